"""Span tidying and the writer's voice: liveblog stamps, sources that are cues, weasel-sourced opinion."""

import re

import numpy as np
import pytest

import framing
from framing.document import Sentence, Span
from framing.profile import build_profile
from framing.spans import decode_spans, writer_voice_only

TYPES = ("source", "cue", "content", "loaded")


def decode(text, marks, shift=0):
    """Spans decoded from hand-set tags over word tokens: ``marks`` holds (first word, last word, type),
    words given by their text (the first one of that text in ``text``)."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    at = {}
    for k, (a, b) in enumerate(words):
        at.setdefault(text[a:b], k)
    tags = np.zeros((len(words), len(TYPES)), dtype=np.int8)
    for first, last, name in marks:
        t = TYPES.index(name)
        tags[at[first], t] = 1
        tags[at[first] + 1:at[last] + 1, t] = 2
    return decode_spans(tags, np.array(words), TYPES, text, shift=shift)


def found(spans, shift=0, text=""):
    """(type, text) of each span, after checking its offsets against ``text`` (placed at ``shift``)."""
    document = " " * shift + text
    for span in spans:
        assert document[span.start:span.end] == span.text
    return [(s.type, s.text) for s in spans]


# -- liveblog time stamps ------------------------------------------------------------------------------


@pytest.mark.parametrize("first", ["ET", "a", "09"])
def test_a_source_starting_inside_a_liveblog_stamp_starts_after_it(first):
    text = "09:15 a.m. ET - Harbour master Ines Okafor said the ferry would sail late."
    spans = decode(text, [(first, "Okafor", "source"), ("said", "said", "cue"), ("the", "late", "content")], 40)
    assert found(spans, 40, text) == [("source", "Harbour master Ines Okafor"), ("cue", "said"),
                                      ("content", "the ferry would sail late")]


@pytest.mark.parametrize("stamp", ["09:15 a.m. ET - ", "[21:40 GMT] ", "7.05pm: ", "14:02 | ", "21:40 GMT\n",
                                   "09:15 a.m. ET\n", "14:02\n"])
def test_content_starting_on_a_liveblog_stamp_starts_after_it(stamp):
    text = f"{stamp}Flood barriers held overnight, according to the river authority."
    first = re.match(r"\W*(\w+)", stamp).group(1)
    spans = decode(text, [(first, "overnight", "content"), ("according", "to", "cue"),
                          ("the", "authority", "source")], 7)
    assert found(spans, 7, text)[0] == ("content", "Flood barriers held overnight")


def test_a_source_wholly_inside_a_stamp_is_dropped():
    text = "11:20 a.m. ET - The council said roads would reopen."
    spans = decode(text, [("ET", "ET", "source"), ("The", "council", "source"), ("said", "said", "cue")])
    assert found(spans, 0, text) == [("source", "The council"), ("cue", "said")]


@pytest.mark.parametrize("text, first, expected", [
    ("12:30 Club members said the venue was unsafe.", "12", "12:30 Club members"),  # a name, no stamp
    ("10 a.m. shoppers said the doors opened late.", "10", "10 a.m. shoppers"),  # no mark after the time
])
def test_figures_that_are_no_stamp_stay_in_the_span(text, first, expected):
    last = expected.split()[-1]
    spans = decode(text, [(first, last, "source"), ("said", "said", "cue")])
    assert found(spans, 0, text)[0] == ("source", expected)


# -- a source that is a cue -----------------------------------------------------------------------------


def test_a_source_tagged_on_a_cue_is_dropped_and_credits_no_one():
    text = 'CLAIM: "Tap water dissolves teeth," a widely shared forum post says.'
    spans = decode(text, [("CLAIM", "CLAIM", "cue"), ("CLAIM", "CLAIM", "source"),
                          ("a", "post", "source"), ("says", "says", "cue")])
    assert found(spans, 0, text) == [("cue", "CLAIM"), ("source", "a widely shared forum post"), ("cue", "says")]
    labels = framing.LABELS
    sentence = Sentence(text, 0, len(text), "attributed_claim", {l: float(l == "attributed_claim") for l in labels},
                        tuple(spans))
    assert [s["source"] for s in build_profile([sentence], labels, text)["sources"]] == ["widely shared forum post"]


@pytest.mark.parametrize("label", ["CLAIM", "Claim", "VERDICT"])
def test_a_source_on_a_fact_check_s_label_alone_is_dropped_tagged_cue_or_not(label):
    text = f"{label}: The Marsh campaign said Senator Rowe's plan would raise taxes on 40 million families."
    spans = decode(text, [(label, label, "source"), (label, label, "loaded"), ("The", "campaign", "source"),
                          ("said", "said", "cue")])
    assert found(spans, 0, text) == [("loaded", label), ("source", "The Marsh campaign"), ("cue", "said")]
    # a source that opens the sentence with no label's colon stays
    text = "Claimants said the plan would raise taxes."
    assert found(decode(text, [("Claimants", "Claimants", "source")]), 0, text) == [("source", "Claimants")]


def test_a_source_inside_a_longer_cue_is_dropped_but_one_beside_it_stays():
    text = "According to the fire brigade, the tunnel is safe."
    spans = decode(text, [("According", "to", "cue"), ("According", "According", "source"),
                          ("the", "brigade", "source")])
    assert found(spans, 0, text) == [("cue", "According to"), ("source", "the fire brigade")]



@pytest.mark.parametrize("text, marks, cues", [
    # before, "news" of "news conference" and "guilty" of a plea were cues of their own
    ("The sheriff spoke at a news conference on Friday.", [("spoke", "spoke", "cue"), ("news", "news", "cue")],
     ["spoke"]),
    ("Okoye has pleaded not guilty to both counts.", [("has", "pleaded", "cue"), ("guilty", "guilty", "cue")],
     ["has pleaded"]),
    ("Ferris told Channel Seven News the case was closed.", [("told", "told", "cue"), ("News", "News", "cue")],
     ["told"]),
    # a longer cue holding the word stays
    ("The mayor broke the news that the pool would close.", [("broke", "news", "cue")], ["broke the news"]),
])
def test_a_lone_news_or_guilty_is_no_cue(text, marks, cues):
    assert [w for kind, w in found(decode(text, marks), 0, text) if kind == "cue"] == cues

# -- loaded words inside content: whose voice ------------------------------------------------------------


def spans_of(text, loaded, content):
    start = text.index(content)
    spans = [Span("content", start, start + len(content), content)]
    for word in loaded:
        at = text.index(word)
        spans.append(Span("loaded", at, at + len(word), word))
    return spans


@pytest.mark.parametrize("label", ["editorial_opinion", "reported_fact"])
def test_loaded_words_in_the_content_of_a_writer_s_sentence_stay(label):
    text = "Plenty of folk reckon the greedy cartel runs a squalid racket."
    spans = spans_of(text, ["greedy", "squalid racket"], "the greedy cartel runs a squalid racket")
    assert writer_voice_only(spans, [], label) == spans


@pytest.mark.parametrize("label", ["attributed_claim", "official_denial", "rumour", None])
def test_loaded_words_in_the_content_of_a_source_s_sentence_go(label):
    """Credited content, and under a custom label (or none given) content is still read as a source's."""
    text = "The auditor said the greedy cartel runs a squalid racket."
    spans = spans_of(text, ["greedy", "squalid racket"], "the greedy cartel runs a squalid racket")
    assert writer_voice_only(spans, [], label) == spans[:1]


def test_a_quotation_is_the_source_s_even_in_an_opinion_sentence():
    text = 'Everybody feels the plan is a "gutless retreat" by a feeble cabinet.'
    quoted = (text.index('"'), text.rindex('"') + 1)
    spans = spans_of(text, ["gutless retreat", "feeble"], "the plan is a \"gutless retreat\" by a feeble cabinet")
    assert writer_voice_only(spans, [quoted], "editorial_opinion") == [spans[0], spans[2]]


def test_weasel_sourced_opinion_keeps_its_loaded_words_in_the_profile(bundled):
    doc = bundled.analyze("Many believe the cynical mayor is a brazen fraud.")
    (sentence,) = doc.sentences
    assert sentence.label == "editorial_opinion" and doc.profile["unsourced_sentences"] == [0]
    (loaded,) = [s for s in sentence.spans if s.type == "loaded" and s.text == "brazen fraud"]
    # the case at issue: the head marks the loaded words inside a content span of the weasel source
    assert any(c.start <= loaded.start and loaded.end <= c.end for c in sentence.spans if c.type == "content")
    assert "brazen fraud" in {p["text"] for p in doc.profile["loaded_phrases"]}


@pytest.mark.parametrize("stamp", ["15:10 EAT - ", "17:02 NZST - ", "08:30 SAST | ", "[14:05 MSK] ", "09:40 WIB: "])
def test_a_source_starting_inside_a_stamp_with_any_listed_zone_starts_after_it(stamp):
    text = f"{stamp}The coastguard said two trawlers had turned back."
    first = re.match(r"\W*(\w+)", stamp).group(1)
    spans = decode(text, [(first, "coastguard", "source"), ("said", "said", "cue")], 12)
    assert found(spans, 12, text)[0] == ("source", "The coastguard")


def test_a_source_starting_on_a_spaced_hyphen_starts_after_it():
    text = "Noon - Port officials said the ferry would sail late."
    spans = decode(text, [("-", "officials", "source"), ("said", "said", "cue")])
    assert found(spans, 0, text) == [("source", "Port officials"), ("cue", "said")]
    # a hyphen inside a name stays
    text = "Port officials of Saint-Malo said the ferry would sail late."
    spans = decode(text, [("Port", "Malo", "source"), ("said", "said", "cue")])
    assert found(spans, 0, text)[0] == ("source", "Port officials of Saint-Malo")


# -- spans of function words alone ---------------------------------------------------------------------


@pytest.mark.parametrize("first, last", [("it", "out"), ("out", "of"), ("and", "the")])
def test_a_loaded_span_of_function_words_and_particles_alone_is_dropped_as_a_lone_one_is(first, last):
    """"it out" of "carry it out" says nothing loaded: a lone "out" was already dropped; so are several such words."""
    text = "The inspectorate that will carry it out of the way and the force has never once found against it."
    spans = decode(text, [(first, last, "loaded"), ("never", "never", "loaded")])
    assert found(spans, 0, text) == [("loaded", "never")]


def test_a_loaded_span_holding_a_word_that_is_no_function_word_stays():
    text = "The minister carried it out, brazenly."
    spans = decode(text, [("carried", "out", "loaded"), ("brazenly", "brazenly", "loaded")])
    assert found(spans, 0, text) == [("loaded", "carried it out"), ("loaded", "brazenly")]
