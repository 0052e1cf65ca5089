"""The ``framing`` command's shared options: their argument types (checked with the other options, exit 2
before any input is read or model loaded), the options several commands take, and the sub-commands' parser."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .errors import InputError
from .report import LANGUAGE_TAG
from .validation import PRECISIONS


def add_model_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", default=None, type=non_empty_argument, metavar="DIR",
                        help="model folder saved by 'framing train' "
                             "(default, or the word 'default': the bundled model)")
    parser.add_argument("--device", default=None, type=device_argument,
                        help="cpu, cuda or cuda:N (default: CUDA when available)")
    parser.add_argument("--precision", choices=PRECISIONS, default="auto",
                        help="auto (default): bf16 on CUDA, fp16 on GPUs without bf16, fp32 on CPU; int8 runs on "
                             "CPU only")
    parser.add_argument("--batch-tokens", type=at_least_one, default=None, metavar="TOKENS",
                        help="padded tokens per model batch, at least 1 (default: 65536 on CUDA, 2048 on CPU)")


def add_engine_options(parser: argparse.ArgumentParser) -> None:
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


def at_least_one(value: str) -> int:
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


def add_excel_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--excel", action="store_true",
                        help="with --format csv: write the CSV for spreadsheets, with a UTF-8 byte-order mark "
                             "(so Excel reads curly quotes and accents) and a ' before a cell that starts with "
                             "= + - @, a tab or a carriage return (so no cell runs as a formula); default: plain CSV")


def excel_problem(args: argparse.Namespace, ending_chooses: bool = True) -> str | None:
    """Why ``--excel`` cannot apply (a format other than csv), or ``None``. ``ending_chooses``: whether an
    ``--out`` ending in .csv would choose csv, as it does for one result file but not for a folder of them
    (or several FILEs), where only ``--format`` does."""
    if args.excel and args.format not in ("csv", "sentences"):
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


class CommandParser(argparse.ArgumentParser):
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


def show_progress(args: argparse.Namespace) -> bool:
    """Show a progress bar unless ``--quiet``, and only when standard error is a terminal (as ``framing score``)."""
    return not args.quiet and sys.stderr.isatty()
