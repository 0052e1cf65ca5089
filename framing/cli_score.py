"""``framing score``: a thin wrapper over :func:`framing.scale.score`."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["add_commands"]


def add_commands(commands, add_model_options) -> None:
    from .cli_options import add_encoding_option, non_empty_argument, number_argument, tokenizer_workers_argument

    score = commands.add_parser(
        "score", help="score a corpus into chunked, resumable Parquet or JSON Lines",
        description="Label every sentence of every document in INPUT (JSONL, CSV, TSV, Parquet, a folder of .txt "
                    "files, or a folder saved by datasets' save_to_disk) into OUT, a folder of part files "
                    "committed in chunks and listed in OUT.manifest.json, so that --resume continues after a "
                    "crash. Rejected records go to OUT.rejects.jsonl. More in docs/scoring.md of the source "
                    "repository.",
        epilog="examples:\n"
               "  framing score corpus.jsonl --out scores\n"
               "  framing score articles/ --out scores --level document --format jsonl\n"
               "  framing score cms_export.csv --out scores --text-column body --headline-column title\n",
    )
    score.add_argument("input", metavar="INPUT", type=non_empty_argument,
                       help="input file or folder (not standard input)")
    score.add_argument("--out", required=True, type=non_empty_argument, metavar="OUT",
                       help="output folder (required)")
    score.add_argument("--text-column", default="text", type=non_empty_argument, metavar="NAME",
                       help="column holding the text (default: text)")
    score.add_argument("--id-column", default=None, type=non_empty_argument, metavar="NAME",
                       help="column holding the document id (default: 'id' when present, else the record number; "
                            "file names for a .txt folder)")
    headlines = score.add_mutually_exclusive_group()
    headlines.add_argument("--headline-column", default=None, type=non_empty_argument, metavar="NAME",
                           help="column holding each document's headline, analysed apart from the text: sentence "
                                "rows gain a part column (headline or body), document rows headline_* columns "
                                "(default: none)")
    headlines.add_argument("--no-headline-column", dest="headline_column", action="store_false", default=None,
                           help="read no headline column, on purpose: a column named as headlines are (title, "
                                "headline) is left unread without the warning that names it")
    score.add_argument("--keep-columns", default=None, metavar="A,B,...",
                       help="input columns (publisher, date, url...) copied into every output row of their "
                            "document, as text, or a JSON list ('[\"Outlet, name\", \"date\"]') for names "
                            "that hold a comma (default: none)")
    score.add_argument("--allow-late-columns", action="store_true",
                       help="keep a --keep-columns key that none of the first 1,000 objects of a JSON Lines input "
                            "holds, as one that comes later (null in the rows without it); without it such a key "
                            "stops the run before the model loads")
    add_encoding_option(score, "a folder's .txt files (other inputs are read as UTF-8)")
    score.add_argument("--level", choices=("sentence", "document"), default="sentence",
                       help="a row per sentence (default) or per document")
    score.add_argument("--format", type=_part_format, choices=("parquet", "jsonl"), default="parquet",
                       help="part file format (default: parquet); for a CSV of the finished run: framing summarize "
                            "OUT --format sentences --out sentences.csv")
    score.add_argument("--resume", action="store_true",
                       help="continue an interrupted run from its last committed chunk")
    score.add_argument("--overwrite", action="store_true", help="replace an earlier run's output in OUT")
    score.add_argument("--strict", action="store_true",
                       help="stop at the first bad record instead of writing it to the rejects file")
    score.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    score.add_argument("--max-rejects", type=_max_rejects_argument, default=None, metavar="N|P%",
                       help="for pipelines: exit 1 when the finished output holds more rejected records than N, "
                            "or than P percent of the records read ('5%%'); the output stays complete "
                            "(default: any number)")
    score.add_argument("--engine", choices=("local", "ray"), default="local",
                       help="local (default) or ray: a pool of Ray actors, one model each")
    score.add_argument("--workers", type=int, default=None, metavar="N",
                       help="Ray actors, at least 1 (default: as many as the cluster's GPUs allow with "
                            "--gpus-per-worker, else one per CPU less one)")
    score.add_argument("--gpus-per-worker", type=number_argument, default=0, metavar="X",
                       help="GPUs per Ray actor, 0 or more (default 0)")
    score.add_argument("--chunk-docs", type=int, default=1000, metavar="N",
                       help="commit a chunk at least every N documents, N at least 1 (default 1000)")
    score.add_argument("--chunk-seconds", type=number_argument, default=30.0, metavar="S",
                       help="... or every S seconds, S more than 0, whichever comes first (default 30)")
    score.add_argument("--tokenizer-workers", type=tokenizer_workers_argument, default=None, metavar="N",
                       help="local engine: worker processes that tokenize each block: a whole number, or auto "
                            "(the cores less two, at most 8, on CUDA; none on CPU); default 0, a side thread, "
                            "which was faster on an H200 (benchmarks/README.md)")
    add_model_options(score)
    score.set_defaults(run=_run_score)


#: Table formats a user may ask ``framing score`` for, which it does not write but ``framing summarize`` does.
_TABLE_FORMATS = frozenset({"csv", "tsv", "xlsx", "excel"})


def _part_format(value: str) -> str:
    """``--format``: the part file format, as given (argparse then checks it is one of the choices); a table format
    is refused naming the command that writes a finished run's sentences as a CSV."""
    if value.strip().lower() in _TABLE_FORMATS:
        raise argparse.ArgumentTypeError(
            f"{value!r} is no part file format (choose from 'parquet', 'jsonl'); for a CSV of a finished run's "
            "sentences, score to parquet and run: framing summarize OUT --format sentences --out sentences.csv")
    return value


def _max_rejects_argument(value: str) -> int | str | None:
    """``--max-rejects``: a count or a percentage, checked as ``max_rejects`` is."""
    from .errors import InputError
    from .scale.scoring import check_max_rejects

    try:
        return check_max_rejects(int(value) if value.strip().isdigit() else value)
    except InputError:
        raise argparse.ArgumentTypeError(f"expected a count (a whole number, 0 or more) or a percentage of the "
                                         f"records read such as 5%, got {value!r}") from None


def _keep_columns(value: str | None, level: str, headline_column: str | None) -> tuple[list[str], str | None]:
    """``--keep-columns``: names split at commas, or a JSON list (for names that hold a comma), read as
    ``--labels`` is; and what is wrong with them (``None`` if nothing)."""
    from .cli_output import option_wording
    from .scale.scoring import check_keep_columns
    from .validation import split_names

    if value is None:
        return [], None
    try:
        names = split_names(value)
        check_keep_columns(names, level, headline=headline_column is not None, headline_column=headline_column)
    except ValueError as exc:  # a malformed JSON list, or names check_keep_columns refuses (InputError)
        # the caller names the option before the problem: "--keep-columns: names a column twice: 'pub', ..."
        return [], option_wording(exc).removeprefix("--keep-columns ")
    return names, None


@contextmanager
def _commits_logged(enabled: bool) -> Iterator[None]:
    """With ``enabled`` (off a terminal, where no bar is drawn: cron, ``nohup``, a log file), the line logged
    at each commit shown meanwhile, as ``framing train`` logs its epochs: a long run otherwise says nothing
    for minutes. On standard error, as all logging: standard output keeps the summary line alone."""
    scoring = logging.getLogger("framing.scale.scoring")
    level = scoring.level
    if enabled and not scoring.isEnabledFor(logging.INFO):
        scoring.setLevel(logging.INFO)
    try:
        yield
    finally:
        scoring.setLevel(level)


def _run_score(args: argparse.Namespace) -> int:
    from .cli_options import show_progress
    from .cli_output import STDOUT, option_wording
    from .errors import DataError, InputError, interruption
    from .scale import read_manifest, score
    from .scale.scoring import check_options
    from .validation import folder_problem

    if args.input == STDOUT:
        print("framing score: error: standard input is not supported (a resumable run must read its input "
              "again); save it to a file (.jsonl, .csv or .parquet) and pass that path", file=sys.stderr)
        return 2
    if args.out == STDOUT:
        print("framing score: error: --out names a folder of part files, not standard output; "
              "give a folder path", file=sys.stderr)
        return 2
    problem = folder_problem(args.out, beside=True)  # the manifest and rejects file go beside the folder
    if problem:
        print(f"framing score: error: --out {problem}", file=sys.stderr)
        return 2
    try:  # the checks framing.score makes, with its messages, as usage errors before anything is read
        check_options(args.level, args.format, args.engine, args.chunk_docs, args.chunk_seconds, None, args.workers,
                      args.gpus_per_worker, args.resume, args.overwrite, args.tokenizer_workers)
    except InputError as exc:
        print(f"framing score: error: {option_wording(exc)}", file=sys.stderr)
        return 2
    # False: --no-headline-column, no headline column (said on purpose), which score takes as headline_column=False
    keep_columns, problem = _keep_columns(args.keep_columns, args.level, args.headline_column or None)
    if problem:
        print(f"framing score: error: --keep-columns: {problem}", file=sys.stderr)
        return 2
    tokenizer_workers = None if args.engine == "ray" else (
        0 if args.tokenizer_workers is None else args.tokenizer_workers)
    try:
        with _commits_logged(not args.quiet and not sys.stderr.isatty()):
            summary = score(
                args.input, args.out, text_column=args.text_column, id_column=args.id_column, level=args.level,
                format=args.format, resume=args.resume, overwrite=args.overwrite, strict=args.strict,
                progress=show_progress(args), model=args.model, device=args.device,
                precision=args.precision, batch_tokens=args.batch_tokens, engine=args.engine, workers=args.workers,
                gpus_per_worker=args.gpus_per_worker, chunk_docs=args.chunk_docs, chunk_seconds=args.chunk_seconds,
                keep_columns=keep_columns, headline_column=args.headline_column, tokenizer_workers=tokenizer_workers,
                max_rejects=args.max_rejects, allow_late_columns=args.allow_late_columns, encoding=args.encoding,
            )
    except KeyboardInterrupt as exc:
        what, status = interruption()
        if str(exc):  # the document it stopped in: "while scoring document 'report-7' (record 41, ...)"
            what = f"{what} {exc}"
        try:
            manifest = read_manifest(args.out) if Path(args.out).is_dir() else None
        except DataError:  # interrupted before the run replaced a file that is no manifest
            manifest = None
        done = (manifest or {}).get("progress", {})
        if manifest and manifest.get("parts"):
            count = done.get("documents", 0)
            print(f"framing score: {what}; {args.out} holds {count:,} committed "
                  f"document{'' if count == 1 else 's'}: rerun with --resume to continue that output, "
                  "or --overwrite to start again",
                  file=sys.stderr)
        else:
            print(f"framing score: {what} before anything was committed; rerun to start again", file=sys.stderr)
        return status
    print(f"framing score: {summary}")
    return 0
