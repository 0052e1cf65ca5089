"""Who is credited: a source's canonical name, and which earlier source a later mention means.

Sources are written many ways in one article ("Foreign Ministry spokesperson Wang Wenbin", "Wang",
"the spokesperson"); :func:`normalise_source` gives one mention its canonical form and
:class:`SourceIndex` joins a later, shorter mention to the one earlier source it can mean.
"""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from collections.abc import Callable, Collection, Iterable, Sequence
from functools import lru_cache
from itertools import dropwhile, islice
from typing import TYPE_CHECKING, TypeVar

from .given_names import given_name_of_either_sex, given_name_sex, given_name_spelling, is_given_name
from .segment import GLUED_PARTICLES as _GLUED
# "Bloomberg", a wire service, is no person's surname
from .segment import NEWS_AGENCIES as _NEWS_AGENCIES
from .segment import ENTRY_STAMP, LINK_LABELS, NAME_PARTICLES, dateline_length, list_mark_length, speaker_label_length
from .segment import MASTHEAD_WORDS, QUOTED_RUN, name_heading_length, names_outlet, split_sentences
from .segment import SPEAKER_ROLES as _SPEAKER_ROLES
from .segment import STAMP_MARKS as _STAMP_MARKS
from .segment import TIME_ZONES as _ZONES
from .textchars import fold_apostrophes, without_invisible

if TYPE_CHECKING:
    from .document import Sentence

__all__ = ["normalise_source", "display_source", "text_key", "SourceIndex", "subject_before_cue",
           "subject_before_finding", "speaker_before_colon", "agent_of_passive", "said_in_passive",
           "name_before_description", "name_after_cue", "speaker_after_quote", "source_according_to", "speaker_display",
           "interviewee_named", "interviewee_mention", "unsure_list", "name_opening_word", "LINK_LABEL",
           "speaker_in_aside", "opens_with_given_name"]

#: Lower-case words inside a personal name, one or a run of them ("Ana de la Fuente", "María de los
#: Ángeles Ruiz", "Jan van der Berg").
_PARTICLES = NAME_PARTICLES | frozenset("los las des".split())
_LEADING = re.compile(r"^(?:the|a|an|its|his|her|their|our)\s+", re.I)
#: Abbreviated military ranks, which may be joined by a hyphen ("Brig.-Gen.", "Lt.-Col.").
_RANKS = r"lt|lieut|maj|brig|col|capt|cmdr|cdr|adm|sgt|cpl|pvt|pte|sqn|ldr|gen"
#: The legal forms at the end of a canonical company name, one or more: "acme corp" is "acme" for short,
#: "globex holdings ltd" "globex holdings" or "globex", "initech group plc" "initech" (see :func:`_short_for`).
_LEGAL_FORMS = (r"corp|corporation|inc|ltd|limited|llc|llp|plc|co|holdings|group|gmbh|kgaa|oyj|spa|s\.p\.a|s\.a\.s|"
                r"s\.a|n\.v|sa|se|nv|bv|ab|asa|a/s|pty|sarl")
#: How a business report refers back to the company it is about.
_COMPANY_WORDS = frozenset("company firm corporation".split())
#: Lower-case nouns for a kind of body, which its name follows ("the watchdog Ofcom", "consumer group Which?").
_BODY_KINDS = frozenset("""group agency watchdog firm charity union company organisation organization party
    network coalition campaign regulator broadcaster newspaper association alliance foundation institute
    movement newsletter magazine tabloid""".split())
#: Lower-case nouns that say what a body is but not which ("the company", "the ministry", "police"): the kinds
#: above, a business, and the bodies of a state ("the council" too: two documents' councils are most likely two,
#: and a wrong join misleads more than a missed one; not "senate", which US copy writes capitalised for one).
BODY_NOUNS = _BODY_KINDS | _COMPANY_WORDS | frozenset("""ministry department office bureau authority board
    commission committee court tribunal government administration police army embassy consulate bank
    fund presidency command council cabinet parliament assembly municipality""".split())
#: Police ranks written in capitals before a name in Nigerian, Ghanaian and Indian copy ("SP Williams Aya", "DGP", "DSP
#: Ravi Lund"), read as titles only before two capitalised words, neither a firm's (see ``_FIRM_WORDS``: "SP Setia",
#: "SP Setia Bhd", "ACP Group", "DSP Mutual Fund" stay), or before a surname the document gave a person (see ``SourceIndex.add``); "AIG" and "CP",
#: firms' names too ("AIG Financial Products", "CP Rail"), only with a full stop ("CP. Hakeem Odumosu").
_POLICE_RANKS = r"SP|DSP|ASP|ACP|DCP|CSP|DIG|IGP|DGP"
_STOPPED_RANKS = r"AIG|CP"
#: Words of a firm's or a body's name, none a person's, after a rank ("DSP Mutual Fund", "DCP Midstream
#: Corporation", "SP Jain Institute", "DIG Airport Police"): legal forms, bodies' nouns, and words of business.
_FIRM_WORDS = "|".join([_LEGAL_FORMS, *sorted(BODY_NOUNS), *"""bhd berhad mutual managers management investment
    investments institute school college university team sales finance financial midstream energy capital foods
    global international properties industries partners airport rail""".split()])
#: Two capitalised words after a rank, each read as a word of a person's name: neither a firm's word, plural or not.
_NAME_AFTER_RANK = (rf"\s+(?-i:(?!(?i:{_FIRM_WORDS})s?\b)[A-Z][a-z][\w'’-]*\s+"
                    rf"(?!(?i:{_FIRM_WORDS})s?\b)[A-Z][a-z])")
#: A police rank before one capitalised word ("DSP Adeyemo", "CP. Odumosu"): group 1 the word.
_RANK_THEN_WORD = re.compile(rf"(?:(?:{_POLICE_RANKS})\.?|(?:{_STOPPED_RANKS})\.)\s+([A-Z][a-z][\w'’-]*)")
#: Abbreviated titles, with or without a full stop ("Det Supt Sarah Jones", "Rear Adm. Daniel Hagari", "Cllr
#: Nadia Brennock", "Asst. Prof. Lena Moravec", "Det Ch Insp Ravi Lund"), a "state" or "former" before one too ("State
#: Sen. Ada Moe"), and Ireland's police, "Garda", before a rank ("Garda Supt Niamh Byrne"), a priest's "Father",
#: honorifics of Indian, Nigerian, Philippine and Malaysian copy ("Shri", "Smt.", "Alhaji", "Mallam", "Comrade",
#: "Engr", "Atty.", "Datuk Seri", "Tan Sri"; not a firm's "Shri Ram Group"; "Barr.", "Amb.", "Pres." and "Alh." only
#: with their full stop: "Barr" is a surname too), plural titles of several people, with their full stop ("Sens.
#: Ana Moe and Tom Vask", "Reps.", "Govs."; "Senators" and "Representatives" spelled out before two capitalised words),
#: of German, Spanish and Indonesian copy ("Herr", "Frau", "Señor",
#: "Señora", "Bapak"; "Sr.", "Sra.", "Ir.", "Ust.", "Kol." and "Inf." with their full stop, "Dipl.-Ing."; "Ibu"
#: before a capitalised word without a hyphen, no firm's nor body's word after it; never "Pak", which is also a
#: Korean family name written without a hyphen, "Pak Pong Ju"), of French copy ("Mlle", and "M." before a word that
#: is no initial: "M. Olivier Petit", not "M. K. Rao", and not the "M." of "Richard M. Nixon", which opens no name),
#: of Italian copy, capitalised and with their full stop ("Sig.", "Sig.ra", "Dott.", "Dott.ssa", "On.", "Mgr."), a
#: title, "rtd." or "Ret." in brackets after another ("Dr. (Mrs.) Ngozi Eze", "Gen. (rtd.) Paul Obi", "Gen. (Ret.)
#: Paul Obi"), a police rank (see ``_POLICE_RANKS``), but not in names that begin with the same letters ("Gen Z
#: voters", "Hon Hai Precision", "Det Norske Veritas").
#: "MS" in capitals is "Ms" only with its full stop or before a name in capitals ("MS. LIN", "MS IDA LEE"), not
#: the letters that open a body's name ("The MS Society").
_TITLE = re.compile(r"^(?:(?:(?:state|former)\s+|(?-i:Garda)\s+(?=(?:supt|insp|det|sgt)\b))?"
                    rf"(?:(?:rear|vice)[\s-]+adm|(?:{_RANKS})\.?-(?:{_RANKS})|{_RANKS}|"
                    r"mr|mrs|(?-i:[Mm]s|MS(?=\.|\s+[A-Z]{2}))|mx|mme|messrs|dr|prof|asst|assoc|dep|sen|rep|gov|cllr|"
                    r"sir|dame|supt|insp|det|h\.\s?e(?=\.)|(?:(?:his|her)\s+)?(?-i:Excellency)|"
                    r"ch(?=\.?\s+(?:insp|supt)\b)|rev|fr|msgr|(?-i:Father)|rt\.?\s+hon|hon|"
                    rf"shri(?!\s+\S+\s+(?:{_FIRM_WORDS})s?\b)|smt|alhaji|mallam|comrade|engr|atty|"
                    r"dat(?:uk|o['’]?)(?:\s+s(?:e)?ri)?|(?:tan|puan)\s+sri|"
                    r"(?:barr|amb|pres|alh|ald|comm|ofc|sup|del|sens|reps|govs)(?=\.)|"
                    r"(?:senators|representatives)(?=\s+(?-i:[A-Z])[\w'’.-]*\s+(?-i:[A-Z]))|"
                    r"\((?:mrs|mr|ms|miss|dr|prof|rtd|retd|ret)\.?\)|"
                    r"herr|frau|se[nñ]ora?|bapak|(?:sra?|ir|ust|kol|inf)(?=\.)|dipl\.-ing|"
                    r"mlle|(?-i:M)(?=\.\s+(?-i:[A-ZÀ-ÖØ-Þ][a-zß-ÿ]))|(?-i:(?:Sig|Dott|On|Mgr)(?=\.)|Sig\.ra|Dott\.ssa)|"
                    rf"(?-i:Ibu(?=\s+[A-Z][^\s-]*(?:\s|$)))(?!(?:\s+\S+)?\s+(?:{_FIRM_WORDS})s?\b)|"
                    rf"(?-i:{_POLICE_RANKS})(?=\.?{_NAME_AFTER_RANK})|(?-i:{_STOPPED_RANKS})(?=\.{_NAME_AFTER_RANK})"
                    r")\.?\s+"
                    r"(?!(?:Z|X|Alpha|Hai|Norske)\b))+", re.I)
#: "M." opening a name, the word after it and a capitalised word after that ("M. Night Shyamalan", "M. Olivier Petit").
_M_BEFORE_TWO_WORDS = re.compile(r"M\.\s+([A-ZÀ-ÖØ-Þ][\w'’-]*)\s+[A-ZÀ-ÖØ-Þ]")


def _initial_m(form: str) -> bool:
    """Whether the "M." that opens ``form`` is a first initial, not French copy's "Monsieur": before a word and a
    surname when that word is no man's given name (see :func:`framing.given_names.given_name_sex`) and written without
    French accents ("M. Night Shyamalan", "M. Venkaiah Naidu"; not "M. Olivier Petit", "M. Élie Petit"). Before a
    surname alone ("M. Petit", "M. Quill") it may be either: :meth:`SourceIndex.add` reads the mention's sex."""
    found = _M_BEFORE_TWO_WORDS.match(form)
    return (found is not None and given_name_sex(found.group(1)) != "he"
            and _without_accents(found.group(1)) == found.group(1) and not _FRENCH_AFTER_M.fullmatch(found.group(1)))


#: A word after "M." that makes it French copy's "Monsieur" whatever given names are known: a particle opening a
#: surname ("M. Le Maire", "M. De Villepin", "M. Du Pont", "M. La Salle") or a hyphenated given name ("M. Jean-Luc
#: Mélenchon", "M. Jean-Pierre Petit").
_FRENCH_AFTER_M = re.compile(r"Le|La|Les|De|Du|Des|D['’]\w+|[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+-[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+")


def _monsieur_dropped(text: str, written: str) -> bool:
    """Whether the span ``text`` writes "M." just before ``written``, its display form, which left it out as French
    copy's "Monsieur" (see ``_TITLE``, :func:`_initial_m`)."""
    return (not written.startswith("M. ")
            and re.search(rf"(?<![\w'’.-])M\.\s+{re.escape(written)}(?![\w'’-])", text) is not None)


#: A liveblog time stamp swallowed at the start of a span ("10:05 GMT - ", "9.30am: ", "10:15 a.m. ET - ").
_TIMESTAMP = re.compile(rf"^\d{{1,2}}(?:[:.]\d{{2}})?{_STAMP_MARKS}*\s*[-–—:|]\s+", re.I)
#: A time stamp on a line of its own, which heads the entry ("10:12\nPolice say", "9 a.m. ET\n"; not "12:30
#: Club"), or what a span cut inside one left of it ("ET\nGov. Abbott").
_STAMP_LINE = re.compile(rf"^\s*(?:\d{{1,2}}[:.]\d{{2}}{_STAMP_MARKS}*|\d{{1,2}}{_STAMP_MARKS}+"
                         rf"|(?:[ap]?\.?m\.\s*)?(?-i:{_ZONES}))[ \t]*\r?\n(?=\s*\S)", re.I)
#: A liveblog's banner before the entry ("[10:05] ", "BREAKING: ", "Update 3 - ", "UPDATED -- ", "ANALYSIS - "; not
#: "[Name withheld]"): a label, whose word is no one's name.
#: The labels of a line that links to another story ("Read more: ", "See also: ", "Related coverage: ").
_LINK_LABELS = "|".join(r"\s+".join(map(re.escape, label.split()))
                        for label in sorted(LINK_LABELS, key=lambda label: (-len(label), label)))
#: A link's label opening a line ("Read more: Minister denies ..."): a promotion, whose words are no one's here.
LINK_LABEL = re.compile(rf"\s*[(\[]?(?:{_LINK_LABELS})\s*:", re.I)
_BANNER = re.compile(r"^(?:\[\s*\d{1,2}[:.]\d{2}[^\[\]]*\]\s*"
                     r"|(?:BREAKING|UPDATED?|Updated?|LIVE|EXCLUSIVE|WATCH|CORRECTION|ANALYSIS)(?:\s+\d+)?\s*"
                     r"(?:--|[-–—:|])\s*"
                     rf"|(?i:{_LINK_LABELS})\s*:\s*)")
#: The label of a publication's note on its own copy before its colon ("Correction: ", "Clarification: ", "Editor's
#: note: "): furniture, like a fact-check's label, and no part of the subject after it ("Clarification: A story ...").
_CORRECTION_LABEL = re.compile(r"(?:correction|clarification|editor['’]s\s+note)\s*:\s*", re.I)
#: A fact-check's label opening a sentence before its colon ("CLAIM:", "Verdict:", "THE FACTS:", "Our verdict:"): the
#: page's furniture, which the writer's loaded wording never holds, though "claim" alone may be loaded elsewhere, and
#: which is no part of a source after it ("Claim: The embassy said": the embassy's).
FACT_CHECK_LABEL = re.compile(r"\s*(?:(?:THE|OUR)\s+)?(?:CLAIMS?|VERDICT|RATING|RULING|FACTS?|FACT[\s-]CHECK|"
                              r"CONTEXT)\s*:"
                              r"|\s*(?:(?:The|Our)\s+)?(?:Claims?|Verdict|Rating|Ruling|Facts?|Fact[\s-]check)\s*:"
                              r"|\s*(?:The|Our)\s+(?:verdict|rating|ruling)\s*:")
#: A month's name, in full or shortened ("March", "Jan.", "Sept").
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
#: A timeline's entry mark, read as a liveblog's stamp is: a year or a date and a dash or colon ("2009 — ",
#: "March 3: ", "3 March 2024 - ", "Jan. 5, 2021 — "); or a numbered or lettered list item's mark ("1) ", "2. ",
#: "b) ", "(c) "; not "A. ", an initial too).
_ENTRY_MARK = re.compile(rf"^(?:(?:\d{{4}}|{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?"
                         rf"|{_MONTH}\s+\d{{4}})\s*(?:--|[-–—:|])\s+"
                         r"|(?:\d{1,3}[.)]|[a-z][.)]|[A-Z]\)|\([a-zA-Z\d]{1,3}\))\s+)")
#: What is left when a span starts inside a time stamp ("m. - Premier Cho", "- The agency", "ET - Acme").
_STAMP_TAIL = re.compile(rf"^(?:(?:[ap]?\.?m\.|\([^()]*\)|(?:{_ZONES})\b)\s*)*[-–—|]+\s+")
#: Academic and professional degrees written after a name ("James P. Conroy, Ph.D.", "Tom Brandt, M.D.", "Ana Ruiz,
#: RN"): never a source alone, and dropped from a person's name as letters after it are (see ``_POST_NOMINAL``).
#: Letters that are words or initials too only with their stops ("M.D.", "J.D."; not "MD", a state), and letters
#: that are also a body's name ("RN", the French party; "MBA") only after a comma ("Ana Ruiz, RN"; not "Le Pen's RN").
_DOTTED_DEGREES = r"Ph\.?\s?D|Ed\.?D|Psy\.?D|Pharm\.?D|M\.D|J\.D|D\.D\.S|M\.B\.A|M\.P\.H|R\.N"
_BARE_DEGREES = r"DDS|DVM|MBA|MPH|LCSW|RN"
_DEGREE = re.compile(rf"(?:{_DOTTED_DEGREES}|{_BARE_DEGREES})\.?")
_DOTTED_DEGREE = re.compile(rf"(?:{_DOTTED_DEGREES})\.?")
#: Letters after a name that are not part of it: honours, offices, degrees ("Andrew Quayle KC", "Jane Roe
#: MP", an Irish TD or senior counsel, "Orla Keaveny TD", "Orla Keaveny SC", a Stormont "MLA"). A generation
#: ("Jr.", "III") stays: it tells a son from his father. Looked for in a form's last ``_POST_NOMINAL_CHARS`` only,
#: so that a long run of capitals costs no more than a short one.
_POST_NOMINAL = re.compile(r"(?:(?:,?\s+(?:KC|QC|SC|MP|MEP|MSP|MS|MLA|TD|AM|OBE|MBE|CBE|KBE|DBE|Esq|"
                           rf"{_DOTTED_DEGREES})|,\s*(?:{_BARE_DEGREES}))\.?)+$")
_POST_NOMINAL_CHARS = 60
#: "The" and a capitalised word: a name after all ("the Guardian").
_ARTICLE_AND_NAME = re.compile(r"the\s+[A-Z]")
#: A relative clause or its pronoun ending a span after the name it describes ("who" of "A senior official who",
#: "who spoke" of "A senior official who spoke", a trailing "that"): not part of the name ("many of whom" stays).
_RELATIVE_AFTER = re.compile(r"(?<=\w)(?<!\bof)\s+(?:(?:who|whom|whose|which)(?:\s.*)?|that)$")
#: A name a source goes by, written after a verb of calling and a reflexive pronoun ("calling itself BlackHarbor" of
#: "A group calling itself BlackHarbor", "who calls himself Zed", "itself the Free Riders" of a span cut after
#: "calling"), no comma before it: group 1 the words before it, group 2 the name as far as it goes.
_SELF_NAMED = re.compile(r"([^,]*?)(?:(?:^|\s)(?:calling|(?:who|that|which)\s+(?:calls|called))\s+|^)"
                         r"(?:it|him|her|them)sel(?:f|ves)\s+(.*)")
#: The name after a reflexive pronoun of ``_SELF_NAMED``: capitalised words (figures, a handle or a hashtag too),
#: "the" before them and "of", "and" or "for" between them allowed ("the Black Harbor Brigade", "Soldiers of the
#: Dawn"), in quotation marks or not; a full stop only inside a word ("X.AI"), not the sentence's.
_SELF_NAME = (r"(?:the\s+)?[\"“‘']?[A-Z\d@#][\w'’&@#-]*(?:\.\w[\w'’&@#-]*)*"
              r"(?:(?:\s+(?:of|and|for|the|de|al)){0,3}\s+[A-Z\d][\w'’&-]*(?:\.\w[\w'’&-]*)*){0,8}[\"”’']?")
_SELF_NAME_WHOLE = re.compile(_SELF_NAME)
#: A verb of calling and a reflexive pronoun ("calling itself", "who calls himself").
_CALLING_SELF = r"(?:calling|(?:who|that|which)\s+(?:calls|called))\s+(?:it|him|her|them)sel(?:f|ves)"
#: What a source span may stop short of, in the text after it: the verb of calling, its pronoun and the name (" calling
#: itself BlackHarbor" after "A group"), or the name alone after a span that ends with the pronoun (" BlackHarbor" after
#: "itself" or "A group calling itself"); a name, not a word opening the sentence's verb, ends it.
_SELF_NAME_AFTER = re.compile(rf"\s+{_CALLING_SELF}\s+{_SELF_NAME}(?![\w'’&@#-])")
_NAME_AFTER_SELF = re.compile(rf"\s+{_SELF_NAME}(?![\w'’&@#-])")
#: A source span or the text before it ending with the verb of calling and its pronoun, or with the verb alone.
_ENDS_CALLING_SELF = re.compile(rf"(?:^|\s){_CALLING_SELF}\Z")
_ENDS_CALLING = re.compile(r"(?<![\w'’-])(?:calling|calls|called)\s*\Z")
_REFLEXIVE = re.compile(r"(?:it|him|her|them)sel(?:f|ves)")
#: A participle clause of who cited or quoted a source, ending its span after the source ("cited by the group" of
#: "Police records cited by the group", "quoted by Kestrel Radio" of "an official quoted by Kestrel Radio"): as a
#: relative clause is, not part of the name; the source cited speaks. ("seen", "obtained" or "reviewed by" credit
#: the outlet that had the material: see ``_BY``.)
_CITED_AFTER = re.compile(r"(?<=\w),?\s+(?:cited|quoted)\s+(?:by|in)\s+[^,]*$")
#: A relative pronoun opening a span or one of its comma parts, in lower case ("who has long advised the mayor",
#: "which is based in Oslo", "who’s"; not the consumer group "Which?"): a clause on the name before it, which names
#: no one itself.
RELATIVE_OPENING = re.compile(r"(?:who|whom|whose|which)(?:['’]s)?(?=\s|$)")
#: A word joining a span or a comma part to a group or list before it ("and", "such as", "including" of "critics,
#: including Ana Ruiz", "like" in lower case of "critics, like Ana Ruiz"): the part names members of the group, or
#: more of the list, and alone the word is no name.
_LIST_OPENING = re.compile(r"^(?:[Aa]nd|such\s+as|[Ii]ncluding|like)\s+(?=\S)")
#: A capitalised preposition opening a source's first comma-separated part before a name ("Of Orr" of "Of Orr, Vask,
#: who backed him, said"): whom the speaker after the comma talks of, not who speaks.
_TOPIC_OPENING = re.compile(r"^(?:Of|On|About|Regarding)\s+(?=[A-Z])")
#: "As" opening a span before a quantifier ("As many tax experts" of "As many tax experts have noted, ..."): the
#: conjunction of the clause the span opens, no word of the group; not "As many as 20 officials", a number.
_AS_BEFORE_QUANTIFIER = re.compile(r"^[Aa]s\s+(?=(?:many|some|several|most|few|numerous|other|various|countless)"
                                   r"\s+(?!as\b)\S)")
#: An age before a name ("76-year-old" of "the 76-year-old Roe"): a description, not part of the name.
_AGED = re.compile(r"^\d{1,3}-year-old\s+(?=[A-Z])")
#: A parenthesised aside after a name ("Sen. Elizabeth Warren (D-Mass.)").
_ASIDE = re.compile(r"\s*\([^()]*\)$")
#: When a report came out, written between its participle and "by" ("published last week by", "released on
#: Friday by"): a weekday, "last" or "this" week, month or year, "yesterday", "today", a month ("in January", or
#: "January by" of a span cut inside "filed in January by") or a year.
_WHEN_MADE = (r"(?:(?:late\s+|early\s+)?on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
              r"|(?:earlier\s+|later\s+)?(?:last|this)\s+(?:week|month|year)|yesterday|today|earlier"
              r"|(?:in\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)"
              r"|in\s+\d{4}")
#: The days of the week, in lower case, as alternatives of a pattern.
_WEEKDAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
#: A day owning what follows it ("Thursday's poll", "yesterday's report"): a time, no owner who speaks through it.
_TIME_OWNER = re.compile(rf"^(?:(?:{_WEEKDAYS}|yesterday)"
                         r"(?:'s|’s)\s+(?=\S)|(?:today|tonight)(?:'s|’s)\s+(?=(?-i:[a-z])))",  # not "Today's Zaman"
                         re.I)
#: A weekday, which tells when something was said or made ("Thursday" of "a poll released on Thursday found"), never
#: who said it.
_WEEKDAY = re.compile(rf"(?:on\s+)?(?:{_WEEKDAYS})", re.I)
#: Nouns of a document through which its author speaks ("the group's report", "a study by the institute", "a
#: Keystone University poll released Thursday").
_DOCUMENTS = (r"reports?|stud(?:y|ies)|statements?|filings?|surveys?|polls?|memos?|memorandum|analys[ie]s|reviews?|"
              r"letters?|complaints?|audits?|data|findings|figures|records|estimates?")
#: A passive "by" before the credited body: alone ("by an independent panel"), or after a participle and
#: what it made ("published by the UN Human Rights Office", "figures released by the statistics office"),
#: a time between allowed ("published last week by", and "Friday by" of a span cut inside "released on Friday
#: by"), or after a document and up to two words before it, no preposition among them ("a report by the audit
#: office", "an independent review by the panel"; not "claims in a report by"). Only participles of making (a
#: filing's too: "the complaint, filed by the association", "a lawsuit brought by", "lodged", "submitted"),
#: and of access, which credit the outlet that had the material ("emails obtained by the Guardian", "records
#: reviewed by Reuters", "messages shared with the BBC", "files leaked to the Guardian"): after "led", "funded"
#: or "backed" the head is the actor ("the coalition led by Saudi Arabia" is the coalition).
_BY = re.compile(r"^(?:(?:[\w'’-]+\s+){0,3}?(?:published|released|issued|written|compiled|commissioned|produced|"
                 r"prepared|signed|conducted|carried\s+out|filed|brought|lodged|submitted|"
                 r"obtained|seen|reviewed|viewed|examined|verified|"
                 rf"analy[sz]ed)\s+)?(?:(?:{_WHEN_MADE})\s+)?by\s+"
                 rf"|^(?:(?:a|an|the)\s+)?(?:(?!(?:of|for|at|in|with|to|from|on|and|or)\s)[\w-]+\s+){{0,2}}"
                 rf"(?:{_DOCUMENTS})\s+by\s+"
                 r"|^(?:[\w'’-]+\s+){0,3}?(?:shared\s+with|(?:provided|leaked|passed)\s+to)\s+", re.I)
#: A document or a count, up to two words before it ("unofficial results", "a joint statement", "new figures"), then
#: "from" and whoever made it (group 1): the body credited when its last word says it is one ("the county elections
#: office", "the Democratic committee"; see :func:`_maker_after_from`).
_FROM_MAKER = re.compile(rf"^(?:(?:a|an|the)\s+)?(?:(?!(?:of|for|at|in|with|to|from|on|and|or)\s)[\w'’-]+\s+){{0,2}}"
                         rf"(?:{_DOCUMENTS}|results|returns|tall(?:y|ies)|counts?)\s+from\s+(\S.*)$", re.I)
#: Common Vietnamese family names (romanised, lower case, without accents), written first; English copy calls the
#: holder of such a name by the given name alone, the last word ("Lan" of "Nguyen Thi Lan"), or by the family name.
_VIETNAMESE_FAMILY_NAMES = frozenset("nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong "
                                     "dinh mai".split())
#: Common Chinese, Korean and Vietnamese family names (romanised, lower case), written before the given
#: name: a later mention by the family name alone ("Wang") joins the one full name it starts.
_FAMILY_NAMES_FIRST = frozenset("""
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang
han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jin
xi mao qin fu fan hou bai kong qiu meng lei wen hua yan tan lam chan wong leung cheung ng kwok
kim lee park choi jung jeong kang cho yoon jang lim oh seo shin kwon hwang ahn yoo hong jeon ko moon son
bae baek nam ryu
""".split()) | _VIETNAMESE_FAMILY_NAMES
#: A name and a patronymic ("Faisal bin Farhan"), which a longer form goes on from ("... Al Saud").
_PATRONYMIC = re.compile(r"^\S+ (?:bin|ibn|bint) \S")
#: Titles that a Gulf ruler or royal is called by with the first name alone ("Prince Faisal", "Sheikh Tamim"), and
#: a Malaysian honorific so used ("Datuk Seri Hamzah" of "Datuk Seri Hamzah Rahmat").
_ROYAL_TITLE = r"(?:Prince|Princess|Sheikh|Sheikha|Emir|Dat(?:uk|o'?)(?:\s+Seri|\s+Sri)?)"
_ROYAL_ROLES = frozenset("prince princess sheikh sheikha emir datuk dato".split())
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
#: A document named as its owner's ("the group's 42-page report", "the ministry's statement", "Acme's annual
#: filings"), up to two words before its noun: group 1 is the owner, who speaks through it.
_OWNERS_DOCUMENT = re.compile(rf"^(.*\S)(?:'s|’s|(?<=s)['’])\s+(?:[\w-]+\s+){{0,2}}(?:{_DOCUMENTS})$", re.I)
# "spokeswoman for the embassy", "the embassy's spokesman", "embassy spokesperson": one role, one form
#: Participles of making a document or having it, after its noun ("a study published Monday in the journal ...",
#: "the report, released on Friday, said", "the filing made with the regulator").
_MADE = (r"published|released|issued|posted|presented|made|filed|submitted|conducted|carried\s+out|written|"
         r"prepared|produced|compiled|commissioned|unveiled|sent|delivered|obtained|seen|reviewed|viewed")
#: Nouns of a time, seasons and months as alternatives of a pattern, in lower case.
_TIME_NOUNS = r"time|day|week|weekend|month|year|decade|morning|afternoon|evening|night|moment"
_SEASONS = r"spring|summer|autumn|fall|winter"
_MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
#: A time with a word that makes it one, "this", "last", "past" ("last week", "this past December", "the same day"),
#: never part of a name; "This Week", capitalised, may name a programme.
_WHEN = (rf"(?:(?-i:earlier|later)\s+)?(?-i:this|last|next|past|this\s+past|that|(?:the\s+)?same)\s+"
         rf"(?:{_TIME_NOUNS}|{_SEASONS}|{_WEEKDAYS}|{_MONTHS})")
#: A time between a subject and its verb, a pattern ("The regulator on Tuesday fined", "late Monday", "this week",
#: "last month", "earlier this year", "yesterday"): when, no part of the subject (see :func:`opening_subject`).
SUBJECT_TIME = (r"(?:(?:late|early)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                rf"(?:\s+(?:morning|afternoon|evening|night))?|{_WHEN}|yesterday|today")
_TIME_AFTER_SUBJECT = re.compile(rf" (?:{SUBJECT_TIME})(?= )")
#: A time alone, which says when something was said or made and never who said it ("month" of "released last
#: month", "time" of "at the time", "this past December", "yesterday"); a capitalised noun alone may be a name
#: ("Time" the magazine), and so may a month ("May") or a season ("Summer").
_TIME_ALONE = re.compile(rf"{_WHEN}|(?-i:{_TIME_NOUNS})|yesterday", re.I)
#: A time after a source's name, perhaps after a participle of making ("The ministry this week", "a poll released
#: yesterday", "an inquiry by the Ledger last year", "Roe in December", "a survey conducted Monday", "at the time"):
#: when, not who; a weekday alone needs "on" or the participle ("Cyber Monday" is a name), and "today" is lower
#: case ("Kessel Today" is a newspaper).
_WHEN_AFTER = re.compile(rf"(\s+(?:{_MADE}))?\s+(?:{_WHEN}|(?-i:yesterday|today|tonight)|at\s+the\s+time"
                         rf"|in\s+(?:{_MONTHS})(?:\s+\d{{4}})?)$"
                         rf"|\s+(?:{_MADE}|on)\s+(?:on\s+)?(?:{_WEEKDAYS})$", re.I)
#: "in" and a month at a span's end ("Vetter in December", "Women in March"), which ``_WHEN_AFTER`` cuts as a time.
_IN_MONTH_END = re.compile(rf"\s+in\s+(?:{_MONTHS})(?:\s+\d{{4}})?$", re.I)
#: A document's noun, with up to three words before it, an article besides, and no preposition among them ("a
#: study", "The report", "the group's 42-page report", "a new Keystone University poll"; group 1), then what it is
#: told apart by, never a name of its own: a participle of making it (see ``_MADE``), a relative clause ("that was",
#: "which"), when it came out ("Monday", "last week", see ``_WHEN_MADE``), or who made it, by a verb after a name
#: or "the" and a noun ("a filing Veltrix made with the SEC", "the report the ministry released"; group 2).
_DOCUMENT_TAIL = re.compile(
    rf"((?:(?i:a|an|the)\s+)?(?:(?!(?:of|for|at|in|with|to|from|by|on|and|or)\s)[\w'’.-]+\s+){{0,3}}?"
    rf"(?i:{_DOCUMENTS}|releases?|papers?|preprints?|documents?))"
    rf"(?:,?\s+(?i:{_MADE}|that|which|{_WHEN_MADE})\b"
    r"|\s+((?:[A-Z][\w'’.&-]*\s+){1,4}|the\s+(?:[a-z][\w'’-]*\s+){1,2})"
    r"(?:made|filed|released|published|issued|submitted|sent|wrote|prepared|produced|commissioned|compiled|"
    r"presented|posted|lodged|obtained|saw|reviewed)\b)")
#: A comma between a source's parts, not one inside a figure ("A study of 2,000 adults" is one part).
_PART_COMMA = re.compile(r",(?!(?<=\d,)\d{3}(?!\d))")
#: A document alone, an article and up to two words before its noun ("The complaint", "a 40-page report", "The
#: lawsuit").
_DOCUMENT_ALONE = re.compile(rf"(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{_DOCUMENTS}|lawsuits?)", re.I)
#: Nouns of a document a body or person issues and speaks through ("its note verbale", "their joint letter", "her
#: reply"): see :meth:`SourceIndex.add`.
_ISSUED = rf"(?:notes?(?:\s+verbales?)?|communiqu[eé]s?|submissions?|responses?|repl(?:y|ies)|{_DOCUMENTS})"
#: Such a document's noun with up to two words before it, no possessive among them (group 1; the noun: group 2).
_ISSUED_PHRASE = rf"((?:[\w-]+\s+){{0,2}}?((?i:{_ISSUED})))"
#: Such a document the source's own: in an opener just before the source ("In its note, the mission said", "In a
#: statement, the ministry said"), after its verb ("The mission said in its note verbale that"), or after the source's
#: possessive ("The ministry's statement said", the span holding the document or not).
_OWN_DOCUMENT_BEFORE = re.compile(rf"\b(?i:in\s+(?:its|their|his|her|an?))\s+{_ISSUED_PHRASE}\s*,\s*$")
#: After the source, its verb of speech goes straight on to the document, an adverb or a day between ("said in a
#: statement", "also said on Friday in its reply"), not words of another act ("was named in a report by the ethics
#: committee", "rejected claims made in a report by Rights Watch": another's report).
_OWN_DOCUMENT_AFTER = re.compile(r"\s*(?:(?:also|has|have|had|\w+ly)\s+){0,2}"
                                 r"(?:said|says|stated|states|wrote|writes|added|adds|announced|announces|confirmed|"
                                 r"confirms|denied|denies|responded|responds|replied|replies|argued|argues|noted|notes|"
                                 r"warned|warns|claimed|claims|insisted|insists|explained|explains|reported|reports)"
                                 r"\s+(?:(?:on\s+)?\w+day\s+)?"
                                 rf"(?i:in\s+(?:its|their|his|her|an?))\s+{_ISSUED_PHRASE}\b")
_POSSESSED_DOCUMENT = re.compile(rf"['’]s\s+{_ISSUED_PHRASE}$")
#: A source's span writing its own document with its maker after "by" ("A report by Safeguard Rights Watch", "The
#: 40-page report by the NGO"; groups as ``_ISSUED_PHRASE``'s): see :meth:`SourceIndex._note_issued`.
_DOCUMENT_BY_MAKER = re.compile(rf"(?i:the|an?)\s+{_ISSUED_PHRASE}\s+by\s+(?:the\s+)?[A-Z]")
_DOCUMENT_NEXT = re.compile(rf"\s*{_ISSUED_PHRASE}\b")
#: How far before a source's mention its own document's opener is read ("In its diplomatic note verbale, ").
_OWN_DOCUMENT_REACH = 80
#: Such a document by "the" or "this" alone, lower-case words between ("the note", "the joint letter", "this
#: letter"; group 1: those words and the noun): the one the text said a source issued, if any (not "the UN report"
#: nor "the special counsel's filing", another's).
_DEFINITE_DOCUMENT = re.compile(rf"(?i:the|this|that)\s+((?:[a-z][\w-]*\s+){{0,2}}?(?i:{_ISSUED}))")
#: Such a document by "a" or "an", or as another's own ("a joint statement", "issued its own statement"; groups as
#: ``_ISSUED_PHRASE``'s): a new one, which a later "the statement" may mean rather than one a source issued before.
_INDEFINITE_DOCUMENT = re.compile(rf"\b(?i:an?|(?:its|their|his|her)\s+own)\s+{_ISSUED_PHRASE}\b")
#: After a sentence's opening subject, its issuing a document ("issued a statement", "has released a communique",
#: "sent a letter"; groups as ``_INDEFINITE_DOCUMENT``'s), not another's ("released a report by Rights Watch", "a
#: statement from the rebels"): see :meth:`SourceIndex._see_issuer`.
_ISSUES_DOCUMENT = re.compile(r"\s+(?:(?:has|have|had|also|[a-z]+ly)\s+){0,2}(?:issued|released|sent|published)\s+"
                              rf"(?i:an?)\s+{_ISSUED_PHRASE}\b(?!\s+(?:by|from|of|on\s+behalf\s+of)\s)")
#: A spokesperson owned by "its" or "their" alone ("Its spokesman", "their spokeswoman"; group 1 the role): the
#: spokesperson of the body the sentence before credited (see :meth:`SourceIndex._spokesperson_of_its`).
_ITS_SPOKESPERSON = re.compile(r"(?i:its|their)\s+(spokes(?:man|woman|person))")
#: A bank's name, capitalised words ending in "Bank" ("Dravik Bank", "the Velmaran Central Bank"; group 1, "the" left
#: out), not a place's ("the West Bank") nor a word that opens a sentence ("But Dravik Bank"), as in
#: ``_BANK_NOT_NAME``: see :meth:`SourceIndex._see_banks`.
_BANK_NOT_NAME = ("West|East|North|South|Left|Right|River|The|A|An|But|And|Yet|So|In|On|At|By|For|From|With|As|"
                  "Its|Their|His|Her|When|If|After|Before")
_BANK_NAME = re.compile(rf"(?<![\w'’&.-])(?:[Tt]he\s+)?((?:(?!(?:{_BANK_NOT_NAME})\s)[A-Z][\w'’&.-]*\s+){{1,3}}"
                        r"Bank)(?![\w-])")
#: A source's key that is a name and the kind of outlet it names ("velnova news agency", "kessel times newspaper";
#: group 1 the name), which the name alone means too (see :meth:`SourceIndex._outlet_or_name`).
_OUTLET_KEY = re.compile(r"(.+) (?:news agency|newspaper|broadcaster)")
#: The kinds of outlet of ``_OUTLET_KEY``, as a key ends with them.
_OUTLET_KINDS = ("news agency", "newspaper", "broadcaster")
#: A filing by "the" and up to two lower-case words ("The complaint", "the civil lawsuit", "The indictment"; group 1
#: its noun): the one a body or person was named as filing, if one was (see :meth:`SourceIndex._see_filer`).
_DEFINITE_FILING = re.compile(r"(?i:the)\s+(?:[a-z][\w-]*\s+){0,2}?((?i:complaints?|(?:law)?suits?|filings?|"
                              r"petitions?|indictments?))")
#: Capitalised words naming who files, "the" allowed before them, "of", "for", "and" or "&" between ("The Securities
#: Board", "the Securities and Exchange Commission", "Attorney General Ana Ruiz").
_FILER_NAME = r"(?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+(?:(?:of|of\s+the|for|and|&)\s+)?[A-Z][\w&.'’-]*){0,5}"
#: A sentence opening with who sues, files a suit or indicts, an opener of up to four words and a comma allowed
#: before it ("The Securities Board sued", "On Monday, the board filed a civil complaint against", "The Justice
#: Department indicted"), or with whom it sues in the passive and who sues after "by" ("Pellam was sued by the
#: Securities Board"): group "filer" who files, group "indicted" set for an indictment.
_FILER = re.compile(
    rf"^(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){{0,3}},\s+)?(?:(?P<filer>{_FILER_NAME})\s+(?:(?:has|have|had)\s+)?"
    r"(?:(?:also|[a-z]+ly)\s+)?(?:sued|(?:filed|brought|lodged)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:lawsuit|suit|complaint|petition)\s+against|(?P<indicted>indicted))"
    rf"|[A-Z][^,;:]*?\s(?:is|are|was|were|has\s+been|have\s+been)\s+sued\s+by\s+(?P<agent>{_FILER_NAME}))\s")
#: A maker named after "by": a capitalised word, "the" allowed before it ("the SEC", "Mayor Ana Ruiz").
_NAMED_MAKER = re.compile(r"(?:the\s+)?[A-Z]")
#: "from" opening a comma part of a source, which names where the head before it comes from ("The team, from the
#: Halvorsen Institute"), or who issued it ("The report, from the Varnland Climate Council").
_FROM = re.compile(r"^from\s+(?=\S)")
#: A comma part that says where or when a document came out, never who speaks: a participle of making before a
#: place or a time ("published in the Kessel Journal", "released on Friday", "posted online", "published today in
#: the Kessel Journal"; see ``_MADE``), with no "by" naming its maker after it.
_PUBLISHED_PART = re.compile(rf"(?:{_MADE})\s+(?:(?:today|yesterday)\s+)?(?:in|on|at|online|last|this|earlier)\s"
                             r"(?!.*\sby\s)", re.I)
#: Such words after the maker a document is "from", no comma between ("Marrowfield University published today in
#: the Journal of Clinical Aging"): where and when it came out, no part of the maker's name.
_PUBLISHED_AFTER_MAKER = re.compile(rf"\s+{_PUBLISHED_PART.pattern}.*$", re.I)
_SPOKES_FOR = re.compile(r"^spokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?(.+)$", re.I)
_SPOKES_AFTER = re.compile(r"^(.+?)(?:'s|’s)?\s+spokes(?:man|woman|person)$", re.I)
_SPOKES_ALONE = re.compile(r"^spokes(?:man|woman|person)$", re.I)
_SPACE = re.compile(r"\s+")
#: Wording of an allegation: what a denial most likely answers; a doping case's too ("her sample contained
#: trenbolone", "a sample she provided in February contained", "tested positive for"), but no other thing said to
#: contain something ("whether it contained sensitive information").
_ALLEGING = re.compile(r"\b(?:accus\w*|alleg\w*|charged|evidence|show(?:s|ed)|reveal\w*|blam\w*|violat\w*|"
                       r"(?:samples?|specimens?)\s+(?:[\w'’-]+\s+){0,6}?contain(?:s|ed)|tested\s+positive|"
                       r"found|identif\w*|conclud\w*|linked|(?:is|are|was|were|be|been)\s+behind|responsible|"
                       r"guilty|wrongdoing|fraud\w*|abus\w*|misconduct|corrupt\w*|lied|cover(?:ed)?[- ]up)\b", re.I)
#: A negation just before an allegation's word ("no evidence", "not responsible", "never lied"), or "no"
#: just after it ("found no contamination", "showed no sign"): then it alleges nothing.
_NEGATED_BEFORE = re.compile(r"(?:\b(?:no|not|never|without)|n't)\s+(?:\w+\s+){0,2}$", re.I)
_NEGATED_AFTER = re.compile(r"\s+(?:no|nothing)\b", re.I)
#: Accusing words that are also passive participles, and what marks them so: a preposition just after
#: them ("accused of", "charged with", "blamed by"), or a verb of being just before ("was accused", "has been
#: blamed", "stands accused", "remains accused").
_PASSIVE_PARTICIPLES = frozenset("accused alleged charged blamed".split())
#: Things blamed that are no person nor body, an article or a few words in lower case describing them perhaps before
#: them ("fatigue", "poor weather", "the heavy pitch", "a technical fault"; not "Kessel Mining errors"), not someone's
#: doing after them ("errors by the contractor", "the failure of officials"), nor one laid on another ("blamed rising
#: prices on Vell"): blaming such a thing alleges nothing against anyone.
_BLAMED_THING = re.compile(
    r"\s++(?:(?:the|a|an|his|her|their|its|our|my)\s++)?"
    r"(?P<described>(?:(?!(?:for|to|by|with|of|on|in|over|as|and|or)\s)[a-z-]++\s++){0,2}?)"
    r"(?:fatigue|tiredness|exhaustion|jet\s+lag|legs|weather|rain|winds?|snow|fog|ice|heat|cold|conditions|pitch|"
    r"surface|schedule|fixture\s+congestion|congestion|travel|injur(?:y|ies)|illness|sickness|luck|nerves|"
    r"inexperience|complacency|errors?|mistakes?|glitch(?:es)?|faults?|failures?|demand|costs|prices|inflation|"
    r"pandemic|traffic|delays?)\b(?!\s+(?:by|of|from|on)\b)")
#: Nouns of a party whose errors or failures a blaming verb may name ("staff mistakes", "pilot error"), besides a body's
#: noun, a role's and a plural of people (see :func:`_party_word`).
_PARTY_NOUNS = frozenset("staff management pilot driver contractor crew operator".split())
#: What a blaming verb lays on what it blames ("blamed the defeat on", "was blamed on"): the words before "on".
_BLAMED_ON = re.compile(r"(?:\s++(?:(?:the|a|an|his|her|their|its)\s++)?[a-z-]++){0,2}?\s++on(?=\s)")

_PASSIVE_AFTER = re.compile(r"\s+(?:of|with|for|by|to|over)\b", re.I)
#: A passive accusation right after a name, no comma between, a verb of being perhaps before it: "accused of" of a
#: headline's "Dravonia accused of running covert sites", "Two aides suspected of leaking", "blamed for", "stands
#: accused of", "Ada Roe was charged with fraud"; "charged with" only after "is", "was" and the like (not the duty of
#: "the agency charged with oversight"). An active "accused Halvex of" has its object between. See
#: :func:`accused_after`.
_ACCUSED_AFTER = re.compile(r"\s+(?:(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|being|stands|stood|remains|"
                            r"remained)\s+)?(?:\w+ly\s+)?(?:accused\s+of|suspected\s+of|blamed\s+for)|"
                            r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?charged\s+with)\b",
                            re.I)
_BEING_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|stand|stands|stood|remain|remains|remained|get|got|"
                           r"gets)\s+(?:\w+ly\s+)?$", re.I)


def alleges(text: str, *, passive: bool = True) -> bool:
    """Whether ``text`` is worded as an allegation: an accusing word not negated ("accused", "showed",
    "evidence"; not "found no evidence", "was not responsible", "hiding behind a welcome mat").
    ``passive=False`` leaves out an accusing participle in the passive ("Senator accused of bribery", "was
    charged with fraud"): it reports an allegation against its subject, not one its subject makes."""
    return any(not _NEGATED_BEFORE.search(text, max(0, m.start() - 30), m.start())
               and not _NEGATED_AFTER.match(text, m.end())
               and (passive or not _in_passive(text, m))
               and not _blames_a_thing(text, m)
               for m in _ALLEGING.finditer(text))


def _blames_a_thing(text: str, word: re.Match[str]) -> bool:
    """Whether the accusing ``word`` found in ``text`` blames a thing that is no person nor body (see
    ``_BLAMED_THING``): "blamed fatigue for the loss", "blamed the defeat on tired legs", "was blamed on the weather";
    not "blamed the referee" nor "blamed the defeat on the owners"."""
    if not word.group().lower().startswith("blam"):
        return False
    if _thing_blamed(text, word.end()):
        return True
    on = _BLAMED_ON.match(text, word.end())
    return on is not None and _thing_blamed(text, on.end())


def _thing_blamed(text: str, at: int) -> bool:
    """Whether the words at ``at`` of ``text`` are a thing blamed (see ``_BLAMED_THING``) that no party's noun
    describes: "defensive errors", "poor weather"; not "police errors", "staff mistakes", "government failures",
    which lay the blame on a party (see :func:`_party_word`)."""
    found = _BLAMED_THING.match(text, at)
    return found is not None and not any(_party_word(word) for word in found.group("described").split())


def _party_word(word: str) -> bool:
    """Whether the lower-case ``word`` names a party that may be blamed: a body ("police", "government"), a role
    ("referee"), a plural of people ("officials") or one of ``_PARTY_NOUNS`` ("staff", "pilot")."""
    return word in BODY_NOUNS or word in PERSON_ROLES or word in _PARTY_NOUNS or _people_plural(word)


def accused_after(text: str, at: int) -> re.Match[str] | None:
    """The passive accusation that the words of ``text`` from ``at`` (just after a name) open with, if any (see
    ``_ACCUSED_AFTER``: "Dravonia" of "Dravonia accused of running covert sites", "Minister Vell was charged with
    fraud"): the name is the accused, not who accuses."""
    return _ACCUSED_AFTER.match(text, at)


#: How many characters after a source span :func:`accusation_in_span` reads: "of" of "accused" ending the span.
_ACCUSATION_REACH = 20
#: A lower-case word by which the words before it speak for whom follows ("The lawyer for a man accused of ...").
_ON_BEHALF = re.compile(r"\s(?:for|of|representing|defending)\s")


def accusation_in_span(text: str, after: str) -> int | None:
    """Where in the source span ``text`` a passive accusation (see :func:`accused_after`) opens after the name, read
    on into ``after``, the sentence's text after the span: 6 of "Police accused" before " of brutality say ...", or
    of "Police accused of brutality"; it is no part of the source's name. ``None`` for none, or for one after a word by
    which the span speaks for the accused ("The lawyer for a man accused of fraud")."""
    found = _ACCUSED_AFTER.search(text + after[:_ACCUSATION_REACH])
    if found is None or not 0 < found.start() < len(text.rstrip()) or _ON_BEHALF.search(text, 0, found.start()):
        return None
    return found.start()


def _in_passive(text: str, word: re.Match[str]) -> bool:
    """Whether the accusing ``word`` found in ``text`` is a participle in the passive: after a verb of being
    ("was accused") or with no object before its preposition ("accused of", "charged with", "blamed for")."""
    return word.group().lower() in _PASSIVE_PARTICIPLES and bool(
        _PASSIVE_AFTER.match(text, word.end()) or _BEING_BEFORE.search(text, max(0, word.start() - 30), word.start()))


#: How many forms of spans and speakers' labels are kept once worked out: a long transcript names its speakers
#: again at every turn, and copy its sources in sentence after sentence.
_FORMS_KEPT = 4096
#: Quotation marks and punctuation trimmed off a source's edges.
EDGE = " ,.;:\"'“”‘’„«»‹›"
#: Last words of an organisation, not of a person: "the Justice Department" keeps its title word, and "the
#: academy" or "the club" joins "the Meridian Film Academy" or "Harbour City F.C." (see ``_CLUB_ENDS``), no person.
_INSTITUTIONS = frozenset("""Department Ministry Committee League Office Council Court Agency Bureau Board
    Commission Party Union Service Authority Administration Government Group Association Institute
    University Company Corporation Bank Fund General Assembly Parliament Senate House Congress Police
    Force Forces Army Navy Staff Cabinet Secretariat Tribunal Embassy Consulate Mission Times Post Daily
    News Journal Herald Tribune Gazette Telegraph Guardian Press Media Network Television Radio Watch
    International Corps Foundation Centre Center Coalition Alliance Unit Academy College School Trust Hospital Studio
    Studios Club Team FC F.C AFC A.F.C CF C.F""".split())
#: The letters that end a football club's name ("Harbour City F.C.", "Dunmore AFC", "Real Oviedo CF"), as
#: keys: a club that "the club" heads.
_CLUB_ENDS = frozenset("fc f.c afc a.f.c cf c.f".split())
#: American local offices, titles before a name ("District Attorney Karen Sloane", "City Manager Ruth Kaplan") whose
#: words are a firm's or a plan's too ("Manager Magazin", "Marshal Plan", "Clerk Street Capital", "U.S. Attorney
#: Subpoenas ..." of a headline): a name after one is read only when it is a person's (see :func:`_personal_name`).
_LOCAL_TITLES = (r"District Attorney|City Attorney|County Attorney|State's Attorney|State’s Attorney|U\.S\. Attorney|"
                 r"Public Defender|Manager|Marshal|Clerk|Auditor|Comptroller|Administrator|Supervisor|Assessor|"
                 r"Trooper|Trustee|Selectman|Selectwoman|Magistrate")
#: Ranks that a "General" after them makes a title ("Secretary-General", "Attorney General"), with a hyphen or without.
_GENERAL_RANKS = ("Attorney", "Surgeon", "Secretary", "Inspector", "Director", "Auditor", "Solicitor", "Governor")
#: Capitalised titles that may stand before a name ("Prime Minister Jane Doe", "Police Chief Ann Bo"; Ireland's
#: "Taoiseach" and "Tánaiste", its prime minister and deputy, the accent left out or not; Commonwealth copy's
#: "Treasurer", "Leader of the Opposition", a chief minister's "CM" and a South African province's "MEC"; American
#: local offices: "District Attorney", "City Manager", "State Fire Marshal", "Town Clerk", "Public Defender").
_ROLE_TITLES = (r"President|Premier|Minister|Taoiseach|Tánaiste|Tanaiste|Chancellor|Chief|Executive|Officer|Chairman|"
                r"Chairwoman|Chair|Leader of the Opposition|Leader|Treasurer|CM|MEC|"
                r"Spokesman|Spokeswoman|Spokesperson|Prince|Princess|Sheikh|Emir|Commander|Constable|Inspector|"
                r"Superintendent|Sergeant|Detective|"
                r"Director|Judge|Justice|Mayor|Senator|Governor|Ambassador|Commissioner|Prosecutor|Speaker|"
                rf"Sheriff|Secretary(?: of State)?|(?:{'|'.join(_GENERAL_RANKS)})[- ]General|"
                r"(?:Major|Brigadier|Lieutenant)[- ]General|(?:Rear|Vice)[- ]Admiral|Colonel|Lieutenant(?:[- ]Colonel)?|"
                r"Supreme Leader|Ayatollah|Rabbi|Archbishop|PM|Analyst|Economist|Professor|Researcher|CEO|CFO|COO|"
                r"Council(?:lor|or|woman|man|member)|Assembly(?:woman|man|member)|Alder(?:man|woman)|"
                rf"{_LOCAL_TITLES}|"
                r"(?:President|Vice President|Premier|Governor|Mayor|Chancellor|Senator)-elect")
#: Titles that are also words of other names ("Captain America", "Admiral Insurance", "Bishop Auckland",
#: "Imam Reza Shrine", "AG Barr", "General Motors", "Lord & Taylor", "Miss Universe", "Pastor Maldonado"),
#: and peerages, whose holder is known by a title and one name ("Lord Cameron", "Baroness Hale"), and a
#: legislator's titles, words of other names too ("Deputy Leader", "Representative Office", "MP Materials"):
#: a person's name after them has two words or more ("Congressman Anthony Weiner", "Deputy Kh. Dzhabrailov",
#: "Labour MP Jane Roe"). A parliament's letters but "MP" are titles only after a party's word or another
#: ("Fianna Fáil TD", "SNP MSP", "Sinn Féin MLA", "Plaid Cymru MS", "Labour MEP", "Opposition TD"): first in
#: a name, they are a firm's ("TD Ameritrade Holding").
_SHORT_TITLES = re.compile(r"(?:^|\s)(?:Admiral|Captain|Bishop|Imam|AG|DA|General|Lord|Lady|Baroness|Miss|Principal|"
                           r"Pastor|MP|Deputy|Congressman|Congresswoman|Representative|Lawmaker|Alder)$"
                           r"|\s(?:MEP|MSP|MS|MLA|TD)$")
#: A title shortened with a stop ("Rep.", "Sen.", "Gen."), which may stand inside a longer role before a name
#: ("chairman of the House Harbour Committee Rep. Adam Korvel", "Retired Air Force Gen. Ola Brisk").
_STOPPED_TITLE = re.compile(r"(?:Rep|Sen|Gov|Gen|Lt|Col|Maj|Capt|Adm|Sgt|Dr|Prof|Amb|Supt|Insp|Det)\.")
#: A role word, in either case, then "of" or "for": what may name the role's body before the name ("attorney for the
#: District of ...", "Secretary for Harbour Security ...").
_ROLE_OF = re.compile(r"(?<![\w'’])(?:attorney|secretary|director|chairman|chairwoman|chair|speaker|head|"
                      r"commissioner|minister|president|governor|leader|chief|ambassador|prosecutor|administrator|"
                      r"member|superintendent|general)"
                      r"\s+(?:of|for)\s+(?:the\s+)?", re.I)
#: Particles written into a name in lower case before its capital ("diMarco", "deVoss"), as an alternation.
CAMEL_PREFIXES = "di|de|da|du|del|della|le|la|van|von|mc|mac"
#: A particle written into a name in lower case, the name's capital after it ("diMarco", "deVoss", "McBride" aside).
_CAMEL_NAME = re.compile(rf"(?:{CAMEL_PREFIXES})[A-Z][a-z][\w'’-]*")
#: An initial inside a name ("B." of "Adam B. Schiff").
_INITIAL = re.compile(r"[A-Z]\.")
#: "to" and one to three capitalised words ending a span: whom something was sent to ("... Jennifer Osk to Vantner").
_TO_NAME = re.compile(r"\s+to\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$")
#: The most words a title has ("Leader of the Opposition"): a name's title is read from that many words before it.
_TITLE_WORDS = 4
_ROLE_WORD = re.compile(rf"(?:{_ROLE_TITLES})")
_ROLE_END = re.compile(rf"(?:^|[\s-])(?:{_ROLE_TITLES})$")
_GLUED_PARTICLE = re.compile(rf"^(?:{_GLUED})-[A-Z]")
#: A glued particle and its hyphen opening a lower-case word ("al-" of "al-assad").
_GLUED_START = re.compile(rf"^(?:{_GLUED})-")
#: The end of what stands before a family name glued to its particle ("bashar al-" of "bashar al-assad").
_GLUED_BEFORE = re.compile(rf" (?:{_GLUED})-\Z")
#: The most words of a personal name, its particles aside ("Mohammed bin Salman Al Saud").
_NAME_WORDS = 4
#: What follows a name without being one ("Martin Luther King Jr.").
_SUFFIXES = frozenset("Jr Sr II III IV V".split())
#: Of those, a generation's, as :meth:`str.capitalize` writes it ("Jr", "Iii"): the surname is the word before.
_GENERATIONS = frozenset(suffix.capitalize() for suffix in _SUFFIXES)
#: Government portfolios: "Minister for Foreign Affairs" ends in a portfolio, not in a name.
_PORTFOLIOS = frozenset("""Affairs State Defence Defense Security Health Justice Finance Trade Energy Interior
    Education Environment Transport Labour Labor Agriculture Industry Commerce Development Treasury
    Economy Immigration Home Communications Infrastructure Water Culture""".split())
#: A body's line of work that ends a role held in it, before the holder's name ("Director of Investigations Chris
#: Farrell", "Head of Research", "Vice President of Operations"), as a portfolio ends a minister's.
_DEPARTMENTS = frozenset("""Investigations Operations Research Policy Intelligence Prosecutions Planning Strategy
    Programs Programmes Studies Enforcement Compliance Marketing Sales Engineering Admissions""".split())
#: "A lawyer for the detained activist, Joshua Wong": the name is the activist's, the speaker the lawyer
#: (but in "The lawyer for Trump, Alina Habba" the name is the lawyer's: the object is a name itself). A
#: representative for a body is named as a spokesman is ("A representative for the company, Bradley Stroud":
#: Stroud), one for a person is not ("A representative for the jailed activist, Joshua Wong": see
#: ``_REPRESENTATIVE``).
_RELATIONAL = re.compile(
    r"^(?:(?:the|a|an|his|her|their|its)\s+)?(?:\w+\s+)?(?:family|families|lawyer|lawyers|attorney|attorneys|"
    r"relatives?|mother|father|parents|wife|husband|son|daughter|brother|sister|friends?|neighbou?rs?|"
    r"colleagues?|supporters?)\s+(?:of|for)\s+(?:(?:the|a|an|one|two|his|her|their|its)\s+)?"
    r"(?-i:[a-z]).*$", re.I)
#: A representative for someone in lower case, whose head noun (group 1) says whether a body or a person.
_REPRESENTATIVE = re.compile(r"^(?:(?:the|a|an)\s+)?representatives?\s+(?:of|for)\s+"
                             r"(?:(?:the|a|an|his|her|their|its)\s+)?(?=(?-i:[a-z]))(?:[\w'’-]+\s+)*?([\w'’-]+)$", re.I)
#: Words that make a different role of the one they precede: a deputy minister is not the minister.
_RANK_MODIFIERS = frozenset("vice deputy assistant acting former junior associate under co interim ex".split())
#: A person's trade, which court, sport, science and street-interview copy writes before a name, capitalised
#: when it opens the sentence ("Striker Tomás Ibarra", "Lawyer Nadia Brennock", "Co-author Prof. Lena Moravec",
#: "Farmer Sami Rahimi", "Actor Ryan Cole", "Sprinter Dana Okafor"), or alone ("the coach"); none is also a first
#: name ("Hunter", "Mason" are not here).
_TRADES = frozenset("""lawyer attorney barrister solicitor coroner adviser advisor aide envoy diplomat pastor
    priest vicar bishop imam manager coach captain striker defender midfielder goalkeeper referee umpire player
    doctor surgeon nurse scientist researcher author co-author lecturer historian teacher engineer lieutenant
    admiral farmer dockworker fisherman shopkeeper firefighter paramedic midwife student pensioner
    retiree resident actor actress singer songwriter rapper dancer comedian playwright screenwriter filmmaker composer
    photographer sprinter swimmer boxer golfer skier forward winger full-back fullback centre-back center-back
    substitute keeper playmaker fly-half batsman""".split())
#: A capitalised trade known by its ending, which no first name has: "-ist" ("Hydrologist", "Activist",
#: "Epidemiologist"; not a verb in "-sist": "Insist") and "-ician" ("Physician", "Technician"). A political or
#: religious "-ist" also stands before bodies' names ("Methodist Episcopal Church"): see :func:`_is_trade_then_name`.
_TRADE_ENDING = re.compile(r"[A-Z][a-z]{2,}(?<!s)ist|[A-Z][a-z]+ician")
#: The one-word capitalised titles of ``_ROLE_TITLES`` ("Professor", "Inspector", "Colonel", "Rabbi"), but
#: "Justice", a word of bodies' names too ("justice ministry").
_TITLE_NOUNS = frozenset(word.lower() for word in _ROLE_TITLES.split("|")
                         if re.fullmatch(r"[A-Z][^\W\d_]*", word)) - {"justice"}
#: Posts that British and Commonwealth copy writes in letters ("the PM", "the CM", "the MP", "the IGP", "the MEC"),
#: each spelled out: a person's nameless role, as "the prime minister" is, and one post with its spelled-out form in a
#: document ("the PM" after "the Prime Minister": see :meth:`SourceIndex._post_written_otherwise`).
SHORT_POSTS = {"pm": "prime minister", "cm": "chief minister", "mp": "member of parliament",
               "mla": "member of the legislative assembly", "mec": "member of the executive council",
               "igp": "inspector general of police", "dgp": "director general of police",
               "sp": "superintendent of police", "dsp": "deputy superintendent of police",
               "acp": "assistant commissioner of police", "dcp": "deputy commissioner of police"}
#: What a person speaking in rights and conflict copy is, besides a post or a trade: what befell them or what they
#: do ("A former detainee, who asked not to be named, said ...", "A witness said ...", "An aid worker said ...").
_CIRCUMSTANCES = frozenset("""witness survivor prisoner detainee refugee victim activist representative rapporteur
    investigator worker guard""".split())
#: Those and an eyewitness, capitalised opening a sentence before a person's name ("Witness Ana Voss", "Survivor Ana
#: Voss"), dropped from the name as a trade is (see :func:`_is_trade_then_name`).
_OPENING_CIRCUMSTANCES = _CIRCUMSTANCES | {"eyewitness"}
#: Those titles written as one hyphenated word, which a later description ends with as it ends with any other role
#: ("Secretary-General António Quell said ... The Secretary-General said ...": one person).
_HYPHENED_TITLES = frozenset(f"{rank.lower()}-general" for rank in _GENERAL_RANKS)
#: Nouns for what a person is, which a later description of them ends with ("the spokesperson", "the professor",
#: "the Taoiseach", "the CM").
PERSON_ROLES = frozenset("""spokesperson minister president secretary ambassador director chief chairman
    chairwoman chair senator governor mayor judge prosecutor commissioner official premier
    chancellor prince king queen sheikh emir general commander leader speaker
    sheriff officer executive ceo head councillor councilor councilwoman councilman
    assemblywoman assemblyman alderman alderwoman alder corporal delegate
    supervisor""".split()) | _TITLE_NOUNS | _TRADES | _CIRCUMSTANCES | frozenset(SHORT_POSTS) | _HYPHENED_TITLES
#: Words in a role that say nothing of which body it is ("union general secretary").
_PLAIN_ROLE_WORDS = frozenset("general senior top principal press".split())
#: Words after a description's head that still name the same body ("the Ministry of Foreign Affairs").

#: A company that opens a sentence, named with its legal form ("Acme Corp.", "Bank of America Corp.",
#: "Johnson & Johnson Inc.", "Siemark Pty Ltd", "Velmora Pharma AG"). Short capitals (SA, NV, KK, LP, Oy...)
#: count only when no name follows them; "AG" nor before a possessive, nor after a state's name or a rank (see
#: ``_AG_OF``): "New York AG Letitia James" and "New York AG's office" are an attorney general's.
_NAME_WORD = r"[A-Z][\w'’.-]*"
_COMPANY = re.compile(
    rf"({_NAME_WORD}(?:\s+(?:(?:&|of|de)\s+)?{_NAME_WORD}){{0,4}}\s+(?:&\s+)?"
    r"(?:(?:Corp|Corporation|Inc|Ltd|Limited|LLC|LLP|plc|PLC|Plc|Co|Holdings|GmbH|KGaA|Oyj|SpA|SARL)\b(?!-)\.?"
    r"|S\.p\.A\.|S\.A\.S\.|S\.A\.|N\.V\.|(?:SA|SAS|SE|NV|BV|AB|ASA|A/S|KK|LP|Oy)\b(?!-)(?!\s+[A-Z])"
    r"|AG\b(?![-'’])(?!\s+[A-Z])))")
#: Last words before "AG" that make it an attorney general, not a company's legal form: a US state's name ("New
#: York AG", "Texas AG"), the country's ("U.S. AG"), "State" or a rank ("Deputy AG").
_AG_OF = frozenset("""Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
    Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota
    Mississippi Missouri Montana Nebraska Nevada Hampshire Jersey Mexico York Carolina Dakota Ohio Oklahoma Oregon
    Pennsylvania Island Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming DC D.C. US U.S. State
    Federal Deputy Assistant Acting Former""".split())
_LEGAL_FORM_END = re.compile(rf"(?:\s+(?:&\s+)?(?:{_LEGAL_FORMS})\.?)+$")
#: The same with the legal forms that are also words or abbreviations ("AG" an attorney general, "LP" a
#: record, "Sas" a surname), read as legal forms only at the end of a name noted as a company's (see
#: ``_COMPANY``): "siemark ag" is "siemark" for short, while "New York AG" stays no company.
_COMPANY_FORM_END = re.compile(rf"(?:\s+(?:&\s+)?(?:{_LEGAL_FORMS}|ag|sas|kk|lp|oy)\.?)+$")
#: Countries named in one word, which a sentence's subject of that word alone names though the text has not named
#: it before: a wire lead opens "China on Friday rejected a report ..." (see :func:`subject_before_cue`). Countries
#: whose name is more often a first name or a US state's in English copy (Chad, Georgia) are left out: "Georgia said"
#: after "Georgia Smith, a nurse, said" is the nurse going on, not a new source.
_COUNTRIES = frozenset("""Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan
    Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Botswana Brazil Britain Brunei
    Bulgaria Burma Burundi Cambodia Cameroon Canada Chile China Colombia Comoros Congo Croatia Cuba Cyprus
    Czechia Denmark Djibouti Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon
    Gambia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India
    Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kiribati Kosovo Kuwait
    Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi
    Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro Morocco
    Mozambique Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine
    Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles
    Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania
    Thailand Togo Tonga Tunisia Turkey Türkiye Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu
    Venezuela Vietnam Yemen Zambia Zimbabwe""".split())
#: Every country of ``_COUNTRIES``, those that are first names too, in lower case (see :func:`_same_country`,
#: :func:`_government_of`).
_COUNTRY_KEYS = frozenset(c.lower() for c in _COUNTRIES) | {"chad", "georgia"}
#: Capitals written in one word that stand for their country's government as a lead's subject does, with the keys
#: of that country's names ("Beijing rejected the report" as "China rejected" does; see :func:`subject_before_cue`
#: and ``SourceIndex._seat_or_country``). Left out: those that are English words, first names or surnames (Male,
#: Victoria, Sofia, Paris, Lima, Santiago, Wellington, Kingston, Nassau, London), a US state or a US city US copy
#: writes alone (Washington, a state and a surname too; Athens, Dublin, Rome, also the Holy See's), seats of a rival
#: government or a city's own (Sanaa, Delhi, Amsterdam), and contested ones (Jerusalem). Brussels as often means the
#: EU and Kinshasa and Brazzaville one of two Congos: each is a subject, joined with no country.
_CAPITALS: dict[str, tuple[str, ...]] = {
    "Abuja": ("nigeria",), "Accra": ("ghana",), "Algiers": ("algeria",), "Amman": ("jordan",),
    "Ankara": ("turkey", "türkiye"), "Antananarivo": ("madagascar",), "Asmara": ("eritrea",),
    "Astana": ("kazakhstan",), "Asunción": ("paraguay",), "Ashgabat": ("turkmenistan",), "Baghdad": ("iraq",),
    "Baku": ("azerbaijan",), "Bamako": ("mali",), "Bangkok": ("thailand",), "Beijing": ("china",),
    "Beirut": ("lebanon",), "Belgrade": ("serbia",), "Berlin": ("germany",), "Bern": ("switzerland",),
    "Bishkek": ("kyrgyzstan",), "Bogotá": ("colombia",), "Brasília": ("brazil",), "Bratislava": ("slovakia",),
    "Brazzaville": (), "Brussels": (), "Bucharest": ("romania",), "Budapest": ("hungary",), "Cairo": ("egypt",),
    "Canberra": ("australia",), "Caracas": ("venezuela",), "Chisinau": ("moldova",), "Colombo": ("sri lanka",),
    "Conakry": ("guinea",), "Copenhagen": ("denmark",), "Dakar": ("senegal",), "Damascus": ("syria",),
    "Dhaka": ("bangladesh",), "Doha": ("qatar",), "Dushanbe": ("tajikistan",), "Freetown": ("sierra leone",),
    "Gaborone": ("botswana",), "Hanoi": ("vietnam",), "Harare": ("zimbabwe",), "Havana": ("cuba",),
    "Helsinki": ("finland",), "Islamabad": ("pakistan",), "Jakarta": ("indonesia",), "Juba": ("south sudan",),
    "Kabul": ("afghanistan",), "Kampala": ("uganda",), "Kathmandu": ("nepal",), "Khartoum": ("sudan",),
    "Kiev": ("ukraine",), "Kigali": ("rwanda",), "Kinshasa": (), "Kyiv": ("ukraine",), "Libreville": ("gabon",),
    "Lilongwe": ("malawi",), "Lisbon": ("portugal",), "Ljubljana": ("slovenia",), "Luanda": ("angola",),
    "Lusaka": ("zambia",), "Madrid": ("spain",), "Managua": ("nicaragua",), "Manama": ("bahrain",),
    "Manila": ("philippines",), "Maputo": ("mozambique",), "Minsk": ("belarus",), "Mogadishu": ("somalia",),
    "Monrovia": ("liberia",), "Montevideo": ("uruguay",), "Moscow": ("russia",), "Muscat": ("oman",),
    "Nairobi": ("kenya",), "Naypyidaw": ("myanmar", "burma"), "Niamey": ("niger",), "Nicosia": ("cyprus",),
    "Oslo": ("norway",), "Ottawa": ("canada",), "Ouagadougou": ("burkina faso",), "Podgorica": ("montenegro",),
    "Prague": ("czechia", "czech republic"), "Pretoria": ("south africa",), "Pristina": ("kosovo",),
    "Pyongyang": ("north korea",), "Quito": ("ecuador",), "Rabat": ("morocco",), "Reykjavik": ("iceland",),
    "Riga": ("latvia",), "Riyadh": ("saudi arabia",), "Sarajevo": ("bosnia",), "Seoul": ("south korea",),
    "Skopje": ("north macedonia",), "Stockholm": ("sweden",), "Taipei": ("taiwan",), "Tallinn": ("estonia",),
    "Tashkent": ("uzbekistan",), "Tbilisi": ("georgia",), "Tegucigalpa": ("honduras",), "Tehran": ("iran",),
    "Tirana": ("albania",), "Tokyo": ("japan",), "Tripoli": ("libya",), "Tunis": ("tunisia",),
    "Ulaanbaatar": ("mongolia",), "Valletta": ("malta",), "Vienna": ("austria",), "Vientiane": ("laos",),
    "Vilnius": ("lithuania",), "Warsaw": ("poland",), "Windhoek": ("namibia",), "Yaoundé": ("cameroon",),
    "Yerevan": ("armenia",), "Zagreb": ("croatia",),
}
#: Capitalised words that start a sentence or a phrase, not a company's name ("On Tuesday Acme Corp.").
_NOT_A_NAME_START = frozenset("""The A An On In At For From By With After Before When While As Under Shares
    Yesterday Today Tonight Earlier Later Meanwhile However Now Then Also Since Until Despite Although If
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December Last This Next Both And But Tomorrow""".split())
#: An opening phrase up to its comma: a capitalised word (one of ``_NOT_A_NAME_START`` to count) and one to six
#: lower-case words or numbers ("For nearly three years, ", "In a statement, ").
_OPENING_PHRASE = re.compile(r"([A-Z][a-z]*)(?:\s+[a-z\d][\w'’-]*){1,6},\s+")
#: Of those, the ones whose possessive is no body's owner ("Monday's cabinet", "Today's council": when, not
#: whose); not "May", a surname too ("May's cabinet").
_NOT_AN_OWNER = _NOT_A_NAME_START - {"May"}
#: Nouns that describe a business and never a person ("a local retailer" or "a private lender" may be one).
_BUSINESS_NOUNS = r"company|firm|corporation|conglomerate|carmaker|automaker|drugmaker|chipmaker|airline|insurer"
#: Those of them that open no firm's name, dropped when capitalised as the sentence opens before one: "Drugmaker
#: Veltrix Pharma" is "Veltrix Pharma", described as a drugmaker (not "Airline Pilots Association").
_BUSINESS_TRADES = frozenset("carmaker automaker drugmaker chipmaker insurer".split())
#: Makers written as one word that are people, not businesses ("Lawmaker Jane Roe", "Filmmaker Ada Nwosu"): any other
#: "-maker" is a business's trade too ("Planemaker Airvo Industries", "Steelmaker Korrin").
_PERSON_MAKERS = frozenset("""lawmaker policymaker filmmaker moviemaker peacemaker homemaker dressmaker playmaker
    matchmaker kingmaker troublemaker rainmaker merrymaker holidaymaker pacemaker haymaker shoemaker watchmaker
    clockmaker winemaker cheesemaker cabinetmaker noisemaker decisionmaker printmaker dealmaker changemaker
    mischiefmaker tastemaker hitmaker saddlemaker""".split())
#: What only a business operates: "the port operator" is one, "a crane operator" or "a tour operator" may be a person.
_OPERATED = r"port|terminal|pipeline|grid|airport|railway|mobile|telecoms"
#: A business described as one: "Globex Motors, the world's largest carmaker" (closed by a comma or the end), in
#: a span "the port operator Halvard Terminals", or with its name set apart after the description, closed by a comma
#: or the end too ("The port operator, Halvard Terminals, said"); its words say what it is, not what it makes or
#: where it is ("Jo Lee, head of the firm" and "Jo Lee, the drug company executive" are people).
_BUSINESS_KIND = (r"(?i:(?:(?!(?:of|for|at|in|with|to|from|by|on|and|or|the|a|an)\s)[\w'’.-]+\s+){0,3}?"
                  rf"(?:{_BUSINESS_NOUNS}|(?:{_OPERATED})\s+operator))")
_BUSINESS_NAME = rf"{_NAME_WORD}(?:\s+(?:(?:&|of|de)\s+)?{_NAME_WORD}){{0,4}}"
#: The noun that says what kind of business a description is ("carmaker", "port operator"), to find in it.
_KIND_NOUN = re.compile(rf"(?i:\b(?:{_BUSINESS_NOUNS}|(?:{_OPERATED})\s+operator)\b)")
_DESCRIBED_BUSINESS = re.compile(rf"^(?:({_BUSINESS_NAME}),\s+(?i:the|an?)\s+{_BUSINESS_KIND}(?:,|$)"
                                 rf"|(?:(?i:the|an?)\s+)?{_BUSINESS_KIND}\s+({_BUSINESS_NAME})$"
                                 rf"|(?:(?i:the|an?)\s+)?{_BUSINESS_KIND},\s+({_BUSINESS_NAME})(?:,|$))")
#: An investor described before its name, which may be a firm or a person ("short seller Grayfin Research", "the
#: activist investor Dale Marsh", "hedge fund Orrin Capital"); group 1 holds the description, group 2 the name.
_INVESTOR_KIND = r"(?i:short[\s-]+seller|activist\s+investor|(?:activist\s+)?hedge\s+fund)"
_DESCRIBED_INVESTOR = re.compile(rf"(?:(?i:the|an?)\s+)?(?:[a-z][\w-]*\s+)?({_INVESTOR_KIND})\s+({_BUSINESS_NAME})")
#: The same described after its name and a comma, up to a comma or the end ("Grayfin Research, a short seller", "Orrin
#: Capital, the activist hedge fund"); group 1 holds the name, group 2 the description.
_INVESTOR_DESCRIBED_AFTER = re.compile(rf"({_BUSINESS_NAME}),\s+(?i:the|an?)\s+(?:[a-z][\w-]*\s+)?({_INVESTOR_KIND})")
#: Such a description set apart by commas right after a span that ends with the name ("Grayfin Research" of
#: "Grayfin Research, a short seller, said"); group 1 holds the description.
_APPOSED_INVESTOR = re.compile(rf"\s*,\s+((?i:the|an?)\s+(?:[a-z][\w-]*\s+)?{_INVESTOR_KIND})\s*,")
#: The last words of an investment firm's name ("Grayfin Research", "Orrin Capital", "Tarn Partners"), lower case.
_INVESTOR_NAME_ENDS = frozenset("""research capital management partners advisors advisers investments investors
    fund funds associates""".split())
#: "The company" or "the firm" inside a spokesperson's span ("a spokesman for the company", "the firm's
#: spokeswoman"), which means the company "the company" alone would (see ``SourceIndex._company_spokesperson``).
_THE_COMPANY = re.compile(r"(?<![\w'’-])the\s+(?:company|firm|corporation)(?![\w-])", re.I)
#: A "the" just before a span that left it out ("the [company] said"): the span is a description with it.
_THE_BEFORE = re.compile(r"(?<![\w'’-])the\s+$", re.I)
#: "The spokesperson, Clarita Reyes": a definite role, then the person's name (see ``SourceIndex.add``).
_ROLE_THEN_NAME = re.compile(r"^the\s+([a-z][\w'’ -]*?),\s+(.+)$", re.I)

#: Words after a body's head that still belong to its name ("Ministry of ...", "Office for ...").
_NAME_GOES_ON = frozenset("of for in at on".split())
#: An initialism with its stops before a title's or a trade's words ("U.S." of "U.S. Attorney Ana Ruiz", "Acting
#: U.S. Attorney"), read with them as "US" is: the name read from the run is then the whole source, not a shorter one
#: that would keep a later "Ruiz" from joining it. No match opens just after a stop: inside a long run of initials
#: ("A.B.C.D. ..."), each would read the run to its end again.
_INITIALISM_BEFORE = r"(?:(?:[A-Z][\w'’-]*\s+)?(?:[A-Z]\.){2,}\s+)?"
#: A capitalised title, a word or two of its body before it, and the capitalised run after it to its end,
#: particles inside allowed ("County Commissioner Alan Pike", "Prime Minister Jane de la Cruz", "Foreign
#: Minister Prince Faisal bin Farhan Al Saud"), from which a name is read (see ``SourceIndex._see_titled``).
_NAME_PARTICLE_RUN = rf"(?:(?:{'|'.join(sorted(_PARTICLES))})\s+)*"
_TITLED_NAME = re.compile(rf"(?<![\w'’.-]){_INITIALISM_BEFORE}(?:[A-Z][\w'’-]*\s+){{0,2}}(?:{_ROLE_TITLES})\s+"
                          rf"{_NAME_WORD}"
                          rf"(?:\s+{_NAME_PARTICLE_RUN}{_NAME_WORD})*")
#: The head of a body written in lower case before a name, as a trade is ("Federation president Viktor Stanek",
#: "club chairman Ivo Marsh"), but no deputy's or vice's post ("vice president", "deputy chairman", "vice-chairman")
#: nor a former one's ("former president Bill Clinton", "ex-chairman"): political copy names a past head so in
#: passing, often beside a namesake of the family.
_HEAD_BEFORE_NAME = r"(?<![Vv]ice )(?<![Dd]eputy )(?<![Ff]ormer )(?<!-)(?:president|chairman|chairwoman)"
#: An office in lower case (capitalised opening a sentence) before a name, "former" perhaps before it ("Former mayor
#: Ana Ruiz", "Velmark chief executive Tom Vell", "finance minister ..."): "the former mayor", "the chief executive"
#: or "the minister" may later mean that one person (a former one never "the mayor": see ``_RANK_MODIFIERS``).
_OFFICE_BEFORE_NAME = r"(?:[Ff]ormer\s+)?(?:[Mm]ayor|[Ss]enator|[Mm]inister|[Gg]overnor|[Cc]hief\s+executive)"
#: A trade in lower case (capitalised opening a sentence) or such a head, a word or two of its team or body before it,
#: and a name of two words or more after it ("Dunmore coach Pavel Orr", "Harbour City manager Ruben Alves",
#: "Striker Tomás Ibarra", "Federation president Viktor Stanek"), read as ``_TITLED_NAME`` is when the name is no
#: business's ("asset manager Velta Holdings"): sports and features copy names people so.
_TRADE_NAME = re.compile(rf"(?<![\w'’.-]){_INITIALISM_BEFORE}(?:[A-Z][\w'’-]*\s+){{0,2}}"
                         rf"(?:{'|'.join(f'[{t[0].upper()}{t[0]}]{t[1:]}' for t in sorted(_TRADES))}|"
                         rf"{_HEAD_BEFORE_NAME}|{_OFFICE_BEFORE_NAME})\s+"
                         rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_PARTICLE_RUN}{_NAME_WORD})+)")
#: A person's age written after their name, between commas ("Pavel Orr, 52, said"): group 1 the name, group 2 the
#: age, which "the 52-year-old" may later describe them by.
_AGE_AFTER_NAME = re.compile(rf"(?<![\w'’.-])({_NAME_WORD}(?:\s+{_NAME_PARTICLE_RUN}{_NAME_WORD}){{1,3}}),\s+"
                             r"(\d{1,3}),")
#: A description by age alone ("the 52-year-old"): group 1 the age.
_AGE_ALONE = re.compile(r"(\d{1,3})-year-old")
#: Nouns by which sports copy calls a manager or a coach ("the Dunmore boss"), with the roles they stand for.
_ROLE_SYNONYMS = {"boss": ("manager", "coach")}
#: A demonym in one word ending in "-man" or "-woman" ("Yorkshireman", "Welshwoman"): a description of a person.
_DEMONYM = re.compile(r"[a-z]{3,}(?:wo)?man")
#: How many people named last a nationality or demonym alone ("the Croatian") may mean.
_DEMONYM_REACH = 3
#: The first letter of the word after a capitalised run, particles skipped: a capital there (one the ASCII
#: name pattern leaves out: "Émile") means the run goes on.
_NEXT_LETTER = re.compile(rf"\s+{_NAME_PARTICLE_RUN}([^\W\d_])")
#: Lower-case words a headline in title case keeps ("Mayor Vows to Fight On", "Rebels Push Into the Capital").
_HEADLINE_SMALL_WORDS = frozenset("a an and as at but by for from in into nor of on onto or over per the to upon "
                                  "via with".split())
#: A word as a headline's case is read: a letter, then letters, digits, apostrophes and hyphens.
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: An acronym in brackets after a word ("the Independent Electoral Commission (IEC)"), whose name spelled out is
#: read back from the words before it (see ``SourceIndex._see_acronyms``): found first, so that a long run of
#: capitals is read once, not from each of its words.
_ACRONYM = re.compile(r"\s\(([A-Z]{2,8})\)")
#: A capitalised word of a name spelled out, and the lower-case words that may join them ("Economic and
#: Financial Crimes Commission").
_SPELLED_WORD = re.compile(r"[A-Z][\w'’-]*")
_SPELLED_JOINERS = frozenset("of for and on in the de &".split())
#: The small words whose initials an acronym may take or skip ("Doctors of the World (DOW)", "Department of Justice
#: (DOJ)"): the joiners that are English words.
_SMALL_WORDS = _SPELLED_JOINERS - {"de", "&"}
#: How many characters before an acronym its name is read from: eight capitalised words and their joiners.
_SPELLED_OUT_CHARS = 400
#: A ministry or department named by its head first or last ("ministry of (the) interior", "interior ministry"): one
#: body, which a document may write both ways.
_HEAD_FIRST = re.compile(r"^(ministry|department) of (?:the )?(.+)$")
_HEAD_LAST = re.compile(r"^(.+) (ministry|department)$")
#: A ministry's key with its country written before it as an owner ("china's ministry of foreign affairs").
_OWNER_COUNTRY = re.compile(r"^(.+?)'s (.+)$")
#: The acronym of a ministry of foreign affairs ending a key ("russian mfa", "the mfa"), read as "foreign ministry"
#: (see :func:`_ministry`) unless the text spelled it out as another name (see ``SourceIndex._reworded``).
_MFA = re.compile(r"(?<![\w'-])mfa$")
#: A country written after a ministry named head first ("ministry of foreign affairs of mexico").
_COUNTRY_AFTER = re.compile(r"^(.+?) of (?:the )?(.+)$")
#: Endings that make a nationality of a country's name, and the letters they may replace ("chinese" of "china",
#: "mexican" of "mexico"): (ending, how many letters of the country's name it replaces).
_COUNTRY_ADJECTIVE_ENDS = (("n", 0), ("an", 0), ("ian", 0), ("i", 0), ("ese", 0), ("ese", 1), ("an", 1), ("n", 1))
#: Pronoun sources, relative ones too ("a press group, which said"), are credited to the last named source.
_PRONOUNS = frozenset("he she they it we i you him her them his its their this that which who whom whose".split())
#: The writer's and reader's own pronouns and possessives, which a span alone names no source with ("Our" of "Our
#: leaders' 'bold vision'", "according to us"); "US" in capitals is the United States.
_OWN_PRONOUNS = frozenset("me my mine us our ours your yours".split())
#: One of a group just named, with no name of its own ("One said", "one of them"), and the nouns besides a count
#: (``QUANTIFIERS``) or a role's plural that make a source such a group (see :func:`_plural_group`).
_ONE_OF_THEM = frozenset(("one", "one of them", "one of those", "another", "another of them"))
#: A modal and a verb of arguing or wondering after "One" ("One can also debate", "one might argue"): the generic
#: pronoun, anyone at all, not one of a group.
GENERIC_ONE_AFTER = re.compile(r"\s+(?:can(?:not)?|could|may|might|must|should)(?:\s+(?:also|still|only|easily|"
                               r"well|hardly|surely|certainly|not))*\s+(?:argue|debate|say|wonder|imagine|think|see|"
                               r"question|ask|expect|assume|conclude|suppose|note|object)\b", re.I)
_GROUP_HEADS = frozenset("people sources employees workers residents witnesses staff members experts".split())
#: A count of a group named before ("two of the people", "one of those officials"; see :func:`_group_member`), and how
#: many of the sources named last are looked through for that group.
_OF_THE_GROUP = re.compile(r"(?:one|another|two|three|four|five|six|seven|eight|nine|ten|several|some|many|both|each|"
                           r"most|all|none|a\s+few)\s+of\s+(?:the|those|these)\s+(.+)")
_GROUP_LOOKBACK = 8
#: Sources that name no one whatever their first letter's case ("Sources told this newspaper", "The statement said",
#: "Police said", "Witnesses said"): unnamed sources, a document alone, the police, and plural groups of people
#: unnamed, each document's copy meaning its own. A sentence's first capital is no name.
NAMELESS_NOUNS = frozenset("""source sources statement report letter memo police authorities investigators troops
    soldiers rescuers witnesses residents experts lawmakers legislators critics activists protesters demonstrators
    villagers survivors relatives neighbours neighbors parents students workers employees medics locals observers
    opponents supporters campaigners economists diplomats rebels militants insurgents organisers organizers fans
    voters families passengers victims refugees shoppers eyewitnesses commuters motorists people netizens users
    commenters posters bloggers viewers media press regulators investors shareholders customers consumers
    patients""".split())
#: Words counting or quantifying people that may open a source ("Two former employees", "Several residents",
#: "One"): no name, even capitalised at a sentence's start.
QUANTIFIERS = frozenset("""one two three four five six seven eight nine ten eleven twelve several some many few
    dozens hundreds thousands both""".split())
#: What may follow an unnamed group's head noun ("people familiar with the matter", "employees at the depot").
GROUP_GOES_ON = re.compile(r"\s(?:of|for|at|to|with|from|in|on|familiar|close|briefed|involved|aware|who)\s")
#: The writer's own work, which names no source either ("Our analysis of the accounts shows", "our review"), and
#: the outlet's own staff ("our correspondent", "our Moscow reporter", "our own journalists").
OWN_WORK = re.compile(r"(?:our|my)\s+(?:[\w'’-]+\s+)?(?:analys[ie]s|review|investigation|examination|reporting|"
                       r"calculations?|count|tally|research|inquiry|findings|correspondents?|reporters?|"
                       r"journalists?)\b", re.I)


#: "UN" or "U.N." as a word of a source's key ("un refugee agency"), short for "United Nations"; not "Un" ending a
#: Korean name ("kim jong un").
_UN = re.compile(r"(?<![\w'’-])(?<!\bjong )u\.?n\.?(?![\w'’-])")


#: Where a dateline's place ends: before its country, state or date, its agency, a second place or its dash.
_DATELINE_PLACE_END = re.compile(r"\s*(?:,|\(|/|\s-{1,2}|-{2}|[–—―])")
#: The capitalised words after a dateline's place and its comma: its country or state ("Kenya", "Calif.").
_DATELINE_REGION = re.compile(r"[^,]*,\s*([A-Z][a-z]+(?: [A-Z][a-z]+)*)")


def dateline_place(text: str) -> str | None:
    """The key of the country a wire dateline opening ``text`` names (see :func:`framing.segment.dateline_length`):
    the country written after its place ("kenya" of "KESSELTON, Kenya (AP) - "), or a capital's (``_CAPITALS``:
    "kenya" of "NAIROBI - "), else the place itself ("varnock" of "VARNOCK (Reuters) - "); ``None`` without one.
    Where two stories were filed from, so that a body each calls "the Presidency" is not read as one (see
    :func:`framing.summarize`)."""
    length = dateline_length(text)
    if not length:
        return None
    dateline = text[:length]
    place = _DATELINE_PLACE_END.split(dateline, maxsplit=1)[0].strip()
    region = _DATELINE_REGION.match(dateline)
    if region and text_key(region.group(1)) in _COUNTRY_KEYS:
        return text_key(region.group(1))
    countries = _CAPITALS.get(place.title(), ())
    return countries[0] if countries else text_key(place)


def dateline_country(text: str) -> str | None:
    """The key of the country a wire dateline opening ``text`` is filed from (see :func:`dateline_place`: "japan" of
    "TOKYO, April 2 - "), when that is a country known by its name or its capital; ``None`` for any other place."""
    place = dateline_place(text)
    return place if place in _COUNTRY_KEYS else None


def united_nations(key: str) -> str:
    """The source key ``key`` with "un" or "u.n." as a word spelled out: "un refugee agency" and "united nations
    refugee agency" are one source, in a document and across documents (see :func:`framing.summarize`)."""
    return _UN.sub("united nations", key) if "u" in key else key


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
#: The words before "ag" that make it an attorney general ("texas ag"), lower case (see ``_AG_OF``).
_AG_OF_KEYS = frozenset(word.lower() for word in _AG_OF)


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


def text_key(text: str) -> str:
    """What two spellings of one wording share: composed characters (NFC), lower case, apostrophes folded
    into ', no invisible format characters. The canonical source name is the key of its display form."""
    return fold_apostrophes(unicodedata.normalize("NFC", without_invisible(text)).lower())


def _without_accents(key: str) -> str:
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
    return _LEGAL_FORM_END.sub("", name).rpartition(" ")[2]


def surnames_of(display: str) -> tuple[str, ...]:
    """The keys of the words that may be the surname of the source shown as ``display`` when it reads as a person's
    full name, two to four capitalised words as :func:`_surnames_in` reads one ("Ana Toller", "Harold Pruitt Sr."),
    not a body's, a firm's or a place's ("Civic Watch Network", "Strand Systems", "New York"); none for anything
    else. A source shown by that surname alone in another document may be the same person (see
    :func:`framing.summarize`). Most names have one, the last word ("toller"); one written family name first has
    its first word ("zhou" of "Zhou Mingtao": see :func:`_family_name_first`), never the given name after it; one
    whose first and last words are both common family names of the kind written first ("Lin Wei", "Wei Lin",
    "Wen Ho Lee", "Nam Le") may be written either way and has both; "Jin Park" is read given
    name first, as no such syllable spells "Park" (see :func:`_family_name_first`)."""
    name = _without_generation(" ".join(display.split()))
    words = name.split(" ")
    if any(w.lower() in _PRONOUNS | _HEADLINE_SMALL_WORDS for w in words) or _NOT_A_NAME_START.intersection(words):
        return ()  # a headline's words ("Man Who Defeated Cantor", "Anybody But Cantor")
    last = text_key(words[-1])
    if not (_CAPITALISED_RUN.fullmatch(name) and _surnames_in(name) == {last}):
        return ()
    if not _family_name_first(words):
        return (last,)
    return (text_key(words[0]), last) if last in _FAMILY_NAMES_FIRST else (text_key(words[0]),)


#: Family names written first that are also common English given names ("Kim Reynolds", "Lee Zeldin"): such a
#: name is read family name first only before a given name of two words or a hyphenated one ("Kim Jong Un",
#: "Lee Jae-myung"), none of them a known given name ("Lee Roy Chan").
_FAMILY_OR_GIVEN = frozenset({"kim", "lee"})
#: A word of a Chinese, Korean or Vietnamese given name as romanised, accents and apostrophes left out: one or two
#: syllables, each a few consonants, one to three vowels and a closing consonant ("mingtao", "jong", "yeol", "phuc",
#: "duck"); not "kardashian", "west", "rimes" nor "oswald", which no such syllables spell.
_GIVEN_NAME_SYLLABLES = re.compile(r"(?:[bcdfghjklmnpqrstvwxzđ]{0,3}[aeiouy]{1,3}(?:ng|nh|ch|ck|hn|[nmkptlhrcw])?)"
                                   r"{1,2}")


def _family_name_first(words: list[str]) -> bool:
    """Whether the full name of ``words`` is written family name first: its first word is a common Chinese, Korean or
    Vietnamese family name (``_FAMILY_NAMES_FIRST``: "Zhou Mingtao", "Lin Wei", "Park Ji-hoon", "Nguyen Thi Lan")
    before a given name that such syllables spell (see ``_GIVEN_NAME_SYLLABLES``: not "Kim Kardashian West", "Lee
    Ann Rimes", "Chan Santokhi"), one that is also an English given name only before a given name of two words or a
    hyphenated one, no known given name among them (see ``_FAMILY_OR_GIVEN``: "Kim Jong Un", not "Kim Reynolds").
    Its first word is then the family name, which a mention alone may stand for ("Zhou"), as within a document (see
    :meth:`SourceIndex._person_shortened`)."""
    first = text_key(words[0])
    if first not in _FAMILY_NAMES_FIRST:
        return False
    given = [part for word in words[1:] for part in re.split(r"[-‐‑]", _without_accents(text_key(word)))]
    if not all(len(part) <= 12 and _GIVEN_NAME_SYLLABLES.fullmatch(part.replace("'", "")) for part in given):
        return False
    return first not in _FAMILY_OR_GIVEN or (
        (len(words) > 2 or "-" in words[-1]) and not any(given_name_sex(part) for part in given))


def _given_name_last(person: str) -> bool:
    """Whether the last word of the full name whose key is ``person`` is only its given name, which a mention alone
    never shortens it to: the name is written family name first (see :func:`_family_name_first`: "zhou mingtao",
    "park ji-hoon"), its last word no family name of that kind, which the name may be written with last ("wei" of
    "lin wei": see :func:`surnames_of`), and its family name no Vietnamese one (see ``_VIETNAMESE_FAMILY_NAMES``)."""
    words = person.split(" ")
    return (len(words) > 1 and _family_name_first(words) and words[0] not in _VIETNAMESE_FAMILY_NAMES
            and words[-1] not in _FAMILY_NAMES_FIRST)


def given_names_before(text: str, surname: str) -> set[str]:
    """Keys of the words that ``text`` writes as given names just before the surname whose key is ``surname``, an
    initial between allowed: "george" of "George W. Bush", "elizabeth" of "Sen. Elizabeth Warren"; not a title, a
    role, an acronym or a word that opens a sentence or a phrase ("Mr Bush", "President Obama", "GOP Bush", "But
    Bush"), nor one before a full stop ("Florida. Bush"), nor, in a headline in title case, a word that is no known
    given name ("Aired" of "Originally Aired Bush Video Was Edited": see :func:`_in_headline`). Which person of that
    surname a document means, if it says."""
    folded = fold_apostrophes(text)
    found = set()
    headlines: dict[int, list[tuple[int, int]]] = {}  # a line's start -> its title-case sentences
    written = rf"(?<![\w'’-])([A-ZÀ-ÖØ-Þ][\w'’-]*)\s+(?:[A-Z]\.\s+)?({re.escape(surname)})(?![\w'’-])"
    for match in re.finditer(written, folded, re.I):
        word = match.group(1)
        if (word[:1].isupper() and match.group(2)[:1].isupper() and not word.isupper()
                and word not in _NOT_A_NAME_START | _OPENERS and not _TITLE.match(word + " ")
                and not _ROLE_WORD.fullmatch(word) and not _is_role(word.lower())
                and (given_name_sex(word) is not None or not _in_headline(folded, match.start(), headlines))):
            found.add(text_key(word))
    return found


def _in_headline(text: str, at: int, headlines: dict[int, list[tuple[int, int]]]) -> bool:
    """Whether offset ``at`` of ``text`` lies in a sentence in title case (see :func:`title_case`), as the segmenter
    cuts the line holding it: a headline's, whose capitals say nothing of who is named. ``headlines`` keeps each
    line's title-case sentences by the line's start, so that a line is split once however many words it holds."""
    start = text.rfind("\n", 0, at) + 1
    if start not in headlines:
        end = text.find("\n", at)
        line = text[start:] if end < 0 else text[start:end]
        headlines[start] = [(begin, stop) for begin, stop in split_sentences(line) if title_case(line[begin:stop])]
    return any(begin <= at - start < stop for begin, stop in headlines[start])


#: A verb of speech after a name and the words up to a pronoun it says: "said", "also told reporters,", "adds
#: that" (see ``_CUE_THEN_PRONOUN``, ``_SAID_PRONOUN``).
_SAID_THEN = r"(?:also\s+)?(?:said|says|added|adds|told\s+[\w-]+)(?:\s*,)?\s+(?:that\s+)?"
#: A cue and the pronoun just after it, which says what the cue's subject is: "he" or "she" a person, "it" a body
#: or a company ("Ford said it would recall"), but not the empty "it" of "said it was unclear" (see
#: :func:`surname_kind`).
_CUE_THEN_PRONOUN = re.compile(rf"\s+{_SAID_THEN}(he|she|it(?!\s+(?:is|was)\b))(?![\w'’-])", re.I)
#: A description after a name and its comma ("Ford, the carmaker,", "Roe, a former senator"): its words (group 1).
_DESCRIPTION_AFTER = re.compile(r",\s+(?:the|a|an)\s+((?:[a-z][\w'’-]*\s+){0,4}?[a-z][\w'’-]*)"
                                r"(?=\s*[,.;:]|\s+(?:said|says))")
#: Where a description's head ends, before what it is of or for ("the heir to the retailer": "heir").
_DESCRIPTION_HEAD_END = re.compile(r"\s+(?:of|to|for|at)\s+")
#: A legal form after a name (group 1: as written, "Co." in "Ford Co."), which is a company's if capitalised.
_FORM_AFTER = re.compile(rf"\s+(?:&\s+)?((?:{_LEGAL_FORMS})\.?)(?![\w'’-])", re.I)
#: A capitalised word after a name: the name goes on ("Ford Motor"), unless the word is a legal form or a
#: generation's ("Theodore Boutrous Jr.").
_CAPITAL_AFTER = re.compile(r"\s+(?!(?:Jr|Sr)\b|I{2,3}\b|IV\b)[A-Z]")
#: The characters before a name that its last word is read from (a title or a role, "Senator", "Mr.").
_WORD_BEFORE_CHARS = 40


def surname_kind(text: str, surname: str, pronoun: bool = True) -> str | None:
    """What ``text`` writes the one capitalised word whose key is ``surname`` as (with "'s" or not), where no longer
    capitalised name goes on after it: ``"body"`` when anywhere a company's or a body's (a legal form after it,
    "Ford Co."; a business's noun before it or described after it, "carmaker Ford", "Ford, the carmaker,"; when
    ``pronoun``, "it" after its cue, "Ford said it would recall"), else ``"person"`` when a person's (a given name, a
    personal title or a capitalised role before it, "Harry Ford's office", "Mr Ford", "Senator Ford"; a person's role
    after its comma, "Ford, the chief executive,"; "he" or "she" after its cue), else ``None``: whether a surname
    that a document cites alone may be a person whose full name another document cites (see
    :func:`framing.summarize`). "It" after a mention with a given name, a title or a role before it or a role after
    it is not read: it is the object's there ("Mr. Ford said it would take years", "Senator Reid said it would
    pass"), as it often is after a bare surname too, so :func:`framing.summarize` reads it only beside a person's
    evidence in the same text."""
    folded = fold_apostrophes(text)
    person = it_after = False
    for found in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?:'s)?(?![\w'’-])", folded, re.I):
        if not found.group()[:1].isupper():
            continue
        word = "".join(folded[max(0, found.start() - _WORD_BEFORE_CHARS):found.start()].split()[-1:]).lstrip(EDGE)
        titled = bool(word) and bool(_TITLE.match(word + " ") or _ROLE_WORD.fullmatch(word) or _is_role(word.lower()))
        given = (not titled and word[:1].isupper() and not word.isupper() and word[-1:].isalpha()
                 and word not in _NOT_A_NAME_START | _OPENERS)  # "Harry" of "Harry Ford's office"
        form = _FORM_AFTER.match(folded, found.end())
        if form and not form.group(1)[:1].isupper():
            form = None  # "Ford limited the damage"
        if not form and _CAPITAL_AFTER.match(folded, found.end()):
            continue  # "Ford Motor", "Betty Ford Center": a longer name
        if form:
            return "body"
        if given:
            person = True  # "Henry Ford said it would take years": "it" is no company's here
            continue
        pronoun_after = _CUE_THEN_PRONOUN.match(folded, found.end())
        described = _DESCRIPTION_AFTER.match(folded, found.end())
        head = _DESCRIPTION_HEAD_END.split(described.group(1))[0].split()[-1] if described else ""
        if _kind_word(word.lower()) or _kind_word(head):
            return "body"
        role = titled or _is_role(head) or head in _NAMESAKE_ROLES  # "Mr. Ford said it would take years"
        it = pronoun_after is not None and pronoun_after.group(1).lower() == "it"
        person = person or role or (pronoun_after is not None and not it)
        it_after = it_after or (it and not role)
    return "body" if it_after and pronoun else "person" if person else None


def _kind_word(word: str) -> bool:
    """Whether the lower-case ``word`` is a noun for a company's or a body's kind ("carmaker", "operator", "firm",
    "ministry"), which a name beside it is a body's by."""
    return _business_trade(word) or _trade_head(word) or word in BODY_NOUNS


#: One word of letters, perhaps joined by an apostrophe or a hyphen ("Toller", "O’Neill", "Smith-Jones").
_ONE_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def lone_surname(display: str) -> bool:
    """Whether the source shown as ``display`` is one capitalised word that may be a surname: not in capitals
    (an acronym, "NATO"), a country's name nor a capital's ("China", "Beijing": see ``_COUNTRIES``, ``_CAPITALS``),
    nor a news agency's ("Bloomberg", "Reuters")."""
    return (bool(_ONE_NAME_WORD.fullmatch(display)) and display[:1].isupper() and not display.isupper()
            and display not in _COUNTRIES and _without_accents(display.lower()) not in _SEATS
            and text_key(display) not in _NEWS_AGENCIES)


def normalise_source(text: str) -> str:
    """A canonical form, so that one source mentioned in different ways counts once.

    Keeps the name part of an appositive ("Mara Lind, the group's director" → "mara lind", set apart by dashes too:
    "A former candidate -- Tom Vask" → "tom vask", see :func:`_dashes_as_commas`) or of
    a role or title before a name ("union secretary Tomas Brandt" → "tomas brandt", "Prime
    Minister Jane Doe" → "jane doe"), and the owner of a document ("the ministry's statement" → "ministry",
    which then joins the ministry named before as "the ministry" does); drops a swallowed dateline
    ("LONDON (Reuters) - "), quotation marks, a leading focusing word ("Even an anti-Verrin group"), a leading
    article (not the "a" of a count: "a few residents") or abbreviated title and a trailing
    possessive; lower case, with one apostrophe however it was typed (:func:`display_source` keeps the
    case and the marks).
    """
    return text_key(display_source(text))


@lru_cache(maxsize=_FORMS_KEPT)
def display_source(text: str, possessive_is_name: bool = False, people_listed: bool = False) -> str:
    """:func:`normalise_source`'s form with the case as written ("Chinese embassy spokesperson"),
    for showing a source to a reader. A trailing possessive is dropped ("China's" of a span cut
    before "foreign ministry") unless ``possessive_is_name`` ("Moody's said"). A list read as nationalities (see
    :func:`_nationality_list`) is cut at its commas as any other when ``people_listed``: the document names a word
    of it as a person (see :meth:`SourceIndex.add`). Accents are composed
    (NFC), so "René" typed either way is one source, and invisible characters are dropped, but a zero-width
    joiner that joins emoji into one picture ("family 👨\u200d👩\u200d👧"; :func:`text_key` drops it too)."""
    shown = without_nickname(without_invisible(text, emoji_joiners=True))  # 'Juan "Chico" Marquez': "Juan Marquez"
    form = _FOCUSING_OPENING.sub("", _dashes_as_commas(_without_heading(unicodedata.normalize("NFC", shown))))
    form = _document_alone(_without_published_after_maker(_ASIDE.sub("", form).strip()))
    form = _without_when(_RELATIVE_AFTER.sub("", _self_named(form)))
    if _PART_COMMA.search(form) and (people_listed or not _nationality_list(form)):  # "German, French officials"
        parts = [p.strip(EDGE) for p in _PART_COMMA.split(form) if p.strip(EDGE)]
        parts = [p for p in parts if not _DEGREE.fullmatch(p)] or parts  # "James P. Conroy, Ph.D.": no "Ph.D"
        both = _two_described_people(parts)
        if both is not None:
            parts = [both]  # "Ana Ruiz, Republican of Kessel, and Tom Vask, Democrat of Harlow": both of them
        # "Ana diMarco, who advised him": the clause is on the name; "critics, including Roe": the group speaks, but
        # "such as Sen. Ana Voss, a lawmaker from Kessel", a span cut after the group, names the person
        parts = [_LIST_OPENING.sub("", parts[0]), *(p for p in parts[1:] if not _LIST_OPENING.match(p))]
        parts = parts[1:] if len(parts) > 1 and _TOPIC_OPENING.match(parts[0]) else parts  # "Of Orr, Vask"
        parts = [p for p in parts if not RELATIVE_OPENING.match(p)] or parts
        # "The team, from the Halvorsen Institute" is the institute's, as "The report, by the institute" is, named
        # without its "from"; "A study of 900 women, published in the Kessel Journal" the study's: no journal speaks
        parts = [parts[0], *(_FROM.sub("", p, count=1) for p in parts[1:] if not _PUBLISHED_PART.match(p))]
        # "The coalition, led by Saudi Arabia": the head leads, not who is named after "led by"
        # "The mayor, criticised by Ana Ruiz", "Some donors, targeted by a boycott call": the head, not who acted
        heads = [p for p in parts if not _LED_BY_START.match(p) and not _APPOSED_PART.match(p)
                 and not _ACTED_ON_PART.match(p)]
        form = _maker_part(parts) or _pick_part(heads or parts, form)
        form = _without_when(_ASIDE.sub("", form))  # "Raymond Cho (D-Ward 3), who sponsored the plan": its aside too
    form = _CITED_AFTER.sub("", form)  # "Police records cited by the group" are the records
    if RELATIVE_OPENING.match(form):
        return ""  # "who has long advised the mayor" alone names no one
    form = _LIST_OPENING.sub("", form, count=1)  # "including Ana Ruiz" of a span cut after "critics,"
    form = _AS_BEFORE_QUANTIFIER.sub("", form)  # "As many tax experts" are many tax experts
    form = _OWNERS_DOCUMENT.sub(r"\1", _without_inquired(_TIME_OWNER.sub("", form.strip(EDGE))))  # "Thursday's poll"
    form = _without_post_nominals(_without_object(form))
    form = _person_of_body(_name_after_owner(form.strip(EDGE)))
    if not _LED_BY.search(form):
        form = _name_after_title(_name_after_role(_without_recipient(_name_after_long_role(form))))
    form = _maker_after_from(_without_others(form, _BY.match(form)))
    form = _AGED.sub("", _BASED.sub("", form if _A_FEW.match(form) else _LEADING.sub("", form)))
    form = form if _initial_m(form) else _TITLE.sub("", form)
    form = _one_spokesperson(form if possessive_is_name else _POSSESSIVE.sub("", form))
    # a source names someone: a time stamp, a number ("10"), a degree ("Ph.D."), a weekday or a time alone is none
    named = (any(ch.isalpha() for ch in form) and not _DOTTED_DEGREE.fullmatch(form) and not _WEEKDAY.fullmatch(form)
             and not _TIME_ALONE.fullmatch(form))
    return form if named else ""


#: "A few" opening a group counted, whose article a source keeps: "few residents" says the opposite of "a few".
_A_FEW = re.compile(r"a\s+few\s", re.I)


def counted_key(key: str) -> str:
    """The canonical ``key`` as its count reads: "a few residents" counts residents as "few residents" does, a
    quantifier (see ``QUANTIFIERS``) first; any other key as it is."""
    return key[2:] if key.startswith("a few ") else key


#: A dash that sets words apart as commas do: two or three hyphens, or an en or em dash, with spaces around
#: ("A former candidate -- Tom Vask, who lost --"; a horizontal bar too, "―"), or an em dash after a word in lower
#: case ("candidate—Tom Vask"); not a hyphen between spaces ("US - China trade officials", "SEOUL - North Korea"), an
#: em dash joining a compound in capitals ("EU—UK negotiators"), nor a hyphen or an en dash inside a word or a range
#: ("Ruiz-Vell", "2008–2012").
_DASH_APART = re.compile(r"\s+(?:-{2,3}|[–—―])(?=\s|$)|(?<=[a-z])—(?=\w)")
#: A dash setting apart a list that gives examples of the group before it, up to the dash closing it or the end
#: ("— like Ana Ruiz and Tom Vask —" of "Critics of the plan — like ...", "– including President Tom Vask –",
#: "— among them Ana Ruiz —").
_EXAMPLES_APART = re.compile(rf"(?:{_DASH_APART.pattern})\s*(?:such\s+as|[Ii]ncluding|like|among\s+them)\s.*?"
                             rf"(?:{_DASH_APART.pattern}|$)")
#: Hyphens ending a span cut inside a dash of two ("Tom Vask -" of "Tom Vask -- who lost").
_CUT_DASH = re.compile(r"\s+-+$")
#: A focusing word opening a source before a word in lower case, an article or a quantifier ("Even an anti-Verrin
#: group", "Only the mayor", "even some Republicans"): how the writer stresses the source, no part of its name.
_FOCUSING_OPENING = re.compile(r"^(?i:even|only|also)\s+(?=[a-z])")


def _dashes_as_commas(form: str) -> str:
    """``form`` with each dash that sets words apart (see ``_DASH_APART``; and then hyphens a cut span ends in, see
    ``_CUT_DASH``) written as a comma, so that a name set apart from its description by dashes is read as one set
    apart by commas: "Tom Vask" of "A former candidate -- Tom Vask, who lost the primary --". Not a list between
    dashes, its members apart by semicolons or opening with "and" ("Four candidates — Senator Ana Ruiz; Gov. Tom
    Vask —"), whose group speaks; a list giving examples of the group between dashes is an aside, left out ("Critics
    of the plan — like Ana Ruiz and Tom Vask —" is "Critics of the plan", see ``_EXAMPLES_APART``)."""
    form = _EXAMPLES_APART.sub(lambda found: found.group(0) if found.start() == 0 else "", form)
    dashes = list(_DASH_APART.finditer(form))
    if not dashes or ";" in form or any(_LIST_OPENING.match(form[dash.end():].lstrip()) for dash in dashes):
        return form
    return _CUT_DASH.sub(",", _DASH_APART.sub(",", form))


def _goes_by_name(form: str) -> bool:
    """Whether ``form`` says the name its source calls itself, capitalised (see :func:`_self_named`: "A group calling
    itself BlackHarbor"): it names the source, though its head is an indefinite description."""
    found = _SELF_NAMED.match(form)
    return found is not None and _SELF_NAME_WHOLE.fullmatch(found.group(2).strip()) is not None


def _self_named(form: str) -> str:
    """The name a source goes by, where its form says what it calls itself (see ``_SELF_NAMED``): "BlackHarbor" of
    "A group calling itself BlackHarbor" or of "itself BlackHarbor" (a span cut after "calling"), "Zed" of "A hacker
    who calls himself Zed"; failing a capitalised name, the words before the verb ("A man" of "A man calling himself a
    prophet"), not the pronoun. Any other form is itself."""
    found = _SELF_NAMED.match(form)
    if found is None:
        return form
    head, rest = found.group(1).strip(), found.group(2).strip()
    if _SELF_NAME_WHOLE.fullmatch(rest):
        article = re.match(r"the\s+", rest)
        return rest[article.end() if article else 0:].strip("\"“”‘’'")  # 'the "Sons of the Valley"'
    return head or form


#: The auxiliaries and adverbs ``_ACTED_ON`` allows before its verb ("have sued", "also told").
_ACTED_ON_LEAD = ("has", "have", "had", "will", "would", "could", "did", "also", "now", "then", "jointly", "formally")
#: A verb that acts on whom it names after it, an auxiliary or adverb allowed before it ("have sued" of "Dozens of
#: families have sued Corvane Pharma", "accused" of "Residents accused Halvex Chemicals", "told" of "a spokesman told
#: Kessel Radio"), before a capitalised word, "the" allowed before it: a span the model ran on past its subject into
#: the verb's object, whom the verb sues, accuses or addresses and who never speaks by it. A match opens only after a
#: word that is no such auxiliary (the earliest match opens there anyway): one opening inside a run of them, " has
#: has has ...", read the rest of the run again from each word, quadratic in the run.
_ACTING_VERB_WORDS = (r"su(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|"
                      r"critici[sz](?:e|es|ed|ing)|condemn(?:s|ed|ing)?|fault(?:s|ed|ing)?|slam(?:s|med|ming)?|"
                      r"thank(?:s|ed|ing)?|prais(?:e|es|ed|ing)|told|tells?|telling|ask(?:s|ed|ing)?")
_ACTING_VERB = (r"(?:(?:" + "|".join(_ACTED_ON_LEAD) + r")\s+)*"
                rf"(?:{_ACTING_VERB_WORDS})"
                r"\s+(?=(?:the\s+)?[A-Z])")
_ACTED_ON = re.compile(r"(?<=\S)" + "".join(rf"(?<!\s{word})" for word in _ACTED_ON_LEAD) + r"\s+" + _ACTING_VERB)
#: Such a verb opening a source span's text, its subject left out ("sued Corvane Pharma" of "Dozens of families sued
#: Corvane Pharma"); not "accused" before a name alone or a name and its description after a comma or in brackets, a
#: participle that may describe the name ("accused Tomas Brandt", "accused Tomas Brandt, a former guard").
_ACTED_ON_OPENING = re.compile(r"(?!accused\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*(?:$|[,(]))" + _ACTING_VERB)


#: Such a verb ending the text before a source span, "the" allowed after it ("The FTC sued " of "The FTC sued
#: Veltrix"), after a word other than an article ("the accused Tomas Brandt" is a description).
_ACTED_ON_BEFORE = re.compile(rf"(?<=\w)\s+(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?:{_ACTING_VERB_WORDS})\s+(?:the\s+)?\Z",
                              re.I)
#: How many characters before a span :func:`acted_on_before` reads: the longest verb, "the" and spaces.
_ACTED_ON_REACH = 40


def acted_on_before(before: str) -> bool:
    """Whether ``before``, the text of a sentence before a source span, ends with a verb that acts on the span's
    name (see ``_ACTED_ON_BEFORE``: "The FTC sued " of "The FTC sued Veltrix"): the span names whom the verb sues,
    accuses or addresses."""
    return _ACTED_ON_BEFORE.search(before[-_ACTED_ON_REACH:]) is not None


#: A legal action brought against a capitalised name, "the" allowed before it, an auxiliary or adverb of
#: ``_ACTED_ON_LEAD`` before the verb and a few words between ("filed a lawsuit on Wednesday against Tarrow
#: Chemicals", "have brought a class-action case against the Velmark Group", "lodged a complaint against"): as a
#: verb of ``_ACTING_VERB``, it acts on the name after it, who never speaks by it.
_ACTION_AGAINST = re.compile(
    rf"(?<![\w'’-])(?:(?:{'|'.join(_ACTED_ON_LEAD)})\s+)*"
    r"(?:filed|files|filing|brought|brings|bringing|lodged|lodges|lodging)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:lawsuits?|suits?|complaints?|cases?|claims?|petitions?|actions?)\s+"
    r"(?:[\w'’-]+\s+){0,3}?against\s+(?=(?:the\s+)?[A-Z])")


def acted_on_only(form: str) -> bool:
    """Whether the source span's text ``form`` opens with a verb that acts on the name after it (see
    ``_ACTED_ON_OPENING``: "sued Corvane Pharma", "has told Kessel Radio"; or a legal action brought against it, see
    ``_ACTION_AGAINST``: "filed a lawsuit against Tarrow Chemicals"): it names only whom the verb sues, accuses or
    addresses, who never speaks by it, not the subject it left out."""
    form = form.strip(EDGE)
    return _ACTED_ON_OPENING.match(form) is not None or _ACTION_AGAINST.match(form) is not None


#: A main clause whose subject, one to five words, sues, accuses, charges, indicts or impeaches whom it names after
#: the verb ("Tenants sued Kellmore Pharma", "Dozens of families have accused Halvex"), an auxiliary or adverb of
#: ``_ACTED_ON_LEAD`` allowed before the verb; group 1 holds the subject, group 2 the capitalised name of the one
#: accused, whole and not a possessive ("Kellmore Pharma's lawyers" accuses no Kellmore).
_ACCUSED_BY_SUBJECT = re.compile(
    r"[^\S\r\n]*((?:[\w'’-]+[^\S\r\n]+){0,4}[\w'’-]+)[^\S\r\n]+"
    rf"(?:(?:{'|'.join(_ACTED_ON_LEAD)})[^\S\r\n]+)*"
    r"(?:accus(?:e|es|ed)|charg(?:e|es|ed)|indict(?:s|ed)?|impeach(?:es|ed)?|sue[ds]?)[^\S\r\n]+(?:the[^\S\r\n]+)?"
    r"((?:[A-Z][\w.&-]*[^\S\r\n]+)*[A-Z][\w.&-]*)(?![\w'’.&-]|[^\S\r\n]+[A-Z])")


#: Words before which "accused" or "charged" is a participle describing the name after it ("the accused Tom Vell",
#: "Lawyers for accused Tom Vell"), no verb of the subject's.
_BEFORE_PARTICIPLE = frozenset("the a an for of with by to against on from and".split())


def accused_by_subject(text: str) -> tuple[int, int] | None:
    """Where in the sentence ``text`` the name stands of whom its opening main clause sues or accuses (see
    ``_ACCUSED_BY_SUBJECT``: "Kellmore Pharma" of "Tenants sued Kellmore Pharma over the leak.", "In March, two
    families accused Halvex of ..."): the subject alleges against that name, whose own account the sentence is not.
    ``None`` when the words before the verb hold a speech verb ("It said tenants had sued Kellmore": the
    accusation is what the speaker reports) or end with an article or a preposition, before which "accused" or
    "charged" describes the name ("Lawyers for accused Tom Vell said ...", see ``_BEFORE_PARTICIPLE``), or nothing is
    sued or accused there."""
    found = _ACCUSED_BY_SUBJECT.match(text, _past_opener(text))
    if (found is None or found.group(1).rsplit(None, 1)[-1].lower() in _BEFORE_PARTICIPLE
            or _SUBJECT_CUE.search(f" {found.group(1)} ") is not None):
        return None
    return found.start(2), found.start(2) + len(found.group(2).rstrip("."))  # a sentence's stop is no part of it


def _without_object(form: str) -> str:
    """``form`` cut to the subject before a verb that acts on a name after it (see ``_ACTED_ON``): "Dozens of
    families have sued Corvane Pharma" is the families', never Corvane's, who is sued; a form whose words before the
    verb are an article alone stays whole ("the accused Tomas Brandt", a participle before a name)."""
    if acted_on_only(form):
        return ""  # "sued Corvane Pharma": the span left out its subject, and Corvane is sued
    # "Eleven families filed a lawsuit on Wednesday against Tarrow Chemicals" is the families'
    found = min((match for match in (_ACTED_ON.search(form), _ACTION_AGAINST.search(form, 1)) if match is not None),
                key=lambda match: match.start(), default=None)
    if found is None or not _LEADING.sub("", form[:found.start()] + " ").strip():
        return form
    return form[:found.start()]


#: An inquiry and what it looks "into", after up to four words that make it or tell it apart ("Axion's investigation
#: into Orvane Technologies", "A Kessel Times probe into Drellmark"): group 1 is the inquiry, group 2 its owner
#: before a possessive.
_INQUIRY_INTO = re.compile(r"^((?:(.*\S)(?:'s|’s|(?<=s)['’])\s+)?(?:[\w'’.&-]+\s+){0,4}?"
                           r"(?:investigations?|probes?|inquir(?:y|ies)|enquir(?:y|ies)|reviews?|audits?|reports?|"
                           r"examinations?|look))\s+into\s+\S")


#: Who made an inquiry, named after what it looks into ("A review into Drellmark by the Kessel Institute"): group 1,
#: capitalised words and the joiners of a body's name between them.
_MAKER_AFTER_INQUIRED = re.compile(r"\s+by\s+((?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|and|the)\s+)*"
                                   r"[A-Z][\w'’.&-]*)*)\s*$")


def _without_inquired(form: str) -> str:
    """``form`` without whom or what its inquiry looks into (see ``_INQUIRY_INTO``), who is inquired into and never
    speaks by it: "Axion's investigation into Orvane Technologies" is Axion's, the owner before a possessive, "A
    Kessel Times investigation into Drellmark" the Kessel Times', whose name in capitals before the inquiry makes
    it (what it is about comes after "into"), and "a federal probe into Drellmark" the federal probe. An inquiry
    with no maker before it keeps what it looks into where that ends in lower case, which tells it apart and names
    no one ("The inquiry into the Kessel Bridge collapse"), and is the inquiry alone before a name ("The inquiry
    into Orvane"). A maker named after "by" at the end makes it, whatever stands before ("A review into Drellmark
    by the Kessel Institute" is the Kessel Institute's)."""
    found = _INQUIRY_INTO.match(form)
    if found is None:
        return form
    by = _MAKER_AFTER_INQUIRED.search(form, found.end())
    if by is not None:
        return by.group(1)  # "A review into Drellmark by the Kessel Institute": the institute made it
    if found.group(2):
        return found.group(2)
    maker = _LEADING.sub("", found.group(1)).split(" ")[:-1]
    if maker and all(_capitalised(word) for word in maker):
        return " ".join(maker)
    return form if not maker and form.split(" ")[-1].islower() else found.group(1)


def _inquired_name(text: str) -> str | None:
    """The name an inquiry with no maker looks into, as written, where the span ``text`` is one (see
    :func:`_without_inquired`: "Orvane" of "The inquiry into Orvane", which stands as "inquiry"), else ``None``: so
    that two such inquiries of one document into two names stay two sources."""
    form = _LEADING.sub("", text.strip(EDGE))
    found = _INQUIRY_INTO.match(form)
    if found is None or found.group(2) or _MAKER_AFTER_INQUIRED.search(form, found.end()):
        return None
    if found.group(1).split(" ")[:-1] or form.split(" ")[-1].islower():
        return None  # a maker before it, or what it looks into in lower case, which keeps it apart
    return form[found.end(1):].strip().removeprefix("into").strip()


def _without_when(form: str) -> str:
    """``form`` without the time written after it (see ``_WHEN_AFTER``): "The Harbour Fund this week" is the Harbour
    Fund, "a Marlow poll released yesterday" a Marlow poll, "Vetter in December" Vetter; a participle that is no
    making's before a month stays with it ("members elected in May")."""
    found = _WHEN_AFTER.search(form)
    if found is None or found.start() == 0 or _TIME_ALONE.fullmatch(form):
        return form  # "this past December" is a time alone
    head = form[:found.start()]
    if not found.group(1) and head.rpartition(" ")[2].endswith("ed") and head.rpartition(" ")[2].islower():
        return form
    return head


def time_alone(text: str) -> bool:
    """Whether the source span ``text`` is a time alone ("month" of "released last month", "the time" of "at the
    time", "this past December"; see ``_TIME_ALONE``), which says when and never who."""
    return _TIME_ALONE.fullmatch(_LEADING.sub("", text.strip(EDGE))) is not None


#: A quantity alone, an approximation perhaps before it and a magnitude or "times" after it ("more than 3 million",
#: "nearly 40,000", "over 2.5m times"): how many, never who.
_QUANTITY_ALONE = re.compile(r"(?:(?:(?:more|less|fewer)\s+than|over|under|nearly|almost|about|around|roughly|some|"
                             r"at\s+least|up\s+to|approximately|close\s+to)\s+)?\d[\d.,]*\s*"
                             r"(?:(?:hundred|thousand|million|billion|m|bn|k)\b)?(?:\s+times)?", re.I)


def quantity_alone(text: str) -> bool:
    """Whether the source span ``text`` is a quantity alone ("more than 3 million" of "The video, viewed more than 3
    million times, claims"; see ``_QUANTITY_ALONE``), which counts and never speaks: a group counted is none
    ("more than 200 doctors")."""
    return _QUANTITY_ALONE.fullmatch(text.strip(EDGE)) is not None


def _document_alone(form: str) -> str:
    """A source ``form`` that opens with a document (see ``_DOCUMENT_TAIL``) cut to the document, or to whoever made
    it when a name or "the" and a noun and a verb of making follow it: "a study published Monday in the journal
    Vascular Medicine" is "a study", "The report, published in Nature by 54 researchers" "The report" (one study is
    one source, and its journal is no source), "a filing Veltrix made with the SEC on Wednesday" "Veltrix", as
    "Veltrix's filing" is; a form that a passive "by" credits stays whole ("figures released on Friday by the
    statistics office", "The report, released by the Audit Office": see ``_BY``)."""
    found = _DOCUMENT_TAIL.match(form)
    if found is None or _BY.match(form) or _BY.match(form[found.end(1):].lstrip(" ,")):
        return form
    return (found.group(2) or found.group(1)).strip()


def _filing_kind(noun: str) -> str:
    """The kind of filing its ``noun`` names (see ``_DEFINITE_FILING``): "indictment", else "suit"."""
    return "indictment" if noun.lower().startswith("indictment") else "suit"


def _document_keys(found: re.Match[str] | None) -> set[str]:
    """The keys a document ``found`` (see ``_ISSUED_PHRASE``) is known by: its words as written, its noun and the noun's
    first word ("joint note verbale", "note verbale", "note"); none for no match."""
    if found is None:
        return set()
    noun = text_key(found.group(2))
    return {text_key(found.group(1)), noun, noun.split(" ")[0]}


def _without_others(form: str, by: re.Match[str] | None) -> str:
    """``form`` past its passive "by" if any (see ``_BY``), and then without another source joined to a name by
    "and" ("The Ledger" of "documents reviewed by The Ledger and two people familiar with the matter", of "... by
    The Ledger and interviews with 30 people"): the outlet that had the material, not run together with them."""
    if by is None:
        return form
    form = form[by.end():]
    head, joined, other = form.partition(" and ")
    named = other[:1].isupper() or _ARTICLE_AND_NAME.match(other) is not None  # "and the Guardian": a second name
    return head if joined and other[:1].isalnum() and not named and _NAME_ONLY.fullmatch(head) else form


def _without_published_after_maker(form: str) -> str:
    """``form`` without where and when the document it opens with came out, after the maker it is "from" (see
    ``_FROM_MAKER``, ``_PUBLISHED_AFTER_MAKER``): "a new study from Marrowfield University published today in the
    Journal of Clinical Aging" is "a new study from Marrowfield University", whose maker is then read as it would
    be without the participle; the journal is no source."""
    found = _FROM_MAKER.match(form)
    return form[:found.start(1)] + _PUBLISHED_AFTER_MAKER.sub("", found.group(1)) if found else form


def _maker_after_from(form: str) -> str:
    """The body that made the document or count ``form`` names after "from" (see ``_FROM_MAKER``), as "by" names it:
    "unofficial results from the county elections office" is the "county elections office", as "the county elections
    office's results" is; a maker whose last word says no body ("A poll from Utah", "new data from Nielsen", "documents
    from his tax return") leaves the form whole."""
    found = _FROM_MAKER.match(form)
    if found is None:
        return form
    maker = found.group(1)
    last = _POSSESSIVE.sub("", maker.rpartition(" ")[2]).lower()
    return maker if last in BODY_NOUNS and _LEADING.sub("", maker)[:1].isalpha() else form


def _without_heading(text: str) -> str:
    """``text`` without what a liveblog or wire story puts before an entry: an emoji or bullet ("🔴 "), a
    time stamp on its own line, a banner ("BREAKING: ", "[10:05] ") or a link's label ("Read more: "), a time
    stamp ("10:15 a.m. ET - ") or what a span cut inside one left of it ("ET - "), a timeline's or list's entry
    mark ("2009 — ", "March 3: ", "b) ": see ``_ENTRY_MARK``), a dateline ("LONDON (Reuters) - ") and a fact-check's
    label ("Claim: ": see ``FACT_CHECK_LABEL``)."""
    form = _one_spaced(_STAMP_LINE.sub("", _without_marks(text)))
    form = form[dateline_length(form, in_span=True):]
    form = _STAMP_TAIL.sub("", _TIMESTAMP.sub("", _BANNER.sub("", _ENTRY_MARK.sub("", form))))
    label = FACT_CHECK_LABEL.match(form)
    return form[label.end():].lstrip() if label else form


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


def _without_post_nominals(form: str) -> str:
    """A personal name without the letters after it ("Andrew Quayle KC" → "Andrew Quayle"), so that
    "Mr. Quayle" joins it; a form whose rest is no name of two or more words stays whole."""
    found = _POST_NOMINAL.search(form, max(len(form) - _POST_NOMINAL_CHARS, 0))
    if not found:
        return form
    rest = form[:found.start()]
    name = _name_after_title(_name_after_role(_TITLE.sub("", _LEADING.sub("", rest)))).split(" ")
    person = (len(rest.split(" ")) >= 2 and _is_name(name) and not _LEGAL_FORM_END.search(rest.lower())
              and name[-1] not in _INSTITUTIONS)  # "Globex Holdings PhD" is no person's name
    return rest if person else form


#: A capitalised owner's possessive opening a source, "The" allowed first ("The Harbour Post's " of "The Harbour
#: Post's Ana Ruiz", "Reuters' "), before a capitalised word.
_OWNER_BEFORE_NAME = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*"
                                r"(?:['’]s|(?<=s)['’])\s+(?=[A-Z])")


#: Capitalised words ending a place's name that a given name of either sex may open ("Lee County", "Jordan Valley"):
#: a name ending in one is no person's.
_PLACE_NAME_ENDS = frozenset("""County Valley River Lake Island Islands Park Bay Beach Heights Hills Springs Square
    Street Road Township Parish Creek Falls Harbour Harbor Mountain Mountains Station""".split())


def opens_with_given_name(words: list[str]) -> bool:
    """Whether the capitalised ``words`` of a name open with a known given name: of known sex, or of either sex
    (see :mod:`framing.given_names`) but then not before a place's word ending them ("Lee County", "Jordan Valley":
    see ``_PLACE_NAME_ENDS``)."""
    return given_name_sex(words[0]) is not None or (
        given_name_of_either_sex(words[0]) and words[-1] not in _PLACE_NAME_ENDS)


def _name_after_owner(form: str) -> str:
    """The person of "The Harbour Post's Ana Ruiz" or "NBC's Chris Rusk": a personal name that opens with a known
    given name of either sex (see :func:`framing.given_names.is_given_name`) after a capitalised owner's possessive,
    whom the owner employs; any other form is itself ("Marlow's This Week", "Kessel's People Party", "Israel's Jordan
    Valley": see :func:`opens_with_given_name`)."""
    found = _OWNER_BEFORE_NAME.match(form)
    if found is None:
        return form
    words = form[found.end():].split(" ")
    # one of either sex before no firm's, body's or place's word ("Kessel's Jordan River Authority", "Israel's Jordan
    # Valley" stay whole)
    given = opens_with_given_name(words) and (given_name_sex(words[0]) is not None or _personal_name(words))
    given = given or (_outlet_owner(form[:found.end()]) and len(words) == 2 and _personal_name(words)
                      and words[0].lower() not in _WHEN_WORDS)  # "Kessel Radio's Morning Edition", a show
    return " ".join(words) if given and _is_name(words) else form


def _outlet_owner(owner: str) -> bool:
    """Whether ``owner``, a possessive opening a source ("The Harlow Times' "), is a news outlet's written with a word
    (see :func:`framing.segment.names_outlet`: "Harlow Times", "Fox News", "Reuters"; not initials, "CNBC", whose
    shows are named so): the two capitalised words after it, no firm's, body's or outlet's, are a writer's or
    presenter's name ("The Harlow Times' Jasper Crell") whether or not a known given name opens them."""
    name = _OWNER_MARK.sub("", _LEADING.sub("", owner.strip()))
    return not name.isupper() and names_outlet(name)


#: The possessive's mark ending an owner's name ("'s", "’", "'").
_OWNER_MARK = re.compile(r"(?:['’]s|['’])$")


def _person_of_body(form: str) -> str:
    """The person of "Jean-Pierre Dubois of the European Parliament", "Jane Roe of the ruling party" or "my friend
    Tom Vask at the Harbour Review" (a name of two or more words before "of" or "at", see ``_OF_BODY``); a body's own
    name stays whole ("Ministry of Foreign Affairs", "Bank of America", "Islamic Republic of Iran"). Two people so
    written, joined by "and", are both named (see :func:`_two_people_of_bodies`)."""
    found = _OF_BODY.match(form)
    if not found:
        return form
    both = _two_people_of_bodies(form)
    if both is not None:
        return both
    head = found.group(1)
    words = _name_after_title(_name_after_role(_TITLE.sub("", _LEADING.sub("", head)))).split(" ")
    if (len(words) >= 2 and _is_name(words)
            and not any(_ROLE_WORD.fullmatch(w) or w in _INSTITUTIONS or w in _BODY_WORDS for w in words)):
        return head
    return form


def _two_people_of_bodies(form: str) -> str | None:
    """"Ana Ruiz and Tom Vask" of "Ana Ruiz of Ohio and Tom Vask of Utah" or "... and Tom Vask": a person of a place or
    body (see :func:`_person_of_body`), "and", then a personal name of two words or more, of a place or body or not,
    as "Ana Ruiz and Tom Vask" is written, that opens with a known given name or an initial unless it is of a place
    or body too; ``None`` where no "and" so splits ``form`` ("Ana Ruiz of Procter and Gamble", "of Ohio and Utah": one
    word after it; "of the Department of Health and Human Services", "of the Bill and Melinda Gates Foundation")."""
    for found in re.finditer(r"\s+and\s+", form):
        first, second = form[:found.start()], form[found.end():]
        person, other = _person_of_body(first), _person_of_body(second)
        words = other.split(" ")
        named = other != second or is_given_name(words[0]) or bool(_INITIAL.fullmatch(words[0]))
        if person != first and named and len(words) >= 2 and _is_name(words) and _person_like(text_key(other), other):
            return f"{person} and {other}"
    return None


#: A word joining a comma part to a group before it ("like", "such as", "including" of "Critics, like Ana Ruiz").
_MEMBER_OPENING = re.compile(r"^(?:like|such\s+as|[Ii]ncluding)\s+(?=\S)")


def _two_described_people(parts: list[str]) -> str | None:
    """"Ana Ruiz and Tom Vask" of "Senators Ana Ruiz, Republican of Kessel, and Tom Vask, Democrat of Harlow" (its
    ``parts`` at commas; "like ..." after a group, "Critics of the plan, like ...", too): a personal name of two
    words or more, a title before it allowed, a part describing that person (no personal name itself; a party and
    state tag, "R-Ohio"), then "and"
    and a personal name opening with a known given name or an initial, at most a description of them after it, as
    "Ana Ruiz of Kessel and Tom Vask of Harlow" is read (see :func:`_two_people_of_bodies`); ``None`` for any other
    parts ("Ana Ruiz, Tom Vask and Jo Lee", "The chief, Ana Ruiz, and Tom Vask")."""
    for at in range(len(parts) - 2):
        first, described, second = parts[at:at + 3]
        person = _name_after_title(_TITLE.sub("", _MEMBER_OPENING.sub("", first)))
        other = _name_after_title(_TITLE.sub("", second[4:])) if second.startswith("and ") else ""
        words, other_words = person.split(" "), other.split(" ")
        if (len(parts) - at <= 4 and len(words) >= 2 and _is_name(words) and _person_part(person)
                and (not _person_part(described) or _PARTY_STATE.fullmatch(described))  # "R-Ohio"
                and not _LIST_OPENING.match(described)
                and len(other_words) >= 2 and _is_name(other_words) and _person_part(other)
                and (is_given_name(other_words[0]) or _INITIAL.fullmatch(other_words[0]))):
            return f"{person} and {other}"
    return None


def _one_spokesperson(form: str) -> str:
    """"spokesman for the Chinese embassy", "the embassy's spokeswoman" → "Chinese embassy
    spokesperson", "embassy spokesperson"."""
    for pattern in (_SPOKES_FOR, _SPOKES_AFTER):
        found = pattern.match(form)
        if found:
            return f"{found.group(1)} spokesperson"
    return "spokesperson" if _SPOKES_ALONE.match(form) else form


def _maker_part(parts: list[str]) -> str | None:
    """Of a document and who made it ("The complaint, filed by the SEC"), the part that names the maker after a
    passive "by" that opens with a name, "the" allowed before it (see ``_BY``): a named body speaks through its
    document however short its name; ``None`` when the first part is no document alone, no such part follows or a
    person is named in another part."""
    if not _DOCUMENT_ALONE.fullmatch(parts[0]) or any(_person_part(part) for part in parts[1:]):
        return None  # "The lawsuit, brought by the state's attorney general, Ana Ruiz": the person named
    return next((part for part in parts[1:] if (by := _BY.match(part)) and _NAMED_MAKER.match(part, by.end())), None)


def _pick_part(parts: list[str], whole: str) -> str:
    """Of "Name, role" or "role, Name", the first part that is a personal name (a title before it
    allowed), since a role may hold more capitalised words ("John Smith, spokesman for the Ministry
    of Foreign Affairs"); failing that, the part with the most capitalised words ("Acme Corp., the maker") but for a
    description by place ("The pilot, a 61-year-old man from Traverse City" is the pilot: see
    :func:`_described_by_place`)."""
    representative = _REPRESENTATIVE.match(parts[0])
    if _RELATIONAL.match(parts[0]) or (representative and representative.group(1).lower() not in BODY_NOUNS):
        return parts[0]
    for part in parts:
        if _person_part(part) or (part is parts[0] and _role_then_person(part)):
            return part
    parts = [part for part in parts if not _described_by_place(part, parts[0])] or parts  # "The pilot, a Kessel man"
    return max(parts, key=lambda p: sum(_capitalised(w) for w in p.split()), default=whole)


#: Lower-case words just before a capitalised name that are no role of its ("from Lee County", "by Lily Batchelder").
_NO_ROLE_BEFORE_NAME = frozenset("from by of for in on at to with and or the a an as near".split())


def _role_then_person(part: str) -> bool:
    """Whether the comma-separated ``part`` is a role in lower case, perhaps after a body's name, then a personal
    name ("Harlow Times columnist Dana Pell", "union secretary Tomas Brandt"): the one it names, whatever the
    description after its comma holds ("a speechwriter in Tom R. Vask's White House"). Not a name after a
    preposition or an article ("from Lee County")."""
    name = _name_after_role(part)
    before = part[:-len(name)].split() if name != part and part.endswith(name) else []
    return (bool(before) and before[-1].isalpha() and before[-1].islower()
            and before[-1] not in _NO_ROLE_BEFORE_NAME and _person_part(name))


#: Words that open a count of a group, not a name ("Another Republican", "One Democrat", "Some Republicans").
_COUNT_OPENINGS = frozenset("another one some several many few each every both other".split())


def _person_part(part: str) -> bool:
    """Whether the comma-separated ``part`` of a source is a personal name, a title before it allowed, and no role
    ("Mayor Ana Ruiz"; not "Acme Corp." nor "spokesman for the Ministry"), nor one of a group counted ("Another
    Republican" of "Another Republican, Rep. Tomas Vask", who names the person after the comma)."""
    words = _name_after_title(_TITLE.sub("", part)).split(" ")
    return _is_name(words) and words[0].lower() not in _COUNT_OPENINGS and not _ROLE_END.search(part)


def _capitalised(word: str) -> bool:
    """Whether ``word`` opens as a name does: with a capital, or with a letter of a script without letter
    case (Arabic "سلمى", Hebrew "יוסי", Chinese "王"), where a name has no capital to tell it by."""
    first = word[:1]
    return first.isupper() or (first.isalpha() and not first.islower())


def _name_word(word: str) -> bool:
    """Whether ``word`` may be a word of a personal name: capitalised (see :func:`_capitalised`), a particle glued to a
    capitalised word ("al-Sisi"), or a particle written into one in lower case ("diMarco", "deVoss", "vanDalen")."""
    return _capitalised(word) or bool(_GLUED_PARTICLE.match(word)) or bool(_CAMEL_NAME.fullmatch(word))


def _is_name(words: list[str]) -> bool:
    """Whether the words read as a personal name: one to four capitalised words (or words of a script
    without letter case: "سلمى الحسن"; particles inside allowed, and glued ones: "al-Sisi"), no possessive
    before the last word, neither an article nor a title first, and no firm's or place's word or legal form
    last."""
    return (
        0 < sum(w not in _PARTICLES for w in words) <= _NAME_WORDS
        and all(_name_word(w) or (0 < i < len(words) - 1 and w in _PARTICLES) for i, w in enumerate(words))
        and not any(_POSSESSIVE.search(w) for w in words[:-1])
        and not _LEADING.match(words[0] + " ")
        and not _ROLE_WORD.fullmatch(words[0])
        and words[0].rstrip(".") not in _SUFFIXES
        and words[0] not in _INSTITUTIONS
        and words[-1] not in _PLACE_ENDS
        and not _LEGAL_FORM_END.search(f" {words[-1].lower()}")  # "General Motors Co" is no "Motors Co"
    )


def _name_after_role(form: str) -> str:
    """The capitalised name that ends a lower-case role: "union general secretary Tomas Brandt" →
    "Tomas Brandt", and a body's one-word name after its kind: "the watchdog Ofcom" → "Ofcom", any name after "NGO"
    and "the" or lower-case words ("the NGO Carvel Watch", "the Madrid-based NGO Carvel Watch" → "Carvel Watch";
    "NGO Monitor" stays); "the
    Ministry of Foreign Affairs" stays whole (its lower-case word is a function word), and so does a group placed
    somewhere ("Fishermen on the lower Selka River", as "farmers along the Selka River" is: the place does not
    speak; see ``_PLACED_GROUP``), and so does a private person from somewhere ("A witness from Traverse City": see
    :func:`_private_person`), and so does a person placed at a body named after its kind ("Ilya Brandt at the firm
    Northgate Labs": see :func:`_named_before_body`)."""
    words = form.split(" ")
    described = words.index("NGO") if "NGO" in words[1:-1] else 0  # not "NGO Monitor", a name of its own
    if described and all(word.islower() or word in ("The", "An") or word.endswith("-based")
                         for word in words[:described]):
        named = words[described + 1:]  # "the NGO Carvel Watch", "rights NGO Carvel Watch": the NGO's name
        if _name_start(named) == 0:
            return " ".join(named)
    tail = _name_start(words)
    if (len(words) - tail >= 2 and tail > 0 and words[tail - 1].islower() and words[tail - 1] not in _JOINERS
            and not _PLACED_GROUP.match(form) and not _private_person(words[:tail - 1], words[tail - 1])
            and not _named_before_body(words[:tail]) and not _served_by_role(words[:tail])):
        return " ".join(words[tail:])
    if len(words) >= 3 and tail == 0 and _is_trade_then_name(words):
        return " ".join(words[1:])  # "Striker Tomás Ibarra": a trade capitalised as the sentence opens
    if len(words) >= 2 and _business_trade(words[0]) and _capitalised(words[1]):
        return " ".join(words[1:])  # "Drugmaker Veltrix Pharma", "Carmaker Velta Motors"
    if (len(words) - tail == 1 and tail > 0 and (words[tail - 1] in _BODY_KINDS or words[tail - 1] in _TRADE_KINDS
                                                 or words[tail - 1].lower() in _SHORT_SELLER
                                                 or " ".join(words[max(0, tail - 2):tail]).lower() in _SHORT_SELLER)
            and not _named_before_body(words[:tail])):
        return words[-1]  # "the environmental group RiverWatch", "Ferry operator Northlink", "Short seller Grayfin"
    return form


#: Prepositions that place a person at a body ("Ilya Brandt at the firm Northgate Labs").
_AT_BODY = frozenset("of at from with".split())


def _named_before_body(words: list[str]) -> bool:
    """Whether ``words``, what stands before a name after a lower-case word, are a capitalised name, a preposition of
    ``_AT_BODY`` and "the" with lower-case words ("Ilya Brandt of the firm", "Ilya Brandt at the research firm"): the
    name after them is the body the person is of, not the person a role names."""
    at = next((k for k, word in enumerate(words) if word in _AT_BODY), None)
    return (at is not None and at > 0 and _capitalised(words[at - 1]) and at + 2 < len(words)
            and words[at + 1] == "the" and all(word.islower() for word in words[at + 2:]))


def _private_person(words: list[str], preposition: str) -> bool:
    """Whether ``words`` before ``preposition`` and a capitalised name describe a private person whom the name places
    ("A witness from", "a 61-year-old man from", "a mother of three from"; "of" or "in" only after "a" or "an": "a
    Kessel resident of", not "the mayor of"): a private person's noun (see ``_PRIVATE_PERSONS``) or an age before
    lower-case words, whom the place describes; "An executive from Apple Inc." is the company's."""
    if preposition not in ("from", "of", "in") or not words:
        return False
    if preposition != "from" and words[0].lower() not in ("a", "an"):
        return False
    head = words[-1].lower()
    aged = any(_AGE_ALONE.fullmatch(word) for word in words)
    return head in _PRIVATE_PERSONS or head.removesuffix("s") in _PRIVATE_PERSONS or (aged and words[-1].islower())


def _described_by_place(part: str, first: str) -> bool:
    """Whether the comma-separated ``part`` of a source describes a person by where they are from, and names no one:
    "a 61-year-old man from Traverse City", "a Kessel man", "a Traverse City resident", "of Traverse City" (of "The
    pilot, 61, of Traverse City", "the Rev. Ana Roe, of Kessel Baptist Church"), so that another part ("The pilot")
    is the source (see :func:`_pick_part`); "from" and a name alone only after a private person's noun ending the
    ``first`` part ("The pilot, from Traverse City"; not "The investigators, from the Anti-Fraud Bureau")."""
    words = part.split(" ")
    if len(words) >= 2 and _capitalised(words[1]) and (
            words[0] == "of" or (words[0] == "from" and first.rpartition(" ")[2].lower() in _PRIVATE_PERSONS)):
        return True
    if words[0].lower() not in ("a", "an"):
        return False
    named = _name_start(words)
    if named < len(words) and named > 1 and _private_person(words[:named - 1], words[named - 1]):
        return True  # "a 61-year-old man from Traverse City"
    words = words[2:] if len(words) > 2 and _AGE_ALONE.fullmatch(words[1]) else words[1:]
    return (len(words) >= 2 and words[-1] in _PRIVATE_PERSONS
            and all(_capitalised(word) for word in words[:-1]))  # "a Kessel man", "a 40-year-old Kessel woman"


def _business_trade(word: str) -> bool:
    """Whether ``word``, in any case, is a kind of business that opens no firm's name (see ``_BUSINESS_TRADES``), or
    a maker written as one word that is no person's ("Planemaker", "Steelmaker"; not "Lawmaker": ``_PERSON_MAKERS``)."""
    word = word.lower()
    return word in _BUSINESS_TRADES or (_ONE_WORD_MAKER.fullmatch(word) is not None and word not in _PERSON_MAKERS)


def _trade_head(word: str) -> bool:
    """Whether the lower-case ``word`` heads a description by a trade that a business and a person may share ("ferry
    operator", "planemaker", "chip maker": see ``_TRADE_KINDS``), and no person's role."""
    return (word in _TRADE_KINDS or _ONE_WORD_MAKER.fullmatch(word) is not None) and word not in PERSON_ROLES


def _is_trade_then_name(words: list[str]) -> bool:
    """Whether ``words`` are a trade ("Lawyer", "Co-author", "Hydrologist"), then a personal name of two words or
    more, not a body's ("Lawyer Nadia Brennock"; not "Referee Appointments Board"); a trade known only by its
    ending before a name with no word of a body's, portfolio's or role's ("Methodist Episcopal Church",
    "Federalist Radio Hour" and "Populist Interior Minister" stay whole); what befell a person or what they saw
    ("Witness", "Survivor", "Eyewitness": see ``_OPENING_CIRCUMSTANCES``) before a known given name ("Witness Ana
    Voss"; "Victim Support Scotland" stays whole)."""
    listed = words[0].lower() in _TRADES
    befell = words[0].lower() in _OPENING_CIRCUMSTANCES and is_given_name(words[1])
    known = listed or befell or _TRADE_ENDING.fullmatch(words[0]) is not None
    if not known or not _is_name(words[1:]) or words[-1] in _INSTITUTIONS:
        return False
    return listed or not any(w in _INSTITUTIONS or w in _BODY_WORDS or w in _PORTFOLIOS or _ROLE_WORD.fullmatch(w)
                             for w in words[1:])


def _name_after_long_role(form: str) -> str:
    """The personal name ending a role that names its body or portfolio after "of" or "for" ("former attorney for the
    District of Veldmark Joseph diMarco" → "Joseph diMarco", "then-Deputy Secretary for Harbour Security Ana Voss" →
    "Ana Voss", "Speaker of the House Ned Varga"): the last name word, an initial or particles before it, and a given
    name, known as one (see :func:`framing.given_names.given_name_sex`) or after a body's, portfolio's or line of
    work's word (see ``_DEPARTMENTS``: "Director of Investigations Chris Farrell" → "Chris Farrell"). The
    body's words are all capitalised and hold no title, so that "lawyer for President Ana Voss" (her lawyer speaks)
    stays whole."""
    found = None
    for found in _ROLE_OF.finditer(form):
        pass  # the last role's body: "secretary of state for Harbour Security ..."
    if found is None:
        return form
    words = form[found.end():].split(" ")
    at = len(words) - 1
    if at > 0 and words[at].rstrip(".") in _SUFFIXES:
        at -= 1  # "Jr."
    at -= 1
    while at > 0 and (words[at] in _PARTICLES or _INITIAL.fullmatch(words[at])):
        at -= 1  # "Adam B. Schiff", "Ursula von der Leyen"
    name, body = words[at:], [word for word in words[:at] if word not in _JOINERS]
    if (at < 1 or not body or not _is_name(name)
            or any(word in _INSTITUTIONS or word in _BODY_WORDS or word in _PORTFOLIOS for word in name)):
        return form  # "Secretary of the Department of Homeland Security" names no one
    if not all(_capitalised(word) for word in body) or any(_ROLE_WORD.fullmatch(word) or _STOPPED_TITLE.fullmatch(word)
                                                            or _SHORT_TITLES.search(word) for word in body):
        return form
    after_body = (body[-1] in _INSTITUTIONS or body[-1] in _BODY_WORDS or body[-1] in _PORTFOLIOS
                  or body[-1] in _DEPARTMENTS)
    return " ".join(name) if after_body or given_name_sex(name[0]) is not None else form


def _without_recipient(form: str) -> str:
    """A person's name without whom they sent something to ("Jennifer Osk to Vantner" of "an email sent by press
    director Jennifer Osk to Vantner"): the sender is the source; a post held "to" a country has no name before its
    "to" ("Ambassador to Veldmark") and stays."""
    found = _TO_NAME.search(form)
    if found is None:
        return form
    head = form[:found.start()]
    name = _name_after_title(_name_after_role(head)).split(" ")
    person = (len(name) >= 2 and _is_name(name) and not any(_ROLE_WORD.fullmatch(word) for word in name)
              and name[-1] not in _INSTITUTIONS and name[-1] not in _BODY_WORDS)
    return head if person else form


def _name_start(words: list[str]) -> int:
    """Where the capitalised name that ends ``words`` starts: capitalised words, and a particle or a run
    of them between two ("Mohammed bin Salman", "Ana de la Fuente"); ``len(words)`` when none ends them."""
    tail = at = len(words)
    while at > 0:
        word = words[at - 1]
        if _name_word(word):
            tail = at = at - 1
        elif word in _PARTICLES and at < len(words):
            at -= 1  # part of the name only when a capitalised word stands before the run
        else:
            break
    return tail


#: A local title (see ``_LOCAL_TITLES``) or "Principal" ending the words before a name.
_LOCAL_TITLE_END = re.compile(rf"(?:^|[\s-])(?:{_LOCAL_TITLES}|Principal)$")
#: Words of a firm's, a body's, an outlet's or a plan's name, none a person's (see :func:`_personal_name`).
_NOT_PERSONAL_WORD = re.compile(rf"(?i:{_FIRM_WORDS}|investors|advis[eo]rs|review|magazine?|media|press|news|times|"
                                r"post|journal|herald|gazette|tribune|plan)s?")


#: A local title, a place's capitalised words perhaps before it, and one capitalised word ("Manhattan District
#: Attorney Vance", "City Manager Kaplan"), which :func:`_personal_name` does not read as a name: the word is the
#: person's surname where the document gave it to a person (see :meth:`SourceIndex.add`).
_LOCAL_TITLE_THEN_WORD = re.compile(rf"(?:[A-Z][\w.'’-]*\s+){{0,3}}?(?:{_LOCAL_TITLES}|Principal)\s+"
                                    r"([A-Z][a-z][\w'’-]*)")


def _personal_name(words: list[str]) -> bool:
    """Whether ``words``, a name read after a local title (see ``_LOCAL_TITLES``), are a person's: a known given
    name first ("Manager Ana"), or two words or more, none of a firm's, body's or outlet's name ("Trooper J. Vance";
    not "Principal Asset Management", "Principal Harbor Investors", "Manager Magazin", "Marshal Plan")."""
    if given_name_sex(words[0]) is not None:
        return True
    return len(words) >= 2 and not any(_NOT_PERSONAL_WORD.fullmatch(word) or word in _BODY_WORDS
                                       or word in _PLACE_ENDS or word in _INSTITUTIONS for word in words)


def _name_after_title(form: str) -> str:
    """The name after a capitalised title ("Chief Executive Tom Lee" → "Tom Lee"); the form as it is
    when no name follows the title ("President", "Chief Executive Officer")."""
    words = form.split(" ")
    if words[-1] in _INSTITUTIONS or words[-1] in _PORTFOLIOS:
        return form
    named = 0  # words of the name after the cut that are no particle
    for cut in range(len(words) - 1, 0, -1):
        named += words[cut] not in _PARTICLES
        if named > _NAME_WORDS:
            break  # too long for a name here, and at every cut before
        head = " ".join(words[max(0, cut - _TITLE_WORDS):cut])  # the words before the cut that a title can end
        short = _SHORT_TITLES.search(head) or _STOPPED_TITLE.fullmatch(words[cut - 1])  # "... Committee Rep. Ana Bell"
        if ((_ROLE_END.search(head) or (short and len(words) - cut >= 2))
                and _is_name(words[cut:]) and (not _LOCAL_TITLE_END.search(head) or _personal_name(words[cut:]))):
            if cut >= 3 and words[cut - 2] == "and" and _is_name(_name_after_title(" ".join(words[:cut - 2])).split()):
                # "Dr. Ines Farrow and Dr. Li Tsai": two people named, each without the title, as "Ines Farrow and
                # Li Tsai" is; not the last alone
                return f"{_name_after_title(' '.join(words[:cut - 2]))} and {' '.join(words[cut:])}"
            return form if _served(words[:cut]) else " ".join(words[cut:])
    # "Minister for Foreign Affairs Penny Wong": a role, its portfolio, then the name (two words)
    if (len(words) >= 5 and _ROLE_WORD.fullmatch(words[0]) and words[1] in ("for", "of")
            and words[-3] in _PORTFOLIOS and _is_name(words[-2:])):
        return " ".join(words[-2:])
    return form


def _served(words: list[str]) -> bool:
    """Whether ``words``, before a titled name, end with a word in lower case and "to" or "for" before the title
    ("former adviser to Prime Minister", "chief of staff to Senator", "a lawyer for President", "a letter addressed
    to Chairman"): the name is whom a role serves or a letter went to, who never speaks by it (the aide, adviser or
    lawyer does), as "a lawyer for Oskell" is. Not a
    spokesperson, who speaks for the name, nor a capitalised role that is part of the title ("Special Adviser to
    the President Ana Voss" is Ana Voss), nor a role whose "for" or "to" names the office the name holds or seeks
    or where it serves (see ``_OWN_OFFICE_ROLES``: "The Republican candidate for Governor Ana Voss", "the envoy to
    Kessel Ambassador Ana Voss"), nor a portfolio after it ("Kessel's secretary for Justice Ana Voss"): the title
    is the name's own."""
    at = _serving_at(words)
    title = words[at + 1:]
    first = next((word for word in title if word != "the"), "")
    return (at > 0 and first not in _PORTFOLIOS
            and all(_capitalised(word) or word in ("the", "of") for word in title))


def _served_by_role(words: list[str]) -> bool:
    """Whether ``words``, before a capitalised name, end with a role in lower case that a serving role's "to" or
    "for" opens ("A lawyer for opposition candidate", "an aide to former president"): the name is whom the lawyer
    or aide serves, as after a title (see :func:`_served`)."""
    at = _serving_at(words)
    role = [word for word in words[at + 1:] if word != "the"]
    return at > 0 and bool(role) and all(word.islower() and word.replace("-", "").isalpha() for word in role)


def _serving_at(words: list[str]) -> int:
    """Where in ``words`` the last "to" or "for" stands after a role that serves someone, or "of" after
    "campaign" ("a lawyer for", "Lawyers for", "chief of staff to", "The campaign of"); 0 for none. The role is in
    lower case, or a person's role in the plural that opens the words ("Lawyers for", "Aides to"), and no
    spokesperson (who speaks for the name) nor a role whose "to" or "for" names its own office (see
    ``_OWN_OFFICE_ROLES``)."""
    at = max((i for i, word in enumerate(words) if word in ("to", "for") or (word == "of" and i > 0
                                                                              and words[i - 1] in _CAMPAIGNS)),
             default=0)
    role = words[at - 1] if at > 0 else ""
    lower = role.isalpha() and role.islower()
    plural = at == 1 and role[1:].islower() and role.lower().removesuffix("s") in PERSON_ROLES
    return at if ((lower or plural) and not _SPOKES_ALONE.fullmatch(role) and role not in _OWN_OFFICE_ROLES) else 0


#: A campaign, whose "of" names whom it serves ("The campaign of Governor Philip Marsh"), who does not speak by it.
_CAMPAIGNS = frozenset("campaign campaigns".split())


#: Roles in lower case whose "for" or "to" names an office the holder seeks or holds, or a place where they serve,
#: not a person they serve: "candidate for Governor", "nominee for Attorney General", "envoy to Kessel".
_OWN_OFFICE_ROLES = frozenset("""candidate candidates nominee nominees hopeful hopefuls contender contenders
    challenger challengers pick choice frontrunner envoy envoys ambassador ambassadors emissary""".split())


#: A group of people, a plural noun, then a preposition that places it ("Fishermen on the lower", "residents
#: along", "the protesters outside"; not "A blogger on the Web site Freedom's Lighthouse", where the site speaks).
_PLACED_GROUP = re.compile(r"^(?:the\s+|some\s+|many\s+)?[A-Za-z-]+(?:men|people|folk|(?<!s)s)\s+"
                           r"(?:on|in|along|near|around|across|outside|inside|beside)\s", re.I)
#: A private person's noun, singular or plural, whom a place after "from" or before the noun describes and does not
#: stand for ("A witness from Traverse City", "a Kessel man", "Residents from Elk Rapids"): the person speaks, not
#: the town (see :func:`_private_person`).
_PRIVATE_PERSONS = frozenset("""man woman men women boy girl teen teenager child children resident native witness
    neighbour neighbor driver motorist passenger pilot victim student couple family mother father people""".split())
#: Capitalised words in a list before a lower-case word, a headline's commas for "and" ("German, French officials",
#: "Kenyan, Ugandan and Tanzanian police"); group 1 holds the words. A list of nationalities (see
#: :func:`_nationality_list`) is one source, whose first nationality alone names no one.
_CAPITALISED_LIST = re.compile(r"^((?:[A-Z][a-z]+,\s+)+(?:[A-Z][a-z]+,?\s+and\s+)?[A-Z][a-z]+)\s+[a-z]")
#: Nationalities not made from their country's name by a regular ending (see :func:`_adjective_of`), with the
#: country's key: "the Turkish government" is Turkey's, "the German foreign ministry" Germany's.
_NATIONALITY_COUNTRY = {
    "turkish": "turkey", "british": "britain", "spanish": "spain", "polish": "poland", "danish": "denmark",
    "swedish": "sweden", "finnish": "finland", "irish": "ireland", "french": "france", "dutch": "netherlands",
    "swiss": "switzerland", "german": "germany", "greek": "greece", "thai": "thailand", "norwegian": "norway",
    "portuguese": "portugal", "icelandic": "iceland", "hungarian": "hungary", "belgian": "belgium",
    "argentine": "argentina", "argentinian": "argentina", "filipino": "philippines", "peruvian": "peru",
    "czech": "czechia", "afghan": "afghanistan", "lebanese": "lebanon", "congolese": "congo", "cypriot": "cyprus",
    "kazakh": "kazakhstan", "kyrgyz": "kyrgyzstan", "lao": "laos", "malagasy": "madagascar",
    "montenegrin": "montenegro", "mozambican": "mozambique", "panamanian": "panama", "slovak": "slovakia",
    "somali": "somalia", "tajik": "tajikistan", "turkmen": "turkmenistan", "ukrainian": "ukraine",
    "uzbek": "uzbekistan", "kosovar": "kosovo", "haitian": "haiti", "burundian": "burundi"}
#: Nationalities not made of ``_COUNTRIES``' names by a nationality's ending (see :func:`_adjective_of`), in lower
#: case: those above, others whose country is named in several words ("saudi", "salvadoran") or not in
#: ``_COUNTRIES``, and regions' and peoples' ("european", "arab", "kurdish").
_IRREGULAR_NATIONALITIES = frozenset("""african american arab asian bosnian canadian emirati english european
    italian ivorian korean kurdish macedonian nigerien palestinian salvadoran saudi scottish tibetan
    welsh""".split()) | _NATIONALITY_COUNTRY.keys()
#: Endings of a word that may be a nationality the lists above do not hold (a small country's, a people's), in
#: lower case ("n", "i": "Kenyan", "Israeli"; "ch", "ss": "Dutch", "Swiss"); surnames end so too ("Erdogan").
_NATIONALITY_ENDINGS = ("n", "i", "ese", "ish", "ch", "ss")
#: Of those, the endings few surnames have ("-ian", "-ese", "-ish", "-stani": "Kestorian", "Ostrish"): a list of
#: words that may be nationalities is one only when a word of it is a known nationality or ends so.
_STRONG_NATIONALITY_ENDINGS = ("ian", "ese", "ish", "stani")
#: Where a named body is based, before its name ("London-based Gulf Rights Watch", "New York-based"): not part of
#: the name, which the document may write without it (not before a lower-case word: "London-based analysts").
_BASED = re.compile(r"^(?:[A-Z][\w'’.]*\s+){0,2}[A-Z][\w'’.]*-based\s+(?=[A-Z])")
#: A source written as someone "of" a capitalised body ("Jean-Pierre Dubois of the European Parliament"), of one named
#: after its kind in lower case ("Ilya Brandt of the firm Northgate Labs", "of the research group Civic Watch": one to
#: four lower-case words), or of a body or a part of one described in lower case, ending the span ("Jane Roe of the
#: ruling party", "of the main opposition group", "Sgt. Terrence Wallace of the police department's arson unit": one
#: to five lower-case words), or "at" a capitalised body, up to two lower-case words before its name ("Tom Vask at
#: the now-defunct Harbour Review").
_OF_BODY = re.compile(r"^(.*?\S)\s+(?:of\s+(?:(?:the\s+)?[A-Z]|the\s+(?:[a-z][\w'’-]*\s+){1,4}[A-Z]"
                      r"|the\s+(?:[a-z][\w'’-]*\s+){0,4}[a-z][\w'’-]*$)"
                      r"|at\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,2}[A-Z])")
#: Words of a body's name before "of" ("Islamic Republic of Iran", "Royal College of Nursing", "US
#: Chamber of Commerce"), which no personal name holds.
_BODY_WORDS = frozenset("""Republic Kingdom States Emirates Federation Nations Commonwealth Territory College
    Academy Chamber Society Organisation Organization School Hospital Museum Club Order Guild Church
    Friends Foreign Royal National American British Bank""".split())

#: Last words of places, clubs and firms, never of a person ("Bishop Auckland FC", "Imam Reza Shrine").
_PLACE_ENDS = frozenset("""FC Shrine Mosque Cathedral Insurance City United Club Airport Hospital Motors Systems
    Dynamics Electric Industries Technologies Airlines Airways Pharmaceuticals""".split())


#: Lower-case nouns of a trade that a business and a person may both be described by ("the ferry operator", "a chip
#: maker", "the internet provider"; "a crane operator"): the description joins the one source it was written with,
#: as a body's kind does, and is dropped before a name ("Ferry operator Northlink"), but makes no company.
_TRADE_KINDS = frozenset("operator maker provider carrier retailer supplier manufacturer lender developer".split())
#: A short seller's trade written before its one-word name ("Short seller Grayfin", "short-seller Grayfin"), lower
#: case: the name alone is the source (see :func:`_name_after_role`).
_SHORT_SELLER = frozenset({"short seller", "short-seller"})
#: A maker written as one word ("planemaker", "steelmaker", "lawmaker"), lower case.
_ONE_WORD_MAKER = re.compile(r"[a-z]{3,}maker")
_KINDS = "|".join([*sorted(_BODY_KINDS | _TRADE_KINDS | {"ngo"}), _ONE_WORD_MAKER.pattern])
#: A lower-case description of a body by its kind or a trade, set apart from its name by a comma ("a watchdog group"
#: of "A watchdog group, Civic Compass" or "Civic Compass, a watchdog group"; "Northlink Ferries, the ferry
#: operator"); group 1 holds its words after the article.
_KIND_DESCRIPTION = re.compile(rf"(?i:a|an|the)\s+((?:[a-z][\w-]*\s+){{0,3}}(?:{_KINDS}))")
#: The same set apart by commas right after a span that ends with the name ("Pellam" of "Pellam, the charity, said");
#: group 1 holds the description.
_APPOSED_KIND = re.compile(rf"\s*,\s+((?i:a|an|the)\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:{_KINDS}))\s*,")
#: The same before the name, without the comma: an article perhaps, and the first word capitalised as it opens a
#: sentence ("Ferry operator Northlink", "the internet provider Skylink"); group 1 holds its words.
_KIND_BEFORE_NAME = re.compile(rf"(?:(?i:a|an|the)\s+)?((?:[A-Za-z][\w-]*\s+)?(?:[a-z][\w-]*\s+){{0,2}}?"
                               rf"(?i:{_KINDS}))\s+(?=[A-Z])")

#: Lower-case words before a role's head that make it a business's rank, not a person's post ("Zenta, the market
#: leader", "the industry leader").
_RANKING_MODIFIERS = frozenset("market industry world sector".split())

#: "He" or "she" in a sentence credited to a source: a person's pronoun, which no company takes ("Ralph Lauren
#: said he would step down", "He denied it").
_HE_OR_SHE = re.compile(r"(?<!\w)(?:he|she)(?!\w)", re.I)
#: A report credited to the source span just before it as an outlet's is ("Axios first reported", "Axios reported
#: exclusively", ", Politico reported." at the sentence's end; not "Ford reported a loss", a company's results) or
#: just after it ("as first reported by Axios", "as reported in the Daily Ledger", "a report in the Ledger"; not
#: "abuses reported by Amnesty").
_REPORTED_AFTER = re.compile(r"\s+(?:(?:also\s+|has\s+|had\s+)?(?:first|exclusively)\s+reported\b"
                             r"|reported\s+(?:first|exclusively)\b"
                             r"|reported(?:\s+(?:on\s+)?(?:\w+day|last\s+\w+|this\s+\w+|earlier))?\s*[.!?]?\s*$)")
_REPORTED_BEFORE = re.compile(r"(?:\b(?:first|as)\s+reported\s+(?:by|in)|\breport\s+in)\s+(?:the\s+)?$", re.I)

#: Women's and men's honorifics and titles written just before a name ("Mrs. Roe", "Sir Tom Vance", "Congresswoman
#: Jane Roe", "Dr. (Mrs.) Ngozi Eze"), which say the person's sex: group 1 a woman's, group 2 a man's. Honorifics
#: as capitalised ("Ms", not the letters "MS" of a disease; "Lady", not "lady"); not "Sr." nor "Sra.", a nun's
#: "Sister" too, nor "chairman", a title women hold ("Chairman Mary Barra").
_SEX_TITLE = re.compile(
    r"(?<![\w'’-])\(?(?:(Mrs|MRS|Ms|MS(?=\.)|Miss|MISS|Mme|Madame|Dame|Lady|Frau|Se[nñ]ora|Ibu|Smt|Signora|Queen|"
    r"Princess|Duchess|Baroness|Countess|Sheikha|(?i:congress|assembly|council|alder|spokes|business|chair)woman)|"
    r"(Mr|MR|Sir|SIR|Lord|Herr|Se[nñ]or|Bapak|Signor|King|Prince|Duke|Baron|"
    r"(?i:congress|assembly|council|alder|spokes|business)man))\.?\)?\s+\Z")
#: How far before a name a title of ``_SEX_TITLE`` is looked for: its longest word, with its stop and brackets.
_SEX_TITLE_CHARS = 20
#: A description after a name and its comma whose head noun says the person's sex ("Jane Roe, the first woman to
#: ...", "Tom Vance, a 45-year-old father of two"): an article or possessive, then at most two words that are no
#: article, preposition or possessive ("Jane Roe, the lawyer for the man" says nothing of Roe, nor "Jane Roe,
#: said her son" of a name set apart by a comma); group 1 a woman's noun, group 2 a man's.
_SEX_DESCRIPTION = re.compile(
    r"\s*,\s+(?:(?:a|an|the|his|her|their)\s+)?"
    r"(?:(?!(?:a|an|the|his|her|their|of|for|to|with|by|at|in|on|from|and|or|who|whose|which)\s)[\w-]+\s+){0,2}"
    r"(?:(woman|mother|wife|widow|daughter|sister|grandmother|girl|niece|aunt|girlfriend|actress|businesswoman|"
    r"chairwoman|spokeswoman|congresswoman|councilwoman|stepmother|queen|princess|duchess|nun)|"
    r"(man|father|husband|widower|son|brother|grandfather|boy|nephew|uncle|boyfriend|businessman|spokesman|"
    r"congressman|councilman|stepfather|king|prince|duke|monk))(?![\w'’-])", re.I)
#: A relative's noun of one sex written just before a name, as news most often introduces a relative ("His
#: mother, Loretta Vane", "her husband Tom Vance", "the victim's brother-in-law, Ed Roe"): group 1 a woman's, group 2
#: a man's, as ``_SEX_DESCRIPTION`` reads one after the name.
_SEX_KIN_BEFORE = re.compile(
    r"(?<![\w'’-])(?:(mother|wife|widow|daughter|sister|grandmother|granddaughter|niece|aunt|girlfriend|fiancée|"
    r"stepmother|stepdaughter|stepsister)|(father|husband|widower|son|brother|grandfather|grandson|nephew|uncle|"
    r"boyfriend|fiancé|stepfather|stepson|stepbrother))(?:-in-law)?,?\s+\Z", re.I)
#: A person's role and what sets a relative after it as whom they act for ("The lawyer representing the victim's
#: widow", "A lawyer for the boy's mother", "Speaking for the dead man's sister"), written just before the relative's
#: noun: a name set after that noun ("..., Dorsey Kell, said") is the role's, the relative's sex none of its own.
_KIN_ACTED_FOR = re.compile(r"(?<![\w'’-])([A-Za-z]+)\s+(?:representing|for|of|acting\s+for|on\s+behalf\s+of)\s+"
                            r"(?:(?!(?:and|or|for|of)\s)[\w'’.-]+\s+){0,3}\Z")
#: Words before "for" or "of" that act for a relative besides ``PERSON_ROLES`` (see ``_KIN_ACTED_FOR``).
_ACTING_FOR = frozenset("counsel representative advocate agent friend speaking".split())
#: How far before a relative's noun ``_KIN_ACTED_FOR`` is looked for, in characters.
_KIN_ACTED_FOR_CHARS = 80
#: How far before a name a relative's noun of ``_SEX_KIN_BEFORE`` is looked for: its longest, with "-in-law" and
#: its comma.
_SEX_KIN_CHARS = 24
#: A relative's noun ("cousin", "brother-in-law", "stepdaughter", "widow"): a person's tie to someone else in the
#: story, most often one of the same surname, so that a given name spelled another way is no respelling.
_KIN = (r"(?:(?:great-)?(?:grand|step|half-)?(?:father|mother|son|daughter|brother|sister|parent|child|children)"
        r"|cousin|uncle|aunt|nephew|niece|wife|husband|widow|widower|sibling|relative|twin|fianc[ée]e?|grandchild"
        r"|grandparent|in-law)(?:s|-in-law)?(?![\w'’-])")
#: A relative's noun described after a name and its comma ("Ahmad Karimi, his cousin", "Ahmad Karimi, the
#: victim's father"): an article or possessive, then at most two words (see ``_SEX_DESCRIPTION``).
_KIN_AFTER = re.compile(r"\s*,\s+(?:(?:a|an|the|his|her|their)\s+)?"
                        r"(?:(?!(?:a|an|the|his|her|their|of|for|to|with|by|at|in|on|from|and|or|who|whose|which)\s)"
                        r"[\w'’-]+\s+)"
                        rf"{{0,2}}{_KIN}", re.I)
#: A relative's noun just before a name ("His brother, Ahmad Karimi", "her cousin Ahmad Karimi").
_KIN_BEFORE = re.compile(rf"(?<![\w'’-]){_KIN},?\s+\Z", re.I)
#: The most characters ``_KIN_BEFORE`` takes before its spaces: "great-grandchildren-in-law,".
_KIN_REACH = len("great-grandchildren-in-law,")
#: How many of the people named last "he" or "she" may stand for, read back from the last (see
#: :meth:`SourceIndex.person_for`): a pronoun reaches back past a few people of the other sex, not over a whole
#: story's, and each sentence's look costs no more in a long one.
_PRONOUN_REACH = 8
#: "He" or "she" as what a name just said ("Jane Roe said she ...", "Roe, who told reporters she ..."): group 2;
#: in a relative clause whose subject is the name (group 1), "his" or "her" too ("Roe, who said her clinic ...").
#: Weaker than a title or a description (in "Roe said he lied", "he" is someone else), so the evidence of
#: :meth:`SourceIndex.sex_of` only when nothing else tells, and only when the name's pronouns all agree.
_SAID_PRONOUN = re.compile(rf"\s*(,\s*who\s+)?{_SAID_THEN}(he|she|his|her)(?![\w'’-])", re.I)
#: What "his" or "her" in a name's relative clause says of its sex (see ``_SAID_PRONOUN``).
_POSSESSIVE_SEX = {"his": "he", "her": "she"}

#: Abbreviations that end a name with their full stop ("Ana Ruiz Jr.", "Acme Corp.", "Harbour City F.C.", a study's
#: authors "Voss et al."; an initialism's inner stop tells the last), which a source's display keeps (see
#: :func:`_with_stop`).
_NAME_ENDING_ABBREVIATIONS = frozenset("jr sr inc corp co ltd llc plc bros al".split())  # "al" of "Voss et al."
_INITIALISM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")

#: Lower-case words inside a multi-word name ("Ministry of Foreign Affairs"), in Spanish, Portuguese, French and
#: Italian names too ("Red en Defensa de los Derechos", "Instituto dos Direitos", "Ciencia y Tecnología").
_JOINERS = frozenset("""of for and the de del da du la los las van von der den des on in at to en do dos das di le
    y e""".split())
#: A participle after which "by" names who leads or pays, not who speaks: the head before it is the actor
#: ("the coalition led by Saudi Arabia" is the coalition, not Saudi Arabia).
#: A name in capitalised words only, "the" first allowed ("The Ledger", "Reuters").
_NAME_ONLY = re.compile(r"(?:[Tt]he )?[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*)*")
_LED_BY = re.compile(r"\b(?:led|funded|backed|run|headed|chaired|owned|controlled|sponsored)\s+by\s", re.I)
#: A part of an appositive that opens with such a participle (", led by Saudi Arabia,"): no head of its own.
_LED_BY_START = re.compile(rf"^{_LED_BY.pattern}", re.I)

#: A word alone after a preposition of place ("in Israel.", "across the Sahel,"; the next word's first
#: letter and any mark between tell "in Israel Katz's office" apart); not after a stake ("a stake in Veltrix"), which
#: is held in a company.
_AFTER_PLACE_WORD = re.compile(r"(?<![\w'’-])(?<![Ss]take )(?<![Ss]takes )"
                               r"(?i:in|into|inside|within|across|throughout|near|towards?|outside)"
                               r"\s+(?:the\s+)?(\w[\w'’-]*)([^\w\s]?)(?:\s+(\w))?")
#: The people around a person whose name comes before it ("the Vask camp", "the Vask administration"), no place's.
_PERSON_S_SIDE = re.compile(r"\s+(?:camp|campaign|circle|team|administration|orbit|family|era|presidency)\b")
#: Endings that make a nationality of a place's name ("Israeli", "Jordanian", "Kenyan", "Japanese").
_NATIONALITY_ENDS = ("i", "n", "ian", "ese")
#: The fewest letters of a place's name read from a nationality ("Iraq" of "Iraqi"; none of "Thai").
_PLACE_STEM = 4
#: A word that may be a nationality, and the first letter of the word after it ("Israeli troops"): a whole
#: word, with a nationality's ending after a stem long enough; others, which give no place, are not read.
_NATIONALITY_BEFORE_WORD = re.compile(rf"(?<![\w'’-])(\w{{{_PLACE_STEM},}}(?:{'|'.join(_NATIONALITY_ENDS)}))"
                                      r"(?=\s+(\w))")


#: A run of two or more capitalised words, particles between them allowed ("Tobias Wren", "Rosa de la Vega").
_CAPITALISED_RUN = re.compile(rf"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+{_NAME_PARTICLE_RUN}[A-ZÀ-ÖØ-Þ][\w'’-]*)+")
#: First words of places' names of two words, whose last word is no surname ("Northern Ireland", "New York").
_PLACE_STARTS = frozenset("North South East West Northern Southern Eastern Western Central Great New United Saudi"
                          .split())


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


def _reported_before(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends with a report's words before an outlet (see ``_REPORTED_BEFORE``: "as first
    reported by the", four words at most)."""
    return _REPORTED_BEFORE.search(text, last_words_start(text, end, 4), end) is not None


def _name_bounds(written: str, sentence: str, start: int) -> tuple[int, int] | None:
    """Where in ``sentence`` the name ``written`` (see :func:`display_source`) stands, from its first word at or
    after ``start`` to the end of its last; ``None`` when the span there writes it otherwise."""
    words = written.split()
    first = sentence.find(words[0], start) if words else -1
    last = sentence.find(words[-1], first) if first >= 0 else -1
    return None if last < 0 else (first, last + len(words[-1]))


def _mention_sex(written: str, sentence: str, start: int, after: str) -> tuple[str | None, str | None]:
    """The sex, "he" or "she", that the mention of the name ``written`` (see :func:`display_source`) in the span from
    ``start`` to the end of ``sentence`` says (``after``: the rest of the sentence): by a title or a relative's noun
    just before the name or a description after it (see ``_SEX_TITLE``, ``_SEX_KIN_BEFORE``, ``_SEX_DESCRIPTION``:
    "His mother, Loretta Vane" as "Loretta Vane, his mother"; an emphatic "Tom Vask himself", see ``_EMPHATIC_SEX``),
    and by "he" or "she" the name said just
    after it, or "his" or "her" in its relative clause of speech, in the span or after it (see ``_SAID_PRONOUN``);
    ``None`` for what does not tell, or where the span writes the name otherwise."""
    bounds = _name_bounds(written, sentence, start)
    if bounds is None:
        return None, None
    first, end = bounds
    kin = _SEX_KIN_BEFORE.search(sentence, max(first - _SEX_KIN_CHARS, 0), first)
    found = (_SEX_TITLE.search(sentence, max(first - _SEX_TITLE_CHARS, 0), first)
             or (kin if kin and not _acted_for(sentence, kin.start()) else None)
             or _SEX_DESCRIPTION.match(sentence[end:] + after) or _EMPHATIC_SEX.match(sentence[end:] + after))
    said = _SAID_PRONOUN.match(sentence[end:] + after)  # after the name, its relative clause in the span too
    pronoun = said.group(2).lower() if said else ""
    if pronoun in _POSSESSIVE_SEX and said and said.group(1):
        pronoun = _POSSESSIVE_SEX[pronoun]
    return ("she" if found.group(1) else "he") if found else None, pronoun if pronoun in ("he", "she") else None


def _acted_for(sentence: str, at: int) -> bool:
    """Whether the relative's noun at ``at`` in ``sentence`` is whom a person's role before it acts for (see
    ``_KIN_ACTED_FOR``: "A lawyer for the boy's mother"), not the head a name after it is set beside."""
    found = _KIN_ACTED_FOR.search(sentence, max(at - _KIN_ACTED_FOR_CHARS, 0), at)
    role = found.group(1).lower() if found else ""
    return bool(role) and bool({role, role.removesuffix("s")} & (PERSON_ROLES | _ACTING_FOR))


def _sex_written(words: Sequence[str]) -> str | None:
    """The sex, "he" or "she", that the words of a person's name and the titles before it tell (``words``: "Mayor Tom
    Vance", "Ms Okafor", "Congresswoman Ana"): a title of ``_SEX_TITLE`` or a given name of
    :func:`framing.given_names.given_name_sex`, when none says the other; ``None`` for words that do not tell."""
    titled = {"she" if found.group(1) else "he" for found in map(_SEX_TITLE.fullmatch, (f"{w} " for w in words))
              if found}
    sexes = titled | {sex for sex in map(given_name_sex, words) if sex}
    return sexes.pop() if len(sexes) == 1 else None


def _described_as_kin(written: str, sentence: str, start: int, after: str) -> bool:
    """Whether the name ``written``, in the span from ``start`` to the end of ``sentence``, ``after`` the rest of
    the sentence, is described as someone's relative, before it ("His brother, Ahmad Karimi") or after it ("Ahmad
    Karimi, his cousin"): see ``_KIN_BEFORE`` and ``_KIN_AFTER``."""
    bounds = _name_bounds(written, sentence, start)
    return bounds is not None and bool(search_before_space(_KIN_BEFORE, sentence, bounds[0], _KIN_REACH)
                                       or _KIN_AFTER.match(sentence[bounds[1]:] + after))


def _surnames_in(sentence: str) -> set[str]:
    """Keys of the last words of the personal names ``sentence`` writes, a source or not ("wren" of "Tobias
    Wren, 41, was charged"): a capitalised run read as a name, not ending in a body's, role's or place's word
    nor in capitals ("KC"), past a kind of business that opens it ("Chipmaker Orvane" names no person); a
    possessive's without its "'s" ("clinton" of "Hillary Clinton's lawyer")."""
    found = set()
    for run in _CAPITALISED_RUN.finditer(sentence):
        words = list(dropwhile(lambda w: w in _NOT_A_NAME_START, _POSSESSIVE.sub("", run.group(0)).split()))
        words = words[1:] if words and _business_trade(words[0]) else words  # "Chipmaker Orvane"
        words = _without_generation(" ".join(words)).split(" ")  # "Pruitt" of "Harold Pruitt Sr"
        last = words[-1]
        if (len(words) >= 2 and _is_name(words) and words[0] not in _PLACE_STARTS and not last.isupper()
                and last not in _INSTITUTIONS and last not in _PORTFOLIOS and last.lower() not in PERSON_ROLES):
            found.add(text_key(last))
    return found


def surnames_written(texts: Iterable[str]) -> frozenset[str]:
    """Keys of the last words of the personal names that ``texts`` write, a source or not (see :func:`_surnames_in`):
    "sorby" of "Elin Sorby died"."""
    return frozenset(key for text in texts for key in _surnames_in(text))


#: A personal name: up to three capitalised words, an initial with its stop among them (group 1), before a last
#: capitalised word (group 2, read lazily so that its "'s" is left out) with its "'s" or with no longer capitalised
#: name going on ("Clinton Foundation").
_FULL_NAME = re.compile(r"(?<![\w'’-])((?:[A-ZÀ-ÖØ-Þ][\w'’-]*\.?\s+){1,3})([A-ZÀ-ÖØ-Þ][\w'’-]*?)"
                        r"(?:['’]s(?!\w)|(?![\w'’-])(?!\s+[A-ZÀ-ÖØ-Þ]))")


def _forenames(sentence: str, surnames: Collection[str]) -> dict[str, dict[frozenset[str], str]]:
    """The people of the surnames whose keys are ``surnames`` that ``sentence`` names in full, by surname: the keys
    of the given names written before it, as far back as a title, a role or a word opening a phrase ("bill" of
    "former President Bill Clinton", "hillary" and "rodham" of "Hillary Rodham Clinton"; an initial left out), each
    with the name as written ("Hillary Rodham Clinton"). Which people of one surname a document names, so that the
    surname alone may be read as ambiguous (see :meth:`SourceIndex._namesake_meant`)."""
    found: dict[str, dict[frozenset[str], str]] = {}
    for match in _FULL_NAME.finditer(sentence) if surnames else ():
        surname = text_key(match.group(2))
        if surname not in surnames:
            continue
        kept: list[str] = []
        for word in reversed(match.group(1).split()):
            if len(word.rstrip(".")) > 1 and (
                    word.endswith(".") or word.isupper() or word in _NOT_A_NAME_START | _OPENERS
                    or _TITLE.match(word + " ") or _ROLE_WORD.fullmatch(word) or _is_role(word.lower())):
                break
            kept.insert(0, word)
        # not "W." of "George W. Bush"
        given = frozenset(_without_accents(text_key(word)) for word in kept if len(word.rstrip(".")) > 1)
        if given:
            found.setdefault(surname, {}).setdefault(given, " ".join(kept + [match.group(2)]))
    return found


#: Two capitalised words joined by "and" or "&" before a capitalised surname ("Hillary and Bill Clinton"); groups 1
#: and 2 hold the words, group 3 the surname.
_COUPLE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)\s+(?:and|&)\s+([A-Z][a-z]+)\s+([A-Z][\w'’-]+)")


def _couples_in(sentence: str) -> set[str]:
    """Keys of the surnames ``sentence`` writes after two known given names joined by "and" ("clinton" of "Hillary
    and Bill Clinton", see :func:`framing.given_names.is_given_name`): two people, one written in full."""
    return {text_key(found.group(3)) for found in _COUPLE.finditer(sentence)
            if is_given_name(found.group(1)) and is_given_name(found.group(2))}


def _people_in(sentence: str) -> set[str]:
    """Keys of the last words of the people ``sentence`` names: those of its personal names (see
    :func:`_surnames_in`) and of its names after a capitalised title ("biden" of "President Joe Biden")."""
    return _surnames_in(sentence) | {text_key(found.group(0).split()[-1]) for found in _TITLED_NAME.finditer(sentence)}


def _spelled_out(before: str, acronym: str) -> list[str]:
    """The words of the name that ``before`` (the text before an acronym in brackets) ends with, whose
    initials are the ``acronym``: its last capitalised words, one letter each or, failing that, one for each
    capitalised part of a hyphenated word ("Inspector-General of Police (IGP)"), with the joining words between
    them; failing that, one letter for each capitalised word and one or none for each small word between them
    ("Doctors of the World (DOW)", see ``_SMALL_WORDS``); none when no such run ends ``before`` ("the Harbour Board
    (HXB)")."""
    for parts in (False, True):
        words = _read_back(before, len(acronym), parts)
        if "".join(_initials(word, parts) for word in words if word[:1].isupper()) == acronym:
            return words
    for capitals in range(len(acronym) - 1, 1, -1):  # the fewer capitalised words, the more letters small words give
        words = _read_back(before, capitals, False)
        letters = "".join(re.escape(word[0]) if word[:1].isupper() else f"{word[0].upper()}?" if word in _SMALL_WORDS
                          else "" for word in words)
        if words[:1] and words[0][:1].isupper() and re.fullmatch(letters, acronym):
            return words
    return []


def _read_back(before: str, capitals: int, parts: bool) -> list[str]:
    """The words that end ``before`` with ``capitals`` initials (see :func:`_initials`), and the joining words
    between them; fewer when a word that is neither ends the run ("the Harbour Board (HB)" → "Harbour",
    "Board")."""
    words: list[str] = []
    for word in reversed(before.split()):
        run = _SPELLED_WORD.search(word)
        if run and run.end() == len(word):
            words.append(run.group(0))
            capitals -= len(_initials(run.group(0), parts))
            if capitals <= 0 or run.start():  # a word glued to a mark ("“Harbour") starts the run
                break
        elif not words or word not in _SPELLED_JOINERS:
            break
        else:
            words.append(word)
    return words[::-1]


def _initials(word: str, parts: bool) -> str:
    """The initial of the capitalised ``word``, or with ``parts`` those of its capitalised hyphenated parts
    ("Inspector-General" → "IG", "Anti-corruption" → "A")."""
    return "".join(part[:1] for part in word.split("-") if part[:1].isupper()) if parts else word[:1]


def _names_a_post(words: list[str]) -> bool:
    """Whether the name spelled out in ``words`` names a person's post, not a body ("Member of Parliament",
    "Chief Executive Officer", "Inspector-General of Police"; not "Office of the Auditor-General"): by its head,
    the last word before "of", "for" or "on" (or of a hyphenated word), a person's role in the singular or
    "Member"; people in the plural name a body ("Lawyers for Human Rights", "Doctors of the World")."""
    head = next((words[at - 1] for at, word in enumerate(words) if word in ("of", "for", "on")), words[-1])
    word = head.lower().rpartition("-")[2]
    return word == "member" or word in PERSON_ROLES


#: A capitalised name of two or three words written as a firm's: after "shares of" or "in", "stock of", or "analysts",
#: "economists" or "strategists" "at", before "'s shares" or "'s stock", or reporting "its" own results ("Shares of
#: Morgan Stanley", "analysts at Taylor Wimpey", "Morgan Stanley's shares", "Taylor Wimpey said its profits fell",
#: "... reported its first-quarter sales"); group 1, 2 or 3 holds the name.
_FIRM_NAME = r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){1,2}"
_FIRM_RESULTS = (r"(?:(?:first|second|third|fourth|full)[-\s](?:quarter|year|half)\s+|quarterly\s+|annual\s+)?"
                 r"(?:pre-tax\s+|net\s+|operating\s+)?(?:profits?|revenues?|sales|earnings|income|losses|results)\b")
_WRITTEN_AS_FIRM = re.compile(rf"(?<![\w'’-])(?:(?:[Ss]hares|[Ss]tock)\s+(?:of|in)|(?:[Aa]nalysts|[Ee]conomists|"
                              rf"[Ss]trategists)\s+at)\s+({_FIRM_NAME})(?![\w'’-])"
                              rf"|(?<![\w'’-])({_FIRM_NAME})['’]s\s+(?:shares|stock)\b"
                              rf"|(?<![\w'’-])({_FIRM_NAME})\s+(?:said|says|reported|reports|posted|posts|announced)"
                              rf"\s+(?:that\s+)?its\s+{_FIRM_RESULTS}")


def _firms_in(sentence: str) -> set[str]:
    """Keys of the names ``sentence`` writes as a firm's (see ``_WRITTEN_AS_FIRM``)."""
    return {text_key(found.group(1) or found.group(2) or found.group(3))
            for found in _WRITTEN_AS_FIRM.finditer(sentence)}


def _places_in(sentence: str) -> set[str]:
    """Keys of the words ``sentence`` writes as places: a capitalised word alone after a preposition of
    place ("in Israel"; not "in Israel Katz's office"), and the place of a nationality before a lower-case
    word ("Israeli strikes" → "israel", "Jordanian officials" → "jordan"; a stem of four letters or more)."""
    places = set()
    for found in _AFTER_PLACE_WORD.finditer(sentence):
        word, mark, after = found.groups()
        if _PERSON_S_SIDE.match(sentence, found.end(1)) and found.group().split()[1].lower() == "the":
            continue  # "in the Vask camp", "within the Vask circle": a person's side, no place
        if word[:1].isupper() and (mark or not after or not after.isupper()):
            places.add(text_key(word))
    for found in _NATIONALITY_BEFORE_WORD.finditer(sentence):
        word, after = found.groups()
        if word[:1].isupper() and after.islower():
            places.update(text_key(word[:-len(end)]) for end in _NATIONALITY_ENDS
                          if word.endswith(end) and len(word) - len(end) >= _PLACE_STEM)
    return places


#: The subject's own words after a verb of holding to them ("its findings", "his earlier remarks", "its
#: accusation"), or an allegation after "the" ("the allegation", "the charges").
_OWN_WORDS = (rf"\s+(?:(?:its|his|her|their|our)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_DOCUMENTS}|claims?|comments?|"
              r"remarks?|stor(?:y|ies)|reporting|account|words|position|assessment|allegations?|accusations?|"
              r"charges?|conclusions?|testimony|decision)|the\s+(?:allegations?|accusations?|charges?|claims?))\b")
#: Verbs that credit what a sentence says to the subject just before them: speech ("said", "told") and
#: denial ("denied", "rejected"; phrasal: "brushed off", "shrugged off", "waved away", "played down", "hit back
#: at", "pushed back on"), as a subject's verb is written (lower case, after a space: a headline's "Denies"
#: and the "called" of "so-called" are none), and holding to what was said: "maintained", "reiterated", and
#: "repeated" or "stood by" before the subject's own words ("stood by its findings", "repeated its claim", or
#: "that" opening a clause; not "stood by their vehicles", "repeated unfounded claims", "repeated that song"), and
#: "posted" before "that" or a colon ("posted on Telegram that"; not "posted a video", "posted bail"); a verb of
#: speech, denial or advice in the progressive, its "is", "are", "was" or "were" with it ("are warning", "is
#: denying", "is advising"), advice in any tense ("advised", "urges"); and a verb of reaction ("welcomed",
#: "praised", "condemned", "hailed"; not "hails from"), the subject's stance, in a sentence the model read as a
#: claim ("The union welcomed the ruling." is the union's, not the last speaker's). Nouns ("the denial") are no cue,
#: nor "claimed" before a sum of money ("claimed £240,000 from the health service").
#: Verbs of reaction, a stance taken of something ("welcomed", "praises", "condemned"; not "hails from"): cues in a
#: sentence the model read as a claim (see ``_SUBJECT_CUE``), and stances an end credit reports (``_STANCE_CUE``).
_REACTION_VERBS = (r"welcom(?:ed|es)|prais(?:ed|es)|condemn(?:ed|s)|hail(?:ed|s)(?!\s+from)|applaud(?:ed|s)|"
                   r"laud(?:ed|s)|denounc(?:ed|es)|decr(?:ied|ies)|critici[sz](?:ed|es)")
_SUBJECT_CUE = re.compile(
    r"(?<=\s)(?:(?:is|are|was|were)\s+(?:saying|telling|stating|claiming|insisting|maintaining|arguing|alleging|"
    r"accusing|asserting|warning|denying|rejecting|dismissing|refuting|disputing|contesting|advising|urging)|"
    r"said|says|say|told|tells|stated|states|reported|reports|claim(?:ed|s)?(?!\s+(?:(?:more|less)\s+than\s+|over\s+|"
    r"almost\s+|nearly\s+|about\s+|around\s+|some\s+|up\s+to\s+)?(?:[£$€₹]|Rs\.?\s*\d))|"
    r"insisted|insists|insist|maintained|"
    r"maintains|reiterated|reiterates|"
    rf"repeat(?:ed|s)(?=\s+that\s+(?:the|a|an|it|he|she|they|we|there|no|its|his|her|their|[A-Z])\b|{_OWN_WORDS})|"
    rf"st(?:ood|ands?)\s+by(?={_OWN_WORDS})|"
    r"argued|argues|argue|added|adds|wrote|writes|alleged|alleges|allege|accused|accuses|accuse|"
    r"asserted|asserts|warned|warns|warn|advised|advises|urged|urges|countered|counters|confirmed|confirms|"
    r"acknowledged|acknowledges|"
    r"admitted|admits|described|describes|called|calls|denied|denies|deny|rejected|rejects|reject|dismissed|"
    r"dismisses|dismiss|refuted|refutes|refute|rebutted|rebuts|disputed|disputes|dispute|contested|contests|"
    r"(?:brush(?:ed|es)?|shrug(?:ged|s)?|laugh(?:ed|s)?|wave[ds]?)\s+(?:off|aside|away)|play(?:ed|s)?\s+down|"
    r"downplay(?:ed|s)?|hits?\s+back\s+at|push(?:ed|es)?\s+back\s+(?:on|against)|"
    rf"post(?:ed|s)(?=(?:\s+on\s+[A-Z][\w-]*)?(?:\s+that\s|:))|{_REACTION_VERBS})\b")
#: A verb that shows a clause after "that" (see ``_CLAUSE_AFTER_THAT``): of being, having or a modal, a common
#: irregular past ("rose", "knew", "misled", "paid") or one in -ed, but not one read as an adjective: "un-...ed"
#: ("that lead unchallenged"; "under-", "unveiled", "uncovered", "unearthed" are verbs), "closed", "opened" ("that
#: meeting closed to the public").
_CLAUSE_VERB = (r"(?:is|was|were|are|has|have|had|will|would|could|can|may|might|must|should|did|does|do|rose|fell|"
                r"grew|knew|made|paid|broke|misled|took|gave|lost|sold|bought|hid|spent|kept|left|told|said|won|ran|"
                r"met|became|began|brought|caught|sought|fought|saw|stole|wrote|withheld|"
                r"(?!un(?!der|veil|cover|earth)|closed\b|opened\b)[a-z][\w'’-]*ed)\b")
#: What opens a clause after "that", where "that" is no demonstrative before a noun ("found that compromise
#: unacceptable", "ruled that out"): a determiner or pronoun ("that the firm", "that it"), a quotation mark, a
#: plural noun, which "that" never points at ("that anglers caught"; not "that process", "that status", "that
#: crisis", nor one in -s that is no plural: "that series"), or a noun with a verb after it (see ``_CLAUSE_VERB``:
#: "that inflation was", "that water rose"; not "that lead unchallenged"). After any verb but "held" a capitalised
#: word or a figure opens one too (see ``_CLAUSE_AFTER_THAT``).
_CLAUSE_OPENER = (r"(?:the|a|an|this|these|those|its|his|her|their|our|no|some|any|each|every|all|such|he|she|it|"
                  r"they|we|you|there)\b|[\"“]|"
                  r"(?!(?:series|species|news|means|headquarters|politics|economics|gas)\b)"
                  r"[a-z][\w'’-]*(?<!ss|us|is)s\b|"
                  rf"[a-z][\w'’-]*\s+{_CLAUSE_VERB}")
#: What opens a clause after "found", "showed", "concluded" or "ruled that": one of ``_CLAUSE_OPENER``, a
#: capitalised word, a figure or a number or quantity in words ("found that Boeing cut corners", "that 40% of",
#: "showed that two members had", "that most members wanted").
_CLAUSE_AFTER_THAT = (rf"(?:{_CLAUSE_OPENER}|[A-Z\d$€£]|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
                      r"twelve|dozens|hundreds|thousands|millions|several|many|most|both|half|more|fewer|nearly|"
                      r"almost)\b)")
#: What opens a clause after "held that", where "that" before a name or a figure is often a demonstrative ("held
#: that Boeing stake for years", "held that 40% stake"): one of ``_CLAUSE_OPENER``, a capitalised word or a figure
#: with a verb (see ``_CLAUSE_VERB``) within five words ("that Acme had lied", "that 64 percent think it would"),
#: capitalised words with one in -s or a comma right after them ("that Acme owes", "that Trump, more than his
#: rivals, would"), or a figure before "of", "in" or a plural ("that 43% of voters", "that 38 complaints").
_CLAUSE_AFTER_HELD_THAT = (rf"(?:{_CLAUSE_OPENER}|"
                           rf"[A-Z\d$€£][\w'’.,%-]*(?:\s+[\w'’.,%-]+){{0,4}}?\s+{_CLAUSE_VERB}|"
                           r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:,|\s+[a-z][\w'’-]*(?<!ss|us|is)s\b)|"
                           r"[$€£]?\d[\d.,]*(?:\s*%|\s+per\s*cent)?(?:\s+(?:million|billion|thousand|hundred))?\s+"
                           r"(?:of\b|in\b|[a-z][\w'’-]*(?<!ss|us|is)s\b))")
#: Verbs of finding or ruling (see :func:`subject_before_finding`): "found", "showed", "revealed", "indicated",
#: "concluded", "held" or "ruled" before "that" opening a clause ("The regulator found that the firm ...", "The
#: study showed that", "Records revealed that"; see
#: ``_CLAUSE_AFTER_THAT``, ``_CLAUSE_AFTER_HELD_THAT``), "ruled" in or against a side, a verdict ("The jury found
#: him guilty") and "testified".
def _finding_cue(after_held_that: str) -> re.Pattern[str]:
    """The verbs of finding or ruling of ``_FINDING_CUE``, with ``after_held_that`` what opens a clause after "held
    that" (see ``_COURT_FINDING_CUE``)."""
    return re.compile(
        r"(?<=\s)(?:(?:found|finds|showed|shows|revealed|reveals|indicated|indicates|concluded|concludes|ruled|"
        r"rules)(?=\s+that\s+"
        rf"{_CLAUSE_AFTER_THAT})|(?:held|holds)(?=\s+that\s+{after_held_that})|"
        r"ruled(?=\s+(?:in\s+favou?r\s+of|against)\b)|"
        r"found(?=\s+(?:[\w'’.-]+\s+){1,4}?(?:not\s+)?(?:guilty|liable)\b)|testified|testifies)\b")


_FINDING_CUE = _finding_cue(_CLAUSE_AFTER_HELD_THAT)
#: The same, for a court's subject, whose "held that" before a name opens its holding as "found that" does ("The
#: court held that Pellory put anglers at risk"), a court holding no stake nor seat (see :func:`names_a_court`).
_COURT_FINDING_CUE = _finding_cue(_CLAUSE_AFTER_THAT)
#: Words that make a subject a court or a judge: whose "held that" is a ruling.
_COURT_WORDS = frozenset("""court courts judge judges justice justices tribunal tribunals panel jury magistrate
    magistrates arbitrator arbitrators bench""".split())
#: Words that make a subject with a court's word some other body ("the Justice Department", "the judges' union").
_NO_COURT_WORDS = frozenset("department ministry minister secretary union association".split())
#: Court's words that are a judge's title before a name ("Judge Ana Ruiz", "Justice Nervo"), where another court's
#: word before a capitalised one names something else ("Court Street Capital", "The Kessel Court Hotel").
_JUDGES_TITLES = frozenset("judge judges justice justices magistrate magistrates arbitrator arbitrators".split())
#: Words that make a panel a court's ("an appeals panel"; "a three-judge panel" by its judge), not an expert's or a
#: company's ("The expert panel", "Velmor's review panel").
_COURT_PANEL_WORDS = frozenset("appeals appellate circuit judicial arbitration disciplinary appeal".split())
#: Of those, the words that make a commission one that rules on a case as a court does, as sport's bodies have ("The
#: disciplinary commission", "an arbitration commission"), not a regulator or an inquiry ("the European Commission").
_RULING_COMMISSION_WORDS = frozenset("arbitration disciplinary appeal appeals".split())
#: Words opening a phrase that follows a court's word as its head ("A federal judge in Manhattan", "The judge
#: overseeing the case", "The judge who heard the case", "The tribunal in The Hague"), where a noun after it makes
#: the court's word a qualifier ("court records", "a court official").
_COURT_PHRASE_OPENERS = frozenset("""in at for from on over who whom whose that which overseeing presiding handling
    considering reviewing trying assigned""".split())
#: What "deny" withholds rather than disputes: "denied the ministry access", "denies him bail" refuse
#: something, and credit no one with a denial.
_WITHHELD = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:access|entry|bail|permission|passage|admission|parole|visas?|"
                       r"licen[cs]es?|requests?|a\s+hearing|the\s+right)\b", re.I)
#: What follows a cue that is a noun or a participle, not the subject's verb: a verb of being or having
#: ("The two claims were errors", "The sites described in the report are"; not "said in a statement").
_NOT_A_VERB_AFTER = re.compile(r"\s+(?:is|was|were|are|be|been|has|have|had)\b")
_PARTICIPLE_AFTER = re.compile(r"\s+(?:in|by)\b")
#: Participles among the cues, a phrasal cue's by its first word ("the risks played down by the ministry").
_PARTICIPLES = frozenset("""described called accused alleged reported disputed contested rejected dismissed advised
    urged brushed shrugged laughed waved played downplayed""".split())
#: Words between a subject and its verb that leave it the subject ("The ministry on Tuesday flatly denied",
#: "Acme Corp has also rejected", "Acme Corp today rejected", "The ministry this week denied", "neither" of "Acme
#: Corp neither admitted nor denied").
_BEFORE_CUE = re.compile(r"(?:\s+(?:has|have|had|also|again|later|then|since|now|earlier|first|always|long|never|"
                         r"neither|"
                         r"still|already|ever|often|once|so\s+far|"
                         r"(?!(?:family|ally|rally|assembly|supply|monopoly|anomaly|tally|folly|bully)\s)[a-z]+ly|"
                         r"(?:late\s+|early\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                         r"(?:late\s+)?(?:today|yesterday|tonight)|"
                         r"(?:last|this)\s+(?:week|month|year|night|morning|afternoon|evening)|"
                         r"in\s+a\s+statement))+\s*$")
#: Words that open a sentence before its subject, a comma closing them ("On Tuesday, the ministry denied",
#: "Asked about the claims, Acme Corp said"), besides those of ``_NOT_A_NAME_START``.
_OPENERS = frozenset("""Asked Speaking Responding Reacting Contacted Reached Writing Meanwhile Separately Still
    Instead Elsewhere Overall Nonetheless Nevertheless Afterwards""".split())
#: A conjunction opening a sentence without a comma ("But the ministry denied it").
_CONJUNCTION = re.compile(r"^(?:But|And|Yet|So|Still)\s+")
#: A verb that puts a case opening a sentence ("Say Mexico demanded ...", "Suppose the court refused ..."): what
#: follows is a supposition, its first words no subject.
_CASE_PUT = frozenset({"Say", "Suppose"})
#: Subjects that name no one ("Many said", "Some argue", "Critics say"): weasel wording, not a source.
_NO_ONE = frozenset("""many some most several few others other another all both each such one critics experts
    analysts observers people everyone everybody someone somebody nobody sources""".split())
#: Words that make what stands before a verb a clause, not a subject ("The claims were denied", "The firm
#: that denied it").
_CLAUSE_WORDS = frozenset("""is was were are be been being has have had do does did not never no that which who
    whom whose when while if because after before but than there what whatever how why where whether""".split())
#: A figure, which a subject never holds ("PolitiFact rated 32% of ..."): digits, a percentage.
_FIGURE = re.compile(r"[$€£]?\d[\d.,]*%?|%")
#: Words before "claim" or "claims" that make it a noun, not the subject's verb ("its claims", "of such claims",
#: "false claims", "unfounded claims", "political claims").
_BEFORE_A_NOUN = frozenset("""the a an its his her their our your my these those such any some many several
    of about over on for against to by with false new earlier similar latest wild""".split())
_ADJECTIVE_END = re.compile(r"(?:al|ic|ous|ive|ful|less|able|ible|ed|ing|ary|ist)$")
#: Words for when, which a subject never holds ("The ministry late on Tuesday denied": the ministry).
_WHEN_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
    morning afternoon evening night""".split())
_NOT_IN_SUBJECT = _CLAUSE_WORDS | _WHEN_WORDS
#: Words that join the words of a subject ("Ministry of Foreign Affairs", "a spokesman for the army").
_SUBJECT_JOINERS = frozenset("of for at from with in on to the and & de".split())
#: Of those, the ones inside a body's name that holds "and" ("the Ministry of Trade and Industry"), not a list's.
_NAME_JOINERS = _SUBJECT_JOINERS - {"the", "and", "&"}
#: The most words a subject has, and an appositive after it ("who asked not to be named because ...").
_SUBJECT_WORDS = 8
_APPOSITIVE_WORDS = 16
#: The most words of a relative clause set after a subject between commas ("Trump, who would have to hand over
#: the reins of his empire in order to run the country, said"): its "who" or "which" tells where it opens, so it
#: may run longer than another appositive.
_RELATIVE_CLAUSE_WORDS = 30
#: Cues that, after a comma and before a preposition, are a participle opening an appositive ("The mayor, criticised
#: for the delay, said", "Velmor Steel, long condemned by residents, denied", "The ministry, accused of lying,
#: denied"), not the subject's verb.
_APPOSED_PARTICIPLE = re.compile(r"welcomed|praised|condemned|hailed|applauded|lauded|denounced|decried|"
                                 r"critici[sz]ed|accused|advised|urged")
#: What stands before such a participle: a comma and perhaps an adverb ("widely", "long", "much", "well").
_OPENS_APPOSITIVE = re.compile(r",\s*(?:(?:[a-z]+ly|long|much|often|once|still|already|also|well)\s+)?\Z")
#: The preposition after such a participle ("criticised for", "condemned by", "hailed as", "accused of", "urged on
#: by", "advised to settle", "advised on the deal").
_PARTICIPLE_PHRASE = re.compile(r"\s+(?:for|by|as|of|over|in|at|after|across|around|throughout|on|to)\b")
#: A part of a span that opens with such a participle and its preposition (", criticised by Ana Ruiz,"): whom it
#: names judged or advised the head, and speaks for it no more than "led by" does (see :func:`display_source`).
_APPOSED_PART = re.compile(rf"(?:(?:[a-z]+ly|long|much|often|once|still|already|also|well)\s+)?"
                           rf"(?:{_APPOSED_PARTICIPLE.pattern}){_PARTICIPLE_PHRASE.pattern}")
#: A part of a span that opens with a participle of being acted against and its preposition (", targeted by a
#: boycott call from Fair Harlow,", ", sued by Ana Ruiz,", ", fined for the leak,"): whom it names acted on the head,
#: which speaks, as after a participle of judgement (see ``_APPOSED_PART``).
_ACTED_ON_PART = re.compile(r"(?:(?:[a-z]+ly|long|much|often|once|still|already|also|well)\s+)?"
                            r"(?:targeted|sued|attacked|threatened|pressured|boycotted|fined|sanctioned|investigated|"
                            rf"charged|blamed|faulted|singled\s+out){_PARTICIPLE_PHRASE.pattern}")
#: Cues of a stance rather than of speech: a verb of reaction, or one in the progressive (see ``_SUBJECT_CUE``), which a
#: speaker credited at the sentence's end reports ("The city welcomed the investment, Ruiz said.", "The workers are
#: warning of a strike, she said.": see ``_TRAILING_CREDIT``).
_STANCE_CUE = re.compile(rf"(?:is|are|was|were)\s+\w+|{_REACTION_VERBS}")
#: A word that opens a clause of its own after an act's object: a relative pronoun, a subordinating conjunction or
#: a subject pronoun ("a street that was busy", "the gate as the coffin was carried out", "the town he has served").
_OWN_CLAUSE_OPENER = (r"that|which|who|whom|whose|where|when|whenever|while|as|because|although|though|if|once|"
                      r"until|unless|since|before|after|he|she|they|we|it|i|you")
#: What ends the object of an act (see ``_ACTS_NOT_SPEECH``): a mark, the end, "home", a preposition or time after
#: it ("40 new residents to the town", "refugees last winter", "a ride home"; not "the homes minister", "the race
#: result", nor "as", which gives a judgement: "hailed the ride as a breakthrough", unless a clause of its own
#: follows: "a ride as the rain fell"), and no verb continuing the object's words before a mark or a word opening a
#: clause of their own ("said prayers would not be enough", "said goodbye to the town was hard": what was said, not
#: an act; "a cab on a street that was busy" is one).
_ACT_END = (r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:on|in|at|to|from|into|for|back|last|this|after|during|with|over|"
            r"until|since|before|outside|near)\b|\s+home(?![\w'’-])|\s+as\s+(?:he|she|they|we|it|i|you|"
            r"(?:the|a|an|his|her|their|its|our)\s+[\w'’-]+\s+(?:is|are|was|were|has|had|[a-z]+ed|fell|rose|set|"
            r"began|came|went|left|broke|grew))\b)"
            rf"(?!(?:\s+(?!(?:{_OWN_CLAUSE_OPENER})\b)[\w'’-]+)*?\s+"
            r"(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had)\b)")
#: "according to" and a source after a comma ending a sentence (", according to Ruiz.").
_ACCORDING_AT_END = re.compile(r",\s+according\s+to\s+[^,;:]+$", re.I)
#: A cue's verb and what, just after it, makes it an act rather than speech: hailing a cab, welcoming visitors or a
#: number of people, condemning someone to a sentence or a building as unfit, saying goodbye or prayers, contesting
#: a final or seats ("The driver hailed a cab", "The council welcomed 40 new residents", "The judge condemned him to
#: death", "The families were saying goodbye", "Velmor United are contesting the final"), the object ending the
#: clause (see ``_ACT_END``: "hailed the bus service as a success" and "said prayers would not be enough" are no acts).
_ACTS_NOT_SPEECH = (
    (r"hail\w*", re.compile(rf"\s+(?:a|an|the|another|his|her|their)\s+(?:cab|taxi|ride|car|bus|boat){_ACT_END}")),
    (r"welcom\w*", re.compile(
        r"\s+(?:back\b|(?:(?!of\s)[\w'’-]+\s+){0,2}?(?:baby|babies|newborns?)\b|(?:(?!of\s)[\w'’-]+\s+){0,3}?"
        rf"(?:visitors|guests?|refugees|tourists|pilgrims|passengers|newcomers|arrivals|crowds|customers|residents|"
        rf"people|families|members|workers|staff|students|pupils|children|recruits|players|fans|migrants){_ACT_END})")),
    (r"condemn\w*", re.compile(
        r"\s+(?:(?:him|her|them|me|us|(?:the\s+)?[\w'’-]+)\s+to\s+(?:death|die|life|prison|jail|\d|years)\b|"
        rf"(?:(?!of\s)[\w'’-]+\s+){{0,2}}?(?:buildings?|houses?|homes?|propert(?:y|ies)|structures?|flats?|"
        rf"apartments?){_ACT_END})")),
    (r"say\w*|said", re.compile(
        rf"\s+(?:(?:their|his|her|our|a|a\s+last|one\s+last)\s+)?(?:goodbyes?|good-bye|farewells?|prayers|grace)"
        rf"{_ACT_END}")),
    (r"contest\w*", re.compile(
        r"\s+(?:(?:the|a|an|this|their|its|next)\s+)?(?:(?!of\s)[\w'’-]+\s+){0,2}?(?:final|semi-?final|match|race|"
        rf"title|cup|tie|game|seats?|primary){_ACT_END}")),
)
#: The word opening a relative clause, the appositive that may run to ``_RELATIVE_CLAUSE_WORDS``.
_RELATIVE_OPENING = re.compile(r"\s*(?:who|which)\s")
#: A relative clause opened after a comma and not closed by one before the end of the text it is matched in
#: ("Kell, who said last week": the cue "said" is the clause's, not the subject's).
_OPEN_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which)\s[^,]*\Z")
#: How far into a sentence its subject's verb is looked for, in characters: past an opener, or what the
#: subject says when it comes first ("Shelf prices rose on 11 occasions, the board said").
_SUBJECT_REACH = 400
#: What joins a list's last members ("the police and the army").
_LIST_JOINER = re.compile(r"\s(?:and|or)\s", re.I)
#: How many characters before "claims" are read for the word before it.
_WORD_BEFORE = 30
#: A comma-separated piece of what stands before a verb: an opener, the subject, an appositive.
_PIECE = re.compile(r"[^,]+")
#: A liveblog's bare time stamp before a capitalised word, with no dash or bracket ("12:00 The ministry said",
#: "9.30am GMT Acme denied"): the sentence segments it as copy (it may be, "12:30 Club"), but a figure is never
#: a subject, so the subject is looked for after it.
_BARE_STAMP = re.compile(rf"\s*\d{{1,2}}[:.]\d{{2}}{_STAMP_MARKS}*\s+(?=[A-Z])")
#: Marks that open or close a quotation (a straight or curly apostrophe is left out: "Acme’s lawyer").
_QUOTATION_MARKS = "\"“”«»„‹›"


def subject_before_cue(text: str, known: Callable[[str], bool] = lambda word: False,
                       pronoun_fits: Callable[[str], bool] = lambda pronoun: True) -> tuple[int, int] | None:
    """Where in the sentence ``text`` its subject stands, when that subject is a named or definite body or
    person just before the sentence's first speech, denial or reaction verb (see ``_SUBJECT_CUE``: "The ministry
    denied the report", "Acme Corp rejected ...", "A spokesman for the army dismissed ...", "The union welcomed
    ..."), an opener ("On Tuesday, "), an appositive (", the carmaker,", an age perhaps before it: ", 27, the world
    champion,") and an adverb ("flatly") between allowed; ``None`` for anything else (a verb of finding or ruling:
    see :func:`subject_before_finding`).

    What counts as a subject: "the" and a noun ("The ministry", "The report"); "a" or "an" and a person's
    role ("A company spokeswoman", "An official at the mine"); or capitalised words that read as a name,
    two or more ("Acme Corp", "Mayor Tilda Varn"), or one with a role ("Acme's lawyer") or, possessive, with a
    body's noun in lower case ("Kenya's interior ministry", "Acme's board"; not a day's, a month's or a time's:
    "Monday's cabinet", "Today's council"), or one alone that
    ``known(word)`` says the document has named ("Halvex" after "Halvex Corp"), that is capitalised
    inside ("PolitiFact", "UNICEF") or that is a country's name ("China on Friday rejected", see ``_COUNTRIES``) or
    a capital's standing for its government ("Beijing rejected", see ``_CAPITALS``), or that a person's role
    follows after a comma ("Toller, the minister, denied": see :func:`_surname_with_role`); a possessive pronoun and
    a role with a name set after it ("Her label, Harbour Records, called": see :func:`_owned_then_named`).
    Never a pronoun ("He denied"), weasel wording ("Critics said"), a
    clause ("The claims were denied", "The gap between what Acme says"), the accused before an accusing participle
    ("The minister stands accused of", "remains accused of"), words with a figure or a verb after a
    name ("PolitiFact rated 32% of ..."), "claims" after a determiner or an adjective ("false claims"), a
    possessive ("The company's claims"), the last members of a list ("The
    ministry, the police and the army denied": none, not "the police and the army"), anything in quotation marks,
    nor "deny" in its sense of withholding ("The report denied the ministry access"). A list item's mark or
    emoji ("• ", "1. ", "👉 "), a liveblog stamp (bare too: "12:00 GMT "), a dateline or a speaker's label in
    capitals opening the sentence ("HOST: ") is passed over. A speaker credited at the end of a reaction ("The city
    welcomed the investment, Ruiz said.") has it, not the subject; "he", "she" or "they" there only where
    ``pronoun_fits`` says the document has someone it may mean."""
    return _subject_before(text, _SUBJECT_CUE, known, pronoun_fits=pronoun_fits) or _name_credited_at_end(text)


#: One capitalised word credited at the end of a sentence after a comma and what it says, with a verb of speech
#: ("The car was stolen, Ruiz said."; group "name"): not the sentence's first word, so its capital makes it a name.
_NAME_CREDITED_AT_END = re.compile(r"[^\s,\"“”]\s*,\s+(?P<name>[A-Z][\w'’.-]*)\s+"
                                   r"(?:said|says|added|adds|told\s+\w+|wrote|writes|stated|explained|insisted)\W*$")


def _name_credited_at_end(text: str) -> tuple[int, int] | None:
    """Where the one capitalised word credited at the end of the sentence ``text`` stands (see
    ``_NAME_CREDITED_AT_END``: "Ruiz" of "The study found the drug worked, Ruiz said."), a name the document need not
    have written before, as the words before it are what it said; ``None`` for none, a day or a month."""
    found = _NAME_CREDITED_AT_END.search(text)
    if found is None or re.fullmatch(f"{_WEEKDAYS}|{_MONTHS}", found.group("name"), re.I):
        return None
    return found.span("name")


#: One capitalised word ending as a plural does ("Regulators", "Protesters"; not "Congress", "Airbus", "Davis")
#: opening a sentence, an adverb perhaps after it (see ``_BEFORE_CUE``), before what may be its verb.
_GROUP_OPENING = re.compile(r"([A-Z][a-z]*[a-hj-rtv-z]s)(?=\s)")
#: A quantifier opening a sentence, or a word that leaves a group as unnamed as one does (see
#: ``VAGUE_GROUP_WORDS``), a conjunction perhaps before it, then up to two words in lower case and a plural noun
#: (group 2) that may name people or bodies ("Some residents", "But many local shoppers", "A few parents",
#: "Independent experts", "Various groups"); group 1 holds the quantifier and the noun.
_COUNTED_GROUP_OPENING = re.compile(r"(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)?((?:[Ss]ome|[Mm]any|[Ss]everal|[Mm]ost|[Ff]ew|"
                                    r"[Aa]\s+few|(?:[Dd]ozens|[Hh]undreds|[Tt]housands)\s+of|"
                                    r"[Ii]ndependent|[Vv]arious)"
                                    r"\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*s))(?=\s)")
#: Words before a group's plural that name it no more than a quantifier does ("Independent experts", "Various
#: groups"): weasel groups, no one named.
VAGUE_GROUP_WORDS = frozenset("independent various".split())
#: The plurals of bodies that a quantifier or a vague word leaves unnamed ("Several organisations", "Various groups").
BODY_PLURALS = frozenset("groups organisations organizations".split())
#: Plural words that count or stand for no one, weasel wording rather than a group ("Others said").
_NO_GROUP = frozenset("others all both many most some several few these those".split())


#: A speaker set between commas just after the sentence's opening subject, with a verb of speech, before the rest of
#: its clause ("Mr. Morell, administration officials said, will travel ..."): group "sayer" up to five words.
_SPEAKER_ASIDE = re.compile(r"[^,;:\"“”]{1,80}?,\s+(?P<sayer>(?:[\w'’.-]+\s+){1,5}?)"
                            r"(?:said|says|say|added|adds|noted|stated|told\s+reporters)\s*,\s+[a-z]")


def speaker_in_aside(text: str, known: Callable[[str], bool] = lambda word: False) -> tuple[int, int] | None:
    """Where the speaker set between commas after the opening subject of the sentence ``text`` stands (see
    ``_SPEAKER_ASIDE``): "administration officials" of "Mr. Morell, administration officials said, will travel to
    Lisbon.", a named or definite subject (see :func:`_names_someone`: "the ministry"), one capitalised word
    ("Ruiz", not a day or a month) or a group of people in lower case ("officials", "administration officials";
    see :func:`_people_plural`), whose words the sentence is, not the subject's; ``None`` for anything else (a
    pronoun, "who officials said")."""
    skip = _lead_length(text)
    found = _SPEAKER_ASIDE.match(text, skip)
    if found is None:
        return None
    words = found.group("sayer").split()
    lowered = [word.lower() for word in words]
    group = all(word.islower() for word in words) and _people_plural(lowered[-1]) and not (
        set(lowered) & (_NO_ONE - NAMELESS_NOUNS) or set(lowered) & _CLAUSE_WORDS)
    named = len(words) == 1 and words[0][:1].isupper() and not re.fullmatch(f"{_WEEKDAYS}|{_MONTHS}", lowered[0])
    if not (group or named or _names_someone(words, known)):
        return None
    return found.start("sayer"), found.start("sayer") + len(found.group("sayer").rstrip())


def group_before_cue(text: str, known: Callable[[str], bool] = lambda word: False) -> tuple[int, int] | None:
    """Where in the sentence ``text`` an unnamed group of people stands that opens it as the subject of its first
    speech, denial or reaction verb (see ``_SUBJECT_CUE``): one capitalised word the text has not named before,
    written as a plural ("Regulators said it had not", "Protesters denied", "Critics said"; see
    ``_GROUP_OPENING``) that names people (see :func:`_people_plural`), which :func:`subject_before_cue` reads as no
    name. The group speaks, a source that names no one, as when the model marks it, so that its words are not the
    account of the speaker before ("Orvane said it reported every fire. Regulators said it had not."); so too such
    a group in lower case that a quantifier counts or a vague word leaves unnamed ("Some residents said", "But many
    local shoppers say", "Independent experts said", "Several organisations said": see ``_COUNTED_GROUP_OPENING``), a
    vague source but a group of people, not weasel wording. Not a word of
    weasel wording ("Others said": see :func:`weasel_before_cue`) nor a thing's ("Sales reported a rise", "News
    reports said"), nor one the document named ("Sanders", read as a name by :func:`subject_before_cue`), nor a
    group whose verb is no speech of theirs: "said to be" ("Officials said to be close to the talks") or a speaker
    credited at the sentence's end ("Patients reported side effects, the study found."); ``None`` for anything
    else."""
    skip = _lead_length(text)
    counted = _COUNTED_GROUP_OPENING.match(text, skip)
    if counted is not None and (_people_plural(counted.group(2)) or counted.group(2) in BODY_PLURALS):
        return counted.span(1) if _speaks_as_subject(text, counted.end(1)) else None
    group = _GROUP_OPENING.match(text, skip)
    if group is None or not _people_plural(group.group(1).lower()) or known(group.group(1)):
        return None
    return group.span(1) if _speaks_as_subject(text, group.end(1)) else None


#: A weasel word opening a sentence, a conjunction perhaps before it ("Others", "Many", "But some", "Few"): no one.
_WEASEL_OPENING = re.compile(r"(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)?([Oo]thers|[Mm]any|[Ss]ome|[Ff]ew)(?=\s)")


def weasel_before_cue(text: str, known: Callable[[str], bool] = lambda word: False) -> tuple[int, int] | None:
    """Where in the sentence ``text`` a weasel word stands that opens it as the subject of its first speech, denial
    or reaction verb, as :func:`group_before_cue` reads a group's ("Others said it was sound", "Many say", "But
    some have long argued"; see ``_WEASEL_OPENING``): the writer's unnamed sourcing (LABELS.md), which names no one
    and is not the account of the speaker before. Not a word counting a noun ("Some residents said": a group), nor
    one whose verb is no speech of theirs ("Many said to be close to the talks", "Some fled, the mayor said"), nor
    a surname the document named (``known``: "Few" after "Ivan Few"); ``None`` for anything else."""
    weasel = _WEASEL_OPENING.match(text, _lead_length(text))
    if weasel is None or known(weasel.group(1)):
        return None
    return weasel.span(1) if _speaks_as_subject(text, weasel.end(1)) else None


#: A stance taken, after a verb of being or staying and its adverbs, that a weasel word's people are said to hold with
#: no verb of speech ("were more cautious", "remain sceptical", "are less sure"; not "are sure to follow"; see
#: :func:`weasel_stance`).
_WEASEL_STANCE = re.compile(r"\s+(?:were|are|was|is|remain(?:ed|s)?|seem(?:ed|s)?|appear(?:ed|s)?|stay(?:ed|s)?)\s+"
                            r"(?:(?:more|less|far|much|rather|somewhat|even|still|also|not|so|as|too|very)\s+)*"
                            r"(?:cautious|circumspect|guarded|measured|sceptical|skeptical|sure(?!\s+to\b)"
                            r"|convinced|unconvinced"
                            r"|optimistic|pessimistic|doubtful|wary|confident|hopeful|upbeat|bullish|bearish|critical"
                            r"|worried|concerned|divided|hesitant|reluctant|enthusiastic|impressed|unimpressed)\b")


def weasel_stance(text: str, known: Callable[[str], bool] = lambda word: False) -> bool:
    """Whether a weasel word opens the sentence ``text`` as the subject of a stance, with no verb of speech
    ("Others were more cautious.", "Many remain sceptical", "But some are less sure"; see ``_WEASEL_STANCE``): the
    writer's unnamed sourcing, as :func:`weasel_before_cue` reads it before a cue, which names no one and is not the
    account of the speaker before. Not a surname the document named (``known``: "Few" after "Ivan Few")."""
    weasel = _WEASEL_OPENING.match(text, _lead_length(text))
    return weasel is not None and not known(weasel.group(1)) and _WEASEL_STANCE.match(text, weasel.end(1)) is not None


def _speaks_as_subject(text: str, end: int) -> bool:
    """Whether the words of the sentence ``text`` up to ``end`` are the subject of its first speech, denial or
    reaction verb (see ``_SUBJECT_CUE``): no more than an adverb between (see ``_BEFORE_CUE``), and a verb that is
    their speech, not "said to be" nor one a speaker credited at the sentence's end has ("..., the study found"; not
    the group's own ", they added": see :func:`_credited_at_end`)."""
    cue = _SUBJECT_CUE.search(text, end, end + _SUBJECT_REACH)
    gap = text[end:cue.start()] if cue else ""
    if cue is None or (gap.strip() and _BEFORE_CUE.fullmatch(gap) is None) or _no_report(text, cue):
        return False  # "Regulators fined the firm after it said ...": the group's verb is no cue
    if _SAID_TO.match(text, cue.end()) or _credited_at_end(text, cue.end(), ("they",)):
        return False  # "Officials said to be close to ...", "Patients reported side effects, the study found."
    return _verb_of_subject(text, cue)


#: "said to be" or "said to have", a passive: what the sentence says of its subject, not the subject's speech.
_SAID_TO = re.compile(r"\s+to\s+(?:be|have)\b")


def _people_plural(word: str) -> bool:
    """Whether the lower-case plural ``word`` names a group of people: an unnamed group's noun (see
    ``NAMELESS_NOUNS``: "critics", "protesters"), the plural of a person's role ("officials", "engineers"; see
    ``PERSON_ROLES``) or of a nationality ("Canadians", "Ukrainians"); not a thing's ("Sales", "Talks", "Cases",
    "Details", "News") nor weasel wording ("Others")."""
    if word in _NO_GROUP:
        return False
    single = word.removesuffix("s")
    return (word in NAMELESS_NOUNS or single in PERSON_ROLES or single in _IRREGULAR_NATIONALITIES
            or word.endswith("ians"))


#: What sets a quotation after its speaker and a colon, an aside's comma perhaps before it: speaking or talking to
#: an outlet, or telling one, named with capitals ("Tate speaking to Sky Sports: \"", "Ana Ruiz, talking to Radio
#: Kestrel: \"", "telling the Herald: \""), or a verb of singing that sets a lyric ("she sings: \"", "raps: \"").
_COLON_INTRO = re.compile(
    r"(?:,[^\S\r\n]*)?[^\S\r\n]+(?:(?:(?:speaking|talking)[^\S\r\n]+(?:to|with)|telling)[^\S\r\n]+(?:the[^\S\r\n]+)?"
    r"[A-Z][\w'’&.-]*(?:[^\S\r\n]+[A-Z][\w'’&.-]*){0,3}|sings|sang|raps|rapped|croons|crooned)"
    r"[^\S\r\n]*:[^\S\r\n]*[\"“]")
#: "He" or "she" ending the words before such a verb, at their start or after an opener's comma ("On Lantern, she").
_PRONOUN_AT_END = re.compile(r"(?:^|,\s+)(he|she)$", re.I)


def speaker_before_colon(text: str, known: Callable[[str], bool] = lambda word: False) -> tuple[int, int] | None:
    """Where in the sentence ``text`` the speaker stands of a quotation that a colon sets after them and their
    speaking to an outlet or singing (see ``_COLON_INTRO``: 'Tate speaking to Sky Sports: "We deserved that."', 'On
    Lantern, she sings: "Hold the light up.'), a format of sports and arts copy with no verb of speech: a subject as
    :func:`subject_before_cue` reads one (a surname alone where ``known`` says the document has named it), or "he"
    or "she" after an opener (a person the copy named, whom the profile finds as for a marked pronoun); ``None``
    for anything else."""
    skip = _lead_length(text)
    found = _COLON_INTRO.search(text, skip, skip + _SUBJECT_REACH)
    if found is None:
        return None
    head = text[skip:found.start()]
    pronoun = _PRONOUN_AT_END.search(head)
    if pronoun is not None:
        if not _fits_before(list(_PIECE.finditer(head[:pronoun.start()]))):
            return None
        return skip + pronoun.start(1), skip + pronoun.end(1)
    subject = _subject_of(head, known)
    return (skip + subject[0], skip + subject[1]) if subject else None


def subject_before_finding(text: str, known: Callable[[str], bool] = lambda word: False) -> tuple[int, int] | None:
    """Where in the sentence ``text`` its subject stands before a verb of finding or ruling ("The FCA found that
    the firm lied", "The jury found him guilty": see ``_FINDING_CUE``), a subject as :func:`subject_before_cue`
    reads one; ``None`` for anything else. A finding's subject is what the sentence reports more often than who
    speaks, so it is the last resort: "The court found that the firm lied, said Ana Ruiz" and "The study showed
    that ..., according to Dr Ana Ruiz" are Ana Ruiz's (see :func:`name_after_cue`, :func:`source_according_to`),
    and "The judge, who found that ..., said" is the judge's by the speech verb. A court's "held that" opens its
    holding before a name as "found that" does ("The court held that Acme put passengers at risk"); another
    subject's needs the name's verb to be one of a few ("The fund held that Acme stake for years" is no finding:
    see ``_CLAUSE_AFTER_HELD_THAT``). A document's words with no article before them are a finding's subject too
    ("Records showed that ...", "Minutes of the meeting showed that ...": see :func:`_names_document`), as "The
    study" is, the document speaking, not the source before it."""
    found = _subject_before(text, _FINDING_CUE, known, documents=True)
    if found is None and _COURT_FINDING_CUE.search(text):
        found = _subject_before(text, _COURT_FINDING_CUE, known)
        found = found if found and names_a_court(text[found[0]:found[1]]) else None
    return found or _document_before_finding(text) or _finder_at_end(text, known)


#: A subject and a verb of finding ending a sentence after a comma and what was found ("Patients reported rashes, the
#: study found."): group "subject" up to five words.
_FINDING_AT_END = re.compile(r"[^\s,\"“”]\s*,\s+(?P<subject>(?:[\w'’.-]+\s+){1,5}?)(?:has\s+|have\s+)?"
                             r"(?:found|finds|showed|shows|shown|concluded|concludes)\W*$")


def _finder_at_end(text: str, known: Callable[[str], bool]) -> tuple[int, int] | None:
    """Where the named or definite subject of a verb of finding ending the sentence ``text`` stands (see
    ``_FINDING_AT_END``, :func:`_names_someone`): "the study" of "Patients reported rashes, the study found.";
    ``None`` for none ("..., researchers found.")."""
    found = _FINDING_AT_END.search(text)
    if found is None or not _names_someone(found.group("subject").split(), known):
        return None
    return found.start("subject"), found.start("subject") + len(found.group("subject").rstrip())


#: An aside between commas after a document's noun that tells of the document, not of who speaks: a relative
#: clause (", which has not been peer reviewed,"), a participle of making it (", posted as a preprint on Monday,",
#: see ``_MADE``) or of funding or leading it (", funded by Tessaly,"); no comma inside but one of a figure.
_DOCUMENT_ASIDE = rf",\s+(?:which|that|(?:{_MADE}|funded|led|sponsored)\b)(?:[^,\"“”]|(?<=\d),(?=\d{{3}}))*,"
#: A study's or a like document's noun after a determiner and up to three words qualifying it, opening a sentence
#: (a conjunction perhaps before it) just before a verb of finding, "that" needed after it or not ("The study found
#: the drug was safe", "A 2021 review concluded that ...", "But the new trial also showed"), an aside between
#: allowed (see ``_DOCUMENT_ASIDE``): group 1 the document, a preprint or a meta-analysis too ("The preprint, which
#: has not been peer reviewed, found 31 clots"). No word of a clause or a phrase among the qualifying ones ("The team
#: behind the study found" is the team's), nor a possessive pronoun before them: "Its report found" is its owner's,
#: whose account it goes on with.
_DOCUMENT_FINDING = re.compile(
    r"\s*(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)?((?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Oo]ne)\s+"
    r"(?:(?!(?:the|a|an|of|by|for|in|on|at|from|with|who|which|that|and|or|but)\s)[\w'’-]+\s+){0,3}?"
    r"(?:stud(?:y|ies)|reviews?|trials?|papers?|preprints?|reports?|surveys?|audits?|(?:meta-)?analys[ie]s))"
    rf"(?:{_DOCUMENT_ASIDE})?"
    r"\s+(?:(?:also|previously|recently|earlier|further)\s+)?(?:(?:has|have|had)\s+)?"
    r"(?:found|finds|find|showed|shows|show|shown|concluded|concludes|conclude|suggested|suggests|suggest|indicated|"
    r"indicates|indicate|revealed|reveals|reveal|estimated|estimates|estimate)\s")


def _document_before_finding(text: str) -> tuple[int, int] | None:
    """Where in the sentence ``text`` a study, review, trial, paper, preprint, report, survey, audit or analysis
    (a meta-analysis too) stands that opens it as the subject of a verb of finding, "that" after it or not, an aside
    between allowed ("The study found the drug was safe", "A 2021 study found that ...", "The preprint, which has
    not been peer reviewed, found ...": see ``_DOCUMENT_FINDING``): the document speaks, so its finding is not the
    account of the source before it ("According to the lawsuit, ... The study found ..." is the study's). ``None``
    for anything else: another subject ("The team behind the study found"), a document not opening the sentence."""
    found = _DOCUMENT_FINDING.match(text, _past_opener(text))
    return found.span(1) if found else None


def names_a_court(subject: str) -> bool:
    """Whether the words ``subject`` name a court, a judge or a panel of them ("The appeals court", "Judge Ana Ruiz",
    "A three-judge panel", "the Court of Appeals"), not another body with such a word ("the Justice Department"):
    a court's word is the head of the words (last, before "of", a comma, another court's word or a phrase: "in
    Manhattan", "who heard the case", "overseeing the case": see ``_COURT_PHRASE_OPENERS``) or a judge's title
    before a name (see ``_JUDGES_TITLES``), not a word qualifying another ("Supreme Court nominee Tom Vance", "The
    Kessel Court Hotel", "Court Street Capital"), a surname after a given name ("Tom Judge"), nor a panel with no
    court's word ("The expert panel": see ``_COURT_PANEL_WORDS``; "The arbitration panel", "the disciplinary panel"
    rule as courts do, and so does a commission ending the words so described: "The disciplinary commission")."""
    written = [word for word in re.split(r"[\s-]+", subject) if word.strip(EDGE)]
    keys = [word.strip(EDGE).lower().removesuffix("'s").removesuffix("’s") for word in written]
    if keys[-1:] == ["commission"] and set(keys) & _RULING_COMMISSION_WORDS and not set(keys) & _NO_COURT_WORDS:
        return True  # "The disciplinary commission": a commission ruling as a court does
    if not set(keys) & _COURT_WORDS or set(keys) & _NO_COURT_WORDS:
        return False
    for at, key in enumerate(keys):
        if key not in _COURT_WORDS or (key.startswith("panel") and not set(keys) & (
                _COURT_PANEL_WORDS | _COURT_WORDS - {"panel", "panels"})):
            continue
        word = written[at].strip(EDGE)
        if at and word[:1].isupper() and given_name_sex(written[at - 1].strip(EDGE)) is not None:
            continue  # "Tom Judge": a surname
        if at + 1 == len(keys) or written[at].rstrip()[-1:] in ",;:)" or keys[at + 1] in _COURT_WORDS | {"of"}:
            return True
        if (keys[at + 1] in _COURT_PHRASE_OPENERS or keys[at + 1] == "hearing" and keys[at + 2:at + 3] == ["the"]) \
                and not (key == "justice" and word[:1].isupper()):
            return True  # "A federal judge in Manhattan", "The judge hearing the case"; not "Justice for Vance"
        if key in _JUDGES_TITLES and written[at + 1][:1].isupper():
            return True
    return False


#: A verb of speech or judgement in the passive, an adverb allowed before it, and its agent after "by" (group 1), up
#: to a mark, the sentence's end or a word that ends it ("as", "for", "in", "who", "that", "of" before a lower-case
#: word but "the"...): "were dismissed by the deputy mayor as", "was roundly criticised by Councillor Pike", "was
#: accused by the union of lying", "were told by the Ministry of Health that".
_PASSIVE_SPEECH = re.compile(
    r"(?<![\w'’-])(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?"
    r"(?:dismissed|described|branded|labell?ed|dubbed|critici[sz]ed|condemned|denounced|decried|disputed|contested|"
    r"questioned|challenged|ridiculed|mocked|derided|slammed|attacked|blasted|lambasted|praised|hailed|welcomed|"
    r"accused|sued|refuted|characteri[sz]ed|portrayed|told|warned|assured)\s+by\s+"
    r"([^,;:!?()\"“”]+?)(?=\s+(?:as|for|in|on|at|after|during|who|which|that|because|when|over|with|to|last|this|"
    r"earlier|of(?=\s+(?!the\b)[a-z]))\b|\s*[,;:!?()\"“”]|\.?\s*$)")


#: A speaker credited at a sentence's end after a comma (", she said.", ", Councillor Ben Ode added."): "he", "she",
#: "they" or a few capitalised words, then a verb of speech, then the end (not ", as the mayor had long said.").
_TRAILING_CREDIT = re.compile(r",\s+(?:(?P<pronoun>he|she|they)|(?-i:[A-Z][\w.'’-]*\s+){1,4})\s*"
                              r"(?:said|says|added|adds|told\s+\w+|wrote|writes|stated|explained|insisted)"
                              r"\W*$", re.I)


#: A speaker credited at a sentence's end after a comma, a definite one in lower case too (", the ministry said.",
#: ", she said.", ", the study found."): whose words a sentence is that opens with what another "reported".
_CREDITED_AT_END = re.compile(r",\s+(?:he|she|they|(?:the\s+)?(?:[\w.'’-]+\s+){1,4}?)"
                              r"(?:said|says|added|adds|told\s+\w+|wrote|writes|stated|found|finds|showed|shows)"
                              r"\W*$")
#: A pronoun and "added" or "adds" ending a sentence (", it added.", ", they added."): a continuation cue, which
#: restates its subject as the speaker going on; group "pronoun".
_ADDED_AT_END = re.compile(r",\s+(?P<pronoun>it|he|she|they)\s+(?:added|adds)\W*$")


def _credited_at_end(text: str, after: int, restating: tuple[str, ...] = ("it", "he", "she", "they")) -> bool:
    """Whether a speaker is credited at the end of the sentence ``text``, past ``after`` (see ``_CREDITED_AT_END``:
    "Patients reported side effects, the study found."), other than the subject restated by a pronoun of
    ``restating`` and "added" ("Regulators said the mine poisoned the river, they added.": the regulators')."""
    added = _ADDED_AT_END.search(text, after)
    return (_CREDITED_AT_END.search(text, after) is not None
            and (added is None or added.group("pronoun") not in restating))


def said_in_passive(text: str) -> re.Match[str] | None:
    """The first verb of speech or judgement in the passive with its agent after "by" in the sentence ``text``
    ("Residents who objected were dismissed by the deputy mayor as ...", see ``_PASSIVE_SPEECH``), the agent its
    group 1, when no speech or denial verb comes before it ("She said she was told by doctors ..." is hers) or
    after its agent ("Patients were told by staff to stay inside, she said." is hers too), "reports" or "reported"
    that no one reports by aside (see :func:`_no_report`: "Media reports of a leak were dismissed by the ministry");
    ``None`` for none."""
    found = _PASSIVE_SPEECH.search(text)
    if found is None or _TRAILING_CREDIT.search(text, found.end(1)):
        return None
    # "reports" or "reported" that no one reports by ("Media reports of a leak were dismissed by") is no speech
    if any(not _no_report(text, cue) for cue in _SUBJECT_CUE.finditer(text, 0, found.start())):
        return None
    return found


def agent_of_passive(text: str, known: Callable[[str], bool] = lambda word: False) -> tuple[int, int] | None:
    """Where in the sentence ``text`` the agent of its verb of speech or judgement in the passive stands (see
    :func:`said_in_passive`), when that agent names a definite or named body or person as a subject does (see
    :func:`subject_before_cue`): "the deputy mayor" of "were dismissed by the deputy mayor as 'a noisy minority'",
    or an identifiable group in lower case (see :func:`_lower_case_group`) that qualifying words or a relative clause
    of speech after it make one: "nurses' unions" of "was criticised by nurses' unions", "campaigners" of "was welcomed
    by campaigners, who said"; ``None`` for anything else ("by critics", "by many")."""
    found = said_in_passive(text)
    if found is None:
        return None
    words = found.group(1).split()
    if not (_names_someone(words, known)
            or (_lower_case_group(words) and (len(words) > 1 or _WHICH_SAID.match(text, found.end(1))))):
        return None
    return found.span(1)


#: Plural heads of a group of bodies in lower case ("nurses' unions", "rights groups", "patient charities").
_BODY_PLURAL = re.compile(r"[a-z]+(?:ies|s)")


def _lower_case_group(words: list[str]) -> bool:
    """Whether ``words`` name an identifiable group in lower case (LABELS.md: "Human rights groups say"): a plural of
    people or of bodies (see :func:`_people_plural`, ``BODY_NOUNS``) after up to two lower-case words that qualify it
    ("nurses' unions", "research-integrity campaigners", "rights groups"), or that plural alone; no article, pronoun,
    figure or word of no one ("many", "critics", "their") opening them."""
    if not 0 < len(words) <= 3 or any(not re.fullmatch(r"[a-z][\w'’-]*", word) for word in words):
        return False
    first, head = _POSSESSIVE.sub("", words[0]), words[-1]
    if first in _NO_ONE or first in _PRONOUNS or first in ("a", "an", "the", "and", "or", "of"):
        return False
    single = head[:-3] + "y" if head.endswith("ies") else head.removesuffix("s")
    return _people_plural(head) or (_BODY_PLURAL.fullmatch(head) is not None and single in BODY_NOUNS)


#: A court that heard, or a jury told, what a sentence says (see :func:`court_heard`): "a court", "the jury", "an
#: inquest", "jurors", "magistrates", or a court's name ("Leeds Crown Court", "the Employment Tribunal").
_COURT_HEARING = (r"(?:(?:[Aa]n?|[Tt]he)\s+(?:[\w'’-]+\s+){0,2}?(?:court|jury|tribunal|inquest)|[Jj]urors|"
                  r"[Mm]agistrates|(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:Court|Tribunal))")
_HEARD = r"\s+(?:heard|(?:was|were)\s+told)"
#: The court ending a sentence after a comma (", a court heard.", ", jurors were told."), or opening it before
#: "that" ("The court heard that ..."): group 1 its words.
_COURT_HEARD_AT_END = re.compile(rf",\s+({_COURT_HEARING}){_HEARD}[\s.\"”'’]*$")
_COURT_HEARD_OPENS = re.compile(rf"({_COURT_HEARING}){_HEARD}\s+that\s")


def court_heard(text: str) -> tuple[int, int] | None:
    """Where in the sentence ``text`` the court stands that a court report says heard it or its jury was told it:
    "a court" of "A builder stole £40,000, a court heard.", "Leeds Crown Court" of "..., Leeds Crown Court heard.",
    "The court" of "The court heard that ..." (see ``_COURT_HEARING``): what was said in court, for whoever said it,
    is the court's record, as a court's finding is; ``None`` for none."""
    found = _COURT_HEARD_AT_END.search(text) or _COURT_HEARD_OPENS.match(text, _lead_length(text))
    return found.span(1) if found else None


#: Lower-case words an opening subject may hold besides its capitalised ones (see :func:`opening_subject`):
#: "Velmark's foreign ministry spokeswoman Dana Holm", "A spokesman for the army", "The state news agency".
_SUBJECT_LOWER_WORDS = (BODY_NOUNS | _RANK_MODIFIERS | _PLAIN_ROLE_WORDS | {w.lower() for w in _PORTFOLIOS}
                        | frozenset("""foreign news national federal central regional military armed the of for
                                    mission delegation""".split()))
#: Irregular past tenses (beyond ``_CLAUSE_VERB``'s) that, lower case just after a subject, are its main verb, not
#: more of its noun phrase ("Anna Pryce, the victim's sister, wept in the gallery.").
_IRREGULAR_PAST = """spoke went came got sent shot hit put set struck led held fled drew threw rode flew wore swore
                  sat stood wept slept knelt sang swam sank shook bled fed dug laid lit leapt crept clung dealt
                  felt heard meant froze chose forgave forgot hung rang slid strode swept taught thought tore woke
                  found built drove ate drank blew bore bent understood withdrew upheld overtook""".split()
#: The verb of a main clause just after its subject: lower case and finite ("was", "has", "released", "spoke",
#: "posts"), not a word that goes on with the noun phrase ("and", "of").
_MAIN_VERB = re.compile(rf"(?:{_CLAUSE_VERB}|(?:{'|'.join(_IRREGULAR_PAST)})\b|[a-z]{{2,}}[^s'’\W]s\b)")
#: An appositive between an opening subject and its verb: an article or an age, then words up to a comma
#: (", a Velmark spokeswoman,", ", 54,"), or both (", 41, a Velmark spokeswoman,").
_APPOSITIVE = re.compile(r"(?:,\s+(?:(?:a|an|the)\s+[^,;:()\"“”]+?|\d{1,3})\s*){1,2},")
#: A role, then its holder's capitalised name between commas, as :func:`opening_subject` reads them ("The Varnesian
#: spokeswoman, Mila Dragan"): group 1 the role's last word; the comma after the name is left for the caller.
_ROLE_THEN_HOLDER = re.compile(r"(?:[\w'’.-]+\s+){0,4}?([a-z]+),\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")
#: A participle's aside between an opening subject and its verb (", reading the latest draft,"): what the subject
#: was doing, no part of it.
_PARTICIPLE_ASIDE = re.compile(r",\s+[a-z]+ing\s+[^,;:()\"“”]+?,")


#: A court transcript's "Q." or "A." before a pronoun ("A. He said ..."): the answer's label, not an initial.
_QA_BEFORE_PRONOUN = re.compile(r"[QA]\.[^\S\r\n]+(?=(?:He|She|They|We|It|I|You)\b)")


def _lead_length(text: str) -> int:
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


def _past_opener(text: str) -> int:
    """How many characters open the sentence ``text`` before its main clause: what :func:`_lead_length` passes
    over, then an opener up to its comma ("On Tuesday, ", "In March, ", "Asked about it, ")."""
    skip = _lead_length(text)
    comma = text.find(",", skip)
    opener = text[skip:comma].split() if comma >= 0 else []
    if opener and len(opener) <= 6 and opener[0] in (_NOT_A_NAME_START | _OPENERS) - {"The", "A", "An"}:
        skip = comma + 1
    return skip


#: An emphatic "himself" or "herself" just after a subject ("Tom Vask himself was delighted"), no part of it.
_EMPHATIC = re.compile(r" (?:him|her)self(?= )")
#: A party and state tag in brackets just after a subject ("Sen. Tom Vask (R-Kessel) was ..."), no part of it.
_BRACKETED_PARTY_TAG = re.compile(r" \([RDI]-[^()]{1,20}\)(?= )")
#: A source span of a name and an emphatic "himself" or "herself" after it ("Tom Vask himself", "Vask himself"):
#: group 1 the name, which is the source.
_EMPHATIC_AFTER_NAME = re.compile(r"((?:[A-Z][\w'’.-]*\s+){1,4})(?:him|her)self")
#: The same after a name, which tells its sex: group 1 holds "her" for a woman.
_EMPHATIC_SEX = re.compile(r" (?:(her)|him)self(?= )")
#: A nickname in double quotation marks inside a personal name ('"Chico" ' of 'Juan "Chico" Marquez'): one or two
#: capitalised words quoted between a capitalised word (group "before", no possessive: not 'NBC's "Nightly News"')
#: and another on the same line; group "nick" the nickname and the space after it.
_NICKNAME = re.compile(r"(?P<before>(?<![\w'’-])[A-Z][\w'’.-]*(?<![’']s)[^\S\n]+)"
                       r"(?P<nick>[\"“][A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*)?[\"”][^\S\n]+)(?=[A-Z])")


def without_nickname(text: str) -> str:
    """``text`` with each nickname in quotation marks inside a personal name blanked out, its length kept (see
    ``_NICKNAME``): 'Juan "Chico" Marquez' reads as the name "Juan" and "Marquez", the nickname no quotation."""
    return _NICKNAME.sub(lambda found: found.group("before") + " " * len(found.group("nick")), text)


#: Words after a body's noun that say where it sits or whom it is sent to ("embassy in Lisk", "mission to the United
#: Nations"): part of the body's name when a capitalised name follows (see :func:`_body_sited`).
_BODY_SITE_WORDS = frozenset("in at to".split())


def _body_sited(noun: str, word: str, later: Sequence[re.Match[str]]) -> bool:
    """Whether ``word`` after ``noun`` in a subject goes on with a body's name to where it sits or whom it is sent to
    ("in" of "The Velmaran embassy in Lisk issued", "to" of "The Velmaran mission to the United Nations said"): the
    noun is a body's (see ``BODY_NOUNS``; "mission", "delegation"), ``word`` one of ``_BODY_SITE_WORDS``, and the
    next of the ``later`` words capitalised, "the" allowed before it (not "in" of "The ministry in a statement")."""
    names = [found.group() for found in later]
    if names[:1] == ["the"]:
        names = names[1:]
    return (word in _BODY_SITE_WORDS and noun.lower() in BODY_NOUNS | {"mission", "delegation"}
            and bool(names) and names[0][:1].isupper())


def opening_subject(text: str, known: Callable[[str], bool] = lambda word: False) -> tuple[int, int] | None:
    """Where the subject of the main clause opening the sentence ``text`` stands, whatever its verb, when it
    names a definite or named body or person as :func:`subject_before_cue` reads one: "Velmark's President Oren
    Task" of "Velmark's President Oren Task was asked ...", "Dana Holm" of "Dana Holm, a spokeswoman, spoke ...",
    "The ministry" of "The ministry released a video". Its words are capitalised or a body's, role's or
    portfolio's (see ``_SUBJECT_LOWER_WORDS``), or "at" after analysts or experts ("Analysts at Dunmore
    Securities": see :func:`_people_at_named_body`), a lower-case verb follows them (see ``_MAIN_VERB``), an
    appositive or a participle's aside between allowed (see ``_APPOSITIVE``, ``_PARTICIPLE_ASIDE``); an opener up
    to its comma ("On Tuesday, "), a conjunction and what :func:`_lead_length` passes over come first. ``None`` for
    anything else (a pronoun, a quotation, a clause, words of no name: "Within minutes, two rival stories were
    ..."). The appositive, if any, ends the subject, as it goes with it ("Dana Holm, a spokeswoman", "Dana Holm,
    the chief executive of Orvane"); an aside does not ("Ms. Holm" of "Ms. Holm, reading the draft, complained"), nor
    an emphatic "himself" or "herself" ("Tom Vask" of "Tom Vask himself was delighted"), nor a party and state tag in
    brackets ("Sen. Tom Vask" of "Sen. Tom Vask (R-Kessel) was ..."), nor a time after it ("The regulator" of "The
    regulator on Tuesday fined ...": see ``_TIME_AFTER_SUBJECT``). A nickname in quotation marks inside a name is read
    as no quotation (see :func:`without_nickname`)."""
    text = without_nickname(text)
    skip = _past_opener(text)
    words = list(re.finditer(r"[^\s,]+", text[skip:skip + _SUBJECT_REACH]))
    opening = 1 if words and _CONJUNCTION.match(words[0].group() + " ") else 0
    taken = opening
    while taken < min(len(words), opening + _SUBJECT_WORDS):
        word = words[taken].group()
        at_body = word == "at" and taken == opening + 1 and words[opening].group().lower() in _PEOPLE_AT_BODY
        sited = taken > opening and _body_sited(words[taken - 1].group(), word, words[taken + 1:taken + 3])
        if (not (word[:1].isupper() or word in _SUBJECT_LOWER_WORDS or _is_role(word) or at_body or sited)
                or word[:1] in _QUOTATION_MARKS):
            break
        if word == "the" and taken > opening and "," in text[skip + words[taken - 1].end():skip + words[taken].start()]:
            break  # "Dana Holm, the chief executive of Orvane, sat ...": an appositive, read below
        taken += 1
    if taken == opening or taken >= len(words):
        return None
    start, end = skip + words[opening].start(), skip + words[taken - 1].end()
    named = _ROLE_THEN_HOLDER.fullmatch(text, start, end)
    # "The Varnesian spokeswoman, Mila Dragan, went further": the role's holder named between commas is the subject
    closed = end + 1 if named and text[end:end + 1] == "," and _is_role(named.group(1)) else end
    appositive = _APPOSITIVE.match(text, closed)
    aside = (appositive or _PARTICIPLE_ASIDE.match(text, closed) or _EMPHATIC.match(text, closed)
             or _BRACKETED_PARTY_TAG.match(text, closed))
    after = aside.end() if aside else closed
    timed = _TIME_AFTER_SUBJECT.match(text, after)  # "The regulator on Tuesday fined ...": when, not who
    after = timed.end() if timed else after
    if (text[after:after + 1] != " " or _MAIN_VERB.match(text, after + 1) is None
            or not _names_someone(text[start:end].split(), known)):
        return None
    return start, appositive.end() - 1 if appositive else end


#: A cue after the main clause that credits its subject: a pronoun's verb of speech in a clause of what the subject
#: did ("released a video that it said showed", "posted what it says is"), or a participle of speech or denial after
#: a comma ("has expelled three diplomats, accusing them of", "has ruled out changes, dismissing reports of"), or of
#: writing before "that" ("raised its target, writing in a note to clients that"; not "writing off the loss").
_SUBJECT_CUE_LATER = re.compile(r"(?:(?<![\w'’-])(?:that|which|what)\s+(?:it|he|she|they)\s+(?:also\s+|later\s+)?"
                                r"(?:said|says|claimed|claims|alleged|alleges)|,\s+(?:accusing|saying|claiming|"
                                r"alleging|insisting|denying|dismissing|rejecting|"
                                r"writing\s+(?:(?:in|on|to)\s+(?:[\w'’-]+\s+){1,6}?)?that))\b")


def subject_of_later_cue(text: str, known: Callable[[str], bool] = lambda word: False) -> tuple[int, int] | None:
    """Where the subject opening the sentence ``text`` stands (see :func:`opening_subject`) when a cue after its
    main clause is the subject's (see ``_SUBJECT_CUE_LATER``): "The ministry" of "The ministry released a video
    that it said showed ...", "The Velmark government" of "The Velmark government has expelled three diplomats,
    accusing them of ...", "The Prime Minister" of "The Prime Minister has ruled out changes, dismissing reports
    of ..."; ``None`` otherwise."""
    found = opening_subject(text, known)
    return found if found and _SUBJECT_CUE_LATER.search(text, found[1]) else None


#: A relative clause of speech after a body's or a person's name and its comma ("Dravonia's defence ministry, which
#: said in a post that", "Foreign Minister Anton Dreyer, who says the talks failed,"): the body or person speaks.
_WHICH_SAID = re.compile(r",\s+(which|who)\s+(?:also\s+|later\s+|then\s+)?(?:said|says|stated|states|claimed|claims|"
                         r"denied|denies|insisted|insists|alleged|alleges|told|tells|wrote|writes)\b")


#: Up to three lower-case words after a preposition, ending where the text searched ends (a relative clause's comma):
#: a group that :func:`_lower_case_group` may read ("by nurses' unions", "from rights groups"), in group 1.
_GROUP_BEFORE_WHICH = re.compile(r"(?<![\w'’-])(?:by|from|among|with)\s+((?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)$")


def name_before_which_said(text: str, known: Callable[[str], bool] = lambda word: False) -> tuple[int, int] | None:
    """Where in the sentence ``text`` the body or person stands whom a relative clause of speech after its comma
    describes ("Dravonia's defence ministry" of "The first came from Dravonia's defence ministry, which said ...",
    "Foreign Minister Anton Dreyer" of "Foreign Minister Anton Dreyer, who says the talks failed, flew home": see
    ``_WHICH_SAID``; what the clause says is theirs, an attributed claim of LABELS.md): the words before the comma
    that name a definite or named body or person as a subject does (see :func:`subject_before_cue`), read back over
    capitalised words and a body's, role's or portfolio's (see ``_SUBJECT_LOWER_WORDS``): the fewest for a body, all
    of them for a person ("Rhoda Senn", not "Senn" alone; not an opener's word: "On Tuesday", "Meanwhile"), whom a
    body's name does not end ("the Kessel Institute's Centre for Law, who": a person named before it is meant);
    failing a name, an identifiable group in lower case after its preposition ("nurses' unions" of "was opposed by
    nurses' unions, which said": see :func:`_lower_case_group`); ``None`` for none, or for words in quotation
    marks."""
    found = _WHICH_SAID.search(text)
    if found is None:
        return None
    start = _named_before(text, found.start(), found.group(1) == "who", known)
    if start is None:  # "was opposed by nurses' unions, which said": a group in lower case after its preposition
        group = _GROUP_BEFORE_WHICH.search(text, max(0, found.start() - 80), found.start())
        start = group.start(1) if group and _lower_case_group(group.group(1).split()) else None
    return None if start is None else (start, found.start())


#: A person's role in a body, set after a comma up to the end of the text it is matched in ("head of the Kessel
#: Institute's Centre for Law", "a professor at Velmar University"): group 1 is the role's last word.
_ROLE_IN_BODY = re.compile(r",\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w'’-]*\s+){0,2}?([a-z][\w'’-]*)"
                           r"\s+(?:of|at|for|in)\s+[^,]+")


def role_holder_before_who_said(text: str, known: Callable[[str], bool] = lambda word: False
                                ) -> tuple[int, int] | None:
    """Where in the sentence ``text`` the person stands whom an appositive of their role in a body follows, before
    a relative clause of speech with "who" (``_ROLE_IN_BODY``, ``_WHICH_SAID``): "Ada Vell" of "Kell quoted Ada Vell,
    head of the Kessel Institute's Centre for Law, who said the talks failed." The "who" means the person, as the
    body's name before it cannot (see :func:`name_before_which_said`); what the clause says is theirs. ``None``
    when no person's name stands before the appositive's comma or the appositive is no role in a body."""
    found = _WHICH_SAID.search(text)
    if found is None or found.group(1) != "who":
        return None
    comma = text.rfind(",", 0, found.start())
    role = _ROLE_IN_BODY.fullmatch(text, comma, found.start()) if comma >= 0 else None
    if role is None or not _is_role(role.group(1)):
        return None
    start = _named_before(text, comma, True, known)
    return None if start is None else (start, comma)


def _named_before(text: str, end: int, person: bool, known: Callable[[str], bool]) -> int | None:
    """Where the words of ``text`` just before ``end`` that name a definite or named body or person open, as
    :func:`name_before_which_said` reads them back (the fewest for a body, all of them for a ``person``, and for a
    person none that a body's name ends); ``None`` for none."""
    words = list(re.finditer(r"[^\s,]+", text[:end]))[-_SUBJECT_WORDS:]
    start = None
    for first in range(len(words) - 1, -1, -1):
        word = words[first].group()
        if word[:1] in _QUOTATION_MARKS or not (word[:1].isupper() or word in _SUBJECT_LOWER_WORDS or _is_role(word)):
            break
        opener = word in _OPENERS or word in _OPENING_FUNCTION_WORDS or _CALENDAR.fullmatch(word) is not None
        if not (person and opener) and _names_someone([w.group() for w in words[first:]], known):
            start = words[first].start()
            if not person:
                break
    if start is None or (person and not _person_after_bodies(text[start:end].split())):
        return None
    return start


def _person_after_bodies(words: list[str]) -> bool:
    """Whether ``words``, what a relative "who" follows, end in a person's name or role, not in a body's: no word of
    an institution's among them (see ``_INSTITUTIONS``), or two or more capitalised words after the last ("House
    Ethics Committee Chairman Ada Vell"; not "the Kessel Institute's Centre for Law")."""
    bodies = [k for k, word in enumerate(words) if _POSSESSIVE.sub("", word) in _INSTITUTIONS]
    rest = words[bodies[-1] + 1:] if bodies else []
    return not bodies or (len(rest) > 1 and all(word[:1].isupper() for word in rest))


def _subject_before(text: str, cues: re.Pattern[str], known: Callable[[str], bool], documents: bool = False,
                    pronoun_fits: Callable[[str], bool] = lambda pronoun: True) -> tuple[int, int] | None:
    """Where in ``text`` the subject of its first verb among ``cues`` stands (see :func:`subject_before_cue`), or,
    with ``documents``, a document's words without an article (see :func:`_names_document`)."""
    if cues.search(text) is None:  # a cheap first look
        return None
    skip = _lead_length(text)
    if text[skip:].lstrip()[:1] in _QUOTATION_MARKS:
        return None
    heading = name_heading_length(text[skip:])  # "TRUMP -- " before "The president said": whom it describes
    start = skip + heading
    cue = cues.search(text, start, start + _SUBJECT_REACH)
    while cue and (_no_report(text, cue) or (cue.group() in ("reports", "reported")
                                             and _credited_at_end(text, cue.end()))):
        # "The reports said": the verb after the noun; "The agency reported 40 deaths, the ministry said.": the
        # speaker credited at the end
        cue = cues.search(text, cue.end(), start + _SUBJECT_REACH)
    if cue and _OPEN_RELATIVE_CLAUSE.search(text, start, cue.start()):
        # "Marta Kell, who said last week that the plan was dead, said on Monday": the verb after the clause
        closed = text.find(",", cue.end(), start + _SUBJECT_REACH)
        cue = cues.search(text, closed + 1, start + _SUBJECT_REACH) if closed >= 0 else None
    if (cue and _APPOSED_PARTICIPLE.fullmatch(cue.group()) and _OPENS_APPOSITIVE.search(text, start, cue.start())
            and _PARTICIPLE_PHRASE.match(text, cue.end())):
        # "The mayor, criticised for the delay, said": the participle is the appositive's, the verb after it
        closed = text.find(",", cue.end(), start + _SUBJECT_REACH)
        cue = cues.search(text, closed + 1, start + _SUBJECT_REACH) if closed >= 0 else None
    trailing = ((_TRAILING_CREDIT.search(text, cue.end()) or _ACCORDING_AT_END.search(text, cue.end()))
                if cue and _STANCE_CUE.fullmatch(cue.group()) else None)
    if trailing and trailing.re is _TRAILING_CREDIT and trailing.group("pronoun"):
        # "The city welcomed the investment, she said." after a man only: no one "she" may mean, the city's
        trailing = trailing if pronoun_fits(trailing.group("pronoun").lower()) else None
    if trailing:  # "The city welcomed the investment, Ruiz said.": the speaker credited at the end, not the city
        cue = cues.search(text, trailing.start())
    if not cue or not _verb_of_subject(text, cue):
        return None
    found = _subject_of(text[skip + heading:cue.start()], known, documents)
    if found and heading and found[0] == 0:
        return skip, skip + len(text[skip:].split()[0])
    return (skip + heading + found[0], skip + heading + found[1]) if found else None


def _subject_of(head: str, known: Callable[[str], bool], documents: bool = False) -> tuple[int, int] | None:
    """Where in ``head``, a sentence up to its verb, the subject stands (see :func:`subject_before_cue`): the
    comma-separated piece before the verb, or before an appositive, once adverbs and an opener are set
    aside; with the appositive, which goes with it ("The strongman president, Armando Reyes" names the
    person). With ``documents``, a document's words without an article are a subject too (see
    :func:`_names_document`)."""
    modifiers = _BEFORE_CUE.search(head)
    head = head[:modifiers.start()] if modifiers else head.rstrip()
    if any(mark in head for mark in _QUOTATION_MARKS):
        return None
    citing = _CITING_ASIDE.search(head)
    head = head[:citing.start()] if citing else head  # "the Kessel Times, citing sources, reported"
    pieces = list(_PIECE.finditer(head))
    appositive = head.endswith(",")
    longest = _RELATIVE_CLAUSE_WORDS if _RELATIVE_OPENING.match(pieces[-1].group()) else _APPOSITIVE_WORDS
    if len(pieces) < 1 + appositive or (appositive and len(pieces[-1].group().split()) > longest):
        return None
    apart = appositive + (appositive and len(pieces) > 2 and _AGE_PIECE.fullmatch(pieces[-2].group()) is not None)
    subject = pieces[-1 - apart]  # "Ekwueme, 27, the world champion, denied": the age goes with the name too
    if not _fits_before(pieces[:-1 - apart]) or _ends_a_list(pieces[:-1 - apart], subject.group(), known):
        return None
    words = subject.group()
    opening = _CONJUNCTION.match(words.lstrip()) if subject is pieces[0] else None
    start = subject.start() + len(words) - len(words.lstrip()) + (opening.end() if opening else 0)
    end = subject.end() - (len(words) - len(words.rstrip()))
    named = head[start:end].split()
    if start >= end or not (_names_someone(named, known) or (documents and _names_document(named))
                            or _goes_by_name(head[start:end])
                            or (appositive and _surname_with_role(named, pieces[-1].group()))
                            or (appositive and _owned_then_named(named, pieces[-1].group(), known))):
        return None
    return start, pieces[-1].end() if appositive else end


#: A person's age set between commas after their name, before an appositive ("27" of "Ekwueme, 27, the world
#: champion, denied").
_AGE_PIECE = re.compile(r"\s*\d{1,3}\s*")
#: An aside between a subject and its verb that says whom the subject cites ("the Kessel Times, citing three people
#: familiar with the matter, reported"): no appositive of the subject, left out of it.
_CITING_ASIDE = re.compile(r",\s*(?:citing|quoting)\s[^,]*,\s*$")


#: Possessive pronouns that open a role before the name set after it ("Her label, Harbour Records, called").
_OWNING_PRONOUNS = frozenset("her his their its".split())


def _owned_then_named(words: list[str], appositive: str, known: Callable[[str], bool]) -> bool:
    """Whether ``words``, a subject, are a possessive pronoun and up to two lower-case words ("Her label", "His
    agent") and the ``appositive`` a comma sets after them names a body or person (see :func:`_names_someone`):
    "Her label, Harbour Records" names Harbour Records, whose role the pronoun's words give."""
    return (1 < len(words) <= 3 and words[0].lower() in _OWNING_PRONOUNS and all(w.islower() for w in words[1:])
            and _names_someone(appositive.strip(EDGE).split(), known))


def _surname_with_role(words: list[str], appositive: str) -> bool:
    """Whether ``words``, a subject, are one capitalised word that the ``appositive`` after it gives a person's role
    ("Toller" of "Toller, the minister, denied": see :func:`_apposed_role`), a person as a source so written is
    (see :meth:`SourceIndex._one_word_person`), though the document has not named them before."""
    word = words[0] if len(words) == 1 else ""
    return (word[:1].isupper() and not word.isupper() and word not in _NOT_A_NAME_START | _OPENERS
            and word.lower() not in _PRONOUNS and not _POSSESSIVE.search(word) and _apposed_role(appositive))


def _apposed_role(appositive: str) -> bool:
    """Whether ``appositive``, what a comma sets after a one-word name, is "the" or "a" and a person's role ("the
    chief executive", "the minister for health"), not a business's rank ("the market leader", see
    ``_RANKING_MODIFIERS``)."""
    apposed = appositive.strip(EDGE).lower()
    role = _ROLE_SERVES.split(apposed, 1)[0].split(" ")
    return (bool(_LEADING.match(apposed)) and role[-1] in PERSON_ROLES
            and not _RANKING_MODIFIERS.intersection(role[-2:-1]))


#: Nouns of a document that speaks with no article before it ("Records showed", "Minutes of the meeting showed").
_DOCUMENT_HEAD = re.compile(rf"(?:{_DOCUMENTS}|minutes|documents?|transcripts?|papers)", re.I)
#: What may follow "of" after a document's noun: a determiner or a possessive ("of the meeting", "of its board").
_DOCUMENT_OF = frozenset("the this its their his her".split())


def _names_document(words: list[str]) -> bool:
    """Whether ``words``, a sentence's subject, are a document's noun with up to two words before it and no article
    ("Records", "Court records", "Public police records"), "of" and a determiner perhaps after it ("Minutes of
    the meeting"): the document a finding is read in, which speaks as "The study" does. Not a quantifier before it
    ("Some records"), nor a pronoun, a figure or a clause's word."""
    lowered = [w.strip(EDGE).lower() for w in words]
    head = lowered[:lowered.index("of")] if "of" in lowered else lowered
    after = lowered[len(head) + 1:]
    if not 0 < len(head) <= 3 or len(lowered) > _SUBJECT_WORDS or (after[:1] and after[0] not in _DOCUMENT_OF):
        return False
    if "of" in lowered and not after:
        return False
    if (set(head) & (_PRONOUNS | _NO_ONE | {"a", "an", "the"}) or set(lowered) & _NOT_IN_SUBJECT
            or any(_FIGURE.fullmatch(w) for w in lowered)):
        return False
    return _DOCUMENT_HEAD.fullmatch(head[-1]) is not None


def _verb_of_subject(text: str, cue: re.Match[str]) -> bool:
    """Whether the ``cue`` found in ``text`` is a subject's verb: not a noun or participle ("claims were",
    "described in"), an accusing participle after a verb of being ("stands accused of": the subject is the accused,
    not the accuser), nor "deny" in its sense of withholding ("denied the ministry access")."""
    word = cue.group()
    if word in ("claim", "claims") and _noun_before(text[max(0, cue.start() - _WORD_BEFORE):cue.start()]):
        return False
    verb = word.rpartition(" ")[2]
    if any(re.fullmatch(verb_of, verb) and act.match(text, cue.end()) for verb_of, act in _ACTS_NOT_SPEECH):
        return False  # "The driver hailed a cab", "The families were saying goodbye": an act, not speech
    return not (_NOT_A_VERB_AFTER.match(text, cue.end())
                or (word.split()[0] in _PARTICIPLES and _PARTICIPLE_AFTER.match(text, cue.end()))
                or (word in _PASSIVE_PARTICIPLES and _BEING_BEFORE.search(text, max(0, cue.start() - 30), cue.start()))
                or accused_after(text, cue.start() - 1)  # "Dravonian minister accused of lying": the accused
                or (word.rpartition(" ")[2].startswith("den") and _WITHHELD.match(text, cue.end())))


#: Adverbs in -ly before "reported" or "reports", set aside to read the word before them ("the widely reported").
_ADVERBS_AT_END = re.compile(r"(?:\s+[a-z]+ly)+\s*$")
#: What follows "reports" or "reported" that makes it no subject's verb: "of", "from" or "about" after a noun ("Media
#: reports of a leak"), "reported to be" ("The mayor, reported to be furious"), or a participle set after its noun
#: ("Ten deaths reported by the ministry were", "Cases reported last week were"): "by" or a word of time or place,
#: then a verb of being or having before any comma, "that" or quotation mark.
_REPORT_NOT_VERB_AFTER = re.compile(
    r"\s+(?:(?:of|from|about)\b|to\s+(?:be|have)\b|"
    r"(?:by|since|last|earlier|this|on|in|at|during|over|before|after|from)\s+"
    r"(?:(?!that\b)[^\s,;:\"“”]+\s+){0,6}?(?:is|are|was|were|has|have|had)\b)")


def _no_report(text: str, cue: re.Match[str]) -> bool:
    """Whether the ``cue`` found in ``text`` is "reports" or "reported" that no subject reports by: a noun or an
    adjective after a determiner, an adjective or a possessive, adverbs perhaps between ("The reports said", "the
    reported talks", "The widely reported talks", "The firm's reported profits", "The ministry's reports say"), a
    passive after a verb of being ("Two men were reported missing"), or a noun or participle by what follows it
    (see ``_REPORT_NOT_VERB_AFTER``: "Media reports of a leak", "reported to be furious", "Ten deaths reported by
    the ministry were wrong"), so that the verb after it, if any, is read."""
    if cue.group() not in ("reports", "reported"):
        return False
    before = text[max(0, cue.start() - _WORD_BEFORE):cue.start()]
    adverbs = _ADVERBS_AT_END.search(before)
    bare = before[:adverbs.start()] if adverbs else before
    words = bare.split()
    return (_noun_before(bare.lower()) or _BEING_BEFORE.search(before) is not None
            or (bool(words) and _POSSESSIVE.search(words[-1]) is not None)
            or _REPORT_NOT_VERB_AFTER.match(text, cue.end()) is not None)


def _noun_before(before: str) -> bool:
    """Whether the lower-case word that ends ``before`` makes a "claims" after it a noun: a determiner or
    preposition ("the claims", "of claims") or an adjective ("false claims", "unfounded claims"), not a
    subject's head ("the ministry claims")."""
    words = before.split()
    last = words[-1] if words else ""
    return last.islower() and (last in _BEFORE_A_NOUN or bool(_ADJECTIVE_END.search(last)))


def _fits_before(pieces: list[re.Match[str]]) -> bool:
    """Whether the comma-separated ``pieces`` before a subject are an opener ("On Tuesday", "Asked about it")
    or what the subject says ("Shelf prices rose, the board said"), not names of a list whose last member
    the subject would be ("Acme, Globex and Initech denied"): each opens with an opener's word or holds a
    word in lower case."""
    def opens(words: list[str]) -> bool:
        first = words[0]
        return first in _NOT_A_NAME_START or first in _OPENERS or first.endswith(("ly", "ing"))

    return all((words := p.group().split()) and (opens(words) or any(w[:1].islower() for w in words))
               for p in pieces)


def _ends_a_list(before: list[re.Match[str]], subject: str, known: Callable[[str], bool]) -> bool:
    """Whether ``subject``, joined by "and" or "or", is the last members of a list whose first member is the
    comma-separated piece ``before`` it ("The ministry, the police and the army denied"): the subject would
    drop it."""
    return (bool(before) and bool(_LIST_JOINER.search(subject))
            and _names_someone(before[-1].group().split(), known))


def _names_someone(words: list[str], known: Callable[[str], bool]) -> bool:
    """Whether ``words``, a sentence's subject, name a definite or named body or person (see
    :func:`subject_before_cue`)."""
    lowered = [w.lower() for w in words]
    if not 0 < len(words) <= _SUBJECT_WORDS or lowered[0] in _PRONOUNS:
        return False
    if lowered[0] in _NO_ONE and not _people_at_named_body(words):
        return False
    outside = {word for k, word in enumerate(lowered) if not _in_paper_name(words, k)}
    if _NOT_IN_SUBJECT & outside or lowered[-1] in _SUBJECT_JOINERS or _POSSESSIVE.search(words[-1]):
        return False
    if any(word.endswith(("n't", "n’t")) for word in lowered):
        return False  # "The report doesn't say": a verb negated, as "does not" is (see _CLAUSE_WORDS), no name's word
    if any(_FIGURE.fullmatch(word.strip(EDGE)) and not _NAMED_NUMBER.fullmatch(" ".join(words[max(0, k - 1):k + 2]))
           for k, word in enumerate(words)) or _verb_like(words):
        return False  # a clause or a noun phrase with a figure ("PolitiFact rated 32% of Republican"), no one
    if lowered[0] == "the" or _dated_document(words):
        return len(words) > 1
    if lowered[0] in ("a", "an"):
        head = list(dropwhile(lambda w: w not in _SUBJECT_JOINERS, lowered[1:]))  # the words from a joiner on
        described = lowered[1:len(lowered) - len(head)]
        return (any(_is_role(_POSSESSIVE.sub("", w)) for w in described) or _described_court(described)
                or _tied_outlet(words[1:]))
    if not words[0][:1].isupper() or words[0] in _NOT_A_NAME_START or words[0] in _CASE_PUT:
        return False
    if len(words) == 1:
        word = _POSSESSIVE.sub("", words[0])
        return (known(word) or any(ch.isupper() for ch in word[1:]) or word in _COUNTRIES
                or _without_accents(word.lower()) in _SEATS)
    capitalised = sum(w[:1].isupper() or w.isdigit() for w in words)  # a number here is a name's ("Channel 9")
    return (capitalised >= 2 or any(_is_role(_POSSESSIVE.sub("", w)) for w in lowered[1:])
            or (_POSSESSIVE.search(words[0]) is not None and capitalised == 1 and lowered[-1] in BODY_NOUNS
                and _POSSESSIVE.sub("", words[0]) not in _NOT_AN_OWNER))


#: The people of a weasel word that a body's name after "at" makes named ("Analysts at Dunmore Securities").
_PEOPLE_AT_BODY = frozenset("analysts experts".split())


def _people_at_named_body(words: list[str]) -> bool:
    """Whether the subject ``words`` are analysts or experts at a body named in capitals, "the" perhaps before it
    ("Analysts at Dunmore Securities", "Experts at the Kessel Institute"): the body's people, no weasel wording
    ("Analysts said", "Analysts at the time said" name no one)."""
    named = words[3:4] if len(words) > 3 and words[2] == "the" else words[2:3]
    return (len(words) > 2 and words[0].lower() in _PEOPLE_AT_BODY and words[1] == "at"
            and bool(named) and named[0][:1].isupper())


#: A day's or a month's possessive ("Thursday's", "March's"), as a key, and a document's noun after it.
_DAY_POSSESSIVE = re.compile(rf"(?:{_WEEKDAYS}|{_MONTHS}|today|yesterday)['’]s")
_DOCUMENT_NOUN = re.compile(_DOCUMENTS)


def _dated_document(words: list[str]) -> bool:
    """Whether the subject ``words`` are a document named by the day or month it came out, as "the" would name it:
    a day's or month's possessive, then the document's noun ("Thursday's memo from the panel", "Monday's report";
    not "Monday's cabinet", a body the day does not name)."""
    return (len(words) > 1 and _DAY_POSSESSIVE.fullmatch(words[0].lower()) is not None
            and _DOCUMENT_NOUN.fullmatch(words[1].lower()) is not None)


def _in_paper_name(words: list[str], k: int) -> bool:
    """Whether the word at ``k`` of ``words``, a subject's, is capitalised inside a newspaper's name, capitalised
    words after it to a masthead's word that ends the subject ("The Evening Post", "The Tarnside Morning Herald",
    "The Sunday Ledger"): a word of time there ("Evening", "Sunday") is the name's, no time the subject was said."""
    after = words[k + 1:]
    return (words[k][:1].isupper() and bool(after) and all(word[:1].isupper() for word in after)
            and _POSSESSIVE.sub("", after[-1]).lower() in _PAPER_NAME_WORDS)


#: A number of up to three digits that is part of a name, between capitalised words or ending them after one: a
#: broadcaster's channel ("Channel 9 News", "Fox 5"), not a figure a clause counts ("rated 32%").
_NAMED_NUMBER = re.compile(r"[A-Z][\w'’.&-]* \d{1,3}(?: [A-Z][\w'’.&-]*)?")


#: Outlets that speak by posting ("A Telegram channel linked to the Vosk group said"), and the words that tie one
#: to the body it is said to speak for (see :func:`_tied_outlet`).
_OUTLETS = frozenset("channel account page outlet website site blog feed newspaper broadcaster".split())
_TIES = frozenset("linked tied affiliated connected close loyal allied run backed owned controlled".split())


def _tied_outlet(words: list[str]) -> bool:
    """Whether ``words``, a subject's after "a" or "an", are an outlet within their first three words, a word that
    ties it to a body and "to", "with" or "by" ("Telegram channel linked to", "news website run by"; see
    ``_OUTLETS``, ``_TIES``), then that body named with a capital ("the Vosk group", "Halvex"): an outlet told apart
    by whom it speaks for, which says what it posts ("A Telegram channel linked to the Vosk group said"); an outlet
    alone ("A Telegram channel said") is no one."""
    lowered = [word.lower() for word in words]
    return any(word in _OUTLETS and lowered[k + 1] in _TIES and lowered[k + 2] in ("to", "with", "by")
               and any(later[:1].isupper() for later in words[k + 3:]) for k, word in enumerate(lowered[:3])
               if k + 2 < len(lowered))


def _described_court(words: list[str]) -> bool:
    """Whether the lower-case ``words`` after "a" or "an" are a court's word with a number or an adjective before
    it ("three-judge panel", "federal appeals court", "divided bench"): a court so told apart is the one that
    ruled, where "a jury" alone names none."""
    return len(words) >= 2 and words[-1] in _COURT_WORDS and not _NO_COURT_WORDS & set(words)


def _verb_like(words: list[str]) -> bool:
    """Whether ``words`` hold a lower-case word in "-ed" just after a name, a verb of a clause ("PolitiFact
    rated ...", "Acme denied ..."), not an adjective after an article ("A retired judge")."""
    return any(word.islower() and word.endswith("ed") and before[:1].isupper()
               and before.lower() not in ("the", "a", "an") for before, word in zip(words, words[1:]))


def _is_role(word: str) -> bool:
    """Whether the lower-case ``word`` is a person's role, singular or plural ("spokeswoman", "officials")."""
    return (bool(re.fullmatch(r"spokes(?:man|woman|person|men|women|people)", word)) or word in PERSON_ROLES
            or word.removesuffix("s") in PERSON_ROLES)


#: A word of a name after an inverted cue: capitalised, a title's full stop allowed ("Mr. Haddad"; not the
#: sentence's last full stop).
_NAME_AFTER_CUE_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\.(?=\s))?"
#: An inverted cue, after a comma or a closing quotation mark, and a name of two or more capitalised words
#: just after it (group 1): "The report was false, said Karim Haddad", '"It is a lie," says Defence Minister
#: Olga Petrenko'. What follows the name ends the clause: a mark, the sentence's end or a word of where, when
#: or whose ("said Mr. Haddad in a statement"); after an appositive "said Mr. Trump was" is what was said.
_NAME_AFTER_CUE = re.compile(rf"(?:,(?:\s*[”\"’'])?|[”\"])\s*(?:said|says|added|adds)\s+"
                             rf"({_NAME_AFTER_CUE_WORD}(?:\s+{_NAME_PARTICLE_RUN}{_NAME_AFTER_CUE_WORD})+)"
                             r"(?=\s*(?:[,.;:!?()–—-]|$)|\s+(?:in|on|at|of|for|from|who|during|after|before|last|"
                             r"this|yesterday|today|earlier)\b)")


def name_after_cue(text: str) -> tuple[int, int] | None:
    """Where in the sentence ``text`` the name after an inverted cue stands ("The report was false, said Karim
    Haddad, a ministry spokesman": "Karim Haddad"), for a sentence whose speaker comes after its verb: two or more
    capitalised words, a title's among them ("Mr. Haddad"), just after "said", "says", "added" or "adds" that
    follow a comma or a closing quotation mark. ``None`` for anything else, and for a possessive ("said
    President Roe's spokeswoman": the name is not the speaker)."""
    found = _NAME_AFTER_CUE.search(text)
    if not found or _POSSESSIVE.search(found.group(1)):
        return None
    return found.span(1)


#: An inverted cue, after a comma or a closing quotation mark, and a description with "the" just after it (group
#: "description"), up to four words: '"We will rebuild the pier," said the 43-year-old.', "..., said the fisherman,
#: who ...". What follows it ends the clause: a mark, the end or "who"; after a quotation a word of where, when or
#: whose too ('"...," said the mayor of Kessel', as after a name: see ``_NAME_AFTER_CUE``), not after a plain comma,
#: which may close an appositive before the subject's own verb ("Ana Roe, a spokeswoman, said the former secretary
#: of state knew").
_DESCRIPTION_AFTER_CUE = re.compile(r"(?:(?P<quoted>[,?!…]\s*[”\"’']|[”\"])|,)\s*(?:said|says|added|adds)\s+"
                                    r"(?P<description>[Tt]he\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)"
                                    r"(?=\s*(?:[,.;:!?()–—-]|$)|\s+who\b|(?(quoted)\s+(?:in|on|at|of|for|from|"
                                    r"during|after|before|last|this|yesterday|today|earlier)\b|(?!)))")


def description_after_cue(text: str) -> tuple[int, int] | None:
    """Where in the sentence ``text`` a description with "the" after an inverted cue stands, the speaker of a
    sentence written so ('"We will rebuild the pier," said the 43-year-old.': "the 43-year-old"; "..., says the
    fisherman"; see ``_DESCRIPTION_AFTER_CUE``), as :func:`name_after_cue` finds a name there: its last word a
    person's or a body's (an age, a nationality, a role, a trade, a private person's noun: "the man", "the
    driver", "the police", "the ministry"), so that the one it describes is credited (see
    :meth:`SourceIndex._person_so_called`: "Dorsey Kell, 43," before), else the description itself, and never the
    speaker before; with the name a comma sets after it, up to a mark ("said the firm's chief executive, Ana
    Roe."), so that the name is credited; so too a person's role with the name after it, a comma between or not, what
    the role serves perhaps after it (see ``_ROLE_NAMED_AFTER_CUE``: "said the firm's chief executive Ana Roe.",
    "said the Democratic leader of the Senate, Justin Alfond."). ``None`` for anything else: what an appositive's
    speaker said ("Roe, the owner, said the deal was off", "A witness, a nurse, said the driver, who fled, was
    drunk": after a plain comma that an earlier one may pair, see ``_ENDS_CLAUSE``), a possessive ("said the
    mayor's"), words that describe no one ("said the plan")."""
    named = _ROLE_NAMED_AFTER_CUE.search(text)
    if (named is not None and named.group("role") in PERSON_ROLES and _personal_name(named.group("name").split())
            and not (named.group("served") and _is_role(named.group("description").rpartition(" ")[2]))):
        return named.start("description"), named.end("name")  # not "the spokesman for the mayor, Tom Vell"
    found = _DESCRIPTION_AFTER_CUE.search(text)
    if found is None or not _describes_speaker(found.group("description").rpartition(" ")[2].lower()):
        return None
    named = _NAME_SET_AFTER.match(text, found.end("description"))
    end = named.end(1) if named else found.end("description")
    if found.group("quoted") is None and "," in text[:found.start()] and not _ENDS_CLAUSE.fullmatch(
            text[end:].rstrip(_CLOSING_TAIL)):
        return None  # "A witness, a nurse, said the driver, who fled, was drunk.": the appositive's speaker said it
    return found.start("description"), end


#: What may follow an inverted description after a plain comma when an earlier comma may have closed an appositive
#: before the cue (see :func:`description_after_cue`): nothing but closing marks, or a "who" clause to the end
#: ("The pier, built in 1902, is sound, said the engineer, who inspected it."), never more of the sentence ("A
#: witness, a nurse, said the driver, who fled, was drunk.", where the driver is whom she spoke of).
_ENDS_CLAUSE = re.compile(r"(?:,?\s+who\b[^,;:()\[\]–—]*)?")
#: Blanks and marks that may close a sentence after its last word.
_CLOSING_TAIL = " \t.!?…\"”’')]"


#: A name of two or more capitalised words that a comma sets after a description, up to a mark or the end: ", Ana
#: Roe." of "said the firm's chief executive, Ana Roe." (see :func:`description_after_cue`); an initial's full stop
#: ends none ("James E. Clyburn").
_NAME_SET_AFTER = re.compile(rf",\s+({_NAME_AFTER_CUE_WORD}(?:\s+{_NAME_PARTICLE_RUN}{_NAME_AFTER_CUE_WORD})+)"
                             r"(?=\s*(?:[,;:!?()–—]|\.(?!\s+[A-Z])|$))")


#: An inverted cue as for ``_DESCRIPTION_AFTER_CUE``, a description with "the" whose last word (group "role") may be a
#: person's role, perhaps what it serves after "of", "for" or "at" up to a comma (group "served"; no other role: the
#: name after "the spokesman for the mayor" may be the mayor's), then a personal name (group "name"),
#: a comma before it or not, up to a mark, the end or a word of where, when or who: "said the firm's chief executive
#: Ana Roe.", "said the Democratic leader of the Senate, Justin Alfond, on Tuesday." (see
#: :func:`description_after_cue`).
_ROLE_NAMED_AFTER_CUE = re.compile(
    r"(?:[,?!…]\s*[”\"’']|[”\"]|,)\s*(?:said|says|added|adds)\s+"
    r"(?P<description>[Tt]he\s+(?:[\w'’-]+\s+){0,3}?(?P<role>[a-z][\w'’-]*)"
    r"(?P<served>\s+(?:of|for|at)\s+(?:[\w'’.&-]+\s+){0,4}?[\w'’.&-]+(?=,))?)"
    rf",?\s+(?P<name>{_NAME_AFTER_CUE_WORD}(?:\s+{_NAME_PARTICLE_RUN}{_NAME_AFTER_CUE_WORD}){{1,3}})"
    r"(?=\s*(?:[,;:!?()–—]|\.(?!\s+[A-Z])|$)|\s+(?:in|on|at|of|for|from|who|during|after|before|last|this|"
    r"yesterday|today|earlier)\b)")


def _describes_speaker(word: str) -> bool:
    """Whether the lower-case ``word`` heads a description of a person or a body that speaks ("43-year-old",
    "croatian", "fisherman", "spokeswoman", "lawyer", "driver", "police", "ministry", "carmaker")."""
    return (_AGE_ALONE.fullmatch(word) is not None or _nationality(word) or _DEMONYM.fullmatch(word) is not None
            or _is_role(word) or word in _TRADES or word in _PRIVATE_PERSONS or word in NAMELESS_NOUNS
            or word in BODY_NOUNS or _trade_head(word) or word in _ROLE_SYNONYMS)


#: "according to" and what it credits (group 1), up to a mark: "According to the indictment, ...", "..., according
#: to court filings."
_ACCORDING_TO = re.compile(r"(?<![\w'’-])according\s+to\s+([^,;:!?()\"“”–—]+)", re.I)
#: What may stand before "according to" that opens a sentence ("But according to police, ..."), and the mark that
#: must then close its source: before the clause it opens, a source runs to a comma or the like, as "According to
#: police the man fled" shows no end to it.
_OPENS_SENTENCE = re.compile(r"[\s\"“'‘]*(?:(?:but|and|yet|so)\s+)?", re.I)
#: "Per" as "according to" is written, and what it credits (group 1): opening the sentence ("Per the state lab,
#: ...") or after a comma (", per the agency."), before an article, a possessive pronoun ("per his lawyer": a source
#: before a role only, see :func:`source_according_to`) or a capitalised word, never a rate's "per" ("5 per cent",
#: "$40 per person").
_PER = re.compile(r"(?:^[\s\"“'‘]*(?:(?:but|and|yet|so)\s+)?|(?<=,)\s+)per\s+"
                  r"((?:the|an?|his|her|its|their)\s[^,;:!?()\"“”–—]+|(?-i:[A-Z])[^,;:!?()\"“”–—]*)", re.I)
_SOURCE_CLOSED = re.compile(r"[,;:(–—]")
#: Head nouns after "according to" that make it a manner, not a source: "went according to plan", "according to
#: the rules", "distributed according to need", "sorted according to size", "acted according to orders".
_NO_SOURCE_WORDS = frozenset("""plan plans schedule script rules law laws tradition custom terms need needs size
    region orders instructions taste age height weight type category rank seniority merit ability income
    preference demand""".split())
#: Articles and demonstratives, one of which after the source's first words opens what follows ("according to
#: officials the deal is off", "according to police this week"), unless a joiner or a preposition stands before it ("the Ministry of
#: the Interior", "documents seen by the BBC", "a source inside the White House", "a lawsuit filed against the
#: company").
_DETERMINERS = frozenset("the a an this these those".split())
_BEFORE_ARTICLE = _SUBJECT_JOINERS | frozenset("""by about within near over inside outside against across among
    amongst under behind around between through throughout during into onto upon toward towards beyond beside
    alongside via without despite including filed seen obtained released published cited""".split())
#: Possessive pronouns that open a source before a person's role ("according to her lawyer").
_POSSESSIVE_PRONOUNS = frozenset("his her its their".split())


def source_according_to(text: str) -> tuple[int, int] | None:
    """Where in the sentence ``text`` the source after "according to" stands ("According to the indictment,
    Greaves ran a sham company": "the indictment"; "..., according to court filings"), or after "per" where it is
    written so ("Per the state lab, ...", "..., per the agency": see ``_PER``), up to a mark, the
    sentence's end, a clause's word ("according to a clerk who ...") or an article after its first words
    ("according to officials the deal ..."): up to eight words, neither a pronoun ("according to him": the
    pronoun rules read it; "her lawyer", a role, is a source), a figure, nor a manner: a head noun of a plan, a
    rule or a measure ("according to plan", "the rules of the game", "according to need", "size", "orders").
    Where the phrase opens the sentence, its source must end at a comma or the like ("According to police the
    man fled" is ``None``). ``None`` for anything else."""
    found = _ACCORDING_TO.search(text) or _PER.search(text)
    if not found or (_OPENS_SENTENCE.fullmatch(text, 0, found.start())
                     and not _SOURCE_CLOSED.match(text, found.end())):
        return None
    words: list[re.Match[str]] = []
    for word in re.finditer(r"[^\s.]\S*", found.group(1).rstrip(EDGE)):
        lowered = word.group().lower()
        if lowered in _NOT_IN_SUBJECT or (words and lowered in _DETERMINERS
                                          and words[-1].group().lower() not in _BEFORE_ARTICLE):
            break
        words.append(word)
    while words and words[-1].group().lower() in _SUBJECT_JOINERS:
        words.pop()
    written = [word.group().lower() for word in words]
    if not 0 < len(written) <= _SUBJECT_WORDS or any(_FIGURE.fullmatch(word.strip(EDGE)) for word in written):
        return None
    role = len(written) > 1 and written[0] in _POSSESSIVE_PRONOUNS and _is_role(written[1])
    head = next((before for before, after in zip(written, written[1:]) if after in _NAME_JOINERS), written[-1])
    if (written[0] in _PRONOUNS and not role) or head in _NO_SOURCE_WORDS:
        return None
    return found.start(1), found.start(1) + words[-1].end()


#: A name of capitalised words, joiners allowed between ("Bank of Halden", "Baywater Holdings"), and the comma that
#: sets a description of it apart after it (see :func:`name_before_description`). No match opens just after a stop:
#: "J.R. Ewing" opens at "J", and a run of initials ("A.A.A. ...") is not read to its end from each one (quadratic).
_NAME_BEFORE_COMMA = re.compile(rf"(?<![\w'’.-])([A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|de|&)\s+)?(?:(?:{_GLUED})-)?"
                                rf"[A-Z][\w'’.&-]*){{0,5}}),\s*$")
#: What may stand before that name: a comma closing an opener or a name before ("On Monday, "), "according to", or a
#: word opening a clause whose subject the name is ("after Grayfin Research, a short seller, accused it").
_BEFORE_NAME = re.compile(r"(?:,|(?<![\w'’-])(?:according\s+to|after|before|when|while|as|because|since|until|once|"
                          r"though|although))\s*$", re.I)


def name_before_description(before: str, known: Callable[[str], bool] = lambda word: False) -> int | None:
    """Where in ``before``, a sentence's text up to a description set apart after a name, that name starts:
    "Baywater Holdings" for "the developer" of "Baywater Holdings, the developer, said", "Ruth Okafor" for "the
    union's treasurer" of "On Monday, Ruth Okafor, the union's treasurer, said" or "according to Ruth Okafor, ...".
    The name opens the sentence (a conjunction or quotation mark before it allowed) or follows a comma,
    "according to" or a word opening a clause ("after", "when", "because": "after Grayfin Research, a short seller,
    accused it"); it is two or more capitalised words (a family name glued to its particle in lower case
    counts: "Layla el-Sayed"), none an opener's or a date's ("On Tuesday", "Meanwhile"),
    or one the text has named (``known``); ``None`` for anything else."""
    found = _NAME_BEFORE_COMMA.search(before)
    if found is None:
        return None
    lead = before[:found.start()]
    words = found.group(1).split()
    if not (_OPENS_SENTENCE.fullmatch(lead) or _BEFORE_NAME.search(lead)):
        return None
    if any(word in _NOT_A_NAME_START or word in _OPENERS for word in words):
        return None
    capitalised = [word for word in words if word[:1].isupper() or _GLUED_PARTICLE.match(word)]  # "el-Sayed" too
    return found.start() if len(capitalised) > 1 or known(words[0]) else None


#: A quotation closed after its last words' comma or mark, then the speaker before a speech verb, no comma between
#: (group 1): '"No such offices exist," Koller said', '"Why now?" the ministry asked', and in single marks, as
#: British copy has them ("'It is a disgrace,' she said": after a comma or mark, ' closes a quotation); a liveblog's
#: speaker heard from the touchline too ('"That's never a booking," Keller was heard shouting', "can be heard
#: yelling").
_SPEAKER_AFTER_QUOTE = re.compile(r"[,?!…]\s*[”\"’']\s+((?:[^\s,\"“”]+\s+){1,%d}?)(?:said|says|added|adds|told|"
                                  r"tells|asked|asks|insisted|insists|wrote|writes|countered|replied|replies|"
                                  r"explained|explains|noted|notes|warned|warns|stated|states|recalled|recalls|"
                                  r"continued|continues|denied|denies|"
                                  r"(?:is|was|were|are|can\s+be|could\s+be)\s+heard\s+(?:shouting|yelling|screaming|"
                                  r"saying|telling))\b" % _SUBJECT_WORDS)


def speaker_after_quote(text: str, known: Callable[[str], bool] = lambda word: False) -> tuple[int, int] | None:
    """Where in the sentence ``text`` the speaker of a quotation stands when written after it, before a speech
    verb ('"No such offices exist," Koller said': "Koller"; '"...," the ministry said', '"...," she said'): a
    subject as :func:`subject_before_cue` takes one, though a name of one capitalised word (the quotation's
    frame is no place for a capitalised common word) unless it ends in "s" as a plural does ('"...," Residents
    said'), which ``known(word)`` must then say the document has named ("Jones" after "Ada Jones"), or "he" or
    "she", whom the profile resolves as it does elsewhere; an adverb before the verb is left out ('"...," Koller
    also said'). ``None`` for anything else: weasel wording ('"...," critics said'), "it", "they", an appositive
    ('"...," Koller, a lawyer, said': not read), a list ('"...," Smith and Jones said', "the police and the
    army"; "the Ministry of Trade and Industry" is a name)."""
    found = _SPEAKER_AFTER_QUOTE.search(text)
    if not found:
        return None
    modifiers = _BEFORE_CUE.search(found.group(1))  # "Mr. Perry also said": not "also"
    head = found.group(1)[:modifiers.start()] if modifiers else found.group(1)
    start, end = found.start(1), found.start(1) + len(head.rstrip())
    words = text[start:end].split()
    if words in (["he"], ["she"]):
        return start, end
    joined = _LIST_JOINER.search(text, start, end)
    if joined and not _NAME_JOINERS & set(text[start:joined.start()].lower().split()) and _names_someone(
            text[joined.end():end].split(), lambda word: True):
        return None  # the last of a list: "Smith and Jones", "the police and the army"
    if _names_someone(words, lambda word: known(word) or not word.endswith("s")):
        return start, end
    return None


#: The last words of a title or role that a name may follow ("County Commissioner", "The President").
_TITLE_ROLES = PERSON_ROLES | _TITLE_NOUNS
#: The words just after a source span, one to four, each cut before a comma, stop or bracket: where a name may be.
_WORDS_AFTER_SPAN = re.compile(r"[ \t]+([^\s,;:()\[\]\"“”]+)")


#: The rest of a body's name after a span cut inside it: up to three capitalised words, the last one that ends a
#: body's or a business's name ("Property Group" after "The landlord, Castell", "Harbour Trust"), then a mark, a
#: lower-case word or the end.
_BODY_NAME_AFTER = re.compile(r"(?:\s+[A-Z][\w'’&-]*){0,2}\s+([A-Z][\w'’&-]*)(?=[,.;:!?)]|\s+[a-z]|\s*$)")


def body_name_after(span: str, after: str) -> int:
    """How far past a source span ending in a capitalised word the body's name it is cut inside goes on, in
    characters of ``after`` (the sentence just after the span): "The landlord, Castell" before " Property Group, has
    raised the rent" reaches over " Property Group" (15), so that the body is named once, not also as "Castell". 0
    when no such name goes on, or in a headline in title case, whose capitals say nothing."""
    words = span.strip(EDGE).split()
    if not words or not words[-1][:1].isupper() or words[-1].isupper():
        return 0
    found = _BODY_NAME_AFTER.match(after)
    if found is None or title_case(span + after):
        return 0
    last = found.group(1)
    named = last in _INSTITUTIONS or last.lower() in _BUSINESS_NAME_ENDS or _LEGAL_FORM_END.search(" " + last)
    return found.end() if named else 0


def self_name_after(span: str, text: str, start: int, after: str) -> int:
    """How far past a source span the name it stops short of reaches, where the source says what it calls itself
    after the span, in characters of ``after`` (the sentence just after it; ``text[:start]``, the sentence before
    it): " calling itself BlackHarbor" after "A group" of "A group calling itself BlackHarbor claimed ...",
    " BlackHarbor" after "itself" (of a sentence's "calling itself") or after "A group calling itself", so that the
    name it goes by is credited (see :func:`display_source`), not the pronoun or a piece. 0 for any other span, and
    before a name in lower case ("calling himself a prophet")."""
    words = span.strip(EDGE)
    if _REFLEXIVE.fullmatch(words):
        calling = search_before_space(_ENDS_CALLING, text, start, len("calling")) is not None
    else:
        calling = _ENDS_CALLING_SELF.search(" ".join(words.rsplit(None, 4)[-4:])) is not None
    found = (_NAME_AFTER_SELF if calling else _SELF_NAME_AFTER).match(after)
    return found.end() if found else 0


def name_after_title(span: str, after: str) -> int:
    """How far past a source span that holds a title or role alone the name it stops short of reaches, in
    characters of ``after`` (the sentence just after the span): "County Commissioner" before " Alan Pike
    approved the deal" reaches over " Alan Pike" (10). 0 when the span is not a capitalised title or role
    ("County Commissioner", "The President"), or no personal name follows it at once (a weekday, a place's
    or firm's word, a possessive: "President Roe's office"), or the sentence is a headline in title case,
    whose capitals say nothing ("Retired General Reveals ..."). A span that ends in an abbreviated title or
    honorific reaches over its full stop too ("Communications Secretary Atty" before ". Cesar Dizon said")."""
    words = span.strip(EDGE).split()
    if not words or not all(w[:1].isupper() for w in words):  # the cheap checks first: this runs on every span
        return 0
    titled = words[-1].lower().rstrip(".") not in _TITLE_ROLES and _TITLE.match(words[-1] + after) is not None
    if (words[-1].lower().rstrip(".") not in _TITLE_ROLES and not titled) or title_case(span + after):
        return 0
    found: list[re.Match[str]] = []
    pos = 1 if titled and after.startswith(".") else 0
    while len(found) < _NAME_WORDS and (word := _WORDS_AFTER_SPAN.match(after, pos)):
        found.append(word)
        pos = word.end()
    names = [w.group(1).rstrip(".!?") for w in found]
    for count in range(len(names), 0, -1):
        name = names[:count]
        if (_is_name(name) and not _POSSESSIVE.search(name[-1]) and text_key(name[-1]) not in _WHEN_WORDS
                and (count == len(names) or not names[count][:1].isupper())):
            return found[count - 1].start(1) + len(name[-1])
    return 0


#: A role written in lower case ending a source span's words before what it serves ("the firm's chief executive",
#: "the Democratic leader" of "the Democratic leader of the Senate"; group 1 is the role's word), a span's words up
#: to its first word of what the role serves (see ``_SERVED_PART``).
_ROLE_IN_LOWER_CASE = re.compile(r"(?:[\w'’.&-]+\s+){0,5}?([a-z][\w'’-]*)")
_SERVED_PART = re.compile(r"\s+(?:of|for|at|to|in|with|from)\s")
#: A personal name after such a span, a comma before it or not (group 1), that ends the speaker's words: a mark but a
#: comma opening a list's next member (", and"), the end, or a cue or a word of where, when or who after it (", Justin
#: Alfond." of "said the Democratic leader of the Senate, Justin Alfond.", " Ana Roe said").
_PERSON_AFTER_ROLE = re.compile(
    rf",?[^\S\r\n]+({_NAME_AFTER_CUE_WORD}(?:[^\S\r\n]+{_NAME_PARTICLE_RUN}{_NAME_AFTER_CUE_WORD}){{1,3}})"
    r"(?=\s*(?:[;:!?()–—]|,(?!\s*(?:and|or)\b)|\.(?!\s+[A-Z])|$)|\s+(?:said|says|told|tells|added|adds|wrote|"
    r"writes|denied|denies|insisted|insists|argued|argues|warned|warns|in|on|at|who|during|last|this|yesterday|"
    r"today|earlier)\b)")


def name_after_role(span: str, after: str) -> int:
    """How far past a source span that holds a person's role in lower case, and no name, the personal name set after
    it reaches, in characters of ``after`` (the sentence just after the span): "the firm's chief executive" before
    " Ana Roe said" reaches over " Ana Roe", and "the Democratic leader of the Senate" before ", Justin Alfond." over
    ", Justin Alfond", so that the person is credited, not their role. The role is the last word before the span's
    first "of", "for", "at", "to", "in", "with" or "from", in lower case, one person's (see ``PERSON_ROLES``); the
    name two to four capitalised words, a known given name first or none of a firm's or body's words (see
    :func:`_personal_name`), ending the speaker's words (see ``_PERSON_AFTER_ROLE``: not "the mayor, Tom Vell and
    Ana Ruiz", a list). 0 for anything else, for a role serving another role ("an aide to the mayor, Tom Vell": the
    name may be the mayor's), and in a headline in title case."""
    words = span.strip(EDGE)
    if not words or not after[:2].lstrip(",")[:1].isspace():
        return 0
    served = _SERVED_PART.search(words)
    role = _ROLE_IN_LOWER_CASE.fullmatch(words[:served.start()] if served else words)
    if role is None or role.group(1) not in PERSON_ROLES or title_case(span + after):
        return 0
    if served and _is_role(words.rpartition(" ")[2]):
        return 0  # "an aide to the mayor, Tom Vell": the name may be the mayor's
    found = _PERSON_AFTER_ROLE.match(after)
    if found is None or not _personal_name(found.group(1).split()):
        return 0
    return found.end(1)


#: A word of a name as an interview's headline or introduction writes it: capitalised ("Jane", "O'Neill", "Sen.").
_INTRO_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
#: A role in lower case before the name of whom an interview is with, perhaps after "the" and the capitalised name of
#: what they serve, perhaps with a comma: "Aquavance chief executive " of "Q&A with Aquavance chief executive Jane
#: Roe", "the finance minister, " of "An interview with the finance minister, Jane Roe"; a specialist's calling
#: ending in "-ist" or "-ian" counts as a role ("immunologist " of "A conversation with immunologist Leila Haddad").
_INTERVIEWEE_ROLE = (r"(?:(?:the|our|its)[^\S\r\n]+)?(?:[A-Z][\w'’.&-]*[^\S\r\n]+){0,3}"
                     r"(?:[a-z][\w'’-]*[^\S\r\n]+){0,3}"
                     rf"(?:{'|'.join(sorted(PERSON_ROLES, key=len, reverse=True))}|[a-z]{{3,}}(?:ist|ian)),?"
                     r"[^\S\r\n]+(?=[A-Z])")
#: A writer named by their calling and name, who talks to the one an interview is with: "Science writer Hal
#: Dorrington" of "Science writer Hal Dorrington spoke with Dr. Imelda Sorrentine".
_WRITER_NAMED = (r"(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Cc]olumnist|[Jj]ournalist|[Cc]ontributor)"
                 rf"[^\S\r\n]+{_INTRO_NAME_WORD}(?:[^\S\r\n]+{_INTRO_NAME_WORD}){{1,3}}")
#: Who an interview is with, as its headline or introduction says: "Q&A with Jane Roe", "Q&A: Jane Roe on ...",
#: "An interview with Finance Minister Jane Roe", "In conversation with Jane Roe", "We sat down with Jane Roe",
#: "Science writer Hal Dorrington spoke with Jane Roe" (see ``_WRITER_NAMED``); and
#: whom a court transcript's examination questions: "Cross-examination of Ana Ruiz", "Direct examination of Dr. Ana
#: Ruiz", "EXAMINATION OF ANA RUIZ".
_INTERVIEWEE = re.compile(
    r"(?:\bQ\s?&\s?A|\bQ\s+and\s+A|\b[Ii]nterview|\bINTERVIEW|\b[Cc]onversation|\bCONVERSATION|\bsat\s+down"
    r"|\b(?:[Ww]e|I)\s+(?:spoke|talked)(?=\s+(?:to|with)\b)"
    rf"|\b{_WRITER_NAMED}[^\S\r\n]+(?:spoke|talked)(?=[^\S\r\n]+(?:to|with)\b)"
    r"|\b(?:(?:[Cc]ross|[Dd]irect|[Rr]edirect|[Rr]ecross)[- ])?(?:[Ee]xamination|EXAMINATION)(?=[^\S\r\n]+(?:of|OF)\b))"
    r"[^\S\r\n]*(?P<joint>with|WITH|(?<=spoke[^\S\r\n])to|(?<=talked[^\S\r\n])to"
    r"|(?:(?<=[Ee]xamination[^\S\r\n])|(?<=EXAMINATION[^\S\r\n]))(?:of|OF)|:|[-–—])[^\S\r\n]+"
    rf"(?:{_INTERVIEWEE_ROLE})?"
    rf"(?P<name>{_INTRO_NAME_WORD}(?:[^\S\r\n]+{_NAME_PARTICLE_RUN}{_INTRO_NAME_WORD}){{1,5}})")
#: An interview's introduction naming whom it is with by a pronoun: "Science writer Hal Dorrington spoke with her",
#: "We spoke to him", "We sat down with her" (group "pronoun"), someone named before it (see :func:`_person_before`).
_INTERVIEWEE_PRONOUN = re.compile(
    rf"(?:\bsat|\b(?:[Ww]e|I)[^\S\r\n]+(?:spoke|talked)|\b{_WRITER_NAMED}[^\S\r\n]+(?:spoke|talked))"
    r"[^\S\r\n]+(?:(?<=sat[^\S\r\n])down[^\S\r\n]+with|(?<!sat[^\S\r\n])(?:with|to))[^\S\r\n]+"
    r"(?P<pronoun>her|him)\b")
#: Who an interview is with, as a headline or an introduction opening a line names them before the verb of talking to
#: the interviewer: "Leila Haddad talks to Nina Obi about allergies", "Dr. Leila Haddad speaks with the Herald".
_TALKS_TO = re.compile(
    rf"^[^\S\r\n]*(?P<name>{_INTRO_NAME_WORD}(?:[^\S\r\n]+{_NAME_PARTICLE_RUN}{_INTRO_NAME_WORD}){{1,5}})"
    r"(?=[^\S\r\n]+(?P<joint>talks|speaks|chats)[^\S\r\n]+(?:to|with)\b)", re.MULTILINE)
#: A briefing's or press conference's heading opening a line, which names who answers the questions in it:
#: "Briefing by Foreign Ministry Spokeswoman Maria Zakharova", "Press conference by ...", "Regular press conference
#: of ...", "Remarks by ..." (after "by" or "of"), or the person's name in the possessive before it, "Spokesperson
#: Lin Wei's Regular Press Conference"; "Transcript of" or "Full text of" may stand first.
_BRIEFING_WORDS = r"(?i:(?:(?:regular|daily|weekly)[^\S\r\n]+)?(?:press[^\S\r\n]+|news[^\S\r\n]+)?" \
                  r"(?:briefing|conference)|remarks)"
_BRIEFED = re.compile(
    r"^[^\S\r\n]*(?i:(?:full[^\S\r\n]+)?(?:transcript|text)[^\S\r\n]+of[^\S\r\n]+)?(?:"
    rf"{_BRIEFING_WORDS}[^\S\r\n]+(?P<joint>by|of|BY|OF)[^\S\r\n]+(?:{_INTERVIEWEE_ROLE})?"
    rf"(?P<name>{_INTRO_NAME_WORD}(?:[^\S\r\n]+{_NAME_PARTICLE_RUN}{_INTRO_NAME_WORD}){{1,5}})"
    rf"|(?P<owner>{_INTRO_NAME_WORD}(?:[^\S\r\n]+{_NAME_PARTICLE_RUN}{_INTRO_NAME_WORD}){{1,5}})['’]s"
    rf"[^\S\r\n]+{_BRIEFING_WORDS}\b)", re.MULTILINE)
#: Words of a Q&A's topic, not of a name: a headline's small words, pronouns, question words and what an
#: explainer says of itself ("Q&A: Everything You Need To Know About ...", "Q&A: How The Rules Work", "Q&A -
#: Brexit Deal Explained"); lower case.
_TOPIC_WORDS = _HEADLINE_SMALL_WORDS | frozenset("""i you your we our us it its they their he she his her this that
    these those how what why when where who whom which whose whether everything anything something all need needs
    know explained explainer explain guide answers questions things is are was were will can do does should
    could would""".split())
#: The most words, its title or role aside, of a name after a Q&A's colon or dash ("Q&A: Jane de la Roe").
_INTRO_NAME_WORDS = 4
#: A word in lower case right after the capitalised words of a Q&A's colon or dash: a topic's noun that makes them
#: its topic ("Q&A: Harbour Bridge closure"), unless a headline's small word ("Q&A: Jane Roe on the levy") or one
#: of these verbs ("Q&A: Jane Roe talks tram fares").
_AFTER_INTRO_WORD = re.compile(r"[^\S\r\n]+([a-z][\w'’-]*)")
_INTRO_VERBS = frozenset("""says talks discusses explains reflects answers speaks responds tells shares reveals opens
    looks weighs defends""".split())
#: A verb's ending, in the present, of a word in lower case after a person's name ("Q&A: Jane Roe wants a new deal",
#: "gets candid"; not "boss", "'s"), and last words of two capitalised ones that make them no person's name but a
#: body's or a place's ("Q&A: Northgate Hospital strikes over pay").
_INTRO_VERB_ENDING = re.compile(r"[a-z]+[^s'’]s")
#: Words after such a word ending in -s that make it a verb with its object or complement ("wants a new deal",
#: "gets candid", "opens up"), where a topic's plural noun has other words after it ("Q&A: Universal Credit
#: changes explained", "Hurricane Milton damages homes"); lower case.
_AFTER_INTRO_VERB = frozenset("""a an the to more new his her its their no up out candid""".split())
_NOT_A_PERSON_END = _INSTITUTIONS | _PLACE_ENDS | _BODY_WORDS
#: Letters that make a word in capitals a word to write in title case for showing ("ROE" → "Roe"), not an
#: acronym ("BBC", "NPR").
_VOWELS = frozenset("AEIOUYÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝ")
#: Titles of two or three letters that a label in capitals abbreviates ("DR.", "SEN.", "MS"), shown in title case,
#: where other short words are acronyms ("UN", "EU", "ABC"); lower case, without their full stop.
_LABEL_TITLES = frozenset("mr mrs ms mx dr sen rep gov gen col lt maj sgt cpl st rev amb adm det hon".split())
#: A first name of three letters in capitals, as spelt: a consonant between vowels or a vowel between consonants
#: ("EVA", "TOM", "AMY"), two vowels and a consonant ("JOE", "IAN"), or a doubled consonant ("ANN"); acronyms
#: mostly have two consonants together ("ABC", "IMF") or three vowels ("UAE").
_SHORT_NAME = re.compile(r"[AEIOU][B-DF-HJ-NP-TV-Z][AEIOUY]|[B-DF-HJ-NP-TV-Z][AEIOU](?:[B-DF-HJ-NP-TV-Z]|[AEIOUY])"
                         r"|[AEIOU]{2}[B-DF-HJ-NP-TV-Z]|[AEIOU]([B-DF-HJ-NP-TV-Z])\1")
#: Acronyms of three letters spelt as first names are (see ``_SHORT_NAME``): "GOP", "DOJ", "FED", never names.
_NAME_SHAPED_ACRONYMS = frozenset("GOP DOJ DOD DOE HUD MOD FED AOL SEC NIH DEA FAA ICE TUC UAW".split())
#: Words after a short word that make it an acronym, a body's, though no role: "ABC NEWS", "CIA AGENT", nouns for
#: a person that are no surnames ("EPA SOURCE", "NEA DONOR").
_NOT_SURNAMES = BODY_NOUNS | _SPEAKER_ROLES | frozenset("""news today agent agents source sources insider insiders
    donor donors voter voters lawmaker lawmakers strategist strategists whistleblower whistleblowers founder founders
    watcher watchers supporter supporters critic critics""".split())
#: An aside in brackets inside a speaker's label: a party ("(R)", "(D-NY)") or how they spoke ("(via telephone)").
_LABEL_ASIDE = re.compile(r"\s*\([^()]*\)")


@lru_cache(maxsize=_FORMS_KEPT)
def speaker_display(label: str) -> str:
    """How a transcript's speaker label (see :func:`framing.segment.speaker_turns`) shows its speaker: as written,
    a label in capitals in title case ("SEN. JANE ROE" → "Sen. Jane Roe", "O'BRIEN" → "O'Brien", "SEN. MCCONNELL"
    → "Sen. McConnell", "HOST" → "Host"), a word without a vowel kept as an acronym ("CNN"), and so is one of two or
    three letters ("ABC NEWS ANCHOR" → "ABC News Anchor", "UN ENVOY") but a title ("DR."), a short first name
    (see :func:`_short_first_name`: "TOM ARDLEY" → "Tom Ardley") or a short surname after a name or title ("JANE
    ROE", "DR. LEE"). :meth:`SourceIndex.add` then reads it as any source span, so that "Sen. Jane Roe" is "jane roe"
    and a later "ROE:" joins her. An aside in brackets is dropped ("SEN. JANE ROE (D-NY)", "ROE (via telephone)"). A
    name in capitals before a description with lower case is shown so, the description as written ("MARA VELLIN,
    former aide" → "Mara Vellin, former aide"); so is one before a role in capitals ("ANA RUIZ, HOST" → "Ana Ruiz,
    Host", not "ANA Ruiz")."""
    label = _LABEL_ASIDE.sub("", label)
    name, comma, description = label.partition(",")
    if any(ch.islower() for ch in label):
        return label if any(ch.islower() for ch in name) else speaker_display(name) + comma + description
    if comma:  # "ANA RUIZ, HOST": the name shown as a name alone is ("Ana Ruiz"), then its role
        return speaker_display(name) + comma + " " + speaker_display(description.strip())
    words = label.split()
    shown: list[str] = [words[0].title()] if _short_first_name(words) else []
    for word in words[len(shown):]:
        shown.append(_shown_word(word, shown[-1] if shown else None))
    return " ".join(shown)


def _short_first_name(words: list[str]) -> bool:
    """Whether the first of a label's ``words`` in capitals, of three letters, is a first name, not an acronym: it is
    spelt as a name is (see ``_SHORT_NAME``: "TOM", "IAN", "JOE", "AMY", "ANN"; not "ABC", "IMF", "UAE", nor one of
    ``_NAME_SHAPED_ACRONYMS``: "GOP", "DOJ") in a person's name of two or three words, none after the first a role, a
    body's noun or an acronym's word ("TOM ARDLEY", "AMY LI"; not "ITV HOST", "EPA CHIEF", "CIA AGENT", "ABC NEWS",
    "EU COMMISSION", "EPA SOURCE")."""
    return (2 <= len(words) <= 3 and _SHORT_NAME.fullmatch(words[0]) is not None
            and words[0] not in _NAME_SHAPED_ACRONYMS
            and all(_VOWELS & set(word) and word.replace("'", "").replace("’", "").replace("-", "").isalpha()
                    and not _is_role(word.lower()) and word.lower() not in _NOT_SURNAMES
                    for word in words[1:]))


def _shown_word(word: str, before: str | None) -> str:
    """How the word in capitals ``word`` of a speaker's label is shown after the word shown ``before`` (see
    :func:`speaker_display`)."""
    letters = "".join(ch for ch in word if ch.isalpha())
    bare = letters.lower()
    if before is not None and bare in _HEADLINE_SMALL_WORDS:
        return word.lower()  # "HEAD OF UN AGENCY": "Head of UN Agency"
    if bare in _LABEL_TITLES:
        return word.title()  # "DR.", "SEN.", "MS"
    if len(letters) <= 3:
        # an acronym ("ABC", "UN", "EU"), but a short surname after a name or title ("JANE ROE", "DR. LEE")
        name_before = (before is not None and before[:1].isupper() and not before.isupper()
                       and before.lower().strip(".") not in _HEADLINE_SMALL_WORDS)
        return word.title() if name_before and _VOWELS & set(word) else word
    return _name_case(word) if _VOWELS & set(word) else word


def _name_case(word: str) -> str:
    """``word`` in title case as a name is written: "O'Neill", "McConnell", "MacArthur" (Mac only before five letters
    or more: not "Macron", "Machado")."""
    shown = word.title()
    for prefix, rest in (("Mc", 2), ("Mac", 5)):
        tail = shown[len(prefix):]
        if shown.startswith(prefix) and len(tail) >= rest and tail.isalpha():
            return prefix + tail[0].upper() + tail[1:]
    return shown


def interviewee_named(text: str) -> str | None:
    """The person an interview is with, as the headline or introduction ``text`` names them ("Q&A with Jane Roe",
    "Q&A: Jane Roe on the budget", "An interview with Finance Minister Jane Roe", "We spoke to Jane Roe"), or who
    answers at a briefing, as its heading opening a line names them ("Briefing by Spokeswoman Jane Roe", "Remarks
    by ...", "Regular press conference of ...", "Jane Roe's Regular Press Conference": see ``_BRIEFED``), as
    written, without a role in lower case before the name ("Q&A with Aquavance chief executive Jane Roe", "An
    interview with the finance minister, Jane Roe": "Jane Roe"; see ``_INTERVIEWEE_ROLE``); ``None`` when it
    names no one so: a name of two words at least (a title counts: "Sen. Roe"), not an outlet's written with
    "The" ("an interview with The Herald"). After a colon or dash rather than "with", what follows must read
    as a name (see :func:`_reads_as_name`), not as the topic ("Q&A: Everything You Need To Know About Bird
    Flu", "Q&A: Harbour Levy Explained"), nor be followed by a topic's noun in lower case ("Q&A: Harbour Bridge
    closure": see :func:`_topic_follows`)."""
    found = interviewee_mention(text)
    return None if found is None else text[found[0]:found[1]]


def interviewee_mention(text: str) -> tuple[int, int] | None:
    """Where in ``text`` the name :func:`interviewee_named` gives is written, as (start, end); ``None`` for none. An
    introduction by a pronoun ("We sat down with her") gives the one person named before it (see
    ``_INTERVIEWEE_PRONOUN``)."""
    matches = [*_INTERVIEWEE.finditer(text), *_BRIEFED.finditer(text), *_TALKS_TO.finditer(text)]
    for found in sorted(matches, key=lambda found: found.start()):
        group = "owner" if found.re is _BRIEFED and found.group("owner") else "name"
        name = found.group(group).rstrip(".,;:")
        if name.startswith(("The ", "THE ")):
            continue
        end = found.start(group) + len(name)
        if (group == "name" and found.group("joint").lower() in ("with", "to", "of")
                or (_reads_as_name(name) and not _topic_follows(text, name, end))):
            return found.start(group), end
    by_pronoun = _INTERVIEWEE_PRONOUN.search(text)
    return None if by_pronoun is None else _person_before(text, by_pronoun.start(), by_pronoun.group("pronoun"))


def _person_before(text: str, end: int, pronoun: str) -> tuple[int, int] | None:
    """Where the one person is named in full in ``text`` before ``end`` whom ``pronoun`` ("her", "him") may mean:
    "Imelda Sorrentine" of "Dr. Imelda Sorrentine led the study. Science writer Hal Dorrington spoke with her" (a
    personal name as :func:`_surnames_in` reads one, by a given name of the other sex never); ``None`` for no one,
    or for two people of different surnames."""
    people: dict[str, tuple[int, int]] = {}
    for run in _CAPITALISED_RUN.finditer(text, 0, end):
        surnames = _surnames_in(run.group())
        first = next((word for word in re.finditer(r"\S+", run.group()) if word.group() not in _NOT_A_NAME_START), None)
        if len(surnames) != 1 or first is None:
            continue
        if given_name_sex(text_key(first.group())) not in (None, "she" if pronoun == "her" else "he"):
            continue  # "Tom Vell" is never "her"
        people[surnames.pop()] = run.start() + first.start(), run.start() + len(_POSSESSIVE.sub("", run.group()))
    return next(iter(people.values())) if len(people) == 1 else None


def _topic_follows(text: str, name: str, end: int) -> bool:
    """Whether the capitalised words ``name`` after a Q&A's colon or dash, ending at ``end``, open its topic: a
    word in lower case follows them that is no headline's small word nor a verb of ``_INTRO_VERBS`` ("Q&A: Harbour
    Bridge closure", "Q&A: Acme Robotics warehouse fire"; not "Q&A: Jane Roe on the levy"). Never so where they
    hold a title or role, unless they end in a body's or place's word ("Q&A: Mayor Jane Roe interview"; not "Q&A:
    Premier League rules change"), or end in a possessive ("Q&A: Jane Roe's vision ...");
    after a person's name of two words, a word ending in -s reads as its verb where a determiner, "to" or a word of
    ``_AFTER_INTRO_VERB`` follows it ("Q&A: Jane Roe wants a new deal", "gets candid"; not "Q&A: Universal Credit
    changes explained"; see ``_INTRO_VERB_ENDING``)."""
    after = _AFTER_INTRO_WORD.match(text, end)
    split = name.split()
    if after is None or (_titled(name) and split[-1] not in _NOT_A_PERSON_END) or _POSSESSIVE.search(name):
        return False
    word = after.group(1)
    if word in _HEADLINE_SMALL_WORDS or word in _INTRO_VERBS:
        return False
    following = _AFTER_INTRO_WORD.match(text, after.end())
    return not (len(split) == 2 and not _NOT_A_PERSON_END & set(split) and _INTRO_VERB_ENDING.fullmatch(word)
                and following is not None and following.group(1) in _AFTER_INTRO_VERB)


def _reads_as_name(words: str) -> bool:
    """Whether the capitalised ``words`` after a Q&A's colon or dash read as who it is with: no word of a topic
    (see ``_TOPIC_WORDS``), and a title or role ("Finance Minister Jane Roe", "Sen. Roe") or at most
    ``_INTRO_NAME_WORDS`` words, particles aside ("Jane de la Roe")."""
    split = words.split()
    if any(word.strip(EDGE).lower() in _TOPIC_WORDS for word in split):
        return False
    return _titled(words) or len([word for word in split if word not in _PARTICLES]) <= _INTRO_NAME_WORDS


def _titled(words: str) -> bool:
    """Whether the capitalised ``words`` after a Q&A's colon or dash hold a title or role ("Finance Minister Jane
    Roe", "Sen. Roe")."""
    return _TITLE.match(words) is not None or any(_ROLE_WORD.fullmatch(word.strip(EDGE)) for word in words.split())


def _ministry(key: str) -> tuple[str, str, list[str]] | None:
    """The head ("ministry" or "department"), the country written as an owner or after the name ("" for none) and
    the other words of the ministry or department's key ``key``, its portfolio with "affairs" left out: ("ministry",
    "china", ["foreign"]) of "china's ministry of foreign affairs", ("ministry", "", ["saudi", "interior"]) of
    "saudi interior ministry", whose first words may be a nationality; ``None`` for no ministry or department. The
    acronym "MFA" is a foreign ministry: ("ministry", "", ["russian", "foreign"]) of "russian mfa"."""
    key = _MFA.sub("foreign ministry", key)
    owner = _OWNER_COUNTRY.match(key)
    country, rest = (owner[1], owner[2]) if owner else ("", key)
    found = _HEAD_FIRST.match(rest)
    if found:
        head, words = found[1], found[2]
        after = _COUNTRY_AFTER.match(words)
        if after and not country:
            words, country = after[1], after[2]  # "ministry of foreign affairs of mexico"
    else:
        found = _HEAD_LAST.match(rest)
        if found is None:
            return None
        words, head = found[1], found[2]
    split = words.split(" ")
    return head, country, split[:-1] if split[-1] == "affairs" and len(split) > 1 else split


def _same_country(country: str, nationality: str) -> bool:
    """Whether ``nationality`` (a country's name or its adjective: "chinese", "saudi", "turkish") names the country
    ``country`` ("china", "saudi arabia", "turkey"), either of them written as its capital ("beijing": see
    ``_CAPITALS``)."""
    country, nationality = _one_country(country), _one_country(nationality)
    if (nationality == country or nationality == country.partition(" ")[0] and " " in country
            or _NATIONALITY_COUNTRY.get(nationality) == country):
        return True
    return _adjective_of(country, nationality) and not any(
        len(other) > len(country) and _adjective_of(other, nationality) for other in _COUNTRY_KEYS)


def _adjective_of(country: str, nationality: str) -> bool:
    """Whether ``nationality`` is ``country`` with a nationality's ending ("chinese" of "china"); "nigerian" is one
    of "niger" too, which :func:`_same_country` settles for the longer country, "nigeria"."""
    return any(nationality.endswith(end) and len(nationality) - len(end) >= _PLACE_STEM
               and nationality[:len(nationality) - len(end)] == country[:len(country) - cut]
               for end, cut in _COUNTRY_ADJECTIVE_ENDS)


def _one_country(key: str) -> str:
    """The key of the country whose capital is ``key`` ("china" of "beijing", see ``_CAPITALS``), or of the country
    ``key`` by its first name there ("turkey" of "türkiye", which shares its capital), else ``key``."""
    folded = _without_accents(key)
    countries = _SEATS.get(folded) or (_SEATS[_SEATS_OF[folded][0]] if _SEATS_OF.get(folded) else ())
    return countries[0] if countries else key


@lru_cache(maxsize=_FORMS_KEPT)
def _government_of(key: str) -> str | None:
    """The key of the country whose government the source key ``key`` names (see :func:`_one_country`): a
    country's name in one word or a capital's ("china", "beijing"), or a government with a country's name, its
    nationality or its capital ("chinese government", "china's government", "government of china"); ``None``
    for anything else ("federal government", "the government")."""
    found = _GOVERNMENT_OF.fullmatch(key)
    owner = _one_country(found[1] or found[2] if found else key)
    if owner in _COUNTRY_KEYS or owner in _SEATS_OF:
        return owner
    named = _COUNTRY_KEYS | _SEATS_OF.keys()
    countries = {_one_country(country) for country in named if _same_country(country, owner)} if found else set()
    return next(iter(countries)) if len(countries) == 1 else None


def same_government(subject: str, source: str) -> bool:
    """Whether the subject ``subject`` of a sentence, as written, names the government the source key ``source``
    names or speaks for, so that it is no one else (see :meth:`framing.profile._Credits.someone_else`): one
    country's government, capital or name, or one of its ministries ("Beijing" after "china's foreign ministry",
    "the chinese government" or "china": see :func:`_government_of`, :func:`_ministry`), or the U.S. president
    written with the country ("U.S. President Tom Vance") after the White House, which speaks for him; a president
    written without it may be another country's ("President Tarek Osman") and is not."""
    if source == "white house":
        return _US_PRESIDENT.match(subject) is not None
    country = _governed(_without_accents(text_key(display_source(subject))))
    return country is not None and country == _governed(_without_accents(source))


#: The U.S. president as a subject is written ("U.S. President Tom Vance", "the US president", "American President
#: Roe"): the one the White House speaks for.
_US_PRESIDENT = re.compile(r"(?:the\s+)?(?:U\.\s?S\.|US|United\s+States|American)\s+[Pp]resident\b")


def _governed(key: str) -> str | None:
    """The key of the country whose government the source key ``key`` (without accents) names (see
    :func:`_government_of`: "china" of "beijing", "china's government") or one of whose ministries or departments
    it names, by its country or nationality ("china's foreign ministry", "chinese foreign ministry": see
    :func:`_ministry`); ``None`` for anything else ("foreign ministry", "state department")."""
    ministry = _ministry(key)
    if ministry is None:
        return _government_of(key)
    _, country, words = ministry
    return _government_of(f"{country or words[0]} government") if country or words else None


def _nationality_list(form: str) -> bool:
    """Whether ``form`` opens with a list of nationalities before a lower-case word ("German, French officials",
    "Kenyan, Ugandan and Tanzanian police"; see ``_CAPITALISED_LIST``): each word a nationality or ending as one
    (``_NATIONALITY_ENDINGS``) and no known given name, and one of them a nationality or with a strong ending
    (``_STRONG_NATIONALITY_ENDINGS``: "Veldoran, Kestorian officials"); "Putin, Erdogan allies" is no such list."""
    words = _listed_words(form)
    return bool(words) and all(_nationality(word) or (word.endswith(_NATIONALITY_ENDINGS)
                                                      and given_name_sex(word) is None) for word in words) and any(
        _nationality(word) or word.endswith(_STRONG_NATIONALITY_ENDINGS) for word in words)


def unsure_list(text: str) -> bool:
    """Whether the source span ``text`` is read as a list of nationalities holding a word that is no known one
    ("Veldoran, Kestorian officials": see :func:`_nationality_list`), a word the document may name as a person
    elsewhere, which then cuts the list (see :meth:`SourceIndex.add`)."""
    return any(not _nationality(word) for word in _listed_words(display_source(text)))


def described_body(text: str) -> bool:
    """Whether the source span ``text`` describes a body by its kind in lower case, its first letter aside, as a
    headline does ("Rights group", "Aid agency", "rights NGO"; see ``_BODY_KINDS``): no name, so the body the rest of
    the document names, described so, is the one it means (see :meth:`SourceIndex.add`)."""
    words = display_source(text).split(" ")
    return (len(words) <= 3 and (words[-1].lower() in _BODY_KINDS or words[-1] == "NGO")
            and all(word.islower() for word in [word[1:] for word in words[:1]] + words[1:-1])
            and not _JOINERS & {word.lower() for word in words})


def _listed_words(form: str) -> list[str]:
    """The capitalised words, in lower case, of the list ``form`` opens with (see ``_CAPITALISED_LIST``); none
    when it opens with no such list."""
    found = _CAPITALISED_LIST.match(form)
    return [word.lower() for word in re.findall(r"[A-Z][a-z]+", found.group(1))] if found else []


def _nationality(word: str) -> bool:
    """Whether ``word``, in lower case, is a known nationality: one of ``_IRREGULAR_NATIONALITIES`` or a country's
    name with a nationality's ending ("kenyan", "chinese", "israeli": see :func:`_adjective_of`)."""
    return word in _IRREGULAR_NATIONALITIES or any(_adjective_of(country, word) for country in _COUNTRY_KEYS)


#: Function words and sentence adverbs that open a sentence before a name and begin none ("Of Clinton: ...",
#: "Though Weiner said", "Only Acme said"), besides those of ``_NOT_A_NAME_START``.
_OPENING_FUNCTION_WORDS = frozenset("""Of Though Like Unlike Among Amid Over Against Through Without Within Per Via
    To Into Upon Because Unless Whereas Whether Or Nor Not Even Only Just Perhaps Indeed Thus So Yet Including
    Except Neither Either Every Each Why How What Where Who Whom Whose Which Here There""".split())


#: Words that copy writes before a person's name to say what side or standing they have, none of them a name's
#: first word ("Republican Vell", "Tory Vell", "Skipper Vell", "Veteran Vell"; besides ``PERSON_ROLES``).
_BEFORE_A_PERSON = frozenset("""Republican Democrat Labour Labor Tory Conservative Liberal Opposition Unionist
    Boss Skipper Veteran Rookie Teammate Star Legend Fellow Rival Winger Former Ex Incumbent Challenger Newcomer
    Youngster Substitute Keeper Pundit Presenter Producer Drummer Campaigner Candidate Nominee Champion""".split())
#: A sentence adverb by its ending ("Finally", "Sadly", "Currently", "Eventually"), not a name's ("Kelly", "Tully",
#: "Sally" and "Daly" end otherwise or are too short).
_ADVERB = re.compile(r"[A-Z][a-z]+(?:[a-z]ally|[a-km-z]ly)")


def name_opening_word(word: str) -> bool:
    """Whether the capitalised ``word`` opening a sentence just before a capitalised source span may be the first
    word of the name the span left out ("Harbour" of "Harbour Records called"): none that opens a sentence as an
    opener, an article, a day or month, a function word or an adverb does (``_NOT_A_NAME_START``, ``_OPENERS``,
    ``_OPENING_FUNCTION_WORDS``, ``_ADVERB``: "Meanwhile", "On", "Of", "Though", "Finally"), nor a person's role,
    title, trade, party or standing ("Coach", "Striker", "Novelist", "Republican", "Skipper": ``_BEFORE_A_PERSON``),
    a nationality ("Portuguese"), a known given name (the model marks a person's whole name) or a pronoun."""
    lowered = word.lower()
    return (word[:1].isupper() and word[1:].islower()
            and word not in _NOT_A_NAME_START | _OPENERS | _OPENING_FUNCTION_WORDS | _BEFORE_A_PERSON
            and not _ADVERB.fullmatch(word) and not _TRADE_ENDING.fullmatch(word)
            and lowered not in _PRONOUNS | PERSON_ROLES and not _ROLE_WORD.fullmatch(word)
            and not _nationality(lowered) and given_name_sex(word) is None)


def _same_ministry(one: str, other: str) -> bool:
    """Whether the keys ``one`` and ``other`` name one ministry or department: the same head and portfolio, any
    words left before a portfolio written head last a nationality of the country written on the other, and the
    countries not two ("the foreign ministry" is China's "ministry of foreign affairs", "Mexico's foreign
    ministry" not; "foreign trade ministry" is no "ministry of trade")."""
    first, second = _ministry(one), _ministry(other)
    if first is None or second is None or first[0] != second[0]:
        return False
    portfolio = min(first[2], second[2], key=len)
    owners = [country for _, country, _ in (first, second) if country]
    left = []
    for _, _, words in (first, second):
        cut = len(words) - len(portfolio)
        if words[cut:] != portfolio:
            return False
        if cut:
            left.append(" ".join(words[:cut]))
    if left and not owners:
        return False  # words left before the portfolio are a country's only beside one written as a country
    countries = owners + left
    return all(_same_country(a, b) or _same_country(b, a) for a in countries for b in countries)


#: The capitals of ``_CAPITALS`` by their keys without accents ("bogota"), each with its country's keys so.
_SEATS = {_without_accents(seat.lower()): tuple(map(_without_accents, countries))
          for seat, countries in _CAPITALS.items()}
#: A government named by its country, written before it or after "of" (group 1 or 2): "chinese government",
#: "china's government", "government of china" (see :func:`_government_of`).
_GOVERNMENT_OF = re.compile(r"(?:(.+?)(?:'s)?\s+government|government\s+of\s+(?:the\s+)?(.+))")
#: A country's key without accents, and the keys of its capitals (two spellings: "kyiv", "kiev").
_SEATS_OF = {country: tuple(seat for seat, of in _SEATS.items() if country in of)
             for countries in _SEATS.values() for country in countries}


#: Nouns a definite description names a business by ("the carmaker", "the bank", "the company"), which may mean a
#: body credited just before that is or may be a business ("Ford said ... The carmaker said": see
#: :meth:`SourceIndex._body_credited_last`).
_BUSINESS_DESCRIPTIONS = _COMPANY_WORDS | frozenset("""carmaker automaker airline insurer miner retailer bank lender
    conglomerate drugmaker chipmaker""".split())
#: Nouns for a civic body ("the charity", "the NGO", "the watchdog"), and the words of a body's name that show it is
#: one ("Civic Watch Network", "Harbour Relief Trust", "Tax Foundation").
_CIVIC_DESCRIPTIONS = frozenset("charity ngo watchdog".split())
#: A body described by its kind of business or work alone ("the carmaker", "the airline", "the developer", "the
#: charity"): every story has its own, so written so in lower case such a source names no one (see
#: :func:`framing.profile.generic_source`).
NAMELESS_BUSINESSES = _BUSINESS_DESCRIPTIONS | _TRADE_KINDS | _CIVIC_DESCRIPTIONS
_CIVIC_NAME_WORDS = frozenset("""network watch watchdog foundation trust coalition alliance association institute
    society centre center fund campaign movement league federation forum initiative project international club
    charity organisation organization union""".split())
#: The same words for :mod:`framing.profile`, which reads "the group's director" as one of such a body (see
#: ``framing.profile._civic_group_meant``).
CIVIC_NAME_WORDS = _CIVIC_NAME_WORDS
#: Words that make a body described as a group a civic one, no company ("a consumer group, Fair Tech", "the rights
#: group Civic Watch", "a trade group"): "the company" never means it.
_CIVIC_GROUP_WORDS = frozenset("""consumer consumers advocacy rights lobby lobbying pressure campaign campaigning
    activist environmental conservation civic privacy trade industry residents patients parents veterans""".split())


def _civic_group_noun(noun: str) -> bool:
    """Whether the description ``noun`` is a group by its cause, in two or three words ("rights group", "human rights
    group", "advocacy organisation": see ``_CIVIC_GROUP_WORDS``), which only a civic body may be."""
    words = noun.split(" ")
    return 2 <= len(words) <= 3 and words[-1] in _ANY_BODY_DESCRIPTIONS and words[-2] in _CIVIC_GROUP_WORDS


#: "The union" means a body whose name says it is one ("Harbour Workers Federation").
_UNION_NAME_WORDS = frozenset("union federation workers employees guild brotherhood teamsters".split())
#: The words of a newspaper's name ("Kessel Times", "Daily Harbour", "Varna Herald"), which "the paper", "the
#: newspaper" and "the daily" may mean; "journal" only for the last two: "the paper" after a journal may be a study.
_PAPER_NAME_WORDS = MASTHEAD_WORDS | frozenset("star sun record standard register argus advertiser clarion".split())
#: Nouns for a body of one kind ("the agency", "the network", "the campaign", "the paper"), each with the words of a
#: name that say a body is of that kind ("Secret Service", "Harbour Broadcasting Network", "Clean Seas Campaign",
#: "Kessel Times").
_KIND_NAME_WORDS = {"agency": frozenset("agency bureau service administration office authority commission".split()),
                    "network": frozenset("network television tv broadcasting broadcaster channel".split()),
                    "campaign": frozenset({"campaign"}),
                    "paper": _PAPER_NAME_WORDS, "newspaper": _PAPER_NAME_WORDS | {"journal"},
                    "daily": _PAPER_NAME_WORDS | {"journal"}}
#: Nouns for a newspaper, which means a body whose name ends in a masthead's word or opens with "Daily" ("Kessel
#: Post", "Daily Harbour"; not "Post Office", "Sun Pharma", "Guardian Council").
_PAPER_NOUNS = frozenset("paper newspaper daily".split())
#: Words that make "the paper" a study or a document rather than a newspaper: a study, research or a journal, a
#: paper of a kind or an indefinite one ("a research paper", "a white paper", "a paper"), one published in a journal.
_PAPER_AS_DOCUMENT = re.compile(
    r"\b(?:stud(?:y|ies)|research|journals?|findings|peer[- ]reviewed|published\s+in|"
    r"(?:a|white|green|working|discussion|policy|position|academic|scientific)\s+papers?)\b", re.I)
#: Words after "the paper" in its sentence that make it a newspaper, never a study's paper, whatever study was written
#: of before: it cites unnamed sources or officials ("The paper said, citing unnamed officials"), or has reporters,
#: editors or an editorial ("its reporters found").
_PAPER_AS_NEWSPAPER = re.compile(
    r"\b(?:citing\s+(?:(?:two|three|several|unnamed|anonymous|senior|government|its|own)\s+)*"
    r"(?:sources|officials|people\s+familiar)|its\s+(?:own\s+)?(?:reporters?|reporting|correspondents?|editors?|"
    r"editorial|journalists?))\b", re.I)
#: Nouns any body but a state's or an outlet takes ("the group", "the organisation"): a business or a civic body.
_ANY_BODY_DESCRIPTIONS = frozenset("group organisation organization".split())
#: The last words of a business's name ("Royal Bank of Scotland Group", "Velta Holdings", "General Motors", "Corvane
#: Foods"), which make two capitalised words a business's rather than a person's.
_BUSINESS_NAME_ENDS = frozenset("""group company corporation holdings bank motors airlines airways insurance mining
    pharmaceuticals pharma systems dynamics electric industries technologies foods brands beverages chemicals
    petroleum logistics""".split())
#: Of those, the trades that name only a business, never a person or a state's body ("Ostrava Chemicals", "Velta
#: Motors"; not "Group" nor "Bank": "World Bank"), and an investment firm's last words but a fund's or its investors'
#: ("Grayfin Research", "Orrin Capital", "Tarn Partners": see ``_INVESTOR_NAME_ENDS``; not "Monetary Fund"), as
#: keys: capitalised words ending in one are a company's name, whose first word alone joins it ("Grayfin").
_FIRM_NAME_ENDS = ((_BUSINESS_NAME_ENDS - frozenset("group company corporation holdings bank insurance".split()))
                   | (_INVESTOR_NAME_ENDS - frozenset("fund funds investors".split())))
#: Bodies of a state or of a union of states named in one word, in letters or without a word that says what they
#: are ("the Pentagon", "the FBI", "NATO", "Scotland Yard"), as keys: none is "the group" or "the company".
_STATE_BODIES = frozenset("""pentagon kremlin whitehall elysee vatican knesset duma bundestag congress parliament senate
    treasury interpol europol nato un eu fbi cia nsa dhs doj irs fda epa ftc fcc faa cdc nih dea atf tsa nasa nhs
    mi5 mi6 gchq idf""".split()) | frozenset({"white house", "downing street", "scotland yard", "state department"})
#: Of those, the agencies, which "the agency" may mean ("The FBI said ... The agency said"): bureaus, services,
#: administrations and commissions of a state that copy calls its agencies; not a department ("the DOJ", "the
#: Pentagon"), a legislature, a government's seat nor an alliance.
_STATE_AGENCIES = frozenset("""interpol europol fbi cia nsa irs fda epa ftc fcc faa cdc nih dea atf tsa nasa mi5 mi6
    gchq""".split())
#: Of those, the words a business of any trade ends its name with.
_ANY_TRADE_ENDS = frozenset("group company corporation holdings".split())
#: Words of the name of a state's body, an outlet or a school ("Harbour Authority", "Daily Ledger", "Secret
#: Service"), which none of those descriptions means.
_STATE_OR_OUTLET_WORDS = (frozenset(word.lower() for word in _INSTITUTIONS) | BODY_NOUNS) - _CIVIC_NAME_WORDS - {
    "group", "company", "corporation", "firm", "bank", "general", "studio", "studios", "team"}
#: A business's trade that the last word of its name says ("Velta Motors" is a carmaker, "Orlin Airways" an
#: airline): a description by another trade means another business.
_TRADE_OF_NAME = {"motors": {"carmaker", "automaker"}, "airlines": {"airline"}, "airways": {"airline"},
                  "bank": {"bank", "lender"}, "insurance": {"insurer"}, "mining": {"miner"},
                  "pharmaceuticals": {"drugmaker"}, "pharma": {"drugmaker"}}
#: How many sources credited before the body a description joins are read for another body it may mean, and how
#: many sentences after that body's credit the description may come (2: one sentence between).
_BODY_REACH = 6
_BODY_REACH_SENTENCES = 2
#: Sources that name other people, no body, whatever their case ("Others said").
_OTHERS = frozenset("others another".split())
#: Capitalised words that name no body: months and weekdays ("In March, the company said").
_CALENDAR = re.compile(rf"(?:{_MONTH}|(?i:{_WEEKDAYS}))")
#: Countries and blocs written in letters, as keys without stops ("U.S.", "UK", "EU"), which name no body.
_HOME_BLOCS = frozenset("us uk eu un usa".split())


#: Nouns of a body that heads its own statement with its full name and then calls itself by the noun alone,
#: capitalised ("Statement of the Ministry of Foreign Affairs of Ostria" ... "The Ministry firmly rejects ...").
_ISSUERS = frozenset("Ministry Embassy Consulate".split())
#: How many sentences open a document (its heading among them) that may name such a body in full.
_ISSUER_LINES = 2
#: Such a body's full name: the noun (group 1), capitalised words just before it that are no article ("Russian
#: Ministry"), capitalised words after it, small words between them ("Embassy of the Republic of Ostria in Velmar"),
#: up to another such noun ("... of Ostria and the Ministry of ...").
_ISSUER_NOUN = rf"(?:{'|'.join(sorted(_ISSUERS))})(?![\w-])"
_ISSUER_NAME = re.compile(rf"(?<![\w'’-])(?:(?!(?:The|A|An|This|These|Those)\s)[A-Z][\w'’.-]*\s+){{0,3}}"
                          rf"({_ISSUER_NOUN})(?:\s+(?:(?:of|the|and|in|for)\s+)*(?!{_ISSUER_NOUN})[A-Z][\w'’.-]*)*")
#: What an issuer's own statement is headed with ("Statement of", "Comment by the Press Department of", "Press
#: release from"), or after its name ("Ministry of Foreign Affairs of Ostria: Statement"): a news headline that
#: names such a body and says what it did ("Ministry of Defence of Ostria accuses Velmar") is no such heading.
_ISSUER_PAPERS = (r"(?:(?:joint|official|press|public)\s+)?(?:statements?|comments?|commentary|press\s+releases?|"
                  r"releases?|communiqu[eé]s?|declarations?|remarks|answers?|responses?|repl(?:y|ies)|notes?|notices?|"
                  r"announcements?|information|briefing)")
_ISSUER_HEADING = re.compile(rf"(?i:{_ISSUER_PAPERS})\s+(?:of|by|from)\s")
_ISSUER_PAPER_AFTER = re.compile(rf"\s*(?:[:|]|[-–—](?=\s))\s*(?i:{_ISSUER_PAPERS})\b")


def _issuers_named(text: str) -> dict[str, tuple[str, str]]:
    """Each body's noun of ``_ISSUERS`` (in lower case) that ``text``, read as a heading when it ends with no full
    stop, names a body by in full (see ``_ISSUER_NAME``: "Ministry of Foreign Affairs of the People's Republic of
    China", "Russian Ministry of Foreign Affairs"), as its canonical key and shown form, when the heading is the
    issuer's own: it opens with a statement's word and "of", "by" or "from" ("Statement of the Ministry of ...",
    "Comment by the Press Department of ...": see ``_ISSUER_HEADING``), or is the body's name alone, perhaps with
    such a word after it ("Embassy of Ostria in Velmar", "Ministry of Trade of Ostria: Press release"); a news
    headline with a verb ("Ministry of Defence of Ostria accuses Velmar of shelling") names none, as its copy's "The
    Ministry" may be the other side's. A noun that names two bodies names none ("Joint statement of the Ministry of
    ... and the Ministry of ..."); a noun alone names none."""
    heading = text.strip(" \n\"'”’»)")
    if heading.endswith((".", "!", "?")):
        return {}
    whole = _ISSUER_NAME.match(heading)
    if not (_ISSUER_HEADING.match(heading) or (whole and (
            whole.end() == len(heading) or _ISSUER_PAPER_AFTER.match(heading, whole.end())))):
        return {}
    found: dict[str, set[tuple[str, str]]] = {}
    for named in _ISSUER_NAME.finditer(text):
        if named.group(0) != named.group(1):  # more than the noun
            shown = display_source(named.group(0).strip(EDGE))
            found.setdefault(named.group(1).lower(), set()).add((text_key(shown), shown))
    return {noun: next(iter(names)) for noun, names in found.items() if len(names) == 1}


def _given_name(name: str) -> str:
    """The given name of the person ``name`` (a canonical form), the first of its words after a title or a role
    that a place or a body may open ("ralph" of "virginia gov. ralph northam", of "marine gen. kenneth ward"), with
    a surname after it; ``""`` for a name of one word."""
    words = name.split(" ")
    roles = [k for k, word in enumerate(words[:-1])
             if (word.endswith(".") and len(word) > 2) or word in PERSON_ROLES]
    first = roles[-1] + 1 if roles else 0
    return words[first] if first < len(words) - 1 else ""


class SourceIndex:
    """The sources named so far in a document, and what a later, shorter mention stands for.

    A wrong join (two bodies or people merged, one of them then "denying") misleads more than a
    missed one, so a mention joins only the one source it can mean:

    * A source written again with or without its accents is the source as first written ("the Tanaiste" after
      "the Tánaiste"; "UN" or "United Nations" written for the other too: see :func:`united_nations`), and so is
      a ministry or department written the other way round ("the Interior Ministry" after "the Ministry of Interior"
      or "of the Interior", and back; or in other words, the one such ministry:
      "the Chinese foreign ministry" after "China's Ministry of Foreign Affairs", see :func:`_same_ministry`), and
      so is a capital written in one word after its country or the country after it ("Beijing" after "China",
      see ``_CAPITALS``), and a post written in letters after it spelled out, or back ("the PM" after "the Prime
      Minister", see ``SHORT_POSTS``), but in a denial never an accuser.
    * A capitalised short name joins the one person whose name ends with it ("Marsh" after
      "prosecutor Helen Marsh", "De Vries" or "de Vries" after "Hanneke de Vries"), its accents written or left
      out ("Perez" after "José Pérez"); when another name starts or
      ends with it ("Lee" after "Robert Lee" and "Lee Jae-myung"), or it was a source on its own
      before ("Ford" the company, then "Bill Ford"), it stays as written, but for a word alone the text's first line
      credited (see :meth:`headline_credited`: "Vask: '...'." then "Mara Vask said"). A full name with its given
      name spelled another way joins the one person so named ("Dmitri Peskov" after "Dmitry Peskov": see
      :meth:`_respelled`) unless either is described as a relative ("Ahmad Karimi, his cousin" after "Ahmed Karimi"),
      and a full name takes over the one person named before by its last words, a double surname ("López Obrador"
      of a headline: see :meth:`_named_in_full`). A single word joins the
      one person whose name starts with it, a family name written first ("Wang" after "Wang
      Wenbin", "Xi" after "Xi Jinping"), when no name ends with it and it was never seen as a place
      or a body ("Israel" after "fired into Israel" or "Israeli troops" is not "Israel Katz"). So
      does a name with its patronymic ("Faisal bin Farhan" of "Faisal bin Farhan Al Saud"), or a first
      name after a royal title ("Prince Faisal") when that person was written with one;
      organisations ("China Daily", "the Justice Department") lend no word.
    * A description written with "the" in lower case ("the ministry", "the embassy's spokesman",
      "the foreign minister"; or "the Ministry", an organisation word alone; the "the" may stand just
      before a span that left it out: "The [company] blamed") joins the one earlier
      body whose name holds it as its head, at the end or before "of"/"for"/"in" ("Foreign
      Ministry", "Ministry of Foreign Affairs"; "the club" also ending a football club's "F.C.", "FC", "AFC" or
      "CF": "Harbour City F.C."; not "the suspect" for "family of the suspect"), failing that the
      one source described so beside a comma ("the group" after "A watchdog group, Civic Compass"), or
      the person named just before whom it described ("the spokesperson" right after "ministry
      spokesman Wang Wenbin"; or after a title in a sentence that named no source: "County
      Commissioner Alan Pike approved it. The commissioner denied ..."; a post in letters, named anywhere before:
      "The SP" after "Superintendent of Police Ravi Lund", see ``SHORT_POSTS``) when no other person
      fits it; in a denial, also the one source it described when every source named since made
      a claim last ("Minister Ana Corvell denied it. Sami Rahimi called for an audit. The minister
      rejected that call.": an accuser denies nothing). A deputy, vice or acting role is a
      different one; a spokesperson is not the body they speak for, but a body seen only through
      its spokesperson ("Russia's defence ministry spokesman") still makes "the ministry"
      ambiguous. "A spokesman" or "his spokesman" is never joined.
    * "The company" or "the firm" joins the one company that has opened a sentence so far named
      with its legal form ("Acme Corp. was fined") or described as a business ("Halvard Terminals,
      the port operator, said"; a source anywhere in a sentence too: "according to Orlin Airways, a
      regional airline"), a source or not, and "Acme" joins "Acme Corp." ("Velmora" joins "Velmora Pharma
      AG" when it starts no other name seen so far and was never a place or a surname), written before or after it
      ("Orvane Pharma said ... Orvane Pharma Inc. denied": one source, as it first spoke; not a person's name
      written with a title or role, "he" or "she" ("Orvane, the chief executive", "Ralph Lauren said he"; after the
      company a personal title or a person's role, "Ms Tory Burch" after "Tory Burch LLC"), nor in
      a denial an accuser's); a description a person or
      a public body may take ("a crane operator", "the port regulator") makes no company;
      with two such companies it stays as written, and a denial never joins the company that made
      an allegation ("Acme Corp. accused Globex ... The company denied it"); "a spokesman for the company" is
      that company's spokesperson ("acme corp spokesperson", one with "an Acme spokesman"). "The carmaker", "the
      airline" or "the port operator" joins the one company described as that kind of business,
      whatever other companies are in view.
    * Failing those, a description by one noun of a business or a body ("the carmaker", "the company", "the group",
      "the NGO", "the agency") joins the body credited just before it that the noun fits, when it is the one such
      body in view ("Ford said ... The carmaker said", a company spokesperson perhaps between: see
      :meth:`_body_credited_last`).
    * Failing all of them, a capitalised "The Ministry", "The Embassy" or "The Consulate" joins the one body of that
      noun named in full in the issuer's own heading among the document's first two sentences ("Statement of the
      Ministry of Foreign Affairs of Ostria", not a news headline with a verb: see :func:`_issuers_named`), so that
      two ministries' statements are two sources; in a denial not once another source denied its claim since.
    * An acronym joins the name spelled out before it in brackets, in a source or not ("EFCC" after "the
      Economic and Financial Crimes Commission (EFCC)"), when its letters are the initials of the name's last
      capitalised words (the small words between may give theirs: "DOW" of "Doctors of the World"), they name no
      person's post ("Member of Parliament (MP)") and no other name was spelled out for it; one that was a source
      on its own before stays.
    * A role first left nameless ("a government spokesperson") becomes the person later named
      for it ("The spokesperson, Clarita Reyes"), when that nameless role is the only one the
      description fits ("The army spokesperson, X" does not name "a police spokesperson"); so does a nameless body
      written in lower case ("a government watchdog group"), the body later named for it ("The group, Open
      Ledger").
    """

    def __init__(self) -> None:
        self.names: dict[str, int] = {}  # canonical name -> its place in the order first seen
        self._unaccented: dict[str, str] = {}  # names by their accents left out ("tanaiste" -> "tánaiste")
        self._ministries: dict[str, list[str]] = {}  # ministries by their portfolio's last word ("foreign")
        self.people: dict[str, frozenset[str]] = {}  # person-like name -> the role words written with it
        # indexes, so that a mention looks only at the sources that share a word with it
        # people by first word ("wang" of "wang wenbin") and by last word, without a glued particle too ("assad",
        # "al-assad"), each word without its accents ("perez" of "josé pérez": see :func:`_without_accents`)
        self._by_first = _WordIndex()
        self._by_last = _WordIndex()
        self._by_first_surname = _WordIndex()  # people of three words or more by their second-last word ("ortega")
        self._by_role = _WordIndex()  # people by the role words written with them
        self._bodies = _WordIndex()  # the names that are no person's (bodies, roles), by each word
        self._company_words = _WordIndex()  # companies by each word
        self._company_starts = _WordIndex()  # companies by first word
        # the person a description may mean: the source named last when a person, or one named with a
        # title in a sentence since that named no source
        self.described: str | None = None
        self._titled: str | None = None  # the last person named with a title in the sentence seen last
        self.recent_person: str | None = None  # the person named most recently, whatever came since
        # the person a subject that spoke or was asked named (see :meth:`see_subject`), while no one is named since
        self.subject_person: str | None = None
        # the people named before whom that subject's sentence names after it ("Varga" of "Robin Task told Varga ...")
        self.subject_addressed: frozenset[str] = frozenset()
        self._people_named: dict[str, None] = {}  # the people named as sources so far, the one named last at the end
        # a person's sex as their titles and descriptions say ("" where they disagree), and as the "he" or "she"
        # they said does (see :meth:`sex_of`)
        self._sex_written: dict[str, str] = {}
        self._sex_said: dict[str, str] = {}
        self._mentioned: dict[str, None] = {}  # sources and titled people, the one named last at the end
        self._mentioned_at: dict[str, int] = {}  # each of them -> when it was named last, counted as ``_credited``
        self._claimed_last: set[str] = set()  # sources whose last credited sentence was a claim
        self._reporters: set[str] = set()  # sources credited with a report ("Axios first reported"): outlets
        # people by evidence beyond their capitals: "he" or "she" in a sentence credited to them, or a short name
        # that joined them ("Lauren" of "Ralph Lauren")
        self._personal: set[str] = set()
        # people described as someone's relative ("Ahmad Karimi, his cousin"), whom no other spelling of their given
        # name joins: relatives share a surname ("Ahmed Karimi" is most likely another of the family)
        self._kin: set[str] = set()
        self._subjects: dict[str, frozenset[str]] = {}  # people seen as a subject only, with their role words
        self.surnames: set[str] = set()  # keys of the last words of personal names written so far ("wren")
        self.surnames_seen_last: frozenset[str] = frozenset()  # those the sentence seen last writes
        self._titled_words: set[str] = set()  # keys of one capitalised word written after a person's title ("vance")
        # the people of each surname that the sentences seen so far name in full, by the keys of their given names,
        # with the name as first written (see :func:`_forenames`): "clinton" -> {frozenset({"bill"}): "Bill Clinton"}
        self._namesakes: dict[str, dict[frozenset[str], str]] = {}
        self._seen_count = 0  # the sentences seen so far
        self.own_wire: str | None = None  # the news agency writing the document, as its dateline names it
        self.dateline_country: str | None = None  # the country its wire dateline is filed from, when known
        self.after_correction = False  # whether the sentence before corrects the publication's own piece
        # (surname, given names' keys) of ``_namesakes`` -> the last sentence that wrote them, counted as
        # ``_seen_count``; and the people named as sources -> the last sentence that named them
        self._written_at: dict[tuple[str, frozenset[str]], int] = {}
        self._named_at: dict[str, int] = {}
        # the people of each surname that a surname alone was read against, kept up to date from then on (see
        # :meth:`_namesakes_of`)
        self._namesake_people: dict[str, _Namesakes] = {}
        # a surname alone -> the full name's key of the one person of that surname written in full when it first
        # stood alone as a source of its own ("scott" -> "bobby scott"; see :meth:`_named_in_full`)
        self._only_namesake: dict[str, str] = {}
        # one-word sources the text's first line credited, a headline of its own that ends in a stop (see
        # :meth:`headline_credited`)
        self._headline_words: set[str] = set()
        # a headline's word alone -> the person it joined (see :meth:`_headline_surname`), until the copy names
        # another person of that surname as a source (see :meth:`_named_in_full`)
        self._headline_joined: dict[str, str] = {}
        # a surname -> the person it joined alone while the document named no other person of it ("cruz" -> "ted
        # cruz" before "Heidi Cruz" is named), whom it goes on meaning (see :meth:`_namesake_meant`)
        self._alone_for: dict[str, str] = {}
        # people noted by a source span of a headline in title case, whose capitals may hold a description of theirs
        # ("Conservative Icon Tom Vask": see :meth:`_described_in_headline`)
        self._headline_people: set[str] = set()
        # keys of the surnames of couples written with two given names before one surname ("Hillary and Bill
        # Clinton"), of whom only the second is written in full (see :func:`_couples_in`)
        self._couples: set[str] = set()
        # keys of names opening with a given name that the text wrote as a firm's ("morgan stanley": see
        # :meth:`_see_firms`), no people
        self._firms: set[str] = set()
        self._seen_last = ""  # the sentence seen last, as read ("" for a headline in title case)
        self._seen_before = ""  # and the one before it
        self.shown: dict[str, str] = {}  # canonical name -> display form
        self.companies: dict[str, str] = {}  # companies that opened a sentence or were described -> display form
        self.kinds: dict[str, set[str]] = {}  # a company -> the kinds of business it was described as ("carmaker")
        self.body_kinds: dict[str, set[str]] = {}  # a source -> the words it was described with ("watchdog group")
        self.places: set[str] = set()  # keys of words written as places so far ("in Israel")
        self.alleged: set[str] = set()  # sources credited with a claim worded as an allegation so far
        self.denied: set[str] = set()  # sources credited with a denial so far
        # nameless role, or a person named by the end of their name, -> the person later named for it
        self.named_later: dict[str, str] = {}
        self.spoke_as: dict[str, str] = {}  # a company -> its first word, a source before it ("orvane")
        self.acronyms: dict[str, str | None] = {}  # an acronym -> the name spelled out before it (None: two names)
        self.posts: dict[str, str | None] = {}  # the same for a person's post spelled out ("dpp")
        # a source naming a post of ``SHORT_POSTS``, by its key with the post in letters ("pm" of "prime minister")
        self._posts_written: dict[str, str] = {}
        # sources credited so far, the one credited last at the end, each with the sentence it was credited with last,
        # counted as :meth:`see` counts them; and the texts of the sentences seen last, the last at the end
        self._credited: dict[str, int] = {}
        self._sentences_seen = 0
        self._recent: deque[str] = deque(maxlen=_BODY_REACH_SENTENCES + 2)
        # each inquiry with no maker ("inquiry"), with the name it looks into first (see :func:`_inquired_name`)
        self._inquired: dict[str, str] = {}
        # a body's noun ("ministry") -> the bodies of that noun the document's first lines name in full
        self._issuers: dict[str, set[str]] = {}
        # a document's noun ("note", "note verbale") -> the source the text said issued it ("In its note, the mission")
        self._issued_by: dict[str, str] = {}
        # an age written after a personal name ("Pavel Orr, 52,") -> the people written with it, each as written
        self._ages: dict[str, dict[str, str]] = {}
        # a document's key ("statement") -> the subject the text said issued one, as written; None for more than one
        self._issued_in_sentence: dict[str, str | None] = {}
        # each bank the text named so far (see ``_BANK_NAME``), by its key -> as written
        self._banks: dict[str, str] = {}
        # a filing's kind ("suit", "indictment") -> who the text said filed it, as written; None for more than one
        self._filed_by: dict[str, str | None] = {}

    def see(self, sentence: str) -> None:
        """Note the places ``sentence`` names ("in Israel", "Israeli troops"), a company it opens
        with (see :meth:`_see_company`), people it names with a title (see :meth:`_see_titled`) and the
        surnames of the personal names it writes (see :func:`_surnames_in`) and their given names (see
        :func:`_forenames`), whether or not they are sources; a headline in title case names no one ("Governor Signs
        Sweeping Climate Bill")."""
        if self._titled:  # the sentence before named them, and no source: a description here may mean them
            self.described = self._titled
        visible = without_invisible(sentence)  # once, for every rule that reads the sentence
        self.places |= _places_in(visible)
        self._see_company(visible)
        self._see_firms(visible)
        text = unicodedata.normalize("NFC", visible)
        self._see_acronyms(text)
        headline = title_case(text)
        self._titled = None if headline else self._see_titled(text)
        if not headline:
            self._see_ages(text)
        self._seen_before, self._seen_last = self._seen_last, "" if headline else text
        self._forget_issued(text)
        if not headline:
            self._see_filer(text)
            self._see_issuer(text)
            self._see_banks(text)
        if self._sentences_seen < _ISSUER_LINES:
            for noun, (name, shown) in _issuers_named(text).items():
                self._issuers.setdefault(noun, set()).add(name)
                self.shown.setdefault(name, shown)
        self._sentences_seen += 1
        self._recent.append(self._seen_last)
        self.surnames_seen_last = frozenset() if headline else frozenset(_surnames_in(text))
        self.surnames |= self.surnames_seen_last
        if not headline:
            self._titled_words |= _titled_words_in(text)
            self._couples |= _couples_in(text)
        self._seen_count += 1
        for surname, people in _forenames(text, () if headline else _people_in(text)).items():
            for given, shown in people.items():
                shown = self._namesakes.setdefault(surname, {}).setdefault(given, shown)
                self._written_at[surname, given] = self._seen_count
                namesakes = self._namesake_people.get(surname)
                if namesakes is not None:
                    self._file_namesake(namesakes, given, text_key(shown), shown)
                    namesakes.wrote(given, self._seen_count)

    def _see_acronyms(self, text: str) -> None:
        """Note each name the sentence ``text`` spells out before its acronym in brackets ("the Economic and
        Financial Crimes Commission (EFCC)"), when the acronym is the initials of its last capitalised words (see
        :func:`_spelled_out`), so that a later "EFCC" joins it; an acronym spelled out two ways joins neither. A
        person's post spelled out ("the Director of Public Prosecutions (DPP)") is noted apart, in ``posts``: its
        acronym joins it only where the post itself is a source (see :meth:`_name_stands_for`)."""
        for found in _ACRONYM.finditer(text):
            acronym = found.group(1)
            words = _spelled_out(text[max(0, found.start() - _SPELLED_OUT_CHARS):found.start()], acronym)
            if not words:
                continue
            written = display_source(" ".join(words))
            key, short = text_key(written), text_key(acronym)
            names = self.posts if _names_a_post(words) else self.acronyms
            if key and names.get(short, key) != key:
                names[short] = None
            elif key:
                names[short] = key
                self.shown.setdefault(key, written)

    def _see_titled(self, text: str) -> str | None:
        """Note each person the sentence ``text`` names after a capitalised title ("County Commissioner Alan
        Pike approved the deal"), with the title's words, so that a later "the commissioner" may mean them;
        the last of them, if any. The name is the whole capitalised run after the title, read as a
        personal name (see :func:`display_source`)."""
        last = None
        traded = (found for found in _TRADE_NAME.finditer(text)
                  if text_key(found.group("name").rpartition(" ")[2]) not in _BUSINESS_NAME_ENDS)
        for found in sorted([*_TITLED_NAME.finditer(text), *traded], key=lambda found: found.start()):
            if _run_goes_on(text, found.end()):
                continue  # a name cut inside a capitalised run is no name
            # "Director Lena Marsh's third feature": the person, without the possessive
            phrase = _POSSESSIVE.sub("", " ".join(dropwhile(lambda w: w in _NOT_A_NAME_START, found.group(0).split())))
            written = display_source(phrase)
            as_written, folded = text_key(written), fold_apostrophes(phrase)
            # "Sergei Lavrov" after "Sergey Lavrov": the one person
            key = as_written if as_written in self.people else self._respelled(as_written) or as_written
            if (" " in key and len(key) < len(phrase) and _person_like(key, folded) and key not in self.companies
                    and not _LEGAL_FORM_END.search(key) and (key in self.people or key not in self.names)):
                self.shown.setdefault(key, _with_stop(written, text[found.start():]))  # "Judge Ana Ruiz Jr."
                self._note_person(key, _role_words(folded, as_written) | _party_state_after(text, found.end()))
                self._mention(key)
                last = key
        return last

    def _see_ages(self, text: str) -> None:
        """Note each person the sentence ``text`` writes with an age after their name ("Pavel Orr, 52, said"), so
        that a later "the 52-year-old" may mean them (see :meth:`_person_so_called`)."""
        for found in _AGE_AFTER_NAME.finditer(text):
            phrase = " ".join(dropwhile(lambda w: w in _NOT_A_NAME_START, found.group(1).split()))
            written = display_source(phrase)
            key = text_key(written)
            if " " in key and _person_like(key, fold_apostrophes(phrase)) and key not in self.companies:
                self._ages.setdefault(found.group(2), {}).setdefault(key, written)

    def _see_company(self, visible: str) -> None:
        """Note a company that a sentence opens with, its subject, named with its legal form ("On
        Tuesday, Acme Corp. said", "The developer, Baywater Holdings Ltd, said": see :func:`_company_set_apart`) or
        described as a business ("Halvard Terminals, the port operator, said", "The port operator, Halvard Terminals,
        said"), whether or not a source; one named in passing ("which supplies Acme Corp.") is not noted.
        ``visible`` is the sentence without its invisible characters (see :func:`without_invisible`)."""
        opening = _from_first_name_word(_without_heading(visible.strip(EDGE)).strip(EDGE))
        found = _COMPANY.match(opening) or _DESCRIBED_BUSINESS.match(opening) or _company_set_apart(opening)
        if not found:
            return
        shown = _last_group(found)
        name = shown.rstrip(".")
        if name.endswith(" AG") and name.split()[-2] in _AG_OF:
            return  # "The New York AG sued": an attorney general
        head, _, body = name.partition(" of ")
        if body and not any(w in _INSTITUTIONS or w in _BODY_WORDS for w in head.split(" ")):
            if " " in head:
                return  # "Analyst Jo Park of Initech Inc." opens with a person, not a company
            if head.endswith("s") and not head.endswith("ss"):
                # "Shareholders of Meridian Holdings Ltd" are people of the company, not it
                name, shown = body, shown.partition(" of ")[2]
        self._note_company(text_key(name), _with_stop(name, shown), _kind_of(found))

    def _see_firms(self, visible: str) -> None:
        """Note as no people the names opening with a known given name that the sentence ``visible`` writes as a
        firm's (see :func:`_firms_in`: "Shares of Morgan Stanley", "analysts at Taylor Wimpey"): a later "he" or
        "she" is not theirs."""
        for key in _firms_in(visible):
            if is_given_name(key.split(" ")[0]):
                self._firms.add(key)
                self._no_person(key)

    def _note_company(self, key: str, shown: str, kind: str | None = None) -> None:
        """Note the company ``key``, shown as ``shown`` unless it was noted before, described as a ``kind`` of
        business ("carmaker", "port operator") when its description said so."""
        if kind:
            self.kinds.setdefault(key, set()).add(kind)
        if key not in self.companies:
            self.companies[key] = shown
            self._company_words.add(key, key.split(" "))
            self._company_starts.add(key, key.split()[:1])

    def knows(self, word: str) -> bool:
        """Whether the one capitalised ``word`` is a name the document has written so far: a source, a word of
        a source's or a company's name, a surname in a personal name ("Halvex" after "Halvex Corp",
        "Wren" after "Tobias Wren") or an acronym spelled out ("IEC" after "Independent Electoral Commission (IEC)")."""
        key = text_key(word)
        return (key in self.names or key in self.surnames or key in self._company_words
                or _without_accents(key) in self._by_last
                or key in self.acronyms or bool(self._bodies.holding([key])))

    def _person_owning(self, text: str) -> str | None:
        """The person's word of a span that is one capitalised word in the possessive, "of" perhaps before it, when
        that word names a person so far (see :meth:`_person_word`): "Beck's" or "of Beck's" of "Beck's contention
        was ...", "Much of Beck's ire ..." after "Glenn Beck said" is Beck, not a name ending in its own possessive
        ("Moody's said", whose word names no person)."""
        owner = _PERSON_POSSESSIVE.fullmatch(text.strip(EDGE))
        return owner.group(1) if owner and self._person_word(text_key(owner.group(1))) else None

    def _spokesperson_of_its(self, text: str) -> str | None:
        """The span ``text`` written with its owner's name when it is a spokesperson owned by "its" or "their" alone
        (see ``_ITS_SPOKESPERSON``) and the sentence before credited one source and named no other, no person nor
        spokesperson: "Velmara's spokesman" of "Its spokesman" after "Velmara rejected the report.", read as that
        would be ("velmara spokesperson"); ``None`` otherwise."""
        found = _ITS_SPOKESPERSON.fullmatch(text.strip(EDGE))
        if found is None:
            return None
        last = self._sentences_seen - 1
        before = [name for name, at in self._credited.items() if at == last]
        others = [name for name, at in self._mentioned_at.items() if at == last and name not in before]
        if len(before) != 1 or others or before[0] in self.people or before[0].endswith("spokesperson"):
            return None  # "Its spokesman" after "Velmara and Orvane rejected the report": whose is unclear
        return f"{self.shown.get(before[0], before[0])}'s {found.group(1)}"

    def _outlet_or_name(self, bare: str) -> str | None:
        """The one source named before that the name ``bare`` means with or without the kind of outlet it is (see
        ``_OUTLET_KEY``): "velnova news agency" for "velnova", "velnova" for "velnova news agency"; none for a
        person's name or a place's, nor for a name both with "news agency" and with "newspaper"."""
        found = _OUTLET_KEY.fullmatch(bare)
        named = ([found.group(1)] if found else [f"{bare} {kind}" for kind in _OUTLET_KINDS])
        named = [name for name in named if name in self.names]
        if len(named) != 1 or named[0] in self.people or (found.group(1) if found else bare) in self.places:
            return None
        return named[0]

    def _person_word(self, word: str) -> bool:
        """Whether the document names ``word`` (a key) as a person so far: the surname of a personal name written
        ("Erdogan" of "Recep Tayyip Erdogan"), a person's last word, or a source on its own ("Erdogan said")."""
        return word in self.surnames or _without_accents(word) in self._by_last or word in self.names

    def spoke(self, name: str, sentence: Sentence, quoted: Sequence[tuple[int, int]] = ()) -> None:
        """Note that ``name`` was credited with ``sentence``, the sentence seen last: a denial, or a claim worded as
        its own allegation (not a passive "Acme was accused of ..."), a report that makes it an outlet ("Axios first
        reported": see ``_REPORTED_AFTER``, ``_REPORTED_BEFORE``), and whether it writes a "he" or "she" that may
        stand for ``name`` (see :meth:`_may_mean` and :meth:`_may_be_company`), outside the regions ``quoted`` (in
        the text's positions, as ``sentence.start``: 'Corin Vale said: "She warned us."' is no sign that Corin Vale
        is a person, whom the quoted words talk about). A person seen only as a subject so far (see
        :meth:`see_subject`) is a person now, whom a short name may join."""
        if name in self._subjects and name not in self.people:
            self._note_person(name, self._subjects.pop(name))
        self._credited.pop(name, None)
        self._credited[name] = self._sentences_seen
        if sentence.label == "official_denial":
            self.denied.add(name)
        elif alleges(sentence.text, passive=False):
            self.alleged.add(name)
        if any(f" {name} " in f" {text_key(span.text)} " and (
                _REPORTED_AFTER.match(sentence.text, span.end - sentence.start)
                or _reported_before(sentence.text, max(0, span.start - sentence.start)))
               for span in sentence.spans if span.type == "source"):
            self._reporters.add(name)  # its own span, not another's ("first reported by the Post, Tom Vell said")
        # the first unquoted: more names stand before any later one
        pronoun = next((found for found in _HE_OR_SHE.finditer(sentence.text)
                        if not any(lo <= sentence.start + found.start() < hi for lo, hi in quoted)), None)
        if pronoun and self._may_mean(name, sentence.text[:pronoun.start()]):
            self._personal.add(name)
        if sentence.label == "attributed_claim":
            self._claimed_last.add(name)
        else:
            self._claimed_last.discard(name)

    def _may_mean(self, name: str, before: str) -> bool:
        """Whether a "he" or "she" after ``before``, the words before it in the sentence seen last, may stand for
        ``name``, the source that sentence is credited to: when no other personal name is written before it there
        or in the sentence before, whom it would mean ("Tobias Wren sued the bank. Wells Fargo said he was fired":
        Wren, and no evidence that Wells Fargo is a person; "Ralph Lauren said he would step down": Lauren)."""
        return not (_people_in(self._seen_before) | _people_in(before)) - set(name.split())

    def _month_kept(self, text: str, written: str) -> str:
        """``written``, the display form of the span ``text``, with the "in" and month that :func:`display_source`
        cut off as a time put back when what is left is one capitalised word that no title before it and no name
        the document wrote so far makes a person's ("Women in March", "Hotel in May": a name holding the month; not
        "Vetter in December" after "Ana Vetter", nor "Sen. Vetter in December")."""
        span = text.strip(EDGE)
        month = _IN_MONTH_END.search(span)
        if (month is None or " " in written or not written[:1].isupper() or not span[:month.start()].endswith(written)
                or _TITLE.match(span) or self._person_word(text_key(written))):
            return written
        return written + span[month.start():]

    def add_unnamed(self, display: str) -> str:
        """The source for a speaker the text does not name, shown as ``display`` ("A (interviewee)"): its key is
        ``display`` in lower case, which no other mention joins."""
        key = text_key(display)
        self.shown.setdefault(key, display)
        return key

    def resolve(self, name: str) -> str:
        """``name``, or the person later named for it when it was a nameless role or the end of a name ("López
        Obrador" before "Andrés Manuel López Obrador": see :meth:`_named_in_full`)."""
        return self.named_later.get(name, name)

    def add(self, text: str, denial: bool = False, possessive_is_name: bool = False, before: str = "",
            headline: bool = False, after: str = "") -> str:
        """The canonical source that the span ``text`` names (``""`` for none or a pronoun), in a
        sentence that is a denial or not (see :func:`display_source` for ``possessive_is_name``).
        ``before`` is the sentence's text just before the span, whose "the" the span may leave out, and ``after``
        the text after it: with the span, they may say a person's sex (see :meth:`_note_sex`). In a
        ``headline``, read after the story's copy, a capitalised role or body's noun alone ("Governor denies ...",
        "Agency rejects ...") or a body's kind in lower-case words ("Rights group says ...", see
        :func:`described_body`) is a description with "the" left out, and means the one person or body it fits,
        named anywhere. A list read as nationalities (see :func:`_nationality_list`) with a word that is no known one
        but names a person so far (see :meth:`_person_word`) is cut at its commas as any other list."""
        accusation = accusation_in_span(text, after)
        if accusation is not None:
            text = text[:accusation]  # "Police" of "Police accused of brutality say they acted lawfully"
        text = self._spokesperson_of_its(text) or text
        written = display_source(text, possessive_is_name)  # from the span as given: it keeps emoji joined
        if any(not _nationality(word) and self._person_word(word) for word in _listed_words(written)):
            # "Kestorian, Veldoran aides" after "Ilse Kestorian said": no list of nationalities
            written = display_source(text, possessive_is_name, people_listed=True)
        written = self._month_kept(text, written)
        written = self._person_owning(text) or written
        qualified = _DESCRIBED_SURNAME.fullmatch(text.strip(EDGE))
        if qualified and self._person_word(text_key(qualified.group(1))):
            written = qualified.group(1)  # "An angry Trump" after "Donald Trump": the person, not a source apart
        emphatic = _EMPHATIC_AFTER_NAME.fullmatch(text.strip(EDGE))
        if emphatic:
            written = display_source(emphatic.group(1), possessive_is_name)  # "Trump himself": Trump
        if (_monsieur_dropped(text, written) and "she" in _mention_sex(written, before + text, len(before), after)
                and not self._she_may_be_another(written)):
            written = f"M. {written}"  # "M. Quill said she disagreed": an initial, no Monsieur
        ranked = _RANK_THEN_WORD.fullmatch(written) or _LOCAL_TITLE_THEN_WORD.fullmatch(written)
        if ranked and self._by_last.holding([_without_accents(text_key(ranked.group(1)))]):
            # "DSP Adeyemo" after "SP Kunle Adeyemo", "District Attorney Vance" after "Cyrus Vance Jr.": a rank or a
            # local title before a person's surname
            written = ranked.group(1)
        # as the canonical name, for finding it in ``text`` ('Juan "Chico" Marquez' without its nickname)
        text = unicodedata.normalize("NFC", without_invisible(without_nickname(text)))
        bare = text_key(written)
        inquired = _inquired_name(text)
        if inquired is not None and self._inquired.setdefault(bare, inquired) != inquired:
            # "The inquiry into Drellmark" after "The inquiry into Orvane": another inquiry, told apart by its name
            written = f"{written} into {inquired}"
            bare = text_key(written)
        if not bare or (bare in _PRONOUNS and written != "WHO"):  # the World Health Organization speaks
            return ""
        if (bare in _OWN_PRONOUNS and written != "US") or OWN_WORK.match(text.strip(EDGE)):
            return ""
        if bare == "one" and GENERIC_ONE_AFTER.match(after):
            return ""  # "One can also debate ...": anyone, the writer's own musing, no one of a group named before
        if bare in _ONE_OF_THEM:
            group = next(reversed(self._mentioned), None)
            if group is not None and _plural_group(group):
                self._mention(group)
                return group  # "Two former employees said ... One said": one of them, no source of its own
        member = _group_reference(bare, text, before)
        group = next((named for named in islice(reversed(self._mentioned), _GROUP_LOOKBACK)
                      if _plural_group(named) and _group_member(member, named)), None)
        if group is not None:
            self._mention(group)
            return group  # "people familiar with the matter ... two of the people", "a person familiar with the matter"
        issued = self._issued_by or self._issued_in_sentence
        document = _DEFINITE_DOCUMENT.fullmatch(text.strip(EDGE)) if issued else None
        issuer = self._issued_by.get(text_key(document.group(1))) if document else None
        if issuer is not None:
            self._mention(issuer)
            return issuer  # "According to the note" after "In its note, the mission said": the mission's
        issuing = self._issued_in_sentence.get(text_key(document.group(1))) if document and not issuer else None
        if issuing is not None:
            return self.add(issuing, denial)  # "The statement said" after "The embassy issued a statement": its
        filing = _DEFINITE_FILING.fullmatch(text.strip(EDGE))
        filer = self._filed_by.get(_filing_kind(filing.group(1))) if filing else None
        if filer is not None:
            return self.add(filer, denial)  # "The complaint says" after "The Securities Board sued": the board's
        shown = self.shown.get(bare)
        # the spelling first seen is shown ("O’Neill" over a later "O'Neill"), a capitalised one over a
        # lower-case one
        if shown is None or (shown == shown.lower() and written != written.lower()):
            self.shown[bare] = _with_stop(written, text)
        kin = _described_as_kin(written, before + text, len(before), after)
        text = fold_apostrophes(text)  # its words are compared with the canonical name's
        described = headline and (all(w in PERSON_ROLES or w in BODY_NOUNS for w in bare.split(" "))
                                  or described_body(written))
        meant = None if described else self._namesake_meant(bare, written, before + text, len(before), after)
        name = (self._description_stands_for(bare, denial, anyone=True) if described
                else meant or self._stands_for(bare, written, text, denial, before, kin, after))
        if meant is None and name != bare and " " not in bare and name in self.people:
            self._alone_for.setdefault(bare, name)
        if name == bare and not described:
            name = self._surnames_in_full(bare, written) or name  # "Ruiz and Vask" after "Ana Ruiz", "Tom Vask"
        self._name_the_role(text, name)
        investing = None if "," in text else _APPOSED_INVESTOR.match(after)
        self._note_business(f"{text}, {investing.group(1)}" if investing else text, name)
        apposed = None if "," in text else _APPOSED_KIND.match(after)
        self._note_kind(f"{text}, {apposed.group(1)}" if apposed else text, name)
        self._note_kind_before(text, name)
        # a person written with a title ("Mr Trevane") or as a surname seen in a name, before it counts as a body
        person = name == bare and self._one_word_person(name, written, text)
        if name not in self.names:
            self.names[name] = len(self.names)
            self._unaccented.setdefault(united_nations(_without_accents(name)), name)
            ministry = _ministry(name)
            if ministry:
                self._ministries.setdefault(ministry[2][-1], []).append(name)
            letters = _in_letters(name)
            if letters is not None:
                self._posts_written.setdefault(letters, name)
            if name not in self.people:  # a person named with a title in an earlier sentence
                self._bodies.add(name, name.split(" "))
        if name == bare and _firm_named(name, text):
            self._note_company(name, self.shown.get(name, written))  # "Ostrava Chemicals", whose "Ostrava" joins it
        person |= (name == bare and " " in name and _person_like(name, text)
                   and not _LEGAL_FORM_END.search(name) and not _newspaper(name, before + text)
                   and name not in self.companies and name not in self._firms)
        # "Halvard Terminals, the port operator" and "Morgan Stanley" of "Shares of Morgan Stanley" are no person
        if person:
            # written without a role ("Alan Pike said"), a person keeps the one written before
            roles = _role_words(text, name) | _party_state_after(after, 0)  # 'Sen. Ana Ruiz (D-N.Y.) said'
            self._note_person(name, roles or self.people.get(name, frozenset()))
            if title_case(before + text + after):
                self._headline_people.add(name)
        self.described = name if name in self.people else None
        self._titled = None
        self._mention(name)
        self._note_issued(name, text, before, after)
        if name in self.people:
            self.recent_person = name
            self._named_at[name] = self._seen_count
            if name != self.subject_person:
                self.subject_person = None
            namesakes = self._namesake_people.get(name.split(" ")[-1])
            if namesakes is not None:
                namesakes.was_named(name, self._seen_count)
            self._people_named.pop(name, None)
            self._people_named[name] = None
            self._note_sex(name, written, before + text, len(before), after)
            if kin:
                self._kin.add(name)
        return name

    def _note_issued(self, name: str, text: str, before: str, after: str) -> None:
        """Note that the source ``name``, of the span ``text``, issued the document the sentence writes as its own: in
        an opener just ``before`` the span ("In its note, the mission said", "In a statement, the ministry said"), just
        ``after`` it, after its verb ("The mission said in its note verbale that"), or after its possessive ("The
        ministry's statement said", the span with the document or without it), or in the span before its maker ("A
        report by Safeguard Rights Watch said", see ``_DOCUMENT_BY_MAKER``): a later "the note" (see
        ``_DEFINITE_DOCUMENT``) is then that source's, by the document's words as written, its noun, or the noun's
        first word ("joint note verbale", "note verbale", "note")."""
        written = text.rstrip()
        found = (_OWN_DOCUMENT_BEFORE.search(before[-_OWN_DOCUMENT_REACH:]) or _OWN_DOCUMENT_AFTER.match(after)
                 or (_DOCUMENT_NEXT.match(after) if written.endswith(("'s", "’s"))
                     else _POSSESSED_DOCUMENT.search(written[-_OWN_DOCUMENT_REACH:]))
                 or _DOCUMENT_BY_MAKER.match(written))
        for key in _document_keys(found):
            self._issued_by[key] = name

    def _see_filer(self, sentence: str) -> None:
        """Note who ``sentence`` says sues, files a suit or indicts (see ``_FILER``): a name by "the" and a capital,
        two capitalised words or an acronym ("The Securities Board", "Ana Ruiz", "SEC"; not "Tenants" nor "He"), not
        two joined by "and" without "the" ("Ana Ruiz and Tom Vell"). A later "the complaint", "the lawsuit" or "the
        indictment" is theirs (see :meth:`add`) while the text names one filer of its kind; none once it names two."""
        found = _FILER.match(sentence)
        name = (found.group("filer") or found.group("agent")) if found else None
        if found is None or not name:
            return
        words = name.split()
        the = words[0].lower() == "the"
        joined = "and" in words and (not the or text_key(words[words.index("and") - 1]) in BODY_NOUNS)
        if not (the or len(words) > 1 or name.isupper()) or joined:
            return
        kind = "indictment" if found.group("indicted") else "suit"
        before = self._filed_by.get(kind, name)
        same = before is not None and text_key(display_source(before)) == text_key(display_source(name))
        self._filed_by[kind] = name if same else None  # another filer: whose "the complaint" is, is unclear

    def _see_issuer(self, sentence: str) -> None:
        """Note the subject that ``sentence`` opens with when it issues, releases, sends or publishes a document (see
        ``_ISSUES_DOCUMENT``: "The Velmaran embassy in Lisk issued a statement on Saturday."), a body's name or a
        person's (see :func:`opening_subject`): a later "the statement" is theirs (see :meth:`add`) while the text
        names one issuer of a document by its words, none once another subject issues one, or one is written as new
        with no issuer read ("A statement was posted")."""
        found = opening_subject(sentence)
        issued = _ISSUES_DOCUMENT.match(sentence, found[1]) if found else None
        name = sentence[found[0]:found[1]] if found and issued else None
        for document in _INDEFINITE_DOCUMENT.finditer(sentence):
            for key in _document_keys(document):
                before = self._issued_in_sentence.get(key, name)
                same = name is not None and before is not None and text_key(before) == text_key(name)
                self._issued_in_sentence[key] = name if same else None

    def _see_banks(self, sentence: str) -> None:
        """Note each bank ``sentence`` names (see ``_BANK_NAME``: "Dravik Bank" of "The board accused Dravik Bank"),
        whether or not a source: a later "the bank" may mean it (see :meth:`_bank_described`)."""
        for found in _BANK_NAME.finditer(sentence):
            self._banks.setdefault(text_key(found.group(1)), found.group(1))

    def _bank_described(self, bare: str, denial: bool) -> str | None:
        """The bank, as written, that the description ``bare`` means when it is "bank" and the text named one bank so
        far (see :meth:`_see_banks`), in a ``denial`` not the accuser ("Dravik Bank accused the board ... The bank
        denied" is no one's); ``None`` otherwise."""
        if bare != "bank" or len(self._banks) != 1:
            return None
        key, written = next(iter(self._banks.items()))
        return None if denial and self._accuser(key) else written

    def _forget_issued(self, sentence: str) -> None:
        """Forget who issued each document that ``sentence`` writes as a new one ("Pelosi and Schumer released a joint
        statement": see ``_INDEFINITE_DOCUMENT``): a later "the statement" may be this one (see :meth:`_note_issued`,
        read after, for a sentence that says whose it is)."""
        for found in _INDEFINITE_DOCUMENT.finditer(sentence) if self._issued_by else ():
            for key in _document_keys(found):
                self._issued_by.pop(key, None)

    def _she_may_be_another(self, written: str) -> bool:
        """Whether a "she" after "M." and the surname ``written`` may be a woman named before rather than the
        speaker: the document gave the surname to a person already and named before a person of another surname not
        known to be a man ("Emmanuel Macron ... Marine Le Pen ... M. Macron said she was wrong": Monsieur Macron, of
        Le Pen). With no such person ("Tom Quill ... M. Quill said she disagreed") the "she" is the speaker's, and
        "M." an initial."""
        last = _without_accents(text_key(written)).split(" ")[-1]
        return bool(self._by_last.holding([last])) and any(
            self.sex_of(name) != "he" and _without_accents(name).split(" ")[-1] != last for name in self._people_named)

    def _note_sex(self, name: str, written: str, sentence: str, start: int, after: str) -> None:
        """Note the sex of the person ``name`` that their mention says: the span written from ``start`` in
        ``sentence``, which ends there, writing their name as ``written`` (see :func:`display_source`); ``after``
        the rest of the sentence (see :func:`_mention_sex`): a title just before the name or a description after it,
        and "he" or "she" the name said just after it, or "his" or "her" in its relative clause of speech, each noted
        apart (see :meth:`sex_of`)."""
        written_sex, said_sex = _mention_sex(written, sentence, start, after)
        if written_sex:
            self._sex_written[name] = written_sex if self._sex_written.get(name, written_sex) == written_sex else ""
        if said_sex:
            self._sex_said[name] = said_sex if self._sex_said.get(name, said_sex) == said_sex else ""
        namesakes = self._namesake_people.get(name.split(" ")[-1])
        if namesakes is not None:
            namesakes.vote(name, self.sex_of(name) if name in self.people else None)

    def sex_of(self, name: str) -> str | None:
        """The sex of the person ``name`` as "she" or "he", or ``None`` when unknown or in doubt: the sex their
        titles and descriptions say (see :meth:`_note_sex`) and their given name's (see :func:`_given_name` and
        :func:`framing.given_names.given_name_sex`), when neither says the other; failing both, the sex of the
        "he" or "she" they said, when each says the same."""
        written = self._sex_written.get(name)
        given = given_name_sex(_given_name(name))
        if written == "" or (written and given and written != given):
            return None
        return written or given or self._sex_said.get(name) or None

    def person_for(self, pronoun: str) -> str | None:
        """The person "he" or "she" (``pronoun``) stands for: the person named most recently, unless their sex
        is known to be the other (see :meth:`sex_of`), then the one named last before them whose sex is not,
        among the last ``_PRONOUN_REACH`` people named; none when each of them is of the other sex, as crediting a
        woman's words to a man misleads more than crediting no one."""
        if self.recent_person is None or self.sex_of(self.recent_person) in (None, pronoun):
            return self.recent_person
        reach = islice(reversed(self._people_named), _PRONOUN_REACH)
        return next((name for name in reach if self.sex_of(name) in (None, pronoun)), None)

    def see_subject(self, sentence: str, start: int, end: int, answered: bool = True) -> bool:
        """Note the person whose full name the subject at ``start:end`` of ``sentence`` writes with a person's role
        or title (see :func:`opening_subject`), in a sentence that names no source ("Velmark's President Oren Task
        was asked ...", "Dana Holm, a spokeswoman, spoke ..."), as the person named most recently, whom a later "he"
        or "she" may mean (see :meth:`person_for`), their sex as their mention says it; a body, a company and a
        person with no role ("Gerald Whitcombe, 64, was arrested": the accused, whose "He denied" stays in doubt)
        are passed over. Only once credited (see :meth:`spoke`) may a short name join them: "Velmora" of "Ines
        Velmora, a lawyer, was charged" is no one yet. One who ``answered`` (spoke or was asked, not "declined to
        comment") is also the ``subject_person``, whom a pronoun of unknown sex does not pass over for the last
        speaker, unless the sentence names that speaker after the subject (``subject_addressed``: "Robin Task told
        Varga to sit down", "wrote to the mayor"). Whether the subject was so noted."""
        text = fold_apostrophes(unicodedata.normalize("NFC", without_invisible(sentence[start:end])))
        written = display_source(text)
        key = text_key(written)
        roles = _role_words(text, key)
        if (" " not in key or not _person_like(key, text) or key in self.companies or key in self._firms
                or _LEGAL_FORM_END.search(key)
                or (key in self.names and key not in self.people) or not roles & (PERSON_ROLES | {"spokesperson"})):
            return False
        self.shown.setdefault(key, _with_stop(written, sentence[start:]))
        if key not in self.people:
            self._subjects[key] = roles  # a person for short names once credited (see :meth:`spoke`)
        self.recent_person = key
        self.subject_person = key if answered else None
        self.subject_addressed = frozenset(name for name in self._people_named
                                           if name != key and self._names_again(sentence[end:], name))
        self._people_named.pop(key, None)
        self._people_named[key] = None
        self._note_sex(key, written, sentence[:end], start, sentence[end:])
        return True

    def topic_of(self, sentence: str, start: int, end: int) -> str | None:
        """The person the subject at ``start:end`` of ``sentence``, a sentence that names no source (see
        :func:`opening_subject`), writes of, with their sex as the mention says it noted: a person named before, in
        full or by a surname that one person named so far ends with ("Oduya was less sure." after "Dr. Felix Oduya
        said ..."), or one named here in full ("Delphine Arkwright, 52, has been ...") or by a surname after a
        personal title ("Ms Arkwright has run ...") or written in a full name before (see
        :meth:`_one_word_person`); ``None`` for a company, a body, a newspaper (see :func:`_newspaper`), a place or a
        surname of two people. A "he" or
        "she" in the next sentence may mean them (see :meth:`take_topic`)."""
        text = fold_apostrophes(unicodedata.normalize("NFC", without_invisible(without_nickname(sentence[start:end]))))
        written = display_source(text)
        key = text_key(written)
        if " " not in key and key not in self.people:
            named = self._by_last.holding([_without_accents(key)])
            if len(named) == 1:
                key = named.pop()  # "Oduya" of "Dr. Felix Oduya"
            elif named or not self._one_word_person(key, written, text):  # "Ms Arkwright", "Wren" of "Tobias Wren"
                return None
            elif len(self._namesakes.get(key, {})) == 1 and not _TITLE.match(text.strip(EDGE)):
                # "Marsh" after "Judge Carla Benning told Edith Marsh ...": the one person written in full by that
                # surname, whose given name may tell her sex
                written = next(iter(self._namesakes[key].values()))
                key = text_key(written)
        elif key not in self.people and (not _person_like(key, text) or key in self.names or key in self.companies
                                         or key in self._firms or _LEGAL_FORM_END.search(key)
                                         or _newspaper(key, sentence[:end])):
            return None  # "The Kessel Courier reported ..." is no one "he" may mean
        self.shown.setdefault(key, _with_stop(written, sentence[start:]))
        self._note_sex(key, written, sentence[:end], start, sentence[end:])
        return key

    def take_topic(self, name: str) -> None:
        """Note ``name``, the person the sentence before wrote of as its subject (see :meth:`topic_of`), whom a "he"
        or "she" was read to mean, as the person named most recently, who keeps that place as a subject that spoke
        does (see :meth:`see_subject`); not yet named as a source, a short name joins them once credited."""
        if name not in self.people:
            self._subjects.setdefault(name, frozenset())
        self.recent_person = self.subject_person = name
        self.subject_addressed = frozenset()
        self._people_named.pop(name, None)
        self._people_named[name] = None

    def others_named(self, text: str, person: str) -> dict[str, str | None]:
        """The people other than ``person`` (a key) that ``text`` names, by the key of their last word, each with
        their sex, "he" or "she", or ``None`` when unknown: named in full with a given name of
        :mod:`framing.given_names` or after a title ("Tom Vell", "Mr. Tom Vell", "Ms Okafor"; not "Halvorsen
        Freight"), a titled one of :func:`_people_in`, their sex as the name is written (see :func:`_sex_written`);
        or by the last word of a person credited so far ("Oduya"), of the sex known of them (see :meth:`sex_of`)
        when only one person ends with it. A "he" or "she" of the pronoun's sex after ``text`` may be theirs."""
        own = set(person.split())
        named = {text_key(found.group(0).split()[-1]): _sex_written(found.group(0).split())
                 for found in _TITLED_NAME.finditer(text)}
        for found in _FULL_NAME.finditer(text):
            if given_name_sex(found.group(1).split()[0]) or _TITLE.match(found.group(1)):
                named.setdefault(text_key(found.group(2)), _sex_written(found.group(1).split()))
        for key in map(text_key, re.findall(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][^\W\d_]*", text)):
            people = self._by_last.holding([_without_accents(key)])
            if people and named.get(key) is None:
                named[key] = self.sex_of(next(iter(people))) if len(people) == 1 else None
        return {key: sex for key, sex in named.items() if key not in own}

    def note_pronoun(self, name: str, pronoun: str) -> None:
        """Note that a "he" or "she" (``pronoun``) going on with the account of the person ``name`` was credited to
        them: it says their sex as one they said does (see :meth:`sex_of`), so that a "she said" of theirs makes a
        later "he said" someone else's."""
        if name in self.people:
            self._sex_said[name] = pronoun if self._sex_said.get(name, pronoun) == pronoun else ""

    def _names_again(self, text: str, name: str) -> bool:
        """Whether ``text`` names the person ``name`` (a key) again: their last word as a word ("Varga"), or "the"
        and a title written with them ("the mayor" after "Mayor Ana Varga"; a title only, as other role words may be
        another's: "striker" of "The striker's agent, Marco Devlin")."""
        folded = _without_accents(text_key(text))
        titles = self.people.get(name, frozenset()) & _TITLE_NOUNS
        words = [_without_accents(name.split(" ")[-1])] + [f"the {title}" for title in titles]
        return any(re.search(rf"(?<![\w'-]){re.escape(word)}(?![\w'-])", folded) for word in words)

    def _one_word_person(self, name: str, written: str, text: str) -> bool:
        """Whether the one-word source ``name`` (``written`` as in the span ``text``) is a person not seen before:
        capitalised after a personal title ("Mr Trevane", "Dr. Osei") or a role's ("President Macron",
        "Chancellor Scholz": a later "the president" may mean them), written with a role after a comma ("Orvane,
        the chief executive"; not a business's rank: "Zenta, the market leader", see ``_RANKING_MODIFIERS``), or
        a surname the document wrote in a personal name ("Wren" after "Tobias Wren, 41, was charged", or "Tobias
        Wren's lawyer"); never an acronym, a company, a place or a word of a body's name seen so far (a list of
        names that a source was, "Tobias Wren and Ines Kowal", is no body: see :func:`_in_list_of_names`)."""
        if " " in name or name in self.people or not written[:1].isupper() or written.isupper():
            return False
        known = (name in self.companies or name in self._company_words or name in self.places
                 or any(not _in_list_of_names(body, name) for body in self._bodies.holding([name]) - {name}))
        head = _LEADING.sub("", _without_heading(text).strip(EDGE))
        titled = bool(_TITLE.match(head) or _ROLE_END.search(head.rpartition(" ")[0]))
        titled |= _apposed_role(head.partition(",")[2])  # "Orvane, the chief executive"
        return not known and (titled or name in self.surnames)

    def _note_person(self, name: str, roles: frozenset[str]) -> None:
        """Note ``name`` as a person written with the role words ``roles`` (those written last count)."""
        if name in self.people:
            self._by_role.remove(name, self.people[name])
        else:
            self._bodies.remove(name, name.split(" "))
            self._by_first.add(name, _first_keys(name))
            self._by_last.add(name, _last_keys(name))
            self._by_first_surname.add(name, _second_last_key(name))
        self.people[name] = roles
        self._by_role.add(name, roles)
        namesakes = self._namesake_people.get(name.split(" ")[-1])
        if namesakes is not None:
            self._file_person(namesakes, name)
        self._named_in_full(name)

    def _named_in_full(self, person: str) -> None:
        """Credit to ``person`` the one person named before by the end of their name, two words or more that open
        with no known given name (see :func:`framing.given_names.given_name_sex`): "López Obrador" of a headline,
        a Spanish double surname, is "Andrés Manuel López Obrador" that the copy names after it, as a nameless
        role later named is (see ``named_later``). The other way round, a shorter name after the full one joins it
        as a surname does (see :meth:`_name_stands_for`)."""
        folded = _without_accents(person)
        shorter = [name for name in self._by_last.holding(folded.split(" ")[-1:])
                   if name != person and name not in self.named_later and " " in name
                   and _ends_with_name(folded, _without_accents(name)) and given_name_sex(name.split(" ")[0]) is None]
        if len(shorter) == 1:
            self.named_later[shorter[0]] = person
        surname = person.rpartition(" ")[2]
        if (self._only_namesake.get(surname) == person and surname in self.people
                and surname not in self.named_later):
            # "Bobby Scott is ... / Scott said ... / Bobby Scott said": the surname alone spoke for the one person
            # of that name written in full then, now a source by it
            self.named_later[surname] = person
        elif self._headline_surname(surname, person):
            self.named_later[surname] = person  # "Vask: '...'" then "Mara Vask said": the headline meant her
            self._headline_joined[surname] = person
        elif " " in person and self._headline_joined.get(surname, person) != person:
            # "Vask: '...'", "Lina Vask said", then "Oren Vask said": the headline may mean either
            self.named_later.pop(surname, None)

    def headline_credited(self, name: str) -> None:
        """Note that the text's first line, a headline on a line of its own though it ends in a stop (no page
        furniture, so read in order: "Vask: 'We will not back down.'"), credited the source ``name``; a word alone
        may be the surname of the person the copy then names in full (see :meth:`_headline_surname`)."""
        if name and " " not in name:
            self._headline_words.add(name)

    def _headline_surname(self, surname: str, person: str) -> bool:
        """Whether ``surname``, a word alone the headline credited (see :meth:`headline_credited`), is ``person``,
        now a source by their full name: the one person of that surname written in full so far, it having been
        written as no place, company or other body's word ("Ford" after "Ford Motor Co." is the company) and joined
        to no one else."""
        return (surname in self._headline_words and person in self.names and surname not in self.named_later
                and len(self._namesakes.get(surname, {})) == 1 and surname not in self.places
                and surname not in self._company_words and surname not in self.companies
                and not self._bodies.holding([surname]) - {surname})

    def _no_person(self, name: str) -> None:
        """Read the source ``name``, noted as a person by its capitalised words ("Orvane Pharma"), as a body."""
        if name not in self.people:
            return
        words = name.split()
        self._by_role.remove(name, self.people.pop(name))
        self._by_first.remove(name, _first_keys(name))
        self._by_last.remove(name, _last_keys(name))
        self._by_first_surname.remove(name, _second_last_key(name))
        self._namesake_people.pop(words[-1], None)  # read again when next needed, without them
        self._bodies.add(name, words)
        self._people_named.pop(name, None)
        if self.recent_person == name:
            self.recent_person = None
        if self.subject_person == name:
            self.subject_person = None

    def _name_the_role(self, text: str, name: str) -> None:
        """Credit an earlier nameless role to ``name`` when ``text`` reads "the <role>, <name>", and an earlier
        nameless body, written in lower case, to the body so named ("a government watchdog group", then "The
        group, Open Ledger")."""
        found = _ROLE_THEN_NAME.match(_SPACE.sub(" ", text.strip(EDGE)))
        if not found or name in self.names or " " not in name:
            return
        role = re.sub(r"['’]s(?=\s)", "", _one_spokesperson(found.group(1))).lower()  # "army's spokesperson"
        want = role.split(" ")
        if want[-1] in _BODY_KINDS:  # "The group, Open Ledger": a body, whatever its name looks like
            self._name_the_body(want, name)
            return
        if want[-1] not in PERSON_ROLES or not _person_like(name, text):
            return
        # the role as written later ("the army spokesperson") or its last word alone ("the spokesperson")
        nameless = [n for n in self._bodies.holding(want[-1:]) if n not in self.named_later
                    and n.split(" ")[-1] == want[-1] and (set(want) <= set(n.split(" ")) or n == want[-1])
                    and not (_RANK_MODIFIERS & set(n.split(" "))) - set(want)]  # not "a deputy minister"
        if len(nameless) == 1:
            self.named_later[nameless[0]] = name

    def _name_the_body(self, want: list[str], name: str) -> None:
        """Credit to the body ``name`` the one earlier nameless body, written in lower case, that the words
        ``want`` describe ("government watchdog group" for "the group" or "the watchdog group")."""
        nameless = [n for n in self._bodies.holding(want[-1:]) if n not in self.named_later
                    and n.split(" ")[-1] == want[-1] and set(want) <= set(n.split(" "))
                    and self.shown.get(n, "").islower()]
        if len(nameless) == 1:
            self.named_later[nameless[0]] = name

    def _note_business(self, text: str, name: str) -> None:
        """Note ``name`` as a company when its span ``text`` describes it as a business, wherever in
        the sentence ("according to Orlin Airways, a regional airline", "the carmaker Velta Motors"), or names it
        with its legal form after a description ("the developer Baywater Holdings", see
        :func:`_company_described_in_span`)."""
        written = _without_heading(text.strip(EDGE)).strip(EDGE)
        found = _DESCRIBED_BUSINESS.match(written) or _company_described_in_span(written)
        if found and normalise_source(_last_group(found)) == name:
            self._note_company(name, display_source(_last_group(found)), _kind_of(found))
        investor = _DESCRIBED_INVESTOR.fullmatch(written)
        if investor and normalise_source(investor.group(2)) == name and _investing_firm(investor):
            self._note_company(name, display_source(investor.group(2)), " ".join(investor.group(1).lower().split()))
        investor = _INVESTOR_DESCRIBED_AFTER.fullmatch(written)
        if investor and normalise_source(investor.group(1)) == name and _investing_firm(investor, 1, 2):
            self._note_company(name, display_source(investor.group(1)), " ".join(investor.group(2).lower().split()))

    def _note_kind(self, text: str, name: str) -> None:
        """Note the words the span ``text`` describes its source ``name`` with, when it reads "a <kind>, <name>"
        or "<name>, a <kind>" (see :data:`_KIND_DESCRIPTION`: "A watchdog group, Civic Compass"; :meth:`add` gives
        a description set apart right after the span with it: "Pellam, the charity, said")."""
        parts = [p.strip(EDGE) for p in _without_heading(text.strip(EDGE)).split(",")]
        if len(parts) != 2:
            return
        for description, other in (parts, parts[::-1]):
            found = _KIND_DESCRIPTION.fullmatch(description)
            words = found.group(1).split() if found else []
            # "a spokesman for the group, Ilse Marrow" describes a person by a body, not a body
            if words and not _JOINERS & set(words) and normalise_source(other) == name:
                self.body_kinds.setdefault(name, set()).update(words)

    def _note_kind_before(self, text: str, name: str) -> None:
        """Note the words the span ``text`` describes its source ``name`` with before it, when it reads "<kind>
        <name>" with a trade, a firm's or a body's kind last ("Ferry operator Northlink", "Security firm Dunmore",
        "the human rights group Harbour Watch", "the NGO Carvel Watch": see ``_KIND_BEFORE_NAME``) and the name as
        written after it (not "network President Vladimir Putin"), so that "the ferry operator" or "the group" later
        joins it as "Northlink, the ferry operator" would."""
        span = _without_heading(text.strip(EDGE)).strip(EDGE)
        found = _KIND_BEFORE_NAME.match(span)
        if found is None:
            return
        words = found.group(1).lower().split()
        if ((_trade_head(words[-1]) or words[-1] in _BODY_KINDS or words[-1] == "ngo") and not _JOINERS & set(words)
                and text_key(span[found.end():].strip(EDGE)) == name):
            self.body_kinds.setdefault(name, set()).update(words)

    def _stands_for(self, bare: str, written: str, text: str, denial: bool, before: str, kin: bool,
                    after: str = "") -> str:
        """The source the mention ``bare`` (``written`` so, in the span ``text``) stands for, by the rules of the
        class: a source written before with other accents or the other way round that source, a name the one person
        or company it shortens (a relative's, ``kin``, never a name spelled another way), a description with "the"
        (perhaps just before the span, at the end of ``before``, the sentence's text before it) the one body, company
        or person it describes, failing those a capitalised body's noun ("The Ministry") the one body of that noun
        the document's first lines name in full (see :func:`_issuers_named`); else itself. An acronym
        in capitals that the document spelled out is that name, never a post of ``SHORT_POSTS`` ("the SP" after "the
        Socialist Party (SP)", not a superintendent of police). ``after``: the sentence's text after the span."""
        spelled = written.isupper() and bool(self.acronyms.get(bare))
        the_before = bool(search_before_space(_THE_BEFORE, before, len(before), len("the")))
        if bare not in self.names:
            # "the Tanaiste" after "the Tánaiste", "the Interior Ministry" after "the Ministry of Interior"; in a
            # denial not an accuser ("Iraq's Ministry of Interior accused ... Turkey's Interior Ministry denied")
            same = (self._unaccented.get(united_nations(_without_accents(bare))) or self._reworded(bare)
                    or (self._seat_or_country(bare) if _GOVERNMENT_OF.fullmatch(bare) else None)
                    or (None if spelled else self._post_written_otherwise(bare)))
            if same and not (denial and self._accuser(same)):
                return same
        generic = not spelled and _generic(bare, written)
        if (_name_word(written) or _after_particles(written)) and not generic:
            # "The Health Minister" after "Health Minister Colm Ardagh": a role capitalised as a title, with "the"
            the = not spelled and _with_the(text, the_before)
            person = (self._person_described(bare, bare.split(" "), denial)
                      if the and (_role_head(bare) in PERSON_ROLES or _role_head(bare) in _ROLE_SYNONYMS
                                  or _state_party_member(bare)) else None)
            person = person or (self._person_so_called(bare, denial) if the else None)  # "the Croatian"
            return person or self._name_stands_for(bare, written, text, denial, kin, (before, after))
        kind, _, role = bare.partition(" ")
        if role == "spokesperson" and kind in _COMPANY_WORDS and _THE_COMPANY.search(text):
            return self._company_spokesperson(bare, denial)
        if not (generic and _with_the(text, the_before)):
            return bare
        described = self._description_stands_for(bare, denial, before=before, after=after)
        bank = self._bank_described(bare, denial) if described == bare else None
        if bank is not None:
            return self.add(bank, denial)  # "The bank said" after "The board accused Dravik Bank": Dravik Bank
        issuers = self._issuers.get(bare, set()) if described == bare and written[:1].isupper() else set()
        issuer = next(iter(issuers)) if len(issuers) == 1 else None
        if issuer is None or (denial and (self._accuser(issuer) or self._denied_since_claim(issuer))):
            return described  # a denial is not the side whose claim another denied since
        return issuer  # "The Ministry" of a statement headed "Statement of the Ministry of Foreign Affairs of ..."

    def _reworded(self, bare: str) -> str | None:
        """The one source named before that the ministry or department ``bare`` names in other words (see
        :func:`_same_ministry`: "ministry of interior" or "ministry of the interior" of "interior ministry", and
        back; "foreign ministry" of "ministry of foreign affairs"; "saudi interior ministry" of "saudi arabia's
        ministry of interior"); ``None`` for none, or for two (two countries' foreign ministries)."""
        ministry = _ministry(bare)
        spelled = self.acronyms.get("mfa")
        if ministry is None or (_MFA.search(bare) and spelled and _ministry(spelled) is None):
            return None  # nor "MFA" after "the Museum of Fine Arts (MFA)"
        same = [name for name in self._ministries.get(ministry[2][-1], ())
                if name != bare and _same_ministry(bare, name) and not self._abroad(ministry, name)]
        return same[0] if len(same) == 1 else None

    def _abroad(self, ministry: tuple[str, str, list[str]], named: str) -> bool:
        """Whether the ministry ``ministry`` (see :func:`_ministry`), written with a country or a nationality, is
        another country's than the one of the dateline (``dateline_country``), whose ministry the source ``named``
        before without a country is: "China's foreign ministry" after "The foreign ministry" under "TOKYO, April 2
        - " is not Japan's."""
        before = _ministry(named)
        if self.dateline_country is None or before is None or before[1] or len(before[2]) >= len(ministry[2]) + 1:
            return False
        owner = ministry[1] or " ".join(ministry[2][:len(ministry[2]) - len(before[2])])
        return bool(owner) and not _same_country(self.dateline_country, owner)

    def _post_written_otherwise(self, bare: str) -> str | None:
        """The first source named before that is the post ``bare`` names written the other way, in letters or
        spelled out ("prime minister" for "pm", "deputy cm" for "deputy chief minister": see ``SHORT_POSTS``);
        ``None`` for none."""
        letters = _in_letters(bare)
        return self._posts_written.get(letters) if letters is not None else None

    def _company_spokesperson(self, bare: str, denial: bool) -> str:
        """The spokesperson ``bare`` ("company spokesperson", of "a spokesman for the company") of the company "the
        company" means (see :meth:`_company_described`): "torrin payments ltd spokesperson", or "torrin spokesperson"
        when "a Torrin spokesman" spoke before; ``bare`` itself when it means none."""
        company = self._company_described(bare.partition(" ")[0], denial)
        if company is None:
            return bare
        # "a Torrin spokesman" before: the one spokesperson, by the company's short name or first word
        spoken = [name for at, char in enumerate(company) if char == " "
                  for name in [f"{company[:at]} spokesperson"] if name in self.names
                  and (_short_for(company, company[:at]) or self._company_first_word(company[:at]) == company)]
        if spoken:
            return spoken[0]
        name = f"{company} spokesperson"
        self.shown.setdefault(name, f"{self.shown[company]} spokesperson")
        return name

    def _name_stands_for(self, bare: str, written: str, text: str, denial: bool, kin: bool,
                         around: tuple[str, str] = ("", "")) -> str:
        """The source the capitalised name ``bare`` stands for, in a sentence that is a ``denial`` or not (``around``:
        the sentence's text before the span ``text`` and after it): itself
        when a source already, the person it names with the given name spelled another way unless ``kin``, described
        as a relative (see :meth:`_respelled`), the short name a company with legal forms spoke as before (see
        :meth:`_may_be_company`), the name or the post that is a source spelled out before it as an acronym (see
        :meth:`_see_acronyms`), or the source it is with or without "'s", the one person whose double surname it
        opens (see :meth:`_first_surname_joins`), else the one person whose name it
        shortens (see :meth:`_person_shortened`), failing any such person the one company (see
        :meth:`_company_shortened`), else itself."""
        if bare in self.people or bare in self.names:
            return bare  # a name already a source on its own ("Ford" the company) stays itself
        author = self._lead_author(bare)
        if author is not None:
            return author
        respelled = None if kin else self._respelled(bare)
        if respelled is not None:
            return respelled  # "Dmitri Peskov" after "Dmitry Peskov"
        short, _, role = bare.rpartition(" ")
        company = self._company_shortened(short) if role == "spokesperson" and short else short
        if company != short and f"{company} spokesperson" in self.names:
            return f"{company} spokesperson"  # "a Torrin spokesman" after "a spokesman for the company"
        # "Orvane Pharma Inc." after "Orvane Pharma" or "Orvane" said: the source it spoke as, as either after
        # "Orvane Pharma Inc." joins it, but for a person ("Ralph Lauren said he ... Ralph Lauren Corp.") and,
        # in a denial, for the accuser ("Corin Vale accused ... Corin Vale Ltd. denied")
        spoken = self._spoken_as(bare)
        word = bare.partition(" ")[0]
        if spoken == bare and word in self.names and self._company_first_word(word) == bare:
            spoken = word
        if spoken != bare and self._may_be_company(spoken) and not (denial and self._accuser(spoken)):
            self.spoke_as[bare] = spoken
            self._no_person(spoken)  # a company's short name, so that "Orvane" then joins it too
            return spoken
        spelled_out = self.acronyms.get(bare)
        if spelled_out:
            # "EFCC" after "the Economic and Financial Crimes Commission (EFCC)"; "MEA" after "India's Ministry of
            # External Affairs (MEA)", spelled out without the owner, the one ministry so named
            same = None if spelled_out in self.names else self._reworded(spelled_out)
            return same if same and not (denial and self._accuser(same)) else spelled_out
        post = self.posts.get(bare)
        if post and post in self.names:
            return post  # "The DPP" after "The Director of Public Prosecutions (DPP) said"
        # "Moody's" that speaks and "Moody" that owns a report ("Moody's report said"): one source
        other = bare.removesuffix("'s") if bare.endswith("'s") else bare + "'s"
        if other in self.names and other not in self.people:
            return other
        outlet = self._outlet_or_name(bare)
        if outlet is not None:
            return outlet  # "Velnova" after "The Velnova news agency said", and back: one source
        # "Marsh", "De Vries", and "al-Assad" or "Assad" of "Bashar al-Assad"; "Perez" of "José Pérez", as the
        # accents of a whole name are left out or written (see ``_unaccented``)
        folded = _without_accents(bare)
        ending = {p for p in self._by_last.holding(folded.split()[-1:])
                  if _ends_with_name(_without_accents(p), folded)}
        # but never by a given name written last alone: "Mingtao" is no short name of Zhou Mingtao
        last = {p for p in ending if not _given_name_last(_without_accents(p))}
        # a family name written first
        first = {p for p in self._by_first.holding(folded.split()[:1])
                 if _without_accents(p).startswith(folded + " ")}
        double = self._first_surname_of(folded) if not first and " " not in folded else None
        if double is not None and self._first_surname_joins(double, written, text, around, last):
            # "Ortega" of "María Luisa Ortega Vidal"; "Vidal" just after "Ana Vidal Serrano" spoke, though it ends
            # "María Luisa Ortega Vidal" too
            self._personal.add(double)
            return double
        described = self._described_in_headline(bare, written, last, first)
        if described is not None:
            self._forget_person(described)
            self.named_later[described] = bare
            return bare
        person = self._person_shortened(bare, written, text, last, first)
        if person is not None:
            self._personal.add(person)
            return person
        joint = None if ending or first or " " in bare else self._one_of_joint(bare, written, text, around)
        if joint is not None:
            return joint  # "Ms. Corlow" after "Jane E. Corlow and T. R. Pamber said"
        if ending or first:
            return bare  # a person's name may end or start with it: no company's short name
        government = self._seat_or_country(bare)
        if government and not (denial and self._accuser(government)):
            return government  # "Beijing" after "China" said, and back: one government
        if " " in bare and _written_as_person(bare, text):
            return bare  # "Ms Tory Burch" or "Tory Burch, the designer" after "Tory Burch LLC": its namesake
        return self._company_shortened(bare)

    def _described_in_headline(self, bare: str, written: str, last: set[str], first: set[str]) -> str | None:
        """The one person whose name ``bare`` (``written`` so) ends, noted only from a headline in title case (see
        ``_headline_people``) by more words before it, none a headline's small word ("Daughter Of Tom Vask" is
        another), when ``bare`` opens with a known given name of one sex (see
        :func:`framing.given_names.given_name_sex`): the headline's capitals described them ("Conservative Icon Tom
        Vask Endorses ..." before "Tom Vask, the conservative icon, ..."), whom ``bare`` now names; ``None`` for
        any other."""
        if len(last) != 1 or first or " " not in bare or given_name_sex(written.split(" ")[0]) is None:
            return None
        person = next(iter(last))
        before = person.split(" ")[:-len(bare.split(" "))]
        return (person if person in self._headline_people and before and not _HEADLINE_SMALL_WORDS.intersection(before)
                else None)

    def _forget_person(self, name: str) -> None:
        """Forget ``name`` as a person and as a body, a name no later mention joins (see
        :meth:`_described_in_headline`)."""
        self._no_person(name)
        self._bodies.remove(name, name.split(" "))
        self._headline_people.discard(name)

    def _lead_author(self, bare: str) -> str | None:
        """The one person named as a study's lead or first author (their role words: "Helena Voss, the study's lead
        author") whose surname opens ``bare``, a study cited by its authors ("voss et al"), whose findings are theirs
        first; ``None`` for any other name, or where no one (or more than one) of that surname was so named: the
        study, written by a team, is then a source of its own rather than any namesake's."""
        cited = _CITED_AUTHORS.fullmatch(bare)
        if cited is None:
            return None
        surname = cited.group(1)
        leads = {person for person in self._by_last.holding(surname.split()[-1:])
                 if _ends_with_name(person, surname) and _lead_author_roles(self.people.get(person, frozenset()))}
        return next(iter(leads)) if len(leads) == 1 else None

    def _first_surname_joins(self, double: str, written: str, text: str, around: tuple[str, str],
                             last: set[str]) -> bool:
        """Whether the surname alone ``written`` (in the span ``text``, ``around`` it the sentence's text before and
        after) joins ``double``, the person whose double surname it opens (see :meth:`_first_surname_of`), on the
        evidence a namesake needs (see :meth:`_namesake_meant`): not when its title, a description or the "he" or
        "she" it says tells another sex than theirs ("Mr. Ortega", "Ortega said he" after "María Luisa Ortega
        Vidal"), nor when it is written with a person's role they were not ("President Ortega" after "a deputy,
        María Luisa Ortega Vidal"); and across the people whose names end with it (``last``) only when each of them
        has a double surname too, which copy does not shorten to its second, and ``double`` was named just now
        ("Vidal" just after "Ana Vidal Serrano" spoke), never across one it is the plain surname of ("Mr. Hollis"
        after "Tom Hollis" and "Sarah Hollis Brandt")."""
        if last and not (all(self._double_surnamed(person) for person in last)
                         and self._named_just_now(double, last)):
            return False
        before, after = around
        said = {sex for sex in _mention_sex(written, before + text, len(before), after) if sex}
        sex = self.sex_of(double)
        if sex is not None and said - {sex}:
            return False
        return _role_words(text, text_key(written)) & PERSON_ROLES <= self.people.get(double, frozenset())

    def _double_surnamed(self, person: str) -> bool:
        """Whether the name of ``person`` opens with a known given name and ends with two capitalised surnames (see
        :func:`framing.given_names.given_name_sex`): a Spanish or Portuguese double surname ("maría luisa ortega
        vidal"), not a span run on to a weekday ("Michael Steele Sunday")."""
        words = _without_accents(_without_generation(person)).split(" ")
        return (len(words) >= 3 and given_name_sex(words[0]) is not None and words[-1] not in _WHEN_WORDS
                and all(part[:1].isupper() for part in self.shown.get(person, person).split(" ")[-2:]))

    def _first_surname_of(self, word: str) -> str | None:
        """The one person of those noted whose name, a known given name first (see
        :func:`framing.given_names.given_name_sex`), ends with two capitalised surnames, the first of them the
        unaccented ``word`` and no given name itself: the Spanish or Portuguese double surname that copy shortens to
        its first ("ortega" of "María Luisa Ortega Vidal", not "jessica" of "Sarah Jessica Parker"); ``None`` for
        none, or for two."""
        if given_name_sex(word) is not None:
            return None
        found = {person for person in self._by_first_surname.holding([word]) if self._double_surnamed(person)}
        return found.pop() if len(found) == 1 else None

    def _named_just_now(self, person: str, others: set[str]) -> bool:
        """Whether ``person`` was named as a source in the sentence seen last or the one before it, after each of
        ``others`` was last: the one a surname alone means ("Ana Vidal Serrano said ... Vidal said", not "María Luisa
        Ortega Vidal" named before)."""
        at = self._named_at.get(person, -1)
        return at >= self._seen_count - 1 and all(self._named_at.get(other, -1) < at for other in others)

    def _respelled(self, bare: str) -> str | None:
        """The one person named so far whose full name is ``bare`` with its given name spelled another way (see
        :func:`framing.given_names.given_name_spelling`: "dmitry peskov" for "dmitri peskov", "mohammed al-hariri"
        for "muhammad al-hariri"), its other words the same, accents aside, and not described as a relative (see
        ``_kin``); ``None`` for none, or for two."""
        words = _without_accents(bare).split(" ")
        spelling = given_name_spelling(words[0])
        if len(words) < 2 or spelling is None:
            return None
        same = {person for person in self._by_last.holding(words[-1:]) if person != bare
                for other in [_without_accents(person).split(" ")]
                if other[1:] == words[1:] and given_name_spelling(other[0]) == spelling and person not in self._kin}
        return same.pop() if len(same) == 1 else None

    def _seat_or_country(self, bare: str) -> str | None:
        """The one source named before that is the country whose capital is ``bare`` ("china" for "Beijing" after
        "China rejected ...") or the capital of the country ``bare`` ("beijing" for "China" after "Beijing
        rejected ..."), or its capital spelled another way ("kyiv" for "Kiev"), or that country's government written
        with its name, nationality or capital ("chinese government" for "China", and back): one government (see
        ``_CAPITALS``, :func:`_government_of`); ``None`` for none, or for two ("Turkey", "Türkiye")."""
        folded = _without_accents(bare)
        country = _government_of(folded)
        if country is None:
            return None
        same = {name for key, name in self._unaccented.items() if key != folded and _government_of(key) == country}
        return same.pop() if len(same) == 1 else None

    def _person_shortened(self, bare: str, written: str, text: str, last: set[str], first: set[str]) -> str | None:
        """The one person the name ``bare`` (``written`` so, in the span ``text``) shortens, of the people whose
        names end with it (``last``) and those whose names start with it (``first``); ``None``: none or two."""
        if len(last) == 1 and not first:
            return next(iter(last))
        # one name that starts another is that person cut short ("hamad bin faisal" of "Sheikh Hamad bin Faisal
        # al-Thani", read up to its lower-case particle): one person
        first = {person for person in first if not any(other.startswith(person + " ") for other in first)}
        if len(first) != 1 or last:
            return None
        person = next(iter(first))
        # a family name written first ("Wang" of "Wang Wenbin"): one of the common Chinese, Korean
        # and Vietnamese ones, never a first name that is also a country ("Israel Katz", "Chad ...")
        if bare in _FAMILY_NAMES_FIRST and not self._place_or_body(bare):
            return person
        # "Faisal bin Farhan" of "Faisal bin Farhan Al Saud"; "Prince Faisal" of a prince so named
        if _PATRONYMIC.match(bare) or (_after_royal_title(text, written) and _ROYAL_ROLES & self.people[person]):
            return person
        return None

    def _surnames_in_full(self, bare: str, written: str) -> str | None:
        """The key of the source ``bare`` (``written`` so), surnames alone joined by "and" ("Ruiz and Vask"), with
        each surname written as the full name of the one person of it the document named in full so far ("ana ruiz
        and tom vask" after "Ana Ruiz" and "Mayor Tom Vask"), shown so too; ``None`` unless each is such a surname, a
        source or a place or body's word before in none of its own, and of one person written in full only."""
        parts, shown = bare.split(" and "), written.split(" and ")
        if len(parts) < 2 or len(parts) != len(shown) or any(" " in part or not _capitalised(word)
                                                             for part, word in zip(parts, shown)):
            return None
        full: list[tuple[str, str]] = []
        for part in parts:
            people = self._namesakes_of(part) if part not in self.names and not self._place_or_body(part) else None
            if not people or len(people) != 1:
                return None
            only = next(person for tops in people.by_sex.values() for person in tops)
            from_given = _from_given_name(*next(iter(people.names[only].items())))
            if from_given is None:
                return None
            full.append(from_given)
        name = " and ".join(key for key, _ in full)
        self.shown.setdefault(name, " and ".join(written for _, written in full))
        return name

    def _one_of_joint(self, bare: str, written: str, text: str, around: tuple[str, str]) -> str | None:
        """The one person whose surname ``bare`` (``written`` so, in the span ``text``; ``around``: the sentence's
        text before and after it) ends a part of a source credited before that names people joined by "and", each a
        personal name opening with a known given name or an initial ("jane e. corlow" of "Jane E. Corlow and T. R.
        Pamber said"), noted as a person now, unless a title says the other sex than their given name ("Mr. Corlow");
        ``None`` for none, or for two ("Ana Ruiz and Luis Ruiz said")."""
        parts = {part: shown for joint in self._bodies.holding([bare]) if joint in self.names
                 for part, shown in _people_joined(joint, self.shown.get(joint, joint)).items()
                 if part.rsplit(" ", 1)[-1] == bare}
        if len(parts) != 1:
            return None
        name, shown = next(iter(parts.items()))
        before, after = around
        sex, _ = _mention_sex(written, before + text, len(before), after)
        if sex is not None and given_name_sex(name.split(" ")[0]) not in (None, sex):
            return None
        self.shown.setdefault(name, shown)
        self._note_person(name, frozenset())
        self._personal.add(name)
        return name

    def _namesake_meant(self, bare: str, written: str, sentence: str, start: int, after: str) -> str | None:
        """The person a surname alone (``bare``, ``written`` so in the span from ``start`` to the end of
        ``sentence``; ``after``: the rest of the sentence) means when the document named people of that surname with
        other given names (see ``_namesakes``, :meth:`_namesakes_of`: "Bill Clinton" and "Hillary Clinton"), or
        when its title says a sex that the one person so named is not ("Mrs. Clinton" after "Bill Clinton" only; not
        "he" or "she" after its cue, which may be someone else: "Conroy said she had turned down promotions"):
        the one of them whose sex its title or its "he" or "she" after its cue says (see :func:`_mention_sex`:
        "Mrs. Clinton", "Clinton said she"), else, unless written with a role ("Vice President Cheney"), the one the
        surname alone joined before the others were named (see ``_alone_for``: "Cruz said" for "Ted Cruz" before
        "Heidi Cruz"), the one of them named last, whose account goes on ("Bill Clinton said ... for his wife Hillary
        Clinton. 'It is wrong,' Clinton said"), or the one named as a source since the others were last named in full
        (see :meth:`_named_since`), else the surname as written, a source of its own rather than a guess; ``None``
        where no such people were named, for the other rules."""
        if " " in bare or not _capitalised(written) or written.isupper():
            return None
        people = self._namesakes_of(bare)
        if not people:
            return None
        written_sex, said_sex = _mention_sex(written, sentence, start, after)
        sex = written_sex if said_sex in (None, written_sex) else None if written_sex else said_sex
        if len(people) == 1:  # "Mrs. Clinton" after "Bill Clinton": another of that name ("Clinton said she": hers)
            only = next(person for tops in people.by_sex.values() for person in tops)
            other = bool(written_sex) and people.sex(only) not in (None, written_sex)
            if (sex is None or people.sex(only) in (None, sex)) and self._joins_only_namesake(bare, people.names[only]):
                return self._namesake_named(people, only)  # "Ruiz said" after "Ana Ruiz, 42, runs a bakery"
            if bare not in self.names:
                self._only_namesake.setdefault(bare, people.lead[only])
            return bare if other else None
        if sex and len(people.by_sex[sex]) == 1 and not people.by_sex[None]:  # the one of them who fits
            return self._namesake(people, next(iter(people.by_sex[sex])))
        if _role_words(sentence[start:], bare) & PERSON_ROLES:
            return bare  # "Former Vice President Cheney" after "Liz Cheney" spoke: whose role, the copy may not say
        alone = self._alone_for.get(bare)
        if alone is not None and self._named_after(people, alone):
            alone = None  # "Ted Varga accused ... Varga said ... Ana Varga denied ... 'Never,' Varga said": in doubt
        for known in (alone, next(reversed(self._mentioned), None), self._named_since(people, sex)):
            person = None if known is None else people.of(known)
            if person is not None and (sex is None or people.sex(person) in (None, sex)):
                return known
        return bare

    def _joins_only_namesake(self, bare: str, names: Collection[str]) -> bool:
        """Whether the surname alone ``bare``, written after one person of that surname was written in full (their
        full names' keys ``names``), none of them noted as a person yet, is that person: not a source on its own
        before ("Ruiz said" before "Ana Ruiz" was written), a place or a word of a body's or company's name (see
        :meth:`_place_or_body`), nor the last word of any person noted so far ("Jeh Johnson said", his given name
        no known one, before "Gary Johnson" was written), nor the surname of a couple (see ``_couples``)."""
        return (bare not in self.names and not self._place_or_body(bare) and not self._by_last.holding([bare])
                and bare not in self._couples and not any(name in self.people for name in names))

    def _namesake_named(self, people: _Namesakes, person: int) -> str:
        """The source for the ``person`` (a top id) of ``people`` whom a surname alone joins, noted as a person now:
        their full name written first, from its first known given name or initial on ("hillary clinton" of
        "Democrat Hillary Clinton", a word before the name kept in it: see
        :func:`framing.given_names.is_given_name`; "o. tim sloan"), else the one that leads (see :meth:`_namesake`)."""
        from_given = _from_given_name(*next(iter(people.names[person].items())))
        if from_given is None:
            return self._namesake(people, person)
        name, shown = from_given
        self.shown.setdefault(name, shown)
        self._note_person(name, frozenset())
        return name

    def _named_after(self, people: _Namesakes, name: str) -> bool:
        """Whether another of the ``people`` of one surname than the person ``name`` was named as a source in the
        sentence seen last or the one before it, after ``name`` was last written or named: the surname alone joined
        ``name`` before they were named, but may now mean them ("Ted Varga accused his sister ... Ana Varga denied
        it"); one only written there in passing ("Trump attacked Heidi Cruz") leaves it to ``name``."""
        person = people.of(name)
        if person is None:
            return False
        last = max(people.written.get(person, -1), people.named.get(person, (-1, ""))[0])
        return any(top != person and last < at >= self._seen_count - 1
                   for top, (at, _) in islice(reversed(people.named.items()), 2))

    @staticmethod
    def _named_since(people: _Namesakes, sex: str | None) -> str | None:
        """Of the ``people`` of one surname (see :meth:`_namesakes_of`), the one whose sex is not other than ``sex``
        (``None``: any) named as a source after every other was last written in full ("Hillary Clinton tweeted"
        after "Bill Clinton's affair"): the one in view; ``None`` for none. Only the one of them named last (among
        the last ``_NAMESAKE_REACH``) and the one written last can be such."""
        last = list(islice(reversed(people.written), 2))  # the one written last, then the one written before

        def fits(person: int) -> bool:
            return sex is None or people.sex(person) in (None, sex)

        named = next((person for person in islice(reversed(people.named), _NAMESAKE_REACH) if fits(person)), None)
        for person in (named, *last[:1]):
            if person is None or person not in people.named or not fits(person):
                continue
            others = [people.written[other] for other in last if other != person]
            if people.named[person][0] > (others[0] if others else -1):
                return people.named[person][1]
        return None

    def names_person_surnamed(self, word: str) -> bool:
        """Whether the document has named in full, with a given name known as one (see :meth:`_namesakes_of`), a
        person whose surname is the one capitalised ``word`` ("Vell" after "Tom Vell"): a word opening a sentence
        before it is then no first word of its name ("Tearful Vell": see :func:`name_opening_word`). A name of
        unknown first word is no such person: "Harbour Records" may be a person's name as it is written."""
        return bool(self._namesakes_of(text_key(word)))

    def _namesakes_of(self, surname: str) -> _Namesakes:
        """The people of the surname ``surname`` the document names in full so far (see :class:`_Namesakes`): those
        written in sentences seen (see ``_namesakes``) and the people noted as such (see ``people``); read once, then
        kept up to date as sentences and people come."""
        people = self._namesake_people.get(surname)
        if people is not None:
            return people
        people = self._namesake_people[surname] = _Namesakes()
        written = self._namesakes.get(surname, {})
        for given, shown in written.items():
            self._file_namesake(people, given, text_key(shown), shown)
        for name in sorted(self._by_last.holding([surname])):
            if name.split(" ")[-1] == surname:
                self._file_person(people, name)
        for given in sorted(written, key=lambda given: self._written_at[surname, given]):
            people.wrote(given, self._written_at[surname, given])
        named = (name for name in people.full_names() if name in self._named_at)
        for name in sorted(named, key=lambda name: self._named_at[name]):
            people.was_named(name, self._named_at[name])
        return people

    def _file_namesake(self, people: _Namesakes, given: frozenset[str], name: str, shown: str) -> None:
        """File in ``people`` the full name ``name`` (its key; ``shown`` as written) with the keys of its given names
        ``given``, and the sex of its person if noted as one."""
        people.add(given, name, shown, self.sex_of(name) if name in self.people else None)

    def _file_person(self, people: _Namesakes, name: str) -> None:
        """File in ``people`` the person ``name`` noted as such, by the keys of the given names it writes in full
        ("W." of "George W. Bush" left out), unless it writes none."""
        words = name.split(" ")
        given = frozenset(_without_accents(word) for word in words[:-1] if len(word.rstrip(".")) > 1)
        if given:
            self._file_namesake(people, given, name, self.shown.get(name, name))

    def _namesake(self, people: _Namesakes, person: int) -> str:
        """The source for the ``person`` (a top id) of ``people`` (see :meth:`_namesakes_of`): the one noted as a
        person by one of their names, else their full name that leads (see ``_Namesakes.lead``), noted as a person
        now ("hillary clinton", named only in passing before "Mrs. Clinton said")."""
        names = people.names[person]
        noted = list(islice((name for name in names if name in self.people), 2))
        if len(noted) == 1:
            return noted[0]
        name = people.lead[person]
        if name not in self.people:
            self.shown.setdefault(name, names[name])
            self._note_person(name, frozenset())
        return name

    def _company_shortened(self, bare: str) -> str:
        """The one company whose short name ``bare`` is ("Acme" after "Acme Corp."), or whose name it starts (see
        :meth:`_company_first_word`), shown as the company was written; else ``bare``."""
        # a company's short name ("Acme" after "Acme Corp."), when no person has it
        short = [c for c in self._company_starts.holding(bare.split()[:1]) if _short_for(c, bare)]
        if len(short) == 1:
            self.shown.setdefault(short[0], self.companies[short[0]])
            return self._spoken_as(short[0])
        company = None if short else self._company_first_word(bare)
        if company:
            self.shown.setdefault(company, self.companies[company])
            return self._spoken_as(company)
        return bare

    def _description_stands_for(self, bare: str, denial: bool, anyone: bool = False, before: str | None = None,
                                after: str = "") -> str:
        """The source the description ``bare``, written with "the", stands for in a sentence that is a ``denial``
        or not: the one body whose name holds it as its head, failing any such body the one body described so
        (see :meth:`_body_described`), else the one company (see :meth:`_company_described`), else the one
        person (see :meth:`_person_described`; ``anyone``: named anywhere before), else, in copy read in order
        (``before``, ``after``: the sentence's text before and after the description), the body credited just
        before that it may mean (see :meth:`_body_credited_last`); else itself."""
        want = bare.split(" ")
        heads = [want[:-1] + [end] for end in _CLUB_ENDS] if want[-1] == "club" else []  # "harbour city f.c"
        bodies = {n for words in [want, *heads] for n in self._bodies.holding(words) if _names_body(bare, n)}
        if len(bodies) == 1 and not any(_another_body(bare, words, bodies) for words in self._through(bare, want)):
            return bodies.pop()
        if bodies:
            return self._role_credited_last(bare, bodies, denial) or bare
        described = self._body_described(want, denial)
        if described is not None:
            return described
        company = self._company_described(bare, denial)
        if company is not None:
            return company
        person = self._person_described(bare, want, denial, anyone) or self._person_so_called(bare, denial)
        if person is None and before is not None:
            person = self._body_credited_last(bare, denial, before, after)
        return bare if person is None else person

    def _role_credited_last(self, bare: str, roles: set[str], denial: bool) -> str | None:
        """Of ``roles``, the sources holding the nameless person's role ``bare`` ("aide", "spokesperson") as their
        head, ``bare`` itself and one other written with more words ("republican committee aide"): that other, when
        it is the source credited last and, in a ``denial``, no accuser ("An aide said ... A Republican committee aide
        blasted the statement. '...,' the aide said." is the Republican aide's); ``None`` otherwise."""
        if bare not in roles or len(roles) != 2 or _role_head(bare) not in PERSON_ROLES:
            return None
        other = next(iter(roles - {bare}))
        last = next(reversed(self._credited), None)
        if other != last or not other.endswith(f" {bare}") or (denial and self._accuser(other)):
            return None
        return other

    def _body_credited_last(self, bare: str, denial: bool, before: str, after: str = "") -> str | None:
        """The body credited last that the one-noun description ``bare`` may mean ("the carmaker", "the company" or
        "the group" after "Ford said ...", "the group", "the NGO" or a civic group by its cause, "the rights group"
        (see :func:`_civic_group_noun`), after "Civic Watch Network said ...": see
        :meth:`_may_describe`), when it is the one such body in view: no source credited since but a person or
        spokesperson of it ("Ford CEO Jim Farley", "a Ford spokesman", "a company spokesperson" before "the company":
        see :meth:`_speaks_for`), no other body it may mean among the
        ``_BODY_REACH`` sources credited before it nor among the companies seen (see :meth:`_see_company`), at most
        ``_BODY_REACH_SENTENCES`` sentences after its credit, and no other capitalised name written from that credit
        to the description (``before``, the sentence's text before it: "In 2013, Yahoo was hacked, and the company
        said" is Yahoo's; see :meth:`_names_another`; for a noun of one kind, "the agency", only a name that may be of
        that kind), nor in the sentence before a credited claim, which may be about another side; in a ``denial``
        never an accuser nor a body whose last credit was a claim, which the denial answers. "The paper" is no
        newspaper where a study or a document's paper is written from the credit to the description or after it
        (``after``, see ``_PAPER_AS_DOCUMENT``: "The Kessel Post reported the study. The paper, published in a
        journal, said", "published a research paper. The paper said"), unless what follows it in its sentence makes
        it a newspaper (see ``_PAPER_AS_NEWSPAPER``: "The paper said, citing unnamed officials"). ``None`` for none."""
        if not _civic_group_noun(bare) and (" " in bare or not (
                bare in _BUSINESS_DESCRIPTIONS or bare in _CIVIC_DESCRIPTIONS or bare in _ANY_BODY_DESCRIPTIONS
                or bare == "union" or bare in _KIND_NAME_WORDS)):
            return None
        credited = list(islice(reversed(self._credited), 2 * _BODY_REACH))
        at = next((k for k, name in enumerate(credited) if self._may_be_body(name)), None)
        if at is None:
            return None
        body = credited[at]
        # in a denial never the body whose claim or allegation it answers ("Oxfam said 20 civilians were killed. The
        # group denied harming civilians": the accuser does not deny its own claim)
        if (not self._may_describe(bare, body) or (denial and (self._accuser(body) or body in self._claimed_last))
                or not all(self._speaks_for(name, body, bare) for name in credited[:at])):
            return None
        others = [name for name in credited[at + 1:at + 1 + _BODY_REACH] if self._may_be_body(name, lenient=True)]
        others += [company for company in self.companies if self._spoken_as(company) != body]
        if any(self._may_describe(bare, other) for other in others):
            return None  # "the carmaker" after two of them: neither
        since = self._sentences_seen - self._credited[body]
        if since > _BODY_REACH_SENTENCES:
            return None
        recent = list(self._recent)
        credit = len(recent) - since - 1  # the credited sentence's place in ``recent``
        # after a claim, the sentence before it too, which may name the side the claim is about ("The Harbour Front
        # militia shelled a village. Oxfam said 20 civilians were killed. The group said ..."); a sentence's first
        # word only as an owner, and not in the credit's ("NatWest's parent, the RBS Group, said")
        # a description of one kind ("the agency", "the union") passes over a capitalised word of no name of that kind
        # ("Portvale" of "a rally in Portvale, according to the Secret Service. The agency said"); one whose bodies'
        # names often say nothing of it, only over a place's, a person's or another kind's ("Frontex" may be an agency)
        kinds = _UNION_NAME_WORDS if bare == "union" else _KIND_NAME_WORDS.get(bare, frozenset())
        strict = bare in _VARIED_NAME_KINDS
        if (self._names_another(recent[credit], body, owner_first=False, kinds=kinds, strict=strict)
                or (body in self._claimed_last and credit > 0
                    and self._names_another(recent[credit - 1], body, kinds=kinds, strict=strict))):
            return None
        if (bare == "paper" and not _PAPER_AS_NEWSPAPER.search(after)
                and any(_PAPER_AS_DOCUMENT.search(text) for text in recent[credit:-1] + [before, after])):
            return None  # "the paper" may be the study or document written of, unless it cites its sources
        return None if any(self._names_another(text, body, kinds=kinds, strict=strict)
                           for text in recent[credit + 1:-1] + [before]) else body

    def _speaks_for(self, name: str, body: str, noun: str) -> bool:
        """Whether the source ``name`` speaks for ``body``: a spokesperson of it ("ford spokesperson"), or one named
        by ``noun``, the description that means ``body``, as a company's by a word for a company ("company
        spokesperson" of "Vantrell rejected it. A company spokesperson said ... The company said"), or a person
        written with its name or its last word among their role words ("Ford CEO Jim Farley", "Jane Roe, the
        network's director")."""
        if name.endswith(" spokesperson"):
            kind = name.removesuffix(" spokesperson")
            return kind in (body, *self._short_names(body), noun) or {kind, noun} <= _COMPANY_WORDS
        words = body.split(" ")
        roles = self.people.get(name)
        return roles is not None and (set(words) <= roles or words[-1] in roles)

    def _may_be_body(self, name: str, lenient: bool = False) -> bool:
        """Whether the source ``name`` may be a body a description means: a name shown in capitalised words, small
        words between them allowed ("Royal Bank of Scotland Group"; not "Conservation groups"), that is no
        person's, surname's, place's, country's, role's, group of people's, news agency's nor spokesperson's. A name
        read as a person's by its capitals alone (in two words or more, with no role but its description's, no "he"
        or "she" and no known given name first: "Ines Mallory, a crane operator" is a person) is a body when a company
        or when its words or its description say so ("General Motors", "Exile Watch", "Civic Compass, a watchdog
        group", "Daily Harbour"), or, ``lenient``, whatever they say."""
        shown = self.shown.get(name, name)
        words = name.split(" ")
        described = self.body_kinds.get(name, set())
        named = (words[-1] in _BUSINESS_NAME_ENDS or bool(set(words) & _CIVIC_NAME_WORDS)
                 or bool(described & _BODY_KINDS) or "daily" in words)  # "Daily Harbour", a newspaper
        capitals_only = (len(words) > 1 and name not in self._personal and given_name_sex(words[0]) is None
                         and not self.people.get(name, frozenset()) - described)
        person = name in self.people and not (name in self.companies or (capitals_only and (named or lenient)))
        return all(word[:1].isupper() or word in _JOINERS for word in shown.split(" ")) and not (
            person or name in self._personal or name in self.surnames or name in self.places
            or _plural_group(name) or name in NAMELESS_NOUNS or name in _OTHERS
            or _government_of(_without_accents(name)) is not None
            or name.rpartition(" ")[2] in PERSON_ROLES or name.endswith(" spokesperson")
            or name in _NEWS_AGENCIES or _in_letters(name) is not None)

    def _may_describe(self, noun: str, body: str) -> bool:
        """Whether the description by ``noun`` ("carmaker", "group", "charity", "union") may mean the body ``body``
        by what its name and its descriptions say: a business noun a company or a body whose name says nothing of
        its kind ("Ford"), a trade's noun not a business of another trade or of one its name does not tell ("Orlin
        Airways" and "Velta Systems" are no carmaker); "group" or "organisation" any body
        but a state's or an outlet ("Harbour Authority", "Daily Ledger", "the regulator Ofwat", "the Pentagon" of
        ``_STATE_BODIES``, "Axios" credited with a report); a civic body's noun one whose name says
        so ("Civic Watch Network", "Tax Foundation"), and so a civic group by its cause ("rights group": see
        :func:`_civic_group_noun`); "union" one named as a union or federation; "agency",
        "network" or "campaign" one whose name says it is of that kind (see ``_KIND_NAME_WORDS``: "Secret Service" is
        an agency, "Harbour Broadcasting Network" a network). No noun means a state's body of ``_STATE_BODIES`` but
        "agency" one of its agencies (see ``_STATE_AGENCIES``: "the FBI", not "the Pentagon")."""
        words = set(body.split(" "))
        state = _without_accents(body).replace(".", "")
        if state in _STATE_BODIES:  # "The Pentagon said ... The group denied": a state's body is no group nor company
            return noun == "agency" and state in _STATE_AGENCIES  # "The FBI said ... The agency said": the FBI
        if noun == "union":
            return bool(words & _UNION_NAME_WORDS)
        if noun in _PAPER_NOUNS:  # a newspaper's name ends in a masthead's word ("Kessel Post"; not "Post Office")
            return body.rpartition(" ")[2] in _KIND_NAME_WORDS[noun] or body.startswith("daily ")
        if noun in _KIND_NAME_WORDS:
            return bool(words & _KIND_NAME_WORDS[noun])
        if body in self._reporters:
            return False  # "Axios first reported the plan. The company did not respond": an outlet, not the firm
        last = body.rpartition(" ")[2]
        described = self.body_kinds.get(body, set())  # "watchdog group" of "Civic Compass, a watchdog group"
        business = (body in self.companies or last in _BUSINESS_NAME_ENDS or bool(_LEGAL_FORM_END.search(body))
                    or body in self.kinds or bool(described & _COMPANY_WORDS))
        civic = not business and (bool((words | described) & (_CIVIC_NAME_WORDS | _CIVIC_DESCRIPTIONS))
                                  or ("group" in described and bool(described & _CIVIC_GROUP_WORDS)))
        if not (business or civic) and (words | (described - {"agency"})) & _STATE_OR_OUTLET_WORDS:
            return False  # "Harbour Authority", "the regulator Ofwat": a state's body ("the aid agency ..." may not be)
        if noun in _ANY_BODY_DESCRIPTIONS:
            return True
        if noun in _CIVIC_DESCRIPTIONS or _civic_group_noun(noun):
            return civic
        # a trade said by a description or by the name's last word, unless one of any trade ("Velta Holdings")
        trades = self.kinds.get(body, set()) | _TRADE_OF_NAME.get(last, set())
        told = bool(trades) or last in _BUSINESS_NAME_ENDS - _ANY_TRADE_ENDS
        return not civic and (noun in _COMPANY_WORDS or noun in trades or not told)

    def _names_another(self, text: str, body: str, owner_first: bool = True,
                       kinds: frozenset[str] = frozenset(), strict: bool = False) -> bool:
        """Whether ``text`` writes, outside quotation marks (a speaker's words, which talk about others: '"Africa was
        kind to us," the group said'), a capitalised word that may name a body other than ``body``: none of its
        words, nor "The" inside a name ("The Kessel Times"), a word of a person's name ("Jim Farley"), a person's
        title ("President"), a known given name, a place, a country, a nationality, a month, a weekday, a place's word
        for where a body is based ("Geneva-based") or a court's name ("the High Court", "the Markets Tribunal": see
        ``_COURT_NAME``), which no description it reads means. Its
        first
        word, capitalised as any sentence's, counts only as an owner when ``owner_first`` ("Orsk's shares fell": see
        :func:`_owner_first`). With ``kinds``, the words a name of the description's kind holds (see
        ``_KIND_NAME_WORDS``), a word counts only when its
        capitalised run holds one ("the Parks Service"), it is in capitals ("FBI") or a state's body of
        ``_STATE_BODIES``: "Portvale" of "a rally in Portvale, according to the Secret Service" is no other agency;
        ``strict`` (see ``_VARIED_NAME_KINDS``), that holds only for a word written where a place is (see
        :func:`_placed_words`), just after a person's title or in a name of another kind or of a law ("Kremvale Bank",
        "Channel Nine", "Federal Records Act": see ``_KIND_WORDS``, ``_LAW_WORDS``), and "the Kessel Border Force" or
        "Divers from Frontex" count: they may be an agency."""
        own = set(body.split(" "))
        words = _COURT_NAME.sub(" ", QUOTED_RUN.sub(" ", text)).split()
        of_kind = _runs_holding(words, kinds) if kinds else []
        placed, other_kind = ((_placed_words(words), _runs_holding(words, (_KIND_WORDS | _LAW_WORDS) - kinds))
                              if kinds and strict else ([], []))
        for at in range(0 if owner_first and _owner_first(words) else 1, len(words)):
            word = _POSSESSIVE.sub("", words[at].strip(EDGE)).strip(EDGE)
            key = text_key(word)
            if (not word[:1].isupper() or len(key) < 2 or key in own or key == "the" or _CALENDAR.fullmatch(word)
                    or _is_role(key) or key in self.surnames or given_name_sex(key) is not None or key in self.places
                    or _without_accents(key) in self._by_last or _without_accents(key) in self._by_first
                    or _government_of(key) is not None or _nationality(key) or key.replace(".", "") in _HOME_BLOCS
                    or key.endswith("-based")):  # "a Geneva-based group": where a body is based, no other body
                continue
            # "Senator Vance": a person, and "Vance" after it ("Later, Vance waved") when so written before
            titled = (at > 0 and _is_role(text_key(words[at - 1].strip(EDGE)))) or key in self._titled_words
            passed = not strict or placed[at] or titled or other_kind[at]
            if kinds and passed and not (word.isupper() or key in _STATE_BODIES or of_kind[at]):
                continue
            return True
        return False

    def _through(self, bare: str, want: list[str]) -> list[Collection[str]]:
        """The words of each other body the description ``bare`` (its words ``want``) may mean though it was never a
        source: one seen only through its spokesperson or in a person's role."""
        # a body seen only through its spokesperson or in a person's role ("Russia's defence ministry
        # spokesman", "Russian defence ministry spokesman Igor Lenz") is another candidate when its
        # words say it is another body; "union general secretary Tomas Brandt" names no other union
        spoken_for = [n.removesuffix(" spokesperson") for n in self._bodies.holding(want + ["spokesperson"])
                      if n.endswith(" spokesperson")]
        through: list[Collection[str]] = [body.split() for body in spoken_for if _names_body(bare, body)]
        through += [self.people[p] for p in self._by_role.holding(bare.split())]
        return through

    def _body_described(self, want: list[str], denial: bool) -> str | None:
        """The one body described with the words ``want`` of a description (see :meth:`_note_kind`), when they
        end with a body's kind but a company's alone, or a trade's ("the security firm", "the ferry operator", "the
        planemaker"; "the company" or "the firm" alone is read by :meth:`_company_described`); in a ``denial``, not an
        accuser (see :meth:`_accuser`)."""
        # "the group" or "the watchdog" means the one body described as a "watchdog group" ("A watchdog group,
        # Civic Compass"), in a denial not one that alleged and never denied; "the company" is read below
        described = [n for n, kinds in self.body_kinds.items()
                     if (want[-1] in _BODY_KINDS - _COMPANY_WORDS or want[-1] == "ngo" or _trade_head(want[-1])
                         or (len(want) > 1 and want[-1] in _COMPANY_WORDS)) and set(want) <= kinds
                     and not (denial and self._accuser(n))]
        return described[0] if len(described) == 1 else None

    def _company_described(self, bare: str, denial: bool) -> str | None:
        """The one company in view that the description ``bare`` means, by the short name it spoke by if any; in
        a ``denial``, never the accuser (see :meth:`_accuser`)."""
        # "the company" means the one company in view; "the carmaker" the one described as a carmaker
        companies = list(self.companies) if bare in _COMPANY_WORDS else [
            c for c, kinds in self.kinds.items() if bare in kinds]
        # "Orvane Pharma" and "Orvane Pharma Inc.", both noted: one company, by its full name
        companies = [c for c in companies if not any(_short_for(other, c) for other in companies if other != c)]
        if len(companies) != 1:
            return None
        company = companies[0]
        shown = self.companies[company]
        name = self._spoken_as(company)
        # a denial is never given to the company that made the allegation ("Acme Corp. accused
        # Globex ... The company denied it" is Globex's denial, named or not)
        if denial and self._accuser(name):
            return None
        self.shown.setdefault(name, shown)
        return name

    def _person_described(self, bare: str, want: list[str], denial: bool, anyone: bool = False) -> str | None:
        """The one person whose role the description ``bare`` (its words ``want``) fits, when that person was
        named just before, or ``anyone`` named, or, in a ``denial``, before accusers only; else ``None``. A post in
        letters of ``SHORT_POSTS`` ("the SP", "the deputy CM") is one office, whose one holder named anywhere before
        it means ("Superintendent of Police Ravi Lund said ... Tomas Brandt said ... The SP said": Lund)."""
        # "the Dunmore boss" is the Dunmore manager or coach (see ``_ROLE_SYNONYMS``)
        readings = [want, *(want[:-1] + [role] for role in _ROLE_SYNONYMS.get(want[-1], ()))]
        fitting = {p for words in readings for p in self._by_role.holding(words)
                   if _describes_person(" ".join(words), self.people[p])}
        if len(fitting) != 1:  # "the minister" with two ministers: no one
            return None
        person = fitting.pop()
        # named just before, or in a denial a source named before accusers only, who deny nothing
        # ("Minister Ana Corvell denied it. Sami Rahimi called for an audit. The minister rejected that call.")
        if (person == self.described or anyone or any(word in SHORT_POSTS for word in want)
                or (denial and self._accusers_since(person) and (person in self.names or self._accused(person)))):
            return person
        return None

    def _accused(self, person: str) -> bool:
        """Whether a source named since ``person`` was last named made an allegation: the person, named with a title
        though no source, is then the one accused, who may answer ("Brent Kolber accused Senator Clara Venn of ...
        The senator denied it.", "Prime Minister Aurel Dinescu is seeking a third term. Marta Ostrova accused him
        of ... The prime minister denied it.")."""
        named = list(self._mentioned)
        return any(name in self.alleged for name in named[named.index(person) + 1:])

    def _person_so_called(self, bare: str, denial: bool) -> str | None:
        """The one person that a description by age or by nationality alone, written with "the", means: "the
        52-year-old" the one person written with that age after their name ("Pavel Orr, 52,": see :meth:`_see_ages`),
        a source or not yet (who is noted as a person then), "the Croatian" or "the Yorkshireman" (or another
        one-word noun in "-man", "the congressman") the one person described so ("Croatian player Ana Kovac"), when
        one of the last ``_DEMONYM_REACH`` people named or the one named just before; in a ``denial`` never an
        accuser;
        ``None`` for none, or for two of that age or description, whom sports and features copy tell apart so."""
        aged = _AGE_ALONE.fullmatch(bare)
        written = self._ages.get(aged.group(1), {}) if aged else {}
        fitting: Collection[str]
        recent: Collection[str]
        if aged:
            fitting = recent = written.keys()  # a person, a source or not yet ("Dorsey Kell, 43, runs the ferry.")
        elif " " not in bare and (_nationality(bare) or _DEMONYM.fullmatch(bare)):
            fitting = self._by_role.holding([bare])
            recent = {*islice(reversed(self._people_named), _DEMONYM_REACH), self.described or ""}
        else:
            return None
        person = next(iter(fitting)) if len(fitting) == 1 else None
        if person is None or person not in recent or (denial and self._accuser(person)):
            return None
        if person not in self.people:  # written so far only with their age: a person from now on, shown so
            self.shown.setdefault(person, written[person])
            self._note_person(person, frozenset())
        return person

    def _accuser(self, name: str) -> bool:
        """Whether the source ``name`` made an allegation and has denied nothing: a denial is not theirs."""
        return name in self.alleged and name not in self.denied

    def _denied_since_claim(self, name: str) -> bool:
        """Whether the source ``name`` made a claim in its last credited sentence and another source credited after
        it denied ("Velmar shelled a village, the Ministry of Defence of Ostria said. Velmar's Ministry of Foreign
        Affairs rejected the claim."), so that a denial now more likely goes on with that side than with ``name``."""
        if name not in self._claimed_last:
            return False
        credited = list(self._credited)
        return any(other in self.denied for other in credited[credited.index(name) + 1:])

    def _company_first_word(self, bare: str) -> str | None:
        """The company whose name the one word ``bare`` starts ("velmora" of "velmora pharma ag"), when it starts
        no other name seen so far (a source's or a company's: not "Apple" with "Apple Inc." and "Apple Daily")
        and was never written as a place or a person's surname."""
        if " " in bare or bare in self.places or bare in self.surnames:
            return None
        starting = {n for n in self._bodies.holding([bare]) | self._company_starts.holding([bare])
                    if n.startswith(bare + " ") and not n.endswith(" spokesperson")}  # "torrin spokesperson"
        # a company and the short name it spoke as are one ("orvane pharma inc", "orvane pharma")
        starting -= {short for company in starting & self.companies.keys() for short in self._short_names(company)}
        return next(iter(starting)) if len(starting) == 1 and starting <= self.companies.keys() else None

    def _mention(self, name: str) -> None:
        """Note that ``name`` was named now, after every other source named so far."""
        self._mentioned.pop(name, None)
        self._mentioned[name] = None
        self._mentioned_at[name] = self._sentences_seen

    def _accusers_since(self, person: str) -> bool:
        """Whether every source named since ``person`` was last named made a claim in its last credited
        sentence, so none of them is the one who denies now."""
        named = list(self._mentioned)
        return all(name in self._claimed_last for name in named[named.index(person) + 1:])

    def _may_be_company(self, short: str) -> bool:
        """Whether the source ``short`` may be a company's short name: no person on evidence, written with a role
        or title ("Mr Charles Schwab", "Orvane, the chief executive": see :meth:`_one_word_person`), credited with
        a sentence that writes a "he" or "she" that may stand for it ("Ralph Lauren said he would step down"; see
        :meth:`_may_mean`) or joined by a short name
        ("Lauren"). Capitalised words alone read as a personal name are no evidence ("Goldman Sachs", "Wells
        Fargo", "Acme Robotics")."""
        roles = self.people.get(short)
        return roles is None or not (roles or " " not in short or short in self._personal)

    def _spoken_as(self, company: str) -> str:
        """The source ``company`` spoke as: its first word when that spoke before its full name (see
        ``spoke_as``), else the first of its short names that was a source before it and no person's (see
        :meth:`_short_names` and :meth:`_may_be_company`: "orvane pharma" for "orvane pharma inc", not "Mr
        Charles Schwab" for "charles schwab corp"), else ``company`` itself."""
        return self.spoke_as.get(company) or min(filter(self._may_be_company, self._short_names(company)),
                                                 key=self.names.__getitem__, default=company)

    def _short_names(self, company: str) -> list[str]:
        """The sources seen so far that are ``company`` without legal forms at its end ("acme" of "acme
        corp"), found among its beginnings that end before a space in its legal forms at its end (a long name's every
        beginning, cut out, was quadratic in its length)."""
        forms = _COMPANY_FORM_END.search(company)
        if forms is None:
            return []
        starts = (company[:at] for at in range(forms.start(), len(company)) if company[at].isspace())
        return [start for start in starts if start in self.names and _short_for(company, start)]

    def _place_or_body(self, word: str) -> bool:
        """Whether the key ``word`` was written as a place ("in Israel") or is a word of a body's name
        seen so far, a source ("Israel Defense Forces") or a company ("Israel Chemicals Ltd")."""
        return word in self.places or word in self._bodies or word in self._company_words


#: How many of the people of one surname named as sources most recently a surname alone is read against (see
#: :meth:`SourceIndex._named_since`); a list of hundreds of "Nguyen"s is read no further back.
_NAMESAKE_REACH = 8


class _Namesakes:
    """The people of one surname that a document names in full (see :meth:`SourceIndex._namesakes_of`), kept up to
    date as names come rather than read again for each surname alone (a list of hundreds of "Nguyen"s made that
    slow): each person's given names' keys, one person where two names share a given name or a spelling of one
    ("Hillary Clinton", "Hillary Rodham Clinton"), their full names' keys with the names as written, the sex their
    given names and their people say, and the sentence each was last written in full and last named as a source in.
    A person is known by an id; people joined later are known by the id at the top of their join."""

    def __init__(self) -> None:
        self._parent: list[int] = []  # an id -> the id it was joined to (itself at the top)
        self.given: list[set[str]] = []  # at a top id: the person's given names' keys
        self.names: list[dict[str, str]] = []  # at a top id: their full names' keys -> as written
        self.lead: list[str] = []  # at a top id: the full name's key of the given names filed last that joined them
        self._votes: list[dict[str | None, int]] = []  # at a top id: "he", "she" -> how many names or people say so
        self._by_spelling: dict[str, int] = {}  # a given name's key, one spelling for all (see given_name_spelling)
        self._by_given: dict[frozenset[str], int] = {}  # the given names written together -> their id
        self._of_name: dict[str, int] = {}  # a full name's key -> its id
        self._vote_of: dict[str, str | None] = {}  # a full name's key -> the sex its person's evidence says
        self.by_sex: dict[str | None, dict[int, None]] = {"he": {}, "she": {}, None: {}}  # top ids by their sex
        # top ids -> the sentence they were last written in full in, and (with the name) named as a source in; the
        # one last at the end
        self.written: dict[int, int] = {}
        self.named: dict[int, tuple[int, str]] = {}

    def __len__(self) -> int:
        return sum(len(tops) for tops in self.by_sex.values())

    def top(self, person: int) -> int:
        """The id at the top of the join of ``person``."""
        while self._parent[person] != person:
            self._parent[person] = self._parent[self._parent[person]]
            person = self._parent[person]
        return person

    def of(self, name: str) -> int | None:
        """The top id of the person whose full name's key is ``name``; ``None`` for none."""
        person = self._of_name.get(name)
        return None if person is None else self.top(person)

    def sex(self, person: int) -> str | None:
        """The sex of the person at the top id ``person`` when all that tell agree (see :meth:`_votes`); else
        ``None``."""
        votes = self._votes[person]
        return "he" if votes["he"] and not votes["she"] else "she" if votes["she"] and not votes["he"] else None

    def add(self, given: frozenset[str], name: str, shown: str, sex: str | None) -> None:
        """File the full name ``name`` (its key; ``shown`` as written) with the keys of its given names ``given``, one
        of which must be a known given name (see :func:`framing.given_names.given_name_sex`; not "Yet Pelosi" of a
        sentence's opening); ``sex``: that of the person so noted, if any."""
        if not any(given_name_sex(word) or given_name_spelling(word) for word in given):
            return
        person = self._by_given.get(given)
        if person is None:
            person = len(self._parent)
            self._by_given[given] = person
            self._parent.append(person)
            self.given.append(set(given))
            self.names.append({name: shown})
            self.lead.append(name)
            self._votes.append({"he": 0, "she": 0})
            self.by_sex[None][person] = None
            if name not in self._of_name:
                self._of_name[name] = person
                self._vote_of[name] = None
            for word in given:
                self._count(person, given_name_sex(word), 1)
            self._join(person, {given_name_spelling(word) or word for word in given})
        elif name not in self._of_name:
            self._of_name[name] = person
            self.names[self.top(person)].setdefault(name, shown)
            self._vote_of[name] = None
        self.vote(name, sex)

    def _join(self, person: int, spelled: set[str]) -> None:
        """Join the new ``person`` to the people sharing one of the given names ``spelled``, its full name leading
        theirs (see ``lead``)."""
        lead = self.lead[person]
        for word in spelled:
            other = self._by_spelling.setdefault(word, person)
            other, person = self.top(other), self.top(person)
            if other == person:
                continue
            small, big = sorted((other, person), key=lambda top: len(self.names[top]) + len(self.given[top]))
            before = (self.sex(small), self.sex(big))
            self._parent[small] = big
            self.given[big] |= self.given[small]
            self.names[big].update(self.names[small])
            for said in ("he", "she"):
                self._votes[big][said] += self._votes[small][said]
            self.by_sex[before[0]].pop(small)
            self._moved(big, before[1])
            _keep_later(self.written, small, big)
            _keep_later(self.named, small, big)
        self.lead[self.top(person)] = lead

    def _count(self, person: int, sex: str | None, step: int) -> None:
        """Add ``step`` to the votes for ``sex`` (none for ``None``) of the top id ``person``."""
        if sex is not None:
            before = self.sex(person)
            self._votes[person][sex] += step
            self._moved(person, before)

    def _moved(self, person: int, before: str | None) -> None:
        """File the top id ``person``, of the sex ``before`` until now, under its sex now."""
        self.by_sex[before].pop(person, None)
        self.by_sex[self.sex(person)][person] = None

    def vote(self, name: str, sex: str | None) -> None:
        """Note that the person noted by the full name's key ``name`` is of the sex ``sex`` now (see
        :meth:`SourceIndex.sex_of`; ``None``: unknown, or not noted as a person)."""
        if name not in self._of_name or self._vote_of[name] == sex:
            return
        person = self.top(self._of_name[name])
        self._count(person, self._vote_of[name], -1)
        self._count(person, sex, 1)
        self._vote_of[name] = sex

    def full_names(self) -> list[str]:
        """The keys of the full names filed."""
        return list(self._of_name)

    def wrote(self, given: frozenset[str], at: int) -> None:
        """Note the sentence ``at`` as the last that wrote in full the person of the given names ``given``."""
        person = self._by_given.get(given)
        if person is not None:
            person = self.top(person)
            self.written.pop(person, None)
            self.written[person] = at

    def was_named(self, name: str, at: int) -> None:
        """Note the sentence ``at`` as the last that named as a source the person of the full name ``name``."""
        person = self.of(name)
        if person is not None:
            self.named.pop(person, None)
            self.named[person] = (at, name)


_Time = TypeVar("_Time", int, tuple[int, str])


def _keep_later(times: dict[int, _Time], small: int, big: int) -> None:
    """Of the times in ``times`` of the ids ``small`` and ``big``, now joined under ``big``, keep the later at
    ``big`` (at the end when it was ``small``'s)."""
    if small in times and (big not in times or times[big] < times[small]):
        times.pop(big, None)
        times[big] = times[small]
    times.pop(small, None)


class _WordIndex:
    """Keys by the words they hold, so that a mention reads only the sources that share its words, not
    every source of the document (a long one names thousands)."""

    def __init__(self) -> None:
        self._keys: dict[str, set[str]] = {}

    def __contains__(self, word: str) -> bool:
        return word in self._keys

    def add(self, key: str, words: Iterable[str]) -> None:
        """File ``key`` under each of ``words``."""
        for word in words:
            self._keys.setdefault(word, set()).add(key)

    def remove(self, key: str, words: Iterable[str]) -> None:
        """Take ``key`` from under each of ``words``."""
        for word in set(words):
            keys = self._keys.get(word, set())
            keys.discard(key)
            if not keys:
                self._keys.pop(word, None)

    def holding(self, words: Iterable[str]) -> set[str]:
        """The keys filed under every one of ``words`` (none for no words)."""
        found = sorted((self._keys.get(word, set()) for word in set(words)), key=len)
        return set(found[0]).intersection(*found[1:]) if found else set()


def _from_given_name(name: str, shown: str) -> tuple[str, str] | None:
    """The full name's key ``name`` (``shown`` as written) from its first known given name or initial on, with
    what is shown ("hillary clinton" of "Democrat Hillary Clinton", "o. tim sloan"; see
    :func:`framing.given_names.is_given_name`); ``None`` for none."""
    words, shown_words = name.split(" "), shown.split(" ")
    first = None if len(words) != len(shown_words) else next(
        (at for at, word in enumerate(shown_words) if is_given_name(word) or _INITIAL.fullmatch(word)), None)
    return None if first is None else (" ".join(words[first:]), " ".join(shown_words[first:]))


def _people_joined(source: str, shown: str) -> dict[str, str]:
    """The parts of the source ``source`` (``shown`` so) that names two people or more joined by "and", each a
    personal name of two words or more (see :func:`_is_name`), that open with a known given name or an initial
    ("jane e. corlow" and "t. r. pamber" of "Jane E. Corlow and T. R. Pamber", "brad sherman" of "Brad Sherman and Al
    Green"), by their keys, as written; none for any other source ("food and drug board", "Trump and Clinton")."""
    keys, written = source.split(" and "), shown.split(" and ")
    if len(keys) < 2 or len(keys) != len(written) or any(len(part.split(" ")) < 2 or not _is_name(part.split(" "))
                                                          for part in written):
        return {}
    return {key: part for key, part in zip(keys, written)
            if is_given_name(part.split(" ")[0]) or _INITIAL.fullmatch(part.split(" ")[0])}


def _in_list_of_names(source: str, word: str) -> bool:
    """Whether the source ``source`` is a list of names joined by "and", one of which ends with ``word`` ("trump and
    clinton", "donald trump and hillary clinton" for "clinton"): people named together, not a body whose name
    holds the word."""
    parts = source.split(" and ")
    return len(parts) > 1 and any(part.rsplit(" ", 1)[-1] == word for part in parts)


def _generic(bare: str, written: str) -> bool:
    """Whether a mention ``written`` so (its key ``bare``) is a description, which joins a source only with "the",
    not a name: in lower case, an organisation word alone ("The Ministry"), or a role or a civic body's noun in
    capitals ("MINISTER DENIES ...", "the NGO")."""
    return (written.islower() or all(w in _INSTITUTIONS for w in written.split())  # "The Ministry"
            or (written.isupper() and all(w in PERSON_ROLES or w in _CIVIC_DESCRIPTIONS for w in bare.split())))


def _with_stop(written: str, text: str) -> str:
    """The display form ``written`` with the full stop that ``text``, the words it was read from, writes after
    it when its last word is an abbreviation that ends a name ("Ana Ruiz Jr.", "Acme Corp.", "Harbour City
    F.C."): the stop is cut with the span's edges, and a source is shown as written in full."""
    last = written.rpartition(" ")[2]
    if not (last.lower() in _NAME_ENDING_ABBREVIATIONS or _INITIALISM.fullmatch(last)):
        return written
    return f"{written}." if re.search(rf"(?<![\w'’-]){re.escape(written)}\.(?!\w)", text) else written


#: Words for a person a business may be named after, besides ``PERSON_ROLES`` ("Tory Burch, the designer",
#: "founder Ralph Lauren").
_NAMESAKE_ROLES = frozenset("designer founder co-founder".split())


def _written_as_person(name: str, text: str) -> bool:
    """Whether the span ``text`` writes the capitalised words of ``name`` as a person's name, with a personal title
    ("Ms Tory Burch") or a person's role (``PERSON_ROLES``, ``_NAMESAKE_ROLES``: "Tory Burch, the designer",
    "founder Tory Burch"; not a business's rank, "Acme Robotics, the market leader", nor its kind, "Wells Fargo,
    the bank")."""
    roles = _role_words(text, name)
    head = _LEADING.sub("", _without_heading(text).strip(EDGE))
    return (_person_like(name, text) and not roles & _RANKING_MODIFIERS
            and (_TITLE.match(head) is not None or bool(roles & (PERSON_ROLES | _NAMESAKE_ROLES))))


def _first_keys(person: str) -> set[str]:
    """The keys the person ``person`` is found by from a family name written first: its first word, without its
    accents ("nguyen" of "nguyễn phú trọng")."""
    return {_without_accents(person.split()[0])}


def _last_keys(person: str) -> set[str]:
    """The keys the person ``person`` is found by from a surname: its last word, without a glued particle too
    ("assad", "al-assad"), each without its accents ("perez" of "josé pérez"), and the word before a generation's
    suffix ("pruitt" of "harold pruitt sr.")."""
    lasts = {person.split()[-1], _without_generation(person).split()[-1]}  # "jr." and "pruitt" of "harold pruitt jr."
    return {_without_accents(key) for last in lasts for key in (last, _GLUED_START.sub("", last))}


def _second_last_key(person: str) -> set[str]:
    """The key the person ``person`` is found by from the first of two surnames ("ortega" of "maría luisa ortega
    vidal"): its second-last word without its accents, a generation's suffix left out; none for a name of fewer than
    three words."""
    words = _without_accents(_without_generation(person)).split(" ")
    return {words[-2]} if len(words) > 2 else set()


def _without_generation(person: str) -> str:
    """The full name ``person`` without a generation's suffix at its end ("harold pruitt" of "harold pruitt sr.",
    "gerald whitcomb" of "gerald whitcomb iii"), whose surname is the word before it; a name of two words stays
    whole ("john ii")."""
    words = person.split(" ")
    if len(words) >= 3 and words[-1].rstrip(".").capitalize() in _GENERATIONS:
        return " ".join(words[:-1])
    return person


#: A study cited by its authors, its lead author's surname (group 1) then "et al." ("voss et al" as a key).
_CITED_AUTHORS = re.compile(r"(\S.*) et al")


def _lead_author_roles(roles: Collection[str]) -> bool:
    """Whether a person's role words ``roles`` name them a study's lead or first author ("the study's lead
    author", "first author"), the one whose surname a citation "Voss et al." writes; a co-author is not."""
    return "author" in roles and not {"lead", "first"}.isdisjoint(roles)


def _ends_with_name(person: str, bare: str) -> bool:
    """Whether the full name ``person`` ends with the words ``bare`` ("marsh" of "helen marsh", "de vries"
    of "hanneke de vries"), a glued particle allowed before them ("assad" of "bashar al-assad"), or a generation's
    suffix after them ("pruitt" of "harold pruitt sr.")."""
    for full in {person, _without_generation(person)}:  # "trump jr." and "trump" of "donald trump jr."
        before = full.removesuffix(bare)
        if before != full and (before.endswith(" ") or _GLUED_BEFORE.search(before)):
            return True
    return False


def title_case(sentence: str) -> bool:
    """Whether ``sentence`` reads as a headline in title case ("Governor Signs Sweeping Climate Bill Into
    Law"): three capitalised words or more, and no lower-case word but a headline's small words and
    particles, so that its capitals say nothing of who is named."""
    capitalised = 0
    for found in _WORD.finditer(sentence):
        word = found.group()
        if word[0].isupper():
            capitalised += 1
        elif word not in _HEADLINE_SMALL_WORDS and word not in _PARTICLES:
            return False  # no headline, whatever follows: most sentences are told by their first words
    return capitalised >= 3


#: Lower-case words, after an article or not, before the capitalised word after them: a description before the
#: name it describes, set apart by a comma ("developer, " of "The developer, Baywater Holdings Ltd, said") or, in a
#: source span, not ("the developer Baywater Holdings"); no word of it joins a phrase ("in", "of", "to" ...).
_DESCRIPTION_WORD = r"(?!(?:of|for|at|in|with|to|from|by|on|and|or|as|that)\b)[a-z][\w'’-]*"
_DESCRIPTION_WORDS = rf"(?:{_DESCRIPTION_WORD}\s+){{0,3}}?{_DESCRIPTION_WORD}"
_DESCRIPTION_THEN_NAME = re.compile(rf"(?:(?:the|an?)\s+)?{_DESCRIPTION_WORDS},\s+(?=[A-Z])")
_DESCRIPTION_IN_SPAN = re.compile(rf"(?:(?i:the|an?)\s+)?{_DESCRIPTION_WORDS},?\s+(?=[A-Z])")


def _company_set_apart(opening: str) -> re.Match[str] | None:
    """The company named with its legal form (see ``_COMPANY``) that ``opening``, a sentence from its first word
    that may start a name, sets apart between commas after a description of it: "Baywater Holdings Ltd" of "developer,
    Baywater Holdings Ltd, said", the subject's name as much as "Baywater Holdings Ltd said" is; ``None`` for none."""
    description = _DESCRIPTION_THEN_NAME.match(opening)
    found = _COMPANY.match(opening, description.end()) if description else None
    return found if found and opening.startswith(",", found.end()) else None


def _company_described_in_span(text: str) -> re.Match[str] | None:
    """The company named with its legal form (see ``_COMPANY``), none of whose words is "of", that the source span
    ``text`` holds after a description of it, to its end: "Baywater Holdings" of "The developer Baywater Holdings",
    "Baywater Holdings Ltd" of "property developer Baywater Holdings Ltd"; ``None`` for none."""
    description = _DESCRIPTION_IN_SPAN.match(text)
    found = _COMPANY.match(text, description.end()) if description else None
    if found is None or found.end() != len(text) or " of " in found.group(1):
        return None
    return found


def _from_first_name_word(text: str) -> str:
    """``text`` from its first word that may start a company's name, past the words that start a sentence or
    a phrase ("On Tuesday, Acme Corp. said" → "Acme Corp. said"), and past an opening phrase of such a word and
    lower-case words up to a comma ("For nearly three years, Acme Corp. told", "In a statement, Acme Corp. said":
    see ``_OPENING_PHRASE``): ``" ".join(dropwhile(...))`` of its words split at each space, found by reading
    only the words it passes, not the whole sentence."""
    phrase = _OPENING_PHRASE.match(text)
    at = phrase.end() if phrase and phrase.group(1) in _NOT_A_NAME_START else 0
    while True:
        end = text.find(" ", at)
        word = text[at:] if end < 0 else text[at:end]
        if not (word.rstrip(",") in _NOT_A_NAME_START or word in ("of", "de")):
            return text[at:]
        if end < 0:
            return ""
        at = end + 1


def _run_goes_on(sentence: str, end: int) -> bool:
    """Whether the capitalised run read up to ``end`` of ``sentence`` goes on after it: a capitalised word
    follows, particles between allowed."""
    found = _NEXT_LETTER.match(sentence, end)
    return found is not None and found.group(1).isupper()


def _after_royal_title(text: str, written: str) -> bool:
    """Whether the span ``text`` writes ``written`` as a first name alone after a royal title ("Prince Faisal")."""
    return " " not in written and bool(
        re.search(rf"(?<![\w'-]){_ROYAL_TITLE}\s+{re.escape(fold_apostrophes(written))}(?![\w'-])", text))


def _after_particles(written: str) -> bool:
    """Whether ``written`` is a name that opens with lower-case particles and ends with a capitalised
    word ("von der Leyen", "de la Fuente"), as a family name is written after its first name is dropped."""
    words = written.split(" ")
    return (len(words) >= 2 and words[0] in _PARTICLES and words[-1][:1].isupper()
            and all(w in _PARTICLES or w[:1].isupper() for w in words))


def _last_group(found: re.Match[str]) -> str:
    """The last group of ``found`` that took part in the match (its whole match when it has none)."""
    return found[found.lastindex or 0]


def _investing_firm(found: re.Match[str], name: int = 2, kind: int = 1) -> bool:
    """Whether the investor a match of ``_DESCRIBED_INVESTOR`` (or ``_INVESTOR_DESCRIBED_AFTER``: its groups ``name``
    and ``kind`` given) describes is a firm, not a person: a hedge fund, or a short seller or activist investor whose
    name ends as a firm's ("Grayfin Research", "Orrin Capital", "Velta Holdings Ltd"); "short seller Dale Marsh" is a
    person."""
    last = found.group(name).rsplit(None, 1)[-1].lower().rstrip(".")
    return ("fund" in found.group(kind).lower() or last in _INVESTOR_NAME_ENDS or last in _BUSINESS_NAME_ENDS
            or bool(_LEGAL_FORM_END.search(found.group(name))))


def _kind_of(found: re.Match[str]) -> str | None:
    """The kind of business a description match names ("carmaker", "port operator"); None for a company named
    with its legal form, whose kind is not said."""
    if found.re is not _DESCRIBED_BUSINESS:
        return None
    # the description follows the name ("Velta Motors, the carmaker") or comes before it ("the carmaker Velta")
    kinds = _KIND_NOUN.findall(found.group(0))
    kind = kinds[-1] if found.lastindex == 1 else kinds[0]
    return " ".join(kind.lower().split())


def _short_for(company: str, bare: str) -> bool:
    """Whether ``bare`` is the canonical ``company`` without one or more legal forms at its end."""
    return company.startswith(bare) and bool(_COMPANY_FORM_END.fullmatch(company[len(bare):]))


#: The posts of ``SHORT_POSTS`` spelled out, each with its letters, and where one is written in a canonical key.
_POST_LETTERS = {post: letters for letters, post in SHORT_POSTS.items()}
_SPELLED_POST = re.compile(rf"(?<![\w'’])(?:{'|'.join(sorted(_POST_LETTERS, key=len, reverse=True))})(?![\w'’])")
#: Abbreviated titles and the role each stands for ("Supt" a superintendent, "Cllr" a councillor).
_ABBREVIATED_ROLES = {"supt": "superintendent", "insp": "inspector", "det": "detective", "sgt": "sergeant",
                      "cllr": "councillor", "prof": "professor", "col": "colonel", "capt": "captain",
                      "gen": "general", "cmdr": "commander", "cdr": "commander", "sen": "senator", "gov": "governor",
                      "lt": "lieutenant", "lieut": "lieutenant", "cpl": "corporal", "ofc": "officer",
                      "ald": "alderman", "comm": "commissioner", "del": "delegate", "sup": "supervisor",
                      "pres": "president"}
#: What a judge of the High Court is called by before "Justice" ("Mr Justice Brian Hollis", "Mrs Justice Ann Bo").
_JUDGES_HONORIFICS = frozenset("mr mrs ms".split())


#: A relative clause in a span, up to its comma if any ("who left the ministry in January" of "Clara Veen, who left
#: the ministry in January").
_RELATIVE_CLAUSE = re.compile(r"(?<![\w'’-])(?:who|whom|whose|which)\b[^,]*")


#: "The" or "another" written before a lone noun, in its span or just before it (the span cut after it): "the
#: people", "another person" (see :func:`_group_reference`).
_THE_OR_ANOTHER = re.compile(r"(?:^|\s)(the|another)\s*$", re.I)


def _group_reference(bare: str, text: str, before: str) -> str:
    """The canonical ``bare`` of the span ``text`` as a reference to a group named before reads it (see
    :func:`_group_member`): a lone noun with "the" or "another" written before it, in the span or just before it
    ("the people", "another person" of "..., another person cautioned"), keeps that word; any other is ``bare``."""
    written = text.strip(EDGE)
    if " " in bare or not written.lower().endswith(bare):
        return bare
    found = _THE_OR_ANOTHER.search(written[:-len(bare)] or before)
    return f"{found.group(1).lower()} {bare}" if found else bare


def _group_member(name: str, group: str) -> bool:
    """Whether the canonical ``name`` is one or some of the unnamed ``group`` (see :func:`_plural_group`) named
    before it: a count of it ("two of the people", "one of the officials" after "people familiar with the matter",
    "officials briefed on the talks"), the group again by its noun with "the" ("the people") or another of it by
    the noun's singular ("another person", see :func:`_group_reference`), or one such person, described with the
    group's words after its noun ("person familiar with the matter", "source close to the board", "former employee
    at the depot"). Not one of other people ("one of the bankers", "another banker"), nor one described otherwise
    ("person close to the buyer")."""
    member = _OF_THE_GROUP.fullmatch(name)
    group_goes_on = GROUP_GOES_ON.search(group)
    group_head = group[:group_goes_on.start()] if group_goes_on else group
    if member:
        return member.group(1) in (group, group_head, group_head.rsplit(" ", 1)[-1])
    article, _, noun = name.partition(" ")
    if article in ("the", "another") and noun and " " not in noun:
        plural = group_head.rsplit(" ", 1)[-1]
        return noun == plural if article == "the" else plural in _plurals(noun)
    goes_on = GROUP_GOES_ON.search(name)
    if goes_on is None or group_goes_on is None or name[goes_on.start():] != group[group_goes_on.start():]:
        return False
    words, group_words = name[:goes_on.start()].split(" "), counted_key(group_head).split(" ")
    if group_words[0] in QUANTIFIERS or group_words[0].isdigit():
        group_words = group_words[1:]  # "two former employees at the depot": "a former employee at the depot"
    plural = group_words[-1] if group_words else ""
    return words[:-1] == group_words[:-1] and plural in _plurals(words[-1])


def _plurals(noun: str) -> set[str]:
    """The plurals a group of the lower-case ``noun``'s people may be written with ("people" of "person")."""
    return {"people", "persons"} if noun == "person" else {f"{noun}s", f"{noun}es"}


#: Words that "'s" follows as a verb's, not an owner's ("It's", "That's", "Here's").
_CONTRACTED = frozenset("it that there here what who let he she where how when why everyone nobody".split())


def age_or_nationality(bare: str) -> bool:
    """Whether the key ``bare`` describes a person by age or by nationality alone ("43-year-old", "portuguese"), as
    sports and features copy does: the one person described so earlier (see
    :meth:`SourceIndex._person_so_called`), else a nameless person's description."""
    return bool(_AGE_ALONE.fullmatch(bare)) or (" " not in bare and _nationality(bare))


def _runs_holding(words: Sequence[str], keys: Collection[str]) -> list[bool]:
    """For each of ``words``, whether the run of capitalised words (small words of ``_JOINERS`` between them) that
    holds it holds a word whose key is among ``keys`` ("Fish and Wildlife Service" for "service"); a mark after a
    word ("Portvale,") ends its run. One pass, however long the run."""
    runs: list[list[int]] = [[]]
    for at, word in enumerate(words):
        if not (word[:1].isupper() or word in _JOINERS) or (runs[-1] and not words[runs[-1][-1]][-1:].isalnum()):
            runs.append([])
        if word[:1].isupper() or word in _JOINERS:
            runs[-1].append(at)
    held = [False] * len(words)
    for run in runs:
        if any(text_key(_POSSESSIVE.sub("", words[k].strip(EDGE)).strip(EDGE)) in keys for k in run):
            for k in run:
                held[k] = True
    return held


#: Words that say what kind of body a name is: a business's, its legal form too ("Kremvale Bank", "Orvane Holdings",
#: "Halvex Corp"), and those of each description of one kind ("Secret Service", "Channel Nine", "Harbour Workers
#: Federation"): a body that a description of another kind never means (see :meth:`SourceIndex._names_another`).
_KIND_WORDS = (_BUSINESS_NAME_ENDS | frozenset("corp inc ltd llc plc gmbh".split()) | _UNION_NAME_WORDS
               | frozenset().union(*_KIND_NAME_WORDS.values()))
#: Descriptions of one kind whose bodies' names often say nothing of it ("Frontex", "Interpol", "Unite", "Vote
#: Leave"): a capitalised word between keeps them from the body credited before unless it is plainly no such body's
#: (see :meth:`SourceIndex._names_another`); an outlet's name says it is one ("Channel Nine", "Kessel Times").
_VARIED_NAME_KINDS = frozenset({"agency", "union", "campaign"})
#: Words of a law's or a treaty's name ("Federal Records Act", "Clean Water Act", "Paris Accord"), which no body is.
_LAW_WORDS = frozenset("""act acts law bill treaty amendment code directive regulation regulations statute convention
    accord accords protocol constitution""".split())
#: A court's or tribunal's name ("the High Court", "the Markets Tribunal", "the Court of Appeal"), which no
#: description of a company, a civic body, an agency or a network means (see :meth:`SourceIndex._names_another`).
_COURT_NAME = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]*\s+){0,4}(?:Court|Tribunal)s?"
                         r"(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w'’-]*){1,3})?(?![\w'’-])")
#: Prepositions after which a capitalised run is read as a place (see :func:`_placed_words`).
_PLACE_PREPOSITIONS = frozenset("in into inside within across throughout near toward towards outside at".split())
#: Verbs of going somewhere, after which "to" (or "back to") sets a place: "flew to Reno", "drove back to Portvale".
_MOTION_VERBS = frozenset("""fly flies flew flown flying travel travels travelled traveled travelling traveling go
    goes went gone going drive drives drove driven driving sail sails sailed sailing return returns returned returning
    head heads headed heading move moves moved moving flee flees fled fleeing""".split())
#: Articles before a capitalised word and a lower-case noun, a place's or a name's word set before the noun ("the
#: Portvale rally").
_ARTICLES = frozenset("the a an".split())


#: A capitalised word and the capitalised word after it (group 2), each pair of a run read ("Senator Vance").
_CAPITALISED_PAIR = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)\.?\s+(?=([A-Z][\w'’-]*))")


def _titled_words_in(sentence: str) -> set[str]:
    """Keys of the capitalised words ``sentence`` writes just after a person's capitalised title ("vance" of "Senator
    Vance left early"): a person's name, though no source, which a description of one kind does not pass over as a
    body of that kind where it is written alone (see :meth:`SourceIndex._names_another`)."""
    return {text_key(_POSSESSIVE.sub("", found.group(2))) for found in _CAPITALISED_PAIR.finditer(sentence)
            if _is_role(text_key(found.group(1)))}


def _placed_words(words: Sequence[str]) -> list[bool]:
    """For each of ``words``, whether it is a capitalised word written where a place is: in a capitalised run just after
    a preposition of place ("in Reno") or a verb of going and "to" ("flew to Reno", "went back to Reno"; see
    ``_MOTION_VERBS``), or in a run that a comma sets after such a run ("in Reno, Nevada"), or alone
    between an article and a lower-case word ("the Portvale rally"). A body named elsewhere ("the Kessel Border
    Force", "Divers from Frontex") is not. One pass."""
    placed = [False] * len(words)
    run_placed = False
    for at, word in enumerate(words):
        if not word[:1].isupper():
            run_placed = False
            continue
        before = words[at - 1] if at else ""
        if not before[:1].isupper():  # a run opens
            alone = at + 1 < len(words) and words[at + 1][:1].islower() and word[-1:].isalnum()
            run_placed = (before in _PLACE_PREPOSITIONS or (before.lower() in _ARTICLES and alone)
                          or (before == "to" and _went(words[:at - 1])))
        elif not before[-1:].isalnum():  # a mark ends the run before: a comma goes on with its place
            run_placed = run_placed and before.endswith(",")
        placed[at] = run_placed
    return placed


def _went(words: Sequence[str]) -> bool:
    """Whether ``words``, those before a "to", end with a verb of going, "back" perhaps after it ("flew", "went
    back"; see ``_MOTION_VERBS``)."""
    last = [word.lower() for word in words[-2:]]
    if last[-1:] == ["back"]:
        last.pop()
    return bool(last) and last[-1] in _MOTION_VERBS


def _owner_first(words: list[str]) -> bool:
    """Whether the first of a sentence's ``words``, capitalised as any sentence's first word is, is a name for all
    that: one written as an owner ("Orsk's shares fell"), not a time's ("Monday's talks": see ``_NOT_AN_OWNER``)
    nor a contraction ("It's")."""
    first = fold_apostrophes(words[0].strip(EDGE)) if words else ""
    if not first[:1].isupper() or not first.endswith("'s"):
        return False
    return first[:-2] not in _NOT_AN_OWNER and first[:-2].lower() not in _CONTRACTED


def _plural_group(name: str) -> bool:
    """Whether the canonical ``name`` is an unnamed group of people: counted ("two former employees", "several
    residents") or people, sources or officials written with no count ("people familiar with the matter")."""
    first = counted_key(name).split(" ", 1)[0]
    head = GROUP_GOES_ON.split(name, 1)[0].rsplit(" ", 1)[-1]
    return ((first in QUANTIFIERS and first != "one") or first.isdigit()
            or head in _GROUP_HEADS or (head.endswith("s") and head[:-1] in PERSON_ROLES))


def _in_letters(key: str) -> str | None:
    """The canonical ``key`` with each post of ``SHORT_POSTS`` spelled out in it written in letters ("deputy cm" of
    "deputy chief minister", "pm" of "pm"), or ``None`` when it names no such post."""
    letters = _SPELLED_POST.sub(lambda found: _POST_LETTERS[found[0]], key.replace("-", " "))
    return letters if any(word in SHORT_POSTS for word in letters.split(" ")) else None


#: A US lawmaker's party and state after the name ("D-Ohio", "(R-Fla.)", "R-S.C.", "R-TX"): group 1 the state.
_PARTY_STATE = re.compile(r"(?<![\w-])([RDI])-\s?([A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)")
#: The party member a tag's letter writes, as a description's last word ("the Ohio Democrat").
_PARTY_MEMBERS = {"R": "republican", "D": "democrat", "I": "independent"}
#: Such a tag just after a name, a comma or a bracket perhaps between ('Sen. Ana Ruiz (D-N.Y.) said').
_PARTY_STATE_AFTER = re.compile(r"\s*,?\s*\(?(?=[RDI]-)")
#: US states by their names, AP abbreviations and postal codes, without dots or spaces ("SC", "Calif", "NewYork").
_US_STATES = {key: state for state, *keys in (line.split(":") for line in """Alabama:Ala:AL
    Alaska:AK Arizona:Ariz:AZ Arkansas:Ark:AR California:Calif:CA Colorado:Colo:CO Connecticut:Conn:CT
    Delaware:Del:DE Florida:Fla:FL Georgia:Ga:GA Hawaii:HI Idaho:ID Illinois:Ill:IL Indiana:Ind:IN Iowa:IA
    Kansas:Kan:KS Kentucky:Ky:KY Louisiana:La:LA Maine:ME Maryland:Md:MD Massachusetts:Mass:MA Michigan:Mich:MI
    Minnesota:Minn:MN Mississippi:Miss:MS Missouri:Mo:MO Montana:Mont:MT Nebraska:Neb:NE Nevada:Nev:NV
    New_Hampshire:NH New_Jersey:NJ New_Mexico:NM New_York:NY North_Carolina:NC North_Dakota:ND Ohio:OH
    Oklahoma:Okla:OK Oregon:Ore:OR Pennsylvania:Pa:PA Rhode_Island:RI South_Carolina:SC South_Dakota:SD
    Tennessee:Tenn:TN Texas:TX Utah:UT Vermont:Vt:VT Virginia:Va:VA Washington:Wash:WA West_Virginia:WVa:WV
    Wisconsin:Wis:WI Wyoming:Wyo:WY""".split()) for key in (state.replace("_", ""), *keys)}

#: The states' names in lower case ("ohio", "south carolina").
_US_STATE_NAMES = frozenset(state.lower().replace("_", " ") for state in _US_STATES.values())


def _party_state_words(text: str) -> frozenset[str]:
    """The lower-case words of the state and party of each party and state tag in ``text`` ("D-Ohio": ohio,
    democrat; "(R-S.C.)": south, carolina, republican), so that "the Ohio senator", "the South Carolina senator" or
    "the Ohio Democrat" finds the lawmaker so written."""
    words: set[str] = set()
    for found in _PARTY_STATE.finditer(text):
        written = found.group(2)
        state = _US_STATES.get(re.sub(r"[.\s]", "", written)) or _US_STATES.get(written.split()[0].strip("."))
        words.update([*state.lower().split("_"), _PARTY_MEMBERS[found.group(1)]] if state else ())
    return frozenset(words)


def _party_state_after(text: str, end: int) -> frozenset[str]:
    """The state's words (see :func:`_party_state_words`) of a party and state tag that follows a name ending at
    ``end`` in ``text`` ("Sen. Ana Ruiz (D-N.Y.) told reporters": new, york); none for none."""
    found = _PARTY_STATE_AFTER.match(text, end)
    tag = _PARTY_STATE.match(text, found.end()) if found else None
    return _party_state_words(tag.group(0)) if tag else frozenset()


def _role_words(text: str, name: str) -> frozenset[str]:
    """The lower-case words written with a person's name, minus the name ("foreign ministry
    spokesman Wang Wenbin" → foreign, ministry, spokesperson), for "the spokesperson" to find them; an
    abbreviated title adds its role spelled out ("Supt", "Det Insp", "Cllr" and a judge's "Mr Justice" add
    superintendent, detective and inspector, councillor, judge), for "the superintendent" to find them too. A
    relative clause's words are not the person's role ("Clara Veen, who left the ministry": no "ministry")."""
    words = {_POSSESSIVE.sub("", w.strip(EDGE)).lower() for w in _RELATIVE_CLAUSE.sub("", text).split()}
    words = {"spokesperson" if re.fullmatch(r"spokes(?:man|woman|person)", w) else w for w in words}
    words |= {_ABBREVIATED_ROLES[w] for w in words if w in _ABBREVIATED_ROLES} | _party_state_words(text)
    # a post in letters and spelled out: "CM N Chandra Rao" is "the chief minister", "Prime Minister Jo Ames" "the PM"
    words |= {part for letters in words & SHORT_POSTS.keys() for part in SHORT_POSTS[letters].split(" ")}
    words |= {letters for letters, post in SHORT_POSTS.items() if set(post.split(" ")) <= words}
    if "justice" in words and words & _JUDGES_HONORIFICS:
        words.add("judge")
    return frozenset(words - set(name.split()) - {"the", "a", "an", ""})


def _another_body(description: str, words, bodies: set[str]) -> bool:
    """Whether ``words`` (a spokesperson's body, or a person's role words) name a body other than
    ``bodies``: they qualify the description ("russian", "defence") in a way no candidate does."""
    qualifiers = set(words) - set(description.split()) - PERSON_ROLES - _RANK_MODIFIERS - _PLAIN_ROLE_WORDS
    return bool(qualifiers) and not any(qualifiers <= set(body.split()) for body in bodies)


#: What follows a role's head noun when the role says what it serves ("minister for health").
_ROLE_SERVES = re.compile(r" (?:for|of) ")


def _describes_person(description: str, roles: frozenset[str]) -> bool:
    """Whether "the <description>" can mean a person written with ``roles``: "the spokesperson", not
    "the ministry", for "ministry spokesman Wang Wenbin"; "the minister for health" for "Minister for Health
    Colm Ardagh"; not "the minister" for a deputy minister, but "the DSP" for a deputy superintendent of police (see
    ``SHORT_POSTS``: the rank is in its letters)."""
    want = description.split(" ")
    spelled = {word for letters in want if letters in SHORT_POSTS for word in SHORT_POSTS[letters].split(" ")}
    return ((_role_head(description) in PERSON_ROLES or _state_party_member(description)) and set(want) <= roles
            and not (_RANK_MODIFIERS & roles) - set(want) - spelled)


def _state_party_member(description: str) -> bool:
    """Whether a description is a party's member with the state's words before ("ohio democrat", "south carolina
    republican"), which only a person written with that party and state's tag fits (see :func:`_party_state_words`);
    not "democrat" alone."""
    *state, member = description.split(" ")
    return member in _PARTY_MEMBERS.values() and " ".join(state) in _US_STATE_NAMES


def _role_head(description: str) -> str:
    """The head noun of a role: its last word, or the word before "for" or "of" ("minister" of "minister for
    health")."""
    return _ROLE_SERVES.split(description, 1)[0].rpartition(" ")[2]


def _with_the(span: str, the_before: bool) -> bool:
    """Whether the source span ``span`` is written with "the": opening it (after a stamp cut from it too: "- The
    company"), or just before it (``the_before``)."""
    return the_before or _without_heading(span.strip(EDGE)).strip(EDGE)[:4].lower() == "the "


#: Prepositions after which a description is not the head of a source's name but what the source is tied to
#: ("the suspect" is not "family of the suspect", "the campaign" not "person close to the campaign").
_BEFORE_TIED = _NAME_GOES_ON | frozenset("to with".split())


def _names_body(description: str, name: str) -> bool:
    """Whether the lower-case ``description`` is the head of the earlier source ``name``: at its end or
    before "of"/"for"/"in", not after a preposition of ``_BEFORE_TIED`` ("the suspect" is not "family of the
    suspect", "the campaign" neither "person close to the campaign" nor "former aide to the campaign"),
    not after a rank ("the minister" is not "deputy minister"), and not a spokesperson's body."""
    want = description.split(" ")
    words = name.split(" ")
    if words[-1] in _CLUB_ENDS:
        words[-1] = "club"  # "the club" of "harbour city f.c"
    if words[-1] == "spokesperson" and want[-1] != "spokesperson":
        return False  # a spokesperson is not the body they speak for
    for at in range(len(words) - len(want) + 1):
        if (words[at:at + len(want)] == want
                and (at + len(want) == len(words) or words[at + len(want)] in _NAME_GOES_ON)
                and (at == 0 or words[at - 1] not in _RANK_MODIFIERS)
                and not _BEFORE_TIED & set(words[:at])):
            return True
    return False


def _newspaper(name: str, written: str) -> bool:
    """Whether the canonical ``name``, ``written`` at the end of that text, is a newspaper's: its last word a
    masthead's ("Courier", "Chronicle": see ``_PAPER_NAME_WORDS``), "the" before it ("the Kessel Courier
    reported"), no person whom a "he" or "she" may mean."""
    return (name.rpartition(" ")[2] in _PAPER_NAME_WORDS
            and re.search(rf"(?<![\w'’-])the\s+{re.escape(name)}\W*$", text_key(written)) is not None)


#: An article and one to three lower-case words, none a preposition, before one capitalised word ("An angry Trump",
#: "an emotional Vask", "A visibly tired Vask"; not "A spokesperson for Vask", "An email unearthed by Vask"): a
#: surname so described when the document names that person (group 1).
#: One capitalised word in the possessive, "of" perhaps before it ("Beck's", "of Beck’s"): group 1 is the word.
_PERSON_POSSESSIVE = re.compile(r"(?:of\s+)?([A-Z][\w-]*[a-z][\w-]*)['’]s")
_DESCRIBED_SURNAME = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:(?!(?:by|for|from|of|to|with|at|on|in|near|about)\s)"
                                r"[a-z][\w-]*\s+){1,3}([A-Z][\w'’-]*[a-z][\w'’-]*)")


def _firm_named(name: str, original: str) -> bool:
    """Whether the canonical ``name`` is a firm's, written in ``original`` as two to four capitalised words of which
    the last is a trade that names only a business ("Ostrava Chemicals", "Velta Motors": see ``_FIRM_NAME_ENDS``)."""
    words = name.split(" ")
    if not 1 < len(words) <= 4 or words[-1] not in _FIRM_NAME_ENDS:
        return False
    found = re.search(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", fold_apostrophes(original), re.I)
    return found is not None and all(word[:1].isupper() for word in found.group().split())


def _group_opening(word: str) -> bool:
    """Whether the lower-case first ``word`` of a capitalised source opens a group, not a personal name ("Other
    Netizens", "Several Residents": see ``QUANTIFIERS``), whose later "he" or "she" is no one of them; "One
    Democrat" is one person."""
    return word == "other" or (word in QUANTIFIERS and word != "one")


def _person_like(name: str, original: str) -> bool:
    """Whether the canonical ``name`` is written in ``original`` as a personal name: capitalised words
    (particles allowed, and glued ones: "al-Assad") not ending in an organisation word, so "presidential
    debate Politifact" or "the Justice Department" never lend their last word to a later bare mention."""
    words = [w.strip(EDGE) for w in name.split(" ")]  # trimmed as ``written`` is: "F." of "John F. Kennedy"
    if _group_opening(words[0]):
        return False
    written = [w.strip(EDGE) for w in original.split()]
    lowered = [w.lower() for w in written]
    for i in range(len(written) - len(words) + 1):
        if lowered[i:i + len(words)] == words:
            return (all(_name_word(written[i + j]) or words[j] in _PARTICLES for j in range(len(words)))
                    and written[i + len(words) - 1] not in _INSTITUTIONS and words[-1] not in _FIRM_NAME_ENDS)
    return False
