"""Reading user files: strict UTF-8 with errors that name the file and byte."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from .errors import InputError

__all__ = ["read_text", "decode_utf8", "read_lines", "json_line"]


def decode_utf8(data: bytes, name: str) -> str:
    """Decode UTF-8 (a leading byte-order mark is dropped); name the bad byte otherwise."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 at byte offset {exc.start} (byte 0x{data[exc.start]:02x}); "
            "convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from None


def read_text(path: str) -> str:
    """The text of ``path`` (``-`` reads standard input)."""
    if path == "-":
        return decode_utf8(sys.stdin.buffer.read(), "<stdin>")
    with _open(path) as handle:
        data = handle.read()
    return decode_utf8(data, path)


def read_lines(path: str) -> Iterator[tuple[int, str]]:
    """``(line number from 1, line)`` for each line of ``path`` (``-``: standard input), streamed.

    Lines end at ``\\n`` (a ``\\r`` before it is dropped) and nowhere else, so
    line numbers match what editors and ``wc -l`` count; a byte-order mark
    at the start is dropped, and bad UTF-8 names the line and byte offset.
    """
    handle = sys.stdin.buffer if path == "-" else _open(path)
    name = "<stdin>" if path == "-" else path
    offset = 0
    try:
        for number, raw in enumerate(handle, start=1):
            data = raw[3:] if number == 1 and raw.startswith(b"\xef\xbb\xbf") else raw
            try:
                line = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                bad = offset + (len(raw) - len(data)) + exc.start
                raise InputError(f"{name}: line {number}: not valid UTF-8 at byte offset {bad} "
                                 f"(byte 0x{data[exc.start]:02x}); convert it first, e.g. iconv -f latin1 -t utf-8"
                                 ) from None
            offset += len(raw)
            yield number, line[:-1].removesuffix("\r") if line.endswith("\n") else line
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


def _open(path: str):
    file = Path(path)
    try:
        return file.open("rb")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, expected a text file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


#: Characters JSON leaves raw but many line readers (Python's ``str.splitlines``) treat as line ends.
_LINE_ENDS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def json_line(value: object) -> str:
    """One JSON Lines record (no newline): UTF-8 text kept readable, but the Unicode line and paragraph
    separators escaped, so every reader sees one record per line."""
    return json.dumps(value, ensure_ascii=False).translate(_LINE_ENDS)
