"""Reading user files: strict UTF-8 with errors that name the file and byte, and CSV records with their lines."""

from __future__ import annotations

import codecs
import csv
import json
import re
import shlex
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple, TextIO

from .errors import InputError, MissingInputError

__all__ = ["read_text", "decode_utf8", "read_lines", "json_line", "json_cell", "CsvRecord", "csv_records",
           "semicolon_columns", "SEMICOLONS_WARNING", "CsvWriter", "iconv_command", "binary_hint",
           "stray_byte_hint", "DEFAULT_ENCODING", "check_encoding", "is_utf8", "decode_as", "other_encoding_problem"]

#: The encoding text files are read in unless ``encoding`` (``--encoding``) names another.
DEFAULT_ENCODING = "utf-8"


def decode_utf8(data: bytes, name: str, in_place: bool = False, encoding_option: bool = False) -> str:
    """Decode UTF-8 (a leading byte-order mark is dropped); name the bad byte otherwise, with a command that
    converts the file (``in_place``: into itself, see :func:`iconv_command`), after ``--encoding`` where the
    command has it (``encoding_option``, see :func:`conversion_hint`)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        hint = conversion_hint(data, name=None if name == '<stdin>' else name, in_place=in_place,
                               encoding_option=encoding_option)
        raise InputError(f"{name}: not valid UTF-8 at byte offset {exc.start} (byte 0x{data[exc.start]:02x}); "
                         f"{hint}") from None


def check_encoding(encoding: object) -> str:
    """The codec name ``encoding`` (``--encoding``) stands for, as Python names it (``latin-1`` is ``iso8859-1``,
    ``windows-1252`` is ``cp1252``), so that two spellings of one codec are one setting; :class:`InputError`,
    naming the value and the option, for a name Python knows no codec by, or a codec that is no text encoding
    (``base64``, ``rot13``), checked before anything is read or loaded."""
    try:
        info = codecs.lookup(encoding) if isinstance(encoding, str) else None
    except LookupError:
        info = None
    if info is None or not getattr(info, "_is_text_encoding", True):
        raise InputError(f"encoding={encoding!r} (--encoding {encoding}): not a text encoding Python knows; give "
                         "one such as utf-8 (the default), cp1252 (Windows-1252) or latin-1")
    return info.name


def is_utf8(encoding: str) -> bool:
    """Whether the codec ``encoding`` (as :func:`check_encoding` names it) reads as framing's default, UTF-8."""
    return encoding in ("utf-8", "utf-8-sig")


#: Codecs of two or four bytes per character: a file in one may start with its own byte-order mark (dropped), and
#: is not judged as possibly UTF-8 or UTF-16 text, as a file given in a one-byte encoding is.
_WIDE_CODECS = ("utf-16", "utf-32")


def other_encoding_problem(data: bytes, encoding: str) -> str | None:
    """Why the bytes of a file, given as in the single-byte (or East Asian) ``encoding``, are not: they are UTF-16
    or UTF-32 (by a byte-order mark, or a zero byte in nearly every other place), start with UTF-8's byte-order
    mark, or are UTF-8 holding characters beyond ASCII, which read in ``encoding`` would be garbled without a
    word ("Café" as cp1252 is "CafÃ©"); ``None`` otherwise, and for UTF-16 and UTF-32 themselves. A folder of
    mixed files is scored in a run per encoding."""
    if encoding.startswith(_WIDE_CODECS):
        return None
    named = next((wide.lower() for mark, wide in _MARKS if data.startswith(mark)), None)
    if named is None and looks_like_utf16(data[:_HEAD_BYTES]):  # the zero bytes come first in big-endian
        named = "utf-16-be" if data[:_HEAD_BYTES:2].count(0) > data[1:_HEAD_BYTES:2].count(0) else "utf-16-le"
    if named is not None:
        return f"is {named.upper()}, not {encoding}; read it with encoding={named} (--encoding {named})"
    if data.isascii():
        return None
    if data.startswith(codecs.BOM_UTF8):
        return f"starts with UTF-8's byte-order mark, so it is UTF-8, not {encoding}; read it as UTF-8: " \
               "drop encoding (--encoding)"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    sample = next(ch for ch in text if not ch.isascii())
    garbled = sample.encode("utf-8").decode(encoding, "backslashreplace")
    return (f"is UTF-8 ({sample!r} is {garbled!r} in {encoding}), which read as {encoding} would be garbled; "
            "read it as UTF-8: drop encoding (--encoding)")


def decode_as(data: bytes, encoding: str) -> tuple[str | None, str | None]:
    """``(text, None)`` for the bytes of a file in ``encoding``, other than UTF-8 (a byte-order mark at the start,
    UTF-16's or UTF-32's, is dropped), or ``(None, why not)``: bytes that ``encoding`` does not define (never
    replaced: nothing is lost without a word), or UTF-8 text (:func:`other_encoding_problem`)."""
    problem = other_encoding_problem(data, encoding)
    if problem:
        return None, problem
    try:
        return data.decode(encoding).removeprefix("\ufeff"), None
    except UnicodeDecodeError as exc:
        return None, (f"not valid {encoding}, the encoding given, at byte offset {exc.start} "
                      f"(byte 0x{data[exc.start]:02x}); the file may be in another")


#: The first bytes of files that are not text at all, and what to do with each.
BINARY_SIGNATURES = (
    (b"PK\x03\x04", "it is a ZIP archive (a Word .docx or an .odt file is one): save it as plain text (.txt) first"),
    (b"\xd0\xcf\x11\xe0", "it is an old Office file (.doc): save it as plain text (.txt) first"),
    (b"%PDF", "it is a PDF: extract its text first"),  # and how: see binary_hint
    (b"\x1f\x8b", "it is gzip-compressed: decompress it first, e.g. gunzip FILE"),
    (b"\x7fELF", "it is a program, not text"),
    (b"\x89PNG\r\n\x1a\n", "it is a PNG image, not text"),
    (b"\xff\xd8\xff", "it is a JPEG image, not text"),
    (b"GIF87a", "it is a GIF image, not text"),
    (b"GIF89a", "it is a GIF image, not text"),
)


def binary_hint(head: bytes, name: str | None = None) -> str | None:
    """What the file ``name`` starting with ``head`` is when it starts as a known binary format does (see
    ``BINARY_SIGNATURES``), and what to do; ``None`` otherwise. For a PDF, the command that extracts its text,
    naming the file (quoted for the shell; ``FILE`` without a name), and that words it hyphenates at line ends
    are to be joined (docs/reading.md), since a PDF's text comes hard-wrapped."""
    for magic, hint in BINARY_SIGNATURES:
        if head.startswith(magic):
            return _pdf_hint(hint, name) if magic == b"%PDF" else hint
    return None


def _pdf_hint(hint: str, name: str | None) -> str:
    """``hint`` for a PDF, with the pdftotext command for the file ``name`` (its text beside it: ``report.txt`` of
    ``report.pdf``, ``report-text.txt`` of a PDF named ``report.txt``) and the words it breaks at line ends."""
    if name is None or name == "<stdin>":
        source, text = "FILE", "FILE.txt"
    else:
        path = Path(name)
        stem = path.stem if path.suffix.lower() != ".txt" else path.stem + "-text"
        source, text = shlex.quote(name), shlex.quote(str(path.with_name(stem + ".txt")))
    return (f"{hint}, e.g. pdftotext {source} {text}, then join the words it hyphenates at line ends ('accord-' "
            "and 'ing'; see 'Text copied from a PDF' in framing's docs/reading.md)")


def looks_like_utf16(head: bytes) -> bool:
    """Whether a file's first bytes hold a zero byte in nearly every other place, as English text in
    UTF-16 without a byte-order mark does."""
    odd, even = head[1::2], head[0::2]
    return len(head) >= 8 and max(odd.count(0) / len(odd), even.count(0) / len(even)) > 0.8


#: Byte-order marks of the encodings refused for UTF-8 text; UTF-32's first, as its little-endian mark starts
#: as UTF-16's does.
_MARKS = ((codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"),
          (codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16"))


def _marked_problem(head: bytes, name: str, in_place: bool = False, encoding_option: bool = False) -> str | None:
    """That the file ``name`` starting with ``head`` is UTF-16 or UTF-32 by its byte-order mark, and how to
    convert it (``encoding_option``: or read it with ``--encoding utf-16``, whose codec reads the mark);
    ``None`` otherwise."""
    for mark, encoding in _MARKS:
        if head.startswith(mark):
            command = iconv_command(name, encoding, in_place)
            advice = (option_or_conversion(encoding.lower(), command, in_place) if encoding_option
                      else f"convert it first, e.g. {command}")
            return f"encoded as {encoding}, expected UTF-8; {advice}"
    return None


def utf16_problem(head: bytes, name: str, in_place: bool = False, encoding_option: bool = False) -> str | None:
    """That the file ``name`` starting with ``head`` is UTF-16 or UTF-32 by its byte-order mark, or looks like
    UTF-16 without one, and how to convert it; ``None`` otherwise. One wording for every command that reads
    the file (``framing analyze``, ``framing score``, ``framing train``). English in UTF-16 without a mark is
    valid UTF-8 (a NUL byte beside each letter), so it would be read and labelled as garbage. ``encoding_option``:
    the command reads the file with ``--encoding`` (``analyze``, ``classify``), named first, as
    :func:`conversion_hint` names it for Windows-1252 (see :func:`option_or_conversion`): ``utf-16`` or
    ``utf-32`` for a file with a mark, ``utf-16-le`` or ``utf-16-be`` without one, as its zero bytes say."""
    marked = _marked_problem(head, name, in_place, encoding_option)
    if marked or not looks_like_utf16(head):
        return marked
    order = "BE" if head[0::2].count(0) > head[1::2].count(0) else "LE"  # the zero bytes come first in BE
    command = iconv_command(name, 'UTF-16' + order, in_place)
    advice = (option_or_conversion(f"utf-16-{order.lower()}", command, in_place) if encoding_option
              else f"convert it first, e.g. {command}")
    return f"looks like UTF-16 without a byte-order mark, expected UTF-8; {advice}"


def option_or_conversion(option: str, command: str, every_file: bool = False) -> str:
    """Advice for a file not in UTF-8 that a command reads with ``--encoding``: the option first (``option``, the
    codec), easier than a conversion for one file, then the ``command`` that converts it; ``every_file``: the file
    is one of several FILEs, which the option reads alike (and ``command`` converts it into itself)."""
    every = " (every FILE is then read so)" if every_file else ""
    return f"read it with --encoding {option}{every}, or convert it first, e.g. {command}"


def conversion_hint(data: bytes, file_start: bytes | None = None, name: str | None = None,
                    in_place: bool = False, encoding_option: bool = False) -> str:
    """How to turn bytes that are not UTF-8 into text: a known binary format (ZIP, PDF, gzip, a
    program) is named; UTF-16 is recognised by its byte-order mark or a zero byte in nearly every
    other place (English text in UTF-16); other control bytes mean a binary file; else Windows-1252
    when a stray byte is one of 0x80-0x9f (its curly quotes and dashes, which as Latin-1 would become
    control characters), else Latin-1; but where the bytes hold UTF-8 beyond ASCII too, a stray byte, which
    converting the file would garble the rest around (see :func:`stray_byte_hint`). ``file_start``: the file's
    first bytes, where ``data`` is a
    line of it: they name its format and judge UTF-16 and binary content (a line ends at any 0x0a byte,
    so an image's first "line" can be a few bytes). ``name``: the file, for a command to copy and run
    (:func:`iconv_command`, into itself with ``in_place``); without it (standard input) the command names FILE.
    ``encoding_option``: the command reads the file with ``--encoding`` (``analyze``, ``classify``), named first for
    Windows-1252 and Latin-1, as ``framing score`` names it for a folder's .txt files: easier than a conversion for
    one file; with ``in_place`` (one of several FILEs) it reads every FILE so."""
    head = (file_start if file_start is not None else data)[:200]
    binary = binary_hint(head, name)
    if binary is not None:
        return binary
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or looks_like_utf16(head):
        why, encoding = "it looks like UTF-16: ", "UTF-16"
    elif sum(b < 9 or 13 < b < 32 for b in head) > len(head) / 20:
        return "it looks like a binary file, not text: save or export it as plain text first"
    elif any(_UTF8_BEYOND_ASCII.search(part.decode("utf-8", "surrogateescape")) for part in (data, head)):
        return stray_byte_hint(data)
    elif re.search("[\udc80-\udc9f]", data.decode("utf-8", "surrogateescape")):
        why, encoding = "it looks like Windows-1252 (curly quotes, dashes): ", "cp1252"
    else:
        why, encoding = "", "latin1"
    command = iconv_command(name or 'FILE', encoding, in_place and name is not None)
    if encoding_option and encoding != "UTF-16":
        option = "cp1252" if encoding == "cp1252" else "latin-1"
        return why + option_or_conversion(option, command, in_place and name is not None)
    return f"{why}convert it first, e.g. {command}"


#: A character beyond ASCII that decoded as UTF-8 (not an escaped byte, nor a C1 control that two Windows-1252
#: bytes may happen to spell).
_UTF8_BEYOND_ASCII = re.compile("[^\x00-\x9f\udc80-\udcff]")


def stray_byte_hint(data: bytes) -> str:
    """For bytes that are UTF-8 but for a stray byte: what that byte is in Windows-1252, where text pasted from
    Word, Excel or a web page brings it from (0x92 is ’), and to replace it: converting the whole file from
    Windows-1252 would garble its UTF-8. One wording for ``framing analyze``'s refusal and ``framing score``'s
    reject (see :func:`framing.scale.readers._single_byte_hint`)."""
    text = data.decode("utf-8", "surrogateescape")
    byte = ord(next(ch for ch in text if "\udc80" <= ch <= "\udcff")) - 0xDC00
    try:
        meant = f" (0x{byte:02x} is {bytes([byte]).decode('cp1252')!r} in Windows-1252, cp1252)"
    except UnicodeDecodeError:  # one of the five bytes Windows-1252 leaves undefined
        meant = ""
    return (f"a stray byte in UTF-8 text{meant}, as text pasted from elsewhere may bring; replace it with the "
            f"character meant (converting the whole file from Windows-1252 would garble its UTF-8)")


def iconv_command(name: str, encoding: str, in_place: bool = False) -> str:
    """An iconv command that turns the file ``name`` into UTF-8 under a name framing reads: the same ending
    (``data.csv`` -> ``data-utf8.csv``), and through zcat and gzip for a .gz file. ``in_place``: replace
    the file (one of a folder of documents, where a converted copy beside it would be scored as well). Each path
    is quoted for the shell (:func:`shlex.quote`)."""
    path, quoted = Path(name), shlex.quote(name)
    if in_place:
        temporary = shlex.quote(name + ".tmp")
        return f"iconv -f {encoding} -t UTF-8 {quoted} > {temporary} && mv {temporary} {quoted}"
    if path.suffix == ".gz":
        inner = Path(path.stem)
        return (f"zcat {quoted} | iconv -f {encoding} -t UTF-8 | gzip > "
                f"{shlex.quote(str(path.with_name(inner.stem + '-utf8' + inner.suffix + '.gz')))}")
    return (f"iconv -f {encoding} -t UTF-8 {quoted} > "
            f"{shlex.quote(str(path.with_name(path.stem + '-utf8' + path.suffix)))}")


def read_text(path: str, in_place: bool = False, encoding: str = DEFAULT_ENCODING,
              encoding_option: bool = False) -> str:
    """The text of ``path`` (``-`` reads standard input). ``in_place``: a command suggested to convert the file
    converts it into itself, as for one of several FILEs named by a pattern, which a converted copy beside it would
    join at the next run while the file itself failed again. ``encoding``: the file's, a codec name as
    :func:`check_encoding` gives it (see :func:`decode_as` for any but UTF-8). ``encoding_option``: a file not in
    UTF-8 is refused naming ``--encoding`` first (see :func:`conversion_hint`)."""
    if path == "-":
        data, name = sys.stdin.buffer.read(), "<stdin>"
    else:
        with _open(path) as handle:
            data, name = handle.read(), path
    if is_utf8(encoding):
        refuse_not_utf8(data, name, in_place, encoding_option)
        return decode_utf8(data, name, in_place, encoding_option)
    binary = binary_hint(data, name)
    if binary is not None:
        raise InputError(f"{name}: not a text file; {binary}")
    text, problem = decode_as(data, encoding)
    if text is None:
        raise InputError(f"{name}: {problem}")
    return text


def refuse_not_utf8(start: bytes, name: str, in_place: bool = False, encoding_option: bool = False) -> None:
    """Refuse a file that starts as a known binary format does, or as UTF-16 or UTF-32 (by its byte-order
    mark, or for UTF-16 without one: :func:`utf16_problem`, naming ``--encoding`` with ``encoding_option``) in the
    words ``framing score`` uses for such a file, even when its bytes happen to be valid UTF-8 (a PDF can be plain
    ASCII)."""
    binary = binary_hint(start, name)
    if binary is not None:
        raise InputError(f"{name}: not a text file; {binary}")
    shown = "FILE" if name == "<stdin>" else name
    problem = utf16_problem(start[:_HEAD_BYTES], shown, in_place and shown != "FILE", encoding_option)
    if problem:
        raise InputError(f"{name}: {problem}")


def read_lines(path: str, encoding: str = DEFAULT_ENCODING,
               encoding_option: bool = False) -> Iterator[tuple[int, str]]:
    """``(line number from 1, line)`` for each line of ``path`` (``-``: standard input), streamed.

    Lines end at ``\\n`` (a ``\\r`` before it is dropped) and nowhere else, so
    line numbers match what editors and ``wc -l`` count; only a file with no
    ``\\n`` at all (old Mac files) has its lines end at ``\\r``. A byte-order
    mark at the start is dropped, and bad UTF-8 names the line and byte offset.
    ``encoding``: the file's, as :func:`check_encoding` names it; a file in any but UTF-8 is read whole and
    decoded as :func:`read_text` decodes it (its checks judge the whole file, and a UTF-16 line does not end at
    a ``\\n`` byte), then split into lines as above. ``encoding_option``: as for :func:`read_text`.
    """
    if not is_utf8(encoding):
        yield from _numbered_lines(read_text(path, encoding=encoding))
        return
    handle = sys.stdin.buffer if path == "-" else _open(path)
    name = "<stdin>" if path == "-" else path
    offset, file_start = 0, b""
    try:
        head = _peek(handle, _HEAD_BYTES)
        for number, raw in enumerate(handle, start=1):
            if number == 1:
                file_start = max(head, raw[:_HEAD_BYTES], key=len)
                refuse_not_utf8(file_start, name, encoding_option=encoding_option)
            data = raw[3:] if number == 1 and raw.startswith(b"\xef\xbb\xbf") else raw
            # the first line runs to the end of the file: no \n anywhere, so \r ends lines (old Mac files)
            mac = number == 1 and not raw.endswith(b"\n") and b"\r" in raw
            try:
                line = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                bad = offset + (len(raw) - len(data)) + exc.start
                at = data.count(b"\r", 0, exc.start) + 1 if mac else number
                hint = conversion_hint(raw, file_start, None if path == '-' else path,
                                       encoding_option=encoding_option)
                raise InputError(f"{name}: line {at}: not valid UTF-8 at byte offset {bad} "
                                 f"(byte 0x{data[exc.start]:02x}); {hint}") from None
            offset += len(raw)
            if mac:
                yield from enumerate(line.removesuffix("\r").split("\r"), start=1)
            else:
                yield number, line[:-1].removesuffix("\r") if line.endswith("\n") else line
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


def _numbered_lines(text: str) -> Iterator[tuple[int, str]]:
    """``(line number from 1, line)`` for each line of the decoded ``text``, as :func:`read_lines` numbers a UTF-8
    file's."""
    if "\n" not in text:  # old Mac files: \r ends lines
        yield from enumerate(text.removesuffix("\r").split("\r") if text else [], start=1)
        return
    lines = text.split("\n")
    if lines[-1] == "":  # the last line's own \n, no line after it
        lines.pop()
    yield from enumerate((line.removesuffix("\r") for line in lines), start=1)


#: How much of a file's start judges what it is when a line of it is not UTF-8.
_HEAD_BYTES = 200


def _peek(handle, size: int) -> bytes:
    """Up to ``size`` of the next bytes of ``handle``, left to be read (fewer from a pipe that has not
    delivered them yet; none from a stream that cannot peek)."""
    peek = getattr(handle, "peek", None)
    return peek(size)[:size] if peek is not None else b""


#: A web address where a path is expected: "http://", "https://" or "ftp://" (which a ``Path`` writes with one
#: slash), or a host opening with "www." and a path after it ("www.example.org/news/1"; not a file "www.draft.txt").
_WEB_ADDRESS = re.compile(r"(?i)^(?:(?:https?|ftp):/|www\.[^/\\\s]+\.[^/\\\s]+/)")


def is_web_address(path: str | Path) -> bool:
    """Whether ``path`` is a web address ("https://...", "www.example.org/...") rather than a file's path."""
    return _WEB_ADDRESS.match(str(path)) is not None


def missing_path_message(path: str | Path, kind: str = "file") -> str:
    """The message for a ``path`` that names nothing: "PATH: no such file" (``kind``: "file", "file or folder"),
    or, for a web address given in its place, that framing reads no web page and how to give the article's text."""
    shown = str(path)
    if is_web_address(shown):
        return (f"{shown}: is a web address, and framing reads saved text, not web pages: copy the article's text "
                "from the browser into a text editor, save it as a .txt file and give that file")
    return f"{shown}: no such {kind}"


def _open(path: str):
    if not path:  # Path("") is the current folder
        raise InputError("the file path is empty; give a text file")
    file = Path(path)
    try:
        return file.open("rb")
    except FileNotFoundError:
        raise MissingInputError(missing_path_message(path), path) from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, expected a text file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


#: Characters JSON leaves raw but many line readers (Python's ``str.splitlines``) treat as line ends.
LINE_ENDS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


class CsvWriter:
    """Writes CSV rows ending in "\n" whose fields survive a round trip: Python before 3.13 leaves a field
    holding a lone carriage return unquoted when lines end in "\n", and every CSV reader then splits the
    row there, so a row with one is written with every field quoted."""

    def __init__(self, handle: TextIO) -> None:
        self._minimal = csv.writer(handle, lineterminator="\n")
        self._quoted = csv.writer(handle, lineterminator="\n", quoting=csv.QUOTE_ALL)

    def writerow(self, row: list) -> None:
        carriage_return = any(isinstance(field, str) and "\r" in field for field in row)
        (self._quoted if carriage_return else self._minimal).writerow(row)


def json_cell(value: object) -> str:
    """A JSON value in one cell of a table (the ``spans`` of a CSV or Parquet row): compact, UTF-8 kept readable,
    so that ``framing analyze --format csv`` and ``framing score`` write the same value as the same string."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def json_line(value: object) -> str:
    """One JSON Lines record (no newline): UTF-8 text kept readable, but the Unicode line and paragraph
    separators escaped, so every reader sees one record per line."""
    return json.dumps(value, ensure_ascii=False).translate(LINE_ENDS)


#: A run of quote characters, in CSV text.
_QUOTE_RUNS = re.compile('"+')


class CsvRecord(NamedTuple):
    """One CSV record: the 1-based line it starts on, and its fields or why it cannot be read (and then the
    text of that line, ``start``)."""

    line: int
    fields: list[str] | None
    problem: str | None = None
    start: str | None = None


#: The most lines one CSV record may span: past it, a quote is taken as never closed, so an unclosed
#: quote early in a huge file costs bounded memory instead of holding the rest of the file.
MAX_RECORD_LINES = 100_000


class _RecordTooLong(csv.Error):
    """A quoted field ran past :data:`MAX_RECORD_LINES` lines."""


class _Lines:
    """An iterator over lines that remembers the lines taken for the current record and can put lines back."""

    def __init__(self, lines: Iterable[str]) -> None:
        self._source = iter(lines)
        self._back: deque[str] = deque()
        self.taken: list[str] = []
        self.exhausted = False

    def __iter__(self) -> "_Lines":
        return self

    def __next__(self) -> str:
        if len(self.taken) >= MAX_RECORD_LINES:
            raise _RecordTooLong(f"a quoted field runs past {MAX_RECORD_LINES:,} lines")
        if self._back:
            line = self._back.popleft()
        else:
            try:
                line = next(self._source)
            except StopIteration:
                self.exhausted = True
                raise
        self.taken.append(line)
        return line

    def put_back(self, lines: list[str]) -> None:
        """Make ``lines`` the next ones read, and forget the end of the input if it was reached."""
        self._back.extendleft(reversed(lines))
        self.exhausted = False


#: The warning that a ``.csv`` file is read at its semicolons (see :func:`semicolon_columns`), given its name and
#: its columns.
SEMICOLONS_WARNING = ("%s: the header reads as semicolon-separated (%s), as Excel saves CSV where a comma marks "
                      "decimals: reading it so")


def semicolon_columns(header: Sequence[str]) -> list[str] | None:
    """The columns of a CSV header read at commas as one column (``header``, its fields) that semicolons split into
    two or more, one named at least ("text;label", "id;text;" with an empty column after): Excel saves "CSV" so in
    comma-decimal locales (most of Europe), and training data and ``framing score``'s input are read so alike;
    ``None`` for any other header."""
    if len(header) != 1:
        return None
    names = header[0].split(";")
    return names if len(names) > 1 and any(name.strip() for name in names) else None


def csv_records(lines: Iterable[str], delimiter: str = ",") -> Iterator[CsvRecord]:
    """The records of CSV text (blank lines skipped), each with the 1-based line it starts on; fields
    split at ``delimiter`` (a tab for TSV).

    ``lines`` come from a file opened with ``newline=""``; lines are counted at
    ``\\n``, as editors count them, or at ``\\r`` in a file that has no ``\\n``
    (old Mac line ends). Quoting is read strictly: a quote that is never closed,
    or a closing quote followed by anything but a delimiter or a line end, makes
    a record with a ``problem`` instead of fields, and reading goes on at the
    line after the one that record starts on. So a stray quote costs its own
    record and never merges the rows after it into one field (unless a later
    quote happens to close it cleanly, which no reader can tell from a field
    with line breaks in it). A record may span at most :data:`MAX_RECORD_LINES`
    lines, so memory stays bounded.
    """
    _raise_csv_field_limit()
    source = _Lines(lines)
    reader = csv.reader(source, delimiter=delimiter, strict=True)
    line = 1
    lf_seen = False

    def ends_line(text: str) -> bool:
        nonlocal lf_seen
        lf_seen = lf_seen or text.endswith("\n")
        return text.endswith("\n") or (not lf_seen and text.endswith("\r"))

    while True:
        source.taken.clear()
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            taken = list(source.taken)
            yield CsvRecord(line, None, _record_problem(taken, line, source.exhausted, exc), taken[0])
            source.put_back(taken[1:])
            line += ends_line(taken[0])
            continue
        if fields:
            yield CsvRecord(line, fields)
        line += sum(map(ends_line, source.taken))


#: What a record's problem says of a quote left open up to the end of the file.
NEVER_CLOSED = "is never closed, so its field would run to the end of the file"


def _raise_csv_field_limit() -> None:
    """Allow fields of any size (the default 128 KiB would reject long articles)."""
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 10


def _record_problem(taken: list[str], line: int, at_end: bool, exc: csv.Error) -> str:
    """Why the record starting at ``line`` (its lines ``taken``) cannot be read."""
    text = "".join(taken)
    if at_end or isinstance(exc, _RecordTooLong):
        opened = line + text[:_open_quote(text)].count("\n")
        if not at_end:  # it may close later: a field this long is beyond what CSV reading holds
            return (f"the quote opened on line {opened} is not closed within {MAX_RECORD_LINES:,} lines: its "
                    "closing quote is missing, or the field is longer than framing reads from a CSV cell; "
                    "store documents that long as JSON Lines or Parquet")
        return (f"the quote opened on line {opened} {NEVER_CLOSED}; add the missing closing quote (a quote inside a "
                "quoted field is written twice: \"\")")
    last = line + text.rstrip("\r\n").count("\n")
    hint = ("; a quoted field may be missing its closing quote, or a quote inside a quoted field is not "
            "written twice (\"\")") if '"' in str(exc) else ""
    return f"malformed CSV ({exc}, on line {last}){hint}"


def _open_quote(text: str) -> int:
    """The offset of the quote opening the field left open at the end of ``text`` (0 when none is found).

    Inside that field quotes only come doubled, and the quotes before it are
    well formed, so it is the start of the last run of quotes of odd length.
    """
    odd = [run.start() for run in _QUOTE_RUNS.finditer(text) if len(run.group()) % 2]
    return odd[-1] if odd else 0
