"""Whether a full stop ends an abbreviation rather than a sentence.

The one job here is :func:`is_abbreviation`: reading the word before a full stop
("Mr.", "U.S.", "Jan.", "Calif.", "No.", "Cir.", "Proc.") and what follows it, with
the word tables those decisions read, so that :mod:`framing.segment` can ask it
at each candidate boundary.
"""

from __future__ import annotations

import re

from .furniture import CLOSERS, OFTEN_FINAL
from .given_names import given_name_of_either_sex, given_name_sex
from .textchars import is_letter_or_mark
from .textlines import OPENERS, TIME_ZONES, UPPER, WITH_CLOCK
from .turns import COMPANY_POSTS, NOT_SPEAKER_WORDS, POSSESSIVE_END, ROLES_BEFORE_TITLES, SPEAKER_TITLES
from .turns import transcript_label

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
CAPITALISED_ONLY = frozenset(
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
SENTENCE_STARTERS = frozenset(
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
#: An opening quotation mark and a capital just after a clock's mark: a quotation opens the next sentence ('at 6 a.m.
#: "We ran," said ...'), as no time goes on into quoted words.
_QUOTE_OPENS_AFTER_CLOCK = re.compile(rf"[\"“‘'«„][{UPPER}]")
#: "the", "a" or an owner's word just before a clock time up to its mark ("the 6 ", "her 10.30 " of "her 10.30 p.m."):
#: the time stands before a noun it tells of ('the 6 a.m. "Dawn Patrol" show', "the 9 a.m. UN briefing"), so its
#: mark ends no sentence before a capital or a quotation, unless a word that opens sentences follows ("She caught the
#: 6 a.m. The train was late.").
_TIME_BEFORE_NOUN = re.compile(r"(?<![\w'’-])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our|"
                               r"[Tt]his|[Tt]hat|[Ee]very|[Ee]ach)\s+\d{1,2}(?:[:.]\d{2})?\s*\Z")

_ZONE = re.compile(
    rf"(?:{TIME_ZONES})\b"
    # a place and "time" ("Taiwan time"), but not "Some time later" or "This time"
    r"|(?!(?:Some|This|That|Last|Next|Any|Every|Each|One|No|The|First|Second|Third|Another|Other|Prime|Half)\b)"
    r"(?:[A-Z][a-z]+ ){1,2}time\b")


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
NAME_TITLES = frozenset("Engr Alh Pst Comr Shri Smt Sra Ir Ust Kol Inf Ing Sig Dott On Mgr".split())
#: Titles glued to a title of ``NAME_TITLES`` before them ("Dipl.-Ing."), which is then no name's last word.
_GLUED_TITLES = frozenset({"Dipl.-Ing"})
# Titles of American local copy ("Ald. Nora Bell", "Comm. Ann Reyes", "Ofc. Dan Cole", "Sup. Lee Park", "Del. Mia
# Fox", "Chicago Ald. Ed Burke"), which hold their stop only as written here and before a capitalised word that starts
# no sentence; "Del." after a place and a comma is Delaware ("in Dover, Del. Officials said" ends). So too Bangladeshi
# copy's "Md." (Mohammad) before a name ("ACC Secretary Md. Rafiq Hossain", "Md. Abul Kalam said"), which after a place
# and a comma is Maryland ("in Bethesda, Md. Officials said" ends).
_LOCAL_TITLES = frozenset("Ald Comm Ofc Sup Del Md".split())
#: Titles of ``_LOCAL_TITLES`` that are a state's abbreviation after a place and a comma.
_STATE_TITLES = frozenset("Del Md".split())
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
NOT_TITLES = frozenset(
    """
    jr sr st jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    """.split()
)
# A speaker after a quoted question or exclamation: '"Why?" Smith asked.', '"No!" Prime Minister Lee said.',
# '"Why now?" Ursula von der Leyen asked.': capitalised words (in any script), initials and titles, with name
# particles between them, then a verb of saying.
SPEECH_VERB = re.compile(
    r"(?:said|says|asked|asks|told|tells|added|adds|wrote|writes|replied|replies|"
    r"answered|insisted|demanded|wondered|exclaimed|shouted|yelled|cried|declared|tweeted|posted|"
    r"recalled|explained|noted|argued|countered|retorted|continued|warned|stated|quipped|joked)\b")
# Characters that may sit inside a written word without being part of its spelling: the soft hyphen, and the
# zero-width space, joiners, word joiner and byte-order mark of scraped text ("for\u00adest", "arr\u200best").
_IN_WORD = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_WORD_REACH = 40
URLISH = re.compile(r"(?:://|www\.|@|\.(?:com|org|net|gov|edu|io|uk)\b)", re.I)


def word_before(text: str, dot: int) -> str:
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
_CLUB_AFTER_NUMBER = re.compile(rf"(?:FC|FSV|FFC|SC|SV|TSV|VfB|VfL)[^\S\r\n]+[{UPPER}]")
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
    if f"{parts[0]}." in SPEAKER_TITLES or parts[0] == "et":
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
_OPENING_WORD = re.compile(rf"[{UPPER}][a-z]+")


def _degree_then_sentence(text: str, dot: int, nxt: int, word: str) -> bool:
    """Whether the stop at ``dot`` ends the dotted degree ``word`` written after a name and its comma (", Ph.D.",
    ", M.D.") or as a noun after a determiner ("a Ph.D.", "her M.A.": see ``_NOUN_DEGREE``) before a capitalised
    word of lower-case letters (at ``nxt``): a degree ends the name it follows, and the noun its phrase, so a word
    so written opens the next sentence ("led by Ana Ruiz, Ph.D. Patients were excluded.", "She earned a Ph.D. Then
    she moved."); not another degree nor an initialism ("Ph.D. FACS"), nor a person's initials after a comma
    ("her running mate, J.D. Vance": see :func:`_initials_before_surname`)."""
    start = dot - len(word)
    if _OPENING_WORD.fullmatch(word_at(text, nxt)) is None:
        return False
    if _DOTTED_DEGREE.fullmatch(word) is not None and text[max(0, start - 2):start] == ", ":
        return not _initials_before_surname(text, start - 2, word, nxt)
    return (_NOUN_DEGREE.fullmatch(word) is not None
            and _DEGREE_DETERMINER.search(text, max(0, start - 6), start) is not None)


#: Titles of several people, in ``CAPITALISED_ONLY``, that a plural noun or a team's nickname is spelled as too ("the
#: Sens." of Ottawa's hockey team): see :func:`_plural_title_holds`.
_PLURAL_TITLES = frozenset("sens reps govs".split())


def _plural_title_holds(text: str, dot: int, word: str, nxt: int) -> bool:
    """Whether the plural title ``word`` ending at ``dot`` titles the names at ``nxt`` ("Sens. Ana Ruiz and Ed Rusk",
    "Democratic Reps. Moe and Vask"), so the sentence goes on: not after "the", where it is a noun ("The Leafs beat
    the Sens. Tkachuk scored."), nor before a word that opens sentences ("three Reps. The vote was close.")."""
    before = text[max(0, dot - len(word) - 5):dot - len(word)]
    return (re.search(r"(?<![\w'’-])the\s+\Z", before, re.I) is None
            and word_at(text, nxt).lower() not in SENTENCE_STARTERS)


#: A degree that is also a pair of initials ("J.D", "M.D", "R.N": "J.D. Vance", "M.D. Anderson").
_INITIALS_DEGREE = re.compile(rf"[{UPPER}]\.[{UPPER}]")
#: A surname of one word, a capital and then lower-case letters ("Olde"; not "Jong-un").
_PLAIN_SURNAME = re.compile(rf"[{UPPER}][a-z]+")
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
    ("former Fla. Gov. Tom Vask", "urging Ariz. Gov. Ana Ruiz", "then-Calif. Lt. Gov."; see
    ``_TITLE_AFTER_STATE``): one sentence. Not a city's state after its comma ("in Tampa, Fla. Gov. Vask said"),
    which may end a sentence as before."""
    if word not in _STATE_ABBREVIATIONS or _TITLE_AFTER_STATE.match(text, nxt) is None:
        return False
    start = dot - len(word)
    return not text[max(0, start - _WORD_REACH):start].rstrip().endswith(",")


def is_abbreviation(text: str, dot: int, nxt: int) -> bool:
    if _club_number(text, dot, nxt) or _in_federal_rules(text, dot, nxt):
        return True
    word = word_before(text, dot)
    if not word:
        return False
    if _state_before_title(text, dot, word, nxt):
        return True
    bare = word.rstrip(".").lower()
    if URLISH.search(word):
        return False  # a web or e-mail address ends its sentence: "write to jdoe@gazette.com. Follow her"
    if _dotted_name(word):
        # a package's, a file's or a brand's name ("Node.js.", "Kessel.ai.", "X.AI."), no "U.S.", ends its sentence
        # unless the brand's legal form follows: "Shares of Kessel.AI. Inc. rose" names one company
        return _LEGAL_FORM_AFTER_NAME.match(text, nxt) is not None
    if "." in word.strip("."):
        following = word_at(text, nxt)
        if _degree_then_sentence(text, dot, nxt, word):
            return False  # "led by Ana Ruiz, Ph.D. Patients in the U.S. were excluded." is two sentences
        if (word.rstrip(".") in _CLOCK_MARKS and _TIME_BEFORE_NOUN.search(text, max(0, dot - 24), dot - len(word))
                and following.lower() not in SENTENCE_STARTERS):
            return True  # 'She hosts the 6 a.m. "Dawn Patrol" show.': the time tells which show, and goes on
        if word.rstrip(".") in _CLOCK_MARKS and _QUOTE_OPENS_AFTER_CLOCK.match(text, nxt):
            return False  # 'The shelling started at 6 a.m. "We ran," said Ana Roe.' is two sentences
        if word.rstrip(".") in _CLOCK_MARKS and following[:1].isupper():
            # a zone's abbreviation ("HKT"; not any capitals: "9 a.m. UN officials said" is two
            # sentences) or a place and "time" ("Taiwan time")
            return following.lower() in WITH_CLOCK or bool(_ZONE.match(text, nxt))
        if word.rstrip(".") in _COMPANY_FORMS:  # "Banco Rio S.A. Shares fell" ends, as "Acme Corp." does
            # but South African copy's "the S.A. Police Service" is South Africa's police
            after = _AFTER_COMPANY - {"police"} if word.rstrip(".") == "S.A" else _AFTER_COMPANY
            return following.lower() not in SENTENCE_STARTERS | after
        # An initialism such as "U.S." ends a sentence only before a word
        # that typically starts one.
        return following.lower() not in SENTENCE_STARTERS
    if word[0].isupper() and len(word) <= 6 and _in_bracketed_citation(text, dot, nxt):
        return True  # "(D. Vt. 2016)", "(N.D. Cal. 2018)"
    if (word in _DIGRAPH_INITIALS or word == "b") and _initial_before_name(text, dot, word, nxt):
        return True
    if word in NAME_TITLES:
        return _initial_before_name(text, dot, word, nxt)
    if bare in _CURRENCIES:
        return text[nxt].isdigit()
    if word in _LOCAL_TITLES:
        return _local_title(text, dot, word, nxt)
    if (word in ("St", "Dr", "Ct") and text[nxt].isupper() and word_at(text, nxt) not in _COMPASS
            and _ends_address(text, dot)):  # "at 12 Elm St. Police said"; "12 Elm St. SE" holds
        return False
    if word_at(text, nxt).lower() in _CLEAR_STARTERS and (bare in NOT_TITLES or (len(word) == 1 and word.isupper())):
        return transcript_label(text, dot)  # "A. We sent tankers." below "Q. Will you resign?" is one answer
    if bare in _STREETS:  # "Elm Ave. NW", "Hwy. 61", "Oak Rd. near"; "on Elm Ave. Witnesses said" ends
        return text[nxt].isdigit() or text[nxt].islower() or word_at(text, nxt) in _COMPASS
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
    if bare in OFTEN_FINAL:
        # "... a spokesman for Acme Corp. The shares fell" ends; "Acme Corp. Chief Executive" does not; nor does
        # "a report on Acme Corp. Grayfin said" hold; "Kessel Co. Officials said" opening its sentence is a county's
        # officials speaking
        if bare == "co" and _COUNTY_PEOPLE_SAYING.match(text, nxt) and _name_opens_sentence(text, dot - len(word)):
            return True
        if bare in _LEGAL_FORMS_FINAL and _CAPITAL_QUOTATION.match(text, nxt):
            return False  # 'a retail analyst at Halden & Co. "I would be surprised ..."': a new quotation opens
        return (word_at(text, nxt).lower() not in SENTENCE_STARTERS | _AFTER_COMPANY
                and not (bare in _LEGAL_FORMS_FINAL and _speaker_after_company(text, nxt)))
    if bare in _PLURAL_TITLES:
        return word[0].isupper() and _plural_title_holds(text, dot, word, nxt)
    if bare in CAPITALISED_ONLY:
        return word[0].isupper()  # "Rep.", "ST. LOUIS"; not "a sales rep."
    if bare in _BEFORE_NUMBERS:
        # "No. 10", "Vol. II", "Fig. S3", and "Sec." as a title ("Sec. Blinken"); not "the SEC." or "said no."
        following = word_at(text, nxt)
        if bare in _BEFORE_NUMBERS_CAPITALISED and not word[0].isupper():
            return False
        roman = _ROMAN.fullmatch(following) is not None and not (
            bare == "no" and following == "I" and _no_then_pronoun(text, dot, word, nxt))
        return (text[nxt].isdigit() or roman or word == "Sec"
                or ((bare in _BEFORE_LABELS or word in _NUMBER_WORDS) and _LABEL.match(text, nxt) is not None)
                or (word[0].isupper() and following.lower() in _BEFORE_TITLES.get(bare, ())))
    if bare == _SUPPLEMENT:
        return word_at(text, nxt).lower() not in SENTENCE_STARTERS
    return bare in ABBREVIATIONS or (word[0].isupper() and _CITATION_WORD.match(text, nxt) is not None)


# One to three capitalised words, then a verb of saying: a speaker opening a sentence ("Grayfin said", "Grayfin
# Research told"), the words in group 1.
_NAME_THEN_SAYING = re.compile(rf"((?:[{UPPER}][\w'’-]*[^\S\r\n]+){{1,3}})(?:{SPEECH_VERB.pattern})")
# A double or curly quotation mark opening before a capital: a quotation that opens a sentence (see
# ``_LEGAL_FORMS_FINAL``).
_CAPITAL_QUOTATION = re.compile(rf"[\"“‘„«][{UPPER}]")
# The people of a county who speak after "Co." (which is "County" too), then a verb of saying: "Kessel Co. Officials
# said", "Kessel Co. Residents told", where the county's name opens the sentence (see :func:`_name_opens_sentence`).
# Before other words, or after words of the sentence ("sold its stake in Kessel Chemical Co. Police said", "wrote to
# Acme Co. Residents said": a company's "Co."), "Co." ends its sentence as "Corp." does ("Acme Co. Officials raided",
# "Acme Co. Analysts said", "Acme Co. The firm said").
_COUNTY_PEOPLE_SAYING = re.compile(r"(?:Officials|Police|Prosecutors|Authorities|Investigators|Residents|Voters"
                                   rf"|Firefighters|Leaders)[^\S\r\n]+(?:{SPEECH_VERB.pattern})")
#: A trade known by its ending, in lower case: "-ist" ("economist", "hydrologist"; not a verb in "-sist": "insist")
#: and "-ician" ("physician"). Capitalised it names no firm nor its speaker ("Economist said"); framing.sources and
#: framing.source_index put a first letter before it (see ``sources._TRADE_ENDING``).
TRADE_ENDING = r"[a-z]{2,}(?<!s)ist|[a-z]+ician"
_TRADE_ENDING = re.compile(TRADE_ENDING)


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
        while start < at - 2 and text[start] in OPENERS:  # "“Kessel Co. Officials said ...,” she wrote."
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
    low = POSSESSIVE_END.sub("", word).lower()
    return any(form in COMPANY_POSTS or form in ROLES_BEFORE_TITLES or form in NOT_SPEAKER_WORDS
               for form in (low, low.removesuffix("s"))) or _TRADE_ENDING.fullmatch(low) is not None


def _club_number(text: str, dot: int, nxt: int) -> bool:
    """Whether the stop at ``dot`` ends the "1" that opens a German club's name at ``nxt`` ("Bayern beat 1. FC
    Köln", "lost to 1. FC Lindau"): a lone 1 after a blank or an opening mark, so that a score or a year before a
    club ("won 2-1. FC Porto", "in 2019. FC Barcelona") still ends the sentence, and no score's second figure
    written with blanks ("It ended 2 to 1. FC Porto lost.", "2 - 1.", "2 : 1.": see ``_SCORE_BEFORE``)."""
    return (text[dot - 1:dot] == "1" and (dot == 1 or text[dot - 2].isspace() or text[dot - 2] in OPENERS)
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
    """Whether the word at ``at`` follows a verb of saying (see ``SPEECH_VERB``: "said No.", "replied No."), blanks
    (at most ``_OPENING_REACH``) between."""
    end, floor = at, max(0, at - _OPENING_REACH)
    while end > floor and text[end - 1] in " \t":
        end -= 1
    return end < at and SPEECH_VERB.fullmatch(word_before(text, end)) is not None


# How many blanks before a word are read back, to see whether the word opens its sentence.
_OPENING_REACH = 20


def _opens_sentence_at(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens its sentence: at the text's or a line's start, or after blanks (at most
    ``_OPENING_REACH``) and a stop, a colon or semicolon, an opening mark, or a stop and a closing mark ("Is it? No.",
    "A. No.", "said: No.", "‘No."); not after a title's or a month's stop ("St. Louis", "Jan."; see
    ``CAPITALISED_ONLY``)."""
    floor = max(0, at - _OPENING_REACH)
    while at > floor and text[at - 1] in " \t":
        at -= 1
    if at == 0 or text[at - 1] in ":;…\r\n" or text[at - 1] in OPENERS:
        return True
    if at >= 2 and text[at - 1] in CLOSERS:
        at -= 1
    return text[at - 1] in ".!?" and word_before(text, at - 1).lower() not in CAPITALISED_ONLY


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
    Arabic "b." for "bin" between two names ("Mohammed b. Salman"), or a title of ``NAME_TITLES`` ("Engr. Musa
    Bello", "Works Commissioner Engr. Musa Bello" after a role, not after a name). A word that typically starts a
    sentence ("Yu. The") starts one."""
    following = word_at(text, nxt)
    if not following[:1].isupper() or following.lower() in SENTENCE_STARTERS:
        return False
    words = text[max(0, dot - _WORD_REACH):dot].split()
    previous = words[-2] if len(words) > 1 else ""
    after_name = previous[:1].isupper() and previous[-1].isalpha()
    if word == "b":
        return after_name
    if word in NAME_TITLES:
        return not after_name or previous.lower() in ROLES_BEFORE_TITLES or words[-1] in _GLUED_TITLES
    return not (word in _NAME_DIGRAPHS and after_name)


def _local_title(text: str, dot: int, word: str, nxt: int) -> bool:
    """Whether ``word`` of ``_LOCAL_TITLES``, whose full stop is at ``dot``, is a title before the name at ``nxt``
    ("Ald. Nora Bell"), not a sentence's end ("Ald. The", "Dover, Del. Officials", "Bethesda, Md. Officials")."""
    following = word_at(text, nxt)
    if not following[:1].isupper() or following.lower() in SENTENCE_STARTERS:
        return False
    words = text[max(0, dot - _WORD_REACH):dot].split()
    previous = words[-2] if len(words) > 1 else ""
    return not (word in _STATE_TITLES and previous[:1].isupper() and previous.endswith(","))


def _ends_address(text: str, dot: int) -> bool:
    """Whether the "St", "Dr" or "Ct" whose stop is at ``dot`` ends a street's address ("3100 W. Division St."), and
    the word before it is no role ("In 2019 Health Minister Dr."): see ``_ADDRESS_BEFORE``."""
    found = _ADDRESS_BEFORE.search(text, max(0, dot - _ADDRESS_REACH), dot)
    before = text[found.start():dot].split()[-2] if found else ""
    return found is not None and before.lower() not in ROLES_BEFORE_TITLES and before not in _SAINT_PLACE_HEADS


def word_at(text: str, pos: int) -> str:
    end = pos
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[pos:end]
