"""Documents and where words went out: the document a participle of making stands for ("figures released
on Tuesday"), the maker of a document or of an account denied, a memo "from" one "to" another, the
service something was posted on, the place a group is based at, the report someone was quoted in, the aside
"to their credit".
"""

from __future__ import annotations

import re

from .document import Sentence, Span
from .furniture import stamp_length
from .index_body_words import ISSUED
from .source_words import EDGE, MADE

#: A sentence opening with a document and its maker after "from" or "by" ("A brief statement from the Rovanian embassy
#: has just been released.", "A letter by the Kessel Council was read out."): group "maker", capitalised words, "the"
#: allowed before them, up to the sentence's verb or the recipient's "to" ("A letter from the Rovanian embassy to the
#: court was read out" is the embassy's, not the court's); never "and" or "or", another maker. A liveblog entry's
#: bare time stamp may open it ("11:10 ").
_DOCUMENT_FROM_MAKER = re.compile(
    rf"(?:\d{{1,2}}[:.][0-5]\d\s+)?(?:(?i:an?|the)\s+)?(?:[a-z][\w-]*\s+){{0,2}}?(?:{ISSUED})\s+(?:from|by)\s+"
    r"(?P<maker>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+)?[A-Z][\w'’&.-]*|\s+(?!(?:to|and|or)\s)[a-z]+){0,4}?)"
    r"(?=(?:\s+to\s+[^,;:]{1,60}?)?\s+(?:(?:has|have|had)\s+(?:just\s+)?been|was|were|is|are)\b)")


def document_maker(sentence: Sentence) -> Span | None:
    """The maker of the document ``sentence`` opens with (see ``_DOCUMENT_FROM_MAKER``), whose words an "It says ..."
    just after is: the document's, and so its maker's; ``None`` where the sentence opens otherwise. A liveblog
    entry's time stamp may come first ("11:10 A statement from the embassy has just been released.")."""
    found = _DOCUMENT_FROM_MAKER.match(sentence.text, stamp_length(sentence.text))
    if found is None:
        return None
    return Span("source", sentence.start + found.start("maker"), sentence.start + found.end("maker"), found["maker"])


#: A word of a post, a clip or its spreading, in a source span before "on" and the service it went out on ("A widely
#: shared post on Telegram", "a video posted on X").
_POSTED = re.compile(r"\b(?:posts?|posted|videos?|clips?|messages?|tweets?|threads?|comments?|livestreams?|"
                     r"shared|uploaded|circulat\w+|viral)\b", re.I)
#: What stands between such a span and the service's: "on", "the" perhaps after it.
_ON_SERVICE = re.compile(r"\s+on\s+(?:the\s+)?")


def where_posted(span: Span, spans: list[Span], sentence: Sentence) -> bool:
    """Whether the source ``span`` is the service another of ``spans`` just before it went out on, only "on" between
    and a word of posting in that one (see ``_POSTED``): "Telegram" of "A widely shared post on Telegram claimed"
    is where the post is, not who speaks, and the company that runs it is another source."""
    return any(other.end <= span.start and _POSTED.search(other.text) is not None
               and _ON_SERVICE.fullmatch(sentence.text, other.end - sentence.start, span.start - sentence.start)
               is not None for other in spans)


#: Words saying where a body or person sits, ending the words before a place ("based in " of "a group based in
#: Lisbon", "headquartered outside ", "stationed at ").
_BASED_AT = re.compile(r"\b(?:based|headquartered|located|registered|stationed)\s+"
                       r"(?:(?:in|at|near|outside|out\s+of)\s+)?(?:the\s+)?\Z", re.I)


def where_based(span: Span, sentence: Sentence) -> bool:
    """Whether the source ``span`` is the place where the one before it is based (see ``_BASED_AT``): "Lisbon" of
    "Tarvel Rights Watch, a group based in Lisbon, said" describes the group, which speaks, not the city."""
    return _BASED_AT.search(sentence.text, 0, span.start - sentence.start) is not None


#: A participle of quoting or asking, then "in" or "by", ending the words before a source (", cited in " of "Three
#: officers, cited in the inspectors' report,", "quoted by " of "A former detective quoted by the Harlow Courier");
#: group 1 the words before the comma or participle.
_QUOTED_AT = re.compile(r"(.*?),?\s+(?:quoted|cited|interviewed|surveyed|polled)\s+(?:in|by)\s+\Z", re.I | re.S)


def where_quoted(span: Span, sentence: Sentence) -> bool:
    """Whether the source ``span`` is what or who quoted the source span just before it (see ``_QUOTED_AT``): "the
    report" of "Two unnamed officers quoted in the report said", "the council" of "Residents interviewed by the council
    said": the ones quoted speak, not the paper or the asker, as a participle clause inside one span reads too."""
    found = _QUOTED_AT.fullmatch(sentence.text, 0, span.start - sentence.start)
    quoted_end = None if found is None else sentence.start + len(found.group(1).rstrip())
    return any(other.type == "source" and other.end == quoted_end for other in sentence.spans)


#: An accusing account's noun, a participle of making it and a time perhaps after it, then "by" (and "the") ending
#: the text before its maker's name ("Claims published by the", "allegations made on Monday by", "reports by"); not a
#: statement, a study or a survey, which a denial issues as its own ("A statement released by the trust denies ...").
_ACCOUNT_BY = re.compile(r"(?<![\w'’-])(?:claims?|accusations?|allegations?|charges?|reports?|suggestions?|stories|"
                         r"articles?)"
                         rf"(?:\s+(?:{MADE}))?(?:\s+(?:on|last|this|earlier)(?:\s+[\w-]+)?)?\s+by\s+(?:the\s+)?\Z",
                         re.I)
#: "by" (and "the") opening a span cut inside such words ("by the Westhaven" of "published by the Westhaven Courier").
_BY_OPENING = re.compile(r"by\s+(?:the\s+)?", re.I)


def denied_account_maker(span: Span, sentence: Sentence) -> bool:
    """Whether the source ``span`` of a denial names who made the account it denies ("the Westhaven Courier" of
    "Claims published by the Westhaven Courier on Tuesday that legacy income was misused are untrue", "allegations
    made by former staff"): the accuser, never the side denying, whose account goes on from before."""
    if sentence.label != "official_denial":
        return False
    opening = _BY_OPENING.match(span.text)
    before = sentence.text[:span.start - sentence.start] + (opening.group() if opening else "")
    return _ACCOUNT_BY.search(before[-120:]) is not None


#: "to" (and "the") ending the text before a recipient's name ("... from the union to the board").
_TO_RECIPIENT = re.compile(r"\s+to\s+(?:the\s+)?$")
#: "from" and up to eight words with no comma between it and a sender's name ("A letter from the union", "The email
#: from Ruiz aide and Kessel Institute President Ana Ruiz").
_FROM_BEFORE = re.compile(r"(?<![\w'’-])from\s+(?:[^\s,;:]+\s+){0,8}$")


def sent_to(span: Span, sentence: Sentence) -> bool:
    """Whether the source ``span`` names the recipient of a "from ... to ..." whose sender is a source span just
    before its "to": "The memo from deputy Ana Ruiz to party chairman Tom Vask asks ..." and "A letter from the
    union to the board says ..." are Ruiz's and the union's, who wrote them, not those they were sent to."""
    before = sentence.text[:span.start - sentence.start]
    to = _TO_RECIPIENT.search(before, max(0, len(before) - 12))
    if to is None:
        return False
    return any(other.type == "source" and not before[other.end - sentence.start:to.start()].strip()
               and _FROM_BEFORE.search(sentence.text, max(0, other.start - sentence.start - 120),
                                       other.start - sentence.start) is not None
               for other in sentence.spans if other.end <= span.start)


#: A noun in lower case, "the" or "a", an owner's possessive (its name's capitalised words before it) and one word
#: before it or not, a comma or not, a participle of making after it (as in ``_MADE_END``) and perhaps a time up to
#: where a span ends: "figures" of "figures released on Tuesday", "The committee's report" of "The committee's
#: report, published last week" (group "noun": "owner" the committee, "head" the report), the participle and the time
#: (group "rest").
_DOCUMENT_MADE = re.compile(r"(?<![\w'’-])(?P<noun>(?:(?:[Tt]he|[Aa]n?)\s+)?"
                            r"(?:(?P<owner>(?:[A-Z][\w-]*\s+){0,3}[A-Za-z][\w-]*)['’]s\s+)?"
                            r"(?P<head>(?:[a-z][\w-]*\s+)?[a-z][\w-]*)),?\s+"
                            r"(?P<rest>(?:provided|supplied|released|published|compiled|issued|prepared)"
                            r"(?:\s+(?:(?:on|in)\s+)?(?P<time>[\w\s]+))?)$")
#: A day or a time of the recent past that may follow such a participle ("Tuesday", "last week", "in March").
_RECENT_TIME = re.compile(r"(?:(?:last|this|earlier\s+this|late\s+last|early)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|"
                          r"Satur|Sun|to|yester)day|week|month|year|January|February|March|April|May|June|July|"
                          r"August|September|October|November|December)", re.I)
#: Words that are no document's noun before such a participle ("to" of "according to data released").
_NO_DOCUMENT = frozenset("to of by in on from at for with than as and or but according".split())


def document_of_participle(span: Span, sentence: Sentence) -> Span:
    """A source ``span`` of ``sentence`` that is only a participle of making, its time or both ("released on
    Tuesday", "released" or "Tuesday" of "figures released on Tuesday show"; "published last week" of "The
    committee's report, published last week, found", set off by a comma): the noun of the document it describes
    before it, with its owner's possessive, in its place ("figures", "The committee's report"), as a participle or a
    time names no one; a time's possessive is no owner ("report" of "Last year's report, published in May"). Any
    other span is itself."""
    end = span.end - sentence.start
    found = _DOCUMENT_MADE.search(sentence.text, 0, end)
    if found is None or found.end("noun") > span.start - sentence.start or not found.start("rest") <= end:
        return span
    if span.start - sentence.start < found.start("rest"):
        return span
    if found.group("time") is not None and not _RECENT_TIME.fullmatch(found.group("time").strip()):
        return span
    if any(word.lower() in _NO_DOCUMENT for word in found.group("noun").split()):
        return span
    owner = found.group("owner")
    # "Last year's report, published in May": a time owns no document, so the noun alone stands in its place
    noun = "head" if owner is not None and _RECENT_TIME.fullmatch(owner) else "noun"
    return Span(span.type, sentence.start + found.start(noun), sentence.start + found.end(noun), found.group(noun))


#: The aside "to his credit" (her, their, its ...), "to" perhaps in the span or just before it: a comment on the
#: subject, naming no one who speaks.
_CREDIT_ASIDE = re.compile(r"(?:[Tt]o\s+)?(?:his|her|their|its|our|your|my)\s+(?:own\s+)?credit")
_TO_JUST_BEFORE = re.compile(r"\b[Tt]o\s+\Z")


def credit_aside(span: Span, sentence: Sentence) -> bool:
    """Whether ``span`` is the aside "to their credit" or the like (see ``_CREDIT_ASIDE``): "their credit" of "The
    authors, to their credit, said as much." is no source, and the subject speaks."""
    text = span.text.strip(EDGE)
    found = _CREDIT_ASIDE.fullmatch(text)
    return found is not None and (text[:2].lower() == "to"
                                  or _TO_JUST_BEFORE.search(sentence.text, 0, span.start - sentence.start) is not None)


#: A share of a group opening a source span ("A majority of voters", "Two-thirds of farmers", "Most farmers", "40%
#: of tenants"): what a poll found, no speaker of its own where the poll is a source too (see :func:`found_by_poll`).
_SHARE_OF_GROUP = re.compile(r"(?:(?:a|an|the)\s+)?(?:(?:narrow|slim|clear|large|small)\s+)?"
                             r"(?:(?:nearly|almost|about|around|over|more\s+than|fewer\s+than|less\s+than)\s+)?"
                             r"(?:majority|minority|most|half|(?:one|two|three|four)[-\s](?:thirds?|quarters?|fifths?)"
                             r"|third|quarter|fifth|\d[\d.]*\s*(?:%|per\s*cent|percent)|one\s+in\s+\w+)"
                             r"\s+(?:of\s+)?(?:the\s+)?[a-z]", re.I)
#: A poll or survey named in a source span ("a new poll for the Herald", "a survey by Civitas Research").
_POLL = re.compile(r"(?<![\w-])(?:poll|survey)s?(?![\w-])", re.I)


def found_by_poll(span: Span, spans: list[Span]) -> bool:
    """Whether ``span`` is a share of a group (see ``_SHARE_OF_GROUP``: "majority of voters" of "A majority of voters
    say the tax is unfair, a new poll for the Herald has found.") and another of the sentence's source ``spans``
    a poll or survey: the poll speaks, and the share is what it found; a share alone ("A majority of farmers said the
    poll was wrong") still speaks."""
    return _SHARE_OF_GROUP.match(span.text.strip(EDGE)) is not None and any(
        other is not span and _POLL.search(other.text) and not _SHARE_OF_GROUP.match(other.text.strip(EDGE))
        for other in spans)
