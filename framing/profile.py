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
_TITLE = re.compile(r"^(?:(?:lt|maj|brig|col|capt|adm|sgt|gen|mr|mrs|ms|dr|prof|sen|rep|gov|sir|dame)\.?\s+)+", re.I)
#: A liveblog time stamp swallowed at the start of a span ("10:05 GMT - ", "9.30am: ").
_TIMESTAMP = re.compile(r"^\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|gmt|utc|bst|cet|et|pt)?\s*[-–—:|]\s*", re.I)
#: A parenthesised aside after a name ("Sen. Elizabeth Warren (D-Mass.)").
_ASIDE = re.compile(r"\s*\([^()]*\)$")
#: A participle before the credited body ("published by the UN Human Rights Office").
_BY = re.compile(r"^(?:published|released|issued|written|compiled|commissioned|produced|prepared|signed)\s+by\s+",
                 re.I)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# "spokeswoman for the embassy", "the embassy's spokesman", "embassy spokesperson": one role, one form
_SPOKES_FOR = re.compile(r"^spokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?(.+)$", re.I)
_SPOKES_AFTER = re.compile(r"^(.+?)(?:'s|’s)?\s+spokes(?:man|woman|person)$", re.I)
_SPOKES_ALONE = re.compile(r"^spokes(?:man|woman|person)$", re.I)
_SPACE = re.compile(r"\s+")
#: Quotation marks and punctuation trimmed off a source's edges.
_EDGE = " ,.;:\"'“”‘’„«»‹›"
#: A wire dateline swallowed into a span: an all-caps place, then a parenthesised agency or a date
#: (or both), then a dash ("LONDON (Reuters) - ", "PARIS, Oct. 3 — "), or a dash glued to the place
#: ("PARIS—"); an all-caps word before a spaced dash alone ("NATO — the alliance") is no dateline.
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’ -]*[A-Z.]"
    r"(?:(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2}\s*(?:\([^()]*\)\s*)?|\s*\([^()]*\)\s*)(?:-{1,2}\s+|[–—―]\s*)|[–—―])"
    r"(?=\S)")
#: Last words of an organisation, not of a person: "the Justice Department" keeps its title word.
_INSTITUTIONS = frozenset("""Department Ministry Committee League Office Council Court Agency Bureau Board
    Commission Party Union Service Authority Administration Government Group Association Institute
    University Company Corporation Bank Fund General Assembly Parliament Senate House Congress Police
    Force Forces Army Navy Staff Cabinet Secretariat Tribunal""".split())
#: Capitalised titles that may stand before a name ("Prime Minister Jane Doe", "Police Chief Ann Bo").
#: Spokesman is left out: the profile keeps "spokesman dorin vasko" whole.
_ROLE_TITLES = (r"President|Premier|Minister|Chancellor|Chief|Executive|Officer|Chairman|Chairwoman|Chair|"
                r"Director|Judge|Justice|Mayor|Senator|Governor|Ambassador|Commissioner|Prosecutor|Speaker|"
                r"Sheriff|Secretary(?: of State)?|(?:Attorney|Surgeon|Secretary|Inspector|Director)[- ]General")
_ROLE_WORD = re.compile(rf"(?:{_ROLE_TITLES})")
_ROLE_END = re.compile(rf"(?:^|[\s-])(?:{_ROLE_TITLES})$")
#: Lower-case particles inside a personal name ("Ursula von der Leyen").
_PARTICLES = frozenset("de del della di da du dos van von der den ter la le bin al".split())
_SPEAKING = ("attributed_claim", "official_denial")
#: The labels whose roles the profile reads: who speaks, who denies, what is the writer's judgement.
PROFILE_LABELS = ("attributed_claim", "official_denial", "editorial_opinion")
#: Pronoun sources are credited to the last named source.
_PRONOUNS = frozenset("he she they it we i you him her them his its their this that".split())
#: How many sentences back a denial looks for the allegation it answers.
_ALLEGATION_WINDOW = 6


def normalise_source(text: str) -> str:
    """A canonical form, so that one source mentioned in different ways counts once.

    Keeps the name part of an appositive ("Mara Lind, the group's director" → "mara lind") or of
    a role or title before a name ("union secretary Tomas Brandt" → "tomas brandt", "Prime
    Minister Jane Doe" → "jane doe"); drops a swallowed dateline ("LONDON (Reuters) - "),
    quotation marks, a leading article or abbreviated title and a trailing possessive; lower case
    (:func:`display_source` keeps the case).
    """
    return display_source(text).lower()


def display_source(text: str) -> str:
    """:func:`normalise_source`'s form with the case as written ("Chinese embassy spokesperson"),
    for showing a source to a reader."""
    form = _DATELINE.sub("", _SPACE.sub(" ", text.strip()))
    form = _ASIDE.sub("", _TIMESTAMP.sub("", form)).strip()
    if "," in form:
        form = _pick_part([p.strip(_EDGE) for p in form.split(",") if p.strip(_EDGE)], form)
    form = form.strip(_EDGE)
    form = _name_after_title(_name_after_role(form))
    form = _BY.sub("", form)
    form = _LEADING.sub("", form)
    form = _TITLE.sub("", form)
    form = _one_spokesperson(form)
    form = _POSSESSIVE.sub("", form)
    # a source names someone: a time stamp or a number alone ("10") is no source
    return form if any(ch.isalpha() for ch in form) else ""


def _one_spokesperson(form: str) -> str:
    """"spokesman for the Chinese embassy", "the embassy's spokeswoman" → "Chinese embassy
    spokesperson", "embassy spokesperson"."""
    for pattern in (_SPOKES_FOR, _SPOKES_AFTER):
        found = pattern.match(form)
        if found:
            return f"{found.group(1)} spokesperson"
    return "spokesperson" if _SPOKES_ALONE.match(form) else form


def _pick_part(parts: list[str], whole: str) -> str:
    """Of "Name, role" or "role, Name", the first part that is a personal name (a title before it
    allowed), since a role may hold more capitalised words ("John Smith, spokesman for the Ministry
    of Foreign Affairs"); failing that, the part with the most capitalised words ("Acme Corp., the maker")."""
    for part in parts:
        if _is_name(_name_after_title(_TITLE.sub("", part)).split(" ")) and not _ROLE_END.search(part):
            return part
    return max(parts, key=lambda p: sum(w[:1].isupper() for w in p.split()), default=whole)


def _is_name(words: list[str]) -> bool:
    """Whether the words read as a personal name: one to four capitalised words (particles inside
    allowed), no possessive before the last word, and neither an article nor a title first."""
    return (
        0 < len(words) <= 4
        and all(w[:1].isupper() or (0 < i < len(words) - 1 and w in _PARTICLES) for i, w in enumerate(words))
        and not any(_POSSESSIVE.search(w) for w in words[:-1])
        and not _LEADING.match(words[0] + " ")
        and not _ROLE_WORD.fullmatch(words[0])
        and words[0] not in _INSTITUTIONS
    )


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


def _name_after_title(form: str) -> str:
    """The name after a capitalised title ("Chief Executive Tom Lee" → "Tom Lee"); the form as it is
    when no name follows the title ("President", "Chief Executive Officer")."""
    words = form.split(" ")
    if words[-1] in _INSTITUTIONS:
        return form
    for cut in range(len(words) - 1, 0, -1):
        if _ROLE_END.search(" ".join(words[:cut])) and _is_name(words[cut:]):
            return " ".join(words[cut:])
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
    credited, shown = _credit_sources(sentences)
    sources: dict[str, dict[str, Any]] = {}
    for index, name in credited.items():
        entry = sources.setdefault(name, {"source": name, "display": shown.get(name, name), "sentences": 0,
                                          "labels": Counter(), "denies": False})
        entry["sentences"] += 1
        entry["labels"][sentences[index].label] += 1
        entry["denies"] |= sentences[index].label == "official_denial"
    loaded = Counter(span.text.lower() for s in sentences for span in s.spans
                     if span.type == "loaded" and not _overlaps_credit(span, s))
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


def _overlaps_credit(span, sentence: Sentence) -> bool:
    """Whether a loaded span overlaps the sentence's source or cue: who speaks and how is not the
    writer's loaded wording ("PolitiFact", "claim")."""
    return any(s.type in ("source", "cue") and s.start < span.end and span.start < s.end for s in sentence.spans)


def _credit_sources(sentences: Sequence[Sentence]) -> tuple[dict[int, str], dict[str, str]]:
    """The source each attributed or denial sentence is credited to, and each source's display form
    (as first written in full: "Wang Wenbin", not a later "Wang").

    A bare surname seen after a full name ("Marsh" after "prosecutor Helen
    Marsh") is credited to the full name, and so is a bare first word of a
    name written family name first ("Wang" after "Wang Wenbin"). A generic
    description ("the embassy's spokesman", "the ministry") is credited to the
    one earlier source that it ends ("Chinese embassy spokesperson", "Foreign
    Ministry"); when two earlier sources end with it, it stays as it is. A
    sentence without a named source
    continues the last named source's account, except that a denial does not
    inherit a source whose last credited sentence made a claim: in "Rights
    groups said ... It called the claims absurd" the denier is unnamed, not
    the rights groups.
    """
    credited: dict[int, str] = {}
    last: str | None = None
    last_label: str | None = None
    full_names: dict[str, str] = {}  # last word -> the most recent multi-word name ending in it
    first_words: dict[str, str] = {}  # first word -> the most recent multi-word name starting with it
    seen: list[str] = []  # every source named so far, in order, for generic descriptions to refer to
    shown: dict[str, str] = {}  # canonical name -> its form as first written
    for index, sentence in enumerate(sentences):
        spans = [s for s in sentence.spans if s.type == "source"]
        if sentence.label == "official_denial" and len(spans) > 1:
            spans.sort(key=lambda s: not _next_to_denial_cue(s, sentence))
        own = []
        for span in spans:
            written = display_source(span.text)
            name = written.lower()
            if not name or name in _PRONOUNS:
                continue
            shown.setdefault(name, written)
            name = full_names.get(name) or first_words.get(name) or _referent(name, span.text, seen)
            own.append(name)
            if name not in seen:
                seen.append(name)
            if " " in name and _person_like(name, span.text):
                full_names[name.rsplit(" ", 1)[1]] = name  # a person's surname alone will mean them
                first_words[name.split(" ", 1)[0]] = name  # as will a family name written first
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
    return credited, shown


def _referent(name: str, original: str, seen: list[str]) -> str:
    """The earlier source a generic description refers to: ``name`` written in lower case ("the
    embassy's spokesman") that ends exactly one earlier source's name; ``name`` itself otherwise. A
    capitalised form ("Politifact") is a name of its own, not a description."""
    written = _LEADING.sub("", original.strip(_EDGE))
    if not written[:1].islower():
        return name
    longer = {s for s in seen if s.endswith(" " + name)}
    return longer.pop() if len(longer) == 1 else name


def _person_like(name: str, original: str) -> bool:
    """Whether the canonical ``name`` is written in ``original`` as a personal name: capitalised words
    (particles allowed) not ending in an organisation word, so "presidential debate Politifact" or "the
    Justice Department" never lend their last word to a later bare mention."""
    words = name.split(" ")
    written = [w.strip(_EDGE) for w in original.split()]
    lowered = [w.lower() for w in written]
    for i in range(len(written) - len(words) + 1):
        if lowered[i:i + len(words)] == words:
            return (all(written[i + j][:1].isupper() or words[j] in _PARTICLES for j in range(len(words)))
                    and written[i + len(words) - 1] not in _INSTITUTIONS)
    return False


_DENIAL_CUE = re.compile(r"\b(?:den(?:y|ies|ied|ying|ial)|reject\w*|dismiss\w*|refut\w*|rebut\w*|disput\w*)\b", re.I)


def _next_to_denial_cue(source, sentence: Sentence) -> bool:
    """Whether the cue nearest to ``source`` in ``sentence`` is a denial word ("company denies")."""
    cues = [s for s in sentence.spans if s.type == "cue"]
    if not cues:
        return False
    nearest = min(cues, key=lambda c: min(abs(c.start - source.end), abs(source.start - c.end)))
    return bool(_DENIAL_CUE.search(nearest.text))


def _denial_pairs(sentences: Sequence[Sentence], credited: dict[int, str]) -> list[dict[str, Any]]:
    """Each denial with its source and the nearest earlier allegation it answers.

    A claim credited to a source that denies anywhere in the document is likely the accused side's
    own account ("His lawyer denied it. She said he would appeal."), so claims by sources that never
    deny come first; when two sides deny each other's claims, the nearest claim by anyone but this
    denier answers.
    """
    deniers = {credited[i] for i, s in enumerate(sentences) if s.label == "official_denial" and i in credited}
    pairs = []
    for index, sentence in enumerate(sentences):
        if sentence.label != "official_denial":
            continue
        denier = credited.get(index)
        claims = [j for j in range(index - 1, max(-1, index - 1 - _ALLEGATION_WINDOW), -1)
                  if sentences[j].label == "attributed_claim" and (denier is None or credited.get(j) != denier)]
        allegation = next((j for j in claims if credited.get(j) not in deniers), claims[0] if claims else None)
        pairs.append({"denial": index, "source": denier, "allegation": allegation})
    return pairs
