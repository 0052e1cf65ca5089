"""Credits, sources and denials in fact-checking and disinformation copy (audit a55a): fact-check articles rating
viral claims, debunks of doctored videos and fake accounts, platforms' and governments' statements, people who spread
a claim and then deny it; on hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


@pytest.mark.parametrize(("named", "noun", "key"), [
    ("the Halvard Foundation", "foundation", "halvard foundation"),
    ("the Orlen Flood Relief Trust", "trust", "orlen flood relief trust"),
    ("the Tarn Civic Media Institute", "institute", "tarn civic media institute"),
    ("the Institute of Civic Media", "institute", "institute of civic media"),
])
def test_the_foundation_trust_or_institute_is_the_one_body_named_with_that_word(named, noun, key):
    profile = profile_of((f"Fake accounts used the logo of {named} to ask for donations.", FACT, {}),
                         (f"The {noun} said at least 40 people had lost money.", CLAIM,
                          {"source": [f"The {noun}"], "cue": ["said"]}))
    assert profile["credits"] == [None, key]


def test_according_to_the_trust_is_the_trust_the_same_sentence_names():
    text = "The accounts used the name of the Orlen Flood Relief Trust, according to the trust."
    profile = profile_of((text, CLAIM, {"source": ["the trust"], "cue": ["according to"]}))
    assert profile["credits"] == ["orlen flood relief trust"]


@pytest.mark.parametrize("noun", ["Candidate", "Businessman", "Tycoon", "Founder"])
def test_the_writer_s_word_for_a_person_capitalised_before_a_full_name_is_no_part_of_it(noun):
    profile = profile_of((f"{noun} Rolf Jansky said the ballots had been dumped in a river.", CLAIM,
                          {"source": [f"{noun} Rolf Jansky"], "cue": ["said"]}),
                         ("Jansky later deleted the post.", FACT, {}),
                         ("Jansky said a volunteer had posted it.", CLAIM, {"source": ["Jansky"], "cue": ["said"]}))
    assert profile["credits"] == ["rolf jansky", None, "rolf jansky"]
    assert [entry["display"] for entry in profile["sources"]] == ["Rolf Jansky"]


@pytest.mark.parametrize("owner", ["The account's owner", "The page's owner", "The shop owner"])
def test_he_after_an_owner_described_without_a_name_is_that_owner(owner):
    profile = profile_of((f"{owner} told us he had not made the video.", DENIAL,
                          {"source": [owner], "cue": ["told us"]}),
                         ('"I just shared what someone sent me," he said.', DENIAL,
                          {"source": ["he"], "cue": ["said"]}),
                         ("He denied that he had tried to mislead anyone.", DENIAL,
                          {"source": ["He"], "cue": ["denied"]}))
    key = owner.lower().removeprefix("the ")
    assert profile["credits"] == [key, key, key]
    assert [(entry["source"], entry["sentences"]) for entry in profile["sources"]] == [(key, 3)]


BRELL = ("A Brell spokesman said the firm shared no data with the campaign.", DENIAL,
         {"source": ["A Brell spokesman"], "cue": ["said"]})
POLLEN = ("A Pollen spokesperson said the fake accounts had been removed.", DENIAL,
          {"source": ["A Pollen spokesperson"], "cue": ["said"]})
THE_SPOKESPERSON = ('"We act on every report," the spokesperson said.', DENIAL,
                    {"source": ["the spokesperson"], "cue": ["said"]})


def test_the_spokesperson_just_after_one_of_two_bodies_spokespeople_is_that_one():
    profile = profile_of(BRELL, POLLEN, THE_SPOKESPERSON)
    assert profile["credits"] == ["brell spokesperson", "pollen spokesperson", "pollen spokesperson"]


def test_the_spokesperson_after_a_sentence_between_stays_apart_when_two_spoke():
    profile = profile_of(BRELL, POLLEN, ("The accounts had 40,000 followers.", FACT, {}), THE_SPOKESPERSON)
    assert profile["credits"] == ["brell spokesperson", "pollen spokesperson", None, "spokesperson"]


def test_a_spokeswoman_just_after_one_of_two_bodies_spokesmen_is_not_that_man():
    # the sex the role is written with tells them apart: not the Pollen spokesman quoted just before, but a
    # spokesperson apart, as with a sentence between
    pollen_man = (POLLEN[0].replace("spokesperson", "spokesman"), DENIAL, {"source": ["A Pollen spokesman"],
                                                                            "cue": ["said"]})
    woman = (THE_SPOKESPERSON[0].replace("spokesperson", "spokeswoman"), DENIAL,
             {"source": ["the spokeswoman"], "cue": ["said"]})
    assert profile_of(BRELL, pollen_man, woman)["credits"][2] == "spokesperson"
    man = (woman[0].replace("spokeswoman", "spokesman"), DENIAL, {"source": ["the spokesman"], "cue": ["said"]})
    assert profile_of(BRELL, pollen_man, man)["credits"][2] == "pollen spokesperson"
