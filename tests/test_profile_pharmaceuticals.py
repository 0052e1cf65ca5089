"""Credits, sources and denials in copy on medicines, drug trials and their regulators (audit a66a): drug makers
and their officers, trial results and side-effect reports, regulators' reviews and warnings, patients' groups,
former staff speaking anonymously; on hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, profile_of


@pytest.mark.parametrize("speaker", ["He", "Verma", "They"])
def test_a_speaker_saying_what_people_told_others_is_no_group_of_those_people(speaker):
    profile = profile_of(
        ("A former quality manager at the plant said the tests had been rigged for years.", CLAIM,
         {"source": ["A former quality manager at the plant"], "cue": ["said"]}),
        (f"{speaker} said managers had told staff to ship the tablets anyway.", CLAIM, {"cue": ["said"]}))
    assert profile["credits"][1] != f"{speaker.lower()} said managers"
    assert [s["source"] for s in profile["sources"]][-1] != f"{speaker.lower()} said managers"
    if speaker == "He":
        assert profile["credits"] == ["former quality manager at the plant"] * 2
    # a capitalised word and a plural before the verb is still an unnamed group that speaks
    profile = profile_of(
        ("A former quality manager at the plant said the tests had been rigged for years.", CLAIM,
         {"source": ["A former quality manager at the plant"], "cue": ["said"]}),
        ("Hospital doctors said the tablets had been recalled twice.", CLAIM, {"cue": ["said"]}))
    assert profile["credits"] == ["former quality manager at the plant", "hospital doctors"]
