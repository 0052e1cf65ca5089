"""Evaluate a loaded model on any labelled table."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from .data import Example, table_examples
from .errors import DataError
from .metrics import classification_report
from .validation import did_you_mean

if TYPE_CHECKING:
    from .analyze import Analyzer

__all__ = ["evaluate", "evaluate_examples"]


def evaluate(
    analyzer: "Analyzer | str | os.PathLike | None",
    data: Any,
    text_column: str = "text",
    label_column: str = "label",
    context_column: str | None = None,
) -> dict[str, Any]:
    """Per-class precision/recall/F1, confusion matrix and ECE for ``data``.

    ``analyzer`` is a loaded :class:`~framing.Analyzer`, or a model folder
    (``None``: the bundled model) to load after the data is read.
    ``data`` is anything :func:`framing.data.read_table` reads. Sentences are
    scored with their context when the table has one (``context_column``, or
    a column named ``context``).
    """
    from .analyze import Analyzer, load

    if not isinstance(analyzer, (Analyzer, str, os.PathLike, type(None))):
        raise TypeError(f"analyzer must be an Analyzer (framing.load(...)), a model folder or None, got "
                        f"{type(analyzer).__name__}")
    examples = table_examples(data, text_column, label_column, context_column, name="data", read_spans=False)
    return evaluate_examples(analyzer if isinstance(analyzer, Analyzer) else load(analyzer), examples)


def evaluate_examples(analyzer: "Analyzer", examples: list[Example]) -> dict[str, Any]:
    """The report for hard-labelled ``examples``; a label the model lacks is refused before any scoring."""
    labels = list(analyzer.labels)
    for e in examples:
        if e.label not in labels:
            raise DataError(f"{e.where or 'data'}: label {e.label!r} is not one of the model's labels "
                            f"{labels}{did_you_mean(e.label, labels)}")
    contexts = [e.context for e in examples] if any(e.context is not None for e in examples) else None
    probs = analyzer.predict_proba([e.text for e in examples], contexts)
    return classification_report([e.label for e in examples], probs, labels)
