"""Sum a labelled document up: label shares, who is credited, loaded wording, denials.

The profile is plain JSON-serialisable data, built from the sentences alone,
so it can be recomputed from stored results.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from .document import Sentence

__all__ = ["build_profile", "normalise_source"]

_LEADING = re.compile(r"^(?:the|a|an|its|his|her|their|our)\s+", re.I)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_SPACE = re.compile(r"\s+")
_SPEAKING = ("attributed_claim", "official_denial")
#: Pronoun sources are credited to the last named source.
_PRONOUNS = frozenset("he she they it we i you him her them his its their this that".split())
#: How many sentences back a denial looks for the allegation it answers.
_ALLEGATION_WINDOW = 6


def normalise_source(text: str) -> str:
    """A canonical surface form: lower case, no leading article or trailing possessive."""
    form = _SPACE.sub(" ", text.strip()).strip(" ,.;:\"'“”‘’")
    form = _LEADING.sub("", form)
    form = _POSSESSIVE.sub("", form)
    return form.lower()


def build_profile(sentences: Sequence[Sentence], labels: Sequence[str]) -> dict[str, Any]:
    """Counts and shares per label, sources, loaded phrases, unsourced claims, denial pairs.

    A sentence that is attributed or a denial but names no source of its own
    is credited to the most recent source, as a continuation of its account.
    """
    total = len(sentences)
    counts = Counter(s.label for s in sentences)
    credited = _credit_sources(sentences)
    sources: dict[str, dict[str, Any]] = {}
    for index, name in credited.items():
        entry = sources.setdefault(name, {"source": name, "sentences": 0, "labels": Counter(), "denies": False})
        entry["sentences"] += 1
        entry["labels"][sentences[index].label] += 1
        entry["denies"] |= sentences[index].label == "official_denial"
    loaded = Counter(span.text.lower() for s in sentences for span in s.spans if span.type == "loaded")
    unsourced = [i for i, s in enumerate(sentences) if s.label == "editorial_opinion"]
    return {
        "sentences": total,
        "counts": {label: counts.get(label, 0) for label in labels},
        "shares": {label: (counts.get(label, 0) / total if total else 0.0) for label in labels},
        "sources": [
            {**entry, "labels": dict(entry["labels"])}
            for entry in sorted(sources.values(), key=lambda e: (-e["sentences"], e["source"]))
        ],
        "loaded_phrases": [{"text": text, "count": n} for text, n in loaded.most_common()],
        "unsourced_evaluative_share": (len(unsourced) / total if total else 0.0),
        "unsourced_sentences": unsourced,
        "denials": _denial_pairs(sentences, credited),
    }


def _credit_sources(sentences: Sequence[Sentence]) -> dict[int, str]:
    credited: dict[int, str] = {}
    last: str | None = None
    for index, sentence in enumerate(sentences):
        own = [normalise_source(s.text) for s in sentence.spans if s.type == "source"]
        own = [name for name in own if name and name not in _PRONOUNS]
        if own:
            last = own[0]
        if sentence.label in _SPEAKING:
            name = own[0] if own else last
            if name:
                credited[index] = name
    return credited


def _denial_pairs(sentences: Sequence[Sentence], credited: dict[int, str]) -> list[dict[str, Any]]:
    pairs = []
    for index, sentence in enumerate(sentences):
        if sentence.label != "official_denial":
            continue
        allegation = next(
            (j for j in range(index - 1, max(-1, index - 1 - _ALLEGATION_WINDOW), -1)
             if sentences[j].label == "attributed_claim"),
            None,
        )
        pairs.append({"denial": index, "source": credited.get(index), "allegation": allegation})
    return pairs
