"""A source's name cut from the title or role written before it, one job of :func:`framing.source_forms.display_source`:
"Chief Executive Tom Lee" gives "Tom Lee", "union general secretary Tomas Brandt" "Tomas Brandt", "the watchdog Ofcom"
"Ofcom", "Foreign Minister Ana Dorr's office" "Ana Dorr's office", "spokesman for the Chinese embassy" "Chinese embassy
spokesperson"; and whether a part of a source is a personal name ("Mayor Ana Ruiz") rather than a role.
"""

from __future__ import annotations

import re

from .given_names import given_name_sex, is_given_name
from .person_names import (
    DEPARTMENTS,
    NAME_WORDS,
    opens_as_name,
    name_start,
    surname_alone,
    is_name,
    personal_name,
)
from .source_keys import SUFFIXES
from .source_kinds import TRADE_WORD, business_kind, business_trade
from .source_words import (
    CIRCUMSTANCES,
    LOCAL_TITLES,
    AGE_ALONE,
    BROADCAST_LABELS,
    BODY_KINDS,
    BODY_NOUNS,
    BODY_WORDS,
    COMPANY_WORDS,
    FIRM_NAME_ENDS,
    INSTITUTIONS,
    JOINERS,
    KIN_WORD,
    PARTICLES,
    PERSON_NOUNS,
    PERSON_ROLES,
    PORTFOLIOS,
    PRIVATE_PERSONS,
    ROLE_END,
    ROLE_WORD,
    TITLE,
    TRADES,
    TRADES_BEFORE_NAMES,
    TRADES_BEFORE_GIVEN_NAMES,
)


#: A spokesperson's noun and whom they speak for, either way round ("spokesman for the Chinese embassy", "the
#: embassy's spokeswoman"; group 1 whom), or the noun alone: one spokesperson, however written (see
#: :func:`one_spokesperson`).
_SPOKES_FOR = re.compile(r"^spokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?(.+)$", re.I)
_SPOKES_AFTER = re.compile(r"^(.+?)(?:'s|’s)?\s+spokes(?:man|woman|person)$", re.I)
_SPOKES_ALONE = re.compile(r"^spokes(?:man|woman|person)$", re.I)

#: Titles that are also words of other names ("Captain America", "Admiral Insurance", "Bishop Auckland",
#: "Imam Reza Shrine", "AG Barr", "General Motors", "Lord & Taylor", "Miss Universe", "Pastor Maldonado"),
#: and peerages, whose holder is known by a title and one name ("Lord Cameron", "Baroness Hale"), and a
#: legislator's titles, words of other names too ("Deputy Leader", "Representative Office", "MP Materials"):
#: a person's name after them has two words or more ("Congressman Anthony Weiner", "Deputy Kh. Dzhabrailov",
#: "Labour MP Jane Roe"), as an army's "Major" ("Major League", "Spokesman Major Tomas Reyl"). A parliament's
#: letters but "MP" are titles only after a party's word or another
#: ("Fianna Fáil TD", "SNP MSP", "Sinn Féin MLA", "Plaid Cymru MS", "Labour MEP", "Opposition TD"): first in
#: a name, they are a firm's ("TD Ameritrade Holding"). A priest's "Father" is one too ("Jesuit Father Tom Renn"),
#: and a church's "Cardinal", "Canon", "Patriarch", "Metropolitan" and "Deacon" ("Cardinal Health", "Canon Inc").
_SHORT_TITLES = re.compile(r"(?:^|\s)(?:Admiral|Captain|Major|Bishop|Imam|AG|DA|General|Lord|Lady|Baroness|Miss|"
                           r"Principal|Pastor|Father|MP|Deputy|Congressman|Congresswoman|Representative|Lawmaker|"
                           r"Alder|Cardinal|Canon|Patriarch|Metropolitan|Deacon)$|\s(?:MEP|MSP|MS|MLA|TD)$")
#: A title shortened with a stop ("Rep.", "Sen.", "Gen."), which may stand inside a longer role before a name
#: ("chairman of the House Harbour Committee Rep. Adam Korvel", "Retired Air Force Gen. Ola Brisk").
_STOPPED_TITLE = re.compile(r"(?:Rep|Sen|Gov|Gen|Lt|Col|Maj|Capt|Adm|Sgt|Dr|Prof|Amb|Supt|Insp|Det)\.")
#: A role word, in either case, then "of" or "for": what may name the role's body before the name ("attorney for the
#: District of ...", "Secretary for Harbour Security ...").
_ROLE_OF = re.compile(r"(?<![\w'’])(?:attorney|secretary|director|chairman|chairwoman|chair|speaker|head|"
                      r"commissioner|minister|president|governor|leader|chief|ambassador|prosecutor|administrator|"
                      r"member|holder|superintendent|general)"
                      r"\s+(?:of|for)\s+(?:the\s+)?", re.I)

#: An initial inside a name ("B." of "Adam B. Schiff").
INITIAL = re.compile(r"[A-Z]\.")
#: "to" and one to three capitalised words ending a span: whom something was sent to ("... Jennifer Osk to Vantner").
_TO_NAME = re.compile(r"\s+to\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$")
#: The most words a title has ("Leader of the Opposition"): a name's title is read from that many words before it.
_TITLE_WORDS = 4

#: Trades that sports copy capitalises as a title before a surname alone ("Coach Harding said", "Skipper Orr"): the
#: person by that surname, as "coach Harding" is (see :func:`name_after_role`).
_TITLE_CASE_TRADES = frozenset("coach skipper".split())

#: Trades a shop or a firm plies as a person may, capitalised as the sentence opens before a name ("Builder",
#: "Grocer"): a description of the firm named after it where that name reads as a firm's (see
#: :func:`_trade_before_firm`).
_SHARED_TRADES = frozenset("builder housebuilder grocer baker butcher brewer printer jeweller jeweler roofer".split())
#: The words after "&" that close a family firm's name ("Marlow & Sons", "Brand & Co").
_FAMILY_FIRM_ENDS = frozenset("sons son daughters co co. brothers".split())
#: Words of a street's or a place's name that such a trade may open ("Baker Street", "Butcher Row", "Brewer Lane"):
#: the firm named after the place keeps the trade's word ("Baker Street Homes").
_PLACE_AFTER_TRADE = frozenset("street st road lane row square yard court place way hill gate green close mews".split())


def _body_word_alone(name: list[str]) -> bool:
    """Whether ``name``, what follows a business's trade, is one word naming a kind of body, which makes the trade
    part of a body's name ("Homebuilder Federation", "Retailer Magazine"), not a firm described by its trade."""
    return len(name) == 1 and (name[0] in BODY_WORDS or name[0] in INSTITUTIONS or name[0].lower() in BODY_NOUNS)


def _trade_before_firm(words: list[str]) -> bool:
    """Whether ``words`` (three or more) are a trade a person may ply too, capitalised (see ``_SHARED_TRADES``),
    before a name that reads as a firm's: named for the trade ("Builder Hollis Build", "Baker Orrin Bakery"),
    ending in a firm's word ("Builder Hollis Homes": see ``FIRM_NAME_ENDS``) or "&" and a family firm's word
    ("Grocer Marlow & Sons"). Not a plural or possessive trade ("Builders' union Ucatt"), nor a person's name after
    it ("Builder Tom Vell"), nor a street's the trade opens ("Baker Street Homes": see ``_PLACE_AFTER_TRADE``)."""
    trade, name = words[0].lower(), [word.lower() for word in words[1:]]
    if trade not in _SHARED_TRADES or not opens_as_name(words[1]) or name[0] in _PLACE_AFTER_TRADE:
        return False
    family = len(name) >= 3 and name[-2] in ("&", "and") and name[-1] in _FAMILY_FIRM_ENDS
    return family or name[-1] in FIRM_NAME_ENDS or (len(name[-1]) >= 4 and name[-1].startswith(trade[:-2]))


#: Those and an eyewitness, capitalised opening a sentence before a person's name ("Witness Ana Voss", "Survivor Ana
#: Voss"), dropped from the name as a trade is (see :func:`_is_trade_then_name`).
_OPENING_CIRCUMSTANCES = CIRCUMSTANCES | {"eyewitness"}


def one_spokesperson(form: str) -> str:
    """"spokesman for the Chinese embassy", "the embassy's spokeswoman" → "Chinese embassy
    spokesperson", "embassy spokesperson"."""
    for pattern in (_SPOKES_FOR, _SPOKES_AFTER):
        found = pattern.match(form)
        if found:
            return f"{found.group(1)} spokesperson"
    return "spokesperson" if _SPOKES_ALONE.match(form) else form


#: Words that open a count of a group, not a name ("Another Republican", "One Democrat", "Some Republicans").
_COUNT_OPENINGS = frozenset("another one some several many few each every both other".split())


def person_part(part: str) -> bool:
    """Whether the comma-separated ``part`` of a source is a personal name, a title before it allowed, and no role
    ("Mayor Ana Ruiz"; not "Acme Corp." nor "spokesman for the Ministry"), nor one of a group counted ("Another
    Republican" of "Another Republican, Rep. Tomas Vask", who names the person after the comma)."""
    words = name_after_title(TITLE.sub("", part)).split(" ")
    return is_name(words) and words[0].lower() not in _COUNT_OPENINGS and not ROLE_END.search(part)


#: A body's kind in lower case, a word or two before it (the first capitalised where it opens the sentence), then
#: "the" and the body's capitalised name to the end (group "name"): "Industry body the Open Registries Council",
#: "campaign group the Clean Seas Alliance"; the writer's description of the body, no part of its name.
_KIND_THEN_THE_NAME = re.compile(
    rf"^(?:(?:the|an?|The|An?)\s+)?(?:[A-Za-z][a-z'’-]*\s+)?(?:[a-z][\w'’-]*\s+)?"
    rf"(?:{'|'.join(sorted(BODY_KINDS | {'body', 'bloc', 'forum', 'lobby'}))})"
    r"\s+the\s+(?P<name>[A-Z][\w'’.&-]*(?:\s+(?:of|for|and|&|[A-Z][\w'’.&-]*))*)$")


def name_after_role(form: str) -> str:
    """The capitalised name that ends a lower-case role: "union general secretary Tomas Brandt" →
    "Tomas Brandt", and a body's one-word name after its kind: "the watchdog Ofcom" → "Ofcom", any name after "NGO"
    and "the" or lower-case words ("the NGO Carvel Watch", "the Madrid-based NGO Carvel Watch" → "Carvel Watch";
    "NGO Monitor" stays); "the
    Ministry of Foreign Affairs" stays whole (its lower-case word is a function word), and so does a group placed
    somewhere ("Fishermen on the lower Selka River", as "farmers along the Selka River" is: the place does not
    speak; see ``_PLACED_GROUP``), and so does a private person from somewhere ("A witness from Traverse City": see
    :func:`private_person`), and so does a person placed at a body named after its kind ("Ilya Brandt at the firm
    Northgate Labs": see :func:`_named_before_body`). A name after "rival" or "competitor" (see ``_RIVALS``),
    capitalised or not, is the name ("Rival Orbitec" → "Orbitec"); so is a body's name after its kind and "the"
    ("Industry body the Open Registries Council" → "Open Registries Council": see ``_KIND_THEN_THE_NAME``)."""
    kind_then_name = _KIND_THEN_THE_NAME.match(form)
    if kind_then_name:
        return kind_then_name.group("name")
    words = form.split(" ")
    described = words.index("NGO") if "NGO" in words[1:-1] else 0  # not "NGO Monitor", a name of its own
    if described and all(word.islower() or word in ("The", "An") or word.endswith("-based")
                         for word in words[:described]):
        named = words[described + 1:]  # "the NGO Carvel Watch", "rights NGO Carvel Watch": the NGO's name
        if name_start(named) == 0:
            return " ".join(named)
    joined = _joined_name_after_kind(words)
    if joined:
        return joined  # "The animal rights group Freedom for Captives": "Freedom for Captives"
    tail = name_start(words)
    if (_named_after_lower_word(words, tail) and words[tail - 1] not in JOINERS
            and not _PLACED_GROUP.match(form) and not private_person(words[:tail - 1], words[tail - 1])
            and not _named_before_body(words[:tail]) and not _served_by_role(words[:tail])):
        return " ".join(words[tail:])
    if len(words) >= 3 and tail == 0 and _is_trade_then_name(words):
        return " ".join(words[1:])  # "Striker Tomás Ibarra": a trade capitalised as the sentence opens
    if len(words) == 2 and words[0].lower() in _TITLE_CASE_TRADES and surname_alone(words[1]):
        return words[1]  # "Coach Harding": a trade capitalised as a title before a surname, as "coach Harding" is
    if len(words) >= 2 and business_trade(words[0]) and opens_as_name(words[1]) and not _body_word_alone(words[1:]):
        return " ".join(words[1:])  # "Drugmaker Veltrix Pharma", "Carmaker Velta Motors"
    if len(words) >= 3 and _trade_before_firm(words):
        return " ".join(words[1:])  # "Builder Hollis Build", "Grocer Marlow & Sons": the firm, its trade described
    rival = next((k for k, word in enumerate(words[:-1]) if word.lower() in _RIVALS), None)
    if (rival is not None and name_start(words) in (rival, rival + 1)
            and all(word.islower() or word in _OWNERS_OPENING for word in words[:rival])):
        return " ".join(words[rival + 1:])  # "Rival Orbitec", "his rival Tom Vask", "competitor Orbitec"
    if (len(words) - tail == 1 and tail > 0 and (words[tail - 1] in BODY_KINDS or business_kind(words[tail - 1])
                                                 or words[tail - 1] in _OUTLET_KINDS
                                                 or words[tail - 1].lower() in _SHORT_SELLER
                                                 or " ".join(words[max(0, tail - 2):tail]).lower() in _SHORT_SELLER)
            and not _named_before_body(words[:tail])):
        return words[-1]  # "the environmental group RiverWatch", "Ferry operator Northlink", "the channel DTV-1"
    return form


def _joined_name_after_kind(words: list[str]) -> str:
    """The body's name after its kind in lower case that a description in lower case opens ("The animal rights group
    Freedom for Captives", "the charity Voice of the Valley"), a name of capitalised words with "of", "for" or "the"
    inside it (see ``_NAME_JOINERS``), which :func:`name_start` does not read past; "" for anything else, a name
    with none of those words (read as any name after a lower-case word is), or one opening with a person's role ("the
    union President Tom Vell")."""
    start = next((at for at, word in enumerate(words) if not word.islower() and word not in ("The", "A", "An")), 0)
    if start == 0 or words[start - 1] not in BODY_KINDS or start + 2 > len(words):
        return ""
    name = words[start:]
    inside = name[1:-1]
    if (not opens_as_name(name[0]) or not opens_as_name(name[-1]) or name[0].lower() in PERSON_ROLES
            or not any(word in _NAME_JOINERS for word in inside)
            or not all(word in _NAME_JOINERS or opens_as_name(word) for word in inside)):
        return ""
    return " ".join(name)


#: Lower-case words inside a body's name after its kind ("Freedom for Captives", "Friends of the Wolds"): see
#: :func:`_joined_name_after_kind`.
_NAME_JOINERS = frozenset({"of", "for", "the"})


def _named_after_lower_word(words: list[str], tail: int) -> bool:
    """Whether the capitalised name at ``tail`` ends ``words`` after a word in lower case, a name of two words or more
    ("union secretary Tomas Brandt"), a surname alone after a person's role ("coach Harding", "minister Ahmed"), so
    that a later "Harding" is the same person as a later "Tomas Brandt" is, or a given name alone after a relative's
    noun ("his daughter Jean", "the victim's brother Tom": see ``KIN``), as "his daughter, Jean" is Jean."""
    if tail == 0 or tail == len(words) or not words[tail - 1].islower():
        return False
    return len(words) - tail >= 2 or words[tail - 1] in PERSON_ROLES or KIN_WORD.fullmatch(words[tail - 1]) is not None


#: Words that set a name after them against another's ("Rival Orbitec", "his rival Tom Vask", "competitor
#: Codewell"), capitalised as a sentence opens too: the name alone speaks (see :func:`name_after_role`).
_RIVALS = frozenset({"rival", "competitor"})
#: A determiner or an owner capitalised as a sentence opens, before a role ("His rival Tom Vask").
_OWNERS_OPENING = frozenset({"The", "A", "An", "His", "Her", "Its", "Their", "Our"})


#: Prepositions that place a person at a body ("Ilya Brandt at the firm Northgate Labs").
_AT_BODY = frozenset("of at from with".split())


def _named_before_body(words: list[str]) -> bool:
    """Whether ``words``, what stands before a name after a lower-case word, are a capitalised name, a preposition of
    ``_AT_BODY`` and "the" with lower-case words ("Ilya Brandt of the firm", "Ilya Brandt at the research firm"): the
    name after them is the body the person is of, not the person a role names."""
    at = next((k for k, word in enumerate(words) if word in _AT_BODY), None)
    return (at is not None and at > 0 and opens_as_name(words[at - 1]) and at + 2 < len(words)
            and words[at + 1] == "the" and all(word.islower() for word in words[at + 2:]))


def private_person(words: list[str], preposition: str) -> bool:
    """Whether ``words`` before ``preposition`` and a capitalised name describe a private person whom the name places
    ("A witness from", "a 61-year-old man from", "a mother of three from"; "of" or "in" only after "a" or "an": "a
    Kessel resident of", not "the mayor of"): a private person's noun (see ``PRIVATE_PERSONS``), one who works their
    own land, boat or shop (see ``_SELF_EMPLOYED``) or an age before lower-case words, whom the place describes; "An
    executive from Orvane Inc." is the company's. "near" places any lower-case noun: "A farmer near Holt Green", "an
    official near Kessel" are never the place's."""
    if not words or preposition not in ("from", "of", "in", "near"):
        return False
    if preposition not in ("from", "near") and words[0].lower() not in ("a", "an"):
        return False
    head = words[-1].lower()
    if preposition == "near":
        return words[-1].islower()
    aged = any(AGE_ALONE.fullmatch(word) for word in words)
    return (head in PRIVATE_PERSONS or head.removesuffix("s") in PRIVATE_PERSONS or head in _SELF_EMPLOYED
            or (aged and words[-1].islower()))


#: Trades of people who work their own land, boat or shop, whom a place after "from" describes as it does a private
#: person ("A farmer from Holt Green"), while a role from a body speaks for it ("An inspector from Holt Farm
#: Standards"): see :func:`private_person`.
_SELF_EMPLOYED = frozenset("farmer grower crofter smallholder fisherman fishermen shopkeeper beekeeper".split())


def _is_trade_then_name(words: list[str]) -> bool:
    """Whether ``words`` are a trade ("Lawyer", "Co-author", "Hydrologist") or the writer's word for a person
    (``PERSON_NOUNS``: "Candidate", "Businessman"), then a personal name of two words or more, not a body's ("Lawyer
    Nadia Brennock", "Candidate Rolf Jansky"; not "Referee Appointments Board"); a trade known only by its
    ending before a name with no word of a body's, portfolio's or role's ("Methodist Episcopal Church",
    "Federalist Radio Hour" and "Populist Interior Minister" stay whole); what befell a person or what they saw
    ("Witness", "Survivor", "Eyewitness": see ``_OPENING_CIRCUMSTANCES``) or a trade of ``TRADES_BEFORE_GIVEN_NAMES``
    before a known given name ("Witness Ana Voss", "Chef Anna Krall"; "Victim Support Scotland" and "Producer Price
    Index" stay whole); a broadcast's label before a name with no firm's or body's word ("Host Jonah Fell": see
    ``BROADCAST_LABELS``; "Anchor Bay Capital" stays whole)."""
    listed = words[0].lower() in TRADES or words[0].lower() in PERSON_NOUNS
    befell = words[0].lower() in _OPENING_CIRCUMSTANCES | TRADES_BEFORE_GIVEN_NAMES and is_given_name(words[1])
    labelled = words[0].lower() in BROADCAST_LABELS | TRADES_BEFORE_NAMES and not any(
        word.lower() in FIRM_NAME_ENDS | COMPANY_WORDS | BODY_NOUNS for word in words[1:])
    known = listed or befell or labelled or TRADE_WORD.fullmatch(words[0]) is not None
    if not known or not is_name(words[1:]) or words[-1] in INSTITUTIONS:
        return False
    return listed or not any(w in INSTITUTIONS or w in BODY_WORDS or w in PORTFOLIOS or ROLE_WORD.fullmatch(w)
                             for w in words[1:])


def name_after_long_role(form: str) -> str:
    """The personal name ending a role that names its body or portfolio after "of" or "for" ("former attorney for the
    District of Veldmark Joseph diMarco" → "Joseph diMarco", "then-Deputy Secretary for Harbour Security Ana Voss" →
    "Ana Voss", "Speaker of the House Ned Varga"): the last name word, an initial or particles before it, and a given
    name, known as one (see :func:`framing.given_names.given_name_sex`) or after a body's, portfolio's or line of
    work's word (see ``DEPARTMENTS``: "Director of Investigations Ola Brenner" → "Ola Brenner"). The
    body's words are all capitalised and hold no title, so that "lawyer for President Ana Voss" (her lawyer speaks)
    stays whole."""
    found = None
    for found in _ROLE_OF.finditer(form):
        pass  # the last role's body: "secretary of state for Harbour Security ..."
    if found is None:
        return form
    words = form[found.end():].split(" ")
    at = len(words) - 1
    if at > 0 and words[at].rstrip(".") in SUFFIXES:
        at -= 1  # "Jr."
    at -= 1
    while at > 0 and (words[at] in PARTICLES or INITIAL.fullmatch(words[at])):
        at -= 1  # "Adam B. Schiff", "Ursula von der Leyen"
    name, body = words[at:], [word for word in words[:at] if word not in JOINERS]
    if (at < 1 or not body or not is_name(name)
            or any(word in INSTITUTIONS or word in BODY_WORDS or word in PORTFOLIOS for word in name)):
        return form  # "Secretary of the Department of Homeland Security" names no one
    portfolio = _lower_case_portfolio(body)
    if not (portfolio or all(opens_as_name(word) for word in body)) or any(
            ROLE_WORD.fullmatch(word) or _STOPPED_TITLE.fullmatch(word) or _SHORT_TITLES.search(word) for word in body):
        return form
    after_body = not portfolio and (body[-1] in INSTITUTIONS or body[-1] in BODY_WORDS or body[-1] in PORTFOLIOS
                                    or body[-1] in DEPARTMENTS)
    return " ".join(name) if after_body or given_name_sex(name[0]) is not None else form


def _lower_case_portfolio(body: list[str]) -> bool:
    """Whether ``body``, the words after a role's "of" or "for" and before a name, are a portfolio written in lower
    case, as local government copy writes one ("finance" of "cabinet member for finance Colin Beckwith", "housing
    regeneration" of "portfolio holder for housing and regeneration Ana Voss"; "and" left out): the name after it is
    the role holder's, when a known given name opens it, as after a capitalised portfolio."""
    return all(word.isalpha() and word.islower() for word in body)


def without_recipient(form: str) -> str:
    """A person's name without whom they sent something to ("Jennifer Osk to Vantner" of "an email sent by press
    director Jennifer Osk to Vantner"): the sender is the source; a post held "to" a country has no name before its
    "to" ("Ambassador to Veldmark") and stays."""
    found = _TO_NAME.search(form)
    if found is None:
        return form
    head = form[:found.start()]
    name = name_after_title(name_after_role(head)).split(" ")
    person = (len(name) >= 2 and is_name(name) and not any(ROLE_WORD.fullmatch(word) for word in name)
              and name[-1] not in INSTITUTIONS and name[-1] not in BODY_WORDS)
    return head if person else form


#: A local title (see ``LOCAL_TITLES``) or "Principal" ending the words before a name.
_LOCAL_TITLE_END = re.compile(rf"(?:^|[\s-])(?:{LOCAL_TITLES}|Principal)$")


#: A source owned by a possessive ("Foreign Minister Ana Dorr's office"): group 1 the owner, group 2 the rest.
_OWNED = re.compile(r"(.+?)((?:'s|’s)\s+[a-z][\w\s'’-]*)")


def titled_owner(form: str) -> str:
    """``form`` owned by a titled person's name with the title left out of the owner ("Ana Dorr's office" of
    "Foreign Minister Ana Dorr's office"), as the name alone is read (see :func:`name_after_title`): the
    person's side, not a title's."""
    found = _OWNED.fullmatch(form)
    if found is None:
        return form
    return name_after_title(found.group(1)) + found.group(2)


def name_after_title(form: str) -> str:
    """The name after a capitalised title ("Chief Executive Tom Lee" → "Tom Lee"); the form as it is
    when no name follows the title ("President", "Chief Executive Officer")."""
    words = form.split(" ")
    if words[-1] in INSTITUTIONS or words[-1] in PORTFOLIOS:
        return form
    named = 0  # words of the name after the cut that are no particle
    for cut in range(len(words) - 1, 0, -1):
        named += words[cut] not in PARTICLES
        if named > NAME_WORDS:
            break  # too long for a name here, and at every cut before
        head = " ".join(words[max(0, cut - _TITLE_WORDS):cut])  # the words before the cut that a title can end
        short = _SHORT_TITLES.search(head) or _STOPPED_TITLE.fullmatch(words[cut - 1])  # "... Committee Rep. Ana Bell"
        if ((ROLE_END.search(head) or (short and len(words) - cut >= 2))
                and is_name(words[cut:]) and (not _LOCAL_TITLE_END.search(head) or personal_name(words[cut:]))):
            before = " ".join(words[:cut - 2])
            if (cut >= 3 and words[cut - 2] == "and" and not ROLE_END.search(before)
                    and is_name(name_after_title(before).split())):
                # "Dr. Ines Farrow and Dr. Li Tsai": two people named, each without the title, as "Ines Farrow and
                # Li Tsai" is; not the last alone, but one person's two titles ("Vellum Water President and CEO")
                return f"{name_after_title(before)} and {' '.join(words[cut:])}"
            return form if _served(words[:cut]) else " ".join(words[cut:])
    # "Minister for Foreign Affairs Penny Wong": a role, its portfolio, then the name (two words)
    if (len(words) >= 5 and ROLE_WORD.fullmatch(words[0]) and words[1] in ("for", "of")
            and words[-3] in PORTFOLIOS and is_name(words[-2:])):
        return " ".join(words[-2:])
    return form


def _served(words: list[str]) -> bool:
    """Whether ``words``, before a titled name, end with a word in lower case and "to" or "for" before the title
    ("former adviser to Prime Minister", "chief of staff to Senator", "a lawyer for President", "a letter addressed
    to Chairman"): the name is whom a role serves or a letter went to, who never speaks by it (the aide, adviser or
    lawyer does), as "a lawyer for Oskell" is. Not a
    spokesperson, who speaks for the name, nor a capitalised role that is part of the title ("Special Adviser to
    the President Ana Voss" is Ana Voss), nor a role whose "for" or "to" names the office the name holds or seeks
    or where it serves (see ``_OWN_OFFICE_ROLES``: "The Republican candidate for Governor Ana Voss", "the envoy to
    Kessel Ambassador Ana Voss"), nor a portfolio after it ("Kessel's secretary for Justice Ana Voss"): the title
    is the name's own."""
    at = _serving_at(words)
    title = words[at + 1:]
    first = next((word for word in title if word != "the"), "")
    return (at > 0 and first not in PORTFOLIOS
            and all(opens_as_name(word) or word in ("the", "of") for word in title))


def _served_by_role(words: list[str]) -> bool:
    """Whether ``words``, before a capitalised name, end with a role in lower case that a serving role's "to" or
    "for" opens ("A lawyer for opposition candidate", "an aide to former president"): the name is whom the lawyer
    or aide serves, as after a title (see :func:`_served`); so do kin's "of" ("The family of soap actor"), a place
    of origin allowed among the role's words ("The parents of Keldon-born singer")."""
    at = _serving_at(words)
    role = [word for word in words[at + 1:] if word != "the"]
    return at > 0 and bool(role) and all((word.islower() and word.replace("-", "").isalpha())
                                         or _PLACE_OF_ORIGIN.fullmatch(word) is not None for word in role)


#: A place's name joined to where someone was born, raised or works ("Keldon-born" of "Keldon-born singer").
_PLACE_OF_ORIGIN = re.compile(r"[A-Z][a-z]+-(?:born|bred|raised|based)")


def _serving_at(words: list[str]) -> int:
    """Where in ``words`` the last "to" or "for" stands after a role that serves someone, or "of" after
    "campaign" or a backer's or opponent's noun (``_SIDES_WITH``: "a former backer of", "an ally of") ("a lawyer
    for", "Lawyers for", "chief of staff to", "The campaign of"); 0 for none. The role is in
    lower case, or a person's role in the plural that opens the words ("Lawyers for", "Aides to"), and no
    spokesperson (who speaks for the name) nor a role whose "to" or "for" names its own office (see
    ``_OWN_OFFICE_ROLES``)."""
    at = max((i for i, word in enumerate(words) if word in ("to", "for") or (word == "of" and i > 0
                                                                              and words[i - 1] in _OF_SERVED)),
             default=0)
    role = words[at - 1] if at > 0 else ""
    lower = role.isalpha() and role.islower()
    plural = at == 1 and role[1:].islower() and role.lower().removesuffix("s") in PERSON_ROLES
    return at if ((lower or plural) and not _SPOKES_ALONE.fullmatch(role) and role not in _OWN_OFFICE_ROLES) else 0


#: A campaign, whose "of" names whom it serves ("The campaign of Governor Philip Marsh"), who does not speak by it.
_CAMPAIGNS = frozenset("campaign campaigns".split())
#: Someone who backs or opposes a person, whose "of" names that person ("a former backer of Sen. Tom Vask", "an
#: ally of Gov. Ana Ruiz"): the backer speaks, not the person named after "of".
_SIDES_WITH = frozenset("""backer backers supporter supporters ally allies critic critics opponent opponents rival
    rivals foe foes detractor detractors""".split())
#: A person's family, kin, friends or colleagues, whose "of" names whom they belong to ("The family of soap actor Ryan
#: Tasker", "the widow of playwright Tom Vell", "friends of singer Ana Ruiz"): the family speaks, not the person.
_KIN_OF = frozenset("""family families relative relatives widow widower wife husband son sons daughter daughters
    parents mother father brother brothers sister sisters children friend friends colleague colleagues neighbour
    neighbours neighbor neighbors""".split())
#: Nouns whose "of" names whom they serve, side with or belong to (see :func:`_serving_at`).
_OF_SERVED = _CAMPAIGNS | _SIDES_WITH | _KIN_OF


#: Roles in lower case whose "for" or "to" names an office the holder seeks or holds, or a place where they serve,
#: not a person they serve: "candidate for Governor", "nominee for Attorney General", "envoy to Kessel".
_OWN_OFFICE_ROLES = frozenset("""candidate candidates nominee nominees hopeful hopefuls contender contenders
    challenger challengers pick choice frontrunner envoy envoys ambassador ambassadors emissary""".split())


#: A group of people, a plural noun, then a preposition that places it ("Fishermen on the lower", "residents
#: along", "the protesters outside"; not "A blogger on the Web site Harbour Watch", where the site speaks).
_PLACED_GROUP = re.compile(r"^(?:the\s+|some\s+|many\s+)?[A-Za-z-]+(?:men|people|folk|(?<!s)s)\s+"
                           r"(?:on|in|along|near|around|across|outside|inside|beside)\s", re.I)

#: Lower-case nouns for a kind of news outlet that its one-word name follows ("the channel DTV-1", "the station
#: KRVA", "the website Ledgerline"): the name alone is the source, as after "broadcaster" (see
#: :func:`name_after_role`).
_OUTLET_KINDS = frozenset("channel station outlet website site".split())
#: A short seller's trade written before its one-word name ("Short seller Grayfin", "short-seller Grayfin"), lower
#: case: the name alone is the source (see :func:`name_after_role`).
_SHORT_SELLER = frozenset({"short seller", "short-seller"})
