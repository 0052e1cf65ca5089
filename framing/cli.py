"""The ``framing`` command: a thin layer over importable functions.

Each sub-command parses and validates its arguments, then calls library
code. User errors print one line to stderr and exit non-zero (2 for usage
errors, 1 for bad input or models); they never show a traceback.
"""

from __future__ import annotations

import argparse
import csv
import io
import itertools
import json
import logging
import os
import re
import shlex
import shutil
import sys
import textwrap
import time
import traceback
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any, TextIO, cast

from . import __version__
from .columns import fit, label_columns
from .document import Document, DocumentRecord
from .errors import (FramingError, InputError, OptionError, command_line_warnings, command_line_wording, counted,
                     interruption, sigterm_interrupts, written_message)
from .profile import current_profile
from .progress import SilentBar
from .report import LANGUAGE_TAG, IndexEntry, whole_percentages
from .validation import PRECISIONS, creation_error, read_json
from .textio import CsvWriter, json_cell, json_line

__all__ = ["main", "format_table", "output_problem"]

logger = logging.getLogger("framing.cli")  # named, not __name__: "python -m framing.cli" runs it as __main__

#: ``--out -`` means standard output, as ``-`` for FILE means standard input.
STDOUT = "-"

_COLOURS = {
    "reported_fact": "\033[37m",
    "attributed_claim": "\033[36m",
    "official_denial": "\033[33m",
    "editorial_opinion": "\033[35m",
}
_RESET = "\033[0m"


def _add_model_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", default=None, type=non_empty_argument, metavar="DIR",
                        help="model folder saved by 'framing train' "
                             "(default, or the word 'default': the bundled model)")
    parser.add_argument("--device", default=None, type=device_argument,
                        help="cpu, cuda or cuda:N (default: CUDA when available)")
    parser.add_argument("--precision", choices=PRECISIONS, default="auto",
                        help="auto (default): bf16 on CUDA, fp16 on GPUs without bf16, fp32 on CPU; int8 runs on "
                             "CPU only")
    parser.add_argument("--batch-tokens", type=_at_least_one, default=None, metavar="TOKENS",
                        help="padded tokens per model batch, at least 1 (default: 65536 on CUDA, 2048 on CPU)")


def _add_engine_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--tokenizer-workers", type=tokenizer_workers_argument, default=0, metavar="N",
                        help="worker processes that tokenize: a whole number, or auto (the cores less two, at "
                             "most 8, on CUDA; none on CPU); default 0, a side thread of this process, which was "
                             "faster on an H200 (benchmarks/README.md)")
    parser.add_argument("--compile", action="store_true",
                        help="run the model through torch.compile: faster on a GPU for large inputs, after tens "
                             "of seconds of compiling")


def tokenizer_workers_argument(value: str) -> int | str:
    """``--tokenizer-workers``' type: ``auto`` or a whole number of at least 0 (exit 2 otherwise)."""
    return value if value == "auto" else _whole_number(value, 0, "a whole number or 'auto'")


def device_argument(value: str) -> str:
    """``--device``'s type: its form is checked with the other options (exit 2), before data or model load."""
    from .validation import device_problem

    problem = device_problem(value)
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return value


def encoding_argument(value: str) -> str:
    """``--encoding``'s type: a text encoding Python knows, as it names it (``latin-1`` is ``iso8859-1``); else a
    usage error naming the value (exit 2), before any file is read or model loaded."""
    from .textio import check_encoding

    try:
        return check_encoding(value)
    except InputError:
        raise argparse.ArgumentTypeError(f"not a text encoding Python knows, got {value!r}; give one such as utf-8 "
                                         "(the default), cp1252 (Windows-1252) or latin-1") from None


def add_encoding_option(parser: argparse.ArgumentParser, what: str) -> None:
    """``--encoding NAME``: the encoding of the text files ``what`` names."""
    parser.add_argument("--encoding", type=encoding_argument, default="utf-8", metavar="NAME",
                        help=f"the encoding of {what}, a name Python knows: cp1252 (Windows-1252), latin-1, "
                             "utf-16... (default: utf-8); a file that does not decode in it is refused, as is UTF-8 "
                             "text beyond ASCII, which another encoding would garble")


def number_argument(value: str) -> int | float:
    """The type of an option taking a number: a whole number as ``int``, any other as ``float``, so that the
    option's own check names a value refused as it was typed (``got -1``, not ``got -1.0``)."""
    try:
        return int(value)
    except ValueError:
        pass
    try:
        return float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {value!r}") from None


def non_empty_argument(value: str) -> str:
    """The type of an option naming a path or column: an empty value (``--model ""``) is a usage error
    naming the option (exit 2), not a path that reads as the current folder or a column no table has."""
    if not value:
        raise argparse.ArgumentTypeError("must not be empty")
    return value


def language_tag(value: str) -> str:
    """The type of ``--lang``: a language tag ("en", "pt-BR"), else a usage error naming the option (exit 2)
    before any text is read or model loaded."""
    if not LANGUAGE_TAG.fullmatch(value):
        raise argparse.ArgumentTypeError(f"must be a language tag such as en or pt-BR, got {value!r}")
    return value


def _at_least_one(value: str) -> int:
    """``--batch-tokens``' and ``--top``'s type: a whole number of at least 1, checked with the other options
    (exit 2)."""
    return _whole_number(value, 1, "a whole number")


def _whole_number(value: str, least: int, expected: str) -> int:
    """``value`` as a whole number of at least ``least``; else a usage error saying what was ``expected``."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected {expected}, got {value!r}") from None
    if number < least:
        raise argparse.ArgumentTypeError(f"must be at least {least}, got {number}")
    return number


def _add_excel_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--excel", action="store_true",
                        help="with --format csv: write the CSV for spreadsheets, with a UTF-8 byte-order mark "
                             "(so Excel reads curly quotes and accents) and a ' before a cell that starts with "
                             "= + - @, a tab or a carriage return (so no cell runs as a formula); default: plain CSV")


def _excel_problem(args: argparse.Namespace, ending_chooses: bool = True) -> str | None:
    """Why ``--excel`` cannot apply (a format other than csv), or ``None``. ``ending_chooses``: whether an
    ``--out`` ending in .csv would choose csv, as it does for one result file but not for a folder of them
    (or several FILEs), where only ``--format`` does."""
    if args.excel and args.format != "csv":
        ending = " (or an --out ending in .csv)" if ending_chooses else ""
        return f"--excel applies to CSV output; give --format csv{ending}, not {args.format}"
    return None


def add_quiet_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="no progress bar (shown on standard error only when it is a terminal)")


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help layout, except that a text with line breaks (an epilog of examples) keeps them."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if "\n" in text:
            return "".join(indent + line for line in text.splitlines(keepends=True))
        return super()._fill_text(text, width, indent)


class _CommandParser(argparse.ArgumentParser):
    """A sub-command's parser: an argument it does not know is reported with the sub-command's own usage
    line ("usage: framing analyze ..."), not the top-level one argparse would show; an epilog of examples
    keeps its lines."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["formatter_class"] = _HelpFormatter
        super().__init__(*args, **kwargs)

    def parse_known_args(self, args=None, namespace=None):
        namespace, extras = super().parse_known_args(args, namespace)
        if extras:
            self.error(f"unrecognized arguments: {' '.join(extras)}")
        return namespace, extras


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="framing",
        description="Label news sentences as reported_fact, attributed_claim, official_denial "
                    "or editorial_opinion, and find sources, cues and loaded phrases.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details to stderr")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_CommandParser)
    commands.required = True

    analyze = commands.add_parser("analyze", help="label every sentence of an article",
                                  description="Segment an article and label each sentence in context. Several "
                                              "FILEs share one model load.",
                                  epilog="examples:\n"
                                         "  framing analyze article.txt\n"
                                         "  framing analyze article.txt --out report.html\n"
                                         "  framing analyze news/*.txt --format csv --out results\n")
    analyze.add_argument("files", nargs="+", metavar="FILE",
                         help="text file (UTF-8, or as --encoding says), or - for standard input (as the only FILE)")
    analyze.add_argument("--format", choices=("table", "json", "html", "csv"), default=None,
                         help="table: one line per sentence; json: Document.to_dict(), its meta naming the FILE "
                              "({\"file\": FILE}; with several FILEs on standard output: JSON Lines, one "
                              "document per line, in FILE order); html: a "
                              "self-contained report page; csv: a row per sentence (with several FILEs on "
                              "standard output: one table, one header, in FILE order) (default: from --out's "
                              f"ending, {_known_endings('analyze')}; table without --out or with several FILEs)")
    analyze.add_argument("--out", metavar="PATH",
                         help="write to PATH instead of standard output (- for standard output; "
                              "--format html needs --out); with several FILEs, or when PATH is a folder, ends "
                              "in / or is new and has no ending, a folder (created if missing) that gets one "
                              "STEM.txt, .json, .html or .csv per FILE (html: and an index.html linking them); "
                              "with several FILEs, a PATH ending in .csv (--format csv or none) is one CSV of "
                              "all their rows")
    analyze.add_argument("--title", type=non_empty_argument, default=None,
                         help="the heading of the html report, and its page title (default: the FILE's name; "
                              "other formats have none)")
    analyze.add_argument("--lang", type=language_tag, default="en", metavar="TAG",
                         help="the language tag of the text in the html report, for screen readers' voices "
                              "(default: en, the language the model reads; other formats have none)")
    add_encoding_option(analyze, "each FILE (standard input too)")
    _add_excel_option(analyze)
    _add_model_options(analyze)
    _add_engine_options(analyze)
    add_quiet_option(analyze)
    analyze.set_defaults(run=_run_analyze)

    classify = commands.add_parser("classify", help="label isolated sentences, one per line",
                                   description="Read one sentence per line; write JSON Lines {line, text, "
                                               "label, scores, truncated, low_confidence}, one per non-blank "
                                               "line, in order (line: its number from 1, so blank lines are "
                                               "skipped without losing the alignment), or the same as CSV "
                                               "rows; streams large inputs.",
                                   epilog="examples:\n"
                                          "  framing classify sentences.txt --out labels.jsonl\n"
                                          "  framing classify sentences.txt --device cpu --precision int8 "
                                          "--out labels.csv\n")
    classify.add_argument("file", metavar="FILE", help="UTF-8 text file, or - for standard input")
    classify.add_argument("--format", choices=("jsonl", "csv"), default=None,
                          help="jsonl: a JSON object per line; csv: a row per line, the same fields with a "
                               "score_LABEL column per label (default: csv for an --out ending in .csv, else jsonl)")
    classify.add_argument("--out", metavar="PATH",
                          help="write to PATH instead of standard output (- for standard output)")
    _add_excel_option(classify)
    _add_model_options(classify)
    _add_engine_options(classify)
    add_quiet_option(classify)
    classify.set_defaults(run=_run_classify)

    summary = commands.add_parser("summarize", help="sum up analysed documents: labels, sources, denials",
                                  description="Read the documents 'framing analyze --format json' wrote (JSON "
                                              "Lines of Document.to_dict() records, or one record), or a "
                                              "'framing score' output folder (sentence rows, with the input it "
                                              "scored), and sum them up as framing.summarize does, one document "
                                              "at a time.",
                                  epilog="examples:\n"
                                         "  framing analyze news/*.txt --format json > news.jsonl\n"
                                         "  framing summarize news.jsonl\n"
                                         "  framing score corpus.jsonl --out scores && framing summarize scores\n"
                                         "  framing summarize news.jsonl --format json --top 20 --out summary.json\n"
                                         "  framing score corpus.jsonl --out scores --keep-columns outlet && "
                                         "framing summarize scores --by outlet\n")
    summary.add_argument("files", nargs="+", metavar="FILE",
                         help="JSON Lines of Document.to_dict() records, a framing score output folder, or - for "
                              "standard input (as the only FILE)")
    summary.add_argument("--format", choices=("table", "json", "csv"), default="table",
                         help="table (default): counts, shares, the sources cited most and the writer's loaded "
                              "phrases used most; json: the whole summary (framing.summarize's dict); csv: a row of "
                              "figures for a spreadsheet, one per group with --by (--by file: one per article)")
    summary.add_argument("--top", type=_at_least_one, default=None, metavar="N",
                         help="keep only the first N sources and loaded phrases (default: all; the table shows 10)")
    summary.add_argument("--out", metavar="PATH",
                         help="write to PATH instead of standard output (- for standard output)")
    summary.add_argument("--by", metavar="COLUMN", type=non_empty_argument,
                         help="sum up each group of documents that share a value of COLUMN apart: a column a framing "
                              "score output kept (--keep-columns outlet), one summary per outlet")
    summary.add_argument("--input", metavar="PATH", type=non_empty_argument,
                         help="with one FILE that is a framing score output: read its documents' text from PATH, "
                              "the input it scored moved or copied to another folder under the same file name "
                              "(default: the path its manifest names)")
    _add_excel_option(summary)
    add_quiet_option(summary)
    summary.set_defaults(run=_run_summarize)

    from . import cli_report, cli_score, cli_train

    cli_train.add_commands(commands, _add_model_options)
    cli_score.add_commands(commands, _add_model_options)
    cli_report.add_commands(commands)
    for command in commands.choices.values():  # -v after the command too ("framing score -v ...")
        command.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                             help="log progress details to stderr")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        with command_line_warnings(), sigterm_interrupts():
            return args.run(args) or 0
    except OptionError as exc:  # options that do not fit the input, found before any record is read: usage
        print(f"framing {args.command}: error: {option_wording(exc)}", file=sys.stderr)
        return 2
    except FramingError as exc:
        print(f"framing {args.command}: error: {option_wording(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt as exc:  # its message, if any, says what was kept ("saved m (best epoch 1)")
        what, status = interruption()
        print(f"framing {args.command}: {what}" + (f"; {exc}" if str(exc) else ""), file=sys.stderr)
        return status
    except BrokenPipeError:
        # The reader (e.g. `head`) went away; not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (TypeError, ValueError, OSError) as exc:
        # a value the library refused, a file no check named (a full disk, permissions), or a fault of ours:
        # the traceback tells them apart
        print(f"framing {args.command}: error: {option_wording(exc)}", file=sys.stderr)
        if args.verbose:
            traceback.print_exc(file=sys.stderr)
        else:
            print(f"framing {args.command}: (run with -v for the traceback)", file=sys.stderr)
        return 1


def option_wording(exc: BaseException) -> str:
    """The message of ``exc``, raised by the library, as the command line says it: a setting named as its
    option alone ("use --resume to continue it"), where the library names it for Python and the command
    line at once ("resume=True (--resume)") and ``str()`` for Python alone."""
    return command_line_wording(written_message(exc))


def _load(args):
    """The command's model; on a terminal a note says it is loading (the first load verifies the base encoder,
    some seconds of silence otherwise), and goes once it is loaded."""
    from .analyze import load
    from .progress import loading_note

    with loading_note(hasattr(args, "quiet") and show_progress(args)):
        return load(args.model, device=args.device, precision=args.precision, batch_tokens=args.batch_tokens,
                    tokenizer_workers=getattr(args, "tokenizer_workers", 0),
                    compile=getattr(args, "compile", False))


def _write(args, content: str) -> None:
    with open_output(args.out) as handle:
        handle.write(content)


def show_progress(args: argparse.Namespace) -> bool:
    """Show a progress bar unless ``--quiet``, and only when standard error is a terminal (as ``framing score``)."""
    return not args.quiet and sys.stderr.isatty()


def _input_name(path: str) -> str:
    """How notices name the input FILE."""
    return "standard input" if path == "-" else path


def _shown_name(file: str) -> str:
    """``file`` as results show it: as given, but for a name that is not UTF-8 (``x\\xff.txt`` on a Linux
    file system), whose undecodable bytes are written as ``\\xff`` escapes, since no UTF-8 page, table or
    JSON can hold them as they are."""
    try:
        file.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(file).decode("utf-8", "backslashreplace")
    return file


def _result_stem(file: str) -> str:
    """The name, without its ending, of the result for ``file`` in an ``--out`` folder: the FILE's stem as
    results show it (see :func:`_shown_name`), so that the index can link it."""
    return _shown_name(Path(file).stem)


def _to_stdout(path: str | None) -> bool:
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


def _check_out(args, file: str) -> bool:
    """Print the usage error for an ``--out`` that cannot be written or is the input ``file`` itself; ``True``
    when it can be written (or is stdout)."""
    problem = None if _to_stdout(args.out) else output_problem(args.out)
    if problem is None and not _to_stdout(args.out) and file != "-" and same_file(file, args.out):
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
    pipe stays a ``BrokenPipeError``, which :func:`main` treats as the reader going away)."""

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
    if _to_stdout(path):
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


def _inputs_problem(args) -> str | None:
    """Why FILE or ``--out`` is empty, or ``None``: an empty path would read (or write into) the current
    folder."""
    if "" in (args.files if args.command == "analyze" else [args.file]):
        return "FILE is empty; give a text file path, or - for standard input"
    if args.out == "":
        return "--out is empty; give a path, or - for standard output"
    return None


def _refuse_empty_paths(args) -> bool:
    """Print the usage error of :func:`_inputs_problem`; ``True`` when there is none."""
    problem = _inputs_problem(args)
    if problem:
        print(f"framing {args.command}: error: {command_line_wording(problem)}", file=sys.stderr)
    return problem is None


def _read_file(file: str, in_place: bool = False, encoding: str = "utf-8") -> str:
    """The text of FILE in ``encoding`` (see :func:`framing.textio.read_text`; ``in_place``: one of several FILEs,
    whose encoding is converted into the file itself); a folder is refused with how to analyse what is in it: its
    files named (``DIR/*.txt``), or ``framing score``, which reads a folder of .txt files."""
    from .textio import read_text

    if file != "-" and Path(file).is_dir():
        raise InputError(f"{file}: is a directory, expected a text file; to analyse the files in it, name them "
                         f"({shlex.quote(file)}/*.txt), or label them all with framing score {shlex.quote(file)} "
                         "--out OUT")
    return read_text(file, in_place, encoding)


def _run_analyze(args) -> int:
    if not _refuse_empty_paths(args):
        return 2
    if len(args.files) > 1 or _names_folder(args.out):
        return _run_analyze_files(args)
    file = args.files[0]
    if not _check_format(args):
        return 2
    if args.format == "html" and args.out is None:
        print("framing analyze: error: --format html needs --out PATH (or --out - for standard output)",
              file=sys.stderr)
        return 2
    if not _check_out(args, file):
        return 2
    _warn_if_table(file)
    text = _read_file(file, encoding=args.encoding)
    _warn_if_table(file, text)
    _note_if_blank(file, text)
    analyzer = _load(args)
    doc = analyzer.analyze(text, progress=show_progress(args))
    _write(args, _render(args, doc, analyzer.labels, file))
    return 0


def _run_analyze_files(args) -> int:
    """``framing analyze`` of several FILEs (or into a folder) with one model load: each result goes to
    ``<out>/<stem>.<ext>``, or without ``--out`` to standard output one after another (a table under each
    FILE's name, JSON Lines, or one CSV table), as that one CSV table into the file an ``--out NAME.csv`` names
    (see :func:`_one_csv_table`). A FILE that cannot be read (missing, not UTF-8, binary, a folder) is reported,
    naming it, and costs only its own result: the others are written, and the exit status is then 1."""
    one_table = _one_csv_table(args)
    folder = None if _to_stdout(args.out) or one_table else Path(args.out)
    args.format = "csv" if one_table else args.format or "table"
    args.files = _without_repeats(args.files)
    problem = _files_problem(args.files, folder, args.format) or _excel_problem(args, ending_chooses=False)
    if problem:
        print(f"framing analyze: error: {command_line_wording(problem)}", file=sys.stderr)
        return 2
    if one_table and not all(_check_out(args, file) for file in args.files):
        return 2
    for file in args.files:
        _warn_if_table(file)
    texts: list[tuple[str, str]] = []  # (FILE, its text): every input is read before the model loads
    unread = []
    for file in args.files:
        try:
            # in place: a copy beside it would join the pattern
            text = _read_file(file, in_place=len(args.files) > 1, encoding=args.encoding)
        except FramingError as exc:  # its message names the FILE and why; the others are still analysed
            print(f"framing analyze: error: {option_wording(exc)}", file=sys.stderr)
            unread.append(file)
            continue
        _warn_if_table(file, text)
        _note_if_blank(file, text)
        texts.append((file, text))
    if texts:
        _analyze_files(args, folder, texts)
    if unread and len(args.files) > 1:
        print(f"framing analyze: error: {len(unread)} of {len(args.files)} FILEs could not be read and have no "
              f"result: {', '.join(map(_shown_name, unread))}", file=sys.stderr)
    return 1 if unread else 0


def _one_csv_table(args: argparse.Namespace) -> bool:
    """Whether several FILEs go into the one CSV file ``--out`` names (``--out sentences.csv``, with ``--format csv``
    or none): the table standard output gets, one header and each FILE's rows, its ``file`` column naming it. A
    folder of CSVs is asked for by a name without an ending; an existing folder so named, or a name ending in a
    slash (``--out res.csv/``, refused as a folder's name that ends like a file), is a folder (see
    :func:`_names_folder`)."""
    return (len(args.files) > 1 and not _to_stdout(args.out) and Path(args.out).suffix.lower() == ".csv"
            and args.format in (None, "csv") and not _names_folder(args.out))


def _without_repeats(files: list[str], done: str = "analysed") -> list[str]:
    """``files`` with each file kept at its first place only, a warning naming each one dropped: one file given
    twice ("news/*.txt news/a.txt", or one path written two ways, "a.txt ./a.txt", or a link to it) would
    otherwise be ``done`` twice: analysed and written twice, or summed up as twice its documents.
    Files that cannot be read are compared by their names as given (each is then reported once); standard input
    is never dropped, since more than one FILE with it is refused as it is."""
    kept: dict[object, str] = {}
    for file in files:
        if file == "-":
            kept[object()] = file
            continue
        try:
            found = os.stat(file)
            key: object = (found.st_dev, found.st_ino)
        except OSError:  # missing or unreadable: reported when it is read
            key = file
        if key in kept:
            logger.warning("%s is given more than once%s; it is %s once", _input_name(file),
                           "" if file == kept[key] else f" (also as {_shown_name(kept[key])})", done)
            continue
        kept[key] = file
    return list(kept.values())


def _analyze_files(args, folder: Path | None, texts: list[tuple[str, str]]) -> None:
    """Analyse each ``(FILE, text)`` of ``texts`` with one model load and write its result into ``folder`` (with
    html, and the index linking them), or without one to standard output, or to the one CSV file ``--out`` names."""
    from .progress import progress_bar

    analyzer = _load(args)
    if folder is not None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise FramingError(f"--out {args.out}: cannot create the folder ({exc.strerror or exc})") from None
    # several FILEs: one bar counting them, where a bar of each FILE's sentences would start over for each
    by_file = len(texts) > 1 and show_progress(args)
    logged = len(texts) > 1 and not args.quiet and not sys.stderr.isatty()
    with (_LoggedFiles(len(texts)) if logged else progress_bar(by_file, "analyze", "file", total=len(texts))) as bar:
        if folder is not None and args.format == "html":
            write_index(folder, _html_reports(args, analyzer, folder, texts, bar), args.model)
            warn_of_unlinked_reports(folder, [_result_path(folder, file, "html") for file, _ in texts])
            say_where_reports("analyze", len(texts), folder)
            return
        one_file = folder is None and not _to_stdout(args.out)  # the one CSV table of --out NAME.csv
        with open_output(args.out) if one_file else nullcontext(sys.stdout) as stream:
            for index, (file, text) in enumerate(texts):
                # nothing kept: one document at a time
                _analyze_and_write(args, analyzer, folder, index, file, text, _sentence_bar(args, len(texts), text),
                                   stream)
                bar.update()


def _sentence_bar(args: argparse.Namespace, files: int, text: str) -> bool:
    """Whether the analysis of ``text``, one of ``files`` FILEs, draws a bar of its sentences: where bars are shown,
    for a FILE alone, and for a long one of several (:func:`framing.progress.long_document`, as
    ``Analyzer.analyze_many`` draws it), under the bar of FILEs (left off the screen when done), where a bar of each
    short FILE's sentences would only flicker."""
    from .progress import long_document

    return show_progress(args) and (files == 1 or long_document(text))


class _LoggedFiles(SilentBar):
    """In place of the bar of FILEs off a terminal (a batch job's log, cron, ``nohup``), where none is drawn: a line
    logged for the first FILE analysed, then at most every :data:`_FILES_LOG_SECONDS`, and for the last, as
    ``framing score`` logs its commits; a run over many FILEs would otherwise say nothing for minutes."""

    def __init__(self, total: int) -> None:
        super().__init__(total)
        self._began = self._logged = time.monotonic()

    def update(self, n: int = 1) -> None:
        super().update(n)
        now = time.monotonic()
        if self.n == n or self.n == self.total or now - self._logged >= _FILES_LOG_SECONDS:
            self._logged = now
            _files_logger.info("analysed %s of %s FILEs (%s FILEs/s)", f"{self.n:,}", f"{self.total:,}",
                               f"{self.n / max(now - self._began, 1e-3):,.2f}")

    def __enter__(self) -> _LoggedFiles:
        level = _files_logger.level
        _files_logger.setLevel(logging.INFO)  # shown without -v, as score's commit lines are
        self._restore = level
        return self

    def __exit__(self, *exc: object) -> None:
        _files_logger.setLevel(self._restore)


#: How often, at most, ``framing analyze`` of several FILEs off a terminal logs how many it has analysed.
_FILES_LOG_SECONDS = 30.0
#: The logger of those lines, set to INFO while they are logged, so that no other INFO of the command shows.
_files_logger = logging.getLogger("framing.cli.files")


def _analyze_and_write(args, analyzer, folder: Path | None, index: int, file: str, text: str,
                       progress: bool, stream: TextIO | None = None) -> Document:
    """Analyse ``text``, read from ``file`` (the ``index``-th FILE), and write its result into ``folder``, or
    without one to ``stream`` (default: standard output; the one CSV file ``--out`` names) (a table under the
    FILE's name, a JSON line, or its CSV rows); returns the Document.

    One document at a time, as a FILE analysed alone (batching across them would move the scores
    slightly); its warnings (markup, not English) name it. ``progress``: a bar of its sentences (see
    :func:`_sentence_bar`; several FILEs are counted by :func:`_analyze_files`'s bar of FILEs)."""
    with _warnings_naming(file):
        doc = analyzer.analyze(text, progress=progress)
    if folder is not None:
        with open_output(str(_result_path(folder, file, args.format))) as handle:
            handle.write(_render(args, doc, analyzer.labels, file))
    else:
        _write_one_of_several(args, analyzer.labels, doc, index, file, stream or sys.stdout)
    return doc


def _write_one_of_several(args, labels: Sequence[str], doc: Document, index: int, file: str, stream: TextIO) -> None:
    """Write the result of ``file``, the ``index``-th of several FILEs, to ``stream``, after the others'."""
    if args.format == "json":
        stream.write(json_line(_record(doc, file)) + "\n")
    elif args.format == "csv":  # one table, as JSON Lines are one stream: the header once, its file column telling
        stream.write(_format_csv(doc, labels, file, excel=args.excel, header=not index))
    else:
        heading = ("\n" if index else "") + f"==> {_shown_name(file)} <==\n"
        stream.write(heading + _render(args, doc, labels, file))


def _html_reports(args, analyzer, folder: Path, texts: list[tuple[str, str]],
                  bar: Any) -> Iterator[tuple[str, str, Document, str]]:
    """Each FILE's html report, analysed from its ``(FILE, text)`` in ``texts`` and written into ``folder`` in turn, as
    ``render_index`` reads it: ``(FILE's name, the report's file name, Document, FILE)``; the index keeps each report's
    figures, not its Document. ``bar`` counts the reports written; a long one's sentences get a bar of their own
    (see :func:`_sentence_bar`)."""
    for index, (file, text) in enumerate(texts):
        doc = _analyze_and_write(args, analyzer, folder, index, file, text, _sentence_bar(args, len(texts), text))
        bar.update()
        # the file's name alone, as the folder lists its reports: a long path given would crowd the index
        yield _shown_name(Path(file).name), _result_path(folder, file, "html").name, doc, _shown_name(file)


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
    unlinked = sorted(_shown_name(entry.name) for entry in folder.iterdir()
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
        if _result_stem(file).casefold() == "index":
            return (f"the report for {file} would be {_result_path(folder, file, 'html')}, where the index of the "
                    f"reports goes; rename {file}, or analyze it alone (--out {_result_stem(file)}-report.html)")
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


@contextmanager
def _warnings_naming(file: str) -> Iterator[None]:
    """Prefix what the Analyzer logs meanwhile with ``file``, so that a warning among several FILEs says
    which one it is about."""
    logger = logging.getLogger("framing.analyze")

    def prefix(record: logging.LogRecord) -> bool:
        record.msg = f"{_input_name(file)}: {record.msg}"
        return True

    logger.addFilter(prefix)
    try:
        yield
    finally:
        logger.removeFilter(prefix)


def _names_folder(out: str | None) -> bool:
    """Whether ``framing analyze``'s ``--out`` names a folder whatever the number of FILEs: an existing folder,
    a path ending in a slash, or a new path without an ending (``--out results``), so a pattern that matches
    one FILE still writes into the folder it names."""
    if _to_stdout(out) or not out:
        return False
    path = Path(out)
    return path.is_dir() or out.endswith(("/", os.sep)) or (not path.suffix and not os.path.lexists(out))



#: The ending of each format's file in ``framing analyze``'s --out folder.
_SUFFIXES = {"table": ".txt", "json": ".json", "html": ".html", "csv": ".csv"}


def _result_path(folder: Path, file: str, format: str) -> Path:
    """Where ``framing analyze`` writes the result for the input ``file`` in ``folder``."""
    return folder / (_result_stem(file) + _SUFFIXES[format])


def _files_problem(files: list[str], folder: Path | None, format: str) -> str | None:
    """Why several FILEs cannot be analysed into ``folder`` (``None``: standard output) as ``format``, or
    ``None``; checked before any input is read or the model loaded."""
    from .validation import folder_problem

    if "-" in files:
        if len(files) == 1:
            return (f"--out {folder} names a folder, whose results are named after their FILEs; give standard "
                    "input's result a file name (--out result.json)")
        return "- (standard input) must be the only FILE; save it to a file to analyze it with others"
    if folder is None:
        if format == "html":
            return "--format html with several FILEs needs --out FOLDER, which gets a file per FILE"
        return None
    if folder.suffix.lower() in _FILE_ENDINGS and not folder.is_dir():
        return (f"--out {folder} ends like a file ({folder.suffix}), but the results go into a folder, which "
                f"gets a file per FILE: name the folder without such an ending (choose the format with --format)"
                f"{_one_file_of_all(folder)}")
    problem = folder_problem(folder)
    if problem:
        return f"--out {problem}"
    problem = _shared_stem_problem(files, folder, format)
    if problem:
        return problem
    problem = index_problem(files, folder) if format == "html" else None
    if problem:
        return problem
    # (device, inode) -> FILE, so each result is checked against every input at one stat each
    inputs: dict[tuple[int, int], str] = {}
    for file in files:
        try:
            found = os.stat(file)
        except OSError:  # missing: reported when it is read
            continue
        inputs.setdefault((found.st_dev, found.st_ino), file)
    for file in files:
        target = _result_path(folder, file, format)
        if target.is_dir():
            return f"--out {folder}: the result for {file} would be {target}, which is a folder"
        try:
            found = os.stat(target)
        except OSError:  # no result there yet
            continue
        overwritten = inputs.get((found.st_dev, found.st_ino))
        if overwritten:
            return (f"--out {folder}: the result for {file} would be written over the input FILE {overwritten}; "
                    "choose another folder")
    return None


#: The format that writes several FILEs' results as one file, by the ending of the file wanted.
_ONE_FILE_FORMATS = {".csv": "csv", ".json": "json", ".jsonl": "json", ".txt": "table"}


def _one_file_of_all(path: Path) -> str:
    """How to write several FILEs' results into the one file ``path`` asks for, ``sentences.csv`` say: standard
    output, where they are one table (or JSON Lines), sent to it (``--format csv > sentences.csv``); empty for an
    ending no format writes so (html, a folder per FILE)."""
    format = _ONE_FILE_FORMATS.get(path.suffix.lower())
    if format is None:
        return ""
    if format == "csv":  # written to that file by --format csv (or none): see _one_csv_table
        return f"; for one CSV table of all FILEs in one file, give --format csv --out {shlex.quote(str(path))}"
    what = {"json": "the JSON Lines of all FILEs", "table": "the tables of all FILEs"}[format]
    return (f"; for {what} in one file, leave --out out and send standard output there: --format {format} > "
            f"{shlex.quote(str(path))}")


def _shared_stem_problem(files: list[str], folder: Path, format: str) -> str | None:
    """Why the results of ``files`` in ``folder`` would not each get a file of their own, or ``None``: two
    FILEs with one stem, or with stems that differ only in case or Unicode normal form ("A" and "a", "café"
    composed and not), which a file system that ignores them (macOS, Windows) takes for one name."""
    stems: dict[str, list[str]] = {}
    for file in files:
        stem = _result_stem(file)
        stems.setdefault(_stem_key(stem), []).append(stem)
    same = max(stems.values(), key=len)
    if len(same) < 2:
        return None
    target = folder / (same[0] + _SUFFIXES[format])
    if len(set(same)) == 1:
        return (f"{len(same)} FILEs are named {same[0]!r}; their results would all be {target}: rename them, "
                "or analyze them apart")
    names = " and ".join(repr(stem) for stem in dict.fromkeys(same))
    return (f"{len(same)} FILEs are named {names}, one name on a file system that ignores case or Unicode's "
            f"normal forms (macOS, Windows); their results would all be {target} there: rename them, or "
            "analyze them apart")


def _stem_key(stem: str) -> str:
    """``stem`` as a file system that ignores case and Unicode's normal forms compares it."""
    return unicodedata.normalize("NFC", stem).casefold()


#: Endings of tables of documents (``framing score`` reads them, a document per row), gzipped or not.
_TABLE_ENDINGS = frozenset({".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".parquet"})
#: A column name in a CSV or TSV header: up to four words of letters, digits and a few marks, starting
#: with a letter, not padded with spaces (prose after a comma is) and not ending a sentence.
_COLUMN_NAME = re.compile(r"[^\W\d][\w.,()/#-]*(?: [\w.,()/#-]+){0,3}(?<![.])")
#: How much of a FILE's start is read for a table's header and first row (a row's text may span lines).
_TABLE_PEEK_CHARS = 65536


def _table_ending(file: str) -> str | None:
    """``file``'s ending when it names a table of documents (``.csv``, ``.jsonl.gz``...), else ``None``."""
    name = file.lower()
    inner = name[:-3] if name.endswith(".gz") else name
    ending = os.path.splitext(inner)[1]
    return file[len(inner) - len(ending):] if ending in _TABLE_ENDINGS else None


def _table_first_line(text: str) -> str | None:
    """How ``text``'s first lines show it to be a table (a CSV or TSV header and a row under it, a JSON
    object), else ``None``."""
    head = text.lstrip()[:_TABLE_PEEK_CHARS]
    line = next(iter(head.splitlines()), "")
    if line.startswith('{"') and line.endswith("}") and isinstance(_json_or_none(line), dict):
        return "its first line is a JSON object"
    for separator in (",", "\t"):
        try:
            header, row = itertools.islice(csv.reader(io.StringIO(head), delimiter=separator), 2)
        except ValueError:  # fewer than two rows
            return None
        except csv.Error:  # a NUL byte before Python 3.11: no header
            return None
        if _table_header(header) and _table_row(row, len(header)):
            return f"its first line, {line!r}, reads as a {'CSV' if separator == ',' else 'TSV'} header"
    return None


def _json_or_none(line: str) -> object:
    """``line`` read as JSON, or ``None`` when it is not."""
    try:
        return read_json(line)
    except ValueError:
        return None


def _table_header(fields: list[str]) -> bool:
    """Whether ``fields`` read as a table's column names: two or more (an empty one, pandas' index, aside),
    each short and shaped like a name (see ``_COLUMN_NAME``)."""
    names = [name for name in fields if name]
    return len(names) > 1 and all(len(name) <= 40 and _COLUMN_NAME.fullmatch(name) for name in names)


def _table_row(fields: list[str], columns: int) -> bool:
    """Whether ``fields``, the line under a header of ``columns`` names, read as its row: as many fields, none
    padded with spaces (prose after a comma is: "The mayor resigned, aides said.")."""
    return len(fields) == columns and not any(field[:1].isspace() for field in fields)


def _warn_if_table(file: str, text: str | None = None, command: str = "analyze") -> None:
    """Warn (on the ``framing.cli`` logger: standard error) that ``file`` looks like a table of documents,
    which analyze would label as one article (its header row the first sentence), and ``command`` "classify"
    line by line, header and columns in each sentence, and point at ``framing score``: before it is read
    (``text`` ``None``) by its ending, after by its first line unless the ending said so. Not an error: an article
    can look so by chance."""
    ending = _table_ending(file)
    if text is None:
        why = ending and f"its ending is {ending}"
    else:
        why = None if ending else _table_first_line(text)
    if why:
        name = "FILE" if file == "-" else file
        reads = ("analyze reads a FILE as the text of one article, so all its rows are labelled as one document"
                 if command == "analyze" else
                 "classify labels each line as one sentence, its header and every column included")
        logger.warning("%s looks like a table (%s); %s: to score each row as a document, use framing score %s "
                       "--out OUT --text-column NAME%s", _input_name(file), why, reads, name,
                       " (save standard input to a file first)" if file == "-" else "")


def _note_if_blank(file: str, text: str) -> None:
    """Say on standard error that ``text``, read from ``file``, has no sentences to label."""
    if not text.strip():
        what = "is empty" if not text else "holds only whitespace"
        print(f"framing analyze: note: {_input_name(file)} {what}; there are no sentences to label",
              file=sys.stderr)


def model_name(model: str | None) -> str:
    """How the report's footer names ``--model``: "bundled" however the bundled model was named, else the
    folder's name, not its path, which may say more about the machine than the page should."""
    from .analyze import BUNDLED_NAME, DEFAULT_MODEL_DIR

    if model in (None, BUNDLED_NAME) or Path(model).expanduser().resolve() == DEFAULT_MODEL_DIR.resolve():
        return "bundled"
    return Path(model).expanduser().resolve().name or model


def _render(args, doc, labels: Sequence[str], file: str) -> str:
    """``doc``, analysed from ``file``, as ``args.format``: the content of one output file."""
    if args.format == "json":
        return json.dumps(_record(doc, file), ensure_ascii=False, indent=2) + "\n"
    if args.format == "csv":
        return _format_csv(doc, labels, file, excel=args.excel)
    if args.format == "html":
        from .report import render_html

        title = args.title or (os.path.basename(_shown_name(file)) if file != "-" else "stdin")
        return render_html(doc, title=title, lang=args.lang, model=model_name(args.model))
    colour = _to_stdout(args.out) and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    return format_table(doc, colour=colour)


def _record(doc: Document, file: str) -> DocumentRecord:
    """``doc.to_dict()`` with ``meta["file"]`` naming the FILE it was analysed from, as given (``-``:
    standard input), as every JSON result of ``framing analyze`` has it, so records can be told apart."""
    record = doc.to_dict()
    record["meta"] = {**record["meta"], "file": _shown_name(file)}
    return record


#: The format each ending of ``--out`` asks for, per command; a path without one (standard output, a device
#: such as /dev/stdout) gets the command's default format.
_ENDINGS = {
    "analyze": {"": "table", ".txt": "table", ".json": "json", ".html": "html", ".htm": "html", ".csv": "csv"},
    "classify": {".csv": "csv"},
}
#: Endings that name a file, never a folder of results: analyze's result endings and other tables'.
_FILE_ENDINGS = frozenset(_ENDINGS["analyze"]) - {""} | {".jsonl", ".tsv"}
#: The format of an ``--out`` ending not in :data:`_ENDINGS`; a command not here refuses such an ending.
_OTHER_ENDINGS = {"classify": "jsonl"}  # classify has always written JSON Lines, whatever the name


def _known_endings(command: str) -> str:
    """The endings of ``--out`` that choose a format, for messages: ".txt → table, .json → json, ..."."""
    return ", ".join(f"{ending} → {format}" for ending, format in _ENDINGS[command].items() if ending)


def _check_format(args) -> bool:
    """Take ``--format`` from ``--out``'s ending when it is not given; print the usage error for an ending
    that names no format (``sentences.tsv``), or for ``--excel`` with another format than csv, and return
    ``False``."""
    if args.format is None:
        ending = os.path.splitext(args.out or "")[1]
        args.format = _ENDINGS[args.command].get(ending.lower(), _OTHER_ENDINGS.get(args.command))
        if args.format is None:
            print(f"framing {args.command}: error: --out {args.out}: its ending {ending} names no output format; "
                  f"known endings: {_known_endings(args.command)} (or give --format)", file=sys.stderr)
            return False
    problem = _excel_problem(args)
    if problem:
        print(f"framing {args.command}: error: {command_line_wording(problem)}", file=sys.stderr)
    return problem is None


def _csv_header(labels: Sequence[str]) -> list[str]:
    """``framing classify``'s CSV columns after the line number: label, a score per label, the flags, text."""
    return ["label", *(f"score_{label}" for label in labels), "low_confidence", "truncated", "text"]


def _csv_fields(labelled, text: str, labels: Sequence[str]) -> list:
    """The :func:`_csv_header` fields of the :class:`Prediction` of the line ``text``."""
    return [labelled.label, *(labelled.scores[label] for label in labels),
            str(labelled.low_confidence).lower(), str(labelled.truncated).lower(), text]


def _format_csv(doc, labels: Sequence[str], file: str, excel: bool = False, header: bool = True) -> str:
    """A header, then one CSV row per sentence in ``framing score``'s sentence columns and order, with the
    FILE it was read from (``file``) where score has ``doc_id`` and ``record``, so several FILEs' rows can be joined:
    file, sentence_index (from 0, as the profile counts), start, end, text, label, ``score_LABEL`` per
    label, spans (a JSON list of ``{"type", "start", "end", "text"}``, document offsets), truncated and
    low_confidence (true or false); then the source the profile credits the sentence to (its ``credits``
    entry) and that source as the text first names it (``source_display``), both empty for none.
    ``excel``: written for spreadsheets (see :func:`_csv_writer`). Without ``header``, the rows alone, to follow an
    earlier FILE's in one table (nor, with ``excel``, a byte-order mark)."""
    content = io.StringIO()
    writer = _csv_writer(content, excel, mark=header)
    if header:
        writer.writerow(["file", "sentence_index", "start", "end", "text", "label",
                         *(f"score_{label}" for label in labels), "spans", "truncated", "low_confidence",
                         "source", "source_display"])
    credits = doc.profile.get("credits") or [None] * len(doc.sentences)
    shown = {entry["source"]: entry["display"] for entry in doc.profile.get("sources", [])}
    for index, (sentence, credit) in enumerate(zip(doc.sentences, credits)):
        spans = json_cell([span.to_dict() for span in sentence.spans])
        writer.writerow([_shown_name(file), index, sentence.start, sentence.end, sentence.text, sentence.label,
                         *(sentence.scores[label] for label in labels), spans, str(sentence.truncated).lower(),
                         str(sentence.low_confidence).lower(), credit or "", shown.get(credit, credit) or ""])
    return content.getvalue()


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


def _csv_writer(handle: TextIO, excel: bool, mark: bool = True):
    """A CSV writer on ``handle``: plain, or with ``excel`` (``--excel``) one for spreadsheets, its byte-order mark
    first unless not ``mark``."""
    return _ExcelCsvWriter(handle, mark) if excel else CsvWriter(handle)


def format_table(doc, colour: bool = False, width: int | None = None) -> str:
    """One block per sentence: label, confidence (``?`` after it: a low-confidence guess; ``+``: the sentence
    was cut to fit the model) and the wrapped sentence text."""
    width = width or max(60, min(shutil.get_terminal_size((100, 20)).columns, 120))
    label_width = label_columns(s.label for s in doc.sentences)
    lines = []
    for sentence in doc.sentences:
        mark = ("?" if sentence.low_confidence else " ") + ("+" if sentence.truncated else " ")
        score = f"{sentence.confidence:4.2f}" if sentence.scores else "  --"  # "--": labelled by hand, no scores
        head = f"{fit(sentence.label, label_width)} {score}{mark}"
        body = textwrap.wrap(" ".join(sentence.text.split()), width=max(20, width - label_width - 7)) or [""]
        if colour:
            head = f"{_COLOURS.get(sentence.label, '')}{head}{_RESET}"
        lines.append(head + body[0])
        lines.extend(" " * (label_width + 7) + part for part in body[1:])
    if doc.sentences:
        profile = current_profile(doc)
        percents = whole_percentages(profile["counts"], profile["sentences"])
        lines.append("")
        lines.append("  ".join(f"{label} {percent}%" for label, percent in percents.items()))
    return "\n".join(lines) + "\n"


def _run_classify(args) -> int:
    from .progress import progress_bar
    from .textio import read_lines

    if not _refuse_empty_paths(args) or not _check_format(args) or not _check_out(args, args.file):
        return 2
    _warn_if_table(args.file, command="classify")
    lines = read_lines(args.file)
    first = next(lines, None)  # opens the input: a missing file is reported before the model loads
    second = next(lines, None)
    if first is not None and second is not None:
        _warn_if_table(args.file, f"{first[1]}\n{second[1]}", command="classify")  # "id,sentence" over a row
    analyzer = _load(args)
    # one bar for the whole stream (its length is not known ahead), moved batch by batch
    with open_output(args.out) as handle, progress_bar(show_progress(args), "classify", "sentence") as bar:
        if args.format == "csv":
            writer = _csv_writer(handle, args.excel)
            writer.writerow(["line", *_csv_header(analyzer.labels)])

            def write(number: int, line: str, prediction) -> None:
                writer.writerow([number, *_csv_fields(prediction, line, analyzer.labels)])
        else:
            def write(number: int, line: str, prediction) -> None:
                handle.write(json_line({"line": number, "text": line, **prediction.to_dict()}) + "\n")
        labelled = 0
        pending = [line for line in (first, second) if line is not None]
        for number, line in lines:
            pending.append((number, line))
            if len(pending) == _CLASSIFY_BATCH:
                labelled += _classify_batch(analyzer, pending, write, bar, first=not labelled)
                pending = []
        labelled += _classify_batch(analyzer, pending, write, bar, first=not labelled)
    if not labelled:
        print(f"framing classify: note: {_input_name(args.file)} has no non-blank lines; there is nothing to label",
              file=sys.stderr)
    return 0


#: Lines labelled per batch by ``framing classify`` (output streams batch by batch).
_CLASSIFY_BATCH = 4096


def _classify_batch(analyzer, lines: list[tuple[int, str]], write, bar, first: bool) -> int:
    """Label the non-blank lines and ``write(number, line, prediction)`` each; in the ``first`` batch, warn
    (by line number) when lines hold more than one sentence.

    Returns how many lines were labelled.
    """
    from .analyze import several_sentences

    kept = [(number, line) for number, line in lines if line.strip()]
    texts = [line.strip() for _, line in kept]
    if first:
        several = several_sentences(texts)
        if several:
            logger.warning(
                "%d of the first %d lines hold more than one sentence (the first is line %d); each line is "
                "labelled as one sentence: use 'framing analyze' to split text into sentences",
                len(several), min(len(texts), 1000), kept[several[0]][0])
    predictions = analyzer.classify(texts, check_sentences=False)
    for (number, line), prediction in zip(kept, predictions):
        write(number, line, prediction)
    bar.update(len(kept))
    return len(kept)


#: How many sources, and how many loaded phrases, the summary table shows without ``--top``.
_TABLE_SOURCES = 10


def _run_summarize(args) -> int:
    from .progress import progress_bar

    if "-" in args.files and len(args.files) > 1:
        print("framing summarize: error: - (standard input) must be the only FILE", file=sys.stderr)
        return 2
    args.files = _without_repeats(args.files, done="read")
    if not all(_check_out(args, file) for file in args.files):
        return 2
    if args.input is not None and (len(args.files) != 1 or not _is_score_output(args.files[0])):
        print("framing summarize: error: --input gives the input of one framing score output; give that output "
              "as the only FILE", file=sys.stderr)
        return 2
    problem = _excel_problem(args, ending_chooses=False)
    if problem:
        print(f"framing summarize: error: {problem}", file=sys.stderr)
        return 2
    if args.by is not None:
        _check_kept(args.files, args.by)
    where: list[str] = []  # each document's FILE and line, for errors that name its position
    with progress_bar(show_progress(args), "summarize", "doc", total=_scored_total(args.files)) as bar:
        summary = _summarize(args, _counted(_records(args.files, where, args.input), bar), where)
    if args.format == "json":
        content = json.dumps(summary, ensure_ascii=False, indent=2) + "\n"
    elif args.format == "csv":
        groups = summary["groups"] if args.by is not None else [{"value": None, "summary": summary}]
        content = _summary_csv(groups, args.by, args.excel)
    elif args.by is not None:
        content = _format_groups(args.by, summary["groups"], args.top or _TABLE_SOURCES, where)
    else:
        content = _format_summary(summary, args.top or _TABLE_SOURCES, where)
    if args.format == "table":
        content = _unfinished_lines(args.files) + _set_aside_lines(args.files) + content
    _write(args, content)
    return 0


def _unfinished_lines(files: list[str]) -> str:
    """A line heading the summary table for each unfinished ``framing score`` output among ``files``: the table is
    handed on without the job's log, whose warning alone said that it sums up part of the input."""
    from .scale.writer import read_manifest

    lines = []
    for file in files:
        manifest = read_manifest(file) if _is_score_output(file) else None
        if manifest is not None and not manifest.get("complete"):
            records = manifest["progress"]["records"]
            lines.append(f"unfinished: {file} stopped after the first {records:,} record{'' if records == 1 else 's'} "
                         "of its input; the records after them are counted nowhere here\n")
    return "".join(lines) + ("\n" if lines else "")


def _set_aside_lines(files: list[str]) -> str:
    """A line heading the summary table for each ``framing score`` output among ``files`` whose run set records
    aside (its rejects file), as the report's index lists them: the table counts scored documents alone, and an
    analyst handed it without the job's log took them for the whole input."""
    from .scale.writer import read_manifest, rejects_path

    lines = []
    for file in files:
        manifest = read_manifest(file) if _is_score_output(file) else None
        rejects = manifest["progress"].get("rejects", 0) if manifest is not None else 0
        if rejects:
            lines.append(f"set aside: {file} could not score {counted(rejects, 'record')} of its input (see "
                         f"{rejects_path(file)}); they are counted nowhere here\n")
    return "".join(lines) + ("\n" if lines else "")


def _check_kept(files: list[str], column: str) -> None:
    """Refuse ``--by COLUMN`` for a ``framing score`` output among ``files`` that did not keep ``COLUMN``, naming
    the columns it kept, before any document is read; ``headline`` of an output scored with a headline column is
    held by its documents, and the headline column's own name is refused naming ``headline``, which holds it."""
    from .scale.outputs import kept_columns
    from .scale.writer import read_manifest

    for file in files:
        manifest = read_manifest(file) if _is_score_output(file) else None
        if manifest is None or "settings" not in manifest:
            continue  # a file of records is checked as it is read; a broken manifest, when its output is read
        kept = kept_columns(manifest)
        headline_column = manifest["settings"].get("headline_column")
        if headline_column is not None and column == "headline":
            continue  # its documents hold each headline as meta["headline"]
        if headline_column is not None and column == headline_column:
            raise InputError(f"--by {column}: {file} was scored with the headline column {column!r}, whose text its "
                             "documents hold as 'headline': sum up --by headline")
        if column not in kept:
            raise InputError(f"--by {column}: {file} kept no column {column!r} (the columns it kept: "
                             f"{', '.join(kept) or 'none'}); score it again keeping it, "
                             f"{_score_again(manifest, [*kept, column])}, and sum up NEW")


def _score_again(manifest: dict[str, Any], keep: list[str]) -> str:
    """The ``framing score`` command that scores a score output's input again into ``NEW`` as its run read it (its
    text, id and headline columns) keeping the columns ``keep``: a command naming the input alone would fail on a text
    column not named ``text`` and drop the columns kept before, which the new output would then lack."""
    settings, scored = manifest["settings"], manifest.get("input", {})
    words = ["framing", "score", str(scored.get("path", "INPUT")), "--out", "NEW"]
    if settings.get("text_column", "text") != "text":
        words += ["--text-column", settings["text_column"]]
    if scored.get("id_column") not in (None, "id"):
        words += ["--id-column", scored["id_column"]]
    if settings.get("headline_column"):
        words += ["--headline-column", settings["headline_column"]]
    plain = all("," not in name and name == name.strip() for name in keep)
    words += ["--keep-columns", ",".join(keep) if plain else json.dumps(keep)]
    return " ".join(shlex.quote(word) for word in words)


def _summarize(args, documents: Iterator[Any], where: list[str]):
    """:func:`framing.summarize` of ``documents``, an error naming a document's place (``where``: its FILE and
    line) where the library's names its position."""
    from .summary import summarize, summarize_by

    try:
        if args.by is not None:
            return {"by": args.by, "groups": summarize_by(documents, args.by, top=args.top)}
        return summarize(documents, top=args.top)
    except InputError as exc:
        # "documents[3]: ..." and "documents[3] must be ..." both read "news.jsonl line 4: ..."
        message = written_message(exc)  # a setting named for both callers, worded for the command line when shown
        raise InputError(re.sub(r"documents\[(\d+)\]:?", lambda m: where[int(m[1])] + ":", message)) from None


def _counted(documents: Iterator[Any], bar: Any) -> Iterator[Any]:
    """``documents`` as they are read, each counted on ``bar``."""
    for document in documents:
        yield document
        bar.update()


def _scored_total(files: list[str]) -> int | None:
    """How many documents ``files`` hold when all are ``framing score`` outputs (their manifests say), for the
    bar to count up to; ``None`` when one is a file of records, whose count is known only once it is read."""
    from .scale.writer import read_manifest

    if not files or not all(_is_score_output(file) for file in files):
        return None
    try:
        return sum((read_manifest(file) or {})["progress"]["documents"] for file in files)
    except (FramingError, KeyError):  # reading the output says what is wrong with it
        return None


def _records(files: list[str], where: list[str], input: str | None = None) -> Iterator[Any]:
    """The documents of ``files``, read one at a time: a JSON value per non-blank line, or a file that is one
    JSON value over many lines (``framing analyze --format json`` of one FILE); each one's place is added to
    ``where``."""
    from .textio import read_lines

    for file in files:
        if _is_score_output(file):
            yield from _scored(file, where, input)
            continue
        _refuse_a_folder_to_summarize(file)
        _refuse_a_score_output_s_file(file)
        lines, read = read_lines(file), 0
        for number, line in lines:
            if not line.strip():
                continue
            try:
                record = read_json(line)
            except ValueError:
                if read:
                    raise FramingError(f"{_input_name(file)} line {number}: not JSON") from None
                # one record written over many lines: the rest of the file is its JSON
                text = line + "\n" + "\n".join(rest for _, rest in lines)
                try:
                    record = read_json(text)
                except ValueError as exc:
                    if line.lstrip()[:1] not in ("{", "["):  # an article's text or a CSV, not analyse output
                        raise FramingError(
                            f"{_input_name(file)}: not JSON (its first line opens {line.strip()[:24]!r}); framing "
                            "summarize reads what 'framing analyze --format json' writes: analyse the articles "
                            "first, e.g. framing analyze news/*.txt --format json > news.jsonl") from None
                    raise FramingError(f"{_input_name(file)}: neither JSON Lines nor one JSON record "
                                       f"({exc})") from None
            if (isinstance(record, dict) and not {"sentences", "profile"} & record.keys()
                    and any(isinstance(value, str) for value in record.values())):
                raise FramingError(
                    f"{_input_name(file)} line {number}: a record of an article, not of an analysed document (it "
                    "has no 'sentences' nor 'profile'): framing summarize reads what 'framing analyze --format json' "
                    f"or 'framing score' writes: score the articles first, framing score {_input_name(file)} --out "
                    "scores, then framing summarize scores")
            where.append(f"{_input_name(file)} line {number}")
            read += 1
            yield record


def _is_score_output(file: str) -> bool:
    """Whether ``file`` is a ``framing score`` output folder: its manifest lies beside it."""
    from .scale.writer import manifest_path

    return file != "-" and Path(file).is_dir() and manifest_path(file).is_file()


def _scored(out: str, where: list[str], input: str | None = None) -> Iterator[Any]:
    """The documents of the ``framing score`` output ``out`` (see :func:`framing.scale.scored_documents`; ``input``:
    where its input now lies, if not where the manifest says), each one's place added to ``where``."""
    from .scale.outputs import scored_documents

    for doc in scored_documents(out, input):
        where.append(f"{out} document {doc.meta['doc_id']!r} (record {doc.meta['record']})")
        yield doc


def _refuse_a_folder_to_summarize(file: str) -> None:
    """Refuse a folder given to ``framing summarize`` that is no ``framing score`` output, saying to name the files
    in it."""
    if file == "-" or not Path(file).is_dir():
        return
    raise InputError(f"{file}: is a directory, expected a file of 'framing analyze --format json' records or a "
                     f"'framing score' output folder; name the files in it ({Path(file) / '*.jsonl'})")


def _refuse_a_score_output_s_file(file: str) -> None:
    """Refuse a part file, the manifest, the rejects file or the commit log of a ``framing score`` output given to
    ``framing summarize`` in place of its folder, naming the folder to give."""
    from .scale.writer import commit_log_path, manifest_path, rejects_path

    path = Path(file)
    if file == "-" or not path.is_file():
        return
    folder = path.parent if _is_score_output(str(path.parent)) else None
    for suffix, named in ((".manifest.json", manifest_path), (".rejects.jsonl", rejects_path),
                          (".commits.jsonl", commit_log_path)):
        if folder is None and path.name.endswith(suffix):
            beside = path.with_name(path.name[:-len(suffix)])
            folder = beside if beside.is_dir() and named(beside) == path else None
    if folder is not None:
        raise InputError(f"{file}: a file of the framing score output {folder}; give the output folder itself, "
                         f"framing summarize {folder}, which reads its parts with the input's text")


def _whose(document: int | None, where: Sequence[str]) -> str:
    """Where the document whose own a summary's source is (``document``: its position) was read, in brackets, as
    the index of html reports names its FILE beside such a source; nothing for a source merged across documents."""
    return f"  [{where[document]}]" if document is not None and document < len(where) else ""


def _format_summary(summary, sources: int, where: Sequence[str] = ()) -> str:
    """A :func:`framing.summarize` result as a short table: documents and sentences, each label's count and
    share, the first ``sources`` sources (one that names no one, "a spokesperson", is a document's own: its place in
    ``where``, its FILE and line, beside it) and as many loaded phrases, and the unsourced and denial figures that
    were measured."""
    rows = [f"documents  {summary['documents']}", f"sentences  {summary['sentences']}", ""]
    width = max((len(label) for label in summary["counts"]), default=0)
    rows += [f"{label:<{width}}  {n:>6}  {summary['shares'][label]:6.1%}" for label, n in summary["counts"].items()]
    if summary["sources"]:
        rows += ["", "sources (documents, sentences):"]
        rows += [f"  {s['documents']:>4}  {s['sentences']:>5}  {s['display']}{_whose(s['document'], where)}"
                 for s in summary["sources"][:sources]]
    if summary["loaded_phrases"]:
        rows += ["", "loaded phrases (documents, uses):"]
        rows += [f"  {p['documents']:>4}  {p['count']:>5}  {p['text']}" for p in summary["loaded_phrases"][:sources]]
    figures = [("unsourced evaluative sentences", summary["unsourced_evaluative_sentences"]),
               ("denial pairs", summary["denial_pairs"]),
               ("  with an allegation", summary["denial_pairs_with_allegation"]),
               ("rebuttals", summary["rebuttals"])]
    measured = [(name, n) for name, n in figures if n is not None]
    if measured:
        rows.append("")
        rows += [f"{name}  {n}" for name, n in measured]
    return "\n".join(rows + _unmeasured(summary, [name for name, n in figures if n is None and name[0] != " "])) + "\n"


def _format_groups(column: str, groups: list[Any], sources: int, where: Sequence[str]) -> str:
    """The summary table of each group of ``summarize --by COLUMN``, each under a ``==> COLUMN: value <==`` line,
    as ``framing analyze`` heads each FILE's table."""
    tables = [f"==> {column}: {'(none)' if group['value'] is None else group['value']} <==\n"
              + _format_summary(group["summary"], sources, where) for group in groups]
    return "\n".join(tables)


#: How many of a summary's sources its CSV row names in ``top_sources``.
_CSV_SOURCES = 5


def _summary_csv(groups: list[Any], column: str | None, excel: bool) -> str:
    """``framing summarize --format csv``: a header, then a row of each group's figures (``--by COLUMN``: the
    group's value first, in a column named ``COLUMN``; without it, one row for all documents), to open in a
    spreadsheet and compare articles or outlets side by side: documents, sentences, each label's count and share,
    the sources cited (how many, how many deny, the first few with their sentences), the unsourced evaluative
    sentences and share, denial pairs (with an allegation) and rebuttals. A figure not measured is empty."""
    labels = list(dict.fromkeys(label for group in groups for label in group["summary"]["counts"]))
    content = io.StringIO()
    writer = _csv_writer(content, excel)
    writer.writerow([*([column] if column is not None else []), "documents", "sentences",
                     *(f"count_{label}" for label in labels), *(f"share_{label}" for label in labels),
                     "sources", "denying_sources", "top_sources", "unsourced_evaluative_sentences",
                     "unsourced_evaluative_share", "denial_pairs", "denial_pairs_with_allegation", "rebuttals"])
    for group in groups:
        summary = group["summary"]
        sources = summary["sources"]
        figures = [summary.get(name) for name in ("unsourced_evaluative_sentences", "unsourced_evaluative_share",
                                                  "denial_pairs", "denial_pairs_with_allegation", "rebuttals")]
        writer.writerow([*([group["value"] if group["value"] is not None else ""] if column is not None else []),
                         summary["documents"], summary["sentences"],
                         *(summary["counts"].get(label, 0) for label in labels),
                         *(_csv_figure(summary["shares"].get(label)) for label in labels),
                         len(sources), sum(1 for entry in sources if entry["denying_documents"]),
                         "; ".join(f"{entry['display']} ({entry['sentences']})" for entry in sources[:_CSV_SOURCES]),
                         *(_csv_figure(figure) for figure in figures)])
    return content.getvalue()


def _csv_figure(value: Any) -> Any:
    """A figure in a CSV cell: a share rounded to four places, a count as it is, an unmeasured one (``None``) empty."""
    if value is None:
        return ""
    return round(value, 4) if isinstance(value, float) else value


def _unmeasured(summary, figures: list[str]) -> list[str]:
    """A line naming the ``figures`` (and the sources) a summary leaves out because its labels lack those the
    profile reads by name, so that a model trained on labels of its own does not seem to have found none."""
    from .profile import PROFILE_LABELS

    lacking = [label for label in PROFILE_LABELS if summary["counts"] and label not in summary["counts"]]
    if not summary["sources"] and {"attributed_claim", "official_denial"} <= set(lacking):
        figures = ["sources", *figures]
    if not figures or not lacking:
        return []
    return ["", f"not measured, as the labels lack {', '.join(lacking)} (the profile reads them by name): "
                f"{', '.join(figures)}"]


if __name__ == "__main__":
    sys.exit(main())
