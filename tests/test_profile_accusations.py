"""An accusation the model labelled a denial ("Councillor alleges mayor steered bus contract"): the label guide calls
"X accused Y of" a claim, so it is no denial and its accuser no denier; on hand-built sentences."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of

HEADLINE = ("Councillor alleges mayor of Orlen steered ferry contract to friend's firm", DENIAL,
            {"source": ["Councillor"], "cue": ["alleges"]})
BYLINE = ("By Tova Renn", FACT, {})
CHARGE = ("Councillor Piet Amsel accused Mayor Dora Velk of steering a 9 million crown ferry contract to a friend.",
          CLAIM, {"source": ["Councillor Piet Amsel"], "cue": ["accused"]})
ANSWER = ("Ms Velk denied any role in the tender.", DENIAL, {"source": ["Ms Velk"], "cue": ["denied"]})


def _denials(profile):
    return [(d["denial"], d["source"], d["allegation"]) for d in profile["denials"]]


@pytest.mark.parametrize("accusation", [
    HEADLINE,
    ("Councillor Piet Amsel has accused Mayor Dora Velk of steering a 9 million crown ferry contract to a friend.",
     DENIAL, {"source": ["Councillor Piet Amsel"], "cue": ["has accused"]}),
    ("Councillor Piet Amsel alleged that the mayor had steered the contract to a friend.", DENIAL,
     {"source": ["Councillor Piet Amsel"]}),  # no cue marked: the verb right after the source
    ("Councillor Piet Amsel alleged to reporters that the mayor had steered the contract to a friend.", DENIAL,
     {"source": ["Councillor Piet Amsel"]}),  # "to" and whom he told: still his own charge
])
def test_an_accusation_labelled_a_denial_is_no_denial_and_its_accuser_no_denier(accusation):
    # before, the accuser's headline or charge was a denial, and the accuser a denier beside the mayor
    profile = profile_of(accusation, BYLINE, CHARGE, ANSWER)
    assert _denials(profile) == [(3, "dora velk", 2)]
    denies = {entry["source"]: entry["denies"] for entry in profile["sources"]}
    assert denies["dora velk"] is True and not any(flag for name, flag in denies.items() if name != "dora velk")
    assert profile["credits"][0] is not None  # still credited, and still counted as the model labelled it
    assert profile["counts"][DENIAL] == 2


@pytest.mark.parametrize("answer, source", [
    ("Mayor Dora Velk accused the councillor of spreading lies about the tender.", "Mayor Dora Velk"),
    ("Mayor Dora Velk accused the councillor of a smear campaign and denied any role.", "Mayor Dora Velk"),
    ("Mayor Dora Velk, accused of favouritism, said the panel chose the bid alone.", "Mayor Dora Velk"),
    # the accused one's participle with no comma: "accused of", "accused by", "alleged to have"
    ("Mayor Dora Velk accused of favouritism said the panel chose the bid alone.", "Mayor Dora Velk"),
    ("Mayor Dora Velk alleged to have steered the tender said the panel chose the bid alone.", "Mayor Dora Velk"),
])
def test_the_accused_side_s_counter_charge_or_denial_stays_a_denial(answer, source):
    profile = profile_of(CHARGE, (answer, DENIAL, {"source": [source]}))
    assert _denials(profile) == [(1, "dora velk", 0)]


def test_the_accused_one_named_with_the_accuser_after_by_still_denies():
    # "accused by": the accused one's participle, whose sentence stays a denial
    answer = ("Mayor Dora Velk accused by the councillor of favouritism said the panel chose the bid alone.", DENIAL,
              {"source": ["Mayor Dora Velk"]})
    assert [entry["denial"] for entry in profile_of(CHARGE, answer)["denials"]] == [1]
