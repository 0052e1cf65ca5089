"""The name a cue's role, title, kind or description leads to in a sentence: "Foreign Minister X",
"the company, Y,", "a body that calls itself Z"; what the credits and the source finders read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .person_names import CIVIC_BODY_ENDS, NAME_WORDS, PERFORMERS_ENDS, is_name, personal_name
from .source_forms import display_source
from .source_keys import search_before_space, text_key, title_case
from .source_kinds import is_role, trade_head
from .source_words import (
    SELF_NAME,
    BODY_KINDS,
    BODY_NOUNS,
    BUSINESS_NAME_ENDS,
    CLUB_ONLY_ENDS,
    EDGE,
    INSTITUTIONS,
    JOINERS,
    LEGAL_FORM_END,
    MONTHS,
    NAME_AFTER_CUE_WORD,
    NAME_PARTICLE_RUN,
    PERSON_ROLES,
    PORTFOLIOS,
    POSSESSIVE,
    PRONOUNS,
    SUBJECT_CUE,
    TITLE,
    TITLE_NOUNS,
    WEEKDAYS,
    WHEN_WORDS,
)

#: A verb of calling and a reflexive pronoun ("calling itself", "who calls himself").
_CALLING_SELF = r"(?:calling|(?:who|that|which)\s+(?:calls|called))\s+(?:it|him|her|them)sel(?:f|ves)"
#: What a source span may stop short of, in the text after it: the verb of calling, its pronoun and the name (" calling
#: itself BlackHarbor" after "A group"), or the name alone after a span that ends with the pronoun (" BlackHarbor" after
#: "itself" or "A group calling itself"); a name, not a word opening the sentence's verb, ends it.
_SELF_NAME_AFTER = re.compile(rf"\s+{_CALLING_SELF}\s+{SELF_NAME}(?![\w'’&@#-])")
_NAME_AFTER_SELF = re.compile(rf"\s+{SELF_NAME}(?![\w'’&@#-])")
#: A source span or the text before it ending with the verb of calling and its pronoun, or with the verb alone.
_ENDS_CALLING_SELF = re.compile(rf"(?:^|\s){_CALLING_SELF}\Z")
_ENDS_CALLING = re.compile(r"(?<![\w'’-])(?:calling|calls|called)\s*\Z")
_REFLEXIVE = re.compile(r"(?:it|him|her|them)sel(?:f|ves)")


#: The last words of a title or role that a name may follow ("County Commissioner", "The President").
_TITLE_ROLES = PERSON_ROLES | TITLE_NOUNS
#: A High Court judge's title in British copy, an honorific before "Justice" ("Mr Justice" of "Mr Justice Harlow",
#: "Mrs Justice"): a title before a name, though "Justice" alone is no title of ``TITLE_NOUNS``.
_HIGH_COURT_JUDGE = re.compile(r"(?:Mr|Mrs|Ms)\.?\s+Justice")
#: The words just after a source span, one to four, each cut before a comma, stop or bracket: where a name may be.
_WORDS_AFTER_SPAN = re.compile(r"[ \t]+([^\s,;:()\[\]\"“”]+)")


#: The rest of a body's name after a span cut inside it: up to three capitalised words, the last one that ends a
#: body's or a business's name ("Property Group" after "The landlord, Castell", "Harbour Trust"), then a mark, a
#: lower-case word or the end.
_BODY_NAME_AFTER = re.compile(r"(?:\s+[A-Z][\w'’&-]*){0,2}\s+([A-Z][\w'’&-]*)(?=[,.;:!?)]|\s+[a-z]|\s*$)")
#: Words besides an institution's that end a body's name a span may be cut short of (see :func:`body_name_after`):
#: a union of states' "Nations" ("The United" of "The United Nations said") and an armed unit's ("Free Vale
#: Brigade", "Third Mountain Battalion", "Orsk Rifle Regiment", "Northern Command").
_NAME_ENDS_CUT_SHORT = frozenset("Nations Brigade Battalion Regiment Command".split())
#: And the words that end a sports club's name, or a town's ("Harrowgate" of "Harrowgate City on Tuesday denied",
#: "Kessel" of "Kessel United said"): the club's or town's name is the whole, never its first word alone.
_CLUB_OR_TOWN_ENDS = frozenset({word.title() for word in CLUB_ONLY_ENDS} | {"City", "Town", "County", "FC", "AFC"})


def body_name_after(span: str, after: str) -> int:
    """How far past a source span ending in a capitalised word the body's name it is cut inside goes on, in
    characters of ``after`` (the sentence just after the span): "The landlord, Castell" before " Property Group, has
    raised the rent" reaches over " Property Group" (15), so that the body is named once, not also as "Castell"; so
    does "The Kessel" before " Philharmonic said", a company of performers', "The World Health" before "
    Organization said", a civic body's, "The United" before " Nations said" (see ``_NAME_ENDS_CUT_SHORT``) and
    "Harrowgate" before " City on Tuesday denied", a club's or a town's (see ``_CLUB_OR_TOWN_ENDS``). 0
    when no such name goes on, or in a headline in title case, whose capitals say nothing."""
    words = span.strip(EDGE).split()
    if not words or not words[-1][:1].isupper() or words[-1].isupper():
        return 0
    found = _BODY_NAME_AFTER.match(after)
    if found is None or title_case(span + after):
        return 0
    last = found.group(1)
    named = (last in INSTITUTIONS or last in PERFORMERS_ENDS or last in CIVIC_BODY_ENDS
             or last in _NAME_ENDS_CUT_SHORT or last in _CLUB_OR_TOWN_ENDS or last.lower() in BUSINESS_NAME_ENDS
             or LEGAL_FORM_END.search(" " + last))
    return found.end() if named else 0


#: A body's name just after a span ending in the body's kind ("group", "agency"): up to four capitalised words,
#: "of" or "for" allowed between, the first no weekday's nor month's (" Return Now" of "the heritage group Return Now
#: found", " Clean Horizon", " Friends of the Coast"), a possessive's ending left after it.
_NAME_AFTER_KIND = re.compile(rf"\s+((?!(?i:{WEEKDAYS}|{MONTHS})\b)[A-Z][\w.&-]*"
                              r"(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w.&-]*){0,3})(?![\w-])")


#: The rest of a body's name after a span cut inside it past its kind (" First" of "The charity Cats" before " First
#: said"): up to three capitalised words, no weekday's nor month's, then a mark, a lower-case word or the end.
_REST_AFTER_KIND = re.compile(rf"(?:\s+(?!(?i:{WEEKDAYS}|{MONTHS})\b)[A-Z][\w.&-]*){{1,3}}"
                              r"(?=[,;:!?)]|\.(?!\w)|\s+[a-z]|\s*$)")


def name_after_kind(span: str, after: str) -> int:
    """How far past a source span ending in a body's kind in lower case (see ``BODY_KINDS``: "the heritage group",
    "A report by the heritage group") the body's name set just after it reaches, in characters of ``after`` (the
    sentence just after the span): " Return Now" of " Return Now found that ...", so that the body is credited by its
    name, not as "heritage group"; so too a span cut inside that name, one to three capitalised words after the kind
    (" First" of "The charity Cats" before " First said": "cats first", not "cats"). 0 for anything else, for a name
    opening with a person's role ("the union President Tom Vell": a person), and in a headline in title case."""
    words = span.strip(EDGE).split()
    if not words or title_case(span + after):
        return 0
    if words[-1] not in BODY_KINDS:
        named = len(words) - next((at for at, word in enumerate(reversed(words)) if not word[:1].isupper()), 0)
        if not 1 <= len(words) - named <= 3 or words[named - 1] not in BODY_KINDS:
            return 0
        rest = _REST_AFTER_KIND.match(after)
        return 0 if rest is None or rest.group().split()[0].lower() in PERSON_ROLES else rest.end()
    found = _NAME_AFTER_KIND.match(after)
    if found is None or found.group(1).split()[0].lower() in PERSON_ROLES:
        return 0
    return found.end(1)


#: "The" and capitalised words alone, a source span cut short of the body's noun after them ("the Kestorian").
_THE_CAPITALISED = re.compile(r"[Tt]he(?:\s+[A-Z][\w'’&-]*)+")
#: One lower-case word, a source span cut short of the body's noun after it ("transport" of "the transport authority").
_BODY_FIELD = re.compile(r"[a-z]{3,}")
#: A body's noun in lower case after such a span (" ministry" of "the Kestorian ministry"), and what follows it.
_BODY_NOUN_AFTER = re.compile(r"\s+([a-z]+)(\s*[,.;:!?)]|\s*\Z)?")


def body_noun_after(span: str, after: str, cues: Iterable[int]) -> int:
    """How far past a source span of "the" and capitalised words the body's noun in lower case it stops short of
    reaches, in characters of ``after`` (the sentence just after the span): " ministry" after "the Kestorian" of
    "According to the Kestorian ministry, 40 residents signed" (9), so that the body is "kestorian ministry", as the
    copy's whole mentions name it, not also "kestorian". Only before a stop or comma, or a cue (``cues``: where in
    ``after`` a cue span starts: "the Ostby" of "the Ostby council denied it"); 0 otherwise, and for a possessive's
    ("the Kestorian's ministry") or a headline's words in title case. So too a span of one lower-case word of what
    the body does, right before the cue (see ``_BODY_FIELD``: "transport" of "The regional transport authority
    announced"), which alone names no one, or, where the model marked no cue there, right before a verb of saying or
    denying (see ``SUBJECT_CUE``: "hospital" of "The hospital trust disputes that.")."""
    words = span.strip(EDGE)
    field = (_BODY_FIELD.fullmatch(words) is not None and words not in PRONOUNS and words not in BODY_NOUNS
             and words not in PERSON_ROLES)
    if (not field and not _THE_CAPITALISED.fullmatch(words)) or span.rstrip(EDGE).endswith(("'s", "’s")):
        return 0
    found = _BODY_NOUN_AFTER.match(after)
    if found is None or found.group(1) not in BODY_NOUNS or title_case(span + after):
        return 0
    closed = (found.group(2) is not None and not field) or any(
        found.end(1) < cue and not after[found.end(1):cue].strip() for cue in cues)
    verb = field and not cues and SUBJECT_CUE.match(after, found.end(1) + 1) is not None  # "trust disputes that"
    return found.end(1) if closed or verb else 0


def self_name_after(span: str, text: str, start: int, after: str) -> int:
    """How far past a source span the name it stops short of reaches, where the source says what it calls itself
    after the span, in characters of ``after`` (the sentence just after it; ``text[:start]``, the sentence before
    it): " calling itself BlackHarbor" after "A group" of "A group calling itself BlackHarbor claimed ...",
    " BlackHarbor" after "itself" (of a sentence's "calling itself") or after "A group calling itself", so that the
    name it goes by is credited (see :func:`display_source`), not the pronoun or a piece. 0 for any other span, and
    before a name in lower case ("calling himself a prophet")."""
    words = span.strip(EDGE)
    if _REFLEXIVE.fullmatch(words):
        calling = search_before_space(_ENDS_CALLING, text, start, len("calling")) is not None
    else:
        calling = _ENDS_CALLING_SELF.search(" ".join(words.rsplit(None, 4)[-4:])) is not None
    found = (_NAME_AFTER_SELF if calling else _SELF_NAME_AFTER).match(after)
    return found.end() if found else 0


def name_after_title(span: str, after: str) -> int:
    """How far past a source span that holds a title or role alone the name it stops short of reaches, in
    characters of ``after`` (the sentence just after the span): "County Commissioner" before " Alan Pike
    approved the deal" reaches over " Alan Pike" (10). 0 when the span is not a capitalised title or role
    ("County Commissioner", "The President"), or no personal name follows it at once (a weekday, a place's
    or firm's word, a possessive: "President Roe's office"), or the sentence is a headline in title case,
    whose capitals say nothing ("Retired General Reveals ..."). A span that ends in an abbreviated title or
    honorific reaches over its full stop too ("Communications Secretary Atty" before ". Cesar Dizon said"). Only
    the words after a span's last comma are read, a description set apart before them ("The report's author,
    Professor" before " Alun Morgan, said": the professor named after it)."""
    words = span.strip(EDGE).rpartition(",")[2].split()
    if not words or not all(w[:1].isupper() for w in words):  # the cheap checks first: this runs on every span
        return 0
    titled = words[-1].lower().rstrip(".") not in _TITLE_ROLES and TITLE.match(words[-1] + after) is not None
    role = words[-1].lower().rstrip(".") in _TITLE_ROLES or _HIGH_COURT_JUDGE.fullmatch(" ".join(words[-2:]))
    if (not role and not titled) or title_case(span + after):
        return 0
    found: list[re.Match[str]] = []
    pos = 1 if titled and after.startswith(".") else 0
    while len(found) < NAME_WORDS and (word := _WORDS_AFTER_SPAN.match(after, pos)):
        found.append(word)
        pos = word.end()
    names = [w.group(1).rstrip(".!?") for w in found]
    for count in range(len(names), 0, -1):
        name = names[:count]
        if (is_name(name) and not POSSESSIVE.search(name[-1]) and text_key(name[-1]) not in WHEN_WORDS
                and (count == len(names) or not names[count][:1].isupper())):
            return found[count - 1].start(1) + len(name[-1])
    return 0


#: A role written in lower case ending a source span's words before what it serves ("the firm's chief executive",
#: "the Green leader" of "the Green leader of the Senate"; group 1 is the role's word), a span's words up
#: to its first word of what the role serves (see ``_SERVED_PART``).
_ROLE_IN_LOWER_CASE = re.compile(r"(?:[\w'’.&-]+\s+){0,5}?([a-z][\w'’-]*)")
_SERVED_PART = re.compile(r"\s+(?:of|for|at|to|in|with|from)\s")
#: A personal name after such a span, a comma before it or not (group 1), that ends the speaker's words: a mark but a
#: comma opening a list's next member (", and"), the end, or a cue or a word of where, when or who after it (", Rena
#: Tolle." of "said the Green leader of the Senate, Rena Tolle.", " Ana Roe said").
_PERSON_AFTER_ROLE = re.compile(
    rf",?[^\S\r\n]+({NAME_AFTER_CUE_WORD}(?:[^\S\r\n]+{NAME_PARTICLE_RUN}{NAME_AFTER_CUE_WORD}){{1,3}})"
    r"(?=\s*(?:[;:!?()–—]|,(?!\s*(?:and|or)\b)|\.(?!\s+[A-Z])|$)|\s+(?:said|says|told|tells|added|adds|wrote|"
    r"writes|denied|denies|insisted|insists|argued|argues|warned|warns|in|on|at|who|during|last|this|yesterday|"
    r"today|earlier)\b)")


def name_after_role(span: str, after: str) -> int:
    """How far past a source span that holds a person's role in lower case, and no name, the personal name set after
    it reaches, in characters of ``after`` (the sentence just after the span): "the firm's chief executive" before
    " Ana Roe said" reaches over " Ana Roe", and "the Green leader of the Senate" before ", Rena Tolle." over
    ", Rena Tolle", so that the person is credited, not their role. The role is the last word before the span's
    first "of", "for", "at", "to", "in", "with" or "from", in lower case, one person's (see ``PERSON_ROLES``); the
    name two to four capitalised words, a known given name first or none of a firm's or body's words (see
    :func:`personal_name`), ending the speaker's words (see ``_PERSON_AFTER_ROLE``: not "the mayor, Tom Vell and
    Ana Ruiz", a list). 0 for anything else, for a role serving another role ("an aide to the mayor, Tom Vell": the
    name may be the mayor's), and in a headline in title case."""
    words = span.strip(EDGE)
    if not words or not after[:2].lstrip(",")[:1].isspace():
        return 0
    served = _SERVED_PART.search(words)
    role = _ROLE_IN_LOWER_CASE.fullmatch(words[:served.start()] if served else words)
    if role is None or role.group(1) not in PERSON_ROLES or title_case(span + after):
        return 0
    if served and is_role(words.rpartition(" ")[2]):
        return 0  # "an aide to the mayor, Tom Vell": the name may be the mayor's
    found = _PERSON_AFTER_ROLE.match(after)
    if found is None or not personal_name(found.group(1).split()):
        return 0
    return found.end(1)


def _headline_words(text: str) -> list[str]:
    """The words of the source span ``text`` as :func:`display_source` shows them, two in capitals alone read in
    sentence case ("Water board" of "WATER BOARD"), as a headline set in capitals writes a description: its capitals
    say nothing of a name."""
    words = display_source(text).split(" ")
    if len(words) == 2 and not any(ch.islower() for ch in text) and all(word.isalpha() for word in words):
        return [words[0].capitalize(), words[1].lower()]
    return words


def described_body(text: str) -> bool:
    """Whether the source span ``text`` describes a body by its kind or a state body's noun in lower case, its first
    letter aside, as a headline does ("Rights group", "Aid agency", "rights NGO", "Water ministry"; see
    ``BODY_NOUNS``; two words in capitals too, "WATER BOARD": see :func:`_headline_words`): no name, so the body the
    rest of the document names, described so, is the one it means (see :meth:`SourceIndex.add`)."""
    words = _headline_words(text)
    return (len(words) <= 3 and (words[-1].lower() in BODY_NOUNS or words[-1] == "NGO")
            and all(word.islower() for word in [word[1:] for word in words[:1]] + words[1:-1])
            and not JOINERS & {word.lower() for word in words})


def described_trade(text: str) -> bool:
    """Whether the source span ``text`` describes a business by a trade on a thing, in two words in lower case but
    the first letter, as a headline does with "the" left out ("Tanker operator", "Vaccine maker": see
    :func:`framing.source_kinds.trade_head`), which the copy may name as that thing's trader ("Meridane Shipping, which
    operates the tanker")."""
    words = _headline_words(text)
    return (len(words) == 2 and words[0][1:].islower() and words[1].islower() and words[0].isalpha()
            and trade_head(words[1]))


#: Words before a post's noun that say which post it is, as a headline writes them in lower case ("prime" of "Prime
#: minister", a portfolio of ``PORTFOLIOS``: "Health minister", "Transport minister").
_POST_WORDS = frozenset({"prime", "foreign"}) | {portfolio.lower() for portfolio in PORTFOLIOS}


def described_post(text: str) -> bool:
    """Whether the source span ``text`` describes a person by a post of two or three words in lower case, its first
    letter aside, as a headline does ("Health minister", "Prime minister", "Chief executive": a portfolio's or a
    role's words before a role's noun, see ``_POST_WORDS``; of two words, any word before the role's noun: "Port
    chief", whom the copy names "chief executive of the Port of Vell"): no name, so the one person the rest of the
    document names in that post is the one it means (see :meth:`SourceIndex.add`); two words in capitals are read in
    sentence case ("HEALTH MINISTER": see :func:`_headline_words`)."""
    words = _headline_words(text)
    lowered = [word.lower() for word in words]
    return (1 < len(words) <= 3 and all(word.islower() for word in [word[1:] for word in words[:1]] + words[1:])
            and lowered[-1] in PERSON_ROLES
            and (len(words) == 2 or all(word in _POST_WORDS or word in PERSON_ROLES for word in lowered)))
