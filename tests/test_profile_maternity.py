"""Credits in maternity and care copy, on hand-built sentences: a role's plural in "-ves" ("midwives") is a group of
people by a role, as "pharmacists" is."""

from test_profile_credits import CLAIM, FACT, profile_of


def test_midwives_by_their_role_are_a_group_that_they_then_means():
    they = ("They said the unit was short of staff.", CLAIM, {"source": ["They"], "cue": ["said"]})
    assert profile_of(("Senior midwives checked the ward.", FACT, {}), they)["credits"] == [None, "senior midwives"]
    # a plural in "-ves" of no role ("Senior wives" is no one's trade) is no such group
    assert profile_of(("Senior wives checked the ward.", FACT, {}), they)["credits"] == [None, None]


def test_a_role_s_plural_in_men_is_a_group_that_they_then_means():
    they = ("They said the stocks were low.", CLAIM, {"source": ["They"], "cue": ["said"]})
    for group in ("Local fishermen", "Two chairwomen"):
        assert profile_of((f"{group} checked the nets.", FACT, {}), they)["credits"] == [None, group.lower()]
    # "men" or "women" alone is no role
    assert profile_of(("Local women checked the nets.", FACT, {}), they)["credits"] == [None, None]
