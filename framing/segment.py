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

from .errors import InputError, counted
from .furniture import GLUED_PARTICLES, BARE_LINK, CLOSERS, CONTACT_LINE, ELISION, LINE_END_STOP, OFTEN_FINAL
from .furniture import Page, ROMAN_HEADING, SECTION_HEADING_WORDS, SLASHED_WIRE, STAFF_WORDS, TAIL_NAME
from .furniture import sentence_is_furniture, is_pictograph, is_wire_tail, pictographs_end, stamp_alone, title_like
from .furniture import is_own_picture_credit, is_print_page_line, stamp_length
from .given_names import given_name_of_either_sex, given_name_sex
from .textchars import is_letter_or_mark
from .textlines import NAME_PARTICLES, PARAGRAPH_BREAK, TIME_ZONES, BLANK, DASHES, INVISIBLE, LINE, OPENERS
from .textlines import UPPER, WITH_CLOCK, next_visible, trimmed_end
from .turns import COMPANY_POSTS, LABEL_REACH, Label, NOT_SPEAKER_WORDS, POSSESSIVE_END, ROLES_BEFORE_TITLES
from .turns import SPEAKER_TITLES, counted_labels, intro_above, label_line, outlets_asking, read_label, sentence_labels
from .turns import transcript_label

__all__ = ["split_sentences", "preceding", "FURNITURE_REACH", "list_mark_length", "lead_length", "dateline_length",
           "name_heading_length", "wire_slug_length", "DATELINE", "ABBREVIATIONS", "LIST_ITEM", "quoted_regions",
           "TRADE_ENDING", "BLOB", "BLOB_CHARS"]

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
_NAME_TITLES = frozenset("Engr Alh Pst Comr Shri Smt Sra Ir Ust Kol Inf Ing Sig Dott On Mgr".split())
#: Titles glued to a title of ``_NAME_TITLES`` before them ("Dipl.-Ing."), which is then no name's last word.
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
# Characters that may sit inside a written word without being part of its spelling: the soft hyphen, and the
# zero-width space, joiners, word joiner and byte-order mark of scraped text ("for\u00adest", "arr\u200best").
_IN_WORD = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_WORD_REACH = 40
_URLISH = re.compile(r"(?:://|www\.|@|\.(?:com|org|net|gov|edu|io|uk)\b)", re.I)
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
SHORT_CAPITALS = frozenset(
    "KYIV KIEV ROME DOHA OSLO BAKU LIMA RIGA BERN GAZA SUVA APIA MALE LOME DILI ADEN GOMA".split())
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
#: A country or state after a dateline's place: capitalised words ("Costa Rica", "Calif."), or a state's
#: capitals ("NY", "D.C.").
_REGION = rf"(?:[{UPPER}][a-zß-öø-ÿ]+\.?(?: [{UPPER}][a-zß-öø-ÿ]+){{0,2}}|[A-Z]{{2}}|[A-Z]\.[A-Z]\.)"
#: A date written day first, as British and European copy and press releases write it ("12 May", "3 Sept. 2026"):
#: a month's name after the day, so that no other word passes for one.
_DAY_FIRST_DATE = (r"\d{1,2}\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                   r"Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s+\d{4})?")
#: A wire dateline opening a story: an all-caps place (or two: "GENEVA/LONDON"), then a parenthesised agency
#: or a date (or both), then a dash ("LONDON (Reuters) - ", "PARIS, Oct. 3 — ", "LINDHOLM, 12 May - ", "SAN
#: FRANCISCO--(BUSINESS WIRE)--"), or a dash glued to the place ("PARIS—"; not two hyphens, as a death notice's
#: "MARLOWE--Edwin" has them), or its country or state and a dash ("HOBART, Australia — ", "NEW YORK, NY – "), or a
#: press release's wire between slashes ("LONDON, Dec. 1, 2026 /PRNewswire/ -- "); two spaced hyphens are a dash as
#: one is ("LONDON -- "); an all-caps word before a spaced dash alone ("NATO — the alliance") is no dateline.
DATELINE = re.compile(
    rf"^[{UPPER}][{UPPER}.'’ /-]*[{UPPER}.]"
    rf"(?:,\s*(?:[A-Z][a-z]+\.?\s+\d{{1,2}}|{_DAY_FIRST_DATE})\s*(?:\([^()]*\)\s*)?(?:-{{1,2}}\s+|[–—―]\s*)"
    r"|\s*(?:--)?\([^()]*\)\s*(?:-{1,2}\s+|--|[–—―]\s*)|[–—―])"
    r"(?=\S)"
    # or a place alone before a spaced dash when a sentence follows ("SEOUL - North Korea denied"):
    # five or more letters, so that acronyms stay ("U.S. - China trade officials", "NATO - The
    # alliance", "WHO - The agency"), and a capital after the dash ("NATO — the alliance" stays)
    r"|^(?=(?:[A-Z][ '’-]?){5})[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)*\s+(?:-{1,2}|[–—])\s+(?=[A-Z])"
    # capitals with short names, which could otherwise be acronyms ("KYIV — Ukraine's military"), and any
    # word of four capitals, which :func:`dateline_length` takes for a town unless it reads as an acronym
    rf"|^(?:{'|'.join(sorted(SHORT_CAPITALS))}|[A-Z]{{4}})\s+(?:-{{1,2}}|[–—])\s+(?=[A-Z])"
    # or a place and its country before an agency or a date ("KYIV, Ukraine (AP) —", "SEOUL, Nov. 3 -")
    rf"|^[{UPPER}][{UPPER}'’ /-]*[{UPPER}],\s*(?:{_REGION},?\s*)?"
    r"(?:\([^()]*\)|[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?(?:\s*\([^()]*\))?)\s*(?:-{1,2}|[–—―])\s*(?=\S)"
    # or a place and its country or state alone before a dash ("HOBART, Australia — ", "WASHINGTON, D.C. — ")
    rf"|^[{UPPER}][{UPPER}'’ /-]*[{UPPER}],\s*{_REGION}\s*(?:-{{1,2}}\s+|[–—―]\s*)(?=\S)"
    # or a place, its country, state or date, and a press-release wire between slashes before a dash
    # ("LONDON, Dec. 1, 2026 /PRNewswire/ -- ", "WASHINGTON, DC, UNITED STATES, December 1, 2026
    # /EINPresswire.com/ -- ")
    rf"|^[{UPPER}][{UPPER}'’ -]*[{UPPER}](?:,\s*[^,/()\r\n]{{2,40}}){{0,4}}\s*{SLASHED_WIRE}"
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
    CORRECTIONS CLARIFICATION NOTE
    WHEN HERE THEN THAN ONLY OVER MORE SOME MANY ALSO JUST EVEN INTO ONTO UPON ONCE SUCH VERY BOTH EACH MUCH
    MUST THEM YOUR OURS TOLD""".split())
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
#: Bodies' acronyms of four capitals that read as a word, as a small town's name does ("LISK — "), so that only
#: the name of such a body opening a sentence before a dash is no dateline ("NATO — The alliance ...").
_FOUR_LETTER_BODIES = frozenset("""NATO OPEC NASA FIFA UEFA FEMA ISIS IAEA NOAA OFAC OSHA ACAS UNEP UNDP SADC IGAD
    SEBI APEC ESMA ACER ACLU AARP NCAA IPCC WADA UKAD ICAO IATA WIPO OECD OSCE USDA USPS UNOG AMIA ASIO
    EFTA ECHR IDEA ILGA UNMA UNAM ETSI ISRO JAXA CERN ERDO IFAD OCHA UNAN ISAF KFOR""".split())


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


#: A body described right after the capitals and the dash, as a sentence goes on about the body an acronym names
#: ("TOVA - The party said", "DERC - Rebels said", "KUPA - The ruling party said"): the body's word, and no "of",
#: "in" or "from" after it that would make it others, as "LISK - Rebels in the hills said" are.
_BODY_DESCRIBED = re.compile(
    r"(?:(?:The|Its)\s+(?:[a-z][\w-]*\s+)?(?:party|group|alliance|movement|organi[sz]ation|union|agency|bloc|league|"
    r"federation|association|coalition|front|militia|body|lobby|charity|rebels|guerrillas)"
    r"|(?:Rebels|Guerrillas|Militants|Insurgents|Separatists))\b(?!,?\s+(?:of|in|at|from|near|on|across)\b)")


def _names_a_body(rest: str) -> bool:
    """Whether ``rest``, the words after four capitals and a dash, make the capitals a body's acronym: they
    describe a body (see ``_BODY_DESCRIBED``), the one the acronym names ("TOVA - The party said ..."), where a
    town's dateline opens its own story ("LISK - Workers at a textile plant said ...")."""
    return _BODY_DESCRIBED.match(rest) is not None


def _short_place(place: str, rest: str) -> bool:
    """Whether ``place``, capitals of fewer than five letters before a dash and ``rest`` after it, names a place: a
    capital of a short name ("ROME", see ``SHORT_CAPITALS``), or a word of four capitals that reads as one, a vowel
    in it, and names no body (``_FOUR_LETTER_BODIES``, :func:`_names_a_body`): "LISK — Workers ..." is filed from
    Lisk, "NATO — The alliance ...", "TOVA — The party ..." and "OECD — " are wording, as is a vowel-less acronym
    ("NYPD — ")."""
    if place in SHORT_CAPITALS:
        return True
    return (len(place) == 4 and place.isalpha() and place not in _FOUR_LETTER_BODIES
            and any(letter in "AEIOU" for letter in place) and not _names_a_body(rest))


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
    capital: "ROME — ", or one word of four that reads as a town's, "LISK — ", see :func:`_short_place`), none
    of them a sentence word, a banner or a note ("CORRECTION"), not ending in a role or
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
                or re.search(SLASHED_WIRE, dateline.group(0)) is not None)
    if not rest:
        return len(text) if in_span and credited else 0
    if not credited:
        place = dateline.group(0).partition(",")[0].rstrip().rstrip("-–—―").rstrip()  # the capitals before it
        words = _CAPITAL_WORD.findall(place)
        letters = sum(ch.isalpha() for ch in place)
        if ((not rest[:1].isupper() and not in_span) or len(words) > 3 or _no_place(words)
                or (letters < 5 and not _short_place(place, rest)) or name_heading_length(text)):
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
    if sentence[:1].isalpha() and sentence[1:2].islower() and ":" not in sentence[:LABEL_REACH]:
        # most sentences: a word in lower case after its first letter opens them ("The", "Officials"), which
        # no list mark, stamp or dateline does, and no colon comes near enough to end a label
        return 0
    return (list_mark_length(sentence) or stamp_length(sentence) or dateline_length(sentence)
            or _unmistakable_label_length(sentence))


def list_mark_length(sentence: str) -> int:
    """The length of a list item's mark opening ``sentence`` ("• ", "- ", "2) "), with its spaces; 0 when
    there is none or nothing follows it. The model does not read it: a mark is typography, not wording."""
    mark = LIST_ITEM.match(sentence)
    if not mark:
        return 0
    rest = sentence[mark.end():]
    return len(sentence) - len(rest.lstrip()) if rest.strip() else 0


# -- Speaker labels of transcripts and Q&As ----------------------------------------------------------------------


def _unmistakable_label_length(sentence: str) -> int:
    """The length of a speaker's label opening ``sentence`` that cannot be copy (see :func:`lead_length`): in
    capitals with a role or a title, or a Q or A in capitals; 0 for any other."""
    found = read_label(sentence, 0)
    return found.end if found is not None and _unmistakable(found) else 0


def _unmistakable(label: Label) -> bool:
    """Whether ``label`` cannot be copy: in capitals with a role or a title, or a Q or A in capitals."""
    return label.strong or (label.alone and label.kind in ("question", "answer"))


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
              if index in lines and (counts or _unmistakable(label))
              and bounds[index][0] + label.end > bounds[index][1]}
    merged: list[tuple[int, int]] = []
    for index, (start, end) in enumerate(bounds):
        if index - 1 in joined and merged[-1][0] == bounds[index - 1][0]:
            merged[-1] = (merged[-1][0], end)  # the label's words (unless the label itself went below another)
        else:
            merged.append((start, end))
    return merged


_TITLE_AT_END = re.compile(r"(?:\b[A-Z]|\b(?:" + "|".join(
    sorted((w.capitalize() for w in _CAPITALISED_ONLY - {"jr", "sr", "st"}), key=len, reverse=True)) + r"))\.$")


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
    return "." not in _word_before(text, dot) and not _is_abbreviation(text, dot, dash.end())


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
        if (word.rstrip(".") in _CLOCK_MARKS and _TIME_BEFORE_NOUN.search(text, max(0, dot - 24), dot - len(word))
                and following.lower() not in _SENTENCE_STARTERS):
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
        return transcript_label(text, dot)  # "A. We sent tankers." below "Q. Will you resign?" is one answer
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
    if bare in OFTEN_FINAL:
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
_NAME_THEN_SAYING = re.compile(rf"((?:[{UPPER}][\w'’-]*[^\S\r\n]+){{1,3}})(?:{_SPEECH_VERB.pattern})")
# A double or curly quotation mark opening before a capital: a quotation that opens a sentence (see
# ``_LEGAL_FORMS_FINAL``).
_CAPITAL_QUOTATION = re.compile(rf"[\"“‘„«][{UPPER}]")
# The people of a county who speak after "Co." (which is "County" too), then a verb of saying: "Kessel Co. Officials
# said", "Kessel Co. Residents told", where the county's name opens the sentence (see :func:`_name_opens_sentence`).
# Before other words, or after words of the sentence ("sold its stake in Kessel Chemical Co. Police said", "wrote to
# Acme Co. Residents said": a company's "Co."), "Co." ends its sentence as "Corp." does ("Acme Co. Officials raided",
# "Acme Co. Analysts said", "Acme Co. The firm said").
_COUNTY_PEOPLE_SAYING = re.compile(r"(?:Officials|Police|Prosecutors|Authorities|Investigators|Residents|Voters"
                                   rf"|Firefighters|Leaders)[^\S\r\n]+(?:{_SPEECH_VERB.pattern})")
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
    if at == 0 or text[at - 1] in ":;…\r\n" or text[at - 1] in OPENERS:
        return True
    if at >= 2 and text[at - 1] in CLOSERS:
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
        return not after_name or previous.lower() in ROLES_BEFORE_TITLES or words[-1] in _GLUED_TITLES
    return not (word in _NAME_DIGRAPHS and after_name)


def _local_title(text: str, dot: int, word: str, nxt: int) -> bool:
    """Whether ``word`` of ``_LOCAL_TITLES``, whose full stop is at ``dot``, is a title before the name at ``nxt``
    ("Ald. Nora Bell"), not a sentence's end ("Ald. The", "Dover, Del. Officials", "Bethesda, Md. Officials")."""
    following = _word_at(text, nxt)
    if not following[:1].isupper() or following.lower() in _SENTENCE_STARTERS:
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


def _word_at(text: str, pos: int) -> str:
    end = pos
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[pos:end]


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
