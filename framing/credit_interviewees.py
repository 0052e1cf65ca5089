"""The people the writer spoke to, written as a group in a sentence of the writer's own ("I spoke to twelve drivers
at the depot."), whom "they" or "several of them" speaking in the next sentence means.
"""

from __future__ import annotations

import re

from .source_kinds import is_role, people_plural
from .source_words import MONTHS, TIME_NOUNS, WEEKDAYS

#: The writer naming themselves in the third person, as a reporter or their newspaper ("This reporter", "Your
#: correspondent", "Our reporters", "This newspaper"): the writer's "I" or "We" (not "A reporter", another outlet's
#: perhaps, nor "That reporter", nor "These journalists", who point back to others the copy wrote of).
_WRITER_BY_ROLE = (r"(?:[Tt]his|[Yy]our|[Oo]ur)\s+(?:reporters?|correspondents?|journalists?|writer)"
                   r"|[Tt]his\s+(?:newspaper|paper)")
#: The writer speaking to, interviewing or meeting people, as the subject opening a sentence ("I spoke to ", "We
#: also talked with ", "I interviewed ", "This reporter spoke to "), a conjunction or an opener and its comma perhaps
#: first.
_WRITER_MET = re.compile(r"[\s\"“'‘]*(?:(?:But|And|So)\s+)?(?:[A-Z][^,;:.!?\"“”]{0,60},\s+)?"
                         rf"(?:I|We|{_WRITER_BY_ROLE})\s+"
                         r"(?:(?:also|later|then|have|had|recently)\s+)*"
                         r"(?:(?:spoke|spoken|talked|spoke\s+at\s+length)\s+(?:to|with)"
                         r"|interviewed|met|surveyed|visited|asked)\s+")
#: Words that never stand before the people's plural in such a group: an owner ("his parents"), a demonstrative, a
#: relative ("a driver whose colleagues") or a preposition or conjunction.
_NOT_BEFORE_GROUP = frozenset("""his her their my our your its this that these those who whose which whom and or
    with for to at in on from by about""".split())
#: A mark that no group's words hold.
_NOT_IN_GROUP = re.compile(r"[^\w'’ -]")
#: How many words may stand before the people's plural ("more than 40 former").
_WORDS_BEFORE = 4
#: A word that says when, not where: a weekday, a month, a time's noun ("night", "weeks") or a word before one ("last",
#: "recent"), no word of a place.
_WHEN = rf"(?i:{WEEKDAYS}|{MONTHS}|(?:{TIME_NOUNS})s?|recent|last|past|next|this|early|late)(?![\w'’-])"
#: A word of a place's name or noun: no word that says when, nor an article.
_PLACE_WORD = rf"(?!{_WHEN}|(?:the|an?)\s)[\w'’-]+"
#: Where the people are, after their plural, up to the sentence's stop or a comma (" at the depot", " from the
#: Kessel plant", " in Varn"): part of the group, as "Workers at the depot" opening a sentence is; not when the writer
#: met them (" on Monday night", " in recent weeks", " in March"), which may follow the place (" at the depot on
#: Tuesday").
_PLACE_AFTER = re.compile(rf"\s+(?:at|from|in|on)\s+(?:the\s+)?(?:{_PLACE_WORD}\s+){{0,2}}?{_PLACE_WORD}"
                          rf"(?=\s*[,.;:!?]|\s*$|\s+(?:(?:on|in|over|during)\s+(?:the\s+)?)?{_WHEN})")
#: A count of a group by "them" ("Several of them", "two of them", "Most of them"), what "they" is for part of it.
OF_THEM = (r"(?:[Ss]everal|[Mm]any|[Ss]ome|[Mm]ost|[Aa]ll|[Aa]\s+few|[Hh]alf|[Bb]oth|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|"
           r"[Ff]ive|\d+)\s+of\s+them")


def writers_interviewees(text: str) -> tuple[int, int] | None:
    """Where the people stand whom the writer, opening the sentence ``text`` as "I" or "We", spoke to, interviewed or
    met (see ``_WRITER_MET``), written by a plural of people after up to four words (see
    :func:`framing.source_kinds.people_plural`), and where they are, to the sentence's stop or a comma (see
    ``_PLACE_AFTER``): "twelve drivers at the depot" of "I spoke to twelve drivers at the depot."; ``None`` for any
    other sentence, one person ("I spoke to a driver"), and people someone owns ("We met his parents")."""
    met = _WRITER_MET.match(text)
    if met is None:
        return None
    words = list(re.finditer(r"[\w'’-]+", text[met.end():met.end() + 80]))[:_WORDS_BEFORE + 1]
    for word in words:
        if _NOT_IN_GROUP.search(text, met.end(), met.end() + word.start()):
            return None  # "I spoke to Ana, a driver, and ...": a mark before it ends the words after the verb
        if _plural_of_people(word.group()):
            end = met.end() + word.end()
            place = _PLACE_AFTER.match(text, end)
            return met.end(), place.end() if place else end
        if word.group().lower() in _NOT_BEFORE_GROUP or is_role(word.group().lower()):
            return None
    return None


def _plural_of_people(word: str) -> bool:
    """Whether ``word`` is a plural naming people (see :func:`framing.source_kinds.people_plural`: "drivers",
    "residents", "people"), not a role in the singular ("driver")."""
    return people_plural(word) and (word.endswith("s") or word in ("people", "staff", "police"))
