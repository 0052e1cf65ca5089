"""A person's name read against the names a document has given: respelled, initialled, shortened or written in full
again, a namesake of one surname, a given name or surname alone. :class:`NameReading` is one class of the chain
that makes :class:`framing.source_index.SourceIndex`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Set as AbstractSet
from itertools import islice

from .given_names import given_name_sex, given_name_spelling, is_given_name
from .index_name_words import (
    BODY_HEADS,
    ELDER_KIN,
    GENERATION_BEFORE,
    HONOURED_GIVEN,
    JUDGE_TITLES,
    PATRONYMIC,
    ROYAL_ROLES,
    YOUNGER_KIN,
    after_royal_title,
    ends_with_name,
    first_keys,
    from_given_name,
    given_name,
    in_list_of_names,
    last_keys,
    lead_author_roles,
    mention_sex,
    people_joined,
    resident_by_first_name,
    role_words,
    second_last_key,
    spelled_out,
)
from .index_state import IndexState, Namesakes
from .person_names import opens_as_name
from .source_forms import display_source
from .source_keys import text_key, without_accents, without_generation, without_heading
from .source_kinds import apposed_role
from .source_places import government_of
from .source_words import (
    BODY_NOUNS,
    EDGE,
    FAMILY_NAMES_FIRST,
    JOINERS,
    LEADING,
    PERSON_ROLES,
    PERSON_S_SIDE,
    RANK_MODIFIERS,
    ROLE_END,
    TITLE,
    TITLE_NOUNS,
    WHEN_WORDS,
)

#: "The" opening a mention ("The Ledger"), which no person's surname alone takes.
_THE_OPENING = re.compile(r"the\s", re.I)

#: Words of an officer's post other than the head's ("chief executive", "chief financial officer").
_OFFICER_WORDS = frozenset("executive officer financial operating technology medical".split())


def _fewer_body_words(words: AbstractSet[str], body: AbstractSet[str]) -> bool:
    """Whether the words of a nameless head ``words`` ("committee chair") name the body ``body`` a person heads
    ({"environment", "select", "committee"}) by fewer of its words: some besides the head's word, each among the
    body's, one of them a body's noun (see ``BODY_NOUNS``: "committee", "union", "council"), not a word of its name
    alone ("Environment chief" may head another body of the environment)."""
    named = words - BODY_HEADS
    return bool(named) and named < body and bool(named & BODY_NOUNS)


#: How many of the people of one surname named as sources most recently a surname alone is read against (see
#: :meth:`SourceIndex._named_since`); a list of hundreds of "Nguyen"s is read no further back.
_NAMESAKE_REACH = 8


#: A study cited by its authors, its lead author's surname (group 1) then "et al." ("voss et al" as a key).
_CITED_AUTHORS = re.compile(r"(\S.*) et al")


class NameReading(IndexState):
    """A person's name read against the names a document has given: respelled, initialled, shortened or
    written in full again, a namesake of one surname, a given name or surname alone.
    """

    def sex_of(self, name: str) -> str | None:
        """The sex of the person ``name`` as "she" or "he", or ``None`` when unknown or in doubt: the sex their
        titles and descriptions say (see :meth:`_note_sex`) and their given name's (see :func:`given_name` and
        :func:`framing.given_names.given_name_sex`), when neither says the other; failing both, the sex of the
        "he" or "she" they said, when each says the same."""
        written = self.sex_written.get(name)
        given = given_name_sex(given_name(name))
        if written == "" or (written and given and written != given):
            return None
        return written or given or self._sex_said.get(name) or None

    def _names_again(self, text: str, name: str) -> bool:
        """Whether ``text`` names the person ``name`` (a key) again: their last word as a word ("Varga"), or "the"
        and a title written with them ("the mayor" after "Mayor Ana Varga"; a title only, as other role words may be
        another's: "striker" of "The striker's agent, Marco Devlin")."""
        folded = without_accents(text_key(text))
        titles = self.people.get(name, frozenset()) & TITLE_NOUNS
        words = [without_accents(name.split(" ")[-1])] + [f"the {title}" for title in titles]
        return any(re.search(rf"(?<![\w'-]){re.escape(word)}(?![\w'-])", folded) for word in words)

    def _one_word_person(self, name: str, written: str, text: str) -> bool:
        """Whether the one-word source ``name`` (``written`` as in the span ``text``) is a person not seen before:
        capitalised after a personal title ("Mr Trevane", "Dr. Osei") or a role's ("President Macron",
        "Chancellor Scholz": a later "the president" may mean them), written with a role after a comma ("Orvane,
        the chief executive"; not a business's rank: "Zenta, the market leader", see ``RANKING_MODIFIERS``), or
        a surname the document wrote in a personal name ("Wren" after "Tobias Wren, 41, was charged", or "Tobias
        Wren's lawyer"); never an acronym, a company, a place or a word of a body's name seen so far (a list of
        names that a source was, "Tobias Wren and Ines Kowal", is no body: see :func:`in_list_of_names`)."""
        if " " in name or name in self.people or not written[:1].isupper() or written.isupper():
            return False
        known = self._named_otherwise(name)
        whole = without_heading(text).strip(EDGE)
        head = LEADING.sub("", whole)
        role = head.rpartition(" ")[0]
        titled = bool(TITLE.match(head) or ROLE_END.search(role))
        titled |= role.rpartition(" ")[2] in PERSON_ROLES  # "coach Oduya", "Harbour coach Oduya": a role in lower case
        titled |= apposed_role(head.partition(",")[2])  # "Orvane, the chief executive"
        # "The Ledger" after "told the Harlow Ledger": a surname takes no "the"
        surname = name in self.surnames and not _THE_OPENING.match(whole)
        return not known and (titled or surname or resident_by_first_name(head))

    def _named_otherwise(self, name: str) -> bool:
        """Whether the one word ``name`` is a company's, a place's or a word of a body's name seen so far, no person's
        (a list of names that a source was, "Tobias Wren and Ines Kowal", is no body: see :func:`in_list_of_names`;
        nor "Vask" of "The Vask campaign", the person's word: see :meth:`_place_or_body`)."""
        return (name in self.companies or name in self._company_words or name in self.places
                or any(not (in_list_of_names(body, name) or PERSON_S_SIDE.fullmatch(body, len(name)))
                       for body in self._bodies.holding([name]) - {name}))

    def _resident_given_name(self, name: str, written: str) -> bool:
        """Whether the one-word subject ``name`` of a fact (see :meth:`topic_of`) is a person named by a given name
        of known sex alone, as features name residents and tenants ("Amira has stopped inviting friends round."),
        so that a "she" saying just after is hers; never a company, a place or a word of a body's name seen so
        far."""
        return (" " not in name and written[:1].isupper() and not written.isupper()
                and given_name_sex(written) is not None and not self._named_otherwise(name))

    def _note_person(self, name: str, roles: frozenset[str]) -> None:
        """Note ``name`` as a person written with the role words ``roles`` (those written last count)."""
        if name in self.people:
            self._by_role.remove(name, self.people[name])
        else:
            self._bodies.remove(name, name.split(" "))
            self._by_first.add(name, first_keys(name))
            self._by_last.add(name, last_keys(name))
            self._by_first_surname.add(name, second_last_key(name))
        self.people[name] = roles
        self._by_role.add(name, roles)
        namesakes = self._namesake_people.get(name.split(" ")[-1])
        if namesakes is not None:
            self._file_person(namesakes, name)
        self._named_in_full(name)
        self._role_named_later(name, roles)
        self._head_named_later(name, roles)
        self._title_of_body_named_later(name, roles)

    def _role_named_later(self, person: str, roles: frozenset[str]) -> None:
        """Credit to ``person``, just noted with the role words ``roles`` before their name ("Later, Judge Ama Orr
        ruled", a source or not), the earlier source that is a judge's title alone written in lower case ("The judge
        said"; see ``JUDGE_TITLES``), when no one else was written with that role: the one judge of the story, named
        after she spoke; a second judge so named after it undoes it."""
        if " " not in person:
            return
        for role in roles & JUDGE_TITLES:
            if self._judge_named.get(role, person) != person:
                self.named_later.pop(role, None)  # a second judge named after it: "the judge" may be either
                self._judge_named[role] = ""
            elif (role in self.names and role not in self.people and role not in self.named_later
                    and self.shown.get(role, "").islower() and self._by_role.holding([role]) <= {person}):
                self.named_later[role] = self._judge_named[role] = person

    def _head_named_later(self, person: str, roles: frozenset[str]) -> None:
        """Credit to ``person``, just noted with the role words ``roles`` heading a body ("Federation president Dora
        Vukic": a word of ``BODY_HEADS`` and the body's words), the earlier sources with no name that head the same
        body in other words ("swimming federation chief", "head of the national swimming federation"), each holding
        every word of the body and no rank nor other role (see ``RANK_MODIFIERS``, ``_OFFICER_WORDS``: no "deputy
        chief", "federation chief executive"), or fewer of its words, its kind's noun among them ("Committee chair"
        before "Helena Brackwater, chair of the Environment Select Committee": see :func:`_fewer_body_words`), when no
        other person was written heading a body of those words: one head, by role, then by name; a second person
        named so undoes it."""
        body = roles - BODY_HEADS - JOINERS
        if " " not in person or not roles & BODY_HEADS or not body or body & RANK_MODIFIERS:
            return
        if any(other != person and words & BODY_HEADS and body <= words for other, words in self.people.items()):
            for nameless, head in list(self._heads_named.items()):
                if head != person and body <= set(nameless.split(" ")):
                    self.named_later.pop(nameless, None)  # two heads of a federation: either
            return
        for nameless, head in list(self._heads_named.items()):
            if head != person and _fewer_body_words(set(nameless.split(" ")), body):
                self.named_later.pop(nameless, None)  # "committee chair" and two chairs of committees: either
                self._heads_named[nameless] = ""
        for nameless in list(self.names):
            words = set(nameless.split(" "))
            if (nameless not in self.people and nameless not in self.named_later and nameless not in self._heads_named
                    and words & BODY_HEADS and (body <= words or _fewer_body_words(words, body))
                    and not words & RANK_MODIFIERS and not (words - BODY_HEADS) & (PERSON_ROLES | _OFFICER_WORDS)):
                self.named_later[nameless] = self._heads_named[nameless] = person

    def _title_of_body_named_later(self, person: str, roles: frozenset[str]) -> None:
        """Credit to ``person``, just noted with the role words ``roles``, the earlier nameless source that is a
        title "of" a body ("chief constable of kesworth police" before "Chief Constable Martin Ebbs" or "Kesworth
        Chief Constable Martin Ebbs"): the title's words all among ``roles``, the rest of ``roles`` words of the body,
        and the title two words or more or ``roles`` holding a word of the body (so "the president of the chamber" is
        no "President Tom Vask"); when no one else was written with that title, a second person so named undoes it."""
        if " " not in person:
            return
        for nameless in [name for name in self.names if " of " in name and name not in self.people]:
            title, _, body = nameless.partition(" of ")
            words, body_words = set(title.split(" ")), set(body.split(" ")) - JOINERS
            if (not words <= roles or not roles <= words | body_words or words & RANK_MODIFIERS
                    or title.rpartition(" ")[2] not in PERSON_ROLES or (len(words) < 2 and not roles & body_words)):
                continue
            if any(other != person and words <= held for other, held in self.people.items()):
                if self.named_later.get(nameless, person) != person:
                    self.named_later.pop(nameless, None)  # two people of that title: either
                continue
            self.named_later.setdefault(nameless, person)

    def _named_in_full(self, person: str) -> None:
        """Credit to ``person`` the one person named before by the end of their name, two words or more that open
        with no known given name (see :func:`framing.given_names.given_name_sex`): "López Obrador" of a headline,
        a Spanish double surname, is "Andrés Manuel López Obrador" that the copy names after it, as a nameless
        role later named is (see ``named_later``). The other way round, a shorter name after the full one joins it
        as a surname does (see :meth:`_name_stands_for`)."""
        folded = without_accents(person)
        shorter = [name for name in self._by_last.holding(folded.split(" ")[-1:])
                   if name != person and name not in self.named_later and " " in name
                   and ends_with_name(folded, without_accents(name)) and given_name_sex(name.split(" ")[0]) is None]
        if len(shorter) == 1:
            self.named_later[shorter[0]] = person
        given = person.partition(" ")[0]
        if (" " in person and given in self._kin and given in self.people and given not in self.named_later
                and self._by_first.holding([given]) <= {given, person}):
            # "Orta's wife, Lucia, said" then "Lucia Orta said": the relative named by her given name alone, now in
            # full, the only one so named
            self.named_later[given] = person
        surname = person.rpartition(" ")[2]
        if (self._only_namesake.get(surname) == person and surname in self.people
                and surname not in self.named_later):
            # "Bobby Scott is ... / Scott said ... / Bobby Scott said": the surname alone spoke for the one person
            # of that name written in full then, now a source by it
            self.named_later[surname] = person
        elif self._headline_surname(surname, person):
            self.named_later[surname] = person  # "Vask: '...'" then "Mara Vask said": the headline meant her
            self._headline_joined[surname] = person
        elif " " in person and self._headline_joined.get(surname, person) != person:
            # "Vask: '...'", "Lina Vask said", then "Oren Vask said": the headline may mean either
            self.named_later.pop(surname, None)

    def _headline_surname(self, surname: str, person: str) -> bool:
        """Whether ``surname``, a word alone the headline credited (see :meth:`headline_credited`), is ``person``,
        now a source by their full name: the one person of that surname written in full so far, it having been
        written as no place, company or other body's word ("Ford" after "Ford Motor Co." is the company) and joined
        to no one else."""
        return (surname in self._headline_words and person in self.names and surname not in self.named_later
                and len(self._namesakes.get(surname, {})) == 1 and surname not in self.places
                and surname not in self._company_words and surname not in self.companies
                and not self._bodies.holding([surname]) - {surname})

    def _initialled(self, acronym: str) -> str | None:
        """The one body named as a source so far whose whole name as shown has ``acronym`` for its initials (see
        :func:`spelled_out`: "National Transportation Safety Board" for "NTSB", "Kessel Department of Transportation"
        for "KDOT"), though the text never wrote the acronym in brackets after it; failing one, the one body of a
        named kind the text wrote in a sentence of no source ("KPA" after "an order obtained by the Kenya Ports
        Authority": see ``NAMED_KINDS``), shown as written there; ``None`` for none or two."""
        spelling = {name for name in self.names if name not in self.people and " " in name
                    and spelled_out(self.shown.get(name, name), acronym) == self.shown.get(name, name).split(" ")}
        if not spelling:
            written = {key: shown for named in self._named_kinds.values() for key, shown in named.items()
                       if " " in key and spelled_out(shown, acronym) == shown.split(" ")}
            if len(written) == 1:
                key, shown = written.popitem()
                self.shown.setdefault(key, shown)
                return key
        return spelling.pop() if len(spelling) == 1 else None

    def _lead_author(self, bare: str) -> str | None:
        """The one person named as a study's lead or first author (their role words: "Helena Voss, the study's lead
        author") whose surname opens ``bare``, a study cited by its authors ("voss et al"), whose findings are theirs
        first; ``None`` for any other name, or where no one (or more than one) of that surname was so named: the
        study, written by a team, is then a source of its own rather than any namesake's."""
        cited = _CITED_AUTHORS.fullmatch(bare)
        if cited is None:
            return None
        surname = cited.group(1)
        leads = {person for person in self._by_last.holding(surname.split()[-1:])
                 if ends_with_name(person, surname) and lead_author_roles(self.people.get(person, frozenset()))}
        return next(iter(leads)) if len(leads) == 1 else None

    def _first_surname_joins(self, double: str, written: str, text: str, around: tuple[str, str],
                             last: set[str]) -> bool:
        """Whether the surname alone ``written`` (in the span ``text``, ``around`` it the sentence's text before and
        after) joins ``double``, the person whose double surname it opens (see :meth:`_first_surname_of`), on the
        evidence a namesake needs (see :meth:`_namesake_meant`): not when its title, a description or the "he" or
        "she" it says tells another sex than theirs ("Mr. Ortega", "Ortega said he" after "María Luisa Ortega
        Vidal"), nor when it is written with a person's role they were not ("President Ortega" after "a deputy,
        María Luisa Ortega Vidal"); and across the people whose names end with it (``last``) only when each of them
        has a double surname too, which copy does not shorten to its second, and ``double`` was named just now
        ("Vidal" just after "Ana Vidal Serrano" spoke), never across one it is the plain surname of ("Mr. Hollis"
        after "Tom Hollis" and "Sarah Hollis Brandt")."""
        if last and not (all(self._double_surnamed(person) for person in last)
                         and self._named_just_now(double, last)):
            return False
        before, after = around
        said = {sex for sex in mention_sex(written, before + text, len(before), after) if sex}
        sex = self.sex_of(double)
        if sex is not None and said - {sex}:
            return False
        return role_words(text, text_key(written)) & PERSON_ROLES <= self.people.get(double, frozenset())

    def _double_surnamed(self, person: str) -> bool:
        """Whether the name of ``person`` opens with a known given name and ends with two capitalised surnames (see
        :func:`framing.given_names.given_name_sex`): a Spanish or Portuguese double surname ("maría luisa ortega
        vidal"), not a span run on to a weekday ("Michael Steele Sunday")."""
        words = without_accents(without_generation(person)).split(" ")
        return (len(words) >= 3 and given_name_sex(words[0]) is not None and words[-1] not in WHEN_WORDS
                and all(part[:1].isupper() for part in self.shown.get(person, person).split(" ")[-2:]))

    def _first_surname_of(self, word: str) -> str | None:
        """The one person of those noted whose name, a known given name first (see
        :func:`framing.given_names.given_name_sex`), ends with two capitalised surnames, the first of them the
        unaccented ``word`` and no given name itself: the Spanish or Portuguese double surname that copy shortens to
        its first ("ortega" of "María Luisa Ortega Vidal", not "jessica" of "Sarah Jessica Parker"); ``None`` for
        none, or for two."""
        if given_name_sex(word) is not None:
            return None
        found = {person for person in self._by_first_surname.holding([word]) if self._double_surnamed(person)}
        return found.pop() if len(found) == 1 else None

    def _named_just_now(self, person: str, others: set[str]) -> bool:
        """Whether ``person`` was named as a source in the sentence seen last or the one before it, after each of
        ``others`` was last: the one a surname alone means ("Ana Vidal Serrano said ... Vidal said", not "María Luisa
        Ortega Vidal" named before)."""
        at = self._named_at.get(person, -1)
        return at >= self._seen_count - 1 and all(self._named_at.get(other, -1) < at for other in others)

    def _respelled(self, bare: str) -> str | None:
        """The one person named so far whose full name is ``bare`` with its given name spelled another way (see
        :func:`framing.given_names.given_name_spelling`: "dmitry peskov" for "dmitri peskov", "mohammed al-hariri"
        for "muhammad al-hariri"), its other words the same, accents aside, and not described as a relative (see
        ``_kin``); ``None`` for none, or for two."""
        words = without_accents(bare).split(" ")
        spelling = given_name_spelling(words[0])
        if len(words) < 2 or spelling is None:
            return None
        same = {person for person in self._by_last.holding(words[-1:]) if person != bare
                for other in [without_accents(person).split(" ")]
                if other[1:] == words[1:] and given_name_spelling(other[0]) == spelling and person not in self._kin}
        return same.pop() if len(same) == 1 else None

    def _honoured_in_full(self, text: str) -> str | None:
        """The span ``text``, a knight's or dame's title and a given name, with the one full name written so far
        after them ("Dame Ruth Corran" for "Dame Ruth" after "Dame Ruth Corran": see ``HONOURED_NAME``), whom
        Britons so name again, also owning a document ("Sir Alan Petch's report" for "Sir Alan's report"); ``None``
        for another span, or where none or two were so written."""
        found = HONOURED_GIVEN.fullmatch(text.strip(EDGE))
        names = self._honoured.get((found.group(1), found.group(2)), set()) if found else set()
        return f"{found.group(1)} {next(iter(names))}{found.group(3)}" if found and len(names) == 1 else None

    def _person_shortened(self, bare: str, written: str, text: str, last: set[str], first: set[str]) -> str | None:
        """The one person the name ``bare`` (``written`` so, in the span ``text``) shortens, of the people whose
        names end with it (``last``) and those whose names start with it (``first``); ``None``: none or two."""
        if len(last) == 1 and not first:
            return next(iter(last))
        # one name that starts another is that person cut short ("hamad bin faisal" of "Sheikh Hamad bin Faisal
        # al-Thani", read up to its lower-case particle): one person
        first = {person for person in first if not any(other.startswith(person + " ") for other in first)}
        if len(first) != 1 or last:
            return None
        person = next(iter(first))
        # a family name written first ("Wang" of "Wang Wenbin"): one of the common Chinese, Korean
        # and Vietnamese ones, never a first name that is also a country ("Israel Katz", "Chad ...")
        if bare in FAMILY_NAMES_FIRST and not self._place_or_body(bare):
            return person
        # "Faisal bin Farhan" of "Faisal bin Farhan Al Saud"; "Prince Faisal" of a prince so named
        if PATRONYMIC.match(bare) or (after_royal_title(text, written) and ROYAL_ROLES & self.people[person]):
            return person
        if person in self._kin and given_name_sex(bare) is not None:
            return person  # "Lucia" after "Orta's wife, Lucia Orta, said": a relative, called by her given name
        # "Marta" after "Marta Strand said": one word that opens the one full name so far, as sport and celebrity
        # copy names people again by their given name alone: a known given name, or a word in title case of one
        # known as a person by a role or a pronoun ("Oli" of "Harbour forward Oli Strand"; not "Brennor" of a firm
        # "Brennor Optics" read as a name, nor an acronym, "NRA"); no place or body's word, no country or capital,
        # though a given name too ("Jordan Bardella"); the span the name alone, no title before it ("Prince Nawaf"
        # is no "Nawaf Idris")
        if (" " not in bare and text.strip(EDGE) == written.strip(EDGE) and not self._place_or_body(bare)
                and government_of(bare) is None and (is_given_name(bare) or (
                    written.strip().istitle() and (bool(self.people[person]) or person in self._personal)))):
            return person
        return None

    def _written_in_full(self, bare: str, written: str, text: str) -> str | None:
        """The key of the one personal name the sentences so far wrote in full with the known given name ``bare``
        alone before its surname (see ``_namesakes``: "maria strand" for "Maria" after "Maria Strand was booked."),
        noted as a person now, whom copy names again by the given name though no source named them; ``None`` where
        the span ``text`` holds more than the name (``written``), for a place's or body's word or a country ("Jordan
        Bardella"), or where none or two such names were written."""
        if (" " in bare or not is_given_name(bare) or text.strip(EDGE) != written.strip(EDGE)
                or self._place_or_body(bare) or government_of(bare) is not None):
            return None
        alone = frozenset({without_accents(bare)})
        full = {name for people in self._namesakes.values() for given, name in people.items() if given == alone}
        if len(full) != 1:
            return None
        shown = display_source(next(iter(full)))
        key = text_key(shown)
        self.shown.setdefault(key, shown)
        self._note_person(key, self.people.get(key, frozenset()))
        return key

    def _surnames_in_full(self, bare: str, written: str) -> str | None:
        """The key of the source ``bare`` (``written`` so), surnames alone joined by "and" ("Ruiz and Vask"), with
        each surname written as the full name of the one person of it the document named in full so far ("ana ruiz
        and tom vask" after "Ana Ruiz" and "Mayor Tom Vask"), shown so too; ``None`` unless each is such a surname, a
        source or a place or body's word before in none of its own, and of one person written in full only."""
        parts, shown = bare.split(" and "), written.split(" and ")
        if len(parts) < 2 or len(parts) != len(shown) or any(" " in part or not opens_as_name(word)
                                                             for part, word in zip(parts, shown)):
            return None
        full: list[tuple[str, str]] = []
        for part in parts:
            people = self._namesakes_of(part) if part not in self.names and not self._place_or_body(part) else None
            if not people or len(people) != 1:
                return None
            only = next(person for tops in people.by_sex.values() for person in tops)
            from_given = from_given_name(*next(iter(people.names[only].items())))
            if from_given is None:
                return None
            full.append(from_given)
        name = " and ".join(key for key, _ in full)
        self.shown.setdefault(name, " and ".join(written for _, written in full))
        return name

    def _one_of_joint(self, bare: str, written: str, text: str, around: tuple[str, str]) -> str | None:
        """The one person whose surname ``bare`` (``written`` so, in the span ``text``; ``around``: the sentence's
        text before and after it) ends a part of a source credited before that names people joined by "and", each a
        personal name opening with a known given name or an initial ("jane e. corlow" of "Jane E. Corlow and T. R.
        Pamber said"), noted as a person now, unless a title says the other sex than their given name ("Mr. Corlow");
        ``None`` for none, or for two ("Ana Ruiz and Luis Ruiz said")."""
        parts = {part: shown for joint in self._bodies.holding([bare]) if joint in self.names
                 for part, shown in people_joined(joint, self.shown.get(joint, joint)).items()
                 if part.rsplit(" ", 1)[-1] == bare}
        if len(parts) != 1:
            return None
        name, shown = next(iter(parts.items()))
        before, after = around
        sex, _ = mention_sex(written, before + text, len(before), after)
        if sex is not None and given_name_sex(name.split(" ")[0]) not in (None, sex):
            return None
        self.shown.setdefault(name, shown)
        self._note_person(name, frozenset())
        self._personal.add(name)
        return name

    def _namesake_meant(self, bare: str, written: str, sentence: str, start: int, after: str) -> str | None:
        """The person a surname alone (``bare``, ``written`` so in the span from ``start`` to the end of
        ``sentence``; ``after``: the rest of the sentence) means when the document named people of that surname with
        other given names (see ``_namesakes``, :meth:`_namesakes_of`: "Bill Clinton" and "Hillary Clinton"), or
        when its title says a sex that the one person so named is not ("Mrs. Clinton" after "Bill Clinton" only; not
        "he" or "she" after its cue, which may be someone else: "Conroy said she had turned down promotions"):
        the one of them whose sex its title or its "he" or "she" after its cue says (see :func:`mention_sex`:
        "Mrs. Clinton", "Clinton said she"), else, unless written with a role ("Vice President Cheney"), the one the
        surname alone joined before the others were named (see ``_alone_for``: "Cruz said" for "Ted Cruz" before
        "Heidi Cruz"), the one of them named last, whose account goes on ("Tom Vask spoke ... for his wife Ana
        Vask. 'It is wrong,' Vask said"), or the one named as a source since the others were last named in full
        (see :meth:`_named_since`), else the surname as written, a source of its own rather than a guess; ``None``
        where no such people were named, for the other rules."""
        if " " in bare or not opens_as_name(written) or written.isupper():
            return None
        people = self._namesakes_of(bare)
        if not people:
            return None
        written_sex, said_sex = mention_sex(written, sentence, start, after)
        sex = written_sex if said_sex in (None, written_sex) else None if written_sex else said_sex
        if len(people) == 1:  # "Mrs. Clinton" after "Bill Clinton": another of that name ("Clinton said she": hers)
            only = next(person for tops in people.by_sex.values() for person in tops)
            other = bool(written_sex) and people.sex(only) not in (None, written_sex)
            if (sex is None or people.sex(only) in (None, sex)) and self._joins_only_namesake(bare, people.names[only]):
                return self._namesake_named(people, only)  # "Ruiz said" after "Ana Ruiz, 42, runs a bakery"
            if (written_sex and people.sex(only) == written_sex and bare in self.names
                    and self.sex_of(bare) not in (None, written_sex)):
                # "Mr Varro said" after "Varro, 34, told ... She said" and "Her husband, Nate Varro, said": the
                # surname a source of its own is a woman, so the man of that surname written in full is meant
                return self._namesake_named(people, only)
            if bare not in self.names:
                self._only_namesake.setdefault(bare, people.lead[only])
            return bare if other else None
        generation = self._generation_meant(people, sentence[start:], written)
        if generation is not None:  # "The younger Salgado" after "His son, Miguel Salgado": the son
            return self._namesake(people, generation)
        if sex and len(people.by_sex[sex]) == 1 and not people.by_sex[None]:  # the one of them who fits
            return self._namesake(people, next(iter(people.by_sex[sex])))
        if role_words(sentence[start:], bare) & PERSON_ROLES:
            return bare  # "Former Vice President Cheney" after "Liz Cheney" spoke: whose role, the copy may not say
        alone = self._alone_for.get(bare)
        if alone is not None and self._named_after(people, alone):
            alone = None  # "Ted Varga accused ... Varga said ... Ana Varga denied ... 'Never,' Varga said": in doubt
        for known in (alone, next(reversed(self._mentioned), None), self._named_since(people, sex)):
            person = None if known is None else people.of(known)
            if person is not None and (sex is None or people.sex(person) in (None, sex)):
                return known
        return bare

    def _joins_only_namesake(self, bare: str, names: Collection[str]) -> bool:
        """Whether the surname alone ``bare``, written after one person of that surname was written in full (their
        full names' keys ``names``), none of them noted as a person yet, is that person: not a source on its own
        before ("Ruiz said" before "Ana Ruiz" was written), a place or a word of a body's or company's name (see
        :meth:`_place_or_body`), nor the last word of any person noted so far ("Jeh Johnson said", his given name
        no known one, before "Gary Johnson" was written), nor the surname of a couple (see ``_couples``)."""
        return (bare not in self.names and not self._place_or_body(bare) and not self._by_last.holding([bare])
                and bare not in self._couples and not any(name in self.people for name in names))

    def _namesake_named(self, people: Namesakes, person: int) -> str:
        """The source for the ``person`` (a top id) of ``people`` whom a surname alone joins, noted as a person now:
        their full name written first, from its first known given name or initial on ("hillary clinton" of
        "Democrat Hillary Clinton", a word before the name kept in it: see
        :func:`framing.given_names.is_given_name`; "o. tim sloan"), else the one that leads (see :meth:`_namesake`)."""
        from_given = from_given_name(*next(iter(people.names[person].items())))
        if from_given is None:
            return self._namesake(people, person)
        name, shown = from_given
        self.shown.setdefault(name, shown)
        self._note_person(name, frozenset())
        return name

    def _named_after(self, people: Namesakes, name: str) -> bool:
        """Whether another of the ``people`` of one surname than the person ``name`` was named as a source in the
        sentence seen last or the one before it, after ``name`` was last written or named: the surname alone joined
        ``name`` before they were named, but may now mean them ("Ted Varga accused his sister ... Ana Varga denied
        it"); one only written there in passing ("Trump attacked Heidi Cruz") leaves it to ``name``."""
        person = people.of(name)
        if person is None:
            return False
        last = max(people.written.get(person, -1), people.named.get(person, (-1, ""))[0])
        return any(top != person and last < at >= self._seen_count - 1
                   for top, (at, _) in islice(reversed(people.named.items()), 2))

    @staticmethod
    def _named_since(people: Namesakes, sex: str | None) -> str | None:
        """Of the ``people`` of one surname (see :meth:`_namesakes_of`), the one whose sex is not other than ``sex``
        (``None``: any) named as a source after every other was last written in full ("Hillary Clinton tweeted"
        after "Bill Clinton's affair"): the one in view; ``None`` for none. Only the one of them named last (among
        the last ``_NAMESAKE_REACH``) and the one written last can be such."""
        last = list(islice(reversed(people.written), 2))  # the one written last, then the one written before

        def fits(person: int) -> bool:
            return sex is None or people.sex(person) in (None, sex)

        named = next((person for person in islice(reversed(people.named), _NAMESAKE_REACH) if fits(person)), None)
        for person in (named, *last[:1]):
            if person is None or person not in people.named or not fits(person):
                continue
            others = [people.written[other] for other in last if other != person]
            if people.named[person][0] > (others[0] if others else -1):
                return people.named[person][1]
        return None

    def names_person_surnamed(self, word: str) -> bool:
        """Whether the document has named in full, with a given name known as one (see :meth:`_namesakes_of`), a
        person whose surname is the one capitalised ``word`` ("Vell" after "Tom Vell"): a word opening a sentence
        before it is then no first word of its name ("Tearful Vell": see :func:`name_opening_word`). A name of
        unknown first word is no such person: "Harbour Records" may be a person's name as it is written."""
        return bool(self._namesakes_of(text_key(word)))

    def _namesakes_of(self, surname: str) -> Namesakes:
        """The people of the surname ``surname`` the document names in full so far (see :class:`Namesakes`): those
        written in sentences seen (see ``_namesakes``) and the people noted as such (see ``people``); read once, then
        kept up to date as sentences and people come."""
        people = self._namesake_people.get(surname)
        if people is not None:
            return people
        people = self._namesake_people[surname] = Namesakes()
        written = self._namesakes.get(surname, {})
        for given, shown in written.items():
            self._file_namesake(people, given, text_key(shown), shown)
        for name in sorted(self._by_last.holding([surname])):
            if name.split(" ")[-1] == surname:
                self._file_person(people, name)
        for given in sorted(written, key=lambda given: self._written_at[surname, given]):
            people.wrote(given, self._written_at[surname, given])
        named = (name for name in people.full_names() if name in self._named_at)
        for name in sorted(named, key=lambda name: self._named_at[name]):
            people.was_named(name, self._named_at[name])
        return people

    def _file_namesake(self, people: Namesakes, given: frozenset[str], name: str, shown: str) -> None:
        """File in ``people`` the full name ``name`` (its key; ``shown`` as written) with the keys of its given names
        ``given``, and the sex of its person if noted as one."""
        people.add(given, name, shown, self.sex_of(name) if name in self.people else None,
                   listed=name in self._written_as_people)

    def _file_person(self, people: Namesakes, name: str) -> None:
        """File in ``people`` the person ``name`` noted as such, by the keys of the given names it writes in full
        ("W." of "George W. Bush" left out), unless it writes none."""
        words = name.split(" ")
        given = frozenset(without_accents(word) for word in words[:-1] if len(word.rstrip(".")) > 1)
        if given:
            self._file_namesake(people, given, name, self.shown.get(name, name))

    def _generation_meant(self, people: Namesakes, span: str, written: str) -> int | None:
        """The one of ``people`` (a top id) that "the younger" or "the elder" before the surname ``written`` opening
        the ``span`` means (see ``GENERATION_BEFORE``): the one the document described as a younger relative ("His son,
        Miguel Salgado") or, failing one, the one not described as an elder ("His father, Ramon Salgado"), and the
        other way round; ``None`` when the span says no generation, or the relatives' words leave it open."""
        found = GENERATION_BEFORE.match(span)
        if found is None or not span.startswith(written, found.end()):
            return None
        tops = {person for persons in people.by_sex.values() for person in persons}
        kin = {person: frozenset().union(*(self.people.get(name, frozenset()) for name in people.names[person]))
               for person in tops}
        junior = {person for person in tops if kin[person] & YOUNGER_KIN}
        senior = {person for person in tops if kin[person] & ELDER_KIN}
        meant, other = (junior, senior) if found.group(1).lower() == "younger" else (senior, junior)
        meant = meant or (tops - other if other else set())
        return next(iter(meant)) if len(meant) == 1 else None

    def _namesake(self, people: Namesakes, person: int) -> str:
        """The source for the ``person`` (a top id) of ``people`` (see :meth:`_namesakes_of`): the one noted as a
        person by one of their names, else their full name that leads (see ``Namesakes.lead``), noted as a person
        now ("hillary clinton", named only in passing before "Mrs. Clinton said")."""
        names = people.names[person]
        noted = list(islice((name for name in names if name in self.people), 2))
        if len(noted) == 1:
            return noted[0]
        name = people.lead[person]
        if name not in self.people:
            self.shown.setdefault(name, names[name])
            self._note_person(name, frozenset())
        return name

    def _place_or_body(self, word: str) -> bool:
        """Whether the key ``word`` was written as a place ("in Israel") or is a word of a body's name
        seen so far, a source ("Israel Defense Forces") or a company ("Israel Chemicals Ltd"); not of the people
        around a person named by it ("vask" of "the Vask campaign", "the Vask camp": see ``PERSON_S_SIDE``)."""
        return (word in self.places or word in self._company_words
                or any(not PERSON_S_SIDE.fullmatch(body, len(word)) for body in self._bodies.holding([word])))
