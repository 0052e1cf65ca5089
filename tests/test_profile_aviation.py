"""Credits, sources and denials in aviation and space copy (audit a65b): airlines, accident investigators, aviation
regulators, launch firms and space agencies, their statements and their critics; on hand-built sentences with
invented names."""

import pytest

from test_profile_credits import CLAIM, FACT, profile_of


@pytest.mark.parametrize("name", ["Nordwing", "Velmar Air"])
@pytest.mark.parametrize("channel", ["A {} statement", "The {} response"])
def test_a_body_s_statement_after_its_name_is_the_body_credited_before(name, channel):
    span = channel.format(name)
    profile = profile_of(
        (f"{name} says it has cancelled 140 flights today.", CLAIM, {"source": [name], "cue": ["says"]}),
        (f"{span} said passengers would be rebooked or offered refunds.", CLAIM,
         {"source": [span], "cue": ["said"]}),
    )
    key = name.lower()
    assert profile["credits"] == [key, key]
    assert [s["sentences"] for s in profile["sources"]] == [2]


def test_a_statement_after_a_name_credited_nowhere_stays_its_own_source():
    profile = profile_of(
        ("Nordwing cancelled 140 flights on Monday.", FACT, {}),
        ("A Meridian statement said passengers would be rebooked.", CLAIM,
         {"source": ["A Meridian statement"], "cue": ["said"]}),
    )
    assert profile["credits"] == [None, "meridian statement"]
