"""Which sentences deny an allegation and which answer one: denial pairs with the allegation each
answers, the accusers' rebuttals, and the denials that are no one's (a headline's framing, a question put, a
formula, a court's ruling)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Mapping, Sequence
from functools import lru_cache

from .credit_clauses import ACCOUNT_NOUNS, DENIAL_CUE
from .credit_speakers import Mention, Speakers
from .credit_participles import SECOND_PERSON
from .credit_persons import SUBORDINATE_OPENING
from .credit_quotes import SPEAKING
from .credit_own_work import fact_check_verdict, links_elsewhere, names_own_piece
from .credit_weasels import generic_source
from .credit_persons import nameless_person
from .credit_quotes import _quoted
from .document import DenialPair, Sentence, Span
from .furniture import contact_issuer, release_issuer, wire_release_issuer
from .given_names import given_name_sex, is_given_name
from .index_body_words import BODY_SCOPES
from .person_names import surnames_in
from .source_finders import subject_before_cue, subject_before_finding
from .source_words import BODY_NOUNS, CIVIC_NAME_WORDS, COMPANY_WORDS, EDGE, FACT_CHECK_LABEL, FIRM_NAME_ENDS
from .source_accusations import alleges
from .source_keys import head_word, text_key, without_legal_form
from .source_kinds import names_a_court
from .source_places import nationality_places
from .textchars import case_blind
from .turns import QUOTED_RUN, opening_label_length


#: Words that two sentences share without being about the same thing: function words, reporting verbs,
#: what a denial calls the allegation it answers ("the claims", "the report"), when it was said ("on
#: Tuesday", "last week") and who said it ("a spokesman", "officials").
NOT_CONTENT = frozenset('''about after also been being before could from have into more most over said says
    than that their them then there these they this those were what when where which while will with would
    claim claims accusation accusations allegation allegations report reports charge charges statement
    statements story
    monday tuesday wednesday thursday friday saturday sunday january february march april june july august
    september october november december today tonight yesterday tomorrow morning afternoon evening night
    weekend days week weeks month months year years hour hours earlier later last next
    spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople official officials'''.split())
#: A denial's definite reference to such an account, two words allowed before the noun ("the report", "these
#: baseless allegations", "the group's 42-page study"); group 1 is the noun.
_DENIED_ACCOUNT = re.compile(rf"\b(?:the|this|that|these|those)\s+(?:[\w'’-]+\s+){{0,2}}?"
                             rf"({'|'.join(ACCOUNT_NOUNS)}|findings?)\b", re.I)
#: A denial's account pointed at with "that" or "this" alone before its noun ("dismissed that statement", "rejected
#: this claim", "rejected that account", "disputed this version"): the claim just before it. The noun is singular:
#: before a plural, "that" opens a clause ("denied that reports of abuse were true"), pointing at nothing.
_THAT_ACCOUNT = re.compile(rf"\b(?:this|that)\s+({'|'.join(sorted(set(ACCOUNT_NOUNS.values())))}|account|version)\b",
                           re.I)
#: The words by which a claim writes the findings a denial refers back to ("the findings"): "its report found",
#: "the audit's findings" (see :func:`_brings_up`).
_FINDING_WORDS = frozenset("finding findings found finds".split())
#: Nouns of what a finding body concluded, besides an account's ("the auditors' conclusions", "the inspectors'
#: findings"): what an owner's account may be called.
_CONCLUSION_NOUNS = ("findings", "conclusions")
#: A denial's account named by whose it is, an owner's word in the possessive ("the observers' report", "the
#: opposition's claims", "Mollo's allegations", "the auditors' conclusions"), two words allowed before the noun;
#: group 1 is the owner's word.
_OWNED_ACCOUNT = re.compile(rf"(?<![\w'’-])([^\W\d_][\w-]*?)(?:['’]s|(?<=s)['’])\s+(?:[\w'’-]+\s+){{0,2}}?"
                            rf"(?:{'|'.join([*ACCOUNT_NOUNS, *_CONCLUSION_NOUNS])})\b", re.I)

#: An account's noun and "that", what it alleges written after it ("claims that it hid losses", "suggestions that
#: the terminal was badly run"): a denial holding one spells out itself what it answers.
_SPELLED_ACCOUNT = (rf"(?:{'|'.join(ACCOUNT_NOUNS)}|rumou?rs?|suggestions?|speculation|assertions?|criticism)"
                    r"\s+that\b")
_SPELLED_ALLEGATION = re.compile(rf"\b{_SPELLED_ACCOUNT}", re.I)
#: A denial's blanket rejection of "any" account ("We reject any suggestion that safety was compromised", "rejected
#: any claim that"): it answers whatever was said against its side, which may share no word with it.
_ANY_ACCOUNT = re.compile(rf"\bany\s+{_SPELLED_ACCOUNT}", re.I)
#: A denial that writes the account it answers itself, new to the copy: a verb of denial, then such a noun with
#: "a" or none before it, two words allowed ("has denied a newspaper report that it asked ...", "rejected claims
#: that its troops ..."): it answers no earlier claim but one about what it denies.
_ACCOUNT_WRITTEN_OUT = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|"
                                  r"refut(?:e|es|ed|ing))\s+(?:an?\s+)?(?:[\w'’-]+\s+){0,2}?"
                                  + _SPELLED_ACCOUNT, re.I)
#: Endings dropped to compare words lightly stemmed: "dumped", "dumping" and "dumps" are "dump".
_ENDING = re.compile(r"(?:ing|ed|es|s|e)$")
#: The shortest word that counts as content ("dump", not "the" or "any").
CONTENT_LENGTH = 4

#: A possessive ending a word ("Hollow's" of "Hollow's lawyers").
POSSESSIVE_END = re.compile(r"['’]s?\Z")

#: How many sentences' content words are kept once worked out (see :func:`_content_words`).
_WORDS_KEPT = 1024

#: How many sentences back a denial looks for the allegation it answers.
_ALLEGATION_WINDOW = 6


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
                or _quoted(sentence, voiced)):
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
    claim.": see :func:`framing.source_finders.subject_before_cue`), a document offset, when the sentence marks no
    source span and ``source``, its credit, is that court ("The court found that ...", credited by its subject: see
    :func:`_subject_source`); else ``None``."""
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


def _rebuttals(sentences: Sequence[Sentence], credited: dict[int, str], furniture: Sequence[bool],
               framing: frozenset[int], served: Sequence[frozenset[str]] | None = None,
               clients: Sequence[frozenset[str]] | None = None) -> dict[int, int]:
    """The denial sentences that are their accuser's rebuttal, each with the accuser's own allegation it
    stands by: a source does not deny its own allegation, so "Senator Quill accused Halvex of hiding data.
    Halvex denied it. Quill dismissed the denial." leaves Quill an accuser, not a denier.

    A denial credited to a source is a rebuttal when that source made a claim worded as an allegation in
    the ``_ALLEGATION_WINDOW`` sentences before it, had made no denial of its own before that claim (the
    accused side's counter-charge is no allegation of the exchange) unless the denial answers a denial or stands by
    its own account (see :func:`_answers_a_denial`: "Okafor dismissed her denial."), no other side's claim that the
    denial may answer lies between the two (see :func:`_counter_claim`: "Halvex accused regulators of a smear.
    Regulators said it hid data. Halvex denied hiding data." is Halvex's denial), and either another side's denial
    lies between the two (the accuser answers the denial) or no one else's claim comes before its
    allegation in the window (the accuser opened the exchange and goes on with it). Once another side has denied the
    allegation, its claims not worded as an allegation go on with that denial ("Calloway Labs denied it. A spokesperson
    said the board had miscounted its records."): the accuser's answer to them is a rebuttal; and a source standing
    by its own account ("The board stood by its findings.", see ``_STANDS_BY_OWN``) rebuts whatever came between.
    Page furniture (a headline, caption or promotion: ``furniture``) is no allegation, nor, but for the headline, a
    rebuttal (``framing``, see :func:`framing_denials`), nor is a passive "Senator accused of bribery", which reports
    an allegation against its subject. In order, so an earlier rebuttal is no denial that would make a later one the
    accused side's. A source speaking for a body (``served``, see
    :func:`bodies_served`) is on that body's side: its denial stands by the body's own allegation ("A report by the
    OHCCR found ... Ostrelia rejected the report. A spokesperson for the OHCCR said the office stood by its
    findings.", "Its chief inspector, Dr. Anneliese Korva, said ...").
    A lawyer for a person credited before (``clients``, see :func:`clients_served`) answering another side's denial
    of that person's claim rebuts it, though the claim is not worded as an allegation ("Varga said managers pressed
    her ... Dravik Bank said her claims were unsupported. Her lawyer said the bank's account did not hold up."), and
    so does the claimant's side writing of another side's denial of its claim (see :func:`_denial_answered`:
    "Federation president Ola Brandt said the ministry's denial did not hold up.").
    """
    rebuttals: dict[int, int] = {}
    first_denial: dict[str, int] = {}  # a source -> its first denial that is no rebuttal
    for index, sentence in enumerate(sentences):
        source = credited.get(index)
        if sentence.label != "official_denial" or source is None or index in framing:
            continue
        side = served[index] if served else frozenset()
        own = _own_allegation(sentences, credited, index, source, furniture, side,
                              clients[index] if clients else frozenset())
        if own is not None and (first_denial.get(source, own) >= own or _answers_a_denial(sentences[index].text)) \
                and not _denial_going_on(sentences, credited, rebuttals, index):
            rebuttals[index] = own
        elif (own is None and source not in first_denial and _STANDS_BY.search(sentence.text)
              and (earlier := _rebutted_before(credited, rebuttals, index)) is not None):
            rebuttals[index] = rebuttals[earlier]  # "Eld said the watchdog stood by every figure": rebutting again
        else:
            first_denial.setdefault(source, index)
    return rebuttals


#: Standing by an account, whatever it is ("stood by every figure in its report"): see :func:`_rebutted_before`; not
#: standing by idly as something happens ("denied that his staff stood by as pensioners were overcharged").
_STANDS_BY = re.compile(r"\b(?:stand|stands|stood|standing)\s+(?:firmly\s+)?by\b"
                        r"(?!\s+(?:as|while|when|and|idly|helplessly)\b)", re.I)


def _rebutted_before(credited: dict[int, str], rebuttals: dict[int, int], index: int) -> int | None:
    """The latest rebuttal by the source of the denial at ``index`` in the ``_ALLEGATION_WINDOW`` sentences before
    it, or ``None``: an accuser that has rebutted a denial and denied nothing of its own, standing by its account in
    a sentence labelled a denial past the window of its allegation (see ``_STANDS_BY``: "Fair Line said ... Its
    report found ... [eight sentences] ... Eld said the watchdog stood by every figure"), goes on rebutting, no
    denier."""
    return next((at for at in range(index - 1, max(-1, index - 1 - _ALLEGATION_WINDOW), -1)
                 if at in rebuttals and credited.get(at) == credited.get(index)), None)


def _denial_going_on(sentences: Sequence[Sentence], credited: dict[int, str], rebuttals: dict[int, int],
                     index: int) -> bool:
    """Whether the denial at ``index`` goes on from its source's denial just before it, which is no rebuttal
    ('"Imogen is going nowhere," he said. "She\'s under contract until 2027."'): the same denial, of the same
    allegation, not the source standing by a claim of its own further back."""
    before = index - 1
    return (before >= 0 and sentences[before].label == "official_denial" and before not in rebuttals
            and credited.get(before) == credited.get(index))


#: A denial written of, with a determiner or owner before it ("her denial", "that rejection", "the denials", "the
#: ministry's denial", "Halvex's flat denial"): what a sentence dismissing it answers.
_A_DENIAL = re.compile(r"\b(?:the|that|this|these|those|her|his|its|their|[\w-]+['’]s)\s+(?:[a-z-]+\s+)?"
                       r"(?:denials?|rejections?)\b", re.I)


def _answers_a_denial(text: str) -> bool:
    """Whether the sentence ``text`` answers a denial ("Okafor dismissed her denial.", see ``_A_DENIAL``) or stands
    by its source's own account (see ``_STANDS_BY_OWN``): in a two-sided exchange ("Okafor denied blocking any homes.
    Okafor then accused Hartwell of ... Hartwell denied it. Okafor dismissed her denial."), the source that denied
    another's charge before making its own answers the denial of its own charge: a rebuttal, whatever it denied
    before."""
    return bool(_A_DENIAL.search(text) or _STANDS_BY_OWN.search(text))


#: A source standing by its own account ("The board stood by its findings.", "... stood by the allegation."): an
#: accuser's rebuttal, whatever another side claimed since (see :func:`_own_allegation`).
_STANDS_BY_OWN = re.compile(r"\b(?:stand|stands|stood|standing)\s+(?:firmly\s+)?by\s+(?:(?:its|their|our|his|her)\s+"
                            r"(?:own\s+)?(?:[a-z-]+\s+)?(?:findings?|reports?|account|conclusions?|results?|data|"
                            r"figures|analysis|assessment|claims?|statements?|story|reporting|allegations?|"
                            r"accusations?|charges?)|the\s+(?:allegations?|accusations?|charges?))\b", re.I)


def _own_allegation(sentences: Sequence[Sentence], credited: dict[int, str], index: int, source: str,
                    furniture: Sequence[bool], side: frozenset[str] = frozenset(),
                    clients: frozenset[str] = frozenset()) -> int | None:
    """The allegation ``source``, or a body of its ``side`` (that it speaks for), made that its denial at ``index``
    stands by (see :func:`_rebuttals`): its side's nearest claim worded as one within the window (or, for a lawyer,
    its client's claim that another side denied since: see :func:`_client_claim_denied`; or one another side denied
    since, when the denial writes of that denial: see :func:`_denial_answered`), when no other
    side's claim came since, and another side denied since or no one else claimed anything in the window before it;
    else ``None``."""
    start = max(0, index - _ALLEGATION_WINDOW)
    own = next((j for j in range(index - 1, start - 1, -1) if sentences[j].label == "attributed_claim"
                and _same_side(credited.get(j), source, side) and not furniture[j]
                and (alleges(sentences[j].text, passive=False)
                     or _client_claim_denied(sentences, credited, j, index, source, clients)
                     or _denial_answered(sentences, credited, j, index, source, side))), None)
    if own is None:
        return None
    topic = _content_words(_denial_wording(sentences[index]))
    denied = next((k for k in range(own + 1, index) if sentences[k].label == "official_denial"
                   and not _same_side(credited.get(k), source, side)), index)
    if denied == index and own < index - 1 and _points_back(sentences, credited, index, source, side, furniture):
        return None  # "Quillon denied that." answers the claim just before: no other side has denied its own yet
    # once another side has denied the allegation, its claims not worded as one are that denial's account going on
    # ("A company spokesperson said the board had miscounted its records."), which the accuser's answer stands against
    if not _STANDS_BY_OWN.search(sentences[index].text) and any(
            _counter_claim(sentences[k], credited.get(k), source, topic, side)
            and not _same_side(credited.get(k), source, side) and (k <= denied or alleges(sentences[k].text))
            for k in range(own + 1, index)):
        return None  # the denial answers what another side said since, not the exchange its allegation opened
    answered = denied < index
    opened = not any(sentences[k].label == "attributed_claim" and not _same_side(credited.get(k), source, side)
                     for k in range(start, own))
    return own if answered or opened else None


#: An auxiliary or modal verb, which a clause has and what a denial calls something ("as invention") has not.
_AUXILIARY = r"\b(?:had|has|have|was|were|is|are|did|does|do|would|will|could|can|should|must|might)\b"
#: A denial of a bare "that", "it" or "this", a stop or comma after it or "as" what it is called, no auxiliary verb
#: before the next stop or comma ("Quillon denied that, saying ...", "Orsk disputed it.", "The ministry dismissed
#: that as invention"): the pronoun means what was said just before. Not "denied that as many as 40 men had died",
#: whose "that" opens a clause.
_DENIES_PRONOUN = re.compile(r"\b(?:den(?:y|ies|ied)|disput(?:e|es|ed)|reject(?:s|ed)?|dismiss(?:es|ed)?|"
                             r"refut(?:e|es|ed)|contest(?:s|ed)?)\s+(?:that|it|this)"
                             rf"(?:\s*(?:[,.;:!]|\Z)|\s+as\s(?:(?!{_AUXILIARY})[^,.;:!?])*(?:[,.;:!?]|\Z))", re.I)


def _points_back(sentences: Sequence[Sentence], credited: dict[int, str], index: int, source: str,
                 side: frozenset[str], furniture: Sequence[bool]) -> bool:
    """Whether the denial at ``index`` by ``source`` denies a bare "that" or "it" (see ``_DENIES_PRONOUN``) just
    after another side's claim: before any other side's denial, it answers that claim, no allegation of its own side
    further back ("Quillon Space said engineers found a fault. An engineer said the fault was known in August.
    Quillon denied that.")."""
    before = index - 1
    return (before >= 0 and sentences[before].label == "attributed_claim" and not furniture[before]
            and before in credited and not _same_side(credited[before], source, side)
            and _DENIES_PRONOUN.search(sentences[index].text) is not None)


def _client_claim_denied(sentences: Sequence[Sentence], credited: dict[int, str], claim: int, index: int,
                         source: str, clients: frozenset[str]) -> bool:
    """Whether the ``claim`` is by one of the ``clients`` of ``source``, a lawyer (see :func:`_client_meant`), and a
    source of neither side denied since, before ``index``: the lawyer's denial there answers that denial, though the
    client's claim is not worded as an allegation ("Varga said managers pressed her ... Dravik Bank said her claims
    were unsupported. Her lawyer said the bank's account did not hold up.")."""
    client = credited.get(claim)
    return (client is not None and client in clients
            and any(sentences[k].label == "official_denial" and k in credited
                    and not _same_side(credited[k], source, clients) for k in range(claim + 1, index)))


def _denial_answered(sentences: Sequence[Sentence], credited: dict[int, str], claim: int, index: int, source: str,
                     side: frozenset[str]) -> bool:
    """Whether the sentence at ``index``, by ``source``, answers a denial (see ``_A_DENIAL``: "the ministry's denial
    did not hold up") that another side made of the ``claim`` since, before ``index``: its side's claim, though not
    worded as an allegation ("The Farmers' Federation said the ministry had hidden drought data. The ministry denied
    it. Federation president Ola Brandt said the ministry's denial did not hold up."), is what it stands by."""
    if _answers_denial_before(sentences, credited, claim, index, source, side):
        return True
    return _A_DENIAL.search(sentences[index].text) is not None and any(
        sentences[k].label == "official_denial" and k in credited and not _same_side(credited[k], source, side)
        for k in range(claim + 1, index))


def _answers_denial_before(sentences: Sequence[Sentence], credited: dict[int, str], claim: int, index: int,
                           source: str, side: frozenset[str]) -> bool:
    """Whether the sentence just before ``index`` is another side's denial of the ``claim`` just before it (see
    :func:`_denies_claim`), charging no one itself, and both are worded as denials (see ``DENIAL_CUE``): the
    claimant's side denying straight after that denial answers it, though its claim is not worded as an allegation
    ("The union said the operator had cut the night premium. Calloway denied it. Union spokesman Ada Okafor rejected
    that account."); not a denial that makes a counter-charge ("Calloway denied it and accused the union of
    lying"), which the claimant's side may deny in turn, nor one the model's label alone makes ("Brandt said
    rainfall had been normal.")."""
    before = index - 1
    return (claim == before - 1 and all(DENIAL_CUE.search(sentences[at].text) for at in (before, index))
            and sentences[before].label == "official_denial" and before in credited
            and not _same_side(credited[before], source, side) and not alleges(sentences[before].text)
            and _denies_claim(sentences[before], sentences[claim]))


def _denies_claim(denial: Sentence, claim: Sentence) -> bool:
    """Whether ``denial``, just after ``claim``, denies it: a bare "it" or "that" (see ``_DENIES_PRONOUN``: "Calloway
    denied it.") or a content word of the claim ("denied cutting the premium"); not a denial of another's charge the
    claim only goes on beside ("Auditors said the ministry hid losses. The treasurer said the losses were booked
    late. The ministry denied hiding anything.")."""
    return (_DENIES_PRONOUN.search(denial.text) is not None
            or bool(_content_words(_denial_wording(denial)) & _content_words(claim.text)))


def _same_side(speaker: str | None, source: str, side: frozenset[str]) -> bool:
    """Whether ``speaker`` is ``source`` or one of the bodies of its ``side`` (lower case, see
    :func:`_bodies_spoken_for`), by name, by name without its legal form ("harlow inc" for "a spokesperson for
    Harlow"; see :func:`framing.source_keys.without_legal_form`), by a one-word name written short that opens or ends
    the speaker's, no body's noun ("glimmer" of "A spokesperson for the Glimmer" for "daily glimmer", "dravik" for
    "dravik bank"), or one by the other's initials ("ohccr" and "office of the high commissioner for civic
    rights")."""
    if speaker is None:
        return False
    bare = without_legal_form(speaker)
    words = speaker.split(" ")
    return speaker == source or any(speaker in (body, _initials(body)) or body in (_initials(speaker), bare)
                                    or (body in (words[0], words[-1]) and body not in BODY_NOUNS)
                                    for body in side)


def _initials(name: str) -> str:
    """The initials of the words of ``name`` but its joining words, when they are three or more ("ohccr" of "office of
    the high commissioner for civic rights"); else empty."""
    initials = "".join(word[0] for word in name.split() if word not in ("of", "the", "and", "for"))
    return initials if len(initials) > 2 else ""


def _counter_claim(sentence: Sentence, speaker: str | None, source: str, topic: frozenset[str],
                   side: frozenset[str] = frozenset()) -> bool:
    """Whether ``sentence``, credited to ``speaker``, is another side's claim that a denial by ``source`` (or a body
    of its ``side``) about the words ``topic`` may answer: a claim, or a sentence labelled a denial without a
    denial's wording ("Regulators said the company hid data"), worded as an allegation or sharing a content word
    with the denial; such a denial-labelled one only where it names the denier's side (see :func:`_names_side`): the
    accused side's account of its own matter ("Dravonia said the stations were volunteer-run help desks") is its
    denial, which the accuser's answer rebuts. A sentence worded as a denial ("Halvex denied it") is an answer."""
    if speaker is None or speaker == source or sentence.label not in SPEAKING:
        return False
    if sentence.label == "official_denial" and DENIAL_CUE.search(sentence.text):
        return False
    if alleges(sentence.text):
        return True
    return bool(topic & _content_words(sentence.text)) and (
        sentence.label != "official_denial" or _names_side(sentence, source, side))


def _names_side(sentence: Sentence, source: str, side: frozenset[str]) -> bool:
    """Whether ``sentence`` names ``source`` or a body of its ``side`` outside its own sources (see :func:`_names`):
    by the whole name or its head word when a content word, singular or plural ("the quarry" for "pellow
    quarries")."""
    names = {name for body in (source, *side) for name in _denier_names(body)}
    return _names(sentence, frozenset(names | {_singular(name) for name in names}))


def _singular(word: str) -> str:
    """``word`` without a plural ending: "quarry" of "quarries", "ministry" of "ministries", "firm" of "firms"."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def denial_pairs(sentences: Sequence[Sentence], credited: dict[int, str], rebuttals: dict[int, int],
                  furniture: Sequence[bool], framing: frozenset[int],
                  served: Sequence[frozenset[str]] | None = None) -> list[DenialPair]:
    """Each denial but the ``rebuttals`` (see :func:`_rebuttals`) with its source and the nearest earlier
    allegation it answers: in the window, else a fact-check's "CLAIM:" line or the scoop's lead further back (see
    :func:`_beyond_window`), else the charge a lede's denial comes before, spelled out a few sentences after it (see
    :func:`_allegation_after`).

    A claim credited to a source that denies anywhere in the document is likely the accused side's
    own account ("His lawyer denied it. She said he would appeal."), so claims by sources that never
    deny come first, and among them those worded as an allegation ("accused", "showed", "evidence":
    not a neutral "the agency said the leader toured a factory" in between); when two sides deny
    each other's claims, the nearest claim by anyone but this denier answers. Within each of these,
    a claim naming the denier outside its own sources comes first (see :func:`_names_denier`: "Open Ledger
    accused the transport ministry of ... The report found ... The transport ministry denied it": Open
    Ledger's), then a claim sharing a content word with the denial, before a nearer one that does neither
    ("Activists said the plant dumped waste. The mayor said a meeting would be held. The company
    denied dumping": the activists'). Where no claim by a source that never denies is worded as an allegation, names
    the denier or shares such a word, a named denier's denial answers such a claim by a source that denies elsewhere
    before an unrelated one: the model may read a complaint as a denial ("Councillor Marsh said residents complained
    about noise. People live here, Marsh said."), which makes its source deny; a denial credited to no one may go on
    from its speaker's own claim, which shares its words. A denial that refers back to an account ("dismissed the
    report", "these allegations": see :data:`_DENIED_ACCOUNT`) answers first a claim among these that writes its noun
    ("said in a report") and is credited to a source, whatever else it names: the denial says itself what it answers;
    where no claim by a source that never denies writes it, one by a source that denies elsewhere does, the accuser
    the other side denies too ("Brat said in a statement ... Relic's lawyer rejected the statement."). A
    denial that goes on from the same source's denial just before, or from the denial of a body its source speaks for
    ("Corvane Labs rejected the findings. ... Corvane spokesman Ilan Petrov said"), answers the same allegation. The
    writer's own report of a suit against the denier is an allegation as a charge in the passive is ("Two families sued
    the company. The company denied the allegations.": see :func:`_sues`), and so, after a claim worded as an
    allegation, is its report of a fine or like sanction ("The board fined Dravik Corp for hiding leaks. It denied
    wrongdoing.": see :func:`_sanctions`); a denial of an account that no claim answers
    answers a suit brought by another ("Kellmore was sued by tenants."), else the writer's own report of the account
    ("The embassy has noted articles alleging that its staff spied. It rejects these allegations."). A claim that only
    refers back to the allegations ("Analysts said the allegations could hurt the firm": see :func:`_recaps`) comes
    after any claim that may be the allegation itself. Page furniture
    (``furniture``: a headline, a caption, a "Read more:" line) is no allegation: it frames the copy without being
    anyone's account in it; nor, but for the headline, is it a denial (``framing``, see :func:`framing_denials`:
    "ENDS"), nor a line linking to another story (see :func:`links_elsewhere`). A person or spokesperson a
    mention credited so far writes as speaking for a body (``served``, see :func:`bodies_served`) is that body's
    side: a claim naming the body is about what the denial is about, as one sharing a content word with it ("Kessel
    Research said Acme hid losses ... Acme's president, Tom Vance, denied it", "the Interior Department ... A
    spokeswoman for the Interior Department said": see :func:`_bodies_spoken_for`), after one naming the denier
    itself; and the body's own claim is no allegation its side denies ("The OHCCR said ... A spokesperson for the
    OHCCR said the office stood by its findings")."""
    # a sentence of ``framing`` (a court's ruling, a formula, a question put) is no denial: its source denies nothing
    deniers = {credited[i] for i, s in enumerate(sentences)
               if s.label == "official_denial" and i in credited and i not in rebuttals and i not in framing}
    pairs: list[DenialPair] = []
    checked = [j for j, s in enumerate(sentences) if not furniture[j] and _checked_claim(s)]
    lead = next((j for j in range(len(sentences)) if not furniture[j]), None)
    for index, sentence in enumerate(sentences):
        if (sentence.label != "official_denial" or index in rebuttals or index in framing
                or links_elsewhere(sentence, furniture[index])):
            continue
        denier = credited.get(index)
        bodies = served[index] if served and denier is not None else frozenset()
        if (pairs and pairs[-1]["denial"] == index - 1 and denier is not None
                and (pairs[-1]["source"] == denier or pairs[-1]["source"] in bodies)):
            pairs.append({"denial": index, "source": denier, "allegation": pairs[-1]["allegation"]})
            continue
        if _denies_the_one_before(sentences, credited, index, denier, bodies, furniture):
            pairs.append({"denial": index, "source": denier, "allegation": index - 1})
            continue
        window = range(index - 1, max(-1, index - 1 - _ALLEGATION_WINDOW), -1)
        claims = [j for j in window
                  if sentences[j].label == "attributed_claim" and not furniture[j]
                  and (denier is None or not (_same_side(credited.get(j), denier, bodies)
                                              or _serves(served, j, credited, denier)
                                              or _serves_with(served, j, credited, bodies)))
                  and not (_court_remark(sentences[j], credited.get(j)) and not _names_denier(sentences[j], denier))
                  and not _praise(sentences[j])
                  and not _deniers_own_doing(sentences[j], credited.get(j), deniers, denier, bodies)]
        wording = _denial_wording(sentence)
        topic = _content_words(wording)
        accounts = {ACCOUNT_NOUNS.get(m.group(1).lower(), "finding") for m in _DENIED_ACCOUNT.finditer(wording)}
        # the writer's own allegation against the denier or whom it speaks for: "Pruett allegedly told guards to
        # change their accounts. Pruett's lawyer said the charge was a political stunt."
        # and its report of a suit against the denier: "Two families sued the company. The company denied it."
        own = [j for j in window if j not in credited and not furniture[j] and sentences[j].label == "reported_fact"]
        side = _denier_names(denier) | bodies
        charged = [j for j in own if _accuses_named(sentences[j], side) or _sues(sentences[j], side)]
        if not charged and "charge" in accounts:
            charged = _charge_reported_before(sentences, credited, furniture, index, side)
        # after a claim worded as an allegation: "Globex was fined. Inspectors accused the firm of faking logs."
        sanctioned = [j for j in own if _sanctions(sentences[j], side)]
        # a denial of "the allegations" that no claim answers answers a suit brought by another: "Kellmore was sued
        # by tenants. The company denied the allegations."
        suits = [j for j in own if _suit_by_other(sentences[j], side)] if accounts else []
        # the claims naming the denier, and those naming a body it speaks for, read once for the orderings below
        of_denier = {j for j in claims if _names_denier(sentences[j], denier)}
        of_bodies = {j for j in claims if _names(sentences[j], bodies)}
        # nearest first, those naming the denier as whom they are about, then those about what the denial is
        # about, before the rest
        # a claim naming a body the denier speaks for is about what the denial is about, as one sharing its words
        claims.sort(key=lambda j: (j not in of_denier,
                                   not (topic & _content_words(sentences[j].text) or j in of_bodies)))
        # a recap of the allegations (see :func:`_recaps`) is about them only as the allegation before it is, and
        # comes after the claims that may be the allegation itself ("Analysts said the allegations could hurt the firm")
        recaps = {j for j in claims if _recaps(sentences[j])}
        about = {j for j in claims if (j in of_denier or j in of_bodies or topic & _content_words(sentences[j].text))
                 and j not in recaps}
        # a denial spelling out what it denies answers a claim that says it before a charge or sanction that does not
        charged = _reports_spelled_out(sentences, charged, about, topic, wording)
        sanctioned = _reports_spelled_out(sentences, sanctioned, about, topic, wording)
        neutral = [j for j in claims if credited.get(j) not in deniers]
        if denier is not None and len(neutral) == 1 and _ANY_ACCOUNT.search(wording):
            # the one claim in view by another side is what "any suggestion that" rejects: "The pilots' union said
            # the aircraft was not airworthy. ... The airline said: 'We reject any suggestion that safety was
            # compromised.'"
            about.add(neutral[0])
        if accounts:
            # "the accusations" are no claimant's word of its own step: "the festival said it had decided to withdraw
            # the film" is passed over for the villagers' complaint before it
            neutral.sort(key=lambda j: _OWN_STEP.search(sentences[j].text) is not None)
        neutral.sort(key=lambda j: j in recaps)
        accusing = [j for j in neutral if alleges(_without_recalled(sentences[j]))]
        if any(j in of_denier for j in neutral):
            # evidence worded as an allegation by its verb of finding alone ("About 1.8 million households would pay
            # more, the Brixton Tax Policy Center found.") accuses no one: a claim naming the denier comes before it
            accusing = [j for j in accusing
                        if j in of_denier or alleges(_without_finding_cue(sentences[j]))]
        if any(_accuses_in_words(sentences[j]) for j in accusing):
            # a neutral claim worded as an allegation by a verb of finding alone and about nothing the denial says
            # ("Analyst Tom Reyes said the figures showed Velmora's margins were thinner than its rivals'") is no
            # accusation where another accuses in words ("Regulators accused the company of hiding losses.")
            accusing = [j for j in accusing
                        if _accuses_in_words(sentences[j]) or topic & _content_words(sentences[j].text)]
        # a claim that only writes the noun ("what we think of their claims") and credits no one cites no account
        # by a source that never denies first, else by one that denies elsewhere: the statement its accuser made ("In
        # a statement, Brat said Relic had passed documents abroad."), not a third party's call that names the client;
        # the accuser's own word for its charge too, after any that says more ("Brat said the charges concerned a
        # serious crime."): no third party's recap, but the other side's account of what it charges
        cited = ([j for j in neutral if j in credited and j not in recaps and _brings_up(sentences[j], accounts)]
                 or sorted((j for j in claims if j in credited and _brings_up(sentences[j], accounts)
                            and (j not in recaps or credited[j] in deniers)), key=lambda j: j in recaps)
                 if accounts else [])
        owners = _account_owners(wording)
        owned = ([j for j in claims if j in credited and owners & _content_words(credited[j])]
                 or _owned_further_back(sentences, credited, index, owners, furniture, denier, bodies))
        # a claim about the denier or what it denies: one by a source that never denies first, then, for a named
        # denier, one by any other source before an unrelated claim by a source that never denies (a complaint the
        # model read as a denial, "People live here.", makes its source deny)
        related = [j for j in neutral if j in about] or ([j for j in claims if j in about] if denier else [])
        naming = [j for j in accusing if j in of_denier or j in of_bodies]
        accusing = _allegations_about_it(sentences, accusing, about, related)
        # a denial of "these allegations" that nothing else answers answers the writer's report of them: "The embassy
        # has taken note of articles alleging that its diplomats spied. The Embassy rejects these allegations."
        noted = [j for j in own if alleges(sentences[j].text) or _brings_up(sentences[j], accounts)] if accounts else []
        # "dismissed that statement": "that" or "this" with an account's noun points at the claim just before, by
        # whomever: a source that denies elsewhere may be the accuser the model read as denying ("He said ...")
        just_before = [j for j in claims if j == index - 1 and j in credited]
        pointed = just_before if _THAT_ACCOUNT.search(wording) else []
        # so does a bare "that" ("dismissed that as invention", "denied it, saying ...": see ``_DENIES_PRONOUN``)
        # where no claim names the denier or a body it speaks for, before an accusation of another
        bare = just_before if _DENIES_PRONOUN.search(sentence.text) and not (of_denier | of_bodies) else []
        kinds = (owned, pointed, cited, _saying_what_is_spelled(sentences, claims, topic, sentence.text), naming,
                 charged, bare, accusing, sanctioned, related)
        ranked = next((kind for kind in kinds if kind), [])
        if not ranked and _SPELLED_ALLEGATION.search(wording) is None:
            # a denial that spells out what it denies ("rejected suggestions that the terminal was badly run",
            # "took offense at suggestions that ...") answers no nearby claim that is about none of it; a claim about
            # what it denies further back comes before an unrelated one nearby
            further = _related_further_back(sentences, credited, furniture, index, (denier, bodies), deniers, topic)
            ranked = further or neutral or claims
        ranked = ranked or suits or noted
        if _ACCOUNT_WRITTEN_OUT.search(sentence.text) and not accounts:
            # "The ministry has denied a newspaper report that it asked for the talks to move": only a claim about it,
            # of the first kind that holds one
            allegation = _first_about((*kinds, suits, noted), about | set(charged))
        else:
            allegation = (ranked[0] if ranked
                          else _beyond_window(sentences, credited, index, denier, bodies, checked, lead))
        if allegation is None:
            allegation = _allegation_after(sentences, credited, furniture, index, (denier, bodies), deniers, served)
        pairs.append({"denial": index, "source": denier, "allegation": allegation})
    return pairs


#: How many content words a claim shares with what a denial spells out, at least, to say it (see
#: :func:`_saying_what_is_spelled`).
_SPELLED_WORDS_SHARED = 2


def _saying_what_is_spelled(sentences: Sequence[Sentence], claims: list[int], topic: frozenset[str],
                            denial: str) -> list[int]:
    """The ``claims`` that say what a ``denial`` spells out it denies (a verb of denial before the account: see
    ``_ACCOUNT_WRITTEN_OUT``, "rejected the claim that it had ignored its emergency plan"), sharing
    ``_SPELLED_WORDS_SHARED`` of its content words (``topic``), those sharing the most first, then the nearest (an
    analyst's "the emergency plan had worked" after the regulator's "the company had ignored its emergency plan" says
    less of "the claim that it had ignored its emergency plan"): they come before a claim that only names
    the denier ("'Brennock's customers were let down,' said the regulator's director"), as the denial says itself what
    it answers; none for a denial that spells out nothing, nor for the denier's own account ("said in a statement
    that", "doubled down on his claim that")."""
    if _ACCOUNT_WRITTEN_OUT.search(denial) is None:
        return []
    shared = {j: len(topic & _content_words(sentences[j].text)) for j in claims}
    return sorted((j for j in claims if shared[j] >= _SPELLED_WORDS_SHARED), key=lambda j: (shared[j], j),
                  reverse=True)


def _reports_spelled_out(sentences: Sequence[Sentence], reports: list[int], about: set[int], topic: frozenset[str],
                         wording: str) -> list[int]:
    """The writer's reports of a charge or a sanction against a denier (``reports``) that its denial may answer: where
    the denial spells out what it denies (``wording``, see ``_SPELLED_ALLEGATION``) and a claim ``about`` it shares a
    content word of it (``topic``), only the reports that share one too. "The regulator fined Brennock Power for
    failing to restore supply. The regulator said the company had ignored its emergency plan. Brennock rejected the
    claim that it had ignored its plan." answers the regulator's claim, not the fine, which says nothing of the
    plan."""
    if not (reports and _SPELLED_ALLEGATION.search(wording)
            and any(topic & _content_words(sentences[j].text) for j in about)):
        return reports
    return [j for j in reports if topic & _content_words(sentences[j].text)]


#: How many sentences after a denial that nothing before answers the allegation it answers may still be spelled out
#: (see :func:`_allegation_after`).
_AHEAD = 4


def _allegation_after(sentences: Sequence[Sentence], credited: dict[int, str], furniture: Sequence[bool], index: int,
                      side: tuple[str | None, frozenset[str]], deniers: set[str],
                      served: Sequence[frozenset[str]] | None) -> int | None:
    """The nearest sentence among the ``_AHEAD`` after the denial at ``index``, which nothing before answers, that
    spells out the allegation it denies: a claim worded as an allegation (see
    :func:`framing.source_accusations.alleges`) naming the denier or a body it speaks for (``side``), credited to a
    source that never denies (not one of ``deniers``) nor is on the denier's side, or the writer's own report of a
    charge against them (see :func:`_accuses_named`). A lede gives the denial first and the charge after it ("The
    minister denied wrongdoing on Tuesday. ... Opponents accuse Rennick of steering contracts to a friend's firm.").
    ``None`` for none, or for a denial credited to no one, whom no later sentence can be seen to accuse."""
    denier, bodies = side
    if denier is None:
        return None
    names = _denier_names(denier) | bodies
    for j in range(index + 1, min(len(sentences), index + 1 + _AHEAD)):
        sentence, speaker = sentences[j], credited.get(j)
        if furniture[j]:
            continue
        if speaker is None:
            if sentence.label == "reported_fact" and _accuses_named(sentence, names):
                return j
        elif (sentence.label == "attributed_claim" and speaker not in deniers
              and not (_same_side(speaker, denier, bodies) or _serves(served, j, credited, denier))
              and alleges(_without_recalled(sentence)) and _names(sentence, names)):
            return j
    return None


#: How many sentences before the window of ``_ALLEGATION_WINDOW`` a claim about what a denial denies may still lie
#: (see :func:`_related_further_back`).
_FURTHER_BACK = 12


def _related_further_back(sentences: Sequence[Sentence], credited: dict[int, str], furniture: Sequence[bool],
                          index: int, side: tuple[str | None, frozenset[str]], deniers: set[str],
                          topic: frozenset[str]) -> list[int]:
    """The nearest claim before the window of the denial at ``index`` by the denier (``side``: it and the bodies it
    speaks for), at most ``_FURTHER_BACK`` sentences before it, credited to a source that never denies (not one of
    ``deniers``) nor is on the denier's side (see :func:`_same_side`), naming the denier (see
    :func:`_names_denier`) and sharing two content words with what the denial denies (``topic``), as a list of one
    or none: the allegation it answers, where no claim in the window is about it ("Ana Ruiz said the firm dumped
    waste ... (seven sentences, a biologist's quotation among them) ... The firm denied dumping any waste." is
    Ruiz's, not the biologist's)."""
    denier, bodies = side
    if denier is None:
        return []
    start = index - _ALLEGATION_WINDOW
    return next(([j] for j in range(start - 1, max(-1, start - 1 - _FURTHER_BACK), -1)
                 if sentences[j].label == "attributed_claim" and not furniture[j] and j in credited
                 and credited[j] not in deniers and not _same_side(credited[j], denier, bodies)
                 and len(_with_y(topic) & _with_y(_content_words(sentences[j].text))) >= 2
                 and _names_denier(sentences[j], denier)), [])


def _with_y(words: frozenset[str]) -> frozenset[str]:
    """The content ``words`` (see :func:`_content_words`) with a stem that ends in "i" spelt with "y", as its other
    forms write it: "falsifi" of "falsified" is "falsify" of "falsifying", so that a denial far from the charge it
    answers ("Coldwater Health denied falsifying any list.") still shares its verb with it ("had falsified its
    waiting lists"); read so by the search further back alone (see :func:`_related_further_back`)."""
    return frozenset(word[:-1] + "y" if word.endswith("i") else word for word in words)


def _charge_reported_before(sentences: Sequence[Sentence], credited: dict[int, str], furniture: Sequence[bool],
                            index: int, side: frozenset[str]) -> list[int]:
    """The nearest of the writer's own reports of a charge against ``side`` (see :func:`_accuses_named`) anywhere
    before the denial at ``index``, as a list of one or none: a denial of "the charge" by the accused's side answers
    the charge the copy reported, however far back ("Lucas Merrow has been charged with murder. ... His public
    defender denied the charge."), before an unrelated claim nearer."""
    return next(([j] for j in range(index - 1, -1, -1)
                 if j not in credited and not furniture[j] and sentences[j].label == "reported_fact"
                 and _accuses_named(sentences[j], side)), [])


#: A claim's own rejection of an account ("challenged claims that", "disputed the reports"): a verb of rejecting and
#: one of the account nouns (see ``ACCOUNT_NOUNS``), two words allowed between them.
_REJECTS_ACCOUNT = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject\w*|dismiss\w*|refut\w*|rebut\w*|disput\w*|"
                              rf"challeng\w*)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{'|'.join(ACCOUNT_NOUNS)})\b", re.I)


def _allegations_about_it(sentences: Sequence[Sentence], accusing: list[int], about: set[int],
                          related: list[int]) -> list[int]:
    """The claims worded as an allegation (``accusing``) that a denial may answer before the ``related`` claims about
    what it denies: all of them when one is ``about`` it (they come first) or no related claim alleges anything; else
    none, as an allegation about something else is no answer to it ("The union said managers hid the audit. Critics
    accused the mayor of wasting money. The company denied hiding any audit.": the union's, not the critics'). A
    related claim that itself rejects an account ("Members challenged claims that their activists ...", see
    ``_REJECTS_ACCOUNT``) is one side's answer, no allegation to pass an accusation over for."""
    if any(j in about for j in accusing):
        return accusing
    if any(_REJECTS_ACCOUNT.search(sentences[j].text) is None for j in related):
        return []
    return accusing


#: The verbs of making allegations ("made", "levelled", "raised", "lodged", "brought", "repeated", "filed").
_MAKING = (r"(?:make|makes|made|making|level(?:s|led|ed|ling|ing)?|rais(?:e|es|ed|ing)|lodg(?:e|es|ed|ing)|"
           r"br(?:ing|ings|ought|inging)|repeat(?:s|ed|ing)?|fil(?:e|es|ed|ing))")
#: A definite reference back to allegations already given, two words but a verb of making allowed before the noun
#: ("the allegations", "these accusations", "the union's allegations", "such allegations"; not "the union made
#: allegations"); "claims" and "charges" only just after such a word ("the claims", "these charges"), as after others
#: they may be verbs of saying ("the union claims"); or "allegations" or "accusations" without one ("Allegations of
#: bribery have shaken the town"), group "bare".
_ALLEGATIONS_RECALLED = re.compile(rf"\b(?:(?:the|these|those|such)\s+(?:(?!{_MAKING}\s)[\w'’-]+\s+){{0,2}}?"
                                   r"(?:allegations?|accusations?)|(?:the|these|those|such)\s+(?:claims?|charges?)"
                                   r"|(?P<bare>allegations?|accusations?))\b", re.I)
#: What makes a bare "allegations" (see ``_ALLEGATIONS_RECALLED``) its source's own: "that" spelling them out after it
#: ("allegations that the mayor took bribes"; not "against" whom they are alone, which names old allegations without
#: saying them: "Allegations against the mayor were first made in 2019") (``_ALLEGATIONS_SPELLED``); before it, a
#: verb of making them, two words allowed between ("made allegations", "levelled fresh accusations against"), or a
#: possessive pronoun, the source's ("about her accusation") (``_ALLEGATIONS_OWNED``).
_ALLEGATIONS_SPELLED = re.compile(r"\s+that\b", re.I)
_ALLEGATIONS_OWNED = re.compile(rf"\b(?:{_MAKING}\s+(?:[\w'’-]+\s+){{0,2}}?|(?:her|his|its|their|our|my)\s+)\Z", re.I)


def _recalled(text: str, found: re.Match[str]) -> bool:
    """Whether the allegations ``found`` in ``text`` (see ``_ALLEGATIONS_RECALLED``) are referred back to: definite,
    or bare and not spelled out nor the claim's source's own (see ``_ALLEGATIONS_SPELLED``, ``_ALLEGATIONS_OWNED``):
    "Allegations of bribery have shaken the town" and "Allegations against the mayor were first made in 2019" talk of
    the accuser's claim, "made allegations that" is it."""
    return found.group("bare") is None or not (_ALLEGATIONS_SPELLED.match(text, found.end())
                                               or _ALLEGATIONS_OWNED.search(text, 0, found.start()))


def _without_recalled(claim: Sentence) -> str:
    """The text of ``claim`` without its references back to allegations already given (see :func:`_recalled`):
    "the allegations" words no allegation of the claim's own."""
    text = claim.text
    return _ALLEGATIONS_RECALLED.sub(lambda found: " " if _recalled(text, found) else found.group(), text)


#: A verb of finding or showing among the wordings of an allegation ("showed", "found", "revealed", "identified",
#: "concluded"): evidence cited, which may accuse no one (see :func:`_accuses_in_words`).
_FINDING_WORD = re.compile(r"\b(?:found|finds|show(?:s|ed|n)?|reveal(?:s|ed|ing)?|identif(?:y|ies|ied)|"
                           r"conclud(?:e|es|ed))\b", re.I)


def _accuses_in_words(claim: Sentence) -> bool:
    """Whether ``claim`` is worded as an allegation (see :func:`framing.source_accusations.alleges`) by more than a
    verb of finding or showing (see ``_FINDING_WORD``) and its references back to allegations already given (see
    :func:`_without_recalled`): "Regulators accused the company of hiding losses", "Auditors found the firm guilty of
    fraud"; not "Analyst Tom Reyes said the figures showed Velmora's margins were thinner than its rivals'", a
    neutral claim that only cites evidence."""
    return alleges(_FINDING_WORD.sub(" ", _without_recalled(claim)))


def _recaps(claim: Sentence) -> bool:
    """Whether ``claim`` refers back to allegations already given (see ``_ALLEGATIONS_RECALLED``) and alleges
    nothing itself: "Analysts said the allegations could hurt the firm" talks about the union's claim before it
    ("The union said managers had falsified rosters."), which is what the firm's denial answers."""
    text = claim.text
    return (any(_recalled(text, found) for found in _ALLEGATIONS_RECALLED.finditer(text))
            and not alleges(_without_recalled(claim)))


def _first_about(kinds: Sequence[list[int]], about: set[int]) -> int | None:
    """The first claim ``about`` what a denial spells out, in the first of the ranked ``kinds`` of claims that holds
    one: "Parents said they were not told. 'We found out from a group chat,' one mother said. The head rejected
    claims that parents were kept in the dark" answers the parents' claim, not the mother's, which only the verb
    "found" words as an allegation; ``None`` for none."""
    return next((j for kind in kinds for j in kind if j in about), None)


#: A claim whose content is its source's own step, decided or to come, told in "it" or "they" after a verb of saying
#: ("said it had decided to withdraw", "announced they would appeal"): no allegation against anyone.
_OWN_STEP = re.compile(r"\b(?:said|says|announced|announces|stated|states|added|adds)\s+(?:that\s+)?(?:it|they)\s+"
                       r"(?:(?:had|has|have)\s+decided|would|will)\b")


#: A cue of praise ("hailed", "praised", "welcomed", "applauded", "lauded", "commended"), an auxiliary or adverb allowed
#: before it ("has praised", "generally praised", "was welcomed", "went on to praise"): what it credits is no
#: allegation.
_PRAISE_CUE = re.compile(r"(?:(?:has|have|had|is|are|was|were|been|also|went\s+on\s+to|[a-z]+ly)\s+)*"
                         r"(?:hail|prais|welcom|applaud|laud|commend)(?:ed|es|s|e)?", re.I)
#: A participle of saying after a cue of praise, which gives the praise's reasons ("praised the clinic, saying waits
#: were shorter").
_SAYING_AFTER = re.compile(r"(?:saying|noting|adding|citing|calling)", re.I)


def _praise(claim: Sentence) -> bool:
    """Whether the ``claim``'s first cue is one of praise (see ``_PRAISE_CUE``) and each other one too or a participle
    giving its reasons (see ``_SAYING_AFTER``), and it alleges nothing (see
    :func:`framing.source_accusations.alleges`): "When the deal was signed, ministers hailed it as a triumph",
    "Residents have praised the clinic, saying waits were shorter" allege nothing a later denial ("The minister said
    the deal was sound") answers, whatever words they share."""
    cues = [span.text.strip(EDGE) for span in claim.spans if span.type == "cue"]
    return (bool(cues) and _PRAISE_CUE.fullmatch(cues[0]) is not None
            and all(_PRAISE_CUE.fullmatch(cue) or _SAYING_AFTER.fullmatch(cue) for cue in cues[1:])
            and not alleges(claim.text))


#: Words that a clause's subject holds none of: an auxiliary of the passive or of tense, which ends the subject.
_NO_SUBJECT_WORD = r"(?!(?:was|were|been|being|be|is|are|am|had|has|have|not|never)\b)"
#: A clause whose subject is its speaker itself or what it owns ("it", "we", "its volunteers", "our consular staff"),
#: in the active voice: an auxiliary of tense and an adverb allowed, then a verb of the past ("its volunteers had
#: assisted", "we helped", "it has always supported"); not "its staff were pressed", which someone did to them.
_OWN_DOING = re.compile(rf"\b(?:it|we|(?:its|our)(?:\s+{_NO_SUBJECT_WORD}[\w-]+){{1,2}})"
                        r"\s+(?:(?:had|has|have|did)\s+)?(?:(?:always|also|only|long|simply|just)\s+)?"
                        r"(?!(?:been|was|were|had|has|have|not|never|need|used|failed|refused)\b)[a-z]+ed\b")


def _deniers_own_doing(claim: Sentence, speaker: str | None, deniers: Collection[str], denier: str | None,
                       bodies: frozenset[str]) -> bool:
    """Whether ``claim`` is the account a source that denies elsewhere (one of ``deniers``), or a body of the
    ``denier``'s state or organisation (see :func:`_named_alike`: "the Veltrian embassy"), gives of its own doing
    (see ``_OWN_DOING``: "The embassy said its volunteers had assisted citizens with paperwork."), worded as no
    allegation and naming neither the ``denier`` nor a body of its ``bodies``: it accuses no one, the accused
    side's own story, which another of that side's denials ("Veltria respects the laws of every host country,
    Deputy Minister Hovar said.") does not answer."""
    return (speaker is not None and speaker != denier and (speaker in deniers or _named_alike(speaker, denier))
            and _OWN_DOING.search(_without_sources(claim)) is not None and not alleges(claim.text)
            and not _names_denier(claim, denier) and not _names(claim, bodies))


#: How long a proper word of two sources' names is at least, to be the same name (see :func:`_named_alike`).
_NAME_STEM = 5


def _named_alike(speaker: str, denier: str | None) -> bool:
    """Whether ``speaker`` and ``denier`` share a proper word of their names, one the other's start (a state's name
    and its adjective or possessive: "veltrian embassy" and "veltria's ministry", "veltrian foreign ministry"), a body's
    noun and short words left out: bodies of the same state or organisation."""
    if denier is None:
        return False
    return any(one.startswith(other) or other.startswith(one)
               for one in _proper_words(speaker) for other in _proper_words(denier))


#: Words many bodies' names share, of their reach or their field, which name no one state or organisation: "federal"
#: of "federal rights centre" and "federal interior ministry" makes them no bodies of one side.
_SHARED_NAME_WORDS = BODY_SCOPES | CIVIC_NAME_WORDS | frozenset(
    """foreign interior health justice defence defense rights human public central general united royal
    civil""".split())
#: Words of a source's name that name no state or organisation: bodies' nouns and ``_SHARED_NAME_WORDS``.
_NO_PROPER_WORDS = BODY_NOUNS | _SHARED_NAME_WORDS


def _proper_words(name: str) -> set[str]:
    """The words of a source's ``name`` that may name a state or organisation: no body's noun nor a word many
    bodies' names share (see ``_SHARED_NAME_WORDS``), at least ``_NAME_STEM`` letters long once a possessive or
    plural ending is dropped ("veltria" of "veltria's")."""
    words = (word.rstrip("'’s") for word in name.split() if word not in _NO_PROPER_WORDS)
    return {word for word in words if len(word) >= _NAME_STEM}


def _serves(served: Sequence[frozenset[str]] | None, index: int, credited: dict[int, str], denier: str) -> bool:
    """Whether the source credited with the sentence at ``index`` speaks for ``denier`` (``served``, see
    :func:`bodies_served`: "Brightwell CEO Rowena Tate" for "brightwell"): its claim is the denier's own side's
    account, no allegation it denies."""
    return served is not None and index in credited and denier in served[index]


def _serves_with(served: Sequence[frozenset[str]] | None, index: int, credited: dict[int, str],
                 bodies: frozenset[str]) -> bool:
    """Whether the source credited with the sentence at ``index`` speaks for one of the ``bodies`` a denier speaks
    for (``served``, see :func:`bodies_served`): "Board chief executive Tom Doyle said ... A spokesman for the board
    said it stood by Mr Doyle's remarks." is one side, no denial of its own chief's claim."""
    return served is not None and index in credited and bool(served[index] & bodies)


def _beyond_window(sentences: Sequence[Sentence], credited: dict[int, str], index: int, denier: str | None,
                   bodies: frozenset[str], checked: list[int], lead: int | None) -> int | None:
    """The allegation further back than the window that the denial at ``index``, by ``denier`` (speaking for
    ``bodies``), answers when nothing in the window does: the nearest fact-check's "CLAIM:" line of ``checked`` (see
    :func:`_checked_claim`: "CLAIM: The Marsh campaign said Senator Ada Rowe's plan would raise taxes ..."), else the
    document's ``lead``, its first sentence that is no page furniture, when it is a claim worded as an allegation
    naming the denier ("Harwell Bank hid $40 million of losses, documents seen by the Ledger show."), the scoop the
    copy goes on to detail, or one speaking for a person it names by "him" or "her" alone ("A person close to
    him said he denied the claims.", see :func:`_speaks_for_one_the_lead_names`); not the denier's side's own, nor
    a lead alleging nothing ("Mira Lant admitted she went too far in a sketch filmed with Oskar Brede" for the
    film-maker's defence)."""
    start = index - _ALLEGATION_WINDOW

    def others(j: int) -> bool:
        return denier is None or not _same_side(credited.get(j), denier, bodies)

    claim = next((j for j in reversed(checked) if j < start and others(j)), None)
    if claim is not None:
        return claim
    if (denier is not None and lead is not None and lead < start and others(lead)
            and sentences[lead].label == "attributed_claim" and alleges(sentences[lead].text)
            and (_names_denier(sentences[lead], denier) or _names(sentences[lead], bodies)
                 or _speaks_for_one_the_lead_names(sentences, index, lead, denier))):
        return lead
    return None


def _speaks_for_one_the_lead_names(sentences: Sequence[Sentence], index: int, lead: int, denier: str) -> bool:
    """Whether ``denier``, of the denial at ``index``, speaks for a person named by "him" or "her" alone (see
    ``_OF_SOMEONE_UNNAMED``) whom the ``lead`` may mean: the sentence just before names no person the lead does not
    ("Police arrested Mila Orr, a cashier. A lawyer for her said she denied the theft." is Orr's side, not an
    answer to a lead accusing Mayor Tobin Vell)."""
    return (_OF_SOMEONE_UNNAMED.search(denier) is not None
            and surnames_in(sentences[index - 1].text) <= surnames_in(sentences[lead].text))


#: A denier's name that ends by standing for a person by "him" or "her" alone ("person close to him", "lawyer for
#: her"): the one the copy is about, whom the lead's allegation names (see :func:`_speaks_for_one_the_lead_names`).
_OF_SOMEONE_UNNAMED = re.compile(r"\s(?:him|her)$")


def _checked_claim(sentence: Sentence) -> bool:
    """Whether ``sentence`` opens with a fact-check's "CLAIM:" label (see ``FACT_CHECK_LABEL``): the claim it
    checks, which a denial at the check's end may answer."""
    label = FACT_CHECK_LABEL.match(sentence.text)
    return label is not None and label.group().rstrip(": \t").split()[-1].lower() in ("claim", "claims")


#: What a denial that answers only the sentence before says it denies, once its sources and denial words are left
#: out (see :func:`_denial_wording`): "that", "it", "this" or "the claim" alone ("Ostrander denied that.").
_THE_ONE_BEFORE = re.compile(r"\s*(?:\w+ly\s+)?(?:that|it|this|the\s+(?:claim|suggestion|accusation|allegation|charge))"
                             r"\s*[.!]?\s*", re.I)


#: A verb of speech and whom it is told to, before or after what a denial says ("replied", "told the court").
_SAID = (r"(?:said|says|replied|replies|answered|answers|responded|responds|retorted|retorts|insisted|insists|"
         r"told\s+(?:the\s+)?[\w-]+)")
#: What a denial that calls the sentence before untrue says once its sources are left out, quoted or not ('"That's not
#: true," replied.', "said that was untrue."): it answers that sentence as "denied that" does.
_CALLED_UNTRUE = re.compile(
    rf"\s*(?:{_SAID}\s+)?[\"“]?(?:(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:(?:simply|just|absolutely|completely|"
    r"totally)\s+)?(?:not\s+true|untrue|false|a\s+lie|wrong|incorrect)|not\s+true)[.!,]?[\"”]?\s*,?\s*"
    rf"(?:{_SAID}\s*)?[.!]?\s*", re.I)


def _account_owners(wording: str) -> frozenset[str]:
    """The content words (see :func:`_content_words`) of the owners a denial's ``wording`` names as whose account it
    rejects ("observer" of "dismissed the observers' report", "opposition" of "rejected the opposition's claims"; see
    ``_OWNED_ACCOUNT``): a claim credited to a source of such a word is the one it answers, whatever is nearer."""
    return frozenset().union(*(_content_words(found.group(1)) for found in _OWNED_ACCOUNT.finditer(wording)))


def _owned_further_back(sentences: Sequence[Sentence], credited: dict[int, str], index: int, owners: frozenset[str],
                        furniture: Sequence[bool], denier: str | None, bodies: frozenset[str]) -> list[int]:
    """The nearest claim before the window of the denial at ``index``, at most another window back, credited to a
    source of one of ``owners``, the words of whose account the denial says it rejects (see
    :func:`_account_owners`), and not of the denier's side: a feature may give the auditors' findings, then other
    voices, then "Belgrove Construction rejected the auditors' conclusions", which names what it answers itself.
    Empty for none."""
    if not owners:
        return []
    start = index - 1 - _ALLEGATION_WINDOW
    return next(([j] for j in range(start, max(-1, start - _ALLEGATION_WINDOW), -1)
                 if sentences[j].label == "attributed_claim" and not furniture[j] and j in credited
                 and owners & _content_words(credited[j])
                 and (denier is None or not _same_side(credited[j], denier, bodies))), [])


def _denies_the_one_before(sentences: Sequence[Sentence], credited: dict[int, str], index: int, denier: str | None,
                           bodies: frozenset[str], furniture: Sequence[bool]) -> bool:
    """Whether the denial at ``index`` answers the sentence just before it: it denies only "that", "it" or "the
    claim" (see ``_THE_ONE_BEFORE``), or calls it untrue ('"That's not true," she replied.': see ``_CALLED_UNTRUE``),
    and that sentence is another side's labelled a denial naming the denier or a
    body it speaks for, its suggestion against them, which no claim search reaches ("Defence attorney Mark Haldane
    suggested Ostrander had her own reasons to blame his client. Ostrander denied that."), or the writer's own worded
    as an allegation ("Councillor Tom Kell allegedly moved the funds. Kell denied it."); not the denier's own, nor
    page furniture, nor the writer's charge against another that names the denier only as a witness (see
    :func:`_names_only_beside_charge`), nor the writer's sentence naming neither after a claim that names one (see
    :func:`_claim_naming_before`: its description of the claimant). A claim just before is found by the search,
    which may prefer one naming the denier; so is a third party's rejection after the accused side's denial, which
    is no allegation against it ("Velmar denied it. Dornland rejected that.")."""
    wording = _denial_wording(sentences[index])
    if index == 0 or furniture[index - 1] or not (_THE_ONE_BEFORE.fullmatch(wording)
                                                  or _CALLED_UNTRUE.fullmatch(wording)):
        return False
    before, speaker = sentences[index - 1], credited.get(index - 1)
    if denier is not None and _same_side(speaker, denier, bodies):
        return False
    if before.label == "official_denial" and speaker is not None:
        return _names(before, _denier_names(denier) | bodies)
    names = _denier_names(denier) | bodies
    return (speaker is None and alleges(before.text) and not _names_only_beside_charge(before, names)
            and (_names(before, names) or not _claim_naming_before(sentences, credited, index - 1, names, furniture)))


def _claim_naming_before(sentences: Sequence[Sentence], credited: dict[int, str], index: int, names: frozenset[str],
                         furniture: Sequence[bool]) -> bool:
    """Whether a claim credited to a source in the window before the writer's sentence at ``index`` names one of
    ``names`` (a denier's, lower case) outside its sources: that claim is what the denial answers, and the writer's
    sentence naming none of them describes its claimant ("A clip claims that Brisko tracks riders. The clip, posted
    by @railwatch9, shows a man talking. Brisko denied the claim.")."""
    return any(j in credited and sentences[j].label == "attributed_claim" and not furniture[j]
               and _names(sentences[j], names) for j in range(index - 1, max(-1, index - _ALLEGATION_WINDOW), -1))


def _names_only_beside_charge(fact: Sentence, names: frozenset[str]) -> bool:
    """Whether the writer's ``fact`` reports a charge (see ``_WRITER_ALLEGES``) against someone other than all of
    ``names`` (lower case) while naming one of them elsewhere, a witness or an informer ("Ann Roy was charged with
    fraud after Tom Kell alerted police" for Kell, see :func:`_accuses_named`): no allegation against them."""
    return (_WRITER_ALLEGES.search(fact.text) is not None and _names(fact, names)
            and not _accuses_named(fact, names))


#: The writer's own report of an allegation against someone, in the passive or as a charge's noun: "Pruett allegedly
#: told ...", "was charged with", "is accused of", "pleaded not guilty to", "a charge of obstruction"; not an
#: active "accused X of", someone else's accusation, which may name another of the surname, nor the passive negated
#: ("has not been charged", "was never accused", "hasn't been charged"), which alleges nothing.
_WRITER_ALLEGES = re.compile(
    r"\b(?:allegedly|(?<!not )(?<!never )(?<!n't )(?<!n’t )"
    r"(?:is|was|were|are|been|being)\s+(?:\w+ly\s+)?(?:accused|charged|indicted|arrested|suspected|"
    r"alleged\s+to)|pleaded\s+(?:not\s+)?guilty|(?:charges?|accusations?|allegations?|counts?)\s+of)\b", re.I)


#: A charging document's verb of charging with whom it accuses after it (group "accused", up to "with", "of", "in" or
#: a clause's mark): "The indictment charges Kestrel's finance chief with ...", "the complaint accuses the firm of
#: ..."; the document, not a person, accuses, so whom it names there is the one accused. Not "a lawsuit against"
#: (one may be dropped, "filed papers to drop her lawsuit against Vask").
_FILING_ACCUSES = re.compile(
    r"\b(?:indictment|complaint|(?:law)?suit|charge\s+sheet|petition)\s+(?:\w+ly\s+)?(?:charges|accuses)\s+"
    r"(?P<accused>.+?)(?=\s+(?:with|of|in|for|over|on)\s|[,;:.!?]*$|[,;:])", re.I)


def _accuses_named(fact: Sentence, names: frozenset[str]) -> bool:
    """Whether the writer's ``fact`` reports an allegation (see ``_WRITER_ALLEGES``) against one of ``names`` (lower
    case): written before its first alleging words, past a subordinate clause opening it, where whom it accuses
    stands ("Alan Pruett was charged with ...", "Vask's campaign has faced a string of accusations of ..."); not
    one named after them or in that clause, a witness or an informer ("Ann Roy was charged with fraud after Tom Kell
    alerted police", "After Tom Kell alerted police, Ann Roy was charged with fraud"); or a charging document's, one
    of them named as whom it accuses (see ``_FILING_ACCUSES``: "The indictment charges Kestrel's finance chief
    with")."""
    if any(_writes(found.group("accused"), names) for found in _FILING_ACCUSES.finditer(fact.text)):
        return True
    cue = _WRITER_ALLEGES.search(fact.text)
    if cue is None:
        return False
    opening = SUBORDINATE_OPENING.match(fact.text, 0, cue.start())
    subject = text_key(fact.text[opening.end() if opening else 0:cue.start()])
    return any(re.search(rf"(?<![\w'-]){re.escape(name)}(?![\w-])", subject) for name in names)


def _court_remark(claim: Sentence, speaker: str | None) -> bool:
    """Whether ``claim``, credited to ``speaker``, is a court's or judge's remark that alleges nothing: a source span
    naming a court writes its speaker ("The jury has reached a verdict, Judge Lena Ortez told the courtroom."), and
    no accusing word is in it (see :func:`framing.source_accusations.alleges`). It runs the case; no party's denial
    answers it, unless it names that party ('"Is that true?" Judge Lena Ortez asked Singh.')."""
    if speaker is None or alleges(claim.text):
        return False
    return any(span.type == "source" and names_a_court(span.text)
               and (speaker.split()[-1] in span.text.lower() or _only_source(span, claim)) for span in claim.spans)


def _brings_up(claim: Sentence, accounts: set[str]) -> bool:
    """Whether ``claim`` writes one of the ``accounts`` (nouns of :data:`ACCOUNT_NOUNS`, singular, or "finding")
    that a denial refers back to, singular or plural: "in a report", "its 42-page report found" for "dismissed the
    report", and "its report found" for "the findings" (see ``_FINDING_WORDS``)."""
    return any(ACCOUNT_NOUNS.get(word) in accounts or ("finding" in accounts and word in _FINDING_WORDS)
               for word in re.findall(r"[^\W\d_]+", claim.text.lower()))


def _denial_wording(sentence: Sentence) -> str:
    """What ``sentence`` denies: its text without its sources ("Halden Chemicals") and denial words, which
    a claim shares without being what is denied."""
    return DENIAL_CUE.sub(" ", _without_sources(sentence))


#: A cue that is a verb of finding ("found", "showed", "concluded"): evidence cited, worded as an allegation by the
#: verb alone; not an accusing verb ("accused", "alleged"), which is the allegation itself.
_FINDING_CUE = re.compile(r"(?:has\s+|have\s+|had\s+)?(?:found|finds|find|show(?:s|ed|n)?|reveal(?:s|ed)?|"
                          r"conclud(?:es|ed)|identifi(?:es|ed))", re.I)


def _without_finding_cue(sentence: Sentence) -> str:
    """The text of ``sentence`` with a space for each of its source spans and its cue spans of finding (see
    ``_FINDING_CUE``): what it says, without who found it or the verb by which they did ("found" of "..., the
    center found")."""
    text = sentence.text
    spans = (s for s in sentence.spans
             if s.type == "source" or (s.type == "cue" and _FINDING_CUE.fullmatch(s.text.strip())))
    for span in sorted(spans, key=lambda s: -s.start):
        text = text[:span.start - sentence.start] + " " + text[span.end - sentence.start:]
    return text


def _without_sources(sentence: Sentence) -> str:
    """The text of ``sentence`` with a space for each of its source spans."""
    text = sentence.text
    for span in sorted((s for s in sentence.spans if s.type == "source"), key=lambda s: -s.start):
        text = text[:span.start - sentence.start] + " " + text[span.end - sentence.start:]
    return text


def _names_denier(claim: Sentence, denier: str | None) -> bool:
    """Whether ``claim`` names ``denier`` outside its own sources, as whom it is about ("Open Ledger accused
    the transport ministry of ..." for the transport ministry's denial): by the whole name, or by its head word
    (see :func:`framing.source_keys.head_word`) when that is a content word ("ministry", "corvell"; not "ag" or
    "spokesperson")."""
    return _names(claim, _denier_names(denier)) or _names_firm_by_first_word(claim, denier)


#: A firm's first word, capitalised, before a lower-case noun it qualifies ("Veltrix" of "a flaw in the Veltrix
#: gateway"): group 1 the word; see :func:`_names_firm_by_first_word`.
_FIRST_WORD_BEFORE_NOUN = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{3,})\s+(?=[a-z])")


def _names_firm_by_first_word(claim: Sentence, denier: str | None) -> bool:
    """Whether ``claim`` names the firm ``denier`` ("veltrix systems", its last word a firm's: see
    ``FIRM_NAME_ENDS``) by its first word alone, capitalised inside the sentence before a lower-case noun it
    qualifies, outside its own sources ("It urged hospitals to patch a flaw in the Veltrix gateway" for Veltrix
    Systems' denial): what the claim is about is the firm's product. Not a given name nor a nationality's word
    ("Kessel" of "Kessel Software" may be a place's: "Kesselian"), which name others."""
    if denier is None or " " not in denier:
        return False
    first, _, rest = denier.partition(" ")
    if rest.rpartition(" ")[2] not in FIRM_NAME_ENDS or is_given_name(first) or nationality_places(first.title()):
        return False
    text = _without_sources(claim)
    return any(found.start() > 0 and text_key(found.group(1)) == first
               for found in _FIRST_WORD_BEFORE_NOUN.finditer(text))


#: A body's noun before the "of" of its name ("ministry" of "ministry of agriculture", "department" of "kestoria
#: department of health"), by which copy names it short after naming it whole.
_BODY_BEFORE_OF = re.compile(rf"(?<![\w'-])({'|'.join(sorted(BODY_NOUNS))}) of (?=\w)")


def _denier_names(denier: str | None) -> frozenset[str]:
    """The names by which a sentence names ``denier`` (see :func:`_names_denier`): the whole, and its head word when
    that is a content word; a body's noun before its "of" too ("ministry" of "ministry of agriculture": "The Bakers'
    Guild accused the ministry of ..."); a firm's first word too, as an owner ("kestrel's" of "kestrel freight lines",
    see ``FIRM_NAME_ENDS``: "Kestrel's finance chief"); none for no denier."""
    if denier is None:
        return frozenset()
    head = head_word(denier)
    names = {denier, head} if len(head) >= CONTENT_LENGTH and head not in NOT_CONTENT else {denier}
    names.update(_BODY_BEFORE_OF.findall(denier))
    first = denier.partition(" ")[0]
    if head in FIRM_NAME_ENDS and first != head:
        names.add(f"{first}'s")
    return frozenset(names)


def _names(claim: Sentence, names: frozenset[str]) -> bool:
    """Whether ``claim`` writes one of ``names`` (lower case, whole words) outside its own sources."""
    return _writes(_without_sources(claim), names)


def _writes(text: str, names: frozenset[str]) -> bool:
    """Whether ``text`` writes one of ``names`` (lower case, whole words)."""
    if not names:
        return False
    text = text_key(text)  # a name not in it at all is not searched for as a whole word (most are not)
    return any(name in text and re.search(rf"(?<![\w'-]){re.escape(name)}(?![\w-])", text) for name in names)


#: A suit the writer reports: "was sued" (group "passive": its subject is sued, its agent after "by" sues) or an
#: active "sued", "sues" or "suing" (what follows is sued): see :func:`_suit_parts`.
_SUIT = re.compile(r"\b(?:(?P<passive>(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?sued)|sue[ds]|suing)\b", re.I)


#: A sanction the writer reports, in the passive (group "passive") or active, as :data:`_SUIT` reads a suit: "was
#: fined", "fined", "penalised", "sanctioned", "censured", "reprimanded", "banned", "suspended", "barred" (a charge
#: is :data:`_WRITER_ALLEGES`'s).
_SANCTION = re.compile(r"\b(?:(?P<passive>(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?(?:fined|penali[sz]ed|"
                       r"sanctioned|censured|reprimanded|banned|suspended|barred))|fined|fines|penali[sz]e[ds]|"
                       r"sanctioned|censure[ds]|reprimand(?:ed|s)|banned|bans|suspend(?:ed|s)|barred)\b", re.I)


def _suit_parts(sentence: Sentence, action: re.Pattern[str] = _SUIT) -> tuple[str, str] | None:
    """The words naming the one sued and those naming who sues in ``sentence`` (its text but its sources): "Kellmore
    Homes" and "by tenants in May" of "Kellmore Homes was sued by tenants in May.", "the company in March" and "Two
    families" of "Two families sued the company in March."; ``None`` where it reports no suit. With ``action``
    :data:`_SANCTION`, the same of a sanction: "Dravik Corp $2 million" and "The board" of "The board fined Dravik
    Corp $2 million"."""
    text = _without_sources(sentence)
    found = action.search(text)
    if found is None:
        return None
    before, after = text[:found.start()], text[found.end():]
    return (before, after) if found.group("passive") else (after, before)


def _sues(sentence: Sentence, names: frozenset[str]) -> bool:
    """Whether ``sentence`` reports a suit against one of ``names`` (see :func:`_suit_parts`), named as the one sued
    ("Two families sued the company" against "company"; not "The company sued two families")."""
    parts = _suit_parts(sentence)
    return parts is not None and _writes(parts[0], names)


def _sanctions(sentence: Sentence, names: frozenset[str]) -> bool:
    """Whether the writer's ``sentence`` reports a fine or like sanction against one of ``names`` (see
    :data:`_SANCTION`), named as the one sanctioned ("The board Tuesday fined Dravik Corp $2 million for hiding leaks"
    against "dravik"; not "Dravik fined its supplier"): an allegation the one sanctioned may deny."""
    parts = _suit_parts(sentence, _SANCTION)
    return parts is not None and _writes(parts[0], names)


def _suit_by_other(sentence: Sentence, names: frozenset[str]) -> bool:
    """Whether ``sentence`` reports a suit (see :func:`_suit_parts`) brought by none of ``names``: "Kellmore was sued
    by tenants" for "the company" that denies after it; not "The company sued two families"."""
    parts = _suit_parts(sentence)
    return parts is not None and not _writes(parts[1], names)


#: Roles in which a person speaks for a body, and a body's name beside one (capitalised words, "of" or "and"
#: between, not opening with an article): see :func:`_bodies_spoken_for`; a union's organiser too ("Union organiser
#: Ada Okafor", "Ada Okafor, a union organiser").
_SPEAKING_ROLES = (r"spokes(?:man|woman|person|people|men|women)|president|chief\s+executive|ceo|chair(?:man|woman)?|"
                   r"director|lawyers?|attorneys?|counsel|representatives?|executives?|officials?|founder|owner|head|"
                   r"manager|inspectors?|press\s+secretary|publicists?|organi[sz]ers?")
#: A seat of government whose spokespeople speak for the government it houses too: "the administration" of a White
#: House press secretary (see :func:`_bodies_spoken_for`).
_GOVERNMENT_SEATS = {"white house": "administration"}
#: A word before a speaking role after its owner ("Acme's former chief executive", "the union's vice-president").
_ROLE_BEFORE = r"(?:[a-z-]+\s+|[a-z]+-)?"
_BODY_NAME = r"(?!(?:A|An|The)\s)[A-Z][\w&.'’-]*(?:\s+(?:(?:of|of\s+the|and|&)\s+)?[A-Z][\w&.'’-]*){0,4}"
#: "Acme's president", "Acme's former chief executive"; "a spokeswoman for the Interior Department", "the president
#: of Acme"; "An Interior Department spokeswoman", "Acme CEO Tom Vance".
_BODY_OF_ROLE = re.compile(rf"(?<![\w&.'’-])({_BODY_NAME})['’]s\s+{_ROLE_BEFORE}(?i:{_SPEAKING_ROLES})\b"
                           rf"|\b(?i:{_SPEAKING_ROLES})\s+(?:for|of|at)\s+(?:the\s+)?({_BODY_NAME})(?![\w'’-])"
                           rf"|(?<![\w&.'’-])({_BODY_NAME})\s+(?i:{_SPEAKING_ROLES})\b")
#: A speaking role after a body's noun in lower case ("commission chair Pell Anders", "board chairman Ida Roe"): the
#: noun alone, which :func:`_bodies_by_noun` reads as the latest source of that head word, as it reads "board" of "A
#: board spokesman".
_NOUN_OF_ROLE = re.compile(rf"(?<![\w'’-])({'|'.join(sorted(BODY_NOUNS))})\s+(?i:{_SPEAKING_ROLES})\b")
#: A speaking role for a body written by its noun alone after "the" ("a spokesman for the ministry", "a spokeswoman
#: at the agency"; group 1 the noun): read as the latest source of that head word, as ``_NOUN_OF_ROLE`` is.
_ROLE_FOR_NOUN = re.compile(rf"\b(?i:{_SPEAKING_ROLES})\s+(?:for|of|at)\s+the\s+({'|'.join(sorted(BODY_NOUNS))})"
                            r"(?![\w'’-])")
#: A speaking role owned by a body written by a pronoun or a body's noun ("Its chief inspector", "the board's
#: director"): see :func:`_owners_meant`.
_OWNED_ROLE = re.compile(rf"(?<![\w'’-])(?:(?i:its|their)|(?i:the)\s+(?P<noun>{'|'.join(sorted(BODY_NOUNS))})['’]s)"
                         rf"\s+{_ROLE_BEFORE}(?i:{_SPEAKING_ROLES})\b")
#: Words that open or end such capitals without naming a body ("The", "Former", "Vice", "Senior"; "Her" of "Her
#: spokesman").
_NO_BODY_WORDS = frozenset("""the a an former vice senior deputy acting interim assistant executive general chief
    co associate managing his her their its our my your republican democratic democrat
    monday tuesday wednesday thursday friday saturday sunday""".split())
#: A minister's title with the portfolio before or after it ("Finance Minister Karel Duval", "the finance minister",
#: "Minister of Finance", "Minister for Health"; group 1 or 2 the portfolio, one word): the minister speaks for that
#: ministry, "the finance ministry" or "the Ministry of Finance" (see :func:`_bodies_spoken_for`); not a prime
#: minister's, whose "ministry" is no body.
_MINISTER_OF = re.compile(r"(?<![\w'’-])(?:(?!(?i:prime|deputy|vice|former|acting|junior|the|a)\s)([A-Za-z]+)\s+"
                          r"(?i:minister)|(?i:minister)\s+(?:of|for)\s+(?:the\s+)?([A-Za-z]+))(?![\w'’-])")
#: A spokesperson's credit with its body before ("interior department spokesperson"), or a role's with it after
#: "for" ("lawyer for oskell").
_CREDITED_BODY = re.compile(r"^(.+?)\s+spokesperson$|^[a-z]+\s+for\s+(?:the\s+)?(.+)$")


def release_issuers(sentences: Sequence[Sentence], furniture: Sequence[bool], credited: dict[int, str]) -> set[str]:
    """The issuer of a press release that its closing lines name (page ``furniture``: "About Brightwell Energy",
    "SOURCE Brightwell Energy plc", see :func:`framing.furniture.release_issuer`), or its first sentence of the copy as
    the subject after its wire dateline ("HARLOW, March 3, 2026 /PRNewswire/ -- Tessary Freight Ltd. today announced":
    see :func:`framing.furniture.wire_release_issuer`), or its media contact line as the contact's employer when another
    sentence names it too ("Media contact: Ola Brandt, Tessary Freight": see :func:`framing.furniture.contact_issuer`;
    a PR agency's name written there alone is none), without its legal form, with the sources ``credited`` by its name
    short of its last word ("brightwell" of "brightwell energy") or with its legal form ("tessary freight ltd");
    none for a text without such a line."""
    issuers = {without_legal_form(text_key(name)) for sentence, flag in zip(sentences, furniture) if flag
               for name in [release_issuer(sentence.text)] if name is not None}
    lead = next((sentence for sentence, flag in zip(sentences, furniture) if not flag), None)
    named = wire_release_issuer(lead.text) if lead is not None else None
    if named is not None:
        issuers.add(without_legal_form(text_key(named)))
    for at, sentence in enumerate(sentences):
        contact = contact_issuer(sentence.text)
        employer = without_legal_form(text_key(contact)) if contact is not None else ""
        if employer and any(_writes(other.text, frozenset({employer})) for j, other in enumerate(sentences) if j != at):
            issuers.add(employer)
    shorts = {issuer.rpartition(" ")[0] for issuer in issuers}
    return issuers | {name for name in credited.values() if name in shorts or without_legal_form(name) in issuers}


#: How a press release calls its issuer by its kind alone ("The company also confirmed ..."): the issuer.
_ISSUER_NOUNS = frozenset("company firm group".split())
#: A company officer's title ("Chief Executive Officer", "CFO", "President", "Chairwoman", "Managing Director"): in a
#: press release, one written with no other employer speaks for the issuer (see :func:`_officer_alone`).
_OFFICER_TITLE = re.compile(r"\b(?:chief(?:\s+[a-z]+){1,2}\s+officer|c[efot]o|(?:vice\s+)?president|"
                            r"chair(?:man|woman|person)?|managing\s+director|(?:co-?)?founder|general\s+manager)\b",
                            re.I)


def _officer_alone(mention: str, source: str) -> bool:
    """Whether ``mention``, the words ``source`` was credited by, holds a company officer's title (see
    ``_OFFICER_TITLE``) and no capitalised word but the title's and the source's own ("Chief Executive Officer Rowena
    Tate", "Rowena Tate, chief financial officer"; not "Chief Executive Officer Ana Lind of Velta Motors")."""
    title = _OFFICER_TITLE.search(mention)
    if title is None:
        return False
    rest = mention[:title.start()] + " " + mention[title.end():]
    return {text_key(word) for word in re.findall(r"[A-Z][\w'’-]*", rest)} <= set(source.split()) | _NO_BODY_WORDS


def bodies_served(sentences: Sequence[Sentence], credited: dict[int, str],
                   mentions: Mapping[int, Mention], issuers: Collection[str] = ()) -> list[frozenset[str]]:
    """For each sentence, the bodies its credited source speaks for, as the mentions it was credited by up to that
    sentence write them (see :func:`_bodies_spoken_for`, and :func:`_owners_meant` for a body written as "its" or
    "the authority's"; with no body of that noun credited before, the first one credited after: "The agency's
    director, Ana Ruiz, said ... The agency denied ...", or the body of that noun a later source speaks for, from the
    officer's first sentence on: "The board's chief executive, Tom Doyle ... A spokesman for the board"), and in a
    press release (``issuers``: see :func:`release_issuers`) the issuer for an officer written by title alone (see
    :func:`_officer_alone`: "said Chief Executive Officer Rowena Tate") and for "the company" (see
    ``_ISSUER_NOUNS``); none for a sentence credited to no one."""
    starts = [sentence.start for sentence in sentences]
    serves: dict[str, set[str]] = {}  # a source -> the bodies its mentions so far say it speaks for
    served: list[frozenset[str]] = []
    before: list[str] = []  # the sources credited so far, the latest last
    awaited: dict[str, set[str]] = {}  # a source -> the nouns of bodies its "the agency's director" owns, none credited
    for index in range(len(sentences)):
        source = credited.get(index)
        if source is not None:
            mention = _mention_text(sentences, starts, mentions.get(index))
            written = mentions.get(index)
            at = index if written is None else bisect_right(starts, written[0]) - 1  # the sentence holding it
            lead = _mention_lead(sentences, starts, written)
            spoken_for = _bodies_spoken_for(source, mention)
            for other, nouns in awaited.items():  # the first body of that noun credited after the mention
                if other != source and head_word(source) in nouns:
                    nouns.discard(head_word(source))
                    serves.setdefault(other, set()).add(source)
                elif other != source and (spoken := nouns & spoken_for):
                    # "The board's chief executive, Tom Doyle ... A spokesman for the board": both speak for it,
                    # Doyle from his first mention on
                    nouns.difference_update(spoken)
                    serves.setdefault(other, set()).update(spoken)
                    served = [bodies | spoken if credited.get(at_before) == other else bodies
                              for at_before, bodies in enumerate(served)]
            owners = _owners_meant(mention, source, before, sentences[at - 1] if at > 0 else None,
                                   credited.get(at - 1))
            owned = _OWNED_ROLE.search(mention)
            if not owners and owned is not None and owned.group("noun"):
                awaited.setdefault(source, set()).add(owned.group("noun").lower())
            serves.setdefault(source, set()).update(
                spoken_for, _bodies_by_noun(spoken_for, source, before),
                _company_meant(mention, source, sentences[at - 1] if at > 0 else None, credited.get(at - 1)),
                _named_spokesperson_meant(mention, source, sentences[at - 1] if at > 0 else None, credited.get(at - 1)),
                owners or _civic_group_meant(mention, source, sentences, credited, at, lead),
                _firm_by_short_name(lead, mention, source, before),
                _account_authored(mention, _mention_tail(sentences, starts, written), source, sentences, starts,
                                  credited, mentions, at),
                issuers if not spoken_for and (_officer_alone(mention, source) or source in _ISSUER_NOUNS) else ())
            before.append(source)
        served.append(frozenset(serves.get(source, ())) if source is not None else frozenset())
    return served


#: A legal representative owned by "her" or "his" opening a mention ("Her lawyer, Benedikt Aurel", "his attorney"):
#: group "pronoun" the owner's pronoun; see :func:`_client_meant`.
_CLIENTS_LAWYER = re.compile(r"(?P<pronoun>[Hh]er|[Hh]is)\s+(?:[a-z-]+\s+)?(?:lawyers?|attorneys?|counsel|"
                             r"solicitors?|legal\s+team)\b")


#: A lawyer's mention opening with the client's capitalised name in the possessive ("Merrow's public defender",
#: "Lucas Merrow's attorneys"; group "client" the name).
_NAMED_CLIENTS_LAWYER = re.compile(r"(?P<client>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s?\s+(?:[a-z-]+\s+)?"
                                   r"(?:lawyers?|attorneys?|counsel|solicitors?|legal\s+team|defenders?)\b")


def clients_served(sentences: Sequence[Sentence], credited: dict[int, str],
                    mentions: Mapping[int, Mention]) -> list[frozenset[str]]:
    """For each sentence, the clients its credited source is a lawyer for, as the mentions it was credited by up to
    that sentence write them (see :func:`_client_meant`); none for a sentence credited to no one."""
    starts = [sentence.start for sentence in sentences]
    clients: dict[str, set[str]] = {}
    served: list[frozenset[str]] = []
    for index in range(len(sentences)):
        source = credited.get(index)
        if source is not None:
            mention = _mention_text(sentences, starts, mentions.get(index))
            clients.setdefault(source, set()).update(_client_meant(sentences, credited, index, mention))
        served.append(frozenset(clients.get(source, ())) if source is not None else frozenset())
    return served


def _client_meant(sentences: Sequence[Sentence], credited: dict[int, str], index: int, mention: str) -> set[str]:
    """The person credited before sentence ``index`` whose lawyer the ``mention`` of its source opens by "her" or
    "his" (see ``_CLIENTS_LAWYER``: "Her lawyer, Benedikt Aurel"): the latest one that may be a person (see
    :func:`_client_like`), when their given name is not of the other sex and the sentences from their latest claim on
    write no other capitalised name outside their sources but a source's ("Prosecutors said Lasko paid bribes. His
    lawyer ..." is Lasko's, no source). The lawyer speaks on their client's side ("Varga said ... Dravik Bank said
    her claims were unsupported. Her lawyer ... said the bank's account did not hold up." answers the bank's
    denial)."""
    named = _NAMED_CLIENTS_LAWYER.match(mention.strip(EDGE))
    if named is not None:
        return {text_key(named.group("client"))}  # "Merrow's public defender, Graham Lisle": Merrow's side
    found = _CLIENTS_LAWYER.match(mention.strip(EDGE))
    if found is None:
        return set()
    sex = "she" if found.group("pronoun").lower() == "her" else "he"
    source = credited.get(index)
    words = {word for j in credited if j < index for word in credited[j].split()}
    for j in range(index - 1, -1, -1):
        if any(text_key(name) not in words for name in _NAMES_WRITTEN.findall(_without_sources(sentences[j]))):
            return set()  # "Lasko" of "Prosecutors said Lasko paid bribes": whom "his" means is unclear
        name = credited.get(j)
        if name is None or name == source or not _client_like(name):
            continue
        return {name} if given_name_sex(name.split(" ", 1)[0]) in (None, sex) else set()
    return set()


#: A capitalised word that does not open its sentence: a name written (see :func:`_client_meant`).
_NAMES_WRITTEN = re.compile(r"(?<=[\s(“\"‘'])[A-Z][\w'’-]*")


def _client_like(name: str) -> bool:
    """Whether the source ``name`` may be a lawyer's client, a person: a name opening with a known given name ("anna
    varga"), or one word that names no one in general nor a body ("varga"; not "prosecutors", "police": see
    :func:`generic_source`)."""
    return (given_name_sex(name.split(" ", 1)[0]) is not None
            or (" " not in name and name not in BODY_NOUNS and not generic_source(name, name.capitalize())))


def _owners_meant(mention: str, source: str, before: list[str], previous: Sentence | None,
                  previous_source: str | None) -> set[str]:
    """The body credited before (``before``: the sources credited so far, the latest last) that a mention of
    ``source`` writes as owning its speaking role ("Its chief inspector, Dr. Anneliese Korva", "Dr. Anneliese Korva,
    the board's chief inspector": see ``_OWNED_ROLE``): for "its" or "their", ``previous_source``, the credit of the
    sentence just before the mention's (``previous``), when it is no person and that sentence names no other body
    ("The board stood by its findings, and the Health Ministry opened an inquiry. Its chief inspector" may be the
    ministry's: see :func:`_names_other_body`); for "the board's", the latest one of that head word (see
    :func:`framing.source_keys.head_word`)."""
    owned = _OWNED_ROLE.search(mention)
    if owned is None:
        return set()
    noun = owned.group("noun")
    if noun is None:
        return _body_just_before(source, previous, previous_source)
    others = [name for name in before if name != source]
    return next(({name} for name in reversed(others) if head_word(name) == noun.lower()), set())


def _body_just_before(source: str, previous: Sentence | None, previous_source: str | None) -> set[str]:
    """``previous_source``, the credit of the sentence ``previous`` just before a mention of ``source``, as the body
    that mention's "its" or "the company" means: when it is a body, not ``source`` nor a person, and that sentence
    names no other body (see :func:`_names_other_body`); else none."""
    if (previous is None or previous_source is None or previous_source == source
            or _a_person_by_name(previous_source) or _names_other_body(previous, previous_source)):
        return set()
    return {previous_source}


#: A speaking role for a business written by its noun alone ("A spokesman for the company", "a company
#: spokeswoman", "Company spokesman Jorrit Haag"; not "Kessel Company spokesman"): see :func:`_company_meant`.
_COMPANY_ROLE = re.compile(rf"\b(?i:{_SPEAKING_ROLES})\s+(?:for|of|at)\s+the\s+(?:{'|'.join(sorted(COMPANY_WORDS))})\b"
                           rf"|(?:^|(?<![\w'’-])(?i:an?|the)\s+)(?i:{'|'.join(sorted(COMPANY_WORDS))})\s+"
                           rf"(?i:{_SPEAKING_ROLES})\b")


def _company_meant(mention: str, source: str, previous: Sentence | None, previous_source: str | None) -> set[str]:
    """The body credited just before that a ``mention`` of ``source`` speaking for "the company" or "the firm" means
    (see ``_COMPANY_ROLE``: "Vellmark Water denied it. A spokesman for the company, Jorrit Haag, said": Vellmark
    Water's side, see :func:`_body_just_before`), which the noun alone, no name, does not write."""
    return _body_just_before(source, previous, previous_source) if _COMPANY_ROLE.search(mention) else set()


#: A spokesperson written with "a" alone and named after a comma ("A spokesman, Ivo Marten", "a spokeswoman, Lira
#: Tamsen"): see :func:`_named_spokesperson_meant`.
_A_SPOKESPERSON_NAMED = re.compile(r"(?i:an?)\s+spokes(?:man|woman|person)\s*,\s+[A-Z]")


def _named_spokesperson_meant(mention: str, source: str, previous: Sentence | None,
                              previous_source: str | None) -> set[str]:
    """The body credited just before that a ``mention`` of ``source`` as "a spokesman" named after a comma speaks for
    (see ``_A_SPOKESPERSON_NAMED``: "Velmar's agriculture ministry dismissed the claims. A spokesman, Ivo Marten,
    said ...": the ministry's side, see :func:`_body_just_before`), as "A spokesman" alone is read as its
    spokesperson: its denial goes on from the body's and answers the same allegation. Only after the body's own
    denial (the sentence ``previous``): after an accuser's claim ("Clearwater Watch said the tankers went dark. A
    spokesman, Teodor Vask, said ...") the spokesperson may be the accused's, whose denial answers that claim."""
    if previous is None or previous.label != "official_denial" or not _A_SPOKESPERSON_NAMED.match(mention.strip(EDGE)):
        return set()
    return _body_just_before(source, previous, previous_source)


#: Lower-case words by which a text writes a body as a group ("the Red Hand militia", "an armed group"): with one
#: written near, "the group's spokesman" may be that body's (see :func:`_civic_group_meant`).
_GROUP_WORDS = re.compile(r"\b(?:groups?|organi[sz]ations?|militias?|rebels?|factions?|gangs?)\b")


def _civic_group_meant(mention: str, source: str, sentences: Sequence[Sentence], credited: dict[int, str], at: int,
                       lead: str) -> set[str]:
    """The civic body that a mention of ``source`` in the sentence at ``at`` (``lead``: its words before the
    mention) writes as "the group's" or "the organisation's" speaking role when no source of that head word was
    credited (see :func:`_owners_meant`): the one body credited before whose name says it is a civic one ("Safeguard
    Rights Watch", see ``CIVIC_NAME_WORDS``), when no word for a group (see ``_GROUP_WORDS``) is written outside
    quotation marks from its latest credit to the mention: "Safeguard Rights Watch accused the Red Hand militia of
    ... said Tor Vask, the group's spokesman" may be the militia's."""
    owned = _OWNED_ROLE.search(mention)
    if owned is None or (owned.group("noun") or "").lower() not in ("group", "organisation", "organization"):
        return set()
    civic = {credited[j]: j for j in sorted(credited) if j < at and credited[j] != source
             and set(credited[j].split()) & CIVIC_NAME_WORDS}
    if len(civic) != 1:
        return set()
    (body, last), = civic.items()
    written = " ".join(sentence.text for sentence in sentences[last:at]) + " " + lead
    return set() if _GROUP_WORDS.search(QUOTED_RUN.sub(" ", written)) else {body}


def _bodies_by_noun(bodies: set[str], source: str, before: list[str]) -> set[str]:
    """For each of ``bodies`` that is a body's noun alone ("board" of "A board spokesman", credited "board
    spokesperson"), the latest source credited before (``before``, the latest last) but ``source`` of that head word
    ("food and drug board"), as "the board's chief inspector" reads (see :func:`_owners_meant`)."""
    owners = (next((name for name in reversed(before) if name != source and head_word(name) == noun), None)
              for noun in bodies & BODY_NOUNS)
    return {owner for owner in owners if owner is not None}


#: A run of capitalised words, "of", "of the", "and" or "&" between them ("Health Ministry", "Bank of Ostria").
_CAPITALISED_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w&.'’-]*(?:\s+(?:(?:of|of\s+the|and|&)\s+)?[A-Z][\w&.'’-]*)*")
#: Month names, capitalised words that name no body ("in May").
_MONTH_WORDS = frozenset("""january february march april may june july august september october november
    december""".split())
#: Titles with a stop that open a person's name ("Dr. Anneliese Korva"), no body's.
_HONORIFICS = frozenset("dr. mr. mrs. ms. mx. prof. sen. rep. gov. gen. lt. col. capt. sgt. det. insp. supt.".split())


def _names_other_body(sentence: Sentence, body: str) -> bool:
    """Whether ``sentence`` writes a capitalised name that is not of ``body`` (a canonical source): a run of
    capitals (see ``_CAPITALISED_RUN``) past the sentence's first word alone ("The", "Its"), with words but those of
    ``_NO_BODY_WORDS`` and months, not a person's (a known given name or a title of ``_HONORIFICS`` first: "Dr."),
    and not all of ``body``'s words ("the Health Ministry" beside "food and drug board"; not "The board")."""
    own = set(body.split())
    for run in _CAPITALISED_RUN.finditer(sentence.text):
        words = text_key(run.group().rstrip(".")).split()  # a sentence's stop is no part of it
        if run.start() == len(sentence.text) - len(sentence.text.lstrip(EDGE)) and len(words) == 1:
            continue  # the sentence's first word: "The", "Officials"
        words = [word for word in words if word not in _NO_BODY_WORDS and word not in _MONTH_WORDS]
        if words and not set(words) <= own and given_name_sex(words[0]) is None and words[0] not in _HONORIFICS:
            return True
    return False


#: An author of an account a source was credited by ("the study's lead author", "the report's co-author", "lead
#: author of the study"): group "account" or "of" its noun; see :func:`_account_authored`.
_ACCOUNT_AUTHOR = re.compile(r"\b(?:the|this)\s+(?P<account>study|report|survey)['’]s\s+(?:(?:lead|senior|principal|"
                             r"main|first)\s+)?(?:co-?)?authors?\b|\b(?:the\s+)?(?:(?:lead|senior|principal|main|first)"
                             r"\s+)?(?:co-?)?authors?\s+of\s+the\s+(?P<of>study|report|survey)\b", re.I)


#: A relative clause set after a person's name saying they led or wrote an account (", who led the study", ", who
#: co-wrote the report"): group "account" its noun; see :func:`_author_by_clause`.
_AUTHOR_CLAUSE = re.compile(r",\s*who\s+(?:(?:also|had)\s+)?(?:co-?)?(?:led|wrote|authored|conducted)\s+the\s+"
                            r"(?P<account>study|report|survey)\b", re.I)


def _author_by_clause(mention: str, tail: str) -> str | None:
    """The noun of the account that a relative clause opening within or just after the ``mention`` says its person
    led or wrote (see ``_AUTHOR_CLAUSE``: "study" of "Dr. Lise Fjeld, who led the study, stands by it", the
    mention perhaps cut inside the clause, "Dr. Lise Fjeld, who led"), ``tail`` the words of its sentence after
    it; ``None`` for none, or a clause further on ("Ruiz said Vell, who led the study, was wrong" is no author's)."""
    written = mention + tail
    comma = written.find(",")  # where a relative clause after the name may open
    found = _AUTHOR_CLAUSE.match(written, comma) if 0 <= comma <= len(mention) else None
    return found.group("account").lower() if found is not None else None


def _account_authored(mention: str, tail: str, source: str, sentences: Sequence[Sentence], starts: list[int],
                      credited: dict[int, str], mentions: Mapping[int, Mention], at: int) -> set[str]:
    """The source credited before the sentence at ``at`` by a mention writing the account whose author the
    ``mention`` of ``source`` writes (see ``_ACCOUNT_AUTHOR``: "A study by researchers at Alder University found
    ... said Dr. Ines Varley, the study's lead author"), or a relative clause after it says (``tail``, the words of
    its sentence after it: "Dr. Lise Fjeld, who led the study,"; see :func:`_author_by_clause`), the latest such:
    the author is on that account's side. Not a sentence writing the account outside the mention it was credited
    by ("Vidlo said the study was flawed")."""
    found = _ACCOUNT_AUTHOR.search(mention)
    noun = (found.group("account") or found.group("of")).lower() if found else _author_by_clause(mention, tail)
    if noun is None:
        return set()
    account = {noun}
    for j in range(at - 1, -1, -1):
        other = credited.get(j)
        if other is not None and other != source and any(
                ACCOUNT_NOUNS.get(word) in account
                for word in re.findall(r"[^\W\d_]+", _mention_text(sentences, starts, mentions.get(j)).lower())):
            return {other}
    return set()


#: A firm's own speaking role after the firm's name, which no place has ("Grayfin founder", "Grayfin's co-founder",
#: "Grayfin CEO", "a Grayfin spokeswoman"; not "New York lawyer"): see :func:`_firm_by_short_name`.
_FIRM_ROLE = re.compile(rf"(?<![\w&.'’-])({_BODY_NAME})\s+(?:(?i:co-?founder|founder|owner|ceo"
                        r"|chief\s+executive|spokes(?:man|woman|person)))\b")


def _firm_by_short_name(lead: str, mention: str, source: str, before: list[str]) -> set[str]:
    """The body credited before (``before``: the sources credited so far) that a mention of ``source``, or the words
    ``lead`` of its sentence just before it, write by its name without its last word before a firm's own role
    ("Grayfin founder Nate Ellery", "Nate Ellery, Grayfin's founder" after "Grayfin Research": see ``_FIRM_ROLE``):
    the person speaks for that firm."""
    written = lead + mention
    shorts = {text_key(POSSESSIVE_END.sub("", found.group(1))) for found in _FIRM_ROLE.finditer(written)
              if found.end() >= len(lead.rstrip())}
    if not shorts:
        return set()  # most mentions write no firm's role: the sources credited so far are not read for each
    return {name for name in before if name != source and name.rpartition(" ")[0] in shorts}


def _a_person_by_name(source: str) -> bool:
    """Whether the canonical ``source`` reads as a person: a nameless role (see :func:`nameless_person`) or a name
    opening with a known given name ("mara lind")."""
    return nameless_person(source) or given_name_sex(source.split(" ", 1)[0]) is not None


def _mention_text(sentences: Sequence[Sentence], starts: list[int], mention: Mention | None) -> str:
    """The words a credit's ``mention`` (document offsets) writes, read from the sentence holding it (``starts``:
    the sentences' starts); empty when there is none."""
    if mention is None:
        return ""
    at = bisect_right(starts, mention[0]) - 1
    if at < 0:
        return ""
    sentence = sentences[at]
    return sentence.text[mention[0] - sentence.start:mention[1] - sentence.start]


def _mention_tail(sentences: Sequence[Sentence], starts: list[int], mention: Mention | None) -> str:
    """The words of the sentence holding a credit's ``mention`` (document offsets) after it (see
    :func:`_mention_lead`); empty when there is none."""
    if mention is None:
        return ""
    at = bisect_right(starts, mention[0]) - 1
    return sentences[at].text[mention[1] - sentences[at].start:] if at >= 0 else ""


def _mention_lead(sentences: Sequence[Sentence], starts: list[int], mention: Mention | None) -> str:
    """The words of the sentence holding a credit's ``mention`` (document offsets) before it, its spaces kept (see
    :func:`_mention_text`); empty when there is none."""
    if mention is None:
        return ""
    at = bisect_right(starts, mention[0]) - 1
    return sentences[at].text[:mention[0] - sentences[at].start] if at >= 0 else ""


def _bodies_spoken_for(source: str, mention: str) -> set[str]:
    """The bodies (lower case) that ``source``, credited from the words ``mention``, speaks for: a spokesperson's or
    a role's body its credit writes ("interior department spokesperson", "lawyer for oskell"), and the body a
    speaking role of the mention is written with ("Acme's president, Tom Vance", "Tom Vance, the president of Acme",
    "A spokeswoman for the Interior Department", "Acme CEO Tom Vance": see ``_BODY_OF_ROLE``), or a body's noun
    in lower case before a speaking role ("commission chair Pell Anders": see ``_NOUN_OF_ROLE``) or after it with "the"
    ("Ivo Marten, a spokesman for the ministry": see ``_ROLE_FOR_NOUN``), so that a claim
    naming the body names the denier's side (see :func:`_names_denier`); a White House role speaks for "the
    administration" too ("White House press secretary Tom Vask": see ``_GOVERNMENT_SEATS``), and a minister for
    the ministry of the portfolio ("Finance Minister Karel Duval" for "finance ministry": see ``_MINISTER_OF``)."""
    bodies = {next(group for group in credit.groups() if group) for credit in [_CREDITED_BODY.match(source)] if credit}
    for found in _BODY_OF_ROLE.finditer(mention):
        words = text_key(next(group for group in found.groups() if group)).split()
        while words and words[0] in _NO_BODY_WORDS:
            words.pop(0)
        while words and words[-1] in _NO_BODY_WORDS:
            words.pop()
        if words:
            bodies.add(without_legal_form(" ".join(words)))  # "Acme" for "A lawyer for Acme Corp"
    bodies.update(found.group(1) for pattern in (_NOUN_OF_ROLE, _ROLE_FOR_NOUN) for found in pattern.finditer(mention))
    for found in _MINISTER_OF.finditer(mention):
        portfolio = (found.group(1) or found.group(2)).lower()
        bodies.update({f"{portfolio} ministry", f"ministry of {portfolio}"})
    return bodies | {_GOVERNMENT_SEATS[body] for body in bodies if body in _GOVERNMENT_SEATS}


@lru_cache(maxsize=_WORDS_KEPT)
def _content_words(text: str) -> frozenset[str]:
    """The content words of ``text``, lower case and lightly stemmed ("dumped" and "dumping" are "dump"); kept
    once worked out, as each claim is read again by every denial within the window after it."""
    return frozenset(_ENDING.sub("", word) for word in re.findall(r"[^\W\d_]+", text.lower())
            if len(word) >= CONTENT_LENGTH and word not in NOT_CONTENT)
