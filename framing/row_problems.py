"""The problems of a table's rows gathered into one error, so that a user fixes every bad row in one go.

A labels file with an empty text on one line and an empty label on another was refused one row a run: the
user fixed one, read the file again (minutes, once training had loaded) and met the next. The error's first
line is the problem that alone would have been named (its wording unchanged, for a script that matches it);
the lines after it name the other rows, in the table's order, up to :data:`MAX_LISTED`.
"""

from __future__ import annotations

from .errors import DataError, counted

__all__ = ["MAX_LISTED", "RowProblems"]

#: At most this many further rows are listed after the first; the rest are counted ("and 12 more").
MAX_LISTED = 20


class RowProblems:
    """Problems found row by row in one table (``prefix``: "train: data.csv"), raised together."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self._found: list[tuple[int, str, str]] = []  # (order of the row, where it sits, what is wrong)
        self._order: dict[str, int] = {}

    def add(self, where: str, problem: str | None, index: int = 0) -> None:
        """Note ``problem`` (none when ``None``) of the row at ``where`` ("line 40"), the ``index``-th row (from 0);
        a row already named keeps its first problem."""
        if problem is not None and where not in self._order:
            self._order[where] = index
            self._found.append((index, where, problem))

    def __contains__(self, where: str) -> bool:
        return where in self._order

    def raise_any(self) -> None:
        """Raise one :class:`DataError` naming every problem noted, if any: the first noted on the first line."""
        if not self._found:
            return
        (_, where, problem), rest = self._found[0], sorted(self._found[1:])
        message = f"{self.prefix}: {where}: {problem}"
        if rest:
            shown = rest[:MAX_LISTED]
            message += (f"\n{counted(len(rest), 'more row')} to fix (every row is checked, so one run names them "
                        "all):\n" + "\n".join(f"  {row}: {what}" for _, row, what in shown))
            if len(rest) > len(shown):
                message += f"\n  and {len(rest) - len(shown)} more"
        raise DataError(message)
