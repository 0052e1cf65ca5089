"""Documents, statements, filings and their issuers as the source index reads them: "a statement from the
rebels", "the lawsuit filed by", a report of the document's own.
"""

from __future__ import annotations

import re

from .given_names import given_name_sex
from .index_body_words import BODY_CHANNEL, DESCRIBED_BODY_OPENING, ISSUED
from .source_find_openings import opening_subject
from .source_forms import display_source
from .source_keys import last_words_start, past_opener, text_key
from .source_words import DOCUMENTS, EDGE, INQUIRIES, INQUIRY_INTO, LEADING, MADE, MAKER_AFTER_INQUIRED
from .source_words import PAPER_NAME_WORDS, PERSONAL_WRITINGS

#: Such a document's noun with up to two words before it, no possessive among them (group 1; the noun: group 2).
_ISSUED_PHRASE = rf"((?:[\w-]+\s+){{0,2}}?((?i:{ISSUED})))"
#: Such a document the source's own: in an opener just before the source ("In its note, the mission said", "In a
#: statement, the ministry said"; when or to whom it went may follow the noun: "In a statement released after the
#: vote,", "In a letter to parents,", not by whom: "In a statement released by the mayor's office,"), after its verb
#: ("The mission said in its note verbale that"), or after the source's possessive ("The ministry's statement said",
#: the span holding the document or not; a plural's too, "The investigators' report alleges": see
#: ``POSSESSED_DOCUMENT``).
OWN_DOCUMENT_BEFORE = re.compile(rf"\b(?i:in\s+(?:its|their|his|her|an?))\s+{_ISSUED_PHRASE}"
                                  rf"(?:\s+(?:{MADE}|to)(?:\s+(?!by\b|from\b)[\w'’.-]+){{0,5}})?\s*,\s*$")
#: After the source, its verb of speech goes straight on to the document, an adverb or a day between ("said in a
#: statement", "also said on Friday in its reply"), not words of another act ("was named in a report by the ethics
#: committee", "rejected claims made in a report by Rights Watch": another's report); the comma that closes a span's
#: description may come first ("Safe Harbour, a charity near the port, said in a report").
OWN_DOCUMENT_AFTER = re.compile(r"\s*,?\s*(?:(?:also|has|have|had|\w+ly)\s+){0,2}"
                                 r"(?:said|says|stated|states|wrote|writes|added|adds|announced|announces|confirmed|"
                                 r"confirms|denied|denies|responded|responds|replied|replies|argued|argues|noted|notes|"
                                 r"warned|warns|claimed|claims|insisted|insists|explained|explains|reported|reports)"
                                 r"\s+(?:(?:on\s+)?\w+day\s+)?"
                                 rf"(?i:in\s+(?:its|their|his|her|an?))\s+{_ISSUED_PHRASE}\b")
#: The possessive before the document that ends a source span: "'s" or, after a plural's "s", an apostrophe alone
#: ("investigators' report").
POSSESSED_DOCUMENT = re.compile(rf"(?:['’]s|(?<=s)['’])\s+{_ISSUED_PHRASE}$")
#: A source's span writing its own document with its maker after "by" ("A report by Safeguard Rights Watch", "The
#: 40-page report by the NGO"; groups as ``_ISSUED_PHRASE``'s), its publishing and when between ("a report published
#: on Monday by"), the maker's kind before its name ("by the rights group Civic Shield"), a comma before "by" ("The
#: report, by the monitoring group Sea Witness and published with ...": a later "according to the report" is its): see
#: :meth:`SourceIndex._note_issued`.
DOCUMENT_BY_MAKER = re.compile(rf"(?i:the|an?)\s+{_ISSUED_PHRASE}"
                                r"(?:\s+(?:published|released|issued)(?:\s+[\w-]+){0,3}?)?"
                                r"\s*,?\s+by\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?[A-Z]")
DOCUMENT_NEXT = re.compile(rf"\s*{_ISSUED_PHRASE}\b")
#: A body's own channel written after its name in capitals, "a", "an" or "the" first or not ("A Nordwing statement",
#: "the Velmar Air response"; group "name" the name, group "document" the document): the body's word, as "Nordwing said"
#: would be, where the name is a body's source already (see :meth:`SourceIndex.add`).
NAMED_CHANNEL = re.compile(rf"(?:(?i:an?|the)\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,3}})\s+"
                           rf"(?P<document>{BODY_CHANNEL.pattern})")
#: How far before a source's mention its own document's opener is read ("In its diplomatic note verbale, ").
OWN_DOCUMENT_REACH = 80
#: Such a document by "the" or "this" alone, lower-case words between ("the note", "the joint letter", "this
#: letter", "the 64-page report"; group 1: those words and the noun): the one the text said a source issued, if any
#: (not "the UN report" nor "the special counsel's filing", another's).
DEFINITE_DOCUMENT = re.compile(rf"(?i:the|this|that)\s+((?:[a-z\d][\w-]*\s+){{0,2}}?(?i:{ISSUED}))")
#: A document's authors written by the document, as "the report" would write it (group "document": "The report's
#: authors", "the study's lead author", "the authors of the report"), who speak for whoever issued it.
DOCUMENT_AUTHORS = re.compile(
    rf"(?:(?P<document>(?i:the|this|that)\s+(?:[a-z\d][\w-]*\s+){{0,2}}?(?i:{ISSUED}))['’]s?\s+|(?i:the)\s+)"
    r"(?:(?:lead|senior|main|principal|chief)\s+)?(?:co-?)?authors?"
    rf"(?:\s+of\s+(?P<of>(?i:the|this|that)\s+(?:[a-z\d][\w-]*\s+){{0,2}}?(?i:{ISSUED})))?")
#: Such a document's noun alone, as a headline writes it with "the" left out ("Survey finds ...", "Report says ...").
BARE_DOCUMENT = re.compile(rf"(?i:{ISSUED})")
#: What a span may write after a document's words to tell it apart: a relative clause or a participle of making it,
#: after a comma or not ("Kellin's report, released Monday", "The survey which polls 300 firms", "The report, compiled
#: by 140 scientists"); the document is the span's words before it, unless what follows names a maker ("the report, by
#: White House counsel Ana Ruiz", "a memo written by the Kessel office", "published on Monday by the rights group
#: Civic Shield": see ``_NAMED_MAKER_AFTER``); or its title in quotation marks set after it by a comma ("The report,
#: 'Nowhere Safe'"), the one document its issuer issued; or the number of people a poll asked ("The survey of 1,506
#: adults", "the poll of about 900 likely voters").
_DOCUMENT_TOLD_APART = re.compile(rf"\s*,?\s+(?:which|that|{MADE})\b|\s*,\s+[\"'‘“](?=[A-Z])"
                                  r"|\s+of\s+(?:(?:about|some|nearly|almost|over|more\s+than)\s+)?\d[\d,]*\s+[a-z]",
                                  re.I)
_NAMED_MAKER_AFTER = re.compile(r"\b(?:by|from)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?[A-Z]")
#: Such a document by "a" or "an", or as another's own ("a joint statement", "issued its own statement"; groups as
#: ``_ISSUED_PHRASE``'s): a new one, which a later "the statement" may mean rather than one a source issued before.
#: The first letter of those words is asked for first, a quicker test at each character of a sentence.
INDEFINITE_DOCUMENT = re.compile(rf"(?=(?i:[aith]))\b(?i:an?|(?:its|their|his|her)\s+own)\s+{_ISSUED_PHRASE}\b")

#: "also" with a verb just after a document's span ("The report also said"): it goes on with an account given before
DOCUMENT_ALSO_AFTER = re.compile(r"\s*,?\s+also\s+[a-z]+\b")

#: A document's words at a place (see ``_ISSUED_PHRASE``: groups 1 and 2).
ISSUED_AT = re.compile(_ISSUED_PHRASE + r"\b")
#: A document's capitalised title of up to three words before its noun, a lower-case word before it allowed ("annual
#: Threat Horizon" of "its annual Threat Horizon report"), or none.
_TITLE_BEFORE = r"(?:(?:[a-z][\w-]*\s+)?(?:[A-Z][\w-]*\s+){1,3})?"
#: After a sentence's opening subject, its issuing a document ("issued a statement", "put out a statement", "has
#: released a communique", "sent a letter", "published its report", "today published its annual Threat Horizon
#: report": a day, and the
#: document's capitalised title, a word before it allowed; groups as ``INDEFINITE_DOCUMENT``'s), not another's
#: ("released a report by Rights Watch", "a statement from the rebels"): see :meth:`SourceIndex._see_issuer`. The
#: subject's letters in brackets may come first ("The Care Quality Commission (CQC) published its report"), and the
#: comma closing its appositive ("Corvane Security, a provider of security services, published its report"); a time
#: may stand between the subject and its verb ("on Tuesday released", "last week published").
#: Up to two words of tense or time between a subject and its verb of issuing ("has", "just", "today", "on Tuesday",
#: "last week"), each with the space after it.
ISSUE_TIMING = (r"(?:(?:has|have|had|also|just|now|since|already|[a-z]+ly|today|yesterday|on\s+[A-Z][a-z]+day|"
                r"(?:last|this|earlier\s+this)\s+(?:week|month|year))\s+){0,2}")
ISSUES_DOCUMENT = re.compile(r"(?:\s+\([A-Z][A-Za-z&]{1,9}\))?"
                              rf",?\s+{ISSUE_TIMING}"
                              r"(?:issued|released|sent|published|put\s+out)\s+(?i:an?|its|their)\s+"
                              rf"{_TITLE_BEFORE}{_ISSUED_PHRASE}\b"
                              r"(?!\s+(?:by|from|of|on\s+behalf\s+of)\s)")


#: After a credited source, an appositive perhaps between, its issuing a document as ``ISSUES_DOCUMENT`` reads it
#: ("Oslin Rights Watch, a group based in Geneva, published a report alleging ...", "when the embassy issued a
#: statement"): see :meth:`SourceIndex._note_issued`.
ISSUES_DOCUMENT_AFTER = re.compile(rf"(?:\s*,\s*(?:an?|the)\s[^,;:()\"“”]{{1,60}},)?{ISSUES_DOCUMENT.pattern}")
#: A document issued as its issuer's own ("published its report", "released their findings"), which no sentence
#: writing a new one ("a statement") has: see :meth:`SourceIndex._see_issuer`.
ISSUES_OWN_DOCUMENT = re.compile(rf"\b(?:issued|released|sent|published)\s+(?i:its|their)\s+{_TITLE_BEFORE}"
                                 rf"{_ISSUED_PHRASE}\b")
#: A spokesperson owned by "its" or "their" alone ("Its spokesman", "their spokeswoman"; group 1 the role), or by no
#: one ("A spokesman" of "The agency denied it. A spokesman said ..."): the spokesperson of the body the sentence
#: before credited (see :meth:`SourceIndex._spokesperson_of_its`).
ITS_SPOKESPERSON = re.compile(r"(?i:its|their|an?)\s+(spokes(?:man|woman|person))")

#: A headline's nouns of whoever makes the product it is about ("Heart drug cuts stays in trial, maker says"), of no
#: trade: the one company the copy names, as "company" would be.
MAKER_NOUNS = frozenset({"maker", "manufacturer"})

#: A newspaper's name written with "the", one to three capitalised words before a masthead's word ("the Harlow
#: Ledger", "The Kessel Daily Courier"; group 1 the name, group 2 its last word).
THE_PAPER = re.compile(r"(?<![\w'’-])(?i:the)\s+((?:[A-Z][\w'’.-]*\s+){1,3}(" + "|".join(
    sorted(word.capitalize() for word in PAPER_NAME_WORDS)) + r"))(?![\w'’-])")

#: A participle of making ending a span after its document, set apart by a comma or not, the model's span run on
#: into the clause on when it came out ("His analysis, published" of "His analysis, published on Monday, found").
MADE_AFTER_DOCUMENT = re.compile(rf"(?<=\w),?\s+(?:{MADE})$")
#: A document owned by "His" or "Her" opening a sentence, a few lower-case words before its noun ("His inspection",
#: "Her latest report", or a writing of their own, "His new book": see ``PERSONAL_WRITINGS``): group 1 the pronoun, 2
#: the rest.
HIS_OR_HER_DOCUMENT = re.compile(rf"(His|Her)\s+((?:[a-z\d][\w,-]*\s+){{0,3}}?(?:{DOCUMENTS}|{PERSONAL_WRITINGS}))")

#: A document owned by "its" or "their" alone, a few lower-case words before its noun ("its latest monthly update",
#: "its report", "Their latest study" after a group at a body, "Investigators at the Northbridge Institute argue"),
#: an index's or a ranking's notes on how it was made ("Its methodology note", "Its notes", "Its methodology"),
#: or its own inquiry (``INQUIRIES``: "Its inquiry concluded"): see :func:`its_document_owner`.
ITS_DOCUMENT = re.compile(rf"(?i:its|their)\s+(?:[a-z\d][\w,-]*\s+){{0,3}}?(?:{DOCUMENTS}|updates?|bulletins?|"
                           rf"web\s?sites?|notes?|methodolog(?:y|ies)|{INQUIRIES})")

#: A filing by "the" and up to two lower-case words ("The complaint", "the civil lawsuit", "The indictment"; group 1
#: its noun): the one a body or person was named as filing, if one was (see :meth:`SourceIndex._see_filer`).
DEFINITE_FILING = re.compile(r"(?i:the)\s+(?:[a-z][\w-]*\s+){0,2}?((?i:complaints?|(?:law)?suits?|filings?|"
                              r"petitions?|indictments?))")
#: A new filing a sentence writes, "a", "another" or a possessive pronoun before its noun, two words allowed ("In a
#: filing on Tuesday", "in its court filing"), a motion filed or lodged or one asking a court for something ("filed a
#: motion", "a motion to dismiss"; not a legislature's "passed a motion on the case"), or "court papers": one a later
#: "the filing" may be, which the suit's complaint is not when another side made it (see
#: :meth:`SourceIndex._files_anew`).
NEW_FILING = re.compile(r"\b(?:(?:a|an|another|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?filings?"
                         r"|(?:fil(?:e|es|ed|ing)|lodg(?:e|es|ed|ing)|submit(?:s|ted|ting)?)\s+"
                         r"(?:a|an|another|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?motions?"
                         r"|(?:a|an|another|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?motions?\s+"
                         r"(?:to\s+(?:dismiss|strike|compel|quash|stay|throw)"
                         r"|for\s+(?:summary|an?\s+injunction|judgment|dismissal))"
                         r"|court\s+papers)\b", re.I)
#: The nouns of a suit's document, each of which means the one document a suit is (see
#: :meth:`SourceIndex._suit_named_first`).
SUIT_NOUNS = ("complaint", "lawsuit", "suit", "filing")
#: A suit's document by its noun alone, "the" allowed before it ("The complaint", "the filing", "lawsuit"; group 1 its
#: noun); not one told apart by a word before its noun ("the amended complaint", "a second lawsuit").
PLAIN_SUIT = re.compile(rf"(?:(?i:the)\s+)?((?i:{'|'.join(SUIT_NOUNS)}))")
#: Capitalised words naming who files, "the" allowed before them, "of", "for", "and" or "&" between ("The Securities
#: Board", "the Securities and Exchange Commission", "Attorney General Ana Ruiz").
_FILER_NAME = r"(?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+(?:(?:of|of\s+the|for|and|&)\s+)?[A-Z][\w&.'’-]*){0,5}"
#: A sentence opening with who sues, files a suit or indicts, an opener of up to four words and a comma allowed
#: before it ("The Securities Board sued", "On Monday, the board filed a civil complaint against", "filed a suit in
#: the High Court", "The Justice Department indicted"; through lawyers, "Ruiz's lawyers filed", group "counsel"), or
#: with whom it sues in the passive and who sues after "by" ("Pellam was sued by the Securities Board"): group
#: "filer" who files, group "indicted" set for an indictment.
FILER = re.compile(
    rf"^(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){{0,3}},\s+)?(?:(?P<filer>{_FILER_NAME})"
    r"(?P<counsel>['’]s\s+(?:lawyers?|attorneys?|legal\s+team))?\s+(?:(?:has|have|had)\s+)?"
    r"(?:(?:also|[a-z]+ly)\s+)?(?:sued|(?:filed|brought|lodged)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:lawsuit|suit|complaint|petition)(?:\s+against)?|(?P<indicted>indicted))"
    rf"|[A-Z][^,;:]*?\s(?:is|are|was|were|has\s+been|have\s+been)\s+sued\s+by\s+(?P<agent>{_FILER_NAME}))"
    r"(?=[\s,.;:])")

#: The verbs that each match of ``FILER`` holds: a sentence without one is not read for a filer.
FILER_VERBS = ("sued", "filed", "brought", "lodged", "indicted")

#: Words for tidings that came out ("News has emerged", "Word came", "Rumours spread"), which name no one who said them.
TIDINGS = frozenset("news word rumour rumours rumor rumors".split())
#: Reports of no one's, no article before them, perhaps counted or said to be the press's ("Reports surfaced that",
#: "after reports revealed", "according to multiple reports", "Media reports said"): the writer's unnamed sourcing,
#: as tidings are; not "the reports" of a set named before, nor "Ruiz's reports".
_UNOWNED_REPORTS = re.compile(r"(?:(?:multiple|several|many|numerous|various|recent|earlier|unconfirmed|media|news|"
                              r"press)\s+)*reports", re.IGNORECASE)


def unowned_reports(text: str) -> bool:
    """Whether the source span ``text`` is reports of no one's (see ``_UNOWNED_REPORTS``: "Reports", "multiple
    reports"): the writer's unnamed sourcing, no source."""
    return _UNOWNED_REPORTS.fullmatch(text.strip(EDGE)) is not None


#: Things put up, hung or painted in public that carry words ("Graffiti appeared on the wall, accusing the mayor",
#: "A banner hung from the bridge", "Posters went up", "A sign outside the shop accused ..."): no one who speaks, so no
#: source; whoever put them up does, where named ("A banner unfurled by Tenants United": the span names them).
_DISPLAYED_THINGS = frozenset("""graffiti banner banners poster posters sign signs placard placards billboard
    billboards mural murals slogan slogans sticker stickers""".split())
#: Words that end the head of such a thing's name: where it is ("outside the shop", "on the wall") or what it holds.
_AFTER_THING = frozenset("outside on in at by from near over across above along beside with of that which".split())
#: Words that make a poster a person who posts ("a poster on the forum", "an anonymous poster online").
_ONLINE_WORDS = frozenset("forum forums online site website thread board platform account reddit".split())


def displayed_thing(written: str) -> bool:
    """Whether the source ``written`` as shown, its article dropped, is a thing on display that carries words (see
    ``_DISPLAYED_THINGS``: "Graffiti", "banner", "sign outside the shop", "campaign posters"), its head the last word
    before where it is, any word before the head in lower case; not a poster online, who is a person ("poster on the
    forum": see ``_ONLINE_WORDS``), nor "Posters" alone, as a thread's people who post are written ("Posters said the
    ban was unfair": a thing put up is told where or whose it is; "A poster" alone is still a thing, as "a banner"
    is), nor a name ending in such a word ("Tom Banner", "Kessel Banner", a newspaper)."""
    written_words = written.split()
    words = [word.lower() for word in written_words]
    end = next((at for at, word in enumerate(words) if at and word in _AFTER_THING), len(words))
    head = words[end - 1] if end else ""
    return (head in _DISPLAYED_THINGS and words != ["posters"]
            and not any(word[:1].isupper() for word in written_words[:end - 1])
            and not (head.startswith("poster") and _ONLINE_WORDS & set(words)))


def inquired_name(text: str) -> str | None:
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


def filing_kind(noun: str) -> str:
    """The kind of filing its ``noun`` names (see ``DEFINITE_FILING``): "indictment", else "suit"."""
    return "indictment" if noun.lower().startswith("indictment") else "suit"


def document_words(text: str) -> str:
    """``text``, a span, as far as a document it may name goes, without what tells that document apart after it (see
    ``_DOCUMENT_TOLD_APART``: "Kellin's report" of "Kellin's report, released Monday"), so that "the report" later
    is the same one; whole where a maker is named after it, whose document it is."""
    told = _DOCUMENT_TOLD_APART.search(text)
    return text[:told.start()] if told and not _NAMED_MAKER_AFTER.search(text, told.start()) else text


def authored_document(text: str) -> str:
    """The document whose authors the span ``text`` writes (see ``DOCUMENT_AUTHORS``: "The report" of "The report's
    authors" or "the authors of the report"), so that they are credited to its issuer as "the report" is; ``text``
    itself for any other span, or for authors of no document written ("The authors")."""
    found = DOCUMENT_AUTHORS.fullmatch(text)
    document = found.group("document") or found.group("of") if found else None
    return document or text


def its_document_owner(text: str, before: str) -> str | None:
    """The subject opening the sentence, a body's capitalised name (see :func:`opening_subject`), whose document the
    span ``text`` writes with "its" (see ``ITS_DOCUMENT``), where ``before`` is the sentence's text before the span:
    "The UN human rights mission" of "The UN human rights mission has recorded 31 deaths, according to its latest
    monthly update"; or a body written in lower-case words ending with a body's noun ("The competition authority" of
    "The competition authority fined four firms, according to its annual report"), which stands for the body it
    describes as the span would; ``None`` for none, for a subject that is a pronoun or other lower-case words ("It",
    "the report"), or for a person's name by its given name ("Carla Vint"), whom "its" does not mean."""
    if ITS_DOCUMENT.fullmatch(text.strip(EDGE)) is None:
        return None
    found = opening_subject(before)
    subject = before[found[0]:found[1]] if found else ""
    words = [word for word in subject.split() if word.lower() != "the"]
    if words and given_name_sex(words[0]) is not None:
        return None
    if any(word[:1].isupper() for word in words):
        return subject
    described = DESCRIBED_BODY_OPENING.match(before, past_opener(before))
    return described.group(1) if described else None


def document_keys(found: re.Match[str] | None) -> set[str]:
    """The keys a document ``found`` (see ``_ISSUED_PHRASE``) is known by: its words as written, its noun and the noun's
    first word ("joint note verbale", "note verbale", "note"); none for no match."""
    if found is None:
        return set()
    noun = text_key(found.group(2))
    return {text_key(found.group(1)), noun, noun.split(" ")[0]}


#: A report credited to the source span just before it as an outlet's is ("Axios first reported", "Axios reported
#: exclusively", ", Politico reported." at the sentence's end; not "Ford reported a loss", a company's results) or
#: just after it ("as first reported by Axios", "as reported in the Daily Ledger", "a report in the Ledger"; not
#: "abuses reported by Amnesty").
REPORTED_AFTER = re.compile(r"\s+(?:(?:also\s+|has\s+|had\s+)?(?:first|exclusively)\s+reported\b"
                             r"|reported\s+(?:first|exclusively)\b"
                             r"|reported(?:\s+(?:on\s+)?(?:\w+day|last\s+\w+|this\s+\w+|earlier))?\s*[.!?]?\s*$)")
_REPORTED_BEFORE = re.compile(r"(?:\b(?:first|as)\s+reported\s+(?:by|in)|\breport\s+in)\s+(?:the\s+)?$", re.I)


def reported_before(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends with a report's words before an outlet (see ``_REPORTED_BEFORE``: "as first
    reported by the", four words at most)."""
    return _REPORTED_BEFORE.search(text, last_words_start(text, end, 4), end) is not None


#: Nouns for a newspaper, which means a body whose name ends in a masthead's word or opens with "Daily" ("Kessel
#: Post", "Daily Harbour"; not "Post Office", "Sun Pharma", "Guardian Council").
PAPER_NOUNS = frozenset("paper newspaper daily".split())
#: Words that make "the paper" a study or a document rather than a newspaper: a study, research or a journal, a
#: paper of a kind or an indefinite one ("a research paper", "a white paper", "a paper"), one published in a journal.
PAPER_AS_DOCUMENT = re.compile(
    r"\b(?:stud(?:y|ies)|research|journals?|findings|peer[- ]reviewed|published\s+in|"
    r"(?:a|white|green|working|discussion|policy|position|academic|scientific)\s+papers?)\b", re.I)
#: Words after "the paper" in its sentence that make it a newspaper, never a study's paper, whatever study was written
#: of before: it cites unnamed sources or officials ("The paper said, citing unnamed officials"), or has reporters,
#: editors or an editorial ("its reporters found").
PAPER_AS_NEWSPAPER = re.compile(
    r"\b(?:citing\s+(?:(?:two|three|several|unnamed|anonymous|senior|government|its|own)\s+)*"
    r"(?:sources|officials|people\s+familiar)|its\s+(?:own\s+)?(?:reporters?|reporting|correspondents?|editors?|"
    r"editorial|journalists?))\b", re.I)


#: Nouns of a body that heads its own statement with its full name and then calls itself by the noun alone,
#: capitalised ("Statement of the Ministry of Foreign Affairs of Ostria" ... "The Ministry firmly rejects ...").
_ISSUERS = frozenset("Ministry Embassy Consulate".split())
#: The same nouns in lower case, as a mention's key writes them: in a statement, "The Ministry" is its own issuer,
#: whether or not its heading named it, never another ministry the text named (see :meth:`SourceIndex.add`).
ISSUER_NOUNS = frozenset(noun.lower() for noun in _ISSUERS)
#: How many sentences open a document (its heading among them) that may name such a body in full.
ISSUER_LINES = 2
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
STATEMENT_OPENING = re.compile(rf"(?i:{_ISSUER_PAPERS})\b(?![^\n]*[.!?]$)")
_ISSUER_PAPER_AFTER = re.compile(rf"\s*(?:[:|]|[-–—](?=\s))\s*(?i:{_ISSUER_PAPERS})\b")


def issuers_named(text: str) -> dict[str, tuple[str, str]]:
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
