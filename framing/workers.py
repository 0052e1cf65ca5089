"""Worker processes that turn sentences into model rows, for a GPU that one process cannot feed.

On a fast GPU the forward pass costs a few microseconds a sentence, and the
per-sentence Python work around it (reading a lead or dateline, tokenizing,
the language guard) costs several times that. Python runs that work on one
core at a time, so :class:`EncoderPool` spreads each chunk over worker
processes: each part goes out as a list of strings and comes back as
NumPy arrays (:class:`~framing.encoding.Encoded`), joined in order.

Workers start with ``spawn``: they import neither torch nor the caller's
CUDA state, only :mod:`framing.encoding`. As with any ``spawn`` pool, a
script that starts one must guard its top level with
``if __name__ == "__main__":``.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from .encoding import Encoded, RowEncoder
from .errors import FramingError, InputError, counted

__all__ = ["EncoderPool", "WorkerError", "auto_workers", "check_workers"]

logger = logging.getLogger(__name__)

#: The fewest sentences sent to one worker: below this, shipping a part costs more than encoding it.
MIN_PART = 512

_ENCODER: RowEncoder | None = None  # each worker's own, set once when it starts


def auto_workers(device_type: str) -> int:
    """Workers for ``tokenizer_workers="auto"``: on CUDA, the cores less two (the main thread and the batch builder),
    at most 8; none on CPU, whose cores the forward pass needs."""
    if device_type != "cuda":
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(0, min(8, cores - 2))


def check_workers(workers: object, device_type: str) -> int:
    """``workers`` as a count: a whole number ≥ 0, or ``"auto"`` (see :func:`auto_workers`)."""
    if workers == "auto":
        return auto_workers(device_type)
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 0:
        raise InputError(f"tokenizer_workers must be a whole number >= 0 or 'auto', got {workers!r}")
    return workers


class WorkerError(FramingError, RuntimeError):
    """A tokenizer worker process ended without finishing its part (killed, or out of memory)."""


def _start_worker(encoder: RowEncoder) -> None:
    global _ENCODER
    os.environ["RAYON_NUM_THREADS"] = "1"  # one core per worker: the pool is the parallelism
    # Ctrl-C in a terminal, and SIGTERM from ``timeout`` or systemd, reach every process of the group: the main
    # process handles them and stops the pool, which it could not do cleanly were its workers already dead
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    # so a worker ends itself when the main process ends without stopping it (killed, or SIGTERM unhandled)
    threading.Thread(target=_exit_with_parent, daemon=True, name="framing-parent-watch").start()
    _ENCODER = encoder


def _exit_with_parent() -> None:
    """End this worker once its main process has ended (a worker's thread, started by :func:`_start_worker`)."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        parent.join()
        os._exit(1)


class _WorkerProcess(multiprocessing.context.SpawnProcess):
    """A worker process, which ignores SIGTERM (see :func:`_start_worker`): ``terminate()``, with which the
    pool stops the workers left once one has died, kills it (SIGKILL), where SIGTERM would leave the pool
    waiting for it forever."""

    def terminate(self) -> None:
        self.kill()


class _WorkerContext(multiprocessing.context.SpawnContext):
    Process = _WorkerProcess


def _encode_part(sentences: Sequence[str], contexts: Sequence[str | None] | None, with_offsets: bool,
                 flag_texts: bool) -> Encoded:
    assert _ENCODER is not None, "a framing worker ran before it was started"
    return _ENCODER.encode(sentences, contexts, with_offsets, flag_texts)


class EncoderPool:
    """``workers`` processes that run :meth:`RowEncoder.encode` on parts of each chunk.

    :meth:`submit` returns at once; the function it returns waits for the
    parts and joins them. Results are those of ``encoder.encode`` on the
    whole chunk, row for row.
    """

    def __init__(self, encoder: RowEncoder, workers: int) -> None:
        if workers < 1:
            raise InputError(f"an EncoderPool needs at least one worker, got {workers}")
        self.workers = workers
        #: Whether a worker died: the pool takes no more work, and its engine starts a new one.
        self.broken = False
        self._executor = ProcessPoolExecutor(workers, mp_context=_WorkerContext(), initializer=_start_worker,
                                             initargs=(encoder,))
        logger.info("tokenizing in %s", counted(workers, "worker process", "worker processes"))

    def submit(self, sentences: Sequence[str], contexts: Sequence[str | None] | None = None,
               with_offsets: bool = False, flag_texts: bool = False) -> Callable[[], Encoded]:
        """Send ``sentences`` out in up to ``workers`` parts of at least :data:`MIN_PART`; the function
        returned gives their :class:`Encoded`, joined in order (re-raising a worker's error)."""
        n = len(sentences)
        parts = max(1, min(self.workers, n // MIN_PART))
        bounds = [n * k // parts for k in range(parts + 1)]
        try:
            futures: list[Future[Encoded]] = [
                self._executor.submit(_encode_part, list(sentences[lo:hi]),
                                      None if contexts is None else list(contexts[lo:hi]), with_offsets, flag_texts)
                for lo, hi in zip(bounds, bounds[1:])
            ]
        except BrokenProcessPool as exc:  # a worker died while the pool was idle
            self.broken = True
            raise WorkerError("a tokenizer worker process had ended (killed, or out of memory?) before this "
                              "chunk was sent") from exc
        return lambda: Encoded.concat([self._result(future) for future in futures])

    def _result(self, future: Future[Encoded]) -> Encoded:
        try:
            return future.result()
        except BrokenProcessPool as exc:
            self.broken = True
            raise WorkerError("a tokenizer worker process ended without finishing its part (killed, or out of "
                              "memory?); nothing of this chunk was returned. The next call starts new workers; "
                              "tokenizer_workers=0 tokenizes in this process") from exc

    def close(self) -> None:
        """Stop the workers (work not yet started is dropped)."""
        self._executor.shutdown(wait=True, cancel_futures=True)
