"""Training examples and the readers that make them.

An :class:`Example` is one sentence with its context and what is known about
it: a set of allowed labels (one label for a hard label; several for a
coarse public label such as NewsSD's ``OBJ``, which means "not opinion"),
and character spans for the span types that were annotated.

Here: user tables (CSV, TSV, JSONL, Parquet, ``datasets.Dataset``, pandas) as
``framing train`` reads them, and :func:`training_rows`, which turns analysed
(or hand-corrected) documents into such rows. The project's own corpus and the
shared public corpora are read by :mod:`framing.corpora`.
"""

from __future__ import annotations

import base64
import codecs
import hashlib
import io
import json
import logging
import math
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .document import SPAN_TYPES, Document, DocumentRecord, Sentence, documents_of
from .errors import DataError, InputError, MissingDataError, counted, warn
from .furniture import page_furniture
from .row_problems import RowProblems
from .segment import preceding
from .textchars import is_combining_mark, is_word_char
from .textio import (SEMICOLONS_WARNING, CsvRecord, CsvWriter, conversion_hint, csv_records, json_line,
                     semicolon_columns, utf16_problem)
from .validation import (MAX_CONTEXT_SENTENCES, JsonLimit, RepeatedKey, check_flag, check_path, did_you_mean,
                         is_missing, read_json, row_name, surrogate_problem, unique_keys)

__all__ = ["Example", "read_table", "table_examples", "training_rows", "write_training_rows", "sha1_12"]

logger = logging.getLogger(__name__)

@dataclass
class Example:
    """One sentence to learn from."""

    text: str
    context: str | None = None
    #: Allowed label names; empty when the sentence label is unknown.
    allowed: frozenset[str] = frozenset()
    weight: float = 1.0
    #: ``(type, start, end)`` character spans within ``text``.
    spans: list[tuple[str, int, int]] = field(default_factory=list)
    #: Span types annotated for this sentence (others are not trained on).
    span_known: frozenset[str] = frozenset()
    #: Grouping key for held-out splits (document or topic).
    group: str = ""
    origin: str = ""
    #: Where the example sits in its source ("train: data.csv: line 5"), for error messages.
    where: str = ""
    #: Its row as ``where`` names it within the table ("line 5", "row 3"), for per-sentence results.
    row: str = ""

    @property
    def label(self) -> str | None:
        """The hard label, if exactly one label is allowed."""
        return next(iter(self.allowed)) if len(self.allowed) == 1 else None


def sha1_12(text: str) -> str:
    """The first 12 hex digits of the SHA-1 of ``text`` (UTF-8): a short, stable key for a sentence."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


#: A model records the hashes of at most this many distinct training sentences (8 bytes each, about
#: 1 MB of base64 in ``training_args.json``); one trained on more records none.
MAX_SENTENCE_HASHES = 100_000


def _sentence_digest(text: str) -> bytes:
    """An 8-byte BLAKE2b digest of a sentence, its runs of whitespace made single spaces."""
    return hashlib.blake2b(" ".join(text.split()).encode("utf-8"), digest_size=8).digest()


def sentence_hashes(texts: Iterable[str]) -> str | None:
    """The distinct ``texts`` as a model records them, to tell a later evaluation that it scores sentences
    the model was trained on: their sorted digests, base64; ``None`` above :data:`MAX_SENTENCE_HASHES`."""
    digests = sorted({_sentence_digest(text) for text in texts})
    return base64.b64encode(b"".join(digests)).decode("ascii") if len(digests) <= MAX_SENTENCE_HASHES else None


def hashed_sentences(texts: Sequence[str], hashes: str) -> int:
    """How many of ``texts`` are sentences that ``hashes`` (from :func:`sentence_hashes`) records."""
    raw = base64.b64decode(hashes, validate=True)
    recorded = {raw[k:k + 8] for k in range(0, len(raw), 8)}
    return sum(_sentence_digest(text) in recorded for text in texts)


# -- user tables ---------------------------------------------------------------

def read_table(source: Any) -> list[dict[str, Any]]:
    """Rows of a CSV/TSV/JSONL/Parquet file, a ``datasets.Dataset`` or a pandas DataFrame."""
    return [row for _, row in _table_rows(source)[1]]


def describe_source(source: Any, rows: int) -> dict[str, Any]:
    """A table as a model folder records it: a file's path and SHA-256 (so the data can be checked later),
    else its kind, with the rows read."""
    if isinstance(source, (str, os.PathLike)):
        hasher = hashlib.sha256()
        with open(source, "rb") as handle:  # hashlib.file_digest needs Python 3.11; 3.10 is supported
            for block in iter(lambda: handle.read(1 << 20), b""):
                hasher.update(block)
        return {"path": os.path.abspath(source), "sha256": hasher.hexdigest(), "rows": rows}
    kind = type(source)
    name = "list of dicts" if kind in (list, tuple) else f"{kind.__module__.split('.')[0]}.{kind.__name__}"
    return {"kind": name, "rows": rows}


def _table_rows(source: Any, name: str | None = None) -> tuple[str | None, list[tuple[str, dict[str, Any]]]]:
    """The file read (``None`` for rows in memory) and its rows, each with where it sits.

    Where: ``"line N"`` (1-based) for CSV (the line the row starts on) and
    JSON Lines, ``"row N"`` (from 0) for Parquet and rows in memory, with a
    DataFrame's index label where it differs (``"row 5 (index 24)"``). Errors
    start with ``name`` ("train", "eval") when given, then the file.
    """
    if hasattr(source, "to_dict") and hasattr(source, "columns") and hasattr(source, "iloc"):  # pandas
        rows = source.to_dict(orient="records")
        return None, [(row_name(k, label), row) for k, (label, row) in enumerate(zip(source.index.tolist(), rows))]
    if hasattr(source, "column_names") and hasattr(source, "to_list"):
        return None, _numbered(_class_names(source))  # datasets.Dataset
    if isinstance(source, (list, tuple)):
        if not all(isinstance(r, dict) for r in source):
            raise DataError(f"{name or 'data'}: a list of rows must hold dicts")
        return None, _numbered(source)
    path = Path(source)
    label = f"{name}: {path}" if name else str(path)
    if path.is_dir():
        raise DataError(f"{label}: is a directory, expected a .csv, .jsonl or .parquet file, or a .tsv")
    if not path.exists():
        raise MissingDataError(f"{label}: no such file", path)
    if not path.is_file():  # a pipe or device
        raise DataError(f"{label}: not a regular file; save the data to a .csv, .jsonl or .parquet file")
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv"):
        return str(path), _csv_rows(path, label, "\t" if suffix == ".tsv" else ",")
    if suffix in (".jsonl", ".json", ".ndjson"):
        return str(path), _jsonl_rows(path, label)
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        try:
            return str(path), _numbered(pq.read_table(path).to_pylist())
        except Exception as exc:  # pyarrow raises several unrelated types
            raise DataError(f"{label}: cannot read Parquet: {exc}") from None
    raise DataError(f"{label}: unsupported file type {suffix!r}; use .csv, .tsv (tab-separated), .jsonl or .parquet")


class _NoLabel(str):
    """A ``ClassLabel``'s -1 ("no label"): empty as text, but named as what it is in an error."""


def _class_names(dataset: Any) -> list[dict[str, Any]]:
    """A ``datasets.Dataset``'s rows with each ``ClassLabel`` column's integers as their names (-1, the
    ClassLabel for "no label", as an empty :class:`_NoLabel`), so that labels are not named '0', '1', '2'."""
    rows = dataset.to_list()
    for column, feature in (getattr(dataset, "features", None) or {}).items():
        if hasattr(feature, "int2str") and getattr(feature, "names", None):
            for row in rows:
                value = row.get(column)
                if isinstance(value, int) and not isinstance(value, bool):
                    row[column] = feature.int2str(value) if value >= 0 else _NoLabel()
    return rows


def class_label_names(source: Any, column: str) -> list[str] | None:
    """The names of a ``datasets.Dataset``'s ``ClassLabel`` column ``column``, in the order of its integer
    ids, or ``None`` for any other table or column: training defaults to them as its labels, so that the
    model's probability columns are the dataset's ids."""
    features = getattr(source, "features", None) if hasattr(source, "column_names") else None
    feature = features.get(column) if isinstance(features, dict) else None
    names = getattr(feature, "names", None) if hasattr(feature, "int2str") else None
    return [str(name) for name in names] if names else None


def _numbered(rows: Sequence[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    return [(f"row {index}", row) for index, row in enumerate(rows)]


_DELIMITERS = {",": ("comma", ".csv"), "\t": ("tab", ".tsv"), ";": ("semicolon", None)}


def _csv_rows(path: Path, label: str, delimiter: str = ",") -> list[tuple[str, dict[str, str]]]:
    """The rows of a CSV (or, with a tab ``delimiter``, TSV) file with a header; malformed quoting or a row of
    another width raises, naming the line. ``label`` starts each error ("train: data.csv")."""
    data = path.read_bytes()
    # UTF-16 without a byte-order mark is valid UTF-8 when English, its header unreadable
    problem = utf16_problem(data[:200], str(path))
    if problem:
        raise DataError(f"{label}: {problem}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise DataError(f"{label}: line {line}: not valid UTF-8 at byte offset {exc.start} "
                        f"(byte 0x{data[exc.start]:02x}); {conversion_hint(data, name=str(path))}") from None
    columns = _semicolon_header(text) if delimiter == "," else None
    if columns is not None:
        logger.warning(SEMICOLONS_WARNING, label, ", ".join(map(repr, columns)))
        delimiter = ";"
    header: list[str] | None = None
    rows = []
    blank: list[int] = []  # the lines of rows with every cell blank
    records = csv_records(io.StringIO(text, newline=""), delimiter)
    if delimiter == "\t":
        records = _tsv_records(records, text)
    for record in records:
        if record.fields is None:
            raise DataError(f"{label}: line {record.line}: {record.problem}")
        if header is None:
            header = record.fields
            # empty names (a spreadsheet's trailing empty cells: "text,label,,") repeat harmlessly
            repeated = sorted({name for name in header if name.strip() and header.count(name) > 1})
            if repeated:
                raise DataError(f"{label}: line {record.line}: the header repeats column(s) {repeated}; "
                                "give each column its own name")
            _check_delimiter(header, delimiter, f"{label}: line {record.line}")
        elif not any(field.strip() for field in record.fields):
            blank.append(record.line)
        elif len(record.fields) != len(header):
            raise DataError(f"{label}: line {record.line}: has {counted(len(record.fields), 'field')} but the header "
                            f"has {len(header)}; quote a field that holds a {_DELIMITERS[delimiter][0]}")
        else:
            rows.append((f"line {record.line}", dict(zip(header, record.fields))))
    _note_blank_rows(blank, label)
    return rows


def _note_blank_rows(lines: list[int], label: str) -> None:
    """Warn that rows with every cell blank were left out: a spreadsheet exports its empty rows so (",,"), and
    such a row holds nothing to learn or score, where a row with some cells filled is checked as a row."""
    if lines:
        shown = ", ".join(map(str, lines[:5])) + (", ..." if len(lines) > 5 else "")
        logger.warning("%s: %s with every cell blank left out (%s %s), as a spreadsheet exports empty rows",
                       label, counted(len(lines), "row"), "line" if len(lines) == 1 else "lines", shown)


def _semicolon_header(text: str) -> list[str] | None:
    """The columns of the CSV ``text``'s header where it is Excel's semicolon-separated one (see
    :func:`framing.textio.semicolon_columns`), else ``None``."""
    header = next(csv_records(io.StringIO(text, newline=""), ","), None)
    return None if header is None or header.fields is None else semicolon_columns(header.fields)


def _tsv_records(records: Iterator[CsvRecord], text: str) -> Iterator[CsvRecord]:
    """TSV records: quoted as CSV where a field's quoting is whole ('"A ""tab""<TAB>here"'), and read as
    written where it is not (a news sentence often opens with a quotation: '"Fake news," he said').
    A line that CSV quoting cannot read is split at its tabs as it stands."""
    lines = text.split("\n")
    for record in records:
        if record.fields is None:
            record = CsvRecord(record.line, lines[record.line - 1].removesuffix("\r").split("\t"))
        yield record


def _check_delimiter(header: list[str], delimiter: str, where: str) -> None:
    """Refuse a header read as one column that holds another delimiter: the file is split at something else
    (a spreadsheet in a comma-decimal locale saves semicolons), and every row would be misread."""
    if len(header) != 1:
        return
    other = next((d for d in _DELIMITERS if d != delimiter and d in header[0]), None)
    if other is not None:
        name, suffix = _DELIMITERS[other]
        fix = f"name it {suffix}" if suffix else "save it comma-separated (.csv) or tab-separated (.tsv)"
        reading, kind = _DELIMITERS[delimiter]
        raise DataError(f"{where}: the header is one column, {header[0]!r}, that holds a {name}: the file looks "
                        f"{name}-delimited, but a {kind} file is read {reading}-delimited; {fix}")


def _jsonl_rows(path: Path, label: str) -> list[tuple[str, dict[str, Any]]]:
    """The objects of a JSON Lines file, each with its line; ``label`` starts each error ("train: data.jsonl")."""
    rows: list[tuple[str, dict[str, Any]]] = []
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            if number == 1:
                file_start = raw[:16]
                problem = utf16_problem(raw[:200], str(path))
                if problem:
                    raise DataError(f"{label}: {problem}")
                if raw.startswith(codecs.BOM_UTF8):
                    raw = raw[len(codecs.BOM_UTF8):]  # as the CSV reader does, a UTF-8 byte-order mark is skipped
            if not raw.strip():
                continue
            if not rows and raw.lstrip().startswith(b"["):
                raise DataError(f"{label}: holds a JSON array; JSON Lines (one object per line) expected; "
                                "convert it first, e.g. jq -c '.[]' FILE > FILE.jsonl")
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise DataError(f"{label}: line {number} is not valid UTF-8 (byte 0x{raw[exc.start]:02x} at byte "
                                f"{exc.start} of the line); {conversion_hint(raw, file_start, str(path))}") from None
            try:
                row = read_json(text, object_pairs_hook=unique_keys)
            except RepeatedKey as exc:
                raise DataError(f"{label}: line {number}: {exc}; json would keep the last value without a word, "
                                "so which one is meant is unclear: give each key once") from None
            except JsonLimit as exc:
                raise DataError(f"{label}: line {number}: cannot read the JSON: {exc}") from None
            except json.JSONDecodeError as exc:
                # The file's line and column (json counts lines within the line it was given: past its end
                # is its "line 2").
                end = len(text.rstrip("\r\n"))
                cut = ("; the line ends inside the JSON: is the object cut short, or spread over several lines? "
                       "JSON Lines holds one object per line") if exc.pos >= end else ""
                raise DataError(f"{label}: line {number}, column {min(exc.pos, end) + 1}: not valid JSON "
                                f"({exc.msg.removesuffix(' at')}){cut}") from None
            if not isinstance(row, dict):
                raise DataError(f"{label}: line {number} is not a JSON object")
            rows.append((f"line {number}", row))
    return rows


def table_examples(
    source: Any,
    text_column: str = "text",
    label_column: str = "label",
    context_column: str | None = None,
    name: str = "data",
    read_spans: bool = True,
) -> list[Example]:
    """Hard-labelled examples from a user table, with errors that name the file and the row's line or index.

    Without ``context_column``, a column named ``context`` is read as each sentence's context when the
    table has one. A ``spans`` column teaches span tags (see :func:`_row_spans` for its form): a row with a
    list there (``[]`` included: none here) counts as annotated for each span type found anywhere in the
    column; a row with null, an empty cell or no key was not annotated, and teaches no span tags. Without
    ``read_spans`` (evaluation, which scores sentence labels alone) a ``spans`` column is ignored with a warning.
    """
    file, rows = _table_rows(source, name)
    prefix = f"{name}: {file}" if file else name
    if not rows:
        raise DataError(f"{prefix}: no rows")
    # JSON lines and lists of dicts may leave a key out of some rows (a missing key reads as empty),
    # so the table's columns are every key of every row, in order of first appearance.
    columns = list(dict.fromkeys(key for _, row in rows for key in row))
    if context_column is None and "context" in columns:
        context_column = "context"
    for column, role in ((text_column, "text"), (label_column, "label"), (context_column, "context")):
        if column is not None and column not in columns:
            raise DataError(f"{prefix}: missing column {column!r}; columns are {columns}"
                            + _column_hint(column, columns, role))
    _note_unread_columns(columns, {text_column, label_column, context_column, "spans" if read_spans else None},
                         prefix, spans=read_spans and "spans" not in columns, context=context_column is None)
    if not read_spans and "spans" in columns:
        logger.warning("%s: column 'spans' is not read: evaluation measures sentence labels only, not span tags",
                       prefix)
    parsed_spans = [_row_spans(row.get("spans"), row.get(text_column), f"{prefix}: {where}", row.get("start"))
                    for where, row in rows] if read_spans and "spans" in columns else None
    # A list in the spans column annotates its row for each type found anywhere in the column; null does not.
    annotated = frozenset(kind for spans in parsed_spans or () for kind, _, _ in spans or ())
    problems = RowProblems(prefix)  # every bad row is named in one error, the first as it was named alone
    for index, (where, row) in enumerate(rows):  # gaps first: they turn a column of whole numbers into floats
        problems.add(where, _label_problem(row, label_column), index)
    examples = []
    kinds: dict[str, str] = {}  # "text" or "an integer" -> where the first row with it sits
    cut_rows: list[str] = []  # where each row with a span that cuts a word sits, and that span
    overlap_rows: list[str] = []  # the same for a source and a cue that overlap
    for index, (where, row) in enumerate(rows):
        text, label = row.get(text_column), row.get(label_column)
        problem = _text_problem(row, text_column)
        if problem or where in problems or not isinstance(text, str):
            problems.add(where, problem, index)
            continue
        kind = _label_kind(label)
        if kind is None:
            problems.add(where, _label_type_problem(label, label_column), index)
            continue
        kinds.setdefault(kind, where)
        if len(kinds) > 1:
            other = next(k for k in kinds if k != kind)
            problems.add(where, f"{label_column!r} is {kind} ({label!r}) but {kinds[other]} has {other}; use one "
                                "kind of label name, so that 1 and '1' are not merged", index)
            continue
        context = row.get(context_column) if context_column else None
        if is_missing(context):
            context = None
        elif not isinstance(context, str):
            context = str(context)
        problem = context and surrogate_problem(context)
        if problem:
            problems.add(where, f"{context_column!r} {problem}", index)
            continue
        lead, kept = len(text) - len(text.lstrip()), len(text.strip())
        spans = []
        row_spans = parsed_spans[index] if parsed_spans else None
        for k, (kind, start, end) in enumerate(row_spans or ()):
            if start < lead or end > lead + kept:
                problems.add(where, f"spans[{k}] ({kind} {start}:{end}) takes in the whitespace around the text; "
                                    "a span must lie on the text itself", index)
            spans.append((kind, start - lead, end - lead))
        if where in problems:
            continue
        cut, overlap = _span_doubts(text, row_spans or [])
        cut_rows += [f"{where}: {cut}"] if cut else []
        overlap_rows += [f"{where}: {overlap}"] if overlap else []
        known = annotated if row_spans is not None else frozenset()
        # Identical sentences share a group, so a validation split never holds a copy of a training row.
        examples.append(Example(text.strip(), context, frozenset([str(label).strip()]), spans=spans,
                                span_known=known, group=f"text:{sha1_12(text.strip())}", origin=name,
                                where=f"{prefix}: {where}", row=where))
    problems.raise_any()
    if cut_rows:
        logger.warning("%s: %d row(s) have a span that starts or ends inside a word, first at %s: check the "
                       "offsets (characters from the sentence's start, from 0, the end not included)", prefix,
                       len(cut_rows), cut_rows[0])
    if overlap_rows:
        logger.warning("%s: %d row(s) have a source span and a cue span that overlap, first at %s: a source is who "
                       "is credited and a cue the words that credit it, so no word is both; check the offsets",
                       prefix, len(overlap_rows), overlap_rows[0])
    return examples


def _note_unread_columns(columns: list[Any], used: set[str | None], prefix: str, spans: bool,
                         context: bool) -> None:
    """Log the columns a table has but training does not read (INFO), and warn about one whose name suggests
    spans (``spans``: no spans column is read) or contexts (``context``: no context column is read). Such a
    column is not read by a guess at its name, which could be wrong."""
    unread = [name for name in columns if name not in used]
    for name in unread:
        folded = re.sub(r"[\s_-]", "", str(name).casefold())
        if spans and ("span" in folded or "annot" in folded):
            logger.warning("%s: column %r is not read: span annotations come from a column named 'spans'; "
                           "rename it if it holds them", prefix, name)
        elif context and ("context" in folded or folded == "ctx"):
            warn(logger, "%s: column %r is not read: contexts come from a column named 'context' or the one named "
                 "by context_column (--context-column); name it if it holds them", prefix, name)
    if unread:
        logger.info("%s: column(s) not read: %s", prefix, unread)


def _label_problem(row: dict[str, Any], column: str) -> str | None:
    """What is wrong with a row's label cell (no key, -1, null, empty), or ``None``."""
    if column not in row:
        return _missing_key(row, column)
    label = row.get(column)
    if isinstance(label, _NoLabel):
        return (f"{column!r} is -1, a ClassLabel's 'no label'; drop such rows first, e.g. "
                f"ds.filter(lambda r: r[{column!r}] != -1)")
    if is_missing(label):  # null in JSON or Parquet, NaN or None in pandas: no label, not an empty one
        return f"{column!r} is missing (null); label the row or drop it"
    if str(label).strip() == "":
        return f"{column!r} is empty"
    return None


def _text_problem(row: dict[str, Any], column: str) -> str | None:
    """What is wrong with a row's text cell (no key, not a string, blank, a lone surrogate), or ``None``."""
    if column not in row:
        return _missing_key(row, column)
    text = row.get(column)
    if not isinstance(text, str):  # worded as framing score words it: "'text' is int, expected a string"
        return f"{column!r} is " + ("null" if is_missing(text) else f"{type(text).__name__}, expected a string")
    if not text.strip():
        return f"{column!r} must be non-empty text, got {text!r}"
    problem = surrogate_problem(text)
    return f"{column!r} {problem}" if problem else None


def _missing_key(row: dict[str, Any], column: str) -> str:
    """A JSON Lines row or row dict without the key ``column`` (others have it), listing the row's keys."""
    return f"has no {column!r} key; its keys are {list(row)}" + did_you_mean(column, [str(key) for key in row])


def _column_hint(column: str, columns: list[Any], role: str) -> str:
    """A suggestion for a missing column: one that differs only in case or surrounding spaces ("Text",
    "text "), which is not taken silently (another column could be meant), else a close spelling, else how to name
    the column that holds it ("sentence" for the text)."""
    near = [name for name in columns if str(name).casefold().strip() == column.casefold().strip()]
    if near:
        return (f" ({near[0]!r} differs only in case or spaces: rename it to {column!r}, or pass "
                f"{role}_column={near[0]!r} (--{role}-column))")
    named = f" (name the column that holds the {role}: {role}_column= or --{role}-column)"
    return did_you_mean(column, columns) or named


def _row_spans(value: Any, text: Any, where: str, row_start: Any = None) -> list[tuple[str, int, int]] | None:
    """A row's ``spans`` cell as ``(type, start, end)`` in its text: a list (or, in CSV, a JSON string of
    one) of ``{"type", "start", "end"}`` (character offsets; ``text`` optional, checked) or
    ``{"type", "text"}`` (its first whole-word occurrence, or the ``"nth"``, from 0); ``[]``: annotated,
    no spans here. ``None`` for null, an empty cell or no key: this row's spans were not annotated. Keys
    holding null are ignored (Arrow fills a key one form lacks with null). ``row_start``, the row's
    ``start`` cell if it has one, lets an offset error say when the offsets are a document's."""
    if hasattr(value, "tolist"):  # a numpy array (pandas read from Parquet)
        value = value.tolist()
    if is_missing(value):
        return None
    if isinstance(value, str):
        if not value.strip():
            return None
        try:
            value = read_json(value, object_pairs_hook=unique_keys)
        except (json.JSONDecodeError, RepeatedKey) as exc:
            raise DataError(f"{where}: 'spans' is not valid JSON: {exc}") from None
        except JsonLimit as exc:
            raise DataError(f"{where}: cannot read 'spans' as JSON: {exc}") from None
        if value is None:
            return None
    if not isinstance(value, list) or not all(isinstance(s, dict) for s in value):
        raise DataError(f"{where}: 'spans' must be a list of objects with type and start/end or text")
    if not isinstance(text, str):
        return []  # the text column's own check names the problem
    out = []
    for k, raw in enumerate(value):
        span = {key: v for key, v in raw.items() if v is not None and not (isinstance(v, float) and math.isnan(v))}
        unknown = sorted(set(span) - {"type", "start", "end", "text", "nth"})
        if unknown:
            raise DataError(f"{where}: spans[{k}] has unknown key(s) {unknown}; keys are type, start, end, text, nth")
        kind = span.get("type")
        if kind not in SPAN_TYPES:
            raise DataError(f"{where}: spans[{k}] has type {kind!r}; span types are {list(SPAN_TYPES)}")
        if "start" in span or "end" in span:
            start, end = (_whole(span.get("start")), _whole(span.get("end")))
            if start is None or end is None or not 0 <= start < end <= len(text):
                raise DataError(f"{where}: spans[{k}] needs whole-number offsets 0 <= start < end <= "
                                f"{len(text)} (the text's length), got start={span.get('start')!r}, "
                                f"end={span.get('end')!r}" + _document_offsets_hint(span, text, row_start))
            if "text" in span and text[start:end] != span["text"]:
                raise DataError(f"{where}: spans[{k}] says {span['text']!r} but the text there is "
                                f"{text[start:end]!r}" + _document_offsets_hint(span, text, row_start))
        elif isinstance(span.get("text"), str) and span["text"].strip():
            nth = _whole(span.get("nth", 0))
            if nth is None or nth < 0:
                raise DataError(f"{where}: spans[{k}] nth must be a whole number from 0, got {span.get('nth')!r}")
            found = _occurrences(text, span["text"])
            if len(found) <= nth:
                raise DataError(f"{where}: spans[{k}] text {span['text']!r} occurs {len(found)} time(s) as a "
                                f"whole word or phrase in the sentence; nth={nth} asks for occurrence {nth + 1}")
            start = found[nth]
            end = start + len(span["text"])
        else:
            raise DataError(f"{where}: spans[{k}] needs start and end, or text")
        out.append((kind, start, end))
    return out


def _span_doubts(text: str, spans: list[tuple[str, int, int]]) -> tuple[str | None, str | None]:
    """What looks wrong in a row's valid ``spans`` in ``text``, as offsets off by a few characters make it: the
    first span that starts or ends inside a word, and the first source and cue that overlap, each described
    ("spans[0] (source 2:11) covers 'sidents t'"), else ``None``."""
    def described(k: int) -> str:
        kind, start, end = spans[k]
        return f"spans[{k}] ({kind} {start}:{end}) covers {text[start:end]!r}"

    cut = next((described(k) for k, (_, start, end) in enumerate(spans)
                if _inside_word(text, start) or _inside_word(text, end)), None)
    overlap = next((f"{described(i)} and {described(j)}" for i, (kind, start, end) in enumerate(spans)
                    if kind == "source" for j, (other, lo, hi) in enumerate(spans)
                    if other == "cue" and start < hi and lo < end), None)
    return cut, overlap


def _inside_word(text: str, k: int) -> bool:
    """Whether a span edge at ``k`` falls inside a word: a letter or digit on both sides, of a script written
    with spaces between words (in Chinese, Japanese or Thai any edge may be a word's)."""
    return 0 < k < len(text) and _spaced_letter(text[k - 1]) and _spaced_letter(text[k])


def _document_offsets_hint(span: dict[str, Any], text: str, row_start: Any) -> str:
    """A pointer to :func:`training_rows` when a span's offsets fit the row's text once the row's ``start``
    is taken off them: a row of ``framing analyze --format csv`` or ``framing score``, whose offsets count
    from the document's start, while training counts from the sentence's."""
    shift = _whole(int(row_start) if _is_digits(row_start) else row_start)
    start, end = _whole(span.get("start")), _whole(span.get("end"))
    if not shift or start is None or end is None:
        return ""
    start, end = start - shift, end - shift
    if not 0 <= start < end <= len(text) or ("text" in span and text[start:end] != span["text"]):
        return ""
    return (f"; these look like document offsets (framing analyze/score output; the row's start is {shift}), "
            "but training reads offsets within the sentence: make the rows from the analysed documents with "
            "framing.data.training_rows (README: \"Correct and retrain\")")


def _is_digits(value: Any) -> bool:
    """Whether ``value`` is text of ASCII digits alone (a CSV cell holding a whole number)."""
    return isinstance(value, str) and re.fullmatch(r"\d+", value.strip(), re.ASCII) is not None


def _whole(value: Any) -> int | None:
    """``value`` as an ``int`` when it is a whole number (pandas turns an integer column with gaps into
    floats: 3.0 is 3), else ``None``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        return int(value)
    return None


def _occurrences(text: str, phrase: str) -> list[int]:
    """Where ``phrase`` starts in ``text`` as a whole word or phrase ("said" not inside "unsaid", "Rene" not
    inside "Rene" and a combining accent); word edges count only for scripts written with spaces (in
    Chinese, Japanese or Thai any match counts)."""
    check_before = _spaced_letter(phrase[:1])
    check_after = _spaced_letter(_last_base(phrase))
    found, k = [], text.find(phrase)
    while k >= 0:
        end = k + len(phrase)
        inside = (check_before and k and is_word_char(text[k - 1], underscore=True)) or (
            check_after and end < len(text) and is_word_char(text[end], underscore=True))
        if inside:
            k = text.find(phrase, k + 1)
        else:
            found.append(k)
            k = text.find(phrase, end)
    return found


def _last_base(phrase: str) -> str:
    """The last character of ``phrase`` that is not a combining mark ("e" of "Rene" and an accent)."""
    k = len(phrase)
    while k and is_combining_mark(phrase[k - 1]):
        k -= 1
    return phrase[k - 1:k]


_SPACED_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC", "ARMENIAN", "GEORGIAN", "HEBREW", "ARABIC", "DEVANAGARI", "DIGIT")


def _spaced_letter(ch: str) -> bool:
    """Whether ``ch`` is a letter or digit of a script that separates words with spaces."""
    return bool(ch) and ch.isalnum() and unicodedata.name(ch, "").startswith(_SPACED_SCRIPTS)


def _label_type_problem(label: Any, column: str) -> str:
    """Why a label cell of another type than :func:`_label_kind` takes is refused."""
    hint = " (a column of numbers with gaps reads as floats; fill or drop the empty rows)" if isinstance(
        label, (float, np.floating)) else ""
    return f"{column!r} must be a label name (text or an integer), got {type(label).__name__} {label!r}{hint}"


def _label_kind(label: Any) -> str | None:
    """``"text"`` or ``"an integer"``: the label types a table may use; ``None`` for any other (booleans,
    floats, lists are refused)."""
    if isinstance(label, str):
        return "text"
    if isinstance(label, (int, np.integer)) and not isinstance(label, (bool, np.bool_)):
        return "an integer"
    return None


# -- training rows from analysed documents ---------------------------------------

#: The file endings :func:`write_training_rows` writes, with the format of each.
_ROW_FORMATS = {".jsonl": "jsonl", ".csv": "csv"}


def training_rows(documents: Iterable[Document | DocumentRecord | dict[str, Any]], *,
                  context_sentences: int | None = None, spans: bool = True,
                  keep: Callable[[int, Sentence], bool] | None = None) -> list[dict[str, Any]]:
    """The rows ``framing train`` reads, one per sentence of each document, in order: ``text``, ``label``,
    ``context`` and, with ``spans``, ``spans``.

    For the correct-and-retrain loop: analysed documents (corrected by hand or not) become training data.
    ``context`` is the ``context_sentences`` sentences before each sentence, built from the document as
    :meth:`Analyzer.analyze <framing.Analyzer.analyze>` builds it (``None`` for the first); ``None`` takes
    the bundled model's number (2). ``spans`` lists the sentence's spans as ``{"type", "start", "end",
    "text"}`` with offsets counted from the sentence's start, as training reads them (a document counts
    them from its own); ``spans=False`` leaves the key out, so the rows teach labels alone. ``keep``, a
    function of a sentence's position in its document and the sentence, chooses the sentences that give
    rows; the others still give context, as they do in analysis (dropping them from the document would
    put other text in the contexts).

    ``documents`` holds :class:`Document` objects or ``Document.to_dict()`` records. Raises ``TypeError``
    for one document, a record, a mapping, a string or anything not iterable, or a ``keep`` that is not
    callable, and :class:`InputError` naming the document and sentence (``documents[1].sentences[4]``) for
    one that training could not read: offsets that do not hold its text, sentences out of order, an empty
    label, a span of a type training does not know or outside its sentence.
    """
    documents = documents_of(documents)
    count = _context_count(context_sentences)
    check_flag(spans, "spans")
    if keep is not None and not callable(keep):
        raise TypeError(f"keep must be a function of (position, sentence) or None, got {type(keep).__name__}")
    rows: list[dict[str, Any]] = []
    for position, doc in enumerate(documents):
        rows.extend(_document_rows(doc, count, spans, keep, f"documents[{position}]"))
    return rows


def write_training_rows(path: str | os.PathLike, documents: Iterable[Document | DocumentRecord | dict[str, Any]], *,
                        context_sentences: int | None = None, spans: bool = True,
                        keep: Callable[[int, Sentence], bool] | None = None) -> int:
    """Write :func:`training_rows` (its arguments as there) to ``path``, a ``.jsonl`` or ``.csv`` file (its
    spans a JSON string per cell) that ``framing train --train`` reads, replacing any file there; return the
    rows written.

    Raises ``InputError`` for another ending or a file that cannot be written, and what
    :func:`training_rows` raises."""
    check_path(path, "path", "a .jsonl or .csv file path")
    suffix = Path(path).suffix.lower()
    if suffix not in _ROW_FORMATS:
        raise InputError(f"path {os.fspath(path)!r}: cannot tell the format from its ending {suffix!r}; "
                         f"end it in {' or '.join(_ROW_FORMATS)}")
    rows = training_rows(documents, context_sentences=context_sentences, spans=spans, keep=keep)
    content = _rows_jsonl(rows) if _ROW_FORMATS[suffix] == "jsonl" else _rows_csv(rows, spans)
    try:
        Path(path).write_text(content, encoding="utf-8", newline="")
    except OSError as exc:
        raise InputError(f"path {os.fspath(path)!r}: cannot write the rows ({exc.strerror or exc})") from None
    logger.info("wrote %s to %s", counted(len(rows), "training row"), os.fspath(path))
    return len(rows)


def _rows_jsonl(rows: list[dict[str, Any]]) -> str:
    return "".join(json_line(row) + "\n" for row in rows)


def _rows_csv(rows: list[dict[str, Any]], spans: bool) -> str:
    """The rows as CSV with a header; the first sentence's missing context is an empty cell, which reads
    back as none."""
    content = io.StringIO()
    writer = CsvWriter(content)
    writer.writerow(["text", "label", "context", "spans"] if spans else ["text", "label", "context"])
    for row in rows:
        cells = [row["text"], row["label"], row["context"] or ""]
        if spans:
            cells.append(json.dumps(row["spans"], ensure_ascii=False))
        writer.writerow(cells)
    return content.getvalue()


def _context_count(context_sentences: object) -> int:
    """How many sentences a context holds: ``context_sentences`` checked, or the bundled model's number."""
    if context_sentences is None:
        from .analyze import DEFAULT_MODEL_DIR  # loads torch: only when the number is not given
        from .model import read_config

        return read_config(DEFAULT_MODEL_DIR).context_sentences
    if isinstance(context_sentences, bool) or not isinstance(context_sentences, (int, np.integer)) or not (
            1 <= context_sentences <= MAX_CONTEXT_SENTENCES):
        raise InputError(f"context_sentences must be an integer from 1 to {MAX_CONTEXT_SENTENCES} (or None for "
                         f"the bundled model's), got {context_sentences!r}")
    return int(context_sentences)


def _document_rows(doc: Document, count: int, spans: bool, keep: Callable[[int, Sentence], bool] | None,
                   where: str) -> list[dict[str, Any]]:
    """The training rows of the sentences of one document that ``keep`` chooses (all without it), each with
    its context from all of the document's sentences."""
    bounds = [(sentence.start, sentence.end) for sentence in doc.sentences]
    furniture = page_furniture(doc.text, bounds)  # once per document, as the Analyzer finds it
    rows = []
    for k, sentence in enumerate(doc.sentences):
        if keep is not None and not keep(k, sentence):
            continue
        _check_row_sentence(doc, k, f"{where}.sentences[{k}]")
        context = preceding(doc.text, bounds, k, count, furniture=furniture)
        row: dict[str, Any] = {"text": sentence.text, "label": sentence.label, "context": context}
        if spans:
            row["spans"] = [{"type": span.type, "start": span.start - sentence.start,
                             "end": span.end - sentence.start, "text": span.text} for span in sentence.spans]
        rows.append(row)
    return rows


def _check_row_sentence(doc: Document, k: int, where: str) -> None:
    """Refuse sentence ``k`` of ``doc`` when its row would be unreadable: a blank text, or a span of a type
    training does not read. (A Document already holds its sentences in order, each at offsets that hold
    its text, with a label (among its scores, when it has any) and its spans inside it.)"""
    sentence: Sentence = doc.sentences[k]
    if not sentence.text.strip():
        raise InputError(f"{where}: is blank; training needs text to learn from (leave it out with keep=)")
    for n, span in enumerate(sentence.spans):
        if span.type not in SPAN_TYPES:
            raise InputError(f"{where}.spans[{n}]: type {span.type!r} is not one training reads; span types are "
                             f"{list(SPAN_TYPES)}")
