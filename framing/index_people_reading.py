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
from .person_names import is_name, person_like
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

#: "in" and a month at a span's end ("Vetter in December", "Women in March"), which ``_WHEN_AFTER`` cuts as a time.
_IN_MONTH_END = re.compile(rf"\s+in\s+(?:{MONTHS})(?:\s+\d{{4}})?$", re.I)

_SPACE = re.compile(r"\s+")

#: A body's or a government's post of one holder, read as ``ONE_HOLDER_STATE_OFFICES`` are, and also unless a source
#: named only by that post spoke since ("Harbour Authority chief executive Lena Marsh rejected the audit. Auditor
#: General Pavel Orr said ... The chief executive said" is Marsh's; "the minister" or "the senator" where one is
#: named). Not a post of many holders ("the aide", "the lawyer"), which may be another's once someone else was named.
_ONE_HOLDER_POSTS = [["chief", "executive"], ["ceo"], ["premier"], ["minister"], ["senator"]]


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

    def _name_the_role(self, text: str, name: str) -> None:
        """Credit an earlier nameless role to ``name`` when ``text`` reads "the <role>, <name>" or "<name>, the
        <role>" ("A former farm manager told a jury ...", then "Piet Dorran, the former manager, said"), and an
        earlier nameless body, written in lower case, to the body so named ("a government watchdog group", then "The
        group, Open Ledger")."""
        written = _SPACE.sub(" ", text.strip(EDGE))
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
        # the role as written later ("the army spokesperson") or its last word alone ("the spokesperson")
        nameless = [n for n in self._bodies.holding(want[-1:]) if n not in self.named_later
                    and n.split(" ")[-1] == want[-1] and (set(want) <= set(n.split(" ")) or n == want[-1])
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
                or ((_qualifiers(want) or want in ONE_HOLDER_STATE_OFFICES) and not self._spoke_last_untold(person))
                or (want in _ONE_HOLDER_POSTS and not self._spoke_last_untold(person)
                    and not self._role_credited_since(person, want[-1]))
                or (denial and self._accusers_since(person) and (person in self.names or self._accused(person)))):
            return person
        return None

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
