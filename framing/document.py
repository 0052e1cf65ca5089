"""Value objects returned by the analyzer: Document, Sentence, Span, Prediction.

Every offset indexes the original document text, so ``doc.text[s.start:s.end]
== s.text`` holds for each sentence and each span; :meth:`Document.to_dict`
turns the whole result into plain JSON-serialisable data and
:meth:`Document.from_dict` reads it back. A Document built by hand is checked
as ``from_dict`` checks a record, so whatever is built can be saved and read
back.
"""

from __future__ import annotations

import copy
import json
import numbers
import os
import sys
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import accumulate
from typing import TYPE_CHECKING, Any, TypedDict, overload

from .errors import InputError, counted, written_message
from .validation import did_you_mean

__all__ = ["Span", "Sentence", "Document", "Prediction", "SPAN_TYPES", "LABELS", "SpanRecord", "SentenceRecord",
           "PredictionRecord", "DocumentRecord", "Profile", "ProfileSource", "LoadedPhrase", "DenialPair", "Rebuttal"]

#: The span types a model can tag, in head order.
SPAN_TYPES = ("source", "cue", "content", "loaded")
#: The four labels of the default model, in its order.
LABELS = ("reported_fact", "attributed_claim", "official_denial", "editorial_opinion")


def low_confidence_cutoff(n_labels: int) -> float:
    """The top probability below which a prediction over ``n_labels`` labels is flagged low-confidence:
    a third of the way from uniform (``1/n_labels``) to certain (1), so that the flag means the same for
    any label scheme (exactly 0.5 for four labels, 2/3 for two). It lives here, apart from the Analyzer, so that
    a report can state it without loading torch."""
    return (n_labels + 2) / (3 * n_labels)


#: The keys each kind of record holds: any other is refused, never dropped.
_SPAN_KEYS = ("type", "start", "end", "text")
_SENTENCE_KEYS = ("text", "start", "end", "label", "scores", "spans", "truncated", "low_confidence")
_DOCUMENT_KEYS = ("text", "sentences", "profile", "meta")
_PREDICTION_KEYS = ("label", "scores", "truncated", "low_confidence")
#: What a ``framing classify`` output row holds beside a prediction's keys.
_CLASSIFY_ROW_KEYS = ("line", "text")


# The shapes of the plain dicts the results hold, for type checkers: at run time they are ordinary dicts.
# Defined here, beside Document, whose profile they type (framing.profile, which builds it, imports this
# module and exports them too).


class ProfileSource(TypedDict):
    """An entry of a profile's ``sources``: one source credited with at least one sentence."""

    source: str
    display: str
    sentences: int
    labels: dict[str, int]
    denies: bool


class LoadedPhrase(TypedDict):
    """An entry of a profile's ``loaded_phrases``: the writer's loaded wording and how often it is used."""

    text: str
    count: int


class DenialPair(TypedDict):
    """An entry of a profile's ``denials``: a denial's position, its source and the allegation it answers."""

    denial: int
    source: str | None
    allegation: int | None


class Rebuttal(TypedDict):
    """An entry of a profile's ``rebuttals``: an accuser's denial standing by its own allegation."""

    rebuttal: int
    source: str
    allegation: int


class Profile(TypedDict, total=False):
    """:attr:`Document.profile`, what :func:`framing.profile.build_profile` returns (docs/api.md, "Profile
    fields"). Not total: ``analyze_many(profile=False)`` leaves a document's profile empty, ``{}``; a built
    profile has every key."""

    sentences: int
    counts: dict[str, int]
    shares: dict[str, float]
    sources: list[ProfileSource]
    credits: list[str | None]
    credit_mentions: list[list[int] | None]
    loaded_phrases: list[LoadedPhrase]
    unsourced_evaluative_share: float | None
    unsourced_sentences: list[int]
    denials: list[DenialPair]
    rebuttals: list[Rebuttal]


class SpanRecord(TypedDict):
    """What :meth:`Span.to_dict` gives."""

    type: str
    start: int
    end: int
    text: str


class PredictionRecord(TypedDict):
    """What :meth:`Prediction.to_dict` gives."""

    label: str
    scores: dict[str, float]
    truncated: bool
    low_confidence: bool


class SentenceRecord(TypedDict):
    """What :meth:`Sentence.to_dict` gives."""

    text: str
    start: int
    end: int
    label: str
    scores: dict[str, float]
    spans: list[SpanRecord]
    truncated: bool
    low_confidence: bool


class DocumentRecord(TypedDict):
    """What :meth:`Document.to_dict` gives."""

    text: str
    sentences: list[SentenceRecord]
    profile: Profile
    meta: dict[str, Any]


@dataclass(frozen=True)
class Span:
    """A typed stretch of the document: ``text == document.text[start:end]``."""

    type: str
    start: int
    end: int
    text: str

    def to_dict(self) -> SpanRecord:
        return {"type": self.type, "start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: SpanRecord | dict[str, Any]) -> "Span":
        """The span that :meth:`to_dict` wrote; :class:`InputError` for a record it could not have written."""
        _check_argument(data, "Span")
        span = _span_from(data, "span")
        _check_span("span", span)
        return span

    def __str__(self) -> str:
        """The span's text, as ``str`` of a spaCy span gives it (``repr`` shows its type and offsets)."""
        return self.text


@dataclass(frozen=True)
class Prediction:
    """The label of one sentence and the probability of every label. Not hashable (it holds a dict):
    compare with ``==``."""

    __hash__ = None  # type: ignore[assignment]  # a hash over some fields only would surprise

    label: str
    scores: dict[str, float]
    truncated: bool = False
    #: The model's label is a weak guess: low probability, or text that does
    #: not look like English (the model was trained on English news). Set
    #: when the model labels the sentence; changing ``label`` by hand
    #: (``dataclasses.replace``) leaves it as it was.
    low_confidence: bool = False

    def __post_init__(self) -> None:
        _check_label_scored(self)

    @classmethod
    def _made(cls, label: str, scores: dict[str, float], truncated: bool, low_confidence: bool) -> "Prediction":
        """A prediction the Analyzer made, its label among its scores by construction: the frozen
        constructor and its check are skipped, as they cost host time on every sentence classified."""
        prediction = cls.__new__(cls)
        prediction.__dict__.update(label=label, scores=scores, truncated=truncated, low_confidence=low_confidence)
        return prediction

    @property
    def confidence(self) -> float:
        """The probability of :attr:`label` (the top one, unless the label was changed by hand)."""
        return _confidence(self)

    def to_dict(self) -> PredictionRecord:
        """The prediction as plain JSON-ready data; :class:`InputError` for one that :meth:`from_dict` would
        refuse (scores changed in place so that they no longer sum to 1)."""
        _check_label_and_flags("prediction", self)
        return {"label": self.label, "scores": dict(self.scores), "truncated": self.truncated,
                "low_confidence": self.low_confidence}

    @classmethod
    def from_dict(cls, data: PredictionRecord | dict[str, Any]) -> "Prediction":
        """The prediction that :meth:`to_dict` wrote, or a row of ``framing classify`` output (its ``line``
        and ``text`` are not the prediction's, and are left out); :class:`InputError` for a record neither
        could have written."""
        _check_argument(data, "Prediction")
        _require_keys(data, "prediction", "Prediction", ("label", "scores"))
        _refuse_unknown_keys(data, "prediction", (*_PREDICTION_KEYS, *_CLASSIFY_ROW_KEYS),
                             "line and text (a framing classify row's) are read past, not kept")
        scores = _scores(data["scores"], "prediction")
        with _naming("prediction"):
            prediction = cls(data["label"], scores, data.get("truncated", False), data.get("low_confidence", False))
        _check_label_and_flags("prediction", prediction)
        return prediction

    def __repr__(self) -> str:
        flags = "".join(f", {name}" for name in ("truncated", "low_confidence") if getattr(self, name))
        return f"Prediction({self.label} {self.scores.get(self.label, float('nan')):.2f}{flags})"


@dataclass(frozen=True)
class Sentence:
    """One sentence with its label, label probabilities and spans. Not hashable (it holds a dict, its
    scores): compare with ``==``, and key a mapping by ``(start, end)``."""

    __hash__ = None  # type: ignore[assignment]

    text: str
    start: int
    end: int
    label: str
    scores: dict[str, float]
    spans: tuple[Span, ...] = ()
    truncated: bool = False
    #: Set when the model labels the sentence (see :attr:`Prediction.low_confidence`); changing ``label``
    #: by hand leaves it as it was.
    low_confidence: bool = False

    if TYPE_CHECKING:  # the signature type checkers read: spans of any iterable, kept as a tuple
        def __init__(self, text: str, start: int, end: int, label: str, scores: dict[str, float],
                     spans: Iterable[Span] = (), truncated: bool = False, low_confidence: bool = False) -> None: ...

    def __post_init__(self) -> None:
        # a list of spans (the natural way to build one by hand) is kept as a tuple, so equality holds
        object.__setattr__(self, "spans", _as_tuple(self.spans, "spans"))
        _check_label_scored(self)

    @property
    def confidence(self) -> float:
        """The probability of :attr:`label` (the top one, unless the label was changed by hand)."""
        return _confidence(self)

    def spans_of(self, type: str) -> list[Span]:
        """The spans of one type (``source``, ``cue``, ``content`` or ``loaded``, or another type that a
        span of this sentence has: a model may tag types of its own). Any other name is taken for a typo."""
        if type not in SPAN_TYPES and all(s.type != type for s in self.spans):
            raise InputError(f"unknown span type {type!r}; span types are {', '.join(SPAN_TYPES)}")
        return [s for s in self.spans if s.type == type]

    def to_dict(self) -> SentenceRecord:
        """The sentence as plain JSON-ready data; :class:`InputError` for one that :meth:`from_dict` would
        refuse (offsets that do not hold its text, scores changed in place so that they no longer sum to 1)."""
        _check_sentence("sentence", self)
        return self._record()

    def _record(self) -> SentenceRecord:
        """:meth:`to_dict`'s record, unchecked (:meth:`Document.to_dict` checks its sentences its own way)."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "scores": dict(self.scores),
            "spans": [s.to_dict() for s in self.spans],
            "truncated": self.truncated,
            "low_confidence": self.low_confidence,
        }

    @classmethod
    def from_dict(cls, data: SentenceRecord | dict[str, Any]) -> "Sentence":
        """The sentence that :meth:`to_dict` wrote; :class:`InputError` for a record it could not have
        written (its offsets are checked against its own text: a document's text is not at hand)."""
        _check_argument(data, "Sentence")
        sentence = _sentence_from(data, "sentence")
        _check_sentence("sentence", sentence)
        return sentence

    def __repr__(self) -> str:
        text = self.text if len(self.text) <= 60 else self.text[:57] + "..."
        return (f"Sentence({text!r}, {self.start}:{self.end}, {self.label} "
                f"{self.scores.get(self.label, float('nan')):.2f}, {counted(len(self.spans), 'span')})")

    def __str__(self) -> str:
        """The sentence's text, as ``str`` of a spaCy span gives it (``repr`` shows its label and offsets)."""
        return self.text

    def _repr_html_(self) -> str:
        """The sentence as a notebook shows it: coloured and tagged by its label, its spans marked (see
        :func:`framing.report.render_sentence`)."""
        from .report import render_sentence  # on first use: the report imports this module, and numpy

        return render_sentence(self)


@dataclass(frozen=True)
class Document:
    """An analysed text: its sentences, a profile summing them up and the caller's own ``meta`` (an
    article id, its outlet, its date). Not hashable (it holds dicts): compare with ``==``.

    Built by hand, it is checked as :meth:`from_dict` checks a record, so that whatever is built can be
    saved and read back: :class:`InputError` names the sentence or span whose offsets, scores or flags
    do not fit, or the ``meta`` entry JSON would not give back. ``meta`` is kept as JSON reads it back, a
    copy in which a pandas cell's numpy number is Python's own."""

    __hash__ = None  # type: ignore[assignment]

    text: str
    sentences: tuple[Sentence, ...]
    profile: Profile = field(default_factory=Profile)  # a plain empty dict, typed
    meta: dict[str, Any] = field(default_factory=dict)

    if TYPE_CHECKING:  # the signature type checkers read: sentences of any iterable, kept as a tuple; a profile
        # stored as plain data (JSON read back, typed dict[str, Any]) is taken as it is, as at run time
        def __init__(self, text: str, sentences: Iterable[Sentence], profile: Profile | dict[str, Any] = ...,
                     meta: dict[str, Any] = ...) -> None: ...

    def __post_init__(self) -> None:
        # a list of sentences (say, after a hand correction) is kept as a tuple, so equality holds
        object.__setattr__(self, "sentences", _as_tuple(self.sentences, "sentences"))
        _check_document(self)
        # meta as JSON gives it back: a pandas cell's numpy number is kept as Python's, which any writer takes
        object.__setattr__(self, "meta", _check_meta(self.meta))

    @classmethod
    def _analyzed(cls, text: str, sentences: tuple[Sentence, ...], profile: Profile) -> "Document":
        """A document the Analyzer built, whose sentences fit its text by construction: the checks of a
        document built by hand are skipped, as they would cost host time on every sentence analysed."""
        document = cls.__new__(cls)
        for name, value in (("text", text), ("sentences", sentences), ("profile", profile), ("meta", {})):
            object.__setattr__(document, name, value)
        # no field: the constructor, dataclasses.replace and from_dict leave it out, so only this document is
        # known to hold the profile built for its sentences (a copy or pickle keeps it, with the same objects);
        # a copy of the profile as built (JSON-made, about 2 µs a sentence) tells one edited in place since
        object.__setattr__(document, "_built", (sentences, json.loads(json.dumps(profile))))
        return document

    def _holds_built_profile(self) -> bool:
        """Whether ``profile`` is the one the Analyzer built for exactly these sentences, unchanged since; a
        Document made any other way (by hand, ``from_dict``, ``dataclasses.replace``) may hold one that is out
        of date, and one edited in place (``profile["sources"].clear()``) no longer says what they show."""
        built = self.__dict__.get("_built")
        return built is not None and built[0] is self.sentences and built[1] == self.profile

    def __len__(self) -> int:
        """How many sentences the document has."""
        return len(self.sentences)

    def __iter__(self) -> Iterator[Sentence]:
        """The sentences, in order."""
        return iter(self.sentences)

    @overload
    def __getitem__(self, index: int) -> Sentence: ...

    @overload
    def __getitem__(self, index: slice) -> list[Sentence]: ...

    def __getitem__(self, index: int | slice) -> Sentence | list[Sentence]:
        """``doc[i]``, the sentence at position ``i`` (``doc[-1]``, the last), or ``doc[i:j]``, a list of the
        sentences from ``i`` up to ``j``, as ``doc.sentences`` gives them. ``True`` and ``False`` are refused:
        Python reads them as 1 and 0, so ``doc[found]`` with a flag would quietly give a sentence."""
        if isinstance(index, slice):
            return list(self.sentences[index])
        if isinstance(index, bool):
            raise TypeError(f"a Document is indexed by a sentence's position (an int) or a slice, got bool {index!r}")
        try:
            return self.sentences[index]
        except TypeError:
            raise TypeError(f"a Document is indexed by a sentence's position (an int) or a slice, got "
                            f"{type(index).__name__}") from None
        except IndexError:
            raise IndexError(f"sentence position {index} is out of range: the document has "
                             f"{counted(len(self.sentences), 'sentence')}") from None

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence whose ``start <= offset < end``, the one holding the character ``text[offset]`` (a
        code point offset, as all offsets here), found by bisection; ``None`` for an offset between sentences
        (the space after a stop). Any integer type is taken (a NumPy ``int64``, as a pandas column of offsets
        gives them); ``TypeError`` for an offset that is no whole number, :class:`InputError` for one outside
        the text."""
        if not isinstance(offset, numbers.Integral) or isinstance(offset, bool):
            raise TypeError(f"offset must be a whole number, a character's position in the text, got "
                            f"{type(offset).__name__}")
        offset = int(offset)
        if not 0 <= offset < len(self.text):
            raise InputError(f"offset {offset} lies outside the text, which has "
                             f"{counted(len(self.text), 'character')}: offsets count characters from 0")
        k = bisect_right(self.sentences, offset, key=lambda sentence: sentence.start) - 1
        return self.sentences[k] if k >= 0 and offset < self.sentences[k].end else None

    def utf16_offsets(self) -> list[int]:
        """Where each code point offset falls in UTF-16 units, the index JavaScript, Java and C# give the same
        place: ``doc.utf16_offsets()[span.start]``. ``len(text) + 1`` entries, so an ``end`` maps too; a
        character beyond U+FFFF (most emoji) takes two units. One pass over the text for every offset, where
        encoding what lies before each offset would read the text once per offset."""
        if self.text.isascii():
            return list(range(len(self.text) + 1))
        return list(accumulate((2 if ord(ch) > 0xFFFF else 1 for ch in self.text), initial=0))

    def utf8_offsets(self) -> list[int]:
        """Where each code point offset falls in UTF-8 bytes, the index Go, Rust and byte-offset annotation formats
        give the same place: ``doc.utf8_offsets()[span.start]``. ``len(text) + 1`` entries, so an ``end`` maps too;
        a character takes one to four bytes. One pass over the text, as :meth:`utf16_offsets`. They count into the
        text as framing read it: a file read with a byte-order mark has three bytes more before each offset."""
        if self.text.isascii():
            return list(range(len(self.text) + 1))
        return list(accumulate((_utf8_length(ch) for ch in self.text), initial=0))

    @property
    def spans(self) -> list[Span]:
        """All spans of all sentences, in document order."""
        return [span for sentence in self.sentences for span in sentence.spans]

    def writers_loaded(self) -> list[Span]:
        """The writer's own loaded wording, in document order, as the profile's ``loaded_phrases`` counts it: of
        :attr:`spans`' ``loaded`` spans (every one the model marked), not a cue, a source's name or role, nor
        those in a speaker's turn or in page furniture but the headline, and of a span overlapping a cue only the
        writer's part (see :func:`framing.profile.writers_wording`)."""
        from .profile import document_writers_loaded  # on first use: the profile imports this module

        return document_writers_loaded(self)

    def to_dict(self) -> DocumentRecord:
        """The text, the sentences and copies of the profile and ``meta``: plain JSON-serialisable data in
        which every offset points into ``text``. :class:`InputError` names a ``meta`` entry that JSON
        would not give back as it is (one put in ``meta`` after the document was made), and a sentence whose
        ``scores`` (a dict) were changed in place so that :meth:`from_dict` would refuse them."""
        # what can change once a document is made: the sentences' scores (checked as from_dict reads them,
        # each on its own, then the labels they name across sentences) and meta
        for index, sentence in enumerate(self.sentences):
            _check_label_and_flags(f"sentences[{index}]", sentence)
        _check_record(self)
        meta = _check_meta(self.meta)
        return {
            "text": self.text,
            "sentences": [s._record() for s in self.sentences],
            "profile": copy.deepcopy(self.profile),
            "meta": meta,
        }

    @classmethod
    def from_dict(cls, data: DocumentRecord | dict[str, Any]) -> "Document":
        """The document that :meth:`to_dict` wrote (say, read back from JSON); :class:`InputError`, naming
        the sentence or span, for a record it could not have written; ``TypeError`` for ``data`` that is no dict."""
        _check_argument(data, "Document")
        if isinstance(data, dict) and "doc_id" in data and not isinstance(data.get("sentences"), list):
            raise InputError("not a Document.to_dict() record but a 'framing score' row (it has 'doc_id'): pass the "
                             "documents as 'framing analyze --format json' writes them (or Analyzer.analyze_many's), "
                             "whose records hold their sentences; score's document rows already hold each document's "
                             "counts, sources and credits")
        _check_document_fields(data)
        _refuse_unknown_keys(data, "not a Document.to_dict() record", _DOCUMENT_KEYS,
                             "keep an article's own fields (an id, its outlet, its date) in 'meta'")
        meta = data.get("meta", {})  # records written before documents had meta lack it
        if not isinstance(meta, dict):
            raise InputError(f"not a Document.to_dict() record: 'meta' must be a dict, got {type(meta).__name__}")
        sentences = tuple(_sentence_from(s, f"sentences[{i}]") for i, s in enumerate(data["sentences"]))
        return cls(data["text"], sentences, copy.deepcopy(data["profile"]), meta)  # meta: copied as it is checked

    def __repr__(self) -> str:
        """The text's start, and how many sentences have each label, counted from the sentences themselves
        (not the stored profile, which may be another document's), in the order the scores name labels."""
        text = self.text if len(self.text) <= 60 else self.text[:57] + "..."
        counts: dict[str, int] = dict.fromkeys(next((s.scores for s in self.sentences if s.scores), ()), 0)
        for sentence in self.sentences:
            counts[sentence.label] = counts.get(sentence.label, 0) + 1
        shown = ", ".join(f"{label} {n}" for label, n in counts.items() if n)
        return f"Document({text!r}, {counted(len(self.sentences), 'sentence')}{': ' + shown if shown else ''})"

    def _repr_html_(self) -> str:
        """The document as a notebook shows it: the report's legend, article and profile as an HTML fragment
        (see :func:`framing.report.render_fragment`)."""
        from .report import render_fragment  # on first use: the report imports this module, and numpy

        return render_fragment(self)


def _utf8_length(ch: str) -> int:
    """How many bytes UTF-8 writes the character ``ch`` in: one for ASCII, two up to U+07FF, three up to U+FFFF,
    four beyond (most emoji)."""
    code = ord(ch)
    return 1 if code < 0x80 else 2 if code < 0x800 else 3 if code < 0x10000 else 4


def documents_of(documents: Iterable[Document | DocumentRecord | dict[str, Any]]) -> Iterator[Document]:
    """``documents``, :class:`Document` objects and ``Document.to_dict()`` records mixed, read one at a time
    as Documents: what :func:`framing.summarize` and :func:`framing.data.training_rows` take.

    Raises ``TypeError`` at once for ``documents`` that are no collection of documents (one document or
    record would be read sentence by sentence or key by key), and, as they are read, :class:`InputError`
    naming the position (``documents[3]``) of an item that is neither a Document nor a valid record."""
    _check_collection(documents)
    return _read_documents(documents)


def _check_collection(documents: object) -> None:
    """Raise ``TypeError`` for ``documents`` that are one document or record, a string, or not iterable."""
    if isinstance(documents, Document):
        raise TypeError("documents must be an iterable of documents, got a single Document; wrap it in a list")
    if isinstance(documents, Mapping):
        raise TypeError(f"documents must be an iterable of documents, got a {type(documents).__name__}: wrap one "
                        "Document.to_dict() record in a list, or pass the values of a mapping of documents "
                        "(list(d.values()))")
    if isinstance(documents, os.PathLike) or (isinstance(documents, str) and os.path.isdir(documents)):
        raise TypeError(f"documents must be an iterable of Document objects or Document.to_dict() records, got a "
                        f"path ({os.fspath(documents)}), which is not read here: pass a framing score output's "
                        "framing.scale.scored_documents(path), or records read from a file")
    if isinstance(documents, (str, bytes, bytearray)) or not isinstance(documents, Iterable):
        raise TypeError(f"documents must be an iterable of Document objects or Document.to_dict() records, got "
                        f"{type(documents).__name__}")


def _read_documents(documents: Iterable[object]) -> Iterator[Document]:
    """Each item as a :class:`Document`: itself, or the one its ``to_dict()`` record holds."""
    for position, item in enumerate(documents):
        if isinstance(item, Document):
            yield item
        elif isinstance(item, dict):
            with _naming(f"documents[{position}]"):
                document = Document.from_dict(item)
            yield document
        else:
            raise InputError(f"documents[{position}] must be a framing Document or a Document.to_dict() record, "
                             f"got {type(item).__name__}")


def _as_tuple(items: Iterable[Any], name: str) -> tuple[Any, ...]:
    """``items`` as a tuple: a list or another iterable of items is converted, so that two value objects
    with the same items compare equal however they were built."""
    if isinstance(items, tuple):
        return items
    if isinstance(items, (str, bytes, Mapping)) or not isinstance(items, Iterable):
        raise TypeError(f"{name} must be a tuple or list, got {type(items).__name__}")
    return tuple(items)


def _check_argument(data: object, kind: str) -> None:
    """Raise ``TypeError`` unless ``data``, the argument of ``kind.from_dict``, is a dict: a wrong Python type is
    the caller's mistake, as everywhere in the API; a record's fields of the wrong kind are :class:`InputError`."""
    if not isinstance(data, dict):
        raise TypeError(f"{kind}.from_dict takes a dict (a {kind}.to_dict() record), got {type(data).__name__}")


#: What each field of a ``Document.to_dict()`` record must be, and the word a message names it by.
_DOCUMENT_FIELD_TYPES: tuple[tuple[str, type, str], ...] = (
    ("text", str, "a string"), ("sentences", list, "a list"), ("profile", dict, "a dict"))


def _check_document_fields(data: Mapping[str, Any]) -> None:
    """Refuse a record that lacks ``text``, ``sentences`` or ``profile``, or holds one of the wrong kind, naming
    the fields lacking or the one that is wrong (``'profile' must be a dict, got NoneType``), so that a record
    stored with ``"profile": null`` or built by another tool says what to mend."""
    missing = [key for key, _, _ in _DOCUMENT_FIELD_TYPES if key not in data]
    if missing:
        raise InputError(f"not a Document.to_dict() record: it lacks {', '.join(map(repr, missing))}; a record "
                         "holds 'text', 'sentences' (a list) and 'profile' (a dict), and may hold 'meta'")
    for key, kind, word in _DOCUMENT_FIELD_TYPES:
        if not isinstance(data[key], kind):
            raise InputError(f"not a Document.to_dict() record: {key!r} must be {word}, got "
                             f"{type(data[key]).__name__}")


def _require_keys(data: Any, where: str, kind: str, keys: tuple[str, ...]) -> None:
    """Refuse ``data`` unless it is a dict that holds ``keys``, naming ``where`` it was read from."""
    if not isinstance(data, dict):
        raise InputError(f"{where}: not a {kind}.to_dict() record: expected a dict, got {type(data).__name__}")
    missing = [key for key in keys if key not in data]
    if missing:
        raise InputError(f"{where}: not a {kind}.to_dict() record: it lacks {', '.join(map(repr, missing))}")


def _scores(scores: Any, where: str) -> dict[str, float]:
    """A copy of a record's ``scores``, which must be a dict."""
    if not isinstance(scores, dict):
        raise InputError(f"{where}: scores must be a dict of label -> probability, got {type(scores).__name__}")
    return dict(scores)


def _refuse_unknown_keys(data: Mapping[str, Any], where: str, keys: tuple[str, ...], hint: str) -> None:
    """Refuse a record holding a key that ``to_dict`` never writes: reading it would drop the key."""
    unknown = [key for key in data if key not in keys]
    if unknown:
        raise InputError(f"{where}: unknown key {unknown[0]!r}{did_you_mean(unknown[0], keys)}; the record "
                         f"holds {', '.join(keys)}; {hint}")


@contextmanager
def _naming(where: str) -> Iterator[None]:
    """Prefix an :class:`InputError` raised while building a value object from a record with ``where``."""
    try:
        yield
    except InputError as exc:
        raise InputError(f"{where}: {written_message(exc)}") from None


def _span_from(data: Any, where: str) -> Span:
    """The span a :meth:`Span.to_dict` record holds: a dict with its keys (its values are checked by
    :func:`_check_span`)."""
    _require_keys(data, where, "Span", _SPAN_KEYS)
    _refuse_unknown_keys(data, where, _SPAN_KEYS, "a span carries nothing else")
    return Span(data["type"], data["start"], data["end"], data["text"])


def _sentence_from(data: Any, where: str) -> Sentence:
    """The sentence a :meth:`Sentence.to_dict` record holds, with its spans: dicts with their keys (the
    values are checked by :func:`_check_sentence`)."""
    _require_keys(data, where, "Sentence", ("text", "start", "end", "label", "scores"))
    _refuse_unknown_keys(data, where, _SENTENCE_KEYS,
                         "keep notes on a sentence in the document's 'meta', keyed by the sentence's position")
    spans = data.get("spans", [])
    if not isinstance(spans, (list, tuple)):
        raise InputError(f"{where}: spans must be a list, got {type(spans).__name__}")
    scores = _scores(data["scores"], where)
    spans = tuple(_span_from(s, f"{where}.spans[{k}]") for k, s in enumerate(spans))
    with _naming(where):
        return Sentence(data["text"], data["start"], data["end"], data["label"], scores, spans,
                        data.get("truncated", False), data.get("low_confidence", False))


def _check_label_scored(item: Sentence | Prediction) -> None:
    """Refuse a label that is none of the labels scored (a typo in a hand correction), which the profile
    would not count and :attr:`Sentence.confidence` could not give. Scores left empty are not checked:
    a sentence built by hand may have none."""
    scores, label = item.scores, item.label
    if isinstance(scores, Mapping) and scores and not (isinstance(label, str) and label in scores):
        raise InputError(f"label {label!r} is not one of the labels scored{did_you_mean(label, scores)}: "
                         f"{', '.join(map(str, scores))}")


def _confidence(item: Sentence | Prediction) -> float:
    """The probability of ``item``'s label; :class:`InputError` when its scores lack it."""
    if item.label not in item.scores:
        raise InputError(f"no probability for label {item.label!r}: the scores hold "
                         f"{', '.join(map(str, item.scores)) or 'none'}")
    return item.scores[item.label]


def _check_document(document: Document) -> None:
    """Refuse a document that :meth:`Document.to_dict` could not write or :meth:`Document.from_dict`
    would not read back: fields of the wrong kind, a sentence or span that does not fit (``meta`` is read by
    :func:`_check_meta`)."""
    for name, kind in (("text", str), ("profile", dict), ("meta", dict)):
        if not isinstance(getattr(document, name), kind):
            raise TypeError(f"Document {name} must be a {kind.__name__}, got {type(getattr(document, name)).__name__}")
    for index, sentence in enumerate(document.sentences):
        if not isinstance(sentence, Sentence):
            hint = "; read a to_dict() record with Document.from_dict" if isinstance(sentence, dict) else ""
            raise TypeError(f"sentences[{index}] must be a Sentence, got {type(sentence).__name__}{hint}")
        _check_sentence(f"sentences[{index}]", sentence)
    _check_record(document)


def _check_sentence(where: str, sentence: Sentence) -> None:
    """``sentence`` on its own: offsets that hold its text, scores and flags, each span inside it."""
    _check_extent(where, sentence)
    _check_label_and_flags(where, sentence)
    for k, span in enumerate(sentence.spans):
        if not isinstance(span, Span):
            raise TypeError(f"{where}.spans[{k}] must be a Span, got {type(span).__name__}")
        _check_span(f"{where}.spans[{k}]", span)
        _check_within(f"{where}.spans[{k}]", span, sentence)


def _check_span(where: str, span: Span) -> None:
    """``span`` on its own: a type name, and offsets that hold its text."""
    if not isinstance(span.type, str) or not span.type:
        raise InputError(f"{where}: type must be a span type name, got {span.type!r}")
    _check_extent(where, span)


#: The types of pandas' missing values other than NaN (``pd.NA``, ``pd.NaT``), named without importing pandas.
_PANDAS_MISSING = frozenset({"NAType", "NaTType"})


def _check_meta(meta: dict[str, Any]) -> dict[str, Any]:
    """``meta`` as JSON gives it back (a copy, numpy numbers turned Python's own), refusing an entry that
    JSON would not give back as it is: a key that is no string, a value JSON cannot write (a date, a set, a
    NaN) or one it reads back changed (a tuple comes back a list)."""
    plain = {}
    for key, value in meta.items():
        if not isinstance(key, str):
            raise InputError(f"meta key {key!r} must be a string: JSON writes keys as strings")
        try:
            plain[key] = json.loads(json.dumps(value, allow_nan=False, default=_numpy_number))
        except ValueError:  # allow_nan: a NaN (pandas' missing value) or an infinity, perhaps in a list
            raise InputError(f"meta[{key!r}] cannot be written as JSON: it holds a NaN or an infinity, which "
                             "JSON lacks; store None for a missing value (pandas reads one as NaN)") from None
        except TypeError as exc:
            if type(value).__name__ in _PANDAS_MISSING:
                raise InputError(f"meta[{key!r}] cannot be written as JSON: it is pandas' missing value "
                                 f"{value!r}; store None for a missing value") from None
            raise InputError(f"meta[{key!r}] cannot be written as JSON ({exc}); store it as a string, number, "
                             "boolean, None, list or dict (a date as date.isoformat(), a numpy array as "
                             ".tolist())") from None
        if plain[key] != value:
            shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
            raise InputError(f"meta[{key!r}] would read back from JSON changed (a tuple comes back a list, a "
                             f"dict's keys as strings): store it as it reads back, got {shown}")
    return plain


def _numpy_number(value: Any) -> int | float | bool:
    """A numpy number or boolean (a pandas cell's ``np.int64``, ``np.float32``, ``np.bool_``) as Python's
    own, which JSON gives back equal; ``TypeError``, as ``json.dumps`` raises it, for anything else."""
    numpy = sys.modules.get("numpy")  # not imported: no value is numpy's
    if numpy is not None and isinstance(value, (numpy.integer, numpy.floating, numpy.bool_)):
        item = value.item()
        if isinstance(item, (int, float, bool)):  # np.longdouble's item() is itself
            return item
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _check_extent(where: str, item: Sentence | Span) -> None:
    """``item``'s text is a string and its offsets are whole numbers from 0 that hold as many characters."""
    start, end, text = item.start, item.end, item.text
    if not isinstance(text, str):
        raise InputError(f"{where}: text must be a string, got {type(text).__name__}")
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        raise InputError(f"{where}: start and end must be whole numbers, got {start!r} and {end!r}")
    if not 0 <= start <= end:
        raise InputError(f"{where}: offsets {start}:{end} lie outside the text: they count characters from 0, "
                         "the start first")
    if end - start != len(text):
        raise InputError(f"{where}: offsets {start}:{end} hold {counted(end - start, 'character')}, but its text has "
                         f"{len(text)}")


def _check_within(where: str, span: Span, sentence: Sentence) -> None:
    """``span`` lies inside ``sentence`` and its offsets point at its text there."""
    if not sentence.start <= span.start <= span.end <= sentence.end:
        raise InputError(f"{where}: offsets {span.start}:{span.end} lie outside its sentence "
                         f"({sentence.start}:{sentence.end})")
    if sentence.text[span.start - sentence.start:span.end - sentence.start] != span.text:
        raise InputError(f"{where}: the sentence's text at {span.start}:{span.end} is not {span.text[:40]!r}; "
                         "the offsets do not point into this text")


def _check_label_and_flags(where: str, item: Sentence | Prediction) -> None:
    """One probability per label summing to 1, the label among them, or no scores and any label (one given
    by hand); ``truncated`` and ``low_confidence`` booleans."""
    if item.scores:
        _check_scores(where, item)
    elif not isinstance(item.label, str) or not item.label.strip():
        raise InputError(f"{where}: label must be a label name, got {item.label!r}")
    for name in ("truncated", "low_confidence"):
        if not isinstance(getattr(item, name), bool):
            raise InputError(f"{where}: {name} must be true or false, got {getattr(item, name)!r}")


def _check_scores(where: str, item: Sentence | Prediction) -> None:
    """One probability per label summing to 1, the label among them."""
    scores = item.scores
    if not isinstance(item.label, str) or item.label not in scores or not all(
            isinstance(v, (int, float)) and not isinstance(v, bool) and 0.0 <= v <= 1.0 for v in scores.values()):
        raise InputError(f"{where}: scores must be probabilities in [0, 1], one per label, the label's "
                         f"among them; got label {item.label!r}, scores {scores}")
    if abs(sum(scores.values()) - 1.0) > 1e-3:
        raise InputError(f"{where}: the scores sum to {sum(scores.values()):.4f}, not 1; a record needs one "
                         "probability per label")


def _check_record(document: Document) -> None:
    """Refuse a document whose sentences (each checked on its own first) do not fit its text: offsets outside
    it or pointing at other text, sentences out of order, sentences scored over different labels (a sentence
    without scores, labelled by hand, has none to differ)."""
    text, labels, previous_end = document.text, None, 0
    for index, sentence in enumerate(document.sentences):
        where = f"sentences[{index}]"
        if not previous_end <= sentence.start <= sentence.end <= len(text):
            raise InputError(f"{where}: offsets {sentence.start}:{sentence.end} lie outside the text, after the "
                             f"sentence before ({previous_end}:{len(text)})")
        if text[sentence.start:sentence.end] != sentence.text:
            raise InputError(f"{where}: text[{sentence.start}:{sentence.end}] is not {sentence.text[:40]!r}; "
                             "the offsets do not point into this text")
        previous_end = sentence.end
        if not sentence.scores:
            continue
        if labels is None:
            labels, first = set(sentence.scores), where
        elif set(sentence.scores) != labels:
            raise InputError(f"{where}: scores name the labels {sorted(sentence.scores)}, but {first}'s name "
                             f"{sorted(labels)}")
