"""Credits and sources in intelligence and espionage copy, on hand-built sentences: a source span the model ran on
into its verb of saying ("Another former official disputed") is the speaker without the verb."""

from test_profile_credits import CLAIM, profile_of


def test_a_verb_of_saying_ending_a_source_span_is_no_part_of_the_source():
    profile = profile_of(
        ("The leaked assessment concluded that the bureau had missed the intrusions.", CLAIM,
         {"source": ["The leaked assessment"], "cue": ["concluded"]}),
        ("Another former official disputed that account, saying the warnings were heeded.", CLAIM,
         {"source": ["Another former official disputed"], "cue": ["disputed", "saying"]}),
        ("The trial opened, according to two officials briefed on the case.", CLAIM,
         {"source": ["two officials briefed"], "cue": ["according to"]}),
    )
    assert profile["credits"] == ["leaked assessment", "another former official", "two officials"]
    assert {s["display"] for s in profile["sources"]} >= {"Another former official", "two officials"}
