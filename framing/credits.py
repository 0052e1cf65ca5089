"""Who is credited with each sentence of a document: the source it names, the one a pronoun or a
continuation points back to, a quotation's speaker, an interview's speaker, or no one (the writer's own work).

:func:`credit_sources` and its pass over the sentences are here; the readers it asks live beside it, one job each:
:mod:`framing.credit_clauses` (which clause a span stands in), :mod:`framing.credit_spans` (how far a source span
reaches), :mod:`framing.credit_quotes` (quotations and their speakers), :mod:`framing.credit_own_work` (the writer's
own work, datelines, corrections, fact-check verdicts) and :mod:`framing.credit_speakers` (transcripts and
interviews). The pass's reading, :class:`_Credits`, is the last of a chain of classes, one module each, a class
calling only its own methods and those of the classes before it: :class:`~framing.credit_state.CreditState` (what
the reading holds) < :class:`~framing.credit_topics.Topics` (the topic a sentence naming no source leaves) <
:class:`~framing.credit_persons.PersonMeant` (the person "he" or "she" means) < :class:`_Credits`.

The span readers :func:`_source_spans` and the pass ask besides live beside it too: :mod:`framing.credit_weasels`
(weasel words, generic sources, judges), :mod:`framing.credit_subjects` (the subject a cue speaks for, "he" or "she"
before a cue), :mod:`framing.credit_participles` (participles, passives, "told", addressees) and
:mod:`framing.credit_documents` (documents, where words were posted, based or quoted)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .document import Sentence, Span
from .furniture import ENTRY_STAMP, OPENING_STAMP, signs_copy, stamp_length
from .segment import LIST_ITEM, wire_slug_length
from .source_find_interviews import asked_for_comment
from .source_find_openings import headline_clause_subject, one_word_opening, other_group_opening, weasel_before_cue
from .source_find_openings import weasel_stance
from .source_finders import said_in_passive
from .index_groups import count_alone
from .source_index import SourceIndex
from .source_words import BODY_NOUNS, EDGE, FACT_CHECK_LABEL, GROUP_GOES_ON, QUANTIFIERS
from .source_keys import head_word, text_key, title_case, without_legal_form
from .source_accusations import accused_by_subject, alleges
from .source_roles import described_body, described_post, described_trade
from .source_forms import display_source
from .source_kinds import people_plural
from .sources import normalise_source, quantity_alone, same_government, time_alone, unsure_list
from .spans import quotes_within
from .turns import asks, heading_label_length, opening_label_length
from .credit_interviewees import OF_THEM
from .credit_clauses import clause_after_aside, counted_before_clause, denying_clause, denying_clause_subject
from .credit_clauses import in_concession, in_dashed_clause, in_reason_clause, in_uninvolved_clause, modifies
from .credit_clauses import name_before_clause
from .credit_clauses import opening_clause_subject, past_time_clause, RELATIVE_PRONOUN, SECOND_CLAUSE
from .credit_clauses import second_clause_subject
from .credit_own_work import dateline_nation, dateline_town_key, pronoun_of, signed_quote, corrects_own_piece
from .credit_own_work import byline_paper, dateline_wire, own_publication
from .credit_own_work import fact_check_verdict, FIRST_PERSON, in_writers_person, links_elsewhere, names_anyone
from .credit_own_work import names_own_piece, names_own_work, OWN_BEFORE, own_outlet_cut, own_piece, own_staff
from .credit_own_work import paper_own_sourcing, past_dateline, past_opening_time, PRONOUN_CUE_ENDS
from .credit_own_work import said_in_writers_person
from .credit_own_work import writers_verdict
from .credit_quotes import in_quotation, quoted_as_saying, quoted_persons_label, quoted_pronoun, quoter_speaks
from .credit_quotes import quotes_closed_later, scare_quoted, SPEAKING, speaking_first, stamped_quote_label
from .credit_spans import adverbs_cut, chained, general_grown, head_grown, kind_grown, maker_grown, modifier_grown
from .credit_spans import close_to_grown, noun_start_grown
from .credit_spans import name_split_rejoined, name_start_grown, nationality_grown, opener_cut, owner_grown
from .credit_spans import sitting_cut, topic_cut
from .credit_spans import with_group_counted, with_name_described, with_relation_named, with_whole_name
from .credit_spans import without_descriptions
from .credit_speakers import Mention, Speakers
from .credit_persons import DOCUMENT_NOUNS, person_by_noun, PersonMeant, REPORTED_BY_SPEAKER, SUBORDINATE_OPENING
from .credit_persons import REPORTED_NOW_BY_SPEAKER
from .credit_topics import is_plural, body_headed, business_named, IT_SAID, NOUN_BEFORE_PLACE, SPEAKING_BODIES
from .credit_topics import IT_SAYS, SUBJECT_OPENING, THEY_SAY
from .credit_documents import credit_aside, denied_account_maker, document_maker, document_of_participle, sent_to
from .credit_documents import found_by_poll, where_based, where_posted, where_quoted
from .credit_participles import acted_on_before_participle, past_addressee, past_preposition, past_relative_objects
from .credit_participles import (heard_of_only, one_asked, past_verb_cut, person_asked, pronoun_asked, spoken_of,
                                 told_audience)
from .credit_participles import told_by_no_one
from .credit_participles import accused_by_named_agent, told_in_passive, unaccused, past_label, past_vocative
from .credit_subjects import after_nameless_person, body_by_appositive, body_by_noun, content_subject
from .credit_subjects import cues_after_pronoun, described_subject_again
from .credit_subjects import firm_after_kind, in_relative_aside
from .credit_subjects import (firm_by_business_act, goes_on_with_other, in_clause_after_pronoun_said,
                              person_put_to_guest)
from .credit_subjects import judged_subject, main_subject_past_concession, given_name_span, opening_subject_described
from .credit_subjects import object_answering_after_who
from .credit_subjects import asks_what_said, person_before_who, possessive_owner, possessor_in_cue, question_subject
from .credit_subjects import SAID_AFTER_CLAUSE
from .credit_subjects import speaks_itself, subject_acting, subject_before_description, subject_owning_side
from .credit_subjects import subject_source, SUBORDINATE_END, title_subject, unquoted_subject
from .credit_weasels import generic_one, judge_acting, named_beside_weasel, names_no_one, weasel_alone


#: A source span naming whom a question addresses ("Your team's study", "you"): in an interviewer's turn, the one
#: asked, whose words the asker puts to them; the question stays the asker's.
_ADDRESSED = re.compile(r"(?i:you|your)\b")
#: "our" or "my" opening a source span ("Our surveys"): in a speaker's turn, the speaker's own work (see
#: :func:`_speaker_own`).
_OWN_OPENING = re.compile(r"(?i:our|my)\s")
#: A verb negated just after a source span ("did not find", "has never said", "doesn't say"): in a speaker's turn,
#: what the source did not find or say is the speaker's word about it (see :func:`_denied_to_source`).
_NEGATED_AFTER = re.compile(r"\s+(?:(?:did|does|do|has|have|had|was|were|is|are)(?:\s+not|n['’]t)(?:\s+ever)?"
                            r"|(?:(?:has|have|had)\s+)?never)\s+[a-z]")

_IT_SPEAKS = re.compile(SUBJECT_OPENING + rf"(?P<it>[Ii]t)\s+(?:(?:(?:has|had)\s+)?{IT_SAID}|{IT_SAYS})")

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
#: A count of a group by "them" alone as a source ("Several of them", "Two of them"), no name of its own.
_OF_THEM_ALONE = re.compile(OF_THEM)
#: What may open a sentence before "they" as its subject: typography, a conjunction, an opener and its comma.
_THEY_OPENING = re.compile(SUBJECT_OPENING)
_THEY_SPEAK = re.compile(SUBJECT_OPENING + rf"(?P<they>[Tt]hey)\s+(?:(?:have|had)\s+)?(?:{IT_SAID}|{THEY_SAY})")
_THEY_SPEAK_AT_END = re.compile(_SAID_AT_END.format("they", "said|say|added|add|stated|state|noted|note"))

#: A sentence opening with others in the plural, counted or not, as the subject of a verb in the past ("Two
#: ministries issued statements", "Both unions met", "Officials later walked out"; group "noun" their noun): a
#: "they" speaking next may be theirs, not the account of a source before them.
_OTHERS_ACTED = re.compile(
    r"[\s\"“'‘]*(?:(?i:the|both|all|several|many|some|two|three|four|five|six)\s+){0,2}(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<noun>(?i:[a-z])[\w-]*[^s\W]s)\s+(?:(?:also|then|later|have|had|[a-z]+ly)\s+)?"
    r"(?:[a-z]+ed|met|sent|made|held|gave|took|went|put|set|wrote|spoke|sought|brought|told)\b")

#: "he" or "she" just after a quotation's end, speaking it (' she said' of '"...," she said.'), who is no body.
_PERSON_AFTER_QUOTE = re.compile(r"[\s,]*(?:he|she)\s+(?:\w+\s+)?(?:said|says|added|told|insisted)\b", re.I)

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
_DOCUMENT_OPENER = re.compile(r"(?:(?:But|And|Yet)\s+)?(?:[Ii]n|[Aa]ccording\s+to)\s+(?:the|a|an|this|that)\s+"
                              r"(?:[\w'’-]+\s+){0,2}?(?:poll|polls|survey|surveys|report|study|analysis)\b"
                              r"[^,.;:!?\"“”]{0,40},")

#: A list's heading naming findings, conclusions or recommendations but no one ("Key findings:", "Its main
#: recommendations:", "Among the findings:"): a report's, where the sentence just before credits it (see
#: :func:`credit_sources`).
_FINDINGS_HEADING = re.compile(r"(?:among\s+)?(?:(?:the|its|their)\s+)?(?:(?:key|main|principal|major|chief|other)\s+)?"
                               r"(?:findings|conclusions|recommendations)\s*:", re.I)


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
    subject is a pronoun or lies in a quotation (``quotes``), see :func:`subject_source`.

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
    known.own_paper = byline_paper(sentences)
    known.dateline_country = dateline_nation(sentences)
    known.dateline_town = dateline_town_key(sentences)
    credits = _Credits(sentences, furniture, known, runs, quotes, text)
    opening = next((index for index, flag in enumerate(furniture) if not flag), len(sentences))
    headlines: list[int] = []  # headline sentences credited after the copy
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
                or (index >= opening and signed_quote(sentence, furniture[index]))
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
        acting = subject_before_description(sentence, known, quotes)
        if acting is not None:
            # "Orsk Mining will close the mine, the company said": the firm the sentence opens with speaks
            known.see_body(sentence.text, acting.start - sentence.start, acting.end - sentence.start)
        firm = None if acting is not None else firm_after_kind(sentence)
        passing_firm = firm if firm is not None and not any(span.type == "source" for span in sentence.spans) else None
        if firm is not None and passing_firm is None:
            # "The video was removed from the social network Pollen, the company said": the one firm it names
            known.see_firm_by_kind(sentence.text, firm.start - sentence.start, firm.end - sentence.start)
        sourced = acting is not None or firm is not None or any(span.type == "source" for span in sentence.spans)
        trader = None if sourced else firm_by_business_act(sentence) or body_by_appositive(sentence)
        if trader is None and passing_firm is not None:
            # "The operator, Kessel Ports, has issued a statement. It said ...": the firm named opening the sentence
            appositive = body_by_appositive(sentence)
            trader = appositive if appositive is not None and appositive.start == passing_firm.start else None
        if trader is not None and (trader.text.lower() in known.people or trader.text.lower() in known.surnames
                                   or any(name.startswith(f"{text_key(trader.text)} ") for name in known.names)):
            # "Tom Cardwell, the owner, said ... Cardwell cut 200 jobs.": the person, no firm; and "Northline has
            # responded." after "Northline Rail": the firm already named, by its first word, no second firm
            trader = None
        if trader is not None:
            # "Cardwell cut 200 jobs on Monday. The company said ...": a one-word name a business's act shows a firm
            known.see_firm_by_kind(sentence.text, trader.start - sentence.start, trader.end - sentence.start)
        owner = subject_owning_side(sentence, known, quotes)
        if owner is not None:
            # "Governor Tamsin Roe declared an emergency, her office said": hers, not the last speaker's office
            known.see_subject(sentence.text, owner.start - sentence.start, owner.end - sentence.start)
        named = _sources_named(sentence, known, quotes, speakers.words(index))
        found = unaccused(named, sentence)
        if named and not found:
            credits.end_account()  # "Mr. Roe was accused of ...": by no one named, nor by the account before
        if credits.quoted_by_opener(index, found):
            found = []  # 'Ruiz told the panel: "Look. Ben says he will pay. That sounds great."' is all Ruiz's
        if speakers.asking(index):  # "Q: Your team's study found ...": the one asked, whom the asker addresses
            found = [(span, name) for span, name in found if not _addressed(span, name)]
        elif speaker:  # "A: Our surveys show ...": the speaker's own work, whose words the turn's are
            found = [(span, name) for span, name in found
                     if not (_speaker_own(span, sentence) or _denied_to_source(span, sentence))]
        if not speaker and asks_what_said(sentence) and not in_quotation(sentence, quotes):
            found = []  # "What does the operator say?": a subheading asks, on no one's word (a quotation's is its)
            credits.end_account()
        if not found and not speaker and names_own_piece(sentence, speakers.words(index), known.own_wire, known):
            credits.end_account()  # "The article also incorrectly said ..." is the writer's, no earlier source's
        if not found and not speaker and _UNVERIFIED.search(sentence.text):
            credits.end_account()  # "The army denied it. Nordpress could not independently verify either account."
        if not names_anyone(found) and not speaker and names_own_work(sentence, speakers.words(index)):
            credits.end_account()  # "Analysis by our Beijing correspondent: ..." is the outlet's, not Wang's
        own = credits.note_named(index, found)
        credits.note_group_heard(index)  # "The court heard that council officers visited. They found ...": theirs
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
                weasel_alone(s, sentence, known) for s in sentence.spans
                if s.type == "source" and s.start >= speakers.words(index))
                or weasel_before_cue(sentence.text[speakers.words(index) - sentence.start:], known.knows)
                or weasel_stance(sentence.text[speakers.words(index) - sentence.start:], known.knows)
                or other_group_opening(sentence.text[speakers.words(index) - sentence.start:])):
            # "Varga said ... Many believe ...", "... Others were more cautious." is the writer's weasel wording, and
            # "Other researchers were more cautious." a new party's stance: neither goes on with Varga's account
            credits.end_account()
        if ((ENTRY_STAMP.match(sentence.text) or sentence.start in credits.stamped or heading) and not speaker
                and not _IT_SPEAKS.match(sentence.text, credits.entry_words(index))):
            # "17:30 GMT - A channel posted ..." opens a new entry: no earlier entry's account; but "10:26 It added
            # ..." says whose it goes on with, the body the entry before credited
            credits.end_account()
        if index == 0 and furniture[index] and not (own or speaker) and _above_deck(sentences, text):
            # "Ana Ruiz takes on her party" above "In speech to the convention, she attacks ...": hers
            headline_subject = unquoted_subject(sentence, known, quotes)
            if headline_subject is not None:
                credits.note_topic(index, headline_subject)
        subject = None if own or speaker or furniture[index] else unquoted_subject(sentence, known, quotes)
        spoke = _SPOKE_OR_ASKED.match(sentence.text, subject.end - sentence.start) if subject else None
        # a judge's acts on the case are the court's words ("Judge Ana Okafor blocked the law."): she spoke
        judged = subject is not None and spoke is None and judge_acting(subject, sentence, known)
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
                lone = one_word_opening(sentence.text)
                if lone is not None:
                    known.see_state(sentence.text, *lone)  # "Kessaria has responded. Its foreign ministry said ..."
                credits.note_sexed_person(index)  # "The woman who filed the complaint ... '...,' she said." is hers
                owner = possessive_owner(sentence)
                if owner is not None:
                    credits.note_topic(index, owner)  # "Tom Vask's beard was greyer ... '...,' he said." is his
                credits.carry_topic(index)  # "... He did not mention his record. '...,' he told them." too
        elif not (subject or speaker or furniture[index]) and sentence.label not in SPEAKING and own in (
                ["woman"], ["man"]):
            credits.note_sexed_person(index)  # the same, where the model marked "The woman who" as a source
        asked = person_asked(sentence) if own and not (subject or speaker or furniture[index]) else None
        if asked is not None:
            credits.note_asked(index, asked)  # "Vell asked Senator Dan Orr whether ... '...,' he said." is Orr's
        # a one-word name opens no subject but a business's act shows it a firm; a document opening it, its maker
        acted = subject or trader or (None if own or speaker else document_maker(sentence))
        if not (acted or own or speaker or furniture[index]):
            acted = body_by_noun(sentence)  # "A panel of three judges ruled ... It said ...": the panel's word
        if acted:
            # "The ministry did not respond. It has previously denied ...", "Cardwell cut 200 jobs. It said ..."
            credits.note_body(index, acted, firm=trader is not None and trader.text == acted.text)
        asked_about = None if acted or own or speaker or furniture[index] else question_subject(sentence)
        if asked_about is not None:
            credits.note_body(index, asked_about)  # "How has the Prison Service responded? It said ..." is its word
        judged_body = judged_subject(sentence, known, quotes, [span for span, name in found if name]) if own and not (
            speaker or furniture[index]) else None
        if judged_body is not None:
            credits.note_body(index, judged_body)  # "The council was condemned by inspectors. It said ...": the council
        if passing_firm is not None:
            # "Shoppers bought 40 vans from the manufacturer Stahlwerk. The company insisted ...": the firm, unless the
            # sentence's subject was a body, which a later description means first
            firm_at = passing_firm.start - sentence.start
            known.see_firm_by_kind(sentence.text, firm_at, firm_at + len(passing_firm.text), passing=True)
        asked_body = None if own or furniture[index] else asked_for_comment(sentence.text)
        if asked_body is not None:
            # "We put your comments to the health board. A spokesman said ...": the board's spokesperson
            known.see_asked_body(sentence.text, *asked_body)
            if not acted:
                # "We asked the ministry for a response. In a statement, it said ...": the ministry's word
                credits.note_body(index, Span("source", sentence.start + asked_body[0], sentence.start + asked_body[1],
                                              sentence.text[asked_body[0]:asked_body[1]]))
        if not (own or speaker or furniture[index]):
            credits.note_document(index)  # "The study was published in March. It found ..."
            credits.note_issued(index)  # "The two banks issued a joint statement. It said ..."
            credits.note_group(index)  # "The institute's scientists analysed data. They found ..."
        if (subject and not found and credits.someone_else(subject.text)
                and not PRONOUN_CUE_ENDS.search(sentence.text) and not _keeps_account(sentence, subject)):
            credits.end_account()  # "Rusek said ... Dravonia's ministry released a video ..." is not Rusek's
        if subject and not found and sentence.label in SPEAKING:
            credits.resume(subject.text)  # "Ms. Lind, reading the draft, complained" after her account ended
        put = person_put_to_guest(sentence, found, known, credits.credited.get(index - 1), speaker[0]) if (
            speaker and not furniture[index] and speakers.asking(index) and speakers.opens_turn(index)) else None
        if put is not None:
            credits.credit_third_person(index, *put)  # "HOST: He also said ..." after the guest answered: not the guest
            continue
        if (speaker and not furniture[index] and not (own and sentence.label in SPEAKING)
                and not goes_on_with_other(sentence, found, known, credits.credited.get(index - 1), speaker[0],
                                            speakers.asking(index), speakers.opens_turn(index))):
            if (sentence.label not in SPEAKING or speakers.opens_turn(index)
                    or not (REPORTED_BY_SPEAKER.match(sentence.text)
                            or (REPORTED_NOW_BY_SPEAKER.match(sentence.text)
                                and credits.body_spoke_before(index, speaker[0])))):
                # unless it reports someone it names: "ROE: The ministry denied it."
                credits.credit_turn(index, *speaker)
            else:
                # or later in the turn someone it does not: "It said the figures were wrong." is no one's, unless
                # the sentence before credited a body: "MARAJ: ... Orsa Lines rejected that. It said ..." is its
                credits.go_on_with_body(index, speaker[0])
            continue
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
        if not furniture[index] and not names_anyone(found) and generic_one(sentence, quotes, voiced):
            credits.end_account()  # "Many economists believe ... One can also debate ..." is the writer's musing
        if sentence.label in SPEAKING and not names_anyone(found) and credits.accuses_last(sentence):
            credits.end_account()  # "Kellmore said ... Tenants sued Kellmore Pharma ..." is the tenants' allegation
        if sentence.label in SPEAKING and not names_anyone(found) and said_in_passive(sentence.text):
            credits.end_account()  # "Acme said ... The plan was dismissed by critics as ..." is not Acme's
        if not names_anyone(found) and _OWN_STAFF_REPORTS.search(sentence.text):
            credits.end_account()  # "Explosions were heard, our correspondent reports." is the outlet's own work
        if (paper_own_sourcing(sentence, found)
                and not quotes_within(quotes, sentence.start, sentence.start + 1)
                and not in_quotation(sentence, voiced)):
            credits.end_account()  # "AS said ... It is understood that Arsenal ..." is the paper's own sourcing
        if (sentence.label in SPEAKING and not names_anyone(found) and told_by_no_one(sentence)
                and not in_quotation(sentence, voiced)):
            credits.end_account()  # "The council met. Parents were told that ..." names no teller, the council or not
        if not found and _DOCUMENT_OPENER.match(sentence.text):
            credits.end_account()  # "Pike said ... In the poll, Rowe leads by four points." is not Pike's
        asked_pronoun = None if furniture[index] else pronoun_asked(sentence)
        # "Reporters asked her why the plant shut.": the person "she" would mean here, read before the asking credits
        meant = credits.pronoun_person(index, asked_pronoun) if asked_pronoun is not None else None
        if sentence.label in SPEAKING:
            credits.credit_speaking(index, found)  # a source it names, "he" or "she", or the account it goes on with
        credits.go_on(index, found, voiced)
        interviewed = None if furniture[index] else one_asked(sentence, subject)
        if interviewed is not None and not quotes_within(quotes, interviewed.start, interviewed.end):
            # "Mayor Ilse Varn was asked why the depot closed." then '"We had no money left."': hers, the one asked
            at = interviewed.start - sentence.start
            credits.hand_over(index, interviewed, known.add(interviewed.text, before=sentence.text[:at],
                                                             after=sentence.text[at + len(interviewed.text):]))
        elif interviewed is None and asked_pronoun is not None and meant:
            credits.hand_over(index, asked_pronoun, meant)  # then '"We ran out of money."': hers, the one asked
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
        found = unaccused(_sources_named(sentences[index], known, quotes, speakers.words(index), headline=True),
                           sentences[index])
        credits.note_named(index, found)
        credits.credit_speaking(index, found)
    credits.credit_closed_quotations(runs)
    # a nameless role later named ("a government spokesperson", then "The spokesperson, Clarita Reyes") is them
    return {index: known.resolve(name) for index, name in credits.credited.items()}, known.shown, credits.mentions


def _keeps_account(sentence: Sentence, subject: Span) -> bool:
    """Whether ``sentence``, whose ``subject`` names someone other than the source whose account goes on (see
    :meth:`_Credits.someone_else`), still goes on with it: it opens with what followed from the sentence before
    ("As a result, Mexico lost ...": see ``_CONSEQUENCE``), or, heard as a claim or denial, says what its subject
    should or must do ("Mexico should sue ...": see ``_PRESCRIBED``), advice the source gives, no act of the
    subject's."""
    if _CONSEQUENCE.match(sentence.text):
        return True
    return sentence.label in SPEAKING and _PRESCRIBED.match(sentence.text, subject.end - sentence.start) is not None


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


def _denied_to_source(span: Span, sentence: Sentence) -> bool:
    """Whether the source ``span`` of ``sentence``, in a speaker's turn, is the subject of a verb negated just after it
    ("FITCH: But the adjudicator did not find that we misled anybody."): the speaker says what it did not find, on
    the speaker's own word (see ``_NEGATED_AFTER``); "The adjudicator found that ..." stays the adjudicator's."""
    return _NEGATED_AFTER.match(sentence.text, span.end - sentence.start) is not None


def _sources_named(sentence: Sentence, known: SourceIndex, quotes: list[tuple[int, int]],
                   words: int, headline: bool = False) -> list[tuple[Span, str]]:
    """Each source span of ``sentence`` (see :func:`_source_spans`) with the source it names, in the order they may
    speak (``""``: a pronoun, or no name), noted in ``known`` in the order they are written, so that the person
    named last in the text is the one named most recently, whom a "he" or "she" after it means ("In a dissent joined
    by Justice Brell, Justice Amsel wrote ... He argued": Amsel); a denial's mentions join sources otherwise."""
    denial = sentence.label == "official_denial"
    spans = _source_spans(sentence, known, quotes, words)
    cues = {c.start for c in sentence.spans if c.type == "cue"}
    names = {k: known.add(spans[k].text, denial, speaks_itself(spans[k], sentence, cues),
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
    ("Health minister", see :func:`framing.source_roles.described_post`) or a trade ("Tanker operator", see
    :func:`framing.source_roles.described_trade`), a short
    mention that the rest of the document may name in full, or a list read as
    nationalities with a word that is none known ("Veldoran, Kestorian officials"), which the rest of the document
    may name as a person (see :func:`framing.sources.unsure_list`), or a denial whose clause after a semicolon
    denies (see :func:`denying_clause`: "...; company calls report 'false'"), whose business the copy names in full."""
    spans = _source_spans(sentence, known, quotes, words)
    return bool(spans) and (all(" " not in normalise_source(span.text) or unsure_list(span.text)
                                or described_body(span.text) or described_post(span.text) or described_trade(span.text)
                                for span in spans)
                            or denying_clause(sentence, quotes) is not None)


def _subject_named_later(sentence: Sentence, known: SourceIndex, quotes: list[tuple[int, int]], words: int) -> bool:
    """Whether the headline ``sentence`` names no source yet but opens with one capitalised word that a second clause
    of speech or denial goes on with (see :func:`framing.source_find_openings.headline_clause_subject`: "Klique" of
    "Klique removes 40 accounts, denies algorithm bias"), a name the copy may go on to write, so that the headline is
    credited after the copy, as a short mention is (see :func:`_short_mentions`)."""
    return (not _source_spans(sentence, known, quotes, words)
            and headline_clause_subject(sentence.text[words - sentence.start:], lambda word: True) is not None)


def _source_spans(sentence: Sentence, known: SourceIndex, quotes: list[tuple[int, int]], words: int) -> list[Span]:
    """The source spans of ``sentence`` that may be credited, the one that speaks first (see
    :func:`speaking_first`): its marked ones from ``words`` on (past a speaker's label, "Roe: ", which is no
    source span of the sentence) and past an opening stamp or dateline (see :func:`past_dateline`) or a liveblog
    entry's time (see :func:`past_opening_time`), but for a
    fact-check's label ("CLAIM" of "CLAIM: ...", see ``FACT_CHECK_LABEL``), a
    stock listing ("NASDAQ: ZNTX", see ``_TICKER``) and a lower-case fragment opening with "of" ("of the
    accounts"), one opening with a verb that acts on the name after it read as the subject before it (see
    :func:`subject_acting`), else (or when it marks only a relative pronoun: "who" of "Jane Roe, who chairs the
    board, denied it") for an attributed or denial sentence its subject (see :func:`subject_source`), which also
    stands for marked spans that only qualify a noun in it (see :func:`modifies`: "Vance" of "A Vance
    administration official said"), else those of a label in capitals before a colon ("IMF: "); a name's
    description dropped, a title's name joined to it, a name's first words it left out too. Spans all inside a
    concession opening the sentence give way to the main clause's subject before a cue after it (see
    :func:`main_subject_past_concession`), as do those in a clause of time before spans past it (see
    :func:`past_time_clause`)."""
    stamp = OPENING_STAMP.match(sentence.text)
    slug = sentence.start + wire_slug_length(sentence.text)  # "UPDATE 2-" of "UPDATE 2-Ostrava Chemicals denies"
    label = max(words, sentence.start + opening_label_length(sentence.text), slug)
    fact_check = FACT_CHECK_LABEL.match(sentence.text)
    heading = heading_label_length(sentence.text)
    said_after = cues_after_pronoun(sentence)
    marked = [past_opening_time(span, sentence) for span in sentence.spans if span.type == "source"]
    turn = words if words > sentence.start else -1  # the words of a speaker's turn, past its label
    cut = [past_preposition(past_label(document_of_participle(span, sentence), label)) for span in marked]
    spans = [s for s in (past_vocative(span, sentence, turn, known.people) for span in cut if span is not None)
             if s.start >= words and s.end > slug
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
             and not in_concession(s, sentence)
             and not in_clause_after_pronoun_said(s, sentence, said_after)
             and not credit_aside(s, sentence)
             and not in_uninvolved_clause(s, sentence)
             and not acted_on_before_participle(s, sentence)
             and not spoken_of(s, sentence)
             and not heard_of_only(s, sentence)
             and not told_in_passive(s, sentence)
             and not accused_by_named_agent(s, sentence)
             and not sent_to(s, sentence)
             and not denied_account_maker(s, sentence)
             and not title_subject(s, sentence)
             and not where_based(s, sentence)
             and not where_quoted(s, sentence)]
    spans = ([] if quoter_speaks(spans, sentence, known) else quoted_as_saying(sentence)) or spans
    spans = name_split_rejoined([span for span in spans if not where_posted(span, spans, sentence)], sentence)
    spans = [span for span in spans if not found_by_poll(span, spans)]  # "A majority of voters say ..., a poll found"
    spans = main_subject_past_concession(spans, sentence) or past_time_clause(spans, sentence) or spans
    spans = given_name_span(spans, sentence)
    spans = [possessor_in_cue(adverbs_cut(past_verb_cut(topic_cut(sitting_cut(opener_cut(span, sentence)), sentence),
                                                        sentence), sentence), sentence) for span in spans]
    spans = [kind_grown(general_grown(s, sentence), sentence)
             for s in (modifier_grown(span, sentence) for span in spans) if s is not None]
    spans = [maker_grown(nationality_grown(head_grown(name_start_grown(span, sentence), sentence), sentence),
                          sentence) for span in spans]
    spans = [noun_start_grown(span, sentence) for span in spans]
    spans = [owner_grown(close_to_grown(span, sentence), sentence) for span in spans]
    spans = [span for span in spans if not any(other.start <= span.start and span.end <= other.end
                                               and (other.start, other.end) != (span.start, span.end)
                                               for other in spans)]  # "two" inside "two people close to ..."
    spans = [s for s in (subject_acting(span, sentence, known, quotes) for span in spans) if s is not None]
    spans = [s for s in (past_addressee(span, sentence, words) for span in spans) if s is not None]
    spans = [person_before_who(name_before_clause(span, sentence), sentence)
             for span in past_relative_objects(spans, sentence)]
    # "Jonah Frel put that figure to Kallas, who said ...": the one put to speaks
    spans = object_answering_after_who(spans, sentence, known) if sentence.label in SPEAKING else spans
    spans, labelled = past_dateline(spans, sentence)
    spans = [opening_subject_described(span, sentence) for span in spans]
    if spans and sentence.label in SPEAKING and all(modifies(s, sentence) for s in spans):
        # "Vance" alone of "A Vance administration official said": the subject holding it speaks
        subject = subject_source(sentence, known, quotes, label)
        if subject and all(subject[0].start <= s.start and s.end <= subject[0].end for s in spans):
            spans = subject
    if sentence.label in SPEAKING:
        # "the councillor" of "Mayor Dora Velk, accused by the councillor of favouritism, said" beside the mayor marked:
        # the aside's words say what was done to the subject, which speaks
        spans = [s for s in spans if not in_relative_aside(s, sentence)] or spans
    if sentence.label in SPEAKING and all(RELATIVE_PRONOUN.fullmatch(s.text.strip(EDGE))
                                          or in_relative_aside(s, sentence) for s in spans):
        # none marked, or only "who" of "Jane Roe, who chairs the board, denied it" or words of that clause ("ship" of
        # "Orsa Lines, which owns the container ship, rejected that."): the subject the clause is about,
        # or a counted group opening the sentence ("Two employees, who asked not to be named, said")
        spans = (subject_source(sentence, known, quotes, label)
                 or counted_before_clause(spans, sentence, quotes, label) or spans)
    if spans and sentence.label in SPEAKING and all(content_subject(s, sentence) for s in spans):
        # "many colleagues" of "Two teachers said many colleagues disliked the rule": what the teachers said is about
        # the colleagues; the subject before the cue speaks
        spans = subject_source(sentence, known, quotes, label) or spans
    spans = spans or quoted_persons_label(sentence) or stamped_quote_label(sentence)
    spans = [kept for kept in (own_outlet_cut(span, sentence, known.own_wire, known) for span in spans or labelled
                               if not own_piece(span, sentence, known.after_correction)
                               and not own_staff(span, sentence) and not own_publication(span)) if kept is not None]
    spans = [with_group_counted(with_whole_name(with_name_described(with_relation_named(span, sentence), sentence,
                                                                    known), sentence, known), sentence)
             for span in without_descriptions(chained(spans, sentence), sentence)]
    spans = speaking_first(told_audience(spans, sentence), sentence)
    spans = denying_clause_subject(spans, sentence, quotes) or spans
    if spans and weasel_alone(spans[0], sentence, known):
        # "Many believe ...", "Some called it a plot, as the reporters ...": a weasel word speaks, so no one does;
        # but a name beside it that speaks does: "While many have claimed it, Mr. Tane said", "Some, including Ana"
        return [span for span in spans[1:] if named_beside_weasel(span, sentence, spans[0])]
    return spans


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

    def go_on_with_body(self, index: int, speaker: str) -> None:
        """Credit sentence ``index``, in which "it" speaks later in a transcript's turn of ``speaker``, to the body
        the sentence just before was credited to, a speaking sentence's source that is no person nor the speaker
        ("DEV MARAJ: ... Orsa Lines rejected that. It said its ship was within the limit."), else to the body that
        sentence names as its subject or asks for comment (see :meth:`note_body`: "KESTREL: We asked the ministry
        for a response. In a statement, it said ..."); else to no one."""
        if not self.body_spoke_before(index, speaker):
            body = self._body_meant(index)  # "KESTREL: We asked the ministry for a response. It said ...": its word
            if body is not None:
                self._credit_body(index, body)
            return
        before = self.credited[index - 1]
        self._credit(index, before, self.mentions[index - 1])
        self._note_spoke(index, before)

    def body_spoke_before(self, index: int, speaker: str) -> bool:
        """Whether the sentence just before sentence ``index``, in a transcript's turn of ``speaker``, is a speaking
        sentence credited to a body, no person nor the speaker ("Q: The Police Federation rejects that.")."""
        before = self.credited.get(index - 1)
        return not (before is None or before == speaker or self._a_person(before)
                    or self.sentences[index - 1].label not in SPEAKING)

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

    def credit_third_person(self, index: int, said_by: Span, name: str) -> None:
        """Credit sentence ``index`` to the person ``name`` its "he" or "she" (``said_by``) means, whose account the
        next sentences then continue (see :func:`framing.credit_subjects.person_put_to_guest`)."""
        self._credit_named(index, name, _written_at(said_by, EDGE), self.known.shown.get(name, name))

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
        said_by = next((span for span, _ in found if pronoun_of(span) is not None), None)
        pronoun = pronoun_of(said_by) if said_by is not None else None
        unnamed = not own and pronoun is None and not self.furniture[index]
        body = self._own_body_subject(index) if unnamed else None  # "Halvard Foods expects ..., it said."
        body = body or (self._body_meant(index) if unnamed and (self._it_speaks(index) or self._body_finds(index))
                        else None)
        body = body or (self._document_meant(index) if unnamed else None)
        owned = self.owned_document_meant(index) if unnamed and body is None else None
        if owned is not None:
            self._credit_named(index, *owned, self.last_written if self.last == owned[0] else owned[0])
            return
        if body is None and unnamed and self._credit_issued(index):
            return
        # "Several of them told me ...", marked as the source: the group they are of, if one is in view
        of_them = bool(own) and all(_OF_THEM_ALONE.fullmatch(span.text.strip(EDGE)) for span, name in found if name)
        they = bool(own) and all(span.text.strip(EDGE).lower() == "they" for span, name in found if name)
        body = body or (self._group_meant(index) if unnamed or of_them or they or self.their_document(index, found)
                        else None)
        if body is not None and (of_them or they) and self.group_topic is not None:
            self.group_topic = index, self.group_topic[1]  # "They said ..." after "Several of them told me ..."
        body = body or self._described_again(index, found)  # "A ... team at the Sentinel examined ... The team"
        body = body or (self._body_meant(index) if self._label_only(index, found) and self._it_speaks(index, False)
                        else None)  # "DANBY: In a statement, it said ...": the body "it" means, not the speaker
        if body is not None:
            self._credit_body(index, body)
            return
        name = (self._own_subject(index, said_by, pronoun) if said_by is not None and pronoun is not None and not own
                else None) or self._speaker(index, own, pronoun)
        if (pronoun is not None and not own and after_nameless_person(sentence, said_by)
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
        if name and unnamed and self._they_speak(index, found) and (self._one_person(name)
                                                                    or self._others_acted_before(index, name)):
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

    def _described_again(self, index: int, found: list[tuple[Span, str]]) -> Span | None:
        """The subject of the sentence just before sentence ``index``, credited to no one, that the one source of
        ``found``, "The" and a noun the index reads as that noun alone, writes again short (see
        :func:`described_subject_again`): "The team found ..." after "A visual investigations team at the Sentinel
        examined the footage." is that team; ``None`` otherwise, and where the index joined the noun to a source."""
        named = [(span, name) for span, name in found if name]
        if len(named) != 1 or not index or index - 1 in self.credited or self.furniture[index - 1]:
            return None
        span, name = named[0]
        if name != text_key(span.text).removeprefix("the "):
            return None
        return described_subject_again(span, self.sentences[index - 1])

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
        return (bool(head) and (people_plural(head[-1]) or (is_plural(head[-1]) and head[0] in QUANTIFIERS))
                and _PARTITIVE_OPENING.match(self.sentences[index].text) is not None
                and self.quotation_of.get(index) is None)

    def _label_only(self, index: int, found: list[tuple[Span, str]]) -> bool:
        """Whether the source spans ``found`` in sentence ``index`` all lie within a label of a speaker's form opening
        it (see :func:`framing.turns.opening_label_length`), the model's span on "DANBY" of "DANBY: In a statement,
        ...", which says who speaks, not whose word the sentence reports, where the sentence before opens with such
        a label too, as lines of a transcript do (not "IMF: It says ..." after a sentence of copy, the body's own)."""
        sentence = self.sentences[index]
        label = sentence.start + opening_label_length(sentence.text)
        return (label > sentence.start and bool(found) and all(span.end <= label for span, _ in found)
                and index > 0 and opening_label_length(self.sentences[index - 1].text) > 0)

    def _it_speaks(self, index: int, at_end: bool = True) -> bool:
        """Whether "it" is who speaks sentence ``index`` (see ``_IT_SPEAKS``; ``at_end``, also
        ``_IT_SPEAKS_AT_END``), outside a quotation, past a label of a speaker's form, a turn's or not ("DANBY: In a
        statement, it said ...": see :func:`framing.turns.opening_label_length`)."""
        sentence = self.sentences[index]
        words = self.entry_words(index)
        words += opening_label_length(sentence.text[words:])
        said = (_IT_SPEAKS.match(sentence.text, words)
                or (_IT_SPEAKS_AT_END.search(sentence.text) if at_end else None))
        return (said is not None and self.quotation_of.get(index) is None
                and not quotes_within(self.quotes, sentence.start + said.start("it"), sentence.start + said.end("it")))

    def _others_acted_before(self, index: int, name: str) -> bool:
        """Whether the sentence just before sentence ``index``, credited to no one, opens with others in the plural
        acting (see ``_OTHERS_ACTED``), whose noun is not the last word of the source ``name``: "The Ostrian
        Ministry of Health said ... Two ministries issued statements. They said ..." is no one ministry's, while
        "Officials said ... Officials met again. They said ..." goes on with the officials."""
        before = index - 1
        if before < 0 or before in self.credited or self.furniture[before]:
            return False
        acted = _OTHERS_ACTED.match(self.sentences[before].text)
        return acted is not None and acted.group("noun").lower() != self.known.resolve(name).rpartition(" ")[2]

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
        subject = unquoted_subject(sentence, self.known, self.quotes)
        if subject is None or subject.end - sentence.start > said.start():
            return None
        key = text_key(display_source(subject.text))
        return subject if key and (body_headed(key, BODY_NOUNS | SPEAKING_BODIES) or key in self.known.companies
                                   or business_named(key)) else None

    def _credit_issued(self, index: int) -> bool:
        """Credit sentence ``index``, which "it" speaking opens or closes outside a quotation, to the document the
        sentence just before issues (see :meth:`note_issued`) as "the" document would be credited: "The Treasury and
        the Central Bank issued a joint statement. It said ..." is the statement's, and its issuer's when one body
        issued it ("The club has released a statement. '...,' it says." is the club's). Whether it was so credited."""
        if self.issued_topic is None or self.issued_topic[0] != index - 1 or not self._it_speaks(index):
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
        if name:
            self._credit_named(index, name, _written_at(subject), subject.text)

    def _credit_named(self, index: int, name: str, mention: Mention, written: str) -> None:
        """Credit sentence ``index`` to the source ``name``, ``written`` so at ``mention``, whose account the next
        sentences then continue."""
        self._credit(index, name, mention)
        self._note_spoke(index, name)
        self.last, self.last_written, self.last_mention = name, written, mention
        self.last_label, self.going_on = self.sentences[index].label, True

    def _credit(self, index: int, name: str, mention: Mention) -> None:
        """Credit sentence ``index`` to the source ``name``, drawn from the ``mention`` written there."""
        self.credited[index] = name
        self.mentions[index] = mention
        # "In a statement, it said ...": a later "the statement" is the source's, as after "it said in a statement"
        self.known.note_pronoun_issued(name, self.sentences[index].text)

    def _own_subject(self, index: int, said_by: Span, pronoun: str) -> str | None:
        """The person the subject opening sentence ``index`` writes of (its topic, see :meth:`note_topic`) when its
        "he" or "she" (``pronoun``, the span ``said_by``) opens the sentence's second main clause (see
        ``SECOND_CLAUSE``) or a clause of time or reason after the first (see ``SUBORDINATE_END``): "Ruiz did not
        cooperate with the audit, but she has said ..." and "Holt won applause when she told nurses ..." are Ruiz's
        and Holt's, not a source named before; ``None`` when the topic is known to be of the other sex, or the first
        clause names another person who may be of the pronoun's. So too a "he said" closing the sentence after a
        comma (see :meth:`_said_after_clause`), whoever else its clause names."""
        sentence = self.sentences[index]
        if self.topic is None or self.topic[0] != index:
            return None
        joined = SECOND_CLAUSE.search(sentence.text)
        at = said_by.start - sentence.start
        subordinate = SUBORDINATE_END.search(sentence.text, 0, at)
        opens = (joined is not None and joined.end() == at) or (
            subordinate is not None and not person_by_noun(sentence.text[:subordinate.start()]))
        second = opens and not self.topic_others & {pronoun, None}
        person = self.topic[1]
        if not (second or self._said_after_clause(index, said_by, person)):
            return None
        return person if self.known.sex_of(person) in (None, pronoun) else None

    def _said_after_clause(self, index: int, said_by: Span, person: str) -> bool:
        """Whether the "he" or "she" ``said_by`` of sentence ``index`` says the clause before it after a comma
        (see ``SAID_AFTER_CLAUSE``), no quotation written before it, the clause writing the full name of ``person``,
        its subject: "Former Rep. Tom Vask was for Dan Orr while Orr ran, he said Wednesday." is Vask's own account,
        though the clause names another person; "Vask was the first mayor to resign, he said." may go on with the
        account of the one who spoke before."""
        sentence = self.sentences[index]
        at = said_by.start - sentence.start
        return (" " in person and person in text_key(sentence.text[:at])
                and SAID_AFTER_CLAUSE.match(sentence.text, said_by.end - sentence.start) is not None
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
        :func:`framing.source_find_openings.opening_subject`) names someone other than the source whose account goes
        on: a capital past its article ("The company" may be the source), no word of its key one of that source's or
        a capitalised one past the first of the source's last sentence or of the last sentence naming it (what its
        account is about: "Vidal said Mexico should ... Mexico should sue"; "The mayor's son, Tom Vell Jr., wrote
        ... Vell Jr. produced"), not the source's initials ("The IMF" after "The International Monetary Fund"), and
        not the government the source names or speaks for ("Beijing" after "China's foreign ministry", "U.S.
        President Tom Vance" after "The White House": see :func:`framing.sources.same_government`), nor a subject
        owned by "our" or "my"."""
        written = subject.split()
        if written and written[0].lower() in ("our", "my"):
            # "Our diplomats have ..." after the ministry's denial: the speaker's own side, or the writer's (see
            # :func:`framing.credit_own_work.in_writers_person`), never a third party's
            return False
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
        one (see :func:`names_no_one`: "the deficit has worried voters") or that reads as a headline in title case (see
        :func:`framing.source_keys.title_case`), which names no one by its capitals."""
        sentence = self.sentences[index]
        own = [(name, span) for span, name in found if name]
        if own and sentence.label == "reported_fact" and not self.furniture[index] and (
                title_case(sentence.text) or all(names_no_one(self.known.shown.get(name, name)) for name, _ in own)):
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

    def pronoun_person(self, index: int, asked: Span) -> str | None:
        """The person the "him" or "her" ``asked`` in sentence ``index`` means (see :func:`pronoun_asked`), read as
        its "he" or "she" would be there; ``None`` where no one is meant."""
        pronoun = pronoun_of(asked)
        return self._person_meant(index, pronoun) if pronoun is not None else None

    def hand_over(self, index: int, asked: Span, name: str) -> None:
        """After sentence ``index``, which puts a question to the one ``asked`` (see :func:`one_asked`), credited
        ``name``: the account the next sentences continue is theirs, the answer, though no one spoke yet."""
        if not name:
            return
        self.last, self.last_written, self.last_mention = name, asked.text, _written_at(asked)
        self.named_last[self.known.resolve(name)] = index
        self.going_on, self.last_label = True, None

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


def _written_at(span: Span, edge: str = _MENTION_EDGE) -> Mention:
    """Where the words of the source span ``span`` are written: its offsets without the characters ``edge`` at its
    ends (a pronoun's: ``EDGE``, a full stop too)."""
    lead = len(span.text) - len(span.text.lstrip(edge))
    return span.start + lead, span.start + max(lead, len(span.text.rstrip(edge)))


#: The writer saying it could not check a claim: a negation, then "independently" and a verb of checking ("Nordpress
#: could not independently verify either side's account", "It was not possible to independently confirm the toll",
#: "We were unable to independently corroborate"), or a claim that "could not be verified" or "confirmed", by no one
#: named after it: the writer's note, no part of the account before it.
_UNVERIFIED = re.compile(r"(?:\bnot\b|n['’]t\b|\bunable\b)(?:\s+[\w'’]+){0,4}?\s+independently\s+"
                         r"(?:verif|confirm|corroborat)\w*|\b(?:could|can)(?:\s*not|n['’]t)\s+be\s+"
                         r"(?:verified|confirmed|corroborated)\b(?!\s+by\b)", re.I)

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

#: A stock exchange's listing set after a company's name ("Zentrix Pharma Inc. (NASDAQ: ZNTX)", "(LSE: ACMR)",
#: "(TSX Venture: NWD)"): it belongs to the name before it and is never a source of its own.
_TICKER = re.compile(r"\(?\s*(?i:nasdaq|nyse|lse|aim|tsx|tsxv|tsx-v|asx|otc|otcqx|otcqb|euronext|xetra|fwb|six|hkex|"
                     r"sehk|sgx|nzx|jse|bse|nse|tase|cse|amex)"
                     r"(?:\s+[A-Z][\w-]*){0,2}\s*:\s*[A-Z0-9][A-Z0-9.-]{0,9}\s*\)?")
