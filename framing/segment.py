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
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from operator import itemgetter
from typing import NamedTuple

from .errors import InputError, counted
from .given_names import given_name_of_either_sex, given_name_sex
from .textchars import is_letter_or_mark

__all__ = ["split_sentences", "preceding", "page_furniture", "FURNITURE_REACH", "list_mark_length", "lead_length",
           "dateline_length", "name_heading_length", "wire_slug_length", "stamp_length", "speaker_label_length",
           "opening_label_length",
           "asks", "speaker_turns", "SpeakerTurn", "DATELINE", "intro_names",
           "ABBREVIATIONS", "PARAGRAPH_BREAK", "LIST_ITEM", "NAME_PARTICLES", "GLUED_PARTICLES", "TIME_ZONES",
           "STAMP_MARKS", "OPENING_STAMP", "ENTRY_STAMP", "spoken_sentences", "quoted_regions", "in_headline",
           "SPEAKER_ROLES", "INTERVIEWER_ROLES", "LINK_LABELS", "NEWS_AGENCIES", "PULL_QUOTE_SIGNATURE",
           "INTRO_CHARS", "closing_note", "heads_section", "QUOTED_RUN", "names_outlet", "HOST_LABELS",
           "release_heading", "release_issuer", "wire_release_issuer", "contact_issuer", "MASTHEAD_WORDS",
           "linked_headline"]

#: Words that take a full stop without ending a sentence (lower-cased, without
#: the stop). Titles and month names never end a sentence here; a sentence
#: that really ends on one is rare in news copy.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms mx mme messrs dr prof asst assoc dep sr jr st mt ft gen col lt lieut sgt capt cmdr cdr adm maj cpl brig
    pvt pte sqn ldr rt gov sen rep govs sens reps rev hon pres supt insp det amb atty fr msgr cllr mlle rtd retd
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    no nos vol pp p ch fig figs art sec para approx est dept univ assn
    inc corp co ltd llc plc bros vs v etc al eg ie cf viz
    ave blvd rd hwy
    """.split()
)

# Titles, months and weekdays abbreviate only when capitalised: "Rep. Smith", "Reps. Ana Ruiz and Tom Vask", "Wed.
# night", but "a sales rep. The", "met the sales reps. Then", "in the sun. Then".
_CAPITALISED_ONLY = frozenset(
    """
    mr mrs ms mx mme messrs dr prof asst assoc dep sr jr st mt gen col lt lieut sgt capt cmdr cdr adm maj cpl brig
    pvt pte sqn ldr rt gov sen rep govs sens reps rev hon pres supt insp det amb atty fr msgr cllr mlle
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    """.split()
)

# Abbreviations that stand before a number: "No. 10", "art. 5", "pp. 4", "Eq. 3", "born c. 1933", "ca. 1650" —
# but "voters said no. The". "eq", "ref", "c" and "ca" are left out of ABBREVIATIONS: elsewhere they are words
# or initials, whose full stop ends a span ("blamed the ref.").
_BEFORE_NUMBERS = frozenset("no nos vol pp p ch fig figs art arts sec sect secs para paras eq ref c ca tab res add"
                            .split())
# Of those, the ones that hold a stop only capitalised, as in citations ("Res. 2417", "A/HRC/58/22/Add. 1"): "had
# nothing to add. 12 people were hurt", "funding for the arts. 2024 was" and "picked up the tab. 2 more" end.
_BEFORE_NUMBERS_CAPITALISED = frozenset("tab res add arts".split())
# Of those, the ones that stand before a figure's, table's or page's label too, in any case: "Fig. S3", "Eq. A2",
# "pp. S1"; and "No." or "Nos." before a trial's or a patent's ("No. NCT01234567"; "voted no. A2 drivers" and "The
# answer was No. Then" end). "Tab." stands before either only capitalised.
_BEFORE_LABELS = frozenset("pp p fig figs eq tab".split())
_NUMBER_WORDS = frozenset("No Nos".split())
# Such a label: capitals, then digits, a letter perhaps after them ("S3", "A2", "ED4", "S1a", "NCT01234567").
_LABEL = re.compile(r"[A-Z]{1,4}\d+[A-Za-z]?\b")
# "Suppl." (supplementary) abbreviates before any word but one that opens a sentence: "Suppl. Methods", "Suppl.
# Fig. 3", "Suppl. 2"; "... in the Suppl. The authors" ends.
_SUPPLEMENT = "suppl"
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

# Words that start a business story's next sentence after a company's name ("Acme Corp. Shares rose", "Acme Corp.
# Prosecutors say").
_AFTER_COMPANY = frozenset(
    "shares stock analysts investors officials police prosecutors regulators lawyers authorities investigators".split())
# Legal forms of companies written with inner stops, which end a sentence as "Corp." does, before a word of
# ``_AFTER_COMPANY`` too: "Banco Rio S.A. Shares fell", "Enel S.p.A.", "Philips N.V.", "Acme B.V.", "Grupo Lumen
# S.A.B. de C.V.", "Siemark A.G."; other initialisms hold before them ("U.S. Officials").
_COMPANY_FORMS = frozenset("S.A S.p.A N.V B.V C.V A.G".split())

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
#: What follows a time stamp's figures: "a.m.", "pm", "AM" or "P.M." in capitals (not the letters opening a word:
#: "10:15 AMD"), a zone.
STAMP_MARKS = rf"(?:\s*(?:[ap]\.?m\.?|[AP]\.?M\b\.?|(?:{TIME_ZONES})\b))"
# The seconds of a recording's time code after its hours and minutes, perhaps with milliseconds: ":05", ":05,250".
_SECONDS = r"(?::\d{2}(?:[.,]\d{1,3})?)"
#: Lower-case particles inside a personal name ("Ursula von der Leyen", "Mohammed bin Salman").
NAME_PARTICLES = frozenset("de del della di da du dos van von der den ter la le bin bint ibn al el abu".split())
# A label's word: a letter, then letters, apostrophes, full stops and hyphens ("O'BRIEN", "Sen.", "CO-HOST").
_LABEL_WORD = r"[^\W\d_](?:[^\W\d_]|['’.\-])*"
# A word of a name in a label: capitalised or in capitals, or a name's particle ("de", "von").
_LABEL_NAME_WORD = rf"(?:(?![a-z])|(?=(?:{'|'.join(sorted(NAME_PARTICLES))})[^\S\r\n])){_LABEL_WORD}"
# A speaker's label after a transcript's time code that no mark follows: blanks, then up to six words, each
# capitalised or a name's particle and the first and last capitalised, an aside in brackets or a role after a comma,
# then a colon and a blank ("00:00:05 JANE ROE: ", "0:00:05 Jane Roe: ", "01:02:03 HOST (voice-over): "); not a
# comma ("10:05:30, when the bell rang") nor a sentence's words ("23:59:59 Tuesday was the deadline", "2:01:09
# Kipchoge ran in Berlin: a record").
_LABEL_AFTER_CODE = (rf"[^\S\r\n]+(?![a-z]){_LABEL_WORD}"
                     rf"(?:(?:[^\S\r\n]+{_LABEL_NAME_WORD}){{0,4}}[^\S\r\n]+(?![a-z]){_LABEL_WORD})?"
                     r"(?:[^\S\r\n]*\([^()\r\n]{1,30}\))?"
                     rf"(?:,[^\S\r\n]*{_LABEL_WORD}(?:[^\S\r\n]+{_LABEL_WORD}){{0,3}})?[^\S\r\n]*:\s")
# A transcript's time code of hours, minutes and seconds alone, as the entries' stamps and the turns' marks read it:
# before a dash or bar, or before a speaker's label ("0:00:05 - ", "01:02:03 | ", "00:00:05 JANE ROE: ").
_BARE_CODE = rf"\d{{1,2}}:\d{{2}}{_SECONDS}(?:[^\S\r\n]*[-–—|](?=[^\S\r\n])|(?={_LABEL_AFTER_CODE}))"
#: A liveblog time stamp opening a sentence ("10:40 a.m. ET - ", "[11:42 GMT] "): a source span inside
#: it ("ET") is a piece of the stamp, not a source.
OPENING_STAMP = re.compile(rf"^\s*\[?\d{{1,2}}(?:[:.]\d{{2}}{_SECONDS}?)?{STAMP_MARKS}+\]?")


def _stamp_alone(gap: str) -> str:
    """The pattern of a liveblog's time stamp alone on its line, which heads the entry below it: "10:05", "[10:05]",
    "9.30 a.m.", "13:48 GMT", "14:20 GMT -", a transcript's "00:01:12"; not a bare number such as "12.50". ``gap``:
    what may stand between its parts (any blanks for the segmenter's pieces, blanks on one line in a sentence)."""
    return (rf"[\[(]?(?:\d{{1,2}}:\d{{2}}{_SECONDS}?(?:{gap}[ap]\.?m\.?)?|\d{{1,2}}(?:[:.]\d{{2}})?{gap}[ap]\.?m\.?)"
            rf"(?:{gap}[A-Z]{{2,4}})?[\])]?(?:{gap}[-–—:|])?")


_STAMP_ON_LINE = _stamp_alone(r"[^\S\r\n]*")


#: A liveblog entry's time stamp, up to the dash, bar or colon after it, or in brackets: with "a.m." or a zone
#: ("10:40 a.m. ET - ", "14:05 MSK - ", "[11:42 GMT] "), or hours and minutes ("10:05 - ", "[10:05] "; not
#: "12:30 Club", nor "10 a.m. meetings"); or a transcript's time code of hours, minutes and seconds, whole, in
#: brackets, before a dash, bar or colon or a speaker's label, or of two figures each ending its line
#: ("[00:01:12.500] ", "0:00:05 - ", "00:00:05 " before "JANE ROE: ", "00:00:05\n"; not a time in copy: "2:01:09 is
#: the world record", "10:05:30, when the bell rang", "23:59:59 Tuesday was the deadline"); or any stamp alone on its
#: line that the segmenter joined to the entry below it ("13:48 GMT\n", "10:15 a.m. ET\n", "13:48\n": see
#: :func:`_stamp_alone`), one or more.
ENTRY_STAMP = re.compile(rf"(?:{OPENING_STAMP.pattern}(?:(?<=\])|\s*[-–—:|])"
                         rf"|\s*(?:\[\d{{1,2}}:\d{{2}}{_SECONDS}\](?:\s*[-–—:|])?|\d{{1,2}}:\d{{2}}{_SECONDS}\s*[-–—:|]"
                         rf"|{_BARE_CODE}|\d{{2}}:\d{{2}}{_SECONDS}(?=[^\S\r\n]*[\r\n])"
                         rf"|\[\d{{1,2}}[:.]\d{{2}}\]|\d{{1,2}}[:.]\d{{2}}\s*[-–—:|](?!\d)"
                         rf"|(?:{_STAMP_ON_LINE}[^\S\r\n]*(?:\r\n|\r|\n)\s*)+))\s*")

# Abbreviations that often end a sentence (company suffixes, "etc."): like initialisms, they end one
# before a word that typically starts one.
_OFTEN_FINAL = frozenset("inc corp co ltd llc plc bros etc al".split())
# Of those, a company's legal forms, which end a sentence before a speaker named without a role too ("a report on
# Acme Corp. Grayfin said": see :func:`_speaker_after_company`), and before a quotation opening with a capital
# ('at Halden & Co. "I would be surprised"'; not "et al." before a cited title).
_LEGAL_FORMS_FINAL = frozenset("inc corp co ltd llc plc".split())

# Street words, which hold their full stop only before a compass point, a number or a lower-case word.
_STREETS = frozenset("ave blvd rd hwy".split())
# Words of a court's citation, abbreviated when capitalised: "(6th Cir. 2025)", "Ct. App. No. 4", "F. Supp. 3d",
# "Cal. Civ. Proc. Code". They hold their stop only inside a citation (see ``_IN_CITATION_NEXT``) and end a sentence
# before any other capitalised word ("the 6th Cir. The panel", "the 9th Cir. Ruiz said", "through Cash App. Ruiz
# said", "on Birch Ct. Neighbors"); a capitalised word's stop before one holds ("Cal. Civ.", "Tex. App.").
_CITATION_NAMES = "Cir|Ct|App|Civ|Crim|Proc|Supp|Dist|Div"
_CITATION_WORDS = frozenset(_CITATION_NAMES.lower().split("|"))
_CITATION_WORD = re.compile(rf"(?:{_CITATION_NAMES})\.")
# What follows a citation word inside its citation: a figure, a bracket or a section sign ("Cir. 2024)", "Supp. 3d",
# "Div. (2021)"), another citation word ("Ct. App."), a code's or a docket's word ("Proc. Code", "App. No. 4"), a
# court's or a judge's ("U.S. Dist. Court", "Dist. Judge Ana Ruiz"), an official's title or a body the district or
# division has ("Dist. Attorney", "Dist. Atty.", "Supreme Ct. Justice", "School Dist. Superintendent", "Police Div.
# Chief", "Dist. Council", "Dist. Board"), or a lower-case word ("Dist. Ct. for Vermont").
_IN_CITATION_NEXT = re.compile(rf"[\d(\[§a-z]|(?:{_CITATION_NAMES}|No|Rptr|Atty)\.|"
                               r"(?:Code|Courts?|Judges?|Justices?|Attorneys?|Chief|Superintendent|Council|Board)"
                               r"(?![\w'’-])")
_COMPASS = frozenset("N S E W NE NW SE SW".split())
# The rest of a court's citation in brackets after an abbreviation's stop: more abbreviations of the court or state,
# perhaps a date, then the year and the closing bracket ("(D. Vt. 2016)", "(N.D. Cal. Mar. 3, 2018)", "(Bankr. D.
# Del. 2019)"). Each abbreviation before it holds its stop where an open bracket stands before it (see
# :func:`_in_bracketed_citation`); how far back that bracket is looked for.
_CITATION_TAIL = re.compile(r"(?:(?:[A-Z][A-Za-z]{0,5}\.)+[^\S\r\n]+)*"
                            r"(?:[A-Z][a-z]{2,3}\.?[^\S\r\n]+\d{1,2},[^\S\r\n]+)?\d{4}\)")
_CITATION_BRACKET_REACH = 60
# Words of a journal's abbreviated name, capitalised ("Nat. Med.", "N. Engl. J. Med.", "Proc. Natl. Acad. Sci.
# U.S.A.", "Lancet Infect. Dis."): each holds its stop before another of them or "U.S.A." (see ``_JOURNAL_NEXT``),
# before "J." or "Rev." only where more of the name follows (see ``_JOURNAL_INITIAL_NEXT``), and the last before a
# volume's number when a word with a stop stands before it ("Nat. Med. 24, 1"); before any other capitalised word its
# stop ends the sentence ("published in Nat. Med. The authors said", "sailed the Med. Officials said").
_JOURNAL_NAMES = ("Nat|Med|Engl|Proc|Natl|Acad|Sci|Am|Chem|Soc|Infect|Dis|Intern|Ann|Transl|Phys|Lett|Environ|Technol"
                  "|Biol|Clin|Res|Epidemiol|Immunol|Microbiol|Neurosci|Psychol|Psychiatr|Pharmacol|Genet|Oncol"
                  "|Cardiol|Pediatr|Surg|Mol|Commun|Geophys|Astrophys|Ecol|Evol|Econ|Appl|Assoc|Int|Br|Eur|Jpn"
                  "|Neurol|Dermatol|Gastroenterol|Hepatol|Endocrinol|Metab|Nutr|Obstet|Gynecol|Virol|Rheumatol")
_JOURNAL_WORDS = frozenset(_JOURNAL_NAMES.split("|"))
_JOURNAL_NEXT = re.compile(rf"(?:{_JOURNAL_NAMES}|U\.S\.A)\.")
# "J." or "Rev." after a journal's word, where more of a journal's name or its volume follows them ("Am. J. Med.",
# "Phys. Rev. Lett.", "Am. J. Psychiatry 175", "Phys. Rev. B 98"): not an initial or a title before a name ("married
# Ann. J. Smith was", "thanked Ann. Rev. Tom Vance", "sailed the Med. J. Smith said"), whose stop ends the sentence.
_JOURNAL_INITIAL_NEXT = re.compile(
    rf"(?:J|Rev)\.[^\S\r\n]+(?:(?:{_JOURNAL_NAMES})\.|[A-Z][A-Za-z]*\.?[^\S\r\n]+\d|\d)")
# A word with a stop just before a journal's word (its stop at the end of the text read): "Nat. " of "Nat. Med.".
_JOURNAL_BEFORE = re.compile(r"(?<![\w.])[A-Z][A-Za-z]{0,9}\.[^\S\r\n]+\Z")

# Two-letter initials of transliterated Russian and Central Asian names ("Yu. Ushakov", "Kh. Dzhabrailov", "Zh.
# Tokayeva"), which stand before a capitalised word; "Yu", "Ya", "Ye" and "Yo" are names of their own too, so
# after a capitalised name ("said Michael Yu. Officials") they end the sentence.
_DIGRAPH_INITIALS = frozenset("Yu Ya Ye Yo Kh Zh Sh Ch Ts".split())
_NAME_DIGRAPHS = frozenset("Yu Ya Ye Yo".split())

# Titles of West African and South Asian copy ("Engr. Musa Bello", "Alh. Musa Dantata", "Pst. John Ade", "Comr. Joe
# Ajaero", "Shri. Venkat Rao", "Smt. Kavita Rao"), which hold their stop only as written here and before a capitalised
# name, not after one: "at 9 a.m. PST. Officials". Nigerian "Barr." (barrister) and "Arc." (architect) are not among
# them: as a surname and a word they end far more sentences ("signed by Barr. House Democrats called it", "Joan of Arc.
# French President Macron disagreed") than they open names, and a name after them ("Barr. Ada Eze") is split off. So too
# titles of Spanish, Indonesian and German copy ("Sra. Ana Medina", "Ir. Joko Susanto", "Ust. Abdul Karim", "Kol. Inf.
# Budi Santoso", "Ing. Carlos Ruiz", "Dipl.-Ing. Klaus Weber"), and of Italian copy ("Sig. Marco Neri", "Dott. Anna
# Conti", "On. Giorgio Bellandi", a member of parliament, "Mgr. Paolo Sarti", a monsignor): "Kol" is a surname too and
# "Inf." an infantry's abbreviation, so after a name ("said Moshe Kol. Officials", "Game On. Fans cheered") or before a
# sentence's word ("Kol. The") they end it; "on." in lower case is no title ("moved on. Giorgio Bellandi").
_NAME_TITLES = frozenset("Engr Alh Pst Comr Shri Smt Sra Ir Ust Kol Inf Ing Sig Dott On Mgr".split())
#: Titles glued to a title of ``_NAME_TITLES`` before them ("Dipl.-Ing."), which is then no name's last word.
_GLUED_TITLES = frozenset({"Dipl.-Ing"})
# Titles of American local copy ("Ald. Nora Bell", "Comm. Ann Reyes", "Ofc. Dan Cole", "Sup. Lee Park", "Del. Mia
# Fox", "Chicago Ald. Ed Burke"), which hold their stop only as written here and before a capitalised word that starts
# no sentence; "Del." after a place and a comma is Delaware ("in Dover, Del. Officials said" ends).
_LOCAL_TITLES = frozenset("Ald Comm Ofc Sup Del".split())
# A street's number (or "block of"), perhaps a compass point, then one to three words of its name, just before
# "St.", "Dr." or "Ct." ("at 3100 W. Division St. Upon arrival", "100 N. Main St. Tickets", "the 400 block of Oak
# Dr.", "at 12 Elm Ct. Neighbors"): before a capitalised word that stop ends the sentence, where "St. Ignatius", "Dr.
# Lee" and "Ct. App." hold it. Not a year ("In 2020 Health Minister Dr. Ada Moe").
_ADDRESS_BEFORE = re.compile(
    r"(?<![\w.,$/-])(?<![Ii]n )(?<![Ss]ince )\d{1,6}[A-Za-z]?(?:[^\S\r\n]+block[^\S\r\n]+of)?"
    r"(?:[^\S\r\n]+(?:[NSEW]\.?|North|South|East|West))?"
    r"(?:[^\S\r\n]+(?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))){1,3}[^\S\r\n]+(?:St|Dr|Ct)\Z")
_ADDRESS_REACH = 60
# Words before "St." that make a place of a saint's name, not a street ("the 1980 Mount St. Helens eruption",
# "300 Port St. Lucie residents").
_SAINT_PLACE_HEADS = frozenset("Mount Mt Port Fort Ft Lake Point Cape Sault".split())
# Currencies abbreviated before their figure: "Rs. 1,200 crore", "Ksh. 2 million".
_CURRENCIES = frozenset("rs ksh".split())

# Words that no suffix, initial, month or weekday stands before, so that after one a full stop ends the
# sentence: "Martin Luther King Jr. The crowd", "on Main St. The house", "Plan B. The rest", "told the Sun.
# The paper". A title always stands before a name, which may be one of them ("Dr. He Jiankui").
_CLEAR_STARTERS = frozenset("the he she they we it his their this there but however".split())
_NOT_TITLES = frozenset(
    """
    jr sr st jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    """.split()
)
# Titles and marks of a retired officer, abbreviated alone in brackets before a name: "Dr. (Mrs.) Ngozi Eze", "Gen.
# (Ret.) Paul Obi", "Lt. Gen. (rtd.) Amjad Khan", "Dr. (Engr.) Musa Bello", "Hon. (Barr.) Ada Eze" (in brackets no
# surname or word); not "Prices rose (approx.) Analysts said".
_BRACKETED_TITLES = ((_CAPITALISED_ONLY - _NOT_TITLES) | frozenset(title.lower() for title in _NAME_TITLES)
                     | frozenset("barr arc ret rtd retd".split()))

_CLOSERS = "\"'”’»)]}」』）】》〉〕"
_OPENERS = "\"'“‘«„‚([{¡¿「『（【《〈〔"
_QUOTE_REACH = 2000
# The opening mark of each closing one; German copy turns guillemets round ("»Nein«", "›nein‹") and closes „ with “
# and ‚ with ‘ ("„Nein.“").
_QUOTE_OPENER = {"\"": "\"", "”": "“", "’": "‘", "'": "'", "»": "«", "«": "»", "‹": "›", "」": "「", "』": "『",
                 "“": "„", "‘": "‚"}
# The closing marks that quote a language other than English: guillemets either way round, German copy's “ and ‘.
_FOREIGN_CLOSERS = "»«‹›“‘"

# Full-width stops (．！？) of East Asian text stand for their ASCII forms; the ideographic full stop (。, ｡)
# ends a sentence, with or without a space after it, but where it closes a quotation before its speaker.
_IDEOGRAPHIC_STOPS = "。｡"
_FULL_WIDTH_STOPS = str.maketrans("．！？", ".!?")
# A candidate boundary: terminal punctuation (or an ellipsis), optional closing quotes/brackets (German copy's «, ‹, “
# and ‘ too, where no letter or digit follows: "getan.« Der", "gut.“ Der"; French and Swiss copy open a word with
# them, "«Non»"; French copy's closing guillemet after a blank too, "partons. » Il", where no letter or digit follows
# it, as one opening a Danish quotation does, "gik. »Vi", and where a « or ‹ opened the quotation it closes: see
# :func:`_closes_french_quotation`), a footnote's marker before a blank ("regulator.² The", "fault.[3] The", "paid.*
# The": superscript figures, figures in square brackets, or one to three asterisks, daggers or double daggers), which
# stays with the sentence it ends, then either whitespace or a glued capital letter.
# Invisible format characters of scraped text (zero-width space and joiners, direction marks and
# isolates, word joiner, byte-order mark) separate words as a space does, and so do the other characters
# that print nothing: the soft hyphen and the control characters that are no whitespace (NUL, BEL, ESC,
# DEL and the C1 controls of mis-decoded text).
_INVISIBLE = "\x00-\x08\x0e-\x1b\x7f-\x9f\xad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_TERM = r"(?P<term>\.{3}|…|[.!?．！？]+|[" + _IDEOGRAPHIC_STOPS + r"]+)"
_GLUED_CLOSE = r"[" + re.escape(_CLOSERS) + r"]|[«‹“‘](?!\w)"
_NOTE_AND_GAP = r"(?P<note>(?:[¹²³⁰⁴-⁹]+|(?:\[\d{1,3}\])+|[*†‡]{1,3})(?=\s))?(?P<gap>[\s" + _INVISIBLE + r"]*)"
_CANDIDATE = re.compile(_TERM + r"(?P<close>(?:" + _GLUED_CLOSE + r"|[^\S\r\n]+[»›](?!\w))*)" + _NOTE_AND_GAP)
# The same boundary with its closing marks glued to the stop only: where a spaced » or › closes no French quotation
# ("Das ist gut. » Wir gehen.", a breadcrumb's "Home. » News"), it is no closing mark of the stop.
_GLUED_CANDIDATE = re.compile(_TERM + r"(?P<close>(?:" + _GLUED_CLOSE + r")*)" + _NOTE_AND_GAP)
# Emoji and other pictographs (symbols of category So in these blocks; not the ornamental quotation marks of the
# dingbats, which open quotations) and the marks that go with one: variation selectors, a keycap, skin tones, a flag's
# tags. After a sentence's stop they close that sentence, as a closing quotation mark does: "We won! 🎉 Now".
_PICTOGRAPH = re.compile("[\u231a\u231b\u23e9-\u23fa\u2600-\u275a\u2761-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]")
_PICTOGRAPH_MARKS = re.compile("[\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]*")
# Emoji written as bullets and pointers, before what they mark: with words after them on their line they open the
# next sentence, as a bullet does ("Key points. ✅ Prices rose.", "Top stories. 🔴 LIVE: ...", "He said no. ➡️ Read
# more"), and they end their line's sentence only when nothing follows them there.
# Stars that rate ("★★★★☆", "⭐⭐⭐"): a review's verdict, never the page's layout.
_RATING_STARS = frozenset("★☆⭐✩✪✫✬✭✮✯✰")
_MARKER_EMOJI = frozenset("✅☑✔❌✖⚡⚠❗📌📍🚨📢📣👉👇➡➔➜➤⬇🔴🟠🟡🟢🔵🟣⚫⚪🔸🔹🔶🔷")
# A brand written in lower case then capitals ("eBay", "iPhone", "iOS", "mRNA") and a social-media handle
# ("@kessel_ai") may start a sentence; a hashtag after a stop mostly closes a post ("... full report. #Release,"
# she wrote), so it starts none.
_CAMEL_START = re.compile(r"[a-z][A-Z][A-Za-z]|@[A-Za-z_]")
_BLANK = re.compile(r"[\s" + _INVISIBLE + r"]")
# A liveblog's time stamp on its own, which heads the entry after it (see :func:`_stamp_alone`).
_STAMP = re.compile(_stamp_alone(r"\s*"))
#: A blank line, which always ends a paragraph: it may hold spaces, no-break spaces (HTML's &nbsp;) and
#: invisible characters, and end in LF, CRLF or CR.
PARAGRAPH_BREAK = re.compile(r"\n(?:[^\S\n]|[" + _INVISIBLE + r"])*\n|\r\n?(?:[^\S\r\n]|[" + _INVISIBLE + r"])*\r\n?")
_LINE = re.compile(r"\r\n|\r|\n")
# A list item's number, which heads the item after it: "1. Freeze assets".
_LIST_NUMBER = re.compile(r"\s*(\d{1,3})\.\s*")
# A lettered list item's mark at a line's start ("a. ", "B) ", "(c) "), and such a mark cut off by its stop.
_LETTER_MARK = re.compile(r"(?<![^\r\n])[^\S\r\n]*(?P<mark>\([a-zA-Z]\)|[a-zA-Z][.)])[^\S\r\n]")
#: How many lines away a lettered item's neighbour may open (see :func:`_letter_items`).
_LETTER_REACH = 3
#: How many words a line above a lettered list may hold and still be taken for its heading or intro ("OPTIONS").
_LETTER_INTRO_WORDS = 6
_LIST_LETTER = re.compile(r"\s*[a-zA-Z]\.\s*")
#: A transcript's question or answer label opening a line ("Q. Will you resign?", "A. No."), its letter in group 1.
_QA_LABEL = re.compile(r"[^\S\r\n]*([QA])\.[^\S\r\n]")
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
# Verbs of a speaker's turn in an exchange that follow only a quoted question or exclamation as its credit ('"Will
# you?" Ana Ruiz pressed.', '"Why not?" Tom Vask shot back.'): elsewhere in copy "pressed" or "snapped" after a
# name is no speech ("Acme Co. Shares snapped a losing run"), so they stay out of ``_SPEECH_VERB``.
_EXCHANGE_VERB = re.compile(
    rf"(?:{_SPEECH_VERB.pattern}|(?:pressed|interjected|snapped|responded|pleaded|mused|shot back|followed up)\b)")
# French and German verbs of saying after their speaker, in the present or the past, as English copy quoting
# French or German text may keep them: "« Pourquoi ? » Marc demande.", "„Warum?“ Greta Lindqvist fragte.".
_FOREIGN_SPEECH_VERB = re.compile(
    r"(?:dit|demande|demanda|répond|répondit|ajoute|ajouta|lance|lança|explique|expliqua|affirme|affirma|déclare|"
    r"déclara|s['’]exclame|s['’]exclama|insiste|insista|assure|assura|sagt|sagte|fragt|fragte|antwortet|antwortete|"
    r"erklärt|erklärte|ruft|rief|meint|meinte)(?!\w)")
_SPEAKER_TITLES = frozenset("Mr. Mrs. Ms. Dr. Prof. Sen. Rep. Gov. Gen. Col. Lt. Sgt. Capt. Rev. Pres. St.".split())
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
        page = _Page(text, bounds, starts_text)
        chosen = _copy_before(index, count, lambda k: _is_furniture(k, page))
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


def page_furniture(text: str, bounds: Sequence[tuple[int, int]], *, starts_text: bool = True) -> list[bool]:
    """Whether each sentence of ``text`` (``bounds`` as from :func:`split_sentences`) is page furniture:
    what a news page puts around the copy, which frames it without being part of it.

    The headline is the text's first paragraph when it is one line with a blank line after it, ending
    without a sentence's stop (or a comma, colon or semicolon, which carry on), or ending with a question
    mark above a byline or stamp; every sentence in it counts. Everything else counts only as whole lines
    of its own (every sentence on such a line counts), but for a picture's credit or a link ending a line:

    - a byline: names ("By Jane Roe", "By Jane Roe and Sam Poe, Political Editors", "By JANE ROE in
      Nairobi", "By Jane Roe on March 5, 2024"; not a phrase of time or manner such as "By Christmas Eve",
      "By Labor Day", "By New Year's Eve" or "By Nightfall Tomorrow": see :func:`_is_occasion`), an agency ("By Reuters", "From AFP", "By The Associated Press") or the
      paper's staff ("By Our Foreign Staff", "By a Staff Reporter", "By Reuters Staff"). A byline of names
      alone ("By Jane Roe", "By Jane Roe and Sam Poe"), which a crosshead ("By Harbour Lights") could pass
      for, counts only within the first 600 characters of the text, as its last line, or next to another
      line of furniture; one with a role, outlet, place or date after a comma, bar, dash, "in", "for", "at"
      or "on" counts anywhere;
    - a publishing stamp ("Updated 14:05 GMT", "Published 3 March 2024", "Updated an hour ago"), or a liveblog's
      relative stamp alone ("2h ago", "35 minutes ago", "Just now");
    - a wire story's closing credits ("Reporting by Jane Roe in Lagos; Editing by Sam Poe",
      "Additional reporting by Ann Li", "Reporting By Jane Roe"), thanks ("The Associated Press contributed to
      this report.", "Jane Roe contributed reporting.", "Associated Press writer Jane Roe contributed from
      Lagos."), copyright ("Copyright 2024 The Associated Press. All rights reserved.", with "This material may
      not be published, broadcast, rewritten or redistributed." after it or alone, "© Reuters 2024"), standards
      ("Our Standards: The Thomson Reuters Trust Principles.") and an agency's sign-off ("— AP", "(AFP)");
    - an embedded social post's sign-off: a dash, a name, the handle in brackets and a date ("— Jane Roe (@janeroe)
      May 3, 2026"; the post above it is its account holder's turn: see :func:`speaker_turns`);
    - a caption or picture credit: anything after a caption's label ("Image caption: ...", "FILE PHOTO:
      ...", "Pictured: ...", "Image source, Getty Images"), a credit after "Photo:", "Picture:", "Image:", "Credit:" or
      "Photo by" ("Photo: Jane Roe/Agency", "Photo: Acme handout", "Photo: courtesy of Acme", not "Credit: the
      bank's lending rose"), or a credit alone naming a picture desk or an agency with a slash ("Getty Images", "AP
      Photo/Jane Roe", "REUTERS/Jane Roe"); such a credit also counts, on its own, where it ends a caption's line
      after the caption's sentences ("Residents queue for water. (Photo: Jane Roe/Agency)", and so does an agency
      alone in brackets, "Residents queue for water. (AFP)": see :func:`_ends_line_as_furniture`);
    - a promotion: a link's label and its text ("Read more: ...", "Related: ...", "Also read: ...", "Read the full
      story: ..."; also a link's label and a link alone ending a line after its other sentences: "Taps run again.
      Read the full story: https://herald.example/water"; a label alone, quoted or not, and the linked headlines
      listed below it: see :func:`linked_headline`), a
      line of the page's own ("Advertisement", "Share this article"), a call to sign up for a newsletter,
      follow on named platforms or click ("Sign up for our Morning Briefing newsletter", "Follow us on X
      and Instagram", "Click here to ..."), an offer to listen ("Listen to this article"), a video's link
      ("Watch: Moment the bridge fell", a title: not "Watch: the speech drew jeers."), or a press release's
      closing mark ("ENDS", "-ends-", "###"); a liveblog entry's time stamp before any of these lines ("10:25 GMT -
      Read more: ...") leaves it furniture. Also the page's own links and notes ("Cookie settings | Privacy
      policy | Terms of use", "Accept all cookies", "Advertisement - scroll to continue", "3 min read", "More
      from AP:", "Embedded content from twitter.com") and a cookie banner ("We use cookies to ... you accept our
      cookie policy.": the site's cookies and a word of consent or policy);
    - the page's layout: a rule ("___", "* * *", "---"), a link alone ("pic.twitter.com/AbC1", "https://t.co/AbC1"),
      a Markdown heading ("## What the report found": one to six "#" and a space first), emoji alone ("🔴" or
      "👉" on a line of its own between a liveblog's entries) and a transcript's stage direction ("[CROSSTALK]",
      "(APPLAUSE)", "(BEGIN VIDEO CLIP)": one to five words in capitals in brackets);
    - a pull quote: a paragraph of one line that repeats word for word a quotation or a sentence of the text before
      it ('"They laughed at us"' after '"They laughed at us," he said.', also with a label or a signature: '"They
      laughed at us" — Jane Roe': see :func:`_repeats_earlier`), which the page sets apart for show, so that it is
      not credited twice nor read as a second denial.

    Only lines of at most 400 characters are read (bylines and stamps: 150), so the search stays linear.
    ``starts_text``: ``False`` for a window cut from inside a document, whose first paragraph is no
    headline and whose start is not the page's top.
    """
    page = _Page(text, bounds, starts_text)
    return [_is_furniture(k, page) for k in range(len(bounds))]


def in_headline(text: str, bounds: Sequence[tuple[int, int]]) -> list[bool]:
    """Whether each sentence of ``text`` (``bounds`` as from :func:`split_sentences`) lies in its headline (see
    :func:`page_furniture`): the one line of furniture that is the outlet's own voice on this story."""
    page = _Page(text, bounds, True)
    return [page.holds(k) for k in range(len(bounds))]


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
                    and _next_visible(text, start) in letters):
                continue  # "a. The pump failed" is one item, as "1. The pump failed" is
            if start == block_start and _roman_title(text, block_start, block_end, cut):
                continue  # "II. The Decision" heads a section: one sentence, not "II." and "The Decision"
            yield from _trimmed(text, start, cut)
            start = cut
        yield from _trimmed(text, start, block_end)


def _roman_title(text: str, start: int, end: int, cut: int) -> bool:
    """Whether the block ``text[start:end]`` is one line, a Roman numeral and a section's title without a stop at its
    end ("II. The Decision", "V. After"; see ``_ROMAN_HEADING``), and ``cut`` falls just past the numeral's stop."""
    line_end = _trimmed_end(text, start, end)
    roman = _ROMAN_HEADING.fullmatch(text, start, line_end)
    return (roman is not None and _next_visible(text, cut) == roman.start("title")
            and text[line_end - 1].isalnum() and len(roman.group("title").split()) <= _SECTION_HEADING_WORDS)


def _letter_items(text: str) -> frozenset[int]:
    """Where the lettered items of a list open their lines: a letter's mark ("a. ", "b) ", "(c) ", "A. ") at a
    line's start, where a line no more than ``_LETTER_REACH`` lines away opens with the mark of the letter before or
    after it in the same style ("a) " and "b) "), and the line above is blank, ends a sentence or a clause
    (``.:;?!``) or a dash ("came up —"), is a heading or intro of no more than ``_LETTER_INTRO_WORDS`` words
    ("OPTIONS"), or the nearest mark within reach above is such an item's (an item wrapped over lines); so that a
    line opening "a. ", "p. 12" or an initial ("K. Nowak said") in hard-wrapped prose is no list, even where
    another line far off opens "J. "."""
    starts = [0, *(line.end() for line in _LINE.finditer(text))]
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
                and (not above or above[-1] in ".:;?!" + _DASHES or marked_above in items
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
    first = _next_visible(text, 0) if width else None  # where the text's first line begins
    start = line_start = 0
    nxt: int | None = -1
    items_end, listing = -1, False  # how far lines below a colon were read, and whether they are a list's items
    for match in _LINE.finditer(text):
        # Every break in a run of blank lines shares the run's next visible character: look it up once,
        # so that thousands of blank lines (text taken from HTML) cost linear time.
        if nxt is not None and nxt < match.end():
            nxt = _next_visible(text, match.end())
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
                or (width and not headline and _filled(text, line_start, match.start(), nxt, width))):
            line_start = match.end()
            continue
        yield start, match.start()
        start = line_start = match.end()
    yield start, len(text)


def _link_below_sentence(text: str, line_start: int, line_end: int, nxt: int) -> bool:
    """Whether the line at ``nxt`` is a link alone ("https://example.org/report.pdf") below a line that ends a
    sentence: the link is a line of its own (page furniture), not the sentence going on in lower case."""
    brk = _LINE.search(text, nxt)
    return (_SENTENCE_STOP_END.search(text, line_start, line_end) is not None
            and _BARE_LINK.fullmatch(text[nxt:brk.start() if brk else len(text)].rstrip()) is not None)


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
        brk = _LINE.search(text, pos)
        end = brk.start() if brk else len(text)
        if len(text[pos:end].rstrip()) > limit:
            return end, False
        count += 1
        following = None if brk is None or PARAGRAPH_BREAK.match(text, brk.start()) else _next_visible(text, brk.end())
        if following is None:
            break
        pos = following
    return end, count >= 2


# Lower-case words that a filled line of wrapped copy may end on but a headline does not: articles,
# conjunctions and prepositions (a headline in title case capitalises its last word: "Who Europe Listens To").
_RUNS_ON = frozenset("a an the and or but nor of to for with from in on at by into onto as than".split())

# The bullets among a list item's marks (see ``LIST_ITEM``).
_BULLETS = "•▪◦‣●■◆►▶➤"
# What starts a line of its own even in wrapped copy: a list item's mark ("- ", "– ", "• ", "> ",
# "1. ", "2) ", "(3) "), a dateline ("WASHINGTON (AP) --", "LONDON, March 3"), a liveblog time stamp.
#: A list item's mark at the start of a line or sentence.
LIST_ITEM = re.compile(r"(?:[-–—*·>" + _BULLETS + r"]|\d{1,3}[.)]|\(\d{1,3}\))\s")
_OWN_LINE = re.compile(LIST_ITEM.pattern + r"|[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+)*(?:,\s+[A-Z][\w.]*(?:\s+\d{1,2})?)?"
                       r"\s*(?:\([A-Z][\w .&-]{0,24}\)\s*)?(?:--|[-–—]\s)")
# A bullet and a blank after a sentence's stop, which open a list's next item on the same line: "said. • The
# ministry denied it.", as BeautifulSoup's get_text() leaves <li> items. Not the middle dot, which also parts
# a byline's pieces ("Jane Roe Jr. · March 5"), nor a dash, which after a stop more often follows a state's
# abbreviation in a dateline ("CHICO, Calif. - Bernie") or closes an aside than opens an item (it opens only a
# speaker's turn: see ``_DIALOGUE_DASH``).
_BULLET_ITEM = re.compile(rf"[{_BULLETS}]\s")


#: Capitals with names of four letters or fewer, which could otherwise be acronyms ("KYIV — Ukraine's").
SHORT_CAPITALS = frozenset("KYIV KIEV ROME DOHA OSLO BAKU LIMA RIGA BERN GAZA SUVA APIA MALE LOME DILI ADEN GOMA".split())
#: Capital letters of a dateline's place, Latin-1 ones included ("SAN JOSÉ").
_UPPER = "A-ZÀ-ÖØ-Þ"
# A dialogue dash in mid-line, as translated European copy writes a new speaker's turn: a dash (em or en dash,
# horizontal bar) and a blank after a sentence's stop and blank, before a capitalised word, with a lower-case word
# among the few after it on its line ("shipped. — That is false, the minister said."; not a signature, "— Ana Roe",
# nor an agency's "— Reuters"). See :func:`_dialogue_turn` for where it is none.
_DIALOGUE_DASH = re.compile(r"[—–―][^\S\r\n]+(?=[" + _UPPER + r"])(?=(?:\S+[^\S\r\n]+){0,5}[a-z])")
# A spaced dash inside a sentence, which opens or closes an aside ("The minister — visibly tired — left.").
_ASIDE_DASH = re.compile(r"\s[—–―]\s")
# A lower-case letter: a dateline in capitals before a dash has none ("PARIS. — The").
_LOWER_CASE = re.compile(r"[a-zß-öø-ÿ]")
# The stop that ends the words after a dialogue dash, or the end of their line.
_TURN_END = re.compile(r"[.!?…]|$", re.M)
#: A country or state after a dateline's place: capitalised words ("Costa Rica", "Calif."), or a state's
#: capitals ("NY", "D.C.").
_REGION = rf"(?:[{_UPPER}][a-zß-öø-ÿ]+\.?(?: [{_UPPER}][a-zß-öø-ÿ]+){{0,2}}|[A-Z]{{2}}|[A-Z]\.[A-Z]\.)"
#: A press-release wire's name between slashes, which stands where an agency's brackets do ("/PRNewswire/",
#: "/PRNewswire-PRWeb/", "/CNW/", "/EINPresswire.com/").
_SLASHED_WIRE = r"/[A-Z][\w.-]*(?: [A-Z][\w.-]*)?/"
#: A wire dateline opening a story: an all-caps place (or two: "GENEVA/LONDON"), then a parenthesised agency
#: or a date (or both), then a dash ("LONDON (Reuters) - ", "PARIS, Oct. 3 — ", "SAN FRANCISCO--(BUSINESS
#: WIRE)--"), or a dash glued to the place ("PARIS—"; not two hyphens, as a death notice's "SIEGEL--Jerome"
#: has them), or its country or state and a dash ("HOBART, Australia — ", "NEW YORK, NY – "), or a press
#: release's wire between slashes ("LONDON, Dec. 1, 2026 /PRNewswire/ -- "); two spaced hyphens are a dash as
#: one is ("LONDON -- "); an all-caps word before a spaced dash alone ("NATO — the alliance") is no dateline.
DATELINE = re.compile(
    rf"^[{_UPPER}][{_UPPER}.'’ /-]*[{_UPPER}.]"
    r"(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2}\s*(?:\([^()]*\)\s*)?(?:-{1,2}\s+|[–—―]\s*)"
    r"|\s*(?:--)?\([^()]*\)\s*(?:-{1,2}\s+|--|[–—―]\s*)|[–—―])"
    r"(?=\S)"
    # or a place alone before a spaced dash when a sentence follows ("SEOUL - North Korea denied"):
    # five or more letters, so that acronyms stay ("U.S. - China trade officials", "NATO - The
    # alliance", "WHO - The agency"), and a capital after the dash ("NATO — the alliance" stays)
    r"|^(?=(?:[A-Z][ '’-]?){5})[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)*\s+(?:-{1,2}|[–—])\s+(?=[A-Z])"
    # capitals with short names, which could otherwise be acronyms ("KYIV — Ukraine's military")
    rf"|^(?:{'|'.join(sorted(SHORT_CAPITALS))})\s+(?:-{{1,2}}|[–—])\s+(?=[A-Z])"
    # or a place and its country before an agency or a date ("KYIV, Ukraine (AP) —", "SEOUL, Nov. 3 -")
    rf"|^[{_UPPER}][{_UPPER}'’ /-]*[{_UPPER}],\s*(?:{_REGION},?\s*)?"
    r"(?:\([^()]*\)|[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?(?:\s*\([^()]*\))?)\s*(?:-{1,2}|[–—―])\s*(?=\S)"
    # or a place and its country or state alone before a dash ("HOBART, Australia — ", "WASHINGTON, D.C. — ")
    rf"|^[{_UPPER}][{_UPPER}'’ /-]*[{_UPPER}],\s*{_REGION}\s*(?:-{{1,2}}\s+|[–—―]\s*)(?=\S)"
    # or a place, its country, state or date, and a press-release wire between slashes before a dash
    # ("LONDON, Dec. 1, 2026 /PRNewswire/ -- ", "WASHINGTON, DC, UNITED STATES, December 1, 2026
    # /EINPresswire.com/ -- ")
    rf"|^[{_UPPER}][{_UPPER}'’ -]*[{_UPPER}](?:,\s*[^,/()\r\n]{{2,40}}){{0,4}}\s*{_SLASHED_WIRE}"
    r"\s*(?:-{1,2}|[–—―])\s*(?=\S)"
    # or a place and an agency with no dash ("BEIJING (Reuters)")
    r"|^[A-Z][A-Z.'’ ]*[A-Z]\s*\((?:Reuters|AP|AFP|Xinhua|Bloomberg|dpa|ANI|PTI|Yonhap|Kyodo)\)\s*")


_CAPITAL_WORD = re.compile(r"[A-Z][A-Z'’-]*")
#: Words in capitals before a dash that name no place wherever they stand: sentence words and section
#: banners and notes ("ACCORDING TO OFFICIALS — ", "WE WILL NOT PAY - ", "OPINION — ", "CORRECTION -- ",
#: "EDITOR'S NOTE — ").
_NO_PLACE_WORDS = frozenset("""A AN THE TO OF IN ON AT BY FOR FROM WITH AND OR BUT NOT NO NEVER IS ARE WAS WERE BE
    BEEN HAS HAVE HAD WILL WOULD CAN WE I YOU HE SHE IT THEY THIS THAT WHAT WHO WHY HOW ACCORDING SAYS SAID
    OPINION EDITORIAL ANALYSIS COMMENT COMMENTARY BREAKING EXCLUSIVE UPDATE UPDATED LIVE WATCH REVIEW CORRECTION
    CORRECTIONS CLARIFICATION NOTE""".split())
#: Roles and bodies, which name no place when they end the capitals ("FBI DIRECTOR — ", "POLICE CHIEF - "),
#: though a place's name may hold one before its last word ("COUNCIL BLUFFS — ", "GOVERNMENT HOUSE — ").
_ROLE_OR_BODY_ENDS = frozenset("""DIRECTOR CHIEF PRESIDENT MINISTER MINISTRY SECRETARY SPOKESMAN SPOKESWOMAN
    SPOKESPERSON OFFICIAL OFFICIALS POLICE GOVERNMENT AGENCY COUNCIL COMMITTEE DEPARTMENT COMMISSION COURT PARTY
    COMPANY BOARD BOSS CEO CHAIR CHAIRMAN CHAIRWOMAN LEADER GOVERNOR MAYOR ENVOY SPEAKER CHANCELLOR JUDGE
    PROSECUTOR REGULATOR""".split())
#: Acronyms of five letters or more that name a body, not a place, when they are the capitals before a dash
#: ("UNICEF - The agency said").
_BODY_ACRONYMS = frozenset("""UNICEF UNESCO UNHCR UNRWA UNCTAD UNAIDS UNFPA UNIDO INTERPOL EUROPOL FRONTEX
    EUROSTAT ASEAN NAFTA NASDAQ NHTSA USAID OFCOM OFSTED MERCOSUR HAMAS""".split())


#: Places that open a dateline in one word and alone (no agency, date or state), unlike a person's name in capitals
#: before "--": the world's capitals, US states and cities that wire
#: copy datelines without their state, and other cities often datelined so (see :func:`name_heading_length`).
_DATELINE_WORDS = frozenset("""ABUJA ACCRA ALGIERS AMMAN AMSTERDAM ANKARA ASTANA ATHENS BAGHDAD BAKU BAMAKO BANGKOK
    BEIJING BEIRUT BELGRADE BERLIN BERN BOGOTA BOGOTÁ BRASILIA BRASÍLIA BRATISLAVA BRUSSELS BUCHAREST BUDAPEST CAIRO
    CANBERRA CARACAS COLOMBO COPENHAGEN DAKAR DAMASCUS DHAKA DOHA DUBLIN HANOI HARARE HAVANA HELSINKI ISLAMABAD
    JAKARTA JERUSALEM KABUL KAMPALA KATHMANDU KHARTOUM KIEV KYIV KIGALI KINSHASA LIMA LISBON LONDON LUANDA LUSAKA
    MADRID MANAGUA MANILA MINSK MOGADISHU MOSCOW NAIROBI NICOSIA OSLO OTTAWA PARIS PRAGUE PRETORIA PYONGYANG QUITO
    RABAT RIGA RIYADH ROME SANTIAGO SARAJEVO SEOUL SKOPJE SOFIA STOCKHOLM TAIPEI TALLINN TASHKENT TBILISI TEHRAN
    TOKYO TRIPOLI TUNIS VIENNA VILNIUS WARSAW WASHINGTON YEREVAN ZAGREB
    GENEVA DAVOS MUNICH FRANKFURT HAMBURG MILAN BARCELONA ISTANBUL DUBAI MUMBAI KARACHI LAHORE SHANGHAI SHENZHEN
    SINGAPORE SYDNEY MELBOURNE TORONTO MONTREAL VANCOUVER JOHANNESBURG LAGOS GAZA RAMALLAH KANDAHAR MOSUL ALEPPO
    ODESA ODESSA KHARKIV DONETSK BENGHAZI ADEN MANCHESTER LIVERPOOL GLASGOW EDINBURGH BELFAST CARDIFF
    ALABAMA ALASKA ARIZONA ARKANSAS CALIFORNIA COLORADO CONNECTICUT DELAWARE FLORIDA GEORGIA HAWAII IDAHO ILLINOIS
    INDIANA IOWA KANSAS KENTUCKY LOUISIANA MAINE MARYLAND MASSACHUSETTS MICHIGAN MINNESOTA MISSISSIPPI MISSOURI
    MONTANA NEBRASKA NEVADA OHIO OKLAHOMA OREGON PENNSYLVANIA TENNESSEE TEXAS UTAH VERMONT VIRGINIA WISCONSIN WYOMING
    ATLANTA BALTIMORE BOSTON CHICAGO CINCINNATI CLEVELAND DALLAS DENVER DETROIT HONOLULU HOUSTON INDIANAPOLIS MIAMI
    MILWAUKEE MINNEAPOLIS PHILADELPHIA PHOENIX PITTSBURGH SEATTLE AUSTIN NASHVILLE MEMPHIS LOUISVILLE CHARLOTTE
    ORLANDO TAMPA SACRAMENTO ALBANY ANNAPOLIS RICHMOND RALEIGH TALLAHASSEE COLUMBUS HARRISBURG LANSING MADISON
    SPRINGFIELD TRENTON HARTFORD PROVIDENCE CONCORD MONTPELIER AUGUSTA ALBUQUERQUE OMAHA TOPEKA BOISE HELENA
    CHEYENNE BISMARCK JUNEAU OLYMPIA SALEM FRANKFORT JACKSON MONTGOMERY COLUMBIA CHARLESTON LINCOLN DOVER PIERRE
    BATON NEWARK BROOKLYN MANHATTAN TUCSON PORTLAND BUFFALO ROCHESTER SYRACUSE HOBOKEN ANCHORAGE FERGUSON
    CHARLOTTESVILLE""".split())
#: A sentence opening with a person described, its subject ("The president said", "The former senator"): after a
#: name in capitals and "--", that name's description, not a place's news.
_DESCRIBED_PERSON = re.compile(r"The\s+(?:[\w'’.-]+\s+){0,3}?(?:president|president-elect|senator|congressman|"
                               r"congresswoman|governor|candidate|nominee|front-?runner|hopeful|contender|incumbent|"
                               r"challenger|mayor|lawmaker|leader|chairman|chairwoman|speaker|secretary|minister|"
                               r"premier|chancellor|billionaire|businessman|businesswoman|mogul|tycoon|justice|judge|"
                               r"star|actor|actress|singer|rapper|host|founder|executive|commander|pope|king|queen|"
                               r"prince|princess)\b")


#: A name in capitals before "--" (group 1), as a newsletter heads an item with whom it is about.
_NAME_HEADING = re.compile(r"([A-Z][A-Z'’-]{4,})\s+--\s+")


def name_heading_length(text: str) -> int:
    """The length of a person's name in capitals and "--" opening ``text`` before that person's description, with
    the spaces after it ("TRUMP -- " of "TRUMP -- The president said", as a newsletter heads an item); 0 for none:
    a place in one word that opens datelines alone ("WASHINGTON -- The president said", see ``_DATELINE_WORDS``),
    wording ("UPDATE -- "), or a sentence that opens with no person described ("VARNOCK -- Police said")."""
    found = _NAME_HEADING.match(text)
    if (found is None or found.group(1) in _DATELINE_WORDS or _no_place([found.group(1)])
            or _DESCRIBED_PERSON.match(text, found.end()) is None):
        return 0
    return found.end()


#: A wire desk's slug glued by a hyphen to a headline's first word, no space after it ("UPDATE 2-", "RPT-",
#: "CORRECTED-", "COLUMN-", "COMMODITIES-", "EXCLUSIVE-", "RPT-UPDATE 1-"): the desk's filing tag, a closed list of
#: them, since capitals glued to a capital may be copy ("US-China talks").
_WIRE_SLUG = re.compile(r"(?:(?:(?:UPDATE|WRAPUP)(?: \d{1,2})?|RPT|REFILE|CORRECTED|COLUMN|COMMODITIES|EXCLUSIVE"
                        r"|FACTBOX|INSIGHT|BREAKINGVIEWS|FOREX|PRECIOUS|METALS|GRAINS|SOFTS|GLOBAL MARKETS"
                        r"|EMERGING MARKETS)-)+(?=[A-Z\d\"“‘'])")


def wire_slug_length(sentence: str) -> int:
    """The length of a wire desk's slug opening ``sentence`` ("UPDATE 2-" of "UPDATE 2-Ostrava Chemicals denies
    report", see ``_WIRE_SLUG``); 0 for none. It is no part of a name after it nor of the headline's wording."""
    found = _WIRE_SLUG.match(sentence)
    return found.end() if found else 0


def _no_place(words: list[str]) -> bool:
    """Whether the capitals ``words`` before a dash name no place: a sentence word, a banner or a note anywhere
    in them, a role or a body last ("FBI DIRECTOR"; not "COUNCIL BLUFFS"), or a body's acronym alone."""
    return (any(w in _NO_PLACE_WORDS for w in words) or words[-1] in _ROLE_OR_BODY_ENDS
            or (len(words) == 1 and words[0] in _BODY_ACRONYMS))


def dateline_length(text: str, in_span: bool = False) -> int:
    """The length of a wire dateline opening ``text``, with the spaces after it; 0 when there is none.

    One that credits an agency or gives a date ("LONDON (Reuters) - ", "SEOUL, Nov. 3 - ", a press release's
    "LONDON, Dec. 1, 2026 /PRNewswire/ -- ") counts before anything; a place and a dash alone ("PARIS—The
    mayor", "DES MOINES – Hillary") only as one to three words of capitals, five letters or more (or a short
    capital: "ROME — "), none of them a sentence word, a banner or a note ("CORRECTION"), not ending in a role or
    a body nor a body's acronym alone, before a capital: "US–China talks", "NATO—The alliance", "ACCORDING TO
    OFFICIALS — The deal", "FBI DIRECTOR — The bureau" are wording, "COUNCIL BLUFFS — The" a dateline; nor a
    person's name in capitals before "--" and their description ("TRUMP -- The president said", see
    :func:`name_heading_length`).
    ``in_span``: in a source span, which may start lower case after it ("PARIS—the foreign ministry") or hold
    nothing else ("WASHINGTON (AP)")."""
    dateline = DATELINE.match(text)
    if not dateline:
        return 0
    rest = text[dateline.end():].lstrip()
    credited = ("(" in dateline.group(0) or any(ch.isdigit() for ch in dateline.group(0))
                or re.search(_SLASHED_WIRE, dateline.group(0)) is not None)
    if not rest:
        return len(text) if in_span and credited else 0
    if not credited:
        place = dateline.group(0).partition(",")[0].rstrip().rstrip("-–—―").rstrip()  # the capitals before it
        words = _CAPITAL_WORD.findall(place)
        letters = sum(ch.isalpha() for ch in place)
        if ((not rest[:1].isupper() and not in_span) or len(words) > 3 or _no_place(words)
                or (letters < 5 and place not in SHORT_CAPITALS) or name_heading_length(text)):
            return 0
    return len(text) - len(rest)


def lead_length(sentence: str) -> int:
    """The length of what opens ``sentence`` without being its wording, which the model does not read: a
    list item's mark ("• ", "2) ", see :func:`list_mark_length`), a liveblog entry's time stamp
    (:func:`stamp_length`), a wire dateline (:func:`dateline_length`), or a speaker's label that cannot be
    copy: in capitals with a role or a title ("HOST: ", "SEN. ROE: "), or "Q: ", "A: " ("QUESTION: ") in
    capitals. Other capitals before a colon are read: one sentence cannot tell a speaker's name ("ROE: ")
    from a place ("NEW DELHI: ") or a body ("IMF: "), and a body's name left out turns its claim into a
    fact."""
    if sentence[:1].isalpha() and sentence[1:2].islower() and ":" not in sentence[:_LABEL_REACH]:
        # most sentences: a word in lower case after its first letter opens them ("The", "Officials"), which
        # no list mark, stamp or dateline does, and no colon comes near enough to end a label
        return 0
    return (list_mark_length(sentence) or stamp_length(sentence) or dateline_length(sentence)
            or _unmistakable_label_length(sentence))


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


# -- Speaker labels of transcripts and Q&As ----------------------------------------------------------------------

#: How far past a sentence's start its speaker label, colon and spaces are looked for: a label is short.
_LABEL_REACH = 120
#: How far a label's words are read for the first person (see :func:`_in_first_person`).
_TURN_WORDS_REACH = 400
#: A speaker's own pronoun ("I", "I'm", "we've", "my", "us"; not "US" in capitals, the country).
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I|(?i:we|me|my|mine|our|ours|myself|ourselves)|[Uu]s)"
                           r"(?:['’](?:m|re|ve|d|ll))?(?![\w'’])")
#: A passage in double quotation marks within a line: someone else's words.
QUOTED_RUN = re.compile(r'[“"][^“”"\r\n]*[”"]')
#: A colon with a blank after it: every label ends with one (see ``_LABEL_AT``), so a sentence with none within
#: ``_LABEL_REACH`` characters of its start opens no turn.
_LABEL_COLON = re.compile(r":\s")
#: A single line break and the blanks around it: what parts a label alone on its line from its words.
_ONE_BREAK = re.compile(r"[^\S\r\n]*(?:\r\n|\r|\n)[^\S\r\n]*")
# The dash between a call transcript's speaker and their role or firm: two hyphens or a dash, blanks around them or
# not, or a hyphen between blanks ("Ana Ruiz -- Chief Executive Officer", "Ana Ruiz — CEO", "Ana Ruiz - CEO").
_LABEL_DASH = r"(?:[^\S\r\n]*(?:--|[—–])[^\S\r\n]*|[^\S\r\n]+-[^\S\r\n]+)"
# One or two parts after such dashes, each of one to six words ("& " may join them): a role, or a firm then a role.
_LABEL_DASHED = (rf"(?:{_LABEL_DASH}(?:{_LABEL_WORD}|&)(?:[^\S\r\n]+(?:{_LABEL_WORD}|&)){{0,5}}){{1,2}}")
# A line's opening label: one to six words, the number of an unnamed voice ("UNIDENTIFIED MALE 2": see
# :func:`_numbered_voice`), an aside in brackets ("(R)", "(via telephone)"), the role or firm and role
# after dashes of an earnings call's label ("Tom Vance -- Kessel Securities -- Analyst": see :func:`_dashed_label`),
# after a comma a role or place, up to eight words with commas between them ("STEVE ROE, HOST", "RUTH ABARA, emergency
# director, Lessing County": see :func:`_name_label` for what counts), then a colon and a space before the words
# ("HOST: ", "Roe: "), or a single line break when the label stands alone on its line above them ("HOST:\n"; across
# a blank line only as ``_LABEL_ABOVE_BLANK`` reads it).
_LABEL_HEAD = (rf"(?P<main>{_LABEL_WORD}(?:[^\S\r\n]+{_LABEL_WORD}){{0,5}})(?:[^\S\r\n]+(?P<number>\d{{1,2}}))?"
               r"(?:[^\S\r\n]*\((?P<aside>[^()\r\n]{1,30})\))?"
               rf"(?P<dashed>{_LABEL_DASHED})?"
               rf"(?:,[^\S\r\n]*(?P<tail>{_LABEL_WORD}(?:,?[^\S\r\n]+{_LABEL_WORD}){{0,7}}))?[^\S\r\n]*:")
_LABEL_AT = re.compile(rf"{_LABEL_HEAD}(?:{_ONE_BREAK.pattern}|[^\S\r\n]+)(?=\S)")
#: A label alone in its paragraph, one blank line between it and its words, as a public radio transcript sets its
#: host's ("MARY KELSO, HOST:", a blank line, then her words): read only for a name and role in capitals or a host's
#: role alone (see :func:`_label_above_blank`).
_LABEL_ABOVE_BLANK = re.compile(rf"{_LABEL_HEAD}{_ONE_BREAK.pattern}(?:\r\n|\r|\n)[^\S\r\n]*(?=\S)")
#: What may stand before a line's label in a broadcast transcript: a closed caption's turn mark (">> ANCHOR: "), a
#: time code in brackets ("[00:00:05] ANCHOR: ", "[01:15] ", "[11:12 GMT] ") or one of hours, minutes and seconds
#: alone before a dash or bar or a label, as :data:`ENTRY_STAMP` reads it ("00:00:05 ANCHOR: ", "00:00:05 - "), with
#: the blanks after it.
_TURN_MARK = re.compile(rf"(?:>>+|\[\d{{1,2}}(?::\d{{2}}){{1,2}}(?:[.,]\d{{1,3}})?{STAMP_MARKS}?\]|{_BARE_CODE})"
                        r"[^\S\r\n]*")
#: Words that make a line's opening label a heading or banner, not a speaker, when they open it or follow possessives
#: alone (lower case, stops dropped): "Note:", "UPDATE:", "Editor's note:", "Why it matters:", "BREAKING:"; not
#: "MR. PRICE:". Such a line ends a speaker's turn.
_HEADING_WORDS = frozenset("""note notes nb ps update updates updated warning warnings caution breaking analysis opinion
    editorial comment commentary correction corrections clarification disclaimer exclusive live watch listen video
    audio photo photos picture pictures image images caption credit credits source sources related read see also
    review explainer fact check verdict rating price prices cost pros cons summary background context timeline
    takeaway takeaways key points bottom line tip tips alert urgent flash developing spoiler poll quiz transcript
    interview podcast feature highlights contents subject re fwd cc date address phone tel fax email website tickets
    venue location hours winner winners runner-up nominee nominees category why what how when where matters""".split())
#: A broadcast script's production cues in capitals, which label what is shown or played, not who speaks: voice-over
#: ("VO", "VOS": with sound), sound on tape ("SOT", "VOSOT", "NATSOT": natural sound), "SOUNDBITE". One alone before
#: a colon ends the turn above it as a heading's label does, and opens none.
_PRODUCTION_CUES = frozenset("VO VOS SOT VOSOT NATSOT SOUNDBITE".split())
#: Words no speaker's label holds (lower case): sentence words ("The reason: cost."), days and months ("Monday: rain").
_NOT_SPEAKER_WORDS = frozenset("""the a an this that these those it its is are was were be been has have had will would
    can could should must do does did not no yes my our your their his her we i you he she they there here all some any
    every each many most more other such so if then than as at by for from in into of on or and but with without about
    after before over under today yesterday tomorrow tonight now monday tuesday wednesday thursday friday saturday
    sunday january february march july september october november december""".split())
#: Roles that make a label in capitals a speaker's on its own ("HOST:", "FOREIGN MINISTER:", "UNIDENTIFIED MALE:"),
#: lower case; the first of them ask the questions.
INTERVIEWER_ROLES = frozenset("""host co-host cohost anchor co-anchor interviewer moderator presenter reporter
    correspondent journalist""".split())
SPEAKER_ROLES = INTERVIEWER_ROLES | frozenset("""guest guests interviewee caller panelist panellist narrator announcer
    commentator analyst witness counsel attorney lawyer prosecutor defendant plaintiff judge justice chair chairman
    chairwoman chairperson minister secretary senator congressman congresswoman president premier governor mayor
    spokesman spokeswoman spokesperson commissioner candidate speaker unidentified unknown audience crowd
    protesters""".split())
# Roles that stand before a title of _NAME_TITLES, capitalised but no name: "Works Commissioner Engr. Musa Bello",
# "Managing Director Engr. Ada Eze".
_ROLES_BEFORE_TITLES = SPEAKER_ROLES | frozenset("director general chief officer manager coordinator head".split())
#: Words after a name's comma that make a label in capitals a reporter's filing a story, an asker's as a
#: correspondent's is: a public radio transcript's "DAN PRICE, BYLINE:" (lower case; "BYLINE:" alone is a heading).
_FILING_ROLES = frozenset({"byline"})
#: Small words that tie a role to whom it serves in a described label in capitals ("DAVID HOLT, ATTORNEY FOR GERALD
#: PIKE", "JANE DOE, SPOKESWOMAN FOR THE MINISTRY", "SAM OKE, HEAD OF THE PORT AUTHORITY"), lower case.
_ROLE_JOINERS = frozenset("for of the at to and".split())
#: Those that may join the words of an office in capitals before a name, "the" after them ("SECRETARY OF STATE ANA
#: LUSK", "SPOKESMAN FOR THE ARMY"): not "to" nor "at", which a headline in capitals holds ("SENATOR TO THE RESCUE").
_OFFICE_JOINERS = frozenset("of for and".split())
#: A briefing's asker labelled by role and outlet, in title case or capitals: "Reporter from AFP", "Journalist of
#: China Daily", "Correspondent with the Daily Ledger", "REPORTER FROM TASS" (the outlet: one to four capitalised
#: words, perhaps after "the").
_OUTLET_LABEL = re.compile(
    r"(?:[A-Z][\w'’.-]*[^\S\r\n]+)?(?i:reporter|journalist|correspondent)[^\S\r\n]+(?i:from|of|with|for|at)"
    r"[^\S\r\n]+(?:(?i:the)[^\S\r\n]+)?[A-Z][\w'’.&-]*(?:[^\S\r\n]+[A-Z][\w'’.&-]*){0,3}")
#: Abbreviated titles that make a label in capitals a person's ("SEN. ROE:", "DR JANE ROE:"), lower case.
_LABEL_TITLES = frozenset("sen rep dr mr mrs ms mx gov gen prof pres amb lt col capt sgt rev sec adm maj cllr".split())
#: The labels of a question and of its answer, in capitals or title case ("Q:", "A:", "QUESTION:", "Answer:").
_QUESTION_LABELS = frozenset({"Q", "QUESTION", "Question"})
_ANSWER_LABELS = frozenset({"A", "ANSWER", "Answer"})
#: How far into a transcript's text above its first label :func:`_named_exchange` looks for the people it names, and
#: ``framing.profile`` for its host: the headline and introduction are short.
INTRO_CHARS = 1500
# A run of capitalised words on one line, name particles between them ("Mayor Dana Holm", "Ana de la Cruz").
_NAME_RUN = re.compile(rf"[{_UPPER}][\w'’-]*(?:[^\S\r\n]+(?:(?:{'|'.join(sorted(NAME_PARTICLES))})[^\S\r\n]+)*"
                       rf"[{_UPPER}][\w'’-]*)*")
# A possessive's ending, dropped from a name's last word ("Holm's").
_POSSESSIVE_END = re.compile(r"['’]s?$", re.IGNORECASE)
# An initial in a name's label ("J. Roe").
_INITIAL = re.compile(r"[A-Z]\.")
#: A Q&A's closing editorial note, no speaker's words: "This interview has been edited for length and clarity.",
#: "The conversation was condensed.", "(Edited and condensed for clarity.)". Read only as the text's last paragraph.
_CLOSING_NOTE = re.compile(
    r"[(\[*_]*(?:(?:this|the|our)\s+)?(?:interview|conversation|transcript|q\s*&\s*a|exchange|discussion|briefing"
    r"|press\s+conference)"
    r"\s+(?:has|have|was|were|is)\s+(?:been\s+)?(?:(?:lightly|slightly|heavily)\s+)?"
    r"(?:edited|condensed|abridged|shortened|translated)\b"
    r"|[(\[*_]*(?:(?:lightly|slightly)\s+)?(?:edited|condensed)\s+(?:and\s+(?:edited|condensed)\s+)?for\s+"
    r"(?:length|clarity|brevity|space)\b", re.IGNORECASE)


class SpeakerTurn(NamedTuple):
    """One speaker's turn in a transcript: sentences ``first`` to ``last - 1`` (positions in the bounds given to
    :func:`speaker_turns`), the first opened by the speaker's ``label`` (as written, without its colon: "SEN. ROE",
    "Q", "Roe"), whose words start at ``words`` in the text. ``kind``: "question" ("Q:"), "answer" ("A:"),
    "interviewer" (a label naming a host's role: "HOST:", "ANCHOR:", or the surname or name alone of a host or
    reporter labelled so in full, "RUIZ:" after "ANA RUIZ, HOST:", or of a host naming themselves as the show opens,
    "RUIZ:" below "I'm Ana Ruiz, and this is Morning Desk."), "speaker", or "post": an embedded social post,
    its ``label`` the account holder's name as its sign-off writes it, on the line after its last sentence ("Mirela
    Haskins" of "— Mirela Haskins (@mhaskins) May 3, 2026"), its ``words`` its first sentence's start, or "posted": a
    post pasted unquoted after a colon with no sign-off, its ``label`` the name the line introducing it writes before
    the verb ("Mirela Haskins tweeted:"), its ``words`` where the post's words start, past the colon."""

    first: int
    last: int
    label: str
    words: int
    kind: str


class _Label(NamedTuple):
    """A label that opens a sentence, as :func:`_read_label` reads it."""

    end: int  # where the sentence's words start, past the colon and its spaces
    label: str  # as written, without the colon
    kind: str  # "question", "answer", "interviewer", "speaker", or "heading" for a heading's or banner's label
    alone: bool  # a speaker's whatever the text around it: in capitals, or Q/A in capitals
    strong: bool  # a speaker's label on its own, making the text a transcript: a role or a title in capitals
    key: str  # what two lines opened by the same label share
    described: bool = False  # a name in capitals and who they are after a comma ("MARA VELLIN, former aide")
    first_person: bool = False  # its line's words speak in the first person ("We saw the water rise")
    outlet: bool = False  # an outlet's name in mixed case ("BBC News", "Dragon TV"): a briefing's asker's label only


def speaker_label_length(sentence: str) -> int:
    """The length of a label that may be a speaker's opening ``sentence``, with its colon and spaces ("HOST: ",
    "SEN. JANE ROE: ", "STEVE ROE, HOST: ", "ROE: ", "Q: ", "A: "), or with the line break after it when it stands
    alone on its line above the words; 0 when there is none. It says who speaks, not what: a sentence's subject is
    looked for after it. Only what a sentence alone shows may be a speaker's counts: a label in capitals that holds
    no heading's or sentence's word ("NOTE: ", "BREAKING: ", "THE REASON: " are wording), a place before a colon
    ("NEW DELHI: ") or a body ("IMF: ") too; a label in title case ("Roe: ") is a speaker's only in a transcript (see
    :func:`speaker_turns`). Of these the model leaves out only the labels that cannot be copy (see
    :func:`lead_length`)."""
    found = _read_label(sentence, 0)
    return found.end if found is not None and found.alone else 0


def opening_label_length(sentence: str) -> int:
    """The length of a label of a speaker's form opening ``sentence``, with its colon and spaces, whether it counts
    as a speaker's or not (see :func:`speaker_turns`): in capitals or title case ("HOST: ", "Roe: ", "Reporter from
    AFP: ", "AFP: "), or a Q or A; 0 when there is none, or for a heading's ("Poll: ", "Update: ") or a sentence's
    ("The reason: cost."). No source's name runs across such a label's colon."""
    if _LABEL_COLON.search(sentence, 0, _LABEL_REACH) is None:
        return 0
    found = _read_label(sentence, 0)
    return 0 if found is None or found.kind == "heading" else found.end


def asks(sentence: str) -> bool:
    """Whether a question's label opens ``sentence`` ("Q: ", "QUESTION: ", "Question: "), whether it counts or not
    (see :func:`speaker_turns`): a question nobody labelled answers is the asker's, not the last speaker's."""
    if _LABEL_COLON.search(sentence, 0, _LABEL_REACH) is None:
        return False  # most sentences: no colon a label could end with
    found = _read_label(sentence, 0)
    return found is not None and found.kind == "question"


def _unmistakable_label_length(sentence: str) -> int:
    """The length of a speaker's label opening ``sentence`` that cannot be copy (see :func:`lead_length`): in
    capitals with a role or a title, or a Q or A in capitals; 0 for any other."""
    found = _read_label(sentence, 0)
    return found.end if found is not None and _unmistakable(found) else 0


def _unmistakable(label: _Label) -> bool:
    """Whether ``label`` cannot be copy: in capitals with a role or a title, or a Q or A in capitals."""
    return label.strong or (label.alone and label.kind in ("question", "answer"))


def _labelled_at(text: str, start: int) -> bool:
    """Whether a label that is a speaker's whatever the text around it opens ``text`` at ``start`` (see
    :func:`speaker_label_length`)."""
    found = _read_label(text, start)
    return found is not None and found.alone


def speaker_turns(text: str, bounds: Sequence[tuple[int, int]],
                  quotes: Sequence[tuple[int, int]] = ()) -> list[SpeakerTurn]:
    """The speakers' turns of a transcript or Q&A in ``text`` (``bounds``: its sentences, as from
    :func:`split_sentences`), in order; none for ordinary copy.

    A turn opens with a speaker's label at the start of a line (past a closed caption's turn mark or a time code in
    brackets or of hours, minutes and seconds: ">> HOST: ", "[00:00:05] HOST: ", "00:00:05 - HOST: "), then a colon
    and the words ("HOST: ", "Roe: "):
    in capitals, a name or role of one to six words, perhaps with an aside in brackets and a role after a comma
    ("SEN. JANE ROE (D-NY): ", "STEVE ROE, HOST: "), or a name of two words or more and who the speaker is, in any
    case, up to eight words ("MARA VELLIN, former aide: ", "RUTH ABARA, emergency director, Lessing County: ",
    "DAVID HOLT, ATTORNEY FOR GERALD PIKE: ": see :func:`_description`), which is keyed by the name, as
    "MARA VELLIN: " is; an earnings call's name and, after
    dashes, a role or a firm and a role ("Ana Ruiz -- Chief Executive Officer: ", "Tom Vance -- Kessel Securities --
    Analyst: ", see :func:`_dashed_label`), labelled and keyed by the name and counted as a name described is, an
    analyst's asking; in title case, a name of one to four words ("Jane Roe: ", "Interviewer: ", "Operator: ", a
    call's host, who asks); or "Q: " and "A: " ("QUESTION: ", "Answer: "), which may also open a sentence inside a line
    ("Q: Why? A: Cost."). A label alone on its line ("MS. LIN:") with the words on the next (not across a blank
    line) is read as though it opened that line, and :func:`split_sentences` makes it part of the sentence below it
    when it counts; a name and role in capitals alone in its paragraph ("MARY KELSO, HOST:"), or a host's role alone
    ("HOST:"), opens a turn across one blank line (see :func:`_label_above_blank`). A heading's word alone ("PRICE:")
    is a speaker's surname where another label names them ("DAN PRICE, BYLINE:"). A turn runs over the lines and
    paragraphs after it until the next speaker's label, a Q or A
    (counted or not: a question nobody labelled answers is not the last speaker's), or a line opened by a heading's
    or banner's label ("Note: ", "UPDATE: ", "Editor's note: "). What counts:

    - Q and A only when the text has both;
    - one capital letter but Q and A ("F:", "M:"), at a line's start or inside a line, only where two such letters and
      no other take turns, each twice or more (see :func:`_letter_voices`): two voices;
    - a label in capitals with a role or a title ("HOST:", "FOREIGN MINISTER:", "SEN. ROE:", "UNIDENTIFIED MALE:",
      numbered or not: "UNIDENTIFIED MALE 2:", numbered in title case too, see :func:`_numbered_voice`) always;
    - any other label ("ROE:", "JANE ROE:", "Roe:", "Interviewer:") only in an evident transcript, one that has such
      a role or title, Q and A, or two labels of which one opens two lines or more and is no label in capitals without
      a role or title, which may name a place (a roundup of datelines: "LISBON: ", "MADRID: "); and then, when it opens
      one line only, not in title case (a word such as "Look: " may open a line of an answer) nor as the text's first
      label, where a dateline stands ("NEW DELHI: ", "WASHINGTON: "); a name described that opens another line as
      well ("MARA VELLIN, former aide: " and "MARA VELLIN: ") makes the transcript evident where the lines of two
      people labelled speak in the first person (see :func:`_in_first_person`; a writer's list, "MARK TOLL,
      goalkeeper: Safe hands." and "MARK TOLL, second half: Dire.", is none);
    - every label of a briefing's exchange, in title case or capitals: journalists labelled by a host's or reporter's
      role or their outlet ("Reporter from AFP: ", "AFP: ", "Reporter: ") taking turns with one answerer
      ("Spokesperson Lin: "), each twice or more (see :func:`_briefing_exchange`); outlets that are no agency
      ("CCTV: ", "Global Times: ") ask there too where another asker is a journalist or the headline or introduction
      names a briefing (see :func:`_outlets_asking`); an outlet's label in mixed case ("Dragon TV: ", "RIA Novosti: ")
      counts there only, and makes no other text a transcript ("BBC News: " and "Dragon TV: " taking turns).

    A turn whose label opens no other turn, or that of the only speaker labelled in the text, ends with its paragraph:
    one label in ordinary copy ("SENATOR: Did you delete them?") is an exchange quoted, not a transcript to the end.
    A turn also ends before a closing editorial note that is the text's last paragraph ("This interview has been
    edited for length and clarity."), which is no speaker's.

    An embedded social post signed off on a line of its own below it ("— Mirela Haskins (@mhaskins) May 3, 2026") is
    a turn of the account holder's too (kind "post"), outside any transcript's turn: its sentences after the line that
    introduces it with a colon ("Mirela Haskins posted on X:"), else the paragraph of its last line (see
    :func:`_post_turns`). A post pasted unquoted after a name's verb of posting and a colon, with no sign-off ("Mirela
    Haskins tweeted:"), is the named poster's turn (kind "posted") to the end of its line (see
    :func:`_introduced_posts`).

    A label inside one of the quoted regions ``quotes`` (sorted, as :func:`quoted_regions` gives them) is
    a quotation's words, not a label, and changes nothing. Linear in the number of sentences: each is read once, up to
    ``_LABEL_REACH`` characters from its start.
    """
    labels = list(_sentence_labels(text, bounds, quotes))
    intro = text[:bounds[labels[0][0]][0]] if labels else ""
    labels = _outlets_asking(labels, intro, text)
    counted = _counted_labels([label for _, label in labels], intro)
    hosts = _hosts_labelled([label for _, label in labels], counted) | _hosts_introduced(intro)
    turns: list[SpeakerTurn] = []
    keys: list[str] = []  # each turn's speaker, as _speaker_key gives it
    for (index, label), counts in zip(labels, counted):
        if (counts or label.kind in ("heading", "question", "answer")) and turns and turns[-1].last == len(bounds):
            turns[-1] = turns[-1]._replace(last=index)  # the next speaker, a heading, or any Q or A ends the turn
        if counts:
            kind = "interviewer" if label.kind == "speaker" and label.key in hosts else label.kind
            turns.append(SpeakerTurn(index, len(bounds), label.label, bounds[index][0] + label.end, kind))
            keys.append(_speaker_key(label))
    uses = Counter(keys)
    note = closing_note(text, bounds) if turns else None
    turns = [_before(turn if len(uses) > 1 and uses[key] > 1 else _within_paragraph(text, bounds, turn), note)
             for turn, key in zip(turns, keys)]
    turns = _cut_at_clips(text, bounds, turns)
    posts = [post for post in _post_turns(text, bounds)
             if not any(turn.first < post.last and post.first < turn.last for turn in turns)]
    taken = spoken_sentences(turns + posts, len(bounds))
    for post in _introduced_posts(text, bounds):
        if not any(taken[post.first:post.last]):
            posts.append(post)
            taken[post.first:post.last] = [True] * (post.last - post.first)
    return sorted(turns + posts) if posts else turns


# A show named after a phrase that opens a broadcast ("this is Morning Desk", "welcome to Morning Desk", "you're
# listening to Morning Desk"), its name capitalised; and a speaker naming themselves, "I'm Dana Ruiz", the name (two or
# three capitalised words) in group 1.
_SHOW = (r"(?i:this[^\S\r\n]+is|welcome[^\S\r\n]+(?:back[^\S\r\n]+)?to|you['’]re[^\S\r\n]+(?:watching|listening"
         r"[^\S\r\n]+to))[^\S\r\n]+(?:the[^\S\r\n]+)?[A-Z]")
_SELF_NAMED = r"\bI(?:['’]m|[^\S\r\n]+am)[^\S\r\n]+([A-Z][\w'’-]+(?:[^\S\r\n]+[A-Z][\w'’-]+){1,2})"
#: A host naming themselves as their show opens, beside its name on one line: "I'm Dana Ruiz, and this is Morning
#: Desk.", "Welcome to Morning Desk. I'm Dana Ruiz."; not a speaker naming themselves alone ("I'm Governor Lena
#: Paik, and I have an update").
_HOST_SELF_NAMED = (re.compile(rf"{_SELF_NAMED},?[^\S\r\n]+(?:and[^\S\r\n]+)?{_SHOW}"),
                    re.compile(rf"{_SHOW}[^\r\n]{{0,80}}?[.!,][^\S\r\n]+{_SELF_NAMED}"))


def _hosts_introduced(intro: str) -> frozenset[str]:
    """The keys that name the host who names themselves in a transcript's headline and introduction ``intro`` (the
    text above its first label) as the show opens (see ``_HOST_SELF_NAMED``): the whole name and the surname in
    capitals ("DANA RUIZ", "RUIZ" of "I'm Dana Ruiz, and this is Morning Desk."), so that a later "RUIZ:" asks as
    "DANA RUIZ, HOST:" would. Only the first ``INTRO_CHARS`` characters are read."""
    if "I" not in intro:
        return frozenset()
    hosts: set[str] = set()
    for pattern in _HOST_SELF_NAMED:
        for found in pattern.finditer(intro, 0, INTRO_CHARS):
            words = found.group(1).upper().split()
            hosts.update({" ".join(words), words[-1]})
    return frozenset(hosts)


def _hosts_labelled(labels: list[_Label], counted: list[bool]) -> frozenset[str]:
    """The keys that name an interviewer whom a counted label of ``labels`` names in full with a host's role ("ANA
    RUIZ, HOST", "TOM VANCE, CORRESPONDENT", "TOM VANCE — HOST"): the whole name and the surname ("ANA RUIZ",
    "RUIZ"), so that a later "RUIZ:" asks as "ANA RUIZ, HOST:" did. A label of a role ("ABC NEWS ANCHOR",
    "REPORTER FROM TASS") names no one by it."""
    hosts: set[str] = set()
    for label, counts in zip(labels, counted):
        words = label.key.split()
        if (counts and label.kind == "interviewer" and len(words) >= 2
                and not any(word.strip(".'’-").lower() in SPEAKER_ROLES for word in words)):
            hosts.update({label.key, words[-1]})
    return frozenset(hosts)


def _introduced_posts(text: str, bounds: Sequence[tuple[int, int]]) -> list[SpeakerTurn]:
    """The social posts of ``text`` pasted unquoted after a colon that ends a line's verb of posting ("Mirela Haskins
    tweeted:", "Haskins wrote on X:", "Haskins posted on Monday night:"), with no sign-off below them, as turns of the
    names written just before the verb, or before a description set apart by commas ("Haskins, the union's leader,
    tweeted:"; see :func:`_poster_named`) (kind "posted"): the words after the colon, on its line or the next, up to
    the end of their line, when that is at most ``_POST_CHARS`` characters. Nothing
    when those words open with a quotation mark (a quotation, credited as such), the verb has no capitalised name
    before it ("He tweeted:", "The ministry posted:") or the post's words run into no sentence."""
    if ":" not in text:
        return []
    posts: list[SpeakerTurn] = []
    starts = [start for start, _ in bounds]
    for intro in _POST_INTRO.finditer(text):
        name = _poster_named(text, intro.start())
        gap = _SPACE_AFTER.match(text, intro.end())
        words = gap.end() if gap else intro.end()
        if name is None or words >= len(text) or text[words] in _OPENERS:
            continue
        first = bisect_left(starts, words + 1) - 1
        if first < 0 or bounds[first][1] <= words:
            continue
        line = _LINE.search(text, words, words + _POST_CHARS + 1)  # no further: a long line is no post, read once
        end = line.start() if line else len(text)
        if end - words > _POST_CHARS:
            continue
        posts.append(SpeakerTurn(first, bisect_left(starts, end), name, words, "posted"))
    return posts


def _poster_named(text: str, verb: int) -> str | None:
    """The name written on the line just before a verb of posting at ``verb`` ("Mirela Haskins" of "On Monday Mirela
    Haskins tweeted:"), perhaps before a description set apart by commas ("Mirela Haskins, the union's leader,
    tweeted:": see ``_POSTER_ASIDE``): one to four capitalised words, without the words that open a sentence or say
    when (``_NOT_POSTERS``), or ``None``."""
    line = text.rfind("\n", max(0, verb - _POSTER_REACH - _POSTER_ASIDE_CHARS), verb) + 1
    aside = _POSTER_ASIDE.search(text, max(line, verb - _POSTER_ASIDE_CHARS - 8), verb)
    before = aside.start() if aside else verb
    found = _POSTER.search(text, max(line, before - _POSTER_REACH), before)
    if found is None:
        return None
    words = found.group(1).split()
    while words and words[0] in _NOT_POSTERS:
        words.pop(0)
    return " ".join(words) or None


def _post_turns(text: str, bounds: Sequence[tuple[int, int]]) -> list[SpeakerTurn]:
    """The embedded social posts of ``text`` as turns of the account holders their sign-offs name (see
    :func:`_post_sign_off`), each ending before its sign-off: the sentences after the line that introduces the post
    with a colon ("Mirela Haskins posted on X:") when one stands at most ``_POST_CHARS`` characters above the sign-off,
    else those of the paragraph that holds the line above the sign-off, when it starts that near."""
    if "(@" not in text:
        return []  # the usual case: no handle anywhere
    posts: list[SpeakerTurn] = []
    floor = 0  # the first sentence after the last sign-off: no post reaches above it
    for k, (start, end) in enumerate(bounds):
        if text[start] not in _DASHES or "(@" not in text[start:end]:
            continue
        line = _line_of(text, bounds, k)
        if line is None or line[0] != start:
            continue
        name = _post_sign_off(text, *line)
        if name is None:
            continue
        first = _post_start(text, bounds, k, floor)
        if first is not None:
            posts.append(SpeakerTurn(first, k, name, bounds[first][0], "post"))
        floor = bisect_left(bounds, line[1], key=itemgetter(1)) + 1  # past the sign-off's line
    return posts


def _post_start(text: str, bounds: Sequence[tuple[int, int]], k: int, floor: int) -> int | None:
    """The first sentence of the post whose sign-off is sentence ``k`` (see :func:`_post_turns`), not above ``floor``:
    after the line introducing it with a colon, any such line in the paragraph of the post's last line, one naming a
    platform or a verb of posting ("posted on X:", "wrote:") further up; else that paragraph's first. ``None`` when
    nothing stands above the sign-off or the post's start lies too far above it."""
    paragraph = None  # where the paragraph of the post's last line starts
    i = k - 1
    while i >= floor and bounds[k][0] - bounds[i][0] <= _POST_CHARS:
        start, end = bounds[i]
        if (text[end - 1] == ":" and _LINE.search(text, end, bounds[i + 1][0])
                and (paragraph is None or _POST_WORDS & set(re.findall(r"\w+", text[start:end].lower())))):
            return i + 1 if i + 1 < k else None  # "Mirela Haskins posted on X:", ending its line
        if paragraph is None and (i == floor or PARAGRAPH_BREAK.search(text, bounds[i - 1][1], start)):
            paragraph = i
        i -= 1
    return paragraph


def _post_sign_off(text: str, start: int, end: int) -> str | None:
    """The account holder's name that the line ``text[start:end]`` signs an embedded post with, when it is one: a dash,
    the name, the handle in brackets and the date ("— Mirela Haskins (@mhaskins) May 3, 2026"); else ``None``."""
    found = _POST_SIGN_OFF.fullmatch(text, start, end)
    if found is None or not any(ch.isalpha() for ch in found.group("name")):
        return None
    return found.group("name") if _is_when(text, found.start("when"), end) else None


def spoken_sentences(turns: Sequence[SpeakerTurn], count: int) -> list[bool]:
    """Whether each of ``count`` sentences is in one of ``turns`` (see :func:`speaker_turns`): a speaker's words,
    not the writer's."""
    spoken = [False] * count
    for turn in turns:
        spoken[turn.first:turn.last] = [True] * (turn.last - turn.first)
    return spoken


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


#: A broadcast transcript's line that marks a clip played or a break ("(BEGIN VIDEO CLIP)", "(END VIDEOTAPE)",
#: "(BEGIN AUDIO CLIP)", "(COMMERCIAL BREAK)"): what follows it unlabelled is no longer the last speaker's words.
_CLIP_CUE = re.compile(r"\((?:(?:BEGIN|END)[^\S\r\n]+(?:(?:VIDEO|AUDIO)[^\S\r\n]*(?:CLIP|TAPE)|CLIP)"
                       r"|COMMERCIAL[^\S\r\n]+BREAK)\)")


def _cut_at_clips(text: str, bounds: Sequence[tuple[int, int]], turns: list[SpeakerTurn]) -> list[SpeakerTurn]:
    """``turns``, each ended before the first sentence inside it that is a clip's or a break's cue alone (see
    ``_CLIP_CUE``): a host's turn does not run on into the words of the mayor's clip played after it."""
    if not turns:
        return turns
    cues = [index for index, (start, end) in enumerate(bounds) if _CLIP_CUE.fullmatch(text, start, end)]
    if not cues:
        return turns
    cut = []
    for turn in turns:
        k = bisect_right(cues, turn.first)
        cut.append(turn._replace(last=cues[k]) if k < len(cues) and cues[k] < turn.last else turn)
    return cut


def _before(turn: SpeakerTurn, note: int | None) -> SpeakerTurn:
    """``turn`` ended before sentence ``note`` (a closing note) when it runs on over it."""
    return turn._replace(last=note) if note is not None and turn.first < note < turn.last else turn


def _speaker_key(label: _Label) -> str:
    """What the turns of one speaker share: the label's words, or the kind of a Q or A ("Q", "QUESTION")."""
    return label.kind if label.kind in ("question", "answer") else label.key


def _within_paragraph(text: str, bounds: Sequence[tuple[int, int]], turn: SpeakerTurn) -> SpeakerTurn:
    """``turn`` ended with the paragraph its label opens in, or that of its words below a label alone in its
    paragraph (see :func:`_label_above_blank`)."""
    end = PARAGRAPH_BREAK.search(text, max(bounds[turn.first][1], turn.words), bounds[turn.last - 1][1])
    if end is None:
        return turn
    return turn._replace(last=bisect_left(bounds, end.end(), turn.first, turn.last, key=itemgetter(0)))


def _sentence_labels(text: str, bounds: Sequence[tuple[int, int]],
                     quotes: Sequence[tuple[int, int]]) -> list[tuple[int, _Label]]:
    """Each sentence of ``text`` opened by a label outside ``quotes``, with the label, in order (see
    :func:`_labels_read`), a heading's word alone in capitals that is the surname of a name another label gives
    read as that person's ("PRICE:" below "DAN PRICE, BYLINE:", not a heading's "PRICE:"), and so is a production cue
    that the text also writes in title case, as a name ("VOS:" where it names "Piet Vos": see ``_PRODUCTION_CUES``)."""
    labels = _letter_voices(list(_labels_read(text, bounds, quotes)))
    surnames = {label.label.partition(",")[0].split()[-1] for _, label in labels
                if label.kind != "heading" and len(label.label.partition(",")[0].split()) >= 2}
    for cue in {label.label for _, label in labels} & _PRODUCTION_CUES:
        if re.search(rf"\b{cue.title()}\b", text):
            surnames.add(cue)  # "VOS:" where "His lawyer Piet Vos joins us" is the lawyer's, no cue
    return [(index, _surname_label(label) if label.kind == "heading" and label.label in surnames else label)
            for index, label in labels]


def _surname_label(label: _Label) -> _Label:
    """The heading's ``label``, one word in capitals, read as a speaker's label of that surname (see
    :func:`_sentence_labels`)."""
    return _Label(label.end, label.label, "speaker", True, False, label.label.upper(), False, label.first_person)


def _labels_read(text: str, bounds: Sequence[tuple[int, int]],
                 quotes: Sequence[tuple[int, int]]) -> Iterator[tuple[int, _Label]]:
    """Each sentence of ``text`` opened by a label outside ``quotes``, with the label: any at a line's start, only Q
    and A inside a line. A label is read within its sentence, or for a label alone on its line (see
    :func:`_label_line`) through to the words of the sentence below it, so that it counts as it would opening that
    sentence's line, or across one blank line for a name and role in capitals (see :func:`_label_above_blank`)."""
    colons = [found.start() for found in _LABEL_COLON.finditer(text)]
    # a court transcript's "Q." and "A." (see _stopped_label), read where its heading names whom it examines
    stops = ("Q. " in text or "A. " in text) and _EXAMINATION_OF.search(text, 0, INTRO_CHARS) is not None
    if not colons and not stops:
        return
    q = 0
    for index, (start, end) in enumerate(bounds):
        near = bisect_left(colons, start)
        stopped = _stopped_label(text, start) if stops else None
        if stopped is None and (near == len(colons) or colons[near] >= start + _LABEL_REACH):
            continue  # no colon a label could end with: the regular expressions need not run (most copy)
        while q < len(quotes) and quotes[q][1] <= start:
            q += 1
        if q < len(quotes) and quotes[q][0] <= start:
            continue  # a transcript quoted: its labels are the quotation's words
        found = (stopped or _read_label(text, start, bounds[index + 1][1] if _label_line(text, bounds, index) else end)
                 or _label_above_blank(text, bounds, index) or _letter_label(text, start))
        if found is not None and (found.kind in ("question", "answer") or _one_letter(found)
                                  or _opens_line(text, start)):
            yield index, found._replace(first_person=_in_first_person(text, start + found.end))


#: A court transcript's heading naming whom it examines, in its first ``INTRO_CHARS`` characters: "Cross-examination
#: of Ana Ruiz", "Direct examination of Dr. Ana Ruiz", "EXAMINATION OF ANA RUIZ".
_EXAMINATION_OF = re.compile(r"\b(?:(?:[Cc]ross|[Dd]irect|[Rr]edirect|[Rr]ecross|CROSS|DIRECT)[- ])?"
                             r"(?:[Ee]xamination|EXAMINATION)[^\S\r\n]+(?:of|OF)[^\S\r\n]+[A-Z]")


def _stopped_label(text: str, start: int) -> _Label | None:
    """The label of a court transcript's question or answer written with a stop, "Q. " or "A. ", opening the line of
    the sentence at ``start``, where the nearest line with words above or below it opens with the other (see
    :func:`_transcript_label`): a question's or answer's label as "Q: " and "A: " are, read only where the text's
    heading names whom it examines (see ``_EXAMINATION_OF``), whose answers they are (framing.profile credits them
    by :func:`framing.sources.interviewee_mention`); elsewhere ("Brandt described the call:" above them) no label,
    as before. ``None`` for none."""
    found = _QA_LABEL.match(text, start)
    if found is None or not _opens_line(text, start) or not _transcript_label(text, found.end(1)):
        return None
    end = (_next_visible(text, found.end()) or found.end()) - start
    letter = found.group(1)
    return _Label(end, letter, "question" if letter == "Q" else "answer", True, False, letter)


#: A voice's label of one capital letter but Q and A (which are a question's and an answer's: see ``_QA_LABEL``) and
#: a colon, opening a sentence, past a turn mark or time code: "F: ", "M: ", as some transcripts label a woman's and a
#: man's voice; the letter in group 1.
_LETTER_VOICE = re.compile(r"([B-PR-Z]):[^\S\r\n]+(?=\S)")


def _letter_label(text: str, start: int) -> _Label | None:
    """The label of one capital letter opening the sentence at ``start`` (see ``_LETTER_VOICE``), read as a speaker's
    in title case is (counting only in a transcript), keyed by the letter; it counts only where two such letters take
    turns (see :func:`_letter_voices`). ``None`` for none."""
    mark = _TURN_MARK.match(text, start)
    found = _LETTER_VOICE.match(text, mark.end() if mark else start)
    return None if found is None else _Label(found.end() - start, found.group(1), "speaker", False, False, found[1])


def _one_letter(label: _Label) -> bool:
    """Whether ``label`` is a voice's label of one capital letter (see :func:`_letter_label`)."""
    return label.kind == "speaker" and len(label.key) == 1


def _letter_voices(labels: list[tuple[int, _Label]]) -> list[tuple[int, _Label]]:
    """``labels`` without those of one letter (see :func:`_letter_label`) unless two letters, and no other, take
    turns, each twice or more ("F: Did you sign it? M: I never saw it. F: Not once? M: Not once."): two voices of a
    transcript. A list's letters ("B: Porto." after "A: Lisbon."), a third letter or a letter twice in a row are no
    voices."""
    letters = [label.key for _, label in labels if _one_letter(label)]
    if not letters:
        return labels
    voices = (len(set(letters)) == 2 and len(letters) >= 4
              and all(one != two for one, two in zip(letters, letters[1:])))
    return labels if voices else [(index, label) for index, label in labels if not _one_letter(label)]


def _in_first_person(text: str, start: int) -> bool:
    """Whether the words of a label's line, from ``start`` to the line's end (at most ``_TURN_WORDS_REACH``
    characters), say "I", "we", "me", "my", "us" or "our" outside quotation marks, as a speaker's own words do and a
    writer's list does not ("MARK TOLL, goalkeeper: Made two fine saves." is a rating, not his words)."""
    line = _LINE.search(text, start, start + _TURN_WORDS_REACH)
    words = QUOTED_RUN.sub(" ", text[start:line.start() if line else start + _TURN_WORDS_REACH])
    return _FIRST_PERSON.search(words) is not None


def _label_line(text: str, bounds: Sequence[tuple[int, int]], index: int) -> bool:
    """Whether sentence ``index`` ends in a colon and the next one starts on the following line without a label of
    its own (another speaker's, a Q or A, a heading's): a label alone on its line may stand above its words."""
    end = bounds[index][1]
    return (text[end - 1:end] == ":" and index + 1 < len(bounds)
            and _ONE_BREAK.fullmatch(text, end, bounds[index + 1][0]) is not None
            and _read_label(text, bounds[index + 1][0]) is None)


def _label_above_blank(text: str, bounds: Sequence[tuple[int, int]], index: int) -> _Label | None:
    """The label that sentence ``index`` is, alone in its paragraph above its words across one blank line, when it is
    a name in capitals and a role after a comma ("MARY KELSO, HOST:", as public radio sets its host's), or a host's
    role alone in capitals ("HOST:", "ANCHOR:", see ``INTERVIEWER_ROLES``) above a paragraph with no label of its own
    (the host's words, the next speaker's label past a blank line as public radio sets it; not "HOST:", a blank line,
    then "Is the pier safe?" above "GUEST: Yes."), which count alone (see :func:`speaker_turns`), and the sentence
    below opens with no label of its own; else ``None`` (another role alone, "SPEAKER:", or a name alone, "MARY
    KELSO:", there stays no label, as before). Its turn opens with the label's sentence, which stays one of its own
    (the segmenter joins no paragraphs), and runs over the paragraph below."""
    end = bounds[index][1]
    if text[end - 1:end] != ":" or index + 1 == len(bounds) or _read_label(text, bounds[index + 1][0]) is not None:
        return None
    found = _read_label(text, bounds[index][0], bounds[index + 1][1], _LABEL_ABOVE_BLANK)
    if found is None or not found.strong:
        return None
    host = found.key.lower() in INTERVIEWER_ROLES and _unlabelled_paragraph(text, bounds[index + 1][0])
    return found if found.described or host else None


def _unlabelled_paragraph(text: str, start: int) -> bool:
    """Whether no line of the paragraph that starts at ``start`` after its first opens with a label (see
    :func:`_read_label`)."""
    end = PARAGRAPH_BREAK.search(text, start)
    stop = end.start() if end else len(text)
    return not any(_read_label(text, line.end()) for line in _LINE.finditer(text, start, stop))


def _join_label_lines(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``bounds`` with each speaker's label alone on its line ("MS. LIN:") joined to the sentence that starts on the
    next line, so that the two are one sentence, as they are when the label opens that sentence's line: a label
    that counts by the rules of :func:`speaker_turns`, or one that the model leaves out of what it reads wherever
    it stands ("Q:" without an "A:", see :func:`lead_length`). Any other line ending in a colon (a heading, a list's
    introduction, a dateline that counts for no one, a label inside quotation marks, above a blank line or at the
    text's end) stays a sentence of its own."""
    lines = {index for index in range(len(bounds)) if _label_line(text, bounds, index)}
    if not lines:
        return bounds  # the usual case: no line ends in a colon above another
    labels = list(_sentence_labels(text, bounds, quoted_regions(text)))
    # a label alone on its line: its words start past its sentence ("HOST: Here are the points:" is no such line)
    intro = text[:bounds[labels[0][0]][0]] if labels else ""
    labels = _outlets_asking(labels, intro, text)
    joined = {index for (index, label), counts in zip(labels, _counted_labels([label for _, label in labels], intro))
              if index in lines and (counts or _unmistakable(label))
              and bounds[index][0] + label.end > bounds[index][1]}
    merged: list[tuple[int, int]] = []
    for index, (start, end) in enumerate(bounds):
        if index - 1 in joined and merged[-1][0] == bounds[index - 1][0]:
            merged[-1] = (merged[-1][0], end)  # the label's words (unless the label itself went below another)
        else:
            merged.append((start, end))
    return merged


def _counted_labels(labels: list[_Label], intro: str) -> list[bool]:
    """Which of ``labels`` (in the text's order) name a speaker, by the rules of :func:`speaker_turns`; ``intro``:
    the text above the first label, its headline and introduction."""
    briefing = _briefing_exchange([label for label in labels if label.kind != "heading"])
    # an outlet's label in mixed case ("BBC News:") counts in a briefing only, and makes no other text a transcript
    speakers = [label for label in labels if label.kind != "heading" and not label.outlet]
    asked = {label.kind for label in speakers if label.kind in ("question", "answer")}
    paired = len(asked) == 2
    lines = Counter(label.key for label in speakers if label.kind not in ("question", "answer"))
    # capitals without a role or title may name places ("LISBON: ", "MADRID: " in a roundup): not the label that recurs
    # a name in capitals described ("MARA VELLIN, former aide:") counts towards a transcript only where two people
    # speak in the first person: a writer's list of names described is none ("MARK TOLL, goalkeeper: Safe hands." and
    # "MARK TOLL, second half: Dire." rate a player; a cast list; election results)
    spoken = len({label.key for label in speakers if label.first_person and label.kind not in ("question", "answer")})
    voiced = Counter(label.key for label in speakers
                     if label.kind not in ("question", "answer") and not (label.alone and not label.strong)
                     and not (label.described and spoken < 2))
    # such a name described once that opens another line ("MARA VELLIN:")
    described = spoken >= 2 and any(label.described and lines[label.key] >= 2 for label in speakers)
    transcript = (paired or any(label.strong for label in speakers)
                  or (len(lines) >= 2 and max(voiced.values(), default=0) >= 2)
                  or described or _named_exchange(speakers, lines, intro))
    first = speakers[0] if speakers else None
    return [paired if label.kind in ("question", "answer")
            else label.kind != "heading" and (label.strong or briefing or (
                not label.outlet and transcript
                and (lines[label.key] >= 2 or ((label.alone or label.described) and label is not first))))
            for label in labels]


def _briefing_exchange(speakers: list[_Label]) -> bool:
    """Whether ``speakers``' labels are a briefing's exchange, every label of which names a speaker, in title case or
    capitals: journalists asking, labelled by a host's or reporter's role or by their outlet ("Reporter from AFP:",
    "Reporter:", "AFP:", "Reuters:"), and one answerer ("Spokesperson Lin:", "Lin Wei:", "LIN WEI:"), the two taking
    turns, each twice or more, with no Q or A; an asker's label may open one line only."""
    if len(speakers) < 4 or any(label.kind in ("question", "answer") for label in speakers):
        return False
    if not _one_person({label.key for label in speakers if label.kind != "interviewer"}):
        return False
    return all((one.kind == "interviewer") != (two.kind == "interviewer") for one, two in zip(speakers, speakers[1:]))


def _one_person(keys: set[str]) -> bool:
    """Whether the labels' ``keys`` name one person: one key, or keys whose words, past a role or title ("SPOKESPERSON
    WANG", "MR. WANG"), all stand in the longest of them ("WANG LEI"): a briefing's answerer labelled by name and
    then by role and surname."""
    if len(keys) <= 1:
        return len(keys) == 1
    names = [frozenset(word for word in key.split() if word.rstrip(".").lower() not in _ANSWERER_TITLES)
             for key in keys]
    longest = max(names, key=len)
    return all(name and name <= longest for name in names)


#: Words of a briefing's or press conference's heading or introduction ("Regular Press Conference on June 3").
_BRIEFING_NAMED = re.compile(r"\b(?:briefing|press[^\S\r\n]+conference|news[^\S\r\n]+conference)\b", re.I)


def _outlets_asking(labels: list[tuple[int, _Label]], intro: str, text: str) -> list[tuple[int, _Label]]:
    """``labels`` (each sentence's position and label, in order) with the outlets asking at a briefing made
    interviewers: where one answerer's label ("Tao Mingyu:", "Spokesperson Tao:") takes turns, twice or more, with
    askers' labels that name no agency and no reporter's role but an outlet ("CCTV:", "Global Times:",
    "Bloomberg:", see :func:`names_outlet`), more than half of them outlets so named and none read as a person's
    (see :func:`_reads_as_person`: "Tom Vance:", "Senator Vance:"; "VANCE:" is no outlet's where the text
    ``text`` names Tom Vance), nor a role or title in capitals ("SEN. ROE:"), so that one outlet no list knows
    ("Zephrana:") loses no interviewer; and either another asker's label is a journalist's ("AFP:", "Reporter
    from AFP:", "Reporter:"; a host's, "ANCHOR:", is none) or the askers are two or more and the headline or
    introduction ``intro`` names a briefing or press conference. With no Q or A, so that the journalists' labels
    count and their questions are theirs (see :func:`_briefing_exchange`); any other ``labels`` as given: people
    who take turns with one speaker at a news conference are no journalists for that."""
    speakers = [label for _, label in labels if label.kind != "heading"]
    if len(speakers) < 4 or any(label.kind in ("question", "answer") for label in speakers):
        return labels
    named, people = intro_names(intro), _people_named(text)
    for side in (0, 1):
        answers, asked = speakers[1 - side::2], speakers[side::2]
        answerer = {label.key for label in answers}
        askers = {label.key for label in asked}
        if (_one_person(answerer) and answers[0].kind != "interviewer" and not answerer & askers
                and not any(label.strong and label.kind != "interviewer" for label in asked)
                and not any(_reads_as_person(label, named, people) for label in asked)
                and 2 * len({label.key for label in asked if label.kind == "interviewer" or _journalist(label)
                             or names_outlet(label.label)}) > len(askers)
                and (any(_journalist(label) for label in asked)
                     or (len(askers) >= 2 and _BRIEFING_NAMED.search(intro, 0, INTRO_CHARS) is not None))):
            return [(index, label._replace(kind="interviewer") if label.key in askers else label)
                    for index, label in labels]
    return labels


def _reads_as_person(label: _Label, named: dict[str, str | None], people: frozenset[str]) -> bool:
    """Whether ``label`` reads as a person's name rather than an outlet's: opened by a known given name ("Carl
    Dune", "TOM:"; see :func:`framing.given_names.given_name_sex`), a speaker's title ("Mr Vance", "Dr. Holm") or a
    title or office before a name ("Senator Vance", "Mayor Tom Vance", "Sir Tom"; see ``_PERSON_TITLE_WORDS``),
    a person's whole name or surname that the headline or introduction names (``named``, see
    :func:`intro_names`), or a surname written after a given name or title anywhere in the text (``people``, see
    :func:`_people_named`: "Vance:" where "Senator Tom Vance" is named); not where it names an outlet all the same
    (see :func:`names_outlet`)."""
    words = label.label.split()
    if not words or names_outlet(label.label):
        return False
    title = words[0] if words[0].endswith(".") else words[0] + "."
    return (given_name_sex(words[0]) is not None or title.capitalize() in _SPEAKER_TITLES
            or (len(words) > 1 and words[0].rstrip(".").lower() in _PERSON_TITLE_WORDS)
            or " ".join(words).upper() in named or " ".join(words).upper() in people)


#: Titles and offices written before a person's name in a label, lower case ("Senator Vance", "Sir Tom").
_PERSON_TITLE_WORDS = _LABEL_TITLES | frozenset("""sir lady lord dame senator councillor councilor councilman
    councilwoman alderman alderwoman mayor governor congressman congresswoman representative assemblyman
    assemblywoman minister premier president chancellor judge justice professor doctor colonel captain sergeant
    commissioner sheriff ambassador reverend father bishop rabbi imam""".split())


#: Roles and titles before an answerer's name in a briefing's label ("Spokesperson Wang", "Mr. Wang"), lower case.
_ANSWERER_TITLES = _PERSON_TITLE_WORDS | SPEAKER_ROLES


def _people_named(text: str) -> frozenset[str]:
    """The surnames, in capitals, that ``text`` writes after a known given name or a title of
    ``_PERSON_TITLE_WORDS`` in a run of capitalised words ("VANCE" of "Senator Tom Vance" or "Tom Vance"): people,
    whose bare surname as a label is no outlet's."""
    found: set[str] = set()
    for run in _NAME_RUN.finditer(text):
        words = [_POSSESSIVE_END.sub("", word) for word in run.group().split()]
        if len(words) > 1 and (given_name_sex(words[-2]) is not None
                               or words[-2].rstrip(".").lower() in _PERSON_TITLE_WORDS):
            found.add(words[-1].upper())
    return frozenset(found)


def _journalist(label: _Label) -> bool:
    """Whether ``label`` names a journalist asking at a briefing: a news agency ("AFP", "Reuters") or a reporter's
    role ("Reporter", "Reporter from AFP", "CORRESPONDENT"); not a host's ("ANCHOR", "MODERATOR")."""
    return (_agency_label(label.label) or _OUTLET_LABEL.fullmatch(label.label) is not None
            or any(word in ("REPORTER", "JOURNALIST", "CORRESPONDENT") for word in label.key.split()))


#: Words of a newspaper's masthead that no common given name or surname is, lower case ("Kessel Times", "Daily
#: Harbour", "Varna Herald"): a briefing's asker (see :func:`names_outlet`) and what "the paper" may mean in
#: framing.sources both read them.
MASTHEAD_WORDS = frozenset("""times post daily herald tribune gazette telegraph guardian chronicle observer courier
    examiner inquirer dispatch ledger sentinel bulletin globe mail mirror express press""".split())
#: Last words of a news outlet's name, lower case: "Global Times", "China Daily", "Kessel Herald", "Morlan Radio".
_OUTLET_WORDS = MASTHEAD_WORDS | frozenset(
    "news journal radio television tv channel magazine media network weekly".split())
#: Outlets often asking at a briefing whose names end in no masthead's word and are no initials without a vowel
#: ("Al Jazeera", "Le Monde", "ITV"), lower case; two words that end a name ("China News Service", "Hubei Media
#: Group"), which either alone does not ("Secret Service", "Kessel Group").
_OUTLET_NAMES = frozenset({
    "al jazeera", "al arabiya", "politico", "axios", "sputnik", "ria novosti", "nikkei", "yomiuri", "asahi",
    "mainichi", "asahi shimbun", "yomiuri shimbun", "mainichi shimbun", "le monde", "le figaro", "der spiegel",
    "euronews", "deutsche welle", "france 24", "prasar bharati", "caixin", "arirang", "itv", "abc", "rte", "voa",
    "rai", "ani news"})
_OUTLET_ENDINGS = frozenset({"news service", "media group", "broadcasting corporation", "broadcasting service"})
#: News agencies' words for agencies in general, which name no one outlet.
_AGENCIES_IN_GENERAL = frozenset({"agencies", "wires", "news agencies", "wire services"})
#: A broadcaster's or paper's initials in capitals, three to six letters with no vowel ("CCTV", "BBC", "NHK",
#: "CGTN"), which no surname in capitals ("KELL", "RUIZ", "WYNN") is.
_OUTLET_INITIALS = re.compile(r"[B-DF-HJ-NP-TV-XZ]{3,6}")


def names_outlet(name: str) -> bool:
    """Whether ``name`` (a speaker's label or a name in a transcript's introduction, as written) reads as a news
    outlet's, not a person's, a role's or another body's: a news agency (:data:`NEWS_AGENCIES`; in title case one of
    five letters or more, "Bloomberg", not "Ani"), a name ending in a masthead's or broadcaster's word ("Global
    Times", "Aldane Herald", "Morlan Radio", "China News Service"), initials in capitals with no vowel ("CCTV",
    "NHK"), or one of a few outlets named otherwise ("Al Jazeera", "Le Monde", "ITV", see ``_OUTLET_NAMES``). So
    that only an outlet is taken to ask where people taking turns might as well be arguing ("Tom Vance:", "Hollow
    Boys")."""
    written = " ".join(name.split())
    low = written.lower()
    if low in NEWS_AGENCIES and low not in _AGENCIES_IN_GENERAL:
        return not any(ch.islower() for ch in written) or len(low) >= 5
    if low in _OUTLET_NAMES:
        return len(low) > 3 or written.isupper()  # "ITV", not "Abc"
    return (low.rsplit(" ", 1)[-1] in _OUTLET_WORDS or " ".join(low.split()[-2:]) in _OUTLET_ENDINGS
            or _OUTLET_INITIALS.fullmatch(written) is not None)


def _named_exchange(speakers: list[_Label], lines: Counter[str], intro: str) -> bool:
    """Whether ``speakers``' labels (``lines``: how many lines each key opens) are an exchange between people named
    in capitals alone ("CARL DUNE:", "HOLM:"), which no place roundup is: only capitals without a role or title, two
    or more keys that each open two lines or more, no key opening two labelled lines in a row, and one of them the
    whole name or surname of a person the headline or introduction ``intro`` names in full ("Mayor Dana Holm" for
    "DANA HOLM:" or "HOLM:")."""
    if (len(lines) < 2 or min(lines.values()) < 2
            or any(not label.alone or label.strong or label.kind in ("question", "answer") for label in speakers)
            or any(one.key == two.key for one, two in zip(speakers, speakers[1:]))):
        return False
    named = intro_names(intro)
    return any(key in named for key in lines)


def intro_names(intro: str) -> dict[str, str | None]:
    """The people a transcript's headline and introduction ``intro`` (the text above its first label) name in full,
    as a label in capitals would name them: each whole name or surname in capitals ("DANA HOLM", "HOLM" of "Mayor
    Dana Holm") with the name as written from the given name on ("Dana Holm"), or ``None`` where two people share
    it. A name is two capitalised words or more on one line (name particles between them), past a sentence's word
    ("The Herald" is none); only the first ``INTRO_CHARS`` characters are read."""
    named: dict[str, str | None] = {}
    for run in _NAME_RUN.finditer(intro, 0, INTRO_CHARS):
        words = [_POSSESSIVE_END.sub("", word) for word in run.group().split()]
        while words and words[0].lower() in _NOT_SPEAKER_WORDS:
            words.pop(0)  # "The Herald", "In Morlan": a sentence's word before a name
        if len(words) < 2:
            continue
        for k in range(len(words)):
            given = min(k, len(words) - 2)  # a surname alone is named from the word before it, past particles
            while given > 0 and words[given] in NAME_PARTICLES:
                given -= 1
            key, name = " ".join(words[k:]).upper(), " ".join(words[given:])
            named[key] = name if named.get(key, name) == name else None
    return named


def _opens_line(text: str, start: int) -> bool:
    """Whether only blanks stand between ``start`` and the line break (or the text's start) before it."""
    at = start
    while at > 0 and text[at - 1] not in "\r\n" and _BLANK.match(text, at - 1):
        at -= 1
    return at == 0 or text[at - 1] in "\r\n"


def _read_label(text: str, start: int, stop: int | None = None, form: re.Pattern[str] = _LABEL_AT) -> _Label | None:
    """The label opening ``text`` at ``start`` (see :func:`speaker_turns`), past a turn mark or time code before it
    (see ``_TURN_MARK``: ">> ", "[00:00:05] "), its words before ``stop`` (the text's end when ``None``), or ``None``
    when there is none: no label's form, or words in lower case ("The reason: cost."), figures ("10:30"), a
    sentence's word, or nothing after the colon on its line or the next (a blank line or the text's end after a
    label alone on its line; ``form`` ``_LABEL_ABOVE_BLANK`` reads across one blank line)."""
    mark = _TURN_MARK.match(text, start)
    at = mark.end() if mark else start
    found = form.match(text, at, min(len(text) if stop is None else stop, start + _LABEL_REACH))
    if found is None:
        return None
    main, aside, tail = found.group("main"), found.group("aside"), found.group("tail")
    label = text[at:found.end()].rstrip().rstrip(":").rstrip()
    end = found.end() - start
    number = found.group("number")
    if number is not None and not _numbered_voice(found):
        return None
    if found.group("dashed") is not None:
        return _dashed_label(end, main, found.group("dashed"), tail)
    if aside is None and tail is None and (main in _QUESTION_LABELS or main in _ANSWER_LABELS):
        kind = "question" if main in _QUESTION_LABELS else "answer"
        return _Label(end, label, kind, main.isupper(), False, main.upper())
    words = main.split() + (tail.replace(",", " ").split() if tail else [])
    bare = [word.strip(".'’-").lower() for word in words]
    if words[0][:1].isupper() and _heading(words, bare):
        return _Label(end, label, "heading", False, False, "")
    if aside is None and tail is None and main in _PRODUCTION_CUES:  # "VOS:", "SOT:": a cue, no one's name
        return _Label(end, label, "heading", False, False, "")
    if aside is None and tail is None and _OUTLET_LABEL.fullmatch(main):  # "Reporter from AFP", "JOURNALIST OF TASS"
        capitals = not any(ch.islower() for ch in main)
        return _Label(end, label, "interviewer", capitals, capitals, " ".join(bare).upper())
    # a description in lower case after a name may hold any word ("RUTH ABARA, director of the county's office"), one
    # in capitals with a role the small words that tie the role to whom it serves ("ATTORNEY FOR GERALD PIKE")
    size = len(main.split())
    named = bare[:size] if tail is not None and any(ch.islower() for ch in tail) else bare
    if any(word in _ROLES_BEFORE_TITLES for word in named[size:]):
        named = named[:size] + _untied(named[size:])
    # so may an office in capitals before a name, after its role ("SECRETARY OF STATE ANA LUSK"; not "THE MINISTER",
    # nor a headline's "SENATOR TO THE RESCUE")
    office = next((k for k, word in enumerate(bare[:size]) if word in SPEAKER_ROLES), None)
    if office is not None and not any(ch.islower() for ch in main):
        after = zip(named[office:], named[office + 1:])
        named = named[:office + 1] + [word for before, word in after if word not in _OFFICE_JOINERS
                                      and not (word == "the" and before in _OFFICE_JOINERS)]
    if any(word in _NOT_SPEAKER_WORDS for word in named):
        return None
    read = _name_label(end, label, main, tail, bare, aside)
    if read is None or number is None:
        return read
    return read._replace(key=f"{read.key} {number}", alone=True, strong=True)  # "Unidentified Female 2" as in capitals


#: The first words of a transcript's label for a voice it cannot name, which it may number ("UNIDENTIFIED MALE 2").
_UNNAMED_VOICE = frozenset({"unidentified", "unknown"})


def _numbered_voice(found: re.Match[str]) -> bool:
    """Whether the label ``found`` with a number after its words is a voice the transcript cannot name and numbers
    ("UNIDENTIFIED MALE 2", "Unidentified Female 1"), read as the label without its number is and keyed with the
    number, each number one voice, and a speaker's label on its own in title case as in capitals (the number makes it
    no line's opening words); a number after any other label makes none ("ROUND 2: ", "PART 1: ")."""
    words = found.group("main").split()
    return (len(words) >= 2 and words[0].lower() in _UNNAMED_VOICE and found.group("dashed") is None
            and found.group("tail") is None)


def _untied(role: list[str]) -> list[str]:
    """The words of a role in capitals after a label's comma (``role``, lower case) without the small words that tie
    it to whom it serves (see ``_ROLE_JOINERS``): one just after a role's word or another such word ("ATTORNEY FOR
    GERALD PIKE", "SPOKESWOMAN FOR THE PORT AUTHORITY"), "of" or "to" after any word ("ATTORNEY FOR THE FAMILY OF THE
    VICTIM", "ADVISER TO THE MAYOR"), "and" before a word that is none of them ("HEAD OF SAFETY AND SECURITY"). Any
    other small word stays, so that a heading in capitals holding a role stays a sentence's words ("CITY HALL, MAYOR
    TO FACE THE COUNCIL:", "ELECTION RESULTS, GOVERNOR AND THE SENATE:")."""
    kept: list[str] = []
    tied = False  # the word before is a role's word or a small word dropped
    for at, word in enumerate(role):
        after = role[at + 1] if at + 1 < len(role) else ""
        if word == "and":
            joiner = bool(after) and after not in _ROLE_JOINERS and after not in _NOT_SPEAKER_WORDS
        else:
            joiner = word in _ROLE_JOINERS and (tied or word in ("of", "to"))
        if not joiner:
            kept.append(word)
        tied = joiner or word in _ROLES_BEFORE_TITLES
    return kept


def _heading(words: list[str], bare: list[str]) -> bool:
    """Whether a label's ``words`` (``bare``: lower case, without stops) make a heading or banner: a heading's word
    first ("UPDATE", "Why it matters", "KEY POINTS") or after possessives alone ("Editor's note"); after a title or a
    name it is a surname ("MR. PRICE", "JANE PRICE", "SEN. ANNE KEY" are speakers)."""
    for word, low in zip(words, bare):
        if low in _HEADING_WORDS:
            return True
        if not word.upper().endswith(("'S", "’S", "'", "’")):
            return False
    return False


def _name_label(end: int, label: str, main: str, tail: str | None, bare: list[str],
                aside: str | None = None) -> _Label | None:
    """The label of a speaker named by ``main`` (and ``tail``, after a comma; ``bare``: their words in lower case
    without stops; ``aside``: what stands in brackets after ``main``) as :func:`_read_label` reads it: in capitals,
    two letters at least ("HOST", "SEN. ROE"), with a tail of up to four words in capitals ("STEVE ROE, HOST",
    "WASHINGTON, D.C.") or a description of who they are (see :func:`_description`: "MARA VELLIN, former aide", "RUTH
    ABARA, emergency director, Lessing County"), which marks the label ``described`` and keys it by the name alone,
    as a later "MARA VELLIN:" is; or in title case without a tail ("Roe", "Interviewer"); ``None`` for any other. A
    name in capitals of two words or more with a politician's party and state in brackets (see ``_PARTY_ASIDE``:
    "MAYA OKAFOR (D-NY)", "REPRESENTATIVE TOMAS BRILL (R-OH)") is a speaker's on its own, as a TV caption sets it,
    as is one with a role or a title."""
    key = " ".join(bare).upper()
    filed = tail is not None and any(word in _FILING_ROLES for word in bare[len(main.split()):])
    kind = ("interviewer" if any(word in INTERVIEWER_ROLES for word in bare) or _agency_label(main) or filed
            or (len(bare) == 1 and bare[0] in HOST_LABELS) else "speaker")
    if any(ch.islower() for ch in main) or sum(ch.isalpha() for ch in main) < 2:
        if tail is not None:
            return _comma_role_label(end, main, tail)
        if _title_case_name(main.split()):
            return _Label(end, label, kind, False, False, key)
        # an outlet's name in mixed case ("Dragon TV", "RIA Novosti": see names_outlet), which counts only where it
        # asks at a briefing (see _counted_labels)
        return _Label(end, label, kind, False, False, key, outlet=True) if names_outlet(main) else None
    described = tail is not None and _description(main, tail)
    if described:
        key = " ".join(bare[:len(main.split())]).upper()
    elif tail is not None and (any(ch.islower() for ch in tail) or "," in tail or len(tail.split()) > 4):
        return None  # only a description of someone named runs longer or in lower case
    if tail is not None and any(ch.islower() for ch in tail):
        return _Label(end, label, kind, False, False, key, True)  # counts in a transcript only: see _counted_labels
    strong = ((bare[0] in _LABEL_TITLES and len(bare) > 1) or any(word in SPEAKER_ROLES for word in bare) or filed
              or (aside is not None and len(main.split()) >= 2 and _PARTY_ASIDE.fullmatch(aside.strip()) is not None))
    return _Label(end, label, kind, True, strong, key, described)


#: A politician's party, perhaps with their state, in brackets after their name in a TV caption: "D-NY", "R-Ohio",
#: "D-N.Y.", "I-VT", "D-NEW YORK", "R".
_PARTY_ASIDE = re.compile(r"[DRI](?:-[A-Za-z][A-Za-z.]*(?:[^\S\r\n][A-Za-z][A-Za-z.]*)?)?")


#: Words in lower case that may join the words of a firm or role after a call transcript's dashes ("Head of Investor
#: Relations", "Vice President and Treasurer", "Bank of the Isles").
_DASHED_JOINERS = frozenset("of and for the & de".split())
#: How a call transcript's dashes part a label's name from its role or firm.
_DASH_SPLIT = re.compile(_LABEL_DASH)
#: Roles that make a label of a role alone its host's, who asks no question but passes them on: an earnings call's
#: "Operator:" (lower case). Such a host, like a "Moderator", is each document's own (see
#: :func:`framing.profile.generic_source`).
HOST_LABELS = frozenset({"operator"})


def _dashed_label(end: int, main: str, dashed: str, tail: str | None) -> _Label | None:
    """The label of an earnings call's speaker named by ``main`` and described after dashes by ``dashed`` (a role, or
    a firm then a role) and ``tail`` (more of the role, after a comma), as :func:`_read_label` reads it: "Ana Ruiz --
    Chief Executive Officer", "Tom Vance -- Kessel Securities -- Analyst", "ANA RUIZ — CEO", "Jo Lee - Vice President,
    Investor Relations". The name, two to four words in title case or in capitals, is the label as shown and its
    key, as "Ana Ruiz:" is; the words after it capitalised (or "of", "and", "&"). One word before the dashes is a
    place, a section or a banner, no name ("KESSEL — MAYOR:", "VIDEO — MAYOR RUIZ:", "Sports -- Results:"), nor is a
    heading's word ("BREAKING NEWS — KESSEL MAYOR:") nor a section's or post's name (see :func:`_person_named`:
    "Forward-Looking Statements -- Legal Department:"). An analyst's label ("-- Analyst") or one whose role is a host's
    or a reporter's ("TOM VANCE — HOST", see ``INTERVIEWER_ROLES``) is an asker's (kind "interviewer"): analysts put
    the questions on a call. In capitals it is a speaker's whatever the text around it, and with a role (see
    ``SPEAKER_ROLES``) makes the text a transcript; in title case it counts in a transcript only, as a name described
    does (see :func:`_counted_labels`). ``None`` for any other."""
    names = main.split()
    words = _DASH_SPLIT.sub(" ", dashed).split() + (tail.replace(",", " ").split() if tail else [])
    bare = [word.strip(".'’-").lower() for word in names]
    capitals = not any(ch.islower() for ch in main)
    if (not 2 <= len(names) <= 4 or any(word in _NOT_SPEAKER_WORDS or word in _HEADING_WORDS for word in bare)
            or not (_title_case_name(names) or (capitals and sum(ch.isalpha() for ch in main) >= 2))
            or not all(word[:1].isupper() or word in _DASHED_JOINERS for word in words) or not _person_named(main)):
        return None
    role = [word.strip(".'’-").lower() for word in words]
    own = [word.strip(".'’-").lower() for word in _DASH_SPLIT.split(dashed)[-1].split()]  # the last part: the role
    kind = ("interviewer" if role[-1] in ("analyst", "analysts") or any(word in INTERVIEWER_ROLES for word in own)
            else "speaker")
    key = " ".join(bare).upper()
    if capitals and not any(ch.islower() for ch in dashed + (tail or "")):
        return _Label(end, main, kind, True, any(word in SPEAKER_ROLES for word in role), key)
    return _Label(end, main, kind, False, False, key, True)


def _comma_role_label(end: int, main: str, tail: str) -> _Label | None:
    """The label of an earnings call's speaker in title case named by ``main`` and described after a comma by
    ``tail``, a role or a firm and a role in title case ("Ana Ruiz, Chief Executive Officer", "Tom Vance, Kessel
    Securities, Analyst"), read as the same label after dashes is (see :func:`_dashed_label`), so that it counts in a
    transcript only; ``None`` where no word of ``tail`` is a role or post ("Lisbon, Portugal", "Jane Roe, Kessel") or
    ``main`` names no person (see :func:`_person_named`: "Forward-Looking Statements, Legal Department")."""
    roles = [word.strip(".'’-").lower() for word in tail.replace(",", " ").split()]
    if not any(role in _ROLES_BEFORE_TITLES or role in _COMPANY_POSTS for role in roles):
        return None
    return _dashed_label(end, main, " -- " + " -- ".join(part.strip() for part in tail.split(",")), None)


#: Words, lower case and singular, that end a heading's or a section's name and no person's ("Forward-Looking
#: Statements", "Safe Harbor", "Financial Results"), besides a heading's word, a post or a body's part ("Legal
#: Department", "Investor Relations": see ``_HEADING_WORDS``, ``_COMPANY_POSTS``).
_SECTION_ENDINGS = frozenset("""statement remark result outlook guidance overview disclosure information notice agenda
    harbor harbour""".split())


def _person_named(main: str) -> bool:
    """Whether a call label's name ``main``, before a comma and a role, names a person: a known given name first
    ("Ana Ruiz"; see :func:`framing.given_names.given_name_sex`), or two words or more whose last is no heading's,
    section's, post's or body's word ("Odrun Vell"; not "Forward-Looking Statements", "Legal Department")."""
    words = main.split()
    if given_name_sex(words[0]) is not None:
        return True
    last = words[-1].strip(".'’-").lower()
    return len(words) >= 2 and not any(form in _HEADING_WORDS or form in _COMPANY_POSTS or form in _SECTION_ENDINGS
                                       for form in (last, last.removesuffix("s")))


def _description(main: str, tail: str) -> bool:
    """Whether ``tail``, after a comma, describes the person a label in capitals ``main`` names: a name of two
    words or more, and a description holding a word in lower case of three letters or more ("former aide", "bus
    driver") or a role in capitals ("DIRECTOR", "HOST", a reporter's "BYLINE"), with no stop but an abbreviation's
    ("Co.", "Dept."): not a
    place's ("WASHINGTON, D.C.", "NEW YORK, N.Y.") nor a sentence going on ("RUTH ABARA, director. Then")."""
    words = tail.replace(",", " ").split()
    if len(main.split()) < 2 or any(word.endswith(".") and len(word) > 5 for word in words):
        return False
    return any((word.isalpha() and word.islower() and len(word) >= 3)
               or word.strip(".").lower() in _ROLES_BEFORE_TITLES | _FILING_ROLES for word in words)


def _agency_label(main: str) -> bool:
    """Whether a label's words ``main`` name a news agency, whose journalist asks at a briefing: in capitals any of
    :data:`NEWS_AGENCIES` but the plural words and names that are also a person's or a place's ("AFP", "AP", "TASS",
    "REUTERS"; not "BLOOMBERG", a candidate in a debate), in title case one of five letters or more ("Reuters",
    "Xinhua", "Associated Press"; not "Ani", a given name)."""
    low = " ".join(main.split()).lower()
    return (low in NEWS_AGENCIES and low not in _NO_ASKERS
            and (not any(ch.islower() for ch in main) or len(low) >= 5))


def _title_case_name(words: list[str]) -> bool:
    """Whether ``words`` read as a name or role in title case: one to four capitalised words or initials, with name
    particles between them ("Jane Roe", "Sen. Roe", "Ana de la Cruz", "Interviewer"; not "Jane ROE" nor "jane")."""
    named = [word[:1].isupper() and (any(ch.islower() for ch in word) or _INITIAL.fullmatch(word) is not None)
             for word in words]
    return (1 <= sum(named) <= 4 and named[0] and named[-1]
            and all(is_name or word in NAME_PARTICLES for word, is_name in zip(words, named)))



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
    r"(?P<role>(?:\s*[,|/•·]\s*|\s+[-–—]\s+|\s+(?:in|for|at|IN|FOR|AT)\s+)\S+(?:\s+\S+){0,7})?")
# Capitalised words that open a phrase of time or manner after "By", not a name ("By Monday Night").
# Months that are also given names ("By April Reyes") are left out.
_NOT_NAMES = frozenset("""the this that these those then now next last early late end noon midnight
    monday tuesday wednesday thursday friday saturday sunday january february march july september october
    november december all any some every far most many much both either neither christmas easter election
    royal popular public special midday nightfall daybreak dusk sunrise sunset sundown today tonight tomorrow
    yesterday lunchtime teatime bedtime""".split())
# Words no name holds ("By Far The Best", "By Mid-Morning Everyone Had Left"). A phrase of time after "By"
# ("By Christmas Eve", "By Election Day", "By Royal Appointment") is told by its first word (_NOT_NAMES, or an
# occasion's before a last word of time: _OCCASIONS): its last word alone may end a surname ("By Elizabeth Day"),
# and an initial may stand between names.
_NOT_NAME_WORDS = frozenset("""the an of and or to is was were are be been had has have will would can could
    everyone everybody nobody someone something nothing today tonight tomorrow yesterday""".split())
# Words that end a phrase of time after "By" ("By Labor Day", "By New Year's Eve", "By Good Friday"), and the words
# that open such a phrase: an occasion's ("Labor", "Boxing", "New", "Super"), which no first name is; after a first
# name the same last word is a surname ("By Doris Day", "By Ilse Knight").
_TIME_ENDS = frozenset("""day days eve night nights weekend morning afternoon evening holiday holidays break recess season
    year monday tuesday wednesday thursday friday saturday sunday""".split())
_OCCASIONS = frozenset("""labor labour boxing new lunar chinese thanksgiving halloween independence memorial veterans
    presidents columbus canada australia anzac remembrance armistice bastille may inauguration polling voting budget
    results launch opening closing game match race derby national republic constitution unification liberation flag
    earth groundhog juneteenth mlk good black cyber super ash palm shrove whit pentecost valentine valentines
    winter fall half-term""".split())
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
# A liveblog's relative stamp alone on its line above an entry: "2h ago", "35 minutes ago", "an hour ago", "a few
# minutes ago", "Just now"; not a sentence that opens with one ("2 hours ago, the ferry sank.").
_RELATIVE_STAMP = re.compile(r"(?:\d{1,3}[^\S\r\n]*(?:[smhdw]|secs?|mins?|hrs?|seconds?|minutes?|hours?|days?|weeks?)"
                             r"|(?:an?|a[^\S\r\n]+few)[^\S\r\n]+(?:seconds?|minutes?|hours?|days?|weeks?|moments?))"
                             r"[^\S\r\n]+ago|just[^\S\r\n]+now", re.I)
#: How far from the text's start a byline of names alone may stand and still head the page ("By Jane Roe"
#: under the headline and standfirst); further down such a line is a crosshead ("By Harbour Lights") unless it
#: ends the text or stands beside other furniture.
_BYLINE_TOP_CHARS = 600
# The longest caption, credit, promotion or wire tail line: its text after a label may run to a sentence or two.
_MARKED_LINE_CHARS = 400
# How far a label ("Read more", "Image caption", "FILE PHOTO") runs before its colon or comma.
_LABEL_CHARS = 24
# News agencies and wire services that sign copy alone ("By Reuters", "From AFP", "By The Associated Press"),
# lower case and without "the".
NEWS_AGENCIES = frozenset("""reuters ap afp upi dpa efe ansa xinhua kyodo yonhap tass interfax bernama antara pti ians
    ani aap bloomberg pa agencies wires""".split()) | frozenset({
    "associated press", "agence france-presse", "agence france presse", "bloomberg news", "pa media",
    "press association", "kyodo news", "united press international", "anadolu agency", "canadian press",
    "australian associated press", "press trust of india", "news agencies", "wire services"})
# Of those, the words for agencies in general, and names that are also people's or places' ("BLOOMBERG:" of a
# debate's candidate, "PA:"), which name no briefing's asker.
_NO_ASKERS = frozenset({"agencies", "wires", "news agencies", "wire services", "bloomberg", "pa"})
# What joins agencies signing together ("By Reuters and AFP", "By AP/Reuters").
_AGENCY_JOINS = re.compile(r"\s*[,/&]\s*|\s+(?:and|AND)\s+")
# The last word of a byline that signs for the paper's staff ("By Our Foreign Staff", "By a Staff Reporter",
# "By Reuters Staff"), and the words that may open one.
_STAFF_WORDS = frozenset("staff staffer reporter reporters correspondent correspondents writer writers desk team editors"
                         .split())
_STAFF_OPENERS = frozenset("a an our the".split())
# A wire story's closing credits: who reported, wrote and edited it ("Reporting by Jane Roe in Lagos; Editing by
# Sam Poe", "Additional reporting by Ann Li", "(Writing by Jane Roe; editing by Sam Poe)"). A name is one to four
# capitalised words (initials too), perhaps with the place it was filed from after "in" or "at"; a paper's staff too
# ("Compiled by Ledger staff.").
_TAIL_NAME = (rf"{_NAME_WORD}(?:\s+(?:(?:{'|'.join(sorted(NAME_PARTICLES))})\s+)*{_NAME_WORD}){{0,3}}"
              rf"(?:\s+(?:in|at)\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})?")
_TAIL_CREDIT = (r"(?:(?:[Aa]dditional|ADDITIONAL)\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Cc]ompiling|"
                r"[Rr]esearch|[Tt]ranslation|[Gg]raphics|REPORTING|WRITING|EDITING)\s+(?:[Bb]y|BY)\s+"
                rf"{_TAIL_NAME}(?:(?:\s*[,&]\s*|\s+(?:and|AND)\s+){_TAIL_NAME})*(?:\s+staff)?")
_WIRE_TAIL = re.compile(rf"{_TAIL_CREDIT}(?:\s*[;,]\s*{_TAIL_CREDIT})*\.?")
# An e-mail address or an American telephone number ("news@ledger.com", "555-214-3300", "(555) 214-3300").
_REACHED_AT = r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\(?\d{3}\)?[-. ]?\d{3}[-.]\d{4})"
# A line on how to reach the writer or the newsroom, alone on its line: "Contact Maria Lopez at mlopez@ledger.com or
# 555-201-3344.", "Reach reporter Dan Ito at 555-201-9000.", "Contact the newsroom at news@ledger.com.", "Reach him
# directly at dito@ledger.com.", "Email us at tips@ledger.com." (not "Contact was lost at 9 p.m.": an address or number
# follows "at").
_CONTACT_LINE = re.compile(r"(?:Contact|Reach|E-?mail)\s+(?:(?:the\s+)?(?:reporter|writer|author|newsroom|editor)\s+"
                           rf"|(?:him|her|them|us|me)(?:\s+directly)?\s+)?(?:{_TAIL_NAME}\s+)?at\s+{_REACHED_AT}"
                           rf"(?:(?:\s*,\s*|\s+or\s+){_REACHED_AT})*\.?")
# A story's sign-off after a dash, besides a wire story's closing credits and thanks (see :func:`_is_wire_tail`):
# credits worded otherwise ("With files from Ana Roe", "Edited by Ana Roe and Tom Vance"), a writer's signature with
# their role ("Ana Roe, staff writer", "Ana Roe, a Kessel Times correspondent"), a note on the story ("This story has
# been updated.", "This article was first published in 2019.") or a call to follow the writer ("Follow Ana Roe on
# X"). How far after the dash its line is read (see :func:`_signs_off`).
_SIGN_OFF_AFTER_DASH = re.compile(
    rf"(?:(?:[Ww]ith\s+(?:files|reporting)\s+from|(?:Written|Edited|Reported|Produced|Translated|Compiled)\s+by)\s+"
    rf"{_TAIL_NAME}(?:(?:\s*[,&]\s*|\s+and\s+){_TAIL_NAME})*"
    rf"|{_TAIL_NAME},\s+(?:[\w'’.-]+\s+){{0,4}}?(?:{'|'.join(sorted(_STAFF_WORDS))}|columnist|editor|contributor)s?"
    r"|(?:This|The)\s+(?:story|article|report|post|piece)\s+(?:has\s+been|was|is|will\s+be)\s+(?:updated|corrected|"
    r"amended|developing|breaking|first|originally|published|republished|produced|written|edited|adapted|excerpted|"
    r"part|a\s+developing)(?:\s+\S+){0,8}?"
    rf"|Follow\s+{_TAIL_NAME}\s+on\s+\S+(?:\s+\S+){{0,4}}?)\.?")
_SIGN_OFF_REACH = 160
# A wire story's line of thanks to those who contributed: "The Associated Press contributed to this report.", "Jane
# Roe in Lagos contributed reporting." (not "The Associated Press contributed to the fund, the filing showed.").
_CONTRIBUTED = re.compile(r"[A-Z](?:\S*\s+){1,15}?contributed\s+(?:reporting|to\s+this\s+(?:report|story|article))"
                          r"(?:\s+(?:to\s+this\s+(?:report|story|article)|from\s+[A-Z]\S*(?:\s+[A-Z]\S*){0,2}))?\.?")
# The same thanks to a named writer or reporter, who may have "contributed" alone or "from" a place: "Associated Press
# writer Jane Roe contributed from Lagos." (not "Freelance journalists from 40 countries contributed.": no name).
_WRITER_CONTRIBUTED = re.compile(r"[A-Z](?:\S*\s+){0,3}?(?:writers?|reporters?|correspondents?|journalists?)\s+[A-Z]"
                                 r"(?:\S*\s+){1,12}?contributed(?:\s+from\s+[A-Z]\S*(?:\s+[A-Z]\S*){0,2})?\.?")
# A copyright line's mark, and what may follow its holder: "Copyright 2024 The Associated Press. All rights reserved.",
# with the AP's "This material may not be published, broadcast, rewritten or redistributed." after it, "© Reuters
# 2024" (not "Copyright law changed in 2024.").
_COPYRIGHT = re.compile(r"(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)[\s:©]*")
_COPYRIGHT_YEARS = re.compile(r"\b\d{4}(?:\s*[-–]\s*\d{2,4})?\b")
_RIGHTS_RESERVED = re.compile(r"[.,;]?\s*all rights reserved\.?(?:\s*this material may not be published, broadcast, "
                              r"(?:re)?written,? or redistributed\.?)?$", re.I)
# An agency signing off a story on a line of its own, after a dash or in brackets: "— AP", "(AFP)".
_SIGN_OFF = re.compile(r"[-–—]{1,2}\s*(?P<dashed>[^()]+)|\((?P<bracketed>[^()]+)\)")
# A page's offer to read the story aloud: "Listen to this article", "Listen to this story · 4 min".
_LISTEN = re.compile(r"listen to this (?:article|story)(?:\s*[·•|-]?\s*\d{1,2}(?::\d{2})?\s*(?:min|mins|minutes)?)?")
# Labels of a link to a video, before its title: "Watch: Moment the ferry hits the quay" (not "Watch: the minister's
# speech drew jeers.", copy).
_VIDEO_LABELS = frozenset({"watch", "watch live", "watch now"})
# Labels after which a line holds anything, being a picture's caption or source ("Image caption: ...",
# "FILE PHOTO: ...", "Pictured: ...") or a link to another story ("Read more: ..."); BBC pages put a comma after some
# of them. Not "Above:" nor "Top:", which head a list's items or a ranking as often.
_CAPTION_LABELS = frozenset({"caption", "image caption", "photo caption", "picture caption", "media caption",
                             "video caption", "image source", "image credit", "photo credit", "picture credit",
                             "file photo", "file picture", "file image", "pictured", "pictured above"})
#: The labels of a line that links to another story ("Read more: ...", "Related coverage: ..."), lower case.
LINK_LABELS = frozenset({"read more", "read also", "also read", "see also", "read next", "related", "related stories",
                          "related articles", "related coverage", "more on this story", "read the full story",
                          "read the full article", "full story"})
#: Link labels that are also copy's words ("Full story: the mayor knew ..."): furniture only before a link or a
#: title without a final stop (see :func:`_is_furniture_line`).
_STORY_LABELS = frozenset({"full story", "read the full story"})
_COMMA_LABELS = frozenset({"image caption", "image source", "media caption"})
# Labels of a picture's credit, before a colon or "by": what follows must read as a credit ("Photo: Jane Roe/Agency",
# "Photo by Jane Roe"), not as copy ("Credit: the bank's lending rose").
_CREDIT_LABELS = frozenset("photo photos photograph photographs picture pictures pic pics image images credit credits "
                           "illustration".split())
# What joins a credit's names ("Jane Roe/Agency", "AFP via Getty Images", "Jane Roe for The Guardian"), and the
# lower-case words that may stand between a name's capitalised ones ("Courtesy of Jane Roe", "Ana de la Cruz").
_CREDIT_JOINS = re.compile(r"\s*[/|,;]\s*|\s+(?:via|for|and|&|VIA|FOR|AND)\s+")
_CREDIT_LINKS = NAME_PARTICLES | {"of", "the"}
# Lower-case words a picture's credit may hold besides names and links ("Photo: Acme handout", "Photo: courtesy of
# Acme", "Picture: supplied", "Photo: pool").
_CREDIT_WORDS = frozenset("handout courtesy supplied file pool".split())
# The caption labels that credit a picture ("Image credit: Jane Roe"): what follows them must read as a credit
# when the label does not open its line (see :func:`_ends_line_as_furniture`).
_CREDITING_CAPTIONS = frozenset({"image credit", "photo credit", "picture credit", "image source"})
# Picture desks that make a credit alone on its line furniture ("Getty Images", "AP Photo/Jane Roe"), and the
# agencies that do so joined by a slash ("REUTERS/Jane Roe", "Jane Roe/AFP"); lower case.
_PICTURE_DESKS = frozenset({"getty images", "shutterstock", "alamy", "istock", "istockphoto", "ap photo", "afp photo",
                            "reuters pictures", "pa images", "pa wire", "zuma press", "zuma wire", "rex features",
                            "sipa usa", "nurphoto", "picture alliance", "file photo", "file picture"})
_PICTURE_AGENCIES = NEWS_AGENCIES | {"epa", "epa-efe", "getty", "sipa", "zuma", "rex", "handout", "anadolu"}
# A picture desk's name anywhere in a lower-cased line: a credit without a slash names one (a cheap first look).
_DESK_NAMED = re.compile("|".join(r"\s+".join(map(re.escape, desk.split())) for desk in sorted(_PICTURE_DESKS)))
# Whole lines that belong to the page, not the story (lower case, spaces single, without a closing stop or colon).
_PAGE_LINES = frozenset({
    "advertisement", "advertisements", "skip advertisement", "story continues below advertisement",
    "article continues below advertisement", "continue reading below", "continue reading the main story",
    "share", "share this", "share this article", "share this story", "share this page", "share article",
    "share story", "read more", "related", "related stories", "related articles", "related coverage",
    "related content", "more on this story", "most read", "listen to this article", "listen to this story",
    "our standards: the thomson reuters trust principles", "scroll to continue", "scroll to continue with content",
    "this material may not be published, broadcast, rewritten or redistributed", "accept all cookies",
    "accept cookies", "manage cookies", "cookie settings", "cookie policy", "privacy policy", "terms of use",
    "terms of service", "terms and conditions"})
# What parts the page's own lines sharing a line: "Cookie settings | Privacy policy", "Advertisement - scroll to continue".
_PAGE_LINE_JOINS = re.compile(r"\s+[-–—]\s+|\s*[|·•]\s*")
# A line that gives the story's reading time ("3 min read", "5-minute read") or names an embedded post's site
# ("Embedded content from twitter.com"), the latter lower case.
_READING_TIME = re.compile(r"\d{1,3}[\s-]*(?:min|mins|minute|minutes)\.?\s+read\.?", re.I)
_EMBEDDED = re.compile(r"embedded content(?: from \S+)?")
# A link list's heading naming the outlet: "More from AP:", "More from The Associated Press".
_MORE_FROM = re.compile(r"(?:More|MORE)\s+(?:from|FROM)\s+(?P<names>.+?):?")
# A cookie banner: the site says it uses cookies and asks for consent ("We use cookies to improve your experience. By
# continuing to browse you accept our cookie policy."); not copy about cookies ("We use cookies to track users, the
# firm admitted." names no policy nor asks anything).
_COOKIE_NOTICE = re.compile(r"(?:we|this (?:web)?site|our (?:web)?site)\s+uses?\s+cookies\b", re.I)
_COOKIE_CONSENT = re.compile(r"\b(?:cookie policy|privacy policy|cookie settings|accept|agree|consent|continuing to)",
                             re.I)
# A line of the page's layout rather than copy: a rule ("___", "* * *", "---"), a link alone ("pic.twitter.com/AbC1",
# "https://t.co/AbC1"), a Markdown heading ("## What the report found": one to six "#" and a space) or emoji alone
# ("🔴" or "👉" between a liveblog's entries: see :func:`_pictographs_alone`).
_RULE = re.compile(r"([_=~*-])(?:\s?\1){2,}\.?")
_BARE_LINK = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S+")
_MARKDOWN_HEADING = re.compile(r"#{1,6} \S")
# A section's heading in long-form copy, a line of its own: a Roman numeral, its stop and the section's title
# ("II. The Decision", "V. After"); see :func:`heads_section`.
_ROMAN_HEADING = re.compile(r"[^\S\r\n]*(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})\.[^\S\r\n]+(?P<title>[^\W_][^\r\n]*)")
# A heading in capitals on a line of its own, a sidebar's or a section's ("FAST FACTS", "WHAT TO DO IF YOUR BILL
# LOOKS WRONG"): letters, figures, blanks and a few marks inside words, no colon, comma or stop.
_CAPITALS_HEADING = re.compile(r"[^\S\r\n]*[^\W_](?:[\w'’&/-]|[^\S\r\n])*[^\W_][^\S\r\n]*")
#: The most words a heading line (see :func:`heads_section`) holds, a Roman numeral's title or a heading in capitals.
_SECTION_HEADING_WORDS = 10
# A transcript's stage direction on a line of its own: one to five words in capitals in square or round brackets
# ("[CROSSTALK]", "(APPLAUSE)", "(INAUDIBLE)", "[LAUGHTER]", "(BEGIN VIDEO CLIP)"), what was heard, not said, perhaps
# after a closed caption's turn mark (">> [APPLAUSE]").
_STAGE_DIRECTION = re.compile(r"(?:>>+[^\S\r\n]*)?(?:\[\s*[A-Z][A-Z'’-]*(?:\s+[A-Z][A-Z'’-]*){0,4}\s*\]\.?"
                              r"|\(\s*[A-Z][A-Z'’-]*(?:\s+[A-Z][A-Z'’-]*){0,4}\s*\)\.?)")
# How a line of the page or a call to the reader opens, for a cheap first look (lower case).
_PROMOTION_OPENERS = tuple({line.split()[0] for line in _PAGE_LINES}
                           | {"sign", "subscribe", "follow", "click", "tap", "embedded"})
# A press release's closing mark: "ENDS", "-ends-", "– END –", "###".
_CLOSING_MARK = re.compile(r"[-–—*\s]*(?:ENDS?|[Ee]nds?)[-–—*\s]*|#\s?#\s?#")
# A press release's banner above its headline: "FOR IMMEDIATE RELEASE", "PRESS RELEASE", "News release:"; and one
# that times it ("FOR RELEASE AT 10:00 ET", "Embargoed until 00:01 GMT, 5 December", "EMBARGO: 00:01 GMT").
_RELEASE_BANNER = re.compile(r"(?:for\s+immediate\s+release|(?:press|news|media)\s+release)\s*[.:]?", re.I)
_TIMED_BANNER = re.compile(r"(?:for\s+release(?:\s*:|\s+(?:at|on|after|until)\b)"
                           r"|embargoed(?:\s*:|\s+(?:until|till|to)\b)|embargo\s*:)[^\r\n]*", re.I)
# How many banners may stand above a press release's headline ("PRESS RELEASE", then "FOR IMMEDIATE RELEASE").
_BANNER_LINES = 3
# A press release's closing line naming its issuer, PR Newswire's "SOURCE Acme Robotics plc" or "Source: Acme
# Robotics plc"; and its boilerplate's heading, "About Acme Robotics", above a paragraph that opens with that name.
_RELEASE_SOURCE = re.compile(r"(?:SOURCE:?|Source:)\s+(?P<name>\S.*)")
_ABOUT_HEADING = re.compile(r"(?:About|ABOUT)\s+(?P<name>\S.*)")
#: A press release's contact line, a person and then the body they work for after a comma, a telephone number or an
#: address after another allowed ("Media contact: Ola Brandt, Tessary Freight, +44 20 7946 0000"): group "name" that
#: body; see :func:`contact_issuer`.
_MEDIA_CONTACT = re.compile(r"(?:Media|Press|PR|MEDIA|PRESS)\s+(?:[Cc]ontacts?|[Ee]nquiries|[Ii]nquiries|CONTACTS?)\s*:"
                            r"\s*[^,\r\n]+,\s*(?P<name>[^,\r\n]+?)\s*(?:,[^\r\n]*)?")
#: A press release's wire dateline, its wire between slashes (see ``DATELINE``: "HARLOW, March 3, 2026 /PRNewswire/
#: -- "), then the issuer's name as the subject, "today" or a weekday allowed before its verb of announcing ("Tessary
#: Freight Ltd. today announced"): see :func:`wire_release_issuer`.
_WIRE_DATELINE_ISSUER = re.compile(
    rf"[{_UPPER}][{_UPPER}'’ -]*[{_UPPER}](?:,\s*[^,/()\r\n]{{2,40}}){{0,4}}\s*{_SLASHED_WIRE}"
    r"\s*(?:-{1,2}|[–—―])\s*(?P<name>[A-Z][^\s,;:()]*(?:\s+[^\s,;:()]+){0,5}?)\s+"
    r"(?:(?:today|(?:on\s+)?[A-Z][a-z]+day)\s+)?"
    r"(?:announce[sd]|report(?:s|ed)|launch(?:es|ed)|unveil(?:s|ed)|introduce[sd]|release[sd]|confirm(?:s|ed)|"
    r"complete[sd]|name[sd]|appoint(?:s|ed)|said|says|is\s+pleased|(?:has|have)\s+(?:been\s+)?[a-z]+ed)\b")
# A press release's safe-harbor heading, in any case: "Forward-Looking Statements", "Safe Harbor Statement",
# "Cautionary Note Regarding Forward-Looking Statements", "Forward-Looking Information:".
_SAFE_HARBOR_HEADING = re.compile(
    r"(?i:(?:cautionary[^\S\r\n]+(?:note|statement|language)s?[^\S\r\n]+(?:regarding|concerning|about|on)[^\S\r\n]+)?"
    r"forward[-\s]looking[^\S\r\n]+(?:statements?|information)"
    r"|safe[^\S\r\n]+harbou?r(?:[^\S\r\n]+statements?)?)[^\S\r\n]*:?")
# The most words of an issuer's name in those lines; the most furniture lines after a closing "SOURCE" line.
_ISSUER_WORDS = 6
_CLOSING_LINES = 3
# Where a page asks its reader to follow or share it ("Follow us on X and Instagram", "Share on WhatsApp").
_PLATFORMS = frozenset("x twitter facebook instagram tiktok youtube linkedin threads bluesky whatsapp telegram snapchat "
                       "mastodon flipboard email e-mail".split()) | {"google news"}
_PLATFORM_JOINS = re.compile(r"\s*[,|/]\s*|\s+(?:and|or|&)\s+")
_HANDLE = re.compile(r"\s*\(?@\w+\)?$")
# Calls to subscribe and to click, with the words that may close them after "newsletter".
_SIGN_UP = (("sign", "up", "to"), ("sign", "up", "for"), ("subscribe", "to"), ("subscribe", "for"))
_NEWSLETTER_CLOSERS = frozenset("here now today free for".split())
_NEWSLETTER_WORDS = 14
# A web address written as one word, with or without its scheme ("https://herald.example/signup", "herald.example").
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)+(?:/\S*)?")
# An embedded social post's sign-off on a line of its own: a dash, the account holder's name, the handle in brackets,
# then the date ("— Mirela Haskins (@mhaskins) May 3, 2026"); and how far above it the post may start.
_DASHES = "-–—―"
_POST_SIGN_OFF = re.compile(rf"[{_DASHES}]{{1,2}}[^\S\r\n]*(?P<name>[^()@\r\n]{{1,60}}?)[^\S\r\n]*\(@\w{{1,30}}\)"
                            r"[^\S\r\n]*(?P<when>.*)")
_POST_CHARS = 1000
# Words of a line that introduces a post from a paragraph above it: a platform or a verb of posting (lower case).
_POST_WORDS = (_PLATFORMS - {"email", "e-mail"}) | frozenset("post posts posted wrote writes tweet tweets tweeted "
                                                              "share shares shared".split())
# A verb of posting that ends its line's introduction of a post with a colon, perhaps with the platform and the day
# ("tweeted:", "wrote on X:", "posted on Facebook on Monday night:"; see :func:`_introduced_posts`), and the space after
# it.
_POST_INTRO = re.compile(r"(?<=[^\W\d_]|,)[^\S\r\n]+(?:tweeted|posted|wrote)"
                         r"(?:[^\S\r\n]+on[^\S\r\n]+(?:X|Twitter|Facebook|Instagram|Threads|Bluesky|Telegram|"
                         r"LinkedIn|Mastodon|TikTok|Truth[^\S\r\n]+Social|social[^\S\r\n]+media))?"
                         r"(?:[^\S\r\n]+(?:on[^\S\r\n]+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                         r"(?:[^\S\r\n]+(?:morning|afternoon|evening|night))?)?:[^\S\r\n]*")
# The capitalised words just before such a verb (up to ``_POSTER_REACH`` characters back on its line), and the words
# among them that name no poster: a sentence's opening words, a day or a month, a pronoun.
_POSTER = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w'’.-]*[^\S\r\n]+){0,3}[A-Z][\w'’-]*)$")
_POSTER_REACH = 80
# A description set between the poster's name and the verb ("Mara Lind, the club captain, tweeted:"): an article or a
# possessive, then up to ``_POSTER_ASIDE_CHARS`` characters without a comma, a quotation mark or a line's end.
_POSTER_ASIDE_CHARS = 60
_POSTER_ASIDE = re.compile(rf",[^\S\r\n]+(?:a|an|the|his|her|its|their)[^\S\r\n]+"
                           rf"[^,\r\n\"“”]{{1,{_POSTER_ASIDE_CHARS}}},$")
_SPACE_AFTER = re.compile(r"\s+")
_NOT_POSTERS = frozenset("""The A An On In At Last This Then But And Yet So Later Earlier Also Meanwhile Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October
    November December He She They It We I You""".split())
# A pull quote: a paragraph of one line, of at most so many characters and at least so many words, that repeats word
# for word text at most so many characters before it (see :func:`_repeats_earlier`).
_PULL_QUOTE_CHARS = 300
_PULL_QUOTE_WORDS = 4
_PULL_QUOTE_REACH = 5000
# A pull quote's words: its quotation marks and its closing stop or comma left out.
_PULL_QUOTE = re.compile(rf"[{re.escape(_OPENERS)}\s]*(.*?)[{re.escape(_CLOSERS)}\s.,;:!?…]*")
# A pull quote's label before its words ("PULL QUOTE: ", "Pullquote: ").
_PULL_QUOTE_LABEL = re.compile(r"pull[- ]?quote[^\S\r\n]*:[^\S\r\n]*", re.I)
# A word of a pull quote's signature: a capital first, perhaps hyphens inside ("Smith-Roe", "Ana-Maria-Lu-Roe").
_SIGNATURE_WORD = rf"[{_UPPER}][\w'’.]*(?:-[\w'’.]+)*"
#: A pull quote's signature after its words: a run of dashes and a name of one to five capitalised words, perhaps a
#: role after a comma (' — Mirek Hall', ' - Mirek Hall, driver', ' --- Mirek Hall', ' ——— Mirek Hall', ' — Ana
#: Smith-Roe'); at the end of the text searched. Searched in linear time: spaces before the dash are read only from
#: their run's first one, a run of dashes only from its first, and a hyphen only where no letter or figure stands
#: before it, so no start reads on inside a hyphenated word ('A-A-A-...!' or a long run of spaces would be quadratic).
PULL_QUOTE_SIGNATURE = re.compile(rf"(?:(?<![^\S\r\n])[^\S\r\n]+)?(?<![{_DASHES}])(?:(?<!\w)-|[–—―])[{_DASHES}]*"
                                  r"[^\S\r\n]*"
                                  rf"(?:{_SIGNATURE_WORD}[^\S\r\n]+){{0,4}}"
                                  rf"{_SIGNATURE_WORD}(?:,[^\S\r\n]*[^\W\d_][\w'’-]*(?:[^\S\r\n]+[\w'’-]+){{0,5}})?"
                                  r"[^\S\r\n]*\Z")


class _Page:
    """What the furniture of ``text`` is judged against: where its headline ends (see :func:`page_furniture`),
    found on first use, since most sentences lie too far from the text's start to be in it; and the last line
    judged, which every sentence on that line shares."""

    def __init__(self, text: str, bounds: Sequence[tuple[int, int]], starts_text: bool) -> None:
        self.text, self.bounds, self.starts_text = text, bounds, starts_text
        self.headline: tuple[int, int] | None = None
        self._line: tuple[int, int, bool] = (-1, -1, False)
        self._repeat: tuple[int, int, bool] = (-1, -1, False)  # the last line read for a pull quote

    def holds(self, k: int) -> bool:
        """Whether sentence ``k`` lies in the headline."""
        if not self.starts_text:
            return False
        if self.headline is None:
            first = _past_banners(self.text, self.bounds[0][0])
            self.headline = (first, _headline_end(self.text, first))
        start, end = self.headline
        return start <= self.bounds[k][0] and self.bounds[k][1] <= end

    def at_top(self, pos: int) -> bool:
        """Whether ``pos`` lies near enough to the text's start for a byline of names alone to head the page."""
        return self.starts_text and pos - self.bounds[0][0] <= _BYLINE_TOP_CHARS

    def on_furniture_line(self, k: int) -> bool:
        """Whether sentence ``k`` lies on a line of furniture (see :func:`_line_of` and :func:`_line_is_furniture`).
        The line is found and judged once for all its sentences: a sentence inside the last line judged shares it."""
        start, end = self.bounds[k]
        if not self._line[0] <= start < end <= self._line[1]:
            line = _line_of(self.text, self.bounds, k)
            if line is None:
                return False
            self._line = (*line, _line_is_furniture(self, *line))
        return self._line[2]

    def repeats_earlier(self, k: int) -> bool:
        """Whether sentence ``k`` lies on a pull quote's line (see :func:`_repeats_earlier`), judged once a line."""
        start, end = self.bounds[k]
        if not self._repeat[0] <= start < end <= self._repeat[1]:
            line = _line_of(self.text, self.bounds, k)
            if line is None:
                return False
            self._repeat = (*line, _repeats_earlier(self.text, self.bounds, *line))
        return self._repeat[2]


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


def _past_banners(text: str, first: int) -> int:
    """Where the text's headline may start: ``first``, the first sentence's start, or the first line with text
    after the press release's banners on lines of their own there ("FOR IMMEDIATE RELEASE", "PRESS RELEASE":
    see :func:`_is_release_banner`), which do not take the headline's place."""
    for _ in range(_BANNER_LINES):
        line_break = _LINE.search(text, first, first + _FURNITURE_LINE_CHARS + 1)
        if line_break is None or not _is_release_banner(text[first:_trimmed_end(text, first, line_break.start())]):
            break
        start = _next_visible(text, line_break.end())
        if start is None:
            break
        first = start
    return first


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


def _is_furniture(k: int, page: _Page) -> bool:
    """Whether sentence ``k`` of ``page``'s text is in the headline, on a line of furniture (see
    :func:`_line_is_furniture`), on a pull quote's (see :func:`_repeats_earlier`), or a picture's credit or a link
    ending a line of copy (see :func:`_ends_line_as_furniture`)."""
    return (page.holds(k) or page.on_furniture_line(k) or page.repeats_earlier(k)
            or _ends_line_as_furniture(page.text, page.bounds, k))


def _ends_line_as_furniture(text: str, bounds: Sequence[tuple[int, int]], k: int) -> bool:
    """Whether sentence ``k`` ends its line after the line's other sentences as furniture: a picture's credit (see
    :func:`_is_credit`), in brackets or not, after a caption ("Residents queue for water. (Photo: Jane Roe/Agency)",
    "Engineers inspect the pump. Photo: Acme handout"), an agency's name alone in brackets, a caption's credit or a
    wire story's sign-off ("Residents queue for water. (AFP)", "... the ministry said. (Reuters)"), or a link's label
    and a link alone after a newsletter's item ("Taps should run by noon. Read the full story:
    https://herald.example/water"). Alone on its line, any of them is furniture already."""
    start, end = bounds[k]
    if not k or end - start > _FURNITURE_LINE_CHARS or _LINE.search(text, bounds[k - 1][1], start):
        return False
    after = _next_visible(text, end, min(len(text), end + _MARKED_LINE_CHARS))
    if after is not None and _LINE.search(text, end, after) is None:
        return False
    line = _unwrapped(text[start:end])
    label, rest = _labelled(line) or ("", "")
    return (_is_credit(line) or (text[start] == "(" and _is_sign_off(text[start:end]))
            or (label in LINK_LABELS and _BARE_LINK.fullmatch(rest) is not None))


def _is_credit(line: str) -> bool:
    """Whether ``line`` is a picture's credit: names after a credit's label ("Photo: Jane Roe/Agency", "Photo by
    Jane Roe", "Image credit: Getty Images"; see :func:`_credit_names`), or a credit alone naming a picture desk
    or an agency with a slash (see :func:`_is_bare_credit`)."""
    label, rest = _labelled(line) or ("", "")
    if rest and (label in _CREDIT_LABELS or label in _CREDITING_CAPTIONS):
        return _credit_names(rest) is not None
    return _is_bare_credit(line)


def _repeats_earlier(text: str, bounds: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` (its sentences' bounds among ``bounds``) is a pull quote: a paragraph of
    its own, one line of at most ``_PULL_QUOTE_CHARS`` characters and ``_PULL_QUOTE_WORDS`` words or more, whose
    words, quotation marks and closing stop or comma left out, were written word for word at most
    ``_PULL_QUOTE_REACH`` characters before it, as a quotation or a sentence: from a sentence's start or just after
    an opening mark, to a closing mark, a stop, a comma before a closing mark or a sentence's end ('"They laughed at
    us"' after '"They laughed at us," he said.'). A label before the words ("PULL QUOTE: ") and a signature after
    them (' — Mirek Hall', ' - Mirek Hall, driver': see ``PULL_QUOTE_SIGNATURE``) are left out too. Words that
    merely start or end a longer sentence, or match in other words, are no pull quote."""
    if end - start > _PULL_QUOTE_CHARS or not _paragraph_alone(text, start, end):
        return False
    label = _PULL_QUOTE_LABEL.match(text, start, end)
    signed = PULL_QUOTE_SIGNATURE.search(text, start, end)
    words = _PULL_QUOTE.fullmatch(text, label.end() if label else start, signed.start() if signed else end)
    core = " ".join(words.group(1).split()) if words else ""
    if len(core.split(" ")) < _PULL_QUOTE_WORDS:
        return False
    at = text.find(core, max(0, start - _PULL_QUOTE_REACH), start)
    while at >= 0:
        after = at + len(core)  # before the line, so inside the text
        opens = text[at - 1] in _OPENERS if at else True
        opens = opens or _bound_at(bounds, at, 0)  # after an opening mark, or a sentence's start
        closes = (text[after] in _CLOSERS + ".!?…" or (text[after] in ",;:" and text[after + 1:after + 2] in _CLOSERS)
                  or _bound_at(bounds, after, 1))  # before a closing mark or a stop, or a sentence's end
        if opens and closes:
            return True
        at = text.find(core, at + 1, start)
    return False


def _bound_at(bounds: Sequence[tuple[int, int]], pos: int, side: int) -> bool:
    """Whether a sentence of ``bounds`` starts (``side`` 0) or ends (1) at ``pos``."""
    k = bisect_left(bounds, pos, key=itemgetter(side))
    return k < len(bounds) and bounds[k][side] == pos


def _paragraph_alone(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is a paragraph of its own: a blank line or the text's edge either side."""
    before = _trimmed_end(text, 0, start)
    after = _next_visible(text, end)
    return ((before == 0 or PARAGRAPH_BREAK.search(text, before, start) is not None)
            and (after is None or PARAGRAPH_BREAK.search(text, end, after) is not None))


def _trimmed_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over the blanks before it, not past ``start``."""
    while end > start and _BLANK.match(text, end - 1):
        end -= 1
    return end


def _line_of(text: str, bounds: Sequence[tuple[int, int]], k: int) -> tuple[int, int] | None:
    """Where the sentences on the line of sentence ``k`` start and end (the lines, for a sentence that runs over
    more than one), or ``None`` when a sentence runs onto that line from the one before or on to the one after, or
    the line is longer than furniture gets: only ``_MARKED_LINE_CHARS`` either side of the sentence are read."""
    start, end = bounds[k]
    low = max(0, start - _MARKED_LINE_CHARS)
    line_start = max(text.rfind("\n", low, start), text.rfind("\r", low, start)) + 1
    if line_start == 0 and low > 0:
        return None
    line_break = _LINE.search(text, end, end + _MARKED_LINE_CHARS)
    if line_break is None and len(text) - end > _MARKED_LINE_CHARS:
        return None
    line_end = line_break.start() if line_break else len(text)
    # the first and last sentences on the line: most often sentence k alone
    first = k if not k or bounds[k - 1][1] <= line_start else bisect_left(bounds, line_start, key=itemgetter(0))
    last = (k if k + 1 == len(bounds) or bounds[k + 1][0] >= line_end
            else bisect_left(bounds, line_end, key=itemgetter(0)) - 1)
    if (first and bounds[first - 1][1] > line_start) or bounds[last][1] > line_end:
        return None
    return (bounds[first][0], bounds[last][1]) if bounds[last][1] - bounds[first][0] <= _MARKED_LINE_CHARS else None


def _line_is_furniture(page: _Page, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is furniture. A byline of names alone ("By Jane Roe") heads the page
    (see :meth:`_Page.at_top`), ends the text, or stands beside other furniture (a stamp, a credit, another
    byline); elsewhere it is a crosshead in the copy ("By Harbour Lights"). A section's Roman numeral and title ("II.
    The Decision") is furniture below a blank line (see :func:`_roman_heading_line`). The rest (see
    :func:`_is_furniture_line`) is furniture wherever it stands."""
    text = page.text
    if _is_plain_byline(text, start, end):
        return page.at_top(start) or _next_visible(text, end) is None or _beside_furniture(text, start, end)
    return (_is_furniture_line(text, start, end) or _is_release_close(text, start, end)
            or _roman_heading_line(text, start, end) or _bare_link_label(text[start:end])
            or linked_headline(text, start, end))


#: How many linked headlines a list below a link's label alone holds at most (see :func:`linked_headline`).
_LINKED_HEADLINES = 12


def _bare_link_label(line: str) -> bool:
    """Whether ``line`` is a link's label alone, in quotation marks or not ("Related:", '"Related:"', "See also:",
    see ``LINK_LABELS``), which heads a list of linked stories' headlines below it."""
    word = line.strip().strip("\"“”'‘’").strip()
    return word.endswith(":") and word[:-1].strip().lower() in LINK_LABELS


def linked_headline(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is a linked story's headline in a list below a link's label alone (see
    :func:`_bare_link_label`: "Related:" then "Orvian Candidates Reject A Wage Hike." on lines of their own): it reads
    as a headline (see :func:`_title_like`), and so does each line between it and the label, at most
    ``_LINKED_HEADLINES`` lines up; copy between ends the list."""
    if end - start > _HEADLINE_CHARS or not _title_like(text[start:end]):
        return False
    for _ in range(_LINKED_HEADLINES):
        above = _line_above(text, start)
        if above is None:
            return False
        line = text[above[0]:above[1]]
        if _bare_link_label(line):
            return True
        if above[1] - above[0] > _HEADLINE_CHARS or not _title_like(line):
            return False
        start = above[0]
    return False


def heads_section(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` heads a section of long-form copy or a sidebar, below a blank line: a
    Roman numeral and the section's title ("II. The Decision", "V. After": see :func:`_roman_heading_line`), or a
    heading in capitals ("FAST FACTS", "WHAT TO DO IF YOUR BILL LOOKS WRONG") above a line that holds lower case (so
    that copy set all in capitals is none), of one to ``_SECTION_HEADING_WORDS`` words with no stop at its end, and
    neither below a line ending in a colon ("Varga wrote:", a post in capitals is hers) nor inside a quotation
    opened above (see :func:`_in_open_quotation`: a heading of a statement quoted is the statement's words). Only
    the first is page furniture (see :func:`page_furniture`); either is no one's words, ends the account going on
    and is no writer's verdict (see :func:`framing.profile.build_profile`)."""
    if _roman_heading_line(text, start, end):
        return True
    line = text[start:end]
    if (end - start > _FURNITURE_LINE_CHARS or _CAPITALS_HEADING.fullmatch(line) is None
            or any(ch.islower() for ch in line) or sum(ch.isalpha() for ch in line) < 3
            or len(line.split()) > _SECTION_HEADING_WORDS or not _below_blank_line(text, start)):
        return False
    if text[_trimmed_end(text, 0, start) - 1] == ":" or _in_open_quotation(text, start):
        return False  # what a line ending in a colon introduces ("Varga wrote:"), or a quoted statement's words
    below = _next_visible(text, end, min(len(text), end + _MARKED_LINE_CHARS))
    if below is None:
        return False
    line_break = _LINE.search(text, below, below + _HEADLINE_CHARS)
    return any(ch.islower() for ch in text[below:line_break.start() if line_break else below + _HEADLINE_CHARS])


#: How far above a line :func:`_in_open_quotation` looks for the quotation mark that opened it.
_OPEN_QUOTE_REACH = 2000
#: Double quotation marks, which open or close a quotation by what stands beside them.
_DOUBLE_MARKS = '"“”„«»'
# What follows an apostrophe that opens no quotation: a number ('90s, '08), an elided word ('n', 'em,
# 'til, 'cause) or a name that starts with one (N and a consonant: 'Ndrangheta).
_ELISION = r"\d|(?i:n|em|til|cause|cos|tis|twas|bout|round)(?!\w)|N[bcdfghjklmnpqrstvwxz]"
# A single quotation mark that is no apostrophe inside a word ("council's", "don’t") nor one opening an elided word
# or a number ("'til dawn", "'em", "’90s"): one that may open or close a British quotation ('‘The plant', "'The
# plant", "rule.’"); or, group "elided", an opening mark before a letter that an elided word's might be, which opens
# a quotation only where a quotation opens (see :func:`_opens_after_colon`: "said:\n\n‘Round-the-clock patrols").
_SINGLE_MARK = re.compile(rf"(?<!\w)['‘’](?!{_ELISION})|['‘’](?!\w)|(?<!\w)(?P<elided>['‘])(?=[^\W\d_])")


def _in_open_quotation(text: str, start: int) -> bool:
    """Whether ``start`` lies inside a quotation opened on a line above and not closed before it: the last double
    quotation mark within ``_OPEN_QUOTE_REACH`` characters above opens one, a blank or a line's start or a bracket or
    dash before it and none after it ('It said:\n\n"The plant meets every rule.\n\nNEXT STEPS', a statement quoted
    over paragraphs, which a heading inside does not end); or so does the last single mark that is no apostrophe
    inside a word nor one eliding a word or a number ("'til dawn", "'em", "’90s"), with a letter after it (a
    British statement, "It said:\n\n‘The plant meets ..."; after a colon or at a paragraph's start one before a
    capitalised word an elision's might be too, "It said:\n\n‘Round-the-clock patrols ...")."""
    floor = max(0, start - _OPEN_QUOTE_REACH)
    at = max(text.rfind(mark, floor, start) for mark in _DOUBLE_MARKS)
    if _opens_quotation(text, at, start):
        return True
    single = -1
    for single_mark in _SINGLE_MARK.finditer(text, floor, start):
        if single_mark.group("elided") is None or _opens_after_colon(text, single_mark.start()):
            single = single_mark.start()
    return _opens_quotation(text, single, start) and text[single + 1].isalpha()


def _opens_after_colon(text: str, at: int) -> bool:
    """Whether the single mark at ``at``, before a word an elision's might be ("‘Round-the-clock", "'Tis",
    "‘Nkosi"), opens a quotation all the same: a capital after it, and a colon before it ("The board
    said:\n\n‘Round-the-clock patrols") or a paragraph's start (the text's, or below a blank line); inside copy it
    is an apostrophe ("worked 'til dawn")."""
    if not text[at + 1].isupper():
        return False
    before = _trimmed_end(text, 0, at)
    return before == 0 or text[before - 1] == ":" or PARAGRAPH_BREAK.search(text, before, at) is not None


def _opens_quotation(text: str, at: int, start: int) -> bool:
    """Whether the quotation mark at ``at`` (none when negative), above ``start``, opens a quotation: a blank, a
    line's start, a bracket or a dash before it and no blank after it."""
    return (at >= 0 and (at == 0 or text[at - 1].isspace() or text[at - 1] in "([—–-")
            and at + 1 < start and not text[at + 1].isspace())


def _roman_heading_line(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]``, below a blank line, is a Roman numeral and a section's title of one to
    ``_SECTION_HEADING_WORDS`` words, capitalised, with no stop at its end ("II. The Decision", "V. After")."""
    if end - start > _FURNITURE_LINE_CHARS or not text[start:end].rstrip()[-1:].isalnum():
        return False
    roman = _ROMAN_HEADING.fullmatch(text, start, end)
    if roman is None:
        return False
    title = roman.group("title")
    return ((title[:1].isupper() or title[:1].isdigit()) and len(title.split()) <= _SECTION_HEADING_WORDS
            and _below_blank_line(text, start))


def _below_blank_line(text: str, start: int) -> bool:
    """Whether a blank line stands just above the line starting at ``start``, which is not the text's first (that is
    its headline's)."""
    above = _trimmed_end(text, 0, start)
    return above > 0 and PARAGRAPH_BREAK.search(text, above, start) is not None


def _is_release_close(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` closes a press release: its issuer named after "SOURCE" or "Source:"
    with only furniture after it ("SOURCE Acme Robotics plc", then "###"), or its boilerplate's heading naming
    what the paragraph below opens with ("About Acme Robotics" above "Acme Robotics plc designs ..."; that
    paragraph is copy), or its safe-harbor heading above more lines ("Forward-Looking Statements", "Safe Harbor
    Statement", "Cautionary Note Regarding Forward-Looking Statements"; the paragraph below is copy too)."""
    line = text[start:end]
    if _SAFE_HARBOR_HEADING.fullmatch(line):
        return _next_visible(text, end) is not None
    source = _RELEASE_SOURCE.fullmatch(line)
    if source:
        return _issuer(source.group("name")) and _ends_text(text, end)
    about = _ABOUT_HEADING.fullmatch(line)
    if not about or not _issuer(about.group("name")):
        return False
    below = _line_below(text, end)
    name = about.group("name").lower().split()
    opening = text[below[0]:below[1]].lower().split()[:len(name)] if below else []
    return [word.rstrip(",;:") for word in opening] == name


def release_heading(line: str) -> bool:
    """Whether ``line`` reads as a heading of a press release's closing sections, page furniture where
    :func:`page_furniture` finds it so: its boilerplate's "About Acme Robotics" or its safe-harbor heading
    ("Forward-Looking Statements", "Safe Harbor Statement"). Such a heading still opens another section, which no
    earlier speaker's account goes on into (see :func:`framing.profile.build_profile`)."""
    about = _ABOUT_HEADING.fullmatch(line)
    return _SAFE_HARBOR_HEADING.fullmatch(line) is not None or (about is not None and _issuer(about.group("name")))


def release_issuer(line: str) -> str | None:
    """The issuer that a press release's closing line names, as written: its boilerplate's heading ("About Acme
    Robotics") or its issuer's line ("SOURCE Acme Robotics plc", "Source: Acme Robotics plc"), a name of a company or
    body (see :func:`_issuer`); ``None`` for any other line. Read it only of a line :func:`page_furniture` finds
    furniture, which tells that the line closes a release (see :func:`_is_release_close`)."""
    found = _ABOUT_HEADING.fullmatch(line) or _RELEASE_SOURCE.fullmatch(line)
    return found.group("name") if found is not None and _issuer(found.group("name")) else None


def contact_issuer(sentence: str) -> str | None:
    """The body that a press release's media contact line names after the contact's name, as written ("Tessary
    Freight" of "Media contact: Ola Brandt, Tessary Freight, +44 20 7946 0000": see ``_MEDIA_CONTACT``), a name of a
    company or body (see :func:`_issuer`); ``None`` for any other sentence. It may be a PR agency's: read it as the
    issuer only where the release names it elsewhere (see :func:`framing.profile.build_profile`)."""
    found = _MEDIA_CONTACT.fullmatch(sentence.strip())
    return found.group("name") if found is not None and _issuer(found.group("name")) else None


def wire_release_issuer(sentence: str) -> str | None:
    """The issuer that a press release's sentence opening with its wire dateline names as its subject, as written
    ("Tessary Freight Ltd." of "HARLOW, March 3, 2026 /PRNewswire/ -- Tessary Freight Ltd. today announced ...": see
    ``_WIRE_DATELINE_ISSUER``), a name of a company or body (see :func:`_issuer`); ``None`` for any other sentence, a
    news agency's dateline too ("HARLOW (Reuters) - Tessary Freight Ltd. said ...")."""
    found = _WIRE_DATELINE_ISSUER.match(sentence)
    return found.group("name") if found is not None and _issuer(found.group("name")) else None


def _issuer(name: str) -> bool:
    """Whether ``name`` reads as a company's or body's name: one to ``_ISSUER_WORDS`` words, the first with a
    capital and the others too, linking ("of", "the") or a legal form ("plc", "Inc.")."""
    words = name.split()
    return 1 <= len(words) <= _ISSUER_WORDS and _has_capital(words[0]) and all(
        _has_capital(word) or word in _CREDIT_LINKS or word.lower().rstrip(".,") in _OFTEN_FINAL for word in words)


def _ends_text(text: str, end: int) -> bool:
    """Whether nothing but up to ``_CLOSING_LINES`` lines of furniture ("###", "-ENDS-") follows ``end``."""
    for _ in range(_CLOSING_LINES + 1):
        below = _line_below(text, end)
        if below is None:
            return _next_visible(text, end) is None
        if not _is_furniture_line(text, *below):
            return False
        end = below[1]
    return False


def _is_furniture_line(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is furniture by its form: a byline, a publishing stamp or a liveblog's
    relative stamp alone ("2h ago", see ``_RELATIVE_STAMP``), or on one
    line a caption or picture credit, a promotion, a wire story's closing credits or an embedded post's sign-off
    ("— Jane Roe (@janeroe) May 3, 2026", see :func:`_post_sign_off`)."""
    if end - start <= _FURNITURE_LINE_CHARS and (_is_byline(text, start, end) or _is_stamp(text, start, end)
                                                  or _RELATIVE_STAMP.fullmatch(text, start, end) is not None):
        return True
    if _LINE.search(text, start, end):
        return False
    line = _unwrapped(text[start:end])
    line = line[stamp_length(line):]  # a liveblog entry's stamp before a link or promotion ("10:25 GMT - Read more: ...")
    label, rest = _labelled(line) or ("", "")
    if rest and label in _STORY_LABELS:
        return _BARE_LINK.fullmatch(rest) is not None or _is_title(rest)
    if rest and (label in _CAPTION_LABELS or label in LINK_LABELS):
        return True
    if rest and label in _CREDIT_LABELS and _credit_names(rest) is not None:
        return True
    if rest and label in _VIDEO_LABELS and _is_title(rest):
        return True
    return (_is_bare_credit(line) or _is_promotion(line) or _is_wire_tail(line) or _is_copyright(line)
            or _is_sign_off(text[start:end]) or _is_layout(text[start:end]) or _is_release_banner(line)
            or _post_sign_off(text, start, end) is not None or _CONTACT_LINE.fullmatch(line) is not None)


def _is_release_banner(line: str) -> bool:
    """Whether ``line`` is a press release's banner: "FOR IMMEDIATE RELEASE", "PRESS RELEASE", "NEWS RELEASE",
    "MEDIA RELEASE", in any case; or one that times it, in capitals or with a figure and no closing stop ("FOR
    RELEASE AT 10:00 ET", "Embargoed until 00:01 GMT, 5 December"; not "Embargoed until further notice" nor
    copy's "For release on bail he paid £500.")."""
    if len(line) > _FURNITURE_LINE_CHARS:
        return False
    if _RELEASE_BANNER.fullmatch(line):
        return True
    return _TIMED_BANNER.fullmatch(line) is not None and (line.upper() == line or (
        any(ch.isdigit() for ch in line) and not line.endswith((".", "!", "?"))))


def _is_title(words: str) -> bool:
    """Whether ``words`` read as the title of a link rather than a sentence: a capital, figure or quotation mark
    first, and no full stop at the end ("Moment the ferry hits the quay", not "the speech drew jeers.")."""
    return (words[0].isupper() or words[0].isdigit() or words[0] in _OPENERS) and not words.endswith(".")


def _is_wire_tail(line: str) -> bool:
    """Whether ``line`` is a wire story's closing credits or thanks: "Reporting by Jane Roe; Editing by Sam Poe",
    "The Associated Press contributed to this report.", "Associated Press writer Jane Roe contributed from Lagos."."""
    return _WIRE_TAIL.fullmatch(line) is not None or ("contributed" in line and (
        _CONTRIBUTED.fullmatch(line) is not None or _WRITER_CONTRIBUTED.fullmatch(line) is not None))


def _is_copyright(line: str) -> bool:
    """Whether ``line`` is a copyright notice: its mark, then years and a holder's capitalised name, perhaps with
    "All rights reserved." ("Copyright 2024 The Associated Press. All rights reserved.", "© Reuters 2024")."""
    mark = _COPYRIGHT.match(line)
    if mark is None:
        return False
    rest = _RIGHTS_RESERVED.sub("", line[mark.end():])
    holder = _COPYRIGHT_YEARS.sub(" ", rest).strip(" .,")
    if not holder:
        return _COPYRIGHT_YEARS.search(rest) is not None
    return _credit_names(holder) is not None


def _is_sign_off(line: str) -> bool:
    """Whether ``line`` is an agency's sign-off alone: "— AP", "(AFP)", "-- Reuters"."""
    sign_off = _SIGN_OFF.fullmatch(line)
    return sign_off is not None and _names_agencies((sign_off.group("dashed") or sign_off.group("bracketed")).strip())


def _beside_furniture(text: str, start: int, end: int) -> bool:
    """Whether the nearest line with text above or below ``text[start:end]`` is furniture by its form (see
    :func:`_is_furniture_line`): bylines sit with stamps, credits and other bylines, a crosshead with copy."""
    return any(line is not None and _is_furniture_line(text, *line)
               for line in (_line_above(text, start), _line_below(text, end)))


def _line_above(text: str, start: int) -> tuple[int, int] | None:
    """Where the text of the nearest line with any above the line at ``start`` starts and ends; ``None`` when there
    is none, or it lies past ``_MARKED_LINE_CHARS`` of blanks or is longer than that."""
    end = start
    while end > max(0, start - _MARKED_LINE_CHARS) and _BLANK.match(text, end - 1):
        end -= 1
    low = max(0, end - _MARKED_LINE_CHARS)
    line_start = max(text.rfind("\n", low, end), text.rfind("\r", low, end)) + 1
    if end == 0 or end == start or _BLANK.match(text, end - 1) or (line_start == 0 and low > 0):
        return None
    first = _next_visible(text, line_start, end)
    return None if first is None else (first, end)


def _line_below(text: str, end: int) -> tuple[int, int] | None:
    """Where the text of the nearest line with any below the line ending at ``end`` starts and ends; ``None`` when
    there is none, or it lies past ``_MARKED_LINE_CHARS`` of blanks or is longer than that."""
    start = _next_visible(text, end, min(len(text), end + _MARKED_LINE_CHARS))
    if start is None:
        return None
    line_break = _LINE.search(text, start, start + _MARKED_LINE_CHARS + 1)
    if line_break is None and len(text) - start > _MARKED_LINE_CHARS:
        return None
    return start, _trimmed_end(text, start, line_break.start() if line_break else len(text))


def _unwrapped(line: str) -> str:
    """``line`` without the brackets around the whole of it: "(Photo by Jane Roe/Agency)", "(Reporting by ...)"."""
    if len(line) > 2 and (line[0], line[-1]) in (("(", ")"), ("[", "]")):
        return line[1:-1].strip()
    return line


def _is_byline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a byline: names (see ``_BYLINE``), perhaps with their date after " on " or a
    tab ("By Jane Roe on March 5, 2024"), not "By Monday Night" nor a sentence with a stop at its end ("By Jane
    Roe's count, it failed."); or an agency or the paper's staff (see :func:`_is_desk_byline`)."""
    if text[start:start + 2].lower() != "by" and not text.startswith(("From", "FROM"), start, end):
        return False  # the usual case, cheaply
    if _bare_byline(text, start, end) or _is_desk_byline(text[start:end]):
        return True
    return any(_bare_byline(text, start, gap.start()) and _is_when(text, gap.end(), end)
               for gap in _BYLINE_DATE.finditer(text, start, end))


def _is_plain_byline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a byline of names alone ("By Jane Roe", "By Jane Roe and Sam Poe"), which a
    crosshead ("By Harbour Lights") could pass for: no role, outlet, place or date, and no comma, after which
    ``_BYLINE`` cannot tell a role ("By Jane Roe, Political Editor") from a name."""
    byline = _bare_byline(text, start, end)
    return (byline is not None and byline.group("role") is None and "," not in byline.group(0)
            and not _is_desk_byline(byline.group(0)))


def _bare_byline(text: str, start: int, end: int) -> re.Match[str] | None:
    """The byline ``text[start:end]`` without a date: "By", names, and a role, outlet or place; ``None`` when it is
    none."""
    byline = _BYLINE.fullmatch(text, start, end)
    if not byline or _not_a_name(byline.group("name").lower().split()):
        return None
    stop = _LINE_END_STOP.search(text, start, end)
    # a last word "D.C." may end so
    return byline if not stop or "." in text[text.rfind(" ", start, end) + 1:end - 1] else None


def _not_a_name(words: list[str]) -> bool:
    """Whether the lower-cased capitalised ``words`` after "By" open a phrase of time or manner rather than
    name someone: "By Monday Night", "By Christmas Eve", "By Labor Day", "By Far The Best", "By Mid-Morning Everyone
    Had Left"."""
    return (words[0] in _NOT_NAMES or words[0].startswith("mid-")
            or any(word in _NOT_NAME_WORDS for word in words) or _is_occasion(words))


def _is_occasion(words: list[str]) -> bool:
    """Whether the lower-cased ``words`` after "By" name a day or time by its occasion: a word such as "Day", "Eve",
    "Night" or "Weekend" last, after an occasion's word first ("Labor Day", "New Year's Eve", "Super Bowl Sunday")
    or a possessive ("Mother's Day"); not after a first name ("Doris Day")."""
    return len(words) >= 2 and words[-1] in _TIME_ENDS and (
        words[0] in _OCCASIONS or any(word.endswith(("'s", "’s", "s'", "s’")) for word in words[:-1]))


def _is_desk_byline(line: str) -> bool:
    """Whether ``line`` signs the copy for an agency or the paper's staff rather than a person: "By Reuters",
    "From AFP", "By The Associated Press", "By Reuters and AFP", "By Our Foreign Staff", "By a Staff Reporter",
    "By Reuters Staff", "From Our Correspondent in Lagos"."""
    words = line.split()
    if not 2 <= len(words) <= 10 or words[0] not in ("By", "BY", "From", "FROM"):
        return False
    return _names_agencies(" ".join(words[1:])) or _names_staff(words[1:])


def _names_agencies(names: str) -> bool:
    """Whether ``names`` are news agencies alone, joined by commas, slashes or "and" ("The Associated Press")."""
    parts = [part.lower().removeprefix("the ") for part in _AGENCY_JOINS.split(names.removesuffix("."))]
    return all(part in NEWS_AGENCIES for part in parts)


def _names_staff(words: list[str]) -> bool:
    """Whether ``words`` name the paper's staff: "a", "an", "our" or "the" and up to three capitalised words before
    one such as "Staff", "Reporter" or "Correspondent" ("Our Foreign Staff", "a Staff Reporter", "Reuters Staff"),
    then perhaps "in" or "at" and a place of up to three capitalised words ("Our Correspondent in Lagos")."""
    for at, word in enumerate(words):
        if word in ("in", "at", "IN", "AT"):
            place = words[at + 1:]
            if not 1 <= len(place) <= 3 or not all(w[0].isupper() for w in place):
                return False
            words = words[:at]
            break
    opener = bool(words) and words[0].lower() in _STAFF_OPENERS
    titles = words[int(opener):-1]
    return (len(words) >= 2 and words[-1].lower() in _STAFF_WORDS and len(titles) <= 3
            and all(w[0].isupper() and w.lower() not in _NOT_NAME_WORDS for w in titles))


def _labelled(line: str) -> tuple[str, str] | None:
    """``line``'s label, lower case, and the text after it: before a colon ("Read more: ...", "FILE PHOTO: ..."),
    before a comma after a BBC label ("Image caption, ..."), or before "by" after a picture's ("Photo by Jane
    Roe"); ``None`` when it has none."""
    comma = line.find(",", 0, _LABEL_CHARS + 1)
    if comma > 0 and line[:comma].strip().lower() in _COMMA_LABELS:
        return line[:comma].strip().lower(), line[comma + 1:].strip()
    colon = line.find(":", 0, _LABEL_CHARS + 1)
    if colon > 0:
        return line[:colon].strip().lower(), line[colon + 1:].strip()
    words = line.split(maxsplit=2)
    if len(words) == 3 and words[1] in ("by", "BY") and words[0].lower() in _CREDIT_LABELS:
        return words[0].lower(), words[2]
    return None


def _is_bare_credit(line: str) -> bool:
    """Whether ``line`` is a picture's credit without a label, naming a picture desk ("Getty Images", "AP Photo/Jane
    Roe", "AFP via Getty Images") or an agency before or after a slash ("REUTERS/Jane Roe", "Jane Roe/AFP")."""
    if len(line) > _FURNITURE_LINE_CHARS or ("/" not in line and not _DESK_NAMED.search(line.lower())):
        return False
    names = _credit_names(line)
    return names is not None and (any(name in _PICTURE_DESKS for name in names)
                                  or ("/" in line and any(name in _PICTURE_AGENCIES for name in names)))


def _credit_names(credit: str) -> list[str] | None:
    """The names of a picture's credit, lower case ("Jane Roe/Agency", "AFP via Getty Images", "Jane Roe for the
    Guardian"), or ``None`` when ``credit`` is none: each name is one to six words after any "the", the first with a
    capital and the others too or linking ("Courtesy of Jane Roe"), or a picture's own word (``_CREDIT_WORDS``:
    "Acme handout", "courtesy of Acme"), so that copy ("the bank's lending rose") is no credit."""
    names = _CREDIT_JOINS.split(credit.removesuffix("."))
    for name in names:
        words = name.split()
        words = words[1:] if words[:1] == ["the"] else words  # "Jane Roe for the Morlan Herald"
        if not 1 <= len(words) <= 6 or not (_has_capital(words[0]) or words[0] in _CREDIT_WORDS):
            return None
        if not all(_has_capital(word) or word in _CREDIT_LINKS or word in _CREDIT_WORDS for word in words):
            return None
    return [" ".join(name.lower().split()) for name in names]


def _has_capital(word: str) -> bool:
    """Whether ``word`` holds a capital letter ("Roe", "iStock", "EPA-EFE")."""
    return any(ch.isupper() for ch in word)


def _is_promotion(line: str) -> bool:
    """Whether ``line`` belongs to the page rather than the story: lines of the page's own ("Advertisement",
    "Share this article", "Related:", "Cookie settings | Privacy policy", "3 min read", "More from AP:", "Embedded
    content from twitter.com"), a cookie banner (see ``_COOKIE_NOTICE``), a press release's closing mark ("ENDS",
    "-ends-", "###"), or a call to subscribe, follow, share or click (see :func:`_is_call`)."""
    if _CLOSING_MARK.fullmatch(line) or (_COOKIE_NOTICE.match(line) and _COOKIE_CONSENT.search(line)):
        return True
    more = _MORE_FROM.fullmatch(line)
    if (more and _credit_names(more.group("names")) is not None) or _READING_TIME.fullmatch(line):
        return True
    if not line[:_LABEL_CHARS].lower().startswith(_PROMOTION_OPENERS):
        return False
    whole = " ".join(line.lower().split()).rstrip(".:")
    return (all(part in _PAGE_LINES for part in _PAGE_LINE_JOINS.split(whole)) or _LISTEN.fullmatch(whole) is not None
            or _EMBEDDED.fullmatch(whole) is not None or _is_call(whole))


def _is_layout(line: str) -> bool:
    """Whether ``line`` is the page's layout: a rule, a link alone, a Markdown heading, emoji alone (see
    ``_RULE``) or a transcript's stage direction ("[CROSSTALK]", see ``_STAGE_DIRECTION``)."""
    return _RULE.fullmatch(line) is not None or _BARE_LINK.fullmatch(line) is not None or (
        _MARKDOWN_HEADING.match(line) is not None) or _pictographs_alone(line) or (
        _STAGE_DIRECTION.fullmatch(line.strip()) is not None)


def _pictographs_alone(line: str) -> bool:
    """Whether ``line`` holds emoji or other pictographs alone, with their marks: "🔴", "👉 👉", "👍🏽"; not a
    review's rating in stars ("★★★★☆", "⭐⭐⭐"), the critic's verdict."""
    return (_is_pictograph(line[:1]) and _pictographs_end(line, 0, len(line)) == len(line)
            and not any(ch in _RATING_STARS for ch in line))


def _is_call(whole: str) -> bool:
    """Whether the lower-cased line ``whole`` asks the reader to sign up, follow, share or click."""
    words = whole.rstrip("!").split()
    return _is_sign_up(words) or _is_follow(words) or _is_click(words)


def _is_sign_up(words: list[str]) -> bool:
    """Whether ``words`` ask the reader to sign up for a newsletter: "sign up for our morning briefing newsletter
    here", "subscribe to our newsletters", "sign up for our newsletter at herald.example/signup"; not "sign up for
    the newsletter, the council urged"."""
    if not any(tuple(words[:len(opening)]) == opening for opening in _SIGN_UP):
        return False
    end = len(words) - 2 if len(words) > 2 and words[-2] == "at" and _WEB_ADDRESS.fullmatch(words[-1]) else len(words)
    while end and words[end - 1] in _NEWSLETTER_CLOSERS:
        end -= 1
    return 0 < end <= _NEWSLETTER_WORDS and words[end - 1] in ("newsletter", "newsletters")


def _is_follow(words: list[str]) -> bool:
    """Whether ``words`` ask the reader to follow or share on named platforms alone: "follow us on x and
    instagram", "follow us on instagram @herald", "share on whatsapp"; not "follow us on a tour"."""
    if words[:3] in (["follow", "us", "on"], ["follow", "us", "at"]):
        rest = words[3:]
    elif words[:2] in (["share", "on"], ["share", "via"]):
        rest = words[2:]
    else:
        return False
    return all(_HANDLE.sub("", platform) in _PLATFORMS for platform in _PLATFORM_JOINS.split(" ".join(rest)))


def _is_click(words: list[str]) -> bool:
    """Whether ``words`` ask the reader to click: "click here", "click here to subscribe", "tap here for more"."""
    return words[:2] in (["click", "here"], ["tap", "here"]) and (len(words) == 2 or words[2] in ("to", "for"))


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


def _title_like(line: str) -> bool:
    """Whether most of a line's longer words are capitalised, as in a headline ("Bridge Repairs Will
    Close Two Lanes", "MINISTRY DENIES CLAIMS")."""
    words = [w for w in line.split() if len(w) >= 4 and w[0].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _headline_like(line: str) -> bool:
    """Whether a text's first line reads as its headline: in title case or capitals (see :func:`_title_like`),
    and not ending on a word that runs on to the next line ("... fined Northgate Bank £42 million on")."""
    return _title_like(line) and line.split()[-1] not in _RUNS_ON


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
    spaces is not, and a list item, dateline, time stamp or speaker's label (see :func:`speaker_label_length`)
    on the next line starts a block of its own."""
    line = text[line_start:line_end].rstrip()
    if "   " in line or (_LINE_END_STOP.search(line) and not _TITLE_AT_END.search(line)):
        return False
    if _OWN_LINE.match(text, nxt) or _STAMP.match(text, nxt) or _labelled_at(text, nxt):
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
        if not _closes_french_quotation(text, match):
            match = _GLUED_CANDIDATE.match(text, match.start(), hi) or match
        end = match.end("note") if match.group("note") else match.end("close")
        nxt = _next_visible(text, end, hi)
        if nxt is not None and _is_pictograph(text[nxt]) and not _marks_what_follows(text, nxt, hi):
            # emoji after the stop end its sentence: "We won! 🎉"
            end = _pictographs_end(text, nxt, hi)
            nxt = _next_visible(text, end, hi)
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
    (or ‹) opened before the stop, in its paragraph (for ‹, its line) and within ``_QUOTE_REACH`` characters, with no
    » (or ›) closing it between: "Il a dit : « Nous partons. » Puis"; not a German or Danish opening mark after a
    blank ("Das ist gut. » Wir gehen."), a breadcrumb ("Home. » News » World") or a lone › ("C'est fini. › Il
    part."). True where the boundary reads no such mark."""
    close = match.group("close")
    if "»" not in close and "›" not in close:  # the usual case
        return True
    stop = match.start()
    lo = max(0, stop - _QUOTE_REACH)
    for closing in set(_SPACED_GUILLEMET.findall(close)):
        opened = text.rfind("«" if closing == "»" else "‹", lo, stop)
        if opened < 0 or text.rfind(closing, opened, stop) >= 0:
            return False
        breaks = _LINE if closing == "›" else PARAGRAPH_BREAK
        if (text.find("\n", opened, stop) >= 0 or text.find("\r", opened, stop) >= 0) and breaks.search(
                text, opened, stop):
            return False
    return True


def _is_pictograph(char: str) -> bool:
    """Whether ``char`` is an emoji or another pictograph (see ``_PICTOGRAPH``)."""
    return _PICTOGRAPH.match(char) is not None and unicodedata.category(char) == "So"


def _marks_what_follows(text: str, pos: int, hi: int) -> bool:
    """Whether the emoji at ``pos`` is a bullet's or pointer's (see ``_MARKER_EMOJI``) with words after it on its
    line before ``hi``: "✅ Prices rose", not "✅" at a line's end."""
    if text[pos] not in _MARKER_EMOJI:
        return False
    end = _pictographs_end(text, pos, hi)
    after = _next_visible(text, end, hi)
    return after is not None and _LINE.search(text, end, after) is None


def _pictographs_end(text: str, pos: int, hi: int) -> int:
    """Where the pictographs from ``pos`` (one at least), with their marks and the blanks between them, end before
    ``hi``: "🎉🎉", "👍🏽 ✅", a flag's two letters, a family's emoji joined by zero-width joiners."""
    end = pos
    while pos < hi and _is_pictograph(text[pos]):
        marks = _PICTOGRAPH_MARKS.match(text, pos + 1, hi)
        end = marks.end() if marks else pos + 1
        pos = _next_visible(text, end, hi) or hi
    return end


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
    opens = (first in _OPENERS or _REVERSED_QUOTE.match(text, nxt) is not None
             or _GUILLEMET_OPENING.match(text, nxt) is not None)
    if opens:
        following = _next_visible(text, nxt + 1)
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
    if first in _DASHES:
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
    return not (_is_abbreviation(text, match.start(), nxt) or _opens_quotation_with_ellipsis(text, since, match))


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
_GUILLEMET_OPENING = re.compile(rf"[»›][^\S\r\n]+[{_UPPER}]")


def _dialogue_turn(text: str, match: re.Match[str], nxt: int, since: int) -> bool:
    """Whether the dash at ``nxt``, after the stop ``match`` of the sentence that began at ``since``, opens a new
    speaker's turn (see ``_DIALOGUE_DASH``): "had been shipped. — That is false, the minister said." Not after a
    closing mark (a pull quote's signature: '"We won." — Ana Roe'), an abbreviation or initialism ("Acme Inc. —
    Meta", "in the U.S. — The"), a dateline's state or a dateline in capitals ("FERGUSON, Mo. — The", "PARIS. —
    The"), nor where the sentence read so far opened an aside with a dash, which this one may close, or another dash
    follows before the next stop, closing an aside this one opens ("Acme Inc. — The widget maker — fell")."""
    dash = _DIALOGUE_DASH.match(text, nxt)
    dot = match.start()
    since = _next_visible(text, since, dot) or since  # a dash opening the sentence ("— We paid nothing.") is no aside
    if dash is None or match.group("close") or _LOWER_CASE.search(text, since, dot) is None:
        return False
    stop = _TURN_END.search(text, dash.end())
    turn_end = stop.start() if stop else len(text)
    if (_ASIDE_DASH.search(text, since, dot) or _ASIDE_DASH.search(text, dash.end() - 1, turn_end)
            or _DATELINE_STATE.search(text, max(since, dot - 12), dot) or _signs_off(text, dash.end())):
        return False
    if match.group("term") != ".":
        return True
    return "." not in _word_before(text, dot) and not _is_abbreviation(text, dot, dash.end())


def _signs_off(text: str, start: int) -> bool:
    """Whether the rest of the line from ``start``, just after a dash, is a story's sign-off rather than a speaker's
    turn: its credits or thanks ("Reporting by Ana Roe in Kessel", "AP writer Ana Roe contributed.": see
    :func:`_is_wire_tail`), a writer's signature with their role ("Ana Roe, staff writer"), a note on the story ("This
    story has been updated.") or a line to follow or reach the writer (see ``_SIGN_OFF_AFTER_DASH``,
    ``_CONTACT_LINE``). Only a line ending within ``_SIGN_OFF_REACH`` characters is read: a sign-off is short."""
    end = text.find("\n", start, start + _SIGN_OFF_REACH + 1)
    if end < 0:
        if len(text) > start + _SIGN_OFF_REACH:
            return False
        end = len(text)
    rest = text[start:end].strip()
    if _CREDITED_AFTER_COMMA.search(rest):
        return False  # "— The story is part of a smear campaign, the minister said.": a speaker's words, credited
    return (_is_wire_tail(rest) or _SIGN_OFF_AFTER_DASH.fullmatch(rest) is not None
            or _CONTACT_LINE.fullmatch(rest) is not None)


# A speaker credited after a comma, up to four words before the verb (", the minister said", ", said the aide"): a
# line after a dash that holds one is someone's words, no sign-off, whatever words open it.
_CREDITED_AFTER_COMMA = re.compile(rf",[^\S\r\n]+(?:[\w'’.-]+[^\S\r\n]+){{0,4}}?{_SPEECH_VERB.pattern}")


def _bracketed_abbreviation(text: str, match: re.Match[str], nxt: int) -> bool:
    """Whether the full stop ``match`` ends a title or a retired officer's mark alone in brackets (see
    ``_BRACKETED_TITLES``) that goes with the name at ``nxt``, a capitalised word that does not typically start a
    sentence: "Dr. (Mrs.) Ngozi Eze", "Gen. (Ret.) Paul Obi"; not "He left (see Fig.) The rest", "Prices rose
    (approx.) Analysts said", nor a stop after the bracket ("He left (at 5 p.m.). Then")."""
    dot = match.start()
    word = _word_before(text, dot)
    following = _word_at(text, nxt)
    return (match.group("close") == ")" and text[dot - len(word) - 1:dot - len(word)] == "("
            and word.lower() in _BRACKETED_TITLES and following[:1].isupper()
            and following.lower() not in _SENTENCE_STARTERS)


def _speaker_after_quote(text: str, since: int, match: re.Match[str], nxt: int) -> bool:
    """Whether the stop ``match`` ends a quotation that opens its sentence and a speaker follows at ``nxt``, so
    that the sentence goes on: '"Why?" Smith asked.', "「真的吗？」他问。", and after a quotation in guillemets or
    German marks with a French or German verb of saying too (see ``_FOREIGN_SPEECH_VERB``): "« Pourquoi ? » Marc
    demande.", "„Warum?“ Greta Lindqvist fragte."."""
    if not _quote_opens_sentence(text, since, match):
        return False
    if _speaker_follows(text, nxt, _EXCHANGE_VERB) or _cjk_speaker_follows(text, nxt):
        return True
    return match.group("close").rstrip(")]}")[-1:] in _FOREIGN_CLOSERS and _speaker_follows(
        text, nxt, _FOREIGN_SPEECH_VERB)


def _cjk_speaker_follows(text: str, nxt: int) -> bool:
    """Whether the text at ``nxt`` credits a Chinese or Japanese quotation: Japanese と or って (not a word that
    starts with と, such as "とても"), or a short clause ending in a verb of saying before a stop or a comma ("他问",
    "外交部发言人说"; not "我不知道")."""
    if text.startswith(_CJK_QUOTATIVE, nxt) and not _CJK_NOT_QUOTATIVE.match(text, nxt):
        return True
    clause = _CJK_CLAUSE.match(text, nxt)
    return clause is not None and _CJK_SPEECH_VERB.search(clause.group()) is not None


def _speaker_follows(text: str, nxt: int, verbs: re.Pattern[str] = _SPEECH_VERB) -> bool:
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


# A German club's name after its "1." ("1. FC Köln", "1. FSV Mainz 05", "1. FFC Frankfurt"): a club's abbreviation,
# in its own case, and a capitalised word.
_CLUB_AFTER_NUMBER = re.compile(rf"(?:FC|FSV|FFC|SC|SV|TSV|VfB|VfL)[^\S\r\n]+[{_UPPER}]")
# A score's first figure and what joins it to the second, with blanks, just before that second figure ("2 to ",
# "3 - ", "2 : "): a "1" after it is the score's, not a club's ("It ended 2 to 1. FC Porto lost."); how many
# characters before the "1" are read for it.
_SCORE_BEFORE = re.compile(r"\d[^\S\r\n]*(?:[-–—:]|[^\S\r\n]to)[^\S\r\n]+\Z")
_SCORE_REACH = 12


# The US federal rules cited by their abbreviated names: "Fed. R. Civ. P.", "Fed. R. Crim. P.", "Fed. R. App. P.",
# "Fed. R. Bankr. P.", "Fed. R. Evid.".
_FEDERAL_RULES = re.compile(r"(?<![^\W\d_])Fed\. ?R\. ?(?:(?:Civ|Crim|App|Bankr)\. ?P|Evid)\.")
# The length of the longest such name ("Fed. R. Bankr. P."): how far around a stop one is looked for.
_FEDERAL_RULES_REACH = 17


# A capital letter glued to the figure before it, or after a degree sign: a unit ("31C", "31°C", "12 °F", "10,000L").
_UNIT_AFTER_FIGURE = re.compile(r"\d(?:[^\S\r\n]?[°º])?[A-Z]\Z")


#: A company's legal form as written after its name ("Inc.", "Ltd", "plc"), not a word it opens ("Co-founder").
_LEGAL_FORM_AFTER_NAME = re.compile(r"(?:Inc|INC|Corp|CORP|Co|CO|Ltd|LTD|LLC|PLC|[Pp]lc)\b(?![-'’])")


def _dotted_name(word: str) -> bool:
    """Whether the dotted ``word`` is a name rather than an initialism like "U.S." or "Ph.D.": a part after its first
    of two or more lower-case letters ("Node.js", "app.py", "Kessel.ai", "will.i.am"), or a last part of two or more
    capitals after a first of one letter or in mixed case ("X.AI", "Kessel.AI", "Grayfin.IO"; not "LT.COL" of copy
    in capitals); not a title's degree glued to it ("Dr.med. Hans Vogel", "Prof.dr. Jan de Vries") nor "et.al."."""
    parts = word.strip(".").split(".")
    if f"{parts[0]}." in _SPEAKER_TITLES or parts[0] == "et":
        return False
    if any(len(part) > 1 and part.isalpha() and part.islower() for part in parts[1:]):
        return True
    last = parts[-1]
    return (len(parts) > 1 and len(last) > 1 and last.isalpha() and last.isupper()
            and (len(parts[0]) == 1 or not word.isupper()))


#: A dotted academic or professional degree written after a name, without its last stop ("Ph.D", "M.D", "M.P.H").
_DOTTED_DEGREE = re.compile(r"(?:Ph|Ed|Psy|Pharm|M|J|D\.M)\.D|D\.D\.S|M\.B\.A|M\.P\.H|R\.N")
#: The same or a bachelor's or master's degree ("B.A", "M.Sc"), written as a noun after a determiner ("She earned a
#: Ph.D.", "her M.A."): see :func:`_degree_then_sentence`.
_NOUN_DEGREE = re.compile(rf"{_DOTTED_DEGREE.pattern}|[BM]\.(?:A|S|Sc)")
_DEGREE_DETERMINER = re.compile(r"(?<![\w'’-])(?:[Aa]n?|[Hh]er|[Hh]is|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our)[^\S\r\n]\Z")
#: A word opening a sentence after a degree: capitalised, then lower case only ("Patients", "The"; not "FACS", "M.D.").
_OPENING_WORD = re.compile(rf"[{_UPPER}][a-z]+")


def _degree_then_sentence(text: str, dot: int, nxt: int, word: str) -> bool:
    """Whether the stop at ``dot`` ends the dotted degree ``word`` written after a name and its comma (", Ph.D.",
    ", M.D.") or as a noun after a determiner ("a Ph.D.", "her M.A.": see ``_NOUN_DEGREE``) before a capitalised
    word of lower-case letters (at ``nxt``): a degree ends the name it follows, and the noun its phrase, so a word
    so written opens the next sentence ("led by Ana Ruiz, Ph.D. Patients were excluded.", "She earned a Ph.D. Then
    she moved."); not another degree nor an initialism ("Ph.D. FACS"), nor a person's initials after a comma
    ("her running mate, J.D. Vance": see :func:`_initials_before_surname`)."""
    start = dot - len(word)
    if _OPENING_WORD.fullmatch(_word_at(text, nxt)) is None:
        return False
    if _DOTTED_DEGREE.fullmatch(word) is not None and text[max(0, start - 2):start] == ", ":
        return not _initials_before_surname(text, start - 2, word, nxt)
    return (_NOUN_DEGREE.fullmatch(word) is not None
            and _DEGREE_DETERMINER.search(text, max(0, start - 6), start) is not None)


#: Titles of several people, in ``_CAPITALISED_ONLY``, that a plural noun or a team's nickname is spelled as too ("the
#: Sens." of Ottawa's hockey team): see :func:`_plural_title_holds`.
_PLURAL_TITLES = frozenset("sens reps govs".split())


def _plural_title_holds(text: str, dot: int, word: str, nxt: int) -> bool:
    """Whether the plural title ``word`` ending at ``dot`` titles the names at ``nxt`` ("Sens. Ana Ruiz and Ed Rusk",
    "Democratic Reps. Moe and Vask"), so the sentence goes on: not after "the", where it is a noun ("The Leafs beat
    the Sens. Tkachuk scored."), nor before a word that opens sentences ("three Reps. The vote was close.")."""
    before = text[max(0, dot - len(word) - 5):dot - len(word)]
    return (re.search(r"(?<![\w'’-])the\s+\Z", before, re.I) is None
            and _word_at(text, nxt).lower() not in _SENTENCE_STARTERS)


#: A degree that is also a pair of initials ("J.D", "M.D", "R.N": "J.D. Vance", "M.D. Anderson").
_INITIALS_DEGREE = re.compile(rf"[{_UPPER}]\.[{_UPPER}]")
#: A surname of one word, a capital and then lower-case letters ("Olde"; not "Jong-un").
_PLAIN_SURNAME = re.compile(rf"[{_UPPER}][a-z]+")
#: What goes on with a surname after initials: a comma, "and" or a possessive ("J.D. Vance, 40,", "J.D. Vance and").
_NAME_GOES_ON = re.compile(r"[A-Za-z]+(?:,| and |['’]s\b)")


def _initials_before_surname(text: str, comma: int, word: str, surname: int) -> bool:
    """Whether the degree-like ``word`` after the comma at ``comma`` is a person's initials before the surname at
    ``surname``: a two-letter degree ("J.D.", "M.D.", "R.N.") follows a person's name (a given name, then a
    capitalised word: "Tomas Brandt, M.D."; or a given name of either sex just before a surname of one word in lower
    case after its capital: "Kim Olde, R.N.", not "Kim Jong-un, J.D.") before it ends a sentence, so not after any
    other words ("her running mate, J.D. Vance", "On Monday, J.D. Vance said"), nor when the word after it goes on as
    a name ("Ana Ruiz, J.D. Vance and Tom Bell signed")."""
    if _INITIALS_DEGREE.fullmatch(word) is None:
        return False
    words = text[max(0, comma - 60):comma].split()
    person = (len(words) >= 2 and words[-1][:1].isupper()
              and (any(given_name_sex(given) is not None for given in words[-3:-1])
                   or (given_name_of_either_sex(words[-2]) and _PLAIN_SURNAME.fullmatch(words[-1]) is not None)))
    return not person or _NAME_GOES_ON.match(text, surname) is not None


#: US states' AP abbreviations written with one full stop ("Fla.", "Calif."; "N.J." is an initialism, read as one).
_STATE_ABBREVIATIONS = frozenset("""Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss
    Mo Mont Neb Nev Okla Ore Pa Tenn Tex Vt Va Wash Wis Wyo""".split())
#: A capitalised title after a state's abbreviation, whose holder the state qualifies ("Fla. Gov.", "Calif. Lt. Gov.").
_TITLE_AFTER_STATE = re.compile(r"(?:Gov|Govs|Sen|Sens|Rep|Reps|Lt|Atty)\.")


def _state_before_title(text: str, dot: int, word: str, nxt: int) -> bool:
    """Whether ``word`` ending at ``dot`` is a state's abbreviation before a title at ``nxt`` that it qualifies
    ("former Fla. Gov. Tom Vask", "calling for Ariz. Gov. Ana Ruiz", "then-Calif. Lt. Gov."; see
    ``_TITLE_AFTER_STATE``): one sentence. Not a city's state after its comma ("in Tampa, Fla. Gov. Vask said"),
    which may end a sentence as before."""
    if word not in _STATE_ABBREVIATIONS or _TITLE_AFTER_STATE.match(text, nxt) is None:
        return False
    start = dot - len(word)
    return not text[max(0, start - _WORD_REACH):start].rstrip().endswith(",")


def _is_abbreviation(text: str, dot: int, nxt: int) -> bool:
    if _club_number(text, dot, nxt) or _in_federal_rules(text, dot, nxt):
        return True
    word = _word_before(text, dot)
    if not word:
        return False
    if _state_before_title(text, dot, word, nxt):
        return True
    bare = word.rstrip(".").lower()
    if _URLISH.search(word):
        return False  # a web or e-mail address ends its sentence: "write to jdoe@gazette.com. Follow her"
    if _dotted_name(word):
        # a package's, a file's or a brand's name ("Node.js.", "Kessel.ai.", "X.AI."), no "U.S.", ends its sentence
        # unless the brand's legal form follows: "Shares of Kessel.AI. Inc. rose" names one company
        return _LEGAL_FORM_AFTER_NAME.match(text, nxt) is not None
    if "." in word.strip("."):
        following = _word_at(text, nxt)
        if _degree_then_sentence(text, dot, nxt, word):
            return False  # "led by Ana Ruiz, Ph.D. Patients in the U.S. were excluded." is two sentences
        if word.rstrip(".") in _CLOCK_MARKS and following[:1].isupper():
            # a zone's abbreviation ("HKT"; not any capitals: "9 a.m. UN officials said" is two
            # sentences) or a place and "time" ("Taiwan time")
            return following.lower() in _WITH_CLOCK or bool(_ZONE.match(text, nxt))
        if word.rstrip(".") in _COMPANY_FORMS:  # "Banco Rio S.A. Shares fell" ends, as "Acme Corp." does
            # but South African copy's "the S.A. Police Service" is South Africa's police
            after = _AFTER_COMPANY - {"police"} if word.rstrip(".") == "S.A" else _AFTER_COMPANY
            return following.lower() not in _SENTENCE_STARTERS | after
        # An initialism such as "U.S." ends a sentence only before a word
        # that typically starts one.
        return following.lower() not in _SENTENCE_STARTERS
    if word[0].isupper() and len(word) <= 6 and _in_bracketed_citation(text, dot, nxt):
        return True  # "(D. Vt. 2016)", "(N.D. Cal. 2018)"
    if (word in _DIGRAPH_INITIALS or word == "b") and _initial_before_name(text, dot, word, nxt):
        return True
    if word in _NAME_TITLES:
        return _initial_before_name(text, dot, word, nxt)
    if bare in _CURRENCIES:
        return text[nxt].isdigit()
    if word in _LOCAL_TITLES:
        return _local_title(text, dot, word, nxt)
    if (word in ("St", "Dr", "Ct") and text[nxt].isupper() and _word_at(text, nxt) not in _COMPASS
            and _ends_address(text, dot)):  # "at 12 Elm St. Police said"; "12 Elm St. SE" holds
        return False
    if _word_at(text, nxt).lower() in _CLEAR_STARTERS and (bare in _NOT_TITLES or (len(word) == 1 and word.isupper())):
        return _transcript_label(text, dot)  # "A. We sent tankers." below "Q. Will you resign?" is one answer
    if bare in _STREETS:  # "Elm Ave. NW", "Hwy. 61", "Oak Rd. near"; "on Elm Ave. Witnesses said" ends
        return text[nxt].isdigit() or text[nxt].islower() or _word_at(text, nxt) in _COMPASS
    if len(word) == 1 and word.isupper():
        # an initial ("John F. Kennedy"), not a unit glued to its figure ("Highs of 31C.", "31°C.", "10,000L.") nor a
        # unit's letter after its slash and a letter ("7.8 mmol/L.", "40 IU/L.", "5 µg/L."), which no initial
        # follows; a floor's "1/F." ("1/F. Tower B") goes on as before
        unit = text[dot - 2:dot - 1] == "/" and text[dot - 3:dot - 2].isalpha()
        return _UNIT_AFTER_FIGURE.search(text, max(0, dot - 4), dot) is None and not unit
    if word in _JOURNAL_WORDS and _journal_word(text, dot, word, nxt):
        return True
    if bare in _CITATION_WORDS and word[0].isupper():
        return _IN_CITATION_NEXT.match(text, nxt) is not None
    if bare in _OFTEN_FINAL:
        # "... a spokesman for Acme Corp. The shares fell" ends; "Acme Corp. Chief Executive" does not; nor does
        # "a report on Acme Corp. Grayfin said" hold; "Kessel Co. Officials said" opening its sentence is a county's
        # officials speaking
        if bare == "co" and _COUNTY_PEOPLE_SAYING.match(text, nxt) and _name_opens_sentence(text, dot - len(word)):
            return True
        if bare in _LEGAL_FORMS_FINAL and _CAPITAL_QUOTATION.match(text, nxt):
            return False  # 'a retail analyst at Halden & Co. "I would be surprised ..."': a new quotation opens
        return (_word_at(text, nxt).lower() not in _SENTENCE_STARTERS | _AFTER_COMPANY
                and not (bare in _LEGAL_FORMS_FINAL and _speaker_after_company(text, nxt)))
    if bare in _PLURAL_TITLES:
        return word[0].isupper() and _plural_title_holds(text, dot, word, nxt)
    if bare in _CAPITALISED_ONLY:
        return word[0].isupper()  # "Rep.", "ST. LOUIS"; not "a sales rep."
    if bare in _BEFORE_NUMBERS:
        # "No. 10", "Vol. II", "Fig. S3", and "Sec." as a title ("Sec. Blinken"); not "the SEC." or "said no."
        following = _word_at(text, nxt)
        if bare in _BEFORE_NUMBERS_CAPITALISED and not word[0].isupper():
            return False
        roman = _ROMAN.fullmatch(following) is not None and not (
            bare == "no" and following == "I" and _no_then_pronoun(text, dot, word, nxt))
        return (text[nxt].isdigit() or roman or word == "Sec"
                or ((bare in _BEFORE_LABELS or word in _NUMBER_WORDS) and _LABEL.match(text, nxt) is not None)
                or (word[0].isupper() and following.lower() in _BEFORE_TITLES.get(bare, ())))
    if bare == _SUPPLEMENT:
        return _word_at(text, nxt).lower() not in _SENTENCE_STARTERS
    return bare in ABBREVIATIONS or (word[0].isupper() and _CITATION_WORD.match(text, nxt) is not None)


# One to three capitalised words, then a verb of saying: a speaker opening a sentence ("Grayfin said", "Grayfin
# Research told"), the words in group 1.
_NAME_THEN_SAYING = re.compile(rf"((?:[{_UPPER}][\w'’-]*[^\S\r\n]+){{1,3}})(?:{_SPEECH_VERB.pattern})")
# A double or curly quotation mark opening before a capital: a quotation that opens a sentence (see
# ``_LEGAL_FORMS_FINAL``).
_CAPITAL_QUOTATION = re.compile(rf"[\"“‘„«][{_UPPER}]")
# Lower-case words of a company's post that may follow its name in the same sentence ("Acme Corp. Chief Executive
# Jane Roe said", "Acme Inc. Spokeswoman Jo Lee told"): such a run is a person of the company, no new sentence. Also
# the people and parts of a company ("Acme Inc. Employees said", "Acme Inc. Investor Relations said", "Acme Inc.
# Board said"), a trade ("Acme Inc. Economist Ana Ruiz"), and a county's posts and offices after "Co.", which is
# "County" too ("Kessel Co. Sheriff Tom Vance said", "Kessel Co. Deputies said", "Kessel Co. Health Department").
_COMPANY_POSTS = frozenset("""chief executive officer ceo cfo coo cto vice president chairman chairwoman chair director
    spokesman spokeswoman spokesperson founder co-founder head manager analyst treasurer secretary general counsel
    partner owner co-owner shareholder stockholder investor relations employee worker staff staffer whistleblower
    guard member trustee engineer economist board department office council committee commission division unit team
    union sheriff deputy deputies coroner auditor clerk assessor recorder marshal superintendent inspector
    commissioner supervisor administrator dispatcher official officer""".split())
# The people of a county who speak after "Co." (which is "County" too), then a verb of saying: "Kessel Co. Officials
# said", "Kessel Co. Residents told", where the county's name opens the sentence (see :func:`_name_opens_sentence`).
# Before other words, or after words of the sentence ("sold its stake in Kessel Chemical Co. Police said", "wrote to
# Acme Co. Residents said": a company's "Co."), "Co." ends its sentence as "Corp." does ("Acme Co. Officials raided",
# "Acme Co. Analysts said", "Acme Co. The firm said").
_COUNTY_PEOPLE_SAYING = re.compile(r"(?:Officials|Police|Prosecutors|Authorities|Investigators|Residents|Voters"
                                   rf"|Firefighters|Leaders)[^\S\r\n]+(?:{_SPEECH_VERB.pattern})")
# A capitalised trade known by its ending, which names no firm nor its speaker: "Economist", "Hydrologist", "Physician".
_TRADE_ENDING = re.compile(r"[a-z]{2,}(?<!s)ist|[a-z]+ician")


#: How many capitalised words a county's name before "Co." may have ("Kessel Co.", "Los Angeles Co.").
_COUNTY_NAME_WORDS = 3


def _name_opens_sentence(text: str, at: int) -> bool:
    """Whether one to ``_COUNTY_NAME_WORDS`` capitalised words just before the word at ``at`` ("Co.") open their
    sentence (see :func:`_opens_sentence_at`): "Kessel Co." alone is no sentence, so "Kessel Co. Officials said" is
    one; after words of a sentence ("He wrote to Acme Co.") "Co." may end it."""
    for _ in range(_COUNTY_NAME_WORDS):
        if at < 2 or text[at - 1] not in " \t":
            return False
        start = at - 1
        while start > max(0, at - 1 - _WORD_REACH) and not text[start - 1].isspace():
            start -= 1
        while start < at - 2 and text[start] in _OPENERS:  # "“Kessel Co. Officials said ...,” she wrote."
            start += 1
        if not text[start].isupper():
            return False
        if _opens_sentence_at(text, start):
            return True
        at = start
    return False


def _speaker_after_company(text: str, nxt: int) -> bool:
    """Whether a speaker named without a post opens a sentence at ``nxt``, after a company's legal form and its stop:
    one to three capitalised words and a verb of saying ("Acme Corp. Grayfin said", "Acme Inc. Ruiz told"), none of
    them a company's post, people or part, a trade or a county's post or office, in the singular, the plural or the
    possessive ("Acme Corp. Chief Executive Jane Roe said", "Acme Corp. CEO Jo Lee said", "Acme Inc. Employees said",
    "Kessel Co. Sheriff's Office said" hold) nor a day or month ("Acme Inc. Thursday said" is the company's
    sentence)."""
    found = _NAME_THEN_SAYING.match(text, nxt)
    return found is not None and not any(_post_word(word) for word in found.group(1).split())


def _post_word(word: str) -> bool:
    """Whether the capitalised ``word`` after a company's legal form is a post, role or part of it (or a county's)
    or a day, month or sentence's word (see :func:`_speaker_after_company`): "Sheriff's", "Employees",
    "Economist"."""
    low = _POSSESSIVE_END.sub("", word).lower()
    return any(form in _COMPANY_POSTS or form in _ROLES_BEFORE_TITLES or form in _NOT_SPEAKER_WORDS
               for form in (low, low.removesuffix("s"))) or _TRADE_ENDING.fullmatch(low) is not None


def _transcript_label(text: str, dot: int) -> bool:
    """Whether the stop at ``dot`` ends a transcript's "Q." or "A." opening its line, where the nearest line with
    words above or below it opens with the other label ("Q. Will you resign?" then "A. We sent tankers."): the
    speaker's label, not a sentence of its own."""
    start = max(text.rfind("\n", 0, dot), text.rfind("\r", 0, dot)) + 1
    label = _QA_LABEL.match(text, start)
    if label is None or label.end(1) != dot:
        return False
    other = "A" if label.group(1) == "Q" else "Q"
    above = start - 1
    while above >= 0 and text[above].isspace():
        above -= 1
    if above >= 0:
        line = _QA_LABEL.match(text, max(text.rfind("\n", 0, above), text.rfind("\r", 0, above)) + 1)
        if line is not None and line.group(1) == other:
            return True
    end = _LINE.search(text, dot)
    below = _next_visible(text, end.end()) if end else None
    if below is None:
        return False
    line = _QA_LABEL.match(text, max(text.rfind("\n", 0, below), text.rfind("\r", 0, below)) + 1)
    return line is not None and line.group(1) == other


def _club_number(text: str, dot: int, nxt: int) -> bool:
    """Whether the stop at ``dot`` ends the "1" that opens a German club's name at ``nxt`` ("Bayern beat 1. FC
    Köln", "lost to 1. FC Lindau"): a lone 1 after a blank or an opening mark, so that a score or a year before a
    club ("won 2-1. FC Porto", "in 2019. FC Barcelona") still ends the sentence, and no score's second figure
    written with blanks ("It ended 2 to 1. FC Porto lost.", "2 - 1.", "2 : 1.": see ``_SCORE_BEFORE``)."""
    return (text[dot - 1:dot] == "1" and (dot == 1 or text[dot - 2].isspace() or text[dot - 2] in _OPENERS)
            and _CLUB_AFTER_NUMBER.match(text, nxt) is not None
            and _SCORE_BEFORE.search(text, max(0, dot - 1 - _SCORE_REACH), dot - 1) is None)


def _in_federal_rules(text: str, dot: int, nxt: int) -> bool:
    """Whether the stop at ``dot`` belongs to the name of a US federal rule book (see ``_FEDERAL_RULES``) and does
    not end the sentence: any stop inside the name, and its last one before a rule's number ("Fed. R. Evid. 702");
    the last one before a capitalised word ends it ("... of the Fed. R. Civ. P. The judge granted it.")."""
    for rules in _FEDERAL_RULES.finditer(text, max(0, dot - _FEDERAL_RULES_REACH), dot + _FEDERAL_RULES_REACH):
        if rules.start() <= dot < rules.end() - 1 or (dot == rules.end() - 1 and text[nxt].isdigit()):
            return True
    return False


# Words that go on after the pronoun "I" and not after a Roman number naming a count, a measure or a chapter ("Count
# No. I of the indictment", "Measure No. I was passed"): "said No. I think not." is an answer mid-sentence too.
_AFTER_PRONOUN_I = frozenset("""am never don't don’t do have haven't haven’t think know want believe guess mean
    remember recall agree feel hope need wish say see""".split())
# A word after "I": letters, perhaps an apostrophe and more letters ("don't").
_WORD_AFTER_I = re.compile(r"[^\S\r\n]+([a-z]+(?:['’][a-z]+)?)")


def _no_then_pronoun(text: str, dot: int, word: str, nxt: int) -> bool:
    """Whether "No." (``word``, its stop at ``dot``) before a lone "I" at ``nxt`` is the answer and the pronoun after
    it rather than a Roman number: "no" in lower case ("He said no. I left."), "No" opening its sentence, after a stop,
    a colon, an opening quotation mark or a transcript's label or at a line's start ("A. No. I never saw him.", "Is
    it? No. I think not.", "'No. I don't want it.'"), "No" just after a verb of saying ("he said No. I was asleep":
    a count or a measure is a noun's), or "I" going on as the pronoun does ("said No. I never met her", "I'm").
    "Count No. I of the indictment" and "Voters passed Measure No. I" hold a Roman number."""
    if word[0].islower() or text[nxt + 1:nxt + 2] in ("'", "’"):
        return True
    after = _WORD_AFTER_I.match(text, nxt + 1)
    if after is not None and after.group(1) in _AFTER_PRONOUN_I:
        return True
    return _opens_sentence_at(text, dot - len(word)) or _after_speech_verb(text, dot - len(word))


def _after_speech_verb(text: str, at: int) -> bool:
    """Whether the word at ``at`` follows a verb of saying (see ``_SPEECH_VERB``: "said No.", "replied No."), blanks
    (at most ``_OPENING_REACH``) between."""
    end, floor = at, max(0, at - _OPENING_REACH)
    while end > floor and text[end - 1] in " \t":
        end -= 1
    return end < at and _SPEECH_VERB.fullmatch(_word_before(text, end)) is not None


# How many blanks before a word are read back, to see whether the word opens its sentence.
_OPENING_REACH = 20


def _opens_sentence_at(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens its sentence: at the text's or a line's start, or after blanks (at most
    ``_OPENING_REACH``) and a stop, a colon or semicolon, an opening mark, or a stop and a closing mark ("Is it? No.",
    "A. No.", "said: No.", "‘No."); not after a title's or a month's stop ("St. Louis", "Jan."; see
    ``_CAPITALISED_ONLY``)."""
    floor = max(0, at - _OPENING_REACH)
    while at > floor and text[at - 1] in " \t":
        at -= 1
    if at == 0 or text[at - 1] in ":;…\r\n" or text[at - 1] in _OPENERS:
        return True
    if at >= 2 and text[at - 1] in _CLOSERS:
        at -= 1
    return text[at - 1] in ".!?" and _word_before(text, at - 1).lower() not in _CAPITALISED_ONLY


def _journal_word(text: str, dot: int, word: str, nxt: int) -> bool:
    """Whether the journal's word ``word`` (see ``_JOURNAL_WORDS``), whose stop is at ``dot``, holds it: before
    another word of a journal's name ("Nat. Med.", "Sci. U.S.A."), before "J." or "Rev." and more of the name ("Am.
    J. Med.", "Phys. Rev. Lett."), or before the volume's number after a word with a stop ("Nat. Med. 24"); "in the
    Med. Officials said" and "married Ann. J. Smith was" end."""
    if _JOURNAL_NEXT.match(text, nxt) or _JOURNAL_INITIAL_NEXT.match(text, nxt):
        return True
    start = dot - len(word)
    return text[nxt].isdigit() and _JOURNAL_BEFORE.search(text, max(0, start - _WORD_REACH), start) is not None


def _in_bracketed_citation(text: str, dot: int, nxt: int) -> bool:
    """Whether the stop at ``dot`` belongs to a court's or state's abbreviation inside a citation in brackets that
    closes after the year (see ``_CITATION_TAIL``): "(D. Vt. 2016)", "(N.D. Cal. Mar. 3, 2018)"; an open bracket
    stands within ``_CITATION_BRACKET_REACH`` characters before it, with no closing one between."""
    lo = max(0, dot - _CITATION_BRACKET_REACH)
    return text.rfind("(", lo, dot) > text.rfind(")", lo, dot) and _CITATION_TAIL.match(text, nxt) is not None


def _initial_before_name(text: str, dot: int, word: str, nxt: int) -> bool:
    """Whether ``word``, whose full stop is at ``dot``, is an initial of the name at ``nxt``: a transliterated
    two-letter initial ("Yu. Ushakov", "Lt. Col. Ye. Vasilyev"; not "Michael Yu." before a new sentence) or
    Arabic "b." for "bin" between two names ("Mohammed b. Salman"), or a title of ``_NAME_TITLES`` ("Engr. Musa
    Bello", "Works Commissioner Engr. Musa Bello" after a role, not after a name). A word that typically starts a
    sentence ("Yu. The") starts one."""
    following = _word_at(text, nxt)
    if not following[:1].isupper() or following.lower() in _SENTENCE_STARTERS:
        return False
    words = text[max(0, dot - _WORD_REACH):dot].split()
    previous = words[-2] if len(words) > 1 else ""
    after_name = previous[:1].isupper() and previous[-1].isalpha()
    if word == "b":
        return after_name
    if word in _NAME_TITLES:
        return not after_name or previous.lower() in _ROLES_BEFORE_TITLES or words[-1] in _GLUED_TITLES
    return not (word in _NAME_DIGRAPHS and after_name)


def _local_title(text: str, dot: int, word: str, nxt: int) -> bool:
    """Whether ``word`` of ``_LOCAL_TITLES``, whose full stop is at ``dot``, is a title before the name at ``nxt``
    ("Ald. Nora Bell"), not a sentence's end ("Ald. The", "Dover, Del. Officials")."""
    following = _word_at(text, nxt)
    if not following[:1].isupper() or following.lower() in _SENTENCE_STARTERS:
        return False
    words = text[max(0, dot - _WORD_REACH):dot].split()
    previous = words[-2] if len(words) > 1 else ""
    return not (word == "Del" and previous[:1].isupper() and previous.endswith(","))


def _ends_address(text: str, dot: int) -> bool:
    """Whether the "St", "Dr" or "Ct" whose stop is at ``dot`` ends a street's address ("3100 W. Division St."), and
    the word before it is no role ("In 2019 Health Minister Dr."): see ``_ADDRESS_BEFORE``."""
    found = _ADDRESS_BEFORE.search(text, max(0, dot - _ADDRESS_REACH), dot)
    before = text[found.start():dot].split()[-2] if found else ""
    return found is not None and before.lower() not in _ROLES_BEFORE_TITLES and before not in _SAINT_PLACE_HEADS


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
    kept = rf"(?<=\w){closer}(?=\w)|(?<!\w)[{opener}{closer}](?={_ELISION})"
    opens = rf"(?<!\w){opener}(?=[^\W\d])(?!{_ELISION})"
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


# German copy's guillemets, turned round: »…« within the paragraph, ›…‹ on its line. Which way a pair runs is read
# from the marks: » (or ›) opens only where no letter or digit stands before it and a word, a digit or another
# opening mark follows it, and only where a « (or ‹) closes it after no blank and before no letter or digit; so the
# closing » of French copy ("« Non. » Le ministre", "«Non» et «oui»") opens nothing.
_REVERSED_DOUBLE = rf"(?<!\w)»(?=[^\s«»]){_running('«»')}*(?<!\s)«(?!\w)"
_REVERSED_SINGLE = r"(?<!\w)›(?=[^\s‹›])[^‹›\r\n]*(?<!\s)‹(?!\w)"
_REVERSED_QUOTE = re.compile(f"{_REVERSED_DOUBLE}|{_REVERSED_SINGLE}")
_REVERSED_SINGLE_QUOTE = re.compile(_REVERSED_SINGLE)

# Quotation marks: “…”, „…“ / „…”, «…» and "…" (opening where a quote can open: not after a digit or
# letter, so 12" is an inch mark) end at the paragraph break when unclosed; ‹…› closes on its line; German »…« and
# ›…‹ as ``_REVERSED_QUOTE`` says; ‘…’ and '…' as :func:`_single` says.
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
