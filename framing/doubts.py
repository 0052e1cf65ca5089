"""Texts the model will read badly, found so that a caller is warned: HTML markup, which joins sentences and hides
quotation marks, and text that is not English, whose labels mean little (the model was trained on English news).

A run over many documents warns once at its end, naming how many and the first (:class:`DoubtfulTexts`); a
warning per document would repeat itself over a feed of raw HTML.
"""

from __future__ import annotations

import logging
import re

from .document import Document
from .language import looks_english

#: Tag names of the HTML that news pages carry: "<no>" in "<<no>>" or "<y and y>" in "x<y and y>z" is none.
_HTML_TAGS = ("a|abbr|article|aside|b|blockquote|body|br|caption|cite|code|div|em|figcaption|figure|footer|h[1-6]|"
              "head|header|hr|html|i|iframe|img|li|link|main|meta|nav|ol|p|pre|q|s|script|section|small|span|"
              "strong|style|sub|sup|table|tbody|td|th|thead|time|title|tr|u|ul")
#: HTML tags ("<p>", "</b>", '<a href="...">', "<br/>") and character entities ("&amp;", "&#8220;") in a text.
_MARKUP = re.compile(rf"</?(?i:{_HTML_TAGS})(?:\s+[\w:-]+(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>]+))?)*\s*/?>"
                     r"|&(?:[A-Za-z]{2,8}|#\d{2,7}|#x[0-9A-Fa-f]{2,6});")
#: Markup this common is no stray "<" or "&" in copy.
MARKUP_WARNING = 3


#: What the markup warnings advise.
MARKUP_ADVICE = ("framing reads plain text, so markup joins sentences and hides quotation marks; strip tags and "
                  "unescape entities first (for example an HTML parser's get_text(), then html.unescape)")


def markup_count(text: str) -> int:
    """How many HTML tags and character entities ``text`` holds."""
    if "<" not in text and "&" not in text:  # most copy: two fast scans instead of the pattern's slow one
        return 0
    return sum(1 for _ in _MARKUP.finditer(text))


#: What the warnings about text that is not English say of it.
FOREIGN_ADVICE = "the model knows English news only, so their labels (flagged low-confidence) mean little"


def foreign_sentences(doc: Document) -> int:
    """How many of ``doc``'s sentences do not look like English; every one is flagged low-confidence when
    labelled, so only those are read again."""
    return sum(s.low_confidence and not looks_english(s.text) for s in doc.sentences)


def mostly_foreign(doc: Document) -> bool:
    """Whether more than half of ``doc``'s sentences do not look like English."""
    return foreign_sentences(doc) * 2 > len(doc.sentences)


class DoubtfulTexts:
    """A tally of one run's documents that hold HTML markup or are not English, and the first of each, warned
    about once by :meth:`warn`. ``where`` says how the first is named ("texts[3]", "record 4, id 'x'")."""

    def __init__(self) -> None:
        self.read = 0
        self.marked = self.foreign = 0
        self.first_marked: str | None = None
        self.first_foreign: str | None = None

    def see(self, text: str, where: str, foreign: bool) -> None:
        """Count one document, its ``text`` and whether it is ``foreign`` (not English)."""
        if markup_count(text) >= MARKUP_WARNING:
            self.marked += 1
            self.first_marked = self.first_marked or where
        if foreign:
            self.foreign += 1
            self.first_foreign = self.first_foreign or where
        self.read += 1

    def warn(self, logger: logging.Logger) -> None:
        """Log one warning for each kind of doubtful document seen, if any."""
        if self.marked:
            logger.warning("%d of %d documents %s HTML tags or entities (the first is %s): %s", self.marked,
                           self.read, "holds" if self.marked == 1 else "hold", self.first_marked, MARKUP_ADVICE)
        if self.foreign:
            logger.warning("%d of %d documents %s not look like English (the first is %s): %s", self.foreign,
                           self.read, "does" if self.foreign == 1 else "do", self.first_foreign, FOREIGN_ADVICE)
