"""A person's name in a source mention: its given name and surname, family-name-first names, a surname
named again alone, and whether a run of capitalised words is a person's name at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import dropwhile

from .given_names import given_name_of_either_sex, given_name_sex, is_given_name
from .segment import split_sentences
from .source_keys import FORMS_KEPT, OPENERS, SUFFIXES, text_key, title_case, without_accents, without_generation
from .source_kinds import TRADE_WORD, business_trade, group_opening, is_role, trade_head
from .source_places import SEATS, hall_at, is_nationality, seat_hall
from .source_words import (
    ARMED_GROUP_NAME_ENDS,
    BROADCAST_MEDIA,
    FIRM_WORDS,
    BODY_NOUNS,
    BODY_WORDS,
    BUSINESS_NAME_ENDS,
    CAMEL_PREFIXES,
    CLUB_ONLY_ENDS,
    CLUB_ONLY_STARTS,
    COUNTRIES,
    CUE_THEN_PRONOUN,
    EDGE,
    FAMILY_NAMES_FIRST,
    FIRM_NAME_ENDS,
    GLUED_PARTICLE,
    HEADLINE_SMALL_WORDS,
    INSTITUTIONS,
    LEADING,
    LEGAL_FORM_END,
    LEGAL_FORMS,
    MONTHS,
    NAME_PARTICLE_RUN,
    NAMESAKE_ROLES,
    NOT_A_NAME_START,
    OPENING_FUNCTION_WORDS,
    PARTICLES,
    PERSON_ROLES,
    PLACE_ENDS,
    PORTFOLIOS,
    POSSESSIVE,
    PRONOUNS,
    RELIEF_SOCIETY_END,
    ROLE_WORD,
    SAID_THEN,
    SHARED_TRADE_ENDS,
    TITLE,
    WEEKDAYS,
)
from .textchars import fold_apostrophes, is_combining_mark, opens_like_a_name

# "Bloomberg", a wire service, is no person's surname
from .textlines import NEWS_AGENCIES as _NEWS_AGENCIES
from .turns import SPEAKER_ROLES as _SPEAKER_ROLES

#: "M." opening a name, the word after it and a capitalised word after that ("M. Night Shyamalan", "M. Olivier Petit").
_M_BEFORE_TWO_WORDS = re.compile(r"M\.\s+([A-ZÀ-ÖØ-Þ][\w'’-]*)\s+[A-ZÀ-ÖØ-Þ]")


def initial_m(form: str) -> bool:
    """Whether the "M." that opens ``form`` is a first initial, not French copy's "Monsieur": before a word and a
    surname when that word is no man's given name (see :func:`framing.given_names.given_name_sex`) and written without
    French accents ("M. Night Shyamalan", "M. Venkaiah Naidu"; not "M. Olivier Petit", "M. Élie Petit"). Before a
    surname alone ("M. Petit", "M. Quill") it may be either: :meth:`SourceIndex.add` reads the mention's sex."""
    found = _M_BEFORE_TWO_WORDS.match(form)
    return (found is not None and given_name_sex(found.group(1)) != "he"
            and without_accents(found.group(1)) == found.group(1) and not _FRENCH_AFTER_M.fullmatch(found.group(1)))


#: A word after "M." that makes it French copy's "Monsieur" whatever given names are known: a particle opening a
#: surname ("M. Le Maire", "M. De Villepin", "M. Du Pont", "M. La Salle") or a hyphenated given name ("M. Jean-Luc
#: Mélenchon", "M. Jean-Pierre Petit").
_FRENCH_AFTER_M = re.compile(r"Le|La|Les|De|Du|Des|D['’]\w+|[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+-[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+")

#: A particle written into a name in lower case, the name's capital after it ("diMarco", "deVoss", "McBride" aside).
_CAMEL_NAME = re.compile(rf"(?:{CAMEL_PREFIXES})[A-Z][a-z][\w'’-]*")

#: The most words of a personal name, its particles aside ("Mohammed bin Salman Al Saud").
NAME_WORDS = 4

#: A body's line of work that ends a role held in it, before the holder's name ("Director of Investigations Ola
#: Brenner", "Head of Research", "Vice President of Operations"), as a portfolio ends a minister's.
DEPARTMENTS = frozenset("""Investigations Operations Research Policy Intelligence Prosecutions Planning Strategy
    Programs Programmes Studies Enforcement Compliance Marketing Sales Engineering Admissions""".split())

#: A word capitalised as a surname is, in lower case after its first letter ("Harding", "O'Neill", "Orr-Vance").
_SURNAME_CASE = re.compile(r"[A-Z][a-z][\w'’-]*")


def surnames_of(display: str) -> tuple[str, ...]:
    """The keys of the words that may be the surname of the source shown as ``display`` when it reads as a person's
    full name, two to four capitalised words as :func:`surnames_in` reads one ("Ana Toller", "Harold Pruitt Sr."),
    not a body's, a firm's or a place's ("Civic Watch Network", "Strand Systems", "New York"); none for anything
    else. A source shown by that surname alone in another document may be the same person (see
    :func:`framing.summarize`). Most names have one, the last word ("toller"); one written family name first has
    its first word ("zhou" of "Zhou Mingtao": see :func:`family_name_first`), never the given name after it; one
    whose first and last words are both common family names of the kind written first ("Lin Wei", "Wei Lin",
    "Wen Ho Lee", "Nam Le") may be written either way and has both; "Jin Park" is read given
    name first, as no such syllable spells "Park" (see :func:`family_name_first`)."""
    name = without_generation(" ".join(display.split()))
    words = name.split(" ")
    if any(w.lower() in PRONOUNS | HEADLINE_SMALL_WORDS for w in words) or NOT_A_NAME_START.intersection(words):
        return ()  # a headline's words ("Man Who Defeated Cantor", "Anybody But Cantor")
    last = text_key(words[-1])
    if not (CAPITALISED_RUN.fullmatch(name) and surnames_in(name) == {last}):
        return ()
    if not family_name_first(words):
        return (last,)
    return (text_key(words[0]), last) if last in FAMILY_NAMES_FIRST else (text_key(words[0]),)


#: Family names written first that are also common English given names ("Kim Reynolds", "Lee Zeldin"): such a
#: name is read family name first only before a given name of two words or a hyphenated one ("Kim Jong Un",
#: "Lee Jae-myung"), none of them a known given name ("Lee Roy Chan").
_FAMILY_OR_GIVEN = frozenset({"kim", "lee"})
#: A word of a Chinese, Korean or Vietnamese given name as romanised, accents and apostrophes left out: one or two
#: syllables, each a few consonants, one to three vowels and a closing consonant ("mingtao", "jong", "yeol", "phuc",
#: "duck"); not "kardashian", "west", "rimes" nor "oswald", which no such syllables spell.
_GIVEN_NAME_SYLLABLES = re.compile(r"(?:[bcdfghjklmnpqrstvwxzđ]{0,3}[aeiouy]{1,3}(?:ng|nh|ch|ck|hn|[nmkptlhrcw])?)"
                                   r"{1,2}")


def family_name_first(words: list[str]) -> bool:
    """Whether the full name of ``words`` is written family name first: its first word is a common Chinese, Korean or
    Vietnamese family name (``FAMILY_NAMES_FIRST``: "Zhou Mingtao", "Lin Wei", "Park Ji-hoon", "Nguyen Thi Lan")
    before a given name that such syllables spell (see ``_GIVEN_NAME_SYLLABLES``: not "Kim Kardashian West", "Lee
    Ann Rimes", "Chan Santokhi"), one that is also an English given name only before a given name of two words or a
    hyphenated one, no known given name among them (see ``_FAMILY_OR_GIVEN``: "Kim Jong Un", not "Kim Reynolds").
    Its first word is then the family name, which a mention alone may stand for ("Zhou"), as within a document (see
    :meth:`SourceIndex._person_shortened`)."""
    first = text_key(words[0])
    if first not in FAMILY_NAMES_FIRST:
        return False
    given = [part for word in words[1:] for part in re.split(r"[-‐‑]", without_accents(text_key(word)))]
    if not all(len(part) <= 12 and _GIVEN_NAME_SYLLABLES.fullmatch(part.replace("'", "")) for part in given):
        return False
    return first not in _FAMILY_OR_GIVEN or (
        (len(words) > 2 or "-" in words[-1]) and not any(given_name_sex(part) for part in given))


def given_names_before(text: str, surname: str) -> set[str]:
    """Keys of the words that ``text`` writes as given names just before the surname whose key is ``surname``, an
    initial between allowed: "george" of "George W. Bush", "elizabeth" of "Sen. Elizabeth Warren"; not a title, a
    role, an acronym or a word that opens a sentence or a phrase ("Mr Bush", "President Obama", "GOP Bush", "But
    Bush"), nor one before a full stop ("Florida. Bush"), nor, in a headline in title case, a word that is no known
    given name ("Aired" of "Originally Aired Bush Video Was Edited": see :func:`_in_headline`). Which person of that
    surname a document means, if it says."""
    folded = fold_apostrophes(text)
    found = set()
    headlines: dict[int, list[tuple[int, int]]] = {}  # a line's start -> its title-case sentences
    written = rf"(?<![\w'’-])([A-ZÀ-ÖØ-Þ][\w'’-]*)\s+(?:[A-Z]\.\s+)?({re.escape(surname)})(?![\w'’-])"
    for match in re.finditer(written, folded, re.I):
        word = match.group(1)
        if (word[:1].isupper() and match.group(2)[:1].isupper() and not word.isupper()
                and word not in NOT_A_NAME_START | OPENERS and not TITLE.match(word + " ")
                and not ROLE_WORD.fullmatch(word) and not is_role(word.lower())
                and (given_name_sex(word) is not None or not _in_headline(folded, match.start(), headlines))):
            found.add(text_key(word))
    return found


def _in_headline(text: str, at: int, headlines: dict[int, list[tuple[int, int]]]) -> bool:
    """Whether offset ``at`` of ``text`` lies in a sentence in title case (see :func:`title_case`), as the segmenter
    cuts the line holding it: a headline's, whose capitals say nothing of who is named. ``headlines`` keeps each
    line's title-case sentences by the line's start, so that a line is split once however many words it holds."""
    start = text.rfind("\n", 0, at) + 1
    if start not in headlines:
        end = text.find("\n", at)
        line = text[start:] if end < 0 else text[start:end]
        headlines[start] = [(begin, stop) for begin, stop in split_sentences(line) if title_case(line[begin:stop])]
    return any(begin <= at - start < stop for begin, stop in headlines[start])


#: A description after a name and its comma ("Ford, the carmaker,", "Roe, a former senator"): its words (group 1).
_DESCRIPTION_AFTER = re.compile(r",\s+(?:the|a|an)\s+((?:[a-z][\w'’-]*\s+){0,4}?[a-z][\w'’-]*)"
                                r"(?=\s*[,.;:]|\s+(?:said|says))")
#: Where a description's head ends, before what it is of or for ("the heir to the retailer": "heir").
_DESCRIPTION_HEAD_END = re.compile(r"\s+(?:of|to|for|at)\s+")
#: A legal form after a name (group 1: as written, "Co." in "Ford Co."), which is a company's if capitalised.
_FORM_AFTER = re.compile(rf"\s+(?:&\s+)?((?:{LEGAL_FORMS})\.?)(?![\w'’-])", re.I)
#: A capitalised word after a name: the name goes on ("Ford Motor"), unless the word is a legal form or a
#: generation's ("Theodore Boutrous Jr.").
_CAPITAL_AFTER = re.compile(r"\s+(?!(?:Jr|Sr)\b|I{2,3}\b|IV\b)[A-Z]")
#: The characters before a name that its last word is read from (a title or a role, "Senator", "Mr.").
_WORD_BEFORE_CHARS = 40


def surname_kind(text: str, surname: str, pronoun: bool = True) -> str | None:
    """What ``text`` writes the one capitalised word whose key is ``surname`` as (with "'s" or not), where no longer
    capitalised name goes on after it: ``"body"`` when anywhere a company's or a body's (a legal form after it,
    "Ford Co."; a business's noun before it or described after it, "carmaker Ford", "Ford, the carmaker,"; when
    ``pronoun``, "it" after its cue, "Ford said it would recall"), else ``"person"`` when a person's (a given name, a
    personal title or a capitalised role before it, "Harry Ford's office", "Mr Ford", "Senator Ford"; a person's role
    after its comma, "Ford, the chief executive,"; "he" or "she" after its cue), else ``None``: whether a surname
    that a document cites alone may be a person whose full name another document cites (see
    :func:`framing.summarize`). "It" after a mention with a given name, a title or a role before it or a role after
    it is not read: it is the object's there ("Mr. Ford said it would take years", "Senator Reid said it would
    pass"), as it often is after a bare surname too, so :func:`framing.summarize` reads it only beside a person's
    evidence in the same text."""
    folded = fold_apostrophes(text)
    person = it_after = False
    for found in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?:'s)?(?![\w'’-])", folded, re.I):
        if not found.group()[:1].isupper():
            continue
        word = "".join(folded[max(0, found.start() - _WORD_BEFORE_CHARS):found.start()].split()[-1:]).lstrip(EDGE)
        titled = bool(word) and bool(TITLE.match(word + " ") or ROLE_WORD.fullmatch(word) or is_role(word.lower()))
        given = (not titled and word[:1].isupper() and not word.isupper() and word[-1:].isalpha()
                 and word not in NOT_A_NAME_START | OPENERS)  # "Harry" of "Harry Ford's office"
        form = _FORM_AFTER.match(folded, found.end())
        if form and not form.group(1)[:1].isupper():
            form = None  # "Ford limited the damage"
        if not form and _CAPITAL_AFTER.match(folded, found.end()):
            continue  # "Ford Motor", "Betty Ford Center": a longer name
        if form:
            return "body"
        if given:
            person = True  # "Henry Ford said it would take years": "it" is no company's here
            continue
        pronoun_after = CUE_THEN_PRONOUN.match(folded, found.end())
        described = _DESCRIPTION_AFTER.match(folded, found.end())
        head = _DESCRIPTION_HEAD_END.split(described.group(1))[0].split()[-1] if described else ""
        if _kind_word(word.lower()) or _kind_word(head):
            return "body"
        role = titled or is_role(head) or head in NAMESAKE_ROLES  # "Mr. Ford said it would take years"
        it = pronoun_after is not None and pronoun_after.group(1).lower() == "it"
        person = person or role or (pronoun_after is not None and not it)
        it_after = it_after or (it and not role)
    return "body" if it_after and pronoun else "person" if person else None


def _kind_word(word: str) -> bool:
    """Whether the lower-case ``word`` is a noun for a company's or a body's kind ("carmaker", "operator", "firm",
    "ministry"), which a name beside it is a body's by."""
    return business_trade(word) or trade_head(word) or word in BODY_NOUNS


#: One word of letters, perhaps joined by an apostrophe or a hyphen ("Toller", "O’Neill", "Smith-Jones").
_ONE_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def lone_surname(display: str) -> bool:
    """Whether the source shown as ``display`` is one capitalised word that may be a surname: not in capitals
    (an acronym, "NATO"), a country's name nor a capital's ("China", "Beijing": see ``COUNTRIES``, ``CAPITALS``),
    nor a news agency's ("Bloomberg", "Reuters")."""
    return (bool(_ONE_NAME_WORD.fullmatch(display)) and display[:1].isupper() and not display.isupper()
            and display not in COUNTRIES and without_accents(display.lower()) not in SEATS
            and text_key(display) not in _NEWS_AGENCIES)


#: Capitalised words ending a place's name that a given name of either sex may open ("Lee County", "Jordan Valley"):
#: a name ending in one is no person's.
_PLACE_NAME_ENDS = frozenset("""County Valley River Lake Island Islands Park Bay Beach Heights Hills Springs Square
    Street Road Township Parish Creek Falls Harbour Harbor Mountain Mountains Station""".split())


def opens_with_given_name(words: list[str]) -> bool:
    """Whether the capitalised ``words`` of a name open with a known given name: of known sex, or of either sex
    (see :mod:`framing.given_names`) but then not before a place's word ending them ("Lee County", "Jordan Valley":
    see ``_PLACE_NAME_ENDS``)."""
    return given_name_sex(words[0]) is not None or (
        given_name_of_either_sex(words[0]) and words[-1] not in _PLACE_NAME_ENDS)


def opens_as_name(word: str) -> bool:
    """Whether ``word`` opens as a name does: with a capital, or with a letter of a script without letter
    case (Arabic "سلمى", Hebrew "יוסי", Chinese "王"), where a name has no capital to tell it by."""
    first = word[:1]
    return first.isupper() or (first.isalpha() and not first.islower())


@lru_cache(maxsize=FORMS_KEPT)
def name_word(word: str) -> bool:
    """Whether ``word`` may be a word of a personal name: capitalised (see :func:`opens_as_name`), a particle glued to a
    capitalised word ("al-Sisi"), or a particle written into one in lower case ("diMarco", "deVoss", "vanDalen"); kept
    once read, as each name's words are read again for each of its mentions."""
    return opens_as_name(word) or bool(GLUED_PARTICLE.match(word)) or bool(_CAMEL_NAME.fullmatch(word))


#: Letters of a body of many states opening a name ("UN Women", "UN Habitat", "EU Council", "AU Commission"): the
#: name is that body's or one of its agencies', never a person's, whatever word follows ("Women" is no surname).
WORLD_BODY_LETTERS = frozenset("UN U.N. EU E.U. AU A.U. NATO OSCE ASEAN ECOWAS".split())


def is_name(words: list[str]) -> bool:
    """Whether the words read as a personal name: one to four capitalised words (or words of a script
    without letter case: "سلمى الحسن"; particles inside allowed, and glued ones: "al-Sisi"), no possessive
    before the last word, neither an article, a title nor a world body's letters first (see ``WORLD_BODY_LETTERS``:
    "UN Women"), and no firm's or place's word or legal form last."""
    return (
        0 < sum(w not in PARTICLES for w in words) <= NAME_WORDS
        and all(name_word(w) or (0 < i < len(words) - 1 and w in PARTICLES) for i, w in enumerate(words))
        and not any(POSSESSIVE.search(w) for w in words[:-1])
        and not LEADING.match(words[0] + " ")
        and not ROLE_WORD.fullmatch(words[0])
        and words[0].rstrip(".") not in SUFFIXES
        and words[0] not in INSTITUTIONS
        and words[0] not in WORLD_BODY_LETTERS
        and words[-1] not in PLACE_ENDS
        and not seat_hall(words)
        and not LEGAL_FORM_END.search(f" {words[-1].lower()}")  # "General Motors Co" is no "Motors Co"
    )


def surname_alone(word: str) -> bool:
    """Whether ``word`` may be a surname written alone: capitalised, in lower case after its first letter, a name's
    word (see :func:`is_name`) and no country's, nor a word of a body's or a business's name ("Coach Harding", not
    "Coach Canada" nor "Skipper Holdings")."""
    return (_SURNAME_CASE.fullmatch(word) is not None and is_name([word]) and word not in COUNTRIES
            and word not in BODY_WORDS and word not in INSTITUTIONS and word.lower() not in BUSINESS_NAME_ENDS)


def name_start(words: list[str]) -> int:
    """Where the capitalised name that ends ``words`` starts: capitalised words, and a particle or a run
    of them between two ("Mohammed bin Salman", "Ana de la Fuente"); ``len(words)`` when none ends them."""
    tail = at = len(words)
    while at > 0:
        word = words[at - 1]
        if name_word(word):
            tail = at = at - 1
        elif word in PARTICLES and at < len(words):
            at -= 1  # part of the name only when a capitalised word stands before the run
        else:
            break
    return tail


#: Words of a firm's, a body's, an outlet's or a plan's name, none a person's (see :func:`personal_name`).
_NOT_PERSONAL_WORD = re.compile(rf"(?i:{FIRM_WORDS}|investors|advis[eo]rs|review|magazine?|media|press|news|times|"
                                r"post|journal|herald|gazette|tribune|plan)s?")


def personal_name(words: list[str]) -> bool:
    """Whether ``words``, a name read after a local title (see ``LOCAL_TITLES``), are a person's: a known given
    name first ("Manager Ana"), or two words or more, none of a firm's, body's or outlet's name ("Trooper J. Vance";
    not "Principal Asset Management", "Principal Harbor Investors", "Manager Magazin", "Marshal Plan")."""
    if given_name_sex(words[0]) is not None:
        return True
    return len(words) >= 2 and not any(_NOT_PERSONAL_WORD.fullmatch(word) or word in BODY_WORDS
                                       or word in PLACE_ENDS or word in INSTITUTIONS for word in words)


#: A run of two or more capitalised words, particles between them allowed ("Tobias Wren", "Rosa de la Vega"); its
#: capital is asked for before the lookbehind, a quicker test at each character of a sentence.
CAPITALISED_RUN = re.compile(rf"(?=[A-ZÀ-ÖØ-Þ])(?<![\w'’-])[A-ZÀ-ÖØ-Þ][\w'’-]*"
                              rf"(?:\s+{NAME_PARTICLE_RUN}[A-ZÀ-ÖØ-Þ][\w'’-]*)+")
#: First words of places' names of two words, whose last word is no surname ("Northern Ireland", "New York").
_PLACE_STARTS = frozenset("North South East West Northern Southern Eastern Western Central Great New United Saudi"
                          .split())


#: Last words of capitalised runs that end the names of laws, wars, days, events, prizes, buildings, places and
#: periodicals, rarely anyone's surname ("the Vietnam War", "the Patriot Act", "Labor Day", "the Shelton Weekly",
#: "Madison Square"), and a body's member written as a title ("County Executive Committee Member"): no person named
#: in passing whom a later "he" or "she" may mean.
_NO_SURNAME_ENDS = frozenset("""Act Acts Amendment War Wars Day Avenue Bridge Tower Building Convention Caucus
    Organization Organisation Plan Reserve Partnership Forum Conference Summit Initiative Institution Society
    Doctrine Prize Debates Circuit Republic Weekly Magazine Monument Mall Garden Gardens County Valley Island Islands
    Heights Springs Square Township Creek Falls Harbour Harbor Mountain Mountains Station Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday Member Members""".split())
#: Last words of places named after a titled person, as a title before them says ("Prince Edward Island", "President
#: Kennedy Street", "Governor Macquarie Drive"): no name of the person after the title.
_NAMED_AFTER_A_TITLED_PERSON = _NO_SURNAME_ENDS | frozenset("Street Road Drive Highway Boulevard".split())


@lru_cache(maxsize=FORMS_KEPT)
def surnames_in(sentence: str) -> frozenset[str]:
    """Keys of the last words of the personal names ``sentence`` writes, a source or not ("wren" of "Tobias
    Wren, 41, was charged"): a capitalised run read as a name, not ending in a body's, role's, place's or line of
    work's word ("Security Studies" of a "Centre for Security Studies") nor in capitals ("KC"), past a kind of business
    that opens it ("Chipmaker Orvane" names no person) or a role's title ("coombe" of "Mayor Ann Coombe"; not a place
    named after a titled person, "Prince Edward Island": see ``_NAMED_AFTER_A_TITLED_PERSON``); a
    possessive's without its "'s" ("clinton" of "Hillary Clinton's lawyer")."""
    return frozenset(text_key(words[-1]) for _, words in _names_written(sentence))


#: "the", or "in", "near", "inside" or "outside" (and "the"), ending the text before a name: a place's or a body's
#: name more likely than a person's ("in Port Velm", "the White House").
_PLACED_BEFORE = re.compile(r"\b(?:the|(?:in|near|inside|outside)(?:\s+the)?)\s+$", re.I)


def people_surnames_in(sentence: str) -> frozenset[str]:
    """Keys of the last words of the personal names ``sentence`` writes (see :func:`surnames_in`) that may be people's:
    not those after "the" or a preposition of place (see ``_PLACED_BEFORE``: "velm" of "in Port Velm", "house" of
    "the White House"), but one opening with a given name or in the possessive ("in Dana Ruiz's car") is still a
    person's."""
    return frozenset(text_key(words[-1]) for run, words in _names_written(sentence)
                     if is_given_name(words[0]) or POSSESSIVE.search(run.group(0))
                     or _PLACED_BEFORE.search(sentence[max(0, run.start() - 12):run.start()]
                                              + run.group(0)[:run.group(0).find(words[0])]) is None)


#: Letters after a personal name, an honour or an office ("Richard Pym KC", "Jane Roe MP", "Ada Fenn OBE"): no part
#: of the name, whose surname is the word before them. Not "AM" nor "MS", which are times and states too.
LETTERS_AFTER_A_NAME = frozenset("KC QC SC MP MEP MSP MLA MPP TD OBE MBE CBE KBE DBE".split())


def _names_written(sentence: str) -> Iterable[tuple[re.Match[str], list[str]]]:
    """Each capitalised run of ``sentence`` read as a personal name (see :func:`surnames_in`) and the words of that
    name, a word opening no name or a trade before it left out."""
    for run in CAPITALISED_RUN.finditer(sentence):
        words = list(dropwhile(lambda w: w in NOT_A_NAME_START, POSSESSIVE.sub("", run.group(0)).split()))
        untitled = list(dropwhile(ROLE_WORD.fullmatch, words))  # "Mayor Ann Coombe", "Detective Inspector Kit Moran"
        if untitled != words and untitled and untitled[-1] in _NAMED_AFTER_A_TITLED_PERSON:
            continue  # "Prince Edward Island", "President Kennedy Street": a place named after someone
        words = untitled
        words = words[1:] if words and business_trade(words[0]) else words  # "Chipmaker Orvane"
        words = without_generation(" ".join(words)).split(" ")  # "Pruitt" of "Harold Pruitt Sr"
        while len(words) > 2 and words[-1] in LETTERS_AFTER_A_NAME:  # "Pym" of "Richard Pym KC"
            words.pop()
        last = words[-1]
        if (len(words) >= 2 and is_name(words) and words[0] not in _PLACE_STARTS and not last.isupper()
                and not hall_at(sentence, run) and last not in INSTITUTIONS and last not in PORTFOLIOS
                and not _names_no_person(sentence, run, words) and not _names_model(sentence, run, words)
                and last not in DEPARTMENTS and last.lower() not in PERSON_ROLES
                and not _employs_the_person_after(sentence, run, words)):
            yield run, words


#: A person's role in lower case, up to two lower-case words before it, then a capitalised word just after a
#: capitalised run (" defender Iker" of "Real Ostera defender Iker Salazar", " chief executive Ana" of "Harbour
#: Lights chief executive Ana Ruiz"; group 1 the role).
_ROLE_THEN_NAME_AFTER = re.compile(r"[^\S\r\n]+(?:[a-z][\w-]*[^\S\r\n]+){0,2}?([a-z][\w-]*)[^\S\r\n]+[A-Z]")


def _employs_the_person_after(sentence: str, run: re.Match[str], words: list[str]) -> bool:
    """Whether the capitalised ``run`` of ``sentence`` (its name ``words``) stands before a person's role and the
    name of whoever holds it (see ``_ROLE_THEN_NAME_AFTER``), as sports and business copy writes a club or body
    before its player or officer ("Real Ostera defender Iker Salazar", "Tigers Together chair Martin Oduya"): the
    run is the employer, no person, so "Ostera" is no surname; never a run opening with a known given name, nor a
    possessive, a person's side ("Ana Ruiz's lawyer Tom Vask")."""
    found = _ROLE_THEN_NAME_AFTER.match(sentence, run.end())
    return (found is not None and is_role(found.group(1)) and not is_given_name(words[0])
            and POSSESSIVE.search(run.group(0)) is None)


#: "at", "in", "on", "near" or "during" (and "the") ending the text before a capitalised run: where or when something
#: is ("at Madison Square", "on Martin Luther King Day").
_PLACE_OR_TIME_BEFORE = re.compile(r"\b(?:at|in|on|near|during)\s+(?:the\s+)?$")


#: A model's number just after a capitalised run ("340" of "a Skarn Air Corvel 340", "737" of "the Boeing 737"), and
#: an article or owner's pronoun just before it: the run names a product, an aircraft, a ship's class or a car, and
#: its last word is its maker's, no person's surname. Not a score or a tally after a name ("Mara Lind 7-5", "Tom
#: Vask 23,"), which no article comes before.
_MODEL_NUMBER_AFTER = re.compile(r"[^\S\r\n]+\d")
_ARTICLE_BEFORE_MODEL = re.compile(r"(?<![\w'’-])(?i:a|an|the|its|their|his|her)[^\S\r\n]+\Z")
#: A year just after a capitalised run ("2019" of "the Ana Rusk 2019 memo"): what a person wrote or did that year, no
#: model's number, when the run opens with a known given name.
_YEAR_AFTER = re.compile(r"[^\S\r\n]+(?:18|19|20)\d\d(?![\d,.:/-])")


def _names_model(sentence: str, run: re.Match[str], words: list[str]) -> bool:
    """Whether the capitalised ``run`` of ``sentence`` (its name ``words``) names a model, an article before it and
    its number after it (see ``_MODEL_NUMBER_AFTER``): "Skarn Air Corvel" of "the crash of a Skarn Air Corvel 340";
    not a person's name, by its known given name, before a year (see ``_YEAR_AFTER``: "the Ana Rusk 2019 memo")."""
    return (_MODEL_NUMBER_AFTER.match(sentence, run.end()) is not None
            and _ARTICLE_BEFORE_MODEL.search(sentence, max(0, run.start() - 8), run.start()) is not None
            and not (is_given_name(words[0]) and _YEAR_AFTER.match(sentence, run.end()) is not None))


def _names_no_person(sentence: str, run: re.Match[str], words: list[str]) -> bool:
    """Whether the capitalised ``run`` of ``sentence`` (its name ``words``) ending in a word of ``_NO_SURNAME_ENDS``
    names a law, war, day, place or periodical, no person ("the Ostmark War", "Labor Day", "at Madison Square"):
    any such run but one opening with a given name that no "at", "in" or "on" comes before, which is a person's
    ("his rival, Ray Day", "Sen. John Tower")."""
    if words[-1] not in _NO_SURNAME_ENDS:
        return False
    before = sentence[max(0, run.start() - 12):run.start()]
    return not is_given_name(words[0]) or _PLACE_OR_TIME_BEFORE.search(before) is not None


#: A surname just after a span ending in a given name: one capitalised word, no possessive, then a lower-case word,
#: a stop, a comma or the end (" Vask" of " Vask vetoed the bill"; group 1 the surname).
_SURNAME_AFTER = re.compile(r"\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=[,.;:!?)]|\s+[a-z]|\s*\Z)")


def _given_name_ends(words: list[str]) -> bool:
    """Whether the last of a span's ``words`` is a given name: a known one, or a capitalised word just after a
    person's role in lower case or capitalised ("spokesperson Mirela", "Minister Karin") or after a personal title
    ("Ms. Fatuma" of "Ms. Fatuma Said, said ...", "Alhaji Kabiru"), which stands before a name's first word."""
    last = words[-1]
    if is_given_name(last):
        return True
    return (len(words) > 1 and (words[-2].lower() in PERSON_ROLES or TITLE.match(words[-2] + " ") is not None)
            and re.fullmatch(r"[A-Z][a-z]+", last) is not None)


def surname_after_given_name(span: str, after: str) -> int:
    """How far past a source span ending in a known given name the surname it stops short of reaches, in characters
    of ``after`` (the sentence just after the span): "Tom" or "Gov. Tom" before " Vask vetoed the bill" reaches over
    " Vask" (5), so that the person is named in full, as the copy's "the governor" or "Vask" may later mean them. 0
    for a body's word or a day or month after it (" Times", " Friday"), and in a headline in title case; but a month
    just before a verb of speech (see ``SAID_THEN``) is a surname: " May" of "Theresa" before " May said ...". A
    capitalised word just after a person's role counts as a given name whether known or not ("Halvex spokesperson
    Zelvina" before " Dunn denied it"): a role stands before a name, and its first word opens it."""
    words = span.strip(EDGE).split()
    if not words or not _given_name_ends(words) or title_case(span + after):
        return 0
    found = _SURNAME_AFTER.match(after)
    if found is None or found.group(1) in INSTITUTIONS or re.fullmatch(WEEKDAYS, found.group(1), re.I):
        return 0
    if re.fullmatch(MONTHS, found.group(1), re.I) and not re.match(rf"\s+{SAID_THEN}", after[found.end():]):
        return 0
    return found.end()


#: Letters that make a word in capitals a word to write in title case for showing ("ROE" → "Roe"), not an
#: acronym ("BBC", "NPR").
VOWELS = frozenset("AEIOUYÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝ")

#: A first name of three letters in capitals, as spelt: a consonant between vowels or a vowel between consonants
#: ("EVA", "TOM", "AMY"), two vowels and a consonant ("JOE", "IAN"), or a doubled consonant ("ANN"); acronyms
#: mostly have two consonants together ("ABC", "IMF") or three vowels ("UAE").
_SHORT_NAME = re.compile(r"[AEIOU][B-DF-HJ-NP-TV-Z][AEIOUY]|[B-DF-HJ-NP-TV-Z][AEIOU](?:[B-DF-HJ-NP-TV-Z]|[AEIOUY])"
                         r"|[AEIOU]{2}[B-DF-HJ-NP-TV-Z]|[AEIOU]([B-DF-HJ-NP-TV-Z])\1")
#: Acronyms of three letters spelt as first names are (see ``_SHORT_NAME``): "GOP", "DOJ", "FED", never names.
_NAME_SHAPED_ACRONYMS = frozenset("GOP DOJ DOD DOE HUD MOD FED AOL SEC NIH DEA FAA ICE TUC UAW".split())
#: Words after a short word that make it an acronym, a body's, though no role: "ABC NEWS", "CIA AGENT", nouns for
#: a person that are no surnames ("EPA SOURCE", "NEA DONOR").
_NOT_SURNAMES = BODY_NOUNS | _SPEAKER_ROLES | frozenset("""news today agent agents source sources insider insiders
    donor donors voter voters lawmaker lawmakers strategist strategists whistleblower whistleblowers founder founders
    watcher watchers supporter supporters critic critics""".split())


def short_first_name(words: list[str]) -> bool:
    """Whether the first of a label's ``words`` in capitals, of three letters, is a first name, not an acronym: it is
    spelt as a name is (see ``_SHORT_NAME``: "TOM", "IAN", "JOE", "AMY", "ANN"; not "ABC", "IMF", "UAE", nor one of
    ``_NAME_SHAPED_ACRONYMS``: "GOP", "DOJ") in a person's name of two or three words, none after the first a role, a
    body's noun or an acronym's word ("TOM ARDLEY", "AMY LI"; not "ITV HOST", "EPA CHIEF", "CIA AGENT", "ABC NEWS",
    "EU COMMISSION", "EPA SOURCE")."""
    return (2 <= len(words) <= 3 and _SHORT_NAME.fullmatch(words[0]) is not None
            and words[0] not in _NAME_SHAPED_ACRONYMS
            and all(VOWELS & set(word) and word.replace("'", "").replace("’", "").replace("-", "").isalpha()
                    and not is_role(word.lower()) and word.lower() not in _NOT_SURNAMES
                    for word in words[1:]))


#: Words that copy writes before a person's name to say what side or standing they have, none of them a name's
#: first word ("Republican Vell", "Tory Vell", "Skipper Vell", "Veteran Vell"; besides ``PERSON_ROLES``).
_BEFORE_A_PERSON = frozenset("""Republican Democrat Labour Labor Tory Conservative Liberal Opposition Unionist
    Boss Skipper Veteran Rookie Teammate Star Legend Fellow Rival Winger Former Ex Incumbent Challenger Newcomer
    Youngster Substitute Keeper Pundit Presenter Producer Drummer Campaigner Candidate Nominee Champion""".split())
#: A sentence adverb by its ending ("Finally", "Sadly", "Currently", "Eventually"), not a name's ("Kelly", "Tully",
#: "Sally" and "Daly" end otherwise or are too short).
_ADVERB = re.compile(r"[A-Z][a-z]+(?:[a-z]ally|[a-km-z]ly)")


def name_opening_word(word: str) -> bool:
    """Whether the capitalised ``word`` opening a sentence just before a capitalised source span may be the first
    word of the name the span left out ("Harbour" of "Harbour Records called"): none that opens a sentence as an
    opener, an article, a day or month, a function word or an adverb does (``NOT_A_NAME_START``, ``OPENERS``,
    ``OPENING_FUNCTION_WORDS``, ``_ADVERB``: "Meanwhile", "On", "Of", "Though", "Finally"), nor a person's role,
    title, trade, party or standing ("Coach", "Striker", "Novelist", "Republican", "Skipper": ``_BEFORE_A_PERSON``),
    a nationality ("Portuguese"), a known given name (the model marks a person's whole name) or a pronoun."""
    lowered = word.lower()
    return (word[:1].isupper() and word[1:].islower()
            and word not in NOT_A_NAME_START | OPENERS | OPENING_FUNCTION_WORDS | _BEFORE_A_PERSON
            and not _ADVERB.fullmatch(word) and not TRADE_WORD.fullmatch(word)
            and lowered not in PRONOUNS | PERSON_ROLES and not ROLE_WORD.fullmatch(word)
            and not is_nationality(lowered) and given_name_sex(word) is None)


#: Words that end a company of performers' name ("Harbour Symphony Orchestra", "Kessel Opera", "Orsk Sinfonia").
PERFORMERS_ENDS = frozenset("Orchestra Philharmonic Symphony Sinfonia Choir Ballet Opera".split())
#: Words that end a learned society's, a clinic's or another civic body's name ("Kestorian Pediatric Society",
#: "Patient Safety Forum", "Orrin Fertility Clinic"; a world body's programme, "World Food Programme"), an overseer's
#: ("Energy Ombudsman", "Water Regulator"), never a person's.
CIVIC_BODY_ENDS = frozenset("""Society Organisation Organization Institution Forum Consortium Clinic Registry
    Initiative Partnership Collective Directorate Inspectorate Ombudsman Regulator Guild Syndicate Co-operative
    Cooperative Co-op Programme Program""".split())
#: Words that end an organisation's or a venue's name, never a person's (see :func:`person_like`), a company of
#: performers' among them.
BODY_OR_VENUE_ENDS = (INSTITUTIONS | PLACE_ENDS | PERFORMERS_ENDS | CIVIC_BODY_ENDS
                      | {end.capitalize() for end in SHARED_TRADE_ENDS}  # "Harlow Defence", "Castell Security"
                      | {end.capitalize() for end in ARMED_GROUP_NAME_ENDS})  # "Northern Liberation Front"


#: Last words of a firm's name that are no one's surname (see :func:`given_surname`): the trades of
#: ``FIRM_NAME_ENDS`` in the plural ("Foods", "Logistics", "Textiles"; but "arms", "brands", "lines" and "mills",
#: which are surnames too) and its trades in the singular that no family is named after ("Freight", "Energy", "Mining").
NO_SURNAME_FIRM_ENDS = (frozenset(end for end in FIRM_NAME_ENDS if end.endswith("s"))
                        - frozenset("arms brands lines mills".split())
                        | frozenset("""freight energy mining healthcare software shipping haulage aerospace maritime
                                       petroleum pharma biopharma biotech telecom refining broadcasting publishing
                                       shipbuilding computing entertainment agribusiness midstream""".split()))


def given_surname(words: list[str]) -> bool:
    """Whether the words of a name in lower case are a known given name and one word more, a surname though a firm's
    last word too ("Tom Steel", "Ana Power"; see ``FIRM_NAME_ENDS``); not a word no one is named after ("Marta
    Foods", "Oskar Freight": see ``NO_SURNAME_FIRM_ENDS``), which makes the name a firm's."""
    return len(words) == 2 and is_given_name(words[0]) and words[1] not in NO_SURNAME_FIRM_ENDS


#: A person the copy names only by a label, as courts, inquiries and tribunals keep them anonymous: a capitalised
#: noun and a number ("Employee 3", "Inmate 12"; "Patient B" reads as a name's words already); group 1 the noun.
_LABEL = re.compile(r"([A-Z][a-z]+)\s+\d{1,3}")
#: Nouns of such a label that are no role's (see :func:`is_role`: "witness", "employee", "victim" are).
_LABELLED_NOUNS = frozenset("""patient inmate prisoner pupil child soldier complainant claimant person
    individual""".split())


def labelled_person(written: str) -> bool:
    """Whether ``written`` names a person by a label (see ``_LABEL``) whose noun is a role's or a person's ("Employee
    3", "Inmate 12"; not "Flight 370" nor "Article 5")."""
    found = _LABEL.fullmatch(written)
    return found is not None and (is_role(found.group(1).lower()) or found.group(1).lower() in _LABELLED_NOUNS)


@lru_cache(maxsize=FORMS_KEPT)
def person_like(name: str, original: str) -> bool:
    """Whether the canonical ``name`` is written in ``original`` as a personal name: capitalised words
    (particles allowed, and glued ones: "al-Assad") not ending in an organisation's or a venue's word (see
    ``PLACE_ENDS``: "The Vellmouth Maritime Museum said ... The museum said" is one body), so "presidential
    debate Politifact" or "the Justice Department" never lend their last word to a later bare mention, nor in a
    club's ("Harlow Rovers": see ``CLUB_ONLY_ENDS``), which no "he" means, nor opening with a word only a club's
    name opens with ("Real Ostera": see ``CLUB_ONLY_STARTS``), nor in a firm's after all but a given
    name ("Tom Steel": see :func:`given_surname`). Kept once read: the source index asks it
    of a span's name by several rules."""
    words = [w.strip(EDGE) for w in name.split(" ")]  # trimmed as ``written`` is: "F." of "John F. Kennedy"
    if group_opening(words[0]) or RELIEF_SOCIETY_END.search(name) or words[0] in BROADCAST_MEDIA:
        return False  # "Other Netizens", "Radio Veldana"
    written = [w.strip(EDGE) for w in original.split()]
    lowered = [w.lower() for w in written]
    for i in range(len(written) - len(words) + 1):
        if lowered[i:i + len(words)] == words:
            return ((all(name_word(written[i + j]) or words[j] in PARTICLES for j in range(len(words)))
                     or labelled_person(" ".join(written[i:i + len(words)])))  # "Employee 3"
                    and written[i] not in WORLD_BODY_LETTERS  # "UN Women", "UN Habitat": a world body's
                    and written[i + len(words) - 1] not in BODY_OR_VENUE_ENDS
                    and (words[-1] not in FIRM_NAME_ENDS or given_surname(words))
                    and words[-1] not in CLUB_ONLY_ENDS
                    and (len(words) < 2 or words[0] not in CLUB_ONLY_STARTS))
    return False


def _uncased_word(word: str) -> bool:
    """Whether ``word`` is written in a script without capitals (Arabic, Hebrew): its first character a letter of
    such a script, and the rest such letters, combining marks (vowel points) or the joiners those scripts write."""
    return (bool(word) and opens_like_a_name(word) and not word[:1].isupper()
            and all((ch.isalpha() and not ch.isupper() and not ch.islower()) or is_combining_mark(ch)
                    or ch in "\u200c\u200d" for ch in word))


#: A word after a span, the space before it on the same line and the word up to a space or punctuation (Arabic's
#: comma, semicolon and question mark too: "حداد،").
_NEXT_WORD = re.compile(r"[^\S\r\n]+([^\s,.;:!?()\[\]\"“”‘’'«»،؛؟]+)")
#: The most words of a name in a script without capitals that a span cut inside it is taken on over.
_UNCASED_NAME_WORDS = 3


def rest_of_uncased_name(span: str, after: str) -> int:
    """How far past a source span ending in a word of a script without capitals the name it stops inside reaches,
    in characters of ``after``: "The mayor, דנה" before " לוי, denied the report" reaches over " לוי", so that the
    person is named in full. In English copy a run of words in such a script is a name, which no capital marks, so
    the rules for a given name cut short of its surname (see :func:`surname_after_given_name`) cannot see it; 0 for a
    span ending in any other word."""
    words = span.split()
    if not words or span[-1:].isspace() or not _uncased_word(words[-1]):
        return 0
    reach = 0
    for _ in range(_UNCASED_NAME_WORDS):
        found = _NEXT_WORD.match(after, reach)
        if found is None or not _uncased_word(found.group(1)):
            break
        reach = found.end()
    return reach
