"""Profile and span post-processing on hand-built sentences."""

import re

import numpy as np

from framing.document import Sentence, Span
from framing.profile import build_profile, normalise_source
from framing.spans import decode_spans, quoted_regions, writer_voice_only

LABELS = ("reported_fact", "attributed_claim", "official_denial", "editorial_opinion")


def sent(text, label, start, spans=()):
    return Sentence(text, start, start + len(text), label, {l: float(l == label) for l in LABELS}, tuple(spans))


def test_normalise_source():
    assert normalise_source("The Foreign Ministry's") == "foreign ministry"
    assert normalise_source("  the  NGO ") == "ngo"


def test_profile_credits_continuations_and_pairs_denials():
    s = [
        sent("The NGO said the offices spy on residents.", "attributed_claim", 0, [Span("source", 0, 7, "The NGO")]),
        sent("The ministry denied it.", "official_denial", 43, [Span("source", 43, 55, "The ministry")]),
        sent("They help people renew licences.", "official_denial", 67),
        sent("This is a notorious scheme.", "editorial_opinion", 100, [Span("loaded", 110, 119, "notorious")]),
    ]
    p = build_profile(s, LABELS)
    assert p["counts"] == {"reported_fact": 0, "attributed_claim": 1, "official_denial": 2, "editorial_opinion": 1}
    sources = {x["source"]: x for x in p["sources"]}
    assert sources["ministry"]["sentences"] == 2 and sources["ministry"]["denies"]
    assert not sources["ngo"]["denies"]
    assert p["loaded_phrases"] == [{"text": "notorious", "count": 1}]
    assert p["unsourced_sentences"] == [3] and p["unsourced_evaluative_share"] == 0.25
    assert p["denials"][0] == {"denial": 1, "source": "ministry", "allegation": 0}


def test_decode_bio_tags_to_offsets():
    text = "The ministry said no."
    offsets = np.array([[0, 3], [4, 12], [13, 17], [18, 20], [20, 21]])
    tags = np.zeros((5, 4), dtype=np.int8)
    tags[0, 0], tags[1, 0] = 1, 2  # source: "The ministry"
    tags[2, 1] = 1  # cue: "said"
    spans = decode_spans(tags, offsets, ("source", "cue", "content", "loaded"), text, shift=100)
    assert [(s.type, s.start, s.end, s.text) for s in spans] == [
        ("source", 100, 112, "The ministry"), ("cue", 113, 117, "said")]


def test_a_lone_particle_or_function_word_is_not_a_span():
    text = "They kept carrying out raids on the town, a brazen act."
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    offsets = np.array(words)
    tags = np.zeros((len(words), 4), dtype=np.int8)
    index = {text[a:b]: k for k, (a, b) in enumerate(words)}
    tags[index["out"], 3] = 1  # the particle alone
    tags[index["the"], 3] = 1  # an article alone
    tags[index["brazen"], 3] = 1
    tags[index["act"], 3] = 2
    spans = decode_spans(tags, offsets, ("source", "cue", "content", "loaded"), text, shift=0)
    assert [(s.type, s.text) for s in spans] == [("loaded", "brazen act")]


def test_the_as_of_a_two_piece_cue_is_kept():
    text = "The minister described the report as a fabrication."
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    tags = np.zeros((len(words), 4), dtype=np.int8)
    index = {text[a:b]: k for k, (a, b) in enumerate(words)}
    tags[index["described"], 1] = 1
    tags[index["as"], 1] = 1
    tags[index["as"], 3] = 1  # a lone "as" is no loaded phrase
    spans = decode_spans(tags, np.array(words), ("source", "cue", "content", "loaded"), text, shift=0)
    assert [(s.type, s.text) for s in spans] == [("cue", "described"), ("cue", "as")]


def test_loaded_words_in_quotes_belong_to_the_source():
    text = 'He called it "a notorious scheme" and the notorious plan went ahead.'
    quotes = quoted_regions(text)
    inside = Span("loaded", text.index("notorious"), text.index("notorious") + 9, "notorious")
    second = text.index("notorious", inside.end)
    outside = Span("loaded", second, second + 9, "notorious")
    assert writer_voice_only([inside, outside], quotes) == [outside]
