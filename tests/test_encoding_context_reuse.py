"""A context made of the sentences before its row takes their token ids instead of being tokenized again,
and the rows are exactly those that tokenizing it from its text gives."""

import json
import random

import numpy as np
import pytest

from framing.encoding import CHARS_PER_TOKEN_CAP, RowEncoder
from framing.segment import preceding, split_sentences

FIELDS = ("flat_ids", "flat_types", "row_start", "row_len", "sentence_len", "truncated")

PIECES = [
    "Ferry fares at Quillhaven rose twice this spring, the harbour board said.",
    "“Nobody warned us about the levy,” said Marit Osk, who runs a bakery on the pier.",
    "• The levy takes effect in May.",
    "14:05 GMT - The pier reopened after repairs.",
    "PORTVALE (Wire) - Councillors voted 7-2 to delay the plan.",
    "2) Tolls on the causeway rise by a tenth.",
    "Le maire a déclaré que le projet est une erreur.",
    "港务局周三表示将扩建码头。",
    "The mayor 🎉 cheered 👍🏽 as the family 👨‍👩‍👧 arrived.",
    "Cafe\u0301 owners called the re\u0301sume\u0301 rule a farce.",
    "ΟΔΟΣ ΚΛΕΙΣΤΗ — the Greek sign stayed up all week.",
    "A soft\u00adhyphen and zero\u200bwidth characters hide in this one.",
    "[MASK] and [SEP] appear in the copy as plain words.",
    "Ｆｕｌｌｗｉｄｔｈ letters and\u3000ideographic spaces.",
]
GAPS = [" ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u3000", "\u2009", " \u200b", "\u200b", "\x0b", "\x85",
        "\u2028", " \n "]


def invented_documents(count, seed):
    """Documents of the pieces above, joined by every kind of gap, with now and then a sentence long
    enough to be clipped by ``CHARS_PER_TOKEN_CAP``."""
    rng = random.Random(seed)
    documents = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 9)):
            if rng.random() < 0.08:
                parts.append(" ".join(rng.choice(["tide", "q" * 120, "harbour"]) for _ in range(200)) + ".")
            else:
                parts.append(rng.choice(PIECES))
            parts.append(rng.choice(GAPS))
        documents.append("".join(parts[:-1]))
    return documents


def analyze_rows(texts, before):
    """Sentences and contexts as ``analyze`` builds them."""
    sentences, contexts = [], []
    for text in texts:
        bounds = split_sentences(text)
        for k, (start, end) in enumerate(bounds):
            sentences.append(text[start:end])
            contexts.append(preceding(text, bounds, k, before))
    return sentences, contexts


class Spy:
    """The Rust tokenizer or the word cache, noting every text it is given."""

    def __init__(self, inner, seen):
        self.inner, self.seen = inner, seen

    def encode(self, texts):
        self.seen.extend(texts)
        return self.inner.encode(texts)

    def encode_batch_fast(self, texts, **kwargs):
        self.seen.extend(texts)
        return self.inner.encode_batch_fast(texts, **kwargs)

    def encode_batch(self, texts, **kwargs):
        self.seen.extend(texts)
        return self.inner.encode_batch(texts, **kwargs)


def spy_on(encoder):
    """Every text ``encoder`` tokenizes from now on, by either path, in order."""
    seen = []
    encoder.raw = Spy(encoder.raw, seen)
    if encoder.words is not None:
        encoder.words = Spy(encoder.words, seen)
    return seen


@pytest.fixture
def encoders(tiny):
    """An encoder that reuses sentence ids, and one that tokenizes every context from its text."""
    reusing, tokenizing = RowEncoder(tiny.tokenizer, tiny.model.config), RowEncoder(tiny.tokenizer, tiny.model.config)
    assert reusing.reuses_sentences
    tokenizing.reuses_sentences = False
    return reusing, tokenizing


def assert_same_rows(first, second):
    for field in FIELDS:
        a, b = getattr(first, field), getattr(second, field)
        assert a.dtype == b.dtype and np.array_equal(a, b), field
    assert (first.offsets is None) == (second.offsets is None)
    for a, b in zip(first.offsets or [], second.offsets or [], strict=True):
        assert np.array_equal(a, b)


def test_contexts_of_the_sentences_before_are_not_tokenized_again(tiny):
    encoder = RowEncoder(tiny.tokenizer, tiny.model.config)
    text = "The pier closed on Monday. Repairs took a week.\n\nTraders said the delay cost them dearly. It reopened."
    sentences, contexts = analyze_rows([text], 2)
    seen = spy_on(encoder)
    encoder.encode(sentences, contexts)
    assert seen == sentences  # each sentence once, and no context


@pytest.mark.parametrize("gap", ["\x0b", "\x85", "\u200b", "\ufeff"])
def test_a_context_joined_by_a_character_the_tokenizer_drops_is_tokenized_from_its_text(encoders, gap):
    reusing, tokenizing = encoders
    sentences = ["Tolls rose", "sharply today.", "Drivers complained."]
    contexts = [None, sentences[0], sentences[0] + gap + sentences[1]]
    seen = spy_on(reusing)
    result = reusing.encode(sentences, contexts)
    assert seen == sentences + [contexts[2]]  # "rose" and "sharply" may be one word to the tokenizer
    assert_same_rows(result, tokenizing.encode(sentences, contexts))


@pytest.mark.parametrize("second, reused", [
    ("Traders objected.", True),
    ("• Traders objected.", False),  # a list mark inside the context is read there, not in its own row
    ("PORTVALE (Wire) - Traders objected.", False),  # a dateline likewise
])
def test_a_context_with_a_lead_inside_it_is_tokenized_from_its_text(encoders, second, reused):
    reusing, tokenizing = encoders
    sentences = ["• The levy takes effect in May.", second, "The board met."]  # a lead at its start is left out
    contexts = [None, sentences[0], sentences[0] + " " + sentences[1]]
    seen = spy_on(reusing)
    result = reusing.encode(sentences, contexts)
    assert_same_rows(result, tokenizing.encode(sentences, contexts))
    assert seen[len(sentences):] == ([] if reused else [contexts[2][2:]])


def test_a_context_of_a_clipped_sentence_is_tokenized_from_its_text(encoders):
    reusing, tokenizing = encoders
    long = " ".join(["harbour"] * (tokenizing.config.max_length * CHARS_PER_TOKEN_CAP // 7)) + "."
    sentences, contexts = [long, "The board met."], [None, long]
    seen = spy_on(reusing)
    result = reusing.encode(sentences, contexts)
    assert result.truncated[0] and long[-50:] in seen[-1]
    assert_same_rows(result, tokenizing.encode(sentences, contexts))


@pytest.mark.parametrize("before", [1, 3])
@pytest.mark.parametrize("step", [1, 7, 10_000])
def test_rows_are_those_of_contexts_tokenized_from_their_text(encoders, before, step):
    """Chunks cut anywhere (inside documents too), leads, clipped sentences, every kind of gap, emoji,
    combining marks, CJK and full-width text, with and without offsets: every array is the same."""
    reusing, tokenizing = encoders
    sentences, contexts = analyze_rows(invented_documents(40, seed=before), before)
    for lo in range(0, len(sentences), step):
        for with_offsets in (False, True):
            chunk = sentences[lo:lo + step], contexts[lo:lo + step], with_offsets
            assert_same_rows(reusing.encode(*chunk), tokenizing.encode(*chunk))


def test_contexts_that_are_not_the_sentences_before_get_the_same_rows(encoders):
    """Contexts given by a caller (training data): other text, a sentence with more around it, a part of one,
    blank ones."""
    reusing, tokenizing = encoders
    rng = random.Random(4)
    sentences = [rng.choice(PIECES) for _ in range(300)]
    contexts = []
    for k in range(len(sentences)):
        before = sentences[max(0, k - rng.randint(1, 3)):k]
        options = [None, "", " ", rng.choice(PIECES), rng.choice(GAPS).join(before), " ".join(before) + ".",
                   "Yes. " + " ".join(before), " ".join(before)[rng.randint(0, 30):], " ".join(before) + " "]
        contexts.append(rng.choice(options))
    assert_same_rows(reusing.encode(sentences, contexts), tokenizing.encode(sentences, contexts))


def test_rows_of_the_shared_corpora_are_those_of_contexts_tokenized_from_their_text(encoders, tiny, shared):
    reusing, tokenizing = encoders
    texts = [json.loads(line)["text"] for line in (shared / "polnear" / "dev.jsonl").open(encoding="utf-8")]
    texts += ["\n\n".join(" ".join(p) for p in json.loads(line)["body_paragraphs"])
              for line in (shared / "basil" / "basil.jsonl").open(encoding="utf-8")][:60]
    sentences, contexts = analyze_rows(texts, tiny.model.config.context_sentences)
    for lo in range(0, len(sentences), 512):
        chunk = sentences[lo:lo + 512], contexts[lo:lo + 512]
        assert_same_rows(reusing.encode(*chunk), tokenizing.encode(*chunk))


def test_only_a_tokenizer_that_splits_words_at_whitespace_first_reuses_sentence_ids(tiny):
    from framing.encoding import _splits_words_at_whitespace

    bert = json.loads(RowEncoder(tiny.tokenizer, tiny.model.config).raw.to_str())
    assert _splits_words_at_whitespace(bert)
    assert _splits_words_at_whitespace({**bert, "normalizer": None})
    assert not _splits_words_at_whitespace({**bert, "pre_tokenizer": {"type": "ByteLevel", "add_prefix_space": False}})
    assert not _splits_words_at_whitespace({**bert, "normalizer": {"type": "Sequence", "normalizers": []}})
    assert not _splits_words_at_whitespace({**bert, "model": {**bert["model"], "type": "BPE"}})
    spaced = {"id": 9, "content": "New York", "special": False}
    assert not _splits_words_at_whitespace({**bert, "added_tokens": [*bert["added_tokens"], spaced]})
