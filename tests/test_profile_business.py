"""Credits, sources and denials in business and markets copy (audit a54b): companies called by their trade,
takeover battles, regulators' fines, short sellers' reports and the companies' answers; on hand-built sentences with
invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


@pytest.mark.parametrize("description", ["The chemicals group", "The mining group", "The food group"])
def test_a_company_called_by_its_trade_and_group_is_the_company_in_view(description):
    profile = profile_of(
        ("Corvo Industries has gone hostile.", FACT, {}),
        (f"{description} said it would take its offer to shareholders.", CLAIM,
         {"source": [description], "cue": ["said"]}))
    assert profile["credits"] == [None, "corvo industries"]
    assert [s["source"] for s in profile["sources"]] == ["corvo industries"]


def test_a_trade_and_group_is_no_civic_body_and_no_company_of_another_trade():
    profile = profile_of(
        ("Civic Watch Network said the mine leaked.", CLAIM, {"source": ["Civic Watch Network"], "cue": ["said"]}),
        ("The mining group said the mine was safe.", DENIAL, {"source": ["The mining group"], "cue": ["said"]}))
    assert profile["credits"] == ["civic watch network", "mining group"]
    profile = profile_of(
        ("Orlin Airways cut 300 jobs.", FACT, {}),
        ("The mining group said it was happy.", CLAIM, {"source": ["The mining group"], "cue": ["said"]}))
    assert profile["credits"] == [None, "mining group"]
