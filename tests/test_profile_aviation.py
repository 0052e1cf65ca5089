"""Credits, sources and denials in aviation and space copy (audit a65b): airlines, accident investigators, aviation
regulators, launch firms and space agencies, their statements and their critics; on hand-built sentences with
invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


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


@pytest.mark.parametrize("subject, key", [("The FAA", "faa"), ("BALPO", "balpo"), ("NASA", "nasa")])
def test_it_speaking_after_a_body_named_by_its_letters_acting_is_that_body(subject, key):
    profile = profile_of(
        (f"{subject} has welcomed the grounding.", FACT, {}),
        ("It said pilots had reported the problem as early as January.", CLAIM, {"cue": ["said"]}),
    )
    assert profile["credits"] == [None, key]


def test_it_denying_after_a_body_by_its_letters_fined_another_is_the_one_fined_and_no_object_lends_it():
    fined = profile_of(("The FAA fined Velmar Air Ltd over its checks.", FACT, {}),
                       ("It denied any wrongdoing.", DENIAL, {"cue": ["denied"]}))
    assert fined["credits"] == [None, "velmar air"]
    criticised = profile_of(("Ministers criticised NASA over the delay.", FACT, {}),
                            ("It said the launch would slip to May.", CLAIM, {"cue": ["said"]}))
    assert criticised["credits"] == [None, None]


@pytest.mark.parametrize("label", [CLAIM, DENIAL])
@pytest.mark.parametrize("marked", [{"source": ["the operator"], "cue": ["say"]}, {}])
def test_an_explainer_s_question_about_what_a_body_says_is_no_one_s_word(label, marked):
    profile = profile_of(
        ("The Air Traffic Controllers' Guild says its members work too many nights.", CLAIM,
         {"source": ["The Air Traffic Controllers' Guild"], "cue": ["says"]}),
        ("What does the operator say?", label, marked),
        ("National Air Navigation Services rejects the guild's figures.", DENIAL,
         {"source": ["National Air Navigation Services"], "cue": ["rejects"]}),
    )
    assert profile["credits"] == ["air traffic controllers' guild", None, "national air navigation services"]
    assert "operator" not in {s["display"] for s in profile["sources"]}


@pytest.mark.parametrize("question", ["Do I think it was sabotage?", "Is Velmar Air to blame?"])
def test_a_question_inside_a_speaker_s_running_quotation_is_the_speaker_s(question):
    """A question the speaker asks inside their own quotation is theirs, and their account goes on after it
    (before: "Do I think it was sabotage?" was read as an explainer's question, no one's, and ended the account)."""
    profile = profile_of(
        ("Captain Ines Marrow then defended the remark, saying, \u201cI do not think this is a wild idea.", CLAIM,
         {"source": ["Captain Ines Marrow"], "cue": ["saying"]}),
        (question, CLAIM, {}),
        ("Probably not.", CLAIM, {}),
        ("But the timing of the fault is odd.\u201d", CLAIM, {}),
    )
    assert profile["credits"] == ["ines marrow"] * 4


def test_a_question_that_writes_what_a_body_says_stays_its_word():
    profile = profile_of(
        ("Why does the ministry say the runway will pay for itself when its own auditors disagree?", CLAIM,
         {"source": ["the ministry"], "cue": ["say"]}),
    )
    assert profile["credits"] == ["ministry"]




def test_the_airline_closing_a_sentence_that_names_one_airline_in_passing_is_that_airline():
    # before, "the airline" closing a sentence joined only a firm that opened it, so one named where its crew work
    # left a bare "airline"
    strike = ("Cabin crew at Corvane Air have voted to strike, the airline said.", CLAIM,
              {"source": ["the airline"], "cue": ["said"]})
    assert profile_of(strike)["credits"] == ["corvane air"]
    # two airlines named, another name after it, or a firm of another trade: no airline to mean
    for sentence in ("Cabin crew at Corvane Air and Orsk Airways have voted to strike, the airline said.",
                     "Cabin crew at Corvane Air have voted to strike, after Orsk Travel objected, the airline said.",
                     "Workers at Velta Motors have voted to strike, the airline said."):
        assert profile_of((sentence, CLAIM, {"source": ["the airline"], "cue": ["said"]}))["credits"] == ["airline"]
