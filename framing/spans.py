"""Turn per-token span tags into character spans, and keep the writer's voice apart.

Tags come from the engine as O/B/I ids per token and span type. A span
runs from a B (or a stray I) over the following I tokens; its character
range is the first token's start to the last token's end, shifted to
document offsets. ``loaded`` spans inside quotation marks, or inside a
``content`` span of a sentence credited to a source, belong to the source,
so they are dropped: only the writer's own loaded wording is reported.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import numpy as np

from .document import Span
from .furniture import ENTRY_STAMP as _ENTRY_STAMP
from .segment import ABBREVIATIONS, quoted_regions
from .source_words import FACT_CHECK_LABEL
from .textchars import APOSTROPHES, is_combining_mark, is_invisible, is_space_or_invisible, is_word_char
from .textlines import PARAGRAPH_BREAK

__all__ = ["decode_spans", "quoted_regions", "quotations", "quotes_within", "writer_voice_only"]

# Trimmed from a span's edges, with whitespace and invisible format characters (see :func:`_trimmable`).
_EDGE_PUNCT = ",;:.!?\"'“”‘’„‚«»‹›…—–()[]"
_ZWJ = "\u200d"
# Words that never make a span on their own: function words, and verb particles ("carrying out")
# whose verb the head left out.
_STOPWORDS = frozenset("""the a an and or of to in on at by for with as is was it its that this
    out up off down over away back about into so no not without across from than then just also""".split())
# ...except where a lone word is a piece of a longer span: the "as" of a cue "described ... as".
_LONE_PIECES = {"cue": frozenset({"as"})}
# Words that never make a cue on their own: no verb of saying or showing, but the noun or plea the head tagged
# beside one ("news" of "said at a news conference", "guilty" of "pleaded not guilty").
_NOT_CUES = frozenset({"news", "guilty"})
# The word before a trailing period: it stays when it is an initialism ("U.S.") or an abbreviation.
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
# A loaded span never ends on these ("a disgraceful affront to" is "a disgraceful affront"), nor starts
# on one but an article, which belongs to the phrase.
_EDGE_WORDS = frozenset("the a an and or of to in on at by for with as".split())
# ...nor on these prepositions and conjunctions, which open what the span left out ("a disgraceful silence
# from"); a verb's particle ("lashed out") stays, "about" too after a verb (:data:`_VERB_BEFORE_ABOUT`), and a span
# may start on them ("without evidence").
_TRAILING_WORDS = frozenset("from into onto about towards toward upon than that across without beside".split())
# A word before a span's last "about" that makes it a verb's particle ("brought about", "came about", "banging on
# about"): "on", or "bring" or "come" in any form; after another verb it opens what the span left out ("lied about",
# "worried about").
_VERB_BEFORE_ABOUT = re.compile(r"on|brought|bring|brings|bringing|came|come|comes|coming", re.I)
_ARTICLES = frozenset({"the", "a", "an"})
# Capitalised words after a source's "of"/"for", each after at most two of "of", "for", "and" or "the"
# ("Defence of Valdoria", "the Interior"): no more than a name holds, so a list of names stays out.
_NAME_WORDS = 6
_NAME_AFTER = re.compile(rf"(?:\s+(?:(?:of|for|and|the)\s+){{0,2}}[A-Z][\w'’&-]*){{1,{_NAME_WORDS}}}")
# Marks that come in pairs: a span holding one of a pair takes in the other where it sits just outside
# ("was “a fabrication" + "”"). Curly single quotes are left out: ’ is also the apostrophe.
# The most words of a single-quoted quotation before a span starting inside it and holding its closing mark
# for the span to take in its opening mark ("disgrace' and 'a farce" of "'a disgrace' and 'a farce'"); one that
# starts deeper is cut to start after the closing mark (:func:`_past_quotation`).
_QUOTE_LEAD_WORDS = 2
_PAIRS = (("“", "”"), ("(", ")"), ("[", "]"), ("«", "»"))
# The labels whose content is the writer's own even where the head marks some ("Many believe [the brazen
# scheme is a swindle]": a weasel source is the writer's voice, see LABELS.md). Under any other label,
# custom ones included, content is taken to be a source's, so loaded words inside it are not reported.
_WRITER_LABELS = frozenset({"editorial_opinion", "reported_fact"})
# Single quotation marks, which may also be apostrophes: a span takes in one of a pair only where
# :func:`quoted_regions` reads the two as a quotation ("the closure 'a shameful betrayal'").
_SINGLE_OPENERS = "'‘"
_SINGLE_CLOSERS = "'’"
#: Marks that close a quotation (German copy's « and ‹ too: "»Nein«", "›nein‹").
QUOTE_CLOSERS = "”“»›’\"'«‹"


def decode_spans(
    tags: np.ndarray,
    offsets: np.ndarray,
    span_types: tuple[str, ...],
    text: str,
    shift: int,
) -> list[Span]:
    """Spans of ``text`` (a sentence at document offset ``shift``) from ``(tokens, types)`` tags."""
    if tags is None:
        return []
    pieces = [_make_span(span_types[t], offsets, first, last) for t, first, last in _runs(np.asarray(tags))]
    if not pieces:
        return []
    kept = sorted(_tidy(pieces, text), key=lambda p: (p[1], p[2], p[0]))
    return [Span(name, lo + shift, hi + shift, text[lo:hi]) for name, lo, hi in kept]


def _runs(tags: np.ndarray) -> list[tuple[int, int, int]]:
    """``(type, first token, last token)`` of every run, type by type and in token order: a run starts at a
    B (1), or at an I (2) with nothing open before it, and takes in the I tokens straight after it.

    One NumPy call finds the tagged tokens (a sentence has few); the runs are read off them in Python.
    """
    if tags.size == 0:
        return []
    types, tokens = np.nonzero(tags.T)
    runs: list[tuple[int, int, int]] = []
    open_type, open_first, previous = -1, -1, -2
    for t, k, tag in zip(types.tolist(), tokens.tolist(), tags[tokens, types].tolist()):
        if not (tag == 2 and t == open_type and k == previous + 1):
            if open_type >= 0:
                runs.append((open_type, open_first, previous))
            open_type, open_first = t, k
        previous = k
    if open_type >= 0:
        runs.append((open_type, open_first, previous))
    return runs


#: A span while it is tidied: ``(type, start, end)``, character offsets into its sentence.
_Piece = tuple[str, int, int]


def _tidy(spans: list[_Piece], text: str) -> list[_Piece]:
    """Widen to whole words; join same-type pieces split only by spaces; start sources and content after a
    liveblog time stamp opening the sentence, and sources after a spaced hyphen; trim edge punctuation,
    whitespace and invisible characters; drop empty spans, spans that are a lone function word or particle
    (but keep the "as" of a two-piece cue such as "described ... as"), loaded spans of such words alone ("it
    out"), cues that are a lone ``_NOT_CUES`` word ("news" of "news conference"), sources that lie inside a cue, and
    a source on a fact-check's label opening the sentence alone ("CLAIM" of "CLAIM: The Marsh campaign said ...": see
    ``FACT_CHECK_LABEL``), which names no one."""
    spans = [_whole_words(span, text) for span in spans]
    merged: list[_Piece] = []
    for span in sorted(spans, key=lambda s: (s[0], s[1])):
        last = merged[-1] if merged else None
        if last is not None and last[0] == span[0] and not text[last[2]:span[1]].strip():
            merged[-1] = (span[0], last[1], max(last[2], span[2]))
        else:
            merged.append(span)
    out = []
    # content never overlaps the source or the cue that credit it
    credit = [(lo, hi) for name, lo, hi in merged if name in ("source", "cue")]
    pieces = [(name, a, b) for name, lo, hi in merged
              for a, b in (_outside(lo, hi, credit) if name == "content" else [(lo, hi)])]
    stamp = _ENTRY_STAMP.match(text)
    fact_check = FACT_CHECK_LABEL.match(text)
    singles = _single_quotations(text) if any(mark in text for mark in _SINGLE_OPENERS) else []
    for name, lo, hi in pieces:
        if stamp and name in ("source", "content"):  # "ET - Fire Chief Ruiz" is "Fire Chief Ruiz"
            lo = min(max(lo, stamp.end()), hi)
        lo, hi = _past_quotation(text, *_trim(text, lo, hi), singles)
        if name == "loaded":
            lo, hi = _strip_edge_words(text, lo, hi)
        elif name == "source":
            lo, hi = _whole_name(text, *_after_dash(text, lo, hi))
            if fact_check and hi <= fact_check.end():
                continue  # "CLAIM" of "CLAIM: ...": the page's label
        lo, hi = _single_quoted(text, *_balanced(text, lo, hi), singles)
        piece = text[lo:hi]
        word = piece.lower()
        lone = word in _STOPWORDS and word not in _LONE_PIECES.get(name, ())
        # "it out" of "carry it out": a loaded span of function words and particles alone, as a lone one
        lone = lone or (name == "loaded" and all(w in _STOPWORDS for w in word.split()))
        if lone or (name == "cue" and word in _NOT_CUES) or not any(ch.isalnum() for ch in piece):
            continue
        out.append((name, lo, hi))
    return _without_cue_sources(out)


def _without_cue_sources(spans: list[_Piece]) -> list[_Piece]:
    """``spans`` less every source that lies inside a cue (or is one): a word tagged both, such as a
    fact-check's "CLAIM:", does the attributing and names no one."""
    cues = [(lo, hi) for name, lo, hi in spans if name == "cue"]
    return [s for s in spans if s[0] != "source" or not any(lo <= s[1] and s[2] <= hi for lo, hi in cues)]


def _outside(lo: int, hi: int, others: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of content ``[lo, hi)`` outside every source and cue: content never runs into its
    source ('"... nobody listened," the union' beside "the union's chairwoman"), and a source and cue
    inside it ('"We will fight," Smith said, "until the end') leave the content on both sides."""
    parts = [(lo, hi)]
    for start, end in others:
        parts = [piece for a, b in parts
                 for piece in (((a, min(b, start)), (max(a, end), b)) if start < b and end > a else ((a, b),))
                 if piece[0] < piece[1]]
    return parts


def _balanced(text: str, lo: int, hi: int) -> tuple[int, int]:
    """``[lo, hi)`` widened by the closing mark of a pair it opens (after at most two of ``.,!?``) or the
    opening mark of a pair it closes, when that mark sits just outside; an odd straight quote likewise."""
    piece = text[lo:hi]
    for opener, closer in _PAIRS + (('"', '"'),):
        # marks opened and not closed inside; for the straight quote, whether its count is odd
        opened = piece.count(opener) - piece.count(closer) if opener != closer else piece.count('"') % 2
        if opened > 0:
            after = hi
            while after < len(text) and after - hi < 2 and text[after] in ".,!?":
                after += 1
            if after < len(text) and text[after] == closer:
                hi = after + 1
                while hi < len(text) and _attached(text, hi):  # and any mark on the closing mark
                    hi += 1
                piece = text[lo:hi]
                continue
        if (opened < 0 or (opener == closer and opened)) and lo > 0 and text[lo - 1] == opener:
            lo -= 1
            piece = text[lo:hi]
    return lo, hi


def _single_quotations(text: str) -> list[tuple[int, int]]:
    """The quotations of ``text`` in single marks, as :func:`quoted_regions` tells them from apostrophes, each
    with its marks doubled where they are typed so ("''unfair''", for double quotes)."""
    found = []
    for start, end in quoted_regions(text):
        if end - start > 1 and text[start] in _SINGLE_OPENERS and text[end - 1] in _SINGLE_CLOSERS:
            if 0 < start and end < len(text) and text[start - 1] == text[start] and text[end] == text[end - 1]:
                start, end = start - 1, end + 1
            found.append((start, end))
    return found


def _single_quoted(text: str, lo: int, hi: int, quotes: list[tuple[int, int]]) -> tuple[int, int]:
    """``[lo, hi)`` widened by the closing marks of a single-quoted quotation (one of ``quotes``, see
    :func:`_single_quotations`) that it opens, when they sit just outside (after at most two of ``.,!?``), or
    by the opening marks of one it closes, starting within its first words (:data:`_QUOTE_LEAD_WORDS`:
    "disgrace' and 'a farce" of "'a disgrace' and 'a farce'" takes in "'a "): both in or both out, as
    :func:`_balanced` does for double quotes."""
    for start, end in quotes:
        between = text[hi:end].rstrip(_SINGLE_CLOSERS)
        if lo <= start < hi < end and len(between) <= 2 and all(ch in ".,!?" for ch in between):
            hi = end
        elif start < lo < end <= hi and _within_lead(text, start, lo):
            lo = start
    return lo, hi


def _past_quotation(text: str, lo: int, hi: int, quotes: list[tuple[int, int]]) -> tuple[int, int]:
    """A span ``[lo, hi)`` that starts deep inside a single-quoted quotation (one of ``quotes``) and runs
    past its closing marks, cut to start after them ("country' and then left" of "'... damage to this
    country' and then left" is "and then left", a loaded one "then left"), not widened to the whole quotation (see
    :func:`_single_quoted`)."""
    for start, end in quotes:
        if start < lo < end and text[end:hi].strip() and not _within_lead(text, start, lo):
            return _trim(text, end, hi)
    return lo, hi


def _within_lead(text: str, start: int, lo: int) -> bool:
    """Whether ``lo`` lies within the first words of the quotation opening at ``start``: at most
    :data:`_QUOTE_LEAD_WORDS` words of it before ``lo``."""
    return len(text[start:lo].split()) <= _QUOTE_LEAD_WORDS


def _make_span(name: str, offsets: np.ndarray, first: int, last: int) -> _Piece:
    """The characters of tokens ``first`` to ``last`` (their offsets into the sentence)."""
    return name, int(offsets[first][0]), int(offsets[last][1])


def _keeps_period(text: str, lo: int, hi: int) -> bool:
    """Whether the period ending ``text[lo:hi]`` belongs to its last word ("U.S.", "Acme Corp.")."""
    found = _LAST_WORD.search(text, lo, hi)
    return found is not None and ("." in found.group(1) or found.group(1).lower() in ABBREVIATIONS)


def _strip_edge_words(text: str, lo: int, hi: int) -> tuple[int, int]:
    """``[lo, hi)`` without function words at its end (:data:`_EDGE_WORDS`, :data:`_TRAILING_WORDS` but a verb's
    "about"), or at its start (:data:`_EDGE_WORDS`) unless an article."""
    while True:
        words = list(re.finditer(r"\S+", text[lo:hi]))
        if len(words) < 2:
            return lo, hi
        first, last = words[0], words[-1]
        if first.group().lower() in _EDGE_WORDS and first.group().lower() not in _ARTICLES:
            lo, hi = _trim(text, lo + words[1].start(), hi)
        elif last.group().lower() in _EDGE_WORDS or (last.group().lower() in _TRAILING_WORDS and not (
                last.group().lower() == "about" and _VERB_BEFORE_ABOUT.fullmatch(words[-2].group()))):
            lo, hi = _trim(text, lo, lo + words[-2].end())
        else:
            return lo, hi


def _after_dash(text: str, lo: int, hi: int) -> tuple[int, int]:
    """A source ``[lo, hi)`` without a spaced hyphen opening it, the dash of a liveblog stamp or dateline
    ("- Uganda's health ministry"); a hyphen inside a word stays (edge punctuation keeps ASCII "-" for that)."""
    if hi - lo > 2 and text[lo] == "-" and is_space_or_invisible(text[lo + 1]):
        return _trim(text, lo + 1, hi)
    return lo, hi


def _whole_name(text: str, lo: int, hi: int) -> tuple[int, int]:
    """A source ``[lo, hi)`` cut after "of" or "for" takes in the capitalised name that follows ("The
    Ministry of" + "Defence of Valdoria"), up to ``_NAME_WORDS`` capitalised words; one ending on another
    function word ("Officials in") ends before it."""
    while True:
        words = list(re.finditer(r"\S+", text[lo:hi]))
        if len(words) < 2 or words[-1].group().lower() not in _EDGE_WORDS:
            return lo, hi
        if words[-1].group().lower() in ("of", "for"):
            rest = _NAME_AFTER.match(text, hi)
            if rest:
                return lo, rest.end()
        lo, hi = _trim(text, lo, lo + words[-2].end())


def _trim(text: str, lo: int, hi: int) -> tuple[int, int]:
    """``[lo, hi)`` without edge punctuation, whitespace or invisible format characters at either end (a
    period stays where its word is an abbreviation, "U.S."), nor a combining mark left at its start; a
    character at the end goes or stays with the marks that follow it ("❤" and its emoji selector)."""
    while lo < hi and (_trimmable(text[lo]) or _attaches(text[lo])):
        lo += 1
    while hi > lo:
        base = _cluster_start(text, lo, hi)
        if not _trimmable(text[base]) or (text[base] == "." and base == hi - 1 and _keeps_period(text, lo, hi)):
            break
        hi = base
    return lo, hi


def _trimmable(ch: str) -> bool:
    """Whether ``ch`` is trimmed from a span's edge: edge punctuation, whitespace (a no-break space too) or
    an invisible format character (a zero-width space, a byte order mark)."""
    return ch in _EDGE_PUNCT or is_space_or_invisible(ch)


def _cluster_start(text: str, lo: int, hi: int) -> int:
    """Where the last character of ``text[lo:hi]`` starts, taking in the marks and joined emoji after it."""
    k = hi - 1
    while k > lo and _attached(text, k):
        k -= 1
    return k


def _attached(text: str, k: int) -> bool:
    """Whether ``text[k]`` goes with the character before it: a combining mark, variation selector, emoji
    modifier or tag, or either side of a zero-width joiner between two visible characters (an emoji
    sequence such as a family)."""
    return _attaches(text[k]) or _joins(text, k) or _joins(text, k - 1)


def _attaches(ch: str) -> bool:
    """Whether ``ch`` never stands alone: a combining mark or variation selector (category M), an emoji
    skin tone or a tag character (of a flag's tag sequence)."""
    return is_combining_mark(ch) or 0x1F3FB <= ord(ch) <= 0x1F3FF or 0xE0020 <= ord(ch) <= 0xE007F


def _joins(text: str, k: int) -> bool:
    """Whether ``text[k]`` is a zero-width joiner between two visible characters (neither whitespace nor
    another invisible format character)."""
    return (0 < k < len(text) - 1 and text[k] == _ZWJ
            and not is_space_or_invisible(text[k - 1]) and not is_space_or_invisible(text[k + 1]))


def _word_char(text: str, k: int) -> bool:
    """Whether ``text[k]`` belongs to a word: a letter, digit or combining mark ("René" written as "Rene" and
    an accent), or a hyphen, apostrophe or invisible format character (a soft hyphen, a zero-width space or
    joiner, a byte order mark) between two ("so-called", "city's"; a word pasted with a zero-width space
    inside it)."""
    ch = text[k]
    joiner = ch == "-" or ch in APOSTROPHES or is_invisible(ch)
    return is_word_char(ch) or (
        joiner and 0 < k < len(text) - 1 and is_word_char(text[k - 1]) and is_word_char(text[k + 1]))


def _whole_words(span: _Piece, text: str) -> _Piece:
    """A span that starts or ends inside a word (hyphenated words, apostrophes and invisible joiners
    included, and a word broken across a line end by a hyphen: "com-" of "com-" and "pany" on the next line, in
    lower case), or between a character and its marks or inside an emoji sequence, is widened to their
    edges; one that starts on a possessive "'s" ("s most vulnerable" of "the city's most vulnerable")
    starts after it instead, as the owner it belongs to is outside the span."""
    name, lo, hi = span
    clitic_end = _possessive_end(text, lo)
    if clitic_end is not None:
        lo, hi = clitic_end, max(hi, clitic_end)
    while 0 < lo < len(text) and _cuts(text, lo):
        lo -= 1
    while 0 < hi < len(text) and _cuts(text, hi):
        hi += 1
    broken = _LINE_END_BREAK.match(text, hi) if 1 < hi < len(text) and text[hi - 1] == "-" else None
    if broken is not None and _word_char(text, hi - 2) and text[broken.end()].islower():
        hi = broken.end()
        while hi < len(text) and _word_char(text, hi):
            hi += 1
    return name, lo, hi


# A line break after a hyphen ending a line, the blanks around it: where a word broken across a line end ("com-" /
# "pany", as a PDF's text or OCR of a page gives it) goes on.
_LINE_END_BREAK = re.compile(r"[^\S\r\n]*(?:\r\n|\r|\n)[^\S\r\n]*")


def _cuts(text: str, k: int) -> bool:
    """Whether a span edge before ``text[k]`` would cut a word, or a character from what goes with it."""
    return (_word_char(text, k - 1) and _word_char(text, k)) or _attached(text, k)


def _possessive_end(text: str, lo: int) -> int | None:
    """Where the word ends when ``lo`` falls on or just after the apostrophe of an "'s" ending it ("city's"),
    else ``None``."""
    mark = lo if lo < len(text) and text[lo] in APOSTROPHES else lo - 1
    if mark < 1 or text[mark] not in APOSTROPHES or not _word_char(text, mark):
        return None
    end = mark + 1
    while end < len(text) and _word_char(text, end):
        end += 1
    return end if text[mark + 1:end].lower() == "s" else None


def quotations(text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quoted ``regions`` of ``text`` (sorted, as :func:`quoted_regions` gives them) that are quotations: those
    that close, and those left open at a paragraph's end where the next paragraph opens with a quoted region (news
    style: each paragraph of a long quotation reopens it and only the last closes it). A mark left open otherwise
    ('said the closures were "regrettable. It is a shameful decision.' and no quotation after the paragraph) opens
    none: the words after it are the writer's, for loaded wording (see :func:`writer_voice_only`) and for the
    profile's unsourced opinion alike."""
    counted = []
    for k, (start, end) in enumerate(regions):
        closes = end - start > 1 and text[end - 1] in QUOTE_CLOSERS
        after = regions[k + 1][0] if k + 1 < len(regions) else None
        if closes or (after is not None and not text[end:after].strip() and PARAGRAPH_BREAK.search(text, end, after)):
            counted.append((start, end))
    return counted


def quotes_within(quotes: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The quoted regions (sorted, as :func:`quoted_regions` gives them) that overlap ``[start, end)``."""
    k = bisect_right(quotes, (start, start))
    if k and quotes[k - 1][1] > start:
        k -= 1
    out = []
    while k < len(quotes) and quotes[k][0] < end:
        out.append(quotes[k])
        k += 1
    return out


def writer_voice_only(spans: list[Span], quotes: list[tuple[int, int]], label: str | None = None, *,
                      spoken: bool = False) -> list[Span]:
    """Drop ``loaded`` spans that touch a quotation or sit inside a source's content span, or all of them
    when the sentence is ``spoken``: in a speaker's turn of a transcript (see
    :func:`framing.turns.speaker_turns`), whose words are the speaker's, not the writer's.

    Quotation marks are exact evidence, so any overlap with a quote counts
    (``a “brazen, disgraceful” regime`` is the source's wording); content
    spans are the model's estimate, so only a loaded span wholly inside one
    is dropped, and only where the sentence's ``label`` credits a source: an
    ``editorial_opinion`` or ``reported_fact`` sentence is the writer's, its
    content too ("Many believe the shameful scheme...": weasel attribution).
    Any other label, a custom one or ``None``, keeps the content rule.
    """
    if spoken:
        return [s for s in spans if s.type != "loaded"]
    contents = [] if label in _WRITER_LABELS else [(s.start, s.end) for s in spans if s.type == "content"]

    def voiced_by_source(span: Span) -> bool:
        return (any(lo < span.end and span.start < hi for lo, hi in quotes)
                or any(lo <= span.start and span.end <= hi for lo, hi in contents))

    return [s for s in spans if s.type != "loaded" or not voiced_by_source(s)]
