"""The spelling of a source mention: the key two spellings of one wording share, and a mention without
accents, legal form, nickname, generation or heading, in title case; bounded searches over it; where a
sentence's own words begin, past its dateline, time stamp or opener.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from .furniture import ENTRY_STAMP
from .segment import dateline_length, list_mark_length
from .source_words import (
    ANY_LINK_LABEL,
    MONTH,
    AG_OF,
    FACT_CHECK_LABEL,
    HEADLINE_SMALL_WORDS,
    LEGAL_FORM_END,
    MONTHS,
    NOT_A_NAME_START,
    PARTICLES,
    WEEKDAYS,
)
from .textchars import fold_apostrophes, without_invisible
from .textlines import STAMP_MARKS as _STAMP_MARKS
from .textlines import TIME_ZONES as _ZONES
from .turns import speaker_label_length

#: How many forms of spans and speakers' labels are kept once worked out: a long transcript names its speakers
#: again at every turn, and copy its sources in sentence after sentence.
FORMS_KEPT = 4096


#: A liveblog time stamp swallowed at the start of a span ("10:05 GMT - ", "9.30am: ", "10:15 a.m. ET - ").
_TIMESTAMP = re.compile(rf"^\d{{1,2}}(?:[:.]\d{{2}})?{_STAMP_MARKS}*\s*[-–—:|]\s+", re.I)
#: A time stamp on a line of its own, which heads the entry ("10:12\nPolice say", "9 a.m. ET\n"; not "12:30
#: Club"), or what a span cut inside one left of it ("ET\nGov. Abbott").
_STAMP_LINE = re.compile(rf"^\s*(?:\d{{1,2}}[:.]\d{{2}}{_STAMP_MARKS}*|\d{{1,2}}{_STAMP_MARKS}+"
                         rf"|(?:[ap]?\.?m\.\s*)?(?-i:{_ZONES}))[ \t]*\r?\n(?=\s*\S)", re.I)
_BANNER = re.compile(r"^(?:\[\s*\d{1,2}[:.]\d{2}[^\[\]]*\]\s*"
                     r"|(?:BREAKING|UPDATED?|Updated?|LIVE|EXCLUSIVE|WATCH|CORRECTION|ANALYSIS)(?:\s+\d+)?\s*"
                     r"(?:--|[-–—:|])\s*"
                     rf"|(?i:{ANY_LINK_LABEL})\s*:\s*)")
#: The label of a publication's note on its own copy before its colon ("Correction: ", "Clarification: ", "Editor's
#: note: "): furniture, like a fact-check's label, and no part of the subject after it ("Clarification: A story ...").
_CORRECTION_LABEL = re.compile(r"(?:correction|clarification|editor['’]s\s+note)\s*:\s*", re.I)

#: A timeline's entry mark, read as a liveblog's stamp is: a year or a date and a dash or colon ("2009 — ",
#: "March 3: ", "3 March 2024 - ", "Jan. 5, 2021 — "); or a numbered or lettered list item's mark ("1) ", "2. ",
#: "b) ", "(c) "; not "A. ", an initial too).
_ENTRY_MARK = re.compile(rf"^(?:(?:\d{{4}}|{MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{MONTH}(?:\s+\d{{4}})?"
                         rf"|{MONTH}\s+\d{{4}})\s*(?:--|[-–—:|])\s+"
                         r"|(?:\d{1,3}[.)]|[a-z][.)]|[A-Z]\)|\([a-zA-Z\d]{1,3}\))\s+)")
#: What is left when a span starts inside a time stamp ("m. - Premier Cho", "- The agency", "ET - Acme").
_STAMP_TAIL = re.compile(rf"^(?:(?:[ap]?\.?m\.|\([^()]*\)|(?:{_ZONES})\b)\s*)*[-–—|]+\s+")

#: What follows a name without being one ("Martin Luther King Jr.").
SUFFIXES = frozenset("Jr Sr II III IV V".split())
#: Of those, a generation's, as :meth:`str.capitalize` writes it ("Jr", "Iii"): the surname is the word before.
_GENERATIONS = frozenset(suffix.capitalize() for suffix in SUFFIXES)

#: A word as a headline's case is read: a letter, then letters, digits, apostrophes and hyphens.
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


#: The legal forms that a company's key may end in, one or more ("orvane technologies inc", "pellory & co",
#: "kellbrook industries n.v", "siemark ag"), which another document's mention of it often leaves out: not
#: "group" nor "holdings", which may name a parent of the company the bare name is, nor "spa", also a word ("Canyon
#: Ranch Spa").
_TRADING_FORM_END = re.compile(r"(?:\s+(?:&\s+)?(?:corp|corporation|inc|incorporated|ltd|limited|llc|llp|plc|co|gmbh|"
                               r"kgaa|oyj|s\.p\.a|s\.a\.s|sas|s\.a|n\.v|sa|se|nv|bv|ab|asa|a/s|pty|sarl|ag|kk|lp)"
                               r"\.?)+$")
#: The legal forms of ``_TRADING_FORM_END`` that are also a word or part of a personal name ("Kim Se", "Lee Sa",
#: "Smith Co", "Ola Asa", an "LP" record): after one word, left out only where written as a legal form (see
#: :func:`without_legal_form`), so that what stays is no lone surname or given name that a person shares.
_NAME_LIKE_FORMS = frozenset("co se sa ab asa sas kk lp".split())
#: The words before "ag" that make it an attorney general ("texas ag"), lower case (see ``AG_OF``).
_AG_OF_KEYS = frozenset(word.lower() for word in AG_OF)


def without_legal_form(key: str, shown: str = "") -> str:
    """The source key ``key`` without the legal forms it ends in ("orvane technologies" of "orvane technologies
    inc", "kellbrook industries" of "kellbrook industries n.v"), so that a company written with its legal form in one
    document and without it in another is one source across documents (see :func:`framing.summarize`), as within
    one it is; "texas ag", a state's attorney general, stays. A form that is also part of a name or a word (see
    ``_NAME_LIKE_FORMS``) goes after two words or more, after "&" ("pellory & co"), and after one word only where
    ``shown``, the source's display form, writes it as a legal form: in capitals ("Volvo AB", "Airbus SE"), or "Co."
    with its stop; "Kim Se", "Lee Sa" and "Marlow Co" stay whole (and with no ``shown``, so does "volvo ab")."""
    form = _TRADING_FORM_END.search(key)
    if form is None:
        return key
    bare = key[:form.start()]
    forms = form.group().split()
    if "ag" in forms and bare.rpartition(" ")[2] in _AG_OF_KEYS:
        return key
    first = forms[0].rstrip(".")
    if " " not in bare and first in _NAME_LIKE_FORMS and not _written_as_form(shown.split()[-len(forms):], first):
        return key[:form.start() + form.group().index(forms[0]) + len(forms[0])].rstrip(".")  # of "kim se ltd"
    return bare


def _written_as_form(words: list[str], form: str) -> bool:
    """Whether ``words``, the last words of a display form, open with the legal form ``form`` written as one: "Co."
    with its stop, any other in capitals ("AB", "SE"; not the "Se" of "Kim Se")."""
    written = words[0] if words and words[0].lower().rstrip(".") == form else ""
    return written.endswith(".") if form == "co" else written.isupper()


#: The Latin ligatures of Unicode's Alphabetic Presentation Forms, as a PDF's text layer or OCR of a typeset page
#: writes them ("ofﬁcials" with U+FB01), and the letters they stand for.
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})


@lru_cache(maxsize=FORMS_KEPT)
def text_key(text: str) -> str:
    """What two spellings of one wording share: composed characters (NFC), lower case, apostrophes folded
    into ', no invisible format characters, ligatures written as their letters ("ofﬁcials" is "officials"). The
    canonical source name is the key of its display form."""
    return fold_apostrophes(unicodedata.normalize("NFC", without_invisible(text)).lower().translate(_LIGATURES))


def without_accents(key: str) -> str:
    """The key ``key`` with the accents of its Latin, Greek and Cyrillic letters left out ("tanaiste" of
    "tánaiste"), and the marks of its Arabic and Hebrew letters, vowels that writers mostly leave out ("محمد" of
    "مُحَمَّد", "שלום" of "שָׁלוֹם"; a hamza on its seat too, often unwritten: "احمد" of "أحمد"); other scripts' marks
    are parts of letters or vowels always written ("ガ" is not "カ", "मीना" not "मना") and stay."""
    if key.isascii():
        return key
    kept: list[str] = []
    for ch in unicodedata.normalize("NFD", key):
        if not (unicodedata.category(ch) == "Mn" and kept and _ACCENTED_SCRIPTS.match(kept[-1])):
            kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept))


#: A letter of a script whose nonspacing marks are accents or optional vowels: Latin, Greek, Cyrillic, Hebrew,
#: Arabic.
_ACCENTED_SCRIPTS = re.compile(r"[a-zA-ZÀ-ɏḀ-ỿͰ-Ͽἀ-῿Ѐ-ԯ\u0590-\u05ff\u0600-\u06ff\u0750-\u077f]")


def head_word(name: str) -> str:
    """The last word of the canonical source ``name`` past its legal forms, by which a text may name it
    short ("ministry" of "transport ministry", "corvell" of "ana corvell", "acme" of "acme corp")."""
    return LEGAL_FORM_END.sub("", name).rpartition(" ")[2]


def counted_key(key: str) -> str:
    """The canonical ``key`` as its count reads: "a few residents" counts residents as "few residents" does, a
    quantifier (see ``QUANTIFIERS``) first; any other key as it is."""
    return key[2:] if key.startswith("a few ") else key


@lru_cache(maxsize=FORMS_KEPT)
def without_heading(text: str) -> str:
    """``text`` without what a liveblog or wire story puts before an entry: an emoji or bullet ("🔴 "), a
    time stamp on its own line, a banner ("BREAKING: ", "[10:05] ") or a link's label ("Read more: "), a time
    stamp ("10:15 a.m. ET - ") or what a span cut inside one left of it ("ET - "), a timeline's or list's entry
    mark ("2009 — ", "March 3: ", "b) ": see ``_ENTRY_MARK``), a dateline ("LONDON (Reuters) - ") and a fact-check's
    label ("Claim: ": see ``FACT_CHECK_LABEL``)."""
    form = _one_spaced(_STAMP_LINE.sub("", without_line_end_hyphens(_without_marks(text))))
    form = form[dateline_length(form, in_span=True):]
    form = _STAMP_TAIL.sub("", _TIMESTAMP.sub("", _BANNER.sub("", _ENTRY_MARK.sub("", form))))
    label = FACT_CHECK_LABEL.match(form)
    return form[label.end():].lstrip() if label else form


#: A word broken across a line end by a hyphen, as text copied from a PDF or a hard-wrapped page gives it: a letter,
#: the hyphen, the line break (spaces around it) and the word's rest in lower case ("Lu-\nkas", "Uni-\nversity").
_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])-[^\S\r\n]*(?:\r\n|\r|\n)[^\S\r\n]*(?=[^\W\d_])")


def without_line_end_hyphens(text: str) -> str:
    """``text`` with each word broken across a line end by a hyphen written whole ("Lukas" of "Lu-\nkas"), so that
    a name copied from a PDF is the one source it names elsewhere in one piece; a hyphen before a capital stays, the
    line break going ("Jean-Luc" of "Jean-\nLuc"), as it joins the parts of a name written with one."""
    return _LINE_END_HYPHEN.sub(lambda hyphen: "" if text[hyphen.end()].islower() else "-", text)


def _one_spaced(text: str) -> str:
    """``text`` with each run of whitespace made one space and none at its ends: what
    ``_SPACE.sub(" ", text.strip())`` gives, since a regular expression's ``\\s`` and :meth:`str.split` know
    the same whitespace (:meth:`str.isspace`), at a third of the cost on a sentence."""
    return " ".join(text.split())


#: What opens a social-media handle's name after its "@": a letter or an underscore ("kessel_ai", "_kessel").
_HANDLE_START = re.compile(r"[^\W\d]")


def _without_marks(text: str) -> str:
    """``text`` without the emoji, bullets and dashes before a liveblog entry ("🔴 ", "• ", "▶ ", "- ");
    quotation marks and brackets stay, for the rules that read them ("[10:05] ", "“Gov. Maria Santos”"), and so does
    the "@" of a handle ("@kessel_ai"), part of the account's name as written."""
    for at, char in enumerate(text):
        if char == "@" and _HANDLE_START.match(text, at + 1):
            return text[at:]
        kind = unicodedata.category(char)
        # symbols, the marks and joiners an emoji is built with (U+FE0F, U+200D), punctuation but quotation marks
        # and brackets
        mark = (kind[0] in "SM" or kind == "Cf"
                or (kind[0] == "P" and kind not in ("Ps", "Pi", "Pf") and char not in "\"'"))
        if not (mark or char.isspace()):
            return text[at:]
    return ""


def search_before_space(pattern: re.Pattern[str], text: str, end: int, reach: int) -> re.Match[str] | None:
    """``pattern.search(text, 0, end)`` for a ``pattern`` of at most ``reach`` characters without a space, then
    spaces up to ``end`` (``"the\\s+$"``), looked for only where it may start: a search from the sentence's start
    once per span made a long sentence's profile quadratic. Such a match starts at most ``reach`` characters before
    the spaces ending ``text[:end]``; the search sees the text before where it starts, as a lookbehind does."""
    return pattern.search(text, max(0, len(text[:end].rstrip()) - reach), end)


def last_words_start(text: str, end: int, words: int) -> int:
    """Where the last ``words`` words of ``text[:end]`` may start at the earliest (0 where it holds no more): a
    pattern whose match, up to spaces ending there, spans at most that many words is looked for from there, not
    from the sentence's start once per span, which made a long sentence's profile quadratic."""
    parts = text[:end].rsplit(None, words)
    return len(parts[0]) if len(parts) > words else 0


#: Words that open a sentence before its subject, a comma closing them ("On Tuesday, the ministry denied",
#: "Asked about the claims, Acme Corp said", "Back in her shed, Roth was less patient"), besides those of
#: ``NOT_A_NAME_START``.
OPENERS = frozenset("""Asked Speaking Responding Reacting Contacted Reached Writing Meanwhile Separately Still
    Instead Elsewhere Overall Nonetheless Nevertheless Afterwards Back Outside""".split())

#: A liveblog's bare time stamp before a capitalised word, with no dash or bracket ("12:00 The ministry said",
#: "9.30am GMT Acme denied"): the sentence segments it as copy (it may be, "12:30 Club"), but a figure is never
#: a subject, so the subject is looked for after it.
_BARE_STAMP = re.compile(rf"\s*\d{{1,2}}[:.]\d{{2}}{_STAMP_MARKS}*\s+(?=[A-Z])")


#: A court transcript's "Q." or "A." before a pronoun ("A. He said ..."): the answer's label, not an initial.
_QA_BEFORE_PRONOUN = re.compile(r"[QA]\.[^\S\r\n]+(?=(?:He|She|They|We|It|I|You)\b)")


@lru_cache(maxsize=FORMS_KEPT)
def lead_length(text: str) -> int:
    """How many characters open the sentence ``text`` before its words: typography, a list's mark, a liveblog
    stamp (bare too), a dateline, a speaker's label in capitals ("HOST: "), a correction's label ("Clarification: ",
    see ``_CORRECTION_LABEL``) and a transcript's "Q." or "A." before a pronoun ("A. He said", not a surname after an
    initial)."""
    skip = list_mark_length(text) or len(text) - len(_without_marks(text))  # typography, not the subject
    lead = ENTRY_STAMP.match(text[skip:]) or _BARE_STAMP.match(text[skip:])
    skip += lead.end() if lead else 0
    skip += dateline_length(text[skip:])
    skip += speaker_label_length(text[skip:])  # "HOST: ", "Q: ": who speaks, not the subject
    corrected = _CORRECTION_LABEL.match(text, skip)  # "Clarification: A story on Oct. 6 said": the note's label
    skip = corrected.end() if corrected else skip
    label = _QA_BEFORE_PRONOUN.match(text, skip)
    return label.end() if label else skip


@lru_cache(maxsize=FORMS_KEPT)
def past_opener(text: str) -> int:
    """How many characters open the sentence ``text`` before its main clause: what :func:`lead_length` passes
    over, then an opener up to its comma ("On Tuesday, ", "In March, ", "Asked about it, "): six words at most, or
    ``_CLAUSE_OPENER_WORDS`` for a clause of time or condition ("When the Ellis river burst its banks last March, "),
    as its own subject and verb make it longer; with no comma, a time (see ``BARE_TIME_OPENER``), or a medium before
    "he", "she" or "they" (see ``BARE_MEDIUM_OPENER``: "In a statement she said")."""
    skip = lead_length(text)
    bare_time = BARE_TIME_OPENER.match(text, skip)
    if bare_time is not None:
        return bare_time.end()  # "Last week the ombudsman found ...": when, then the subject, with no comma between
    medium = BARE_MEDIUM_OPENER.match(text, skip)
    if medium is not None and medium.group("pronoun"):
        return medium.end()  # "In a statement she said ...": where, then the pronoun speaking
    comma = text.find(",", skip)
    opener = text[skip:comma].split() if comma >= 0 else []
    long_opener = opener and (opener[0] in _CLAUSE_OPENERS or _TIME_PHRASE.fullmatch(" ".join(opener)))
    most = _CLAUSE_OPENER_WORDS if long_opener else 6
    if opener and len(opener) <= most and (opener[0] in (NOT_A_NAME_START | OPENERS) - {"The", "A", "An"}
                                           or _TIME_LAPSE.fullmatch(" ".join(opener))):
        skip = comma + 1
    return skip


#: A time opening a sentence with no comma before its subject, "the" or a capitalised word ("Last week the ombudsman
#: found", "On Monday Varga said", "In March the council voted", "Earlier this year the regulator ruled"): when, which
#: names no one; so does an occasion after a preposition of time or place ("Throughout the trial Aldana maintained",
#: "After the hearing the bank said"). A comma after it is
#: :func:`past_opener`'s usual opener.
BARE_TIME_OPENER = re.compile(
    rf"(?:(?:Last|Earlier\s+this|Earlier\s+that|Later\s+that)\s+(?:week|month|year|spring|summer|autumn|winter)"
    rf"|(?:On|Last)\s+(?i:{WEEKDAYS})|In\s+(?i:{MONTHS})(?:\s+\d{{4}})?|Yesterday"
    r"|(?:Throughout|During|After|Before|Since)\s+(?:the|his|her|their|its)\s+(?:[a-z][\w-]*\s+)?"
    r"(?:trial|hearing|meeting|inquiry|inquest|sentencing|verdict|session|interview|talks|case|vote|debate))"
    r"\s+(?=the\s|[A-Z])")
#: Where something was said opening a sentence with no comma before its subject, "the", a capitalised word or "he",
#: "she" or "they" ("In a statement she said", "In a brief statement the club said", "In his letter Vask wrote",
#: "In a filing last week she said": when it was written may follow): the medium, which names no one (group
#: "pronoun" the pronoun after it).
BARE_MEDIUM_OPENER = re.compile(
    r"In\s+(?:a|an|its|his|her|their)\s+(?:(?:brief|short|written|joint|separate|televised|radio)\s+)?"
    r"(?:statement|interview|letter|post|email|e-mail|tweet|video|message|column|podcast|press\s+release"
    r"|filing|court\s+filing|submission|affidavit|report|speech)\s+"
    rf"(?:(?:last|this|earlier\s+this)\s+(?:week|month|year)\s+|on\s+(?i:{WEEKDAYS})\s+|yesterday\s+)?"
    r"(?=the\s|[A-Z]|(?P<pronoun>he|she|they)\s)")
#: A phrase of when, opening with a preposition and holding a time's word, which may run past six words before its
#: comma ("On the morning of 3 August last year, ", "In the early hours of a wet Sunday in March, "): when, naming no
#: one, as long as a clause of time may be (``_CLAUSE_OPENER_WORDS``).
_TIME_PHRASE = re.compile(
    r"(?:On|In|At|During|Early|Late|By)\s.*\b(?i:morning|afternoon|evening|night|hours|day|week|weekend|month|year"
    rf"|{MONTHS}|{WEEKDAYS}|\d{{4}})\b.*")
#: Conjunctions opening a clause of time or condition before the main clause ("When the river rose, ...").
_CLAUSE_OPENERS = frozenset("When While After Before Since Until Although If".split())
#: The most words such a clause may hold before its comma and still be read as an opener.
_CLAUSE_OPENER_WORDS = 12
#: A lapse of time as an opener, whatever its first word ("Two months later", "Weeks earlier", "A day later",
#: "Moments afterwards", "Three years ago", "Less than a week later"): when, which names no one. Only counts and their
#: words come before the time's noun: "Orr spoke two days later" is a subject and its verb, no opener.
_TIME_LAPSE = re.compile(r"(?i:(?:an?|the|some|several|few|many|just|only|about|nearly|almost|barely|mere|less|more|"
                         r"than|within|couple|of|and|half|short|long|\d+|one|two|three|four|five|six|seven|eight|"
                         r"nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousands) ){0,3}"
                         r"(?i:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|"
                         r"moments?|time|while) (?:later|earlier|ago|afterwards?|before|on)")


def to_first_capital(more: str = "") -> str:
    """A pattern of the characters of a run of a word's characters (``\\w``, apostrophes, a full stop, a hyphen and
    ``more``) up to its first capital that no word goes on to ("x." of "x.Kessel", "" of "A.B.C."), where a pattern
    of a name that opens at such a capital and must read the run to its end reads it from: from that capital only,
    not again from each later one ("A.B.C.D. ...", which made the read quadratic), where the name is the same but
    for its start."""
    return rf"(?:(?![A-Z])[\w'’.{more}-]|(?<=[\w'’-])[A-Z])*"


#: A nickname in double quotation marks inside a personal name ('"Chico" ' of 'Juan "Chico" Marquez'): one or two
#: capitalised words quoted between a capitalised word (group "before", no possessive: not 'NBC's "Nightly News"')
#: and another on the same line; group "nick" the nickname and the space after it; group "lead" what a run of a
#: word's characters holds before that word (see :func:`to_first_capital`).
_NICKNAME = re.compile(rf"(?<![\w'’.-])(?P<lead>{to_first_capital()})"
                       r"(?P<before>(?<![\w'’-])[A-Z][\w'’.-]*(?<![’']s)[^\S\n]+)"
                       r"(?P<nick>[\"“][A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*)?[\"”][^\S\n]+)(?=[A-Z])")


@lru_cache(maxsize=FORMS_KEPT)
def without_nickname(text: str) -> str:
    """``text`` with each nickname in quotation marks inside a personal name blanked out, its length kept (see
    ``_NICKNAME``): 'Juan "Chico" Marquez' reads as the name "Juan" and "Marquez", the nickname no quotation. Text
    with no double quotation mark, as most is, holds none and is not read."""
    if '"' not in text and "“" not in text:
        return text
    return _NICKNAME.sub(lambda found: found.group("lead") + found.group("before") + " " * len(found.group("nick")),
                         text)


def runs_tried_once(pattern: re.Pattern[str], text: str, starts: re.Pattern[str], word: re.Pattern[str],
                    others: re.Pattern[str] | None = None, at: int = 0) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text, at)``, found in linear time, for a pattern whose every match opens
    where ``starts`` matches, and where it fails from a start with a ``word`` there (a run of auxiliaries or adverbs,
    which the pattern reads to its end whatever follows), fails from every later start inside that word too: those
    are tried with ``others`` alone (the pattern's alternatives that open otherwise, if any). ``finditer`` reads such a
    word to its end again from each start in it ("has has has ..."): quadratic on a long run."""
    failed_to = -1
    while (start := starts.search(text, at)) is not None:
        begin = start.start()
        if begin < failed_to and others is None:
            at = failed_to
            continue
        found = (others if others is not None and begin < failed_to else pattern).match(text, begin)
        if found is not None:
            yield found
            at = found.end()
            continue
        run = word.match(text, begin) if begin >= failed_to else None
        failed_to = run.end() if run else failed_to
        at = begin + 1


def name_case(word: str) -> str:
    """``word`` in title case as a name is written: "O'Neill", "McConnell", "MacArthur" (Mac only before five letters
    or more: not "Macron", "Machado")."""
    shown = word.title()
    for prefix, rest in (("Mc", 2), ("Mac", 5)):
        tail = shown[len(prefix):]
        if shown.startswith(prefix) and len(tail) >= rest and tail.isalpha():
            return prefix + tail[0].upper() + tail[1:]
    return shown


def without_generation(person: str) -> str:
    """The full name ``person`` without a generation's suffix at its end ("harold pruitt" of "harold pruitt sr.",
    "gerald whitcomb" of "gerald whitcomb iii"), whose surname is the word before it; a name of two words stays
    whole ("john ii")."""
    words = person.split(" ")
    if len(words) >= 3 and words[-1].rstrip(".").capitalize() in _GENERATIONS:
        return " ".join(words[:-1])
    return person


def title_case(sentence: str) -> bool:
    """Whether ``sentence`` reads as a headline in title case ("Governor Signs Sweeping Climate Bill Into
    Law"): three capitalised words or more, and no lower-case word but a headline's small words and
    particles, so that its capitals say nothing of who is named."""
    capitalised = 0
    for found in _WORD.finditer(sentence):
        word = found.group()
        if word[0].isupper():
            capitalised += 1
        elif word not in HEADLINE_SMALL_WORDS and word not in PARTICLES:
            return False  # no headline, whatever follows: most sentences are told by their first words
    return capitalised >= 3
