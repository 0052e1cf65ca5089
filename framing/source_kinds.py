"""What kind of word a word of a source mention is: a role ("minister"), a trade ("plumber"), a
business's kind, a group of people ("residents"), a court.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .given_names import given_name_sex
from .segment import TRADE_ENDING
from .source_keys import FORMS_KEPT
from .source_places import IRREGULAR_NATIONALITIES
from .source_words import (
    COURT_WORDS,
    EDGE,
    LEADING,
    NAMELESS_NOUNS,
    NO_COURT_WORDS,
    ONE_WORD_MAKER,
    PERSON_ROLES,
    QUANTIFIERS,
    RANKING_MODIFIERS,
    ROLE_SERVES,
    TRADE_KINDS,
    TRADES,
    TRADES_BEFORE_GIVEN_NAMES,
)

#: A capitalised trade known by its ending, which no first name has: "-ist" ("Hydrologist", "Activist",
#: "Epidemiologist"; not a verb in "-sist": "Insist") and "-ician" ("Physician", "Technician"). A political or
#: religious "-ist" also stands before bodies' names ("Methodist Episcopal Church"): see :func:`_is_trade_then_name`.
TRADE_WORD = re.compile(rf"[A-Z](?:{TRADE_ENDING})")

#: Those of them that open no firm's name, dropped when capitalised as the sentence opens before one: "Drugmaker
#: Veltrix Pharma" is "Veltrix Pharma", described as a drugmaker, "Retailer Pennock" "Pennock" (not "Airline Pilots
#: Association"), and a builder of homes, which is a firm ("Housebuilder Ardent" is "Ardent").
_BUSINESS_TRADES = frozenset(
    "carmaker automaker drugmaker chipmaker insurer retailer wholesaler housebuilder homebuilder".split())
#: Makers written as one word that are people, not businesses ("Lawmaker Jane Roe", "Filmmaker Ada Nwosu"): any other
#: "-maker" is a business's trade too ("Planemaker Airvo Industries", "Steelmaker Korrin").
_PERSON_MAKERS = frozenset("""lawmaker policymaker filmmaker moviemaker peacemaker homemaker dressmaker playmaker
    matchmaker kingmaker troublemaker rainmaker merrymaker holidaymaker pacemaker haymaker shoemaker watchmaker
    clockmaker winemaker cheesemaker cabinetmaker noisemaker decisionmaker printmaker dealmaker changemaker
    mischiefmaker tastemaker hitmaker saddlemaker""".split())


def business_kind(word: str) -> bool:
    """Whether the lower-case ``word`` before a firm's one-word name says what kind of business it is: a trade
    ("operator", see ``TRADE_KINDS``), a maker or trade that opens no firm's name ("chipmaker", "insurer": see
    :func:`business_trade`), an online service's kind ("platform", "app": see ``_SERVICE_KINDS``) or a chain's or a
    utility's (see ``_FIRM_KINDS``), as in "the chipmaker Corvo", "the video platform Tessel" or "the sports chain
    Hallam"."""
    return (word in TRADE_KINDS or word in _SERVICE_KINDS or word in _FIRM_KINDS
            or (word.islower() and business_trade(word)))


def business_trade(word: str) -> bool:
    """Whether ``word``, in any case, is a kind of business that opens no firm's name (see ``_BUSINESS_TRADES``), or
    a maker written as one word that is no person's ("Planemaker", "Steelmaker"; not "Lawmaker": ``_PERSON_MAKERS``)."""
    word = word.lower()
    return word in _BUSINESS_TRADES or (ONE_WORD_MAKER.fullmatch(word) is not None and word not in _PERSON_MAKERS)


def trade_head(word: str) -> bool:
    """Whether the lower-case ``word`` heads a description by a trade that a business and a person may share ("ferry
    operator", "planemaker", "chip maker": see ``TRADE_KINDS``), and no person's role."""
    return (word in TRADE_KINDS or ONE_WORD_MAKER.fullmatch(word) is not None) and word not in PERSON_ROLES


def is_trade(word: str) -> bool:
    """Whether the lower-case ``word`` is a person's trade, listed (``TRADES``, ``TRADES_BEFORE_GIVEN_NAMES``:
    "novelist", "chef") or known by its ending ("pianist", "hydrologist", "physician": see ``TRADE_WORD``), which
    a later "the pianist" describes its one holder by."""
    return word in TRADES or word in TRADES_BEFORE_GIVEN_NAMES or TRADE_WORD.fullmatch(word.capitalize()) is not None


#: Lower-case nouns for a kind of online service or young firm, which its one-word name follows ("the video platform
#: Tessel", "the messaging app Lumen", "the startup Nimbus"): the name alone is the source (see :func:`business_kind`).
_SERVICE_KINDS = frozenset("platform app startup start-up service".split())
#: Lower-case nouns for a kind of firm that no person is, which its one-word name follows: a chain of shops or
#: hotels, a utility ("the sports chain Hallam", "the water utility Fennick"): the name alone is the source.
_FIRM_KINDS = frozenset("chain utility".split())

#: Court's words that are a judge's title before a name ("Judge Ana Ruiz", "Justice Nervo"), where another court's
#: word before a capitalised one names something else ("Court Street Capital", "The Kessel Court Hotel").
_JUDGES_TITLES = frozenset("judge judges justice justices magistrate magistrates arbitrator arbitrators".split())
#: Words that make a panel a court's ("an appeals panel"; "a three-judge panel" by its judge), not an expert's or a
#: company's ("The expert panel", "Velmor's review panel").
_COURT_PANEL_WORDS = frozenset("appeals appellate circuit judicial arbitration disciplinary appeal".split())
#: Of those, the words that make a commission one that rules on a case as a court does, as sport's bodies have ("The
#: disciplinary commission", "an arbitration commission"), not a regulator or an inquiry ("the European Commission").
_RULING_COMMISSION_WORDS = frozenset("arbitration disciplinary appeal appeals".split())
#: Words opening a phrase that follows a court's word as its head ("A federal judge in Manhattan", "The judge
#: overseeing the case", "The judge who heard the case", "The tribunal in The Hague"), where a noun after it makes
#: the court's word a qualifier ("court records", "a court official").
_COURT_PHRASE_OPENERS = frozenset("""in at for from on over who whom whose that which overseeing presiding handling
    considering reviewing trying assigned""".split())

#: Plural words that count or stand for no one, weasel wording rather than a group ("Others said").
_NO_GROUP = frozenset("others all both many most some several few these those".split())


def people_plural(word: str) -> bool:
    """Whether the lower-case plural ``word`` names a group of people: an unnamed group's noun (see
    ``NAMELESS_NOUNS``: "critics", "protesters"), the plural of a person's role ("officials", "engineers"; see
    ``PERSON_ROLES``, and "midwives": see :func:`role_singular`) or of a nationality ("Canadians", "Ukrainians");
    not a thing's ("Sales", "Talks", "Cases", "Details", "News") nor weasel wording ("Others")."""
    if word in _NO_GROUP:
        return False
    single = word.removesuffix("s")
    return (word in NAMELESS_NOUNS or role_singular(word) in PERSON_ROLES or single in IRREGULAR_NATIONALITIES
            or word.endswith("ians"))


#: The endings of a role's plural not made by "s", each with its singular's: "midwives", "fishermen".
_IRREGULAR_ROLE_PLURALS = (("ves", "fe"), ("men", "man"))


def role_singular(word: str) -> str:
    """The singular of the lower-case plural ``word`` as a person's role would be written: "midwife" of "midwives",
    "fisherman" of "fishermen" where that is a role (see ``PERSON_ROLES``), else the word
    without its last "s" ("officials")."""
    for plural, single in _IRREGULAR_ROLE_PLURALS:
        if word.endswith(plural) and f"{word[:-len(plural)]}{single}" in PERSON_ROLES:
            return f"{word[:-len(plural)]}{single}"
    return word.removesuffix("s")


def names_a_court(subject: str) -> bool:
    """Whether the words ``subject`` name a court, a judge or a panel of them ("The appeals court", "Judge Ana Ruiz",
    "A three-judge panel", "the Court of Appeals"), not another body with such a word ("the Justice Department"):
    a court's word is the head of the words (last, before "of", a comma, another court's word or a phrase: "in
    Manhattan", "who heard the case", "overseeing the case": see ``_COURT_PHRASE_OPENERS``) or a judge's title
    before a name (see ``_JUDGES_TITLES``), not a word qualifying another ("Supreme Court nominee Tom Vance", "The
    Kessel Court Hotel", "Court Street Capital"), a surname after a given name ("Tom Judge"), nor a panel with no
    court's word ("The expert panel": see ``_COURT_PANEL_WORDS``; "The arbitration panel", "the disciplinary panel"
    rule as courts do, and so does a commission ending the words so described: "The disciplinary commission")."""
    written = [word for word in re.split(r"[\s-]+", subject) if word.strip(EDGE)]
    keys = [word.strip(EDGE).lower().removesuffix("'s").removesuffix("’s") for word in written]
    if keys[-1:] == ["commission"] and set(keys) & _RULING_COMMISSION_WORDS and not set(keys) & NO_COURT_WORDS:
        return True  # "The disciplinary commission": a commission ruling as a court does
    if not set(keys) & COURT_WORDS or set(keys) & NO_COURT_WORDS:
        return False
    for at, key in enumerate(keys):
        if key not in COURT_WORDS or (key.startswith("panel") and not set(keys) & (
                _COURT_PANEL_WORDS | COURT_WORDS - {"panel", "panels"})):
            continue
        word = written[at].strip(EDGE)
        if at and word[:1].isupper() and given_name_sex(written[at - 1].strip(EDGE)) is not None:
            continue  # "Tom Judge": a surname
        if _cause_named_justice(key, written, at):
            continue  # "the charity Fuel Justice": a campaign's name
        if at + 1 == len(keys) or written[at].rstrip()[-1:] in ",;:)" or keys[at + 1] in COURT_WORDS | {"of"}:
            return True
        if (keys[at + 1] in _COURT_PHRASE_OPENERS or keys[at + 1] == "hearing" and keys[at + 2:at + 3] == ["the"]) \
                and not (key == "justice" and word[:1].isupper()):
            return True  # "A federal judge in Manhattan", "The judge hearing the case"; not "Justice for Vance"
        if key in _JUDGES_TITLES and written[at + 1][:1].isupper():
            return True
    return False


def _cause_named_justice(key: str, written: list[str], at: int) -> bool:
    """Whether "Justice" at ``at`` of the ``written`` words ends a name after a capitalised word that is no judge's
    rank (see ``_JUSTICE_RANKS``): a campaign's name for its cause ("the charity Fuel Justice", "Climate Justice"),
    not "the Chief Justice" nor "Lord Justice"."""
    before = written[at - 1].strip(EDGE) if at else ""
    return (key == "justice" and at + 1 == len(written) and written[at].strip(EDGE)[:1].isupper()
            and before[:1].isupper() and before.lower() not in _JUSTICE_RANKS)


#: The words before "Justice" that make it a judge's rank or form of address ("Chief Justice", "Lord Justice",
#: "Mr Justice"), not a campaign's name.
_JUSTICE_RANKS = frozenset("chief associate lord lady mr mr. mrs mrs. ms ms. madam deputy acting senior presiding "
                           "puisne the a".split())


def apposed_role(appositive: str) -> bool:
    """Whether ``appositive``, what a comma sets after a one-word name, is "the" or "a" and a person's role ("the
    chief executive", "the minister for health"), not a business's rank ("the market leader", see
    ``RANKING_MODIFIERS``)."""
    apposed = appositive.strip(EDGE).lower()
    role = ROLE_SERVES.split(apposed, 1)[0].split(" ")
    return (bool(LEADING.match(apposed)) and role[-1] in PERSON_ROLES
            and not RANKING_MODIFIERS.intersection(role[-2:-1]))


@lru_cache(maxsize=FORMS_KEPT)
def is_role(word: str) -> bool:
    """Whether the lower-case ``word`` is a person's role, singular or plural ("spokeswoman", "officials")."""
    return (bool(re.fullmatch(r"spokes(?:man|woman|person|men|women|people)", word)) or word in PERSON_ROLES
            or word.removesuffix("s") in PERSON_ROLES)


def group_opening(word: str) -> bool:
    """Whether the lower-case first ``word`` of a capitalised source opens a group, not a personal name ("Other
    Netizens", "Several Residents": see ``QUANTIFIERS``), whose later "he" or "she" is no one of them; "One
    Democrat" is one person."""
    return word == "other" or (word in QUANTIFIERS and word != "one")
