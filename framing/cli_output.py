"""Where the ``framing`` command's results go: ``--out`` checked before a model loads, files rewritten whole or
not at all, standard output as UTF-8, the format an ending asks for, result names in an ``--out`` folder, CSV
for spreadsheets, and errors worded for the command line."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PureWindowsPath
from typing import TextIO, cast

from .cli_options import excel_problem
from .errors import FramingError, command_line_wording, written_message
from .textio import CsvWriter
from .validation import creation_error


#: ``--out -`` means standard output, as ``-`` for FILE means standard input.
STDOUT = "-"


def option_wording(exc: BaseException) -> str:
    """The message of ``exc``, raised by the library, as the command line says it: a setting named as its
    option alone ("use --resume to continue it"), where the library names it for Python and the command
    line at once ("resume=True (--resume)") and ``str()`` for Python alone."""
    return command_line_wording(written_message(exc))


def write_output(args, content: str) -> None:
    with open_output(args.out) as handle:
        handle.write(content)


def shown_name(file: str) -> str:
    """``file`` as results show it: as given, but for a name that is not UTF-8 (``x\\xff.txt`` on a Linux
    file system), whose undecodable bytes are written as ``\\xff`` escapes, since no UTF-8 page, table or
    JSON can hold them as they are."""
    try:
        file.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(file).decode("utf-8", "backslashreplace")
    return file


def shown_folder(folder: str, windows: bool = os.name == "nt") -> str:
    """The folder ``folder`` (``--out``) as given, but as the system writes it and ending in its separator, so that
    it reads as a folder: ``results/`` for ``results`` on Linux and macOS, ``results\\`` for ``results`` or
    ``results/`` on Windows (``windows``), where each "/" is written "\\"; a root (``/``, ``C:\\``) and a drive
    alone (``C:``, that drive's current folder) end as they are. Shown as :func:`shown_name` shows a name."""
    separator = "\\" if windows else "/"
    text = folder.replace("/", separator)
    if not text.endswith(separator) and not (windows and PureWindowsPath(text).drive == text):
        text += separator
    return shown_name(text)


def result_stem(file: str) -> str:
    """The name, without its ending, of the result for ``file`` in an ``--out`` folder: the FILE's stem as
    results show it (see :func:`shown_name`), so that the index can link it."""
    return shown_name(Path(file).stem)


def to_stdout(path: str | None) -> bool:
    return path is None or path == STDOUT


def output_problem(path: str, option: str = "--out") -> str | None:
    """Why the output file ``path`` cannot be written (a folder, its folder missing, no permission to write
    it or to create it in its folder), or ``None``.

    Commands check before a model is loaded or input read, so a typo in the
    output path costs nothing. A new file's folder is tried by creating (and removing) an empty file in it
    (:func:`~framing.validation.creation_error`, as ``folder_problem`` does for an output folder), since
    ``os.access`` says yes to root wherever a folder allows no new file (/proc, an immutable folder).
    """
    if not path:
        return f"{option} is empty; give a file path"
    target = Path(path)
    if target.is_dir():
        return f"cannot write {option} {path}: it is a folder; give a file path"
    folder = target.resolve().parent
    if not folder.exists():
        return f"cannot write {option} {path}: its folder {folder} does not exist"
    if not folder.is_dir():
        return f"cannot write {option} {path}: {folder} is a file, not a folder"
    if os.path.exists(path):  # rewritten in place when its folder is read-only
        if not os.access(path, os.W_OK):
            return f"cannot write {option} {path}: the file is read-only to you (permission denied)"
    elif not os.access(folder, os.W_OK | os.X_OK):
        return f"cannot write {option} {path}: you may not create files in its folder {folder} (permission denied)"
    else:
        error = creation_error(folder)
        if error is not None:
            return (f"cannot write {option} {path}: cannot create files in its folder {folder} "
                    f"({error.strerror or error})")
    return None


def check_out(args, file: str) -> bool:
    """Print the usage error for an ``--out`` that cannot be written or is the input ``file`` itself; ``True``
    when it can be written (or is stdout)."""
    problem = None if to_stdout(args.out) else output_problem(args.out)
    if problem is None and not to_stdout(args.out) and file != "-" and same_file(file, args.out):
        problem = f"--out {args.out} is the input FILE; write the output to another file"
    if problem:
        print(f"framing {args.command}: error: {command_line_wording(problem)}", file=sys.stderr)
    return problem is None


def same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet)
        return False


class _Written:
    """A text file being written: a write that fails is one clear error naming ``--out`` (a closed
    pipe stays a ``BrokenPipeError``, which :func:`framing.cli.main` treats as the reader going away)."""

    def __init__(self, handle: TextIO, path: str) -> None:
        self.handle, self.path = handle, path

    def write(self, text: str) -> int:
        try:
            return self.handle.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise FramingError(f"{self.path}: cannot write ({exc.strerror or exc})") from None


@contextmanager
def open_output(path: str | None) -> Iterator[TextIO]:
    """``path`` opened for writing (standard output for ``None`` or ``-``).

    An existing regular file is rewritten beside itself and renamed over the old one once complete
    (keeping its permission bits), so a run that fails half-way (bad input, a full disk) leaves it as
    it was; a device or pipe (``/dev/stdout``, ``/dev/null``), a new file's folder you cannot write
    to, or a file there you may write but not replace, is written in place. A failure to write is one
    clear error, not a traceback.
    """
    if to_stdout(path):
        yield from _results_stdout()
        return
    assert path is not None  # None is standard output
    target = Path(os.path.realpath(path))  # through a symlink, its target is rewritten
    in_place = (os.path.abspath(path).startswith(("/dev/", "/proc/")) or (target.exists() and not target.is_file())
                or not os.access(target.parent, os.W_OK))
    if target.exists() and not os.access(target, os.W_OK):
        raise FramingError(f"{path}: cannot write (Permission denied)")
    temp = target if in_place else target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        handle = open(path if in_place else temp, "w", encoding="utf-8")
    except OSError as exc:
        raise FramingError(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        yield cast(TextIO, _Written(handle, path))  # its callers only write
        try:  # the writes raise through _Written; closing (flushing) and renaming can fail here
            handle.close()
            if not in_place:
                if target.exists():
                    os.chmod(temp, target.stat().st_mode & 0o7777)
                os.replace(temp, target)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise FramingError(f"{path}: cannot write ({exc.strerror or exc})") from None
    finally:
        if not handle.closed:
            try:
                handle.close()
            except OSError:
                pass  # the error that got us here is the one to report
        if not in_place and temp.exists():
            temp.unlink()


def _results_stdout() -> Iterator[TextIO]:
    """Standard output for results. Redirected to a file or pipe it is written as UTF-8, as every file
    framing writes, whatever encoding Python guessed for it (``PYTHONIOENCODING=cp1252``, a Windows
    locale); a terminal keeps its own encoding, with "?" for a character it lacks. Either way a character
    the encoding lacks no longer stops the run half-way."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    if encoding == "utf8" or not hasattr(sys.stdout, "buffer"):
        yield sys.stdout
        return
    sys.stdout.flush()
    terminal = sys.stdout.isatty()
    handle = io.TextIOWrapper(sys.stdout.buffer, encoding=sys.stdout.encoding if terminal else "utf-8",
                              errors="replace" if terminal else "strict", write_through=True)
    try:
        yield handle
        handle.flush()
    finally:
        handle.detach()  # leaves sys.stdout's buffer open


#: The ending of each format's file in ``framing analyze``'s --out folder.
RESULT_SUFFIXES = {"table": ".txt", "json": ".json", "html": ".html", "csv": ".csv"}


def result_path(folder: Path, file: str, format: str) -> Path:
    """Where ``framing analyze`` writes the result for the input ``file`` in ``folder``."""
    return folder / (result_stem(file) + RESULT_SUFFIXES[format])


#: The format each ending of ``--out`` asks for, per command; a path without one (standard output, a device
#: such as /dev/stdout) gets the command's default format.
_ENDINGS = {
    "analyze": {"": "table", ".txt": "table", ".json": "json", ".html": "html", ".htm": "html", ".csv": "csv"},
    "classify": {".csv": "csv"},
}
#: Endings that name a file, never a folder of results: analyze's result endings and other tables'.
FILE_ENDINGS = frozenset(_ENDINGS["analyze"]) - {""} | {".jsonl", ".tsv"}
#: The format of an ``--out`` ending not in :data:`_ENDINGS`; a command not here refuses such an ending.
_OTHER_ENDINGS = {"classify": "jsonl"}  # classify has always written JSON Lines, whatever the name


def known_endings(command: str) -> str:
    """The endings of ``--out`` that choose a format, for messages: ".txt → table, .json → json, ..."."""
    return ", ".join(f"{ending} → {format}" for ending, format in _ENDINGS[command].items() if ending)


def check_format(args) -> bool:
    """Take ``--format`` from ``--out``'s ending when it is not given; print the usage error for an ending
    that names no format (``sentences.tsv``), or for ``--excel`` with another format than csv, and return
    ``False``."""
    if args.format is None:
        ending = os.path.splitext(args.out or "")[1]
        args.format = _ENDINGS[args.command].get(ending.lower(), _OTHER_ENDINGS.get(args.command))
        if args.format is None:
            print(f"framing {args.command}: error: --out {args.out}: its ending {ending} names no output format; "
                  f"known endings: {known_endings(args.command)} (or give --format)", file=sys.stderr)
            return False
    problem = excel_problem(args)
    if problem:
        print(f"framing {args.command}: error: {command_line_wording(problem)}", file=sys.stderr)
    return problem is None


#: What makes a spreadsheet read a cell as a formula (OWASP's list for CSV injection): "=SUM(...)",
#: "+1", "-2", "@CityPolice said...", and a tab or carriage return before them.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _excel_cell(value):
    """``value`` as a spreadsheet should show it: text that starts like a formula gets a ``'`` in front,
    which spreadsheets take for text (OWASP's advice against CSV injection); other values are kept."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


class _ExcelCsvWriter:
    """CSV rows for spreadsheets: a UTF-8 byte-order mark first, by which Excel reads the file as UTF-8
    (curly quotes, accents), and every cell through :func:`_excel_cell`."""

    def __init__(self, handle: TextIO, mark: bool = True) -> None:
        if mark:  # the file's first bytes; rows following others' go without it
            handle.write("\ufeff")
        self._writer = CsvWriter(handle)

    def writerow(self, row: list) -> None:
        self._writer.writerow([_excel_cell(value) for value in row])


def csv_writer(handle: TextIO, excel: bool, mark: bool = True):
    """A CSV writer on ``handle``: plain, or with ``excel`` (``--excel``) one for spreadsheets, its byte-order mark
    first unless not ``mark``."""
    return _ExcelCsvWriter(handle, mark) if excel else CsvWriter(handle)
