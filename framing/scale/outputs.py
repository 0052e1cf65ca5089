"""Reading a ``framing score`` output back as documents, so that :func:`framing.summarize` (and
``framing summarize OUT``) sums up a scored corpus as it sums up ``framing analyze`` records.

Sentence rows hold each sentence's offsets, label, scores and spans, but not the text between the sentences (the
line breaks that tell a heading, a byline or a transcript's speaker from copy), which the profile reads; the input
named in the manifest holds it. :func:`scored_documents` reads the two side by side, one document at a time,
checking that the input is the one scored (its fingerprint) and that every sentence row holds the text at its
offsets. Document rows (``--level document``) hold each document's profile but neither its sentences nor its spans,
from which a summary tells a source that names no one ("a spokesperson") from a name and a surname from a full
name: they are refused, saying so.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from itertools import groupby
from operator import itemgetter
from pathlib import Path, PurePath
from typing import Any

from ..document import Document, Sentence, Span
from ..errors import DataError, InputError, MissingInputError
from ..textio import DEFAULT_ENCODING
from ..validation import check_path
from .readers import Reader, open_input
from .writer import manifest_path, read_manifest

logger = logging.getLogger("framing")

__all__ = ["scored_documents"]


def scored_documents(out: str | os.PathLike, input: str | os.PathLike | None = None) -> Iterator[Document]:
    """The documents of the ``framing score`` output folder ``out`` (``--level sentence``, the default), in input
    order, each a :class:`Document` of its text (read again from the input the manifest names) and its sentence
    rows, ``meta`` holding its ``doc_id``, ``record``, the ``--keep-columns``' values (``publisher``: to sum up one
    publisher's documents) and, for an output scored with a headline column, its ``headline`` (null where it has
    none); its profile is built from them where it is read
    (``framing.summarize(scored_documents("scores"))``). An unfinished output gives the documents committed so far,
    with a warning. With a ``--headline-column``, a document is its body, as document rows are (a warning says that
    the headlines' sentences are left out). ``input`` reads the text from that path in place of the manifest's (the
    input moved or copied with its output to another folder, under the same file name), checked by the same
    fingerprint, which takes in the name.

    Checked before the first document: ``TypeError`` for ``out`` that is no path; :class:`InputError` for a folder
    without a manifest beside it and for document rows (they hold no sentences or spans, which a summary reads);
    :class:`framing.errors.MissingInputError` when the input is gone and :class:`DataError` when it changed since it
    was scored (its fingerprint), as the text of its documents is read from it. While reading, a sentence row
    whose offsets do not hold its text in the input raises :class:`DataError` naming its document."""
    return _scored_documents(out, input, "summing up")


def documents_to_report(out: str | os.PathLike, input: str | os.PathLike | None = None) -> Iterator[Document]:
    """The documents of :func:`scored_documents`, read for ``framing report``: its warning on an unfinished output
    says that reports are drawn for the documents committed so far, not that they are summed up."""
    return _scored_documents(out, input, "writing reports for")


def _scored_documents(out: str | os.PathLike, input: str | os.PathLike | None, doing: str) -> Iterator[Document]:
    """:func:`scored_documents`, its warning on an unfinished output saying what the caller is ``doing`` with the
    documents committed so far ("summing up")."""
    check_path(out, "out", "a framing score output folder")
    if input is not None:
        check_path(input, "input", "the input file or folder that was scored")
    manifest = read_manifest(out)
    if manifest is None:
        raise InputError(f"{out}: no framing score output (no manifest {manifest_path(out)} beside it)")
    settings, source = manifest.get("settings", {}), manifest.get("input", {})
    if settings.get("level") != "sentence":
        raise InputError(f"{out}: holds document rows (--level document), which keep each document's profile but "
                         "neither its sentences nor its spans, from which a summary tells a source that names no one "
                         "('a spokesperson') from a name and a surname alone from a full name: score the input again "
                         f"at --level sentence (the default), framing score {source.get('path')} --out NEW, to sum "
                         "it up or draw its reports, or sum the rows' count_ and share_ columns yourself")
    path = os.fspath(input) if input is not None else source.get("path")
    if input is not None and not Path(path).exists():
        raise MissingInputError(f"input={path} (--input {path}): no such file or folder", Path(path))
    scored = PurePath(str(source.get("path")))
    if input is not None and Path(path).is_dir() and source.get("kind") not in ("txt_folder", "hf_dataset"):
        # the folder the input was moved to, given for the file itself: read as a folder input, it would be refused
        # as a folder of shards, with advice on scoring
        raise InputError(f"input={path} (--input {path}): a folder, where {out} scored the file {scored.name}; give "
                         f"the file, input={Path(path) / scored.name} (--input {Path(path) / scored.name})")
    if not isinstance(path, str) or not Path(path).exists():
        raise MissingInputError(f"{out}: the input it scored, {path}, is no longer there; the documents' text is "
                                "read from it (sentence rows hold the sentences, not the line breaks between them, "
                                "which the profile reads): put it back, or give its new place as input=PATH "
                                "(--input PATH)", Path(str(path)))
    reader = open_input(path, settings.get("text_column", "text"), settings.get("id_column"),
                        headline_column=settings.get("headline_column"),
                        encoding=settings.get("encoding", DEFAULT_ENCODING))
    # the whole input's fingerprint where the manifest has one (framing 0.1.0 outputs from before it do not)
    if reader.fingerprint() != source.get("fingerprint") or (
            "content_fingerprint" in source and reader.fingerprint(whole=True) != source["content_fingerprint"]):
        if input is not None:
            raise DataError(f"{out}: {path} is not the input it scored, {source.get('path')} (another fingerprint: "
                            "another name, size or content), so its text would not fit the sentence rows' offsets")
        raise DataError(f"{out}: its input {path} has changed since it was scored (another fingerprint), so its "
                        "text no longer fits the sentence rows' offsets; score it again")
    if not manifest.get("complete"):
        logger.warning("%s: the run is unfinished; %s the %d documents committed so far", out, doing,
                       manifest["progress"]["documents"])
    if settings.get("headline_column") is not None:  # said, as the figures then count fewer sentences than scored
        logger.warning("%s: scored with a headline column (%s): each document is read as its body, as document "
                       "rows are, and the headlines' sentences (the rows whose part is 'headline') are left out",
                       out, settings["headline_column"])
    labels = tuple(settings.get("labels", ()))
    return _documents(Path(out), [part["file"] for part in manifest["parts"]], manifest.get("format", "parquet"),
                      reader, labels, kept_columns(manifest), settings.get("headline_column") is not None)


def kept_columns(manifest: dict) -> tuple[str, ...]:
    """The input columns (``--keep-columns``) that the sentence rows of the output ``manifest`` describes carry, in
    their order: every column of its rows that is not one of framing's own."""
    from .scoring import output_schema

    settings = manifest["settings"]
    ours = output_schema("sentence", tuple(settings.get("labels", ())),
                         headline=settings.get("headline_column") is not None, record=True).names
    return tuple(name for name in settings.get("columns", ()) if name not in ours)


def _documents(out: Path, parts: list[str], fmt: str, reader: Reader, labels: tuple[str, ...],
               kept: tuple[str, ...], headlines: bool) -> Iterator[Document]:
    """Each document of ``parts`` (files in ``out``, in ``fmt``), its text from ``reader``'s record of the same
    number and the ``kept`` input columns of its rows in its ``meta``, with ``headlines`` (scored with a headline
    column) its ``headline`` too, null for a record without one, so that every document can be grouped by it; a
    good record between two scored ones would have rows, so its absence means another input."""
    records = reader.records()
    try:
        for record, rows in _grouped(out, parts, fmt):
            for good in records:
                if good.position == record:
                    break
                if good.reason is None or good.position > record:
                    raise DataError(f"{out}: the rows of record {record} do not follow the input's records "
                                    f"({reader.name}, record {good.position} is next there): score it again")
            else:
                raise DataError(f"{out}: rows of record {record}, which {reader.name} does not hold: score it again")
            if good.text is None:
                raise DataError(f"{out}: rows of record {record}, which {reader.name} holds no text for "
                                f"({good.reason}): score it again")
            sentences = [_sentence(row, good.text, labels, out) for row in rows if row.get("part", "body") == "body"]
            # the kept columns first: in an output from before score refused a kept "headline" beside a headline column,
            # the headline column's wins
            meta: dict[str, Any] = {**{name: rows[0].get(name) for name in kept}, "doc_id": rows[0]["doc_id"],
                                    "record": record}
            if headlines:
                meta["headline"] = good.headline
            yield Document(good.text, sentences, meta=meta)
    finally:
        records.close()


def _grouped(out: Path, parts: list[str], fmt: str) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    """``(record, its rows)`` for each document of the part files, in order (a chunk commits whole documents)."""
    for record, rows in groupby(_rows(out, parts, fmt), key=itemgetter("record")):
        yield record, list(rows)


def _rows(out: Path, parts: list[str], fmt: str) -> Iterator[dict[str, Any]]:
    """The sentence rows of the part files, one batch of a Parquet part in memory at a time."""
    for name in parts:
        path = out / name
        if fmt == "jsonl":
            with open(path, encoding="utf-8") as handle:
                yield from (json.loads(line) for line in handle if line.strip())
            continue
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches():
            yield from batch.to_pylist()


def _sentence(row: dict[str, Any], text: str, labels: tuple[str, ...], out: Path) -> Sentence:
    """The sentence a row holds, checked against the document's ``text`` at its offsets."""
    start, end = row["start"], row["end"]
    if text[start:end] != row["text"]:
        raise DataError(f"{out}: sentence {row['sentence_index']} of document {row['doc_id']!r} (record "
                        f"{row['record']}) is not at its offsets {start}-{end} of the input's text: the input is not "
                        "the one scored; score it again")
    spans = tuple(Span(s["type"], s["start"], s["end"], s["text"]) for s in json.loads(row["spans"]))
    scores = {label: row[f"score_{label}"] for label in labels if row.get(f"score_{label}") is not None}
    return Sentence(row["text"], start, end, row["label"], scores, spans, row["truncated"], row["low_confidence"])
