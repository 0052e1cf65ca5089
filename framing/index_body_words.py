"""The words and patterns of bodies the source index reads: companies, firms, clubs, banks, unions, police
forces, ministries, agencies, trades and kinds of body, and the readers of a body's name in a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from .given_names import is_given_name
from .index_name_words import (
    CAUSE_GROUP_HEADS,
    NAME_WORD,
    NAMES_KEPT,
    OPENING_WORDS,
    PARTY_MEMBERS,
    SPELLED_WORD,
    STATE_OFFICES,
    US_STATE_NAMES,
    capitalised_parts,
    person_role_noun,
    rank_key,
    role_words,
)
from .person_names import given_surname
from .source_keys import text_key, to_first_capital
from .source_kinds import is_role
from .source_places import CAPITALS, government_of, ministry_parts, same_country
from .source_words import (
    CIVIC_NAME_WORDS,
    AGE_ALONE,
    BODY_KINDS,
    BODY_NOUNS,
    BROADCASTER_NAME_ENDS,
    BUSINESS_DESCRIPTIONS,
    BUSINESS_NAME_ENDS,
    CIRCUMSTANCES,
    CIVIC_DESCRIPTIONS,
    CLUB_ONLY_ENDS,
    COMPANY_WORDS,
    COUNTRIES,
    DOCUMENTS,
    EDGE,
    FIRM_NAME_ENDS,
    HEADLINE_SMALL_WORDS,
    INSTITUTIONS,
    INVESTOR_NAME_ENDS,
    LEGAL_FORM_END,
    LEGAL_FORMS,
    LONE_MODIFIERS,
    MONTHS,
    NOT_A_NAME_START,
    NOT_AN_OWNER,
    ONE_WORD_MAKER,
    OWNED_BODY_NOUNS,
    PAPER_NAME_WORDS,
    PERSON_ROLES,
    PLAIN_ROLE_WORDS,
    PRIVATE_PERSONS,
    PRONOUNS,
    RANK_ALONE,
    RANK_MODIFIERS,
    SAID_THEN,
    SHARED_TRADE_ENDS,
    TITLE_NOUNS,
    TRADE_KINDS,
    TRADES,
    WEEKDAYS,
)
from .sources import normalise_source
from .textchars import case_blind, fold_apostrophes

#: Nouns of a document a body or person issues and speaks through ("its note verbale", "their joint letter", "her
#: reply", and local copy's "a news release", "a Facebook post", "an email to parents"): see :meth:`SourceIndex.add`.
ISSUED = (r"(?:notes?(?:\s+verbales?)?|communiqu[eé]s?|submissions?|responses?|repl(?:y|ies)|releases?|posts?|"
           rf"e-?mails?|{DOCUMENTS})")

#: A name's possessive before a document, "the" perhaps first ("the Regional Schools Inspectorate's report", "Yusuf
#: Delacroix's findings"): capitalised words, up to six, the name in group "owner", the document after it (see
#: ``_ISSUED_PHRASE``) read with :data:`ISSUED_AT`.
OWNER_OF_DOCUMENT = re.compile(r"(?<![\w'’&.-])(?:[Tt]he\s+)?"
                                r"(?P<owner>[A-Z][\w&.-]*(?:\s+(?:of\s+)?[A-Z][\w&.-]*){0,5})['’]s?\s+(?=\S)")

#: A sentence opening with "The" and a body's noun as its subject ("The company plans to file ...", "The ministry
#: will review ..."; group 1 the noun), whose nameless spokesperson set after it speaks for that body.
BODY_SUBJECT_OPENING = re.compile(r"[\s\"“]*(?:The|the)\s+([a-z]+)\s+(?!said|says|told)[a-z]")

#: A sentence opening with a body described in lower-case words, "the" and a body's noun last ("The competition
#: authority fined ...", "the state rail company has ..."; group 1 the body), a lower-case verb after it: whose own
#: document "its" means (see :func:`its_document_owner`).
DESCRIBED_BODY_OPENING = re.compile(rf"[\s\"“]*((?:The|the)\s+(?:[a-z][\w-]*\s+){{0,2}}?"
                                     rf"(?:{'|'.join(sorted(BODY_NOUNS))}))\s+(?!(?:and|or|of)\s)[a-z]")
#: Such a sentence opening with two bodies' nouns joined ("The company and the union agreed ..."): a nameless
#: spokesperson set after it may speak for either.
TWO_BODIES_OPENING = re.compile(rf"[\s\"“]*(?:The|the)\s+({'|'.join(sorted(BODY_NOUNS))})\s+(?:and|or)\s+"
                                 rf"(?:the\s+)?(?:{'|'.join(sorted(BODY_NOUNS))})\b")

#: Common nouns that end many firms' names but not only firms' ("Cardwell Health", and "the Ministry of Health"), so
#: no business's end of ``BUSINESS_NAME_ENDS``: a name of capitalised words ending in one that acted may be the firm
#: a later "the company" means (see :meth:`SourceIndex.see_capitals_subject`), where a name ending in a word of no
#: such kind is a person's ("Nkechi Obi") or a place's ("Kessel County"). Not ``FIRM_NAME_ENDS``, the last words of
#: only a firm's name ("Ridgeline Homes", "Northvale Housing"): such a name is a firm's outright, a subject that acted
#: being noted by :meth:`SourceIndex.see_body`, and its first word alone joins it.
FIRM_LIKE_ENDS = frozenset("""health care services solutions products works resources goods supplies hospitality
    retail""".split())

#: A document written with a body's noun before it, perhaps "a" or "the" first ("A ministry statement", "the government
#: report", "according to agency figures"; group 1 the noun, group 2 the document): the own of the body "the ministry"
#: means, as "the ministry's statement" is.
BODY_DOCUMENT = re.compile(rf"(?:(?i:an?|the)\s+)?((?i:[a-z]+))\s+((?i:{ISSUED}))")
#: Of those documents, the ones a body only speaks through, whose word is the body's own ("statement", "release",
#: "reply"; not "report" or "figures", which may be another body's study of it): "A police statement said" is the
#: police's word, as "Police said" is.
BODY_CHANNEL = re.compile(r"(?i:statements?|releases?|communiqu[eé]s?|responses?|repl(?:y|ies))")
#: Nouns of a sports body, none a state's nor a kind of ``BODY_NOUNS``, which write a document of that body before
#: it as those do ("A club statement said" after "Harbour City FC were docked six points": the club's, as "the club's
#: statement" is; "a federation statement", "a league statement").
_SPORTS_BODY_NOUNS = frozenset("club federation league".split())
DOCUMENT_OWNER_NOUNS = BODY_NOUNS | _SPORTS_BODY_NOUNS
#: The words of a name ending in a trade a state's body's name ends with too that make it the state's ("Ministry of
#: Defence", "Homeland Security": see :func:`business_name_end`).
_STATE_TRADE_WORDS = BODY_NOUNS | frozenset("homeland state national public internal civil social home of".split())
#: A body's noun alone with "the" ("The league", "the council"), as a sentence's subject (group 1 the noun): see
#: :meth:`SourceIndex._see_body_by_noun`.
BODY_BY_NOUN = re.compile(rf"the\s+({'|'.join(sorted(DOCUMENT_OWNER_NOUNS))})", re.I)

#: A state's body owned by "its" or "their" alone, capitalised or not ("Its Foreign Ministry", "its defence
#: ministry", "Its Ministry of Defence", "Its embassy in Kestoria", "Its armed forces"): the state's body of the one
#: source credited just before, or of the state the sentence before wrote of (see :meth:`SourceIndex.see_state`), as
#: "Its spokesman" is its spokesperson (see :meth:`SourceIndex._spokesperson_of_its`).
ITS_MINISTRY = re.compile(r"(?i:its|their)\s+(?:[A-Za-z]+\s+){0,2}?(?i:ministry|department|embassy|consulate|"
                          r"armed\s+forces|army|navy|air\s+force|military)(?:\s+(?:of|in|to)\s+[\w\s]+)?")
#: A state's body named by its state's possessive, as shown ("Ostria's embassy in Bresk", "Kelvar's foreign ministry",
#: "Tessaly's Foreign Ministry"): group 1 the state, whose body, not the embassy's or ministry's, a state's body owned
#: by "its" after it is ("Its foreign ministry in Kallan" after "Ostria's embassy in Bresk rejected the accusation").
STATE_BODY_OWNER = re.compile(r"(.+?)['’]s\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?i:ministry|embassy|consulate|mission|"
                              r"government)(?:\s+(?:of|in|to)\s+[\w\s]+)?")
#: A bank's name, capitalised words ending in "Bank" or, after "the", "central bank" ("Dravik Bank", "the Velmaran
#: Central Bank", "the Velmar central bank"; group 1, "the" left out; not "Former central bank governor" nor "Many
#: central bank officials"), not a place's ("the West Bank") nor a word that opens a sentence ("But Dravik Bank"), as
#: in ``_BANK_NOT_NAME``: a body of ``NAMED_KINDS``.
_BANK_NOT_NAME = ("West|East|North|South|Left|Right|River|The|A|An|But|And|Yet|So|In|On|At|By|For|From|With|As|"
                  "Its|Their|His|Her|When|If|After|Before")
_BANK_NAME = re.compile(rf"(?<![\w'’&.-])(?:[Tt]he\s+|(?!(?:[A-Z][\w'’&.-]*\s+){{1,3}}central\s))"
                        rf"((?:(?!(?:{_BANK_NOT_NAME})\s)[A-Z][\w'’&.-]*\s+){{1,3}}"
                        r"(?:Bank|central\s+bank))(?![\w'’-])")
#: A company's name with its legal form or a last word only a firm's name ends with (see ``FIRM_NAME_ENDS``) as the one
#: an accusing verb names ("Dravik Corp" of "The board accused Dravik Corp of hiding losses", "sued Orvane Holdings
#: Ltd.", "fined Orsk Mining", "is suing Orsk Mining", or the subject after "alleges that" or "claims that":
#: "Marlowe alleges that Crestline Records breached her contract"; group 1, "the" and a stop after the form left
#: out), under the same words as ``_BANK_NAME``, not one of several: the accused, whom a later "the company"
#: answering means though it opened no sentence.
#: Forms that are other words too ("Co", "AG", "SA") are left to ``COMPANY``; a company named otherwise in passing
#: ("which supplies Acme Corp.", "Analyst Jo Park of Initech Inc.") counts for no "the company".
_COMPANY_NAME = re.compile(r"\b(?:accused|sued|suing|fined|charged|blamed|penali[sz]ed|sanctioned|censured|"
                           r"(?:alleges|alleged|claims|claimed|contends|contended)\s+that)\s+(?:the\s+)?("
                           rf"(?:(?!(?:{_BANK_NOT_NAME})\s)[A-Z][\w'’&.-]*\s+(?:&\s+)?){{1,4}}"
                           r"(?:Corp|Corporation|Inc|Ltd|Limited|LLC|LLP|PLC|plc|Plc|GmbH|"
                           rf"{'|'.join(sorted(end.title() for end in FIRM_NAME_ENDS))}))(?![\w-])"
                           r"(?!\.?(?:,\s*|\s+(?:and|or|&)\s+)[A-Z])")  # "accused Dravik Corp and Orvane Inc": neither
#: A firm's name of two to four capitalised words whose last only a firm's name ends with (see ``FIRM_NAME_ENDS``:
#: "Stahlwerk Motors", "Orvane Shipyards"), written anywhere; group 1 its first word, the short name copy may call it
#: by later ("Stahlwerk said"), not a word that opens a sentence nor a place's (``_BANK_NOT_NAME``).
FIRM_FIRST_WORD = re.compile(rf"(?<![\w'’&.-])(?!(?:{_BANK_NOT_NAME})\s)"
                              rf"([A-Z][\w'’&-]*)(?:\s+[A-Z][\w'’&-]*){{0,2}}"
                              rf"\s+(?:{'|'.join(sorted(end.title() for end in FIRM_NAME_ENDS))})(?![\w'’-])")
#: A capitalised word of a body's name, no word that opens a sentence nor a place's (``_BANK_NOT_NAME``).
_BODY_WORD = rf"(?!(?:{_BANK_NOT_NAME})\s)[A-Z][\w'’&.-]*"
#: The letters that end a football club's name ("Harbour City F.C.", "Dunmore AFC", "Real Oviedo CF"), as
#: keys: a club that "the club" heads.
CLUB_ENDS = frozenset("fc f.c afc a.f.c cf c.f".split())
#: Words of a sports club's name, those letters or a word that football and other clubs end their names with
#: ("Harbour City", "Dunmore Rovers", "Kessel United"), as keys: "the club" may mean a body so named, credited
#: just before it (see ``KIND_NAME_WORDS``).
CLUB_NAME_WORDS = CLUB_ENDS | frozenset("""club united city town county rovers wanderers athletic albion
    rangers""".split())
#: Of those, the words copy calls a club by alone ("United", "City", "Rovers"), as keys: not "club" nor its letters.
CLUB_SHORT_NAMES = CLUB_NAME_WORDS - CLUB_ENDS - {"club"}
#: Verbs that accuse or punish, and just after one ("charged Kessel United", "fined Dunmore Rovers"): its object.
_ACCUSING_VERBS = tuple("accused sued fined charged blamed penalised penalized sanctioned censured punished".split())
_AFTER_ACCUSING = "(?:" + "|".join(f"(?<={verb} )" for verb in _ACCUSING_VERBS) + ")"
#: The last word of a club's name: "Club" or a club's letters ("FC", "A.F.C."), and one only clubs end theirs with
#: ("United", "Rovers": see ``CLUB_ONLY_ENDS``).
_CLUB_LETTERS = r"(?:Club|FC|AFC|CF|F\.C\.|A\.F\.C\.|C\.F\.)"
_CLUB_ONLY_END = rf"(?:{'|'.join(sorted(word.title() for word in CLUB_ONLY_ENDS))})"
#: A club's name for ``NAMED_KINDS``, "the" left out: capitalised words ending in "Club" or a club's letters
#: ("Harbour City FC", "Dunmore A.F.C.", "Kessel Rowing Club"), which say it is one wherever it is named, or in a word
#: only clubs end their names with after a verb that accuses or punishes ("The league charged Kessel United", not
#: "City" nor "County", which places end theirs with): the accused club, whom a later "the club" answering means.
_CLUB_NAME = re.compile(rf"(?<![\w'’&.-])(?:[Tt]he\s+)?((?:{_BODY_WORD}\s+){{1,3}}{_CLUB_LETTERS}"
                        rf"|{_AFTER_ACCUSING}(?:{_BODY_WORD}\s+){{1,3}}{_CLUB_ONLY_END}"
                        # "charged Kessel United and Dunmore Rovers": neither
                        r"(?!,\s*[A-Z]|\s+(?:and|or|&)\s+[A-Z]))(?![\w-])")
#: What a club's players and staff are written as before their names ("striker", "boss"): a name ending in a club's
#: word just before one is the club's (see ``CLUB_BY_ITS_PEOPLE``).
_CLUB_PEOPLE = ("striker|forward|winger|midfielder|defender|goalkeeper|keeper|playmaker|full-back|centre-back|"
                "center-back|left-back|right-back|wing-back|substitute|captain|skipper|boss|coach|head coach")
#: A club's name, capitalised words ending in any word of a club's name ("Wexley Town", "Harbour City", "Kessel
#: United"; group 1), written just before one of its players or staff by their role in lower case and their name
#: ("Wexley Town midfielder Darnell Oyelaran", "Harbour City boss Ana Ruiz"), as sports copy writes them: the name is
#: a club's, not a place's, so its first word alone, as copy then calls it ("Wexley said ..."), joins it (see
#: :meth:`SourceIndex._group_firm`); "manager" counts after a word only clubs end their names with ("Kessel United
#: manager Tom Vask"), not after "City" or "Town", a town's manager too.
CLUB_BY_ITS_PEOPLE = re.compile(
    rf"(?<![\w'’&.-])((?:{_BODY_WORD}\s+){{1,3}}(?:(?:City|Town|County)(?=\s+(?:{_CLUB_PEOPLE})\s)"
    rf"|{_CLUB_ONLY_END}(?=\s+(?:{_CLUB_PEOPLE}|manager|chairman|chairwoman)\s)))\s+[a-z-]+(?:\s+coach)?\s+[A-Z]")
#: A club's name by its words wherever written, "the" left out, ending in either ("Harlow Rovers", "Kessel United FC";
#: group 1): a headline's "club" under it may mean it (see :meth:`SourceIndex._club_in_view`).
CLUB_WRITTEN = re.compile(rf"(?<![\w'’&.-])((?:{_BODY_WORD}\s+){{1,3}}(?:{_CLUB_LETTERS}|{_CLUB_ONLY_END}))(?![\w-])")


def _state_body_name(kind: str, more: str = "") -> re.Pattern[str]:
    """A name of a body of a state's ``kind``, group 1, "the" left out: capitalised words ending in the kind's word,
    one "of" or "of the" between two of them allowed ("Harlow Police Department", "Port of Vell Authority": not "Vell
    Authority" alone, which "the authority" would then mean apart from the port's), or the word and "of" a portfolio,
    capitalised words before it or not ("Department of Justice", "Ministry of Trade and Industry", "International
    Federation of Rowing"), or ``more``, a pattern of another way to name one."""
    portfolio = rf"\s+of\s+(?:the\s+)?(?:{_BODY_WORD}\s+(?:(?:and|&)\s+)?){{0,2}}{_BODY_WORD}"
    words = rf"{_BODY_WORD}\s+(?:of\s+(?:the\s+)?{_BODY_WORD}\s+)?(?:{_BODY_WORD}\s+){{0,2}}"
    return re.compile(rf"(?<![\w'’&.-])(?:[Tt]he\s+)?({words}{kind}(?:{portfolio})?|{kind}"
                      rf"{portfolio}{more})(?![\w-])")


def _named_before_lower_kind(kind: str) -> re.Pattern[str]:
    """A name of a body of ``kind`` written in lower case after it, group 1, "the" left out: one to three capitalised
    words, up to two lower-case words of its trade, and the kind's word ("Fennick water utility" of "the Fennick water
    utility", "Orlan steel plant"), a body a later "the utility" or "the plant" means."""
    trade = r"(?!(?:the|a|an|of|and|or|in|on|at|its|their)\s)[a-z][\w-]*\s+"
    return re.compile(rf"(?<![\w'’&.-])(?:[Tt]he\s+)?((?:{_BODY_WORD}\s+){{1,3}}(?:{trade}){{0,2}}{kind})(?![\w'’-])")


#: Outlets a name or handle is written after ("the gossip account @StarSpill"), kinds of ``NAMED_KINDS``.
NAMED_OUTLET_KINDS = frozenset("account website blog channel".split())


def _outlet_named_after(kind: str) -> re.Pattern[str]:
    """A name or handle written just after an outlet's ``kind`` in lower case, group 1: "@StarSpill" of "the gossip
    account @StarSpill", "PopWire" of "the celebrity website PopWire", up to two lower-case words of what it is
    about before the kind; an account, a website, a blog or a channel a later "the account" means. A name is one
    only before a stop, a comma, a preposition of time or a verb of its telling, not "Tom Vask" of "the account Tom
    Vask ran", a person's."""
    about = r"(?!(?:the|a|an|of|and|or|in|on|at|its|their|his|her|same|other|own)\s)[a-z][\w-]*\s+"
    return re.compile(rf"(?<![\w'’-])(?:[Tt]he|[Aa]n?)\s+(?:{about}){{0,2}}{kind}\s+"
                      r"(@\w+|(?:[A-Z][\w'’&.-]*\s+){0,2}[A-Z][\w'’&-]*(?=[,.;:)]|\s*$|\s+(?:on|in|at|last|this|"
                      r"which|that|said|says|reported|posted|claimed|has|had|was|is)\b))(?![\w'’-])")


#: Words before "agency" or "authority" in lower case that say nothing of one body's work ("the same agency", "the news
#: agency", "a leaked agency memo"): see :func:`_worked_kind`.
_NOT_A_WORK = "|".join(sorted(LONE_MODIFIERS | HEADLINE_SMALL_WORDS | {
    "news", "same", "other", "another", "each", "every", "which", "whose", "this", "that", "its", "their", "his", "her",
    "our", "your", "my", "no", "any", "former", "latter", "said", "local"}))


def _worked_kind(kind: str) -> str:
    """``_state_body_name``'s other way to name a body of ``kind`` (lower case): after "the", one or two lower-case
    words of its work and the kind's noun, no name after it ("the port authority", "the regional environment agency";
    not "the same agency" nor "the rating agency Norcrest Ratings", whose name a later "the agency" means), a body a
    later "the authority" or "the agency" means, as "the finance ministry" is for "the ministry"."""
    return rf"|(?<=[Tt]he\s)(?:(?!(?:{_NOT_A_WORK})\s)[a-z][a-z-]*\s+){{1,2}}{kind}(?!\s+[A-Z\d])"


#: A country's ministry with no portfolio, its country in a capitalised word, "the" or not, and "ministry" in lower
#: case ("the Dalmori ministry"; group 1 the country's word): see :meth:`SourceIndex._country_ministry`.
COUNTRY_MINISTRY = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w-]+)\s+ministry")
#: A ministry's other names for ``_state_body_name``: its country after its portfolio ("Ministry of Trade of Ostria"),
#: or its portfolio in lower case ("Russia's defence ministry", "a defence ministry engineer"), a ministry too; not a
#: word of how secret or new the thing after it is (see ``LONE_MODIFIERS``: "a leaked ministry memo" names none), nor a
#: small word (``HEADLINE_SMALL_WORDS``: "according to ministry figures" names no ministry "according to").
_NOT_A_PORTFOLIO = "|".join(sorted(LONE_MODIFIERS | HEADLINE_SMALL_WORDS))
_MINISTRY_MORE = (rf"(?:\s+of\s+(?:the\s+)?{_BODY_WORD})?|(?:{_BODY_WORD}\s+)?"
                  rf"(?:(?!(?:{_NOT_A_PORTFOLIO}|its|their|this|that|his|her|our)\s)[a-z]+\s+){{1,2}}ministry")
#: Last words of a body whose name holds a force's ("Independent Police Conduct Authority", "Kestorian Police
#: Federation"): no police force, but one that oversees or speaks for officers.
_NOT_A_FORCE = "Authority|Federation|Association|Commission|Union|Board|Council|Committee|Ombudsman|Academy|College"
#: A police force's name for ``NAMED_KINDS``, "the" left out: capitalised words, no weekday nor month among them,
#: then "police" or "Constabulary" ("Calder Bay police", "Israeli police", "Harlow Police Department", a British
#: force's "Eastmarch Constabulary"), or a lower-case word for another force than the local one ("state police",
#: "military police"), which counts as a second force, or the local force owned by "the city's" or "the town's" ("the
#: city's police department"); not the words of a body named after forces (see ``_NOT_A_FORCE``).
_POLICE_NAME = re.compile(rf"(?<![\w'’&.-])(?:[Tt]he\s+)?("
                          rf"(?:(?:(?!(?i:{WEEKDAYS}|{MONTHS})\b){_BODY_WORD}\s+){{1,3}}|"
                          r"(?:state|county|federal|national|military|border|transit|tribal|campus)\s+)"
                          r"(?:[Pp]olice(?:\s+(?:Department|Service|Force))?|Constabulary)"
                          r"|(?:city|town|village|borough)['’]s\s+police(?:\s+(?:department|service|force))?)"
                          r"(?![\w-])"
                          rf"(?!\s+(?:[A-Z][\w'’-]*\s+){{0,2}}(?:{_NOT_A_FORCE}))")
#: A key of a police force written by its place, in one or two words, and "force" (group 1 the place): "orwick force"
#: of "The Orwick force says" (see :meth:`SourceIndex._force_of_place`).
PLACE_FORCE = re.compile(r"([a-z][\w'’-]*(?: [a-z][\w'’-]*)?) force")
#: A key of people who speak for a body, as officials at it or of it (group 1) or by its name before their noun (group
#: 2): "officials at norbridge university", "senior officials of the ministry", "dravik bank executives".
OFFICIALS_OF_BODY = re.compile(r"(?:[a-z]+\s+)?(?:officials|executives|administrators|spokespeople|representatives)"
                                r"\s+(?:at|of|from|with)\s+(?:the\s+)?(.+)"
                                r"|(.+?)\s+(?:officials|executives|administrators)")
#: A key of a place's own police force, owned by "the city's" or "the town's" or written "city police" (group 1), or
#: named by a place in one or two words (group 2, or group 3 after "police in"): "city's police department", "marlow
#: police", "port vell police service", "police in marlow" (see :meth:`SourceIndex._local_force`).
LOCAL_FORCE = re.compile(r"(?:((?:city|town|village|borough)(?:['’]s)?)|([a-z][\w'’-]*(?: [a-z][\w'’-]*)?))"
                          r" police"
                          r"(?: department| service| force)?|police in ([a-z][\w'’-]*(?: [a-z][\w'’-]*)?)")
#: A cue and "it" with a firm's step after it ("said it would cut 300 jobs", "said on Monday it plans to"), a day
#: allowed between: what a business says of itself, which a person's "said it" seldom opens so.
ACTED_AS_FIRM = re.compile(rf"\s+{SAID_THEN}(?:(?:on\s+(?:{WEEKDAYS})|yesterday|today|last\s+week)\s+(?:that\s+)?)?"
                            r"it\s+(?:would|will|plans|planned|expects|expected|had agreed|has agreed)"
                            r"\s+(?:to\s+)?(?:cut|close|buy|sell|acquire|hire|lay|shut|invest|merge|list|build|launch|"
                            r"recall|resume|suspend)\b", re.I)

#: An event's name, "the" left out: capitalised words ending in a word that names an event ("Brightwater Film
#: Festival", "Orsk Marathon", "Kessel Book Fair"; group 1), whose organisers speak for it (see
#: :meth:`SourceIndex._event_organised`).
EVENT_NAME = re.compile(rf"(?<![\w'’&.-])(?:[Tt]he\s+)?((?:{_BODY_WORD}\s+){{1,4}}(?:Festival|Marathon|Fair|Expo|"
                         r"Carnival|Biennale|Olympics|Games|Championships?|Tournament|Parade|Summit))(?![\w-])")
#: The words one of which an event's name ends with (see ``EVENT_NAME``): a sentence holding none names no event.
EVENT_WORD = re.compile(r"Festival|Marathon|Fair|Expo|Carnival|Biennale|Olympics|Games|Championship|Tournament"
                         r"|Parade|Summit")

#: Organisers with no name of their own ("organisers said", "festival organizers"), as keys: an event's.
ORGANISERS = re.compile(r"(?:([a-z]+) )?organi[sz]ers")
#: A school district's name for ``NAMED_KINDS``, "the" left out: capitalised words before "School District" or
#: before "Schools" after a word for the place it serves ("Orrin School District", "Orrin Public Schools", "Kessel
#: County Schools"), which "the district" means.
_SCHOOL_DISTRICT_NAME = re.compile(rf"(?<![\w'’&.-])(?:[Tt]he\s+)?((?:{_BODY_WORD}\s+){{1,3}}(?:School\s+District|"
                                   r"(?:Public|City|County|Area|Community|Unified|Township|Regional|Independent)"
                                   r"\s+Schools))(?![\w-])")

#: Lower-case words for how far a body's reach goes, which a story may add to a body it describes before naming it
#: ("the national air accident bureau") or keep in its name ("Federal Election Commission", not the state's own):
#: see :meth:`SourceIndex._name_body_in_lower_case`.
BODY_SCOPES = frozenset("""national federal state city county town district local regional municipal provincial
    international european""".split())
#: Bodies made of people, which a story may describe by what they are made of before naming them ("A panel of 40
#: climate scientists", then "the Kestorian Climate Panel": see :meth:`SourceIndex._name_described_body`), and whose
#: members then speak as the body ("the scientists": see ``_MADE_OF_PEOPLE``).
COLLECTIVE_BODIES = frozenset(
    "panel commission committee council board coalition alliance group team delegation".split())
#: A force's members with no "the", whom blotter copy credits for the force: "troopers" the state police, "deputies" the
#: sheriff's office (see :meth:`SourceIndex._force_named`).
FORCE_MEMBERS = frozenset({"troopers", "state troopers", "deputies"})
#: A union's name for ``NAMED_KINDS``, "the" left out (group 1): capitalised words ending in "Union" or "Guild", "and"
#: or "&" between two of them allowed ("Allied Nursing Union", "Transport and Warehouse Workers Union"), or either and
#: "of" what its members do ("Royal Guild of Nurses"), or an association named for its members, a working trade's in
#: the plural (see ``_UNION_MEMBERS``: "Harbour Lecturers' Association", "Association of Head Teachers"); not a union
#: of states, whose name opens with a people's or a continent's word ("European Union", "African Union"; nor the rest
#: of such a name, "Economic Union" of "Eurasian Economic Union"), nor one whose word before "Union" says what states
#: or savers share ("Universal Postal Union", "Customs Union", "Harbour Credit Union"; but "Postal Workers Union" is
#: workers').
_STATES_UNION = "European Soviet African Eurasian Arab Latin Pan".split()
_SHARED_UNION = "Postal Customs Monetary Banking Credit Economic".split()
_UNION_OF = rf"\s+of\s+(?:the\s+)?(?:{_BODY_WORD}\s+(?:(?:and|&)\s+)?){{0,2}}{_BODY_WORD}"
#: A working trade's members in the plural, capitalised, as an association that is a union names them ("Lecturers'"
#: of "University and College Lecturers' Association", "Teachers" of "National Association of Head Teachers"); not a
#: parents' and teachers' association, whose "Teacher" is singular.
_UNION_MEMBERS = r"(?:Teachers|Lecturers|Nurses|Workers|Employees|Educators|Professors|Academics|Tutors)(?:['’](?!\w))?"
_UNION_ASSOCIATION = (rf"(?:{_BODY_WORD}\s+(?:(?:and|&)\s+)?){{0,4}}{_UNION_MEMBERS}\s+Association"
                      rf"|(?:{_BODY_WORD}\s+){{0,2}}Association\s+of\s+(?:the\s+)?(?:{_BODY_WORD}\s+){{0,3}}?"
                      rf"{_UNION_MEMBERS}")
_UNION_NAME = re.compile(rf"(?<![\w'’&.-])(?:[Tt]he\s+)?(?!(?:{'|'.join(_STATES_UNION)})\s)"
                         + "".join(rf"(?<!{word}\s)" for word in _STATES_UNION)
                         + rf"((?:{_BODY_WORD}\s+(?:(?:and|&)\s+)?){{1,5}}"
                         + "".join(rf"(?<!{word}\s)" for word in _SHARED_UNION) + rf"(?:Union|Guild)(?:{_UNION_OF})?"
                         rf"|(?:Union|Guild){_UNION_OF}|{_UNION_ASSOCIATION})"
                         r"(?![\w-])")
#: Kinds of body of wildlife and animal welfare copy for ``NAMED_KINDS``, named by capitalised words ending in the
#: kind's word and no other capitalised word after it: "the panel" of the "Animal Health Advisory Panel", "the unit"
#: of the "Wildlife Forensics Unit", "the zoo" of "Dorran City Zoo", "the park" of "Brackwood Wildlife Park" (not of
#: "Calder Park Zoo", a zoo), "the sanctuary" of "Hollin Donkey Sanctuary"; not "the society", an association's
#: kind, which joins only the body that acted just before it.
_WILDLIFE_KINDS = frozenset("panel unit zoo park sanctuary".split())
#: The kinds of body that "the" and the kind's noun in lower case means the one of, named anywhere in the text, a
#: source or not: the noun -> how a body of that kind is named (group 1 its name as written). "The bank said" after
#: "The board accused Dravik Bank" is Dravik Bank's, and so for "the department", "the agency", "the ministry", "the
#: federation" (a sports body's, "the Kestorian Rowing Federation"), "the club" ("Harbour City FC"), "the hospital"
#: ("St. Aubyn's Hospital", "Arven General Hospital Center"), "the district" ("Orrin Public Schools"), "the festival"
#: ("Brightwater Film Festival"), "the university" ("Norbridge University", "University of Orsk"), "the college",
#: "the authority", "the directorate", "the commission" and "the board" ("Lisk Port Authority", "Maritime Safety
#: Directorate", "Velmar Drug Safety Board"), "the registry" ("Sarbonne International Ship Registry"), "the
#: foundation", "the trust" and "the institute" of a charity or a research body ("Halvard Foundation", "Orlen Flood
#: Relief Trust", "Vell Media Institute"), "the group" of a group
#: named by its capitals ("Harbour Rights Group", a business's "Orvane Group" too; not "the network":
#: a broadcaster named by its letters is "the network" too, beside another named "... Network"), "the brigade",
#: "the battalion" and "the regiment" of an armed unit ("Free Vale Brigade", "Third Mountain Battalion"), "the
#: association" of a trade's or members' body ("Remote Gambling Association")
#: and "the police" (and "Police" with no "the": see :meth:`SourceIndex._force_named`);
#: after two bodies of the kind it is neither's (see :meth:`SourceIndex._see_named_kinds`,
#: :meth:`SourceIndex._kind_named`). Why: the body accused by name is most often the one that answers, and a story
#: seldom names it as a source first. A company is one named so (``_COMPANY_NAME``) or noted by the company rules
#: (see :meth:`SourceIndex._note_company`), which "the company" or "the firm" reads together (see
#: :meth:`SourceIndex._company_described`); a capitalised "The Ministry" joins a statement heading's (see
#: :func:`issuers_named`); each of these joins its one body as the kinds do (see :meth:`SourceIndex._one_named`).
#: A new kind is one entry here.
NAMED_KINDS: dict[str, re.Pattern[str]] = {
    "bank": _BANK_NAME, "company": _COMPANY_NAME,
    "department": _state_body_name("Department"), "agency": _state_body_name("Agency", _worked_kind("agency")),
    "ministry": _state_body_name("Ministry", _MINISTRY_MORE), "police": _POLICE_NAME,
    "federation": _state_body_name("Federation"), "club": _CLUB_NAME,
    "hospital": _state_body_name(r"Hospital(?:\s+Cent(?:er|re))?"), "district": _SCHOOL_DISTRICT_NAME,
    "festival": _state_body_name("Festival"), "university": _state_body_name("University"),
    "college": _state_body_name("College"), "authority": _state_body_name("Authority", _worked_kind("authority")),
    "directorate": _state_body_name("Directorate"), "commission": _state_body_name("Commission"),
    "board": _state_body_name("Board"), "inquiry": _state_body_name("Inquiry"), "union": _UNION_NAME,
    "foundation": _state_body_name("Foundation"),
    "trust": _state_body_name("Trust"), "institute": _state_body_name("Institute"),
    "polytechnic": _state_body_name("Polytechnic"), "inspectorate": _state_body_name("Inspectorate"),
    "group": _state_body_name("Group"), "brigade": _state_body_name("Brigade"),
    "council": _state_body_name("Council"), "battalion": _state_body_name("Battalion"),
    "regiment": _state_body_name("Regiment"), "registry": _state_body_name("Registry"),
    "regulator": _state_body_name("Regulator"),  # "the Regulator of Social Housing", "the Kessel Energy Regulator"
    "office": _state_body_name("Office", rf"|Office\s+for\s+(?:the\s+)?(?:{_BODY_WORD}\s+){{0,2}}{_BODY_WORD}"),
    "academy": _state_body_name("Academy"), "association": _state_body_name("Association"),
    **{kind: _state_body_name(rf"{kind.capitalize()}(?!\s+{_BODY_WORD})") for kind in sorted(_WILDLIFE_KINDS)},
    "utility": _named_before_lower_kind("utility"), "plant": _named_before_lower_kind("plant"),
    **{kind: _outlet_named_after(kind) for kind in sorted(NAMED_OUTLET_KINDS)},
}
#: The last words of a body's name that say it is no firm ("Halden University", "Kessel City Council", "Orsk Museum",
#: "Tarn Observatory", "Marlow Hospice"): a state's, a civic, a learned or a religious body's, of ``NAMED_KINDS`` or
#: ``BODY_NOUNS``, not a business's kind.
NOT_FIRM_ENDS = (frozenset(NAMED_KINDS) | BODY_NOUNS | frozenset(
    """school institute centre center museum observatory hospice library academy archive archives church cathedral
    mosque temple synagogue monastery""".split())) - (COMPANY_WORDS | frozenset("bank group fund".split()))
#: The words one of which a name of a kind of ``NAMED_KINDS`` is written with, as its pattern asks for them (a club's
#: letters, "FC" of "AFC" too, or a verb that accuses or punishes before it): a sentence holding none names no body
#: of that kind, and is not searched for one (most sentences name none, and the patterns are slow to fail). A kind not
#: here is always searched.
NAMED_KIND_WORDS: dict[str, tuple[str, ...]] = {
    "utility": ("utility",), "plant": ("plant",),
    "bank": ("Bank", "central bank"), "department": ("Department",), "agency": ("Agency", "agency"),
    "ministry": ("Ministry", "ministry"),
    "authority": ("Authority", "authority"), "directorate": ("Directorate",), "commission": ("Commission",),
    "board": ("Board",),
    "inquiry": ("Inquiry",), "union": ("Union", "Guild", "Association"),
    "police": ("olice", "Constabulary"), "federation": ("Federation",),
    "company": (*_ACCUSING_VERBS, "suing", "alleg", "claim", "contend"),
    "club": ("Club", "FC", "CF", "F.C.", "C.F.", *_ACCUSING_VERBS), "hospital": ("Hospital",), "district": ("School",),
    "festival": ("Festival",), "university": ("University",), "college": ("College",),
    "foundation": ("Foundation",), "trust": ("Trust",), "institute": ("Institute",),
    "polytechnic": ("Polytechnic",), "inspectorate": ("Inspectorate",), "group": ("Group",),
    "brigade": ("Brigade",), "council": ("Council",), "battalion": ("Battalion",), "regiment": ("Regiment",),
    "office": ("Office",),
    "registry": ("Registry",), "regulator": ("Regulator",),
    "academy": ("Academy",), "association": ("Association",),
    **{kind: (kind.capitalize(),) for kind in sorted(_WILDLIFE_KINDS)},
    "account": ("account",), "website": ("website",), "blog": ("blog",), "channel": ("channel",),
}
#: Every word of ``NAMED_KIND_WORDS``, each looked for once in a sentence (the verbs that accuse are two kinds' words).
NAMED_KIND_WORDS_ALL = frozenset(word for words in NAMED_KIND_WORDS.values() for word in words)
#: A source's key that is a name and the kind of outlet it names ("velnova news agency", "kessel times newspaper";
#: group 1 the name), which the name alone means too (see :meth:`SourceIndex._outlet_or_name`).
OUTLET_KEY = re.compile(r"(.+) (?:news agency|newspaper|broadcaster)")
#: The kinds of outlet of ``OUTLET_KEY``, as a key ends with them.
OUTLET_KINDS = ("news agency", "newspaper", "broadcaster")


@lru_cache(maxsize=NAMES_KEPT)
def word_written(word: str) -> re.Pattern[str]:
    """A pattern of ``word`` written whole, no word's letters, apostrophe or hyphen on either side ("Brightway" in
    "Brightway hired", not in "Brightways"); built once per word, as a body's name is asked for sentence after
    sentence (see :meth:`SourceIndex._accused_in_view`)."""
    return re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])")


COMPANY = re.compile(
    rf"({NAME_WORD}(?:\s+(?:(?:&|of|de)\s+)?{NAME_WORD}){{0,4}}\s+(?:&\s+)?"
    r"(?:(?:Corp|Corporation|Inc|Ltd|Limited|LLC|LLP|plc|PLC|Plc|Co|Holdings|GmbH|KGaA|Oyj|SpA|SARL)\b(?!-)\.?"
    r"|S\.p\.A\.|S\.A\.S\.|S\.A\.|N\.V\.|(?:SA|SAS|SE|NV|BV|AB|ASA|A/S|KK|LP|Oy)\b(?!-)(?!\s+[A-Z])"
    r"|AG\b(?![-'’])(?!\s+[A-Z])))")

#: The same with the legal forms that are also words or abbreviations ("AG" an attorney general, "LP" a
#: record, "Sas" a surname), read as legal forms only at the end of a name noted as a company's (see
#: ``COMPANY``): "siemark ag" is "siemark" for short, while "New York AG" stays no company.
COMPANY_FORM_END = re.compile(rf"(?:\s+(?:&\s+)?(?:{LEGAL_FORMS}|ag|sas|kk|lp|oy)\.?)+$")

#: Nouns that describe a business and never a person ("a local retailer" or "a private lender" may be one).
_BUSINESS_NOUNS = r"company|firm|corporation|conglomerate|carmaker|automaker|drugmaker|chipmaker|airline|insurer"

#: What only a business operates: "the port operator" is one, "a crane operator" or "a tour operator" may be a person.
_OPERATED = r"port|terminal|pipeline|grid|airport|railway|mobile|telecoms"
#: A business described as one: "Globex Motors, the world's largest carmaker" (closed by a comma or the end), in
#: a span "the port operator Halvard Terminals", or with its name set apart after the description, closed by a comma
#: or the end too ("The port operator, Halvard Terminals, said"); its words say what it is, not what it makes or
#: where it is ("Jo Lee, head of the firm" and "Jo Lee, the drug company executive" are people).
_BUSINESS_KIND = (r"(?i:(?:(?!(?:of|for|at|in|with|to|from|by|on|and|or|the|a|an)\s)[\w'’.-]+\s+){0,3}?"
                  rf"(?:{_BUSINESS_NOUNS}|(?:{_OPERATED})\s+operator))")
BUSINESS_NAME = rf"{NAME_WORD}(?:\s+(?:(?:&|of|de)\s+)?{NAME_WORD}){{0,4}}"
#: The noun that says what kind of business a description is ("carmaker", "port operator"), to find in it.
_KIND_NOUN = re.compile(rf"(?i:\b(?:{_BUSINESS_NOUNS}|(?:{_OPERATED})\s+operator)\b)")
_DESCRIBED_BUSINESS = re.compile(rf"^(?:({BUSINESS_NAME}),\s+(?i:the|an?)\s+{_BUSINESS_KIND}(?:,|$)"
                                 rf"|(?:(?i:the|an?)\s+)?{_BUSINESS_KIND}\s+({BUSINESS_NAME})$"
                                 rf"|(?:(?i:the|an?)\s+)?{_BUSINESS_KIND},\s+({BUSINESS_NAME})(?:,|$))")
#: The last word of each kind of ``_BUSINESS_KIND``, one of which each match of ``_DESCRIBED_BUSINESS`` holds.
_BUSINESS_KIND_WORDS = (*_BUSINESS_NOUNS.split("|"), "operator")
#: A company's name before "'s", which it leaves out ("Ridgeline" of "Ridgeline's"; each word as short as it may be).
_OWNER_NAME = r"[A-Z][\w'’.-]*?(?:\s+(?:(?:&|of|de)\s+)?[A-Z][\w'’.-]*?){0,4}?"
#: The roles of one who heads a company: a chief executive, operating, financial or technology officer, or a managing
#: director (who heads a state's fund in letters too: "IMF Managing Director", see ``_MANAGING_DIRECTOR``).
_CHIEF = (r"(?:CEO|CFO|COO|CTO|(?i:chief\s+(?:executive|financial|operating|technology)(?:\s+officer)?"
          r"|managing\s+director))")
_MANAGING_DIRECTOR = re.compile(r"managing\s+director", re.I)
#: A company written before its chief's title and name, opening a sentence ("Stratus CEO Omar Keene walked on stage",
#: "Velta Motors chief executive Ana Ruiz said", "Ridgeline's managing director, Ann Pell, said"): one of ``_CHIEF``
#: heads a company, so the name is one (group 1), though no source; a word of the chief's time in office before it is
#: no word of the name ("Former Stratus CEO", "Ex-Stratus CEO").
_COMPANY_CHIEF = re.compile(rf"(?:(?:Former|Acting|Interim|Outgoing|Incoming)\s+|(?:Ex|Then)-)?"
                            rf"({_OWNER_NAME})(?:['’]s)?\s+{_CHIEF},?\s+[A-Z]")
#: The same after the chief's name opening a sentence, the company in the possessive or after "of" or "at" ("Ann
#: Pell, Ridgeline's managing director, said", "Ann Pell, chief executive of Ridgeline, said"; group 1 or 2).
_CHIEF_OF_COMPANY = re.compile(rf"{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}},\s+(?:the\s+)?"
                               rf"(?:({_OWNER_NAME})['’]s\s+{_CHIEF}|{_CHIEF}\s+(?:of|at)\s+({BUSINESS_NAME}))"
                               r"(?=[\s,])")
#: A sentence opening with shares in a company, its name after "in" or "of" (group 1: "Kessel Homes" of "Shares in
#: Kessel Homes fell 6%"): only a company has shares, so the name is one, though no source; but for a market's
#: place, a country, a capital or a continent (``MARKET_PLACES``: "Shares in Tokyo fell").
MARKET_PLACES = COUNTRIES | CAPITALS.keys() | {"Asia", "Europe", "Africa", "America", "Americas"}

#: An investor described before its name, which may be a firm or a person ("short seller Grayfin Research", "the
#: activist investor Dale Marsh", "hedge fund Orrin Capital"); group 1 holds the description, group 2 the name.
_INVESTOR_KIND = r"(?i:short[\s-]+seller|activist\s+investor|(?:activist\s+)?hedge\s+fund)"
#: A word each such description holds, in any case ("seller", "investor", "fund"): a sentence without one names none.
INVESTOR_KIND_WORDS = ("seller", "Seller", "investor", "Investor", "fund", "Fund")
DESCRIBED_INVESTOR = re.compile(rf"(?:(?i:the|an?)\s+)?(?:[a-z][\w-]*\s+)?({_INVESTOR_KIND})\s+({BUSINESS_NAME})")
#: Of those, a short seller's kind as noted (see ``SourceIndex.kinds``: "short seller", "short-seller"): what such a
#: firm says of a company is its allegation ("Grayfin Research said Meridia inflated its sales"), which "the firm"
#: denying it does not make.
SHORT_SELLER_KIND = re.compile(r"short[\s-]+seller")
#: The same described after its name and a comma, up to a comma or the end ("Grayfin Research, a short seller", "Orrin
#: Capital, the activist hedge fund"); group 1 holds the name, group 2 the description.
INVESTOR_DESCRIBED_AFTER = re.compile(rf"({BUSINESS_NAME}),\s+(?i:the|an?)\s+(?:[a-z][\w-]*\s+)?({_INVESTOR_KIND})")
#: Such a description set apart by commas right after a span that ends with the name ("Grayfin Research" of
#: "Grayfin Research, a short seller, said"); group 1 holds the description.
APPOSED_INVESTOR = re.compile(rf"\s*,\s+((?i:the|an?)\s+(?:[a-z][\w-]*\s+)?{_INVESTOR_KIND})\s*,")

#: "The company" or "the firm" inside a spokesperson's span ("a spokesman for the company", "the firm's
#: spokeswoman"), which means the company "the company" alone would (see ``SourceIndex._company_spokesperson``).
THE_COMPANY = re.compile(r"(?<![\w'’-])the\s+(?:company|firm|corporation)(?![\w-])", re.I)
#: "A company spokesman", "a board spokeswoman" and the like: the spokesperson of the body "the company" or "the
#: board" would mean, as "a spokesman for the company" is (see ``THE_COMPANY``); group 1 the body's noun.
A_BODY_SPOKESPERSON = re.compile(r"(?i:an?)\s+([a-z]+)\s+spokes(?:man|woman|person)")

#: "A ministry official", "An agency source": one official, or one unnamed source, of the body the noun means, named
#: before (see :meth:`SourceIndex.add`).
A_BODY_OFFICIAL = re.compile(r"(?i:an?)\s+[a-z]+\s+(?:official|source)")

#: "the" before a noun in the possessive ("the company's"; group "noun" the noun): an owner the copy writes with "the".
THE_OWNER = re.compile(r"(?<![\w'’-])the\s+(?P<noun>[a-z]+)['’]s\s", re.I)

#: A firm's one-word name and its chief executive's role before a person's name in a span ("Quillon's chief
#: executive, Rafe Delacroix", "Quillon CEO Rafe Delacroix"): group 1 is the firm's word.
FIRM_CHIEF_BEFORE = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w-]*)(?:'s)?\s+"
                                r"(?:[Cc]hief\s+[Ee]xecutive(?:\s+[Oo]fficer)?|CEO),?\s+[A-Z]")
#: The same set apart after the name ("Rafe Delacroix, Quillon's chief executive,", "..., chief executive of
#: Quillon"): group 1 or 2 is the firm's word.
FIRM_CHIEF_AFTER = re.compile(r",\s+(?:the\s+)?(?:([A-Z][\w-]*)'s\s+(?:chief\s+executive(?:\s+officer)?|CEO)"
                               r"|(?:chief\s+executive(?:\s+officer)?|CEO)\s+of\s+([A-Z][\w-]*))(?![\w'-])")
#: Words after a body's head that still belong to its name ("Ministry of ...", "Office for ...").
NAME_GOES_ON = frozenset("of for in at on".split())

#: A name, "the" perhaps before it, as the object of "accused ... of" ("Dravinia accused Kestoria of shelling a post",
#: "accused the Kestorian Navy of"), group 1 the name: the accused, whose own body or spokesperson a denial just after
#: means by "its" ("Its Foreign Ministry denied it": see ``SourceIndex._accused_owner``).
ACCUSED_OWNER = re.compile(rf"(?<![\w'’-])accus(?:ed|es|ing)\s+"
                            rf"((?:the\s+)?{NAME_WORD}(?:\s+(?:of\s+)?{NAME_WORD}){{0,3}})\s+of\s")

#: The writer's and reader's own pronouns and possessives, which a span alone names no source with ("Our" of "Our
#: leaders' 'bold vision'", "according to us"); "US" in capitals is the United States.
OWN_PRONOUNS = frozenset("me my mine us our ours your yours".split())

_KINDS = "|".join([*sorted(BODY_KINDS | TRADE_KINDS | {"ngo", "body"}), ONE_WORD_MAKER.pattern])
#: A lower-case word before a body's kind in its description, a plural's possessive allowed ("watchdog", "pilots'"
#: of "the pilots' union").
_KIND_MODIFIER = r"[a-z][\w-]*(?:(?<=s)['’])?"
#: Where a body's description says it is based, after its kind ("based in Geneva" of "a monitoring group based in
#: Geneva"): no part of the kind, and no place the body is named by.
_BASED_IN_PLACE = r"(?:\s+(?:based|headquartered)\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"
#: A lower-case description of a body by its kind or a trade, set apart from its name by a comma ("a watchdog group"
#: of "A watchdog group, Civic Compass" or "Civic Compass, a watchdog group"; "Northlink Ferries, the ferry
#: operator"; "The engineers' union, Airtech"), or by an owner's instead of an article ("Kaye's agency, Northstar
#: Models", "Her union, Harbour Dockers"); group 1 holds its words after the article or owner.
KIND_DESCRIPTION = re.compile(rf"(?:(?i:a|an|the|his|her|their|its)|(?:(?i:the)\s+)?[\w-]+['’]s)\s+"
                              rf"((?:{_KIND_MODIFIER}\s+){{0,3}}(?:{_KINDS})){_BASED_IN_PLACE}")
#: The same set apart by commas right after a span that ends with the name ("Pellam" of "Pellam, the charity, said"),
#: or by a comma before a relative clause saying what the body does ("the Freedom Monitor, a research group that
#: tracks the practice, ..."); group 1 holds the description.
APPOSED_KIND = re.compile(rf"\s*,\s+((?i:a|an|the)\s+(?:{_KIND_MODIFIER}\s+){{0,3}}?(?:{_KINDS})){_BASED_IN_PLACE}"
                          r"(?:\s*,|\s+(?:that|which|whose)\s)")
#: A relative clause set apart after a body's name saying what trade it plies on a thing (", which operates the tanker,"
#: of "Meridane Shipping, which operates the tanker, said"): group 1 the verb, group 2 the thing's noun, its last
#: lower-case word (up to two words before it: "which operates the stricken tanker").
_TRADE_CLAUSE = re.compile(r"\s*,\s+which\s+(operates|runs|makes|manufactures|supplies|provides|develops)\s+"
                           r"(?:the|its)\s+(?:[\w'’-]+\s+){0,2}?([a-z][a-z-]*)\s*(?:,|$)")
#: The trade's noun (see ``TRADE_KINDS``) that each verb of ``_TRADE_CLAUSE`` makes of its plier.
_TRADE_OF_VERB = {"operates": "operator", "runs": "operator", "makes": "maker", "manufactures": "manufacturer",
                  "supplies": "supplier", "provides": "provider", "develops": "developer"}


def trade_in_clause(after: str) -> list[str]:
    """The description by a trade that a relative clause set apart after a body's name gives it (``after``, the
    sentence after the span: ", which operates the tanker, said" gives ["tanker", "operator"], as "the tanker
    operator" would; ", which makes the vaccine," ["vaccine", "maker"]); ``[]`` for none. "which", not "who": a body's
    clause, no person's."""
    found = _TRADE_CLAUSE.match(after)
    return [found.group(2), _TRADE_OF_VERB[found.group(1)]] if found else []


#: The same before the name, without the comma: an article perhaps, and the first word capitalised as it opens a
#: sentence ("Ferry operator Northlink", "the internet provider Skylink"), a verb of naming perhaps between ("A
#: criminal group calling itself Grey Lantern", "a ransomware gang known as Oxbow"); group 1 holds its words.
KIND_BEFORE_NAME = re.compile(rf"(?:(?i:a|an|the)\s+)?((?:[A-Za-z][\w-]*\s+)?(?:[a-z][\w-]*\s+){{0,2}}?"
                               rf"(?i:{_KINDS}))\s+(?:(?:calling\s+(?:it|them)sel(?:f|ves)|called|known\s+as|named|"
                               r"dubbed)\s+)?(?=[A-Z])")

#: A capitalised owner, one or two words, opening a source's span before the kind of body it names: "Kestoria's" of
#: "Kestoria's state broadcaster KTV", "the Kestorian Army's" of "the Kestorian Army's news agency Vesti".
OWNER_BEFORE_KIND = re.compile(r"(?:(?i:the)\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+(?=[a-z])")


#: A cue after a source, a comma before it allowed, then "it" as the subject of what it said ("says it does not
#: comment", "said it had documented"), not the empty "it" of "said it was unclear" (see ``CUE_THEN_PRONOUN``).
_CUE_THEN_IT = re.compile(rf",?\s+{SAID_THEN}it(?!\s+(?:is|was)\b)(?![\w'’-])", re.I)


#: A state's body written in lower case, perhaps after a place's word or its possessive, up to two lower-case words
#: before its noun ("Veradia's interior ministry", "Halden ministry" of "The Halden ministry", "border police" of
#: "The border police", "ministry"): one body, whose spokesperson a later nameless "A spokeswoman said" is (see
#: :meth:`SourceIndex.see_body`).
STATE_BODY_IN_LOWER_CASE = re.compile(r"(?:[A-Z][\w-]*(?:['’]s)?\s+)?(?:[a-z][\w-]*\s+){0,2}"
                                       r"(?:ministry|department|embassy|consulate|police|army|navy|coastguard|"
                                       r"agency|authority|government|presidency|administration|bureau)")

#: A body in lower case owned by a capitalised name in the possessive, up to two lower-case words before its noun
#: ("Trade Council's dispute panel" of "The Trade Council's dispute panel met"; see ``OWNED_BODY_NOUNS``): one body,
#: which "the panel" or "It" after it means (see :meth:`SourceIndex.see_body`).
OWNED_BODY_IN_LOWER_CASE = re.compile(r"(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s\s+(?:[a-z][\w-]*\s+){0,2}"
                                      rf"(?:{'|'.join(sorted(OWNED_BODY_NOUNS))})")


def speaks_of_itself_as_it(name: str, written: str, after: str) -> bool:
    """Whether the source ``name`` (``written`` so in its span), its first word no known given name and written
    with no role, says "it" of itself just after its cue (``after``: see ``_CUE_THEN_IT``): a name that reads as a
    person's but may be a body's ("Calder Secure says it does not comment", "Human Rights Monitor said it had
    documented 112 cases"), whose account a later "It said" may continue. A given name ("Tom Vell said it would take
    years") or a role ("Senator Orsk Vell said it") leaves the "it" the object's; a description set apart that is no
    person's role does not ("The detention contractor, Calder Secure, says it": see
    :func:`_described_apart_as_no_person`)."""
    return (_CUE_THEN_IT.match(after) is not None and not is_given_name(name.split(" ")[0].title())
            and (not role_words(written, name) or _described_apart_as_no_person(written, name)))


#: A description in lower case set apart from a name by a comma, "the", "a" or "an" opening it ("the detention
#: contractor" of "The detention contractor, Calder Secure"; group 1 its last word).
_DESCRIPTION_APART = re.compile(r"(?i:the|an?)\s+(?:[a-z][\w'’-]*\s+){0,3}([a-z][\w'’-]*)")


def _described_apart_as_no_person(written: str, name: str) -> bool:
    """Whether the span ``written`` sets a description apart from the name ``name`` by a comma, before or after it,
    whose last word is no person's role or noun ("The detention contractor, Calder Secure", "Calder Secure, the
    security firm"): what it describes says "it" of itself as a body does, where "The envoy, Orsk Vell" is a person
    whose "said it" is of something else."""
    parts = [part.strip(EDGE) for part in written.split(",")]
    if len([part for part in parts if part]) != 2:
        return False
    described = next((_DESCRIPTION_APART.fullmatch(part) for part in parts if normalise_source(part) != name), None)
    return described is not None and not person_role_noun(described.group(1).lower())


#: How many capitalised words before a name spelled out may be its owner's, left out of its acronym ("Kestoria" of
#: "the Kestoria Department of Environmental Quality (DEQ)", "Port Varn" of "the Port Varn Harbour Board (HB)").
_OWNER_WORDS = 2


def owner_words(before: str, spelled: int) -> list[str]:
    """The capitalised words, a place's or a state's, just before the last ``spelled`` words of ``before`` (a name
    spelled out before its acronym in brackets), which the acronym leaves out but the full name holds: "Kestoria" of
    "the Kestoria Department of Environmental Quality (DEQ)"; none that opens a sentence or phrase ("But", "Monday",
    see ``OPENING_WORDS``), is a role ("Governor") or an owner with "'s" (whose ministry ``_reworded`` finds)."""
    owner: list[str] = []
    for word in reversed(before.split()[:-spelled]):
        if (len(owner) == _OWNER_WORDS or not SPELLED_WORD.fullmatch(word) or not capitalised_parts(word)
                or word in OPENING_WORDS or word in NOT_A_NAME_START or is_role(word.lower())
                or word.endswith(("'s", "’s"))):
            break
        owner.append(word)
    return owner[::-1]


#: A capitalised name of two or three words written as a firm's: after "shares of" or "in", "stock of", or "analysts",
#: "economists" or "strategists" "at", before "'s shares" or "'s stock", or reporting "its" own results ("Shares of
#: Morgan Stanley", "analysts at Taylor Wimpey", "Morgan Stanley's shares", "Taylor Wimpey said its profits fell",
#: "... reported its first-quarter sales"); group 1, 2 or 3 holds the name.
_FIRM_NAME = r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){1,2}"
_FIRM_RESULTS = (r"(?:(?:first|second|third|fourth|full)[-\s](?:quarter|year|half)\s+|quarterly\s+|annual\s+)?"
                 r"(?:pre-tax\s+|net\s+|operating\s+)?(?:profits?|revenues?|sales|earnings|income|losses|results)\b")
#: The first of those: the name after the words of its holders or analysts (group 1).
_FIRM_AFTER_WORDS = (rf"(?<![\w'’-])(?:(?:[Ss]hares|[Ss]tock)\s+(?:of|in)|(?:[Aa]nalysts|[Ee]conomists|"
                     rf"[Ss]trategists)\s+at)\s+({_FIRM_NAME})(?![\w'’-])")
#: The name read from where a run of a word's characters opens, up to the name's first capital (see
#: :func:`to_first_capital`); a name after the holders' words is read from every start too, and from that capital
#: before the others.
_FIRM_FROM_CAPITAL = (rf"{to_first_capital('&')}(?:{_FIRM_AFTER_WORDS}"
                      rf"|(?<![\w'’-])({_FIRM_NAME})['’]s\s+(?:shares|stock)\b"
                      rf"|(?<![\w'’-])({_FIRM_NAME})\s+(?:said|says|reported|reports|posted|posts|announced)"
                      rf"\s+(?:that\s+)?its\s+{_FIRM_RESULTS})")
_WRITTEN_AS_FIRM = re.compile(rf"{_FIRM_AFTER_WORDS}|(?<![\w&'’.-]){_FIRM_FROM_CAPITAL}")
#: The same read on inside a run of a word's characters where a match ended ("shares" of "... shares.Kessel").
_FIRM_READ_ON = re.compile(_FIRM_FROM_CAPITAL)
#: Parts of the words one of which each match of ``_WRITTEN_AS_FIRM`` holds ("shares", "stock", "analysts",
#: "economists", "strategists", "its"): a sentence with none names no firm so, and is not searched (most hold none, and
#: the pattern is slow to fail).
_FIRM_CUE_PARTS = ("hares", "tock", "nalysts", "conomists", "trategists", "its")


#: A run of two to five capitalised words, where a firm's name may stand (see :meth:`SourceIndex._see_firm_names`).
#: A legal form just after a name ("plc" of "Brightwell Energy plc", whose run of capitalised words it ends).
LEGAL_FORM_NEXT = re.compile(rf"\s+(?:&\s+)?(?i:{LEGAL_FORMS})\b")
CAPITALISED_RUN = re.compile(r"(?<![\w'’.&-])[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){1,4}(?![\w'’-])")


def firms_in(sentence: str) -> set[str]:
    """Keys of the names ``sentence`` writes as a firm's (see ``_WRITTEN_AS_FIRM``), each match's one group that
    holds one: after a match, the run of a word's characters it ended in is read on (see ``_FIRM_READ_ON``)."""
    keys: set[str] = set()
    at = 0
    if not any(part in sentence for part in _FIRM_CUE_PARTS):
        return keys
    while (found := _FIRM_READ_ON.match(sentence, at) if at else None) or (
            found := _WRITTEN_AS_FIRM.search(sentence, at)):
        keys.add(text_key(next(name for name in found.groups() if name)))
        at = found.end()
    return keys


def written_short(short: str, full: str) -> bool:
    """Whether the body's name ``short`` (a key) is ``full`` written with words left out between its first and last
    ("ashcombe school board" of "ashcombe unified school board", as a headline shortens it): one body, whose first
    word and kind's word both keep. Not a name with fewer than three words (of two, it is the other's first and last
    words, "kessel board" of "kessel housing board", which may be another body)."""
    words, whole = short.split(), full.split()
    if len(words) < 3 or len(whole) <= len(words) or words[0] != whole[0] or words[-1] != whole[-1]:
        return False
    rest = iter(whole[1:-1])
    return all(word in rest for word in words[1:-1])


def same_ministry(one: str, other: str) -> bool:
    """Whether the keys ``one`` and ``other`` name one ministry or department: the same head and portfolio, any
    words left before a portfolio written head last a nationality of the country written on the other, and the
    countries not two ("the foreign ministry" is China's "ministry of foreign affairs", "Mexico's foreign
    ministry" not; "foreign trade ministry" is no "ministry of trade")."""
    first, second = ministry_parts(one), ministry_parts(other)
    if first is None or second is None or first[0] != second[0]:
        return False
    portfolio = min(first[2], second[2], key=len)
    owners = [country for _, country, _ in (first, second) if country]
    left = []
    for _, _, words in (first, second):
        cut = len(words) - len(portfolio)
        if words[cut:] != portfolio:
            return False
        if cut:
            left.append(" ".join(words[:cut]))
    if left and not owners:
        return False  # words left before the portfolio are a country's only beside one written as a country
    countries = owners + left
    return all(same_country(a, b) or same_country(b, a) for a in countries for b in countries)


#: Words that make a body described as a group a civic one, no company ("a consumer group, Fair Tech", "the rights
#: group Civic Watch", "a trade group"; a landlord of social homes or its tenants', "a housing association", "a tenants
#: group"): "the company" never means it.
CIVIC_GROUP_WORDS = frozenset("""consumer consumers advocacy rights lobby lobbying pressure campaign campaigning
    activist environmental conservation civic privacy trade industry residents patients parents veterans housing
    tenants""".split())


#: A group's cause that makes it a watchdog ("a government ethics group", "an accountability group"), whom "the
#: watchdog" or a headline's "Watchdog" means (see :meth:`SourceIndex._body_described`).
WATCHDOG_CAUSES = frozenset("ethics accountability transparency anti-corruption oversight".split())
#: Words of a name that make a body a regulator by themselves ("Kessel Energy Regulator", "Nuclear Safety
#: Inspectorate"; see :meth:`BodyReading._regulator`).
REGULATOR_NAME_WORDS = frozenset("regulator regulators inspectorate".split())


def civic_group_noun(noun: str) -> bool:
    """Whether the description ``noun`` is a group by its cause, in two or three words ("rights group", "human rights
    group", "advocacy organisation", "trade body": see ``CIVIC_GROUP_WORDS``), which only a civic body may be."""
    words = noun.split(" ")
    return 2 <= len(words) <= 3 and words[-1] in CAUSE_GROUP_HEADS and words[-2] in CIVIC_GROUP_WORDS


#: "The union" means a body whose name says it is one ("Harbour Workers Federation", "Delford Teachers'
#: Association", "Harbour Nurses Association", "College Lecturers' Association").
UNION_NAME_WORDS = frozenset("""union federation workers employees guild brotherhood teamsters teachers nurses
    lecturers educators professors academics tutors""".split())
#: Last words of the name of a body its members own or make up ("Greenvale Growers Guild", "Hillside Dairy
#: Co-operative"), which say it is a body as a firm's end does: a subject so named is noted (see
#: :meth:`SourceIndex.see_body`), and "the guild" after it is that body.
MEMBERS_BODY_ENDS = frozenset("guild co-operative cooperative co-op collective syndicate".split())
#: Last words of the name of a working body inside a larger one ("Castlegate Complaints Unit", "Harlow Licensing
#: Unit"): a subject so named is noted (see :meth:`SourceIndex.see_body`), and "the unit" after it is that body, as
#: "the guild" is.
WORKING_BODY_ENDS = frozenset({"unit"})
#: The ways copy writes a co-operative's noun, in full or short ("Kessel Dairy Co-operative" ... "the co-op"), each
#: the same head of a body's name (see :func:`names_body`).
COOPERATIVE_SPELLINGS = frozenset("co-operative cooperative co-op coop".split())

#: Nouns for a body of one kind ("the agency", "the regulator", "the network", "the campaign", "the club", "the
#: paper", "the orchestra"), each with the words of a name that say a body is of that kind ("Secret Service",
#: "Kestorian Medicines Authority", "Harbour Broadcasting Network", "Clean Seas Campaign", "Dunmore Rovers", "Kessel
#: Times", "Kessel Philharmonic"); a regulator may be a board too ("Savings Conduct Board").
_AGENCY_NAME_WORDS = frozenset("agency bureau service administration office authority commission".split())
#: "Media" ends a broadcaster's name as often as a publisher's ("Brightwater Media": see ``TRADE_OF_NAME``).
_BROADCAST_NAME_WORDS = frozenset("network television tv radio broadcasting broadcaster channel media".split())
KIND_NAME_WORDS = {"agency": _AGENCY_NAME_WORDS,
                    "regulator": _AGENCY_NAME_WORDS | {"regulator", "inspectorate", "board"},
                    "network": _BROADCAST_NAME_WORDS, "broadcaster": _BROADCAST_NAME_WORDS,
                    "forecaster": frozenset("meteorological weather met".split()),
                    "orchestra": frozenset("orchestra philharmonic symphony sinfonia".split()),
                    "campaign": frozenset({"campaign"}), "club": CLUB_NAME_WORDS,
                    "paper": PAPER_NAME_WORDS, "newspaper": PAPER_NAME_WORDS | {"journal"},
                    "daily": PAPER_NAME_WORDS | {"journal"}}
#: Of those and "the union", the nouns a sentence may write before a body's name, after an article and up to two
#: lower-case words ("The rating agency Norcrest Ratings", "the public broadcaster Kessel One", "the union Harbour
#: Dockers"), or opening the sentence with no article after one or two words, the first capitalised ("Rating agency
#: Norcrest Ratings cut ..."; group 1 the noun, group 3 the name), so too after a liveblog's time stamp or in lower
#: case after an opening phrase's comma ("11:35 Rating agency Norcrest Ratings cut ...", "On Friday, ratings agency
#: Norcrest Ratings cut ..."), or set apart by commas after it ("The regulator has fined the network, KTV, twice";
#: group 2 the comma): the name is one of that kind, whatever its words say. A charity so written ("the homelessness
#: charity Harbour Light") is noted as a body described so too, which a later "the charity" means (see
#: :meth:`SourceIndex._see_kinds_written`): a charity's name seldom says it is one.
KINDS_WRITTEN = ("agency", "regulator", "network", "broadcaster", "forecaster", "campaign", "union", "charity")
KIND_WRITTEN = re.compile(r"(?:(?<![\w'’-])(?i:the|an?)\s+(?:[a-z][\w-]*\s+){0,2}?"
                           r"|^(?:\d{1,2}[:.]\d{2}\s+)?[A-Z][a-z-]*\s+(?:[a-z][\w-]*\s+)?"
                           r"|^[A-Z][^,;:\"“”]{0,40}?,\s+(?:[a-z][\w-]*\s+)?)"
                           rf"({'|'.join(KINDS_WRITTEN)})(,)?\s+"
                           r"((?!(?:The|A|An|In|On|At|Of|For)\s)[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})"
                           r"(?(2)(?=\s*[,;)]))")
#: A name set apart before "a" or "the" and "charity", up to three lower-case words before it ("Harbour Light, a
#: homelessness charity,", "Open Hands, the children's charity"; group 1 the name, group 2 the noun): a body so
#: described, as "the charity Harbour Light" is (see ``KIND_WRITTEN``); never a possessive's ("the charity's"), nor
#: "charity" before a noun of its own ("Orla Farrelly, a charity worker,": a person), a small word after it allowed
#: ("a charity for young carers", "a charity that runs shelters"); nor "charity" after a preposition or an article,
#: of a noun before it ("Orla Farrelly, a volunteer at the charity,": a person).
CIVIC_SET_AFTER = re.compile(r"(?<![\w'’.&-])([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}),\s+(?:a|an|the)\s+"
                             r"(?:(?!(?:at|of|for|with|in|from|to|by|on|the|a|an|his|her|their|its)\s)[a-z][\w'’-]*\s+"
                             r"){0,3}?(charity)(?![\w'’-]|\s+(?!(?:that|which|who|whose|in|for|of|"
                             r"at|on|based|founded|set|run|with|and|or)\b)[a-z])")

#: A name set apart before "a" or "the" and a group by its cause, a lower-case word allowed before the cause ("The
#: Harbour Rights Network, a rights group,", "Open Ledger, a local campaign group."; group 1 the name, group 2 the
#: description): a body so described whether credited or not (see :func:`civic_group_noun`).
CAUSE_GROUP_SET_AFTER = re.compile(r"(?<![\w'’.&-])([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}),\s+(?:a|an|the)\s+"
                                   r"((?:[a-z][\w-]*\s+){1,2}?(?:group|organi[sz]ation|body|association))"
                                   r"(?=\s*[,.;:]|\s+(?:that|which|who|based|founded|said|says)\b)")


def agency_work(noun: str) -> tuple[str, frozenset[str]] | None:
    """The work of an agency that the two-word description ``noun`` names before an agency's noun ("transit" of
    "transit agency", "weather" of "weather service"), with the words of a name that say a body does it: the words
    of the kind of ``KIND_NAME_WORDS`` the work's word is one of, a kind of body that does work
    (``_WORKING_KINDS``: "Meteorological Office" for "the weather service"; not a newspaper's or a club's words,
    "Kessel Post" for "the post office"), else none; ``None`` for another description ("agency" alone, "news
    agency")."""
    work, _, head = noun.rpartition(" ")
    if not work or " " in work or head not in _AGENCY_NAME_WORDS or work in _AGENCY_NAME_WORDS or work == "news":
        return None
    return work, next((KIND_NAME_WORDS[kind] for kind in _WORKING_KINDS if work in KIND_NAME_WORDS[kind]),
                      frozenset())


#: A body named as the maker or the holder of what a sentence writes of ("obtained by", "filmed by", "commissioned by")
#: and set apart by its kind after a comma: "Footage obtained by Open Barns, an animal welfare group, shows ..."
#: (group "name", group "kind" the kind's words), which a later "the group" may mean though no source names it (see
#: :meth:`SourceIndex._see_maker_described`).
MAKER_DESCRIBED = re.compile(
    r"\b(?:obtained|seen|filmed|recorded|gathered|released|published|commissioned|compiled|shared|provided)\s+by\s+"
    r"(?:the\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}),\s+(?:an?|the)\s+"
    r"(?P<kind>(?:[a-z][\w-]*\s+){0,3}(?:group|charity|organisation|organization|campaign|coalition|alliance))[,.]")
#: A sentence opening with an agency's name ("The Harbour Authority", "On Tuesday, the Kessel Transport Commission",
#: "The Office of Rail and Road": group "name", without "the") and its fining, sanctioning, suspending or barring
#: another from what it does ("banned the landlord from letting flats"): a body that regulates, which copy may call
#: "the regulator" or "the watchdog" alike (see :meth:`SourceIndex._see_regulating`); not a ban with no "from",
#: which a ministry puts on a group or a book ("The Home Office banned the group in March"), no watchdog's act.
AGENCY_REGULATES = re.compile(
    r"[\s\"“'‘]*(?:[A-Z][^,;:\"“”]{0,40},\s+)?(?:[Tt]he\s+)?"
    r"(?P<name>(?:[A-Z][\w&'’.-]*\s+){0,4}(?:Authority|Commission|Office|Board|Agency|Bureau)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:and\s+)?[A-Z][\w&'’-]*){0,4})?)"
    r"(?:\s+\([A-Z][A-Za-z&]{1,9}\))?\s+(?:(?:has|have|had|also|then|later|on\s+\w+day)\s+)?"
    r"(?:fined|penalised|penalized|sanctioned|censured|reprimanded|suspended|revoked|"
    r"(?:banned|barred)(?=[^.;:]{0,60}?\sfrom\s))\s")
#: A body named in capitals as the agent of a passive fine, sanction, ban or suspension ("Brisk Power was fined 3
#: million crowns by the Office of Gas and Electricity Markets", "has been censured by the Harbour Authority"; group
#: "name", without "the"): a regulator by what it does, as ``AGENCY_REGULATES`` reads one in the active voice.
SANCTIONED_BY = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been|been)\s+"
    r"(?:fined|penalised|penalized|sanctioned|censured|reprimanded|banned|barred|suspended)\b[^.;:\"“”]{0,60}?"
    r"\sby\s+(?:the\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w&'’.-]*){0,6})")
#: The last words of a regulator's name ("Financial Conduct Authority", "Kessel Securities Commission", "Savings
#: Conduct Board"), whom a headline's "Regulator" or "Watchdog" alone may mean (see
#: :meth:`SourceIndex._regulator_named`); not a service's or an office's, which a police force or a ministry's may be.
REGULATOR_NAME_ENDS = frozenset("authority commission board regulator inspectorate ombudsman".split())
#: The kinds of ``KIND_NAME_WORDS`` that do an agency's work, whose words may say what a "weather service" or a
#: "broadcasting authority" does (see :func:`agency_work`).
_WORKING_KINDS = ("agency", "regulator", "network", "broadcaster", "forecaster")

#: Nouns any body but a state's or an outlet takes ("the group", "the organisation"): a business or a civic body; and
#: a sport's or a trade's "governing body" ("FIFA introduced a cap. The governing body said").
ANY_BODY_DESCRIPTIONS = frozenset(["group", "organisation", "organization", "governing body", "body"])

#: The words of an outlet's name ("Kessel Post", "Harbour Television"), which no organisation noun means.
OUTLET_NAME_WORDS = PAPER_NAME_WORDS | _BROADCAST_NAME_WORDS | {"news", "press", "journal"}

#: Bodies of a state or of a union of states named in one word, in letters or without a word that says what they
#: are ("the Pentagon", "the FBI", "NATO", "Scotland Yard"), as keys: none is "the group" or "the company".
STATE_BODIES = frozenset("""pentagon kremlin whitehall elysee vatican knesset duma bundestag congress parliament senate
    treasury interpol europol nato un eu fbi cia nsa dhs doj irs fda epa ftc fcc faa cdc nih dea atf tsa nasa nhs
    mi5 mi6 gchq idf""".split()) | frozenset({"white house", "downing street", "scotland yard", "state department"})
#: Of those, the agencies, which "the agency" may mean ("The FBI said ... The agency said"): bureaus, services,
#: administrations and commissions of a state that copy calls its agencies; not a department ("the DOJ", "the
#: Pentagon"), a legislature, a government's seat nor an alliance.
STATE_AGENCIES = frozenset("""interpol europol fbi cia nsa irs fda epa ftc fcc faa cdc nih dea atf tsa nasa mi5 mi6
    gchq""".split())
#: The words of a world body's agency's name that copy calls "the agency" though its name says no agency ("World
#: Food Programme", "UN Children's Fund", "World Health Organization", "International Organization for Migration"),
#: beside a word of many states' (``_WORLD_WORDS``); such agencies known by their letters, the UN's opening "UN"
#: ("UNICEF", "UNHCR": ``_UN_LETTERS``) or others ("WFP", "IOM").
_WORLD_AGENCY_NAME_WORDS = frozenset("programme program fund organization organisation".split())
_WORLD_WORDS = frozenset("world un nations international".split())
_WORLD_AGENCY_LETTERS = frozenset("wfp who iom ocha fao iaea".split())
_UN_LETTERS = re.compile(r"UN[A-Z]{2,5}")


def world_agency(body: str, shown: str) -> bool:
    """Whether the source ``body`` (a key, ``shown`` as written) is an agency of a world body by its name ("World Food
    Programme", "UN Children's Fund", "UNICEF"; see ``_WORLD_AGENCY_NAME_WORDS``), which "the agency" may mean:
    "The World Food Programme said ... According to the agency, ..." is the programme's."""
    words = set(body.split(" "))
    return (body in _WORLD_AGENCY_LETTERS or _UN_LETTERS.fullmatch(shown) is not None
            or bool(words & _WORLD_AGENCY_NAME_WORDS and words & _WORLD_WORDS))


#: Of those, the bodies of many states ("NATO said ... The organisation said"), which an organisation noun may mean.
BODIES_OF_STATES = frozenset("nato un interpol europol".split())
#: Of those, the words a business of any trade ends its name with.
ANY_TRADE_ENDS = frozenset("group company corporation holdings".split())

#: A state's body written with "the" and a name ending in a state body's word ("the Authority", "the Civil Aviation
#: Authority", "the Transport Ministry"), which no description of a business means.
STATE_BODY_WRITTEN = re.compile(r"(?<![\w'’-])the\s+(?:[A-Z][\w'’-]*\s+){0,4}(?:Authority|Ministry|Department|"
                                 r"Agency|Commission|Regulator|Inspectorate|Administration)(?![\w'’-])")
#: Words of the name of a state's body, an outlet or a school ("Harbour Authority", "Daily Ledger", "Secret
#: Service"), which none of those descriptions means.
STATE_OR_OUTLET_WORDS = (frozenset(word.lower() for word in INSTITUTIONS) | BODY_NOUNS) - CIVIC_NAME_WORDS - {
    "group", "company", "corporation", "firm", "bank", "general", "studio", "studios", "team"}
#: Words of a name that make it a state's, a school's, an outlet's or a civic body's, none a company's, though a
#: chief executive or a managing director heads it ("the managing director of the Monetary Fund of Kessel").
_NO_COMPANY_WORDS = STATE_OR_OUTLET_WORDS | CIVIC_NAME_WORDS
#: A business's trade that the last word of its name says ("Velta Motors" is a carmaker, "Orlin Airways" and "Orlin
#: Air" airlines, "Corvane Aerospace" a planemaker): a description by another trade means another business.
_RAIL_TRADES = frozenset({"railway", "railroad", "rail operator", "train operator", "operator"})
#: A builder's and a landlord's trades ("Ridgeline Homes" is a housebuilder or a landlord, "Quayside Developments" a
#: developer, "Northvale Housing" a social landlord, "Dunmore Lettings" a letting agent; see ``FIRM_NAME_ENDS``).
_BUILDER_TRADES = frozenset({"developer", "property developer", "builder", "housebuilder", "homebuilder"})
_LANDLORD_TRADES = frozenset({"landlord", "housing association", "housing provider"})
_TELECOM_TRADES = frozenset({"network operator", "mobile operator", "telecom operator", "operator", "carrier"})
#: A power, gas or water company's trades ("Brennock Power" is a utility and an energy supplier, "Northline Gas" a gas
#: distributor, "Calder Water" a water supplier, "Gridline Transmission" a grid operator, "Kestrel Nuclear" a plant
#: operator): a description by one means the company whose name says it.
_POWER_TRADES = frozenset({"utility", "supplier", "energy supplier", "electricity supplier", "generator"})
_GAS_TRADES = frozenset({"utility", "supplier", "energy supplier", "gas supplier", "distributor", "gas distributor",
                         "network operator", "operator"})
_WATER_TRADES = frozenset({"utility", "supplier", "water supplier"})
_GRID_TRADES = frozenset({"utility", "grid operator", "network operator", "operator"})
_PLANT_TRADES = frozenset({"utility", "operator", "plant operator", "generator"})
_PIPELINE_TRADES = frozenset({"pipeline operator", "operator"})
#: A gambling firm's trades ("Stakehouse Betting" is a bookmaker, "Orrin Gaming" an operator).
_BETTING_TRADES = frozenset({"bookmaker", "betting operator", "gambling operator", "operator"})
TRADE_OF_NAME = {"motors": {"carmaker", "automaker"}, **dict.fromkeys("air airlines".split(), {"airline", "carrier"}),
                  "airways": {"airline", "carrier"}, "aerospace": {"planemaker", "manufacturer"},
                  "ferries": {"ferry operator", "operator"},
                  "buses": {"bus operator", "operator"}, "stores": {"retailer"}, "supermarkets": {"retailer"},
                  "telecom": _TELECOM_TRADES, "telecoms": _TELECOM_TRADES, "water": _WATER_TRADES,
                  "bank": {"bank", "lender"}, "insurance": {"insurer"}, "mining": {"miner"},
                  "pharmaceuticals": {"drugmaker"}, "pharma": {"drugmaker"},
                  **dict.fromkeys("energy power electric utilities".split(), _POWER_TRADES), "gas": _GAS_TRADES,
                  "transmission": _GRID_TRADES, "nuclear": _PLANT_TRADES,
                  "midstream": _PIPELINE_TRADES, "pipelines": _PIPELINE_TRADES, "renewables": {"renewables"},
                  **dict.fromkeys("pictures studios films".split(), {"studio"}), "records": {"label", "record label"},
                  "media": {"publisher"}, "publishing": {"publisher"},
                  **dict.fromkeys("freight railway railways railroad rail".split(), _RAIL_TRADES),
                  **dict.fromkeys("homes properties estates".split(), _BUILDER_TRADES | _LANDLORD_TRADES),
                  "developments": _BUILDER_TRADES, "housing": _LANDLORD_TRADES | {"developer"},
                  "living": _LANDLORD_TRADES, "lettings": {"letting agent"},
                  **dict.fromkeys("bet betting gaming bookmakers wagering".split(), _BETTING_TRADES),
                  **dict.fromkeys("casino casinos".split(), {"casino operator", "operator"}),
                  "lotteries": {"lottery operator", "operator"}}
#: The trades of ``TRADE_OF_NAME`` that no business noun of ``BUSINESS_DESCRIPTIONS`` is ("the ferry operator", "the
#: carrier", "the bus operator"): a description by one means only a body whose name says that trade (a person may be
#: "the operator" too, and "Ford" says nothing of ferries).
NAMED_TRADES = frozenset().union(*TRADE_OF_NAME.values()) - BUSINESS_DESCRIPTIONS
#: Trades a lower-case word before "company" or "firm" names ("the pipeline company", "the law firm"), each with the
#: trades of ``TRADE_OF_NAME`` it goes with: a business whose name says another ("Halvex Motors" is no oil company;
#: "Northfall Energy" may be) is not meant.
_ENERGY_TRADES = frozenset({"utility", "pipeline operator", "renewables"})
COMPANY_TRADES: dict[str, frozenset[str]] = {
    **dict.fromkeys("oil gas pipeline energy power electric electricity utility".split(), _ENERGY_TRADES),
    "water": frozenset({"water supplier"}),
    **dict.fromkeys("wind solar".split(), frozenset({"utility", "renewables"})),
    **dict.fromkeys("drug pharmaceutical".split(), frozenset({"drugmaker"})),
    **dict.fromkeys("car auto".split(), frozenset({"carmaker"})), "insurance": frozenset({"insurer"}),
    **dict.fromkeys("railway rail railroad freight train".split(), _RAIL_TRADES),
    "mining": frozenset({"miner"}), "airline": frozenset({"airline"}), "ferry": frozenset({"ferry operator"}),
    "bus": frozenset({"bus operator"}), "retail": frozenset({"retailer"}),
    "telecom": _TELECOM_TRADES, "telecommunications": _TELECOM_TRADES,
    **dict.fromkeys("""tech technology software law chemical chemicals investment consulting accounting security
        shipping construction engineering media steel food tobacco lobbying defense
        defence""".split(), frozenset())}
#: The trades of ``COMPANY_TRADES`` whose "group" is a lobby, no company ("the lobbying group", "the lobby group").
LOBBY_TRADES = frozenset({"lobbying", "lobby"})
#: How many sources credited before the body a description joins are read for another body it may mean, and how
#: many sentences after that body's credit the description may come (2: one sentence between).
BODY_REACH = 6
BODY_REACH_SENTENCES = 2


def so_called_key(bare: str) -> str | None:
    """The key that a description by age or by a player's ranking alone (the key ``bare``: "52-year-old", "world
    no. 3", "no. 9 seed") notes its person by (see :meth:`SourceIndex._see_so_called`); ``None`` for another."""
    if AGE_ALONE.fullmatch(bare):
        return bare
    ranked = RANK_ALONE.fullmatch(bare)
    return rank_key(ranked.group(1), ranked.group(2)) if ranked else None


def is_description(bare: str, written: str) -> bool:
    """Whether a mention ``written`` so (its key ``bare``) is a description, which joins a source only with "the",
    not a name: in lower case, an organisation word alone ("The Ministry"), a role or a civic body's noun in
    capitals ("MINISTER DENIES ...", "the NGO"), or a player's ranking ("world No. 3": see ``RANK_ALONE``)."""
    return (written.islower() or all(w in INSTITUTIONS for w in written.split())  # "The Ministry"
            or (written.isupper() and all(w in PERSON_ROLES or w in CIVIC_DESCRIPTIONS for w in bare.split()))
            or RANK_ALONE.fullmatch(bare) is not None)


#: Lower-case words, after an article or not, before the capitalised word after them: a description before the
#: name it describes, set apart by a comma ("developer, " of "The developer, Baywater Holdings Ltd, said") or, in a
#: source span, not ("the developer Baywater Holdings"); no word of it joins a phrase ("in", "of", "to" ...).
_DESCRIPTION_WORD = r"(?!(?:of|for|at|in|with|to|from|by|on|and|or|as|that)\b)[a-z][\w'’-]*"
_DESCRIPTION_WORDS = rf"(?:{_DESCRIPTION_WORD}\s+){{0,3}}?{_DESCRIPTION_WORD}"
_DESCRIPTION_THEN_NAME = re.compile(rf"(?:(?:the|an?)\s+)?{_DESCRIPTION_WORDS},\s+(?=[A-Z])")
_DESCRIPTION_IN_SPAN = re.compile(rf"(?:(?i:the|an?)\s+)?{_DESCRIPTION_WORDS},?\s+(?=[A-Z])")


def company_set_apart(opening: str) -> re.Match[str] | None:
    """The company named with its legal form (see ``COMPANY``) that ``opening``, a sentence from its first word
    that may start a name, sets apart between commas after a description of it: "Baywater Holdings Ltd" of "developer,
    Baywater Holdings Ltd, said", the subject's name as much as "Baywater Holdings Ltd said" is; ``None`` for none."""
    description = _DESCRIPTION_THEN_NAME.match(opening)
    found = COMPANY.match(opening, description.end()) if description else None
    return found if found and opening.startswith(",", found.end()) else None


def company_described_in_span(text: str) -> re.Match[str] | None:
    """The company named with its legal form (see ``COMPANY``), none of whose words is "of", that the source span
    ``text`` holds after a description of it, to its end: "Baywater Holdings" of "The developer Baywater Holdings",
    "Baywater Holdings Ltd" of "property developer Baywater Holdings Ltd"; ``None`` for none."""
    description = _DESCRIPTION_IN_SPAN.match(text)
    found = COMPANY.match(text, description.end()) if description else None
    if found is None or found.end() != len(text) or " of " in found.group(1):
        return None
    return found


def company_of_chief(opening: str) -> re.Match[str] | None:
    """The company that the sentence's ``opening`` names as its chief's, before the chief's name or after it (see
    ``_COMPANY_CHIEF``, ``_CHIEF_OF_COMPANY``), its name in the last group; ``None`` for none, for a name with
    a word of a body that is no company (see ``_NO_COMPANY_WORDS``: "Harbour Authority", "International Monetary
    Fund"), for a pronoun ("Its chief executive, Ann Pell,": the company it means is named before), and for a managing
    director's name in capitals ("IMF")."""
    found = _COMPANY_CHIEF.match(opening) or _CHIEF_OF_COMPANY.match(opening)
    if found is None:
        return None
    name = last_group(found)
    words = [word.lower() for word in name.split()]
    if (words[0] in PRONOUNS or words[0] in OWN_PRONOUNS or any(word in _NO_COMPANY_WORDS for word in words)
            or (name.isupper() and _MANAGING_DIRECTOR.search(found[0]) is not None)):
        return None
    return found


def last_group(found: re.Match[str]) -> str:
    """The last group of ``found`` that took part in the match (its whole match when it has none)."""
    return found[found.lastindex or 0]


def investing_firm(found: re.Match[str], name: int = 2, kind: int = 1) -> bool:
    """Whether the investor a match of ``DESCRIBED_INVESTOR`` (or ``INVESTOR_DESCRIBED_AFTER``: its groups ``name``
    and ``kind`` given) describes is a firm, not a person: a hedge fund, or a short seller or activist investor whose
    name ends as a firm's ("Grayfin Research", "Orrin Capital", "Velta Holdings Ltd"); "short seller Dale Marsh" is a
    person."""
    last = found.group(name).rsplit(None, 1)[-1].lower().rstrip(".")
    return ("fund" in found.group(kind).lower() or last in INVESTOR_NAME_ENDS or last in BUSINESS_NAME_ENDS
            or bool(LEGAL_FORM_END.search(found.group(name))))


def described_business(text: str) -> re.Match[str] | None:
    """``_DESCRIBED_BUSINESS.match(text)``, tried only where ``text`` holds a word of ``_BUSINESS_KIND_WORDS`` (as
    :func:`framing.textchars.case_blind` reads it), as each match does and few sentences do."""
    folded = case_blind(text)
    if not any(word in folded for word in _BUSINESS_KIND_WORDS):
        return None
    return _DESCRIBED_BUSINESS.match(text)


def kind_of(found: re.Match[str]) -> str | None:
    """The kind of business a description match names ("carmaker", "port operator"); None for a company named
    with its legal form, whose kind is not said."""
    if found.re is not _DESCRIBED_BUSINESS:
        return None
    # the description follows the name ("Velta Motors, the carmaker") or comes before it ("the carmaker Velta")
    kinds = _KIND_NOUN.findall(found.group(0))
    kind = kinds[-1] if found.lastindex == 1 else kinds[0]
    return " ".join(kind.lower().split())


def short_for(company: str, bare: str) -> bool:
    """Whether ``bare`` is the canonical ``company`` without one or more legal forms at its end."""
    return company.startswith(bare) and bool(COMPANY_FORM_END.fullmatch(company[len(bare):]))


#: An unnamed group placed at or from a body, as a key ("researchers at halden university", "engineers from kellin
#: labs"; group 1 the body).
GROUP_AT_BODY = re.compile(r"(?:[a-z-]+\s+){0,2}?[a-z-]+s\s+(?:at|from|with)\s+(?:the\s+)?(.+)")


#: The plural nouns of a firm's staff that heads a group placed at a body ("analysts" of "analysts at pellam digital"):
#: the body may be the firm a later "the firm" means (see :meth:`SourceIndex._firm_of_staff`); not "residents" nor
#: "officials", whom a place or a state's body has.
FIRM_STAFF = frozenset("""analysts researchers engineers economists strategists executives employees scientists
    investigators specialists""".split())


#: "at", "from" or "with" and a capitalised name, "the" perhaps between ("at the Vell Lab"), as a group placed at a
#: named body shows it.
AT_NAMED_BODY = re.compile(r" (?:at|from|with) (?:the )?[A-Z]")

#: The plural noun of a research trade heading a group ("marine biologists", "economists", "a team of scientists").
RESEARCH_TRADE = re.compile(r"[a-z]*(?:olog|econom|scient|physic|chem)ists|researchers|academics|statisticians")


#: Words that "'s" follows as a verb's, not an owner's ("It's", "That's", "Here's").
_CONTRACTED = frozenset("it that there here what who let he she where how when why everyone nobody".split())


#: Words that say what kind of body a name is: a business's, its legal form too ("Kremvale Bank", "Orvane Holdings",
#: "Halvex Corp"), and those of each description of one kind ("Secret Service", "Channel Nine", "Harbour Workers
#: Federation"): a body that a description of another kind never means (see :meth:`SourceIndex._names_another`).
KIND_WORDS = (BUSINESS_NAME_ENDS | frozenset("corp inc ltd llc plc gmbh".split()) | UNION_NAME_WORDS
               | frozenset().union(*KIND_NAME_WORDS.values()))
#: Descriptions of one kind whose bodies' names often say nothing of it ("Frontex", "Interpol", "Unite", "Vote
#: Leave"): a capitalised word between keeps them from the body credited before unless it is plainly no such body's
#: (see :meth:`SourceIndex._names_another`); an outlet's name says it is one ("Channel Nine", "Kessel Times").
VARIED_NAME_KINDS = frozenset({"agency", "union", "campaign"})

#: A court's or tribunal's name ("the High Court", "the Markets Tribunal", "the Court of Appeal"), which no
#: description of a company, a civic body, an agency or a network means (see :meth:`SourceIndex._names_another`).
COURT_NAME = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]*\s+){0,4}(?:Court|Tribunal)s?"
                         r"(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w'’-]*){1,3})?(?![\w'’-])")

#: A place named with its kind after a preposition of place, no longer name going on ("in Varn County", "across
#: Orla Province"; not "in Varn County Court" nor "the Varn County Health Department"), which no description of a
#: company, a civic body, an agency or a network means (see :meth:`SourceIndex._names_another`).
PLACE_OF_KIND = re.compile(r"(?<![\w'’-])(?:in|across|throughout|near|outside)\s+(?:[A-Z][\w'’-]*\s+){1,2}"
                            r"(?:County|Province|District|Parish|Township)(?![\w'’-])(?!\s+[A-Z])")


def first_word_is_owner(words: list[str]) -> bool:
    """Whether the first of a sentence's ``words``, capitalised as any sentence's first word is, is a name for all
    that: one written as an owner ("Orsk's shares fell"), not a time's ("Monday's talks": see ``NOT_AN_OWNER``)
    nor a contraction ("It's")."""
    first = fold_apostrophes(words[0].strip(EDGE)) if words else ""
    if not first[:1].isupper() or not first.endswith("'s"):
        return False
    return first[:-2] not in NOT_AN_OWNER and first[:-2].lower() not in _CONTRACTED


def writes_body_as(span: str, bare: str) -> bool:
    """Whether a person's source ``span`` writes the body of their role with the description ``bare``'s own words and
    "the", as its owner or after "of" or the like ("Dr. Ina Molk, the trust's head of science", "Ana Ruiz of the
    weather service's office"), in whatever case the body's noun is written ("Maren Olberg, the Alliance's regional
    director"): the body in view, which the person's other role words ("science") do not make another (see
    :meth:`SourceIndex._through`)."""
    words = f"(?i:{re.escape(bare)})"
    return re.search(rf"(?<![\w'’-])(?i:the)\s+{words}['’]s\s+[a-z]"
                     rf"|(?i:\b(?:of|at|for|with|from)\s+the\s+{words}(?![\w-]))", span) is not None


def another_body(description: str, words, bodies: set[str]) -> bool:
    """Whether ``words`` (a spokesperson's body, or a person's role words) name a body other than
    ``bodies``: they qualify the description ("russian", "defence") in a way no candidate does."""
    qualifiers = set(words) - set(description.split()) - PERSON_ROLES - RANK_MODIFIERS - PLAIN_ROLE_WORDS
    return bool(qualifiers) and not any(qualifiers <= set(body.split()) for body in bodies)


def state_description(bare: str) -> tuple[str, str] | None:
    """The state and the head of a description of one person by a US state's name and a party's member or an office
    of ``STATE_OFFICES`` ("ohio", "democrat" of "ohio democrat"; "south carolina", "senator" of "south carolina
    senator"); ``None`` for any other."""
    state, _, head = bare.rpartition(" ")
    if state in US_STATE_NAMES and (head in PARTY_MEMBERS.values() or head in STATE_OFFICES):
        return state, head
    return None


def states_named(words: Collection[str]) -> set[str]:
    """The US states whose names are among a person's role ``words`` ("ohio" of "Ohio Gov. Tom Vask"), one whose
    name is inside another's only once ("west virginia", no "virginia")."""
    named = {state for state in US_STATE_NAMES if set(state.split(" ")) <= set(words)}
    return {state for state in named if not any(other.endswith(f" {state}") for other in named)}


#: Prepositions after which a description is not the head of a source's name but what the source is tied to
#: ("the suspect" is not "family of the suspect", "the campaign" not "person close to the campaign").
_BEFORE_TIED = NAME_GOES_ON | frozenset("to with".split())


#: What a person no office holds is, whom "former" or "ex" before it makes no other person: "the volunteer" is the
#: "former volunteer" quoted before, as "the employee" is the "former employee" (but "the minister" is no "former
#: minister": an office has another holder now).
_FORMER_PEOPLE = (CIRCUMSTANCES | TRADES | PRIVATE_PERSONS) - TITLE_NOUNS
_FORMER = frozenset("former ex".split())


def names_body(description: str, name: str) -> bool:
    """Whether the lower-case ``description`` is the head of the earlier source ``name``: at its end or
    before "of"/"for"/"in", not after a preposition of ``_BEFORE_TIED`` ("the suspect" is not "family of the
    suspect", "the campaign" neither "person close to the campaign" nor "former aide to the campaign"),
    not after a rank ("the minister" is not "deputy minister") but "former" before what a person no office holds
    is (see ``_FORMER_PEOPLE``: "the volunteer" is "former volunteer"), or its first words and head with words
    between ("the former player" is "former kessby player"), and not a spokesperson's body nor two bodies of that
    head joined by "and" ("department of health and the department of transport"); "the spokesperson" is any body's
    spokesperson, "of" in the body's name or not ("ministry of the interior spokesperson")."""
    want = description.split(" ")
    words = name.split(" ")
    if words[-1] in CLUB_ENDS:
        words[-1] = "club"  # "the club" of "harbour city f.c"
    if words[-1] in COOPERATIVE_SPELLINGS and want[-1] in COOPERATIVE_SPELLINGS:
        words[-1] = want[-1]  # "the co-op" of "kessel dairy co-operative"
    if words[-1] == "spokesperson" and want[-1] != "spokesperson":
        return False  # a spokesperson is not the body they speak for
    if want == ["spokesperson"] and len(words) > 1 and words[-1] == "spokesperson":
        return True  # "the spokesperson" of "ministry of the interior spokesperson": its "of" is the body's own
    if sum(want[-1] in part.split(" ") for part in name.split(" and ")) > 1:
        return False  # "the department" is neither of "department of health and the department of transport"
    if (1 < len(want) < len(words) and words[:len(want) - 1] == want[:-1] and words[-1] == want[-1]
            and not _BEFORE_TIED & set(words)):
        return True  # "the former player" of "former kessby player": its first words and head, a name between
    for at in range(len(words) - len(want) + 1):
        if (words[at:at + len(want)] == want
                and (at + len(want) == len(words) or words[at + len(want)] in NAME_GOES_ON)
                and (at == 0 or words[at - 1] not in RANK_MODIFIERS
                     or (words[at - 1] in _FORMER and " ".join(want) in _FORMER_PEOPLE))
                and not _BEFORE_TIED & set(words[:at])):
            return True
    return False


def newspaper(name: str, written: str) -> bool:
    """Whether the canonical ``name``, ``written`` at the end of that text, is a newspaper's: its last word a
    masthead's ("Courier", "Chronicle": see ``PAPER_NAME_WORDS``), "the" before it ("the Kessel Courier
    reported"), no person whom a "he" or "she" may mean."""
    return (name.rpartition(" ")[2] in PAPER_NAME_WORDS
            and re.search(rf"(?<![\w'’-])the\s+{re.escape(name)}\W*$", text_key(written)) is not None)


#: A body's description by its rank, perhaps among the nation's or the world's, with a word or two of its trade or
#: cause before its noun (group 1): "nation's largest gun group", "world's biggest carmaker", "leading rights group".
RANKED_BODY = re.compile(r"(?:(?:nation|country|world|state)['’]s\s+)?(?:largest|biggest|oldest|leading|most\s+"
                          r"(?:powerful|influential))\s+(?:[a-z][\w-]*\s+){0,2}?([a-z]+)")


def business_name_end(words: list[str]) -> bool:
    """Whether a name's key ``words`` end as a business's do ("Velta Motors": see ``BUSINESS_NAME_ENDS``), or in a
    trade a state's body ends its name with too, after words of no state's body ("Harlow Defence", "Castell Security";
    not "Ministry of Defence", "Homeland Security": see ``SHARED_TRADE_ENDS``); a state's body named "of" the trades it
    answers for, or a learned body the field it studies, is none ("Ministry of Oil and Gas", "Kessel Board of Poultry",
    "Royal Society of Chemists": see ``_BODY_OF_FIELD``)."""
    if _BODY_OF_FIELD.search(" ".join(words)) or public_care(words):
        return False
    return words[-1] in BUSINESS_NAME_ENDS or (len(words) > 1 and words[-1] in SHARED_TRADE_ENDS
                                               and not set(words[:-1]) & _STATE_TRADE_WORDS)


#: A state's body's noun before "of" or "for" in a name's key ("ministry of" of "ministry of oil and gas", "office
#: for" of "office for vaccines"), or a learned or advisory body's before "of", "on" or "for" ("society of" of "royal
#: society of chemists", "committee on" of "joint committee on vaccines", "institute of oncology"), which makes the
#: trades after it what the body answers for or studies, not a firm's trade (see :func:`business_name_end`).
_BODY_OF_FIELD = re.compile(r"(?<![\w'-])(?:(?:ministry|department|board|bureau|office|commission|authority|agency"
                            r"|administration|council|directorate|secretariat) (?:of|for)"
                            r"|(?:society|committee|institute|college|association|academy|centre|center|faculty)"
                            r" (?:of|on|for)) (?=\w)")


#: Words before "care" that name a public care service, as keys ("Adult Social Care", "Primary Care", "Intensive
#: Care"): a council's or a health service's, no care-home operator's (see :func:`public_care`).
_PUBLIC_CARE_WORDS = frozenset("social primary secondary intensive critical palliative continuing".split())


def public_care(words: list[str]) -> bool:
    """Whether a name's key ``words`` end in "care" after a word of a public care service ("marlshire adult social
    care", "kessel primary care": see ``_PUBLIC_CARE_WORDS``), which "Silverbirch Care", a firm's, has not."""
    return words[-1] == "care" and bool(set(words[:-1]) & _PUBLIC_CARE_WORDS)


#: Words of a state's insurance scheme's name, as keys ("National Insurance", "Social Insurance", "Federal Deposit
#: Insurance"): a name ending in "Insurance" that holds one is no insurer's (see :func:`firm_named`).
_STATE_INSURANCE_WORDS = frozenset("national social state public federal deposit unemployment employment disability"
                                   .split())


#: The last words of a shop's name that say its premises ("Office Depot", "Carpet Warehouse", "Tile Mart", "Harlow
#: Superstore"), as keys: a firm's name (see :func:`firm_named`) but after "the", which makes it a site ("the Harlow
#: Depot closed"), as a place-like word would.
_PREMISES_NAME_ENDS = frozenset("depot warehouse mart superstore megastore".split())


#: The words after a firm's trade that make its name a group's or a company's ("Ashcombe Care Group", "Velta Motors
#: Company"), as keys: the firm's still (see :func:`firm_named`), though "Group" alone after a word may be a civic
#: body's ("Harbour Rights Group").
_GROUP_AFTER_TRADE = frozenset("group company".split())


def firm_named(name: str, original: str) -> bool:
    """Whether the canonical ``name`` is a firm's, written in ``original`` as two to four capitalised words of which
    the last is a trade that names only a business ("Ostrava Chemicals", "Velta Motors", "Ember Labs": see
    ``FIRM_NAME_ENDS``), or "Insurance" after no word of a state's scheme ("Strandline Insurance"; not "National
    Insurance": see ``_STATE_INSURANCE_WORDS``), or a lender owned by its savers, "Mutual" or "Building Society"
    after its own name ("Harlan Mutual", "Brightwater Building Society"), or a shop's premises not written after
    "the" ("Office Depot"; not "the Harlow Depot", a site: see ``_PREMISES_NAME_ENDS``), "Group" or "Company" after
    any of those allowed ("Ashcombe Care Group"); not a person's whose surname is such a word (see
    :func:`given_surname`: "Tom Steel"), nor a state's broadcaster named after its country or capital ("Moscow
    Radio": see ``BROADCASTER_NAME_ENDS``), which "Moscow said" does not mean."""
    words = name.split(" ")
    if len(words) > 2 and words[-1] in _GROUP_AFTER_TRADE and words[-2] in FIRM_NAME_ENDS:
        words = words[:-1]  # "Ashcombe Care Group": the firm "Ashcombe Care" heads its group
    insurer = words[-1] == "insurance" and not set(words) & _STATE_INSURANCE_WORDS  # "Strandline Insurance"
    savers = words[-1] == "mutual" or len(words) > 2 and words[-2:] == ["building", "society"]  # "Harlan Mutual"
    premises = words[-1] in _PREMISES_NAME_ENDS
    if (not 1 < len(words) <= 4 or not (words[-1] in FIRM_NAME_ENDS or insurer or savers or premises)
            or given_surname(words) or public_care(words)):
        return False
    if words[-1] in BROADCASTER_NAME_ENDS and government_of(" ".join(words[:-1])) is not None:
        return False  # "Moscow Radio", "Ukraine TV": a state's broadcaster, whose first word alone is the state
    the = r"(?<![\w'’-])the\s+" if premises else ""
    found = re.search(r"(?<!\w)(?P<the>" + the + r")?" + r"\s+".join(map(re.escape, words)) + r"(?!\w)",
                      fold_apostrophes(original), re.I)
    return (found is not None and not found.group("the")
            and all(word[:1].isupper() for word in found.group().split()))
