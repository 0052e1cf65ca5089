"""What a sentence shows the index besides its sources: names written with a title, acronyms, "so-called" names, firms,
filers and issuers of documents, events, bodies of a kind written out. :class:`Noticing` is one class of the chain
that makes :class:`framing.source_index.SourceIndex`.
"""

from __future__ import annotations

import re
from itertools import dropwhile

from .given_names import is_given_name
from .index_body_words import (
    AGENCY_REGULATES,
    BODY_REACH_SENTENCES,
    FIRM_LIKE_ENDS,
    BUSINESS_NAME,
    CAPITALISED_RUN,
    CAUSE_GROUP_SET_AFTER,
    CLUB_BY_ITS_PEOPLE,
    CLUB_WRITTEN,
    CIVIC_SET_AFTER,
    COMPANY,
    DESCRIBED_INVESTOR,
    EVENT_NAME,
    EVENT_WORD,
    INVESTOR_KIND_WORDS,
    KIND_NAME_WORDS,
    KIND_WRITTEN,
    KINDS_WRITTEN,
    LEGAL_FORM_NEXT,
    MAKER_DESCRIBED,
    MARKET_PLACES,
    NAMED_KIND_WORDS,
    NAMED_KIND_WORDS_ALL,
    NAMED_KINDS,
    OWNER_OF_DOCUMENT,
    REGULATOR_NAME_ENDS,
    SANCTIONED_BY,
    civic_group_noun,
    company_of_chief,
    company_set_apart,
    described_business,
    firm_named,
    firms_in,
    investing_firm,
    kind_of,
    last_group,
    owner_words,
    same_ministry,
    short_for,
    written_short,
)
from .index_documents import (
    FILER,
    FILER_VERBS,
    INDEFINITE_DOCUMENT,
    ISSUE_TIMING,
    ISSUED_AT,
    ISSUES_DOCUMENT,
    ISSUES_OWN_DOCUMENT,
)
from .index_name_words import (
    ACRONYM,
    AGE_AFTER_NAME,
    AGE_ALONE,
    APPOSED_ROLE_NAME,
    NAME_APPOSED_ROLE,
    NAME_WORD,
    OPENING_WORDS,
    RANK_BY_NAME,
    SPELLED_OUT_CHARS,
    from_first_name_word,
    names_a_post,
    party_state_after,
    portfolio_titled_names,
    rank_key,
    role_words,
    spelled_out,
    titled_names,
    trade_names,
)
from .index_people_reading import with_stop
from .index_resolution import Resolution
from .person_names import person_like, surnames_in
from .source_find_openings import opening_subject, speakers_for_owner
from .source_forms import display_source
from .source_keys import text_key, title_case, without_accents, without_heading
from .source_kinds import is_role
from .source_places import government_of, is_nationality, same_country
from .sources import normalise_source
from .source_words import (
    AG_OF,
    BODY_KINDS,
    BODY_NOUNS,
    BODY_WORDS,
    BUSINESS_NAME_ENDS,
    CALENDAR,
    CIVIC_DESCRIPTIONS,
    CIVIC_NAME_WORDS,
    COMPANY_WORDS,
    EDGE,
    INSTITUTIONS,
    LEGAL_FORM_END,
    NAME_PARTICLE_RUN,
    NOT_A_NAME_START,
    PERSON_ROLES,
    POSSESSIVE,
    ROLE_WORD,
    TITLE,
    TITLE_NOUNS,
    TRADES_BEFORE_GIVEN_NAMES,
)
from .textchars import fold_apostrophes

#: After a sentence's opening subject, its publishing or releasing evidence ("today published new evidence that",
#: "has released fresh evidence of"): the document holding it, which a later "the report" means.
_PUBLISHES_EVIDENCE = re.compile(rf"\s+{ISSUE_TIMING}"
                                 r"(?:published|released|issued|presented)\s+((?:new|fresh|further)\s+)?(evidence)\b")
#: The words by which a later sentence may name the document holding published evidence.
_EVIDENCE_AS = ("report", "evidence")
#: After a new document's words, its makers by a participle of signing, writing or sending it ("A letter signed by 40
#: teachers", "a statement written by the club's captains,", "a memo sent by Ana Ruiz to staff", "a presentation
#: prepared by the research division"; group "maker"), or by "by" alone just after its noun, when a name follows (group
#: "verb" empty: "a report by the campaign group Clean Seas Alliance", see :func:`_named_maker`): a later "the letter"
#: is theirs (see :meth:`SourceIndex._see_issuer`). The makers end before a verb, a preposition of where or when, a
#: relative word or a stop.
_MADE_BY_AFTER = re.compile(r"(?:\s*,?\s+(?P<verb>(?:co-?)?signed|written|drafted|penned|authored|sent|issued"
                            r"|released|published|prepared|compiled|produced)\s+|\s+)by\s+"
                            r"(?P<maker>(?:[\w'’.&-]+\s+){0,6}?[\w'’&-]+)"
                            r"(?=\s*(?:[,;:!?()\"“”—–]|\.(?!\w)|$)|"
                            r"\s+(?:was|were|is|are|has|have|had|to|and|which|that|who|on|in|at|last|this|calling|"
                            r"urging|demanding|asking|saying|said|says)\b)")
#: A verb of issuing just before a document's words ("released " of "The court released a statement by ...").
_ISSUED_JUST_BEFORE = re.compile(r"\b(?:issued|released|sent|published|posted)\s+$")
_SHARES_IN = re.compile(rf"(?:Shares|Stock)\s+(?:in|of)\s+({BUSINESS_NAME})(?=[\s,.;:])")

#: "The" and a body's noun alone, then the name it is known by after a comma ("The agency, known as VBS", "The
#: service, also known as the HFI"; group 1 the noun): the writer says the body written before goes by that name.
_KIND_KNOWN_AS = re.compile(r"(?i:the)\s+([a-z]+),\s+(?:also\s+)?known\s+as\s+(?:the\s+)?[A-Z]\S*(?:\s+[A-Z]\S*)*")

#: A personal name written as the object of "accused ... of" ("Rosa Ibarra accused Dan Orr of a conflict"), group 1
#: the name: the accused, whom a later surname alone means (see ``SourceIndex._see_accused``).
_ACCUSED_NAME = re.compile(rf"(?<![\w'’-])accus(?:ed|es|ing)\s+"
                           rf"({NAME_WORD}(?:\s+{NAME_PARTICLE_RUN}{NAME_WORD}){{1,3}})\s+of\s")

#: The first letter of the word after a capitalised run, particles skipped: a capital there (one the ASCII
#: name pattern leaves out: "Émile") means the run goes on.
_NEXT_LETTER = re.compile(rf"\s+{NAME_PARTICLE_RUN}([^\W\d_])")


def _named_maker(maker: str, sentence: str, start: int) -> bool:
    """Whether the words after a document's "by" alone name its maker: a capitalised word that is no month's or
    day's ("the campaign group Clean Seas Alliance"; not "hand", "email", "Friday", "March 3"), where no verb of
    issuing just before the document (at ``start`` in ``sentence``) makes it another's issuing ("The court released a
    statement by Rights Watch.": whose it is, is unclear)."""
    return (_ISSUED_JUST_BEFORE.search(sentence, 0, start) is None
            and any(word[:1].isupper() and not CALENDAR.fullmatch(word) for word in maker.split()))


#: A name set apart by a comma before a clause saying that another owns it or that it is a part of another
#: ("Quarrystone, which is owned by the holding group Quarrystone Devices,", "Velt Air, which belongs to Harlan Group,",
#: "Velt Air, part of Harlan Group,", "Velt Air, a unit of Harlan Group,"): group 1 the name owned, group 2 the clause
#: after the words of owning, up to the next comma, which names the owner.
_OWNED_APART = re.compile(
    r"(?<![\w'’&.-])((?:[A-Z][\w&'’.-]*\s+){0,3}[A-Z][\w&'’.-]*),\s+"
    r"(?:(?:which|that)\s+(?:is|was|has\s+been|had\s+been)\s+(?:\w+[ -])?owned\s+by"
    r"|(?:which|that)\s+(?:belongs|belonged)\s+to|(?:\w+[ -])?owned\s+by"
    r"|(?:(?:which|that)\s+(?:is|was)\s+)?(?:now\s+)?(?:an?\s+|the\s+)?(?:\w+\s+)?"
    r"(?:part|unit|subsidiary|division|arm|brand|branch)\s+of)\s+([^,;:()]*)")
#: A capitalised run of words, "of" or "&" between allowed ("Quarrystone Devices", "Bank of Orland"): a name in a
#: clause of owning.
_OWNER_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w&'’.-]*(?:\s+(?:(?:of|&)\s+)?[A-Z][\w&'’.-]*)*")

#: Words that own what follows as a speaker's or a group's, not a name's first word: "Our police", "My Bank".
_OWNERS = frozenset("my our your his her its their".split())


#: The capitalised words just before a name of a kind that the kind's pattern left out, which it opens too: "Varrow"
#: of "The Varrow Valley Civil Protection Agency", whose pattern reads at most four words before "Agency".
_NAME_OPENED_BEFORE = re.compile(r"(?:(?<![\w'’&.-])[A-Z][\w&.-]*\s+)+$")


def _name_in_full(sentence: str, start: int, end: int) -> str:
    """The name of a kind found at ``start``..``end`` of ``sentence`` with the capitalised words just before it that
    open it too ("Varrow Valley Civil Protection Agency", not "Valley Civil Protection Agency"), though not a word
    that opens no name ("The", "In", a weekday: see ``NOT_A_NAME_START``), an owner's ("Orsk's Harbour Authority")
    nor one a mark sets apart ("In Kessel, Harbour Police Department"), nor a word that limits or counts it ("Only",
    "Every": see ``OPENING_WORDS``); nor in a headline in title case, whose capitals
    say nothing ("Residents Slam Harbour Police Department": see :func:`title_case`)."""
    found = sentence[start:end].split(" ")
    limited = list(dropwhile(lambda word: word in OPENING_WORDS, found))
    written = " ".join(limited) if len(limited) > 1 and limited != found else sentence[start:end]
    opened = _NAME_OPENED_BEFORE.search(sentence, 0, start)
    if opened is None or title_case(sentence) or written != sentence[start:end]:
        return written  # "Civil Protection Agency" of "Every Civil Protection Agency team"
    words = list(dropwhile(lambda word: word in NOT_A_NAME_START or word in OPENING_WORDS, opened.group().split()))
    return " ".join([*words, written])


#: A capitalised word, a country's name perhaps (see :func:`_lone_capitalised_words`).
_CAPITALISED_WORD = re.compile(r"(?<![\w'’-])[A-Z][a-z]{3,}(?![\w'’-])")
#: A capitalised word ending the text before another, or opening the text after it.
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’.-]*\s+$")
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z]")


def _lone_capitalised_words(text: str) -> list[str]:
    """The capitalised words ``text`` writes alone, a country's name perhaps (see :meth:`Noticing.state_adjective`):
    no capitalised word after it, nor before it but the first ("Kessaria launched", "In Kessaria,", "troops from
    Kessaria"; not "Republic" of "the Czech Republic", nor "Christ" of "Christ Church", a name's word whose adjective
    is no state's)."""
    return [found.group() for found in _CAPITALISED_WORD.finditer(text)
            if not _CAPITALISED_AFTER.match(text, found.end())
            and not (_CAPITALISED_BEFORE.search(text, 0, found.start())
                     and text[:found.start()].strip().count(" ") > 0)]


def _owned_kind_noun(pattern: re.Pattern[str], written: str) -> bool:
    """Whether a body's name that a kind's ``pattern`` found is no name but the kind's noun after an owner's word
    ("Our police", "My Bank" of a headline or a column): what follows the owner's word is no name of that kind alone
    ("Our Lady's Hospital" still is one). A later "the police" must not mean it (it would stand for itself)."""
    owner, _, rest = written.partition(" ")
    named = pattern.match(rest) if owner.lower() in _OWNERS else None
    return owner.lower() in _OWNERS and (named is None or named.group(1) != rest)


def _holder_named_in_full(key: str, written: str) -> bool:
    """Whether the name ``written`` (its key ``key``), set apart by commas after a person's role ("The returning
    officer, Gwendolyn Sato,"), is a personal name of two words, no title before it, whose given name
    :mod:`framing.given_names` need not know: the role says it is a person's. Not a name ending in a business's or a
    civic body's word ("Velta Holdings", "Harbour Trust": see ``BUSINESS_NAME_ENDS``, ``CIVIC_NAME_WORDS``), nor one
    with a legal form."""
    last = key.rpartition(" ")[2]
    return (len(key.split(" ")) == 2 and written[:1].isupper() and person_like(key, written)
            and last not in BUSINESS_NAME_ENDS | CIVIC_NAME_WORDS | COMPANY_WORDS and not LEGAL_FORM_END.search(key))


def _run_goes_on(sentence: str, end: int) -> bool:
    """Whether the capitalised run read up to ``end`` of ``sentence`` goes on after it: a capitalised word
    follows, particles between allowed."""
    found = _NEXT_LETTER.match(sentence, end)
    return found is not None and found.group(1).isupper()


#: Words of a body's name that say it may regulate, an agency's or a regulator's ("Energy Office", "Harbour Authority",
#: "Water Ombudsman"): the agent of a passive sanction so named is a regulator (see
#: :meth:`Noticing._see_regulating`), not a judge or a person ("banned by Judge Ana Ruiz").
_REGULATOR_WORDS = KIND_NAME_WORDS["regulator"] | REGULATOR_NAME_ENDS


#: "the" and a trade's noun of one word set apart before a firm's name of two to four capitalised words, closed by a
#: comma that no "and", "or" or "nor" of a list follows (group "noun" the noun, group "name" the name): see
#: :meth:`Noticing._see_firms_set_apart`.
_FIRM_SET_APART = re.compile(r"(?<![\w'’-])the\s+(?P<noun>[a-z][\w-]*),\s+"
                             r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){1,3}),(?!\s+(?:and|or|nor)\b)")


class Noticing(Resolution):
    """What a sentence shows the index besides its sources: names written with a title, acronyms, "so-called"
    names, firms, filers and issuers of documents, events, bodies of a kind written out.
    """

    def _see_acronyms(self, text: str) -> None:
        """Note each name the sentence ``text`` spells out before its acronym in brackets ("the Economic and
        Financial Crimes Commission (EFCC)"), when the acronym is the initials of its last capitalised words (see
        :func:`spelled_out`), so that a later "EFCC" joins it; an acronym spelled out two ways joins neither. A
        person's post spelled out ("the Director of Public Prosecutions (DPP)") is noted apart, in ``posts``: its
        acronym joins it only where the post itself is a source (see :meth:`_name_stands_for`)."""
        for found in ACRONYM.finditer(text):
            acronym = found.group(1)
            before = text[max(0, found.start() - SPELLED_OUT_CHARS):found.start()]
            words = spelled_out(before, acronym)
            if not words:
                continue
            words = owner_words(before, len(words)) + words
            written = display_source(" ".join(words))
            key, short = text_key(written), text_key(acronym)
            names = self.posts if names_a_post(words) else self.acronyms
            if key and names.get(short, key) != key:
                names[short] = None
            elif key:
                names[short] = key
                self.shown.setdefault(key, written)

    def _see_titled(self, text: str) -> str | None:
        """Note each person the sentence ``text`` names after a capitalised title ("County Commissioner Alan
        Pike approved the deal"), or after a title and its portfolio ("Minister of Internal Affairs Gen. Moses
        Tumwebaze rose": see :func:`portfolio_titled_names`), with the title's words, so that a later "the
        commissioner" or "the minister" may mean them;
        the last of them, if any. The name is the whole capitalised run after the title, read as a
        personal name (see :func:`display_source`)."""
        last = None
        # not "Producer Price Index": a trade that opens names of things, before no given name
        traded = (found for found in trade_names(text)
                  if text_key(found.group("name").rpartition(" ")[2]) not in BUSINESS_NAME_ENDS
                  and (found["trade"].lower() not in TRADES_BEFORE_GIVEN_NAMES
                       or is_given_name(found["name"].split()[0])))
        portfolios = list(portfolio_titled_names(text))
        # "Gen. Moses Tumwebaze" inside "Minister of Internal Affairs Gen. Moses Tumwebaze" is read with the portfolio
        titled = [found for found in titled_names(text)
                  if not any(whole.start() < found.start() and found.end() <= whole.end() for whole in portfolios)]
        for found in sorted([*titled, *traded, *portfolios], key=lambda found: found.start()):
            if _run_goes_on(text, found.end()):
                continue  # a name cut inside a capitalised run is no name
            # "Director Lena Marsh's third feature": the person, without the possessive
            phrase = POSSESSIVE.sub("", " ".join(dropwhile(lambda w: w in NOT_A_NAME_START, found.group(0).split())))
            written = display_source(phrase)
            as_written, folded = text_key(written), fold_apostrophes(phrase)
            # "Sergei Lavrov" after "Sergey Lavrov": the one person
            key = as_written if as_written in self.people else self._respelled(as_written) or as_written
            if (" " in key and len(key) < len(phrase) and person_like(key, folded) and key not in self.companies
                    and not LEGAL_FORM_END.search(key) and (key in self.people or key not in self.names)):
                self.shown.setdefault(key, with_stop(written, text[found.start():]))  # "Judge Ana Ruiz Jr."
                self._note_person(key, role_words(folded, as_written) | party_state_after(text, found.end()))
                self._mention(key)
                last = key
            elif key and " " not in key and written[:1].isupper() and not written.isupper() and len(key) < len(phrase):
                # "Gov. Vask vetoed the bill": a surname alone, read as a person only by "the governor" just after
                self._titled_surname = (key, role_words(folded, as_written) & PERSON_ROLES)
                self.shown.setdefault(key, written)
        for found in APPOSED_ROLE_NAME.finditer(text) if "," in text else ():
            # "its bishop, the Rt Rev Pieter Holm,": a person of a known given name, with the role's words
            written = display_source(found.group("name"))
            key = text_key(written)
            if (" " in key and (is_given_name(key.split(" ")[0]) or _holder_named_in_full(key, found.group("name")))
                    and key not in self.companies
                    and (key in self.people or key not in self.names)):
                self.shown.setdefault(key, written)
                self._note_person(key, self.people.get(key, frozenset()) | role_words(found.group("role"), key))
                self._mention(key)
                last = key
        for found in NAME_APPOSED_ROLE.finditer(text) if "," in text else ():
            # "Now giving evidence is Sian Mallory, chief executive of Redline Sports.": a person of a known given
            # name, the opener's capitalised words before it passed over, or of two words the role says are a
            # person's, so that a later "Mallory" is that person
            words = list(dropwhile(lambda word: not is_given_name(word), found.group("name").split()))
            words = words or found.group("name").split()
            written = display_source(" ".join(words))
            key = text_key(written)
            if (len(words) >= 2 and " " in key and key not in self.companies and key not in self.people
                    and key not in self.names and person_like(key, fold_apostrophes(" ".join(words)))
                    and (is_given_name(words[0]) or _holder_named_in_full(key, " ".join(words)))):
                self.shown.setdefault(key, with_stop(written, text[found.start():]))  # "Ana Ruiz Jr., the lawyer,"
                self._note_person(key, role_words(found.group("role"), key))
                self._mention(key)
                last = key
        return last

    def _see_so_called(self, text: str) -> None:
        """Note each person the sentence ``text`` writes with an age after their name ("Pavel Orr, 52, said") or
        with a player's ranking or seeding beside it ("beat world No. 3 Ana Ruiz", "Ana Ruiz, the world No. 3,": see
        ``RANK_BY_NAME``), so that a later "the 52-year-old" or "the world No. 3" may mean them (see
        :meth:`_person_so_called`), by the description's key (see :func:`so_called_key`)."""
        ages = AGE_AFTER_NAME.finditer(text) if AGE_ALONE.search(text) else ()
        found = [(f"{age.group(2)}-year-old", age.group(1)) for age in ages]
        if "No" in text or "umber" in text:  # "No." or "number": most sentences hold no ranking
            found += [(rank_key(rank.group("rank"), rank.group("seed")), rank.group("name"))
                      for pattern in RANK_BY_NAME for rank in pattern.finditer(text)]
        for description, name in found:
            phrase = " ".join(dropwhile(lambda w: w in NOT_A_NAME_START, name.split()))
            written = display_source(phrase)
            key = text_key(written)
            if " " in key and person_like(key, fold_apostrophes(phrase)) and key not in self.companies:
                self._so_called.setdefault(description, {}).setdefault(key, written)

    def _see_accused(self, text: str) -> None:
        """Note each person the sentence ``text`` accuses by a name of their own ("Rosa Ibarra accused Dan Orr of a
        conflict of interest"), so that a later "Orr" who answers may mean them: two to four capitalised words with no
        title or role among them (a titled name is noted by :meth:`_see_titled`), written as a person's name (see
        :func:`surnames_in`), no company's, place's or body's."""
        for found in _ACCUSED_NAME.finditer(text) if "accus" in text else ():  # most sentences accuse no one
            phrase = found.group(1)
            words = phrase.split()
            if any(TITLE.match(word + " ") or ROLE_WORD.fullmatch(word) or is_role(word.lower()) for word in words):
                continue
            written = display_source(phrase)
            key = text_key(written)
            if (" " in key and surnames_in(phrase) == {key.rpartition(" ")[2]}  # no "North Dakota"
                    and person_like(key, fold_apostrophes(phrase))
                    and key not in self.companies and key not in self.places and not LEGAL_FORM_END.search(key)
                    and (key in self.people or key not in self.names)):
                self.shown.setdefault(key, written)
                self._note_person(key, self.people.get(key, frozenset()))

    def _see_company(self, visible: str) -> None:
        """Note a company that a sentence opens with, its subject, named with its legal form ("On
        Tuesday, Acme Corp. said", "The developer, Baywater Holdings Ltd, said": see :func:`company_set_apart`) or
        described as a business ("Halvard Terminals, the port operator, said", "The port operator, Halvard Terminals,
        said"), before its chief's title ("Stratus CEO Omar Keene", see ``_COMPANY_CHIEF``) or after its shares
        ("Shares in Kessel Homes fell", see ``_SHARES_IN``), whether or not a source; one named in passing ("which
        supplies Acme Corp.") is not noted.
        ``visible`` is the sentence without its invisible characters (see :func:`without_invisible`)."""
        opening = from_first_name_word(without_heading(visible.strip(EDGE)).strip(EDGE))
        found = (COMPANY.match(opening) or described_business(opening) or company_set_apart(opening)
                 or company_of_chief(opening) or _SHARES_IN.match(visible.strip(EDGE)))
        if not found:
            return
        shown = last_group(found)
        name = shown.rstrip(".")
        if found.re is _SHARES_IN and name in MARKET_PLACES:
            return  # "Shares in Tokyo fell": a market's place, no company
        if name.endswith(" AG") and name.split()[-2] in AG_OF:
            return  # "The New York AG sued": an attorney general
        head, _, body = name.partition(" of ")
        if body and not any(w in INSTITUTIONS or w in BODY_WORDS for w in head.split(" ")):
            if " " in head:
                return  # "Analyst Jo Park of Initech Inc." opens with a person, not a company
            if head.endswith("s") and not head.endswith("ss"):
                # "Shareholders of Meridian Holdings Ltd" are people of the company, not it
                name, shown = body, shown.partition(" of ")[2]
        self._note_company(text_key(name), with_stop(name, shown), kind_of(found))

    def _see_investors_described(self, sentence: str) -> None:
        """Note each firm ``sentence`` names after an investor's trade, a source or not ("allegations by short seller
        Black Heron Research", see ``DESCRIBED_INVESTOR``), by its kind: a later "the short seller" means it, as it
        would after a source's span so written, but "the company" does not; not a person so described ("short seller
        Dale Marsh", see :func:`investing_firm`)."""
        if not any(word in sentence for word in INVESTOR_KIND_WORDS):
            return
        for found in DESCRIBED_INVESTOR.finditer(sentence):
            if investing_firm(found):
                # its kind alone, no company in view: "the company" still means the one a short seller accuses
                key = normalise_source(found.group(2))
                self.kinds.setdefault(key, set()).add(" ".join(found.group(1).lower().split()))
                self.shown.setdefault(key, display_source(found.group(2)))

    def _see_owned_apart(self, sentence: str) -> None:
        """Note each name ``sentence`` sets apart before a clause of its owner (see ``_OWNED_APART``: "Quarrystone,
        which is owned by the holding group Quarrystone Devices, said"), with the names that clause writes: the name
        is a firm of its own, no short name of its owner's (see :meth:`_company_shortened`), though the owner's name
        starts with it."""
        for found in _OWNED_APART.finditer(sentence):
            owners = {text_key(display_source(run.group())) for run in _OWNER_RUN.finditer(found.group(2))}
            self._owned_by.setdefault(text_key(display_source(found.group(1))), set()).update(owners)

    def _see_firms(self, visible: str) -> None:
        """Note as no people the names opening with a known given name that the sentence ``visible`` writes as a
        firm's (see :func:`firms_in`: "Shares of Morgan Stanley", "analysts at Taylor Wimpey"): a later "he" or
        "she" is not theirs."""
        for key in firms_in(visible):
            if is_given_name(key.split(" ")[0]):
                self._firms.add(key)
                self._no_person(key)

    def _see_filer(self, sentence: str) -> None:
        """Note who ``sentence`` says sues, files a suit or indicts (see ``FILER``): a name by "the" and a capital,
        two capitalised words or an acronym ("The Securities Board", "Ana Ruiz", "SEC"; not "Tenants" nor "He"), not
        two joined by "and" without "the" ("Ana Ruiz and Tom Vell"). A later "the complaint", "the lawsuit" or "the
        indictment" is theirs (see :meth:`add`) while the text names one filer of its kind; none once it names two."""
        found = FILER.match(sentence) if any(verb in sentence for verb in FILER_VERBS) else None
        name = (found.group("filer") or found.group("agent")) if found else None
        if found is None or not name:
            self._filing_by_other |= self._files_anew(sentence)
            return
        self._filing_by_other = False
        words = name.split()
        the = words[0].lower() == "the"
        joined = "and" in words and (not the or text_key(words[words.index("and") - 1]) in BODY_NOUNS)
        if not (the or len(words) > 1 or name.isupper() or found.group("counsel")) or joined:
            return  # "Venn's lawyers filed": a client's one name will do
        kind = "indictment" if found.group("indicted") else "suit"
        before = self._filed_by.get(kind, name)
        same = before is not None and text_key(display_source(before)) == text_key(display_source(name))
        self._filed_by[kind] = name if same else None  # another filer: whose "the complaint" is, is unclear

    def _name_known_as(self, text: str, name: str, denial: bool) -> None:
        """Credit to ``name`` the one body written before that the span ``text``, "the" and a body's noun, says goes by
        it after "known as" (see ``_KIND_KNOWN_AS``): "The agency, known as VBS" after "The Velmish border agency
        said" is one source, VBS, whatever its letters; not while two bodies of that noun are in view (see
        :meth:`_description_stands_for`), nor once the name is a source of its own."""
        known = _KIND_KNOWN_AS.fullmatch(" ".join(text.strip(EDGE).split()))
        if known is None or known.group(1) not in BODY_KINDS or name in self.names:
            return
        body = self._description_stands_for(known.group(1), denial)
        if body not in (known.group(1), name) and body in self.names and body not in self.named_later:
            self.named_later[body] = name

    def _see_issuer(self, sentence: str) -> None:
        """Note the subject that ``sentence`` opens with when it issues, releases, sends or publishes a document (see
        ``ISSUES_DOCUMENT``: "The Velmaran embassy in Lisk issued a statement on Saturday.", "The audit office
        published its report on Thursday."), a body's name or a
        person's (see :func:`opening_subject`), or those speaking for one ("Ray's team": see
        :func:`speakers_for_owner`), or the makers a new document's words are followed by (see
        ``_MADE_BY_AFTER``: "A letter signed by 40 teachers was sent to the board."), or the subject publishing evidence
        (see ``_PUBLISHES_EVIDENCE``: "SRI today published new evidence that ..."): a later "the statement" is
        theirs (see :meth:`add`) while the text
        names one issuer of a document by its words, none once another subject issues one, or one is written as new
        with no issuer read ("A statement was posted")."""
        documents: list[re.Match[str]] = list(INDEFINITE_DOCUMENT.finditer(sentence))
        owned = not documents and ISSUES_OWN_DOCUMENT.search(sentence) is not None
        # most sentences write no document: no subject read
        writes_document = documents or owned or "evidence" in sentence
        found = (opening_subject(sentence) or speakers_for_owner(sentence)) if writes_document else None
        issued = ISSUES_DOCUMENT.match(sentence, found[1]) if found else None
        if issued is not None and not any(document.start(1) == issued.start(1) for document in documents):
            documents.append(issued)  # its own: "published its report"
        subject = sentence[found[0]:found[1]] if found and issued else None
        for document in documents:
            made = _MADE_BY_AFTER.match(sentence, document.end())
            if made is not None and not made.group("verb") and not _named_maker(made.group("maker"), sentence,
                                                                                document.start()):
                made = None  # "a letter by hand", "a report by Friday": no maker
            name = made.group("maker") if made else subject  # "A letter signed by 40 teachers was sent": theirs
            self._note_issuer(document, name)
        evidence = _PUBLISHES_EVIDENCE.match(sentence, found[1]) if found and not subject else None
        if found and evidence is not None:
            # "SRI published new evidence that ...": a later "the report" is that body's
            self._note_issuer(evidence, sentence[found[0]:found[1]], _EVIDENCE_AS)
        for owned_by in OWNER_OF_DOCUMENT.finditer(sentence) if "'" in sentence or "’" in sentence else ():
            possessed = ISSUED_AT.match(sentence, owned_by.end())
            owner = " ".join(dropwhile(lambda word: word in NOT_A_NAME_START, owned_by.group("owner").split()))
            if possessed is not None and owner and not CALENDAR.fullmatch(owner):
                self._note_issuer(possessed, owner)  # "the Regional Schools Inspectorate's report": a later "the

    def _see_named_kinds(self, sentence: str) -> None:
        """Note each body of a kind of ``NAMED_KINDS`` that ``sentence`` names ("Dravik Bank" of "The board accused
        Dravik Bank"), whether or not a source: a later "the bank" may mean it (see :meth:`_kind_named`)."""
        held = {word for word in NAMED_KIND_WORDS_ALL if word in sentence}  # each word once, not once a kind
        for kind, pattern in NAMED_KINDS.items():
            words = NAMED_KIND_WORDS.get(kind)
            if words is not None and held.isdisjoint(words):
                continue
            for found in pattern.finditer(sentence):
                if not _owned_kind_noun(pattern, found.group(1)):
                    name = _name_in_full(sentence, found.start(1), found.end(1))
                    self._name_kind(kind, text_key(name), name)

    def state_adjective(self, word: str) -> bool:
        """Whether the capitalised ``word`` is a state's adjective: a known nationality ("French"), or the adjective of
        a country's name the copy wrote alone before the sentence read now ("Kessarian" after "Kessaria launched
        strikes"; see :func:`_lone_capitalised_words`); not a name of no such country ("Meridian"), nor "Republican"
        after "the Czech Republic"."""
        key = text_key(word)
        return is_nationality(key) or any(
            text_key(found) != key and same_country(text_key(found), key)
            for text in list(self._recent)[:-1] for found in _lone_capitalised_words(text))

    def kinds_named_just_before(self, kind: str, before: str) -> list[str]:
        """The bodies of ``kind``, one of ``NAMED_KINDS`` whose pattern reads a name ("ministry", "police"; not
        "company" nor "club", read by what was done to them), as written, that the sentence before the one read now
        or that one's text ``before`` a mention names, a source or not: "The Interior Ministry closed two crossings.
        A ministry statement said ..." names one, which the statement is; a name written twice, short and in full or
        the other way round counted once (see :func:`written_short`, :func:`same_ministry`)."""
        pattern = NAMED_KINDS.get(kind) if kind not in ("company", "club") else None
        named: dict[str, str] = {}
        if pattern is None:
            return []
        for text in (self._seen_before, before):
            for found in pattern.finditer(text):
                key = text_key(found.group(1))
                if not _owned_kind_noun(pattern, found.group(1)) and not any(
                        key == other or written_short(key, other) or written_short(other, key)
                        or same_ministry(key, other) for other in named):
                    named[key] = found.group(1)
        return list(named.values())

    def _see_kinds_written(self, sentence: str) -> None:
        """Note each name ``sentence`` writes after an article and a noun whose kind a name must say for "the agency",
        "the network" or "the union" to mean it ("The rating agency Norcrest Ratings cut ...", "a dispute with the
        union Harbour Dockers", "fined the network, KTV,": see ``KIND_WRITTEN``), a source or not: the name's words
        need not say it then (see :meth:`_written_as`); not a person's name, a country's or a day's. A civic body's
        noun before the name or set apart after it ("the homelessness charity Harbour Light", "Harbour Light, a
        homelessness charity,": see ``CIVIC_SET_AFTER``) describes the body as a source's span would, a source or not:
        a later "the charity" means it (see :meth:`_body_described`), as none of its words says it is one."""
        if not any(noun in sentence for noun in KINDS_WRITTEN):
            return
        for found in KIND_WRITTEN.finditer(sentence):
            if self._kind_name(found.group(3)):
                self._kinds_written.setdefault(text_key(found.group(3)), set()).add(found.group(1).lower())
                self._see_civic(found.group(3), found.group(1).lower())
        for found in CIVIC_SET_AFTER.finditer(sentence):
            name = " ".join(dropwhile(lambda word: word in NOT_A_NAME_START, found.group(1).split()))
            if name and self._kind_name(name):
                self._see_civic(name, found.group(2))

    @staticmethod
    def _kind_name(name: str) -> bool:
        """Whether ``name``, written beside a kind's noun, may be a body's: not a person's, a country's or a day's
        ("the network President Tomas Ree", "a network Russia built", "a campaign Thursday")."""
        first = name.split(" ")[0].lower()
        return not (first in TITLE_NOUNS or first in PERSON_ROLES or is_given_name(first)
                    or CALENDAR.fullmatch(name) or government_of(without_accents(text_key(name))) is not None)

    def _see_cause_groups(self, sentence: str) -> None:
        """Note each body ``sentence`` sets apart as a group by its cause (see ``CAUSE_GROUP_SET_AFTER``: "The Harbour
        Rights Network, a rights group, ..."), a source or not, with that description's words: a headline's "Rights
        group" may then mean it (see :meth:`_body_described`); not a person's name nor a place's."""
        for found in CAUSE_GROUP_SET_AFTER.finditer(sentence) if "," in sentence else ():
            name = " ".join(dropwhile(lambda word: word in NOT_A_NAME_START, found.group(1).split()))
            described = found.group(2).split()
            if not name or not civic_group_noun(" ".join(described[-2:])):
                continue
            key = text_key(name)
            if key in self.people or key in self.places or is_given_name(key.split(" ")[0]):
                continue
            self.body_kinds.setdefault(key, set()).update(described[-2:])
            self.shown.setdefault(key, display_source(name))

    def _see_firms_set_apart(self, sentence: str) -> None:
        """Note each firm ``sentence`` names in full after "the" and a trade's noun, set apart by commas past its
        opening (see ``_FIRM_SET_APART``: "Orrin Properties" of "Speakers accused the landlord, Orrin Properties, of
        neglect"; the opening's subject is read by :meth:`see_body`), as described by that noun: a later "the
        landlord" means it. Not one a list goes on after ("the landlord, Orrin Properties, and the council")."""
        for found in _FIRM_SET_APART.finditer(sentence, 1) if ", " in sentence else ():
            key = text_key(found.group("name"))
            if firm_named(key, found.group("name")):
                self.body_kinds.setdefault(key, set()).add(found.group("noun"))
                self.shown.setdefault(key, found.group("name"))

    def _see_civic(self, name: str, noun: str) -> None:
        """Note the body ``name`` as described by ``noun`` when a civic body's ("charity"), which "the charity" may
        later mean."""
        if noun in CIVIC_DESCRIPTIONS:
            key = text_key(name)
            self.body_kinds.setdefault(key, set()).add(noun)
            self.shown.setdefault(key, display_source(name))

    def _see_maker_described(self, sentence: str) -> None:
        """Note the body ``sentence`` names as the maker or holder of what it writes of, set apart by its kind (see
        ``MAKER_DESCRIBED``: "Footage obtained by Open Barns, an animal welfare group, shows ..."), as the body that
        acted in it with that description (see :meth:`see_body`): a later "the group" means it, when no source was
        credited since; not a person's name nor a place's."""
        found = MAKER_DESCRIBED.search(sentence) if " by " in sentence else None
        if found is None:
            return
        key = text_key(found.group("name"))
        if key in self.people or key in self.places or is_given_name(key.split(" ")[0]):
            return
        self.body_kinds.setdefault(key, set()).update(found.group("kind").lower().split())
        self._acting_body = key, found.group("name"), self._seen_count

    def _see_regulating(self, sentence: str) -> None:
        """Note the agency ``sentence`` opens with when it fines, sanctions, suspends or bars another from its work (see
        ``AGENCY_REGULATES``: "The Harbour Authority fined the operator 20,000 pounds."), or the body named as the
        agent of such a sanction (see ``SANCTIONED_BY``: "Brisk Power was fined by the Office of Gas and Electricity
        Markets": see :meth:`_sanctioner_meant`), a source or not: a regulator
        by what it does, whatever its name oversees, whom a later "the watchdog" may mean as "the regulator" does
        (see :meth:`_regulator`)."""
        found = AGENCY_REGULATES.match(sentence)
        if found is not None:
            self._regulating.add(text_key(found.group("name")))
        by = SANCTIONED_BY.search(sentence) if " by " in sentence else None
        written = by.group("name").rstrip(".") if by is not None else ""
        key = text_key(written)
        if by is not None and (written.isupper() or set(key.split(" ")) & _REGULATOR_WORDS):
            # "Brisk Power was fined by the Office of Gas and Electricity Markets": the regulator acted, and a later
            # "the regulator" or "the watchdog" means it
            self._regulating.add(key)
            self._sanctioner = key, written, self._seen_count

    def _see_firm_names(self, sentence: str) -> None:
        """Note each firm ``sentence`` names by two to four capitalised words that end with a trade naming only a
        business (see :func:`firm_named`: "Northline Rail Freight" of "Workers at Northline Rail Freight walked out"),
        wherever it stands, a source or not, as a subject's is (see :meth:`see_body`): a later "Northline" alone is
        that firm when its first word starts no other name (see :meth:`_company_first_word`)."""
        for found in CAPITALISED_RUN.finditer(sentence):
            written = " ".join(dropwhile(lambda word: word in NOT_A_NAME_START, found.group().split()))
            key = text_key(written)
            # not a company's name without its legal form ("Orvane Pharma" after "Orvane Pharma Inc.", or of
            # "Brightwell Energy plc"): that company, as the company's own rules read it
            # "the" just before it kept: "the Harlow Depot" is a site (see firm_named)
            if (firm_named(key, sentence[max(0, found.start() - 4):found.end()])
                    and not LEGAL_FORM_NEXT.match(sentence, found.end())
                    and not any(short_for(company, key) for company in self.companies)):
                self._acting_firms.setdefault(key, written)
                self._firms_written_at.setdefault(key, self._seen_count)
            if key.rpartition(" ")[2] in BUSINESS_NAME_ENDS or LEGAL_FORM_NEXT.match(sentence, found.end()):
                self._businesses_written.add(key)
            if key.rpartition(" ")[2] in FIRM_LIKE_ENDS:
                self._firm_like_written.add(key)  # "Harlan Resources", which may be a second firm

    def _see_events(self, sentence: str) -> None:
        """Note the events ``sentence`` names (see ``EVENT_NAME``: "The Vell Jazz Festival opened on Friday."),
        whether or not a source, up to two: organisers with no event named near them speak for the one event the text
        named (see :meth:`_event_organised`)."""
        if EVENT_WORD.search(sentence) is None:
            return  # most sentences name no event
        for found in EVENT_NAME.finditer(sentence):
            if len(self._events) < 2:
                self._events.setdefault(text_key(found.group(1)), found.group(1))

    def _see_clubs_by_people(self, sentence: str) -> None:
        """Note the clubs ``sentence`` names before a player or staff member by role and name (see
        ``CLUB_BY_ITS_PEOPLE``: "Wexley Town midfielder Darnell Oyelaran"), a source or not, as firms whose first
        word alone joins them ("Wexley said ...": see :meth:`_group_firm`); not one opening with a known given
        name."""
        for found in CLUB_BY_ITS_PEOPLE.finditer(sentence):
            club = text_key(found.group(1))
            if not is_given_name(found.group(1).split()[0]):
                self._group_firms.setdefault(club.split(" ")[0], club)
                self._clubs_by_people.add(club)
                self.shown.setdefault(club, found.group(1))

    def _see_clubs_written(self, sentence: str) -> None:
        """Note the clubs ``sentence`` names by a word only clubs end their names with or a club's letters (see
        ``CLUB_WRITTEN``: "Portharbour Albion have signed ..."), a source or not, so that the word alone later joins
        the one so named (see :meth:`_club_by_last_word`); not a name running on into another capitalised word ("the
        United Nations", "Albion Street") nor one opening with "The"; a word that opens a sentence before it is none of
        its name ("Yesterday Portharbour Albion signed ...", "On Saturday Portharbour Albion ...": see
        ``NOT_A_NAME_START``), nor is the club's word alone after such words."""
        for found in CLUB_WRITTEN.finditer(sentence):
            if re.match(r"\s+[A-Z]", sentence[found.end():]) or found.group(1).startswith("The "):
                continue
            name = " ".join(dropwhile(lambda word: word in NOT_A_NAME_START, found.group(1).split()))
            if " " in name:
                self._clubs_written.add(text_key(name))
                self.shown.setdefault(text_key(name), name)

    def _see_body_by_noun(self, noun: str) -> None:
        """Note the body a subject that is a body's noun alone with "the" means ("The league has responded."): the one
        body named before that it stands for (see :meth:`_description_stands_for`), else the noun's own body, whose
        spokesperson "A spokesperson said ..." just after is ("league spokesperson"), as "a spokesperson for the
        league" would be; or the body that acted just before, whose name holds the noun or that the noun may describe
        ("The Harlow Premier League set prices. The league has responded."; see :meth:`_acting_body_meant`)."""
        body = self._description_stands_for(noun, False)
        last = self._acting_body
        near = last is not None and self._seen_count - last[2] <= BODY_REACH_SENTENCES
        if body == noun:
            # "Cardwell Health cut jobs. The company regretted it": the firm that acted, by what its name says or by
            # the noun its name holds ("the league" of "The Harlow Premier League")
            held = last[0] if last is not None and near and noun in last[0].split(" ") else None
            body = self._acting_body_meant(noun, False, "") or held or noun
        shown = self.shown.get(body, body) if body != noun else f"the {noun}"
        if (last is not None and last[0] != body and near
                and not any(seen >= last[2] for seen in self._credited.values())):
            self._acting_body = None  # two bodies acted in turn: a noun after them may mean either
        else:
            self._acting_body = body, shown, self._seen_count
