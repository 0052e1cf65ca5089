"""What a :class:`framing.source_index.SourceIndex` holds, declared with its types: the sources named so far, by key
and by word, and what the document said last; :class:`SourceIndex`'s ``__init__`` sets them. :class:`IndexState` is
one class of the chain that makes :class:`framing.source_index.SourceIndex`.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from typing import TypeVar

from .given_names import given_name_sex, given_name_spelling


class Namesakes:
    """The people of one surname that a document names in full (see :meth:`SourceIndex._namesakes_of`), kept up to
    date as names come rather than read again for each surname alone (a list of hundreds of "Nguyen"s made that
    slow): each person's given names' keys, one person where two names share a given name or a spelling of one
    ("Hillary Clinton", "Hillary Rodham Clinton"), their full names' keys with the names as written, the sex their
    given names and their people say, and the sentence each was last written in full and last named as a source in.
    A person is known by an id; people joined later are known by the id at the top of their join."""

    def __init__(self) -> None:
        self._parent: list[int] = []  # an id -> the id it was joined to (itself at the top)
        self.given: list[set[str]] = []  # at a top id: the person's given names' keys
        self.names: list[dict[str, str]] = []  # at a top id: their full names' keys -> as written
        self.lead: list[str] = []  # at a top id: the full name's key of the given names filed last that joined them
        self._votes: list[dict[str | None, int]] = []  # at a top id: "he", "she" -> how many names or people say so
        self._by_spelling: dict[str, int] = {}  # a given name's key, one spelling for all (see given_name_spelling)
        self._by_given: dict[frozenset[str], int] = {}  # the given names written together -> their id
        self._of_name: dict[str, int] = {}  # a full name's key -> its id
        self._vote_of: dict[str, str | None] = {}  # a full name's key -> the sex its person's evidence says
        self.by_sex: dict[str | None, dict[int, None]] = {"he": {}, "she": {}, None: {}}  # top ids by their sex
        # top ids -> the sentence they were last written in full in, and (with the name) named as a source in; the
        # one last at the end
        self.written: dict[int, int] = {}
        self.named: dict[int, tuple[int, str]] = {}

    def __len__(self) -> int:
        return sum(len(tops) for tops in self.by_sex.values())

    def top(self, person: int) -> int:
        """The id at the top of the join of ``person``."""
        while self._parent[person] != person:
            self._parent[person] = self._parent[self._parent[person]]
            person = self._parent[person]
        return person

    def of(self, name: str) -> int | None:
        """The top id of the person whose full name's key is ``name``; ``None`` for none."""
        person = self._of_name.get(name)
        return None if person is None else self.top(person)

    def sex(self, person: int) -> str | None:
        """The sex of the person at the top id ``person`` when all that tell agree (see :meth:`_votes`); else
        ``None``."""
        votes = self._votes[person]
        return "he" if votes["he"] and not votes["she"] else "she" if votes["she"] and not votes["he"] else None

    def add(self, given: frozenset[str], name: str, shown: str, sex: str | None, listed: bool = False) -> None:
        """File the full name ``name`` (its key; ``shown`` as written) with the keys of its given names ``given``, one
        of which must be a known given name (see :func:`framing.given_names.given_name_sex`; not "Yet Pelosi" of a
        sentence's opening) unless the name was ``listed`` among people's names (see :func:`listed_names`: "Lee Orr"
        of "Ana Bell, Tom Vask and Lee Orr"); ``sex``: that of the person so noted, if any."""
        if not listed and not any(given_name_sex(word) or given_name_spelling(word) for word in given):
            return
        person = self._by_given.get(given)
        if person is None:
            person = len(self._parent)
            self._by_given[given] = person
            self._parent.append(person)
            self.given.append(set(given))
            self.names.append({name: shown})
            self.lead.append(name)
            self._votes.append({"he": 0, "she": 0})
            self.by_sex[None][person] = None
            if name not in self._of_name:
                self._of_name[name] = person
                self._vote_of[name] = None
            for word in given:
                self._count(person, given_name_sex(word), 1)
            self._join(person, {given_name_spelling(word) or word for word in given})
        elif name not in self._of_name:
            self._of_name[name] = person
            self.names[self.top(person)].setdefault(name, shown)
            self._vote_of[name] = None
        self.vote(name, sex)

    def _join(self, person: int, spelled: set[str]) -> None:
        """Join the new ``person`` to the people sharing one of the given names ``spelled``, its full name leading
        theirs (see ``lead``)."""
        lead = self.lead[person]
        for word in spelled:
            other = self._by_spelling.setdefault(word, person)
            other, person = self.top(other), self.top(person)
            if other == person:
                continue
            small, big = sorted((other, person), key=lambda top: len(self.names[top]) + len(self.given[top]))
            before = (self.sex(small), self.sex(big))
            self._parent[small] = big
            self.given[big] |= self.given[small]
            self.names[big].update(self.names[small])
            for said in ("he", "she"):
                self._votes[big][said] += self._votes[small][said]
            self.by_sex[before[0]].pop(small)
            self._moved(big, before[1])
            _keep_later(self.written, small, big)
            _keep_later(self.named, small, big)
        self.lead[self.top(person)] = lead

    def _count(self, person: int, sex: str | None, step: int) -> None:
        """Add ``step`` to the votes for ``sex`` (none for ``None``) of the top id ``person``."""
        if sex is not None:
            before = self.sex(person)
            self._votes[person][sex] += step
            self._moved(person, before)

    def _moved(self, person: int, before: str | None) -> None:
        """File the top id ``person``, of the sex ``before`` until now, under its sex now."""
        self.by_sex[before].pop(person, None)
        self.by_sex[self.sex(person)][person] = None

    def vote(self, name: str, sex: str | None) -> None:
        """Note that the person noted by the full name's key ``name`` is of the sex ``sex`` now (see
        :meth:`SourceIndex.sex_of`; ``None``: unknown, or not noted as a person)."""
        if name not in self._of_name or self._vote_of[name] == sex:
            return
        person = self.top(self._of_name[name])
        self._count(person, self._vote_of[name], -1)
        self._count(person, sex, 1)
        self._vote_of[name] = sex

    def full_names(self) -> list[str]:
        """The keys of the full names filed."""
        return list(self._of_name)

    def wrote(self, given: frozenset[str], at: int) -> None:
        """Note the sentence ``at`` as the last that wrote in full the person of the given names ``given``."""
        person = self._by_given.get(given)
        if person is not None:
            person = self.top(person)
            self.written.pop(person, None)
            self.written[person] = at

    def was_named(self, name: str, at: int) -> None:
        """Note the sentence ``at`` as the last that named as a source the person of the full name ``name``."""
        person = self.of(name)
        if person is not None:
            self.named.pop(person, None)
            self.named[person] = (at, name)


_Time = TypeVar("_Time", int, tuple[int, str])


def _keep_later(times: dict[int, _Time], small: int, big: int) -> None:
    """Of the times in ``times`` of the ids ``small`` and ``big``, now joined under ``big``, keep the later at
    ``big`` (at the end when it was ``small``'s)."""
    if small in times and (big not in times or times[big] < times[small]):
        times.pop(big, None)
        times[big] = times[small]
    times.pop(small, None)


class WordIndex:
    """Keys by the words they hold, so that a mention reads only the sources that share its words, not
    every source of the document (a long one names thousands)."""

    def __init__(self) -> None:
        self._keys: dict[str, set[str]] = {}

    def __contains__(self, word: str) -> bool:
        return word in self._keys

    def add(self, key: str, words: Iterable[str]) -> None:
        """File ``key`` under each of ``words``."""
        for word in words:
            self._keys.setdefault(word, set()).add(key)

    def remove(self, key: str, words: Iterable[str]) -> None:
        """Take ``key`` from under each of ``words``."""
        for word in set(words):
            keys = self._keys.get(word, set())
            keys.discard(key)
            if not keys:
                self._keys.pop(word, None)

    def holding(self, words: Iterable[str]) -> set[str]:
        """The keys filed under every one of ``words`` (none for no words)."""
        found = sorted((self._keys.get(word, set()) for word in set(words)), key=len)
        return set(found[0]).intersection(*found[1:]) if found else set()


class IndexState:
    """What a :class:`framing.source_index.SourceIndex` holds, declared with its types: the sources named so
    far, by key and by word, and what the document said last; :class:`SourceIndex`'s ``__init__`` sets
    them.
    """

    names: dict[str, int]
    _officials: dict[str, list[tuple[str, bool]]]
    _unaccented: dict[str, str]
    _ministries: dict[str, list[str]]
    people: dict[str, frozenset[str]]
    _role_spans: dict[str, str]
    _by_first: WordIndex
    _by_last: WordIndex
    _by_first_surname: WordIndex
    _by_role: WordIndex
    _bodies: WordIndex
    _company_words: WordIndex
    _company_starts: WordIndex
    described: str | None
    _titled: str | None
    _titled_surname: tuple[str, frozenset[str]] | None
    _described_surname: tuple[str, frozenset[str]] | None
    recent_person: str | None
    subject_person: str | None
    subject_addressed: frozenset[str]
    topic_person: str | None
    _people_named: dict[str, None]
    sex_written: dict[str, str]
    _sex_said: dict[str, str]
    _mentioned: dict[str, None]
    _mentioned_at: dict[str, int]
    _claimed_last: set[str]
    _reporters: set[str]
    _personal: set[str]
    _kin: set[str]
    _judge_named: dict[str, str]
    _subjects: dict[str, frozenset[str]]
    surnames: set[str]
    surnames_seen_last: frozenset[str]
    _titled_words: set[str]
    _namesakes: dict[str, dict[frozenset[str], str]]
    _seen_count: int
    own_wire: str | None
    dateline_country: str | None
    dateline_town: str | None
    after_correction: bool
    _written_at: dict[tuple[str, frozenset[str]], int]
    _named_at: dict[str, int]
    _namesake_people: dict[str, Namesakes]
    _only_namesake: dict[str, str]
    _headline_words: set[str]
    _headline_joined: dict[str, str]
    _alone_for: dict[str, str]
    _headline_people: set[str]
    _couples: set[str]
    _listed: set[str]
    _firms: set[str]
    _headline_chiefs: dict[str, str]
    _group_firms: dict[str, str]
    _seen_last: str
    _seen_before: str
    _organised: str | None
    _events: dict[str, str]
    shown: dict[str, str]
    companies: dict[str, str]
    said_it: set[str]
    kinds: dict[str, set[str]]
    body_kinds: dict[str, set[str]]
    _kinds_written: dict[str, set[str]]
    places: set[str]
    _lone_names: set[str]
    _firm_first_words: set[str]
    alleged: set[str]
    denied: set[str]
    named_later: dict[str, str]
    _businesses_described: set[str]
    _heads_named: dict[str, str]
    spoke_as: dict[str, str]
    acronyms: dict[str, str | None]
    posts: dict[str, str | None]
    _posts_written: dict[str, str]
    _after_first: tuple[dict[str, list[str]], dict[str, list[str]]]
    _credited: dict[str, int]
    _recent: deque[str]
    _inquired: dict[str, str]
    _issuers: dict[str, set[str]]
    _statement_headed: bool
    _papers: dict[str, dict[str, str]]
    _issued_by: dict[str, str]
    _so_called: dict[str, dict[str, str]]
    _issued_in_sentence: dict[str, str | None]
    _named_kinds: dict[str, dict[str, str]]
    _clubs_credited: set[str]
    _clubs_opening: dict[str, str]
    _filed_by: dict[str, str | None]
    _filing_by_other: bool
    _acting_body: tuple[str, str, int] | None
    _acting_capitals: tuple[str, str, int] | None
    _acting_firms: dict[str, str]
    _honoured: dict[tuple[str, str], set[str]]
