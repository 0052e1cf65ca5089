"""Which mentions in a document name the same person or body, and the key each is counted under: the
index the profile builds as it credits sentences."""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache
from itertools import dropwhile, islice
from typing import TYPE_CHECKING, TypeVar

from .furniture import GLUED_PARTICLES as _GLUED
from .given_names import given_name_sex, given_name_spelling, is_given_name
from .source_finders import opening_subject
from .segment import TRADE_ENDING
from .source_words import BODY_NOUNS, CLUB_ONLY_ENDS, EDGE, GENERIC_ONE_AFTER, GROUP_GOES_ON, NAMELESS_NOUNS
from .source_words import NAME_GIVEN_ONLY, OWN_WORK, SHARED_TRADE_ENDS
from .source_keys import past_opener
from .source_words import AG_OF, AGE_ALONE, PERSON_DEMONYMS, PERSON_NOUNS, PERSON_ROLES, QUANTIFIERS, RANK_ALONE
from .source_words import SHORT_POSTS
from .source_words import BODY_KINDS, BODY_WORDS, COUNTRIES, PORTFOLIOS, PRIVATE_PERSONS
from .source_words import _CIVIC_NAME_WORDS, BUSINESS_DESCRIPTIONS, BUSINESS_NAME_ENDS, CALENDAR, CIVIC_DESCRIPTIONS
from .source_words import COMPANY_WORDS, DEMONYM, DOCUMENTS, FAMILY_NAMES_FIRST, FIRM_NAME_ENDS, GOVERNMENT_OF
from .source_words import CUE_THEN_PRONOUN, HEADLINE_SMALL_WORDS, INQUIRY_INTO, INSTITUTIONS, KIN, LONE_MODIFIERS
from .source_forms import INITIAL
from .source_words import ACT_BEFORE_SAYER, INVESTOR_NAME_ENDS, JOINERS, LEADING, LEGAL_FORM_END, LEGAL_FORMS
from .source_words import LOCAL_TITLES, MADE, MAKER_AFTER_INQUIRED, MONTHS, NAME_PARTICLE_RUN, NAMESAKE_ROLES
from .source_places import _MFA
from .source_words import NOT_A_NAME_START, NOT_AN_OWNER, ONE_WORD_MAKER, PAPER_NAME_WORDS
from .source_keys import OPENERS
from .source_words import OPENING_FUNCTION_WORDS, PARTICLES, PARTY_STATE, PERSON_S_SIDE, PLAIN_ROLE_WORDS, POLICE_RANKS
from .source_words import POSSESSIVE, PRONOUNS, RANK_MODIFIERS, RANKING_MODIFIERS, ROLE_END, ROLE_SERVES
from .source_words import ROLE_SYNONYMS, ROLE_TITLES, ROLE_WORD, SAID_THEN, STOPPED_RANKS, TITLE, TITLE_NOUNS, TRADES
from .source_words import CONTRACTED_PRONOUN, RELIEF_SOCIETY_END, TRADES_BEFORE_GIVEN_NAMES
from .sources import french_pronoun
from .source_kinds import is_trade
from .source_words import THIRD_PERSON
from .source_words import TRADE_KINDS, VIETNAMESE_FAMILY_NAMES, WHEN_WORDS
from .source_kinds import apposed_role
from .person_names import _capitalised
from .person_names import name_word, family_name_first, is_name
from .source_places import _ministry, government_of, listed_words
from .source_kinds import is_role
from .source_places import CAPITALS, _nationality, places_in, same_country
from .source_forms import one_spokesperson
from .source_kinds import people_plural
from .person_names import person_like
from .source_places import nationality_places
from .person_names import surnames_in
from .source_kinds import trade_head
from .source_keys import counted_key, without_accents, without_generation, without_heading
from .source_accusations import accusation_in_span, alleges
from .source_roles import described_post
from .source_roles import described_body
from .source_forms import display_source
from .source_keys import last_words_start, search_before_space
from .sources import normalise_source
from .person_names import given_surname
from .source_forms import past_passive_by
from .source_keys import text_key, to_first_capital
from .person_names import opens_with_given_name
from .source_keys import title_case, without_nickname
from .source_places import united_nations
from .source_words import WEEKDAYS
from .textchars import case_blind, fold_apostrophes, without_invisible
# "Bloomberg", a wire service, is no person's surname
from .textlines import NEWS_AGENCIES as _NEWS_AGENCIES
from .turns import INTERVIEWER_ROLES, QUOTED_RUN

if TYPE_CHECKING:
    from .document import Sentence


#: A knight's or dame's title before a full name ("Dame Ruth Corran", "Sir Alan Petch"): group 1 the title, 2 the
#: given name, 3 the full name; and such a title before a given name alone ("Dame Ruth"), the British way of naming
#: them again: groups 1 and 2.
_HONOURED = r"(Sir|Dame)\s+([A-Z][a-z][\w'’-]*)"
_HONOURED_NAME = re.compile(rf"(?<![\w'’-]){_HONOURED}((?:\s+(?!(?i:{WEEKDAYS})\b)[A-Z][a-z][\w'’-]*){{1,2}})"
                            r"(?![\w'’-])")
_HONOURED_GIVEN = re.compile(rf"{_HONOURED}((?:['’]s\s.+)?)")  # "Sir Alan", or "Sir Alan's report"
#: British police ranks abbreviated before a surname ("DCI Halloway" after "Detective Chief Inspector Ruth Halloway",
#: "DS Pell", "PC Orme", "ACC Vesey"), read so only before a surname the document gave a person (see
#: :meth:`SourceIndex.add`): "DC" and "PC" are other things' letters too.
_BRITISH_POLICE_RANKS = r"DCI|DCS|DSU|DI|DS|DC|PC|ACC|DCC|DAC"
#: A police rank before one capitalised word ("DSP Adeyemo", "CP. Odumosu", "DCI Halloway"): group 1 the word.
_RANK_THEN_WORD = re.compile(rf"(?:(?:{POLICE_RANKS}|{_BRITISH_POLICE_RANKS})\.?|(?:{STOPPED_RANKS})\.)\s+"
                             r"([A-Z][a-z][\w'’-]*)")


def _monsieur_dropped(text: str, written: str) -> bool:
    """Whether the span ``text`` writes "M." just before ``written``, its display form, which left it out as French
    copy's "Monsieur" (see ``TITLE``, :func:`initial_m`)."""
    return (not written.startswith("M. ") and "M." in text  # most spans hold no "M.": no pattern to compile
            and re.search(rf"(?<![\w'’.-])M\.\s+{re.escape(written)}(?![\w'’-])", text) is not None)


#: A name and a patronymic ("Faisal bin Farhan"), which a longer form goes on from ("... Al Saud").
_PATRONYMIC = re.compile(r"^\S+ (?:bin|ibn|bint) \S")
#: Titles that a Gulf ruler or royal is called by with the first name alone ("Prince Faisal", "Sheikh Tamim"), and
#: a Malaysian honorific so used ("Datuk Seri Hamzah" of "Datuk Seri Hamzah Rahmat").
_ROYAL_TITLE = r"(?:Prince|Princess|Sheikh|Sheikha|Emir|Dat(?:uk|o'?)(?:\s+Seri|\s+Sri)?)"
_ROYAL_ROLES = frozenset("prince princess sheikh sheikha emir datuk dato".split())

#: "in" and a month at a span's end ("Vetter in December", "Women in March"), which ``_WHEN_AFTER`` cuts as a time.
_IN_MONTH_END = re.compile(rf"\s+in\s+(?:{MONTHS})(?:\s+\d{{4}})?$", re.I)

#: A lone capitalised word inside a sentence, after a word in lower case and before none capitalised (group 1:
#: "Harding" of "The league banned Harding for three games."; not "Tom Harding", "Holdings Ltd", nor a sentence's or
#: a quotation's first word): a name, its capital the word's own.
_LONE_NAME_WITHIN = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*[^\S\r\n]+([A-Z][a-z]+(?:['’-][A-Za-z]+)?)"
                               r"(?![\w'’-]|\.\w|\s+[A-Z])")
#: Nouns of a document a body or person issues and speaks through ("its note verbale", "their joint letter", "her
#: reply", and local copy's "a news release", "a Facebook post", "an email to parents"): see :meth:`SourceIndex.add`.
_ISSUED = (r"(?:notes?(?:\s+verbales?)?|communiqu[eé]s?|submissions?|responses?|repl(?:y|ies)|releases?|posts?|"
           rf"e-?mails?|{DOCUMENTS})")
#: Such a document's noun with up to two words before it, no possessive among them (group 1; the noun: group 2).
_ISSUED_PHRASE = rf"((?:[\w-]+\s+){{0,2}}?((?i:{_ISSUED})))"
#: Such a document the source's own: in an opener just before the source ("In its note, the mission said", "In a
#: statement, the ministry said"; when or to whom it went may follow the noun: "In a statement released after the
#: vote,", "In a letter to parents,", not by whom: "In a statement released by the mayor's office,"), after its verb
#: ("The mission said in its note verbale that"), or after the source's possessive ("The ministry's statement said",
#: the span holding the document or not).
_OWN_DOCUMENT_BEFORE = re.compile(rf"\b(?i:in\s+(?:its|their|his|her|an?))\s+{_ISSUED_PHRASE}"
                                  rf"(?:\s+(?:{MADE}|to)(?:\s+(?!by\b|from\b)[\w'’.-]+){{0,5}})?\s*,\s*$")
#: After the source, its verb of speech goes straight on to the document, an adverb or a day between ("said in a
#: statement", "also said on Friday in its reply"), not words of another act ("was named in a report by the ethics
#: committee", "rejected claims made in a report by Rights Watch": another's report); the comma that closes a span's
#: description may come first ("Safe Harbour, a charity near the port, said in a report").
_OWN_DOCUMENT_AFTER = re.compile(r"\s*,?\s*(?:(?:also|has|have|had|\w+ly)\s+){0,2}"
                                 r"(?:said|says|stated|states|wrote|writes|added|adds|announced|announces|confirmed|"
                                 r"confirms|denied|denies|responded|responds|replied|replies|argued|argues|noted|notes|"
                                 r"warned|warns|claimed|claims|insisted|insists|explained|explains|reported|reports)"
                                 r"\s+(?:(?:on\s+)?\w+day\s+)?"
                                 rf"(?i:in\s+(?:its|their|his|her|an?))\s+{_ISSUED_PHRASE}\b")
_POSSESSED_DOCUMENT = re.compile(rf"['’]s\s+{_ISSUED_PHRASE}$")
#: A source's span writing its own document with its maker after "by" ("A report by Safeguard Rights Watch", "The
#: 40-page report by the NGO"; groups as ``_ISSUED_PHRASE``'s), its publishing and when between ("a report published
#: on Monday by"), the maker's kind before its name ("by the rights group Civic Shield"): see
#: :meth:`SourceIndex._note_issued`.
_DOCUMENT_BY_MAKER = re.compile(rf"(?i:the|an?)\s+{_ISSUED_PHRASE}"
                                r"(?:\s+(?:published|released|issued)(?:\s+[\w-]+){0,3}?)?"
                                r"\s+by\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?[A-Z]")
_DOCUMENT_NEXT = re.compile(rf"\s*{_ISSUED_PHRASE}\b")
#: How far before a source's mention its own document's opener is read ("In its diplomatic note verbale, ").
_OWN_DOCUMENT_REACH = 80
#: Such a document by "the" or "this" alone, lower-case words between ("the note", "the joint letter", "this
#: letter", "the 64-page report"; group 1: those words and the noun): the one the text said a source issued, if any
#: (not "the UN report" nor "the special counsel's filing", another's).
_DEFINITE_DOCUMENT = re.compile(rf"(?i:the|this|that)\s+((?:[a-z\d][\w-]*\s+){{0,2}}?(?i:{_ISSUED}))")
#: Such a document's noun alone, as a headline writes it with "the" left out ("Survey finds ...", "Report says ...").
_BARE_DOCUMENT = re.compile(rf"(?i:{_ISSUED})")
#: What a span may write after a document's words to tell it apart: a relative clause or a participle of making it,
#: after a comma or not ("Kellin's report, released Monday", "The survey which polls 300 firms", "The report, compiled
#: by 140 scientists"); the document is the span's words before it, unless what follows names a maker ("the report, by
#: White House counsel Ana Ruiz", "a memo written by the Kessel office", "published on Monday by the rights group
#: Civic Shield": see ``_NAMED_MAKER_AFTER``).
_DOCUMENT_TOLD_APART = re.compile(rf"\s*,?\s+(?:which|that|{MADE})\b", re.I)
_NAMED_MAKER_AFTER = re.compile(r"\b(?:by|from)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?[A-Z]")
#: Such a document by "a" or "an", or as another's own ("a joint statement", "issued its own statement"; groups as
#: ``_ISSUED_PHRASE``'s): a new one, which a later "the statement" may mean rather than one a source issued before.
#: The first letter of those words is asked for first, a quicker test at each character of a sentence.
_INDEFINITE_DOCUMENT = re.compile(rf"(?=(?i:[aith]))\b(?i:an?|(?:its|their|his|her)\s+own)\s+{_ISSUED_PHRASE}\b")
#: A name's possessive before a document, "the" perhaps first ("the Regional Schools Inspectorate's report", "Yusuf
#: Delacroix's findings"): capitalised words, up to six, the name in group "owner", the document after it (see
#: ``_ISSUED_PHRASE``) read with :data:`_ISSUED_AT`.
_OWNER_OF_DOCUMENT = re.compile(r"(?<![\w'’&.-])(?:[Tt]he\s+)?"
                                r"(?P<owner>[A-Z][\w&.-]*(?:\s+(?:of\s+)?[A-Z][\w&.-]*){0,5})['’]s?\s+(?=\S)")
#: A document's words at a place (see ``_ISSUED_PHRASE``: groups 1 and 2).
_ISSUED_AT = re.compile(_ISSUED_PHRASE + r"\b")
#: After a sentence's opening subject, its issuing a document ("issued a statement", "has released a communique",
#: "sent a letter", "published its report"; groups as ``_INDEFINITE_DOCUMENT``'s), not another's ("released a report
#: by Rights Watch", "a statement from the rebels"): see :meth:`SourceIndex._see_issuer`. The subject's letters in
#: brackets may come first ("The Care Quality Commission (CQC) published its report").
_ISSUES_DOCUMENT = re.compile(r"(?:\s+\([A-Z][A-Za-z&]{1,9}\))?"
                              r"\s+(?:(?:has|have|had|also|[a-z]+ly)\s+){0,2}(?:issued|released|sent|published)\s+"
                              rf"(?i:an?|its|their)\s+{_ISSUED_PHRASE}\b(?!\s+(?:by|from|of|on\s+behalf\s+of)\s)")
#: After a new document's words, its makers by a participle of signing, writing or sending it ("A letter signed by 40
#: teachers", "a statement written by the club's captains,", "a memo sent by Ana Ruiz to staff"; group "maker"): a later
#: "the letter" is theirs (see :meth:`SourceIndex._see_issuer`). The makers end before a verb, a preposition of where
#: or when, a relative word or a stop.
_MADE_BY_AFTER = re.compile(r"\s*,?\s+(?:(?:co-?)?signed|written|drafted|penned|authored|sent|issued|released"
                            r"|published)\s+by\s+(?P<maker>(?:[\w'’.&-]+\s+){0,6}?[\w'’&-]+)"
                            r"(?=\s*(?:[,;:!?()\"“”—–]|\.(?!\w)|$)|"
                            r"\s+(?:was|were|is|are|has|have|had|to|and|which|that|who|on|in|at|last|this|calling|"
                            r"urging|demanding|asking|saying|said|says)\b)")


#: After a credited source, an appositive perhaps between, its issuing a document as ``_ISSUES_DOCUMENT`` reads it
#: ("Oslin Rights Watch, a group based in Geneva, published a report alleging ...", "when the embassy issued a
#: statement"): see :meth:`SourceIndex._note_issued`.
_ISSUES_DOCUMENT_AFTER = re.compile(rf"(?:\s*,\s*(?:an?|the)\s[^,;:()\"“”]{{1,60}},)?{_ISSUES_DOCUMENT.pattern}")
#: A document issued as its issuer's own ("published its report", "released their findings"), which no sentence
#: writing a new one ("a statement") has: see :meth:`SourceIndex._see_issuer`.
_ISSUES_OWN_DOCUMENT = re.compile(rf"\b(?:issued|released|sent|published)\s+(?i:its|their)\s+{_ISSUED_PHRASE}\b")
#: A spokesperson owned by "its" or "their" alone ("Its spokesman", "their spokeswoman"; group 1 the role), or by no
#: one ("A spokesman" of "The agency denied it. A spokesman said ..."): the spokesperson of the body the sentence
#: before credited (see :meth:`SourceIndex._spokesperson_of_its`).
_ITS_SPOKESPERSON = re.compile(r"(?i:its|their|an?)\s+(spokes(?:man|woman|person))")
#: A role or a part of a body owned by "its" alone, a few lower-case words before its noun ("Its chief executive",
#: "its board", "its lawyers"; group 1 the role's words, group 2 its noun): the body's own, as "Its spokesman" is its
#: spokesperson (see :func:`_its_role`).
_ITS_ROLE = re.compile(r"(?i:its)\s+((?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*))")
#: Nouns of a body's own part that may speak for it, besides a person's role (``PERSON_ROLES``), after "its": an
#: "office" too ("its press office", "its media office").
_BODY_PARTS = frozenset("board management leadership counsel office".split())
#: Roles of ``PERSON_ROLES`` that say what befell a person, not whom they serve ("its victims", "its survivors"):
#: no part of the body "its" means.
_NOT_OWN_ROLES = frozenset("""victim survivor witness detainee prisoner refugee bystander resident neighbour neighbor
    tenant commuter pensioner retiree whistleblower activist""".split())
#: A headline's nouns of whoever makes the product it is about ("Heart drug cuts stays in trial, maker says"), of no
#: trade: the one company the copy names, as "company" would be.
_MAKER_NOUNS = frozenset({"maker", "manufacturer"})
#: A sentence opening with "The" and a body's noun as its subject ("The company plans to file ...", "The ministry
#: will review ..."; group 1 the noun), whose nameless spokesperson set after it speaks for that body.
_BODY_SUBJECT_OPENING = re.compile(r"[\s\"“]*(?:The|the)\s+([a-z]+)\s+(?!said|says|told)[a-z]")
#: A clause of time or reason opening a sentence, a name of capitalised words, none in the possessive, as its subject
#: and a lower-case verb after it, a comma ending the clause ("When Cardwell Health lost patient records, ";
#: group 1 the name): the body a role owned by "its" just after it serves ("its chief executive said").
_CLAUSE_NAMES_SUBJECT = re.compile(r"[\s\"“]*(?:When|Whenever|After|Before|As|While|Because|Once|Since"
                                   r"|Although|Though)\s+((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)\s+[a-z][^,]*,\s*\Z")
#: A sentence's first main clause with a name of capitalised words as its subject and a lower-case verb after it,
#: then a comma or a semicolon and a conjunction ("Drayfield has not said it will, but "; group 1 the name): the body
#: a role owned by "its" opening the second clause serves ("its chief executive told investors").
_MAIN_CLAUSE_NAMES_SUBJECT = re.compile(r"[\s\"“]*(?!(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|But|And)\s)"
                                        r"((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)\s+[a-z][^,;]*[,;]\s*"
                                        r"(?:but|and|yet|while|though)\s+\Z")
#: A sentence opening with a body described in lower-case words, "the" and a body's noun last ("The competition
#: authority fined ...", "the state rail company has ..."; group 1 the body), a lower-case verb after it: whose own
#: document "its" means (see :func:`_its_document_owner`).
_DESCRIBED_BODY_OPENING = re.compile(rf"[\s\"“]*((?:The|the)\s+(?:[a-z][\w-]*\s+){{0,2}}?"
                                     rf"(?:{'|'.join(sorted(BODY_NOUNS))}))\s+(?!(?:and|or|of)\s)[a-z]")
#: Such a sentence opening with two bodies' nouns joined ("The company and the union agreed ..."): a nameless
#: spokesperson set after it may speak for either.
_TWO_BODIES_OPENING = re.compile(rf"[\s\"“]*(?:The|the)\s+({'|'.join(sorted(BODY_NOUNS))})\s+(?:and|or)\s+"
                                 rf"(?:the\s+)?(?:{'|'.join(sorted(BODY_NOUNS))})\b")
#: A count with "the" ("The two", "the pair", "the trio"; group 1) or "both" (group 2), perhaps before a plural noun
#: (group 3: "Both lawmakers", "the two men"): the people just named together, whom the count means (see
#: :meth:`SourceIndex._named_together`), never a source called "two"; "the" may stand just before the span.
_COUNT_OF_NAMED = re.compile(r"(?i:the\s+(two|three|four|pair|trio)|(both))(?:\s+([a-z]+))?")
#: How many people each count of ``_COUNT_OF_NAMED`` means, and a group's counting word ("two former employees").
_COUNTS = {"two": 2, "three": 3, "four": 4, "pair": 2, "trio": 3, "both": 2}
#: A masthead's word alone after "the" ("The Ledger", "the Post"; group 1 the word; see ``PAPER_NAME_WORDS``).
_THE_MASTHEAD = re.compile(r"(?i:the)\s+([A-Z][a-z]+)")
#: A newspaper's name written with "the", one to three capitalised words before a masthead's word ("the Harlow
#: Ledger", "The Kessel Daily Courier"; group 1 the name, group 2 its last word).
_THE_PAPER = re.compile(r"(?<![\w'’-])(?i:the)\s+((?:[A-Z][\w'’.-]*\s+){1,3}(" + "|".join(
    sorted(word.capitalize() for word in PAPER_NAME_WORDS)) + r"))(?![\w'’-])")
#: Nouns of people who act or speak for one person, or are kin to them ("lawyer", "spokeswoman", "aides", "brother"):
#: "his" or "her" before one means the person the pronoun means, never one that person serves (see
#: ``_SERVING_ROLES``).
_PERSONAL_SIDE = (rf"(?:lawyers?|attorneys?|spokes(?:man|woman|person)|aides?|advis[eo]rs?|doctors?|agents?"
                  rf"|{KIN})")
#: The nouns of a candidate's side, a person's family, an official's office, a minister's ministry or department, or
#: one of ``_PERSONAL_SIDE``.
_SIDE_NOUNS = rf"campaign|camp|team|family|office|ministry|department|{_PERSONAL_SIDE}"
#: Such a side owned by "his" or "her" alone ("Her campaign", "his camp", "her family", "her office", a minister's
#: "his ministry" or "her department", "his lawyer", "her brother"; group 1 the pronoun, group 2 the noun): the side
#: of the person the pronoun means (see :meth:`SourceIndex._side_of_his_or_her`).
_HIS_OR_HER_SIDE = re.compile(rf"(?i:(his|her))\s+({_SIDE_NOUNS})")
#: The nouns of such a side, alone: a source span of one cut off its "his" or "her" (see
#: ``framing.credit_spans.owner_grown``: "ministry" of "His ministry says").
SIDE_ALONE = re.compile(rf"(?i:{_SIDE_NOUNS})")
#: One of ``_PERSONAL_SIDE`` or the family ending what the writer asked for comment ("Vask's lawyers", "the family"):
#: people on a person's side, no body a nameless spokesperson speaks for (see :meth:`SourceIndex.see_asked_body`).
_ASKED_PERSONAL_SIDE = re.compile(rf"(?:family|{_PERSONAL_SIDE})")
#: Common nouns that end many firms' names but not only firms' ("Cardwell Health", and "the Ministry of Health"), so
#: no business's end of ``BUSINESS_NAME_ENDS``: a name of capitalised words ending in one that acted may be the firm
#: a later "the company" means (see :meth:`SourceIndex.see_capitals_subject`), where a name ending in a word of no
#: such kind is a person's ("Nkechi Obi") or a place's ("Kessel County"). Not ``FIRM_NAME_ENDS``, the last words of
#: only a firm's name ("Ridgeline Homes", "Northvale Housing"): such a name is a firm's outright, a subject that acted
#: being noted by :meth:`SourceIndex.see_body`, and its first word alone joins it.
_FIRM_LIKE_ENDS = frozenset("""health care services solutions products works resources goods supplies hospitality
    retail""".split())
#: A plural in lower case ending a name ("both parties", "the two companies", "several of the families"): many
#: bodies or people, no one body a nameless spokesperson speaks for (not "Drayfield Textiles", a name in capitals).
_LOWER_CASE_PLURAL = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*[^s\W]s\Z")
#: A document owned by "His" or "Her" opening a sentence, a few lower-case words before its noun ("His inspection",
#: "Her latest report"): group 1 the pronoun, 2 the rest.
_HIS_OR_HER_DOCUMENT = re.compile(rf"(His|Her)\s+((?:[a-z\d][\w,-]*\s+){{0,3}}?(?:{DOCUMENTS}))")
#: Two capitalised words in a row, as a person's name is written ("Rhoda Senn"; see :func:`_other_name`).
_CAPITALISED_PAIR = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)\s+([A-Z][a-z]+)(?![\w-])")


def _other_name(text: str, person: str) -> bool:
    """Whether ``text`` writes two capitalised words in a row, as a name, neither a word of the key ``person``: "Rhoda
    Senn" of "Rhoda Senn never saw the books" after "Ilse Varnock" had spoken."""
    words = person.split(" ")
    return any(first.lower() not in words and second.lower() not in words
               for first, second in _CAPITALISED_PAIR.findall(text))


#: Roles of a person who works for another, whom a "his" or "her" side after them does not mean ("Her campaign"
#: after "Ruiz's campaign spokeswoman, Lena Marsh": Ruiz's, never the spokeswoman's).
_SERVING_ROLES = frozenset("spokesperson aide aides adviser advisor manager strategist lawyer attorney".split())
#: A document written with a body's noun before it, perhaps "a" or "the" first ("A ministry statement", "the government
#: report", "according to agency figures"; group 1 the noun, group 2 the document): the own of the body "the ministry"
#: means, as "the ministry's statement" is.
_BODY_DOCUMENT = re.compile(rf"(?:(?i:an?|the)\s+)?((?i:[a-z]+))\s+((?i:{_ISSUED}))")
#: Of those documents, the ones a body only speaks through, whose word is the body's own ("statement", "release",
#: "reply"; not "report" or "figures", which may be another body's study of it): "A police statement said" is the
#: police's word, as "Police said" is.
_BODY_CHANNEL = re.compile(r"(?i:statements?|releases?|communiqu[eé]s?|responses?|repl(?:y|ies))")
#: Nouns of a sports body, none a state's nor a kind of ``BODY_NOUNS``, which write a document of that body before
#: it as those do ("A club statement said" after "Harbour City FC were docked six points": the club's, as "the club's
#: statement" is; "a federation statement", "a league statement").
_SPORTS_BODY_NOUNS = frozenset("club federation league".split())
_DOCUMENT_OWNER_NOUNS = BODY_NOUNS | _SPORTS_BODY_NOUNS
#: The words of a name ending in a trade a state's body's name ends with too that make it the state's ("Ministry of
#: Defence", "Homeland Security": see :func:`_business_name_end`).
_STATE_TRADE_WORDS = BODY_NOUNS | frozenset("homeland state national public internal civil social home of".split())
#: A body's noun alone with "the" ("The league", "the council"), as a sentence's subject (group 1 the noun): see
#: :meth:`SourceIndex._see_body_by_noun`.
_BODY_BY_NOUN = re.compile(rf"the\s+({'|'.join(sorted(_DOCUMENT_OWNER_NOUNS))})", re.I)
#: A document owned by "its" alone, a few lower-case words before its noun ("its latest monthly update", "its
#: report"): see :func:`_its_document_owner`.
_ITS_DOCUMENT = re.compile(rf"(?i:its)\s+(?:[a-z\d][\w,-]*\s+){{0,3}}?(?:{DOCUMENTS}|updates?|bulletins?|"
                           r"web\s?sites?)")
#: A state's body owned by "its" or "their" alone, capitalised or not ("Its Foreign Ministry", "its defence
#: ministry", "Its Ministry of Defence"): the state's body of the one source credited just before, as "Its
#: spokesman" is its spokesperson (see :meth:`SourceIndex._spokesperson_of_its`).
_ITS_MINISTRY = re.compile(r"(?i:its|their)\s+(?:[A-Za-z]+\s+){0,2}?(?i:ministry|department)(?:\s+of\s+[\w\s]+)?")
#: A bank's name, capitalised words ending in "Bank" or, after "the", "central bank" ("Dravik Bank", "the Velmaran
#: Central Bank", "the Velmar central bank"; group 1, "the" left out; not "Former central bank governor" nor "Many
#: central bank officials"), not a place's ("the West Bank") nor a word that opens a sentence ("But Dravik Bank"), as
#: in ``_BANK_NOT_NAME``: a body of ``_NAMED_KINDS``.
_BANK_NOT_NAME = ("West|East|North|South|Left|Right|River|The|A|An|But|And|Yet|So|In|On|At|By|For|From|With|As|"
                  "Its|Their|His|Her|When|If|After|Before")
_BANK_NAME = re.compile(rf"(?<![\w'’&.-])(?:[Tt]he\s+|(?!(?:[A-Z][\w'’&.-]*\s+){{1,3}}central\s))"
                        rf"((?:(?!(?:{_BANK_NOT_NAME})\s)[A-Z][\w'’&.-]*\s+){{1,3}}"
                        r"(?:Bank|central\s+bank))(?![\w'’-])")
#: A company's name with its legal form or a last word only a firm's name ends with (see ``FIRM_NAME_ENDS``) as the one
#: an accusing verb names ("Dravik Corp" of "The board accused Dravik Corp of hiding losses", "sued Orvane Holdings
#: Ltd.", "fined Orsk Mining"; group 1, "the" and a stop after the form left out), under the
#: same words as ``_BANK_NAME``, not one of several: the accused, whom a later "the company" answering means though it
#: opened no sentence.
#: Forms that are other words too ("Co", "AG", "SA") are left to ``_COMPANY``; a company named otherwise in passing
#: ("which supplies Acme Corp.", "Analyst Jo Park of Initech Inc.") counts for no "the company".
_COMPANY_NAME = re.compile(r"\b(?:accused|sued|fined|charged|blamed|penali[sz]ed|sanctioned|censured)\s+(?:the\s+)?("
                           rf"(?:(?!(?:{_BANK_NOT_NAME})\s)[A-Z][\w'’&.-]*\s+(?:&\s+)?){{1,4}}"
                           r"(?:Corp|Corporation|Inc|Ltd|Limited|LLC|LLP|PLC|plc|Plc|GmbH|"
                           rf"{'|'.join(sorted(end.title() for end in FIRM_NAME_ENDS))}))(?![\w-])"
                           r"(?!\.?(?:,\s*|\s+(?:and|or|&)\s+)[A-Z])")  # "accused Dravik Corp and Orvane Inc": neither
#: A firm's name of two to four capitalised words whose last only a firm's name ends with (see ``FIRM_NAME_ENDS``:
#: "Stahlwerk Motors", "Orvane Shipyards"), written anywhere; group 1 its first word, the short name copy may call it
#: by later ("Stahlwerk said"), not a word that opens a sentence nor a place's (``_BANK_NOT_NAME``).
_FIRM_FIRST_WORD = re.compile(rf"(?<![\w'’&.-])(?!(?:{_BANK_NOT_NAME})\s)([A-Z][\w'’&-]*)(?:\s+[A-Z][\w'’&-]*){{0,2}}"
                              rf"\s+(?:{'|'.join(sorted(end.title() for end in FIRM_NAME_ENDS))})(?![\w'’-])")
#: A capitalised word of a body's name, no word that opens a sentence nor a place's (``_BANK_NOT_NAME``).
_BODY_WORD = rf"(?!(?:{_BANK_NOT_NAME})\s)[A-Z][\w'’&.-]*"
#: The letters that end a football club's name ("Harbour City F.C.", "Dunmore AFC", "Real Oviedo CF"), as
#: keys: a club that "the club" heads.
_CLUB_ENDS = frozenset("fc f.c afc a.f.c cf c.f".split())
#: Words of a sports club's name, those letters or a word that football and other clubs end their names with
#: ("Harbour City", "Dunmore Rovers", "Kessel United"), as keys: "the club" may mean a body so named, credited
#: just before it (see ``_KIND_NAME_WORDS``).
_CLUB_NAME_WORDS = _CLUB_ENDS | frozenset("""club united city town county rovers wanderers athletic albion
    rangers""".split())
#: Of those, the words copy calls a club by alone ("United", "City", "Rovers"), as keys: not "club" nor its letters.
_CLUB_SHORT_NAMES = _CLUB_NAME_WORDS - _CLUB_ENDS - {"club"}
#: Verbs that accuse or punish, and just after one ("charged Kessel United", "fined Dunmore Rovers"): its object.
_ACCUSING_VERBS = tuple("accused sued fined charged blamed penalised penalized sanctioned censured punished".split())
_AFTER_ACCUSING = "(?:" + "|".join(f"(?<={verb} )" for verb in _ACCUSING_VERBS) + ")"
#: The last word of a club's name: "Club" or a club's letters ("FC", "A.F.C."), and one only clubs end theirs with
#: ("United", "Rovers": see ``CLUB_ONLY_ENDS``).
_CLUB_LETTERS = r"(?:Club|FC|AFC|CF|F\.C\.|A\.F\.C\.|C\.F\.)"
_CLUB_ONLY_END = rf"(?:{'|'.join(sorted(word.title() for word in CLUB_ONLY_ENDS))})"
#: A club's name for ``_NAMED_KINDS``, "the" left out: capitalised words ending in "Club" or a club's letters
#: ("Harbour City FC", "Dunmore A.F.C.", "Kessel Rowing Club"), which say it is one wherever it is named, or in a word
#: only clubs end their names with after a verb that accuses or punishes ("The league charged Kessel United", not
#: "City" nor "County", which places end theirs with): the accused club, whom a later "the club" answering means.
_CLUB_NAME = re.compile(rf"(?<![\w'’&.-])(?:[Tt]he\s+)?((?:{_BODY_WORD}\s+){{1,3}}{_CLUB_LETTERS}"
                        rf"|{_AFTER_ACCUSING}(?:{_BODY_WORD}\s+){{1,3}}{_CLUB_ONLY_END}"
                        # "charged Kessel United and Dunmore Rovers": neither
                        r"(?!,\s*[A-Z]|\s+(?:and|or|&)\s+[A-Z]))(?![\w-])")
#: A club's name by its words wherever written, "the" left out, ending in either ("Harlow Rovers", "Kessel United FC";
#: group 1): a headline's "club" under it may mean it (see :meth:`SourceIndex._club_in_view`).
_CLUB_WRITTEN = re.compile(rf"(?<![\w'’&.-])((?:{_BODY_WORD}\s+){{1,3}}(?:{_CLUB_LETTERS}|{_CLUB_ONLY_END}))(?![\w-])")


def _state_body_name(kind: str, more: str = "") -> re.Pattern[str]:
    """A name of a body of a state's ``kind``, group 1, "the" left out: capitalised words ending in the kind's word,
    one "of" or "of the" between two of them allowed ("Harlow Police Department", "Port of Vell Authority": not "Vell
    Authority" alone, which "the authority" would then mean apart from the port's), or the word and "of" a portfolio,
    capitalised words before it or not ("Department of Justice", "Ministry of Trade and Industry", "International
    Federation of Rowing"), or ``more``, a pattern of another way to name one."""
    portfolio = rf"\s+of\s+(?:the\s+)?(?:{_BODY_WORD}\s+(?:(?:and|&)\s+)?){{0,2}}{_BODY_WORD}"
    words = rf"{_BODY_WORD}\s+(?:of\s+(?:the\s+)?{_BODY_WORD}\s+)?(?:{_BODY_WORD}\s+){{0,2}}"
    return re.compile(rf"(?<![\w'’&.-])(?:[Tt]he\s+)?({words}{kind}(?:{portfolio})?|{kind}"
                      rf"{portfolio}{more})(?![\w-])")


#: A country's ministry with no portfolio, its country in a capitalised word, "the" or not, and "ministry" in lower
#: case ("the Dalmori ministry"; group 1 the country's word): see :meth:`SourceIndex._country_ministry`.
_COUNTRY_MINISTRY = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w-]+)\s+ministry")
#: A ministry's other names for ``_state_body_name``: its country after its portfolio ("Ministry of Trade of Ostria"),
#: or its portfolio in lower case ("Russia's defence ministry", "a defence ministry engineer"), a ministry too; not a
#: word of how secret or new the thing after it is (see ``LONE_MODIFIERS``: "a leaked ministry memo" names none), nor a
#: small word (``HEADLINE_SMALL_WORDS``: "according to ministry figures" names no ministry "according to").
_NOT_A_PORTFOLIO = "|".join(sorted(LONE_MODIFIERS | HEADLINE_SMALL_WORDS))
_MINISTRY_MORE = (rf"(?:\s+of\s+(?:the\s+)?{_BODY_WORD})?|(?:{_BODY_WORD}\s+)?"
                  rf"(?:(?!(?:{_NOT_A_PORTFOLIO}|its|their|this|that|his|her|our)\s)[a-z]+\s+){{1,2}}ministry")
#: Last words of a body whose name holds a force's ("Independent Police Conduct Authority", "Kestorian Police
#: Federation"): no police force, but one that oversees or speaks for officers.
_NOT_A_FORCE = "Authority|Federation|Association|Commission|Union|Board|Council|Committee|Ombudsman|Academy|College"
#: A police force's name for ``_NAMED_KINDS``, "the" left out: capitalised words, no weekday nor month among them,
#: then "police" or "Constabulary" ("Calder Bay police", "Israeli police", "Harlow Police Department", a British
#: force's "Eastmarch Constabulary"), or a lower-case word for another force than the local one ("state police",
#: "military police"), which counts as a second force, or the local force owned by "the city's" or "the town's" ("the
#: city's police department"); not the words of a body named after forces (see ``_NOT_A_FORCE``).
_POLICE_NAME = re.compile(rf"(?<![\w'’&.-])(?:[Tt]he\s+)?("
                          rf"(?:(?:(?!(?i:{WEEKDAYS}|{MONTHS})\b){_BODY_WORD}\s+){{1,3}}|"
                          r"(?:state|county|federal|national|military|border|transit|tribal|campus)\s+)"
                          r"(?:[Pp]olice(?:\s+(?:Department|Service|Force))?|Constabulary)"
                          r"|(?:city|town|village|borough)['’]s\s+police(?:\s+(?:department|service|force))?)"
                          r"(?![\w-])"
                          rf"(?!\s+(?:[A-Z][\w'’-]*\s+){{0,2}}(?:{_NOT_A_FORCE}))")
#: A key of a police force written by its place, in one or two words, and "force" (group 1 the place): "orwick force"
#: of "The Orwick force says" (see :meth:`SourceIndex._force_of_place`).
_PLACE_FORCE = re.compile(r"([a-z][\w'’-]*(?: [a-z][\w'’-]*)?) force")
#: A key of people who speak for a body, as officials at it or of it (group 1) or by its name before their noun (group
#: 2): "officials at norbridge university", "senior officials of the ministry", "dravik bank executives".
_OFFICIALS_OF_BODY = re.compile(r"(?:[a-z]+\s+)?(?:officials|executives|administrators|spokespeople|representatives)"
                                r"\s+(?:at|of|from|with)\s+(?:the\s+)?(.+)"
                                r"|(.+?)\s+(?:officials|executives|administrators)")
#: A key of a place's own police force, owned by "the city's" or "the town's" or written "city police" (group 1), or
#: named by a place in one or two words (group 2, or group 3 after "police in"): "city's police department", "marlow
#: police", "port vell police service", "police in marlow" (see :meth:`SourceIndex._local_force`).
_LOCAL_FORCE = re.compile(r"(?:((?:city|town|village|borough)(?:['’]s)?)|([a-z][\w'’-]*(?: [a-z][\w'’-]*)?)) police"
                          r"(?: department| service| force)?|police in ([a-z][\w'’-]*(?: [a-z][\w'’-]*)?)")
#: A cue and "it" with a firm's step after it ("said it would cut 300 jobs", "said on Monday it plans to"), a day
#: allowed between: what a business says of itself, which a person's "said it" seldom opens so.
_ACTED_AS_FIRM = re.compile(rf"\s+{SAID_THEN}(?:(?:on\s+(?:{WEEKDAYS})|yesterday|today|last\s+week)\s+(?:that\s+)?)?"
                            r"it\s+(?:would|will|plans|planned|expects|expected|had agreed|has agreed)"
                            r"\s+(?:to\s+)?(?:cut|close|buy|sell|acquire|hire|lay|shut|invest|merge|list|build|launch|"
                            r"recall|resume|suspend)\b", re.I)
#: A spouse spoken of by the partner's own pronoun ("her husband", "his late wife"; group 1 the pronoun): the
#: speaker is that spouse's partner (see :meth:`SourceIndex._spouse_named`).
_SPOUSE_SPOKEN_OF = re.compile(r"\b(her|his)\s+(?:late\s+)?(?:husband|wife)\b", re.I)
#: The nouns for the partner whose pronoun speaks of their spouse: "her husband" is said by a wife or widow.
_SPOUSE_NOUNS = {"her": ("wife", "widow"), "his": ("husband", "widower")}
#: An event's name, "the" left out: capitalised words ending in a word that names an event ("Brightwater Film
#: Festival", "Orsk Marathon", "Kessel Book Fair"; group 1), whose organisers speak for it (see
#: :meth:`SourceIndex._event_organised`).
_EVENT_NAME = re.compile(rf"(?<![\w'’&.-])(?:[Tt]he\s+)?((?:{_BODY_WORD}\s+){{1,4}}(?:Festival|Marathon|Fair|Expo|"
                         r"Carnival|Biennale|Olympics|Games|Championships?|Tournament|Parade|Summit))(?![\w-])")
#: The words one of which an event's name ends with (see ``_EVENT_NAME``): a sentence holding none names no event.
_EVENT_WORD = re.compile(r"Festival|Marathon|Fair|Expo|Carnival|Biennale|Olympics|Games|Championship|Tournament"
                         r"|Parade|Summit")
#: What parts a list of names ("dan orr, mira lisk and tom vask"): a comma, "and" after it allowed, or "and".
_LIST_PARTS = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
#: Organisers with no name of their own ("organisers said", "festival organizers"), as keys: an event's.
_ORGANISERS = re.compile(r"(?:([a-z]+) )?organi[sz]ers")
#: A school district's name for ``_NAMED_KINDS``, "the" left out: capitalised words before "School District" or
#: before "Schools" after a word for the place it serves ("Orrin School District", "Orrin Public Schools", "Kessel
#: County Schools"), which "the district" means.
_SCHOOL_DISTRICT_NAME = re.compile(rf"(?<![\w'’&.-])(?:[Tt]he\s+)?((?:{_BODY_WORD}\s+){{1,3}}(?:School\s+District|"
                                   r"(?:Public|City|County|Area|Community|Unified|Township|Regional|Independent)"
                                   r"\s+Schools))(?![\w-])")
#: A judge's titles, which "the judge" alone in lower case means a judge named after it by (see
#: :meth:`SourceIndex._role_named_later`); not a title a story's other people hold unnamed ("the president", "the
#: director": one may be the president of a body, and another, named later, the country's).
_JUDGE_TITLES = frozenset("judge magistrate".split())
#: One person by a role in lower case with no name, "one", "a", "an" or "the" perhaps before it ("One official", "A
#: chief executive", "resident" of "A resident"; group 1 the role), of whom "Another" alone is one more (see
#: :meth:`SourceIndex._another_of_its_kind`).
_ONE_BY_ROLE = re.compile(r"(?:(?i:one|an?|the)\s+)?((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
#: A source's key owned by a name of one word in the possessive ("dorr's office", "vask's lawyers"): group 1 the
#: owner, group 2 what it owns (see :meth:`SourceIndex._owned_in_full`).
_OWNED_BY_ONE_WORD = re.compile(r"([^\s']+)'s ([^']+)")
#: Lower-case words for how far a body's reach goes, which a story may add to a body it describes before naming it
#: ("the national air accident bureau") or keep in its name ("Federal Election Commission", not the state's own):
#: see :meth:`SourceIndex._name_body_in_lower_case`.
_BODY_SCOPES = frozenset("""national federal state city county town district local regional municipal provincial
    international european""".split())
#: Bodies made of people, which a story may describe by what they are made of before naming them ("A panel of 40
#: climate scientists", then "the Kestorian Climate Panel": see :meth:`SourceIndex._name_described_body`), and whose
#: members then speak as the body ("the scientists": see ``_MADE_OF_PEOPLE``).
_COLLECTIVE_BODIES = frozenset(
    "panel commission committee council board coalition alliance group team delegation".split())
#: A force's members with no "the", whom blotter copy credits for the force: "troopers" the state police, "deputies" the
#: sheriff's office (see :meth:`SourceIndex._force_named`).
_FORCE_MEMBERS = frozenset({"troopers", "state troopers", "deputies"})
#: A union's name for ``_NAMED_KINDS``, "the" left out (group 1): capitalised words ending in "Union" or "Guild", "and"
#: or "&" between two of them allowed ("Allied Nursing Union", "Transport and Warehouse Workers Union"), or either and
#: "of" what its members do ("Royal Guild of Nurses"); not a union of states, whose name opens with a people's or a
#: continent's word ("European Union", "African Union"; nor the rest of such a name, "Economic Union" of "Eurasian
#: Economic Union"), nor one whose word before "Union" says what states or savers share ("Universal Postal Union",
#: "Customs Union", "Harbour Credit Union"; but "Postal Workers Union" is workers').
_STATES_UNION = "European Soviet African Eurasian Arab Latin Pan".split()
_SHARED_UNION = "Postal Customs Monetary Banking Credit Economic".split()
_UNION_OF = rf"\s+of\s+(?:the\s+)?(?:{_BODY_WORD}\s+(?:(?:and|&)\s+)?){{0,2}}{_BODY_WORD}"
_UNION_NAME = re.compile(rf"(?<![\w'’&.-])(?:[Tt]he\s+)?(?!(?:{'|'.join(_STATES_UNION)})\s)"
                         + "".join(rf"(?<!{word}\s)" for word in _STATES_UNION)
                         + rf"((?:{_BODY_WORD}\s+(?:(?:and|&)\s+)?){{1,5}}"
                         + "".join(rf"(?<!{word}\s)" for word in _SHARED_UNION) + rf"(?:Union|Guild)(?:{_UNION_OF})?"
                         rf"|(?:Union|Guild){_UNION_OF})"
                         r"(?![\w-])")
#: The kinds of body that "the" and the kind's noun in lower case means the one of, named anywhere in the text, a
#: source or not: the noun -> how a body of that kind is named (group 1 its name as written). "The bank said" after
#: "The board accused Dravik Bank" is Dravik Bank's, and so for "the department", "the agency", "the ministry", "the
#: federation" (a sports body's, "the Kestorian Rowing Federation"), "the club" ("Harbour City FC"), "the hospital"
#: ("St. Aubyn's Hospital", "Arven General Hospital Center"), "the district" ("Orrin Public Schools"), "the festival"
#: ("Brightwater Film Festival"), "the university" ("Norbridge University", "University of Orsk"), "the college",
#: "the authority", "the directorate", "the commission" and "the board" ("Lisk Port Authority", "Maritime Safety
#: Directorate", "Velmar Drug Safety Board"), "the foundation", "the trust" and "the institute" of a charity or a
#: research body ("Halvard Foundation", "Orlen Flood Relief Trust", "Vell Media Institute"), "the group" of a group
#: named by its capitals ("Harbour Rights Group", a business's "Orvane Group" too; not "the network":
#: a broadcaster named by its letters is "the network" too, beside another named "... Network"), "the brigade",
#: "the battalion" and "the regiment" of an armed unit ("Free Vale Brigade", "Third Mountain Battalion")
#: and "the police" (and "Police" with no "the": see :meth:`SourceIndex._force_named`);
#: after two bodies of the kind it is neither's (see :meth:`SourceIndex._see_named_kinds`,
#: :meth:`SourceIndex._kind_named`). Why: the body accused by name is most often the one that answers, and a story
#: seldom names it as a source first. A company is one named so (``_COMPANY_NAME``) or noted by the company rules
#: (see :meth:`SourceIndex._note_company`), which "the company" or "the firm" reads together (see
#: :meth:`SourceIndex._company_described`); a capitalised "The Ministry" joins a statement heading's (see
#: :func:`_issuers_named`); each of these joins its one body as the kinds do (see :meth:`SourceIndex._one_named`).
#: A new kind is one entry here.
_NAMED_KINDS: dict[str, re.Pattern[str]] = {
    "bank": _BANK_NAME, "company": _COMPANY_NAME,
    "department": _state_body_name("Department"), "agency": _state_body_name("Agency"),
    "ministry": _state_body_name("Ministry", _MINISTRY_MORE), "police": _POLICE_NAME,
    "federation": _state_body_name("Federation"), "club": _CLUB_NAME,
    "hospital": _state_body_name(r"Hospital(?:\s+Cent(?:er|re))?"), "district": _SCHOOL_DISTRICT_NAME,
    "festival": _state_body_name("Festival"), "university": _state_body_name("University"),
    "college": _state_body_name("College"), "authority": _state_body_name("Authority"),
    "directorate": _state_body_name("Directorate"), "commission": _state_body_name("Commission"),
    "board": _state_body_name("Board"), "inquiry": _state_body_name("Inquiry"), "union": _UNION_NAME,
    "foundation": _state_body_name("Foundation"),
    "trust": _state_body_name("Trust"), "institute": _state_body_name("Institute"),
    "polytechnic": _state_body_name("Polytechnic"), "inspectorate": _state_body_name("Inspectorate"),
    "group": _state_body_name("Group"), "brigade": _state_body_name("Brigade"),
    "battalion": _state_body_name("Battalion"), "regiment": _state_body_name("Regiment"),
}
#: The words one of which a name of a kind of ``_NAMED_KINDS`` is written with, as its pattern asks for them (a club's
#: letters, "FC" of "AFC" too, or a verb that accuses or punishes before it): a sentence holding none names no body
#: of that kind, and is not searched for one (most sentences name none, and the patterns are slow to fail). A kind not
#: here is always searched.
_NAMED_KIND_WORDS: dict[str, tuple[str, ...]] = {
    "bank": ("Bank", "central bank"), "department": ("Department",), "agency": ("Agency",),
    "ministry": ("Ministry", "ministry"),
    "authority": ("Authority",), "directorate": ("Directorate",), "commission": ("Commission",), "board": ("Board",),
    "inquiry": ("Inquiry",), "union": ("Union", "Guild"),
    "police": ("olice", "Constabulary"), "federation": ("Federation",), "company": _ACCUSING_VERBS,
    "club": ("Club", "FC", "CF", "F.C.", "C.F.", *_ACCUSING_VERBS), "hospital": ("Hospital",), "district": ("School",),
    "festival": ("Festival",), "university": ("University",), "college": ("College",),
    "foundation": ("Foundation",), "trust": ("Trust",), "institute": ("Institute",),
    "polytechnic": ("Polytechnic",), "inspectorate": ("Inspectorate",), "group": ("Group",),
    "brigade": ("Brigade",), "battalion": ("Battalion",), "regiment": ("Regiment",),
}
#: Every word of ``_NAMED_KIND_WORDS``, each looked for once in a sentence (the verbs that accuse are two kinds' words).
_NAMED_KIND_WORDS_ALL = frozenset(word for words in _NAMED_KIND_WORDS.values() for word in words)
#: A source's key that is a name and the kind of outlet it names ("velnova news agency", "kessel times newspaper";
#: group 1 the name), which the name alone means too (see :meth:`SourceIndex._outlet_or_name`).
_OUTLET_KEY = re.compile(r"(.+) (?:news agency|newspaper|broadcaster)")
#: The kinds of outlet of ``_OUTLET_KEY``, as a key ends with them.
_OUTLET_KINDS = ("news agency", "newspaper", "broadcaster")
#: A filing by "the" and up to two lower-case words ("The complaint", "the civil lawsuit", "The indictment"; group 1
#: its noun): the one a body or person was named as filing, if one was (see :meth:`SourceIndex._see_filer`).
_DEFINITE_FILING = re.compile(r"(?i:the)\s+(?:[a-z][\w-]*\s+){0,2}?((?i:complaints?|(?:law)?suits?|filings?|"
                              r"petitions?|indictments?))")
#: A new filing a sentence writes, "a", "another" or a possessive pronoun before its noun, two words allowed ("In a
#: filing on Tuesday", "in its court filing"), a motion filed or lodged or one asking a court for something ("filed a
#: motion", "a motion to dismiss"; not a legislature's "passed a motion on the case"), or "court papers": one a later
#: "the filing" may be, which the suit's complaint is not when another side made it (see
#: :meth:`SourceIndex._files_anew`).
_NEW_FILING = re.compile(r"\b(?:(?:a|an|another|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?filings?"
                         r"|(?:fil(?:e|es|ed|ing)|lodg(?:e|es|ed|ing)|submit(?:s|ted|ting)?)\s+"
                         r"(?:a|an|another|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?motions?"
                         r"|(?:a|an|another|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?motions?\s+"
                         r"(?:to\s+(?:dismiss|strike|compel|quash|stay|throw)"
                         r"|for\s+(?:summary|an?\s+injunction|judgment|dismissal))"
                         r"|court\s+papers)\b", re.I)
#: The nouns of a suit's document, each of which means the one document a suit is (see
#: :meth:`SourceIndex._suit_named_first`).
_SUIT_NOUNS = ("complaint", "lawsuit", "suit", "filing")
#: A suit's document by its noun alone, "the" allowed before it ("The complaint", "the filing", "lawsuit"; group 1 its
#: noun); not one told apart by a word before its noun ("the amended complaint", "a second lawsuit").
_PLAIN_SUIT = re.compile(rf"(?:(?i:the)\s+)?((?i:{'|'.join(_SUIT_NOUNS)}))")
#: Capitalised words naming who files, "the" allowed before them, "of", "for", "and" or "&" between ("The Securities
#: Board", "the Securities and Exchange Commission", "Attorney General Ana Ruiz").
_FILER_NAME = r"(?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+(?:(?:of|of\s+the|for|and|&)\s+)?[A-Z][\w&.'’-]*){0,5}"
#: A sentence opening with who sues, files a suit or indicts, an opener of up to four words and a comma allowed
#: before it ("The Securities Board sued", "On Monday, the board filed a civil complaint against", "filed a suit in
#: the High Court", "The Justice Department indicted"; through lawyers, "Ruiz's lawyers filed", group "counsel"), or
#: with whom it sues in the passive and who sues after "by" ("Pellam was sued by the Securities Board"): group
#: "filer" who files, group "indicted" set for an indictment.
_FILER = re.compile(
    rf"^(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){{0,3}},\s+)?(?:(?P<filer>{_FILER_NAME})"
    r"(?P<counsel>['’]s\s+(?:lawyers?|attorneys?|legal\s+team))?\s+(?:(?:has|have|had)\s+)?"
    r"(?:(?:also|[a-z]+ly)\s+)?(?:sued|(?:filed|brought|lodged)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:lawsuit|suit|complaint|petition)(?:\s+against)?|(?P<indicted>indicted))"
    rf"|[A-Z][^,;:]*?\s(?:is|are|was|were|has\s+been|have\s+been)\s+sued\s+by\s+(?P<agent>{_FILER_NAME}))"
    r"(?=[\s,.;:])")

#: The verbs that each match of ``_FILER`` holds: a sentence without one is not read for a filer.
_FILER_VERBS = ("sued", "filed", "brought", "lodged", "indicted")

_SPACE = re.compile(r"\s+")
#: How many canonical names and spans the pure readings of them keep once worked out (see :func:`_plural_group`): each
#: sentence's mention is read again against every name mentioned before it.
_NAMES_KEPT = 4096


@lru_cache(maxsize=_NAMES_KEPT)
def _word_written(word: str) -> re.Pattern[str]:
    """A pattern of ``word`` written whole, no word's letters, apostrophe or hyphen on either side ("Brightway" in
    "Brightway hired", not in "Brightways"); built once per word, as a body's name is asked for sentence after
    sentence (see :meth:`SourceIndex._accused_in_view`)."""
    return re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])")


#: A glued particle and its hyphen opening a lower-case word ("al-" of "al-assad").
_GLUED_START = re.compile(rf"^(?:{_GLUED})-")
#: The end of what stands before a family name glued to its particle ("bashar al-" of "bashar al-assad").
_GLUED_BEFORE = re.compile(rf" (?:{_GLUED})-\Z")

#: A company that opens a sentence, named with its legal form ("Acme Corp.", "Bank of America Corp.",
#: "Johnson & Johnson Inc.", "Siemark Pty Ltd", "Velmora Pharma AG"). Short capitals (SA, NV, KK, LP, Oy...)
#: count only when no name follows them; "AG" nor before a possessive, nor after a state's name or a rank (see
#: ``AG_OF``): "New York AG Letitia James" and "New York AG's office" are an attorney general's.
_NAME_WORD = r"[A-Z][\w'’.-]*"
_COMPANY = re.compile(
    rf"({_NAME_WORD}(?:\s+(?:(?:&|of|de)\s+)?{_NAME_WORD}){{0,4}}\s+(?:&\s+)?"
    r"(?:(?:Corp|Corporation|Inc|Ltd|Limited|LLC|LLP|plc|PLC|Plc|Co|Holdings|GmbH|KGaA|Oyj|SpA|SARL)\b(?!-)\.?"
    r"|S\.p\.A\.|S\.A\.S\.|S\.A\.|N\.V\.|(?:SA|SAS|SE|NV|BV|AB|ASA|A/S|KK|LP|Oy)\b(?!-)(?!\s+[A-Z])"
    r"|AG\b(?![-'’])(?!\s+[A-Z])))")

#: The same with the legal forms that are also words or abbreviations ("AG" an attorney general, "LP" a
#: record, "Sas" a surname), read as legal forms only at the end of a name noted as a company's (see
#: ``_COMPANY``): "siemark ag" is "siemark" for short, while "New York AG" stays no company.
_COMPANY_FORM_END = re.compile(rf"(?:\s+(?:&\s+)?(?:{LEGAL_FORMS}|ag|sas|kk|lp|oy)\.?)+$")

#: An opening phrase up to its comma: a capitalised word (one of ``NOT_A_NAME_START`` to count) and one to six
#: lower-case words or numbers ("For nearly three years, ", "In a statement, ").
_OPENING_PHRASE = re.compile(r"([A-Z][a-z]*)(?:\s+[a-z\d][\w'’-]*){1,6},\s+")

#: Nouns that describe a business and never a person ("a local retailer" or "a private lender" may be one).
_BUSINESS_NOUNS = r"company|firm|corporation|conglomerate|carmaker|automaker|drugmaker|chipmaker|airline|insurer"

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
#: The last word of each kind of ``_BUSINESS_KIND``, one of which each match of ``_DESCRIBED_BUSINESS`` holds.
_BUSINESS_KIND_WORDS = (*_BUSINESS_NOUNS.split("|"), "operator")
#: A company's name before "'s", which it leaves out ("Ridgeline" of "Ridgeline's"; each word as short as it may be).
_OWNER_NAME = r"[A-Z][\w'’.-]*?(?:\s+(?:(?:&|of|de)\s+)?[A-Z][\w'’.-]*?){0,4}?"
#: The roles of one who heads a company: a chief executive, operating, financial or technology officer, or a managing
#: director (who heads a state's fund in letters too: "IMF Managing Director", see ``_MANAGING_DIRECTOR``).
_CHIEF = (r"(?:CEO|CFO|COO|CTO|(?i:chief\s+(?:executive|financial|operating|technology)(?:\s+officer)?"
          r"|managing\s+director))")
_MANAGING_DIRECTOR = re.compile(r"managing\s+director", re.I)
#: A company written before its chief's title and name, opening a sentence ("Stratus CEO Omar Keene walked on stage",
#: "Velta Motors chief executive Ana Ruiz said", "Ridgeline's managing director, Ann Pell, said"): one of ``_CHIEF``
#: heads a company, so the name is one (group 1), though no source; a word of the chief's time in office before it is
#: no word of the name ("Former Stratus CEO", "Ex-Stratus CEO").
_COMPANY_CHIEF = re.compile(rf"(?:(?:Former|Acting|Interim|Outgoing|Incoming)\s+|(?:Ex|Then)-)?"
                            rf"({_OWNER_NAME})(?:['’]s)?\s+{_CHIEF},?\s+[A-Z]")
#: The same after the chief's name opening a sentence, the company in the possessive or after "of" or "at" ("Ann
#: Pell, Ridgeline's managing director, said", "Ann Pell, chief executive of Ridgeline, said"; group 1 or 2).
_CHIEF_OF_COMPANY = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}},\s+(?:the\s+)?"
                               rf"(?:({_OWNER_NAME})['’]s\s+{_CHIEF}|{_CHIEF}\s+(?:of|at)\s+({_BUSINESS_NAME}))"
                               r"(?=[\s,])")
#: A sentence opening with shares in a company, its name after "in" or "of" (group 1: "Kessel Homes" of "Shares in
#: Kessel Homes fell 6%"): only a company has shares, so the name is one, though no source; but for a market's
#: place, a country, a capital or a continent (``_MARKET_PLACES``: "Shares in Tokyo fell").
_MARKET_PLACES = COUNTRIES | CAPITALS.keys() | {"Asia", "Europe", "Africa", "America", "Americas"}
_SHARES_IN = re.compile(rf"(?:Shares|Stock)\s+(?:in|of)\s+({_BUSINESS_NAME})(?=[\s,.;:])")
#: An investor described before its name, which may be a firm or a person ("short seller Grayfin Research", "the
#: activist investor Dale Marsh", "hedge fund Orrin Capital"); group 1 holds the description, group 2 the name.
_INVESTOR_KIND = r"(?i:short[\s-]+seller|activist\s+investor|(?:activist\s+)?hedge\s+fund)"
_DESCRIBED_INVESTOR = re.compile(rf"(?:(?i:the|an?)\s+)?(?:[a-z][\w-]*\s+)?({_INVESTOR_KIND})\s+({_BUSINESS_NAME})")
#: Of those, a short seller's kind as noted (see ``SourceIndex.kinds``: "short seller", "short-seller"): what such a
#: firm says of a company is its allegation ("Grayfin Research said Meridia inflated its sales"), which "the firm"
#: denying it does not make.
_SHORT_SELLER_KIND = re.compile(r"short[\s-]+seller")
#: The same described after its name and a comma, up to a comma or the end ("Grayfin Research, a short seller", "Orrin
#: Capital, the activist hedge fund"); group 1 holds the name, group 2 the description.
_INVESTOR_DESCRIBED_AFTER = re.compile(rf"({_BUSINESS_NAME}),\s+(?i:the|an?)\s+(?:[a-z][\w-]*\s+)?({_INVESTOR_KIND})")
#: Such a description set apart by commas right after a span that ends with the name ("Grayfin Research" of
#: "Grayfin Research, a short seller, said"); group 1 holds the description.
_APPOSED_INVESTOR = re.compile(rf"\s*,\s+((?i:the|an?)\s+(?:[a-z][\w-]*\s+)?{_INVESTOR_KIND})\s*,")

#: "The company" or "the firm" inside a spokesperson's span ("a spokesman for the company", "the firm's
#: spokeswoman"), which means the company "the company" alone would (see ``SourceIndex._company_spokesperson``).
_THE_COMPANY = re.compile(r"(?<![\w'’-])the\s+(?:company|firm|corporation)(?![\w-])", re.I)
#: "A company spokesman", "a board spokeswoman" and the like: the spokesperson of the body "the company" or "the
#: board" would mean, as "a spokesman for the company" is (see ``_THE_COMPANY``); group 1 the body's noun.
_A_BODY_SPOKESPERSON = re.compile(r"(?i:an?)\s+([a-z]+)\s+spokes(?:man|woman|person)")
#: "A public inquiry" ("A public inquiry has heard that ..."): the one inquiry the text named, as "the inquiry" is (see
#: ``_NAMED_KINDS``).
_A_PUBLIC_INQUIRY = re.compile(r"(?i:an?)\s+public\s+inquiry")
#: "A ministry official": one official of the body the noun means, named before (see :meth:`SourceIndex.add`).
_A_BODY_OFFICIAL = re.compile(r"(?i:an?)\s+[a-z]+\s+official")
#: A person's role owned by one noun ("company's chief executive"): group "noun" the owner, "role" the role.
#: A role written with its holder's sex ("spokeswoman", "chairman"; group 1 "man" or "woman").
_SEXED_ROLE = re.compile(r"(?<![\w'’-])(?:spokes|chair)(man|woman)(?![\w'’-])", re.I)
_OWNED_ROLE = re.compile(r"(?P<noun>[a-z]+)['’]s (?P<role>[a-z][a-z -]*)")
#: "the" before a noun in the possessive ("the company's"; group "noun" the noun): an owner the copy writes with "the".
_THE_OWNER = re.compile(r"(?<![\w'’-])the\s+(?P<noun>[a-z]+)['’]s\s", re.I)
#: A "the" just before a span that left it out ("the [company] said"): the span is a description with it.
_THE_BEFORE = re.compile(r"(?<![\w'’-])the\s+$", re.I)
#: "The" opening a mention ("The Ledger"), which no person's surname alone takes.
_THE_OPENING = re.compile(r"the\s", re.I)
#: "The spokesperson, Clarita Reyes": a definite role, then the person's name (see ``SourceIndex.add``).
_ROLE_THEN_NAME = re.compile(r"^the\s+([a-z][\w'’ -]*?),\s+(.+)$", re.I)
#: "Piet Dorran, the former manager": the person's name, then the definite role in lower case set apart after it.
_NAME_THEN_ROLE = re.compile(r"^[A-Z][^,]*,\s+the\s+([a-z][a-z'’ -]*)$")

#: A firm's one-word name and its chief executive's role before a person's name in a span ("Quillon's chief
#: executive, Rafe Delacroix", "Quillon CEO Rafe Delacroix"): group 1 is the firm's word.
_FIRM_CHIEF_BEFORE = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w-]*)(?:'s)?\s+"
                                r"(?:[Cc]hief\s+[Ee]xecutive(?:\s+[Oo]fficer)?|CEO),?\s+[A-Z]")
#: The same set apart after the name ("Rafe Delacroix, Quillon's chief executive,", "..., chief executive of
#: Quillon"): group 1 or 2 is the firm's word.
_FIRM_CHIEF_AFTER = re.compile(r",\s+(?:the\s+)?(?:([A-Z][\w-]*)'s\s+(?:chief\s+executive(?:\s+officer)?|CEO)"
                               r"|(?:chief\s+executive(?:\s+officer)?|CEO)\s+of\s+([A-Z][\w-]*))(?![\w'-])")
#: Words after a body's head that still belong to its name ("Ministry of ...", "Office for ...").
_NAME_GOES_ON = frozenset("of for in at on".split())
#: An initialism with its stops before a title's or a trade's words ("U.S." of "U.S. Attorney Ana Ruiz", "Acting
#: U.S. Attorney"), read with them as "US" is: the name read from the run is then the whole source, not a shorter one
#: that would keep a later "Ruiz" from joining it. No match opens just after a stop: inside a long run of initials
#: ("A.B.C.D. ..."), each would read the run to its end again.
_INITIALISM_BEFORE = r"(?:(?:[A-Z][\w'’-]*\s+)?(?:[A-Z]\.){2,}\s+)?"

#: Abbreviated titles and the role each stands for ("Supt" a superintendent, "Cllr" a councillor).
_ABBREVIATED_ROLES = {"supt": "superintendent", "insp": "inspector", "det": "detective", "sgt": "sergeant",
                      "cllr": "councillor", "prof": "professor", "col": "colonel", "capt": "captain",
                      "gen": "general", "cmdr": "commander", "cdr": "commander", "sen": "senator", "gov": "governor",
                      "lt": "lieutenant", "lieut": "lieutenant", "cpl": "corporal", "ofc": "officer",
                      "ald": "alderman", "comm": "commissioner", "del": "delegate", "sup": "supervisor",
                      "pres": "president", "rep": "representative"}
#: A name after a capitalised title, in full or abbreviated with a full stop ("Gov. Ana Ruiz", "Sen. Tom Vask",
#: "Supt. Tom Vask": see ``_ABBREVIATED_ROLES``). Each match opens with a capital (an initialism's, a
#: capitalised word's or the title's), which the pattern asks for first: the search passes over the other
#: characters of a sentence at a test each, in half the time the whole opening took.
_ABBREVIATED_TITLES = "|".join(rf"{short.title()}\." for short in sorted(_ABBREVIATED_ROLES))
_TITLED_NAME = re.compile(rf"(?=[A-Z])(?<![\w'’.-]){_INITIALISM_BEFORE}(?:[A-Z][\w'’-]*\s+){{0,2}}"
                          rf"(?:{ROLE_TITLES}|{_ABBREVIATED_TITLES})\s+{_NAME_WORD}"
                          rf"(?:\s+{NAME_PARTICLE_RUN}{_NAME_WORD})*")
#: A person's role in lower case after "the", "its" or an owner's possessive, then the person's name set apart by
#: commas ("its bishop, the Rt Rev Pieter Holm,", "The company's chief executive, Ana Ruiz,"; group "role" the role's
#: words, group "name" the name with any title before it): "the bishop" may later mean that person (see
#: :meth:`SourceIndex._see_titled`).
_ROLE_NOUNS = "|".join(sorted((word for word in PERSON_ROLES if word.isalpha() and word.islower()),
                              key=len, reverse=True))
_APPOSED_ROLE_NAME = re.compile(
    rf"(?<![\w'’-])(?:[Tt]he\s+[a-z]+['’]s|[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w.-]*['’]s)\s+"
    rf"(?P<role>(?:[a-z][\w-]*\s+){{0,2}}?(?:{_ROLE_NOUNS})),\s+"
    rf"(?P<name>(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+)*?{_NAME_WORD}(?:\s+{NAME_PARTICLE_RUN}{_NAME_WORD})+),")
#: The head of a body written in lower case before a name, as a trade is ("Federation president Viktor Stanek",
#: "club chairman Ivo Marsh"), but no deputy's or vice's post ("vice president", "deputy chairman", "vice-chairman")
#: nor a former one's ("former president Bill Clinton", "ex-chairman"): political copy names a past head so in
#: passing, often beside a namesake of the family.
_HEADS = ("president", "chairman", "chairwoman")
_HEAD_BEFORE_NAME = rf"(?<![Vv]ice )(?<![Dd]eputy )(?<![Ff]ormer )(?<!-)(?:{'|'.join(_HEADS)})"
#: An office in lower case (capitalised opening a sentence) before a name, "former" perhaps before it ("Former mayor
#: Ana Ruiz", "Velmark chief executive Tom Vell", "finance minister ..."): "the former mayor", "the chief executive"
#: or "the minister" may later mean that one person (a former one never "the mayor": see ``RANK_MODIFIERS``).
_OFFICES = ("mayor", "senator", "minister", "governor", "chief executive")
_OFFICE_BEFORE_NAME = (r"(?:[Ff]ormer\s+)?(?:"
                       + "|".join(f"[{o[0].upper()}{o[0]}]{o[1:]}".replace(" ", r"\s+") for o in _OFFICES) + ")")
#: Every listed trade, those read only before a known given name too (see ``TRADES_BEFORE_GIVEN_NAMES``).
_ALL_TRADES = TRADES | TRADES_BEFORE_GIVEN_NAMES
#: A trade known by its ending ("pianist", "Violinist", "physician"; see :func:`framing.source_kinds.is_trade`).
_ENDING_TRADE = rf"[A-Za-z](?:{TRADE_ENDING})"
#: A trade in lower case (capitalised opening a sentence) or such a head, a word or two of its team or body before it,
#: "former" perhaps before those, and a name of two words or more after it ("Dunmore coach Pavel Orr", "Harbour City
#: manager Ruben Alves", "Striker Tomás Ibarra", "Federation president Viktor Stanek", "Former Tom Vask pollster Ana
#: Ruiz", whom "the former pollster" means), read as ``_TITLED_NAME`` is when the name is no business's ("asset
#: manager Velta Holdings"): sports, features and political copy name people so. Group "trade" is the trade, "name"
#: the name.
_TRADE_NAME = re.compile(rf"(?<![\w'’.-]){_INITIALISM_BEFORE}(?:[Ff]ormer\s+)?(?:[A-Z][\w'’-]*\s+){{0,2}}"
                         rf"(?P<trade>{'|'.join(f'[{t[0].upper()}{t[0]}]{t[1:]}' for t in sorted(_ALL_TRADES))}|"
                         rf"{_ENDING_TRADE}|{_HEAD_BEFORE_NAME}|{_OFFICE_BEFORE_NAME})\s+"
                         rf"(?P<name>{_NAME_WORD}(?:\s+{NAME_PARTICLE_RUN}{_NAME_WORD})+)")
#: The first word of each trade, head or office of ``_TRADE_NAME``, in lower case and capitalised: a whole word of
#: every sentence holding a match (see :func:`_trade_names`), which most sentences hold none of.
_TRADE_NAME_WORDS = frozenset(form for word in (*_ALL_TRADES, *_HEADS, *_OFFICES)
                              for form in (word.split()[0], word.split()[0].capitalize()))
#: A run of the characters that no word of ``_TRADE_NAME_WORDS`` in a match has beside it (see ``_TRADE_NAME``'s
#: lookbehind): such a word is one whole run.
_TRADE_NAME_RUN = re.compile(r"[\w'’.-]+")
#: A person's age written after their name, between commas ("Pavel Orr, 52, said"): group 1 the name, group 2 the
#: age, which "the 52-year-old" may later describe them by.
_AGE_AFTER = r",\s+(\d{1,3}),"
_AGE_AFTER_NAME = re.compile(rf"(?<![\w'’.-])({_NAME_WORD}(?:\s+{NAME_PARTICLE_RUN}{_NAME_WORD}){{1,3}}){_AGE_AFTER}")
#: The age between commas that each match of ``_AGE_AFTER_NAME`` ends with: a sentence without one is not read for a
#: name before it.
_AGE_ALONE = re.compile(_AGE_AFTER)
#: A player's ranking or seeding ("world No. 3", "No. 9 seed", "number 3"; groups "rank" the number, "seed" the
#: seeding's word) written just before their name ("beat world No. 3 Ana Ruiz") or beside it between commas ("Ana
#: Ruiz, the world No. 3,", "The No. 9 seed, Olena Petrenko,"; group "name" the name), which "the world No. 3" or
#: "the No. 9 seed" may later describe them by.
_RANK = r"(?:[Ww]orld\s+)?(?:No\.|[Nn]umber)\s?(?P<rank>\d{1,4})(?P<seed>\s+seed)?"
_RANKED_NAME = rf"(?P<name>{_NAME_WORD}(?:\s+{NAME_PARTICLE_RUN}{_NAME_WORD}){{1,3}})"
_RANK_BY_NAME = (re.compile(rf"(?<![\w'’.-]){_RANK}\s+{_RANKED_NAME}"),
                 re.compile(rf"(?<![\w'’.-]){_RANKED_NAME},\s+the\s+{_RANK},"),
                 re.compile(rf"(?<![\w'’.-])[Tt]he\s+{_RANK},\s+{_RANKED_NAME},"))

#: A personal name written as the object of "accused ... of" ("Rosa Ibarra accused Dan Orr of a conflict"), group 1
#: the name: the accused, whom a later surname alone means (see ``SourceIndex._see_accused``).
_ACCUSED_NAME = re.compile(rf"(?<![\w'’-])accus(?:ed|es|ing)\s+"
                           rf"({_NAME_WORD}(?:\s+{NAME_PARTICLE_RUN}{_NAME_WORD}){{1,3}})\s+of\s")
#: A name, "the" perhaps before it, as the object of "accused ... of" ("Dravinia accused Kestoria of shelling a post",
#: "accused the Kestorian Navy of"), group 1 the name: the accused, whose own body or spokesperson a denial just after
#: means by "its" ("Its Foreign Ministry denied it": see ``SourceIndex._accused_owner``).
_ACCUSED_OWNER = re.compile(rf"(?<![\w'’-])accus(?:ed|es|ing)\s+"
                            rf"((?:the\s+)?{_NAME_WORD}(?:\s+(?:of\s+)?{_NAME_WORD}){{0,3}})\s+of\s")

#: "The younger" or "the elder" ("older") before a surname shared by relatives ("The younger Salgado"), group 1 the
#: generation; with the words that describe a younger and an elder relative (``_YOUNGER_KIN``, ``_ELDER_KIN``).
_GENERATION_BEFORE = re.compile(r"(?:[Tt]he\s+)?([Yy]ounger|[Ee]lder|[Oo]lder)\s+")
_YOUNGER_KIN = frozenset("son daughter grandson granddaughter nephew niece stepson stepdaughter".split())
_ELDER_KIN = frozenset("father mother grandfather grandmother uncle aunt stepfather stepmother".split())

#: How many people named last a nationality or demonym alone ("the Croatian") may mean.
_DEMONYM_REACH = 3
#: The first letter of the word after a capitalised run, particles skipped: a capital there (one the ASCII
#: name pattern leaves out: "Émile") means the run goes on.
_NEXT_LETTER = re.compile(rf"\s+{NAME_PARTICLE_RUN}([^\W\d_])")

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

#: The writer's and reader's own pronouns and possessives, which a span alone names no source with ("Our" of "Our
#: leaders' 'bold vision'", "according to us"); "US" in capitals is the United States.
_OWN_PRONOUNS = frozenset("me my mine us our ours your yours".split())
#: Words for tidings that came out ("News has emerged", "Word came", "Rumours spread"), which name no one who said them.
_TIDINGS = frozenset("news word rumour rumours rumor rumors".split())
#: Reports of no one's, no article before them, perhaps counted or said to be the press's ("Reports surfaced that",
#: "after reports revealed", "according to multiple reports", "Media reports said"): the writer's unnamed sourcing,
#: as tidings are; not "the reports" of a set named before, nor "Ruiz's reports".
_UNOWNED_REPORTS = re.compile(r"(?:(?:multiple|several|many|numerous|various|recent|earlier|unconfirmed|media|news|"
                              r"press)\s+)*reports", re.IGNORECASE)


def unowned_reports(text: str) -> bool:
    """Whether the source span ``text`` is reports of no one's (see ``_UNOWNED_REPORTS``: "Reports", "multiple
    reports"): the writer's unnamed sourcing, no source."""
    return _UNOWNED_REPORTS.fullmatch(text.strip(EDGE)) is not None
#: One of a group just named, with no name of its own ("One said", "one of them"), and the nouns besides a count
#: (``QUANTIFIERS``) or a role's plural that make a source such a group (see :func:`_plural_group`).
_ONE_OF_THEM = frozenset(("one", "one of them", "one of those", "another", "another of them"))

_GROUP_HEADS = frozenset("""people sources employees workers residents witnesses staff members experts colleagues
    friends relatives classmates investors shareholders customers clients traders bankers lawmakers parents""".split())
#: A count of a group named before ("two of the people", "one of those officials"; see :func:`_group_member`), and how
#: many of the sources named last are looked through for that group.
_OF_THE_GROUP = re.compile(r"(?:one|another|two|three|four|five|six|seven|eight|nine|ten|several|some|many|both|each|"
                           r"most|all|none|a\s+few)\s+of\s+(?:the|those|these)\s+(.+)")
_GROUP_LOOKBACK = 8
#: A share of a poll's respondents as a source's key, a word of degree before it allowed: a percentage ("another 19
#: percent", "fifty-nine percent of voters"), a majority ("majority of voters"; not "majority leader tom vask") or a
#: count out of a number ("nearly eight of 10 voters", "two in three americans"; not "two of the people", "two of
#: three judges"); groups "of", "of_most", "of_count" whose share it is, when named: see :meth:`SourceIndex.add`.
_SHARE = re.compile(r"(?:(?:just|only|nearly|almost|about|around|roughly|some|another|fully|over|under|more than|"
                    r"fewer than|less than|a further|an additional)\s+)?"
                    r"(?:(?:\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s*(?:percent|per cent|%)(?P<of>\s+of\s+.+)?"
                    r"|(?:\w+\s+)?(?:majority|plurality)(?P<of_most>\s+of\s+.+)?"
                    r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:(?:in|out of)\s+"
                    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|every \w+)|of\s+(?:10|ten|100))"
                    r"(?P<of_count>\s+.+)?)")


def _names_a_group(share: re.Match[str]) -> bool:
    """Whether the ``_SHARE`` match ``share`` names whose share it is ("of voters", "10 voters")."""
    return any(share.group(group) for group in ("of", "of_most", "of_count"))


#: How many sentences back a poll or survey named as a source is still in view for a share of its respondents.
_POLL_REACH = 5
#: A sentence's opening "Among", perhaps after a conjunction, just before a source span ("Among likely voters, 46
#: percent said", "But among Republicans, ..."): the span writes who was asked, a poll's respondents, no speaker.
_AMONG_OPENING = re.compile(r"(?:(?:and|but|yet|still|meanwhile),?\s+)?among\s+", re.IGNORECASE)
#: Words up to the comma after such a span that make it no respondents: a possessive ("Among Ruiz's proposals was"),
#: or a verb of an inverted clause ("Among the critics was Ana Ruiz, who said").
_AMONG_NO_RESPONDENTS = re.compile(r"[^,:;]*?(?:['’]s\b|\b(?:was|were|is|are)\b)")


def _respondents_among(text: str, before: str, after: str) -> bool:
    """Whether the source span ``text``, between ``before`` and ``after`` in its sentence, writes who was asked after
    its opening "Among" (see ``_AMONG_OPENING``): "likely" of "Among likely voters, 46 percent said", not "Ruiz's"
    of "Among Ruiz's proposals was" (see ``_AMONG_NO_RESPONDENTS``)."""
    return (_AMONG_OPENING.fullmatch(before.lstrip(EDGE)) is not None
            and _AMONG_NO_RESPONDENTS.match(text + after) is None)


def count_alone(text: str) -> bool:
    """Whether the span ``text`` is a count alone, "the" before it, or "both" ("The two", "Both", "the pair"; see
    ``_COUNT_OF_NAMED``): people named together before, never a source of its own, who speak as "they" do."""
    found = _COUNT_OF_NAMED.fullmatch(text.strip(EDGE))
    return found is not None and found.group(3) is None


def _given_name_last(person: str) -> bool:
    """Whether the last word of the full name whose key is ``person`` is only its given name, which a mention alone
    never shortens it to: the name is written family name first (see :func:`family_name_first`: "zhou mingtao",
    "park ji-hoon"), its last word no family name of that kind, which the name may be written with last ("wei" of
    "lin wei": see :func:`surnames_of`), and its family name no Vietnamese one (see ``VIETNAMESE_FAMILY_NAMES``)."""
    words = person.split(" ")
    return (len(words) > 1 and family_name_first(words) and words[0] not in VIETNAMESE_FAMILY_NAMES
            and words[-1] not in FAMILY_NAMES_FIRST)


def _inquired_name(text: str) -> str | None:
    """The name an inquiry with no maker looks into, as written, where the span ``text`` is one (see
    :func:`_without_inquired`: "Orvane" of "The inquiry into Orvane", which stands as "inquiry"), else ``None``: so
    that two such inquiries of one document into two names stay two sources."""
    form = LEADING.sub("", text.strip(EDGE))
    found = INQUIRY_INTO.match(form)
    if found is None or found.group(2) or MAKER_AFTER_INQUIRED.search(form, found.end()):
        return None
    if found.group(1).split(" ")[:-1] or form.split(" ")[-1].islower():
        return None  # a maker before it, or what it looks into in lower case, which keeps it apart
    return form[found.end(1):].strip().removeprefix("into").strip()


def _filing_kind(noun: str) -> str:
    """The kind of filing its ``noun`` names (see ``_DEFINITE_FILING``): "indictment", else "suit"."""
    return "indictment" if noun.lower().startswith("indictment") else "suit"


def _document_words(text: str) -> str:
    """``text``, a span, as far as a document it may name goes, without what tells that document apart after it (see
    ``_DOCUMENT_TOLD_APART``: "Kellin's report" of "Kellin's report, released Monday"), so that "the report" later
    is the same one; whole where a maker is named after it, whose document it is."""
    told = _DOCUMENT_TOLD_APART.search(text)
    return text[:told.start()] if told and not _NAMED_MAKER_AFTER.search(text, told.start()) else text


def _its_document_owner(text: str, before: str) -> str | None:
    """The subject opening the sentence, a body's capitalised name (see :func:`opening_subject`), whose document the
    span ``text`` writes with "its" (see ``_ITS_DOCUMENT``), where ``before`` is the sentence's text before the span:
    "The UN human rights mission" of "The UN human rights mission has recorded 31 deaths, according to its latest
    monthly update"; or a body written in lower-case words ending with a body's noun ("The competition authority" of
    "The competition authority fined four firms, according to its annual report"), which stands for the body it
    describes as the span would; ``None`` for none, for a subject that is a pronoun or other lower-case words ("It",
    "the report"), or for a person's name by its given name ("Carla Vint"), whom "its" does not mean."""
    if _ITS_DOCUMENT.fullmatch(text.strip(EDGE)) is None:
        return None
    found = opening_subject(before)
    subject = before[found[0]:found[1]] if found else ""
    words = [word for word in subject.split() if word.lower() != "the"]
    if words and given_name_sex(words[0]) is not None:
        return None
    if any(word[:1].isupper() for word in words):
        return subject
    described = _DESCRIBED_BODY_OPENING.match(before, past_opener(before))
    return described.group(1) if described else None


def _part_of_name(name: str, issuer: str | None) -> bool:
    """Whether the source ``name`` is whole words of the ``issuer`` noted before, not all of it: "watch", a piece of
    a name the model split ("Oslin Rights" "Watch"), issues no document that "oslin rights watch" issued."""
    return issuer is not None and name != issuer and f" {name} " in f" {issuer} "


def _document_keys(found: re.Match[str] | None) -> set[str]:
    """The keys a document ``found`` (see ``_ISSUED_PHRASE``) is known by: its words as written, its noun and the noun's
    first word ("joint note verbale", "note verbale", "note"); none for no match."""
    if found is None:
        return set()
    noun = text_key(found.group(2))
    return {text_key(found.group(1)), noun, noun.split(" ")[0]}


#: A local title, a place's capitalised words perhaps before it, and one capitalised word ("Manhattan District
#: Attorney Vance", "City Manager Kaplan"), which :func:`~framing.person_names.personal_name` does not read as a name:
#: the word is the person's surname where the document gave it to a person (see :meth:`SourceIndex.add`).
_LOCAL_TITLE_THEN_WORD = re.compile(rf"(?:[A-Z][\w.'’-]*\s+){{0,3}}?(?:{LOCAL_TITLES}|Principal)\s+"
                                    r"([A-Z][a-z][\w'’-]*)")
#: The same as a key, in lower case ("district attorney pell").
_LOCAL_TITLE_THEN_KEY = re.compile(_LOCAL_TITLE_THEN_WORD.pattern, re.I)

_KINDS = "|".join([*sorted(BODY_KINDS | TRADE_KINDS | {"ngo", "body"}), ONE_WORD_MAKER.pattern])
#: A lower-case word before a body's kind in its description, a plural's possessive allowed ("watchdog", "pilots'"
#: of "the pilots' union").
_KIND_MODIFIER = r"[a-z][\w-]*(?:(?<=s)['’])?"
#: A lower-case description of a body by its kind or a trade, set apart from its name by a comma ("a watchdog group"
#: of "A watchdog group, Civic Compass" or "Civic Compass, a watchdog group"; "Northlink Ferries, the ferry
#: operator"; "The engineers' union, Airtech"); group 1 holds its words after the article.
_KIND_DESCRIPTION = re.compile(rf"(?i:a|an|the)\s+((?:{_KIND_MODIFIER}\s+){{0,3}}(?:{_KINDS}))")
#: The same set apart by commas right after a span that ends with the name ("Pellam" of "Pellam, the charity, said");
#: group 1 holds the description.
_APPOSED_KIND = re.compile(rf"\s*,\s+((?i:a|an|the)\s+(?:{_KIND_MODIFIER}\s+){{0,3}}?(?:{_KINDS}))\s*,")
#: The same before the name, without the comma: an article perhaps, and the first word capitalised as it opens a
#: sentence ("Ferry operator Northlink", "the internet provider Skylink"); group 1 holds its words.
_KIND_BEFORE_NAME = re.compile(rf"(?:(?i:a|an|the)\s+)?((?:[A-Za-z][\w-]*\s+)?(?:[a-z][\w-]*\s+){{0,2}}?"
                               rf"(?i:{_KINDS}))\s+(?=[A-Z])")

#: A capitalised owner, one or two words, opening a source's span before the kind of body it names: "Kestoria's" of
#: "Kestoria's state broadcaster KTV", "the Kestorian Army's" of "the Kestorian Army's news agency Vesti".
_OWNER_BEFORE_KIND = re.compile(r"(?:(?i:the)\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+(?=[a-z])")
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
#: A relative's noun described after a name and its comma ("Ahmad Karimi, his cousin", "Ahmad Karimi, the
#: victim's father"): an article or possessive, then at most two words (see ``_SEX_DESCRIPTION``).
_KIN_AFTER = re.compile(r"\s*,\s+(?:(?:a|an|the|his|her|their)\s+)?"
                        r"(?:(?!(?:a|an|the|his|her|their|of|for|to|with|by|at|in|on|from|and|or|who|whose|which)\s)"
                        r"[\w'’-]+\s+)"
                        rf"{{0,2}}{KIN}", re.I)
#: A relative's noun just before a name ("His brother, Ahmad Karimi", "her cousin Ahmad Karimi").
_KIN_BEFORE = re.compile(rf"(?<![\w'’-]){KIN},?\s+\Z", re.I)
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
_SAID_PRONOUN = re.compile(rf"\s*(,\s*who\s+)?{SAID_THEN}(he|she|his|her)(?![\w'’-])", re.I)
#: "He" or "she" opening what a name claimed, with "that" ("Roe claimed again that she ...", "Roe, who
#: insisted that he ..."): groups as ``_SAID_PRONOUN``'s, read as its evidence is.
_CLAIMED_THAT_PRONOUN = re.compile(
    r"\s*(,\s*who\s+)?(?:also\s+)?(?:claim|insist|argu|maintain|stress|explain|acknowledg|admit|conced|not|wr[io]t)"
    r"\w*(?:\s+(?:at\s+the\s+time|later|then|again|repeatedly))?\s+that\s+(he|she)(?![\w'’-])", re.I)
#: What "his" or "her" in a name's relative clause says of its sex (see ``_SAID_PRONOUN``).
_POSSESSIVE_SEX = {"his": "he", "her": "she"}
#: A "he", "she", "his" or "her" in a sentence.
_HE_SHE_HIS_HER = re.compile(r"(?<![\w'’-])(?:he|she|his|her)(?![\w'’-])", re.I)

#: Abbreviations that end a name with their full stop ("Ana Ruiz Jr.", "Acme Corp.", "Harbour City F.C.", a study's
#: authors "Voss et al."; an initialism's inner stop tells the last), which a source's display keeps (see
#: :func:`_with_stop`).
_NAME_ENDING_ABBREVIATIONS = frozenset("jr sr inc corp co ltd llc plc bros al".split())  # "al" of "Voss et al."
_INITIALISM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")


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
    after it, or "his" or "her" in its relative clause of speech, in the span or after it (see ``_SAID_PRONOUN``), or
    opened what it claimed with "that" (see ``_CLAIMED_THAT_PRONOUN``);
    ``None`` for what does not tell, or where the span writes the name otherwise."""
    bounds = _name_bounds(written, sentence, start)
    if bounds is None:
        return None, None
    first, end = bounds
    kin = _SEX_KIN_BEFORE.search(sentence, max(first - _SEX_KIN_CHARS, 0), first)
    found = (_SEX_TITLE.search(sentence, max(first - _SEX_TITLE_CHARS, 0), first)
             or (kin if kin and not _acted_for(sentence, kin.start()) else None)
             or _SEX_DESCRIPTION.match(sentence[end:] + after) or _EMPHATIC_SEX.match(sentence[end:] + after))
    rest = sentence[end:] + after  # after the name, its relative clause in the span too
    said = _SAID_PRONOUN.match(rest) or _CLAIMED_THAT_PRONOUN.match(rest)
    pronoun = said.group(2).lower() if said else ""
    if pronoun in _POSSESSIVE_SEX and said and said.group(1):
        pronoun = _POSSESSIVE_SEX[pronoun]
    return ("she" if found.group(1) else "he") if found else None, pronoun if pronoun in ("he", "she") else None


def _its_role(text: str) -> str | None:
    """The words of a role or part of a body that ``text`` owns by "its" alone ("chief executive" of "Its chief
    executive", "lawyers" of "its lawyers"; see ``_ITS_ROLE``), which speaks for the body "its" means; ``None`` for
    anything else ("Its troops", "its victims")."""
    found = _ITS_ROLE.fullmatch(text)
    if found is None:
        return None
    noun = found.group(2).lower()
    nouns = {noun, noun.removesuffix("s")}
    return found.group(1) if nouns & (PERSON_ROLES | _BODY_PARTS) and not nouns & _NOT_OWN_ROLES else None


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


#: Words that open a sentence or a phrase before a name and begin none ("But", "Then", "After", "Meanwhile", "Though"),
#: articles aside: "The Tom Vell Foundation" is no person.
_OPENING_WORDS = (NOT_A_NAME_START | OPENERS | OPENING_FUNCTION_WORDS) - {"The", "A", "An"}


#: A cue after a source, a comma before it allowed, then "it" as the subject of what it said ("says it does not
#: comment", "said it had documented"), not the empty "it" of "said it was unclear" (see ``CUE_THEN_PRONOUN``).
_CUE_THEN_IT = re.compile(rf",?\s+{SAID_THEN}it(?!\s+(?:is|was)\b)(?![\w'’-])", re.I)


#: A state's body written in lower case, perhaps after a place's possessive, up to two lower-case words before its
#: noun ("Veradia's interior ministry", "border police" of "The border police", "ministry"): one body, whose
#: spokesperson a later nameless "A spokeswoman said" is (see :meth:`SourceIndex.see_body`).
_STATE_BODY_IN_LOWER_CASE = re.compile(r"(?:[A-Z][\w-]*['’]s\s+)?(?:[a-z][\w-]*\s+){0,2}"
                                       r"(?:ministry|department|embassy|consulate|police|army|navy|coastguard|"
                                       r"agency|authority|government|presidency|administration|bureau)")


def _speaks_of_itself_as_it(name: str, written: str, after: str) -> bool:
    """Whether the source ``name`` (``written`` so in its span), its first word no known given name and written
    with no role, says "it" of itself just after its cue (``after``: see ``_CUE_THEN_IT``): a name that reads as a
    person's but may be a body's ("Calder Secure says it does not comment", "Human Rights Monitor said it had
    documented 112 cases"), whose account a later "It said" may continue. A given name ("Tom Vell said it would take
    years") or a role ("Senator Orsk Vell said it") leaves the "it" the object's; a description set apart that is no
    person's role does not ("The detention contractor, Calder Secure, says it": see
    :func:`_described_apart_as_no_person`)."""
    return (_CUE_THEN_IT.match(after) is not None and not is_given_name(name.split(" ")[0].title())
            and (not _role_words(written, name) or _described_apart_as_no_person(written, name)))


#: A description in lower case set apart from a name by a comma, "the", "a" or "an" opening it ("the detention
#: contractor" of "The detention contractor, Calder Secure"; group 1 its last word).
_DESCRIPTION_APART = re.compile(r"(?i:the|an?)\s+(?:[a-z][\w'’-]*\s+){0,3}([a-z][\w'’-]*)")


def _described_apart_as_no_person(written: str, name: str) -> bool:
    """Whether the span ``written`` sets a description apart from the name ``name`` by a comma, before or after it,
    whose last word is no person's role or noun ("The detention contractor, Calder Secure", "Calder Secure, the
    security firm"): what it describes says "it" of itself as a body does, where "The envoy, Orsk Vell" is a person
    whose "said it" is of something else."""
    parts = [part.strip(EDGE) for part in written.split(",")]
    if len([part for part in parts if part]) != 2:
        return False
    described = next((_DESCRIPTION_APART.fullmatch(part) for part in parts if normalise_source(part) != name), None)
    return described is not None and not _person_role_noun(described.group(1).lower())


def _name_start(found: re.Match[str]) -> int:
    """Where the person's name of ``found``, a match of ``_FULL_NAME``, begins: after a word of ``_OPENING_WORDS``
    opening its run of capitalised words when it is no given name ("May"): at "Ms." of "But Ms. Coulter said", at
    "Tom" of "Then Tom Vell left", whose title or given name tells who they are, and at the surname of "For
    Abrantes, the denials are the problem", a preposition's object, no "For Abrantes"."""
    opening = re.match(r"(\S+)\s+", found.group(1))
    if opening and opening.group(1) in _OPENING_WORDS and given_name_sex(opening.group(1)) is None:
        return found.start(1) + opening.end()
    return found.start(1)


def _described_as_kin(written: str, sentence: str, start: int, after: str) -> bool:
    """Whether the name ``written``, in the span from ``start`` to the end of ``sentence``, ``after`` the rest of
    the sentence, is described as someone's relative, before it ("His brother, Ahmad Karimi") or after it ("Ahmad
    Karimi, his cousin"): see ``_KIN_BEFORE`` and ``_KIN_AFTER``."""
    bounds = _name_bounds(written, sentence, start)
    return bounds is not None and bool(search_before_space(_KIN_BEFORE, sentence, bounds[0], _KIN_REACH)
                                       or _KIN_AFTER.match(sentence[bounds[1]:] + after))


def _kin_given_name(name: str, written: str, kin: bool) -> bool:
    """Whether the one-word source ``name``, ``written`` so, is a known given name alone described as someone's
    relative (``kin``, see :func:`_described_as_kin`): "Ana" of "his wife, Ana, called for a hearing" is a woman
    just named, whom a "she" after it may mean, though no surname is written; so is one given to either sex, whose
    sex the relative's noun tells ("Jean" of "His daughter, Jean, said": see ``_SEX_KIN_BEFORE``)."""
    return kin and " " not in name and written[:1].isupper() and is_given_name(written)


#: A personal name: up to three capitalised words, an initial with its stop among them (group 1), before a last
#: capitalised word (group 2, read lazily so that its "'s" is left out) with its "'s" or with no longer capitalised
#: name going on ("Clinton Foundation"). The first capital is asked for before the lookbehind, a quicker test at each
#: character of a sentence (so in ``_COUPLE`` and ``_CAPITALISED_PAIR``).
_FULL_NAME = re.compile(r"(?=[A-ZÀ-ÖØ-Þ])(?<![\w'’-])((?:[A-ZÀ-ÖØ-Þ][\w'’-]*\.?\s+){1,3})([A-ZÀ-ÖØ-Þ][\w'’-]*?)"
                        r"(?:['’]s(?!\w)|(?![\w'’-])(?!\s+[A-ZÀ-ÖØ-Þ]))")


def _forenames(sentence: str, surnames: Collection[str]) -> dict[str, dict[frozenset[str], str]]:
    """The people of the surnames whose keys are ``surnames`` that ``sentence`` names in full, by surname: the keys
    of the given names written before it, as far back as a title, a role, a party or a word opening a phrase ("bill"
    of "former President Bill Clinton", "tom" of "Republican Tom Vask", "hillary" and "rodham" of "Hillary Rodham
    Clinton"; an initial left out), each with the name as written ("Hillary Rodham Clinton"). Which people of one
    surname a document names, so that the surname alone may be read as ambiguous (see
    :meth:`SourceIndex._namesake_meant`)."""
    found: dict[str, dict[frozenset[str], str]] = {}
    for match in _FULL_NAME.finditer(sentence) if surnames else ():
        surname = text_key(match.group(2))
        if surname not in surnames:
            continue
        kept: list[str] = []
        for word in reversed(match.group(1).split()):
            if len(word.rstrip(".")) > 1 and (
                    word.endswith(".") or word.isupper() or word in NOT_A_NAME_START | OPENERS
                    or TITLE.match(word + " ") or ROLE_WORD.fullmatch(word) or is_role(word.lower())
                    or (word.lower() in _PARTY_OF and word != "Green")):  # "Republican Tom Vask", not "Green"
                break
            kept.insert(0, word)
        # not "W." of "George W. Bush"
        given = frozenset(without_accents(text_key(word)) for word in kept if len(word.rstrip(".")) > 1)
        if given:
            found.setdefault(surname, {}).setdefault(given, " ".join(kept + [match.group(2)]))
    return found


#: Two capitalised words joined by "and" or "&" before a capitalised surname ("Hillary and Bill Clinton"); groups 1
#: and 2 hold the words, group 3 the surname.
_COUPLE = re.compile(r"(?=[A-Z])(?<![\w'’-])([A-Z][a-z]+)\s+(?:and|&)\s+([A-Z][a-z]+)\s+([A-Z][\w'’-]+)")


def _couples_in(sentence: str) -> set[str]:
    """Keys of the surnames ``sentence`` writes after two known given names joined by "and" ("clinton" of "Hillary
    and Bill Clinton", see :func:`framing.given_names.is_given_name`): two people, one written in full."""
    return {text_key(found.group(3)) for found in _COUPLE.finditer(sentence)
            if is_given_name(found.group(1)) and is_given_name(found.group(2))}


#: A list of two or more names of two capitalised words, joined by commas and "and" ("Ana Bell, Tom Vask and Lee Orr").
_NAME_LIST = re.compile(r"(?<![\w'’.-])[A-Z][a-z'’-]+\s+[A-Z][\w'’-]+(?:,\s+[A-Z][a-z'’-]+\s+[A-Z][\w'’-]+)*"
                        r",?\s+and\s+[A-Z][a-z'’-]+\s+[A-Z][\w'’-]+(?![\w'’-])")


def _listed_names(sentence: str) -> set[str]:
    """Keys of the full names ``sentence`` writes in a list of names (see ``_NAME_LIST``) of which another opens with
    a known given name ("lee orr" and "tomek vask" of "Ana Bell, Tomek Vask and Lee Orr"): people, as the names
    beside them are, whatever their given names; none for a list with no known given name."""
    found: set[str] = set()
    for listed in _NAME_LIST.finditer(sentence) if " and " in sentence else ():
        names = [name.strip() for name in re.split(r",\s+(?:and\s+)?|\s+and\s+", listed.group())]
        known = [name for name in names if given_name_sex(name.split()[0]) or given_name_spelling(name.split()[0])]
        if known and len(known) < len(names):
            found |= {text_key(name) for name in names if name not in known}
    return found


@lru_cache(maxsize=_NAMES_KEPT)
def _people_in(sentence: str) -> frozenset[str]:
    """Keys of the last words of the people ``sentence`` names: those of its personal names (see
    :func:`surnames_in`) and of its names after a capitalised title ("biden" of "President Joe Biden"); kept once
    read, as each source span reads the sentence before it again."""
    return surnames_in(sentence) | {text_key(found.group(0).split()[-1]) for found in _titled_names(sentence)}


@lru_cache(maxsize=_NAMES_KEPT)
def _titled_names(sentence: str) -> tuple[re.Match[str], ...]:
    """The matches of ``_TITLED_NAME`` in ``sentence``, kept once read: a sentence's people (see :func:`_people_in`)
    and the titled ones it notes (see :meth:`SourceIndex._see_titled`) are read from the same matches."""
    return tuple(_TITLED_NAME.finditer(sentence))


def _trade_names(sentence: str) -> Iterable[re.Match[str]]:
    """The matches of ``_TRADE_NAME`` in ``sentence``, read only where it holds a word of ``_TRADE_NAME_WORDS`` or a
    trade known by its ending (see ``_ENDING_TRADE``) as a whole run of ``_TRADE_NAME_RUN``, as each match does: the
    pattern's own search took longer than any other of a sentence's."""
    runs = _TRADE_NAME_RUN.findall(sentence)
    if _TRADE_NAME_WORDS.isdisjoint(runs) and not any(is_trade(run.lower()) for run in runs):
        return ()
    return _TRADE_NAME.finditer(sentence)


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


#: How many capitalised words before a name spelled out may be its owner's, left out of its acronym ("Kestoria" of
#: "the Kestoria Department of Environmental Quality (DEQ)", "Port Varn" of "the Port Varn Harbour Board (HB)").
_OWNER_WORDS = 2


def _owner_words(before: str, spelled: int) -> list[str]:
    """The capitalised words, a place's or a state's, just before the last ``spelled`` words of ``before`` (a name
    spelled out before its acronym in brackets), which the acronym leaves out but the full name holds: "Kestoria" of
    "the Kestoria Department of Environmental Quality (DEQ)"; none that opens a sentence or phrase ("But", "Monday",
    see ``_OPENING_WORDS``), is a role ("Governor") or an owner with "'s" (whose ministry ``_reworded`` finds)."""
    owner: list[str] = []
    for word in reversed(before.split()[:-spelled]):
        if (len(owner) == _OWNER_WORDS or not _SPELLED_WORD.fullmatch(word) or not _capitalised_parts(word)
                or word in _OPENING_WORDS or word in NOT_A_NAME_START or is_role(word.lower())
                or word.endswith(("'s", "’s"))):
            break
        owner.append(word)
    return owner[::-1]


def _capitalised_parts(word: str) -> bool:
    """Whether each hyphenated part of ``word`` is capitalised ("Inter-Agency"; not "Kestoria-based")."""
    return all(part[:1].isupper() for part in word.split("-"))


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
#: The first of those: the name after the words of its holders or analysts (group 1).
_FIRM_AFTER_WORDS = (rf"(?<![\w'’-])(?:(?:[Ss]hares|[Ss]tock)\s+(?:of|in)|(?:[Aa]nalysts|[Ee]conomists|"
                     rf"[Ss]trategists)\s+at)\s+({_FIRM_NAME})(?![\w'’-])")
#: The name read from where a run of a word's characters opens, up to the name's first capital (see
#: :func:`to_first_capital`); a name after the holders' words is read from every start too, and from that capital
#: before the others.
_FIRM_FROM_CAPITAL = (rf"{to_first_capital('&')}(?:{_FIRM_AFTER_WORDS}"
                      rf"|(?<![\w'’-])({_FIRM_NAME})['’]s\s+(?:shares|stock)\b"
                      rf"|(?<![\w'’-])({_FIRM_NAME})\s+(?:said|says|reported|reports|posted|posts|announced)"
                      rf"\s+(?:that\s+)?its\s+{_FIRM_RESULTS})")
_WRITTEN_AS_FIRM = re.compile(rf"{_FIRM_AFTER_WORDS}|(?<![\w&'’.-]){_FIRM_FROM_CAPITAL}")
#: The same read on inside a run of a word's characters where a match ended ("shares" of "... shares.Kessel").
_FIRM_READ_ON = re.compile(_FIRM_FROM_CAPITAL)
#: Parts of the words one of which each match of ``_WRITTEN_AS_FIRM`` holds ("shares", "stock", "analysts",
#: "economists", "strategists", "its"): a sentence with none names no firm so, and is not searched (most hold none, and
#: the pattern is slow to fail).
_FIRM_CUE_PARTS = ("hares", "tock", "nalysts", "conomists", "trategists", "its")


#: A run of two to five capitalised words, where a firm's name may stand (see :meth:`SourceIndex._see_firm_names`).
#: A legal form just after a name ("plc" of "Brightwell Energy plc", whose run of capitalised words it ends).
_LEGAL_FORM_NEXT = re.compile(rf"\s+(?:&\s+)?(?i:{LEGAL_FORMS})\b")
_CAPITALISED_RUN = re.compile(r"(?<![\w'’.&-])[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){1,4}(?![\w'’-])")


def _firms_in(sentence: str) -> set[str]:
    """Keys of the names ``sentence`` writes as a firm's (see ``_WRITTEN_AS_FIRM``), each match's one group that
    holds one: after a match, the run of a word's characters it ended in is read on (see ``_FIRM_READ_ON``)."""
    keys: set[str] = set()
    at = 0
    if not any(part in sentence for part in _FIRM_CUE_PARTS):
        return keys
    while (found := _FIRM_READ_ON.match(sentence, at) if at else None) or (
            found := _WRITTEN_AS_FIRM.search(sentence, at)):
        keys.add(text_key(next(name for name in found.groups() if name)))
        at = found.end()
    return keys


#: A source span of a name and an emphatic "himself" or "herself" after it ("Tom Vask himself", "Vask himself"):
#: group 1 the name, which is the source.
_EMPHATIC_AFTER_NAME = re.compile(r"((?:[A-Z][\w'’.-]*\s+){1,4})(?:him|her)self")
#: The same after a name, which tells its sex: group 1 holds "her" for a woman.
_EMPHATIC_SEX = re.compile(r" (?:(her)|him)self(?= )")


def _written_short(short: str, full: str) -> bool:
    """Whether the body's name ``short`` (a key) is ``full`` written with words left out between its first and last
    ("ashcombe school board" of "ashcombe unified school board", as a headline shortens it): one body, whose first
    word and kind's word both keep. Not a name with fewer than three words (of two, it is the other's first and last
    words, "kessel board" of "kessel housing board", which may be another body)."""
    words, whole = short.split(), full.split()
    if len(words) < 3 or len(whole) <= len(words) or words[0] != whole[0] or words[-1] != whole[-1]:
        return False
    rest = iter(whole[1:-1])
    return all(word in rest for word in words[1:-1])


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
    return all(same_country(a, b) or same_country(b, a) for a in countries for b in countries)


#: Words that make a body described as a group a civic one, no company ("a consumer group, Fair Tech", "the rights
#: group Civic Watch", "a trade group"): "the company" never means it.
_CIVIC_GROUP_WORDS = frozenset("""consumer consumers advocacy rights lobby lobbying pressure campaign campaigning
    activist environmental conservation civic privacy trade industry residents patients parents veterans""".split())


#: A group's cause that makes it a watchdog ("a government ethics group", "an accountability group"), whom "the
#: watchdog" or a headline's "Watchdog" means (see :meth:`SourceIndex._body_described`).
_WATCHDOG_CAUSES = frozenset("ethics accountability transparency anti-corruption oversight".split())
#: Words of a name that make a body a regulator by themselves ("Kessel Energy Regulator", "Nuclear Safety
#: Inspectorate"), and words of what a regulator oversees, which make an authority, agency, commission or board one
#: ("Energy Markets Authority", "Food Standards Agency", "Competition Commission"), where a port's, a transport's or
#: a housing authority runs what it is named for (see :meth:`SourceIndex._regulator`).
_REGULATOR_NAME_WORDS = frozenset("regulator regulators inspectorate".split())
_OVERSIGHT_NAME_WORDS = frozenset("""markets market competition conduct standards safety regulation regulatory
    supervisory supervision oversight inspection audit ethics complaints consumer consumers privacy protection
    financial securities prudential""".split())


#: The nouns a group by its cause ends with (see :func:`_civic_group_noun`): any body's ("rights group"), and a body
#: or association of a trade or of its members ("trade body", "industry body", "consumer association").
_CAUSE_GROUP_HEADS = frozenset({"group", "organisation", "organization", "body", "association"})


def _civic_group_noun(noun: str) -> bool:
    """Whether the description ``noun`` is a group by its cause, in two or three words ("rights group", "human rights
    group", "advocacy organisation", "trade body": see ``_CIVIC_GROUP_WORDS``), which only a civic body may be."""
    words = noun.split(" ")
    return 2 <= len(words) <= 3 and words[-1] in _CAUSE_GROUP_HEADS and words[-2] in _CIVIC_GROUP_WORDS


#: "The union" means a body whose name says it is one ("Harbour Workers Federation", "Delford Teachers'
#: Association", "Harbour Nurses Association", "College Lecturers' Association").
_UNION_NAME_WORDS = frozenset("""union federation workers employees guild brotherhood teamsters teachers nurses
    lecturers educators professors academics tutors""".split())

#: Nouns for a body of one kind ("the agency", "the regulator", "the network", "the campaign", "the club", "the
#: paper", "the orchestra"), each with the words of a name that say a body is of that kind ("Secret Service",
#: "Kestorian Medicines Authority", "Harbour Broadcasting Network", "Clean Seas Campaign", "Dunmore Rovers", "Kessel
#: Times", "Kessel Philharmonic"); a regulator may be a board too ("Savings Conduct Board").
_AGENCY_NAME_WORDS = frozenset("agency bureau service administration office authority commission".split())
#: "Media" ends a broadcaster's name as often as a publisher's ("Brightwater Media": see ``_TRADE_OF_NAME``).
_BROADCAST_NAME_WORDS = frozenset("network television tv radio broadcasting broadcaster channel media".split())
_KIND_NAME_WORDS = {"agency": _AGENCY_NAME_WORDS,
                    "regulator": _AGENCY_NAME_WORDS | {"regulator", "inspectorate", "board"},
                    "network": _BROADCAST_NAME_WORDS, "broadcaster": _BROADCAST_NAME_WORDS,
                    "forecaster": frozenset("meteorological weather met".split()),
                    "orchestra": frozenset("orchestra philharmonic symphony sinfonia".split()),
                    "campaign": frozenset({"campaign"}), "club": _CLUB_NAME_WORDS,
                    "paper": PAPER_NAME_WORDS, "newspaper": PAPER_NAME_WORDS | {"journal"},
                    "daily": PAPER_NAME_WORDS | {"journal"}}
#: Of those and "the union", the nouns a sentence may write before a body's name, after an article and up to two
#: lower-case words ("The rating agency Norcrest Ratings", "the public broadcaster Kessel One", "the union Harbour
#: Dockers"), or opening the sentence with no article after one or two words, the first capitalised ("Rating agency
#: Norcrest Ratings cut ..."; group 1 the noun, group 3 the name), so too after a liveblog's time stamp or in lower
#: case after an opening phrase's comma ("11:35 Rating agency Norcrest Ratings cut ...", "On Friday, ratings agency
#: Norcrest Ratings cut ..."), or set apart by commas after it ("The regulator has fined the network, KTV, twice";
#: group 2 the comma): the name is one of that kind, whatever its words say.
_KINDS_WRITTEN = ("agency", "regulator", "network", "broadcaster", "forecaster", "campaign", "union")
_KIND_WRITTEN = re.compile(r"(?:(?<![\w'’-])(?i:the|an?)\s+(?:[a-z][\w-]*\s+){0,2}?"
                           r"|^(?:\d{1,2}[:.]\d{2}\s+)?[A-Z][a-z-]*\s+(?:[a-z][\w-]*\s+)?"
                           r"|^[A-Z][^,;:\"“”]{0,40}?,\s+(?:[a-z][\w-]*\s+)?)"
                           rf"({'|'.join(_KINDS_WRITTEN)})(,)?\s+"
                           r"((?!(?:The|A|An|In|On|At|Of|For)\s)[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})"
                           r"(?(2)(?=\s*[,;)]))")


def _agency_work(noun: str) -> tuple[str, frozenset[str]] | None:
    """The work of an agency that the two-word description ``noun`` names before an agency's noun ("transit" of
    "transit agency", "weather" of "weather service"), with the words of a name that say a body does it: the words
    of the kind of ``_KIND_NAME_WORDS`` the work's word is one of, a kind of body that does work
    (``_WORKING_KINDS``: "Meteorological Office" for "the weather service"; not a newspaper's or a club's words,
    "Kessel Post" for "the post office"), else none; ``None`` for another description ("agency" alone, "news
    agency")."""
    work, _, head = noun.rpartition(" ")
    if not work or " " in work or head not in _AGENCY_NAME_WORDS or work in _AGENCY_NAME_WORDS or work == "news":
        return None
    return work, next((_KIND_NAME_WORDS[kind] for kind in _WORKING_KINDS if work in _KIND_NAME_WORDS[kind]),
                      frozenset())


#: The last words of a regulator's name ("Financial Conduct Authority", "Kessel Securities Commission", "Savings
#: Conduct Board"), whom a headline's "Regulator" or "Watchdog" alone may mean (see
#: :meth:`SourceIndex._regulator_named`); not a service's or an office's, which a police force or a ministry's may be.
_REGULATOR_NAME_ENDS = frozenset("authority commission board regulator inspectorate ombudsman".split())
#: The kinds of ``_KIND_NAME_WORDS`` that do an agency's work, whose words may say what a "weather service" or a
#: "broadcasting authority" does (see :func:`_agency_work`).
_WORKING_KINDS = ("agency", "regulator", "network", "broadcaster", "forecaster")
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
#: The key of an unnamed person who speaks for someone as a spokesperson does ("representative for lena croft",
#: "publicist for the singer"): one whom a later "the spokesperson" means (see
#: ``SourceIndex._representative_credited_last``).
_REPRESENTATIVE_KEY = re.compile(r"(?:representative|publicist)\s+(?:for|of)\s+\S")
#: A body's acronym alone as a sentence's subject ("FIFA introduced a cap on loans"), of three to six capitals: a
#: body, which a later "the governing body" or "the organisation" may mean (see ``SourceIndex.see_body``).
_ACRONYM_BODY = re.compile(r"[A-Z]{3,6}")
#: Nouns any body but a state's or an outlet takes ("the group", "the organisation"): a business or a civic body; and
#: a sport's or a trade's "governing body" ("FIFA introduced a cap. The governing body said").
_ANY_BODY_DESCRIPTIONS = frozenset(["group", "organisation", "organization", "governing body", "body"])
#: Of those, the nouns that a state's, a union of states' or a world body's agency takes too, as a group does not ("The
#: United Nations agency said ... The organisation added", "The Harbour Authority ... The body said"): no outlet's.
_ORGANISATION_NOUNS = frozenset(["organisation", "organization", "body"])
#: The words of an outlet's name ("Kessel Post", "Harbour Television"), which no organisation noun means.
_OUTLET_NAME_WORDS = PAPER_NAME_WORDS | _BROADCAST_NAME_WORDS | {"news", "press", "journal"}
#: Role words for whoever heads a body ("federation chief", "head of the federation", "federation president"): one
#: person, whom a role written with one of them and the body's words means (see :meth:`SourceIndex._head_named_later`).
_BODY_HEADS = frozenset("chief head president chair chairman chairwoman leader boss".split())
#: Words of an officer's post other than the head's ("chief executive", "chief financial officer").
_OFFICER_WORDS = frozenset("executive officer financial operating technology medical".split())


#: The words of a government itself ("the Velmar government", "the Harlow administration"), which copy never calls
#: "the organisation" or "the body" as it does a state's agency or a legislature.
_GOVERNING_WORDS = frozenset("government administration presidency".split())
#: "a" or "an" opening a source span ("A supermarket chain"): a source the copy has not named yet.
_INDEFINITE = re.compile(r"(?:a|an)\s+", re.I)
#: The last words of a business described by its kind alone in lower case ("supermarket chain", "the carmaker",
#: "a parts supplier"), which a lede may write before the copy names it (see :meth:`SourceIndex._name_lede_business`).
_LEDE_BUSINESSES = BUSINESS_DESCRIPTIONS | TRADE_KINDS

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
#: Of those, the bodies of many states ("NATO said ... The organisation said"), which an organisation noun may mean.
_BODIES_OF_STATES = frozenset("nato un interpol europol".split())
#: Of those, the words a business of any trade ends its name with.
_ANY_TRADE_ENDS = frozenset("group company corporation holdings".split())
#: Plural nouns that end a body's name and no person's ("Harrow Marine Services", "Tessel Data Solutions"): a name so
#: ending is a body's, of the kind its other words say (a company's, or a state's: "Department of Harbour Services").
_PLURAL_NAME_ENDS = frozenset("services solutions products resources enterprises".split())
#: A state's body written with "the" and a name ending in a state body's word ("the Authority", "the Civil Aviation
#: Authority", "the Transport Ministry"), which no description of a business means.
_STATE_BODY_WRITTEN = re.compile(r"(?<![\w'’-])the\s+(?:[A-Z][\w'’-]*\s+){0,4}(?:Authority|Ministry|Department|"
                                 r"Agency|Commission|Regulator|Inspectorate|Administration)(?![\w'’-])")
#: Words of the name of a state's body, an outlet or a school ("Harbour Authority", "Daily Ledger", "Secret
#: Service"), which none of those descriptions means.
_STATE_OR_OUTLET_WORDS = (frozenset(word.lower() for word in INSTITUTIONS) | BODY_NOUNS) - _CIVIC_NAME_WORDS - {
    "group", "company", "corporation", "firm", "bank", "general", "studio", "studios", "team"}
#: Words of a name that make it a state's, a school's, an outlet's or a civic body's, none a company's, though a
#: chief executive or a managing director heads it ("the managing director of the Monetary Fund of Kessel").
_NO_COMPANY_WORDS = _STATE_OR_OUTLET_WORDS | _CIVIC_NAME_WORDS
#: A business's trade that the last word of its name says ("Velta Motors" is a carmaker, "Orlin Airways" and "Orlin
#: Air" airlines, "Corvane Aerospace" a planemaker): a description by another trade means another business.
_RAIL_TRADES = frozenset({"railway", "railroad", "rail operator", "train operator", "operator"})
#: A builder's and a landlord's trades ("Ridgeline Homes" is a housebuilder or a landlord, "Quayside Developments" a
#: developer, "Northvale Housing" a social landlord, "Dunmore Lettings" a letting agent; see ``FIRM_NAME_ENDS``).
_BUILDER_TRADES = frozenset({"developer", "property developer", "builder", "housebuilder", "homebuilder"})
_LANDLORD_TRADES = frozenset({"landlord", "housing association", "housing provider"})
_TELECOM_TRADES = frozenset({"network operator", "mobile operator", "telecom operator", "operator", "carrier"})
#: A power, gas or water company's trades ("Brennock Power" is a utility and an energy supplier, "Northline Gas" a gas
#: distributor, "Calder Water" a water supplier, "Gridline Transmission" a grid operator, "Kestrel Nuclear" a plant
#: operator): a description by one means the company whose name says it.
_POWER_TRADES = frozenset({"utility", "supplier", "energy supplier", "electricity supplier", "generator"})
_GAS_TRADES = frozenset({"utility", "supplier", "energy supplier", "gas supplier", "distributor", "gas distributor",
                         "network operator", "operator"})
_WATER_TRADES = frozenset({"utility", "supplier", "water supplier"})
_GRID_TRADES = frozenset({"utility", "grid operator", "network operator", "operator"})
_PLANT_TRADES = frozenset({"utility", "operator", "plant operator", "generator"})
_PIPELINE_TRADES = frozenset({"pipeline operator", "operator"})
_TRADE_OF_NAME = {"motors": {"carmaker", "automaker"}, **dict.fromkeys("air airlines".split(), {"airline", "carrier"}),
                  "airways": {"airline", "carrier"}, "aerospace": {"planemaker", "manufacturer"},
                  "ferries": {"ferry operator", "operator"},
                  "buses": {"bus operator", "operator"}, "stores": {"retailer"}, "supermarkets": {"retailer"},
                  "telecom": _TELECOM_TRADES, "telecoms": _TELECOM_TRADES, "water": _WATER_TRADES,
                  "bank": {"bank", "lender"}, "insurance": {"insurer"}, "mining": {"miner"},
                  "pharmaceuticals": {"drugmaker"}, "pharma": {"drugmaker"},
                  **dict.fromkeys("energy power electric utilities".split(), _POWER_TRADES), "gas": _GAS_TRADES,
                  "transmission": _GRID_TRADES, "nuclear": _PLANT_TRADES,
                  "midstream": _PIPELINE_TRADES, "pipelines": _PIPELINE_TRADES, "renewables": {"renewables"},
                  **dict.fromkeys("pictures studios films".split(), {"studio"}), "records": {"label", "record label"},
                  "media": {"publisher"}, "publishing": {"publisher"},
                  **dict.fromkeys("freight railway railways railroad rail".split(), _RAIL_TRADES),
                  **dict.fromkeys("homes properties".split(), _BUILDER_TRADES | _LANDLORD_TRADES),
                  "developments": _BUILDER_TRADES, "housing": _LANDLORD_TRADES | {"developer"},
                  "lettings": {"letting agent"}}
#: The trades of ``_TRADE_OF_NAME`` that no business noun of ``BUSINESS_DESCRIPTIONS`` is ("the ferry operator", "the
#: carrier", "the bus operator"): a description by one means only a body whose name says that trade (a person may be
#: "the operator" too, and "Ford" says nothing of ferries).
_NAMED_TRADES = frozenset().union(*_TRADE_OF_NAME.values()) - BUSINESS_DESCRIPTIONS
#: Trades a lower-case word before "company" or "firm" names ("the pipeline company", "the law firm"), each with the
#: trades of ``_TRADE_OF_NAME`` it goes with: a business whose name says another ("Halvex Motors" is no oil company;
#: "Northfall Energy" may be) is not meant.
_ENERGY_TRADES = frozenset({"utility", "pipeline operator", "renewables"})
_COMPANY_TRADES: dict[str, frozenset[str]] = {
    **dict.fromkeys("oil gas pipeline energy power electric electricity utility".split(), _ENERGY_TRADES),
    "water": frozenset({"water supplier"}),
    **dict.fromkeys("wind solar".split(), frozenset({"utility", "renewables"})),
    **dict.fromkeys("drug pharmaceutical".split(), frozenset({"drugmaker"})),
    **dict.fromkeys("car auto".split(), frozenset({"carmaker"})), "insurance": frozenset({"insurer"}),
    **dict.fromkeys("railway rail railroad freight train".split(), _RAIL_TRADES),
    "mining": frozenset({"miner"}), "airline": frozenset({"airline"}), "ferry": frozenset({"ferry operator"}),
    "bus": frozenset({"bus operator"}), "retail": frozenset({"retailer"}),
    "telecom": _TELECOM_TRADES, "telecommunications": _TELECOM_TRADES,
    **dict.fromkeys("""tech technology software law chemical chemicals investment consulting accounting security
        shipping construction engineering media steel food tobacco lobbying defense
        defence""".split(), frozenset())}
#: The trades of ``_COMPANY_TRADES`` whose "group" is a lobby, no company ("the lobbying group", "the lobby group").
_LOBBY_TRADES = frozenset({"lobbying", "lobby"})
#: How many sources credited before the body a description joins are read for another body it may mean, and how
#: many sentences after that body's credit the description may come (2: one sentence between).
_BODY_REACH = 6
_BODY_REACH_SENTENCES = 2
#: Sources that name other people, no body, whatever their case ("Others said").
_OTHERS = frozenset("others another".split())

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
_ISSUER_HEADING = re.compile(rf"(?i:{_ISSUER_PAPERS})(?:\s+(?:of|by|from)\s|\s*:\s*(?=[A-Z]))")
#: A line opening with such a word, as a statement's heading does, whoever it names ("Statement on the report",
#: "PRESS RELEASE"), unless it ends as a sentence does.
_STATEMENT_OPENING = re.compile(rf"(?i:{_ISSUER_PAPERS})\b(?![^\n]*[.!?]$)")
_ISSUER_PAPER_AFTER = re.compile(rf"\s*(?:[:|]|[-–—](?=\s))\s*(?i:{_ISSUER_PAPERS})\b")


def _issuers_named(text: str) -> dict[str, tuple[str, str]]:
    """Each body's noun of ``_ISSUERS`` (in lower case) that ``text``, read as a heading when it ends with no full
    stop, names a body by in full (see ``_ISSUER_NAME``: "Ministry of Foreign Affairs of the People's Republic of
    China", "Russian Ministry of Foreign Affairs"), as its canonical key and shown form, when the heading is the
    issuer's own: it opens with a statement's word and "of", "by", "from" or a colon ("Statement of the Ministry of
    ...", "Comment by the Press Department of ...", "Press release: Ministry of ...": see ``_ISSUER_HEADING``), or is
    the body's name alone, perhaps with such a word after it ("Embassy of Ostria in Velmar", "Ministry of Trade of
    Ostria: Press release"); a news
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


#: Words that own what follows as a speaker's or a group's, not a name's first word: "Our police", "My Bank".
_OWNERS = frozenset("my our your his her its their".split())


def _owned_kind_noun(pattern: re.Pattern[str], written: str) -> bool:
    """Whether a body's name that a kind's ``pattern`` found is no name but the kind's noun after an owner's word
    ("Our police", "My Bank" of a headline or a column): what follows the owner's word is no name of that kind alone
    ("Our Lady's Hospital" still is one). A later "the police" must not mean it (it would stand for itself)."""
    owner, _, rest = written.partition(" ")
    named = pattern.match(rest) if owner.lower() in _OWNERS else None
    return owner.lower() in _OWNERS and (named is None or named.group(1) != rest)


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
      see ``CAPITALS``), and a post written in letters after it spelled out, or back ("the PM" after "the Prime
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
      ambiguous, and alone is the body it means ("A spokeswoman for the Lisk Port Authority said ... The
      authority said": see :meth:`_spoken_for_only`). "His spokesman" is never joined, and "A spokesman" only
      to the body the sentence before credited (see :meth:`_spokesperson_of_its`).
    * A candidate described by party or office ("the Republican presidential nominee", "the presidential hopeful")
      is the person credited just before, the source named last, when nothing says it is another (see
      :meth:`_candidate_credited_last`).
    * "The company" or "the firm" joins the one company that has opened a sentence so far named
      with its legal form ("Acme Corp. was fined") or described as a business ("Halvard Terminals,
      the port operator, said"; a source anywhere in a sentence too: "according to Orlin Airways, a
      regional airline") or that an accusing verb names with its legal form ("The board accused Dravik Corp", see
      ``_COMPANY_NAME``), a source or not, and "Acme" joins "Acme Corp." ("Velmora" joins "Velmora Pharma
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
    * Failing those, "the bank", "the company" (see above), "the department", "the agency", "the ministry", "the
      federation" or "the club" in lower case joins the one body of that kind the text named, a source or not ("The
      board accused Dravik Bank ... The bank said"; see ``_NAMED_KINDS``), none after two, in a denial never an
      accuser.
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
        # a body's key -> the sources that are its officials, and whether by its name before their noun ("dravik bank
        # executives"): see _officials_of
        self._officials: dict[str, list[tuple[str, bool]]] = {}
        self._unaccented: dict[str, str] = {}  # names by their accents left out ("tanaiste" -> "tánaiste")
        self._ministries: dict[str, list[str]] = {}  # ministries by their portfolio's last word ("foreign")
        self.people: dict[str, frozenset[str]] = {}  # person-like name -> the role words written with it
        self._role_spans: dict[str, str] = {}  # person-like name -> the span that wrote those words, as read
        # indexes, so that a mention looks only at the sources that share a word with it
        # people by first word ("wang" of "wang wenbin") and by last word, without a glued particle too ("assad",
        # "al-assad"), each word without its accents ("perez" of "josé pérez": see :func:`without_accents`)
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
        # the last surname alone named with a title in the sentence seen last ("Gov. Vask"), with its role words, and
        # the one a description in this sentence may mean (see _surname_described)
        self._titled_surname: tuple[str, frozenset[str]] | None = None
        self._described_surname: tuple[str, frozenset[str]] | None = None
        self.recent_person: str | None = None  # the person named most recently, whatever came since
        # the person a subject that spoke or was asked named (see :meth:`see_subject`), while no one is named since
        self.subject_person: str | None = None
        # the people named before whom that subject's sentence names after it ("Varga" of "Robin Task told Varga ...")
        self.subject_addressed: frozenset[str] = frozenset()
        # the person the sentence before, naming no source, wrote of as its subject, naming no one else ("Ruiz
        # pounced."), whom a description in the sentence read now may mean: set by the caller for each sentence
        self.topic_person: str | None = None
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
        # the judge named after "the judge" spoke, by title ("" for two: see _role_named_later)
        self._judge_named: dict[str, str] = {}
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
        self.dateline_town: str | None = None  # the key of the place its wire dateline is filed from ("marlow")
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
        # full names' keys written in a list of people's names (see :func:`_listed_names`), whose given names need not
        # be known ones
        self._listed: set[str] = set()
        # keys of names opening with a given name that the text wrote as a firm's ("morgan stanley": see
        # :meth:`_see_firms`), no people
        self._firms: set[str] = set()
        # a headline's "<firm> ceo" -> the one person the copy names as that firm's chief executive ("" for two)
        self._headline_chiefs: dict[str, str] = {}
        self._group_firms: dict[str, str] = {}  # a first word -> the firm's name it opens, ending in "group"
        self._seen_last = ""  # the sentence seen last, as read ("" for a headline in title case)
        self._seen_before = ""  # and the one before it
        self._organised: str | None = None  # the event, as written, organisers were read to speak for last
        self._events: dict[str, str] = {}  # the events the text named so far, two at most: key -> as written
        self.shown: dict[str, str] = {}  # canonical name -> display form
        self.companies: dict[str, str] = {}  # companies that opened a sentence or were described -> display form
        # names read as people's that said "it" of themselves ("Calder Secure says it ..."), whose "It said" goes on
        self.said_it: set[str] = set()
        self.kinds: dict[str, set[str]] = {}  # a company -> the kinds of business it was described as ("carmaker")
        self.body_kinds: dict[str, set[str]] = {}  # a source -> the words it was described with ("watchdog group")
        # a name written after "the" and a kind's noun in any sentence -> those nouns ("norcrest ratings" of "The
        # rating agency Norcrest Ratings cut ..." -> {"agency"}): see _see_kinds_written
        self._kinds_written: dict[str, set[str]] = {}
        self.places: set[str] = set()  # keys of words written as places so far ("in Israel")
        self._lone_names: set[str] = set()  # keys of lone capitalised words written inside a sentence ("Harding")
        self._firm_first_words: set[str] = set()  # "stahlwerk" of "Stahlwerk Motors": see ``_FIRM_FIRST_WORD``
        self.alleged: set[str] = set()  # sources credited with a claim worded as an allegation so far
        self.denied: set[str] = set()  # sources credited with a denial so far
        # nameless role, or a person named by the end of their name, -> the person later named for it
        self.named_later: dict[str, str] = {}
        # businesses credited as described with "a" and their kind alone ("A supermarket chain said"), which a name
        # credited later may be (see _name_lede_business)
        self._businesses_described: set[str] = set()
        # sources heading a body by role alone that a person named later heads (see _head_named_later)
        self._heads_named: dict[str, str] = {}
        self.spoke_as: dict[str, str] = {}  # a company -> its first word, a source before it ("orvane")
        self.acronyms: dict[str, str | None] = {}  # an acronym -> the name spelled out before it (None: two names)
        self.posts: dict[str, str | None] = {}  # the same for a person's post spelled out ("dpp")
        # a source naming a post of ``SHORT_POSTS``, by its key with the post in letters ("pm" of "prime minister")
        self._posts_written: dict[str, str] = {}
        # sources by the words after their first, those whose first is a country's possessive ("merevia's navy")
        # apart from the others ("merevian navy"), for :meth:`_country_written_otherwise`
        self._after_first: tuple[dict[str, list[str]], dict[str, list[str]]] = ({}, {})
        # sources credited so far, the one credited last at the end, each with the sentence it was credited with last,
        # counted as :meth:`see` counts them; and the texts of the sentences seen last, the last at the end
        self._credited: dict[str, int] = {}
        self._recent: deque[str] = deque(maxlen=_BODY_REACH_SENTENCES + 2)
        # each inquiry with no maker ("inquiry"), with the name it looks into first (see :func:`_inquired_name`)
        self._inquired: dict[str, str] = {}
        # a body's noun ("ministry") -> the bodies of that noun the document's first lines name in full
        self._issuers: dict[str, set[str]] = {}
        # whether the first lines open with a statement's word ("Statement on the report"), named issuer or not
        self._statement_headed = False
        # a newspaper's last word ("ledger") -> the names written with "the" and it, as shown ("Harlow Ledger")
        self._papers: dict[str, dict[str, str]] = {}
        # a document's noun ("note", "note verbale") -> the source the text said issued it ("In its note, the mission")
        self._issued_by: dict[str, str] = {}
        # an age written after a personal name ("Pavel Orr, 52,") -> the people written with it, each as written
        self._so_called: dict[str, dict[str, str]] = {}  # people by an age or ranking described ("no. 3")
        # a document's key ("statement") -> the subject the text said issued one, as written; None for more than one
        self._issued_in_sentence: dict[str, str | None] = {}
        # a kind's noun of ``_NAMED_KINDS`` ("bank") -> each body of that kind the text named so far, key -> as written
        self._named_kinds: dict[str, dict[str, str]] = {}
        # the sources named as a club is, by a club's word last ("Kessel United", "Harbour City"): each a club in view
        self._clubs_credited: set[str] = set()
        self._clubs_opening: dict[str, str] = {}  # the clubs the document's first lines name, key -> as written
        # a filing's kind ("suit", "indictment") -> who the text said filed it, as written; None for more than one
        self._filed_by: dict[str, str | None] = {}
        # whether the text wrote a filing since by another than the suit's filer (see :meth:`_files_anew`)
        self._filing_by_other = False
        # a body whose name says its kind, the subject acting in a sentence naming no source ("Northfall Energy asked
        # regulators ..."), as written, with the sentence it opened counted as ``_credited`` (see :meth:`see_body`)
        self._acting_body: tuple[str, str, int] | None = None
        # a name read as a person's by its capitals alone, the subject acting in a sentence naming no source ("Cardwell
        # Health cut 200 jobs"), as ``_acting_body`` is kept: its kind unsaid, "the company" may mean it (see
        # :meth:`see_capitals_subject`)
        self._acting_capitals: tuple[str, str, int] | None = None
        # firms by their names that were the subject of a sentence crediting no one (see :meth:`see_body`) or written
        # anywhere (see :meth:`_see_firm_names`), with their shown forms: the name's first word alone joins one (see
        # :meth:`_company_first_word`)
        self._acting_firms: dict[str, str] = {}
        # a knight's or dame's title and given name -> the full names written after them ("Dame", "Ruth" -> {"Ruth
        # Corran"}), which "Dame Ruth" alone names (see ``_HONOURED_NAME``)
        self._honoured: dict[tuple[str, str], set[str]] = {}

    def see(self, sentence: str) -> None:
        """Note the places ``sentence`` names ("in Israel", "Israeli troops"), a company it opens
        with (see :meth:`_see_company`), people it names with a title (see :meth:`_see_titled`) and the
        surnames of the personal names it writes (see :func:`surnames_in`) and their given names (see
        :func:`_forenames`), whether or not they are sources; a headline in title case names no one ("Governor Signs
        Sweeping Climate Bill")."""
        if self._titled:  # the sentence before named them, and no source: a description here may mean them
            self.described = self._titled
        self._described_surname, self._titled_surname = self._titled_surname, None
        visible = without_invisible(sentence)  # once, for every rule that reads the sentence
        self.places |= places_in(visible)
        self._see_company(visible)
        self._see_firms(visible)
        text = unicodedata.normalize("NFC", visible)
        self._see_acronyms(text)
        headline = title_case(text)
        for found in _HONOURED_NAME.finditer(text) if not headline else ():
            full = " ".join(POSSESSIVE.sub("", found.group(2) + found.group(3)).split())  # "Ruth Corran's review": hers
            self._honoured.setdefault((found.group(1), found.group(2)), set()).add(full)
        self._titled = None if headline else self._see_titled(text)
        if not headline:
            self._see_so_called(text)
            self._see_accused(text)
        self._seen_before, self._seen_last = self._seen_last, "" if headline else text
        if not headline:
            for paper in _THE_PAPER.finditer(text):
                self._papers.setdefault(paper.group(2).lower(), {})[text_key(paper.group(1))] = paper.group(1)
        self._forget_issued(text)
        if not headline:
            lone = _LONE_NAME_WITHIN.findall(text)
            self._lone_names |= {text_key(word) for word in lone if not CALENDAR.fullmatch(word)}
            self._firm_first_words |= {text_key(word) for word in _FIRM_FIRST_WORD.findall(text)
                                       if not is_given_name(word)}
            self._see_filer(text)
            self._see_issuer(text)
            self._see_named_kinds(text)
            self._see_events(text)
            self._see_kinds_written(text)
            self._see_firm_names(text)
        if self._seen_count < _ISSUER_LINES:
            self._statement_headed |= _STATEMENT_OPENING.match(text.strip(" \n\"'”’»)")) is not None
            for noun, (name, shown) in _issuers_named(text).items():
                self._issuers.setdefault(noun, set()).add(name)
                self.shown.setdefault(name, shown)
            for found in _CLUB_WRITTEN.finditer(text):  # "Harlow Rovers defender suspended ..., club vows to appeal"
                self._clubs_opening.setdefault(normalise_source(found.group(1)), found.group(1))
        self._recent.append(self._seen_last)
        self.surnames_seen_last = frozenset() if headline else frozenset(surnames_in(text))
        self.surnames |= self.surnames_seen_last
        if not headline:
            self._titled_words |= _titled_words_in(text)
            self._couples |= _couples_in(text)
            self._listed |= _listed_names(text)
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
            before = text[max(0, found.start() - _SPELLED_OUT_CHARS):found.start()]
            words = _spelled_out(before, acronym)
            if not words:
                continue
            words = _owner_words(before, len(words)) + words
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
        # not "Producer Price Index": a trade that opens names of things, before no given name
        traded = (found for found in _trade_names(text)
                  if text_key(found.group("name").rpartition(" ")[2]) not in BUSINESS_NAME_ENDS
                  and (found["trade"].lower() not in TRADES_BEFORE_GIVEN_NAMES
                       or is_given_name(found["name"].split()[0])))
        for found in sorted([*_titled_names(text), *traded], key=lambda found: found.start()):
            if _run_goes_on(text, found.end()):
                continue  # a name cut inside a capitalised run is no name
            # "Director Lena Marsh's third feature": the person, without the possessive
            phrase = POSSESSIVE.sub("", " ".join(dropwhile(lambda w: w in NOT_A_NAME_START, found.group(0).split())))
            written = display_source(phrase)
            as_written, folded = text_key(written), fold_apostrophes(phrase)
            # "Sergei Lavrov" after "Sergey Lavrov": the one person
            key = as_written if as_written in self.people else self._respelled(as_written) or as_written
            if (" " in key and len(key) < len(phrase) and person_like(key, folded) and key not in self.companies
                    and not LEGAL_FORM_END.search(key) and (key in self.people or key not in self.names)):
                self.shown.setdefault(key, _with_stop(written, text[found.start():]))  # "Judge Ana Ruiz Jr."
                self._note_person(key, _role_words(folded, as_written) | _party_state_after(text, found.end()))
                self._mention(key)
                last = key
            elif key and " " not in key and written[:1].isupper() and not written.isupper() and len(key) < len(phrase):
                # "Gov. Vask vetoed the bill": a surname alone, read as a person only by "the governor" just after
                self._titled_surname = (key, _role_words(folded, as_written) & PERSON_ROLES)
                self.shown.setdefault(key, written)
        for found in _APPOSED_ROLE_NAME.finditer(text) if "," in text else ():
            # "its bishop, the Rt Rev Pieter Holm,": a person of a known given name, with the role's words
            written = display_source(found.group("name"))
            key = text_key(written)
            if (" " in key and is_given_name(key.split(" ")[0]) and key not in self.companies
                    and (key in self.people or key not in self.names)):
                self.shown.setdefault(key, written)
                self._note_person(key, self.people.get(key, frozenset()) | _role_words(found.group("role"), key))
                self._mention(key)
                last = key
        return last

    def _see_so_called(self, text: str) -> None:
        """Note each person the sentence ``text`` writes with an age after their name ("Pavel Orr, 52, said") or
        with a player's ranking or seeding beside it ("beat world No. 3 Ana Ruiz", "Ana Ruiz, the world No. 3,": see
        ``_RANK_BY_NAME``), so that a later "the 52-year-old" or "the world No. 3" may mean them (see
        :meth:`_person_so_called`), by the description's key (see :func:`_so_called_key`)."""
        ages = _AGE_AFTER_NAME.finditer(text) if _AGE_ALONE.search(text) else ()
        found = [(f"{age.group(2)}-year-old", age.group(1)) for age in ages]
        if "No" in text or "umber" in text:  # "No." or "number": most sentences hold no ranking
            found += [(_rank_key(rank.group("rank"), rank.group("seed")), rank.group("name"))
                      for pattern in _RANK_BY_NAME for rank in pattern.finditer(text)]
        for description, name in found:
            phrase = " ".join(dropwhile(lambda w: w in NOT_A_NAME_START, name.split()))
            written = display_source(phrase)
            key = text_key(written)
            if " " in key and person_like(key, fold_apostrophes(phrase)) and key not in self.companies:
                self._so_called.setdefault(description, {}).setdefault(key, written)

    def _see_accused(self, text: str) -> None:
        """Note each person the sentence ``text`` accuses by a name of their own ("Rosa Ibarra accused Dan Orr of a
        conflict of interest"), so that a later "Orr" who answers may mean them: two to four capitalised words with no
        title or role among them (a titled name is noted by :meth:`_see_titled`), written as a person's name (see
        :func:`surnames_in`), no company's, place's or body's."""
        for found in _ACCUSED_NAME.finditer(text) if "accus" in text else ():  # most sentences accuse no one
            phrase = found.group(1)
            words = phrase.split()
            if any(TITLE.match(word + " ") or ROLE_WORD.fullmatch(word) or is_role(word.lower()) for word in words):
                continue
            written = display_source(phrase)
            key = text_key(written)
            if (" " in key and surnames_in(phrase) == {key.rpartition(" ")[2]}  # no "North Dakota"
                    and person_like(key, fold_apostrophes(phrase))
                    and key not in self.companies and key not in self.places and not LEGAL_FORM_END.search(key)
                    and (key in self.people or key not in self.names)):
                self.shown.setdefault(key, written)
                self._note_person(key, self.people.get(key, frozenset()))

    def _see_company(self, visible: str) -> None:
        """Note a company that a sentence opens with, its subject, named with its legal form ("On
        Tuesday, Acme Corp. said", "The developer, Baywater Holdings Ltd, said": see :func:`_company_set_apart`) or
        described as a business ("Halvard Terminals, the port operator, said", "The port operator, Halvard Terminals,
        said"), before its chief's title ("Stratus CEO Omar Keene", see ``_COMPANY_CHIEF``) or after its shares
        ("Shares in Kessel Homes fell", see ``_SHARES_IN``), whether or not a source; one named in passing ("which
        supplies Acme Corp.") is not noted.
        ``visible`` is the sentence without its invisible characters (see :func:`without_invisible`)."""
        opening = _from_first_name_word(without_heading(visible.strip(EDGE)).strip(EDGE))
        found = (_COMPANY.match(opening) or _described_business(opening) or _company_set_apart(opening)
                 or _company_of_chief(opening) or _SHARES_IN.match(visible.strip(EDGE)))
        if not found:
            return
        shown = _last_group(found)
        name = shown.rstrip(".")
        if found.re is _SHARES_IN and name in _MARKET_PLACES:
            return  # "Shares in Tokyo fell": a market's place, no company
        if name.endswith(" AG") and name.split()[-2] in AG_OF:
            return  # "The New York AG sued": an attorney general
        head, _, body = name.partition(" of ")
        if body and not any(w in INSTITUTIONS or w in BODY_WORDS for w in head.split(" ")):
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
                or without_accents(key) in self._by_last
                or key in self.acronyms or bool(self._bodies.holding([key])))

    def knows_or_wrote_within(self, word: str) -> bool:
        """Whether the one capitalised ``word`` is a name the document knows (see :meth:`knows`) or has written
        alone inside a sentence, no place ("Harding" of "The league banned Harding for three games."): opening a
        sentence before a verb of speech ("Harding hit back, posting that ..."), it is that name, not a word whose
        capital only the sentence's start gives it; so too the first word of a firm's name written in full before
        ("Stahlwerk" of "Stahlwerk Motors": see ``_FIRM_FIRST_WORD``), the short name copy calls it by."""
        key = text_key(word)
        written = key in self._lone_names or key in self._firm_first_words
        return self.knows(word) or (written and key not in self.places)

    def _person_owning(self, text: str) -> str | None:
        """The person's word of a span that is one capitalised word in the possessive, "of" perhaps before it, when
        that word names a person so far (see :meth:`_person_word`): "Vask's" or "of Vask's" of "Vask's contention
        was ...", "Much of Vask's anger ..." after "Tom Vask said" is Vask, not a name ending in its own possessive
        ("Moody's said", whose word names no person)."""
        owner = _PERSON_POSSESSIVE.fullmatch(text.strip(EDGE))
        return owner.group(1) if owner and self._person_word(text_key(owner.group(1))) else None

    def _counted_one(self, bare: str, text: str) -> str | None:
        """The counted group of people mentioned last ("two former agency inspectors") when the span ``text``, of the
        canonical ``bare``, is "the" and the singular of the group's plural noun, its other words all the group's
        ("the former inspector"): the one of them the copy went on to quote, no source apart; ``None`` otherwise."""
        group = next(reversed(self._mentioned), None)
        if (group is None or bare in self.names or not text.strip(EDGE).lower().startswith("the ")
                or not _plural_group(group)):
            return None
        words, members = bare.split(" "), group.split(" ")
        return group if f"{words[-1]}s" == members[-1] and set(words[:-1]) <= set(members[1:-1]) else None

    def _spokesperson_of_its(self, text: str, sentence: str = "", denial: bool = False) -> str | None:
        """The span ``text`` written with its owner's name when it is a spokesperson owned by "its" or "their" alone,
        or by no one ("A spokesman"; see ``_ITS_SPOKESPERSON``), and the sentence before credited one source and named
        no other, no person nor spokesperson: "Velmara's spokesman" of "Its spokesman" or "A spokesman" after
        "Velmara rejected the report.", read as that would be ("velmara spokesperson"); so too after a sentence that
        credited no one and whose subject was a body by its name (see :meth:`see_body`: "Orsk Mining has hit back. A
        spokesman told us ..."); and so a document owned by "its" alone (see ``_ITS_DOCUMENT``): "the inquiry's
        600-page report" of "Its 600-page report" after "The inquiry found ...", the inquiry's own word, or after a
        sentence that credited no one and whose subject was a body ("The Harbour Authority looked at the fees. Its
        review found ..."), and a state's
        body ("Its Foreign Ministry" after "Dravinia has denied the claim.": see ``_ITS_MINISTRY``); and "A
        spokesman" after its own ``sentence`` (the text before the span) opened with "The" and a body's noun (see
        ``_BODY_SUBJECT_OPENING``) the spokesperson of the one body that noun means: "The company plans to file in
        May, a spokeswoman said."; in a ``denial``, the spokesperson or body owned by "its" of the body the sentence
        before accused (see :meth:`_accused_owner`); ``None`` otherwise."""
        found = _ITS_SPOKESPERSON.fullmatch(text.strip(EDGE))
        role = found.group(1) if found else _its_role(text.strip(EDGE))
        document = (_ITS_DOCUMENT.fullmatch(text.strip(EDGE)) or _ITS_MINISTRY.fullmatch(text.strip(EDGE))
                    if role is None else None)
        if role is None and document is None:
            return None
        accused = self._accused_owner() if denial and text.strip(EDGE)[:3].lower() == "its" else None
        if accused is not None:
            return f"{accused}'s {role or text.strip(EDGE).split(None, 1)[1]}"
        clause = self._clause_body(sentence) if role is not None and text.strip(EDGE)[:3].lower() == "its" else None
        if clause is not None:
            return f"{clause}'s {role}"
        last = self._seen_count - 1
        before = [name for name, at in self._credited.items() if at == last]
        # a person named with a role in this sentence ("its author, Carl Wend,") is stamped as if named before
        # an interviewer's label ("PRESENTER: We put your comments to the health board.") names no one its role serves
        others = [name for name, at in self._mentioned_at.items()
                  if at == last and name not in before and not self._written_here_only(name)
                  and name not in INTERVIEWER_ROLES]
        owned = role or text.strip(EDGE).split(None, 1)[1]
        if not before and not others and self._acting_body is not None and self._acting_body[2] == last:
            # "The Harbour Authority looked at the fees. Its review found ...": the body the sentence before wrote of
            return f"{self._acting_body[1]}'s {owned}"
        if role is not None and sentence and _TWO_BODIES_OPENING.match(sentence):
            return None  # "The company and the union agreed a deal, a spokeswoman said.": either side's
        subject = _BODY_SUBJECT_OPENING.match(sentence) if sentence else None
        if role is not None and subject is not None and subject.group(1) in BODY_NOUNS:
            # "The company plans to file in May, a spokeswoman said." after "Halvex Therapeutics said ...": the
            # spokeswoman of the one body "the company" means
            body = self._description_stands_for(subject.group(1), False)
            if body != subject.group(1):
                return f"{self.shown.get(body, body)}'s {role}"
        if (len(before) != 1 or others or before[0] in self.people or before[0].endswith("spokesperson")
                or people_plural(before[0].rpartition(" ")[2])):
            # "Its spokesman" after "Velmara and Orvane rejected the report": whose is unclear; "Its authors" after
            # "The researchers said": a study's, whose people are no body
            return None
        return f"{self.shown.get(before[0], before[0])}'s {owned}"

    def _clause_body(self, sentence: str) -> str | None:
        """The body, as shown, that the clause of time or reason opening ``sentence`` (the text before a role owned
        by "its") names as its subject (see ``_CLAUSE_NAMES_SUBJECT``): "Cardwell Health" of "When Cardwell Health
        lost patient records last spring, " before "its chief executive said", whom "its" means; ``None`` for none,
        or for a person ("When Tom Vask lost, "); so too the subject of a first main clause before a conjunction
        (see ``_MAIN_CLAUSE_NAMES_SUBJECT``: "Drayfield has not said it will, but its chief executive told ..."), a
        company by the first word of its name written before as that company ("Drayfield Textiles")."""
        found = _CLAUSE_NAMES_SUBJECT.match(sentence) or _MAIN_CLAUSE_NAMES_SUBJECT.match(sentence)
        if found is None:
            return None
        company = self._company_first_word(text_key(display_source(found.group(1))))
        return self.shown.get(company, found.group(1)) if company else self._body_shown(found.group(1))

    def _club_by_last_word(self, bare: str, text: str) -> str | None:
        """The one club credited so far (see ``_clubs_credited``) whose name ends in ``bare``, one word of a club's
        name written alone as the span ``text`` with no article ("United" after "Dunmore United said", "City" after
        "Fenwick City said"): sports copy calls a club by it; ``None`` for none or two such clubs, or for "the city"."""
        if bare not in _CLUB_SHORT_NAMES or text.strip(EDGE) != bare.capitalize():
            return None
        clubs = {club for club in self._clubs_credited if club.rpartition(" ")[2] == bare}
        return clubs.pop() if len(clubs) == 1 else None

    def _accused_owner(self) -> str | None:
        """The body or country the sentence before the one seen last accused by its name (see ``_ACCUSED_OWNER``:
        "Kestoria" of "Dravinia accused Kestoria of shelling a post"), as shown, whom "its" in a denial means: the
        accused denies, not the accuser; ``None`` for none, or for a person ("accused Tom Vask of")."""
        found = _ACCUSED_OWNER.search(self._seen_before)
        return self._body_shown(found.group(1)) if found is not None else None

    def _body_shown(self, name: str) -> str | None:
        """The body ``name`` (as written) means, as shown ("Kestoria", "Cardwell Health"), for a body whom "its" may
        mean; ``None`` for a person, known or written with a given name ("Tom Vask"), whom "its" never means."""
        written = display_source(name)
        key = text_key(written)
        if not key or key in self.people or opens_with_given_name(written.split()):
            return None
        return self.shown.get(key, written)

    def _written_here_only(self, name: str) -> bool:
        """Whether the source ``name`` (canonical) is written, as shown, in the sentence seen last but not in the one
        before it: one :meth:`see` noted with the sentence's own mentions before counting the sentence."""
        shown = case_blind(self.shown.get(name, name))
        return shown in case_blind(self._seen_last) and shown not in case_blind(self._seen_before)

    def _side_of_his_or_her(self, text: str, before: str = "", after: str = "") -> str | None:
        """The span ``text`` written with its owner's name when it is a candidate's side owned by "his" or "her"
        alone (see ``_HIS_OR_HER_SIDE``): the side of the person the pronoun means (see :meth:`person_for`), or of
        the person whose surname that one's roles hold when they work for another ("Ruiz's campaign spokeswoman,
        Lena Marsh") unless the noun is one person's own (``_PERSONAL_SIDE``: "Her lawyer" is Marsh's, when Marsh was
        credited in the sentence just before or named in its own: the pronoun may mean a person only written of
        since); written as the
        side the document named for that person before ("the Kolb campaign", "Kolb's campaign", "The campaign of Rita
        Kolb"), else as the surname's ("Kolb's campaign", "Kolb's brother"). ``None`` for another
        span, or where the pronoun means no one, or someone working for no person named; ``before`` and ``after`` are
        the sentence's text before and after the span."""
        found = _HIS_OR_HER_SIDE.fullmatch(text.strip(EDGE))
        if found is None:
            return None
        pronoun, noun = "he" if found.group(1).lower() == "his" else "she", found.group(2).lower()
        person = self._topic_for(pronoun) or self.person_for(pronoun)
        if person is None:
            return (self._only_side_named(noun, pronoun) or self._only_side_described(noun)
                    or self._side_of_role_just_credited(noun, pronoun))
        if re.fullmatch(_PERSONAL_SIDE, noun):
            named_here = person.rpartition(" ")[2] in text_key(before).split(" ")
            if ((self._credited.get(person) != self._seen_count - 1 and not named_here)
                    or THIRD_PERSON[pronoun].search(before) or _other_name(f"{before} {after}", person)):
                # "Her doctor said" long after the person last spoke, or after a "she" of its own sentence ("She
                # swims daily, her doctor said"), or in one naming another ("According to her lawyer, Rhoda Senn
                # never saw the books"): maybe anyone's, the last speaker too
                return None
        else:
            roles = self.people.get(person, frozenset())
            served = [name for role in roles for name in self._by_last.holding([without_accents(role)])
                      if name != person]
            if len(served) == 1:
                person = served[0]
            elif served or roles & _SERVING_ROLES:
                return None  # "Her campaign" after "A lawyer, Rita Kolb": no candidate's side
        surname = person.rpartition(" ")[2]
        side = re.compile(rf"(?:.+ )?{re.escape(surname)}(?:'s)? {noun}|{noun} of (?:.+ )?{re.escape(surname)}")
        named = [name for name in self.names if side.fullmatch(name)]
        if named:
            return self.shown.get(named[-1], named[-1])
        return f"{self.shown.get(person, person).rpartition(' ')[2]}'s {noun}"

    def _topic_for(self, pronoun: str) -> str | None:
        """The person the sentence before wrote of as its subject (``topic_person``), naming no source, whom "his" or
        "her" (``pronoun``) means before anyone named earlier: "Foreign Minister Ana Dorr visited Kestoria. Her office
        said ..." is Dorr's office. Only one known to be of the pronoun's sex, or of unknown sex where no one else
        named may be meant (see :meth:`person_for`); ``None`` otherwise."""
        topic = self.topic_person
        if topic is None or self.sex_of(topic) not in (None, pronoun):
            return None
        return topic if self.sex_of(topic) == pronoun or self.person_for(pronoun) is None else None

    def _document_of_his_or_her(self, text: str) -> str | None:
        """The span ``text``, a document owned by "His" or "Her" opening a sentence (see ``_HIS_OR_HER_DOCUMENT``),
        written with the name of the person the pronoun means (see :meth:`person_for`), as "Its report" is with its
        body's: "Charles Adeyemi's inspection" of "His inspection" after "the Chief Inspector of Prisons, Charles
        Adeyemi, said", his own; or of the one person the sentence before names, a source or not (see
        :meth:`only_person_named`: "an inquiry, led by barrister Yusuf Delacroix" before "His report found that
        Reaves ..."); ``None`` for another span, or where the pronoun means no one."""
        found = _HIS_OR_HER_DOCUMENT.fullmatch(text.strip(EDGE))
        pronoun = "he" if found and found.group(1) == "His" else "she"
        person = (self.only_person_named(self._seen_before, pronoun) or self.person_for(pronoun)) if found else None
        return f"{self.shown.get(person, person)}'s {found.group(2)}" if found and person else None

    def _named_together(self, count: int) -> str | None:
        """The source named last of the last ``_GROUP_LOOKBACK`` that is ``count`` names joined by "and" ("clyburn
        and butterfield") or a group of that count ("two former employees"), which "the two" or "both" means;
        ``None`` for none."""
        for named in islice(reversed(self._mentioned), _GROUP_LOOKBACK):
            parts = _LIST_PARTS.split(named)
            words = counted_key(named).split(" ")
            if ((" and " in named and len(parts) == count)
                    or (_COUNTS.get(words[0]) == count and len(words) > 1 and people_plural(words[-1]))):
                return named
        return None

    def _paper_in_full(self, text: str) -> str | None:
        """The newspaper's name in full that the span ``text``, "the" and a masthead's word alone ("The Ledger"; see
        ``PAPER_NAME_WORDS``), shortens: the one name the document wrote before with "the", capitalised words and
        that word ("the Harlow Ledger"), its place or owner's word dropped; ``None`` for another span, or where the
        document wrote no such name or two ("the Harlow Ledger" and "the Marlow Ledger")."""
        found = _THE_MASTHEAD.fullmatch(text.strip(EDGE))
        papers = self._papers.get(found.group(1).lower(), {}) if found else {}
        return f"the {next(iter(papers.values()))}" if len(papers) == 1 else None  # "the": a paper, no person

    def _only_side_named(self, noun: str, pronoun: str) -> str | None:
        """The one person's side of the kind ``noun`` ("campaign") the document named as a source so far, written
        with its owner's capitalised name ("Mrs. Kolb's campaign", "the Kolb campaign", "family of Dana Keel"), whom
        "his" or "her" (``pronoun``) may mean: no person of that surname is known to be of the other sex. ``None`` for
        none or sides of two owners."""
        side = re.compile(rf"(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+)*?([A-Z][\w'’-]*?)(?:['’]s)?\s+{noun}"
                          rf"|(?:[Tt]he\s+)?{noun}\s+of\s+(?:[A-Z][\w.'’-]*\s+)*?([A-Z][\w'’-]*)")
        owners: dict[str, str] = {}
        for name in self.names:
            found = side.fullmatch(self.shown.get(name, name))
            owner = text_key(found.group(1) or found.group(2)) if found else ""
            people = self._by_last.holding([without_accents(owner)]) if found else set()
            if found and (not people or any(self.sex_of(person) in (None, pronoun) for person in people)):
                owners[owner] = name
        return self.shown.get(owners.popitem()[1]) if len(owners) == 1 else None

    def _side_of_role_just_credited(self, noun: str, pronoun: str) -> str | None:
        """One person's own side of the kind ``noun`` ("lawyer": see ``_PERSONAL_SIDE``) written with the one source
        the sentence just before was credited to, when that is a person known by a role alone, no name ("The
        sergeant, who has since retired, denied wrongdoing. His lawyer said ...": "sergeant's lawyer"), not known
        to be of the other sex than "his" or "her" (``pronoun``); ``None`` otherwise."""
        before = [name for name, at in self._credited.items() if at == self._seen_count - 1]
        if not re.fullmatch(_PERSONAL_SIDE, noun) or len(before) != 1:
            return None
        role = before[0]
        if (role in self.people or " " in role or role not in PERSON_ROLES
                or self.sex_of(role) not in (None, pronoun)):
            return None
        return f"{self.shown.get(role, role)}'s {noun}"

    def _only_side_described(self, noun: str) -> str | None:
        """The one source named so far as the side of the kind ``noun`` of someone described, not named ("family of
        a 62-year-old woman" for "her family"); ``None`` for none or two."""
        described = [name for name in self.names if name.startswith(f"{noun} of ")]
        return self.shown.get(described[0], described[0]) if len(described) == 1 else None

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
        return word in self.surnames or without_accents(word) in self._by_last or word in self.names

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
        self._credited[name] = self._seen_count
        if sentence.label == "official_denial":
            self.denied.add(name)
        elif alleges(sentence.text, passive=False) or any(map(_SHORT_SELLER_KIND.fullmatch, self.kinds.get(name, ()))):
            self.alleged.add(name)  # a short seller's claim is its case against a company, whoever denies it
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
                or TITLE.match(span) or self._person_word(text_key(written))):
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
        "Agency rejects ...") or a body's kind or a post in lower-case words ("Rights group says ...", "Health minister
        denies ...", see :func:`described_body`, :func:`described_post`) is a description with "the" left out, and
        means the one person or body it fits, named anywhere. A list read as nationalities (see
        :func:`nationality_list`) with a word that is no known one but names a person so far (see
        :meth:`_person_word`) is cut at its commas as any other list."""
        accusation = accusation_in_span(text, after)
        if accusation is not None:
            text = text[:accusation]  # "Police" of "Police accused of brutality say they acted lawfully"
        text = (self._spokesperson_of_its(text, before, denial) or self._side_of_his_or_her(text, before, after)
                or self._document_of_his_or_her(text) or self._paper_in_full(text) or text)
        text = self._honoured_in_full(text) or text  # "Dame Ruth" after "Dame Ruth Corran": as written in full
        body_document = _BODY_DOCUMENT.fullmatch(text.strip(EDGE))
        noun = body_document.group(1).lower() if body_document else ""
        if body_document is not None and noun in _DOCUMENT_OWNER_NOUNS and (
                self._description_stands_for(noun, denial) != noun or self._kind_named(noun, denial) is not None
                or noun in self.names or _BODY_CHANNEL.fullmatch(body_document.group(2))):
            # "A ministry statement" after "The Kestorian Defence Ministry ...": that ministry's, as written so; "a
            # police statement" the one force's named ("the Hartwell Police Department said"), or the police credited
            # by the noun alone ("police said"): one source, not "police" and "police statement"; a statement with
            # none of them named is the body's alone too, which a later "police said" means
            text = f"the {noun}'s {body_document.group(2)}"
        owner = _its_document_owner(text, before)
        if owner is not None:
            return self.add(owner, denial)  # "The mission recorded 31 deaths, according to its report": the mission's
        written = display_source(text, possessive_is_name)  # from the span as given: it keeps emoji joined
        if any(not _nationality(word) and self._person_word(word) for word in listed_words(written)):
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
        if ranked and self._by_last.holding([without_accents(text_key(ranked.group(1)))]):
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
        if (not bare or (bare in PRONOUNS and written != "WHO") or french_pronoun(written)  # the WHO speaks
                or CONTRACTED_PRONOUN.fullmatch(bare)):
            return ""  # nor is "a-t-il" of French copy's '« ... », a-t-il déclaré' anyone's name, nor "I'm"
        if (bare in _OWN_PRONOUNS and written != "US") or OWN_WORK.match(text.strip(EDGE)):
            return ""
        if bare in _TIDINGS or unowned_reports(text):
            return ""  # "News has emerged that ...", "Reports surfaced that ...": what came out, no one who said it
        if bare == "one" and GENERIC_ONE_AFTER.match(after):
            return ""  # "One can also debate ...": anyone, the writer's own musing, no one of a group named before
        club = self._club_in_view() if headline and bare == "club" else None
        if club is not None:
            return self.add(club, denial)  # "Harlow Rovers defender suspended ..., club vows to fight ban": the club
        group = self._group_headed(bare) if headline else None
        if group is not None:
            self._mention(group)
            return group  # "Tenants say landlord ignored mold" over "Tenants of a building on Elm Street say": them
        if bare in _ONE_OF_THEM:
            group = next(reversed(self._mentioned), None)
            if group is not None and _plural_group(group):
                self._mention(group)
                return group  # "Two former employees said ... One said": one of them, no source of its own
        other = self._another_of_its_kind() if bare == "another" else None
        if other is not None:
            return self.add(other, denial)  # "One official said ... Another said": a second official, a source apart
        group = self._counted_one(bare, text)
        if group is not None:
            self._mention(group)
            return group  # "Two former inspectors said ... the former inspector said": one of them
        share = _SHARE.fullmatch(bare)
        if share is not None:
            poll = self._poll_in_view()
            if poll is not None:
                self._mention(poll)
                return poll  # "Another 19 percent said" after "A new Kessel poll shows": the poll's respondents
            if not _names_a_group(share):
                return ""  # "Twelve percent said" with no poll in view: a count of no one named, as "Many" alone
        if _respondents_among(text, before, after):
            poll = self._poll_in_view()
            if poll is not None:
                self._mention(poll)
            return poll or ""  # "Among likely voters, 46 percent said": the poll's respondents, or no one named
        counted = _COUNT_OF_NAMED.fullmatch(f"{before[-4:].lstrip()}{text.strip(EDGE)}".strip())
        if counted and (counted.group(3) is None or people_plural(counted.group(3))):
            together = self._named_together(_COUNTS[(counted.group(1) or counted.group(2)).lower()])
            if together is not None:
                self._mention(together)
                return together  # "Ruiz and Vask said ... The two said": both of them
            if counted.group(3) is None:
                return ""  # "The two said" with no two named together: no source called "two" (see count_alone)
        member = _group_reference(bare, text, before)
        group = next((named for named in islice(reversed(self._mentioned), _GROUP_LOOKBACK)
                      if (_plural_group(named) and _group_member(member, named))
                      or member == f"the {_members_of(named)}" or _anonymous_one_again(member, named)), None)
        if group is not None:
            self._mention(group)
            return group  # "people familiar with the matter ... two of the people", "a person familiar with the matter"
        issued = self._issued_by or self._issued_in_sentence
        document = _DEFINITE_DOCUMENT.fullmatch(_document_words(text.strip(EDGE))) if issued else None
        issuer = self._document_issuer(text_key(document.group(1))) if document else None
        if issuer is None and headline and issued and _BARE_DOCUMENT.fullmatch(text.strip(EDGE)):
            issuer = self._document_issuer(text_key(text))  # "Survey finds ...": the survey the copy credits its maker
        if issuer is not None:
            self._mention(issuer)
            return issuer  # "According to the note" after "In its note, the mission said": the mission's
        issuing = self._issued_in_sentence.get(text_key(document.group(1))) if document and not issuer else None
        if issuing is not None:
            return self.add(issuing, denial)  # "The statement said" after "The embassy issued a statement": its
        filing = _DEFINITE_FILING.fullmatch(text.strip(EDGE))
        if filing and self._filing_by_other and filing.group(1).lower().startswith("filing"):
            filing = None  # "the filing" after another side's "In a filing, the company's lawyers asked": not theirs
        filer = self._filed_by.get(_filing_kind(filing.group(1))) if filing else None
        if filer is not None:
            return self.add(filer, denial)  # "The complaint says" after "The Securities Board sued": the board's
        suit = self._suit_named_first(text) if filer is None else None
        if suit is not None:
            self._mention(suit)
            return suit  # "According to the filing" after "The complaint, filed on Monday, claims": one document
        shown = self.shown.get(bare)
        # the spelling first seen is shown ("O’Neill" over a later "O'Neill"), a capitalised one over a
        # lower-case one
        if shown is None or (shown == shown.lower() and written != written.lower()):
            self.shown[bare] = _with_stop(written, text)
        kin = _described_as_kin(written, before + text, len(before), after)
        text = fold_apostrophes(text)  # its words are compared with the canonical name's
        # a headline's "Hospital denies ...": a kind of body the copy may name only in passing, as "the hospital" is
        described = headline and (all(w in PERSON_ROLES or w in BODY_NOUNS or w in _NAMED_KINDS
                                      for w in bare.split(" ")) or described_body(written) or described_post(written)
                                  or self._heads_one_body(bare))
        meant = None if described else self._namesake_meant(bare, written, before + text, len(before), after)
        name = (self._description_stands_for(bare, denial, anyone=True) if described
                else meant or self._stands_for(bare, written, text, denial, before, kin, after))
        if headline and name == bare and bare in _MAKER_NOUNS:
            name = self._company_described("company", denial) or name  # "..., maker says" over "Halvex said ..."
        if headline and name == bare:
            name = self._regulator_named(bare) or name  # "Regulator accuses ..." over "The Conduct Board said ..."
        if ((meant is None or len(self._namesakes_of(bare)) == 1) and name != bare and " " not in bare
                and name in self.people):
            # the one it joined (the only one of that surname so far: "Salgado" of "Rui Salgado"), whom it still means
            # once another is named ("His son, Miguel Salgado, ..."), unless the copy says otherwise
            self._alone_for.setdefault(bare, name)
        if name == bare and not described:
            name = self._surnames_in_full(bare, written) or name  # "Ruiz and Vask" after "Ana Ruiz", "Tom Vask"
            name = self._owned_in_full(bare) or name  # "Dorr's office" after "Foreign Minister Ana Dorr's office"
        self._name_the_role(text, name)
        if name == bare and name not in self.names and written[:1].isupper():
            self._name_lede_business(name, text, before, after, denial)
        elif name == bare and _INDEFINITE.match(text.strip(EDGE)) and bare.rpartition(" ")[2] in _LEDE_BUSINESSES:
            self._businesses_described.add(name)  # "A supermarket chain said", which the copy may name later
        if name == bare and " " in name and written[:1].isupper() and written.split(" ")[-1][:1].isupper():
            self._name_described_body(name)
            self._name_body_in_lower_case(name)
        investing = None if "," in text else _APPOSED_INVESTOR.match(after)
        self._note_business(f"{text}, {investing.group(1)}" if investing else text, name)
        apposed = None if "," in text else _APPOSED_KIND.match(after)
        self._note_kind(f"{text}, {apposed.group(1)}" if apposed else text, name)
        self._note_kind_before(text, name)
        # a person written with a title ("Mr Trevane") or as a surname seen in a name, before it counts as a body
        person = name == bare and (self._one_word_person(name, written, text) or _kin_given_name(name, written, kin)
                                   or _name_given_only(before))
        if name not in self.names:
            self.names[name] = len(self.names)
            spoke = _OFFICIALS_OF_BODY.fullmatch(name)
            if spoke is not None:
                self._officials.setdefault(spoke.group(1) or spoke.group(2), []).append((name, not spoke.group(1)))
            self._unaccented.setdefault(united_nations(without_accents(name)), name)
            ministry = _ministry(name)
            if ministry:
                self._ministries.setdefault(ministry[2][-1], []).append(name)
            letters = _in_letters(name)
            if letters is not None:
                self._posts_written.setdefault(letters, name)
            first, _, rest = name.partition(" ")
            if rest:
                self._after_first["'" in first].setdefault(rest, []).append(name)
            if name not in self.people:  # a person named with a title in an earlier sentence
                self._bodies.add(name, name.split(" "))
            self._join_bare_group(name)
            self._join_study_team(name)
        if name == bare and _firm_named(name, text):
            self._note_company(name, self.shown.get(name, written))  # "Ostrava Chemicals", whose "Ostrava" joins it
        elif name == bare:
            self._note_group_firm(name, after)  # "Harlow Group said it", whose "Harlow" joins it
        person |= (name == bare and " " in name and person_like(name, text)
                   and not LEGAL_FORM_END.search(name) and not _newspaper(name, before + text)
                   and name not in self.companies and name not in self._firms
                   and self._group_firms.get(name.split(" ")[0]) != name
                   and not self.body_kinds.get(name, set()) & (BODY_KINDS | {"ngo"}))
        # "Halvard Terminals, the port operator" and "Morgan Stanley" of "Shares of Morgan Stanley" are no person, nor
        # a body described by its kind ("the watchdog group Clean Capitol", "Clean Capitol, a watchdog group")
        if person and _speaks_of_itself_as_it(name, text, after):
            self.said_it.add(name)
        if person:
            # written without a role ("Alan Pike said"), a person keeps the one written before
            roles = _role_words(text, name) | _party_state_after(after, 0)  # 'Sen. Ana Ruiz (D-N.Y.) said'
            # "Ines Rowley testified": a witness, whom "the witness" may mean
            testified = frozenset({"witness"}) if _TESTIFIED.match(after) else frozenset()
            self._note_person(name, (roles or self.people.get(name, frozenset())) | testified)
            if roles:
                self._role_spans[name] = text
            if title_case(before + text + after):
                self._headline_people.add(name)
            self._spouse_named(name, after)
        if name == bare and " " in name and name.rsplit(" ", 1)[-1] in _CLUB_NAME_WORDS:  # not "the club" alone
            self._clubs_credited.add(name)  # a club in view ("Kessel United said"), whom no other "the club" means
        self.described = name if name in self.people else None
        self._titled = self._described_surname = None
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
            self._chief_of_headline(name, text, after)
        return name

    def nameless_share(self, text: str, before: str = "", after: str = "") -> bool:
        """Whether the source span ``text`` is a share of no group named ("Another 19 percent", "Twelve percent"; see
        ``_SHARE``), or who was asked after the sentence's opening "Among", between ``before`` and ``after`` ("likely"
        of "Among likely voters, 46 percent said"; see :func:`_respondents_among`), with no poll in view (see
        :meth:`_poll_in_view`): a count of no one, as "Many" alone is."""
        share = _SHARE.fullmatch(text_key(display_source(text)))
        asked = (share is not None and not _names_a_group(share)) or _respondents_among(text, before, after)
        return asked and self._poll_in_view() is None

    def _poll_in_view(self) -> str | None:
        """The poll or survey named as a source most recently, at most ``_POLL_REACH`` sentences ago and among the
        last ``_GROUP_LOOKBACK`` sources named, whose respondents a share ("59 percent of voters") counts; ``None``
        for none."""
        for name in islice(reversed(self._mentioned), _GROUP_LOOKBACK):
            if name.rpartition(" ")[2] in _POLL_NOUNS | {f"{noun}s" for noun in _POLL_NOUNS}:
                return name if self._seen_count - self._mentioned_at[name] <= _POLL_REACH else None
        return None

    def _document_issuer(self, document: str) -> str | None:
        """The source noted as issuing the document written ``document`` (see :meth:`_note_issued`): by its words, or
        by its noun alone when the words before it count its pages or the like ("64-page report" of a report by Civic
        Shield; not "police report", nor "joint statement", maybe another's); ``None`` for none."""
        words = document.split(" ")
        if document in self._issued_by or not all(re.search(r"\d", word) for word in words[:-1]):
            return self._issued_by.get(document)
        return self._issued_by.get(words[-1])

    def _note_issued(self, name: str, text: str, before: str, after: str) -> None:
        """Note that the source ``name``, of the span ``text``, issued the document the sentence writes as its own: in
        an opener just ``before`` the span ("In its note, the mission said", "In a statement, the ministry said"), just
        ``after`` it, after its verb ("The mission said in its note verbale that"), or after its possessive ("The
        ministry's statement said", the span with the document or without it), or in the span before its maker ("A
        report by Safeguard Rights Watch said", see ``_DOCUMENT_BY_MAKER``), or as what the source issues after it
        ("Oslin Rights Watch published a report", see ``_ISSUES_DOCUMENT_AFTER``): a later "the note" (see
        ``_DEFINITE_DOCUMENT``) is then that source's, by the document's words as written, its noun, or the noun's
        first word ("joint note verbale", "note verbale", "note")."""
        written = _document_words(text.rstrip())
        found = (_OWN_DOCUMENT_BEFORE.search(before[-_OWN_DOCUMENT_REACH:]) or _OWN_DOCUMENT_AFTER.match(after)
                 or (_DOCUMENT_NEXT.match(after) if written.endswith(("'s", "’s"))
                     else _POSSESSED_DOCUMENT.search(written[-_OWN_DOCUMENT_REACH:]))
                 or _DOCUMENT_BY_MAKER.match(written) or _ISSUES_DOCUMENT_AFTER.match(after))
        for key in _document_keys(found):
            if not _part_of_name(name, self._issued_by.get(key)):
                self._issued_by[key] = name

    def _see_filer(self, sentence: str) -> None:
        """Note who ``sentence`` says sues, files a suit or indicts (see ``_FILER``): a name by "the" and a capital,
        two capitalised words or an acronym ("The Securities Board", "Ana Ruiz", "SEC"; not "Tenants" nor "He"), not
        two joined by "and" without "the" ("Ana Ruiz and Tom Vell"). A later "the complaint", "the lawsuit" or "the
        indictment" is theirs (see :meth:`add`) while the text names one filer of its kind; none once it names two."""
        found = _FILER.match(sentence) if any(verb in sentence for verb in _FILER_VERBS) else None
        name = (found.group("filer") or found.group("agent")) if found else None
        if found is None or not name:
            self._filing_by_other |= self._files_anew(sentence)
            return
        self._filing_by_other = False
        words = name.split()
        the = words[0].lower() == "the"
        joined = "and" in words and (not the or text_key(words[words.index("and") - 1]) in BODY_NOUNS)
        if not (the or len(words) > 1 or name.isupper() or found.group("counsel")) or joined:
            return  # "Venn's lawyers filed": a client's one name will do
        kind = "indictment" if found.group("indicted") else "suit"
        before = self._filed_by.get(kind, name)
        same = before is not None and text_key(display_source(before)) == text_key(display_source(name))
        self._filed_by[kind] = name if same else None  # another filer: whose "the complaint" is, is unclear

    def _files_anew(self, sentence: str) -> bool:
        """Whether ``sentence`` writes a new filing (see ``_NEW_FILING``) without a word of the suit's one filer's name,
        or with none known: another side's, most often the accused's ("Three families sued Dravo. In a filing on
        Tuesday, the company's lawyers asked the court to dismiss the case."), so that a later "the filing" is no
        longer the complaint (see :meth:`add`), whose filer's is the allegation."""
        if _NEW_FILING.search(sentence) is None:
            return False
        filer = self._filed_by.get("suit")
        words = set(re.findall(r"[^\W\d_]+", filer.lower())) - {"the"} if filer else set()
        return not words & set(re.findall(r"[^\W\d_]+", sentence.lower()))

    def _see_issuer(self, sentence: str) -> None:
        """Note the subject that ``sentence`` opens with when it issues, releases, sends or publishes a document (see
        ``_ISSUES_DOCUMENT``: "The Velmaran embassy in Lisk issued a statement on Saturday.", "The audit office
        published its report on Thursday."), a body's name or a
        person's (see :func:`opening_subject`), or the makers a new document's words are followed by (see
        ``_MADE_BY_AFTER``: "A letter signed by 40 teachers was sent to the board."): a later "the statement" is
        theirs (see :meth:`add`) while the text
        names one issuer of a document by its words, none once another subject issues one, or one is written as new
        with no issuer read ("A statement was posted")."""
        documents: list[re.Match[str]] = list(_INDEFINITE_DOCUMENT.finditer(sentence))
        owned = not documents and _ISSUES_OWN_DOCUMENT.search(sentence) is not None
        # most sentences write no document: no subject read
        found = opening_subject(sentence) if documents or owned else None
        issued = _ISSUES_DOCUMENT.match(sentence, found[1]) if found else None
        if issued is not None and not any(document.start(1) == issued.start(1) for document in documents):
            documents.append(issued)  # its own: "published its report"
        subject = sentence[found[0]:found[1]] if found and issued else None
        for document in documents:
            made = _MADE_BY_AFTER.match(sentence, document.end())
            name = made.group("maker") if made else subject  # "A letter signed by 40 teachers was sent": theirs
            self._note_issuer(document, name)
        for owned_by in _OWNER_OF_DOCUMENT.finditer(sentence) if "'" in sentence or "’" in sentence else ():
            possessed = _ISSUED_AT.match(sentence, owned_by.end())
            owner = " ".join(dropwhile(lambda word: word in NOT_A_NAME_START, owned_by.group("owner").split()))
            if possessed is not None and owner and not CALENDAR.fullmatch(owner):
                self._note_issuer(possessed, owner)  # "the Regional Schools Inspectorate's report": a later "the
                # report" is the inspectorate's, as after "The inspectorate published its report"

    def _note_issuer(self, document: re.Match[str], name: str | None) -> None:
        """Note ``name`` (``None``: no one read) as issuing the ``document`` a sentence writes (see
        ``_ISSUED_PHRASE``), by each of its keys; a key another issuer holds is no one's."""
        for key in _document_keys(document):
            before = self._issued_in_sentence.get(key, name)
            same = name is not None and before is not None and text_key(before) == text_key(name)
            self._issued_in_sentence[key] = name if same else None

    def _see_named_kinds(self, sentence: str) -> None:
        """Note each body of a kind of ``_NAMED_KINDS`` that ``sentence`` names ("Dravik Bank" of "The board accused
        Dravik Bank"), whether or not a source: a later "the bank" may mean it (see :meth:`_kind_named`)."""
        held = {word for word in _NAMED_KIND_WORDS_ALL if word in sentence}  # each word once, not once a kind
        for kind, pattern in _NAMED_KINDS.items():
            words = _NAMED_KIND_WORDS.get(kind)
            if words is not None and held.isdisjoint(words):
                continue
            for found in pattern.finditer(sentence):
                if not _owned_kind_noun(pattern, found.group(1)):
                    self._name_kind(kind, text_key(found.group(1)), found.group(1))

    def _see_kinds_written(self, sentence: str) -> None:
        """Note each name ``sentence`` writes after an article and a noun whose kind a name must say for "the agency",
        "the network" or "the union" to mean it ("The rating agency Norcrest Ratings cut ...", "a dispute with the
        union Harbour Dockers", "fined the network, KTV,": see ``_KIND_WRITTEN``), a source or not: the name's words
        need not say it then (see :meth:`_written_as`); not a person's name, a country's or a day's."""
        if not any(noun in sentence for noun in _KINDS_WRITTEN):
            return
        for found in _KIND_WRITTEN.finditer(sentence):
            name = found.group(3)
            first = name.split(" ")[0].lower()
            key = text_key(name)
            # not a person, a country or a day after the noun ("the network President Tomas Ree", "a network
            # Russia built", "a campaign Thursday")
            if not (first in TITLE_NOUNS or first in PERSON_ROLES or is_given_name(first)
                    or CALENDAR.fullmatch(name) or government_of(without_accents(key)) is not None):
                self._kinds_written.setdefault(key, set()).add(found.group(1).lower())

    def _see_firm_names(self, sentence: str) -> None:
        """Note each firm ``sentence`` names by two to four capitalised words that end with a trade naming only a
        business (see :func:`_firm_named`: "Northline Rail Freight" of "Workers at Northline Rail Freight walked out"),
        wherever it stands, a source or not, as a subject's is (see :meth:`see_body`): a later "Northline" alone is
        that firm when its first word starts no other name (see :meth:`_company_first_word`)."""
        for found in _CAPITALISED_RUN.finditer(sentence):
            written = " ".join(dropwhile(lambda word: word in NOT_A_NAME_START, found.group().split()))
            key = text_key(written)
            # not a company's name without its legal form ("Orvane Pharma" after "Orvane Pharma Inc.", or of
            # "Brightwell Energy plc"): that company, as the company's own rules read it
            if (_firm_named(key, written) and not _LEGAL_FORM_NEXT.match(sentence, found.end())
                    and not any(_short_for(company, key) for company in self.companies)):
                self._acting_firms.setdefault(key, written)

    def _sole_of_kind_written(self, key: str) -> bool:
        """Whether the text wrote the name ``key`` after a noun of its kind, and no other name after that noun ("The
        postal regulator Mailcheck"; not "Ratings agency Varden" once "Rival agency Merrow" is written: "the agency"
        may mean either)."""
        kinds = self._kinds_written.get(key, set())
        return bool(kinds) and not any(kinds & others for name, others in self._kinds_written.items() if name != key)

    def _written_as(self, noun: str, body: str) -> bool:
        """Whether the text wrote the source ``body``, or a longer name it opens ("norcrest" of "Norcrest Ratings"),
        after an article and ``noun`` (see :meth:`_see_kinds_written`)."""
        return any(noun in kinds for name, kinds in self._kinds_written.items()
                   if name == body or name.startswith(f"{body} "))

    def _name_kind(self, kind: str, key: str, written: str) -> None:
        """Note the body ``key`` (``written`` so) as one of ``kind`` the text named, unless it was, or a name ending
        with the other's words was ("America Corp" after "Bank of America Corp": one company), or it was written the
        other way round ("Justice Department" after "Department of Justice": see :func:`_same_ministry`), or in full
        where a shorter name was written (kept in its place), or short where it was in full ("Ashcombe School Board"
        and "Ashcombe Unified School Board": see :func:`_written_short`), or both are
        the dateline's place's police ("the city's police" and "Marlow police": see :meth:`_local_force`). After two
        it notes no more: "the <kind>" means neither, whatever else is named."""
        named = self._named_kinds.setdefault(kind, {})
        short = next((other for other in named if _written_short(other, key)), None)
        if short is not None:
            del named[short]  # "Ashcombe School Board" of a headline, then "Ashcombe Unified School Board": one board
        if len(named) < 2 and not any(key.endswith(f" {other}") or other.endswith(f" {key}")
                                      or _written_short(key, other) or _same_ministry(key, other)
                                      or (self._local_force(key) and self._local_force(other)) for other in named):
            named.setdefault(key, written)

    def _group_headed(self, noun: str) -> str | None:
        """The one source named so far that a group of people's noun alone (``noun``: "tenants", "parents",
        "family"), as a headline writes it, heads before what it goes on with ("tenants of a building on Elm
        Street", "family of a 23-year-old man": see ``GROUP_GOES_ON``); ``None`` for none or two."""
        if " " in noun or not (noun in NAMELESS_NOUNS or noun in PRIVATE_PERSONS or people_plural(noun)):
            return None
        groups = [name for name in self.names if name != noun and GROUP_GOES_ON.split(name, 1)[0] == noun]
        return groups[0] if len(groups) == 1 else None

    def _suit_named_first(self, text: str) -> str | None:
        """The source named first by a suit's document's noun alone (see ``_SUIT_NOUNS``), when the span ``text``
        names one by another of those nouns (see ``_PLAIN_SUIT``): "According to the filing" after "The complaint,
        filed in the district court on Monday, claims" is the complaint's, one document by a synonym; ``None`` for
        another span, or for none named before by another noun."""
        plain = _PLAIN_SUIT.fullmatch(text.strip(EDGE))
        if plain is not None and self._filing_by_other and plain.group(1).lower() == "filing":
            return None  # another side's filing since, which "the filing" may be (see :meth:`_files_anew`)
        first = next((name for name in self.names if name in _SUIT_NOUNS), None) if plain is not None else None
        return first if plain is not None and first not in (None, plain.group(1).lower()) else None

    def _regulator_named(self, noun: str) -> str | None:
        """The one body the copy named by a regulator's name (see ``_REGULATOR_NAME_ENDS``) that a headline's
        ``noun`` alone, "regulator" or "watchdog", means: "Regulator accuses Corvane ..." above "The Financial Conduct
        Board said ..." is the board's; ``None`` for another noun, or for none or two such bodies."""
        if noun not in ("regulator", "watchdog"):
            return None
        bodies = [name for name in self.names if name != noun and name not in self.people and " " in name
                  and name.rpartition(" ")[2] in _REGULATOR_NAME_ENDS and self._may_describe("regulator", name)]
        return bodies[0] if len(bodies) == 1 else None

    def _heads_one_body(self, bare: str) -> bool:
        """Whether the one word ``bare`` of a headline is the head of one body the copy credited by a longer name,
        and of no other source: "Museum" of "Museum rejects claim ..." above "The National Museum of Kestoria said",
        its noun with "the" left out as "Agency" is. Not a plural ("Democrats" of "Democrats urge ...", a group), nor
        a word that only follows "of", "for" or "in" in the name ("Orsk" of "the University of Orsk": a place's name,
        not the body's noun)."""
        if " " in bare or bare.endswith("s"):
            return False  # "Democrats" of "Democrats urge ..." is a group's plural, no body's noun
        heads = [name for name in self._bodies.holding([bare]) if name != bare and _names_body(bare, name)
                 and not re.search(rf"\b(?:{'|'.join(_NAME_GOES_ON)}) {re.escape(bare)}\b", name)]
        return len(heads) == 1

    def _club_in_view(self) -> str | None:
        """The one club, as written, that "club" alone in a headline means ("Harlow Rovers defender suspended for six
        games, club vows to fight ban"): named by a club's name in the document's first lines (see
        ``_CLUB_WRITTEN``), credited as a club (see ``_clubs_credited``) or named as ``_NAMED_KINDS`` reads one;
        ``None`` for none or two."""
        clubs = dict(self._clubs_opening)
        clubs.update({normalise_source(club): club for club in self._named_kinds.get("club", {}).values()})
        clubs.update({club: self.shown.get(club, club) for club in self._clubs_credited})
        return next(iter(clubs.values())) if len(clubs) == 1 else None

    def _kind_named(self, bare: str, denial: bool) -> str | None:
        """The body, as written, that the description ``bare``, a kind's noun of ``_NAMED_KINDS`` ("bank"), means:
        the one body of that kind the text named so far (see :meth:`_see_named_kinds` and :meth:`_one_named`);
        ``None`` for another description, for none or two or more such bodies, or for an accuser in a ``denial``; for
        "the club", also where a club not named so spoke ("Kessel United said": see ``_clubs_credited``). "The force"
        is the police's kind ("Dunmore police ... the force said"), the one force credited where two were named."""
        named = {} if bare in COMPANY_WORDS else self._named_kinds.get("police" if bare == "force" else bare, {})
        if bare == "club" and self._clubs_credited - {normalise_source(club) for club in named.values()}:
            return None  # "Harbour City FC beat Kessel United. Kessel United said ...": another club in view
        if bare == "force":
            # "the force said" is the one force that spoke, of others named in passing ("the national police
            # oversight body ... Dunmore police rejected it ... the force said")
            named = {key: written for key, written in named.items() if key in self.names} or named
        key = self._one_named(list(named), denial)
        return None if key is None else named[key]

    def _named_with_its_kind(self, bare: str) -> str | None:
        """The body, as written, of a kind of ``_NAMED_KINDS`` that the text named as ``bare`` and the kind's word, a
        source or not (see :meth:`_see_named_kinds`): "St. Aubyn's Hospital" for "St. Aubyn's", "Dravik Bank" for
        "Dravik", its name written short; not a group's ("Harlow" of "Harlow Group": see :meth:`_note_group_firm` for
        when it is one); ``None`` for none."""
        return next((written for kind, named in self._named_kinds.items() for key, written in named.items()
                     if key == f"{bare} {kind}" and kind != "group"), None)

    def _force_named(self, bare: str, written: str, denial: bool) -> str:
        """The source that "police" with no "the" ("Police said", "..., police said") stands for in blotter copy: the
        one police force the text named (see ``_POLICE_NAME``, :meth:`_kind_named`), "troopers" the one state
        police force ("..., state police said. ... troopers said") and "deputies" the one sheriff's office credited
        ("The Orrin County Sheriff's Office said ... Deputies said"); ``bare`` itself for any other mention, for none
        or two forces named ("Calder Bay police ... state police"), or for an accuser in a ``denial``."""
        force = self._kind_named(bare, denial) if bare == "police" and written.lower() == bare else None
        if bare in _FORCE_MEMBERS and bare != "deputies" and written.lower() == bare:
            forces = self._named_kinds.get("police", {})
            key = self._one_named([key for key in forces if key.endswith("state police")], denial)
            force = None if key is None else forces[key]
        if bare == "deputies" and written.lower() == bare:
            offices = [name for name in self.names if re.search(r"\bsheriff['’]?s? (?:office|department)$", name)]
            key = self._one_named(offices, denial)
            force = None if key is None else self.shown.get(key, key)
        return bare if force is None else self.add(force, denial)

    def _see_events(self, sentence: str) -> None:
        """Note the events ``sentence`` names (see ``_EVENT_NAME``: "The Vell Jazz Festival opened on Friday."),
        whether or not a source, up to two: organisers with no event named near them speak for the one event the text
        named (see :meth:`_event_organised`)."""
        if _EVENT_WORD.search(sentence) is None:
            return  # most sentences name no event
        for found in _EVENT_NAME.finditer(sentence):
            if len(self._events) < 2:
                self._events.setdefault(text_key(found.group(1)), found.group(1))

    def _event_organised(self, bare: str, written: str) -> str | None:
        """The event, as written, whose organisers the mention ``bare`` (``written`` so) is ("organisers", "festival
        organizers": see ``_ORGANISERS``): the one event that the sentence read now names (see ``_EVENT_NAME``), or
        failing any, the one the sentence before it names, of the kind the mention's first word says if it says one;
        with no event named in either, the one organisers were read for before ("Organisers said" again), else the one
        event the text named so far, of that kind (see :meth:`_see_events`: "The Vell Jazz Festival opened on Friday.
        ... The organisers said"). ``None`` for another mention, a capitalised one ("Festival Organisers", a name),
        none or two events."""
        organisers = _ORGANISERS.fullmatch(bare)
        if organisers is None or written[1:] != written[1:].lower():
            return None
        for sentence in (self._seen_last, self._seen_before):
            events = {text_key(found.group(1)): found.group(1) for found in _EVENT_NAME.finditer(sentence)}
            if events:
                kind = organisers.group(1)
                event = (next(iter(events.values())) if len(events) == 1
                         and (kind is None or next(iter(events)).endswith(f" {kind}")) else None)
                self._organised = event
                return event
        kind = organisers.group(1)
        named = [event for key, event in self._events.items() if kind is None or key.endswith(f" {kind}")]
        return self._organised or (named[0] if len(self._events) == 1 and named else None)

    def _one_named(self, bodies: Sequence[str], denial: bool, answered: bool = False) -> str | None:
        """The one source of ``bodies``, the keys of the bodies of one kind that the text named so far, that "the"
        and that kind's noun means: ``None`` for none, or for two or more ("the bank" after "Dravik Bank" and "Orlin
        Bank" is neither); in a ``denial`` never the accuser (see :meth:`_accuser`: "Acme Corp. accused Globex ...
        The company denied it" is not Acme's), nor, where ``answered``, one whose claim another denied since (see
        :meth:`_denied_since_claim`). Every such join reads its bodies with this: the kinds of ``_NAMED_KINDS`` (see
        :meth:`_kind_named`), "the company" (see :meth:`_company_described`) and "The Ministry" of a statement's
        heading (see :meth:`_stands_for`)."""
        if len(bodies) != 1:
            return None
        body = bodies[0]
        return None if denial and (self._accuser(body) or (answered and self._denied_since_claim(body))) else body

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
        last = without_accents(text_key(written)).split(" ")[-1]
        return bool(self._by_last.holding([last])) and any(
            self.sex_of(name) != "he" and without_accents(name).split(" ")[-1] != last for name in self._people_named)

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

    def own_statement(self) -> bool:
        """Whether the document's first lines head it as a body's own statement ("Statement by the Embassy of Kestoria
        in Talvor": see :func:`_issuers_named`), whose "we" is that body, not a writer's."""
        return bool(self._issuers)

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
        if (" " not in key or not person_like(key, text) or key in self.companies or key in self._firms
                or LEGAL_FORM_END.search(key)
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
        :meth:`_one_word_person`); ``None`` for a company, a body (one written after its kind too: see
        :meth:`_see_kinds_written`), a newspaper (see :func:`_newspaper`), a place or a surname of two people. A "he" or
        "she" in the next sentence may mean them (see :meth:`take_topic`)."""
        text = fold_apostrophes(unicodedata.normalize("NFC", without_invisible(without_nickname(sentence[start:end]))))
        written = display_source(text)
        key = text_key(written)
        holder = self._office_holder(key)
        if holder is not None:
            return holder  # "The judge sentenced her" after "Judge Aaron Whitlock is due to ...": Whitlock
        relative = resident = False
        if " " not in key and key not in self.people:
            named = self._by_last.holding([without_accents(key)])
            meant = self._namesake_meant(key, written, sentence, start, sentence[end:]) if len(named) > 1 else None
            if len(named) == 1:
                key = named.pop()  # "Oduya" of "Dr. Felix Oduya"
            elif meant in named:
                key = meant  # "Salgado himself declined" after "Rui Salgado" spoke, then his son "Miguel Salgado"
            elif named or not (self._one_word_person(key, written, text)  # "Ms Arkwright", "Wren" of "Tobias Wren"
                               or (relative := _kin_given_name(key, written, _described_as_kin(
                                   written, sentence[:end], start, sentence[end:])))
                               or (resident := self._resident_given_name(key, written))):  # "Amira has stopped"
                return None  # a relative named alone is a person: "His mother, Carol, keeps ..."
            elif len(self._namesakes.get(key, {})) == 1 and not TITLE.match(text.strip(EDGE)):
                # "Marsh" after "Judge Carla Benning told Edith Marsh ...": the one person written in full by that
                # surname, whose given name may tell her sex, from that given name on ("Republican Tom Vask": Tom Vask)
                written = next(iter(self._namesakes[key].values()))
                key = text_key(written)
                key, written = _from_given_name(key, written) or (key, written)
        elif key not in self.people and (not person_like(key, text) or key in self.names or key in self.companies
                                         or key in self._firms or LEGAL_FORM_END.search(key)
                                         or key in self._kinds_written or _newspaper(key, sentence[:end])):
            # "The Kessel Courier reported ..." is no one "he" may mean, nor "Rating agency Norcrest Ratings cut ..."
            return None
        self.shown.setdefault(key, _with_stop(written, sentence[start:]))
        self._note_sex(key, written, sentence[:end], start, sentence[end:])
        if relative:
            self._note_relative(key)
        if resident:
            self._sex_written.setdefault(key, given_name_sex(written) or "")  # a one-word name has no given name's sex
        return key

    def _note_relative(self, given: str) -> None:
        """Note the relative named by the given name ``given`` alone as a fact's subject ("His mother, Carol, keeps
        ..."; see :meth:`topic_of`) as a person and a relative, so that the full name the copy writes later ("Carol
        Brennick believes ...") is the same person (see :meth:`_named_in_full`), as for a source so named."""
        self._note_person(given, frozenset())
        self._kin.add(given)

    def _office_holder(self, key: str) -> str | None:
        """The one person named before who holds the office of one holder (see ``_ONE_HOLDER_OFFICES``) that
        ``key``, a subject written as that office alone ("the judge", "the sheriff"), names: the subject of a
        sentence naming no source, whom a "he" or "she" in the next sentence means ("The judge jailed Deveraux.
        He said ..." is the judge's, not the witness's who spoke before); ``None`` for another subject, or an
        office no one, or more than one, was named holding."""
        want = key.split(" ")
        if want not in _ONE_HOLDER_OFFICES:
            return None
        return self._person_described(key, want, False)

    def unowned_its_document(self, text: str) -> bool:
        """Whether the span ``text`` is a document owned by "its" alone ("Its review" of "Its review found that ...":
        see ``_ITS_DOCUMENT``) with no owner in view, no body the sentence before credited or wrote of (see
        :meth:`_spokesperson_of_its`): a sentence of no source it opens then goes on with the account of whoever spoke
        before, as it is no one's finding of its own; with an owner, it is that body's."""
        return _ITS_DOCUMENT.fullmatch(text.strip(EDGE)) is not None and self._spokesperson_of_its(text) is None

    def see_body(self, sentence: str, start: int, end: int) -> None:
        """Note the body the subject at ``start:end`` of ``sentence`` names (a sentence that names no source, or one
        whose source comes after a comma, "Orsk Mining will close the mine, the company said"), when
        its name says what kind of body it is ("Northfall Energy", "Varn Motors", "Tax Research Center", a builder's
        "Stanmere Developments": see ``FIRM_NAME_ENDS``; not "Orsk")
        or the text wrote its kind before it, even of a name of one word, when no other name was written after that
        kind ("Rating agency Norcrest Ratings", "The postal regulator Mailcheck has fined ...": see
        :meth:`_sole_of_kind_written`), or
        it is a state's body written in lower case ("Veradia's interior ministry", "The border police": see
        ``_STATE_BODY_IN_LOWER_CASE``):
        a later "the utility" or "the group" may mean it (see :meth:`_acting_body_meant`), unless another such body
        acted just before it with no source credited since: then neither. A state's body by its noun (``BODY_NOUNS``:
        "Marland's Foreign Office", "The Ministry of Defence") is one too: "... has not yet responded. A spokeswoman
        said ..." is its spokesperson. A company by the one word that starts its name, written before, as the subject
        of a verb ("Northline has responded." after "Northline Rail", see ``_SUBJECT_ACTS``; not "Halvex shares rose"),
        is that company."""
        text = fold_apostrophes(unicodedata.normalize("NFC", without_invisible(sentence[start:end])))
        noun = _BODY_BY_NOUN.fullmatch(text.strip(EDGE))
        if noun is not None:
            self._see_body_by_noun(noun.group(1).lower())
            return
        written = display_source(text)
        key = text_key(written)
        company = (self._company_first_word(key) if " " not in key and _SUBJECT_ACTS.match(sentence, end)
                   else None)
        if company is not None:
            key, written = company, self.shown.get(company, written)  # "Northline" of "Northline Rail"
        words = key.split(" ")
        if (key not in self.people and key not in self.places and (_ACRONYM_BODY.fullmatch(written) or len(words) > 1
                and _capitalised_body(written.partition(" ")[2])  # "United Nations agency" too
                and (_business_name_end(words) or words[-1] in FIRM_NAME_ENDS
                     or bool(set(words) & _CIVIC_NAME_WORDS)
                     or words[-1] in BODY_NOUNS or (words[0] in BODY_NOUNS and words[1] == "of")
                     or key in self._kinds_written)
                or self._sole_of_kind_written(key) or _STATE_BODY_IN_LOWER_CASE.fullmatch(written))):
            last = self._acting_body
            if (last is not None and last[0] != key and self._seen_count - last[2] <= _BODY_REACH_SENTENCES
                    and not any(seen >= last[2] for seen in self._credited.values())):
                self._acting_body = None  # two bodies acted in turn: a noun after them may mean either
            else:
                self._acting_body = key, _with_stop(written, sentence[start:]), self._seen_count
            if _firm_named(key, written):
                # "Northline Rail Freight will cut 200 jobs. Northline said": the firm, by its full name; no company
                # "the company" alone means, which may be another business the sentence named after it
                self._acting_firms.setdefault(key, _with_stop(written, sentence[start:]))

    def _see_body_by_noun(self, noun: str) -> None:
        """Note the body a subject that is a body's noun alone with "the" means ("The league has responded."): the one
        body named before that it stands for (see :meth:`_description_stands_for`), else the noun's own body, whose
        spokesperson "A spokesperson said ..." just after is ("league spokesperson"), as "a spokesperson for the
        league" would be; or the body that acted just before, whose name holds the noun or that the noun may describe
        ("The Harlow Premier League set prices. The league has responded."; see :meth:`_acting_body_meant`)."""
        body = self._description_stands_for(noun, False)
        last = self._acting_body
        near = last is not None and self._seen_count - last[2] <= _BODY_REACH_SENTENCES
        if body == noun:
            # "Cardwell Health cut jobs. The company regretted it": the firm that acted, by what its name says or by
            # the noun its name holds ("the league" of "The Harlow Premier League")
            held = last[0] if last is not None and near and noun in last[0].split(" ") else None
            body = self._acting_body_meant(noun, False, "") or held or noun
        shown = self.shown.get(body, body) if body != noun else f"the {noun}"
        if (last is not None and last[0] != body and near
                and not any(seen >= last[2] for seen in self._credited.values())):
            self._acting_body = None  # two bodies acted in turn: a noun after them may mean either
        else:
            self._acting_body = body, shown, self._seen_count

    def see_asked_body(self, sentence: str, start: int, end: int) -> None:
        """Note the body at ``start:end`` of ``sentence`` that the writer asked for comment or put claims to (see
        :func:`framing.source_finders.asked_for_comment`: "We put your comments to the health board.", "The Gazette
        contacted Northline for comment."), as a subject's body is noted (see :meth:`see_body`): a nameless
        spokesperson just after speaks for it. Its name or its noun may say nothing of its kind, as the writer's
        asking does; one word alone only as a body's noun after "the" ("the council") or a company's short name
        already written ("Northline" of "Northline Rail"); never a person, a place, a person's role, people on a
        person's side ("We contacted Vask's lawyers for comment.": see ``_ASKED_PERSONAL_SIDE``) nor many bodies in
        lower case ("We contacted both parties for comment.": see ``_LOWER_CASE_PLURAL``)."""
        text = fold_apostrophes(unicodedata.normalize("NFC", without_invisible(sentence[start:end])))
        written = display_source(text)
        key = text_key(written)
        if " " not in key and not (key in BODY_NOUNS and text.lower().startswith("the ")):  # "the council"
            company = self._company_first_word(key)
            key, written = (company, self.shown.get(company, written)) if company else ("", written)
        last = key.rpartition(" ")[2]
        if (key and key not in self.people and key not in self.places and not is_role(last)
                and not _ASKED_PERSONAL_SIDE.fullmatch(last) and not _LOWER_CASE_PLURAL.search(written)
                and not is_given_name(key.split(" ")[0])):
            self._acting_body = key, _with_stop(written, sentence[start:]), self._seen_count

    def see_capitals_subject(self, person: str) -> None:
        """Note the subject ``person`` of the sentence just seen, which names no source (see :meth:`topic_of`), when
        it is a name read as a person's by its capitals alone (see :meth:`_capitals_only`: "Cardwell Health" of
        "Cardwell Health cut 200 jobs on Monday."): its kind unsaid, a business's "the company" or "the firm" after it
        may mean it (see :meth:`_acting_body_meant`), as it may a firm whose name says it is one ("Cardwell Foods");
        a "he" or "she" still means a person so named. Only a name ending in a common noun of firms' names (see
        ``_FIRM_LIKE_ENDS``): "Nkechi Obi resigned on Monday." is a person whose given name the lists lack, and
        "Kessel County" or "Lake Verra" a place."""
        self._acting_capitals = None
        if (self._capitals_only(person) and person not in self.companies
                and person.rpartition(" ")[2] in _FIRM_LIKE_ENDS):
            self._acting_capitals = person, self.shown.get(person, person), self._seen_count

    def _capitals_only(self, name: str) -> bool:
        """Whether the source ``name`` is read as a person's by its capitals alone: two words or more, no known given
        name first, no "he" or "she" written of it, and no role but its description's ("Cardwell Health"; not "Ines
        Mallory", nor "Mayor Tom Vask")."""
        words = name.split(" ")
        return (len(words) > 1 and name not in self._personal and given_name_sex(words[0]) is None
                and not self.people.get(name, frozenset()) - self.body_kinds.get(name, set()))

    def see_firm_by_kind(self, sentence: str, start: int, end: int, passing: bool = False) -> None:
        """Note the firm whose name stands at ``start:end`` of ``sentence`` just after a business's kind ("Pollen" of
        "removed from the social network Pollen, the company said"), as a subject's body is noted (see
        :meth:`see_body`), though its name says nothing of its kind: "the company" after it may mean it; not a
        person's name nor a place's. One written in ``passing`` (in a sentence of no source) yields to a body the
        sentence's subject named ("The postal regulator Mailcheck has fined the parcel company QuickDrop")."""
        if passing and self._acting_body is not None and self._acting_body[2] == self._seen_count:
            return
        text = fold_apostrophes(unicodedata.normalize("NFC", without_invisible(sentence[start:end])))
        written = display_source(text)
        key = text_key(written)
        if key and key not in self.people and key not in self.places and not is_given_name(key.split(" ")[0]):
            self._acting_body = key, _with_stop(written, sentence[start:]), self._seen_count

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
        named = {text_key(found.group(0).split()[-1].rstrip(".")): _sex_written(found.group(0).split())
                 for found in _titled_names(text)}  # "oduya" of "... from Councillor Oduya."
        for found in _FULL_NAME.finditer(text):
            words = found.string[_name_start(found):found.start(2)].split()
            if words and (given_name_sex(words[0]) or TITLE.match(" ".join(words) + " ")):
                named.setdefault(text_key(found.group(2)), _sex_written(words))
        for key in map(text_key, re.findall(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][^\W\d_]*", text)):
            people = self._by_last.holding([without_accents(key)])
            if people and named.get(key) is None:
                named[key] = self.sex_of(next(iter(people))) if len(people) == 1 else None
        return {key: sex for key, sex in named.items() if key not in own}

    def only_person_named(self, text: str, pronoun: str, any_sex: bool = False) -> str | None:
        """The one person ``text`` names, written in full with a given name or a title of the sex of ``pronoun``
        ("he" or "she"; see :meth:`others_named`), or of a sex not written when ``any_sex`` ("Councillor Oduya": no
        one else the pronoun may mean), its sex noted as :meth:`topic_of` notes a subject's: "Nora
        Quill" of "That, party treasurer Nora Quill explained, was deliberate."; ``None`` where it names anyone
        else who may be of that sex, a person credited so far by surname included, or any other capitalised name
        whose sex it does not tell ("Lee Brandt", "New York")."""
        sexes = self.others_named(text, "")
        fitting = [key for key, sex in sexes.items() if sex in (None, pronoun)]
        names = {text_key(found.group(2)): found for found in _FULL_NAME.finditer(text)}
        if (len(fitting) != 1 or sexes[fitting[0]] not in (pronoun, None if any_sex else pronoun)
                or fitting[0] not in names or set(names) - set(sexes)):
            return None
        return self.topic_of(text, _name_start(names[fitting[0]]), names[fitting[0]].end())

    def may_be_person(self, name: str) -> bool:
        """Whether the source ``name``, credited by one capitalised word that reads as a surname ("Vask" of "Vask
        said"), may be a person whom a "he" or "she" next means: no role, group or news agency ("Officials",
        "Reuters"), no acronym, and not known as a company, a firm, an outlet, a place or a word of another body's
        name (see :meth:`_place_or_body`)."""
        shown = self.shown.get(name, name)
        return (" " not in name and is_name([shown]) and not shown.isupper() and not is_role(name)
                and name not in NAMELESS_NOUNS and name not in _NEWS_AGENCIES and name not in self.companies
                and name not in self._firms and name not in self._reporters and name not in self.places
                and name not in self._company_words
                and all(PERSON_S_SIDE.fullmatch(body, len(name)) for body in self._bodies.holding([name]) - {name}))

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
        folded = without_accents(text_key(text))
        titles = self.people.get(name, frozenset()) & TITLE_NOUNS
        words = [without_accents(name.split(" ")[-1])] + [f"the {title}" for title in titles]
        return any(re.search(rf"(?<![\w'-]){re.escape(word)}(?![\w'-])", folded) for word in words)

    def _one_word_person(self, name: str, written: str, text: str) -> bool:
        """Whether the one-word source ``name`` (``written`` as in the span ``text``) is a person not seen before:
        capitalised after a personal title ("Mr Trevane", "Dr. Osei") or a role's ("President Macron",
        "Chancellor Scholz": a later "the president" may mean them), written with a role after a comma ("Orvane,
        the chief executive"; not a business's rank: "Zenta, the market leader", see ``RANKING_MODIFIERS``), or
        a surname the document wrote in a personal name ("Wren" after "Tobias Wren, 41, was charged", or "Tobias
        Wren's lawyer"); never an acronym, a company, a place or a word of a body's name seen so far (a list of
        names that a source was, "Tobias Wren and Ines Kowal", is no body: see :func:`_in_list_of_names`)."""
        if " " in name or name in self.people or not written[:1].isupper() or written.isupper():
            return False
        known = self._named_otherwise(name)
        whole = without_heading(text).strip(EDGE)
        head = LEADING.sub("", whole)
        role = head.rpartition(" ")[0]
        titled = bool(TITLE.match(head) or ROLE_END.search(role))
        titled |= role.rpartition(" ")[2] in PERSON_ROLES  # "coach Oduya", "Harbour coach Oduya": a role in lower case
        titled |= apposed_role(head.partition(",")[2])  # "Orvane, the chief executive"
        # "The Ledger" after "told the Harlow Ledger": a surname takes no "the"
        surname = name in self.surnames and not _THE_OPENING.match(whole)
        return not known and (titled or surname or _resident_by_first_name(head))

    def _named_otherwise(self, name: str) -> bool:
        """Whether the one word ``name`` is a company's, a place's or a word of a body's name seen so far, no person's
        (a list of names that a source was, "Tobias Wren and Ines Kowal", is no body: see :func:`_in_list_of_names`;
        nor "Vask" of "The Vask campaign", the person's word: see :meth:`_place_or_body`)."""
        return (name in self.companies or name in self._company_words or name in self.places
                or any(not (_in_list_of_names(body, name) or PERSON_S_SIDE.fullmatch(body, len(name)))
                       for body in self._bodies.holding([name]) - {name}))

    def _resident_given_name(self, name: str, written: str) -> bool:
        """Whether the one-word subject ``name`` of a fact (see :meth:`topic_of`) is a person named by a given name
        of known sex alone, as features name residents and tenants ("Amira has stopped inviting friends round."),
        so that a "she" saying just after is hers; never a company, a place or a word of a body's name seen so
        far."""
        return (" " not in name and written[:1].isupper() and not written.isupper()
                and given_name_sex(written) is not None and not self._named_otherwise(name))

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
        self._role_named_later(name, roles)
        self._head_named_later(name, roles)

    def _role_named_later(self, person: str, roles: frozenset[str]) -> None:
        """Credit to ``person``, just noted with the role words ``roles`` before their name ("Later, Judge Ama Orr
        ruled", a source or not), the earlier source that is a judge's title alone written in lower case ("The judge
        said"; see ``_JUDGE_TITLES``), when no one else was written with that role: the one judge of the story, named
        after she spoke; a second judge so named after it undoes it."""
        if " " not in person:
            return
        for role in roles & _JUDGE_TITLES:
            if self._judge_named.get(role, person) != person:
                self.named_later.pop(role, None)  # a second judge named after it: "the judge" may be either
                self._judge_named[role] = ""
            elif (role in self.names and role not in self.people and role not in self.named_later
                    and self.shown.get(role, "").islower() and self._by_role.holding([role]) <= {person}):
                self.named_later[role] = self._judge_named[role] = person

    def _head_named_later(self, person: str, roles: frozenset[str]) -> None:
        """Credit to ``person``, just noted with the role words ``roles`` heading a body ("Federation president Dora
        Vukic": a word of ``_BODY_HEADS`` and the body's words), the earlier sources with no name that head the same
        body in other words ("swimming federation chief", "head of the national swimming federation"), each holding
        every word of the body and no rank nor other role (see ``RANK_MODIFIERS``, ``_OFFICER_WORDS``: no "deputy
        chief", "federation chief executive"), when no other person was written heading a body of those words: one
        head, by role, then by name; a second person named so undoes it."""
        body = roles - _BODY_HEADS - JOINERS
        if " " not in person or not roles & _BODY_HEADS or not body or body & RANK_MODIFIERS:
            return
        if any(other != person and words & _BODY_HEADS and body <= words for other, words in self.people.items()):
            for nameless, head in list(self._heads_named.items()):
                if head != person and body <= set(nameless.split(" ")):
                    self.named_later.pop(nameless, None)  # two heads of a federation: either
            return
        for nameless in list(self.names):
            words = set(nameless.split(" "))
            if (nameless not in self.people and nameless not in self.named_later and words & _BODY_HEADS
                    and body <= words and not words & RANK_MODIFIERS
                    and not (words - _BODY_HEADS) & (PERSON_ROLES | _OFFICER_WORDS)):
                self.named_later[nameless] = self._heads_named[nameless] = person

    def _spouse_named(self, person: str, after: str) -> None:
        """Credit to ``person``, named in full, the earlier source that is a spouse of someone of their surname with
        no name given ("Orta's wife said"), when what follows their mention in the sentence (``after``) speaks of
        that spouse's partner as theirs ("Lucia Orta said her husband had driven that road": the wife, named now);
        not a relative of another kind (a daughter's "her father" may be any child's), nor once it was named."""
        spoken = _SPOUSE_SPOKEN_OF.search(after)
        if spoken is None:
            return
        surname = person.rpartition(" ")[2]
        for noun in _SPOUSE_NOUNS[spoken.group(1).lower()]:
            relative = f"{surname}'s {noun}"
            if relative in self.names and relative not in self.named_later:
                self.named_later[relative] = person
                return

    def _named_in_full(self, person: str) -> None:
        """Credit to ``person`` the one person named before by the end of their name, two words or more that open
        with no known given name (see :func:`framing.given_names.given_name_sex`): "López Obrador" of a headline,
        a Spanish double surname, is "Andrés Manuel López Obrador" that the copy names after it, as a nameless
        role later named is (see ``named_later``). The other way round, a shorter name after the full one joins it
        as a surname does (see :meth:`_name_stands_for`)."""
        folded = without_accents(person)
        shorter = [name for name in self._by_last.holding(folded.split(" ")[-1:])
                   if name != person and name not in self.named_later and " " in name
                   and _ends_with_name(folded, without_accents(name)) and given_name_sex(name.split(" ")[0]) is None]
        if len(shorter) == 1:
            self.named_later[shorter[0]] = person
        given = person.partition(" ")[0]
        if (" " in person and given in self._kin and given in self.people and given not in self.named_later
                and self._by_first.holding([given]) <= {given, person}):
            # "Orta's wife, Lucia, said" then "Lucia Orta said": the relative named by her given name alone, now in
            # full, the only one so named
            self.named_later[given] = person
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
        """Credit an earlier nameless role to ``name`` when ``text`` reads "the <role>, <name>" or "<name>, the
        <role>" ("A former farm manager told a jury ...", then "Piet Dorran, the former manager, said"), and an
        earlier nameless body, written in lower case, to the body so named ("a government watchdog group", then "The
        group, Open Ledger")."""
        written = _SPACE.sub(" ", text.strip(EDGE))
        found = _ROLE_THEN_NAME.match(written) or _NAME_THEN_ROLE.match(written)
        if not found or name in self.names or " " not in name:
            return
        role = re.sub(r"['’]s(?=\s)", "", one_spokesperson(found.group(1))).lower()  # "army's spokesperson"
        want = role.split(" ")
        if want[-1] in BODY_KINDS:  # "The group, Open Ledger": a body, whatever its name looks like
            self._name_the_body(want, name)
            return
        if not _person_role_noun(want[-1]) or not person_like(name, text):
            return
        # the role as written later ("the army spokesperson") or its last word alone ("the spokesperson")
        nameless = [n for n in self._bodies.holding(want[-1:]) if n not in self.named_later
                    and n.split(" ")[-1] == want[-1] and (set(want) <= set(n.split(" ")) or n == want[-1])
                    and not (RANK_MODIFIERS & set(n.split(" "))) - set(want)]  # not "a deputy minister"
        if len(nameless) == 1:
            self.named_later[nameless[0]] = name

    def _join_bare_group(self, name: str) -> None:
        """Join a group of people written by its plural alone ("Researchers said", canonical "researchers"), before or
        after the source ``name`` is first named, to the one group of that plural placed at a body named in capitals
        (see ``_GROUP_AT_BODY``, ``_AT_NAMED_BODY``: "Researchers at the Vell Lab said"; not "Lawmakers from both
        parties"), the same people named in full, while no other source holds that plural ("researchers at kessel
        university" too, or "kessel researchers": either may be meant)."""
        plural = _placed_plural(name) or name.rpartition(" ")[2]  # "researchers", or a group holding it
        if not people_plural(plural) or plural not in self.names:
            return
        holding = [other for other in self.names if other != plural and plural in other.split(" ")]
        if (len(holding) == 1 and _placed_plural(holding[0]) == plural
                and _AT_NAMED_BODY.search(self.shown.get(holding[0], "")) is not None):
            self.named_later.setdefault(plural, holding[0])
        elif _placed_plural(self.named_later.get(plural, "")) == plural:
            del self.named_later[plural]

    def _join_study_team(self, name: str) -> None:
        """Join "researchers", "scientists" or "authors" written bare (``_STUDY_TEAM_NOUNS``) to the one group of a
        research trade placed at a named body so far (``_RESEARCH_TRADE``, ``_AT_NAMED_BODY``: "marine biologists at
        selby university", "team of scientists at the harbour institute"), the study's team, when the source ``name``
        is either; none while two such groups were named. A bare plural of the group's own noun is left to
        :meth:`_join_bare_group`, which joins it to the group holding it."""
        if name not in _STUDY_TEAM_NOUNS and not self._research_team(name):
            return
        teams = [other for other in self.names if self._research_team(other)]
        for bare in _STUDY_TEAM_NOUNS:
            if bare not in self.names or any(_placed_plural(team) == bare for team in teams):
                continue
            if len(teams) == 1:
                self.named_later.setdefault(bare, teams[0])
            elif self.named_later.get(bare) in teams:
                del self.named_later[bare]

    def _research_team(self, name: str) -> bool:
        """Whether the source ``name`` is a group of a research trade placed at a body named in capitals (see
        :meth:`_join_study_team`)."""
        plural = _placed_noun(name)
        return (plural is not None and _RESEARCH_TRADE.fullmatch(plural) is not None
                and _AT_NAMED_BODY.search(self.shown.get(name, "")) is not None)

    def _name_described_body(self, name: str) -> None:
        """Credit to the body ``name``, a source named by capitalised words ("The Kestorian Climate Panel said"), the
        one earlier source described in lower case by that name's last word and "of" what it is made of, which shares
        another word with it ("A panel of 40 climate scientists said": "climate"): the body, described before it was
        named; not one sharing no such word ("A panel of judges" is no "Harlow Ethics Panel")."""
        head = name.rpartition(" ")[2]
        if head not in _COLLECTIVE_BODIES:
            return
        words = {word for word in name.split(" ")[:-1] if len(word) > 3 and word.isalpha()}  # "climate", not "of"
        holding = self._bodies.holding([head])
        described = [n for n in holding if n.startswith(f"{head} of ") and n not in self.named_later
                     and self.shown.get(n, "").islower() and words & set(n.split(" ")[2:])]
        if len(described) == 1 and not any(other.endswith(f" {head}") for other in holding if other != name):
            self.named_later[described[0]] = name  # and no other body so named: "the Harlow Climate Panel" too

    def _name_body_in_lower_case(self, name: str) -> None:
        """Credit to the body ``name``, a source named by capitalised words that end in a body's noun ("The Air
        Accident Investigation Bureau said"), the one earlier source written in lower case with the same last noun
        whose other words, but for how far its reach goes (``_BODY_SCOPES``: "national"), are all words of the name
        ("The national air accident bureau said"): one body, first described, then named. Not when the name holds a
        word of reach the description lacks ("the state election commission" is no "Federal Election Commission"),
        nor while another body so named is in view."""
        words = name.split(" ")
        if words[-1] not in BODY_NOUNS:
            return
        holding = self._bodies.holding(words[-1:])
        scopes = _BODY_SCOPES.intersection(words)
        described = [n for n in holding if n != name and n not in self.named_later and n.endswith(f" {words[-1]}")
                     and self.shown.get(n, "").islower() and scopes <= set(n.split(" "))
                     and set(n.split(" ")[:-1]) - _BODY_SCOPES and set(n.split(" ")) - _BODY_SCOPES <= set(words)]
        if len(described) == 1 and not any(other.endswith(f" {words[-1]}") and not self.shown.get(other, "").islower()
                                           for other in holding if other != name):
            self.named_later[described[0]] = name

    def _name_lede_business(self, name: str, text: str, before: str, after: str, denial: bool) -> None:
        """Credit to ``name``, a source first named now in capitals in the span ``text`` (``before`` and ``after``: the
        sentence's text around it; ``denial``: whether the sentence denies) that is no person (a name of two words or
        more written as one's, a given name or a surname of a person named so far), newspaper, place nor body of a
        state's kind ("Costwell"), the one earlier source that is a business described by its kind alone in lower case
        with "a" or "an" (see ``_LEDE_BUSINESSES``: "A supermarket chain", "a carmaker"), when no other source named in
        capitals was credited before it and the name answers for itself (see :func:`_answers_for_itself`): the lede
        describes the business, the copy then names it ("A supermarket chain will appeal a fine, it said. ...
        Costwell said its pricing was lawful."), where nothing else fits; a regulator, an analyst or a group that
        speaks of others ("Pricewatch said the chain had misled shoppers") is no name of it."""
        if (name.rpartition(" ")[2] in BODY_NOUNS or name in _STATE_BODIES or name in self.places
                or name in self.people or (" " in name and person_like(name, text)) or is_given_name(name)
                or self._by_last.holding(name.split(" ")[-1:]) or _newspaper(name, before + text)):
            return
        described = [n for n in self._businesses_described if n not in self.named_later]
        named = [n for n in self.names if n not in self.people and not self.shown.get(n, "").islower()]
        if len(described) == 1 and not named and _answers_for_itself(described[0], after, denial):
            self.named_later[described[0]] = name

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
        written = without_heading(text.strip(EDGE)).strip(EDGE)
        found = _described_business(written) or _company_described_in_span(written)
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
        parts = [p.strip(EDGE) for p in without_heading(text.strip(EDGE)).split(",")]
        if len(parts) != 2:
            return
        for description, other in (parts, parts[::-1]):
            found = _KIND_DESCRIPTION.fullmatch(description)
            words = found.group(1).split() if found else []
            # "a spokesman for the group, Ilse Marrow" describes a person by a body, not a body
            if words and not JOINERS & set(words) and normalise_source(other) == name:
                self.body_kinds.setdefault(name, set()).update(words)

    def _note_kind_before(self, text: str, name: str) -> None:
        """Note the words the span ``text`` describes its source ``name`` with before it, when it reads "<kind>
        <name>" with a trade, a firm's or a body's kind last ("Ferry operator Northlink", "Security firm Dunmore",
        "the human rights group Harbour Watch", "the NGO Carvel Watch": see ``_KIND_BEFORE_NAME``; a country or other
        owner before it allowed, "Kestoria's state broadcaster KTV": see ``_OWNER_BEFORE_KIND``) and the name as
        written after it (not "network President Tomas Ree"), so that "the ferry operator" or "the group" later
        joins it as "Northlink, the ferry operator" would; after "by" a document's maker so described ("A report by
        the heritage group Return Now")."""
        span = without_heading(text.strip(EDGE)).strip(EDGE)
        span = span[span.rfind(" by ") + len(" by "):] if " by " in span else span
        owner = _OWNER_BEFORE_KIND.match(span)
        span = span[owner.end():] if owner else span  # "Kestoria's state broadcaster KTV": the kind after the owner
        found = _KIND_BEFORE_NAME.match(span)
        if found is None:
            return
        words = found.group(1).lower().split()
        if ((trade_head(words[-1]) or words[-1] in BODY_KINDS or words[-1] == "ngo") and not JOINERS & set(words)
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
            same = (self._unaccented.get(united_nations(without_accents(bare))) or self._reworded(bare)
                    or (self._seat_or_country(bare) if GOVERNMENT_OF.fullmatch(bare) else None)
                    or (None if spelled else self._post_written_otherwise(bare))
                    or self._country_written_otherwise(bare))
            same = same or self._local_force_written_otherwise(bare) or self._officials_of(bare)
            if same and not (denial and self._accuser(same)):
                return same
            own = self._country_ministry(bare, written)
            if own is not None:
                return own  # "The Dalmori ministry rejected that claim" after "The Dalmori Defence Ministry said"
            force = self._force_of_place(bare)
            if force is not None:
                return self.add(force, denial)  # "The Orwick force says" after "arrested by Orwick Police"
            # never a person's surname ("Trump" after "Donald Trump" is no "Trump University")
            kinded = None if self._person_word(bare) else self._named_with_its_kind(bare)
            if kinded is not None:
                return self.add(kinded, denial)  # "St. Aubyn's said" after "accused St. Aubyn's Hospital"
        candidate = self._candidate_credited_last(bare, denial, before, after) if _with_the(text, the_before) else None
        if candidate is not None:
            return candidate  # "The Republican nominee added" after "Tom Vask said": Vask
        generic = not spelled and _generic(bare, written)
        inquiry = self._kind_named("inquiry", denial) if _A_PUBLIC_INQUIRY.fullmatch(text.strip(EDGE)) else None
        if inquiry is not None:
            return self.add(inquiry, denial)  # "A public inquiry has heard" after "The Brennmoor Inquiry heard"
        if bare in _FORCE_MEMBERS and written.lower() == bare:
            return self._force_named(bare, written, denial)  # "Deputies said" opening a sentence, capitalised
        event = self._event_organised(bare, written)
        if event is not None:
            return self.add(event, denial)  # "organisers said" of "The Brightwater Film Festival has cancelled ..."
        if (name_word(written) or _after_particles(written)) and not generic:
            # "The Health Minister" after "Health Minister Colm Ardagh": a role capitalised as a title, with "the"
            the = not spelled and _with_the(text, the_before)
            person = (self._person_described(bare, bare.split(" "), denial)
                      if the and (_role_head(bare) in PERSON_ROLES or _role_head(bare) in ROLE_SYNONYMS
                                  or _role_head(bare) in _PARTY_MEMBER_NOUNS or _state_party_member(bare)) else None)
            person = person or (self._person_so_called(bare, denial) if the else None)  # "the Croatian"
            person = person or (self._compatriot_credited_last(bare, denial, before, after) if the else None)
            person = person or (self._state_credited_last(bare, denial, before, after) if the else None)
            return person or self._name_stands_for(bare, written, text, denial, kin, (before, after))
        kind, _, role = bare.partition(" ")
        spoken_for = kind in COMPANY_WORDS and role == "spokesperson"
        if spoken_for and _THE_COMPANY.search(text):
            company_spokesperson = self._company_spokesperson(bare, denial)  # "a spokesman for the company"
            if company_spokesperson != bare:
                return company_spokesperson
        a_body = _A_BODY_SPOKESPERSON.fullmatch(text.strip(EDGE))
        if spoken_for and (_THE_COMPANY.search(text) or a_body is not None):
            # "TikTok said ... A company spokesperson said": the company credited just before, as "the company" may
            # mean it; a company only seen ("Acme Corp. opened a plant.") is none "a company" means
            credited = self._body_credited_last(kind, denial, before, after)
            if credited is not None and credited not in self.people:
                self.shown.setdefault(f"{credited} spokesperson", f"{self.shown.get(credited, credited)} spokesperson")
                return f"{credited} spokesperson"
        if (role == "spokesperson" and (kind in BUSINESS_DESCRIPTIONS or kind in _KIND_NAME_WORDS
                                        or kind in _NAMED_TRADES) and not spoken_for
                and re.search(rf"(?<![\w'’-])the\s+{kind}(?![\w-])", text, re.I)):
            # "a spokesman for the publisher" after "Brightwater Media said": the business credited just before; so
            # too a body of a kind its name says ("a spokesman for the club" after "Dunmore Rovers said")
            credited = self._body_credited_last(kind, denial, before, after)
            if credited is not None and credited not in self.people:
                self.shown.setdefault(f"{credited} spokesperson", f"{self.shown.get(credited, credited)} spokesperson")
                return f"{credited} spokesperson"
        # "A board spokesman" as "the board's spokesman": after "The Velmar Drug Safety Board said", its spokesperson
        # (a company's, above, only after the company spoke); so too a named kind's ("A university spokesperson"
        # after "Marlow University said")
        if role == "spokesperson" and (a_body is not None and (kind in BODY_NOUNS or kind in _NAMED_KINDS)
                                       and kind not in COMPANY_WORDS
                                       or re.search(rf"(?<![\w'’-])the\s+{re.escape(kind)}(?![\w-])", text, re.I)):
            spokesperson = self._body_spokesperson(kind, denial, around=(before, after))
            if spokesperson is not None:
                return spokesperson  # "the bank's spokesman" after "Dravik Bank said": "dravik bank spokesperson"
        if (role == "official" and kind in BODY_NOUNS and kind not in COMPANY_WORDS
                and _A_BODY_OFFICIAL.fullmatch(text.strip(EDGE))):
            official = self._body_spokesperson(kind, denial, "official")
            if official is not None:
                return official  # "A ministry official" after "The Dravinian Interior Ministry said": its official
        owned_role = self._role_of_body_described(bare, text, denial, (before, after))
        if owned_role is not None:
            return owned_role  # "the company's chief executive" after "Corvane said": "corvane chief executive"
        if not (generic and _with_the(text, the_before)):
            return self._force_named(bare, written, denial)
        described = self._description_stands_for(bare, denial, before=before, after=after)
        # "The Ministry" in capitals is a statement's word for its own issuer (below), a kind named only where no
        # statement has one
        named = self._kind_named(bare, denial) if described == bare and written.islower() else None
        if named is not None:
            # "The bank said" after "The board accused Dravik Bank": Dravik Bank, or its officials who spoke
            return self._officials_of(text_key(named)) or self.add(named, denial)
        placed = self._group_placed_at(bare, denial) if described == bare and written.islower() else None
        if placed is not None:
            return placed  # "The service said" after "Forecasters at the national weather service warned"
        issuers = self._issuers.get(bare, set()) if described == bare and written[:1].isupper() else set()
        # "The Ministry" of a statement headed "Statement of the Ministry of Foreign Affairs of ...", in a denial not
        # the side whose claim another denied since
        issuer = self._one_named(list(issuers), denial, answered=True)
        if issuer is not None or described != bare or not written[:1].isupper() or issuers or self._statement_headed:
            return issuer or described
        # in a story not headed as a statement, the one body of its kind named so far, as in lower case ("the
        # Ministry" after "The Ministry of Waterways closed the canal")
        named = self._kind_named(bare, denial)
        return described if named is None else self._officials_of(text_key(named)) or self.add(named, denial)

    def _group_placed_at(self, bare: str, denial: bool) -> str | None:
        """The one source that is a group of people placed at a body whose name holds the description ``bare`` as its
        head (see ``_GROUP_AT_BODY``: "forecasters at the national weather service" for "the service", "researchers
        at the vell lab" for "the lab"), the body that speaks through them; ``None`` for none or two, for a
        person's role, or for an accuser in a ``denial``."""
        if _role_head(bare) in PERSON_ROLES:
            return None
        groups = [name for name in self._bodies.holding(bare.split(" ")) if name in self.names
                  and (placed := _GROUP_AT_BODY.fullmatch(name)) is not None and _names_body(bare, placed.group(1))]
        return groups[0] if len(groups) == 1 and not (denial and self._accuser(groups[0])) else None

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

    def _country_ministry(self, bare: str, written: str) -> str | None:
        """The one ministry named before with a portfolio that the ministry ``bare``, written as a capitalised word of
        its country and "ministry" in lower case with no portfolio (``written``: "the Dalmori ministry"), may be:
        "Dalmori Defence Ministry", "dalmori foreign ministry"; ``None`` for none or two (the country's defence and
        foreign ministries), or for a portfolio's word ("the Health ministry"). A later mention of the country's own
        ministry seldom leaves its portfolio out but to mean the one named, accuser or not."""
        found = _COUNTRY_MINISTRY.fullmatch(written.strip(EDGE))
        if found is None or found.group(1).capitalize() in PORTFOLIOS | {"Foreign"}:
            return None
        country = text_key(found.group(1))
        fuller = [name for name in self.names if (ministry := _ministry(name)) is not None
                  and ministry[0] == "ministry" and len(ministry[2]) > 1 and ministry[2][0] == country
                  and not {"and", "the"} & set(ministry[2])]  # nor two ministries credited together
        return fuller[0] if len(fuller) == 1 else None

    def _abroad(self, ministry: tuple[str, str, list[str]], named: str) -> bool:
        """Whether the ministry ``ministry`` (see :func:`_ministry`), written with a country or a nationality, is
        another country's than the one of the dateline (``dateline_country``), whose ministry the source ``named``
        before without a country is: "China's foreign ministry" after "The foreign ministry" under "TOKYO, April 2
        - " is not Japan's."""
        before = _ministry(named)
        if self.dateline_country is None or before is None or before[1] or len(before[2]) >= len(ministry[2]) + 1:
            return False
        owner = ministry[1] or " ".join(ministry[2][:len(ministry[2]) - len(before[2])])
        return bool(owner) and not same_country(self.dateline_country, owner)

    def _officials_of(self, key: str) -> str | None:
        """The one source named so far that is officials of the body ``key``, who speak as it ("officials at
        norbridge university" or "norbridge university officials" for "norbridge university"), or for such officials'
        ``key`` the body itself named so far; not those of another trade ("researchers at norbridge university", whose
        findings are no word of the body's). A name before their noun is one of two words or more, or in capitals
        ("fbi officials"): one word may be what is left of a longer name ("House officials" cut from "White House
        officials" is no officials of the House). Officials at a body by its kind's noun ("officials at the
        university") are those of the one body of that kind named (see :meth:`_kind_named`: "Vell University" said
        before) when it is a source. ``None`` for none or two."""
        found = _OFFICIALS_OF_BODY.fullmatch(key)
        if found is not None:
            body = found.group(1) or found.group(2)
            named = self._kind_named(body, False) if found.group(1) in _NAMED_KINDS else None
            body = body if named is None else text_key(named)
            return body if body in self.names and (found.group(1) or self._named_whole(body)) else None
        officials = [name for name, by_name in self._officials.get(key, ()) if not by_name or self._named_whole(key)]
        return officials[0] if len(officials) == 1 else None

    def _named_whole(self, key: str) -> bool:
        """Whether the body ``key`` is named in two words or more, or shown in capitals ("FBI"), so that the words
        before "officials" that are its name are no part cut from a longer name (see :meth:`_officials_of`)."""
        return " " in key or self.shown.get(key, "").isupper()

    def _local_force(self, key: str) -> bool:
        """Whether ``key`` names the police force of the place a wire dateline is filed from (see ``dateline_town``),
        as "the city's" or by the place's name: "city's police department" and "marlow police" of "MARLOW (AP) -"."""
        found = _LOCAL_FORCE.fullmatch(key) if self.dateline_town is not None else None
        return found is not None and (found.group(1) is not None or self.dateline_town in found.group(2, 3))

    def _force_of_place(self, bare: str) -> str | None:
        """The one police force named before, a source or not (see :meth:`_see_named_kinds`), whose name opens with the
        place that ``bare`` writes a force by (see ``_PLACE_FORCE``): "Orwick Police" for "orwick force", "the
        Eastmarch Constabulary" for "eastmarch force"; ``None`` for none or two, or another mention."""
        found = _PLACE_FORCE.fullmatch(bare)
        if found is None:
            return None
        forces = [written for key, written in self._named_kinds.get("police", {}).items()
                  if key != bare and key.startswith(f"{found.group(1)} ")]
        return forces[0] if len(forces) == 1 else None

    def _local_force_written_otherwise(self, bare: str) -> str | None:
        """The one source named before that is the dateline's place's police force, as ``bare`` is, written the other
        way (see :meth:`_local_force`): "marlow police" after "The city's police department said" under "MARLOW
        (AP) -", and back; ``None`` for none, two, or a story with no dateline."""
        if not self._local_force(bare):
            return None
        forces = [name for name in self.names if name != bare and self._local_force(name)]
        return forces[0] if len(forces) == 1 else None

    def _post_written_otherwise(self, bare: str) -> str | None:
        """The first source named before that is the post ``bare`` names written the other way, in letters or
        spelled out ("prime minister" for "pm", "deputy cm" for "deputy chief minister": see ``SHORT_POSTS``);
        ``None`` for none."""
        letters = _in_letters(bare)
        return self._posts_written.get(letters) if letters is not None else None

    def _body_spokesperson(self, noun: str, denial: bool, role: str = "spokesperson",
                           around: tuple[str, str] | None = None) -> str | None:
        """The spokesperson (or other ``role``: "official") of the body that "the" and its one-word ``noun`` means, as
        "the company" is read for "the company's spokesman" (see :meth:`_company_spokesperson`): the one body whose
        name it heads or the one of a kind named so far ("the bank's spokeswoman" after "Dravik Bank said": "dravik
        bank spokesperson", as "A Dravik Bank spokeswoman" is; see :meth:`_description_stands_for`,
        :meth:`_kind_named`); with ``around``, the sentence's text before the span and after it, also the body
        credited just before that "the" and the noun would mean there ("a spokesman for the agency" after "Ratings
        agency Varden ... Varden denied it": "varden spokesperson"); a trade's noun that a person may be too
        ("landlord") only the firm of that trade it means ("Harwick Homes"); ``None`` where it means none, or a
        person."""
        personal = noun in PERSON_ROLES or noun in PERSON_NOUNS
        if personal and noun not in _NAMED_TRADES:
            return None  # "the president's spokesman" speaks for a person
        before, after = around if around is not None else (None, "")
        described = self._description_stands_for(noun, denial, before=before, after=after)
        if described in self.people or (personal and described == noun):
            return None  # "a spokesman for the landlord": a firm of that trade in view ("Harwick Homes"), or none
        if described == noun:
            named = self._kind_named(noun, denial)  # a body by its name's kind, a person's name as it may read
            if named is None:
                return None
            described = text_key(named)
            self.shown.setdefault(described, named)
        name = f"{described} {role}"
        self.shown.setdefault(name, f"{self.shown.get(described, described)} {role}")
        return name

    def _role_of_body_described(self, bare: str, text: str, denial: bool, around: tuple[str, str]) -> str | None:
        """The person's role ``bare`` owned by a body's noun written with "the" in the span ``text`` ("company's chief
        executive" of "The company's chief executive") as that body's role, as "the company's spokesman" is its
        spokesperson (see :meth:`_body_spokesperson`): "corvane chief executive" after "Corvane said"; ``None`` where
        the noun means no body in view, or the role is no person's."""
        found = _OWNED_ROLE.fullmatch(bare)
        if (found is None or found.group("noun") not in BODY_NOUNS
                or _role_head(found.group("role")) not in PERSON_ROLES
                or not any(owner.group("noun").lower() == found.group("noun") for owner in _THE_OWNER.finditer(text))):
            return None
        return self._body_spokesperson(found.group("noun"), denial, found.group("role"), around)

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
        if role == "spokesperson" and company != short and company in self.names and company not in self.people:
            name = f"{company} spokesperson"  # "A Southline spokesman" after "Southline Power said": its spokesperson
            self.shown.setdefault(name, f"{self.shown.get(company, company)} spokesperson")
            return name
        # "Orvane Pharma Inc." after "Orvane Pharma" or "Orvane" said: the source it spoke as, as either after
        # "Orvane Pharma Inc." joins it, but for a person ("Ralph Lauren said he ... Ralph Lauren Corp.") and,
        # in a denial, for the accuser ("Corin Vale accused ... Corin Vale Ltd. denied")
        spoken = self._spoken_as(bare)
        word = bare.partition(" ")[0]
        if spoken == bare and word in self.names and (self._company_first_word(word) == bare or (
                _firm_named(bare, text) and self._names_started(word) == set())):
            spoken = word  # "Northline Rail Freight" after "Northline said", a firm by its name's last word
        if spoken != bare and self._may_be_company(spoken) and not (denial and self._accuser(spoken)):
            self.spoke_as[bare] = spoken
            self._no_person(spoken)  # a company's short name, so that "Orvane" then joins it too
            if " " not in self.shown.get(spoken, spoken):
                self.shown[spoken] = _with_stop(written, text)  # shown in full: "Orvane Pharma Inc.", not "Orvane"
            return spoken
        club = self._club_by_last_word(bare, text)
        if club is not None:
            return club  # "United" after "Dunmore United said": the club, by the word copy calls it by
        spelled_out = self.acronyms.get(bare)
        if spelled_out:
            # "EFCC" after "the Economic and Financial Crimes Commission (EFCC)"; "MEA" after "India's Ministry of
            # External Affairs (MEA)", spelled out without the owner, the one ministry so named
            same = None if spelled_out in self.names else self._reworded(spelled_out)
            return same if same and not (denial and self._accuser(same)) else spelled_out
        initialled = self._initialled(written) if written.isupper() and bare not in self.acronyms else None
        if initialled is not None:
            return initialled  # "The NTSB" after "The National Transportation Safety Board said", never bracketed
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
        folded = without_accents(bare)
        ending = {p for p in self._by_last.holding(folded.split()[-1:])
                  if _ends_with_name(without_accents(p), folded)}
        # but never by a given name written last alone: "Mingtao" is no short name of Zhou Mingtao; nor by a local
        # title and the surname alone read as a name of its own ("district attorney pell" of "District Attorney Pell"
        # beside "ana pell"), which is that person
        last = {p for p in ending if not _given_name_last(without_accents(p))}
        titled = {p for p in last if _LOCAL_TITLE_THEN_KEY.fullmatch(p)}
        last = last - titled if last - titled else last
        # a family name written first
        first = {p for p in self._by_first.holding(folded.split()[:1])
                 if without_accents(p).startswith(folded + " ")}
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
        given = None if ending or first else self._written_in_full(bare, written, text)
        if given is not None:
            return given  # "Maria" after "Maria Strand was booked.", named in full by no source
        if ending or first:
            return bare  # a person's name may end or start with it: no company's short name
        civic = self._civic_body_shortened(bare)
        if civic is not None:
            return civic  # "The Red Cross said" after "The Kestorian Red Cross said"
        government = self._seat_or_country(bare)
        if government and not (denial and self._accuser(government)):
            return government  # "Beijing" after "China" said, and back: one government
        if " " in bare and _written_as_person(bare, text):
            return bare  # "Ms Tory Burch" or "Tory Burch, the designer" after "Tory Burch LLC": its namesake
        return self._company_shortened(bare)

    def _civic_body_shortened(self, bare: str) -> str | None:
        """The one body named so far whose name is the civic body's name ``bare`` (two words or more ending in a
        civic body's word, see ``_CIVIC_NAME_WORDS``, or a relief society's "Red Cross") after one or two capitalised
        words of where it works: "kestorian red cross" for "red cross", "kestorian heart foundation" for "heart
        foundation"; ``None`` for none or for two ("The Heart Foundation" after the Kestorian and the Orsk ones)."""
        words = bare.split(" ")
        if len(words) < 2 or not (words[-1] in _CIVIC_NAME_WORDS or RELIEF_SOCIETY_END.search(bare)):
            return None
        found = [name for name in self.names if name.endswith(f" {bare}") and name not in self.people
                 and 1 <= len(name.split(" ")) - len(words) <= 2
                 and all(word[:1].isupper() for word in self.shown.get(name, "").split(" ")[:-len(words)])]
        return found[0] if len(found) == 1 else None

    def _described_in_headline(self, bare: str, written: str, last: set[str], first: set[str]) -> str | None:
        """The one person whose name ``bare`` (``written`` so) ends, noted only from a headline in title case (see
        ``_headline_people``) by more words before it, none a headline's small word ("Daughter Of Tom Vask" is
        another), when ``bare`` opens with a known given name of one sex (see
        :func:`framing.given_names.given_name_sex`): the headline's capitals described them ("Conservative Icon Tom
        Vask Endorses ..." before "Tom Vask, the veteran activist, ..."), whom ``bare`` now names; ``None`` for
        any other."""
        if len(last) != 1 or first or " " not in bare or given_name_sex(written.split(" ")[0]) is None:
            return None
        person = next(iter(last))
        before = person.split(" ")[:-len(bare.split(" "))]
        return (person if person in self._headline_people and before and not HEADLINE_SMALL_WORDS.intersection(before)
                else None)

    def _forget_person(self, name: str) -> None:
        """Forget ``name`` as a person and as a body, a name no later mention joins (see
        :meth:`_described_in_headline`)."""
        self._no_person(name)
        self._bodies.remove(name, name.split(" "))
        self._headline_people.discard(name)

    def _initialled(self, acronym: str) -> str | None:
        """The one body named as a source so far whose whole name as shown has ``acronym`` for its initials (see
        :func:`_spelled_out`: "National Transportation Safety Board" for "NTSB", "Kessel Department of Transportation"
        for "KDOT"), though the text never wrote the acronym in brackets after it; ``None`` for none or two."""
        spelling = {name for name in self.names if name not in self.people and " " in name
                    and _spelled_out(self.shown.get(name, name), acronym) == self.shown.get(name, name).split(" ")}
        return spelling.pop() if len(spelling) == 1 else None

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
        words = without_accents(without_generation(person)).split(" ")
        return (len(words) >= 3 and given_name_sex(words[0]) is not None and words[-1] not in WHEN_WORDS
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
        words = without_accents(bare).split(" ")
        spelling = given_name_spelling(words[0])
        if len(words) < 2 or spelling is None:
            return None
        same = {person for person in self._by_last.holding(words[-1:]) if person != bare
                for other in [without_accents(person).split(" ")]
                if other[1:] == words[1:] and given_name_spelling(other[0]) == spelling and person not in self._kin}
        return same.pop() if len(same) == 1 else None

    def _country_written_otherwise(self, bare: str) -> str | None:
        """The one source named before that ``bare`` names with its country written the other way, as an owner or as
        a nationality before the same words ("merevian navy" for "merevia's navy", and back; "chinese state media"
        for "china's state media"; see :func:`framing.source_places.same_country`); ``None`` for none, or for two."""
        first, _, rest = bare.partition(" ")
        owner = first[:-2] if first.endswith("'s") else None
        same = [name for name in self._after_first[owner is None].get(rest, ()) for other in [name.partition(" ")[0]]
                if (same_country(owner, other) if owner is not None else same_country(other[:-2], first))
                and (owner is not None or other.endswith("'s"))]
        return same[0] if len(same) == 1 else None

    def _honoured_in_full(self, text: str) -> str | None:
        """The span ``text``, a knight's or dame's title and a given name, with the one full name written so far
        after them ("Dame Ruth Corran" for "Dame Ruth" after "Dame Ruth Corran": see ``_HONOURED_NAME``), whom
        Britons so name again, also owning a document ("Sir Alan Petch's report" for "Sir Alan's report"); ``None``
        for another span, or where none or two were so written."""
        found = _HONOURED_GIVEN.fullmatch(text.strip(EDGE))
        names = self._honoured.get((found.group(1), found.group(2)), set()) if found else set()
        return f"{found.group(1)} {next(iter(names))}{found.group(3)}" if found and len(names) == 1 else None

    def _seat_or_country(self, bare: str) -> str | None:
        """The one source named before that is the country whose capital is ``bare`` ("china" for "Beijing" after
        "China rejected ...") or the capital of the country ``bare`` ("beijing" for "China" after "Beijing
        rejected ..."), or its capital spelled another way ("kyiv" for "Kiev"), or that country's government written
        with its name, nationality or capital ("chinese government" for "China", and back): one government (see
        ``CAPITALS``, :func:`government_of`); ``None`` for none, or for two ("Turkey", "Türkiye")."""
        folded = without_accents(bare)
        country = government_of(folded)
        if country is None:
            return None
        same = {name for key, name in self._unaccented.items() if key != folded and government_of(key) == country}
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
        if bare in FAMILY_NAMES_FIRST and not self._place_or_body(bare):
            return person
        # "Faisal bin Farhan" of "Faisal bin Farhan Al Saud"; "Prince Faisal" of a prince so named
        if _PATRONYMIC.match(bare) or (_after_royal_title(text, written) and _ROYAL_ROLES & self.people[person]):
            return person
        if person in self._kin and given_name_sex(bare) is not None:
            return person  # "Lucia" after "Orta's wife, Lucia Orta, said": a relative, called by her given name
        # "Marta" after "Marta Strand said": one word that opens the one full name so far, as sport and celebrity
        # copy names people again by their given name alone: a known given name, or a word in title case of one
        # known as a person by a role or a pronoun ("Oli" of "Harbour forward Oli Strand"; not "Brennor" of a firm
        # "Brennor Optics" read as a name, nor an acronym, "NRA"); no place or body's word, no country or capital,
        # though a given name too ("Jordan Bardella"); the span the name alone, no title before it ("Prince Nawaf"
        # is no "Nawaf Idris")
        if (" " not in bare and text.strip(EDGE) == written.strip(EDGE) and not self._place_or_body(bare)
                and government_of(bare) is None and (is_given_name(bare) or (
                    written.strip().istitle() and (bool(self.people[person]) or person in self._personal)))):
            return person
        return None

    def _written_in_full(self, bare: str, written: str, text: str) -> str | None:
        """The key of the one personal name the sentences so far wrote in full with the known given name ``bare``
        alone before its surname (see ``_namesakes``: "maria strand" for "Maria" after "Maria Strand was booked."),
        noted as a person now, whom copy names again by the given name though no source named them; ``None`` where
        the span ``text`` holds more than the name (``written``), for a place's or body's word or a country ("Jordan
        Bardella"), or where none or two such names were written."""
        if (" " in bare or not is_given_name(bare) or text.strip(EDGE) != written.strip(EDGE)
                or self._place_or_body(bare) or government_of(bare) is not None):
            return None
        alone = frozenset({without_accents(bare)})
        full = {name for people in self._namesakes.values() for given, name in people.items() if given == alone}
        if len(full) != 1:
            return None
        shown = display_source(next(iter(full)))
        key = text_key(shown)
        self.shown.setdefault(key, shown)
        self._note_person(key, self.people.get(key, frozenset()))
        return key

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

    def _another_of_its_kind(self) -> str | None:
        """Another of the one person by a role with no name that the source named last is ("Another official" after
        "One official said", "Another chief executive" after "A chief executive said": see ``_ONE_BY_ROLE``), whom
        "Another" alone means: one more such person, a source apart, keyed as written with that role; ``None``
        where the source named last is no such person (a group's other member is the group: see ``_ONE_OF_THEM``)."""
        last = next(reversed(self._mentioned), None)
        found = _ONE_BY_ROLE.fullmatch(self.shown.get(last, "").strip(EDGE)) if last is not None else None
        if found is None or not _person_role_noun(found.group(1).rpartition(" ")[2]):
            return None
        return f"Another {found.group(1)}"

    def _owned_in_full(self, bare: str) -> str | None:
        """The key of the one source so far that owns what the source ``bare`` owns, by a name in full whose last word
        is ``bare``'s owner, a single word in the possessive (see ``_OWNED_BY_ONE_WORD``): "ana dorr's office" for
        "dorr's office" after "Foreign Minister Ana Dorr's office said", the same person's office; ``None`` for
        none, for two such, or where another person known so far has that surname."""
        found = _OWNED_BY_ONE_WORD.fullmatch(bare)
        if found is None or bare in self.names:
            return None
        owner, owned = found.groups()
        fuller = [name for name in self._bodies.holding([f"{owner}'s", *owned.split(" ")])
                  if name.endswith(f" {bare}") and name.count(" ") == bare.count(" ") + 1]
        if len(fuller) != 1:
            return None
        person = fuller[0][:-len(bare) - 1] + f" {owner}"
        return fuller[0] if self._by_last.holding([without_accents(owner)]) <= {person} else None

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
        "Heidi Cruz"), the one of them named last, whose account goes on ("Tom Vask spoke ... for his wife Ana
        Vask. 'It is wrong,' Vask said"), or the one named as a source since the others were last named in full
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
            if (written_sex and people.sex(only) == written_sex and bare in self.names
                    and self.sex_of(bare) not in (None, written_sex)):
                # "Mr Varro said" after "Varro, 34, told ... She said" and "Her husband, Nate Varro, said": the
                # surname a source of its own is a woman, so the man of that surname written in full is meant
                return self._namesake_named(people, only)
            if bare not in self.names:
                self._only_namesake.setdefault(bare, people.lead[only])
            return bare if other else None
        generation = self._generation_meant(people, sentence[start:], written)
        if generation is not None:  # "The younger Salgado" after "His son, Miguel Salgado": the son
            return self._namesake(people, generation)
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
        people.add(given, name, shown, self.sex_of(name) if name in self.people else None, listed=name in self._listed)

    def _file_person(self, people: _Namesakes, name: str) -> None:
        """File in ``people`` the person ``name`` noted as such, by the keys of the given names it writes in full
        ("W." of "George W. Bush" left out), unless it writes none."""
        words = name.split(" ")
        given = frozenset(without_accents(word) for word in words[:-1] if len(word.rstrip(".")) > 1)
        if given:
            self._file_namesake(people, given, name, self.shown.get(name, name))

    def _generation_meant(self, people: _Namesakes, span: str, written: str) -> int | None:
        """The one of ``people`` (a top id) that "the younger" or "the elder" before the surname ``written`` opening
        the ``span`` means (see ``_GENERATION_BEFORE``): the one the document described as a younger relative ("His son,
        Miguel Salgado") or, failing one, the one not described as an elder ("His father, Ramon Salgado"), and the
        other way round; ``None`` when the span says no generation, or the relatives' words leave it open."""
        found = _GENERATION_BEFORE.match(span)
        if found is None or not span.startswith(written, found.end()):
            return None
        tops = {person for persons in people.by_sex.values() for person in persons}
        kin = {person: frozenset().union(*(self.people.get(name, frozenset()) for name in people.names[person]))
               for person in tops}
        junior = {person for person in tops if kin[person] & _YOUNGER_KIN}
        senior = {person for person in tops if kin[person] & _ELDER_KIN}
        meant, other = (junior, senior) if found.group(1).lower() == "younger" else (senior, junior)
        meant = meant or (tops - other if other else set())
        return next(iter(meant)) if len(meant) == 1 else None

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
            self.shown.setdefault(company, self.companies.get(company) or self._acting_firms[company])
            return self._spoken_as(company)
        return (None if short else self._group_firm(bare)) or bare

    def _description_stands_for(self, bare: str, denial: bool, anyone: bool = False, before: str | None = None,
                                after: str = "") -> str:
        """The source the description ``bare``, written with "the", stands for in a sentence that is a ``denial``
        or not: the one body whose name holds it as its head, failing any such body the one body described so
        (see :meth:`_body_described`), else the one company (see :meth:`_company_described`) that a relative clause
        after the description does not name as another ("The firm, which holds shares in Calder, said": see
        :func:`_named_in_own_clause`), else the one
        person (see :meth:`_person_described`; ``anyone``: named anywhere before), else, in copy read in order
        (``before``, ``after``: the sentence's text before and after the description), for a person's noun of
        ``PERSON_NOUNS`` (but a synonym of roles, "the boss") no one was written with and no rank, the person
        credited just before (on the terms of :meth:`_described_credited_last`: "the billionaire mogul told
        People" after "Tom Vask said"), or the body credited just before that it may mean (see
        :meth:`_body_credited_last`); else itself. "The survey" may mean a poll so
        named, and back (see ``_POLL_NOUNS``), when no body is named by its own word."""
        want = bare.split(" ")
        heads = [want[:-1] + [end] for end in _CLUB_ENDS] if want[-1] == "club" else []  # "harbour city f.c"
        bodies = {n for words in [want, *heads] for n in self._bodies.holding(words) if _names_body(bare, n)}
        bodies -= {n for n in bodies if self.named_later.get(n) in bodies}  # a body described, then named: one
        if want == ["club"] and bodies:
            # another club in view, credited or named with its letters ("Harbour City FC beat Kessel United. Kessel
            # United said ... The club said"): neither (see below)
            bodies |= {normalise_source(club) for club in self._named_kinds.get("club", {}).values()}
            bodies |= self._clubs_credited
        for other in _POLL_NOUNS - {want[-1]} if want[-1] in _POLL_NOUNS and not bodies else ():
            # "the survey" after "a new Marsh College poll found": the poll, by the other word
            named = " ".join(want[:-1] + [other])
            bodies = {n for n in self._bodies.holding(named.split(" ")) if _names_body(named, n)}
        if len(bodies) == 1 and not any(_another_body(bare, words, bodies) for words in self._through(bare, want)):
            return bodies.pop()
        representative = self._representative_credited_last() if not bodies and bare == "spokesperson" else None
        if representative is not None:
            return representative  # "the spokeswoman said" after "A representative for Lena Croft dismissed it"
        study = self._study_meant(after) if want == ["paper"] and not bodies else None
        if study is not None:
            return study
        if bodies and len(want) == 1 and want[0] in _POLL_NOUNS:
            # "the poll" after "A new poll shows ..." and "The Kessel/Orr poll shows ...": the one named last
            return next((n for n in reversed(self._mentioned) if n in bodies or n == bare), bare)
        if bodies:
            return self._role_credited_last(bare, bodies, denial) or bare
        spoken_for = self._spoken_for_only(bare, want)
        if spoken_for is not None:
            return spoken_for
        described = self._body_described(want, denial)
        if described is not None:
            return described
        company = self._company_described(bare, denial)
        if company is not None and not _named_in_own_clause(after, company):
            return company
        person = self._person_described(bare, want, denial, anyone) or self._person_so_called(bare, denial)
        if (person is None and before is not None and want[-1] in (PERSON_NOUNS - ROLE_SYNONYMS.keys()) | _POSITIONS
                and not set(want) & RANK_MODIFIERS and not self._by_role.holding(want[-1:])):
            # "the billionaire business mogul told People" after "Tom Vask said ...", no one written so: Vask
            person = self._described_credited_last(denial, before, after)
        if person is None and before is not None and AGE_ALONE.fullmatch(bare) and bare not in self._so_called:
            # "the 43-year-old said" after "Sen. Tom Vask said ...", no one written with that age: Vask, unless
            # written with another ("Tom Vask, 52,")
            person = self._described_credited_last(denial, before, after)
            person = None if person is not None and any(person in aged for aged in self._so_called.values()) else person
        if person is None and before is not None:
            person = self._body_credited_last(bare, denial, before, after)
        return bare if person is None else person

    def _study_meant(self, after: str) -> str | None:
        """The one study credited so far, which "the paper" means in science copy ("The paper found ..." after
        "according to a study published in the journal Cell Rhythms"), unless ``after``, the sentence's text after
        it, makes it a newspaper (see ``_PAPER_AS_NEWSPAPER``) or a newspaper was credited too (its name ending in a
        masthead's word, ``PAPER_NAME_WORDS``); ``None`` otherwise."""
        if _PAPER_AS_NEWSPAPER.search(after) or any(name.rpartition(" ")[2] in PAPER_NAME_WORDS
                                                   for name in self._credited):
            return None
        studies = {name for name in self._bodies.holding(["study"]) if _names_body("study", name)}
        return studies.pop() if len(studies) == 1 else None

    def _representative_credited_last(self) -> str | None:
        """The source credited last, when it is someone's representative or publicist left unnamed ("representative
        for lena croft", see ``_REPRESENTATIVE_KEY``) and credited in the sentence before: the one spokesperson in
        view, whom "the spokeswoman" then means; ``None`` otherwise."""
        last = next(reversed(self._credited), None)
        if last is None or self._credited[last] != self._seen_count - 1 or not _REPRESENTATIVE_KEY.match(last):
            return None
        return last

    def _spoken_for_only(self, bare: str, want: list[str]) -> str | None:
        """The one body, never a source itself, whose name holds the description ``bare`` (its words ``want``) as its
        head and whose spokesperson is: "the authority" of "A spokeswoman for the Lisk Port Authority said ... The
        authority said" is that authority, not the spokeswoman nor a source "authority" apart; ``None`` for none or
        two, or for a spokesperson of the description alone ("A company spokesperson", whose body is unnamed)."""
        bodies = {name.removesuffix(" spokesperson") for name in self._bodies.holding(want + ["spokesperson"])
                  if name.endswith(" spokesperson")}
        bodies = {body for body in bodies if body != bare and _names_body(bare, body)}  # not "a company spokesperson"
        if len(bodies) != 1:
            return None
        body = bodies.pop()
        self.shown.setdefault(body, self.shown.get(f"{body} spokesperson", body).removesuffix(" spokesperson"))
        return body

    def _role_credited_last(self, bare: str, roles: set[str], denial: bool) -> str | None:
        """Of ``roles``, the sources holding the nameless person's role ``bare`` ("aide", "spokesperson") as their
        head, ``bare`` itself perhaps and one other written with more words ("labour council aide"): that other, when
        it is the source credited last and, in a ``denial``, no accuser ("An aide said ... A Labour council aide
        rejected the claim. '...,' the aide said." is the Labour aide's; "The UN Secretary-General's spokesperson
        urged ... '...,' the spokesperson said." is the UN's, though a ministry's spokeswoman spoke before); of two
        or more such others, the one credited in the sentence just before ("A Brell spokesman said ... A Pollen
        spokesperson said ... '...,' the spokesperson said." is Pollen's); ``None`` otherwise."""
        others = roles - {bare}
        last = next(reversed(self._credited), None)
        if not others or _role_head(bare) not in PERSON_ROLES or last not in others:
            return None
        if len(others) > 1 and (self._credited[last] != self._seen_count - 1
                                or _sexes_differ(self._seen_last, self._seen_before)):
            return None  # "A Pollen spokesman said ... '...,' the spokeswoman said." is not Pollen's man
        if not last.endswith(f" {bare}") or (denial and self._accuser(last)):
            return None
        return last

    def _body_credited_last(self, bare: str, denial: bool, before: str, after: str = "") -> str | None:
        """The body credited last that the one-noun description ``bare`` may mean ("the carmaker", "the company" or
        "the group" after "Ford said ...", "the group", "the NGO" or a civic group by its cause, "the rights group"
        (see :func:`_civic_group_noun`), after "Civic Watch Network said ..."; one by its rank as its noun alone,
        "the nation's largest gun group" as "the group": see ``_RANKED_BODY``; see
        :meth:`_may_describe`), when it is the one such body in view: no source credited since but a person or
        spokesperson of it ("Ford CEO Jim Farley", "a Ford spokesman", "a company spokesperson" before "the company":
        see :meth:`_speaks_for`), no other body it may mean among the
        ``_BODY_REACH`` sources credited before it nor among the companies seen (see :meth:`_see_company`), at most
        ``_BODY_REACH_SENTENCES`` sentences after its credit or the last of one speaking for it since (in a
        ``denial`` an accuser or a body whose claim another denied since is no other: see
        :meth:`_denied_since_claim`), and no other capitalised name written from that
        credit to the description (``before``, the sentence's text before it: "In 2019, Orsk was hacked, and the
        company said" is Orsk's; see :meth:`_names_another`; for a noun of one kind, "the agency", only a name that
        may be of that kind; "the club" means a club whose name reads as a person's, "Dunmore Rovers", by its words
        alone), nor in the sentence before a credited claim, which may be about another side; in a ``denial``
        never an accuser nor a body whose last credit was a claim, which the denial answers. "The paper" is no
        newspaper where a study or a document's paper is written from the credit to the description or after it
        (``after``, see ``_PAPER_AS_DOCUMENT``: "The Kessel Post reported the study. The paper, published in a
        journal, said", "published a research paper. The paper said"), unless what follows it in its sentence makes
        it a newspaper (see ``_PAPER_AS_NEWSPAPER``: "The paper said, citing unnamed officials"). ``None`` for none."""
        ranked = _RANKED_BODY.fullmatch(bare)
        if ranked is not None:
            return self._body_credited_last(ranked.group(1), denial, before, after)  # "the nation's largest group"
        trade, _, head = bare.rpartition(" ")
        if trade in _COMPANY_TRADES and (head in COMPANY_WORDS or (head == "group" and trade not in _LOBBY_TRADES)):
            # "the pipeline company": a company, of a trade its name must not contradict; "the chemicals group" too,
            # as business copy calls a company by its trade and "group" (but "the lobbying group" is a lobby)
            named = self._body_credited_last("company" if head == "group" else head, denial, before, after)
            return named if named is not None and self._of_trade(named, trade) else None
        if not _civic_group_noun(bare) and bare not in _NAMED_TRADES and _agency_work(bare) is None and (
                (" " in bare and bare not in _ANY_BODY_DESCRIPTIONS) or not (
                bare in BUSINESS_DESCRIPTIONS or bare in CIVIC_DESCRIPTIONS or bare in _ANY_BODY_DESCRIPTIONS
                or bare == "union" or bare in _KIND_NAME_WORDS)):
            return None
        acting = self._acting_body_meant(bare, denial, before)
        if acting is not None:
            return acting
        credited = list(islice(reversed(self._credited), 2 * _BODY_REACH))
        # a club's name reads as a person's by its capitals ("Dunmore Rovers"): its words say it is one (below); so
        # does one that ends in an agency's work ("Velmar Transit" of "the transit agency")
        work = _agency_work(bare)
        at = next((k for k, name in enumerate(credited) if self._may_be_body(
            name, lenient=bare == "club" or (work is not None and name.rpartition(" ")[2] == work[0]))), None)
        if at is None:
            return None
        body = credited[at]
        # in a denial never the body whose claim or allegation it answers ("Oxfam said 20 civilians were killed. The
        # group denied harming civilians": the accuser does not deny its own claim)
        if (not self._may_describe(bare, body)
                or (denial and (self._accuser(body)
                                or (body in self._claimed_last and not self._accused_in_view(body))))
                or not all(self._speaks_for(name, body, bare) or self._aside_person(name, bare)
                           for name in credited[:at])):
            return None
        others = [name for name in credited[at + 1:at + 1 + _BODY_REACH] if self._may_be_body(name, lenient=True)]
        others += [company for company in self.companies if self._spoken_as(company) != body]
        if denial:  # nor one the denial answers ("Kellin's report found ... PulseTrack denied it ... the company said")
            others = [other for other in others if not (self._accuser(other) or self._denied_since_claim(other))]
        if any(self._may_describe(bare, other) for other in others):
            return None  # "the carmaker" after two of them: neither
        # in view since its own credit or that of one speaking for it since ("Brightfield denied it. '...,' spokeswoman
        # Lena Moss said. Moss said ... The company said")
        since = self._seen_count - max(self._credited[name] for name in credited[:at + 1]
                                       if not self._aside_person(name, bare) or self._speaks_for(name, body, bare))
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
        kinds, strict = self._kind_reading(bare, body)
        if bare in BUSINESS_DESCRIPTIONS or bare in TRADE_KINDS or bare in _NAMED_TRADES:
            # a business's noun passes over a state's body ("Corvane Aerospace said it was working with the Civil
            # Aviation Authority. The manufacturer said"), which it never means (see :meth:`_may_describe`)
            recent = [_STATE_BODY_WRITTEN.sub(" ", text) for text in recent]
            before = _STATE_BODY_WRITTEN.sub(" ", before)
        if (self._names_another(recent[credit], body, owner_first=False, kinds=kinds, strict=strict)
                or (body in self._claimed_last and credit > 0
                    and self._names_another(recent[credit - 1], body, kinds=kinds, strict=strict))):
            return None
        if (bare == "paper" and not _PAPER_AS_NEWSPAPER.search(after)
                and any(_PAPER_AS_DOCUMENT.search(text) for text in recent[credit:-1] + [before, after])):
            return None  # "the paper" may be the study or document written of, unless it cites its sources
        return None if any(self._names_another(text, body, kinds=kinds, strict=strict)
                           for text in recent[credit + 1:-1] + [before]) else body

    def _accused_in_view(self, body: str) -> bool:
        """Whether an accuser (see :attr:`alleged`) credited before ``body``'s last credit, in the sentences still in
        view, wrote of ``body`` by the first word of its name: ``body`` is the accused side, whose own claim since
        ("Brightway Logistics hired strikebreakers, the inspectorate found. Brightway said it would appeal.") is
        no allegation a later denial answers, so that "A company spokeswoman denied it" may be its spokesperson."""
        recent = list(self._recent)
        first = self.shown.get(body, body).split(" ")[0]
        if not first[:1].isupper():
            return False
        written = _word_written(first)
        for accuser in self.alleged - {body}:
            at = self._credited.get(accuser)
            place = len(recent) - (self._seen_count - at) - 1 if at is not None else -1
            if at is not None and at < self._credited[body] and place >= 0 and written.search(recent[place]):
                return True
        return False

    def _aside_person(self, name: str, bare: str) -> bool:
        """Whether the source ``name`` is a person named with no body's noun among their roles: one who may speak
        between a body's credit and "the company" that means it ("Harrow Mills said ... Mayor Ana Ruiz said ... The
        company said": Harrow Mills), as a person is no body the description may mean; one written with a body's
        noun ("Jo Park, a company director", "union spokeswoman Nadia Pell") may speak for another body."""
        roles = self.people.get(name)
        return (roles is not None and bare not in roles and roles.isdisjoint(BODY_NOUNS)
                and not self._may_be_body(name, lenient=True))

    def _kind_reading(self, bare: str, body: str) -> tuple[frozenset[str], bool]:
        """How a capitalised word between ``body``'s credit and the description of one kind ``bare`` ("agency",
        "union") is read (see :meth:`_names_another`): the words a name of that kind holds (see ``_KIND_NAME_WORDS``),
        and whether a word of no such name may still be one (``_VARIED_NAME_KINDS``: "Frontex" may be an agency). Where
        the text wrote ``body`` itself as one of that kind ("Ratings agency Varden"), the writer's "the agency" is it,
        a word of no such name is none ("Ostrava" of "cut Ostrava's rating"), but the name of another the text wrote
        so is ("rival agency Merrow")."""
        kinds = _UNION_NAME_WORDS if bare == "union" else _KIND_NAME_WORDS.get(bare, frozenset())
        if not self._written_as(bare, body):
            return kinds, bare in _VARIED_NAME_KINDS
        others = {word for name, nouns in self._kinds_written.items()
                  if bare in nouns and name != body and not name.startswith(f"{body} ") for word in name.split(" ")}
        return kinds | others, False

    def _of_trade(self, body: str, trade: str) -> bool:
        """Whether the business ``body`` may be of the ``trade`` a word before "company" or "firm" says (see
        ``_COMPANY_TRADES``): its name or description says no trade, or the one that word goes with."""
        trades = self.kinds.get(body, set()) | _TRADE_OF_NAME.get(body.rpartition(" ")[2], set())
        return not trades or bool(_COMPANY_TRADES[trade] & trades)

    def _acting_body_meant(self, bare: str, denial: bool, before: str) -> str | None:
        """The body noted as the subject of a sentence naming no source (see :meth:`see_body`) that the one-noun
        description ``bare`` means: "the utility" of "Northfall Energy asked regulators for a rate rise. The utility
        said ...", when no source was credited since, it was at most ``_BODY_REACH_SENTENCES`` sentences before, the
        noun fits what its name says (see :meth:`_may_describe`), and no other name is written after it up to the
        description (``before``, the sentence's text before it); in a ``denial`` never an accuser. A firm so credited
        is a company whose first word joins it (see :func:`_firm_named`). ``None`` for none."""
        acting = self._acting_body or (self._acting_capitals if bare in COMPANY_WORDS else None)
        if acting is None:
            return None
        body, shown, at = acting
        since = self._seen_count - at
        if (since > _BODY_REACH_SENTENCES or any(seen >= at for seen in self._credited.values())
                or not self._may_describe(bare, body) or (denial and self._accuser(body))):
            return None
        recent = list(self._recent)
        kinds, strict = self._kind_reading(bare, body)
        if any(self._names_another(text, body, owner_first=k > 0, kinds=kinds, strict=strict)
               for k, text in enumerate(recent[len(recent) - since - 1:-1] + [before])):
            return None
        self.shown.setdefault(body, shown)
        if _firm_named(body, shown):
            self._note_company(body, shown)  # "Northfall said" after it: the firm's first word
        return body

    def _speaks_for(self, name: str, body: str, noun: str) -> bool:
        """Whether the source ``name`` speaks for ``body``: a spokesperson of it ("ford spokesperson"), or one named
        by ``noun``, the description that means ``body``, as a company's by a word for a company ("company
        spokesperson" of "Vantrell rejected it. A company spokesperson said ... The company said"), or a person
        written with its name or its last word among their role words ("Ford CEO Jim Farley", "Jane Roe, the
        network's director"), or a person named as a spokesperson of no body ("spokeswoman Lena Moss"), who speaks
        for the body credited before them."""
        if name.endswith(" spokesperson"):
            kind = name.removesuffix(" spokesperson")
            return kind in (body, *self._short_names(body), noun) or {kind, noun} <= COMPANY_WORDS
        words = body.split(" ")
        roles = self.people.get(name)
        if roles == {"spokesperson"}:
            return True  # "spokeswoman Lena Moss", of no body written, after the body's own credit: its spokesperson
        return roles is not None and (set(words) <= roles or words[-1] in roles)

    def _may_be_body(self, name: str, lenient: bool = False) -> bool:
        """Whether the source ``name`` may be a body a description means: a name shown in capitalised words, small
        words between them allowed ("Royal Bank of Scotland Group"; not "Conservation groups"), that is no
        person's, surname's, place's, country's, role's, group of people's, news agency's nor spokesperson's. A name
        read as a person's by its capitals alone (in two words or more, with no role but its description's, no "he"
        or "she" and no known given name first: "Ines Mallory, a crane operator" is a person) is a body when a company
        or when its words or its description say so ("General Motors", "Exile Watch", "Civic Compass, a watchdog
        group", "Daily Harbour", "United Nations" by a body's word of ``BODY_WORDS``; a trade's last word of
        ``_TRADE_OF_NAME``, "Orlin Rail", which may be a surname after a given name, "Ruth Rail"), or, ``lenient``,
        whatever they say."""
        shown = self.shown.get(name, name)
        words = name.split(" ")
        described = self.body_kinds.get(name, set())
        named = (_business_name_end(words) or words[-1] in _PLURAL_NAME_ENDS or words[-1] in _TRADE_OF_NAME
                 or bool(set(words) & _CIVIC_NAME_WORDS) or bool(set(shown.split(" ")) & BODY_WORDS)  # "United Nations"
                 or bool(described & (BODY_KINDS | _CAUSE_GROUP_HEADS))  # "Energy Suppliers UK, the trade body"
                 or "daily" in words  # "Daily Harbour", a newspaper
                 or name in self._kinds_written)  # "Norcrest Ratings" of "The rating agency Norcrest Ratings"
        person = name in self.people and not (name in self.companies
                                              or (self._capitals_only(name) and (named or lenient)))
        return _capitalised_body(shown) and not (
            person or name in self._personal or name in self.surnames or name in self.places
            or _plural_group(name) or name in NAMELESS_NOUNS or name in _OTHERS
            or government_of(without_accents(name)) is not None
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
        state = without_accents(body).replace(".", "")
        if state in _STATE_BODIES:  # "The Pentagon said ... The group denied": a state's body is no group nor company
            return ((noun == "agency" and state in _STATE_AGENCIES)  # "The FBI said ... The agency said": the FBI
                    or (noun in _ORGANISATION_NOUNS and state in _BODIES_OF_STATES))
        if noun == "watchdog" and self._regulator(body, words):
            return True  # "The Energy Markets Authority said ... The watchdog said": copy calls a regulator so
        if noun == "union":  # "teachers'" of its key too
            return bool({word.rstrip("'’") for word in words} & _UNION_NAME_WORDS) or self._written_as(noun, body)
        if noun in _PAPER_NOUNS:  # a newspaper's name ends in a masthead's word ("Kessel Post"; not "Post Office")
            return body.rpartition(" ")[2] in _KIND_NAME_WORDS[noun] or body.startswith("daily ")
        if noun in _KIND_NAME_WORDS:
            return bool(words & _KIND_NAME_WORDS[noun]) or self._written_as(noun, body)
        work = _agency_work(noun)
        if work is not None:
            # "the transit agency" a body whose name ends in the work ("Velmar Transit"), or holds a word of its
            # kind ("the weather service" of "the Meteorological Office")
            return body.rpartition(" ")[2] == work[0] or bool(words & work[1])
        if body in self._reporters:
            return False  # "Axios first reported the plan. The company did not respond": an outlet, not the firm
        last = body.rpartition(" ")[2]
        described = self.body_kinds.get(body, set())  # "watchdog group" of "Civic Compass, a watchdog group"
        business = (body in self.companies or _business_name_end(body.split(" "))
                    or bool(LEGAL_FORM_END.search(body))
                    or body in self.kinds or bool(described & COMPANY_WORDS))
        civic = not business and (bool((words | described) & (_CIVIC_NAME_WORDS | CIVIC_DESCRIPTIONS))
                                  or bool(described & _CAUSE_GROUP_HEADS and described & _CIVIC_GROUP_WORDS)
                                  or RELIEF_SOCIETY_END.search(body) is not None)  # "Kestorian Red Cross"
        if not (business or civic) and ((words | (described - {"agency"})) & _STATE_OR_OUTLET_WORDS
                                        or last in SHARED_TRADE_ENDS):  # "Homeland Security", no firm
            # "Harbour Authority", "the regulator Ofwat": a state's body ("the aid agency ..." may not be), which an
            # organisation noun may mean, as it may any body but an outlet or a government itself
            return noun in _ORGANISATION_NOUNS and not words & (_OUTLET_NAME_WORDS | _GOVERNING_WORDS)
        if noun in _ANY_BODY_DESCRIPTIONS:
            return True
        if noun in CIVIC_DESCRIPTIONS or _civic_group_noun(noun):
            return civic
        # a trade said by a description or by the name's last word, unless one of any trade ("Velta Holdings")
        trades = self.kinds.get(body, set()) | _TRADE_OF_NAME.get(last, set())
        if noun in _NAMED_TRADES:
            return not civic and noun in trades  # "the ferry operator" of "Northlink Ferries" only
        told = bool(trades) or last in BUSINESS_NAME_ENDS - _ANY_TRADE_ENDS
        return not civic and (noun in COMPANY_WORDS or noun in trades or not told)

    def _regulator(self, body: str, words: set[str]) -> bool:
        """Whether the source ``body`` (its name's ``words``) is a regulator by its name ("Kessel Energy Regulator",
        "Nuclear Safety Inspectorate", an authority, agency or board of what it oversees: "Energy Markets Authority";
        not "Harbour Authority", "Kessel Transport Authority", which run what they are named for: see
        ``_OVERSIGHT_NAME_WORDS``), or the text wrote or described it as a regulator ("the regulator Powerwatch",
        "Powerwatch, the energy regulator")."""
        named = bool(words & _REGULATOR_NAME_WORDS
                     or (words & _KIND_NAME_WORDS["regulator"] and words & _OVERSIGHT_NAME_WORDS))
        return named or self._written_as("regulator", body) or "regulator" in self.body_kinds.get(body, set())

    def _names_another(self, text: str, body: str, owner_first: bool = True,
                       kinds: frozenset[str] = frozenset(), strict: bool = False) -> bool:
        """Whether ``text`` writes, outside quotation marks (a speaker's words, which talk about others: '"Africa was
        kind to us," the group said'), a capitalised word that may name a body other than ``body``: none of its
        words, nor "The" inside a name ("The Kessel Times"), a word of a person's name ("Jim Farley"), a person's
        title ("President"), a known given name, a place, a country, a nationality (one of a place written before too:
        "Sarnian" after "in Sarnia"), a month, a weekday, a place's word
        for where a body is based ("Geneva-based"), a word after "its" before a lower-case one, where the body's own
        thing is ("its Varne refinery"), a court's name ("the High Court", "the Markets Tribunal": see
        ``_COURT_NAME``), a place's with its kind ("in Varn County": see ``_PLACE_OF_KIND``) or a name set apart after
        "its" and a noun ("its auditor, Brandt & Vale,": see ``_ITS_OWN_NAMED``), which no description it reads means.
        Its
        first
        word, capitalised as any sentence's, counts only as an owner when ``owner_first`` ("Orsk's shares fell": see
        :func:`_owner_first`). With ``kinds``, the words a name of the description's kind holds (see
        ``_KIND_NAME_WORDS``), a word counts only when its
        capitalised run holds one ("the Parks Service"), it is in capitals ("FBI"; not a rating's grade, "BBB": see
        ``_RATING_GRADE``) or a state's body of
        ``_STATE_BODIES``: "Portvale" of "a rally in Portvale, according to the Secret Service" is no other agency;
        ``strict`` (see ``_VARIED_NAME_KINDS``), that holds only for a word written where a place is (see
        :func:`_placed_words`), just after a person's title or in a name of another kind or of a law ("Kremvale Bank",
        "Channel Nine", "Federal Records Act": see ``_KIND_WORDS``, ``_LAW_WORDS``), and "the Kessel Border Force" or
        "Divers from Frontex" count: they may be an agency."""
        own = set(body.split(" "))
        unowned = _ITS_OWN_NAMED.sub(" ", QUOTED_RUN.sub(" ", text))
        words = _PLACE_OF_KIND.sub(" ", _COURT_NAME.sub(" ", unowned)).split()
        of_kind = _runs_holding(words, kinds) if kinds else []
        placed, other_kind = ((_placed_words(words), _runs_holding(words, (_KIND_WORDS | _LAW_WORDS) - kinds))
                              if kinds and strict else ([], []))
        for at in range(0 if owner_first and _owner_first(words) else 1, len(words)):
            word = POSSESSIVE.sub("", words[at].strip(EDGE)).strip(EDGE)
            key = text_key(word)
            if (not word[:1].isupper() or len(key) < 2 or key in own or key == "the" or CALENDAR.fullmatch(word)
                    or is_role(key) or key in self.surnames or given_name_sex(key) is not None or key in self.places
                    or without_accents(key) in self._by_last or without_accents(key) in self._by_first
                    or government_of(key) is not None or _nationality(key) or key.replace(".", "") in _HOME_BLOCS
                    or not self.places.isdisjoint(nationality_places(word))  # "Sarnian" after "in Sarnia"
                    or key.endswith("-based")  # "a Geneva-based group": where a body is based, no other body
                    or (0 < at < len(words) - 1 and words[at - 1] == "its" and words[at + 1][:1].islower())):
                continue  # "will close its Varne refinery": where the body's own thing is, no other body
            # "Senator Vance": a person, and "Vance" after it ("Later, Vance waved") when so written before
            titled = (at > 0 and is_role(text_key(words[at - 1].strip(EDGE)))) or key in self._titled_words
            passed = not strict or placed[at] or titled or other_kind[at]
            if kinds and passed and not ((word.isupper() and not _RATING_GRADE.fullmatch(word))
                                         or key in _STATE_BODIES or of_kind[at]):
                continue
            return True
        return False

    def _through(self, bare: str, want: list[str]) -> list[Collection[str]]:
        """The words of each other body the description ``bare`` (its words ``want``) may mean though it was never a
        source: one seen only through its spokesperson or in a person's role, not one the role writes as "the"
        ``bare``'s, nor one it writes with the description's own words after "of the" or the like ("Ana Ruiz of the
        weather service's office in Orrin", "a forecaster with the weather service": the body "the weather service"
        means, no other)."""
        # a body seen only through its spokesperson or in a person's role ("Russia's defence ministry
        # spokesman", "Russian defence ministry spokesman Igor Lenz") is another candidate when its
        # words say it is another body; "union general secretary Tomas Brandt" names no other union
        spoken_for = [n.removesuffix(" spokesperson") for n in self._bodies.holding(want + ["spokesperson"])
                      if n.endswith(" spokesperson")]
        through: list[Collection[str]] = [body.split() for body in spoken_for if _names_body(bare, body)]
        # a person written as "the trust's head of science" or "Ana Ruiz of the weather service's office" speaks for
        # the body in view, no other
        through += [self.people[p] for p in self._by_role.holding(bare.split())
                    if not _writes_body_as(self._role_spans.get(p, ""), bare)]
        return through

    def _body_described(self, want: list[str], denial: bool) -> str | None:
        """The one body described with the words ``want`` of a description (see :meth:`_note_kind`), when they
        end with a body's kind but a company's alone, or a trade's ("the security firm", "the ferry operator", "the
        planemaker"; "the company" or "the firm" alone is read by :meth:`_company_described`); in a ``denial``, not an
        accuser (see :meth:`_accuser`)."""
        # "the group" or "the watchdog" means the one body described as a "watchdog group" ("A watchdog group,
        # Civic Compass"), in a denial not one that alleged and never denied; "the company" is read below
        # "the watchdog" means a group described by a watchdog's cause too ("A government ethics group, Clear Ledger")
        watchdog = want == ["watchdog"]
        described = [n for n, kinds in self.body_kinds.items()
                     if (want[-1] in BODY_KINDS - COMPANY_WORDS or want[-1] == "ngo" or trade_head(want[-1])
                         or (len(want) > 1 and want[-1] in COMPANY_WORDS))
                     and (set(want) <= kinds or (watchdog and "group" in kinds and bool(kinds & _WATCHDOG_CAUSES)))
                     and not (denial and self._accuser(n))]
        return described[0] if len(described) == 1 else None

    def _company_described(self, bare: str, denial: bool) -> str | None:
        """The one company in view that the description ``bare`` means, by the short name it spoke by if any; in
        a ``denial``, never the accuser (see :meth:`_accuser`) nor a company whose claim another denied since ("Kellin
        Labs said the database was open. PulseTrack denied it. 'We found no theft,' the company said.")."""
        # "the company" means the one company in view or accused by name (see ``_COMPANY_NAME``), "Bank of America
        # Corp" and "America Corp" one; "the carmaker" the one described as a carmaker
        named = {n: shown for n, shown in self._named_kinds.get("company", {}).items() if n not in self.companies
                 and not any(c.endswith(f" {n}") or n.endswith(f" {c}") for c in self.companies)}
        companies = ([*self.companies, *named] if bare in COMPANY_WORDS
                     else [c for c, kinds in self.kinds.items() if bare in kinds]
                     or self._of_trade_said(bare, list(named), denial))
        # "Orvane Pharma" and "Orvane Pharma Inc.", both noted: one company, by its full name
        companies = [c for c in companies if not any(_short_for(other, c) for other in companies if other != c)]
        name = self._one_named([self._spoken_as(company) for company in companies], denial, answered=True)
        if name is not None:
            self.shown.setdefault(name, self.companies.get(companies[0]) or named[companies[0]])
        return name

    def _of_trade_said(self, bare: str, accused: list[str], denial: bool) -> list[str]:
        """Those of the companies named only as the ``accused`` of an accusing verb (see ``_COMPANY_NAME``) that the
        trade's noun ``bare`` may mean in a ``denial`` though no description wrote them so, as "the company" would:
        "Ridgeline Homes" for "the developer" of "Tenants accused Ridgeline Homes of ignoring damp. A spokesman for the
        developer denied it.", whose name says a builder's trade (see :meth:`_may_describe`); none outside a denial,
        nor for a noun of no trade ("the group"), nor for a firm named otherwise ("Harlow Engines" of "cooperating with
        Harlow Engines" is no "manufacturer")."""
        if not denial or not (bare in _NAMED_TRADES or trade_head(bare)):
            return []
        return [company for company in accused if self._may_describe(bare, company)]

    def _person_described(self, bare: str, want: list[str], denial: bool, anyone: bool = False) -> str | None:
        """The one person whose role the description ``bare`` (its words ``want``) fits, when that person was
        named just before, or ``anyone`` named, or, in a ``denial``, before accusers only, or anywhere when the
        description has a word that tells it from another role of its kind (see :func:`_qualifiers`: "the Ruiz
        aide", "the defense secretary", "the California Democrat") when the person who spoke last may not hold
        it unsaid (see :meth:`_spoke_last_untold`); else ``None``. A post in
        letters of ``SHORT_POSTS`` ("the SP", "the deputy CM") is one office, whose one holder named anywhere before
        it means ("Superintendent of Police Ravi Lund said ... Tomas Brandt said ... The SP said": Lund), and so is a
        city's office or a case's judge of ``_ONE_HOLDER_OFFICES`` ("Mayor Carla Whitcomb said ... Omar Baines said
        ... The mayor said"), and a state's of ``_ONE_HOLDER_STATE_OFFICES`` ("the governor")."""
        # "the Dunmore boss" is the Dunmore manager or coach (see ``ROLE_SYNONYMS``)
        readings = [want, *(want[:-1] + [role] for role in ROLE_SYNONYMS.get(want[-1], ()))]
        fitting = {p for words in readings for p in self._by_role.holding(words)
                   if _describes_person(" ".join(words), self.people[p])}
        unparty = [word for word in want if word not in _PARTY_OF]
        if not fitting and unparty and unparty != want:
            # "the Republican governor" after "Gov. Tom Vask", written with no party, is him when no role written
            # with him names another party
            fitting = {p for p in self._by_role.holding(unparty)
                       if _describes_person(" ".join(unparty), self.people[p])
                       and _parties_named(self.people[p]) <= _parties_named(want)}
        if not fitting and len(want) > 1 and _role_head(bare) == want[-1]:
            # "the Kessel senator" or "the embattled senator" after "Sen. Ana Ruiz", written with no word that tells
            # her office from another's (see :func:`_qualified_anew`)
            fitting = {p for p in self._by_role.holding(want[-1:]) if _qualified_anew(want, self.people[p])}
        if not fitting and want[0] == "former" and _role_head(bare) in PERSON_ROLES and self.topic_person:
            return self._topic_described()  # "Tom Vask cast his ballot. ... the former state senator said"
        if not fitting:
            return self._surname_described(want)
        if len(fitting) != 1:  # "the minister" with two ministers: no one
            return None
        person = fitting.pop()
        # named just before, or the subject of the sentence before ("Gov. Ana Ruiz ... Ruiz pounced. The governor
        # said"), or in a denial a source named before accusers only, who deny nothing ("Minister Ana Corvell
        # denied it. Sami Rahimi called for an audit. The minister rejected that call.")
        if (person in (self.described, self.topic_person) or anyone or any(word in SHORT_POSTS for word in want)
                or want in _ONE_HOLDER_OFFICES
                or ((_qualifiers(want) or want in _ONE_HOLDER_STATE_OFFICES) and not self._spoke_last_untold(person))
                or (want in _ONE_HOLDER_POSTS and not self._spoke_last_untold(person)
                    and not self._role_credited_since(person, want[-1]))
                or (denial and self._accusers_since(person) and (person in self.names or self._accused(person)))):
            return person
        return None

    def _surname_described(self, want: list[str]) -> str | None:
        """The surname alone the sentence before named with a title and no source ("Gov. Vask vetoed the bill."; see
        :meth:`_see_titled`) that the description ``want``, a role alone, fits ("The governor said"), when no person
        named in full holds that role, or the one person named in full by that surname; ``None`` for none. Not noted
        as a person otherwise: a word after a title may be a place's or a body's ("Gov. Ohio", "Sen. Finance")."""
        if self._described_surname is None or len(want) != 1:
            return None
        surname, roles = self._described_surname
        if want[0] not in roles or surname in self.places or surname in self.companies or self._by_role.holding(want):
            return None
        people = self._by_last.holding([without_accents(surname)])
        if len(people) > 1:
            return None  # two people of that surname named in full: either
        return next(iter(people), surname)  # "Donald Ruiz said ... Gov. Ruiz vetoed it": him

    def _role_credited_since(self, person: str, head: str) -> bool:
        """Whether a source with no name, only a role ending in ``head``, was credited since ``person`` was ("Lawyer
        Ana Ruiz said ... Another lawyer said ... The lawyer said" may be the other's words)."""
        credited = list(self._credited)
        since = credited[credited.index(person) + 1:] if person in credited else credited
        return any(name.rpartition(" ")[2] == head and name not in self.people for name in since)

    def _spoke_last_untold(self, person: str) -> bool:
        """Whether the source credited last is another person than ``person``, written with no role of their own,
        who may hold ``person``'s role unsaid ("Sami Rahimi called for an audit. The health minister said ..." may be
        Rahimi's words)."""
        last = next(reversed(self._credited), None)
        return last is not None and last != person and last in self.people and not self.people[last] & PERSON_ROLES

    def _topic_described(self) -> str | None:
        """The person the sentence before wrote of as its subject (``topic_person``), whom a former office with "the"
        that no one named so far was written with describes ("Tom Vask cast his ballot in Marlow. Speaking to
        reporters afterward, the former state senator said ..."), noted as a person from now on."""
        person = self.topic_person
        if person is not None and person not in self.people:
            self._note_person(person, frozenset())
        return person

    def _accused(self, person: str) -> bool:
        """Whether a source named since ``person`` was last named made an allegation: the person, named with a title
        though no source, is then the one accused, who may answer ("Brent Kolber accused Senator Clara Venn of ...
        The senator denied it.", "Prime Minister Aurel Dinescu is seeking a third term. Marta Ostrova accused him
        of ... The prime minister denied it.")."""
        named = list(self._mentioned)
        return any(name in self.alleged for name in named[named.index(person) + 1:])

    def _person_so_called(self, bare: str, denial: bool) -> str | None:
        """The one person that a description by age, by a player's ranking or by nationality alone, written with
        "the", means: "the 52-year-old" the one person written with that age after their name ("Pavel Orr, 52,"), "the
        world No. 3" or "the No. 3" the one written with that ranking beside their name ("world No. 3 Ana Ruiz": see
        :meth:`_see_so_called`), a source or not yet (who is noted as a person then), "the Croatian" or "the
        Yorkshireman" (or another one-word noun in "-man", "the congressman"; "the Spaniard" one written "Spanish"
        too: see ``PERSON_DEMONYMS``) the one person described so ("Croatian player Ana Kovac"), when one of the last
        ``_DEMONYM_REACH`` people named or the one named just before; in a ``denial`` never an accuser; ``None`` for
        none, or for two of that age or description, whom sports and features copy tell apart so."""
        described = _so_called_key(bare)
        written = self._so_called.get(described, {}) if described else {}
        fitting: Collection[str]
        recent: Collection[str]
        if described:
            fitting = recent = written.keys()  # a person, a source or not yet ("Dorsey Kell, 43, runs the ferry.")
        elif " " not in bare and (_nationality(bare) or DEMONYM.fullmatch(bare) or bare in PERSON_DEMONYMS):
            # "the Spaniard" is also one written "Spanish"
            fitting = self._by_role.holding([bare]) | self._by_role.holding([PERSON_DEMONYMS.get(bare, bare)])
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

    def _candidate_credited_last(self, bare: str, denial: bool, before: str, after: str) -> str | None:
        """The person credited just before that a candidate's description with "the" means: a party or an office
        before "candidate", "nominee" or "hopeful" (see :func:`_candidate_description`: "The Republican presidential
        nominee added" after "Tom Vask said ..."), on the terms of :meth:`_described_credited_last` ("The Democratic
        nominee ... her husband" is no man's), when no role written with them names another party and no other
        person was written with the description's words; ``None`` otherwise."""
        words = _candidate_description(bare)
        person = None if words is None else self._described_credited_last(denial, before, after)
        if person is None or words is None or (_parties_named(self.people.get(person, ())) - _parties_named(words)
                                               or self._by_role.holding(words) - {person}):
            return None  # "the Democratic nominee" is not "GOP nominee Tom Vask", nor Vask if "Democratic
            # nominee Ana Ruiz" was written
        return person

    def _state_credited_last(self, bare: str, denial: bool, before: str, after: str) -> str | None:
        """The person credited just before that a description by a US state with "the" means: the state's name
        before a party's member or a state's office (see :func:`_state_description`: "the Ohio Republican said" or
        "the Ohio senator said" after "Senate Majority Leader Tom Vask said ..."), on the terms of
        :meth:`_described_credited_last`, when no role written with them names another state, nor another party
        (before a party's member) or another office of ``_STATE_OFFICES`` (before an office), and no other person
        was written with the description's head but for another state ("Sen. Ana Ruiz" leaves "the Ohio senator"
        no one's); ``None`` otherwise."""
        described = _state_description(bare)
        person = None if described is None else self._described_credited_last(denial, before, after)
        if person is None or described is None:
            return None
        state, head = described
        roles = self.people.get(person, frozenset())
        others = {p for p in self._by_role.holding([head]) - {person} if _states_named(self.people[p]) <= {state}}
        if head in _STATE_OFFICES:
            # "Gov. Tom Vask" is no senator; "Rep. Tom Vask" is "the Idaho congressman"
            other_side = set(roles & _STATE_OFFICES) - {head, *ROLE_SYNONYMS.get(head, ())}
        else:
            other_side = _parties_named(roles) - _parties_named([head])
        if others or other_side or _states_named(roles) - {state}:
            return None
        return person

    def _compatriot_credited_last(self, bare: str, denial: bool, before: str, after: str) -> str | None:
        """The person that a noun for one person of a nationality, with "the", means when no one was written with
        that nationality (see ``PERSON_DEMONYMS``): the person the sentence just before wrote of as its subject
        (``topic_person``: "Lind was disappointed. '...,' the Swede said."), when its own sentence names no one else
        before it, else the person credited with the sentence just before ("The Spaniard admitted" after "'...,' the
        world No. 3 said"), on the terms of :meth:`_described_credited_last` (named alone); either when no nationality
        was written with them (not "Croatian player Ana Kovac") and in a ``denial`` no accuser; ``None`` otherwise.
        "The Portuguese" may be a side, and stays itself."""
        nationality = PERSON_DEMONYMS.get(bare)
        if nationality is None or self._by_role.holding([bare]) or self._by_role.holding([nationality]):
            return None
        person = self.topic_person
        if person is None:
            person = self._described_credited_last(denial, before, after, alone=True)
            if person is not None and self._credited[person] != self._seen_count - 1:
                return None  # not credited with the sentence just before: "Lind was disappointed" may be between
        elif _people_in(before) - set(person.split(" ")) or (denial and self._accuser(person)):
            return None
        # a nationality among the roles written with them or in the words read as their name ("Croatian Lind")
        written = {*self.people.get(person, frozenset()), *person.split(" ")} if person else set()
        if person is None or any(_nationality(word) or word in PERSON_DEMONYMS for word in written):
            return None
        return self._topic_described() if person == self.topic_person else person

    def _described_credited_last(self, denial: bool, before: str, after: str, alone: bool = False) -> str | None:
        """The person credited just before whom a description of one person with "the" may mean: the source named
        last, no other person's full name written since they were named (nor earlier in the description's sentence,
        ``before``, but in a quotation closed there, whose words the description's person speaks: '"Ana Ruiz lied,"
        the nominee said'; where ``alone``, nor in the sentence naming them: "Ana Ruiz said she lost to Mara Lind"), the
        "he", "she", "his" or "her" after it (in ``after``) not all of their other sex, and in a ``denial`` one who
        made no allegation; ``None`` otherwise."""
        person = next(reversed(self._credited), None)
        if person is None or person != self.described or (denial and self._accuser(person)):
            return None
        said = {_POSSESSIVE_SEX.get(word.lower(), word.lower()) for word in _HE_SHE_HIS_HER.findall(after)}
        if said and self.sex_of(person) not in said | {None}:
            return None
        named = self._named_at.get(person, self._seen_count) + (0 if alone else 1)
        others = {surname for (surname, _), at in self._written_at.items() if named <= at < self._seen_count}
        return None if (others | _people_in(_CLOSED_QUOTATION.sub(" ", before))) - set(person.split(" ")) else person

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
        """The company whose name the one word ``bare`` starts ("velmora" of "velmora pharma ag"; or a firm by its
        name that was a sentence's subject, "northline" of "northline rail freight": see ``_acting_firms``), when it
        starts no other name seen so far (a source's or a company's: not "Apple" with "Apple Inc." and "Apple Daily")
        and was never written as a place or a person's surname."""
        starting = self._names_started(bare)
        firms = self.companies.keys() | self._acting_firms.keys()
        return next(iter(starting)) if starting is not None and len(starting) == 1 and starting <= firms else None

    def _names_started(self, bare: str) -> set[str] | None:
        """The names of sources, companies and firms (see ``_acting_firms``) seen so far that the one word ``bare``
        starts, a company and the short name it spoke as counted once ("orvane pharma inc", "orvane pharma"), no
        spokesperson's ("torrin spokesperson"); ``None`` when it was written as a place or a person's surname."""
        if " " in bare or bare in self.places or bare in self.surnames:
            return None
        acting = {n for n in self._acting_firms if n.startswith(bare + " ")}  # few: most texts note none
        starting = {n for n in self._bodies.holding([bare]) | self._company_starts.holding([bare]) | acting
                    if n.startswith(bare + " ") and not n.endswith(" spokesperson")}
        companies = starting & self.companies.keys()
        return starting - {short for company in companies for short in self._short_names(company)} - {
            firm for firm in acting if any(_short_for(company, firm) for company in companies)}

    def _chief_of_headline(self, person: str, text: str, after: str) -> None:
        """Credit to ``person`` the headline's "<Firm> CEO" (a source named in the first sentence only: "Quillon CEO
        defends data policy") when the span ``text`` or what follows it (``after``) names the person as that firm's
        chief executive ("Quillon's chief executive, Rafe Delacroix", "Rafe Delacroix, Quillon's chief executive,");
        with two people so named, neither."""
        written = fold_apostrophes(text + after)
        surname = person.rpartition(" ")[2]
        at = written.lower().find(surname)
        found = _FIRM_CHIEF_BEFORE.match(text.strip(EDGE)) or (
            _FIRM_CHIEF_AFTER.match(written, at + len(surname)) if at >= 0 else None)
        if found is None:
            return
        firm = text_key(found.group(1) or found.group(2))
        for role in (f"{firm} ceo", f"{firm} chief executive"):
            if self._mentioned_at.get(role) != 1:
                continue  # no source of the headline's alone
            if self._headline_chiefs.setdefault(role, person) == person:
                self.named_later[role] = person
            else:
                self._headline_chiefs[role] = ""  # a second chief executive: the headline may mean either
                self.named_later.pop(role, None)

    def _note_group_firm(self, name: str, after: str) -> None:
        """Note the source ``name`` as a firm's when it is a word, not a body's or a civic group's, and "group",
        and "it" comes just after the cue that follows it (``after``: "Harlow Group said it would appeal"), as of a
        business ("Harbour Rights Group", "Harlow Group said they" stay apart), or a word that is no known given name
        and any other word, followed by a firm's step (see ``_ACTED_AS_FIRM``: "Brennor Optics said it would cut 300
        jobs", a trade not of ``FIRM_NAME_ENDS``, no person's surname), or a club's word and a word that ends only a
        club's name ("Marlow United", as sport copy then writes "Marlow say": see ``CLUB_ONLY_ENDS``): its first word
        alone later joins it (see
        :meth:`_group_firm`), and it is no person. It is noted as no company: "Group" names civic bodies too, and
        "the company" keeps its reading."""
        words = name.split(" ")
        pronoun = CUE_THEN_PRONOUN.match(after)
        said_it = pronoun is not None and pronoun.group(1).lower() == "it"
        if (len(words) == 2 and (words[1] == "group" and said_it or words[1] in CLUB_ONLY_ENDS
                                 or _ACTED_AS_FIRM.match(after) is not None and not is_given_name(words[0]))
                and words[0] not in BODY_NOUNS and words[0] not in _CIVIC_NAME_WORDS):
            self._group_firms.setdefault(words[0], name)

    def _group_firm(self, bare: str) -> str | None:
        """The firm noted by :meth:`_note_group_firm` whose first word is the one word ``bare`` ("harlow group" of
        "harlow"), when that word starts no other name seen so far (a source's or a company's) and was never written
        as a place or a person's surname ("Harlow said" after "a court in Harlow" stays apart)."""
        firm = self._group_firms.get(bare)
        if firm is None or bare in self.places or bare in self.surnames:
            return None
        starting = {n for n in self._bodies.holding([bare]) | self._company_starts.holding([bare])
                    if n.startswith(bare + " ") and not n.endswith(" spokesperson")}
        return firm if starting == {firm} else None

    def _mention(self, name: str) -> None:
        """Note that ``name`` was named now, after every other source named so far."""
        self._mentioned.pop(name, None)
        self._mentioned[name] = None
        self._mentioned_at[name] = self._seen_count

    def _accusers_since(self, person: str) -> bool:
        """Whether every source named since ``person`` was last named made a claim in its last credited
        sentence, or serves ``person`` (see :meth:`_serves_person`), so none of them is another who denies now
        ("Vantigem's lawyer, Pia Holm, said he would appeal ... The sprinter denied wrongdoing": Vantigem)."""
        named = list(self._mentioned)
        return all(name in self._claimed_last or self._serves_person(name, person)
                   for name in named[named.index(person) + 1:])

    def _serves_person(self, name: str, person: str) -> bool:
        """Whether the source ``name`` was written as one serving ``person`` by a role of ``_SERVING_ROLES`` and that
        person's surname ("Vantigem's lawyer, Pia Holm"), whose denial is the person's side, not another's."""
        roles = self.people.get(name, frozenset())
        return name != person and bool(roles & _SERVING_ROLES) and without_accents(person.rpartition(" ")[2]) in roles

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
        seen so far, a source ("Israel Defense Forces") or a company ("Israel Chemicals Ltd"); not of the people
        around a person named by it ("vask" of "the Vask campaign", "the Vask camp": see ``PERSON_S_SIDE``)."""
        return (word in self.places or word in self._company_words
                or any(not PERSON_S_SIDE.fullmatch(body, len(word)) for body in self._bodies.holding([word])))


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

    def add(self, given: frozenset[str], name: str, shown: str, sex: str | None, listed: bool = False) -> None:
        """File the full name ``name`` (its key; ``shown`` as written) with the keys of its given names ``given``, one
        of which must be a known given name (see :func:`framing.given_names.given_name_sex`; not "Yet Pelosi" of a
        sentence's opening) unless the name was ``listed`` among people's names (see :func:`_listed_names`: "Lee Orr"
        of "Ana Bell, Tom Vask and Lee Orr"); ``sex``: that of the person so noted, if any."""
        if not listed and not any(given_name_sex(word) or given_name_spelling(word) for word in given):
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
        (at for at, word in enumerate(shown_words) if is_given_name(word) or INITIAL.fullmatch(word)), None)
    return None if first is None else (" ".join(words[first:]), " ".join(shown_words[first:]))


def _listed(source: str) -> list[str]:
    """The parts of the source ``source`` at the commas and the "and" of a list ("dan orr", "mira lisk" and "tom
    vask" of "dan orr, mira lisk and tom vask"); the source alone where it holds no "and"."""
    return _LIST_PARTS.split(source) if " and " in source else [source]


def _people_joined(source: str, shown: str) -> dict[str, str]:
    """The parts of the source ``source`` (``shown`` so) that names two people or more joined by "and" (and commas
    before it: see :func:`_listed`), each a personal name of two words or more (see :func:`is_name`), that open with
    a known given name or an initial ("jane e. corlow" and "t. r. pamber" of "Jane E. Corlow and T. R. Pamber", "brad
    sherman" of "Brad Sherman and Al Green"), by their keys, as written; none for any other source ("food and drug
    board", "Trump and Clinton")."""
    keys, written = _listed(source), _listed(shown)
    if len(keys) < 2 or len(keys) != len(written) or any(len(part.split(" ")) < 2 or not is_name(part.split(" "))
                                                          for part in written):
        return {}
    return {key: part for key, part in zip(keys, written)
            if is_given_name(part.split(" ")[0]) or INITIAL.fullmatch(part.split(" ")[0])}


def _in_list_of_names(source: str, word: str) -> bool:
    """Whether the source ``source`` is a list of names joined by "and", one of which ends with ``word`` ("trump and
    clinton", "donald trump and hillary clinton" for "clinton"): people named together, not a body whose name
    holds the word."""
    parts = _listed(source)
    return len(parts) > 1 and any(part.rsplit(" ", 1)[-1] == word for part in parts)


def _rank_key(rank: str, seed: str | None) -> str:
    """The key of a player's ranking ``rank`` ("3"), or of a seeding where ``seed`` is written: "no. 3", "no. 9
    seed"; "world No. 3" and "number 3" are one ranking."""
    return f"no. {rank}{' seed' if seed else ''}"


def _so_called_key(bare: str) -> str | None:
    """The key that a description by age or by a player's ranking alone (the key ``bare``: "52-year-old", "world
    no. 3", "no. 9 seed") notes its person by (see :meth:`SourceIndex._see_so_called`); ``None`` for another."""
    if AGE_ALONE.fullmatch(bare):
        return bare
    ranked = RANK_ALONE.fullmatch(bare)
    return _rank_key(ranked.group(1), ranked.group(2)) if ranked else None


def _generic(bare: str, written: str) -> bool:
    """Whether a mention ``written`` so (its key ``bare``) is a description, which joins a source only with "the",
    not a name: in lower case, an organisation word alone ("The Ministry"), a role or a civic body's noun in
    capitals ("MINISTER DENIES ...", "the NGO"), or a player's ranking ("world No. 3": see ``RANK_ALONE``)."""
    return (written.islower() or all(w in INSTITUTIONS for w in written.split())  # "The Ministry"
            or (written.isupper() and all(w in PERSON_ROLES or w in CIVIC_DESCRIPTIONS for w in bare.split()))
            or RANK_ALONE.fullmatch(bare) is not None)


#: A verb just after a sentence's subject, an auxiliary or one in the past ("Northline has responded.", "Northline
#: declined to comment."), not a noun the subject owns ("Halvex shares rose"): the subject itself acts.
_SUBJECT_ACTS = re.compile(r"\s+(?:has|have|had|did|does|was|is|will|would|could|[a-z]+ed)\b")


def _with_stop(written: str, text: str) -> str:
    """The display form ``written`` with the full stop that ``text``, the words it was read from, writes after
    it when its last word is an abbreviation that ends a name ("Ana Ruiz Jr.", "Acme Corp.", "Harbour City
    F.C."): the stop is cut with the span's edges, and a source is shown as written in full."""
    last = written.rpartition(" ")[2]
    if not (last.lower() in _NAME_ENDING_ABBREVIATIONS or _INITIALISM.fullmatch(last)):
        return written
    return f"{written}." if re.search(rf"(?<![\w'’-]){re.escape(written)}\.(?!\w)", text) else written


@lru_cache(maxsize=_NAMES_KEPT)
def _written_as_person(name: str, text: str) -> bool:
    """Whether the span ``text`` writes the capitalised words of ``name`` as a person's name, with a personal title
    ("Ms Tory Burch") or a person's role (``PERSON_ROLES``, ``NAMESAKE_ROLES``: "Tory Burch, the designer",
    "founder Tory Burch"; not a business's rank, "Acme Robotics, the market leader", nor its kind, "Wells Fargo,
    the bank"); kept once read, as each mention of a name asks it again."""
    roles = _role_words(text, name)
    head = LEADING.sub("", without_heading(text).strip(EDGE))
    return (person_like(name, text) and not roles & RANKING_MODIFIERS
            and (TITLE.match(head) is not None or bool(roles & (PERSON_ROLES | NAMESAKE_ROLES))))


def _first_keys(person: str) -> set[str]:
    """The keys the person ``person`` is found by from a family name written first: its first word, without its
    accents ("nguyen" of "nguyễn phú trọng")."""
    return {without_accents(person.split()[0])}


def _last_keys(person: str) -> set[str]:
    """The keys the person ``person`` is found by from a surname: its last word, without a glued particle too
    ("assad", "al-assad"), each without its accents ("perez" of "josé pérez"), and the word before a generation's
    suffix ("pruitt" of "harold pruitt sr.")."""
    lasts = {person.split()[-1], without_generation(person).split()[-1]}  # "jr." and "pruitt" of "harold pruitt jr."
    return {without_accents(key) for last in lasts for key in (last, _GLUED_START.sub("", last))}


def _second_last_key(person: str) -> set[str]:
    """The key the person ``person`` is found by from the first of two surnames ("ortega" of "maría luisa ortega
    vidal"): its second-last word without its accents, a generation's suffix left out; none for a name of fewer than
    three words."""
    words = without_accents(without_generation(person)).split(" ")
    return {words[-2]} if len(words) > 2 else set()


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
    for full in {person, without_generation(person)}:  # "trump jr." and "trump" of "donald trump jr."
        before = full.removesuffix(bare)
        if before != full and (before.endswith(" ") or _GLUED_BEFORE.search(before)):
            return True
    return False


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
    at = phrase.end() if phrase and phrase.group(1) in NOT_A_NAME_START else 0
    while True:
        end = text.find(" ", at)
        word = text[at:] if end < 0 else text[at:end]
        if not (word.rstrip(",") in NOT_A_NAME_START or word in ("of", "de")):
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
    return (len(words) >= 2 and words[0] in PARTICLES and words[-1][:1].isupper()
            and all(w in PARTICLES or w[:1].isupper() for w in words))


def _company_of_chief(opening: str) -> re.Match[str] | None:
    """The company that the sentence's ``opening`` names as its chief's, before the chief's name or after it (see
    ``_COMPANY_CHIEF``, ``_CHIEF_OF_COMPANY``), its name in the last group; ``None`` for none, for a name with
    a word of a body that is no company (see ``_NO_COMPANY_WORDS``: "Harbour Authority", "International Monetary
    Fund"), for a pronoun ("Its chief executive, Ann Pell,": the company it means is named before), and for a managing
    director's name in capitals ("IMF")."""
    found = _COMPANY_CHIEF.match(opening) or _CHIEF_OF_COMPANY.match(opening)
    if found is None:
        return None
    name = _last_group(found)
    words = [word.lower() for word in name.split()]
    if (words[0] in PRONOUNS or words[0] in _OWN_PRONOUNS or any(word in _NO_COMPANY_WORDS for word in words)
            or (name.isupper() and _MANAGING_DIRECTOR.search(found[0]) is not None)):
        return None
    return found


def _last_group(found: re.Match[str]) -> str:
    """The last group of ``found`` that took part in the match (its whole match when it has none)."""
    return found[found.lastindex or 0]


def _investing_firm(found: re.Match[str], name: int = 2, kind: int = 1) -> bool:
    """Whether the investor a match of ``_DESCRIBED_INVESTOR`` (or ``_INVESTOR_DESCRIBED_AFTER``: its groups ``name``
    and ``kind`` given) describes is a firm, not a person: a hedge fund, or a short seller or activist investor whose
    name ends as a firm's ("Grayfin Research", "Orrin Capital", "Velta Holdings Ltd"); "short seller Dale Marsh" is a
    person."""
    last = found.group(name).rsplit(None, 1)[-1].lower().rstrip(".")
    return ("fund" in found.group(kind).lower() or last in INVESTOR_NAME_ENDS or last in BUSINESS_NAME_ENDS
            or bool(LEGAL_FORM_END.search(found.group(name))))


def _described_business(text: str) -> re.Match[str] | None:
    """``_DESCRIBED_BUSINESS.match(text)``, tried only where ``text`` holds a word of ``_BUSINESS_KIND_WORDS`` (as
    :func:`framing.textchars.case_blind` reads it), as each match does and few sentences do."""
    folded = case_blind(text)
    if not any(word in folded for word in _BUSINESS_KIND_WORDS):
        return None
    return _DESCRIBED_BUSINESS.match(text)


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
#: What a judge of the High Court is called by before "Justice" ("Mr Justice Brian Hollis", "Mrs Justice Ann Bo").
_JUDGES_HONORIFICS = frozenset("mr mrs ms".split())


#: A relative clause in a span, up to its comma if any ("who left the ministry in January" of "Clara Veen, who left
#: the ministry in January").
_RELATIVE_CLAUSE = re.compile(r"(?<![\w'’-])(?:who|whom|whose|which)\b[^,]*")


#: "The" (or "these", "those") or "another" written before a lone noun, in its span or just before it (the span cut
#: after it): "the people", "these people", "another person" (see :func:`_group_reference`).
_THE_OR_ANOTHER = re.compile(r"(?:^|\s)(the|these|those|another)\s*$", re.I)


#: An unnamed group placed at or from a body, as a key ("researchers at halden university", "engineers from kellin
#: labs"; group 1 the body).
_GROUP_AT_BODY = re.compile(r"(?:[a-z-]+\s+){0,2}?[a-z-]+s\s+(?:at|from|with)\s+(?:the\s+)?(.+)")


#: "at", "from" or "with" and a capitalised name, "the" perhaps between ("at the Vell Lab"), as a group placed at a
#: named body shows it.
_AT_NAMED_BODY = re.compile(r" (?:at|from|with) (?:the )?[A-Z]")


#: The bare plural by which a study's team is written again ("The researchers said", "Its authors said").
_STUDY_TEAM_NOUNS = ("researchers", "scientists", "authors")
#: The plural noun of a research trade heading a group ("marine biologists", "economists", "a team of scientists").
_RESEARCH_TRADE = re.compile(r"[a-z]*(?:olog|econom|scient|physic|chem)ists|researchers|academics|statisticians")


def _placed_plural(name: str) -> str | None:
    """The plural noun of people heading the canonical ``name`` when it is a group placed at or from a body (see
    ``_GROUP_AT_BODY``: "researchers" of "researchers at the vell lab"), ``None`` for any other name."""
    plural = _placed_noun(name)
    return plural if plural and people_plural(plural) else None


def _placed_noun(name: str) -> str | None:
    """The plural noun heading the canonical ``name`` when it is a group placed at or from a body (see
    ``_GROUP_AT_BODY``: "biologists" of "marine biologists at selby university"), ``None`` for any other name."""
    placed = _GROUP_AT_BODY.fullmatch(name)
    plural = re.search(r"([a-z-]+) (?:at|from|with) ", name[:placed.start(1)]) if placed else None
    return plural.group(1) if plural else None


def _group_reference(bare: str, text: str, before: str) -> str:
    """The canonical ``bare`` of the span ``text`` as a reference to a group named before reads it (see
    :func:`_group_member`): a lone noun with "the" or "another" written before it, in the span or just before it
    ("the people", "another person" of "..., another person cautioned"), keeps that word, and "these" or "those"
    is "the" ("these people said"); any other is ``bare``."""
    pointing, _, noun = bare.partition(" ")
    if pointing in ("these", "those") and noun and " " not in noun:
        return f"the {noun}"  # the span holds the word: "these people"
    written = text.strip(EDGE)
    if " " in bare or not written.lower().endswith(bare):
        return bare
    found = _THE_OR_ANOTHER.search(written[:-len(bare)] or before)
    if found is None:
        return bare
    return f"{'another' if found.group(1).lower() == 'another' else 'the'} {bare}"


def _group_member(name: str, group: str) -> bool:
    """Whether the canonical ``name`` is one or some of the unnamed ``group`` (see :func:`_plural_group`) named
    before it: a count of it ("two of the people", "one of the officials" after "people familiar with the matter",
    "officials briefed on the talks"), the group again by its noun with "the" ("the people") or one or another of it
    by the noun's singular ("one official", "another person", see :func:`_group_reference`), or one such person,
    described with the group's words after its noun ("person familiar with the matter", "source close to the
    board", "former employee at the depot"). Not one of other people ("one of the bankers", "another banker"), nor
    one described otherwise ("person close to the buyer"). A group owned by a body's first words ("kellin
    researchers") is the group placed at that body before ("security researchers at kellin labs", see
    ``_GROUP_AT_BODY``), of the same plural noun."""
    member = _OF_THE_GROUP.fullmatch(name)
    group_goes_on = GROUP_GOES_ON.search(group)
    group_head = group[:group_goes_on.start()] if group_goes_on else group
    if member:
        return member.group(1) in (group, group_head, group_head.rsplit(" ", 1)[-1])
    placed = _GROUP_AT_BODY.fullmatch(group)
    owner, _, plural = name.rpartition(" ")
    if (placed and owner and plural == group_head.rsplit(" ", 1)[-1]
            and placed.group(1).split(" ")[:len(owner.split(" "))] == owner.split(" ")):
        return True  # "Kellin researchers" after "security researchers at Kellin Labs": the body's first words
    article, _, noun = name.partition(" ")
    if article in ("the", "another", "one") and noun and " " not in noun:
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


#: A body of people described by whom it is made of ("panel of 40 climate scientists", "small group of students at
#: Orrin"; group 1 their plural noun), whom "the scientists" means as the body (see :func:`_members_of`).
_MADE_OF_PEOPLE = re.compile(rf"(?:[\w-]+\s)*?(?:{'|'.join(sorted(_COLLECTIVE_BODIES))})\s+of\s+"
                             r"(?:[\w-]+\s){0,3}?([a-z]+)(?=$|\s(?:at|from|in|who|on)\s)")


#: A player's position, by which sports copy writes of a player it named by name alone ("Orr denied diving. '...,' the
#: striker said."): the player credited just before, when no one was written with it (see
#: :meth:`SourceIndex._description_stands_for`).
_POSITIONS = frozenset("""striker forward winger midfielder defender goalkeeper keeper playmaker full-back
    centre-back""".split())
#: Nouns of one person the copy will not name, whom "the insider" or "the source" means again ("a source close to
#: the singer", "an insider at the club", "a person familiar with the talks"; see :func:`_anonymous_one_again`).
_ANONYMOUS_ONES = frozenset("source insider person".split())


def _anonymous_one_again(member: str, name: str) -> bool:
    """Whether ``member``, a lone noun with "the" (see :func:`_group_reference`), is the one unnamed person of the
    canonical ``name`` again: "the source" or "the insider" after "source close to the singer" or "insider at the
    club", "the person" after "person familiar with the talks" (its noun one of ``_ANONYMOUS_ONES``, set before a
    word of ``GROUP_GOES_ON``: what makes it a source the copy will not name, as "people familiar with the matter"
    is a group)."""
    article, _, noun = member.partition(" ")
    goes_on = GROUP_GOES_ON.search(name)
    head = name[:goes_on.start()] if goes_on else ""
    return (article == "the" and head in _ANONYMOUS_ONES
            and (noun == head or noun in _ANONYMOUS_ONES - {"person"} and head != "person"))


@lru_cache(maxsize=_NAMES_KEPT)
def _members_of(name: str) -> str | None:
    """The plural noun of the people the canonical ``name`` is a body made of ("scientists" of "panel of 40 climate
    scientists"; see ``_MADE_OF_PEOPLE``), the body "the scientists" then means; ``None`` for any other name. Kept
    once read: each mention reads the sources named just before it (see :meth:`SourceIndex.add`)."""
    found = _MADE_OF_PEOPLE.match(name)
    return found.group(1) if found and people_plural(found.group(1)) else None


def _plurals(noun: str) -> set[str]:
    """The plurals a group of the lower-case ``noun``'s people may be written with ("people" of "person")."""
    return {"people", "persons"} if noun == "person" else {f"{noun}s", f"{noun}es"}


#: Words that "'s" follows as a verb's, not an owner's ("It's", "That's", "Here's").
_CONTRACTED = frozenset("it that there here what who let he she where how when why everyone nobody".split())


def _runs_holding(words: Sequence[str], keys: Collection[str]) -> list[bool]:
    """For each of ``words``, whether the run of capitalised words (small words of ``JOINERS`` between them) that
    holds it holds a word whose key is among ``keys`` ("Fish and Wildlife Service" for "service"); a mark after a
    word ("Portvale,") ends its run. One pass, however long the run."""
    runs: list[list[int]] = [[]]
    for at, word in enumerate(words):
        if not (word[:1].isupper() or word in JOINERS) or (runs[-1] and not words[runs[-1][-1]][-1:].isalnum()):
            runs.append([])
        if word[:1].isupper() or word in JOINERS:
            runs[-1].append(at)
    held = [False] * len(words)
    for run in runs:
        if any(text_key(POSSESSIVE.sub("", words[k].strip(EDGE)).strip(EDGE)) in keys for k in run):
            for k in run:
                held[k] = True
    return held


#: Words that say what kind of body a name is: a business's, its legal form too ("Kremvale Bank", "Orvane Holdings",
#: "Halvex Corp"), and those of each description of one kind ("Secret Service", "Channel Nine", "Harbour Workers
#: Federation"): a body that a description of another kind never means (see :meth:`SourceIndex._names_another`).
_KIND_WORDS = (BUSINESS_NAME_ENDS | frozenset("corp inc ltd llc plc gmbh".split()) | _UNION_NAME_WORDS
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
#: A credit rating's grade ("BBB", "AA+", "CCC-", "Baa3", "Aa1"), written in capitals though it names no body: no
#: agency's name that would keep "the agency" from the body in view (see :meth:`SourceIndex._names_another`).
_RATING_GRADE = re.compile(r"(?:AAA|AA|BBB|BB|CCC|CC|SD|RD)[+-]?|(?:Aaa|Aa|Baa|Ba|Caa)[123]?|(?:A|B)[123]")
#: A name set apart by commas after "its" and a noun in lower case, the body's own auditor, adviser or unit ("its
#: auditor, Brandt & Vale," of "Meridia said its auditor, Brandt & Vale, had resigned"): named as what the body has,
#: no other body that a description of it means (see :meth:`SourceIndex._names_another`). Not a firm it deals with
#: as another ("its rival, Harlow Foods,", "its buyer", "its former owner"), which "the company" may mean.
_ITS_OWN_NAMED = re.compile(r"(?<![\w'’-])its\s+(?:[a-z][\w'’-]*\s+){0,2}"
                            r"(?:auditors?|advis[eo]rs?|units?|subsidiar(?:y|ies)|divisions?|arm|brands?|lawyers?|"
                            r"bankers?|brokers?|consultants?|registrar|trustees?),\s+"
                            r"[A-Z][\w'’.-]*(?:\s+(?:&\s+|and\s+|of\s+)?[A-Z][\w'’.-]*){0,3}(?=\s*[,.;]|\s*$)")
#: A place named with its kind after a preposition of place, no longer name going on ("in Varn County", "across
#: Orla Province"; not "in Varn County Court" nor "the Varn County Health Department"), which no description of a
#: company, a civic body, an agency or a network means (see :meth:`SourceIndex._names_another`).
_PLACE_OF_KIND = re.compile(r"(?<![\w'’-])(?:in|across|throughout|near|outside)\s+(?:[A-Z][\w'’-]*\s+){1,2}"
                            r"(?:County|Province|District|Parish|Township)(?![\w'’-])(?!\s+[A-Z])")
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
_CAPITALISED_PAIR = re.compile(r"(?=[A-Z])(?<![\w'’-])([A-Z][\w'’-]*)\.?\s+(?=([A-Z][\w'’-]*))")


def _titled_words_in(sentence: str) -> set[str]:
    """Keys of the capitalised words ``sentence`` writes just after a person's capitalised title ("vance" of "Senator
    Vance left early"): a person's name, though no source, which a description of one kind does not pass over as a
    body of that kind where it is written alone (see :meth:`SourceIndex._names_another`)."""
    return {text_key(POSSESSIVE.sub("", found.group(2))) for found in _CAPITALISED_PAIR.finditer(sentence)
            if is_role(text_key(found.group(1)))}


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
    that: one written as an owner ("Orsk's shares fell"), not a time's ("Monday's talks": see ``NOT_AN_OWNER``)
    nor a contraction ("It's")."""
    first = fold_apostrophes(words[0].strip(EDGE)) if words else ""
    if not first[:1].isupper() or not first.endswith("'s"):
        return False
    return first[:-2] not in NOT_AN_OWNER and first[:-2].lower() not in _CONTRACTED


#: A relative clause set after a description by a comma, up to the next comma or stop (", which disclosed a short
#: position in Calder's shares" of "The firm, which disclosed a short position in Calder's shares, said").
_OWN_CLAUSE = re.compile(r"\s*,\s*(?:which|who|whose)\s+[^,;.]*")


def _named_in_own_clause(after: str, body: str) -> bool:
    """Whether the relative clause set after a description (``after``: the sentence's text after it; see
    ``_OWN_CLAUSE``) names the body ``body`` by its first word, capitalised, in the possessive or not: the clause
    tells the description's body from that one ("The firm, which disclosed a short position in Calder's shares,
    said" is not Calder Mining)."""
    found = _OWN_CLAUSE.match(after)
    if found is None:
        return False
    named = {text_key(POSSESSIVE.sub("", word.strip(EDGE)).strip(EDGE)) for word in found.group().split()
             if word[:1].isupper()}
    return body.split(" ")[0] in named


@lru_cache(maxsize=_NAMES_KEPT)
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


#: The party member a tag's letter writes, as a description's last word ("the Ohio Democrat").
_PARTY_MEMBERS = {"R": "republican", "D": "democrat", "I": "independent"}
#: Such a tag just after a name, a comma or a bracket perhaps between ('Sen. Ana Ruiz (D-N.Y.) said').
#: A verb of testimony just after a person's mention ("testified", "told jurors", "told the court"): a witness.
_TESTIFIED = re.compile(r"\s*,?\s*(?:(?:also|later|then|\w+ly)\s+)?(?:testified|testifies|"
                        r"told\s+(?:the\s+)?(?:jurors|jury|court|inquest|tribunal|hearing))\b")
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
    for found in PARTY_STATE.finditer(text):
        written = found.group(2)
        state = _US_STATES.get(re.sub(r"[.\s]", "", written)) or _US_STATES.get(written.split()[0].strip("."))
        words.update([*state.lower().split("_"), _PARTY_MEMBERS[found.group(1)]] if state else ())
    return frozenset(words)


def _party_state_after(text: str, end: int) -> frozenset[str]:
    """The state's words (see :func:`_party_state_words`) of a party and state tag that follows a name ending at
    ``end`` in ``text`` ("Sen. Ana Ruiz (D-N.Y.) told reporters": new, york); none for none."""
    found = _PARTY_STATE_AFTER.match(text, end)
    tag = PARTY_STATE.match(text, found.end()) if found else None
    return _party_state_words(tag.group(0)) if tag else frozenset()


@lru_cache(maxsize=_NAMES_KEPT)
def _role_words(text: str, name: str) -> frozenset[str]:
    """The lower-case words written with a person's name, minus the name ("foreign ministry
    spokesman Wang Wenbin" → foreign, ministry, spokesperson), for "the spokesperson" to find them; an
    abbreviated title adds its role spelled out ("Supt", "Det Insp", "Cllr" and a judge's "Mr Justice" add
    superintendent, detective and inspector, councillor, judge), for "the superintendent" to find them too. A
    relative clause's words are not the person's role ("Clara Veen, who left the ministry": no "ministry"). Kept once
    read, as several rules ask it of the same span."""
    words = {POSSESSIVE.sub("", w.strip(EDGE)).lower() for w in _RELATIVE_CLAUSE.sub("", text).split()}
    words -= _anothers_roles(text)
    words = {"spokesperson" if re.fullmatch(r"spokes(?:man|woman|person)", w) else w for w in words}
    words |= {_ABBREVIATED_ROLES[w] for w in words if w in _ABBREVIATED_ROLES} | _party_state_words(text)
    # a post in letters and spelled out: "CM N Chandra Rao" is "the chief minister", "Prime Minister Jo Ames" "the PM"
    words |= {part for letters in words & SHORT_POSTS.keys() for part in SHORT_POSTS[letters].split(" ")}
    words |= {letters for letters, post in SHORT_POSTS.items() if set(post.split(" ")) <= words}
    if "justice" in words and words & _JUDGES_HONORIFICS:
        words.add("judge")
    return frozenset(words - set(name.split()) - {"the", "a", "an", ""})


#: Offices of one holder in a story, a city's or county's and the judge's of a case, whom "the mayor", "the police
#: chief" or "the judge" means however many sources came between, when one person named before held it (see
#: :meth:`SourceIndex._person_described`; two judges named, "the judge" is neither); and so "the witness", the one
#: person named as testifying (see ``_TESTIFIED``).
_ONE_HOLDER_OFFICES = [["mayor"], ["sheriff"], ["police", "chief"], ["fire", "chief"], ["judge"], ["witness"]]
#: A state's or a nation's office of one holder, read as ``_ONE_HOLDER_OFFICES`` are unless the source credited last,
#: written with no role, may hold it unsaid (see :meth:`SourceIndex._spoke_last_untold`): "Gov. Tom Vask vetoed the
#: bill. Ana Ruiz, a senator, said ... The governor said" is Vask's; so "the president" after "President Tom Vask".
_ONE_HOLDER_STATE_OFFICES = [["governor"], ["president"]]
#: A body's or a government's post of one holder, read as ``_ONE_HOLDER_STATE_OFFICES`` are, and also unless a source
#: named only by that post spoke since ("Harbour Authority chief executive Lena Marsh rejected the audit. Auditor
#: General Pavel Orr said ... The chief executive said" is Marsh's; "the minister" or "the senator" where one is
#: named). Not a post of many holders ("the aide", "the lawyer"), which may be another's once someone else was named.
_ONE_HOLDER_POSTS = [["chief", "executive"], ["ceo"], ["premier"], ["minister"], ["senator"]]
#: A person written as serving, advising or opposing another by role: "a spokesman for the mayor", "an aide to the
#: governor", "a critic of the mayor", "the mayor's spokesman" (the role after "the", or before "'s" and a noun).
_ANOTHERS_ROLE = re.compile(
    r"\b(?:(?:spokes(?:man|woman|person)|aide|advis[eo]r|critic|opponent|rival|ally|assistant|deputy|secretary"
    r"|staff|lawyer|attorney)s?\s+(?:for|to|of)\s+the\s+([a-z]+(?:\s+[a-z]+)?)\b"
    r"|\bthe\s+([a-z]+)['’]s\s+[a-z])", re.I)


#: A titled name in the possessive before a lower-case noun ("President Vask's chief of staff", "Gov. Ana Ruiz's
#: aide"): its words (group 1), whose title is the possessor's role, not the role of the person the span names.
_TITLED_POSSESSOR = re.compile(r"((?:[A-Z][\w.-]*\s+){1,4})[A-Z][\w-]*['’]s\s+[a-z]")


def _anothers_roles(text: str) -> set[str]:
    """The person's roles in a source span ``text`` that are another person's, whom the span's person serves or
    opposes ("mayor" of "Eli Grant, a spokesman for the mayor" or "..., the mayor's spokesman", "president" of "Ana
    Ruiz, President Vask's adviser"), so that "the mayor" is never that person."""
    possessors = " ".join(found.group(1) for found in _TITLED_POSSESSOR.finditer(text))
    return {word.lower() for found in _ANOTHERS_ROLE.finditer(text) for words in found.groups() if words
            for word in words.split() if word.lower() in PERSON_ROLES} | {
        word.lower().rstrip(".") for word in possessors.split()
        if word.lower().rstrip(".") in PERSON_ROLES or word.lower().rstrip(".") in _ABBREVIATED_ROLES}


#: One capitalised word with an age after its comma, "Walt, 70", or a known given name with "who" after it.
_AGED_ONE_NAME = re.compile(r"[A-Z][\w'’-]*,\s+\d{1,3}(?:,|\s*$)")
_ONE_NAME_WHO = re.compile(r"([A-Z][\w'’-]*),\s+who\b")


#: The words before the one name a person gave ("The man, who gave his name only as " of "..., Walt, said").
_NAME_GIVEN_ONLY_BEFORE = re.compile(rf"(?<![\w'’-]){NAME_GIVEN_ONLY}\Z")
#: How far back from a one-word source such words are sought.
_NAME_GIVEN_ONLY_CHARS = 80


def _name_given_only(before: str) -> bool:
    """Whether the text ``before`` a one-word source ends with words saying it is the one name a person gave ("The
    man, who gave his name only as Walt", "One resident, identified only as Marcus"): a person, whom a later "he" may
    mean."""
    return _NAME_GIVEN_ONLY_BEFORE.search(before[-_NAME_GIVEN_ONLY_CHARS:]) is not None


def _resident_by_first_name(head: str) -> bool:
    """Whether a one-word source written as ``head`` is a person named by a first name alone, as local copy names
    residents: with an age after it ("Walt, 70", "Derek, 29, who works at the scrap yard"), or a known given name
    with a relative "who" ("Derek, who works at the scrap yard"), so that a later "he" is theirs."""
    who = _ONE_NAME_WHO.match(head)
    return bool(_AGED_ONE_NAME.match(head)) or (who is not None and is_given_name(who.group(1)))


def _writes_body_as(span: str, bare: str) -> bool:
    """Whether a person's source ``span`` writes the body of their role with the description ``bare``'s own words and
    "the", as its owner or after "of" or the like ("Dr. Ina Molk, the trust's head of science", "Ana Ruiz of the
    weather service's office"): the body in view, which the person's other role words ("science") do not make
    another (see :meth:`SourceIndex._through`)."""
    words = re.escape(bare)
    return re.search(rf"(?<![\w'’-])(?i:the)\s+{words}['’]s\s+[a-z]"
                     rf"|(?i:\b(?:of|at|for|with|from)\s+the\s+{words}(?![\w-]))", span) is not None


def _another_body(description: str, words, bodies: set[str]) -> bool:
    """Whether ``words`` (a spokesperson's body, or a person's role words) name a body other than
    ``bodies``: they qualify the description ("russian", "defence") in a way no candidate does."""
    qualifiers = set(words) - set(description.split()) - PERSON_ROLES - RANK_MODIFIERS - PLAIN_ROLE_WORDS
    return bool(qualifiers) and not any(qualifiers <= set(body.split()) for body in bodies)


def _describes_person(description: str, roles: frozenset[str]) -> bool:
    """Whether "the <description>" can mean a person written with ``roles``: "the spokesperson", not
    "the ministry", for "ministry spokesman Wang Wenbin"; "the minister for health" for "Minister for Health
    Colm Ardagh"; "the billionaire" for "Tom Vask, the billionaire developer" (a noun of ``PERSON_NOUNS``); "the
    Democrat" for "Ana Ruiz, the committee's senior Democrat" (see ``_PARTY_MEMBER_NOUNS``); not "the minister" for a
    deputy minister, but "the DSP" for a deputy superintendent of police (see ``SHORT_POSTS``: the
    rank is in its letters)."""
    want = description.split(" ")
    spelled = {word for letters in want if letters in SHORT_POSTS for word in SHORT_POSTS[letters].split(" ")}
    head = _role_head(description)
    return ((head in PERSON_ROLES or head in PERSON_NOUNS or head in _PARTY_MEMBER_NOUNS or is_trade(head)
             or _state_party_member(description))
            and set(want) <= roles
            and not (RANK_MODIFIERS & roles) - set(want) - spelled)


def _sexes_differ(sentence: str, before: str) -> bool:
    """Whether ``sentence`` and the sentence ``before`` it each write a role of one sex only (see ``_SEXED_ROLE``), not
    the same: "the spokeswoman" after "A Pollen spokesman said ..." is not the man just quoted."""
    now, then = ({found.lower() for found in _SEXED_ROLE.findall(text)} for text in (sentence, before))
    return len(now) == 1 and len(then) == 1 and now != then


def _person_role_noun(word: str) -> bool:
    """Whether ``word`` ends a description of one person that a name may later be given: a role ("the former
    manager"), a noun of ``PERSON_NOUNS`` ("a senior lawmaker") or a party's member ("the committee's senior Democrat",
    see ``_PARTY_MEMBER_NOUNS``)."""
    return word in PERSON_ROLES or word in PERSON_NOUNS or word in _PARTY_MEMBER_NOUNS


def _qualifiers(words: Collection[str]) -> set[str]:
    """The words of a role that tell it from another's: no role, rank, plain word, abbreviation or party ("sanders"
    of "sanders aide", "kessel" of "kessel county commissioner")."""
    return set(words) - PERSON_ROLES - RANK_MODIFIERS - PLAIN_ROLE_WORDS - _ABBREVIATED_ROLES.keys() - _PARTY_OF.keys()


def _qualified_anew(want: list[str], roles: frozenset[str]) -> bool:
    """Whether a description's words ``want`` fit a person written with ``roles`` that hold no word telling their
    office from another's (no place or body: "Kessel" of "Kessel Sen. Ana Ruiz"), the description adding such words
    only ("the Kessel senator", "the embattled senator" for "Sen. Ana Ruiz"): none a rank, a party's or a role, as a
    former, a Democratic or a deputy one may be another."""
    added = set(want) - roles
    return (bool(added) and not _qualifiers(roles) and not added & (RANK_MODIFIERS | _PARTY_OF.keys() | PERSON_ROLES)
            and _describes_person(" ".join(word for word in want if word not in added), roles))


#: Each party's words, for a candidate's description ("the GOP nominee") and the roles written with a person, by the
#: party they name ("gop" is the Republicans').
_PARTY_OF = {"republican": "republican", "gop": "republican", "democratic": "democratic", "democrat": "democratic",
             **{word: word for word in "libertarian green labour conservative liberal tory socialist".split()}}
#: A party's member as a noun ("the Democrat", "the Tory"): one person, whom a description of that word alone means
#: when a person written as one was named just before ("Senator Ana Ruiz, the committee's senior Democrat, said ...
#: The Democrat said"), as "the senator" does.
_PARTY_MEMBER_NOUNS = frozenset("democrat republican libertarian tory socialist".split())
#: The offices a candidate runs for, as a description writes them before "candidate" ("the presidential hopeful").
_CANDIDATE_OFFICES = frozenset("""presidential vice-presidential mayoral gubernatorial senate congressional
    parliamentary leadership""".split())
#: Candidates' nouns, and words a candidate's description may add to a party or an office ("the presumptive nominee").
_CANDIDATE_NOUNS = frozenset("candidate nominee hopeful".split())
_CANDIDATE_MODIFIERS = frozenset("presumptive likely leading".split())


def _parties_named(words: Iterable[str]) -> set[str]:
    """The parties that ``words`` (a description's, or the role words written with a person) name ("gop" and
    "republican" the Republicans)."""
    return {_PARTY_OF[word] for word in words if word in _PARTY_OF}


def _candidate_description(bare: str) -> list[str] | None:
    """The words of a description of a candidate by party or office ("republican presidential nominee", "gop
    candidate", "presidential hopeful"), without a modifier such as "presumptive"; ``None`` for any other, "the
    nominee" alone or "the former nominee" among them."""
    *qualifiers, noun = bare.split(" ")
    if noun not in _CANDIDATE_NOUNS or not set(qualifiers) & (_PARTY_OF.keys() | _CANDIDATE_OFFICES):
        return None
    if not set(qualifiers) <= _PARTY_OF.keys() | _CANDIDATE_OFFICES | _CANDIDATE_MODIFIERS:
        return None
    return [word for word in qualifiers if word not in _CANDIDATE_MODIFIERS] + [noun]


def _state_party_member(description: str) -> bool:
    """Whether a description is a party's member with the state's words before ("ohio democrat", "south carolina
    republican"), which only a person written with that party and state's tag fits (see :func:`_party_state_words`);
    not "democrat" alone."""
    *state, member = description.split(" ")
    return member in _PARTY_MEMBERS.values() and " ".join(state) in _US_STATE_NAMES


#: A US state's offices and its seats in Congress, which political copy writes after the state's name for the
#: person it just quoted ("the Ohio senator", "the Texas governor"), as it writes a party's member ("the Ohio
#: Democrat").
_STATE_OFFICES = frozenset("senator governor congressman congresswoman lawmaker representative".split())


def _state_description(bare: str) -> tuple[str, str] | None:
    """The state and the head of a description of one person by a US state's name and a party's member or an office
    of ``_STATE_OFFICES`` ("ohio", "democrat" of "ohio democrat"; "south carolina", "senator" of "south carolina
    senator"); ``None`` for any other."""
    state, _, head = bare.rpartition(" ")
    if state in _US_STATE_NAMES and (head in _PARTY_MEMBERS.values() or head in _STATE_OFFICES):
        return state, head
    return None


def _states_named(words: Collection[str]) -> set[str]:
    """The US states whose names are among a person's role ``words`` ("ohio" of "Ohio Gov. Tom Vask"), one whose
    name is inside another's only once ("west virginia", no "virginia")."""
    named = {state for state in _US_STATE_NAMES if set(state.split(" ")) <= set(words)}
    return {state for state in named if not any(other.endswith(f" {state}") for other in named)}


def _role_head(description: str) -> str:
    """The head noun of a role: its last word, or the word before "for" or "of" ("minister" of "minister for
    health")."""
    return ROLE_SERVES.split(description, 1)[0].rpartition(" ")[2]


@lru_cache(maxsize=_NAMES_KEPT)
def _with_the(span: str, the_before: bool) -> bool:
    """Whether the source span ``span`` is written with "the": opening it (after a stamp cut from it too: "- The
    company", an act its source spoke of: "a move the agency", or material made "by" it: "Figures published by the
    agency"), or just before it (``the_before``)."""
    opening = past_passive_by(ACT_BEFORE_SAYER.sub("", without_heading(span.strip(EDGE)).strip(EDGE)))
    return the_before or opening[:4].lower() == "the "


#: Prepositions after which a description is not the head of a source's name but what the source is tied to
#: ("the suspect" is not "family of the suspect", "the campaign" not "person close to the campaign").
_BEFORE_TIED = _NAME_GOES_ON | frozenset("to with".split())


#: A poll's nouns, either of which "the" may write for the other ("the survey" of "a Marsh College poll").
_POLL_NOUNS = frozenset("poll survey".split())


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
                and (at == 0 or words[at - 1] not in RANK_MODIFIERS)
                and not _BEFORE_TIED & set(words[:at])):
            return True
    return False


def _newspaper(name: str, written: str) -> bool:
    """Whether the canonical ``name``, ``written`` at the end of that text, is a newspaper's: its last word a
    masthead's ("Courier", "Chronicle": see ``PAPER_NAME_WORDS``), "the" before it ("the Kessel Courier
    reported"), no person whom a "he" or "she" may mean."""
    return (name.rpartition(" ")[2] in PAPER_NAME_WORDS
            and re.search(rf"(?<![\w'’-])the\s+{re.escape(name)}\W*$", text_key(written)) is not None)


#: A body's description by its rank, perhaps among the nation's or the world's, with a word or two of its trade or
#: cause before its noun (group 1): "nation's largest gun group", "world's biggest carmaker", "leading rights group".
_RANKED_BODY = re.compile(r"(?:(?:nation|country|world|state)['’]s\s+)?(?:largest|biggest|oldest|leading|most\s+"
                          r"(?:powerful|influential))\s+(?:[a-z][\w-]*\s+){0,2}?([a-z]+)")
#: A quotation opened and closed in a sentence's text ('"Ana Ruiz lied," ' of '"Ana Ruiz lied," the nominee said').
_CLOSED_QUOTATION = re.compile(r"[\"“][^\"“”]*[\"”]")
#: An article and one to three lower-case words, none a preposition, before one capitalised word ("An angry Trump",
#: "an emotional Vask", "A visibly tired Vask"; not "A spokesperson for Vask", "An email unearthed by Vask"): a
#: surname so described when the document names that person (group 1).
#: One capitalised word in the possessive, "of" perhaps before it ("Beck's", "of Beck’s"): group 1 is the word.
_PERSON_POSSESSIVE = re.compile(r"(?:of\s+)?([A-Z][\w-]*[a-z][\w-]*)['’]s")
_DESCRIBED_SURNAME = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:(?!(?:by|for|from|of|to|with|at|on|in|near|about)\s)"
                                r"[a-z][\w-]*\s+){1,3}([A-Z][\w'’-]*[a-z][\w'’-]*)")


#: A word by which a source speaks of itself after its name ("its" of "Costwell said its pricing was lawful", "we").
_SELF_REFERENCE = re.compile(r"\b(?:it|its|itself|we|our|us)\b", re.I)
#: A word of text in lower case, to look a noun up among a sentence's words.
_LOWER_WORD = re.compile(r"[a-z][\w-]*")


def _answers_for_itself(described: str, after: str, denial: bool) -> bool:
    """Whether a source named after a business ``described`` by its kind ("supermarket chain") may be that business
    by what its sentence says ``after`` the name: a denial or words of itself ("said its pricing was lawful"; see
    ``_SELF_REFERENCE``), and not the description's noun, which speaks of the business as another ("Pricewatch said
    the chain had misled shoppers")."""
    return ((denial or _SELF_REFERENCE.search(after) is not None)
            and described.rpartition(" ")[2] not in _LOWER_WORD.findall(after.lower()))


def _business_name_end(words: list[str]) -> bool:
    """Whether a name's key ``words`` end as a business's do ("Velta Motors": see ``BUSINESS_NAME_ENDS``), or in a
    trade a state's body ends its name with too, after words of no state's body ("Harlow Defence", "Castell Security";
    not "Ministry of Defence", "Homeland Security": see ``SHARED_TRADE_ENDS``)."""
    return words[-1] in BUSINESS_NAME_ENDS or (len(words) > 1 and words[-1] in SHARED_TRADE_ENDS
                                               and not set(words[:-1]) & _STATE_TRADE_WORDS)


def _capitalised_body(shown: str) -> bool:
    """Whether the source shown as ``shown`` is written as a body's name: capitalised words, small words between them
    ("Royal Bank of Scotland Group"; not "Conservation groups"), the last one maybe a body's noun in lower case after
    a name ("The United Nations agency", "the Kessel Rail board"), which describes that body."""
    words = shown.split(" ")
    if len(words) > 1 and words[-1] in BODY_NOUNS and words[-2][:1].isupper():
        words = words[:-1]
    return all(word[:1].isupper() or word in JOINERS for word in words)


def _firm_named(name: str, original: str) -> bool:
    """Whether the canonical ``name`` is a firm's, written in ``original`` as two to four capitalised words of which
    the last is a trade that names only a business ("Ostrava Chemicals", "Velta Motors", "Ember Labs": see
    ``FIRM_NAME_ENDS``); not a person's whose surname is such a word (see :func:`given_surname`: "Tom Steel")."""
    words = name.split(" ")
    if not 1 < len(words) <= 4 or words[-1] not in FIRM_NAME_ENDS or given_surname(words):
        return False
    found = re.search(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", fold_apostrophes(original), re.I)
    return found is not None and all(word[:1].isupper() for word in found.group().split())
