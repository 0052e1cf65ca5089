"""Credits of inspectors' and investigators' documents, on hand-built sentences: a document owned by "their" is the
report of the people in the plural credited or written of just before."""

import pytest

from test_profile_credits import CLAIM, FACT, profile_of

THEIR_REPORT = ("Their report said the exits were blocked.", CLAIM, {"source": ["Their report"], "cue": ["said"]})


@pytest.mark.parametrize("group, credit", [
    (("Two inspectors said the depot was unsafe.", CLAIM, {"source": ["Two inspectors"], "cue": ["said"]}),
     "two inspectors"),
    (("Fire inspectors visited the depot in March.", FACT, {}), "fire inspectors"),
])
def test_their_report_is_the_report_of_the_people_credited_or_written_of_just_before(group, credit):
    profile = profile_of(group, THEIR_REPORT)
    assert profile["credits"][1] == credit
    assert "report" not in [source["source"] for source in profile["sources"]]


def test_their_report_after_a_body_or_a_people_s_role_is_no_one_s_report_as_before():
    # a body in the singular is "it", and a role by "their" or a document by "its" has no people's body to serve
    institute = ("The Orrin Institute said it had interviewed two whistleblowers.", CLAIM,
                 {"source": ["The Orrin Institute"], "cue": ["said"]})
    assert profile_of(institute, THEIR_REPORT)["credits"][1] == "report"
    inspectors = ("Two inspectors said the depot was unsafe.", CLAIM, {"source": ["Two inspectors"], "cue": ["said"]})
    its_report = ("Its report said the exits were blocked.", CLAIM, {"source": ["Its report"], "cue": ["said"]})
    assert profile_of(inspectors, its_report)["credits"][1] == "report"
    # a group by its role alone is no one identifiable
    scientists = ("Scientists visited the depot in March.", FACT, {})
    assert profile_of(scientists, THEIR_REPORT)["credits"][1] == "report"
