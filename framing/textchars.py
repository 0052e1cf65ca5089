"""What a character is, for the rules that read words in news copy.

Sentence splitting (:mod:`framing.segment`), span edges (:mod:`framing.spans`), source names
(:mod:`framing.sources`) and phrase look-up in training tables (:mod:`framing.data`) ask the same few
questions of a character: is it an invisible format character (a soft hyphen or zero-width space that
pasted text carries unseen), an apostrophe, part of a word? Each question is answered here once, under
one name, so that the modules agree and no two helpers share a name with different meanings. This module
imports nothing from ``framing``, so any module of the package can use it.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "APOSTROPHES",
    "case_blind",
    "fold_apostrophes",
    "is_combining_mark",
    "is_invisible",
    "is_letter_or_mark",
    "is_space_or_invisible",
    "is_word_char",
    "without_invisible",
]

#: The apostrophes written inside a word ("city's", "O’Neill"): straight and curly. Other marks typed as
#: an apostrophe are only folded into one (see :func:`fold_apostrophes`), not read as joining a word.
APOSTROPHES = frozenset("'’")

# Marks typed as an apostrophe (curly, modifier letter, turned comma, prime), each to the straight one.
_APOSTROPHE_FOLDS = str.maketrans("’ʼ‘′", "''''")
#: The zero-width joiner, which joins emoji into one picture.
_ZWJ = "\u200d"
#: The zero-width joiner and non-joiner, which scripts without capitals write inside words.
_JOINERS = "\u200c\u200d"


def is_invisible(ch: str) -> bool:
    """Whether ``ch`` is an invisible format character (category Cf: soft hyphen, zero-width space and
    joiners, word joiner, direction marks, byte order mark)."""
    return unicodedata.category(ch) == "Cf"


def is_space_or_invisible(ch: str) -> bool:
    """Whether ``ch`` shows nothing: whitespace (a no-break space too) or an invisible format character."""
    return ch.isspace() or is_invisible(ch)


def without_invisible(text: str, *, emoji_joiners: bool = False) -> str:
    """``text`` without its invisible format characters, which a pasted or hyphenated name may carry
    unseen ("Li\\u00adWei" is "LiWei"), nor its control characters but whitespace (a NUL or a bell that
    scraped text carries: "Orvane\\x00 Technologies" is "Orvane Technologies"). ``emoji_joiners`` keeps a
    zero-width joiner between two symbols or marks, which joins emoji into one picture
    ("👨\\u200d👩\\u200d👧" is a family, not three people), and a zero-width joiner or
    non-joiner inside a word of a script without capitals, where it is spelling (the non-joiner of a Persian name
    such as "Mohammad-Reza" written in Persian letters keeps its two parts from joining), for showing a text as
    written.

    Most text holds none, and is returned as it is without reading it character by character: none is
    printable (:meth:`str.isprintable` is false for every category C character), so a printable text has
    none to drop, nor has an ASCII text without an ASCII control character (no format character is ASCII)."""
    if text.isprintable() or (text.isascii() and not _ASCII_CONTROL.search(text)):
        return text
    if emoji_joiners:
        return "".join(ch for at, ch in enumerate(text)
                       if not _unseen(ch) or (ch == _ZWJ and _joins_emoji(text, at)) or _spells_a_word(text, at))
    return "".join(ch for ch in text if not _unseen(ch))


#: ASCII control characters that are not whitespace (``str.isspace`` holds for tab, line breaks and \\x1c-\\x1f).
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")


def _unseen(ch: str) -> bool:
    """Whether ``ch`` is invisible (see :func:`is_invisible`) or a control character other than whitespace."""
    return is_invisible(ch) or (unicodedata.category(ch) == "Cc" and not ch.isspace())


def _joins_emoji(text: str, at: int) -> bool:
    """Whether the character at ``at`` stands between two symbols or marks (an emoji, its skin tone or its
    variation selector), not at an edge nor beside a letter, a digit or a space."""
    return 0 < at < len(text) - 1 and all(unicodedata.category(text[near])[0] in "SM" for near in (at - 1, at + 1))


def _spells_a_word(text: str, at: int) -> bool:
    """Whether the character at ``at`` is a zero-width joiner or non-joiner between two letters or marks of a script
    without capitals (Arabic, Persian, Devanagari), where it is part of the word's spelling, not stray."""
    return (text[at] in _JOINERS and 0 < at < len(text) - 1
            and all(_uncased_letter_or_mark(text[near]) for near in (at - 1, at + 1)))


def _uncased_letter_or_mark(ch: str) -> bool:
    """Whether ``ch`` is a letter of a script without capitals or a combining mark (a vowel sign, a virama)."""
    return (ch.isalpha() and not ch.isupper() and not ch.islower()) or is_combining_mark(ch)


#: The characters besides the ASCII letters that a case-blind pattern (``re.IGNORECASE``) reads as an ASCII letter
#: and that :meth:`str.lower` does not make that letter: the dotted capital "i" (lowered to "i" and a combining dot),
#: the dotless "i" and the long "s". (The Kelvin sign, the only other such character, lowers to "k".)
_CASE_BLIND_LETTERS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def case_blind(text: str) -> str:
    """``text`` in lower case, each character that a case-blind pattern reads as an ASCII letter made that letter
    (see ``_CASE_BLIND_LETTERS``): a case-blind pattern that must match one of some lower-case ASCII words
    ("misstated", "wrongly") can match ``text`` only where one of them is in this, a plain ``in`` test far faster
    than the pattern's search of a sentence that holds none, as most do."""
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        text = text.translate(_CASE_BLIND_LETTERS)
    return text.lower()


def fold_apostrophes(text: str) -> str:
    """``text`` with every mark typed as an apostrophe (’ ʼ ‘ ′) made the straight one, so that "O’Neill"
    and "O'Neill" compare equal."""
    return text.translate(_APOSTROPHE_FOLDS)


def is_combining_mark(ch: str) -> bool:
    """Whether ``ch`` is a mark that goes with the character before it (category M: a combining accent
    typed after its letter, a variation selector)."""
    return unicodedata.category(ch).startswith("M")


def is_letter_or_mark(ch: str) -> bool:
    """Whether ``ch`` is a letter of any script or a combining mark ("e" and the accent of a decomposed
    "é"); digits are not counted (see :func:`is_word_char`)."""
    return ch.isalpha() or is_combining_mark(ch)


def is_word_char(ch: str, *, underscore: bool = False) -> bool:
    """Whether ``ch`` is part of a word: a letter or digit of any script or a combining mark, and also
    ``"_"`` when ``underscore`` (as a regular expression's ``\\w`` counts it)."""
    return ch.isalnum() or (underscore and ch == "_") or is_combining_mark(ch)


def opens_like_a_name(word: str) -> bool:
    """Whether ``word`` opens as a name may: with a capital, or with a letter of a script that has no capitals
    (Arabic, Hebrew, Chinese), where every word opens alike and a name cannot be told by its first letter."""
    first = word[:1]
    return first.isupper() or (first.isalpha() and not first.islower())
