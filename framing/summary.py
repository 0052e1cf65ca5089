"""Sum up many analysed documents the way a document's profile sums up one.

:func:`summarize` reads documents one at a time and keeps only running totals
(label counts, per-document shares, sources, loaded phrases, unsourced claims,
denial pairs and rebuttals), so a corpus of any size can be summed up from a generator
without holding its documents in memory. The result is plain
JSON-serialisable data.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from typing import Any, NamedTuple, NoReturn, TypedDict

from .doubts import mostly_foreign
from .document import Document, DocumentRecord, LoadedPhrase, Profile, ProfileSource, Sentence, documents_of
from .errors import InputError
from .profile import PROFILE_LABELS, current_profile, generic_source, indefinite_sources
from .credit_weasels import bodies_only
from .turns import INTRO_CHARS
from .source_places import dateline_place, united_nations
from .person_names import given_names_before, lone_surname, surname_kind, surnames_of
from .source_keys import text_key, without_legal_form
from .validation import check_positive, command_line_keywords

__all__ = ["summarize", "summarize_by", "Summary", "SummaryGroup", "SummarySource", "SummaryPhrase"]


class SummarySource(TypedDict):
    """An entry of a summary's ``sources``: one source merged across the documents that credit it, or one that
    names no one, its ``document``'s own (its position in the input, and ``document_name`` its name where its
    ``meta`` gives one, see :func:`_document_name`; both ``None`` for a merged source)."""

    source: str
    display: str
    documents: int
    sentences: int
    labels: dict[str, int]
    denying_documents: int
    document: int | None
    document_name: str | None


class SummaryPhrase(LoadedPhrase):
    """An entry of a summary's ``loaded_phrases``: a profile's loaded phrase, with how many documents use it."""

    documents: int


class Summary(TypedDict):
    """What :func:`summarize` returns (docs/api.md, ``summarize``); the figures a model's labels cannot measure
    are ``None``."""

    documents: int
    sentences: int
    counts: dict[str, int]
    shares: dict[str, float]
    mean_document_shares: dict[str, float]
    sources: list[SummarySource]
    loaded_phrases: list[SummaryPhrase]
    loaded_phrases_not_english: int
    unsourced_evaluative_sentences: int | None
    unsourced_evaluative_share: float | None
    denial_pairs: int | None
    denial_pairs_with_allegation: int | None
    rebuttals: int | None


@command_line_keywords({})
def summarize(documents: Iterable[Document | DocumentRecord | dict[str, Any]], *,
              top: int | None = None) -> Summary:
    """Counts and shares per label, sources merged across documents under an order-free canonical ``source``
    (each shown by the display form most of its documents show; a surname alone joining the one full name ending
    in it, or starting with it where written family name first, see :meth:`_Totals._surnames_merged`; a firm's
    name of one word, "Pellory & Co.", kept apart from that name where a document writes it as a person's, see
    :meth:`_Totals._firms_joined`; a body's noun capitalised
    alone, "the Presidency", merged unless its documents' datelines name different places, see
    :meth:`_Totals._bodies_joined`; one that names no one, "a spokesperson", is each document's own: see
    :func:`framing.profile.generic_source`), loaded phrases, unsourced evaluative claims, denial pairs and rebuttals
    of many documents, as one plain dict.

    ``documents`` holds :class:`Document` objects or ``Document.to_dict()`` records, mixed as they come;
    it is read once, lazily, so a generator works. A document's profile is used as it is only when the
    Analyzer built it for exactly these sentences; any other (a record's, a hand-built Document's, one
    whose labels or spans were edited) is rebuilt from the sentences (:func:`framing.profile.current_profile`,
    as the HTML report does), so a stored profile, edited or damaged, is never read. ``top`` keeps only the
    first ``top`` sources and loaded phrases. A document most of whose sentences do not look like English (as
    ``analyze_many`` and ``framing score`` warn of it, :func:`framing.doubts.mostly_foreign`) is counted in all but
    ``loaded_phrases``: the lexicon is English, so its words there ("afirmó") are no loaded phrases;
    ``loaded_phrases_not_english`` says how many documents' phrases were so left out.

    Raises ``TypeError`` when ``documents`` is one document, one record, a mapping, a string or not
    iterable, and :class:`InputError` naming the position (``documents[3]``) of an item that is neither a
    Document nor a valid record, of a document whose sentences have scores that lacks a label the profile
    reads by name which earlier ones have, or has one they lack (one without scores, with a profile or not,
    shows only the labels its sentences hold: it may lack such a label, its sentences then counted as
    measured zeros of it, not have one the others lack), or of a document from
    another label scheme: one with a label the widest document so far lacks while lacking one of its labels
    (a document whose labels are all among another's, hand-labelled sentences without scores say, or that
    adds a label to them, is summed up with it); and for a ``top`` that is not a positive integer.
    """
    documents = documents_of(documents)
    if top is not None:
        top = check_positive(top, "top")
    totals = _Totals()
    for position, doc in enumerate(documents):
        _add_document(totals, doc, position)
    return totals.result(top)


class SummaryGroup(TypedDict):
    """An entry of what :func:`summarize_by` returns: the documents whose ``meta`` holds one ``value`` of the
    column grouped by, summed up."""

    value: str | int | float | bool | None
    summary: Summary


@command_line_keywords({})
def summarize_by(documents: Iterable[Document | DocumentRecord | dict[str, Any]], column: str, *,
                 top: int | None = None) -> list[SummaryGroup]:
    """:func:`summarize` of each group of ``documents`` that share a value of ``column`` in their ``meta`` (a
    ``framing score`` output's kept column, ``outlet``, as :func:`framing.scale.scored_documents` reads it), so that
    outlets or weeks can be compared; one pass, running totals per group, the groups ordered by value (a null
    last). A source that names no one keeps its document's position among all ``documents``.

    Raises what :func:`summarize` raises, and :class:`InputError` for a ``column`` that is no non-empty string and,
    naming its position, for a document whose ``meta`` lacks ``column`` or holds a list or a mapping there."""
    documents = documents_of(documents)
    if top is not None:
        top = check_positive(top, "top")
    if not isinstance(column, str) or not column:
        raise InputError(f"column must be a non-empty string, the meta key to group by, got {column!r}")
    groups: dict[str | int | float | bool | None, _Totals] = {}
    for position, doc in enumerate(documents):
        _add_document(groups.setdefault(_group_value(doc.meta, column, position), _Totals()), doc, position)
    return [{"value": value, "summary": groups[value].result(top)} for value in sorted(groups, key=_group_order)]


def _group_value(meta: dict[str, Any], column: str, position: int) -> str | int | float | bool | None:
    """The value of ``column`` in the ``meta`` of the document at ``position``, which groups it; an error naming
    the keys it has where it has none, since records of ``framing analyze`` name only their file."""
    if column not in meta:
        held = ", ".join(repr(key) for key in meta) or "none"
        raise InputError(f"documents[{position}]: its meta holds no {column!r} to group by (its keys: {held}); the "
                         "documents of a framing score output hold the columns it kept, a framing analyze record its "
                         f"file alone: score the articles keeping it, keep_columns=['{column}'] (--keep-columns "
                         f"{column}), and group that output")
    value = meta[column]
    if value is not None and not isinstance(value, (str, int, float, bool)):
        raise InputError(f"documents[{position}]: its meta's {column!r} is a {type(value).__name__}, not a value "
                         "to group by (text, a number or null)")
    return value


def _group_order(value: str | int | float | bool | None) -> tuple[bool, str]:
    """Where a group of the value ``value`` comes: in the order of its text, a null last."""
    return value is None, str(value)


def _add_document(totals: _Totals, doc: Document, position: int) -> None:
    """Count ``doc``, the document at ``position`` in the input, into ``totals``, by its current profile."""
    profile = current_profile(doc)
    # scored by its sentences, not its profile: one built for hand-labelled sentences counts only their labels
    totals.add(profile, tuple(profile["counts"]), position, any(s.scores for s in doc.sentences),
               indefinite_sources(doc.sentences), doc.text, _filed_from(doc.sentences), not mostly_foreign(doc))
    if position in totals.own:
        totals.own[position] = _document_name(doc.meta)


def _document_name(meta: dict[str, Any]) -> str | None:
    """What a document's ``meta`` names it by: its ``doc_id`` (a ``framing score`` output's document, see
    :func:`framing.scale.scored_documents`), its ``id`` (a caller's own), or its ``file`` (``framing analyze``
    records), as text; ``None`` without any."""
    for key in ("doc_id", "id", "file"):
        if isinstance(meta.get(key), (str, int)) and not isinstance(meta[key], bool):
            return str(meta[key])
    return None


def _filed_from(sentences: tuple[Sentence, ...]) -> str | None:
    """The country (or place) the first wire dateline in a document's introduction names (see
    :func:`framing.source_places.dateline_place`), or ``None``: what tells two documents' "the Presidency" apart."""
    for sentence in sentences:
        if sentence.start >= INTRO_CHARS:
            break
        place = dateline_place(sentence.text)
        if place is not None:
            return place
    return None


class _Slot(NamedTuple):
    """Where a profile source is summed up: its canonical form, the position of its document when it names no one
    (else ``None``), whether it is a firm's name of one word with its legal form left out ("Pellory & Co.",
    "Pellory Ltd"), which joins that name cited alone only at the end (see :meth:`_Totals._firms_joined`), and
    whether it is a body's noun capitalised alone ("Presidency"), its document's own until the end (see
    :meth:`_Totals._bodies_joined`)."""

    source: str
    document: int | None
    firm: bool = False
    body: bool = False


def _written_as(text: str, surname: str) -> str | None:
    """What ``text`` writes ``surname`` as (see :func:`framing.person_names.surname_kind`), "it" after its cue read as a
    body's only where the text also gives a person's evidence ("Mr Ford said sales fell. Ford said it would
    recall"): alone, "Reid said it would pass" is mostly about the bill, so it neither vetoes another document's
    person nor gives one."""
    kind = surname_kind(text, surname)
    return None if kind == "body" and surname_kind(text, surname, pronoun=False) is None else kind


def _display(forms: Counter[str]) -> str:
    """The display form most documents show a source by (``forms``: form -> documents); of two shown equally often,
    the one seen first (a Counter keeps the order forms were first counted in, and ``max`` keeps the first)."""
    return max(forms, key=forms.__getitem__)


def _joined(one: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    """Two entries' totals (documents, sentences, labels, denying documents) as one entry's, ``one``'s name kept."""
    return {**one, "documents": one["documents"] + other["documents"],
            "sentences": one["sentences"] + other["sentences"], "labels": one["labels"] + other["labels"],
            "denying_documents": one["denying_documents"] + other["denying_documents"]}


class _Totals:
    """The running totals of the documents read so far: what a summary keeps instead of the documents."""

    def __init__(self) -> None:
        self.documents = 0
        self.sentences = 0
        self.labels: dict[str, None] = {}  # the union of the documents' labels, first seen first
        self.roles: tuple[int, frozenset[str]] | None = None  # the first labelled scored document: position, roles
        self.held: dict[str, int] = {}  # a role held by hand-labelled sentences without scores -> its first position
        self.widest: tuple[int, tuple[str, ...]] | None = None  # the document whose labels hold all others'
        # label sets not yet within the widest -> the first document with them (position, labels)
        self.unplaced: dict[frozenset[str], tuple[int, tuple[str, ...]]] = {}
        self.counts: Counter[str] = Counter()
        #: (label, its sentences, the document's sentences) → documents with those counts: the shares' mean is
        #: then summed exactly (``math.fsum``), the same whatever the documents' order
        self.share_counts: Counter[tuple[str, int, int]] = Counter()
        self.measured = 0  # documents with at least one sentence, whose shares the mean takes
        self.sources: dict[_Slot, dict[str, Any]] = {}  # a source's slot -> its totals
        self.displays: dict[_Slot, Counter[str]] = {}  # a source's slot -> how many documents show each form
        self.first_shown: dict[str, int] = {}  # a display form -> the order it was first seen in, across slots
        self.filed_from: dict[int, str | None] = {}  # a document citing a body's noun capitalised alone -> its place
        self.own: dict[int, str | None] = {}  # a document with a source of its own (see _add_source) -> its name
        # (a one-word source, a source of two words or more ending in it, or starting with it where written family
        # name first) -> the documents citing both ("toller", "ana toller"; "zhou", "zhou mingtao"), and those in
        # which both deny: what a surname merged into the full name counts once
        self.both: Counter[tuple[str, str]] = Counter()
        self.both_denying: Counter[tuple[str, str]] = Counter()
        # a one-word source that may be a surname -> the given names its documents write before it ("tim" of "Rep.
        # Tim Ryan"): which full name it may join (see _surnames_merged)
        self.given_before: dict[str, set[str]] = {}
        # such a source -> what its documents write it as, "person" or "body" (see framing.person_names.surname_kind): a
        # surname joins a full name only as a person's, never as a body's
        self.written_as: dict[str, set[str]] = {}
        self.phrase_counts: Counter[str] = Counter()
        self.phrase_documents: Counter[str] = Counter()
        self.phrases_not_english = 0  # documents not in English, whose loaded phrases are left out
        self.unsourced = 0
        self.pairs = 0
        self.paired = 0
        self.rebuttals = 0

    def add(self, profile: Profile, labels: tuple[str, ...], position: int, scored: bool,
            indefinite: frozenset[str], text: str, filed_from: str | None, english: bool = True) -> None:
        """Count one document's ``profile`` (over ``labels``), the one at ``position`` in the input; one not
        ``scored`` (hand-labelled sentences without scores) shows only the labels its sentences hold, and
        ``indefinite`` holds the sources it writes with "a" or "an" (:func:`framing.profile.indefinite_sources`);
        ``text`` is the document's, read for the given names before a surname that is a source alone, and
        ``filed_from`` the country or place its dateline names (see :func:`_filed_from`); a document not ``english``
        has its loaded phrases left out, and counted in ``loaded_phrases_not_english``."""
        self._check_roles(labels, position, scored)
        self._check_scheme(labels, position)
        self.labels.update(dict.fromkeys(labels))
        self.documents += 1
        self._add_counts(profile["counts"], profile["sentences"])
        named: dict[str, tuple[bool, str]] = {}  # this document's named sources -> whether it denies, its display
        for entry in profile["sources"]:
            slot = self._add_source(entry, position, entry["source"] in indefinite)
            if slot.body:
                self.filed_from[position] = filed_from
            if slot.document is None and not slot.firm:
                named[slot.source] = (named.get(slot.source, (False, ""))[0] or entry["denies"], entry["display"])
                if " " not in slot.source and lone_surname(entry["display"]):
                    self.given_before.setdefault(slot.source, set()).update(given_names_before(text, slot.source))
                    kind = _written_as(text, slot.source)
                    self.written_as.setdefault(slot.source, set()).update([kind] if kind else [])
        self._note_both(named)
        if not english:
            self.phrases_not_english += 1
        for phrase in profile["loaded_phrases"] if english else ():
            key = text_key(phrase["text"])
            self.phrase_counts[key] += phrase["count"]
            self.phrase_documents[key] += 1
        self.unsourced += len(profile["unsourced_sentences"])
        self.pairs += len(profile["denials"])
        self.paired += sum(pair["allegation"] is not None for pair in profile["denials"])
        self.rebuttals += len(profile["rebuttals"])

    def _check_roles(self, labels: tuple[str, ...], position: int, scored: bool) -> None:
        """Refuse a scored document that has a label the profile reads by name (``PROFILE_LABELS``) which the
        first labelled scored document lacks, or lacks one it has: its sources, denials or unsourced claims
        would be counted as measured zeros beside documents that measured them. A document not ``scored``
        shows only the labels its sentences hold, so it may lack such a label, but not hold one the scored
        documents lack, whichever comes first. Other labels may differ."""
        if not labels:
            return  # nothing to go by: a hand-built document without sentences or profile
        roles = frozenset(labels) & frozenset(PROFILE_LABELS)
        if not scored:
            for role in roles:
                self.held.setdefault(role, position)
            if self.roles is not None and not roles <= self.roles[1]:
                self._refuse_roles(labels, position, self.roles[0], [], sorted(roles - self.roles[1]))
            return
        if self.roles is None:
            self.roles = (position, roles)
            stray = {role: at for role, at in self.held.items() if role not in roles}
            if stray:
                first = min(stray.values())
                self._refuse_roles(labels, position, first, sorted(r for r, at in stray.items() if at == first), [])
            return
        first, expected = self.roles
        if roles != expected:
            self._refuse_roles(labels, position, first, sorted(expected - roles), sorted(roles - expected))

    @staticmethod
    def _refuse_roles(labels: tuple[str, ...], position: int, first: int, lacks: list[str],
                      adds: list[str]) -> NoReturn:
        """Raise :class:`InputError`: the document at ``position``, labelled with ``labels``, ``lacks`` or
        ``adds`` labels the profile reads by name, compared with the document at ``first``."""
        difference = "; ".join(part for part in (f"it lacks {lacks}" if lacks else "",
                                                 f"it adds {adds}" if adds else "") if part)
        raise InputError(f"documents[{position}] is labelled with {list(labels)}, unlike documents[{first}] "
                         f"({difference}): the profile reads {list(PROFILE_LABELS)} by name, so documents "
                         "labelled with and without one of them cannot be summed up together; summarize "
                         "them apart")

    def _check_scheme(self, labels: tuple[str, ...], position: int) -> None:
        """Note a document's labels, to be checked once every document is in (:meth:`_check_schemes`), so
        that the order of the documents does not decide: labels that hold all of the widest document's so far
        (a model that adds one, a hand label beyond the model's) make this document the widest; others not
        among the widest's wait for the end."""
        if self.widest is None or set(self.widest[1]) < set(labels):
            self.widest = (position, labels)
        elif not set(labels) <= set(self.widest[1]):
            self.unplaced.setdefault(frozenset(labels), (position, labels))

    def _check_schemes(self) -> None:
        """Refuse documents from another label scheme: every document's labels must be among one document's
        (hand-labelled sentences without scores among the model's), else some have a label others lack while
        lacking one of theirs, and their counts and shares are of another whole."""
        if self.widest is None:
            return
        widest, expected = self.widest
        for position, labels in self.unplaced.values():
            if not set(labels) <= set(expected):
                raise InputError(f"documents[{position}] is labelled with {list(labels)}, documents[{widest}] with "
                                 f"{list(expected)}: each has a label the other lacks, so they come from different "
                                 "label schemes whose counts and shares cannot be summed up together; summarize "
                                 "them apart")

    def _add_counts(self, counts: dict[str, int], sentences: int) -> None:
        """Add a document's label counts, and its shares to the per-document mean when it has sentences."""
        self.sentences += sentences
        self.counts.update(counts)
        if sentences:
            self.measured += 1
            for label, n in counts.items():
                self.share_counts[label, n, sentences] += 1

    def _add_source(self, entry: ProfileSource, position: int, indefinite: bool) -> _Slot:
        """Merge one profile source, of the document at ``position``, into the source of the same canonical form
        (a company's without its legal forms, "UN" spelled out: see :func:`framing.source_keys.without_legal_form`),
        counting the display form this document shows it by; one that names no one ("spokesperson") stays this
        document's own: another document's is most likely someone else. A firm's name of one word without its
        legal form ("Pellory & Co.") is summed up apart until the end, as it may share the name with a person (see
        :meth:`_firms_joined`), and a body's noun capitalised alone ("the Presidency") stays its document's own until
        then, as it may be another country's (see :meth:`_bodies_joined`). The slot it went to."""
        key = text_key(entry["source"])
        shown = entry.get("display", entry["source"])
        bare = without_legal_form(key, shown)
        canonical = united_nations(bare)
        generic = generic_source(key, shown, indefinite)
        body = not generic and bodies_only(canonical)
        firm = bare != key and " " not in canonical and not generic and not body
        slot = _Slot(canonical, position if generic or body else None, firm, body)
        if slot.document is not None:
            self.own.setdefault(position, None)
        merged = self.sources.setdefault(slot, {"source": canonical, "display": None, "documents": 0, "sentences": 0,
                                                "labels": Counter(), "denying_documents": 0})
        self.displays.setdefault(slot, Counter())[shown] += 1
        self.first_shown.setdefault(shown, len(self.first_shown))
        merged["documents"] += 1
        merged["sentences"] += entry["sentences"]
        merged["labels"].update(entry["labels"])
        merged["denying_documents"] += int(entry["denies"])
        return slot

    def _note_both(self, named: dict[str, tuple[bool, str]]) -> None:
        """Count a document whose ``named`` sources (canonical form -> denies, display) hold a person's full name
        and a one-word source that is its surname ("ana toller" and "toller": see
        :func:`framing.person_names.surnames_of`), so that the two merged (see :meth:`_surnames_merged`) count it
        once."""
        for name, (denies, shown) in named.items():
            for surname in surnames_of(shown) if " " in name else ():
                if surname in named:
                    self.both[surname, name] += 1
                    self.both_denying[surname, name] += int(denies and named[surname][0])

    def result(self, top: int | None) -> Summary:
        """The summary as plain data; ``top`` cuts the sources and loaded phrases lists. Documents from two
        label schemes raise :class:`InputError` here, once all are in."""
        self._check_schemes()
        labels = tuple(self.labels)
        # labels known but without the role: not measured (null), as in a document's profile
        opinion = not labels or "editorial_opinion" in labels
        denial = not labels or "official_denial" in labels
        return {
            "documents": self.documents,
            "sentences": self.sentences,
            "counts": {label: self.counts[label] for label in labels},
            "shares": {label: self._share(self.counts[label]) for label in labels},
            "mean_document_shares": {label: self._mean_share(label) for label in labels},
            "sources": self._sources(labels)[:top],
            "loaded_phrases": self._phrases()[:top],
            "loaded_phrases_not_english": self.phrases_not_english,
            "unsourced_evaluative_sentences": self.unsourced if opinion else None,
            "unsourced_evaluative_share": self._share(self.unsourced) if opinion else None,
            "denial_pairs": self.pairs if denial else None,
            "denial_pairs_with_allegation": self.paired if denial else None,
            "rebuttals": self.rebuttals if denial else None,
        }

    def _mean_share(self, label: str) -> float:
        """The mean over the measured documents of ``label``'s share of each one's sentences (0.0 when none is)."""
        if not self.measured:
            return 0.0
        return math.fsum(documents * n / sentences for (other, n, sentences), documents in self.share_counts.items()
                         if other == label) / self.measured

    def _share(self, n: int) -> float:
        """``n`` sentences as a share of all sentences (0.0 when there are none)."""
        return n / self.sentences if self.sentences else 0.0

    def _sources(self, labels: tuple[str, ...]) -> list[SummarySource]:
        """The merged sources, cited by most documents first, then by most sentences, then by name; documents'
        own sources of one name (see :meth:`_add_source`) by what they show and hold, not by the input order."""
        sources, displays = self._bodies_joined(*self._firms_joined())
        shown = {slot: _display(displays[slot]) for slot in sources}
        ordered = sorted(self._surnames_merged(sources, shown).items(), key=lambda item: (
            -item[1]["documents"], -item[1]["sentences"], item[1]["source"], shown[item[0]],
            sorted(item[1]["labels"].items()), item[1]["denying_documents"]))
        return [{"source": s["source"], "display": shown[slot], "documents": s["documents"],
                 "sentences": s["sentences"],
                 "labels": {label: s["labels"][label] for label in dict.fromkeys((*labels, *s["labels"]))
                            if s["labels"][label]},
                 "denying_documents": s["denying_documents"], "document": slot.document,
                 "document_name": None if slot.document is None else self.own[slot.document]}
                for slot, s in ordered]

    def _firms_joined(self) -> tuple[dict[_Slot, dict[str, Any]], dict[_Slot, Counter[str]]]:
        """The sources and their display forms, each firm's name of one word without its legal form ("Pellory & Co.",
        "Pellory Ltd") joined to that name cited alone ("Pellory") unless a document citing the name alone writes it
        as a person's ("Mr Pellory", "Pellory said he": see :func:`framing.person_names.surname_kind`): then a person
        shares the firm's name, and the two stay apart, two entries of one ``source`` told apart by their display.
        Decided once all documents are in, so that their order does not matter."""
        sources, displays = dict(self.sources), dict(self.displays)
        for slot, firm in self.sources.items():
            alone = _Slot(slot.source, None)
            if not slot.firm or alone not in sources or "person" in self.written_as.get(slot.source, set()):
                continue
            sources[alone] = _joined(sources[alone], firm)
            displays[alone] = self._forms_joined(displays[alone], displays[slot])
            del sources[slot], displays[slot]
        return sources, displays

    def _bodies_joined(self, sources: dict[_Slot, dict[str, Any]], displays: dict[_Slot, Counter[str]]
                       ) -> tuple[dict[_Slot, dict[str, Any]], dict[_Slot, Counter[str]]]:
        """``sources`` and their ``displays`` (slot -> display forms), each body's noun capitalised alone ("the
        Presidency", "the Ministry": an official statement's issuer) joined across the documents citing it into one
        entry, but where two of those documents open with datelines of different countries or places (see
        :func:`_filed_from`): then each document keeps its own, as for a body's noun in lower case. Documents
        without a dateline keep none apart. Decided once all documents are in, so that their order does not matter."""
        held: dict[str, list[_Slot]] = {}
        for slot in sources:
            if slot.body:
                held.setdefault(slot.source, []).append(slot)
        for name, slots in held.items():
            if len({self.filed_from[slot.document] for slot in slots if slot.document is not None} - {None}) > 1:
                continue
            joined = _Slot(name, None)
            for slot in slots:  # in the documents' order, as they were read
                body, forms = sources.pop(slot), displays.pop(slot)
                sources[joined] = _joined(sources[joined], body) if joined in sources else body
                displays[joined] = self._forms_joined(displays[joined], forms) if joined in displays else forms
        return sources, displays

    def _forms_joined(self, one: Counter[str], other: Counter[str]) -> Counter[str]:
        """Two entries' display forms (form -> documents) as one entry's, in the order they were first seen."""
        forms = one + other
        return Counter({form: forms[form] for form in sorted(forms, key=self.first_shown.__getitem__)})

    def _surnames_merged(self, sources: dict[_Slot, dict[str, Any]], shown: dict[_Slot, str]) -> dict[_Slot, Any]:
        """The sources, each one-word source that may be a surname ("Toller": see
        :func:`framing.person_names.lone_surname`) merged into the one person's full name ending in it among all the
        named sources ("Ana Toller"), or starting with it where the full name is written family name first ("Zhou" into
        "Zhou Mingtao", whose given name "Mingtao" alone joins nothing: see :func:`framing.person_names.surnames_of`;
        of a name that may be written either way, "Wei Lin", the word cited alone, neither if both are), when there is
        exactly one and the documents citing the surname write no other given name before it (see
        :func:`framing.person_names.given_names_before`; none at all before a family name written first), and one of
        them writes it as a person's (a given name, a title or a role before it, "he" or "she" after its cue) while
        none writes it as
        a company's or a body's (see :func:`framing.person_names.surname_kind`): "Clinton" stays apart when "Hillary
        Clinton" and "Bill Clinton" are both named, "Ryan" from "Paul Ryan" where its document writes "Tim Ryan",
        "Ford" that "said it would recall" from "Henry Ford" where no document writes it as a person's (see
        :func:`_written_as`); a firm's name kept apart from the person's (see :meth:`_firms_joined`) never. Of
        ``sources`` (slot -> totals), the full name keeps its ``source`` and display (``shown``: slot -> display);
        a document citing both counts once."""
        alone = {slot.source for slot in sources
                 if slot.document is None and not slot.firm and lone_surname(shown[slot])}
        full: dict[str, list[_Slot]] = {}
        for slot in sources:
            surnames = surnames_of(shown[slot]) if slot.document is None and " " in slot.source else ()
            # "Lin Wei", "Wei Lin": either word may be the surname; the one cited alone, neither if both are
            cited = [name for name in surnames if name in alone or len(surnames) == 1]
            for surname in cited if len(cited) == 1 else ():
                full.setdefault(surname, []).append(slot)
        merged = dict(sources)
        for slot, lone in sources.items():
            into = full.get(slot.source, [])
            if (slot.document is not None or slot.firm or len(into) != 1 or not lone_surname(shown[slot])
                    or self.written_as.get(slot.source, set()) != {"person"}
                    or not self.given_before.get(slot.source, set()) <= {into[0].source.partition(" ")[0]}):
                continue
            person, both = merged[into[0]], (slot.source, into[0].source)
            merged[into[0]] = {**person, "documents": person["documents"] + lone["documents"] - self.both[both],
                                "sentences": person["sentences"] + lone["sentences"],
                                "labels": person["labels"] + lone["labels"],
                                "denying_documents": (person["denying_documents"] + lone["denying_documents"]
                                                      - self.both_denying[both])}
            del merged[slot]
        return merged

    def _phrases(self) -> list[SummaryPhrase]:
        """The loaded phrases, most used first, then used in most documents, then alphabetically."""
        ordered = sorted(self.phrase_counts, key=lambda k: (-self.phrase_counts[k], -self.phrase_documents[k], k))
        return [{"text": k, "count": self.phrase_counts[k], "documents": self.phrase_documents[k]} for k in ordered]
