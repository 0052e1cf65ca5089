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

__all__ = ["build_profile", "normalise_source", "PROFILE_LABELS"]

_LEADING = re.compile(r"^(?:the|a|an|its|his|her|their|our)\s+", re.I)
_TITLE = re.compile(r"^(?:mr|mrs|ms|dr|prof|sen|rep|gov|gen|sir|dame)\.?\s+", re.I)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_SPACE = re.compile(r"\s+")
_SPEAKING = ("attributed_claim", "official_denial")
#: The labels whose roles the profile reads: who speaks, who denies, what is the writer's judgement.
PROFILE_LABELS = ("attributed_claim", "official_denial", "editorial_opinion")
#: Pronoun sources are credited to the last named source.
_PRONOUNS = frozenset("he she they it we i you him her them his its their this that".split())
#: How many sentences back a denial looks for the allegation it answers.
_ALLEGATION_WINDOW = 6


def normalise_source(text: str) -> str:
    """A canonical surface form: the name part of an appositive ("Mara Lind, the group's director"
    → "mara lind") or of a role before a name ("union secretary Tomas Brandt" → "tomas brandt"),
    lower case, no quotation marks, leading article or title, or trailing possessive."""
    form = _SPACE.sub(" ", text.strip())
    if "," in form:
        # Of "Name, role" or "role, Name", keep the part with the most capitalised words.
        parts = [p.strip() for p in form.split(",") if p.strip()]
        form = max(parts, key=lambda p: sum(w[:1].isupper() for w in p.split()), default=form)
    form = form.strip(" ,.;:\"'“”‘’„«»‹›")
    form = _name_after_role(form)
    form = _LEADING.sub("", form)
    form = _TITLE.sub("", form)
    form = _POSSESSIVE.sub("", form)
    return form.lower()


def _name_after_role(form: str) -> str:
    """The capitalised name that ends a lower-case role: "union general secretary Tomas Brandt" →
    "Tomas Brandt"; "the Ministry of Foreign Affairs" stays whole (its lower-case word is a function word)."""
    words = form.split(" ")
    tail = len(words)
    while tail > 0 and words[tail - 1][:1].isupper():
        tail -= 1
    if len(words) - tail >= 2 and tail > 0 and words[tail - 1].islower() and words[tail - 1] not in _JOINERS:
        return " ".join(words[tail:])
    return form


#: Lower-case words inside a multi-word name ("Ministry of Foreign Affairs").
_JOINERS = frozenset("of for and the de del da van von on in at to".split())


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
    """The source each attributed or denial sentence is credited to.

    A bare surname seen after a full name ("Marsh" after "prosecutor Helen
    Marsh") is credited to the full name. A sentence without a named source
    continues the last named source's account, except that a denial does not
    inherit a source whose last credited sentence made a claim: in "Rights
    groups said ... It called the claims absurd" the denier is unnamed, not
    the rights groups.
    """
    credited: dict[int, str] = {}
    last: str | None = None
    last_label: str | None = None
    full_names: dict[str, str] = {}  # last word -> the most recent multi-word name ending in it
    for index, sentence in enumerate(sentences):
        own = [normalise_source(s.text) for s in sentence.spans if s.type == "source"]
        own = [full_names.get(name, name) for name in own if name and name not in _PRONOUNS]
        for name in own:
            if " " in name:
                full_names[name.rsplit(" ", 1)[1]] = name
        if sentence.label in _SPEAKING:
            inherited = last if sentence.label != "official_denial" or last_label != "attributed_claim" else None
            name = own[0] if own else inherited
            if name:
                credited[index] = name
                last_label = sentence.label
        if own:
            last = own[0]
            if sentence.label not in _SPEAKING:
                last_label = None
    return credited


def _denial_pairs(sentences: Sequence[Sentence], credited: dict[int, str]) -> list[dict[str, Any]]:
    pairs = []
    for index, sentence in enumerate(sentences):
        if sentence.label != "official_denial":
            continue
        denier = credited.get(index)
        # The nearest earlier claim, not the denier's own ("Vasko said ... 'It is a fabrication,' Vasko added").
        allegation = next(
            (j for j in range(index - 1, max(-1, index - 1 - _ALLEGATION_WINDOW), -1)
             if sentences[j].label == "attributed_claim" and (denier is None or credited.get(j) != denier)),
            None,
        )
        pairs.append({"denial": index, "source": denier, "allegation": allegation})
    return pairs
