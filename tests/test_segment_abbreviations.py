"""Every abbreviation in the segmenter's list keeps its full stop inside the sentence, entry by entry."""

import pytest

from framing.segment import ABBREVIATIONS, split_sentences

#: Where an abbreviation holds its stop: before a name (titles, months, "cf.", "Inc.") or before a number
#: ("No. 12", "Hwy. 12"). Each rule of the segmenter takes one of these.
FORMS = ("They met {}. Halvorsen at noon.", "See {}. 12 of the annex at noon.")


#: The abbreviations the segmenter knew when this test was written: one dropped from the list fails here,
#: while entries added since are tested as they come (the list is read at collection).
KNOWN = frozenset("""
    mr mrs ms mx dr prof sr jr st mt ft gen col lt sgt capt cmdr adm maj cpl brig pvt rt
    gov sen rep rev hon pres supt insp det amb atty fr
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    no nos vol pp p ch fig figs art sec para approx est dept univ assn
    inc corp co ltd llc plc bros vs v etc al eg ie cf viz
    ave blvd rd hwy
    """.split())


def one_sentence_somewhere(word: str) -> bool:
    return any(len(split_sentences(form.format(word))) == 1 for form in FORMS)


@pytest.mark.parametrize("abbreviation", sorted(KNOWN | ABBREVIATIONS))
def test_each_abbreviation_keeps_its_stop_inside_the_sentence(abbreviation):
    assert one_sentence_somewhere(abbreviation[:1].upper() + abbreviation[1:])


@pytest.mark.parametrize("word", ["Town", "Fort", "Vq"])
def test_a_word_that_is_no_abbreviation_ends_the_sentence_in_both_forms(word):
    assert not one_sentence_somewhere(word)
