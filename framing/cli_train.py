"""``framing train`` and ``framing evaluate``: thin wrappers over the training API."""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import sys

from .cli_options import add_quiet_option, device_argument, non_empty_argument, number_argument, show_progress
from .errors import InputError, command_line_wording, written_message
from .validation import MAX_CONTEXT_SENTENCES, split_names

__all__ = ["add_commands"]


def add_commands(commands, add_model_options) -> None:
    train = commands.add_parser(
        "train", help="fine-tune on labelled sentences",
        description="Fine-tune on a labelled file (CSV, TSV, JSONL or Parquet) with any label set; "
                    "writes a model folder that 'framing analyze --model DIR' and framing.load(DIR) read.",
        epilog="examples:\n"
               "  framing train --train train.csv --eval val.csv --out mymodel\n"
               "  framing train --train train.jsonl --out mymodel --labels fact,claim,opinion --epochs 8\n",
    )
    train.add_argument("--train", required=True, type=non_empty_argument, metavar="FILE",
                       help="training data: CSV, TSV, JSONL or Parquet (required)")
    train.add_argument("--out", required=True, metavar="DIR", help="output model folder (required; new or empty, "
                       "or an earlier model with --overwrite)")
    train.add_argument("--eval", type=non_empty_argument, metavar="FILE",
                       help="validation data, in the same formats (default: a stratified split of the training "
                            "rows, see --validation-fraction)")
    train.add_argument("--validation-fraction", type=number_argument, default=None, metavar="X",
                       help="share of the training rows the automatic validation split holds out, between 0 and 1 "
                            "exclusive (default 0.1; not with --eval)")
    train.add_argument("--base", default=None, type=non_empty_argument, metavar="DIR|default|minilm",
                       help="start from: default (the bundled model, the default), minilm (the verified "
                            "base encoder), a framing model folder, or an encoder folder / a hub id already in "
                            "the local Hugging Face cache (never downloaded)")
    train.add_argument("--epochs", type=int, default=4, metavar="N", help="at most N passes over the data, at "
                       "least 1 (early stopping may end sooner; default 4)")
    train.add_argument("--patience", type=int, default=2, metavar="N",
                       help="stop after N epochs in a row without a better validation macro-F1 (a tie with a "
                            "lower validation log-loss counts as better), at least 1 (default 2)")
    train.add_argument("--max-minutes", type=number_argument, default=None, metavar="T",
                       help="a time budget for the training epochs (setup, calibration and saving come on top): "
                            "stop after the epoch that leaves too little of T minutes for another at the pace so "
                            "far, keeping the best epoch (default: none)")
    train.add_argument("--lr", type=number_argument, default=None, metavar="X",
                       help="encoder learning rate, between 0 and 1 exclusive (default 5e-4 with LoRA, 5e-5 with "
                            "--no-lora)")
    train.add_argument("--batch-tokens", type=int, default=4096, metavar="TOKENS",
                       help="padded tokens per training batch, at least 128 (default 4096); small data sets "
                            "get fewer rows per batch, so an epoch takes about 32 steps")
    train.add_argument("--seed", type=int, default=0, metavar="N", help="seed for initialisation, batch order "
                       "and the automatic validation split, 0 to 2**32 - 1 (default 0)")
    train.add_argument("--no-lora", action="store_true", help="fine-tune every encoder weight (larger output)")
    train.add_argument("--no-context", action="store_true", help="do not feed the sentences before as context")
    train.add_argument("--context-sentences", type=int, default=None, metavar="K",
                       help=f"sentences of context the model reads, 1 to {MAX_CONTEXT_SENTENCES} (default: the "
                            "starting model's; the bundled model reads 2, a new one 1); give contexts of that many "
                            "sentences")
    _add_column_options(train, ", the sentences before it (default: 'context' when the table has it; without "
                               "contexts the model is trained and used without them)")
    train.add_argument("--labels", default=None, metavar="A,B,...",
                       help="comma-separated label names in model order, or a JSON "
                       "list for names that hold commas ('[\"fact, checked\", \"opinion\"]') (default: the "
                       "starting model's order when the data has its labels, else sorted)")
    train.add_argument("--device", default=None, type=device_argument,
                       help="cpu, cuda or cuda:N (default: CUDA when available)")
    train.add_argument("--overwrite", action="store_true", help="replace a model already in --out")
    train.add_argument("-q", "--quiet", action="store_true",
                       help="no progress bar and no per-epoch lines (without it, off a terminal each epoch's loss "
                            "and validation macro-F1 are logged instead of the bar, and within an epoch, once a "
                            "minute, the steps done and the time left)")
    train.set_defaults(run=_run_train)

    evaluate = commands.add_parser(
        "evaluate", help="score a model on a labelled file",
        description="Print per-class precision/recall/F1 (n/a where nothing divides), macro and weighted F1, the "
                    "confusion matrix and calibration error; --json adds the model, data and library versions "
                    "the figures came from.",
        epilog="examples:\n"
               "  framing evaluate --data test.csv\n"
               "  framing evaluate --model mymodel --data test.jsonl --json report.json\n"
               "  framing evaluate --data test.csv --predictions predictions.csv\n",
    )
    evaluate.add_argument("--data", required=True, type=non_empty_argument, metavar="FILE",
                          help="labelled CSV, TSV, JSONL or Parquet (required)")
    evaluate.add_argument("--json", metavar="OUT", help="also write the report as JSON to the file OUT (not the "
                                                        "--data file), with its provenance")
    evaluate.add_argument("--predictions", metavar="PATH", help="also write one row per sentence (its row in "
                          "the data, text, gold label, predicted label, a score per label) to PATH: CSV for .csv, "
                          "JSON Lines for .jsonl")
    _add_column_options(evaluate, " (default: 'context' when the table has it)")
    add_model_options(evaluate)
    add_quiet_option(evaluate)
    evaluate.set_defaults(run=_run_evaluate)


def _run_train(args: argparse.Namespace) -> int:
    from .cli_output import STDOUT
    from .training import train

    if args.out == STDOUT:
        print("framing train: error: --out names the model folder to write, not standard output; "
              "give a folder path", file=sys.stderr)
        return 2
    if not args.out:
        print("framing train: error: --out is empty; give a folder path", file=sys.stderr)
        return 2
    problem = _train_option_problem(args)
    if problem:
        print(f"framing train: error: {command_line_wording(problem)}", file=sys.stderr)
        return 2
    if not args.quiet and not sys.stderr.isatty():
        # No progress bar off a terminal: say how each epoch went instead.
        logging.getLogger("framing.training").setLevel(logging.INFO)
    try:
        result = train(
            args.train, args.eval,
            labels=split_names(args.labels) if args.labels else None,
            base=args.base, output_dir=args.out, epochs=args.epochs, learning_rate=args.lr,
            max_seconds=args.max_minutes * 60 if args.max_minutes is not None else None,
            batch_tokens=args.batch_tokens, seed=args.seed, lora=not args.no_lora, context=not args.no_context,
            context_sentences=args.context_sentences, validation_fraction=args.validation_fraction,
            patience=args.patience,
            text_column=args.text_column, label_column=args.label_column, context_column=args.context_column,
            device=args.device, progress=not args.quiet, overwrite=args.overwrite,
        )
    except InputError as exc:  # options that do not fit the data (labels the starting model's, written otherwise)
        print(f"framing train: error: {command_line_wording(written_message(exc))}", file=sys.stderr)
        return 2
    m = result.metrics
    print(f"saved {result.output_dir} · labels {list(result.labels)} · validation macro-F1 {m['macro_f1']:.3f} "
          f"· accuracy {m['accuracy']:.3f} · ECE {m['ece']:.3f} · best epoch {result.best_epoch} "
          f"· {result.seconds:.0f} s")
    if result.stopped_by_time_budget_after_epoch:
        print(f"the time budget ended training after epoch {result.stopped_by_time_budget_after_epoch} "
              f"of {args.epochs}")
    print(f"read {result.rows_read:,} rows · trained on {result.train_rows:,}, "
          f"validated on {result.validation_rows:,} "
          f"({'an automatic stratified split' if args.eval is None else args.eval})")
    if m.get("spans"):
        print("span tags, token F1 on validation: "
              + ", ".join(f"{name} {r['f1']:.3f}" for name, r in m["spans"].items()))
    print("(validation figures come from the split that chose the epoch and the temperature; "
          "measure held-out data with 'framing evaluate')")
    return 0


def _train_option_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with ``framing train``'s options (numbers, labels, the output folder), naming the option;
    ``None`` if nothing."""
    if args.epochs < 1:
        return "--epochs must be at least 1"
    if args.patience < 1:
        return f"--patience must be at least 1, got {args.patience}"
    if args.validation_fraction is not None and not 0 < args.validation_fraction < 1:
        return f"--validation-fraction must be between 0 and 1 (exclusive), got {args.validation_fraction}"
    if args.validation_fraction is not None and args.eval is not None:
        return ("--validation-fraction sizes the automatic validation split, but --eval gives the validation data: "
                "drop one")
    if args.max_minutes is not None and not 0 < args.max_minutes < math.inf:
        return f"--max-minutes must be a finite number more than 0, got {args.max_minutes}"
    if not 0 <= args.seed < 2**32:
        return f"--seed must be from 0 to 2**32 - 1, got {args.seed}"
    if args.lr is not None and not 0 < args.lr < 1:
        return f"--lr must be between 0 and 1, got {args.lr}"
    if args.batch_tokens < 128:
        return f"--batch-tokens must be at least 128 (one sentence of the longest kind), got {args.batch_tokens}"
    if args.context_sentences is not None and not 1 <= args.context_sentences <= MAX_CONTEXT_SENTENCES:
        return f"--context-sentences must be from 1 to {MAX_CONTEXT_SENTENCES}, got {args.context_sentences}"
    if args.context_sentences is not None and args.no_context:
        return "--context-sentences and --no-context contradict each other: drop one"
    from .training import labels_problem, output_dir_problem

    if args.labels is not None:
        try:
            names = split_names(args.labels)
        except ValueError as exc:
            return f"--labels {exc}"
        problem = labels_problem(names, "--labels")
        if problem:
            return problem
    problem = output_dir_problem(args.out, args.overwrite)
    if problem:
        return f"--out {problem}"
    return None


def _add_column_options(parser: argparse.ArgumentParser, context_help: str) -> None:
    """The --text-column, --label-column and --context-column options that train and evaluate share;
    ``context_help`` ends the context column's help."""
    parser.add_argument("--text-column", default="text", type=non_empty_argument, metavar="NAME",
                        help="column holding the sentence (default: text)")
    parser.add_argument("--label-column", default="label", type=non_empty_argument, metavar="NAME",
                        help="column holding the label (default: label)")
    parser.add_argument("--context-column", default=None, type=non_empty_argument, metavar="NAME",
                        help=f"column holding each sentence's context{context_help}")


def _run_evaluate(args: argparse.Namespace) -> int:
    from .analyze import load, without_profile_warnings
    from .cli_output import open_output
    from .data import table_examples
    from .evaluation import describe_data, evaluate_examples, report_heading
    from .metrics import format_report
    from .progress import loading_note

    problem = _evaluate_output_problem(args)
    if problem:
        print(f"framing evaluate: error: {command_line_wording(problem)}", file=sys.stderr)
        return 2
    # The data first: a missing or malformed file is reported before the model loads.
    examples = table_examples(args.data, args.text_column, args.label_column, args.context_column, name="data",
                              read_spans=False)
    record = describe_data(args.data, examples, args.text_column, args.label_column, args.context_column)
    progress = show_progress(args)
    # evaluate builds no profile: what one would miss does not matter here
    with without_profile_warnings(), loading_note(progress):
        analyzer = load(args.model, device=args.device, precision=args.precision, batch_tokens=args.batch_tokens)
    report = evaluate_examples(analyzer, examples, record, predictions=args.predictions is not None,
                               progress=progress)
    rows = report.pop("predictions", [])  # --json holds the report framing.evaluate returns by default
    sys.stdout.write(report_heading(report) + format_report(report))
    # written beside and renamed over when complete, as analyze's --out
    if args.json is not None:
        with open_output(args.json) as handle:
            handle.write(json.dumps(report, indent=2) + "\n")
    if args.predictions is not None:
        with open_output(args.predictions) as handle:
            _write_predictions(handle, rows, report["labels"], csv=args.predictions.lower().endswith(".csv"))
    return 0


def _evaluate_output_problem(args: argparse.Namespace) -> str | None:
    """Why ``--json`` or ``--predictions`` cannot be written (standard output, which the report takes, a path
    that cannot be written, the ``--data`` file, one file for both, a --predictions ending other than .csv or
    .jsonl), or ``None``; checked before the data is read."""
    from .cli_output import STDOUT, output_problem, same_file

    outputs = [(option, path, what) for option, path, what in (("--json", args.json, "report"),
                                                                ("--predictions", args.predictions, "predictions"))
               if path is not None]
    for option, path, what in outputs:
        if path == STDOUT:
            return f"{option} - would mix with the report on standard output; give a file path"
        if option == "--predictions" and not path.lower().endswith((".csv", ".jsonl")):
            return (f"--predictions {path}: its ending names no format; give a .csv (CSV) or .jsonl (JSON Lines) "
                    "file")
        problem = output_problem(path, option)
        if problem:
            return problem
        if same_file(args.data, path):
            return f"{option} {path} is the --data file; write the {what} to another file"
    if len(outputs) == 2 and (os.path.realpath(args.json) == os.path.realpath(args.predictions)
                              or same_file(args.json, args.predictions)):
        return f"--predictions {args.predictions} is the --json file; write them to two files"
    return None


def _write_predictions(handle, rows: list[dict], labels: list[str], csv: bool) -> None:
    """``framing evaluate --predictions``: CSV (row, text, label, predicted, ``score_LABEL`` per label) or,
    without ``csv``, JSON Lines of the rows as :func:`~framing.evaluate` gives them."""
    from .textio import CsvWriter, json_line

    if not csv:
        for row in rows:
            handle.write(json_line(row) + "\n")
        return
    writer = CsvWriter(handle)
    writer.writerow(["row", "text", "label", "predicted", *(f"score_{label}" for label in labels)])
    for row in rows:
        writer.writerow([row["row"], row["text"], row["label"], row["predicted"],
                         *(row["scores"][label] for label in labels)])
