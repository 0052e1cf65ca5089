"""Sources that name no one to credit: a weasel word alone ("Many believe"), someone named beside one, a
generic source ("officials", "a local resident"), nouns of bodies only, a judge acting, the generic
"One"; what the credits read so as to credit no one, or the one named beside the weasel word.
"""

from __future__ import annotations

import re

from .credit_clauses import EXAMPLES_OPEN, WEASEL_WORDS
from .credit_persons import DOCUMENT_NOUNS, ROLE_JOINER, TWO_CAPITALISED
from .credit_quotes import ASIDE_BEFORE_CUE, in_quotation
from .credit_spans import counted_group, role_word, trailing_adverbs
from .credit_speakers import INTERVIEWEE_DISPLAY, INTERVIEWER_DISPLAY, unnamed_speaker
from .document import Sentence, Span
from .given_names import given_name_sex
from .index_documents import unowned_reports
from .source_forms import display_source
from .source_index import SourceIndex
from .source_keys import counted_key, text_key
from .source_kinds import names_a_court
from .source_words import (
    BODY_NOUNS,
    BODY_PLURALS,
    EDGE,
    GENERIC_ONE_AFTER,
    GROUP_GOES_ON,
    NAMELESS_BUSINESSES,
    NAMELESS_NOUNS,
    PERSON_ROLES,
    QUANTIFIERS,
    VAGUE_GROUP_WORDS,
)
from .spans import quotes_within
from .turns import HOST_LABELS, INTERVIEWER_ROLES

#: A capitalised word with an adjective's ending, as a party's or a nationality's has ("Democratic", "Republican",
#: "Conservative", "Liberal", "Chinese", "British", "Israeli"; see :func:`_described_counted_role`).
_CAPITALISED_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ic|al|ive|an|ese|ish|i)")

#: A weasel word or "those" with the relative clause that says which people it means and no more ("Those who slept
#: longer", "Some who attended"): no source either (see :func:`weasel_alone`).
_WEASEL_WHO = re.compile(r"(?:%s|those)\s+(?:who|that)\b" % "|".join(sorted(WEASEL_WORDS)))
#: A weasel word placed in a body or room written in lower case, no more ("Many in the boardroom", "Some within the
#: club", "Others at the federation"): no one is named either (see :func:`weasel_alone`).
_WEASEL_WITHIN = re.compile(r"(?:many|some|most|few|others)\s+(?:in|within|inside|at|around)\s+(?:the|this)\s+"
                            r"[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?")

#: Their keys: sources that name no one.
_UNNAMED_SPEAKERS = frozenset(text_key(display) for display in (INTERVIEWER_DISPLAY, INTERVIEWEE_DISPLAY))


#: Lower-case words for where an unnamed group of people posts ("internet users", "social media users", "online
#: commenters"), which a capital opening the sentence does not make a name ("Internet users mocked the plan").
_ONLINE_MODIFIERS = frozenset({"internet", "online", "social media"})
#: Nouns of the news trade alone that are also papers' names when capitalised ("The Press said", "the Press
#: reported", shown "Press"): the press written in lower case names no one, "The Press" names a paper.
_PAPER_NAMES = frozenset({"press"})

#: Lower-case nouns of a place of work or study, a journal, a court or its jury or panel that every story has its
#: own of ("the hospital", "the university", "the lab", "the journal", "federal court", "the appeals court", "the
#: grand jury", "the appeals panel"): written in lower case, however described, such a source names no one;
#: capitalised it may be a name ("the Journal", "the Court").
_NAMELESS_PLACES = frozenset("""hospital hospitals university universities lab labs laboratory laboratories clinic
    clinics school schools college colleges journal journals court courts tribunal jury juries panel panels""".split())
#: Nouns of an unnamed group of people that no word of a role names ("the team", "the research team", "Editors").
_NAMELESS_GROUPS = frozenset("team teams editors".split())
#: Lower-case words for the kind of place a body serves ("the city council", "the school board", "the state
#: assembly"): every town has its own, so such a body written in lower case names no one (not "the health ministry").
_PLACE_MODIFIERS = frozenset("""city county town district local state school village parish regional municipal
    provincial""".split())


def generic_source(source: str, display: str, indefinite: bool = False) -> bool:
    """Whether a profile's ``source``, shown as ``display``, names no one: a person's role written in lower case
    but for a first word that is a role itself ("spokesperson", "company spokesperson", "Officials", "lawyer for
    the family"; not "Halvex spokesperson" or "Chinese Foreign Ministry spokesperson", whose capitals may name a
    body or an office), a body's noun alone in lower case, or nouns of bodies only ("company", "ministry",
    "council", "police", "group", "presidency", "police command"; see :data:`framing.source_words.BODY_NOUNS`), a
    body's kind of business or work alone in lower case ("carmaker", "airline", "developer", "charity"; see
    :data:`framing.source_words.NAMELESS_BUSINESSES`), also
    after a lower-case word for the kind of place served ("city council", "school board", "state assembly"; see
    ``_PLACE_MODIFIERS``; not "Ministry", "City Council" nor "health ministry"), unnamed "sources", a document
    alone ("study", "Filing") or described in lower case ("press release", "new study"; see ``DOCUMENT_NOUNS``;
    not "Lancet study"), also after a word for the kind of place, whose capital only opens the sentence ("State
    records", "County figures"; see ``_PLACE_MODIFIERS``), a place of work or study, a journal or a court in lower
    case ("hospital", "research lab", "journal", "federal court"; see ``_NAMELESS_PLACES``; not "Journal"), the police
    or an unnamed group of people written as one plural noun or as a team ("statement", "Sources", "Police",
    "Witnesses", "Netizens", "the press", "Editors", "research team"; see ``NAMELESS_NOUNS``, ``_NAMELESS_GROUPS``;
    not "Press", a paper's name: see ``_PAPER_NAMES``), also after a
    word for where they post, capitalised or not ("Internet users"; see ``_ONLINE_MODIFIERS``), a transcript's unnamed
    asker or answerer (``INTERVIEWER_DISPLAY``, ``INTERVIEWEE_DISPLAY``) or its host by role alone ("Moderator" of a
    "MODERATOR:" or "MODERATOR (KAREN LIU):" label, "Host", "Anchor", a call's "Operator": see
    :data:`framing.turns.INTERVIEWER_ROLES`, :data:`framing.turns.HOST_LABELS`;
    each debate has its own) or a speaker it cannot name ("Unidentified Male", "Unknown Speaker", "Unidentified
    Protester": see ``_UNIDENTIFIED``; no person surnamed "Male" either), or, when it is ``indefinite`` (written
    with "a" or "an": :func:`indefinite_sources`), one shown in lower case only ("media watchdog", "aid agency"). A
    quantifier first ("Two former employees", "Several officials", "One", "One of them", "Another"; see
    :data:`framing.source_words.QUANTIFIERS`) is no name, nor is a role after it with a party's or nationality's
    adjective ("Two Democratic senators", "Three Chinese officials", "one Chinese netizen"; see
    :func:`_described_counted_role`), nor bodies so counted ("Several organisations"; see
    :data:`framing.source_words.BODY_PLURALS`) or alone ("the groups", "Groups"), nor a group after a word that leaves
    it as unnamed ("Independent experts", "Various groups"; see :data:`framing.source_words.VAGUE_GROUP_WORDS`), and an
    unnamed group or a role in lower case but for its own first letter, with words after it ("former employees",
    "People familiar with the matter", "officials briefed on the talks"; see
    :data:`framing.source_words.GROUP_GOES_ON`), names no one either. Two documents' such sources are most likely two
    people, bodies or documents, so :func:`framing.summary.summarize` keeps them apart."""
    if counted_key(source) != source:  # "A few residents" as "Few residents"
        display, source = display[2:], counted_key(source)
    first, _, rest = display.partition(" ")
    # "another", one more of the people written of, opens a source as "one" does ("One said ... Another said")
    if first.lower() in QUANTIFIERS or first.lower() == "another" or first.isdigit():
        if not rest or (rest.startswith("of ") and rest.islower()):  # "One", "One of them", "Another"
            return True
        display, source = rest, source.removeprefix(first.lower() + " ")
        if _described_counted_role(display) or source in BODY_PLURALS:  # "Two Democratic senators", "Several groups"
            return True
    elif first.lower() in VAGUE_GROUP_WORDS and rest.islower():  # "Independent experts", "various groups"
        display, source = rest, source.removeprefix(first.lower() + " ")
        if source in BODY_PLURALS:
            return True
    group, _, before = GROUP_GOES_ON.split(source, 1)[0].rpartition(" ")[::-1]
    # "People familiar with", "Internet users", not "Local people"
    if ((display.islower() or (display[1:].islower() and (not before or before in _ONLINE_MODIFIERS)
                               and source not in _PAPER_NAMES))
            and (group in NAMELESS_NOUNS or f"{group}s" in NAMELESS_NOUNS or group in _NAMELESS_GROUPS
                 or role_word(group))):
        return True
    words = source.split(" ")
    if (source in _UNNAMED_SPEAKERS or source in HOST_LABELS
            or all(word in INTERVIEWER_ROLES for word in words)
            or unnamed_speaker(words)
            or (source in DOCUMENT_NOUNS and display[1:].islower())
            or (source.rpartition(" ")[2] in DOCUMENT_NOUNS and display.islower())
            or (source.rpartition(" ")[2] in DOCUMENT_NOUNS and display[1:].islower()
                  and source.partition(" ")[0] in _PLACE_MODIFIERS)
            or (indefinite and not any(ch.isupper() for ch in display))
            or (source in BODY_PLURALS and display[1:].islower())  # "the groups", "Groups": bodies unnamed
            or (display.islower() and (bodies_only(source) or source in NAMELESS_BUSINESSES
                                         or source.rpartition(" ")[2] in _NAMELESS_PLACES))):
        return True
    first, _, rest = display.partition(" ")
    head = ROLE_JOINER.split(source, 1)[0].rsplit(" ", 1)[-1]
    return (role_word(head) and not any(ch.isupper() for ch in rest)
            and (first.islower() or role_word(first.lower())))


def _described_counted_role(display: str) -> bool:
    """Whether ``display``, a source after its quantifier, is a role's or a group's noun, plural or singular
    ("Chinese netizen" of "one Chinese netizen"; see ``NAMELESS_NOUNS``), or outlets' ("Ostrian newspapers": see
    :func:`counted_group`), with adjectives before it, in lower case or capitalised as a party's or a nationality's
    are ("Democratic senators", "Chinese officials"; see ``_CAPITALISED_ADJECTIVE``), before any words that go on from
    the group ("Israeli soldiers at the gate"): a group no one names, where a capital that is no such adjective may be
    a body's name ("Orsen Ferries employees")."""
    words = GROUP_GOES_ON.split(display, 1)[0].split(" ")
    head = words[-1]
    return (len(words) > 1 and head.islower()
            and (counted_group(head) or f"{head}s" in NAMELESS_NOUNS or role_word(head))
            and all(word.islower() or _CAPITALISED_ADJECTIVE.fullmatch(word) for word in words[:-1]))


def bodies_only(source: str) -> bool:
    """Whether ``source`` is nouns of bodies only, after a word for the kind of place it serves if any ("council",
    "police command", "city council", "school board"; see ``_PLACE_MODIFIERS``)."""
    words = source.split(" ")
    if len(words) > 1 and words[0] in _PLACE_MODIFIERS:
        words = words[1:]
    return all(word in BODY_NOUNS for word in words)


#: A judge's title and a given name after it, then a surname ("Judge Ana Okafor", "U.S. District Judge Ana Okafor");
#: group 1 is the given name.
_JUDGE_NAMED = re.compile(r"\b(?:Judge|Justice|Magistrate)\s+([A-Z][a-z]+)\s+[A-Z]")


def judge_acting(subject: Span, sentence: Sentence, known: SourceIndex) -> bool:
    """Whether ``subject``, the subject of ``sentence``, which names no source, is a judge written with a judge's
    title and a given name of one sex ("Judge Ana Okafor blocked the law on Friday.", "U.S. District Judge Ana Okafor
    ruled ..."; see :func:`framing.source_kinds.names_a_court`), whom a "she" or "he" of that sex later in the copy may
    mean, as a subject that spoke (see :meth:`SourceIndex.see_subject`): a court's acts on the case
    are its words. Not where the sentence names another person who may be of that sex, or writes a full name of
    unknown sex ("Judge Tom Okafor sentenced Dan Rell": a later "he" may be Rell's)."""
    named = _JUDGE_NAMED.search(subject.text)
    sex = given_name_sex(named.group(1)) if named else None
    if sex is None or not names_a_court(subject.text):
        return False
    rest = sentence.text[subject.end - sentence.start:]
    others = known.others_named(rest, text_key(display_source(subject.text)))
    # a full name whose sex is unknown ("Dan Rell"; a place's or a body's too) may be anyone's
    written = {text_key(found.group().rsplit(None, 1)[-1]) for found in TWO_CAPITALISED.finditer(rest)}
    return not any(others.get(key) in (None, sex) for key in written | others.keys())


def weasel_alone(span: Span, sentence: Sentence, known: SourceIndex) -> bool:
    """Whether the source ``span`` of ``sentence`` is a weasel word alone, a quantifier or pronoun of no one ("Many"
    of "Many believe ...", "Some", "Most", "Others", "Someone"; see ``WEASEL_WORDS``), or one with its relative
    clause, "Those who slept longer" (see ``_WEASEL_WHO``; "those" of "among those who ...", the clause after the
    span), or placed in a body or room in lower case, "Many in the boardroom" (see ``_WEASEL_WITHIN``), adverbs after
    it left out ("privately"), reports of no one's ("Reports surfaced that"; see :func:`unowned_reports`), or a share
    of no group or who was asked ("Among likely voters") with no poll in view, "Twelve percent" (see
    :meth:`SourceIndex.nameless_share`): the writer's own unnamed sourcing (LABELS.md), no source; an unnamed group
    with its noun ("Many fans", "Critics") is one, which names no one (see :func:`generic_source`). Not a capitalised
    one that is the surname of a person ``known`` names ("Most said" after "Ivan Most")."""
    word = span.text.strip(EDGE)
    trailing = trailing_adverbs(word)
    word = word[:trailing.start()] + word[trailing.end():] if trailing else word
    if word[:1].isupper() and text_key(word) in known.surnames:
        return False
    text = word.lower()
    if text == "those":  # "those" of "among those who expressed ...", its clause left out of the span
        text += sentence.text[span.end - sentence.start:span.end - sentence.start + len(" who ")].lower()
    return (text in WEASEL_WORDS or _WEASEL_WHO.match(text) is not None or unowned_reports(word)
            or _WEASEL_WITHIN.fullmatch(word[:1].lower() + word[1:]) is not None
            or known.nameless_share(word, sentence.text[:span.start - sentence.start],
                                    sentence.text[span.end - sentence.start:]))


def named_beside_weasel(span: Span, sentence: Sentence, weasel: Span) -> bool:
    """Whether the source ``span`` of ``sentence``, after a weasel word that speaks (see :func:`weasel_alone`), names
    someone (a capitalised word but an article's or a count's: see ``_NAMING_WORD``) who speaks: an example of the
    group ("including Sen. Ana Varga", "such as Ana Varga") or the subject of a cue just after it, an aside between
    ("Mr. Tane" of "While many have claimed ..., Mr. Tane said"; "Vell" of "Many told them ..., Vell said"). Not
    "the reporters" of "Some called it a smear, as the reporters who wrote it explained", nor "one blogger asking", nor
    a name inside what the ``weasel`` word's cue reports ("Some said that Mayor Tom Vell told aides ..."): past a cue
    of the weasel word, only a name after a comma speaks ("While many have claimed ..., Mr. Tane said")."""
    if not _NAMING_WORD.search(span.text):
        return False
    before = sentence.text[:span.start - sentence.start]
    if (any(cue.type == "cue" and weasel.end <= cue.start < span.start for cue in sentence.spans)
            and not before.rstrip().endswith(",")):
        return False
    if EXAMPLES_OPEN.match(span.text.strip(EDGE)) or _EXAMPLES_BEFORE.search(before):
        return True
    cue = min((c.start for c in sentence.spans if c.type == "cue" and c.start >= span.end), default=None)
    return cue is not None and bool(ASIDE_BEFORE_CUE.fullmatch(sentence.text, span.end - sentence.start,
                                                                cue - sentence.start))


#: Collective nouns in lower case that speak as one side or body though :func:`generic_source` does not list them
#: ("The military shelled the town.", "The prosecution rested its case."): see :func:`names_no_one`.
_SPEAKING_COLLECTIVES = frozenset("""military army navy opposition prosecution defence defense management staff
    leadership junta regime""".split())


def names_no_one(display: str) -> bool:
    """Whether a source shown as ``display`` names no one that may speak: one word in lower case, no plural, that
    is no person's role, body's noun, speaking collective ("the military") or other nameless source (see
    :func:`generic_source`): "ink", "heritage", a noun the model marked by mistake."""
    return (" " not in display and display.islower() and display.isalpha() and not display.endswith("s")
            and not generic_source(display, display) and display not in PERSON_ROLES
            and display not in _SPEAKING_COLLECTIVES)


def generic_one(sentence: Sentence, quotes: list[tuple[int, int]], voiced: list[tuple[int, int]]) -> bool:
    """Whether ``sentence`` opens with the generic "One" before a modal and a verb of arguing or wondering ("One can
    also debate ...", see :data:`framing.source_words.GENERIC_ONE_AFTER`), outside quotation marks (``quotes``) and the
    quotations ``voiced``: anyone at all, the writer's own musing, which no source named before gives."""
    opening = _ONE_OPENING.match(sentence.text)
    if opening is None or GENERIC_ONE_AFTER.match(sentence.text, opening.end()) is None:
        return False
    return (not in_quotation(sentence, voiced)
            and not quotes_within(quotes, sentence.start, sentence.start + opening.end()))


#: "One" opening a sentence, past typography and a conjunction ("But one ...").
_ONE_OPENING = re.compile(r"[\s(]*(?:(?:But|And|Yet|So|Still|Now)\s+)?(?:One|one)(?![\w'’-])")

#: Examples of a group just before a span that left them out ("including " of "Others, including Ana Voss").
_EXAMPLES_BEFORE = re.compile(r"(?:including|such\s+as)\s+\Z")
#: A capitalised word that names someone in a span: not an article or a count opening it ("The reporters", "One
#: blogger").
_NAMING_WORD = re.compile(r"(?<![\w'’.-])(?!(?:The|A|An|One|Two|Some|Many|Several)\b)[A-Z][a-z]")
