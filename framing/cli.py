"""The ``framing`` command: a thin layer over importable functions.

Each sub-command parses and validates its arguments, then calls library
code. User errors print one line to stderr and exit non-zero (2 for usage
errors, 1 for bad input or models); they never show a traceback.

This module parses the command line and runs the sub-command asked for; each
sub-command's runner has a module of its own (``cli_analyze``, ``cli_classify``,
``cli_summarize``, ``cli_score``, ``cli_train``, ``cli_report``), over the shared
options (``cli_options``), inputs (``cli_inputs``, ``cli_tables``) and outputs
(``cli_output``, ``cli_pages``).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Sequence

from . import __version__
from .cli_analyze import format_table, run_analyze
from .cli_classify import run_classify
from .cli_options import (CommandParser, add_encoding_option, add_engine_options, add_excel_option, add_model_options,
                          add_quiet_option, at_least_one, language_tag, non_empty_argument)
from .cli_output import known_endings, option_wording, output_problem
from .cli_summarize import run_summarize
from .errors import FramingError, OptionError, command_line_warnings, interruption, sigterm_interrupts
# Names other modules and scripts have imported from here, before each runner had a module of its own.
from .cli_options import (device_argument, encoding_argument, number_argument,  # noqa: F401
                          show_progress, tokenizer_workers_argument)
from .cli_output import STDOUT, open_output, same_file  # noqa: F401
from .cli_pages import index_problem, model_name, say_where_reports, warn_of_unlinked_reports, write_index  # noqa: F401


__all__ = ["main", "format_table", "output_problem"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="framing",
        description="Label news sentences as reported_fact, attributed_claim, official_denial "
                    "or editorial_opinion, and find sources, cues and loaded phrases.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details to stderr")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CommandParser)
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
                              f"ending, {known_endings('analyze')}; table without --out or with several FILEs)")
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
    add_excel_option(analyze)
    add_model_options(analyze)
    add_engine_options(analyze)
    add_quiet_option(analyze)
    analyze.set_defaults(run=run_analyze)

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
    classify.add_argument("file", metavar="FILE",
                          help="text file (UTF-8, or as --encoding says), or - for standard input")
    classify.add_argument("--format", choices=("jsonl", "csv"), default=None,
                          help="jsonl: a JSON object per line; csv: a row per line, the same fields with a "
                               "score_LABEL column per label (default: csv for an --out ending in .csv, else jsonl)")
    classify.add_argument("--out", metavar="PATH",
                          help="write to PATH instead of standard output (- for standard output)")
    add_encoding_option(classify, "FILE (standard input too)")
    add_excel_option(classify)
    add_model_options(classify)
    add_engine_options(classify)
    add_quiet_option(classify)
    classify.set_defaults(run=run_classify)

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
                                         "framing summarize scores --by outlet\n"
                                         "  framing summarize news.jsonl --format sentences --out sentences.csv  "
                                         "# the sentences behind the figures\n")
    summary.add_argument("files", nargs="+", metavar="FILE",
                         help="JSON Lines of Document.to_dict() records, a framing score output folder, or - for "
                              "standard input (as the only FILE)")
    summary.add_argument("--format", choices=("table", "json", "csv", "sentences"), default="table",
                         help="table (default): counts, shares, the sources cited most and the writer's loaded "
                              "phrases used most; json: the whole summary (framing.summarize's dict); csv: a row of "
                              "figures for a spreadsheet, one per group with --by (--by file: one per article); "
                              "sentences: a CSV row per sentence with the source it is credited to, after its "
                              "document's doc_id, record and kept columns (or its FILE), and whether it is one of "
                              "the unsourced evaluative sentences (unsourced: true) or a denial and which sentence "
                              "it answers (denial_answers), to list the sentences behind those figures")
    summary.add_argument("--top", type=at_least_one, default=None, metavar="N",
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
    add_excel_option(summary)
    add_quiet_option(summary)
    summary.set_defaults(run=run_summarize)

    from . import cli_report, cli_score, cli_train

    cli_train.add_commands(commands, add_model_options)
    cli_score.add_commands(commands, add_model_options)
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


if __name__ == "__main__":
    sys.exit(main())
