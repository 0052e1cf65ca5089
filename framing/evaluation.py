"""Evaluate a loaded model on any labelled table."""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Any

from .data import Example, describe_source, hashed_sentences, table_examples
from .errors import DataError, warn
from .metrics import classification_report
from .validation import (check_column, check_flag, check_table, command_line_keywords, did_you_mean,
                         read_json)

if TYPE_CHECKING:
    from .analyze import Analyzer

__all__ = ["describe_data", "evaluate", "evaluate_examples", "report_heading"]

logger = logging.getLogger(__name__)


@command_line_keywords({"model": "the model as analyzer= (the command's --model), a folder or a loaded Analyzer",
                        "quiet": "progress=False (the command's --quiet)"})
def evaluate(
    analyzer: "Analyzer | str | os.PathLike | None",
    data: Any,
    text_column: str = "text",
    label_column: str = "label",
    context_column: str | None = None,
    predictions: bool = False,
    progress: bool = False,
) -> dict[str, Any]:
    """Per-class precision/recall/F1, confusion matrix and ECE for ``data``, with their provenance.

    ``analyzer`` is a loaded :class:`~framing.Analyzer`, or a model folder
    (``None``: the bundled model) to load after the data is read.
    ``data`` is anything :func:`framing.data.read_table` reads. Sentences are
    scored with their context when the table has one (``context_column``, or
    a column named ``context``). ``predictions=True`` adds each sentence's row, text, gold and predicted label
    and scores to the report (see :func:`evaluate_examples`); ``progress=True`` shows a bar of the sentences
    scored (on stderr). A warning says when ``data`` is the file the
    model was trained or validated on, or holds sentences it was trained on. An argument of the wrong type raises
    ``TypeError`` naming it; an empty path :class:`~framing.InputError`.
    """
    from .analyze import Analyzer, load, without_profile_warnings

    if not isinstance(analyzer, (Analyzer, str, os.PathLike, type(None))):
        raise TypeError(f"analyzer must be an Analyzer (framing.load(...)), a model folder or None, got "
                        f"{type(analyzer).__name__}")
    check_table(data, "data")
    check_column(text_column, "text_column")
    check_column(label_column, "label_column")
    check_column(context_column, "context_column", none=True)
    check_flag(predictions, "predictions")
    check_flag(progress, "progress")
    examples = table_examples(data, text_column, label_column, context_column, name="data", read_spans=False)
    record = describe_data(data, examples, text_column, label_column, context_column)
    if not isinstance(analyzer, Analyzer):
        with without_profile_warnings():  # labels alone are scored: what a profile would miss does not matter
            analyzer = load(analyzer)
    return evaluate_examples(analyzer, examples, record, predictions, progress)


def describe_data(data: Any, examples: list[Example], text_column: str, label_column: str,
                  context_column: str | None) -> dict[str, Any]:
    """The evaluation table as a report records it, as ``training_args.json`` records training data: a
    file's path and SHA-256 (else its kind), the rows read and the columns read."""
    context = context_column or ("context" if any(e.context for e in examples) else None)
    return describe_source(data, len(examples)) | {
        "columns": {"text": text_column, "label": label_column, "context": context}}


def evaluate_examples(analyzer: "Analyzer", examples: list[Example],
                      data: dict[str, Any] | None = None, predictions: bool = False,
                      progress: bool = False) -> dict[str, Any]:
    """The report for hard-labelled ``examples``; a label the model lacks is refused before any scoring.
    ``data`` describes where the examples came from (:func:`describe_data`), for the provenance.
    ``predictions``: the report's ``predictions`` lists, per example, its ``row`` (as messages name it, "line
    5"), ``text``, gold ``label``, ``predicted`` label (the argmax the figures count) and ``scores`` per label,
    from the probabilities the figures are computed from. ``progress``: a bar of the sentences scored."""
    labels = list(analyzer.labels)
    truth: list[str] = []
    for e in examples:
        if e.label is None or e.label not in labels:
            raise DataError(f"{e.where or 'data'}: label {e.label!r} is not one of the model's labels "
                            f"{labels}{did_you_mean(str(e.label), labels)}")
        truth.append(e.label)
    _warn_training_data(analyzer, examples, data)  # once the data is known to be scored: no warning before a refusal
    contexts = [e.context for e in examples] if any(e.context is not None for e in examples) else None
    probs = analyzer.predict_proba([e.text for e in examples], contexts, progress=progress)
    report = classification_report(truth, probs, labels)
    report["context"] = _context_record(analyzer, examples)
    report["provenance"] = _provenance(analyzer, data)
    if predictions:
        report["predictions"] = [
            {"row": e.row, "text": e.text, "label": e.label, "predicted": labels[int(p.argmax())],
             "scores": {label: float(score) for label, score in zip(labels, p)}}
            for e, p in zip(examples, probs)]
    return report


def report_heading(report: dict[str, Any]) -> str:
    """The lines ``framing evaluate`` prints above its table, naming the model (its folder, or ``default`` for
    the bundled model) and the data file scored, so that two reports pasted side by side can be told apart."""
    provenance = report["provenance"]
    model = provenance["model"]["path"] or "default"
    data = provenance["data"] or {}
    return f"model: {model}\ndata:  {data.get('path') or data.get('kind', 'rows in memory')}\n\n"


def _warn_training_data(analyzer: "Analyzer", examples: list[Example], data: dict[str, Any] | None) -> None:
    """Warn when the evaluation file is the one the model was trained or validated on (its SHA-256 is one that
    the model folder's ``training_args.json`` records), else when some of its sentences are ones the model was
    trained on (their hashes are recorded there too). The figures then flatter the model."""
    if analyzer.path is None:
        return
    try:
        run = read_json((analyzer.path / "training_args.json").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):  # no record (a model saved otherwise), or an unreadable one
        return
    if not isinstance(run, dict):
        return
    recorded = run.get("data")
    for key, role in (("train", "trained on"), ("eval", "validated on, which chose its epoch and temperature")):
        table = recorded.get(key) if isinstance(recorded, dict) else None
        if data and data.get("sha256") and isinstance(table, dict) and table.get("sha256") == data["sha256"]:
            logger.warning("%s is the file %s was %s (sha256 %s): these figures flatter the model; evaluate on "
                           "held-out data", data["path"], analyzer.path, role, data["sha256"])
            return
    hashes = run.get("training_sentence_hashes")
    try:
        trained = hashed_sentences([e.text for e in examples], hashes) if isinstance(hashes, str) else 0
    except ValueError:  # not base64: an edited record
        return
    if trained:
        logger.warning("%d of %d sentences of %s are sentences %s was trained on: these figures flatter the model; "
                       "evaluate on held-out data", trained, len(examples), (data or {}).get("path", "the data"),
                       analyzer.path)


def _context_record(analyzer: "Analyzer", examples: list[Example]) -> dict[str, int]:
    """How many sentences had a context, against how many sentences of it the model reads; a warning when the
    model reads context and no sentence has one (it then scores lower than on running text)."""
    config = analyzer.model.config
    reads = config.context_sentences if config.context == "previous" else 0
    given = sum(1 for e in examples if e.context)
    if reads and not given:
        warn(logger, "no sentence has a context but the model reads %d before each sentence, as analyze() gives "
             "it: these figures are for the model without context, lower than on running text; give each sentence "
             "the %d sentence(s) before it in a 'context' column (or name another column: "
             "context_column=NAME (--context-column NAME))", reads, reads)
    return {"model_reads": reads, "examples_with_context": given}


def _provenance(analyzer: "Analyzer", data: dict[str, Any] | None) -> dict[str, Any]:
    """What the figures came from: the model (its folder and fingerprint), how it ran, the data and the
    library versions. A model built in memory has no folder: its fingerprint is of its config and weights."""
    record = analyzer.provenance()
    return {**{k: v for k, v in record.items() if k != "versions"}, "data": data, "versions": record["versions"]}
