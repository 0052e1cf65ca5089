"""What a past participle, a passive or a verb of telling or asking does to a source span: "Parents were
told", "a man said to be", "sued Veltrix, accusing", "who had sued", the audience told, the person
asked or addressed, a label or preposition cut off, a passive's accused.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .credit_clauses import relative_object_clause
from .credit_quotes import PERSONAL
from .credit_spans import SPEECH_VERB, SPEECH_VERBS, role_word
from .credit_topics import is_plural
from .document import Sentence, Span
from .given_names import given_name_sex
from .source_accusations import accusation_in_span, accused_after, accused_by_agent, acted_on_before
from .source_words import EDGE

#: A cue of asking ("asked", "has asked", "pressed").
_ASKING_CUE = re.compile(r"(?:\A|\s)(?:asked|asks|questioned|pressed)\Z")
#: After such a cue, a person's name of one to four capitalised words (a title allowed: "Senator Dan Orr"), then
#: what the question is about ("whether", "if", "about", "why", ...): group 1 the name.
_ASKED_PERSON = re.compile(r"\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s+"
                           r"(?:whether|if|about|why|how|what|when|where|who)\b")


def person_asked(sentence: Sentence) -> Span | None:
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


#: What a question put to someone is about, opening the words after its verb: "why", "whether", "about", ...
_QUESTION_ABOUT = r"(?:whether|if|why|how|what|when|where|who|which|about|over)\b"
#: After a subject (an aside between commas allowed), a passive of asking, perhaps its asker or its time after "by",
#: "on", "at", "during" or "in" (no "to" there), then what the question is about: "was asked why", "was pressed by
#: listeners about"; not a request to act, "was asked to review the case", "was asked by the council to review how".
_ASKED_AFTER_SUBJECT = re.compile(
    r"\s*(?:,[^,]{1,80}){0,2},?\s*(?:also\s+)?(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:[a-z]+ly\s+)?(?:asked|questioned|pressed|quizzed|grilled)"
    r"(?:\s+(?:by|on|at|during|in)\b(?:(?!\bto\b)[^,.;:!?\"“”]){1,60}?)?"
    rf"\s+{_QUESTION_ABOUT}", re.I)
#: The writer's side putting a question, after any opener's comma, and whom it is put to, a name in capitals or "the"
#: and up to three words, before what it is about: "Reporters asked the minister why", "We asked Mayor Ilse Varn
#: whether"; group ``asked``. Never a pronoun ("asked her why"), which ``_INTERVIEWER_ASKING_PRONOUN`` reads.
_INTERVIEWER_ASKS = (r"(?:\A|,\s+)(?:[Rr]eporters|[Jj]ournalists|[Ii]nterviewers|"
                     r"(?:[Aa]|[Tt]he|[Oo]ur|[Oo]ne|[Aa]nother)\s+"
                     r"(?:reporter|journalist|interviewer|host|presenter|moderator|anchor|correspondent)|[Ww]e|I)\s+"
                     r"(?:later\s+|then\s+|also\s+)?(?:asked|questioned|pressed|quizzed|grilled)\s+")
_ASKED_ABOUT = rf"(?:\s+(?:on|at|during|in)\s+[^,.;:!?\"“”]{{1,40}}?)?\s+{_QUESTION_ABOUT}"
_INTERVIEWER_ASKING = re.compile(
    rf"{_INTERVIEWER_ASKS}(?P<asked>the\s+(?:[\w'’-]+\s+){{0,2}}[\w'’-]+|(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’-]*)"
    rf"{_ASKED_ABOUT}")
#: The same question put to "him" or "her" ("Reporters asked her why the plant shut."): group ``asked``, the pronoun.
_INTERVIEWER_ASKING_PRONOUN = re.compile(rf"{_INTERVIEWER_ASKS}(?P<asked>him|her){_ASKED_ABOUT}")


def one_asked(sentence: Sentence, subject: Span | None) -> Span | None:
    """Whom ``sentence`` says a question was put to, as a span, the one who speaks next: its ``subject`` before a
    passive of asking (see ``_ASKED_AFTER_SUBJECT``: "Mayor Ilse Varn" of "On his show, Mayor Ilse Varn was asked why
    the depot closed."), else the one the writer's side asks (see ``_INTERVIEWER_ASKING``: "the minister" of
    "Reporters asked the minister why"); ``None`` for a request to act ("The panel was asked to review the case")."""
    if subject is not None and _ASKED_AFTER_SUBJECT.match(sentence.text, subject.end - sentence.start):
        return subject
    found = _INTERVIEWER_ASKING.search(sentence.text)
    if found is None:
        return None
    at = sentence.start + found.start("asked")
    return Span("source", at, at + len(found.group("asked")), found.group("asked"))


def pronoun_asked(sentence: Sentence) -> Span | None:
    """The "him" or "her" the writer's side puts a question to in ``sentence`` (see ``_INTERVIEWER_ASKING_PRONOUN``:
    "her" of "Reporters asked her why the plant shut."), as a span, the one who speaks next once the pronoun is
    read; else ``None``."""
    found = _INTERVIEWER_ASKING_PRONOUN.search(sentence.text)
    if found is None:
        return None
    at = sentence.start + found.start("asked")
    return Span("source", at, at + len(found.group("asked")), found.group("asked"))


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


def past_verb_cut(span: Span, sentence: Sentence) -> Span:
    """The source ``span`` of ``sentence`` without the past-tense verb that ends it when an object follows the span
    (see ``_TRAILING_PAST_VERB``: "The group" of "The group analysed the bills of 3,000 households and found ..."):
    the model took the source's verb into its name. Any other span is itself."""
    verb = _TRAILING_PAST_VERB.search(span.text)
    if (span.type != "source" or verb is None or verb.start() == 0 or _PRONOUN_HEAD.fullmatch(span.text[:verb.start()])
            or not _OBJECT_AHEAD.match(sentence.text, span.end - sentence.start)):
        return span
    return Span(span.type, span.start, span.start + verb.start(), span.text[:verb.start()])


#: A passive of hearsay just after a subject, a verb of being perhaps before it: what others say of it, no speech of
#: its own ("said to be", "was said to be", "is widely believed to have").
_HEARSAY_AFTER = re.compile(r"[^\S\r\n]+(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?)?"
                            r"(?:said|believed|thought|reported|understood|alleged)\s+to\s+(?:be|have)\b")


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


def told_in_passive(span: Span, sentence: Sentence) -> bool:
    """Whether the source ``span`` is the subject of a verb of telling in the passive (see ``_TOLD_IN_PASSIVE``:
    "Parents" of "Parents were told that the school would close", or of "Parents were told by the head that"):
    whom it was told to, no source; the teller after "by" is one, and with none the sentence says no more of who
    told them than "It was reported that" does. Not a subject that goes on to speak itself, a cue just after "and"
    ("Harlow Council was warned in March and said it would act": see ``_AND_THEN_CUE``)."""
    told = _TOLD_AFTER.match(sentence.text, span.end - sentence.start)
    return told is not None and not any(
        cue.type == "cue" and cue.start >= sentence.start + told.end()
        and _AND_THEN_CUE.match(sentence.text, told.end(), cue.start - sentence.start) for cue in sentence.spans)


def told_by_no_one(sentence: Sentence) -> bool:
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


def spoken_of(span: Span, sentence: Sentence) -> bool:
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


#: A cue of hearsay in the passive, a verb of being perhaps before it ("said" or "is said" of "said to be worth
#: millions", "was believed to have").
_HEARSAY_CUE = re.compile(r"(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?)?"
                          r"(?:said|believed|thought|reported|understood|alleged)\s+to\s+(?:be|have)\b")


def heard_of_only(span: Span, sentence: Sentence) -> bool:
    """Whether every cue after the source ``span`` is a passive of hearsay further on (``_HEARSAY_CUE``: "said" of
    "The 23-year-old rapper ... signed a deal with Corvel said to be worth millions"): what no one named says of
    something, which the subject did not say; :func:`spoken_of` reads such a passive right after the span."""
    cues = [c for c in sentence.spans if c.type == "cue" and c.start >= span.end]
    return bool(cues) and all(_HEARSAY_CUE.match(sentence.text, c.start - sentence.start) for c in cues)


def acted_on_before_participle(span: Span, sentence: Sentence) -> bool:
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


#: A given name and its comma opening a speaker's turn, the one the speaker addresses ("Dev, " of "ANCHOR: Dev, the
#: owners have said ..."), before words that are no appositive of it ("a" or "an" after it describes the name: "Dana,
#: a nurse, says").
_VOCATIVE = re.compile(r"(?P<name>[A-Z][a-z'’-]+),\s+(?!(?:a|an)\s)(?=\S)")


def past_vocative(span: Span, sentence: Sentence, turn_words: int, people: Collection[str]) -> Span:
    """The source ``span`` of ``sentence`` cut past a given name and its comma opening a speaker's turn at
    ``turn_words`` (see ``_VOCATIVE``: "the Kellan Star's owners" of "Dev, the Kellan Star's owners" in "ANCHOR (LUCY
    FENN): Dev, the Kellan Star's owners have said ..."): the one addressed, who is asked, not the source; the name a
    known given name or the first word of one of ``people`` named so far ("dev maraj"). The span itself for any
    other, outside a turn (``turn_words`` at the sentence's start, where "Dana, the nurse," is an appositive), and
    where a comma closes the span, the words after the name an appositive of it ("Marta, the ship's cook," of
    "DEV MARAJ: Marta, the ship's cook, says she was never paid." is Marta)."""
    found = _VOCATIVE.match(span.text) if span.start == turn_words else None
    if found is None or sentence.text[span.end - sentence.start:].startswith(","):
        return span
    name = found.group("name")
    if given_name_sex(name) is None and not any(person.split(" ", 1)[0] == name.lower() for person in people):
        return span
    return Span(span.type, span.start + found.end(), span.end, span.text[found.end():])


#: A preposition in lower case opening a source span: group 1 one whose object speaks ("from the board" of "A
#: response from the board said", "among donors" of "The worry among donors is ..."), or makes what speaks ("by the
#: Kessel Audit Office" of "A report by the Kessel Audit Office found"), else where, when, how or whom of ("in
#: western" of "Sheriff Mark Orr, in western Kessel, said", "on the plan", "without offering").
_PREPOSITION_OPENING = re.compile(r"(?:(from|among|by)|in|on|at|to|with|without|into|during|between|for|about|over|"
                                  r"under|after|before|since|until|against|through)\s+(?=\S)")


def past_preposition(span: Span | None) -> Span | None:
    """The source ``span`` past a preposition opening it in lower case (see ``_PREPOSITION_OPENING``) where the
    preposition's object speaks ("the board" of "from the board"), ``None`` where it tells where, when or how (the
    span names no one who speaks: "in western", "to change the law")."""
    found = _PREPOSITION_OPENING.match(span.text) if span is not None else None
    if span is None or found is None:
        return span
    return Span(span.type, span.start + found.end(), span.end, span.text[found.end():]) if found.group(1) else None


def past_relative_objects(spans: list[Span], sentence: Sentence) -> list[Span]:
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


#: "told" or "tells" just after a "he" or "she" that speaks, and the audience it names up to a span in it: no clause
#: break, quotation mark or bracket between, but a comma inside a number ("he told 1,348 people gathered at ...").
_TOLD_AUDIENCE = re.compile(r"\s+(?:told|tells)\s+(?:[^,;:!?\"“”—–()]|(?<=\d),(?=\d))*")


def told_audience(spans: list[Span], sentence: Sentence) -> list[Span]:
    """``spans`` less those in the audience a "he" or "she" among them told (see ``_TOLD_AUDIENCE``): "Harlow
    College" of '"...," he told 1,348 people gathered at Harlow College' hears the pronoun's person, who speaks."""
    told = [found for span in spans if span.text.strip(EDGE).lower() in PERSONAL
            and (found := _TOLD_AUDIENCE.match(sentence.text, span.end - sentence.start)) is not None]
    return [span for span in spans if not any(
        found.start() < span.start - sentence.start <= found.end() for found in told)]


def past_addressee(span: Span, sentence: Sentence, words: int) -> Span | None:
    """``span`` past the person the sentence opens by addressing (see ``_ADDRESSEE``), who is no subject: "the
    Holloway campaign" of "Sheriff, the Holloway campaign has said you hid the audit"; ``None`` for a span of the
    addressee alone ("Senator" of "Senator, did you vote for it?", "Okafor" of "Mr. Okafor, let the senator answer.").
    A role written alone or a name after a form of address or a known given name alone (see :func:`_addressed_as`), a
    comma after it, at the sentence's start (past a speaker's label, ``words`` on) in a sentence that speaks to
    someone (see :func:`_speaks_to`: "Councillor Danvers, the auditor's report says your council ..."), or with a
    bidding right after the comma ("let", "please", see ``_BIDDING``): "Sheriff, the county's top officer, said",
    "Doyle, too, said you ..." and "Mayor Danvers, for his part, believes you ..." speak to no one and stay."""
    at = max(words, sentence.start) - sentence.start
    lead = sentence.text[at:span.start - sentence.start]
    first = at + len(lead) - len(lead.lstrip(_OPENING_MARKS))  # the sentence's first word, or the span's start
    addressed = _ADDRESSEE.match(sentence.text, first)
    if (addressed is None or span.start - sentence.start >= addressed.end()  # "Okafor" of "Mr. Okafor, " too
            or not _addressed_as(addressed) or _ASIDE_THEN_CUE.match(sentence.text, addressed.end())
            or not (_BIDDING.match(sentence.text, addressed.end()) or _speaks_to(sentence.text, addressed))):
        return span  # "Officials, speaking on condition of anonymity, said you ...": a group, and an aside, speak
    cut = sentence.start + addressed.end()
    return Span(span.type, cut, span.end, span.text[cut - span.start:]) if cut < span.end else None


def _speaks_to(text: str, addressed: re.Match[str]) -> bool:
    """Whether the sentence ``text`` speaks to the one ``_ADDRESSEE`` matched opening it: for a role alone, "you" or a
    question anywhere ("Sheriff, the campaign says you hid the audit"); for a name after a title, the same, but "you"
    only before any comma, as a comma first sets an aside about a subject ("Mayor Danvers, for his part, believes you
    ..." speaks of you to no one) unless that aside writes no third person ("Senator Danvers, with respect, you
    promised ..."); for a name alone, "you" or a question's word right after the comma (see
    ``_ASKING``)."""
    rest = addressed.end()
    if role_word(addressed["name"].lower()):
        return SECOND_PERSON.search(text, rest) is not None or text.rstrip().endswith("?")
    if addressed.group("title") and (_YOU_BEFORE_ANY_COMMA.match(text, rest) or text.rstrip().endswith("?") or (
            SECOND_PERSON.search(text, rest) is not None and not _THIRD_PERSON_ASIDE.match(text, rest))):
        return True  # "Senator Danvers, with respect, you promised ...": an aside of no third person goes on to them
    return _ASKING.match(text, rest) is not None


def _addressed_as(addressed: re.Match[str]) -> bool:
    """Whether the words ``_ADDRESSEE`` matched may address someone: a role in the singular ("Sheriff", "Mr.
    President"), or a name after a form of address ("Mr. Okafor") or a known given name alone ("Tom"); not a group
    ("Officials")."""
    word = addressed["name"]
    if role_word(word.lower()):
        return not is_plural(word)
    return addressed.group("title") is not None or given_name_sex(word) is not None


def accused_by_named_agent(span: Span, sentence: Sentence) -> bool:
    """Whether the source span ``span`` of ``sentence`` is the accused of a passive accusation right after it that
    names its agent after "by" ("The three rebels" of "The three rebels have been accused by the party whip of
    leaking the plan": see :func:`framing.source_accusations.accused_by_agent`): no source, so that the agent may be
    credited as a passive's agent is where the model marked none."""
    return accused_by_agent(sentence.text, span.end - sentence.start)


def unaccused(found: list[tuple[Span, str]], sentence: Sentence) -> list[tuple[Span, str]]:
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


#: A cue of one word in "-ing", a participle ("accusing", "alleging", "saying").
_PARTICIPLE_CUE = re.compile(r"[a-z]{2,}ing")

#: A person addressed at a sentence's start by a role alone or a name (group "name"), a form of address or a title of
#: office allowed before it (group "title"), and the comma after it: "Sheriff, ", "Mr. President, ", "Madam Speaker, ",
#: "Mr. Okafor, ", "Councillor Danvers, ", "Tom, " (see :func:`past_addressee`).
_ADDRESSEE = re.compile(r"(?:(?P<title>Madam|Madame|Mister|Miss|(?:Mr|Mrs|Ms|Mx|Dr|Cllr|Sen|Gov|Prof)\.?|Councillor|"
                        r"Senator|Governor|Mayor|Minister|Commissioner|Professor|Sir|Dame|Lord|Lady)\s+)?"
                        r"(?P<name>[A-Z][a-z]+),\s+")
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
#: its subject before the aside, no one addressed (see :func:`past_addressee`).
_ASIDE_THEN_CUE = re.compile(r"[^,.?!]{1,80},\s+(?:said|says|asked|asks|told|tells|added|adds|wrote|writes|denied|"
                             r"denies|insisted|insists|argued|argues|warned|warns|claimed|claims)\b")

#: The second person, in which a sentence speaks to whom it addresses.
SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
#: The second person with no comma before it ("the auditor's report says your" of "Councillor Danvers, the auditor's
#: report says your council overspent"): the sentence goes on speaking to whom it addresses, no aside between.
_YOU_BEFORE_ANY_COMMA = re.compile(r"[^,]*?\b(?:you|your|yours|yourself)\b", re.I)
#: An aside after an addressed name that writes of a third person up to its comma ("for his part," of "Mayor Danvers,
#: for his part, believes you ..."): the name is the subject the aside speaks of, no one addressed.
_THIRD_PERSON_ASIDE = re.compile(r"[^,]*?\b(?:he|she|his|her|its|their|they)\b[^,]*,", re.I)
#: What may open a sentence before its first word: spaces and opening quotation marks.
_OPENING_MARKS = " \t\n\"“‘'"
