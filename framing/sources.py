"""A source mention's canonical name, keys and display forms.

Sources are written many ways in one article ("Foreign Ministry spokesperson Wang Wenbin", "Wang",
"the spokesperson"); :func:`normalise_source` gives one mention its canonical form, :func:`display_source` that
form with the case as written and :func:`text_key` what two spellings of one wording share;
:class:`framing.source_index.SourceIndex` joins a later, shorter mention to the one earlier source it can mean.
Finding a source in a sentence's own words, where the model marked none, is :mod:`framing.source_finders`'s job.

What this module builds on lives in modules of one job each, each importing only those before it:
:mod:`framing.source_words` (the word lists), :mod:`framing.source_keys` (spellings and keys),
:mod:`framing.source_places` (datelines, nationalities, governments), :mod:`framing.source_kinds` (role, trade
and group words), :mod:`framing.source_accusations` (who accuses whom), :mod:`framing.person_names` (given names
and surnames), :mod:`framing.source_forms` (a mention's display form) and :mod:`framing.source_roles` (the name
after a role or title). The names listed in ``__all__`` are importable from here as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .given_names import is_given_name
from .person_names import VOWELS, is_name, name_opening_word, opens_with_given_name, short_first_name
from .source_forms import TIME_ALONE, display_source
from .source_keys import FORMS_KEPT, name_case, text_key, without_accents
from .source_places import is_nationality, governed, listed_words
from .source_words import EDGE, HEADLINE_SMALL_WORDS, LEADING, LINK_LABEL


__all__ = ["normalise_source", "display_source", "text_key", "speaker_display", "unsure_list", "name_opening_word",
           "LINK_LABEL", "opens_with_given_name"]

#: French copy's subject pronouns, a verb perhaps before them inverted after a quotation ("a-t-il", "a-t-elle",
#: "affirme-t-il", "ont-ils", "il"), and its stressed ones after "selon" ("selon lui", "selon eux"), in lower case as
#: written, or opening a sentence ("Il", "Ils", "Elles", "On"): a pronoun; "Lui" and "Elle" capitalised may be names
#: (a surname, a magazine).
_FRENCH_PRONOUN = re.compile(r"(?:[a-zàâäçéèêëîïôöûùüÿ]+-(?:t-)?)?(?:il|elle|ils|elles|on)|lui|eux"
                             r"|Ils?|Elles|On")


def french_pronoun(written: str) -> bool:
    """Whether the source ``written`` so is a French pronoun (see ``_FRENCH_PRONOUN``: "a-t-il" of '« ... »,
    a-t-il déclaré', "lui" of "selon lui"), which names no one, as "he" does not."""
    return _FRENCH_PRONOUN.fullmatch(written.strip(EDGE).replace("‑", "-")) is not None


def normalise_source(text: str) -> str:
    """A canonical form, so that one source mentioned in different ways counts once.

    Keeps the name part of an appositive ("Mara Lind, the group's director" → "mara lind", set apart by dashes too:
    "A former candidate -- Tom Vask" → "tom vask", see :func:`_dashes_as_commas`) or of
    a role or title before a name ("union secretary Tomas Brandt" → "tomas brandt", "Prime
    Minister Jane Doe" → "jane doe"), and the owner of a document ("the ministry's statement" → "ministry",
    which then joins the ministry named before as "the ministry" does); drops a swallowed dateline
    ("LONDON (Reuters) - "), quotation marks, a leading focusing word ("Even an anti-Verrin group"), a leading
    article (not the "a" of a count: "a few residents") or abbreviated title and a trailing
    possessive; lower case, with one apostrophe however it was typed (:func:`display_source` keeps the
    case and the marks).
    """
    return text_key(display_source(text))


def time_alone(text: str) -> bool:
    """Whether the source span ``text`` is a time alone ("month" of "released last month", "the time" of "at the
    time", "this past December"; see ``TIME_ALONE``), which says when and never who."""
    return TIME_ALONE.fullmatch(LEADING.sub("", text.strip(EDGE))) is not None


#: A quantity alone, an approximation or "to" perhaps before it and a magnitude, "times" or a measure after it ("more
#: than 3 million", "nearly 40,000", "over 2.5m times", "to 60 pages" of "The complaint, which runs to 60 pages,
#: alleges"): how many or how much, never who.
_QUANTITY_ALONE = re.compile(r"(?:(?:(?:more|less|fewer)\s+than|over|under|nearly|almost|about|around|roughly|some|"
                             r"at\s+least|up\s+to|approximately|close\s+to|to)\s+)?\d[\d.,]*\s*"
                             r"(?:(?:hundred|thousand|million|billion|m|bn|k)\b)?"
                             r"(?:\s+(?:times|pages|words|percent|per\s+cent|kilometres|kilometers|miles|tonnes|tons|"
                             r"litres|liters|hours|days|weeks|months|years)\b)?", re.I)


def quantity_alone(text: str) -> bool:
    """Whether the source span ``text`` is a quantity alone ("more than 3 million" of "The video, viewed more than 3
    million times, claims"; see ``_QUANTITY_ALONE``), which counts and never speaks: a group counted is none
    ("more than 200 doctors")."""
    return _QUANTITY_ALONE.fullmatch(text.strip(EDGE)) is not None


#: Titles of two or three letters that a label in capitals abbreviates ("DR.", "SEN.", "MS"), shown in title case,
#: where other short words are acronyms ("UN", "EU", "ABC"); lower case, without their full stop.
_LABEL_TITLES = frozenset("mr mrs ms mx dr sen rep gov gen col lt maj sgt cpl st rev amb adm det hon".split())

#: An aside in brackets inside a speaker's label: a party ("(R)", "(D-NY)") or how they spoke ("(via telephone)").
_LABEL_ASIDE = re.compile(r"\s*\([^()]*\)")


@lru_cache(maxsize=FORMS_KEPT)
def speaker_display(label: str) -> str:
    """How a transcript's speaker label (see :func:`framing.turns.speaker_turns`) shows its speaker: as written,
    a label in capitals in title case ("SEN. JANE ROE" → "Sen. Jane Roe", "O'BRIEN" → "O'Brien", "SEN. MCCONNELL"
    → "Sen. McConnell", "HOST" → "Host"), a word without a vowel kept as an acronym ("CNN"), and so is one of two or
    three letters ("ABC NEWS ANCHOR" → "ABC News Anchor", "UN ENVOY") but a title ("DR."), a short first name
    (see :func:`short_first_name`: "TOM ARDLEY" → "Tom Ardley") or a short surname after a name or title ("JANE
    ROE", "DR. LEE"). :meth:`SourceIndex.add` then reads it as any source span, so that "Sen. Jane Roe" is "jane roe"
    and a later "ROE:" joins her. An aside in brackets is dropped ("SEN. JANE ROE (D-NY)", "ROE (via telephone)"),
    but for a person's name in title case after a role in capitals, which is the speaker's (see
    :func:`_holder_in_brackets`: "CHAIR (Rosa Lindqvist)" → "Rosa Lindqvist"). A
    name in capitals before a description with lower case is shown so, the description as written ("MARA VELLIN,
    former aide" → "Mara Vellin, former aide"); so is one before a role in capitals ("ANA RUIZ, HOST" → "Ana Ruiz,
    Host", not "ANA Ruiz")."""
    holder = _holder_in_brackets(label)
    if holder is not None:
        return holder
    label = _LABEL_ASIDE.sub("", label)
    name, comma, description = label.partition(",")
    if any(ch.islower() for ch in label):
        return label if any(ch.islower() for ch in name) else speaker_display(name) + comma + description
    if comma:  # "ANA RUIZ, HOST": the name shown as a name alone is ("Ana Ruiz"), then its role
        return speaker_display(name) + comma + " " + speaker_display(description.strip())
    words = label.split()
    shown: list[str] = [words[0].title()] if short_first_name(words) else []
    for word in words[len(shown):]:
        shown.append(_shown_word(word, shown[-1] if shown else None))
    return " ".join(shown)


#: A speaker's label of words in capitals and an aside in brackets after them ("CHAIR (Rosa Lindqvist)"; group 1 the
#: words, group 2 the aside).
_LABEL_WITH_ASIDE = re.compile(r"([^()a-z]+?)\s*\(([^()]+)\)")


def _holder_in_brackets(label: str) -> str | None:
    """The person a committee's or court's transcript names in brackets after the role its label writes in capitals
    ("Rosa Lindqvist" of "CHAIR (Rosa Lindqvist)", of "MEMBER (Daniel Okafor)"): two or three words in title case
    opening with a given name, or a given name alone, as a phone-in names its callers ("Dennis" of "CALLER
    (Dennis)"); not a party ("(D-NY)") nor how they spoke ("(via telephone)"); ``None`` for none."""
    found = _LABEL_WITH_ASIDE.fullmatch(label.strip())
    aside = found.group(2).strip() if found else ""
    words = aside.split()
    if len(words) == 1:
        return aside if aside.isalpha() and aside.istitle() and is_given_name(aside) else None
    return aside if (2 <= len(words) <= 3 and not aside.isupper() and is_given_name(words[0])
                     and is_name(words)) else None


def _shown_word(word: str, before: str | None) -> str:
    """How the word in capitals ``word`` of a speaker's label is shown after the word shown ``before`` (see
    :func:`speaker_display`)."""
    letters = "".join(ch for ch in word if ch.isalpha())
    bare = letters.lower()
    if before is not None and bare in HEADLINE_SMALL_WORDS:
        return word.lower()  # "HEAD OF UN AGENCY": "Head of UN Agency"
    if bare in _LABEL_TITLES:
        return word.title()  # "DR.", "SEN.", "MS"
    if len(letters) <= 3:
        # an acronym ("ABC", "UN", "EU"), but a short surname after a name or title ("JANE ROE", "DR. LEE")
        name_before = (before is not None and before[:1].isupper() and not before.isupper()
                       and before.lower().strip(".") not in HEADLINE_SMALL_WORDS)
        return word.title() if name_before and VOWELS & set(word) else word
    return name_case(word) if VOWELS & set(word) else word


def same_government(subject: str, source: str) -> bool:
    """Whether the subject ``subject`` of a sentence, as written, names the government the source key ``source``
    names or speaks for, so that it is no one else (see :meth:`framing.credits._Credits.someone_else`): one
    country's government, capital or name, or one of its ministries ("Beijing" after "china's foreign ministry",
    "the chinese government" or "china": see :func:`government_of`, :func:`_ministry`), or the U.S. president
    written with the country ("U.S. President Tom Vance") after the White House, which speaks for him; a president
    written without it may be another country's ("President Tarek Osman") and is not."""
    if source == "white house":
        return _US_PRESIDENT.match(subject) is not None
    country = governed(without_accents(text_key(display_source(subject))))
    return country is not None and country == governed(without_accents(source))


#: The U.S. president as a subject is written ("U.S. President Tom Vance", "the US president", "American President
#: Roe"): the one the White House speaks for.
_US_PRESIDENT = re.compile(r"(?:the\s+)?(?:U\.\s?S\.|US|United\s+States|American)\s+[Pp]resident\b")


def unsure_list(text: str) -> bool:
    """Whether the source span ``text`` is read as a list of nationalities holding a word that is no known one
    ("Veldoran, Kestorian officials": see :func:`nationality_list`), a word the document may name as a person
    elsewhere, which then cuts the list (see :meth:`SourceIndex.add`)."""
    return any(not is_nationality(word) for word in listed_words(display_source(text)))
