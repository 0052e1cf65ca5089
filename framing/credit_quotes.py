"""Quotations in a document: where one opens and closes, whose it is, a scare-quoted word, a quoted pronoun,
the speaker a quotation's cue names first.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from .credit_clauses import (
    ACCOUNT_CALLED_FALSE,
    SPACES,
    DENIAL_CUE,
    end_of,
    in_opening_clause,
    in_relative_clause,
    in_trailing_time_clause,
    modifies,
)
from .document import Sentence, Span
from .furniture import OPENING_STAMP
from .given_names import given_name_sex
from .person_names import opens_with_given_name
from .segment import dateline_length
from .source_find_after_cue import source_according_to
from .source_index import SourceIndex
from .source_keys import search_before_space, text_key
from .source_words import EDGE
from .spans import quotes_within
from .turns import opening_label_length

SPEAKING = ("attributed_claim", "official_denial")

#: Pronouns that can only stand for a person: credited to the person named most recently.
PERSONAL = frozenset("he she".split())

#: The most words a quotation opened inside a sentence may have for a lower-case source span in it to be words the
#: writer holds up, not a source (see :func:`scare_quoted`).
_SCARE_QUOTE_WORDS = 4


#: A cue of quoting in the active voice ("quoted", "quotes"; not "was quoted", whose subject is the one quoted).
_QUOTING_CUE = re.compile(r"(?<!was )(?<!were )(?<!is )(?<!are )(?<!been )\b(?:quoted|quotes|quoting)\Z")
#: Such a cue in a relative clause ("which quoted", "that had quoted"): the clause says what its body did, and the
#: main clause's own verb speaks ("The Lantern, which quoted Orr as saying ..., said it stood by its story").
_QUOTING_IN_CLAUSE = re.compile(r"(?<![\w'’-])(?:which|who|that)\s+(?:(?:had|has|also|once|earlier)\s+)*"
                                r"(?:quoted|quotes)\Z")
#: After such a cue, whom it quotes, then "as saying" or the like ("an unnamed crew member" of "quoted an unnamed crew
#: member as saying"): group 1 the one quoted, up to ten words with no quotation mark, colon or semicolon.
_QUOTED_AS = re.compile(r"\s+((?:[^\s\"“”;:]+,?\s+){0,9}?[^\s\"“”,;:]+),?\s+as\s+"
                        r"(?:saying|telling|stating|writing|adding|describing|calling)\b")


def quoted_as_saying(sentence: Sentence) -> list[Span]:
    """The one a cue of quoting in ``sentence`` quotes as saying something (see ``_QUOTING_CUE``, ``_QUOTED_AS``), as
    the one span that speaks: "an unnamed crew member" of "The Lantern quoted an unnamed crew member as saying the
    pumps failed", whose words the outlet only relays; none where no such cue quotes anyone so, or where the cue
    opens a relative clause (see ``_QUOTING_IN_CLAUSE``)."""
    for cue in sentence.spans:
        before = sentence.text[:cue.end - sentence.start]
        if cue.type != "cue" or not _QUOTING_CUE.search(before) or _QUOTING_IN_CLAUSE.search(before):
            continue
        found = _QUOTED_AS.match(sentence.text, cue.end - sentence.start)
        if found is not None:
            at = sentence.start + found.start(1)
            return [Span("source", at, at + len(found.group(1)), found.group(1))]
    return []


#: Words of one who relays another's words when quoting them: who speaks for them or reports ("spokesman", "aide",
#: "lawyer", "reporter").
_RELAYING_ROLE = re.compile(r"(?i:spokes\w*|aides?|lawyers?|attorneys?|representatives?|reporters?|correspondents?|"
                            r"journalists?|editors?)\b")


def quoter_speaks(spans: list[Span], sentence: Sentence, known: SourceIndex) -> bool:
    """Whether the source span of ``spans`` just before the first cue of quoting in ``sentence`` (see
    ``_QUOTING_CUE``) is a person, by a personal name's last word the text has written ("Vask" after "Tom Vask") or a
    given name before the last word ("Senator Tom Vask"), who relays no one (see ``_RELAYING_ROLE``): "Vask quoted
    Churchill as saying ..." makes Vask's own point with the words, whereas an outlet, a body or a spokesperson
    quoting someone only relays them (see :func:`quoted_as_saying`)."""
    cue = next((span for span in sentence.spans if span.type == "cue"
                and _QUOTING_CUE.search(sentence.text[:span.end - sentence.start])), None)
    quoter = next((span for span in reversed(spans) if cue is not None and span.end <= cue.start), None)
    if quoter is None or _RELAYING_ROLE.search(quoter.text):
        return False
    words = quoter.text.strip(EDGE).split()
    return bool(words) and (text_key(words[-1]) in known.surnames or any(map(given_name_sex, words[:-1])))


def scare_quoted(span: Span, sentence: Sentence, quotes: list[tuple[int, int]]) -> bool:
    """Whether the source span ``span``, in lower case, lies inside a short quotation (of ``quotes``, at most
    ``_SCARE_QUOTE_WORDS`` words) that opens inside ``sentence``, which has no cue: words the writer holds up
    ("bold vision" of 'Our leaders' "bold vision" for the harbour'), not anyone speaking ('The "experts" said' may
    be the experts')."""
    if span.text != span.text.lower() or any(s.type == "cue" for s in sentence.spans):
        return False
    return any(sentence.start < lo <= span.start and span.end <= hi
               and len(sentence.text[lo - sentence.start:hi - sentence.start].split()) <= _SCARE_QUOTE_WORDS
               for lo, hi in quotes_within(quotes, span.start, span.end))


def quoted_pronoun(span: Span, sentence: Sentence, quotes: list[tuple[int, int]]) -> bool:
    """Whether the source span ``span`` of ``sentence`` is "he" or "she" inside quotation marks (of ``quotes``): a
    person the speaker talks about ('"Yes, he fought the banks," Roe said', '"She never told us," Kane said'), never
    the speaker, whom the words outside the marks or the account going on name. Not one just after a quotation's
    end, its marks mismatched ('"It is over?" he asked' written with an opening mark at both ends)."""
    if span.text.strip(EDGE).lower() not in PERSONAL:
        return False
    if search_before_space(_QUOTATION_ENDS, sentence.text, span.start - sentence.start, 2):
        return False
    return any(lo < span.start and span.end < hi for lo, hi in quotes_within(quotes, span.start, span.end))


def speaking_first(spans: list[Span], sentence: Sentence) -> list[Span]:
    """``spans`` of an attributed or denial ``sentence`` in the order they may speak: of two sources, the one
    beside a denial word in a denial, else the one nearer a cue ("Echoing the UN, Amnesty said": Amnesty; in a
    denial with no denial word too: "Echoing the UN, the ministry said the report was false"), but first, in a
    denial with no denial word, the one whose own clause calls an account false (see :func:`_rebutting`: "Kessel said
    the ministry lied, and the ministry said the report was false": the ministry). A channel that an
    opening "according to" names goes last when the sentence's own subject speaks after it (see
    :func:`_channels`), and a span in a relative clause after a name goes after the others (see
    :func:`in_relative_clause`), and so does an audience of evidence in which another speaks (see
    :func:`_audience_of_evidence`: "Jurors heard a recording in which Moss told ..."); of spans as near a cue, the
    subject of what a cue just before it reports goes after that cue's own subject (see :func:`_reported_subjects`),
    and one in a clause opening the sentence after the main clause's (see :func:`in_opening_clause`: "After Ruiz
    accused him of bullying, ..., Vask told Harlow Radio": Vask)."""
    if len(spans) < 2 or sentence.label not in SPEAKING:
        return spans
    channels = _channels(spans, sentence)
    audience = [s for s in spans if _audience_of_evidence(s, sentence, spans)]
    reported = _reported_subjects(spans, sentence)
    cues = _Cues(sentence)
    if sentence.label == "official_denial":
        # the source beside a denial word, and of two beside one, the nearer ("Responding to Rivera,
        # the ministry denied it": the ministry); with no denial word, the one nearer a cue
        denials = _Cues(sentence, DENIAL_CUE)
        rebutting = _rebutting(spans, sentence)
        return sorted(spans, key=lambda s: (s in channels, s in audience, in_relative_clause(s, sentence),
                                            modifies(s, sentence), not _next_to_denial_cue(s, cues),
                                            denials.distance(s), s not in rebutting, s in reported,
                                            in_trailing_time_clause(s, sentence, spans), cues.distance(s),
                                            in_opening_clause(s, sentence, spans)))
    return sorted(spans, key=lambda s: (s in channels, s in audience, in_relative_clause(s, sentence),
                                        modifies(s, sentence), s in reported,
                                        in_trailing_time_clause(s, sentence, spans), cues.distance(s),
                                        in_opening_clause(s, sentence, spans)))


def _audience_of_evidence(span: Span, sentence: Sentence, spans: list[Span]) -> bool:
    """Whether the source ``span`` of ``sentence`` heard, saw or was shown evidence (see ``_AUDIENCE_OF``,
    ``_EVIDENCE_NOUNS``) in which another of ``spans``, after it, speaks: "Jurors" of "Jurors heard a recording of a
    call in which Moss told his brother ...", who hear Moss, not speak."""
    found = _AUDIENCE_OF.match(sentence.text, span.end - sentence.start)
    return (found is not None and _EVIDENCE_NOUNS.search(found.group(1)) is not None
            and any(other.start >= sentence.start + found.end() for other in spans))


def _reported_subjects(spans: list[Span], sentence: Sentence) -> list[Span]:
    """The source ``spans`` of ``sentence`` that open the clause that a cue just before them reports, before a
    lower-case word (its verb), where another of ``spans`` is that cue's subject, just before it past a comma:
    "Stavros" of "His lawyer, Petra Quinlan, said Stavros denies the charges", whom the lawyer reports (the comma
    closing her name set her a character further from "said" than Stavros). Each span's cue is the first written
    whose spaces and "that" after it reach the span; the cues and the spans are each read once, not each cue and span
    again for each span, which took a long sentence of many spans quadratic time."""
    at, text = sentence.start, sentence.text
    verbed = [span for span in spans if _REPORTED_VERB.match(text, span.end - at) is not None]
    if not verbed:
        return []
    cues: dict[int, Span] = {}  # by where the spaces and "that" after a cue end
    for cue in sentence.spans:
        if cue.type == "cue":
            cues.setdefault(at + end_of(_SPACES_THAT, text, cue.end - at), cue)
    before: dict[int, list[Span]] = {}  # the spans by where the spaces and commas after each end
    for other in spans:
        before.setdefault(at + end_of(_SPACES_OR_COMMAS, text, other.end - at), []).append(other)
    return [span for span in verbed if span.start in cues
            and any(other is not span for other in before.get(cues[span.start].start, ()))]


#: Quotation marks that may open a transcript's line quoted whole (see :func:`quoted_persons_label`).
_LABEL_QUOTES = frozenset('"“')


def persons_label(label: str) -> bool:
    """Whether ``label``, a label opening a sentence with its colon, is a person's name in title case: two or three
    capitalised words, not all in capitals, the first a known given name, of either sex too ("Ana Ruiz: ", "Chris
    Rusk: "; see :mod:`framing.given_names`) but then not before a place's word ("Lee County: ", see
    :func:`framing.person_names.opens_with_given_name`)."""
    words = label.strip().removesuffix(":").split()
    return (1 < len(words) < 4 and not label.isupper() and all(word[:1].isupper() for word in words)
            and opens_with_given_name(words))


def quoted_persons_label(sentence: Sentence) -> list[Span]:
    """The name of a person's label (see :func:`persons_label`) just after a quotation mark opening ``sentence``,
    as a source span: a transcript's line quoted whole ('"Ana Ruiz: Seriously, look at this.') says who speaks, as
    the label does unquoted; none for any other sentence."""
    if sentence.text[:1] not in _LABEL_QUOTES:
        return []
    label = sentence.text[1:1 + opening_label_length(sentence.text[1:])]
    if not persons_label(label):
        return []
    name = label.strip().removesuffix(":")
    return [Span("source", sentence.start + 1, sentence.start + 1 + len(name), name)]


#: A liveblog entry's bare time before its words ("12:30 "), where no zone or clock mark makes it an
#: ``OPENING_STAMP``.
_BARE_TIME = re.compile(r"\s*\d{1,2}[:.]\d{2}(?=\s)")
#: A quotation that is all the rest of a line holds ('"This is entirely preventable."').
_WHOLE_QUOTATION = re.compile(r"\s*[\"“][^\"“”]+[\"”][.!?]?\s*")


def stamped_quote_label(sentence: Sentence) -> list[Span]:
    """The name of a label (see :func:`framing.turns.opening_label_length`) just after a liveblog entry's time
    opening ``sentence`` (``OPENING_STAMP``, ``_BARE_TIME``), when a quotation is all that follows it
    (``_WHOLE_QUOTATION``), as a source span: '12:30 Sefton: "This is entirely preventable."' is Sefton's; none for
    any other sentence."""
    stamp = OPENING_STAMP.match(sentence.text) or _BARE_TIME.match(sentence.text)
    if stamp is None:
        return []
    at = end_of(SPACES, sentence.text, stamp.end())
    label = opening_label_length(sentence.text[at:])
    if not label or not _WHOLE_QUOTATION.fullmatch(sentence.text, at + label):
        return []
    name = sentence.text[at:at + label].strip().removesuffix(":").rstrip()
    return [Span("source", sentence.start + at, sentence.start + at + len(name), name)]


def _channels(spans: list[Span], sentence: Sentence) -> list[Span]:
    """Those of ``spans`` that name the channel of an "according to" opening ``sentence``, when another source span
    follows it with a cue after that ("According to the state news agency, Deputy Minister Ilya Marov said ...":
    the agency carried what Marov said); none otherwise ("According to the indictment, Greaves ran a sham
    company": the indictment is the source; "..., according to TASS": it speaks). A dateline before it is passed
    over."""
    lead = dateline_length(sentence.text)
    found = source_according_to(sentence.text[lead:])
    if found is None or not _ACCORDING_TO_OPENS.fullmatch(sentence.text, lead, lead + found[0]):
        return []
    start, end = sentence.start + lead + found[0], sentence.start + lead + found[1]
    channels = [s for s in spans if s.start < end and s.end > start]
    cues = [s.start for s in sentence.spans if s.type == "cue" and s.start >= end]
    speakers = [s for s in spans if s.start >= end and any(cue >= s.end for cue in cues)]
    return channels if speakers else []


def sentences_in_quotations(sentences: Sequence[Sentence], runs: list[tuple[int, int]]) -> dict[int, int]:
    """Each sentence that lies wholly inside a quotation of ``runs`` (see :func:`_closed_quotations`), with
    that quotation's place in ``runs``."""
    starts = [s.start for s in sentences]
    inside: dict[int, int] = {}
    for number, (start, end) in enumerate(runs):
        for index in range(bisect_right(starts, start - 1), bisect_right(starts, end - 1)):
            if sentences[index].end <= end:
                inside[index] = number
    return inside


def quotation_opened_in(sentences: Sequence[Sentence], runs: list[tuple[int, int]]) -> dict[int, int]:
    """Each sentence that opens a quotation of ``runs`` (see :func:`_closed_quotations`) past its own start and
    ends inside it ('He said: "They promised ...'), with that quotation's place in ``runs``."""
    starts = [s.start for s in sentences]
    opened: dict[int, int] = {}
    for number, (start, end) in enumerate(runs):
        index = bisect_right(starts, start) - 1
        if index >= 0 and sentences[index].start < start and sentences[index].end < end:
            opened[index] = number
    return opened


def quotation_openings(sentences: Sequence[Sentence], runs: list[tuple[int, int]]) -> dict[int, int]:
    """Each sentence that closes a quotation of ``runs`` which an earlier sentence opens (see
    :func:`quotes_closed_later`), with that earlier sentence's index."""
    openings: dict[int, int] = {}
    for index, (closer, _) in quotes_closed_later(sentences, runs).items():
        openings[closer] = min(index, openings.get(closer, index))
    return openings


def quotes_closed_later(sentences: Sequence[Sentence],
                         runs: list[tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """For each sentence inside a quotation (of ``runs``, see :func:`_closed_quotations`) that opens a
    sentence and a later sentence closes, that sentence's index and where the quotation ends; one opened
    inside a sentence ("the '90s") credits no one."""
    starts = [s.start for s in sentences]
    closed: dict[int, tuple[int, int]] = {}
    for start, end in runs:
        first, last = bisect_right(starts, start) - 1, bisect_right(starts, end - 1) - 1
        if first >= 0 and start == sentences[first].start and last > first:
            for index in range(first, last):
                closed[index] = (last, end)
    return closed


def in_quotation(sentence: Sentence, voiced: list[tuple[int, int]]) -> bool:
    """Whether ``sentence`` lies wholly inside one of the quotations ``voiced``."""
    around = quotes_within(voiced, sentence.start, sentence.end)
    return any(lo <= sentence.start and sentence.end <= hi for lo, hi in around)


#: Spaces and commas, which a source span may leave out before its cue ("Acme's president, Tom Vance, called").
_SPACES_OR_COMMAS = re.compile(r"[\s,]*")
_NEGATION = re.compile(r"(?<![\w'’-])(?:not|never|no)(?![\w'’-])|n['’]t(?![\w'’-])", re.I)
#: What refers to an account already given, written just before an account's noun called false after it (one word
#: between allowed: "the report", "her earlier claims", "Acme's report") or before a falsity word set before the noun
#: ("the false claims", "called them baseless allegations", "dismissed as false claims"). Without it the words name
#: a wrong, no account answered: "the company filed false claims with Medicare", "the firm filed claims that were
#: false" are the accuser's.
_REFERENCE = (r"(?:the|this|that|these|those|such|his|her|its|their|our|your|my|\w+(?:['’]s|s['’]))")
_ACCOUNT_REFERRED = re.compile(rf"(?<![\w'’-]){_REFERENCE}[^\S\r\n]+(?:[\w'’-]+[^\S\r\n]+)?\Z", re.I)
_FALSITY_REFERRED = re.compile(rf"(?<![\w'’-])(?:{_REFERENCE}|as|is|are|was|were|be|been|them)[^\S\r\n]+\Z", re.I)


def _rebutting(spans: list[Span], sentence: Sentence) -> set[Span]:
    """Those of ``spans``, in a denial holding more than one side, whose own clause calls an account false: a
    span followed by its cue (a comma or an aside between allowed), read up to the next such span or the sentence's
    end (see ``ACCOUNT_CALLED_FALSE``). "Kessel said the ministry lied, and the ministry said the report was
    false": the ministry, not Kessel, whose clause calls the ministry a liar; "Vance said the claims by Ruiz were
    lies, and Ruiz said Vance was lying": Vance, as the name his words hold is no clause of its own, and "was lying"
    calls no account false. An accusation of lying is no denial: only an account's noun (the claims, the report,
    the allegations) called false answers one."""
    at = sentence.start
    cues = {c.start for c in sentence.spans if c.type == "cue"}
    speaking = sorted((s for s in spans if at + end_of(_SPACES_OR_COMMAS, sentence.text, s.end - at) in cues
                       or at + end_of(ASIDE_BEFORE_CUE, sentence.text, s.end - at) in cues),
                      key=lambda s: s.start)
    found = set()
    for k, span in enumerate(speaking):
        end = speaking[k + 1].start - at if k + 1 < len(speaking) else len(sentence.text)
        if any(not _NEGATION.search(called.group("between") or "") and _referred(sentence.text, called)
               for called in ACCOUNT_CALLED_FALSE.finditer(sentence.text, span.end - at, end)):
            found.add(span)
    return found


def _referred(text: str, called: re.Match[str]) -> bool:
    """Whether the account ``called`` false in ``text`` (see ``ACCOUNT_CALLED_FALSE``) is one already given, referred
    to as such (see ``_ACCOUNT_REFERRED``, ``_FALSITY_REFERRED``), not a wrong its words name ("filed false
    claims")."""
    before = text[max(0, called.start() - 80):called.start()]
    referred = _ACCOUNT_REFERRED if called.group("between") is not None else _FALSITY_REFERRED
    return referred.search(before) is not None


def _next_to_denial_cue(source: Span, cues: _Cues) -> bool:
    """Whether the cue nearest to ``source`` of a sentence's ``cues`` is a denial word ("company denies")."""
    nearest = cues.nearest(source)
    return nearest is not None and bool(DENIAL_CUE.search(nearest.text))


class _Cues:
    """The cues of a sentence (with ``wording``: those worded so) by where they start and end, so that the one
    nearest a source span is found by bisection, not by reading every cue again for each span of a long sentence."""

    def __init__(self, sentence: Sentence, wording: re.Pattern[str] | None = None) -> None:
        self.cues = [c for c in sentence.spans if c.type == "cue" and (wording is None or wording.search(c.text))]
        self._starts, self._ends = sorted(c.start for c in self.cues), sorted(c.end for c in self.cues)
        self._at_start: dict[int, list[int]] = {}
        self._at_end: dict[int, list[int]] = {}
        for k, cue in enumerate(self.cues):
            self._at_start.setdefault(cue.start, []).append(k)
            self._at_end.setdefault(cue.end, []).append(k)

    def distance(self, source: Span) -> float:
        """Characters from ``source`` to the nearest cue (see :func:`_gap`; inf: none)."""
        return min(_nearest(self._ends, source.start), _nearest(self._starts, source.end))

    def nearest(self, source: Span) -> Span | None:
        """The cue nearest to ``source``, the first written of those as near; ``None`` for no cue."""
        distance = self.distance(source)
        if distance == float("inf"):
            return None
        gap = int(distance)
        ties = [k for at in (source.start - gap, source.start + gap) for k in self._at_end.get(at, ())]
        ties += [k for at in (source.end - gap, source.end + gap) for k in self._at_start.get(at, ())]
        return self.cues[min(ties)]


def _nearest(points: list[int], at: int) -> float:
    """Characters from ``at`` to the nearest of the sorted ``points`` (inf: none)."""
    k = bisect_left(points, at)
    return min((abs(at - point) for point in points[max(0, k - 1):k + 1]), default=float("inf"))


#: A relative pronoun opening a span, and after a comma opening a clause (in lower case: not the consumer group
#: "Which?"); a mark that would have closed the clause.
#: A quotation's end just before a pronoun: its last stop or comma, then a quotation mark of any kind.
_QUOTATION_ENDS = re.compile(r"[,.?!…–—-][\"“”'’‘«»]\s*\Z")

#: What may stand between a speaker and the cue just after it: spaces, or an aside between commas or in brackets
#: (", a first-term lawmaker from Kessel,", "(R-Kessel)").
ASIDE_BEFORE_CUE = re.compile(r"\s*(?:,[^,;:.!?]{0,80},\s*|\([^()]{0,40}\)\s*)?")
#: What an audience did just after its span, up to "in which" or "where" opening what someone in the evidence said
#: (see :func:`_audience_of_evidence`): "heard", "saw", "watched", "listened to", "were shown" or "were played",
#: group 1 what (" heard a recording of a call in which "); and the evidence nouns group 1 must hold.
_AUDIENCE_OF = re.compile(r"[^\S\r\n]+(?:heard|saw|watched|listened\s+to|(?:was|were)\s+(?:shown|played))\s+"
                          r"([^,;:.!?\"“”]{1,80}?)\s+(?:in\s+which|during\s+which|where)\s")
_EVIDENCE_NOUNS = re.compile(r"\b(?:recordings?|tapes?|calls?|videos?|footage|audio|clips?|testimony|evidence|"
                             r"messages?|texts?|e-?mails?|letters?|interviews?)\b")
#: Between a cue and the subject of the clause it reports: spaces and a "that" perhaps (see :func:`_reported_subjects`);
#: and a lower-case word after that subject, its verb ("denies").
_SPACES_THAT = re.compile(r"\s*(?:that\s+)?")
_REPORTED_VERB = re.compile(r"[^\S\r\n]+[a-z]")

#: "According to" opening a sentence, a conjunction allowed before it ("But according to the agency, ...").
_ACCORDING_TO_OPENS = re.compile(r"[\s\"“'‘]*(?:(?:but|and|yet|so)\s+)?according\s+to\s+", re.I)
