"""Evaluate a loaded model on any labelled table."""

from __future__ import annotations

from typing import Any

from .data import table_examples
from .metrics import classification_report

__all__ = ["evaluate"]


def evaluate(
    analyzer,
    data: Any,
    text_column: str = "text",
    label_column: str = "label",
    context_column: str | None = None,
) -> dict[str, Any]:
    """Per-class precision/recall/F1, confusion matrix and ECE for ``data``.

    ``data`` is anything :func:`framing.data.read_table` reads. Sentences are
    scored with their context column when one is named.
    """
    examples = table_examples(data, text_column, label_column, context_column, name="data")
    contexts = [e.context for e in examples] if context_column else None
    probs = analyzer.predict_proba([e.text for e in examples], contexts)
    return classification_report([e.label for e in examples], probs, analyzer.labels)
