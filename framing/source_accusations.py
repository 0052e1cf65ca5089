"""Who accuses whom in a source mention: "X alleged", "accused by Y", "Z's action against W", the
sayer of an act; what the credits read so as not to credit an accused party with the accusation.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .given_names import is_given_name
from .source_keys import FORMS_KEPT, past_opener
from .source_kinds import people_plural
from .source_words import ACT, BEING_BEFORE, BODY_NOUNS, EDGE, PASSIVE_PARTICIPLES, PERSON_ROLES, SUBJECT_CUE
from .textchars import case_blind

#: Wording of an allegation: what a denial most likely answers; a doping case's too ("her sample contained
#: trenbolone", "a sample she provided in February contained", "tested positive for", and a sanction's wording of
#: the case: "banned after testing positive", "after a positive test", "failed an out-of-competition drugs test",
#: "an adverse analytical finding", "suspended for doping"), but no other thing said to contain something
#: ("whether it contained sensitive information").
_ALLEGING = re.compile(r"\b(?:accus\w*|alleg\w*|charged|evidence|show(?:s|ed)|reveal\w*|blam\w*|violat\w*|"
                       r"(?:samples?|specimens?)\s+(?:[\w'’-]+\s+){0,6}?contain(?:s|ed)|test(?:ed|ing)\s+positive|"
                       r"positive\s+(?:(?:drugs?|doping|dope)\s+)?tests?|adverse\s+analytical\s+findings?|"
                       r"fail(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}?(?:drugs?|doping|dope)\s+tests?|for\s+doping|"
                       r"found|identif\w*|conclud\w*|linked|(?:is|are|was|were|be|been)\s+behind|responsible|"
                       r"guilty|wrongdoing|fraud\w*|abus\w*|misconduct|corrupt\w*|lied|cover(?:ed)?[- ]up|"
                       r"(?:suspected|suspicion)\s+of)\b", re.I)
#: A suspicion among ``_ALLEGING``'s wordings ("suspicion of", "suspected of").
_SUSPECTED = re.compile(r"(?:suspected|suspicion)\s+of", re.I)
#: A word that each of ``_ALLEGING``'s wordings holds: a text in which none is (as
#: :func:`framing.textchars.case_blind` reads it) is not searched.
_ALLEGING_WORDS = ("accus", "alleg", "charged", "evidence", "show", "reveal", "blam", "violat", "contain", "positive",
                   "adverse", "dop", "drug", "found", "identif", "conclud", "linked", "behind", "responsible", "guilty",
                   "wrongdoing", "fraud", "abus", "misconduct", "corrupt", "lied", "cover", "suspect", "suspicion")
#: A negation just before an allegation's word ("no evidence", "not responsible", "never lied"), or "no"
#: just after it ("found no contamination", "showed no sign"): then it alleges nothing.
_NEGATED_BEFORE = re.compile(r"(?:\b(?:no|not|never|without)|n't)\s+(?:\w+\s+){0,2}$", re.I)
_NEGATED_AFTER = re.compile(r"\s+(?:no|nothing)\b", re.I)

#: Things blamed that are no person nor body, an article or a few words in lower case describing them perhaps before
#: them ("fatigue", "poor weather", "the heavy pitch", "a technical fault"; not "Kessel Mining errors"), not someone's
#: doing after them ("errors by the contractor", "the failure of officials"), nor one laid on another ("blamed rising
#: prices on Vell"): blaming such a thing alleges nothing against anyone.
_BLAMED_THING = re.compile(
    r"\s++(?:(?:the|a|an|his|her|their|its|our|my)\s++)?"
    r"(?P<described>(?:(?!(?:for|to|by|with|of|on|in|over|as|and|or)\s)[a-z-]++\s++){0,2}?)"
    r"(?:fatigue|tiredness|exhaustion|jet\s+lag|legs|weather|rain|winds?|snow|fog|ice|heat|cold|conditions|pitch|"
    r"surface|schedule|fixture\s+congestion|congestion|travel|injur(?:y|ies)|illness|sickness|luck|nerves|"
    r"inexperience|complacency|errors?|mistakes?|glitch(?:es)?|faults?|failures?|demand|costs|prices|inflation|"
    r"pandemic|traffic|delays?)\b(?!\s+(?:by|of|from|on)\b)")
#: Nouns of a party whose errors or failures a blaming verb may name ("staff mistakes", "pilot error"), besides a body's
#: noun, a role's and a plural of people (see :func:`_party_word`).
_PARTY_NOUNS = frozenset("staff management pilot driver contractor crew operator".split())
#: What a blaming verb lays on what it blames ("blamed the defeat on", "was blamed on"): the words before "on".
_BLAMED_ON = re.compile(r"(?:\s++(?:(?:the|a|an|his|her|their|its)\s++)?[a-z-]++){0,2}?\s++on(?=\s)")

_PASSIVE_AFTER = re.compile(r"\s+(?:of|with|for|by|to|over)\b", re.I)
#: How long or how often, after "over" or "for" ("the weekend", "the second time", "hours", "a third day"): no cause
#: of criticism, which an active verb's subject spends criticising (see ``_ACCUSED_AFTER``); not one "of" something
#: ("slammed for two years of delays", a cause), nor one with its cause after it ("criticised over the weekend for its
#: slow response" of a headline, whose party is criticised).
_SPELL_OF_TIME = (r"(?:(?:the|a|an|several|many|some|two|three|four|\d+)\s+)?(?:(?:past|last|next|first|second|third|"
                  r"fourth|fifth|\w+th)\s+)?(?:weekend|hours?|days?|weeks?|months?|years?|decades?|times?|nights?)"
                  r"(?![\w'’-]|\s+(?:of|for|over)\b)")
#: The agent of a passive accusation named between its participle and its preposition, up to six words ("by
#: colleagues " of "accused by colleagues of", "by the party whip " of "blamed by the party whip for").
_BY_AGENT = r"(?:by\s+(?:[\w'’.-]+\s+){1,6}?)?"
#: A passive accusation right after a name, no comma between, a verb of being perhaps before it: "accused of" of a
#: headline's "Dravonia accused of running covert sites", "Two aides suspected of leaking", "blamed for", "stands
#: accused of", "Ada Roe was charged with fraud"; "charged with" only after "is", "was" and the like (not the duty of
#: "the agency charged with oversight"); one criticised "over" or "for" what it did ("Coastguard criticised over
#: delayed response", "Airline slammed for slow refunds"), not for how long or how often one criticised in the active
#: ("Mayor Vell condemned over the weekend an attack", "criticised for the second time": see ``_SPELL_OF_TIME``). An
#: active "accused Halvex of" has its object between; a passive's agent may ("accused by colleagues of": see
#: ``_BY_AGENT``). See :func:`accused_after`.
_ACCUSED_AFTER = re.compile(r"\s+(?:(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|being|stands|stood|remains|"
                            r"remained)\s+)?(?:\w+ly\s+)?"
                            rf"(?:accused\s+{_BY_AGENT}of|suspected\s+of|blamed\s+{_BY_AGENT}for|"
                            rf"(?:criti[cz]i[sz]ed|slammed|censured|rebuked|condemned)\s+{_BY_AGENT}(?:over|for)"
                            rf"(?!\s+{_SPELL_OF_TIME}))|"
                            r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?charged\s+with)\b",
                            re.I)
#: An aside between commas after a name (at most three commas' pieces: ", 58, who ran the port,"), then a passive
#: accusation with a verb of being ("is accused of", "was charged with"); without the verb the words may be the
#: aside of a speaker ("Vell, accused of fraud, said").
_ASIDE_THEN_ACCUSED = re.compile(r"(?:\s*,[^,;:!?\"“”]{1,80}?){1,3},\s+(?:is|are|was|were|has\s+been|have\s+been|"
                                 r"had\s+been|stands|stood|remains|remained)\s+(?:\w+ly\s+)?"
                                 r"(?:accused\s+of|suspected\s+of|blamed\s+for|charged\s+with)\b", re.I)


def alleges(text: str, *, passive: bool = True) -> bool:
    """Whether ``text`` is worded as an allegation: an accusing word not negated ("accused", "showed",
    "evidence"; not "found no evidence", "was not responsible", "hiding behind a welcome mat").
    ``passive=False`` leaves out an accusing participle in the passive ("Senator accused of bribery", "was
    charged with fraud"): it reports an allegation against its subject, not one its subject makes."""
    folded = case_blind(text)
    return any(word in folded for word in _ALLEGING_WORDS) and any(
        not _NEGATED_BEFORE.search(text, max(0, m.start() - 30), m.start()) and not _NEGATED_AFTER.match(text, m.end())
        and (passive or not _in_passive(text, m)) and not _blames_a_thing(text, m)
        for m in _ALLEGING.finditer(text))


def _blames_a_thing(text: str, word: re.Match[str]) -> bool:
    """Whether the accusing ``word`` found in ``text`` blames a thing that is no person nor body (see
    ``_BLAMED_THING``): "blamed fatigue for the loss", "blamed the defeat on tired legs", "was blamed on the weather";
    not "blamed the referee" nor "blamed the defeat on the owners"."""
    if not word.group().lower().startswith("blam"):
        return False
    if _thing_blamed(text, word.end()):
        return True
    on = _BLAMED_ON.match(text, word.end())
    return on is not None and _thing_blamed(text, on.end())


def _thing_blamed(text: str, at: int) -> bool:
    """Whether the words at ``at`` of ``text`` are a thing blamed (see ``_BLAMED_THING``) that no party's noun
    describes: "defensive errors", "poor weather"; not "police errors", "staff mistakes", "government failures",
    which lay the blame on a party (see :func:`_party_word`)."""
    found = _BLAMED_THING.match(text, at)
    return found is not None and not any(_party_word(word) for word in found.group("described").split())


def _party_word(word: str) -> bool:
    """Whether the lower-case ``word`` names a party that may be blamed: a body ("police", "government"), a role
    ("referee"), a plural of people ("officials") or one of ``_PARTY_NOUNS`` ("staff", "pilot")."""
    return word in BODY_NOUNS or word in PERSON_ROLES or word in _PARTY_NOUNS or people_plural(word)


def accused_after(text: str, at: int) -> re.Match[str] | None:
    """The passive accusation that the words of ``text`` from ``at`` (just after a name) open with, if any (see
    ``_ACCUSED_AFTER``: "Dravonia" of "Dravonia accused of running covert sites", "Minister Vell was charged with
    fraud"), or one with a verb of being after an aside between commas (see ``_ASIDE_THEN_ACCUSED``: "Vell, 58, who
    ran the port, is accused of"): the name is the accused, not who accuses."""
    return _ACCUSED_AFTER.match(text, at) or _ASIDE_THEN_ACCUSED.match(text, at)


def accused_by_agent(text: str, at: int) -> bool:
    """Whether the words of ``text`` from ``at`` (just after a name) open with a passive accusation that names its
    agent after "by" (see ``_BY_AGENT``: "have been accused by colleagues of", "was blamed by auditors for"): the name
    is the accused, and the agent, not the account before, is whom the sentence may credit."""
    found = _ACCUSED_AFTER.match(text, at)
    return found is not None and _AGENT_BY.search(found.group()) is not None


#: "by" in a passive accusation before its agent (see :func:`accused_by_agent`).
_AGENT_BY = re.compile(r"\sby\s", re.I)


#: How many characters after a source span :func:`accusation_in_span` reads: "of" of "accused" ending the span.
_ACCUSATION_REACH = 20
#: A lower-case word by which the words before it speak for whom follows ("The lawyer for a man accused of ...").
_ON_BEHALF = re.compile(r"\s(?:for|of|representing|defending)\s")


@lru_cache(maxsize=FORMS_KEPT)
def accusation_in_span(text: str, after: str) -> int | None:
    """Where in the source span ``text`` a passive accusation (see :func:`accused_after`) opens after the name, read
    on into ``after``, the sentence's text after the span: 6 of "Police accused" before " of brutality say ...", or
    of "Police accused of brutality"; it is no part of the source's name. ``None`` for none, or for one after a word by
    which the span speaks for the accused ("The lawyer for a man accused of fraud"). Kept once read: the credits and
    the source index each ask it of every span."""
    found = _ACCUSED_AFTER.search(text + after[:_ACCUSATION_REACH])
    if found is None or not 0 < found.start() < len(text.rstrip()) or _ON_BEHALF.search(text, 0, found.start()):
        return None
    return found.start()


def _in_passive(text: str, word: re.Match[str]) -> bool:
    """Whether the accusing ``word`` found in ``text`` is a participle in the passive: after a verb of being
    ("was accused") or with no object before its preposition ("accused of", "charged with", "blamed for"); or a
    suspicion (``_SUSPECTED``: "arrested on suspicion of arson", "suspected of fraud"), which also reports an
    allegation against whom it is about, not one they make."""
    if _SUSPECTED.fullmatch(word.group()):
        return True
    return word.group().lower() in PASSIVE_PARTICIPLES and bool(
        _PASSIVE_AFTER.match(text, word.end()) or BEING_BEFORE.search(text, max(0, word.start() - 30), word.start()))


#: A party's members named in the plural, or its member in the singular, a word or two of the state or place they
#: serve perhaps before, before a name that opens with a given name, group 1 ("Democrats Ana Ruiz" of "Democrats Ana
#: Ruiz, Tom Vask and Dan Orr", "Democrat Ana Ruiz", "Ohio Republican Tom Vask"): the party of everyone listed, or of
#: the one named, no word of the first name.
_PARTY_OPENING = re.compile(r"^(?:[A-Z][\w'’-]*\s+){0,2}?"
                            r"(?:Democrats?|Republicans?|Tory|Tories|Conservatives?|Liberals?|Socialists?)\s+"
                            r"([A-Z][\w'’-]*)\s+(?=[A-Z])")
#: A party's member after a list's comma or "and", before a name whose first word is group 1 ("Republican" of
#: "Democrat Ana Ruiz and Republican Tom Vask").
_PARTY_IN_LIST = re.compile(r"(?:(?<=, )|(?<=\band ))(?:Democrat|Republican|Tory|Conservative|Liberal|Socialist)\s+"
                            r"(?=([A-Z][\w'’-]*)\s+[A-Z])")


def without_party_word(form: str) -> str:
    """``form`` without a party word opening it before a personal name (see ``_PARTY_OPENING``), and without one
    before each later name of its list (``_PARTY_IN_LIST``): "Ana Ruiz, Tom Vask and Dan Orr" of "Democrats Ana
    Ruiz, Tom Vask and Dan Orr", as "candidates Ana Ruiz, ..." is read, "Ana Ruiz" of "Democrat Ana Ruiz", "Ana Ruiz
    and Tom Vask" of "Democrat Ana Ruiz and Republican Tom Vask"; not before a word that is no known given name
    ("Democrats Abroad Kessel", "Republican Whip Tom Vask")."""
    found = _PARTY_OPENING.match(form)
    if found is None or not is_given_name(found.group(1)):
        return form
    return _PARTY_IN_LIST.sub(lambda party: "" if is_given_name(party.group(1)) else party.group(0),
                              form[found.start(1):])


#: The auxiliaries and adverbs ``_ACTED_ON`` allows before its verb ("have sued", "also told").
ACTED_ON_LEAD = ("has", "have", "had", "will", "would", "could", "did", "also", "now", "then", "jointly", "formally")
#: A verb that acts on whom it names after it, an auxiliary or adverb allowed before it ("have sued" of "Dozens of
#: families have sued Corvane Pharma", "accused" of "Residents accused Halvex Chemicals", "told" of "a spokesman told
#: Kessel Radio"), before a capitalised word, "the" allowed before it: a span the model ran on past its subject into
#: the verb's object, whom the verb sues, accuses or addresses and who never speaks by it. A match opens only after a
#: word that is no such auxiliary (the earliest match opens there anyway): one opening inside a run of them, " has
#: has has ...", read the rest of the run again from each word, quadratic in the run.
_ACTING_VERB_WORDS = (r"su(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|"
                      r"critici[sz](?:e|es|ed|ing)|condemn(?:s|ed|ing)?|fault(?:s|ed|ing)?|slam(?:s|med|ming)?|"
                      r"thank(?:s|ed|ing)?|prais(?:e|es|ed|ing)|told|tells?|telling|ask(?:s|ed|ing)?")
ACTING_VERB = (r"(?:(?:" + "|".join(ACTED_ON_LEAD) + r")\s+)*"
                rf"(?:{_ACTING_VERB_WORDS})"
                r"\s+(?=(?:the\s+)?[A-Z])")

#: Such a verb opening a source span's text, its subject left out ("sued Corvane Pharma" of "Dozens of families sued
#: Corvane Pharma"); not "accused" before a name alone or a name and its description after a comma or in brackets, a
#: participle that may describe the name ("accused Tomas Brandt", "accused Tomas Brandt, a former guard").
_ACTED_ON_OPENING = re.compile(r"(?!accused\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*(?:$|[,(]))" + ACTING_VERB)


#: Such a verb ending the text before a source span, "the" allowed after it ("The FTC sued " of "The FTC sued
#: Veltrix"), after a word other than an article ("the accused Tomas Brandt" is a description).
_ACTED_ON_BEFORE = re.compile(rf"(?<=\w)\s+(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?:{_ACTING_VERB_WORDS})\s+(?:the\s+)?\Z",
                              re.I)
#: How many characters before a span :func:`acted_on_before` reads: the longest verb, "the" and spaces.
_ACTED_ON_REACH = 40


def acted_on_before(before: str) -> bool:
    """Whether ``before``, the text of a sentence before a source span, ends with a verb that acts on the span's
    name (see ``_ACTED_ON_BEFORE``: "The FTC sued " of "The FTC sued Veltrix"): the span names whom the verb sues,
    accuses or addresses."""
    return _ACTED_ON_BEFORE.search(before[-_ACTED_ON_REACH:]) is not None


#: A legal action brought against a capitalised name, "the" allowed before it, an auxiliary or adverb of
#: ``ACTED_ON_LEAD`` before the verb and a few words between ("filed a lawsuit on Wednesday against Tarrow
#: Chemicals", "have brought a class-action case against the Velmark Group", "lodged a complaint against"): as a
#: verb of ``ACTING_VERB``, it acts on the name after it, who never speaks by it.
ACTION_AGAINST = re.compile(
    rf"(?<![\w'’-])(?:(?:{'|'.join(ACTED_ON_LEAD)})\s+)*"
    r"(?:filed|files|filing|brought|brings|bringing|lodged|lodges|lodging)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:lawsuits?|suits?|complaints?|cases?|claims?|petitions?|actions?)\s+"
    r"(?:[\w'’-]+\s+){0,3}?against\s+(?=(?:the\s+)?[A-Z])")


def acted_on_only(form: str) -> bool:
    """Whether the source span's text ``form`` opens with a verb that acts on the name after it (see
    ``_ACTED_ON_OPENING``: "sued Corvane Pharma", "has told Kessel Radio"; or a legal action brought against it, see
    ``ACTION_AGAINST``: "filed a lawsuit against Tarrow Chemicals"): it names only whom the verb sues, accuses or
    addresses, who never speaks by it, not the subject it left out."""
    form = form.strip(EDGE)
    return _ACTED_ON_OPENING.match(form) is not None or ACTION_AGAINST.match(form) is not None


#: A main clause whose subject, one to five words, sues, accuses, charges, indicts or impeaches whom it names after
#: the verb ("Tenants sued Kellmore Pharma", "Dozens of families have accused Halvex"), an auxiliary or adverb of
#: ``ACTED_ON_LEAD`` allowed before the verb; group 1 holds the subject, group 2 the capitalised name of the one
#: accused, whole and not a possessive ("Kellmore Pharma's lawyers" accuses no Kellmore).
_ACCUSED_BY_SUBJECT = re.compile(
    r"[^\S\r\n]*((?:[\w'’-]+[^\S\r\n]+){0,4}[\w'’-]+)[^\S\r\n]+"
    rf"(?:(?:{'|'.join(ACTED_ON_LEAD)})[^\S\r\n]+)*"
    r"(?:accus(?:e|es|ed)|charg(?:e|es|ed)|indict(?:s|ed)?|impeach(?:es|ed)?|sue[ds]?)[^\S\r\n]+(?:the[^\S\r\n]+)?"
    r"((?:[A-Z][\w.&-]*[^\S\r\n]+)*[A-Z][\w.&-]*)(?![\w'’.&-]|[^\S\r\n]+[A-Z])")


#: Words before which "accused" or "charged" is a participle describing the name after it ("the accused Tom Vell",
#: "Lawyers for accused Tom Vell"), no verb of the subject's.
_BEFORE_PARTICIPLE = frozenset("the a an for of with by to against on from and".split())


def accused_by_subject(text: str) -> tuple[int, int] | None:
    """Where in the sentence ``text`` the name stands of whom its opening main clause sues or accuses (see
    ``_ACCUSED_BY_SUBJECT``: "Kellmore Pharma" of "Tenants sued Kellmore Pharma over the leak.", "In March, two
    families accused Halvex of ..."): the subject alleges against that name, whose own account the sentence is not.
    ``None`` when the words before the verb hold a speech verb ("It said tenants had sued Kellmore": the
    accusation is what the speaker reports) or end with an article or a preposition, before which "accused" or
    "charged" describes the name ("Lawyers for accused Tom Vell said ...", see ``_BEFORE_PARTICIPLE``), or nothing is
    sued or accused there."""
    found = _ACCUSED_BY_SUBJECT.match(text, past_opener(text))
    if (found is None or found.group(1).rsplit(None, 1)[-1].lower() in _BEFORE_PARTICIPLE
            or SUBJECT_CUE.search(f" {found.group(1)} ") is not None):
        return None
    return found.start(2), found.start(2) + len(found.group(2).rstrip("."))  # a sentence's stop is no part of it


#: A body or a person, group "sayer", that speaks of an act set after a comma ("the agency" of "Officials reopened the
#: beach, a move the agency said was safe", "Velta Motors" of "..., a decision Velta Motors called painful"; see
#: ``ACT``): "the" or "its" and a noun, or capitalised words.
_SAYER_OF_ACT = re.compile(rf",\s+(?i:an?)\s+(?:[a-z][\w-]*\s+)?{ACT}(?P<sayer>(?i:the|its|their)\s+[a-z][\w-]*|"
                           r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:(?:also|later)\s+)?"
                           r"(?:said|says|called|calls|described|describes|welcomed|welcomes|hailed|hails|praised|"
                           r"praises|criticised|criticized|criticises|criticizes|termed|terms)\b")


def sayer_of_act(text: str) -> tuple[int, int] | None:
    """Where in the sentence ``text`` the source stands who speaks of an act after a comma (see ``_SAYER_OF_ACT``:
    "the agency" of "Officials reopened the beach, a move the agency said was safe"): what follows is theirs, not
    the subject's who did the act; ``None`` for none."""
    found = _SAYER_OF_ACT.search(text)
    return None if found is None else found.span("sayer")
