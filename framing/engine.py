"""Batched inference: tokenize, bucket by length, run, restore order.

Every prediction in framing goes through :class:`Engine`: ``analyze``,
``classify``, corpus scoring and evaluation alike. The engine

* tokenizes with the Rust fast tokenizer in one batched call per chunk (it
  releases the GIL, so a background thread tokenizes the next chunk while
  the model runs on this one);
* assembles ``[CLS] sentence [SEP] context [SEP]`` rows with NumPy index
  arithmetic, with no per-row Python loop;
* sorts rows by length and cuts batches by a token budget, padding each
  batch to a multiple of 8;
* runs the model under ``torch.inference_mode`` in bf16/fp16 on CUDA
  (fp32 on CPU), splitting a batch in two when CUDA runs out of memory;
* hands back results in the caller's order.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from itertools import chain

import numpy as np
import torch

from .errors import InputError

__all__ = ["Engine", "EngineOutput", "resolve_device"]

logger = logging.getLogger(__name__)

#: A token is at least one character and [UNK] words are short, so clipping
#: a sentence to this many characters per allowed token loses nothing the
#: model would see.
_CHARS_PER_TOKEN_CAP = 64
_MAX_ROWS_PER_BATCH = 4096


def resolve_device(device: str | torch.device | None) -> torch.device:
    """``None`` → CUDA when available, else CPU; validate explicit choices."""
    if device is None:
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    try:
        resolved = torch.device(device)
    except (RuntimeError, TypeError) as exc:
        raise InputError(f"device must be 'cpu', 'cuda', 'cuda:N' or None, got {device!r}") from exc
    if resolved.type == "cuda" and not torch.cuda.is_available():
        raise InputError(f"device {device!r} was requested but CUDA is not available; use device='cpu'")
    if resolved.type not in ("cpu", "cuda"):
        raise InputError(f"device must be 'cpu', 'cuda', 'cuda:N' or None, got {device!r}")
    return resolved


@dataclass
class EngineOutput:
    """Results for one chunk of sentences, in input order."""

    #: ``(n, labels)`` calibrated probabilities.
    probs: np.ndarray
    #: ``(n,)`` whether the sentence was cut to fit the model.
    truncated: np.ndarray
    #: Per sentence: ``(tokens, span_types)`` tag ids (0=O, 1=B, 2=I), or None.
    span_tags: list[np.ndarray] | None = None
    #: Per sentence: ``(tokens, 2)`` character offsets of those tokens.
    offsets: list[np.ndarray] | None = None


@dataclass
class _Encoded:
    """Assembled rows of one chunk, flat, in input order."""

    flat_ids: np.ndarray
    flat_types: np.ndarray
    row_start: np.ndarray
    row_len: np.ndarray
    sentence_len: np.ndarray
    truncated: np.ndarray
    offsets: list[np.ndarray] | None


class Engine:
    """Runs a :class:`~framing.model.FramingModel` over many sentences fast.

    ``batch_tokens`` bounds padded tokens per batch (rows × padded length);
    ``precision`` is ``"auto"`` (bf16 on CUDA when supported, fp16 on other
    CUDA GPUs, fp32 on CPU), ``"fp32"``, ``"bf16"`` or ``"fp16"``.
    """

    def __init__(
        self,
        model,
        tokenizer,
        device: str | torch.device | None = None,
        batch_tokens: int | None = None,
        precision: str = "auto",
    ) -> None:
        self.device = resolve_device(device)
        self.model = model.to(self.device).eval()
        self.config = model.config
        self.batch_tokens = batch_tokens or (65536 if self.device.type == "cuda" else 4096)
        self.dtype = self._pick_dtype(precision)
        self._tokenizer = _raw_tokenizer(tokenizer)
        self._cls = self._special_id(tokenizer, "cls_token")
        self._sep = self._special_id(tokenizer, "sep_token")
        self._pad = self._special_id(tokenizer, "pad_token")

    # -- public ------------------------------------------------------------

    def run(
        self,
        sentences: Sequence[str],
        contexts: Sequence[str | None] | None = None,
        with_spans: bool = False,
    ) -> EngineOutput:
        """Score one list of sentences (optionally each with a context)."""
        return next(self.run_chunks([(sentences, contexts)], with_spans=with_spans))

    def run_chunks(
        self,
        chunks: Iterable[tuple[Sequence[str], Sequence[str | None] | None]],
        with_spans: bool = False,
    ) -> Iterator[EngineOutput]:
        """Score chunks in order, tokenizing the next chunk while this one runs."""
        jobs: queue.Queue = queue.Queue(maxsize=2)
        stop = threading.Event()

        def produce() -> None:
            try:
                for sentences, contexts in chunks:
                    if stop.is_set():
                        return
                    jobs.put(("ok", self.encode(sentences, contexts, with_offsets=with_spans)))
                jobs.put(("done", None))
            except BaseException as exc:  # handed to the consumer, re-raised there
                jobs.put(("error", exc))

        worker = threading.Thread(target=produce, name="framing-tokenize", daemon=True)
        worker.start()
        try:
            while True:
                kind, payload = jobs.get()
                if kind == "done":
                    return
                if kind == "error":
                    raise payload
                yield self.forward(payload, with_spans=with_spans)
        finally:
            stop.set()
            while worker.is_alive():
                try:
                    jobs.get(timeout=0.05)
                except queue.Empty:
                    pass

    # -- preprocess ----------------------------------------------------------

    def encode(
        self,
        sentences: Sequence[str],
        contexts: Sequence[str | None] | None = None,
        with_offsets: bool = False,
    ) -> _Encoded:
        """Tokenize and assemble ``[CLS] s [SEP] (c [SEP])`` rows, flat."""
        n = len(sentences)
        max_length = self.config.max_length
        cap = max_length * _CHARS_PER_TOKEN_CAP
        clipped = [s if len(s) <= cap else s[:cap] for s in sentences]
        if with_offsets:
            encodings = self._tokenizer.encode_batch(clipped, add_special_tokens=False)
            ids = [e.ids for e in encodings]
            offsets = [np.asarray(e.offsets, dtype=np.int64).reshape(-1, 2) for e in encodings]
        else:
            ids = [e.ids for e in self._tokenizer.encode_batch_fast(clipped, add_special_tokens=False)]
            offsets = None
        s_len, s_flat = _flatten(ids)
        use_context = contexts is not None and self.config.context == "previous"
        if use_context:
            if len(contexts) != n:
                raise InputError(f"got {n} sentences but {len(contexts)} contexts")
            ctx_text = [(c or "")[-self.config.max_context_tokens * _CHARS_PER_TOKEN_CAP:] for c in contexts]
            c_len, c_flat = _flatten([e.ids for e in self._tokenizer.encode_batch_fast(ctx_text, add_special_tokens=False)])
        else:
            c_len, c_flat = np.zeros(n, np.int64), np.zeros(0, np.int64)

        a = np.minimum(s_len, max_length - 2)
        truncated = s_len > a
        b = np.minimum(np.minimum(c_len, self.config.max_context_tokens), np.maximum(max_length - 3 - a, 0))
        has_b = b > 0
        row_len = 2 + a + b + has_b
        row_start = np.zeros(n, np.int64)
        np.cumsum(row_len[:-1], out=row_start[1:])
        total = int(row_len.sum())
        flat_ids = np.full(total, self._pad, np.int64)
        flat_types = np.zeros(total, np.int8)
        flat_ids[row_start] = self._cls
        # sentence tokens: the first a_i of each row's s tokens
        src = _segment_index(s_len, 0, a)
        flat_ids[_segment_index(row_len, 1, a, starts=row_start)] = s_flat[src]
        flat_ids[row_start + 1 + a] = self._sep
        # context tokens: the last b_i of each row's c tokens
        if has_b.any():
            c_src = _segment_index(c_len, c_len - b, b)
            dst = _segment_index(row_len, 2 + a, b, starts=row_start)
            flat_ids[dst] = c_flat[c_src]
            flat_types[dst] = 1
            ends = (row_start + row_len - 1)[has_b]
            flat_ids[ends] = self._sep
            flat_types[ends] = 1
        if offsets is not None:
            offsets = [o[:k] for o, k in zip(offsets, a.tolist())]
        return _Encoded(flat_ids, flat_types, row_start, row_len, a, truncated, offsets)

    # -- forward -------------------------------------------------------------

    def forward(self, enc: _Encoded, with_spans: bool = False) -> EngineOutput:
        """Run the model over assembled rows; results in input order."""
        n = len(enc.row_len)
        labels = len(self.config.labels)
        probs = np.zeros((n, labels), np.float32)
        tags: list[np.ndarray | None] = [None] * n if with_spans else []
        if n == 0:
            return EngineOutput(probs, enc.truncated, [] if with_spans else None, enc.offsets)
        order = np.argsort(-enc.row_len, kind="stable")
        batches = list(_token_budget_batches(enc.row_len[order], self.batch_tokens))
        prefetch = _Prefetcher(self, enc, order, batches)
        for rows, tensors in prefetch:
            logits, span_logits = self._guarded_forward(tensors, with_spans)
            probs[rows] = torch.softmax(logits.float() / self.config.temperature, dim=-1).cpu().numpy()
            if with_spans:
                best = span_logits.argmax(-1).to(torch.int8).cpu().numpy()
                for k, row in enumerate(rows.tolist()):
                    tags[row] = best[k, 1:1 + int(enc.sentence_len[row])]
        return EngineOutput(probs, enc.truncated, tags if with_spans else None, enc.offsets)

    def _guarded_forward(self, tensors: dict[str, torch.Tensor], with_spans: bool):
        """Forward one batch; on CUDA out-of-memory, split it and retry the halves."""
        try:
            return self._forward(tensors, with_spans)
        except torch.OutOfMemoryError:
            size = tensors["input_ids"].shape[0]
            if size == 1:
                raise
            logger.warning("CUDA out of memory on a batch of %d rows; retrying as two halves", size)
            if self.device.type == "cuda":
                torch.cuda.empty_cache()
            half = size // 2
            parts = [self._guarded_forward({k: v[:half] for k, v in tensors.items()}, with_spans),
                     self._guarded_forward({k: v[half:] for k, v in tensors.items()}, with_spans)]
            logits = torch.cat([p[0] for p in parts])
            spans = torch.cat([p[1] for p in parts]) if with_spans else None
            return logits, spans

    def _forward(self, tensors: dict[str, torch.Tensor], with_spans: bool):
        autocast = (
            torch.autocast(self.device.type, dtype=self.dtype)
            if self.dtype != torch.float32 else nullcontext()
        )
        with torch.inference_mode(), autocast:
            logits, span_logits = self.model(**tensors)
        return logits, (span_logits if with_spans else None)

    # -- helpers -------------------------------------------------------------

    def _pick_dtype(self, precision: str) -> torch.dtype:
        choices = {"fp32": torch.float32, "bf16": torch.bfloat16, "fp16": torch.float16}
        if precision == "auto":
            if self.device.type != "cuda":
                return torch.float32
            return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        if precision not in choices:
            raise InputError(f"precision must be 'auto', 'fp32', 'bf16' or 'fp16', got {precision!r}")
        return choices[precision]

    @staticmethod
    def _special_id(tokenizer, name: str) -> int:
        value = getattr(tokenizer, f"{name}_id", None)
        if value is None:
            raise InputError(f"the tokenizer has no {name}; framing needs a BERT-style tokenizer")
        return int(value)


class _Prefetcher:
    """Builds padded batch tensors on a side thread, pinned and copied ahead."""

    def __init__(self, engine: Engine, enc: _Encoded, order: np.ndarray, batches: list[tuple[int, int]]):
        self.engine, self.enc, self.order, self.batches = engine, enc, order, batches

    def _build(self, lo: int, hi: int) -> tuple[np.ndarray, dict[str, torch.Tensor]]:
        enc, engine = self.enc, self.engine
        rows = self.order[lo:hi]
        lengths = enc.row_len[rows]
        width = int(-(-lengths.max() // 8) * 8)
        cols = np.arange(width)
        mask = cols[None, :] < lengths[:, None]
        index = np.minimum(enc.row_start[rows][:, None] + cols[None, :], len(enc.flat_ids) - 1)
        ids = np.where(mask, enc.flat_ids[index], engine._pad)
        types = np.where(mask, enc.flat_types[index], 0)
        tensors = {
            "input_ids": torch.from_numpy(ids),
            "attention_mask": torch.from_numpy(mask.astype(np.int64)),
            "token_type_ids": torch.from_numpy(types.astype(np.int64)),
        }
        if engine.device.type == "cuda":
            tensors = {k: v.pin_memory().to(engine.device, non_blocking=True) for k, v in tensors.items()}
        return rows, tensors

    def __iter__(self):
        if self.engine.device.type != "cuda" or len(self.batches) < 2:
            for lo, hi in self.batches:
                yield self._build(lo, hi)
            return
        ready: queue.Queue = queue.Queue(maxsize=4)

        def produce() -> None:
            try:
                for lo, hi in self.batches:
                    ready.put(self._build(lo, hi))
                ready.put(None)
            except BaseException as exc:
                ready.put(exc)

        threading.Thread(target=produce, name="framing-batches", daemon=True).start()
        while (item := ready.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item


def _raw_tokenizer(tokenizer):
    """A copy of the Rust tokenizer with padding and truncation turned off."""
    from tokenizers import Tokenizer

    backend = getattr(tokenizer, "backend_tokenizer", None)
    if backend is None:
        raise InputError("framing needs a fast (Rust) tokenizer with a tokenizer.json")
    raw = Tokenizer.from_str(backend.to_str())
    raw.no_padding()
    raw.no_truncation()
    return raw


def _flatten(lists: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    lengths = np.fromiter(map(len, lists), dtype=np.int64, count=len(lists))
    flat = np.fromiter(chain.from_iterable(lists), dtype=np.int64, count=int(lengths.sum()))
    return lengths, flat


def _segment_index(row_len: np.ndarray, offset, count: np.ndarray, starts: np.ndarray | None = None) -> np.ndarray:
    """Flat positions of ``count[i]`` items from ``offset[i]`` within each row."""
    if starts is None:
        starts = np.zeros(len(row_len), np.int64)
        np.cumsum(row_len[:-1], out=starts[1:])
    base = np.repeat(starts + offset, count)
    first = np.repeat(np.cumsum(count) - count, count)
    return base + (np.arange(int(count.sum())) - first)


def _token_budget_batches(sorted_lengths: np.ndarray, budget: int) -> Iterator[tuple[int, int]]:
    """Cut rows sorted longest-first into ``(lo, hi)`` batches of ≤ budget padded tokens."""
    n, lo = len(sorted_lengths), 0
    while lo < n:
        width = int(-(-sorted_lengths[lo] // 8) * 8)
        rows = max(1, min(budget // width, _MAX_ROWS_PER_BATCH))
        yield lo, min(n, lo + rows)
        lo += rows
