"""What sentence splitting, page furniture and speaker turns all read of a page: its lines and
paragraphs, time stamps and time zones, news agencies and platforms, the words of a speaker's label, and a closing
editorial note."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from operator import itemgetter

__all__ = ["TIME_ZONES", "STAMP_MARKS", "NAME_PARTICLES", "PARAGRAPH_BREAK", "closing_note", "NEWS_AGENCIES", "LINE"]


WITH_CLOCK = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday today tomorrow
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    eastern central mountain pacific local
    """.split()
)

#: Time zones written after a time of day, in a liveblog's stamps too ("10:15 a.m. ET", "14:05 MSK"), as a regex
#: alternation: one list for the segmenter, the stamps and the sources.
TIME_ZONES = (r"ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|EET|EEST|WET|HKT|KST|JST|SGT|PHT|"
              r"WIB|ICT|MSK|IST|PKT|AEST|AEDT|ACST|AWST|NZST|NZDT|SAST|EAT|WAT|IRST|GST|AST|ADT|NST|HST|AKST|AKDT")

#: What follows a time stamp's figures: "a.m.", "pm", "AM" or "P.M." in capitals (not the letters opening a word:
#: "10:15 AMD"), a zone.
STAMP_MARKS = rf"(?:\s*(?:[ap]\.?m\.?|[AP]\.?M\b\.?|(?:{TIME_ZONES})\b))"
# The seconds of a recording's time code after its hours and minutes, perhaps with milliseconds: ":05", ":05,250".
SECONDS = r"(?::\d{2}(?:[.,]\d{1,3})?)"
#: Lower-case particles inside a personal name ("Ursula von der Leyen", "Mohammed bin Salman").
NAME_PARTICLES = frozenset("de del della di da du dos van von der den ter la le bin bint ibn al el abu".split())
# A label's word: a letter, then letters, apostrophes, full stops and hyphens ("O'BRIEN", "Sen.", "CO-HOST").
LABEL_WORD = r"[^\W\d_](?:[^\W\d_]|['’.\-])*"
# A word of a name in a label: capitalised or in capitals, or a name's particle ("de", "von").
_LABEL_NAME_WORD = rf"(?:(?![a-z])|(?=(?:{'|'.join(sorted(NAME_PARTICLES))})[^\S\r\n])){LABEL_WORD}"
# A speaker's label after a transcript's time code that no mark follows: blanks, then up to six words, each
# capitalised or a name's particle and the first and last capitalised, an aside in brackets or a role after a comma,
# then a colon and a blank ("00:00:05 JANE ROE: ", "0:00:05 Jane Roe: ", "01:02:03 HOST (voice-over): "); not a
# comma ("10:05:30, when the bell rang") nor a sentence's words ("23:59:59 Tuesday was the deadline", "2:01:09
# Kipchoge ran in Berlin: a record").
_LABEL_AFTER_CODE = (rf"[^\S\r\n]+(?![a-z]){LABEL_WORD}"
                     rf"(?:(?:[^\S\r\n]+{_LABEL_NAME_WORD}){{0,4}}[^\S\r\n]+(?![a-z]){LABEL_WORD})?"
                     r"(?:[^\S\r\n]*\([^()\r\n]{1,30}\))?"
                     rf"(?:,[^\S\r\n]*{LABEL_WORD}(?:[^\S\r\n]+{LABEL_WORD}){{0,3}})?[^\S\r\n]*:\s")
# A transcript's time code of hours, minutes and seconds alone, as the entries' stamps and the turns' marks read it:
# before a dash or bar, or before a speaker's label ("0:00:05 - ", "01:02:03 | ", "00:00:05 JANE ROE: ").
BARE_CODE = rf"\d{{1,2}}:\d{{2}}{SECONDS}(?:[^\S\r\n]*[-–—|](?=[^\S\r\n])|(?={_LABEL_AFTER_CODE}))"

OPENERS = "\"'“‘«„‚([{¡¿「『（【《〈〔"

# A candidate boundary: terminal punctuation (or an ellipsis), optional closing quotes/brackets (German copy's
# «, ‹, “ and ‘ too, where no letter or digit follows: "getan.« Der", "gut.“ Der"; French and Swiss copy open
# a word with them, "«Non»"; French copy's closing guillemet after a blank too, "partons. » Il", where no
# letter or digit follows it, as one opening a Danish quotation does, "gik. »Vi", and where a « or ‹ opened
# the quotation it closes: see :func:`_closes_french_quotation`), a footnote's marker before a blank
# ("regulator.² The", "fault.[3] The", "paid.* The": superscript figures, figures in square brackets, or one
# to three asterisks, daggers or double daggers), which stays with the sentence it ends, then either
# whitespace or a glued capital letter.
# Invisible format characters of scraped text (zero-width space and joiners, direction marks and
# isolates, word joiner, byte-order mark) separate words as a space does, and so do the other characters
# that print nothing: the soft hyphen and the control characters that are no whitespace (NUL, BEL, ESC,
# DEL and the C1 controls of mis-decoded text).
INVISIBLE = "\x00-\x08\x0e-\x1b\x7f-\x9f\xad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"

BLANK = re.compile(r"[\s" + INVISIBLE + r"]")

#: A blank line, which always ends a paragraph: it may hold spaces, no-break spaces (HTML's &nbsp;) and
#: invisible characters, and end in LF, CRLF or CR.
PARAGRAPH_BREAK = re.compile(r"\n(?:[^\S\n]|[" + INVISIBLE + r"])*\n|\r\n?(?:[^\S\r\n]|[" + INVISIBLE + r"])*\r\n?")
LINE = re.compile(r"\r\n|\r|\n")

#: Capital letters of a dateline's place, Latin-1 ones included ("SAN JOSÉ").
UPPER = "A-ZÀ-ÖØ-Þ"

#: A Q&A's closing editorial note, no speaker's words: "This interview has been edited for length and clarity.",
#: "The conversation was condensed.", "(Edited and condensed for clarity.)". Read only as the text's last paragraph.
_CLOSING_NOTE = re.compile(
    r"[(\[*_]*(?:(?:this|the|our)\s+)?(?:interview|conversation|transcript|q\s*&\s*a|exchange|discussion|briefing"
    r"|press\s+conference)"
    r"\s+(?:has|have|was|were|is)\s+(?:been\s+)?(?:(?:lightly|slightly|heavily)\s+)?"
    r"(?:edited|condensed|abridged|shortened|translated)\b"
    r"|[(\[*_]*(?:(?:lightly|slightly)\s+)?(?:edited|condensed)\s+(?:and\s+(?:edited|condensed)\s+)?for\s+"
    r"(?:length|clarity|brevity|space)\b", re.IGNORECASE)


def post_sign_off(text: str, start: int, end: int) -> str | None:
    """The account holder's name that the line ``text[start:end]`` signs an embedded post with, when it is one: a dash,
    the name, the handle in brackets and the date ("— Mirela Haskins (@mhaskins) May 3, 2026"); else ``None``."""
    found = _POST_SIGN_OFF.fullmatch(text, start, end)
    if found is None or not any(ch.isalpha() for ch in found.group("name")):
        return None
    return found.group("name") if is_when(text, found.start("when"), end) else None


def closing_note(text: str, bounds: Sequence[tuple[int, int]]) -> int | None:
    """The first sentence of the text's last paragraph when that paragraph is a closing editorial note (see
    ``_CLOSING_NOTE``), else ``None``."""
    last = None
    for last in PARAGRAPH_BREAK.finditer(text):
        pass
    if last is None:
        return None
    index = bisect_left(bounds, last.end(), key=itemgetter(0))
    if index >= len(bounds) or _CLOSING_NOTE.match(text, bounds[index][0], bounds[index][1]) is None:
        return None
    return index


# One piece of a stamp's date and time: a word (with inner stops: "a.m."), a number ("14:05", "3rd",
# "2024-03-05T09:12Z"), or a separator.
_STAMP_PIECE = re.compile(
    r"\s*(?:(?P<word>[^\W\d_]+(?:\.[^\W\d_]+)*\.?)|(?P<number>\d[\w:.+/-]*)|[,;:|/•·()\[\]+–—-])")
# The words a stamp's date and time are made of, besides the time zones (lower case, stops dropped).
_STAMP_WORDS = frozenset(
    """a an few moments on at am pm ago just now today yesterday hour hours hr hrs minute minutes min mins
    second seconds sec secs day days week weeks local time and updated published modified posted edited last
    first""".split()) | WITH_CLOCK
_TIME_ZONE = re.compile(rf"(?:{TIME_ZONES})")
# Words of a relative stamp that say when without a figure ("Updated yesterday", "Posted just now").
_STAMP_WHEN = frozenset("ago today yesterday now".split())

# The longest caption, credit, promotion or wire tail line: its text after a label may run to a sentence or two.
MARKED_LINE_CHARS = 400

# News agencies and wire services that sign copy alone ("By Reuters", "From AFP", "By The Associated Press"),
# lower case and without "the".
NEWS_AGENCIES = frozenset("""reuters ap afp upi dpa efe ansa xinhua kyodo yonhap tass interfax bernama antara pti ians
    ani aap bloomberg pa agencies wires""".split()) | frozenset({
    "associated press", "agence france-presse", "agence france presse", "bloomberg news", "pa media",
    "press association", "kyodo news", "united press international", "anadolu agency", "canadian press",
    "australian associated press", "press trust of india", "news agencies", "wire services"})

# Where a page asks its reader to follow or share it ("Follow us on X and Instagram", "Share on WhatsApp").
PLATFORMS = frozenset("x twitter facebook instagram tiktok youtube linkedin threads bluesky whatsapp telegram snapchat "
                       "mastodon flipboard email e-mail".split()) | {"google news"}

# An embedded social post's sign-off on a line of its own: a dash, the account holder's name, the handle in brackets,
# then the date ("— Mirela Haskins (@mhaskins) May 3, 2026"); and how far above it the post may start.
DASHES = "-–—―"
_POST_SIGN_OFF = re.compile(rf"[{DASHES}]{{1,2}}[^\S\r\n]*(?P<name>[^()@\r\n]{{1,60}}?)[^\S\r\n]*\(@\w{{1,30}}\)"
                            r"[^\S\r\n]*(?P<when>.*)")


def trimmed_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over the blanks before it, not past ``start``."""
    while end > start and BLANK.match(text, end - 1):
        end -= 1
    return end


def line_of(text: str, bounds: Sequence[tuple[int, int]], k: int) -> tuple[int, int] | None:
    """Where the sentences on the line of sentence ``k`` start and end (the lines, for a sentence that runs over
    more than one), or ``None`` when a sentence runs onto that line from the one before or on to the one after, or
    the line is longer than furniture gets: only ``MARKED_LINE_CHARS`` either side of the sentence are read."""
    start, end = bounds[k]
    low = max(0, start - MARKED_LINE_CHARS)
    line_start = max(text.rfind("\n", low, start), text.rfind("\r", low, start)) + 1
    if line_start == 0 and low > 0:
        return None
    line_break = LINE.search(text, end, end + MARKED_LINE_CHARS)
    if line_break is None and len(text) - end > MARKED_LINE_CHARS:
        return None
    line_end = line_break.start() if line_break else len(text)
    # the first and last sentences on the line: most often sentence k alone
    first = k if not k or bounds[k - 1][1] <= line_start else bisect_left(bounds, line_start, key=itemgetter(0))
    last = (k if k + 1 == len(bounds) or bounds[k + 1][0] >= line_end
            else bisect_left(bounds, line_end, key=itemgetter(0)) - 1)
    if (first and bounds[first - 1][1] > line_start) or bounds[last][1] > line_end:
        return None
    return (bounds[first][0], bounds[last][1]) if bounds[last][1] - bounds[first][0] <= MARKED_LINE_CHARS else None


def is_when(text: str, pos: int, end: int) -> bool:
    """Whether ``text[pos:end]`` holds only dates, times, zones and separators, with a figure or a word such
    as "ago" among them ("3 March 2024, 09:12 GMT", "an hour ago")."""
    when = False
    while pos < end:
        piece = _STAMP_PIECE.match(text, pos, end)
        if not piece:
            return trimmed_end(text, pos, end) == pos and when
        word = piece.group("word")
        if word is not None:
            bare = word.replace(".", "")
            if bare.lower() not in _STAMP_WORDS and not _TIME_ZONE.fullmatch(bare):
                return False
            when |= bare.lower() in _STAMP_WHEN
        when |= piece.group("number") is not None
        pos = piece.end()
    return when


def next_visible(text: str, pos: int, limit: int | None = None) -> int | None:
    end = len(text) if limit is None else limit
    while pos < end and BLANK.match(text, pos):
        pos += 1
    return pos if pos < end else None
