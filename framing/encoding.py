"""Turn sentences (and their contexts) into model rows, vectorised.

A row is ``[CLS] sentence [SEP] context [SEP]`` (the context segment and its
``[SEP]`` only when there is context). The sentence comes first so that
truncation never costs it before the context: the sentence keeps up to
``max_length - 2`` tokens, the context gets what is left, at most
``max_context_tokens``, taken from its end (the words nearest the sentence).
Rows are kept flat (one long array plus row starts and lengths) so that
batches of any composition can be cut from them with NumPy indexing alone.
Training and inference share this code, so they see identical inputs.

A context made of the sentences just before its row in the same call (as
``analyze`` builds them) is not tokenized again: with a tokenizer that
splits words apart at whitespace before anything else (BERT's), its ids are
those of its sentences one after the other, already in the flat sentence
array. Wherever that cannot be shown from the text (a lead or clip inside
the context, no whitespace between its sentences, another tokenizer), the
context is tokenized from its text as before, so the rows are the same.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np

from .errors import InputError, counted
from .language import weak_text
from .ragged import row_starts, segment_index
from .segment import lead_length
from .wordpiece import WordCache

__all__ = ["Encoded", "RowEncoder", "RowSettings", "CHARS_PER_TOKEN_CAP"]

#: Clipping a sentence to this many characters per allowed token loses
#: nothing the model would see ([UNK] words are short), and keeps a
#: pathological 5 MB "sentence" cheap to tokenize.
CHARS_PER_TOKEN_CAP = 64

# Whitespace that BERT's tokenizer splits words at and its normalizer keeps: these, and the space separators
# (category Zs). Other controls it drops (a vertical tab, U+0085), joining what stood either side.
_SPLITTING_ASCII = frozenset(" \t\n\r")


@dataclass
class Encoded:
    """Assembled rows of one chunk, flat, in input order."""

    flat_ids: np.ndarray
    flat_types: np.ndarray
    row_start: np.ndarray
    row_len: np.ndarray
    #: Sentence tokens kept per row (they sit at positions ``1 .. n``).
    sentence_len: np.ndarray
    truncated: np.ndarray
    #: Per row ``(sentence_len, 2)`` character offsets, when asked for.
    offsets: list[np.ndarray] | None
    #: Per row, whether its text is one whose label can only be a weak guess (see
    #: :func:`~framing.language.weak_text`), when asked for.
    weak_text: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.row_len)

    @classmethod
    def concat(cls, parts: Sequence["Encoded"]) -> "Encoded":
        """The rows of ``parts`` (encoded apart, e.g. in worker processes) as one chunk, in order."""
        if len(parts) == 1:
            return parts[0]
        shifts = row_starts(np.array([len(part.flat_ids) for part in parts], np.int64))
        offsets = None if parts[0].offsets is None else [o for part in parts for o in part.offsets or ()]
        weak = None if parts[0].weak_text is None else np.concatenate([part.weak_text for part in parts])
        return cls(
            np.concatenate([part.flat_ids for part in parts]),
            np.concatenate([part.flat_types for part in parts]),
            np.concatenate([part.row_start + shift for part, shift in zip(parts, shifts.tolist())]),
            np.concatenate([part.row_len for part in parts]),
            np.concatenate([part.sentence_len for part in parts]),
            np.concatenate([part.truncated for part in parts]),
            offsets,
            weak,
        )

    def padded(self, rows: np.ndarray, pad_id: int, multiple: int = 8) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(input_ids, attention_mask, token_type_ids)`` for ``rows``, padded to a multiple."""
        lengths = self.row_len[rows]
        width = int(-(-lengths.max() // multiple) * multiple)
        cols = np.arange(width)
        mask = cols[None, :] < lengths[:, None]
        index = np.minimum(self.row_start[rows][:, None] + cols[None, :], len(self.flat_ids) - 1)
        ids = np.where(mask, self.flat_ids[index], pad_id)
        types = np.where(mask, self.flat_types[index], 0).astype(np.int64)
        return ids, mask.astype(np.int64), types


@dataclass(frozen=True)
class RowSettings:
    """What a :class:`RowEncoder` reads of a model's configuration: small, and free of torch, so that an
    encoder pickles cheaply to worker processes."""

    max_length: int
    context: str
    max_context_tokens: int


class RowEncoder:
    """Tokenizes with the Rust tokenizer (plain text from a cache of its words, see ``wordpiece``)
    and assembles rows with index arithmetic."""

    def __init__(self, tokenizer, config) -> None:
        from tokenizers import Tokenizer

        backend = getattr(tokenizer, "backend_tokenizer", None)
        if backend is None:
            raise InputError("framing needs a fast (Rust) tokenizer with a tokenizer.json")
        spec = backend.to_str()
        self.raw = Tokenizer.from_str(spec)
        self.raw.no_padding()
        self.raw.no_truncation()
        self.config = RowSettings(int(config.max_length), str(config.context), int(config.max_context_tokens))
        self.cls_id = _special_id(tokenizer, "cls_token")
        self.sep_id = _special_id(tokenizer, "sep_token")
        self.pad_id = _special_id(tokenizer, "pad_token")
        #: Whether a context of the sentences before its row may take their ids (see the module's docstring).
        self.reuses_sentences = _splits_words_at_whitespace(json.loads(spec))
        #: Ids of plain text from a cache of words (BERT's uncased tokenizer only), else ``None``.
        self.words = WordCache.for_tokenizer(self.raw)

    def encode(
        self,
        sentences: Sequence[str],
        contexts: Sequence[str | None] | None = None,
        with_offsets: bool = False,
        flag_texts: bool = False,
    ) -> Encoded:
        """Rows for ``sentences`` (each with its context, if given); ``with_offsets`` keeps each sentence
        token's character offsets, ``flag_texts`` reads each sentence with :func:`~framing.language.weak_text`
        (done here so that worker processes share that per-text work too)."""
        n = len(sentences)
        max_length = self.config.max_length
        cap = max_length * CHARS_PER_TOKEN_CAP
        # a list item's mark or a wire dateline is left out of what the model reads; offsets still count
        # from the sentence's start
        leads = [lead_length(s) for s in sentences]
        clipped = [s[k:k + cap] for s, k in zip(sentences, leads)]
        if with_offsets:
            s_len, s_flat, offsets = self._ids_and_offsets(clipped, leads)
        else:
            s_len, s_flat = self._ids(clipped)
            offsets = None
        if contexts is not None and self.config.context == "previous":
            if len(contexts) != n:
                raise InputError(f"got {counted(n, 'sentence')} but {counted(len(contexts), 'context')}")
            c_source, c_end, c_len = self._context_ids(sentences, contexts, leads, s_flat, s_len)
        else:
            c_source, c_end, c_len = np.zeros(0, np.int64), np.zeros(n, np.int64), np.zeros(n, np.int64)

        a = np.minimum(s_len, max_length - 2)
        # cut by tokens, or by the character clip (a run of long words is few tokens but many characters)
        truncated = (s_len > a) | np.fromiter((len(s) - k > cap for s, k in zip(sentences, leads)), bool, n)
        b = np.minimum(np.minimum(c_len, self.config.max_context_tokens), np.maximum(max_length - 3 - a, 0))
        has_b = b > 0
        row_len = 2 + a + b + has_b
        row_start = row_starts(row_len)
        flat_ids = np.full(int(row_len.sum()), self.pad_id, np.int64)
        flat_types = np.zeros(len(flat_ids), np.int8)
        flat_ids[row_start] = self.cls_id
        flat_ids[segment_index(row_start + 1, a)] = s_flat[segment_index(row_starts(s_len), a)]
        flat_ids[row_start + 1 + a] = self.sep_id
        if has_b.any():
            dst = segment_index(row_start + 2 + a, b)
            flat_ids[dst] = c_source[segment_index(c_end - b, b)]
            flat_types[dst] = 1
            ends = (row_start + row_len - 1)[has_b]
            flat_ids[ends] = self.sep_id
            flat_types[ends] = 1
        if offsets is not None:
            offsets = [o[:k] for o, k in zip(offsets, a.tolist())]
        weak = np.fromiter(map(weak_text, sentences), bool, n) if flag_texts else None
        return Encoded(flat_ids, flat_types, row_start, row_len, a, truncated, offsets, weak)

    def _ids(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """``(tokens per text, flat ids)`` without special tokens: from the word cache where there is one
        (the same ids, several times faster), else from the Rust tokenizer."""
        if self.words is not None:
            return self.words.encode(texts)
        return _flatten([e.ids for e in self.raw.encode_batch_fast(texts, add_special_tokens=False)])

    def _ids_and_offsets(self, texts: list[str], leads: list[int]) -> tuple[np.ndarray, np.ndarray, list[np.ndarray]]:
        """``_ids`` and each text's ``(tokens, 2)`` character offsets, counted from ``leads`` before it."""
        if self.words is not None:
            lengths, flat, flat_offsets = self.words.encode_with_offsets(texts)
            flat_offsets += np.repeat(np.asarray(leads, np.int64), lengths)[:, None]
            return lengths, flat, np.split(flat_offsets, row_starts(lengths)[1:]) if texts else []
        encodings = self.raw.encode_batch(texts, add_special_tokens=False)
        lengths, flat = _flatten([e.ids for e in encodings])
        offsets = [np.asarray(e.offsets, dtype=np.int64).reshape(-1, 2) + k for e, k in zip(encodings, leads)]
        return lengths, flat, offsets

    def _context_ids(
        self,
        sentences: Sequence[str],
        contexts: Sequence[str | None],
        leads: list[int],
        s_flat: np.ndarray,
        s_len: np.ndarray,
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every row's context tokens as ``(source, end, length)``: they are ``source[end - length:end]``.

        A context that is the sentences just before its row takes their stretch of ``s_flat``; any other
        is tokenized from its text (less its lead, cut to its last characters), its ids after ``s_flat``.
        """
        n = len(sentences)
        tail = self.config.max_context_tokens * CHARS_PER_TOKEN_CAP
        cap = self.config.max_length * CHARS_PER_TOKEN_CAP
        first = np.full(n, -1, np.int64)
        texts: list[str] = []
        rows: list[int] = []
        for i, context in enumerate(contexts):
            if not context:
                continue
            lead = lead_length(context)
            j = _first_sentence(sentences, i, context, leads, cap) if self.reuses_sentences else None
            # reused when its lead is its first sentence's (left out of both) and it is not cut to its tail
            if j is not None and leads[j] == lead and len(context) - lead <= tail:
                first[i] = j
            else:
                texts.append(context[lead:][-tail:])
                rows.append(i)
        s_start = row_starts(s_len)
        reused = first >= 0
        c_end, c_len = np.zeros(n, np.int64), np.zeros(n, np.int64)
        c_end[reused] = s_start[reused]
        c_len[reused] = s_start[reused] - s_start[first[reused]]
        t_len, t_flat = self._ids(texts)
        c_end[rows] = len(s_flat) + row_starts(t_len) + t_len
        c_len[rows] = t_len
        return np.concatenate([s_flat, t_flat]), c_end, c_len


def _first_sentence(sentences: Sequence[str], i: int, context: str, leads: list[int], cap: int) -> int | None:
    """``j`` where ``context`` is ``sentences[j:i]`` with whitespace between them, each tokenized whole
    for its own row (not clipped, and with no lead but the first's); else ``None``."""
    end, j = len(context), i
    while j > 0:
        j -= 1
        sentence = sentences[j]
        if not sentence or not context.endswith(sentence, 0, end) or len(sentence) - leads[j] > cap:
            return None
        end -= len(sentence)
        if end == 0:
            return j
        if leads[j]:
            return None
        gap = end
        while gap > 0 and _splits_at(context[gap - 1]):
            gap -= 1
        if gap in (0, end):
            return None
        end = gap
    return None


def _splits_at(ch: str) -> bool:
    """Whether ``ch`` is whitespace that BERT's tokenizer splits words at (see ``_SPLITTING_ASCII``)."""
    return ch in _SPLITTING_ASCII or (not ch.isascii() and unicodedata.category(ch) == "Zs")


def _splits_words_at_whitespace(spec: dict) -> bool:
    """Whether a tokenizer (its ``tokenizer.json``) tokenizes ``a + whitespace + b`` as ``a`` then ``b``:
    BERT's normalizer (or none), pre-tokenizer and WordPiece, with no added token holding whitespace. Its
    normalizer works character by character, keeping whitespace; the pre-tokenizer cuts words there first."""
    normalizer = spec.get("normalizer") or {"type": "BertNormalizer"}
    return (normalizer.get("type") == "BertNormalizer"
            and (spec.get("pre_tokenizer") or {}).get("type") == "BertPreTokenizer"
            and spec.get("model", {}).get("type") == "WordPiece"
            and not any(any(ch.isspace() for ch in t.get("content", "")) for t in spec.get("added_tokens") or ()))


def _special_id(tokenizer, name: str) -> int:
    value = getattr(tokenizer, f"{name}_id", None)
    if value is None:
        raise InputError(f"the tokenizer has no {name}; framing needs a BERT-style tokenizer")
    return int(value)


def _flatten(lists: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    lengths = np.fromiter(map(len, lists), dtype=np.int64, count=len(lists))
    flat = np.fromiter(chain.from_iterable(lists), dtype=np.int64, count=int(lengths.sum()))
    return lengths, flat
