"""Runs of O/B/I tags into spans: where a run starts and ends when the tags are not clean B-I-I sequences."""

import re

import numpy as np
import pytest

from framing.spans import decode_spans

TYPES = ("source", "cue", "content", "loaded")
O, B, I = 0, 1, 2


def decode_tags(text, tags_of, kind="loaded"):
    """(type, text) of the spans decoded from one tag per word-or-mark token of ``text``, of type ``kind``."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    assert len(words) == len(tags_of), [text[a:b] for a, b in words]
    tags = np.zeros((len(words), len(TYPES)), dtype=np.int8)
    tags[:, TYPES.index(kind)] = tags_of
    spans = decode_spans(tags, np.array(words), TYPES, text, shift=0)
    assert all(text[s.start:s.end] == s.text for s in spans)
    return [(s.type, s.text) for s in spans]


@pytest.mark.parametrize("text, tags, expected", [
    # an I with nothing open before it starts a span, as a B would
    ("Reckless spending hurt the town.", [I, I, O, O, O, O], ["Reckless spending"]),
    ("The town suffered reckless spending.", [O, O, O, I, O, O], ["reckless"]),
    # stray runs and clean ones side by side, each its own span
    ("Reckless spending, ruinous taxes and wasteful plans dominate.",
     [I, I, O, B, I, O, I, I, O, O], ["Reckless spending", "ruinous taxes", "wasteful plans"]),
    ("Ruinous taxes; reckless spending.", [I, I, O, B, I, O], ["Ruinous taxes", "reckless spending"]),
    # a lone B, then an I after an O: two spans
    ("Ruinous taxes and reckless spending.", [B, O, O, I, I, O], ["Ruinous", "reckless spending"]),
])
def test_runs_start_at_a_b_or_a_stray_i_and_end_where_no_i_follows(text, tags, expected):
    assert decode_tags(text, tags) == [("loaded", phrase) for phrase in expected]


def test_stray_i_runs_of_several_types_decode_independently():
    text = "Critics said the scheme was a shameless swindle."
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    tags = np.zeros((len(words), len(TYPES)), dtype=np.int8)
    tags[0, TYPES.index("source")] = I  # "Critics"
    tags[1, TYPES.index("cue")] = B  # "said"
    tags[2:8, TYPES.index("content")] = [I, I, I, I, I, I]  # "the scheme was a shameless swindle"
    tags[6:8, TYPES.index("loaded")] = [I, B]  # "shameless", then "swindle" on its own
    spans = decode_spans(tags, np.array(words), TYPES, text, shift=40)
    assert [(s.type, s.text, s.start) for s in spans] == [
        ("source", "Critics", 40), ("cue", "said", 48), ("content", "the scheme was a shameless swindle", 53),
        ("loaded", "shameless swindle", 70)]
