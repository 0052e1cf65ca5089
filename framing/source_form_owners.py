"""A source's form where it names a person by whom they work for or belong to, one job of
:func:`framing.source_forms.display_source`: a personal name after an owner's possessive ("The Harbour Post's Ana Ruiz",
"the Progressive Coalition's Teodora Lindqvist"), before "of" or "at" a body ("Jean-Pierre Dubois of the European
Parliament"; two people so written and joined by "and" are both named) or before "in" or "for" an outlet ("Lena Marsh
in the Harlow Times") is the person's; a body's own name stays whole ("Bank of America", "Ana Ruiz for Senate").
"""

from __future__ import annotations

import re

from .given_names import given_name_sex, is_given_name
from .person_names import (
    DEPARTMENTS,
    is_name,
    opens_with_given_name,
    person_like,
    personal_name,
)
from .source_form_titles import INITIAL, name_after_role, name_after_title
from .source_keys import text_key
from .source_kinds import people_plural
from .source_words import (
    BODY_NOUNS,
    BODY_WORDS,
    INSTITUTIONS,
    LEADING,
    PERSON_ROLES,
    PLAIN_ROLE_WORDS,
    PORTFOLIOS,
    RANK_MODIFIERS,
    ROLE_WORD,
    TITLE,
    TITLE_NOUNS,
    WHEN_WORDS,
)
from .turns import names_outlet


#: A capitalised owner's possessive opening a source, "The" allowed first ("The Harbour Post's " of "The Harbour
#: Post's Ana Ruiz", "Reuters' "), before a capitalised word.
_OWNER_BEFORE_NAME = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*"
                                r"(?:['’]s|(?<=s)['’])\s+(?=[A-Z])")


def name_after_owner(form: str) -> str:
    """The person of "The Harbour Post's Ana Ruiz" or "NBC's Chris Rusk": a personal name that opens with a known
    given name of either sex (see :func:`framing.given_names.is_given_name`) after a capitalised owner's possessive,
    whom the owner employs (or any two name words after a news outlet's or a body's possessive: see
    :func:`_outlet_owner`, :func:`_body_owner`); any other form is itself ("Marlow's This Week", "Kessel's People
    Party", "Israel's Jordan Valley": see :func:`opens_with_given_name`)."""
    found = _OWNER_BEFORE_NAME.match(form)
    if found is None:
        return form
    words = form[found.end():].split(" ")
    # one of either sex before no firm's, body's or place's word ("Kessel's Jordan River Authority", "Israel's Jordan
    # Valley" stay whole)
    given = opens_with_given_name(words) and (given_name_sex(words[0]) is not None or personal_name(words))
    owner = form[:found.end()]
    given = given or (_outlet_owner(owner) and len(words) == 2 and personal_name(words)
                      and words[0].lower() not in WHEN_WORDS)  # "Kessel Radio's Morning Edition", a show
    given = given or (_body_owner(owner) and len(words) == 2 and personal_name(words) and not _post_or_unit(words))
    return " ".join(words) if given and is_name(words) else form


def _body_owner(owner: str) -> bool:
    """Whether ``owner``, a possessive opening a source ("the Progressive Coalition's "), is a body's, its last word
    an institution's ("Coalition", "Party", "Union", "Ministry": see ``INSTITUTIONS``): the two capitalised words
    after it, no post's nor unit's (see :func:`_post_or_unit`), are the name of someone it employs or elects ("the
    Progressive Coalition's Teodora Lindqvist"), as after an outlet's (see :func:`_outlet_owner`)."""
    return _OWNER_MARK.sub("", owner.strip()).rpartition(" ")[2] in INSTITUTIONS


def _post_or_unit(words: list[str]) -> bool:
    """Whether the capitalised ``words`` after a body's possessive name a post or a part of it, not a person: a rank,
    a title's or a role's word ("Deputy Leader", "Vice Chancellor", "Chief Whip", "Press Officer"), a body's noun
    ("Youth Wing" is no "wing" of these, but "Planning Board" is), a portfolio or department ("Health Spokesperson",
    "Research Director"), a plural ("Young Democrats", "Digital Markets"; a group of people's whatever its shape,
    "Young Guards", "Elder Statesmen": see :func:`framing.source_kinds.people_plural`) or a day or time ("Morning
    Briefing")."""
    lowered = [word.lower() for word in words]
    return (any(word in RANK_MODIFIERS or word in TITLE_NOUNS or word in PERSON_ROLES or word in BODY_NOUNS
                or word in PLAIN_ROLE_WORDS or word in WHEN_WORDS or word in _UNIT_WORDS for word in lowered)
            or any(ROLE_WORD.fullmatch(word) or word in PORTFOLIOS or word in DEPARTMENTS for word in words)
            or people_plural(lowered[-1]) or lowered[-1].endswith("men")
            or (words[-1].endswith("s") and not words[-1].endswith(("ss", "us", "is"))
                and not _SURNAME_PLURAL_SHAPE.search(words[-1])))


#: Words naming a body's part or programme, no person's: "the Party's Youth Wing", "the Union's Green Agenda".
_UNIT_WORDS = frozenset("""wing branch arm section caucus youth agenda plan programme program campaign manifesto
    fund strategy initiative project policy platform""".split())
#: Last words ending in "s" as surnames often do, no plural of a noun ("Williams", "Adams", "Jones", "Roberts").
_SURNAME_PLURAL_SHAPE = re.compile(r"(?:ams|ens|ones|erts|ins|ards)$")


def _outlet_owner(owner: str) -> bool:
    """Whether ``owner``, a possessive opening a source ("The Harlow Times' "), is a news outlet's written with a word
    (see :func:`framing.turns.names_outlet`: "Harlow Times", "Fox News", "Reuters"; not initials, "CNBC", whose
    shows are named so): the two capitalised words after it, no firm's, body's or outlet's, are a writer's or
    presenter's name ("The Harlow Times' Jasper Crell") whether or not a known given name opens them."""
    name = _OWNER_MARK.sub("", LEADING.sub("", owner.strip()))
    return not name.isupper() and names_outlet(name)


#: The possessive's mark ending an owner's name ("'s", "’", "'").
_OWNER_MARK = re.compile(r"(?:['’]s|['’])$")


def person_of_body(form: str) -> str:
    """The person of "Jean-Pierre Dubois of the European Parliament", "Jane Roe of the ruling party" or "my friend
    Tom Vask at the Harbour Review" (a name of two or more words before "of" or "at", see ``_OF_BODY``); a body's own
    name stays whole ("Ministry of Foreign Affairs", "Bank of America", "Islamic Republic of Iran", "Geological Survey
    of Tarsland": see :func:`_body_head`). Two people so
    written, joined by "and", are both named (see :func:`_two_people_of_bodies`)."""
    found = _OF_BODY.match(form)
    if not found:
        return form
    both = _two_people_of_bodies(form)
    if both is not None:
        return both
    head = found.group(1)
    words = name_after_title(name_after_role(TITLE.sub("", LEADING.sub("", head)))).split(" ")
    if (len(words) >= 2 and is_name(words) and not _body_head(words[-1])
            and not any(ROLE_WORD.fullmatch(w) or w in INSTITUTIONS or w in BODY_WORDS for w in words)):
        return head
    return form


#: Capitalised last words of a body's name that neither ``INSTITUTIONS`` nor ``BODY_NOUNS`` hold ("Geological
#: Survey", "Land Registry", "Fisheries Directorate", "Civil Defence"), no person's surname.
_BODY_NAME_ENDS = frozenset("Survey Registry Directorate Inspectorate Defence Defense".split())


def _body_head(word: str) -> bool:
    """Whether ``word``, the last of a capitalised name before "of", ends a body's name (see ``_BODY_NAME_ENDS``,
    ``BODY_NOUNS``: "Survey" of "Geological Survey of Tarsland", "Regulator" of "Energy Regulator of Tarsland"),
    whose "of" part is its own, never a person's."""
    return word in _BODY_NAME_ENDS or (word[:1].isupper() and word.lower() in BODY_NOUNS)


#: A source written as someone "in" or "for" a capitalised body that ends the span ("Lena Marsh in the Harlow
#: Times", "Ana Ruiz for Morning Ledger"): group 1 the words before, group 2 the body's first word.
_IN_OUTLET = re.compile(r"^(\S+(?:\s+\S+){1,3}?)\s+(?:in|for)\s+(?:the\s+|The\s+)?([A-Z][\w'’.&-]*)"
                        r"(?:\s+(?:[A-Z][\w'’.&-]*|of|and|&))*$")


def person_in_outlet(form: str) -> str:
    """The person of "Lena Marsh in the Harlow Times" or "Ana Ruiz for Morning Ledger" (see ``_IN_OUTLET``): a
    personal name of two words or more that opens with a known given name and holds no title's or body's word; not
    a body's own name ("Concerned Veterans for America") nor a campaign's ("Ana Ruiz for Senate": the body's first
    word an office or a title)."""
    found = _IN_OUTLET.match(form)
    if not found or found.group(2) in INSTITUTIONS or ROLE_WORD.fullmatch(found.group(2)):
        return form
    words = found.group(1).split(" ")
    if (is_name(words) and is_given_name(words[0])
            and not any(ROLE_WORD.fullmatch(w) or w in INSTITUTIONS or w in BODY_WORDS for w in words)):
        return found.group(1)
    return form


def _two_people_of_bodies(form: str) -> str | None:
    """"Ana Ruiz and Tom Vask" of "Ana Ruiz of Ohio and Tom Vask of Utah" or "... and Tom Vask": a person of a place or
    body (see :func:`person_of_body`), "and", then a personal name of two words or more, of a place or body or not,
    as "Ana Ruiz and Tom Vask" is written, that opens with a known given name or an initial unless it is of a place
    or body too; ``None`` where no "and" so splits ``form`` ("Ana Ruiz of Procter and Gamble", "of Ohio and Utah": one
    word after it; "of the Department of Health and Human Services", "of the Bill and Melinda Gates Foundation")."""
    for found in re.finditer(r"\s+and\s+", form):
        first, second = form[:found.start()], form[found.end():]
        person, other = person_of_body(first), person_of_body(second)
        words = other.split(" ")
        named = other != second or is_given_name(words[0]) or bool(INITIAL.fullmatch(words[0]))
        if person != first and named and len(words) >= 2 and is_name(words) and person_like(text_key(other), other):
            return f"{person} and {other}"
    return None
#: A source written as someone "of" a capitalised body ("Jean-Pierre Dubois of the European Parliament"), of one named
#: after its kind in lower case ("Ilya Brandt of the firm Northgate Labs", "of the research group Civic Watch": one to
#: four lower-case words), or of a body or a part of one described in lower case, ending the span ("Jane Roe of the
#: ruling party", "of the main opposition group", "Sgt. Terrence Wallace of the police department's arson unit": one
#: to five lower-case words), or "at" a capitalised body, up to two lower-case words before its name ("Tom Vask at
#: the since-closed Harbour Review").
_OF_BODY = re.compile(r"^(.*?\S)\s+(?:of\s+(?:(?:the\s+)?[A-Z]|the\s+(?:[a-z][\w'’-]*\s+){1,4}[A-Z]"
                      r"|the\s+(?:[a-z][\w'’-]*\s+){0,4}[a-z][\w'’-]*$)"
                      r"|at\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,2}[A-Z])")
