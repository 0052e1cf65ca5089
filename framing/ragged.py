"""Rows of different lengths kept flat: one long array, each row's start and length.

The encoder and the word cache both keep token ids this way, so that any
set of rows can be gathered or scattered with NumPy indexing alone.
"""

from __future__ import annotations

import numpy as np

__all__ = ["row_starts", "segment_index"]


def row_starts(lengths: np.ndarray) -> np.ndarray:
    """Where each row starts in the flat array, for rows of ``lengths`` laid end to end."""
    starts = np.zeros(len(lengths), np.int64)
    np.cumsum(lengths[:-1], out=starts[1:])
    return starts


def segment_index(first: np.ndarray, count: np.ndarray) -> np.ndarray:
    """Flat positions ``first[i] .. first[i] + count[i] - 1`` for every ``i``, concatenated."""
    base = np.repeat(first, count)
    offset = np.repeat(np.cumsum(count) - count, count)
    return base + (np.arange(int(count.sum())) - offset)
