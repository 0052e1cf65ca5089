"""Texts the model will read badly, found so that a caller is warned: HTML markup, which joins sentences and hides
quotation marks, text that is not English, whose labels mean little (the model was trained on English news), and
text in a form that sentence splitting reads badly: subtitles, text without punctuation, text all in capitals, and
blobs (an embedded image's base64) among the sentences.

A run over many documents warns once at its end, naming how many and the first (:class:`DoubtfulTexts`); a
warning per document would repeat itself over a feed of raw HTML.
"""

from __future__ import annotations

import hashlib
import logging
import re
import string
from array import array
from collections import Counter
from collections.abc import Callable

from .document import Document
from .language import looks_english
from .segment import BLOB, BLOB_CHARS

#: Tag names of the HTML that news pages carry: "<no>" in "<<no>>" or "<y and y>" in "x<y and y>z" is none.
_HTML_TAGS = ("a|abbr|article|aside|b|blockquote|body|br|caption|cite|code|div|em|figcaption|figure|footer|h[1-6]|"
              "head|header|hr|html|i|iframe|img|li|link|main|meta|nav|ol|p|pre|q|s|script|section|small|span|"
              "strong|style|sub|sup|table|tbody|td|th|thead|time|title|tr|u|ul")
#: HTML tags ("<p>", "</b>", '<a href="...">', "<br/>") and character entities ("&amp;", "&#8220;") in a text.
_MARKUP = re.compile(rf"</?(?i:{_HTML_TAGS})(?:\s+[\w:-]+(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>]+))?)*\s*/?>"
                     r"|&(?:[A-Za-z]{2,8}|#\d{2,7}|#x[0-9A-Fa-f]{2,6});")
#: Markup this common is no stray "<" or "&" in copy.
MARKUP_WARNING = 3
#: A tag that breaks a line in a browser ("<br>", "<p>", "</li>") glued to the text beside it, as a feed's HTML
#: fragment has it ("Mayor resigns<br>The mayor of Arden ..."): one is markup, which joins the two sentences
#: it separates into one, where prose naming a tag ("the <p> tag") writes spaces around it.
_JOINING_TAG = re.compile(r"(?<=[^\s<>])</?(?i:br|p|div|li|h[1-6])(?:\s[^<>]*)?/?>"
                          r"|</?(?i:br|p|div|li|h[1-6])(?:\s[^<>]*)?/?>(?=[^\s<>])")


#: What the markup warnings advise.
MARKUP_ADVICE = ("framing reads plain text, so markup joins sentences and hides quotation marks; strip tags and "
                  "unescape entities first (for example an HTML parser's get_text(), then html.unescape)")


def holds_markup(text: str) -> bool:
    """Whether ``text`` holds markup to warn of: :data:`MARKUP_WARNING` HTML tags or entities or more, or a single
    tag that breaks a line glued to the text beside it (:data:`_JOINING_TAG`), which joins sentences silently."""
    if "<" not in text and "&" not in text:  # most copy: two fast scans
        return False
    return markup_count(text) >= MARKUP_WARNING or _JOINING_TAG.search(text) is not None


def markup_count(text: str) -> int:
    """How many HTML tags and character entities ``text`` holds."""
    if "<" not in text and "&" not in text:  # most copy: two fast scans instead of the pattern's slow one
        return 0
    return sum(1 for _ in _MARKUP.finditer(text))


#: A subtitle file's time code ("00:00:05,000 --> 00:00:08,500" in SRT, "00:04.000 --> 00:08.000" in WebVTT) and
#: WebVTT's header ("WEBVTT" first).
_CUE_TIMING = re.compile(r"(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}[^\S\r\n]*-->")
_WEBVTT_HEADER = re.compile(r"[\ufeff\s]*WEBVTT\b")

#: What the warnings about subtitles advise: a cue's number and time code become sentences of their own. The sed
#: command drops a line of digits (after a byte-order mark) only directly before a time code, so that a caption of
#: a figure alone ("2024") stays.
SUBTITLE_ADVICE = ("framing reads plain text, so cue numbers and time codes become sentences; keep only the captions' "
                   "words first, e.g. sed -E '/^WEBVTT/,/^[[:space:]]*$/d; /^NOTE/,/^[[:space:]]*$/d; "
                   "/^[^[:alnum:]]{0,3}[0-9]+[[:space:]]*$/{ $!N; /-->/d; P; D; }; /-->/d; /^[[:space:]]*$/d; "
                   "s/<v[^ >]* ([^>]*)>/\\1: /g; s/<[^>]*>//g' FILE > FILE.txt (a voice tag becomes a speaker's label)")


def looks_like_subtitles(text: str) -> bool:
    """Whether ``text`` is an SRT or WebVTT subtitle file: the WebVTT header first, or two time codes or more."""
    if _WEBVTT_HEADER.match(text):
        return True
    if "-->" not in text:  # most copy: one fast scan
        return False
    timings = _CUE_TIMING.finditer(text)
    return next(timings, None) is not None and next(timings, None) is not None


#: How many words in a row without a punctuation mark make text unpunctuated (speech-to-text output): news copy
#: has far fewer (at most 53 in 2,309 real texts).
UNPUNCTUATED_WORDS = 70
# A run of characters without a stop, comma, colon, semicolon, dash, hyphen, bracket, double quotation mark or line
# break (an apostrophe, which speech-to-text writes, does not end one), read from its start only, so that the scan
# stays linear; long enough to hold UNPUNCTUATED_WORDS words.
_NO_PUNCTUATION = "[^.,;:!?…。！？，、\"“”()\\[\\]—–\r\n-]"
_BARE_RUN = re.compile(f"(?<!{_NO_PUNCTUATION}){_NO_PUNCTUATION}{{{4 * UNPUNCTUATED_WORDS},}}")

#: What the warnings about unpunctuated text advise.
UNPUNCTUATED_ADVICE = ("framing finds sentences by their stops, so text without punctuation (speech-to-text) is read "
                       "as a few very long sentences, each labelled once, and the model reads only the beginning of "
                       "one longer than its window (Sentence.truncated); punctuate it first (a speech-to-text option "
                       "or a punctuation model)")


def unpunctuated(text: str) -> bool:
    """Whether ``text``, with fewer full stops than one in ``_BARE_RUN``'s length, holds more than
    :data:`UNPUNCTUATED_WORDS` words in a row without a punctuation mark or a line break. Copy has a full stop
    far more often, which one fast count shows; only the rest is searched."""
    if text.count(".") * 4 * UNPUNCTUATED_WORDS >= len(text):
        return False
    return any(len(run.group().split()) > UNPUNCTUATED_WORDS for run in _BARE_RUN.finditer(text))


#: How many capital letters a text in capitals holds at least to be warned about: a headline or a caption alone may
#: hold fewer.
CAPITALS_LETTERS = 100
# The letters counted, as bytes: Latin ones (A to Z), and every character beyond ASCII as one letter that is no
# capital, by the first byte of its UTF-8 form: so that an acronym ("GDP", "WHO") in Chinese or Arabic text, however
# long, is no text in capitals. Cyrillic or Greek capitals are not counted as capitals: telling case in any script
# costs a pass in Python over every character.
_LOWER_CASE = string.ascii_lowercase.encode()
_UPPER_CASE = string.ascii_uppercase.encode()
_BEYOND_ASCII = bytes(range(0xC0, 0x100))

#: What the warnings about text all in capitals advise.
CAPITALS_ADVICE = ("such text is not supported well: framing was trained on mixed-case news, so headlines, speaker "
                   "labels, names and sources are read badly; use mixed-case text where there is one")


def _count(data: bytes, letters: bytes) -> int:
    """How many of ``letters`` the UTF-8 ``data`` holds, counted in its bytes, which is fast."""
    return len(data) - len(data.translate(None, letters))


def all_capitals(text: str) -> bool:
    """Whether ``text`` holds :data:`CAPITALS_LETTERS` capital letters (A to Z) or more and four in five of its letters
    or more are capitals, a character beyond ASCII counting as a letter that is none: a stray lower-case letter ("mV",
    a typo) does not hide captions. Most copy is told apart by every eighth character alone: where half of those are
    lower-case letters, capitals fall far short of that."""
    if len(text) < CAPITALS_LETTERS or _count(text[::8].encode(), _LOWER_CASE) * 16 > len(text):
        return False
    data = text.encode()
    upper = _count(data, _UPPER_CASE)
    return upper >= CAPITALS_LETTERS and upper >= 4 * (_count(data, _LOWER_CASE) + _count(data, _BEYOND_ASCII))


#: The forms of text warned about besides markup, for one text and for a run's documents: the check, what a text
#: of that form is said to be (for one, then for several) and the advice.
FORMS: tuple[tuple[Callable[[str], bool], str, str, str], ...] = (
    (looks_like_subtitles, "looks like SRT or WebVTT subtitles", "look like SRT or WebVTT subtitles", SUBTITLE_ADVICE),
    (unpunctuated, f"holds more than {UNPUNCTUATED_WORDS} words in a row without punctuation",
     f"hold more than {UNPUNCTUATED_WORDS} words in a row without punctuation", UNPUNCTUATED_ADVICE),
    (all_capitals, "is all in capital letters", "are all in capital letters", CAPITALS_ADVICE),
)


def warn_of_form(text: str, logger: logging.Logger) -> None:
    """Log a warning for each of :data:`FORMS` that ``text`` has: "the text looks like SRT or WebVTT subtitles: ...",
    and one naming the first blob it holds (see :func:`first_blob`)."""
    for check, one, _, advice in FORMS:
        if check(text):
            logger.warning("the text %s: %s", one, advice)
    blob = first_blob(text)
    if blob is not None:
        logger.warning("the text holds %s: %s", blob, BLOB_ADVICE)


#: What the warnings about blobs advise.
BLOB_ADVICE = ("no word or link of news is so long: it is an embedded image, a data URI or encoded data, not prose; it "
               "is set apart as a sentence of its own, so that the sentences around it are read as sentences, but "
               "its label means nothing and it counts among the document's sentences: remove it first")


def without_blobs(text: str) -> str:
    """``text`` with each blob (see :data:`BLOB_CHARS`) a space, to judge its language by its prose: an image's base64
    reads as words of no language, so a text holding one would look foreign however English its sentences."""
    return BLOB.sub(" ", text) if len(text) >= BLOB_CHARS else text


def first_blob(text: str) -> str | None:
    """The first run of :data:`BLOB_CHARS` visible ASCII characters or more without a space in ``text`` (an embedded
    image's base64), named for a warning by its length, its place and how it opens: "a run of 200,000 characters
    without a space at character 19 ('data:image/png;base64,iVBO...')"; ``None`` when there is none."""
    blob = BLOB.search(text) if len(text) >= BLOB_CHARS else None
    if blob is None:
        return None
    return (f"a run of {len(blob.group()):,} characters without a space at character {blob.start():,} "
            f"({blob.group()[:24]!r}...)")


#: What the warnings about text that is not English say of it.
FOREIGN_ADVICE = "the model knows English news only, so their labels (flagged low-confidence) mean little"


def foreign_sentences(doc: Document) -> int:
    """How many of ``doc``'s sentences do not look like English; every one is flagged low-confidence when
    labelled, so only those are read again."""
    return sum(s.low_confidence and not looks_english(s.text) for s in doc.sentences)


def mostly_foreign(doc: Document) -> bool:
    """Whether more than half of ``doc``'s sentences do not look like English."""
    return foreign_sentences(doc) * 2 > len(doc.sentences)


#: What to do about documents that repeat another's text (see :class:`DoubtfulTexts`).
REPEAT_ADVICE = ("each copy is scored, and counted again by framing summarize and framing report; drop the copies "
                 "first to count each article once")
#: The same for ``analyze_many``'s documents, which ``framing.summarize`` would count again.
MANY_REPEAT_ADVICE = ("each copy is analysed, and counted again by framing.summarize; drop the copies first to count "
                      "each article once")


class DoubtfulTexts:
    """A tally of one run's documents that hold HTML markup, are not English or have one of :data:`FORMS`, and the
    first of each, warned about once by :meth:`warn`. ``where`` says how the first is named ("texts[3]", "record 4,
    id 'x'"). ``resumed``: the run continues an output that holds documents of an earlier run, which the counts
    leave out, and so say ("2 of the 27 documents scored in this run"). ``item`` names the document a repeat copies
    by its record number ("record 3", or "texts[3]" for ``analyze_many``), and ``repeat_advice`` says what to do."""

    def __init__(self, resumed: bool = False, repeats: bool = False, item: str = "record {}",
                 repeat_advice: str = REPEAT_ADVICE) -> None:
        self.resumed = resumed
        self.item = item
        self.repeat_advice = repeat_advice
        # with ``repeats``, each text's digest and the record of the first document holding it (see :meth:`_repeat`)
        self.texts: FirstRecords | None = FirstRecords() if repeats else None
        self.repeats = 0
        self.first_repeat: str | None = None
        self.read = 0
        self.marked = self.foreign = 0
        self.first_marked: str | None = None
        self.first_foreign: str | None = None
        self.forms: Counter[int] = Counter()  # documents of each of FORMS, by its position there
        self.first_forms: dict[int, str] = {}
        self.blobs = 0  # documents holding a blob (see first_blob)
        self.first_blob: str | None = None  # the first, named with its blob

    def see(self, text: str, where: str, foreign: bool, record: int | None = None) -> None:
        """Count one document, its ``text`` and whether it is ``foreign`` (not English); ``record``, its record number
        (by default its place among the documents seen, from 0), names it where a later one repeats its text."""
        if holds_markup(text):
            self.marked += 1
            self.first_marked = self.first_marked or where
        if foreign:
            self.foreign += 1
            self.first_foreign = self.first_foreign or where
        for kind, (check, *_) in enumerate(FORMS):
            if check(text):
                self.forms[kind] += 1
                self.first_forms.setdefault(kind, where)
        blob = first_blob(text)
        if blob is not None:
            self.blobs += 1
            self.first_blob = self.first_blob or f"{where}, {blob}"
        self._repeat(text, where, self.read if record is None else record)
        self.read += 1

    def _repeat(self, text: str, where: str, record: int) -> None:
        """Count ``text`` when an earlier document of the run holds it exactly (a scrape's copy, "a010 (1).txt"),
        which is scored and summed up again: a digest and a record number per text are kept, not the text nor how
        the document is named, which over millions of documents would take gigabytes."""
        if self.texts is None:
            return
        digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()
        first = self.texts.first(int.from_bytes(digest, "little"), record)
        if first != record:
            self.repeats += 1
            self.first_repeat = self.first_repeat or f"{where}, the text of {self.item.format(first)}"

    def _seen(self) -> str:
        """The documents counted, as the warnings name them: "40 documents", or "the 27 documents scored in this
        run" for a resumed run."""
        return f"the {self.read} documents scored in this run" if self.resumed else f"{self.read} documents"

    def warn(self, logger: logging.Logger) -> None:
        """Log one warning for each kind of doubtful document seen, if any."""
        if self.marked:
            logger.warning("%d of %s %s HTML tags or entities (the first is %s): %s", self.marked,
                           self._seen(), "holds" if self.marked == 1 else "hold", self.first_marked, MARKUP_ADVICE)
        if self.foreign:
            logger.warning("%d of %s %s not look like English (the first is %s): %s", self.foreign,
                           self._seen(), "does" if self.foreign == 1 else "do", self.first_foreign, FOREIGN_ADVICE)
        for kind, (_, one, several, advice) in enumerate(FORMS):
            if self.forms[kind]:
                logger.warning("%d of %s %s (the first is %s): %s", self.forms[kind], self._seen(),
                               one if self.forms[kind] == 1 else several, self.first_forms[kind], advice)
        if self.blobs:
            logger.warning("%d of %s %s a run of %d characters or more without a space (the first is %s): %s",
                           self.blobs, self._seen(), "holds" if self.blobs == 1 else "hold", BLOB_CHARS,
                           self.first_blob, BLOB_ADVICE)
        if self.repeats:
            logger.warning("%d of %s %s an earlier document's text exactly (the first is %s): %s", self.repeats,
                           self._seen(), "repeats" if self.repeats == 1 else "repeat", self.first_repeat,
                           self.repeat_advice)


#: The slots a :class:`FirstRecords` table starts with (a power of two).
_FIRST_SLOTS = 1024


class FirstRecords:
    """Texts' 64-bit digests, each with the record number of the first document holding it, in an open-addressing
    table of two flat arrays kept at most two thirds full: 24 to 48 bytes a document, so that a run over 10 million
    documents keeps some 0.4 GB, where a dict of digests and the documents' names took over a gigabyte. Two texts
    share a digest about once in 10^5 runs of 10 million documents."""

    def __init__(self) -> None:
        self._digests = array("Q", bytes(8 * _FIRST_SLOTS))  # 0: an empty slot
        self._records = array("q", bytes(8 * _FIRST_SLOTS))
        self._held = 0

    def first(self, digest: int, record: int) -> int:
        """The record number of the first document seen whose text has ``digest`` (a 64-bit number): ``record``
        itself, then kept, when there is none."""
        digest = digest or 1  # 0 marks an empty slot
        slot = self._slot(digest)
        if self._digests[slot]:
            return self._records[slot]
        self._digests[slot], self._records[slot] = digest, record
        self._held += 1
        if 3 * self._held > 2 * len(self._digests):
            self._grow()
        return record

    def _slot(self, digest: int) -> int:
        """The slot holding ``digest``, or the empty one where it would go."""
        last = len(self._digests) - 1
        slot = digest & last
        while self._digests[slot] and self._digests[slot] != digest:
            slot = (slot + 1) & last
        return slot

    def _grow(self) -> None:
        """Double the table, its digests put in their new slots."""
        digests, records = self._digests, self._records
        self._digests = array("Q", bytes(16 * len(digests)))
        self._records = array("q", bytes(16 * len(records)))
        for digest, record in zip(digests, records):
            if digest:
                slot = self._slot(digest)
                self._digests[slot], self._records[slot] = digest, record
