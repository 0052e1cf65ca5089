"""BERT WordPiece ids of plain text from a cache of words, exact and an order of magnitude faster.

BERT's tokenizer normalizes a printable-ASCII text (tabs and line breaks allowed, and the typographic
quotes, dashes and ellipsis of news copy) character by character, lower-casing it and dropping nothing,
then cuts it into words at whitespace before anything else (it
splits punctuation off inside each word next, then runs WordPiece on the pieces). So the ids of such a
text are those of its whitespace-separated words, each tokenized alone, one after the other; and news
text repeats its words constantly. Here a text is lower-cased and split at whitespace in C, its words
are looked up in a cache of word -> ids, and a word not seen before is given to the Rust tokenizer once.
Any text outside that description (other non-ASCII characters, a control character the normalizer drops,
an added token such as ``[SEP]``, matched before normalization) goes to the Rust tokenizer, so the ids are always the
ones it gives. Character offsets come the same way: normalizing such a text keeps every character where it is,
so a token's offsets are its word's start in the text plus its offsets within the word, cached with the ids.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Sequence

import numpy as np
from tokenizers import Tokenizer

from .ragged import row_starts, segment_index

__all__ = ["WordCache"]

logger = logging.getLogger(__name__)

#: Ends each text in the joined batch: a word of no ids whose positions mark where texts end. An eligible
#: text cannot hold it (it is a control character).
_END = "\x00"
#: The ASCII characters an eligible text may hold: printable ones, tab and line breaks. The normalizer
#: drops the other controls (Python's ``str.split`` would split at some of them: vertical tab, form feed,
#: \x1c-\x1f), so a text with one is left to the Rust tokenizer.
_KEPT = bytes(range(0x20, 0x7F)) + b"\t\n\r"
#: Non-ASCII characters an eligible text may hold: ‘ ’ “ ” – — …, most of what news copy has. Each is
#: punctuation to BERT, kept as it is by its normalizer (no control, no whitespace, no accent, no case) and
#: not whitespace to ``str.split``.
_TYPOGRAPHIC = "\u2018\u2019\u201c\u201d\u2013\u2014\u2026"
_OUTSIDE = re.compile(f"[^\t\n\r\x20-\x7e{_TYPOGRAPHIC}]")


class WordCache:
    """Tokenizes plain text for a BERT WordPiece tokenizer from a cache of word -> ids.

    The cache holds at most ``max_words`` words (more only while one call needs them); when a call would
    pass that, it is emptied and filled again, so endless unique tokens cannot grow it without limit.
    """

    def __init__(self, raw: Tokenizer, added: Sequence[str], max_words: int = 500_000) -> None:
        self.raw = raw
        self.max_words = max_words
        # added tokens are matched in the raw text (or the normalized one): looking for them in the lower-cased
        # text finds every match and maybe more, and a text that matches merely goes to the Rust tokenizer
        self._added = sorted({a.lower() for a in added if a})
        self._lock = threading.Lock()
        self._reset()

    def __reduce__(self) -> tuple[type[WordCache], tuple[Tokenizer, list[str], int]]:
        """Pickled as what builds it (a lock does not pickle); it arrives empty, to fill again as it is used."""
        return type(self), (self.raw, self._added, self.max_words)

    def __len__(self) -> int:
        """Words in the cache (the end mark included)."""
        return len(self._index)

    @classmethod
    def for_tokenizer(cls, raw: Tokenizer, max_words: int = 500_000) -> WordCache | None:
        """A cache for ``raw`` when it is BERT's uncased WordPiece tokenizer without padding or truncation
        (the shape whose handling of plain text is described above), else ``None``: ``raw`` is then to be
        used as it is."""
        spec = json.loads(raw.to_str())
        added = [t.get("content", "") for t in spec.get("added_tokens") or ()]
        normalizer = spec.get("normalizer") or {}
        if (normalizer.get("type") != "BertNormalizer" or normalizer.get("clean_text") is not True
                or normalizer.get("lowercase") is not True or normalizer.get("strip_accents") not in (None, True)
                or (spec.get("pre_tokenizer") or {}).get("type") != "BertPreTokenizer"
                or (spec.get("model") or {}).get("type") != "WordPiece"
                or raw.truncation is not None or raw.padding is not None
                # one holding whitespace may match the normalized text where the raw text has other whitespace
                or any(ch.isspace() for token in added for ch in token)):
            return None
        return cls(raw, added, max_words)

    def encode(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """``(tokens per text, flat ids)``, int64, exactly as ``raw.encode_batch_fast(texts,
        add_special_tokens=False)`` gives them (ids concatenated in text order)."""
        lengths, ids, _ = self._encode(list(texts), with_offsets=False)
        return lengths, ids

    def encode_with_offsets(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(tokens per text, flat ids, flat offsets)``: the ids as :meth:`encode` gives them and each token's
        ``(start, end)`` character offsets into its text, shape ``(tokens, 2)``, all int64, exactly as
        ``raw.encode_batch(texts, add_special_tokens=False)`` gives them."""
        lengths, ids, offsets = self._encode(list(texts), with_offsets=True)
        assert offsets is not None  # asked for
        return lengths, ids, offsets

    def _encode(self, texts: list[str], with_offsets: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """Eligible texts from the cache, the others from the Rust tokenizer in one batch, joined in order."""
        if self._eligible("\n".join(texts)):  # then so is every text (a part of it)
            return self._encode_words(texts, with_offsets)
        slow = [i for i, text in enumerate(texts) if not self._eligible(text)]
        slow_set = set(slow)
        fast = [i for i in range(len(texts)) if i not in slow_set]
        f_len, f_flat, f_offsets = self._encode_words([texts[i] for i in fast], with_offsets)
        rest = [texts[i] for i in slow]
        encodings = (self.raw.encode_batch(rest, add_special_tokens=False) if with_offsets
                     else self.raw.encode_batch_fast(rest, add_special_tokens=False))
        s_len = np.fromiter((len(e.ids) for e in encodings), np.int64, len(slow))
        s_flat = np.fromiter((i for e in encodings for i in e.ids), np.int64, int(s_len.sum()))
        lengths = np.zeros(len(texts), np.int64)
        starts = np.zeros(len(texts), np.int64)
        lengths[fast], starts[fast] = f_len, row_starts(f_len)
        lengths[slow], starts[slow] = s_len, len(f_flat) + row_starts(s_len)
        order = segment_index(starts, lengths)
        offsets = None
        if f_offsets is not None:
            s_offsets = np.fromiter((x for e in encodings for pair in e.offsets for x in pair), np.int64,
                                    2 * len(s_flat)).reshape(-1, 2)
            offsets = np.concatenate([f_offsets, s_offsets])[order]
        return lengths, np.concatenate([f_flat, s_flat])[order], offsets

    def _eligible(self, text: str) -> bool:
        """Whether ``text`` is tokenized word by word as the module's docstring says: printable ASCII, tab,
        line breaks and ``_TYPOGRAPHIC`` only, and no added token."""
        if text.isascii():
            if text.encode("ascii").translate(None, _KEPT):  # what is left is a control character
                return False
        elif _OUTSIDE.search(text) is not None:
            return False
        lowered = text.lower()
        return not any(token in lowered for token in self._added)

    def _encode_words(self, texts: list[str],
                      with_offsets: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """``_encode`` for texts that are all eligible: the batch is joined, lower-cased and split at once."""
        if not texts:
            return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros((0, 2), np.int64) if with_offsets else None
        joined = f" {_END} ".join(texts)
        words = joined.lower().split()
        words.append(_END)
        with self._lock:
            unseen = set(words).difference(self._index)
            if len(self._index) + len(unseen) > self.max_words:
                logger.debug("word cache full (%d words): starting again", len(self._index))
                self._reset()
                unseen = set(words).difference(self._index)
            if unseen:
                self._add(sorted(unseen))
            rows = np.fromiter(map(self._index.__getitem__, words), np.int64, len(words))
            # tables are written only past what a lookup has read, or replaced: these stay valid unlocked
            first, count, pieces, spans = self._first, self._count, self._pieces, self._spans
        per_word = count[rows]
        at = segment_index(first[rows], per_word)
        ends = np.cumsum(per_word)[rows == 0]  # ids up to the end of each text
        offsets = None
        if with_offsets:
            # each word's start in its text: lower-casing kept every character where it was, so the starts
            # of the words that split() found are where a non-blank follows a blank (or the text's start)
            codes = np.frombuffer(joined.encode("utf-32-le"), np.uint32)
            blank = (codes == 32) | (codes == 9) | (codes == 10) | (codes == 13)
            word_start = np.flatnonzero(~blank & np.concatenate(([True], blank[:-1])))
            text_start = row_starts(np.fromiter((len(t) + 3 for t in texts), np.int64, len(texts)))  # " \0 "
            text_of = np.cumsum(rows == 0) - (rows == 0)  # the end marks are words of no ids: never read
            base = np.append(word_start, 0) - text_start[text_of]  # the last end mark has no start
            offsets = spans[at] + np.repeat(base, per_word)[:, None]
        return np.diff(ends, prepend=0), pieces[at], offsets

    def _reset(self) -> None:
        """Empty the cache but for the end mark (a word of no ids). New tables, so that a call still
        reading the old ones is not disturbed."""
        self._index: dict[str, int] = {_END: 0}
        self._first = np.zeros(1024, np.int64)
        self._count = np.zeros(1024, np.int64)
        self._pieces = np.zeros(4096, np.int64)
        self._spans = np.zeros((4096, 2), np.int64)  # each piece's character offsets into its word
        self._used = 0  # pieces written

    def _add(self, words: list[str]) -> None:
        """Give ``words`` to the Rust tokenizer (one batch) and append their ids and offsets to the tables, in
        place past what any lookup has read (a table that is full is copied into one twice the size)."""
        encodings = self.raw.encode_batch(words, add_special_tokens=False)
        count = np.fromiter((len(e.ids) for e in encodings), np.int64, len(words))
        new = np.fromiter((i for e in encodings for i in e.ids), np.int64, int(count.sum()))
        spans = np.fromiter((x for e in encodings for pair in e.offsets for x in pair), np.int64, 2 * len(new))
        lo, hi = len(self._index), len(self._index) + len(words)
        self._first = _room(self._first, hi)
        self._count = _room(self._count, hi)
        self._pieces = _room(self._pieces, self._used + len(new))
        self._spans = _room(self._spans, self._used + len(new))
        self._first[lo:hi] = self._used + row_starts(count)
        self._count[lo:hi] = count
        self._pieces[self._used:self._used + len(new)] = new
        self._spans[self._used:self._used + len(new)] = spans.reshape(-1, 2)
        self._used += len(new)
        self._index.update(zip(words, range(lo, hi)))


def _room(table: np.ndarray, size: int) -> np.ndarray:
    """``table``, or a copy of it at least twice as long, so that it holds ``size`` entries."""
    if size <= len(table):
        return table
    grown = np.zeros((max(size, 2 * len(table)), *table.shape[1:]), table.dtype)
    grown[:len(table)] = table
    return grown
