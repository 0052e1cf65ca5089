"""Span runs read off O/B/I tags with one NumPy call a sentence, and spans tidied as plain offsets until the
end: the same spans as a token-by-token reading."""

import re

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from framing.document import Span
from framing.spans import _runs, _tidy, _whole_words, decode_spans

TYPES = ("source", "cue", "content", "loaded")


def runs_token_by_token(tags):
    """The reading the tags define, written out plainly: per type, a run opens at a B, or at an I after an O
    (or at the first token), and takes in the I tokens straight after it."""
    found = []
    for t in range(tags.shape[1]):
        column = tags[:, t].tolist()
        k = 0
        while k < len(column):
            if column[k]:
                first = k
                while k + 1 < len(column) and column[k + 1] == 2:
                    k += 1
                found.append((t, first, k))
            k += 1
    return found


def test_runs_open_at_a_b_or_a_stray_i_and_take_in_the_i_tokens_after_it():
    tags = np.array([
        # source, cue, content, loaded
        [1, 0, 2, 0],
        [2, 0, 2, 1],
        [1, 2, 0, 1],
        [2, 2, 0, 0],
        [0, 0, 1, 2],
    ], dtype=np.int8)
    assert _runs(tags) == [(0, 0, 1), (0, 2, 3), (1, 2, 3), (2, 0, 1), (2, 4, 4), (3, 1, 1), (3, 2, 2), (3, 4, 4)]
    assert _runs(np.zeros((3, 4), np.int8)) == [] and _runs(np.zeros((0, 4), np.int8)) == []


@settings(max_examples=300, deadline=None)
@given(arrays(np.int8, st.tuples(st.integers(0, 30), st.integers(1, 4)), elements=st.integers(0, 2)))
def test_runs_are_those_of_a_token_by_token_reading(tags):
    assert _runs(tags) == runs_token_by_token(tags)


def test_whole_words_and_tidy_work_on_plain_sentence_offsets():
    text = "The city's most vulnerable residents were left behind."
    assert _whole_words(("loaded", 9, 13), text) == ("loaded", 10, 15)  # "s mos" starts after the "'s", ends a word
    assert _whole_words(("content", 17, 22), text) == ("content", 16, 26)  # "vulnerable" whole
    # two loaded pieces split by a space only are joined; the lone "The" goes
    assert _tidy([("loaded", 16, 26), ("loaded", 27, 36), ("content", 0, 3)], text) == [("loaded", 16, 36)]


def test_decoded_spans_sit_at_document_offsets_and_come_sorted():
    text = "Officials at the Tidewater Board insisted the shameful levy was fair."
    words = [m.span() for m in re.finditer(r"\w+|[^\w\s]", text)]
    tags = np.zeros((len(words), len(TYPES)), np.int8)
    tags[6, 2], tags[7:11, 2] = 1, 2  # content: "the shameful levy was fair"
    tags[7, 3] = 2  # a stray I: loaded "shameful"
    tags[0, 0], tags[1:5, 0] = 1, 2  # source: "Officials at the Tidewater Board"
    tags[5, 1] = 1  # cue: "insisted"
    document = "Lead sentence here. " + text
    spans = decode_spans(tags, np.array(words), TYPES, text, 20)
    assert all(isinstance(s, Span) and document[s.start:s.end] == s.text for s in spans)
    assert [(s.type, s.text) for s in spans] == [
        ("source", "Officials at the Tidewater Board"), ("cue", "insisted"), ("content", "the shameful levy was fair"),
        ("loaded", "shameful")]
    assert spans == sorted(spans, key=lambda s: (s.start, s.end, s.type))
