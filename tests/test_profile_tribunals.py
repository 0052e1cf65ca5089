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


@pytest.mark.parametrize("hearing, heard, group", [
    ("The court", "heard that", "council officers"),
    ("An inquest in Harlow", "was told", "two paramedics"),
    ("The tribunal", "has heard that", "three managers")])
def test_they_after_what_a_hearing_heard_of_people_is_those_people_not_the_hearing(hearing, heard, group):
    profile = profile_of(
        (f"{hearing} {heard} {group} visited the flat.", CLAIM, {"source": [hearing], "cue": [heard.split()[-2]]}),
        ("They found mould in every room.", CLAIM, {"source": ["They"], "cue": ["found"]}),
        ("They said the tenant had complained twice.", CLAIM, {}))
    assert profile["credits"][1:] == [group] * 2
    # what the hearing heard stays its own, and others than a hearing, or a hearing of no group, keep "they"
    assert profile["credits"][0] != group
    residents = profile_of(
        ("Residents said council officers visited the flat.", CLAIM, {"source": ["Residents"], "cue": ["said"]}),
        ("They found mould in every room.", CLAIM, {"source": ["They"], "cue": ["found"]}))
    assert residents["credits"] == ["residents"] * 2
    council = profile_of(
        ("The court heard that the council ignored complaints.", CLAIM, {"source": ["The court"], "cue": ["heard"]}),
        ("They found mould in every room.", CLAIM, {"source": ["They"], "cue": ["found"]}))
    assert council["credits"] == ["court"] * 2


@pytest.mark.parametrize("hearing, heard", [
    ("Harlow Crown Court", "heard that"), ("Magistrates", "were told"), ("The jury", "was told that")])
def test_they_after_what_any_court_heard_of_people_is_those_people(hearing, heard):
    # a court named in capitals, magistrates or a jury hear as "the court" does (see court_heard)
    cue = {"source": [hearing], "cue": [heard.split()[1]]}
    profile = profile_of(
        (f"{hearing} {heard} council officers visited the flat.", CLAIM, cue),
        ("They found mould in every room.", CLAIM, {"source": ["They"], "cue": ["found"]}))
    assert profile["credits"][1] == "council officers"
    # what such a court heard of no group leaves "they" as before
    council = profile_of(
        (f"{hearing} {heard} the council ignored complaints.", CLAIM, cue),
        ("They found mould in every room.", CLAIM, {"source": ["They"], "cue": ["found"]}))
    assert council["credits"][1] != "council officers"
