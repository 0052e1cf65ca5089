"""Credits in copy of hearings, tribunals and adjudications, on hand-built sentences: what a body did not find,
told in a speaker's turn, is the speaker's word."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


@pytest.mark.parametrize("negated", ["did not find", "didn't find", "has never found", "does not say"])
def test_a_body_named_in_a_speaker_s_turn_as_not_finding_something_is_no_source_of_the_turn(negated):
    profile = profile_of(
        ("The following is a transcript of an interview with Dana Fitch of Orrel Water.", FACT, {}),
        ("HOST: The adjudicator ruled that your firm had misled customers.", CLAIM,
         {"source": ["The adjudicator"], "cue": ["ruled"]}),
        (f"FITCH: But the adjudicator {negated} that we misled anybody.", DENIAL,
         {"source": ["the adjudicator"], "cue": [negated]}),
        gap="\n\n")
    assert profile["credits"] == [None, "adjudicator", "dana fitch"]
    assert profile["denials"] == [{"denial": 2, "source": "dana fitch", "allegation": 1}]
    # what the body found, or a speaker's own negation after its cue, stays the body's
    for found in ("the adjudicator found that we misled nobody", "the adjudicator said we did not mislead anybody"):
        profile = profile_of(
            ("HOST: Welcome back.", FACT, {}),
            (f"FITCH: But {found}.", DENIAL, {"source": ["the adjudicator"], "cue": [found.split()[2]]}),
            gap="\n\n")
        assert profile["credits"] == ["host", "adjudicator"]
