"""A source read from a sentence's own words, where the model marked no source span.

The words may still say who speaks: a named or definite subject before a verb of speech or denial
(:func:`subject_before_cue`) or of finding or ruling (:func:`subject_before_finding`), the speaker before a colon
(:func:`speaker_before_colon`), a name after an inverted cue (:func:`name_after_cue`), the speaker written after a
quotation (:func:`speaker_after_quote`), the source after "according to" (:func:`source_according_to`) or the agent
of a verb of speech in the passive (:func:`agent_of_passive`). Each says where in the sentence that source stands;
:mod:`framing.credits` credits the sentence to it, and :mod:`framing.sources` gives its canonical name.

The finders live in modules of one job each, re-exported here: :mod:`framing.source_find_subjects` (whether words
name someone; the subject before a cue), :mod:`framing.source_find_openings` (the subject opening a sentence or
headline; groups and weasel words opening one), :mod:`framing.source_find_after_cue` (a speaker after an inverted cue
or a quotation, after "according to", before a colon) and :mod:`framing.source_find_interviews` (interviewees, the
body asked for comment). This module keeps the subjects of verbs of finding or ruling, the agents of passives, the
court that heard, and the names before relative clauses of speech."""

from __future__ import annotations

import re
from collections.abc import Callable

from .source_words import BODY_NOUNS, CALENDAR, INSTITUTIONS, MADE, MONTHS, NAMELESS_NOUNS, OPENING_FUNCTION_WORDS
from .source_words import BUSINESS_NAME_ENDS, FIRM_NAME_ENDS, LEGAL_FORM_END, POSSESSIVE, PRONOUNS, SUBJECT_CUE
from .source_words import WEEKDAYS
from .source_keys import lead_length, OPENERS, past_opener
from .source_kinds import is_role, names_a_court, people_plural
from .person_names import personal_name
from .source_find_after_cue import cue_opens_quotation, description_after_cue, name_after_cue, name_after_opening_cue
from .source_find_after_cue import name_before_description, source_according_to, speaker_after_quote
from .source_find_after_cue import speaker_before_colon
from .source_find_interviews import asked_for_comment, interviewee_mention, interviewee_named
from .source_find_openings import CLAUSE_VERB, SUBJECT_LOWER_WORDS, group_before_cue, headline_bare_noun
from .source_find_openings import headline_clause_subject, opening_subject, other_group_opening, subject_of_later_cue
from .source_find_openings import weasel_before_cue, weasel_stance
from .source_find_subjects import CLAUSE_WORDS, names_someone, NO_ONE, no_report, QUOTATION_MARKS, subject_before
from .source_find_subjects import SUBJECT_WORDS, TRAILING_CREDIT, subject_before_cue


__all__ = ["subject_before_cue", "subject_before_finding", "speaker_before_colon", "agent_of_passive",
           "said_in_passive", "name_before_description", "name_after_cue", "speaker_after_quote", "source_according_to",
           "interviewee_named", "interviewee_mention", "speaker_in_aside", "group_before_cue", "weasel_before_cue",
           "name_after_unclosed_clause", "weasel_stance", "other_group_opening", "court_heard", "heard_in_court",
           "opening_subject", "subject_of_later_cue", "name_before_which_said", "role_holder_before_who_said",
           "description_after_cue", "headline_clause_subject", "headline_bare_noun", "name_after_opening_cue",
           "cue_opens_quotation", "asked_for_comment"]

#: What opens a clause after "that", where "that" is no demonstrative before a noun ("found that compromise
#: unacceptable", "ruled that out"): a determiner or pronoun ("that the firm", "that it"), a quotation mark, a
#: plural noun, which "that" never points at ("that anglers caught"; not "that process", "that status", "that
#: crisis", nor one in -s that is no plural: "that series"), or a noun with a verb after it (see ``CLAUSE_VERB``:
#: "that inflation was", "that water rose"; not "that lead unchallenged"). After any verb but "held" a capitalised
#: word or a figure opens one too (see ``_CLAUSE_AFTER_THAT``).
_CLAUSE_OPENER = (r"(?:the|a|an|this|these|those|its|his|her|their|our|no|some|any|each|every|all|such|he|she|it|"
                  r"they|we|you|there)\b|[\"“]|"
                  r"(?!(?:series|species|news|means|headquarters|politics|economics|gas)\b)"
                  r"[a-z][\w'’-]*(?<!ss|us|is)s\b|"
                  rf"[a-z][\w'’-]*\s+{CLAUSE_VERB}")
#: What opens a clause after "found", "showed", "concluded" or "ruled that": one of ``_CLAUSE_OPENER``, a
#: capitalised word, a figure or a number or quantity in words ("found that Boeing cut corners", "that 40% of",
#: "showed that two members had", "that most members wanted").
_CLAUSE_AFTER_THAT = (rf"(?:{_CLAUSE_OPENER}|[A-Z\d$€£]|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
                      r"twelve|dozens|hundreds|thousands|millions|several|many|most|both|half|more|fewer|nearly|"
                      r"almost)\b)")
#: What opens a clause after "held that", where "that" before a name or a figure is often a demonstrative ("held
#: that Boeing stake for years", "held that 40% stake"): one of ``_CLAUSE_OPENER``, a capitalised word or a figure
#: with a verb (see ``CLAUSE_VERB``) within five words ("that Acme had lied", "that 58 percent think it should"),
#: capitalised words with one in -s or a comma right after them ("that Acme owes", "that Vask, more than his
#: rivals, would"), or a figure before "of", "in" or a plural ("that 43% of voters", "that 38 complaints").
_CLAUSE_AFTER_HELD_THAT = (rf"(?:{_CLAUSE_OPENER}|"
                           rf"[A-Z\d$€£][\w'’.,%-]*(?:\s+[\w'’.,%-]+){{0,4}}?\s+{CLAUSE_VERB}|"
                           r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:,|\s+[a-z][\w'’-]*(?<!ss|us|is)s\b)|"
                           r"[$€£]?\d[\d.,]*(?:\s*%|\s+per\s*cent)?(?:\s+(?:million|billion|thousand|hundred))?\s+"
                           r"(?:of\b|in\b|[a-z][\w'’-]*(?<!ss|us|is)s\b))")


#: A clause after "found", "concluded" or "ruled" that leaves "that" out: a definite subject of up to four words, a
#: name or a pronoun, then a verb of being, having or a modal ("found the council had failed", "concluded Acme was
#: at fault", "ruled it must pay"; not "found the body in a field", "found the man guilty").
_CLAUSE_WITHOUT_THAT = (r"(?:(?:the|its|his|her|their)\s+(?:[\w'’-]+\s+){1,4}?|(?:[A-Z][\w'’.-]*\s+){1,3}?"
                        r"|(?:he|she|it|they)\s+)"
                        r"(?:is|was|were|are|has|have|had|will|would|could|can|must|should|did|does)\b")


#: Evidence found or not found, of something or that it happened ("no evidence that the council had acted with bias",
#: "evidence of", "no proof that", "little sign of"): an investigator's finding, as "found that ..." is, which an
#: ombudsman's or an auditor's report writes more often than it writes "that" after "found".
_EVIDENCE_FOUND = (r"(?:(?:no|little|some|clear|further|fresh|new)\s+)?(?:evidence|proof|signs?|indications?)\s+"
                   r"(?:of|that)\b")


#: When or where a finding was made, between its verb and "that" ("found on Friday that", "concluded last year that",
#: "found in a study last year that", "showed in its annual report that"): a day, month, year or "last", "this" or
#: "earlier this" week, month or year, or a study, report, review, survey, audit, analysis or investigation after
#: "in" and an article or possessive, such a time perhaps after it; not "found in a drawer that".
_WHEN = (rf"(?:on\s+(?i:{WEEKDAYS})|in\s+(?:(?i:{MONTHS})|\d{{4}})|(?:last|this|earlier\s+this)\s+"
         rf"(?:week|month|year|(?i:{WEEKDAYS})))")
_FINDING_ASIDE = (rf"(?:{_WHEN}|in\s+(?:a|an|the|its|their|his|her)\s+(?:[\w'’-]+\s+){{0,2}}?"
                  rf"(?:study|report|review|survey|audit|analysis|investigation)(?:\s+{_WHEN})?)\s+")


#: Verbs of finding or ruling (see :func:`subject_before_finding`): "found", "showed", "revealed", "indicated",
#: "concluded", "held" or "ruled" before "that" opening a clause ("The regulator found that the firm ...", "The
#: study showed that", "Records revealed that", when or where perhaps between, see ``_FINDING_ASIDE``; see
#: ``_CLAUSE_AFTER_THAT``, ``_CLAUSE_AFTER_HELD_THAT``), "found", "concluded" or "ruled" before such a clause without
#: "that" ("The ombudsman found the council had failed": see ``_CLAUSE_WITHOUT_THAT``), "ruled" in or against a
#: side, a verdict ("The jury found him guilty"), evidence found or not (see ``_EVIDENCE_FOUND``) and "testified".
def _finding_cue(after_held_that: str) -> re.Pattern[str]:
    """The verbs of finding or ruling of ``_FINDING_CUE``, with ``after_held_that`` what opens a clause after "held
    that" (see ``_COURT_FINDING_CUE``)."""
    return re.compile(
        r"(?<=\s)(?:(?:found|finds|showed|shows|revealed|reveals|indicated|indicates|concluded|concludes|ruled|"
        rf"rules)(?=\s+(?:{_FINDING_ASIDE})?that\s+"
        rf"{_CLAUSE_AFTER_THAT})|(?:held|holds)(?=\s+that\s+{after_held_that})|"
        rf"(?:found|finds|concluded|concludes|ruled|rules)(?=\s+{_CLAUSE_WITHOUT_THAT})|"
        r"ruled(?=\s+(?:in\s+favou?r\s+of|against)\b)|"
        r"found(?=\s+(?:[\w'’.-]+\s+){1,4}?(?:not\s+)?(?:guilty|liable)\b)|"
        rf"(?:found|finds)(?=\s+{_EVIDENCE_FOUND})|testified|testifies)\b")


_FINDING_CUE = _finding_cue(_CLAUSE_AFTER_HELD_THAT)
#: The same, for a court's subject, whose "held that" before a name opens its holding as "found that" does ("The
#: court held that Pellory put anglers at risk"), a court holding no stake nor seat (see :func:`names_a_court`).
_COURT_FINDING_CUE = _finding_cue(_CLAUSE_AFTER_THAT)

#: A speaker set between commas just after the sentence's opening subject, with a verb of speech, before the rest of
#: its clause ("Mr. Tesh, ministry officials said, will travel ..."): group "sayer" up to five words.
_SPEAKER_ASIDE = re.compile(r"[^,;:\"“”]{1,80}?,\s+(?P<sayer>(?:[\w'’.-]+\s+){1,5}?)"
                            r"(?:said|says|say|added|adds|noted|stated|told\s+reporters)\s*,\s+[a-z]")


def speaker_in_aside(text: str, known: Callable[[str], bool] = lambda word: False) -> tuple[int, int] | None:
    """Where the speaker set between commas after the opening subject of the sentence ``text`` stands (see
    ``_SPEAKER_ASIDE``): "ministry officials" of "Mr. Tesh, ministry officials said, will travel to
    Lisbon.", a named or definite subject (see :func:`names_someone`: "the ministry"), one capitalised word
    ("Ruiz", not a day or a month) or a group of people in lower case ("officials", "administration officials";
    see :func:`people_plural`), whose words the sentence is, not the subject's; ``None`` for anything else (a
    pronoun, "who officials said")."""
    skip = lead_length(text)
    found = _SPEAKER_ASIDE.match(text, skip)
    if found is None:
        return None
    words = found.group("sayer").split()
    lowered = [word.lower() for word in words]
    group = all(word.islower() for word in words) and people_plural(lowered[-1]) and not (
        set(lowered) & (NO_ONE - NAMELESS_NOUNS) or set(lowered) & CLAUSE_WORDS)
    named = len(words) == 1 and words[0][:1].isupper() and not re.fullmatch(f"{WEEKDAYS}|{MONTHS}", lowered[0])
    if not (group or named or names_someone(words, known)):
        return None
    return found.start("sayer"), found.start("sayer") + len(found.group("sayer").rstrip())


#: A clause of time or of being asked opening a sentence with no comma to close it, then a name after a word in
#: lower case and a verb of speech ("When asked whether that covered every Orr supporter Vask said no"): group "name" up
#: to three capitalised words, the main clause's subject.
_NAME_AFTER_UNCLOSED_CLAUSE = re.compile(
    r"[\s\"“'‘]*(?:When|After|Once|Asked)\s(?:[^,;:\"“”.!?]*?\s)?[a-z][\w'’-]*\s+"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:[a-z]+ly\s+)?"
    r"(?:said|says|replied|replies|answered|answers|added|adds)(?![\w'’-])")


def name_after_unclosed_clause(text: str, known: Callable[[str], bool] = lambda word: False) -> tuple[int, int] | None:
    """Where in the sentence ``text`` the subject of its main clause stands when a clause of time or of being asked
    opens it with no comma to close it (see ``_NAME_AFTER_UNCLOSED_CLAUSE``: "Vask" of "When asked whether that
    covered every Orr supporter Vask said no"), a name that ``known(word)`` says the document named by its last
    word, or one of two words or more; not a name the clause writes before ("every Orr supporter"); ``None`` for
    none."""
    found = _NAME_AFTER_UNCLOSED_CLAUSE.match(text)
    if found is None:
        return None
    words = found.group("name").split()
    return found.span("name") if len(words) > 1 or known(words[-1]) else None


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
    found = subject_before(text, _FINDING_CUE, known, documents=True)
    if found is not None and _came_upon(text, found, known):
        return None
    if found is None and _COURT_FINDING_CUE.search(text):
        found = subject_before(text, _COURT_FINDING_CUE, known)
        found = found if found and names_a_court(text[found[0]:found[1]]) else None
    return found or _document_before_finding(text) or _found_in_document(text) or _finder_at_end(text, known)


#: "found" and a physical state of a thing, with no "that" ("found the door was locked", "found the flat had been
#: ransacked"): what a person came upon, no finding of theirs.
_PHYSICAL_STATE_FOUND = re.compile(
    r"\s+(?:found|finds)\s+(?:the|its|his|her|their)\s+(?:[\w'’-]+\s+){1,3}?(?:was|were|had\s+been)\s+"
    r"(?:locked|unlocked|open|shut|closed|empty|gone|missing|dark|flooded|ablaze|broken|smashed|deserted|jammed|"
    r"blocked|ransacked|abandoned|on\s+fire|boarded\s+up)\b")


def _came_upon(text: str, subject: tuple[int, int], known: Callable[[str], bool]) -> bool:
    """Whether the subject at ``subject`` of ``text``, a person's name (see :func:`personal_name`, or one word
    ``known`` as a name), "found" a thing in a physical state (see ``_PHYSICAL_STATE_FOUND``): "Brel found the door
    was locked" tells what he came upon, not a finding to credit him with, as "The inspector found the wiring was
    faulty" is one."""
    words = text[subject[0]:subject[1]].split()
    person = bool(words) and words[0][:1].isupper() and words[0] not in ("The", "A", "An") and (
        personal_name(words) or (len(words) == 1 and known(words[0])))
    return person and _PHYSICAL_STATE_FOUND.match(text, subject[1]) is not None


#: A subject and a verb of finding ending a sentence after a comma and what was found ("Patients reported rashes, the
#: study found."): group "subject" up to five words.
_FINDING_AT_END = re.compile(r"[^\s,\"“”]\s*,\s+(?P<subject>(?:[\w'’.-]+\s+){1,5}?)(?:has\s+|have\s+)?"
                             r"(?:found|finds|showed|shows|shown|concluded|concludes)\W*$")


def _finder_at_end(text: str, known: Callable[[str], bool]) -> tuple[int, int] | None:
    """Where the named or definite subject of a verb of finding ending the sentence ``text`` stands (see
    ``_FINDING_AT_END``, :func:`names_someone`): "the study" of "Patients reported rashes, the study found.";
    ``None`` for none ("..., researchers found.")."""
    found = _FINDING_AT_END.search(text)
    if found is None or not names_someone(found.group("subject").split(), known):
        return None
    return found.start("subject"), found.start("subject") + len(found.group("subject").rstrip())


#: An aside between commas after a document's noun that tells of the document, not of who speaks: a relative
#: clause (", which has not been peer reviewed,"), a participle of making it (", posted as a preprint on Monday,",
#: see ``MADE``) or of funding or leading it (", funded by Tessaly,"); no comma inside but one of a figure.
_DOCUMENT_ASIDE = rf",\s+(?:which|that|(?:{MADE}|funded|led|sponsored)\b)(?:[^,\"“”]|(?<=\d),(?=\d{{3}}))*,"
#: A study's or a like document's noun after a determiner and up to three words qualifying it, opening a sentence
#: (a conjunction perhaps before it) just before a verb of finding, "that" needed after it or not ("The study found
#: the drug was safe", "A 2021 review concluded that ...", "But the new trial also showed"), an aside between
#: allowed (see ``_DOCUMENT_ASIDE``): group 1 the document, a preprint or a meta-analysis too ("The preprint, which
#: has not been peer reviewed, found 31 clots"), a dossier or an indictment listing what it holds ("The dossier lists
#: 14 payments to the firm"), as one showing it does, and so one that recorded, documented, counted, logged or noted
#: what it holds ("The report recorded 118 explosions"; a present "records" or "notes" may be a noun, "The audit
#: records were lost", and is left out), an inquiry or an investigation too, with what it looked "into"
#: after it ("An independent inquiry into the council's repairs contract has found"; "into" names what was looked
#: at, never who looked). No word of a clause or a phrase among the qualifying ones ("The team
#: behind the study found" is the team's), nor a possessive pronoun before them but "its", which stands for its
#: owner ("Its review found": see :meth:`framing.source_index.SourceIndex.unowned_its_document`). A pronoun's clause
#: of one past verb with no "that" may follow the noun ("The audit he cited found"): the document still speaks,
#: not the one who cited it.
_DOCUMENT_FINDING = re.compile(
    r"\s*(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)?((?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Oo]ne|[Ii]ts)\s+"
    r"(?:(?!(?:the|a|an|of|by|for|in|on|at|from|with|who|which|that|and|or|but)\s)[\w'’-]+\s+){0,3}?"
    r"(?:stud(?:y|ies)|reviews?|trials?|papers?|preprints?|reports?|surveys?|audits?|(?:meta-)?analys[ie]s"
    r"|inquir(?:y|ies)|investigations?|dossiers?|indictments?))"
    r"(?:\s+into(?:\s+[\w'’-]+){1,8}?)?"
    r"(?:\s+(?:he|she|they|we)\s+[a-z]+ed)?"
    rf"(?:{_DOCUMENT_ASIDE})?"
    r"\s+(?:(?:also|previously|recently|earlier|further)\s+)?(?:(?:has|have|had)\s+)?"
    r"(?:found|finds|find|showed|shows|show|shown|concluded|concludes|conclude|suggested|suggests|suggest|indicated|"
    r"indicates|indicate|revealed|reveals|reveal|estimated|estimates|estimate|lists|listed|list|recorded|documented|"
    r"counted|logged|noted)\s")


#: A study's or a like document's noun as ``_DOCUMENT_FINDING`` reads it, after "In" opening a sentence, then its
#: aside if any and a comma, and a clause whose subject "was found" or "was shown" to be or do something ("In the
#: main trial, which enrolled 24,000 people, the vaccine was found to prevent ..."): group 1 the document, whose
#: finding it is, as "The trial found that the vaccine prevented ..." is the trial's.
_FOUND_IN_DOCUMENT = re.compile(
    r"\s*(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)?[Ii]n\s+((?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Oo]ne)\s+"
    r"(?:(?!(?:the|a|an|of|by|for|in|on|at|from|with|who|which|that|and|or|but)\s)[\w'’-]+\s+){0,3}?"
    r"(?:stud(?:y|ies)|reviews?|trials?|papers?|preprints?|reports?|surveys?|audits?|(?:meta-)?analys[ie]s))"
    rf"(?:{_DOCUMENT_ASIDE}|,)\s+[^,;:\"“”]+?\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:found|shown)"
    r"\s+(?:to|that)\s")


def _found_in_document(text: str) -> tuple[int, int] | None:
    """Where the study or like document stands in whose findings the sentence ``text``, opening "In the trial, ...",
    says something "was found" ("the main trial" of "In the main trial, the vaccine was found to prevent ...": see
    ``_FOUND_IN_DOCUMENT``); ``None`` for anything else."""
    found = _FOUND_IN_DOCUMENT.match(text, lead_length(text))
    return found.span(1) if found else None


def _document_before_finding(text: str) -> tuple[int, int] | None:
    """Where in the sentence ``text`` a study, review, trial, paper, preprint, report, survey, audit or analysis
    (a meta-analysis too) stands that opens it as the subject of a verb of finding, "that" after it or not, an aside
    between allowed ("The study found the drug was safe", "A 2021 study found that ...", "The preprint, which has
    not been peer reviewed, found ...": see ``_DOCUMENT_FINDING``): the document speaks, so its finding is not the
    account of the source before it ("According to the lawsuit, ... The study found ..." is the study's). ``None``
    for anything else: another subject ("The team behind the study found"), a document not opening the sentence."""
    found = _DOCUMENT_FINDING.match(text, past_opener(text))
    return found.span(1) if found else None


#: A verb of speech or judgement in the passive, an adverb allowed before it, and its agent after "by" (group 1), up
#: to a mark, the sentence's end or a word that ends it ("as", "for", "in", "who", "that", "of" before a lower-case
#: word but "the"...): "were dismissed by the deputy mayor as", "was roundly criticised by Councillor Pike", "was
#: accused by the union of lying", "were told by the Ministry of Health that", and a rating with its grade, up to two
#: words, before "by" ("was rated inadequate by inspectors", "has been judged 'good' by the regulator").
_PASSIVE_SPEECH = re.compile(
    r"(?<![\w'’-])(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?"
    r"(?:(?:dismissed|described|branded|labell?ed|dubbed|critici[sz]ed|condemned|denounced|decried|disputed|"
    r"contested|questioned|challenged|ridiculed|mocked|derided|slammed|attacked|blasted|lambasted|praised|hailed|"
    r"welcomed|accused|sued|refuted|characteri[sz]ed|portrayed|told|warned|assured)\s+"
    r"|(?:rated|judged|graded)\s+(?:[\"“‘']?[a-z-]+[\"”’']?\s+){1,2}?)by\s+"
    r"([^,;:!?()\"“”]+?)(?=\s+(?:as|for|in|on|at|after|during|who|which|that|because|when|over|with|to|last|this|"
    r"earlier|of(?=\s+(?!the\b)[a-z]))\b|\s*[,;:!?()\"“”]|\.?\s*$)")


def said_in_passive(text: str) -> re.Match[str] | None:
    """The first verb of speech or judgement in the passive with its agent after "by" in the sentence ``text``
    ("Residents who objected were dismissed by the deputy mayor as ...", see ``_PASSIVE_SPEECH``), the agent its
    group 1, when no speech or denial verb comes before it ("She said she was told by doctors ..." is hers) or
    after its agent ("Patients were told by staff to stay inside, she said." is hers too), "reports" or "reported"
    that no one reports by aside (see :func:`no_report`: "Media reports of a leak were dismissed by the ministry");
    ``None`` for none."""
    found = _PASSIVE_SPEECH.search(text)
    if found is None or TRAILING_CREDIT.search(text, found.end(1)):
        return None
    # "reports" or "reported" that no one reports by ("Media reports of a leak were dismissed by") is no speech
    if any(not no_report(text, cue) for cue in SUBJECT_CUE.finditer(text, 0, found.start())):
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
    if not (names_someone(words, known)
            or (_lower_case_group(words) and (len(words) > 1 or _WHICH_SAID.match(text, found.end(1))
                                              or _WHO_FOUND.match(text, found.end(1))))):
        return None
    return found.span(1)


#: A relative clause of finding after a group in lower case ("inspectors, who found that ..."), which makes the
#: group the one whose finding the sentence reports, as a relative clause of speech does (``_WHICH_SAID``).
_WHO_FOUND = re.compile(r",\s+(?:which|who)\s+(?:also\s+)?(?:found|concluded)\b")


#: Plural heads of a group of bodies in lower case ("nurses' unions", "rights groups", "patient charities").
_BODY_PLURAL = re.compile(r"[a-z]+(?:ies|s)")


def _lower_case_group(words: list[str]) -> bool:
    """Whether ``words`` name an identifiable group in lower case (LABELS.md: "Human rights groups say"): a plural of
    people or of bodies (see :func:`people_plural`, ``BODY_NOUNS``) after up to two lower-case words that qualify it
    ("nurses' unions", "research-integrity campaigners", "rights groups"), or that plural alone; no article, pronoun,
    figure or word of no one ("many", "critics", "their") opening them."""
    if not 0 < len(words) <= 3 or any(not re.fullmatch(r"[a-z][\w'’-]*", word) for word in words):
        return False
    first, head = POSSESSIVE.sub("", words[0]), words[-1]
    if first in NO_ONE or first in PRONOUNS or first in ("a", "an", "the", "and", "or", "of"):
        return False
    single = head[:-3] + "y" if head.endswith("ies") else head.removesuffix("s")
    return people_plural(head) or (_BODY_PLURAL.fullmatch(head) is not None and single in BODY_NOUNS)


#: A court that heard, or a jury told, what a sentence says (see :func:`court_heard`): "a court", "the jury", "an
#: inquest", "the inquiry", "the hearing", "jurors", "magistrates", or a court's or inquiry's name ("Leeds Crown
#: Court", "the Employment Tribunal", "the Brennmoor Inquiry").
_COURT_NOUNS = r"court|jury|tribunal|inquest|inquiry|hearing"
_COURT_HEARING = (rf"(?:(?:[Aa]n?|[Tt]he)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_COURT_NOUNS})|[Jj]urors|"
                  r"[Mm]agistrates|(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:Court|Tribunal|Inquiry))")
_HEARD = r"\s+(?:(?:has\s+)?heard|(?:was|were)\s+told)"
#: Where the court sat, or when it heard, between it and its verb: "at Linwood Town Hall", "in Harlow", "this week".
_COURT_SAT = rf"(?:\s+(?:at|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,4}})?(?:\s+{_WHEN})?"
#: The court ending a sentence after a comma (", a court heard.", ", jurors were told."; a headline's ", inquest
#: told" or ", court hears", with no article), or opening it before "that" ("The court heard that ...", "The hearing
#: at Linwood Town Hall was told that ..."): group 1 its words.
_COURT_HEARD_AT_END = re.compile(rf",\s+(?:({_COURT_HEARING}){_HEARD}|((?:{_COURT_NOUNS}))\s+(?:hears|told))"
                                 r"[\s.\"”'’]*$")
_COURT_HEARD_OPENS = re.compile(rf"({_COURT_HEARING}){_COURT_SAT}{_HEARD}\s+that\s")
#: Such a court opening a sentence as the subject of what it heard, had heard or has been told, "that" perhaps after
#: ("The court heard that ", "Jurors were told ", "An inquest in Harlow has been told "): see :func:`heard_in_court`.
_COURT_HEARD_LEAD = re.compile(rf"(?:{_COURT_HEARING}){_COURT_SAT}"
                               rf"(?:{_HEARD}|\s+had\s+heard|\s+ha(?:s|ve)\s+been\s+told)(?:\s+that)?\s+")


def court_heard(text: str) -> tuple[int, int] | None:
    """Where in the sentence ``text`` the court stands that a court report says heard it or its jury was told it:
    "a court" of "A builder stole £40,000, a court heard.", "Leeds Crown Court" of "..., Leeds Crown Court heard.",
    "The court" of "The court heard that ...", "inquest" of a headline's "..., inquest told" (see ``_COURT_HEARING``,
    ``_COURT_SAT``): what was said in court, for whoever said it,
    is the court's record, as a court's finding is; ``None`` for none."""
    found = _COURT_HEARD_AT_END.search(text) or _COURT_HEARD_OPENS.match(text, lead_length(text))
    if found is None:
        return None
    return found.span(1) if found.group(1) is not None else found.span(2)


def heard_in_court(text: str) -> int | None:
    """Where in the sentence ``text`` what a court opening it heard or was told begins (see ``_COURT_HEARING``):
    "council officers ..." of "The court heard that council officers visited the flat.", of "Magistrates were told
    council officers ..." or of "Leeds Crown Court has heard that council officers ..."; ``None`` for no such court."""
    found = _COURT_HEARD_LEAD.match(text, lead_length(text))
    return found.end() if found is not None else None


#: A relative clause of speech after a body's or a person's name and its comma ("Dravonia's defence ministry, which
#: said in a post that", "Foreign Minister Anton Dreyer, who says the talks failed,", "the trade magazine Reel Weekly,
#: which reported that"): the body or person speaks.
_WHICH_SAID = re.compile(r",\s+(which|who)\s+(?:also\s+|later\s+|then\s+)?(?:said|says|stated|states|claimed|claims|"
                         r"denied|denies|insisted|insists|alleged|alleges|told|tells|wrote|writes|reported|reports|"
                         r"warned|warns|argued|argues|accused|accuses)\b")


#: Up to three lower-case words after a preposition, ending where the text searched ends (a relative clause's comma):
#: a group that :func:`_lower_case_group` may read ("by nurses' unions", "from rights groups"), in group 1.
_GROUP_BEFORE_WHICH = re.compile(r"(?<![\w'’-])(?:by|from|among|with)\s+((?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)$")


#: A relative clause of finding after a body's name and its comma ("a report by the consumer group Which Way, which
#: found that ..."): the body whose research found it is the source, as one that said it is (``_WHICH_SAID``).
_WHICH_FOUND = re.compile(r",\s+(which)\s+(?:also\s+)?(?:found|finds|concluded|concludes)\b")


def name_before_which_said(text: str, known: Callable[[str], bool] = lambda word: False) -> tuple[int, int] | None:
    """Where in the sentence ``text`` the body or person stands whom a relative clause of speech after its comma
    describes ("Dravonia's defence ministry" of "The first came from Dravonia's defence ministry, which said ...",
    "Foreign Minister Anton Dreyer" of "Foreign Minister Anton Dreyer, who says the talks failed, flew home": see
    ``_WHICH_SAID``; a body's finding too, ``_WHICH_FOUND``: "Which Way" of "a report by the consumer group Which Way,
    which found"; what the clause says is theirs, an attributed claim of LABELS.md): the words before the comma
    that name a definite or named body or person as a subject does (see :func:`subject_before_cue`), read back over
    capitalised words and a body's, role's or portfolio's (see ``SUBJECT_LOWER_WORDS``): the fewest for a body, all
    of them for a person ("Rhoda Senn", not "Senn" alone; not an opener's word: "On Tuesday", "Meanwhile"), whom a
    body's name does not end ("the Kessel Institute's Centre for Law, who": a person named before it is meant);
    failing a name, an identifiable group in lower case after its preposition ("nurses' unions" of "was opposed by
    nurses' unions, which said": see :func:`_lower_case_group`); ``None`` for none, or for words in quotation
    marks."""
    found = _WHICH_SAID.search(text) or _WHICH_FOUND.search(text)
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
    if role is None or not is_role(role.group(1)):
        return None
    start = _named_before(text, comma, True, known)
    return None if start is None else (start, comma)


def _named_before(text: str, end: int, person: bool, known: Callable[[str], bool]) -> int | None:
    """Where the words of ``text`` just before ``end`` that name a definite or named body or person open, as
    :func:`name_before_which_said` reads them back (the fewest for a body, all of them for a ``person``, and for a
    person none that a body's name ends); ``None`` for none."""
    words = list(re.finditer(r"[^\s,]+", text[:end]))[-SUBJECT_WORDS:]
    start = None
    for first in range(len(words) - 1, -1, -1):
        word = words[first].group()
        if word[:1] in QUOTATION_MARKS or not (word[:1].isupper() or word in SUBJECT_LOWER_WORDS or is_role(word)):
            break
        opener = word in OPENERS or word in OPENING_FUNCTION_WORDS or CALENDAR.fullmatch(word) is not None
        if not (person and opener) and names_someone([w.group() for w in words[first:]], known):
            start = words[first].start()
            if not person and not _firm_name_end(word):
                start = words[_name_run_opening(words, first, known)].start()
                break
    if start is None or (person and not _person_after_bodies(text[start:end].split())):
        return None
    return start


def _name_run_opening(words: list[re.Match[str]], first: int, known: Callable[[str], bool]) -> int:
    """The index among ``words`` where the capitalised run holding ``words[first]`` opens, a body's name being all of
    it ("Fair Pocket" of "a report by the consumer group Fair Pocket, which said", not "Pocket", a word the text
    knows), over no opener, a function word opening a sentence, a month or a possessive ("In March", "Kessel's")."""
    while first > 0:
        word = words[first - 1].group()
        if (not word[:1].isupper() or word in OPENERS or word in OPENING_FUNCTION_WORDS
                or CALENDAR.fullmatch(word) is not None or POSSESSIVE.search(word) is not None
                or not names_someone([w.group() for w in words[first - 1:]], known)):
            break
        first -= 1
    return first


#: The last words of a business's name, those a firm's alone ends with too ("Homes", "Properties": see
#: ``FIRM_NAME_ENDS``).
_FIRM_LAST_WORDS = BUSINESS_NAME_ENDS | FIRM_NAME_ENDS


def _firm_name_end(word: str) -> bool:
    """Whether ``word`` is a business's trade or legal form that ends its name, never the whole of it ("Foods" of
    "Tessel Foods", "Homes" of "Orrin Homes", "Ltd" of "Tessel Foods Ltd"), so that a body's name read back goes on
    past it."""
    return word.lower() in _FIRM_LAST_WORDS or LEGAL_FORM_END.search(" " + word) is not None


def _person_after_bodies(words: list[str]) -> bool:
    """Whether ``words``, what a relative "who" follows, end in a person's name or role, not in a body's: no word of
    an institution's among them (see ``INSTITUTIONS``), or two or more capitalised words after the last ("House
    Ethics Committee Chairman Ada Vell"; not "the Kessel Institute's Centre for Law")."""
    bodies = [k for k, word in enumerate(words) if POSSESSIVE.sub("", word) in INSTITUTIONS]
    rest = words[bodies[-1] + 1:] if bodies else []
    return not bodies or (len(rest) > 1 and all(word[:1].isupper() for word in rest))
