"""Streaming readers: one :class:`Record` per input document, in input order.

Every reader yields every record it finds, bad ones included: a record whose
text is null, not a string, empty, undecodable or unparseable carries a
``reason`` instead of a text, so the caller can send it to a rejects file (or
stop, under ``--strict``). Nothing is dropped on the way.

Inputs: JSON Lines (``.jsonl``, ``.ndjson``, ``.json``; ``.gz`` too), CSV
(``.csv``, ``.csv.gz``), TSV (``.tsv``, ``.tsv.gz``), Parquet (``.parquet``,
``.pq``), a folder of ``.txt`` files (one document each; the id is the path
inside the folder), or a Hugging Face dataset folder written by
``Dataset.save_to_disk``.

Document ids: the ``id_column`` (``--id-column``) when given, else the ``id``
column when there is one, else the record number (from 0). A JSON Lines
object may lack fields, so its id is read per record: when any record
carries an id (a non-null ``id``, or the ``id_column`` field), every record
needs one, and a record without it, with an id that is not a string or an
integer (a whole-number float such as ``1.0`` is the integer), or with an id an
earlier record has (the first is kept) is rejected; a rejected id of another
type is still named in the rejects file, as text.
A CSV, Parquet or dataset row with an empty (null) or repeated id is
rejected the same way.

Headlines: with a ``headline_column``, each good record also carries its
headline (:attr:`Record.headline`); a null, missing, empty or blank one is no
headline (``None``), while a value the text column would reject as such (not a
string, not UTF-8) rejects the record.

Readers hold one batch of records at a time, never the whole input (a reader
with ids also keeps the ids seen, to find repeats), and can
start from a committed position (:meth:`Reader.records` ``start``): a cursor
saved in the output manifest, which for JSON Lines is a byte offset.

A gzip input that is corrupt or truncated raises :class:`DataError` naming
the file.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import io
import json
import logging
import os
import re
import shlex
import zlib
from collections.abc import Generator, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from ..errors import DataError, InputError, MissingInputError, OptionError, counted, warn
from ..validation import (JsonLimit, RepeatedKey, check_column, is_missing, json_limits, read_json, surrogate_problem,
                          unique_keys)
from ..textio import (DEFAULT_ENCODING, SEMICOLONS_WARNING, CsvRecord, binary_hint, check_encoding, csv_records,
                      decode_as, iconv_command, is_utf8, is_web_address, missing_path_message, semicolon_columns,
                      stray_byte_hint, utf16_problem)

__all__ = ["Record", "Reader", "Countable", "open_input", "fingerprint_files", "check_kept_keys",
           "check_headline_column", "say_headline_is_not_read"]

logger = logging.getLogger(__name__)

#: Bytes read from the head and from the tail of each file for a fingerprint.
_FINGERPRINT_BYTES = 1 << 20
#: Rows per Arrow batch read from Parquet and Arrow files.
_ARROW_BATCH = 1024
#: Bytes read to tell a pretty-printed JSON file from JSON Lines whose first line is broken.
_PRETTY_BYTES = 16 << 20


@dataclass(frozen=True)
class Record:
    """One input document: its position, id, and text or the reason it has none."""

    #: 0-based record number in the input (bad records count too).
    position: int
    #: The id column's value as a string, the file name, or the position
    #: (``None`` when a bad record's id cannot be read).
    doc_id: str | None
    #: The document text; ``None`` when the record is rejected.
    text: str | None
    #: Why the record cannot be scored; ``None`` for a good record.
    reason: str | None = None
    #: Where the record sits in the file, for messages (e.g. ``"line 12"``).
    where: str | None = None
    #: Reader state just after this record: pass it back as ``start`` to resume.
    cursor: dict[str, Any] | None = None
    #: The kept input columns' values (``keep_columns``), for a good record.
    extra: dict[str, Any] | None = None
    #: The headline (``headline_column``) of a good record; ``None`` when it has none (null, empty, no column).
    headline: str | None = None

    def item(self) -> tuple[str, str]:
        """``(doc_id, text)`` of a good record (an error for a rejected one, which has no text to score)."""
        if self.doc_id is None or self.text is None:
            raise ValueError(f"record {self.position} is rejected ({self.reason}): it has nothing to score")
        return self.doc_id, self.text

    def reject(self) -> dict[str, Any]:
        """The rejects-file entry for this record."""
        out: dict[str, Any] = {"id": self.doc_id, "record": self.position}
        if self.where:
            out["where"] = self.where
        out["reason"] = self.reason
        return out


def check_value(value: Any, column: str, subject: str | None = None) -> tuple[str | None, str | None]:
    """``(text, None)`` for a usable text value, ``(None, reason)`` otherwise; the reason names ``subject``
    (default: the quoted ``column``)."""
    subject = subject or repr(column)
    if value is None:
        return None, f"{subject} is null"
    if isinstance(value, float) and value != value:
        return None, f"{subject} is null (NaN)"
    if is_missing(value):  # pandas' NA or NaT, a NumPy NaN
        return None, f"{subject} is null ({type(value).__name__})"
    if isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value)
        try:
            value = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            return None, f"{subject} is not valid UTF-8 at byte offset {exc.start} (byte 0x{data[exc.start]:02x})"
    if not isinstance(value, str):
        return None, f"{subject} is {type(value).__name__}, expected a string"
    if not value:
        return None, f"{subject} is empty"
    if not value.strip():
        return None, f"{subject} is blank (only whitespace)"
    if not any(ch.isalnum() for ch in value):
        return None, f"{subject} has no letters or digits (only marks, spaces or invisible characters)"
    problem = surrogate_problem(value)
    if problem:
        return None, f"{subject} {problem}"
    return value, None


def check_text(value: Any, column: str, subject: str | None = None) -> tuple[str | None, str | None]:
    """:func:`check_value` for a document's text, which also refuses one without a letter: digits and marks alone
    ("12345", "2024-05-01") are a number or a code, not an article, and a CSV cell holds them as text where JSON
    Lines would have rejected the number (a word count or id column given as the text column, say)."""
    text, reason = check_value(value, column, subject)
    if text is not None and not any(ch.isalpha() for ch in text):
        shown = _shortened(text.strip())
        return None, f"{subject or repr(column)} has no letters ({shown}: a number or code, not a text)"
    return text, reason


def _shortened(text: str, most: int = 40) -> str:
    """``text`` quoted, cut to its first ``most`` characters."""
    return repr(text) if len(text) <= most else repr(text[:most]) + "..."


def check_headline(value: Any, column: str) -> tuple[str | None, str | None]:
    """``(headline, None)`` for a usable headline, ``(None, None)`` for none (null, NaN, empty, blank, or no
    letter or digit: a placeholder such as "-"), and ``(None, reason)`` for a value the text column rejects
    too: not a string, bytes that are not UTF-8, an unpaired surrogate."""
    if is_missing(value):
        return None, None
    if isinstance(value, (bytes, bytearray, memoryview)):
        try:
            value = bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            return check_value(value, column)  # its reason names the bad byte
    if isinstance(value, str) and not any(ch.isalnum() for ch in value):
        return None, None
    return check_value(value, column)


def _with_headline(record: "Record", value: Any, column: str | None) -> "Record":
    """``record`` with its headline read from ``value``, or rejected for it; a record rejected already, or
    read without a headline column, is returned as it is."""
    if column is None or record.reason is not None:
        return record
    headline, reason = check_headline(value, column)
    if reason is not None:
        return Record(record.position, record.doc_id, None, reason, record.where, record.cursor)
    return Record(record.position, record.doc_id, record.text, None, record.where, record.cursor, record.extra,
                  headline)


def _kept_once(record: "Record", seen: set[str], has_ids: bool) -> "Record":
    """``record``, or its rejection as a duplicate when an earlier *kept* record has its id; a kept
    record's id joins ``seen``. A rejected record's id is never taken, so a later good record with it
    (say, a re-fetched article whose first copy had no text) is kept."""
    if record.reason is not None or not has_ids or record.doc_id is None:
        return record
    if record.doc_id in seen:
        reason = f"duplicate id {record.doc_id!r}: an earlier record has it (the first one is kept)"
        return Record(record.position, record.doc_id, None, reason, record.where, record.cursor)
    seen.add(record.doc_id)
    return record


def arrow_id(value: Any, column: str) -> tuple[str | None, str | None]:
    """``(id, None)`` for a usable id read from an Arrow column, ``(None, reason)`` for a null or blank one."""
    if is_missing(value):
        return None, f"{column!r} is null"
    if isinstance(value, float) and value.is_integer():
        # a column of whole numbers with a null in it reads as floats: 1.0 is the id 1
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, (str, int, bytes, bytearray)):
        return None, f"{column!r} is {type(value).__name__}, expected a string or an integer"
    doc_id = bytes(value).decode("utf-8", "replace") if isinstance(value, (bytes, bytearray)) else str(value)
    if not doc_id.strip():
        return None, f"{column!r} is empty"
    problem = surrogate_problem(doc_id)
    if problem:
        return None, f"{column!r} {problem}"
    return doc_id, None


def _shown_id(value: Any) -> str | None:
    """A rejected record's id as text for the rejects file, so it can be found: a string as it is (an
    unpaired surrogate as U+FFFD, which UTF-8 can hold), another value as JSON (``1.5``, ``true``,
    ``["a"]``) or in its usual text form (a date); ``None`` for a null or blank one."""
    if is_missing(value):
        return None
    if isinstance(value, (bytes, bytearray)):
        text = bytes(value).decode("utf-8", "replace")
    elif isinstance(value, (bool, int, float, list, tuple, dict)):
        text = json.dumps(value, ensure_ascii=False, default=str)
    else:
        text = str(value)
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace") if text.strip() else None


def _shown_name(name: str) -> str:
    """A file name as text that UTF-8 can hold: bytes of a name that is not UTF-8 are shown as ``\\xe9``."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _missing_column(name: str, column: str, role: str, columns: list[str]) -> DataError:
    return DataError(
        f"{name}: no {role} column {column!r}{_meant(column, columns)}; the columns are {columns}. "
        f"Pass {role}_column=NAME (--{role}-column NAME) to pick one"
    )


def _meant(column: str, columns: list[str]) -> str:
    """" (names are matched exactly: did you mean 'body'?)" for a column named as one of ``columns`` but for its
    case or a character or two ("Body" for "body", a CMS export's "headline " with a space), else ""."""
    import difflib

    same = [name for name in columns if name.strip().casefold() == column.strip().casefold()]
    close = same or difflib.get_close_matches(column, columns, n=1, cutoff=0.8)
    return f" (names are matched exactly: did you mean {close[0]!r}?)" if close else ""


def fingerprint_files(files: list[Path], root: Path | None = None, whole: bool = False) -> str:
    """SHA-256 over each file's name (its bytes as stored, UTF-8 or not), size, first and last MiB; with ``whole``,
    every byte of it (a full read, as a score output's manifest keeps it, so that an edit in the middle of a file
    that keeps its size is seen too).

    A file that cannot be read (a broken link) counts by its name and the
    error: its record is rejected, and the other files are still scored.
    """
    digest = hashlib.sha256()
    for path in files:
        name = path.relative_to(root).as_posix() if root else path.name
        try:
            size = path.stat().st_size
            with path.open("rb") as handle:
                digest.update(os.fsencode(name) + f"\0{size}\0".encode())
                digest.update(handle.read(_FINGERPRINT_BYTES))
                if whole:
                    for block in iter(lambda: handle.read(_FINGERPRINT_BYTES), b""):
                        digest.update(block)
                elif size > _FINGERPRINT_BYTES:
                    handle.seek(max(_FINGERPRINT_BYTES, size - _FINGERPRINT_BYTES))
                    digest.update(handle.read())
        except OSError as exc:
            digest.update(os.fsencode(name) + f"\0unreadable: {exc.strerror or exc}\0".encode())
    return digest.hexdigest()


@runtime_checkable
class Countable(Protocol):
    """A reader that can count its records (read through once, apart from scoring) for a progress bar."""

    name: str

    def count_records(self) -> int: ...


class Reader:
    """Base class: ``records(start)`` yields :class:`Record` in input order."""

    kind = "?"

    def __init__(self, path: Path, text_column: str, id_column: str | None,
                 keep_columns: tuple[str, ...] = (), headline_column: str | None = None) -> None:
        self.path = path
        self.name = str(path)
        self.text_column = text_column
        self.requested_id = id_column
        #: Input columns copied into every output row of their document.
        self.keep_columns = tuple(keep_columns)
        #: The column holding each document's headline, analysed apart from the text (``None``: no headline).
        self.headline_column = headline_column
        #: The id column actually used (``None``: record positions are the ids).
        self.id_column: str | None = None
        #: Number of records, when known without reading the input.
        self.total: int | None = None
        #: The input's columns (a JSON Lines file's: its first object's keys), once read; empty when unknown.
        self.columns: list[str] = []

    def _resolve_columns(self, columns: list[str]) -> None:
        if self.text_column not in columns:
            raise _missing_column(self.name, self.text_column, "text", columns)
        if self.headline_column is not None and self.headline_column not in columns:
            raise _missing_column(self.name, self.headline_column, "headline", columns)
        missing = [name for name in self.keep_columns if name not in columns]
        if missing:
            raise DataError(f"{self.name}: no column {missing[0]!r} to keep{_meant(missing[0], columns)}; the columns "
                            f"are {columns}")
        headline = [self.headline_column] if self.headline_column is not None else []
        for name in (self.text_column, self.requested_id or "id", *headline, *self.keep_columns):
            if columns.count(name) > 1:
                raise DataError(f"{self.name}: {columns.count(name)} columns are named {name!r}; which one "
                                "holds the data is ambiguous: rename the others first")
        if self.requested_id is not None:
            if self.requested_id not in columns:
                raise _missing_column(self.name, self.requested_id, "id", columns)
            self.id_column = self.requested_id
        elif "id" in columns and self.text_column != "id":
            self.id_column = "id"
        else:
            self.id_column = None
            _say_record_numbers_are_ids(self.name, "no 'id' column", columns, self.text_column)
        self._refuse_headline_as_id()
        self.columns = list(columns)

    def _refuse_headline_as_id(self) -> None:
        """Refuse a headline column that is the id column found by default (``id``): one column cannot be both."""
        if self.headline_column is not None and self.headline_column == self.id_column:
            raise OptionError(f"{self.name}: the headline column {self.headline_column!r} is also the id column "
                              "(used by default when the input has one); pass another id_column (--id-column) or "
                              "headline_column (--headline-column)")

    def fingerprint(self, whole: bool = False) -> str:
        """The input's fingerprint (see :func:`fingerprint_files`; ``whole``: of every byte)."""
        # by the file's own name, as the manifest's path shows it: through a link, the target's, so a link to
        # the file scored resumes it; for a file given as itself, as before
        return fingerprint_files([self.path.resolve()], whole=whole)

    def describe(self) -> dict[str, Any]:
        return {"path": _shown_name(str(self.path.resolve())), "kind": self.kind, "text_column": self.text_column,
                "id_column": self.id_column}

    def records(self, start: dict[str, Any] | None = None) -> Generator[Record, None, None]:
        raise NotImplementedError

    def ends_at(self, cursor: dict[str, Any] | None) -> bool:
        """Whether no record follows the committed position ``cursor``, where that is cheap to tell (the number
        of records is known); ``False`` where telling would take reading the input."""
        return self.total is not None and cursor is not None and cursor.get("record", 0) >= self.total


_JSON_KIND = {int: "number", float: "number", str: "string", list: "array", bool: "true/false", type(None): "null"}


def _refuse_utf16(name: str, path: Path) -> None:
    """Refuse a file that is UTF-16 or UTF-32 (by its byte-order mark, or for UTF-16 a zero byte in nearly
    every other place) or a known binary format (gzip without a .gz name, PDF, ZIP...): read as UTF-8 text,
    every record would be rejected."""
    with _gzip_errors(name), _open_binary(path) as handle:
        problem = _encoding_problem(handle.read(200), name)
    if problem:
        raise DataError(f"{name}: {problem}")


#: Column names that look like document ids though not "id" itself (compared in lower case, without
#: spaces, hyphens and underscores: "ID", "id ", "Doc_Id", "Document ID", "article-id").
_ID_NAMES = frozenset({"id", "docid", "documentid", "articleid", "storyid", "uuid", "guid"})


def _say_record_numbers_are_ids(name: str, why: str, columns: list[str], text_column: str) -> None:
    """Log that record numbers are the ids: a warning when a column looks like ids under another name
    ("ID", "doc_id"), whose values would otherwise be lost without a word; else a note."""
    near = [c for c in columns if c not in ("id", text_column) and re.sub(r"[\s_-]", "", c.lower()) in _ID_NAMES]
    if near:
        warn(logger, "%s: %s, so record numbers (from 0) are the document ids; to use the column %r, pass "
             "id_column=%r (--id-column %s)", name, why, near[0], near[0], shlex.quote(near[0]))
    else:
        logger.info("%s: %s; record numbers (from 0) are the document ids", name, why)


def say_headline_is_not_read(reader: Reader) -> None:
    """Warn when the input that ``reader`` scores without a headline column has a column named as headlines are
    ("headline", "Title"): its text is in no document (each is its text column alone) and no output row, which
    nothing else would say; the warning names the option that reads it, and the one that says it is left unread
    on purpose. For a run that scores, not for an output read back (summarize, report)."""
    if reader.headline_column is not None:
        return
    near = [c for c in reader.columns if c not in (reader.text_column, reader.requested_id, *reader.keep_columns)
            and re.sub(r"[\s_-]", "", c.lower()) in _HEADLINE_NAMES]
    if near:
        warn(logger, "%s: the column %r is not read, so the headlines are in no document nor row; to analyse them "
             "apart from the text, pass headline_column=%r (--headline-column %s), or headline_column=False "
             "(--no-headline-column) to leave it unread without this warning", reader.name, near[0], near[0],
             shlex.quote(near[0]))


#: Column names (lower case, without spaces, "_" or "-") that hold headlines in CMS exports and corpora.
_HEADLINE_NAMES = frozenset({"headline", "title", "hed", "heading", "articletitle", "articleheadline"})


_LINE_ENDS = re.compile(r"\r\n|\r|\n")
#: Bytes Windows-1252 leaves undefined: a file holding one is not Windows-1252.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


def _refuse_cp1252(name: str, path: Path) -> bool:
    """Refuse a file that reads as Windows-1252 (an Excel CSV: curly quotes, dashes, accents as single
    bytes), judged on its first MiB: bytes that are not UTF-8 on more than one line and on one line in
    twenty at least, each one Windows-1252 defines, and no UTF-8 beyond ASCII. Read as UTF-8, most of its
    records would be rejected one by one; a stray bad byte in UTF-8 text still rejects only its record.
    Returns whether the first MiB holds UTF-8 beyond ASCII (then no record's bad byte is the file's
    encoding)."""
    with _gzip_errors(name), _open_binary(path) as handle:
        head = handle.read(_FINGERPRINT_BYTES)
    if len(head) == _FINGERPRINT_BYTES and b"\n" in head:
        head = head[:head.rindex(b"\n")]  # whole lines only: a character cut at the end is no error
    text = head.decode("utf-8", "surrogateescape")
    if text.isascii():
        return False
    if _BEYOND_ASCII.search(text):
        return True
    all_lines = [line for line in _LINE_ENDS.split(text) if line.strip()]  # old Mac files end lines in CR
    lines = [line for line in all_lines if _first_surrogate(line) is not None]
    bad = {ord(ch) - 0xDC00 for line in lines for ch in _ESCAPED_BYTE.findall(line)}
    # a few stray lines in a file that is otherwise ASCII (JSON written with escapes is) reject only
    # themselves; one in twenty lines and more is an encoding
    if len(lines) < 2 or len(lines) * 20 < len(all_lines) or bad & _CP1252_UNDEFINED:
        return False
    byte = min(bad & set(range(0x80, 0xA0)) or bad)  # punctuation first: a curly quote or a dash
    raise DataError(f"{name}: looks like Windows-1252 (cp1252) text, not UTF-8: {len(lines)} lines hold bytes "
                    f"such as 0x{byte:02x} ({bytes([byte]).decode('cp1252')!r}) that are not UTF-8, as Excel and "
                    f"older Windows tools write; convert it first, e.g. {iconv_command(name, 'cp1252')}")


def _encoding_problem(head: bytes, name: str, in_place: bool = False) -> str | None:
    """What the file ``name`` starting with ``head`` is, when it is UTF-16, UTF-32 or a known binary format
    rather than UTF-8 text, and how to convert it; ``None`` otherwise."""
    utf16 = utf16_problem(head, name, in_place)
    if utf16:
        return utf16
    binary = binary_hint(head, name)
    return None if binary is None else f"not a text file; {binary}"


#: JSON Lines objects read before a run to find the kept keys.
KEPT_KEYS_PEEK = 1000


def check_kept_keys(reader: "Reader", keep_columns: tuple[str, ...], allow_late_columns: bool = False) -> None:
    """Before the model loads, look for each kept key in the first :data:`KEPT_KEYS_PEEK` objects of a JSON
    Lines input: a key none of them holds raises :class:`DataError` naming the keys seen (a mistyped name would
    cost a whole run for a column of nulls; CSV and Parquet inputs refuse a missing column when opened), unless
    ``allow_late_columns`` says it may come later (a warning then; rows without it get null). A key no object of a
    shorter file holds is refused all the same."""
    if reader.kind != "jsonl" or not keep_columns:
        return
    found: set[str] = set()
    seen: dict[str, None] = {}  # every key of the objects read, in order of first appearance
    objects, whole = 0, True
    with _gzip_errors(reader.name), _open_binary(reader.path) as handle:
        for raw in handle:
            if objects == KEPT_KEYS_PEEK:
                whole = False
                break
            try:
                row = read_json(raw.removeprefix(codecs.BOM_UTF8))
            except ValueError:  # a blank line, bad JSON, bad UTF-8 or JSON too deep: the run rejects it
                continue
            if not isinstance(row, dict):
                continue
            seen.update(dict.fromkeys(row))
            found.update(name for name in keep_columns if name in row)
            objects += 1
            if len(found) == len(keep_columns):
                return
    missing = [name for name in keep_columns if name not in found]
    if not objects or not missing:
        return
    if whole:
        raise DataError(f"{reader.name}: no object has a {missing[0]!r} key to keep (the keys seen are "
                        f"{list(seen)}); check the name given to keep_columns (--keep-columns)")
    if not allow_late_columns:
        raise DataError(f"{reader.name}: none of the first {counted(objects, 'object')} has a {missing[0]!r} key to "
                        f"keep (the keys seen are {list(seen)}); check the name given to keep_columns "
                        "(--keep-columns), or, if the key comes later in the file, pass allow_late_columns=True "
                        "(--allow-late-columns) to keep it, null in the rows without it")
    logger.warning("%s: none of the first %s has a %r key to keep (the keys seen are %s); rows without it get null",
                   reader.name, counted(objects, "object"), missing[0], list(seen))


def _open_binary(path: Path):
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return path.open("rb")


@contextmanager
def _gzip_errors(name: str) -> Iterator[None]:
    """Turn the errors of reading corrupt or truncated gzip data into one :class:`DataError`."""
    try:
        yield
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise DataError(f"{name}: cannot read the gzip data ({exc}); the file is corrupt or truncated") from None


def _json_id(row: dict[str, Any], key: str) -> tuple[str | None, str | None]:
    """``(id, None)`` for a usable id field of a JSON object, otherwise ``(shown, reason)``: the id as text for
    the rejects file (:func:`_shown_id`), ``None`` when there is none to show."""
    if key not in row:
        return None, f"no {key!r} field, though other records have one (give every record an id, or none)"
    value = row[key]
    if isinstance(value, float) and value.is_integer():
        # pandas writes a column of integers with a null in it as floats: 1.0 is the id 1, as in Parquet
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        kind = "null" if value is None else type(value).__name__
        return _shown_id(value), f"{key!r} is {kind}, expected a string or an integer"
    if isinstance(value, str) and not value.strip():
        return None, f"{key!r} is empty"
    problem = isinstance(value, str) and surrogate_problem(value)
    if problem:
        return _shown_id(value), f"{key!r} {problem}"
    return str(value), None


#: What :func:`_json_field_before_break` returns for a field it cannot read (``None`` is JSON's null).
_NOT_READ = object()
#: White space between JSON's tokens.
_JSON_SPACE = re.compile(r"[ \t\n\r]*")


def _past_space(line: str, at: int) -> int:
    """The index of the first character of ``line`` from ``at`` on that is not JSON's white space."""
    return _JSON_SPACE.match(line, at).end()  # type: ignore[union-attr]  # "*" always matches


def _json_field_before_break(line: str, key: str) -> Any:
    """The value of ``key`` in the JSON object ``line`` opens, read pair by pair up to where the line stops being
    JSON, or ``_NOT_READ`` when the key is not given whole before that (or is given twice before it)."""
    decoder = json.JSONDecoder()
    found: Any = _NOT_READ
    at = _past_space(line, 0)
    if not line.startswith("{", at):
        return _NOT_READ
    try:
        while True:
            at = _past_space(line, at + 1)
            name, at = decoder.raw_decode(line, at)
            at = _past_space(line, at)
            if not isinstance(name, str) or not line.startswith(":", at):
                return found
            value, at = decoder.raw_decode(line, _past_space(line, at + 1))
            if name == key:
                if found is not _NOT_READ:
                    return _NOT_READ
                found = value
            at = _past_space(line, at)
            if not line.startswith(",", at):
                return found
    except (ValueError, RecursionError):  # JSONDecodeError, or a number past Python's digits
        return found


#: The most bytes after a committed offset read to tell that a JSON Lines file holds no record after it.
_TAIL_BYTES = 65536


class JsonlReader(Reader):
    """JSON Lines: one object per non-blank line; the cursor is a byte offset.

    Opening reads objects until one has the text field and one carries an id
    (the whole input when none does): an input where no object has the text
    field, or the requested id field, raises :class:`DataError`, as does a
    JSON array (``[`` on the first line) or pretty-printed JSON (a first
    object over several lines).
    """

    kind = "jsonl"

    def __init__(self, path: Path, text_column: str, id_column: str | None,
                 keep_columns: tuple[str, ...] = (), headline_column: str | None = None) -> None:
        super().__init__(path, text_column, id_column, keep_columns, headline_column)
        _refuse_utf16(self.name, path)
        self._holds_utf8 = _refuse_cp1252(self.name, path)
        id_key = id_column or ("id" if text_column != "id" else None)
        columns, has_text, has_id, has_headline = self._scan(id_key)
        if columns is None:
            self.id_column = id_column
            if id_column is None:
                logger.info("%s: no JSON object found to check columns against", self.name)
            self._refuse_headline_as_id()
            return
        if not has_text:
            raise _missing_column(self.name, text_column, "text", columns)
        if id_column is not None and not has_id:
            raise _missing_column(self.name, id_column, "id", columns)
        if headline_column is not None and not has_headline:
            raise _missing_column(self.name, headline_column, "headline", columns)
        self.id_column = id_key if has_id else None
        if self.id_column is None:
            _say_record_numbers_are_ids(self.name, "no record carries an 'id'", columns, text_column)
        self._refuse_headline_as_id()
        self.columns = list(columns)

    def _scan(self, id_key: str | None) -> tuple[list[str] | None, bool, bool, bool]:
        """The first object's keys, and whether any object has the text field, carries an id and has the
        headline field (always true without a headline column).

        A requested id field counts when present; the default ``id`` only
        with a value, so an input whose ids are all null is numbered by position.
        """
        columns: list[str] | None = None
        has_text, has_id, has_headline = False, id_key is None, self.headline_column is None
        first = True
        with _gzip_errors(self.name), _open_binary(self.path) as handle:
            for raw in handle:
                if first and raw.startswith(codecs.BOM_UTF8):
                    raw = raw[len(codecs.BOM_UTF8):]
                if not raw.strip():
                    continue
                try:
                    row = read_json(raw)
                except (UnicodeDecodeError, json.JSONDecodeError, JsonLimit):
                    row = None
                if first and raw.lstrip().startswith(b"[") and not isinstance(row, dict):
                    # an array over many lines, or all on one
                    raise DataError(f"{self.name}: holds a JSON array; JSON Lines (one object per line) "
                                    "expected; convert it first, e.g. jq -c '.[]' FILE > FILE.jsonl") from None
                if first and row is None and raw.lstrip().startswith(b"{") and self._pretty_printed():
                    raise DataError(f"{self.name}: holds pretty-printed JSON (an object over several lines); "
                                    "JSON Lines (one object per line) expected; convert it first, e.g. "
                                    "jq -c . FILE > FILE.jsonl")
                first = False
                if not isinstance(row, dict):
                    continue
                if columns is None:
                    columns = list(row)
                has_text = has_text or self.text_column in row
                has_id = has_id or (id_key in row if self.requested_id else row.get(id_key) is not None)
                has_headline = has_headline or self.headline_column in row
                if has_text and has_id and has_headline:
                    break
        return columns, has_text, has_id, has_headline

    def _pretty_printed(self) -> bool:
        """Whether the first object runs over several lines (``json.dump(..., indent=2)``, ``jq`` without
        ``-c``), read whole up to :data:`_PRETTY_BYTES`; read as JSON Lines, its every line is a reject."""
        with _open_binary(self.path) as handle:
            text = handle.read(_PRETTY_BYTES).decode("utf-8", "replace").lstrip("\ufeff \t\r\n")
        try:
            with json_limits():
                value, end = json.JSONDecoder().raw_decode(text)
        except (json.JSONDecodeError, JsonLimit):
            # broken, or longer than was read: a line holding '{' alone is no record
            return text.split("\n", 1)[0].strip() == "{"
        # an object on one line that failed only for a bad byte is a broken record, not pretty-printed JSON
        return isinstance(value, dict) and "\n" in text[:end]

    def count_records(self) -> int:
        """The number of records (non-blank lines): a pass over the file, for a progress bar's total."""
        with _gzip_errors(self.name), _open_binary(self.path) as handle:
            return sum(1 for raw in handle if raw.strip())

    def ends_at(self, cursor: dict[str, Any] | None) -> bool:
        """Whether only blank lines follow ``cursor``'s byte offset, read from there (up to :data:`_TAIL_BYTES`;
        a gzip file is not, as it would be decompressed up to the offset)."""
        if cursor is None or "byte" not in cursor or self.path.name.lower().endswith(".gz"):
            return False
        with self.path.open("rb") as handle:
            handle.seek(cursor["byte"])
            tail = handle.read(_TAIL_BYTES + 1)
        return len(tail) <= _TAIL_BYTES and not tail.strip()

    def records(self, start: dict[str, Any] | None = None) -> Generator[Record, None, None]:
        skip = start["record"] if start else 0
        position, line, offset = 0, 0, 0
        seen: set[str] = set()
        with _gzip_errors(self.name), _open_binary(self.path) as handle:
            if start and self.id_column is None:
                # No ids to check for duplicates: jump to the committed position.
                position, line, offset = start["record"], start["line"], start["byte"]
                handle.seek(offset)
            for raw in handle:
                if offset == 0 and raw.startswith(codecs.BOM_UTF8):
                    raw = raw[len(codecs.BOM_UTF8):]
                    offset = len(codecs.BOM_UTF8)
                offset += len(raw)
                line += 1
                if not raw.strip():
                    continue
                cursor = {"record": position + 1, "line": line, "byte": offset}
                # Records before ``skip`` are read again only to learn their ids.
                record = self._record(raw, position, line, cursor, seen)
                if position >= skip:
                    yield record
                position += 1

    def _salvage_id(self, raw: bytes, position: int) -> str | None:
        """The id of a line that is not UTF-8, read with the bad bytes replaced."""
        if not self.id_column:
            return str(position)
        try:
            row = read_json(raw.decode("utf-8", "replace"))
        except (json.JSONDecodeError, JsonLimit):
            return None
        return _json_id(row, self.id_column)[0] if isinstance(row, dict) else None

    def _id_before_break(self, line: str, position: int) -> str | None:
        """The id of a line that is not valid JSON, when its object gives it whole before the break (a line cut
        short, a colon missing further on: '{"id": "a020", "text": "Resid'), so that the rejects file names the
        article lost; the record number when ids are record numbers; else ``None``."""
        if not self.id_column:
            return str(position)
        value = _json_field_before_break(line, self.id_column)
        if value is _NOT_READ:
            return None
        doc_id, reason = _json_id({self.id_column: value}, self.id_column)
        return doc_id if reason is None else None

    def _record(self, raw: bytes, position: int, line: int, cursor: dict, seen: set[str]) -> Record:
        """The record of one line; a new id is added to ``seen``, a seen one is a duplicate."""
        where = f"line {line}"
        try:
            decoded = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            reason: str | None = (f"not valid UTF-8 at byte offset {exc.start} of the line (byte "
                                  f"0x{raw[exc.start]:02x}){_single_byte_hint(raw, self.name, self._holds_utf8)}")
            return Record(position, self._salvage_id(raw, position), None, reason, where, cursor)
        try:  # without its line ending, a line cut short is reported where it stops, not at "column 1"
            row = read_json(decoded.rstrip("\r\n"), object_pairs_hook=unique_keys)
        except RepeatedKey as exc:  # json would keep the last value silently: which one is meant is unclear
            salvaged = None if exc.key == self.id_column else self._salvage_id(raw, position)
            return Record(position, salvaged, None, f"{exc}; give each key once", where, cursor)
        except json.JSONDecodeError as exc:  # "Unterminated string starting at" reads on into its column
            problem = exc.msg.removesuffix(" at")
            return Record(position, self._id_before_break(decoded, position), None,
                          f"not valid JSON: {problem[:1].lower()}{problem[1:]} at column {exc.colno}", where, cursor)
        except JsonLimit as exc:  # valid perhaps, but past what Python reads
            return Record(position, None, None, f"cannot read the JSON: {exc}", where, cursor)
        if not isinstance(row, dict):
            return Record(position, None, None, f"not a JSON object (a JSON {_JSON_KIND.get(type(row), 'value')})",
                          where, cursor)
        doc_id: str | None = str(position)
        if self.id_column:
            doc_id, reason = _json_id(row, self.id_column)
            if reason is not None:
                return Record(position, doc_id, None, reason, where, cursor)
        if self.text_column not in row:
            return Record(position, doc_id, None, f"no {self.text_column!r} field", where, cursor)
        text, reason = check_text(row[self.text_column], self.text_column)
        extra = {name: row.get(name) for name in self.keep_columns} if self.keep_columns else None
        record = Record(position, doc_id, text, reason, where, cursor, extra)
        # an object without the headline key has no headline, as one whose headline is null
        record = _with_headline(record, row.get(self.headline_column), self.headline_column)
        return _kept_once(record, seen, bool(self.id_column))


class CsvReader(Reader):
    """CSV with a header row; bytes that are not UTF-8, a field count other than the header's, or
    malformed quoting (a stray quote: see :func:`framing.textio.csv_records`) reject only their record."""

    kind = "csv"
    #: The field separator.
    delimiter = ","

    def __init__(self, path: Path, text_column: str, id_column: str | None,
                 keep_columns: tuple[str, ...] = (), headline_column: str | None = None) -> None:
        super().__init__(path, text_column, id_column, keep_columns, headline_column)
        _refuse_utf16(self.name, path)
        self._holds_utf8 = _refuse_cp1252(self.name, path)
        with _gzip_errors(self.name), self._open() as handle:
            header = next(self._rows(handle), None)
        if header is None:
            raise DataError(f"{self.name}: empty file, expected a header row with a {text_column!r} column")
        if header.fields is None:
            raise DataError(f"{self.name}: malformed CSV header: line {header.line}: {header.problem}")
        self.header = header.fields
        self._read_excel_semicolons()
        self._refuse_other_delimiter()
        self._resolve_columns(self.header)

    def _open(self):
        return io.TextIOWrapper(_open_binary(self.path), encoding="utf-8-sig", errors="surrogateescape",
                                newline="")

    def _rows(self, handle) -> Iterator[CsvRecord]:
        """The records of the open file ``handle``, the header first."""
        return csv_records(handle, self.delimiter)

    def _read_excel_semicolons(self) -> None:
        """Read a ``.csv`` file semicolon-separated when its header, read at commas, is one column that splits at
        semicolons into columns naming the text column (see :func:`framing.textio.semicolon_columns`): Excel saves
        "CSV" so in comma-decimal locales (most of Europe), and refusing it left such a user to convert a file the
        reader can split as it is."""
        columns = semicolon_columns(self.header) if self.delimiter == "," else None
        if columns is None or self.text_column not in columns:
            return
        self.delimiter, self.header = ";", columns
        logger.warning(SEMICOLONS_WARNING, self.name, ", ".join(map(repr, self.header)))

    def _refuse_other_delimiter(self) -> None:
        """Refuse a header read as one column, without the text column, that holds another separator: the
        file is separated by something else (a spreadsheet in a comma-decimal locale saves semicolons), and
        saying so beats listing one column named 'id;text'."""
        if len(self.header) != 1 or self.text_column in self.header:
            return
        other = next((d for d in _SEPARATORS if d != self.delimiter and d in self.header[0]), None)
        if other is None:
            return
        name, suffix = _SEPARATORS[other]
        own, own_suffix = _SEPARATORS[self.delimiter]
        fix = f"name it {suffix}" if suffix else "save it comma-separated (.csv) or tab-separated (.tsv)"
        raise DataError(f"{self.name}: no text column {self.text_column!r}: the header is one column, "
                        f"{self.header[0]!r}, and looks {name}-separated, but a {own_suffix} file is read "
                        f"{own}-separated; {fix}")

    def count_records(self) -> int:
        """The number of records after the header, split as :meth:`records` splits them (a quoted field over
        several lines is one record, a broken one as many as it rejects): a pass over the file, for the total of
        a progress bar and of the commit lines."""
        with _gzip_errors(self.name), self._open() as handle:
            return sum(1 for _ in self._rows(handle)) - 1

    def records(self, start: dict[str, Any] | None = None) -> Generator[Record, None, None]:
        skip = start["record"] if start else 0
        text_index = self.header.index(self.text_column)
        id_index = self.header.index(self.id_column) if self.id_column else None
        seen: set[str] = set()
        warned = False
        with _gzip_errors(self.name), self._open() as handle:
            rows = self._rows(handle)
            next(rows)
            for position, (line, row, problem, first_line) in enumerate(rows):
                if row is None:
                    doc_id = str(position) if id_index is None else _id_before_quotes(first_line or "", id_index,
                                                                                       self.delimiter)
                    record = Record(position, doc_id, None, problem, f"line {line}", {"record": position + 1})
                else:  # rows before ``skip`` are read again only to learn their ids
                    record = self._record(row, position, line, text_index, id_index, seen)
                if position >= skip:
                    if not warned and row is not None:
                        warned = self._warn_merged(row, position, line)
                    yield record

    def _warn_merged(self, row: list[str], position: int, line: int) -> bool:
        """Warn (and say so) when a quoted field of ``row`` runs over lines that start as this record does:
        valid CSV, but nearly always a closing quote missing, which merges the rows in between into it."""
        if not any("\n" in field for field in row[1:]):
            return False
        found = _record_like_line(row, line, self.delimiter)
        if found is None:
            return False
        at, start = found
        last = line + sum(field.count("\n") for field in row)
        logger.warning("%s: record %d (lines %d-%d) has a quoted field over lines that start like records of their "
                       "own (line %d: %r): a missing closing quote may have merged the rows in between into it; "
                       "check the file (further such records are not reported)",
                       self.name, position, line, last, at, _surrogates_replaced(start))
        return True

    def _record(self, row: list[str], position: int, line: int, text_index: int, id_index: int | None,
                seen: set[str]) -> Record:
        """The record of one row; a new id is added to ``seen``, a seen one is a duplicate."""
        cursor = {"record": position + 1}
        where = f"line {line}"
        doc_id: str | None = str(position)
        if id_index is not None:
            doc_id = _surrogates_replaced(row[id_index]) if id_index < len(row) else None
            if doc_id is not None and not doc_id.strip():
                return Record(position, None, None, f"{self.id_column!r} is empty", where, cursor)
        if len(row) != len(self.header):
            reason: str | None = f"has {counted(len(row), 'field')} but the header has {len(self.header)}"
            return Record(position, doc_id, None, reason, where, cursor)
        value = row[text_index]
        reason = self._not_utf8(value, self.text_column)
        if reason is not None:
            return Record(position, doc_id, None, reason, where, cursor)
        text, reason = check_text(value, self.text_column)
        extra = ({name: _surrogates_replaced(row[self.header.index(name)]) for name in self.keep_columns}
                 if self.keep_columns else None)
        record = self._headline_of(Record(position, doc_id, text, reason, where, cursor, extra), row)
        return _kept_once(record, seen, id_index is not None)

    def _headline_of(self, record: Record, row: list[str]) -> Record:
        """``record`` with the headline of ``row``: bytes that are not UTF-8 reject it, as in the text column
        (a CSV field is never null: an empty one is no headline)."""
        if self.headline_column is None or record.reason is not None:
            return record
        value = row[self.header.index(self.headline_column)]
        reason = self._not_utf8(value, self.headline_column)
        if reason is not None:
            return Record(record.position, record.doc_id, None, reason, record.where, record.cursor)
        return _with_headline(record, value, self.headline_column)

    def _not_utf8(self, value: str, column: str) -> str | None:
        """Why the field ``value`` of ``column`` cannot be read, when its bytes are not UTF-8; else ``None``."""
        bad = _first_surrogate(value)
        if bad is None:
            return None
        return (f"{column!r} is not valid UTF-8 (byte 0x{ord(value[bad]) - 0xDC00:02x} at character {bad} of the "
                f"field){_single_byte_hint(value.encode('utf-8', 'surrogateescape'), self.name, self._holds_utf8)}")


def _id_before_quotes(line: str, index: int, delimiter: str) -> str | None:
    """The id, field ``index``, of a CSV record that cannot be read, from ``line``, the line it starts on:
    only a field that ends before the line's first quote, which reads the same however the quotes after it
    are meant (``17,"The mayor...`` never closed: ``17``); else (and for a blank id) ``None``."""
    fields = line.split('"', 1)[0].split(delimiter)
    if index >= len(fields) - 1:  # the last piece runs on into a quoted field, or to the line's end
        return None
    doc_id = fields[index]
    return _surrogates_replaced(doc_id) if doc_id.strip() else None


#: Field separators by name, with the suffix of the files read with them.
_SEPARATORS = {",": ("comma", ".csv"), "\t": ("tab", ".tsv"), ";": ("semicolon", None), "|": ("pipe", None)}


class TsvReader(CsvReader):
    """Tab-separated values: CSV with a tab delimiter, quoted as CSV where a field's quoting is whole, while
    a line that CSV quoting cannot read is split at its tabs as written, as ``framing train`` reads TSV
    (news text often opens a field with a quotation: '"Fake news," he said')."""

    kind = "tsv"
    delimiter = "\t"

    def _rows(self, handle) -> Iterator[CsvRecord]:
        lines = _NumberedLines(handle)
        for record in csv_records(lines, self.delimiter):
            if record.fields is None:
                record = CsvRecord(record.line, lines.take(record.line).split("\t"))
            else:
                lines.forget_before(record.line)
            yield record


class _NumberedLines:
    """The lines of a file, numbered as :func:`framing.textio.csv_records` numbers them (at ``\\n``, or at
    ``\\r`` before any ``\\n``), each kept until the records before it are read: so the line a record
    starts on can be read again as written. At most one record's lines are kept."""

    def __init__(self, handle: Iterable[str]) -> None:
        self._handle = handle
        self._kept: dict[int, list[str]] = {}
        self._next = 1
        self._oldest = 1
        self._lf_seen = False

    def __iter__(self) -> Iterator[str]:
        for text in self._handle:
            self._kept.setdefault(self._next, []).append(text)
            self._lf_seen = self._lf_seen or text.endswith("\n")
            if text.endswith("\n") or (not self._lf_seen and text.endswith("\r")):
                self._next += 1
            yield text

    def forget_before(self, line: int) -> None:
        """Let go of the lines before ``line``."""
        while self._oldest < line:
            self._kept.pop(self._oldest, None)
            self._oldest += 1

    def take(self, line: int) -> str:
        """Line ``line`` without its line end; the lines before it are let go."""
        self.forget_before(line)
        text = "".join(self._kept.get(line, ()))
        return text.removesuffix("\n").removesuffix("\r")


def _shape(value: str) -> str:
    """The shape of an id: each run of letters ``a``, of digits ``9``, the rest kept (``d-17`` is ``a-9``)."""
    return _DIGITS.sub("9", _LETTERS.sub("a", value))


_LETTERS = re.compile(r"[^\W\d_]+")
_DIGITS = re.compile(r"\d+")


def _record_like_line(row: list[str], line: int, delimiter: str = ",") -> tuple[int, str] | None:
    """The first line inside a field of ``row`` (a record starting on ``line``) that starts as the record
    does: a first field of its shape, holding a digit (an id, not a word), then the ``delimiter``. With its
    number."""
    shape = _shape(row[0])
    if len(row[0]) > 64 or "9" not in shape:
        return None
    at = line + row[0].count("\n")
    for field in row[1:]:
        for offset, inner in enumerate(field.split("\n")[1:], start=1):
            first, separator, _ = inner.partition(delimiter)
            if separator and _shape(first.strip('"')) == shape:
                return at + offset, inner[:60]
        at += field.count("\n")
    return None


_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
#: A character beyond ASCII that is not an escaped byte: UTF-8 that decoded.
_BEYOND_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")


def _single_byte_hint(data: bytes, name: str, file_holds_utf8: bool = False, in_place: bool = False) -> str:
    """For a record whose bytes are not UTF-8: when they, and the file's start (``file_holds_utf8``), hold
    no UTF-8 beyond ASCII either, the usual cause (Windows-1252 or Latin-1, as Excel and older systems
    write) and the command that converts the file; when either holds UTF-8, a stray byte in UTF-8 text, which
    converting the file would garble elsewhere: what it is in Windows-1252, to replace (see
    :func:`framing.textio.stray_byte_hint`, as ``framing analyze`` says); else nothing."""
    text = data.decode("utf-8", "surrogateescape")
    if file_holds_utf8 or _BEYOND_ASCII.search(text):
        return f"; {stray_byte_hint(data)}"
    if set(data) & _CP1252_UNDEFINED:
        return ""
    return (f"; it looks like Windows-1252 or Latin-1: convert the file first, e.g. "
            f"{iconv_command(name, 'cp1252', in_place)}")


def _first_surrogate(value: str) -> int | None:
    """Where the first byte that was not UTF-8 sits (``surrogateescape`` decoding), if any."""
    if value.isascii():
        return None
    match = _ESCAPED_BYTE.search(value)
    return match.start() if match else None


def _surrogates_replaced(value: str) -> str:
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


class _ArrowBatches(Reader):
    """Shared record logic for Arrow-based inputs (Parquet, saved datasets)."""

    def _records_after(self, batches: Iterable[Any], position: int, skip: int,
                       seen: set[str] | None = None) -> Iterator[Record]:
        """Records of ``batches`` (the first one starting at record ``position``) from record ``skip`` on.

        ``seen`` holds the ids of records before ``position``; the ids of the
        skipped rows are added to it, so a repeat after a resume is still found.
        """
        seen = set() if seen is None else seen
        for batch in batches:
            if position < skip and self.id_column:
                self._learn_ids(batch.slice(0, skip - position), position, seen)
            if position + batch.num_rows <= skip:
                position += batch.num_rows
                continue
            if position < skip:
                batch = batch.slice(skip - position)
                position = skip
            yield from self._batch_records(batch, position, seen)
            position += batch.num_rows

    def _read_columns(self) -> list[str]:
        """The input columns the records are made of (a name may come twice: a kept column can be another)."""
        return ([self.text_column] + ([self.id_column] if self.id_column else [])
                + ([self.headline_column] if self.headline_column is not None else []) + list(self.keep_columns))

    def _learn_ids(self, batch, position: int, seen: set[str]) -> None:
        """Add the ids of the records of ``batch`` that were kept (read again after a resume) to ``seen``."""
        for _ in self._batch_records(batch, position, seen):
            pass

    def _batch_records(self, batch, position: int, seen: set[str]) -> Iterator[Record]:
        texts = column_values(batch.column(batch.schema.get_field_index(self.text_column)))
        ids = (column_values(batch.column(batch.schema.get_field_index(self.id_column)))
               if self.id_column else [None] * len(texts))
        kept = [column_values(batch.column(batch.schema.get_field_index(name))) for name in self.keep_columns]
        headlines = (column_values(batch.column(batch.schema.get_field_index(self.headline_column)))
                     if self.headline_column is not None else [None] * len(texts))
        for k, (value, id_value) in enumerate(zip(texts, ids)):
            where, cursor = f"row {position}", {"record": position + 1}
            doc_id, reason = arrow_id(id_value, self.id_column) if self.id_column else (str(position), None)
            if reason is not None:
                yield Record(position, _shown_id(id_value), None, reason, where, cursor)
            else:
                text, reason = check_text(value, self.text_column)
                extra = {name: values[k] for name, values in zip(self.keep_columns, kept)} if kept else None
                record = _with_headline(Record(position, doc_id, text, reason, where, cursor, extra),
                                        headlines[k], self.headline_column)
                yield _kept_once(record, seen, bool(self.id_column))
            position += 1


def column_values(column) -> list[Any]:
    """Python values of an Arrow column; undecodable strings come back as bytes."""
    try:
        return column.to_pylist()
    except UnicodeDecodeError:
        import pyarrow as pa

        return column.cast(pa.large_binary()).to_pylist()


class ParquetReader(_ArrowBatches):
    """Parquet, read a batch at a time; resuming skips whole row groups."""

    kind = "parquet"

    def __init__(self, path: Path, text_column: str, id_column: str | None,
                 keep_columns: tuple[str, ...] = (), headline_column: str | None = None) -> None:
        super().__init__(path, text_column, id_column, keep_columns, headline_column)
        import pyarrow.parquet as pq

        try:
            self._file = pq.ParquetFile(path)
        except Exception as exc:  # pyarrow raises several unrelated types
            raise DataError(f"{self.name}: cannot read Parquet: {exc}") from None
        self._resolve_columns(self._file.schema_arrow.names)
        self.total = self._file.metadata.num_rows

    def records(self, start: dict[str, Any] | None = None) -> Generator[Record, None, None]:
        skip = start["record"] if start else 0
        columns = list(dict.fromkeys(self._read_columns()))
        meta = self._file.metadata
        first_group, group_start = 0, 0
        while first_group < meta.num_row_groups and group_start + meta.row_group(first_group).num_rows <= skip:
            group_start += meta.row_group(first_group).num_rows
            first_group += 1
        groups = list(range(first_group, meta.num_row_groups))
        if not groups:
            return
        seen: set[str] = set()
        if self.id_column and first_group:  # the skipped groups' kept ids, to find repeats after a resume
            skipped = self._file.iter_batches(batch_size=_ARROW_BATCH, row_groups=range(first_group),
                                              columns=columns)
            for batch in skipped:
                self._learn_ids(batch, 0, seen)
        batches = self._file.iter_batches(batch_size=_ARROW_BATCH, row_groups=groups, columns=columns)
        yield from self._records_after(batches, group_start, skip, seen)


class SavedDatasetReader(_ArrowBatches):
    """A folder written by ``datasets.Dataset.save_to_disk``, read as Arrow streams."""

    kind = "hf_dataset"

    def __init__(self, path: Path, text_column: str, id_column: str | None,
                 keep_columns: tuple[str, ...] = (), headline_column: str | None = None) -> None:
        super().__init__(path, text_column, id_column, keep_columns, headline_column)
        try:
            state = read_json((path / "state.json").read_text(encoding="utf-8"))
            self.files = [path / entry["filename"] for entry in state["_data_files"]]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise DataError(f"{self.name}: not a dataset saved with save_to_disk (state.json: {exc})") from None
        if not self.files:
            raise DataError(f"{self.name}: the saved dataset lists no data files")
        with _arrow_stream(self.files[0]) as reader:
            self._resolve_columns(reader.schema.names)
        self.total = _saved_rows(path, state)

    def fingerprint(self, whole: bool = False) -> str:
        return fingerprint_files(self.files, self.path, whole)

    def ends_at(self, cursor: dict[str, Any] | None) -> bool:
        """``False``: the count in ``dataset_info.json`` is a note beside the data (enough for a progress bar),
        not the data's own, so it never decides that nothing is left."""
        return False

    def records(self, start: dict[str, Any] | None = None) -> Generator[Record, None, None]:
        skip = start["record"] if start else 0
        yield from self._records_after(self._batches(list(dict.fromkeys(self._read_columns()))), 0, skip)

    def _batches(self, columns: list[str]) -> Iterator[Any]:
        for file in self.files:
            with _arrow_stream(file) as reader:
                for batch in reader:
                    yield batch.select(columns)


def _saved_rows(path: Path, state: dict) -> int | None:
    """The row count recorded in ``dataset_info.json``, if any."""
    try:
        info = read_json((path / "dataset_info.json").read_text(encoding="utf-8"))
        split = (info.get("splits") or {}).get(state.get("_split"))
        return int(split["num_examples"]) if split and split.get("num_examples") is not None else None
    except (OSError, ValueError, TypeError, AttributeError, KeyError):
        return None


class _arrow_stream:
    """Open an Arrow IPC file (stream format, or file format as a fallback)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> "_arrow_stream":
        import pyarrow as pa

        self._source = pa.OSFile(str(self.path), "rb")
        try:
            self._reader = pa.ipc.open_stream(self._source)
            self._batches = iter(self._reader)
        except pa.ArrowInvalid:
            self._source.close()
            self._source = pa.OSFile(str(self.path), "rb")
            self._reader = pa.ipc.open_file(self._source)
            self._batches = (self._reader.get_batch(i) for i in range(self._reader.num_record_batches))
        self.schema = self._reader.schema
        return self

    def __iter__(self):
        return self._batches

    def __exit__(self, *exc) -> None:
        self._source.close()


class TextFolderReader(Reader):
    """A folder of ``.txt`` files, one document each, in sorted path order, each in ``encoding`` (a codec name as
    :func:`framing.textio.check_encoding` gives it; UTF-8 by default)."""

    kind = "txt_folder"

    def __init__(self, path: Path, text_column: str, id_column: str | None,
                 keep_columns: tuple[str, ...] = (), headline_column: str | None = None,
                 encoding: str = DEFAULT_ENCODING) -> None:
        super().__init__(path, text_column, id_column, keep_columns, headline_column)
        self.encoding = encoding
        if self.keep_columns:
            raise OptionError(f"{self.name}: a folder of .txt files has no columns to keep "
                              f"({', '.join(self.keep_columns)})")
        # each file is one document and its path the id: a column option would be silently ignored
        named = ([f"text column {text_column!r}"] if text_column != "text" else []) + (
            [f"id column {id_column!r}"] if id_column is not None else []) + (
            [f"headline column {headline_column!r}"] if headline_column is not None else [])
        if named:
            raise OptionError(f"{self.name}: a folder of .txt files has no columns (each file is one document, "
                              f"its path the id); drop the {' and '.join(named)}")
        files, skipped = _walk_txt(path)
        self.files = sorted(files, key=lambda p: p.relative_to(path).as_posix())
        if skipped:
            logger.warning("%s: %d %s not read (hidden, not named .txt, or a folder reached again through a "
                           "link), e.g. %s", self.name, len(skipped), "entry" if len(skipped) == 1 else "entries",
                           ", ".join(_shown_name(name) for name in sorted(skipped)[:3]))
        if not self.files:
            raise DataError(f"{self.name}: no .txt files in this folder (and it is not a dataset saved "
                            "with save_to_disk)")
        outside = _outside(path, self.files)
        if outside:  # read as the folder's own, as links are; said, as a link may lead where it was not meant to
            first = outside[0]
            logger.warning("%s: %d .txt %s outside the folder, reached through links, and %s read as part of it, "
                           "e.g. %s -> %s", self.name, len(outside), "file lies" if len(outside) == 1 else "files lie",
                           "is" if len(outside) == 1 else "are", _shown_name(first.relative_to(path).as_posix()),
                           _shown_name(os.path.realpath(first)))
        self.total = len(self.files)

    def fingerprint(self, whole: bool = False) -> str:
        return fingerprint_files(self.files, root=self.path, whole=whole)

    def describe(self) -> dict[str, Any]:
        return {"path": _shown_name(str(self.path.resolve())), "kind": self.kind, "files": len(self.files)}

    def records(self, start: dict[str, Any] | None = None) -> Generator[Record, None, None]:
        skip = start["record"] if start else 0
        for position in range(skip, len(self.files)):
            file = self.files[position]
            doc_id = file.relative_to(self.path).as_posix()
            cursor = {"record": position + 1}
            bad = _first_surrogate(doc_id)
            if bad is not None:  # an id must be text the output can hold: the file is rejected, named
                shown = _shown_name(doc_id)
                byte = ord(doc_id[bad]) - 0xDC00
                reason: str | None = (f"the file name is not valid UTF-8 (byte 0x{byte:02x}); give the file a UTF-8 "
                                      "name (e.g. convmv -f latin1 -t utf8 --notest FILE) to score it")
                yield Record(position, shown, None, reason, shown, cursor)
                continue
            try:
                data = file.read_bytes()
            except OSError as exc:
                yield Record(position, doc_id, None, f"cannot read ({exc.strerror or exc})", doc_id, cursor)
                continue
            decoded, reason = self._decoded(data, str(file))
            if decoded is None:
                yield Record(position, doc_id, None, reason, doc_id, cursor)
                continue
            text, reason = check_text(decoded, "text", subject="the file")  # it has no column
            yield Record(position, doc_id, text, reason, doc_id, cursor)

    def _decoded(self, data: bytes, name: str) -> tuple[str | None, str | None]:
        """``(text, None)`` of the file ``name`` holding ``data``, or ``(None, why it cannot be read)``: UTF-8 with
        a command that converts the file in place when it is not, else the folder's ``encoding``
        (:func:`framing.textio.decode_as`); a known binary format is named either way."""
        if not is_utf8(self.encoding):
            binary = binary_hint(data[:200], name)
            return (None, f"not a text file; {binary}") if binary is not None else decode_as(data, self.encoding)
        # UTF-16 is valid UTF-8 when English: it would be scored
        problem = _encoding_problem(data[:200], name, in_place=True)
        if problem:
            return None, problem
        try:
            return codecs.decode(data, "utf-8-sig"), None
        except UnicodeDecodeError as exc:
            return None, (f"not valid UTF-8 at byte offset {exc.start} (byte 0x{data[exc.start]:02x})"
                          f"{_single_byte_hint(data, name, in_place=True)}")


def _refuse_data_files(folder: Path) -> None:
    """Refuse a folder that holds data files (shards): read as a folder of ``.txt`` documents, their
    records would be skipped without a word. A ``.json`` file beside ``.txt`` files is taken for what
    such a folder often carries (``metadata.json``) and left to the warning about files not read."""
    kinds: dict[str, int] = {}
    holds_text = False
    for parent, dirs, files in _folders(folder, []):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            lower = name.lower()
            stem = lower[:-3] if lower.endswith(".gz") else lower
            suffix = os.path.splitext(stem)[1]
            if suffix in _SUFFIXES and not name.startswith("."):
                kinds[suffix] = kinds.get(suffix, 0) + 1
            holds_text = holds_text or (lower.endswith(".txt") and not name.startswith("."))
    if holds_text:
        kinds.pop(".json", None)
    if kinds:
        found = ", ".join(f"{n} {suffix} file{'s' if n > 1 else ''}" for suffix, n in sorted(kinds.items()))
        lines = sorted(suffix for suffix in kinds if _SUFFIXES[suffix] is JsonlReader)
        join = f" or join them first (e.g. cat *{lines[0]} > all.jsonl)" if lines else ""
        raise DataError(f"{folder}: holds {found}; a folder input is read as .txt documents (one per file) or "
                        "as a dataset saved with save_to_disk, so these would be skipped. Score each file on its "
                        f"own (framing score FILE --out OUT){join}")


def _folders(root: Path, repeats: list[str]) -> Iterator[tuple[str, list[str], list[str]]]:
    """``os.walk`` that follows links to folders (a linked subfolder is part of the corpus), each real
    folder once, so a link to a folder above it cannot loop; a folder reached again goes to ``repeats``."""
    seen: set[str] = set()
    for folder, dirs, files in os.walk(root, followlinks=True):
        real = os.path.realpath(folder)
        if real in seen:
            dirs[:] = []
            repeats.append(folder)
            continue
        seen.add(real)
        yield folder, dirs, files


def _walk_txt(root: Path) -> tuple[list[Path], list[str]]:
    """The ``.txt`` files under ``root``, and the paths (inside ``root``) passed over: hidden files and
    folders, files not named ``.txt``, and folders reached again through links."""
    files: list[Path] = []
    skipped: list[str] = []
    repeats: list[str] = []
    for folder, dirs, names in _folders(root, repeats):
        inside = Path(folder).relative_to(root)
        skipped.extend((inside / name).as_posix() + "/" for name in dirs if name.startswith("."))
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        for name in names:
            if name.lower().endswith(".txt") and not name.startswith("."):
                files.append(Path(folder) / name)
            else:
                skipped.append((inside / name).as_posix())
    skipped.extend(Path(folder).relative_to(root).as_posix() + "/" for folder in repeats)
    return files, skipped


def _outside(root: Path, files: list[Path]) -> list[Path]:
    """The ``files`` (under ``root``) whose real path lies outside ``root``: reached through a link to a file,
    or in a folder reached through a link, that leads out of it."""
    real_root = Path(os.path.realpath(root))
    folder_outside: dict[Path, bool] = {}
    found = []
    for file in files:
        if file.parent not in folder_outside:
            folder_outside[file.parent] = not Path(os.path.realpath(file.parent)).is_relative_to(real_root)
        if folder_outside[file.parent] or (file.is_symlink()
                                           and not Path(os.path.realpath(file)).is_relative_to(real_root)):
            found.append(file)
    return found


_SUFFIXES = {
    ".jsonl": JsonlReader, ".ndjson": JsonlReader, ".json": JsonlReader,
    ".csv": CsvReader, ".tsv": TsvReader,
    ".parquet": ParquetReader, ".pq": ParquetReader,
}

#: Compressions that are not read, by suffix: the compressor, and the command that decompresses ``{file}``
#: into ``{out}`` and keeps it.
_OTHER_COMPRESSIONS = {
    ".bz2": ("bzip2", "bunzip2 -k {file}"),
    ".xz": ("xz", "unxz -k {file}"),
    ".zst": ("zstd", "unzstd {file}"),
    ".lz4": ("lz4", "lz4 -d {file} {out}"),
}


def _other_compression(source: Path) -> InputError | None:
    """The error for a file compressed other than with gzip, naming the command that decompresses it."""
    name, suffix = os.path.splitext(source.name)
    if suffix.lower() not in _OTHER_COMPRESSIONS:
        return None
    tool, command = _OTHER_COMPRESSIONS[suffix.lower()]
    out = source.with_name(name)
    inner = os.path.splitext(name)[1].lower()
    gzip_too = (f", or compress it with gzip instead ({inner}.gz is read as it is)"
                if _SUFFIXES.get(inner) in (JsonlReader, CsvReader, TsvReader) else "")
    decompress = command.format(file=shlex.quote(str(source)), out=shlex.quote(str(out)))
    return InputError(f"{source}: compressed with {tool}, which framing does not read; decompress it first "
                      f"({decompress} writes {out}){gzip_too}")


def open_input(path: str | os.PathLike, text_column: str = "text", id_column: str | None = None,
               keep_columns: tuple[str, ...] = (), headline_column: str | None = None,
               encoding: str = DEFAULT_ENCODING) -> Reader:
    """A :class:`Reader` for ``path``, chosen by its suffix or folder contents.

    Checks the columns at once: a missing text column (or an explicitly
    requested id or headline column that is missing) raises :class:`DataError`
    listing the columns that exist. A headline column named as the text or id
    column raises :class:`InputError`. ``encoding`` (a codec name Python knows,
    else :class:`InputError`) is that of a folder's ``.txt`` files; any other
    input is read as UTF-8, and another encoding for it raises :class:`OptionError`.
    """
    encoding = check_encoding(encoding)
    if not isinstance(text_column, str) or not text_column:
        raise InputError(f"text_column must be a column name, got {text_column!r}")
    if id_column is not None and (not isinstance(id_column, str) or not id_column):
        raise InputError(f"id_column must be a column name or None, got {id_column!r}")
    check_headline_column(headline_column, text_column, id_column)
    source = Path(path)
    if not source.exists():
        shown = path if isinstance(path, str) and is_web_address(path) else source  # a Path writes "https:/"
        raise MissingInputError(missing_path_message(shown, "file or folder"), source)
    if not source.is_file() and not source.is_dir():  # a pipe is read several times: the second read would hang
        raise InputError(f"{source}: a named pipe or device is not supported (a resumable run must read its input "
                         "again); save it to a file (.jsonl, .csv or .parquet) and pass that path")
    if source.is_dir():
        if (source / "dataset_dict.json").is_file():
            splits = sorted(p.name for p in source.iterdir() if (p / "state.json").is_file())
            raise DataError(f"{source}: a DatasetDict with splits {splits}; pass one split's folder, "
                            f"e.g. {source / (splits[0] if splits else 'train')}")
        if (source / "state.json").is_file():
            if not is_utf8(encoding):
                raise _encoding_not_read(source, encoding)
            return SavedDatasetReader(source, text_column, id_column, keep_columns, headline_column)
        _refuse_data_files(source)
        return TextFolderReader(source, text_column, id_column, keep_columns, headline_column, encoding)
    compressed = _other_compression(source)
    if compressed is not None:
        raise compressed
    name = source.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    suffix = os.path.splitext(name)[1]
    if suffix not in _SUFFIXES:
        raise InputError(f"{source}: unsupported input type {suffix or '(none)'!r}; use .jsonl, .csv, .tsv, "
                         ".parquet, a folder of .txt files or a folder saved by datasets' save_to_disk")
    if suffix in (".parquet", ".pq") and source.name.lower().endswith(".gz"):
        raise InputError(f"{source}: compressed Parquet files are not read; Parquet compresses internally")
    if not is_utf8(encoding):
        raise _encoding_not_read(source, encoding)
    return _SUFFIXES[suffix](source, text_column, id_column, keep_columns, headline_column)


def _encoding_not_read(source: Path, encoding: str) -> OptionError:
    """The error for an ``encoding`` other than UTF-8 given for ``source``, which is no folder of ``.txt`` files:
    only those are read in another (a CSV or JSON Lines reader judges bytes as UTF-8 record by record; Parquet and
    saved datasets hold UTF-8), so a text file is to be converted, as its records would be rejected otherwise."""
    name = source.name.lower().removesuffix(".gz")
    convert = (f"; a file in {encoding} is converted first, e.g. {iconv_command(str(source), encoding)}"
               if name.endswith((".jsonl", ".ndjson", ".json", ".csv", ".tsv")) else "")
    return OptionError(f"{source}: encoding={encoding} (--encoding {encoding}) applies to a folder of .txt files "
                       f"only; this input is always read as UTF-8: drop encoding (--encoding){convert}")


def check_headline_column(headline_column: str | None, text_column: str, id_column: str | None) -> None:
    """Refuse a ``headline_column`` that is no column name (``TypeError``, :class:`InputError` when empty), or
    that names the text or id column: one column cannot hold two of them."""
    check_column(headline_column, "headline_column", none=True)
    for role, column in (("text", text_column), ("id", id_column)):
        if headline_column is not None and headline_column == column:
            raise OptionError(f"headline_column (--headline-column) {headline_column!r} is also the {role} column; "
                              f"the headline needs a column of its own")
