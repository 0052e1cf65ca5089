"""The words sources are written with: titles, ranks, roles, trades, bodies' nouns, countries, pronouns and
the regular expressions built from them alone. Word lists only: what reads a mention is in the modules
that import them (:mod:`framing.source_keys`, :mod:`framing.person_names`, :mod:`framing.source_roles`).
"""

from __future__ import annotations

import re

from .furniture import GLUED_PARTICLES as _GLUED
from .furniture import LINK_LABELS
from .textlines import NAME_PARTICLES
from .turns import MASTHEAD_WORDS

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
#: "globex holdings ltd" "globex holdings" or "globex", "initech group plc" "initech" (see :func:`short_for`).
LEGAL_FORMS = (r"corp|corporation|inc|ltd|limited|llc|llp|plc|co|holdings|group|gmbh|kgaa|oyj|spa|s\.p\.a|s\.a\.s|"
                r"s\.a|n\.v|sa|se|nv|bv|ab|asa|a/s|pty|sarl")
#: How a business report refers back to the company it is about.
COMPANY_WORDS = frozenset("company firm corporation".split())
#: Lower-case nouns for a kind of body, which its name follows ("the watchdog Ofcom", "consumer group Which?").
BODY_KINDS = frozenset("""group agency watchdog firm charity union company organisation organization party
    network coalition campaign regulator broadcaster newspaper association alliance foundation institute
    movement newsletter magazine tabloid authority gang cartel""".split())
#: Lower-case nouns that say what a body is but not which ("the company", "the ministry", "police"): the kinds
#: above, a business, and the bodies of a state ("the council" too: two documents' councils are most likely two,
#: and a wrong join misleads more than a missed one; not "senate", which US copy writes capitalised for one).
BODY_NOUNS = BODY_KINDS | COMPANY_WORDS | frozenset("""ministry department office bureau authority board
    commission committee court tribunal government administration police army navy coastguard embassy consulate
    bank fund trust presidency command council cabinet parliament assembly municipality""".split())
#: Nouns of a body that a named owner in the possessive may have ("dispute panel" of "The Trade Council's dispute
#: panel", "appeals committee"): a state's or a business's (``BODY_NOUNS``) or a panel or delegation of people.
OWNED_BODY_NOUNS = BODY_NOUNS | frozenset("panel delegation".split())
#: A relative's noun ("cousin", "brother-in-law", "stepdaughter", "widow"): a person's tie to someone else in the
#: story, most often one of the same surname, so that a given name spelled another way is no respelling.
KIN = (r"(?:(?:great-)?(?:grand|step|half-)?(?:father|mother|son|daughter|brother|sister|parent|child|children)"
       r"|cousin|uncle|aunt|nephew|niece|wife|husband|widow|widower|sibling|relative|twin|fianc[ée]e?|grandchild"
       r"|grandparent|in-law)(?:s|-in-law)?(?![\w'’-])")
#: A relative's noun alone, the whole of a word (see ``KIN``: "daughter", "brother-in-law"): as a word before a given
#: name ("his daughter Jean") or the head of a subject a named person owns ("Tom Vask's widow").
KIN_WORD = re.compile(KIN)

#: Police ranks written in capitals before a name in Nigerian, Ghanaian and Indian copy ("SP Williams Aya", "DGP", "DSP
#: Ravi Lund"), read as titles only before two capitalised words, neither a firm's (see ``FIRM_WORDS``: "SP Setia",
#: "SP Setia Bhd", "ACP Group", "DSP Mutual Fund" stay), or before a surname the document gave a person (see
#: ``SourceIndex.add``); "AIG" and "CP", firms' names too ("AIG Financial Products", "CP Rail"), only with a full
#: stop ("CP. Hakeem Odumosu").
POLICE_RANKS = r"SP|DSP|ASP|ACP|DCP|CSP|DIG|IGP|DGP"
STOPPED_RANKS = r"AIG|CP"
#: Words of a firm's or a body's name, none a person's, after a rank ("DSP Mutual Fund", "DCP Midstream
#: Corporation", "SP Jain Institute", "DIG Airport Police"): legal forms, bodies' nouns, and words of business.
FIRM_WORDS = "|".join([LEGAL_FORMS, *sorted(BODY_NOUNS), *"""bhd berhad mutual managers management investment
    investments institute school college university team sales finance financial midstream energy capital foods
    global international properties industries partners airport rail""".split()])
#: Two capitalised words after a rank, each read as a word of a person's name: neither a firm's word, plural or not.
_NAME_AFTER_RANK = (rf"\s+(?-i:(?!(?i:{FIRM_WORDS})s?\b)[A-Z][a-z][\w'’-]*\s+"
                    rf"(?!(?i:{FIRM_WORDS})s?\b)[A-Z][a-z])")
#: Abbreviated titles, with or without a full stop ("Det Supt Sarah Jones", "Rear Adm. Daniel Hagari", "Cllr
#: Nadia Brennock", "Asst. Prof. Lena Moravec", "Det Ch Insp Ravi Lund"), a "state" or "former" before one too ("State
#: Sen. Ada Moe"), a party before "Sen.", "Rep." or "Gov." and a capitalised word ("GOP Rep McKell" of a headline,
#: "Democratic Sen. Ada Moe": not "GOP Reps"), and Ireland's police, "Garda", before a rank ("Garda Supt Niamh
#: Byrne"), a priest's "Father", a cleric's "Rev.", "Reverend", "Rt Rev", "Most Rev." or "Very Rev" and
#: "Monsignor", a religious order's "Brother" and "Sister" before a name of two words ("Brother Colm Farrelly",
#: "Sister Ann Kealy"; not "Brother Industries" nor "Sister Sledge", nor a firm's or a board's three words or more,
#: "Sister Lake Water Board"),
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
                    rf"(?-i:Brother|Sister)(?={_NAME_AFTER_RANK}[\w'’-]*(?![\w'’-]|\s+(?-i:[A-Z])))|"
                    rf"shri(?!\s+\S+\s+(?:{FIRM_WORDS})s?\b)|smt|alhaji|mallam|comrade|engr|atty|"
                    r"dat(?:uk|o['’]?)(?:\s+s(?:e)?ri)?|(?:tan|puan)\s+sri|"
                    r"(?:barr|amb|pres|alh|ald|comm|ofc|sup|del|sens|reps|govs)(?=\.)|"
                    r"(?:senators|representatives)(?=\s+(?-i:[A-Z])[\w'’.-]*\s+(?-i:[A-Z]))|"
                    r"\((?:mrs|mr|ms|miss|dr|prof|rtd|retd|ret)\.?\)|"
                    r"herr|frau|se[nñ]ora?|bapak|(?:sra?|ir|ust|kol|inf)(?=\.)|dipl\.-ing|"
                    r"mlle|(?-i:M)(?=\.\s+(?-i:[A-ZÀ-ÖØ-Þ][a-zß-ÿ]))|(?-i:(?:Sig|Dott|On|Mgr)(?=\.)|Sig\.ra|Dott\.ssa)|"
                    rf"(?-i:Ibu(?=\s+[A-Z][^\s-]*(?:\s|$)))(?!(?:\s+\S+)?\s+(?:{FIRM_WORDS})s?\b)|"
                    rf"(?-i:{POLICE_RANKS})(?=\.?{_NAME_AFTER_RANK})|(?-i:{STOPPED_RANKS})(?=\.{_NAME_AFTER_RANK})"
                    r")\.?\s+"
                    r"(?!(?:Z|X|Alpha|Hai|Norske)\b))+", re.I)

#: A liveblog's banner before the entry ("[10:05] ", "BREAKING: ", "Update 3 - ", "UPDATED -- ", "ANALYSIS - "; not
#: "[Name withheld]"): a label, whose word is no one's name.
#: The labels of a line that links to another story ("Read more: ", "See also: ", "Related coverage: ").
ANY_LINK_LABEL = "|".join(r"\s+".join(map(re.escape, label.split()))
                          for label in sorted(LINK_LABELS, key=lambda label: (-len(label), label)))
#: A link's label opening a line ("Read more: Minister denies ..."): a promotion, whose words are no one's here.
LINK_LABEL = re.compile(rf"\s*[(\[]?(?:{ANY_LINK_LABEL})\s*:", re.I)

#: A fact-check's label opening a sentence before its colon ("CLAIM:", "Verdict:", "THE FACTS:", "Our verdict:"): the
#: page's furniture, which the writer's loaded wording never holds, though "claim" alone may be loaded elsewhere, and
#: which is no part of a source after it ("Claim: The embassy said": the embassy's).
FACT_CHECK_LABEL = re.compile(r"\s*(?:(?:THE|OUR)\s+)?(?:CLAIMS?|VERDICT|RATING|RULING|FACTS?|FACT[\s-]CHECK|"
                              r"CONTEXT)\s*:"
                              r"|\s*(?:(?:The|Our)\s+)?(?:Claims?|Verdict|Rating|Ruling|Facts?|Fact[\s-]check)\s*:"
                              r"|\s*(?:The|Our)\s+(?:verdict|rating|ruling)\s*:")
#: A month's name, in full or shortened ("March", "Jan.", "Sept").
MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")

#: A clause that sets a source apart from the work it comments on, with "who was" or without ("not involved in the
#: study" of "Experts not involved in the study said", "who were not affiliated with the trial"): up to and with
#: the work's noun (group "work"), which the speaker did not do; the clause describes the speaker, never speaks.
UNINVOLVED = re.compile(r"\s+(?:who\s+(?:was|were|is|are)\s+)?not\s+(?:directly\s+)?"
                        r"(?:involved|affiliated|associated|connected)\s+(?:in|with)\s+(?:the\s+|this\s+|that\s+)?"
                        r"(?:[a-z][\w-]*\s+){0,2}?(?P<work>stud(?:y|ies)|research|work|paper|trial|report|assessment|"
                        r"analysis|findings|project|survey|review|experiments?|investigation)\b")

#: The name after a reflexive pronoun of ``SELF_NAMED``: capitalised words (figures, a handle or a hashtag too),
#: "the" before them and "of", "and" or "for" between them allowed ("the Black Harbor Brigade", "Soldiers of the
#: Dawn"), in quotation marks or not; a full stop only inside a word ("X.AI"), not the sentence's.
SELF_NAME = (r"(?:the\s+)?[\"“‘']?[A-Z\d@#][\w'’&@#-]*(?:\.\w[\w'’&@#-]*)*"
              r"(?:(?:\s+(?:of|and|for|the|de|al)){0,3}\s+[A-Z\d][\w'’&-]*(?:\.\w[\w'’&-]*)*){0,8}[\"”’']?")
SELF_NAME_WHOLE = re.compile(SELF_NAME)

#: A relative pronoun opening a span or one of its comma parts, in lower case ("who has long advised the mayor",
#: "which is based in Oslo", "who’s"; not the consumer group "Which?"): a clause on the name before it, which names
#: no one itself.
RELATIVE_OPENING = re.compile(r"(?:who|whom|whose|which)(?:['’]s)?(?=\s|$)")

#: The days of the week, in lower case, as alternatives of a pattern.
WEEKDAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"

#: Nouns of a document through which its author speaks ("the group's report", "a study by the institute", "a
#: Keystone University poll released Thursday", "a readout from the foreign ministry" of a call or a meeting;
#: a meeting's "minutes", a body's "logs" and an offering's "prospectus" too; an aid body's "assessment" of needs; a
#: firm's internal "presentation", "deck" (a "slide deck"), "briefing" or "dossier"; a body's "annual accounts", not
#: "accounts" alone, which may be witnesses' tellings).
DOCUMENTS = (r"reports?|stud(?:y|ies)|statements?|filings?|surveys?|polls?|memos?|memorandum|analys[ie]s|reviews?|"
              r"assessments?|letters?|complaints?|audits?|inspections?|data|statistics|findings|figures|records|"
              r"estimates?|readouts?|minutes|logs?|logbooks?|prospectus(?:es)?|presentations?|decks?|"
              r"briefings?|dossiers?|(?<=annual\s)accounts")
#: What one person writes and signs ("His new book argues", "Her latest column", "Tom Vask's essay"): the writer's
#: own word, as their report is.
PERSONAL_WRITINGS = r"books?|columns?|essays?|memoirs?|op-eds?|articles?"
#: A body's own inquiry, whose findings are its owner's as its report's are ("Its inquiry concluded", "the board's
#: internal investigation found"): not a document, but read with them where an owner speaks through it.
INQUIRIES = r"investigations?|inquir(?:y|ies)|enquir(?:y|ies)|probes?"

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

# "spokeswoman for the embassy", "the embassy's spokesman", "embassy spokesperson": one role, one form
#: Participles of making a document or having it, after its noun ("a study published Monday in the journal ...",
#: "the report, released on Friday, said", "the filing made with the regulator").
MADE = (r"published|released|issued|posted|presented|made|filed|submitted|conducted|carried\s+out|written|"
         r"prepared|produced|compiled|commissioned|unveiled|sent|delivered|obtained|seen|reviewed|viewed")

#: Nouns of a time, seasons and months as alternatives of a pattern, in lower case.
TIME_NOUNS = r"time|day|week|weekend|month|year|decade|morning|afternoon|evening|night|moment"
_SEASONS = r"spring|summer|autumn|fall|winter"
MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
#: A time with a word that makes it one, "this", "last", "past" ("last week", "this past December", "the same day"),
#: never part of a name; "This Week", capitalised, may name a programme.
WHEN = (rf"(?:(?-i:earlier|later)\s+)?(?-i:this|last|next|past|this\s+past|that|(?:the\s+)?same)\s+"
         rf"(?:{TIME_NOUNS}|{_SEASONS}|{WEEKDAYS}|{MONTHS})")
#: An adverb in "-ly" ("flatly"), not a noun or adjective so ending that ends a source ("the family", "a close ally",
#: "the daily").
LY_ADVERB = (r"(?!(?:family|ally|rally|assembly|supply|monopoly|anomaly|tally|folly|bully|daily|weekly|monthly|"
             r"quarterly|elderly)\b)[a-z]+ly")
#: Adverbs of manner or time, between a subject and its verb ("Tom Vask also voted", "Ana Ruiz quickly left", a
#: liveblog's "Ana Ruiz just posted") or ending a span's words before its cue ("Many in the boardroom privately
#: believe"), no name's.
ADVERB = rf"(?:now|still|also|again|already|just|often|never|always|then|later|{LY_ADVERB})"
#: A time between a subject and its verb, a pattern ("The regulator on Tuesday fined", "late Monday", "this week",
#: "last month", "earlier this year", "yesterday"): when, no part of the subject (see :func:`opening_subject`).
SUBJECT_TIME = (r"(?:(?:late|early)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                rf"(?:\s+(?:morning|afternoon|evening|night))?|{WHEN}|yesterday|today")

#: Accusing words that are also passive participles, and what marks them so: a preposition just after
#: them ("accused of", "charged with", "blamed by"), or a verb of being just before ("was accused", "has been
#: blamed", "stands accused", "remains accused").
PASSIVE_PARTICIPLES = frozenset("accused alleged charged blamed".split())
BEING_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|stand|stands|stood|remain|remains|remained|get|got|"
                           r"gets)\s+(?:\w+ly\s+)?$", re.I)


#: Quotation marks and punctuation trimmed off a source's edges.
EDGE = " ,.;:\"'“”‘’„«»‹›"
#: Last words of an organisation, not of a person: "the Justice Department" keeps its title word, and "the
#: academy" or "the club" joins "the Meridian Film Academy" or "Harbour City F.C." (see ``CLUB_ENDS``), no person, as
#: "the co-operative" joins "the Greenvale Agricultural Co-operative".
INSTITUTIONS = frozenset("""Department Ministry Committee League Office Council Court Agency Bureau Board
    Commission Party Union Federation Service Authority Administration Government Group Association Institute
    University Company Corporation Bank Fund General Assembly Parliament Senate House Congress Police
    Force Forces Army Navy Staff Cabinet Secretariat Tribunal Embassy Consulate Mission Times Post Daily
    News Journal Herald Tribune Gazette Telegraph Guardian Press Media Network Television Radio Watch Wire Newswire
    International Corps Foundation Centre Center Coalition Alliance Unit Academy College School Schools District Trust
    Hospital Studio Studios Club Team FC F.C AFC A.F.C CF C.F Lab Labs Laboratory Laboratories Observatory
    Co-operative Cooperative Co-op Co-Op Inquiry Enquiry Inquest""".split())
#: American local offices, and a Canadian township's or county's head ("Reeve Ada Holt", "Warden Ada Holt"), titles
#: before a name ("District Attorney Karen Sloane", "City Manager Ruth Kaplan") whose
#: words are a firm's or a plan's too ("Manager Magazin", "Marshal Plan", "Clerk Street Capital", "U.S. Attorney
#: Subpoenas ..." of a headline): a name after one is read only when it is a person's (see :func:`personal_name`).
LOCAL_TITLES = (r"District Attorney|City Attorney|County Attorney|State's Attorney|State’s Attorney|U\.S\. Attorney|"
                 r"Public Defender|Manager|Marshal|Clerk|Auditor|Comptroller|Administrator|Supervisor|Assessor|"
                 r"Trooper|Trustee|Selectman|Selectwoman|Magistrate|Reeve|Deputy Reeve|Warden")
#: Ranks that a "General" after them makes a title ("Secretary-General", "Attorney General"), with a hyphen or without.
_GENERAL_RANKS = ("Attorney", "Surgeon", "Secretary", "Inspector", "Director", "Auditor", "Solicitor", "Governor")
#: Capitalised titles that may stand before a name ("Prime Minister Jane Doe", "Police Chief Ann Bo"; Ireland's
#: "Taoiseach" and "Tánaiste", its prime minister and deputy, the accent left out or not; Commonwealth copy's
#: "Treasurer", "Leader of the Opposition", a chief minister's "CM", a South African province's "MEC" and a member's
#: letters of their house, "MP", "MSP", "MLA" ("Conservative MP Stuart Glenning"); American
#: local offices: "District Attorney", "City Manager", "State Fire Marshal", "Town Clerk", "Public Defender"; the
#: justice system's "Ombudsman", "Warden" and "Coroner", a word or two of its own before them ("Prisons Ombudsman Ada
#: Moe", "Deputy Warden Tom Vell", "Senior Coroner Ruth Abara"); the
#: last word of a post of several words: "House Majority Whip", "National Security Adviser", "Senate President Pro
#: Tem", "Media Coordinator", "Weekly Courier Editor").
ROLE_TITLES = (r"President|Premier|Minister|Taoiseach|Tánaiste|Tanaiste|Chancellor|Chief|Executive|Officer|Chairman|"
                r"Chairwoman|Chair|Leader of the Opposition|Leader|Treasurer|CM|MEC|MP|MSP|MLA|"
                r"Spokesman|Spokeswoman|Spokesperson|Prince|Princess|Sheikh|Emir|Commander|Constable|Inspector|"
                r"Superintendent|Sergeant|Detective|"
                r"Director|Judge|Justice|Mayor|Senator|Governor|Ambassador|Commissioner|Prosecutor|Speaker|"
                r"Ombudsman|Warden|Coroner|"
                rf"Sheriff|Undersheriff|Secretary(?: of State)?|(?:{'|'.join(_GENERAL_RANKS)})[- ]General|"
                r"(?:Major|Brigadier|Lieutenant)[- ]General|(?:Rear|Vice)[- ]Admiral|Colonel|"
                r"Lieutenant(?:[- ]Colonel)?|"
                r"Supreme Leader|Ayatollah|Rabbi|Archbishop|PM|Analyst|Economist|Professor|Researcher|CEO|CFO|COO|"
                r"Whip|Advis[eo]r|Coordinator|Editor|Pro Tem|Provost|Headteacher|Headmaster|Headmistress|"
                r"Council(?:lor|or|woman|man|member)|Assembly(?:woman|man|member)|Alder(?:man|woman)|"
                rf"{LOCAL_TITLES}|"
                r"(?:President|Vice President|Premier|Governor|Mayor|Chancellor|Senator)-elect")

#: Particles written into a name in lower case before its capital ("diMarco", "deVoss"), as an alternation.
CAMEL_PREFIXES = "di|de|da|du|del|della|le|la|van|von|mc|mac"
ROLE_WORD = re.compile(rf"(?:{ROLE_TITLES})")
ROLE_END = re.compile(rf"(?:^|[\s-])(?:{ROLE_TITLES})$")
GLUED_PARTICLE = re.compile(rf"^(?:{_GLUED})-[A-Z]")

#: Government portfolios: "Minister for Foreign Affairs" ends in a portfolio, not in a name.
PORTFOLIOS = frozenset("""Affairs State Defence Defense Security Health Justice Finance Trade Energy Interior
    Education Environment Transport Labour Labor Agriculture Industry Commerce Development Treasury
    Economy Immigration Home Communications Infrastructure Water Culture Works Housing Lands Fisheries Tourism Sports
    Information Aviation Petroleum Mines""".split())

#: Words that make a different role of the one they precede: a deputy minister is not the minister.
RANK_MODIFIERS = frozenset("vice deputy assistant acting former junior associate under co interim ex".split())
#: A person's trade, which court, sport, science, political and street-interview copy writes before a name,
#: capitalised when it opens the sentence ("Striker Tomás Ibarra", "Lawyer Nadia Brennock", "Co-author Prof. Lena
#: Moravec", "Farmer Sami Rahimi", "Vet Dr Ana Holt", "Ranger Tom Vell", "Actor Ryan Cole", "Sprinter Dana Okafor",
#: "Democratic strategist Ana Ruiz"), or alone ("the coach", "the pollster"); none is also a first name ("Hunter",
#: "Mason" are not here). Local copy writes a resident's standing so too ("Homeowner Ana Ruiz", "Tenant Tom Vell",
#: "Bystander Dan Orr"), and labour copy a worker's job ("Driver Ana Ruiz", "the miner"; a surname "Driver" after a
#: given name is still a name; not "courier" nor "docker", which end the names of newspapers and unions: "the Kessel
#: Courier", "Harbour Dockers").
TRADES = frozenset("""lawyer attorney barrister solicitor coroner adviser advisor aide envoy diplomat pastor priest
    vicar bishop imam manager coach captain skipper striker defender midfielder goalkeeper referee umpire player doctor
    surgeon nurse scientist researcher author co-author lecturer historian teacher engineer lieutenant admiral
    farmer dockworker miner driver rider picker cleaner organiser organizer fisherman shopkeeper
    firefighter paramedic midwife student pensioner forecaster meteorologist
    retiree resident homeowner owner tenant landlord neighbor neighbour bystander commuter volunteer actor actress
    singer songwriter rapper dancer comedian playwright screenwriter filmmaker composer photographer sprinter swimmer
    boxer golfer skier forward winger full-back fullback centre-back center-back left-back right-back wing-back
    substitute keeper playmaker fly-half
    batsman pollster strategist consultant writer novelist poet essayist artist painter sculptor curator musician
    conductor choreographer architect negotiator mediator arbitrator moderator publicist agent
    influencer footballer cricketer supermodel socialite heiress youtuber vlogger blogger podcaster tiktoker drummer
    bassist frontman frontwoman vet zookeeper gamekeeper beekeeper ranger breeder ecologist zoologist biologist
    conservationist""".split()) | frozenset("""pharmacist neurologist oncologist cardiologist paediatrician pediatrician
    psychiatrist psychologist radiologist dermatologist anaesthetist anesthetist anesthesiologist physiotherapist
    therapist physician clinician epidemiologist virologist immunologist gynaecologist gynecologist obstetrician
    pathologist toxicologist haematologist hematologist dentist optometrist""".split())  # health workers too
#: Trades whose words also open names of firms, products or figures ("Producer Price Index", "Designer Brands Inc",
#: "Chef Works"): read as a trade before a name only before a known given name ("Chef Anna Krall"; see
#: :func:`_is_trade_then_name`), and as any trade by a later "the chef" (see :func:`is_trade`).
TRADES_BEFORE_GIVEN_NAMES = frozenset("""chef designer producer translator publisher broadcaster presenter jockey
    climber mountaineer explorer entrepreneur carpenter mechanic plumber librarian veterinarian director""".split())

#: Labels of a broadcast's or debate's role written before a person's name ("Host Jonah Fell", "Anchor Mia Dorn"),
#: dropped from the name as a trade is, not before a firm's ("Anchor Bay Capital": see :func:`_is_trade_then_name`).
BROADCAST_LABELS = frozenset("host anchor presenter newsreader interviewer".split())
#: Trades whose word also names a thing ("the model" of a forecast or a machine), dropped before a person's name as
#: a broadcast's label is ("Model Sienna Kaye"), not before a firm's or body's ("Model Railway Club"), and no trade
#: alone.
TRADES_BEFORE_NAMES = frozenset({"model"})

#: The one-word capitalised titles of ``ROLE_TITLES`` ("Professor", "Inspector", "Colonel", "Rabbi"), but
#: "Justice", a word of bodies' names too ("justice ministry"), and "Ombudsman", an office that ends an overseer's
#: name ("the Energy Ombudsman", which says "it" of itself) and is written alone as one ("the ombudsman").
TITLE_NOUNS = frozenset(word.lower() for word in ROLE_TITLES.split("|")
                         if re.fullmatch(r"[A-Z][^\W\d_]*", word)) - {"justice", "ombudsman"}
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
CIRCUMSTANCES = frozenset("""witness survivor prisoner detainee refugee victim activist representative rapporteur
    investigator worker guard whistleblower employee passenger traveller traveler motorist pedestrian
    cyclist""".split())

#: Those titles written as one hyphenated word, which a later description ends with as it ends with any other role
#: ("Secretary-General António Quell said ... The Secretary-General said ...": one person).
_HYPHENED_TITLES = frozenset(f"{rank.lower()}-general" for rank in _GENERAL_RANKS)
#: Nouns for what a person is, which a later description of them ends with ("the spokesperson", "the professor",
#: "the Taoiseach", "the CM"), a company's lawyer among them ("the general counsel", "the chief counsel").
PERSON_ROLES = (frozenset("""spokesperson minister president secretary ambassador director chief chairman
    chairwoman chair senator governor mayor judge prosecutor commissioner official premier
    chancellor prince king queen sheikh emir general commander leader speaker
    sheriff officer executive ceo head councillor councilor councilwoman councilman
    assemblywoman assemblyman alderman alderwoman alder corporal delegate
    supervisor principal vice-chancellor reeve selectman selectwoman counsel""".split()) | TITLE_NOUNS | TRADES
    | CIRCUMSTANCES | frozenset(SHORT_POSTS)
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
    Vatican Venezuela Vietnam Yemen Zambia Zimbabwe""".split())

#: Capitalised words that start a sentence or a phrase, not a company's name ("On Tuesday Acme Corp.").
NOT_A_NAME_START = frozenset("""The A An On In At For From By With After Before When While As Under Shares
    Yesterday Today Tonight Earlier Later Meanwhile However Now Then Also Since Until Despite Although If
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December Last This Next Both And But Tomorrow""".split())
#: A broadcast medium's word opening a name ("Radio Veldana", "Television Orsk"): a broadcaster's name, no person's, so
#: that the name it ends with ("Veldana", a state's too) does not join it as a surname would (see
#: :func:`framing.person_names.person_like`).
BROADCAST_MEDIA = frozenset("radio television tv".split())
#: Lower-case words of English, prepositions and adverbs, that a sentence opens with capitalised before a name
#: ("Unlike Patriot, ...", "Despite Vell's ..."): no given name, though no list of given names knows the name after.
NOT_A_GIVEN_NAME = frozenset("""unlike like despite without within amid among amongst beyond besides except including
    throughout against toward towards upon via unless whereas once even only just perhaps maybe indeed yet so thus
    hence still instead""".split())
#: Of those, the ones whose possessive is no body's owner ("Monday's cabinet", "Today's council": when, not
#: whose); not "May", a surname too ("May's cabinet").
NOT_AN_OWNER = NOT_A_NAME_START - {"May"}

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
#: Nouns by which sports copy calls a manager or a coach ("the Dunmore boss"), schools copy a headteacher ("says head"
#: for "headteacher Joanne Pell"), and American copy a member of the House ("the congressman" for "Rep. Tom Vask"),
#: with the roles they stand for.
ROLE_SYNONYMS = {"boss": ("manager", "coach"), "head": ("headteacher", "headmaster", "headmistress"),
                 "congressman": ("representative",),
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

#: Pronoun sources, relative ones too ("a press group, which said"), are credited to the last named source.
PRONOUNS = frozenset("he she they it we i you him her them his its their this that which who whom whose".split())
#: A third person of each sex, as a quotation or a sentence speaks of them ("she", "her", "hers", "herself").
THIRD_PERSON = {"she": re.compile(r"\b(?:she|her|hers|herself)\b", re.I),
                "he": re.compile(r"\b(?:he|him|his|himself)\b", re.I)}
#: A pronoun of the first, second or third person plural with its verb run on ("I'm", "we've", "you're", "they'd"),
#: as the model may mark it a source ("And I'm saying ..." inside a quotation): a pronoun, naming no one.
CONTRACTED_PRONOUN = re.compile(r"(?:i|we|you|they)['’](?:m|ve|d|ll|re)", re.I)


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

#: How the one named after "obtained by" or "seen by" had the material, a span running on to take it in: a law, its
#: rules or a request under them, up to six words ("under freedom of information rules" of "figures obtained by this
#: newspaper under freedom of information rules", "through a public records request", "under the Freedom of
#: Information Act"): no part of the one who had it.
ACCESS_MEANS_AFTER = re.compile(r"\s+(?:under|through|via|using)\s+(?:[\w'’-]+\s+){0,5}?"
                                r"(?i:rules|laws?|act|requests?|legislation|powers|regulations)[\s,.;:]*\Z")

#: What may follow an unnamed group's head noun ("people familiar with the matter", "employees at the depot").
GROUP_GOES_ON = re.compile(r"\s(?:of|for|at|to|with|from|in|on|familiar|close|briefed|involved|aware|who)\s")
#: The writer's own work, which names no source either ("Our analysis of the accounts shows", "our review"), and
#: the outlet's own staff ("our correspondent", "our Moscow reporter", "our own journalists").
OWN_WORK = re.compile(r"(?:our|my)\s+(?:[\w'’-]+\s+)?(?:analys[ie]s|review|investigation|examination|reporting|"
                       r"calculations?|count|tally|research|inquiry|findings|correspondents?|reporters?|"
                       r"journalists?)\b", re.I)


#: A verb of speech after a name and the words up to a pronoun it says: "said", "also told reporters,", "adds
#: that", with where or when it was said between, one or both ("said in a statement that", "said on Friday that",
#: "said in a statement on Friday that": see ``_SAID_WHERE_OR_WHEN``; see ``CUE_THEN_PRONOUN``, ``_SAID_PRONOUN``).
_SAID_WHERE_OR_WHEN = rf"(?:in\s+an?\s+(?:[a-z]+\s+)?statement|on\s+(?i:{WEEKDAYS}))\s+"
SAID_THEN = (rf"(?:also\s+)?(?:said|says|added|adds|told\s+[\w-]+)(?:\s*,)?\s+(?:{_SAID_WHERE_OR_WHEN}){{0,2}}"
             r"(?:that\s+)?")
#: A cue and the pronoun just after it, which says what the cue's subject is: "he" or "she" a person, "it" a body
#: or a company ("Ford said it would recall"), but not the empty "it" of "said it was unclear" (see
#: :func:`surname_kind`).
CUE_THEN_PRONOUN = re.compile(rf"\s+{SAID_THEN}(he|she|it(?!\s+(?:is|was)\b))(?![\w'’-])", re.I)

#: An act that a source speaks of after a comma, opening its span ("a move" of "..., a move the agency said was
#: needed", "a costly decision that the company called painful", "step" of a span cut after "a"), or what a court
#: or a deal settled ("a ruling the company said it would appeal", "a fine the firm called unfair", "a settlement
#: Velta said was fair"): what it said of, no part of who said it.
ACT = (r"(?:move|decision|step|measure|ruling|verdict|judge?ment|fine|penalty|sentence|settlement)\s+"
       r"(?:that\s+|which\s+)?")
#: A charge that a source answers, after a comma, opening its span as an act does ("a charge" of "..., a charge
#: Velland's foreign ministry rejected", "an accusation the embassy denies", "claims that Ostmark dismissed").
_CHARGE = r"(?:charges?|claims?|accusations?|allegations?|assertions?|suggestions?)\s+(?:that\s+|which\s+)?"
ACT_BEFORE_SAYER = re.compile(rf"^(?:(?i:an?)\s+(?:[a-z][\w-]*\s+)?)?(?:{ACT}|{_CHARGE})"
                              r"(?=(?i:the|its|their)\s|[A-Z])")


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


#: How copy says that a person gave one name only, up to that name: "who gave his name only as ", "identified only
#: as ", "who asked to be identified only by her first name, " (see ``credits._NAME_GIVEN_ONLY``).
NAME_GIVEN_ONLY = (r"(?:who\s+(?:would\s+|did\s+)?)?(?:gave|give|provided|offered|identified\s+(?:himself|herself|"
                   r"themselves)|(?:asked|wished|wanted|agreed)\s+to\s+be\s+identified|identified)\s+(?:only\s+)?"
                   r"(?:(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as|(?:by\s+)?(?:his|her|their)\s+first\s+"
                   r"name,|as)\s+")

#: A private person's noun, singular or plural, whom a place after "from" or before the noun describes and does not
#: stand for ("A witness from Traverse City", "a Kessel man", "Residents from Elk Rapids"): the person speaks, not
#: the town (see :func:`framing.source_form_titles.private_person`).
PRIVATE_PERSONS = frozenset("""man woman men women boy girl teen teenager child children resident native witness
    neighbour neighbor driver motorist passenger pilot victim student couple family mother father people""".split())

#: Words of a body's name before "of" ("Islamic Republic of Iran", "Royal College of Nursing", "US
#: Chamber of Commerce"), which no personal name holds.
BODY_WORDS = frozenset("""Republic Kingdom States Emirates Federation Nations Commonwealth Territory College
    Academy Chamber Society Organisation Organization School Hospital Museum Club Order Guild Church
    Friends Foreign Royal National American British Bank""".split())

#: Last words of places, clubs and firms, never of a person ("Bishop Auckland FC", "Imam Reza Shrine"), venues and
#: public buildings among them ("the County Courthouse", "Civic Center", "the Palace Theatre", "the Vellmouth Maritime
#: Museum"; "Hall" is a surname: see :func:`seat_hall`), so that no such name reads as a person's (see
#: :func:`person_like`).
PLACE_ENDS = frozenset("""FC Shrine Mosque Cathedral Insurance City United Club Airport Hospital Motors Systems
    Dynamics Electric Industries Technologies Airlines Airways Pharmaceuticals Courthouse Center Centre Arena Stadium
    Theater Theatre Library Chapel Auditorium Plaza Museum Gallery Zoo""".split())


#: Words only sports clubs end their names with ("Harlow Rovers", "Kessel United"; not "City" nor "County", which
#: places end theirs with), as keys: a name ending in one is a club's, never a person's.
CLUB_ONLY_ENDS = frozenset("united rovers wanderers athletic albion rangers hotspur".split())
#: Words only sports clubs open their names with ("Real Ostera", "Sporting Velm", "Dynamo Kessel"), as keys: a name
#: opening with one is a club's, never a person's.
CLUB_ONLY_STARTS = frozenset("real sporting atletico atlético athletic dynamo dinamo inter olympique racing deportivo"
                             .split())


#: Lower-case nouns of a trade that a business and a person may both be described by ("the ferry operator", "a chip
#: maker", "the internet provider"; "a crane operator"): the description joins the one source it was written with,
#: as a body's kind does, and is dropped before a name ("Ferry operator Northlink"), but makes no company.
TRADE_KINDS = frozenset("operator maker provider carrier retailer supplier manufacturer lender developer".split())

#: A maker written as one word ("planemaker", "steelmaker", "lawmaker"), lower case.
ONE_WORD_MAKER = re.compile(r"[a-z]{3,}maker")

#: Lower-case words before a role's head that make it a business's rank, not a person's post ("Zenta, the market
#: leader", "the industry leader").
RANKING_MODIFIERS = frozenset("market industry world sector".split())


#: Lower-case words inside a multi-word name ("Ministry of Foreign Affairs"), in Spanish, Portuguese, French and
#: Italian names too ("Red en Defensa de los Derechos", "Instituto dos Direitos", "Ciencia y Tecnología").
JOINERS = frozenset("""of for and the de del da du la los las van von der den des on in at to en do dos das di le
    y e""".split())

#: The people around a person whose name comes before it ("the Vask camp", "the Vask administration"), no place's.
PERSON_S_SIDE = re.compile(r"\s+(?:camp|campaign|circle|team|administration|orbit|family|era|presidency)\b")


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
#: What "maintained" or "maintains" keeps up when it is no holding to words: ties, contacts, an office, a presence
#: ("The ambassador maintains normal contacts with the host government", "maintains offices in six countries",
#: "maintained a database"), where "maintained that ...", "maintains his innocence" and "maintained her account of
#: the night" (an account owned, the subject's version) are the subject's stance.
_KEPT_UP = (r"\s+(?!(?:its|his|her|their)\s+accounts?\b)"
            r"(?:(?:a|an|close|normal|good|strong|friendly|regular|cordial|working|direct|diplomatic|daily|"
            r"its|his|her|their)\s+)?(?:contacts?|relations(?:hips?)?|ties|links|offices?|presence|order|control|"
            r"records?|databases?|lists?|accounts?|homes?|properties|stations?|bases?|embass(?:y|ies)|facilities|"
            r"networks?|dialogue|communications?|channels?)\b")
#: "That" opening a clause, not a demonstrative ("that the", "that it", "that Vask"; not "that song").
_THAT_CLAUSE = r"\s+that\s+(?:(?:the|a|an|it|he|she|they|we|there|no|its|his|her|their)\b|[A-Z])"
#: A concern raised, voiced or expressed by the subject, about or over something or that it is so ("raised concerns
#: about the deal", "has expressed serious concern that", "voiced fresh concerns over"; not "raised concerns among
#: residents", whose concern it is): the subject's stance, a claim's cue as "criticised" is.
_CONCERN_VOICED = (r"(?:raised|raises|voiced|voices|expressed|expresses)\s+(?:(?:serious|grave|strong|deep|fresh|new|"
                   r"further|significant)\s+)?concerns?(?=\s+(?:about|over|that|regarding)\b)")
#: A verb of opening, closing or going on with a verb of speaking after it ("opened by reminding parties that",
#: "began by saying", "went on to warn"): its subject speaks, as with a plain "said".
_SPEECH_OPENED = (r"(?:(?:opened|opens|began|begins|started|starts|closed|closes|ended|ends)\s+by\s+"
                  r"(?:saying|telling|reminding|warning|noting|stressing|insisting|arguing|urging|accusing|denying|"
                  r"claiming|pointing\s+out)|"
                  r"went\s+on\s+to\s+(?:say|tell|remind|warn|note|stress|insist|argue|urge|accuse|deny|claim))")
SUBJECT_CUE = re.compile(
    rf"(?<=\s)(?:{_SPEECH_OPENED}|"
    r"(?:is|are|was|were)\s+(?:saying|telling|stating|claiming|insisting|maintaining|arguing|alleging|"
    r"accusing|asserting|warning|denying|rejecting|dismissing|refuting|disputing|contesting|advising|urging)|"
    r"said|says|say|told|tells|tell|stated|states|reported|reports|"
    r"claim(?:ed|s)?(?!\s+(?:(?:more|less)\s+than\s+|over\s+|"
    r"almost\s+|nearly\s+|about\s+|around\s+|some\s+|up\s+to\s+)?(?:[£$€₹]|Rs\.?\s*\d))|"
    r"insisted|insists|insist|"
    rf"maintain(?:ed|s)(?!{_KEPT_UP})|reiterated|reiterates|"
    rf"repeat(?:ed|s)(?={_THAT_CLAUSE}|{_OWN_WORDS})|"
    rf"(?:answer(?:ed|s)|repl(?:ied|ies)|respond(?:ed|s)|retort(?:ed|s)|sho(?:t|ots)\s+back)"
    rf"(?={_THAT_CLAUSE}|\s*[,:]?\s*[\"“])|"
    rf"st(?:ood|ands?)\s+by(?={_OWN_WORDS})|"
    r"announc(?:ed|es)(?=(?:\s+(?:on|last|this)\s+[\w-]+)?\s+that\s)|"
    r"argued|argues|argue|added|adds|wrote|writes|alleged|alleges|allege|accused|accuses|accuse|blamed|blames|"
    # "has written to the council asking it to delay ...": a body speaking, as "wrote to" is
    r"written\s+to(?=\s[^.;:!?\"“”]{1,60}?\s(?:asking|urging|calling\s+on|demanding|requesting)\b)|"
    r"asserted|asserts|warned|warns|warn|advised|advises|urged|urges|countered|counters|confirmed|confirms|"
    r"(?:can|(?:is|are)\s+able\s+to)\s+confirm|"  # "The club can confirm that", "is able to confirm"
    r"acknowledged|acknowledges|"
    r"admitted|admits|described|describes|called|calls|denied|denies|deny|rejected|rejects|reject|dismissed|"
    r"dismisses|dismiss|refuted|refutes|refute|rebutted|rebuts|disputed|disputes|dispute|contested|contests|"
    r"disagreed|disagrees|disagree|"
    r"(?:brush(?:ed|es)?|shrug(?:ged|s)?|laugh(?:ed|s)?|wave[ds]?)\s+(?:off|aside|away)|play(?:ed|s)?\s+down|"
    r"downplay(?:ed|s)?|hits?\s+back\s+at|hits?\s+back(?=,\s+(?:saying|posting|insisting|arguing|accusing)\b)|"
    # "The board has hit back.", "hit back on Friday": the answer itself, what it said in the sentences after it;
    # not a side scoring back, "hit back on the stroke of half-time", "hit back late in the game"
    r"hits?\s+back(?=\s*[.;!]|\s+(?:late\s+)?(?:yesterday|today|tonight|this|last|earlier)\b"
    rf"|\s+(?:late\s+)?on\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?i:{WEEKDAYS}|{MONTHS})\b)|"
    r"push(?:ed|es)?\s+back\s+(?:on|against)|"
    rf"post(?:ed|s)(?=(?:\s+on\s+[A-Z][\w-]*)?(?:\s+that\s|:))|{REACTION_VERBS}|{_CONCERN_VOICED})\b")
#: Words that make a subject a court or a judge: whose "held that" is a ruling.
COURT_WORDS = frozenset("""court courts judge judges justice justices tribunal tribunals panel jury magistrate
    magistrates arbitrator arbitrators bench""".split())
#: Words that make a subject with a court's word some other body ("the Justice Department", "the judges' union").
NO_COURT_WORDS = frozenset("department ministry minister secretary union association".split())

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
#: An adverb that may stand before such a participle, a space after it ("widely criticised", "long accused").
PARTICIPLE_ADVERB = re.compile(r"(?:[a-z]+ly|long|much|often|once|still|already|also|well)\s+")
#: A present participle in lower case and a preposition after it opening a span ("circulating on TikTok", "living in
#: the town"): a fragment of a noun phrase that says where or how its head is, never who speaks; not "according to",
#: nor a noun ending so, a speaker's ("king of Kestoria", "wing of the party", "sibling of the victim").
PLACING_PARTICIPLE = re.compile(rf"(?!(?:according|king|wing|sibling|underling)\b)[a-z]+ing{PARTICIPLE_PHRASE.pattern}")

#: Words before a group's plural that name it no more than a quantifier does ("Independent experts", "Various
#: groups"): weasel groups, no one named.
VAGUE_GROUP_WORDS = frozenset("independent various".split())
#: The plurals of bodies that a quantifier or a vague word leaves unnamed ("Several organisations", "Various groups").
BODY_PLURALS = frozenset("groups organisations organizations".split())


#: A party and state tag in brackets just after a subject ("Sen. Tom Vask (R-Kessel) was ..."), or its party as a
#: member of it ("Gerald Pike (a Democrat) was ..."), no part of it.
BRACKETED_PARTY_TAG = re.compile(r" \((?:[RDI]-[^()]{1,20}|an? (?:Democrat|Republican|[Ii]ndependent))\)(?= )")


#: A word of a name after an inverted cue: capitalised, a title's full stop allowed ("Mr. Haddad"; not the
#: sentence's last full stop).
NAME_AFTER_CUE_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\.(?=\s))?"


#: Function words and sentence adverbs that open a sentence before a name and begin none ("Of Clinton: ...",
#: "Though Weiner said", "Only Acme said"), besides those of ``NOT_A_NAME_START``.
OPENING_FUNCTION_WORDS = frozenset("""Of Though Like Unlike Among Amid Over Against Through Without Within Per Via
    To Into Upon Because Unless Whereas Whether Or Nor Not Even Only Just Perhaps Indeed Thus So Yet Including
    Except Neither Either Every Each Why How What Where Who Whom Whose Which Here There""".split())

#: A government named by its country, written before it or after "of" (group 1 or 2): "chinese government",
#: "china's government", "government of china" (see :func:`government_of`).
GOVERNMENT_OF = re.compile(r"(?:(.+?)(?:'s)?\s+government|government\s+of\s+(?:the\s+)?(.+))")


#: Nouns a definite description names a business by ("the carmaker", "the bank", "the company"), which may mean a
#: body credited just before that is or may be a business ("Ford said ... The carmaker said": see
#: :meth:`SourceIndex._body_credited_last`).
BUSINESS_DESCRIPTIONS = COMPANY_WORDS | frozenset("""carmaker automaker airline insurer miner retailer bank lender
    conglomerate drugmaker chipmaker utility railway railroad publisher chain""".split())
#: Nouns for a civic body ("the charity", "the NGO", "the watchdog"), and the words of a body's name that show it is
#: one ("Civic Watch Network", "Harbour Relief Trust", "Tax Foundation").
CIVIC_DESCRIPTIONS = frozenset("charity ngo watchdog".split())
#: A body described by its kind of business or work alone ("the carmaker", "the airline", "the developer", "the
#: charity"): every story has its own, so written so in lower case such a source names no one (see
#: :func:`framing.profile.generic_source`).
NAMELESS_BUSINESSES = BUSINESS_DESCRIPTIONS | TRADE_KINDS | CIVIC_DESCRIPTIONS
#: The words of a civic body's name that show it is one ("Civic Watch Network", "Harbour Relief Trust", "Tax
#: Foundation"); framing.profile reads "the group's director" as one of such a body (see
#: ``framing.denial_sides._civic_group_meant``).
CIVIC_NAME_WORDS = frozenset("""network watch watchdog foundation trust coalition alliance association institute
    society centre center fund campaign movement league federation forum initiative project international club
    charity organisation organization union chamber""".split())
#: The last words of an armed group's name ("Northern Liberation Front", "Tarn Valley Militia", "Kessel Martyrs
#: Brigade"), which say it is a body, not a person, as a civic body's words do: "the group" after it may mean it. Not
#: "army", a state's body's noun too ("the Varnian army": see ``BODY_NOUNS``).
ARMED_GROUP_NAME_ENDS = frozenset("front militia militias brigade brigades".split())


#: The words of a newspaper's name ("Kessel Times", "Daily Harbour", "Varna Herald"), which "the paper", "the
#: newspaper" and "the daily" may mean; "journal" only for the last two: "the paper" after a journal may be a study.
PAPER_NAME_WORDS = MASTHEAD_WORDS | frozenset("star sun record standard register argus advertiser clarion".split())
#: The last words of a business's name ("Royal Bank of Scotland Group", "Velta Holdings", "General Motors", "Corvane
#: Foods", "Tessel Midstream", an airline's "Velmar Air", "Brennor Biologics", a drug maker's "Kestrel Bio", "Ostrand
#: Lifesciences", "Delmar Oncology", a maker of medical goods's "Calloway Medical", "Orrin Devices", "Vell Healthcare",
#: a chain of chemists' "Castell Chemists", "Brenford Aggregates"; a tech firm's "Marrick Electronics", "Quillon
#: Space", "Vantor Payments"; a mine's, a port's, a rail operator's or a haulier's "Ostrava Coal", "Calloway Terminals",
#: "Northline Rail", "Tarnside Haulage"; a shop's, a maker's of household goods or a courier's "Halvery Appliances",
#: "Corran Electricals", "Pellow Pharmacy", "Swiftway Couriers"; a power or gas company's "Kestrel Nuclear", "Northline
#: Gas", "Varn Hydro", "Sunfield Solar", "Gridline Transmission"; a meat packer's, a food processor's or a drinks
#: maker's "Hollin Meats", "Dunmere Poultry", "Tarn Seafood", "Brask Creameries", "Orrin Breweries", "Calder Seeds";
#: a film or show maker's "Bluefin Productions", "Halcyon Entertainment"; a trading house's "Halden Grain",
#: "Ferro Agri", "Rostam Commodities", "Corvane Trading"; a gambling firm's "Brightwell Bet", "Stakehouse Betting",
#: "Orrin Gaming", "Fairmont Lotteries", "Grand Meridian Casinos", "Velvet Crown Leisure"; a maker's workshop's
#: "Orbital Forge", "Calder Foundry", or works' "Brennick Dyeworks", "Orsk Ironworks"; a care-home operator's
#: "Silverbirch Care"), which make two
#: capitalised words a business's rather than a person's.
BUSINESS_NAME_ENDS = frozenset("""group company corporation holdings bank motors air airlines airways insurance mining
    pharmaceuticals pharma systems dynamics electric industries technologies foods brands beverages chemicals
    petroleum logistics energy power utilities midstream pipelines renewables biologics biotech biosciences
    therapeutics diagnostics genomics robotics analytics textiles semiconductor semiconductors aerospace
    medical devices healthcare biopharma bio lifesciences oncology vaccines generics chemists
    lines freight railway railways railroad ferries buses stores supermarkets telecom telecoms
    broadcasting shipping maritime navigation tankers oil farms dairies water pictures studios films records
    media publishing aggregates cement quarries steel metals refining plastics
    electronics networks computing space payments photonics instruments
    coal collieries terminals docks rail haulage bakeries bulk carriers shipyards shipbuilding cruises
    appliances electricals retail retailers grocers pharmacy pharmacies couriers parcels fashion clothing furniture
    toys cosmetics nuclear gas hydro solar transmission
    meats poultry seafood seafoods creameries hatcheries breweries distilleries seeds
    productions entertainment
    grain grains agri agribusiness commodities trading
    bet betting gaming bookmakers wagering casino casinos lotteries leisure
    nutrition mills packing packers confectionery snacks farm
    forge forges foundry foundries dyeworks ironworks steelworks glassworks brickworks
    care""".split())
#: The last words of a firm's name that a state's body ends its name with too ("Harlow Defence", "Castell Security";
#: "Ministry of Defence", "Homeland Security"), as keys: never a person's.
SHARED_TRADE_ENDS = frozenset("defence defense security".split())
#: A broadcaster's last words ("Castlegate TV", "Harlow Radio", "Kessel News"), as keys: a firm's (see
#: ``FIRM_NAME_ENDS``), unless a state's broadcaster named after its country or capital ("Moscow Radio").
BROADCASTER_NAME_ENDS = frozenset("tv television radio news".split())
#: Of those, the trades that name only a business, never a person or a state's body ("Ostrava Chemicals", "Velta
#: Motors"; not "Group" nor "Bank": "World Bank"), and an investment firm's last words but a fund's or its investors'
#: ("Grayfin Research", "Orrin Capital", "Tarn Partners": see ``INVESTOR_NAME_ENDS``; not "Monetary Fund") and a
#: tech firm's ("Ember Labs", "Juniper Social", "Beacon Metrics", "Nimbus Software") and a builder's or a landlord's
#: ("Brackley Homes", "Quayside Developments", "Orrin Properties", "Calder Estates", "Northvale Housing", a social
#: landlord's "Meridian Living", no person, whom "the landlord, Meridian Living," would make one), a letting
#: agent's "Dunmore Lettings"), and an arms maker's or a shipbuilder's ("Stahlwerk Arms", "Kell Munitions", "Vell
#: Ordnance", "Orsk Shipyards"), and a broadcaster's (see ``BROADCASTER_NAME_ENDS``), as keys:
#: capitalised words ending in one are a company's name, whose first word alone joins it ("Grayfin", "Castlegate").
#: A tech firm's last words ("Ember Labs", "Juniper Social", "Beacon Metrics", "Nimbus Software"): a firm "the
#: company" means, though "Lab" or "Labs" ends an institution's name too ("the Vell Lab" of a university).
TECH_FIRM_ENDS = frozenset("labs software metrics social".split())
FIRM_NAME_ENDS = ((BUSINESS_NAME_ENDS - frozenset("group company corporation holdings bank insurance".split()))
                   | (INVESTOR_NAME_ENDS - frozenset("fund funds investors".split())) | TECH_FIRM_ENDS
                   | frozenset("""homes housing living developments properties estates lettings
                                arms munitions armaments ordnance shipbuilders shipyards""".split())
                   | BROADCASTER_NAME_ENDS)
#: Words that, marked alone as a source, only qualify the noun after them (see
#: :func:`framing.credit_spans.modifier_grown`): an article, or an adjective of how new, how secret or how senior a
#: document or its makers are; none of them a ministry's portfolio ("a leaked ministry memo").
LONE_MODIFIERS = frozenset("""the a an new latest earlier recent fresh further additional leaked secret internal
    confidential classified unpublished preliminary senior""".split())
#: Capitalised words that name no body: months and weekdays ("In March, the company said").
CALENDAR = re.compile(rf"(?:{MONTH}|(?i:{WEEKDAYS}))")


#: Words for a person a business may be named after, besides ``PERSON_ROLES`` ("Tory Burch, the designer",
#: "founder Ralph Lauren").
NAMESAKE_ROLES = frozenset("designer founder co-founder".split())


#: A US lawmaker's party and state after the name ("D-Ohio", "(R-Fla.)", "R-S.C.", "R-TX"): group 1 the state.
PARTY_STATE = re.compile(r"(?<![\w-])([RDI])-\s?([A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)")


#: What follows a role's head noun when the role says what it serves ("minister for health").
ROLE_SERVES = re.compile(r" (?:for|of) ")


#: The last words of a national relief society's name, a charity's ("Kestorian Red Cross", "Orsk Red Crescent"), as
#: a key ends with them: never a person's, though "Cross" and "Crescent" alone may be surnames.
RELIEF_SOCIETY_END = re.compile(r"(?<![\w'’-])red (?:cross|crescent)$")
