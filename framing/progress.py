"""One way to make a progress bar: tqdm on stderr, silent unless asked for."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager


def progress_bar(enabled: bool, desc: str, unit: str, total: int | None = None, leave: bool = True):
    """A tqdm bar on stderr; a silent, do-nothing one unless ``enabled``."""
    from tqdm.auto import tqdm

    return tqdm(total=total, desc=desc, unit=unit, leave=leave, disable=not enabled, dynamic_ncols=True)


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
