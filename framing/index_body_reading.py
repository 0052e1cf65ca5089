"""Bodies and firms a document names: a company's first word or short name, a body of a kind, a local force, a
country's ministry, a club, an issuer of documents. :class:`BodyReading` is one class of the chain that makes
:class:`framing.source_index.SourceIndex`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from .given_names import given_name_sex, is_given_name
from .index_body_words import (
    trade_in_clause,
    public_care,
    ACCUSED_OWNER,
    ACTED_AS_FIRM,
    ANY_BODY_DESCRIPTIONS,
    ANY_TRADE_ENDS,
    AT_NAMED_BODY,
    BODIES_OF_STATES,
    BODY_SCOPES,
    CIVIC_GROUP_WORDS,
    COLLECTIVE_BODIES,
    COMPANY_FORM_END,
    COMPANY_TRADES,
    COUNTRY_MINISTRY,
    DESCRIBED_INVESTOR,
    EVENT_NAME,
    FIRM_CHIEF_AFTER,
    FIRM_CHIEF_BEFORE,
    GROUP_AT_BODY,
    INVESTOR_DESCRIBED_AFTER,
    KIND_BEFORE_NAME,
    KIND_DESCRIPTION,
    KIND_NAME_WORDS,
    LOCAL_FORCE,
    NAME_GOES_ON,
    NAMED_KINDS,
    NAMED_OUTLET_KINDS,
    NAMED_TRADES,
    OFFICIALS_OF_BODY,
    ORGANISERS,
    OUTLET_KEY,
    OUTLET_KINDS,
    OUTLET_NAME_WORDS,
    OWNER_BEFORE_KIND,
    REGULATOR_NAME_ENDS,
    REGULATOR_NAME_WORDS,
    RESEARCH_TRADE,
    STATE_AGENCIES,
    STATE_BODIES,
    STATE_OR_OUTLET_WORDS,
    TRADE_OF_NAME,
    UNION_NAME_WORDS,
    agency_work,
    business_name_end,
    civic_group_noun,
    company_described_in_span,
    described_business,
    investing_firm,
    kind_of,
    last_group,
    names_body,
    same_ministry,
    short_for,
    world_agency,
    written_short,
)
from .index_documents import (
    DOCUMENT_BY_MAKER,
    DOCUMENT_NEXT,
    ISSUES_DOCUMENT_AFTER,
    NEW_FILING,
    OWN_DOCUMENT_AFTER,
    OWN_DOCUMENT_BEFORE,
    OWN_DOCUMENT_REACH,
    PAPER_NOUNS,
    PLAIN_SUIT,
    POSSESSED_DOCUMENT,
    SUIT_NOUNS,
    document_keys,
    document_words,
)
from .index_groups import (
    GROUP_LOOKBACK,
    POLL_NOUNS,
    POLL_REACH,
    STUDY_TEAM_NOUNS,
    placed_noun,
    placed_plural,
    plural_group,
)
from .index_name_reading import NameReading
from .index_name_words import (
    CAUSE_GROUP_HEADS,
    ONE_BY_ROLE,
    POST_LETTERS,
    SPELLED_POST,
    THE_MASTHEAD,
    person_role_noun,
    role_head,
)
from .person_names import opens_with_given_name
from .source_forms import display_source
from .source_keys import text_key, without_accents, without_heading
from .source_kinds import people_plural, trade_head
from .source_places import ministry_parts, government_of, same_country
from .source_words import (
    CIVIC_NAME_WORDS,
    BODY_KINDS,
    BODY_NOUNS,
    BODY_WORDS,
    BUSINESS_NAME_ENDS,
    CIVIC_DESCRIPTIONS,
    CLUB_ONLY_ENDS,
    COMPANY_WORDS,
    CUE_THEN_PRONOUN,
    EDGE,
    GROUP_GOES_ON,
    JOINERS,
    LEGAL_FORM_END,
    NAMELESS_NOUNS,
    PERSON_ROLES,
    PORTFOLIOS,
    PRIVATE_PERSONS,
    RELIEF_SOCIETY_END,
    SHARED_TRADE_ENDS,
    SHORT_POSTS,
    TECH_FIRM_ENDS,
)
from .sources import normalise_source
from .textchars import case_blind, fold_apostrophes

# "Bloomberg", a wire service, is no person's surname
from .textlines import NEWS_AGENCIES as _NEWS_AGENCIES

#: A clause of time or reason opening a sentence, a name of capitalised words, none in the possessive, as its subject
#: and a lower-case verb after it, a comma ending the clause ("When Cardwell Health lost patient records, ";
#: group 1 the name): the body a role owned by "its" just after it serves ("its chief executive said").
_CLAUSE_NAMES_SUBJECT = re.compile(r"[\s\"“]*(?:When|Whenever|After|Before|As|While|Because|Once|Since"
                                   r"|Although|Though)\s+((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)\s+[a-z][^,]*,\s*\Z")
#: A sentence's first main clause with a name of capitalised words as its subject and a lower-case verb after it,
#: then a comma or a semicolon and a conjunction ("Drayfield has not said it will, but "; group 1 the name): the body
#: a role owned by "its" opening the second clause serves ("its chief executive told investors").
_MAIN_CLAUSE_NAMES_SUBJECT = re.compile(r"[\s\"“]*"
                                        r"(?!(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|But|And)\s)"
                                        r"((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)\s+[a-z][^,;]*[,;]\s*"
                                        r"(?:but|and|yet|while|though)\s+\Z")

#: A source's key owned by a name of one word in the possessive ("dorr's office", "vask's lawyers"): group 1 the
#: owner, group 2 what it owns (see :meth:`SourceIndex._owned_in_full`).
_OWNED_BY_ONE_WORD = re.compile(r"([^\s']+)'s ([^']+)")
#: A preposition by which a person's span places them at a body, with a space either side ("Tom Reyes of the firm
#: Pellam Digital", "Ana Ruiz, a researcher at the security firm Pellam Digital"): what follows may describe the body.
_PLACED_AT_WORD = re.compile(r"\s(?:of|at|from|with)\s+")


def _part_of_name(name: str, issuer: str | None) -> bool:
    """Whether the source ``name`` is whole words of the ``issuer`` noted before, not all of it: "watch", a piece of
    a name the model split ("Oslin Rights" "Watch"), issues no document that "oslin rights watch" issued."""
    return issuer is not None and name != issuer and f" {name} " in f" {issuer} "


#: Words of what a regulator oversees, which make an authority, agency, commission or board one ("Energy Markets
#: Authority", "Food Standards Agency", "Competition Commission", "Gambling Commission", "Civil Aviation Authority",
#: "Electoral Commission", "Pensions Authority", "Banking Commission"), where a port's, a transport's or a housing
#: authority runs what it is named for (see :meth:`BodyReading._regulator`).
_OVERSIGHT_NAME_WORDS = frozenset("""markets market competition conduct standards safety regulation regulatory
    supervisory supervision oversight inspection audit ethics complaints consumer consumers privacy protection
    financial securities prudential gambling gaming aviation electoral elections charity charities communications
    telecommunications utilities pensions banking""".split())

#: The nouns of an overseer a story most often names one of, which its noun alone before its name means (see
#: :meth:`BodyReading._name_lone_overseer`): "the ombudsman" ... "the Energy Ombudsman"; not a commission or an
#: authority, of which copy often names several.
_LONE_OVERSEERS = frozenset("ombudsman regulator inspectorate".split())

#: Of those, the nouns that a state's, a union of states' or a world body's agency takes too, as a group does not ("The
#: United Nations agency said ... The organisation added", "The Harbour Authority ... The body said"): no outlet's.
_ORGANISATION_NOUNS = frozenset(["organisation", "organization", "body"])
#: The words of a civic body's name or description that say it watches or keeps account, which "the watchdog" may
#: mean ("Civic Watch Network", "Fair Tech, a consumer watchdog", "Civic Ledger Network", "Open Audit Alliance",
#: "Transparency Kessel"): a civic body named for a cause alone ("Campaign for Police Standards") is no watchdog
#: unless the copy calls it one.
_WATCH_NAME_WORDS = frozenset("""watch watchdog watchdogs monitor monitors monitoring observatory observer observers
    sentinel audit scrutiny ledger accountability transparency integrity""".split())


#: The last words of a government itself ("the Velmar government", "the Harlow administration"), which copy never
#: calls "the organisation" or "the body" as it does a state's agency or a legislature (see :func:`_government_itself`).
_GOVERNING_WORDS = frozenset("government administration presidency".split())


def _government_itself(body: str) -> bool:
    """Whether the source ``body`` is a government itself by its name: one that ends in a word of ``_GOVERNING_WORDS``,
    "administration" only after its owner's one word ("the Harlow administration"); not an agency that holds or ends in
    one ("Kessel Government Audit Office", "Velmar Food Administration")."""
    words = body.split(" ")
    return words[-1] in _GOVERNING_WORDS and (words[-1] != "administration" or len(words) == 2)

#: Plural nouns that end a body's name and no person's ("Harrow Marine Services", "Tessel Data Solutions"): a name so
#: ending is a body's, of the kind its other words say (a company's, or a state's: "Department of Harbour Services").
_PLURAL_NAME_ENDS = frozenset("services solutions products resources enterprises".split())

#: A union's name in three capitalised words or more ending in its members' plural ("Allied Logistics Workers",
#: "United Dock Workers", "Federated Hospital Employees"): a body, though "logistics workers" in lower case, or two
#: words ("Striking Workers", "Dock Workers" opening a sentence), are a group of people.
_UNION_NAMED_BY_MEMBERS = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:of|and|&)\s+)?){2,}(?:Workers|Employees)")

#: Kinds of ``NAMED_KINDS`` that are a site its owner's name heads, the kind's word in lower case after it ("the
#: Brennick Dyeworks plant"): the owner speaking by its name alone ("Brennick Dyeworks denied ...") is the firm, not
#: the plant, so that its key is the one other documents, which never name the plant, give it.
_OWNERS_SITES = frozenset({"plant"})

#: The type of a commercial bank written between its own name and "Bank" ("Kestrel Savings Bank"), whose name alone
#: ("Kestrel") is the bank as "Castellan" is "Castellan Bank" (see :meth:`BodyReading._named_with_its_kind`); not
#: "Central", "National", "Reserve" nor "Development", whose first word is the state that owns the bank.
_BANK_TYPES = frozenset("savings commercial investment merchant cooperative co-operative mutual trust private".split())

#: Sources that name other people, no body, whatever their case ("Others said").
_OTHERS = frozenset("others another".split())


def in_letters(key: str) -> str | None:
    """The canonical ``key`` with each post of ``SHORT_POSTS`` spelled out in it written in letters ("deputy cm" of
    "deputy chief minister", "pm" of "pm"), or ``None`` when it names no such post."""
    letters = SPELLED_POST.sub(lambda found: POST_LETTERS[found[0]], key.replace("-", " "))
    return letters if any(word in SHORT_POSTS for word in letters.split(" ")) else None


def capitalised_body(shown: str) -> bool:
    """Whether the source shown as ``shown`` is written as a body's name: capitalised words, small words between them
    ("Royal Bank of Scotland Group"; not "Conservation groups"), the last one maybe a body's noun in lower case after
    a name ("The United Nations agency", "the Kessel Rail board"), which describes that body."""
    words = shown.split(" ")
    if len(words) > 1 and words[-1] in BODY_NOUNS and words[-2][:1].isupper():
        words = words[:-1]
    return all(word[:1].isupper() or word in JOINERS for word in words)


def _body_placed_at(written: str) -> str:
    """The body that the span ``written`` places a group at, after "at", "from" or "with" ("firm Pellam Digital" of
    "Researchers at the firm Pellam Digital": see ``GROUP_AT_BODY``), whose description there says what it is as the
    span "the firm Pellam Digital" would; ``written`` itself for any other span."""
    placed = GROUP_AT_BODY.fullmatch(written[:1].lower() + written[1:])
    return placed.group(1) if placed else written


def _short_forms_dropped(bodies: list[str]) -> list[str]:
    """``bodies``, the keys of bodies of one kind, without a name that another writes in full with "of" and where
    it is ("election commission" beside "election commission of pakistan"): the copy's short form of the same body,
    which the headline or a possessive often writes ("the Election Commission's report"), so that "the commission"
    still means the one body named."""
    return [body for body in bodies if not any(other.startswith(f"{body} of ") for other in bodies)]


#: A government named by its state after "of" or in the possessive, the state in one to three words ("government of
#: velmar", "velmar's government"; group 1 or 2): the state's own word for its government (see
#: :meth:`BodyReading._state_of_own_government`).
_OWNED_GOVERNMENT = re.compile(r"government\s+of\s+(?:the\s+)?(\S+(?:\s\S+){0,2})"
                               r"|(\S+(?:\s\S+){0,2})['’]s\s+government")


def _owned_government(key: str) -> str | None:
    """The state the source ``key`` names as its government's owner (see ``_OWNED_GOVERNMENT``), else ``None``."""
    found = _OWNED_GOVERNMENT.fullmatch(key)
    return (found[1] or found[2]) if found else None

class BodyReading(NameReading):
    """Bodies and firms a document names: a company's first word or short name, a body of a kind, a local
    force, a country's ministry, a club, an issuer of documents.
    """

    def _note_company(self, key: str, shown: str, kind: str | None = None) -> None:
        """Note the company ``key``, shown as ``shown`` unless it was noted before, described as a ``kind`` of
        business ("carmaker", "port operator") when its description said so."""
        if kind:
            self.kinds.setdefault(key, set()).add(kind)
        if key not in self.companies:
            self.companies[key] = shown
            self._company_words.add(key, key.split(" "))
            self._company_starts.add(key, key.split()[:1])

    def _clause_body(self, sentence: str) -> str | None:
        """The body, as shown, that the clause of time or reason opening ``sentence`` (the text before a role owned
        by "its") names as its subject (see ``_CLAUSE_NAMES_SUBJECT``): "Cardwell Health" of "When Cardwell Health
        lost patient records last spring, " before "its chief executive said", whom "its" means; ``None`` for none,
        or for a person ("When Tom Vask lost, "); so too the subject of a first main clause before a conjunction
        (see ``_MAIN_CLAUSE_NAMES_SUBJECT``: "Drayfield has not said it will, but its chief executive told ..."), a
        company by the first word of its name written before as that company ("Drayfield Textiles")."""
        found = _CLAUSE_NAMES_SUBJECT.match(sentence) or _MAIN_CLAUSE_NAMES_SUBJECT.match(sentence)
        if found is None:
            return None
        company = self._company_first_word(text_key(display_source(found.group(1))))
        return self.shown.get(company, found.group(1)) if company else self._body_shown(found.group(1))

    def _accused_owner(self) -> str | None:
        """The body or country the sentence before the one seen last accused by its name (see ``ACCUSED_OWNER``:
        "Kestoria" of "Dravinia accused Kestoria of shelling a post"), as shown, whom "its" in a denial means: the
        accused denies, not the accuser; ``None`` for none, or for a person ("accused Tom Vask of")."""
        found = ACCUSED_OWNER.search(self._seen_before)
        return self._body_shown(found.group(1)) if found is not None else None

    def _body_shown(self, name: str) -> str | None:
        """The body ``name`` (as written) means, as shown ("Kestoria", "Cardwell Health"), for a body whom "its" may
        mean; ``None`` for a person, known or written with a given name ("Tom Vask"), whom "its" never means."""
        written = display_source(name)
        key = text_key(written)
        if not key or key in self.people or opens_with_given_name(written.split()):
            return None
        return self.shown.get(key, written)

    def _written_here_only(self, name: str) -> bool:
        """Whether the source ``name`` (canonical) is written, as shown, in the sentence seen last but not in the one
        before it: one :meth:`see` noted with the sentence's own mentions before counting the sentence."""
        shown = case_blind(self.shown.get(name, name))
        return shown in case_blind(self._seen_last) and shown not in case_blind(self._seen_before)

    def _paper_in_full(self, text: str) -> str | None:
        """The newspaper's name in full that the span ``text``, "the" and a masthead's word alone ("The Ledger"; see
        ``PAPER_NAME_WORDS``), shortens: the one name the document wrote before with "the", capitalised words and
        that word ("the Harlow Ledger"), its place or owner's word dropped; ``None`` for another span, or where the
        document wrote no such name or two ("the Harlow Ledger" and "the Marlow Ledger")."""
        found = THE_MASTHEAD.fullmatch(text.strip(EDGE))
        papers = self._papers.get(found.group(1).lower(), {}) if found else {}
        return f"the {next(iter(papers.values()))}" if len(papers) == 1 else None  # "the": a paper, no person

    def _outlet_or_name(self, bare: str) -> str | None:
        """The one source named before that the name ``bare`` means with or without the kind of outlet it is (see
        ``OUTLET_KEY``): "velnova news agency" for "velnova", "velnova" for "velnova news agency"; none for a
        person's name or a place's, nor for a name both with "news agency" and with "newspaper"."""
        found = OUTLET_KEY.fullmatch(bare)
        named = ([found.group(1)] if found else [f"{bare} {kind}" for kind in OUTLET_KINDS])
        named = [name for name in named if name in self.names]
        if len(named) != 1 or named[0] in self.people or (found.group(1) if found else bare) in self.places:
            return None
        return named[0]

    def _poll_in_view(self) -> str | None:
        """The poll or survey named as a source most recently, at most ``POLL_REACH`` sentences ago and among the
        last ``GROUP_LOOKBACK`` sources named, whose respondents a share ("59 percent of voters") counts; ``None``
        for none."""
        for name in islice(reversed(self._mentioned), GROUP_LOOKBACK):
            if name.rpartition(" ")[2] in POLL_NOUNS | {f"{noun}s" for noun in POLL_NOUNS}:
                return name if self._seen_count - self._mentioned_at[name] <= POLL_REACH else None
        return None

    def _document_issuer(self, document: str) -> str | None:
        """The source noted as issuing the document written ``document`` (see :meth:`_note_issued`): by its words, or
        by its noun alone when the words before it count its pages or the like ("64-page report" of a report by Civic
        Shield; not "police report", nor "joint statement", maybe another's); a poll's noun alone by the other noun
        of a poll too ("the survey" of a poll by Halcyon Insight: see ``POLL_NOUNS``); ``None`` for none."""
        words = document.split(" ")
        if document in POLL_NOUNS and document not in self._issued_by:
            return self._issued_by.get(next(iter(POLL_NOUNS - {document})))
        if document in self._issued_by or not all(re.search(r"\d", word) for word in words[:-1]):
            return self._issued_by.get(document)
        return self._issued_by.get(words[-1])

    def _note_issued(self, name: str, text: str, before: str, after: str) -> None:
        """Note that the source ``name``, of the span ``text``, issued the document the sentence writes as its own: in
        an opener just ``before`` the span ("In its note, the mission said", "In a statement, the ministry said"), just
        ``after`` it, after its verb ("The mission said in its note verbale that"), or after its possessive ("The
        ministry's statement said", the span with the document or without it), or in the span before its maker ("A
        report by Safeguard Rights Watch said", see ``DOCUMENT_BY_MAKER``), or as what the source issues after it
        ("Oslin Rights Watch published a report", see ``ISSUES_DOCUMENT_AFTER``): a later "the note" (see
        ``DEFINITE_DOCUMENT``) is then that source's, by the document's words as written, its noun, or the noun's
        first word ("joint note verbale", "note verbale", "note")."""
        written = document_words(text.rstrip())
        found = (OWN_DOCUMENT_BEFORE.search(before[-OWN_DOCUMENT_REACH:]) or OWN_DOCUMENT_AFTER.match(after)
                 or (DOCUMENT_NEXT.match(after) if written.endswith(("'s", "’s"))
                     else POSSESSED_DOCUMENT.search(written[-OWN_DOCUMENT_REACH:]))
                 or DOCUMENT_BY_MAKER.match(written) or ISSUES_DOCUMENT_AFTER.match(after))
        for key in document_keys(found):
            if not _part_of_name(name, self._issued_by.get(key)):
                self._issued_by[key] = name

    def _files_anew(self, sentence: str) -> bool:
        """Whether ``sentence`` writes a new filing (see ``NEW_FILING``) without a word of the suit's one filer's name,
        or with none known: another side's, most often the accused's ("Three families sued Dravo. In a filing on
        Tuesday, the company's lawyers asked the court to dismiss the case."), so that a later "the filing" is no
        longer the complaint (see :meth:`add`), whose filer's is the allegation."""
        if NEW_FILING.search(sentence) is None:
            return False
        filer = self._filed_by.get("suit")
        words = set(re.findall(r"[^\W\d_]+", filer.lower())) - {"the"} if filer else set()
        return not words & set(re.findall(r"[^\W\d_]+", sentence.lower()))

                # report" is the inspectorate's, as after "The inspectorate published its report"

    def _note_issuer(self, document: re.Match[str], name: str | None, keys: tuple[str, ...] = ()) -> None:
        """Note ``name`` (``None``: no one read) as issuing the ``document`` a sentence writes (see
        ``_ISSUED_PHRASE``), by each of its keys, or by ``keys`` where given; a key another issuer holds is no
        one's."""
        for key in keys or document_keys(document):
            before = self._issued_in_sentence.get(key, name)
            same = name is not None and before is not None and text_key(before) == text_key(name)
            self._issued_in_sentence[key] = name if same else None

    def _sole_of_kind_written(self, key: str) -> bool:
        """Whether the text wrote the name ``key`` after a noun of its kind, and no other name after that noun ("The
        postal regulator Mailcheck"; not "Ratings agency Varden" once "Rival agency Merrow" is written: "the agency"
        may mean either)."""
        kinds = self._kinds_written.get(key, set())
        return bool(kinds) and not any(kinds & others for name, others in self._kinds_written.items() if name != key)

    def _written_as(self, noun: str, body: str) -> bool:
        """Whether the text wrote the source ``body``, or a longer name it opens ("norcrest" of "Norcrest Ratings"),
        after an article and ``noun`` (see :meth:`_see_kinds_written`)."""
        return any(noun in kinds for name, kinds in self._kinds_written.items()
                   if name == body or name.startswith(f"{body} "))

    def _name_kind(self, kind: str, key: str, written: str) -> None:
        """Note the body ``key`` (``written`` so) as one of ``kind`` the text named, unless it was, or a name ending
        with the other's words was ("America Corp" after "Bank of America Corp": one company), or it was written the
        other way round ("Justice Department" after "Department of Justice": see :func:`same_ministry`), or in full
        where a shorter name was written (kept in its place), or short where it was in full ("Ashcombe School Board"
        and "Ashcombe Unified School Board": see :func:`written_short`), or both are
        the dateline's place's police ("the city's police" and "Marlow police": see :meth:`_local_force`). After two
        it notes no more: "the <kind>" means neither, whatever else is named."""
        named = self._named_kinds.setdefault(kind, {})
        short = next((other for other in named if written_short(other, key)), None)
        if short is not None:
            del named[short]  # "Ashcombe School Board" of a headline, then "Ashcombe Unified School Board": one board
        if len(named) < 2 and not any(key.endswith(f" {other}") or other.endswith(f" {key}")
                                      or written_short(key, other) or same_ministry(key, other)
                                      or (self._local_force(key) and self._local_force(other)) for other in named):
            named.setdefault(key, written)

    def _group_headed(self, noun: str) -> str | None:
        """The one source named so far that a group of people's noun alone (``noun``: "tenants", "parents",
        "family"), as a headline writes it, heads before what it goes on with ("tenants of a building on Elm
        Street", "family of a 23-year-old man": see ``GROUP_GOES_ON``); ``None`` for none or two."""
        if " " in noun or not (noun in NAMELESS_NOUNS or noun in PRIVATE_PERSONS or people_plural(noun)):
            return None
        groups = [name for name in self.names if name != noun and GROUP_GOES_ON.split(name, 1)[0] == noun]
        return groups[0] if len(groups) == 1 else None

    def _suit_named_first(self, text: str) -> str | None:
        """The source named first by a suit's document's noun alone (see ``SUIT_NOUNS``), when the span ``text``
        names one by another of those nouns (see ``PLAIN_SUIT``): "According to the filing" after "The complaint,
        filed in the district court on Monday, claims" is the complaint's, one document by a synonym; ``None`` for
        another span, or for none named before by another noun."""
        plain = PLAIN_SUIT.fullmatch(text.strip(EDGE))
        if plain is not None and self._filing_by_other and plain.group(1).lower() == "filing":
            return None  # another side's filing since, which "the filing" may be (see :meth:`_files_anew`)
        first = next((name for name in self.names if name in SUIT_NOUNS), None) if plain is not None else None
        return first if plain is not None and first not in (None, plain.group(1).lower()) else None

    def _regulator_named(self, noun: str) -> str | None:
        """The one body the copy named by a regulator's name (see ``REGULATOR_NAME_ENDS``) that a headline's
        ``noun`` alone, "regulator" or "watchdog", means: "Regulator accuses Corvane ..." above "The Financial Conduct
        Board said ..." is the board's; ``None`` for another noun, or for none or two such bodies."""
        if noun not in ("regulator", "watchdog"):
            return None
        bodies = [name for name in self.names if name != noun and name not in self.people and " " in name
                  and name.rpartition(" ")[2] in REGULATOR_NAME_ENDS and self._may_describe("regulator", name)]
        return bodies[0] if len(bodies) == 1 else None

    def _trade_named(self, noun: str, denial: bool) -> str | None:
        """The one body the copy named whose name or description says the trade ``noun`` alone of a headline, one of
        ``NAMED_TRADES`` (see :meth:`_may_describe`), means, as "the studio" in the copy would: "Actor's claims
        false, studio denies" above "Halberd Pictures has rejected ..." is Halberd Pictures'; ``None`` for another
        noun, or for none or two such bodies (see :meth:`_one_named`: "Halberd Pictures" and "Orsk Films")."""
        if noun not in NAMED_TRADES:
            return None
        bodies = [name for name in dict.fromkeys([*self.names, *self.companies])
                  if name != noun and name not in self.people and self._may_describe(noun, name)]
        return self._one_named(bodies, denial)

    def _heads_one_body(self, bare: str) -> bool:
        """Whether the one word ``bare`` of a headline is the head of one body the copy credited by a longer name,
        and of no other source: "Museum" of "Museum rejects claim ..." above "The National Museum of Kestoria said",
        its noun with "the" left out as "Agency" is. Not a plural ("Democrats" of "Democrats urge ...", a group), nor
        a word that only follows "of", "for" or "in" in the name ("Orsk" of "the University of Orsk": a place's name,
        not the body's noun)."""
        if " " in bare or bare.endswith("s"):
            return False  # "Democrats" of "Democrats urge ..." is a group's plural, no body's noun
        heads = [name for name in self._bodies.holding([bare]) if name != bare and names_body(bare, name)
                 and not re.search(rf"\b(?:{'|'.join(NAME_GOES_ON)}) {re.escape(bare)}\b", name)]
        return len(heads) == 1

    def _club_in_view(self) -> str | None:
        """The one club, as written, that "club" alone in a headline means ("Harlow Rovers defender suspended for six
        games, club vows to fight ban"): named by a club's name in the document's first lines (see
        ``CLUB_WRITTEN``), credited as a club (see ``_clubs_credited``) or named as ``NAMED_KINDS`` reads one;
        ``None`` for none or two."""
        clubs = dict(self._clubs_opening)
        clubs.update({normalise_source(club): club for club in self._named_kinds.get("club", {}).values()})
        clubs.update({club: self.shown.get(club, club) for club in self._clubs_credited})
        return next(iter(clubs.values())) if len(clubs) == 1 else None

    def _kind_named(self, bare: str, denial: bool) -> str | None:
        """The body, as written, that the description ``bare``, a kind's noun of ``NAMED_KINDS`` ("bank"), means:
        the one body of that kind the text named so far (see :meth:`_see_named_kinds` and :meth:`_one_named`), a
        name written short and in full counted once (see :func:`_short_forms_dropped`);
        ``None`` for another description, for none or two or more such bodies, or for an accuser in a ``denial``; for
        "the club", also where a club not named so spoke ("Kessel United said": see ``_clubs_credited``), and the one
        club known only from its staff where none is named so ("Harlow County coach Dana Fell"). "The force"
        is the police's kind ("Dunmore police ... the force said"), the one force credited where two were named."""
        named = {} if bare in COMPANY_WORDS else self._named_kinds.get("police" if bare == "force" else bare, {})
        if bare == "club" and not named:
            # "Harlow County coach Dana Fell said ...": a club known only from its staff (see ``_clubs_by_people``)
            named = {club: self.shown.get(club, club) for club in self._clubs_by_people}
        named = dict(self._credited_going_on(key, written) for key, written in named.items())
        if bare in NAMED_OUTLET_KINDS:  # "The gossip account @StarSpill said" credited so: "the account" is that source
            named = dict(self._credited_with_kind(bare, key, written) for key, written in named.items())
        if bare == "club" and self._clubs_credited - {normalise_source(club) for club in named.values()}:
            return None  # "Harbour City FC beat Kessel United. Kessel United said ...": another club in view
        if bare == "force":
            # "the force said" is the one force that spoke, of others named in passing ("the national police
            # oversight body ... Dunmore police rejected it ... the force said")
            named = {key: written for key, written in named.items() if key in self.names} or named
        key = self._one_named(_short_forms_dropped(list(named)), denial)
        return None if key is None else named[key]

    def _credited_with_kind(self, kind: str, key: str, written: str) -> tuple[str, str]:
        """The outlet named ``key`` (``written`` so) after its ``kind`` ("@starspill"), or the one source whose
        name holds the kind and ends with it ("gossip account @starspill"): "the account" then means the source."""
        longer = [name for name in self.names if name.endswith(f" {key}") and kind in name.split(" ")]
        return (longer[0], self.shown.get(longer[0], longer[0])) if len(longer) == 1 else (key, written)

    def _credited_going_on(self, key: str, written: str) -> tuple[str, str]:
        """The body named ``key`` (``written`` so) as its kind's noun ends it, or the one source whose name goes on
        from it after "of" ("Metropolitan Police" of "the Metropolitan Police of Tarrin", credited so), which is
        the body the name names: "the force" and "police" then mean the source, not a shorter name of their own."""
        longer = [name for name in self.names if name.startswith(f"{key} of ")]
        return (longer[0], self.shown.get(longer[0], longer[0])) if len(longer) == 1 else (key, written)

    def _named_with_its_kind(self, bare: str) -> str | None:
        """The body, as written, of a kind of ``NAMED_KINDS`` that the text named as ``bare`` and the kind's word, a
        source or not (see :meth:`_see_named_kinds`): "St. Aubyn's Hospital" for "St. Aubyn's", "Dravik Bank" for
        "Dravik", its name written short, "Kestrel Savings Bank" for "Kestrel" (a bank's type between, see
        ``_BANK_TYPES``, one bank so named); not a group's ("Harlow" of "Harlow Group": see :meth:`_note_group_firm` for
        when it is one), nor a site's that its owner's name heads ("Brennick Dyeworks" of "the Brennick Dyeworks
        plant" is the firm, its own source: see ``_OWNERS_SITES``); ``None`` for none."""
        found = next((written for kind, named in self._named_kinds.items() for key, written in named.items()
                      if key == f"{bare} {kind}" and kind != "group" and kind not in _OWNERS_SITES), None)
        if found is not None:
            return found
        # "Kestrel Savings Bank" for "Kestrel": a bank's type between its name and "Bank", the one bank so named
        typed = [written for key, written in self._named_kinds.get("bank", {}).items()
                 for words in [key.split(" ")] if words[:-2] == bare.split(" ") and words[-2] in _BANK_TYPES]
        return typed[0] if len(typed) == 1 else None

    def _event_organised(self, bare: str, written: str) -> str | None:
        """The event, as written, whose organisers the mention ``bare`` (``written`` so) is ("organisers", "festival
        organizers": see ``ORGANISERS``): the one event that the sentence read now names (see ``EVENT_NAME``), or
        failing any, the one the sentence before it names, of the kind the mention's first word says if it says one;
        with no event named in either, the one organisers were read for before ("Organisers said" again), else the one
        event the text named so far, of that kind (see :meth:`_see_events`: "The Vell Jazz Festival opened on Friday.
        ... The organisers said"). ``None`` for another mention, a capitalised one ("Festival Organisers", a name),
        none or two events."""
        organisers = ORGANISERS.fullmatch(bare)
        if organisers is None or written[1:] != written[1:].lower():
            return None
        for sentence in (self._seen_last, self._seen_before):
            events = {text_key(found.group(1)): found.group(1) for found in EVENT_NAME.finditer(sentence)}
            if events:
                kind = organisers.group(1)
                event = (next(iter(events.values())) if len(events) == 1
                         and (kind is None or next(iter(events)).endswith(f" {kind}")) else None)
                self._organised = event
                return event
        kind = organisers.group(1)
        named = [event for key, event in self._events.items() if kind is None or key.endswith(f" {kind}")]
        return self._organised or (named[0] if len(self._events) == 1 and named else None)

    def _one_named(self, bodies: Sequence[str], denial: bool, answered: bool = False) -> str | None:
        """The one source of ``bodies``, the keys of the bodies of one kind that the text named so far, that "the"
        and that kind's noun means: ``None`` for none, or for two or more ("the bank" after "Dravik Bank" and "Orlin
        Bank" is neither); in a ``denial`` never the accuser (see :meth:`_accuser`: "Acme Corp. accused Globex ...
        The company denied it" is not Acme's), nor, where ``answered``, one whose claim another denied since (see
        :meth:`_denied_since_claim`). Every such join reads its bodies with this: the kinds of ``NAMED_KINDS`` (see
        :meth:`_kind_named`), "the company" (see :meth:`_company_described`) and "The Ministry" of a statement's
        heading (see :meth:`_stands_for`)."""
        if len(bodies) != 1:
            return None
        body = bodies[0]
        return None if denial and (self._accuser(body) or (answered and self._denied_since_claim(body))) else body

    def _capitals_only(self, name: str) -> bool:
        """Whether the source ``name`` is read as a person's by its capitals alone: two words or more, no known given
        name first, no "he" or "she" written of it, and no role but its description's ("Cardwell Health"; not "Ines
        Mallory", nor "Mayor Tom Vask"), or an owner's where the name ends in a plural of firms' names ("the mine's
        owner, Copperhill Resources": see ``_PLURAL_NAME_ENDS``), which a firm holds as a person may."""
        words = name.split(" ")
        roles = self.people.get(name, frozenset()) - self.body_kinds.get(name, set())
        if words[-1] in _PLURAL_NAME_ENDS:
            roles -= {"owner"}
        return len(words) > 1 and name not in self._personal and given_name_sex(words[0]) is None and not roles

    def _join_bare_group(self, name: str) -> None:
        """Join a group of people written by its plural alone ("Researchers said", canonical "researchers"), before or
        after the source ``name`` is first named, to the one group of that plural placed at a body named in capitals
        (see ``GROUP_AT_BODY``, ``AT_NAMED_BODY``: "Researchers at the Vell Lab said"; not "Lawmakers from both
        parties"), the same people named in full, while no other source holds that plural ("researchers at kessel
        university" too, or "kessel researchers": either may be meant)."""
        plural = placed_plural(name) or name.rpartition(" ")[2]  # "researchers", or a group holding it
        if not people_plural(plural) or plural not in self.names:
            return
        holding = [other for other in self.names if other != plural and plural in other.split(" ")]
        if (len(holding) == 1 and placed_plural(holding[0]) == plural
                and AT_NAMED_BODY.search(self.shown.get(holding[0], "")) is not None):
            self.named_later.setdefault(plural, holding[0])
        elif placed_plural(self.named_later.get(plural, "")) == plural:
            del self.named_later[plural]

    def _join_study_team(self, name: str) -> None:
        """Join "researchers", "scientists" or "authors" written bare (``STUDY_TEAM_NOUNS``) to the one group of a
        research trade placed at a named body so far (``RESEARCH_TRADE``, ``AT_NAMED_BODY``: "marine biologists at
        selby university", "team of scientists at the harbour institute"), the study's team, when the source ``name``
        is either; none while two such groups were named. A bare plural of the group's own noun is left to
        :meth:`_join_bare_group`, which joins it to the group holding it."""
        if name not in STUDY_TEAM_NOUNS and not self._research_team(name):
            return
        teams = [other for other in self.names if self._research_team(other)]
        for bare in STUDY_TEAM_NOUNS:
            if bare not in self.names or any(placed_plural(team) == bare for team in teams):
                continue
            if len(teams) == 1:
                self.named_later.setdefault(bare, teams[0])
            elif self.named_later.get(bare) in teams:
                del self.named_later[bare]

    def _research_team(self, name: str) -> bool:
        """Whether the source ``name`` is a group of a research trade placed at a body named in capitals (see
        :meth:`_join_study_team`)."""
        plural = placed_noun(name)
        return (plural is not None and RESEARCH_TRADE.fullmatch(plural) is not None
                and AT_NAMED_BODY.search(self.shown.get(name, "")) is not None)

    def _name_described_body(self, name: str) -> None:
        """Credit to the body ``name``, a source named by capitalised words ("The Kestorian Climate Panel said"), the
        one earlier source described in lower case by that name's last word and "of" what it is made of, which shares
        another word with it ("A panel of 40 climate scientists said": "climate"): the body, described before it was
        named; not one sharing no such word ("A panel of judges" is no "Harlow Ethics Panel")."""
        head = name.rpartition(" ")[2]
        if head not in COLLECTIVE_BODIES:
            return
        words = {word for word in name.split(" ")[:-1] if len(word) > 3 and word.isalpha()}  # "climate", not "of"
        holding = self._bodies.holding([head])
        described = [n for n in holding if n.startswith(f"{head} of ") and n not in self.named_later
                     and self.shown.get(n, "").islower() and words & set(n.split(" ")[2:])]
        if len(described) == 1 and not any(other.endswith(f" {head}") for other in holding if other != name):
            self.named_later[described[0]] = name  # and no other body so named: "the Harlow Climate Panel" too

    def _name_body_in_lower_case(self, name: str) -> None:
        """Credit to the body ``name``, a source named by capitalised words that end in a body's noun ("The Air
        Accident Investigation Bureau said"), the one earlier source written in lower case with the same last noun
        whose other words, but for how far its reach goes (``BODY_SCOPES``: "national"), are all words of the name
        ("The national air accident bureau said"): one body, first described, then named. Not when the name holds a
        word of reach the description lacks ("the state election commission" is no "Federal Election Commission"),
        nor while another body so named is in view."""
        words = name.split(" ")
        if words[-1] not in BODY_NOUNS:
            return
        holding = self._bodies.holding(words[-1:])
        scopes = BODY_SCOPES.intersection(words)
        described = [n for n in holding if n != name and n not in self.named_later and n.endswith(f" {words[-1]}")
                     and self.shown.get(n, "").islower() and scopes <= set(n.split(" "))
                     and set(n.split(" ")[:-1]) - BODY_SCOPES and set(n.split(" ")) - BODY_SCOPES <= set(words)]
        if len(described) == 1 and not any(other.endswith(f" {words[-1]}") and not self.shown.get(other, "").islower()
                                           for other in holding if other != name):
            self.named_later[described[0]] = name

    def _name_lone_overseer(self, name: str) -> None:
        """Credit to the body ``name``, a source named by capitalised words ending in the noun of an overseer a story
        has one of (``_LONE_OVERSEERS``: "The Energy Ombudsman said"), the earlier source written as that noun alone,
        in lower case ("The supplier was accused by the ombudsman of ..."): one ombudsman, first by its noun, then
        named; not while another name holding that noun was written ("the Water Ombudsman" too: either)."""
        head = name.rpartition(" ")[2]
        if head not in _LONE_OVERSEERS or head not in self.names or head in self.named_later:
            return
        if self.shown.get(head, head).islower() and not self._bodies.holding([head]) - {head, name}:
            self.named_later[head] = name

    def _name_the_body(self, want: list[str], name: str) -> None:
        """Credit to the body ``name`` the one earlier nameless body, written in lower case, that the words
        ``want`` describe ("government watchdog group" for "the group" or "the watchdog group")."""
        nameless = [n for n in self._bodies.holding(want[-1:]) if n not in self.named_later
                    and n.split(" ")[-1] == want[-1] and set(want) <= set(n.split(" "))
                    and self.shown.get(n, "").islower()]
        if len(nameless) == 1:
            self.named_later[nameless[0]] = name

    def _note_business(self, text: str, name: str) -> None:
        """Note ``name`` as a company when its span ``text`` describes it as a business, wherever in
        the sentence ("according to Orlin Airways, a regional airline", "the carmaker Velta Motors"), or names it
        with its legal form after a description ("the developer Baywater Holdings", see
        :func:`company_described_in_span`)."""
        written = without_heading(text.strip(EDGE)).strip(EDGE)
        found = (described_business(written) or company_described_in_span(written)
                 or described_business(_body_placed_at(written)))
        if found and normalise_source(last_group(found)) == name:
            self._note_company(name, display_source(last_group(found)), kind_of(found))
        investor = DESCRIBED_INVESTOR.fullmatch(written)
        if investor and normalise_source(investor.group(2)) == name and investing_firm(investor):
            self._note_company(name, display_source(investor.group(2)), " ".join(investor.group(1).lower().split()))
        investor = INVESTOR_DESCRIBED_AFTER.fullmatch(written)
        if investor and normalise_source(investor.group(1)) == name and investing_firm(investor, 1, 2):
            self._note_company(name, display_source(investor.group(1)), " ".join(investor.group(2).lower().split()))

    def _note_business_placed(self, text: str) -> None:
        """Note as a company the business that the span ``text`` of a person places them at and describes as one
        ("Tom Reyes of the firm Pellam Digital", "a researcher at the security firm Pellam Digital": see
        :func:`described_business`), though the person is the source: a later "the firm" means it."""
        for placed in _PLACED_AT_WORD.finditer(text):
            found = described_business(text[placed.end():])
            if found is not None and found.end() == len(text) - placed.end():
                self._note_company(normalise_source(last_group(found)), display_source(last_group(found)),
                                   kind_of(found))
                return

    def _note_kind(self, text: str, name: str) -> None:
        """Note the words the span ``text`` describes its source ``name`` with, when it reads "a <kind>, <name>"
        or "<name>, a <kind>", an owner's for the article too (see :data:`KIND_DESCRIPTION`: "A watchdog group, Civic
        Compass", "Kaye's agency, Northstar Models"; :meth:`add` gives a description set apart right after the span
        with it: "Pellam, the charity, said"), the name no person's ("Tessaly's agency, Tom Vell")."""
        parts = [p.strip(EDGE) for p in without_heading(text.strip(EDGE)).split(",")]
        if len(parts) != 2:
            return
        for description, other in (parts, parts[::-1]):
            found = KIND_DESCRIPTION.fullmatch(description)
            words = found.group(1).split() if found else []
            # "a spokesman for the group, Ilse Marrow" describes a person by a body, not a body; nor is a person named
            # after an owner's body ("Tessaly's agency, Tom Vell") the body
            owned = found is not None and description.split(" ")[0].lower() not in ("a", "an", "the")
            if (words and not JOINERS & set(words) and normalise_source(other) == name
                    and not (owned and is_given_name(other.split(" ")[0]))):
                self.body_kinds.setdefault(name, set()).update(words)

    def _note_trade_clause(self, text: str, name: str, after: str) -> None:
        """Note the trade a relative clause set apart after the span ``text`` of the body ``name`` says it plies
        ("Meridane Shipping, which operates the tanker, said": a "tanker operator", see :func:`trade_in_clause`), so
        that "the tanker operator", or a headline's "Tanker operator", joins it; a span holding a comma of its own
        ("Meridane Shipping, the firm") or written in lower case gives none."""
        words = [] if "," in text or not text.strip(EDGE)[:1].isupper() else trade_in_clause(after)
        if words:
            self.body_kinds.setdefault(name, set()).update(words)

    def _note_kind_before(self, text: str, name: str) -> None:
        """Note the words the span ``text`` describes its source ``name`` with before it, when it reads "<kind>
        <name>" with a trade, a firm's or a body's kind last ("Ferry operator Northlink", "Security firm Dunmore",
        "the human rights group Harbour Watch", "the NGO Carvel Watch": see ``KIND_BEFORE_NAME``; a country or other
        owner before it allowed, "Kestoria's state broadcaster KTV": see ``OWNER_BEFORE_KIND``) and the name as
        written after it (not "network President Tomas Ree"), so that "the ferry operator" or "the group" later
        joins it as "Northlink, the ferry operator" would; after "by" a document's maker so described ("A report by
        the heritage group Return Now")."""
        span = without_heading(text.strip(EDGE)).strip(EDGE)
        span = span[span.rfind(" by ") + len(" by "):] if " by " in span else span
        owner = OWNER_BEFORE_KIND.match(span)
        span = span[owner.end():] if owner else span  # "Kestoria's state broadcaster KTV": the kind after the owner
        found = KIND_BEFORE_NAME.match(span)
        if found is None:
            return
        words = found.group(1).lower().split()
        if ((trade_head(words[-1]) or words[-1] in BODY_KINDS or words[-1] == "ngo") and not JOINERS & set(words)
                and text_key(span[found.end():].strip(EDGE)) == name):
            self.body_kinds.setdefault(name, set()).update(words)

    def _country_ministry(self, bare: str, written: str) -> str | None:
        """The one ministry named before with a portfolio that the ministry ``bare``, written as a capitalised word of
        its country and "ministry" in lower case with no portfolio (``written``: "the Dalmori ministry"), may be:
        "Dalmori Defence Ministry", "dalmori foreign ministry"; ``None`` for none or two (the country's defence and
        foreign ministries), or for a portfolio's word ("the Health ministry"). A later mention of the country's own
        ministry seldom leaves its portfolio out but to mean the one named, accuser or not."""
        found = COUNTRY_MINISTRY.fullmatch(written.strip(EDGE))
        if found is None or found.group(1).capitalize() in PORTFOLIOS | {"Foreign"}:
            return None
        country = text_key(found.group(1))
        fuller = [name for name in self.names if (ministry := ministry_parts(name)) is not None
                  and ministry[0] == "ministry" and len(ministry[2]) > 1 and ministry[2][0] == country
                  and not {"and", "the"} & set(ministry[2])]  # nor two ministries credited together
        return fuller[0] if len(fuller) == 1 else None

    def _officials_of(self, key: str) -> str | None:
        """The one source named so far that is officials of the body ``key``, who speak as it ("officials at
        norbridge university" or "norbridge university officials" for "norbridge university"), or for such officials'
        ``key`` the body itself named so far; not those of another trade ("researchers at norbridge university", whose
        findings are no word of the body's). A name before their noun is one of two words or more, or in capitals
        ("fbi officials"): one word may be what is left of a longer name ("House officials" cut from "White House
        officials" is no officials of the House). Officials at a body by its kind's noun ("officials at the
        university") are those of the one body of that kind named (see :meth:`_kind_named`: "Vell University" said
        before) when it is a source. ``None`` for none or two."""
        found = OFFICIALS_OF_BODY.fullmatch(key)
        if found is not None:
            body = found.group(1) or found.group(2)
            named = self._kind_named(body, False) if found.group(1) in NAMED_KINDS else None
            body = body if named is None else text_key(named)
            return body if body in self.names and (found.group(1) or self._named_whole(body)) else None
        officials = [name for name, by_name in self._officials.get(key, ()) if not by_name or self._named_whole(key)]
        return officials[0] if len(officials) == 1 else None

    def _named_whole(self, key: str) -> bool:
        """Whether the body ``key`` is named in two words or more, or shown in capitals ("FBI"), so that the words
        before "officials" that are its name are no part cut from a longer name (see :meth:`_officials_of`)."""
        return " " in key or self.shown.get(key, "").isupper()

    def _local_force(self, key: str) -> bool:
        """Whether ``key`` names the police force of the place a wire dateline is filed from (see ``dateline_town``),
        as "the city's" or by the place's name: "city's police department" and "marlow police" of "MARLOW (AP) -"."""
        found = LOCAL_FORCE.fullmatch(key) if self.dateline_town is not None else None
        return found is not None and (found.group(1) is not None or self.dateline_town in found.group(2, 3))

    def _local_force_written_otherwise(self, bare: str) -> str | None:
        """The one source named before that is the dateline's place's police force, as ``bare`` is, written the other
        way (see :meth:`_local_force`): "marlow police" after "The city's police department said" under "MARLOW
        (AP) -", and back; ``None`` for none, two, or a story with no dateline."""
        if not self._local_force(bare):
            return None
        forces = [name for name in self.names if name != bare and self._local_force(name)]
        return forces[0] if len(forces) == 1 else None

    def _civic_body_shortened(self, bare: str) -> str | None:
        """The one body named so far whose name is the civic body's name ``bare`` (two words or more ending in a
        civic body's word, see ``CIVIC_NAME_WORDS``, or a body's kind, ``BODY_KINDS``, or a relief society's "Red
        Cross") after one or two capitalised words of where it works: "kestorian red cross" for "red cross",
        "kestorian heart foundation" for "heart foundation", "orsk mining group" for "mining group"; ``None`` for
        none or for two ("The Heart Foundation" after the Kestorian and the Orsk ones)."""
        words = bare.split(" ")
        if len(words) < 2 or not (words[-1] in CIVIC_NAME_WORDS or words[-1] in BODY_KINDS
                                  or RELIEF_SOCIETY_END.search(bare)):
            return None
        found = [name for name in self.names if name.endswith(f" {bare}") and name not in self.people
                 and 1 <= len(name.split(" ")) - len(words) <= 2
                 and all(word[:1].isupper() for word in self.shown.get(name, "").split(" ")[:-len(words)])]
        return found[0] if len(found) == 1 else None

    def _country_written_otherwise(self, bare: str) -> str | None:
        """The one source named before that ``bare`` names with its country written the other way, as an owner or as
        a nationality before the same words ("merevian navy" for "merevia's navy", and back; "chinese state media"
        for "china's state media"; see :func:`framing.source_places.same_country`); ``None`` for none, or for two."""
        first, _, rest = bare.partition(" ")
        owner = first[:-2] if first.endswith("'s") else None
        same = [name for name in self._after_first[owner is None].get(rest, ()) for other in [name.partition(" ")[0]]
                if (same_country(owner, other) if owner is not None else same_country(other[:-2], first))
                and (owner is not None or other.endswith("'s"))]
        return same[0] if len(same) == 1 else None

    def _seat_or_country(self, bare: str) -> str | None:
        """The one source named before that is the country whose capital is ``bare`` ("china" for "Beijing" after
        "China rejected ...") or the capital of the country ``bare`` ("beijing" for "China" after "Beijing
        rejected ..."), or its capital spelled another way ("kyiv" for "Kiev"), or that country's government written
        with its name, nationality or capital ("chinese government" for "China", and back): one government (see
        ``CAPITALS``, :func:`government_of`); ``None`` for none, or for two ("Turkey", "Türkiye")."""
        folded = without_accents(bare)
        country = government_of(folded)
        if country is None:
            return self._state_of_own_government(folded)
        same = {name for key, name in self._unaccented.items() if key != folded and government_of(key) == country}
        return same.pop() if len(same) == 1 else None

    def _state_of_own_government(self, folded: str) -> str | None:
        """The one source named before that is the government of the state ``folded`` names, or the state whose
        government it names, a state no list knows ("government of velmar" for "Velmar" after "The government of
        Velmar said ...", "velmar" for "Velmar's government", and back; see ``_OWNED_GOVERNMENT``): one government,
        after "of" or a possessive only ("The Labour government" may be a party's), the state written in capitals
        and no person's name nor surname; ``None`` for none or two."""
        owner = _owned_government(folded)
        if owner is not None:
            return self._unaccented.get(owner) if self._state_named(owner) else None
        same = {self._unaccented[key] for key in (f"government of {folded}", f"government of the {folded}",
                                                  f"{folded}'s government") if key in self._unaccented}
        return same.pop() if len(same) == 1 and self._state_named(folded) else None

    def _state_named(self, key: str) -> bool:
        """Whether the source ``key`` is shown in capitals, every word, and is no person's name nor surname: the
        name of a state whose government speaks for it."""
        shown = self.shown.get(key, "")
        return (bool(shown) and all(word[:1].isupper() for word in shown.split(" "))
                and key not in self.people and key not in self.surnames)

    def _another_of_its_kind(self) -> str | None:
        """Another of the one person by a role with no name that the source named last is ("Another official" after
        "One official said", "Another chief executive" after "A chief executive said": see ``ONE_BY_ROLE``), whom
        "Another" alone means: one more such person, a source apart, keyed as written with that role; ``None``
        where the source named last is no such person (a group's other member is the group: see ``ONE_OF_THEM``)."""
        last = next(reversed(self._mentioned), None)
        found = ONE_BY_ROLE.fullmatch(self.shown.get(last, "").strip(EDGE)) if last is not None else None
        if found is None or not person_role_noun(found.group(1).rpartition(" ")[2]):
            return None
        return f"Another {found.group(1)}"

    def _owned_in_full(self, bare: str) -> str | None:
        """The key of the one source so far that owns what the source ``bare`` owns, by a name in full whose last word
        is ``bare``'s owner, a single word in the possessive (see ``_OWNED_BY_ONE_WORD``): "ana dorr's office" for
        "dorr's office" after "Foreign Minister Ana Dorr's office said", the same person's office; ``None`` for
        none, for two such, or where another person known so far has that surname."""
        found = _OWNED_BY_ONE_WORD.fullmatch(bare)
        if found is None or bare in self.names:
            return None
        owner, owned = found.groups()
        fuller = [name for name in self._bodies.holding([f"{owner}'s", *owned.split(" ")])
                  if name.endswith(f" {bare}") and name.count(" ") == bare.count(" ") + 1]
        if len(fuller) != 1:
            return None
        person = fuller[0][:-len(bare) - 1] + f" {owner}"
        return fuller[0] if self._by_last.holding([without_accents(owner)]) <= {person} else None

    def _company_shortened(self, bare: str) -> str:
        """The one company whose short name ``bare`` is ("Acme" after "Acme Corp."), or whose name it starts (see
        :meth:`_company_first_word`), shown as the company was written; else ``bare``; never a company that a clause
        set apart after ``bare`` wrote as its owner ("Quarrystone, which is owned by Quarrystone Devices,": see
        :meth:`_see_owned_apart`), a firm apart."""
        owners = self._owned_by.get(bare, set())
        # a company's short name ("Acme" after "Acme Corp."), when no person has it
        short = [c for c in self._company_starts.holding(bare.split()[:1]) if short_for(c, bare) and c not in owners]
        if len(short) == 1:
            self.shown.setdefault(short[0], self.companies[short[0]])
            return self._spoken_as(short[0])
        company = None if short else self._company_first_word(bare)
        if company and company not in owners:
            self.shown.setdefault(company, self.companies.get(company) or self._acting_firms[company])
            return self._spoken_as(company)
        group = None if short else self._group_firm(bare)
        return group if group and group not in owners else bare

    def _of_trade(self, body: str, trade: str) -> bool:
        """Whether the business ``body`` may be of the ``trade`` a word before "company" or "firm" says (see
        ``COMPANY_TRADES``): its name or description says no trade, or the one that word goes with."""
        trades = self.kinds.get(body, set()) | TRADE_OF_NAME.get(body.rpartition(" ")[2], set())
        return not trades or bool(COMPANY_TRADES[trade] & trades)

    def _may_be_body(self, name: str, lenient: bool = False) -> bool:
        """Whether the source ``name`` may be a body a description means: a name shown in capitalised words, small
        words between them allowed ("Royal Bank of Scotland Group"; not "Conservation groups"), that is no
        person's, surname's, place's, country's, role's, group of people's, news agency's nor spokesperson's. A name
        read as a person's by its capitals alone (in two words or more, with no role but its description's, no "he"
        or "she" and no known given name first: "Ines Mallory, a crane operator" is a person) is a body when a company
        or when its words or its description say so ("General Motors", "Exile Watch", "Civic Compass, a watchdog
        group", "Daily Harbour", "United Nations" by a body's word of ``BODY_WORDS``; a trade's last word of
        ``TRADE_OF_NAME``, "Orlin Rail", which may be a surname after a given name, "Ruth Rail"; a broadcaster's last
        word, "Castlegate TV", "Ravenline Radio"), or, ``lenient``, whatever they say."""
        shown = self.shown.get(name, name)
        words = name.split(" ")
        described = self.body_kinds.get(name, set())
        named = (business_name_end(words) or words[-1] in _PLURAL_NAME_ENDS or words[-1] in TRADE_OF_NAME
                 or bool(set(words) & CIVIC_NAME_WORDS) or bool(set(shown.split(" ")) & BODY_WORDS)  # "United Nations"
                 or world_agency(name, shown)  # "World Food Programme"
                 or bool(described & (BODY_KINDS | CAUSE_GROUP_HEADS))  # "Energy Suppliers UK, the trade body"
                 or words[-1] in KIND_NAME_WORDS["broadcaster"]  # "Castlegate TV", "Ravenline Radio"
                 or "daily" in words  # "Daily Harbour", a newspaper
                 or name in self._kinds_written  # "Norcrest Ratings" of "The rating agency Norcrest Ratings"
                 or name in self._itself)  # "Orbital Works said it would fly"
        union = _UNION_NAMED_BY_MEMBERS.fullmatch(shown.strip()) is not None  # "Allied Logistics Workers"
        person = name in self.people and not (name in self.companies or union
                                              or (self._capitals_only(name) and (named or lenient)))
        return capitalised_body(shown) and not (
            person or name in self._personal or name in self.surnames or name in self.places
            or (plural_group(name) and not union)
            or name in NAMELESS_NOUNS or name in _OTHERS
            or government_of(without_accents(name)) is not None
            or name.rpartition(" ")[2] in PERSON_ROLES or name.endswith(" spokesperson")
            or role_head(name) in PERSON_ROLES  # "minister for vaccines": a person holding a post
            or name in _NEWS_AGENCIES or in_letters(name) is not None)

    def _may_describe(self, noun: str, body: str) -> bool:
        """Whether the description by ``noun`` ("carmaker", "group", "charity", "union") may mean the body ``body``
        by what its name and its descriptions say: a business noun a company or a body whose name says nothing of
        its kind ("Ford"), a trade's noun not a business of another trade or of one its name does not tell ("Orlin
        Airways" and "Velta Systems" are no carmaker); "group" or "organisation" any body
        but a state's or an outlet ("Harbour Authority", "Daily Ledger", "the regulator Ofwat", "the Pentagon" of
        ``STATE_BODIES``, "Axios" credited with a report); a civic body's noun one whose name says
        so ("Civic Watch Network", "Tax Foundation"), and so a civic group by its cause ("rights group": see
        :func:`civic_group_noun`); "union" one named as a union or federation; "agency",
        "network" or "campaign" one whose name says it is of that kind (see ``KIND_NAME_WORDS``: "Secret Service" is
        an agency, "Harbour Broadcasting Network" a network). No noun means a state's body of ``STATE_BODIES`` but
        "agency" one of its agencies (see ``STATE_AGENCIES``: "the FBI", not "the Pentagon")."""
        words = set(body.split(" "))
        state = without_accents(body).replace(".", "")
        if state in STATE_BODIES:  # "The Pentagon said ... The group denied": a state's body is no group nor company
            return ((noun == "agency" and state in STATE_AGENCIES)  # "The FBI said ... The agency said": the FBI
                    or (noun in _ORGANISATION_NOUNS and state in BODIES_OF_STATES))
        if (noun == "agency" and world_agency(body, self.shown.get(body, body))
                and not self.body_kinds.get(body, set()) & UNION_NAME_WORDS):
            # "The World Food Programme said ... The agency said": copy calls a world body's agency so; not a union in
            # capitals that "UN" opens ("UNISAR, the health workers' union"), which its description tells
            return True
        if noun == "watchdog" and self._regulator(body, words):
            return True  # "The Energy Markets Authority said ... The watchdog said": copy calls a regulator so
        if noun == "union":  # "teachers'" of its key too
            return bool({word.rstrip("'’") for word in words} & UNION_NAME_WORDS) or self._written_as(noun, body)
        if noun in PAPER_NOUNS:  # a newspaper's name ends in a masthead's word ("Kessel Post"; not "Post Office")
            return body.rpartition(" ")[2] in KIND_NAME_WORDS[noun] or body.startswith("daily ")
        if noun in KIND_NAME_WORDS:
            return bool(words & KIND_NAME_WORDS[noun]) or self._written_as(noun, body)
        work = agency_work(noun)
        if work is not None:
            # "the transit agency" a body whose name ends in the work ("Velmar Transit"), or holds a word of its
            # kind ("the weather service" of "the Meteorological Office")
            return body.rpartition(" ")[2] == work[0] or bool(words & work[1])
        if body in self._reporters:
            return False  # "Axios first reported the plan. The company did not respond": an outlet, not the firm
        last = body.rpartition(" ")[2]
        described = self.body_kinds.get(body, set())  # "watchdog group" of "Civic Compass, a watchdog group"
        business = (body in self.companies or business_name_end(body.split(" "))
                    or (" " in body and last in TECH_FIRM_ENDS)  # "Sonara Labs", no university's "Vell Lab"
                    or bool(LEGAL_FORM_END.search(body))
                    or body in self.kinds or bool(described & COMPANY_WORDS))
        civic = not business and (bool((words | described) & (CIVIC_NAME_WORDS | CIVIC_DESCRIPTIONS))
                                  or bool(described & CAUSE_GROUP_HEADS and described & CIVIC_GROUP_WORDS)
                                  or RELIEF_SOCIETY_END.search(body) is not None)  # "Kestorian Red Cross"
        if not (business or civic) and ((words | (described - {"agency"})) & STATE_OR_OUTLET_WORDS
                                        or last in SHARED_TRADE_ENDS  # "Homeland Security", no firm
                                        or public_care(body.split(" "))):  # "Marlshire Adult Social Care"
            # "Harbour Authority", "the regulator Ofwat": a state's body ("the aid agency ..." may not be), which an
            # organisation noun may mean, as it may any body but an outlet or a government itself
            return noun in _ORGANISATION_NOUNS and not words & OUTLET_NAME_WORDS and not _government_itself(body)
        if noun in ANY_BODY_DESCRIPTIONS:
            return True
        if noun == "watchdog":  # "Civic Watch Network"; not "Campaign for Police Standards", whose name says no watch
            return civic and bool(words & _WATCH_NAME_WORDS or any(
                _WATCH_NAME_WORDS & set(kind.split()) for kind in described) or self._written_as(noun, body))
        if noun in CIVIC_DESCRIPTIONS or civic_group_noun(noun):
            return civic
        # a trade said by a description or by the name's last word, unless one of any trade ("Velta Holdings")
        trades = self.kinds.get(body, set()) | TRADE_OF_NAME.get(last, set())
        if noun in NAMED_TRADES:
            return not civic and noun in trades  # "the ferry operator" of "Northlink Ferries" only
        told = bool(trades) or last in BUSINESS_NAME_ENDS - ANY_TRADE_ENDS
        return not civic and (noun in COMPANY_WORDS or noun in trades or not told)

    def _regulator(self, body: str, words: set[str]) -> bool:
        """Whether the source ``body`` (its name's ``words``) is a regulator by its name ("Kessel Energy Regulator",
        "Nuclear Safety Inspectorate", an authority, agency or board of what it oversees: "Energy Markets Authority";
        not "Harbour Authority", "Kessel Transport Authority", which run what they are named for: see
        ``_OVERSIGHT_NAME_WORDS``), or the text wrote or described it as a regulator ("the regulator Powerwatch",
        "Powerwatch, the energy regulator"), or wrote it fining or sanctioning another ("The Harbour Authority fined
        the operator": see :meth:`_see_regulating`)."""
        named = bool(words & REGULATOR_NAME_WORDS
                     or (words & KIND_NAME_WORDS["regulator"] and words & _OVERSIGHT_NAME_WORDS))
        return (named or body in self._regulating or self._written_as("regulator", body)
                or "regulator" in self.body_kinds.get(body, set()))

    def _of_trade_said(self, bare: str, accused: list[str], denial: bool) -> list[str]:
        """Those of the companies named only as the ``accused`` of an accusing verb (see ``_COMPANY_NAME``) that the
        trade's noun ``bare`` may mean in a ``denial`` though no description wrote them so, as "the company" would:
        "Ridgeline Homes" for "the developer" of "Tenants accused Ridgeline Homes of ignoring damp. A spokesman for the
        developer denied it.", whose name says a builder's trade (see :meth:`_may_describe`); none outside a denial,
        nor for a noun of no trade ("the group"), nor for a firm named otherwise ("Harlow Engines" of "cooperating with
        Harlow Engines" is no "manufacturer")."""
        if not denial or not (bare in NAMED_TRADES or trade_head(bare)):
            return []
        return [company for company in accused if self._may_describe(bare, company)]

    def _accuser(self, name: str) -> bool:
        """Whether the source ``name`` made an allegation and has denied nothing: a denial is not theirs."""
        return name in self.alleged and name not in self.denied

    def _denied_since_claim(self, name: str) -> bool:
        """Whether the source ``name`` made a claim in its last credited sentence and another source credited after
        it denied ("Velmar shelled a village, the Ministry of Defence of Ostria said. Velmar's Ministry of Foreign
        Affairs rejected the claim."), so that a denial now more likely goes on with that side than with ``name``. Its
        own spokesperson or officer denying ("tarnside water spokesperson" after "Tarnside Water said") is that side's
        own voice, no other source."""
        if name not in self._claimed_last:
            return False
        credited = list(self._credited)
        return any(other in self.denied and not _speaks_for(other, name)
                   for other in credited[credited.index(name) + 1:])

    def _company_first_word(self, bare: str) -> str | None:
        """The company whose name the one word ``bare`` starts ("velmora" of "velmora pharma ag"; or a firm by its
        name that was a sentence's subject, "northline" of "northline rail freight": see ``_acting_firms``), when it
        starts no other name seen so far (a source's or a company's: not "Apple" with "Apple Inc." and "Apple Daily")
        and was never written as a place or a person's surname."""
        starting = self._names_started(bare)
        firms = self.companies.keys() | self._acting_firms.keys()
        return next(iter(starting)) if starting is not None and len(starting) == 1 and starting <= firms else None

    def _names_started(self, bare: str) -> set[str] | None:
        """The names of sources, companies and firms (see ``_acting_firms``) seen so far that the one word ``bare``
        starts, a company and the short name it spoke as counted once ("orvane pharma inc", "orvane pharma"), no
        spokesperson's ("torrin spokesperson"); ``None`` when it was written as a place or a person's surname."""
        if " " in bare or bare in self.places or bare in self.surnames:
            return None
        acting = {n for n in self._acting_firms if n.startswith(bare + " ")}  # few: most texts note none
        starting = {n for n in self._bodies.holding([bare]) | self._company_starts.holding([bare]) | acting
                    if n.startswith(bare + " ") and not n.endswith(" spokesperson")}
        companies = starting & self.companies.keys()
        return starting - {short for company in companies for short in self._short_names(company)} - {
            firm for firm in acting if any(short_for(company, firm) for company in companies)}

    def _chief_of_headline(self, person: str, text: str, after: str) -> None:
        """Credit to ``person`` the headline's "<Firm> CEO" (a source named in the first sentence only: "Quillon CEO
        defends data policy") when the span ``text`` or what follows it (``after``) names the person as that firm's
        chief executive ("Quillon's chief executive, Rafe Delacroix", "Rafe Delacroix, Quillon's chief executive,");
        with two people so named, neither."""
        written = fold_apostrophes(text + after)
        surname = person.rpartition(" ")[2]
        at = written.lower().find(surname)
        found = FIRM_CHIEF_BEFORE.match(text.strip(EDGE)) or (
            FIRM_CHIEF_AFTER.match(written, at + len(surname)) if at >= 0 else None)
        if found is None:
            return
        firm = text_key(found.group(1) or found.group(2))
        for role in (f"{firm} ceo", f"{firm} chief executive"):
            if self._mentioned_at.get(role) != 1:
                continue  # no source of the headline's alone
            if self._headline_chiefs.setdefault(role, person) == person:
                self.named_later[role] = person
            else:
                self._headline_chiefs[role] = ""  # a second chief executive: the headline may mean either
                self.named_later.pop(role, None)

    def _note_group_firm(self, name: str, after: str) -> None:
        """Note the source ``name`` as a firm's when it is a word, not a body's or a civic group's, and "group",
        and "it" comes just after the cue that follows it (``after``: "Harlow Group said it would appeal"), as of a
        business ("Harbour Rights Group", "Harlow Group said they" stay apart), or a word that is no known given name
        and any other word, followed by a firm's step (see ``ACTED_AS_FIRM``: "Brennor Optics said it would cut 300
        jobs", a trade not of ``FIRM_NAME_ENDS``, no person's surname), or a club's word and a word that ends only a
        club's name ("Marlow United", as sport copy then writes "Marlow say": see ``CLUB_ONLY_ENDS``): its first word
        alone later joins it (see
        :meth:`_group_firm`), and it is no person. It is noted as no company: "Group" names civic bodies too, and
        "the company" keeps its reading."""
        words = name.split(" ")
        pronoun = CUE_THEN_PRONOUN.match(after)
        said_it = pronoun is not None and pronoun.group(1).lower() == "it"
        if (len(words) == 2 and (words[1] == "group" and said_it or words[1] in CLUB_ONLY_ENDS
                                 or ACTED_AS_FIRM.match(after) is not None and not is_given_name(words[0]))
                and words[0] not in BODY_NOUNS and words[0] not in CIVIC_NAME_WORDS):
            self._group_firms.setdefault(words[0], name)

    def _group_firm(self, bare: str) -> str | None:
        """The firm noted by :meth:`_note_group_firm` whose first word is the one word ``bare`` ("harlow group" of
        "harlow"), when that word starts no other name seen so far (a source's or a company's) and was never written
        as a place or a person's surname ("Harlow said" after "a court in Harlow" stays apart); or the club so noted by
        :meth:`_see_clubs_by_people`, which need not have spoken, where the word starts no name at all."""
        firm = self._group_firms.get(bare)
        if firm is None or bare in self.places or bare in self.surnames:
            return None
        starting = {n for n in self._bodies.holding([bare]) | self._company_starts.holding([bare])
                    if n.startswith(bare + " ") and not n.endswith(" spokesperson")}
        # a club named only before its player's role ("Wexley Town midfielder Darnell Oyelaran"), a source of none
        return firm if starting == {firm} or (not starting and firm in self._clubs_by_people) else None

    def _may_be_company(self, short: str) -> bool:
        """Whether the source ``short`` may be a company's short name: no person on evidence, written with a role
        or title ("Mr Charles Schwab", "Orvane, the chief executive": see :meth:`_one_word_person`), credited with
        a sentence that writes a "he" or "she" that may stand for it ("Ralph Lauren said he would step down"; see
        :meth:`_may_mean`) or joined by a short name
        ("Lauren"). Capitalised words alone read as a personal name are no evidence ("Goldman Sachs", "Wells
        Fargo", "Acme Robotics")."""
        roles = self.people.get(short)
        return roles is None or not (roles or " " not in short or short in self._personal)

    def _spoken_as(self, company: str) -> str:
        """The source ``company`` spoke as: its first word when that spoke before its full name (see
        ``spoke_as``), else the first of its short names that was a source before it and no person's (see
        :meth:`_short_names` and :meth:`_may_be_company`: "orvane pharma" for "orvane pharma inc", not "Mr
        Charles Schwab" for "charles schwab corp"), else ``company`` itself."""
        return self.spoke_as.get(company) or min(filter(self._may_be_company, self._short_names(company)),
                                                 key=self.names.__getitem__, default=company)

    def _short_names(self, company: str) -> list[str]:
        """The sources seen so far that are ``company`` without legal forms at its end ("acme" of "acme
        corp"), found among its beginnings that end before a space in its legal forms at its end (a long name's every
        beginning, cut out, was quadratic in its length)."""
        forms = COMPANY_FORM_END.search(company)
        if forms is None:
            return []
        starts = (company[:at] for at in range(forms.start(), len(company)) if company[at].isspace())
        return [start for start in starts if start in self.names and short_for(company, start)]


def _speaks_for(source: str, body: str) -> bool:
    """Whether the source key ``source`` is a role of ``body``'s, its spokesperson or officer ("tarnside water
    spokesperson", "tarnside water chief executive" of "tarnside water"); not another body whose name starts so
    ("tarnside water board")."""
    role = source[len(body) + 1:] if source.startswith(f"{body} ") else ""
    return bool(role) and role.rpartition(" ")[2] in PERSON_ROLES
