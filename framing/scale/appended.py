"""Resuming an output whose input has grown since it was scored: records appended to the end of a CSV, TSV or
JSON Lines file, every byte scored before unchanged, are scored on their own; any other change is refused,
saying what changed.

The manifest keeps the input's size and the SHA-256 of its every byte (``content_fingerprint``, over its name and
size first). A file is the earlier one grown when the same digest over its first ``size`` bytes matches, that
part ended at a line end (or the file goes on with one), and, for CSV and TSV, no quote is left open at its end:
then its records read as they did, and those after it are new.
"""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..textio import NEVER_CLOSED, csv_records
from .readers import Reader

#: The input kinds whose records are lines (CSV's quoted fields aside), and so can be appended to.
LINE_KINDS = ("jsonl", "csv", "tsv")
#: What a refusal says of the inputs that take appended records.
APPENDABLE = "records appended to the end of an uncompressed CSV, TSV or JSON Lines file resume"
_BLOCK = 1 << 20


@dataclass(frozen=True)
class Appended:
    """The input is the one scored with records appended: ``then`` bytes when scored, ``now`` bytes now."""

    then: int
    now: int


def input_size(reader: Reader) -> dict[str, int]:
    """``{"size": bytes}`` of a one-file input of a line kind, recorded so a resume can tell records appended to it
    (``{}`` for others)."""
    if reader.kind not in LINE_KINDS or not reader.path.is_file():
        return {}
    return {"size": reader.path.stat().st_size}


def appended_since(was: dict[str, Any], now: dict[str, Any], reader: Reader) -> Appended | str:
    """Whether the input ``reader`` reads, described by ``now`` (a manifest's ``input``), is the one ``was``
    describes with records appended to it: an :class:`Appended`, or why not, for the refusal to say."""
    if was.get("kind") != now.get("kind") or was.get("path") != now.get("path"):
        return ""
    if now.get("kind") not in LINE_KINDS or reader.path.name.lower().endswith(".gz"):
        return f"(only {APPENDABLE}: a {now.get('kind')} input is scored whole)"
    then, digest = was.get("size"), was.get("content_fingerprint")
    if not isinstance(then, int) or not isinstance(digest, str):
        return (f"(this output, from an earlier framing, records no size of its input, so records appended to it "
                f"cannot be told from an edit; {APPENDABLE} only into outputs this framing made)")
    path = reader.path.resolve()
    size = path.stat().st_size
    if size < then:
        return (f"it is shorter than when it was scored ({then:,} bytes then, {size:,} now): a record scored was "
                f"removed or edited. Only {APPENDABLE}")
    if _head_digest(path, then) != digest:
        return (f"its first {then:,} bytes, the whole file when it was scored, differ now: a record scored was "
                f"edited, removed or reordered (now {size:,} bytes). Only {APPENDABLE}, every record before "
                "them unchanged")
    if not _ends_a_line(path, then, now["kind"] == "jsonl"):
        return (f"its last line when it was scored (it ended at byte {then:,} with no line end) runs on now, so "
                f"its last record changed. Only {APPENDABLE}, after a line end")
    if now["kind"] != "jsonl" and _ends_in_open_quote(path, then, getattr(reader, "delimiter", ",")):
        return (f"its first {then:,} bytes, the whole file when it was scored, end inside a quoted field that was "
                "never closed, so what was appended reads into that record. Close the quote in a new file and "
                "score it with overwrite=True (--overwrite)")
    return Appended(then, size)


def _head_digest(path: Path, size: int) -> str:
    """The content fingerprint (see :func:`framing.scale.readers.fingerprint_files`) of ``path``'s first ``size``
    bytes, as the whole file's was when it held only those."""
    digest = hashlib.sha256(os.fsencode(path.name) + f"\0{size}\0".encode())
    with path.open("rb") as handle:
        left = size
        while left:
            block = handle.read(min(left, _BLOCK))
            if not block:
                break
            digest.update(block)
            left -= len(block)
    return digest.hexdigest()


def _ends_a_line(path: Path, size: int, lines_end_at_lf: bool) -> bool:
    """Whether the first ``size`` bytes of ``path`` end a line, or the bytes after them start with a line end (for
    JSON Lines, read in lines that end at ``\\n``, one that is or ends with it; for CSV, ``\\r`` too)."""
    with path.open("rb") as handle:
        handle.seek(max(size - 1, 0))
        around = handle.read(3)
    last, after = around[:1], around[1:]
    if lines_end_at_lf:
        return size == 0 or last == b"\n" or after[:1] == b"\n" or after == b"\r\n"
    return size == 0 or last in (b"\n", b"\r") or after[:1] in (b"\n", b"\r")


class _Head(io.RawIOBase):
    """The first ``size`` bytes of an open binary file, as a file of their own."""

    def __init__(self, handle: io.BufferedReader, size: int) -> None:
        super().__init__()
        self._handle, self._left = handle, size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._handle.read(min(len(buffer), self._left))
        buffer[:len(data)] = data
        self._left -= len(data)
        return len(data)


def _ends_in_open_quote(path: Path, size: int, delimiter: str) -> bool:
    """Whether the CSV text of ``path``'s first ``size`` bytes has a quote never closed, read as the CSV reader
    reads it: what follows those bytes would then be read into that record."""
    with path.open("rb") as handle:
        text = io.TextIOWrapper(io.BufferedReader(_Head(handle, size)), encoding="utf-8-sig",
                                errors="surrogateescape", newline="")
        return any(record.problem is not None and NEVER_CLOSED in record.problem
                   for record in csv_records(text, delimiter))
