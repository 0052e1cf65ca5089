"""Who is credited with each sentence of a document: the source it names, the one a pronoun or a
continuation points back to, a quotation's speaker, an interview's speaker, or no one (the writer's own work).

:func:`credit_sources` and its pass over the sentences are here; the readers it asks live beside it, one job each:
:mod:`framing.credit_clauses` (which clause a span stands in), :mod:`framing.credit_spans` (how far a source span
reaches), :mod:`framing.credit_quotes` (quotations and their speakers), :mod:`framing.credit_own_work` (the writer's
own work, datelines, corrections, fact-check verdicts) and :mod:`framing.credit_speakers` (transcripts and
interviews). The pass's reading, :class:`_Credits`, is the last of a chain of classes, one module each, a class
calling only its own methods and those of the classes before it: :class:`~framing.credit_state.CreditState` (what
the reading holds) < :class:`~framing.credit_topics.Topics` (the topic a sentence naming no source leaves) <
:class:`~framing.credit_persons.PersonMeant` (the person "he" or "she" means) < :class:`_Credits`."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence

from .document import Sentence, Span
from .furniture import bare_stamps, ENTRY_STAMP, OPENING_STAMP, signs_copy, stamp_length
from .given_names import given_name_sex
from .segment import dateline_length, LIST_ITEM, wire_slug_length
from .source_finders import agent_of_passive, asked_for_comment, court_heard, description_after_cue, group_before_cue
from .source_finders import headline_bare_noun, headline_clause_subject, name_after_cue, name_after_opening_cue
from .source_finders import name_after_unclosed_clause, name_before_which_said, opening_subject, other_group_opening
from .source_finders import role_holder_before_who_said, said_in_passive, source_according_to, speaker_after_quote
from .source_finders import speaker_before_colon, speaker_in_aside, subject_before_cue, subject_before_finding
from .source_finders import subject_of_later_cue, weasel_before_cue, weasel_stance
from .index_body_words import ISSUED
from .index_groups import count_alone
from .source_index import SIDE_ALONE, SourceIndex
from .index_documents import unowned_reports
from .source_words import BODY_NOUNS, BODY_PLURALS, COMPANY_WORDS, EDGE, FACT_CHECK_LABEL, GENERIC_ONE_AFTER
from .source_words import GROUP_GOES_ON, NAME_GIVEN_ONLY, NAMELESS_BUSINESSES, NAMELESS_NOUNS, NOT_A_NAME_START
from .source_words import MADE, PERSON_ROLES, QUANTIFIERS, SUBJECT_CUE, VAGUE_GROUP_WORDS
from .source_keys import counted_key, head_word, past_opener, search_before_space, text_key, title_case
from .source_keys import without_legal_form, without_nickname
from .source_accusations import accusation_in_span, accused_after, accused_by_subject, acted_on_before, acted_on_only
from .source_accusations import alleges, sayer_of_act
from .source_roles import described_body, described_post
from .source_forms import display_source
from .source_kinds import names_a_court, people_plural
from .sources import normalise_source, quantity_alone, same_government, time_alone, unsure_list
from .spans import quotes_within
from .turns import asks, heading_label_length, HOST_LABELS, INTERVIEWER_ROLES, opening_label_length
from .credit_clauses import ACCOUNT_NOUNS, clause_after_aside, counted_before_clause, denying_clause
from .credit_clauses import denying_clause_subject, EXAMPLES_OPEN, in_dashed_clause, in_reason_clause
from .credit_clauses import in_uninvolved_clause, MAIN_CLAUSE_PRONOUNS, modifies, name_before_clause
from .credit_clauses import opening_clause_subject, past_time_clause, relative_object_clause, RELATIVE_PRONOUN
from .credit_clauses import SECOND_CLAUSE, second_clause_subject, WEASEL_WORDS
from .credit_own_work import _dateline_country, _dateline_town, _personal, _signed, corrects_own_piece, dateline_wire
from .credit_own_work import fact_check_verdict, FIRST_PERSON, in_writers_person, links_elsewhere, names_anyone
from .credit_own_work import names_own_piece, names_own_work, OWN_BEFORE, own_outlet_cut, own_piece, own_staff
from .credit_own_work import paper_own_sourcing, past_dateline, PRONOUN_CUE_ENDS, said_in_writers_person
from .credit_own_work import writers_verdict
from .credit_quotes import _quoted, ASIDE_BEFORE_CUE, PERSONAL
from .credit_quotes import quoted_as_saying, quoted_persons_label, quoted_pronoun, quoter_speaks, quotes_closed_later
from .credit_quotes import scare_quoted, SPEAKING, speaking_first, stamped_quote_label
from .credit_spans import adverbs_cut, chained, counted_group, general_grown, head_grown, kind_grown, maker_grown
from .credit_spans import modifier_grown, name_split_rejoined, name_start_grown, nationality_grown, owner_grown
from .credit_spans import role_word, SPEECH_VERB, SPEECH_VERBS, topic_cut, trailing_adverbs, with_group_counted
from .credit_spans import with_name_described, with_relation_named, with_whole_name, without_descriptions
from .credit_speakers import _unidentified, INTERVIEWEE_DISPLAY, INTERVIEWER_DISPLAY, Mention, Speakers
from .credit_persons import DOCUMENT_NOUNS, person_by_noun, PersonMeant, REPORTED_BY_SPEAKER, ROLE_JOINER
from .credit_persons import TWO_CAPITALISED, SUBORDINATE_OPENING
from .credit_topics import body_headed, business_named, IT_SAID, NOUN_BEFORE_PLACE, person_role, _plural
from .credit_topics import PRONOUN_SUBJECT, SPEAKING_BODIES, SUBJECT_OPENING, THEY_SAY


#: A source span naming whom a question addresses ("Your team's study", "you"): in an interviewer's turn, the one
#: asked, whose words the asker puts to them; the question stays the asker's.
_ADDRESSED = re.compile(r"(?i:you|your)\b")
#: "our" or "my" opening a source span ("Our surveys"): in a speaker's turn, the speaker's own work (see
#: :func:`_speaker_own`).
_OWN_OPENING = re.compile(r"(?i:our|my)\s")

#: Or in the present tense, as live copy writes a body's statement ("It says the pipeline has every permit", "It says a
#: lot of staff have left", "It says everything is in order"); not the idioms "it says a lot about them", "it says
#: much", "it says everything.", "it says volumes", "it says something about", nor "it adds to the strain".
_IT_SAYS = (r"(?:(?:also|still|now|[a-z]+ly)\s+)?(?:says(?!\s+(?:(?:a\s+lot|much)\b(?!\s+of\b)|volumes\b|"
            r"(?:everything|something)(?:\s+about\b|\s*[.!?])))|adds(?!\s+(?:to|up)\b)|"
            r"denies|rejects|dismisses|insists|claims|argues|maintains|states)\b")
_IT_SPEAKS = re.compile(SUBJECT_OPENING + rf"(?P<it>[Ii]t)\s+(?:(?:(?:has|had)\s+)?{IT_SAID}|{_IT_SAYS})")

#: After a quotation's closing mark or a comma, a pronoun and a verb of saying ending the sentence ('..., it said.'),
#: perhaps with when, where or how it was said after the verb ("..., it said in a statement.", "..., it said on
#: Tuesday.", "..., they said late on Friday.": see ``_WHEN_OR_WHERE_SAID``).
_WHEN_OR_WHERE_SAID = (r"(?:\s+(?:in|on|at|via|during|after|before|late|early|earlier|later|last|this|yesterday|today|"
                       r"overnight)\b[^,;:!?\"“”()]{{0,60}}?)?")
_SAID_AT_END = rf"(?:,[\"”’']?|[\"”’'],?)\s+(?P<{{0}}>{{0}})\s+(?:{{1}}){_WHEN_OR_WHERE_SAID}[.!]?\s*$"
_IT_SPEAKS_AT_END = re.compile(_SAID_AT_END.format("it", "said|says|added|adds|stated|states"))

#: A document named with its maker after "by", "from" or "of", "the", "a" or "an" and up to two lower-case words
#: before its noun ("A report by rapporteur Ines Vall", "the latest study by Tom Vask"): group "noun".
_DOCUMENT_BY = re.compile(r"(?:(?i:the|an?)\s+)?(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z]+)\s+(?:by|from|of)\s")
#: A quantifier alone opening a sentence as its subject, a conjunction perhaps before it, then a verb ("Several said",
#: "But many also described", "A few told"): part of a group, not "Several exiles said" nor "Some of the money".
_PARTITIVE_OPENING = re.compile(
    SUBJECT_OPENING + r"(?:[Ss]everal|[Mm]any|[Ss]ome|[Mm]ost|[Aa] few)\s+(?:also\s+|later\s+)?"
    r"(?:said|say|says|told|tell|described|describe|recalled|recall|added|reported|claimed|claim|argued|argue|"
    r"insisted|insist|complained|complain|noted|note|grumbled|cited|cite|agreed|agree|spoke|expressed|believed|"
    r"believe|warned|warn)\b")
#: What may open a sentence before "they" as its subject: typography, a conjunction, an opener and its comma.
_THEY_OPENING = re.compile(SUBJECT_OPENING)
_THEY_SPEAK = re.compile(SUBJECT_OPENING + rf"(?P<they>[Tt]hey)\s+(?:(?:have|had)\s+)?(?:{IT_SAID}|{THEY_SAY})")
_THEY_SPEAK_AT_END = re.compile(_SAID_AT_END.format("they", "said|say|added|add|stated|state|noted|note"))

#: "he" or "she" just after a quotation's end, speaking it (' she said' of '"...," she said.'), who is no body.
_PERSON_AFTER_QUOTE = re.compile(r"[\s,]*(?:he|she)\s+(?:\w+\s+)?(?:said|says|added|told|insisted)\b", re.I)

#: A full name in the possessive opening a sentence before a word in lower case ("Tom Vask's " of "Tom Vask's beard
#: was whiter"), after a word that starts no name if any ("When Priya Menon's flight was cancelled", "After Tom
#: Vask's ..."; see ``NOT_A_NAME_START``): group "name" the name, two to four capitalised words.
_POSSESSIVE_OPENING = re.compile(rf"(?:(?:{'|'.join(sorted(NOT_A_NAME_START))})\s+)?"
                                 r"(?P<name>[A-Z][\w’-]*(?:\s+[A-Z][\w’-]*){1,3})['’]s\s+(?=[a-z])")

#: A capitalised word with an adjective's ending, as a party's or a nationality's has ("Democratic", "Republican",
#: "Conservative", "Liberal", "Chinese", "British", "Israeli"; see :func:`_described_counted_role`).
_CAPITALISED_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ic|al|ive|an|ese|ish|i)")

#: An account's noun that no verb of saying is spelled as (see ``ACCOUNT_NOUNS``: "claim", "allegations", not "claims"
#: nor "reports", as in "Moody's reports that ..."), after a possessive as a cue: the possessive is its owner's.
_OWNED_ACCOUNT_CUE = re.compile(rf"(?:{'|'.join(sorted(set(ACCOUNT_NOUNS.values())))}|allegations|accusations|"
                                r"statements)(?![\w'’-])", re.I)

#: What a source span may hold at its edges that is no word of its mention: spaces, quotation marks and punctuation
#: (``EDGE``), but a full stop, which may end a name ("Acme Corp.", "Jr.").
_MENTION_EDGE = EDGE.replace(".", "") + "\t\r\n"

#: The outlet's own staff reporting ("..., our correspondent reports.", "our reporter in Kostel saw"; see
#: :data:`framing.source_words.OWN_WORK`), or French copy's "a-t-on appris" ("we learned"): the outlet's own work, no
#: one's account.
_OWN_STAFF_REPORTS = re.compile(r"(?<![\w'’-])(?:our|my)\s+(?:[\w'’-]+\s+)?(?:correspondents?|reporters?|"
                                r"journalists?)(?:\s+(?:in|at|on)\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)"
                                r"(?:\s+(?-i:[A-Z][\w'’-]*)){0,3})?\s+"
                                r"(?:reports?|reported|says?|said|writes?|wrote|adds?|added|saw|heard|counted)\b"
                                r"|(?<![\w'’-])a-t-on\s+appris\b", re.I)

#: Words that end a street's name, which a line of an address ("Main Street, Northgate") holds before its comma where a
#: sign-off holds a surname; not "Lane", "Way", "Place" or "Close", surnames too.
_STREET_WORDS = ("Street", "St", "Road", "Rd", "Avenue", "Ave", "Boulevard", "Blvd", "Square", "Drive", "Terrace",
                 "Crescent", "Highway")
#: A letter's sign-off, a sentence of its own with no full stop (one the segmenter ends at its line's end): a name of
#: two to four capitalised words (initials too), a comma and a place of one to three ("Dev Patel, Northgate", "J. R.
#: Okafor, Newcastle upon Tyne"), but a street's line (see ``_STREET_WORDS``).
_LETTER_SIGN_OFF = re.compile(r"(?:[A-Z][\w'’-]*\.?\s+){1,3}(?!(?:%s),)[A-Z][\w'’-]+,\s+[A-Z][\w'’-]+"
                              r"(?:\s+(?:(?:upon|on|in|de|la|le)\s+)?[A-Z][\w'’-]+){0,2}" % "|".join(_STREET_WORDS))

#: A weasel word or "those" with the relative clause that says which people it means and no more ("Those who slept
#: longer", "Some who attended"): no source either (see :func:`_weasel_alone`).
_WEASEL_WHO = re.compile(r"(?:%s|those)\s+(?:who|that)\b" % "|".join(sorted(WEASEL_WORDS)))
#: A weasel word placed in a body or room written in lower case, no more ("Many in the boardroom", "Some within the
#: club", "Others at the federation"): no one is named either (see :func:`_weasel_alone`).
_WEASEL_WITHIN = re.compile(r"(?:many|some|most|few|others)\s+(?:in|within|inside|at|around)\s+(?:the|this)\s+"
                            r"[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?")
_DOCUMENT_OPENER = re.compile(r"(?:(?:But|And|Yet)\s+)?(?:[Ii]n|[Aa]ccording\s+to)\s+(?:the|a|an|this|that)\s+"
                              r"(?:[\w'’-]+\s+){0,2}?(?:poll|polls|survey|surveys|report|study|analysis)\b"
                              r"[^,.;:!?\"“”]{0,40},")

#: A list's heading naming findings, conclusions or recommendations but no one ("Key findings:", "Its main
#: recommendations:", "Among the findings:"): a report's, where the sentence just before credits it (see
#: :func:`credit_sources`).
_FINDINGS_HEADING = re.compile(r"(?:among\s+)?(?:(?:the|its|their)\s+)?(?:(?:key|main|principal|major|chief|other)\s+)?"
                               r"(?:findings|conclusions|recommendations)\s*:", re.I)

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
            or _unidentified(words)
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


def _source_in_subordinate_opening(sentence: Sentence) -> bool:
    """Whether every source and cue span of ``sentence``, a list's heading, lies in a subordinate clause opening it
    (``SUBORDINATE_OPENING``): "Since the minister said the plan was fair in March, three things have happened:"
    heads the writer's list, not the minister's, where "When the minister spoke, she listed three demands:" heads
    hers."""
    opening = SUBORDINATE_OPENING.match(sentence.text)
    return opening is not None and all(span.end - sentence.start <= opening.end() for span in sentence.spans
                                       if span.type in ("source", "cue"))


def credit_sources(sentences: Sequence[Sentence], runs: list[tuple[int, int]], voiced: list[tuple[int, int]],
                    furniture: Sequence[bool], quotes: list[tuple[int, int]], speakers: Speakers,
                    headings: Sequence[bool], text: str | None = None
                    ) -> tuple[dict[int, str], dict[str, str], dict[int, Mention]]:
    """The source each attributed or denial sentence is credited to, each source's display form
    (as first written in full, capitalised where it ever was: "Wang Wenbin", not a later "Wang"), and where
    the mention each credit is drawn from is written (see :meth:`_Credits.credit_speaking`).

    Later, shorter mentions join the source they stand for (see :class:`SourceIndex`). A sentence
    without a named source continues the last named source's account, until the writer's own verdict
    interrupts it (an opinion sentence marking no source, outside quotation marks and the quotations
    ``voiced``: see :func:`writers_verdict`), except that a denial does not inherit a source whose last credited
    sentence made a claim: in "Rights groups said ... It called the claims absurd" the denier is
    unnamed, not the rights groups (unless the claim and the denial lie in one closed quotation, which
    may run over paragraphs: one speaker's words, or the denial takes up in the same paragraph the quotation the
    claim's cue broke off, see :meth:`_Credits._resumes_quotation`). Of two sources named in a
    claim, the one nearer a cue speaks ("Echoing the UN, Amnesty said": Amnesty), but for a chain's tail after a
    named head ("Judge Ortega of the District Court for the Southern District": the judge, see :func:`chained`).
    "He" or "she" is the person the sentence just before, naming no source, has as its subject ("Oduya was less
    sure.", see :meth:`_Credits.note_topic`), else the person named most recently, or the nameless person's role
    named since ("A Corvane
    spokeswoman denied it. She said..."; not "she" after "a police spokesman", nor a person's own spokesperson when
    the copy wrote of that person again since, see :meth:`_Credits._principal_again`; a person known to be of the other
    sex is passed over, see :meth:`SourceIndex.person_for`), whose account the
    sentences after it then continue (when it means no one, a quotation it broke off and took up after it is no
    one's either); in a denial, not one whose last sentence made a claim when the full name of someone else, not
    known to be of the other sex, was written since (the accused named in passing: "Prosecutor Helen Marsh
    said the minister, Jan Nowak, took bribes. He denied it." credits no one), though the accused's
    own account and then "he" is theirs ("Whitcombe said the money was savings. '"I never took a
    penny," he told the court.'). A quotation closed
    by a later sentence (``runs``, see :func:`_closed_quotations`) belongs to the source that
    sentence names or refers to after it; one a sentence opened past its speaker's name is the speaker's throughout,
    sources named inside it quoted by them (see :meth:`_Credits.quoted_by_opener`).

    An attributed or denial sentence in which the model marked no source is read for its subject
    before a speech or denial verb ("The ministry denied the report": the ministry), unless the
    subject is a pronoun or lies in a quotation (``quotes``), see :func:`_subject_source`.

    A section heading inside the body (``headings``, see :func:`_section_headings`: "Forward-Looking Statements" as a
    paragraph of its own) ends the account going on, as the publication's own piece does ("This article ...",
    "This press release ..."): what follows is another section, no earlier speaker's. So does a sentence naming no
    source whose subject names someone else (see :meth:`_Credits.someone_else`, :func:`_keeps_account`: "Rusek said
    ... Dravonia's ministry released a video" is not Rusek's), and so does a claim or denial naming no source whose
    opening clause sues or accuses the source whose account goes on ("Kellmore said ... Tenants sued Kellmore": see
    :meth:`_Credits.accuses_last`); a claim or denial whose subject is the last source again takes its ended account
    up (see :meth:`_Credits.resume`).

    A ``furniture`` sentence (a headline, byline or stamp line) is credited only to a source it
    names, and no sentence goes on from it: it is not part of anyone's account, so "By Jane Roe"
    after a claim is not the claimant's, and the source it names is not the one continued. A byline or credit line
    (see :func:`framing.furniture.signs_copy`) names the newsroom and is credited to no one. A line
    that links to another story ("Read more: Minister denies ...") is credited to no one, and so is furniture below
    the headline signed with a dash and a name (a pull quote, '"..." — Mirek Hall': its words are credited where
    the copy wrote them).

    An item of a list (opening with a list item's mark: see :data:`framing.segment.LIST_ITEM`) below a heading that
    ends in a colon and names its source ("The report, by the rapporteur, found:" then "1. Torture was used ...",
    "- No official has been prosecuted.") is that source's, whatever its label, unless it names a source of its own:
    the list is the source's account, though each item reads as a plain fact. A line with no such mark ends the list.
    So is a list below a heading of findings naming no one ("Key findings:", see ``_FINDINGS_HEADING``) the source's
    that the sentence just before names (the one it is credited to, else the first): "The commission's report,
    released on Monday, found ..." then "Key findings:". A list below a sentence naming no one is still no one's, and
    so is one below a denial, whose source answers the findings, never states them ("The ministry denied the report."
    then "Key findings:").

    Every sentence of a transcript's turn (``speakers``, see :class:`Speakers`), whatever its label, is its
    speaker's, unless it is attributed or a denial and names a source of its own: the speaker reports
    someone else ("ROE: The ministry denied it."). A pronoun for a person ("he said") is read as the speaker's
    account; an attributed or denial sentence after the turn's first that opens with "it" having said or denied is a
    body the speaker reports, credited to no one ("HOST: We asked the board. It said the figures were wrong.": not
    the host's; "It says a lot about them." and "It said a lot about them." are).

    An attributed or denial sentence of the furniture that opens the page (its headline) whose sources are each
    one word ("Dahl: ...", "Governor denies ...", "Agency rejects ...") is credited after the copy, so that its
    short mention joins the source the copy names in full and does not take the copy's later mentions over
    ("Henrik Dahl ... Dahl said", "the governor"); see :meth:`SourceIndex.add` for ``headline``. So
    is a liveblog entry's heading (see :func:`_entry_heading`: "16:05 GMT" then "Embassy: 'groundless accusations'"
    above "The Dravonian embassy in Port Elsinore called the claims ...").
    """
    known = SourceIndex()
    known.own_wire = dateline_wire(sentences)
    known.dateline_country = _dateline_country(sentences)
    known.dateline_town = _dateline_town(sentences)
    credits = _Credits(sentences, furniture, known, runs, quotes, text)
    opening = next((index for index, flag in enumerate(furniture) if not flag), len(sentences))
    headlines: list[int] = []  # headline sentences credited after the copy
    stamped = bare_stamps(text) if text else frozenset()  # "13:52 " opening each of a liveblog's entries
    introduced = False  # in a statement a speaking sentence ending in a colon introduced ("Acme said:"), so far
    listing: tuple[str, Mention] | None = None  # the source a list's heading names before its colon, and where
    reporting: tuple[str, Mention] | None = None  # the source the sentence before names (its credit's first), where
    for index, sentence in enumerate(sentences):
        known.after_correction = index > 0 and corrects_own_piece(sentences[index - 1])
        item = listing is not None and LIST_ITEM.match(sentence.text) is not None
        listing = listing if item else None  # a line with no list item's mark ends the list
        # a person's name alone on its line ("Lina Voss", a signature), written before, heads no section
        heading = headings[index] and text_key(sentence.text.split()[-1]) not in known.surnames
        known.see(sentence.text[stamp_length(sentence.text):])  # a stamp's zone is no name: "GMT\nResidents'"
        credits.note_surnames(index)
        speaker = speakers.speaker(index, known)  # read for every sentence, in order: a turn's first names it
        if speakers.asks_unlabelled(index):
            credits.end_account()  # "A company sells an app based on your work. Did you approve it?" is no answer's
        if (links_elsewhere(sentence, furniture[index], text)
                or (index >= opening and _signed(sentence, furniture[index]))
                or (furniture[index] and signs_copy(sentence.text))):
            continue  # a line linking to another story, a pull quote signed below the headline or a byline is no one's
        entry_heading = index >= opening and _entry_heading(sentences, index, text)
        if ((index < opening or entry_heading) and not speaker and sentence.label in SPEAKING
                and (_short_mentions(sentence, known, quotes, speakers.words(index))
                     or _subject_named_later(sentence, known, quotes, speakers.words(index)))):
            if entry_heading:
                credits.end_account()  # a new entry: no earlier entry's account goes on
            headlines.append(index)
            continue
        known.topic_person = credits.topic_before(index)  # "Ruiz pounced. The governor said ..." is Ruiz's
        acting = _subject_before_description(sentence, known, quotes)
        if acting is not None:
            # "Orsk Mining will close the mine, the company said": the firm the sentence opens with speaks
            known.see_body(sentence.text, acting.start - sentence.start, acting.end - sentence.start)
        firm = None if acting is not None else _firm_after_kind(sentence)
        passing_firm = firm if firm is not None and not any(span.type == "source" for span in sentence.spans) else None
        if firm is not None and passing_firm is None:
            # "The video was removed from the social network Pollen, the company said": the one firm it names
            known.see_firm_by_kind(sentence.text, firm.start - sentence.start, firm.end - sentence.start)
        sourced = acting is not None or firm is not None or any(span.type == "source" for span in sentence.spans)
        trader = None if sourced else _firm_by_business_act(sentence)
        if trader is not None and (trader.text.lower() in known.people or trader.text.lower() in known.surnames):
            trader = None  # "Tom Cardwell, the owner, said ... Cardwell cut 200 jobs.": the person, no firm
        if trader is not None:
            # "Cardwell cut 200 jobs on Monday. The company said ...": a one-word name a business's act shows a firm
            known.see_firm_by_kind(sentence.text, trader.start - sentence.start, trader.end - sentence.start)
        owner = _subject_owning_side(sentence, known, quotes)
        if owner is not None:
            # "Governor Tamsin Roe declared an emergency, her office said": hers, not the last speaker's office
            known.see_subject(sentence.text, owner.start - sentence.start, owner.end - sentence.start)
        named = _sources_named(sentence, known, quotes, speakers.words(index))
        found = _unaccused(named, sentence)
        if named and not found:
            credits.end_account()  # "Mr. Roe was accused of ...": by no one named, nor by the account before
        if credits.quoted_by_opener(index, found):
            found = []  # 'Ruiz told the panel: "Look. Ben says he will pay. That sounds great."' is all Ruiz's
        if speakers.asking(index):  # "Q: Your team's study found ...": the one asked, whom the asker addresses
            found = [(span, name) for span, name in found if not _addressed(span, name)]
        elif speaker:  # "A: Our surveys show ...": the speaker's own work, whose words the turn's are
            found = [(span, name) for span, name in found if not _speaker_own(span, sentence)]
        if not found and not speaker and names_own_piece(sentence, speakers.words(index), known.own_wire, known):
            credits.end_account()  # "The article also incorrectly said ..." is the writer's, no earlier source's
        if not found and not speaker and _UNVERIFIED.search(sentence.text):
            credits.end_account()  # "The army denied it. Nordpress could not independently verify either account."
        if not names_anyone(found) and not speaker and names_own_work(sentence, speakers.words(index)):
            credits.end_account()  # "Analysis by our Beijing correspondent: ..." is the outlet's, not Wang's
        own = credits.note_named(index, found)
        if index == 0 and not furniture[index] and _line_of_its_own(sentence, text):
            for _, name in found:
                known.headline_credited(name)  # "Vask: '...'." heading the page, "Mara Vask" in the copy
        if not speaker and fact_check_verdict(sentence):
            credits.end_account()  # "The ministry said ... Verdict: False." is the checker's ruling, not the ministry's
        if not found and any(clause_after_aside(s, sentence) for s in sentence.spans if s.type == "source"):
            credits.end_account()  # "... Sen. Ana Voss (R-Kessel), who polls show ..." goes on with no one's account
        if not found and sentence.label in SPEAKING and credits.part_of_group(index):
            pass  # "Nine exiles described ... Several said ...": some of the nine, whose account goes on
        elif not found and sentence.label in SPEAKING and (any(
                _weasel_alone(s, sentence, known) for s in sentence.spans
                if s.type == "source" and s.start >= speakers.words(index))
                or weasel_before_cue(sentence.text[speakers.words(index) - sentence.start:], known.knows)
                or weasel_stance(sentence.text[speakers.words(index) - sentence.start:], known.knows)
                or other_group_opening(sentence.text[speakers.words(index) - sentence.start:])):
            # "Varga said ... Many believe ...", "... Others were more cautious." is the writer's weasel wording, and
            # "Other researchers were more cautious." a new party's stance: neither goes on with Varga's account
            credits.end_account()
        if (ENTRY_STAMP.match(sentence.text) or sentence.start in stamped or heading) and not speaker:
            credits.end_account()  # "17:30 GMT - A channel posted ..." opens a new entry: no earlier entry's account
        if index == 0 and furniture[index] and not (own or speaker) and _above_deck(sentences, text):
            # "Ana Ruiz takes on her party" above "In speech to the convention, she attacks ...": hers
            headline_subject = _unquoted_subject(sentence, known, quotes)
            if headline_subject is not None:
                credits.note_topic(index, headline_subject)
        subject = None if own or speaker or furniture[index] else _unquoted_subject(sentence, known, quotes)
        spoke = _SPOKE_OR_ASKED.match(sentence.text, subject.end - sentence.start) if subject else None
        # a judge's acts on the case are the court's words ("Judge Ana Okafor blocked the law."): she spoke
        judged = subject is not None and spoke is None and _judge_acting(subject, sentence, known)
        answered = judged or (spoke is not None and _KEPT_SILENT.search(spoke.group()) is None)
        # "Velmark's President Oren Task was asked ... He said": a person "he" may mean; not one who acts on
        # another ("Detective Kit Moran arrested Tom Vell. He denied the charges." may be Vell's)
        seen = subject is not None and (spoke is not None or judged) and known.see_subject(
            sentence.text, subject.start - sentence.start, subject.end - sentence.start, answered=answered)
        if subject and not seen and (answered or not spoke):
            # "Oduya was less sure. '...,' he said." is Oduya's, and so is "she" after "Ruth Adeyemi briefed the
            # Council.", who spoke with no role written
            credits.note_topic(index, subject)
        elif subject and not seen:
            # "The Velmari Foreign Ministry did not respond to a request for comment. A spokesman said ...": a body kept
            # silent is still the one whose spokesperson speaks next, though no "he" or "she" means it
            known.see_body(sentence.text, subject.start - sentence.start, subject.end - sentence.start)
        elif not (subject or own or speaker or furniture[index]):
            # "Eastmere lost again, and Stefan Rusnak was angry. '...,' he said." is Rusnak's, the second clause's
            later = second_clause_subject(sentence, known, quotes) or opening_clause_subject(sentence, known, quotes)
            later_spoke = _SPOKE_OR_ASKED.match(sentence.text, later.end - sentence.start) if later else None
            if later is not None and not (later_spoke and _KEPT_SILENT.search(later_spoke.group())):
                credits.note_topic(index, later)
            elif later is None:
                credits.note_sexed_person(index)  # "The woman who filed the complaint ... '...,' she said." is hers
                owner = _possessive_owner(sentence)
                if owner is not None:
                    credits.note_topic(index, owner)  # "Tom Vask's beard was greyer ... '...,' he said." is his
                credits.carry_topic(index)  # "... He did not mention his record. '...,' he told them." too
        elif not (subject or speaker or furniture[index]) and sentence.label not in SPEAKING and own in (
                ["woman"], ["man"]):
            credits.note_sexed_person(index)  # the same, where the model marked "The woman who" as a source
        asked = _person_asked(sentence) if own and not (subject or speaker or furniture[index]) else None
        if asked is not None:
            credits.note_asked(index, asked)  # "Vell asked Senator Dan Orr whether ... '...,' he said." is Orr's
        # a one-word name opens no subject but a business's act shows it a firm; a document opening it, its maker
        acted = subject or trader or (None if own or speaker else _document_maker(sentence))
        if acted:
            # "The ministry did not respond. It has previously denied ...", "Cardwell cut 200 jobs. It said ..."
            credits.note_body(index, acted, firm=trader is not None and trader.text == acted.text)
        if passing_firm is not None:
            # "Shoppers bought 40 vans from the manufacturer Stahlwerk. The company insisted ...": the firm, unless the
            # sentence's subject was a body, which a later description means first
            firm_at = passing_firm.start - sentence.start
            known.see_firm_by_kind(sentence.text, firm_at, firm_at + len(passing_firm.text), passing=True)
        asked_body = None if own or furniture[index] else asked_for_comment(sentence.text)
        if asked_body is not None:
            # "We put your comments to the health board. A spokesman said ...": the board's spokesperson
            known.see_asked_body(sentence.text, *asked_body)
        if not (own or speaker or furniture[index]):
            credits.note_document(index)  # "The study was published in March. It found ..."
            credits.note_issued(index)  # "The two banks issued a joint statement. It said ..."
            credits.note_group(index)  # "The institute's scientists analysed data. They found ..."
        if (subject and not found and credits.someone_else(subject.text)
                and not PRONOUN_CUE_ENDS.search(sentence.text) and not _keeps_account(sentence, subject)):
            credits.end_account()  # "Rusek said ... Dravonia's ministry released a video ..." is not Rusek's
        if subject and not found and sentence.label in SPEAKING:
            credits.resume(subject.text)  # "Ms. Lind, reading the draft, complained" after her account ended
        if (speaker and not furniture[index] and not (own and sentence.label in SPEAKING)
                and not _goes_on_with_other(sentence, found, known, credits.credited.get(index - 1), speaker[0],
                                            speakers.asking(index), speakers.opens_turn(index))):
            if (sentence.label not in SPEAKING or speakers.opens_turn(index)
                    or not REPORTED_BY_SPEAKER.match(sentence.text)):
                # unless it reports someone it names: "ROE: The ministry denied it."
                credits.credit_turn(index, *speaker)
            continue  # or later in the turn someone it does not: "It said the figures were wrong." is no one's
        if speaker is None and asks(sentence.text):
            credits.end_account()  # "Q: Isn't this a cover-up?" with no "A:" is the asker's, not the last speaker's
        # the statement goes on over sentences in the first person that name no one: "We will cooperate."
        introduced = introduced and not names_anyone(found) and FIRST_PERSON.match(sentence.text) is not None
        if (not furniture[index] and not introduced and not known.own_statement()
                and in_writers_person(sentence, found, quotes, voiced)):
            # "Pike claims the figures are false. I counted 212 passengers." is not Pike's; in a body's own statement
            # ("Statement by the Embassy of ...") "We remain open to dialogue." goes on with its account
            credits.end_account()
        if not furniture[index] and said_in_writers_person(sentence, found, quotes, voiced):
            credits.end_account()  # 'Tom Vask met us. "The fence was down," I said.' is the writer's, not Vask's
        if not furniture[index] and not names_anyone(found) and _generic_one(sentence, quotes, voiced):
            credits.end_account()  # "Many economists believe ... One can also debate ..." is the writer's musing
        if sentence.label in SPEAKING and not names_anyone(found) and credits.accuses_last(sentence):
            credits.end_account()  # "Kellmore said ... Tenants sued Kellmore Pharma ..." is the tenants' allegation
        if sentence.label in SPEAKING and not names_anyone(found) and said_in_passive(sentence.text):
            credits.end_account()  # "Acme said ... The plan was dismissed by critics as ..." is not Acme's
        if not names_anyone(found) and _OWN_STAFF_REPORTS.search(sentence.text):
            credits.end_account()  # "Explosions were heard, our correspondent reports." is the outlet's own work
        if (paper_own_sourcing(sentence, found)
                and not quotes_within(quotes, sentence.start, sentence.start + 1) and not _quoted(sentence, voiced)):
            credits.end_account()  # "AS said ... It is understood that Arsenal ..." is the paper's own sourcing
        if (sentence.label in SPEAKING and not names_anyone(found) and _told_by_no_one(sentence)
                and not _quoted(sentence, voiced)):
            credits.end_account()  # "The council met. Parents were told that ..." names no teller, the council or not
        if not found and _DOCUMENT_OPENER.match(sentence.text):
            credits.end_account()  # "Pike said ... In the poll, Rowe leads by four points." is not Pike's
        if sentence.label in SPEAKING:
            credits.credit_speaking(index, found)  # a source it names, "he" or "she", or the account it goes on with
        credits.go_on(index, found, voiced)
        if listing is not None and index not in credits.credited and not names_anyone(found):
            credits.credit_item(index, *listing)  # "The report found:" then "1. Torture was used ...": the report's
        if not furniture[index] and sentence.text.rstrip().endswith(":"):
            # a list's heading naming its source; not one credited only as the account going on
            listing = (None if _source_in_subordinate_opening(sentence)
                       else next(((name, _written_at(span)) for span, name in found if name), None))
            if listing is None and _FINDINGS_HEADING.fullmatch(sentence.text.strip()):
                listing = reporting  # "The commission's report found ..." then "Key findings:": the report's
        reporting = (None if furniture[index] or sentence.label == "official_denial"
                     else (credits.credited[index], credits.mentions[index])
                     if credits.credited.get(index) in own else next(
                         ((name, _written_at(span)) for span, name in found if name), None))
        if _LETTER_SIGN_OFF.fullmatch(sentence.text.strip()):
            credits.end_account()  # "Dev Patel, Northgate" closes a letter: the next letter is no one's account
        if (not furniture[index] and sentence.label in SPEAKING and sentence.text.rstrip().endswith(":")
                and FIRST_PERSON.match(sentence.text) is None):
            introduced = True  # 'In a statement, Acme said:' then "We are committed to ..." is Acme's, unquoted
    for index in headlines:
        found = _unaccused(_sources_named(sentences[index], known, quotes, speakers.words(index), headline=True),
                           sentences[index])
        credits.note_named(index, found)
        credits.credit_speaking(index, found)
    credits.credit_closed_quotations(runs)
    # a nameless role later named ("a government spokesperson", then "The spokesperson, Clarita Reyes") is them
    return {index: known.resolve(name) for index, name in credits.credited.items()}, known.shown, credits.mentions


#: A judge's title and a given name after it, then a surname ("Judge Ana Okafor", "U.S. District Judge Ana Okafor");
#: group 1 is the given name.
_JUDGE_NAMED = re.compile(r"\b(?:Judge|Justice|Magistrate)\s+([A-Z][a-z]+)\s+[A-Z]")


def _judge_acting(subject: Span, sentence: Sentence, known: SourceIndex) -> bool:
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


def _keeps_account(sentence: Sentence, subject: Span) -> bool:
    """Whether ``sentence``, whose ``subject`` names someone other than the source whose account goes on (see
    :meth:`_Credits.someone_else`), still goes on with it: it opens with what followed from the sentence before
    ("As a result, Mexico lost ...": see ``_CONSEQUENCE``), or, heard as a claim or denial, says what its subject
    should or must do ("Mexico should sue ...": see ``_PRESCRIBED``), advice the source gives, no act of the
    subject's."""
    if _CONSEQUENCE.match(sentence.text):
        return True
    return sentence.label in SPEAKING and _PRESCRIBED.match(sentence.text, subject.end - sentence.start) is not None


#: A one-noun description ("the company", "the utility"), as a source span may be.
_ONE_NOUN_DESCRIPTION = re.compile(r"(?i:the)\s+[a-z]+")


def _subject_before_description(sentence: Sentence, known: SourceIndex, quotes: list[tuple[int, int]]) -> Span | None:
    """The subject opening ``sentence`` (see :func:`_unquoted_subject`) when every source span of it is a one-noun
    description after that subject ("Orsk Mining" of "Orsk Mining will close the mine, the company said"), which
    the body it names may be (see :meth:`SourceIndex.see_body`); ``None`` otherwise."""
    spans = [span for span in sentence.spans if span.type == "source"]
    if not spans or not all(_ONE_NOUN_DESCRIPTION.fullmatch(span.text) for span in spans):
        return None
    subject = _unquoted_subject(sentence, known, quotes)
    return subject if subject is not None and all(span.start > subject.end for span in spans) else None


#: Nouns of a civic body that a sentence may write before its name as a business's kind is ("the animal welfare group
#: Open Barns", "the housing charity Roofline"): the body a later "the group" or "the charity" means.
_CIVIC_KINDS = frozenset("group charity organisation organization".split())
#: A business's or a civic body's kind in lower case after an article, up to two words before it, then a name of one to
#: four capitalised words ("the social network Pollen", "the ride-hailing firm Zoomo", "the animal welfare group Open
#: Barns"; group "name" the name).
_FIRM_AFTER_KIND = re.compile(r"(?<![\w'’-])(?i:the|an?)\s+(?:[a-z][\w-]*\s+){0,2}?"
                              r"(?:company|firm|network|platform|app|start-?up|retailer|airline|carrier|bank|insurer|"
                              r"carmaker|automaker|chain|manufacturer|developer|operator|provider|"
                              rf"{'|'.join(sorted(_CIVIC_KINDS))}),?\s+"
                              r"(?P<name>(?!(?:The|A|An|In|On|At|Of|For)\s)[A-Z][\w&'’.-]*"
                              r"(?:\s+[A-Z][\w&'’.-]*){0,3})")


def _firm_after_kind(sentence: Sentence) -> Span | None:
    """The name of the one firm or civic body ``sentence`` writes after its kind (see ``_FIRM_AFTER_KIND``) before
    its source spans, each a business's or a civic body's noun with "the" alone ("the company" of "The video was
    removed from the social network Pollen, the company said"), or anywhere in a sentence of no source span ("The army
    bought 40 trucks from the manufacturer Stahlwerk.", "Footage obtained by the animal welfare group Open Barns
    shows ..."), as a span: the body a later description means; ``None`` otherwise, and where two such are written."""
    spans = [span for span in sentence.spans if span.type == "source"]
    if spans and not all(_ONE_NOUN_DESCRIPTION.fullmatch(span.text.strip(EDGE))
                         and span.text.strip(EDGE).split()[-1].lower() in COMPANY_WORDS | _CIVIC_KINDS
                         for span in spans):
        return None
    # with no source at all, the one firm the sentence writes of ("bought 40 trucks from the manufacturer Stahlwerk")
    found = list(_FIRM_AFTER_KIND.finditer(sentence.text, 0, spans[0].start - sentence.start if spans else len(
        sentence.text)))
    if len(found) != 1:
        return None
    start = sentence.start + found[0].start("name")
    return Span("source", start, start + len(found[0].group("name")), found[0].group("name"))


#: A one-word capitalised name opening a sentence, then an act only a business does: cutting jobs, posting a loss or
#: profit, raising or cutting prices, shutting or closing a plant, factory, mill or stores ("Cardwell cut 200 jobs",
#: "Cardwell posted a loss", "Cardwell raised prices", "Cardwell shut its plant"; group "name" the name).
_BUSINESS_ACT = re.compile(
    r"(?P<name>[A-Z][a-z][\w'’-]*)\s+(?:(?:has|have|will|would|is\s+to)\s+)?"
    r"(?:(?:cut|cuts|axed|axes|shed|sheds|slashed|slashes)\s+(?:(?:about|almost|nearly|some|more\s+than)\s+)?"
    r"[\d,.]+(?:\s+(?:million|thousand))?\s+(?:[a-z]+\s+)?jobs"
    r"|(?:posted|posts|reported|reports|booked|books)\s+(?:a|an|its)\s+(?:[\w$,.-]+\s+){0,4}?(?:loss|losses|profits?)"
    r"|(?:raised|raises|hiked|hikes|cut|cuts)\s+(?:its\s+)?prices"
    r"|(?:shut|shuts|closed|closes)\s+(?:a|an|its|the|two|three|\d+)\s+(?:[\w-]+\s+)?"
    r"(?:plants?|factory|factories|mills?|smelters?|stores|shops|branches|warehouses?))\b")


#: A sentence opening with a document and its maker after "from" or "by" ("A brief statement from the Rovanian embassy
#: has just been released.", "A letter by the Kessel Council was read out."): group "maker", capitalised words, "the"
#: allowed before them, up to the sentence's verb or the recipient's "to" ("A letter from the Rovanian embassy to the
#: court was read out" is the embassy's, not the court's); never "and" or "or", another maker. A liveblog entry's
#: bare time stamp may open it ("11:10 ").
_DOCUMENT_FROM_MAKER = re.compile(
    rf"(?:\d{{1,2}}[:.][0-5]\d\s+)?(?:(?i:an?|the)\s+)?(?:[a-z][\w-]*\s+){{0,2}}?(?:{ISSUED})\s+(?:from|by)\s+"
    r"(?P<maker>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+)?[A-Z][\w'’&.-]*|\s+(?!(?:to|and|or)\s)[a-z]+){0,4}?)"
    r"(?=(?:\s+to\s+[^,;:]{1,60}?)?\s+(?:(?:has|have|had)\s+(?:just\s+)?been|was|were|is|are)\b)")


def _document_maker(sentence: Sentence) -> Span | None:
    """The maker of the document ``sentence`` opens with (see ``_DOCUMENT_FROM_MAKER``), whose words an "It says ..."
    just after is: the document's, and so its maker's; ``None`` where the sentence opens otherwise. A liveblog
    entry's time stamp may come first ("11:10 A statement from the embassy has just been released.")."""
    found = _DOCUMENT_FROM_MAKER.match(sentence.text, stamp_length(sentence.text))
    if found is None:
        return None
    return Span("source", sentence.start + found.start("maker"), sentence.start + found.end("maker"), found["maker"])


def _firm_by_business_act(sentence: Sentence) -> Span | None:
    """The one-word name opening ``sentence`` as the subject of a business's act (see ``_BUSINESS_ACT``): a firm,
    which a later "the company" may mean, as a span; not a known given name (a person's surname does not post a
    loss, but a given name may open a person's clause); ``None`` otherwise."""
    found = _BUSINESS_ACT.match(sentence.text)
    if found is None or given_name_sex(found.group("name")) is not None or found.group("name") in _NOT_A_FIRM_WORD:
        return None
    start = sentence.start + found.start("name")
    return Span("source", start, start + len(found.group("name")), found.group("name"))


#: Capitalised words that may open such a sentence without naming a firm ("It cut 200 jobs", "Officials cut prices").
_NOT_A_FIRM_WORD = frozenset("It They He She We This That Officials Ministers Regulators Police".split())


#: A side owned by "his" or "her" alone, a whole source span ("her office", "his lawyers"; see ``SIDE_ALONE``).
_HIS_OR_HER_SIDE_SPAN = re.compile(rf"(?i:his|her)\s+(?:{SIDE_ALONE.pattern})")


def _subject_owning_side(sentence: Sentence, known: SourceIndex, quotes: list[tuple[int, int]]) -> Span | None:
    """The subject opening ``sentence`` (see :func:`_unquoted_subject`) when every source span of it is a side owned
    by "his" or "her" after that subject ("Governor Tamsin Roe" of "Governor Tamsin Roe has declared an emergency, her
    office said"): the person the pronoun means, as the sentence's own subject, not one named in an earlier sentence;
    ``None`` otherwise."""
    spans = [span for span in sentence.spans if span.type == "source"]
    if not spans or not all(_HIS_OR_HER_SIDE_SPAN.fullmatch(span.text.strip(EDGE)) for span in spans):
        return None
    subject = _unquoted_subject(sentence, known, quotes)
    return subject if subject is not None and all(span.start > subject.end for span in spans) else None


#: A person's pronoun of the third person alone, a whole source span ("She", "he").
_HE_OR_SHE_ALONE = re.compile(r"(?i:he|she)")


def _goes_on_with_other(sentence: Sentence, found: list[tuple[Span, str]], known: SourceIndex, before: str | None,
                        speaker: str, asking: bool = False, opening: bool = False) -> bool:
    """Whether the attributed or denial ``sentence`` of a transcript's turn by ``speaker`` names no source but "he" or
    "she" (``found``), who is the person the sentence just before is credited to (``before``), not the speaker:
    "Marla Dent said the account was wrong. She said two officers had been pulled away." goes on with Dent's account,
    whether the speaker tells it or the writer does after the last turn; a speaker is no "she" to themselves. In an
    interviewer's turn (``asking``) the pronoun is a third person the interviewer puts to the guest, never the guest
    who just answered, whom the interviewer calls "you": "HOST: Martin Doyle said ... GUEST: That is false. HOST: He
    also said ..." is Doyle's; later in the interviewer's turn (not ``opening`` it), after a third person the turn
    credited, the pronoun is anyone but the interviewer: "HOST: Tom Vask has accused the council. He says ..." is
    Vask's."""
    if sentence.label not in SPEAKING or not found or (before is None and not asking) or before == speaker:
        return False
    pronouns = {span.text.strip(EDGE).lower() for span, name in found if not name}
    if len(pronouns) != 1 or any(name for _, name in found) or not _HE_OR_SHE_ALONE.fullmatch(next(iter(pronouns))):
        return False
    person = known.person_for(next(iter(pronouns)))
    if asking and not opening:
        return person != speaker  # no interviewer calls themself "he": a third person, whom else it may mean
    return person is not None and person != speaker and person != before if asking else person == before


def _possessive_owner(sentence: Sentence) -> Span | None:
    """The full name in the possessive opening ``sentence`` (see ``_POSSESSIVE_OPENING``) as a span, whose owner the
    sentence writes of ("Tom Vask" of "Tom Vask's beard was greyer"); ``None`` for none."""
    found = _POSSESSIVE_OPENING.match(sentence.text)
    if found is None:
        return None
    return Span("source", sentence.start + found.start("name"), sentence.start + found.end("name"), found["name"])


def _unquoted_subject(sentence: Sentence, known: SourceIndex, quotes: list[tuple[int, int]]) -> Span | None:
    """The subject opening ``sentence`` as a span, when it names a definite or named body or person (see
    :func:`framing.source_finders.opening_subject`) outside quotation marks (``quotes``): a quoted one is the speaker's
    words; a nickname quoted inside a name is no quotation (see :func:`framing.source_keys.without_nickname`)."""
    found = opening_subject(sentence.text, known.knows)
    if found is None:
        return None
    start, end = sentence.start + found[0], sentence.start + found[1]
    named = without_nickname(sentence.text)
    if any(named[max(0, lo - sentence.start):hi - sentence.start].strip()
           for lo, hi in quotes_within(quotes, start, end)):
        return None
    return Span("source", start, end, sentence.text[found[0]:found[1]])


#: A conjunction of time or reason just before a "he" or "she" ("when" of "Holt won applause when she spoke").
_SUBORDINATE_END = re.compile(r"(?<![\w'’-])(?:when|whenever|as|after|before|while|because|until|once|since)\s+\Z")


def _after_nameless_person(sentence: Sentence, said_by: Span | None) -> bool:
    """Whether the "he" or "she" ``said_by`` of ``sentence``, a cue of speech just after it (see
    ``_SAID_AFTER_CLAUSE``), opens a clause of time or reason (see ``_SUBORDINATE_END``) after a clause writing a
    person by a noun in lower case (see :func:`person_by_noun`): "he" of "Holt fired the coach after he said the
    bus was unsafe" may be the coach, whom no name stands for, as well as the subject; no source named before it."""
    if said_by is None or _SAID_AFTER_CLAUSE.match(sentence.text, said_by.end - sentence.start) is None:
        return False
    subordinate = _SUBORDINATE_END.search(sentence.text, 0, said_by.start - sentence.start)
    return subordinate is not None and person_by_noun(sentence.text[:subordinate.start()])


#: A cue of speech right after a "he" or "she" that closes a sentence after a comma ("..., he said Wednesday.").
_SAID_AFTER_CLAUSE = re.compile(r"\s+(?:said|says|told|tells|added|adds|recalled|recalls|explained|explains)\b")


def _addressed(span: Span, name: str) -> bool:
    """Whether the source ``span``, credited ``name``, of a question in an interviewer's turn names the one asked
    ("you", "Your team's study", "Your ministry"): it opens with "you" or "your" and names no one else, unlike
    "Your former adviser, Mira Holt", a third party whose words the asker puts to them (credited "mira holt")."""
    return _ADDRESSED.match(span.text) is not None and (not name or _ADDRESSED.match(name) is not None)


def _speaker_own(span: Span, sentence: Sentence) -> bool:
    """Whether the source ``span`` of ``sentence``, in a speaker's turn, is the speaker's own work: "our" or "my"
    opens it or stands just before it ("Our surveys", "our surveys", "my own research"; see ``OWN_BEFORE``)."""
    return (OWN_BEFORE.search(sentence.text, 0, span.start - sentence.start) is not None
            or _OWN_OPENING.match(span.text.strip(EDGE)) is not None)


def _sources_named(sentence: Sentence, known: SourceIndex, quotes: list[tuple[int, int]],
                   words: int, headline: bool = False) -> list[tuple[Span, str]]:
    """Each source span of ``sentence`` (see :func:`_source_spans`) with the source it names, in the order they may
    speak (``""``: a pronoun, or no name), noted in ``known`` in the order they are written, so that the person
    named last in the text is the one named most recently, whom a "he" or "she" after it means ("In a dissent joined
    by Justice Brell, Justice Amsel wrote ... He argued": Amsel); a denial's mentions join sources otherwise."""
    denial = sentence.label == "official_denial"
    spans = _source_spans(sentence, known, quotes, words)
    cues = {c.start for c in sentence.spans if c.type == "cue"}
    names = {k: known.add(spans[k].text, denial, _speaks_itself(spans[k], sentence, cues),
                          sentence.text[:spans[k].start - sentence.start], headline,
                          sentence.text[spans[k].end - sentence.start:])
             for k in sorted(range(len(spans)), key=lambda k: spans[k].start)}
    return [(span, names[k]) for k, span in enumerate(spans)]


#: How far past a headline's end its blank line is sought (see :func:`_line_of_its_own`).
_HEADLINE_GAP_CHARS = 20


#: A sentence's last stop, before any closing marks: a heading has none.
_FINAL_STOP = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")


def _entry_heading(sentences: Sequence[Sentence], index: int, text: str | None) -> bool:
    """Whether the sentence at ``index`` is a liveblog entry's heading: a time stamp (see
    :data:`framing.furniture.ENTRY_STAMP`), then words on one line with no final stop, that line ending with the
    sentence, and a sentence below it ("16:05 GMT" then "Embassy: 'groundless accusations'"); never without a
    text."""
    sentence = sentences[index]
    at = stamp_length(sentence.text)
    if text is None or not at or index + 1 == len(sentences) or not ENTRY_STAMP.match(sentence.text):
        return False
    words = sentence.text[at:]
    return ("\n" not in words and "\r" not in words and not _FINAL_STOP.search(words)
            and "\n" in text[sentence.end:sentences[index + 1].start])


def _line_of_its_own(sentence: Sentence, text: str | None) -> bool:
    """Whether ``sentence`` is the whole first line of ``text``, with a line break after it, as a headline stands
    ("Vask: 'We will not back down.'" above the copy, with a blank line or a deck line under it); never without a
    text."""
    if text is None or text[:sentence.start].strip() or "\n" in text[sentence.start:sentence.end]:
        return False
    after = text[sentence.end:sentence.end + _HEADLINE_GAP_CHARS].lstrip(" \t")
    return after.startswith(("\n", "\r"))


def _above_deck(sentences: Sequence[Sentence], text: str | None) -> bool:
    """Whether the first of ``sentences`` is a headline's line of its own (see :func:`_line_of_its_own`) with a deck
    or standfirst line under it: the second sentence, a whole line too, a line break after it ("Ana Ruiz takes on her
    party" above "In speech to the convention, she attacks the leadership's record")."""
    if text is None or len(sentences) < 2 or not _line_of_its_own(sentences[0], text):
        return False
    deck = sentences[1]
    after = text[deck.end:deck.end + _HEADLINE_GAP_CHARS].lstrip(" \t")
    return "\n" not in deck.text and after.startswith(("\n", "\r"))


def _short_mentions(sentence: Sentence, known: SourceIndex, quotes: list[tuple[int, int]], words: int) -> bool:
    """Whether ``sentence`` names a source and each of its source spans is one word once normalised ("Dahl",
    "Governor", "the agency"), a body's kind ("Rights group", see :func:`framing.source_roles.described_body`) or a post
    ("Health minister", see :func:`framing.source_roles.described_post`), a short
    mention that the rest of the document may name in full, or a list read as
    nationalities with a word that is none known ("Veldoran, Kestorian officials"), which the rest of the document
    may name as a person (see :func:`framing.sources.unsure_list`), or a denial whose clause after a semicolon
    denies (see :func:`denying_clause`: "...; company calls report 'false'"), whose business the copy names in full."""
    spans = _source_spans(sentence, known, quotes, words)
    return bool(spans) and (all(" " not in normalise_source(span.text) or unsure_list(span.text)
                                or described_body(span.text) or described_post(span.text) for span in spans)
                            or denying_clause(sentence, quotes) is not None)


def _subject_named_later(sentence: Sentence, known: SourceIndex, quotes: list[tuple[int, int]], words: int) -> bool:
    """Whether the headline ``sentence`` names no source yet but opens with one capitalised word that a second clause
    of speech or denial goes on with (see :func:`framing.source_finders.headline_clause_subject`: "Klique" of "Klique
    removes 40 accounts, denies algorithm bias"), a name the copy may go on to write, so that the headline is
    credited after the copy, as a short mention is (see :func:`_short_mentions`)."""
    return (not _source_spans(sentence, known, quotes, words)
            and headline_clause_subject(sentence.text[words - sentence.start:], lambda word: True) is not None)


def _source_spans(sentence: Sentence, known: SourceIndex, quotes: list[tuple[int, int]], words: int) -> list[Span]:
    """The source spans of ``sentence`` that may be credited, the one that speaks first (see
    :func:`speaking_first`): its marked ones from ``words`` on (past a speaker's label, "Roe: ", which is no
    source span of the sentence) and past an opening stamp or dateline (see :func:`past_dateline`), but for a
    fact-check's label ("CLAIM" of "CLAIM: ...", see ``FACT_CHECK_LABEL``), a
    stock listing ("NASDAQ: ZNTX", see ``_TICKER``) and a lower-case fragment opening with "of" ("of the
    accounts"), one opening with a verb that acts on the name after it read as the subject before it (see
    :func:`_subject_acting`), else (or when it marks only a relative pronoun: "who" of "Jane Roe, who chairs the
    board, denied it") for an attributed or denial sentence its subject (see :func:`_subject_source`), which also
    stands for marked spans that only qualify a noun in it (see :func:`modifies`: "Vance" of "A Vance
    administration official said"), else those of a label in capitals before a colon ("IMF: "); a name's
    description dropped, a title's name joined to it, a name's first words it left out too. Spans all inside a
    concession opening the sentence give way to the main clause's subject before a cue after it (see
    :func:`_main_subject_past_concession`), as do those in a clause of time before spans past it (see
    :func:`past_time_clause`)."""
    stamp = OPENING_STAMP.match(sentence.text)
    slug = sentence.start + wire_slug_length(sentence.text)  # "UPDATE 2-" of "UPDATE 2-Ostrava Chemicals denies"
    label = max(words, sentence.start + opening_label_length(sentence.text), slug)
    fact_check = FACT_CHECK_LABEL.match(sentence.text)
    heading = heading_label_length(sentence.text)
    said_after = _cues_after_pronoun(sentence)
    spans = [s for s in (_past_preposition(past_label(_document_of_participle(span, sentence), label))
                         for span in sentence.spans if span.type == "source")
             if s is not None and s.start >= words and s.end > slug
             and not (stamp and s.end - sentence.start <= stamp.end())  # "ET" of "10:40 a.m. ET - "
             and not (fact_check and s.end - sentence.start <= fact_check.end())  # "CLAIM" of "CLAIM: ..."
             and s.end - sentence.start > heading  # "Transcript" of "Transcript: 'We changed nothing'"
             and not _TICKER.fullmatch(s.text)  # "NASDAQ: ZNTX" is the listing of the company before it
             and not scare_quoted(s, sentence, quotes)
             and not quoted_pronoun(s, sentence, quotes)
             and not (s.text.startswith("of ") and s.text.islower())  # "of the accounts": a fragment
             and not time_alone(s.text)  # "the time" of "Acme at the time said": when, not who
             and not quantity_alone(s.text)  # "more than 3 million" of "The video, viewed more than 3 million times,"
             and not clause_after_aside(s, sentence)
             and not in_dashed_clause(s, sentence)
             and not in_reason_clause(s, sentence)
             and not _in_clause_after_pronoun_said(s, sentence, said_after)
             and not _credit_aside(s, sentence)
             and not in_uninvolved_clause(s, sentence)
             and not _acted_on_before_participle(s, sentence)
             and not _spoken_of(s, sentence)
             and not _told_in_passive(s, sentence)
             and not _sent_to(s, sentence)
             and not _denied_account_maker(s, sentence)
             and not _title_subject(s, sentence)
             and not _where_based(s, sentence)
             and not _where_quoted(s, sentence)]
    spans = ([] if quoter_speaks(spans, sentence, known) else quoted_as_saying(sentence)) or spans
    spans = name_split_rejoined([span for span in spans if not _where_posted(span, spans, sentence)], sentence)
    spans = _main_subject_past_concession(spans, sentence) or past_time_clause(spans, sentence) or spans
    spans = _name_given_only(spans, sentence)
    spans = [_possessor_in_cue(adverbs_cut(_past_verb_cut(topic_cut(span, sentence), sentence), sentence), sentence)
             for span in spans]
    spans = [kind_grown(general_grown(s, sentence), sentence)
             for s in (modifier_grown(span, sentence) for span in spans) if s is not None]
    spans = [maker_grown(nationality_grown(head_grown(name_start_grown(span, sentence), sentence), sentence),
                          sentence) for span in spans]
    spans = [owner_grown(span, sentence) for span in spans]
    spans = [s for s in (_subject_acting(span, sentence, known, quotes) for span in spans) if s is not None]
    spans = [s for s in (_past_addressee(span, sentence, words) for span in spans) if s is not None]
    spans = [_person_before_who(name_before_clause(span, sentence), sentence)
             for span in _past_relative_objects(spans, sentence)]
    spans, labelled = past_dateline(spans, sentence)
    spans = [_opening_subject_described(span, sentence) for span in spans]
    if spans and sentence.label in SPEAKING and all(modifies(s, sentence) for s in spans):
        # "Vance" alone of "A Vance administration official said": the subject holding it speaks
        subject = _subject_source(sentence, known, quotes, label)
        if subject and all(subject[0].start <= s.start and s.end <= subject[0].end for s in spans):
            spans = subject
    if sentence.label in SPEAKING and all(RELATIVE_PRONOUN.fullmatch(s.text.strip(EDGE)) for s in spans):
        # none marked, or only "who" of "Jane Roe, who chairs the board, denied it": the subject the clause is about,
        # or a counted group opening the sentence ("Two employees, who asked not to be named, said")
        spans = (_subject_source(sentence, known, quotes, label)
                 or counted_before_clause(spans, sentence, quotes, label) or spans)
    if spans and sentence.label in SPEAKING and all(_content_subject(s, sentence) for s in spans):
        # "many colleagues" of "Two teachers said many colleagues disliked the rule": what the teachers said is about
        # the colleagues; the subject before the cue speaks
        spans = _subject_source(sentence, known, quotes, label) or spans
    spans = spans or quoted_persons_label(sentence) or stamped_quote_label(sentence)
    spans = [kept for kept in (own_outlet_cut(span, sentence, known.own_wire, known) for span in spans or labelled
                               if not own_piece(span, sentence, known.after_correction)
                               and not own_staff(span, sentence)) if kept is not None]
    spans = [with_group_counted(with_whole_name(with_name_described(with_relation_named(span, sentence), sentence,
                                                                    known), sentence, known), sentence)
             for span in without_descriptions(chained(spans, sentence), sentence)]
    spans = speaking_first(_told_audience(spans, sentence), sentence)
    spans = denying_clause_subject(spans, sentence, quotes) or spans
    if spans and _weasel_alone(spans[0], sentence, known):
        # "Many believe ...", "Some called it a plot, as the reporters ...": a weasel word speaks, so no one does;
        # but a name beside it that speaks does: "While many have claimed it, Mr. Tane said", "Some, including Ana"
        return [span for span in spans[1:] if _named_beside_weasel(span, sentence, spans[0])]
    return spans


#: A source span of capitalised words in the possessive and lower-case words after it ("Vell's terse"; group 1 the
#: possessor).
_POSSESSOR_THEN_WORDS = re.compile(r"((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.-]*)['’]s(?:\s+[a-z][\w-]*)*")
#: A cue's noun of what someone said ("terse reply", "blunt response"), whose owner is its speaker.
_SAID_NOUN = re.compile(r"\b(?:repl(?:y|ies)|response|answer|retort|comment|message|verdict)\b", re.I)


def _possessor_in_cue(span: Span, sentence: Sentence) -> Span:
    """The possessor alone of a source ``span`` in the possessive whose lower-case words after it a cue of
    ``sentence`` holding a noun of what was said overlaps, or that such a cue follows ("Vell" of "Vell's terse" or
    of "Vell's" in "Vell's terse reply: ...", see ``_SAID_NOUN``): the one whose reply the cue is; else ``span``
    ("Vell's critics did not dispute it", "Vell's adoring fans reply")."""
    found = _POSSESSOR_THEN_WORDS.fullmatch(span.text)
    if found is None:
        return span
    owner_end = span.start + found.end(1)
    reach = span.end if owner_end + 2 < span.end else span.end + 2  # words after it: the cue must run into them
    if not any(s.type == "cue" and s.start < reach and s.end > owner_end + 2 and _SAID_NOUN.search(s.text)
               for s in sentence.spans):
        return span
    return Span("source", span.start, owner_end, found.group(1))


#: A concession opening a sentence, up to its comma and the space after it ("While Ruiz has condemned the plan, ").
_CONCESSION_OPENING = re.compile(r"\W*(?:While|Whilst|Although|Though|Even\s+though|Whereas)\s[^,:;\"“”]*,\s*")

#: The main clause's subject after such a concession: an article, a determiner or a capitalised word, then words (a
#: relative clause too, "the unions who wrote to her on Monday"), no quotation mark or semicolon, twelve at most.
_MAIN_SUBJECT = re.compile(r"(?:[Tt]he|[Aa]n?|[Tt]hese|[Tt]hose|[Ss]ome|[Mm]any|[Ss]everal|[A-Z][\w'’.&-]*)"
                           r"(?:,?\s+[^\s\"“”;]+){0,11}")


#: A word of a post, a clip or its spreading, in a source span before "on" and the service it went out on ("A widely
#: shared post on Telegram", "a video posted on X").
_POSTED = re.compile(r"\b(?:posts?|posted|videos?|clips?|messages?|tweets?|threads?|comments?|livestreams?|"
                     r"shared|uploaded|circulat\w+|viral)\b", re.I)
#: What stands between such a span and the service's: "on", "the" perhaps after it.
_ON_SERVICE = re.compile(r"\s+on\s+(?:the\s+)?")


def _where_posted(span: Span, spans: list[Span], sentence: Sentence) -> bool:
    """Whether the source ``span`` is the service another of ``spans`` just before it went out on, only "on" between
    and a word of posting in that one (see ``_POSTED``): "Telegram" of "A widely shared post on Telegram claimed"
    is where the post is, not who speaks, and the company that runs it is another source."""
    return any(other.end <= span.start and _POSTED.search(other.text) is not None
               and _ON_SERVICE.fullmatch(sentence.text, other.end - sentence.start, span.start - sentence.start)
               is not None for other in spans)


#: Words saying where a body or person sits, ending the words before a place ("based in " of "a group based in
#: Lisbon", "headquartered outside ", "stationed at ").
_BASED_AT = re.compile(r"\b(?:based|headquartered|located|registered|stationed)\s+"
                       r"(?:(?:in|at|near|outside|out\s+of)\s+)?(?:the\s+)?\Z", re.I)


def _where_based(span: Span, sentence: Sentence) -> bool:
    """Whether the source ``span`` is the place where the one before it is based (see ``_BASED_AT``): "Lisbon" of
    "Tarvel Rights Watch, a group based in Lisbon, said" describes the group, which speaks, not the city."""
    return _BASED_AT.search(sentence.text, 0, span.start - sentence.start) is not None


#: A participle of quoting or asking, then "in" or "by", ending the words before a source (", cited in " of "Three
#: officers, cited in the inspectors' report,", "quoted by " of "A former detective quoted by the Harlow Courier");
#: group 1 the words before the comma or participle.
_QUOTED_AT = re.compile(r"(.*?),?\s+(?:quoted|cited|interviewed|surveyed|polled)\s+(?:in|by)\s+\Z", re.I | re.S)


def _where_quoted(span: Span, sentence: Sentence) -> bool:
    """Whether the source ``span`` is what or who quoted the source span just before it (see ``_QUOTED_AT``): "the
    report" of "Two unnamed officers quoted in the report said", "the council" of "Residents interviewed by the council
    said": the ones quoted speak, not the paper or the asker, as a participle clause inside one span reads too."""
    found = _QUOTED_AT.fullmatch(sentence.text, 0, span.start - sentence.start)
    quoted_end = None if found is None else sentence.start + len(found.group(1).rstrip())
    return any(other.type == "source" and other.end == quoted_end for other in sentence.spans)


def _main_subject_past_concession(spans: list[Span], sentence: Sentence) -> list[Span]:
    """For source ``spans`` of which some lie in a concession opening ``sentence`` (see ``_CONCESSION_OPENING``:
    "While Ruiz has condemned the plan,") and a cue the model marked follows it, the spans past the concession, or
    where there are none, the subject of the main clause (see ``_MAIN_SUBJECT``) up to that cue, as the one span:
    "the unions who wrote to her on Monday" of "..., the unions who wrote to her on Monday say they are
    worried" speak, not Ruiz, of whom the concession tells. None where no cue follows the concession, where the
    main clause opens with a pronoun, which may be the concession's own subject ("While Orr said ..., he is
    worried", "While the memos praised ..., they show", "..., his opposition has increased"), or where no
    span lies past it and the words before the cue are no subject."""
    opening = _CONCESSION_OPENING.match(sentence.text)
    if opening is None or all(span.end - sentence.start > opening.end() for span in spans):
        return []
    first = sentence.text[opening.end():].split(None, 1)[:1]
    if not first or first[0].strip(EDGE).lower() in MAIN_CLAUSE_PRONOUNS:
        return []
    cue = min((c.start - sentence.start for c in sentence.spans if c.type == "cue"
               and c.start - sentence.start >= opening.end()), default=None)
    past = [span for span in spans if span.start - sentence.start >= opening.end()]
    if cue is None or past:
        return past if cue is not None else []
    subject = sentence.text[opening.end():cue].rstrip(" ,")
    if not _MAIN_SUBJECT.fullmatch(subject):
        return []
    at = sentence.start + opening.end()
    return [Span("source", at, at + len(subject), subject)]


#: A cue of asking ("asked", "has asked", "pressed").
_ASKING_CUE = re.compile(r"(?:\A|\s)(?:asked|asks|questioned|pressed)\Z")
#: After such a cue, a person's name of one to four capitalised words (a title allowed: "Senator Dan Orr"), then
#: what the question is about ("whether", "if", "about", "why", ...): group 1 the name.
_ASKED_PERSON = re.compile(r"\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s+"
                           r"(?:whether|if|about|why|how|what|when|where|who)\b")


def _person_asked(sentence: Sentence) -> Span | None:
    """The person that a cue of asking in ``sentence`` puts a question to, named right after it before what the
    question is about ("Senator Dan Orr" of "reporter Tom Vell asked Senator Dan Orr whether his age was a fair
    topic"), as a span; else ``None``."""
    for cue in sentence.spans:
        if cue.type != "cue" or not _ASKING_CUE.search(cue.text):
            continue
        found = _ASKED_PERSON.match(sentence.text, cue.end - sentence.start)
        if found is not None:
            at = sentence.start + found.start(1)
            return Span("source", at, at + len(found.group(1)), found.group(1))
    return None


#: A verb in the past tense that ends a source span ("analysed" of "The group analysed"), and what opens the words
#: right after the span when that verb takes an object there ("the bills", "its members", "3,000 households", "all
#: the bills", "more than 400"): the source's act, no part of its name; not a participle after its noun ("The people
#: surveyed said", "Officials involved in the talks", "The shoppers surveyed all said", "Those interviewed the day
#: after the fire"). ``_PRONOUN_HEAD``: a head word that names no one without its participle ("Those interviewed").
_TRAILING_PAST_VERB = re.compile(r"\s+[a-z]+ed$")
_OBJECT_AHEAD = re.compile(r"\s+(?:(?:the|a|an)(?![\w'’-])(?!\s+(?:day|week|month|year|morning|afternoon|evening|"
                           r"night|weekend)\b)|(?:its|their|his|her|our)(?![\w'’-])|"
                           r"(?:more|some|all)\s+(?:(?:the|of|than|its|their|his|her|our)(?![\w'’-])|\d)|\d)")
_PRONOUN_HEAD = re.compile(r"(?:those|these|many|most|some|all|others|few|several)", re.I)


def _past_verb_cut(span: Span, sentence: Sentence) -> Span:
    """The source ``span`` of ``sentence`` without the past-tense verb that ends it when an object follows the span
    (see ``_TRAILING_PAST_VERB``: "The group" of "The group analysed the bills of 3,000 households and found ..."):
    the model took the source's verb into its name. Any other span is itself."""
    verb = _TRAILING_PAST_VERB.search(span.text)
    if (span.type != "source" or verb is None or verb.start() == 0 or _PRONOUN_HEAD.fullmatch(span.text[:verb.start()])
            or not _OBJECT_AHEAD.match(sentence.text, span.end - sentence.start)):
        return span
    return Span(span.type, span.start, span.start + verb.start(), span.text[:verb.start()])


def _subject_acting(span: Span, sentence: Sentence, known: SourceIndex, quotes: list[tuple[int, int]]) -> Span | None:
    """For a source ``span`` that opens with a verb acting on the name after it ("sued Corvane Pharma" of "The
    Harbour Tenants Union sued Corvane Pharma", see :func:`framing.source_accusations.acted_on_only`), the subject
    opening ``sentence`` just before it (see :func:`_unquoted_subject`), who acts, when there is one; else ``None``: the
    span names only whom the verb sues, accuses or addresses, who never speaks by it. Any other span is itself."""
    if not acted_on_only(span.text):
        return span
    subject = _unquoted_subject(sentence, known, quotes)
    if subject is None or sentence.text[subject.end - sentence.start:span.start - sentence.start].strip(EDGE):
        return None
    return subject


#: A passive of hearsay just after a subject, a verb of being perhaps before it: what others say of it, no speech of
#: its own ("said to be", "was said to be", "is widely believed to have").
_HEARSAY_AFTER = re.compile(r"[^\S\r\n]+(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?)?"
                            r"(?:said|believed|thought|reported|understood|alleged)\s+to\s+(?:be|have)\b")


#: A verb of speech in the present or past, "that" perhaps after it, ending the text before a span ("... said ",
#: "... says that ").
_SAID_BEFORE = re.compile(r"(?<![\w'’-])(?:said|says|say)\s+(?:that\s+)?$")
#: A lower-case word opening the text after a span: the verb of the clause it is the subject of ("disliked").
_VERB_AFTER = re.compile(r"\s+[a-z]")


def _content_subject(span: Span, sentence: Sentence) -> bool:
    """Whether the source ``span`` opens what is said after "said" or "says" and a lower-case word goes on from it
    ("many colleagues" of "Two teachers said many colleagues disliked the rule"), the cue just after a word: the
    subject of the words reported, which only a subject before the cue may replace (see :func:`_subject_source`).
    Not after a quotation or a comma ('"...," said Ana Ruiz in an interview': an inverted cue's speaker), nor before
    a verb of speech or denial ("Officials said the ministry rejected the claims": the ministry's denial relayed);
    nor a pronoun, which the model marked as who speaks ("it" of "Ostrava Freight said it had paid")."""
    before = sentence.text[:span.start - sentence.start]
    said = _SAID_BEFORE.search(before, max(0, len(before) - 16))
    verb = _VERB_AFTER.match(sentence.text, span.end - sentence.start)
    return (said is not None and before[:said.start()].rstrip()[-1:].isalnum() and verb is not None
            and SUBJECT_CUE.match(sentence.text, verb.end() - 1) is None
            and span.text.strip(EDGE).lower() not in MAIN_CLAUSE_PRONOUNS)


#: A verb of telling in the passive ("were told", "have been warned", "was quietly informed", "were told by staff").
_TOLD_IN_PASSIVE = (r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been|been|being)\s+(?:[a-z]+ly\s+)?"
                    r"(?:told|informed|warned|advised|assured|notified|reminded)\b")
_TOLD_AFTER = re.compile(rf"[^\S\r\n]+{_TOLD_IN_PASSIVE}")
#: The clause of a passive going on to a verb of the same subject, "and" and perhaps an adverb just before the cue, no
#: comma or semicolon between (" by inspectors in March and " of "was warned by inspectors in March and said").
_AND_THEN_CUE = re.compile(r"[^,;]*\band\s+(?:(?:[a-z]+ly|later|then|also)\s+)?\Z")
#: Such a verb with no teller after "by" (not "were told by the council", "were told on Monday by staff").
_TOLD_UNSAID_BY = rf"(?P<told>{_TOLD_IN_PASSIVE})(?!(?:\s+(?:on|last|this|early|earlier|late|later)\s+\w+)?\s+by\b)"
#: A word of the subject of such a verb, no verb of saying or thinking: the words before "were told" of "They said
#: members were told ..." are a speaker and what they say, not whom it was told to.
_TOLD_SUBJECT_WORD = (rf"(?!(?:{SPEECH_VERBS}|stat(?:ed|es)|believ(?:ed|es?)|th(?:ought|inks?)|"
                      r"confirm(?:ed|s)?)\b)[^\s,;:]+\s+")
#: A sentence whose subject, its first words before any comma, is told something by no one named (see
#: ``_TOLD_UNSAID_BY``): "Parents were told that the school would close."; or one ending so after a comma ("The
#: school would close, parents were told.").
_TOLD_OPENING = re.compile(rf"\W*(?:{_TOLD_SUBJECT_WORD}){{1,8}}?{_TOLD_UNSAID_BY}")
_TOLD_ENDING = re.compile(rf",\s+(?:{_TOLD_SUBJECT_WORD}){{1,8}}?{_TOLD_UNSAID_BY}\W*$")


def _told_in_passive(span: Span, sentence: Sentence) -> bool:
    """Whether the source ``span`` is the subject of a verb of telling in the passive (see ``_TOLD_IN_PASSIVE``:
    "Parents" of "Parents were told that the school would close", or of "Parents were told by the head that"):
    whom it was told to, no source; the teller after "by" is one, and with none the sentence says no more of who
    told them than "It was reported that" does. Not a subject that goes on to speak itself, a cue just after "and"
    ("Harlow Council was warned in March and said it would act": see ``_AND_THEN_CUE``)."""
    told = _TOLD_AFTER.match(sentence.text, span.end - sentence.start)
    return told is not None and not any(
        cue.type == "cue" and cue.start >= sentence.start + told.end()
        and _AND_THEN_CUE.match(sentence.text, told.end(), cue.start - sentence.start) for cue in sentence.spans)


def _told_by_no_one(sentence: Sentence) -> bool:
    """Whether ``sentence`` opens with its subject told something by no one named (see ``_TOLD_OPENING``: "Parents
    were told that the school would close.") and no cue before or after that, or ends so ("..., parents were
    told."): the unnamed source's, as the paper's own sourcing is ("It was reported that ..."), no earlier source's
    account going on. Not where a speaker says that others were told ("They said members were told ...": see
    ``_TOLD_SUBJECT_WORD``)."""
    if _TOLD_ENDING.search(sentence.text):
        return True
    told = _TOLD_OPENING.match(sentence.text)
    return told is not None and not any(
        span.type == "cue" and (span.start >= sentence.start + told.end()
                                or span.end <= sentence.start + told.start("told")) for span in sentence.spans)


def _spoken_of(span: Span, sentence: Sentence) -> bool:
    """Whether the source ``span`` is followed by a passive of hearsay (``_HEARSAY_AFTER``: "a man" of "a call in
    which a man said to be a diplomat discussed ...", "The school" of "The school was said to be closing") and no
    cue after it but its own words: what is said of it, not its speech, by no one named, as "It is said that". A cue
    after another source (the aides' "say" of "The head was said to be furious, aides say.") is that source's, no
    speech of the subject's."""
    hearsay = _HEARSAY_AFTER.match(sentence.text, span.end - sentence.start)
    if hearsay is None:
        return False
    after = sentence.start + hearsay.end()
    return not any(c.type == "cue" and c.end > after
                   and not any(s.type == "source" and after <= s.start < c.start for s in sentence.spans)
                   for c in sentence.spans)


#: An accusing account's noun, a participle of making it and a time perhaps after it, then "by" (and "the") ending
#: the text before its maker's name ("Claims published by the", "allegations made on Monday by", "reports by"); not a
#: statement, a study or a survey, which a denial issues as its own ("A statement released by the trust denies ...").
_ACCOUNT_BY = re.compile(r"(?<![\w'’-])(?:claims?|accusations?|allegations?|charges?|reports?|suggestions?|stories|"
                         r"articles?)"
                         rf"(?:\s+(?:{MADE}))?(?:\s+(?:on|last|this|earlier)(?:\s+[\w-]+)?)?\s+by\s+(?:the\s+)?\Z",
                         re.I)
#: "by" (and "the") opening a span cut inside such words ("by the Westhaven" of "published by the Westhaven Courier").
_BY_OPENING = re.compile(r"by\s+(?:the\s+)?", re.I)


def _denied_account_maker(span: Span, sentence: Sentence) -> bool:
    """Whether the source ``span`` of a denial names who made the account it denies ("the Westhaven Courier" of
    "Claims published by the Westhaven Courier on Tuesday that legacy income was misused are untrue", "allegations
    made by former staff"): the accuser, never the side denying, whose account goes on from before."""
    if sentence.label != "official_denial":
        return False
    opening = _BY_OPENING.match(span.text)
    before = sentence.text[:span.start - sentence.start] + (opening.group() if opening else "")
    return _ACCOUNT_BY.search(before[-120:]) is not None


#: "to" (and "the") ending the text before a recipient's name ("... from the union to the board").
_TO_RECIPIENT = re.compile(r"\s+to\s+(?:the\s+)?$")
#: "from" and up to eight words with no comma between it and a sender's name ("A letter from the union", "The email
#: from Ruiz aide and Kessel Institute President Ana Ruiz").
_FROM_BEFORE = re.compile(r"(?<![\w'’-])from\s+(?:[^\s,;:]+\s+){0,8}$")


def _sent_to(span: Span, sentence: Sentence) -> bool:
    """Whether the source ``span`` names the recipient of a "from ... to ..." whose sender is a source span just
    before its "to": "The memo from deputy Ana Ruiz to party chairman Tom Vask asks ..." and "A letter from the
    union to the board says ..." are Ruiz's and the union's, who wrote them, not those they were sent to."""
    before = sentence.text[:span.start - sentence.start]
    to = _TO_RECIPIENT.search(before, max(0, len(before) - 12))
    if to is None:
        return False
    return any(other.type == "source" and not before[other.end - sentence.start:to.start()].strip()
               and _FROM_BEFORE.search(sentence.text, max(0, other.start - sentence.start - 120),
                                       other.start - sentence.start) is not None
               for other in sentence.spans if other.end <= span.start)


def _acted_on_before_participle(span: Span, sentence: Sentence) -> bool:
    """Whether the source ``span`` names whom a verb just before it sues, accuses or addresses ("Veltrix" of "The FTC
    sued Veltrix on Monday, accusing the company of ...", see :func:`framing.source_accusations.acted_on_before`) and
    the first cue after it is a participle after a comma (", accusing", ", alleging", ", saying"): the participle's
    subject is the verb's, who speaks; the one sued or accused does not."""
    if not acted_on_before(sentence.text[:span.start - sentence.start]):
        return False
    cue = min((c for c in sentence.spans if c.type == "cue" and c.start >= span.end), key=lambda c: c.start,
              default=None)
    return (cue is not None and _PARTICIPLE_CUE.fullmatch(cue.text) is not None
            and sentence.text[:cue.start - sentence.start].rstrip().endswith(","))


def past_label(span: Span, label: int) -> Span | None:
    """The source ``span`` cut to start at ``label``, where the words after a label opening its sentence start
    ("Reporter from AFP: " or "AFP: " of a span "Reporter from AFP: A report by Carvel Watch"), when it runs across
    the label's colon: a label is no part of a source's name. ``None`` when nothing named is left after it."""
    if not span.start < label < span.end:
        return span
    rest = span.text[label - span.start:]
    lead = len(rest) - len(rest.lstrip())
    rest = rest.strip()
    return Span(span.type, label + lead, label + lead + len(rest), rest) if any(ch.isalpha() for ch in rest) else None


#: A preposition in lower case opening a source span: group 1 one whose object speaks ("from the board" of "A
#: response from the board said", "among donors" of "The worry among donors is ..."), or makes what speaks ("by the
#: Kessel Audit Office" of "A report by the Kessel Audit Office found"), else where, when, how or whom of ("in
#: western" of "Sheriff Mark Orr, in western Kessel, said", "on the plan", "without offering").
_PREPOSITION_OPENING = re.compile(r"(?:(from|among|by)|in|on|at|to|with|without|into|during|between|for|about|over|"
                                  r"under|after|before|since|until|against|through)\s+(?=\S)")


def _past_preposition(span: Span | None) -> Span | None:
    """The source ``span`` past a preposition opening it in lower case (see ``_PREPOSITION_OPENING``) where the
    preposition's object speaks ("the board" of "from the board"), ``None`` where it tells where, when or how (the
    span names no one who speaks: "in western", "to change the law")."""
    found = _PREPOSITION_OPENING.match(span.text) if span is not None else None
    if span is None or found is None:
        return span
    return Span(span.type, span.start + found.end(), span.end, span.text[found.end():]) if found.group(1) else None


#: A noun in lower case, "the" or "a" and one word before it or not, a participle of making after it (as in
#: ``_MADE_END``) and perhaps a time up to where a span ends: "figures" of "figures released on Tuesday" (group
#: "noun"), the participle and the time (group "rest").
_DOCUMENT_MADE = re.compile(r"(?<![\w'’-])(?P<noun>(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+"
                            r"(?P<rest>(?:provided|supplied|released|published|compiled|issued|prepared)"
                            r"(?:\s+(?:(?:on|in)\s+)?(?P<time>[\w\s]+))?)$")
#: A day or a time of the recent past that may follow such a participle ("Tuesday", "last week", "in March").
_RECENT_TIME = re.compile(r"(?:(?:last|this|earlier\s+this|late\s+last|early)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|"
                          r"Satur|Sun|to|yester)day|week|month|year|January|February|March|April|May|June|July|"
                          r"August|September|October|November|December)", re.I)
#: Words that are no document's noun before such a participle ("to" of "according to data released").
_NO_DOCUMENT = frozenset("to of by in on from at for with than as and or but according".split())


def _document_of_participle(span: Span, sentence: Sentence) -> Span:
    """A source ``span`` of ``sentence`` that is only a participle of making, its time or both ("released on
    Tuesday", "released" or "Tuesday" of "figures released on Tuesday show"): the noun of the document it describes
    before it, in its place ("figures"), as a participle or a time names no one. Any other span is itself."""
    end = span.end - sentence.start
    found = _DOCUMENT_MADE.search(sentence.text, 0, end)
    if found is None or found.end("noun") > span.start - sentence.start or not found.start("rest") <= end:
        return span
    if span.start - sentence.start < found.start("rest"):
        return span
    if found.group("time") is not None and not _RECENT_TIME.fullmatch(found.group("time").strip()):
        return span
    if any(word.lower() in _NO_DOCUMENT for word in found.group("noun").split()):
        return span
    start = sentence.start + found.start("noun")
    return Span(span.type, start, sentence.start + found.end("noun"), found.group("noun"))


def _past_relative_objects(spans: list[Span], sentence: Sentence) -> list[Span]:
    """``spans`` of ``sentence`` with each that one in a "who" clause acts on (see :func:`relative_object_clause`:
    "the tenants" of "Two councillors who had backed the tenants voted the plan down, saying ...", "Tom Orr" of
    "Vask, who helped catch Tom Orr -- who hurt 23 people -- told") left out where another span lies before the
    clause (the one it is about, marked), else read as the one the clause is about, who speaks: the one named in
    passing does not."""
    kept = []
    for span in spans:
        clause = relative_object_clause(span, sentence)
        if clause is None:
            kept.append(span)
        elif not any(other.end <= clause.start for other in spans):
            kept.append(clause)
    return kept


def _person_before_who(span: Span, sentence: Sentence) -> Span:
    """For a source ``span`` of ``sentence`` that opens with a word in lower case right after "who", where an article
    and a noun in lower case open the sentence before it ("was in the car" of "A woman who was in the car that struck
    a cyclist testified"), the subject the clause describes ("A woman"): the span head cut off the person and kept
    the clause about them. Any other span is itself."""
    found = _PERSON_BEFORE_WHO.match(sentence.text, 0, span.start - sentence.start)
    if found is None or not span.text[:1].islower():
        return span
    start, end = sentence.start + found.start("person"), sentence.start + found.end("person")
    return Span(span.type, start, end, found.group("person"))


#: A sentence opening with a person described in lower case, then the one name they gave ("The man, who gave his name
#: only as Walt, said", "One resident, identified only as Marcus, said", "A woman who asked to be identified only by
#: her first name, Ana, said"; a full name too, "The woman, who gave her name as Rita Kolb, said"): group "name" the
#: name, before a comma or a cue of speech.
_NAME_GIVEN_ONLY = re.compile(
    r"[\s\"“'‘]*(?:(?:But|And|Yet)\s+)?(?:[Aa]n?|The|One|Another)(?:\s+[a-z][\w'’-]*){1,3},?\s+"
    rf"{NAME_GIVEN_ONLY}(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?)"
    r"(?=,|\s+(?:said|says|told|tells|added|explained)\b)")


def _name_given_only(spans: list[Span], sentence: Sentence) -> list[Span]:
    """For a speaking ``sentence`` opening with a person described in lower case and the one name they gave (see
    ``_NAME_GIVEN_ONLY``: "The man, who gave his name only as Walt, said"), ``spans`` with those up to that name
    (the description, "who", the name, the clause) given way to one span of the name, which is the speaker's, as "The
    man, Walt," is; any other ``spans`` as they are."""
    found = _NAME_GIVEN_ONLY.match(sentence.text) if sentence.label in SPEAKING else None
    if found is None:
        return spans
    start, end = sentence.start + found.start("name"), sentence.start + found.end("name")
    return [Span("source", start, end, found.group("name"))] + [span for span in spans if span.start >= end]


#: An article and at most three words in lower case opening a sentence, then "who" (see :func:`_person_before_who`).
_PERSON_BEFORE_WHO = re.compile(r"[\s\"“'‘]*(?:(?:But|And|Yet)\s+)?"
                                r"(?P<person>(?:[Aa]n?|The)(?:\s+[a-z][\w'’-]*){1,3})\s+who\s+\Z")


def _weasel_alone(span: Span, sentence: Sentence, known: SourceIndex) -> bool:
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


def _named_beside_weasel(span: Span, sentence: Sentence, weasel: Span) -> bool:
    """Whether the source ``span`` of ``sentence``, after a weasel word that speaks (see :func:`_weasel_alone`), names
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


#: "told" or "tells" just after a "he" or "she" that speaks, and the audience it names up to a span in it: no clause
#: break, quotation mark or bracket between, but a comma inside a number ("he told 1,348 people gathered at ...").
_TOLD_AUDIENCE = re.compile(r"\s+(?:told|tells)\s+(?:[^,;:!?\"“”—–()]|(?<=\d),(?=\d))*")


def _told_audience(spans: list[Span], sentence: Sentence) -> list[Span]:
    """``spans`` less those in the audience a "he" or "she" among them told (see ``_TOLD_AUDIENCE``): "Harlow
    College" of '"...," he told 1,348 people gathered at Harlow College' hears the pronoun's person, who speaks."""
    told = [found for span in spans if span.text.strip(EDGE).lower() in PERSONAL
            and (found := _TOLD_AUDIENCE.match(sentence.text, span.end - sentence.start)) is not None]
    return [span for span in spans if not any(
        found.start() < span.start - sentence.start <= found.end() for found in told)]


def _past_addressee(span: Span, sentence: Sentence, words: int) -> Span | None:
    """``span`` past the person the sentence opens by addressing (see ``_ADDRESSEE``), who is no subject: "the
    Holloway campaign" of "Sheriff, the Holloway campaign has said you hid the audit"; ``None`` for a span of the
    addressee alone ("Senator" of "Senator, did you vote for it?", "Okafor" of "Mr. Okafor, let the senator answer.").
    A role written alone or a name after a form of address or a known given name alone (see :func:`_addressed_as`), a
    comma after it, at the sentence's start (past a speaker's label, ``words`` on) in a sentence that speaks to
    someone: a role's with "you" or a question anywhere, a name's with "you" or a question's word right after the
    comma (see ``_ASKING``), either's with a bidding there ("let", "please", see ``_BIDDING``): "Sheriff, the
    county's top officer, said" and "Doyle, too, said you ..." speak to no one and stay."""
    at = max(words, sentence.start) - sentence.start
    lead = sentence.text[at:span.start - sentence.start]
    first = at + len(lead) - len(lead.lstrip(_OPENING_MARKS))  # the sentence's first word, or the span's start
    addressed = _ADDRESSEE.match(sentence.text, first)
    if (addressed is None or span.start - sentence.start >= addressed.end()  # "Okafor" of "Mr. Okafor, " too
            or not _addressed_as(addressed) or _ASIDE_THEN_CUE.match(sentence.text, addressed.end())
            or not (_BIDDING.match(sentence.text, addressed.end()) or (
                SECOND_PERSON.search(sentence.text, addressed.end()) or sentence.text.rstrip().endswith("?")
                if role_word(addressed["name"].lower()) else _ASKING.match(sentence.text, addressed.end())))):
        return span  # "Officials, speaking on condition of anonymity, said you ...": a group, and an aside, speak
    cut = sentence.start + addressed.end()
    return Span(span.type, cut, span.end, span.text[cut - span.start:]) if cut < span.end else None


def _addressed_as(addressed: re.Match[str]) -> bool:
    """Whether the words ``_ADDRESSEE`` matched may address someone: a role in the singular ("Sheriff", "Mr.
    President"), or a name after a form of address ("Mr. Okafor") or a known given name alone ("Tom"); not a group
    ("Officials")."""
    word = addressed["name"]
    if role_word(word.lower()):
        return not _plural(word)
    return addressed.group("title") is not None or given_name_sex(word) is not None


#: A capitalised role word and "on", "of" or "for" ending the text before a span: what the title is about follows
#: ("the Special Rapporteur on " of "... on torture").
_TITLE_PREPOSITION = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)\s+(?:on|of|for)\s+(?:the\s+)?\Z")
#: A role word, in any case, and "in charge of" ending the text before a span: what the role runs follows ("the
#: official in charge of " of "... of the programme").
_IN_CHARGE_OF = re.compile(r"(?<![\w'’-])([A-Za-z]+)\s+in\s+charge\s+of\s+(?:the\s+)?\Z")


def _unaccused(found: list[tuple[Span, str]], sentence: Sentence) -> list[tuple[Span, str]]:
    """The source spans ``found`` in ``sentence``, with the names they were noted under (so that a "he" after still
    means the person), but those that a passive accusation right after accuses (see
    :func:`framing.source_accusations.accused_after`: "Senator" of the headline "Senator accused of lobbying for family
    firm"), unless the sentence goes on to a verb of speech, in a cue or in its text, with no other source span after
    the accusation ("Minister accused of lying says he will sue" is the minister's; "Two aides suspected of leaking were
    fired, the ministry said" the ministry's): the accused, of whom the sentence tells an accusation, is not its
    source; nor is a span in an aside between the accused and the accusation ("the city" of "Vell, who ran the city,
    is accused of ...")."""
    kept: list[tuple[Span, str]] = []
    asides: list[tuple[int, int]] = []
    for span, name in found:
        start, end = span.start - sentence.start, span.end - sentence.start
        inside = accusation_in_span(span.text, sentence.text[end:])  # the span "Police accused" of "... of brutality"
        accused = accused_after(sentence.text, end if inside is None else start + inside)
        rest = sentence.start + (accused.end() if accused else 0)
        speaks = accused is not None and not any(other.start >= rest for other, _ in found) and (
            any(cue.type == "cue" and cue.start >= rest for cue in sentence.spans)
            or SPEECH_VERB.search(sentence.text, accused.end()) is not None)
        if accused is None or speaks:
            kept.append((span, name))
        else:
            asides.append((span.end, rest))
    return [(span, name) for span, name in kept if not any(start <= span.start < end for start, end in asides)]


def _title_subject(span: Span, sentence: Sentence) -> bool:
    """Whether the lower-case ``span`` is what a capitalised role title just before it is about: "torture" of "Dr.
    Amina Ferrow, the Special Rapporteur on torture, said", "health" of "the Minister of health said". It names a
    matter, not who speaks; the title's holder does. The role word must be a person's (see ``PERSON_ROLES``), so
    "them" of "Many of them said" stays. So is what a role (either case) is "in charge of", capitalised or not: "the
    programme" of "The official in charge of the programme said" (see ``_IN_CHARGE_OF``)."""
    at = span.start - sentence.start
    running = _IN_CHARGE_OF.search(sentence.text, max(0, at - 40), at)
    if running is not None and person_role(running.group(1)):
        return True
    if not span.text.islower():
        return False
    before = _TITLE_PREPOSITION.search(sentence.text, max(0, at - 40), at)
    return before is not None and before.group(1).lower() in PERSON_ROLES


#: The aside "to his credit" (her, their, its ...), "to" perhaps in the span or just before it: a comment on the
#: subject, naming no one who speaks.
_CREDIT_ASIDE = re.compile(r"(?:[Tt]o\s+)?(?:his|her|their|its|our|your|my)\s+(?:own\s+)?credit")
_TO_JUST_BEFORE = re.compile(r"\b[Tt]o\s+\Z")


def _credit_aside(span: Span, sentence: Sentence) -> bool:
    """Whether ``span`` is the aside "to their credit" or the like (see ``_CREDIT_ASIDE``): "their credit" of "The
    authors, to their credit, said as much." is no source, and the subject speaks."""
    text = span.text.strip(EDGE)
    found = _CREDIT_ASIDE.fullmatch(text)
    return found is not None and (text[:2].lower() == "to"
                                  or _TO_JUST_BEFORE.search(sentence.text, 0, span.start - sentence.start) is not None)


#: "he" or "she" ending the text before a cue ('"...," he' of '"...," he said').
_PRONOUN_BEFORE_CUE = re.compile(r"(?<![\w'’-])(?:[Hh]e|[Ss]he)\s+\Z")
#: The words from a cue's end to a span in a clause of time after it, three words at most before the clause
#: (" after federal prosecutor " of "said after federal prosecutor Dan Orr", " reporters after " of "told
#: reporters after Ana Ruiz"), a comma allowed before the clause: no comma, colon, semicolon or quotation mark in it.
_WHEN_CLAUSE_AFTER_CUE = re.compile(r"(?:\s+[\w'’-]+){0,3}?,?\s+(?:after|before|when|while|as|once|until|since)\s"
                                    r"[^,;:\"“”]*\Z")
#: The marks such a clause holds one of at most, a comma before its conjunction.
_CLAUSE_MARK = re.compile(r"[,;:\"“”]")


def _cues_after_pronoun(sentence: Sentence) -> tuple[list[int], list[int]]:
    """Where each cue the model marked in ``sentence`` that "he" or "she" opens ends (see ``_PRONOUN_BEFORE_CUE``), in
    order, and where the sentence holds a comma, colon, semicolon or double quotation mark, of which a clause of time
    after such a cue holds one at most (see ``_WHEN_CLAUSE_AFTER_CUE``), in the sentence's text: read once for all its
    spans (see :func:`_in_clause_after_pronoun_said`), each cue only at its start, as a search from the sentence's
    start for each cue before each span took a long sentence cubic time."""
    at, text = sentence.start, sentence.text
    ends = sorted(cue.end - at for cue in sentence.spans
                  if cue.type == "cue" and search_before_space(_PRONOUN_BEFORE_CUE, text, cue.start - at, len("she")))
    return ends, [found.start() for found in _CLAUSE_MARK.finditer(text)] if ends else []


def _in_clause_after_pronoun_said(span: Span, sentence: Sentence, said_after: tuple[list[int], list[int]]) -> bool:
    """Whether ``span`` lies in a clause of time after a cue the model marked that "he" or "she" opens, of those and
    the marks ``said_after`` holds (see :func:`_cues_after_pronoun`, ``_WHEN_CLAUSE_AFTER_CUE``): "Orr" of '"Every word
    of it is true," he said after federal prosecutor Dan Orr read the charges', who acted while the one "he" means
    spoke, and is no source. The nearest cue is read first; one with two marks before the span, and each before it,
    holds no such clause."""
    ends, marks = said_after
    start = span.start - sentence.start
    marked = bisect_left(marks, start)
    for index in range(bisect_right(ends, start) - 1, -1, -1):
        if marked - bisect_left(marks, ends[index]) > 1:
            return False
        if _WHEN_CLAUSE_AFTER_CUE.match(sentence.text, ends[index], start):
            return True
    return False


#: A description with "the" and a noun alone, as a sentence's end credits it ("the body" of "..., the body said").
_THE_NOUN = re.compile(r"(?i:the)\s+([a-z]+)")


def _opening_subject_described(span: Span, sentence: Sentence) -> Span:
    """The subject opening ``sentence`` (past a dateline) that the source ``span`` describes again by its noun alone,
    as a span: "The national police oversight body" for "the body" of "The national police oversight body has opened
    an inquiry, the body said.", whose noun alone says nothing of which. The noun
    a body's (see ``BODY_NOUNS``) or "body"; the subject "The" and up to four words before it, so that a name so
    opening is credited too ("The European Commission fined Acme, the commission said"). Any other span is
    itself."""
    described = _THE_NOUN.fullmatch(span.text.strip(EDGE))
    noun = described.group(1).lower() if described else ""
    if not (noun in BODY_NOUNS or noun == "body"):
        return span
    lead = dateline_length(sentence.text)
    opening = re.compile(rf"[\s\"“'‘]*The\s+(?:[A-Za-z][\w.&-]*\s+){{1,4}}?(?i:{noun})(?![\w'’-])").match(
        sentence.text, lead)
    if opening is None or opening.end() > span.start - sentence.start:
        return span
    start = sentence.start + opening.end() - len(opening.group().lstrip(" \"“'‘"))
    return Span(span.type, start, sentence.start + opening.end(), sentence.text[start - sentence.start:opening.end()])


class _Credits(PersonMeant):
    """The sentences :func:`credit_sources` has credited so far, reading them in order, and the account that a
    sentence naming no source goes on with (by the rules of that function)."""

    def quoted_by_opener(self, index: int, found: list[tuple[Span, str]]) -> bool:
        """Whether the sources sentence ``index`` names (``found``) all lie in a closed quotation wholly holding it
        that an earlier sentence opened past the name of its speaker, credited to them ('Ana Ruiz told the panel:
        "Look at this. Ben says he will pay for it. That sounds great."'): the speaker quotes them, and the
        quotation is still the speaker's words."""
        quotation = self.quotation_of.get(index)
        if not found or quotation is None:
            return False
        opener = next((at for at, opened in self.opened_in.items() if opened == quotation), None)
        if opener is None or opener >= index or opener not in self.credited:
            return False
        start = self.runs[quotation][0]
        speaker = self.named.get(opener, [])[:1]
        return (bool(speaker) and speaker[0][1] == self.credited[opener] and speaker[0][0].end <= start
                and all(span.start >= start for span, _ in found))

    def credit_turn(self, index: int, speaker: str, mention: Mention) -> None:
        """Credit sentence ``index`` of a transcript's turn to its ``speaker``, named by the ``mention`` (see
        :meth:`Speakers.speaker`), though the model heard no one, whose account the next sentences then continue."""
        sentence = self.sentences[index]
        speaking = sentence.label in SPEAKING
        self._credit(index, speaker, mention)
        if speaking:
            self._note_spoke(index, speaker)
        self.last, self.last_written, self.going_on = speaker, self.known.shown.get(speaker, speaker), True
        self.last_mention = mention
        self.last_label = sentence.label if speaking else None

    def credit_item(self, index: int, name: str, mention: Mention) -> None:
        """Credit sentence ``index``, an item of a list whose heading names the source ``name`` (in the ``mention``)
        before a colon ("The report found:" then "1. Torture was used ..."), to that source, whatever its label: the
        list is the source's account, though each item reads as a plain fact."""
        self._credit(index, name, mention)

    def end_account(self) -> None:
        """End the account going on: a question no turn holds ("Q:" in a text without "A:") is no one's continuation,
        and the sentences after it go on with no one's until a source is named."""
        self.going_on = False

    def credit_speaking(self, index: int, found: list[tuple[Span, str]]) -> None:
        """Credit the attributed or denial sentence ``index`` to whom :meth:`_speaker` finds, if anyone; by a
        pronoun alone ('"...," he said.'), the next sentences are that person's account.

        The credit is drawn from the first source span it names (of ``found``), else from its "he" or "she",
        else from the mention the account it goes on with carries from (see :meth:`go_on`)."""
        sentence = self.sentences[index]
        own = [name for _, name in found if name]
        said_by = next((span for span, _ in found if _personal(span) is not None), None)
        pronoun = _personal(said_by) if said_by is not None else None
        unnamed = not own and pronoun is None and not self.furniture[index]
        body = self._own_body_subject(index) if unnamed else None  # "Halvard Foods expects ..., it said."
        body = body or (self._body_meant(index) if unnamed and (self._it_speaks(index) or self._body_finds(index))
                        else None)
        body = body or (self._document_meant(index) if unnamed else None)
        if body is None and unnamed and self._credit_issued(index):
            return
        body = body or (self._group_meant(index) if unnamed else None)
        if body is not None:
            self._credit_body(index, body)
            return
        name = (self._own_subject(index, said_by, pronoun) if said_by is not None and pronoun is not None and not own
                else None) or self._speaker(index, own, pronoun)
        if (pronoun is not None and not own and _after_nameless_person(sentence, said_by)
                and self.topic != (index, name)):
            # "Holt sacked her driver after he said ...": the driver, whom no name stands for; but a speaker who is
            # the sentence's own subject ("Holt, the coach, quit after she said" after "Ana Holt said") is still hers
            self.end_account()
            return
        if (name and unnamed and self._it_speaks(index, at_end=False) and self._a_person(name)
                and self.known.resolve(name) not in self.known.said_it and not self._said_in_document(index, name)):
            # "Astrid Lund accused ... Varnesia's ministry responded. It said ...": "it" opening the sentence is no
            # person; one at its end may be a person's document ('... on his website: "..." / "...," it says.'); but
            # a name that said "it" of itself may be a body's ("Calder Secure says it ... It said ...")
            name = None
        if name and unnamed and self._they_speak(index, found) and self._one_person(name):
            name = None  # "Mayor Oren Pell said ... They said ...": a group speaks, not the one person
        if not name:
            if pronoun is not None and not own and not self.furniture[index] and self._breaks_off_quotation(index):
                self.going_on = False  # '"...," he told me.' of no one known: the rest of his words are no one's
            return
        if pronoun is not None and not own:
            if self.last is not None and self.known.resolve(self.last) == self.known.resolve(name):
                # the pronoun of the account going on: "Mendel said ... '...,' she said" says Mendel is a woman
                self.known.note_pronoun(self.known.resolve(name), pronoun)
            if self.topic in ((index - 1, name), (index, name)):
                # "Oduya was less sure. '...,' he said.", "Tom Vask was for Dan Orr, he said.": named most recently
                self.known.take_topic(name)
        named = next((_written_at(span) for span, source in found if source), None)
        mention = named or (_written_at(said_by, EDGE) if said_by is not None else self.last_mention)
        self._credit(index, name, mention)
        if not own:  # its pronouns ("..., she said") stand for it, for a quotation it closes
            self.referred[index] = [(span, name) for span, unnamed in found if not unnamed]
        self._note_spoke(index, name)
        if not self.furniture[index]:
            self.last_label = sentence.label
        if pronoun is not None and not own:  # '"...," he said.' makes the next sentences his account
            self.going_on = True
            if name != self.last:
                self.last, self.last_written = name, self.known.shown.get(name, name)
                self.last_mention = self.mentions[index]

    def part_of_group(self, index: int) -> bool:
        """Whether sentence ``index`` opens with a quantifier alone as its subject ("Several said", "Many also
        described"; see ``_PARTITIVE_OPENING``) just after a sentence credited to a group of people (its head a
        group's noun, "critics", "officials", or a plural counted, "nine exiles"), whose account goes on: some of
        that group speak ("Nine exiles described ... Several said ..."), not the writer's weasel
        wording, nor a source called "several". "Others" are others than the group."""
        name = self.credited.get(index - 1)
        if name is None or not self.going_on or name != self.last or self._a_person(name):
            return False
        source = self.known.resolve(name)
        head = GROUP_GOES_ON.split(f" {source} ", maxsplit=1)[0].split()
        return (bool(head) and (people_plural(head[-1]) or (_plural(head[-1]) and head[0] in QUANTIFIERS))
                and _PARTITIVE_OPENING.match(self.sentences[index].text) is not None
                and self.quotation_of.get(index) is None)

    def _it_speaks(self, index: int, at_end: bool = True) -> bool:
        """Whether "it" is who speaks sentence ``index`` (see ``_IT_SPEAKS``; ``at_end``, also
        ``_IT_SPEAKS_AT_END``), outside a quotation."""
        sentence = self.sentences[index]
        said = _IT_SPEAKS.match(sentence.text) or (_IT_SPEAKS_AT_END.search(sentence.text) if at_end else None)
        return (said is not None and self.quotation_of.get(index) is None
                and not quotes_within(self.quotes, sentence.start + said.start("it"), sentence.start + said.end("it")))

    def _they_speak(self, index: int, found: list[tuple[Span, str]]) -> bool:
        """Whether "they" is who speaks sentence ``index`` (see ``_THEY_SPEAK``, ``_THEY_SPEAK_AT_END``), outside a
        quotation, or is the source span of ``found`` that opens it as its subject ("But they disagree on ..."), or a
        count alone that names no one ("The two said ...": see :func:`framing.index_groups.count_alone`)."""
        sentence = self.sentences[index]
        said = _THEY_SPEAK.match(sentence.text) or _THEY_SPEAK_AT_END.search(sentence.text)
        if said is None:
            opening = [span for span, name in found
                       if (span.text.strip(EDGE).lower() == "they" or (not name and count_alone(span.text)))
                       and _THEY_OPENING.fullmatch(sentence.text[:span.start - sentence.start])]
            return bool(opening) and self.quotation_of.get(index) is None
        return (self.quotation_of.get(index) is None
                and not quotes_within(self.quotes, sentence.start + said.start("they"),
                                      sentence.start + said.end("they")))

    def _body_meant(self, index: int) -> Span | None:
        """The subject naming a body (see :meth:`note_body`) of the sentence just before sentence ``index``, in
        which "it" speaks: "The Varnesian mission issued a statement on Tuesday. It said ..." is the mission's. In a
        denial after a sentence whose subject sanctions another, the one sanctioned if named, else no one: "The court
        fined Tessary Freight Ltd. It denied any wrongdoing." is Tessary Freight's, never the court's."""
        if (self.sanctioned is not None and self.sanctioned[0] == index - 1
                and self.sentences[index].label == "official_denial"):
            return self.sanctioned[1]
        if self.body_topic is None or self.body_topic[0] != index - 1:
            return None
        return self.body_topic[1]

    def _own_body_subject(self, index: int) -> Span | None:
        """The subject opening sentence ``index`` when it names a body (its head a body's noun, a company known so far
        or a business's name: "Halvard Foods", "The council") and the sentence closes with "it" saying it, outside a
        quotation (see ``_IT_SPEAKS_AT_END``): "Halvard Foods now expects lower sales, it said in a statement." is
        Halvard Foods' word, though no sentence before named it; ``None`` otherwise, and where a body's account goes
        on, whose "it" it may be ("Keltra Mining said ... Tolden's council would get a new road, it said.")."""
        sentence = self.sentences[index]
        said = _IT_SPEAKS_AT_END.search(sentence.text)
        if said is None or not self._it_speaks(index) or (self.going_on and self.last is not None
                                                           and not self._a_person(self.last)):
            return None
        subject = _unquoted_subject(sentence, self.known, self.quotes)
        if subject is None or subject.end - sentence.start > said.start():
            return None
        key = text_key(display_source(subject.text))
        return subject if key and (body_headed(key, BODY_NOUNS | SPEAKING_BODIES) or key in self.known.companies
                                   or business_named(key)) else None

    def _credit_issued(self, index: int) -> bool:
        """Credit sentence ``index``, which "it" speaking opens outside a quotation, to the document the sentence just
        before issues (see :meth:`note_issued`) as "the" document would be credited: "The Treasury and the Central
        Bank issued a joint statement. It said ..." is the statement's, and its issuer's when one body issued it.
        Whether it was so credited."""
        if self.issued_topic is None or self.issued_topic[0] != index - 1 or not self._it_speaks(index, at_end=False):
            return False
        document = self.issued_topic[1]
        name = self.known.add(f"the {document.text}", self.sentences[index].label == "official_denial")
        if not name:
            return False
        mention = _written_at(document)
        self._credit(index, name, mention)
        self._note_spoke(index, name)
        self.last, self.last_written, self.last_mention = name, self.known.shown.get(name, name), mention
        self.last_label, self.going_on = self.sentences[index].label, True
        return True

    def _credit_body(self, index: int, subject: Span) -> None:
        """Credit sentence ``index``, in which "it" speaks, to the body the ``subject`` of the sentence before or of
        its own names, whose account the next sentences then continue."""
        sentence = self.sentences[index]
        before = sentence if sentence.start <= subject.start < sentence.end else self.sentences[index - 1]
        name = self.known.add(subject.text, sentence.label == "official_denial",
                              before=before.text[:subject.start - before.start],
                              after=before.text[subject.end - before.start:])
        if not name:
            return
        mention = _written_at(subject)
        self._credit(index, name, mention)
        self._note_spoke(index, name)
        self.last, self.last_written, self.last_mention = name, subject.text, mention
        self.last_label, self.going_on = sentence.label, True

    def _credit(self, index: int, name: str, mention: Mention) -> None:
        """Credit sentence ``index`` to the source ``name``, drawn from the ``mention`` written there."""
        self.credited[index] = name
        self.mentions[index] = mention

    def _own_subject(self, index: int, said_by: Span, pronoun: str) -> str | None:
        """The person the subject opening sentence ``index`` writes of (its topic, see :meth:`note_topic`) when its
        "he" or "she" (``pronoun``, the span ``said_by``) opens the sentence's second main clause (see
        ``SECOND_CLAUSE``) or a clause of time or reason after the first (see ``_SUBORDINATE_END``): "Ruiz did not
        cooperate with the audit, but she has said ..." and "Holt won applause when she told nurses ..." are Ruiz's
        and Holt's, not a source named before; ``None`` when the topic is known to be of the other sex, or the first
        clause names another person who may be of the pronoun's. So too a "he said" closing the sentence after a
        comma (see :meth:`_said_after_clause`), whoever else its clause names."""
        sentence = self.sentences[index]
        if self.topic is None or self.topic[0] != index:
            return None
        joined = SECOND_CLAUSE.search(sentence.text)
        at = said_by.start - sentence.start
        subordinate = _SUBORDINATE_END.search(sentence.text, 0, at)
        opens = (joined is not None and joined.end() == at) or (
            subordinate is not None and not person_by_noun(sentence.text[:subordinate.start()]))
        second = opens and not self.topic_others & {pronoun, None}
        person = self.topic[1]
        if not (second or self._said_after_clause(index, said_by, person)):
            return None
        return person if self.known.sex_of(person) in (None, pronoun) else None

    def _said_after_clause(self, index: int, said_by: Span, person: str) -> bool:
        """Whether the "he" or "she" ``said_by`` of sentence ``index`` says the clause before it after a comma
        (see ``_SAID_AFTER_CLAUSE``), no quotation written before it, the clause writing the full name of ``person``,
        its subject: "Former Rep. Tom Vask was for Dan Orr while Orr ran, he said Wednesday." is Vask's own account,
        though the clause names another person; "Vask was the first mayor to resign, he said." may go on with the
        account of the one who spoke before."""
        sentence = self.sentences[index]
        at = said_by.start - sentence.start
        return (" " in person and person in text_key(sentence.text[:at])
                and _SAID_AFTER_CLAUSE.match(sentence.text, said_by.end - sentence.start) is not None
                and sentence.text[:at].rstrip().endswith(",") and not SECOND_CLAUSE.search(sentence.text[:at])
                and not quotes_within(self.quotes, sentence.start, said_by.start))

    def _said_in_document(self, index: int, name: str) -> bool:
        """Whether the sentence just before sentence ``index`` is credited to the person ``name`` by a document of
        theirs it names as its source, made by them (see ``DOCUMENT_NOUNS``, ``_DOCUMENT_BY``: "A report by
        rapporteur Ines Vall found ..."): "It" speaking in sentence ``index`` is that document, still its maker's
        word."""
        named = self.named.get(index - 1, [])[:1]
        if not named or self.credited.get(index - 1) != named[0][1] or named[0][1] != name:
            return False
        written = named[0][0].text.strip(EDGE)
        found = _DOCUMENT_BY.match(written)
        return found is not None and found.group("noun").lower() in DOCUMENT_NOUNS

    def someone_else(self, subject: str) -> bool:
        """Whether the ``subject`` of a sentence naming no source ("Dravonia's ministry", "Governor Tom Vance"; see
        :func:`framing.source_finders.opening_subject`) names someone other than the source whose account goes on: a
        capital past its article ("The company" may be the source), no word of its key one of that source's or
        a capitalised one past the first of the source's last sentence or of the last sentence naming it (what its
        account is about: "Vidal said Mexico should ... Mexico should sue"; "The mayor's son, Tom Vell Jr., wrote
        ... Vell Jr. produced"), not the source's initials ("The IMF" after "The International Monetary Fund"), and
        not the government the source names or speaks for ("Beijing" after "China's foreign ministry", "U.S.
        President Tom Vance" after "The White House": see :func:`framing.sources.same_government`)."""
        written = subject.split()
        if written and written[0].lower() in ("the", "a", "an"):
            if self._body_after_person(written[1:]):
                return True  # "The department asks ..." after "A lawyer, Simon Kaye, said ...": no one's Kaye's
            written = written[1:]  # "The company", "The mayor" after "Keltra Mining said": the source, most likely
        if self.last is None or not any(word[:1].isupper() for word in written):
            return False
        words = {word for word in re.findall(r"\w+", text_key(display_source(subject))) if len(word) > 1}
        words -= {"the", "of", "for"}
        source = self.known.resolve(self.last)
        if same_government(subject, source):
            return False  # "Beijing has long held ..." after "China's foreign ministry said"
        # what the account is about: "Castañeda said Mexico should ... Mexico should sue ..." goes on
        about = {word.lower() for at in (self.said_last.get(source), self.named_last.get(source)) if at is not None
                 for word in re.findall(r"\w+", self.sentences[at].text)[1:] if word[:1].isupper()}
        initials = "".join(word[0] for word in source.split() if word not in ("of", "the", "and", "for"))
        if any(self.known.acronyms.get(word) == source or word == initials for word in words):
            return False  # "The IMF expects ..." after "The International Monetary Fund said"
        return not words & (set(source.split()) | about)

    def _body_after_person(self, described: list[str]) -> bool:
        """Whether ``described``, a subject's words past its article, is a body's noun alone (see ``BODY_NOUNS``:
        "department", "ministry", "company") while the source whose account goes on is a person named in full (a
        key of two words or more among ``known.people``) whose key has no such word: a body speaks for itself, not
        in a person's account, as "The company" after "Keltra Mining said" may be Keltra's."""
        if self.last is None or len(described) != 1 or described[0].lower() not in BODY_NOUNS:
            return False
        source = self.known.resolve(self.last)
        return " " in source and source in self.known.people and described[0].lower() not in source.split()

    def accuses_last(self, sentence: Sentence) -> bool:
        """Whether the main clause opening ``sentence`` sues or accuses the source whose account goes on (see
        :func:`framing.source_accusations.accused_by_subject`), written with words of its name alone ("Tenants sued
        Kellmore" after "Kellmore Pharma said ..."; not "sued Ostby council" after "The Ostby Tenants Union said ..."),
        outside a quotation (a quoted one is someone's words, perhaps the source's own): the allegation is its
        subject's, never the account of the one accused."""
        found = accused_by_subject(sentence.text)
        if (found is None or self.last is None
                or quotes_within(self.quotes, sentence.start + found[0], sentence.start + found[1])):
            return False
        named = set(without_legal_form(normalise_source(sentence.text[found[0]:found[1]])).split())
        return bool(named) and named <= set(self.known.resolve(self.last).split())

    def resume(self, subject: str) -> None:
        """Go on again with the ended account of the last source at a claim or denial naming no source whose
        ``subject`` ends with the source's last word, capitalised ("Ms. Lind, reading the draft, complained ..."
        after "Kara Lind said ... The bureau offered ..."): the source speaks again, and that sentence and those
        after it are its account."""
        written = subject.split()
        if self.going_on or self.last is None or not written or not written[-1][:1].isupper():
            return
        if text_key(written[-1]).strip(EDGE) == self.known.resolve(self.last).split()[-1]:
            self.going_on = True

    def _note_spoke(self, index: int, name: str) -> None:
        """Note that ``name`` spoke sentence ``index`` (see :meth:`SourceIndex.spoke`, given the quoted regions
        the sentence overlaps), its last so far."""
        sentence = self.sentences[index]
        self.known.spoke(name, sentence, quotes_within(self.quotes, sentence.start, sentence.end))
        self.said_last[self.known.resolve(name)] = index

    def go_on(self, index: int, found: list[tuple[Span, str]], voiced: list[tuple[int, int]]) -> None:
        """After sentence ``index``, which is no turn's: the first source it names (of ``found``) is the account
        the next sentences continue, unless it is page furniture; the writer's own verdict naming no one (see
        :func:`writers_verdict`, ``voiced``) ends the account, and so does a plain fact whose marked sources name no
        one (see :func:`_names_no_one`: "the deficit has worried voters") or that reads as a headline in title case (see
        :func:`framing.source_keys.title_case`), which names no one by its capitals."""
        sentence = self.sentences[index]
        own = [(name, span) for span, name in found if name]
        if own and sentence.label == "reported_fact" and not self.furniture[index] and (
                title_case(sentence.text) or all(_names_no_one(self.known.shown.get(name, name)) for name, _ in own)):
            self.going_on = False  # "One rule was keeping costs flat, as the deficit worried voters.": "deficit" opens
            return  # no account, and the one going on does not run over a mention of no one
        if own and not self.furniture[index]:
            self.last, span = own[0]
            self.named_last[self.known.resolve(self.last)] = index
            self.last_written, self.last_mention = span.text, _written_at(span)
            self.going_on = True
            if sentence.label not in SPEAKING:
                self.last_label = "attributed_claim" if _allegation_heard_as_fact(sentence) else None
        elif not found and not self.furniture[index] and writers_verdict(sentence, voiced):
            self.going_on = False  # "Ban said the payments were audited. The story does not add up." ends Ban's account

    def credit_closed_quotations(self, runs: list[tuple[int, int]]) -> None:
        """Credit an attributed or denial sentence that names no source, is no page furniture and lies in a
        quotation a later sentence closes (``runs``, see :func:`quotes_closed_later`) to the first source the
        closing sentence names or refers to after the quotation, drawn from that name or pronoun."""
        for index, (closer, quote_end) in quotes_closed_later(self.sentences, runs).items():
            closing = self.named.get(closer, self.referred.get(closer, ()))
            after = [(span, name) for span, name in closing if span.start >= quote_end]
            if (self.sentences[index].label in SPEAKING and index not in self.named and after
                    and not self.furniture[index]):
                span, name = after[0]  # '"It is unacceptable. It must change," said Kay Scheller.'
                self._credit(index, name, _written_at(span))
            elif not after and _PERSON_AFTER_QUOTE.match(self.text, quote_end) and self._a_body(index):
                del self.credited[index], self.mentions[index]  # a body's account going on; "she said" is no body

    def _a_body(self, index: int) -> bool:
        """Whether sentence ``index`` is credited to a body, no person: a company known, or a source whose head, or
        the noun before where it sits, is a body's ("embassy", "velmaran embassy in brunhaven"; not "judge
        amsel of the appeals court", a person placed at a body)."""
        source = self.known.resolve(self.credited[index]) if index in self.credited else ""
        before = NOUN_BEFORE_PLACE.search(source)
        noun = before.group(1) if before is not None else head_word(source)
        return ((noun in BODY_NOUNS | SPEAKING_BODIES or source in self.known.companies)
                and source not in self.known.people)


def _allegation_heard_as_fact(sentence: Sentence) -> bool:
    """Whether ``sentence``, labelled a fact, is its source's claim worded as an allegation, a cue marked in it ("The
    agency said a sample Ekwueme provided contained trenbolone."): the accuser's, whose account a denial after it
    does not go on with, as after a claim so labelled."""
    return (sentence.label == "reported_fact" and any(span.type == "cue" for span in sentence.spans)
            and alleges(sentence.text, passive=False))


def _subject_source(sentence: Sentence, known: SourceIndex, quotes: list[tuple[int, int]], words: int) -> list[Span]:
    """The subject of ``sentence`` before its speech or denial verb, as a source span (see
    :func:`framing.source_finders.subject_before_cue`), for a sentence in which the model marked none: the span
    head misses plain subjects ("The ministry denied the report."); before it, the court a court report says heard
    it ("..., a court heard.", "The court heard that ...": see :func:`framing.source_finders.court_heard`), whoever
    spoke in court (not the accused nor the counsel who spoke before), or who speaks of an act after a comma ("..., a
    move the agency said was safe": see :func:`framing.source_accusations.sayer_of_act`), not the act's subject; an
    unnamed group opening it as a plural ("Regulators said it had not": see
    :func:`framing.source_finders.group_before_cue`); the name after a clause opening it that no comma closes ("When
    asked whether ... every Orr supporter Vask said no": see
    :func:`framing.source_finders.name_after_unclosed_clause`), looked for before the subject, which would read the
    clause into the name ("asked about the deal vask" of "Asked about the deal Vask said no"). Failing a subject, the
    name after an inverted cue ("The report was false, said Karim Haddad": see
    :func:`framing.source_finders.name_after_cue`), else a description there ('"...," said the 43-year-old': see
    :func:`framing.source_finders.description_after_cue`), else the name after a cue opening the sentence before a
    quotation ('Said Ellis: "..."': see :func:`framing.source_finders.name_after_opening_cue`), else
    the speaker after a quotation ('"...," Koller said', "she said": see
    :func:`framing.source_finders.speaker_after_quote`), else the source after "according to" ("According to the
    indictment, ...": see :func:`framing.source_finders.source_according_to`), else the subject of a verb of finding or
    ruling ("The FCA found that ...": see :func:`framing.source_finders.subject_before_finding`), else the agent of a
    verb of speech or judgement in the passive ("were dismissed by the deputy mayor as ...": see
    :func:`framing.source_finders.agent_of_passive`), else "he" or "she" opening it before its cue (see
    :func:`_pronoun_before_cue`), else the subject opening it whose cue comes after its main clause ("The ministry
    released a video that it said showed ...", "The government expelled them, accusing them of ...": see
    :func:`framing.source_finders.subject_of_later_cue`), else the person before an appositive of their role in a body
    and "who said" ("Ada Vell, head of the Kessel Institute's Centre for Law, who said ...": see
    :func:`framing.source_finders.role_holder_before_who_said`), else the body or person a relative clause of speech
    describes ("came from the ministry, which said ...", "Anton Dreyer, who says ...": see
    :func:`framing.source_finders.name_before_which_said`), else a headline's role or body's noun alone before its
    verb ("Minister denies ferry kickbacks": see :func:`framing.source_finders.headline_bare_noun`), which the copy
    names in full, not the account the sentence would go on with. None
    inside a quotation (``quotes``): a quoted subject is the speaker's words, not the speaker. The subject is
    looked for from ``words`` on, past a speaker's label ("Roe: "). Before all these, "he" or "she" past a
    participle clause opening it ("Naming his closed shops she added": see :func:`_pronoun_past_participle`)."""
    lead = words - sentence.start

    def fits(pronoun: str) -> bool:
        """Whether "he" or "she" crediting a reaction at its end may mean someone named before, of that sex; "they"
        is taken for the subject's own people."""
        return pronoun != "they" and known.person_for(pronoun) is not None

    found = (_pronoun_past_participle(sentence, lead) or court_heard(sentence.text[lead:])
             or sayer_of_act(sentence.text[lead:]) or name_after_unclosed_clause(sentence.text[lead:], known.knows)
             or subject_before_cue(sentence.text[lead:], known.knows_or_wrote_within, fits)
             or group_before_cue(sentence.text[lead:], known.knows)
             or speaker_in_aside(sentence.text[lead:], known.knows)
             or speaker_before_colon(sentence.text[lead:], known.knows)
             or name_after_cue(sentence.text[lead:]) or description_after_cue(sentence.text[lead:])
             or name_after_opening_cue(sentence.text[lead:], known.knows)
             or speaker_after_quote(sentence.text[lead:], known.knows) or source_according_to(sentence.text[lead:])
             or subject_before_finding(sentence.text[lead:], known.knows)
             or agent_of_passive(sentence.text[lead:], known.knows) or _pronoun_before_cue(sentence, lead)
             or _pronoun_past_opener(sentence, lead) or _another_before_cue(sentence, lead)
             or subject_of_later_cue(sentence.text[lead:], known.knows)
             or role_holder_before_who_said(sentence.text[lead:], known.knows)
             or name_before_which_said(sentence.text[lead:], known.knows)
             or headline_clause_subject(sentence.text[lead:], known.knows)
             or headline_bare_noun(sentence.text[lead:]))
    if found is None:
        return []
    start, end = words + found[0], words + found[1]
    text = sentence.text[start - sentence.start:end - sentence.start]
    if quotes_within(quotes, start, end) or known.unowned_its_document(text):
        return []  # "Its review found ..." of no owner in view: the account of whoever spoke before goes on
    return [Span("source", start, end, text)]


#: A participle clause opening a sentence, no comma closing it, up to a "he" or "she" after it: "Naming three of
#: the mayor's closed shops " of "Naming three of the mayor's closed shops she added"; not "Nothing" and the like.
_PARTICIPLE_BEFORE_PRONOUN = re.compile(r"[\s\"“'‘]*(?!\w*thing\b)[A-Z][a-z]{2,}ing\s[^,;:\"“”.!?]{1,80}?\s"
                                        r"(?=(?i:he|she)\s)")


def _pronoun_past_participle(sentence: Sentence, lead: int) -> tuple[int, int] | None:
    """Where "he" or "she" stands as the subject of a cue just after it (see :func:`_pronoun_before_cue`) past a
    participle clause opening ``sentence`` from ``lead`` on with no comma after it (see
    ``_PARTICIPLE_BEFORE_PRONOUN``), in the offsets from ``lead``: the clause is no name, its "she" speaks."""
    clause = _PARTICIPLE_BEFORE_PRONOUN.match(sentence.text, lead)
    found = _pronoun_before_cue(sentence, clause.end()) if clause is not None else None
    return (found[0] + clause.end() - lead, found[1] + clause.end() - lead) if clause and found else None


def _pronoun_before_cue(sentence: Sentence, lead: int) -> tuple[int, int] | None:
    """Where "he" or "she" opening ``sentence`` from ``lead`` on stands as the subject of a cue just after it
    ("She said most buyers were women", "But he also denied it"), in the sentence's offsets: read as any marked
    "he" or "she" is (see :meth:`_Credits._person_meant`), so that a denial the model marked no source in is the
    person's whom the pronoun means, not left to the account it would go on with. The verb is the cue the model
    marked there, or where it marked none in a claim, the verb written there: "Critics said the plan was rushed. She
    said ..." is no critic's, whatever the model heard; a denial with no cue marked is left to the account, which an
    accuser's claim does not go on into ("Abel Nyx accused the port ... He denied it." is no one's)."""
    found = PRONOUN_SUBJECT.match(sentence.text, lead)
    if found is None:
        return None
    verb = _coordinated_speech_verb(sentence.text, found.end())
    verb_at = range(sentence.start + (verb if verb is not None else found.end(1)),
                    sentence.start + (verb if verb is not None else found.end()) + 1)
    cues = [span for span in sentence.spans if span.type == "cue" and span.start in verb_at]
    written = (not cues and sentence.label != "official_denial"
               and SPEECH_VERB.match(sentence.text, verb if verb is not None else found.end()))
    if not (any(SPEECH_VERB.search(span.text) for span in cues) or written):
        return None  # "He was also expected to be charged" reports on him: his account it is not
    return found.start(1) - lead, found.end(1) - lead


#: A clause of what the subject did, then "and" and a verb of speech with no subject of its own ("has filed a claim
#: with the ombudsman, and says" of "She has filed a claim with the ombudsman, and says ..."): group 1, the verb.
_AND_THEN_SPEECH = re.compile(rf"(?![\s\"“'‘]*(?:{SPEECH_VERBS})\b)[^.;:!?\"“”]{{1,120}}?,?\s+and\s+"
                              rf"(?:also\s+|now\s+)?((?:{SPEECH_VERBS})\b)", re.I)


def _coordinated_speech_verb(text: str, at: int) -> int | None:
    """Where a verb of speech stands that a "he" or "she" ending at ``at`` of ``text`` is the subject of past a
    clause of what they did and "and" (see ``_AND_THEN_SPEECH``: "says" of "She has filed a claim, and says the
    airline ignored her"), the clause's subject speaking; ``None`` where the pronoun's own verb comes first or no such
    verb follows."""
    found = _AND_THEN_SPEECH.match(text, at)
    return found.start(1) if found else None


def _pronoun_past_opener(sentence: Sentence, lead: int) -> tuple[int, int] | None:
    """Where "he" or "she" stands as the subject of a cue just after it (see :func:`_pronoun_before_cue`) past an
    opener up to its comma at ``lead`` of ``sentence`` (see :func:`framing.source_keys.past_opener`: "In a post on
    social media, she said ..."), in the offsets from ``lead``: the opener says where or when, its "she" speaks."""
    skip = past_opener(sentence.text[lead:])
    found = _pronoun_before_cue(sentence, lead + skip) if skip else None
    return (found[0] + skip, found[1] + skip) if found else None


#: "Another" alone opening a sentence as its subject, after a quotation mark or a conjunction, and an adverb that may
#: stand before its verb ("Another said", "But another also argued"): one more of the people written of.
_ANOTHER_SUBJECT = re.compile(r"[\s\"“'‘]*(?:(?:but|and|yet|still)\s+)?(another)\s+"
                              r"(?:(?:also|later|then|[a-z]+ly)\s+)?", re.I)


def _another_before_cue(sentence: Sentence, lead: int) -> tuple[int, int] | None:
    """Where "Another" opening ``sentence`` from ``lead`` on stands as the subject of a verb of speech just after it
    ("Another said it was months away": see ``SPEECH_VERB``), in offsets from ``lead``: one more person like the
    one named last (see :meth:`framing.source_index.SourceIndex.add`), not the account of the one before going on,
    though the model marked no source."""
    found = _ANOTHER_SUBJECT.match(sentence.text, lead)
    if found is None or not SPEECH_VERB.match(sentence.text, found.end()):
        return None
    return found.start(1) - lead, found.end(1) - lead


#: Collective nouns in lower case that speak as one side or body though :func:`generic_source` does not list them
#: ("The military shelled the town.", "The prosecution rested its case."): see :func:`_names_no_one`.
_SPEAKING_COLLECTIVES = frozenset("""military army navy opposition prosecution defence defense management staff
    leadership junta regime""".split())


def _names_no_one(display: str) -> bool:
    """Whether a source shown as ``display`` names no one that may speak: one word in lower case, no plural, that
    is no person's role, body's noun, speaking collective ("the military") or other nameless source (see
    :func:`generic_source`): "ink", "heritage", a noun the model marked by mistake."""
    return (" " not in display and display.islower() and display.isalpha() and not display.endswith("s")
            and not generic_source(display, display) and display not in PERSON_ROLES
            and display not in _SPEAKING_COLLECTIVES)


def _written_at(span: Span, edge: str = _MENTION_EDGE) -> Mention:
    """Where the words of the source span ``span`` are written: its offsets without the characters ``edge`` at its
    ends (a pronoun's: ``EDGE``, a full stop too)."""
    lead = len(span.text) - len(span.text.lstrip(edge))
    return span.start + lead, span.start + max(lead, len(span.text.rstrip(edge)))


def _speaks_itself(source, sentence: Sentence, cues: Collection[int]) -> bool:
    """Whether a source span is followed by its cue (``cues``: where the sentence's cues start) or by no word, so
    that a possessive it ends with belongs to the name ("Moody's said", "according to McDonald's."); not a cue that
    is an account's noun (see ``_OWNED_ACCOUNT_CUE``: "Ana Ruiz's Claim That ...", "Ana Ruiz's claim that ..."),
    which the one named owns."""
    text, after = sentence.text, source.end - sentence.start
    while after < len(text) and text[after].isspace():
        after += 1
    return not text[after:after + 1].isalpha() or (sentence.start + after in cues
                                                   and not _OWNED_ACCOUNT_CUE.match(text, after))


def _generic_one(sentence: Sentence, quotes: list[tuple[int, int]], voiced: list[tuple[int, int]]) -> bool:
    """Whether ``sentence`` opens with the generic "One" before a modal and a verb of arguing or wondering ("One can
    also debate ...", see :data:`framing.source_words.GENERIC_ONE_AFTER`), outside quotation marks (``quotes``) and the
    quotations ``voiced``: anyone at all, the writer's own musing, which no source named before gives."""
    opening = _ONE_OPENING.match(sentence.text)
    if opening is None or GENERIC_ONE_AFTER.match(sentence.text, opening.end()) is None:
        return False
    return not _quoted(sentence, voiced) and not quotes_within(quotes, sentence.start, sentence.start + opening.end())


#: "One" opening a sentence, past typography and a conjunction ("But one ...").
_ONE_OPENING = re.compile(r"[\s(]*(?:(?:But|And|Yet|So|Still|Now)\s+)?(?:One|one)(?![\w'’-])")

#: The writer saying it could not check a claim: a negation, then "independently" and a verb of checking ("Nordpress
#: could not independently verify either side's account", "It was not possible to independently confirm the toll",
#: "We were unable to independently corroborate"), or a claim that "could not be verified" or "confirmed", by no one
#: named after it: the writer's note, no part of the account before it.
_UNVERIFIED = re.compile(r"(?:\bnot\b|n['’]t\b|\bunable\b)(?:\s+[\w'’]+){0,4}?\s+independently\s+"
                         r"(?:verif|confirm|corroborat)\w*|\b(?:could|can)(?:\s*not|n['’]t)\s+be\s+"
                         r"(?:verified|confirmed|corroborated)\b(?!\s+by\b)", re.I)

#: Examples of a group just before a span that left them out ("including " of "Others, including Ana Voss").
_EXAMPLES_BEFORE = re.compile(r"(?:including|such\s+as)\s+\Z")
#: A capitalised word that names someone in a span: not an article or a count opening it ("The reporters", "One
#: blogger").
_NAMING_WORD = re.compile(r"(?<![\w'’.-])(?!(?:The|A|An|One|Two|Some|Many|Several)\b)[A-Z][a-z]")

#: A cue of one word in "-ing", a participle ("accusing", "alleging", "saying").
_PARTICIPLE_CUE = re.compile(r"[a-z]{2,}ing")

#: A person addressed at a sentence's start by a role alone or a name (group "name"), a form of address allowed before
#: it (group "title"), and the comma after it: "Sheriff, ", "Mr. President, ", "Madam Speaker, ", "Mr. Okafor, ",
#: "Tom, " (see :func:`_past_addressee`).
_ADDRESSEE = re.compile(r"(?:(?P<title>Madam|Madame|Mister|Miss|(?:Mr|Mrs|Ms|Mx|Dr)\.?)\s+)?(?P<name>[A-Z][a-z]+),\s+")
#: What a sentence says right after a person it addresses by name, asking them or speaking of them as "you" ("Tom,
#: what is the minister saying?", "Mr. Okafor, you said ..."): not an aside after a subject ("Doyle, too, said you
#: ...", "Mr. Fox, who was ...", "Mr. Fox, when asked, ...").
_ASKING = re.compile(r"(?:you|your|what|why|how|is|are|do|does|did|can|could|would|will|should|have|has"
                     r"|isn['’]t|aren['’]t|don['’]t|doesn['’]t|didn['’]t|won['’]t)(?![\w'’])",
                     re.IGNORECASE)
#: What a sentence says right after the person it addresses, telling them to do something ("Mr. Okafor, let the
#: senator answer.", "Tom, please go on."): an address, as "you" or a question is.
_BIDDING = re.compile(r"(?:let|please|go\s+ahead|go\s+on|hang\s+on|hold\s+on|one\s+moment|tell\s+us|stay)\b",
                      re.IGNORECASE)
#: An aside closed by a comma, then a verb of speech: "Governor, the state's top official, said you can apply" has
#: its subject before the aside, no one addressed (see :func:`_past_addressee`).
_ASIDE_THEN_CUE = re.compile(r"[^,.?!]{1,80},\s+(?:said|says|asked|asks|told|tells|added|adds|wrote|writes|denied|"
                             r"denies|insisted|insists|argued|argues|warned|warns|claimed|claims)\b")

#: After a subject (an aside between commas allowed), words saying it spoke or was asked, so that a "he" or "she"
#: next may be that person (see :meth:`SourceIndex.see_subject`).
_SPOKE_OR_ASKED = re.compile(
    r"\s*(?:,[^,]{1,80}){0,2},?\s*(?:(?:also\s+)?(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:asked|questioned|pressed|peppered|grilled)|spoke|speaks|declined|went\s+further|appeared|responded|"
    r"replied|answered|took\s+questions|briefed|met\s+(?:with\s+)?reporters|gave\s+(?:an\s+)?interview|"
    r"faced\s+questions|weighed\s+in|sat\s+down|told|tells|testified|refused|tweeted|wrote|posted|"
    r"did\s+not\s+(?:respond|return|reply)|could\s+not\s+be\s+reached|would\s+not\s+comment)\b", re.I)

#: The verbs of ``_SPOKE_OR_ASKED`` that say the subject did not speak ("declined to comment", "could not be
#: reached"): a "he" or "she" next is rather the last speaker's, when of the pronoun's sex.
_KEPT_SILENT = re.compile(r"(?:declined|refused|not\s+(?:respond|return|reply|be\s+reached|comment))$", re.I)
#: An opening that ties a sentence to the one before as what followed from it: "As a result, ", "Because of this, ".
_CONSEQUENCE = re.compile(r"\W*(?:As\s+a\s+(?:result|consequence)|Because\s+of\s+(?:this|that))\b")
#: A subject's verb that says what it should or must do, not what it did: "should", "must", "ought to".
_PRESCRIBED = re.compile(r"\s+(?:should|must|ought\s+to)\b")

#: The second person, in which a sentence speaks to whom it addresses.
SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
#: What may open a sentence before its first word: spaces and opening quotation marks.
_OPENING_MARKS = " \t\n\"“‘'"

#: A stock exchange's listing set after a company's name ("Zentrix Pharma Inc. (NASDAQ: ZNTX)", "(LSE: ACMR)",
#: "(TSX Venture: NWD)"): it belongs to the name before it and is never a source of its own.
_TICKER = re.compile(r"\(?\s*(?i:nasdaq|nyse|lse|aim|tsx|tsxv|tsx-v|asx|otc|otcqx|otcqb|euronext|xetra|fwb|six|hkex|"
                     r"sehk|sgx|nzx|jse|bse|nse|tase|cse|amex)"
                     r"(?:\s+[A-Z][\w-]*){0,2}\s*:\s*[A-Z0-9][A-Z0-9.-]{0,9}\s*\)?")
