"""Evaluation figures: per-class precision/recall/F1, confusion matrix, calibration."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from .columns import fit, label_columns

__all__ = ["classification_report", "expected_calibration_error", "format_report", "fit_temperature"]


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


def classification_report(
    truth: Sequence[str], probs: np.ndarray, labels: Sequence[str]
) -> dict[str, Any]:
    """Scikit-learn figures for predictions ``argmax(probs)`` against ``truth``."""
    from sklearn.metrics import accuracy_score, confusion_matrix, precision_recall_fscore_support

    labels = list(labels)
    index = {label: i for i, label in enumerate(labels)}
    unknown = sorted(set(truth) - set(labels))
    if unknown:
        from .errors import DataError

        raise DataError(f"labels {unknown} in the evaluation data were never seen in training; the model knows {labels}")
    y_true = np.array([index[t] for t in truth], dtype=np.int64)
    y_pred = probs.argmax(axis=1) if len(probs) else np.zeros(0, np.int64)
    ids = list(range(len(labels)))
    precision, recall, f1, support = precision_recall_fscore_support(
        y_true, y_pred, labels=ids, zero_division=0
    )
    present = [i for i in ids if support[i] > 0]
    return {
        "n": int(len(y_true)),
        "accuracy": float(accuracy_score(y_true, y_pred)) if len(y_true) else 0.0,
        "macro_f1": float(np.mean([f1[i] for i in present])) if present else 0.0,
        "per_class": {
            labels[i]: {"precision": float(precision[i]), "recall": float(recall[i]),
                        "f1": float(f1[i]), "support": int(support[i])}
            for i in ids
        },
        "confusion": confusion_matrix(y_true, y_pred, labels=ids).tolist(),
        "labels": labels,
        "ece": expected_calibration_error(probs, y_true) if len(y_true) else 0.0,
    }


def format_report(report: dict[str, Any]) -> str:
    """A plain-text table of a :func:`classification_report`."""
    labels = report["labels"]
    width = max(12, label_columns(labels))
    lines = [f"{'':<{width}}  precision  recall     f1  support"]
    for label in labels:
        row = report["per_class"][label]
        if row["support"]:
            figures = f"{row['precision']:9.3f}  {row['recall']:6.3f}  {row['f1']:5.3f}"
        else:  # no row of this class: its recall and F1 are undefined, and the macro F1 leaves it out
            figures = f"{'n/a':>9}  {'n/a':>6}  {'n/a':>5}"
        lines.append(f"{fit(label, width)}  {figures}  {row['support']:7d}")
    lines.append("")
    absent = [label for label in labels if not report["per_class"][label]["support"]]
    lines.append(f"{'accuracy':<{width}}  {report['accuracy']:.3f}   (n={report['n']})")
    lines.append(f"{'macro F1':<{width}}  {report['macro_f1']:.3f}"
                 + (f"   (over the classes present; none of {', '.join(absent)})" if absent else ""))
    lines.append(f"{'ECE':<{width}}  {report['ece']:.3f}")
    lines.append("")
    lines.append("confusion (rows: true, columns: predicted, numbered as the rows)")
    cell = max(6, *(len(str(v)) for row in report["confusion"] for v in row))
    tag = len(str(len(labels)))
    lines.append(" " * (width + tag + 3) + " ".join(f"{k:>{cell}}" for k in range(1, len(labels) + 1)))
    for k, (label, row) in enumerate(zip(labels, report["confusion"]), 1):
        lines.append(f"{k:>{tag}} {fit(label, width)}  " + " ".join(f"{v:>{cell}d}" for v in row))
    return "\n".join(lines) + "\n"


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
