"""One way to make a progress bar: tqdm on stderr, silent unless asked for."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any
from contextlib import contextmanager


def progress_bar(enabled: bool, desc: str, unit: str, total: int | None = None, leave: bool = True) -> Any:
    """A tqdm bar on stderr; a silent, do-nothing one unless ``enabled`` (not a disabled tqdm bar, which still
    starts tqdm's monitor thread: a service calling ``analyze`` should not find a thread it never asked for)."""
    if not enabled:
        return SilentBar(total)
    from tqdm.auto import tqdm

    return tqdm(total=total, desc=desc, unit=unit, leave=leave, dynamic_ncols=True)


class SilentBar:
    """A progress bar that shows nothing: the part of tqdm's interface the library uses, doing nothing."""

    def __init__(self, total: int | None = None) -> None:
        self.total = total
        self.n = 0

    def update(self, n: int = 1) -> None:
        self.n += n

    def refresh(self) -> None:
        """Nothing to draw."""

    def close(self) -> None:
        """Nothing to clear."""

    def __enter__(self) -> SilentBar:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextmanager
def loading_note(enabled: bool) -> Iterator[None]:
    """Unless not ``enabled``, "loading the model ..." on stderr meanwhile, then its line cleared for the bar or
    an error: the first load of a session verifies the base encoder, some seconds of silence otherwise."""
    if not enabled:
        yield
        return
    sys.stderr.write("loading the model ...")
    sys.stderr.flush()
    try:
        yield
    finally:
        sys.stderr.write("\r\033[K")
        sys.stderr.flush()
