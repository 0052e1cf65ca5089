"""The model card: a README.md generated from what a training run recorded."""

from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path
from typing import Any

from .metrics import format_report
from .model import read_config, write_replacing
from .provenance import library_versions

__all__ = ["write_model_card"]


def _cell(text: str) -> str:
    """``text`` as literal Markdown inside a table cell: HTML and Markdown marks escaped, ``|`` too."""
    text = html.escape(text, quote=False)
    return re.sub(r"([\\`*_\[\]|])", r"\\\1", text)


def _code(text: str) -> str:
    """``text`` as an inline code span (fenced by one backtick more than its longest run of them)."""
    longest = max((len(run) for run in re.findall("`+", text)), default=0)
    fence = "`" * (longest + 1)
    return f"{fence} {text} {fence}" if longest else f"`{text}`"


def _log_loss(value: float | None) -> str:
    """An epoch's validation log-loss for the card ("n/a" when none was measured: no hard-labelled rows)."""
    return "n/a" if value is None or value != value else f"{value:.4f}"


def _shared_note(shared: int | None, validated: int) -> str:
    """A sentence for the validation figures when training also held some of their sentences."""
    if not shared:
        return ""
    return (f" {shared} of the {validated} validation sentences are also training sentences, so these figures "
            "flatter the model more.")


def _span_rows_note(span_rows: dict[str, int], new_head: bool) -> str:
    """The training rows annotating each span type, and the types none taught, with what this model does with
    them: a ``new_head`` tags none; a span head kept from the starting model keeps its tagging, which drifts.
    The card said both ("a new span head ...; one kept ..."), and a reader could not tell which this model is."""
    taught = [f"{_cell(name)} {n}" for name, n in span_rows.items() if n]
    untaught = [_cell(name) for name, n in span_rows.items() if not n]
    note = "Training rows annotating each span type: " + (", ".join(taught) if taught else "none") + "."
    if untaught:
        what = ("this model's new span head tags none of them" if new_head else
                "this model keeps the starting model's tagging of them, which may drift as the encoder is fine-tuned: "
                "compare both models' spans on your own text")
        note += " Not taught: " + ", ".join(untaught) + f" ({what})."
    return note


def write_model_card(directory: Path, result, args, train_examples, eval_examples, extra: dict[str, Any]) -> Path:
    """Write ``README.md`` into a model folder: data, recipe, figures, versions."""
    train_counts = Counter(e.label or "partial/unlabelled" for e in train_examples)
    eval_counts = Counter(e.label for e in eval_examples if e.label is not None)
    origins = Counter(e.origin.split(":")[0] or "user" for e in train_examples)
    config = read_config(Path(directory))
    lines = [
        f"# {extra.get('title', 'framing model')}",
        "",
        extra.get("summary", "A sentence classifier and span tagger trained with `framing train`."),
        "",
    ]
    if config.extra.get("started_from"):
        lines += [f"Started from {config.extra['started_from']}.", ""]
    if result.interrupted_at_epoch:
        lines += [f"Training was interrupted (Ctrl-C) during epoch {result.interrupted_at_epoch} of {args.epochs}; "
                  f"this is epoch {result.best_epoch}, the best of those finished.", ""]
    if result.stopped_by_time_budget_after_epoch:
        lines += [f"The time budget ({args.max_seconds:.0f} s for the epochs) ended training after epoch "
                  f"{result.stopped_by_time_budget_after_epoch} of {args.epochs}; this is epoch {result.best_epoch}, "
                  "the best of those run.", ""]
    if config.extra.get("untrained_span_types"):
        lines += ["Span tagging: no training example annotated "
                  + ", ".join(config.extra["untrained_span_types"])
                  + ", so this model tags no such spans (the document profile finds no sources from them).", ""]
    lines += [
        "## Labels",
        "",
        ", ".join(_code(label) for label in result.labels),
        "",
        "## Data",
        "",
        f"Training examples: {len(train_examples)}; validation examples: {sum(eval_counts.values())}.",
        "",
        "| label | train | validation |",
        "|---|---|---|",
    ]
    others = sorted((set(train_counts) | set(eval_counts)) - set(result.labels))  # "partial/unlabelled"
    for label in [*result.labels, *others]:  # in model order, as every other table; a label without rows too
        lines.append(f"| {_cell(label)} | {train_counts.get(label, 0)} | {eval_counts.get(label, 0)} |")
    lines += ["", "Training examples by origin: " + ", ".join(f"{k} {v}" for k, v in sorted(origins.items())), ""]
    data = args.data if isinstance(getattr(args, "data", None), dict) else {}
    repeated = [f"{data[key]} {kind} row(s) repeat an earlier row (text, context and label)"
                for key, kind in (("duplicate_training_rows", "training"), ("duplicate_validation_rows", "validation"))
                if data.get(key)]
    if repeated:
        lines += ["; ".join(repeated) + ": each copy counts again.", ""]
    if data.get("conflicting_training_sentences"):
        lines += [f"Training sentences with two or more labels: {data['conflicting_training_sentences']} (each row "
                  "taught its own label).", ""]
    if data.get("span_rows"):
        lines += [_span_rows_note(data["span_rows"], bool(config.extra.get("untrained_span_types"))), ""]
    if extra.get("data_notes"):
        lines += [extra["data_notes"], ""]
    lines += [
        "## Validation figures",
        "",
        f"Best epoch {result.best_epoch}; temperature {result.temperature:.3f}; "
        f"calibration error (ECE) {result.metrics['ece']:.3f}. These come from the split that chose the "
        "epoch and the temperature, so they flatter the model a little; measure held-out data with "
        "`framing evaluate`." + _shared_note(data.get("validation_sentences_in_training"),
                                             sum(eval_counts.values())),
        "",
        "```",
        format_report(result.metrics).rstrip(),
        "```",
        "",
    ]
    if result.metrics.get("spans"):
        lines += ["Span tags on the validation sentences that annotate them (token level; the epoch was chosen "
                  "on sentence labels alone):", "", "| span type | precision | recall | F1 | tokens |",
                  "|---|---|---|---|---|"]
        lines += [f"| {name} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | {r['tokens']} |"
                  for name, r in result.metrics["spans"].items()]
        lines += [""]
    lines += [
        "| epoch | loss | validation macro-F1 | validation log-loss |",
        "|---|---|---|---|",
    ]
    lines += [f"| {h['epoch']} | {h['loss']:.4f} | {h['val_macro_f1']:.4f} | {_log_loss(h.get('val_nll'))} |"
              for h in result.history]
    lines += ["", "## Training arguments", "", "```"]
    lines += [f"{k} = {v!r}" for k, v in vars(args).items()]
    lines += ["```", "", f"Trained in {result.seconds:.0f} s in all; the training loop ran at "
              f"{result.examples_per_second:.1f} examples/s.", ""]
    if extra.get("sections"):
        lines += [extra["sections"], ""]
    lines += ["## Versions it was trained with", "", ", ".join(f"{k} {v}" for k, v in library_versions().items()),
              "", "The library versions of the training run; the model runs with any version the package allows "
              "(`Analyzer.provenance()` gives those of a run).", ""]
    path = Path(directory) / "README.md"
    write_replacing(path, "\n".join(lines))  # a link there is replaced, not written through
    return path
