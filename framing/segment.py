"""Sentence segmentation with exact character offsets.

News copy breaks general-purpose splitters in predictable ways: titles and
initialisms ("Mr.", "U.S.", "Jan. 5"), quotes whose closing mark belongs to
the sentence before, headlines without a full stop, scraped text where a
space after the full stop went missing ("campaigns.The"), and East Asian
stops (。．！？), often written with no space after them. This module finds
boundaries with a handful of rules over one regular-expression scan, so it is
linear in the length of the text and keeps exact offsets:
``text[start:end]`` is always the sentence, with surrounding whitespace
trimmed, and every non-space character belongs to exactly one sentence.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence

from .errors import InputError
from .textchars import is_letter_or_mark

__all__ = ["split_sentences", "preceding", "page_furniture", "FURNITURE_REACH", "list_mark_length", "lead_length",
           "dateline_length", "stamp_length", "DATELINE", "ABBREVIATIONS", "PARAGRAPH_BREAK", "LIST_ITEM",
           "NAME_PARTICLES", "GLUED_PARTICLES", "TIME_ZONES", "STAMP_MARKS", "OPENING_STAMP", "ENTRY_STAMP"]

#: Words that take a full stop without ending a sentence (lower-cased, without
#: the stop). Titles and month names never end a sentence here; a sentence
#: that really ends on one is rare in news copy.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms mx mme messrs dr prof asst assoc dep sr jr st mt ft gen col lt sgt capt cmdr cdr adm maj cpl brig
    pvt pte sqn ldr rt gov sen rep rev hon pres supt insp det amb atty fr msgr cllr
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    no nos vol pp p ch fig figs art sec para approx est dept univ assn
    inc corp co ltd llc plc bros vs v etc al eg ie cf viz
    ave blvd rd hwy
    """.split()
)

# Titles, months and weekdays abbreviate only when capitalised: "Rep. Smith", "Wed. night", but
# "a sales rep. The", "in the sun. Then".
_CAPITALISED_ONLY = frozenset(
    """
    mr mrs ms mx mme messrs dr prof asst assoc dep sr jr st mt gen col lt sgt capt cmdr cdr adm maj cpl brig
    pvt pte sqn ldr rt gov sen rep rev hon pres supt insp det amb atty fr msgr cllr
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    """.split()
)

# Abbreviations that stand before a number: "No. 10", "art. 5", "pp. 4", "Eq. 3", "born c. 1933", "ca. 1650" —
# but "voters said no. The". "eq", "ref", "c" and "ca" are left out of ABBREVIATIONS: elsewhere they are words
# or initials, whose full stop ends a span ("blamed the ref.").
_BEFORE_NUMBERS = frozenset("no nos vol pp p ch fig figs art sec para eq ref c ca".split())
# Of those, the ones that stand before a title too: "Det. Ch. Insp. Ravi Lund" (a chief inspector).
_BEFORE_TITLES = {"ch": frozenset("insp supt const".split())}
_ROMAN = re.compile(r"[IVXLC]+")

# Words after an initialism ("U.S.") that signal a new sentence.
_SENTENCE_STARTERS = frozenset(
    """
    the a an he she it they we i you his her its their our this that these
    those there but and or so yet however meanwhile still in on at after
    before when while if as for since although though what who why how
    """.split()
)

# Words that start a business story's next sentence after a company's name ("Acme Corp. Shares rose").
_AFTER_COMPANY = frozenset("shares stock analysts investors officials police".split())

# After "9 a.m." a capitalised word starts a new sentence ("at 9 a.m. Police said"), unless it goes
# with the time: a weekday, a month, a time zone ("10 a.m. Tuesday", "5 p.m. ET", "noon Eastern").
_CLOCK_MARKS = frozenset({"a.m", "p.m"})
_WITH_CLOCK = frozenset(
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
_ZONE = re.compile(
    rf"(?:{TIME_ZONES})\b"
    # a place and "time" ("Taiwan time"), but not "Some time later" or "This time"
    r"|(?!(?:Some|This|That|Last|Next|Any|Every|Each|One|No|The|First|Second|Third|Another|Other|Prime|Half)\b)"
    r"(?:[A-Z][a-z]+ ){1,2}time\b")
#: What follows a time stamp's figures: "a.m.", "pm", a zone.
STAMP_MARKS = rf"(?:\s*(?:[ap]\.?m\.?|(?:{TIME_ZONES})\b))"
#: A liveblog time stamp opening a sentence ("10:40 a.m. ET - ", "[11:42 GMT] "): a source span inside
#: it ("ET") is a piece of the stamp, not a source.
OPENING_STAMP = re.compile(rf"^\s*\[?\d{{1,2}}(?:[:.]\d{{2}})?{STAMP_MARKS}+\]?")
#: A liveblog entry's time stamp, up to the dash, bar or colon after it, or in brackets: with "a.m." or a zone
#: ("10:40 a.m. ET - ", "14:05 MSK - ", "[11:42 GMT] "), or hours and minutes ("10:05 - ", "[10:05] "; not
#: "12:30 Club", nor "10 a.m. meetings").
ENTRY_STAMP = re.compile(rf"(?:{OPENING_STAMP.pattern}(?:(?<=\])|\s*[-–—:|])"
                         rf"|\s*(?:\[\d{{1,2}}[:.]\d{{2}}\]|\d{{1,2}}[:.]\d{{2}}\s*[-–—:|]))\s*")

# Abbreviations that often end a sentence (company suffixes, "etc."): like initialisms, they end one
# before a word that typically starts one.
_OFTEN_FINAL = frozenset("inc corp co ltd llc plc bros etc al".split())

# Street words, which hold their full stop only before a compass point, a number or a lower-case word.
_STREETS = frozenset("ave blvd rd hwy".split())
_COMPASS = frozenset("N S E W NE NW SE SW".split())

# Words that no suffix, initial, month or weekday stands before, so that after one a full stop ends the
# sentence: "Martin Luther King Jr. The crowd", "on Main St. The house", "Plan B. The rest", "told the Sun.
# The paper". A title always stands before a name, which may be one of them ("Dr. He Jiankui").
_CLEAR_STARTERS = frozenset("the he she they we it his their this there but however".split())
_NOT_TITLES = frozenset(
    """
    jr sr st jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    """.split()
)

_CLOSERS = "\"'”’»)]}」』）】》〉〕"
_OPENERS = "\"'“‘«„‚([{¡¿「『（【《〈〔"
_QUOTE_REACH = 2000
_QUOTE_OPENER = {"\"": "\"", "”": "“", "’": "‘", "'": "'", "»": "«", "」": "「", "』": "『"}

# Full-width stops (．！？) of East Asian text stand for their ASCII forms; the ideographic full stop (。, ｡)
# ends a sentence, with or without a space after it, but where it closes a quotation before its speaker.
_IDEOGRAPHIC_STOPS = "。｡"
_FULL_WIDTH_STOPS = str.maketrans("．！？", ".!?")
# A candidate boundary: terminal punctuation (or an ellipsis), optional
# closing quotes/brackets, then either whitespace or a glued capital letter.
# Invisible format characters of scraped text (zero-width space and joiners, direction marks and
# isolates, word joiner, byte-order mark) separate words as a space does.
_INVISIBLE = "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_CANDIDATE = re.compile(
    r"(?P<term>\.{3}|…|[.!?．！？]+|[" + _IDEOGRAPHIC_STOPS + r"]+)(?P<close>[" + re.escape(_CLOSERS) + r"]*)"
    r"(?P<gap>[\s" + _INVISIBLE + r"]*)"
)
# A brand written in lower case then capitals ("eBay", "iPhone") may start a sentence.
_CAMEL_START = re.compile(r"[a-z][A-Z][a-z]")
_BLANK = re.compile(r"[\s" + _INVISIBLE + r"]")
# Blanks within a line: spaces, tabs, no-break spaces and invisible characters, not line breaks.
_HORIZONTAL_BLANKS = re.compile(r"(?:[^\S\r\n]|[" + _INVISIBLE + r"])*")
# A liveblog's time stamp on its own, which heads the entry after it: "10:05", "[10:05]", "9.30 a.m.",
# "14:20 GMT -"; not a bare number such as "12.50".
_STAMP = re.compile(r"[\[(]?(?:\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?)"
                    r"(?:\s*[A-Z]{2,4})?[\])]?(?:\s*[-–—:|])?")
#: A blank line, which always ends a paragraph: it may hold spaces, no-break spaces (HTML's &nbsp;) and
#: invisible characters, and end in LF, CRLF or CR.
PARAGRAPH_BREAK = re.compile(r"\n(?:[^\S\n]|[" + _INVISIBLE + r"])*\n|\r\n?(?:[^\S\r\n]|[" + _INVISIBLE + r"])*\r\n?")
_LINE = re.compile(r"\r\n|\r|\n")
# A list item's number, which heads the item after it: "1. Freeze assets".
_LIST_NUMBER = re.compile(r"\s*(\d{1,3})\.\s*")
# A wire credit after a dateline's abbreviated state: "PHOENIX, Ariz. (AP) —", "SALEM, Ore. (Reuters) -".
_CREDIT = re.compile(r"\([A-Z][\w .&-]{0,24}\)\s*[-–—]")
_DATELINE_STATE = re.compile(r",\s+[A-Z][a-z]{1,5}$")
# A speaker after a quoted question or exclamation: '"Why?" Smith asked.', '"No!" Prime Minister Lee said.',
# '"Why now?" Ursula von der Leyen asked.': capitalised words (in any script), initials and titles, with name
# particles between them, then a verb of saying.
_SPEECH_VERB = re.compile(
    r"(?:said|says|asked|asks|told|tells|added|adds|wrote|writes|replied|replies|"
    r"answered|insisted|demanded|wondered|exclaimed|shouted|yelled|cried|declared|tweeted|posted|"
    r"recalled|explained|noted|argued|countered|retorted|continued|warned|stated|quipped|joked)\b")
_SPEAKER_TITLES = frozenset("Mr. Mrs. Ms. Dr. Prof. Sen. Rep. Gov. Gen. Col. Lt. Sgt. Capt. Rev. Pres. St.".split())
#: Lower-case particles inside a personal name ("Ursula von der Leyen", "Mohammed bin Salman").
NAME_PARTICLES = frozenset("de del della di da du dos van von der den ter la le bin bint ibn al el abu".split())
#: Lower-case particles glued to a name by a hyphen ("al-Sisi", "el-Sheikh"), as a regex alternation.
GLUED_PARTICLES = r"al|el|ad|an|as|ash|at|az|ar|bin|ibn"
_GLUED_PREFIX = re.compile(rf"(?:{GLUED_PARTICLES})-")
_SPEAKER_NAME_WORDS = 5
# A speaker after a Chinese or Japanese quotation: Japanese quotes with と ("「本当ですか？」と彼は尋ねた。"), Chinese
# with a short clause ending in a verb of saying before its stop or comma ("「真的吗？」他问。", "「不会。」外交部发言人说，").
_CJK_QUOTATIVE = ("と", "って")
# Words that start with と but open a sentence of their own, not a quotation's credit: "とても" (very), "ところで"
# (by the way), "ところが" (however), "とにかく" (anyway), "とりあえず" (for now), "とうとう" (at last). Words that
# quotative と can start ("ときっぱり", "とも", "とはいえ") are left out.
_CJK_NOT_QUOTATIVE = re.compile(r"と(?:ても|っても|ころ[でが]|にかく|もかく|もあれ|りあえず|りわけ|うとう|きどき|つぜん|"
                                r"んでもな|っさに)")
_CJK_CLAUSE = re.compile(r"[^\s。｡．，,、：:；;！!？?「」『』]{1,16}(?=[。｡．，,、：:；;！!？?]|$)")
_CJK_SPEECH_VERB = re.compile(r"(?:说|說|问|問|答|喊|称|稱|表示|指出|强调|強調|(?<!知)道)$")
_SPEAKER_REACH = 200
# Characters that may sit inside a written word without being part of its spelling: the soft hyphen, and the
# zero-width space, joiners, word joiner and byte-order mark of scraped text ("for\u00adest", "arr\u200best").
_IN_WORD = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_WORD_REACH = 40
_URLISH = re.compile(r"(?:://|www\.|@|\.(?:com|org|net|gov|edu|io|uk)\b)", re.I)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences of ``text``.

    Offsets index ``text`` directly; whitespace between sentences belongs to
    none of them.
    """
    return list(_iter_sentences(text))


def preceding(text: str, bounds: list[tuple[int, int]], index: int, count: int, *,
              starts_text: bool = True, furniture: Sequence[bool] | None = None) -> str | None:
    """The ``count`` sentences before sentence ``index`` of ``text`` (``bounds`` from
    :func:`split_sentences`), with what lies between them; ``None`` when there are none.

    Page furniture (see :func:`page_furniture`) is passed over with the space after it, so that
    a sentence is read with the copy it goes on from, not with a headline's or byline's words;
    at most :data:`FURNITURE_REACH` furniture sentences are looked past, which keeps the search
    short on text made of little else. ``starts_text``: ``False`` for a window cut from inside
    a document, whose first paragraph is no headline. ``furniture``: :func:`page_furniture` of
    ``text`` and ``bounds`` when the caller has it (``starts_text`` is then not read), so that a
    document's contexts look at each sentence once rather than once for every sentence after it.
    """
    if furniture is None:
        headline = _LazyHeadline(text, bounds, starts_text)
        chosen = _copy_before(index, count, lambda k: _is_furniture(text, bounds, k, headline))
    else:
        _check_furniture(furniture, bounds, "preceding")
        first = max(0, index - count)
        if not any(furniture[first:index]):  # the usual case: the sentences before, as they stand
            return text[bounds[first][0]:bounds[index - 1][1]] if index else None
        chosen = _copy_before(index, count, furniture.__getitem__)
    if not chosen:
        return None
    # each sentence with the space after it, up to the next sentence (chosen or furniture passed over)
    pieces = [text[bounds[k][0]:bounds[k + 1][0]] for k in chosen[:-1]]
    return "".join(pieces) + text[bounds[chosen[-1]][0]:bounds[chosen[-1]][1]]


def _check_furniture(furniture: Sequence[bool], bounds: Sequence[tuple[int, int]], where: str) -> None:
    """Refuse furniture flags that are not one per sentence."""
    if len(furniture) != len(bounds):
        raise InputError(f"{where}: furniture holds {len(furniture)} flags for {len(bounds)} sentences; give "
                         f"page_furniture(text, bounds) of the same sentences")


def _copy_before(index: int, count: int, is_furniture: Callable[[int], bool]) -> list[int]:
    """The indices, in order, of the ``count`` sentences before ``index`` that are no furniture, looking past
    at most :data:`FURNITURE_REACH` furniture sentences."""
    chosen: list[int] = []
    for k in range(index - 1, max(-1, index - 1 - count - FURNITURE_REACH), -1):
        if len(chosen) == count:
            break
        if not is_furniture(k):
            chosen.append(k)
    chosen.reverse()
    return chosen


def page_furniture(text: str, bounds: Sequence[tuple[int, int]], *, starts_text: bool = True) -> list[bool]:
    """Whether each sentence of ``text`` (``bounds`` as from :func:`split_sentences`) is page furniture:
    the headline, a byline or a publishing stamp, which frame the copy without being part of it.

    A byline ("By Jane Roe", "By Jane Roe and Sam Poe, Political Editors", "By JANE ROE in Nairobi",
    "By Jane Roe on March 5, 2024"; not a crosshead such as "By Christmas Eve") and a stamp ("Updated
    14:05 GMT", "Published 3 March 2024", "Last modified: Tue 5 Mar, 09:12", "Updated an hour ago")
    count on a line of their own. The headline is the text's first paragraph when it is one line
    with a blank line after it, ending without a sentence's stop (or a comma, colon or semicolon,
    which carry on), or ending with a question mark above a byline or stamp; every sentence in it counts. ``starts_text``: ``False`` for a window cut from
    inside a document, whose first paragraph is no headline.
    """
    headline = _LazyHeadline(text, bounds, starts_text)
    return [_is_furniture(text, bounds, k, headline) for k in range(len(bounds))]


def _iter_sentences(text: str) -> Iterator[tuple[int, int]]:
    stamp: tuple[int, int] | None = None  # a liveblog time stamp alone, waiting for its entry
    for piece_start, piece_end in _pieces(text):
        if _STAMP.fullmatch(text, piece_start, piece_end):
            stamp = (stamp[0] if stamp else piece_start, piece_end)
            continue
        yield (stamp[0] if stamp else piece_start), piece_end
        stamp = None
    if stamp:
        yield stamp


def _pieces(text: str) -> Iterator[tuple[int, int]]:
    """Sentence pieces of ``text`` as the boundaries cut them; a time stamp alone is still a piece here."""
    for block_start, block_end in _blocks(text):
        start, expected = block_start, None  # the number a list going on in this block would show next
        for cut in _boundaries(text, block_start, block_end):
            number = _LIST_NUMBER.fullmatch(text, start, cut)
            if number and (start == block_start or int(number.group(1)) == expected):
                expected = int(number.group(1)) + 1  # "1. Freeze assets. 2. Ban travel", not "died? 17. How"
                continue
            yield from _trimmed(text, start, cut)
            start = cut
        yield from _trimmed(text, start, block_end)


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Split at line breaks that end a paragraph, line or headline.

    A blank line always ends a block. A single line break ends one unless the
    next line starts in lower case, or the text is hard-wrapped (see
    :func:`_wrap_width`) and the line before the break was filled: the next
    line's first word would not have fitted on it. A first line in title case
    or capitals is taken for a headline and is not joined that way.
    """
    width = _wrap_width(text)
    first = _next_visible(text, 0) if width else None  # where the text's first line begins
    start = line_start = 0
    nxt: int | None = -1
    for match in _LINE.finditer(text):
        # Every break in a run of blank lines shares the run's next visible character: look it up once,
        # so that thousands of blank lines (text taken from HTML) cost linear time.
        if nxt is not None and nxt < match.end():
            nxt = _next_visible(text, match.end())
        # a first line in title case or capitals is the text's headline unless a lower-case line goes on
        headline = first is not None and line_start <= first < match.start() and _title_like(
            text[line_start:match.start()])
        if nxt is not None and not PARAGRAPH_BREAK.match(text, match.start()) and (
                text[nxt].islower() or (width and not headline and _filled(text, line_start, match.start(), nxt, width))):
            line_start = match.end()
            continue
        yield start, match.start()
        start = line_start = match.end()
    yield start, len(text)


# What starts a line of its own even in wrapped copy: a list item's mark ("- ", "– ", "• ", "> ",
# "1. ", "2) ", "(3) "), a dateline ("WASHINGTON (AP) --", "LONDON, March 3"), a liveblog time stamp.
#: A list item's mark at the start of a line or sentence.
LIST_ITEM = re.compile(r"(?:[-–—*•·▪◦‣>]|\d{1,3}[.)]|\(\d{1,3}\))\s")
_OWN_LINE = re.compile(LIST_ITEM.pattern + r"|[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+)*(?:,\s+[A-Z][\w.]*(?:\s+\d{1,2})?)?"
                       r"\s*(?:\([A-Z][\w .&-]{0,24}\)\s*)?(?:--|[-–—]\s)")


#: Capitals with names of four letters or fewer, which could otherwise be acronyms ("KYIV — Ukraine's").
SHORT_CAPITALS = frozenset("KYIV KIEV ROME DOHA OSLO BAKU LIMA RIGA BERN GAZA SUVA APIA MALE LOME DILI ADEN GOMA".split())
#: Capital letters of a dateline's place, Latin-1 ones included ("SAN JOSÉ").
_UPPER = "A-ZÀ-ÖØ-Þ"
#: A country or state after a dateline's place: capitalised words ("Costa Rica", "Calif."), or a state's
#: capitals ("NY", "D.C.").
_REGION = rf"(?:[{_UPPER}][a-zß-öø-ÿ]+\.?(?: [{_UPPER}][a-zß-öø-ÿ]+){{0,2}}|[A-Z]{{2}}|[A-Z]\.[A-Z]\.)"
#: A wire dateline opening a story: an all-caps place (or two: "GENEVA/LONDON"), then a parenthesised agency
#: or a date (or both), then a dash ("LONDON (Reuters) - ", "PARIS, Oct. 3 — "), or a dash glued to the place
#: ("PARIS—"), or its country or state and a dash ("HOBART, Australia — ", "NEW YORK, NY – "); an all-caps
#: word before a spaced dash alone ("NATO — the alliance") is no dateline.
DATELINE = re.compile(
    rf"^[{_UPPER}][{_UPPER}.'’ /-]*[{_UPPER}.]"
    r"(?:(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2}\s*(?:\([^()]*\)\s*)?|\s*\([^()]*\)\s*)(?:-{1,2}\s+|[–—―]\s*)|[–—―])"
    r"(?=\S)"
    # or a place alone before a spaced dash when a sentence follows ("SEOUL - North Korea denied"):
    # five or more letters, so that acronyms stay ("U.S. - China trade officials", "NATO - The
    # alliance", "WHO - The agency"), and a capital after the dash ("NATO — the alliance" stays)
    r"|^(?=(?:[A-Z][ '’-]?){5})[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)*\s+[-–—]\s+(?=[A-Z])"
    # capitals with short names, which could otherwise be acronyms ("KYIV — Ukraine's military")
    rf"|^(?:{'|'.join(sorted(SHORT_CAPITALS))})\s+[-–—]\s+(?=[A-Z])"
    # or a place and its country before an agency or a date ("KYIV, Ukraine (AP) —", "SEOUL, Nov. 3 -")
    rf"|^[{_UPPER}][{_UPPER}'’ /-]*[{_UPPER}],\s*(?:{_REGION},?\s*)?"
    r"(?:\([^()]*\)|[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?(?:\s*\([^()]*\))?)\s*(?:-{1,2}|[–—―])\s*(?=\S)"
    # or a place and its country or state alone before a dash ("HOBART, Australia — ", "WASHINGTON, D.C. — ")
    rf"|^[{_UPPER}][{_UPPER}'’ /-]*[{_UPPER}],\s*{_REGION}\s*(?:-{{1,2}}\s+|[–—―]\s*)(?=\S)"
    # or a place and an agency with no dash ("BEIJING (Reuters)")
    r"|^[A-Z][A-Z.'’ ]*[A-Z]\s*\((?:Reuters|AP|AFP|Xinhua|Bloomberg|dpa|ANI|PTI|Yonhap|Kyodo)\)\s*")


_CAPITAL_WORD = re.compile(r"[A-Z][A-Z'’-]*")
#: Words in capitals before a dash that name no place wherever they stand: sentence words and section
#: banners ("ACCORDING TO OFFICIALS — ", "WE WILL NOT PAY - ", "OPINION — ").
_NO_PLACE_WORDS = frozenset("""A AN THE TO OF IN ON AT BY FOR FROM WITH AND OR BUT NOT NO NEVER IS ARE WAS WERE BE
    BEEN HAS HAVE HAD WILL WOULD CAN WE I YOU HE SHE IT THEY THIS THAT WHAT WHO WHY HOW ACCORDING SAYS SAID
    OPINION EDITORIAL ANALYSIS COMMENT COMMENTARY BREAKING EXCLUSIVE UPDATE UPDATED LIVE WATCH REVIEW""".split())
#: Roles and bodies, which name no place when they end the capitals ("FBI DIRECTOR — ", "POLICE CHIEF - "),
#: though a place's name may hold one before its last word ("COUNCIL BLUFFS — ", "GOVERNMENT HOUSE — ").
_ROLE_OR_BODY_ENDS = frozenset("""DIRECTOR CHIEF PRESIDENT MINISTER MINISTRY SECRETARY SPOKESMAN SPOKESWOMAN
    SPOKESPERSON OFFICIAL OFFICIALS POLICE GOVERNMENT AGENCY COUNCIL COMMITTEE DEPARTMENT COMMISSION COURT PARTY
    COMPANY BOARD BOSS CEO CHAIR CHAIRMAN CHAIRWOMAN LEADER GOVERNOR MAYOR ENVOY SPEAKER CHANCELLOR JUDGE
    PROSECUTOR REGULATOR""".split())
#: Acronyms of five letters or more that name a body, not a place, when they are the capitals before a dash
#: ("UNICEF - The agency said").
_BODY_ACRONYMS = frozenset("""UNICEF UNESCO UNHCR UNRWA UNCTAD UNAIDS UNFPA UNIDO INTERPOL EUROPOL FRONTEX
    EUROSTAT ASEAN NAFTA NASDAQ NHTSA USAID OFCOM OFSTED MERCOSUR""".split())


def _no_place(words: list[str]) -> bool:
    """Whether the capitals ``words`` before a dash name no place: a sentence word or a banner anywhere
    in them, a role or a body last ("FBI DIRECTOR"; not "COUNCIL BLUFFS"), or a body's acronym alone."""
    return (any(w in _NO_PLACE_WORDS for w in words) or words[-1] in _ROLE_OR_BODY_ENDS
            or (len(words) == 1 and words[0] in _BODY_ACRONYMS))


def dateline_length(text: str, in_span: bool = False) -> int:
    """The length of a wire dateline opening ``text``, with the spaces after it; 0 when there is none.

    One that credits an agency or gives a date ("LONDON (Reuters) - ", "SEOUL, Nov. 3 - ") counts before
    anything; a place and a dash alone ("PARIS—The mayor", "DES MOINES – Hillary") only as one to three
    words of capitals, five letters or more (or a short capital: "ROME — "), none of them a sentence word
    or a banner, not ending in a role or a body nor a body's acronym alone, before a capital: "US–China
    talks", "NATO—The alliance", "ACCORDING TO OFFICIALS — The deal", "FBI DIRECTOR — The bureau" are
    wording, "COUNCIL BLUFFS — The" a dateline. ``in_span``: in a source span, which may start lower case
    after it ("PARIS—the foreign ministry") or hold nothing else ("WASHINGTON (AP)")."""
    dateline = DATELINE.match(text)
    if not dateline:
        return 0
    rest = text[dateline.end():].lstrip()
    credited = "(" in dateline.group(0) or any(ch.isdigit() for ch in dateline.group(0))
    if not rest:
        return len(text) if in_span and credited else 0
    if not credited:
        place = dateline.group(0).partition(",")[0].rstrip().rstrip("-–—―").rstrip()  # the capitals before it
        words = _CAPITAL_WORD.findall(place)
        letters = sum(ch.isalpha() for ch in place)
        if ((not rest[:1].isupper() and not in_span) or len(words) > 3 or _no_place(words)
                or (letters < 5 and place not in SHORT_CAPITALS)):
            return 0
    return len(text) - len(rest)


def lead_length(sentence: str) -> int:
    """The length of what opens ``sentence`` without being its wording, which the model does not read: a
    list item's mark ("• ", "2) ", see :func:`list_mark_length`), a liveblog entry's time stamp
    (:func:`stamp_length`) or a wire dateline (:func:`dateline_length`)."""
    return list_mark_length(sentence) or stamp_length(sentence) or dateline_length(sentence)


def stamp_length(sentence: str) -> int:
    """The length of a liveblog entry's time stamp opening ``sentence`` (see :data:`ENTRY_STAMP`: "14:05 MSK - ",
    "[11:12 GMT] ", "10:05 - "), with its spaces; 0 when there is none or nothing follows it. The model does
    not read it: a stamp says when the entry was posted, and read as wording it pulls claims towards facts."""
    stamp = ENTRY_STAMP.match(sentence)
    return stamp.end() if stamp and sentence[stamp.end():].strip() else 0


def list_mark_length(sentence: str) -> int:
    """The length of a list item's mark opening ``sentence`` ("• ", "- ", "2) "), with its spaces; 0 when
    there is none or nothing follows it. The model does not read it: a mark is typography, not wording."""
    mark = LIST_ITEM.match(sentence)
    if not mark:
        return 0
    rest = sentence[mark.end():]
    return len(sentence) - len(rest.lstrip()) if rest.strip() else 0


# A line that ends a sentence (a stop and any closing marks), and the title or initial whose stop does not.
_LINE_END_STOP = re.compile(r"[.!?…][\"'”’»)\]]*$")
_TITLE_AT_END = re.compile(r"(?:\b[A-Z]|\b(?:" + "|".join(
    sorted((w.capitalize() for w in _CAPITALISED_ONLY - {"jr", "sr", "st"}), key=len, reverse=True)) + r"))\.$")


#: How many furniture sentences in a row :func:`preceding` looks past for the copy before them.
FURNITURE_REACH = 16
#: The longest headline, byline or stamp line: furniture is short, and the bound keeps its checks cheap.
_HEADLINE_CHARS = 300
_FURNITURE_LINE_CHARS = 150
# A headline's last characters that end or carry on a sentence: a stop and closing marks, or ",", ":", ";".
_HEADLINE_GOES_ON = re.compile(r"(?:[.!?…。｡！？．]|[,:;，：；])[" + re.escape(_CLOSERS) + r"]*$")
# A headline that asks a question, which heads the page only above a byline or stamp.
_HEADLINE_ASKS = re.compile(r"[?？][" + re.escape(_CLOSERS) + r"]*$")
# A byline's name: two to four capitalised words or initials (capitals throughout too: "JANE ROE"), with
# name particles between them ("Ana de la Cruz") and glued ones before one ("Omar al-Rashid").
_NAME_WORD = rf"(?:(?:{GLUED_PARTICLES})-)?[{_UPPER}][\w'’.-]*"
_BYLINE_NAME = rf"{_NAME_WORD}(?:\s+(?:(?:{'|'.join(sorted(NAME_PARTICLES))})\s+)*{_NAME_WORD}){{1,3}}"
# A byline: "By" and one or more names ("Jane Roe, Sam Poe and Ann Li", "Jane Roe & Sam Poe"), then
# optionally a role, outlet or place after a comma, bar, slash or dash, or after "in", "for" or "at"
# ("By Jane Roe, Political Editor", "By Jane Roe | Reuters", "By JANE ROE in Nairobi"): up to eight words.
_BYLINE = re.compile(
    rf"[Bb][Yy]\s+(?P<name>{_BYLINE_NAME})(?:(?:\s*[,&]\s*|\s+(?:and|AND)\s+){_BYLINE_NAME})*"
    r"(?:(?:\s*[,|/•·]\s*|\s+[-–—]\s+|\s+(?:in|for|at|IN|FOR|AT)\s+)\S+(?:\s+\S+){0,7})?")
# Capitalised words that open a phrase of time or manner after "By", not a name ("By Monday Night").
# Months that are also given names ("By April Reyes") are left out.
_NOT_NAMES = frozenset("""the this that these those then now next last early late end noon midnight
    monday tuesday wednesday thursday friday saturday sunday january february march july september october
    november december all any some every far most many much both either neither christmas easter election
    royal popular public special midday""".split())
# Words no name holds ("By Far The Best", "By Mid-Morning Everyone Had Left"). A phrase of time after "By"
# ("By Christmas Eve", "By Election Day", "By Royal Appointment") is told by its first word (_NOT_NAMES):
# its last word may end a surname ("By Elizabeth Day"), and an initial may stand between names.
_NOT_NAME_WORDS = frozenset("""the an of and or to is was were are be been had has have will would can could
    everyone everybody nobody someone something nothing""".split())
# What parts a byline from its date: " on " or a tab ("By Jane Roe on March 5, 2024", "By Jane Roe\tMarch 5").
_BYLINE_DATE = re.compile(r"\s+(?:on|ON)\s+|[^\S\r\n]*\t\s*")
# The words that open a publishing stamp: "Updated", "Published on", "Last modified:", "First posted at".
_PUBLISHED = re.compile(r"(?:(?:[Ll]ast|[Ff]irst|LAST|FIRST)\s+)?(?:[Uu]pdated|[Pp]ublished|[Mm]odified|[Pp]osted|"
                        r"[Ee]dited|UPDATED|PUBLISHED|MODIFIED|POSTED|EDITED)\b")
# One piece of a stamp's date and time: a word (with inner stops: "a.m."), a number ("14:05", "3rd",
# "2024-03-05T09:12Z"), or a separator.
_STAMP_PIECE = re.compile(
    r"\s*(?:(?P<word>[^\W\d_]+(?:\.[^\W\d_]+)*\.?)|(?P<number>\d[\w:.+/-]*)|[,;:|/•·()\[\]+–—-])")
# The words a stamp's date and time are made of, besides the time zones (lower case, stops dropped).
_STAMP_WORDS = frozenset("""a an few moments on at am pm ago just now today yesterday hour hours hr hrs minute minutes min mins
    second seconds sec secs day days week weeks local time and updated published modified posted edited last
    first""".split()) | _WITH_CLOCK
_TIME_ZONE = re.compile(rf"(?:{TIME_ZONES})")
# Words of a relative stamp that say when without a figure ("Updated yesterday", "Posted just now").
_STAMP_WHEN = frozenset("ago today yesterday now".split())


class _LazyHeadline:
    """Where the headline of ``text`` ends (see :func:`page_furniture`), found on first use: most
    sentences lie too far from the text's start to be in it, so most calls never look."""

    def __init__(self, text: str, bounds: Sequence[tuple[int, int]], starts_text: bool) -> None:
        self.text, self.bounds, self.starts_text = text, bounds, starts_text
        self.end: int | None = None

    def holds(self, k: int) -> bool:
        """Whether sentence ``k`` lies in the headline."""
        if not self.starts_text or self.bounds[k][1] > self.bounds[0][0] + _HEADLINE_CHARS:
            return False
        if self.end is None:
            self.end = _headline_end(self.text, self.bounds[0][0])
        return self.bounds[k][1] <= self.end


def _headline_end(text: str, first: int) -> int:
    """The end of the headline that starts at ``first`` (the first sentence's start), or 0 when the
    first paragraph is none: not one line, too long, ending as a sentence does, or without a blank
    line after it."""
    line_break = _LINE.search(text, first, first + _HEADLINE_CHARS + 1)
    if not line_break or not PARAGRAPH_BREAK.match(text, line_break.start()):
        return 0
    line = _trimmed_end(text, first, line_break.start())
    if not _HEADLINE_GOES_ON.search(text, first, line):
        return line
    # a question heads the page when a byline or stamp follows it: "Is the library closing?\n\nBy Jane Roe"
    return line if _HEADLINE_ASKS.search(text, first, line) and _furniture_line_at(text, line_break.end()) else 0


def _furniture_line_at(text: str, pos: int) -> bool:
    """Whether the first line with text at or after ``pos`` is a byline or a stamp."""
    start = _next_visible(text, pos)
    if start is None:
        return False
    line_break = _LINE.search(text, start, start + _FURNITURE_LINE_CHARS + 1)
    if line_break is None and len(text) - start > _FURNITURE_LINE_CHARS:
        return False
    end = _trimmed_end(text, start, line_break.start() if line_break else len(text))
    return _is_byline(text, start, end) or _is_stamp(text, start, end)


def _trimmed_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over the blanks before it, not past ``start``."""
    while end > start and _BLANK.match(text, end - 1):
        end -= 1
    return end


def _is_furniture(text: str, bounds: Sequence[tuple[int, int]], k: int, headline: _LazyHeadline) -> bool:
    """Whether sentence ``k`` is in the headline, or a byline or stamp on a line of its own."""
    if headline.holds(k):
        return True
    start, end = bounds[k]
    if end - start > _FURNITURE_LINE_CHARS or not (_is_byline(text, start, end) or _is_stamp(text, start, end)):
        return False
    before = bounds[k - 1][1] if k else 0
    after = bounds[k + 1][0] if k + 1 < len(bounds) else len(text)
    return _line_starts(text, before, start) and _line_ends(text, end, after)


def _is_byline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a byline (see ``_BYLINE``), perhaps with its date after " on " or a
    tab ("By Jane Roe on March 5, 2024"), not "By Monday Night" nor a sentence with a stop at its end
    ("By Jane Roe's count, it failed.")."""
    if _is_bare_byline(text, start, end):
        return True
    return any(_is_bare_byline(text, start, gap.start()) and _is_when(text, gap.end(), end)
               for gap in _BYLINE_DATE.finditer(text, start, end))


def _is_bare_byline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a byline without a date: "By", names, and a role, outlet or place."""
    byline = _BYLINE.fullmatch(text, start, end)
    if not byline or _not_a_name(byline.group("name").lower().split()):
        return False
    stop = _LINE_END_STOP.search(text, start, end)
    return not stop or "." in text[text.rfind(" ", start, end) + 1:end - 1]  # a last word "D.C." may end so


def _not_a_name(words: list[str]) -> bool:
    """Whether the lower-cased capitalised ``words`` after "By" open a phrase of time or manner rather than
    name someone: "By Monday Night", "By Christmas Eve", "By Far The Best", "By Mid-Morning Everyone Had Left"."""
    return (words[0] in _NOT_NAMES or words[0].startswith("mid-")
            or any(word in _NOT_NAME_WORDS for word in words))


def _is_stamp(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a publishing stamp: its opening words (see ``_PUBLISHED``), then
    a date or time (see :func:`_is_when`)."""
    head = _PUBLISHED.match(text, start, end)
    return head is not None and _is_when(text, head.end(), end)


def _is_when(text: str, pos: int, end: int) -> bool:
    """Whether ``text[pos:end]`` holds only dates, times, zones and separators, with a figure or a word such
    as "ago" among them ("3 March 2024, 09:12 GMT", "an hour ago")."""
    when = False
    while pos < end:
        piece = _STAMP_PIECE.match(text, pos, end)
        if not piece:
            return _trimmed_end(text, pos, end) == pos and when
        word = piece.group("word")
        if word is not None:
            bare = word.replace(".", "")
            if bare.lower() not in _STAMP_WORDS and not _TIME_ZONE.fullmatch(bare):
                return False
            when |= bare.lower() in _STAMP_WHEN
        when |= piece.group("number") is not None
        pos = piece.end()
    return when


def _line_starts(text: str, before: int, start: int) -> bool:
    """Whether ``start`` opens a line: only blanks lie between it and a line break, or the text's start,
    after ``before`` (the end of the sentence before)."""
    line_break = max(text.rfind("\n", before, start), text.rfind("\r", before, start))
    if line_break < 0 and before > 0:
        return False
    return _HORIZONTAL_BLANKS.fullmatch(text, line_break + 1 if line_break >= 0 else before, start) is not None


def _line_ends(text: str, end: int, after: int) -> bool:
    """Whether ``end`` ends a line: only blanks lie between it and a line break, or the text's end, before
    ``after`` (the start of the sentence after)."""
    breaks = [at for at in (text.find("\n", end, after), text.find("\r", end, after)) if at >= 0]
    if not breaks and after < len(text):
        return False
    return _HORIZONTAL_BLANKS.fullmatch(text, end, min(breaks, default=after)) is not None


def _title_like(line: str) -> bool:
    """Whether most of a line's longer words are capitalised, as in a headline ("Bridge Repairs Will
    Close Two Lanes", "MINISTRY DENIES CLAIMS")."""
    words = [w for w in line.split() if len(w) >= 4 and w[0].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _wrap_width(text: str) -> int | None:
    """The width a hard-wrapped text (old wire copy, e-mail, plain-text archives) was filled to, or
    ``None``. Wrapped prose shows it: at least four lines run on to another line; the width, which nine
    in ten of them do not pass (a long URL on a line of its own may), is 40 to 100 characters; seven in
    ten come within 12 characters of it; and two in ten of the lines after them start in lower case
    (mid-sentence). A paragraph per line (long, uneven lines), a list of headlines, a table or a poem
    (lines that start with capitals) is left alone."""
    if "\n" not in text and "\r" not in text:
        return None
    lines = [line.rstrip() for line in _LINE.split(text)]
    pairs = [(line, after.lstrip()) for line, after in zip(lines, lines[1:]) if line and after.strip()]
    if len(pairs) < 4:
        return None
    lengths = sorted(len(line) for line, _ in pairs)
    width = lengths[int(0.9 * (len(lengths) - 1))]  # a long URL or two on lines of their own do not set it
    if not 40 <= width <= 100:
        return None
    full = sum(len(line) >= width - 12 for line, _ in pairs)  # a line past the width is full too
    lower = sum(after[:1].islower() for _, after in pairs)
    return width if full >= 0.7 * len(pairs) and lower >= 0.2 * len(pairs) else None


def _filled(text: str, line_start: int, line_end: int, nxt: int, width: int) -> bool:
    """Whether the line ``text[line_start:line_end]`` was broken only because the word at ``nxt`` did not
    fit in ``width``. A line that ends a sentence (not on a title or initial) or holds a table's run of
    spaces is not, and a list item, dateline or time stamp on the next line starts a block of its own."""
    line = text[line_start:line_end].rstrip()
    if "   " in line or (_LINE_END_STOP.search(line) and not _TITLE_AT_END.search(line)):
        return False
    if _OWN_LINE.match(text, nxt) or _STAMP.match(text, nxt):
        return False
    word = nxt
    while word < len(text) and not text[word].isspace():
        word += 1
    return len(line) + 1 + (word - nxt) > width


def _next_visible(text: str, pos: int, limit: int | None = None) -> int | None:
    end = len(text) if limit is None else limit
    while pos < end and _BLANK.match(text, pos):
        pos += 1
    return pos if pos < end else None


def _boundaries(text: str, lo: int, hi: int) -> Iterator[int]:
    """Yield cut positions inside ``text[lo:hi]``; a cut ends a sentence."""
    url_token = _UrlTokens(text)
    since = lo  # where the sentence being read began
    for match in _CANDIDATE.finditer(text, lo, hi):
        end = match.end("close")
        nxt = _next_visible(text, end, hi)
        if nxt is None:
            continue
        glued = not match.group("gap")
        if _is_boundary(text, match, nxt, glued, url_token, since):
            yield end
            since = end


class _UrlTokens:
    """Whether the token (a run without spaces) around a glued ``word.Word`` holds a URL or e-mail
    mark; the token last read is remembered, so that a long text without spaces is read once, not
    once per glued dot in it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.span = (0, 0)
        self.url = False

    def __call__(self, start: int, nxt: int) -> bool:
        lo, hi = self.span
        if not lo <= start < hi:
            text = self.text
            lo = start
            while lo > 0 and not text[lo - 1].isspace():
                lo -= 1
            hi = nxt
            while hi < len(text) and not text[hi].isspace():
                hi += 1
            self.span, self.url = (lo, hi), bool(_URLISH.search(text, lo, hi))
        return self.url


def _quote_opens_sentence(text: str, since: int, match: re.Match[str]) -> bool:
    """Whether the question, exclamation or ideographic full stop ``match`` closes a quotation that opens its
    sentence (which began at ``since``) or began in an earlier one: '"Why?" Smith asked.', '... Why? Why now?"
    Lee said.', "「真的吗？」他问。", not 'Protesters chanted, "Why?" Police said ...'. The last closing mark
    closes the outer quotation; a doubled apostrophe ('') closes what `` or '' opened, and an apostrophe inside
    a word ("didn't") or after one ("the Joneses' house") opens nothing. The opener is looked for within the
    last ``_QUOTE_REACH`` characters, so that a long run of such quotes stays linear; one further back began
    earlier, as far as this rule goes."""
    close = match.group("close").rstrip(")]}")
    if not close or close[-1] not in _QUOTE_OPENER:
        return False
    marks = ("''", "``") if close.endswith("''") else (_QUOTE_OPENER[close[-1]],)
    lo = max(since, match.start() - _QUOTE_REACH)
    opener = -1
    for mark in marks:
        at = text.rfind(mark, lo, match.start())
        while at > lo and text[at - 1].isalnum() and (mark == "'" or text[at + len(mark)].isalnum()):
            at = text.rfind(mark, lo, at)
        opener = max(opener, at)
    return opener < 0 or _next_visible(text, since, opener + 1) == opener


def _is_boundary(text: str, match: re.Match[str], nxt: int, glued: bool, url_token: _UrlTokens,
                 since: int) -> bool:
    term = match.group("term")
    if term[0] in _IDEOGRAPHIC_STOPS:
        return not _speaker_after_quote(text, since, match, nxt)
    narrow = term.translate(_FULL_WIDTH_STOPS)
    term, full_width = narrow, narrow != term
    first = text[nxt]
    if first in _OPENERS:
        following = _next_visible(text, nxt + 1)
        first_word_char = text[following] if following is not None else ""
    else:
        first_word_char = first
    starts_sentence = (first_word_char.isupper() or first_word_char.isdigit() or first in _OPENERS
                       or _uncased_start(first_word_char) or _CAMEL_START.match(text, nxt) is not None)
    if glued:  # East Asian text puts no space after a full-width stop: "吗？是的"
        return ((full_width and _uncased_start(first_word_char) and not _speaker_after_quote(text, since, match, nxt))
                or _is_glued_boundary(text, match, nxt, url_token))
    if not starts_sentence or (first == "(" and _CREDIT.match(text, nxt)
                               and _DATELINE_STATE.search(text, max(0, match.start() - 12), match.start())):
        return False
    if term in ("...", "…"):
        return first_word_char.isupper() or first in _OPENERS
    if term != ".":
        return not _speaker_after_quote(text, since, match, nxt)
    if match.group("close"):
        return True
    return not _is_abbreviation(text, match.start(), nxt)


def _speaker_after_quote(text: str, since: int, match: re.Match[str], nxt: int) -> bool:
    """Whether the stop ``match`` ends a quotation that opens its sentence and a speaker follows at ``nxt``, so
    that the sentence goes on: '"Why?" Smith asked.', "「真的吗？」他问。"."""
    return _quote_opens_sentence(text, since, match) and (
        _speaker_follows(text, nxt) or _cjk_speaker_follows(text, nxt))


def _cjk_speaker_follows(text: str, nxt: int) -> bool:
    """Whether the text at ``nxt`` credits a Chinese or Japanese quotation: Japanese と or って (not a word that
    starts with と, such as "とても"), or a short clause ending in a verb of saying before a stop or a comma ("他问",
    "外交部发言人说"; not "我不知道")."""
    if text.startswith(_CJK_QUOTATIVE, nxt) and not _CJK_NOT_QUOTATIVE.match(text, nxt):
        return True
    clause = _CJK_CLAUSE.match(text, nxt)
    return clause is not None and _CJK_SPEECH_VERB.search(clause.group()) is not None


def _speaker_follows(text: str, nxt: int) -> bool:
    """Whether the words at ``nxt`` name a speaker and a verb of saying: one to five name words, with lower-case
    particles ("von der", "bin", "de la") only between them."""
    words = text[nxt:nxt + _SPEAKER_REACH].split()
    for count, word in enumerate(words[:2 * _SPEAKER_NAME_WORDS + 1]):
        if _SPEECH_VERB.match(word):
            return _speaker_name(words[:count])
    return False


def _speaker_name(words: list[str]) -> bool:
    """Whether ``words`` make up a speaker's name, title or initials: 'Prime Minister Mark Lee', 'Dr. Ruiz',
    'Moqtada al-Sadr', 'Émile Zola', 'Mohammed bin Salman'."""
    named = [_name_word(word) for word in words]
    return (0 < sum(named) <= _SPEAKER_NAME_WORDS and named[0] and named[-1]
            and all(is_name or word in NAME_PARTICLES for word, is_name in zip(words, named)))


def _name_word(word: str) -> bool:
    """A capitalised word ("Lee", "Élodie", "O'Brien", "Wen-huang"; "al-Sadr" with a glued particle), an initial
    ("F.") or a title ("Dr.")."""
    if word in _SPEAKER_TITLES or (len(word) == 2 and word[0].isupper() and word[1] == "."):
        return True
    glued = _GLUED_PREFIX.match(word)
    word = word[glued.end():] if glued else word
    return word[:1].isupper() and all(is_letter_or_mark(ch) or ch.isdigit() or ch in "'’-" for ch in word)


def _uncased_start(char: str) -> bool:
    """A letter of a script without case (Arabic, Hebrew, Chinese) or a pictograph such as an emoji."""
    if not char:
        return False
    if char.isalpha():
        return not char.islower() and not char.isupper()
    return unicodedata.category(char) == "So"


def _is_glued_boundary(text: str, match: re.Match[str], nxt: int, url_token: _UrlTokens) -> bool:
    """``campaigns.The`` splits; ``3.5``, ``U.S.``, e-mails and URLs do not."""
    start = match.start()
    if start < 2 or nxt + 1 >= len(text):
        return False
    if not (text[start - 1].islower() and text[start - 2].isalpha()):
        return False
    if not (text[nxt].isupper() and text[nxt + 1].islower()):
        return False
    return not url_token(start, nxt)


def _word_before(text: str, dot: int) -> str:
    """The word that ends at ``dot``: letters of any script, their combining accents and inner full stops
    ("U.S"), without the soft hyphens and zero-width characters written inside it. "Montréal" (composed or
    not) and "for\u00adest" are read whole, not as "al" of "et al." or "est"."""
    start = dot
    while start > max(0, dot - _WORD_REACH) and _word_character(text, start - 1):
        start -= 1
    while start < dot and not text[start].isalpha():
        start += 1
    return "".join(ch for ch in text[start:dot] if ch not in _IN_WORD)


def _word_character(text: str, pos: int) -> bool:
    """Whether ``text[pos]`` belongs to a word: a letter, a combining mark or a full stop, or a soft hyphen or
    zero-width character between two letters."""
    ch = text[pos]
    if ch in _IN_WORD:
        return 0 < pos < len(text) - 1 and is_letter_or_mark(text[pos - 1]) and is_letter_or_mark(text[pos + 1])
    return ch == "." or is_letter_or_mark(ch)


def _is_abbreviation(text: str, dot: int, nxt: int) -> bool:
    word = _word_before(text, dot)
    if not word:
        return False
    bare = word.rstrip(".").lower()
    if _URLISH.search(word):
        return False  # a web or e-mail address ends its sentence: "write to jdoe@gazette.com. Follow her"
    if "." in word.strip("."):
        following = _word_at(text, nxt)
        if word.rstrip(".") in _CLOCK_MARKS and following[:1].isupper():
            # a zone's abbreviation ("HKT"; not any capitals: "9 a.m. UN officials said" is two
            # sentences) or a place and "time" ("Taiwan time")
            return following.lower() in _WITH_CLOCK or bool(_ZONE.match(text, nxt))
        # An initialism such as "U.S." ends a sentence only before a word
        # that typically starts one.
        return following.lower() not in _SENTENCE_STARTERS
    if _word_at(text, nxt).lower() in _CLEAR_STARTERS and (bare in _NOT_TITLES or (len(word) == 1 and word.isupper())):
        return False
    if bare in _STREETS:  # "Elm Ave. NW", "Hwy. 61", "Oak Rd. near"; "on Elm Ave. Witnesses said" ends
        return text[nxt].isdigit() or text[nxt].islower() or _word_at(text, nxt) in _COMPASS
    if len(word) == 1 and word.isupper():
        return True  # an initial: "John F. Kennedy"
    if bare in _OFTEN_FINAL:
        # "... a spokesman for Acme Corp. The shares fell" ends; "Acme Corp. Chief Executive" does not.
        return _word_at(text, nxt).lower() not in _SENTENCE_STARTERS | _AFTER_COMPANY
    if bare in _CAPITALISED_ONLY:
        return word[0].isupper()  # "Rep.", "ST. LOUIS"; not "a sales rep."
    if bare in _BEFORE_NUMBERS:
        # "No. 10", "Vol. II", and "Sec." as a title ("Sec. Blinken"); not "the SEC." or "said no."
        following = _word_at(text, nxt)
        return (text[nxt].isdigit() or bool(_ROMAN.fullmatch(following)) or word == "Sec"
                or (word[0].isupper() and following.lower() in _BEFORE_TITLES.get(bare, ())))
    return bare in ABBREVIATIONS


def _word_at(text: str, pos: int) -> str:
    end = pos
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[pos:end]


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and _BLANK.match(text, start):
        start += 1
    while end > start and _BLANK.match(text, end - 1):
        end -= 1
    if start < end:
        yield start, end
