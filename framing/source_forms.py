"""A source mention's display form: the person or body it names, cut from the words around it ("a
report by Kessel Holdings" gives "Kessel Holdings", "Dr Ana Dorr, who chairs the panel" gives
"Dr Ana Dorr"), with the case as written. :func:`framing.sources.normalise_source` lower-cases it.

Here is the pipeline, :func:`display_source`, with the trims it makes itself (a time, a relative clause, letters
after a name, dashes read as commas); the families of forms it calls on are modules of their own:
:mod:`framing.source_form_documents` (a document and who made it), :mod:`framing.source_form_owners` (a person by whom
they work for), :mod:`framing.source_form_parts` (which comma-separated part names the source) and
:mod:`framing.source_form_titles` (the name after a title or role).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import takewhile

from .given_names import is_given_name
from .person_names import COUNTRIES, initial_m, is_name
from .source_accusations import ACTED_ON_LEAD, ACTING_VERB, ACTION_AGAINST, without_party_word, acted_on_only
from .source_form_documents import (
    FRESH_DOCUMENT,
    OPINION_POLL,
    OWNERS_DOCUMENT,
    PUBLISHED_PART,
    document_alone,
    maker_after_from,
    maker_part,
    past_passive_by as past_passive_by,
    without_court_after_filer,
    without_inquired,
    without_others,
    without_published_after_maker,
)
from .source_form_owners import name_after_owner, person_in_outlet, person_of_body
from .source_form_parts import (
    DESCRIPTION_ALONE,
    HANDLE_ALONE,
    LIST_OPENING,
    listed_people,
    name_known_as,
    pick_part,
    two_described_people,
)
from .source_form_titles import (
    INITIAL as INITIAL,
    name_after_long_role,
    name_after_role,
    name_after_title,
    one_spokesperson,
    person_part,
    titled_owner,
    without_recipient,
)
from .source_keys import FORMS_KEPT, runs_tried_once, without_heading, without_nickname
from .source_places import nationality_list
from .source_words import (
    TIME_NOUNS,
    WHEN,
    ACT_BEFORE_SAYER,
    APPOSED_PARTICIPLE,
    BODY_NOUNS,
    DOCUMENTS,
    EDGE,
    HEADLINE_SMALL_WORDS,
    INSTITUTIONS,
    LEADING,
    LEGAL_FORM_END,
    MADE,
    MONTHS,
    PARTICIPLE_ADVERB,
    PARTICIPLE_PHRASE,
    PLACING_PARTICIPLE,
    POSSESSIVE,
    QUANTIFIERS,
    RELATIVE_OPENING,
    SELF_NAME_WHOLE,
    TITLE,
    UNINVOLVED,
    WEEKDAYS,
)
from .textchars import without_invisible


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

#: A relative clause or its pronoun ending a span after the name it describes ("who" of "A senior official who",
#: "who spoke" of "A senior official who spoke", a trailing "that"): not part of the name ("many of whom" stays).
_RELATIVE_AFTER = re.compile(r"(?<=\w)(?<!\bof)\s+(?:(?:who|whom|whose|which)(?:\s.*)?|that)$")
#: A relative clause on a description, up to the comma after which a name set apart may follow ("The user who posted
#: it, @orsk_truth": group 1 the description, group 2 what follows the comma).
_CLAUSE_BEFORE_PART = re.compile(r"(.*?\w)\s+(?:who|whom|whose|which|that)\s[^,]*\s([^\s,]+),\s+(\S.*)")


#: A preposition before a place ("in" of "works in Fresno"), whose comma a region's name may follow.
_PLACE_PREPOSITION = re.compile(r"in|near|at|from|of|outside|around|across|to|into|throughout", re.I)


def _without_clause_before_name(form: str) -> str:
    """``form`` without the relative clause on its description when a personal name of two words or more or an
    account's handle alone follows that clause's comma, a lower-case word before it (see ``_CLAUSE_BEFORE_PART``):
    "The man who filmed it, Evan Pruitt" is "The man, Evan Pruitt", whose name :func:`pick_part` then takes, where
    the clause read to the end would drop the name; not "A user who lives near Orrin, Vell": a place's comma. So
    a body's name after a description by a body's noun, whatever the clause ends with (see
    :func:`_body_named_after_clause`)."""
    found = _CLAUSE_BEFORE_PART.fullmatch(form)
    if found is None:
        return form
    name = found.group(3)
    if _body_named_after_clause(found):
        return f"{found.group(1)}, {name}"
    if not found.group(2).islower() or not ((person_part(name) and " " in name) or HANDLE_ALONE.fullmatch(name)):
        return form
    return f"{found.group(1)}, {name}"


def _body_named_after_clause(found: re.Match[str]) -> bool:
    """Whether the part after the comma of ``found`` (see ``_CLAUSE_BEFORE_PART``), capitalised words alone, names
    the body that the description before the relative clause is by a body's noun ("The company" of "The company that
    sells Nightjar, Ferrow Systems"), whatever word the clause ends with ("Nightjar", what it sells); not where the
    clause ends with a place (see :func:`_place_ends_clause`), whose comma goes on to its region."""
    words = found.group(3).split()
    return (found.group(1).split()[-1].lower() in BODY_NOUNS and 1 < len(words) <= 4 and not _place_ends_clause(found)
            and all(word[:1].isupper() for word in words))


def _place_ends_clause(found: re.Match[str]) -> bool:
    """Whether the relative clause of ``found`` (see ``_CLAUSE_BEFORE_PART``) ends with capitalised words after a
    preposition, a place of one word or more ("works in Orrin", "has offices in Port Calder"), whose region the comma
    after it names ("..., East Vell"), not a body."""
    if found.group(2).islower():
        return False
    words = found.string[:found.end(2)].split()
    capitalised = len(words) - len(list(takewhile(lambda word: word[:1].isupper(), reversed(words))))
    return capitalised > 0 and _PLACE_PREPOSITION.fullmatch(words[capitalised - 1]) is not None


#: A name a source goes by, written after a verb of calling and a reflexive pronoun ("calling itself BlackHarbor" of
#: "A group calling itself BlackHarbor", "who calls himself Zed", "itself the Free Riders" of a span cut after
#: "calling"), no comma before it but the one closing a description ("The protest movement, which calls itself Voices
#: of Salvo": see :func:`_self_named`): group 1 the words before it, group 2 that comma, group 3 the name as far as
#: it goes.
SELF_NAMED = re.compile(r"([^,]*?)(,)?(?:(?:^|\s)(?:calling|(?:who|that|which)\s+(?:calls|called))\s+|^)"
                         r"(?:it|him|her|them)sel(?:f|ves)\s+(.*)")

#: A participle clause of who cited or quoted a source, ending its span after the source ("cited by the group" of
#: "Police records cited by the group", "quoted by Kestrel Radio" of "an official quoted by Kestrel Radio"): as a
#: relative clause is, not part of the name; the source cited speaks. ("seen", "obtained" or "reviewed by" credit
#: the outlet that had the material: see ``_BY`` of :mod:`framing.source_form_documents`.)
_CITED_AFTER = re.compile(r"(?<=\w),?\s+(?:cited|quoted)\s+(?:by|in)\s+[^,]*$")

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

#: A day owning what follows it ("Thursday's poll", "yesterday's report"): a time, no owner who speaks through it.
_TIME_OWNER = re.compile(rf"^(?:(?:{WEEKDAYS}|yesterday)"
                         r"(?:'s|’s)\s+(?=\S)|(?:today|tonight)(?:'s|’s)\s+(?=(?-i:[a-z])))",  # not "Today's Zaman"
                         re.I)
#: A weekday, which tells when something was said or made ("Thursday" of "a poll released on Thursday found"), never
#: who said it.
_WEEKDAY = re.compile(rf"(?:on\s+)?(?:{WEEKDAYS})", re.I)


#: A possessive and "own" ending a span ("'s own" of "By Vask's own argument"): an owner's, stressed, never a
#: name's possessive ("Moody's said"), so dropped however the span is followed.
_OWN_AFTER_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])\s+own$")

#: A participle of making ending a span after the noun it tells apart, the span cut before when or where the thing
#: came out ("the ruling released" of "the ruling released Friday said", "Transcripts released" of "Transcripts
#: released in May quote ..."): the thing made, whatever its noun, as ``_WHEN_AFTER`` reads it with its time.
_MADE_AT_END = re.compile(rf"(?<=\w)\s+(?:{MADE})$")
#: "out" ending a span after a document's noun in lower case, the span cut before when it came out ("An inspector's
#: report out" of "An inspector's report out today says", "figures out" of "figures out on Tuesday show"): the
#: document, as after a participle of making (see ``_MADE_AT_END``); group 1 the noun.
_OUT_AFTER_DOCUMENT = re.compile(rf"(?<![\w'’-])({DOCUMENTS})\s+out$")
#: A verb of saying in the past ending a span after a lower-case noun, the model's span run on into its cue
#: ("Another former official disputed" of "Another former official disputed that account", "officials briefed" of
#: "officials briefed on the case said"): the cue or a participle on who speaks, never part of the source's name;
#: case-sensitive, so a name's "Said" stays.
_SAYING_AT_END = re.compile(r"(?<=[a-z]{2})\s+(?:said|disputed|denied|rejected|dismissed|argued|claimed|insisted|"
                            r"added|noted|told|countered|questioned|challenged|briefed|stated|acknowledged|admitted|"
                            r"conceded|warned|alleged|contended|asserted)$")

#: A preposition ending a span after a capitalised word, the model's span cut before its object ("between" of
#: "carried out by Parallax Polling between Oct. 2 and Oct. 9", "on" of "Tom Vask on Monday"): when or where, never
#: part of a name; after a lower-case word it is left ("the people she worked with").
_PREPOSITION_AFTER_NAME = re.compile(r"(?<![\w'’.&-])([A-Z][\w'’.&-]*)\s+"
                                     r"(?:between|during|from|on|in|at|for|since|until|after|before|over)$")
#: Joining words ending a span after a word, the model's span cut before the next name of a list ("and" of "Ana Ruiz
#: and", "and the" of "police and the", "as well as"): no part of the name; a span of them alone names no one (see
#: ``_JOINING_WORDS``).
_JOINING_END = re.compile(r"(?<=[\w'’.)])\s+(?:and|or|nor|plus|as\s+well\s+as)(?:\s+(?:the|a|an))?$")
#: "The" and one or more capitalised words with nothing else, a name written in title case ("The The"); not a span of
#: joining words opening a sentence ("And The").
_TITLE_CASE_WORDS = re.compile(r"The(?:\s+[A-Z][a-z]*)+")
#: A time alone, which says when something was said or made and never who said it ("month" of "released last
#: month", "time" of "at the time", "this past December", "yesterday"); a capitalised noun alone may be a name
#: ("Time" the magazine), and so may a month ("May") or a season ("Summer").
TIME_ALONE = re.compile(rf"{WHEN}|(?-i:{TIME_NOUNS})|yesterday", re.I)
#: A time after a source's name, perhaps after a participle of making ("The ministry this week", "a poll released
#: yesterday", "an inquiry by the Ledger last year", "Roe in December", "Roe in 2015", "Roe in the past", "Roe in
#: recent days", "a survey conducted Monday", "at the time"):
#: when, not who; a weekday alone needs "on" or the participle ("Cyber Monday" is a name), and "today" is lower
#: case ("Kessel Today" is a newspaper); a participle after "and" goes with it ("A study commissioned by the board
#: and published in September" is the board's, as "A study commissioned by the board" is); "held" only before a time
#: ("A ballot of residents held in January" is the ballot of residents).
_WHEN_AFTER = re.compile(rf"(\s+(?:and\s+)?(?:{MADE}|held))?\s+(?:{WHEN}|(?-i:yesterday|today|tonight)|at\s+the\s+time"
                         rf"|in\s+(?:{MONTHS})(?:\s+\d{{4}})?|in\s+\d{{4}}|in\s+the\s+past"
                         r"|in\s+(?:recent|the\s+past(?:\s+few)?)\s+(?:days|weeks|months|years))$"
                         rf"|\s+(?:{MADE}|on)\s+(?:on\s+)?(?:{WEEKDAYS})$", re.I)
#: A comma between a source's parts, not one inside a figure ("A study of 2,000 adults" is one part).
_PART_COMMA = re.compile(r",(?!(?<=\d,)\d{3}(?!\d))")
#: "from" opening a comma part of a source, which names where the head before it comes from ("The team, from the
#: Halvorsen Institute"), or who issued it ("The report, from the Varnland Climate Council").
_FROM = re.compile(r"^from\s+(?=\S)")


#: Words of a group's head with no noun ("Others", "Some", "Many others", "Still others"), which names no one: a
#: member named after it with "including" or "such as" speaks for it.
_HEADLESS_WORDS = QUANTIFIERS | frozenset("others still".split())


def display_source(text: str, possessive_is_name: bool = False, people_listed: bool = False) -> str:
    """:func:`normalise_source`'s form with the case as written ("Chinese embassy spokesperson"),
    for showing a source to a reader. A trailing possessive is dropped ("China's" of a span cut
    before "foreign ministry") unless ``possessive_is_name`` ("Moody's said"). A list read as nationalities (see
    :func:`nationality_list`) is cut at its commas as any other when ``people_listed``: the document names a word
    of it as a person (see :meth:`SourceIndex.add`). Accents are composed
    (NFC), so "René" typed either way is one source, and invisible characters are dropped, but a zero-width
    joiner that joins emoji into one picture ("family 👨\u200d👩\u200d👧"; :func:`framing.source_keys.text_key` drops
    it too)."""
    return _display_source(text, possessive_is_name, people_listed)


@lru_cache(maxsize=FORMS_KEPT)
def _display_source(text: str, possessive_is_name: bool, people_listed: bool) -> str:
    """:func:`display_source`, kept once worked out by all three arguments however the caller passed them."""
    form = _display_stem(text, people_listed)
    if form is None:
        return ""
    # a pronoun's "'s" is "is" or "has", never part of a name: "He's comparing the plans" is "he", as "It's" is "it"
    named_possessive = possessive_is_name and _PRONOUN_CONTRACTED.fullmatch(form) is None
    form = one_spokesperson(form if named_possessive else POSSESSIVE.sub("", form))
    # a source names someone: a time stamp, a number ("10"), a degree ("Ph.D."), a weekday, a time or joining words
    # alone ("and", "and the") is none
    joining_only = set(form.lower().split()) <= _JOINING_WORDS
    if joining_only and _TITLE_CASE_WORDS.fullmatch(text.strip(EDGE)):
        return text.strip(EDGE)  # "The The", a band's name of joining words, shown as written
    named = (any(ch.isalpha() for ch in form) and not _DOTTED_DEGREE.fullmatch(form) and not _WEEKDAY.fullmatch(form)
             and not TIME_ALONE.fullmatch(form) and not joining_only)
    return form if named else ""


#: Words that join or place a name and name no one alone: a span of them only (" and ", "and the", "as well as") is no
#: source; a pronoun is, which the credits read for whom it means.
_JOINING_WORDS = HEADLINE_SMALL_WORDS | frozenset({"well", "plus", "also", "than"})


#: "own" after an owner's possessive ("Tallis's own status page", "the regulators' own figures"; group 1 the
#: possessive's ending): emphasis, no part of the source's name.
_OWN_AFTER_OWNER = re.compile(r"(?<=\w)(['’]s?)\s+own\s+(?=\w)", re.I)


#: A reflexive pronoun of emphasis after a source's noun ("the university itself", "the minister himself"; group 1
#: the word before it): no part of the name; not after a verb of calling, where a name follows ("calling itself").
_EMPHATIC_SELF = re.compile(r"(?<![\w'’-])([A-Za-z][\w-]*)\s+(?:itself|himself|herself|themselves)(?![\w'’-])")
#: Verbs before a reflexive pronoun that name what follows it, in any form ("calls itself", "styling herself",
#: "describing itself as", "introducing herself as", "identified himself as").
_CALLING_SELF = re.compile(r"(?:call|brand|bill|term|present|proclaim)(?:s|ed|ing)?|dub(?:s|bed|bing)?"
                           r"|(?:styl|nam|describ|introduc|declar)(?:e|es|ed|ing)|identif(?:y|ies|ied|ying)")


def _without_emphatic_self(form: str) -> str:
    """``form`` without a reflexive pronoun of emphasis after a noun (see ``_EMPHATIC_SELF``): "figures the
    university itself published" is "figures the university published", as the reader takes it; "A group calling
    itself BlackHarbor" keeps it."""
    return _EMPHATIC_SELF.sub(lambda found: found.group(0) if _CALLING_SELF.fullmatch(found.group(1))
                              else found.group(1), form)


@lru_cache(maxsize=FORMS_KEPT)
def _display_stem(text: str, people_listed: bool) -> str | None:
    """:func:`display_source`'s form before its trailing possessive is read (``None`` where it names no one), kept
    once worked out: the credits read each source span without ``possessive_is_name`` (see
    :meth:`SourceIndex.nameless_share`) just before the source index reads it with it."""
    shown = without_nickname(without_invisible(text, emoji_joiners=True))  # 'Juan "Chico" Marquez': "Juan Marquez"
    form = _dashes_as_commas(without_heading(unicodedata.normalize("NFC", shown)))
    form = _OWN_AFTER_OWNER.sub(r"\1 ", form)  # "Tallis's own status page": "Tallis's status page"
    form = ACT_BEFORE_SAYER.sub("", _FOCUSING_OPENING.sub("", _FAMILY_OPENING.sub("", form)))
    form = without_party_word(form)  # "Democrats Ana Ruiz, Tom Vask and Dan Orr", "Democrat Ana Ruiz"
    form = document_alone(without_published_after_maker(without_court_after_filer(_ASIDE.sub("", form).strip())))
    form = _self_named(form)
    form = UNINVOLVED.sub("", form, count=1)  # "Two scientists not involved in the research": two scientists
    form = _without_clause_before_name(form)  # "The man who filmed it, Evan Pruitt": the name set after the clause
    form = _without_emphatic_self(form)  # "the university itself published": the university published
    form = _MADE_AT_END.sub("", _without_when(_RELATIVE_AFTER.sub("", form)))  # "the order released"
    form = _OUT_AFTER_DOCUMENT.sub(r"\1", form)  # "An inspector's report out": the report
    form = _SAYING_AT_END.sub("", form)  # "Another former official disputed": the official
    form = _PREPOSITION_AFTER_NAME.sub(r"\1", form)  # "Parallax Polling between": Parallax Polling
    form = _JOINING_END.sub("", form)  # "Ana Ruiz and": Ana Ruiz, a span cut before the second name
    if _PART_COMMA.search(form) and (people_listed or not nationality_list(form)):  # "German, French officials"
        parts = [p.strip(EDGE) for p in _PART_COMMA.split(form) if p.strip(EDGE)]
        if not parts:
            return None  # '" —', punctuation cut at a dash or comma alone, names no one
        parts = [p for p in parts if not _DEGREE.fullmatch(p)] or parts  # "James P. Conroy, Ph.D.": no "Ph.D"
        parts = [without_party_word(p) for p in parts]  # "the nominees, Democrat Ana Ruiz and Republican Tom Vask"
        both = two_described_people(parts) or listed_people(parts)
        if both is not None:
            parts = [both]  # "Ana Ruiz, Republican of Kessel, and Tom Vask, Democrat of Harlow": both of them
        # "Ana diMarco, who advised him": the clause is on the name; "critics, including Roe": the group speaks, but
        # "such as Sen. Ana Voss, a lawmaker from Kessel", a span cut after the group, names the person
        if len(parts) > 1 and LIST_OPENING.match(parts[1]) and set(parts[0].lower().split()) <= _HEADLESS_WORDS:
            parts = parts[1:]  # "Others, including judge Erik Varga": "Others" names no group; the member does
        parts = [LIST_OPENING.sub("", parts[0]), *(p for p in parts[1:] if not LIST_OPENING.match(p))]
        parts = parts[1:] if len(parts) > 1 and _TOPIC_OPENING.match(parts[0]) else parts  # "Of Orr, Vask"
        parts = [p for p in parts if not RELATIVE_OPENING.match(p)] or parts
        parts = parts[1:] if _addressed_first(parts) else parts  # "Alice, the warranty provider, Homeguard"
        # "The team, from the Halvorsen Institute" is the institute's, as "The report, by the institute" is, named
        # without its "from"; "A study of 900 women, published in the Kessel Journal" the study's: no journal speaks
        parts = [parts[0], *(_FROM.sub("", p, count=1) for p in parts[1:] if not PUBLISHED_PART.match(p))]
        # "The alliance, led by Ostmark": the head leads, not who is named after "led by"
        # "The mayor, criticised by Ana Ruiz", "Some sponsors, targeted by a protest drive": the head, not who acted
        heads = [p for p in parts if not _LED_BY_START.match(p) and not _APPOSED_PART.match(p)
                 and not _ACTED_ON_PART.match(p)]
        form = maker_part(parts) or name_known_as(parts) or pick_part(heads or parts, form)
        form = _without_when(_ASIDE.sub("", form))  # "Raymond Cho (D-Ward 3), who sponsored the plan": its aside too
    form = _CITED_AFTER.sub("", form)  # "Police records cited by the group" are the records
    if RELATIVE_OPENING.match(form) or _OF_OPENING.match(form) or PLACING_PARTICIPLE.match(form):
        # "who has long advised the mayor" alone names no one, nor "of Kessel voters" cut from "40% of", nor
        # "circulating on TikTok" cut from "A video circulating on TikTok"
        return None
    form = LIST_OPENING.sub("", form, count=1)  # "including Ana Ruiz" of a span cut after "critics,"
    form = _AS_BEFORE_QUANTIFIER.sub("", form)  # "As many tax experts" are many tax experts
    form = OWNERS_DOCUMENT.sub(r"\1", without_inquired(_TIME_OWNER.sub("", form.strip(EDGE))))  # "Thursday's poll"
    form = _without_post_nominals(_without_object(form))
    form = person_in_outlet(person_of_body(name_after_owner(form.strip(EDGE))))
    form = _TEAM_LED_BY.sub("", form, count=1)  # "the team led by Dr. Kofi Mensah": Kofi Mensah's
    if not _LED_BY.search(form):
        form = titled_owner(name_after_title(name_after_role(without_recipient(name_after_long_role(form)))))
    form = maker_after_from(without_others(form))
    form = _AGED.sub("", _BASED.sub("", form if _A_FEW.match(form) else LEADING.sub("", form)))
    form = FRESH_DOCUMENT.sub("", form)  # "a new study": the study, as "the study" later is
    form = OPINION_POLL.sub(r"\1 ", form)  # "Kessel/Orr opinion poll": the Kessel/Orr poll
    form = form if initial_m(form) else TITLE.sub("", form)
    return _OWN_AFTER_POSSESSIVE.sub("", form)  # "Vask's own" of "By Vask's own argument"


def _addressed_first(parts: list[str]) -> bool:
    """Whether the first of a span's comma-separated ``parts`` is a given name alone, a heading before it perhaps,
    before a description in lower case and a capitalised name: the one spoken to, as a correspondent answers the
    presenter ("Alice, the warranty provider, Homeguard, told us ..."), while the source is the name described."""
    addressed = parts[0].rpartition(": ")[2] if len(parts) >= 3 else ""
    return (is_given_name(addressed) and " " not in addressed and addressed not in COUNTRIES  # not "Jordan, the ..."
            and _DESCRIPTION_OPENING.match(parts[1]) is not None and parts[2][:1].isupper())


#: A description's opening after a comma ("the warranty provider", "a landlord"): see :func:`_addressed_first`.
_DESCRIPTION_OPENING = re.compile(r"(?:the|a|an|its|their)\s")


#: A span opening with a lower-case "of": the tail of a count or share cut from its head ("of likely voters" of
#: "40% of likely voters"), which names no one.
_OF_OPENING = re.compile(r"of\s")
#: A pronoun with "'s" for "is" or "has" ("He's", "that's"), which :func:`display_source` reads as the pronoun alone.
_PRONOUN_CONTRACTED = re.compile(r"(?:he|she|it|that|this|who|there)['’]s", re.I)


#: "A few" opening a group counted, whose article a source keeps: "few residents" says the opposite of "a few".
_A_FEW = re.compile(r"a\s+few\s", re.I)


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
#: A parent's or grandparent's family written as one word before a name, capitalised where it opens the sentence
#: ("Mum-of-two Kerry Lowther", "Father-of-three Tom Vask", "Granny-of-three", "Mother-of-twins"): the writer's
#: description, no part of the name (in lower case it is dropped as other descriptions are).
_FAMILY_OPENING = re.compile(r"^(?i:(?:grand)?(?:mum|mom|mother|dad|father)|gran|granny|grandad|grandma|grandpa|nan"
                             r"|nana|nanna)-of-(?i:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|twins"
                             r"|triplets)\s+(?=[A-Z])")


def _dashes_as_commas(form: str) -> str:
    """``form`` with each dash that sets words apart (see ``_DASH_APART``; and then hyphens a cut span ends in, see
    ``_CUT_DASH``) written as a comma, so that a name set apart from its description by dashes is read as one set
    apart by commas: "Tom Vask" of "A former candidate -- Tom Vask, who lost the primary --". Not a list between
    dashes, its members apart by semicolons or opening with "and" ("Four candidates — Senator Ana Ruiz; Gov. Tom
    Vask —"), whose group speaks; a list giving examples of the group between dashes is an aside, left out ("Critics
    of the plan — like Ana Ruiz and Tom Vask —" is "Critics of the plan", see ``_EXAMPLES_APART``)."""
    form = _EXAMPLES_APART.sub(lambda found: found.group(0) if found.start() == 0 else "", form)
    dashes = list(_DASH_APART.finditer(form))
    if not dashes or ";" in form or any(LIST_OPENING.match(form[dash.end():].lstrip()) for dash in dashes):
        return form
    return _CUT_DASH.sub(",", _DASH_APART.sub(",", form))


def _self_named(form: str) -> str:
    """The name a source goes by, where its form says what it calls itself (see ``SELF_NAMED``): "BlackHarbor" of
    "A group calling itself BlackHarbor" or of "itself BlackHarbor" (a span cut after "calling"), "Zed" of "A hacker
    who calls himself Zed", "Voices of Salvo" of "The protest movement, which calls itself Voices of Salvo" (a comma
    only after a description, not a name: "Jonas Beck, who calls himself the Fox" is Jonas Beck);
    failing a capitalised name, the words before the verb ("A man" of "A man calling himself a
    prophet"), not the pronoun. Any other form is itself."""
    found = SELF_NAMED.match(form)
    if found is None or (found.group(2) and not DESCRIPTION_ALONE.fullmatch(found.group(1).strip())):
        return form  # "Jonas Beck, who calls himself the Fox": Jonas Beck
    head, rest = found.group(1).strip(), found.group(3).strip()
    if SELF_NAME_WHOLE.fullmatch(rest):
        article = re.match(r"the\s+", rest)
        return rest[article.end() if article else 0:].strip("\"“”‘’'")  # 'the "Sons of the Valley"'
    return head or form


_ACTED_ON = re.compile(r"(?<=\S)" + "".join(rf"(?<!\s{word})" for word in ACTED_ON_LEAD) + r"\s+" + ACTING_VERB)

#: Where ``ACTION_AGAINST`` may open (a word in lower case), and the run of auxiliaries it reads from there before
#: its verb: where it fails from one of them, it fails from each later one (see :func:`runs_tried_once`).
_WORD_START = re.compile(r"(?<![\w'’-])[a-z]")
_LEAD_RUN = re.compile(rf"(?:(?:{'|'.join(ACTED_ON_LEAD)})\s+)*")


def _without_object(form: str) -> str:
    """``form`` cut to the subject before a verb that acts on a name after it (see ``_ACTED_ON``): "Dozens of
    families have sued Corvane Pharma" is the families', never Corvane's, who is sued; a form whose words before the
    verb are an article alone stays whole ("the accused Tomas Brandt", a participle before a name)."""
    if acted_on_only(form):
        return ""  # "sued Corvane Pharma": the span left out its subject, and Corvane is sued
    # "Eleven families filed a lawsuit on Wednesday against Tarrow Chemicals" is the families'
    against = next(runs_tried_once(ACTION_AGAINST, form, _WORD_START, _LEAD_RUN, at=1), None)
    found = min((match for match in (_ACTED_ON.search(form), against) if match is not None),
                key=lambda match: match.start(), default=None)
    if found is None or not LEADING.sub("", form[:found.start()] + " ").strip():
        return form
    return form[:found.start()]


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
    if found is None or found.start() == 0 or TIME_ALONE.fullmatch(form):
        return form  # "this past December" is a time alone
    head = form[:found.start()]
    if not found.group(1) and head.rpartition(" ")[2].endswith("ed") and head.rpartition(" ")[2].islower():
        return form
    return head


#: "and" between people named together, or a comma before a capital ("Dan Orr MP, Mira Lisk MP and Tom Vask"): see
#: :func:`_without_post_nominals`.
_BETWEEN_PEOPLE = re.compile(r"(\s+and\s+|,\s+(?:and\s+)?(?=[A-Z]))")


def _without_post_nominals(form: str) -> str:
    """A personal name without the letters after it ("Andrew Quayle KC" → "Andrew Quayle"), so that
    "Mr. Quayle" joins it; a form whose rest is no name of two or more words stays whole. So too each of people
    named together ("Richard Pym KC and Ann Pym MP" → "Richard Pym and Ann Pym"), when every one of them is then a
    name."""
    parts = _BETWEEN_PEOPLE.split(form) if " and " in form else [form]
    if len(parts) > 1:
        names = parts[::2]
        kept = [_without_post_nominal(name) for name in names]
        if kept == names or any(_POST_NOMINAL.search(name) for name in kept):
            return form  # no letters, or a part that is no personal name ("Globex Holdings PhD")
        parts[::2] = kept
        return "".join(parts)
    return _without_post_nominal(form)


def _without_post_nominal(form: str) -> str:
    """One personal name without the letters after it (see :func:`_without_post_nominals`)."""
    found = _POST_NOMINAL.search(form, max(len(form) - _POST_NOMINAL_CHARS, 0))
    if not found:
        return form
    rest = form[:found.start()]
    name = name_after_title(name_after_role(TITLE.sub("", LEADING.sub("", rest)))).split(" ")
    person = (len(rest.split(" ")) >= 2 and is_name(name) and not LEGAL_FORM_END.search(rest.lower())
              and name[-1] not in INSTITUTIONS)  # "Globex Holdings PhD" is no person's name
    return rest if person else form


#: Where a named body is based, before its name ("London-based Gulf Rights Watch", "New York-based"): not part of
#: the name, which the document may write without it (not before a lower-case word: "London-based analysts").
_BASED = re.compile(r"^(?:[A-Z][\w'’.]*\s+){0,2}[A-Z][\w'’.]*-based\s+(?=[A-Z])")


#: A participle after which "by" names who leads or pays, not who speaks: the head before it is the actor
#: ("the alliance led by Ostmark" is the alliance, not Ostmark).
_LED_BY = re.compile(r"\b(?:led|funded|backed|run|headed|chaired|owned|controlled|sponsored)\s+by\s", re.I)
#: A team or group of researchers with no name, led by one named in capitals after "by" ("the team led by
#: glaciologist Dr. Kofi Mensah", "a research group headed by Ana Ruiz"): the leader speaks for it, so the team is
#: known by the leader; what the pattern covers is dropped, the leader kept.
_TEAM_LED_BY = re.compile(r"^(?i:(?:(?:the|a|an|his|her|their)\s+)?(?:research\s+|international\s+)?(?:team|group|"
                          r"researchers|scientists)(?:\s+of\s+(?:researchers|scientists))?\s+(?:led|headed)\s+by)\s+"
                          r"(?=(?:[a-z][\w-]*\s+){0,2}(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’-]*$)")
#: A part of an appositive that opens with such a participle (", led by Ostmark,"): no head of its own.
_LED_BY_START = re.compile(rf"^{_LED_BY.pattern}", re.I)

#: A part of a span that opens with such a participle and its preposition (", criticised by Ana Ruiz,"): whom it
#: names judged or advised the head, and speaks for it no more than "led by" does (see :func:`display_source`).
_APPOSED_PART = re.compile(rf"(?:{PARTICIPLE_ADVERB.pattern})?"
                           rf"(?:{APPOSED_PARTICIPLE.pattern}){PARTICIPLE_PHRASE.pattern}")
#: A part of a span that opens with a participle of being acted against and its preposition (", targeted by a
#: protest drive from Fair Harlow,", ", sued by Ana Ruiz,", ", fined for the leak,"): whom it names acted on the head,
#: which speaks, as after a participle of judgement (see ``_APPOSED_PART``).
_ACTED_ON_PART = re.compile(rf"(?:{PARTICIPLE_ADVERB.pattern})?"
                            r"(?:targeted|sued|attacked|threatened|pressured|boycotted|fined|sanctioned|investigated|"
                            rf"charged|blamed|faulted|singled\s+out){PARTICIPLE_PHRASE.pattern}")
