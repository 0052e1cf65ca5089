"""What a :class:`framing.source_index.SourceIndex` holds, each attribute set up with its type in one place: the
sources named so far, by key and by word, and what the document said last. :class:`IndexState` is the first class of
the chain that makes :class:`framing.source_index.SourceIndex`, which the later classes read and write.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from typing import TypeVar

from .given_names import given_name_sex, given_name_spelling
from .index_body_words import BODY_REACH_SENTENCES


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
        of "Ana Bell, Tom Vask and Lee Orr") or written as a person's (see :func:`described_people`: "Deiniol Pryce, a
        farmer,"); ``sex``: that of the person so noted, if any."""
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
    """What a :class:`framing.source_index.SourceIndex` holds, set up empty with its types: the sources named
    so far, by key and by word, and what the document said last."""

    def __init__(self) -> None:
        self.names: dict[str, int] = {}  # canonical name -> its place in the order first seen
        # a body's key -> the sources that are its officials, and whether by its name before their noun ("dravik bank
        # executives"): see _officials_of
        self._officials: dict[str, list[tuple[str, bool]]] = {}
        self._unaccented: dict[str, str] = {}  # names by their accents left out ("tanaiste" -> "tánaiste")
        self._ministries: dict[str, list[str]] = {}  # ministries by their portfolio's last word ("foreign")
        self.people: dict[str, frozenset[str]] = {}  # person-like name -> the role words written with it
        self._role_spans: dict[str, str] = {}  # person-like name -> the span that wrote those words, as read
        # indexes, so that a mention looks only at the sources that share a word with it
        # people by first word ("wang" of "wang wenbin") and by last word, without a glued particle too ("assad",
        # "al-assad"), each word without its accents ("perez" of "josé pérez": see :func:`without_accents`)
        self._by_first = WordIndex()
        self._by_last = WordIndex()
        self._by_first_surname = WordIndex()  # people of three words or more by their second-last word ("ortega")
        self._by_role = WordIndex()  # people by the role words written with them
        self._bodies = WordIndex()  # the names that are no person's (bodies, roles), by each word
        self._company_words = WordIndex()  # companies by each word
        self._company_starts = WordIndex()  # companies by first word
        # the person a description may mean: the source named last when a person, or one named with a
        # title in a sentence since that named no source
        self.described: str | None = None
        self._titled: str | None = None  # the last person named with a title in the sentence seen last
        # the last surname alone named with a title in the sentence seen last ("Gov. Vask"), with its role words, and
        # the one a description in this sentence may mean (see _surname_described)
        self._titled_surname: tuple[str, frozenset[str]] | None = None
        self._described_surname: tuple[str, frozenset[str]] | None = None
        self.recent_person: str | None = None  # the person named most recently, whatever came since
        # the person a subject that spoke or was asked named (see :meth:`see_subject`), while no one is named since
        self.subject_person: str | None = None
        # the people named before whom that subject's sentence names after it ("Varga" of "Robin Task told Varga ...")
        self.subject_addressed: frozenset[str] = frozenset()
        # the person the sentence before, naming no source, wrote of as its subject, naming no one else ("Ruiz
        # pounced."), whom a description in the sentence read now may mean: set by the caller for each sentence
        self.topic_person: str | None = None
        # the speaker a transcript's label named, and the sentence (counted as ``_credited``) whose turn it opened
        self._turn_speaker: tuple[str, int] | None = None
        self._people_named: dict[str, None] = {}  # the people named as sources so far, the one named last at the end
        # those of them only ever written in full as the subject of a fact ("Marguerite Olande ... has died aged 88."):
        # see :meth:`SourceIndex.note_subject_named`
        self._only_subjects: set[str] = set()
        # a person's sex as their titles and descriptions say ("" where they disagree), and as the "he" or "she"
        # they said does (see :meth:`sex_of`)
        self.sex_written: dict[str, str] = {}
        self._sex_said: dict[str, str] = {}
        self._mentioned: dict[str, None] = {}  # sources and titled people, the one named last at the end
        self._mentioned_at: dict[str, int] = {}  # each of them -> when it was named last, counted as ``_credited``
        self._claimed_last: set[str] = set()  # sources whose last credited sentence was a claim
        self._reporters: set[str] = set()  # sources credited with a report ("Axios first reported"): outlets
        # people by evidence beyond their capitals: "he" or "she" in a sentence credited to them, or a short name
        # that joined them ("Lauren" of "Ralph Lauren")
        self._personal: set[str] = set()
        # names read as people by their capitals that said "it" or "its" of themselves just after their cue
        # ("Orbital Works said it would fly"): bodies a description may mean
        self._itself: set[str] = set()
        # people described as someone's relative ("Ahmad Karimi, his cousin"), whom no other spelling of their given
        # name joins: relatives share a surname ("Ahmed Karimi" is most likely another of the family)
        self._kin: set[str] = set()
        # the judge named after "the judge" spoke, by title ("" for two: see _role_named_later)
        self._judge_named: dict[str, str] = {}
        self._subjects: dict[str, frozenset[str]] = {}  # people seen as a subject only, with their role words
        self.surnames: set[str] = set()  # keys of the last words of personal names written so far ("wren")
        self.surnames_seen_last: frozenset[str] = frozenset()  # those the sentence seen last writes
        self._titled_words: set[str] = set()  # keys of one capitalised word written after a person's title ("vance")
        # the people of each surname that the sentences seen so far name in full, by the keys of their given names,
        # with the name as first written (see :func:`forenames`): "clinton" -> {frozenset({"bill"}): "Bill Clinton"}
        self._namesakes: dict[str, dict[frozenset[str], str]] = {}
        self._seen_count = 0  # the sentences seen so far
        self.own_wire: str | None = None  # the news agency writing the document, as its dateline names it
        self.own_paper: str | None = None  # the paper writing the document, as its byline names it
        self.dateline_country: str | None = None  # the country its wire dateline is filed from, when known
        self.dateline_town: str | None = None  # the key of the place its wire dateline is filed from ("marlow")
        self.after_correction = False  # whether the sentence before corrects the publication's own piece
        # (surname, given names' keys) of ``_namesakes`` -> the last sentence that wrote them, counted as
        # ``_seen_count``; and the people named as sources -> the last sentence that named them
        self._written_at: dict[tuple[str, frozenset[str]], int] = {}
        self._named_at: dict[str, int] = {}
        # the people of each surname that a surname alone was read against, kept up to date from then on (see
        # :meth:`_namesakes_of`)
        self._namesake_people: dict[str, Namesakes] = {}
        # a surname alone -> the full name's key of the one person of that surname written in full when it first
        # stood alone as a source of its own ("scott" -> "bobby scott"; see :meth:`_named_in_full`)
        self._only_namesake: dict[str, str] = {}
        # one-word sources the text's first line credited, a headline of its own that ends in a stop (see
        # :meth:`headline_credited`)
        self._headline_words: set[str] = set()
        # a headline's word alone -> the person it joined (see :meth:`_headline_surname`), until the copy names
        # another person of that surname as a source (see :meth:`_named_in_full`)
        self._headline_joined: dict[str, str] = {}
        # a surname -> the person it joined alone while the document named no other person of it ("cruz" -> "ted
        # cruz" before "Heidi Cruz" is named), whom it goes on meaning (see :meth:`_namesake_meant`)
        self._alone_for: dict[str, str] = {}
        # people noted by a source span of a headline in title case, whose capitals may hold a description of theirs
        # ("Conservative Icon Tom Vask": see :meth:`_described_in_headline`)
        self._headline_people: set[str] = set()
        # keys of the surnames of couples written with two given names before one surname ("Hillary and Bill
        # Clinton"), of whom only the second is written in full (see :func:`couples_in`)
        self._couples: set[str] = set()
        # full names' keys written in a list of people's names (see :func:`listed_names`) or as a person's (see
        # :func:`described_people`), whose given names need not be known ones
        self._written_as_people: set[str] = set()
        # keys of names opening with a given name that the text wrote as a firm's ("morgan stanley": see
        # :meth:`_see_firms`), no people
        self._firms: set[str] = set()
        # a headline's "<firm> ceo" -> the one person the copy names as that firm's chief executive ("" for two)
        self._headline_chiefs: dict[str, str] = {}
        self._group_firms: dict[str, str] = {}  # a first word -> the firm's name it opens, ending in "group"
        self._clubs_by_people: set[str] = set()  # clubs named before a player's role and name ("wexley town")
        self._seen_last = ""  # the sentence seen last, as read ("" for a headline in title case)
        self._seen_before = ""  # and the one before it
        self._organised: str | None = None  # the event, as written, organisers were read to speak for last
        self._events: dict[str, str] = {}  # the events the text named so far, two at most: key -> as written
        self.shown: dict[str, str] = {}  # canonical name -> display form
        self.companies: dict[str, str] = {}  # companies that opened a sentence or were described -> display form
        # names read as people's that said "it" of themselves ("Calder Secure says it ..."), whose "It said" goes on
        self.said_it: set[str] = set()
        self.kinds: dict[str, set[str]] = {}  # a company -> the kinds of business it was described as ("carmaker")
        self.body_kinds: dict[str, set[str]] = {}  # a source -> the words it was described with ("watchdog group")
        # a name written after "the" and a kind's noun in any sentence -> those nouns ("norcrest ratings" of "The
        # rating agency Norcrest Ratings cut ..." -> {"agency"}): see _see_kinds_written
        self._kinds_written: dict[str, set[str]] = {}
        # agencies a sentence opened with fining or sanctioning another ("harbour authority" of "The Harbour Authority
        # fined the operator"): regulators, whatever their names oversee (see _see_regulating)
        self._regulating: set[str] = set()
        # the body named last as the agent of a passive sanction, as written, and the sentence ("Brisk Power was fined
        # by the Energy Office"), whom "the regulator" after it means (see _see_regulating)
        self._sanctioner: tuple[str, str, int] | None = None
        self.places: set[str] = set()  # keys of words written as places so far ("in Israel")
        self._lone_names: set[str] = set()  # keys of lone capitalised words written inside a sentence ("Harding")
        self._firm_first_words: set[str] = set()  # "stahlwerk" of "Stahlwerk Motors": see ``FIRM_FIRST_WORD``
        # a name's key -> the keys of the names a clause set apart after it says own it ("quarrystone" -> {"quarrystone
        # devices"} of "Quarrystone, which is owned by Quarrystone Devices,"): see _see_owned_apart
        self._owned_by: dict[str, set[str]] = {}
        self.alleged: set[str] = set()  # sources credited with a claim worded as an allegation so far
        self.denied: set[str] = set()  # sources credited with a denial so far
        # nameless role, or a person named by the end of their name, -> the person later named for it
        self.named_later: dict[str, str] = {}
        # businesses credited as described with "a" and their kind alone ("A supermarket chain said"), which a name
        # credited later may be (see _name_lede_business)
        self._businesses_described: set[str] = set()
        # sources heading a body by role alone that a person named later heads (see _head_named_later)
        self._heads_named: dict[str, str] = {}
        self.spoke_as: dict[str, str] = {}  # a company -> its first word, a source before it ("orvane")
        self.acronyms: dict[str, str | None] = {}  # an acronym -> the name spelled out before it (None: two names)
        self.posts: dict[str, str | None] = {}  # the same for a person's post spelled out ("dpp")
        # a source naming a post of ``SHORT_POSTS``, by its key with the post in letters ("pm" of "prime minister")
        self._posts_written: dict[str, str] = {}
        # sources by the words after their first, those whose first is a country's possessive ("merevia's navy")
        # apart from the others ("merevian navy"), for :meth:`_country_written_otherwise`
        self._after_first: tuple[dict[str, list[str]], dict[str, list[str]]] = ({}, {})
        # sources credited so far, the one credited last at the end, each with the sentence it was credited with last,
        # counted as :meth:`see` counts them; and the texts of the sentences seen last, the last at the end
        self._credited: dict[str, int] = {}
        self._recent: deque[str] = deque(maxlen=BODY_REACH_SENTENCES + 2)
        # each inquiry with no maker ("inquiry"), with the name it looks into first (see :func:`inquired_name`)
        self._inquired: dict[str, str] = {}
        # a body's noun ("ministry") -> the bodies of that noun the document's first lines name in full
        self._issuers: dict[str, set[str]] = {}
        # whether the first lines open with a statement's word ("Statement on the report"), named issuer or not
        self._statement_headed = False
        # a newspaper's last word ("ledger") -> the names written with "the" and it, as shown ("Harlow Ledger")
        self._papers: dict[str, dict[str, str]] = {}
        # a document's noun ("note", "note verbale") -> the source the text said issued it ("In its note, the mission")
        self._issued_by: dict[str, str] = {}
        # an age written after a personal name ("Pavel Orr, 52,") -> the people written with it, each as written
        self._so_called: dict[str, dict[str, str]] = {}  # people by an age or ranking described ("no. 3")
        # a document's key ("statement") -> the subject the text said issued one, as written; None for more than one
        self._issued_in_sentence: dict[str, str | None] = {}
        # a kind's noun of ``NAMED_KINDS`` ("bank") -> each body of that kind the text named so far, key -> as written
        self._named_kinds: dict[str, dict[str, str]] = {}
        # the sources named as a club is, by a club's word last ("Kessel United", "Harbour City"): each a club in view
        self._clubs_credited: set[str] = set()
        self._clubs_opening: dict[str, str] = {}  # the clubs the document's first lines name, key -> as written
        self._clubs_written: set[str] = set()  # the clubs named so far by a club's word last, sources or not
        # a filing's kind ("suit", "indictment") -> who the text said filed it, as written; None for more than one
        self._filed_by: dict[str, str | None] = {}
        # whether the text wrote a filing since by another than the suit's filer (see :meth:`_files_anew`)
        self._filing_by_other = False
        # a body whose name says its kind, the subject acting in a sentence naming no source ("Northfall Energy asked
        # regulators ..."), as written, with the sentence it opened counted as ``_credited`` (see :meth:`see_body`)
        self._acting_body: tuple[str, str, int] | None = None
        # a state, the subject acting in a sentence naming no source ("Norway opened an inquiry"), kept as
        # ``_acting_body`` is: "Its foreign ministry" just after is its ministry (see :meth:`SourceIndex.see_state`)
        self._acting_state: tuple[str, str, int] | None = None
        # a name read as a person's by its capitals alone, the subject acting in a sentence naming no source ("Cardwell
        # Health cut 200 jobs"), as ``_acting_body`` is kept: its kind unsaid, "the company" may mean it (see
        # :meth:`see_capitals_subject`)
        self._acting_capitals: tuple[str, str, int] | None = None
        # firms by their names that were the subject of a sentence crediting no one (see :meth:`see_body`) or written
        # anywhere (see :meth:`_see_firm_names`), with their shown forms: the name's first word alone joins one (see
        # :meth:`_company_first_word`)
        self._acting_firms: dict[str, str] = {}
        # every business the text named so far by a word only a business ends its name with or a legal form ("Velta
        # Holdings", "Orvane Inc."), a firm of ``_acting_firms`` or not: "the company" joins the one firm written only
        # where it is the one business (see :meth:`_firm_written`)
        self._businesses_written: set[str] = set()
        self._firms_written_at: dict[str, int] = {}  # a firm of ``_acting_firms`` -> the sentence count it was first at
        # names read as people's by their capitals alone, ending in a common noun of firms' names, that were the subject
        # of a sentence crediting no one ("copperfell resources" of "Copperfell Resources opened the mine"), with their
        # shown forms, and every such name written anywhere: "the company" joins the one such firm however far back
        # where it is the one business named (see :meth:`see_capitals_subject`, :meth:`_firm_written`)
        self._firm_like_subjects: dict[str, str] = {}
        self._firm_like_written: set[str] = set()
        # a knight's or dame's title and given name -> the full names written after them ("Dame", "Ruth" -> {"Ruth
        # Corran"}), which "Dame Ruth" alone names (see ``HONOURED_NAME``)
        self._honoured: dict[tuple[str, str], set[str]] = {}
        # "his" or "her" and a person's own side's noun -> the full names set after them ("his", "wife" -> {"Mira
        # Halm"} of "His wife, Mira Halm, met reporters."), which "his wife" alone later names (see ``SIDE_NAMED``)
        self._sides_named: dict[tuple[str, str], set[str]] = {}
        # each such name -> the surnames written in its sentence and the one before, among them the person it serves
        # ("Mira Halm" -> {"halm"}); and the names after which another person was written, whom "his wife" may serve
        self._side_named_among: dict[str, frozenset[str]] = {}
        self._sides_named_stale: set[str] = set()
