"""Sources of states no list knows, on hand-built sentences: a state's government named after "of" or in the
possessive and the state by its name alone are one source."""

import pytest

from test_profile_credits import CLAIM, profile_of


def said(source, words="said the border was closed."):
    return (f"{source} {words}", CLAIM, {"source": [source], "cue": ["said"]})


@pytest.mark.parametrize("government, state", [("The government of Velmar", "Velmar"),
                                               ("The Government of Velmar", "Velmar"),
                                               ("Velmar's government", "Velmar"),
                                               ("Velmar", "The government of Velmar")])
def test_a_state_s_government_after_of_or_its_possessive_and_the_state_alone_are_one_source(government, state):
    profile = profile_of(said(government), said(state, "said the talks had failed."))
    assert len(profile["sources"]) == 1
    assert profile["credits"][0] == profile["credits"][1]


def test_a_state_s_bank_its_people_or_a_person_of_that_surname_stay_apart_from_its_government():
    for other in ("The Bank of Velmar", "The people of Velmar"):
        assert len(profile_of(said(other), said("Velmar"))["sources"]) == 2
    person = profile_of(said("Anna Velmar"), said("The government of Velmar"), said("Velmar"))
    assert person["credits"][1] != person["credits"][2]
