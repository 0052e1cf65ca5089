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

from .abbreviations import ABBREVIATIONS, CAPITALISED_ONLY, NAME_TITLES, NOT_TITLES, SENTENCE_STARTERS, SPEECH_VERB
from .abbreviations import TRADE_ENDING, URLISH, is_abbreviation, word_at, word_before
from .datelines import BULLETS, DATELINE, LIST_ITEM, dateline_length, lead_length, list_mark_length
from .datelines import name_heading_length, unmistakable_label, wire_slug_length
from .errors import InputError, counted
from .furniture import GLUED_PARTICLES, BARE_LINK, CLOSERS, CONTACT_LINE, ELISION, LINE_END_STOP
from .furniture import Page, ROMAN_HEADING, SECTION_HEADING_WORDS, STAFF_WORDS, TAIL_NAME
from .furniture import sentence_is_furniture, is_pictograph, is_wire_tail, pictographs_end, stamp_alone, title_like
from .furniture import is_own_picture_credit, is_print_page_line
from .textchars import is_letter_or_mark
from .textlines import NAME_PARTICLES, PARAGRAPH_BREAK, BLANK, DASHES, INVISIBLE, LINE, OPENERS
from .textlines import UPPER, next_visible, trimmed_end
from .turns import SPEAKER_TITLES, counted_labels, intro_above, label_line, outlets_asking, read_label, sentence_labels

__all__ = ["split_sentences", "preceding", "FURNITURE_REACH", "list_mark_length", "lead_length", "dateline_length",
           "name_heading_length", "wire_slug_length", "DATELINE", "ABBREVIATIONS", "LIST_ITEM", "quoted_regions",
           "TRADE_ENDING", "BLOB", "BLOB_CHARS"]

# Titles and marks of a retired officer, abbreviated alone in brackets before a name: "Dr. (Mrs.) Ngozi Eze", "Gen.
# (Ret.) Paul Obi", "Lt. Gen. (rtd.) Amjad Khan", "Dr. (Engr.) Musa Bello", "Hon. (Barr.) Ada Eze" (in brackets no
# surname or word); not "Prices rose (approx.) Analysts said".
_BRACKETED_TITLES = ((CAPITALISED_ONLY - NOT_TITLES) | frozenset(title.lower() for title in NAME_TITLES)
                     | frozenset("barr arc ret rtd retd".split()))

_QUOTE_REACH = 2000
# The opening mark of each closing one; German copy turns guillemets round ("»Nein«", "›nein‹") and closes
# „ with “ and ‚ with ‘ ("„Nein.“").
_QUOTE_OPENER = {"\"": "\"", "”": "“", "’": "‘", "'": "'", "»": "«", "«": "»", "‹": "›",
                 "」": "「", "』": "『", "“": "„", "‘": "‚"}
# The closing marks that quote a language other than English: guillemets either way round, German copy's “ and ‘.
_FOREIGN_CLOSERS = "»«‹›“‘"

# Full-width stops (．！？) of East Asian text stand for their ASCII forms; the ideographic full stop (。, ｡)
# ends a sentence, with or without a space after it, but where it closes a quotation before its speaker.
_IDEOGRAPHIC_STOPS = "。｡"
_FULL_WIDTH_STOPS = str.maketrans("．！？", ".!?")
_TERM = r"(?P<term>\.{3}|…|[.!?．！？]+|[" + _IDEOGRAPHIC_STOPS + r"]+)"
_GLUED_CLOSE = r"[" + re.escape(CLOSERS) + r"]|[«‹“‘](?!\w)"
_NOTE_AND_GAP = (r"(?P<note>(?:[¹²³⁰⁴-⁹]+|(?:\[\d{1,3}\])+|[*†‡]{1,3})(?=\s))?"
                 r"(?P<gap>[\s" + INVISIBLE + r"]*)")
_CANDIDATE = re.compile(_TERM + r"(?P<close>(?:" + _GLUED_CLOSE + r"|[^\S\r\n]+[»›](?!\w))*)" + _NOTE_AND_GAP)
# The same boundary with its closing marks glued to the stop only: where a spaced » or › closes no French quotation
# ("Das ist gut. » Wir gehen.", a breadcrumb's "Home. » News"), it is no closing mark of the stop.
_GLUED_CANDIDATE = re.compile(_TERM + r"(?P<close>(?:" + _GLUED_CLOSE + r")*)" + _NOTE_AND_GAP)
_MARKER_EMOJI = frozenset("✅☑✔❌✖⚡⚠❗📌📍🚨📢📣👉👇➡➔➜➤⬇"
                          "🔴🟠🟡🟢🔵🟣⚫⚪🔸🔹🔶🔷")
# A brand written in lower case then capitals ("eBay", "iPhone", "iOS", "mRNA") and a social-media handle
# ("@kessel_ai") may start a sentence; a hashtag after a stop mostly closes a post ("... full report. #Release,"
# she wrote), so it starts none.
_CAMEL_START = re.compile(r"[a-z][A-Z][A-Za-z]|@[A-Za-z_]")
# A liveblog's time stamp on its own, which heads the entry after it (see :func:`stamp_alone`).
_STAMP = re.compile(stamp_alone(r"\s*"))
# A list item's number, which heads the item after it: "1. Freeze assets".
_LIST_NUMBER = re.compile(r"\s*(\d{1,3})\.\s*")
# A lettered list item's mark at a line's start ("a. ", "B) ", "(c) "), and such a mark cut off by its stop.
_LETTER_MARK = re.compile(r"(?<![^\r\n])[^\S\r\n]*(?P<mark>\([a-zA-Z]\)|[a-zA-Z][.)])[^\S\r\n]")
#: How many lines away a lettered item's neighbour may open (see :func:`_letter_items`).
_LETTER_REACH = 3
#: How many words a line above a lettered list may hold and still be taken for its heading or intro ("OPTIONS").
_LETTER_INTRO_WORDS = 6
_LIST_LETTER = re.compile(r"\s*[a-zA-Z]\.\s*")
# A wire credit after a dateline's abbreviated state: "PHOENIX, Ariz. (AP) —", "SALEM, Ore. (Reuters) -".
_CREDIT = re.compile(r"\([A-Z][\w .&-]{0,24}\)\s*[-–—]")
_DATELINE_STATE = re.compile(r",\s+[A-Z][a-z]{1,5}$")
# Verbs of a speaker's turn in an exchange that follow only a quoted question or exclamation as its credit ('"Will
# you?" Ana Ruiz pressed.', '"Why not?" Tom Vask shot back.'): elsewhere in copy "pressed" or "snapped" after a
# name is no speech ("Acme Co. Shares snapped a losing run"), so they stay out of ``SPEECH_VERB``.
_EXCHANGE_VERB = re.compile(
    rf"(?:{SPEECH_VERB.pattern}|(?:pressed|interjected|snapped|responded|pleaded|mused|shot back|followed up)\b)")
# French and German verbs of saying after their speaker, in the present or the past, as English copy quoting
# French or German text may keep them: "« Pourquoi ? » Marc demande.", "„Warum?“ Greta Lindqvist fragte.".
_FOREIGN_SPEECH_VERB = re.compile(
    r"(?:dit|demande|demanda|répond|répondit|ajoute|ajouta|lance|lança|explique|expliqua|affirme|affirma|déclare|"
    r"déclara|s['’]exclame|s['’]exclama|insiste|insista|assure|assura|sagt|sagte|fragt|fragte|antwortet|"
    r"antwortete|erklärt|erklärte|ruft|rief|meint|meinte)(?!\w)")
_GLUED_PREFIX = re.compile(rf"(?:{GLUED_PARTICLES})-")
_SPEAKER_NAME_WORDS = 5
# A speaker after a Chinese or Japanese quotation: Japanese quotes with と
# ("「本当ですか？」と彼は尋ねた。"), Chinese with a short clause ending in a verb of saying
# before its stop or comma ("「真的吗？」他问。", "「不会。」外交部发言人说，").
_CJK_QUOTATIVE = ("と", "って")
# Words that start with と but open a sentence of their own, not a quotation's credit: "とても"
# (very), "ところで" (by the way), "ところが" (however), "とにかく" (anyway), "とりあえず" (for now),
# "とうとう" (at last). Words that quotative と can start ("ときっぱり", "とも", "とはいえ") are
# left out.
_CJK_NOT_QUOTATIVE = re.compile(r"と(?:ても|っても|ころ[でが]|にかく|もかく|もあれ|"
                                r"りあえず|りわけ|うとう|きどき|つぜん|"
                                r"んでもな|っさに)")
_CJK_CLAUSE = re.compile(r"[^\s。｡．，,、：:；;！!？?「」『』]{1,16}"
                         r"(?=[。｡．，,、：:；;！!？?]|$)")
_CJK_SPEECH_VERB = re.compile(r"(?:说|說|问|問|答|喊|称|稱|表示|指出|强调|強調|(?<!知)道)$")
_SPEAKER_REACH = 200
#: How many visible ASCII characters in a row, without a space, make a blob: far more than any word or link of news
#: copy (39 at most in 468 real texts), as an embedded image's base64 or data URI, a hash or a minified script run.
BLOB_CHARS = 500
#: A blob (see :data:`BLOB_CHARS`), read from its start only so that a search stays linear; ASCII alone, so that a
#: paragraph of Chinese, Japanese or Thai, written without spaces, is none.
BLOB = re.compile(rf"(?<![!-~])[!-~]{{{BLOB_CHARS},}}")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences of ``text``.

    Offsets index ``text`` directly; whitespace between sentences belongs to
    none of them. A transcript's speaker label alone on its line ("HOST:" with
    the words on the next line) opens the sentence below it, as it would if
    it opened that sentence's line (see :func:`speaker_turns`).
    """
    return _join_label_lines(text, list(_iter_sentences(text)))


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
        page = Page(text, bounds, starts_text)
        chosen = _copy_before(index, count, lambda k: sentence_is_furniture(k, page))
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
        raise InputError(f"{where}: furniture holds {counted(len(furniture), 'flag')} for "
                         f"{counted(len(bounds), 'sentence')}; give page_furniture(text, bounds) of the same sentences")


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
    letters = _letter_items(text)
    for block_start, block_end in _blocks(text, letters):
        start, expected = block_start, None  # the number a list going on in this block would show next
        for cut in _boundaries(text, block_start, block_end):
            number = _LIST_NUMBER.fullmatch(text, start, cut)
            if number and (start == block_start or int(number.group(1)) == expected):
                expected = int(number.group(1)) + 1  # "1. Freeze assets. 2. Ban travel", not "died? 17. How"
                continue
            if (start == block_start and _LIST_LETTER.fullmatch(text, start, cut)
                    and next_visible(text, start) in letters):
                continue  # "a. The pump failed" is one item, as "1. The pump failed" is
            if start == block_start and _roman_title(text, block_start, block_end, cut):
                continue  # "II. The Decision" heads a section: one sentence, not "II." and "The Decision"
            yield from _blobs_apart(text, start, cut)
            start = cut
        yield from _blobs_apart(text, start, block_end)


def _blobs_apart(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The piece ``text[start:end]``, trimmed, with each :data:`BLOB` in it a piece of its own: a blob has no stop
    to end the sentence before it nor capital to open the one after, so "The mayor said so. <base64 image> Critics
    disagreed." would be one sentence cut to the model's window, the two real ones lost in it."""
    if end - start >= BLOB_CHARS:
        for blob in BLOB.finditer(text, start, end):
            yield from _trimmed(text, start, blob.start())
            yield blob.start(), blob.end()
            start = blob.end()
    yield from _trimmed(text, start, end)


def _roman_title(text: str, start: int, end: int, cut: int) -> bool:
    """Whether the block ``text[start:end]`` is one line, a Roman numeral and a section's title without a stop at its
    end ("II. The Decision", "V. After"; see ``ROMAN_HEADING``), and ``cut`` falls just past the numeral's stop."""
    line_end = trimmed_end(text, start, end)
    roman = ROMAN_HEADING.fullmatch(text, start, line_end)
    return (roman is not None and next_visible(text, cut) == roman.start("title")
            and text[line_end - 1].isalnum() and len(roman.group("title").split()) <= SECTION_HEADING_WORDS)


def _letter_items(text: str) -> frozenset[int]:
    """Where the lettered items of a list open their lines: a letter's mark ("a. ", "b) ", "(c) ", "A. ") at a
    line's start, where a line no more than ``_LETTER_REACH`` lines away opens with the mark of the letter before or
    after it in the same style ("a) " and "b) "), and the line above is blank, ends a sentence or a clause
    (``.:;?!``) or a dash ("came up —"), is a heading or intro of no more than ``_LETTER_INTRO_WORDS`` words
    ("OPTIONS"), or the nearest mark within reach above is such an item's (an item wrapped over lines); so that a
    line opening "a. ", "p. 12" or an initial ("K. Nowak said") in hard-wrapped prose is no list, even where
    another line far off opens "J. "."""
    starts = [0, *(line.end() for line in LINE.finditer(text))]
    marks: dict[int, tuple[int, tuple[str, int]]] = {}  # a mark's line -> where it opens, its style and letter
    for number, start in enumerate(starts):
        mark = _LETTER_MARK.match(text, start)
        if mark:
            marks[number] = (mark.start("mark"), _letter_key(mark.group("mark")))
    items: set[int] = set()
    for number in sorted(marks):
        style, letter = marks[number][1]
        near = {marks[other][1] for other in range(number - _LETTER_REACH, number + _LETTER_REACH + 1)
                if other != number and other in marks}
        above = text[starts[number - 1]:starts[number]].strip() if number else ""
        marked_above = next((other for other in range(number - 1, number - _LETTER_REACH - 1, -1) if other in marks),
                            None)
        if (((style, letter - 1) in near or (style, letter + 1) in near)
                and (not above or above[-1] in ".:;?!" + DASHES or marked_above in items
                     or (above[-1].isalnum() and len(above.split()) <= _LETTER_INTRO_WORDS))):
            items.add(number)
    return frozenset(marks[number][0] for number in items)


def _letter_key(mark: str) -> tuple[str, int]:
    """A lettered item's mark as its style ("#)", "(#)", "#.") and its letter's code point."""
    letter = mark.strip("().")
    return mark.replace(letter, "#"), ord(letter)


def _blocks(text: str, letters: frozenset[int] = frozenset()) -> Iterator[tuple[int, int]]:
    """Split at line breaks that end a paragraph, line or headline.

    A blank line always ends a block. A single line break ends one unless the
    next line starts in lower case (but for a link alone below a line that ends
    a sentence: see :func:`_link_below_sentence`), or the text is hard-wrapped (see
    :func:`_wrap_width`) and the line before the break was filled: the next
    line's first word would not have fitted on it. A first line in title case
    or capitals is taken for a headline and is not joined that way, unless it
    ends on a lower-case article, conjunction or preposition, as no headline
    does ("The Financial Conduct Authority fined Northgate Bank £42 million on").
    A line ending in a colon above a list of short lower-case lines (see
    :func:`_list_items`) and each of those lines end a block too, as does a
    lettered item's line at ``letters`` ("b) tankers were sent": see
    :func:`_letter_items`).
    """
    width = _wrap_width(text)
    first = next_visible(text, 0) if width else None  # where the text's first line begins
    start = line_start = 0
    nxt: int | None = -1
    items_end, listing = -1, False  # how far lines below a colon were read, and whether they are a list's items
    for match in LINE.finditer(text):
        # Every break in a run of blank lines shares the run's next visible character: look it up once,
        # so that thousands of blank lines (text taken from HTML) cost linear time.
        if nxt is not None and nxt < match.end():
            nxt = next_visible(text, match.end())
        if (nxt is not None and match.start() >= items_end and text[nxt].islower()
                and text[line_start:match.start()].rstrip().endswith(":")):
            items_end, listing = _list_items(text, nxt, width)
        if listing and match.start() < items_end:  # after the list's introduction or one of its items
            yield start, match.start()
            start = line_start = match.end()
            continue
        # a first line in title case or capitals is the text's headline unless a lower-case line goes on
        headline = first is not None and line_start <= first < match.start() and _headline_like(
            text[line_start:match.start()])
        if nxt is not None and nxt not in letters and not PARAGRAPH_BREAK.match(text, match.start()) and (
                (text[nxt].islower() and not _link_below_sentence(text, line_start, match.start(), nxt))
                or (width and not headline and _filled(text, line_start, match.start(), nxt, width))) and not (
                _print_page_beside(text, line_start, match.start(), nxt)):
            line_start = match.end()
            continue
        yield start, match.start()
        start = line_start = match.end()
    yield start, len(text)


def _print_page_beside(text: str, line_start: int, line_end: int, nxt: int) -> bool:
    """Whether the line ``text[line_start:line_end]`` or the one starting at ``nxt`` is a printed page's own line (a
    running head, a jump line, a page number: see :func:`is_print_page_line`) or a newspaper's own picture credit
    alone ("(Harbinger photo by Ron Pettit)": see :func:`is_own_picture_credit`), which OCR of a page leaves amid
    the copy, even inside a sentence: it stands alone, and the copy above it does not run on into it, nor it into
    the copy below."""
    below = LINE.search(text, nxt)
    return any(is_print_page_line(line) or is_own_picture_credit(line)
               for line in (text[line_start:line_end], text[nxt:below.start() if below else len(text)]))


def _link_below_sentence(text: str, line_start: int, line_end: int, nxt: int) -> bool:
    """Whether the line at ``nxt`` is a link alone ("https://example.org/report.pdf") below a line that ends a
    sentence: the link is a line of its own (page furniture), not the sentence going on in lower case."""
    brk = LINE.search(text, nxt)
    return (_SENTENCE_STOP_END.search(text, line_start, line_end) is not None
            and BARE_LINK.fullmatch(text[nxt:brk.start() if brk else len(text)].rstrip()) is not None)


# A line's last characters that end a sentence: a stop and any closing marks after it, then blanks.
_SENTENCE_STOP_END = re.compile(r"[.!?][\"'”’)\]]*[ \t]*$")


# The longest line that counts as a list's item below its introduction ("The ministry gave three reasons:").
_ITEM_CHARS = 60


def _list_items(text: str, pos: int, width: int | None) -> tuple[int, bool]:
    """Whether the lines from ``pos``, below a line ending in a colon (or a blank line below it), are a list of
    bare lower-case items: two or more lines of one paragraph, each starting in lower case and at most
    ``_ITEM_CHARS`` long ("security concerns", "budget limits"), and in hard-wrapped copy of width ``width`` none
    of them filled. Prose that goes on after the colon ("he said:" above a wrapped quotation) has a long line,
    or only one. Returned with where the lines read end, so that no line is read twice."""
    limit = min(_ITEM_CHARS, width - 12) if width else _ITEM_CHARS
    end, count = pos, 0
    while text[pos].islower():
        brk = LINE.search(text, pos)
        end = brk.start() if brk else len(text)
        if len(text[pos:end].rstrip()) > limit:
            return end, False
        count += 1
        following = None if brk is None or PARAGRAPH_BREAK.match(text, brk.start()) else next_visible(text, brk.end())
        if following is None:
            break
        pos = following
    return end, count >= 2


# Lower-case words that a filled line of wrapped copy may end on but a headline does not: articles,
# conjunctions and prepositions (a headline in title case capitalises its last word: "Who Europe Listens To").
_RUNS_ON = frozenset("a an the and or but nor of to for with from in on at by into onto as than".split())
# What starts a line of its own even in wrapped copy: a list item's mark ("- ", "– ", "• ", "> ",
# "1. ", "2) ", "(3) "), a dateline ("WASHINGTON (AP) --", "LONDON, March 3"), a liveblog time stamp.
_OWN_LINE = re.compile(LIST_ITEM.pattern + r"|[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+)*(?:,\s+[A-Z][\w.]*(?:\s+\d{1,2})?)?"
                       r"\s*(?:\([A-Z][\w .&-]{0,24}\)\s*)?(?:--|[-–—]\s)")
# A bullet and a blank after a sentence's stop, which open a list's next item on the same line: "said. • The
# ministry denied it.", as BeautifulSoup's get_text() leaves <li> items. Not the middle dot, which also parts
# a byline's pieces ("Jane Roe Jr. · March 5"), nor a dash, which after a stop more often follows a state's
# abbreviation in a dateline ("CHICO, Calif. - Bernie") or closes an aside than opens an item (it opens only a
# speaker's turn: see ``_DIALOGUE_DASH``).
_BULLET_ITEM = re.compile(rf"[{BULLETS}]\s")
# A dialogue dash in mid-line, as translated European copy writes a new speaker's turn: a dash (em or en dash,
# horizontal bar) and a blank after a sentence's stop and blank, before a capitalised word, with a lower-case word
# among the few after it on its line ("shipped. — That is false, the minister said."; not a signature, "— Ana Roe",
# nor an agency's "— Reuters"). See :func:`_dialogue_turn` for where it is none.
_DIALOGUE_DASH = re.compile(r"[—–―][^\S\r\n]+(?=[" + UPPER + r"])(?=(?:\S+[^\S\r\n]+){0,5}[a-z])")
# A spaced dash inside a sentence, which opens or closes an aside ("The minister — visibly tired — left.").
_ASIDE_DASH = re.compile(r"\s[—–―]\s")
# A lower-case letter: a dateline in capitals before a dash has none ("PARIS. — The").
_LOWER_CASE = re.compile(r"[a-zß-öø-ÿ]")
# The stop that ends the words after a dialogue dash, or the end of their line.
_TURN_END = re.compile(r"[.!?…]|$", re.M)


# -- Speaker labels of transcripts and Q&As ----------------------------------------------------------------------


def _labelled_at(text: str, start: int) -> bool:
    """Whether a label that is a speaker's whatever the text around it opens ``text`` at ``start`` (see
    :func:`speaker_label_length`)."""
    found = read_label(text, start)
    return found is not None and found.alone


def _join_label_lines(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``bounds`` with each speaker's label alone on its line ("MS. LIN:") joined to the sentence that starts on the
    next line, so that the two are one sentence, as they are when the label opens that sentence's line: a label
    that counts by the rules of :func:`speaker_turns`, or one that the model leaves out of what it reads wherever
    it stands ("Q:" without an "A:", see :func:`lead_length`). Any other line ending in a colon (a heading, a list's
    introduction, a dateline that counts for no one, a label inside quotation marks, above a blank line or at the
    text's end) stays a sentence of its own."""
    lines = {index for index in range(len(bounds)) if label_line(text, bounds, index)}
    if not lines:
        return bounds  # the usual case: no line ends in a colon above another
    labels = list(sentence_labels(text, bounds, quoted_regions(text)))
    # a label alone on its line: its words start past its sentence ("HOST: Here are the points:" is no such line)
    intro = intro_above(text, bounds, labels)
    labels = outlets_asking(labels, intro, text)
    joined = {index for (index, label), counts in zip(labels, counted_labels([label for _, label in labels], intro))
              if index in lines and (counts or unmistakable_label(label))
              and bounds[index][0] + label.end > bounds[index][1]}
    merged: list[tuple[int, int]] = []
    for index, (start, end) in enumerate(bounds):
        if index - 1 in joined and merged[-1][0] == bounds[index - 1][0]:
            merged[-1] = (merged[-1][0], end)  # the label's words (unless the label itself went below another)
        else:
            merged.append((start, end))
    return merged


_TITLE_AT_END = re.compile(r"(?:\b[A-Z]|\b(?:" + "|".join(
    sorted((w.capitalize() for w in CAPITALISED_ONLY - {"jr", "sr", "st"}), key=len, reverse=True)) + r"))\.$")


#: How many furniture sentences in a row :func:`preceding` looks past for the copy before them.
FURNITURE_REACH = 16
# A story's sign-off after a dash, besides a wire story's closing credits and thanks (see :func:`is_wire_tail`):
# credits worded otherwise ("With files from Ana Roe", "Edited by Ana Roe and Tom Vance"), a writer's signature with
# their role ("Ana Roe, staff writer", "Ana Roe, a Kessel Times correspondent"), a note on the story ("This story has
# been updated.", "This article was first published in 2019.") or a call to follow the writer ("Follow Ana Roe on
# X"). How far after the dash its line is read (see :func:`_signs_off`).
_SIGN_OFF_AFTER_DASH = re.compile(
    rf"(?:(?:[Ww]ith\s+(?:files|reporting)\s+from|(?:Written|Edited|Reported|Produced|Translated|Compiled)\s+by)\s+"
    rf"{TAIL_NAME}(?:(?:\s*[,&]\s*|\s+and\s+){TAIL_NAME})*"
    rf"|{TAIL_NAME},\s+(?:[\w'’.-]+\s+){{0,4}}?(?:{'|'.join(sorted(STAFF_WORDS))}|columnist|editor|contributor)s?"
    r"|(?:This|The)\s+(?:story|article|report|post|piece)\s+(?:has\s+been|was|is|will\s+be)\s+(?:updated|corrected|"
    r"amended|developing|breaking|first|originally|published|republished|produced|written|edited|adapted|excerpted|"
    r"part|a\s+developing)(?:\s+\S+){0,8}?"
    rf"|Follow\s+{TAIL_NAME}\s+on\s+\S+(?:\s+\S+){{0,4}}?)\.?")
_SIGN_OFF_REACH = 160


def _headline_like(line: str) -> bool:
    """Whether a text's first line reads as its headline: in title case or capitals (see :func:`title_like`),
    and not ending on a word that runs on to the next line ("... fined Northgate Bank £42 million on")."""
    return title_like(line) and line.split()[-1] not in _RUNS_ON


def _wrap_width(text: str) -> int | None:
    """The width a hard-wrapped text (old wire copy, e-mail, plain-text archives) was filled to, or
    ``None``. Wrapped prose shows it: at least four lines run on to another line; the width, which nine
    in ten of them do not pass (a long URL on a line of its own may), is 40 to 100 characters; seven in
    ten come within 12 characters of it; and two in ten of the lines after them start in lower case
    (mid-sentence). A paragraph per line (long, uneven lines), a list of headlines, a table or a poem
    (lines that start with capitals) is left alone."""
    if "\n" not in text and "\r" not in text:
        return None
    lines = [line.rstrip() for line in LINE.split(text)]
    pairs = [(line, after.lstrip()) for line, after in zip(lines, lines[1:]) if line and after.strip()]
    if len(pairs) < 4:
        return None
    lengths = sorted(_set_length(line) for line, _ in pairs)
    width = lengths[int(0.9 * (len(lengths) - 1))]  # a long URL or two on lines of their own do not set it
    if not 40 <= width <= 100:
        return None
    full = sum(_set_length(line) >= width - 12 for line, _ in pairs)  # a line past the width is full too
    lower = sum(after[:1].islower() for _, after in pairs)
    return width if full >= 0.7 * len(pairs) and lower >= 0.2 * len(pairs) else None


def _filled(text: str, line_start: int, line_end: int, nxt: int, width: int) -> bool:
    """Whether the line ``text[line_start:line_end]`` was broken only because the word at ``nxt`` did not
    fit in ``width``. A line that ends a sentence (not on a title or initial) or holds a table's run of
    spaces is not, and a list item, dateline, time stamp or speaker's label (see :func:`speaker_label_length`)
    on the next line starts a block of its own."""
    line = text[line_start:line_end].rstrip()
    if _table_row(text, line_start, line_end) or (LINE_END_STOP.search(line) and not _TITLE_AT_END.search(line)):
        return False
    if _OWN_LINE.match(text, nxt) or _STAMP.match(text, nxt) or _labelled_at(text, nxt):
        return False
    word = nxt
    while word < len(text) and not text[word].isspace():
        word += 1
    return _set_length(line) + 1 + (word - nxt) > width


# A run of blanks between a line's words: a table's gap between columns, or the spacing of a justified column
# that OCR or a PDF's text layer kept ("have never seen the   water so brown").
_GAP = re.compile(r"[^\S\r\n]{3,}(?=\S)")


def _set_length(line: str) -> int:
    """The length of ``line`` as typeset: its runs of blanks between words counted as one, since a justified
    column that OCR or a PDF kept spaces its words out, and a line so spread is no longer than the width."""
    return len(line) - sum(len(gap.group()) - 1 for gap in _GAP.finditer(line))


def _gap_ends(line: str) -> set[int]:
    """The columns at which the words after ``line``'s runs of blanks start (see ``_GAP``)."""
    return {gap.end() for gap in _GAP.finditer(line)}


def _table_row(text: str, line_start: int, line_end: int) -> bool:
    """Whether the line ``text[line_start:line_end]`` is a table's row: a run of blanks between its words whose
    next word starts at the column where one does on the line above or below ("Ana Ruiz     41,203" over "Tom
    Hale     37,880"). Stray runs, as OCR leaves in a justified column's lines, make no table."""
    gaps = _gap_ends(text[line_start:line_end])
    return bool(gaps & (_gap_ends(_line_above(text, line_start)) | _gap_ends(_line_below(text, line_end))))


def _line_above(text: str, line_start: int) -> str:
    """The line before the one starting at ``line_start`` ("" for the text's first line)."""
    end = line_start - (2 if text.startswith("\r\n", line_start - 2) else 1) if line_start else 0
    return text[max(text.rfind("\n", 0, end), text.rfind("\r", 0, end)) + 1:end]


def _line_below(text: str, line_end: int) -> str:
    """The line after the one ending at ``line_end`` ("" for the text's last line)."""
    start = line_end + (2 if text.startswith("\r\n", line_end) else 1)
    after = LINE.search(text, start)
    return text[start:after.start() if after else len(text)] if start <= len(text) else ""


def _boundaries(text: str, lo: int, hi: int) -> Iterator[int]:
    """Yield cut positions inside ``text[lo:hi]``; a cut ends a sentence."""
    url_token = _UrlTokens(text)
    since = lo  # where the sentence being read began
    for match in _CANDIDATE.finditer(text, lo, hi):
        if not _closes_french_quotation(text, match):
            match = _GLUED_CANDIDATE.match(text, match.start(), hi) or match
        end = match.end("note") if match.group("note") else match.end("close")
        nxt = next_visible(text, end, hi)
        if nxt is not None and is_pictograph(text[nxt]) and not _marks_what_follows(text, nxt, hi):
            # emoji after the stop end its sentence: "We won! 🎉"
            end = pictographs_end(text, nxt, hi)
            nxt = next_visible(text, end, hi)
        if nxt is None:
            continue
        glued = nxt == end
        if _is_boundary(text, match, nxt, glued, url_token, since):
            yield end
            since = end


# A closing guillemet after a blank, as French copy writes it ("partons. »"), the mark in group 1.
_SPACED_GUILLEMET = re.compile(r"[^\S\r\n]([»›])")


def _closes_french_quotation(text: str, match: re.Match[str]) -> bool:
    """Whether each » or › that the boundary ``match`` reads after a blank past its stop closes a quotation that a «
    (or ‹) opened before the stop, in its paragraph (for ‹, its line) and within ``_QUOTE_REACH`` characters, with
    no » (or ›) closing it between: "Il a dit : « Nous partons. » Puis"; not a German or Danish opening mark
    after a blank ("Das ist gut. » Wir gehen."), a breadcrumb ("Home. » News » World") or a lone › ("C'est
    fini. › Il part."). True where the boundary reads no such mark."""
    close = match.group("close")
    if "»" not in close and "›" not in close:  # the usual case
        return True
    stop = match.start()
    lo = max(0, stop - _QUOTE_REACH)
    for closing in set(_SPACED_GUILLEMET.findall(close)):
        opened = text.rfind("«" if closing == "»" else "‹", lo, stop)
        if opened < 0 or text.rfind(closing, opened, stop) >= 0:
            return False
        breaks = LINE if closing == "›" else PARAGRAPH_BREAK
        if (text.find("\n", opened, stop) >= 0 or text.find("\r", opened, stop) >= 0) and breaks.search(
                text, opened, stop):
            return False
    return True


def _marks_what_follows(text: str, pos: int, hi: int) -> bool:
    """Whether the emoji at ``pos`` is a bullet's or pointer's (see ``_MARKER_EMOJI``) with words after it on its
    line before ``hi``: "✅ Prices rose", not "✅" at a line's end."""
    if text[pos] not in _MARKER_EMOJI:
        return False
    end = pictographs_end(text, pos, hi)
    after = next_visible(text, end, hi)
    return after is not None and LINE.search(text, end, after) is None


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
            self.span, self.url = (lo, hi), bool(URLISH.search(text, lo, hi))
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
    return opener < 0 or next_visible(text, since, opener + 1) == opener


def _is_boundary(text: str, match: re.Match[str], nxt: int, glued: bool, url_token: _UrlTokens,
                 since: int) -> bool:
    term = match.group("term")
    if term[0] in _IDEOGRAPHIC_STOPS:
        return not _speaker_after_quote(text, since, match, nxt)
    narrow = term.translate(_FULL_WIDTH_STOPS)
    term, full_width = narrow, narrow != term
    first = text[nxt]
    opens = (first in OPENERS or _REVERSED_QUOTE.match(text, nxt) is not None
             or _GUILLEMET_OPENING.match(text, nxt) is not None)
    if opens:
        following = next_visible(text, nxt + 1)
        first_word_char = text[following] if following is not None else ""
    else:
        first_word_char = first
    starts_sentence = (first_word_char.isupper() or first_word_char.isdigit() or opens
                       or _uncased_start(first_word_char) or _CAMEL_START.match(text, nxt) is not None)
    if glued:  # East Asian text puts no space after a full-width stop: "吗？是的"
        return ((full_width and _uncased_start(first_word_char) and not _speaker_after_quote(text, since, match, nxt))
                or _is_glued_boundary(text, match, nxt, url_token))
    if _BULLET_ITEM.match(text, nxt):  # a list's next item, after an abbreviation's stop too ("in the U.S. • ")
        return True
    if first in DASHES:
        return _dialogue_turn(text, match, nxt, since)
    if not starts_sentence or (first == "(" and _CREDIT.match(text, nxt)
                               and _DATELINE_STATE.search(text, max(0, match.start() - 12), match.start())):
        return False
    if term in ("...", "…"):
        return first_word_char.isupper() or opens
    if term != ".":
        return not (_speaker_after_quote(text, since, match, nxt) or _bang_in_name(text, match, nxt))
    if match.group("close"):
        return not _bracketed_abbreviation(text, match, nxt)
    return not (is_abbreviation(text, match.start(), nxt) or _opens_quotation_with_ellipsis(text, since, match))


# An ellipsis of three spaced dots just after a quotation's opening mark, which opens the sentence read so far or
# follows a blank ('". . .' of '". . . You are going to want a new council."', 'He said: ". . . You'): where the
# quoted words pick up, no sentence's end.
_QUOTED_SPACED_ELLIPSIS = re.compile(r"(?:^|(?<=\s))[\"“‘']\.[^\S\r\n]\.[^\S\r\n]\.\Z")


def _opens_quotation_with_ellipsis(text: str, since: int, match: re.Match[str]) -> bool:
    """Whether the stop ``match`` is the last dot of a spaced ellipsis opening a quotation in the sentence read from
    ``since`` (see ``_QUOTED_SPACED_ELLIPSIS``): the quotation goes on after it."""
    return _QUOTED_SPACED_ELLIPSIS.search(text, since, match.end("term")) is not None


# A name whose exclamation mark is its own, before a word that goes on with the name ("Yahoo! News"): no stop there.
_NAME_WITH_BANG = re.compile(r"(?<![\w'’])Yahoo\Z")
_AFTER_NAME_WITH_BANG = re.compile(r"(?:News|Finance|Sports|Japan|Inc|Mail|Answers|Politics|Music|Movies)\b")


def _bang_in_name(text: str, match: re.Match[str], nxt: int) -> bool:
    """Whether the stop ``match`` is the "!" of a name such as "Yahoo!" and the word at ``nxt`` goes on with it."""
    return (match.group("term") == "!" and not match.group("close")
            and _NAME_WITH_BANG.search(text, max(0, match.start() - 8), match.start()) is not None
            and _AFTER_NAME_WITH_BANG.match(text, nxt) is not None)


# A » or › between blanks after a stop that closes no French quotation (see :func:`_closes_french_quotation`), before
# a capital: a German quotation's opening mark set apart ("Das ist gut. » Wir gehen."), or a stray one, which opens
# the next sentence even where no « closes it in reach (one glued to its word, "»Wir", opens a sentence only where a
# « closes it: see ``_REVERSED_QUOTE``).
_GUILLEMET_OPENING = re.compile(rf"[»›][^\S\r\n]+[{UPPER}]")


def _dialogue_turn(text: str, match: re.Match[str], nxt: int, since: int) -> bool:
    """Whether the dash at ``nxt``, after the stop ``match`` of the sentence that began at ``since``, opens a new
    speaker's turn (see ``_DIALOGUE_DASH``): "had been shipped. — That is false, the minister said." Not after a
    closing mark (a pull quote's signature: '"We won." — Ana Roe'), an abbreviation or initialism ("Acme Inc. —
    Meta", "in the U.S. — The"), a dateline's state or a dateline in capitals ("FERGUSON, Mo. — The", "PARIS. —
    The"), nor where the sentence read so far opened an aside with a dash, which this one may close, or another dash
    follows before the next stop, closing an aside this one opens ("Acme Inc. — The widget maker — fell")."""
    dash = _DIALOGUE_DASH.match(text, nxt)
    dot = match.start()
    since = next_visible(text, since, dot) or since  # a dash opening the sentence ("— We paid nothing.") is no aside
    if dash is None or match.group("close") or _LOWER_CASE.search(text, since, dot) is None:
        return False
    stop = _TURN_END.search(text, dash.end())
    turn_end = stop.start() if stop else len(text)
    if (_ASIDE_DASH.search(text, since, dot) or _ASIDE_DASH.search(text, dash.end() - 1, turn_end)
            or _DATELINE_STATE.search(text, max(since, dot - 12), dot) or _signs_off(text, dash.end())):
        return False
    if match.group("term") != ".":
        return True
    return "." not in word_before(text, dot) and not is_abbreviation(text, dot, dash.end())


def _signs_off(text: str, start: int) -> bool:
    """Whether the rest of the line from ``start``, just after a dash, is a story's sign-off rather than a speaker's
    turn: its credits or thanks ("Reporting by Ana Roe in Kessel", "AP writer Ana Roe contributed.": see
    :func:`is_wire_tail`), a writer's signature with their role ("Ana Roe, staff writer"), a note on the story ("This
    story has been updated.") or a line to follow or reach the writer (see ``_SIGN_OFF_AFTER_DASH``,
    ``CONTACT_LINE``). Only a line ending within ``_SIGN_OFF_REACH`` characters is read: a sign-off is short."""
    end = text.find("\n", start, start + _SIGN_OFF_REACH + 1)
    if end < 0:
        if len(text) > start + _SIGN_OFF_REACH:
            return False
        end = len(text)
    rest = text[start:end].strip()
    if _CREDITED_AFTER_COMMA.search(rest):
        return False  # "— The story is part of a smear campaign, the minister said.": a speaker's words, credited
    return (is_wire_tail(rest) or _SIGN_OFF_AFTER_DASH.fullmatch(rest) is not None
            or CONTACT_LINE.fullmatch(rest) is not None)


# A speaker credited after a comma, up to four words before the verb (", the minister said", ", said the aide"): a
# line after a dash that holds one is someone's words, no sign-off, whatever words open it.
_CREDITED_AFTER_COMMA = re.compile(rf",[^\S\r\n]+(?:[\w'’.-]+[^\S\r\n]+){{0,4}}?{SPEECH_VERB.pattern}")


def _bracketed_abbreviation(text: str, match: re.Match[str], nxt: int) -> bool:
    """Whether the full stop ``match`` ends a title or a retired officer's mark alone in brackets (see
    ``_BRACKETED_TITLES``) that goes with the name at ``nxt``, a capitalised word that does not typically start a
    sentence: "Dr. (Mrs.) Ngozi Eze", "Gen. (Ret.) Paul Obi"; not "He left (see Fig.) The rest", "Prices rose
    (approx.) Analysts said", nor a stop after the bracket ("He left (at 5 p.m.). Then")."""
    dot = match.start()
    word = word_before(text, dot)
    following = word_at(text, nxt)
    return (match.group("close") == ")" and text[dot - len(word) - 1:dot - len(word)] == "("
            and word.lower() in _BRACKETED_TITLES and following[:1].isupper()
            and following.lower() not in SENTENCE_STARTERS)


def _speaker_after_quote(text: str, since: int, match: re.Match[str], nxt: int) -> bool:
    """Whether the stop ``match`` ends a quotation that opens its sentence and a speaker follows at ``nxt``, so
    that the sentence goes on: '"Why?" Smith asked.', "「真的吗？」他问。", and after a quotation in guillemets
    or German marks with a French or German verb of saying too (see ``_FOREIGN_SPEECH_VERB``): "« Pourquoi ? » Marc
    demande.", "„Warum?“ Greta Lindqvist fragte."."""
    if not _quote_opens_sentence(text, since, match):
        return False
    if _speaker_follows(text, nxt, _EXCHANGE_VERB) or _cjk_speaker_follows(text, nxt):
        return True
    return match.group("close").rstrip(")]}")[-1:] in _FOREIGN_CLOSERS and _speaker_follows(
        text, nxt, _FOREIGN_SPEECH_VERB)


def _cjk_speaker_follows(text: str, nxt: int) -> bool:
    """Whether the text at ``nxt`` credits a Chinese or Japanese quotation: Japanese と or って (not a word that
    starts with と, such as "とても"), or a short clause ending in a verb of saying before a stop or a comma
    ("他问", "外交部发言人说"; not "我不知道")."""
    if text.startswith(_CJK_QUOTATIVE, nxt) and not _CJK_NOT_QUOTATIVE.match(text, nxt):
        return True
    clause = _CJK_CLAUSE.match(text, nxt)
    return clause is not None and _CJK_SPEECH_VERB.search(clause.group()) is not None


def _speaker_follows(text: str, nxt: int, verbs: re.Pattern[str] = SPEECH_VERB) -> bool:
    """Whether the words at ``nxt`` name a speaker and a verb of saying (one of ``verbs``, which may be two words:
    "shot back"): one to five name words, with lower-case particles ("von der", "bin", "de la") only between them."""
    words = text[nxt:nxt + _SPEAKER_REACH].split()
    for count, word in enumerate(words[:2 * _SPEAKER_NAME_WORDS + 1]):
        if verbs.match(" ".join(words[count:count + 2])):
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
    if word in SPEAKER_TITLES or (len(word) == 2 and word[0].isupper() and word[1] == "."):
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
    """``campaigns.The`` splits, and so do a year's or a figure's ``2024.The``, ``3%.The`` and a bracket's ``(in
    Q4).The``, as text scraped from a page's paragraphs joins them; ``3.5``, ``v2.Then``, ``U.S.``, e-mails and URLs
    do not."""
    start = match.start()
    if start < 2 or nxt + 1 >= len(text):
        return False
    before = text[start - 1]
    if not ((before.islower() and text[start - 2].isalpha()) or before in ")]%"
            or (before.isdigit() and text[start - 2].isdigit())):
        return False
    if not (text[nxt].isupper() and text[nxt + 1].islower()):
        return False
    return not url_token(start, nxt)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and BLANK.match(text, start):
        start += 1
    while end > start and BLANK.match(text, end - 1):
        end -= 1
    if start < end:
        yield start, end


# Quotation marks: where quoted regions open and close. Here, below framing.spans, which reads this
# module's patterns, so that sentence splitting asks them too (a speaker's label inside quotation marks).
# A line break (LF, CRLF or a lone CR) that starts no blank line: a quotation runs on over it.
# One way only to match a CRLF: with two (CR then LF, or both), an unclosed quotation backtracked
# through every combination of them, exponentially in the number of lines.
_LINE_BREAK = rf"(?!{PARAGRAPH_BREAK.pattern})(?:\r\n|\r(?!\n)|\n)"
# Where a quotation may open a paragraph or sentence: at the start of the text or of a line, or after
# a sentence's end (and its closing mark) or a colon, and a space or two.
_SENTENCE_START = r"(?:(?<![^\r\n])|(?<=[.!?:]\s)|(?<=[.!?:]\s\s)|(?<=[.!?][\"”’')]\s))"
# Capital letters, Latin-1 ones included: a quotation opening a sentence starts with one.
_CAPITAL = "A-ZÀ-ÖØ-Þ"


def _running(closers: str) -> str:
    """A character of a quotation that ends at one of ``closers``: any other, or a line break inside
    the paragraph."""
    return rf"(?:[^{closers}\r\n]|{_LINE_BREAK})"


def _single(opener: str, closer: str) -> str:
    """A quotation in single marks. It opens before a letter, not after one nor before an elided word
    ("the '90s", "'em" open none). Inside it, a closer inside a word (don't) or before an elided word (a
    curly "’em") closes nothing, nor does one that ends a word (see :func:`_word_end`): a plural possessive,
    "rock 'n' roll" or a dropped g ("goin' nowhere"); a quotation nested in it must close before it
    does, and another opening mark ends it unclosed (an apostrophe is no quotation: "the 'burbs are dull.
    'Nothing happens,'"). Opening a paragraph or sentence before a capital, an unclosed one ends at the
    paragraph break, as each paragraph of a long quotation reopens it; opened elsewhere it must close
    within the paragraph."""
    closes = rf"{closer}(?!\w)"
    kept = rf"(?<=\w){closer}(?=\w)|(?<!\w)[{opener}{closer}](?={ELISION})"
    opens = rf"(?<!\w){opener}(?=[^\W\d])(?!{ELISION})"
    nested = rf"{opens}(?:[^{opener}{closer}\r\n]|{kept})*{closes}"
    inside = rf"(?:{_running(opener + closer)}|{kept}|{_word_end(opener, closer, kept)}|{nested})"
    return (rf"(?={opener}){_SENTENCE_START}{opens}(?=[{_CAPITAL}]){inside}*(?:{closes})?"
            rf"|{opens}{inside}*{closes}")


# How far past a possible plural possessive ("growers' margins") the closer that shows it to be one is looked
# for: a long quotation's worth, so that a paragraph of such words stays linear.
_POSSESSIVE_REACH = 600


def _word_end(opener: str, closer: str, kept: str) -> str:
    """A closer that ends a word inside a quotation, not the quotation: a plural possessive ("'The growers'
    margins are gone,' she said"), the second mark of an elided "'n'" ("rock 'n' roll") or a dropped g
    ("goin' nowhere"). A closer after s and before a word is either that or a scare quote's end ("called it
    'a mess' last week"), as one after "in" and before a lower-case word may be ("'a pain' in the neck"):
    each is a word's end only where a closer no such word can end (after a letter but s, or after
    punctuation, and not an "'n'") follows within ``_POSSESSIVE_REACH`` characters of the paragraph, before
    any opening mark and past other such closers. A scare quote is the commoner, so it wins wherever no such
    closer is left: "'a mess' last week, the growers' union said" is two marks, one quotation."""
    elided_n = rf"(?<=(?<!\w)[{opener}{closer}][nN]){closer}"
    after_s = rf"(?<=[sS]){closer}"
    ends = rf"(?:{after_s}|{elided_n}|(?<=[^\W\d_]{{2}}in){closer})"
    later = rf"(?:{_running(opener + closer)}|{kept}|{ends}(?!\w)){{0,{_POSSESSIVE_REACH}}}"
    final = rf"(?<![\ssS])(?<!(?<!\w)[{opener}{closer}][nN]){closer}(?!\w)"
    return (rf"(?:{after_s}(?=[^\S\r\n]+\w)|(?:{elided_n}|(?<=[^\W\d_]{{2}}in){closer})(?=[^\S\r\n]+[a-z]))"
            rf"(?={later}{final})")


# German copy's guillemets, turned round: »…« within the paragraph, ›…‹ on its line. Which way a pair runs is
# read from the marks: » (or ›) opens only where no letter or digit stands before it and a word, a digit or another
# opening mark follows it, and only where a « (or ‹) closes it after no blank and before no letter or digit; so the
# closing » of French copy ("« Non. » Le ministre", "«Non» et «oui»") opens nothing.
_REVERSED_DOUBLE = rf"(?<!\w)»(?=[^\s«»]){_running('«»')}*(?<!\s)«(?!\w)"
_REVERSED_SINGLE = r"(?<!\w)›(?=[^\s‹›])[^‹›\r\n]*(?<!\s)‹(?!\w)"
_REVERSED_QUOTE = re.compile(f"{_REVERSED_DOUBLE}|{_REVERSED_SINGLE}")
_REVERSED_SINGLE_QUOTE = re.compile(_REVERSED_SINGLE)

# Quotation marks: “…”, „…“ / „…”, «…» and "…" (opening where a quote can open:
# not after a digit or letter, so 12" is an inch mark) end at the paragraph break when unclosed; ‹…› closes on
# its line; German »…« and ›…‹ as ``_REVERSED_QUOTE`` says; ‘…’ and '…' as :func:`_single` says.
_QUOTE_PAIRS = re.compile(
    rf"“{_running('”')}*”?"
    rf"|„{_running('“”')}*[“”]?"
    rf"|«{_running('»')}*»?|‹[^›\r\n]*›"
    rf"|{_REVERSED_DOUBLE}|{_REVERSED_SINGLE}"
    rf"|{_single('‘', '’')}"
    rf"|(?<!\w)\"(?=\S){_running(chr(34))}*\"?"
    rf"|{_single(chr(39), chr(39))}"
)


# A line's text, between line breaks (LF or CR): ‹…› closes on its line.
_LINE_TEXT = re.compile(r"[^\r\n]+")
# What stands in for a ‹ that cannot close (see :func:`_hide_unclosed_angles`).
_NO_MARK = "\0"


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges of ``text`` inside quotation marks, the marks included: curly, low-high („…“),
    straight, single and guillemets (see ``_QUOTE_PAIRS`` for where an unclosed one ends), a quotation in doubled
    apostrophes ("''...,'' she said", as some archives type double marks) with both of each (see
    :func:`_doubled_apostrophes`)."""
    return [_doubled_apostrophes(text, *m.span()) for m in _QUOTE_PAIRS.finditer(_hide_unclosed_angles(text))]


def _doubled_apostrophes(text: str, start: int, end: int) -> tuple[int, int]:
    """The quotation ``text[start:end]`` in single marks taken out to the apostrophe before each of its marks where it
    is typed in doubled apostrophes ("''She will win,''"), read as one in double marks; any other as it is."""
    if (start > 0 and text[start - 1:start + 1] == "''" and end - start > 2 and text[end - 1:end + 1] == "''"
            and (start < 2 or not text[start - 2].isalnum())):
        return start - 1, end + 1
    return start, end


def _hide_unclosed_angles(text: str) -> str:
    """``text`` with every ‹ that has no › after it on its line replaced by a mark no quotation rule reads, but the
    one that closes a German ›…‹ opened by the line's last ›.

    Such a ‹ opens nothing (‹…› closes on its line), but the pattern would scan to the line's end from
    each one, so a line of them took time quadratic in its length; the one kept is scanned once. The
    stand-in, like ‹, is neither a letter, a digit, a space nor a quotation mark to any other rule, and
    offsets are unchanged.
    """
    if "‹" not in text:
        return text

    def hide(line: re.Match) -> str:
        words = line.group()
        closed = words.rfind("›") + 1
        reversed_pair = _REVERSED_SINGLE_QUOTE.match(words, closed - 1) if closed else None
        closed = reversed_pair.end() if reversed_pair else closed  # German "›nein‹" keeps the ‹ that closes it
        return words[:closed] + words[closed:].replace("‹", _NO_MARK)

    return _LINE_TEXT.sub(hide, text)
