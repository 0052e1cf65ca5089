"""The word cache gives exactly the ids and offsets of the Rust tokenizer, for every text, eligible for it or not."""

import csv
import pickle
import random
import string
import threading

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tokenizers import Tokenizer, models, normalizers, pre_tokenizers

from framing.encoding import RowEncoder
from framing.wordpiece import WordCache

from conftest import FUZZ_EXAMPLES, load_benchmark

ADDED = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
TYPOGRAPHIC = "‘’“”–—…"
#: Texts the cache leaves to the Rust tokenizer.
NON_ASCII = ["Le maire a déclaré que le projet est une erreur.", "“Nobody warned us,” she saïd.",
             "Prices rose 5% — sharply in £.", "港务局周三表示将扩建码头。",
             "The mayor 🎉 cheered.", "Cafe\u0301 owners",
             "A\u00a0non-breaking space", "Full\u3000width", "zero\u200bwidth", "soft\u00adhyphen", "\x85next line",
             "\u2028line separator", "Ⅻ İstanbul ǅ"]


@pytest.fixture(scope="module")
def raw(tiny):
    return tiny.engine.encoder.raw


def rust(raw, texts):
    """What the Rust tokenizer gives: ids per text and all of them, concatenated."""
    ids = [e.ids for e in raw.encode_batch_fast(list(texts), add_special_tokens=False)]
    return np.array([len(i) for i in ids], np.int64), np.array([t for i in ids for t in i], np.int64)


def rust_offsets(raw, texts):
    """Each token's character offsets into its text, as the Rust tokenizer gives them, one after the other."""
    return [list(pair) for e in raw.encode_batch(list(texts), add_special_tokens=False) for pair in e.offsets]


def assert_same(cache, raw, texts):
    """The cache's ids, and its ids with offsets, are the Rust tokenizer's."""
    lengths, flat = cache.encode(texts)
    want_lengths, want_flat = rust(raw, texts)
    assert lengths.dtype == flat.dtype == np.int64
    assert lengths.tolist() == want_lengths.tolist()
    assert flat.tolist() == want_flat.tolist()
    lengths, flat, offsets = cache.encode_with_offsets(texts)
    assert offsets.dtype == np.int64 and offsets.shape == (len(flat), 2)
    assert lengths.tolist() == want_lengths.tolist() and flat.tolist() == want_flat.tolist()
    assert offsets.tolist() == rust_offsets(raw, texts)


class Recorder:
    """A tokenizer that notes every batch given to it, with or without offsets."""

    def __init__(self, inner):
        self.inner, self.batches = inner, []

    def encode_batch_fast(self, texts, **kwargs):
        self.batches.append(list(texts))
        return self.inner.encode_batch_fast(texts, **kwargs)

    def encode_batch(self, texts, **kwargs):
        self.batches.append(list(texts))
        return self.inner.encode_batch(texts, **kwargs)


def news_like(count, seed):
    """Sentences of common and invented words, numbers, abbreviations, quotes, hyphens, URLs, odd spacing."""
    rng = random.Random(seed)
    common = ["the", "said", "The", "Minister", "U.S.", "3.2", "percent", "1,200", "don't", "well-known", "(AP)",
              "--", "Mr.", "e-mail", "co-operation", "$4.5bn", "#1", "@handle", "http://example.com/a?b=c",
              "unaffable", "Tuesday's", "'quoted'", "\"said\"", "A.B.C.", "x_y", "...", "9/11", "COVID-19",
              "“Nobody", "warned,”", "‘yes’", "1990–2000", "—", "wait…", "Tuesday’s"]
    sentences = []
    for _ in range(count):
        words = []
        for _ in range(rng.randint(0, 40)):
            if rng.random() < 0.2:
                words.append("".join(rng.choice(string.ascii_letters + string.digits)
                                     for _ in range(rng.randint(1, 14))))
            else:
                words.append(rng.choice(common))
            words.append(rng.choice([" ", " ", " ", "  ", "\n", "\t", "\r\n", ""]))
        sentences.append("".join(words) + rng.choice(["", ".", "?", "!\""]))
    return sentences


def test_news_like_sentences_get_the_ids_of_the_rust_tokenizer(raw):
    cache = WordCache.for_tokenizer(raw)
    generated = load_benchmark("throughput").generated(2000)
    for texts in (generated, news_like(3000, seed=1), generated[:10], news_like(500, seed=2)):
        assert_same(cache, raw, texts)  # cold, then warm, then with words new and old


ASCII_PIECES = st.one_of(
    st.text(alphabet=[chr(i) for i in range(128)], max_size=30),
    st.text(alphabet=string.ascii_letters + string.digits + string.punctuation + " \t\n\r" + TYPOGRAPHIC, max_size=30),
    st.text(max_size=6),  # any character: a text holding one off the fast path goes to the Rust tokenizer
    st.sampled_from(ADDED + [a.lower() for a in ADDED] + ["[Sep]", "[SEP", "SEP]", "[", "]", "##", "##ing"]),
    st.integers(95, 130).map(lambda n: "a" * n),  # WordPiece gives [UNK] for a word over 100 characters
    st.integers(95, 130).map(lambda n: "ab1" * (n // 3)),
    st.sampled_from(["", " ", "\x00", "\x0b", "\x0c", "\x1c", "\x1f", "\x7f", "\t", "\r\n", "unaffable", "said."]),
)


@pytest.fixture(scope="module")
def shared_cache(raw):
    """One cache for every example of a property test, so that examples meet words cached by others."""
    return WordCache.for_tokenizer(raw)


@settings(max_examples=FUZZ_EXAMPLES, deadline=None)
@given(st.lists(st.lists(ASCII_PIECES, max_size=8).map("".join), max_size=12))
def test_property_any_text_gets_the_ids_of_the_rust_tokenizer(raw, shared_cache, texts):
    assert_same(shared_cache, raw, texts)


def test_ascii_control_characters_the_normalizer_drops_join_what_stands_either_side(raw):
    cache = WordCache.for_tokenizer(raw)
    texts = [f"ab{chr(i)}cd" for i in range(128)] + ["", " ", "\x00", "[SEP]", "[sep]", "x[MASK]y", "a" * 101]
    assert_same(cache, raw, texts)
    assert rust(raw, ["ab\x01cd"])[1].tolist() == rust(raw, ["abcd"])[1].tolist()


def test_non_ascii_texts_take_the_rust_path_in_one_batch(raw):
    cache = WordCache.for_tokenizer(raw)
    cache.raw = Recorder(raw)
    assert_same(cache, raw, NON_ASCII)
    assert cache.raw.batches == [NON_ASCII, NON_ASCII]  # one batch for the ids, one for ids with offsets
    assert len(cache) == 1  # nothing cached but the end mark


def test_typographic_quotes_dashes_and_ellipsis_take_the_fast_path(raw):
    cache = WordCache.for_tokenizer(raw)
    texts = ["“Nobody warned us,” she said.", "Prices rose 5% — sharply…",
             "It’s the ‘levy’ of 1990–2000.",
             "“”‘’–—…", "x" + "’" * 120]
    cache.raw = Recorder(raw)
    assert_same(cache, raw, texts)
    assert not any(text in batch for batch in cache.raw.batches for text in texts[:3])  # only their words went
    assert {"“nobody", "us,”", "sharply…", "it’s", "‘levy’", "1990–2000."} <= set(cache.raw.batches[0])


def test_a_mixed_batch_keeps_its_order(raw):
    cache = WordCache.for_tokenizer(raw)
    eligible = news_like(40, seed=3)
    ineligible = NON_ASCII + ["plain words and [SEP]", "a\x0bb", "tab\tand\x7fdelete"]
    rng = random.Random(5)
    texts = eligible + ineligible
    rng.shuffle(texts)
    cache.encode(eligible)  # every eligible word cached: the call below asks the Rust tokenizer once
    cache.raw = Recorder(raw)
    assert_same(cache, raw, texts)
    assert cache.raw.batches == [[t for t in texts if t in ineligible]] * 2  # ids, then ids with offsets
    assert_same(cache, raw, ineligible + eligible)
    assert_same(cache, raw, [])


def test_the_cache_is_bounded_and_starts_again_when_full(raw):
    cache = WordCache.for_tokenizer(raw, max_words=60)
    rng = random.Random(6)
    for _ in range(30):
        texts = [" ".join(f"w{rng.randrange(10**6)}x" for _ in range(rng.randint(0, 6))) for _ in range(5)]
        assert_same(cache, raw, texts)
        assert len(cache) <= 60
    # a call of more new words than the bound holds them for itself; the next call starts again
    many = [" ".join(f"u{k}q" for k in range(n, n + 50)) for n in range(0, 200, 50)]
    assert_same(cache, raw, many)
    assert_same(cache, raw, ["the minister said.", "w1x"])
    assert len(cache) <= 60


def test_a_pickled_cache_arrives_empty_and_gives_the_same_ids(raw):
    cache = WordCache.for_tokenizer(raw, max_words=1000)
    texts = news_like(50, seed=11) + ["[SEP] stays special", "[sep] does not"]
    cache.encode(texts)
    copy = pickle.loads(pickle.dumps(cache))
    assert len(copy) == 1 and copy.max_words == 1000
    assert_same(copy, raw, texts)


def test_threads_sharing_a_cache_get_their_own_ids(raw):
    cache = WordCache.for_tokenizer(raw, max_words=300)  # small, so that it starts again while others read it
    batches = [news_like(60, seed=s) for s in range(24)]
    wanted = [rust(raw, texts) for texts in batches]
    failures = []

    def work(start):
        for k in range(start, len(batches), 4):
            lengths, flat = cache.encode(batches[k])
            if lengths.tolist() != wanted[k][0].tolist() or flat.tolist() != wanted[k][1].tolist():
                failures.append(k)

    threads = [threading.Thread(target=work, args=(s,)) for s in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []


def bert_like(normalizer, pre_tokenizer, model=None):
    """A tiny tokenizer of the given parts (a WordPiece model of a few words by default)."""
    vocab = {w: i for i, w in enumerate(["[UNK]", "[SEP]", "the", "min", "##ister", "said", ".", "##s"])}
    tokenizer = Tokenizer(model or models.WordPiece(vocab, unk_token="[UNK]", max_input_chars_per_word=12))
    if normalizer is not None:
        tokenizer.normalizer = normalizer
    if pre_tokenizer is not None:
        tokenizer.pre_tokenizer = pre_tokenizer
    return tokenizer


def test_a_bert_tokenizer_of_any_vocabulary_gets_a_cache_and_the_same_ids():
    tokenizer = bert_like(normalizers.BertNormalizer(lowercase=True, strip_accents=True),
                          pre_tokenizers.BertPreTokenizer())
    tokenizer.add_special_tokens(["[SEP]"])
    cache = WordCache.for_tokenizer(tokenizer)
    assert cache is not None
    assert_same(cache, tokenizer, ["The minister said.", "THE MINISTERS said [SEP] the", "ministerministerminister",
                                   "the\tminister\r\nsaid", "Café said", "the.min"])


@pytest.mark.parametrize("normalizer, pre_tokenizer", [
    (normalizers.Lowercase(), pre_tokenizers.BertPreTokenizer()),
    (None, pre_tokenizers.BertPreTokenizer()),
    (normalizers.BertNormalizer(lowercase=False), pre_tokenizers.BertPreTokenizer()),
    (normalizers.BertNormalizer(clean_text=False, lowercase=True), pre_tokenizers.BertPreTokenizer()),
    (normalizers.BertNormalizer(lowercase=True, strip_accents=False), pre_tokenizers.BertPreTokenizer()),
    (normalizers.Sequence([normalizers.BertNormalizer(lowercase=True)]), pre_tokenizers.BertPreTokenizer()),
    (normalizers.BertNormalizer(lowercase=True), pre_tokenizers.Whitespace()),
    (normalizers.BertNormalizer(lowercase=True), None),
])
def test_a_tokenizer_of_another_shape_gets_no_cache(normalizer, pre_tokenizer):
    assert WordCache.for_tokenizer(bert_like(normalizer, pre_tokenizer)) is None


def test_a_bpe_tokenizer_or_one_that_pads_or_truncates_gets_no_cache():
    bert = (normalizers.BertNormalizer(lowercase=True), pre_tokenizers.BertPreTokenizer())
    assert WordCache.for_tokenizer(bert_like(*bert)) is not None
    assert WordCache.for_tokenizer(bert_like(*bert, model=models.BPE(unk_token="[UNK]"))) is None
    padding = bert_like(*bert)
    padding.enable_padding(length=16)
    truncation = bert_like(*bert)
    truncation.enable_truncation(8)
    spaced = bert_like(*bert)
    spaced.add_tokens(["the minister"])
    assert [WordCache.for_tokenizer(t) for t in (padding, truncation, spaced)] == [None, None, None]


def test_row_encoder_rows_are_the_same_with_the_cache_as_without(tiny):
    with_cache, without = RowEncoder(tiny.tokenizer, tiny.model.config), RowEncoder(tiny.tokenizer, tiny.model.config)
    assert with_cache.words is not None
    without.words = None
    rng = random.Random(8)
    sentences = news_like(200, seed=9) + NON_ASCII + ["[SEP] in the copy", " ".join(["harbour"] * 2000)]
    rng.shuffle(sentences)
    contexts = [rng.choice([None, "", " ".join(sentences[max(0, k - 2):k]), rng.choice(NON_ASCII),
                            " ".join(news_like(1, seed=k))]) for k in range(len(sentences))]
    for args in ((sentences,), (sentences, contexts)):
        for with_offsets in (False, True):
            first, second = (with_cache.encode(*args, with_offsets=with_offsets),
                             without.encode(*args, with_offsets=with_offsets))
            for field in ("flat_ids", "flat_types", "row_start", "row_len", "sentence_len", "truncated"):
                a, b = getattr(first, field), getattr(second, field)
                assert a.dtype == b.dtype and np.array_equal(a, b), field
            if not with_offsets:
                assert first.offsets is None and second.offsets is None
                continue
            assert len(first.offsets) == len(second.offsets) == len(sentences)
            for a, b in zip(first.offsets, second.offsets):
                assert a.dtype == b.dtype == np.int64 and a.shape == b.shape and np.array_equal(a, b)
    assert with_cache.encode([], with_offsets=True).offsets == []


def test_the_engine_encodes_through_the_cache(tiny):
    encoder = tiny.engine.encoder
    without = RowEncoder(tiny.tokenizer, tiny.model.config)
    without.words = None
    sentences = [f"Zorblax{k} said that quuxes{k} rose, “sharply”." for k in range(20)]
    cached = len(encoder.words)
    encoded = tiny.engine.encode(sentences)
    assert len(encoder.words) >= cached + 40  # the new words went into the engine's cache
    assert np.array_equal(encoded.flat_ids, without.encode(sentences).flat_ids)


def test_sentences_of_the_shared_corpus_get_the_ids_of_the_rust_tokenizer(raw, shared):
    with (shared / "newssd-eng" / "train.csv").open(encoding="utf-8") as f:
        sentences = [row["sentence"] for row in csv.DictReader(f)]
    cache = WordCache.for_tokenizer(raw)
    for lo in range(0, len(sentences), 4096):
        assert_same(cache, raw, sentences[lo:lo + 4096])
