"""The profile's lists in their documented order, and how far back a denial looks for its allegation."""

import pytest

from framing.document import Sentence, Span
from framing.profile import build_profile

LABELS = ("reported_fact", "attributed_claim", "official_denial", "editorial_opinion")


def laid_out(*rows):
    """Sentences one after another: each row is (text, label, spans as (type, fragment of the text))."""
    sentences, start = [], 0
    for text, label, marks in rows:
        spans = tuple(Span(kind, start + text.index(fragment), start + text.index(fragment) + len(fragment),
                           fragment) for kind, fragment in marks)
        sentences.append(Sentence(text, start, start + len(text), label, {l: float(l == label) for l in LABELS},
                                  spans))
        start += len(text) + 1
    return sentences


def claim(text, source):
    return (text, "attributed_claim", [("source", source)])


def test_sources_come_most_cited_first_then_by_name():
    sentences = laid_out(
        claim("The Beta Fund said rents rose.", "The Beta Fund"),
        claim("The Zeta Institute said wages fell.", "The Zeta Institute"),
        claim("The Alpha Trust said prices held.", "The Alpha Trust"),
        claim("The Zeta Institute said jobs were lost.", "The Zeta Institute"),
    )
    profile = build_profile(sentences, LABELS)
    assert [(s["source"], s["sentences"]) for s in profile["sources"]] == [
        ("zeta institute", 2), ("alpha trust", 1), ("beta fund", 1)]


def test_loaded_phrases_come_most_frequent_first():
    sentences = laid_out(
        ("The awful plan was dropped.", "editorial_opinion", [("loaded", "awful")]),
        ("Zealous officials pushed it.", "editorial_opinion", [("loaded", "Zealous")]),
        ("The zealous push failed.", "editorial_opinion", [("loaded", "zealous")]),
    )
    assert build_profile(sentences, LABELS)["loaded_phrases"] == [
        {"text": "zealous", "count": 2}, {"text": "awful", "count": 1}]


@pytest.mark.parametrize("back, alleged, allegation", [
    (6, "Activists said the mill poured dye into the river.", 0),
    (7, "Activists said the firm poured dye into the river.", None),
    # further back only a claim naming the denier and sharing what it denies (see test_profile_denial_pairs.py)
    (7, "Activists said the mill poured dye into the river.", 0)])
def test_a_denial_looks_six_sentences_back_for_the_claim_it_answers(back, alleged, allegation):
    filler = [(f"Ferry {k} left the harbour on time.", "reported_fact", []) for k in range(back - 1)]
    sentences = laid_out(
        claim(alleged, "Activists"),
        *filler,
        ("The mill denied pouring dye into the river.", "official_denial", [("source", "The mill")]),
    )
    assert build_profile(sentences, LABELS)["denials"] == [
        {"denial": back, "source": "mill", "allegation": allegation}]
