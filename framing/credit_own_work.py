"""The writer's own work: a piece, outlet, agency, staff or dateline of the document's own, corrections and
fact-check verdicts, the writer's own voice; what is credited to no source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .credit_clauses import TEXTS_KEPT
from .credit_quotes import PERSONAL, persons_label, in_quotation
from .credit_spans import maker_after_access
from .document import Sentence, Span
from .furniture import PULL_QUOTE_SIGNATURE, linked_headline, stamp_length
from .segment import dateline_length
from .source_index import SourceIndex
from .source_keys import last_words_start
from .source_places import dateline_country, dateline_town
from .source_words import ACCESS_MEANS_AFTER, DOCUMENTS, EDGE, FACT_CHECK_LABEL, LINK_LABEL, MADE, OWN_WORK
from .spans import quotes_within
from .textchars import case_blind
from .turns import opening_label_length

#: The object forms of those, as whom an outlet quotes ("quoted him as saying": see :func:`quoted_as_saying`).
_PERSONAL_OBJECTS = {"him": "he", "her": "she"}

#: Double quotation marks, which no apostrophe is.
_DOUBLE_QUOTES = frozenset('"“”„«»')

#: A sentence opening in the writer's own person, after a conjunction or an opener before a comma or not: "I" or
#: "we" as its subject ("I counted", "We've heard", "But we said", "As the city's envoy, I feel", "For my part, I
#: doubt"), "my" or "our" before a lower-case word ("Our readers know"; not "Our Lady").
FIRST_PERSON = re.compile(r"(?:(?:But|And|Yet|So|Still|Now)\s+)?"
                           r"(?:(?:(?:[Aa]s|[Ss]peaking\s+as)\s+[^\s,.;:!?\"“”][^,.;:!?\"“”\n]{0,60}?"
                           r"|[Ff]or\s+(?:my|our)\s+part),\s+)?"
                           r"(?:(?:I|[Ww]e)(?:['’](?:m|ve|d|ll|re))?\s|(?:[Mm]y|[Oo]ur)\s+[a-z])")
#: The writer's own work opening a sentence ("Our analysis shows", "But my review found"; see
#: :data:`framing.source_words.OWN_WORK`).
_OWN_WORK_OPENING = re.compile(rf"(?:(?:But|And|Yet|So|Still|Now)\s+)?(?:{OWN_WORK.pattern})", re.I)

#: A label opening a sentence that gives what follows as the outlet's own staff's or the writer's own work ("Analysis
#: by our Beijing correspondent: ...", "Our correspondent's analysis: ..."; see :data:`framing.source_words.OWN_WORK`).
_OWN_WORK_LABEL = re.compile(rf"(?:(?-i:[A-Z])[\w'’-]*,?\s+by\s+)?(?:{OWN_WORK.pattern})(?:['’]s\s+[\w-]+)?\s*:",
                             re.I)
#: "Our" or "my" and a word perhaps just before a span that leaves them out ("our [correspondent]", "our Moscow
#: [reporter]"), read over the last ``_OWN_STAFF_BEFORE`` characters before it.
OWN_BEFORE = re.compile(r"(?<![\w'’-])(?:our|my)\s+(?:[\w'’-]+\s+)?\Z", re.I)
_OWN_STAFF_BEFORE = 40

#: The paper's own unnamed sourcing opening a sentence (weasel wording, see LABELS.md): "It is understood that",
#: "It is widely believed Pellmark ...", "It is thought he ...", "It has been reported that", "It emerged on Friday
#: that", "It is understood the fee ..."; the participle before "that", a name, a subject pronoun or an article or
#: possessive opening a clause only, so not a thing's "it": "It is believed to
#: be ...", "It is known for ...", "It was thought lost ...", "It was reported stolen", "It is known locally as".
#: So too news, word, reports or rumours that came out, of no one's ("News has since emerged that", "Word came on
#: Tuesday that", "Reports surfaced that", "Word has it that"), and the publication's own finding, itself unnamed
#: ("This paper has learned that", "This newspaper can reveal", "Our website understands"; see ``_OUTLET_LEARNED``).
_OUTLET_LEARNED = (r"(?:[Tt]his|[Oo]ur)\s+(?:(?:news)?paper|magazine|website|publication|newsroom|programme|program)\s+"
                   r"(?:(?:has|had)\s+(?:(?:now|also)\s+)?(?:learned|learnt|established|confirmed)|"
                   r"can\s+(?:now\s+)?(?:reveal|disclose|confirm)|understands|understood)\b")
_PAPER_OWN_SOURCING = re.compile(
    r"\W*(?:(?:But|And|Yet|Now|However),?\s+)?(?:[Ii]t\s+(?:(?:is|was|has\s+been|had\s+been)\s+(?:(?:widely|"
    r"generally|now|also|further|increasingly|strongly)\s+)?(?:understood|believed|thought|known|reported|rumou?red|"
    r"felt|said|learned|learnt)\s+(?:that|he|she|they|the|a|an|this|these|its|his|her|their|[A-Z][\w'’-]*)\b|"
    r"(?:has\s+)?(?:emerged|transpired)\s+(?:[^,.;:\"“”]{0,40}?\s)?that\b)"
    r"|(?:[Nn]ews|[Ww]ord|[Rr]eports|[Rr]umou?rs)\s+(?:(?:has|have|had)\s+)?(?:(?:since|now|also|then|later|quickly|"
    r"soon)\s+)?(?:emerged|surfaced|came|come|broke|broken|spread|circulated|leaked)\s+"
    r"(?:[^,.;:\"“”]{0,40}?\s)?that\b|[Ww]ord\s+has\s+it\s+that\b"
    rf"|{_OUTLET_LEARNED})")


#: The words of a fact-check's label that open its verdict ("Verdict:", "Our ruling:", "RATING:"; see
#: ``FACT_CHECK_LABEL``): the checker's own finding, where "Claim:" opens the claim it checks.
_VERDICT_LABELS = frozenset({"verdict", "rating", "ruling"})
#: Such a label alone, no colon after it, heading the checker's verdict below it ("Our ruling", "The verdict").
_VERDICT_HEADING = re.compile(r"\s*(?:(?:[Oo]ur|[Tt]he)\s+)?(?:[Vv]erdict|[Rr]ating|[Rr]uling)[\s.]*")
#: The checker's rating in the first person opening the sentence ("We rate this claim False.", "So we rated it
#: Mostly False.").
_WE_RATE = re.compile(r"\s*(?:(?:So|Therefore|Overall|Thus|And),?\s+)?[Ww]e\s+(?:rate|rated)\s+"
                      r"(?:this|that|the|it|these|those|his|her|their|its)\b")


def fact_check_verdict(sentence: Sentence) -> bool:
    """Whether ``sentence`` opens with a fact-check's verdict label ("Verdict: False.", "Our ruling: ..."; see
    ``_VERDICT_LABELS``), is such a label alone heading the verdict ("Our ruling") or gives the checker's rating
    ("We rate this claim False."): the checker's own words, which end the account of the source checked before
    them."""
    label = FACT_CHECK_LABEL.match(sentence.text)
    if label is not None:
        return label.group().rstrip(": \t").split()[-1].lower() in _VERDICT_LABELS
    return bool(_VERDICT_HEADING.fullmatch(sentence.text) or _WE_RATE.match(sentence.text))


def own_piece(span: Span, sentence: Sentence, corrected: bool = False) -> bool:
    """Whether the source ``span`` of ``sentence`` is the publication's own piece, whose writer is no source (see
    :func:`_piece_at`, for ``corrected``), or a word of the words naming it ("version" of "An earlier version of this
    story", where the model marked "version" and "this story" apart)."""
    lead = len(span.text) - len(span.text.lstrip(EDGE))
    at = span.start - sentence.start + lead
    end = at + len(span.text.strip(EDGE))
    return _piece_at(sentence, at, corrected) == end or (_may_name_piece(sentence.text) and any(
        found.start() <= at and end <= found.end() and _piece_at(sentence, found.start()) == found.end()
        for found in _OWN_PIECE.finditer(sentence.text, max(0, at - _OWN_PIECE_REACH), end + _OWN_PIECE_REACH)))


def own_publication(span: Span) -> bool:
    """Whether the source ``span`` is the publication itself, unnamed, after "this" ("this newspaper" of "Over the
    past month this newspaper has reported that ...", "by this site" of a span the model stopped after "by", a
    preposition after it perhaps: "by this newspaper under" of "... obtained by this newspaper under freedom of
    information rules"; see ``_OWN_PUBLICATION``): the writer's own reporting, no source."""
    return _OWN_PUBLICATION.fullmatch(span.text.strip(EDGE)) is not None


def own_staff(span: Span, sentence: Sentence) -> bool:
    """Whether the source ``span`` of ``sentence`` is the outlet's own staff with "our" or "my" left out of it
    before ("correspondent" of "our correspondent reports", see :data:`framing.source_words.OWN_WORK`): no source."""
    head = sentence.text[max(0, span.start - sentence.start - _OWN_STAFF_BEFORE):span.start - sentence.start]
    before = OWN_BEFORE.search(head)
    return before is not None and OWN_WORK.match(head[before.start():] + span.text.strip(EDGE)) is not None


def _own_outlet(span: Span, sentence: Sentence, wire: str | None = None, known: SourceIndex | None = None) -> bool:
    """Whether the source ``span`` of ``sentence`` ends with the publication itself, unnamed, as the one that had the
    material ("emails reviewed by the magazine", "the magazine" of "Bill seen by the magazine", "documents obtained by
    this newspaper"; see ``_OWN_OUTLET_ACCESS``), also past a span that stops at its participle ("obtained" of
    "emails obtained by the newspaper", see :func:`maker_after_access`), or the news agency writing it (``wire``,
    see :func:`_own_agency`: "seen by this agency"): the writer's own reporting, no source. A named outlet is one
    ("emails obtained by the Guardian"), but for the wire the dateline names ("seen by Reuters" under "(Reuters)");
    ``known`` as for :func:`_own_agency`."""
    end = span.end - sentence.start
    end += maker_after_access(span, sentence.text[end:])
    means = ACCESS_MEANS_AFTER.search(sentence.text, max(0, end - _MEANS_REACH), end)
    end = means.start() if means is not None else end
    noun_end = end  # the text before the span is read in full only after the noun that ends such words
    while noun_end and (sentence.text[noun_end - 1] in _OWN_OUTLET_STOPS or sentence.text[noun_end - 1].isspace()):
        noun_end -= 1
    return (sentence.text.endswith(_OWN_OUTLET_NOUNS, 0, noun_end)  # four words: "shared with the magazine"
            and _OWN_OUTLET_ACCESS.search(sentence.text, last_words_start(sentence.text, noun_end, 4), end) is not None
            or _own_agency(sentence.text[:end], wire, known)
            or (known is not None and _own_paper(sentence.text[:end], known.own_paper)))


def _own_paper(text: str, paper: str | None) -> bool:
    """Whether ``text``, a sentence up to a source span's end, ends with the paper its byline names (``paper``, see
    :func:`byline_paper`) as the one that had the material, by its name or "the" and its last word: "seen by the
    Courier" under "By Sian Tolley, Brannock Courier"; the writer's own reporting, no source."""
    if paper is None:
        return False
    words = paper.split()
    named = rf"(?:(?:the\s+)?{re.escape(paper)}|the\s+{re.escape(words[-1])})"
    tail = text[last_words_start(text, len(text), 4 + len(words)):]
    return re.search(rf"{_ACCESS}{named}[\s,.;:]*\Z", tail) is not None


#: A byline naming the writer and, after a comma, the paper ("By Sian Tolley, Brannock Courier"; group "paper"), a
#: line of its own; not the writer's desk title, which ends in a newsroom's word ("By Sian Tolley, Political
#: Editor", "By Sian Tolley, Courier Staff Writer", "By Sian Tolley, Home Affairs Desk", "By Sian Tolley,
#: Editor-at-Large"): furniture naming the writer.
_BYLINE_PAPER = re.compile(r"By\s+(?:[A-Z][\w'’.-]*\s+){1,3}?[A-Z][\w'’-]*,\s+(?:[Tt]he\s+)?"
                           r"(?P<paper>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*")
_DESK_TITLE_END = re.compile(r"(?i:editors?|correspondents?|reporters?|writers?|staff(?:ers?)?|columnists?|"
                             r"journalists?|photographers?|desk|team|bureau)")


def byline_paper(sentences: Sequence[Sentence]) -> str | None:
    """The paper that a byline among the first sentences names after the writer ("Brannock Courier" of "By Sian
    Tolley, Brannock Courier"): the piece's writer, whose own access to material credits no source (see
    :func:`_own_paper`)."""
    for sentence in sentences[:_DATELINE_REACH]:
        found = _BYLINE_PAPER.fullmatch(sentence.text)
        # the last word's head: "Editor" of "Editor-at-Large" or "Editor-in-Chief" too
        if found and not _DESK_TITLE_END.fullmatch(found.group("paper").rpartition(" ")[2].partition("-")[0]):
            return found.group("paper")
    return None


def own_outlet_cut(span: Span, sentence: Sentence, wire: str | None = None,
                   known: SourceIndex | None = None) -> Span | None:
    """The source ``span`` of ``sentence`` without the publication's own access to it (see :func:`_own_outlet`): the
    document its owner's possessive opens ("The ethics committee's report" of "The ethics committee's report, seen by
    this newspaper,"), that owner's account, which the publication only saw; ``None`` for the publication's own
    reporting ("documents seen by this newspaper", whose maker is not named); the span itself for any other."""
    if not _own_outlet(span, sentence, wire, known):
        return span
    lead = len(span.text) - len(span.text.lstrip(EDGE))
    owned = _OWNED_DOCUMENT.match(span.text, lead)
    if owned is None:
        return _made_before_own_access(span)
    return Span(span.type, span.start + lead, span.start + owned.end(), owned.group())


def _made_before_own_access(span: Span) -> Span | None:
    """The source ``span`` cut before the publication's own access to it joined by "and" or set apart by a comma (see
    ``_AND_OWN_ACCESS``) when what comes before names its maker after a passive "by" or a document's noun and "by"
    (see ``_MADE_BY``): "The review, commissioned by the Marrow Coastguard Agency" of "The review, commissioned by the
    Marrow Coastguard Agency and seen by this newspaper,", "An internal review by the Sierra Alta Fire District" of
    "An internal review by the Sierra Alta Fire District, obtained by this newspaper,", whose maker the document
    speaks for, as without the publication's part; ``None`` for any other ("A memo, seen by this newspaper,")."""
    joined = _AND_OWN_ACCESS.search(span.text)
    if joined is None or _MADE_BY.search(span.text, 0, joined.start()) is None:
        return None
    return Span(span.type, span.start, span.start + joined.start(), span.text[:joined.start()])


def _own_agency(text: str, wire: str | None, known: SourceIndex | None = None) -> bool:
    """Whether ``text``, a sentence up to a source span's end, ends with a news agency that writes the piece as the one
    that had the material: "seen by this agency", or, under a wire dateline naming ``wire`` ("LONDON (Reuters) - "),
    "seen by the agency" or "seen by Reuters": the writer's own reporting, no source (see :func:`_own_outlet`). When
    the copy has named another agency as a source (in ``known``: "The Orvian Food Safety Agency said ..."), "the
    agency" is that one."""
    agency = _OWN_AGENCY_ACCESS.search(text, last_words_start(text, len(text), 6))
    if agency is not None:
        return agency.group("the") is None or (wire is not None and not (known is not None and _names_agency(known)))
    return wire is not None and re.search(rf"{_ACCESS}{re.escape(wire)}[\s,.;:]*\Z", text[last_words_start(
        text, len(text), 4 + wire.count(" ")):]) is not None


def _names_agency(known: SourceIndex) -> bool:
    """Whether the document has named, as a source so far, an agency other than the wire writing it ("The Orvian
    Food Safety Agency said ..."), which a later "the agency" means (see :func:`_own_agency`)."""
    wire = (known.own_wire or "").lower()
    return any(name.endswith(" agency") and name != wire for name in known.names)


def dateline_wire(sentences: Sequence[Sentence]) -> str | None:
    """The news agency that a wire dateline among the first sentences names in brackets ("Reuters" of "LONDON, Oct 3
    (Reuters) - "): the piece's writer, whose own access to material credits no source (see :func:`_own_agency`)."""
    for sentence in sentences[:_DATELINE_REACH]:
        length = dateline_length(sentence.text)
        if length:
            found = _DATELINE_WIRE.search(sentence.text, 0, length)
            return found.group(1) if found else None
    return None


def dateline_nation(sentences: Sequence[Sentence]) -> str | None:
    """The key of the country a dateline among the first sentences is filed from, when it names one or its capital
    ("japan" of "TOKYO, April 2 - ", see :func:`framing.source_places.dateline_place`); ``None`` for a place not known
    as either, or no dateline: "the foreign ministry" of its copy is that country's."""
    for sentence in sentences[:_DATELINE_REACH]:
        if dateline_length(sentence.text):
            return dateline_country(sentence.text)
    return None


def dateline_town_key(sentences: Sequence[Sentence]) -> str | None:
    """The key of the place a dateline among the first sentences is filed from ("marlow" of "MARLOW (AP) - "; see
    :func:`framing.source_places.dateline_town`); ``None`` for no dateline: "the city's police" of its copy are its."""
    for sentence in sentences[:_DATELINE_REACH]:
        if dateline_length(sentence.text):
            return dateline_town(sentence.text)
    return None


def names_own_piece(sentence: Sentence, words: int, wire: str | None = None,
                     known: SourceIndex | None = None) -> bool:
    """Whether ``sentence``, from ``words`` on, marks the publication's own piece as a source (see :func:`own_piece`)
    or opens with it, after a correction's label perhaps ("Correction: An earlier version of this story ..."), or with
    any piece after a note's label ("Clarification: A story on Oct. 6 said ..."; ``_NOTE_LABEL``); "the article"
    alone counts just after a sentence correcting the piece (``known``'s ``after_correction``)."""
    marked = [s for s in sentence.spans if s.type == "source" and s.start >= words]
    corrected = known is not None and known.after_correction
    if marked:
        return any(own_piece(span, sentence, corrected) or _own_outlet(span, sentence, wire, known)
                   or own_publication(span) for span in marked)
    label = _CORRECTION_LABEL.match(sentence.text, words - sentence.start)
    at = label.end() if label else words - sentence.start
    if _NOTE_LABEL.match(sentence.text, words - sentence.start):
        # "Clarification: A story on Oct. 6 said ...": under its note's label, any piece is the publication's own
        found = _LABELLED_PIECE.match(sentence.text, at)
        if found and not _PIECE_GOES_ON.match(sentence.text, found.end()):
            return True
    return _piece_at(sentence, at, corrected) is not None


def names_own_work(sentence: Sentence, words: int) -> bool:
    """Whether ``sentence``, from ``words`` on, marks the writer's own work or the outlet's own staff as a source ("our
    Beijing correspondent", "Moscow correspondent" after "our": see :func:`own_staff`) or opens with a label giving
    them ("Analysis by our Istanbul correspondent: ...", see ``_OWN_WORK_LABEL``): what it says is the outlet's own,
    no earlier source's account."""
    marked = [s for s in sentence.spans if s.type == "source" and s.start >= words]
    return (any(OWN_WORK.match(span.text.strip(EDGE)) or own_staff(span, sentence) for span in marked)
            or _OWN_WORK_LABEL.match(sentence.text, words - sentence.start) is not None)


def _piece_at(sentence: Sentence, at: int, corrected: bool = False) -> int | None:
    """Where the words at ``at`` in ``sentence`` end that name the publication's own piece: "this article", "this
    story", "an earlier version of this article", "a previous version", and "the article" or "the story" in a
    sentence that corrects it ("The article also incorrectly said ...") or just after one that corrects the piece
    (``corrected``: "An earlier version of this article misstated ..." then "The article also said ..."; else it may
    be another outlet's: "The article said the aide forwarded ..."); ``None`` where they name none, or go on ("An
    earlier version of the bill", "The story's author")."""
    text = sentence.text
    bare = corrected or _corrects(text)
    found = _OWN_PIECE.match(text, at) or (_BARE_PIECE.match(text, at) if bare else None)
    return found.end() if found and not _PIECE_GOES_ON.match(text, found.end()) else None


def corrects_own_piece(sentence: Sentence) -> bool:
    """Whether ``sentence`` names the publication's own piece (see ``_OWN_PIECE``) and corrects it (see
    ``_CORRECTING``): "An earlier version of this article misstated the charges against Renata Vollan"."""
    return _corrects(sentence.text) and _OWN_PIECE.search(sentence.text) is not None


@lru_cache(maxsize=TEXTS_KEPT)
def _corrects(text: str) -> bool:
    """Whether the sentence ``text`` holds a word that corrects (see ``_CORRECTING``): searched for only where one of
    ``_CORRECTING_WORDS`` is, as few sentences hold one; kept once read, as each source span asks it again."""
    folded = case_blind(text)
    return any(word in folded for word in _CORRECTING_WORDS) and _CORRECTING.search(text) is not None


@lru_cache(maxsize=TEXTS_KEPT)
def _may_name_piece(text: str) -> bool:
    """Whether the sentence ``text`` holds a word of ``_OWN_PIECE_WORDS``, as each naming of the publication's own piece
    does; kept once read, as each source span asks it again."""
    folded = case_blind(text)
    return any(word in folded for word in _OWN_PIECE_WORDS)


#: A liveblog entry's time opening its line with a stop or a colon and no mark after it, before a capitalised word
#: ("11.14 " of "11.14 Dunmore tells MPs ...", "09:05 " of "09:05 Police say ..."), which a source span may start
#: inside ("14 Dunmore").
_OPENING_TIME = re.compile(r"\s*\d{1,2}[.:]\d{2}\s+(?=[A-Z])")


def past_opening_time(span: Span, sentence: Sentence) -> Span:
    """The source ``span`` without the part of a liveblog entry's time opening ``sentence`` that it starts inside
    (see ``_OPENING_TIME``: "14 Dunmore" or "11.14 Dunmore" of "11.14 Dunmore tells MPs" is "Dunmore"): when an
    entry went up, never part of who speaks. Any other span is itself."""
    found = _OPENING_TIME.match(sentence.text)
    if found is None or span.start - sentence.start >= found.end() or span.end - sentence.start <= found.end():
        return span
    cut = sentence.start + found.end() - span.start
    return Span(span.type, span.start + cut, span.end, span.text[cut:])


def past_dateline(spans: list[Span], sentence: Sentence) -> tuple[list[Span], list[Span]]:
    """``spans`` without those a wire dateline opening ``sentence`` holds ("RIYADH, May 8 (Meridian Wire) - ":
    where and by whom the story was filed, never who speaks), and apart, those in a label before a colon, in
    capitals or title case ("NEW DELHI: Rakesh Sharma said", "Reporter from AFP: The Ostland government says"; see
    :func:`framing.turns.opening_label_length`), after a liveblog entry's time too ('14:11 Inflation: "...," the
    governor warned.', a topic's heading): one sentence cannot tell a place's label from a speaker's or a
    body's ("IMF: Growth will slow" is the IMF's), so such a span is credited only where the sentence names no
    source after it, marked or its subject (see :func:`_source_spans`). A label in title case that is a person's
    name, a known given name first ("Ana Ruiz: Voters say the plan is cheap"), is no place's nor body's: it says
    who speaks, as a source before a cue would, and its spans stay with the others."""
    at = sentence.start
    dateline = dateline_length(sentence.text)
    if dateline:
        return [s for s in spans if s.end - at > dateline], []
    time = stamp_length(sentence.text) or _entry_time_length(sentence.text)
    label = opening_label_length(sentence.text[time:])
    if persons_label(sentence.text[time:time + label]):
        return spans, []
    label += time if label else 0  # '14:11 Inflation: "...," the governor warned.': past the entry's time
    return [s for s in spans if s.start - at >= label], [s for s in spans if s.start - at < label]


def _entry_time_length(text: str) -> int:
    """The length of a liveblog entry's bare time opening ``text`` with its spaces ("14:11 " of '14:11 Inflation:
    "..."', see ``_OPENING_TIME``); 0 for none."""
    found = _OPENING_TIME.match(text)
    return found.end() if found is not None else 0


def writers_verdict(sentence: Sentence, voiced: list[tuple[int, int]]) -> bool:
    """Whether ``sentence``, which marks no source, is the writer's own judgement: labelled an opinion, with no
    quotation mark and not inside a quotation (``voiced``, see :func:`framing.spans.quotations`), which may be a
    speaker's words."""
    return (sentence.label == "editorial_opinion" and not in_quotation(sentence, voiced)
            and not _DOUBLE_QUOTES.intersection(sentence.text))


def in_writers_person(sentence: Sentence, found: list[tuple[Span, str]], quotes: list[tuple[int, int]],
                       voiced: list[tuple[int, int]]) -> bool:
    """Whether ``sentence``, which names no source and has no "he" or "she" (of ``found``, see :func:`_sources_named`)
    and no cue but after the writer's own work ("Our analysis shows", see :data:`framing.source_words.OWN_WORK`), opens
    in the writer's first person ("I", "we", "my" or "our": see ``FIRST_PERSON``) outside
    quotation marks (``quotes``) and the quotations ``voiced``, and holds no quotation mark without its pair (the
    end of a quotation whose start the text did not mark as one): the writer's own account, which no one named
    before gives ("My neighbour told me she has stopped taking the bus. I cannot blame her.")."""
    opening = FIRST_PERSON.match(sentence.text)
    if opening is None or names_anyone(found):
        return False
    if (any(span.type == "cue" for span in sentence.spans)
            and not _OWN_WORK_OPENING.match(sentence.text)):
        return False
    if sum(char in _DOUBLE_QUOTES for char in sentence.text) % 2:
        return False  # a mark without its pair: a quotation that runs from or into another sentence ('... you."')
    return (not in_quotation(sentence, voiced)
            and not quotes_within(quotes, sentence.start, sentence.start + opening.end()))


#: A sentence ending with the writer's own cue in the first person after a comma or a quotation's close: ", I said.",
#: '," I told him.', ', we wrote.', '," said I.' (a few words after the verb: "I told the warden.").
_FIRST_PERSON_CUE_ENDS = re.compile(
    r"(?:,|[,!?][\"”’']+)\s+(?P<cue>(?:I|we)\s+(?:\w+ly\s+)?(?:said|told|wrote|asked|replied|added|answered|"
    r"recalled)|said\s+I)(?:\s+[\w'’-]+){0,3}?[.!?][\"”’']*\s*$")


def said_in_writers_person(sentence: Sentence, found: list[tuple[Span, str]], quotes: list[tuple[int, int]],
                            voiced: list[tuple[int, int]]) -> bool:
    """Whether ``sentence``, which names no source and has no "he" or "she" (of ``found``), ends with the writer's
    own cue in the first person (``_FIRST_PERSON_CUE_ENDS``: '"The fence was down," I said.', "..., we wrote.")
    outside quotation marks (``quotes``) and the quotations ``voiced``: the writer speaking, not a source named
    before."""
    ending = _FIRST_PERSON_CUE_ENDS.search(sentence.text)
    if ending is None or names_anyone(found) or in_quotation(sentence, voiced):
        return False
    return not quotes_within(quotes, sentence.start + ending.start("cue"), sentence.start + ending.end("cue"))


def paper_own_sourcing(sentence: Sentence, found: list[tuple[Span, str]]) -> bool:
    """Whether ``sentence`` opens with the paper's own unnamed sourcing (``_PAPER_OWN_SOURCING``: "It is understood
    that ...") and credits no one of its own: no source span of ``found`` (not "they" either) but a word of the
    opening that names no one ("News" of "News has emerged that"), no cue after the opening and no ", they said"
    ending (``PRONOUN_CUE_ENDS``); "It is understood that it was stolen, they said." is the source before's account,
    as "they" says."""
    opening = _PAPER_OWN_SOURCING.match(sentence.text)
    return (opening is not None and not PRONOUN_CUE_ENDS.search(sentence.text)
            and all(not name and span.end <= sentence.start + opening.end() for span, name in found)
            and not any(span.type == "cue" and span.start >= sentence.start + opening.end() for span in sentence.spans))


def names_anyone(found: list[tuple[Span, str]]) -> bool:
    """Whether the source spans ``found`` in a sentence (see :func:`_sources_named`) name a source or hold "he" or
    "she", a person named before."""
    return any(name or pronoun_of(span) is not None for span, name in found)


def pronoun_of(span: Span) -> str | None:
    """The "he" or "she" the source ``span`` is, its object form ("him" of "quoted him as saying") read as it; ``None``
    for any other span."""
    word = span.text.strip(EDGE).lower()
    return word if word in PERSONAL else _PERSONAL_OBJECTS.get(word)


#: The nouns that such words end with, and the stops that may follow them with spaces (see :func:`_own_outlet`): a
#: printed publication's, after "the" or "this", and an online one's, after "this" alone ("documents seen by this
#: blog"), since "the site" or "the outlet" is as often another outlet the copy named ("The Kessel Ledger reported
#: ... in emails seen by the outlet").
_OWN_PRINT_NOUNS = ("magazine", "newspaper", "paper", "publication")
_OWN_ONLINE_NOUNS = ("blog", "website", "site", "newsletter", "outlet")
_OWN_OUTLET_NOUNS = _OWN_PRINT_NOUNS + _OWN_ONLINE_NOUNS
_OWN_OUTLET_STOPS = ",.;:"
#: How far before a span's end the law or request under which the publication had the material is looked for (see
#: :data:`framing.source_words.ACCESS_MEANS_AFTER`, :func:`_own_outlet`).
_MEANS_REACH = 80
#: The publication itself after "this" as a whole source span, "by" before it or a preposition after it perhaps
#: (see :func:`own_publication`); not "the newspaper", which may be another the copy named.
_OWN_PUBLICATION = re.compile(rf"(?i:by\s+)?(?i:this)\s+(?:{'|'.join(_OWN_OUTLET_NOUNS)})"
                              r"(?:\s+(?:under|in|on|at|for|with|from|through))?")
#: A participle of access and the publication itself, unnamed, ending where a span ends ("reviewed by the magazine",
#: "seen by this newspaper", "shared with the paper"): see :func:`_own_outlet`.
_ACCESS = (r"(?<![\w'’-])(?:(?:obtained|seen|reviewed|viewed|examined|verified|analy[sz]ed)\s+by|shared\s+with|"
           r"(?:provided|leaked|passed)\s+to)\s+")
_OWN_OUTLET_ACCESS = re.compile(rf"{_ACCESS}(?:(?:the|this)\s+(?:{'|'.join(_OWN_PRINT_NOUNS)})|"
                                rf"this\s+(?:{'|'.join(_OWN_ONLINE_NOUNS)}))[\s,.;:]*\Z")
#: The same joined by "and" or set apart by a comma after another participle's maker ("and seen by this newspaper" of
#: "commissioned by the agency and seen by this newspaper", ", obtained by this newspaper" of "An internal review by
#: the fire district, obtained by this newspaper"), and a participle of making or a document's noun and its "by"
#: before a name or "the".
_AND_OWN_ACCESS = re.compile(rf"(?:,?\s+and|,)\s+{_ACCESS}(?:the|this)\s+[a-z]+[\s,.;:]*\Z")
_MADE_BY = re.compile(rf"(?<![\w'’-])(?:(?i:{MADE})|(?:{DOCUMENTS}))\s+by\s+(?:the\s+|[A-Z])")
#: A document its owner's possessive opens, a few words in lower case perhaps between ("The committee's report", "the
#: federation's internal audit"; not "documents seen by this newspaper", whose maker is not named): see
#: :func:`_own_outlet`.
_OWNED_DOCUMENT = re.compile(rf"(?:(?i:the)\s+)?(?:[\w-]+\s+){{0,4}}?[\w-]+(?:'s|’s|s'|s’)\s+(?:[a-z][\w-]*\s+){{0,2}}?"
                             rf"(?:{DOCUMENTS})\b")
#: The same for a news agency that writes the piece: "this agency" in any copy, "the agency" in copy under a wire
#: dateline (group "the"), and the wire's own name there ("seen by Reuters" under "LONDON (Reuters) - "): see
#: :func:`_own_agency`.
_OWN_AGENCY_ACCESS = re.compile(rf"{_ACCESS}(?:this|(?P<the>the))\s+(?:news\s+)?agency[\s,.;:]*\Z")
#: A wire dateline's agency in brackets ("Reuters" of "LONDON, Oct 3 (Reuters) - "), and how many sentences from
#: the top a dateline is looked for in (a headline or two may come before it).
_DATELINE_WIRE = re.compile(r"\(([A-Z][\w.&'’ -]{0,40})\)")
_DATELINE_REACH = 4
#: The publication's own piece, which its writer speaks for (see :func:`own_piece`): "this article" or "story",
#: "an earlier version (of this story)"; "the article" or "story" alone, which may be another outlet's, and words
#: that correct it ("incorrectly said", "misstated").
_PIECES = r"article|story|piece|post|column|(?:press|news)\s+release"
_OWN_PIECE = re.compile(rf"(?:(?:an?|the)\s+(?:earlier|previous|prior|original|initial)\s+(?:(?:online|print|web)\s+)?"
                        rf"version(?:\s+of\s+(?:this|the)\s+(?:{_PIECES}|report))?|this\s+(?:{_PIECES}|version))", re.I)
_BARE_PIECE = re.compile(rf"the\s+(?:{_PIECES})", re.I)
#: More characters than such words ever take, so that a span's own piece is looked for around it only, not in the
#: whole sentence once per span (see :func:`own_piece`).
_OWN_PIECE_REACH = 120
_CORRECTING_WORDS = ("incorrectly", "erroneously", "mistakenly", "wrongly", "misstated", "misidentified", "misquoted",
                      "misspelled", "misattributed", "misreported")
_CORRECTING = re.compile(rf"\b(?:{'|'.join(_CORRECTING_WORDS)})\b", re.I)
#: A word that each match of ``_OWN_PIECE`` holds, "version" or a piece's of ``_PIECES``: a sentence in which none is
#: (as :func:`framing.textchars.case_blind` reads it) is not searched for its own piece.
_OWN_PIECE_WORDS = ("version", "article", "story", "piece", "post", "column", "release")
#: What makes such words part of a longer name ("An earlier version of the bill", "The story's author"); a
#: correction's or an editor's note's label before them.
_PIECE_GOES_ON = re.compile(r"\s+of\b|[\w'’-]", re.I)
_CORRECTION_LABEL = re.compile(r"\W*(?:(?:correction|clarification|editor['’]s\s+note|update)\s*:\s*)?", re.I)
#: The label of a note on the publication's own copy (not "Update: ", which may report another outlet's piece), and
#: a piece after it, "a" or "the" one: under the label, the publication's own ("Correction: An article on Oct. 4").
_NOTE_LABEL = re.compile(r"\W*(?:correction|clarification|editor['’]s\s+note)\s*:\s*", re.I)
_LABELLED_PIECE = re.compile(rf"(?:an?|the)\s+(?:{_PIECES})", re.I)

#: A sentence ending with a body's pronoun and a cue ("G.M.R. has built six hotels, it said."): the account it goes
#: on with ("he said" is left to the span the model marks on "he").
PRONOUN_CUE_ENDS = re.compile(r",\s+(?:it|they)\s+(?:said|says|added|adds|noted|notes|wrote|writes)"
                               r"[.!]?[\"”’']*\s*$", re.I)


def links_elsewhere(sentence: Sentence, furniture: bool, text: str | None = None) -> bool:
    """Whether ``sentence``, page furniture when ``furniture``, is a promotion linking to another story ("Read
    more: Minister denies ...", also after a liveblog entry's stamp), or in the document's ``text`` a linked story's
    headline listed below a link's label alone (see :func:`framing.furniture.linked_headline`: "Related:" then "Orvian
    Candidates Reject A Wage Hike."): its words are that story's headline, no one's account or denial here."""
    return furniture and (LINK_LABEL.match(sentence.text, stamp_length(sentence.text)) is not None or (
        text is not None and linked_headline(text, sentence.start, sentence.end)))


def signed_quote(sentence: Sentence, furniture: bool) -> bool:
    """Whether ``sentence``, page furniture when ``furniture``, ends with a signature ('"... water" — Mirek Hall', see
    :data:`framing.furniture.PULL_QUOTE_SIGNATURE`): a pull quote, whose words the copy has already credited."""
    return furniture and PULL_QUOTE_SIGNATURE.search(sentence.text) is not None
