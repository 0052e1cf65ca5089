"""Credits in entertainment and media-industry copy (audit a60d): broadcasters, labels and studios named and then
described, on hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, profile_of


@pytest.mark.parametrize("broadcaster", ["Castlegate TV", "Ravenline Radio", "Orrin Television", "Kessel Channel"])
@pytest.mark.parametrize("noun", ["broadcaster", "network"])
def test_a_broadcaster_named_by_its_trade_s_last_word_is_the_broadcaster_described_after_it(broadcaster, noun):
    # before, "Castlegate TV" read as a person's name by its capitals, and "the broadcaster" stayed a source apart
    profile = profile_of(
        (f"{broadcaster} rejected the complaints about the interview.", DENIAL,
         {"source": [broadcaster], "cue": ["rejected"]}),
        (f"The {noun} said the questions had been agreed beforehand.", DENIAL,
         {"source": [f"The {noun}"], "cue": ["said"]}))
    assert profile["credits"] == [broadcaster.lower()] * 2
    assert [s["source"] for s in profile["sources"]] == [broadcaster.lower()]
