"""A source's form where it names a document or a count and who made it, one job of
:func:`framing.source_forms.display_source`: its maker after a passive "by" ("a report by Kessel Holdings", "figures
released by the statistics office") or after "from" ("a statement from the Veltrian embassy"), its owner before a
possessive ("the ministry's own budget papers"), the maker of an inquiry, not whom it looks into ("Axion's investigation
into Orvane Technologies"), and a document alone, not where or when it came out ("a study published Monday in the
journal Vascular Medicine" is "a study").
"""

from __future__ import annotations

import re

from .person_names import opens_as_name
from .source_form_titles import person_part
from .source_words import (
    ACCESS_MEANS_AFTER,
    BODY_NOUNS,
    BUSINESS_DESCRIPTIONS,
    DOCUMENTS,
    INQUIRIES,
    INQUIRY_INTO,
    LEADING,
    MADE,
    MAKER_AFTER_INQUIRED,
    MONTHS,
    PERSONAL_WRITINGS,
    POSSESSIVE,
    WEEKDAYS,
)


#: When a report came out, written between its participle and "by" ("published last week by", "released on
#: Friday by"): a weekday, "last" or "this" week, month or year, "yesterday", "today", a month ("in January", or
#: "January by" of a span cut inside "filed in January by") or a year.
_WHEN_MADE = (r"(?:(?:late\s+|early\s+)?on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
              r"|(?:earlier\s+|later\s+)?(?:last|this)\s+(?:week|month|year)|yesterday|today|earlier"
              r"|(?:in\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)"
              r"|in\s+\d{4}")

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
#: report by"), perhaps with whom it was for ("A poll for this programme by") or what it is "of" and a participle
#: after it ("Leaked memos of council staff disseminated by"), or after "one" standing for a document before a name
#: ("one by Vela" of "two polls -- one by Kestel, one by Vela"). Only participles of making (a filing's too: "the
#: complaint, filed by the association", "a lawsuit brought by", "lodged", "submitted"; of handing over: "excerpts
#: provided by the Interior Ministry", "figures supplied by"), of spreading after a document (see ``_SPREAD``), and
#: of access, which credit the outlet that had the material ("emails obtained by the Guardian", "records reviewed by
#: Reuters", "messages shared with the BBC", "files leaked to the Guardian"): after "led", "funded" or "backed" the
#: head is the actor ("the alliance led by Ostmark" is the alliance).
_BY = re.compile(rf"^(?:(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:being\s+)?(?:{_BY_MADE})\s+)?"
                 rf"(?:(?:{_WHEN_MADE})\s+)?by\s+"
                 rf"|^(?:(?:a|an|the)\s+)?(?:(?!(?:of|for|at|in|with|to|from|on|and|or)\s)[\w-]+\s+){{0,2}}"
                 rf"(?:{_BY_DOCUMENTS})\s+(?:for\s+(?:[\w'’.-]+\s+){{1,4}}?)?"
                 rf"(?:(?:of\s+(?:[\w'’.-]+\s+){{1,4}}?)?(?:being\s+)?"
                 rf"(?:{_BY_MADE}|{_SPREAD})\s+(?:(?:{_WHEN_MADE})\s+)?)?by\s+"
                 r"|^one\s+by\s+(?=(?:the\s+)?(?-i:[A-Z]))"
                 r"|^(?:[\w'’-]+\s+){0,3}?(?:shared\s+with|(?:provided|leaked|passed)\s+to)\s+", re.I)
#: A document or a count, up to two words before it ("unofficial results", "a joint statement", "new figures",
#: "numbers"), then "from" and whoever made it (group 1): the body credited when its last word says it is one ("the
#: county elections office", "the Democratic committee"; see :func:`maker_after_from`).
_FROM_MAKER = re.compile(rf"^(?:(?:a|an|the)\s+)?(?:(?!(?:of|for|at|in|with|to|from|on|and|or)\s)[\w'’-]+\s+){{0,2}}"
                         rf"(?:{DOCUMENTS}|results|returns|tall(?:y|ies)|counts?|numbers)\s+from\s+(\S.*)$", re.I)
#: A centre by its capitalised name after "the" ("the Refugee Legal Centre", "the Halvard Research Center"): a body
#: that made a document or count, not a place as "the city centre" is (see :func:`maker_after_from`).
_NAMED_CENTRE = re.compile(r"(?i:the)\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:Centre|Center)")
#: A document sent in someone's name before "from" ("a statement from", "an emailed statement from", "a letter
#: from"), which only one who speaks sends; and a maker in capitalised words alone after it ("Orsk", "Velna Stores"),
#: "the" or not before them.
_SENT_FROM = re.compile(r"^(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+)?(?:statements?|letters?|e-?mails?|releases?|responses?|"
                        r"repl(?:y|ies)|communiqu[eé]s?)\s+from\s", re.I)
_CAPITALISED_MAKER = re.compile(r"[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}")
#: "the" before a body's capitalised name ("the " of "the Eastmarch Constabulary"), which a name may be sent from.
_THE_BEFORE_NAME = re.compile(r"^the\s+(?=[A-Z])")
#: Where a body sits, after its noun: "in" or "at" and a place's capitalised name (" in Orlan" of "the Veltrian
#: embassy in Orlan", " in Port Calder"), which tells one of a kind's bodies from another but is no body's last word.
_PLACE_AFTER_BODY = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$")

#: A body's keeping count of events, whose numbers are its own ("monitoring", "count", "tally", "research",
#: "database", "index", "calculations"), read as its documents are after its possessive (see ``OWNERS_DOCUMENT``).
_RECORD_KEEPING = r"monitoring|counts?|tall(?:y|ies)|research|databases?|index|calculations?"
#: What a statistics office or central bank puts out besides a report ("tables", "numbers", "series", "bulletin",
#: "release"), read as its documents are after its possessive (see ``OWNERS_DOCUMENT``).
_STATISTICS_OUTPUT = r"tables|numbers|series|bulletins?|releases?"
#: What a document is of, up to four words after "of" ("of the filings", "of campaign spending"), then perhaps the
#: participle and agent of what it is of ("of filings published by the authority"): the
#: document still its owner's (see ``OWNERS_DOCUMENT``: "the party's analysis of the filings").
_WHAT_DOCUMENT_IS_OF = (r"(?:\s+of\s+(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*"
                        rf"(?:\s+(?:{MADE})\s+by\s+(?:the\s+|its\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?)?")
#: A document named as its owner's ("the group's 42-page report", "the ministry's statement", "Acme's annual
#: filings", "the ministry's own budget papers"; "papers" in the plural only, as "the Herald's paper" may be a
#: newspaper), up to two words before its noun, or its owner's forecasts or projections ("the bank's own forecasts",
#: "the ministry's projections"), a statistics office's tables, numbers, series, bulletins or releases ("the
#: bureau's own tables", "the agency's numbers"), numbers it puts out as a report's, or its own inquiry ("the
#: board's internal inquiry": see ``INQUIRIES``), or its own record-keeping, whose numbers it puts out as well
#: ("the coalition's monitoring", "the union's count", "the group's tally", "the institute's research", "the
#: watchdog's database", "the group's index"), or its notes on how it made them ("the institute's methodology
#: note", "the index's methodology"), what it is of after it or not (see ``_WHAT_DOCUMENT_IS_OF``): group 1 is the
#: owner, who speaks through it.
OWNERS_DOCUMENT = re.compile(rf"^(.*\S)(?:'s|’s|(?<=s)['’])\s+(?:[\w-]+\s+){{0,2}}"
                              rf"(?:{DOCUMENTS}|{PERSONAL_WRITINGS}|papers|forecasts?|projections?|notes?|"
                              rf"methodolog(?:y|ies)|"
                              rf"{_STATISTICS_OUTPUT}|{INQUIRIES}|{_RECORD_KEEPING}){_WHAT_DOCUMENT_IS_OF}$", re.I)
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
#: A document alone, an article and up to two words before its noun ("The complaint", "a 40-page report", "The
#: lawsuit").
_DOCUMENT_ALONE = re.compile(rf"(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{DOCUMENTS}|lawsuits?)", re.I)
#: A maker named after "by": a capitalised word, "the" allowed before it ("the SEC", "Mayor Ana Ruiz"), or "the" and
#: a body's noun in lower case, up to two words before it ("the election board", "the statistics office"; see
#: :func:`maker_part`), no possessive.
_NAMED_MAKER = re.compile(rf"(?:the\s+)?[A-Z]|the\s+(?:[a-z-]+\s+){{0,2}}?(?:{'|'.join(sorted(BODY_NOUNS))})"
                          r"(?![\w'’-])")
#: A comma part that says where or when a document came out, never who speaks: a participle of making before a
#: place or a time ("published in the Kessel Journal", "released on Friday", "posted online", "published today in
#: the Kessel Journal"; see ``MADE``), with no "by" naming its maker after it.
PUBLISHED_PART = re.compile(rf"(?:{MADE})\s+(?:(?:today|yesterday)\s+)?(?:in|on|at|online|last|this|earlier)\s"
                             r"(?!.*\sby\s)", re.I)
#: Such words after the maker a document is "from", no comma between ("Marrowfield University published today in
#: the Journal of Clinical Aging"): where and when it came out, no part of the maker's name.
_PUBLISHED_AFTER_MAKER = re.compile(rf"\s+{PUBLISHED_PART.pattern}.*$", re.I)


#: A span's end that is a document's noun, up to two lower-case words before it ("opinion poll", "annual report"),
#: perhaps with whom it is of after it ("national poll of likely voters", "study of 900 nurses").
_DOCUMENT_ENDING = (rf"(?:[a-z][\w'’-]*\s+){{0,2}}?(?i:{DOCUMENTS}|polls?|analys[ie]s|papers?)"
                    r"(?:\s+of\s+[^,;:()]+)?$")
#: "new", "latest", "newest" or "recent" opening a document's words in lower case ("new study", "latest report",
#: "recent polls") or before its maker's name ("latest Kessel/Orr opinion poll", "new Marsh College poll"): when it
#: came out, which a later "the study" leaves out; not a name's "New" ("New York Times poll"); so with how big or
#: weighty it is before its lower-case words ("large study", "major report", "600-page report"), which the later
#: "the study" leaves out too.
FRESH_DOCUMENT = re.compile(rf"^(?:(?:[Nn]ew|[Ll]atest|[Nn]ewest|[Rr]ecent|[Ll]arge|[Bb]ig|[Ss]mall|[Mm]ajor|"
                             rf"[Ll]andmark|\d[\d,]*-page)\s+(?={_DOCUMENT_ENDING})"
                             rf"|(?:new|[Ll]atest|[Nn]ewest|[Rr]ecent|\d[\d,]*-page)\s+"
                             rf"(?=(?:[A-Z][\w'’/.&-]*\s+){{1,5}}{_DOCUMENT_ENDING}))")
#: A lower-case "opinion" between a poll's capitalised maker and its noun ending a span ("Kessel/Orr opinion poll";
#: group 1 the maker's last word): any poll is one of opinion, and a later "the Kessel/Orr poll" is the same; not
#: "public opinion polls", nor a name's "Opinion" ("Kessel Opinion Poll").
OPINION_POLL = re.compile(r"(?<![\w'’/&.-])([A-Z][\w'’/&.-]*)\s+opinion\s+(?=polls?$)")


def without_inquired(form: str) -> str:
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
    if maker and all(opens_as_name(word) for word in maker):
        return " ".join(maker)
    return form if not maker and form.split(" ")[-1].islower() else found.group(1)


def document_alone(form: str) -> str:
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


def without_court_after_filer(form: str) -> str:
    """``form`` without the court it was filed in after its filer (see ``_FILED_IN_COURT``) when it is a filing's
    maker after a passive "by" (see ``_FILED_BY``): "The suit, filed by former safety officer Irene Szabo in the
    district court of Londrin" is Irene Szabo's, as "The suit, filed by Irene Szabo" is."""
    return _FILED_IN_COURT.sub("", form) if _FILED_BY.search(form) else form


#: "The" and a capitalised word: a name after all ("the Guardian").
_ARTICLE_AND_NAME = re.compile(r"the\s+[A-Z]")
#: A name in capitalised words only, "the" first allowed ("The Ledger", "Reuters").
_NAME_ONLY = re.compile(r"(?:[Tt]he )?[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*)*")
#: A body's kind in lower case, up to two words before its noun, then its name in capitalised words ("the monitoring
#: group Sea Witness", "the charity Harbour Aid"; group 1 the name): the writer's description, then the name.
_KIND_BEFORE_NAME = re.compile(rf"(?:the\s+)?(?:[a-z][\w'’-]*\s+){{0,2}}?(?:{'|'.join(sorted(BODY_NOUNS))})\s+"
                               r"([A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*)*)")


def without_others(form: str) -> str:
    """``form`` past its passive "by" if any (see ``_BY``), and then without another source joined to a name by
    "and" ("The Ledger" of "documents reviewed by The Ledger and two people familiar with the matter", of "... by
    The Ledger and interviews with 30 people"): the outlet that had the material, not run together with them; so with
    its kind before the name, which is the name's alone then ("Sea Witness" of "The report, by the monitoring group Sea
    Witness and published with three newspapers", as of "by Sea Witness and ...")."""
    by = _BY.match(form)
    if by is None:
        return form
    form = ACCESS_MEANS_AFTER.sub("", form[by.end():])  # "the Courier" of "... by the Courier under FOI rules"
    head, joined, other = form.partition(" and ")
    if joined and _ANOTHER_PASSIVE_BY.match(other):
        return head  # "the ministry" of "A report commissioned by the ministry and seen by Reuters"
    named = other[:1].isupper() or _ARTICLE_AND_NAME.match(other) is not None  # "and the Guardian": a second name
    if not joined or not other[:1].isalnum() or named:
        return form
    described = _KIND_BEFORE_NAME.fullmatch(head)  # "the monitoring group Sea Witness and published with ...": the name
    return described.group(1) if described else head if _NAME_ONLY.fullmatch(head) else form


#: A second participle of making or access and its own "by" after "and" ("seen by Reuters" of "commissioned by the
#: ministry and seen by Reuters"): another party's hand in the document, no part of the maker's name before it.
_ANOTHER_PASSIVE_BY = re.compile(rf"(?:{_BY_MADE})\s+by\s", re.I)


def without_published_after_maker(form: str) -> str:
    """``form`` without where and when the document it opens with came out, after the maker it is "from" (see
    ``_FROM_MAKER``, ``_PUBLISHED_AFTER_MAKER``): "a new study from Marrowfield University published today in the
    Journal of Clinical Aging" is "a new study from Marrowfield University", whose maker is then read as it would
    be without the participle; the journal is no source."""
    found = _FROM_MAKER.match(form)
    return form[:found.start(1)] + _PUBLISHED_AFTER_MAKER.sub("", found.group(1)) if found else form


#: A day's or month's name alone: when a document was sent ("a letter from March"), not who sent it.
_DAY_OR_MONTH = re.compile(rf"(?:{WEEKDAYS}|{MONTHS})", re.I)


def maker_after_from(form: str) -> str:
    """The body that made the document or count ``form`` names after "from" (see ``_FROM_MAKER``), as "by" names it:
    "unofficial results from the county elections office" is the "county elections office", as "the county elections
    office's results" is, and "a statement from the Veltrian embassy in Orlan" the "Veltrian embassy in Orlan", the
    place where a body sits read past (see ``_PLACE_AFTER_BODY``), and "figures from the county's largest lender" the
    "county's largest lender", a business by its noun (see ``BUSINESS_DESCRIPTIONS``); a maker whose last word says no
    body ("A poll from
    Utah", "new data from Nielsen", "documents from his tax return") leaves the form whole."""
    found = _FROM_MAKER.match(form)
    if found is None:
        return form
    maker = found.group(1)
    last = POSSESSIVE.sub("", _PLACE_AFTER_BODY.sub("", maker).rpartition(" ")[2]).lower()
    named = _THE_BEFORE_NAME.sub("", maker)
    if _SENT_FROM.match(form) and _CAPITALISED_MAKER.fullmatch(named) and not _DAY_OR_MONTH.fullmatch(named):
        # "a statement from Orsk", "a statement from the Eastmarch Constabulary": a statement is sent by whom it
        # speaks for, a name of any last word
        return maker
    if _NAMED_CENTRE.fullmatch(maker):
        return maker  # "figures from the Refugee Legal Centre": a centre by its name is a body, no place
    # a business by its trade's noun ("the county's largest lender") is a body too; not "the supply chain"
    body = last in BODY_NOUNS or (last in BUSINESS_DESCRIPTIONS and last != "chain")
    return maker if body and LEADING.sub("", maker)[:1].isalpha() else form


def maker_part(parts: list[str]) -> str | None:
    """Of a document and who made it ("The complaint, filed by the SEC", "The report, released by the election
    board"), the part that names the maker after a passive "by" that opens with a name, "the" allowed before it, or a
    body by "the" and its noun (see ``_BY``, ``_NAMED_MAKER``): a named body speaks through its document however
    short its name; ``None`` when the first part is no document alone, no such part follows or a
    person is named in another part."""
    if not _DOCUMENT_ALONE.fullmatch(parts[0]) or any(person_part(part) for part in parts[1:]):
        return None  # "The lawsuit, brought by the state's attorney general, Ana Ruiz": the person named
    return next((part for part in parts[1:] if (by := _BY.match(part)) and _NAMED_MAKER.match(part, by.end())), None)


#: A document by its maker, the maker's words after "by" (group 1): "an analysis by Ana Ruiz", "a 40-page study by
#: Dr. Tom Vask".
_DOCUMENT_BY = re.compile(rf"(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{DOCUMENTS})\s+by\s+(.+)", re.I)


def document_by_person(part: str) -> bool:
    """Whether the comma-separated ``part`` is a document by a person named after "by" ("an analysis by Ana Ruiz"):
    the person made it, whatever the description after its comma holds."""
    found = _DOCUMENT_BY.fullmatch(part)
    return found is not None and person_part(found.group(1))
