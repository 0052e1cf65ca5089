"""One way to make a progress bar: tqdm on stderr, silent unless asked for."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Any
from contextlib import contextmanager

#: The columns and lines a bar is drawn for where the terminal reports no size: tqdm's for an 80 x 24 terminal.
FALLBACK_SIZE = (79, 23)

#: The characters of a document, one of several counted on a bar of documents, whose sentences get a bar of their
#: own under it (left off the screen when done): some 15,000 words, which the model reads for a minute or more on a
#: CPU while the bar of documents stands still. ``Analyzer.analyze_many`` and ``framing analyze`` of several FILEs
#: both follow it.
LONG_DOCUMENT_CHARS = 100_000


def long_document(text: str) -> bool:
    """Whether ``text``, one of several documents counted on a bar, gets a bar of its sentences under it."""
    return len(text) >= LONG_DOCUMENT_CHARS


def progress_bar(enabled: bool, desc: str, unit: str, total: int | None = None, leave: bool = True) -> Any:
    """A tqdm bar on stderr; a silent, do-nothing one unless ``enabled`` (not a disabled tqdm bar, which still
    starts tqdm's monitor thread: a service calling ``analyze`` should not find a thread it never asked for)."""
    if not enabled:
        logged = _LOGGED.get()
        return SilentBar(total) if logged is None else LoggedBar(total, unit, *logged)
    from tqdm.auto import tqdm

    return tqdm(total=total, desc=desc, unit=unit, leave=leave, **bar_size())


def bar_size() -> dict[str, Any]:
    """tqdm's size arguments for a bar on stderr: following the terminal's width as it changes, or
    :data:`FALLBACK_SIZE` where the terminal reports a size of 0 (a pseudo-terminal under ``script``, some
    ``docker exec -t`` and CI shells), on which tqdm would draw nothing at all (it takes one less than the size,
    and finds no line to draw on)."""
    try:
        columns, lines = os.get_terminal_size(sys.stderr.fileno()) if sys.stderr.isatty() else (None, None)
    except (AttributeError, OSError, ValueError):  # no file behind stderr (a notebook's): tqdm copes
        columns = lines = None
    if columns == 0 or lines == 0:
        return {"ncols": FALLBACK_SIZE[0], "nrows": FALLBACK_SIZE[1]}
    return {"dynamic_ncols": True}


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


#: How often, at most, a :class:`LoggedBar` logs its count.
LOG_SECONDS = 30.0
#: The logger and the line's first words of the bars :func:`logged_progress` logs meanwhile; ``None`` outside it.
_LOGGED: ContextVar[tuple[logging.Logger, str] | None] = ContextVar("framing_logged_progress", default=None)


class LoggedBar(SilentBar):
    """In place of a bar off a terminal (a batch job's log, cron, ``nohup``), where none is drawn: a line logged at
    the first update, then at most every :data:`LOG_SECONDS`, and when the count reaches its total, as ``framing
    score`` logs its commits: "long.txt: 1,200 of 2,400 sentences (40.0 sentences/s)"."""

    def __init__(self, total: int | None, unit: str, logger: logging.Logger, name: str) -> None:
        super().__init__(total)
        self._unit, self._logger, self._name = unit, logger, name
        self._began = self._logged = time.monotonic()

    def update(self, n: int = 1) -> None:
        super().update(n)
        now = time.monotonic()
        if self.n == n or self.n == self.total or now - self._logged >= LOG_SECONDS:
            self._logged = now
            self._log(self.n / max(now - self._began, 1e-3))

    def _log(self, rate: float) -> None:
        """Log the count so far, at ``rate`` a second."""
        total = "" if self.total is None else f" of {self.total:,}"
        self._logger.info("%s: %s%s %ss (%s %ss/s)", self._name, f"{self.n:,}", total, self._unit,
                          f"{rate:,.1f}", self._unit)


@contextmanager
def logged_progress(enabled: bool, logger: logging.Logger, name: str) -> Iterator[None]:
    """With ``enabled``, each bar :func:`progress_bar` would leave silent meanwhile is a :class:`LoggedBar` on
    ``logger`` (set to INFO meanwhile, so that its lines show without ``-v``), its lines starting with ``name``:
    the command line's progress off a terminal, where no bar is drawn. Whether a bar is drawn is unchanged, so
    how the text is cut into chunks, and its scores, are too."""
    if not enabled:
        yield
        return
    level = logger.level
    logger.setLevel(logging.INFO)
    token = _LOGGED.set((logger, name))
    try:
        yield
    finally:
        _LOGGED.reset(token)
        logger.setLevel(level)


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
