"""Credits, sources and denials in copy on technology platforms and artificial intelligence (audit a63b): content
moderation rows, AI model launches and safety claims, privacy regulators' fines, antitrust complaints, app-store
disputes and leaked internal documents; on hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, profile_of

RESEARCHERS_FIND = ("Analysts at Tessel Digital say the Atlas-4 model can be tricked into writing malware.", CLAIM,
                    {"source": ["Analysts at Tessel Digital"], "cue": ["say"]})


@pytest.mark.parametrize("company", ["The company", "The firm"])
def test_the_company_in_a_denial_after_another_denied_a_firm_s_staff_s_claim_is_not_that_firm(company):
    # before, "The company said" was the analysts' firm, the accuser, though Corvane had just dismissed its claim
    profile = profile_of(RESEARCHERS_FIND,
                         ("Corvane dismissed the findings as a stunt.", DENIAL,
                          {"source": ["Corvane"], "cue": ["dismissed"]}),
                         (f"{company} said the prompts had been patched within days.", DENIAL,
                          {"source": [company], "cue": ["said"]}))
    assert profile["credits"] == ["analysts at tessel digital", "corvane", "corvane"]


def test_the_company_in_a_denial_with_no_other_denier_since_is_still_the_firm_whose_staff_spoke():
    profile = profile_of(RESEARCHERS_FIND,
                         ("The company denied that any customer data had been exposed.", DENIAL,
                          {"source": ["The company"], "cue": ["denied"]}))
    assert profile["credits"] == ["analysts at tessel digital"] * 2
