"""A cheap guard against text the model cannot read: is a sentence English at all?

The model knows English news only. :func:`looks_english` flags text in
another script or another Latin-script language so that its label is
marked low confidence. It lives apart from the Analyzer so that worker
processes can run it without importing torch.
"""

from __future__ import annotations

import re

__all__ = ["looks_english", "weak_text"]


def weak_text(text: str) -> bool:
    """Whether the model's label of ``text`` can only be a weak guess whatever its probability: no letter
    at all, or not English (:func:`looks_english`)."""
    return not any(ch.isalpha() for ch in text) or not looks_english(text)


def looks_english(text: str) -> bool:
    """False when ``text`` does not look like English: mostly non-ASCII letters, or more common
    function words of other European languages than of English (two at least).

    A cheap guard, not a language identifier: the model only knows English
    news, so a sentence in another script or in another Latin-script language
    ("Das Ministerium hat den Bericht als haltlos zurückgewiesen.") gets its
    label flagged as low confidence. Both word lists leave out words that
    English and the other languages share ("in", "a", "die"), so English copy
    with a foreign name or phrase in it ("de facto", "La Paz") still passes.
    """
    if text.isascii():
        # no marker at all, the common case: the words read as bytes, lower-cased and cut at every other
        # character at once (for ASCII text, exactly the words of _WORD, lower-cased)
        if _FOREIGN_MARKER_BYTES.isdisjoint(text.encode("ascii").lower().translate(_LETTERS_ONLY).split()):
            return True
    elif _mostly_foreign_letters(text):
        return False
    words = _WORD.findall(text)
    if sum(w.lower() in _FOREIGN_MARKERS for w in words) < 2:  # fewer than two foreign words at most: English
        return True
    # a marker inside a name ("La Paz", "Ignacio de la Fuente") is part of the name, not a foreign word
    preceding, following = _around_particles(words)
    foreign = sum(w.lower() in _FOREIGN_MARKERS and not _in_name(words, k, preceding[k], following[k])
                  for k, w in enumerate(words))
    return foreign < 2 or foreign <= sum(w.lower() in _ENGLISH_MARKERS for w in words)


def _mostly_foreign_letters(text: str) -> bool:
    """Whether fewer than 60% of the letters of ``text`` are ASCII ones. Only the characters outside ASCII are
    read one by one; an ASCII letter is one of A-Z and a-z, counted in bytes."""
    ascii_part = text.encode("ascii", "ignore")
    ascii_letters = len(ascii_part) - len(ascii_part.translate(None, _ASCII_LETTERS))
    letters = ascii_letters + sum(map(str.isalpha, "".join(_NON_ASCII.findall(text))))
    return letters > 0 and ascii_letters / letters < 0.6


def _particle(word: str) -> bool:
    """Whether ``word`` is a marker in lower case, as a name's particle is written ("de", "la", "van")."""
    return word.lower() in _FOREIGN_MARKERS and not word[:1].isupper()


def _around_particles(words: list[str]) -> tuple[list[str], list[str]]:
    """For each position, the nearest earlier and the nearest later word that is no lower-case marker ("" at
    either end): what a run of particles ("de la") stands between. One pass each way, so long text stays
    linear."""
    preceding, following = [""] * len(words), [""] * len(words)
    word = ""
    for k in range(len(words)):
        preceding[k] = word
        word = word if _particle(words[k]) else words[k]
    word = ""
    for k in range(len(words) - 1, -1, -1):
        following[k] = word
        word = word if _particle(words[k]) else words[k]
    return preceding, following


def _in_name(words: list[str], k: int, preceding: str, following: str) -> bool:
    """Whether ``words[k]`` is a capitalised word inside a sentence, or one of a run of particles (lower-case
    words) between two capitalised ones (``preceding`` and ``following``, from :func:`_around_particles`): a
    piece of a name such as "La Paz" or "Ana de la Cruz", the whole run ("de la") counted as the name's."""
    if words[k][:1].isupper():
        return k > 0
    return preceding[:1].isupper() and following[:1].isupper()


_WORD = re.compile(r"[^\W\d_]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_ASCII_LETTERS = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))
#: Every byte that is no ASCII letter turned into a space, so that ``split`` cuts words where _WORD does.
_LETTERS_ONLY = bytes(b if b in _ASCII_LETTERS else ord(" ") for b in range(256))

#: Function words common in English news and rare as words of other languages.
_ENGLISH_MARKERS = frozenset("""
the of and to is was were are has have had that this these those with for from by it its he she they we
his her their our said says would could should not been be at after which who than there what when where
while about into over also more because before against between during under being
""".split())

#: Function words of German, Spanish, French, Italian, Dutch and Portuguese that English does not use.
_FOREIGN_MARKERS = frozenset("""
der das und ist nicht dem von zu auf sich ein eine einer wird wurde sind auch nach bei als wie oder aber
el los las que y del por para una es se su sus como pero fue han
le les des et est une du au aux sur pas dans qui ce cette sont ont elle leur avec pour comme
il di che della delle dei gli nel alla sono
het een niet zijn op te voor ook maar naar werd
os o um uma com pelo pela foi de la
""".split())
_FOREIGN_MARKER_BYTES = frozenset(word.encode("ascii") for word in _FOREIGN_MARKERS)
