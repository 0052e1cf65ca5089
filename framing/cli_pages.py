"""The html reports' pages in an ``--out`` folder (``framing analyze`` and ``framing report``): the index
linking them, checked before anything is written, and reports it no longer links."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from .cli_output import open_output, result_path, result_stem, shown_name
from .report import IndexEntry

#: Named, not __name__: the command's warnings come from one logger, whichever module gives them.
logger = logging.getLogger("framing.cli")


#: The page that links the html reports written into an --out folder.
_INDEX = "index.html"


def say_where_reports(command: str, count: int, folder: Path) -> None:
    """One line on standard error saying how many html reports ``framing COMMAND`` wrote and where their index is,
    the page to open or share; standard output stays empty, as a pipeline may read it. Printed with ``--quiet``
    too, as ``framing score`` and ``framing train`` print their summary lines: ``--quiet`` stills the bar alone."""
    print(f"framing {command}: wrote {count:,} report{'' if count == 1 else 's'} and the index to "
          f"{folder / _INDEX}", file=sys.stderr)


def write_index(folder: Path, reports: Iterable[IndexEntry], model: str | None,
                set_aside: Sequence[dict] = (), columns: Sequence[str] = (), unfinished_at: int | None = None) -> None:
    """Write ``folder``'s index page, linking each report with its meta's ``columns``, its sentence count and label
    shares, and listing the records ``set_aside`` that have none (and, for an unfinished score output, saying that
    it stopped ``unfinished_at`` records in); the page is complete (``reports`` read to the end) before its file is
    opened."""
    from .report import render_index

    page = render_index(reports, model=model_name(model), set_aside=set_aside, columns=columns,
                        unfinished_at=unfinished_at)
    with open_output(str(folder / _INDEX)) as handle:
        handle.write(page)


#: How many of the reports an index leaves out a warning names; it counts them all.
_UNLINKED_NAMED = 5
#: How much of the start and of the end of a page is read to tell whether framing wrote it as a report.
_PAGE_PEEK_BYTES = 4096


def warn_of_unlinked_reports(folder: Path, linked: list[Path]) -> None:
    """Warn that ``folder`` holds framing reports that its new index does not link (it links ``linked``): left
    from an earlier run into the folder, or from a FILE not read this time. They stay, but the index no longer
    reaches them, and nothing else would say so."""
    written = {_file_key(path) for path in [*linked, folder / _INDEX]}
    unlinked = sorted(shown_name(entry.name) for entry in folder.iterdir()
                      if _file_key(entry) not in written and _is_report_file(entry))
    if unlinked:
        named = ", ".join(unlinked[:_UNLINKED_NAMED])
        more = f" and {len(unlinked) - _UNLINKED_NAMED} more" if len(unlinked) > _UNLINKED_NAMED else ""
        logger.warning("--out %s holds %d framing report%s that its new %s does not link (from an earlier run, or "
                       "a FILE not read this time): %s%s; analyze their FILEs with these to link them all, or move "
                       "them", folder, len(unlinked), "s" if len(unlinked) > 1 else "", _INDEX, named, more)


def _file_key(path: Path) -> tuple[int, int] | None:
    """``path``'s device and inode, which tell a file however its name is spelt (in another case, on a file
    system that ignores case); ``None`` for one that cannot be read."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def _is_report_file(path: Path) -> bool:
    """Whether ``path`` is an HTML report that framing wrote (:func:`framing.report.is_report_page`, read from
    its start and end); ``False`` for one that cannot be read."""
    from .report import is_report_page

    if path.suffix.lower() not in (".html", ".htm") or not path.is_file():
        return False
    try:
        with open(path, "rb") as handle:
            start = handle.read(_PAGE_PEEK_BYTES)
            handle.seek(max(0, os.fstat(handle.fileno()).st_size - _PAGE_PEEK_BYTES))
            end = handle.read()
    except OSError:
        return False
    return is_report_page(start.decode("utf-8", "replace"), end.decode("utf-8", "replace"))


def index_problem(files: list[str], folder: Path) -> str | None:
    """Why the index of the html reports cannot be written into ``folder``, or ``None``: a FILE whose
    report would be the index (or share its name on a file system that ignores case), or something
    framing did not write already there, which the index would replace."""
    from .report import is_index_page

    for file in files:
        if result_stem(file).casefold() == "index":
            return (f"the report for {file} would be {result_path(folder, file, 'html')}, where the index of the "
                    f"reports goes; rename {file}, or analyze it alone (--out {result_stem(file)}-report.html)")
    index = folder / _INDEX
    if index.is_dir():
        return f"--out {folder}: {index} is a folder; the index of the reports goes there"
    if not index.exists():
        return None
    try:
        with open(index, encoding="utf-8", errors="replace") as handle:
            start = handle.read(4096)
    except OSError as exc:
        return f"--out {folder}: cannot read {index} to check that framing wrote it ({exc.strerror or exc})"
    if not is_index_page(start):
        return (f"--out {folder}: {index} exists and is not an index framing wrote; the index of the reports "
                "would replace it: move it, or choose another folder")
    return None


def model_name(model: str | None) -> str:
    """How the report's footer names ``--model``: "bundled" however the bundled model was named, else the
    folder's name, not its path, which may say more about the machine than the page should."""
    from .analyze import BUNDLED_NAME, DEFAULT_MODEL_DIR

    if model in (None, BUNDLED_NAME) or Path(model).expanduser().resolve() == DEFAULT_MODEL_DIR.resolve():
        return "bundled"
    return Path(model).expanduser().resolve().name or model
