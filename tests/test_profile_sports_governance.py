"""Credits, sources and denial pairs in sport governance copy (audit a58c): doping sanctions, federations, sports
courts, athletes' lawyers and clubs' statements; on hand-built sentences with invented names."""

import pytest

from framing.source_accusations import alleges
from test_profile_credits import CLAIM, DENIAL, profile_of


@pytest.mark.parametrize("case", ["after testing positive for a steroid", "after a positive test for a steroid",
                                  "after failing an out-of-competition drugs test", "for doping",
                                  "after an adverse analytical finding for a steroid"])
def test_a_sanction_s_doping_case_is_the_allegation_the_named_athlete_answers(case):
    assert alleges(f"Belgian sprinter Joris Vantigem has been banned for four years {case}, the agency said.")
    profile = profile_of(
        (f"Belgian sprinter Joris Vantigem has been banned for four years {case}, the Track Integrity Office said.",
         CLAIM, {"source": ["the Track Integrity Office"], "cue": ["said"]}),
        ("The sprinter has denied wrongdoing throughout.", DENIAL, {"source": ["The sprinter"], "cue": ["denied"]}))
    assert profile["credits"] == ["track integrity office", "joris vantigem"]
    assert profile["denials"] == [{"denial": 1, "source": "joris vantigem", "allegation": 0}]


@pytest.mark.parametrize("text", ["The agency said she had never failed a drugs test.",
                                  "The agency said he had not tested positive.",
                                  "The agency said the laboratory reported no positive test."])
def test_a_doping_case_negated_alleges_nothing(text):
    assert not alleges(text)
