"""A sentence that is a thing fixed for a date or put off by no one ("A hearing is set for November."): it writes of no
one who may speak, so a topic or an answer's account does not run through it unnoticed.
"""

from __future__ import annotations

import re

from .source_kinds import is_role, people_plural
from .source_words import PERSON_NOUNS, PRIVATE_PERSONS

#: A person described by sex alone, as a key ("woman" of "A woman who has accused the mayor"), and whom of "he" and
#: "she" it may be.
SEXED_PERSONS = {"woman": "she", "man": "he"}

#: A thing fixed for a date or put off, by no one named, as the whole sentence ("A hearing is set for November.", "The
#: trial has been adjourned until March."): group "head" its noun, which must be no person's nor group's.
THING_SCHEDULED = re.compile(r"(?:A|An|The)\s+(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][\w-]*)\s+(?:is|was|has\s+been|"
                             r"had\s+been|will\s+be)\s+(?:now\s+)?(?:set|scheduled|due|planned|adjourned|postponed|"
                             r"delayed|fixed)\b[^,;:\"“”]*[.!?]$")


#: Nouns of a person the courts deal with, which a sentence may set for a date as it does a hearing ("A suspect is due
#: in court on Monday."): a person, though no role's nor a sexed one's.
PEOPLE_BEFORE_COURTS = frozenset("suspect suspects defendant defendants accused".split())


def thing_scheduled(text: str) -> bool:
    """Whether the sentence ``text`` is a thing fixed for a date or put off by no one (see ``THING_SCHEDULED``), its
    noun no person's nor a group's ("A hearing is set for November."; not "The minister was delayed ..." nor "A
    suspect is due in court ...", after which "she" may be the one due)."""
    found = THING_SCHEDULED.match(text)
    if found is None or " by " in text:
        return False
    head = found.group("head")
    return not (is_role(head) or people_plural(head) or head in SEXED_PERSONS or head in PRIVATE_PERSONS
                or head in PERSON_NOUNS or head in PEOPLE_BEFORE_COURTS)
