"""People a document names: their roles, sex, spouses and relatives, whose side "his or her" is, the person a pronoun
may mean. :class:`PeopleReading` is one class of the chain that makes :class:`framing.source_index.SourceIndex`.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from itertools import islice

from .index_body_reading import BodyReading
from .index_groups import COUNTS, GROUP_LOOKBACK, plural_group
from .index_name_words import (
    ABBREVIATED_ROLES,
    BODY_HEADS,
    LIST_PARTS,
    NAME_THEN_ROLE,
    ONE_HOLDER_OFFICES,
    ONE_HOLDER_STATE_OFFICES,
    PARTY_OF,
    ROLE_THEN_NAME,
    THE_KIND_THEN_NAME,
    SERVING_ROLES,
    SPOUSE_NOUNS,
    SPOUSE_SPOKEN_OF,
    describes_person,
    first_keys,
    last_keys,
    mention_sex,
    parties_named,
    person_role_noun,
    role_head,
    second_last_key,
)
from .person_names import is_name, person_like, surnames_in
from .source_forms import one_spokesperson
from .source_keys import counted_key, text_key, without_accents
from .source_kinds import is_role, people_plural
from .source_words import (
    BODY_KINDS,
    EDGE,
    JOINERS,
    MONTHS,
    NAMELESS_NOUNS,
    PERSON_ROLES,
    PERSON_S_SIDE,
    PLAIN_ROLE_WORDS,
    RANK_MODIFIERS,
    ROLE_SYNONYMS,
    SHORT_POSTS,
    TITLE,
)

# "Bloomberg", a wire service, is no person's surname
from .textlines import NEWS_AGENCIES as _NEWS_AGENCIES
from .index_name_words import described_as_kin, forenames, from_given_name, FULL_NAME, INITIALISM, kin_given_name
from .index_name_words import NAME_ENDING_ABBREVIATIONS, name_start, other_name, PRONOUN_REACH, sex_written
from .index_name_words import titled_names
from .index_documents import HIS_OR_HER_DOCUMENT, MADE_AFTER_DOCUMENT
from .source_words import KIN, LEGAL_FORM_END, NOT_A_GIVEN_NAME, THIRD_PERSON
from .index_body_words import newspaper
from .source_forms import display_source
from .textchars import fold_apostrophes, without_invisible
from .given_names import given_name_sex
import unicodedata
from .source_keys import without_nickname

#: "in" and a month at a span's end ("Vetter in December", "Women in March"), which ``_WHEN_AFTER`` cuts as a time.
_IN_MONTH_END = re.compile(rf"\s+in\s+(?:{MONTHS})(?:\s+\d{{4}})?$", re.I)

_SPACE = re.compile(r"\s+")
#: A sentence opening with a definite role in lower case set apart by a comma just before a name ("The candidate, " of
#: "The candidate, Philippa Okonjo-Barnes, said"): group 1 the role with its "the".
_ROLE_OPENING_BEFORE_NAME = re.compile(r"((?i:the)\s+[a-z][\w'’ -]*?),\s*")
#: A definite role in lower case set apart by commas just after a name opening its sentence (", the candidate, " of
#: "Philippa Okonjo-Barnes, the candidate, said"): group 1 the role with its "the".
_ROLE_AFTER_NAME = re.compile(r",\s*(the\s+[a-z][a-z'’ -]*?),")

#: A body's or a government's post of one holder, read as ``ONE_HOLDER_STATE_OFFICES`` are, and also unless a source
#: named only by that post spoke since ("Harbour Authority chief executive Lena Marsh rejected the audit. Auditor
#: General Pavel Orr said ... The chief executive said" is Marsh's; "the minister" or "the senator" where one is
#: named). Not a post of many holders ("the aide", "the lawyer"), which may be another's once someone else was named.
_ONE_HOLDER_POSTS = [["chief", "executive"], ["ceo"], ["premier"], ["minister"], ["senator"]]
#: Nouns of one who reigns over a realm or a community ("the emir", "the traditional ruler"): a realm has one ruler,
#: whom such a noun means wherever the copy named them ("Obi Eze, the traditional ruler of Amaokwe, said ... Ada
#: Nwosu said ... The ruler said").
_RULER_NOUNS = frozenset("monarch ruler king queen emir sultan emperor empress oba".split())
#: Those of them that say no ruler's style, and so mean one named with any of them ("The monarch said" after "Emir
#: Obi Eze"); "the king" does not mean an emir.
_ANY_RULER_NOUNS = frozenset("monarch ruler".split())
#: Words written before a ruler's noun that tell no ruler from another ("the traditional ruler", "the paramount
#: ruler").
_RULER_QUALIFIERS = frozenset("traditional paramount royal".split())


def _ruler_described(want: list[str]) -> bool:
    """Whether the description's words ``want`` are a ruler's noun (see ``_RULER_NOUNS``), only words of
    ``_RULER_QUALIFIERS`` before it: "the emir", "the traditional ruler"."""
    return want[-1] in _RULER_NOUNS and all(word in _RULER_QUALIFIERS for word in want[:-1])


def _qualifiers(words: Collection[str]) -> set[str]:
    """The words of a role that tell it from another's: no role, rank, plain word, abbreviation or party ("sanders"
    of "sanders aide", "kessel" of "kessel county commissioner")."""
    return set(words) - PERSON_ROLES - RANK_MODIFIERS - PLAIN_ROLE_WORDS - ABBREVIATED_ROLES.keys() - PARTY_OF.keys()


def _qualified_anew(want: list[str], roles: frozenset[str]) -> bool:
    """Whether a description's words ``want`` fit a person written with ``roles`` that hold no word telling their
    office from another's (no place or body: "Kessel" of "Kessel Sen. Ana Ruiz"), the description adding such words
    only ("the Kessel senator", "the embattled senator" for "Sen. Ana Ruiz"): none a rank, a party's or a role, as a
    former, a Democratic or a deputy one may be another."""
    added = set(want) - roles
    return (bool(added) and not _qualifiers(roles) and not added & (RANK_MODIFIERS | PARTY_OF.keys() | PERSON_ROLES)
            and describes_person(" ".join(word for word in want if word not in added), roles))


#: An article and one to three lower-case words, none a preposition, before one capitalised word ("An angry Trump",
#: "an emotional Vask", "A visibly tired Vask"; not "A spokesperson for Vask", "An email unearthed by Vask"): a
#: surname so described when the document names that person (group 1).
#: One capitalised word in the possessive, "of" perhaps before it ("Beck's", "of Beck’s"): group 1 is the word.
_PERSON_POSSESSIVE = re.compile(r"(?:of\s+)?([A-Z][\w-]*[a-z][\w-]*)['’]s")


#: Nouns of people who act or speak for one person, or are kin to them ("lawyer", "spokeswoman", "aides", "brother"):
#: "his" or "her" before one means the person the pronoun means, never one that person serves (see
#: ``SERVING_ROLES``).
PERSONAL_SIDE = (rf"(?:lawyers?|attorneys?|spokes(?:man|woman|person)|aides?|advis[eo]rs?|doctors?|agents?"
                  rf"|{KIN})")
#: The nouns of a candidate's side, a person's family, an official's office, a minister's ministry or department, or
#: one of ``PERSONAL_SIDE``.
SIDE_NOUNS = rf"campaign|camp|team|family|office|ministry|department|{PERSONAL_SIDE}"
#: Such a side owned by "his" or "her" alone ("Her campaign", "his camp", "her family", "her office", a minister's
#: "his ministry" or "her department", "his lawyer", "her brother"; group 1 the pronoun, group 2 the noun): the side
#: of the person the pronoun means (see :meth:`SourceIndex._side_of_his_or_her`).
_HIS_OR_HER_SIDE = re.compile(rf"(?i:(his|her))\s+({SIDE_NOUNS})")
#: "His" or "her" and a noun of ``PERSONAL_SIDE``, then a full name set between commas ("His wife, Mira Halm,", "her
#: lawyer, Tom Vask,"; group 1 the pronoun, 2 the noun, 3 the name): the one a later "his wife" alone names (see
#: :meth:`PeopleReading._side_named_before`).
SIDE_NAMED = re.compile(rf"(?<![\w'’-])(?i:(his|her))\s+({PERSONAL_SIDE}),\s+"
                        r"([A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2}),")
#: A noun of a person's death or funeral and "of" before a capitalised word ("the death of A", "the murder of A"):
#: the name after it is a person's, whom "his" or "her" next may mean (see :meth:`_only_person_mourned`).
_DEATH_OF = re.compile(r"\b(?:death|funeral|killing|murder|burial|shooting|stabbing|memorial)\s+of\s+"
                       r"(?=[A-ZÀ-ÖØ-Þ])")


def with_stop(written: str, text: str) -> str:
    """The display form ``written`` with the full stop that ``text``, the words it was read from, writes after
    it when its last word is an abbreviation that ends a name ("Ana Ruiz Jr.", "Acme Corp.", "Harbour City
    F.C."): the stop is cut with the span's edges, and a source is shown as written in full."""
    last = written.rpartition(" ")[2]
    if not (last.lower() in NAME_ENDING_ABBREVIATIONS or INITIALISM.fullmatch(last)):
        return written
    return f"{written}." if re.search(rf"(?<![\w'’-]){re.escape(written)}\.(?!\w)", text) else written


class PeopleReading(BodyReading):
    """People a document names: their roles, sex, spouses and relatives, whose side "his or her" is, the
    person a pronoun may mean.
    """

    def _person_owning(self, text: str) -> str | None:
        """The person's word of a span that is one capitalised word in the possessive, "of" perhaps before it, when
        that word names a person so far (see :meth:`_person_word`): "Vask's" or "of Vask's" of "Vask's contention
        was ...", "Much of Vask's anger ..." after "Tom Vask said" is Vask, not a name ending in its own possessive
        ("Moody's said", whose word names no person)."""
        owner = _PERSON_POSSESSIVE.fullmatch(text.strip(EDGE))
        return owner.group(1) if owner and self._person_word(text_key(owner.group(1))) else None

    def _counted_one(self, bare: str, text: str) -> str | None:
        """The counted group of people mentioned last ("two former agency inspectors") when the span ``text``, of the
        canonical ``bare``, is "the" and the singular of the group's plural noun, its other words all the group's
        ("the former inspector"): the one of them the copy went on to quote, no source apart; ``None`` otherwise."""
        group = next(reversed(self._mentioned), None)
        if (group is None or bare in self.names or not text.strip(EDGE).lower().startswith("the ")
                or not plural_group(group)):
            return None
        words, members = bare.split(" "), group.split(" ")
        return group if f"{words[-1]}s" == members[-1] and set(words[:-1]) <= set(members[1:-1]) else None

    def _named_together(self, count: int) -> str | None:
        """The source named last of the last ``GROUP_LOOKBACK`` that is ``count`` names joined by "and" ("clyburn
        and butterfield") or a group of that count ("two former employees"), which "the two" or "both" means;
        ``None`` for none."""
        for named in islice(reversed(self._mentioned), GROUP_LOOKBACK):
            parts = LIST_PARTS.split(named)
            words = counted_key(named).split(" ")
            if ((" and " in named and len(parts) == count)
                    or (COUNTS.get(words[0]) == count and len(words) > 1 and people_plural(words[-1]))):
                return named
        return None

    def _person_word(self, word: str) -> bool:
        """Whether the document names ``word`` (a key) as a person so far: the surname of a personal name written
        ("Erdogan" of "Recep Tayyip Erdogan"), a person's last word, or a source on its own ("Erdogan said")."""
        return word in self.surnames or without_accents(word) in self._by_last or word in self.names

    def _month_kept(self, text: str, written: str) -> str:
        """``written``, the display form of the span ``text``, with the "in" and month that :func:`display_source`
        cut off as a time put back when what is left is one capitalised word that no title before it and no name
        the document wrote so far makes a person's ("Women in March", "Hotel in May": a name holding the month; not
        "Vetter in December" after "Ana Vetter", nor "Sen. Vetter in December")."""
        span = text.strip(EDGE)
        month = _IN_MONTH_END.search(span)
        if (month is None or " " in written or not written[:1].isupper() or not span[:month.start()].endswith(written)
                or TITLE.match(span) or self._person_word(text_key(written))):
            return written
        return written + span[month.start():]

    def _she_may_be_another(self, written: str) -> bool:
        """Whether a "she" after "M." and the surname ``written`` may be a woman named before rather than the
        speaker: the document gave the surname to a person already and named before a person of another surname not
        known to be a man ("Emmanuel Macron ... Marine Le Pen ... M. Macron said she was wrong": Monsieur Macron, of
        Le Pen). With no such person ("Tom Quill ... M. Quill said she disagreed") the "she" is the speaker's, and
        "M." an initial."""
        last = without_accents(text_key(written)).split(" ")[-1]
        return bool(self._by_last.holding([last])) and any(
            self.sex_of(name) != "he" and without_accents(name).split(" ")[-1] != last for name in self._people_named)

    def _note_sex(self, name: str, written: str, sentence: str, start: int, after: str) -> None:
        """Note the sex of the person ``name`` that their mention says: the span written from ``start`` in
        ``sentence``, which ends there, writing their name as ``written`` (see :func:`display_source`); ``after``
        the rest of the sentence (see :func:`mention_sex`): a title just before the name or a description after it,
        and "he" or "she" the name said just after it, or "his" or "her" in its relative clause of speech, each noted
        apart (see :meth:`sex_of`)."""
        written_sex, said_sex = mention_sex(written, sentence, start, after)
        if written_sex:
            self.sex_written[name] = written_sex if self.sex_written.get(name, written_sex) == written_sex else ""
        if said_sex:
            self._sex_said[name] = said_sex if self._sex_said.get(name, said_sex) == said_sex else ""
        namesakes = self._namesake_people.get(name.split(" ")[-1])
        if namesakes is not None:
            namesakes.vote(name, self.sex_of(name) if name in self.people else None)

    def _note_relative(self, given: str) -> None:
        """Note the relative named by the given name ``given`` alone as a fact's subject ("His mother, Carol, keeps
        ..."; see :meth:`topic_of`) as a person and a relative, so that the full name the copy writes later ("Carol
        Brennick believes ...") is the same person (see :meth:`_named_in_full`), as for a source so named."""
        self._note_person(given, frozenset())
        self._kin.add(given)

    def _office_holder(self, key: str) -> str | None:
        """The one person named before who holds the office of one holder (see ``ONE_HOLDER_OFFICES``) that
        ``key``, a subject written as that office alone ("the judge", "the sheriff"), names: the subject of a
        sentence naming no source, whom a "he" or "she" in the next sentence means ("The judge jailed Deveraux.
        He said ..." is the judge's, not the witness's who spoke before); ``None`` for another subject, or an
        office no one, or more than one, was named holding."""
        want = key.split(" ")
        if want not in ONE_HOLDER_OFFICES:
            return None
        return self._person_described(key, want, False)

    def may_be_person(self, name: str) -> bool:
        """Whether the source ``name``, credited by one capitalised word that reads as a surname ("Vask" of "Vask
        said"), may be a person whom a "he" or "she" next means: no role, group or news agency ("Officials",
        "Reuters"), no acronym, and not known as a company, a firm, an outlet, a place or a word of another body's
        name (see :meth:`_place_or_body`)."""
        shown = self.shown.get(name, name)
        return (" " not in name and is_name([shown]) and not shown.isupper() and not is_role(name)
                and name not in NAMELESS_NOUNS and name not in _NEWS_AGENCIES and name not in self.companies
                and name not in self._firms and name not in self._reporters and name not in self.places
                and name not in self._company_words
                and all(PERSON_S_SIDE.fullmatch(body, len(name)) for body in self._bodies.holding([name]) - {name}))

    def _spouse_named(self, person: str, after: str) -> None:
        """Credit to ``person``, named in full, the earlier source that is a spouse of someone of their surname with
        no name given ("Orta's wife said"), when what follows their mention in the sentence (``after``) speaks of
        that spouse's partner as theirs ("Lucia Orta said her husband had driven that road": the wife, named now);
        not a relative of another kind (a daughter's "her father" may be any child's), nor once it was named."""
        spoken = SPOUSE_SPOKEN_OF.search(after)
        if spoken is None:
            return
        surname = person.rpartition(" ")[2]
        for noun in SPOUSE_NOUNS[spoken.group(1).lower()]:
            relative = f"{surname}'s {noun}"
            if relative in self.names and relative not in self.named_later:
                self.named_later[relative] = person
                return

    def _no_person(self, name: str) -> None:
        """Read the source ``name``, noted as a person by its capitalised words ("Orvane Pharma"), as a body."""
        if name not in self.people:
            return
        words = name.split()
        self._by_role.remove(name, self.people.pop(name))
        self._by_first.remove(name, first_keys(name))
        self._by_last.remove(name, last_keys(name))
        self._by_first_surname.remove(name, second_last_key(name))
        self._namesake_people.pop(words[-1], None)  # read again when next needed, without them
        self._bodies.add(name, words)
        self._people_named.pop(name, None)
        if self.recent_person == name:
            self.recent_person = None
        if self.subject_person == name:
            self.subject_person = None

    def _name_the_role(self, text: str, name: str, before: str = "", after: str = "") -> None:
        """Credit an earlier nameless role to ``name`` when ``text`` reads "the <role>, <name>" or "<name>, the
        <role>" ("A former farm manager told a jury ...", then "Piet Dorran, the former manager, said"), also where the
        span is the name alone and the sentence sets the role apart before or after it (``before``, ``after``: "The
        candidate, [Philippa Okonjo-Barnes], said"; not "The candidate, [Philippa Okonjo-Barnes] said, had lied",
        where she speaks of the candidate), and an earlier nameless body, written in lower case, to the body
        so named ("a government watchdog group", then "The group, Open Ledger")."""
        written = _SPACE.sub(" ", text.strip(EDGE))
        role_before = (_ROLE_OPENING_BEFORE_NAME.fullmatch(_SPACE.sub(" ", before.lstrip()))
                       if after.startswith(",") else None)
        role_after = None if before.strip() else _ROLE_AFTER_NAME.match(_SPACE.sub(" ", after))
        if role_before is not None:
            written = f"{role_before.group(1)}, {written}"
        elif role_after is not None:
            written = f"{written}, {role_after.group(1)}"
        kind = THE_KIND_THEN_NAME.match(written)
        if (kind is not None and kind.group(1) in BODY_KINDS and name not in self.names
                and text_key(kind.group(2)) == name):
            self._name_the_body([kind.group(1)], name)  # "the Geneva-based group Exile Watch" after "A rights group"
            return
        found = ROLE_THEN_NAME.match(written) or NAME_THEN_ROLE.match(written)
        if not found or name in self.names or " " not in name:
            return
        role = re.sub(r"['’]s(?=\s)", "", one_spokesperson(found.group(1))).lower()  # "army's spokesperson"
        want = role.split(" ")
        if want[-1] in BODY_KINDS:  # "The group, Open Ledger": a body, whatever its name looks like
            self._name_the_body(want, name)
            return
        if not person_role_noun(want[-1]) or not person_like(name, text):
            return
        # the role as written later ("the army spokesperson") or its last word alone ("the spokesperson"), perhaps
        # before whom it serves ("representative for quenby" of "A representative for Quenby denied ...")
        nameless = [n for n in self._bodies.holding(want[-1:]) if n not in self.named_later
                    and (held := n.partition(" for ")[0].split(" "))[-1] == want[-1]
                    and (set(want) <= set(held) or n == want[-1] or held == want)
                    and not (RANK_MODIFIERS & set(n.split(" "))) - set(want)]  # not "a deputy minister"
        if len(nameless) == 1:
            self.named_later[nameless[0]] = name

    def _forget_person(self, name: str) -> None:
        """Forget ``name`` as a person and as a body, a name no later mention joins (see
        :meth:`_described_in_headline`)."""
        self._no_person(name)
        self._bodies.remove(name, name.split(" "))
        self._headline_people.discard(name)

    def _person_described(self, bare: str, want: list[str], denial: bool, anyone: bool = False) -> str | None:
        """The one person whose role the description ``bare`` (its words ``want``) fits, when that person was
        named just before, or ``anyone`` named, or, in a ``denial``, before accusers only, or anywhere when the
        description has a word that tells it from another role of its kind (see :func:`_qualifiers`: "the Ruiz
        aide", "the defense secretary", "the California Democrat") when the person who spoke last may not hold
        it unsaid (see :meth:`_spoke_last_untold`); else ``None``. A post in
        letters of ``SHORT_POSTS`` ("the SP", "the deputy CM") is one office, whose one holder named anywhere before
        it means ("Superintendent of Police Ravi Lund said ... Tomas Brandt said ... The SP said": Lund), and so is a
        city's office or a case's judge of ``ONE_HOLDER_OFFICES`` ("Mayor Carla Whitcomb said ... Omar Baines said
        ... The mayor said"), and a state's of ``ONE_HOLDER_STATE_OFFICES`` ("the governor")."""
        # "the Dunmore boss" is the Dunmore manager or coach (see ``ROLE_SYNONYMS``)
        readings = [want, *(want[:-1] + [role] for role in ROLE_SYNONYMS.get(want[-1], ()))]
        fitting = {p for words in readings for p in self._by_role.holding(words)
                   if describes_person(" ".join(words), self.people[p])}
        unparty = [word for word in want if word not in PARTY_OF]
        if not fitting and unparty and unparty != want:
            # "the Republican governor" after "Gov. Tom Vask", written with no party, is him when no role written
            # with him names another party
            fitting = {p for p in self._by_role.holding(unparty)
                       if describes_person(" ".join(unparty), self.people[p])
                       and parties_named(self.people[p]) <= parties_named(want)}
        if not fitting and _ruler_described(want):
            # "the monarch" after "Obi Eze, the traditional ruler of Amaokwe", "the king" after "King Harald Varn"
            fitting = self._rulers(_RULER_NOUNS if want[-1] in _ANY_RULER_NOUNS else frozenset(want[-1:]))
        if not fitting:
            fitting = self._heads_of_body(want)  # "the swimming federation chief" after "Federation president Vukic"
        if not fitting and len(want) > 1 and role_head(bare) == want[-1]:
            # "the Kessel senator" or "the embattled senator" after "Sen. Ana Ruiz", written with no word that tells
            # her office from another's (see :func:`_qualified_anew`)
            fitting = {p for p in self._by_role.holding(want[-1:]) if _qualified_anew(want, self.people[p])}
        if not fitting and want[0] == "former" and role_head(bare) in PERSON_ROLES and self.topic_person:
            return self._topic_described()  # "Tom Vask cast his ballot. ... the former state senator said"
        if not fitting:
            return self._surname_described(want)
        if len(fitting) != 1:  # "the minister" with two ministers: no one
            return None
        person = fitting.pop()
        # named just before, or the subject of the sentence before ("Gov. Ana Ruiz ... Ruiz pounced. The governor
        # said"), or in a denial a source named before accusers only, who deny nothing ("Minister Ana Corvell
        # denied it. Sami Rahimi called for an audit. The minister rejected that call.")
        if (person in (self.described, self.topic_person) or anyone or any(word in SHORT_POSTS for word in want)
                or want in ONE_HOLDER_OFFICES
                or (self._reigns(person, want) and not self._spoke_last_untold(person))
                or ((_qualifiers(want) or want in ONE_HOLDER_STATE_OFFICES) and not self._spoke_last_untold(person))
                or (want in _ONE_HOLDER_POSTS and not self._spoke_last_untold(person)
                    and not self._role_credited_since(person, want[-1]))
                or (denial and self._accusers_since(person) and (person in self.names or self._accused(person)))):
            return person
        return None

    def _rulers(self, nouns: frozenset[str]) -> set[str]:
        """The people named with a ruler's noun of ``nouns`` (see ``_RULER_NOUNS``) among their roles ("Emir Obi
        Eze") or opening the name a royal is known by ("King Harald Varn")."""
        return {person for person, roles in self.people.items() if (roles | {person.split(" ")[0]}) & nouns}

    def _reigns(self, person: str, want: list[str]) -> bool:
        """Whether the description ``want`` that fits ``person`` is a ruler's (see :func:`_ruler_described`), or
        "the chief" of a chief named as a ruler ("Chief Obi Eze, the traditional ruler of Amaokwe"): the one ruler
        named, whom it means wherever in the copy, though someone else spoke since."""
        return _ruler_described(want) or (want == ["chief"] and bool(self.people[person] & _RULER_NOUNS))

    def _heads_of_body(self, want: list[str]) -> set[str]:
        """The people written heading a body ("Federation president Dora Vukic": a word of ``BODY_HEADS`` and the
        body's words) whom the nameless description ``want``, ending in another word of heading, fits ("the swimming
        federation chief", "the federation boss"): every word of their body in it, and no rank nor other role beside
        ("the deputy federation chief" is no one's), as :meth:`_head_named_later` joins them the other way round."""
        if len(want) < 2 or want[-1] not in BODY_HEADS:
            return set()
        words = set(want) - BODY_HEADS
        if words & (RANK_MODIFIERS | PERSON_ROLES):
            return set()
        heads = set()
        for person in self._by_role.holding(want[-1:]) | {p for head in BODY_HEADS - {want[-1]}
                                                         for p in self._by_role.holding([head])}:
            body = self.people[person] - BODY_HEADS - JOINERS
            if body and (body <= words or words <= body) and not body & RANK_MODIFIERS:
                heads.add(person)
        return heads

    def _surname_described(self, want: list[str]) -> str | None:
        """The surname alone the sentence before named with a title and no source ("Gov. Vask vetoed the bill."; see
        :meth:`_see_titled`) that the description ``want``, a role alone, fits ("The governor said"), when no person
        named in full holds that role, or the one person named in full by that surname; ``None`` for none. Not noted
        as a person otherwise: a word after a title may be a place's or a body's ("Gov. Ohio", "Sen. Finance")."""
        if self._described_surname is None or len(want) != 1:
            return None
        surname, roles = self._described_surname
        if want[0] not in roles or surname in self.places or surname in self.companies or self._by_role.holding(want):
            return None
        people = self._by_last.holding([without_accents(surname)])
        if len(people) > 1:
            return None  # two people of that surname named in full: either
        return next(iter(people), surname)  # "Donald Ruiz said ... Gov. Ruiz vetoed it": him

    def _role_credited_since(self, person: str, head: str) -> bool:
        """Whether a source with no name, only a role ending in ``head``, was credited since ``person`` was ("Lawyer
        Ana Ruiz said ... Another lawyer said ... The lawyer said" may be the other's words)."""
        credited = list(self._credited)
        since = credited[credited.index(person) + 1:] if person in credited else credited
        return any(name.rpartition(" ")[2] == head and name not in self.people for name in since)

    def _spoke_last_untold(self, person: str) -> bool:
        """Whether the source credited last is another person than ``person``, written with no role of their own,
        who may hold ``person``'s role unsaid ("Sami Rahimi called for an audit. The health minister said ..." may be
        Rahimi's words)."""
        last = next(reversed(self._credited), None)
        return last is not None and last != person and last in self.people and not self.people[last] & PERSON_ROLES

    def _topic_described(self) -> str | None:
        """The person the sentence before wrote of as its subject (``topic_person``), whom a former office with "the"
        that no one named so far was written with describes ("Tom Vask cast his ballot in Marlow. Speaking to
        reporters afterward, the former state senator said ..."), noted as a person from now on."""
        person = self.topic_person
        if person is not None and person not in self.people:
            self._note_person(person, frozenset())
        return person

    def _accused(self, person: str) -> bool:
        """Whether a source named since ``person`` was last named made an allegation: the person, named with a title
        though no source, is then the one accused, who may answer ("Brent Kolber accused Senator Clara Venn of ...
        The senator denied it.", "Prime Minister Aurel Dinescu is seeking a third term. Marta Ostrova accused him
        of ... The prime minister denied it.")."""
        named = list(self._mentioned)
        return any(name in self.alleged for name in named[named.index(person) + 1:])

    def _mention(self, name: str) -> None:
        """Note that ``name`` was named now, after every other source named so far."""
        self._mentioned.pop(name, None)
        self._mentioned[name] = None
        self._mentioned_at[name] = self._seen_count

    def _accusers_since(self, person: str) -> bool:
        """Whether every source named since ``person`` was last named made a claim in its last credited
        sentence, or serves ``person`` (see :meth:`_serves_person`), so none of them is another who denies now
        ("Vantigem's lawyer, Pia Holm, said he would appeal ... The sprinter denied wrongdoing": Vantigem)."""
        named = list(self._mentioned)
        return all(name in self._claimed_last or self._serves_person(name, person)
                   for name in named[named.index(person) + 1:])

    def _serves_person(self, name: str, person: str) -> bool:
        """Whether the source ``name`` was written as one serving ``person`` by a role of ``SERVING_ROLES`` and that
        person's surname ("Vantigem's lawyer, Pia Holm"), whose denial is the person's side, not another's."""
        roles = self.people.get(name, frozenset())
        return name != person and bool(roles & SERVING_ROLES) and without_accents(person.rpartition(" ")[2]) in roles

    def _side_of_his_or_her(self, text: str, before: str = "", after: str = "") -> str | None:
        """The span ``text`` written with its owner's name when it is a candidate's side owned by "his" or "her"
        alone (see ``_HIS_OR_HER_SIDE``): the side of the person the pronoun means (see :meth:`person_for`), or of
        the person whose surname that one's roles hold when they work for another ("Ruiz's campaign spokeswoman,
        Lena Marsh") unless the noun is one person's own (``PERSONAL_SIDE``: "Her lawyer" is Marsh's, when Marsh was
        credited in the sentence just before, or is the one person that sentence, crediting no one, writes of, or
        is named in its own: the pronoun may mean a person only written of since); written as the
        side the document named for that person before ("the Kolb campaign", "Kolb's campaign", "The campaign of Rita
        Kolb"), else as the surname's ("Kolb's campaign", "Kolb's brother"). ``None`` for another
        span, or where the pronoun means no one, or someone working for no person named; ``before`` and ``after`` are
        the sentence's text before and after the span."""
        found = _HIS_OR_HER_SIDE.fullmatch(text.strip(EDGE))
        if found is None:
            return None
        pronoun, noun = "he" if found.group(1).lower() == "his" else "she", found.group(2).lower()
        topic, just_written = self._topic_for(pronoun), self._only_person_just_written(pronoun)
        person = topic or just_written or self.person_for(pronoun)
        if person is None:
            return (self._only_side_named(noun, pronoun) or self._only_side_described(noun)
                    or self._side_of_role_just_credited(noun, pronoun))
        if re.fullmatch(PERSONAL_SIDE, noun):
            named_here = person.rpartition(" ")[2] in text_key(before).split(" ")
            mourned = self._seen_count - 1 not in self._credited.values() and person == self._only_person_mourned(
                self._seen_before, pronoun)  # "His brother said" after "the killing of Tom Brack": Brack's brother
            # "Tom Vask was arrested. His lawyers said he ...": Vask's, where the sentence writes no name of its own
            written_before = (person in (topic, just_written)
                              and not re.search(r"(?<=\s)[A-Z]", f"{before} {after}".strip()))
            if ((self._credited.get(person) != self._seen_count - 1 and not named_here and not mourned
                 and not written_before)
                    or THIRD_PERSON[pronoun].search(before) or other_name(f"{before} {after}", person)):
                # "Her doctor said" long after the person last spoke, or after a "she" of its own sentence ("She
                # swims daily, her doctor said"), or in one naming another ("According to her lawyer, Rhoda Senn
                # never saw the books"): maybe anyone's, the last speaker too
                return None
        else:
            roles = self.people.get(person, frozenset())
            served = [name for role in roles for name in self._by_last.holding([without_accents(role)])
                      if name != person]
            if len(served) == 1:
                person = served[0]
            elif served or roles & SERVING_ROLES:
                return None  # "Her campaign" after "A lawyer, Rita Kolb": no candidate's side
        surname = person.rpartition(" ")[2]
        side = re.compile(rf"(?:.+ )?{re.escape(surname)}(?:'s)? {noun}|{noun} of (?:.+ )?{re.escape(surname)}")
        named = [name for name in self.names if side.fullmatch(name)]
        if named:
            return self.shown.get(named[-1], named[-1])
        return f"{self.shown.get(person, person).rpartition(' ')[2]}'s {noun}"

    def _topic_for(self, pronoun: str) -> str | None:
        """The person the sentence before wrote of as its subject (``topic_person``), naming no source, whom "his" or
        "her" (``pronoun``) means before anyone named earlier: "Foreign Minister Ana Dorr visited Kestoria. Her office
        said ..." is Dorr's office. Only one known to be of the pronoun's sex, or of unknown sex where no one else
        named may be meant (see :meth:`person_for`); ``None`` otherwise."""
        topic = self.topic_person
        if topic is None or self.sex_of(topic) not in (None, pronoun):
            return None
        return topic if self.sex_of(topic) == pronoun or self.person_for(pronoun) is None else None

    def _only_person_just_written(self, pronoun: str) -> str | None:
        """The one person the sentence just before names in full (see :meth:`only_person_named`), a sentence that
        credits no one, whom "his" or "her" (``pronoun``) of a side means before anyone named earlier: "Protests
        began after the death of Yusuf Amrani, who died in custody. His family says ..." is Amrani's family, not that
        of the chief constable who spoke before; ``None`` where it credits someone or names no such one person."""
        if self._seen_count - 1 in self._credited.values():
            return None
        return self.only_person_named(self._seen_before, pronoun) or self._only_person_mourned(self._seen_before,
                                                                                                  pronoun)

    def _only_person_mourned(self, text: str, pronoun: str) -> str | None:
        """The person ``text`` names in full after a noun of their death (see ``_DEATH_OF``: "Ailsa Mardine" of "The
        town mourned the death of Ailsa Mardine on Sunday."), whatever their given name, of a sex not written or of
        ``pronoun``'s: the one "his" or "her" of a side next means, as after "Ailsa Mardine died on Sunday."; ``None``
        where ``text`` names anyone else who may be a person ("the killing of Tom Brack by Ray Sull"), or two after
        the noun ("the deaths of Ailsa Mardine and Tom Brack"), or words there of no person ("the death of Harlow
        Rovers")."""
        mourned = [FULL_NAME.match(text, death.end()) for death in _DEATH_OF.finditer(text)]
        found = mourned[0] if len(mourned) == 1 else None
        if found is None or found.group(0).endswith(("'s", "’s")):
            return None  # "the death of Tom Brack's son" is the son's
        name = text_key(found.group(0))
        others = [match for match in FULL_NAME.finditer(text)
                  if match.start() != found.start() and person_like(text_key(match.group(0)), text)]
        if (others or self.others_named(text, name) or not person_like(name, text)
                or sex_written(found.group(0).split()) not in (None, pronoun)):
            return None
        return self.topic_of(text, found.start(), found.end())

    def _document_of_his_or_her(self, text: str) -> str | None:
        """The span ``text``, a document owned by "His" or "Her" opening a sentence (see ``HIS_OR_HER_DOCUMENT``),
        written with the name of the person the pronoun means (see :meth:`person_for`), as "Its report" is with its
        body's: "Charles Adeyemi's inspection" of "His inspection" after "the Chief Inspector of Prisons, Charles
        Adeyemi, said", his own, also with the span run on into when it came out ("His analysis, published"); or of
        the one person the sentence before names, a source or not (see
        :meth:`only_person_named`: "an inquiry, led by barrister Yusuf Delacroix" before "His report found that
        Reaves ..."); ``None`` for another span, or where the pronoun means no one."""
        found = HIS_OR_HER_DOCUMENT.fullmatch(MADE_AFTER_DOCUMENT.sub("", text.strip(EDGE)))
        pronoun = "he" if found and found.group(1) == "His" else "she"
        person = (self.only_person_named(self._seen_before, pronoun) or self.person_for(pronoun)) if found else None
        return f"{self.shown.get(person, person)}'s {found.group(2)}" if found and person else None

    def see_sides_named(self, text: str) -> None:
        """Note each full name the sentence ``text`` sets after "his" or "her" and a person's own side's noun (see
        ``SIDE_NAMED``: "Mira Halm" of "His wife, Mira Halm, met reporters."), with the surnames written around it,
        among them the person it serves; and, of those noted before, each that the sentence writes another person's
        surname after ("Tom Brandt" of "His lawyer, Tom Brandt, said ..." once "A second man, Ivan Kolb, was charged"):
        a later "his lawyer" may be that person's (see :meth:`_side_named_before`)."""
        written = surnames_in(text)
        self._sides_named_stale.update(name for name, among in self._side_named_among.items() if written - among)
        for found in SIDE_NAMED.finditer(text):
            self._sides_named.setdefault((found.group(1).lower(), found.group(2).lower()), set()).add(found.group(3))
            self._side_named_among.setdefault(found.group(3), self.surnames_seen_last | written)

    def _side_named_before(self, text: str) -> str | None:
        """The one full name the document set after "his" or "her" and a person's own side's noun (see
        ``SIDE_NAMED``) that the span ``text``, that pronoun and noun alone, names again: "Mira Halm" for "his wife"
        after "His wife, Mira Halm, met reporters."; ``None`` for another span, where none or two were so named, or
        where another person was written since (see :meth:`see_sides_named`)."""
        found = _HIS_OR_HER_SIDE.fullmatch(text.strip(EDGE))
        if found is None or not re.fullmatch(PERSONAL_SIDE, found.group(2).lower()):
            return None
        names = self._sides_named.get((found.group(1).lower(), found.group(2).lower()), set())
        return next(iter(names)) if len(names) == 1 and not names & self._sides_named_stale else None

    def _only_side_named(self, noun: str, pronoun: str) -> str | None:
        """The one person's side of the kind ``noun`` ("campaign") the document named as a source so far, written
        with its owner's capitalised name ("Mrs. Kolb's campaign", "the Kolb campaign", "family of Dana Keel"), whom
        "his" or "her" (``pronoun``) may mean: no person of that surname is known to be of the other sex. ``None`` for
        none or sides of two owners."""
        side = re.compile(rf"(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+)*?([A-Z][\w'’-]*?)(?:['’]s)?\s+{noun}"
                          rf"|(?:[Tt]he\s+)?{noun}\s+of\s+(?:[A-Z][\w.'’-]*\s+)*?([A-Z][\w'’-]*)")
        owners: dict[str, str] = {}
        for name in self.names:
            found = side.fullmatch(self.shown.get(name, name))
            owner = text_key(found.group(1) or found.group(2)) if found else ""
            people = self._by_last.holding([without_accents(owner)]) if found else set()
            if found and (not people or any(self.sex_of(person) in (None, pronoun) for person in people)):
                owners[owner] = name
        return self.shown.get(owners.popitem()[1]) if len(owners) == 1 else None

    def _side_of_role_just_credited(self, noun: str, pronoun: str) -> str | None:
        """One person's own side of the kind ``noun`` ("lawyer": see ``PERSONAL_SIDE``) written with the one source
        the sentence just before was credited to, when that is a person known by a role alone, no name ("The
        sergeant, who has since retired, denied wrongdoing. His lawyer said ...": "sergeant's lawyer"), not known
        to be of the other sex than "his" or "her" (``pronoun``); ``None`` otherwise."""
        before = [name for name, at in self._credited.items() if at == self._seen_count - 1]
        if not re.fullmatch(PERSONAL_SIDE, noun) or len(before) != 1:
            return None
        role = before[0]
        if (role in self.people or " " in role or role not in PERSON_ROLES
                or self.sex_of(role) not in (None, pronoun)):
            return None
        return f"{self.shown.get(role, role)}'s {noun}"

    def _only_side_described(self, noun: str) -> str | None:
        """The one source named so far as the side of the kind ``noun`` of someone described, not named ("family of
        a 62-year-old woman" for "her family"); ``None`` for none or two."""
        described = [name for name in self.names if name.startswith(f"{noun} of ")]
        return self.shown.get(described[0], described[0]) if len(described) == 1 else None

    def person_for(self, pronoun: str, besides: str | frozenset[str] | None = None) -> str | None:
        """The person "he" or "she" (``pronoun``) stands for: the person named most recently, unless their sex
        is known to be the other (see :meth:`sex_of`), then the one named last before them whose sex is not,
        among the last ``PRONOUN_REACH`` people named (one only ever the subject of a fact, of unknown sex, giving
        way to a speaker of the pronoun's sex credited before them); none when each of them is of the other sex, as
        crediting a woman's words to a man misleads more than crediting no one. A person ``besides`` (the guest an
        interviewer speaks to, whom they call "you"; or them and the interviewer) is passed over, as if never named."""
        passed = frozenset([besides]) if isinstance(besides, str) else besides or frozenset()
        recent = self.recent_person
        if recent is None or (recent not in passed and self.sex_of(recent) in (None, pronoun)):
            return recent
        named = (name for name in reversed(self._people_named) if name not in passed)
        fitting = [name for name in islice(named, PRONOUN_REACH) if self.sex_of(name) in (None, pronoun)]
        if fitting and fitting[0] in self._only_subjects and self.sex_of(fitting[0]) is None:
            # "Mara Quill said ... Dana Holm has run the store ... Tom Vell said ... She said": Quill, who spoke
            return next((name for name in fitting if name in self._credited and self.sex_of(name) == pronoun),
                        fitting[0])
        return fitting[0] if fitting else None

    def topic_of(self, sentence: str, start: int, end: int) -> str | None:
        """The person the subject at ``start:end`` of ``sentence``, a sentence that names no source (see
        :func:`opening_subject`), writes of, with their sex as the mention says it noted: a person named before, in
        full or by a surname that one person named so far ends with ("Oduya was less sure." after "Dr. Felix Oduya
        said ..."), or one named here in full ("Delphine Arkwright, 52, has been ...") or by a surname after a
        personal title ("Ms Arkwright has run ...") or written in a full name before (see
        :meth:`_one_word_person`); ``None`` for a company, a body (one written after its kind too: see
        :meth:`_see_kinds_written`), a newspaper (see :func:`newspaper`), a place or a surname of two people. A "he" or
        "she" in the next sentence may mean them (see :meth:`take_topic`)."""
        text = fold_apostrophes(unicodedata.normalize("NFC", without_invisible(without_nickname(sentence[start:end]))))
        written = display_source(text)
        key = text_key(written)
        holder = self._office_holder(key)
        if holder is not None:
            return holder  # "The judge sentenced her" after "Judge Aaron Whitlock is due to ...": Whitlock
        relative = resident = False
        if " " not in key and key not in self.people:
            named = self._by_last.holding([without_accents(key)])
            meant = self._namesake_meant(key, written, sentence, start, sentence[end:]) if len(named) > 1 else None
            if len(named) == 1:
                key = named.pop()  # "Oduya" of "Dr. Felix Oduya"
            elif meant in named:
                key = meant  # "Salgado himself declined" after "Rui Salgado" spoke, then his son "Miguel Salgado"
            elif named or not (self._one_word_person(key, written, text)  # "Ms Arkwright", "Wren" of "Tobias Wren"
                               or (relative := kin_given_name(key, written, described_as_kin(
                                   written, sentence[:end], start, sentence[end:])))
                               or (resident := self._resident_given_name(key, written))):  # "Amira has stopped"
                return None  # a relative named alone is a person: "His mother, Carol, keeps ..."
            elif len(self._namesakes.get(key, {})) == 1 and (not TITLE.match(text.strip(EDGE)) or _same_sex_titled(
                    text.strip(EDGE), next(iter(self._namesakes[key].values())))):
                # "Marsh" after "Judge Carla Benning told Edith Marsh ...": the one person written in full by that
                # surname, whose given name may tell her sex, from that given name on ("Republican Tom Vask": Tom Vask)
                written = next(iter(self._namesakes[key].values()))
                key = text_key(written)
                key, written = from_given_name(key, written) or (key, written)
        elif key not in self.people and (not person_like(key, text) or key in self.names or key in self.companies
                                         or key in self._firms or LEGAL_FORM_END.search(key)
                                         or key in self._kinds_written or newspaper(key, sentence[:end])):
            # "The Kessel Courier reported ..." is no one "he" may mean, nor "Rating agency Norcrest Ratings cut ..."
            return None
        self.shown.setdefault(key, with_stop(written, sentence[start:]))
        self._note_sex(key, written, sentence[:end], start, sentence[end:])
        if relative:
            self._note_relative(key)
        if resident:
            self.sex_written.setdefault(key, given_name_sex(written) or "")  # a one-word name has no given name's sex
        return key

    def write_topic_in_full(self, name: str) -> None:
        """Note ``name``, a person of two words or more a sentence naming no source wrote of as its subject (see
        :meth:`topic_of`), as a person written in full by their surname (see ``_namesakes``), though their given name
        is no known one ("Jonah Brel interviewed the minister.", as "Deiniol Pryce, a farmer," is: see
        ``_written_as_people``): the surname alone after it ("Brel said ...") joins them, as it would after "Tom
        Brel"; not words of English before the surname ("Unlike Patriot": see ``NOT_A_GIVEN_NAME``), and a word of a
        place or a body's name stays as it is (see :meth:`_joins_only_namesake`). The caller leaves out a subject
        holding the writer's loaded word ("Brazen Tessaly lost again.")."""
        surname = name.rpartition(" ")[2]
        if name in self.people:
            return
        for given, shown in forenames(self.shown.get(name, name), {surname}).get(surname, {}).items():
            if given & NOT_A_GIVEN_NAME:
                continue
            shown = self._namesakes.setdefault(surname, {}).setdefault(given, shown)
            self._written_as_people.add(text_key(shown))
            self._written_at.setdefault((surname, given), self._seen_count)
            namesakes = self._namesake_people.get(surname)
            if namesakes is not None:
                self._file_namesake(namesakes, given, text_key(shown), shown)
                namesakes.wrote(given, self._written_at[surname, given])

    def others_named(self, text: str, person: str) -> dict[str, str | None]:
        """The people other than ``person`` (a key) that ``text`` names, by the key of their last word, each with
        their sex, "he" or "she", or ``None`` when unknown: named in full with a given name of
        :mod:`framing.given_names` or after a title ("Tom Vell", "Mr. Tom Vell", "Ms Okafor"; not "Halvorsen
        Freight"), a titled one of :func:`people_in`, their sex as the name is written (see :func:`sex_written`);
        or by the last word of a person credited so far ("Oduya"), of the sex known of them (see :meth:`sex_of`)
        when only one person ends with it. A "he" or "she" of the pronoun's sex after ``text`` may be theirs."""
        own = set(person.split())
        named = {text_key(found.group(0).split()[-1].rstrip(".")): sex_written(found.group(0).split())
                 for found in titled_names(text)}  # "oduya" of "... from Councillor Oduya."
        for found in FULL_NAME.finditer(text):
            words = found.string[name_start(found):found.start(2)].split()
            if words and (given_name_sex(words[0]) or TITLE.match(" ".join(words) + " ")):
                named.setdefault(text_key(found.group(2)), sex_written(words))
        for key in map(text_key, re.findall(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][^\W\d_]*", text)):
            people = self._by_last.holding([without_accents(key)])
            if people and named.get(key) is None:
                named[key] = self.sex_of(next(iter(people))) if len(people) == 1 else None
        return {key: sex for key, sex in named.items() if key not in own}

    def only_person_named(self, text: str, pronoun: str, any_sex: bool = False) -> str | None:
        """The one person ``text`` names, written in full with a given name or a title of the sex of ``pronoun``
        ("he" or "she"; see :meth:`others_named`), or of a sex not written when ``any_sex`` ("Councillor Oduya": no
        one else the pronoun may mean), its sex noted as :meth:`topic_of` notes a subject's: "Nora
        Quill" of "That, party treasurer Nora Quill explained, was deliberate."; ``None`` where it names anyone
        else who may be of that sex, a person credited so far by surname included, or any other capitalised name
        whose sex it does not tell ("Lee Brandt", "New York")."""
        sexes = self.others_named(text, "")
        fitting = [key for key, sex in sexes.items() if sex in (None, pronoun)]
        names = {text_key(found.group(2)): found for found in FULL_NAME.finditer(text)}
        if (len(fitting) != 1 or sexes[fitting[0]] not in (pronoun, None if any_sex else pronoun)
                or fitting[0] not in names or set(names) - set(sexes)):
            return None
        return self.topic_of(text, name_start(names[fitting[0]]), names[fitting[0]].end())


def _same_sex_titled(titled: str, full: str) -> bool:
    """Whether the surname after a title (``titled``: "Ms Okafor") is of the sex that the title and the given name of
    the one person written in full by that surname (``full``: "Nadia Okafor") both tell: then it is that person. A
    title of no sex ("Dr Okafor") or of the other ("Mr Okafor" after "Nadia Okafor") may be a relative."""
    sex = sex_written(titled.split())
    return sex is not None and sex == sex_written(full.split())
