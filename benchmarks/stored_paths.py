"""Paths as the results files store them: a results file is committed, so it names no folder of the machine
that wrote it (``/tmp/run2/...``, a home or scratch folder), only paths inside the repository."""

from __future__ import annotations

import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: What stands for the folders above a path outside the repository.
OUTSIDE = "<outside>"


def stored_path(path: str | os.PathLike) -> str:
    """``path`` as a results file stores it: an absolute path inside the repository relative to it
    (``framing/default_model``), one outside it as ``<outside>/`` and its last part (``<outside>/v6``); a
    relative path (or a name such as ``default``) as given, since it names no folder of the machine."""
    text = os.fspath(path)
    if not os.path.isabs(text):
        return text
    absolute = Path(os.path.abspath(text))
    for root in (ROOT, Path(os.path.abspath(ROOT))):
        if absolute.is_relative_to(root):
            return absolute.relative_to(root).as_posix() or "."
    return f"{OUTSIDE}/{absolute.name}"


def stored_text(text: str, *paths: str | os.PathLike) -> str:
    """``text`` (a command's output) with each of ``paths``, written out whole or as a folder of a longer
    path, as :func:`stored_path` gives it (``/tmp/bench/full`` under ``/tmp/bench``: ``<outside>/bench/full``)."""
    for path in sorted({os.path.abspath(p) for p in paths}, key=len, reverse=True):
        shown = stored_path(path)
        text = re.sub(re.escape(path) + r"(?![^/\s)\"',;])", lambda _: shown, text)  # noqa: B023 - used at once
    return text


def stored_argv(argv: list[str]) -> list[str]:
    """Command-line arguments with each absolute path written as :func:`stored_path` gives it."""
    return [stored_path(arg) if os.path.isabs(arg) else arg for arg in argv]
