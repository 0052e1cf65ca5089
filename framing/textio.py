"""Reading user files: strict UTF-8 with errors that name the file and byte."""

from __future__ import annotations

import sys
from pathlib import Path

from .errors import InputError

__all__ = ["read_text", "decode_utf8"]


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
    file = Path(path)
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, expected a text file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return decode_utf8(data, path)
