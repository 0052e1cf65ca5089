"""Evaluation figures: per-class precision/recall/F1, confusion matrix, calibration."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from .columns import fit, label_columns

__all__ = ["classification_report", "coverage", "expected_calibration_error", "format_report", "fit_temperature",
           "log_loss", "reliability"]

RELIABILITY_EDGES = (0.5, 0.7, 0.9, 0.97)
"""Where the reliability table's bins of the top score part (the README's table of the bundled model's)."""
COVERAGE_THRESHOLDS = (0.5, 0.7, 0.8, 0.9, 0.95)
"""The confidence thresholds :func:`classification_report` reports the coverage of."""


def expected_calibration_error(probs: np.ndarray, truth: np.ndarray, bins: int = 15) -> float:
    """Mean |accuracy − confidence| over equal-width confidence bins, weighted by bin size."""
    if len(probs) == 0:
        return 0.0
    confidence = probs.max(axis=1)
    correct = (probs.argmax(axis=1) == truth).astype(np.float64)
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(confidence, edges[1:-1], right=True), 0, bins - 1)
    total = 0.0
    for b in range(bins):
        in_bin = which == b
        if in_bin.any():
            total += in_bin.mean() * abs(correct[in_bin].mean() - confidence[in_bin].mean())
    return float(total)


def reliability(probs: np.ndarray, truth: np.ndarray,
                edges: Sequence[float] = RELIABILITY_EDGES) -> list[dict[str, Any]]:
    """A reliability table: the rows put in bins by their top probability, split at ``edges`` (a bin holds its
    lower edge: ``[0, 0.5)``, ``[0.5, 0.7)``, ... ``[0.97, 1]``), each with its ``low`` and ``high`` edge,
    ``sentences``, ``accuracy`` (the share whose argmax is ``truth``) and ``mean_confidence`` (the mean top
    probability); a bin without rows has ``None`` for both. Where accuracy is above the mean top probability
    the scores are under-confident there, below it over-confident."""
    bounds = [0.0, *edges, 1.0]
    confidence = probs.max(axis=1) if len(probs) else np.zeros(0)
    correct = probs.argmax(axis=1) == truth if len(probs) else np.zeros(0, bool)
    table = []
    for k, (low, high) in enumerate(zip(bounds, bounds[1:])):
        last = k == len(bounds) - 2
        in_bin = (confidence >= low) & ((confidence <= high) if last else (confidence < high))
        count = int(in_bin.sum())
        table.append({"low": low, "high": high, "sentences": count,
                      "accuracy": float(correct[in_bin].mean()) if count else None,
                      "mean_confidence": float(confidence[in_bin].mean()) if count else None})
    return table


def coverage(probs: np.ndarray, truth: np.ndarray,
             thresholds: Sequence[float] = COVERAGE_THRESHOLDS) -> list[dict[str, Any]]:
    """What a confidence threshold keeps: per threshold T, the rows whose top probability is at least T
    (``kept``), their ``share`` of all rows and their ``accuracy`` (``None`` where none is kept)."""
    confidence = probs.max(axis=1) if len(probs) else np.zeros(0)
    correct = probs.argmax(axis=1) == truth if len(probs) else np.zeros(0, bool)
    rows = []
    for threshold in thresholds:
        kept = confidence >= threshold
        count = int(kept.sum())
        rows.append({"threshold": float(threshold), "kept": count,
                     "share": count / len(confidence) if len(confidence) else 0.0,
                     "accuracy": float(correct[kept].mean()) if count else None})
    return rows


def classification_report(
    truth: Sequence[str], probs: np.ndarray, labels: Sequence[str]
) -> dict[str, Any]:
    """Scikit-learn figures for predictions ``argmax(probs)`` against ``truth``.

    A figure with nothing to divide by is ``None``: precision for a class never predicted, recall for one
    with no true row, F1 for one neither true nor predicted. The macro F1 averages the classes true or
    predicted (``macro_f1_labels``), as scikit-learn's ``f1_score(average="macro")`` does: a predicted class
    no row holds counts, with F1 0. ``weighted_f1`` weights each class by its true rows. ``nll`` is the mean
    log-loss of the true classes (:func:`log_loss`), as training's validation reports it. ``mean_confidence``
    is the mean top probability (against ``accuracy``, it says whether the scores are over- or under-confident),
    ``reliability`` the table of :func:`reliability` and ``coverage`` that of :func:`coverage`.
    """
    from sklearn.metrics import accuracy_score, confusion_matrix, precision_recall_fscore_support

    labels = list(labels)
    index = {label: i for i, label in enumerate(labels)}
    unknown = sorted(set(truth) - set(labels))
    if unknown:
        from .errors import DataError

        raise DataError(f"labels {unknown} in the evaluation data were never seen in training; "
                        f"the model knows {labels}")
    y_true = np.array([index[t] for t in truth], dtype=np.int64)
    y_pred = probs.argmax(axis=1) if len(probs) else np.zeros(0, np.int64)
    ids = list(range(len(labels)))
    precision, recall, f1, support = precision_recall_fscore_support(
        y_true, y_pred, labels=ids, zero_division=np.nan
    )
    scored = [i for i in ids if not np.isnan(f1[i])]
    return {
        "n": int(len(y_true)),
        "accuracy": float(accuracy_score(y_true, y_pred)) if len(y_true) else 0.0,
        "macro_f1": float(np.mean(f1[scored])) if scored else 0.0,
        "macro_f1_labels": [labels[i] for i in scored],
        "weighted_f1": float(np.dot(np.nan_to_num(f1), support) / len(y_true)) if len(y_true) else 0.0,
        "per_class": {
            labels[i]: {"precision": _defined(precision[i]), "recall": _defined(recall[i]),
                        "f1": _defined(f1[i]), "support": int(support[i])}
            for i in ids
        },
        "confusion": confusion_matrix(y_true, y_pred, labels=ids).tolist(),
        "labels": labels,
        "ece": expected_calibration_error(probs, y_true) if len(y_true) else 0.0,
        "nll": log_loss(probs, y_true),
        "mean_confidence": float(probs.max(axis=1).mean()) if len(y_true) else None,
        "reliability": reliability(probs, y_true),
        "coverage": coverage(probs, y_true),
    }


def _defined(value: float) -> float | None:
    """``value`` as a float, or ``None`` where it is undefined (NaN: nothing to divide by); JSON has no NaN."""
    return None if np.isnan(value) else float(value)


def format_report(report: dict[str, Any]) -> str:
    """A plain-text table of a :func:`classification_report` (``n/a`` where a figure is ``None``), with the
    line on contexts that :func:`framing.evaluate` adds."""
    labels = report["labels"]
    width = max(12, label_columns(labels))
    lines = [f"{'':<{width}}  precision  recall     f1  support"]
    for label in labels:
        row = report["per_class"][label]
        figures = "  ".join(_figure(row[name], size) for name, size in (("precision", 9), ("recall", 6), ("f1", 5)))
        lines.append(f"{fit(label, width)}  {figures}  {row['support']:7d}")
    lines.append("")
    lines.append(f"{'accuracy':<{width}}  {report['accuracy']:.3f}   (n={report['n']})")
    lines.append(f"{'macro F1':<{width}}  {report['macro_f1']:.3f}{_macro_note(report)}")
    lines.append(f"{'weighted F1':<{width}}  {report['weighted_f1']:.3f}   (classes weighted by true rows)")
    lines.append(f"{'ECE':<{width}}  {report['ece']:.3f}{_confidence_note(report)}")
    if "context" in report:
        lines.append(f"{'context':<{width}}  {_context_note(report['context'], report['n'])}")
    if report.get("reliability"):
        lines += ["", *_reliability_lines(report)]
    lines.append("")
    lines.append("confusion (rows: true, columns: predicted, numbered as the rows)")
    cell = max(6, *(len(str(v)) for row in report["confusion"] for v in row))
    tag = len(str(len(labels)))
    lines.append(" " * (width + tag + 3) + " ".join(f"{k:>{cell}}" for k in range(1, len(labels) + 1)))
    for k, (label, row) in enumerate(zip(labels, report["confusion"]), 1):
        lines.append(f"{k:>{tag}} {fit(label, width)}  " + " ".join(f"{v:>{cell}d}" for v in row))
    return "\n".join(lines) + "\n"


def _confidence_note(report: dict[str, Any]) -> str:
    """The mean top score against the accuracy, and which way the scores lean, after the ECE."""
    mean = report.get("mean_confidence")
    if mean is None:
        return ""
    accuracy = report["accuracy"]
    lean = ("over-confident" if mean > accuracy + 0.01 else "under-confident" if mean < accuracy - 0.01
            else "about right")
    return f"   (mean top score {mean:.3f} against accuracy {accuracy:.3f}: {lean} on this data)"


def _reliability_lines(report: dict[str, Any]) -> list[str]:
    """The reliability table and the coverage of each confidence threshold, as plain text."""
    lines = ["reliability (sentences by their top score; share right against the mean top score)"]
    for row in report["reliability"]:
        last = row["high"] == 1.0
        span = f"{row['low']:.2f}-{row['high']:.2f}" + ("" if last else " ")
        right = "n/a" if row["accuracy"] is None else f"{row['accuracy']:.3f}"
        mean = "n/a" if row["mean_confidence"] is None else f"{row['mean_confidence']:.3f}"
        lines.append(f"  top score {span:<10} {row['sentences']:7d} sentences   right {right:>5}   mean {mean:>5}")
    lines += ["", "coverage (keep only sentences whose top score is at least T)"]
    for row in report.get("coverage", []):
        right = "n/a" if row["accuracy"] is None else f"{row['accuracy']:.3f}"
        lines.append(f"  T={row['threshold']:.2f}  keeps {row['kept']:7d} of {report['n']} ({row['share']:.1%})"
                     f"   right {right:>5}")
    return lines


def _figure(value: float | None, size: int) -> str:
    return f"{'n/a':>{size}}" if value is None else f"{value:{size}.3f}"


def _macro_note(report: dict[str, Any]) -> str:
    """Which classes the macro F1 averages, when not simply every class: it leaves out those neither true
    nor predicted, and counts those predicted but never true."""
    covered = report["macro_f1_labels"]
    left_out = [label for label in report["labels"] if label not in covered]
    only_predicted = [label for label in covered if not report["per_class"][label]["support"]]
    if not only_predicted:
        return f"   (over the classes present; none of {', '.join(left_out)})" if left_out else ""
    notes = [f"none of {', '.join(left_out)}"] if left_out else []
    notes.append(f"{', '.join(only_predicted)} predicted but never true, F1 0")
    return f"   (over the classes true or predicted; {'; '.join(notes)})"


def _context_note(context: dict[str, int], n: int) -> str:
    """How many sentences were scored with a context, against how many sentences of it the model reads."""
    reads, given = context["model_reads"], context["examples_with_context"]
    if not reads:
        return f"the model reads none ({given} of {n} sentences have one)"
    if not given:
        return f"none given, though the model reads {reads} sentence(s) before each: these figures are without it"
    return f"{given} of {n} sentences have one; the model reads {reads} sentence(s) before each"


def fit_temperature(log_probs: np.ndarray, truth: np.ndarray) -> float:
    """The temperature T minimising NLL of ``softmax(log_probs / T)`` (grid, then refine).

    1.0 when there is nothing to fit: no rows, or every row already right — then the NLL only falls
    as T falls, and the "best" temperature would push every probability to 0 or 1.
    """
    if len(truth) == 0 or (log_probs.argmax(axis=1) == truth).all():
        return 1.0

    def nll(t: float) -> float:
        z = log_probs / t
        z = z - z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        return float(-logp[np.arange(len(truth)), truth].mean())

    grid = np.exp(np.linspace(np.log(0.05), np.log(20.0), 120))
    best = min(grid, key=nll)
    for step in (0.05, 0.01):
        candidates = best * np.exp(np.arange(-5, 6) * step)
        best = min(candidates, key=nll)
    return float(best)


def log_loss(probs: np.ndarray, truth: np.ndarray) -> float:
    """Mean negative log-probability of each row's true class ``truth`` (0.0 without rows); probabilities are
    clipped at 1e-12, so a confident miss costs much but not infinitely."""
    if len(truth) == 0:
        return 0.0
    return float(-np.log(np.clip(probs[np.arange(len(truth)), truth], 1e-12, 1.0)).mean())
