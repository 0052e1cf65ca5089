"""Names the model may tag loaded that are no wording of the writer's: a person's surname written after a title, a
line of goods' name before its noun; on hand-built sentences (no model)."""

import pytest

from test_profile_credits import CLAIM, FACT, OPINION, profile_of


def loaded(*rows):
    return [phrase["text"] for phrase in profile_of(*rows)["loaded_phrases"]]


@pytest.mark.parametrize("named", ["Councillor Ann Coombe resigned on Monday.",
                                   "Mayor Ann Coombe resigned on Monday.", "Dr Ann Coombe resigned on Monday."])


def test_a_surname_of_a_person_named_after_a_title_is_not_the_writer_s_loaded_wording(named):
    # before, a name after a title ("Councillor Ann Coombe") was read as no person's, so "Coombe" tagged loaded in
    # "Critics of Coombe said" and "Later, Coombe left." was the writer's loaded phrase
    rows = [(named, FACT, {}),
            ("Critics of Coombe said the housing scheme had been rushed.", CLAIM,
             {"source": ["Critics"], "cue": ["said"], "loaded": ["Coombe"]}),
            ("Later, Coombe left the chamber.", FACT, {"loaded": ["Coombe"]})]
    assert loaded(*rows) == []
    # the title's word itself, or an epithet the document writes before no title, stays the writer's
    assert loaded(("Councillor Ann Coombe resigned on Monday.", FACT, {}),
                  ("The vote unleashed Crooked Vell on the council.", FACT, {"loaded": ["Crooked"]})) == ["crooked"]


def test_the_name_of_a_line_of_goods_before_its_noun_is_not_the_writer_s_loaded_wording():
    # before, "Sparkle" of "the Sparkle range" tagged loaded was the writer's loaded phrase
    assert loaded(("Brightwell Foods has recalled the Sparkle range of fizzy drinks.", FACT, {"loaded": ["Sparkle"]}),
                  ("The Sparkle range was sold in 400 shops.", FACT, {"loaded": ["Sparkle"]})) == []
    # a capitalised word before another noun, or opening the sentence, stays loaded
    assert loaded(("Critics called it a Grim bay of wrecks.", FACT, {"loaded": ["Grim"]}),
                  ("Shameful range of excuses from the board.", OPINION, {"loaded": ["Shameful"]})) == [
        "grim", "shameful"]


@pytest.mark.parametrize(("sentence", "word"), [("The ministry took an Orwellian line on dissent.", "Orwellian"),
                                               ("Tenants faced a Kafkaesque series of hearings.", "Kafkaesque")])


def test_a_capitalised_adjective_after_a_or_an_before_a_line_s_noun_stays_loaded(sentence, word):
    # before, any capitalised word before "line" or "series" was read as a product's name and dropped
    assert loaded((sentence, FACT, {"loaded": [word]})) == [word.lower()]
    # the line's own name after "the", "its" or a firm's possessive is still no loaded wording
    assert loaded(("The chain dropped its Sparkle line of drinks.", FACT, {"loaded": ["Sparkle"]})) == []


def test_a_nickname_before_range_from_as_a_verb_stays_loaded():
    # before, "range" after "Tidewalkers" was read as a line of goods' noun, and the writer's nickname was dropped
    assert loaded(("Orlena's Tidewalkers range from retirees to students.", FACT, {"loaded": ["Tidewalkers"]})) == [
        "tidewalkers"]
    # a line of goods' range, from its maker too, is still a product's name
    assert loaded(("Shops sold the Sparkle range from Brightwell.", FACT, {"loaded": ["Sparkle"]})) == []


def test_an_adjective_from_a_name_after_the_before_a_line_s_noun_stays_loaded():
    # before, "Orwellian" after "the" and before "line" was read as a line of goods' name and dropped
    assert loaded(("The ministry took the Orwellian line on dissent.", OPINION, {"loaded": ["Orwellian"]})) == [
        "orwellian"]
    assert loaded(("Critics called it the Kafkaesque series of hearings.", OPINION, {"loaded": ["Kafkaesque"]})) == [
        "kafkaesque"]
    # a line of goods' name after "the" is still a product's
    assert loaded(("Shops sold the Sparkle range from Brightwell.", FACT, {"loaded": ["Sparkle"]})) == []
