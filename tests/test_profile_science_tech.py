"""Credits, sources and denials in science and technology copy (audit a55b): new studies, their authors and outside
experts, tech companies' launches, outages and data breaches, regulators' fines and the companies' answers; on
hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, profile_of


@pytest.mark.parametrize("firm", ["Quillon Space", "Marrick Electronics", "Tessel Networks",
                                  "Orrin Computing", "Vantor Payments", "Lumen Photonics", "Harlan Instruments"])
def test_a_tech_firm_named_for_its_trade_is_the_company_and_its_first_word_alone_joins_it(firm):
    # before, "the company" was a source "company" of its own, and "Quillon" another apart from "Quillon Space"
    profile = profile_of((f"{firm} has postponed the launch of its new system, the company said on Monday.", CLAIM,
                          {"source": ["the company"], "cue": ["said"]}),
                         (f"{firm.split()[0]} said the fault would be fixed.", CLAIM,
                          {"source": [firm.split()[0]], "cue": ["said"]}))
    assert profile["credits"] == [firm.lower()] * 2
    assert [s["source"] for s in profile["sources"]] == [firm.lower()]


def test_a_state_body_named_for_health_is_still_no_company():
    profile = profile_of(("The Ministry of Health said the plan was sound.", CLAIM,
                          {"source": ["The Ministry of Health"], "cue": ["said"]}),
                         ("The company said prices would hold.", CLAIM, {"source": ["The company"], "cue": ["said"]}))
    assert profile["credits"] == ["ministry of health", "company"]
