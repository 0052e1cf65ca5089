"""Helpers for tables already in memory: ``datasets.Dataset.map`` and pandas.

    >>> from framing.scale import DatasetLabeler, score_dataframe
    >>> ds = ds.map(DatasetLabeler(), batched=True, batch_size=256)     # adds label columns
    >>> scored = score_dataframe(df, text_column="body")                 # one row per document

Both reject bad records (null, non-string or empty text) with a
:class:`~framing.DataError` that names the row, rather than dropping them.
"""

from __future__ import annotations

import json
import logging
import os
import re
import warnings
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from ..errors import DataError, InputError, ModelError
from ..validation import check_column, row_name
from .readers import arrow_id, check_headline, check_headline_column, check_text
from .scoring import JSON_COLUMNS, add_document, add_headline, add_sentence_rows, output_columns, analyze_parts
from .scoring import check_keep_columns, output_schema

__all__ = ["DatasetLabeler", "score_dataframe", "rows_frame"]

logger = logging.getLogger(__name__)

_MODES = ("document", "sentence")


def _check_model(model: Any, device: str | None, **load_options: Any) -> None:
    """Refuse a ``model`` that is no model folder, ``None`` or Analyzer (``TypeError``), a folder that is
    unusable, its config included (:class:`~framing.ModelError`), and a ``device`` (or another of ``load``'s
    ``load_options``) given beside an Analyzer, which keeps its own (:class:`~framing.InputError`); nothing
    is loaded."""
    from ..analyze import Analyzer, check_no_load_options, model_directory

    if isinstance(model, Analyzer):
        check_no_load_options(device=device, **load_options)
        return
    if model is not None and not isinstance(model, (str, os.PathLike)):
        raise TypeError(f"model must be a folder path, None or an Analyzer, got {type(model).__name__}")
    check_config(model_directory(model, "model"))


#: A bias of the sentence head's layers in a weights file: the number of its layer.
_HEAD_BIAS = re.compile(r"sentence_head\.(\d+)\.bias")


def check_config(directory: Path) -> None:
    """Refuse a model folder whose config ``framing.load`` would refuse (as ``framing score`` reads it up
    front) or whose sentence head gives another number of labels than the config lists, read from the
    weights file's header alone: a labeler is refused when made, not inside ``ds.map``."""
    from safetensors import SafetensorError, safe_open

    from ..model import CONFIG_NAME, WEIGHTS_NAME, read_config

    labels = read_config(directory).labels
    path = directory / WEIGHTS_NAME
    try:
        with safe_open(str(path), framework="pt") as weights:
            shapes = {int(match[1]): weights.get_slice(match[0]).get_shape()
                      for match in map(_HEAD_BIAS.fullmatch, weights.keys()) if match}
    except (SafetensorError, OSError, ValueError) as exc:
        raise ModelError(f"cannot read {path} (truncated or not a safetensors file?): {exc}") from None
    if not shapes:
        raise ModelError(f"{path} lacks the sentence head")
    output = shapes[max(shapes)]  # the last layer gives the labels
    if list(output) != [len(labels)]:
        raise ModelError(f"{path}: the sentence head's output has shape {tuple(output)}, but {CONFIG_NAME} lists "
                         f"{len(labels)} labels {list(labels)} (expected ({len(labels)},)); the config does not "
                         "belong to these weights")


def _as_analyzer(model: Any, device: str | None, precision: str = "auto", batch_tokens: int | None = None):
    """``model`` itself when it is an Analyzer, else the model folder loaded with the given options."""
    from ..analyze import Analyzer, load

    _check_model(model, device, precision=precision, batch_tokens=batch_tokens)
    if isinstance(model, Analyzer):
        return model
    return load(model, device=device, precision=precision, batch_tokens=batch_tokens)


def _checked(values, name: str, row: Callable[[int], str], check, advice: str) -> list[str]:
    """``values`` read by ``check`` (the corpus readers' own: text or id); the first bad one raises,
    naming its row as ``row`` does given its position ("row 5"), with ``advice``: only that row is named,
    however many rows there are, and how many bad ones there are in all where there are more ("the first of 3
    such rows"), so that a filter's effect can be checked."""
    out = []
    values = list(values)
    for position, value in enumerate(values):
        good, reason = check(value, name)
        if reason is not None:
            bad = 1 + sum(check(other, name)[1] is not None for other in values[position + 1:])
            more = f" (the first of {bad} such rows)" if bad > 1 else ""
            raise DataError(f"{row(position)}: {reason}{more}; {advice}")
        out.append(good)
    return out


def _texts(values, name: str, row: Callable[[int], str], hint: str) -> list[str]:
    """The usable texts of ``values``, with ``hint`` on filtering out bad ones."""
    return _checked(values, name, row, check_text, f"fix or filter such rows first, e.g. {hint}")


def _ids(values, name: str, row: Callable[[int], str]) -> list[str]:
    """Ids as the corpus readers read them (1.0 is "1"); a null, blank or other-typed id raises."""
    return _checked(values, name, row, arrow_id,
                    "give every row an id, or leave id_column out to use the index")


class DatasetLabeler:
    """A function for ``datasets.Dataset.map(fn, batched=True)`` that adds label columns.

    ``level="document"`` (default): each row is an article; adds
    ``sentence_labels``, ``sentence_starts``, ``sentence_ends`` (lists, one
    entry per sentence), ``n_sentences`` and ``share_<label>`` per label.
    ``level="sentence"``: each row is one sentence, labelled on its own; adds
    ``label`` and ``score_<label>`` per label. ``level`` is named as in
    :func:`score_dataframe` and :func:`framing.score`; ``mode``, its former
    name, still works with a ``FutureWarning``.

    ``model`` is a model folder, ``None`` (the bundled model) or a loaded
    :class:`~framing.Analyzer`; a folder is checked when the labeler is made
    (its config, and its labels against the weights) and loaded on first use,
    so the labeler pickles small. Keep ``num_proc`` at 1: the model batches and
    threads internally; with more, each process loads its own model and runs
    it on one thread (a forked process that used the parent's threads could
    hang). Pass ``with_indices=True`` to ``map`` for error messages that
    name the dataset row. A dataset that already has a column the labeler
    adds (a gold ``label``, say) is refused rather than overwritten.
    """

    def __init__(self, model: Any = None, *, text_column: str = "text", level: str | None = None,
                 device: str | None = None, mode: str | None = None) -> None:
        from ..engine import resolve_device

        if mode is not None:
            if level is not None:
                raise InputError(f"give level={level!r} alone: mode={mode!r} is its former name")
            warnings.warn("DatasetLabeler's mode= is now level=, as in score_dataframe and framing.score; "
                          "mode= will be removed", FutureWarning, stacklevel=2)
            level = mode
        level = "document" if level is None else level
        if level not in _MODES:
            raise InputError(f"level must be 'document' or 'sentence', got {level!r}")
        _check_model(model, device)
        check_column(text_column, "text_column")
        if device is not None:
            resolve_device(device)  # as load checks it, but now rather than inside map() on first use
        self.model, self.text_column, self.level, self.device = model, text_column, level, device
        self._checked = False  # whether a batch was checked for rows holding several sentences, or HTML markup
        self._analyzer = None
        self._pid = os.getpid()  # a call from another process (map's num_proc) runs on one thread

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_analyzer"] = None
        state["_checked"] = False  # as new: the same labeler pickles (and so fingerprints) the same after a call
        return state

    @property
    def analyzer(self):
        if self._analyzer is None:
            if os.getpid() != self._pid:
                import torch

                torch.set_num_threads(1)  # a forked worker: the parent's thread pool would hang it
            self._analyzer = _as_analyzer(self.model, self.device)
        return self._analyzer

    def _added_columns(self, labels) -> list[str]:
        """The columns this labeler adds, for a model with ``labels``."""
        if self.level == "sentence":
            return ["label"] + [f"score_{label}" for label in labels]
        return (["sentence_labels", "sentence_starts", "sentence_ends", "n_sentences"]
                + [f"share_{label}" for label in labels])

    def __call__(self, batch: dict[str, list], indices: list[int] | None = None) -> dict[str, list]:
        if not isinstance(batch, Mapping):  # datasets passes a lazy mapping of columns
            raise DataError("DatasetLabeler takes whole batches: call map(labeler, batched=True) without "
                            "input_columns")
        if self.text_column not in batch:
            raise DataError(f"no text column {self.text_column!r}; the columns are {list(batch)}")
        clash = [c for c in self._added_columns(self.analyzer.labels) if c in batch]
        if clash:
            raise DataError(f"the dataset already has columns {clash}, which the labeler adds; rename them first, "
                            f"e.g. ds.rename_column({clash[0]!r}, 'gold_{clash[0]}')")
        values = batch[self.text_column]
        if isinstance(values, (str, bytes, bytearray, Mapping)) or not isinstance(values, Iterable):
            raise DataError(f"column {self.text_column!r} holds one row's value, not a batch of them: "
                            "DatasetLabeler takes whole batches; call map(labeler, batched=True)")
        def row(k: int) -> str:
            return f"row {indices[k]}" if indices is not None else f"row {k} of this batch"

        name = self.text_column
        texts = _texts(values, name, row, f"ds.filter(lambda r: isinstance(r[{name!r}], str) and r[{name!r}].strip())")
        analyzer = self.analyzer
        labels = analyzer.labels
        if self.level == "sentence":
            # rows holding several sentences are warned about once, in the first batch, not in every batch
            predictions = analyzer.classify(texts, check_sentences=not self._checked)
            self._checked = True
            out: dict[str, list] = {"label": [p.label for p in predictions]}
            for label in labels:
                out[f"score_{label}"] = [p.scores[label] for p in predictions]
            return out
        out = {"sentence_labels": [], "sentence_starts": [], "sentence_ends": [], "n_sentences": []}
        out.update({f"share_{label}": [] for label in labels})
        # rows holding HTML markup are warned about once, in the first batch, as for sentences
        for doc in analyzer.analyze_many(texts, check_markup=not self._checked):
            out["sentence_labels"].append([s.label for s in doc.sentences])
            out["sentence_starts"].append([s.start for s in doc.sentences])
            out["sentence_ends"].append([s.end for s in doc.sentences])
            out["n_sentences"].append(len(doc.sentences))
            for label in labels:
                out[f"share_{label}"].append(doc.profile["shares"][label])
        self._checked = True
        return out


def score_dataframe(df, text_column: str = "text", *, model: Any = None, level: str = "document",
                    id_column: str | None = None, device: str | None = None, precision: str = "auto",
                    batch_tokens: int | None = None, progress: bool = False, nested: str = "json",
                    headline_column: str | None = None, keep_columns: Iterable[str] = (),
                    rejects: list[dict[str, Any]] | None = None):
    """Score a pandas DataFrame's text column; returns a new DataFrame.

    ``level="document"``: ``df`` with :func:`framing.score`'s document columns
    appended (counts and shares per label, sources, loaded phrases, credits;
    same index). ``level="sentence"``: one row per sentence with ``doc_id`` (the
    ``id_column`` value, or the row's index label as text), offsets, label,
    ``score_<label>`` and spans. ``device``, ``precision`` and ``batch_tokens``
    load a model folder as :func:`framing.load` does (an Analyzer keeps its
    own); ``progress=True`` shows a progress bar. ``nested="json"`` keeps the
    list and object columns (spans, sources, denials, credits...) as JSON
    text, as ``framing score`` writes them; ``nested="objects"`` gives them as
    Python lists and dicts, for work in Python: ``to_parquet`` writes those
    without a word but reads them back changed (dicts as records of every
    row's keys, a missing label's count null; lists as numpy arrays), so keep
    "json" to save the rows. ``headline_column`` names a column of headlines,
    each analysed apart from its text as :func:`framing.score` does: sentence
    rows gain ``part``, document rows ``headline_*`` (a null or empty headline
    is none). A null, non-string or empty text, a headline that is not a
    string, a repeated id (for ``level="sentence"``) or (for
    ``level="document"``) a column of ``df`` named like an output column
    raises :class:`~framing.DataError` before anything is scored.
    Rows the model reads badly (HTML, not English, a copy of an earlier row's
    text) and, at ``level="document"``, repeated ids are warned of once each,
    naming the first by its row and id. ``keep_columns`` copies those columns
    of ``df`` into every sentence row of their document, after the others,
    with their values and dtypes (document rows keep every column of ``df``
    already, so there it only checks the names). Given a list as ``rejects``
    (as :meth:`~framing.Analyzer.analyze_many` takes one), a row with a bad
    text, headline or id (or, for ``level="sentence"``, the id of an earlier
    row kept) is set aside instead of raising: appended to it as
    ``{"id": ..., "record": position, "index": label, "where": "row 1 (index
    7)", "reason": ...}`` (the keys of ``framing score``'s rejects file, with
    the index label), left out of the result, and counted in one warning; the
    other rows are scored.
    """
    import pandas as pd

    from ..validation import check_flag

    if level not in _MODES:
        raise InputError(f"level must be 'document' or 'sentence', got {level!r}")
    if nested not in _NESTED:
        raise InputError(f"nested must be 'json' or 'objects', got {nested!r}")
    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"df must be a pandas DataFrame, got {type(df).__name__}")
    check_flag(progress, "progress")
    if rejects is not None and not isinstance(rejects, list):
        raise TypeError(f"rejects must be a list, to which the rows that cannot be scored are appended, or None, "
                        f"got {type(rejects).__name__}; pass rejects=[] and read it after the call")
    check_column(text_column, "text_column")
    check_column(id_column, "id_column", none=True)
    check_headline_column(headline_column, text_column, id_column)
    keep_columns = check_keep_columns(keep_columns, level, headline=headline_column is not None)
    kept = [(column, "kept") for column in keep_columns]
    for column, role in ((text_column, "text"), (id_column, "id"), (headline_column, "headline"), *kept):
        if column is not None and column not in df.columns:
            raise DataError(f"no {role} column {column!r}; the columns are {list(df.columns)}")
    hint = (f"df.dropna(subset=[{text_column!r}]) for null texts, or "
            f"df[df[{text_column!r}].map(lambda v: isinstance(v, str) and bool(v.strip()))]")
    positions = list(range(len(df)))  # each row's position in the df given, before rows are set aside
    if rejects is not None:
        positions = _set_aside(df, rejects, text_column, headline_column, id_column, unique=level == "sentence")
        df = df.iloc[positions]
    index = df.index.tolist()

    def row(k: int) -> str:
        return row_name(positions[k], index[k])  # "row 6 (index 106)", as train names a DataFrame's rows

    texts = _texts(df[text_column].tolist(), text_column, row, hint)
    headlines = (_checked(df[headline_column].tolist(), headline_column, row, check_headline,
                          "give headlines as text (null or empty for none)") if headline_column else None)
    ids = _ids(df[id_column].tolist(), id_column, row) if id_column else [str(v) for v in index]
    if level == "sentence" and len(set(ids)) != len(ids):
        from collections import Counter

        repeated = next(doc_id for doc_id, n in Counter(ids).items() if n > 1)
        raise DataError(f"{id_column or 'the index'} repeats {repeated!r}: sentence rows could not be told apart "
                        "by doc_id; make the ids unique (or reset the index) first")
    analyzer = _as_analyzer(model, device, precision, batch_tokens)
    labels = tuple(analyzer.labels)
    schema = output_schema(level, labels, headline=headlines is not None)  # names the columns even with no rows
    if level == "document":
        clash = [c for c in schema.names if c != "doc_id" and c in df.columns]
        if clash:
            raise DataError(f"df already has columns {clash}, which the document scores add; rename them first")
    if level == "document":
        _warn_of_repeated_ids(ids, id_column, row)
    parts = analyze_parts(analyzer, texts, headlines, progress=progress, profile=level == "document")
    names = [ids[k] if id_column else None for k in range(len(ids))]
    parts = _noting_doubts(parts, row, names, text_column, positions)
    columns = _columns(parts, ids, level, labels, headlines is not None)
    if level == "sentence":
        rows = _nested(_typed(pd.DataFrame(columns, columns=schema.names), schema), nested)
        return _with_kept(rows, df, ids, keep_columns) if keep_columns else rows
    extra = _typed(pd.DataFrame(columns, index=df.index, columns=schema.names), schema).drop(columns=["doc_id"])
    return pd.concat([df, _nested(extra, nested)], axis=1)


def _set_aside(df, rejects: list[dict[str, Any]], text_column: str, headline_column: str | None,
               id_column: str | None, unique: bool) -> list[int]:
    """The positions of ``df``'s rows that can be scored; each other row (a bad text, headline or id, checked as
    :func:`score_dataframe` checks them, and where ``unique`` (sentence rows, told apart by their ``doc_id``) an
    id that an earlier kept row has, as ``framing score`` rejects a duplicate) is appended to ``rejects`` as
    ``framing score``'s rejects file lists a record, with its index label, and one warning counts them and names
    the first."""
    checks: list[tuple[str, Callable[[Any, str], tuple[str | None, str | None]]]] = [(text_column, check_text)]
    if headline_column is not None:
        checks.append((headline_column, check_headline))
    if id_column is not None:
        checks.append((id_column, arrow_id))
    values = {column: df[column].tolist() for column, _ in checks}
    index = df.index.tolist()
    good, first = [], None
    kept_ids: dict[str, str] = {}  # a kept row's id -> its row's name, to reject a later repeat
    for k, label in enumerate(index):
        reasons = [reason for column, check in checks if (reason := check(values[column][k], column)[1])]
        doc_id = arrow_id(values[id_column][k], id_column)[0] if id_column else str(label)
        if unique and not reasons and doc_id in kept_ids:
            reasons = [f"duplicate id {doc_id!r}: {kept_ids[doc_id]} has it (the first one is kept)"]
        if not reasons:
            good.append(k)
            if doc_id is not None:
                kept_ids[doc_id] = row_name(k, label)
            continue
        where = row_name(k, label)
        rejects.append({"id": doc_id, "record": k, "index": label, "where": where, "reason": "; ".join(reasons)})
        first = first or f"{where}: {'; '.join(reasons)}"
    if first is not None:
        bad = len(index) - len(good)
        logger.warning("%d of %d rows %s set aside, not scored, and listed in rejects; the first: %s", bad,
                       len(index), "was" if bad == 1 else "were", first)
    return good


def rows_frame(rows: Iterable[Mapping[str, Any]], labels: Iterable[str], level: str = "document"):
    """A DataFrame of :func:`~framing.scale.document_row` (or, ``level="sentence"``,
    :func:`~framing.scale.sentence_rows`) rows for a model with ``labels``, its score columns typed as
    :func:`score_dataframe` types them (float32 scores and shares, int32 counts and offsets), where
    ``pandas.DataFrame(rows)`` would infer float64 and int64; other keys (a document's ``meta`` merged in) are
    kept as pandas infers them."""
    import pandas as pd
    import pyarrow as pa

    if level not in _MODES:
        raise InputError(f"level must be 'document' or 'sentence', got {level!r}")
    if isinstance(labels, str):  # a string iterates as its letters, one score column per letter
        raise TypeError(f"labels must be the model's label names (analyzer.labels), not one string: got {labels!r}")
    schema = output_schema(level, tuple(labels))
    rows = list(rows)
    frame = pd.DataFrame(rows) if rows else pd.DataFrame(columns=schema.names)
    return _typed(frame, pa.schema([field for field in schema if field.name in frame.columns]))


def _with_kept(rows, df, ids: list[str], keep_columns: tuple[str, ...]):
    """Sentence ``rows`` with ``df``'s ``keep_columns`` after their columns, each row given its document's values
    (``ids``, one per row of ``df``, are unique at this level), their dtypes as in ``df``."""
    import pandas as pd

    position = {doc_id: k for k, doc_id in enumerate(ids)}
    kept = df[list(keep_columns)].iloc[[position[doc_id] for doc_id in rows["doc_id"]]].reset_index(drop=True)
    return pd.concat([rows, kept], axis=1)


def _warn_of_repeated_ids(ids: list[str], id_column: str | None, row: Callable[[int], str]) -> None:
    """Warn once when document rows' ids repeat (two exports of one article), which are each scored and counted
    twice in any total over the rows: ``framing score`` keeps the first and rejects the others."""
    if id_column is None:
        return  # the index labels: a repeated one names no article
    first: dict[str, int] = {}
    repeats = [(k, first[doc_id]) for k, doc_id in enumerate(ids) if first.setdefault(doc_id, k) != k]
    if repeats:
        k, earlier = repeats[0]
        logger.warning("%d of %d rows %s an earlier row's %r (the first is %s, %r as in %s): each is scored, and "
                       "counted again in any total over the rows; keep one first, e.g. df.drop_duplicates(subset=[%r], "
                       "keep='last') for the latest export", len(repeats), len(ids),
                       "repeats" if len(repeats) == 1 else "repeat", id_column, row(k), ids[k], row(earlier), id_column)


#: What to do about rows that repeat another's text (see :func:`_noting_doubts`).
_FRAME_REPEAT_ADVICE = ("each copy is scored, and counted again in any total over the rows; drop the copies first, "
                        "e.g. df.drop_duplicates(subset=[{!r}])")


def _noting_doubts(parts, row: Callable[[int], str], names: list[str | None], text_column: str,
                   positions: list[int]):
    """``parts`` as they come, and at their end one warning for each kind of doubtful text among their bodies
    (HTML markup, not English, subtitles, a blob, a repeated text: :class:`framing.doubts.DoubtfulTexts`), the
    first named by its row and id (``row 3 (index 17), id 'a4'``), as ``framing score`` warns of its records;
    ``positions`` are the parts' rows in the frame given (rows set aside as rejects leave gaps)."""
    from ..doubts import DoubtfulTexts, mostly_foreign

    doubts = DoubtfulTexts(repeats=True, item="row {}", repeat_advice=_FRAME_REPEAT_ADVICE.format(text_column))
    for k, (head, doc) in enumerate(parts):
        where = row(k) if names[k] is None else f"{row(k)}, id {names[k]!r}"
        doubts.see(doc.text, where, mostly_foreign(doc), record=positions[k])
        yield head, doc
    doubts.warn(logger)


def _columns(parts, ids: list[str], level: str, labels: tuple[str, ...], headline: bool) -> dict[str, list]:
    """The output columns of ``level`` for the ``(headline, body)`` Documents ``parts`` of ``ids``, as
    :func:`framing.score` writes them (``part`` and ``headline_*`` with ``headline``)."""
    columns: dict[str, list] = {name: [] for name in output_columns(level, labels, headline)}
    for (head, doc), doc_id in zip(parts, ids):  # parts first, so that a generator's end (its warnings) runs
        if level == "document":
            add_document(columns, doc_id, doc, labels)
            if headline:
                add_headline(columns, head, labels)
            continue
        if head is not None:
            add_sentence_rows(columns, doc_id, head.sentences, 0, labels, "headline")
        add_sentence_rows(columns, doc_id, doc.sentences, 0, labels, "body" if headline else None)
    return columns


#: How :func:`score_dataframe` gives its list and object columns: JSON text, or Python objects.
_NESTED = ("json", "objects")


def _nested(frame, nested: str):
    """``frame`` with its JSON columns decoded into Python lists and dicts when ``nested`` is "objects"."""
    if nested == "json":
        return frame
    decoded = {name: frame[name].map(json.loads) for name in JSON_COLUMNS if name in frame.columns}
    return frame.assign(**decoded)


def _typed(frame, schema):
    """``frame`` with its numeric and boolean columns in the Arrow ``schema``'s types, so a DataFrame's
    columns match what ``framing score`` writes to Parquet (float32 scores, int32 counts). A boolean or
    integer column holding nulls (``headline_low_confidence`` of a row without a headline) takes pandas'
    nullable type ("boolean", "Int32"), so a null stays null rather than turning False or failing."""
    import numpy as np
    import pyarrow as pa

    dtypes = {}
    for field in schema:
        if pa.types.is_string(field.type):
            continue
        dtype = np.dtype(field.type.to_pandas_dtype())
        if dtype.kind in "biu" and frame[field.name].isna().any():
            dtypes[field.name] = ("boolean" if dtype.kind == "b"
                                  else f"{'U' if dtype.kind == 'u' else ''}Int{dtype.itemsize * 8}")
        else:
            dtypes[field.name] = dtype
    return frame.astype(dtypes)
