"""Sentences labelled denials that are no one's denial of an allegation: a fact-check's verdict, page
furniture's framing, a formula (a safe harbor, a settlement's non-admission), an interviewer's question, a
question put, a court's or judge's ruling on a party's filing, the publication's own correction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .credit_own_work import fact_check_verdict, names_own_piece
from .credit_participles import SECOND_PERSON
from .credit_quotes import in_quotation
from .credit_speakers import Mention, Speakers
from .document import Sentence, Span
from .source_accusations import alleges
from .source_find_subjects import subject_before_cue
from .source_finders import subject_before_finding
from .source_keys import text_key
from .source_kinds import names_a_court
from .source_words import EDGE
from .textchars import case_blind
from .turns import opening_label_length


def verdict_denials(sentences: Sequence[Sentence], credited: dict[int, str]) -> frozenset[int]:
    """The sentences labelled denials that are a fact-check's verdict credited to no one ("Verdict: False.", see
    :func:`fact_check_verdict`): the checker's finding on a claim, no denial nor rebuttal whatever their label."""
    return frozenset(i for i, s in enumerate(sentences)
                     if s.label == "official_denial" and i not in credited and fact_check_verdict(s))


def framing_denials(sentences: Sequence[Sentence], aside: Sequence[bool]) -> frozenset[int]:
    """The sentences labelled denials that are page furniture other than the headline (``aside``, see
    :func:`_furniture_aside`: a press release's closing "ENDS" or "###", a byline, a caption): they frame the copy
    without being anyone's denial in it, so they are no denial nor rebuttal whatever their label. The headline,
    the outlet's own voice on the story, stays one."""
    return frozenset(i for i, s in enumerate(sentences) if s.label == "official_denial" and aside[i])


#: A safe-harbor disclaimer of a company's forecasts: "Acme undertakes no obligation to update any forward-looking
#: statement", "assumes no duty to publicly revise", "disclaims any intention to update these statements", "does not
#: undertake any obligation to update the information in this release". Its head, the duty disclaimed; what it
#: disclaims is read after it by ``_FORWARD_LOOKING`` or ``_OWN_STATEMENTS``.
_SAFE_HARBOR = re.compile(
    r"\b(?:undertakes?|undertaking|assumes?|accepts?|disclaims?|disclaiming|intends?)\s+(?:no|any)\s+(?:\w+\s+){0,2}?"
    r"(?:obligations?|duty|duties|intention|responsibility)\s+(?:\w+\s+){0,3}?to\s+(?:\w+\s+){0,2}?"
    r"(?:update|revise)\b", re.I)
#: A safe harbor's own words, anywhere after the duty disclaimed: "forward-looking", "safe harbor".
_FORWARD_LOOKING = re.compile(r"\b(?:forward[-\s]looking|safe[-\s]harbou?r)\b", re.I)
#: The release's own statements as the object right after the duty disclaimed: "these statements", "such
#: information", "the information in this release", not another's ("its statement that the plant is safe", "its
#: audited statements").
_OWN_STATEMENTS = re.compile(
    r"(?:\s+(?:or|and|publicly|alter|revise|update|supplement|correct|change|any|all|of|\w+ly),?){0,5}?\s+"
    r"(?:(?:these|such|those)\s+(?:[\w-]+\s+){0,2}?(?:statements?|information|projections|forecasts|estimates)|"
    r"(?:the|any)\s+(?:statements?|information)\s+(?:(?:contained|included|made|provided)\s+)?(?:in|within)\s+"
    r"this\s+(?:press\s+)?(?:release|announcement|document|presentation|communication|report))\b", re.I)


def _safe_harbor(text: str) -> bool:
    """Whether ``text`` disclaims a duty to update forecasts (see ``_SAFE_HARBOR``): the duty, then a safe harbor's
    own words after it (looked for once, after the first duty: a later duty's words after it are the first's too)
    or the release's own statements as the object right after a duty; linear in the text."""
    duty = _SAFE_HARBOR.search(text)
    return duty is not None and bool(_FORWARD_LOOKING.search(text, duty.end()) or any(
        _OWN_STATEMENTS.match(text, found.end()) for found in _SAFE_HARBOR.finditer(text, duty.start())))


#: A settlement's formula of neither admitting nor denying, or of admitting nothing ("neither admitted nor denied the
#: allegations", "Without admitting or denying the findings", "did not admit wrongdoing", "admitted no liability"),
#: and the like refusal to answer ("would neither confirm nor deny the report"): it denies nothing.
_NON_ADMISSION = re.compile(
    r"(?<![\w'’-])(?:neither\s+(?:admit(?:s|ted)?|confirm(?:s|ed)?)\s+nor\s+den(?:y|ies|ied)"
    r"|without\s+(?:either\s+)?(?:admitting|confirming)\s+or\s+denying"
    r"|(?:did|does|do)\s+not\s+admit(?:\s+or\s+deny)?(?=\s+(?:to\s+)?(?:any\s+)?(?:wrongdoing|liability|guilt|fault|"
    r"the\s+(?:allegations?|charges?|claims?|findings?)))"
    r"|admit(?:s|ted)?\s+no\s+(?:wrongdoing|liability|guilt|fault))(?![\w'’-])", re.I)
#: Words of denial left in a sentence once its non-admission is read away ("but disputed the fine", "and denied
#: misleading anyone", "called the claims baseless"): a denial beside the formula. Not a falsity word of the charge
#: itself ("neither admitted nor denied that it made false and misleading statements").
_DENIAL_BESIDE = re.compile(r"(?<![\w'’-])(?:den(?:y|ies|ied|ying|ials?)|reject\w*|dismiss\w*|disput\w*|refut\w*|"
                            r"rebut\w*|contest\w*|baseless|unfounded|groundless|untrue|not\s+true|"
                            r"without\s+(?:any\s+)?(?:merit|basis|foundation))(?![\w'’-])", re.I)


def _non_admission(text: str) -> bool:
    """Whether ``text`` is a settlement's non-admission and no more (see ``_NON_ADMISSION``): no word of denial left
    once the formula is read away (see ``_DENIAL_BESIDE``: "Halvex did not admit wrongdoing and denied misleading
    anyone" denies)."""
    rest = _NON_ADMISSION.sub(" ", text)
    return rest != text and _DENIAL_BESIDE.search(rest) is None


def formula_denials(sentences: Sequence[Sentence]) -> frozenset[int]:
    """The sentences labelled denials that are a formula denying no allegation: a press release's safe-harbor
    boilerplate disclaiming a duty to update forecasts (see :func:`_safe_harbor`), or a settlement's term that only
    neither admits nor denies ("Halvex neither admitted nor denied the allegations", "The bank did not admit
    wrongdoing": see :func:`_non_admission`). No denial nor rebuttal whatever their label, and their source no denier
    for them."""
    return frozenset(i for i, s in enumerate(sentences)
                     if s.label == "official_denial" and (_safe_harbor(s.text) or _non_admission(s.text)))


#: An accusing verb as a sentence's own cue, right after its source ("Councillor alleges ...", "Drivers have
#: accused the depot of ..."), not in the passive ("was accused of") nor a participle after a comma ("Vance, accused
#: of fraud,") or with none ("The firm accused of polluting the river said ...", "The aide alleged to have leaked the
#: memo"): the accused one, whom "of", "by" or "to have" right after the verb shows.
_ACCUSING_CUE = re.compile(r"(?:(?:has|have|had|also|again|now)\s+){0,2}(?:alleg|accus)(?:e|es|ed|ing)(?![\w'’-])",
                           re.I)
#: What right after an accusing verb makes it the accused one's participle ("accused of", "accused by", "alleged to
#: have"; not "alleged to reporters that", the accuser's).
_ACCUSED_AFTER = re.compile(r"\s+(?:of|by|to\s+(?:have|be))(?![\w'’-])", re.I)
#: The accused side's counter-charge of falsehood ("accused the paper of lying", "of a smear campaign"), which rebuts.
_FALSEHOOD = re.compile(r"(?<![\w'’-])(?:l(?:ie|ies|ying)|false\w*|fabricat\w*|smear\w*|mislead\w*|distort\w*|"
                        r"misrepresent\w*|untrue|fake)(?![\w'’-])", re.I)


def _accuses(sentence: Sentence) -> bool:
    """Whether ``sentence``'s own verb accuses: a cue the model marked, or the words right after its source span, are
    "alleges", "accused" and the like (see ``_ACCUSING_CUE``), and no word of denial (``_DENIAL_BESIDE``) nor of
    falsehood (``_FALSEHOOD``) stands anywhere in it."""
    if _DENIAL_BESIDE.search(sentence.text) or _FALSEHOOD.search(sentence.text):
        return False
    text, start = sentence.text, sentence.start
    if any(_ACCUSING_CUE.fullmatch(span.text) and not _ACCUSED_AFTER.match(text, span.end - start)
           for span in sentence.spans if span.type == "cue"):
        return True
    return any(text[span.end - start:][:1] == " " and (verb := _ACCUSING_CUE.match(text, span.end - start + 1))
               is not None and not _ACCUSED_AFTER.match(text, verb.end())
               for span in sentence.spans if span.type == "source")


def accusation_denials(sentences: Sequence[Sentence]) -> frozenset[int]:
    """The sentences labelled denials that accuse, as their own verb says ("Councillor alleges mayor steered bus
    contract", "An opposition councillor has accused Mayor Ilse Carvano of ..."; see :func:`_accuses`): the guide
    labels "X accused Y of" a claim, so the model's denial there is no denial, and the accuser no denier. Not one
    that also denies ("accused the minister of ignoring science, a charge her office denied") nor one charging
    falsehood ("accused the paper of lying"), the accused side's answer."""
    return frozenset(i for i, s in enumerate(sentences) if s.label == "official_denial" and _accuses(s))


def interviewer_denials(sentences: Sequence[Sentence], speakers: Speakers, credited: dict[int, str],
                         mentions: dict[int, Mention]) -> frozenset[int]:
    """The sentences labelled denials in an interviewer's turn (a "Q:", a host's: see :meth:`Speakers.asking`):
    the questions put to the accused side, never its denial, so no denial nor rebuttal whatever their label. Not a
    denial the host relays, crediting a source the sentence names past the label (``credited``, ``mentions``), no
    question ("HOST: ... Keystone Transit denies the drivers worked illegal hours."): that source's denial."""
    return frozenset(i for i, s in enumerate(sentences) if s.label == "official_denial" and speakers.asking(i)
                     and not _relayed(s, speakers.words(i), mentions.get(i) if i in credited else None))


def _relayed(sentence: Sentence, words: int, mention: Mention | None) -> bool:
    """Whether ``sentence``, in an interviewer's turn, whose words start at ``words``, relays a denial of the
    source its credit was drawn from (``mention``): one named in its words, in a sentence that asks nothing and
    speaks to no one ("The opposition says you misled parliament." puts a question's premise)."""
    return (mention is not None and words <= mention[0] and mention[1] <= sentence.end
            and not _ASKED.search(sentence.text.rstrip())
            and not SECOND_PERSON.search(sentence.text, words - sentence.start))


#: A question's mark ending a sentence, before any closing marks.
_ASKED = re.compile(r"[?？][\"'”’»)\]]*$")


def questions_put(sentences: Sequence[Sentence], credited: dict[int, str], voiced: list[tuple[int, int]],
                   speakers: Speakers, text: str | None) -> frozenset[int]:
    """The sentences labelled denials that ask a question, credited to no one and outside quotation marks
    (``voiced``), in a transcript (a text with speakers' turns) or opening their line, or on a line a label opens
    ("AFP: ... Does the ministry have a response?"): a question put to someone, no one's denial of an allegation, so
    no denial nor rebuttal. A rhetorical question that denies stays one in a speaker's turn or quotation, where it
    is credited ('"Why would we spy on our own people?" the minister asked.')."""
    if not text:
        return frozenset()
    transcript = any(turn is not None for turn in speakers.turn_of)
    found = set()
    for i, sentence in enumerate(sentences):
        if (sentence.label != "official_denial" or i in credited or not _ASKED.search(sentence.text.rstrip())
                or in_quotation(sentence, voiced)):
            continue
        line = text.rfind("\n", 0, sentence.start) + 1
        if transcript or not text[line:sentence.start].strip() or opening_label_length(text[line:sentence.start]):
            found.add(i)
    return frozenset(found)


#: What a court denies, rejects or dismisses when it rules: a party's filing or argument ("denied a defense motion",
#: "rejected that argument", "denied bail", "threw out the lawsuit", a claim written as a party's: "rejected the
#: government's claim that ..."), no allegation against the court (as "denied the charges" or "deny the claims" may
#: be); matched where the court's own verb stands in its own clause, after its name or at its cue: an aside between
#: commas, a few adverbs, a time or an auxiliary allowed before it ("Judge Ruiz, in a brief order, denied ...", "Judge
#: Ruiz last week denied ...", "The court has rejected ..."), or the court's own words on its ruling ("said she would
#: deny ...", "wrote that she was rejecting ..."); not a verb in a clause of another's or after a noun ("denied any
#: wrongdoing in a letter rejecting the request").
_COURT_VERB_HEAD = (r"(?:\s*,[^,.;:]{1,60}?,)?[\s,]*"
                    r"(?:(?:has|have|had|also|then|later|again|today|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|"
                    r"Sun)day|(?:on|last|this|late|early|earlier)\s+(?:this\s+)?\w+|\w+ly)\s+){0,3}?")
_RULED_ON = re.compile(_COURT_VERB_HEAD +
                       r"(?:(?:said|says|wrote|writes|ruled|rules|decided|announced)\s+(?:that\s+)?"
                       r"(?:she|he|it|they|the\s+(?:court|judge|panel))\s+"
                       r"(?:(?:would|will|was|were|is|are|had|has|must|could|should|not)\s+){0,2})?"
                       r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|overrul(?:es?|ed|ing)|"
                       r"(?:threw|throws?|thrown|throwing)\s+out|turn(?:s|ed|ing)?\s+down)\s+(?:[\w'’-]+\s+){0,4}?"
                       r"(?:motions?|requests?|petitions?|arguments?|objections?|bail|appeals?|bids?|applications?|"
                       r"pleas?|(?:law)?suits?|case|"
                       r"[\w-]+(?:'|’)s?\s+(?:claims?|contentions?|assertions?|submissions?))\b", re.I)
#: A court rejecting or dismissing "the claim" that the copy has written of before ("The court rejected the claim.",
#: "dismissed these claims"), read as ``_RULED_ON`` is: its ruling on a party's claim; not "denied the claims", which
#: may answer an allegation against the court.
_RULED_ON_CLAIM = re.compile(_COURT_VERB_HEAD + r"(?:reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?)\s+"
                             r"(?:the|that|this|these|those)\s+claims?\b", re.I)
#: The clause a court's verb reports, read after the verb: not one whose subject is a pronoun ("said she had never
#: met him": a judge may be answering for herself) nor none ('"...," the judge said.').
_FINDING_CLAUSE = (r"(?:\s+(?:on|last|this|earlier)\s+\w+)?(?:\s+that)?\s+"
                   r"(?!(?:that\s+)?(?:he|she|it|they|I|we|his|her|its|their|my|our)\b)\w")
#: A court's own finding at its verb, read as ``_RULED_ON`` is: a verb of finding and the clause it reports ("found
#: that the applicant faced no risk", "wrote that the office had ignored ...", "ruled on Tuesday that ..."), or a
#: judge's dissent and its reasons ("dissented, arguing that the officers ...").
_COURT_FINDS = re.compile(_COURT_VERB_HEAD + r"(?:found|finds|ruled|rules|held|holds|concluded|concludes|determined|"
                          r"determines|wrote|writes|dissent(?:ed|s),?\s+(?:arguing|writing|saying|reasoning))"
                          + _FINDING_CLAUSE, re.I)
#: A court's plain verb of saying and the clause it reports ("said the assurances were worthless"): its finding only
#: in a sentence naming its ruling (``_RULING_NAMED``), as a court or judge may otherwise be answering an allegation
#: ("The Supreme Court said the report of the chief justice's illness was untrue").
_COURT_SAYS = re.compile(_COURT_VERB_HEAD + r"(?:said|says|stated|states|noted|notes|observed|observes|added|adds|"
                         r"argued|argues)" + _FINDING_CLAUSE, re.I)
_RULING_NAMED = re.compile(r"\b(?:ruling|judge?ment|verdict|opinion|decision|sentencing|dissent)\b", re.I)
#: A judge's title ending the words before a name ("Judge ", "District Judge ", "Chief Justice "): see
#: :func:`_titled_judges`.
_JUDGE_TITLE_ENDS = re.compile(r"\b(?:Judge|Justice|Magistrate|Arbitrator)\s+\Z")
_JUDGE_TITLE = re.compile(r"\b(?:Judge|Justice|Magistrate|Arbitrator)\s")
#: The same ruling opening the sentence as a participle, before the court's name: "Denying his request for bail,
#: Judge Ruiz said ...".
_RULING_OPENS = re.compile(r"\W*(?=(?:den|reject|dismiss|overrul|throw|turn)\w*ing\b)", re.I)


#: Verbs that accuse their object or passive subject: "Prosecutors accused Judge Ana Ruiz of taking bribes", "sued
#: Judge Ruiz", "Judge Ruiz was charged with".
_ACCUSE_VERBS = r"accus(?:e|es|ed|ing)|charg(?:e|es|ed|ing)|indict(?:s|ed|ing)?|impeach(?:es|ed|ing)?|sue[ds]?|suing"
#: Nouns of an accusation that name their target after "against" or "into" ("a complaint against Judge Ruiz"), or
#: after "by" or "of" for wrongdoing and its inquiries ("misconduct by Judge Ruiz", "the impeachment of Judge Ruiz").
_ACCUSING_NOUN = (r"(?:(?:accusations?|allegations?|charges?|complaints?|(?:law)?suits?|indictments?|probes?|"
                  r"investigations?|inquiry|claims?)(?:\s+[\w'’-]+){0,3}?\s+(?:against|into)|"
                  r"(?:misconduct|wrongdoing|corruption|bribery|bias)\s+by|"
                  r"(?:impeachment|removal|investigation|indictment)\s+of)")
#: Nouns after an office's word that make it another thing's name ("the court records", "the court clerk"): no
#: court nor judge accused.
_OFFICE_COMPOUND = (r"records?|clerks?|staff|system|buildings?|house|fees?|costs|reporters?|administrators?|"
                    r"officials?|officers?|employees?|documents?|transcripts?|filings?|files|papers|interpreters?|"
                    r"security|rooms?|hearings?|dates?|proceedings|process|budget|advocates?")
#: What a judge "charged with" is given to do ("charged with reviewing the evidence"): a task, no accusation
#: ("charged with taking bribes" is one).
_TASKS = (r"reviewing|overseeing|investigating|examining|deciding|determining|hearing|supervising|drafting|preparing|"
          r"implementing|enforcing|monitoring|ensuring|assessing|evaluating|selecting|interpreting|protecting|"
          r"coordinating|upholding|safeguarding|weighing|resolving|presiding")
#: Words that may stand before a judge's surname where the accusation names them: a title, a given name, an article.
_BEFORE_NAME = r"(?:(?:[A-Z][\w.'’-]*|the|a|an|federal|district|chief|trial|judge|justice|magistrate),?\s+){0,4}?"


def court_rulings(sentences: Sequence[Sentence], credited: dict[int, str]) -> frozenset[int]:
    """The sentences labelled denials in which a court or judge rules on a party's filing or argument ("Judge Ruiz
    denied a defense motion", "The judge rejected that argument", "The court rejected the claim.": see
    :data:`_RULED_ON`, :data:`_RULED_ON_CLAIM`, read at the court's own verb, not "denied any wrongdoing in a letter
    rejecting the request") or states its own finding ("The court found that ...", "Judge Ruiz wrote that the office
    had ...": see :data:`_COURT_FINDS`; "said" only in a sentence naming its ruling: :data:`_COURT_SAYS`), credited to
    a source that a
    source span naming a court writes ("Judge Ruiz", "The judge", "the appeals court"; or the sentence's one source
    span, for a judge named before: "The judge" credited to "ana ruiz"), that the sentence's subject names, the model
    marking no source (see :func:`_unmarked_court`), or that a sentence writes with a judge's title ("Judge Ana Ruiz
    heard the case. She wrote that ...": see :func:`_titled_judges`), and the denials of that source that go on from
    one (its reasons, quoted): a third party's ruling, no denial nor rebuttal whatever its label, so the court
    neither denies nor answers an allegation. A court that a sentence before accused (see :func:`_accused`) is a
    party: its denials stay denials ("dismissed the case against her as a smear")."""
    judges = _titled_judges({credited[i] for i, s in enumerate(sentences)
                             if i in credited and s.label == "official_denial"}, sentences)
    spans = {i: [span for span in s.spans if span.type == "source" and (
                 names_a_court(span.text) and (credited[i].split()[-1] in span.text.lower() or _only_source(span, s))
                 or credited[i] in judges and _bare_surname(span, credited[i]))]
             for i, s in enumerate(sentences) if i in credited}
    unmarked = {i: at for i, s in enumerate(sentences) if i in credited
                and (at := _unmarked_court(s, credited[i])) is not None}
    courts = {credited[i] for i, found in spans.items() if found} | {credited[i] for i in unmarked} | judges
    courts -= _accused(courts, sentences, credited)
    found: set[int] = set()
    for i, sentence in enumerate(sentences):
        if sentence.label != "official_denial" or credited.get(i) not in courts:
            continue
        cue = next((span.start for span in sentence.spans if span.type == "cue"), None)
        verbs = [span.end for span in spans[i]] + ([] if cue is None else [cue])
        if i in unmarked:
            verbs.append(unmarked[i])  # "The court found that ...": the verb after the subject it was credited by
        if spans[i] and _RULING_OPENS.match(sentence.text):
            verbs.append(sentence.start)
        rulings = (_RULED_ON, _RULED_ON_CLAIM, _COURT_FINDS) + (
            (_COURT_SAYS,) if _RULING_NAMED.search(sentence.text) else ())
        if (any(ruled.match(sentence.text, at - sentence.start) for at in verbs for ruled in rulings)
                or (i - 1 in found and credited.get(i - 1) == credited[i])):
            found.add(i)
    return frozenset(found)


def _unmarked_court(sentence: Sentence, source: str) -> int | None:
    """Where the court ends that is the subject of a verb of finding or ruling in ``sentence`` (see
    :func:`framing.source_finders.subject_before_finding`), or else of its first verb of denial ("The court rejected the
    claim.": see :func:`framing.source_find_subjects.subject_before_cue`), a document offset, when the sentence marks no
    source span and ``source``, its credit, is that court ("The court found that ...", credited by its subject: see
    :func:`subject_source`); else ``None``."""
    if any(span.type == "source" for span in sentence.spans):
        return None
    found = subject_before_finding(sentence.text) or subject_before_cue(sentence.text)
    subject = sentence.text[found[0]:found[1]] if found else ""
    return (sentence.start + found[1]
            if found and names_a_court(subject) and source.split()[-1] in subject.lower() else None)


def _bare_surname(span: Span, source: str) -> bool:
    """Whether ``span`` is a source span of the last word of ``source`` alone ("Okafor" for ``ana okafor``)."""
    return span.type == "source" and text_key(span.text.strip(EDGE)) == source.split()[-1]


def _titled_judges(sources: set[str], sentences: Sequence[Sentence]) -> set[str]:
    """Those of ``sources``, people's names, that a sentence writes with a judge's title just before ("Judge Ana
    Okafor", "Justice Okafor", "U.S. District Judge Ana Okafor": see :func:`framing.source_kinds.names_a_court`), so
    that a later bare surname ("Okafor denied the motion") is the judge's, a court's. Not a title before another given
    name ("Judge Tom Okafor" for ``ana okafor``) nor one naming another office ("Justice Minister Ana Okafor")."""
    titled = [sentence.text for sentence in sentences if sources and _JUDGE_TITLE.search(sentence.text)]
    folded = [case_blind(text) for text in titled]
    found: set[str] = set()
    for source in sources if titled else ():
        *given, surname = source.split()
        if not surname.isalpha() or len(given) > 2:
            continue
        if surname.isascii() and not any(surname in text for text in folded):
            continue  # the surname is in no titled sentence: no pattern compiled for a source whom none names
        first = "(?:" + "".join(re.escape(word) + r"\s+" for word in given) + ")?"  # the given names, if written
        pattern = re.compile(rf"(?<![\w'’-])((?:[A-Z][\w.'’-]*\s+){{1,3}}?)(?i:{first}{surname})(?![\w'’-])")
        if any(names_a_court(found_at.group()) and _JUDGE_TITLE_ENDS.search(found_at.group(1))
               for written in titled for found_at in pattern.finditer(written)):
            found.add(source)
    return found


def _only_source(span: Span, sentence: Sentence) -> bool:
    """Whether ``span`` is the one source span of ``sentence``: the mention its credit is drawn from, though the
    credit names the judge it stands for ("The judge" credited to "mira castell")."""
    return [found for found in sentence.spans if found.type == "source"] == [span]


def _accused(sources: set[str], sentences: Sequence[Sentence], credited: dict[int, str]) -> set[str]:
    """Those of ``sources`` that a sentence accuses before any of their own sentences that deny (or the first such
    sentence itself: "Judge Ruiz, accused of bias, rejected the request to step aside"): names as its object
    ("Prosecutors accused Judge Ana Ruiz of taking bribes", "sued Judge Ruiz"), its passive subject ("Ruiz was
    charged with", "Ruiz, accused of"), the one an allegation is about ("alleged that Judge Ruiz took bribes", "a
    complaint against Ruiz", "misconduct by Ruiz"): a judge accused, a party to the allegation. A judge named by
    surname is found by it; one named by office ("the judge", "the court", "A federal judge in Manhattan") by that
    office's word, alone or as a title ("accused the judge", "accused Judge Ana Ruiz"), never by the word written
    elsewhere in the sentence, as the accusation in a sentence that names the office is mostly the defendant's
    ("Vance, accused of fraud, faced a judge")."""
    patterns = {source: _accusing(source) for source in sources}
    accused: set[str] = set()
    denied: set[str] = set()
    for i, sentence in enumerate(sentences if sources else ()):
        accused |= {other for other in sources - denied - accused if patterns[other].search(sentence.text)}
        if sentence.label == "official_denial" and credited.get(i) in sources:
            denied.add(credited[i])
    return accused


def _accusing(source: str) -> re.Pattern[str]:
    """A pattern of an accusation against ``source`` (see :func:`_accused`): its object, what an allegation is
    about, its passive subject or the one said to take bribes; by its surname, or by its office's word with any
    capitalised name after it."""
    office = next((word for word in source.split() if names_a_court(word)), None)
    if office is None:
        alone = rf"(?<![\w'’-])(?=[A-Z])(?i:{re.escape(source.split()[-1])})"
    else:
        alone = (rf"(?<![\w'’-])(?i:{re.escape(office)})(?:\s+[A-Z][\w.-]*){{0,3}}(?!\s+[A-Z])"
                 rf"(?!\s+(?:{_OFFICE_COMPOUND})(?![\w'’-]))")
    name = rf"{_BEFORE_NAME}{alone}(?![\w'’-])"
    passive = (r"(?:(?:has|have|had|is|was|were|are|now|also|later|herself|himself)\s+){0,2}"
               r"(?:is|was|were|are|been|being|be)\s+(?:\w+ly\s+)?(?i:accused|charged|indicted|impeached|sued|"
               rf"alleged\s+to)\b(?!\s+with\s+(?:{_TASKS})\b)")
    bribed = (r"(?:had\s+|has\s+)?(?:took|taken|taking|accepted|solicited|received|pocketed|demanded)\s+"
              r"(?:\w+\s+){0,2}?(?:bribes?|kickbacks?)\b")
    return re.compile(
        rf"\b(?i:{_ACCUSE_VERBS}|brib(?:e|es|ed|ing))\s+{name}|\b(?i:alleg\w*|complain\w*)\s+(?:that\s+)?{name}"
        rf"|\b(?i:{_ACCUSING_NOUN})\s+{name}|{alone}(?:\s*,\s*(?:who\s+)?|\s+)(?:{passive}|{bribed})"
        rf"|{alone},\s+(?i:accused|charged|indicted|impeached|sued)\s+(?:of|with|in|over|by)\b"
        rf"(?!\s+(?:{_TASKS})\b)")


def corrections(sentences: Sequence[Sentence], credited: dict[int, str], speakers: Speakers) -> frozenset[int]:
    """The sentences labelled denials, in no speaker's turn and credited to no one, in which the publication
    corrects its own piece ("The article also incorrectly said ...": see :func:`names_own_piece`): its note on
    itself, no one's denial of an allegation, so no denial nor rebuttal."""
    return frozenset(i for i, s in enumerate(sentences)
                     if s.label == "official_denial" and i not in credited and speakers.turn_of[i] is None
                     and names_own_piece(s, s.start))


def court_remark(claim: Sentence, speaker: str | None) -> bool:
    """Whether ``claim``, credited to ``speaker``, is a court's or judge's remark that alleges nothing: a source span
    naming a court writes its speaker ("The jury has reached a verdict, Judge Lena Ortez told the courtroom."), and
    no accusing word is in it (see :func:`framing.source_accusations.alleges`). It runs the case; no party's denial
    answers it, unless it names that party ('"Is that true?" Judge Lena Ortez asked Singh.')."""
    if speaker is None or alleges(claim.text):
        return False
    return any(span.type == "source" and names_a_court(span.text)
               and (speaker.split()[-1] in span.text.lower() or _only_source(span, claim)) for span in claim.spans)
