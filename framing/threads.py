"""Run an iterator on a side thread, a few items ahead of its consumer.

Used to overlap work that releases the GIL (tokenizing in Rust, reading and
parsing files) with the consumer's (the model's forward pass). An error in
the producer is re-raised in the consumer, never swallowed, so a run cannot
end early looking complete; closing the consumer stops the producer.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from typing import TypeVar

__all__ = ["prefetch"]

T = TypeVar("T")


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
