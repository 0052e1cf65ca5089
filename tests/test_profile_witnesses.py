"""Credits of witnesses written as one of a group, on hand-built sentences: "he" or "she" just after one of them
spoke goes on with them, not a person named further back."""

import pytest

from test_profile_credits import CLAIM, FACT, profile_of

OLSEN = ("Maria Olsen, the care home's manager, said staff had followed the fire plan.", CLAIM,
         {"source": ["Maria Olsen, the care home's manager"], "cue": ["said"]})
BETWEEN = (("Firefighters arrived within eight minutes.", FACT, {}),
           ("Several residents were interviewed by police.", FACT, {}))
SHE = ("She said nobody came for an hour.", CLAIM, {"source": ["She"], "cue": ["said"]})


@pytest.mark.parametrize("one", ["One of them", "One of the residents", "Another of them"])
def test_she_just_after_one_of_a_group_spoke_is_that_one_not_a_woman_named_further_back(one):
    said = (f"{one} said the doors were locked.", CLAIM, {"source": [one], "cue": ["said"]})
    credits = profile_of(OLSEN, *BETWEEN, said, SHE)["credits"]
    assert credits[4] == credits[3] != "maria olsen"
    # one of them speaking to the woman named: she may be meant, as before
    told = (f"{one} told Maria Olsen the doors were locked.", CLAIM, {"source": [one], "cue": ["told"]})
    assert profile_of(OLSEN, *BETWEEN, told, SHE)["credits"][4] == "maria olsen"
    # a man's role is no "she"
    chairman = ("Another chairman said the doors were locked.", CLAIM,
                {"source": ["Another chairman"], "cue": ["said"]})
    assert profile_of(OLSEN, *BETWEEN, chairman, SHE)["credits"][4] == "maria olsen"
