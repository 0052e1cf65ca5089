"""Training examples and the readers that make them.

An :class:`Example` is one sentence with its context and what is known about
it: a set of allowed labels (one label for a hard label; several for a
coarse public label such as NewsSD's ``OBJ``, which means "not opinion"),
and character spans for the span types that were annotated.

Readers: user tables (CSV, JSONL, Parquet, ``datasets.Dataset``, pandas),
the project's written corpus, the project's labels of real sentences, and
the shared public corpora (NewsSD-ENG, PolNeAR, BASIL, BABE) when present.
"""

from __future__ import annotations

import ast
import codecs
import csv
import hashlib
import io
import json
import logging
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .document import LABELS
from .errors import DataError
from .segment import preceding, split_sentences
from .spans import quoted_regions
from .textio import csv_records
from .validation import is_missing, surrogate_problem

__all__ = [
    "Example",
    "read_table",
    "table_examples",
    "written_corpus",
    "real_labels",
    "shared_examples",
]

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

    @property
    def label(self) -> str | None:
        """The hard label, if exactly one label is allowed."""
        return next(iter(self.allowed)) if len(self.allowed) == 1 else None


# -- user tables ---------------------------------------------------------------

def read_table(source: Any) -> list[dict[str, Any]]:
    """Rows of a CSV/JSONL/Parquet file, a ``datasets.Dataset`` or a pandas DataFrame."""
    return [row for _, row in _table_rows(source)[1]]


def _table_rows(source: Any) -> tuple[str | None, list[tuple[str, dict[str, Any]]]]:
    """The file read (``None`` for rows in memory) and its rows, each with where it sits.

    Where: ``"line N"`` (1-based) for CSV (the line the row starts on) and
    JSON Lines, ``"row N"`` (from 0) for Parquet and rows in memory.
    """
    if hasattr(source, "to_dict") and hasattr(source, "columns") and hasattr(source, "iloc"):
        return None, _numbered(source.to_dict(orient="records"))  # pandas
    if hasattr(source, "column_names") and hasattr(source, "to_list"):
        return None, _numbered(source.to_list())  # datasets.Dataset
    if isinstance(source, (list, tuple)):
        if not all(isinstance(r, dict) for r in source):
            raise DataError("a list of rows must hold dicts")
        return None, _numbered(source)
    path = Path(source)
    if path.is_dir():
        raise DataError(f"{path}: is a directory, expected a .csv, .jsonl or .parquet file")
    if not path.is_file():
        raise DataError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return str(path), _csv_rows(path)
    if suffix in (".jsonl", ".json", ".ndjson"):
        return str(path), _jsonl_rows(path)
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        try:
            return str(path), _numbered(pq.read_table(path).to_pylist())
        except Exception as exc:  # pyarrow raises several unrelated types
            raise DataError(f"{path}: cannot read Parquet: {exc}") from None
    raise DataError(f"{path}: unsupported file type {suffix!r}; use .csv, .jsonl or .parquet")


def _numbered(rows: Sequence[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    return [(f"row {index}", row) for index, row in enumerate(rows)]


def _csv_rows(path: Path) -> list[tuple[str, dict[str, str]]]:
    """The rows of a CSV file with a header; malformed quoting or a row of another width raises, naming the line."""
    data = path.read_bytes()
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise DataError(f"{path}: encoded as UTF-16, expected UTF-8; convert it first, e.g. "
                        "iconv -f UTF-16 -t UTF-8 FILE > FILE.utf8")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: not valid UTF-8 ({exc.reason} at byte {exc.start})") from None
    header: list[str] | None = None
    rows = []
    for record in csv_records(io.StringIO(text, newline="")):
        if record.fields is None:
            raise DataError(f"{path}: line {record.line}: {record.problem}")
        if header is None:
            header = record.fields
            # empty names (a spreadsheet's trailing empty cells: "text,label,,") repeat harmlessly
            repeated = sorted({name for name in header if name.strip() and header.count(name) > 1})
            if repeated:
                raise DataError(f"{path}: line {record.line}: the header repeats column(s) {repeated}; "
                                "give each column its own name")
        elif len(record.fields) != len(header):
            raise DataError(f"{path}: line {record.line}: has {len(record.fields)} fields but the header has "
                            f"{len(header)}; quote a field that holds a comma")
        else:
            rows.append((f"line {record.line}", dict(zip(header, record.fields))))
    return rows


def _jsonl_rows(path: Path) -> list[tuple[str, dict[str, Any]]]:
    rows = []
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]  # as the CSV reader does, a UTF-8 byte-order mark is skipped
            if not raw.strip():
                continue
            if not rows and raw.lstrip().startswith(b"["):
                raise DataError(f"{path}: holds a JSON array; JSON Lines (one object per line) expected; "
                                "convert it first, e.g. jq -c '.[]' FILE > FILE.jsonl")
            try:
                row = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as exc:
                raise DataError(f"{path}: line {number} is not valid UTF-8 ({exc.reason} at byte {exc.start} "
                                "of the line)") from None
            except json.JSONDecodeError as exc:
                raise DataError(f"{path}: line {number} is not valid JSON: {exc}") from None
            if not isinstance(row, dict):
                raise DataError(f"{path}: line {number} is not a JSON object")
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
    table has one. A ``spans`` column teaches span tags (see :func:`_row_spans` for its form): every row
    counts as annotated for each span type found anywhere in the column.
    """
    file, rows = _table_rows(source)
    prefix = f"{name}: {file}" if file else name
    if not rows:
        raise DataError(f"{prefix}: no rows")
    # JSON lines and lists of dicts may leave a key out of some rows (a missing key reads as empty),
    # so the table's columns are every key of every row, in order of first appearance.
    columns = list(dict.fromkeys(key for _, row in rows for key in row))
    if context_column is None and "context" in columns:
        context_column = "context"
    for column in (text_column, label_column) + ((context_column,) if context_column else ()):
        if column not in columns:
            raise DataError(f"{prefix}: missing column {column!r}; columns are {columns}")
    parsed_spans = [_row_spans(row.get("spans"), row.get(text_column), f"{prefix}: {where}")
                    for where, row in rows] if read_spans and "spans" in columns else None
    # A spans column annotates, on every row, each type found anywhere in it (a row without one has none).
    annotated = frozenset(kind for spans in parsed_spans or () for kind, _, _ in spans)
    for where, row in rows:  # gaps first: a gap turns a pandas column of whole numbers into floats
        label = row.get(label_column)
        if label is None or (isinstance(label, float) and math.isnan(label)) or str(label).strip() == "":
            raise DataError(f"{prefix}: {where}: {label_column!r} is empty")
    examples = []
    kinds: dict[str, str] = {}  # "text" or "an integer" -> where the first row with it sits
    for index, (where, row) in enumerate(rows):
        text, label = row.get(text_column), row.get(label_column)
        if not isinstance(text, str) or not text.strip():
            raise DataError(f"{prefix}: {where}: {text_column!r} must be non-empty text, got {text!r}")
        problem = surrogate_problem(text)
        if problem:
            raise DataError(f"{prefix}: {where}: {text_column!r} {problem}")
        kind = _label_kind(label, f"{prefix}: {where}: {label_column!r}")
        kinds.setdefault(kind, where)
        if len(kinds) > 1:
            other = next(k for k in kinds if k != kind)
            raise DataError(f"{prefix}: {where}: {label_column!r} is {kind} ({label!r}) but {kinds[other]} "
                            f"has {other}; use one kind of label name, so that 1 and '1' are not merged")
        context = row.get(context_column) if context_column else None
        if is_missing(context):
            context = None
        elif not isinstance(context, str):
            context = str(context)
        problem = context and surrogate_problem(context)
        if problem:
            raise DataError(f"{prefix}: {where}: {context_column!r} {problem}")
        lead, kept = len(text) - len(text.lstrip()), len(text.strip())
        spans = []
        for k, (kind, start, end) in enumerate(parsed_spans[index] if parsed_spans else ()):
            if start < lead or end > lead + kept:
                raise DataError(f"{prefix}: {where}: spans[{k}] ({kind} {start}:{end}) takes in the whitespace "
                                f"around the text; a span must lie on the text itself")
            spans.append((kind, start - lead, end - lead))
        # Identical sentences share a group, so a validation split never holds a copy of a training row.
        examples.append(Example(text.strip(), context, frozenset([str(label).strip()]), spans=spans,
                                span_known=annotated, group=f"text:{sha1_12(text.strip())}", origin=name,
                                where=f"{prefix}: {where}"))
    return examples


def _row_spans(value: Any, text: Any, where: str) -> list[tuple[str, int, int]]:
    """A row's ``spans`` cell as ``(type, start, end)`` in its text: a list (or, in CSV, a JSON string of
    one) of ``{"type", "start", "end"}`` (character offsets; ``text`` optional, checked) or
    ``{"type", "text"}`` (its first whole-word occurrence, or the ``"nth"``, from 0). Null or empty: no
    spans on this row. Keys holding null are ignored (Arrow fills a key one form lacks with null)."""
    from .document import SPAN_TYPES

    if hasattr(value, "tolist"):  # a numpy array (pandas read from Parquet)
        value = value.tolist()
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    if isinstance(value, str):
        if not value.strip():
            return []
        try:
            value = json.loads(value)
        except json.JSONDecodeError as exc:
            raise DataError(f"{where}: 'spans' is not valid JSON: {exc}") from None
        if value is None:
            return []
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
                                f"end={span.get('end')!r}")
            if "text" in span and text[start:end] != span["text"]:
                raise DataError(f"{where}: spans[{k}] says {span['text']!r} but the text there is "
                                f"{text[start:end]!r}")
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
    """Where ``phrase`` starts in ``text`` as a whole word or phrase ("said" not inside "unsaid"); word
    edges count only for scripts written with spaces (in Chinese, Japanese or Thai any match counts)."""
    before = r"(?<!\w)" if _spaced_letter(phrase[:1]) else ""
    after = r"(?!\w)" if _spaced_letter(phrase[-1:]) else ""
    return [m.start() for m in re.finditer(before + re.escape(phrase) + after, text)]


_SPACED_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC", "ARMENIAN", "GEORGIAN", "HEBREW", "ARABIC", "DEVANAGARI", "DIGIT")


def _spaced_letter(ch: str) -> bool:
    """Whether ``ch`` is a letter or digit of a script that separates words with spaces."""
    import unicodedata

    return bool(ch) and ch.isalnum() and unicodedata.name(ch, "").startswith(_SPACED_SCRIPTS)


def _label_kind(label: Any, where: str) -> str:
    """``"text"`` or ``"an integer"``: the label types a table may use (booleans, floats, lists are refused)."""
    if isinstance(label, str):
        return "text"
    if isinstance(label, (int, np.integer)) and not isinstance(label, (bool, np.bool_)):
        return "an integer"
    hint = " (a column of numbers with gaps reads as floats; fill or drop the empty rows)" if isinstance(
        label, (float, np.floating)) else ""
    raise DataError(f"{where} must be a label name (text or an integer), got {type(label).__name__} {label!r}{hint}")


# -- the project's corpus --------------------------------------------------------

def written_corpus(directory: Path, context_sentences: int = 1) -> list[Example]:
    """Examples from ``corpus/written/*.jsonl`` (hard labels, spans, the ``context_sentences``
    sentences before each as context)."""
    examples = []
    for path in sorted(Path(directory).glob("*.jsonl")):
        for number, line in enumerate(path.open(encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                article = json.loads(line)
                examples.extend(_article_examples(article, context_sentences))
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                raise DataError(f"{path}: line {number}: {exc}") from None
    return examples


def _article_examples(article: dict, context_sentences: int) -> list[Example]:
    out: list[Example] = []
    before: list[str] = []
    for paragraph in article["paragraphs"]:
        for sentence in paragraph:
            text, label = sentence["text"], sentence["label"]
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {article['id']}")
            spans = [_locate(text, span) for span in sentence.get("spans", [])]
            out.append(Example(
                text, _joined_context(before, context_sentences), frozenset([label]), spans=spans,
                span_known=frozenset(("source", "cue", "loaded")),
                group=f"written:{article['id']}", origin=f"written:{article['topic']}",
            ))
            before.append(text)
    return out


def _locate(sentence: str, span: dict) -> tuple[str, int, int]:
    needle, nth = span["text"], int(span.get("nth", 0))
    position = -1
    for _ in range(nth + 1):
        position = sentence.find(needle, position + 1)
        if position < 0:
            raise ValueError(f"span {needle!r} (occurrence {nth}) not found in {sentence!r}")
    return span["type"], position, position + len(needle)


def sha1_12(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def real_labels(directory: Path, shared: Path, split: str = "train", context_sentences: int = 1) -> list[Example]:
    """The project's labels of real sentences, with text read from the shared corpora and the
    ``context_sentences`` sentences before each as context."""
    texts = _ShareTexts(shared)
    examples, skipped = [], 0
    for path in sorted(Path(directory).glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            if record.get("split") != split:
                continue
            doc = texts.document(record["corpus"], record["doc"])
            if doc is None:
                skipped += 1
                continue
            start, end = record["start"], record["end"]
            sentence = doc[start:end]
            if sha1_12(sentence) != record["sha1"]:
                skipped += 1
                continue
            context = _previous_sentences(doc, start, context_sentences)
            examples.append(Example(
                sentence, context, frozenset([record["label"]]),
                group=f"{record['corpus']}:{record['doc']}", origin=f"real:{record['corpus']}",
            ))
    if skipped:
        logger.warning("skipped %d real-sentence labels whose text is missing or changed", skipped)
    return examples


def _previous_sentences(doc: str, start: int, count: int) -> str | None:
    window = doc[max(0, start - 600 * count):start]
    bounds = split_sentences(window)
    return preceding(window, bounds, len(bounds), count) if bounds else None


def _joined_context(before: list[str], count: int) -> str | None:
    """The last ``count`` of sentences kept as a list (no text between them to keep), joined by a space."""
    return " ".join(before[-count:]) if before else None


class _ShareTexts:
    """Document texts of the shared corpora, loaded on first use."""

    def __init__(self, shared: Path) -> None:
        self.shared = Path(shared)
        self._cache: dict[str, dict[str, str]] = {}

    def document(self, corpus: str, doc: str) -> str | None:
        if corpus not in self._cache:
            self._cache[corpus] = self._load(corpus)
        return self._cache[corpus].get(str(doc))

    def _load(self, corpus: str) -> dict[str, str]:
        data = self.shared
        if corpus == "polnear":
            out = {}
            for split in ("train", "dev", "test"):
                path = data / "polnear" / f"{split}.jsonl"
                if path.is_file():
                    for line in path.open(encoding="utf-8"):
                        art = json.loads(line)
                        out[art["id"]] = art["text"]
            return out
        if corpus == "basil":
            path = data / "basil" / "basil.jsonl"
            return {a["id"]: basil_body(a)[0] for a in map(json.loads, path.open(encoding="utf-8"))} if path.is_file() else {}
        if corpus == "babe":
            path = data / "babe" / "babe_sg2.csv"
            if not path.is_file():
                return {}
            with path.open(encoding="utf-8", newline="") as handle:
                return {str(i): row["text"] for i, row in enumerate(csv.DictReader(handle))}
        raise DataError(f"unknown corpus {corpus!r} in real-sentence labels")


def basil_body(article: dict) -> tuple[str, list[tuple[int, int]]]:
    """A BASIL article body: sentences joined by spaces, paragraphs by blank lines."""
    parts, spans, pos = [], [], 0
    for p_index, paragraph in enumerate(article["body_paragraphs"]):
        if p_index:
            parts.append("\n\n")
            pos += 2
        for s_index, sentence in enumerate(paragraph):
            if s_index:
                parts.append(" ")
                pos += 1
            parts.append(sentence)
            spans.append((pos, pos + len(sentence)))
            pos += len(sentence)
    return "".join(parts), spans


# -- shared public corpora (partial supervision) -----------------------------------

NOT_OPINION = frozenset(("reported_fact", "attributed_claim", "official_denial"))
OPINION = frozenset(("editorial_opinion",))
SPEECH = frozenset(("attributed_claim", "official_denial"))
NOT_SPEECH = frozenset(("reported_fact", "editorial_opinion"))


def shared_examples(shared: Path, exclude_groups: Iterable[str] = (), polnear_limit: int | None = 12000,
                    seed: int = 0, context_sentences: int = 1) -> list[Example]:
    """Partial-label examples from the shared corpora's training splits (never test/dev), with the
    ``context_sentences`` sentences before each as context where the corpus has them."""
    import random

    shared = Path(shared)
    exclude = set(exclude_groups)
    out: list[Example] = []
    newssd = shared / "newssd-eng" / "train.csv"
    if newssd.is_file():
        with newssd.open(encoding="utf-8", newline="") as handle:
            for i, row in enumerate(csv.DictReader(handle)):
                allowed = OPINION if row["label"] == "SUBJ" else NOT_OPINION
                out.append(Example(row["sentence"], None, allowed, weight=0.5, group=f"newssd:{i}", origin="newssd"))
    out.extend(_babe_examples(shared / "babe" / "babe_sg2.csv", exclude))
    out.extend(_basil_span_examples(shared / "basil" / "basil.jsonl", exclude, context_sentences))
    polnear = _polnear_examples(shared / "polnear" / "train.jsonl", exclude, context_sentences)
    if polnear_limit is not None and len(polnear) > polnear_limit:
        polnear = random.Random(seed).sample(polnear, polnear_limit)
    out.extend(polnear)
    return out


def _babe_examples(path: Path, exclude: set[str]) -> list[Example]:
    if not path.is_file():
        return []
    out, unplaced = [], 0
    with path.open(encoding="utf-8", newline="") as handle:
        for i, row in enumerate(csv.DictReader(handle)):
            group = f"babe:{i}"
            if group in exclude:
                continue
            opinion = row["label_opinion"]
            if opinion.startswith("Expresses"):
                allowed = OPINION
            elif opinion == "Entirely factual":
                allowed = NOT_OPINION
            else:
                allowed = frozenset()
            text = row["text"]
            spans = _babe_loaded(text, row["biased_words"])
            unplaced += spans is None
            out.append(Example(text, None, allowed, weight=0.5, spans=spans or [],
                               span_known=frozenset() if spans is None else frozenset(("loaded",)),
                               group=group, origin="babe"))
    if unplaced:
        logger.info("BABE: %d rows name biased words that cannot be read or found in their text; their loaded "
                    "words are left unannotated", unplaced)
    return out


def _babe_loaded(text: str, cell: str) -> list[tuple[str, int, int]] | None:
    """The writer-voice loaded spans of a BABE row's biased words (a Python list literal such as
    ``['bizarre', "Trump's"]``): each found as a whole word, in any case, outside quotes. ``None`` when the
    cell cannot be read or a word is not in the text (a typo), so the row teaches nothing about loaded
    words rather than "none here"."""
    if not cell:
        return []
    try:
        words = ast.literal_eval(cell)
    except (ValueError, SyntaxError):
        return None
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        return None
    quotes = quoted_regions(text)
    spans = []
    for word in (w.strip() for w in words):
        places = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE)] if word else []
        if not places:
            return None
        outside = [(a, b) for a, b in places if not any(lo <= a < hi for lo, hi in quotes)]
        if outside:  # the first use in the writer's voice; a word used only inside quotes is the source's
            spans.append(("loaded", *outside[0]))
    return spans


def _basil_span_examples(path: Path, exclude: set[str], context_sentences: int) -> list[Example]:
    if not path.is_file():
        return []
    out = []
    for article in map(json.loads, path.open(encoding="utf-8")):
        group = f"basil:{article['id']}"
        if group in exclude:
            continue
        lex = [a for a in article["phrase_annotations"] if a["bias"] == "lex"]
        before: list[str] = []
        for paragraph in article["body_paragraphs"]:
            for sentence in paragraph:
                spans = []
                for a in lex:
                    if a["txt"] and a["txt"] in sentence and a["quote"] == "no":
                        pos = sentence.find(a["txt"])
                        spans.append(("loaded", pos, pos + len(a["txt"])))
                out.append(Example(sentence, _joined_context(before, context_sentences), frozenset(), weight=0.5,
                                   spans=spans, span_known=frozenset(("loaded",)), group=group, origin="basil"))
                before.append(sentence)
    return out


def _polnear_examples(path: Path, exclude: set[str], context_sentences: int) -> list[Example]:
    if not path.is_file():
        return []
    out = []
    for article in map(json.loads, path.open(encoding="utf-8")):
        if f"polnear:{article['id']}" in exclude:
            continue
        text = article["text"]
        bounds = split_sentences(text)
        for k, (start, end) in enumerate(bounds):
            spans: list[tuple[str, int, int]] = []
            attributed = False
            for attribution in article["attributions"]:
                for kind in ("source", "cue", "content"):
                    for s, e in attribution[kind]:
                        if s < end and e > start:
                            attributed = True
                            spans.append((kind, max(s, start) - start, min(e, end) - start))
            allowed = SPEECH if attributed else NOT_SPEECH
            out.append(Example(
                text[start:end], preceding(text, bounds, k, context_sentences), allowed,
                weight=0.3 if attributed else 0.5, spans=spans,
                span_known=frozenset(("source", "cue", "content")),
                group=f"polnear:{article['id']}", origin="polnear",
            ))
    return out


