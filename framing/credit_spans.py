"""How far a source span reaches: grown over the name, title, owner or description it stands in
("Dr Ana Dorr, the panel's chair,"), or cut back to the part that names one source.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from .credit_clauses import NAME_WORD_BEFORE
from .document import Sentence, Span
from .given_names import given_name_sex, is_given_name
from .person_names import name_opening_word, opens_with_given_name, personal_name, rest_of_uncased_name
from .person_names import surname_after_given_name
from .segment import lead_length
from .source_find_after_cue import cue_opens_quotation, name_before_description
from .source_index import SIDE_ALONE, SourceIndex
from .source_keys import BARE_TIME_OPENER, last_words_start, runs_tried_once, search_before_space, title_case
from .source_kinds import trade_head
from .source_roles import (
    body_name_after,
    body_noun_after,
    name_after_kind,
    name_after_role,
    name_after_title,
    self_name_after,
)
from .source_words import (
    ADVERB,
    BODY_KINDS,
    BODY_NOUNS,
    BUSINESS_NAME_ENDS,
    CALENDAR,
    CIVIC_NAME_WORDS,
    EDGE,
    LONE_MODIFIERS,
    NAMELESS_NOUNS,
    PERSON_ROLES,
    PLACING_PARTICIPLE,
    PORTFOLIOS,
    POSSESSIVE,
    QUANTIFIERS,
)

#: "Spokesman", "spokeswoman" and their plurals: the spokesperson role as written.
_SPOKES = re.compile(r"spokes(?:man|woman|person|men|women|people)")

#: How many source spans' texts the pure readings of them keep once worked out (see :func:`trailing_adverbs`).
_SPANS_KEPT = 4096

#: Adverbs that end a span's words before its cue ("privately" of "Many in the boardroom privately believe", "now").
_TRAILING_ADVERBS = re.compile(rf"(?:\s+{ADVERB})+\s*$")
#: Where ``_TRAILING_ADVERBS`` may open (a space), and the spaces and whole adverbs it reads from there: where it
#: fails from one start, it fails from every later one among them (see :func:`trailing_adverbs`).
_SPACE = re.compile(r"\s")
_SPACED_ADVERBS = re.compile(rf"\s+(?:{ADVERB}\s+)*")
_ADVERBS_AHEAD = re.compile(rf"(?:\s+{ADVERB}\b)*\s*")


def role_word(word: str) -> bool:
    """Whether the lower-case ``word`` names a person's role, singular or plural ("spokeswoman", "officials")."""
    return bool(_SPOKES.fullmatch(word)) or word in PERSON_ROLES or word.removesuffix("s") in PERSON_ROLES


@lru_cache(maxsize=_SPANS_KEPT)
def trailing_adverbs(text: str) -> re.Match[str] | None:
    """``_TRAILING_ADVERBS.search(text)``, in linear time (see :func:`runs_tried_once`): a span of a long run of
    adverbs before a word of another kind ("Kessel also also ... x") was read again from each of them. Kept once
    read, as a span is cut and read for a weasel word by its text."""
    return next(runs_tried_once(_TRAILING_ADVERBS, text, _SPACE, _SPACED_ADVERBS), None)


#: Capitalised words alone, a source span's whole text ("Reporters", "Frontiers", "Kessel Watch").
_CAPITALISED_WORDS = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
#: A capitalised preposition that names hold ("Reporters Without Frontiers", "Doctors Against Hunger") between two
#: source spans of capitalised words, where the model split one name; no verb nor conjunction of a title-case
#: headline ("Ruiz Tells Vask", "Vask And Ruiz").
_NAME_GAP = re.compile(r"\s+(?:Without|Against|Beyond|Across|Behind|Under)\s+")
#: Capitalised words ending a span ("Elric" of "the group, Elric"), which a name's words left out may go on from.
_CAPITALISED_END = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*\Z")
#: One or two capitalised words, no preposition's, between two source spans: a name's words the model left out of
#: both ("Survivors" between "the group, Elric" and "Together").
_NAME_WORDS_GAP = re.compile(r"\s+(?:(?!(?:Without|Against|Beyond|Across|Behind|Under)\s)[A-Z][\w'’-]*\s+){1,2}")


def name_split_rejoined(spans: list[Span], sentence: Sentence) -> list[Span]:
    """``spans`` with each two of capitalised words alone that a capitalised preposition between them parts made one
    again (see ``_NAME_GAP``: "Reporters" and "Frontiers" of "Reporters Without Frontiers said ...", one name the
    model split at its "Without"), and so each two one or two capitalised words part, the first ending in a
    capitalised word (see ``_NAME_WORDS_GAP``: "the group, Elric" and "Together" of "the group, Elric Survivors
    Together, said", one name the model left a word of out), but in a headline in title case ("Ruiz Tells Vask"),
    else as they are."""
    joined: list[Span] = []
    headline = title_case(sentence.text)
    for span in spans:
        last = joined[-1] if joined else None
        if last is not None and _CAPITALISED_WORDS.fullmatch(span.text) and (
                (_CAPITALISED_WORDS.fullmatch(last.text)
                 and _NAME_GAP.fullmatch(sentence.text, last.end - sentence.start, span.start - sentence.start))
                or (not headline and _CAPITALISED_END.search(last.text) is not None
                    and _NAME_WORDS_GAP.fullmatch(sentence.text, last.end - sentence.start,
                                                  span.start - sentence.start))):
            joined[-1] = Span(span.type, last.start, span.end,
                              sentence.text[last.start - sentence.start:span.end - sentence.start])
        else:
            joined.append(span)
    return joined


#: "here" or "there" ending a span's words before its cue ("Kastovia's embassy here dismissed"): where the writer is,
#: no part of the source's name (see :func:`adverbs_cut`); not after a participle or a verb, whose place it is and
#: which describes the people ("People living there", "Staff based here", "Families who live there").
_TRAILING_PLACE = re.compile(r"(?<!ing)(?<!ed)(?<!\blive)(?<!\blives)(?<!\bwork)(?<!\bworks)(?<!\bwas)(?<!\bwere)"
                             r"(?<!\bis)(?<!\bare)\s+(?:here|there)\s*\Z")


def adverbs_cut(span: Span, sentence: Sentence) -> Span:
    """The source ``span`` of ``sentence`` without the adverbs that end it just before a cue (see
    ``_TRAILING_ADVERBS``: "Many in the boardroom privately" of "... privately believe", "Several directors now"
    of "... now privately believe"), or "here" or "there" (see ``_TRAILING_PLACE``: "Kastovia's embassy here"): how
    or where its source spoke, no part of its name; so too before a verb of speech or
    finding the model marked no cue ("A pro-Verrin group recently" of "... recently revealed figures showing",
    see :func:`_unmarked_cue`). Any other span is itself."""
    trailing = trailing_adverbs(span.text) or _TRAILING_PLACE.search(span.text)
    if trailing is None or trailing.start() == 0:
        return span
    ahead = _ADVERBS_AHEAD.match(sentence.text, span.end - sentence.start)  # it always matches, if only emptily
    at = sentence.start + (ahead.end() if ahead else span.end - sentence.start)
    if not (any(cue.type == "cue" and cue.start == at for cue in sentence.spans)
            or _unmarked_cue(sentence.text, at - sentence.start)):
        return span
    return Span(span.type, span.start, span.start + trailing.start(), span.text[:trailing.start()])


def opener_cut(span: Span, sentence: Sentence) -> Span:
    """The source ``span`` of ``sentence`` without the words of a time or occasion opening the sentence with no comma
    that it begins inside (see :data:`framing.source_keys.BARE_TIME_OPENER`): "Aldana" of "trial Aldana" in
    "Throughout the trial Aldana maintained ...", when, not who. Any other span is itself."""
    opener = BARE_TIME_OPENER.match(sentence.text, lead_length(sentence.text))
    if opener is None or not span.start - sentence.start < opener.end() < span.end - sentence.start:
        return span
    cut = sentence.start + opener.end() - span.start
    return Span(span.type, span.start + cut, span.end, span.text[cut:])


#: A quotation's closing mark and a colon ending the words before a headline's speaker ('"We got it wrong": ' of '"We
#: got it wrong": the commissioner on the Halvergate raid').
_QUOTE_THEN_COLON = re.compile(r"[\"”’']\s*:\s*\Z")
#: " on " and the topic after it, ending a speaker's span after such a quotation (" on the Halvergate raid").
_ON_TOPIC = re.compile(r"\s+on\s+\S.*\Z", re.S)


def topic_cut(span: Span, sentence: Sentence) -> Span:
    """The source ``span`` of ``sentence`` without the topic after " on " when a quotation and a colon come just
    before it (see ``_QUOTE_THEN_COLON``, ``_ON_TOPIC``), as a headline writes whose words they are and what about
    ('"We got it wrong": the commissioner on the Halvergate raid'): the commissioner speaks, the raid is no part of
    the source's name. Any other span is itself."""
    if _QUOTE_THEN_COLON.search(sentence.text, 0, span.start - sentence.start) is None:
        return span
    topic = _ON_TOPIC.search(span.text)
    if topic is None or topic.start() == 0:
        return span
    return Span(span.type, span.start, span.start + topic.start(), span.text[:topic.start()])


#: A jury, an inquest or a hearing with an article, up to two lower-case words before its noun, or "jurors" (group
#: "sitting"), then where it sat, "at" or "in" and capitalised words ending the span ("The jury at Westbrook Coroner's
#: Court", "An inquest in Fennick").
_SAT_AT = re.compile(r"(?P<sitting>(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:jury|inquest|hearing)|[Jj]urors)"
                     r"\s+(?:at|in)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}")


#: A court or tribunal other than a coroner's, where a hearing sat ("the High Court", "Harlow Crown Court"): a hearing
#: there keeps where it sat (see :func:`sitting_cut`).
_OTHER_COURT = re.compile(r"(?<!Coroner's )(?<!Coroner’s )(?<!Coroners' )(?<!Coroners’ )\b(?:Court|Tribunal)\b")


def sitting_cut(span: Span) -> Span:
    """The source ``span`` without where the jury, inquest or hearing it names sat (see ``_SAT_AT``: "The jury" of
    "The jury at Westbrook Coroner's Court heard that ..."), as a court report's finder reads it: the same jury as
    "An inquest jury" and "The jury" around it. Any other span is itself, and so is a hearing at another court
    ("A hearing at the High Court": see ``_OTHER_COURT``)."""
    sat = _SAT_AT.fullmatch(span.text.strip())
    if sat is None or (sat.group("sitting").endswith("hearing") and _OTHER_COURT.search(sat.group()) is not None):
        return span  # "A hearing at the High Court": no inquest's, which "the hearing" may mean
    start = span.text.index(sat.group("sitting"))
    return Span(span.type, span.start + start, span.start + start + len(sat.group("sitting")), sat.group("sitting"))


#: A verb of finding in the past or present ("revealed", "shows"), which may act as a cue the model did not mark.
_FINDING_VERB = re.compile(r"(?:revealed|reveals|found|finds|showed|shows|concluded|concludes)\b")


def _unmarked_cue(text: str, at: int) -> bool:
    """Whether a verb of speech or denial (see ``SPEECH_VERB``) or of finding (``_FINDING_VERB``) in lower case
    opens ``text`` at ``at``: what the source did, whether the model marked it as a cue or not."""
    return text[at:at + 1].islower() and (SPEECH_VERB.match(text, at) or _FINDING_VERB.match(text, at)) is not None


#: Verbs of speech or denial, in their forms after a subject ("said", "tells", "denied"), as alternatives for a
#: pattern (see ``SPEECH_VERB``).
SPEECH_VERBS = (r"sa(?:id|ys?)|t(?:old|ells?)|add(?:ed|s)|insist(?:ed|s)?|argu(?:ed|es?)|claim(?:ed|s)?|"
                 r"maintain(?:ed|s)?|wr(?:ote|ites?)|stress(?:ed|es)|not(?:ed|es)|explain(?:ed|s)|"
                 r"acknowledg(?:ed|es?)|admit(?:ted|s)?|conced(?:ed|es?)|counter(?:ed|s)|repl(?:ied|ies|y)|"
                 r"respond(?:ed|s)?|warn(?:ed|s)?|assert(?:ed|s)?|den(?:ied|ies|y)|reject(?:ed|s)?|"
                 r"dismiss(?:ed|es)?|disput(?:ed|es?)|refut(?:ed|es?)|rebut(?:ted|s)?|contest(?:ed|s)?")


def modifier_grown(span: Span, sentence: Sentence) -> Span | None:
    """A source ``span`` that is only an article or an adjective of what a document or its makers are
    (``LONE_MODIFIERS``: "new" of "new evidence shows", "senior" of "senior members of the council who said"), grown to
    the noun it qualifies: up to ``_GROWN_WORDS`` words after it, none a cue's nor a word that ends a noun's words
    (``_NOUN_PHRASE_ENDS``: "of", "who", "this"), none past a mark, with a cue after them; with no such word or no
    cue after it, ``None``: an adjective names no source. Any other span is itself."""
    if span.text.strip(EDGE) not in LONE_MODIFIERS:
        return span
    cues = {c.start - sentence.start for c in sentence.spans if c.type == "cue"}
    end = span.end - sentence.start
    for word in islice(_NEXT_WORD.finditer(sentence.text, end), _GROWN_WORDS):
        if word.start(1) in cues or word.group(1).lower() in _NOUN_PHRASE_ENDS or word.start() != end:
            break
        end = word.end()
        if word.group(2):
            break  # "new evidence, the group said": a mark ends the noun's words
    if end == span.end - sentence.start or not any(at >= end for at in cues):
        return None  # no noun, or one no cue after it makes a speaker: "new alarm among council members that ..."
    return Span(span.type, span.start, sentence.start + end, sentence.text[span.start - sentence.start:end])


def general_grown(span: Span, sentence: Sentence) -> Span:
    """A source ``span`` of ``sentence`` ending on a post that takes "general" after it (``_GENERAL_POSTS``:
    "inspector" of "A report by the county inspector general found"), "general" next: grown to take it in, as the
    span head cut the post's name. Any other span is itself."""
    last = span.text.rstrip(EDGE).rpartition(" ")[2]
    return _grown_over(span, sentence, _GENERAL_AFTER) if last.lower() in _GENERAL_POSTS else span


def kind_grown(span: Span, sentence: Sentence) -> Span:
    """A source ``span`` of ``sentence`` ending on a word in lower case that qualifies a body's kind just after it
    ("consumer" of "a report by the consumer" in "a report by the consumer group Which Way, which found"), grown over
    the kind and the body's name after it if one is written (see ``_KIND_AFTER``), as the span head cut the body off:
    "consumer" alone names no source. Any other span is itself."""
    last = span.text.rstrip(EDGE).rpartition(" ")[2]
    return _grown_over(span, sentence, _KIND_AFTER) if last.isalpha() and last.islower() and last not in BODY_KINDS \
        else span


def nationality_grown(span: Span, sentence: Sentence) -> Span:
    """A source ``span`` of ``sentence`` that is a nationality alone, "the" before it or not ("The Kestorian" of "The
    Kestorian side disputes the figure"), grown over a side's or a body's noun just after it (``_SIDE_AFTER``), as the
    span head cut the source's noun off. Any other span is itself."""
    found = _NATIONALITY_ALONE.fullmatch(span.text.strip(EDGE))
    return _grown_over(span, sentence, _SIDE_AFTER) if found else span


def _grown_over(span: Span, sentence: Sentence, after: re.Pattern[str]) -> Span:
    """A source ``span`` of ``sentence`` grown over what ``after`` matches right after it, or itself where nothing
    does: for a span head that cut off the words that finish the source."""
    found = after.match(sentence.text, span.end - sentence.start)
    if found is None:
        return span
    end = sentence.start + found.end()
    return Span(span.type, span.start, end, sentence.text[span.start - sentence.start:end - sentence.start])


#: One to three capitalised words just before a source span, each followed by one blank on the same line, none a word
#: that opens a clause or a phrase ("But", "The", "In"), a time or an adverb opening the sentence ("Monday",
#: "Meanwhile", "Earlier", "Separately"), nor one in the possessive ("SkyLark " of "SkyLark Airways"): see
#: :func:`name_start_grown`.
_NAME_WORDS_BEFORE = re.compile(r"(?<![\w'’&.-])(?:(?!(?:But|And|Yet|So|Then|Now|The|A|An|In|On|At|For|Of|By|To|From|"
                                r"With|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Meanwhile|Earlier|Later|Yesterday|"
                                r"Today|Tonight|Also|Still|Instead|Elsewhere|Last|Next|This|[A-Z][a-z]+ly)[^\S\r\n])"
                                r"(?![\w'’&-]*['’]s[^\S\r\n])[A-Z][\w'’&-]*[^\S\r\n]){1,3}\Z")


def name_start_grown(span: Span, sentence: Sentence) -> Span:
    """A source ``span`` of ``sentence`` that is one capitalised word a business's name ends with (see
    ``BUSINESS_NAME_ENDS``: "Airways" of "SkyLark Airways, which drew the most complaints, says ..."), or a civic
    body's (see ``CIVIC_NAME_WORDS``: "Watch" of "a residents' group, Westmere Watch, which said ..."), grown back over
    the capitalised words just before it (``_NAME_WORDS_BEFORE``), as the span head cut the name's first words off (a
    word in mixed case often so). Any other span is itself, and so is one in a headline in title case, whose capitals
    say nothing of where a name starts."""
    word = span.text.strip(EDGE)
    if (not word[:1].isupper() or word.lower() not in BUSINESS_NAME_ENDS | CIVIC_NAME_WORDS
            or title_case(sentence.text)):
        return span
    return _grown_back_over(span, sentence, _NAME_WORDS_BEFORE)


#: A body's noun in lower case that a span may hold alone, cut off from "the" and the words qualifying it ("service" of
#: "The police service rejected ..."): see :func:`noun_start_grown`.
_LONE_BODY_NOUNS = BODY_NOUNS | frozenset("service force".split())
#: "the" and one or two words in lower case ending just before a span on its line, none a word that joins or places
#: ("and" of "the army and police", "of", "its") nor one that says when or which, no kind of body ("the new ministry",
#: "the same service", "the former department" name none): see :func:`noun_start_grown`.
_THE_QUALIFIERS_BEFORE = re.compile(
    r"(?<![\w'’-])[Tt]he[^\S\r\n]+(?:(?!(?:and|or|but|nor|of|for|to|in|on|at|by|with|from|that|which|who|its|their|his|"
    r"her|our|said|says|new|old|same|former|previous|current|other|whole|entire|latest|outgoing|incoming|interim)"
    r"[^\S\r\n])[a-z][a-z-]*[^\S\r\n]+){1,2}\Z")


def noun_start_grown(span: Span, sentence: Sentence) -> Span:
    """A source ``span`` of ``sentence`` that is a body's noun alone in lower case ("service" of "The police service
    rejected ..."), grown back over "the" and the one or two words in lower case that qualify it just before
    (``_THE_QUALIFIERS_BEFORE``), as the span head cut them off: "service" alone names no body, while "The police
    service" is the one police service named before ("the Port Halden Police Service"). Any other span is itself, and
    so is one with a cue among those words."""
    if span.text.strip(EDGE) not in _LONE_BODY_NOUNS:
        return span
    grown = _grown_back_over(span, sentence, _THE_QUALIFIERS_BEFORE)
    if any(c.type == "cue" and grown.start < c.end and c.start < span.start for c in sentence.spans):
        return span
    return grown


def _grown_back_over(span: Span, sentence: Sentence, before: re.Pattern[str]) -> Span:
    """A source ``span`` of ``sentence`` grown back over what ``before`` finds ending right where it starts, or itself
    where nothing does: for a span head that cut off the words that open the source (see :func:`_grown_over`)."""
    found = before.search(sentence.text, 0, span.start - sentence.start)
    if found is None:
        return span
    start = sentence.start + found.start()
    return Span(span.type, start, span.end, sentence.text[found.start():span.end - sentence.start])


#: An article and up to three words in lower case, the last a noun, ending just before a span (see :func:`head_grown`).
_HEAD_BEFORE = re.compile(r"(?<![\w'’-])(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+){1,3}$")


#: Who is close to someone, just before the one they are close to ("two people close to ", "A source close to ",
#: "Friends of ", "a relative of ", "an insider familiar with "), or one who speaks for them ("A spokeswoman for "):
#: the head a source span on the one they are close to or speak for lost (see :func:`close_to_grown`); group "head"
#: its words.
_CLOSE_TO_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<head>(?:(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]any|[Tt]he)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}?(?:(?:source|sources|insider|insiders|person|people|friend|friends|figure|figures|"
    r"aide|aides|someone)\s+(?:close\s+to|familiar\s+with)|(?:[Ff]riends?|[Rr]elatives?)\s+of"
    r"|(?P<spokes>spokes(?:man|woman|person))\s+for)\s+)$")


def close_to_grown(span: Span, sentence: Sentence) -> Span:
    """A source ``span`` of ``sentence`` on whom others are close to or familiar with, or whose friends or relatives
    they are ("the couple" of "two people close to the couple said", of "Friends of the couple said"), or for whom a
    spokesperson speaks ("the company" of "A spokeswoman for the company said"), grown back over those others, who
    speak (see ``_CLOSE_TO_BEFORE``): "two people close to the couple"; any other span is itself, and so is one
    after a spokesperson the model marked apart ("A spokesman", "the harbour board"), left to the chain's rule."""
    head = _CLOSE_TO_BEFORE.search(sentence.text, 0, span.start - sentence.start)
    if head is None or (head.group("spokes") is not None and any(
            other.type == "source" and sentence.start + head.start("head") <= other.start < span.start
            for other in sentence.spans)):
        return span
    start = sentence.start + head.start("head")
    return Span(span.type, start, span.end, sentence.text[head.start("head"):span.end - sentence.start])


#: "his" or "her" just before a source span (see :func:`owner_grown`).
_OWNER_BEFORE = re.compile(r"(?<![\w'’-])(?i:his|her)\s+$")


def owner_grown(span: Span, sentence: Sentence) -> Span:
    """A source ``span`` of ``sentence`` that is a side's or an office's noun alone (``SIDE_ALONE``: "office" of "a
    charge her office denied"), "his" or "her" just before it: grown back over the pronoun, as the span head cut off
    whose side it is (see :meth:`framing.source_index.SourceIndex._side_of_his_or_her`). Any other span is itself."""
    return _grown_back_over(span, sentence, _OWNER_BEFORE) if SIDE_ALONE.fullmatch(span.text.strip(EDGE)) else span


def head_grown(span: Span, sentence: Sentence) -> Span:
    """A source ``span`` of ``sentence`` that opens with a participle placing what comes before it (see
    :data:`framing.source_words.PLACING_PARTICIPLE`: "circulating on TikTok" of "A video circulating on TikTok claims"),
    grown back over the noun it describes, with its article, in lower case ("A video"): the span head cut the source's
    head off, and the fragment alone names no one; the noun alone before a verb of being ("The claim" of "The claim
    was circulating on Kwitter"). Any other span is itself."""
    if not PLACING_PARTICIPLE.match(span.text):
        return span
    head = _HEAD_BEFORE.search(sentence.text, 0, span.start - sentence.start)
    if head is None:
        return span
    start = sentence.start + head.start()
    being = _BEING.search(head.group())
    if being is not None:  # "The claim was circulating on Kwitter": the noun before the verb alone, "The claim"
        return Span(span.type, start, start + being.start(), head.group()[:being.start()])
    return Span(span.type, start, span.end, sentence.text[head.start():span.end - sentence.start])


#: A verb of being between a noun and the participle after it, its subject's end (see :func:`head_grown`).
_BEING = re.compile(r"\s+(?:is|are|was|were)\s")


#: A participle of making or handing over ending a source span (see :data:`framing.source_form_documents._BY`).
_MADE_END = re.compile(r"(?:^|\s)(?:provided|supplied|released|published|compiled|issued|prepared)$", re.I)
#: "by" and a capitalised body's name just after such a span ("by the Justice Department", "by Harbour Board").
_BY_BODY_AFTER = re.compile(r"\s+by\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.&-]*)*")


def maker_grown(span: Span, sentence: Sentence) -> Span:
    """A source ``span`` of ``sentence`` that ends on a participle of making or handing over ("data provided" of
    "According to data provided by the Harbour Board, ..."), "by" and a capitalised body's name next: grown to take
    them in, as the span head cut the body that made the material off (the source's key is then the body's). Any other
    span is itself."""
    return span if _MADE_END.search(span.text.rstrip(EDGE)) is None else _grown_over(span, sentence, _BY_BODY_AFTER)


#: Posts whose name goes on with "general" ("inspector general", "auditor general"), and "general" after one.
_GENERAL_POSTS = frozenset("""inspector auditor attorney solicitor surgeon comptroller director secretary registrar
    postmaster advocate""".split())
#: A nationality alone, "the" before it or not: a capitalised word ending as one does, in -i, -n or -ese
#: ("Kestorian", "Velmari", "Japanese"), which names and places may too ("Berlin": see :func:`nationality_grown`
#: for when it grows).
_NATIONALITY_ALONE = re.compile(r"(?:[Tt]he\s+)?[A-Z][a-z]{3,}(?:i|n|ese)")
#: Nouns for a side in talks or a conflict, or a state's people in arms or office, that no body's noun is; and a
#: country's media ("Dravinian state television", "Velmari state news agency").
_SIDES = frozenset("side delegation authorities officials military forces troops television tv media radio".split())
#: A side's or a state body's noun in lower case just after a nationality ("side", "delegation", "authorities",
#: "army"; ``BODY_NOUNS``), "state" or "state-run" before it or not, which finishes the source a span cut after the
#: nationality.
_SIDE_AFTER = re.compile(r"[^\S\r\n]+(?:state(?:-run|-owned|-controlled)?\s+(?:news\s+)?)?"
                         rf"(?:{'|'.join(sorted(BODY_NOUNS | _SIDES))})(?![\w'’-])")
#: A body's kind in lower case (``BODY_KINDS``: "group", "watchdog", "charity"), and the body's name in capitalised
#: words after it if written, no month nor weekday ("group Which Way" of "the consumer group Which Way, which found").
_KIND_AFTER = re.compile(rf"[^\S\r\n]+(?:{'|'.join(sorted(BODY_KINDS))})(?![\w'’-])"
                         rf"(?:[^\S\r\n]+(?!{CALENDAR.pattern}(?![\w'’-]))[A-Z][\w'’&.-]*"
                         r"(?:[^\S\r\n]+(?:(?:of|for|and)[^\S\r\n]+)?[A-Z][\w'’&-]*){0,4})?")
_GENERAL_AFTER = re.compile(r"[^\S\r\n]*[-\s]?(?:general|General)(?![\w'’-])")

#: The next word after spaces (group 1), and a mark just after it (group 2); how many of them a lone adjective
#: grows over to its noun, and the words that end a noun's words before it (see :func:`modifier_grown`).
_NEXT_WORD = re.compile(r"[^\S\r\n]+([\w][\w'’-]*)([,;:.!?)\]]?)")
_GROWN_WORDS = 3
_NOUN_PHRASE_ENDS = frozenset("""of from in on at by for with to about among into over under after before during
    who whom whose which that this these those and or but as than said says""".split())
#: "He" or "she" opening a sentence, after a quotation mark or a conjunction, and the adverbs or auxiliary that may
#: stand before its verb ("She said", "But he also denied", "She has repeatedly rejected").
#: A verb of speech or denial in a cue after that pronoun ("said", "also incorrectly said", "flatly denied").
SPEECH_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b", re.I)

#: A description set after a name: an article and lower-case words ("a civil rights group", "the group's director").
_DESCRIPTION = re.compile(r"(?:a|an|the)(?:\s+[a-z][\w'’-]*)+")

#: Capitalised words just before a source span, after a lower-case "the" that opens the name they start ("the
#: [Progressive] Alliance Party"), or "The" opening the sentence, none a possessive ("the State Department's Ned
#: Price" owns, it names no one).
_NAME_LEFT_OUT = re.compile(r"(?:(?<![\w'’-])the|^The)\s+((?:[A-Z][\w'’-]*(?<!['’]s)\s+)+)$")
#: A body's initials in brackets ending a source span after its name (" (IMB)" of "Monitoring Board (IMB)").
_INITIALS_IN_BRACKETS_END = re.compile(r"\s*\([A-Z][A-Z&]+\)\Z")
#: A portfolio in lower case just before a source span of a ministry's or department's noun alone, after "the" or
#: an owner's name ("finance" of "The finance ministry rejected", "Velmar's foreign ministry"; group 1), which the
#: span left out: the portfolio tells one ministry from another.
_PORTFOLIO_LEFT_OUT = re.compile(r"(?:(?<![\w'’-])(?i:the)|[A-Z][\w-]*['’]s)\s+"
                                 rf"((?:{'|'.join(sorted(word.lower() for word in PORTFOLIOS | {'Foreign'}))}))\s+$")
#: The nouns of a state's body that a portfolio before them tells apart ("the finance ministry").
_PORTFOLIO_BODIES = frozenset(("ministry", "department"))
#: One capitalised word opening a sentence and one space, before a source span (see :func:`_with_opening_word`).
_OPENING_WORD_LEFT_OUT = re.compile(r"([A-Z][a-z][\w'’-]*) ")
#: A source span of one capitalised word, no possessive ("Records", not "Records'" nor "Harbour's").
_ONE_NAME_WORD = re.compile(r"[A-Z][a-z][\w-]*")
#: An article before a name's words, which makes no name of what follows ("The company").
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
#: A description after a name's comma, up to the comma that closes it (see :func:`_describes_before_comma`): an
#: article, capitalised words ("Egyptian", "Acme"), lower-case words, at least one (group "head"), then perhaps a
#: place after "in", "at" or "from" ("a lawyer in Cairo") and a relative clause: "an Egyptian lawyer who has
#: represented the family,", "the Acme chief,", "a lawyer in Cairo who represents the family,".
_DESCRIBED_UP_TO_COMMA = re.compile(r"(?P<head>(?:a|an|the)(?:\s+[A-Z][\w'’-]*)*"
                                    r"(?:\s+(?!(?:and|or|who|whose|which|that)\b|(?:in|at|from)\s+[A-Z])"
                                    r"[a-z][\w'’-]*)+)"
                                    r"(?:\s+(?:in|at|from)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
                                    r"(?:\s+(?:who|whose|which|that)\s[^,;:()\"“”]*)?\s*,")
#: What stands between a name and its description, and what closes the description: a comma, or the
#: sentence's end ("Liberty, a civil rights group, said", "said Liberty, a civil rights group."); the gap may hold
#: the description's article that its span left out ("a" of "Redline Strategies, a Republican firm,"; group 1).
_APPOSITIVE_GAP = re.compile(r"\s*,\s*((?:a|an|the)\s+)?")
#: A participle naming who leads or founded the body just before, set apart after its name ("led by former diplomat
#: Karin Vahtra" of "The Observation Mission, led by former diplomat Karin Vahtra, said"): a description of the body.
_LED_BY = re.compile(r"(?:led|headed|chaired|co-chaired|run|founded|co-founded|directed|managed)\s+by\s")
#: A capitalised word just before a span: the span may have cut the name short ("International" of "Safari Club
#: International").
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’.&-]*\s+$")
#: An outlet's word that opens its name, just before a span that left it out ("Channel" of "Channel Nine News",
#: "Daily" of "The Daily Harbour").
_CHANNEL_LEFT_OUT = re.compile(r"(?<![\w'’.-])(?:Channel|Radio|Daily)\s$")
#: Initials in capitals just before such a word, which then ends an outlet's name ("BBC Radio", "RTE Radio")
#: rather than opening the span's.
_NAME_ENDS_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][A-Z\d&]+\s+$")
#: An article just before a span that left it out ("a" of "a Republican firm" marked "Republican firm").
_ARTICLE_LEFT_OUT = re.compile(r"(?<![\w'’-])(?:a|an|the)\s+$")
#: An article and a lower-case word just before a span of one lower-case word that left both out ("a short" of "a
#: short seller" marked "seller").
_ARTICLE_AND_WORD_LEFT_OUT = re.compile(r"(?<![\w'’-])(?:a|an|the)\s+[a-z][\w'’-]*\s+$")
_ONE_LOWER_WORD = re.compile(r"[a-z][\w'’-]*")
_APPOSITIVE_END = re.compile(r"\s*(?:,|[.!?]?\s*$)")
#: The group a description's one is picked from, which its span may leave out (" of the chains" of "the largest of
#: the chains", " of its founders" of "the eldest of its founders"): "of", perhaps a determiner, one word.
_GROUP_OF = re.compile(r"\s+of\s+(?:(?:the|its|their|these|those)\s+)?[a-z][\w'’-]*\s*")
#: The word saying where a description's one is based, which its span may leave out (" based" of "a group based in
#: Lisbon,", " headquartered" of "a bank headquartered in Ostby,"); the place after it is read as a description's.
_BASED_WORD = re.compile(r"\s+(?:based|headquartered|located|registered|stationed)\s*")
#: What joins two source spans into one chain of a head and what it belongs to ("Judge Ortega of" "the Court").
_CHAIN_GAP = re.compile(r"\s+(?:of|for|at)\s+(?:the\s+)?")
#: A head that names someone: a capitalised word after another or after an article, whatever its case, as the
#: article's capital only says where the sentence opens ("Judge Maria Ortega", "U.S. District", "The Ministry" and
#: "the Ministry" alike; not "A spokesman").
_NAMED_HEAD = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’.-]*|the|a|an)\s+[A-Z]")


def with_whole_name(span: Span, sentence: Sentence, known: SourceIndex) -> Span:
    """``span`` widened over the name's words it left out before it (see :func:`_with_name_before`), then after it
    (see :func:`_with_name_after`), and where that reached a body's noun ending the name, over those before it once
    more: "Conduct" of "The Financial Conduct Board accused ..." is "Financial Conduct Board", the name the copy
    writes, not "Conduct Board", which a later "the board" would join as another body."""
    before = _with_name_before(span, sentence, known)
    widened = _with_name_after(before, sentence)
    if widened.end == before.end:
        return widened
    return _with_name_before(widened, sentence, known)


def _with_name_before(span: Span, sentence: Sentence, known: SourceIndex) -> Span:
    """``span``, or when it is a body's name (its last word a body's noun: see :data:`framing.source_words.BODY_NOUNS`;
    its initials in brackets after it too, "Monitoring Board (IMB)": see :func:`_last_name_word`) that starts a
    capitalised word short of a name that "the" opens ("Alliance Party" of "Statement from the Progressive Alliance
    Party"), the span over the whole name, so that it is the name the copy writes ("The
    Progressive Alliance Party said") and "the party" has one party to join; so too over an outlet's "Channel",
    "Radio" or "Daily" just before the span ("Nine News" of "Channel Nine News", "Harbour" of "The Daily Harbour"),
    and over the portfolio in lower case before a ministry's or department's noun alone ("ministry" of "The finance
    ministry rejected": see ``_PORTFOLIO_LEFT_OUT``). A person's name is never widened over an outlet or a body
    before it ("Ana Ruiz" of "Speaking to the BBC Ana Ruiz denied", "Ned Price" of "the State Department's Ned
    Price"), nor over such a word ending an outlet's name or before a known given name ("Ana Ruiz" of "Speaking to
    BBC Radio Ana Ruiz denied", "In a Daily Ana Ruiz")."""
    at = span.start - sentence.start
    portfolio = (_PORTFOLIO_LEFT_OUT.search(sentence.text, max(0, at - 40), at)
                 if span.text.strip(EDGE) in _PORTFOLIO_BODIES else None)
    if portfolio is not None:
        # "ministry" of "The finance ministry rejected ...": the finance ministry, not any ministry
        return Span(span.type, sentence.start + portfolio.start(1), span.end, sentence.text[portfolio.start(1):at]
                    + span.text)
    channel = _CHANNEL_LEFT_OUT.search(sentence.text, max(0, at - len("Channel ")), at)  # the word just before
    if (channel and (span.text[:1].isupper() or span.text[:1].isdigit())
            and given_name_sex(span.text.split()[0].strip(EDGE)) is None and not known.names_person_surnamed(span.text)
            and not _NAME_ENDS_BEFORE.search(sentence.text, 0, channel.start())):
        # "Nine News" of "Channel Nine News reported": the broadcaster's name opens with its "Channel"
        return Span(span.type, sentence.start + channel.start(), span.end, channel.group() + span.text)
    # the words before the span are read only for a body's name, not once per span of a long sentence
    left_out = (_name_left_out(sentence.text, at) if span.text[:1].isupper()
                and _last_name_word(span.text) in BODY_NOUNS else None)
    if not left_out:
        return _with_opening_word(span, sentence, known)
    return Span(span.type, sentence.start + left_out.start(1), span.end, left_out.group(1) + span.text)


def _last_name_word(text: str) -> str:
    """The last word of the name a source span's ``text`` writes, in lower case, past the body's initials in brackets
    after it (see ``_INITIALS_IN_BRACKETS_END``): "board" of "Monitoring Board (IMB)", whose noun the name ends with."""
    words = _INITIALS_IN_BRACKETS_END.sub("", text).split()
    return words[-1].strip(EDGE).lower() if words else ""


def _name_left_out(text: str, at: int) -> re.Match[str] | None:
    """``_NAME_LEFT_OUT`` ending at ``at`` in ``text``: capitalised words after "the", read from the last word
    before ``at`` that is not capitalised (where that "the" must stand), not from the text's start."""
    head, words = text[:at], 8
    parts = head.rsplit(None, words)
    while len(parts) > words and all("A" <= part[0] <= "Z" for part in parts[1:]):
        words *= 2
        parts = head.rsplit(None, words)
    return _NAME_LEFT_OUT.search(text, len(parts[0]) if len(parts) > words else 0, at)


def _with_opening_word(span: Span, sentence: Sentence, known: SourceIndex) -> Span:
    """``span``, or when it is one capitalised word after one capitalised word that opens ``sentence``, one space
    between, which may begin a name (see :func:`framing.person_names.name_opening_word`), the span over both: "Records"
    of "Harbour Records called the album ..." is "Harbour Records", as a name's words after "the" are restored. Not
    when the word is the surname of a person the document named in full: "Vell" of "Tough Vell said" after "Tom
    Vell" is that person, whatever the word before says of him; nor after a cue opening a quotation ('Added Holt:
    "..."': see :func:`framing.source_find_after_cue.cue_opens_quotation`)."""
    at = span.start - sentence.start
    lead = lead_length(sentence.text)
    before = _OPENING_WORD_LEFT_OUT.fullmatch(sentence.text, lead, at)
    if (before is None or not _ONE_NAME_WORD.fullmatch(span.text) or not name_opening_word(before.group(1))
            or known.names_person_surnamed(span.text) or cue_opens_quotation(sentence.text[lead:])):
        return span
    start = sentence.start + before.start(1)
    return Span(span.type, start, span.end, sentence.text[before.start(1):at] + span.text)


def with_name_described(span: Span, sentence: Sentence, known: SourceIndex) -> Span:
    """``span``, or when it is only a description (an article and lower-case words, or one that a comma closes with
    a nationality or a name's words before its noun: see :func:`_describes_before_comma`) set apart between commas,
    or a comma and the end, just after a name the span left out, the span over both (see
    :func:`framing.source_find_after_cue.name_before_description`): "the developer" of "Baywater Holdings, the
    developer, said" is "Baywater Holdings, the developer", and "a Republican firm" of "Redline Strategies, a
    Republican firm, said" "Redline Strategies, a Republican firm", read as the name's, as the description is when
    the span holds both."""
    at = _description_start(span, sentence)
    described = _DESCRIPTION.fullmatch(span.text) or _describes_before_comma(span, sentence)
    if not (described and _APPOSITIVE_END.match(sentence.text, span.end - sentence.start)):
        return span
    start = name_before_description(sentence.text[:at], known.knows)
    if start is None:
        return span
    return Span(span.type, sentence.start + start, span.end, sentence.text[start:span.end - sentence.start])


#: One person's relation to someone described in lower case, ending just before a comma and a name set after it
#: ("A lawyer for the arrested man, " of "A lawyer for the arrested man, Farid Hollis, said"); not one for someone's
#: relative, beside whom the name is the lawyer's ("A lawyer for the boy's father, Ardin Vell").
_RELATION_BEFORE_NAME = re.compile(
    r"(?i:(?:the|a|an|his|her|their)\s+)?(?:[a-z][\w'’-]*\s+)?(?i:lawyer|attorney|relative|mother|father|wife|husband|"
    r"son|daughter|brother|sister|friend|representative)\s+(?:of|for)\s+(?:the|a|an|one)\s+(?:[a-z][\w-]*\s+){0,3}"
    r"[a-z][\w-]*,\s*$")


def with_relation_named(span: Span, sentence: Sentence) -> Span:
    """``span``, or when it is a personal name set between commas just after one person's relation to someone
    described ("Farid Hollis" of "A lawyer for the arrested man, Farid Hollis, said": see ``_RELATION_BEFORE_NAME``),
    the span over both: the name is the nearer noun's, the arrested man's, and the lawyer speaks as his, as the whole
    span is keyed ("lawyer for farid hollis")."""
    at = span.start - sentence.start
    words = span.text.split()
    if not (words and personal_name(words) and _APPOSITIVE_END.match(sentence.text, span.end - sentence.start)):
        return span
    found = _RELATION_BEFORE_NAME.search(sentence.text, max(0, at - 120), at)
    if found is None:
        return span
    start = found.start()
    return Span(span.type, sentence.start + start, span.end, sentence.text[start:span.end - sentence.start])


def _description_start(span: Span, sentence: Sentence) -> int:
    """Where in ``sentence``'s text the description that ``span`` marks opens: at the span, or at the article just
    before it that the span left out ("a" of "a Republican firm" marked "Republican firm"), for a span of one
    lower-case word also with the word after that article ("a short" of "a short seller" marked "seller")."""
    at = span.start - sentence.start
    article = None if _ARTICLE.match(span.text) else search_before_space(_ARTICLE_LEFT_OUT, sentence.text, at, 3)
    if article is None and _ONE_LOWER_WORD.fullmatch(span.text):
        # "seller" of "a short seller": the model cut a compound noun, the article and its first word left out
        article = _ARTICLE_AND_WORD_LEFT_OUT.search(sentence.text, last_words_start(sentence.text, at, 2), at)
    return article.start() if article else at


def _with_name_after(span: Span, sentence: Sentence) -> Span:
    """``span``, or when it holds a title alone and the name it stops short of follows ("County Commissioner"
    of "County Commissioner Alan Pike approved the deal", see :func:`framing.source_roles.name_after_title`), the
    span over both, so that the person is named, and so a role in lower case before the name set after it ("the
    firm's chief executive" of "said the firm's chief executive Ana Roe.", "the Green leader of the Senate" of
    "..., the Green leader of the Senate, Rena Tolle.": see :func:`framing.source_roles.name_after_role`); so too a
    span cut inside a body's name ("The landlord, Castell" of
    "The landlord, Castell Property Group, has raised", see :func:`framing.source_roles.body_name_after`) or short of a
    body's noun in lower case ("the Kestorian" of "According to the Kestorian ministry, ...", see
    :func:`framing.source_roles.body_noun_after`), and a span
    that stops at a participle of access before "by" and who had the material ("obtained" of "According to emails
    obtained by the Guardian", see :func:`maker_after_access`), and one that stops short of the name a source calls
    itself ("A group" or "itself" of "A group calling itself BlackHarbor claimed", see
    :func:`framing.source_roles.self_name_after`), and one that stops at a body's kind before its name ("the heritage
    group" of "the heritage group Return Now found", see :func:`framing.source_roles.name_after_kind`), and one that
    stops at a given name before the surname ("Tom" of "Gov. Tom Vask vetoed", see
    :func:`framing.person_names.surname_after_given_name`), and a person's name that stops short of "and" and another
    person's name right before the cue ("Dan Orr" of "Dan Orr and Mira Lisk said", see :func:`_partner_after`), and a
    name in the possessive that stops short of the one who speaks for it ("Okafor's" of "Okafor's agent went
    further, saying ...", see :func:`_agent_after_possessive`), and a body owned by "his", "her", "their" or "its" that
    stops short of its name set after it ("record label" of "According to her record label, Northlight Music, ...",
    see :func:`_name_set_after_owned`), and one that stops inside the place its body is in ("Police in Port" of
    "Police in Port Calder confirmed", see :func:`_place_after_in`), and one that stops inside a name written in a
    script without capitals ("The mayor, דנה" of "The mayor, דנה לוי, denied", see
    :func:`framing.person_names.rest_of_uncased_name`)."""
    after = sentence.text[span.end - sentence.start:]
    cues = [cue.start - span.end for cue in sentence.spans if cue.type == "cue" and cue.start > span.end]
    reach = (name_after_title(span.text, after) or body_name_after(span.text, after)
             or surname_after_given_name(span.text, after) or _partner_after(span.text, after, cues)
             or body_noun_after(span.text, after, cues) or maker_after_access(span, after)
             or self_name_after(span.text, sentence.text, span.start - sentence.start, after)
             or name_after_role(span.text, after) or name_after_kind(span.text, after)
             or _agent_after_possessive(span.text, after)
             or _name_set_after_owned(span.text, sentence.text[:span.start - sentence.start], after)
             or _place_after_in(span.text, after) or _partner_after_ampersand(span.text, after)
             or rest_of_uncased_name(span.text, after))
    if not reach:
        return span
    return Span(span.type, span.start, span.end + reach, span.text + after[:reach])


#: The capitalised words of a firm's name after an "&" a span ended on ("Hale" of "Borrow &" before " Hale, said"),
#: up to a word in lower case, a comma or a stop.
_AFTER_AMPERSAND = re.compile(r"(?:\s+[A-Z][\w'’.-]*){1,3}(?=\s+[a-z]|[,.;:]|$)")


def _partner_after_ampersand(text: str, after: str) -> int:
    """How much of ``after`` finishes a firm's name that the span ``text`` cut just after its "&" ("Coastline
    Agencies and Borrow &" before " Hale, said"), so the source is the firm's whole name, never one ending in "&"."""
    if not text.rstrip().endswith("&"):
        return 0
    found = _AFTER_AMPERSAND.match(after)
    return found.end() if found else 0


#: A span ending on where its body or group is, "in" or "at" and a place's capitalised words ("Police in Port" of
#: "Police in Port Calder confirmed"), and the place's words it left out after it, one or two, before a word in lower
#: case, a comma or a stop (see :func:`_place_after_in`).
_ENDS_IN_PLACE = re.compile(r"\s(?:in|at)\s+(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*$")
_PLACE_GOES_ON = re.compile(r"(?:\s+[A-Z][\w'’-]*){1,2}(?=\s+[a-z]|[,.;:]|$)")


def _place_after_in(text: str, after: str) -> int:
    """How much of ``after`` finishes the place a span ``text`` stops inside ("Police in Port" before " Calder
    confirmed", "officials in San" before " Marino said"), so that the source is the whole place's ("police in port
    calder"), not a cut one of its own; never over a month or a weekday ("in Tessaly Tuesday said") or a role or a
    title ("in Orlan Ambassador ...")."""
    if _ENDS_IN_PLACE.search(text) is None:
        return 0
    found = _PLACE_GOES_ON.match(after)
    if found is None or any(CALENDAR.fullmatch(word) or role_word(word.lower()) for word in found.group().split()):
        return 0
    return found.end()


#: Who speaks or acts for a person, in lower case after the person's name in the possessive (" agent" of "Okafor's
#: agent went further"), no name set after it (not "Okafor's agent, Rui Salgado," or "Okafor's agent Rui Salgado").
_AGENT_AFTER_POSSESSIVE = re.compile(r"\s+(?:agents?|lawyers?|attorneys?|solicitors?|publicists?|representatives?|"
                                     r"spokes(?:man|woman|person|men|women|people)|aides?|advis[eo]rs?|managers?)"
                                     r"(?![\w'’-])(?!,?\s+[A-Z])")


def _agent_after_possessive(text: str, after: str) -> int:
    """How far into ``after``, the sentence's text after the source span ``text``, the one who speaks or acts for
    the person the span names in the possessive reaches (" agent" after "Okafor's" of "Okafor's agent went further":
    see ``_AGENT_AFTER_POSSESSIVE``): the agent speaks, not the client whose name the model marked; 0 otherwise, and
    for a span of no capitalised name ("his")."""
    words = text.strip(EDGE).split()
    if not words or POSSESSIVE.search(words[-1]) is None or not all(word[:1].isupper() for word in words):
        return 0
    found = _AGENT_AFTER_POSSESSIVE.match(after)
    return found.end() if found else 0


#: "his", "her", "their" or "its" ending the text before a source span, or opening it ("her " of "According to her
#: record label").
_OWNING_PRONOUN = re.compile(r"(?<![\w'’-])(?i:his|her|their|its)\s+\Z")
#: A name of capitalised words set between commas after such a span (", Northlight Music" of "her record label,
#: Northlight Music, the album ..."; group 1 the name).
_NAME_SET_AFTER = re.compile(r",\s+([A-Z][\w'’&.-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w'’&.-]*){1,3})(?=,)")


#: The owners' pronouns ``_OWNING_PRONOUN`` reads, as the first word of a source span ("her" of "her record label").
_OWNERS = frozenset(("his", "her", "their", "its"))
#: "the" ending the text before a source span ("the " of "In a statement, the agency"), as it may open one.
_THE_BEFORE = re.compile(r"(?<![\w'’-])(?i:the)\s+\Z")
#: Nouns for a body of the arts and media trade that a name set after it between commas names ("the label, Crestline
#: Records,", "the studio, Halberd Pictures,"), besides a body's noun or kind (``BODY_NOUNS``: "the agency", "the
#: union") and a trade a business may have (see :func:`framing.source_kinds.trade_head`).
_ARTS_BODY_NOUNS = frozenset("label studio studios publisher distributor gallery theatre museum orchestra festival "
                             "academy".split())


def _body_noun(word: str) -> bool:
    """Whether the lower-case ``word`` is a body's noun or kind, a business's trade or an arts body's (see
    ``_ARTS_BODY_NOUNS``), which "the" before it makes a description of one body, not a person's role."""
    return word in BODY_NOUNS or word in _ARTS_BODY_NOUNS or trade_head(word)


def _name_set_after_owned(text: str, before: str, after: str) -> int:
    """How far into ``after``, the sentence's text after the source span ``text``, the name of two to four capitalised
    words set between commas after a body owned by "his", "her", "their" or "its" reaches (see ``_NAME_SET_AFTER``:
    ", Northlight Music" after "record label" of "According to her record label, Northlight Music, ..."; the pronoun
    in the span or just before it, ``before``): the name is the source, as "Her label, Harbour Records, called" is
    read. So too after "the" and a body's noun (see :func:`_body_noun`: ", Priory Talent" after "the agency" of "In a
    statement, the agency, Priory Talent, said ..."). 0 otherwise: a span of other words than up to three in lower
    case, a person's role or trade ("his lawyer, Dana Moor", read as a role's holder elsewhere; "the singer, Tia
    Moss,"), or a name opening with a known given name."""
    words = text.strip(EDGE).split()
    opener = words[0].lower() if words else ""
    the = opener == "the" or (opener not in _OWNERS and _THE_BEFORE.search(before) is not None)
    if opener in _OWNERS or opener == "the":
        words = words[1:]
    elif _OWNING_PRONOUN.search(before) is None and not the:
        return 0
    if not 1 <= len(words) <= 3 or not all(word.islower() for word in words) or words[-1] in PERSON_ROLES:
        return 0
    if the and not _body_noun(words[-1]):
        return 0
    found = _NAME_SET_AFTER.match(after)
    return found.end(1) if found and not is_given_name(found.group(1).split()[0]) else 0


#: "and" and two or three capitalised words after a source span, up to the blank before the next word ("and Mira Lisk"
#: of "Dan Orr and Mira Lisk said"; group 1 the name).
_PARTNER_AFTER = re.compile(r"\s+and\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*){1,2})\s+")


def _partner_after(text: str, after: str, cues: list[int]) -> int:
    """How far into ``after``, the sentence's text after the source span ``text``, a person's name of two words or
    more, "and" and another person's name reach when the cue follows them ("and Mira Lisk" after "Dan Orr" of "Dan
    Orr and Mira Lisk said": see ``_PARTNER_AFTER``; ``cues``: where the cues after the span start, from its end):
    the two speak together, as a span over both says (see :func:`framing.source_forms.display_source`); 0 otherwise
    ("Dan Orr and Mira Lisk's lawyers said", "Dan Orr and Harbour Bank said")."""
    found = _PARTNER_AFTER.match(after)
    words = text.strip(EDGE).split(" ")
    if found is None or found.end() not in cues or len(words) < 2 or not personal_name(words):
        return 0
    return found.end(1) if personal_name(found.group(1).split()) else 0


#: A participle of access ending a source span ("obtained", "internal safety logs obtained").
_ACCESS_ENDING = re.compile(r"(?<![\w'’-])(?:obtained|seen|reviewed|viewed|examined|verified|analy[sz]ed)\Z", re.I)
#: "by" and who had the material after such a span: a name in capitalised words or figures ("the Guardian", "Channel
#: 9 News"), with the noun after it when it is a possessive ("Drellmark's auditors": the auditors had it, not the
#: company), or the publication itself unnamed ("the newspaper", which :func:`_own_outlet` then reads).
_BY_MAKER = re.compile(r"\s+by\s+(?:(?:the|this)\s+(?:magazine|newspaper|paper|publication)\b|(?:the\s+)?"
                       r"[A-Z][\w'’.&-]*(?:\s+(?:[A-Z]|\d+\b)[\w'’.&-]*)*"
                       r"(?:(?<=['’]s|s['’])\s+(?:own\s+|outside\s+|external\s+|independent\s+)?[a-z][\w-]*)?)")


def maker_after_access(span: Span, after: str) -> int:
    """How far past ``span`` the "by" and the outlet that had the material reach, where the model stopped the span
    at a participle of access ("obtained" of "According to emails obtained by the Guardian", see ``_BY_MAKER``), so
    that the outlet is credited as for the whole phrase; 0 for any other span."""
    if not _ACCESS_ENDING.search(span.text):
        return 0
    found = _BY_MAKER.match(after)
    return found.end() if found else 0


#: A quantifier and up to two capitalised words after it, as a source span may hold them without the group they
#: count ("some Canadian" of "some Canadian media have published", "Several" of "Several Ostrian newspapers").
_COUNT_WITHOUT_GROUP = re.compile(rf"(?i:{'|'.join(sorted(QUANTIFIERS))})(?:\s+[A-Z][\w'’-]*){{0,2}}")
#: Nouns of an outlet, which a quantifier counts in the plural ("several newspapers", "some outlets").
_OUTLET_NOUNS = frozenset("newspaper paper outlet broadcaster channel website tabloid".split())
#: What may follow such a span up to the group it counts: capitalised words, then a lower-case word (group 2:
#: "media", "Western media"), perhaps "media" or "news" before the noun of their outlets (group 4: "media outlets").
_GROUP_AFTER_COUNT = re.compile(r"((?:\s+[A-Z][\w'’-]*){0,2}\s+([a-z][\w'’-]*))"
                                r"(\s+([a-z][\w'’-]*))?(?![\w'’-])")
_OUTLETS_OF = frozenset({"media", "news"})


def with_group_counted(span: Span, sentence: Sentence) -> Span:
    """``span``, or when it holds a quantifier and up to two capitalised words alone ("some Canadian", "Some") and
    the group of people they count follows it (see :func:`counted_group`: "media", "media outlets", "newspapers",
    "officials"), the span over the group, so that "some Canadian media" is people counted, named by no one (see
    :func:`generic_source`), not the name "some canadian"."""
    if not _COUNT_WITHOUT_GROUP.fullmatch(span.text):
        return span
    after = _GROUP_AFTER_COUNT.match(sentence.text, span.end - sentence.start)
    if after is None or span.text.count(" ") + after.group(1).count(" ") > 3:
        return span
    if after.group(2) in _OUTLETS_OF and after.group(4) and after.group(4).removesuffix("s") in _OUTLET_NOUNS:
        reach = after.group(1) + after.group(3)  # "media outlets"
    elif counted_group(after.group(2)):
        reach = after.group(1)
    else:
        return span
    return Span(span.type, span.start, span.end + len(reach), span.text + reach)


def counted_group(noun: str) -> bool:
    """Whether the lower-case ``noun`` names a group of people a quantifier may count: an unnamed group's noun (see
    ``NAMELESS_NOUNS``: "media", "residents") or the plural of a role or an outlet ("officials", "newspapers")."""
    return noun in NAMELESS_NOUNS or (noun.endswith("s") and (role_word(noun) or noun.removesuffix("s") in
                                                               _OUTLET_NOUNS))


def chained(spans: list[Span], sentence: Sentence) -> list[Span]:
    """``spans`` without those that a named head's appositive chain holds, written after it with "of", "for" or "at"
    between: "the Southern District of New York" of "Judge Maria Ortega of the U.S. District Court for the
    Southern District of New York", marked apart. The named person or body speaks, though the chain's tail stands
    nearer the cue; a head that names no one ("A spokesman" for "the ministry") leaves the chain as it is."""
    if len(spans) < 2:
        return spans
    ordered = sorted(spans, key=lambda s: s.start)
    tails, head = [], ordered[0]
    for before, after in zip(ordered, ordered[1:]):
        if not _CHAIN_GAP.fullmatch(sentence.text, before.end - sentence.start, after.start - sentence.start):
            head = after
        elif _NAMED_HEAD.search(head.text):
            tails.append(after)
    return [s for s in spans if s not in tails]


def without_descriptions(spans: list[Span], sentence: Sentence) -> list[Span]:
    """``spans`` without a source span that describes the name just before it: "a civil rights group" of
    "Liberty (@libertyhq), a civil rights group, said", marked apart, and "an Egyptian" of "Mohammed el-Sayed, an
    Egyptian lawyer who has represented the family, said" (see :func:`_describes_before_comma`), and "director of
    speechwriting" of "Dan Orr, director of speechwriting, wrote" (see :func:`_bare_post`), and "led by Ana Dorr" of
    "The Observation Mission, led by Ana Dorr, said" (see ``_LED_BY``). The name speaks,
    though its description stands nearer the cue; in a list ("Police, the fire service and the army said")
    nothing is dropped."""
    if len(spans) < 2:
        return spans
    text, at = sentence.text, sentence.start
    ordered = sorted(spans, key=lambda s: s.start)
    described = [after for before, after in zip(ordered, ordered[1:])
                 if (((_DESCRIPTION.fullmatch(after.text) or _bare_post(after.text) or _owned_post(after.text)
                       or _LED_BY.match(after.text))
                      and _APPOSITIVE_END.match(text, after.end - at))
                     or _describes_before_comma(after, sentence))
                 and _set_apart(before, after, sentence)
                 and any(NAME_WORD_BEFORE.match(word) for word in _ARTICLE.sub("", before.text).split())]
    described += [span for span in spans if _home_after_name(span, spans, sentence)]
    return [s for s in spans if s not in described]


def _bare_post(text: str) -> bool:
    """Whether the span ``text`` is a post with no article, opening in lower case: a person's role, singular and in
    lower case, among its first three words ("director of speechwriting", "senior policy adviser", "spokeswoman for
    the board"), as an appositive after a name is written; not a group ("officials", "residents"), nor a post with
    a name after it ("assistant coach Tom Vask"), which is that person, not a description of the name before."""
    words = text.split()
    return (bool(words) and words[0].islower() and not _name_after_post(words)
            and any(_post_word(word) for word in words[:3] if word.islower()))


#: A post owned by a capitalised name, in lower-case words ("Petrak's agent", "Orvane's chief executive"), group 1 its
#: last word.
_OWNED_POST = re.compile(r"[A-Z][\w.-]*['’]s\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)")


def _owned_post(text: str) -> bool:
    """Whether the span ``text`` is one person's post owned by a name ("Petrak's agent"), as an appositive after
    the holder's name is written ("Nico Ferraz, Petrak's agent, said"): the name speaks, not the post."""
    found = _OWNED_POST.fullmatch(text)
    return found is not None and _post_word(found.group(1))


def _post_word(word: str) -> bool:
    """Whether the lower-case ``word`` is one person's role ("coach", "spokeswoman")."""
    return word in PERSON_ROLES or _SPOKES.fullmatch(word) is not None


def _name_after_post(words: list[str]) -> bool:
    """Whether ``words`` end with capitalised words straight after a person's role ("assistant coach Tom Vask"; not
    "spokeswoman for the Kessel Board", whose capitalised words are the body it speaks for)."""
    at = len(words)
    while at > 0 and words[at - 1][:1].isupper():
        at -= 1
    return 0 < at < len(words) and _post_word(words[at - 1])


#: A person's name's last word, a comma, perhaps their age and a comma, perhaps "from", ending the words before a
#: span ("Dovan Pell, 19, " of "Dovan Pell, 19, from Clay County, Ore., disagrees").
_NAME_AGE_FROM = re.compile(r"(?P<name>[A-Z][\w'’.-]*)\s*,\s*(?P<age>\d{1,3}\s*,\s*)?(?P<from>from\s+)?\Z")


def _home_after_name(span: Span, spans: list[Span], sentence: Sentence) -> bool:
    """Whether the source ``span`` is a place after "from" set after a person's marked name, their age set apart
    between ("Clay County, Ore" or "from Clay County, Ore" of "Dovan Pell, 19, from Clay County, Ore., disagrees"),
    or with no age a name that opens with a known given name ("Maria Pell, from Clay County"): where the person is
    from, a description, though it stands nearer the cue."""
    at = sentence.start
    found = _NAME_AGE_FROM.search(sentence.text, max(0, span.start - at - _HOME_REACH), span.start - at)
    if found is None or not (found.group("from") or span.text.startswith("from ")):
        return False
    names = [other for other in spans if other is not span and other.end == at + found.end("name")]
    return bool(names) and (found.group("age") is not None or opens_with_given_name(names[0].text.split()))


#: How many characters before a place span :func:`_home_after_name` looks for the name and age.
_HOME_REACH = 60


def _set_apart(name: Span, description: Span, sentence: Sentence) -> bool:
    """Whether only a comma stands between the ``name`` span and the ``description`` span after it, or a comma and
    the description's article that its span left out ("Redline Strategies" "Republican firm" of "Redline
    Strategies, a Republican firm,"), then only where the name's span is whole: "International" of "Safari Club
    International" is no name to credit in the description's place."""
    at = sentence.start
    gap = _APPOSITIVE_GAP.fullmatch(sentence.text, name.end - at, description.start - at)
    return gap is not None and (gap.group(1) is None
                                or _CAPITALISED_BEFORE.search(sentence.text, 0, name.start - at) is None)


def _describes_before_comma(span: Span, sentence: Sentence) -> bool:
    """Whether the source ``span`` opens a description that a comma closes, set after a name: an article, perhaps
    a nationality or a name's words, then a person's or body's noun in lower case, perhaps a relative clause after
    it ("a lawyer who has represented the family, said", "an Egyptian lawyer, said"), of which the model may have
    marked the first words only ("an Egyptian" of "an Egyptian lawyer who ..."), or all but its article
    ("Republican firm" of "a Republican firm,"), or all but the group it is one of ("the largest" of "the largest
    of the chains,"); not a list's next member ("Police,
    the fire service and the army said") nor the subject of a verb ("Responding to Rivera, the ministry denied
    it, saying ...")."""
    described = _DESCRIBED_UP_TO_COMMA.match(sentence.text, _description_start(span, sentence))
    end = span.end - sentence.start
    if described is None or end > described.end():
        return False
    beyond = sentence.text[end:described.end("head")]  # the noun a span cut short of it leaves out
    return (not beyond.split() or (len(beyond.split()) == 1 and span.text.split()[-1][:1].isupper())
            or _GROUP_OF.fullmatch(beyond) is not None or _BASED_WORD.fullmatch(beyond) is not None)
