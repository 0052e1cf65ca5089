"""``framing.score``: score a whole corpus into chunked, resumable output.

The input is read as a stream and cut into *blocks*: up to ``chunk_docs``
records and about ``block_chars`` characters each, counted from the start of
the input. Each block is analysed on its own (``Analyzer.analyze_many``), so
a document's scores depend only on its block; blocks are cut by the same rule
when a run resumes from a committed position, which makes a resumed run's
rows bit-for-bit those of an uninterrupted run. After each block the rows
wait in memory until ``chunk_docs`` records or ``chunk_seconds`` seconds have
gathered, or until a document longer than a block comes next (it takes long
to score, so what is held should not wait for it), then they are committed
as one part file (see :mod:`.writer`).

Memory holds one block being read, one being scored and the rows of one
uncommitted chunk, whatever the size of the input.
"""

from __future__ import annotations

import json
import logging
import math
import numbers
import os
import re
import threading
import time
import warnings
from collections.abc import Generator, Iterable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ..document import Document
from ..doubts import DoubtfulTexts, without_blobs
from ..errors import DataError, FramingError, InputError, ModelError, OptionError, counted, warn, written_message
from ..language import looks_english
from ..profile import current_profile
from ..provenance import library_versions, model_record
from ..validation import check_names, is_missing
from ..textio import DEFAULT_ENCODING, check_encoding, is_utf8, json_cell
from ..threads import prefetch
from .readers import (Countable, Record, Reader, check_headline_column, check_kept_keys, open_input,
                      say_headline_is_not_read)
from .appended import Appended, appended_since, input_size
from .undecoded import UndecodedRejects
from .writer import (ChunkWriter, WriteFailed, check_output, holds_scores, manifest_path, read_manifest,
                     rejects_path)

__all__ = ["score", "ScoreSummary", "sentence_rows", "document_row", "output_schema", "block_rows",
           "analyze_parts", "block_items", "LEVELS", "FORMATS"]

logger = logging.getLogger(__name__)

LEVELS = ("sentence", "document")
FORMATS = ("parquet", "jsonl")
ENGINES = ("local", "ray")

#: Characters per block: about 700 news sentences on CPU (a few seconds of
#: work), about 13,000 on CUDA, where bigger batches pay off.
BLOCK_CHARS_CPU = 100_000
BLOCK_CHARS_CUDA = 2_000_000
#: Records per chunk unless ``chunk_docs`` is given (a resume does not take it for a value asked for).
CHUNK_DOCS = 1000


# -- rows ----------------------------------------------------------------------

def output_columns(level: str, labels: tuple[str, ...], headline: bool = False, record: bool = False) -> list[str]:
    """The output columns of ``level``; with ``headline``, those a headline column adds (sentence rows' ``part``,
    document rows' ``headline_*``); with ``record``, the input record number :func:`score`'s rows carry."""
    first = ["doc_id"] + (["record"] if record else [])
    if level == "sentence":
        return (first + (["part"] if headline else []) + ["sentence_index", "start", "end", "text", "label"]
                + [f"score_{label}" for label in labels] + ["spans", "truncated", "low_confidence"])
    return (first + ["chars", "sentences"] + [f"count_{label}" for label in labels]
            + [f"share_{label}" for label in labels]
            + ["unsourced_evaluative_share", "unsourced_sentences", "sources", "loaded_phrases", "denials", "rebuttals",
               "credits"]
            + (_headline_names(labels) if headline else []))


def _headline_names(labels: tuple[str, ...]) -> list[str]:
    """The columns document rows gain from a headline column."""
    return (["headline_sentences", "headline_label"] + [f"{HEADLINE_SCORE}{label}" for label in labels]
            + ["headline_low_confidence", "headline_labels"])


#: The prefix of document rows' headline score columns (``headline_score_<label>``).
HEADLINE_SCORE = "headline_score_"

#: The columns that hold JSON text (lists and objects), in either level's rows.
JSON_COLUMNS = ("spans", "unsourced_sentences", "sources", "loaded_phrases", "denials", "rebuttals", "credits",
                "headline_labels")


def add_sentence_rows(columns: dict[str, list], doc_id: str, sentences, first: int, labels: tuple[str, ...],
                      part: str | None = None) -> None:
    """Append ``sentences`` (a document's, from index ``first``) to ``columns``; with ``part``, the part
    of the document they are in (offsets index that part's text)."""
    columns["doc_id"].extend([doc_id] * len(sentences))
    if part is not None:
        columns["part"].extend([part] * len(sentences))
    columns["sentence_index"].extend(range(first, first + len(sentences)))
    columns["start"].extend(s.start for s in sentences)
    columns["end"].extend(s.end for s in sentences)
    columns["text"].extend(s.text for s in sentences)
    columns["label"].extend(s.label for s in sentences)
    for label in labels:
        columns[f"score_{label}"].extend(s.scores.get(label) for s in sentences)  # null: labelled by hand
    columns["spans"].extend(json_cell([span.to_dict() for span in s.spans]) for s in sentences)
    columns["truncated"].extend(s.truncated for s in sentences)
    columns["low_confidence"].extend(s.low_confidence for s in sentences)


def add_document(columns: dict[str, list], doc_id: str, doc: Document, labels: tuple[str, ...]) -> None:
    """Add ``doc``'s row, from its profile as :func:`framing.profile.current_profile` gives it: rebuilt for a
    Document the Analyzer did not build as it is (by hand, ``from_dict``, labels edited)."""
    profile = current_profile(doc, labels)
    columns["doc_id"].append(doc_id)
    columns["chars"].append(len(doc.text))
    columns["sentences"].append(profile["sentences"])
    for label in labels:
        columns[f"count_{label}"].append(profile["counts"][label])
        columns[f"share_{label}"].append(profile["shares"][label])
    columns["unsourced_evaluative_share"].append(profile["unsourced_evaluative_share"])
    columns["unsourced_sentences"].append(json_cell(profile["unsourced_sentences"]))
    columns["sources"].append(json_cell(profile["sources"]))
    columns["loaded_phrases"].append(json_cell(profile["loaded_phrases"]))
    columns["denials"].append(json_cell(profile["denials"]))
    columns["rebuttals"].append(json_cell(profile["rebuttals"]))
    columns["credits"].append(json_cell(profile["credits"]))


def add_headline(columns: dict[str, list], headline: Document | None, labels: tuple[str, ...]) -> None:
    """Add a document row's headline columns: the label, scores and flag of the headline's first sentence
    (null without a headline) and every headline sentence's label, in order."""
    sentences = headline.sentences if headline is not None else ()
    first = sentences[0] if sentences else None
    columns["headline_sentences"].append(len(sentences))
    columns["headline_label"].append(first.label if first else None)
    for label in labels:
        columns[f"{HEADLINE_SCORE}{label}"].append(first.scores.get(label) if first else None)
    columns["headline_low_confidence"].append(first.low_confidence if first else None)
    columns["headline_labels"].append(json_cell([s.label for s in sentences]))


def _as_rows(columns: dict[str, list]) -> list[dict[str, Any]]:
    return [dict(zip(columns, values)) for values in zip(*columns.values())]


def _check_row_arguments(doc_id: object, doc: object, labels: object) -> tuple[str, ...]:
    """``labels`` as a tuple of names, once ``doc_id`` and ``doc`` are checked: a row's id is text, and a
    record from ``to_dict()`` must be read back first (it has no sentence objects to take rows from)."""
    if not isinstance(doc_id, str):
        raise TypeError(f"doc_id must be a str, got {type(doc_id).__name__} {doc_id!r}")
    if not isinstance(doc, Document):
        hint = ": read a to_dict() record with Document.from_dict first" if isinstance(doc, dict) else ""
        raise TypeError(f"doc must be a framing Document, got {type(doc).__name__}{hint}")
    return _check_labels(labels)


def sentence_rows(doc_id: str, doc: Document, labels: Iterable[str]) -> list[dict[str, Any]]:
    """One row per sentence: offsets, text, label, ``score_<label>`` per label, spans as JSON."""
    labels = _check_row_arguments(doc_id, doc, labels)
    columns: dict[str, list] = {name: [] for name in output_columns("sentence", labels)}
    add_sentence_rows(columns, doc_id, doc.sentences, 0, labels)
    return _as_rows(columns)


def document_row(doc_id: str, doc: Document, labels: Iterable[str]) -> dict[str, Any]:
    """One row per document: counts and shares per label, sources, loaded phrases, denials, and the source
    each sentence is credited to (``credits``), so whom a sentence quotes needs no second, sentence-level run.
    A profile the Analyzer did not build for these sentences (missing, stored, edited) is rebuilt from them.
    A sentence labelled outside ``labels`` (by hand) raises :class:`InputError`: the row has a count and
    share column per label alone, so it would drop that sentence from them without a word."""
    labels = _check_row_arguments(doc_id, doc, labels)
    _check_sentence_labels(doc, labels)
    columns: dict[str, list] = {name: [] for name in output_columns("document", labels)}
    add_document(columns, doc_id, doc, labels)
    return _as_rows(columns)[0]


def _check_sentence_labels(doc: Document, labels: tuple[str, ...]) -> None:
    """Refuse a Document with a sentence labelled other than ``labels`` (a hand label the model lacks),
    naming the sentence and its label."""
    known = set(labels)
    for k, sentence in enumerate(doc.sentences):
        if sentence.label not in known:
            raise InputError(f"sentences[{k}] ({sentence.text[:60]!r}) is labelled {sentence.label!r}, which "
                             f"labels {list(labels)} lack: the row has count_ and share_ columns for those labels "
                             f"alone, so the sentence would be left out of them; pass labels with {sentence.label!r} "
                             "added, or relabel the sentence with one of them")


def output_schema(level: str, labels: Iterable[str], keep_columns: Iterable[str] = (), *, headline: bool = False,
                  record: bool = False):
    """The Arrow schema of the rows of ``level`` for a model with ``labels``, and the kept input columns
    (as text) after them; ``headline=True`` for an input with a headline column (``part`` in sentence
    rows, ``headline_*`` in document rows); ``record=True`` for the rows :func:`score` writes, which carry
    their input record number (``record``, int64) after ``doc_id``. An unknown level raises
    :class:`InputError`, as do labels or kept columns named twice; labels or kept columns given as one
    string, or as other than names, raise ``TypeError``."""
    import pyarrow as pa

    from ..validation import check_flag

    _check_level(level)
    check_flag(headline, "headline")
    check_flag(record, "record")
    labels = _check_labels(labels)
    keep_columns = check_keep_columns(keep_columns, level, headline=headline)
    types = {"doc_id": pa.string(), "record": pa.int64(), "part": pa.string(),
             "sentence_index": pa.int32(), "start": pa.int64(),
             "end": pa.int64(), "text": pa.string(), "label": pa.string(), "spans": pa.string(),
             "truncated": pa.bool_(), "low_confidence": pa.bool_(),
             "chars": pa.int64(), "sentences": pa.int32(), "unsourced_evaluative_share": pa.float64(),
             "unsourced_sentences": pa.string(),
             "sources": pa.string(), "loaded_phrases": pa.string(), "denials": pa.string(), "rebuttals": pa.string(),
             "credits": pa.string(),
             "headline_sentences": pa.int32(), "headline_label": pa.string(), "headline_low_confidence": pa.bool_(),
             "headline_labels": pa.string()}
    types.update({f"score_{label}": pa.float32() for label in labels})
    types.update({f"{HEADLINE_SCORE}{label}": pa.float32() for label in labels})
    types.update({f"count_{label}": pa.int32() for label in labels})
    types.update({f"share_{label}": pa.float64() for label in labels})
    return pa.schema([(name, types[name]) for name in output_columns(level, labels, headline, record)]
                     + [(name, pa.string()) for name in keep_columns])


def _columns_added_since(earlier: dict[str, Any], level: str, labels: tuple[str, ...],
                         headline_column: str | None = None) -> list[str]:
    """The columns this framing writes in rows of ``level`` and ``labels`` that the earlier output's rows, at
    the same level, labels and headline column, lack (an earlier framing's rows had no ``record``, its document
    rows no ``credits`` or ``rebuttals``);
    none when the earlier output recorded no columns or asked for another level, labels or headline column
    (the writer's settings check names those)."""
    settings = earlier.get("settings", {})
    columns = settings.get("columns")
    if (settings.get("level") != level or settings.get("labels") != list(labels) or not isinstance(columns, list)
            or settings.get("headline_column") != headline_column):
        return []
    wanted = output_columns(level, labels, headline_column is not None, record=True)
    return [name for name in wanted if name not in columns]


def _check_row_shape(earlier: dict[str, Any], out: Path, level: str, labels: tuple[str, ...],
                     headline_column: str | None = None) -> None:
    """Refuse to resume an output whose rows lack columns this framing writes: appending rows of another
    shape would break every reader of the output."""
    missing = _columns_added_since(earlier, level, labels, headline_column)
    if missing:
        raise DataError(
            f"cannot resume into {out}: its {level} rows were written by an earlier framing, without the "
            f"column{'s' if len(missing) > 1 else ''} {missing} that this one writes, and one output cannot hold "
            "rows of two shapes; finish it with that framing, or start again with overwrite=True (--overwrite) or "
            "into another out (--out)")


def _older_shape(earlier: dict[str, Any], identity: dict[str, Any], level: str, labels: tuple[str, ...],
                 headline_column: str | None = None) -> bool:
    """Whether the earlier output's columns are this run's but for columns an earlier framing did not write
    (so the two differ in framing version, not in what was asked: kept columns, level, labels or headline)."""
    missing = _columns_added_since(earlier, level, labels, headline_column)
    return bool(missing) and [name for name in identity["settings"]["columns"]
                              if name not in missing] == earlier["settings"]["columns"]


def _check_level(level: str) -> None:
    if level not in LEVELS:
        raise InputError(f"level must be 'sentence' or 'document', got {level!r}")


def _check_labels(labels) -> tuple[str, ...]:
    """``labels`` as a tuple of distinct label names: each names output columns (``score_<label>``...)."""
    names = tuple(check_names(labels, "labels"))
    wrong = next((name for name in names if not isinstance(name, str)), None)
    if wrong is not None:
        raise TypeError(f"labels must hold label names (str), got {type(wrong).__name__} {wrong!r}")
    if len(set(names)) != len(names):
        raise InputError(f"labels names a label twice: {list(names)}")
    return names


def check_keep_columns(keep_columns, level: str, *, headline: bool = False,
                       headline_column: str | None = None) -> tuple[str, ...]:
    """``keep_columns`` as a tuple of names, none of them an output column (with ``headline``, the columns a
    headline column adds too), nor, beside ``headline_column``, ``headline``: a document read back holds both
    in ``meta["headline"]`` (:func:`framing.scale.scored_documents`), where one would silently be lost."""
    if keep_columns is None:
        return ()
    if isinstance(keep_columns, str):
        raise TypeError("keep_columns must be a sequence of column names, not one string; e.g. ['publisher', 'url']")
    names = tuple(check_names(keep_columns, "keep_columns"))
    wrong = next((name for name in names if not isinstance(name, str)), None)
    if wrong is not None:
        raise TypeError(f"keep_columns must hold column names (str), got {type(wrong).__name__} {wrong!r}")
    if not all(names):
        raise InputError(f"an empty column name in {list(names)}")
    prefixes = ("score_", "count_", "share_") + ((HEADLINE_SCORE,) if headline else ())
    taken = sorted(set(names) & set(output_columns(level, ("x",), headline, record=True))
                   | {n for n in names if n.startswith(prefixes)})
    if taken:
        raise InputError(f"cannot keep {taken}: the output already has such columns; rename them in the input")
    if headline_column is not None and "headline" in names:
        raise InputError(f"cannot keep 'headline' beside headline_column={headline_column!r} (--headline-column "
                         f"{headline_column}): the documents read back (framing summarize, framing report, "
                         f"scored_documents) hold the headline column's text as meta['headline'], where the kept "
                         f"column's would be lost; rename 'headline' in the input, or leave it out of keep_columns "
                         f"(--keep-columns)")
    repeated = next((name for k, name in enumerate(names) if name in names[:k]), None)
    if repeated is not None:
        raise InputError(f"keep_columns (--keep-columns) names a column twice: {repeated!r}, in {list(names)}; "
                         f"give each column once")
    return names


def _with_kept_columns(scored, keep_columns: tuple[str, ...], warn_empty: bool = True):
    """The scored blocks with each kept input column appended to every row of its document (as text);
    with ``warn_empty``, a warning names the columns that were null in every scored record."""
    import pyarrow as pa

    filled = dict.fromkeys(keep_columns, 0)
    kept = 0
    for item in scored:
        if isinstance(item, LongDocument):
            yield item
            continue
        block, table, sentences = item
        extras = {r.doc_id: r.extra or {} for r in block if r.reason is None}
        kept += len(extras)
        for name in keep_columns:
            filled[name] += sum(not is_missing(extra.get(name)) for extra in extras.values())
        doc_ids = table.column("doc_id").to_pylist()
        for name in keep_columns:
            table = table.append_column(name, pa.array([_as_text(extras[d].get(name)) for d in doc_ids], pa.string()))
        yield block, table, sentences
    empty = [name for name, n in filled.items() if not n]
    if warn_empty and kept and empty:
        logger.warning("kept column(s) %s were null in every scored record: does the input have them "
                       "(JSON Lines objects without a key get null)?", ", ".join(empty))


def _with_records(scored):
    """The scored blocks with the ``record`` column after ``doc_id``: each row's input record number (from 0,
    rejected records counted, as the rejects file's ``record``), so that every row leads back to its record,
    ids or none. A block's kept records have distinct ids (a repeated one is rejected)."""
    import pyarrow as pa

    for item in scored:
        if isinstance(item, LongDocument):
            yield item
            continue
        block, table, sentences = item
        positions = {r.doc_id: r.position for r in block if r.reason is None}
        records = pa.array([positions[d] for d in table.column("doc_id").to_pylist()], pa.int64())
        yield block, table.add_column(1, pa.field("record", pa.int64()), records), sentences


def _as_text(value: Any) -> str | None:
    """A kept cell as text: strings as they are; dates, times and decimals in their usual text form;
    null as null; other values as JSON. Unpaired surrogates become U+FFFD, which UTF-8 output can hold."""
    import datetime
    import decimal

    if is_missing(value):
        return None
    if isinstance(value, str):
        text = value
    elif isinstance(value, (bytes, bytearray)):
        text = bytes(value).decode("utf-8", "replace")
    elif isinstance(value, (datetime.date, datetime.time)):
        text = value.isoformat()
    elif isinstance(value, (decimal.Decimal, datetime.timedelta)):
        text = str(value)
    else:
        text = json.dumps(value, ensure_ascii=False, default=str)
    return text if text.isascii() else text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


#: Rows gathered in Python lists before they become an Arrow table.
_SLICE_ROWS = 8192


def analyze_parts(analyzer, texts: Sequence[str], headlines: Sequence[str | None] | None = None, *,
                  progress: bool = False,
                  profile: bool = True) -> Generator[tuple[Document | None, Document], None, None]:
    """``(headline, body)`` Documents for ``texts``, analysed together in one stream, in order.

    Each headline (``headlines[k]``, when given and not ``None`` or empty) is
    analysed as a text of its own, apart from its body: the body's sentences
    never read it as context (a headline above the copy is page furniture,
    which the Analyzer passes over anyway), and its offsets index the headline.
    ``headline`` is ``None`` for a text without one. ``progress=True`` shows a
    bar of the texts done (a headline and its body count as one).
    """
    from ..progress import progress_bar

    headlines = list(headlines) if headlines is not None else [None] * len(texts)
    if len(headlines) != len(texts):
        raise InputError(f"headlines must give one entry per text: {len(headlines)} for {counted(len(texts), 'text')}")
    stream = [part for headline, text in zip(headlines, texts) for part in ((headline, text) if headline else (text,))]
    # its positions are the stream's, headlines among the texts, and a run calls this once a block
    docs = analyzer.analyze_many(stream, profile=profile, check_markup=False)
    try:
        with progress_bar(progress, "analyze", "doc", total=len(texts)) as bar:
            for headline in headlines:
                head = next(docs) if headline else None
                body = next(docs)
                bar.update(1)
                yield head, body
    finally:
        docs.close()


def block_rows(analyzer, items: list[tuple[str, str]], level: str, headlines: Sequence[str | None] | None = None):
    """Rows for ``(doc_id, text)`` pairs analysed together, as an Arrow table; and their sentence count.

    ``headlines`` (one per item, ``None`` for none) gives the rows of an
    input with a headline column: a ``part`` column in sentence rows (the
    headline's rows before the body's), the ``headline_*`` columns in
    document rows, which hold the body's profile. The sentence count takes in
    the headlines' sentences.

    Rows are gathered column by column and turned into Arrow every
    ``_SLICE_ROWS`` rows, and each document is let go once its rows are
    taken, so a very long document's rows cost little beside the analysis.
    """
    import pyarrow as pa

    labels = tuple(analyzer.labels)
    with_headline = headlines is not None
    schema = output_schema(level, labels, headline=with_headline)
    names = output_columns(level, labels, with_headline)
    columns: dict[str, list] = {name: [] for name in names}
    tables = []
    sentences = 0

    def flush() -> None:
        nonlocal columns
        tables.append(pa.Table.from_pydict(columns, schema=schema))
        columns = {name: [] for name in names}

    def add_sentences(doc_id: str, doc: Document, part: str | None) -> None:
        for first in range(0, len(doc.sentences), _SLICE_ROWS):
            add_sentence_rows(columns, doc_id, doc.sentences[first:first + _SLICE_ROWS], first, labels, part)
            if len(columns["doc_id"]) >= _SLICE_ROWS:
                flush()

    parts = analyze_parts(analyzer, [text for _, text in items], headlines, profile=level == "document")
    try:
        for doc_id, _ in items:
            headline, doc = next(parts)
            sentences += len(doc.sentences) + (len(headline.sentences) if headline is not None else 0)
            if level == "sentence":
                if headline is not None:
                    add_sentences(doc_id, headline, "headline")
                add_sentences(doc_id, doc, "body" if with_headline else None)
            else:
                add_document(columns, doc_id, doc, labels)
                if with_headline:
                    add_headline(columns, headline, labels)
                if len(columns["doc_id"]) >= _SLICE_ROWS:
                    flush()
            del doc, headline
    finally:
        parts.close()
    if columns["doc_id"] or not tables:
        flush()
    return pa.concat_tables(tables), sentences


# -- summary -------------------------------------------------------------------

@dataclass
class ScoreSummary:
    """What a run did. ``str()`` is the one-line summary the CLI prints."""

    out: Path
    #: Totals of the whole output (earlier runs of a resumed output included).
    documents: int
    sentences: int
    rejects: int
    rows: int
    #: Wall time of this run, from its start (after the options are checked) to its end: the model load included.
    seconds: float
    #: Documents and sentences scored by this run.
    new_documents: int = 0
    new_sentences: int = 0
    #: Documents committed before this run started (resume).
    resumed_documents: int = 0
    complete: bool = True
    rejects_path: Path | None = None
    parts: int = 0
    #: The output was complete before this run (resumed), so nothing was done.
    already_complete: bool = False
    #: Seconds this run spent loading the model (0.0 when it loaded none: a loaded Analyzer, Ray's actors, which
    #: load theirs while scoring, or nothing to score).
    load_seconds: float = 0.0
    #: Seconds this run spent reading, scoring and committing: what it added to the manifest's
    #: ``progress.seconds`` (``None`` in a summary built without it, whose rates are over ``seconds``).
    scoring_seconds: float | None = None

    @property
    def documents_per_second(self) -> float:
        """Documents scored by this run per second of ``seconds``, start-up and model load included."""
        return self.new_documents / self.seconds if self.seconds > 0 else 0.0

    @property
    def sentences_per_second(self) -> float:
        """Sentences scored by this run per second of ``seconds``, start-up and model load included."""
        return self.new_sentences / self.seconds if self.seconds > 0 else 0.0

    @property
    def scoring_documents_per_second(self) -> float:
        """Documents scored by this run per second of ``scoring_seconds`` (of ``seconds`` without it)."""
        seconds = self.seconds if self.scoring_seconds is None else self.scoring_seconds
        return self.new_documents / seconds if seconds > 0 else 0.0

    @property
    def scoring_sentences_per_second(self) -> float:
        """Sentences scored by this run per second of ``scoring_seconds`` (of ``seconds`` without it)."""
        seconds = self.seconds if self.scoring_seconds is None else self.scoring_seconds
        return self.new_sentences / seconds if seconds > 0 else 0.0

    def __str__(self) -> str:
        if self.already_complete:
            return (f"{self.out}: already complete ({counted(self.documents, 'document')}, "
                    f"{counted(self.sentences, 'sentence')}, {counted(self.rejects, 'reject')}); nothing to do")
        notes = []
        if self.scoring_seconds is not None and self.load_seconds:
            notes.append(f"model loaded in {self.load_seconds:,.1f} s")
        if self.new_documents:  # no rates of nothing (an input with no records, a resume with only rejects left)
            rates = (f"{_rate(self.scoring_documents_per_second)} documents/s, "
                     f"{_rate(self.scoring_sentences_per_second)} sentences/s")
            if self.resumed_documents:  # the counts are the output's, the rates this run's alone
                rates += " this run"
            # the rates of the scoring alone, the start-up and model load apart
            notes.append(f"{rates} while scoring" if self.scoring_seconds is not None else rates)
        text = (f"{counted(self.documents, 'document')}, {counted(self.sentences, 'sentence')}, "
                f"{counted(self.rejects, 'reject')}"
                + (f" (in {self.rejects_path})" if self.rejects and self.rejects_path else "")
                + f" -> {self.out} in {self.seconds:,.1f} s" + (f" ({'; '.join(notes)})" if notes else ""))
        if self.resumed_documents:
            text += f"; resumed after {counted(self.resumed_documents, 'committed document')}"
        return text


def _rate(per_second: float) -> str:
    """A rate with one decimal, or two significant figures under 10 (7 documents in 151 s: 0.046, not 0.0)."""
    if per_second >= 10 or per_second <= 0:
        return f"{per_second:,.1f}"
    return f"{per_second:.{max(1, 1 - math.floor(math.log10(per_second)))}f}"


# -- blocks ----------------------------------------------------------------------

def _check_inside_input(input: str | os.PathLike, out: str | os.PathLike) -> None:
    """Refuse an output inside an input folder: its parts and manifest would become input files."""
    if not Path(input).is_dir():
        return
    # resolved (a link to the input folder) and as written (the manifest and rejects files go beside
    # --out as written, so a link inside the folder pointing elsewhere still puts them in it)
    pairs = ((Path(input).resolve(), Path(out).resolve()),
             (Path(os.path.abspath(input)), Path(os.path.abspath(out))))
    if any(there == folder or folder in there.parents for folder, there in pairs):
        raise OptionError(f"out (--out) {out} is inside the input folder {input}: its part files and manifest would "
                          "be read as input next time; choose a folder outside it")


#: Endings of a table in one file, which a user naming ``out`` so expects to get (``--out scores.csv``), where ``score``
#: writes a folder of part files.
_ONE_FILE_TABLE = (".csv", ".tsv", ".xlsx", ".xls")


def _check_out_is_no_table_file(out: str | os.PathLike, format: str) -> None:
    """Refuse a new ``out`` named as a table file ("scores.csv"): before, a folder of Parquet parts of that name was
    written without a word, minutes of scoring later, and read as no CSV. An earlier output of that name (its manifest
    beside it) is still resumed or replaced."""
    name = Path(out).name
    if not name.lower().endswith(_ONE_FILE_TABLE) or manifest_path(out).exists():
        return
    folder = name.rsplit(".", 1)[0] or "scores"
    table = (f"pandas.read_parquet({folder!r})" if format == "parquet"
             else f"pyarrow.dataset.dataset({folder!r}, format='json').to_table().to_pandas()")
    raise OptionError(f"out (--out) {out} names a {name.rsplit('.', 1)[1].upper()} file, but framing score writes a "
                      f"folder of {format} part files; name a folder ({folder}) and write the table from it, "
                      f"{table}.to_csv(...)")


class _StrictStop(DataError):
    """A bad record under ``strict``: the input itself must change, so the run cannot be resumed."""


def _blocks(records: Iterator[Record], chunk_docs: int, block_chars: int, strict: bool,
            reader: Reader, rejects_file: Path) -> Iterator[list[Record]]:
    """Cut records into blocks by a rule that depends on the input alone.

    A block ends at ``chunk_docs`` records or ``block_chars`` characters; a
    document that would take a block over the character budget starts a new
    one, so a very long document is scored in a block of its own.
    """
    block: list[Record] = []
    chars = 0
    for record in records:
        if record.reason is not None and strict:
            where = f"{record.where}, " if record.where and record.where != record.doc_id else ""
            ident = f"id {record.doc_id!r}" if record.doc_id is not None else "id unreadable"
            raise _StrictStop(f"{reader.name}: record {record.position} ({where}{ident}): "
                              f"{record.reason} (without strict=True (--strict) it would go to {rejects_file})")
        size = _size(record)
        if block and chars + size > block_chars:
            yield block
            block, chars = [], 0
        block.append(record)
        chars += size
        if len(block) >= chunk_docs or chars >= block_chars:
            yield block
            block, chars = [], 0
    if block:
        yield block


def _size(record: Record) -> int:
    """The characters ``record`` adds to a block: its text's and its headline's."""
    return (len(record.text) if record.text is not None else 0) + len(record.headline or "")


@dataclass(frozen=True)
class LongDocument:
    """A notice in a stream of scored blocks: the next block's rows are those of ``record``, a document longer
    than a block's characters, which takes longer to score than any block (minutes on a CPU for a few MB); a
    run commits what it holds before waiting for them, and says so, so that it does not look hung."""

    record: Record


def long_document(block: list[Record], block_chars: int) -> Record | None:
    """The document of ``block`` longer than ``block_chars`` characters (a block of its own, see :func:`_blocks`),
    to be scored; ``None`` when the block holds none."""
    if len(block) == 1 and block[0].reason is None and _size(block[0]) > block_chars:
        return block[0]
    return None


def _holds_no_records(reader: Reader) -> bool:
    """Whether the input holds no record at all (an empty file, a header row alone, a table of no rows), found
    by reading its first record, which is cheap; if so, a warning says it, as an output of no rows would not."""
    records = reader.records()
    try:
        empty = next(records, None) is None
    finally:
        records.close()
    if empty:
        logger.warning("read no records from %s: it holds no documents (an empty file, a header row alone, or no "
                       "rows), so the output holds none", reader.name)
    return empty


def _every_record_rejected(reader: Reader) -> bool:
    """Whether the input holds records but none to score (each one without a text, of a repeated id ...), found
    by reading up to the first good record, which is the first for most inputs; the model then need not load
    (seconds, and memory) for a run that ends with a rejects file alone."""
    records = reader.records()
    try:
        return all(record.reason is not None for record in records)
    finally:
        records.close()


def block_items(block: list[Record], headline: bool) -> tuple[list[tuple[str, str]], list[str | None] | None]:
    """The ``(doc_id, text)`` items of a block's good records, and their headlines when the input has a
    headline column (else ``None``): what :func:`block_rows` takes."""
    good = [r for r in block if r.reason is None]
    return [r.item() for r in good], ([r.headline for r in good] if headline else None)


def _local_scores(analyzer, blocks: Iterator[list[Record]], level: str, labels: tuple[str, ...],
                  headline: bool = False, block_chars: int | None = None):
    """``(block, rows, sentence count)`` for each block, scored when asked for; with ``block_chars``, a
    :class:`LongDocument` notice before a block holding a document longer than that. A block of rejected
    records alone gets no rows without the analyzer, which a run with nothing to score does not load."""
    for block in blocks:
        long = long_document(block, block_chars) if block_chars is not None else None
        if long is not None:
            yield LongDocument(long)
        items, headlines = block_items(block, headline)
        if not items:
            yield block, output_schema(level, labels, headline=headline).empty_table(), 0
            continue
        table, sentences = block_rows(analyzer, items, level, headlines)
        yield block, table, sentences


# -- fingerprints ----------------------------------------------------------------

# -- the function ----------------------------------------------------------------

def check_options(level, fmt, engine, chunk_docs, chunk_seconds, block_chars, workers, gpus_per_worker,
                  resume, overwrite, tokenizer_workers) -> tuple[int, int | None, int | None, int | str | None]:
    """Refuse an unusable option, naming it for both callers (``framing score`` checks its options here too,
    before anything is read); return ``chunk_docs``, ``block_chars`` and ``workers`` as ``int`` (a NumPy
    integer would not go into the manifest) and ``tokenizer_workers``."""
    from ..validation import check_positive

    if resume and overwrite:
        raise InputError("resume (--resume) and overwrite (--overwrite) exclude each other: resume (--resume) "
                         "continues an earlier output, overwrite (--overwrite) replaces it")
    _check_level(level)
    if fmt not in FORMATS:
        raise InputError(f"format must be 'parquet' or 'jsonl', got {fmt!r}")
    if engine not in ENGINES:
        raise InputError(f"engine must be 'local' or 'ray', got {engine!r}")
    chunk_docs = check_positive(chunk_docs, "chunk_docs (--chunk-docs)")
    if block_chars is not None:
        block_chars = check_positive(block_chars, "block_chars")
    if isinstance(chunk_seconds, bool) or not isinstance(chunk_seconds, (int, float)) or not chunk_seconds > 0:
        raise InputError(f"chunk_seconds (--chunk-seconds) must be a positive number, got {chunk_seconds!r}")
    if workers is not None:
        workers = check_positive(workers, "workers (--workers)")
    if isinstance(gpus_per_worker, bool) or not isinstance(gpus_per_worker, (int, float)) or not gpus_per_worker >= 0:
        raise InputError(f"gpus_per_worker (--gpus-per-worker) must be a number >= 0, got {gpus_per_worker!r}")
    ray_only = [f"{name} (--{name.replace('_', '-')})" for name, given in (("workers", workers is not None),
                                                                         ("gpus_per_worker", bool(gpus_per_worker)))
                if given]
    if engine == "local" and ray_only:  # they would do nothing
        raise InputError(f"{' and '.join(ray_only)} {'is' if len(ray_only) == 1 else 'are'} for engine='ray' "
                         "(--engine ray); the local engine runs in this process")
    return chunk_docs, block_chars, workers, _check_tokenizer_workers(tokenizer_workers, engine)


def _check_tokenizer_workers(value: int | str | None, engine: str) -> int | str | None:
    """``tokenizer_workers`` checked as :func:`framing.load` checks it; refused with the Ray engine, whose
    actors each take one CPU."""
    from ..workers import check_workers

    if value is None:
        return None
    if engine == "ray":
        raise InputError("tokenizer_workers (--tokenizer-workers) is for the local engine: each Ray actor "
                         "tokenizes on its own CPU (ask for more actors with workers (--workers) instead)")
    check_workers(value, "cpu")  # the form alone: the count for "auto" is settled where the model loads
    return value


def _progress(quiet: object, progress: bool) -> bool:
    """``progress`` as ``quiet``, its former form, asks for it: ``quiet=True`` is ``progress=False``, with a
    ``FutureWarning`` naming ``progress=``; :class:`InputError` beside ``progress=True``, which says the opposite."""
    if quiet is None:
        return progress
    from ..validation import check_flag

    check_flag(quiet, "quiet")
    warnings.warn("framing.score's quiet= is now progress=, as in analyze, evaluate and train: pass progress=False "
                  "for quiet=True; quiet= will be removed", FutureWarning, stacklevel=3)
    if quiet and progress:
        raise InputError("give progress=True alone: quiet=True, its former form, says the opposite")
    return False if quiet else progress


def _check_types(text_column, id_column, flags: dict[str, Any], progress) -> None:
    """Raise ``TypeError`` for a column name that is not a ``str`` or a flag that is not a ``bool`` (``"no"``
    would turn it on)."""
    from ..validation import check_column, check_flag

    check_column(text_column, "text_column")
    check_column(id_column, "id_column", none=True)
    for name, value in flags.items():
        check_flag(value, name)
    check_flag(progress, "progress")


def score(
    input: str | os.PathLike,
    out: str | os.PathLike,
    *,
    text_column: str = "text",
    id_column: str | None = None,
    level: str = "sentence",
    format: str = "parquet",
    resume: bool = False,
    overwrite: bool = False,
    strict: bool = False,
    quiet: bool | None = None,
    progress: bool = False,
    model: Any = None,
    device: str | None = None,
    precision: str = "auto",
    batch_tokens: int | None = None,
    engine: str = "local",
    workers: int | None = None,
    gpus_per_worker: float = 0,
    chunk_docs: int = CHUNK_DOCS,
    chunk_seconds: float = 30.0,
    block_chars: int | None = None,
    keep_columns: Sequence[str] = (),
    headline_column: str | Literal[False] | None = None,
    tokenizer_workers: int | str | None = None,
    max_rejects: int | str | None = None,
    allow_late_columns: bool = False,
    encoding: str = DEFAULT_ENCODING,
) -> ScoreSummary:
    """Score every document of ``input`` into the folder ``out``; see ``docs/scoring.md``.

    ``input``: a JSON Lines, CSV, TSV or Parquet file, a folder of ``.txt``
    files or a folder written by ``datasets.Dataset.save_to_disk``; one with
    no records gives a warning and an empty output, without loading the
    model, as does one whose every record is rejected, before its error.
    ``out`` gets ``part-NNNNNN.parquet`` (or ``.jsonl``) files; the manifest is
    ``out + ".manifest.json"`` and rejected records go to
    ``out + ".rejects.jsonl"``. ``level`` is
    ``"sentence"`` (a row per sentence) or ``"document"`` (a row per
    document); every row carries ``doc_id`` and ``record``, its input record
    number (from 0, as the rejects file counts). ``model`` is a model folder, ``None`` (or ``"default"``) for the
    bundled model, or a loaded :class:`~framing.Analyzer` (local engine only),
    which runs with its own settings: ``device``, ``precision`` or
    ``batch_tokens`` given beside it raise :class:`~framing.InputError`.

    ``resume=True`` continues an interrupted output from its last committed
    chunk (and starts afresh when there is none); resuming from another input
    or model, or with other settings (level, format, columns, the precision
    that runs: ``"auto"`` is fp32 on CPU), raises :class:`~framing.DataError`.
    ``strict=True`` raises at the first bad record instead of writing it to
    the rejects file. An output where every record was rejected and none
    scored raises :class:`~framing.DataError` naming the rejects file (the
    output is kept).
    ``engine="ray"`` scores blocks on a pool of Ray actors (``workers``, each
    with ``gpus_per_worker`` GPUs); output and resume work the same, and Ray
    and the cluster's resources are checked before any output is created.

    ``progress=True`` shows a progress bar on standard error (default: none,
    as everywhere in the Python API; ``framing score`` shows one on a
    terminal). ``quiet``, its former form, still works with a
    ``FutureWarning``: ``quiet=True`` is ``progress=False``, and beside
    ``progress=True`` it raises :class:`~framing.InputError`.
    ``keep_columns`` copies those input columns (publisher, date, url...)
    into every output row of their document, as text (JSON for other
    types); a JSON Lines object without one gets null there (``headline``
    is refused beside ``headline_column``: documents read back hold that
    column's text under the name). A kept key that none of the first 1,000
    objects of a JSON Lines input holds raises :class:`~framing.DataError`
    naming the keys seen, unless ``allow_late_columns=True`` says it comes later.
    ``headline_column`` names a column holding each document's headline,
    analysed apart from the text: sentence rows gain ``part`` (``"headline"``
    or ``"body"``, offsets into that part), document rows keep the body's
    profile and gain ``headline_*`` columns. A null, missing or empty
    headline is none; one that is not a string is a bad record. It is
    recorded, so a resume must name the same one. ``False`` is none too,
    said on purpose: an input column named as headlines are ("title") is
    then left unread without the warning that names it.
    ``tokenizer_workers`` (local engine, a model folder) tokenizes each
    block in that many worker processes, ``"auto"`` for up to 8 on CUDA and
    none on CPU (see :func:`framing.load`; default: none); the rows are the
    same either way. A script that uses them needs ``if __name__ ==
    "__main__":``.
    ``max_rejects``, for pipelines: a count, or a percentage of the records
    read (``"5%"``); when the finished output holds more rejects than that, a
    :class:`~framing.DataError` names them, the limit and the rejects file (the
    output stays complete; resuming it raises again).
    ``encoding`` is that of a folder's ``.txt`` files (a codec name Python knows: ``"cp1252"``, ``"latin-1"``;
    default UTF-8): a file that does not decode in it is a reject naming it, as is one that is UTF-8 beyond ASCII
    (which it would garble); it is recorded, so a resume must name the same one. Other inputs are UTF-8: another
    encoding for them raises :class:`~framing.InputError` before the model loads, as does a name that is no text
    encoding.
    ``block_chars`` caps the characters of one inference block (default:
    larger on CUDA than on CPU); with ``chunk_docs`` and ``chunk_seconds`` it
    sets how much work a crash can lose. ``chunk_docs`` and ``block_chars``
    also cut the blocks scored together: other values give the same labels,
    with scores that may differ by about 1e-6 (other batches), as another
    ``batch_tokens`` does.

    Returns a :class:`ScoreSummary`.
    """
    from ..validation import check_path, check_positive

    check_path(input, "input", "a file or folder path")
    check_path(out, "out", "a folder path")
    _check_types(text_column, id_column, {"resume": resume, "overwrite": overwrite, "strict": strict,
                                             "allow_late_columns": allow_late_columns}, progress)
    progress = _progress(quiet, progress)
    unread_headline = headline_column is False  # no headline column, said on purpose: none is warned of
    headline_column = None if headline_column is False else headline_column
    check_headline_column(headline_column, text_column, id_column)
    headline = headline_column is not None
    _check_inside_input(input, out)
    chunk_docs, block_chars, workers, tokenizer_workers = check_options(
        level, format, engine, chunk_docs, chunk_seconds, block_chars, workers, gpus_per_worker, resume, overwrite,
        tokenizer_workers)
    _check_out_is_no_table_file(out, format)
    max_rejects = check_max_rejects(max_rejects)
    if batch_tokens is not None:
        batch_tokens = check_positive(batch_tokens, "batch_tokens")
    started = time.monotonic()
    keep_columns = check_keep_columns(keep_columns, level, headline=headline, headline_column=headline_column)
    encoding = check_encoding(encoding)
    reader = open_input(input, text_column=text_column, id_column=id_column, keep_columns=keep_columns,
                        headline_column=headline_column, encoding=encoding)
    check_kept_keys(reader, keep_columns, allow_late_columns)
    if not unread_headline:
        say_headline_is_not_read(reader)
    empty = _holds_no_records(reader)
    check_output(out, resume, overwrite)  # before the model loads: a wrong --out costs nothing
    out = Path(out)
    rejects_file = rejects_path(out)
    if engine == "ray":  # connect to Ray and check the cluster can run the workers before any output exists
        from ..ray import plan_workers

        workers = plan_workers(workers, gpus_per_worker, device, precision)

    analyzer, model_info, labels, device_type, resolved = _resolve_model(model, device, precision, batch_tokens,
                                                                         engine, gpus_per_worker, tokenizer_workers)
    # the block settings given (None: left at the default), which a resume warns of when it keeps others
    asked = {"chunk_docs": None if chunk_docs == CHUNK_DOCS else chunk_docs, "block_chars": block_chars}
    if block_chars is None:
        block_chars = BLOCK_CHARS_CUDA if device_type == "cuda" else BLOCK_CHARS_CPU
    blocking = {"chunk_docs": chunk_docs, "block_chars": block_chars}
    earlier = read_manifest(out) if resume else None
    # Only scored documents tie a resumed run to the earlier run's blocking (an output with none starts
    # afresh); only an unfinished one has rows still to score.
    committed = earlier if holds_scores(earlier) else None
    # the whole input's fingerprint too (a full read, cheap beside scoring it): an edit that keeps the size, head
    # and tail; and a line-based file's size, so that records appended to it later resume
    input_info = {**reader.describe(), "fingerprint": reader.fingerprint(),
                  "content_fingerprint": reader.fingerprint(whole=True), **input_size(reader)}
    appended = (appended_since(committed["input"], input_info, reader)
                if committed is not None and committed["input"].get("fingerprint") != input_info["fingerprint"] else "")
    # a complete output whose input had records appended since is continued with them
    reopened = isinstance(appended, Appended) and bool(committed and committed.get("complete"))
    unfinished = committed if committed is not None and (reopened or not committed.get("complete")) else None
    if unfinished is not None:  # a complete output is left as it is, whatever shape its rows have
        _check_row_shape(unfinished, out, level, labels, headline_column)
    # an output whose every record is committed (only marking it complete failed) needs no model to finish
    scored_all = unfinished is not None and reader.ends_at(unfinished["progress"]["cursor"])
    # nor does a new run of an input whose every record is rejected (a resumed one finds that out as it reads)
    done = bool(earlier and earlier.get("complete")) and not reopened  # complete, with nothing appended since
    fresh = unfinished is None and not done
    idle = empty or scored_all or (fresh and _every_record_rejected(reader))
    if committed is not None and isinstance(committed.get("settings", {}).get("blocking"), dict):
        if unfinished is not None:
            _warn_if_blocking_differs(committed["settings"]["blocking"], asked)
        blocking = committed["settings"]["blocking"]
        chunk_docs, block_chars = blocking["chunk_docs"], blocking["block_chars"]

    schema = output_schema(level, labels, keep_columns, headline=headline, record=True)
    tokens = _batch_tokens(analyzer, batch_tokens, device_type)
    libraries = library_versions()
    if unfinished is not None:
        _warn_if_run_differs(unfinished, tokens, libraries)
    identity = {
        "framing_version": _version(),
        "libraries": libraries,
        # recorded, not checked on resume: another batch size changes scores only in the last decimals
        "batch_tokens": tokens,
        "input": input_info,
        "model": model_info,
        # the columns too: a resume never appends rows of another shape (say, from another framing version)
        "settings": {"level": level, "format": format, "text_column": text_column, "id_column": reader.id_column,
                     "labels": list(labels), "precision": resolved, "blocking": blocking,
                     "columns": list(schema.names)},
    }
    if headline:  # recorded only when given, so outputs made before headlines resume as they did
        identity["settings"]["headline_column"] = headline_column
    if not is_utf8(encoding):  # likewise: outputs of UTF-8 input resume as they did
        identity["settings"]["encoding"] = encoding
    if (committed is not None and unfinished is None and resume
            and _older_shape(committed, identity, level, labels, headline_column)):
        # a complete output is left as it is: the shape of rows an earlier framing wrote there does not matter
        identity["settings"]["columns"] = committed["settings"]["columns"]
    # The model loads before the writer touches the output (overwrite clears it), so a model that fails to
    # load costs nothing; only a finished output resumed, or one with no record left to score, needs none.
    load_seconds = 0.0
    needs_model = engine == "local" and analyzer is None and not idle
    if needs_model and not done:
        analyzer, load_seconds = _load(model, device, batch_tokens, precision, model_info, tokenizer_workers,
                                       note=progress)
    writer = ChunkWriter(out, format, schema, identity, resume=resume, overwrite=overwrite, appended=appended)
    try:
        before = dict(writer.progress)
        if writer.complete:
            logger.info("%s: already complete; nothing to do", out)
            _check_scored(writer, reader, rejects_file)
            _check_rejects(writer, max_rejects, rejects_file)
            summary = _summary(writer, before, time.monotonic() - started, rejects_file)
            summary.already_complete = True
            return summary
        # the manifest said complete, the writer did not
        if needs_model and analyzer is None:
            analyzer, load_seconds = _load(model, device, batch_tokens, precision, model_info, tokenizer_workers,
                                           note=progress)
        _log_start(reader.name, out, before, device_type, resolved, chunk_docs, chunk_seconds, block_chars)
        records = reader.records(before["cursor"])
        blocks = prefetch(_blocks(records, chunk_docs, block_chars, strict, reader, rejects_file),
                          name="framing-score-read")
        if engine == "ray" and not idle:
            from ..ray import ordered_block_scores

            scored = ordered_block_scores(blocks, model=model_info["path"], level=level, workers=workers,
                                          gpus_per_worker=gpus_per_worker, device=device, precision=precision,
                                          batch_tokens=batch_tokens, headline=headline, block_chars=block_chars)
        else:  # with no record to score, no model is needed: the blocks hold rejects alone, if any
            scored = _local_scores(analyzer, blocks, level, labels, headline, block_chars)
        scored = _with_records(scored)
        if keep_columns:  # an empty-column warning only judges a whole run, not the rest of a resumed one
            scored = _with_kept_columns(scored, keep_columns, warn_empty=not before["records"])
        try:
            _run(writer, scored, reader, before, chunk_docs, chunk_seconds, progress)
        except WriteFailed:  # its message already says what is committed and how to go on
            raise
        except FramingError as exc:  # a bad record under --strict, a read error, a failed Ray worker: say what is safe
            done = writer.progress["documents"]
            stopped = f"stopped: {counted(done, 'document')} {'is' if done == 1 else 'are'} committed in {out}"
            if isinstance(exc, _StrictStop) and not done:  # nothing committed: the same command runs again
                hint = ("; fix the record, or drop strict=True (--strict) to send bad records to the rejects file, and "
                        "run the same command again")
            elif isinstance(exc, _StrictStop):
                # fixing the record changes the input, and a changed input cannot be resumed
                hint = ("; resume=True (--resume) without strict=True (--strict) continues from there and sends "
                        "bad records to the rejects file; a fixed record changes the input, which cannot be resumed: "
                        "use overwrite=True (--overwrite)")
            elif done:
                hint = ("; resume=True (--resume) continues from there once the cause is fixed and the same input "
                        "reads again (a changed or re-downloaded file cannot be resumed: use overwrite=True "
                        "(--overwrite))")
            else:
                hint = ""
            # the same error, its message extended: the caller keeps its class (WorkerError, IntegrityError ...)
            # and its cause
            exc.args = (f"{written_message(exc)} ({stopped}{hint})",)
            raise
        runtime = {"engine": engine, "device": device_type, "workers": workers, "gpus_per_worker": gpus_per_worker}
        if analyzer is not None:
            runtime["tokenizer_workers"] = analyzer.engine.tokenizer_workers
        writer.finish(0.0, runtime)
        _check_scored(writer, reader, rejects_file)
        _check_rejects(writer, max_rejects, rejects_file)
        return _summary(writer, before, time.monotonic() - started, rejects_file, load_seconds)
    finally:
        writer.close()


def _run(writer: ChunkWriter, scored, reader: Reader, before: dict, chunk_docs: int, chunk_seconds: float,
         progress: bool) -> None:
    bar = None
    counted: list[int] = []  # filled by a background count when the format does not tell the total
    stop_redrawing = threading.Event()
    if progress:
        from tqdm.auto import tqdm

        from ..progress import bar_size

        # records, rejected ones too: the bar follows the input, the summary counts the documents scored
        bar = tqdm(total=reader.total, initial=before["records"], unit="record", desc="score", smoothing=0.1,
                   postfix=FIRST_BLOCK_NOTE, **bar_size())
    # the bar's total and ETA, or the commit lines' off a terminal, where JSON Lines and CSV do not state it
    if (bar is not None or logger.isEnabledFor(logging.INFO)) and reader.total is None \
            and isinstance(reader, Countable):
        _count_in_background(reader, counted)
    if bar is not None:
        _redraw_in_background(bar, counted, stop_redrawing)
    tables: list = []
    rejects: list[dict] = []
    # documents of this run holding HTML markup or not in English, warned about at its end
    doubts = DoubtfulTexts(resumed=before["documents"] > 0, repeats=True)
    undecoded = UndecodedRejects(reader)  # rejects of this run whose bytes do not decode, warned of at its end
    records = documents = sentences = 0
    cursor = None
    new_sentences = new_chars = 0
    last_commit = began = time.monotonic()
    in_progress: Record | None = None  # a document longer than a block, being scored
    try:
        for item in scored:
            long = item.record if isinstance(item, LongDocument) else None
            in_progress = None
            if long is None:
                block, table, block_sentences = item
                tables.append(table)
                rejects.extend(r.reject() for r in block if r.reason is not None)
                for r in block:
                    undecoded.see(r.reason)
                records += len(block)
                documents += sum(1 for r in block if r.reason is None)
                for r in block:
                    if r.text is not None and r.reason is None:
                        doubts.see(r.text, f"record {r.position}, id {r.doc_id!r}",
                                   not looks_english(without_blobs(r.text)), r.position)
                sentences += block_sentences
                new_sentences += block_sentences
                new_chars += sum(_size(r) for r in block if r.reason is None)
                cursor = block[-1].cursor
                if bar is not None:  # the rate first, so that no frame shows the block counted beside the old note
                    bar.set_postfix_str(f"{new_sentences / max(time.monotonic() - began, 1e-9):,.0f} sentences/s",
                                        refresh=False)
                    bar.update(len(block))
            now = time.monotonic()
            # before a document that takes long, what is held is committed, so that stopping it loses only its time
            if records and (long is not None or records >= chunk_docs or now - last_commit >= chunk_seconds):
                _commit(writer, _total(reader, counted), tables, rejects, records, documents, sentences, cursor,
                        now - last_commit, before, long_next=long is not None)
                tables, rejects = [], []
                records = documents = sentences = 0
                last_commit = now
            if long is not None:
                _say_long(long, bar, new_chars / (now - began) if new_chars else None)
                in_progress = long
        if records:
            _commit(writer, _total(reader, counted), tables, rejects, records, documents, sentences, cursor,
                    time.monotonic() - last_commit, before)
    except KeyboardInterrupt as exc:
        if in_progress is None or str(exc):
            raise
        # the message the command line adds to "interrupted": a run stopped in a long document did not hang
        raise KeyboardInterrupt(f"while scoring {_long_name(in_progress)}") from exc
    finally:
        stop_redrawing.set()
        if bar is not None:
            bar.close()
        doubts.warn(logger)
        undecoded.warn(logger, writer.rejects_file)


def _say_long(record: Record, bar, chars_per_second: float | None) -> None:
    """Warn that ``record``, a document longer than a block, is being scored (with no bar, under ``nohup`` or
    cron, the run would otherwise say nothing for minutes), and for how long at ``chars_per_second``, this run's
    pace so far (``None`` before any block), and show it on the bar, which does not move until it is done."""
    from tqdm.contrib.logging import logging_redirect_tqdm

    size = _size(record)
    pace = "" if not chars_per_second else f" (about {_duration(size / chars_per_second)} at this run's pace so far)"
    # with a bar, the line goes above it, not through it
    with nullcontext() if bar is None else logging_redirect_tqdm(tqdm_class=type(bar)):
        logger.warning("document %r (record %d): %s characters; this may take a while%s", record.doc_id,
                       record.position, f"{size:,}", pace)
    if bar is not None:
        bar.set_postfix_str(f"document {record.doc_id!r}: {size:,} characters")


def _long_name(record: Record) -> str:
    """``record``, a document longer than a block, as an interrupted run names it: "document 'report-7'
    (record 41, 5,000,000 characters)"."""
    return f"document {record.doc_id!r} (record {record.position}, {_size(record):,} characters)"


def _log_start(name: str, out: str | os.PathLike, before: dict, device: str, precision: str, chunk_docs: int,
               chunk_seconds: float, block_chars: int) -> None:
    """Log, at INFO (a batch job's log, as the commit lines), that scoring has begun, where a resume takes over,
    and when the first commit line is due: on a CPU the first block can take minutes, and a log holding nothing
    but a warning about a column until then reads as a run that hangs."""
    where = (f"resuming {out} after its {before['records']:,} committed records ({before['documents']:,} documents): "
             f"scoring the rest of {name}" if before["records"] else f"scoring {name} into {out}")
    logger.info("%s on %s (%s); a line follows each commit, every %s or %s seconds, at the end of a block of "
                "about %s characters (the first can take minutes on a CPU)", where, device, precision,
                counted(chunk_docs, "document"), f"{chunk_seconds:g}", f"{block_chars:,}")


def _commit(writer: ChunkWriter, total_records: int | None, tables: list, rejects: list[dict[str, Any]],
            records: int, documents: int, sentences: int, cursor: dict[str, Any] | None, seconds: float,
            before: dict, long_next: bool = False) -> None:
    """Commit one chunk and log it, the last chunk included: at INFO, which ``-v`` shows, and so does the command
    line off a terminal (a batch job's log, with no bar), so that a long run says it is alive, how fast it goes and,
    once the input's ``total_records`` is known, how long it has left; not when a document longer than a block is
    next (``long_next``): a pace of records says "about 0 s left" before a last document that takes minutes, whose
    own warning says how long it may take.
    The rate is this run's (``before``: the progress committed when it started), not an average over the runs
    a resumed output took, which an earlier slow or fast run would skew."""
    writer.commit(tables, rejects, records=records, documents=documents, sentences=sentences,
                  cursor=cursor, seconds=seconds)
    total = writer.progress
    rate = (total["documents"] - before["documents"]) / max(total["seconds"] - before["seconds"], 1e-3)
    logger.info("committed %s; %s records, %s documents, %s sentences so far%s (%s documents/s%s%s)",
                counted(records, "record"), f"{total['records']:,}", f"{total['documents']:,}",
                f"{total['sentences']:,}", f" of {total_records:,} records" if total_records else "",
                _rate(rate), " this run" if before["documents"] else "",
                "" if long_next else _time_left(total, before, total_records))


def _time_left(progress: dict, before: dict, total_records: int | None) -> str:
    """"; about 12 min left" at this run's pace of records (``progress`` now, ``before`` as it started), or "" while
    the input's ``total_records`` is not known (a count in the background not in yet)."""
    if not total_records or progress["records"] >= total_records or progress["records"] <= before["records"]:
        return ""
    pace = (progress["seconds"] - before["seconds"]) / (progress["records"] - before["records"])
    return f"; about {_duration((total_records - progress['records']) * pace)} left"


def _total(reader: Reader, counted: list[int]) -> int | None:
    """The input's records: as its format states them, else as counted in the background once the count is in."""
    return reader.total if reader.total is not None else (counted[0] if counted else None)


def _duration(seconds: float) -> str:
    """``seconds`` as a log line says how long is left: "40 s", "12 min", "2.5 h"."""
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 90 * 60:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:,.1f} h"


def _count_in_background(reader: Countable, counted: list[int]) -> None:
    """Count ``reader``'s records on a daemon thread, appending the count to ``counted``: the total of the bar and
    of the commit lines, with their time left."""
    def count() -> None:
        try:
            counted.append(reader.count_records())
        except Exception as exc:  # noqa: BLE001 - a bar without a total is no reason to stop a run
            logger.debug("could not count the records of %s: %s", reader.name, exc)

    threading.Thread(target=count, name="framing-score-count", daemon=True).start()


#: What the bar says until its first block is done: a block's records (up to ``chunk_docs``, about ``block_chars``
#: characters) are read, split into sentences and labelled before any is counted, a minute or more on a small CPU,
#: while the bar stood at 0 with nothing to say why. Short, to fit an 80-column line; the rate replaces it.
FIRST_BLOCK_NOTE = "labelling the first block"

#: How often the progress bar is redrawn while no block ends.
_REDRAW_SECONDS = 1.0


def _redraw_in_background(bar, counted: list[int], stop: threading.Event) -> None:
    """Redraw ``bar`` every ``_REDRAW_SECONDS`` on a daemon thread until ``stop`` is set, so that its clock runs
    while a block is scored (the first can take a minute on a CPU) and a total counted in the background
    (``counted``) shows as soon as it is in."""
    def redraw() -> None:
        while not stop.wait(_REDRAW_SECONDS):
            if counted and bar.total is None:
                bar.total = counted[0]
            bar.refresh()

    threading.Thread(target=redraw, name="framing-score-bar", daemon=True).start()


def _check_scored(writer: ChunkWriter, reader: Reader, rejects_file: Path) -> None:
    """Raise when the input had records but every one was rejected: nothing was scored."""
    p = writer.progress
    if p["records"] and not p["documents"]:
        what = "the only record was" if p["records"] == 1 else f"all {p['records']:,} records were"
        raise DataError(f"{reader.name}: {what} rejected and none scored; the reasons are in {rejects_file}; "
                        "fix the input and run the same command again: an output with nothing scored is replaced "
                        "without overwrite=True (--overwrite)")


def check_max_rejects(value: object) -> int | str | None:
    """``max_rejects`` checked: ``None``, a count (a whole number, 0 or more), or a percentage of the records read
    as text, ``"5%"`` (0 to 100)."""
    if value is None:
        return None
    if isinstance(value, str):
        match = _PERCENT.fullmatch(value.strip())
        if match is not None and float(match.group()[:-1]) <= 100:
            return match.group()
    elif isinstance(value, numbers.Integral) and not isinstance(value, bool) and int(value) >= 0:
        return int(value)
    raise InputError(f"max_rejects must be a count (a whole number, 0 or more) or a percentage of the records "
                     f"read such as '5%', got {value!r}")


#: A percentage ``max_rejects``: "5%", "0.5%".
_PERCENT = re.compile(r"[0-9]+(?:\.[0-9]+)?%")


def _check_rejects(writer: ChunkWriter, max_rejects: int | str | None, rejects_file: Path) -> None:
    """Raise when the finished output holds more rejects than ``max_rejects`` allows (a count, or a percentage
    of the records read), naming both and the rejects file: a pipeline's cue to stop, the output kept."""
    if max_rejects is None:
        return
    p = writer.progress
    if isinstance(max_rejects, str):
        limit = float(max_rejects[:-1]) / 100 * p["records"]
        setting, allowed = f"max_rejects='{max_rejects}' (--max-rejects {max_rejects})", f"{limit:,.4g} here"
    else:
        limit, setting, allowed = max_rejects, f"max_rejects={max_rejects} (--max-rejects {max_rejects})", ""
    if p["rejects"] > limit:
        raise DataError(f"{p['rejects']:,} of {p['records']:,} records {'was' if p['rejects'] == 1 else 'were'} "
                        f"rejected, more than {setting} allows"
                        f"{f' ({allowed})' if allowed else ''}; the reasons are in {rejects_file}; the output "
                        f"{writer.out} is complete, with the {counted(p['documents'], 'document')} scored")


def _summary(writer: ChunkWriter, before: dict, seconds: float, rejects_file: Path,
             load_seconds: float = 0.0) -> ScoreSummary:
    p = writer.progress
    return ScoreSummary(
        out=writer.out, documents=p["documents"], sentences=p["sentences"], rejects=p["rejects"], rows=p["rows"],
        seconds=seconds, new_documents=p["documents"] - before["documents"],
        new_sentences=p["sentences"] - before["sentences"], resumed_documents=before["documents"],
        complete=writer.complete, rejects_path=rejects_file if p["rejects"] else None,
        parts=len(writer.manifest["parts"]), load_seconds=load_seconds,
        scoring_seconds=round(p["seconds"] - before["seconds"], 3),
    )


def _resolve_model(model, device, precision, batch_tokens, engine, gpus_per_worker, tokenizer_workers=None):
    """``(analyzer or None, model info for the manifest, labels, device type, precision that runs)``.

    A folder is checked and described, not loaded: :func:`score` loads it only when there is work, so
    resuming a finished output costs no model load.
    """
    from ..analyze import DEFAULT_MODEL_DIR, Analyzer, check_no_load_options, model_directory
    from ..engine import resolve_device, resolve_precision
    from ..model import folder_fingerprint, read_config
    from ..validation import check_positive

    if isinstance(model, Analyzer):
        if engine == "ray":
            raise InputError("engine='ray' loads the model on each worker: pass model as a folder path "
                             "(or None for the bundled model), not a loaded Analyzer")
        check_no_load_options(device=device, precision=precision, batch_tokens=batch_tokens,
                              tokenizer_workers=tokenizer_workers)
        # loaded from a folder: recorded as that folder, so a resume by path matches
        info = model_record(model, in_memory="an Analyzer built in memory")
        return model, info, model.labels, model.device.type, model.engine.precision
    if model is not None and not isinstance(model, (str, os.PathLike)):
        raise TypeError(f"model must be a folder path, None or an Analyzer, got {type(model).__name__}")
    directory = model_directory(model, "model")
    labels = tuple(read_config(directory).labels)
    if batch_tokens is not None:
        check_positive(batch_tokens, "batch_tokens")
    if engine == "ray":
        from ..ray import actor_device
        from .helpers import check_config

        check_config(directory)  # here, before any output: the workers would find bad weights only once it exists
        device_type = actor_device(device, gpus_per_worker).split(":")[0]
        resolved = _ray_precision(precision, device_type, gpus_per_worker)
    else:
        resolved_device = resolve_device(device)
        device_type, resolved = resolved_device.type, resolve_precision(precision, resolved_device)
    # the bundled model, however named, is recorded as None (as for an Analyzer that runs it)
    bundled = directory.resolve() == DEFAULT_MODEL_DIR.resolve()
    info = {"path": None if bundled else str(directory.resolve()), "fingerprint": folder_fingerprint(directory)}
    return None, info, labels, device_type, resolved


def _load(model, device, batch_tokens, precision, model_info: dict, tokenizer_workers: int | str | None = None,
          note: bool = False):
    """The local engine's Analyzer for a model folder (``None``: the bundled model) and the seconds its load took;
    with ``note``, a "loading the model ..." note on stderr meanwhile, as the progress bar's forerunner.

    Raises :class:`ModelError` when the folder loaded is not the one described in ``model_info`` (it changed
    on disk since :func:`_resolve_model` read it), so the manifest never names other weights than those run.
    """
    from ..analyze import load
    from ..progress import loading_note

    started = time.monotonic()
    with loading_note(note):
        analyzer = load(model, device=device, batch_tokens=batch_tokens, precision=precision,
                        tokenizer_workers=0 if tokenizer_workers is None else tokenizer_workers)
    if analyzer.source_fingerprint != model_info["fingerprint"]:
        raise ModelError(f"{analyzer.source}: the model folder changed while the run was starting "
                         "(its files differ from those checked a moment before); run again once it is written")
    return analyzer, time.monotonic() - started


def _cuda_auto_precision() -> str:
    """What ``precision="auto"`` runs in on this machine's GPU (the Engine's rule)."""
    import torch

    from ..engine import resolve_precision

    return resolve_precision("auto", torch.device("cuda"))


def _ray_precision(precision: str, device_type: str, gpus_per_worker: float) -> str:
    """The precision Ray actors will run in; ``"auto"`` on CUDA is asked of a task placed like an actor."""
    if precision != "auto":
        return precision
    if device_type != "cuda":
        return "fp32"
    from ..ray import ensure_ray, framing_errors

    ray = ensure_ray()
    options: dict[str, Any] = {"num_cpus": 1}
    if gpus_per_worker:
        options["num_gpus"] = gpus_per_worker
    with framing_errors(ray):
        return ray.get(ray.remote(**options)(_cuda_auto_precision).remote())


def _warn_if_run_differs(earlier: dict[str, Any], tokens: int, libraries: dict[str, str]) -> None:
    """Warn when a resumed run scores with another batch size or other library versions than the run that
    began the output: the rows from here may then differ from an uninterrupted run's in the last decimals
    (the manifest keeps the earlier run's record)."""
    then = earlier.get("batch_tokens")
    if then is not None and then != tokens:
        warn(logger, "resuming with %d tokens per batch where the earlier run used %d: rows scored from here may "
             "differ from an uninterrupted run's in the last decimals (about 1e-6 in fp32, 1e-2 in bf16 or fp16, "
             "which can flip a near tie); pass batch_tokens=%d (--batch-tokens %d) to match it",
             tokens, then, then, then)
    changed = [f"{name} {earlier['libraries'][name]} -> {version}" for name, version in libraries.items()
               if isinstance(earlier.get("libraries"), dict) and earlier["libraries"].get(name, version) != version]
    if changed:
        logger.warning("resuming with other library versions than the earlier run (%s): rows scored from here "
                       "may differ from an uninterrupted run's in the last decimals", ", ".join(changed))


def _warn_if_blocking_differs(earlier: dict[str, Any], asked: dict[str, int | None]) -> None:
    """Warn, naming both values, for each block setting given (``None``: not given) that differs from the
    earlier run's: a resume keeps that run's, which cut the blocks, so that its rows equal an uninterrupted run's
    (another value would cut them, and so pad sentences together, otherwise)."""
    for name, value in asked.items():
        then = earlier.get(name)
        if value is None or then is None or then == value:
            continue
        setting = (f"{name}={then} (--{name.replace('_', '-')} {then})" if name == "chunk_docs"
                   else f"{name}={then}")  # block_chars has no option
        warn(logger, "resuming with the earlier run's %s, not the %d asked for: a resume cuts blocks as the run "
             "that began the output did, so that its rows equal an uninterrupted run's; to use %d, start again "
             "with overwrite=True (--overwrite)", setting, value, value)


def _batch_tokens(analyzer, batch_tokens: int | None, device_type: str) -> int:
    """The padded tokens per batch the run uses: the loaded Analyzer's, else the one asked for or the
    device's default (what each Ray worker takes)."""
    from ..engine import default_batch_tokens

    if analyzer is not None:
        return analyzer.engine.batch_tokens
    return batch_tokens or default_batch_tokens(device_type)


def _version() -> str:
    from .. import __version__

    return __version__
