"""Which mentions in a document name the same person or body, and the key each is counted under: the
index the profile builds as it credits sentences.

:class:`SourceIndex` is the last of a chain of classes, one module each, a class calling only its own methods and
those of the classes before it: :class:`~framing.index_state.IndexState` (what the index holds) <
:class:`~framing.index_name_reading.NameReading` < :class:`~framing.index_body_reading.BodyReading` <
:class:`~framing.index_people_reading.PeopleReading` < :class:`~framing.index_resolution.Resolution` <
:class:`~framing.index_noticing.Noticing` < :class:`SourceIndex`; the words and readers they share at module level
are in :mod:`framing.index_name_words`, :mod:`framing.index_body_words`, :mod:`framing.index_documents` and
:mod:`framing.index_groups`."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from .given_names import is_given_name
from .source_words import CIVIC_NAME_WORDS, ACT_BEFORE_SAYER, BODY_KINDS, BODY_NOUNS, BUSINESS_DESCRIPTIONS, CALENDAR
from .source_words import ARMED_GROUP_NAME_ENDS, CLUB_ONLY_ENDS, COMPANY_WORDS, CONTRACTED_PRONOUN, EDGE, FIRM_NAME_ENDS
from .source_words import GENERIC_ONE_AFTER, GOVERNMENT_OF
from .source_words import LEGAL_FORM_END, OWN_WORK, PERSON_ROLES, POSSESSIVE, PRONOUNS, ROLE_SYNONYMS, TRADE_KINDS
from .sources import french_pronoun, normalise_source
from .person_names import name_word, person_like, surnames_in
from .source_places import ministry_parts, is_nationality, government_of, listed_words, places_in, united_nations
from .source_kinds import is_role, people_plural
from .source_keys import search_before_space, text_key, title_case, without_accents, without_heading, without_nickname
from .source_accusations import accusation_in_span, alleges
from .source_roles import described_body, described_post
from .source_forms import display_source, past_passive_by
from .textchars import fold_apostrophes, without_invisible
from .index_body_reading import capitalised_body, in_letters
from .index_body_words import A_BODY_OFFICIAL, A_BODY_SPOKESPERSON, APPOSED_INVESTOR, APPOSED_KIND, BODY_BY_NOUN
from .index_body_words import BODY_CHANNEL, BODY_DOCUMENT, BODY_REACH_SENTENCES, business_name_end, CLUB_NAME_WORDS
from .index_body_words import CLUB_WRITTEN, DOCUMENT_OWNER_NOUNS, FIRM_FIRST_WORD, FIRM_LIKE_ENDS, firm_named
from .index_body_words import FORCE_MEMBERS, is_description, KIND_NAME_WORDS, MEMBERS_BODY_ENDS, NAMED_KINDS
from .index_body_words import NAMED_TRADES
from .index_body_words import WORKING_BODY_ENDS, world_agency
from .index_body_words import newspaper
from .index_body_words import OFFICIALS_OF_BODY, OWN_PRONOUNS, PLACE_FORCE, SHORT_SELLER_KIND
from .index_body_words import (
    OWNED_BODY_IN_LOWER_CASE,
    speaks_of_itself_as_it,
    STATE_BODIES,
    STATE_BODY_IN_LOWER_CASE,
    THE_COMPANY,
)
from .index_documents import authored_document, BARE_DOCUMENT, DEFINITE_DOCUMENT, DEFINITE_FILING, document_keys
from .index_documents import DOCUMENT_ALSO_AFTER
from .index_documents import document_words
from .index_documents import filing_kind, INDEFINITE_DOCUMENT, inquired_name, ISSUER_LINES, ISSUER_NOUNS
from .index_documents import issuers_named
from .index_documents import ITS_DOCUMENT, its_document_owner, MAKER_NOUNS, NAMED_CHANNEL, REPORTED_AFTER
from .index_documents import reported_before
from .index_documents import displayed_thing, STATEMENT_OPENING, THE_PAPER, TIDINGS, unowned_reports
from .index_groups import anonymous_one_again, COUNT_OF_NAMED, COUNTS, GROUP_LOOKBACK, group_member
from .index_groups import informant_by_order, unnamed_informant
from .index_groups import (
    counts_documents,
    group_reference,
    members_of,
    names_a_group,
    ONE_OF_THEM,
    plural_group,
    respondents_among,
)
from .index_groups import SHARE
from .index_name_words import ACRONYM_BODY, after_particles, CAPITALISED_PAIR, couples_in, described_as_kin
from .index_name_words import DESCRIBED_SURNAME, EMPHATIC_AFTER_NAME, forenames, HE_OR_SHE, HONOURED_NAME
from .index_name_words import described_people, kin_given_name, listed_names, LOCAL_TITLE_THEN_WORD, mention_sex
from .index_name_words import monsieur_dropped
from .index_name_words import name_given_only, NAMES_KEPT, PARTY_MEMBER_NOUNS, party_state_after, people_in
from .index_name_words import RANK_THEN_WORD, role_head, role_words, state_party_member
from .index_noticing import Noticing
from .index_people_reading import PERSONAL_SIDE, SIDE_NOUNS, with_stop

if TYPE_CHECKING:
    from .document import Sentence, Span


#: A lone capitalised word inside a sentence, after a word in lower case and before none capitalised (group 1:
#: "Harding" of "The league banned Harding for three games."; not "Tom Harding", "Holdings Ltd", nor a sentence's or
#: a quotation's first word): a name, its capital the word's own.
_LONE_NAME_WITHIN = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*[^\S\r\n]+([A-Z][a-z]+(?:['’-][A-Za-z]+)?)"
                               r"(?![\w'’-]|\.\w|\s+[A-Z])")

#: The nouns of such a side, alone: a source span of one cut off its "his" or "her" (see
#: ``framing.credit_spans.owner_grown``: "ministry" of "His ministry says").
SIDE_ALONE = re.compile(rf"(?i:{SIDE_NOUNS})")
#: One of ``PERSONAL_SIDE`` or the family ending what the writer asked for comment ("Vask's lawyers", "the family"):
#: people on a person's side, no body a nameless spokesperson speaks for (see :meth:`SourceIndex.see_asked_body`).
_ASKED_PERSONAL_SIDE = re.compile(rf"(?:family|{PERSONAL_SIDE})")

#: A plural in lower case ending a name ("both parties", "the two companies", "several of the families"): many
#: bodies or people, no one body a nameless spokesperson speaks for (not "Drayfield Textiles", a name in capitals).
_LOWER_CASE_PLURAL = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*[^s\W]s\Z")

#: "A public inquiry" ("A public inquiry has heard that ..."): the one inquiry the text named, as "the inquiry" is (see
#: ``NAMED_KINDS``).
_A_PUBLIC_INQUIRY = re.compile(r"(?i:an?)\s+public\s+inquiry")

#: A "the" just before a span that left it out ("the [company] said"): the span is a description with it.
_THE_BEFORE = re.compile(r"(?<![\w'’-])the\s+$", re.I)

#: "a" or "an" opening a source span ("A supermarket chain"): a source the copy has not named yet.
_INDEFINITE = re.compile(r"(?:a|an)\s+", re.I)
#: The last words of a business described by its kind alone in lower case ("supermarket chain", "the carmaker",
#: "a parts supplier"), which a lede may write before the copy names it (see :meth:`SourceIndex._name_lede_business`).
_LEDE_BUSINESSES = BUSINESS_DESCRIPTIONS | TRADE_KINDS

#: A state named by its form and its name ("republic of dravinia", "kingdom of orsland"), as a key: a state, whose
#: ministries and embassies "its" may own in the next sentence (see :meth:`SourceIndex.see_state`).
_STATE_BY_FORM = re.compile(r"(?:republic|kingdom|principality|federation|emirate|sultanate)\s+of\s+\S.*")

#: The last words of a school's, a hospital's or a museum's name, or its first before "of" ("Kelby University",
#: "the University of Kelby", "Harlow General Hospital"): a body's kind, whose spokesperson may speak next.
_INSTITUTION_ENDS = frozenset("university college school hospital academy institute museum".split())


def _body_head_before_of(words: list[str]) -> bool:
    """Whether the words of a name (a key's) hold "of" or "for" after a body's or an institution's noun, the name's
    head ("office" of "independent office for police standards", "ministry" of "ministry of defence"): a body, however
    many words come before its head."""
    at = next((i for i, word in enumerate(words) if word in ("of", "for")), 0)
    return 0 < at < len(words) - 1 and (words[at - 1] in BODY_NOUNS or words[at - 1] in _INSTITUTION_ENDS)


class SourceIndex(Noticing):
    """The sources named so far in a document, and what a later, shorter mention stands for.

    A wrong join (two bodies or people merged, one of them then "denying") misleads more than a
    missed one, so a mention joins only the one source it can mean:

    * A source written again with or without its accents is the source as first written ("the Tanaiste" after
      "the Tánaiste"; "UN" or "United Nations" written for the other too: see :func:`united_nations`), and so is
      a ministry or department written the other way round ("the Interior Ministry" after "the Ministry of Interior"
      or "of the Interior", and back; or in other words, the one such ministry:
      "the Chinese foreign ministry" after "China's Ministry of Foreign Affairs", see :func:`same_ministry`), and
      so is a capital written in one word after its country or the country after it ("Beijing" after "China",
      see ``CAPITALS``), and a post written in letters after it spelled out, or back ("the PM" after "the Prime
      Minister", see ``SHORT_POSTS``), but in a denial never an accuser.
    * A capitalised short name joins the one person whose name ends with it ("Marsh" after
      "prosecutor Helen Marsh", "De Vries" or "de Vries" after "Hanneke de Vries"), its accents written or left
      out ("Perez" after "José Pérez"); when another name starts or
      ends with it ("Lee" after "Robert Lee" and "Lee Jae-myung"), or it was a source on its own
      before ("Ford" the company, then "Bill Ford"), it stays as written, but for a word alone the text's first line
      credited (see :meth:`headline_credited`: "Vask: '...'." then "Mara Vask said"). A full name with its given
      name spelled another way joins the one person so named ("Dmitri Peskov" after "Dmitry Peskov": see
      :meth:`_respelled`) unless either is described as a relative ("Ahmad Karimi, his cousin" after "Ahmed Karimi"),
      and a full name takes over the one person named before by its last words, a double surname ("López Obrador"
      of a headline: see :meth:`_named_in_full`). A single word joins the
      one person whose name starts with it, a family name written first ("Wang" after "Wang
      Wenbin", "Xi" after "Xi Jinping"), when no name ends with it and it was never seen as a place
      or a body ("Israel" after "fired into Israel" or "Israeli troops" is not "Israel Katz"). So
      does a name with its patronymic ("Faisal bin Farhan" of "Faisal bin Farhan Al Saud"), or a first
      name after a royal title ("Prince Faisal") when that person was written with one;
      organisations ("China Daily", "the Justice Department") lend no word.
    * A description written with "the" in lower case ("the ministry", "the embassy's spokesman",
      "the foreign minister"; or "the Ministry", an organisation word alone; the "the" may stand just
      before a span that left it out: "The [company] blamed") joins the one earlier
      body whose name holds it as its head, at the end or before "of"/"for"/"in" ("Foreign
      Ministry", "Ministry of Foreign Affairs"; "the club" also ending a football club's "F.C.", "FC", "AFC" or
      "CF": "Harbour City F.C."; not "the suspect" for "family of the suspect"), failing that the
      one source described so beside a comma ("the group" after "A watchdog group, Civic Compass"), or
      the person named just before whom it described ("the spokesperson" right after "ministry
      spokesman Wang Wenbin"; or after a title in a sentence that named no source: "County
      Commissioner Alan Pike approved it. The commissioner denied ..."; a post in letters, named anywhere before:
      "The SP" after "Superintendent of Police Ravi Lund", see ``SHORT_POSTS``) when no other person
      fits it; in a denial, also the one source it described when every source named since made
      a claim last ("Minister Ana Corvell denied it. Sami Rahimi called for an audit. The minister
      rejected that call.": an accuser denies nothing). A deputy, vice or acting role is a
      different one; a spokesperson is not the body they speak for, but a body seen only through
      its spokesperson ("Russia's defence ministry spokesman") still makes "the ministry"
      ambiguous, and alone is the body it means ("A spokeswoman for the Lisk Port Authority said ... The
      authority said": see :meth:`_spoken_for_only`). "His spokesman" is never joined, and "A spokesman" only
      to the body the sentence before credited (see :meth:`_spokesperson_of_its`).
    * A candidate described by party or office ("the Republican presidential nominee", "the presidential hopeful")
      is the person credited just before, the source named last, when nothing says it is another (see
      :meth:`_candidate_credited_last`).
    * "The company" or "the firm" joins the one company that has opened a sentence so far named
      with its legal form ("Acme Corp. was fined") or described as a business ("Halvard Terminals,
      the port operator, said"; a source anywhere in a sentence too: "according to Orlin Airways, a
      regional airline") or that an accusing verb names with its legal form ("The board accused Dravik Corp", see
      ``_COMPANY_NAME``), a source or not, and "Acme" joins "Acme Corp." ("Velmora" joins "Velmora Pharma
      AG" when it starts no other name seen so far and was never a place or a surname), written before or after it
      ("Orvane Pharma said ... Orvane Pharma Inc. denied": one source, as it first spoke; not a person's name
      written with a title or role, "he" or "she" ("Orvane, the chief executive", "Ralph Lauren said he"; after the
      company a personal title or a person's role, "Ms Tory Burch" after "Tory Burch LLC"), nor in
      a denial an accuser's); a description a person or
      a public body may take ("a crane operator", "the port regulator") makes no company;
      with two such companies it stays as written, and a denial never joins the company that made
      an allegation ("Acme Corp. accused Globex ... The company denied it"); "a spokesman for the company" is
      that company's spokesperson ("acme corp spokesperson", one with "an Acme spokesman"). "The carmaker", "the
      airline" or "the port operator" joins the one company described as that kind of business,
      whatever other companies are in view.
    * Failing those, a description by one noun of a business or a body ("the carmaker", "the company", "the group",
      "the NGO", "the agency") joins the body credited just before it that the noun fits, when it is the one such
      body in view ("Ford said ... The carmaker said", a company spokesperson perhaps between: see
      :meth:`_body_credited_last`).
    * Failing those, "the bank", "the company" (see above), "the department", "the agency", "the ministry", "the
      council", "the federation" or "the club" in lower case joins the one body of that kind the text named, a source
      or not ("The board accused Dravik Bank ... The bank said"; see ``NAMED_KINDS``), none after two, in a denial
      never an accuser.
    * Failing all of them, a capitalised "The Ministry", "The Embassy" or "The Consulate" joins the one body of that
      noun named in full in the issuer's own heading among the document's first two sentences ("Statement of the
      Ministry of Foreign Affairs of Ostria", not a news headline with a verb: see :func:`issuers_named`), so that
      two ministries' statements are two sources; in a denial not once another source denied its claim since.
    * An acronym joins the name spelled out before it in brackets, in a source or not ("EFCC" after "the
      Economic and Financial Crimes Commission (EFCC)"), when its letters are the initials of the name's last
      capitalised words (the small words between may give theirs: "DOW" of "Doctors of the World"), they name no
      person's post ("Member of Parliament (MP)") and no other name was spelled out for it; one that was a source
      on its own before stays.
    * A role first left nameless ("a government spokesperson") becomes the person later named
      for it ("The spokesperson, Clarita Reyes"), when that nameless role is the only one the
      description fits ("The army spokesperson, X" does not name "a police spokesperson"); so does a nameless body
      written in lower case ("a government watchdog group"), the body later named for it ("The group, Open
      Ledger").
    """

    def see(self, sentence: str) -> None:
        """Note the places ``sentence`` names ("in Israel", "Israeli troops"), a company it opens
        with (see :meth:`_see_company`), people it names with a title (see :meth:`_see_titled`) and the
        surnames of the personal names it writes (see :func:`surnames_in`) and their given names (see
        :func:`forenames`), whether or not they are sources; a headline in title case names no one ("Governor Signs
        Sweeping Climate Bill")."""
        if self._titled:  # the sentence before named them, and no source: a description here may mean them
            self.described = self._titled
        self._described_surname, self._titled_surname = self._titled_surname, None
        visible = without_invisible(sentence)  # once, for every rule that reads the sentence
        self.places |= places_in(visible)
        self._see_company(visible)
        self._see_firms(visible)
        self._see_owned_apart(visible)
        text = unicodedata.normalize("NFC", visible)
        self._see_acronyms(text)
        headline = title_case(text)
        for found in HONOURED_NAME.finditer(text) if not headline else ():
            full = " ".join(POSSESSIVE.sub("", found.group(2) + found.group(3)).split())  # "Ruth Corran's review": hers
            self._honoured.setdefault((found.group(1), found.group(2)), set()).add(full)
        if not headline:
            self.see_sides_named(text)
        self._titled = None if headline else self._see_titled(text)
        if not headline:
            self._see_so_called(text)
            self._see_accused(text)
        self._seen_before, self._seen_last = self._seen_last, "" if headline else text
        if not headline:
            for paper in THE_PAPER.finditer(text):
                self._papers.setdefault(paper.group(2).lower(), {})[text_key(paper.group(1))] = paper.group(1)
        self._forget_issued(text)
        if not headline:
            lone = _LONE_NAME_WITHIN.findall(text)
            self._lone_names |= {text_key(word) for word in lone if not CALENDAR.fullmatch(word)}
            self._firm_first_words |= {text_key(word) for word in FIRM_FIRST_WORD.findall(text)
                                       if not is_given_name(word)}
            self._see_filer(text)
            self._see_issuer(text)
            self._see_named_kinds(text)
            self._see_events(text)
            self._see_clubs_by_people(text)
            self._see_clubs_written(text)
            self._see_kinds_written(text)
            self._see_investors_described(text)
            self._see_firms_set_apart(text)
            self._see_cause_groups(text)
            self._see_regulating(text)
            self._see_maker_described(text)
            self._see_firm_names(text)
        if self._seen_count < ISSUER_LINES:
            self._statement_headed |= STATEMENT_OPENING.match(text.strip(" \n\"'”’»)")) is not None
            for noun, (name, shown) in issuers_named(text).items():
                self._issuers.setdefault(noun, set()).add(name)
                self.shown.setdefault(name, shown)
            for found in CLUB_WRITTEN.finditer(text):  # "Harlow Rovers defender suspended ..., club vows to appeal"
                self._clubs_opening.setdefault(normalise_source(found.group(1)), found.group(1))
        self._recent.append(self._seen_last)
        self.surnames_seen_last = frozenset() if headline else frozenset(surnames_in(text))
        self.surnames |= self.surnames_seen_last
        if not headline:
            self._titled_words |= _titled_words_in(text)
            self._couples |= couples_in(text)
            self._written_as_people |= listed_names(text) | described_people(text)
        self._seen_count += 1
        for surname, people in forenames(text, () if headline else people_in(text)).items():
            for given, shown in people.items():
                shown = self._namesakes.setdefault(surname, {}).setdefault(given, shown)
                self._written_at[surname, given] = self._seen_count
                namesakes = self._namesake_people.get(surname)
                if namesakes is not None:
                    self._file_namesake(namesakes, given, text_key(shown), shown)
                    namesakes.wrote(given, self._seen_count)

    def knows(self, word: str) -> bool:
        """Whether the one capitalised ``word`` is a name the document has written so far: a source, a word of
        a source's or a company's name, a surname in a personal name ("Halvex" after "Halvex Corp",
        "Wren" after "Tobias Wren") or an acronym spelled out ("IEC" after "Independent Electoral Commission (IEC)")."""
        key = text_key(word)
        return (key in self.names or key in self.surnames or key in self._company_words
                or without_accents(key) in self._by_last
                or key in self.acronyms or bool(self._bodies.holding([key])))

    def knows_or_wrote_within(self, word: str) -> bool:
        """Whether the one capitalised ``word`` is a name the document knows (see :meth:`knows`) or has written
        alone inside a sentence, no place ("Harding" of "The league banned Harding for three games."): opening a
        sentence before a verb of speech ("Harding hit back, posting that ..."), it is that name, not a word whose
        capital only the sentence's start gives it; so too the first word of a firm's name written in full before
        ("Stahlwerk" of "Stahlwerk Motors": see ``FIRM_FIRST_WORD``), the short name copy calls it by."""
        key = text_key(word)
        written = key in self._lone_names or key in self._firm_first_words
        return self.knows(word) or (written and key not in self.places)

    def spoke(self, name: str, sentence: Sentence, quoted: Sequence[tuple[int, int]] = ()) -> None:
        """Note that ``name`` was credited with ``sentence``, the sentence seen last: a denial, or a claim worded as
        its own allegation (not a passive "Acme was accused of ..."), a report that makes it an outlet ("Axios first
        reported": see ``REPORTED_AFTER``, ``_REPORTED_BEFORE``), and whether it writes a "he" or "she" that may
        stand for ``name`` (see :meth:`_may_mean` and :meth:`_may_be_company`), outside the regions ``quoted`` (in
        the text's positions, as ``sentence.start``: 'Corin Vale said: "She warned us."' is no sign that Corin Vale
        is a person, whom the quoted words talk about). A person seen only as a subject so far (see
        :meth:`see_subject`) is a person now, whom a short name may join."""
        if name in self._subjects and name not in self.people:
            self._note_person(name, self._subjects.pop(name))
        self._credited.pop(name, None)
        self._credited[name] = self._seen_count
        if sentence.label == "official_denial":
            self.denied.add(name)
        elif alleges(sentence.text, passive=False) or any(map(SHORT_SELLER_KIND.fullmatch, self.kinds.get(name, ()))):
            self.alleged.add(name)  # a short seller's claim is its case against a company, whoever denies it
        if any(f" {name} " in f" {text_key(span.text)} " and (
                REPORTED_AFTER.match(sentence.text, span.end - sentence.start)
                or reported_before(sentence.text, max(0, span.start - sentence.start)))
               for span in sentence.spans if span.type == "source"):
            self._reporters.add(name)  # its own span, not another's ("first reported by the Post, Tom Vell said")
        # the first unquoted: more names stand before any later one
        pronoun = next((found for found in HE_OR_SHE.finditer(sentence.text)
                        if not any(lo <= sentence.start + found.start() < hi for lo, hi in quoted)), None)
        if pronoun and self._may_mean(name, sentence.text[:pronoun.start()]):
            self._personal.add(name)
        elif any(f" {name} " in f" {text_key(span.text)} " and _says_it_of_itself(sentence, span)
                 for span in sentence.spans if span.type == "source"):
            self._itself.add(name)  # "Orbital Works said it would fly": a body, which "the company" may mean
        if sentence.label == "attributed_claim":
            self._claimed_last.add(name)
        else:
            self._claimed_last.discard(name)

    def _named_body_channel(self, text: str) -> str | None:
        """The name opening the span ``text`` ("Nordwing" of "A Nordwing statement") when the span is a body's own
        channel after the body's name (see ``NAMED_CHANNEL``: "A Nordwing statement", "the Velmar Air response") and
        that name is a source credited before that is no person: the body speaking, as "Nordwing said" would be;
        ``None`` otherwise ("A Meridian statement" with no Meridian credited stays a source of its own)."""
        found = NAMED_CHANNEL.fullmatch(text.strip(EDGE))
        if found is None:
            return None
        key = text_key(found.group("name"))
        if key in self.people or not (key in self.names or key in self.companies):
            return None
        return found.group("name")

    def _may_mean(self, name: str, before: str) -> bool:
        """Whether a "he" or "she" after ``before``, the words before it in the sentence seen last, may stand for
        ``name``, the source that sentence is credited to: when no other personal name is written before it there
        or in the sentence before, whom it would mean ("Tobias Wren sued the bank. Wells Fargo said he was fired":
        Wren, and no evidence that Wells Fargo is a person; "Ralph Lauren said he would step down": Lauren)."""
        return not (people_in(self._seen_before) | people_in(before)) - set(name.split())

    def add_unnamed(self, display: str) -> str:
        """The source for a speaker the text does not name, shown as ``display`` ("A (interviewee)"): its key is
        ``display`` in lower case, which no other mention joins."""
        key = text_key(display)
        self.shown.setdefault(key, display)
        return key

    def add(self, text: str, denial: bool = False, possessive_is_name: bool = False, before: str = "",
            headline: bool = False, after: str = "") -> str:
        """The canonical source that the span ``text`` names (``""`` for none or a pronoun), in a
        sentence that is a denial or not (see :func:`display_source` for ``possessive_is_name``).
        ``before`` is the sentence's text just before the span, whose "the" the span may leave out, and ``after``
        the text after it: with the span, they may say a person's sex (see :meth:`_note_sex`). In a
        ``headline``, read after the story's copy, a capitalised role or body's noun alone ("Governor denies ...",
        "Agency rejects ...") or a body's kind or a post in lower-case words ("Rights group says ...", "Health minister
        denies ...", see :func:`described_body`, :func:`described_post`) is a description with "the" left out, and
        means the one person or body it fits, named anywhere. A list read as nationalities (see
        :func:`nationality_list`) with a word that is no known one but names a person so far (see
        :meth:`_person_word`) is cut at its commas as any other list."""
        accusation = accusation_in_span(text, after)
        if accusation is not None:
            text = text[:accusation]  # "Police" of "Police accused of brutality say they acted lawfully"
        owner = its_document_owner(text, before)
        if owner is not None:
            # "Second Chance receives no funding, according to its annual accounts": the sentence's own subject's,
            # before a body the sentence before wrote of
            return self.add(owner, denial)
        text = (self._spokesperson_of_its(text, before, denial) or self._side_named_before(text)
                or self._side_of_his_or_her(text, before, after)
                or self._document_of_his_or_her(text) or self._paper_in_full(text) or text)
        text = self._honoured_in_full(text) or text  # "Dame Ruth" after "Dame Ruth Corran": as written in full
        text = self._named_body_channel(text) or text  # "A Nordwing statement" after "Nordwing says": Nordwing's
        body_document = BODY_DOCUMENT.fullmatch(text.strip(EDGE))
        noun = body_document.group(1).lower() if body_document else ""
        if (body_document is not None and body_document.group(1)[:1].isupper()
                and BODY_CHANNEL.fullmatch(body_document.group(2)) and self.state_adjective(body_document.group(1))):
            # "The Kessarian statement said": the state's word, as "The Kessarian government said" is
            text, noun, body_document = f"the {body_document.group(1)} government", "", None
        just_before = self.kinds_named_just_before(noun, before) if body_document and not headline else []
        if len(just_before) > 1:
            # "The Interior Ministry and the Health Ministry closed ... A ministry statement said": either's, so the
            # ministry's noun alone, no other ministry credited before
            self._mention(noun)
            return self.add_unnamed(noun)
        if just_before and body_document is not None:
            # "The Interior Ministry closed two crossings. A ministry statement said": that ministry's, though
            # another ministry was credited before it
            text = f"the {just_before[0]}'s {body_document.group(2)}"
            body_document = None
        if body_document is not None and noun in DOCUMENT_OWNER_NOUNS and (
                self._description_stands_for(noun, denial) != noun or self._kind_named(noun, denial) is not None
                or noun in self.names or BODY_CHANNEL.fullmatch(body_document.group(2))):
            # "A ministry statement" after "The Kestorian Defence Ministry ...": that ministry's, as written so; "a
            # police statement" the one force's named ("the Hartwell Police Department said"), or the police credited
            # by the noun alone ("police said"): one source, not "police" and "police statement"; a statement with
            # none of them named is the body's alone too, which a later "police said" means
            text = f"the {noun}'s {body_document.group(2)}"
        owner = its_document_owner(text, before)
        if owner is not None:
            return self.add(owner, denial)  # "The mission recorded 31 deaths, according to its report": the mission's
        written = display_source(text, possessive_is_name)  # from the span as given: it keeps emoji joined
        if any(not is_nationality(word) and self._person_word(word) for word in listed_words(written)):
            # "Kestorian, Veldoran aides" after "Ilse Kestorian said": no list of nationalities
            written = display_source(text, possessive_is_name, people_listed=True)
        written = self._month_kept(text, written)
        written = self._person_owning(text) or written
        qualified = DESCRIBED_SURNAME.fullmatch(text.strip(EDGE))
        if qualified and self._person_word(text_key(qualified.group(1))):
            written = qualified.group(1)  # "An angry Trump" after "Donald Trump": the person, not a source apart
        emphatic = EMPHATIC_AFTER_NAME.fullmatch(text.strip(EDGE))
        if emphatic:
            written = display_source(emphatic.group(1), possessive_is_name)  # "Trump himself": Trump
        if (monsieur_dropped(text, written) and "she" in mention_sex(written, before + text, len(before), after)
                and not self._she_may_be_another(written)):
            written = f"M. {written}"  # "M. Quill said she disagreed": an initial, no Monsieur
        ranked = RANK_THEN_WORD.fullmatch(written) or LOCAL_TITLE_THEN_WORD.fullmatch(written)
        if ranked and self._by_last.holding([without_accents(text_key(ranked.group(1)))]):
            # "DSP Adeyemo" after "SP Kunle Adeyemo", "District Attorney Vance" after "Cyrus Vance Jr.": a rank or a
            # local title before a person's surname
            written = ranked.group(1)
        # as the canonical name, for finding it in ``text`` ('Juan "Chico" Marquez' without its nickname)
        text = unicodedata.normalize("NFC", without_invisible(without_nickname(text)))
        bare = text_key(written)
        inquired = inquired_name(text)
        if inquired is not None and self._inquired.setdefault(bare, inquired) != inquired:
            # "The inquiry into Drellmark" after "The inquiry into Orvane": another inquiry, told apart by its name
            written = f"{written} into {inquired}"
            bare = text_key(written)
        if (not bare or (bare in PRONOUNS and written != "WHO") or french_pronoun(written)  # the WHO speaks
                or CONTRACTED_PRONOUN.fullmatch(bare)):
            return ""  # nor is "a-t-il" of French copy's '« ... », a-t-il déclaré' anyone's name, nor "I'm"
        if (bare in OWN_PRONOUNS and written != "US") or OWN_WORK.match(text.strip(EDGE)):
            return ""
        if bare in TIDINGS or unowned_reports(text):
            return ""  # "News has emerged that ...", "Reports surfaced that ...": what came out, no one who said it
        if displayed_thing(written) and not self._person_word(bare):
            # "Graffiti appeared on the wall, accusing the mayor": a thing, no one who said it; not "Banner" after
            # "Tom Banner"
            return ""
        if bare == "one" and GENERIC_ONE_AFTER.match(after):
            return ""  # "One can also debate ...": anyone, the writer's own musing, no one of a group named before
        club = self._club_in_view() if headline and bare == "club" else None
        if club is not None:
            return self.add(club, denial)  # "Harlow Rovers defender suspended ..., club vows to fight ban": the club
        group = self._group_headed(bare) if headline else None
        if group is not None:
            self._mention(group)
            return group  # "Tenants say landlord ignored mold" over "Tenants of a building on Elm Street say": them
        if bare in ONE_OF_THEM:
            group = next(reversed(self._mentioned), None)
            if group is not None and plural_group(group):
                self._mention(group)
                return group  # "Two former employees said ... One said": one of them, no source of its own
        if bare == "one" and counts_documents(self._seen_before):
            return ""  # "Two letters seen by the Courier ... One, dated June 2008, promises ...": a letter, no one
        other = self._another_of_its_kind() if bare == "another" else None
        if other is not None:
            return self.add(other, denial)  # "One official said ... Another said": a second official, a source apart
        group = self._counted_one(bare, text)
        if group is not None:
            self._mention(group)
            return group  # "Two former inspectors said ... the former inspector said": one of them
        share = SHARE.fullmatch(bare)
        if share is not None:
            poll = self._poll_in_view()
            if poll is not None:
                self._mention(poll)
                return poll  # "Another 19 percent said" after "A new Kessel poll shows": the poll's respondents
            if not names_a_group(share):
                return ""  # "Twelve percent said" with no poll in view: a count of no one named, as "Many" alone
        if respondents_among(text, before, after):
            poll = self._poll_in_view()
            if poll is not None:
                self._mention(poll)
            return poll or ""  # "Among likely voters, 46 percent said": the poll's respondents, or no one named
        counted = COUNT_OF_NAMED.fullmatch(f"{before[-4:].lstrip()}{text.strip(EDGE)}".strip())
        if counted and (counted.group(3) is None or people_plural(counted.group(3))):
            together = self._named_together(COUNTS[(counted.group(1) or counted.group(2)).lower()])
            if together is not None:
                self._mention(together)
                return together  # "Ruiz and Vask said ... The two said": both of them
            if counted.group(3) is None:
                return ""  # "The two said" with no two named together: no source called "two" (see count_alone)
        order = informant_by_order(text)
        informants = [name for name in self.names if unnamed_informant(name)] if order is not None else []
        if order is not None and len(informants) == 2:
            self._mention(informants[order])
            return informants[order]  # "An insider said ... Another insider claims ... The second source said"
        member = group_reference(bare, text, before)
        group = next((named for named in islice(reversed(self._mentioned), GROUP_LOOKBACK)
                      if (plural_group(named) and group_member(member, named))
                      or member == f"the {members_of(named)}" or anonymous_one_again(member, named)), None)
        if group is not None:
            self._mention(group)
            return group  # "people familiar with the matter ... two of the people", "a person familiar with the matter"
        issued = self._issued_by or self._issued_in_sentence
        # "The report's authors said" after "A report by Clearwater Watch said": the report's issuer, as "the report"
        document = DEFINITE_DOCUMENT.fullmatch(document_words(authored_document(text.strip(EDGE)))) if issued else None
        issuer = self._document_issuer(text_key(document.group(1))) if document else None
        if issuer is None and headline and issued and BARE_DOCUMENT.fullmatch(text.strip(EDGE)):
            issuer = self._document_issuer(text_key(text))  # "Survey finds ...": the survey the copy credits its maker
        if issuer is not None:
            self._mention(issuer)
            return issuer  # "According to the note" after "In its note, the mission said": the mission's
        issuer = self._continued_document_issuer(text, after) if document is None and not headline else None
        if issuer is not None:
            self._mention(issuer)
            return issuer  # "The report also said" after "The auditors, Harwell & Stone, said": the auditors' report
        issuing = self._issued_in_sentence.get(text_key(document.group(1))) if document and not issuer else None
        if issuing is not None:
            return self.add(issuing, denial)  # "The statement said" after "The embassy issued a statement": its
        filing = DEFINITE_FILING.fullmatch(text.strip(EDGE))
        if filing and self._filing_by_other and filing.group(1).lower().startswith("filing"):
            filing = None  # "the filing" after another side's "In a filing, the company's lawyers asked": not theirs
        filer = self._filed_by.get(filing_kind(filing.group(1))) if filing else None
        if filer is not None:
            return self.add(filer, denial)  # "The complaint says" after "The Securities Board sued": the board's
        suit = self._suit_named_first(text) if filer is None else None
        if suit is not None:
            self._mention(suit)
            return suit  # "According to the filing" after "The complaint, filed on Monday, claims": one document
        shown = self.shown.get(bare)
        # the spelling first seen is shown ("O’Neill" over a later "O'Neill"), a capitalised one over a
        # lower-case one
        if shown is None or (shown == shown.lower() and written != written.lower()):
            self.shown[bare] = with_stop(written, text)
        kin = described_as_kin(written, before + text, len(before), after)
        text = fold_apostrophes(text)  # its words are compared with the canonical name's
        # a headline's "Hospital denies ...": a kind of body the copy may name only in passing, as "the hospital" is
        described = headline and (all(w in PERSON_ROLES or w in BODY_NOUNS or w in NAMED_KINDS
                                      for w in bare.split(" ")) or described_body(written) or described_post(written)
                                  or self._heads_one_body(bare) or self._trade_described(bare, written, denial))
        meant = None if described else self._namesake_meant(bare, written, before + text, len(before), after)
        name = (self._description_stands_for(bare, denial, anyone=True) if described
                else meant or self._stands_for(bare, written, text, denial, before, kin, after))
        if headline and name == bare and bare in MAKER_NOUNS:
            name = self._company_described("company", denial) or name  # "..., maker says" over "Halvex said ..."
        if headline and name == bare:
            name = self._regulator_named(bare) or name  # "Regulator accuses ..." over "The Conduct Board said ..."
        if headline and name == bare:
            name = self._reworded(bare) or name  # "Interior ministry denies ..." over "The Ministry of the Interior"
        if headline and name == bare:
            name = self._trade_named(bare, denial) or name  # "..., studio denies" over "Halberd Pictures has rejected"
        if ((meant is None or len(self._namesakes_of(bare)) == 1) and name != bare and " " not in bare
                and name in self.people):
            # the one it joined (the only one of that surname so far: "Salgado" of "Rui Salgado"), whom it still means
            # once another is named ("His son, Miguel Salgado, ..."), unless the copy says otherwise
            self._alone_for.setdefault(bare, name)
        if name == bare and not described:
            name = self._surnames_in_full(bare, written) or name  # "Ruiz and Vask" after "Ana Ruiz", "Tom Vask"
            name = self._owned_in_full(bare) or name  # "Dorr's office" after "Foreign Minister Ana Dorr's office"
        self._name_the_role(text, name, before, after)
        self._name_known_as(text, name, denial)  # "The agency, known as VBS": the agency written before
        if name == bare and " " in name and written[:1].isupper() and written.split(" ")[-1][:1].isupper():
            self._name_described_body(name)
            self._name_body_in_lower_case(name)
            self._name_lone_overseer(name)
        investing = None if "," in text else APPOSED_INVESTOR.match(after)
        self._note_business(f"{text}, {investing.group(1)}" if investing else text, name)
        apposed = None if "," in text else APPOSED_KIND.match(after)
        self._note_kind(f"{text}, {apposed.group(1)}" if apposed else text, name)
        self._note_kind_before(text, name)
        self._note_trade_clause(text, name, after)
        # after its description is noted ("Pricewatch, the regulator, said"), which may say it is no business
        if name == bare and name not in self.names and written[:1].isupper():
            self._name_lede_business(name, text, before, after, denial)
        elif name == bare and _INDEFINITE.match(text.strip(EDGE)) and bare.rpartition(" ")[2] in _LEDE_BUSINESSES:
            self._businesses_described.add(name)  # "A supermarket chain said", which the copy may name later
        # a person written with a title ("Mr Trevane") or as a surname seen in a name, before it counts as a body
        person = name == bare and (self._one_word_person(name, written, text) or kin_given_name(name, written, kin)
                                   or name_given_only(before))
        if name not in self.names:
            self.names[name] = len(self.names)
            spoke = OFFICIALS_OF_BODY.fullmatch(name)
            if spoke is not None:
                self._officials.setdefault(spoke.group(1) or spoke.group(2), []).append((name, not spoke.group(1)))
            self._unaccented.setdefault(united_nations(without_accents(name)), name)
            ministry = ministry_parts(name)
            if ministry:
                self._ministries.setdefault(ministry[2][-1], []).append(name)
            letters = in_letters(name)
            if letters is not None:
                self._posts_written.setdefault(letters, name)
            first, _, rest = name.partition(" ")
            if rest:
                self._after_first["'" in first].setdefault(rest, []).append(name)
            if name not in self.people:  # a person named with a title in an earlier sentence
                self._bodies.add(name, name.split(" "))
            self._join_bare_group(name)
            self._join_study_team(name)
        if name == bare and firm_named(name, text):
            self._note_company(name, self.shown.get(name, written))  # "Ostrava Chemicals", whose "Ostrava" joins it
        elif name == bare:
            self._note_group_firm(name, after)  # "Harlow Group said it", whose "Harlow" joins it
        person |= (name == bare and " " in name and person_like(name, text)
                   and not LEGAL_FORM_END.search(name) and not newspaper(name, before + text)
                   and name not in self.companies and name not in self._firms
                   and self._group_firms.get(name.split(" ")[0]) != name
                   and not self.body_kinds.get(name, set()) & (BODY_KINDS | {"ngo"}))
        # "Halvard Terminals, the port operator" and "Morgan Stanley" of "Shares of Morgan Stanley" are no person, nor
        # a body described by its kind ("the watchdog group Clean Capitol", "Clean Capitol, a watchdog group")
        if person and speaks_of_itself_as_it(name, text, after):
            self.said_it.add(name)
        if person:
            # written without a role ("Alan Pike said"), a person keeps the one written before
            roles = role_words(text, name) | party_state_after(after, 0)  # 'Sen. Ana Ruiz (D-N.Y.) said'
            # "Ines Rowley testified": a witness, whom "the witness" may mean
            testified = frozenset({"witness"}) if _TESTIFIED.match(after) else frozenset()
            self._note_person(name, (roles or self.people.get(name, frozenset())) | testified)
            if roles:
                self._role_spans[name] = text
            if title_case(before + text + after):
                self._headline_people.add(name)
            self._spouse_named(name, after)
        if name == bare and " " in name and name.rsplit(" ", 1)[-1] in CLUB_NAME_WORDS:  # not "the club" alone
            self._clubs_credited.add(name)  # a club in view ("Kessel United said"), whom no other "the club" means
        self.described = name if name in self.people else None
        self._titled = self._described_surname = None
        self._mention(name)
        self._note_issued(name, text, before, after)
        if name in self.people:
            self.recent_person = name
            self._named_at[name] = self._seen_count
            if name != self.subject_person:
                self.subject_person = None
            namesakes = self._namesake_people.get(name.split(" ")[-1])
            if namesakes is not None:
                namesakes.was_named(name, self._seen_count)
            self._only_subjects.discard(name)
            self._people_named.pop(name, None)
            self._people_named[name] = None
            self._note_sex(name, written, before + text, len(before), after)
            if kin:
                self._kin.add(name)
            self._chief_of_headline(name, text, after)
            self._note_business_placed(without_heading(text.strip(EDGE)).strip(EDGE))
        return name

    def nameless_share(self, text: str, before: str = "", after: str = "") -> bool:
        """Whether the source span ``text`` is a share of no group named ("Another 19 percent", "Twelve percent"; see
        ``SHARE``), or who was asked after the sentence's opening "Among", between ``before`` and ``after`` ("likely"
        of "Among likely voters, 46 percent said"; see :func:`respondents_among`), with no poll in view (see
        :meth:`_poll_in_view`): a count of no one, as "Many" alone is."""
        share = SHARE.fullmatch(text_key(display_source(text)))
        asked = (share is not None and not names_a_group(share)) or respondents_among(text, before, after)
        return asked and self._poll_in_view() is None

    def _continued_document_issuer(self, text: str, after: str) -> str | None:
        """The source credited with the sentence just before, when the span ``text`` is a definite document of no
        issuer noted that ``after`` says "also" spoke ("The auditors, Harwell & Stone, said ... The report also said
        ..."): the document goes on with that source's account, so it is that source's, not a source apart; ``None``
        otherwise, when no source spoke just before, or a person did, whose report it may not be (a report is a
        body's), or a source named before ends with the document's noun ("government data" before "The data also
        showed"): that source is meant."""
        document = DEFINITE_DOCUMENT.fullmatch(document_words(text.strip(EDGE)))
        if not DOCUMENT_ALSO_AFTER.match(after) or document is None or self._names_end_with(document.group(1)):
            return None
        last = next(reversed(self._credited), None)
        spoke_before = last is not None and self._credited[last] == self._seen_count - 1
        return last if spoke_before and last not in self.people else None

    def _names_end_with(self, document: str) -> bool:
        """Whether a source named so far ends with the last word of ``document`` ("government data" of "data")."""
        noun = text_key(document).rpartition(" ")[2]
        return any(name == noun or name.endswith(f" {noun}") for name in self.names)

    def _force_named(self, bare: str, written: str, denial: bool) -> str:
        """The source that "police" with no "the" ("Police said", "..., police said") stands for in blotter copy: the
        one police force the text named (see ``_POLICE_NAME``, :meth:`_kind_named`), "troopers" the one state
        police force ("..., state police said. ... troopers said") and "deputies" the one sheriff's office credited
        ("The Orrin County Sheriff's Office said ... Deputies said"); ``bare`` itself for any other mention, for none
        or two forces named ("Calder Bay police ... state police"), or for an accuser in a ``denial``."""
        force = self._kind_named(bare, denial) if bare == "police" and written.lower() == bare else None
        if bare in FORCE_MEMBERS and bare != "deputies" and written.lower() == bare:
            forces = self._named_kinds.get("police", {})
            key = self._one_named([key for key in forces if key.endswith("state police")], denial)
            force = None if key is None else forces[key]
        if bare == "deputies" and written.lower() == bare:
            offices = [name for name in self.names if re.search(r"\bsheriff['’]?s? (?:office|department)$", name)]
            key = self._one_named(offices, denial)
            force = None if key is None else self.shown.get(key, key)
        return bare if force is None else self.add(force, denial)

    def _forget_issued(self, sentence: str) -> None:
        """Forget who issued each document that ``sentence`` writes as a new one ("Pelosi and Schumer released a joint
        statement": see ``INDEFINITE_DOCUMENT``): a later "the statement" may be this one (see :meth:`_note_issued`,
        read after, for a sentence that says whose it is)."""
        for found in INDEFINITE_DOCUMENT.finditer(sentence) if self._issued_by else ():
            for key in document_keys(found):
                self._issued_by.pop(key, None)

    def own_statement(self) -> bool:
        """Whether the document's first lines head it as a body's own statement ("Statement by the Embassy of Kestoria
        in Talvor": see :func:`issuers_named`), whose "we" is that body, not a writer's."""
        return bool(self._issuers)

    def see_subject(self, sentence: str, start: int, end: int, answered: bool = True) -> bool:
        """Note the person whose full name the subject at ``start:end`` of ``sentence`` writes with a person's role
        or title (see :func:`opening_subject`), in a sentence that names no source ("Velmark's President Oren Task
        was asked ...", "Dana Holm, a spokeswoman, spoke ..."), as the person named most recently, whom a later "he"
        or "she" may mean (see :meth:`person_for`), their sex as their mention says it; a body, a company and a
        person with no role ("Gerald Whitcombe, 64, was arrested": the accused, whose "He denied" stays in doubt)
        are passed over. Only once credited (see :meth:`spoke`) may a short name join them: "Velmora" of "Ines
        Velmora, a lawyer, was charged" is no one yet. One who ``answered`` (spoke or was asked, not "declined to
        comment") is also the ``subject_person``, whom a pronoun of unknown sex does not pass over for the last
        speaker, unless the sentence names that speaker after the subject (``subject_addressed``: "Robin Task told
        Varga to sit down", "wrote to the mayor"). Whether the subject was so noted."""
        text = fold_apostrophes(unicodedata.normalize("NFC", without_invisible(sentence[start:end])))
        written = display_source(text)
        key = text_key(written)
        roles = role_words(text, key)
        if (" " not in key or not person_like(key, text) or key in self.companies or key in self._firms
                or LEGAL_FORM_END.search(key)
                or (key in self.names and key not in self.people) or not roles & (PERSON_ROLES | {"spokesperson"})):
            return False
        self.shown.setdefault(key, with_stop(written, sentence[start:]))
        if key not in self.people:
            self._subjects[key] = roles  # a person for short names once credited (see :meth:`spoke`)
        self.recent_person = key
        self.subject_person = key if answered else None
        self.subject_addressed = frozenset(name for name in self._people_named
                                           if name != key and self._names_again(sentence[end:], name))
        self._only_subjects.discard(key)
        self._people_named.pop(key, None)
        self._people_named[key] = None
        self._note_sex(key, written, sentence[:end], start, sentence[end:])
        return True

    def owner_of_its_in_view(self, text: str) -> bool:
        """Whether the span ``text``, a role, part or document owned by "its" alone ("Its forecasters"), has its
        owner in view, a body the sentence before credited or wrote of (see :meth:`_spokesperson_of_its`)."""
        return self._spokesperson_of_its(text) is not None

    def unowned_its_document(self, text: str) -> bool:
        """Whether the span ``text`` is a document owned by "its" alone ("Its review" of "Its review found that ...":
        see ``ITS_DOCUMENT``) with no owner in view, no body the sentence before credited or wrote of (see
        :meth:`_spokesperson_of_its`): a sentence of no source it opens then goes on with the account of whoever spoke
        before, as it is no one's finding of its own; with an owner, it is that body's."""
        return ITS_DOCUMENT.fullmatch(text.strip(EDGE)) is not None and self._spokesperson_of_its(text) is None

    def see_body(self, sentence: str, start: int, end: int) -> None:
        """Note the body the subject at ``start:end`` of ``sentence`` names (a sentence that names no source, or one
        whose source comes after a comma, "Orsk Mining will close the mine, the company said"), when
        its name says what kind of body it is ("Northfall Energy", "Varn Motors", "Tax Research Center", a builder's
        "Stanmere Developments": see ``FIRM_NAME_ENDS``; a school's, hospital's or museum's, "Kelby University": see
        ``_INSTITUTION_ENDS``; not "Orsk"; a world body's agency, "World Food Programme": see
        :func:`framing.index_body_words.world_agency`) or the text wrote its kind before it, even of a name of one
        word, when no other name was written after that kind ("Rating agency Norcrest Ratings", "The postal regulator
        Mailcheck has fined ...": see :meth:`_sole_of_kind_written`), or
        it is a state's body written in lower case ("Veradia's interior ministry", "The border police": see
        ``STATE_BODY_IN_LOWER_CASE``), or a body in lower case a name owns ("The Trade Council's dispute panel": see
        ``OWNED_BODY_IN_LOWER_CASE``):
        a later "the utility" or "the group" may mean it (see :meth:`_acting_body_meant`), unless another such body
        acted just before it with no source credited since: then neither. A state's body by its noun (``BODY_NOUNS``:
        "Marland's Foreign Office", "The Ministry of Defence") is one too: "... has not yet responded. A spokeswoman
        said ..." is its spokesperson. A company by the one word that starts its name, written before, as the subject
        of a verb ("Northline has responded." after "Northline Rail", see ``_SUBJECT_ACTS``; not "Halvex shares rose"),
        is that company."""
        text = fold_apostrophes(unicodedata.normalize("NFC", without_invisible(sentence[start:end])))
        noun = BODY_BY_NOUN.fullmatch(text.strip(EDGE))
        if noun is not None:
            self._see_body_by_noun(noun.group(1).lower())
            return
        written = display_source(text)
        key = text_key(written)
        self.see_state(sentence, start, end)
        company = (self._company_first_word(key) if " " not in key and _SUBJECT_ACTS.match(sentence, end)
                   else None)
        if company is not None:
            key, written = company, self.shown.get(company, written)  # "Northline" of "Northline Rail"
        words = key.split(" ")
        if (key not in self.people and key not in self.places and (ACRONYM_BODY.fullmatch(written) or len(words) > 1
                and capitalised_body(written.partition(" ")[2])  # "United Nations agency" too
                and (business_name_end(words) or words[-1] in FIRM_NAME_ENDS
                     or bool(set(words) & CIVIC_NAME_WORDS) or words[-1] in ARMED_GROUP_NAME_ENDS
                     or words[-1] in BODY_NOUNS or words[-1] in MEMBERS_BODY_ENDS or words[-1] in WORKING_BODY_ENDS
                     or words[-1] in _INSTITUTION_ENDS or words[-1] in CLUB_ONLY_ENDS
                     or _body_head_before_of(words)
                     or key in self._kinds_written or world_agency(key, written))  # "World Food Programme"
                or self._sole_of_kind_written(key) or STATE_BODY_IN_LOWER_CASE.fullmatch(written)
                or OWNED_BODY_IN_LOWER_CASE.fullmatch(written))):
            last = self._acting_body
            if (last is not None and last[0] != key and self._seen_count - last[2] <= BODY_REACH_SENTENCES
                    and not any(seen >= last[2] for seen in self._credited.values())):
                self._acting_body = None  # two bodies acted in turn: a noun after them may mean either
            else:
                self._acting_body = key, with_stop(written, sentence[start:]), self._seen_count
            if firm_named(key, written):
                # "Northline Rail Freight will cut 200 jobs. Northline said": the firm, by its full name; no company
                # "the company" alone means, which may be another business the sentence named after it
                self._acting_firms.setdefault(key, with_stop(written, sentence[start:]))

    def see_state(self, sentence: str, start: int, end: int) -> None:
        """Note the subject at ``start:end`` of ``sentence``, a sentence naming no source, when it may be a state: a
        country's or a capital's name (see :func:`government_of`), a state by its form ("The Republic of Dravinia"),
        or one capitalised word of no person named before, role nor people ("Dravinia", which may read as a surname):
        "Its foreign ministry" or "Its embassy" in the next sentence is that state's (see ``ITS_MINISTRY``), as after
        a state credited with a word ("Norway launched an inquiry. Its foreign ministry said ..." is Norway's)."""
        written = display_source(fold_apostrophes(unicodedata.normalize("NFC", without_invisible(sentence[start:end]))))
        key = text_key(written)
        one_word = (" " not in key and written[:1].isupper() and key not in self.people and key not in self.surnames
                    and key not in PRONOUNS and not is_given_name(key) and not is_role(key) and not people_plural(key))
        state = government_of(key) is not None or _STATE_BY_FORM.fullmatch(key) is not None or one_word
        self._acting_state = (key, with_stop(written, sentence[start:]), self._seen_count) if state else None

    def see_asked_body(self, sentence: str, start: int, end: int) -> None:
        """Note the body at ``start:end`` of ``sentence`` that the writer asked for comment or put claims to (see
        :func:`framing.source_find_interviews.asked_for_comment`: "We put your comments to the health board.", "The
        Gazette contacted Northline for comment."), as a subject's body is noted (see :meth:`see_body`): a nameless
        spokesperson just after speaks for it. Its name or its noun may say nothing of its kind, as the writer's
        asking does; one word alone only as a body's noun after "the" ("the council") or a company's short name
        already written ("Northline" of "Northline Rail"); never a person, a place, a person's role, people on a
        person's side ("We contacted Vask's lawyers for comment.": see ``_ASKED_PERSONAL_SIDE``) nor many bodies in
        lower case ("We contacted both parties for comment.": see ``_LOWER_CASE_PLURAL``)."""
        text = fold_apostrophes(unicodedata.normalize("NFC", without_invisible(sentence[start:end])))
        written = display_source(text)
        key = text_key(written)
        if " " not in key and not (key in BODY_NOUNS and text.lower().startswith("the ")):  # "the council"
            company = self._company_first_word(key)
            key, written = (company, self.shown.get(company, written)) if company else ("", written)
        last = key.rpartition(" ")[2]
        if (key and key not in self.people and key not in self.places and not is_role(last)
                and not _ASKED_PERSONAL_SIDE.fullmatch(last) and not _LOWER_CASE_PLURAL.search(written)
                and not is_given_name(key.split(" ")[0])):
            self._acting_body = key, with_stop(written, sentence[start:]), self._seen_count

    def see_capitals_subject(self, person: str) -> None:
        """Note the subject ``person`` of the sentence just seen, which names no source (see :meth:`topic_of`), when
        it is a name read as a person's by its capitals alone (see :meth:`_capitals_only`: "Cardwell Health" of
        "Cardwell Health cut 200 jobs on Monday."): its kind unsaid, a business's "the company" or "the firm" after it
        may mean it (see :meth:`_acting_body_meant`), as it may a firm whose name says it is one ("Cardwell Foods");
        a "he" or "she" still means a person so named; further back, where it is the one business named so far (see
        :meth:`_firm_written`). Only a name ending in a common noun of firms' names (see ``FIRM_LIKE_ENDS``): "Nkechi
        Obi resigned on Monday." is a person whose given name the lists lack, and "Kessel County" or "Lake Verra" a
        place."""
        self._acting_capitals = None
        if self._firm_by_capitals(person) and person not in self.companies:
            self._acting_capitals = person, self.shown.get(person, person), self._seen_count
            self._firm_like_subjects.setdefault(person, self.shown.get(person, person))

    def _firm_by_capitals(self, name: str) -> bool:
        """Whether the source ``name``, read as a person's by its capitals alone (see :meth:`_capitals_only`), ends in
        a common noun of firms' names (see ``FIRM_LIKE_ENDS``: "Copperhill Resources"), so that "a company
        spokesperson" just after its credit may speak for it as "the company" may mean it; not "Nkechi Obi"."""
        return self._capitals_only(name) and name.rpartition(" ")[2] in FIRM_LIKE_ENDS

    def see_firm_by_kind(self, sentence: str, start: int, end: int, passing: bool = False) -> None:
        """Note the firm whose name stands at ``start:end`` of ``sentence`` just after a business's kind ("Pollen" of
        "removed from the social network Pollen, the company said"), as a subject's body is noted (see
        :meth:`see_body`), though its name says nothing of its kind: "the company" after it may mean it; not a
        person's name nor a place's. One written in ``passing`` (in a sentence of no source) yields to a body the
        sentence's subject named ("The postal regulator Mailcheck has fined the parcel company QuickDrop")."""
        if passing and self._acting_body is not None and self._acting_body[2] == self._seen_count:
            return
        text = fold_apostrophes(unicodedata.normalize("NFC", without_invisible(sentence[start:end])))
        written = display_source(text)
        key = text_key(written)
        if key and key not in self.people and key not in self.places and not is_given_name(key.split(" ")[0]):
            self._acting_body = key, with_stop(written, sentence[start:]), self._seen_count

    def take_topic(self, name: str) -> None:
        """Note ``name``, the person the sentence before wrote of as its subject (see :meth:`topic_of`), whom a "he"
        or "she" was read to mean, as the person named most recently, who keeps that place as a subject that spoke
        does (see :meth:`see_subject`); not yet named as a source, a short name joins them once credited."""
        if name not in self.people:
            self._subjects.setdefault(name, frozenset())
        self.recent_person = self.subject_person = name
        self.subject_addressed = frozenset()
        self._only_subjects.discard(name)
        self._people_named.pop(name, None)
        self._people_named[name] = None

    def note_turn_speaker(self, name: str) -> None:
        """Note ``name``, the speaker a transcript's label names for the turn the sentence read now opens: their
        label is no third party the sentence names, so "A spokesman told me ..." just after "ABARA: Hollin & Vane
        says ..." is still Hollin & Vane's (see :meth:`_spokesperson_of_its`)."""
        self._turn_speaker = (name, self._seen_count) if name else None

    def note_subject_named(self, name: str) -> None:
        """Note ``name``, a person written in full as the subject of a sentence that names no source (see
        :meth:`topic_of`: "Marguerite Olande, the stage actor, has died aged 88."), among the people named, after
        those named before, so that a later "he" or "she" passing over people of the other sex named since may mean
        them (see :meth:`person_for`): "Her death was confirmed by her son, Julian Olande ... She later said ..." is
        hers, unless their sex is unknown and a speaker of the pronoun's sex was credited before them. They do not
        become the person named most recently, whom a "he" or "she" of their sex still means first; a name read as a
        firm's by its capitals alone ("Cardwell Health") is passed over."""
        if " " not in name or name in self.companies or self._firm_by_capitals(name):
            return
        if name not in self._people_named:
            self._only_subjects.add(name)
        self._people_named.pop(name, None)
        self._people_named[name] = None

    def note_pronoun(self, name: str, pronoun: str) -> None:
        """Note that a "he" or "she" (``pronoun``) going on with the account of the person ``name`` was credited to
        them: it says their sex as one they said does (see :meth:`sex_of`), so that a "she said" of theirs makes a
        later "he said" someone else's."""
        if name in self.people:
            self._sex_said[name] = pronoun if self._sex_said.get(name, pronoun) == pronoun else ""

    def note_pronoun_issued(self, name: str, sentence: str) -> None:
        """Note that ``name``, credited with ``sentence`` by the "it", "they", "he" or "she" that speaks in it,
        issued the document the sentence writes as its own around that pronoun ("In a statement, it said ...", "It
        said in a statement ..."): a later "the statement said" is theirs, as after "The bureau said in a
        statement" (see :meth:`_note_issued`)."""
        for found in _SPEAKING_PRONOUN.finditer(sentence):
            opener = sentence[:found.start()]
            # the subject after an opener or a quotation closing with a comma ('"...," she said'), not "said it"
            if opener.rstrip(_CLOSING_QUOTES).endswith(",") or not opener.strip(EDGE):
                self._note_issued(name, found.group(), opener, sentence[found.end():])
                return

    def headline_credited(self, name: str) -> None:
        """Note that the text's first line, a headline on a line of its own though it ends in a stop (no page
        furniture, so read in order: "Vask: 'We will not back down.'"), credited the source ``name``; a word alone
        may be the surname of the person the copy then names in full (see :meth:`_headline_surname`)."""
        if name and " " not in name:
            self._headline_words.add(name)

    def _name_lede_business(self, name: str, text: str, before: str, after: str, denial: bool) -> None:
        """Credit to ``name``, a source first named now in capitals in the span ``text`` (``before`` and ``after``: the
        sentence's text around it; ``denial``: whether the sentence denies) that is no person (a name of two words or
        more written as one's, a given name or a surname of a person named so far), newspaper, place nor body of a
        state's kind ("Costwell"), the one earlier source that is a business described by its kind alone in lower case
        with "a" or "an" (see ``_LEDE_BUSINESSES``: "A supermarket chain", "a carmaker"), when no other source named in
        capitals was credited before it and the name answers for itself (see :func:`_answers_for_itself`): the lede
        describes the business, the copy then names it ("A supermarket chain will appeal a fine, it said. ...
        Costwell said its pricing was lawful."), where nothing else fits; a regulator, an analyst or a group that
        speaks of others ("Pricewatch said the chain had misled shoppers") is no name of it, nor is a regulator or a
        watchdog by its name or description speaking of itself ("Pricewatch, the regulator, said it had opened an
        inquiry": see :meth:`_regulator`)."""
        if (name.rpartition(" ")[2] in BODY_NOUNS or name in STATE_BODIES or name in self.places
                or self._regulator(name, set(name.split(" "))) or "watchdog" in self.body_kinds.get(name, set())
                or name in self.people or (" " in name and person_like(name, text)) or is_given_name(name)
                or self._by_last.holding(name.split(" ")[-1:]) or newspaper(name, before + text)):
            return
        described = [n for n in self._businesses_described if n not in self.named_later]
        named = [n for n in self.names if n not in self.people and not self.shown.get(n, "").islower()]
        if len(described) == 1 and not named and _answers_for_itself(described[0], after, denial):
            self.named_later[described[0]] = name

    def _stands_for(self, bare: str, written: str, text: str, denial: bool, before: str, kin: bool,
                    after: str = "") -> str:
        """The source the mention ``bare`` (``written`` so, in the span ``text``) stands for, by the rules of the
        class: a source written before with other accents or the other way round that source, a name the one person
        or company it shortens (a relative's, ``kin``, never a name spelled another way), a description with "the"
        (perhaps just before the span, at the end of ``before``, the sentence's text before it) the one body, company
        or person it describes, failing those a capitalised body's noun ("The Ministry") the one body of that noun
        the document's first lines name in full (see :func:`issuers_named`); else itself. An acronym
        in capitals that the document spelled out is that name, never a post of ``SHORT_POSTS`` ("the SP" after "the
        Socialist Party (SP)", not a superintendent of police). ``after``: the sentence's text after the span."""
        spelled = written.isupper() and bool(self.acronyms.get(bare))
        the_before = bool(search_before_space(_THE_BEFORE, before, len(before), len("the")))
        if bare not in self.names:
            # "the Tanaiste" after "the Tánaiste", "the Interior Ministry" after "the Ministry of Interior"; in a
            # denial not an accuser ("Iraq's Ministry of Interior accused ... Turkey's Interior Ministry denied")
            same = (self._unaccented.get(united_nations(without_accents(bare))) or self._reworded(bare)
                    or (self._seat_or_country(bare) if GOVERNMENT_OF.fullmatch(bare) else None)
                    or (None if spelled else self._post_written_otherwise(bare))
                    or self._country_written_otherwise(bare))
            same = same or self._local_force_written_otherwise(bare) or self._officials_of(bare)
            same = same or self._inquest_heard(bare)  # "The hearing was told" after "An inquest heard", and back
            if same and not (denial and self._accuser(same)):
                return same
            own = self._country_ministry(bare, written)
            if own is not None:
                return own  # "The Dalmori ministry rejected that claim" after "The Dalmori Defence Ministry said"
            force = self._force_of_place(bare)
            if force is not None:
                return self.add(force, denial)  # "The Orwick force says" after "arrested by Orwick Police"
            # never a person's surname ("Trump" after "Donald Trump" is no "Trump University")
            kinded = None if self._person_word(bare) else self._named_with_its_kind(bare)
            if kinded is not None:
                return self.add(kinded, denial)  # "St. Aubyn's said" after "accused St. Aubyn's Hospital"
        candidate = self._candidate_credited_last(bare, denial, before, after) if _with_the(text, the_before) else None
        if candidate is not None:
            return candidate  # "The Republican nominee added" after "Tom Vask said": Vask
        generic = not spelled and is_description(bare, written)
        inquiry = self._kind_named("inquiry", denial) if _A_PUBLIC_INQUIRY.fullmatch(text.strip(EDGE)) else None
        if inquiry is not None:
            return self.add(inquiry, denial)  # "A public inquiry has heard" after "The Brennmoor Inquiry heard"
        if bare in FORCE_MEMBERS and written.lower() == bare:
            return self._force_named(bare, written, denial)  # "Deputies said" opening a sentence, capitalised
        event = self._event_organised(bare, written)
        if event is not None:
            return self.add(event, denial)  # "organisers said" of "The Brightwater Film Festival has cancelled ..."
        if (name_word(written) or after_particles(written)) and not generic:
            # "The Health Minister" after "Health Minister Colm Ardagh": a role capitalised as a title, with "the"
            the = not spelled and _with_the(text, the_before)
            person = (self._person_described(bare, bare.split(" "), denial)
                      if the and (role_head(bare) in PERSON_ROLES or role_head(bare) in ROLE_SYNONYMS
                                  or role_head(bare) in PARTY_MEMBER_NOUNS or state_party_member(bare)) else None)
            person = person or (self._person_so_called(bare, denial) if the else None)  # "the Croatian"
            person = person or (self._compatriot_credited_last(bare, denial, before, after) if the else None)
            person = person or (self._state_credited_last(bare, denial, before, after) if the else None)
            return person or self._name_stands_for(bare, written, text, denial, kin, (before, after))
        kind, _, role = bare.partition(" ")
        spoken_for = kind in COMPANY_WORDS and role == "spokesperson"
        if spoken_for and THE_COMPANY.search(text):
            company_spokesperson = self._company_spokesperson(bare, denial)  # "a spokesman for the company"
            if company_spokesperson != bare:
                return company_spokesperson
        a_body = A_BODY_SPOKESPERSON.fullmatch(text.strip(EDGE))
        if spoken_for and (THE_COMPANY.search(text) or a_body is not None):
            # "TikTok said ... A company spokesperson said": the company credited just before, as "the company" may
            # mean it; a company only seen ("Acme Corp. opened a plant.") is none "a company" means
            credited = self._body_credited_last(kind, denial, before, after)
            if credited is not None and (credited not in self.people or self._firm_by_capitals(credited)):
                self.shown.setdefault(f"{credited} spokesperson", f"{self.shown.get(credited, credited)} spokesperson")
                return f"{credited} spokesperson"
        if (role == "spokesperson" and (kind in BUSINESS_DESCRIPTIONS or kind in KIND_NAME_WORDS
                                        or kind in NAMED_TRADES) and not spoken_for
                and re.search(rf"(?<![\w'’-])the\s+{kind}(?![\w-])", text, re.I)):
            # "a spokesman for the publisher" after "Brightwater Media said": the business credited just before; so
            # too a body of a kind its name says ("a spokesman for the club" after "Dunmore Rovers said")
            credited = self._body_credited_last(kind, denial, before, after)
            if credited is not None and credited not in self.people:
                self.shown.setdefault(f"{credited} spokesperson", f"{self.shown.get(credited, credited)} spokesperson")
                return f"{credited} spokesperson"
        # "A board spokesman" as "the board's spokesman": after "The Velmar Drug Safety Board said", its spokesperson
        # (a company's, above, only after the company spoke); so too a named kind's ("A university spokesperson"
        # after "Marlow University said")
        if role == "spokesperson" and (a_body is not None and (kind in BODY_NOUNS or kind in NAMED_KINDS
                                                               or kind in BUSINESS_DESCRIPTIONS)
                                       and kind not in COMPANY_WORDS
                                       or re.search(rf"(?<![\w'’-])the\s+{re.escape(kind)}(?![\w-])", text, re.I)):
            spokesperson = self._body_spokesperson(kind, denial, around=(before, after))
            if spokesperson is not None:
                return spokesperson  # "the bank's spokesman" after "Dravik Bank said": "dravik bank spokesperson"
        if (role in ("official", "source") and kind in BODY_NOUNS and kind not in COMPANY_WORDS
                and A_BODY_OFFICIAL.fullmatch(text.strip(EDGE))):
            official = self._body_spokesperson(kind, denial, role)
            if official is not None:
                return official  # "A ministry official" (or "source") after "The Dravinian Interior Ministry said"
        owned_role = self._role_of_body_described(bare, text, denial, (before, after))
        if owned_role is not None:
            return owned_role  # "the company's chief executive" after "Corvane said": "corvane chief executive"
        if not (generic and _with_the(text, the_before)):
            return self._force_named(bare, written, denial)
        described = self._description_stands_for(bare, denial, before=before, after=after)
        # "The Ministry" in capitals is a statement's word for its own issuer (below), a kind named only where no
        # statement has one
        named = self._kind_named(bare, denial) if described == bare and written.islower() else None
        if named is not None:
            # "The bank said" after "The board accused Dravik Bank": Dravik Bank, or its officials who spoke
            return self._officials_of(text_key(named)) or self.add(named, denial)
        placed = self._group_placed_at(bare, denial) if described == bare and written.islower() else None
        if placed is not None:
            return placed  # "The service said" after "Forecasters at the national weather service warned"
        issuers = self._issuers.get(bare, set()) if described == bare and written[:1].isupper() else set()
        # "The Ministry" of a statement headed "Statement of the Ministry of Foreign Affairs of ...", in a denial not
        # the side whose claim another denied since
        issuer = self._one_named(list(issuers), denial, answered=True)
        if (issuer is not None or described != bare or not written[:1].isupper() or issuers
                or (self._statement_headed and bare in ISSUER_NOUNS)):
            return issuer or described
        # in a story not headed as a statement, the one body of its kind named so far, as in lower case ("the
        # Ministry" after "The Ministry of Waterways closed the canal"); in a release of another body too, which its
        # heading does not name so ("PRESS RELEASE", "Harlow Hospice Trust responds to reports", then "The Trust
        # denies ...": the one trust named)
        named = self._kind_named(bare, denial)
        return described if named is None else self._officials_of(text_key(named)) or self.add(named, denial)

    def _force_of_place(self, bare: str) -> str | None:
        """The one police force named before, a source or not (see :meth:`_see_named_kinds`), whose name opens with the
        place that ``bare`` writes a force by (see ``PLACE_FORCE``): "Orwick Police" for "orwick force", "the
        Eastmarch Constabulary" for "eastmarch force"; ``None`` for none or two, or another mention."""
        found = PLACE_FORCE.fullmatch(bare)
        if found is None:
            return None
        forces = [written for key, written in self._named_kinds.get("police", {}).items()
                  if key != bare and key.startswith(f"{found.group(1)} ")]
        return forces[0] if len(forces) == 1 else None


#: A verb just after a sentence's subject, an auxiliary or one in the past ("Northline has responded.", "Northline
#: declined to comment."), not a noun the subject owns ("Halvex shares rose"): the subject itself acts.
_SUBJECT_ACTS = re.compile(r"\s+(?:has|have|had|did|does|was|is|will|would|could|[a-z]+ed)\b")


def _titled_words_in(sentence: str) -> set[str]:
    """Keys of the capitalised words ``sentence`` writes just after a person's capitalised title ("vance" of "Senator
    Vance left early"): a person's name, though no source, which a description of one kind does not pass over as a
    body of that kind where it is written alone (see :meth:`SourceIndex._names_another`)."""
    return {text_key(POSSESSIVE.sub("", found.group(2))) for found in CAPITALISED_PAIR.finditer(sentence)
            if is_role(text_key(found.group(1)))}


#: Such a tag just after a name, a comma or a bracket perhaps between ('Sen. Ana Ruiz (D-N.Y.) said').
#: A verb of testimony just after a person's mention ("testified", "told jurors", "told the court"): a witness.
_TESTIFIED = re.compile(r"\s*,?\s*(?:(?:also|later|then|\w+ly)\s+)?(?:testified|testifies|"
                        r"told\s+(?:the\s+)?(?:jurors|jury|court|inquest|tribunal|hearing))\b")


@lru_cache(maxsize=NAMES_KEPT)
def _with_the(span: str, the_before: bool) -> bool:
    """Whether the source span ``span`` is written with "the": opening it (after a stamp cut from it too: "- The
    company", an act its source spoke of: "a move the agency", or material made "by" it: "Figures published by the
    agency"), or just before it (``the_before``)."""
    opening = past_passive_by(ACT_BEFORE_SAYER.sub("", without_heading(span.strip(EDGE)).strip(EDGE)))
    return the_before or opening[:4].lower() == "the "


#: A pronoun that speaks as a sentence's subject ("it" of "In a statement, it said"): see
#: :meth:`SourceIndex.note_pronoun_issued`.
_SPEAKING_PRONOUN = re.compile(r"(?<![\w'’-])(?:[Ii]t|[Tt]hey|[Hh]e|[Ss]he)(?![\w'’-])")
#: What may close a quotation before the comma ends it, with the space after it.
_CLOSING_QUOTES = " \"'”’»›"
#: A word by which a source speaks of itself after its name ("its" of "Costwell said its pricing was lawful", "we"),
#: in lower case or opening a quote ("We will appeal"); not "US" or "IT" in capitals ("US shoppers", "IT budgets").
_SELF_REFERENCE = re.compile(r"\b(?:[Ii]ts?|[Ii]tself|[Ww]e|[Oo]ur|us)\b")
#: A word of text in lower case, to look a noun up among a sentence's words.
_LOWER_WORD = re.compile(r"[a-z][\w-]*")


#: Up to the cue after a source span: a comma, or an adverb ("Orbital Works also said", "Orbital Works, however, said").
_TO_CUE = re.compile(r"(?:\s*,\s*(?:[a-z]+\s*,\s*)?|\s+(?:[a-z]+ly\s+|also\s+)?)\Z")
#: Just after a cue, "it" or "its" in lower case as the speaker's own ("said it would fly", "said that it had",
#: "said its engine", "said it was cooperating"); not "it's" nor "IT", nor "it" and a verb of being before no
#: participle, which says nothing of the speaker ("said it was too early to tell", "said it is time to act").
_IT_AFTER_CUE = re.compile(r"\s+(?:that\s+)?(?:its|it(?!\s+(?:is|was|would\s+be|will\s+be|has\s+been|had\s+been)"
                           r"\s+(?![a-z]+(?:ing|ed)(?![\w'’-]))))(?![\w'’-])")


def _says_it_of_itself(sentence: Sentence, source: Span) -> bool:
    """Whether the cue just after the ``source`` span of ``sentence`` goes on with "it" or "its" (see
    ``_IT_AFTER_CUE``): "Orbital Works said it would fly in March." speaks of itself as a body does."""
    for cue in sentence.spans:
        if (cue.type == "cue" and cue.start >= source.end
                and _TO_CUE.fullmatch(sentence.text[source.end - sentence.start:cue.start - sentence.start])):
            return _IT_AFTER_CUE.match(sentence.text, cue.end - sentence.start) is not None
    return False


def _answers_for_itself(described: str, after: str, denial: bool) -> bool:
    """Whether a source named after a business ``described`` by its kind ("supermarket chain") may be that business
    by what its sentence says ``after`` the name: a denial or words of itself ("said its pricing was lawful"; see
    ``_SELF_REFERENCE``), and no word of the description, one or several, which speaks of the business or its kind as
    another ("Pricewatch said the chain had misled shoppers", "the supermarket had misled its customers", "chains
    had misled shoppers")."""
    words = set(_LOWER_WORD.findall(after.lower()))
    return ((denial or _SELF_REFERENCE.search(after) is not None)
            and not any(word in words or f"{word}s" in words for word in described.split(" ")))
