"""Fixed-width columns for the terminal tables: a wide character (Chinese, Japanese, Korean, most
emoji) takes two columns, a combining mark none, and a label longer than a column's cap is clipped."""

from __future__ import annotations

import unicodedata

__all__ = ["display_width", "fit", "label_columns", "MAX_LABEL_COLUMNS"]

#: The widest a label column gets; longer names are clipped with "…".
MAX_LABEL_COLUMNS = 32


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes."""
    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
               for ch in text)


def fit(text: str, width: int) -> str:
    """``text`` padded with spaces to ``width`` columns, or clipped to them with "…" in the middle, so
    that names differing at either end ("claim_by_official_A", "..._B") stay apart."""
    if display_width(text) > width:
        room = width - 1
        head = _take(text, (room + 1) // 2)
        tail = _take(text[::-1], room - display_width(head))[::-1]
        text = head + "…" + tail
    return text + " " * (width - display_width(text))


def _take(text: str, width: int) -> str:
    """The longest start of ``text`` that fits in ``width`` columns."""
    kept, used = [], 0
    for ch in text:
        w = display_width(ch)
        if used + w > width:
            break
        kept.append(ch)
        used += w
    return "".join(kept)


def label_columns(labels) -> int:
    """The width of a column of ``labels``: the widest, up to :data:`MAX_LABEL_COLUMNS`."""
    return min(MAX_LABEL_COLUMNS, max((display_width(label) for label in labels), default=0))
