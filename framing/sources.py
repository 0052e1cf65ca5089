"""A source mention's canonical name, keys and display forms.

Sources are written many ways in one article ("Foreign Ministry spokesperson Wang Wenbin", "Wang",
"the spokesperson"); :func:`normalise_source` gives one mention its canonical form, :func:`display_source` that
form with the case as written and :func:`text_key` what two spellings of one wording share;
:class:`framing.source_index.SourceIndex` joins a later, shorter mention to the one earlier source it can mean.
Finding a source in a sentence's own words, where the model marked none, is :mod:`framing.source_finders`'s job.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import dropwhile

from .furniture import ENTRY_STAMP, LINK_LABELS
from .furniture import GLUED_PARTICLES as _GLUED
from .given_names import given_name_of_either_sex, given_name_sex, is_given_name
from .segment import TRADE_ENDING, dateline_length, list_mark_length, split_sentences
from .textchars import case_blind, fold_apostrophes, without_invisible
# "Bloomberg", a wire service, is no person's surname
from .textlines import NEWS_AGENCIES as _NEWS_AGENCIES
from .textlines import NAME_PARTICLES
from .textlines import STAMP_MARKS as _STAMP_MARKS
from .textlines import TIME_ZONES as _ZONES
from .turns import MASTHEAD_WORDS, names_outlet, speaker_label_length
from .turns import SPEAKER_ROLES as _SPEAKER_ROLES

__all__ = ["normalise_source", "display_source", "text_key", "speaker_display", "unsure_list", "name_opening_word",
           "LINK_LABEL", "opens_with_given_name"]

#: How many forms of spans and speakers' labels are kept once worked out: a long transcript names its speakers
#: again at every turn, and copy its sources in sentence after sentence.
_FORMS_KEPT = 4096

#: Lower-case words inside a personal name, one or a run of them ("Ana de la Fuente", "María de los
#: Ángeles Ruiz", "Jan van der Berg").
PARTICLES = NAME_PARTICLES | frozenset("los las des".split())
#: A leading article or possessive, dropped from a source's form; an article doubled by a typo ("the the council
#: report", "a a"), the same word twice, is read as one; "own" after a possessive goes with it ("their own annual
#: reports" are annual reports).
LEADING = re.compile(r"^(?:(the|an|a)\s+(?=\1\s))?(?:the|a|an|(?:its|his|her|their|our)(?:\s+own(?=\s))?)\s+", re.I)
#: Abbreviated military ranks, which may be joined by a hyphen ("Brig.-Gen.", "Lt.-Col.").
_RANKS = r"lt|lieut|maj|brig|col|capt|cmdr|cdr|adm|sgt|cpl|pvt|pte|sqn|ldr|gen"
#: The legal forms at the end of a canonical company name, one or more: "acme corp" is "acme" for short,
#: "globex holdings ltd" "globex holdings" or "globex", "initech group plc" "initech" (see :func:`_short_for`).
LEGAL_FORMS = (r"corp|corporation|inc|ltd|limited|llc|llp|plc|co|holdings|group|gmbh|kgaa|oyj|spa|s\.p\.a|s\.a\.s|"
                r"s\.a|n\.v|sa|se|nv|bv|ab|asa|a/s|pty|sarl")
#: How a business report refers back to the company it is about.
COMPANY_WORDS = frozenset("company firm corporation".split())
#: Lower-case nouns for a kind of body, which its name follows ("the watchdog Ofcom", "consumer group Which?").
BODY_KINDS = frozenset("""group agency watchdog firm charity union company organisation organization party
    network coalition campaign regulator broadcaster newspaper association alliance foundation institute
    movement newsletter magazine tabloid authority""".split())
#: Lower-case nouns that say what a body is but not which ("the company", "the ministry", "police"): the kinds
#: above, a business, and the bodies of a state ("the council" too: two documents' councils are most likely two,
#: and a wrong join misleads more than a missed one; not "senate", which US copy writes capitalised for one).
BODY_NOUNS = BODY_KINDS | COMPANY_WORDS | frozenset("""ministry department office bureau authority board
    commission committee court tribunal government administration police army navy coastguard embassy consulate
    bank fund trust presidency command council cabinet parliament assembly municipality""".split())
#: A relative's noun ("cousin", "brother-in-law", "stepdaughter", "widow"): a person's tie to someone else in the
#: story, most often one of the same surname, so that a given name spelled another way is no respelling.
KIN = (r"(?:(?:great-)?(?:grand|step|half-)?(?:father|mother|son|daughter|brother|sister|parent|child|children)"
       r"|cousin|uncle|aunt|nephew|niece|wife|husband|widow|widower|sibling|relative|twin|fianc[ée]e?|grandchild"
       r"|grandparent|in-law)(?:s|-in-law)?(?![\w'’-])")
#: A relative's noun alone (see ``KIN``: "daughter", "brother-in-law"), as a word before a given name may be.
_KIN_WORD = re.compile(KIN)
#: Police ranks written in capitals before a name in Nigerian, Ghanaian and Indian copy ("SP Williams Aya", "DGP", "DSP
#: Ravi Lund"), read as titles only before two capitalised words, neither a firm's (see ``_FIRM_WORDS``: "SP Setia",
#: "SP Setia Bhd", "ACP Group", "DSP Mutual Fund" stay), or before a surname the document gave a person (see
#: ``SourceIndex.add``); "AIG" and "CP", firms' names too ("AIG Financial Products", "CP Rail"), only with a full
#: stop ("CP. Hakeem Odumosu").
POLICE_RANKS = r"SP|DSP|ASP|ACP|DCP|CSP|DIG|IGP|DGP"
STOPPED_RANKS = r"AIG|CP"
#: Words of a firm's or a body's name, none a person's, after a rank ("DSP Mutual Fund", "DCP Midstream
#: Corporation", "SP Jain Institute", "DIG Airport Police"): legal forms, bodies' nouns, and words of business.
_FIRM_WORDS = "|".join([LEGAL_FORMS, *sorted(BODY_NOUNS), *"""bhd berhad mutual managers management investment
    investments institute school college university team sales finance financial midstream energy capital foods
    global international properties industries partners airport rail""".split()])
#: Two capitalised words after a rank, each read as a word of a person's name: neither a firm's word, plural or not.
_NAME_AFTER_RANK = (rf"\s+(?-i:(?!(?i:{_FIRM_WORDS})s?\b)[A-Z][a-z][\w'’-]*\s+"
                    rf"(?!(?i:{_FIRM_WORDS})s?\b)[A-Z][a-z])")
#: Abbreviated titles, with or without a full stop ("Det Supt Sarah Jones", "Rear Adm. Daniel Hagari", "Cllr
#: Nadia Brennock", "Asst. Prof. Lena Moravec", "Det Ch Insp Ravi Lund"), a "state" or "former" before one too ("State
#: Sen. Ada Moe"), a party before "Sen.", "Rep." or "Gov." and a capitalised word ("GOP Rep McKell" of a headline,
#: "Democratic Sen. Ada Moe": not "GOP Reps"), and Ireland's police, "Garda", before a rank ("Garda Supt Niamh
#: Byrne"), a priest's "Father", a cleric's "Rev.", "Reverend", "Rt Rev", "Most Rev." or "Very Rev" and
#: "Monsignor",
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
#: Paul Obi"), a police rank (see ``POLICE_RANKS``), but not in names that begin with the same letters ("Gen Z
#: voters", "Hon Hai Precision", "Det Norske Veritas").
#: "MS" in capitals is "Ms" only with its full stop or before a name in capitals ("MS. LIN", "MS IDA LEE"), not
#: the letters that open a body's name ("The MS Society").
TITLE = re.compile(r"^(?:(?:(?:state|former)\s+|(?-i:Garda)\s+(?=(?:supt|insp|det|sgt)\b)|"
                    r"(?-i:GOP|Republican|Democratic|Democrat)\s+(?=(?:sen|rep|gov)\b\.?\s+(?-i:[A-Z])))?"
                    rf"(?:(?:rear|vice)[\s-]+adm|(?:{_RANKS})\.?-(?:{_RANKS})|{_RANKS}|"
                    r"mr|mrs|(?-i:[Mm]s|MS(?=\.|\s+[A-Z]{2}))|mx|mme|messrs|dr|prof|asst|assoc|dep|sen|rep|gov|cllr|"
                    r"sir|dame|supt|insp|det|h\.\s?e(?=\.)|(?:(?:his|her)\s+)?(?-i:Excellency)|"
                    r"ch(?=\.?\s+(?:insp|supt)\b)|(?:(?:rt|right|most|very)\.?\s+)?rev(?:erend)?|fr|msgr|monsignor|"
                    r"(?-i:Father)|rt\.?\s+hon|hon|"
                    rf"shri(?!\s+\S+\s+(?:{_FIRM_WORDS})s?\b)|smt|alhaji|mallam|comrade|engr|atty|"
                    r"dat(?:uk|o['’]?)(?:\s+s(?:e)?ri)?|(?:tan|puan)\s+sri|"
                    r"(?:barr|amb|pres|alh|ald|comm|ofc|sup|del|sens|reps|govs)(?=\.)|"
                    r"(?:senators|representatives)(?=\s+(?-i:[A-Z])[\w'’.-]*\s+(?-i:[A-Z]))|"
                    r"\((?:mrs|mr|ms|miss|dr|prof|rtd|retd|ret)\.?\)|"
                    r"herr|frau|se[nñ]ora?|bapak|(?:sra?|ir|ust|kol|inf)(?=\.)|dipl\.-ing|"
                    r"mlle|(?-i:M)(?=\.\s+(?-i:[A-ZÀ-ÖØ-Þ][a-zß-ÿ]))|(?-i:(?:Sig|Dott|On|Mgr)(?=\.)|Sig\.ra|Dott\.ssa)|"
                    rf"(?-i:Ibu(?=\s+[A-Z][^\s-]*(?:\s|$)))(?!(?:\s+\S+)?\s+(?:{_FIRM_WORDS})s?\b)|"
                    rf"(?-i:{POLICE_RANKS})(?=\.?{_NAME_AFTER_RANK})|(?-i:{STOPPED_RANKS})(?=\.{_NAME_AFTER_RANK})"
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
            and without_accents(found.group(1)) == found.group(1) and not _FRENCH_AFTER_M.fullmatch(found.group(1)))


#: A word after "M." that makes it French copy's "Monsieur" whatever given names are known: a particle opening a
#: surname ("M. Le Maire", "M. De Villepin", "M. Du Pont", "M. La Salle") or a hyphenated given name ("M. Jean-Luc
#: Mélenchon", "M. Jean-Pierre Petit").
_FRENCH_AFTER_M = re.compile(r"Le|La|Les|De|Du|Des|D['’]\w+|[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+-[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+")


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
#: A clause that sets a source apart from the work it comments on, with "who was" or without ("not involved in the
#: study" of "Experts not involved in the study said", "who were not affiliated with the trial"): up to and with
#: the work's noun (group "work"), which the speaker did not do; the clause describes the speaker, never speaks.
UNINVOLVED = re.compile(r"\s+(?:who\s+(?:was|were|is|are)\s+)?not\s+(?:directly\s+)?"
                        r"(?:involved|affiliated|associated|connected)\s+(?:in|with)\s+(?:the\s+|this\s+|that\s+)?"
                        r"(?:[a-z][\w-]*\s+){0,2}?(?P<work>stud(?:y|ies)|research|work|paper|trial|report|assessment|"
                        r"analysis|findings|project|survey|review|experiments?|investigation)\b")
#: A relative clause or its pronoun ending a span after the name it describes ("who" of "A senior official who",
#: "who spoke" of "A senior official who spoke", a trailing "that"): not part of the name ("many of whom" stays).
_RELATIVE_AFTER = re.compile(r"(?<=\w)(?<!\bof)\s+(?:(?:who|whom|whose|which)(?:\s.*)?|that)$")
#: A relative clause on a description, up to the comma after which a name set apart may follow ("The user who posted
#: it, @orsk_truth": group 1 the description, group 2 what follows the comma).
_CLAUSE_BEFORE_PART = re.compile(r"(.*?\w)\s+(?:who|whom|whose|which|that)\s[^,]*\s([^\s,]+),\s+(\S.*)")


def _without_clause_before_name(form: str) -> str:
    """``form`` without the relative clause on its description when a personal name of two words or more or an
    account's handle alone follows that clause's comma, a lower-case word before it (see ``_CLAUSE_BEFORE_PART``):
    "The man who filmed it, Evan Pruitt" is "The man, Evan Pruitt", whose name :func:`_pick_part` then takes, where
    the clause read to the end would drop the name; not "A user who lives near Orrin, Vell": a place's comma."""
    found = _CLAUSE_BEFORE_PART.fullmatch(form)
    if found is None or not found.group(2).islower():
        return form
    name = found.group(3)
    if not ((_person_part(name) and " " in name) or _HANDLE_ALONE.fullmatch(name)):
        return form
    return f"{found.group(1)}, {name}"


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
SELF_NAME_WHOLE = re.compile(_SELF_NAME)
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
WEEKDAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
#: A day owning what follows it ("Thursday's poll", "yesterday's report"): a time, no owner who speaks through it.
_TIME_OWNER = re.compile(rf"^(?:(?:{WEEKDAYS}|yesterday)"
                         r"(?:'s|’s)\s+(?=\S)|(?:today|tonight)(?:'s|’s)\s+(?=(?-i:[a-z])))",  # not "Today's Zaman"
                         re.I)
#: A weekday, which tells when something was said or made ("Thursday" of "a poll released on Thursday found"), never
#: who said it.
_WEEKDAY = re.compile(rf"(?:on\s+)?(?:{WEEKDAYS})", re.I)
#: Nouns of a document through which its author speaks ("the group's report", "a study by the institute", "a
#: Keystone University poll released Thursday", "a readout from the foreign ministry" of a call or a meeting;
#: a meeting's "minutes" and an offering's "prospectus" too).
DOCUMENTS = (r"reports?|stud(?:y|ies)|statements?|filings?|surveys?|polls?|memos?|memorandum|analys[ie]s|reviews?|"
              r"letters?|complaints?|audits?|inspections?|data|statistics|findings|figures|records|estimates?|"
              r"readouts?|minutes|prospectus(?:es)?")
#: Nouns of material that speaks for whoever made or put it out, only before a passive "by" (see ``_BY``): "a tally
#: by the centre", "a web video by the party committee", "Hacked emails posted by LeakBox", "a list compiled by", and
#: of an inquiry, whose findings are its maker's ("An investigation by the state auditor found", "an inquiry by the
#: integrity office", "an assessment by the agency"), and of a search or a fact-check ("a reverse image search by
#: Factline", "a fact-check by the Kessel Herald").
_BY_DOCUMENTS = (rf"{DOCUMENTS}|tall(?:y|ies)|videos?|ads?|e-?mails?|lists?|investigations?|inquir(?:y|ies)|probes?|"
                 r"assessments?|evaluations?|examinations?|search(?:es)?|fact[-\s]?checks?")
#: Participles of spreading material, which credit who spread it only after such a noun ("A memo circulated by a party
#: analyst", "emails unearthed by LeakBox", as "emails obtained by the Guardian" credit the outlet): "soldiers posted by
#: the army" stay whole.
_SPREAD = r"circulated|posted|unearthed|disseminated"
#: Participles of making, filing or having material, before a passive "by" (see ``_BY``).
_BY_MADE = (r"published|released|issued|written|compiled|commissioned|produced|prepared|signed|conducted|kept|"
            r"carried\s+out|filed|brought|lodged|submitted|provided|supplied|obtained|seen|reviewed|viewed|examined|"
            r"verified|analy[sz]ed")
#: A passive "by" before the credited body: alone ("by an independent panel"), or after a participle and
#: what it made ("published by the UN Human Rights Office", "figures released by the statistics office",
#: "A detailed study being released by"), an article besides, a time between allowed ("published last week by",
#: and "Friday by" of a span cut inside "released on Friday by"), or after a document and up to two words before it,
#: no preposition among them ("a report by the audit office", "an independent review by the panel"; not "claims in a
#: report by"), perhaps with what it is "of" and a participle after it ("Leaked memos of council staff
#: disseminated by"), or after "one" standing for a document before a name ("one by Vela" of "two polls -- one by
#: Kestel, one by Vela"). Only participles of making (a filing's too: "the complaint, filed by the association", "a
#: lawsuit brought by", "lodged", "submitted"; of handing over: "excerpts provided by the Interior Ministry", "figures
#: supplied by"), of spreading after a document (see ``_SPREAD``), and of access, which credit
#: the outlet that had the material ("emails obtained by the Guardian", "records reviewed by Reuters", "messages
#: shared with the BBC", "files leaked to the Guardian"): after "led", "funded" or "backed" the head is the actor
#: ("the alliance led by Ostmark" is the alliance).
_BY = re.compile(rf"^(?:(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:being\s+)?(?:{_BY_MADE})\s+)?"
                 rf"(?:(?:{_WHEN_MADE})\s+)?by\s+"
                 rf"|^(?:(?:a|an|the)\s+)?(?:(?!(?:of|for|at|in|with|to|from|on|and|or)\s)[\w-]+\s+){{0,2}}"
                 rf"(?:{_BY_DOCUMENTS})\s+(?:(?:of\s+(?:[\w'’.-]+\s+){{1,4}}?)?(?:being\s+)?"
                 rf"(?:{_BY_MADE}|{_SPREAD})\s+(?:(?:{_WHEN_MADE})\s+)?)?by\s+"
                 r"|^one\s+by\s+(?=(?:the\s+)?(?-i:[A-Z]))"
                 r"|^(?:[\w'’-]+\s+){0,3}?(?:shared\s+with|(?:provided|leaked|passed)\s+to)\s+", re.I)
#: A document or a count, up to two words before it ("unofficial results", "a joint statement", "new figures"), then
#: "from" and whoever made it (group 1): the body credited when its last word says it is one ("the county elections
#: office", "the Democratic committee"; see :func:`_maker_after_from`).
_FROM_MAKER = re.compile(rf"^(?:(?:a|an|the)\s+)?(?:(?!(?:of|for|at|in|with|to|from|on|and|or)\s)[\w'’-]+\s+){{0,2}}"
                         rf"(?:{DOCUMENTS}|results|returns|tall(?:y|ies)|counts?)\s+from\s+(\S.*)$", re.I)
#: A centre by its capitalised name after "the" ("the Refugee Legal Centre", "the Halvard Research Center"): a body
#: that made a document or count, not a place as "the city centre" is (see :func:`_maker_after_from`).
_NAMED_CENTRE = re.compile(r"(?i:the)\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:Centre|Center)")
#: A document sent in someone's name before "from" ("a statement from", "an emailed statement from", "a letter
#: from"), which only one who speaks sends; and a maker in capitalised words alone after it ("Orsk", "Velna Stores").
_SENT_FROM = re.compile(r"^(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+)?(?:statements?|letters?|e-?mails?|releases?|responses?|"
                        r"repl(?:y|ies)|communiqu[eé]s?)\s+from\s", re.I)
_CAPITALISED_MAKER = re.compile(r"[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}")
#: Common Vietnamese family names (romanised, lower case, without accents), written first; English copy calls the
#: holder of such a name by the given name alone, the last word ("Lan" of "Nguyen Thi Lan"), or by the family name.
VIETNAMESE_FAMILY_NAMES = frozenset("nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong "
                                     "dinh mai".split())
#: Common Chinese, Korean and Vietnamese family names (romanised, lower case), written before the given
#: name: a later mention by the family name alone ("Wang") joins the one full name it starts.
FAMILY_NAMES_FIRST = frozenset("""
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang
han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jin
xi mao qin fu fan hou bai kong qiu meng lei wen hua yan tan lam chan wong leung cheung ng kwok
kim lee park choi jung jeong kang cho yoon jang lim oh seo shin kwon hwang ahn yoo hong jeon ko moon son
bae baek nam ryu
""".split()) | VIETNAMESE_FAMILY_NAMES
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
#: A possessive and "own" ending a span ("'s own" of "By Vask's own argument"): an owner's, stressed, never a
#: name's possessive ("Moody's said"), so dropped however the span is followed.
_OWN_AFTER_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])\s+own$")
#: A document named as its owner's ("the group's 42-page report", "the ministry's statement", "Acme's annual
#: filings"), up to two words before its noun, or its owner's forecasts or projections ("the bank's own forecasts",
#: "the ministry's projections"), numbers it puts out as a report's: group 1 is the owner, who speaks through it.
_OWNERS_DOCUMENT = re.compile(rf"^(.*\S)(?:'s|’s|(?<=s)['’])\s+(?:[\w-]+\s+){{0,2}}"
                              rf"(?:{DOCUMENTS}|forecasts?|projections?)$", re.I)
# "spokeswoman for the embassy", "the embassy's spokesman", "embassy spokesperson": one role, one form
#: Participles of making a document or having it, after its noun ("a study published Monday in the journal ...",
#: "the report, released on Friday, said", "the filing made with the regulator").
MADE = (r"published|released|issued|posted|presented|made|filed|submitted|conducted|carried\s+out|written|"
         r"prepared|produced|compiled|commissioned|unveiled|sent|delivered|obtained|seen|reviewed|viewed")
#: A participle of making ending a span after the noun it tells apart, the span cut before when or where the thing
#: came out ("the ruling released" of "the ruling released Friday said", "Transcripts released" of "Transcripts
#: released in May quote ..."): the thing made, whatever its noun, as ``_WHEN_AFTER`` reads it with its time.
_MADE_AT_END = re.compile(rf"(?<=\w)\s+(?:{MADE})$")
#: Nouns of a time, seasons and months as alternatives of a pattern, in lower case.
_TIME_NOUNS = r"time|day|week|weekend|month|year|decade|morning|afternoon|evening|night|moment"
_SEASONS = r"spring|summer|autumn|fall|winter"
MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
#: A time with a word that makes it one, "this", "last", "past" ("last week", "this past December", "the same day"),
#: never part of a name; "This Week", capitalised, may name a programme.
_WHEN = (rf"(?:(?-i:earlier|later)\s+)?(?-i:this|last|next|past|this\s+past|that|(?:the\s+)?same)\s+"
         rf"(?:{_TIME_NOUNS}|{_SEASONS}|{WEEKDAYS}|{MONTHS})")
#: An adverb in "-ly" ("flatly"), not a noun or adjective so ending that ends a source ("the family", "a close ally",
#: "the daily").
LY_ADVERB = (r"(?!(?:family|ally|rally|assembly|supply|monopoly|anomaly|tally|folly|bully|daily|weekly|monthly|"
             r"quarterly|elderly)\b)[a-z]+ly")
#: Adverbs of manner or time, between a subject and its verb ("Tom Vask also voted", "Ana Ruiz quickly left") or ending
#: a span's words before its cue ("Many in the boardroom privately believe"), no name's.
ADVERB = rf"(?:now|still|also|again|already|often|never|always|then|later|{LY_ADVERB})"
#: A time between a subject and its verb, a pattern ("The regulator on Tuesday fined", "late Monday", "this week",
#: "last month", "earlier this year", "yesterday"): when, no part of the subject (see :func:`opening_subject`).
SUBJECT_TIME = (r"(?:(?:late|early)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                rf"(?:\s+(?:morning|afternoon|evening|night))?|{_WHEN}|yesterday|today")
#: A time alone, which says when something was said or made and never who said it ("month" of "released last
#: month", "time" of "at the time", "this past December", "yesterday"); a capitalised noun alone may be a name
#: ("Time" the magazine), and so may a month ("May") or a season ("Summer").
_TIME_ALONE = re.compile(rf"{_WHEN}|(?-i:{_TIME_NOUNS})|yesterday", re.I)
#: A time after a source's name, perhaps after a participle of making ("The ministry this week", "a poll released
#: yesterday", "an inquiry by the Ledger last year", "Roe in December", "Roe in 2015", "Roe in the past", "Roe in
#: recent days", "a survey conducted Monday", "at the time"):
#: when, not who; a weekday alone needs "on" or the participle ("Cyber Monday" is a name), and "today" is lower
#: case ("Kessel Today" is a newspaper); a participle after "and" goes with it ("A study commissioned by the board
#: and published in September" is the board's, as "A study commissioned by the board" is); "held" only before a time
#: ("A ballot of residents held in January" is the ballot of residents).
_WHEN_AFTER = re.compile(rf"(\s+(?:and\s+)?(?:{MADE}|held))?\s+(?:{_WHEN}|(?-i:yesterday|today|tonight)|at\s+the\s+time"
                         rf"|in\s+(?:{MONTHS})(?:\s+\d{{4}})?|in\s+\d{{4}}|in\s+the\s+past"
                         r"|in\s+(?:recent|the\s+past(?:\s+few)?)\s+(?:days|weeks|months|years))$"
                         rf"|\s+(?:{MADE}|on)\s+(?:on\s+)?(?:{WEEKDAYS})$", re.I)
#: A document's noun (a post's or a clip's too), with up to three words before it, an article besides, and no
#: preposition among them ("a study", "The report", "the group's 42-page report", "a new Keystone University poll"; a
#: trial's "results" too, "results presented at the Kessel Congress"; group 1), then what it is told apart by, never
#: a name of its own: a participle of making it (see ``MADE``) or of sharing it ("A post shared 20,000 times", "a
#: video posted on X"), a relative clause ("that was", "which", or a pronoun's with no "that": "the audit he cited"),
#: when it came out or was dated ("Monday", "last week", see ``_WHEN_MADE``; "a memo dated March 3"), or who made it,
#: by a verb after a name or "the" and a noun ("a filing Veltrix made with the SEC", "the report the ministry
#: released"; group 2), what it is "of" allowed before the maker when it ends in a lower-case noun ("a list of Ruiz
#: fundraisers the Harbor Post assembled"; not "a poll of Ohio Democrats released"), or a poll's or survey's sample,
#: a number of people ("The survey of 812 likely voters": the survey).
_DOCUMENT_TAIL = re.compile(
    rf"((?:(?i:a|an|the)\s+)?(?:(?!(?:of|for|at|in|with|to|from|by|on|and|or)\s)[\w'’.-]+\s+){{0,3}}?"
    rf"(?i:{DOCUMENTS}|results|releases?|papers?|preprints?|documents?|lists?|posts?|videos?|clips?|messages?))"
    rf"(?:,?\s+(?i:{MADE}|that|which|dated|shared|{_WHEN_MADE})\b|\s+(?:he|she|they|we)\s+[a-z]"
    r"|(?:(?<=[Pp]oll)|(?<=[Ss]urvey))\s+of\s+\d[\d,]*\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*s$"
    r"|(?:\s+of\s+(?:[\w'’-]+\s+){0,2}?(?!(?:of|for|at|in|with|to|from|by|on|and|or|the|a|an)\s)[a-z][\w'’-]*)?"
    r"\s+((?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){1,4}|the\s+(?:[a-z][\w'’-]*\s+){1,2})"
    r"(?:made|filed|released|published|issued|submitted|sent|wrote|prepared|produced|commissioned|compiled|"
    r"presented|posted|lodged|obtained|saw|reviewed|assembled)\b)")
#: A comma between a source's parts, not one inside a figure ("A study of 2,000 adults" is one part).
_PART_COMMA = re.compile(r",(?!(?<=\d,)\d{3}(?!\d))")
#: A document alone, an article and up to two words before its noun ("The complaint", "a 40-page report", "The
#: lawsuit").
_DOCUMENT_ALONE = re.compile(rf"(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{DOCUMENTS}|lawsuits?)", re.I)
#: A maker named after "by": a capitalised word, "the" allowed before it ("the SEC", "Mayor Ana Ruiz"), or "the" and
#: a body's noun in lower case, up to two words before it ("the election board", "the statistics office"; see
#: :func:`_maker_part`), no possessive.
_NAMED_MAKER = re.compile(rf"(?:the\s+)?[A-Z]|the\s+(?:[a-z-]+\s+){{0,2}}?(?:{'|'.join(sorted(BODY_NOUNS))})"
                          r"(?![\w'’-])")
#: "from" opening a comma part of a source, which names where the head before it comes from ("The team, from the
#: Halvorsen Institute"), or who issued it ("The report, from the Varnland Climate Council").
_FROM = re.compile(r"^from\s+(?=\S)")
#: A comma part that says where or when a document came out, never who speaks: a participle of making before a
#: place or a time ("published in the Kessel Journal", "released on Friday", "posted online", "published today in
#: the Kessel Journal"; see ``MADE``), with no "by" naming its maker after it.
_PUBLISHED_PART = re.compile(rf"(?:{MADE})\s+(?:(?:today|yesterday)\s+)?(?:in|on|at|online|last|this|earlier)\s"
                             r"(?!.*\sby\s)", re.I)
#: Such words after the maker a document is "from", no comma between ("Marrowfield University published today in
#: the Journal of Clinical Aging"): where and when it came out, no part of the maker's name.
_PUBLISHED_AFTER_MAKER = re.compile(rf"\s+{_PUBLISHED_PART.pattern}.*$", re.I)
_SPOKES_FOR = re.compile(r"^spokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?(.+)$", re.I)
_SPOKES_AFTER = re.compile(r"^(.+?)(?:'s|’s)?\s+spokes(?:man|woman|person)$", re.I)
_SPOKES_ALONE = re.compile(r"^spokes(?:man|woman|person)$", re.I)
#: Wording of an allegation: what a denial most likely answers; a doping case's too ("her sample contained
#: trenbolone", "a sample she provided in February contained", "tested positive for"), but no other thing said to
#: contain something ("whether it contained sensitive information").
_ALLEGING = re.compile(r"\b(?:accus\w*|alleg\w*|charged|evidence|show(?:s|ed)|reveal\w*|blam\w*|violat\w*|"
                       r"(?:samples?|specimens?)\s+(?:[\w'’-]+\s+){0,6}?contain(?:s|ed)|tested\s+positive|"
                       r"found|identif\w*|conclud\w*|linked|(?:is|are|was|were|be|been)\s+behind|responsible|"
                       r"guilty|wrongdoing|fraud\w*|abus\w*|misconduct|corrupt\w*|lied|cover(?:ed)?[- ]up|"
                       r"(?:suspected|suspicion)\s+of)\b", re.I)
#: A suspicion among ``_ALLEGING``'s wordings ("suspicion of", "suspected of").
_SUSPECTED = re.compile(r"(?:suspected|suspicion)\s+of", re.I)
#: A word that each of ``_ALLEGING``'s wordings holds: a text in which none is (as
#: :func:`framing.textchars.case_blind` reads it) is not searched.
_ALLEGING_WORDS = ("accus", "alleg", "charged", "evidence", "show", "reveal", "blam", "violat", "contain", "positive",
                   "found", "identif", "conclud", "linked", "behind", "responsible", "guilty", "wrongdoing", "fraud",
                   "abus", "misconduct", "corrupt", "lied", "cover", "suspect", "suspicion")
#: A negation just before an allegation's word ("no evidence", "not responsible", "never lied"), or "no"
#: just after it ("found no contamination", "showed no sign"): then it alleges nothing.
_NEGATED_BEFORE = re.compile(r"(?:\b(?:no|not|never|without)|n't)\s+(?:\w+\s+){0,2}$", re.I)
_NEGATED_AFTER = re.compile(r"\s+(?:no|nothing)\b", re.I)
#: Accusing words that are also passive participles, and what marks them so: a preposition just after
#: them ("accused of", "charged with", "blamed by"), or a verb of being just before ("was accused", "has been
#: blamed", "stands accused", "remains accused").
PASSIVE_PARTICIPLES = frozenset("accused alleged charged blamed".split())
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
#: An aside between commas after a name (at most three commas' pieces: ", 58, who ran the port,"), then a passive
#: accusation with a verb of being ("is accused of", "was charged with"); without the verb the words may be the
#: aside of a speaker ("Vell, accused of fraud, said").
_ASIDE_THEN_ACCUSED = re.compile(r"(?:\s*,[^,;:!?\"“”]{1,80}?){1,3},\s+(?:is|are|was|were|has\s+been|have\s+been|"
                                 r"had\s+been|stands|stood|remains|remained)\s+(?:\w+ly\s+)?"
                                 r"(?:accused\s+of|suspected\s+of|blamed\s+for|charged\s+with)\b", re.I)
BEING_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|stand|stands|stood|remain|remains|remained|get|got|"
                           r"gets)\s+(?:\w+ly\s+)?$", re.I)


def alleges(text: str, *, passive: bool = True) -> bool:
    """Whether ``text`` is worded as an allegation: an accusing word not negated ("accused", "showed",
    "evidence"; not "found no evidence", "was not responsible", "hiding behind a welcome mat").
    ``passive=False`` leaves out an accusing participle in the passive ("Senator accused of bribery", "was
    charged with fraud"): it reports an allegation against its subject, not one its subject makes."""
    folded = case_blind(text)
    return any(word in folded for word in _ALLEGING_WORDS) and any(
        not _NEGATED_BEFORE.search(text, max(0, m.start() - 30), m.start()) and not _NEGATED_AFTER.match(text, m.end())
        and (passive or not _in_passive(text, m)) and not _blames_a_thing(text, m)
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
    return word in BODY_NOUNS or word in PERSON_ROLES or word in _PARTY_NOUNS or people_plural(word)


def accused_after(text: str, at: int) -> re.Match[str] | None:
    """The passive accusation that the words of ``text`` from ``at`` (just after a name) open with, if any (see
    ``_ACCUSED_AFTER``: "Dravonia" of "Dravonia accused of running covert sites", "Minister Vell was charged with
    fraud"), or one with a verb of being after an aside between commas (see ``_ASIDE_THEN_ACCUSED``: "Vell, 58, who
    ran the port, is accused of"): the name is the accused, not who accuses."""
    return _ACCUSED_AFTER.match(text, at) or _ASIDE_THEN_ACCUSED.match(text, at)


#: How many characters after a source span :func:`accusation_in_span` reads: "of" of "accused" ending the span.
_ACCUSATION_REACH = 20
#: A lower-case word by which the words before it speak for whom follows ("The lawyer for a man accused of ...").
_ON_BEHALF = re.compile(r"\s(?:for|of|representing|defending)\s")


@lru_cache(maxsize=_FORMS_KEPT)
def accusation_in_span(text: str, after: str) -> int | None:
    """Where in the source span ``text`` a passive accusation (see :func:`accused_after`) opens after the name, read
    on into ``after``, the sentence's text after the span: 6 of "Police accused" before " of brutality say ...", or
    of "Police accused of brutality"; it is no part of the source's name. ``None`` for none, or for one after a word by
    which the span speaks for the accused ("The lawyer for a man accused of fraud"). Kept once read: the credits and
    the source index each ask it of every span."""
    found = _ACCUSED_AFTER.search(text + after[:_ACCUSATION_REACH])
    if found is None or not 0 < found.start() < len(text.rstrip()) or _ON_BEHALF.search(text, 0, found.start()):
        return None
    return found.start()


def _in_passive(text: str, word: re.Match[str]) -> bool:
    """Whether the accusing ``word`` found in ``text`` is a participle in the passive: after a verb of being
    ("was accused") or with no object before its preposition ("accused of", "charged with", "blamed for"); or a
    suspicion (``_SUSPECTED``: "arrested on suspicion of arson", "suspected of fraud"), which also reports an
    allegation against whom it is about, not one they make."""
    if _SUSPECTED.fullmatch(word.group()):
        return True
    return word.group().lower() in PASSIVE_PARTICIPLES and bool(
        _PASSIVE_AFTER.match(text, word.end()) or BEING_BEFORE.search(text, max(0, word.start() - 30), word.start()))


#: Quotation marks and punctuation trimmed off a source's edges.
EDGE = " ,.;:\"'“”‘’„«»‹›"
#: Last words of an organisation, not of a person: "the Justice Department" keeps its title word, and "the
#: academy" or "the club" joins "the Meridian Film Academy" or "Harbour City F.C." (see ``_CLUB_ENDS``), no person.
INSTITUTIONS = frozenset("""Department Ministry Committee League Office Council Court Agency Bureau Board
    Commission Party Union Federation Service Authority Administration Government Group Association Institute
    University Company Corporation Bank Fund General Assembly Parliament Senate House Congress Police
    Force Forces Army Navy Staff Cabinet Secretariat Tribunal Embassy Consulate Mission Times Post Daily
    News Journal Herald Tribune Gazette Telegraph Guardian Press Media Network Television Radio Watch
    International Corps Foundation Centre Center Coalition Alliance Unit Academy College School Schools District Trust
    Hospital Studio Studios Club Team FC F.C AFC A.F.C CF C.F Lab Labs Laboratory Laboratories Observatory""".split())
#: American local offices, titles before a name ("District Attorney Karen Sloane", "City Manager Ruth Kaplan") whose
#: words are a firm's or a plan's too ("Manager Magazin", "Marshal Plan", "Clerk Street Capital", "U.S. Attorney
#: Subpoenas ..." of a headline): a name after one is read only when it is a person's (see :func:`personal_name`).
_LOCAL_TITLES = (r"District Attorney|City Attorney|County Attorney|State's Attorney|State’s Attorney|U\.S\. Attorney|"
                 r"Public Defender|Manager|Marshal|Clerk|Auditor|Comptroller|Administrator|Supervisor|Assessor|"
                 r"Trooper|Trustee|Selectman|Selectwoman|Magistrate")
#: Ranks that a "General" after them makes a title ("Secretary-General", "Attorney General"), with a hyphen or without.
_GENERAL_RANKS = ("Attorney", "Surgeon", "Secretary", "Inspector", "Director", "Auditor", "Solicitor", "Governor")
#: Capitalised titles that may stand before a name ("Prime Minister Jane Doe", "Police Chief Ann Bo"; Ireland's
#: "Taoiseach" and "Tánaiste", its prime minister and deputy, the accent left out or not; Commonwealth copy's
#: "Treasurer", "Leader of the Opposition", a chief minister's "CM" and a South African province's "MEC"; American
#: local offices: "District Attorney", "City Manager", "State Fire Marshal", "Town Clerk", "Public Defender"; the
#: last word of a post of several words: "House Majority Whip", "National Security Adviser", "Senate President Pro
#: Tem", "Media Coordinator", "Weekly Courier Editor").
ROLE_TITLES = (r"President|Premier|Minister|Taoiseach|Tánaiste|Tanaiste|Chancellor|Chief|Executive|Officer|Chairman|"
                r"Chairwoman|Chair|Leader of the Opposition|Leader|Treasurer|CM|MEC|"
                r"Spokesman|Spokeswoman|Spokesperson|Prince|Princess|Sheikh|Emir|Commander|Constable|Inspector|"
                r"Superintendent|Sergeant|Detective|"
                r"Director|Judge|Justice|Mayor|Senator|Governor|Ambassador|Commissioner|Prosecutor|Speaker|"
                rf"Sheriff|Undersheriff|Secretary(?: of State)?|(?:{'|'.join(_GENERAL_RANKS)})[- ]General|"
                r"(?:Major|Brigadier|Lieutenant)[- ]General|(?:Rear|Vice)[- ]Admiral|Colonel|"
                r"Lieutenant(?:[- ]Colonel)?|"
                r"Supreme Leader|Ayatollah|Rabbi|Archbishop|PM|Analyst|Economist|Professor|Researcher|CEO|CFO|COO|"
                r"Whip|Advis[eo]r|Coordinator|Editor|Pro Tem|Provost|Headteacher|Headmaster|Headmistress|"
                r"Council(?:lor|or|woman|man|member)|Assembly(?:woman|man|member)|Alder(?:man|woman)|"
                rf"{_LOCAL_TITLES}|"
                r"(?:President|Vice President|Premier|Governor|Mayor|Chancellor|Senator)-elect")
#: Titles that are also words of other names ("Captain America", "Admiral Insurance", "Bishop Auckland",
#: "Imam Reza Shrine", "AG Barr", "General Motors", "Lord & Taylor", "Miss Universe", "Pastor Maldonado"),
#: and peerages, whose holder is known by a title and one name ("Lord Cameron", "Baroness Hale"), and a
#: legislator's titles, words of other names too ("Deputy Leader", "Representative Office", "MP Materials"):
#: a person's name after them has two words or more ("Congressman Anthony Weiner", "Deputy Kh. Dzhabrailov",
#: "Labour MP Jane Roe"), as an army's "Major" ("Major League", "Spokesman Major Tomas Reyl"). A parliament's
#: letters but "MP" are titles only after a party's word or another
#: ("Fianna Fáil TD", "SNP MSP", "Sinn Féin MLA", "Plaid Cymru MS", "Labour MEP", "Opposition TD"): first in
#: a name, they are a firm's ("TD Ameritrade Holding"). A priest's "Father" is one too ("Jesuit Father Tom Renn"),
#: and a church's "Cardinal", "Canon", "Patriarch", "Metropolitan" and "Deacon" ("Cardinal Health", "Canon Inc").
_SHORT_TITLES = re.compile(r"(?:^|\s)(?:Admiral|Captain|Major|Bishop|Imam|AG|DA|General|Lord|Lady|Baroness|Miss|"
                           r"Principal|Pastor|Father|MP|Deputy|Congressman|Congresswoman|Representative|Lawmaker|"
                           r"Alder|Cardinal|Canon|Patriarch|Metropolitan|Deacon)$|\s(?:MEP|MSP|MS|MLA|TD)$")
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
ROLE_WORD = re.compile(rf"(?:{ROLE_TITLES})")
ROLE_END = re.compile(rf"(?:^|[\s-])(?:{ROLE_TITLES})$")
GLUED_PARTICLE = re.compile(rf"^(?:{_GLUED})-[A-Z]")
#: The most words of a personal name, its particles aside ("Mohammed bin Salman Al Saud").
_NAME_WORDS = 4
#: What follows a name without being one ("Martin Luther King Jr.").
_SUFFIXES = frozenset("Jr Sr II III IV V".split())
#: Of those, a generation's, as :meth:`str.capitalize` writes it ("Jr", "Iii"): the surname is the word before.
_GENERATIONS = frozenset(suffix.capitalize() for suffix in _SUFFIXES)
#: Government portfolios: "Minister for Foreign Affairs" ends in a portfolio, not in a name.
PORTFOLIOS = frozenset("""Affairs State Defence Defense Security Health Justice Finance Trade Energy Interior
    Education Environment Transport Labour Labor Agriculture Industry Commerce Development Treasury
    Economy Immigration Home Communications Infrastructure Water Culture""".split())
#: A body's line of work that ends a role held in it, before the holder's name ("Director of Investigations Ola
#: Brenner", "Head of Research", "Vice President of Operations"), as a portfolio ends a minister's.
_DEPARTMENTS = frozenset("""Investigations Operations Research Policy Intelligence Prosecutions Planning Strategy
    Programs Programmes Studies Enforcement Compliance Marketing Sales Engineering Admissions""".split())
#: "A lawyer for the detained activist, Joshua Wong": the name is the activist's, the speaker the lawyer
#: (but in "The lawyer for Vask, Alina Marr" the name is the lawyer's: the object is a name itself). A
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
RANK_MODIFIERS = frozenset("vice deputy assistant acting former junior associate under co interim ex".split())
#: A person's trade, which court, sport, science, political and street-interview copy writes before a name,
#: capitalised when it opens the sentence ("Striker Tomás Ibarra", "Lawyer Nadia Brennock", "Co-author Prof. Lena
#: Moravec", "Farmer Sami Rahimi", "Actor Ryan Cole", "Sprinter Dana Okafor", "Democratic strategist Ana Ruiz"), or
#: alone ("the coach", "the pollster"); none is also a first name ("Hunter", "Mason" are not here). Local copy writes
#: a resident's standing so too ("Homeowner Ana Ruiz", "Tenant Tom Vell", "Bystander Dan Orr"), and labour copy a
#: worker's job ("Driver Ana Ruiz", "the miner"; a surname "Driver" after a given name is still a name; not
#: "courier" nor "docker", which end the names of newspapers and unions: "the Kessel Courier", "Harbour Dockers").
TRADES = frozenset("""lawyer attorney barrister solicitor coroner adviser advisor aide envoy diplomat pastor priest
    vicar bishop imam manager coach captain skipper striker defender midfielder goalkeeper referee umpire player doctor
    surgeon nurse scientist researcher author co-author lecturer historian teacher engineer lieutenant admiral
    farmer dockworker miner driver rider picker cleaner organiser organizer fisherman shopkeeper
    firefighter paramedic midwife student pensioner forecaster meteorologist
    retiree resident homeowner owner tenant landlord neighbor neighbour bystander commuter volunteer actor actress
    singer songwriter rapper dancer comedian playwright screenwriter filmmaker composer photographer sprinter swimmer
    boxer golfer skier forward winger full-back fullback centre-back center-back substitute keeper playmaker fly-half
    batsman pollster strategist consultant writer novelist poet essayist artist painter sculptor curator musician
    conductor choreographer architect negotiator mediator arbitrator moderator publicist agent""".split())
#: Trades whose words also open names of firms, products or figures ("Producer Price Index", "Designer Brands Inc",
#: "Chef Works"): read as a trade before a name only before a known given name ("Chef Anna Krall"; see
#: :func:`_is_trade_then_name`), and as any trade by a later "the chef" (see :func:`is_trade`).
TRADES_BEFORE_GIVEN_NAMES = frozenset("""chef designer producer translator publisher broadcaster presenter jockey
    climber mountaineer explorer entrepreneur carpenter mechanic plumber librarian veterinarian director""".split())
#: A capitalised trade known by its ending, which no first name has: "-ist" ("Hydrologist", "Activist",
#: "Epidemiologist"; not a verb in "-sist": "Insist") and "-ician" ("Physician", "Technician"). A political or
#: religious "-ist" also stands before bodies' names ("Methodist Episcopal Church"): see :func:`_is_trade_then_name`.
_TRADE_ENDING = re.compile(rf"[A-Z](?:{TRADE_ENDING})")
#: The one-word capitalised titles of ``ROLE_TITLES`` ("Professor", "Inspector", "Colonel", "Rabbi"), but
#: "Justice", a word of bodies' names too ("justice ministry").
TITLE_NOUNS = frozenset(word.lower() for word in ROLE_TITLES.split("|")
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
#: do ("A former detainee, who asked not to be named, said ...", "A witness said ...", "An aid worker said ...",
#: "The whistleblower said ...", "A former employee said ...", what they were on a journey: "Passenger Ruth Okafor
#: said ...", "A motorist said ...").
_CIRCUMSTANCES = frozenset("""witness survivor prisoner detainee refugee victim activist representative rapporteur
    investigator worker guard whistleblower employee passenger traveller traveler motorist pedestrian
    cyclist""".split())
#: Trades that sports copy capitalises as a title before a surname alone ("Coach Harding said", "Skipper Orr"): the
#: person by that surname, as "coach Harding" is (see :func:`_name_after_role`).
_TITLE_CASE_TRADES = frozenset("coach skipper".split())
#: A word capitalised as a surname is, in lower case after its first letter ("Harding", "O'Neill", "Orr-Vance").
_SURNAME_CASE = re.compile(r"[A-Z][a-z][\w'’-]*")
#: Those and an eyewitness, capitalised opening a sentence before a person's name ("Witness Ana Voss", "Survivor Ana
#: Voss"), dropped from the name as a trade is (see :func:`_is_trade_then_name`).
_OPENING_CIRCUMSTANCES = _CIRCUMSTANCES | {"eyewitness"}
#: Those titles written as one hyphenated word, which a later description ends with as it ends with any other role
#: ("Secretary-General António Quell said ... The Secretary-General said ...": one person).
_HYPHENED_TITLES = frozenset(f"{rank.lower()}-general" for rank in _GENERAL_RANKS)
#: Nouns for what a person is, which a later description of them ends with ("the spokesperson", "the professor",
#: "the Taoiseach", "the CM").
PERSON_ROLES = (frozenset("""spokesperson minister president secretary ambassador director chief chairman
    chairwoman chair senator governor mayor judge prosecutor commissioner official premier
    chancellor prince king queen sheikh emir general commander leader speaker
    sheriff officer executive ceo head councillor councilor councilwoman councilman
    assemblywoman assemblyman alderman alderwoman alder corporal delegate
    supervisor principal vice-chancellor""".split()) | TITLE_NOUNS | TRADES | _CIRCUMSTANCES | frozenset(SHORT_POSTS)
    | _HYPHENED_TITLES)
#: Lower-case nouns describing a person by wealth, trade or standing, no role among ``PERSON_ROLES`` ("tycoon",
#: "billionaire", "politician"): the writer's word for a person before the name ("Disgraced tycoon Tom Vask") or in an
#: appositive ("Tom Vask, the billionaire developer"), which "the billionaire" may later mean.
PERSON_NOUNS = frozenset("""tycoon businessman businesswoman billionaire financier banker mogul magnate boss
    politician lawmaker candidate founder cleric fraudster""".split())
#: Words in a role that say nothing of which body it is ("union general secretary").
PLAIN_ROLE_WORDS = frozenset("general senior top principal press".split())
#: Words after a description's head that still name the same body ("the Ministry of Foreign Affairs").

#: Last words before "AG" that make it an attorney general, not a company's legal form: a US state's name ("New
#: York AG", "Texas AG"), the country's ("U.S. AG"), "State" or a rank ("Deputy AG").
AG_OF = frozenset("""Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
    Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota
    Mississippi Missouri Montana Nebraska Nevada Hampshire Jersey Mexico York Carolina Dakota Ohio Oklahoma Oregon
    Pennsylvania Island Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming DC D.C. US U.S. State
    Federal Deputy Assistant Acting Former""".split())
LEGAL_FORM_END = re.compile(rf"(?:\s+(?:&\s+)?(?:{LEGAL_FORMS})\.?)+$")
#: Countries named in one word, which a sentence's subject of that word alone names though the text has not named
#: it before: a wire lead opens "China on Friday rejected a report ..." (see :func:`subject_before_cue`). Countries
#: whose name is more often a first name or a US state's in English copy (Chad, Georgia) are left out: "Georgia said"
#: after "Georgia Smith, a nurse, said" is the nurse going on, not a new source.
COUNTRIES = frozenset("""Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan
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
#: Every country of ``COUNTRIES``, those that are first names too, in lower case (see :func:`same_country`,
#: :func:`government_of`).
_COUNTRY_KEYS = frozenset(c.lower() for c in COUNTRIES) | {"chad", "georgia"}
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
NOT_A_NAME_START = frozenset("""The A An On In At For From By With After Before When While As Under Shares
    Yesterday Today Tonight Earlier Later Meanwhile However Now Then Also Since Until Despite Although If
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December Last This Next Both And But Tomorrow""".split())
#: Of those, the ones whose possessive is no body's owner ("Monday's cabinet", "Today's council": when, not
#: whose); not "May", a surname too ("May's cabinet").
NOT_AN_OWNER = NOT_A_NAME_START - {"May"}
#: Those of them that open no firm's name, dropped when capitalised as the sentence opens before one: "Drugmaker
#: Veltrix Pharma" is "Veltrix Pharma", described as a drugmaker (not "Airline Pilots Association").
_BUSINESS_TRADES = frozenset("carmaker automaker drugmaker chipmaker insurer".split())
#: Makers written as one word that are people, not businesses ("Lawmaker Jane Roe", "Filmmaker Ada Nwosu"): any other
#: "-maker" is a business's trade too ("Planemaker Airvo Industries", "Steelmaker Korrin").
_PERSON_MAKERS = frozenset("""lawmaker policymaker filmmaker moviemaker peacemaker homemaker dressmaker playmaker
    matchmaker kingmaker troublemaker rainmaker merrymaker holidaymaker pacemaker haymaker shoemaker watchmaker
    clockmaker winemaker cheesemaker cabinetmaker noisemaker decisionmaker printmaker dealmaker changemaker
    mischiefmaker tastemaker hitmaker saddlemaker""".split())
#: The last words of an investment firm's name ("Grayfin Research", "Orrin Capital", "Tarn Partners"), lower case.
INVESTOR_NAME_ENDS = frozenset("""research capital management partners advisors advisers investments investors
    fund funds associates""".split())

#: A capitalised title, a word or two of its body before it, and the capitalised run after it to its end,
#: particles inside allowed ("County Commissioner Alan Pike", "Prime Minister Jane de la Cruz", "Foreign
#: Minister Prince Faisal bin Farhan Al Saud"), from which a name is read (see ``SourceIndex._see_titled``).
NAME_PARTICLE_RUN = rf"(?:(?:{'|'.join(sorted(PARTICLES))})\s+)*"
#: A description by age alone ("the 52-year-old"): group 1 the age.
AGE_ALONE = re.compile(r"(\d{1,3})-year-old")
#: A description by a player's ranking or seeding alone, as a key ("world no. 3" of "the world No. 3", "no. 9 seed",
#: "number 3"): group 1 the number, group 2 " seed" for a seeding.
RANK_ALONE = re.compile(r"(?:world )?(?:no\.|number) ?(\d{1,4})( seed)?")
#: Nouns by which sports copy calls a manager or a coach ("the Dunmore boss"), and American copy a member of the House
#: ("the congressman" for "Rep. Tom Vask"), with the roles they stand for.
ROLE_SYNONYMS = {"boss": ("manager", "coach"), "congressman": ("representative",),
                 "congresswoman": ("representative",)}
#: A demonym in one word ending in "-man" or "-woman" ("Yorkshireman", "Welshwoman"): a description of a person.
DEMONYM = re.compile(r"[a-z]{3,}(?:wo)?man")
#: Nouns for one person of a nationality, with the nationality they are of ("Spaniard": "spanish"): unlike "the
#: Portuguese", which may be a side, "the Spaniard" is one person (see :meth:`SourceIndex._compatriot_credited_last`).
#: Not "Scotsman", a newspaper's name.
PERSON_DEMONYMS = {"spaniard": "spanish", "briton": "british", "scot": "scottish", "dane": "danish", "swede": "swedish",
                   "finn": "finnish", "pole": "polish", "turk": "turkish", "serb": "serbian", "croat": "croatian",
                   "slovene": "slovenian", "frenchman": "french", "frenchwoman": "french", "dutchman": "dutch",
                   "dutchwoman": "dutch", "englishman": "english", "englishwoman": "english", "irishman": "irish",
                   "irishwoman": "irish", "welshman": "welsh", "welshwoman": "welsh"}
#: Lower-case words a headline in title case keeps ("Mayor Vows to Fight On", "Rebels Push Into the Capital").
HEADLINE_SMALL_WORDS = frozenset("a an and as at but by for from in into nor of on onto or over per the to upon "
                                  "via with".split())
#: A word as a headline's case is read: a letter, then letters, digits, apostrophes and hyphens.
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
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
PRONOUNS = frozenset("he she they it we i you him her them his its their this that which who whom whose".split())
#: A third person of each sex, as a quotation or a sentence speaks of them ("she", "her", "hers", "herself").
THIRD_PERSON = {"she": re.compile(r"\b(?:she|her|hers|herself)\b", re.I),
                "he": re.compile(r"\b(?:he|him|his|himself)\b", re.I)}
#: A pronoun of the first, second or third person plural with its verb run on ("I'm", "we've", "you're", "they'd"),
#: as the model may mark it a source ("And I'm saying ..." inside a quotation): a pronoun, naming no one.
CONTRACTED_PRONOUN = re.compile(r"(?:i|we|you|they)['’](?:m|ve|d|ll|re)", re.I)
#: French copy's subject pronouns, a verb perhaps before them inverted after a quotation ("a-t-il", "a-t-elle",
#: "affirme-t-il", "ont-ils", "il"), and its stressed ones after "selon" ("selon lui", "selon eux"), in lower case as
#: written, or opening a sentence ("Il", "Ils", "Elles", "On"): a pronoun; "Lui" and "Elle" capitalised may be names
#: (a surname, a magazine).
_FRENCH_PRONOUN = re.compile(r"(?:[a-zàâäçéèêëîïôöûùüÿ]+-(?:t-)?)?(?:il|elle|ils|elles|on)|lui|eux"
                             r"|Ils?|Elles|On")


def french_pronoun(written: str) -> bool:
    """Whether the source ``written`` so is a French pronoun (see ``_FRENCH_PRONOUN``: "a-t-il" of '« ... »,
    a-t-il déclaré', "lui" of "selon lui"), which names no one, as "he" does not."""
    return _FRENCH_PRONOUN.fullmatch(written.strip(EDGE).replace("‑", "-")) is not None


#: A modal and a verb of arguing or wondering after "One" ("One can also debate", "one might argue"): the generic
#: pronoun, anyone at all, not one of a group.
GENERIC_ONE_AFTER = re.compile(r"\s+(?:can(?:not)?|could|may|might|must|should)(?:\s+(?:also|still|only|easily|"
                               r"well|hardly|surely|certainly|not))*\s+(?:argue|debate|say|wonder|imagine|think|see|"
                               r"question|ask|expect|assume|conclude|suppose|note|object)\b", re.I)
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
#: Words of a group's head with no noun ("Others", "Some", "Many others", "Still others"), which names no one: a
#: member named after it with "including" or "such as" speaks for it.
_HEADLESS_WORDS = QUANTIFIERS | frozenset("others still".split())
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


def dateline_town(text: str) -> str | None:
    """The key of the place a wire dateline opening ``text`` is filed from, as written ("marlow" of "MARLOW (AP) -
    ", "tokyo" of "TOKYO, April 2 - "); ``None`` without one. "The city's police" of its copy are that place's (see
    ``SourceIndex.dateline_town``)."""
    length = dateline_length(text)
    return text_key(_DATELINE_PLACE_END.split(text[:length], maxsplit=1)[0].strip()) if length else None


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


@lru_cache(maxsize=_FORMS_KEPT)
def text_key(text: str) -> str:
    """What two spellings of one wording share: composed characters (NFC), lower case, apostrophes folded
    into ', no invisible format characters. The canonical source name is the key of its display form."""
    return fold_apostrophes(unicodedata.normalize("NFC", without_invisible(text)).lower())


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


def surnames_of(display: str) -> tuple[str, ...]:
    """The keys of the words that may be the surname of the source shown as ``display`` when it reads as a person's
    full name, two to four capitalised words as :func:`surnames_in` reads one ("Ana Toller", "Harold Pruitt Sr."),
    not a body's, a firm's or a place's ("Civic Watch Network", "Strand Systems", "New York"); none for anything
    else. A source shown by that surname alone in another document may be the same person (see
    :func:`framing.summarize`). Most names have one, the last word ("toller"); one written family name first has
    its first word ("zhou" of "Zhou Mingtao": see :func:`family_name_first`), never the given name after it; one
    whose first and last words are both common family names of the kind written first ("Lin Wei", "Wei Lin",
    "Wen Ho Lee", "Nam Le") may be written either way and has both; "Jin Park" is read given
    name first, as no such syllable spells "Park" (see :func:`family_name_first`)."""
    name = without_generation(" ".join(display.split()))
    words = name.split(" ")
    if any(w.lower() in PRONOUNS | HEADLINE_SMALL_WORDS for w in words) or NOT_A_NAME_START.intersection(words):
        return ()  # a headline's words ("Man Who Defeated Cantor", "Anybody But Cantor")
    last = text_key(words[-1])
    if not (_CAPITALISED_RUN.fullmatch(name) and surnames_in(name) == {last}):
        return ()
    if not family_name_first(words):
        return (last,)
    return (text_key(words[0]), last) if last in FAMILY_NAMES_FIRST else (text_key(words[0]),)


#: Family names written first that are also common English given names ("Kim Reynolds", "Lee Zeldin"): such a
#: name is read family name first only before a given name of two words or a hyphenated one ("Kim Jong Un",
#: "Lee Jae-myung"), none of them a known given name ("Lee Roy Chan").
_FAMILY_OR_GIVEN = frozenset({"kim", "lee"})
#: A word of a Chinese, Korean or Vietnamese given name as romanised, accents and apostrophes left out: one or two
#: syllables, each a few consonants, one to three vowels and a closing consonant ("mingtao", "jong", "yeol", "phuc",
#: "duck"); not "kardashian", "west", "rimes" nor "oswald", which no such syllables spell.
_GIVEN_NAME_SYLLABLES = re.compile(r"(?:[bcdfghjklmnpqrstvwxzđ]{0,3}[aeiouy]{1,3}(?:ng|nh|ch|ck|hn|[nmkptlhrcw])?)"
                                   r"{1,2}")


def family_name_first(words: list[str]) -> bool:
    """Whether the full name of ``words`` is written family name first: its first word is a common Chinese, Korean or
    Vietnamese family name (``FAMILY_NAMES_FIRST``: "Zhou Mingtao", "Lin Wei", "Park Ji-hoon", "Nguyen Thi Lan")
    before a given name that such syllables spell (see ``_GIVEN_NAME_SYLLABLES``: not "Kim Kardashian West", "Lee
    Ann Rimes", "Chan Santokhi"), one that is also an English given name only before a given name of two words or a
    hyphenated one, no known given name among them (see ``_FAMILY_OR_GIVEN``: "Kim Jong Un", not "Kim Reynolds").
    Its first word is then the family name, which a mention alone may stand for ("Zhou"), as within a document (see
    :meth:`SourceIndex._person_shortened`)."""
    first = text_key(words[0])
    if first not in FAMILY_NAMES_FIRST:
        return False
    given = [part for word in words[1:] for part in re.split(r"[-‐‑]", without_accents(text_key(word)))]
    if not all(len(part) <= 12 and _GIVEN_NAME_SYLLABLES.fullmatch(part.replace("'", "")) for part in given):
        return False
    return first not in _FAMILY_OR_GIVEN or (
        (len(words) > 2 or "-" in words[-1]) and not any(given_name_sex(part) for part in given))


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
                and word not in NOT_A_NAME_START | _OPENERS and not TITLE.match(word + " ")
                and not ROLE_WORD.fullmatch(word) and not is_role(word.lower())
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
#: that" (see ``CUE_THEN_PRONOUN``, ``_SAID_PRONOUN``).
SAID_THEN = r"(?:also\s+)?(?:said|says|added|adds|told\s+[\w-]+)(?:\s*,)?\s+(?:that\s+)?"
#: A cue and the pronoun just after it, which says what the cue's subject is: "he" or "she" a person, "it" a body
#: or a company ("Ford said it would recall"), but not the empty "it" of "said it was unclear" (see
#: :func:`surname_kind`).
CUE_THEN_PRONOUN = re.compile(rf"\s+{SAID_THEN}(he|she|it(?!\s+(?:is|was)\b))(?![\w'’-])", re.I)
#: A description after a name and its comma ("Ford, the carmaker,", "Roe, a former senator"): its words (group 1).
_DESCRIPTION_AFTER = re.compile(r",\s+(?:the|a|an)\s+((?:[a-z][\w'’-]*\s+){0,4}?[a-z][\w'’-]*)"
                                r"(?=\s*[,.;:]|\s+(?:said|says))")
#: Where a description's head ends, before what it is of or for ("the heir to the retailer": "heir").
_DESCRIPTION_HEAD_END = re.compile(r"\s+(?:of|to|for|at)\s+")
#: A legal form after a name (group 1: as written, "Co." in "Ford Co."), which is a company's if capitalised.
_FORM_AFTER = re.compile(rf"\s+(?:&\s+)?((?:{LEGAL_FORMS})\.?)(?![\w'’-])", re.I)
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
        titled = bool(word) and bool(TITLE.match(word + " ") or ROLE_WORD.fullmatch(word) or is_role(word.lower()))
        given = (not titled and word[:1].isupper() and not word.isupper() and word[-1:].isalpha()
                 and word not in NOT_A_NAME_START | _OPENERS)  # "Harry" of "Harry Ford's office"
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
        pronoun_after = CUE_THEN_PRONOUN.match(folded, found.end())
        described = _DESCRIPTION_AFTER.match(folded, found.end())
        head = _DESCRIPTION_HEAD_END.split(described.group(1))[0].split()[-1] if described else ""
        if _kind_word(word.lower()) or _kind_word(head):
            return "body"
        role = titled or is_role(head) or head in NAMESAKE_ROLES  # "Mr. Ford said it would take years"
        it = pronoun_after is not None and pronoun_after.group(1).lower() == "it"
        person = person or role or (pronoun_after is not None and not it)
        it_after = it_after or (it and not role)
    return "body" if it_after and pronoun else "person" if person else None


def _kind_word(word: str) -> bool:
    """Whether the lower-case ``word`` is a noun for a company's or a body's kind ("carmaker", "operator", "firm",
    "ministry"), which a name beside it is a body's by."""
    return _business_trade(word) or trade_head(word) or word in BODY_NOUNS


#: One word of letters, perhaps joined by an apostrophe or a hyphen ("Toller", "O’Neill", "Smith-Jones").
_ONE_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def lone_surname(display: str) -> bool:
    """Whether the source shown as ``display`` is one capitalised word that may be a surname: not in capitals
    (an acronym, "NATO"), a country's name nor a capital's ("China", "Beijing": see ``COUNTRIES``, ``_CAPITALS``),
    nor a news agency's ("Bloomberg", "Reuters")."""
    return (bool(_ONE_NAME_WORD.fullmatch(display)) and display[:1].isupper() and not display.isupper()
            and display not in COUNTRIES and without_accents(display.lower()) not in SEATS
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


def display_source(text: str, possessive_is_name: bool = False, people_listed: bool = False) -> str:
    """:func:`normalise_source`'s form with the case as written ("Chinese embassy spokesperson"),
    for showing a source to a reader. A trailing possessive is dropped ("China's" of a span cut
    before "foreign ministry") unless ``possessive_is_name`` ("Moody's said"). A list read as nationalities (see
    :func:`_nationality_list`) is cut at its commas as any other when ``people_listed``: the document names a word
    of it as a person (see :meth:`SourceIndex.add`). Accents are composed
    (NFC), so "René" typed either way is one source, and invisible characters are dropped, but a zero-width
    joiner that joins emoji into one picture ("family 👨\u200d👩\u200d👧"; :func:`text_key` drops it too)."""
    return _display_source(text, possessive_is_name, people_listed)


@lru_cache(maxsize=_FORMS_KEPT)
def _display_source(text: str, possessive_is_name: bool, people_listed: bool) -> str:
    """:func:`display_source`, kept once worked out by all three arguments however the caller passed them."""
    form = _display_stem(text, people_listed)
    if form is None:
        return ""
    # a pronoun's "'s" is "is" or "has", never part of a name: "He's comparing the plans" is "he", as "It's" is "it"
    named_possessive = possessive_is_name and _PRONOUN_CONTRACTED.fullmatch(form) is None
    form = one_spokesperson(form if named_possessive else POSSESSIVE.sub("", form))
    # a source names someone: a time stamp, a number ("10"), a degree ("Ph.D."), a weekday or a time alone is none
    named = (any(ch.isalpha() for ch in form) and not _DOTTED_DEGREE.fullmatch(form) and not _WEEKDAY.fullmatch(form)
             and not _TIME_ALONE.fullmatch(form))
    return form if named else ""


#: "own" after an owner's possessive ("Tallis's own status page", "the regulators' own figures"; group 1 the
#: possessive's ending): emphasis, no part of the source's name.
_OWN_AFTER_OWNER = re.compile(r"(?<=\w)(['’]s?)\s+own\s+(?=\w)", re.I)


@lru_cache(maxsize=_FORMS_KEPT)
def _display_stem(text: str, people_listed: bool) -> str | None:
    """:func:`display_source`'s form before its trailing possessive is read (``None`` where it names no one), kept
    once worked out: the credits read each source span without ``possessive_is_name`` (see
    :meth:`SourceIndex.nameless_share`) just before the source index reads it with it."""
    shown = without_nickname(without_invisible(text, emoji_joiners=True))  # 'Juan "Chico" Marquez': "Juan Marquez"
    form = _dashes_as_commas(without_heading(unicodedata.normalize("NFC", shown)))
    form = _OWN_AFTER_OWNER.sub(r"\1 ", form)  # "Tallis's own status page": "Tallis's status page"
    form = ACT_BEFORE_SAYER.sub("", _FOCUSING_OPENING.sub("", form))
    form = _without_party_word(form)  # "Democrats Ana Ruiz, Tom Vask and Dan Orr", "Democrat Ana Ruiz"
    form = _document_alone(_without_published_after_maker(_without_court_after_filer(_ASIDE.sub("", form).strip())))
    form = _self_named(form)
    form = UNINVOLVED.sub("", form, count=1)  # "Two scientists not involved in the research": two scientists
    form = _without_clause_before_name(form)  # "The man who filmed it, Evan Pruitt": the name set after the clause
    form = _MADE_AT_END.sub("", _without_when(_RELATIVE_AFTER.sub("", form)))  # "the order released"
    if _PART_COMMA.search(form) and (people_listed or not _nationality_list(form)):  # "German, French officials"
        parts = [p.strip(EDGE) for p in _PART_COMMA.split(form) if p.strip(EDGE)]
        parts = [p for p in parts if not _DEGREE.fullmatch(p)] or parts  # "James P. Conroy, Ph.D.": no "Ph.D"
        parts = [_without_party_word(p) for p in parts]  # "the nominees, Democrat Ana Ruiz and Republican Tom Vask"
        both = _two_described_people(parts) or _listed_people(parts)
        if both is not None:
            parts = [both]  # "Ana Ruiz, Republican of Kessel, and Tom Vask, Democrat of Harlow": both of them
        # "Ana diMarco, who advised him": the clause is on the name; "critics, including Roe": the group speaks, but
        # "such as Sen. Ana Voss, a lawmaker from Kessel", a span cut after the group, names the person
        if len(parts) > 1 and _LIST_OPENING.match(parts[1]) and set(parts[0].lower().split()) <= _HEADLESS_WORDS:
            parts = parts[1:]  # "Others, including judge Erik Varga": "Others" names no group; the member does
        parts = [_LIST_OPENING.sub("", parts[0]), *(p for p in parts[1:] if not _LIST_OPENING.match(p))]
        parts = parts[1:] if len(parts) > 1 and _TOPIC_OPENING.match(parts[0]) else parts  # "Of Orr, Vask"
        parts = [p for p in parts if not RELATIVE_OPENING.match(p)] or parts
        # "The team, from the Halvorsen Institute" is the institute's, as "The report, by the institute" is, named
        # without its "from"; "A study of 900 women, published in the Kessel Journal" the study's: no journal speaks
        parts = [parts[0], *(_FROM.sub("", p, count=1) for p in parts[1:] if not _PUBLISHED_PART.match(p))]
        # "The alliance, led by Ostmark": the head leads, not who is named after "led by"
        # "The mayor, criticised by Ana Ruiz", "Some sponsors, targeted by a protest drive": the head, not who acted
        heads = [p for p in parts if not _LED_BY_START.match(p) and not _APPOSED_PART.match(p)
                 and not _ACTED_ON_PART.match(p)]
        form = _maker_part(parts) or _pick_part(heads or parts, form)
        form = _without_when(_ASIDE.sub("", form))  # "Raymond Cho (D-Ward 3), who sponsored the plan": its aside too
    form = _CITED_AFTER.sub("", form)  # "Police records cited by the group" are the records
    if RELATIVE_OPENING.match(form) or _OF_OPENING.match(form) or PLACING_PARTICIPLE.match(form):
        # "who has long advised the mayor" alone names no one, nor "of Kessel voters" cut from "40% of", nor
        # "circulating on TikTok" cut from "A video circulating on TikTok"
        return None
    form = _LIST_OPENING.sub("", form, count=1)  # "including Ana Ruiz" of a span cut after "critics,"
    form = _AS_BEFORE_QUANTIFIER.sub("", form)  # "As many tax experts" are many tax experts
    form = _OWNERS_DOCUMENT.sub(r"\1", _without_inquired(_TIME_OWNER.sub("", form.strip(EDGE))))  # "Thursday's poll"
    form = _without_post_nominals(_without_object(form))
    form = _person_in_outlet(_person_of_body(_name_after_owner(form.strip(EDGE))))
    form = _TEAM_LED_BY.sub("", form, count=1)  # "the team led by Dr. Kofi Mensah": Kofi Mensah's
    if not _LED_BY.search(form):
        form = _titled_owner(_name_after_title(_name_after_role(_without_recipient(_name_after_long_role(form)))))
    form = _maker_after_from(_without_others(form, _BY.match(form)))
    form = _AGED.sub("", _BASED.sub("", form if _A_FEW.match(form) else LEADING.sub("", form)))
    form = _FRESH_DOCUMENT.sub("", form)  # "a new study": the study, as "the study" later is
    form = _OPINION_POLL.sub(r"\1 ", form)  # "Kessel/Orr opinion poll": the Kessel/Orr poll
    form = form if _initial_m(form) else TITLE.sub("", form)
    return _OWN_AFTER_POSSESSIVE.sub("", form)  # "Vask's own" of "By Vask's own argument"


#: A span's end that is a document's noun, up to two lower-case words before it ("opinion poll", "annual report"),
#: perhaps with whom it is of after it ("national poll of likely voters", "study of 900 nurses").
_DOCUMENT_ENDING = (rf"(?:[a-z][\w'’-]*\s+){{0,2}}?(?i:{DOCUMENTS}|polls?|analys[ie]s|papers?)"
                    r"(?:\s+of\s+[^,;:()]+)?$")
#: "new", "latest", "newest" or "recent" opening a document's words in lower case ("new study", "latest report",
#: "recent polls") or before its maker's name ("latest Kessel/Orr opinion poll", "new Marsh College poll"): when it
#: came out, which a later "the study" leaves out; not a name's "New" ("New York Times poll"); so with how big or
#: weighty it is before its lower-case words ("large study", "major report", "600-page report"), which the later
#: "the study" leaves out too.
_FRESH_DOCUMENT = re.compile(rf"^(?:(?:[Nn]ew|[Ll]atest|[Nn]ewest|[Rr]ecent|[Ll]arge|[Bb]ig|[Ss]mall|[Mm]ajor|"
                             rf"[Ll]andmark|\d[\d,]*-page)\s+(?={_DOCUMENT_ENDING})"
                             rf"|(?:new|[Ll]atest|[Nn]ewest|[Rr]ecent|\d[\d,]*-page)\s+"
                             rf"(?=(?:[A-Z][\w'’/.&-]*\s+){{1,5}}{_DOCUMENT_ENDING}))")
#: A lower-case "opinion" between a poll's capitalised maker and its noun ending a span ("Kessel/Orr opinion poll";
#: group 1 the maker's last word): any poll is one of opinion, and a later "the Kessel/Orr poll" is the same; not
#: "public opinion polls", nor a name's "Opinion" ("Kessel Opinion Poll").
_OPINION_POLL = re.compile(r"(?<![\w'’/&.-])([A-Z][\w'’/&.-]*)\s+opinion\s+(?=polls?$)")
#: A span opening with a lower-case "of": the tail of a count or share cut from its head ("of likely voters" of
#: "40% of likely voters"), which names no one.
_OF_OPENING = re.compile(r"of\s")
#: A pronoun with "'s" for "is" or "has" ("He's", "that's"), which :func:`display_source` reads as the pronoun alone.
_PRONOUN_CONTRACTED = re.compile(r"(?:he|she|it|that|this|who|there)['’]s", re.I)


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
#: An act that a source speaks of after a comma, opening its span ("a move" of "..., a move the agency said was
#: needed", "a costly decision that the company called painful", "step" of a span cut after "a"): what it said of,
#: no part of who said it.
_ACT = r"(?:move|decision|step|measure)\s+(?:that\s+|which\s+)?"
#: A charge that a source answers, after a comma, opening its span as an act does ("a charge" of "..., a charge
#: Velland's foreign ministry rejected", "an accusation the embassy denies", "claims that Ostmark dismissed").
_CHARGE = r"(?:charges?|claims?|accusations?|allegations?|assertions?|suggestions?)\s+(?:that\s+|which\s+)?"
ACT_BEFORE_SAYER = re.compile(rf"^(?:(?i:an?)\s+(?:[a-z][\w-]*\s+)?)?(?:{_ACT}|{_CHARGE})"
                              r"(?=(?i:the|its|their)\s|[A-Z])")
#: A party's members named in the plural, or its member in the singular, a word or two of the state or place they
#: serve perhaps before, before a name that opens with a given name, group 1 ("Democrats Ana Ruiz" of "Democrats Ana
#: Ruiz, Tom Vask and Dan Orr", "Democrat Ana Ruiz", "Ohio Republican Tom Vask"): the party of everyone listed, or of
#: the one named, no word of the first name.
_PARTY_OPENING = re.compile(r"^(?:[A-Z][\w'’-]*\s+){0,2}?"
                            r"(?:Democrats?|Republicans?|Tory|Tories|Conservatives?|Liberals?|Socialists?)\s+"
                            r"([A-Z][\w'’-]*)\s+(?=[A-Z])")
#: A party's member after a list's comma or "and", before a name whose first word is group 1 ("Republican" of
#: "Democrat Ana Ruiz and Republican Tom Vask").
_PARTY_IN_LIST = re.compile(r"(?:(?<=, )|(?<=\band ))(?:Democrat|Republican|Tory|Conservative|Liberal|Socialist)\s+"
                            r"(?=([A-Z][\w'’-]*)\s+[A-Z])")


def _without_party_word(form: str) -> str:
    """``form`` without a party word opening it before a personal name (see ``_PARTY_OPENING``), and without one
    before each later name of its list (``_PARTY_IN_LIST``): "Ana Ruiz, Tom Vask and Dan Orr" of "Democrats Ana
    Ruiz, Tom Vask and Dan Orr", as "candidates Ana Ruiz, ..." is read, "Ana Ruiz" of "Democrat Ana Ruiz", "Ana Ruiz
    and Tom Vask" of "Democrat Ana Ruiz and Republican Tom Vask"; not before a word that is no known given name
    ("Democrats Abroad Kessel", "Republican Whip Tom Vask")."""
    found = _PARTY_OPENING.match(form)
    if found is None or not is_given_name(found.group(1)):
        return form
    return _PARTY_IN_LIST.sub(lambda party: "" if is_given_name(party.group(1)) else party.group(0),
                              form[found.start(1):])


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


def _self_named(form: str) -> str:
    """The name a source goes by, where its form says what it calls itself (see ``_SELF_NAMED``): "BlackHarbor" of
    "A group calling itself BlackHarbor" or of "itself BlackHarbor" (a span cut after "calling"), "Zed" of "A hacker
    who calls himself Zed"; failing a capitalised name, the words before the verb ("A man" of "A man calling himself a
    prophet"), not the pronoun. Any other form is itself."""
    found = _SELF_NAMED.match(form)
    if found is None:
        return form
    head, rest = found.group(1).strip(), found.group(2).strip()
    if SELF_NAME_WHOLE.fullmatch(rest):
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
#: Where ``_ACTION_AGAINST`` may open (a word in lower case), and the run of auxiliaries it reads from there before
#: its verb: where it fails from one of them, it fails from each later one (see :func:`runs_tried_once`).
_WORD_START = re.compile(r"(?<![\w'’-])[a-z]")
_LEAD_RUN = re.compile(rf"(?:(?:{'|'.join(_ACTED_ON_LEAD)})\s+)*")


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
    found = _ACCUSED_BY_SUBJECT.match(text, past_opener(text))
    if (found is None or found.group(1).rsplit(None, 1)[-1].lower() in _BEFORE_PARTICIPLE
            or SUBJECT_CUE.search(f" {found.group(1)} ") is not None):
        return None
    return found.start(2), found.start(2) + len(found.group(2).rstrip("."))  # a sentence's stop is no part of it


def _without_object(form: str) -> str:
    """``form`` cut to the subject before a verb that acts on a name after it (see ``_ACTED_ON``): "Dozens of
    families have sued Corvane Pharma" is the families', never Corvane's, who is sued; a form whose words before the
    verb are an article alone stays whole ("the accused Tomas Brandt", a participle before a name)."""
    if acted_on_only(form):
        return ""  # "sued Corvane Pharma": the span left out its subject, and Corvane is sued
    # "Eleven families filed a lawsuit on Wednesday against Tarrow Chemicals" is the families'
    against = next(runs_tried_once(_ACTION_AGAINST, form, _WORD_START, _LEAD_RUN, at=1), None)
    found = min((match for match in (_ACTED_ON.search(form), against) if match is not None),
                key=lambda match: match.start(), default=None)
    if found is None or not LEADING.sub("", form[:found.start()] + " ").strip():
        return form
    return form[:found.start()]


#: An inquiry and what it looks "into", after up to four words that make it or tell it apart ("Axion's investigation
#: into Orvane Technologies", "A Kessel Times probe into Drellmark"): group 1 is the inquiry, group 2 its owner
#: before a possessive.
INQUIRY_INTO = re.compile(r"^((?:(.*\S)(?:'s|’s|(?<=s)['’])\s+)?(?:[\w'’.&-]+\s+){0,4}?"
                           r"(?:investigations?|probes?|inquir(?:y|ies)|enquir(?:y|ies)|reviews?|audits?|reports?|"
                           r"examinations?|look))\s+into\s+\S")


#: Who made an inquiry, named after what it looks into ("A review into Drellmark by the Kessel Institute"): group 1,
#: capitalised words and the joiners of a body's name between them.
MAKER_AFTER_INQUIRED = re.compile(r"\s+by\s+((?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|and|the)\s+)*"
                                   r"[A-Z][\w'’.&-]*)*)\s*$")


def _without_inquired(form: str) -> str:
    """``form`` without whom or what its inquiry looks into (see ``INQUIRY_INTO``), who is inquired into and never
    speaks by it: "Axion's investigation into Orvane Technologies" is Axion's, the owner before a possessive, "A
    Kessel Times investigation into Drellmark" the Kessel Times', whose name in capitals before the inquiry makes
    it (what it is about comes after "into"), and "a federal probe into Drellmark" the federal probe. An inquiry
    with no maker before it keeps what it looks into where that ends in lower case, which tells it apart and names
    no one ("The inquiry into the Kessel Bridge collapse"), and is the inquiry alone before a name ("The inquiry
    into Orvane"). A maker named after "by" at the end makes it, whatever stands before ("A review into Drellmark
    by the Kessel Institute" is the Kessel Institute's)."""
    found = INQUIRY_INTO.match(form)
    if found is None:
        return form
    by = MAKER_AFTER_INQUIRED.search(form, found.end())
    if by is not None:
        return by.group(1)  # "A review into Drellmark by the Kessel Institute": the institute made it
    if found.group(2):
        return found.group(2)
    maker = LEADING.sub("", found.group(1)).split(" ")[:-1]
    if maker and all(_capitalised(word) for word in maker):
        return " ".join(maker)
    return form if not maker and form.split(" ")[-1].islower() else found.group(1)


#: A weekday after a name of two capitalised words or more, with no "on" ("Ana Ruiz Tuesday", "Dame Ruth Corran
#: Tuesday" of "Dame Ruth Corran Tuesday said"): when she spoke, no word of her name ("Black Friday" stays whole).
_WEEKDAY_AFTER_NAME = re.compile(rf"(.*[A-Z][\w.'’-]*\s+[A-Z][\w.'’-]*)\s+(?-i:{WEEKDAYS.title()})")


def _without_when(form: str) -> str:
    """``form`` without the time written after it (see ``_WHEN_AFTER``): "The Harbour Fund this week" is the Harbour
    Fund, "a Marlow poll released yesterday" a Marlow poll, "Vetter in December" Vetter; a participle that is no
    making's before a month stays with it ("members elected in May")."""
    dated = _WEEKDAY_AFTER_NAME.fullmatch(form)
    if dated is not None:
        return dated.group(1)  # "Dame Ruth Corran Tuesday said": the name, not its day
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
    return _TIME_ALONE.fullmatch(LEADING.sub("", text.strip(EDGE))) is not None


#: A quantity alone, an approximation or "to" perhaps before it and a magnitude, "times" or a measure after it ("more
#: than 3 million", "nearly 40,000", "over 2.5m times", "to 60 pages" of "The complaint, which runs to 60 pages,
#: alleges"): how many or how much, never who.
_QUANTITY_ALONE = re.compile(r"(?:(?:(?:more|less|fewer)\s+than|over|under|nearly|almost|about|around|roughly|some|"
                             r"at\s+least|up\s+to|approximately|close\s+to|to)\s+)?\d[\d.,]*\s*"
                             r"(?:(?:hundred|thousand|million|billion|m|bn|k)\b)?"
                             r"(?:\s+(?:times|pages|words|percent|per\s+cent|kilometres|kilometers|miles|tonnes|tons|"
                             r"litres|liters|hours|days|weeks|months|years)\b)?", re.I)


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


def past_passive_by(form: str) -> str:
    """``form`` past a passive "by" opening it (see ``_BY``): "the agency last week" of "Figures released by the agency
    last week", whose "the" says it is a description of a body named before, as "the agency" alone is."""
    by = _BY.match(form)
    return form if by is None else form[by.end():]


#: Where a filing was made, ending what follows its filer after a passive "by" ("Irene Szabo in the district court of
#: Londrin" of "The suit, filed by Irene Szabo in the district court of Londrin"; "in federal court in Harlow", "in
#: the High Court"): a court, no part of who filed.
_FILED_IN_COURT = re.compile(r"(?<=\w)\s+(?:in|at|with|before)\s+(?:(?:a|the)\s+)?(?:[\w'’.-]+\s+){0,3}?"
                             r"(?i:court|tribunal)(?:\s+(?:of|in|for)\s+.+)?$")
#: A filing's participle before a passive "by" (see ``_BY``): what follows its filer may say where it was filed.
_FILED_BY = re.compile(r"(?:^|\s)(?:filed|brought|lodged|submitted)\s+(?:[\w'’-]+\s+){0,2}?by\s", re.I)


def _without_court_after_filer(form: str) -> str:
    """``form`` without the court it was filed in after its filer (see ``_FILED_IN_COURT``) when it is a filing's
    maker after a passive "by" (see ``_FILED_BY``): "The suit, filed by former safety officer Irene Szabo in the
    district court of Londrin" is Irene Szabo's, as "The suit, filed by Irene Szabo" is."""
    return _FILED_IN_COURT.sub("", form) if _FILED_BY.search(form) else form


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


#: A day's or month's name alone: when a document was sent ("a letter from March"), not who sent it.
_DAY_OR_MONTH = re.compile(rf"(?:{WEEKDAYS}|{MONTHS})", re.I)


def _maker_after_from(form: str) -> str:
    """The body that made the document or count ``form`` names after "from" (see ``_FROM_MAKER``), as "by" names it:
    "unofficial results from the county elections office" is the "county elections office", as "the county elections
    office's results" is; a maker whose last word says no body ("A poll from Utah", "new data from Nielsen", "documents
    from his tax return") leaves the form whole."""
    found = _FROM_MAKER.match(form)
    if found is None:
        return form
    maker = found.group(1)
    last = POSSESSIVE.sub("", maker.rpartition(" ")[2]).lower()
    if _SENT_FROM.match(form) and _CAPITALISED_MAKER.fullmatch(maker) and not _DAY_OR_MONTH.fullmatch(maker):
        return maker  # "a statement from Orsk": a statement is sent by whom it speaks for, a name of any last word
    if _NAMED_CENTRE.fullmatch(maker):
        return maker  # "figures from the Refugee Legal Centre": a centre by its name is a body, no place
    return maker if last in BODY_NOUNS and LEADING.sub("", maker)[:1].isalpha() else form


@lru_cache(maxsize=_FORMS_KEPT)
def without_heading(text: str) -> str:
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
#: A social-media handle alone, its "@" and its name ("@orsk_truth"): the account that speaks.
_HANDLE_ALONE = re.compile(r"@[^\W\d]\w*")


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
    name = _name_after_title(_name_after_role(TITLE.sub("", LEADING.sub("", rest)))).split(" ")
    person = (len(rest.split(" ")) >= 2 and is_name(name) and not LEGAL_FORM_END.search(rest.lower())
              and name[-1] not in INSTITUTIONS)  # "Globex Holdings PhD" is no person's name
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
    given = opens_with_given_name(words) and (given_name_sex(words[0]) is not None or personal_name(words))
    given = given or (_outlet_owner(form[:found.end()]) and len(words) == 2 and personal_name(words)
                      and words[0].lower() not in WHEN_WORDS)  # "Kessel Radio's Morning Edition", a show
    return " ".join(words) if given and is_name(words) else form


def _outlet_owner(owner: str) -> bool:
    """Whether ``owner``, a possessive opening a source ("The Harlow Times' "), is a news outlet's written with a word
    (see :func:`framing.turns.names_outlet`: "Harlow Times", "Fox News", "Reuters"; not initials, "CNBC", whose
    shows are named so): the two capitalised words after it, no firm's, body's or outlet's, are a writer's or
    presenter's name ("The Harlow Times' Jasper Crell") whether or not a known given name opens them."""
    name = _OWNER_MARK.sub("", LEADING.sub("", owner.strip()))
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
    words = _name_after_title(_name_after_role(TITLE.sub("", LEADING.sub("", head)))).split(" ")
    if (len(words) >= 2 and is_name(words)
            and not any(ROLE_WORD.fullmatch(w) or w in INSTITUTIONS or w in BODY_WORDS for w in words)):
        return head
    return form


#: A source written as someone "in" or "for" a capitalised body that ends the span ("Lena Marsh in the Harlow
#: Times", "Ana Ruiz for Morning Ledger"): group 1 the words before, group 2 the body's first word.
_IN_OUTLET = re.compile(r"^(\S+(?:\s+\S+){1,3}?)\s+(?:in|for)\s+(?:the\s+|The\s+)?([A-Z][\w'’.&-]*)"
                        r"(?:\s+(?:[A-Z][\w'’.&-]*|of|and|&))*$")


def _person_in_outlet(form: str) -> str:
    """The person of "Lena Marsh in the Harlow Times" or "Ana Ruiz for Morning Ledger" (see ``_IN_OUTLET``): a
    personal name of two words or more that opens with a known given name and holds no title's or body's word; not
    a body's own name ("Concerned Veterans for America") nor a campaign's ("Ana Ruiz for Senate": the body's first
    word an office or a title)."""
    found = _IN_OUTLET.match(form)
    if not found or found.group(2) in INSTITUTIONS or ROLE_WORD.fullmatch(found.group(2)):
        return form
    words = found.group(1).split(" ")
    if (is_name(words) and is_given_name(words[0])
            and not any(ROLE_WORD.fullmatch(w) or w in INSTITUTIONS or w in BODY_WORDS for w in words)):
        return found.group(1)
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
        if person != first and named and len(words) >= 2 and is_name(words) and person_like(text_key(other), other):
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
        person = _name_after_title(TITLE.sub("", _MEMBER_OPENING.sub("", first)))
        other = _name_after_title(TITLE.sub("", second[4:])) if second.startswith("and ") else ""
        words, other_words = person.split(" "), other.split(" ")
        if (len(parts) - at <= 4 and len(words) >= 2 and is_name(words) and _person_part(person)
                and (not _person_part(described) or PARTY_STATE.fullmatch(described))  # "R-Ohio"
                and not _LIST_OPENING.match(described)
                and len(other_words) >= 2 and is_name(other_words) and _person_part(other)
                and (is_given_name(other_words[0]) or _INITIAL.fullmatch(other_words[0]))):
            return f"{person} and {other}"
    return None


def _listed_people(parts: list[str]) -> str | None:
    """"Dan Orr, Mira Lisk and Tom Vask" of "Sens. Dan Orr, Mira Lisk and Tom Vask" or "Dan Orr, Mira Lisk, and Tom
    Vask" (its ``parts`` at commas): three or more personal names of two words or more, a title before the first
    allowed, the last after "and" opening with a known given name or an initial as a pair's second does (see
    :func:`_two_described_people`), none ending in a body's or venue's word ("Harbour Bank"), credited together as
    "Dan Orr and Mira Lisk" is; ``None`` for any other parts ("Ruiz, Tom Vask and Jo Lee", "The chief, Ana Ruiz,
    and Tom Vask", "Ana Ruiz, the mayor, and her aides")."""
    *listed, last = [part.strip() for part in parts]
    if not listed or " and " not in f" {last}":
        return None
    ending = re.split(r"(?:^|\s)and\s+", last)
    names = [_name_after_title(TITLE.sub("", listed[0])), *listed[1:], *(name for name in ending if name)]
    if len(names) < 3 or not all(len(name.split(" ")) >= 2 and is_name(name.split(" ")) and _person_part(name)
                                 and name.split(" ")[-1] not in _BODY_OR_VENUE_ENDS for name in names):
        return None
    first = names[-1].split(" ")[0]
    return f"{', '.join(names[:-1])} and {names[-1]}" if is_given_name(first) or _INITIAL.fullmatch(first) else None


def one_spokesperson(form: str) -> str:
    """"spokesman for the Chinese embassy", "the embassy's spokeswoman" → "Chinese embassy
    spokesperson", "embassy spokesperson"."""
    for pattern in (_SPOKES_FOR, _SPOKES_AFTER):
        found = pattern.match(form)
        if found:
            return f"{found.group(1)} spokesperson"
    return "spokesperson" if _SPOKES_ALONE.match(form) else form


def _maker_part(parts: list[str]) -> str | None:
    """Of a document and who made it ("The complaint, filed by the SEC", "The report, released by the election
    board"), the part that names the maker after a passive "by" that opens with a name, "the" allowed before it, or a
    body by "the" and its noun (see ``_BY``, ``_NAMED_MAKER``): a named body speaks through its document however
    short its name; ``None`` when the first part is no document alone, no such part follows or a
    person is named in another part."""
    if not _DOCUMENT_ALONE.fullmatch(parts[0]) or any(_person_part(part) for part in parts[1:]):
        return None  # "The lawsuit, brought by the state's attorney general, Ana Ruiz": the person named
    return next((part for part in parts[1:] if (by := _BY.match(part)) and _NAMED_MAKER.match(part, by.end())), None)


def _pick_part(parts: list[str], whole: str) -> str:
    """Of "Name, role" or "role, Name", the first part that is a personal name (a title before it
    allowed), since a role may hold more capitalised words ("John Smith, spokesman for the Ministry
    of Foreign Affairs"), or an account's handle alone ("The user who posted it, @orsk_truth"); failing that, the part
    with the most capitalised words ("Acme Corp., the maker") but for a
    description by place ("The pilot, a 61-year-old man from Traverse City" is the pilot: see
    :func:`_described_by_place`)."""
    representative = _REPRESENTATIVE.match(parts[0])
    if ((_RELATIONAL.match(parts[0]) and not _named_for_no_one_person(parts))
            or (representative and representative.group(1).lower() not in BODY_NOUNS)):
        return parts[0]
    for part in parts:
        if _person_part(part) or (part is parts[0] and _role_then_person(part)) or _HANDLE_ALONE.fullmatch(part):
            return part
    if _document_by_person(parts[0]):
        return parts[0]  # "a study by Ana Ruiz, a professor at Kessel State University": hers, not the university's
    parts = [part for part in parts if not _described_by_place(part, parts[0])] or parts  # "The pilot, a Kessel man"
    return max(parts, key=lambda p: sum(_capitalised(w) for w in p.split()), default=whole)


#: A document by its maker, the maker's words after "by" (group 1): "an analysis by Ana Ruiz", "a 40-page study by
#: Dr. Tom Vask".
_DOCUMENT_BY = re.compile(rf"(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{DOCUMENTS})\s+by\s+(.+)", re.I)


def _document_by_person(part: str) -> bool:
    """Whether the comma-separated ``part`` is a document by a person named after "by" ("an analysis by Ana Ruiz"):
    the person made it, whatever the description after its comma holds."""
    found = _DOCUMENT_BY.fullmatch(part)
    return found is not None and _person_part(found.group(1))


#: Nouns for several people that one personal name cannot be ("the families", "the couple", "two men").
_MANY_PEOPLE = frozenset("family families couple household men women children people".split())
#: The one person a relation names: "A lawyer", "The mother", "a close friend", not "The family".
_ONE_RELATION = re.compile(r"^(?:(?:the|a|an|his|her|their|its)\s+)?(?:\w+\s+)?(?:lawyer|attorney|relative|mother|"
                           r"father|wife|husband|son|daughter|brother|sister|friend|neighbou?r|colleague|supporter)"
                           r"\s+(?:of|for)\s", re.I)


def _named_for_no_one_person(parts: list[str]) -> bool:
    """Whether the first of ``parts``, a relation (see ``_RELATIONAL``), is one for a body in lower case ("A lawyer
    for the company", "An attorney for the firm": see ``BODY_NOUNS``), or one person's for several people ("A lawyer
    for four of the families", "a friend of the victims": see :func:`_of_many_people`), and the next part a personal
    name: a body has none and several people have no one name, so the name is the lawyer's ("A lawyer for the
    company, Susan Adair" and "A lawyer for the families, Susan Adair" are Susan Adair)."""
    return (len(parts) > 1 and (parts[0].split()[-1] in BODY_NOUNS or _of_many_people(parts[0]))
            and _person_part(parts[1]))


def _of_many_people(relation: str) -> bool:
    """Whether ``relation`` is one person's (see ``_ONE_RELATION``) for or of people in the plural ("the families",
    "the victims", "two men"; see ``_MANY_PEOPLE``), whom a name set after it cannot be."""
    last = relation.split()[-1].lower().rstrip("'’")
    plural = last.endswith("s") and not last.endswith("ss") and last not in BODY_NOUNS
    return _ONE_RELATION.match(relation) is not None and (plural or last in _MANY_PEOPLE)


#: Lower-case words just before a capitalised name that are no role of its ("from Lee County", "by Lily Brack").
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
    words = _name_after_title(TITLE.sub("", part)).split(" ")
    return is_name(words) and words[0].lower() not in _COUNT_OPENINGS and not ROLE_END.search(part)


def _capitalised(word: str) -> bool:
    """Whether ``word`` opens as a name does: with a capital, or with a letter of a script without letter
    case (Arabic "سلمى", Hebrew "יוסי", Chinese "王"), where a name has no capital to tell it by."""
    first = word[:1]
    return first.isupper() or (first.isalpha() and not first.islower())


@lru_cache(maxsize=_FORMS_KEPT)
def _name_word(word: str) -> bool:
    """Whether ``word`` may be a word of a personal name: capitalised (see :func:`_capitalised`), a particle glued to a
    capitalised word ("al-Sisi"), or a particle written into one in lower case ("diMarco", "deVoss", "vanDalen"); kept
    once read, as each name's words are read again for each of its mentions."""
    return _capitalised(word) or bool(GLUED_PARTICLE.match(word)) or bool(_CAMEL_NAME.fullmatch(word))


def is_name(words: list[str]) -> bool:
    """Whether the words read as a personal name: one to four capitalised words (or words of a script
    without letter case: "سلمى الحسن"; particles inside allowed, and glued ones: "al-Sisi"), no possessive
    before the last word, neither an article nor a title first, and no firm's or place's word or legal form
    last."""
    return (
        0 < sum(w not in PARTICLES for w in words) <= _NAME_WORDS
        and all(_name_word(w) or (0 < i < len(words) - 1 and w in PARTICLES) for i, w in enumerate(words))
        and not any(POSSESSIVE.search(w) for w in words[:-1])
        and not LEADING.match(words[0] + " ")
        and not ROLE_WORD.fullmatch(words[0])
        and words[0].rstrip(".") not in _SUFFIXES
        and words[0] not in INSTITUTIONS
        and words[-1] not in PLACE_ENDS
        and not _seat_hall(words)
        and not LEGAL_FORM_END.search(f" {words[-1].lower()}")  # "General Motors Co" is no "Motors Co"
    )


#: How copy says that a person gave one name only, up to that name: "who gave his name only as ", "identified only
#: as ", "who asked to be identified only by her first name, " (see ``credits._NAME_GIVEN_ONLY``).
NAME_GIVEN_ONLY = (r"(?:who\s+(?:would\s+|did\s+)?)?(?:gave|give|provided|offered|identified\s+(?:himself|herself|"
                   r"themselves)|(?:asked|wished|wanted|agreed)\s+to\s+be\s+identified|identified)\s+(?:only\s+)?"
                   r"(?:(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as|(?:by\s+)?(?:his|her|their)\s+first\s+"
                   r"name,|as)\s+")
#: Words before "Hall" that make a seat of local government of it, never a person ("City Hall", "Boston City Hall",
#: "Town Hall"), though "Hall" is a surname ("Tom Hall").
_SEAT_HALL_WORDS = frozenset("City Town Village".split())


def _seat_hall(words: list[str]) -> bool:
    """Whether the capitalised ``words`` end in the name of a city's, town's or village's hall ("City Hall")."""
    return len(words) >= 2 and words[-1] == "Hall" and words[-2] in _SEAT_HALL_WORDS


def _name_after_role(form: str) -> str:
    """The capitalised name that ends a lower-case role: "union general secretary Tomas Brandt" →
    "Tomas Brandt", and a body's one-word name after its kind: "the watchdog Ofcom" → "Ofcom", any name after "NGO"
    and "the" or lower-case words ("the NGO Carvel Watch", "the Madrid-based NGO Carvel Watch" → "Carvel Watch";
    "NGO Monitor" stays); "the
    Ministry of Foreign Affairs" stays whole (its lower-case word is a function word), and so does a group placed
    somewhere ("Fishermen on the lower Selka River", as "farmers along the Selka River" is: the place does not
    speak; see ``_PLACED_GROUP``), and so does a private person from somewhere ("A witness from Traverse City": see
    :func:`_private_person`), and so does a person placed at a body named after its kind ("Ilya Brandt at the firm
    Northgate Labs": see :func:`_named_before_body`). A name after "rival" or "competitor" (see ``_RIVALS``),
    capitalised or not, is the name ("Rival Orbitec" → "Orbitec")."""
    words = form.split(" ")
    described = words.index("NGO") if "NGO" in words[1:-1] else 0  # not "NGO Monitor", a name of its own
    if described and all(word.islower() or word in ("The", "An") or word.endswith("-based")
                         for word in words[:described]):
        named = words[described + 1:]  # "the NGO Carvel Watch", "rights NGO Carvel Watch": the NGO's name
        if _name_start(named) == 0:
            return " ".join(named)
    tail = _name_start(words)
    if (_named_after_lower_word(words, tail) and words[tail - 1] not in JOINERS
            and not _PLACED_GROUP.match(form) and not _private_person(words[:tail - 1], words[tail - 1])
            and not _named_before_body(words[:tail]) and not _served_by_role(words[:tail])):
        return " ".join(words[tail:])
    if len(words) >= 3 and tail == 0 and _is_trade_then_name(words):
        return " ".join(words[1:])  # "Striker Tomás Ibarra": a trade capitalised as the sentence opens
    if len(words) == 2 and words[0].lower() in _TITLE_CASE_TRADES and _surname_alone(words[1]):
        return words[1]  # "Coach Harding": a trade capitalised as a title before a surname, as "coach Harding" is
    if len(words) >= 2 and _business_trade(words[0]) and _capitalised(words[1]):
        return " ".join(words[1:])  # "Drugmaker Veltrix Pharma", "Carmaker Velta Motors"
    rival = next((k for k, word in enumerate(words[:-1]) if word.lower() in _RIVALS), None)
    if (rival is not None and _name_start(words) in (rival, rival + 1)
            and all(word.islower() or word in _OWNERS_OPENING for word in words[:rival])):
        return " ".join(words[rival + 1:])  # "Rival Orbitec", "his rival Tom Vask", "competitor Orbitec"
    if (len(words) - tail == 1 and tail > 0 and (words[tail - 1] in BODY_KINDS or _business_kind(words[tail - 1])
                                                 or words[tail - 1] in _OUTLET_KINDS
                                                 or words[tail - 1].lower() in _SHORT_SELLER
                                                 or " ".join(words[max(0, tail - 2):tail]).lower() in _SHORT_SELLER)
            and not _named_before_body(words[:tail])):
        return words[-1]  # "the environmental group RiverWatch", "Ferry operator Northlink", "the channel DTV-1"
    return form


def _surname_alone(word: str) -> bool:
    """Whether ``word`` may be a surname written alone: capitalised, in lower case after its first letter, a name's
    word (see :func:`is_name`) and no country's, nor a word of a body's or a business's name ("Coach Harding", not
    "Coach Canada" nor "Skipper Holdings")."""
    return (_SURNAME_CASE.fullmatch(word) is not None and is_name([word]) and word not in COUNTRIES
            and word not in BODY_WORDS and word not in INSTITUTIONS and word.lower() not in BUSINESS_NAME_ENDS)


def _named_after_lower_word(words: list[str], tail: int) -> bool:
    """Whether the capitalised name at ``tail`` ends ``words`` after a word in lower case, a name of two words or more
    ("union secretary Tomas Brandt"), a surname alone after a person's role ("coach Harding", "minister Ahmed"), so
    that a later "Harding" is the same person as a later "Tomas Brandt" is, or a given name alone after a relative's
    noun ("his daughter Jean", "the victim's brother Tom": see ``KIN``), as "his daughter, Jean" is Jean."""
    if tail == 0 or tail == len(words) or not words[tail - 1].islower():
        return False
    return len(words) - tail >= 2 or words[tail - 1] in PERSON_ROLES or _KIN_WORD.fullmatch(words[tail - 1]) is not None


#: Words that set a name after them against another's ("Rival Orbitec", "his rival Tom Vask", "competitor
#: Codewell"), capitalised as a sentence opens too: the name alone speaks (see :func:`_name_after_role`).
_RIVALS = frozenset({"rival", "competitor"})
#: A determiner or an owner capitalised as a sentence opens, before a role ("His rival Tom Vask").
_OWNERS_OPENING = frozenset({"The", "A", "An", "His", "Her", "Its", "Their", "Our"})


def _business_kind(word: str) -> bool:
    """Whether the lower-case ``word`` before a firm's one-word name says what kind of business it is: a trade
    ("operator", see ``TRADE_KINDS``), a maker or trade that opens no firm's name ("chipmaker", "insurer": see
    :func:`_business_trade`) or an online service's kind ("platform", "app": see ``_SERVICE_KINDS``), as in "the
    chipmaker Corvo" or "the video platform Tessel"."""
    return word in TRADE_KINDS or word in _SERVICE_KINDS or (word.islower() and _business_trade(word))


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
    Kessel resident of", not "the mayor of"): a private person's noun (see ``PRIVATE_PERSONS``) or an age before
    lower-case words, whom the place describes; "An executive from Orvane Inc." is the company's."""
    if preposition not in ("from", "of", "in") or not words:
        return False
    if preposition != "from" and words[0].lower() not in ("a", "an"):
        return False
    head = words[-1].lower()
    aged = any(AGE_ALONE.fullmatch(word) for word in words)
    return head in PRIVATE_PERSONS or head.removesuffix("s") in PRIVATE_PERSONS or (aged and words[-1].islower())


def _described_by_place(part: str, first: str) -> bool:
    """Whether the comma-separated ``part`` of a source describes a person by where they are from, and names no one:
    "a 61-year-old man from Traverse City", "a Kessel man", "a Traverse City resident", "of Traverse City" (of "The
    pilot, 61, of Traverse City", "the Rev. Ana Roe, of Kessel Baptist Church"), so that another part ("The pilot")
    is the source (see :func:`_pick_part`); "from" and a name alone only after a private person's noun ending the
    ``first`` part ("The pilot, from Traverse City"; not "The investigators, from the Anti-Fraud Bureau")."""
    words = part.split(" ")
    if len(words) >= 2 and _capitalised(words[1]) and (
            words[0] == "of" or (words[0] == "from" and first.rpartition(" ")[2].lower() in PRIVATE_PERSONS)):
        return True
    if words[0].lower() not in ("a", "an"):
        return False
    named = _name_start(words)
    if named < len(words) and named > 1 and _private_person(words[:named - 1], words[named - 1]):
        return True  # "a 61-year-old man from Traverse City"
    words = words[2:] if len(words) > 2 and AGE_ALONE.fullmatch(words[1]) else words[1:]
    return (len(words) >= 2 and words[-1] in PRIVATE_PERSONS
            and all(_capitalised(word) for word in words[:-1]))  # "a Kessel man", "a 40-year-old Kessel woman"


def _business_trade(word: str) -> bool:
    """Whether ``word``, in any case, is a kind of business that opens no firm's name (see ``_BUSINESS_TRADES``), or
    a maker written as one word that is no person's ("Planemaker", "Steelmaker"; not "Lawmaker": ``_PERSON_MAKERS``)."""
    word = word.lower()
    return word in _BUSINESS_TRADES or (ONE_WORD_MAKER.fullmatch(word) is not None and word not in _PERSON_MAKERS)


def trade_head(word: str) -> bool:
    """Whether the lower-case ``word`` heads a description by a trade that a business and a person may share ("ferry
    operator", "planemaker", "chip maker": see ``TRADE_KINDS``), and no person's role."""
    return (word in TRADE_KINDS or ONE_WORD_MAKER.fullmatch(word) is not None) and word not in PERSON_ROLES


def is_trade(word: str) -> bool:
    """Whether the lower-case ``word`` is a person's trade, listed (``TRADES``, ``TRADES_BEFORE_GIVEN_NAMES``:
    "novelist", "chef") or known by its ending ("pianist", "hydrologist", "physician": see ``_TRADE_ENDING``), which
    a later "the pianist" describes its one holder by."""
    return word in TRADES or word in TRADES_BEFORE_GIVEN_NAMES or _TRADE_ENDING.fullmatch(word.capitalize()) is not None


def _is_trade_then_name(words: list[str]) -> bool:
    """Whether ``words`` are a trade ("Lawyer", "Co-author", "Hydrologist") or the writer's word for a person
    (``PERSON_NOUNS``: "Candidate", "Businessman"), then a personal name of two words or more, not a body's ("Lawyer
    Nadia Brennock", "Candidate Rolf Jansky"; not "Referee Appointments Board"); a trade known only by its
    ending before a name with no word of a body's, portfolio's or role's ("Methodist Episcopal Church",
    "Federalist Radio Hour" and "Populist Interior Minister" stay whole); what befell a person or what they saw
    ("Witness", "Survivor", "Eyewitness": see ``_OPENING_CIRCUMSTANCES``) or a trade of ``TRADES_BEFORE_GIVEN_NAMES``
    before a known given name ("Witness Ana Voss", "Chef Anna Krall"; "Victim Support Scotland" and "Producer Price
    Index" stay whole)."""
    listed = words[0].lower() in TRADES or words[0].lower() in PERSON_NOUNS
    befell = words[0].lower() in _OPENING_CIRCUMSTANCES | TRADES_BEFORE_GIVEN_NAMES and is_given_name(words[1])
    known = listed or befell or _TRADE_ENDING.fullmatch(words[0]) is not None
    if not known or not is_name(words[1:]) or words[-1] in INSTITUTIONS:
        return False
    return listed or not any(w in INSTITUTIONS or w in BODY_WORDS or w in PORTFOLIOS or ROLE_WORD.fullmatch(w)
                             for w in words[1:])


def _name_after_long_role(form: str) -> str:
    """The personal name ending a role that names its body or portfolio after "of" or "for" ("former attorney for the
    District of Veldmark Joseph diMarco" → "Joseph diMarco", "then-Deputy Secretary for Harbour Security Ana Voss" →
    "Ana Voss", "Speaker of the House Ned Varga"): the last name word, an initial or particles before it, and a given
    name, known as one (see :func:`framing.given_names.given_name_sex`) or after a body's, portfolio's or line of
    work's word (see ``_DEPARTMENTS``: "Director of Investigations Ola Brenner" → "Ola Brenner"). The
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
    while at > 0 and (words[at] in PARTICLES or _INITIAL.fullmatch(words[at])):
        at -= 1  # "Adam B. Schiff", "Ursula von der Leyen"
    name, body = words[at:], [word for word in words[:at] if word not in JOINERS]
    if (at < 1 or not body or not is_name(name)
            or any(word in INSTITUTIONS or word in BODY_WORDS or word in PORTFOLIOS for word in name)):
        return form  # "Secretary of the Department of Homeland Security" names no one
    if not all(_capitalised(word) for word in body) or any(ROLE_WORD.fullmatch(word) or _STOPPED_TITLE.fullmatch(word)
                                                            or _SHORT_TITLES.search(word) for word in body):
        return form
    after_body = (body[-1] in INSTITUTIONS or body[-1] in BODY_WORDS or body[-1] in PORTFOLIOS
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
    person = (len(name) >= 2 and is_name(name) and not any(ROLE_WORD.fullmatch(word) for word in name)
              and name[-1] not in INSTITUTIONS and name[-1] not in BODY_WORDS)
    return head if person else form


def _name_start(words: list[str]) -> int:
    """Where the capitalised name that ends ``words`` starts: capitalised words, and a particle or a run
    of them between two ("Mohammed bin Salman", "Ana de la Fuente"); ``len(words)`` when none ends them."""
    tail = at = len(words)
    while at > 0:
        word = words[at - 1]
        if _name_word(word):
            tail = at = at - 1
        elif word in PARTICLES and at < len(words):
            at -= 1  # part of the name only when a capitalised word stands before the run
        else:
            break
    return tail


#: A local title (see ``_LOCAL_TITLES``) or "Principal" ending the words before a name.
_LOCAL_TITLE_END = re.compile(rf"(?:^|[\s-])(?:{_LOCAL_TITLES}|Principal)$")
#: Words of a firm's, a body's, an outlet's or a plan's name, none a person's (see :func:`personal_name`).
_NOT_PERSONAL_WORD = re.compile(rf"(?i:{_FIRM_WORDS}|investors|advis[eo]rs|review|magazine?|media|press|news|times|"
                                r"post|journal|herald|gazette|tribune|plan)s?")


def personal_name(words: list[str]) -> bool:
    """Whether ``words``, a name read after a local title (see ``_LOCAL_TITLES``), are a person's: a known given
    name first ("Manager Ana"), or two words or more, none of a firm's, body's or outlet's name ("Trooper J. Vance";
    not "Principal Asset Management", "Principal Harbor Investors", "Manager Magazin", "Marshal Plan")."""
    if given_name_sex(words[0]) is not None:
        return True
    return len(words) >= 2 and not any(_NOT_PERSONAL_WORD.fullmatch(word) or word in BODY_WORDS
                                       or word in PLACE_ENDS or word in INSTITUTIONS for word in words)


#: A source owned by a possessive ("Foreign Minister Ana Dorr's office"): group 1 the owner, group 2 the rest.
_OWNED = re.compile(r"(.+?)((?:'s|’s)\s+[a-z][\w\s'’-]*)")


def _titled_owner(form: str) -> str:
    """``form`` owned by a titled person's name with the title left out of the owner ("Ana Dorr's office" of
    "Foreign Minister Ana Dorr's office"), as the name alone is read (see :func:`_name_after_title`): the
    person's side, not a title's."""
    found = _OWNED.fullmatch(form)
    if found is None:
        return form
    return _name_after_title(found.group(1)) + found.group(2)


def _name_after_title(form: str) -> str:
    """The name after a capitalised title ("Chief Executive Tom Lee" → "Tom Lee"); the form as it is
    when no name follows the title ("President", "Chief Executive Officer")."""
    words = form.split(" ")
    if words[-1] in INSTITUTIONS or words[-1] in PORTFOLIOS:
        return form
    named = 0  # words of the name after the cut that are no particle
    for cut in range(len(words) - 1, 0, -1):
        named += words[cut] not in PARTICLES
        if named > _NAME_WORDS:
            break  # too long for a name here, and at every cut before
        head = " ".join(words[max(0, cut - _TITLE_WORDS):cut])  # the words before the cut that a title can end
        short = _SHORT_TITLES.search(head) or _STOPPED_TITLE.fullmatch(words[cut - 1])  # "... Committee Rep. Ana Bell"
        if ((ROLE_END.search(head) or (short and len(words) - cut >= 2))
                and is_name(words[cut:]) and (not _LOCAL_TITLE_END.search(head) or personal_name(words[cut:]))):
            before = " ".join(words[:cut - 2])
            if (cut >= 3 and words[cut - 2] == "and" and not ROLE_END.search(before)
                    and is_name(_name_after_title(before).split())):
                # "Dr. Ines Farrow and Dr. Li Tsai": two people named, each without the title, as "Ines Farrow and
                # Li Tsai" is; not the last alone, but one person's two titles ("Vellum Water President and CEO")
                return f"{_name_after_title(before)} and {' '.join(words[cut:])}"
            return form if _served(words[:cut]) else " ".join(words[cut:])
    # "Minister for Foreign Affairs Penny Wong": a role, its portfolio, then the name (two words)
    if (len(words) >= 5 and ROLE_WORD.fullmatch(words[0]) and words[1] in ("for", "of")
            and words[-3] in PORTFOLIOS and is_name(words[-2:])):
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
    return (at > 0 and first not in PORTFOLIOS
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
    "campaign" or a backer's or opponent's noun (``_SIDES_WITH``: "a former backer of", "an ally of") ("a lawyer
    for", "Lawyers for", "chief of staff to", "The campaign of"); 0 for none. The role is in
    lower case, or a person's role in the plural that opens the words ("Lawyers for", "Aides to"), and no
    spokesperson (who speaks for the name) nor a role whose "to" or "for" names its own office (see
    ``_OWN_OFFICE_ROLES``)."""
    at = max((i for i, word in enumerate(words) if word in ("to", "for") or (word == "of" and i > 0
                                                                              and words[i - 1] in _OF_SERVED)),
             default=0)
    role = words[at - 1] if at > 0 else ""
    lower = role.isalpha() and role.islower()
    plural = at == 1 and role[1:].islower() and role.lower().removesuffix("s") in PERSON_ROLES
    return at if ((lower or plural) and not _SPOKES_ALONE.fullmatch(role) and role not in _OWN_OFFICE_ROLES) else 0


#: A campaign, whose "of" names whom it serves ("The campaign of Governor Philip Marsh"), who does not speak by it.
_CAMPAIGNS = frozenset("campaign campaigns".split())
#: Someone who backs or opposes a person, whose "of" names that person ("a former backer of Sen. Tom Vask", "an
#: ally of Gov. Ana Ruiz"): the backer speaks, not the person named after "of".
_SIDES_WITH = frozenset("""backer backers supporter supporters ally allies critic critics opponent opponents rival
    rivals foe foes detractor detractors""".split())
#: Nouns whose "of" names whom they serve or side with (see :func:`_serving_at`).
_OF_SERVED = _CAMPAIGNS | _SIDES_WITH


#: Roles in lower case whose "for" or "to" names an office the holder seeks or holds, or a place where they serve,
#: not a person they serve: "candidate for Governor", "nominee for Attorney General", "envoy to Kessel".
_OWN_OFFICE_ROLES = frozenset("""candidate candidates nominee nominees hopeful hopefuls contender contenders
    challenger challengers pick choice frontrunner envoy envoys ambassador ambassadors emissary""".split())


#: A group of people, a plural noun, then a preposition that places it ("Fishermen on the lower", "residents
#: along", "the protesters outside"; not "A blogger on the Web site Harbour Watch", where the site speaks).
_PLACED_GROUP = re.compile(r"^(?:the\s+|some\s+|many\s+)?[A-Za-z-]+(?:men|people|folk|(?<!s)s)\s+"
                           r"(?:on|in|along|near|around|across|outside|inside|beside)\s", re.I)
#: A private person's noun, singular or plural, whom a place after "from" or before the noun describes and does not
#: stand for ("A witness from Traverse City", "a Kessel man", "Residents from Elk Rapids"): the person speaks, not
#: the town (see :func:`_private_person`).
PRIVATE_PERSONS = frozenset("""man woman men women boy girl teen teenager child children resident native witness
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
#: Nationalities not made of ``COUNTRIES``' names by a nationality's ending (see :func:`_adjective_of`), in lower
#: case: those above, others whose country is named in several words ("saudi", "salvadoran") or not in
#: ``COUNTRIES``, and regions' and peoples' ("european", "arab", "kurdish").
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
#: the since-closed Harbour Review").
_OF_BODY = re.compile(r"^(.*?\S)\s+(?:of\s+(?:(?:the\s+)?[A-Z]|the\s+(?:[a-z][\w'’-]*\s+){1,4}[A-Z]"
                      r"|the\s+(?:[a-z][\w'’-]*\s+){0,4}[a-z][\w'’-]*$)"
                      r"|at\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,2}[A-Z])")
#: Words of a body's name before "of" ("Islamic Republic of Iran", "Royal College of Nursing", "US
#: Chamber of Commerce"), which no personal name holds.
BODY_WORDS = frozenset("""Republic Kingdom States Emirates Federation Nations Commonwealth Territory College
    Academy Chamber Society Organisation Organization School Hospital Museum Club Order Guild Church
    Friends Foreign Royal National American British Bank""".split())

#: Last words of places, clubs and firms, never of a person ("Bishop Auckland FC", "Imam Reza Shrine"), venues and
#: public buildings among them ("the County Courthouse", "Civic Center", "the Palace Theatre", "the Vellmouth Maritime
#: Museum"; "Hall" is a surname: see :func:`_seat_hall`), so that no such name reads as a person's (see
#: :func:`person_like`).
PLACE_ENDS = frozenset("""FC Shrine Mosque Cathedral Insurance City United Club Airport Hospital Motors Systems
    Dynamics Electric Industries Technologies Airlines Airways Pharmaceuticals Courthouse Center Centre Arena Stadium
    Theater Theatre Library Chapel Auditorium Plaza Museum Gallery Zoo""".split())


#: Words only sports clubs end their names with ("Harlow Rovers", "Kessel United"; not "City" nor "County", which
#: places end theirs with), as keys: a name ending in one is a club's, never a person's.
CLUB_ONLY_ENDS = frozenset("united rovers wanderers athletic albion rangers hotspur".split())


#: Lower-case nouns of a trade that a business and a person may both be described by ("the ferry operator", "a chip
#: maker", "the internet provider"; "a crane operator"): the description joins the one source it was written with,
#: as a body's kind does, and is dropped before a name ("Ferry operator Northlink"), but makes no company.
TRADE_KINDS = frozenset("operator maker provider carrier retailer supplier manufacturer lender developer".split())
#: Lower-case nouns for a kind of online service or young firm, which its one-word name follows ("the video platform
#: Tessel", "the messaging app Lumen", "the startup Nimbus"): the name alone is the source (see :func:`_business_kind`).
_SERVICE_KINDS = frozenset("platform app startup start-up service".split())
#: Lower-case nouns for a kind of news outlet that its one-word name follows ("the channel DTV-1", "the station
#: KRVA", "the website Ledgerline"): the name alone is the source, as after "broadcaster" (see
#: :func:`_name_after_role`).
_OUTLET_KINDS = frozenset("channel station outlet website site".split())
#: A short seller's trade written before its one-word name ("Short seller Grayfin", "short-seller Grayfin"), lower
#: case: the name alone is the source (see :func:`_name_after_role`).
_SHORT_SELLER = frozenset({"short seller", "short-seller"})
#: A maker written as one word ("planemaker", "steelmaker", "lawmaker"), lower case.
ONE_WORD_MAKER = re.compile(r"[a-z]{3,}maker")

#: Lower-case words before a role's head that make it a business's rank, not a person's post ("Zenta, the market
#: leader", "the industry leader").
RANKING_MODIFIERS = frozenset("market industry world sector".split())


#: Lower-case words inside a multi-word name ("Ministry of Foreign Affairs"), in Spanish, Portuguese, French and
#: Italian names too ("Red en Defensa de los Derechos", "Instituto dos Direitos", "Ciencia y Tecnología").
JOINERS = frozenset("""of for and the de del da du la los las van von der den des on in at to en do dos das di le
    y e""".split())
#: A participle after which "by" names who leads or pays, not who speaks: the head before it is the actor
#: ("the alliance led by Ostmark" is the alliance, not Ostmark).
#: A name in capitalised words only, "the" first allowed ("The Ledger", "Reuters").
_NAME_ONLY = re.compile(r"(?:[Tt]he )?[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*)*")
_LED_BY = re.compile(r"\b(?:led|funded|backed|run|headed|chaired|owned|controlled|sponsored)\s+by\s", re.I)
#: A team or group of researchers with no name, led by one named in capitals after "by" ("the team led by
#: glaciologist Dr. Kofi Mensah", "a research group headed by Ana Ruiz"): the leader speaks for it, so the team is
#: known by the leader; what the pattern covers is dropped, the leader kept.
_TEAM_LED_BY = re.compile(r"^(?i:(?:(?:the|a|an|his|her|their)\s+)?(?:research\s+|international\s+)?(?:team|group|"
                          r"researchers|scientists)(?:\s+of\s+(?:researchers|scientists))?\s+(?:led|headed)\s+by)\s+"
                          r"(?=(?:[a-z][\w-]*\s+){0,2}(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’-]*$)")
#: A part of an appositive that opens with such a participle (", led by Ostmark,"): no head of its own.
_LED_BY_START = re.compile(rf"^{_LED_BY.pattern}", re.I)

#: A word alone after a preposition of place ("in Israel.", "across the Sahel,"; the next word's first
#: letter and any mark between tell "in Israel Katz's office" apart); not after a stake ("a stake in Veltrix"), which
#: is held in a company.
_AFTER_PLACE_WORD = re.compile(r"(?<![\w'’-])(?<![Ss]take )(?<![Ss]takes )"
                               r"(?i:in|into|inside|within|across|throughout|near|towards?|outside)"
                               r"\s+(?:the\s+)?(\w[\w'’-]*)([^\w\s]?)(?:\s+(\w))?")
#: A capitalised word alone named as a town or city ("the city of Harlow", "the town of Harlow,"; not "the City of
#: London Corporation"): group 1 is the word.
_TOWN_OF = re.compile(r"(?<![\w'’-])(?i:city|town|village)\s+of\s+([A-Z][\w'’-]*)(?![\w'’-])(?!\s+[A-Z])")
#: The people around a person whose name comes before it ("the Vask camp", "the Vask administration"), no place's.
PERSON_S_SIDE = re.compile(r"\s+(?:camp|campaign|circle|team|administration|orbit|family|era|presidency)\b")
#: Endings that make a nationality of a place's name ("Israeli", "Jordanian", "Kenyan", "Japanese").
_NATIONALITY_ENDS = ("i", "n", "ian", "ese")
#: The fewest letters of a place's name read from a nationality ("Iraq" of "Iraqi"; none of "Thai").
_PLACE_STEM = 4
#: A word that may be a nationality, and the first letter of the word after it ("Israeli troops"): a whole
#: word, with a nationality's ending after a stem long enough; others, which give no place, are not read, and nor is
#: one opening with a lower-case ASCII letter, a digit or "_", no capital (see :func:`places_in`), passed over first.
_NATIONALITY_BEFORE_WORD = re.compile(rf"(?![a-z\d_])(?<![\w'’-])"
                                      rf"(\w{{{_PLACE_STEM},}}(?:{'|'.join(_NATIONALITY_ENDS)}))(?=\s+(\w))")


#: A run of two or more capitalised words, particles between them allowed ("Tobias Wren", "Rosa de la Vega"); its
#: capital is asked for before the lookbehind, a quicker test at each character of a sentence.
_CAPITALISED_RUN = re.compile(rf"(?=[A-ZÀ-ÖØ-Þ])(?<![\w'’-])[A-ZÀ-ÖØ-Þ][\w'’-]*"
                              rf"(?:\s+{NAME_PARTICLE_RUN}[A-ZÀ-ÖØ-Þ][\w'’-]*)+")
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


#: Last words of capitalised runs that end the names of laws, wars, days, events, prizes, buildings, places and
#: periodicals, rarely anyone's surname ("the Vietnam War", "the Patriot Act", "Labor Day", "the Shelton Weekly",
#: "Madison Square"): no person named in passing whom a later "he" or "she" may mean.
_NO_SURNAME_ENDS = frozenset("""Act Acts Amendment War Wars Day Avenue Bridge Tower Building Convention Caucus
    Organization Organisation Plan Reserve Partnership Forum Conference Summit Initiative Institution Society
    Doctrine Prize Debates Circuit Republic Weekly Magazine Monument Mall Garden Gardens County Valley Island Islands
    Heights Springs Square Township Creek Falls Harbour Harbor Mountain Mountains Station Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday""".split())


@lru_cache(maxsize=_FORMS_KEPT)
def surnames_in(sentence: str) -> frozenset[str]:
    """Keys of the last words of the personal names ``sentence`` writes, a source or not ("wren" of "Tobias
    Wren, 41, was charged"): a capitalised run read as a name, not ending in a body's, role's, place's or line of
    work's word ("Security Studies" of a "Centre for Security Studies") nor in capitals ("KC"), past a kind of business
    that opens it ("Chipmaker Orvane" names no person); a
    possessive's without its "'s" ("clinton" of "Hillary Clinton's lawyer")."""
    found = set()
    for run in _CAPITALISED_RUN.finditer(sentence):
        words = list(dropwhile(lambda w: w in NOT_A_NAME_START, POSSESSIVE.sub("", run.group(0)).split()))
        words = words[1:] if words and _business_trade(words[0]) else words  # "Chipmaker Orvane"
        words = without_generation(" ".join(words)).split(" ")  # "Pruitt" of "Harold Pruitt Sr"
        last = words[-1]
        if (len(words) >= 2 and is_name(words) and words[0] not in _PLACE_STARTS and not last.isupper()
                and not _hall_at(sentence, run) and last not in INSTITUTIONS and last not in PORTFOLIOS
                and not _names_no_person(sentence, run, words)
                and last not in _DEPARTMENTS and last.lower() not in PERSON_ROLES):
            found.add(text_key(last))
    return frozenset(found)


#: "at" or "in" (and "the") ending the text before a capitalised run: where a venue is named ("at Carnegie Hall").
_AT_OR_IN = re.compile(r"\b(?:at|in)\s+(?:the\s+)?$")


#: "at", "in", "on", "near" or "during" (and "the") ending the text before a capitalised run: where or when something
#: is ("at Madison Square", "on Martin Luther King Day").
_PLACE_OR_TIME_BEFORE = re.compile(r"\b(?:at|in|on|near|during)\s+(?:the\s+)?$")


def _names_no_person(sentence: str, run: re.Match[str], words: list[str]) -> bool:
    """Whether the capitalised ``run`` of ``sentence`` (its name ``words``) ending in a word of ``_NO_SURNAME_ENDS``
    names a law, war, day, place or periodical, no person ("the Ostmark War", "Labor Day", "at Madison Square"):
    any such run but one opening with a given name that no "at", "in" or "on" comes before, which is a person's
    ("his rival, Ray Day", "Sen. John Tower")."""
    if words[-1] not in _NO_SURNAME_ENDS:
        return False
    before = sentence[max(0, run.start() - 12):run.start()]
    return not is_given_name(words[0]) or _PLACE_OR_TIME_BEFORE.search(before) is not None


def _hall_at(sentence: str, run: re.Match[str]) -> bool:
    """Whether the capitalised ``run`` of ``sentence`` is a hall named after "at" or "in", a venue, not a man surnamed
    Hall ("said at Carnegie Hall"; "told Dana Hall" and "in Dana Hall's office" stay a person's)."""
    before = sentence[max(0, run.start() - 8):run.start()]
    return run.group(0).endswith(" Hall") and _AT_OR_IN.search(before) is not None


def surnames_written(texts: Iterable[str]) -> frozenset[str]:
    """Keys of the last words of the personal names that ``texts`` write, a source or not (see :func:`surnames_in`):
    "sorby" of "Elin Sorby died"."""
    return frozenset(key for text in texts for key in surnames_in(text))


def places_in(sentence: str) -> set[str]:
    """Keys of the words ``sentence`` writes as places: a capitalised word alone after a preposition of
    place ("in Israel"; not "in Israel Katz's office") or after "city of" or "town of" ("the town of Harlow"),
    and the place of a nationality before a lower-case word ("Israeli strikes" → "israel", "Jordanian officials" →
    "jordan"; a stem of four letters or more)."""
    places = set()
    for found in _AFTER_PLACE_WORD.finditer(sentence):
        word, mark, after = found.groups()
        if PERSON_S_SIDE.match(sentence, found.end(1)) and found.group().split()[1].lower() == "the":
            continue  # "in the Vask camp", "within the Vask circle": a person's side, no place
        if word[:1].isupper() and (mark or not after or not after.isupper()):
            places.add(text_key(word))
    folded = case_blind(sentence)
    if "city" in folded or "town" in folded or "village" in folded:  # as each match of _TOWN_OF holds
        places.update(text_key(found.group(1)) for found in _TOWN_OF.finditer(sentence))
    for found in _NATIONALITY_BEFORE_WORD.finditer(sentence):
        word, after = found.groups()
        if word[:1].isupper() and after.islower():
            places.update(nationality_places(word))
    return places


def nationality_places(word: str) -> set[str]:
    """Keys of the places the word ``word`` may be the nationality of, each its stem before a nationality's ending
    of four letters or more ("sarnia" and "sarn" of "Sarnian"): a place written before tells which it is."""
    return {text_key(word[:-len(end)]) for end in _NATIONALITY_ENDS
            if word.endswith(end) and len(word) - len(end) >= _PLACE_STEM}


#: The subject's own words after a verb of holding to them ("its findings", "his earlier remarks", "its
#: accusation"), or an allegation after "the" ("the allegation", "the charges").
_OWN_WORDS = (rf"\s+(?:(?:its|his|her|their|our)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{DOCUMENTS}|claims?|comments?|"
              r"remarks?|stor(?:y|ies)|reporting|account|words|position|assessment|allegations?|accusations?|"
              r"charges?|conclusions?|testimony|decision)|the\s+(?:allegations?|accusations?|charges?|claims?))\b")
#: Verbs that credit what a sentence says to the subject just before them: speech ("said", "told"), accusation
#: ("accused", and "blamed" or "blames": "The army blames rebel artillery.") and denial ("denied", "rejected";
#: phrasal: "brushed off", "shrugged off", "waved away", "played down", "hit back at", "hit back, saying", "pushed
#: back on"), as a subject's verb is written (lower case, after a space: a
#: headline's "Denies" and the "called" of "so-called" are none), and holding to what was said: "maintained",
#: "reiterated", and "repeated" or "stood by" before the subject's own words ("stood by its findings", "repeated its
#: claim", or "that" opening a clause; not "stood by their vehicles", "repeated unfounded claims", "repeated that
#: song"), and "posted" before "that" or a colon ("posted on Telegram that"; not "posted a video", "posted bail"), a
#: verb of reply before "that" opening a clause or a quotation ("answered that the", 'replied: "', 'shot back, "'; not
#: "answered that question", "responded to the letter"); a verb of
#: speech, denial or advice in the progressive, its "is", "are", "was" or "were" with it ("are warning", "is
#: denying", "is advising"), advice in any tense ("advised", "urges"); and a verb of reaction ("welcomed",
#: "praised", "condemned", "hailed"; not "hails from"), the subject's stance, in a sentence the model read as a
#: claim ("The union welcomed the ruling." is the union's, not the last speaker's). Nouns ("the denial") are no cue,
#: nor "claimed" before a sum of money ("claimed £240,000 from the health service").
#: Verbs of reaction, a stance taken of something ("welcomed", "praises", "condemned"; not "hails from"): cues in a
#: sentence the model read as a claim (see ``SUBJECT_CUE``), and stances an end credit reports (``_STANCE_CUE``).
REACTION_VERBS = (r"welcom(?:ed|es)|prais(?:ed|es)|condemn(?:ed|s)|hail(?:ed|s)(?!\s+from)|applaud(?:ed|s)|"
                   r"laud(?:ed|s)|denounc(?:ed|es)|decr(?:ied|ies)|critici[sz](?:ed|es)")
#: "That" opening a clause, not a demonstrative ("that the", "that it", "that Vask"; not "that song").
_THAT_CLAUSE = r"\s+that\s+(?:(?:the|a|an|it|he|she|they|we|there|no|its|his|her|their)\b|[A-Z])"
SUBJECT_CUE = re.compile(
    r"(?<=\s)(?:(?:is|are|was|were)\s+(?:saying|telling|stating|claiming|insisting|maintaining|arguing|alleging|"
    r"accusing|asserting|warning|denying|rejecting|dismissing|refuting|disputing|contesting|advising|urging)|"
    r"said|says|say|told|tells|tell|stated|states|reported|reports|"
    r"claim(?:ed|s)?(?!\s+(?:(?:more|less)\s+than\s+|over\s+|"
    r"almost\s+|nearly\s+|about\s+|around\s+|some\s+|up\s+to\s+)?(?:[£$€₹]|Rs\.?\s*\d))|"
    r"insisted|insists|insist|maintained|"
    r"maintains|reiterated|reiterates|"
    rf"repeat(?:ed|s)(?={_THAT_CLAUSE}|{_OWN_WORDS})|"
    rf"(?:answer(?:ed|s)|repl(?:ied|ies)|respond(?:ed|s)|retort(?:ed|s)|sho(?:t|ots)\s+back)"
    rf"(?={_THAT_CLAUSE}|\s*[,:]?\s*[\"“])|"
    rf"st(?:ood|ands?)\s+by(?={_OWN_WORDS})|"
    r"announc(?:ed|es)(?=(?:\s+(?:on|last|this)\s+[\w-]+)?\s+that\s)|"
    r"argued|argues|argue|added|adds|wrote|writes|alleged|alleges|allege|accused|accuses|accuse|blamed|blames|"
    r"asserted|asserts|warned|warns|warn|advised|advises|urged|urges|countered|counters|confirmed|confirms|"
    r"(?:can|(?:is|are)\s+able\s+to)\s+confirm|"  # "The club can confirm that", "is able to confirm"
    r"acknowledged|acknowledges|"
    r"admitted|admits|described|describes|called|calls|denied|denies|deny|rejected|rejects|reject|dismissed|"
    r"dismisses|dismiss|refuted|refutes|refute|rebutted|rebuts|disputed|disputes|dispute|contested|contests|"
    r"disagreed|disagrees|disagree|"
    r"(?:brush(?:ed|es)?|shrug(?:ged|s)?|laugh(?:ed|s)?|wave[ds]?)\s+(?:off|aside|away)|play(?:ed|s)?\s+down|"
    r"downplay(?:ed|s)?|hits?\s+back\s+at|hits?\s+back(?=,\s+(?:saying|posting|insisting|arguing|accusing)\b)|"
    r"push(?:ed|es)?\s+back\s+(?:on|against)|"
    rf"post(?:ed|s)(?=(?:\s+on\s+[A-Z][\w-]*)?(?:\s+that\s|:))|{REACTION_VERBS})\b")
#: Words that make a subject a court or a judge: whose "held that" is a ruling.
COURT_WORDS = frozenset("""court courts judge judges justice justices tribunal tribunals panel jury magistrate
    magistrates arbitrator arbitrators bench""".split())
#: Words that make a subject with a court's word some other body ("the Justice Department", "the judges' union").
NO_COURT_WORDS = frozenset("department ministry minister secretary union association".split())
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
#: Words that open a sentence before its subject, a comma closing them ("On Tuesday, the ministry denied",
#: "Asked about the claims, Acme Corp said", "Back in her shed, Roth was less patient"), besides those of
#: ``NOT_A_NAME_START``.
_OPENERS = frozenset("""Asked Speaking Responding Reacting Contacted Reached Writing Meanwhile Separately Still
    Instead Elsewhere Overall Nonetheless Nevertheless Afterwards Back Outside""".split())
#: Words for when, which a subject never holds ("The ministry late on Tuesday denied": the ministry).
WHEN_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
    morning afternoon evening night""".split())
#: Cues that, after a comma and before a preposition, are a participle opening an appositive ("The mayor, criticised
#: for the delay, said", "Velmor Steel, long condemned by residents, denied", "The ministry, accused of lying,
#: denied"), not the subject's verb.
APPOSED_PARTICIPLE = re.compile(r"welcomed|praised|condemned|hailed|applauded|lauded|denounced|decried|"
                                 r"critici[sz]ed|accused|advised|urged")
#: The preposition after such a participle ("criticised for", "condemned by", "hailed as", "accused of", "urged on
#: by", "advised to settle", "advised on the deal").
PARTICIPLE_PHRASE = re.compile(r"\s+(?:for|by|as|of|over|in|at|after|across|around|throughout|on|to)\b")
#: A present participle in lower case and a preposition after it opening a span ("circulating on TikTok", "living in
#: the town"): a fragment of a noun phrase that says where or how its head is, never who speaks; not "according to",
#: nor a noun ending so, a speaker's ("king of Kestoria", "wing of the party", "sibling of the victim").
PLACING_PARTICIPLE = re.compile(rf"(?!(?:according|king|wing|sibling|underling)\b)[a-z]+ing{PARTICIPLE_PHRASE.pattern}")
#: A part of a span that opens with such a participle and its preposition (", criticised by Ana Ruiz,"): whom it
#: names judged or advised the head, and speaks for it no more than "led by" does (see :func:`display_source`).
_APPOSED_PART = re.compile(rf"(?:(?:[a-z]+ly|long|much|often|once|still|already|also|well)\s+)?"
                           rf"(?:{APPOSED_PARTICIPLE.pattern}){PARTICIPLE_PHRASE.pattern}")
#: A part of a span that opens with a participle of being acted against and its preposition (", targeted by a
#: protest drive from Fair Harlow,", ", sued by Ana Ruiz,", ", fined for the leak,"): whom it names acted on the head,
#: which speaks, as after a participle of judgement (see ``_APPOSED_PART``).
_ACTED_ON_PART = re.compile(r"(?:(?:[a-z]+ly|long|much|often|once|still|already|also|well)\s+)?"
                            r"(?:targeted|sued|attacked|threatened|pressured|boycotted|fined|sanctioned|investigated|"
                            rf"charged|blamed|faulted|singled\s+out){PARTICIPLE_PHRASE.pattern}")
#: A liveblog's bare time stamp before a capitalised word, with no dash or bracket ("12:00 The ministry said",
#: "9.30am GMT Acme denied"): the sentence segments it as copy (it may be, "12:30 Club"), but a figure is never
#: a subject, so the subject is looked for after it.
_BARE_STAMP = re.compile(rf"\s*\d{{1,2}}[:.]\d{{2}}{_STAMP_MARKS}*\s+(?=[A-Z])")
#: Words before a group's plural that name it no more than a quantifier does ("Independent experts", "Various
#: groups"): weasel groups, no one named.
VAGUE_GROUP_WORDS = frozenset("independent various".split())
#: The plurals of bodies that a quantifier or a vague word leaves unnamed ("Several organisations", "Various groups").
BODY_PLURALS = frozenset("groups organisations organizations".split())
#: Plural words that count or stand for no one, weasel wording rather than a group ("Others said").
_NO_GROUP = frozenset("others all both many most some several few these those".split())


def people_plural(word: str) -> bool:
    """Whether the lower-case plural ``word`` names a group of people: an unnamed group's noun (see
    ``NAMELESS_NOUNS``: "critics", "protesters"), the plural of a person's role ("officials", "engineers"; see
    ``PERSON_ROLES``) or of a nationality ("Canadians", "Ukrainians"); not a thing's ("Sales", "Talks", "Cases",
    "Details", "News") nor weasel wording ("Others")."""
    if word in _NO_GROUP:
        return False
    single = word.removesuffix("s")
    return (word in NAMELESS_NOUNS or single in PERSON_ROLES or single in _IRREGULAR_NATIONALITIES
            or word.endswith("ians"))


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
    if keys[-1:] == ["commission"] and set(keys) & _RULING_COMMISSION_WORDS and not set(keys) & NO_COURT_WORDS:
        return True  # "The disciplinary commission": a commission ruling as a court does
    if not set(keys) & COURT_WORDS or set(keys) & NO_COURT_WORDS:
        return False
    for at, key in enumerate(keys):
        if key not in COURT_WORDS or (key.startswith("panel") and not set(keys) & (
                _COURT_PANEL_WORDS | COURT_WORDS - {"panel", "panels"})):
            continue
        word = written[at].strip(EDGE)
        if at and word[:1].isupper() and given_name_sex(written[at - 1].strip(EDGE)) is not None:
            continue  # "Tom Judge": a surname
        if _cause_named_justice(key, written, at):
            continue  # "the charity Fuel Justice": a campaign's name
        if at + 1 == len(keys) or written[at].rstrip()[-1:] in ",;:)" or keys[at + 1] in COURT_WORDS | {"of"}:
            return True
        if (keys[at + 1] in _COURT_PHRASE_OPENERS or keys[at + 1] == "hearing" and keys[at + 2:at + 3] == ["the"]) \
                and not (key == "justice" and word[:1].isupper()):
            return True  # "A federal judge in Manhattan", "The judge hearing the case"; not "Justice for Vance"
        if key in _JUDGES_TITLES and written[at + 1][:1].isupper():
            return True
    return False


def _cause_named_justice(key: str, written: list[str], at: int) -> bool:
    """Whether "Justice" at ``at`` of the ``written`` words ends a name after a capitalised word that is no judge's
    rank (see ``_JUSTICE_RANKS``): a campaign's name for its cause ("the charity Fuel Justice", "Climate Justice"),
    not "the Chief Justice" nor "Lord Justice"."""
    before = written[at - 1].strip(EDGE) if at else ""
    return (key == "justice" and at + 1 == len(written) and written[at].strip(EDGE)[:1].isupper()
            and before[:1].isupper() and before.lower() not in _JUSTICE_RANKS)


#: The words before "Justice" that make it a judge's rank or form of address ("Chief Justice", "Lord Justice",
#: "Mr Justice"), not a campaign's name.
_JUSTICE_RANKS = frozenset("chief associate lord lady mr mr. mrs mrs. ms ms. madam deputy acting senior presiding "
                           "puisne the a".split())


#: A court transcript's "Q." or "A." before a pronoun ("A. He said ..."): the answer's label, not an initial.
_QA_BEFORE_PRONOUN = re.compile(r"[QA]\.[^\S\r\n]+(?=(?:He|She|They|We|It|I|You)\b)")


@lru_cache(maxsize=_FORMS_KEPT)
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


@lru_cache(maxsize=_FORMS_KEPT)
def past_opener(text: str) -> int:
    """How many characters open the sentence ``text`` before its main clause: what :func:`_lead_length` passes
    over, then an opener up to its comma ("On Tuesday, ", "In March, ", "Asked about it, "): six words at most, or
    ``_CLAUSE_OPENER_WORDS`` for a clause of time or condition ("When the Ellis river burst its banks last March, "),
    as its own subject and verb make it longer."""
    skip = _lead_length(text)
    comma = text.find(",", skip)
    opener = text[skip:comma].split() if comma >= 0 else []
    most = _CLAUSE_OPENER_WORDS if opener and opener[0] in _CLAUSE_OPENERS else 6
    if opener and len(opener) <= most and (opener[0] in (NOT_A_NAME_START | _OPENERS) - {"The", "A", "An"}
                                           or _TIME_LAPSE.fullmatch(" ".join(opener))):
        skip = comma + 1
    return skip


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


#: A party and state tag in brackets just after a subject ("Sen. Tom Vask (R-Kessel) was ..."), or its party as a
#: member of it ("Gerald Pike (a Democrat) was ..."), no part of it.
BRACKETED_PARTY_TAG = re.compile(r" \((?:[RDI]-[^()]{1,20}|an? (?:Democrat|Republican|[Ii]ndependent))\)(?= )")
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


@lru_cache(maxsize=_FORMS_KEPT)
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


#: A body or a person, group "sayer", that speaks of an act set after a comma ("the agency" of "Officials reopened the
#: beach, a move the agency said was safe", "Velta Motors" of "..., a decision Velta Motors called painful"; see
#: ``_ACT``): "the" or "its" and a noun, or capitalised words.
_SAYER_OF_ACT = re.compile(rf",\s+(?i:an?)\s+(?:[a-z][\w-]*\s+)?{_ACT}(?P<sayer>(?i:the|its|their)\s+[a-z][\w-]*|"
                           r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:(?:also|later)\s+)?"
                           r"(?:said|says|called|calls|described|describes|welcomed|welcomes|hailed|hails|praised|"
                           r"praises|criticised|criticized|criticises|criticizes|termed|terms)\b")


def sayer_of_act(text: str) -> tuple[int, int] | None:
    """Where in the sentence ``text`` the source stands who speaks of an act after a comma (see ``_SAYER_OF_ACT``:
    "the agency" of "Officials reopened the beach, a move the agency said was safe"): what follows is theirs, not
    the subject's who did the act; ``None`` for none."""
    found = _SAYER_OF_ACT.search(text)
    return None if found is None else found.span("sayer")


def apposed_role(appositive: str) -> bool:
    """Whether ``appositive``, what a comma sets after a one-word name, is "the" or "a" and a person's role ("the
    chief executive", "the minister for health"), not a business's rank ("the market leader", see
    ``RANKING_MODIFIERS``)."""
    apposed = appositive.strip(EDGE).lower()
    role = ROLE_SERVES.split(apposed, 1)[0].split(" ")
    return (bool(LEADING.match(apposed)) and role[-1] in PERSON_ROLES
            and not RANKING_MODIFIERS.intersection(role[-2:-1]))


@lru_cache(maxsize=_FORMS_KEPT)
def is_role(word: str) -> bool:
    """Whether the lower-case ``word`` is a person's role, singular or plural ("spokeswoman", "officials")."""
    return (bool(re.fullmatch(r"spokes(?:man|woman|person|men|women|people)", word)) or word in PERSON_ROLES
            or word.removesuffix("s") in PERSON_ROLES)


#: A word of a name after an inverted cue: capitalised, a title's full stop allowed ("Mr. Haddad"; not the
#: sentence's last full stop).
NAME_AFTER_CUE_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\.(?=\s))?"


#: The last words of a title or role that a name may follow ("County Commissioner", "The President").
_TITLE_ROLES = PERSON_ROLES | TITLE_NOUNS
#: A High Court judge's title in British copy, an honorific before "Justice" ("Mr Justice" of "Mr Justice Harlow",
#: "Mrs Justice"): a title before a name, though "Justice" alone is no title of ``TITLE_NOUNS``.
_HIGH_COURT_JUDGE = re.compile(r"(?:Mr|Mrs|Ms)\.?\s+Justice")
#: The words just after a source span, one to four, each cut before a comma, stop or bracket: where a name may be.
_WORDS_AFTER_SPAN = re.compile(r"[ \t]+([^\s,;:()\[\]\"“”]+)")


#: The rest of a body's name after a span cut inside it: up to three capitalised words, the last one that ends a
#: body's or a business's name ("Property Group" after "The landlord, Castell", "Harbour Trust"), then a mark, a
#: lower-case word or the end.
_BODY_NAME_AFTER = re.compile(r"(?:\s+[A-Z][\w'’&-]*){0,2}\s+([A-Z][\w'’&-]*)(?=[,.;:!?)]|\s+[a-z]|\s*$)")
#: Words besides an institution's that end a body's name a span may be cut short of (see :func:`body_name_after`):
#: a union of states' "Nations" ("The United" of "The United Nations said") and an armed unit's ("Free Vale
#: Brigade", "Third Mountain Battalion", "Orsk Rifle Regiment", "Northern Command").
_NAME_ENDS_CUT_SHORT = frozenset("Nations Brigade Battalion Regiment Command".split())


def body_name_after(span: str, after: str) -> int:
    """How far past a source span ending in a capitalised word the body's name it is cut inside goes on, in
    characters of ``after`` (the sentence just after the span): "The landlord, Castell" before " Property Group, has
    raised the rent" reaches over " Property Group" (15), so that the body is named once, not also as "Castell"; so
    does "The Kessel" before " Philharmonic said", a company of performers', "The World Health" before "
    Organization said", a civic body's, and "The United" before " Nations said" (see ``_NAME_ENDS_CUT_SHORT``). 0
    when no such name goes on, or in a headline in title case, whose capitals say nothing."""
    words = span.strip(EDGE).split()
    if not words or not words[-1][:1].isupper() or words[-1].isupper():
        return 0
    found = _BODY_NAME_AFTER.match(after)
    if found is None or title_case(span + after):
        return 0
    last = found.group(1)
    named = (last in INSTITUTIONS or last in _PERFORMERS_ENDS or last in _CIVIC_BODY_ENDS
             or last in _NAME_ENDS_CUT_SHORT or last.lower() in BUSINESS_NAME_ENDS
             or LEGAL_FORM_END.search(" " + last))
    return found.end() if named else 0


#: A surname just after a span ending in a given name: one capitalised word, no possessive, then a lower-case word,
#: a stop, a comma or the end (" Vask" of " Vask vetoed the bill"; group 1 the surname).
_SURNAME_AFTER = re.compile(r"\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=[,.;:!?)]|\s+[a-z]|\s*\Z)")


def _given_name_ends(words: list[str]) -> bool:
    """Whether the last of a span's ``words`` is a given name: a known one, or a capitalised word just after a
    person's role in lower case or capitalised ("spokesperson Mirela", "Minister Karin")."""
    last = words[-1]
    if is_given_name(last):
        return True
    return len(words) > 1 and words[-2].lower() in PERSON_ROLES and re.fullmatch(r"[A-Z][a-z]+", last) is not None


def surname_after_given_name(span: str, after: str) -> int:
    """How far past a source span ending in a known given name the surname it stops short of reaches, in characters
    of ``after`` (the sentence just after the span): "Tom" or "Gov. Tom" before " Vask vetoed the bill" reaches over
    " Vask" (5), so that the person is named in full, as the copy's "the governor" or "Vask" may later mean them. 0
    for a body's word or a day or month after it (" Times", " Friday"), and in a headline in title case; but a month
    just before a verb of speech (see ``SAID_THEN``) is a surname: " May" of "Theresa" before " May said ...". A
    capitalised word just after a person's role counts as a given name whether known or not ("Halvex spokesperson
    Mirela" before " Dunn denied it"): a role stands before a name, and its first word opens it."""
    words = span.strip(EDGE).split()
    if not words or not _given_name_ends(words) or title_case(span + after):
        return 0
    found = _SURNAME_AFTER.match(after)
    if found is None or found.group(1) in INSTITUTIONS or re.fullmatch(WEEKDAYS, found.group(1), re.I):
        return 0
    if re.fullmatch(MONTHS, found.group(1), re.I) and not re.match(rf"\s+{SAID_THEN}", after[found.end():]):
        return 0
    return found.end()


#: A body's name just after a span ending in the body's kind ("group", "agency"): up to four capitalised words,
#: "of" or "for" allowed between, the first no weekday's nor month's (" Return Now" of "the heritage group Return Now
#: found", " Clean Horizon", " Friends of the Coast"), a possessive's ending left after it.
_NAME_AFTER_KIND = re.compile(rf"\s+((?!(?i:{WEEKDAYS}|{MONTHS})\b)[A-Z][\w.&-]*"
                              r"(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w.&-]*){0,3})(?![\w-])")


def name_after_kind(span: str, after: str) -> int:
    """How far past a source span ending in a body's kind in lower case (see ``BODY_KINDS``: "the heritage group",
    "A report by the heritage group") the body's name set just after it reaches, in characters of ``after`` (the
    sentence just after the span): " Return Now" of " Return Now found that ...", so that the body is credited by its
    name, not as "heritage group". 0 for anything else, for a name opening with a person's role ("the union
    President Tom Vell": a person), and in a headline in title case."""
    words = span.strip(EDGE).split()
    if not words or words[-1] not in BODY_KINDS or title_case(span + after):
        return 0
    found = _NAME_AFTER_KIND.match(after)
    if found is None or found.group(1).split()[0].lower() in PERSON_ROLES:
        return 0
    return found.end(1)


#: "The" and capitalised words alone, a source span cut short of the body's noun after them ("the Kestorian").
_THE_CAPITALISED = re.compile(r"[Tt]he(?:\s+[A-Z][\w'’&-]*)+")
#: One lower-case word, a source span cut short of the body's noun after it ("transport" of "the transport authority").
_BODY_FIELD = re.compile(r"[a-z]{3,}")
#: A body's noun in lower case after such a span (" ministry" of "the Kestorian ministry"), and what follows it.
_BODY_NOUN_AFTER = re.compile(r"\s+([a-z]+)(\s*[,.;:!?)]|\s*\Z)?")


def body_noun_after(span: str, after: str, cues: Iterable[int]) -> int:
    """How far past a source span of "the" and capitalised words the body's noun in lower case it stops short of
    reaches, in characters of ``after`` (the sentence just after the span): " ministry" after "the Kestorian" of
    "According to the Kestorian ministry, 40 residents signed" (9), so that the body is "kestorian ministry", as the
    copy's whole mentions name it, not also "kestorian". Only before a stop or comma, or a cue (``cues``: where in
    ``after`` a cue span starts: "the Ostby" of "the Ostby council denied it"); 0 otherwise, and for a possessive's
    ("the Kestorian's ministry") or a headline's words in title case. So too a span of one lower-case word of what
    the body does, right before the cue (see ``_BODY_FIELD``: "transport" of "The regional transport authority
    announced"), which alone names no one."""
    words = span.strip(EDGE)
    field = (_BODY_FIELD.fullmatch(words) is not None and words not in PRONOUNS and words not in BODY_NOUNS
             and words not in PERSON_ROLES)
    if (not field and not _THE_CAPITALISED.fullmatch(words)) or span.rstrip(EDGE).endswith(("'s", "’s")):
        return 0
    found = _BODY_NOUN_AFTER.match(after)
    if found is None or found.group(1) not in BODY_NOUNS or title_case(span + after):
        return 0
    closed = (found.group(2) is not None and not field) or any(
        found.end(1) < cue and not after[found.end(1):cue].strip() for cue in cues)
    return found.end(1) if closed else 0


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
    titled = words[-1].lower().rstrip(".") not in _TITLE_ROLES and TITLE.match(words[-1] + after) is not None
    role = words[-1].lower().rstrip(".") in _TITLE_ROLES or _HIGH_COURT_JUDGE.fullmatch(" ".join(words[-2:]))
    if (not role and not titled) or title_case(span + after):
        return 0
    found: list[re.Match[str]] = []
    pos = 1 if titled and after.startswith(".") else 0
    while len(found) < _NAME_WORDS and (word := _WORDS_AFTER_SPAN.match(after, pos)):
        found.append(word)
        pos = word.end()
    names = [w.group(1).rstrip(".!?") for w in found]
    for count in range(len(names), 0, -1):
        name = names[:count]
        if (is_name(name) and not POSSESSIVE.search(name[-1]) and text_key(name[-1]) not in WHEN_WORDS
                and (count == len(names) or not names[count][:1].isupper())):
            return found[count - 1].start(1) + len(name[-1])
    return 0


#: A role written in lower case ending a source span's words before what it serves ("the firm's chief executive",
#: "the Green leader" of "the Green leader of the Senate"; group 1 is the role's word), a span's words up
#: to its first word of what the role serves (see ``_SERVED_PART``).
_ROLE_IN_LOWER_CASE = re.compile(r"(?:[\w'’.&-]+\s+){0,5}?([a-z][\w'’-]*)")
_SERVED_PART = re.compile(r"\s+(?:of|for|at|to|in|with|from)\s")
#: A personal name after such a span, a comma before it or not (group 1), that ends the speaker's words: a mark but a
#: comma opening a list's next member (", and"), the end, or a cue or a word of where, when or who after it (", Rena
#: Tolle." of "said the Green leader of the Senate, Rena Tolle.", " Ana Roe said").
_PERSON_AFTER_ROLE = re.compile(
    rf",?[^\S\r\n]+({NAME_AFTER_CUE_WORD}(?:[^\S\r\n]+{NAME_PARTICLE_RUN}{NAME_AFTER_CUE_WORD}){{1,3}})"
    r"(?=\s*(?:[;:!?()–—]|,(?!\s*(?:and|or)\b)|\.(?!\s+[A-Z])|$)|\s+(?:said|says|told|tells|added|adds|wrote|"
    r"writes|denied|denies|insisted|insists|argued|argues|warned|warns|in|on|at|who|during|last|this|yesterday|"
    r"today|earlier)\b)")


def name_after_role(span: str, after: str) -> int:
    """How far past a source span that holds a person's role in lower case, and no name, the personal name set after
    it reaches, in characters of ``after`` (the sentence just after the span): "the firm's chief executive" before
    " Ana Roe said" reaches over " Ana Roe", and "the Green leader of the Senate" before ", Rena Tolle." over
    ", Rena Tolle", so that the person is credited, not their role. The role is the last word before the span's
    first "of", "for", "at", "to", "in", "with" or "from", in lower case, one person's (see ``PERSON_ROLES``); the
    name two to four capitalised words, a known given name first or none of a firm's or body's words (see
    :func:`personal_name`), ending the speaker's words (see ``_PERSON_AFTER_ROLE``: not "the mayor, Tom Vell and
    Ana Ruiz", a list). 0 for anything else, for a role serving another role ("an aide to the mayor, Tom Vell": the
    name may be the mayor's), and in a headline in title case."""
    words = span.strip(EDGE)
    if not words or not after[:2].lstrip(",")[:1].isspace():
        return 0
    served = _SERVED_PART.search(words)
    role = _ROLE_IN_LOWER_CASE.fullmatch(words[:served.start()] if served else words)
    if role is None or role.group(1) not in PERSON_ROLES or title_case(span + after):
        return 0
    if served and is_role(words.rpartition(" ")[2]):
        return 0  # "an aide to the mayor, Tom Vell": the name may be the mayor's
    found = _PERSON_AFTER_ROLE.match(after)
    if found is None or not personal_name(found.group(1).split()):
        return 0
    return found.end(1)


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
    """How a transcript's speaker label (see :func:`framing.turns.speaker_turns`) shows its speaker: as written,
    a label in capitals in title case ("SEN. JANE ROE" → "Sen. Jane Roe", "O'BRIEN" → "O'Brien", "SEN. MCCONNELL"
    → "Sen. McConnell", "HOST" → "Host"), a word without a vowel kept as an acronym ("CNN"), and so is one of two or
    three letters ("ABC NEWS ANCHOR" → "ABC News Anchor", "UN ENVOY") but a title ("DR."), a short first name
    (see :func:`_short_first_name`: "TOM ARDLEY" → "Tom Ardley") or a short surname after a name or title ("JANE
    ROE", "DR. LEE"). :meth:`SourceIndex.add` then reads it as any source span, so that "Sen. Jane Roe" is "jane roe"
    and a later "ROE:" joins her. An aside in brackets is dropped ("SEN. JANE ROE (D-NY)", "ROE (via telephone)"),
    but for a person's name in title case after a role in capitals, which is the speaker's (see
    :func:`_holder_in_brackets`: "CHAIR (Rosa Lindqvist)" → "Rosa Lindqvist"). A
    name in capitals before a description with lower case is shown so, the description as written ("MARA VELLIN,
    former aide" → "Mara Vellin, former aide"); so is one before a role in capitals ("ANA RUIZ, HOST" → "Ana Ruiz,
    Host", not "ANA Ruiz")."""
    holder = _holder_in_brackets(label)
    if holder is not None:
        return holder
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


#: A speaker's label of words in capitals and an aside in brackets after them ("CHAIR (Rosa Lindqvist)"; group 1 the
#: words, group 2 the aside).
_LABEL_WITH_ASIDE = re.compile(r"([^()a-z]+?)\s*\(([^()]+)\)")


def _holder_in_brackets(label: str) -> str | None:
    """The person a committee's or court's transcript names in brackets after the role its label writes in capitals
    ("Rosa Lindqvist" of "CHAIR (Rosa Lindqvist)", of "MEMBER (Daniel Okafor)"): two or three words in title case
    opening with a given name, not a party ("(D-NY)") nor how they spoke ("(via telephone)"); ``None`` for none."""
    found = _LABEL_WITH_ASIDE.fullmatch(label.strip())
    aside = found.group(2).strip() if found else ""
    words = aside.split()
    return aside if (2 <= len(words) <= 3 and not aside.isupper() and is_given_name(words[0])
                     and is_name(words)) else None


def _short_first_name(words: list[str]) -> bool:
    """Whether the first of a label's ``words`` in capitals, of three letters, is a first name, not an acronym: it is
    spelt as a name is (see ``_SHORT_NAME``: "TOM", "IAN", "JOE", "AMY", "ANN"; not "ABC", "IMF", "UAE", nor one of
    ``_NAME_SHAPED_ACRONYMS``: "GOP", "DOJ") in a person's name of two or three words, none after the first a role, a
    body's noun or an acronym's word ("TOM ARDLEY", "AMY LI"; not "ITV HOST", "EPA CHIEF", "CIA AGENT", "ABC NEWS",
    "EU COMMISSION", "EPA SOURCE")."""
    return (2 <= len(words) <= 3 and _SHORT_NAME.fullmatch(words[0]) is not None
            and words[0] not in _NAME_SHAPED_ACRONYMS
            and all(_VOWELS & set(word) and word.replace("'", "").replace("’", "").replace("-", "").isalpha()
                    and not is_role(word.lower()) and word.lower() not in _NOT_SURNAMES
                    for word in words[1:]))


def _shown_word(word: str, before: str | None) -> str:
    """How the word in capitals ``word`` of a speaker's label is shown after the word shown ``before`` (see
    :func:`speaker_display`)."""
    letters = "".join(ch for ch in word if ch.isalpha())
    bare = letters.lower()
    if before is not None and bare in HEADLINE_SMALL_WORDS:
        return word.lower()  # "HEAD OF UN AGENCY": "Head of UN Agency"
    if bare in _LABEL_TITLES:
        return word.title()  # "DR.", "SEN.", "MS"
    if len(letters) <= 3:
        # an acronym ("ABC", "UN", "EU"), but a short surname after a name or title ("JANE ROE", "DR. LEE")
        name_before = (before is not None and before[:1].isupper() and not before.isupper()
                       and before.lower().strip(".") not in HEADLINE_SMALL_WORDS)
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


def same_country(country: str, nationality: str) -> bool:
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
    of "niger" too, which :func:`same_country` settles for the longer country, "nigeria"."""
    return any(nationality.endswith(end) and len(nationality) - len(end) >= _PLACE_STEM
               and nationality[:len(nationality) - len(end)] == country[:len(country) - cut]
               for end, cut in _COUNTRY_ADJECTIVE_ENDS)


def _one_country(key: str) -> str:
    """The key of the country whose capital is ``key`` ("china" of "beijing", see ``_CAPITALS``), or of the country
    ``key`` by its first name there ("turkey" of "türkiye", which shares its capital), else ``key``."""
    folded = without_accents(key)
    countries = SEATS.get(folded) or (SEATS[_SEATS_OF[folded][0]] if _SEATS_OF.get(folded) else ())
    return countries[0] if countries else key


@lru_cache(maxsize=_FORMS_KEPT)
def government_of(key: str) -> str | None:
    """The key of the country whose government the source key ``key`` names (see :func:`_one_country`): a
    country's name in one word or a capital's ("china", "beijing"), or a government with a country's name, its
    nationality or its capital ("chinese government", "china's government", "government of china"); ``None``
    for anything else ("federal government", "the government")."""
    found = GOVERNMENT_OF.fullmatch(key)
    owner = _one_country(found[1] or found[2] if found else key)
    if owner in _COUNTRY_KEYS or owner in _SEATS_OF:
        return owner
    named = _COUNTRY_KEYS | _SEATS_OF.keys()
    countries = {_one_country(country) for country in named if same_country(country, owner)} if found else set()
    return next(iter(countries)) if len(countries) == 1 else None


def same_government(subject: str, source: str) -> bool:
    """Whether the subject ``subject`` of a sentence, as written, names the government the source key ``source``
    names or speaks for, so that it is no one else (see :meth:`framing.credits._Credits.someone_else`): one
    country's government, capital or name, or one of its ministries ("Beijing" after "china's foreign ministry",
    "the chinese government" or "china": see :func:`government_of`, :func:`_ministry`), or the U.S. president
    written with the country ("U.S. President Tom Vance") after the White House, which speaks for him; a president
    written without it may be another country's ("President Tarek Osman") and is not."""
    if source == "white house":
        return _US_PRESIDENT.match(subject) is not None
    country = _governed(without_accents(text_key(display_source(subject))))
    return country is not None and country == _governed(without_accents(source))


#: The U.S. president as a subject is written ("U.S. President Tom Vance", "the US president", "American President
#: Roe"): the one the White House speaks for.
_US_PRESIDENT = re.compile(r"(?:the\s+)?(?:U\.\s?S\.|US|United\s+States|American)\s+[Pp]resident\b")


def _governed(key: str) -> str | None:
    """The key of the country whose government the source key ``key`` (without accents) names (see
    :func:`government_of`: "china" of "beijing", "china's government") or one of whose ministries or departments
    it names, by its country or nationality ("china's foreign ministry", "chinese foreign ministry": see
    :func:`_ministry`); ``None`` for anything else ("foreign ministry", "state department")."""
    ministry = _ministry(key)
    if ministry is None:
        return government_of(key)
    _, country, words = ministry
    return government_of(f"{country or words[0]} government") if country or words else None


def _nationality_list(form: str) -> bool:
    """Whether ``form`` opens with a list of nationalities before a lower-case word ("German, French officials",
    "Kenyan, Ugandan and Tanzanian police"; see ``_CAPITALISED_LIST``): each word a nationality or ending as one
    (``_NATIONALITY_ENDINGS``) and no known given name, and one of them a nationality or with a strong ending
    (``_STRONG_NATIONALITY_ENDINGS``: "Veldoran, Kestorian officials"); "Putin, Erdogan allies" is no such list."""
    words = listed_words(form)
    return bool(words) and all(_nationality(word) or (word.endswith(_NATIONALITY_ENDINGS)
                                                      and given_name_sex(word) is None) for word in words) and any(
        _nationality(word) or word.endswith(_STRONG_NATIONALITY_ENDINGS) for word in words)


def unsure_list(text: str) -> bool:
    """Whether the source span ``text`` is read as a list of nationalities holding a word that is no known one
    ("Veldoran, Kestorian officials": see :func:`_nationality_list`), a word the document may name as a person
    elsewhere, which then cuts the list (see :meth:`SourceIndex.add`)."""
    return any(not _nationality(word) for word in listed_words(display_source(text)))


def described_body(text: str) -> bool:
    """Whether the source span ``text`` describes a body by its kind or a state body's noun in lower case, its first
    letter aside, as a headline does ("Rights group", "Aid agency", "rights NGO", "Water ministry"; see
    ``BODY_NOUNS``): no name, so the body the rest of the document names, described so, is the one it means (see
    :meth:`SourceIndex.add`)."""
    words = display_source(text).split(" ")
    return (len(words) <= 3 and (words[-1].lower() in BODY_NOUNS or words[-1] == "NGO")
            and all(word.islower() for word in [word[1:] for word in words[:1]] + words[1:-1])
            and not JOINERS & {word.lower() for word in words})


#: Words before a post's noun that say which post it is, as a headline writes them in lower case ("prime" of "Prime
#: minister", a portfolio of ``PORTFOLIOS``: "Health minister", "Transport minister").
_POST_WORDS = frozenset({"prime", "foreign"}) | {portfolio.lower() for portfolio in PORTFOLIOS}


def described_post(text: str) -> bool:
    """Whether the source span ``text`` describes a person by a post of two or three words in lower case, its first
    letter aside, as a headline does ("Health minister", "Prime minister", "Chief executive": a portfolio's or a
    role's words before a role's noun, see ``_POST_WORDS``; of two words, any word before the role's noun: "Port
    chief", whom the copy names "chief executive of the Port of Vell"): no name, so the one person the rest of the
    document names in that post is the one it means (see :meth:`SourceIndex.add`)."""
    words = display_source(text).split(" ")
    lowered = [word.lower() for word in words]
    return (1 < len(words) <= 3 and all(word.islower() for word in [word[1:] for word in words[:1]] + words[1:])
            and lowered[-1] in PERSON_ROLES
            and (len(words) == 2 or all(word in _POST_WORDS or word in PERSON_ROLES for word in lowered)))


def listed_words(form: str) -> list[str]:
    """The capitalised words, in lower case, of the list ``form`` opens with (see ``_CAPITALISED_LIST``); none
    when it opens with no such list."""
    found = _CAPITALISED_LIST.match(form)
    return [word.lower() for word in re.findall(r"[A-Z][a-z]+", found.group(1))] if found else []


@lru_cache(maxsize=_FORMS_KEPT)  # each call reads every country's name
def _nationality(word: str) -> bool:
    """Whether ``word``, in lower case, is a known nationality: one of ``_IRREGULAR_NATIONALITIES`` or a country's
    name with a nationality's ending ("kenyan", "chinese", "israeli": see :func:`_adjective_of`)."""
    return word in _IRREGULAR_NATIONALITIES or any(_adjective_of(country, word) for country in _COUNTRY_KEYS)


#: Function words and sentence adverbs that open a sentence before a name and begin none ("Of Clinton: ...",
#: "Though Weiner said", "Only Acme said"), besides those of ``NOT_A_NAME_START``.
OPENING_FUNCTION_WORDS = frozenset("""Of Though Like Unlike Among Amid Over Against Through Without Within Per Via
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
    opener, an article, a day or month, a function word or an adverb does (``NOT_A_NAME_START``, ``_OPENERS``,
    ``OPENING_FUNCTION_WORDS``, ``_ADVERB``: "Meanwhile", "On", "Of", "Though", "Finally"), nor a person's role,
    title, trade, party or standing ("Coach", "Striker", "Novelist", "Republican", "Skipper": ``_BEFORE_A_PERSON``),
    a nationality ("Portuguese"), a known given name (the model marks a person's whole name) or a pronoun."""
    lowered = word.lower()
    return (word[:1].isupper() and word[1:].islower()
            and word not in NOT_A_NAME_START | _OPENERS | OPENING_FUNCTION_WORDS | _BEFORE_A_PERSON
            and not _ADVERB.fullmatch(word) and not _TRADE_ENDING.fullmatch(word)
            and lowered not in PRONOUNS | PERSON_ROLES and not ROLE_WORD.fullmatch(word)
            and not _nationality(lowered) and given_name_sex(word) is None)


#: The capitals of ``_CAPITALS`` by their keys without accents ("bogota"), each with its country's keys so.
SEATS = {without_accents(seat.lower()): tuple(map(without_accents, countries))
          for seat, countries in _CAPITALS.items()}
#: A government named by its country, written before it or after "of" (group 1 or 2): "chinese government",
#: "china's government", "government of china" (see :func:`government_of`).
GOVERNMENT_OF = re.compile(r"(?:(.+?)(?:'s)?\s+government|government\s+of\s+(?:the\s+)?(.+))")
#: A country's key without accents, and the keys of its capitals (two spellings: "kyiv", "kiev").
_SEATS_OF = {country: tuple(seat for seat, of in SEATS.items() if country in of)
             for countries in SEATS.values() for country in countries}


#: Nouns a definite description names a business by ("the carmaker", "the bank", "the company"), which may mean a
#: body credited just before that is or may be a business ("Ford said ... The carmaker said": see
#: :meth:`SourceIndex._body_credited_last`).
BUSINESS_DESCRIPTIONS = COMPANY_WORDS | frozenset("""carmaker automaker airline insurer miner retailer bank lender
    conglomerate drugmaker chipmaker utility railway railroad publisher""".split())
#: Nouns for a civic body ("the charity", "the NGO", "the watchdog"), and the words of a body's name that show it is
#: one ("Civic Watch Network", "Harbour Relief Trust", "Tax Foundation").
CIVIC_DESCRIPTIONS = frozenset("charity ngo watchdog".split())
#: A body described by its kind of business or work alone ("the carmaker", "the airline", "the developer", "the
#: charity"): every story has its own, so written so in lower case such a source names no one (see
#: :func:`framing.profile.generic_source`).
NAMELESS_BUSINESSES = BUSINESS_DESCRIPTIONS | TRADE_KINDS | CIVIC_DESCRIPTIONS
_CIVIC_NAME_WORDS = frozenset("""network watch watchdog foundation trust coalition alliance association institute
    society centre center fund campaign movement league federation forum initiative project international club
    charity organisation organization union chamber""".split())
#: The same words for :mod:`framing.profile`, which reads "the group's director" as one of such a body (see
#: ``framing.denials._civic_group_meant``).
CIVIC_NAME_WORDS = _CIVIC_NAME_WORDS


#: The words of a newspaper's name ("Kessel Times", "Daily Harbour", "Varna Herald"), which "the paper", "the
#: newspaper" and "the daily" may mean; "journal" only for the last two: "the paper" after a journal may be a study.
PAPER_NAME_WORDS = MASTHEAD_WORDS | frozenset("star sun record standard register argus advertiser clarion".split())
#: The last words of a business's name ("Royal Bank of Scotland Group", "Velta Holdings", "General Motors", "Corvane
#: Foods", "Tessel Midstream", an airline's "Velmar Air", "Brennor Biologics", a maker of medical goods's "Calloway
#: Medical", "Orrin Devices", "Vell Healthcare", "Brenford Aggregates"; a tech firm's "Marrick Electronics", "Quillon
#: Space", "Vantor Payments"; a mine's, a port's, a rail operator's or a haulier's "Ostrava Coal", "Calloway Terminals",
#: "Northline Rail", "Tarnside Haulage"; a shop's, a maker's of household goods or a courier's "Halvery Appliances",
#: "Corran Electricals", "Pellow Pharmacy", "Swiftway Couriers"), which make two capitalised words a business's rather
#: than a person's.
BUSINESS_NAME_ENDS = frozenset("""group company corporation holdings bank motors air airlines airways insurance mining
    pharmaceuticals pharma systems dynamics electric industries technologies foods brands beverages chemicals
    petroleum logistics energy power utilities midstream pipelines renewables biologics biotech biosciences
    therapeutics diagnostics genomics robotics analytics textiles semiconductor semiconductors aerospace
    medical devices healthcare biopharma
    lines freight railway railways railroad ferries buses stores supermarkets telecom telecoms
    broadcasting shipping maritime navigation tankers oil farms dairies water pictures studios films records
    media publishing aggregates cement quarries steel metals refining plastics
    electronics networks computing space payments photonics instruments
    coal collieries terminals docks rail haulage bakeries
    appliances electricals retail retailers grocers pharmacy pharmacies couriers parcels fashion clothing furniture
    toys cosmetics""".split())
#: Of those, the trades that name only a business, never a person or a state's body ("Ostrava Chemicals", "Velta
#: Motors"; not "Group" nor "Bank": "World Bank"), and an investment firm's last words but a fund's or its investors'
#: ("Grayfin Research", "Orrin Capital", "Tarn Partners": see ``INVESTOR_NAME_ENDS``; not "Monetary Fund") and a
#: tech firm's ("Ember Labs", "Juniper Social", "Beacon Metrics", "Nimbus Software") and a builder's or a landlord's
#: ("Brackley Homes", "Quayside Developments", "Orrin Properties", "Northvale Housing", a letting agent's "Dunmore
#: Lettings"), and an arms maker's or a shipbuilder's ("Stahlwerk Arms", "Kell Munitions", "Vell Ordnance", "Orsk
#: Shipyards"), as keys: capitalised words ending in one are a company's name, whose first word alone joins it
#: ("Grayfin").
FIRM_NAME_ENDS = ((BUSINESS_NAME_ENDS - frozenset("group company corporation holdings bank insurance".split()))
                   | (INVESTOR_NAME_ENDS - frozenset("fund funds investors".split()))
                   | frozenset("""labs software metrics social homes housing developments properties lettings arms
                                munitions armaments ordnance shipbuilders shipyards""".split()))
#: Words that, marked alone as a source, only qualify the noun after them (see
#: :func:`framing.credits._modifier_grown`): an article, or an adjective of how new, how secret or how senior a
#: document or its makers are; none of them a ministry's portfolio ("a leaked ministry memo").
LONE_MODIFIERS = frozenset("""the a an new latest earlier recent fresh further additional leaked secret internal
    confidential classified unpublished preliminary senior""".split())
#: Capitalised words that name no body: months and weekdays ("In March, the company said").
CALENDAR = re.compile(rf"(?:{_MONTH}|(?i:{WEEKDAYS}))")


#: Words for a person a business may be named after, besides ``PERSON_ROLES`` ("Tory Burch, the designer",
#: "founder Ralph Lauren").
NAMESAKE_ROLES = frozenset("designer founder co-founder".split())


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


def age_or_nationality(bare: str) -> bool:
    """Whether the key ``bare`` describes a person by age, by a player's ranking or by nationality alone
    ("43-year-old", "world no. 3", "portuguese", "spaniard": see ``PERSON_DEMONYMS``), as sports and features copy
    does: the one person described so earlier (see :meth:`SourceIndex._person_so_called`), else a nameless person's
    description."""
    return (bool(AGE_ALONE.fullmatch(bare) or RANK_ALONE.fullmatch(bare))
            or (" " not in bare and (_nationality(bare) or bare in PERSON_DEMONYMS)))


#: A US lawmaker's party and state after the name ("D-Ohio", "(R-Fla.)", "R-S.C.", "R-TX"): group 1 the state.
PARTY_STATE = re.compile(r"(?<![\w-])([RDI])-\s?([A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)")


#: What follows a role's head noun when the role says what it serves ("minister for health").
ROLE_SERVES = re.compile(r" (?:for|of) ")


def _group_opening(word: str) -> bool:
    """Whether the lower-case first ``word`` of a capitalised source opens a group, not a personal name ("Other
    Netizens", "Several Residents": see ``QUANTIFIERS``), whose later "he" or "she" is no one of them; "One
    Democrat" is one person."""
    return word == "other" or (word in QUANTIFIERS and word != "one")


#: Words that end a company of performers' name ("Harbour Symphony Orchestra", "Kessel Opera", "Orsk Sinfonia").
_PERFORMERS_ENDS = frozenset("Orchestra Philharmonic Symphony Sinfonia Choir Ballet Opera".split())
#: Words that end a learned society's, a clinic's or another civic body's name ("Kestorian Pediatric Society",
#: "Patient Safety Forum", "Orrin Fertility Clinic"), never a person's.
_CIVIC_BODY_ENDS = frozenset("""Society Organisation Organization Institution Forum Consortium Clinic Registry
    Initiative Partnership Collective Directorate Inspectorate""".split())
#: Words that end an organisation's or a venue's name, never a person's (see :func:`person_like`), a company of
#: performers' among them.
_BODY_OR_VENUE_ENDS = INSTITUTIONS | PLACE_ENDS | _PERFORMERS_ENDS | _CIVIC_BODY_ENDS


#: The last words of a national relief society's name, a charity's ("Kestorian Red Cross", "Orsk Red Crescent"), as
#: a key ends with them: never a person's, though "Cross" and "Crescent" alone may be surnames.
RELIEF_SOCIETY_END = re.compile(r"(?<![\w'’-])red (?:cross|crescent)$")


def given_surname(words: list[str]) -> bool:
    """Whether the words of a name in lower case are a known given name and one word more, a surname though a firm's
    last word too ("Tom Steel", "Ana Power"; see ``FIRM_NAME_ENDS``)."""
    return len(words) == 2 and is_given_name(words[0])


@lru_cache(maxsize=_FORMS_KEPT)
def person_like(name: str, original: str) -> bool:
    """Whether the canonical ``name`` is written in ``original`` as a personal name: capitalised words
    (particles allowed, and glued ones: "al-Assad") not ending in an organisation's or a venue's word (see
    ``PLACE_ENDS``: "The Vellmouth Maritime Museum said ... The museum said" is one body), so "presidential
    debate Politifact" or "the Justice Department" never lend their last word to a later bare mention, nor in a
    club's ("Harlow Rovers": see ``CLUB_ONLY_ENDS``), which no "he" means, nor in a firm's after all but a given
    name ("Tom Steel": see :func:`given_surname`). Kept once read: the source index asks it
    of a span's name by several rules."""
    words = [w.strip(EDGE) for w in name.split(" ")]  # trimmed as ``written`` is: "F." of "John F. Kennedy"
    if _group_opening(words[0]) or RELIEF_SOCIETY_END.search(name):
        return False
    written = [w.strip(EDGE) for w in original.split()]
    lowered = [w.lower() for w in written]
    for i in range(len(written) - len(words) + 1):
        if lowered[i:i + len(words)] == words:
            return (all(_name_word(written[i + j]) or words[j] in PARTICLES for j in range(len(words)))
                    and written[i + len(words) - 1] not in _BODY_OR_VENUE_ENDS
                    and (words[-1] not in FIRM_NAME_ENDS or given_surname(words))
                    and words[-1] not in CLUB_ONLY_ENDS)
    return False
