"""Credits in opinion writing: the writer's own pronouns and first-person sentences, descriptions set before or
after a name, a speech verb in the passive with its agent, and a letter's sign-off; on hand-built sentences."""

from test_profile_credits import CLAIM, DENIAL, FACT, OPINION, profile_of


def test_a_span_of_the_writer_s_or_reader_s_pronoun_alone_is_no_source():
    for pronoun in ("Our", "My", "Your", "us", "me"):
        profile = profile_of((f"{pronoun} plan for the harbour", CLAIM, {"source": [pronoun]}),
                             ("The mayor unveiled the plan on Monday.", FACT, {}), gap="\n\n")
        assert profile["credits"] == [None, None] and profile["sources"] == [], pronoun
    # "US" in capitals is the United States
    profile = profile_of(("The US said it would help.", CLAIM, {"source": ["US"], "cue": ["said"]}))
    assert profile["credits"] == ["us"] and profile["sources"][0]["display"] == "US"


def test_a_lower_case_span_inside_a_short_quotation_the_writer_holds_up_is_no_source():
    profile = profile_of(('Our leaders\' "bold vision" for the harbour', CLAIM, {"source": ["Our", "vision"]}),
                         ("The mayor unveiled the plan on Monday.", FACT, {}), gap="\n\n")
    assert profile["credits"] == [None, None] and profile["sources"] == []
    # with a cue, the words in the marks may speak; a name in them and a whole quoted sentence are read as before
    profile = profile_of(('The "harbour board" said the plan was sound.', CLAIM,
                          {"source": ["harbour board"], "cue": ["said"]}))
    assert profile["credits"] == ["harbour board"]
    profile = profile_of(('Ruth Kessling called it a "bold vision" of the harbour.', CLAIM,
                          {"source": ["Ruth Kessling", "vision"]}))
    assert profile["credits"] == ["ruth kessling"]
    profile = profile_of(('"The harbour board has misled everyone for years and years.', CLAIM,
                          {"source": ["The harbour board"]}))
    assert profile["credits"] == ["harbour board"]
