"""Value objects returned by the analyzer: Document, Sentence, Span, Prediction.

Every offset indexes the original document text, so ``doc.text[s.start:s.end]
== s.text`` holds for each sentence and each span; :meth:`Document.to_dict`
turns the whole result into plain JSON-serialisable data and
:meth:`Document.from_dict` reads it back.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from .errors import InputError

__all__ = ["Span", "Sentence", "Document", "Prediction", "SPAN_TYPES", "LABELS"]

#: The span types a model can tag, in head order.
SPAN_TYPES = ("source", "cue", "content", "loaded")
#: The four labels of the default model, in its order.
LABELS = ("reported_fact", "attributed_claim", "official_denial", "editorial_opinion")


@dataclass(frozen=True)
class Span:
    """A typed stretch of the document: ``text == document.text[start:end]``."""

    type: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Span":
        return cls(data["type"], data["start"], data["end"], data["text"])


@dataclass(frozen=True)
class Prediction:
    """The label of one sentence and the probability of every label. Not hashable (it holds a dict):
    compare with ``==``."""

    __hash__ = None  # type: ignore[assignment]  # a hash over some fields only would surprise

    label: str
    scores: dict[str, float]
    truncated: bool = False
    #: The label is a weak guess: low probability, or text that does not look
    #: like English (the model was trained on English news).
    low_confidence: bool = False

    @property
    def confidence(self) -> float:
        """Probability of the predicted label."""
        return self.scores[self.label]

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "scores": dict(self.scores), "truncated": self.truncated,
                "low_confidence": self.low_confidence}


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
    low_confidence: bool = False

    @property
    def confidence(self) -> float:
        """Probability of the predicted label."""
        return self.scores[self.label]

    def spans_of(self, type: str) -> list[Span]:
        """The spans of one type (``source``, ``cue``, ``content`` or ``loaded``)."""
        if type not in SPAN_TYPES:
            raise InputError(f"unknown span type {type!r}; span types are {', '.join(SPAN_TYPES)}")
        return [s for s in self.spans if s.type == type]

    def to_dict(self) -> dict[str, Any]:
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
    def from_dict(cls, data: dict[str, Any]) -> "Sentence":
        return cls(data["text"], data["start"], data["end"], data["label"], dict(data["scores"]),
                   tuple(Span.from_dict(s) for s in data.get("spans", ())),
                   data.get("truncated", False), data.get("low_confidence", False))

    def __repr__(self) -> str:
        text = self.text if len(self.text) <= 60 else self.text[:57] + "..."
        return (f"Sentence({text!r}, {self.start}:{self.end}, {self.label} "
                f"{self.scores.get(self.label, float('nan')):.2f}, {len(self.spans)} spans)")


@dataclass(frozen=True)
class Document:
    """An analysed text: its sentences and a profile summing them up. Not hashable (it holds dicts):
    compare with ``==``."""

    __hash__ = None  # type: ignore[assignment]

    text: str
    sentences: tuple[Sentence, ...]
    profile: dict[str, Any] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.sentences)

    def __iter__(self):
        return iter(self.sentences)

    @property
    def spans(self) -> list[Span]:
        """All spans of all sentences, in document order."""
        return [span for sentence in self.sentences for span in sentence.spans]

    def to_dict(self) -> dict[str, Any]:
        """The text, the sentences and a copy of the profile: plain JSON-serialisable data in which
        every offset points into ``text``."""
        return {
            "text": self.text,
            "sentences": [s.to_dict() for s in self.sentences],
            "profile": copy.deepcopy(self.profile),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        """The document that :meth:`to_dict` wrote (say, read back from JSON)."""
        if (not isinstance(data, dict) or not isinstance(data.get("profile"), dict)
                or not isinstance(data.get("sentences"), list)):
            raise InputError("not a Document.to_dict() record: it needs 'text', 'sentences' (a list) and 'profile'")
        try:
            document = cls(data["text"], tuple(Sentence.from_dict(s) for s in data["sentences"]),
                           copy.deepcopy(data["profile"]))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InputError(f"not a Document.to_dict() record: {type(exc).__name__} {exc}") from None
        _check_record(document)
        return document

    def __repr__(self) -> str:
        text = self.text if len(self.text) <= 60 else self.text[:57] + "..."
        counts = ", ".join(f"{label} {n}" for label, n in self.profile.get("counts", {}).items() if n)
        return f"Document({text!r}, {len(self.sentences)} sentences{': ' + counts if counts else ''})"


def _check_record(document: Document) -> None:
    """Refuse a record that :meth:`Document.to_dict` could not have written: offsets that are not whole
    numbers inside the text, sentences out of order, a span outside its sentence, scores that are not
    one probability per label summing to 1, flags that are not booleans."""
    text, labels, previous_end = document.text, None, 0
    if not isinstance(text, str):
        raise InputError(f"not a Document.to_dict() record: 'text' must be a string, got {type(text).__name__}")
    for index, sentence in enumerate(document.sentences):
        where = f"sentences[{index}]"
        _check_offsets(where, sentence, text, previous_end, len(text))
        previous_end = sentence.end
        scores = sentence.scores
        if sentence.label not in scores or not all(
                isinstance(v, (int, float)) and not isinstance(v, bool) and 0.0 <= v <= 1.0 for v in scores.values()):
            raise InputError(f"{where}: scores must be probabilities in [0, 1], one per label, the label's "
                             f"among them; got label {sentence.label!r}, scores {scores}")
        if abs(sum(scores.values()) - 1.0) > 1e-3:
            raise InputError(f"{where}: the scores sum to {sum(scores.values()):.4f}, not 1; a record needs one "
                             "probability per label")
        if labels is None:
            labels = set(scores)
        elif set(scores) != labels:
            raise InputError(f"{where}: scores name the labels {sorted(scores)}, but sentences[0]'s name "
                             f"{sorted(labels)}")
        for name in ("truncated", "low_confidence"):
            if not isinstance(getattr(sentence, name), bool):
                raise InputError(f"{where}: {name} must be true or false, got {getattr(sentence, name)!r}")
        for k, span in enumerate(sentence.spans):
            if not isinstance(span.type, str) or not span.type:
                raise InputError(f"{where}.spans[{k}]: type must be a span type name, got {span.type!r}")
            _check_offsets(f"{where}.spans[{k}]", span, text, sentence.start, sentence.end)


def _check_offsets(where: str, item: Sentence | Span, text: str, lowest: int, highest: int) -> None:
    """``item``'s offsets are whole numbers within ``[lowest, highest]`` that slice ``text`` to its text."""
    start, end = item.start, item.end
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        raise InputError(f"{where}: start and end must be whole numbers, got {start!r} and {end!r}")
    if not lowest <= start <= end <= highest:
        inside = "its sentence" if isinstance(item, Span) else "the text, after the sentence before"
        raise InputError(f"{where}: offsets {start}:{end} lie outside {inside} ({lowest}:{highest})")
    if text[start:end] != item.text:
        raise InputError(f"{where}: text[{start}:{end}] is not {str(item.text)[:40]!r}; "
                         "the offsets do not point into this text")
