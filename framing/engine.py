"""Batched inference: tokenize, bucket by length, run, restore order.

Every prediction in framing goes through :class:`Engine`: ``analyze``,
``classify``, corpus scoring and evaluation alike. The engine

* tokenizes each chunk in one batched call (a cache of words already seen
  for plain text, :mod:`framing.wordpiece`, else the Rust fast tokenizer)
  on a background thread, the next chunk while the model runs on this one, or, for
  a GPU that one process cannot feed, in worker processes
  (``tokenizer_workers``, :mod:`framing.workers`);
* assembles ``[CLS] sentence [SEP] context [SEP]`` rows with NumPy index
  arithmetic, with no per-row Python loop;
* sorts rows by length and cuts batches by a token budget, padding each
  batch to a multiple of 8 on CUDA (tensor-core friendly shapes) and to
  its longest row on CPU, where every padded token costs time;
* runs the model under ``torch.inference_mode`` in bf16/fp16 on CUDA
  (fp32 on CPU; ``compile=True`` through ``torch.compile``), splitting a
  batch in two when CUDA runs out of memory,
  with batches built, pinned and copied on a side thread and results left
  on the device until the chunk's last batch is queued (no wait per batch);
* hands back results in the caller's order.
"""

from __future__ import annotations

import logging
import os
import threading
import warnings
import weakref
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, nullcontext
from dataclasses import dataclass
from typing import cast
import numpy as np
import torch

from .encoding import Encoded, RowEncoder
from .errors import InputError, OptionError, counted
from .threads import prefetch
from .validation import check_flag, check_positive, check_precision
from . import workers
from .workers import EncoderPool, WorkerError, check_workers

#: Why ``compile`` and int8 precision are refused together (a quantized model is not compiled).
COMPILE_INT8 = ("compile=True (--compile) does not apply to precision='int8' (--precision int8); "
                "use one or the other")

__all__ = ["Engine", "EngineOutput", "resolve_device"]

logger = logging.getLogger(__name__)

_MAX_ROWS_PER_BATCH = 4096
_NO_TAGS = np.zeros((0, 0), np.int8)  # a placeholder row of span tags, replaced before use


def _one_thread_after_fork() -> None:
    """In a child process forked from this one, run torch on one thread: the OpenMP thread pool that the
    parent's torch started does not survive ``fork``, and a child that runs ops on several threads hangs
    in it. Workers that need more threads start with ``spawn`` or ``forkserver``."""
    torch.set_num_threads(1)
    logger.debug("forked child process %d: torch runs on one thread (start workers with 'spawn' or "
                 "'forkserver' for more)", os.getpid())


if hasattr(os, "register_at_fork"):  # absent on Windows, which has no fork
    os.register_at_fork(after_in_child=_one_thread_after_fork)


def resolve_device(device: str | torch.device | None) -> torch.device:
    """``None`` → CUDA when available, else CPU; validate explicit choices."""
    if device is None:
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    try:
        resolved = torch.device(device)
    except (RuntimeError, TypeError) as exc:
        raise InputError(f"device must be 'cpu', 'cuda', 'cuda:N' or None, got {device!r}") from exc
    if resolved.type == "cuda" and not torch.cuda.is_available():
        raise InputError(f"device {device!r} was requested but CUDA is not available on this machine; "
                         "use the CPU ('cpu')")
    if resolved.type not in ("cpu", "cuda"):
        raise InputError(f"device must be 'cpu', 'cuda', 'cuda:N' or None, got {device!r}")
    return resolved


def resolve_precision(precision: str, device: torch.device) -> str:
    """What ``precision`` runs as on ``device``: ``"auto"`` is bf16 on CUDA where supported, fp16 on other
    CUDA GPUs, fp32 on CPU; ``"int8"`` (dynamic quantisation) runs on CPU only."""
    check_precision(precision)
    if precision == "int8" and device.type != "cpu":
        raise InputError("precision='int8' (dynamic quantisation) runs on CPU only; use 'auto' on CUDA")
    if precision != "auto":
        return precision
    if device.type != "cuda":
        return "fp32"
    return "bf16" if torch.cuda.is_bf16_supported() else "fp16"


def check_engine_options(device: str | torch.device | None, batch_tokens: object, precision: str,
                         tokenizer_workers: object, compile: object) -> None:
    """Refuse a bad device, token budget, precision, worker count or compile flag, as :class:`Engine` would,
    without the model: :func:`framing.load` checks them before spending seconds reading it."""
    resolved = resolve_device(device)
    if batch_tokens is not None:
        check_positive(batch_tokens, "batch_tokens")
    resolve_precision(precision, resolved)
    check_workers(tokenizer_workers, resolved.type)
    check_flag(compile, "compile")
    if compile and precision == "int8":
        raise OptionError(COMPILE_INT8)


def default_batch_tokens(device_type: str) -> int:
    """Padded tokens per batch when none is given: large on a GPU, cache-sized on a CPU."""
    return 65536 if device_type == "cuda" else 2048


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
    #: ``(n,)`` whether the text's label can only be a weak guess (no letter, not English), when asked for.
    weak_text: np.ndarray | None = None


class Engine:
    """Runs a :class:`~framing.model.FramingModel` over many sentences fast.

    ``batch_tokens`` bounds padded tokens per batch (rows × padded length);
    ``precision`` is ``"auto"`` (bf16 on CUDA when supported, fp16 on other
    CUDA GPUs, fp32 on CPU), ``"fp32"``, ``"bf16"``, ``"fp16"``, or
    ``"int8"`` (dynamic quantisation of the linear layers, CPU only; a copy
    of the model is quantised). ``tokenizer_workers`` tokenize in that many
    worker processes (see :mod:`framing.workers`; ``"auto"``: up to 8 on
    CUDA, none on CPU), started at the first chunk of at least two parts'
    worth (``2 * MIN_PART`` sentences) and stopped by :meth:`close` or when
    the engine is collected; 0 tokenizes on a thread of this process.
    ``compile=True`` runs the model through ``torch.compile`` (shapes
    marked dynamic, so the batches' varying shapes share one compiled
    graph): faster on a GPU once warm, at a start-up cost of tens of
    seconds, so it is an option, not the default.

    Threads may share one engine: the worker pool and the compiled model are
    made once, whichever thread needs them first, and a lowered token budget
    (after an out-of-memory error) holds for all of them.
    """

    def __init__(
        self,
        model,
        tokenizer,
        device: str | torch.device | None = None,
        batch_tokens: int | None = None,
        precision: str = "auto",
        tokenizer_workers: int | str = 0,
        compile: bool = False,
    ) -> None:
        self.device = resolve_device(device)
        self.tokenizer_workers = check_workers(tokenizer_workers, self.device.type)
        self._pool: EncoderPool | None = None
        self.config = model.config
        self.batch_tokens = (check_positive(batch_tokens, "batch_tokens") if batch_tokens is not None
                             else default_batch_tokens(self.device.type))
        self.precision = resolve_precision(precision, self.device)
        self.quantized = self.precision == "int8"
        if self.quantized:
            with warnings.catch_warnings():  # torch announces the API's future move on every call; not news
                warnings.simplefilter("ignore", DeprecationWarning)
                warnings.filterwarnings("ignore", message=".*quantize_per_tensor.*")
                model = torch.ao.quantization.quantize_dynamic(model.cpu().eval(), {torch.nn.Linear},
                                                               dtype=torch.qint8)
        self.model = model.to(self.device).eval()
        check_flag(compile, "compile")
        if compile and self.quantized:
            raise OptionError(COMPILE_INT8)
        self.compiled = compile
        self._compiled_model: torch.nn.Module | None = None  # made at the first batch
        self.dtype = {"bf16": torch.bfloat16, "fp16": torch.float16}.get(self.precision, torch.float32)
        self.encoder = RowEncoder(tokenizer, model.config)
        self.pad_multiple = 8 if self.device.type == "cuda" else 1
        self._pad = self.encoder.pad_id
        self._lowered = False  # the token budget was lowered after an out-of-memory error
        self._lock = threading.Lock()  # guards making the pool and the compiled model, and lowering the budget
        logger.info("the model runs on %s in %s, in batches of at most %d padded tokens", self.device,
                    self.precision, self.batch_tokens)

    # -- public ------------------------------------------------------------

    def close(self) -> None:
        """Stop the worker processes, if any were started (a later chunk starts them again)."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.close()

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["_pool"] = None  # processes do not travel: a copy starts its own when it first needs them
        state["_compiled_model"] = None  # nor does a compiled graph: a copy compiles its own
        del state["_lock"]  # nor does a lock: a copy has its own
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()

    def run(
        self,
        sentences: Sequence[str],
        contexts: Sequence[str | None] | None = None,
        with_spans: bool = False,
    ) -> EngineOutput:
        """Score one list of sentences (optionally each with a context)."""
        with closing(self.run_chunks([(sentences, contexts)], with_spans=with_spans)) as outputs:
            return next(outputs)

    def run_chunks(
        self,
        chunks: Iterable[tuple[Sequence[str], Sequence[str | None] | None]],
        with_spans: bool = False,
        flag_texts: bool = False,
    ) -> Generator[EngineOutput, None, None]:
        """Score chunks in order, tokenizing the next chunks (on a side thread, or in the worker
        processes) while the model runs on this one; ``flag_texts`` fills :attr:`EngineOutput.weak_text`.

        ``chunks`` is read on the calling thread, ahead of the results (one chunk on a side thread, two
        with workers; a generator over a source bound to its thread, such as a database cursor, works):
        only chunks already read reach the tokenizers. Close it (``contextlib.closing``) when leaving it
        before its end, so that an interrupt while its thread stops is raised, not lost in a finaliser.
        """
        # Closed here, not by the garbage collector: Ctrl-C or SIGTERM landing while the tokenizer thread stops
        # must reach the caller, and a generator closed in a finaliser only prints what it raises.
        with closing(self._encoded(chunks, with_spans, flag_texts)) as encoded:
            for enc in encoded:
                yield self.forward(enc, with_spans=with_spans)

    def _encoded(self, chunks: Iterable[tuple[Sequence[str], Sequence[str | None] | None]], with_offsets: bool,
                 flag_texts: bool) -> Generator[Encoded, None, None]:
        """The chunks' rows in order, encoded ahead of the caller: on a side thread, one chunk ahead, or in
        the workers, two ahead; a chunk too small to be worth starting the workers for goes to the thread."""
        ahead = 2 if self.tokenizer_workers else 1
        pending: deque[Callable[[], Encoded]] = deque()
        with ThreadPoolExecutor(1, thread_name_prefix="framing-tokenize") as thread:
            for sentences, contexts in chunks:
                if self.tokenizer_workers == 0 or (self._pool is None and len(sentences) < 2 * workers.MIN_PART):
                    pending.append(thread.submit(self.encode, sentences, contexts, with_offsets, flag_texts).result)
                else:
                    pending.append(self._submit(sentences, contexts, with_offsets, flag_texts))
                if len(pending) > ahead:
                    yield pending.popleft()()
            while pending:
                yield pending.popleft()()

    def _submit(self, sentences: Sequence[str], contexts: Sequence[str | None] | None, with_offsets: bool,
                flag_texts: bool) -> Callable[[], Encoded]:
        """Send a chunk to the workers, starting them if need be, and to new ones if they had stopped (a worker
        killed while the pool was idle): a chunk fails only when a worker dies while it holds it."""
        pool = self._workers()
        try:
            return pool.submit(sentences, contexts, with_offsets, flag_texts)
        except WorkerError:
            return self._workers().submit(sentences, contexts, with_offsets, flag_texts)

    def _workers(self) -> EncoderPool:
        """The worker pool, started if it is not running or is broken (a worker died): by one thread alone, so
        that threads sharing the engine share one pool, and one thread's new pool is not stopped by another."""
        pool = self._pool
        if pool is not None and not pool.broken:
            return pool
        with self._lock:
            old = self._pool
            if old is not None and not old.broken:  # another thread started it meanwhile
                return old
            pool = self._pool = EncoderPool(self.encoder, self.tokenizer_workers)
            weakref.finalize(self, pool.close)
        if old is not None:  # a broken pool, stopped outside the lock
            old.close()
        return pool

    def encode(
        self,
        sentences: Sequence[str],
        contexts: Sequence[str | None] | None = None,
        with_offsets: bool = False,
        flag_texts: bool = False,
    ) -> Encoded:
        """Tokenize and assemble rows in this process (see :class:`~framing.encoding.RowEncoder`)."""
        return self.encoder.encode(sentences, contexts, with_offsets, flag_texts)

    # -- forward -------------------------------------------------------------

    def forward(self, enc: Encoded, with_spans: bool = False) -> EngineOutput:
        """Run the model over assembled rows; results in input order."""
        n = len(enc.row_len)
        labels = len(self.config.labels)
        probs = np.zeros((n, labels), np.float32)
        if n == 0:
            return EngineOutput(probs, enc.truncated, [] if with_spans else None, enc.offsets, enc.weak_text)
        order = np.argsort(-enc.row_len, kind="stable")
        batches = list(_token_budget_batches(enc.row_len[order], self.batch_tokens))
        # Results stay on the device until the chunk's last batch is queued: copying each batch's
        # results back would make the host wait for every batch before it could queue the next.
        pending: list[tuple[np.ndarray, torch.Tensor, torch.Tensor | None]] = []
        for rows, tensors in _Prefetcher(self, enc, order, batches):
            logits, span_logits = self._guarded_forward(tensors, with_spans)
            pending.append((rows, torch.softmax(logits.float() / self.config.temperature, dim=-1),
                            None if span_logits is None else span_tags(span_logits)))
        probs[np.concatenate([rows for rows, _, _ in pending])] = torch.cat([p for _, p, _ in pending]).cpu().numpy()
        if not with_spans:
            return EngineOutput(probs, enc.truncated, None, enc.offsets, enc.weak_text)
        tags: list[np.ndarray] = [_NO_TAGS] * n  # every row is in one batch, so each is replaced below
        for rows, _, on_device in pending:
            assert on_device is not None, "a forward pass asked for spans returned none"
            best = on_device.cpu().numpy()
            # each row's sentence tokens, at positions 1 .. n; the lengths read once per batch
            for k, (row, end) in enumerate(zip(rows.tolist(), (enc.sentence_len[rows] + 1).tolist())):
                tags[row] = best[k, 1:end]
        return EngineOutput(probs, enc.truncated, tags, enc.offsets, enc.weak_text)

    def _guarded_forward(self, tensors: dict[str, torch.Tensor],
                         with_spans: bool) -> tuple[torch.Tensor, torch.Tensor | None]:
        """Forward one batch; on CUDA out-of-memory, split it and retry the halves, and lower the token
        budget so that later batches (of this run and the next) do not fail the same way."""
        size, width = tensors["input_ids"].shape
        # planned before the budget was lowered (a half of an odd batch may exceed it by a row: let it run)
        if size > 1 and (size - 1) * width > self.batch_tokens:
            return self._halves(tensors, with_spans)
        try:
            return self._forward(tensors, with_spans)
        except torch.cuda.OutOfMemoryError:  # torch.OutOfMemoryError is the same class, but only from torch 2.4
            if size == 1:
                raise
            lowered = max(width, size * width // 2)
            with self._lock:  # the device's memory is every thread's: one budget for all, only ever lowered
                if lowered < self.batch_tokens:
                    # warned once, at the first lowering; later ones (if the budget was still too large) are logged
                    log = logger.warning if not self._lowered else logger.info
                    log("CUDA out of memory on a batch of %s of %d tokens; batches of at most %d tokens from "
                        "now on (batch_tokens was %d)", counted(size, "row"), width, lowered, self.batch_tokens)
                    self.batch_tokens, self._lowered = lowered, True
            if self.device.type == "cuda":
                torch.cuda.empty_cache()
            return self._halves(tensors, with_spans)

    def _halves(self, tensors: dict[str, torch.Tensor], with_spans: bool) -> tuple[torch.Tensor, torch.Tensor | None]:
        """Forward a batch as its two halves (each guarded), joined back in order."""
        half = tensors["input_ids"].shape[0] // 2
        parts = [self._guarded_forward({k: v[:half] for k, v in tensors.items()}, with_spans),
                 self._guarded_forward({k: v[half:] for k, v in tensors.items()}, with_spans)]
        logits = torch.cat([p[0] for p in parts])
        span_parts = [p[1] for p in parts if p[1] is not None]
        return logits, torch.cat(span_parts) if with_spans else None

    def _forward(self, tensors: dict[str, torch.Tensor], with_spans: bool) -> tuple[torch.Tensor, torch.Tensor | None]:
        autocast = (
            torch.autocast(self.device.type, dtype=self.dtype)
            if self.dtype != torch.float32 else nullcontext()
        )
        model = self.model
        if self.compiled:
            model = self._compiled_model if self._compiled_model is not None else self._compile()
        with torch.inference_mode(), autocast:
            logits, span_logits = model(**tensors, with_spans=with_spans)
        return logits, span_logits

    def _compile(self) -> torch.nn.Module:
        """The compiled model, made by the first thread to need it (``torch.compile`` compiles lazily, at its
        first call)."""
        with self._lock:
            if self._compiled_model is None:
                self._compiled_model = cast(torch.nn.Module, torch.compile(self.model, dynamic=True))
            return self._compiled_model


def span_tags(span_logits: torch.Tensor) -> torch.Tensor:
    """O/B/I ids per token and type: inside a span when O is less likely than not.

    Plain argmax over three tags splits a token's "in a span" probability
    between B and I and misses tokens where O wins only by that split.
    """
    probs = torch.softmax(span_logits.float(), dim=-1)
    inside = probs[..., 0] < 0.5
    begin = probs[..., 1] >= probs[..., 2]
    return torch.where(inside, torch.where(begin, 1, 2), 0).to(torch.int8)


class _Prefetcher:
    """Builds padded batch tensors on a side thread, pinned and copied ahead."""

    def __init__(self, engine: Engine, enc: Encoded, order: np.ndarray, batches: list[tuple[int, int]]):
        self.engine, self.enc, self.order, self.batches = engine, enc, order, batches

    def _build(self, lo: int, hi: int) -> tuple[np.ndarray, dict[str, torch.Tensor]]:
        rows = self.order[lo:hi]
        ids, mask, types = self.enc.padded(rows, self.engine._pad, self.engine.pad_multiple)
        tensors = {
            "input_ids": torch.from_numpy(ids),
            "attention_mask": torch.from_numpy(mask),
            "token_type_ids": torch.from_numpy(types),
        }
        if self.engine.device.type == "cuda":
            tensors = {k: v.pin_memory().to(self.engine.device, non_blocking=True) for k, v in tensors.items()}
        # kept on the host: the span head packs rows by these lengths without a device round trip
        tensors["sentence_lengths"] = torch.from_numpy(self.enc.sentence_len[rows].astype(np.int64) + 2)
        return rows, tensors

    def __iter__(self):
        if self.engine.device.type != "cuda" or len(self.batches) < 2:
            for lo, hi in self.batches:
                yield self._build(lo, hi)
            return
        yield from prefetch((self._build(lo, hi) for lo, hi in self.batches), depth=4, name="framing-batches")


def _token_budget_batches(sorted_lengths: np.ndarray, budget: int) -> Iterator[tuple[int, int]]:
    """Cut rows sorted longest-first into ``(lo, hi)`` batches of ≤ budget padded tokens."""
    n, lo = len(sorted_lengths), 0
    while lo < n:
        width = int(-(-sorted_lengths[lo] // 8) * 8)  # budget as if padded for CUDA
        rows = max(1, min(budget // width, _MAX_ROWS_PER_BATCH))
        yield lo, min(n, lo + rows)
        lo += rows
