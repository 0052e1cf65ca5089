"""Which clause of a sentence a source span stands in: a relative, subject, reason, dashed, opening or
trailing time clause, an aside, a denial's clause; what the credits read so as to credit only a span that
says the sentence's words, not one its clauses name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .document import Sentence, Span
from .furniture import GLUED_PARTICLES
from .source_find_openings import opening_subject
from .source_index import SourceIndex
from .source_words import (
    BODY_NOUNS,
    CAMEL_PREFIXES,
    EDGE,
    NAMELESS_BUSINESSES,
    PERSON_ROLES,
    QUANTIFIERS,
    RELATIVE_OPENING,
    UNINVOLVED,
)
from .spans import quotes_within
from .textlines import NAME_PARTICLES

#: Nouns for the account a denial answers ("the report", "these allegations"), each form with its singular.
ACCOUNT_NOUNS = {form: noun for noun, plural in (
    ("claim", "claims"), ("accusation", "accusations"), ("allegation", "allegations"), ("report", "reports"),
    ("charge", "charges"), ("statement", "statements"), ("study", "studies"),
    ("survey", "surveys")) for form in (noun, plural)}

#: How many sentences' answers :func:`_holds` keeps: a sentence's spans ask in turn, so a few suffice.
TEXTS_KEPT = 16

#: A sentence opening with where a poll, survey, report or study says what follows ("In the poll,", "According to the
#: new survey,", "In a report released Tuesday,"): the document's account, not that of the source before it.
#: Weasel words that, alone in a source span, name no source (see :func:`weasel_alone`).
WEASEL_WORDS = frozenset("many some most few several others everyone everybody someone somebody nobody".split()
                         ) | {"a few"}


#: A comma and "and" or "but" joining a second main clause to the first ("Eastmere lost again, and Stefan Rusnak was
#: angry."), or a semicolon: the second clause's subject opens after it.
SECOND_CLAUSE = re.compile(r",\s+(?:and|but)\s+|;\s+")


def second_clause_subject(sentence: Sentence, known: SourceIndex, quotes: list[tuple[int, int]]) -> Span | None:
    """The subject opening the second main clause of ``sentence`` after its first comma and "and" or "but", or
    semicolon (see ``SECOND_CLAUSE``), as a span, read as :func:`unquoted_subject` reads the opening one: "Stefan
    Rusnak" of "Eastmere lost again, and Stefan Rusnak was angry.", whom a "he" in the next sentence may mean."""
    joined = SECOND_CLAUSE.search(sentence.text)
    if joined is None:
        return None
    found = opening_subject(sentence.text[joined.end():], known.knows)
    if found is None:
        return None
    start, end = sentence.start + joined.end() + found[0], sentence.start + joined.end() + found[1]
    return None if quotes_within(quotes, start, end) else Span("source", start, end, sentence.text[
        start - sentence.start:end - sentence.start])


#: A clause of time, cause, condition or concession opening a sentence (as ``_OPENING_CLAUSE``), then a "he" or "she"
#: opening the main clause, a verb after it: the clause's subject is whom the pronoun means ("When Priya Mallory
#: brought her father in, she expected a wait.").
_CLAUSE_THEN_PRONOUN = re.compile(r"\W*(?:After|When|Before|Once|Since|Until|While|Although|Though|Because|If)\s+"
                                  r"(?P<clause>[^,:;\"“”]*),(?=\s*(?:he|she)\s+[a-z])")


def opening_clause_subject(sentence: Sentence, known: SourceIndex, quotes: list[tuple[int, int]]) -> Span | None:
    """The subject of a subordinate clause opening ``sentence`` as a span, read as :func:`unquoted_subject` reads the
    opening one, when the main clause after it opens with "he" or "she" (see ``_CLAUSE_THEN_PRONOUN``): "Priya
    Mallory" of "When Priya Mallory brought her father in, she expected a wait.", whom a "she" in the next sentence
    may mean."""
    opening = _CLAUSE_THEN_PRONOUN.match(sentence.text)
    found = opening_subject(opening.group("clause"), known.knows) if opening is not None else None
    if opening is None or found is None:
        return None
    start, end = (sentence.start + opening.start("clause") + at for at in found)
    return None if quotes_within(quotes, start, end) else Span("source", start, end, sentence.text[
        start - sentence.start:end - sentence.start])


#: Pronouns, and possessive ones, opening a main clause after a concession, which may mean the concession's subject.
MAIN_CLAUSE_PRONOUNS = frozenset("he she they it we i you this that his her its their our my".split())


#: A clause of time opening a sentence, up to its comma and the space after it ("After Orr described the budget as
#: a fiction, ").
_TIME_CLAUSE_OPENING = re.compile(r"\W*(?:After|Before|When|Once|Until|As\s+soon\s+as)\s[^,:;\"“”]*,\s*")


def past_time_clause(spans: list[Span], sentence: Sentence) -> list[Span]:
    """For source ``spans`` of which some lie in a clause of time opening ``sentence`` (see
    ``_TIME_CLAUSE_OPENING``) and some past it, those past it: the main clause's subject acts or speaks, and the
    clause only says when ("After Orr described the budget as a fiction, Voss urged the trustees to act": Voss).
    None where no span lies on either side, where the first past it does not open right after the clause's comma
    (a clause with no comma of its own runs on to the main clause's first comma: "After the vote Voss said the plan,
    which Orr wrote, was dead", "..., adding that Orr lied" are Voss's), or where it is a pronoun, which may be the
    clause's own subject ("When Orr spoke on Monday, she said"), or a weasel word ("When Orr asked, someone shouted
    ...")."""
    opening = _TIME_CLAUSE_OPENING.match(sentence.text)
    if opening is None:
        return []
    past = [span for span in spans if span.start - sentence.start >= opening.end()]
    if not past or len(past) == len(spans) or past[0].start - sentence.start != opening.end():
        return []
    first = past[0].text.strip(EDGE).split(None, 1)[0].lower()
    return [] if first in MAIN_CLAUSE_PRONOUNS or first in WEASEL_WORDS else past


#: A run of capitalised words, as a name writes them ("Zentrix Pharma"; see :func:`denying_clause_subject`).
_NAME_RUN = re.compile(r"(?<![\w'’.-])[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*")
#: A clause after a semicolon opening with a body's or role's noun, "the" perhaps left out as a headline does, before
#: a verb of speech or denial in the present, a plural's too ("; company calls report 'false'", "; bank rejects
#: findings", "; the police say they have no record of him"): group "noun" (see :func:`denying_clause_subject`).
_CLAUSE_SUBJECT = re.compile(r";\s*(?:[Tt]he\s+)?(?P<noun>[A-Za-z][a-z-]+)\s+(?:calls?|denies|deny|rejects?"
                             r"|dismiss(?:es)?|disputes?|refutes?|says?)\b")
#: Words by which a body disowns the one another clause speaks of: it holds no record of them ("they have no record of
#: him", "it has no knowledge of any such officer"), a denial though no verb of denial says so.
_NO_RECORD = re.compile(r"\b(?:ha(?:ve|s|d)|holds?|kept|keeps?)\s+no\s+(?:records?|knowledge|trace)\s+of\b", re.I)


def denying_clause(sentence: Sentence, quotes: list[tuple[int, int]]) -> re.Match[str] | None:
    """In a denial, the clause after a semicolon outside quotation marks (of ``quotes``) that opens with a body's
    noun or a person's role and alone denies (a denial's verb, an account called false or no record held of whom
    the first clause names: ``DENIAL_CUE``, ``ACCOUNT_CALLED_FALSE``, ``_NO_RECORD``),
    the words before it denying nothing ("Short seller Grayfin targets Zentrix Pharma;
    company calls report 'false and misleading'"): its match of ``_CLAUSE_SUBJECT``, else ``None``."""
    found = _CLAUSE_SUBJECT.search(sentence.text) if sentence.label == "official_denial" else None
    if found is None or quotes_within(quotes, sentence.start + found.start(), sentence.start + found.start() + 1):
        return None
    noun = found.group("noun").lower()
    before = sentence.text[:found.start()]
    # 'calls report "false"'; a headline's quotes
    after = re.sub(r"[\"“”‘’]", "", sentence.text[found.end("noun"):])
    if (not (noun in NAMELESS_BUSINESSES or noun in BODY_NOUNS or noun in PERSON_ROLES)
            or DENIAL_CUE.search(before) or ACCOUNT_CALLED_FALSE.search(before)
            or not (DENIAL_CUE.search(after) or ACCOUNT_CALLED_FALSE.search(after) or _NO_RECORD.search(after))):
        return None
    return found


def denying_clause_subject(spans: list[Span], sentence: Sentence, quotes: list[tuple[int, int]]) -> list[Span]:
    """For a denial's source ``spans`` that all lie before its denying clause (see :func:`denying_clause`), but for
    the clause's own noun marked too (see :func:`_clause_noun_marked`), the
    noun opening that clause ("bank" of "Regulator fines Tessaly; bank rejects findings"), or for a business's noun
    the one name the first clause writes after those spans, the business it acts on ("Zentrix Pharma" of "Short
    seller Grayfin targets Zentrix Pharma; company calls report 'false and misleading'", not the accuser), a name
    right after a span not counted (the accuser's, "Grayfin" after "seller" where the span was cut short); else
    none."""
    found = denying_clause(sentence, quotes)
    if found is None:
        return []
    # the clause's own noun marked too ("company" of "...; company calls report 'false'") is the clause's subject
    before = [s for s in spans if not _clause_noun_marked(s, sentence, found)]
    if not before or any(s.end - sentence.start > found.start() for s in before):
        return []
    # a name just after a span the model cut short ("Grayfin" of "Short seller Grayfin" marked "seller") is its
    ends = {s.end - sentence.start for s in before}
    named = [run for run in _NAME_RUN.finditer(sentence.text, max(s.end for s in before) - sentence.start,
                                               found.start())
             if not run.group().isupper() and not (run.start() - 1 in ends and sentence.text[run.start() - 1] == " ")]
    if found.group("noun").lower() in NAMELESS_BUSINESSES and len(named) == 1:
        # "Grayfin targets Zentrix Pharma; company calls ...": the business the first clause acts on
        at, end = sentence.start + named[0].start(), sentence.start + named[0].end()
        return [Span("source", at, end, named[0].group())]
    at = sentence.start + found.start("noun")
    return [Span("source", at, at + len(found.group("noun")), found.group("noun"))]


def _clause_noun_marked(span: Span, sentence: Sentence, found: re.Match[str]) -> bool:
    """Whether the source ``span`` of ``sentence`` is the noun (with "the" or not) opening the denying clause that
    ``found`` matched (see :func:`denying_clause`): "company" of "...; company calls report 'false'"."""
    at = span.start - sentence.start
    return found.start() < at and at <= found.start("noun") and span.end - sentence.start == found.end("noun")


#: "who" opening a relative clause, then one to five words in lower case up to the end (where a span starts: "who
#: had backed " of "Two councillors who had backed the tenants").
_WHO_ACTING_ON = re.compile(r"(?<![\w'’-])who(?:\s+[a-z][\w'’-]*){1,5}\s+\Z")

#: The words opening a sentence up to a "who" with no comma or dash before it: one to four words with no stop, comma,
#: dash or quotation mark ("Two councillors" of "Two councillors who had backed ..."), group 1.
_SUBJECT_BEFORE_WHO = re.compile(r"\W*((?:[\w'’-]+\s+){0,3}[\w'’-]+)\s+")


def relative_object_clause(span: Span, sentence: Sentence) -> Span | None:
    """For a source ``span`` of ``sentence`` that one in a "who" clause acts on (see ``_WHO_ACTING_ON``), no cue of
    the sentence between "who" and it and one after it, the clause from "who" on, which :func:`name_before_clause`
    reads for the one it is about, or, with no comma or dash before "who", the words opening the sentence before it
    (see ``_SUBJECT_BEFORE_WHO``); ``None`` for any other span, and for a relative pronoun itself."""
    at = span.start - sentence.start
    found = None if RELATIVE_OPENING.match(span.text.strip(EDGE)) else _WHO_ACTING_ON.search(sentence.text, 0, at)
    cues = [cue.start - sentence.start for cue in sentence.spans if cue.type == "cue"]
    if found is None or any(found.start() <= cue < at for cue in cues) or not any(cue >= span.end - sentence.start
                                                                                for cue in cues):
        return None
    subject = _SUBJECT_BEFORE_WHO.fullmatch(sentence.text, 0, found.start())
    if subject is not None:  # "Two councillors who had backed the tenants": no comma, the subject itself
        start, end = sentence.start + subject.start(1), sentence.start + subject.end(1)
        return Span(span.type, start, end, subject.group(1))
    return Span(span.type, sentence.start + found.start(), span.end, sentence.text[found.start():at] + span.text)


#: "who" or "which" just after the comma or dash that ends a name, just before a span: the span is the rest of a
#: relative clause about the name ("supplies 1.4 million people" of "Calder Water, which supplies 1.4 million people,
#: blamed the drought").
_PRONOUN_OPENING_CLAUSE = re.compile(r"(?:,|--|[–—])\s*(?:who|which)\s+\Z")
#: The comma or dash that closes a relative clause, just after a span, and the spaces after it.
_CLAUSE_ENDS_AFTER = re.compile(r"\s*(?:,|--|[–—])\s*")
#: A comma or dash, which closes an aside between a relative clause's own subject and its cue ("critics, among them
#: two former mayors, say"), where words before the main clause's cue have none ("on Monday" of "..., on Monday
#: blamed the drought").
_ASIDE_CLOSE = re.compile(r",|--|[–—]")


def _main_cue_follows(sentence: Sentence, at: int) -> bool:
    """Whether the first cue of ``sentence`` at or after ``at`` (where a relative clause closed) is the main clause's:
    one with no comma or dash before it, words or not ("blamed" of "..., blamed", "..., on Monday blamed", "..., has
    blamed"), not the clause's own cue after an aside that closes with one ("critics, among them two former mayors,
    say")."""
    cue = min((span.start for span in sentence.spans if span.type == "cue" and span.start >= at), default=None)
    return cue is not None and _ASIDE_CLOSE.search(sentence.text, at - sentence.start, cue - sentence.start) is None


def _with_pronoun_before(span: Span, sentence: Sentence) -> Span:
    """``span`` grown back over the "who" or "which" that opens the relative clause it is the rest of, when the clause
    closes with a comma or dash just after it (see ``_PRONOUN_OPENING_CLAUSE``: "supplies 1.4 million people" of
    "Calder Water, which supplies 1.4 million people, blamed the drought"), and the main clause's cue follows it (see
    :func:`_main_cue_follows`: "..., on Monday blamed"), so that the name before the clause is read as the source;
    not a source the clause names as a subject of its own, which a cue follows ("critics" of "The plan, which critics
    say is flawed, ..."), an aside between them or not ("The plan, which critics, among them two former mayors, say
    is flawed"). Any other span is itself."""
    at = span.start - sentence.start
    found = _PRONOUN_OPENING_CLAUSE.search(sentence.text[:at])
    closed = _CLAUSE_ENDS_AFTER.match(sentence.text, span.end - sentence.start)
    if found is None or closed is None or not _main_cue_follows(sentence, sentence.start + closed.end()):
        return span
    start = sentence.start + found.start() + len(found.group()) - len(found.group().lstrip(",-–— "))
    return Span(span.type, start, span.end, sentence.text[start - sentence.start:span.end - sentence.start])


def name_before_clause(span: Span, sentence: Sentence) -> Span:
    """For a source ``span`` of ``sentence`` that opens with a relative pronoun ("who has long advised the mayor" of
    "... diMarco, who has long advised the mayor, told reporters"), the name just before it and its comma or dash,
    which the clause is about ("diMarco", "Sen. Ana Voss of Kessel", "van Dalen"); failing such a name (a role in
    lower case: "the chemist, who"), the pronoun alone, which the rules for a sentence that marks only "who" read
    (see :func:`_source_spans`; a clause after an aside in brackets is no span: see :func:`clause_after_aside`).
    Any other span is itself.
    A span of "who" alone is read so too ("Rhoda Senn" of "Rhoda Senn, who said ..., denied it")."""
    span = _with_pronoun_before(span, sentence)
    text = span.text.strip(EDGE)
    pronoun = RELATIVE_OPENING.match(text)
    if pronoun is None:
        return span
    lead = span.text.find(text)
    head = _CLAUSE_JOIN.sub("", sentence.text[:span.start - sentence.start])
    if len(head) < span.start - sentence.start:  # a comma or dash before the clause
        head = _BRACKETS_AT_END.sub("", head)  # "(R-Kessel)" of "Sen. Ana Voss (R-Kessel), who ..., disagreed"
        words = head.split(" ")
        at = len(words)
        while at > 0 and (NAME_WORD_BEFORE.fullmatch(words[at - 1])
                          or (words[at - 1] in _NAME_PARTICLES_BEFORE or words[at - 1] == "of") and at < len(words)):
            at -= 1  # "van Dalen", and "of" of "Sen. Ana Voss of Kessel"
        while at < len(words) and words[at] in _NOT_NAMES_BEFORE:
            at += 1  # "But", "The" of "But Ana Voss, who ..."
        if at < len(words) and words[at] != "of":  # "the leader of Kessel, who": the leader, unnamed
            start = sentence.start + len(" ".join(words[:at])) + (1 if at else 0)
            end = sentence.start + len(head)
            return Span(span.type, start, end, sentence.text[start - sentence.start:end - sentence.start])
    word = pronoun.group(0)
    start = span.start + lead
    return Span(span.type, start, start + len(word), word)


#: Words at most of a counted group that a relative clause follows ("Three people familiar with the talks").
_COUNTED_WORDS = 8
#: A time counted, no group of people: "Two days later" of "Two days later, who had signed it, she said, was ...".
_COUNTED_TIME = re.compile(r"(?<![\w'’-])(?:(?:second|minute|hour|day|night|week|weekend|month|year|decade|time)s?|"
                           r"ago|later|earlier)(?![\w'’-])", re.I)
#: A conjunction opening a sentence before its subject ("But two employees, who ...").
_CONJUNCTION_OPENING = re.compile(r"(?:(?:But|And|Yet)\s+)?")


def end_of(pattern: re.Pattern[str], text: str, at: int) -> int:
    """Where ``pattern``, one that matches the empty string too, ends when matched at ``at``."""
    found = pattern.match(text, at)
    if found is None:
        raise ValueError(f"{pattern.pattern!r} must match the empty string")
    return found.end()


def counted_before_clause(spans: list[Span], sentence: Sentence, quotes: list[tuple[int, int]],
                           words: int) -> list[Span]:
    """For the one source span of ``sentence``, a relative pronoun ("who"), the counted group of people that opens
    the sentence from ``words`` on just before the clause's comma ("Two employees" of "Two employees, who asked not
    to be named, said ...", "Three people familiar with the talks", "One analyst"; "But" or "And" before it passed
    over): a number or quantifier (see :data:`framing.source_words.QUANTIFIERS`) and no more than ``_COUNTED_WORDS``
    words, no other comma among them and none in quotation marks (``quotes``), which the clause is about and which
    speaks; ``[]`` for anything else, which the pronoun rules read."""
    if len(spans) != 1:
        return []
    head = sentence.text[words - sentence.start:spans[0].start - sentence.start].rstrip()
    if not head.endswith(","):
        return []
    at = len(head) - len(head.lstrip())
    at = end_of(_CONJUNCTION_OPENING, head, at)  # "But" of "But two employees, who"
    group = head[at:-1].rstrip()
    counted = group.split()
    if (not 1 < len(counted) <= _COUNTED_WORDS or "," in group
            or not (counted[0].lower() in QUANTIFIERS or counted[0].isdigit()) or _COUNTED_TIME.search(group)):
        return []
    start = words + at
    if quotes_within(quotes, start, start + len(group)):
        return []
    return [Span("source", start, start + len(group), group)]


def clause_after_aside(span: Span, sentence: Sentence) -> bool:
    """Whether the source ``span`` of ``sentence`` opens with a relative pronoun just after an aside in brackets and
    its comma or dash ("who polls" of "... to boost Sen. Ana Voss (R-Kessel), who polls show has a lead"): a clause on
    someone named in passing, no source, whose bare pronoun would otherwise take the account going on. Not where a
    cue follows the clause ("Sen. Ana Voss (R-Kessel), who chairs the committee, disagreed"): the named one speaks,
    and :func:`name_before_clause` reads the name before the brackets."""
    if RELATIVE_OPENING.match(span.text.strip(EDGE)) is None:
        return False
    before = sentence.text[:span.start - sentence.start]
    head = _CLAUSE_JOIN.sub("", before)
    return (len(head) < len(before) and head.endswith(")")
            and _CLAUSE_THEN_CUE.match(sentence.text, span.end - sentence.start) is None)


#: A relative clause on a place, a thing or a time set apart by dashes, closed just before a cue's word: the opening
#: dash and the relative word ("— where every spending review starts —"). Not "who": the person it is on may be
#: one named in passing just before it ("... helped catch Tom Vask -- who hurt 23 people -- told"), no speaker.
_DASHED_CLAUSE = re.compile(r"\s(?:—|–|--)\s*(?:which|where|when)\s(?:(?!--)[^—–])*$")
#: The rest of a dashed clause after a span in it: no dash or quotation mark, then its closing dash and a word in
#: lower case (" — said on radio").
_DASH_CLOSING = re.compile(r"[^—–\"“”]*?\s(?:—|–|--)\s+[a-z]")


def in_dashed_clause(span: Span, sentence: Sentence) -> bool:
    """Whether the source ``span`` of ``sentence`` lies inside a relative clause set apart by dashes after a subject,
    its closing dash then a word in lower case (the cue: see ``_DASHED_CLAUSE``): "every spending review starts" of
    "Ned Varga, chairman of the committee — where every spending review starts — said ...": the clause says where or
    what, and the subject before it speaks. Not a clause opening the sentence, with no words before its dash."""
    before = sentence.text[:span.start - sentence.start]
    # the clause's opening dash is the last dash before the span: read from there, not the whole sentence each span
    # (nor at all with no dash before the span)
    dash = max(before.rfind("—"), before.rfind("–"), before.rfind("--"))
    found = _DASHED_CLAUSE.search(before, max(0, dash - 1)) if dash >= 0 else None
    return (found is not None and bool(before[:found.start()].strip())
            and _DASH_CLOSING.match(sentence.text, span.end - sentence.start) is not None)


#: A clause of time after the main clause, up to the subject it opens with: a comma, perhaps how long, then "after",
#: "before", "when", "since" or "until" (", a few hours after", ", days before", ", when"); not "as", which credits
#: the main clause ("..., as Ruiz said"), nor "while", which often sets a second speaker against the first.
_TRAILING_TIME_CLAUSE = re.compile(r",\s+(?:(?:just|shortly|soon|only|moments?|minutes?|hours?|days?|weeks?|months?|"
                                   r"an?|one|two|three|few|several|a\s+day|the\s+day)\s+){0,3}"
                                   r"(?:after|before|when|since|until)\s+$")


#: A clause of time, cause, condition or concession opening a sentence, up to its comma, with no quotation mark in
#: it ("After Ruiz accused him of bullying,"); not "As", which opens an attribution ("As Ruiz said, ...").
_OPENING_CLAUSE = re.compile(r"\W*(?:After|When|Before|Once|Since|Until|While|Although|Though|Because|If)\s"
                             r"[^,:;\"“”]*,")
#: Spaces, or none, between a source span and the cue after it.
SPACES = re.compile(r"\s*")


def in_opening_clause(span: Span, sentence: Sentence, spans: list[Span]) -> bool:
    """Whether ``span`` lies in a subordinate clause opening ``sentence`` (see ``_OPENING_CLAUSE``) and another of
    ``spans`` past that clause is the subject of a cue just after it: "Ana Ruiz" of "After Ana Ruiz accused him of
    bullying, he warned, "...," Vask told Harlow Radio", who acted before the main clause's subject spoke. Not where
    no cue follows the span past the clause ("While Ruiz said ..., she worries about ..., according to early
    polls,": Ruiz), nor where that span is a pronoun (see ``MAIN_CLAUSE_PRONOUNS``), which may mean the clause's
    subject ("When Vask chose the phrase "...," he was repeating Ruiz": Vask)."""
    opening = _OPENING_CLAUSE.match(sentence.text)
    if opening is None or span.end - sentence.start > opening.end():
        return False
    at = sentence.start
    cues = {cue.start - at for cue in sentence.spans if cue.type == "cue"}
    return any(other.start - at >= opening.end() and end_of(SPACES, sentence.text, other.end - at) in cues
               and other.text.strip(EDGE).lower() not in MAIN_CLAUSE_PRONOUNS for other in spans)


def in_trailing_time_clause(span: Span, sentence: Sentence, spans: list[Span]) -> bool:
    """Whether ``span`` opens a clause of time after the main clause (see ``_TRAILING_TIME_CLAUSE``) and another of
    ``spans`` comes before that clause: "Tom Vask" of "Ana Ruiz on Monday repeated that she opposes the toll, a few
    hours after Governor Tom Vask said he backs it", whose cue is nearer its subject than the main clause's is. Only
    where a cue comes between that other span and the clause: "Members of the caucus held a press conference,
    shortly after Vask said ..." credits no speech to the members."""
    at = span.start - sentence.start
    clause = _TRAILING_TIME_CLAUSE.search(sentence.text, max(0, at - 60), at)
    if clause is None:
        return False
    cues = [cue.start - sentence.start for cue in sentence.spans if cue.type == "cue"]
    return any(any(other.end - sentence.start <= cue < clause.start() for cue in cues)
               for other in spans if other.end - sentence.start <= clause.start())


def modifies(span: Span, sentence: Sentence) -> bool:
    """Whether the capitalised ``span`` is a name set before a noun it qualifies (see :data:`_MODIFIED_NOUNS`: "Vance"
    of "at a Vance campaign event", "the Orrin family", "a Vance administration official"), which no cue's word
    opens: the name is whose the campaign or the family is, not who speaks, though it stands nearer the cue; alone, it
    gives way to the subject holding it (see :func:`_source_spans`)."""
    if not span.text.strip(EDGE)[:1].isupper():
        return False
    after = _NOUN_AFTER.match(sentence.text, span.end - sentence.start)
    return (after is not None and after.group(1) in _MODIFIED_NOUNS
            and not any(c.type == "cue" and c.start == sentence.start + after.start(1) for c in sentence.spans))


def _last_clause_comma(head: str) -> int:
    """Where the last comma between clauses in ``head`` stands (see ``_CLAUSE_COMMA``: not the one of "14,000"), or
    -1: read back from its end, not again through the whole sentence before each span."""
    comma = head.rfind(",")
    while comma >= 0 and _CLAUSE_COMMA.match(head, comma) is None:
        comma = head.rfind(",", 0, comma)
    return comma


def in_relative_clause(span: Span, sentence: Sentence) -> bool:
    """Whether ``span`` opens or lies in a relative clause set after a name ("Brand, who worked closely with the
    senator, argued": "who worked closely with the senator", "the senator"), or after a description set after a name
    ("Dr. Oyelaran, a cardiologist in Leeds who was not involved in the research, said": "involved in the
    research", where the span head cut the source in two), with no cue between: such a clause describes the name
    and never speaks itself, though it stands nearer the cue. So too for examples of a group after it ("including
    Ana Voss" of "Critics, including Ana Voss, argue"): the group speaks; and for a participle of where it was filed,
    published or is based ("federal court" of "The lawsuit, filed in federal court in Ardmore, says": see
    ``_PARTICIPLE_OPENS``): the lawsuit speaks. So too for a span just after "who" with no comma, a source marked
    before it ("work at the centre" of "Lawyers who work at the centre tell"): the lawyers speak."""
    head = sentence.text[:span.start - sentence.start]
    comma = _last_clause_comma(head)
    if RELATIVE_PRONOUN.match(span.text) is not None or EXAMPLES_OPEN.match(span.text) is not None:
        return True
    if _WHO_JUST_BEFORE.search(head) and any(s.type == "source" and s.end < span.start for s in sentence.spans):
        return True  # "Lawyers who work at the centre tell ...": "work at the centre" says what the lawyers do
    if _in_subject_clause(span, sentence, head):
        return True
    if comma < 0 or _CLAUSE_CLOSED.search(head, comma):
        return False
    if _RELATIVE_OPENS.match(head, comma) is not None or _PARTICIPLE_OPENS.match(sentence.text, comma) is not None:
        return True  # the participle read on into the span: "published in March" of "The article, published in ..."
    at = sentence.start + comma
    return (_DESCRIBED_THEN_RELATIVE.match(head, comma) is not None
            and not any(s.type == "cue" and at < s.start < span.start for s in sentence.spans))


def _in_subject_clause(span: Span, sentence: Sentence, head: str) -> bool:
    """Whether ``span`` lies in a relative clause with no comma on a role opening ``sentence`` (``head``, its text
    before the span: "The aide who wrote the speech delivered by " of "The aide who wrote the speech delivered by Ana
    Ruiz says he ...", see ``_SUBJECT_CLAUSE``), no cue between the clause's pronoun and the span and one after it:
    the role is the subject of that cue; the clause only says which role it is."""
    found = _SUBJECT_CLAUSE.match(head)
    if found is None:
        return False
    cues = [s for s in sentence.spans if s.type == "cue" and s.start >= sentence.start + found.start("who")]
    return bool(cues) and all(cue.start >= span.end for cue in cues)


#: A role opening a sentence with an article, one to four words, then "who" or "whom" opening a clause that runs on
#: with no comma or stop ("The aide who wrote the speech delivered by "): group "who" the pronoun.
_SUBJECT_CLAUSE = re.compile(r"[\s\"“'‘]*(?:(?:But|And|Yet)\s+)?(?:The|the|An?|an?)\s+(?:[\w'’-]+\s+){1,4}?"
                             r"(?P<who>who|whom)\s+[^,;:.!?\"“”]*\Z")


def in_uninvolved_clause(span: Span, sentence: Sentence) -> bool:
    """Whether ``span`` lies in a clause setting a speaker apart from the work commented on (see ``UNINVOLVED``:
    "involved in the assessment" of "Scientists not involved in the assessment said"): it describes the speaker
    before it, who speaks, never itself."""
    at = span.start - sentence.start
    return any(start <= at and span.end - sentence.start <= end for start, end in _uninvolved_clauses(sentence.text))


@lru_cache(maxsize=TEXTS_KEPT)
def _uninvolved_clauses(text: str) -> tuple[tuple[int, int], ...]:
    """Where the clauses of the sentence ``text`` that set a speaker apart stand (see ``UNINVOLVED``), read once a
    sentence: each source span asks, and a long sentence of many spans read whole for each took quadratic time. A
    sentence without "not", which each such clause holds, is not read."""
    return tuple(found.span() for found in UNINVOLVED.finditer(text)) if "not" in text else ()


def _last_opening(opener: re.Pattern[str], head: str) -> re.Match[str] | None:
    """The last match of ``opener`` in ``head`` after its last comma, colon, bracket or quotation mark (see
    ``_CLAUSE_BREAKS``), which ends any clause before it: the clause a span after ``head`` may lie in."""
    opens = None
    for opens in opener.finditer(head, max(map(head.rfind, _CLAUSE_BREAKS)) + 1):
        pass
    return opens


def in_concession(span: Span, sentence: Sentence) -> bool:
    """Whether ``span`` lies in a phrase of concession opened by "despite", "in spite of" or "notwithstanding" with
    no comma, colon or quotation mark between ("two doctors" of "It found that a man had been held for 147 days,
    despite two doctors warning that detention was harming him", "the UN" of "despite warnings from the UN"): whom
    the phrase sets against what is said, never who says it, which the main clause's subject does. Only where a cue
    stands outside the phrase (before it, or after the comma that ends it): with none, what the phrase's source said
    is all the sentence credits ("The ward reopened in spite of the fear among nurses that 'the damp would come
    back'" is the nurses')."""
    if not _holds(_CONCESSION, sentence.text):
        return False  # not read again before each span of a long sentence
    opens = _last_opening(_CONCESSION, sentence.text[:span.start - sentence.start])
    if opens is None:
        return False
    text = sentence.text
    ends = min((at for at in map(lambda mark: text.find(mark, opens.end()), _CLAUSE_BREAKS) if at >= 0),
               default=len(text))
    return any(cue.type == "cue" and not opens.start() <= cue.start - sentence.start < ends for cue in sentence.spans)


def in_reason_clause(span: Span, sentence: Sentence) -> bool:
    """Whether ``span`` lies in a clause giving why a source is unnamed or speaks ("who spoke on condition of
    anonymity because he was not authorised to discuss internal deliberations said": "deliberations"), which
    names no one who speaks: after "because" (not "because of") or "anonymity", with a word saying the source is
    unnamed before it (see ``_ANONYMITY``), no comma, colon or quotation mark between."""
    if not _holds(_REASON_WORDS, sentence.text):
        return False  # not read again before each span of a long sentence
    head = sentence.text[:span.start - sentence.start]
    opens = _last_opening(_REASON_OPENS, head)
    return (opens is not None and _ANONYMITY.search(head, 0, opens.end()) is not None
            and not _CLAUSE_CLOSED.search(head, opens.end()) and "," not in head[opens.end():])


DENIAL_CUE = re.compile(r"\b(?:den(?:y|ies|ied|ying|ial)|reject\w*|dismiss\w*|refut\w*|rebut\w*|disput\w*)\b", re.I)


#: An account called false: one of its nouns (see ``ACCOUNT_NOUNS``), then up to a few words within its clause and a
#: word or phrase of falsity ("the report was false", "the claims by Ruiz were lies", "called the allegations
#: baseless", "her claims were not true"), or such a word just before the noun ("false claims", "baseless
#: allegations"). Group "between": the words between a noun and the falsity after it, in which a negation undoes it.
_FALSITY = (r"false|untrue|baseless|unfounded|groundless|fabricat\w*|lies|(?:a|an|outright)\s+lie|nonsense|bogus|"
            r"fake|fictitious|fiction|inaccurate|incorrect|misleading|defamatory|slanderous|absurd|ridiculous|"
            r"without\s+(?:any\s+)?(?:merit|basis|foundation)|not\s+(?:true|accurate|correct)|politically\s+motivated")
ACCOUNT_CALLED_FALSE = re.compile(
    rf"(?<![\w'’-])(?:(?:{'|'.join(ACCOUNT_NOUNS)})(?P<between>(?:[^\S\r\n]+[^\s,;:.!?\"“”]+){{0,5}}?)"
    rf"[^\S\r\n]+(?:{_FALSITY})|(?:false|baseless|unfounded|groundless|fabricated|bogus|fake|untrue)"
    rf"[^\S\r\n]+(?:[\w'’-]+[^\S\r\n]+)?(?:{'|'.join(ACCOUNT_NOUNS)}))(?![\w'’-])", re.I)


#: Nouns that a name set before them qualifies ("campaign", "administration", "family"; see :func:`modifies`), and
#: the lower-case word just after a span.
_MODIFIED_NOUNS = frozenset("""campaign administration family government camp team aide aides adviser advisers
    advisor advisors ally allies loyalists supporters backers surrogate surrogates staff staffer staffers official
    officials spokesman spokeswoman spokesperson event rally era presidency""".split())
_NOUN_AFTER = re.compile(r"[^\S\r\n]+([a-z]+)\b")
RELATIVE_PRONOUN = re.compile(r"(?:who|whom|whose|which)\b")
#: "who" or "whom" just before a span, with no comma, an auxiliary perhaps between: a clause that tells a source
#: marked before it apart ("Lawyers who work at the centre", "residents whom the council moved", "Those who have
#: dealt with him").
_WHO_JUST_BEFORE = re.compile(r"(?<![\w'’-])(?:who|whom)\s+(?:(?:have|has|had|had\s+once|once)\s+)?\Z")
#: Examples of a group opening a span ("including Ana Voss", "such as Sen. Ned Varga").
EXAMPLES_OPEN = re.compile(r"(?:including|such\s+as)\s")

#: A comma between clauses, not one inside a figure ("250,000").
_CLAUSE_COMMA = re.compile(r",(?!\d)")
#: The comma or dash, and spaces, between a name and the relative clause after it.
_CLAUSE_JOIN = re.compile(r"\s*(?:,|--|[–—])\s*\Z")
#: A word of a name before a relative clause: capitalised, a title with its stop ("Sen."), a particle glued to it
#: ("al-Masri") or written into it ("diMarco"), a possessive's too ("Velmark's" of "Velmark's Ana Voss").
NAME_WORD_BEFORE = re.compile(rf"(?:[A-Z]|(?:{GLUED_PARTICLES})-[A-Z]|(?:{CAMEL_PREFIXES})[A-Z])[\w'’.-]*")
#: Particles inside a name before a relative clause ("van Dalen", "de la Cruz").
_NAME_PARTICLES_BEFORE = NAME_PARTICLES | {"los", "las"}
#: Capitalised words that open a sentence or clause and are no name's ("But Ana Voss, who ...").
_NOT_NAMES_BEFORE = frozenset("But And Or So Yet The A An This That Then Still Also Meanwhile However".split())
_RELATIVE_OPENS = re.compile(r",\s*(?:who|whom|whose|which)\b")

#: A participle of where something was made, filed or is based, after a comma, before a place or a time (", filed in
#: federal court", ", published in the Kessel Journal", ", based in Ostby"; not ", released by the Audit Office",
#: whose maker speaks through it): a phrase that describes the noun before it, as a relative clause does.
_PARTICIPLE_OPENS = re.compile(r",\s*(?:filed|published|released|issued|posted|presented|submitted|lodged|brought|"
                               r"based|headquartered|located|held|conducted|written|made)\s+(?:in|at|on|with|before)\b")
_CLAUSE_CLOSED = re.compile(r"[;:()\"“”]")
#: Those marks and a comma, which no clause giving a reason reaches across (see :func:`in_reason_clause`).
_CLAUSE_BREAKS = ',;:()"“”'
#: A description after a name's comma ("a cardiologist at St. Brendan's Hospital in Leeds") with a relative pronoun
#: after it, opening a clause on the one described ("who was not involved", "that advises the board").
_DESCRIBED_THEN_RELATIVE = re.compile(r",\s*(?:a|an|the)\s+[^,]*?(?<![\w'’-])(?:who|whom|whose|which|that)\b")
_REASON_OPENS = re.compile(r"\b(?:because(?!\s+of\b)|anonymity)\b", re.I)
_REASON_WORDS = re.compile(r"because|anonymity", re.I)
#: What opens a phrase of concession (see :func:`in_concession`).
_CONCESSION = re.compile(r"(?<![\w'’-])(?:despite|in\s+spite\s+of|notwithstanding)(?![\w'’-])", re.I)
#: Words saying a source is unnamed, which must come before a reason clause for it to give why (not "The project
#: stalled because Acme said it lacked steel", where Acme speaks).
_ANONYMITY = re.compile(r"\b(?:anonymity|anonymously|not\s+(?:to\s+)?be\s+(?:named|identified))\b", re.I)

#: An aside in brackets ending the words before a relative clause ("Sen. Ana Voss (R-Kessel)").
_BRACKETS_AT_END = re.compile(r"\s+\([^()]{1,40}\)\Z")
#: The rest of a relative clause, its comma or dash, and a cue that the subject before the clause speaks by
#: ("... (R-Kessel), who chairs the committee, disagreed": see :func:`clause_after_aside`).
_CLAUSE_THEN_CUE = re.compile(r"[^,.?!;]{0,80}(?:,|--|[–—])\s*(?:also\s+|later\s+)?(?:said|says|told|tells|"
                              r"added|adds|wrote|writes|denied|denies|insisted|insists|argued|argues|warned|warns|"
                              r"claimed|claims|disagreed|disagrees|replied|replies|responded|responds|countered|"
                              r"counters|rejected|rejects)\b")


@lru_cache(maxsize=TEXTS_KEPT)
def _holds(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` occurs anywhere in the sentence ``text``; kept once read, as each source span of the
    sentence asks it again, and a long sentence of many spans read whole for each would take quadratic time."""
    return pattern.search(text) is not None
