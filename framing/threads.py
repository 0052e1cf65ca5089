"""Run an iterator on a side thread, a few items ahead of its consumer.

Used to overlap work that releases the GIL (tokenizing in Rust, reading and
parsing files) with the consumer's (the model's forward pass). An error in
the producer is re-raised in the consumer, never swallowed, so a run cannot
end early looking complete; closing the consumer stops the producer.
:func:`map_ahead` keeps reading its input on the caller's thread, for
inputs that are bound to it (a database cursor, a generator over one).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

__all__ = ["map_ahead", "prefetch"]

T = TypeVar("T")
R = TypeVar("R")


def prefetch(items: Iterable[T], depth: int = 2, name: str = "framing-prefetch") -> Iterator[T]:
    """Yield ``items`` in order, produced on a side thread at most ``depth`` ahead."""
    channel: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()
    done = object()

    def put(item) -> bool:
        while not stop.is_set():
            try:
                channel.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not put(("ok", item)):
                    return
            put(("ok", done))
        except BaseException as exc:  # handed to the consumer, re-raised there
            put(("error", exc))

    worker = threading.Thread(target=produce, name=name, daemon=True)
    worker.start()
    try:
        while True:
            kind, item = channel.get()
            if kind == "error":
                raise item
            if item is done:
                return
            yield item
    finally:
        stop.set()


def map_ahead(function: Callable[[T], R], items: Iterable[T], name: str = "framing-map") -> Iterator[R]:
    """Yield ``function(item)`` for each of ``items`` in order, each computed on a side thread while the
    consumer works on the result before it.

    ``items`` is read on the calling thread, one item ahead of the results yielded: the side thread only
    ever sees items already read, so a source bound to its thread works, and an error in reading it is
    raised in the caller as it is. An error in ``function`` is re-raised in the consumer.
    """
    with ThreadPoolExecutor(1, thread_name_prefix=name) as worker:
        ahead = None
        for item in items:
            job = worker.submit(function, item)
            if ahead is not None:
                yield ahead.result()
            ahead = job
        if ahead is not None:
            yield ahead.result()
