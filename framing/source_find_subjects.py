"""Whether a sentence's words name someone, and where the subject of its verb of speech stands: a named or
definite body or person ("The ministry", "Acme's lawyer", "Ana Dorr") before its cue, read past an
opener, a list or an appositive; what the other source finders read to tell a subject that names someone
from one that does not ("Some", "It", a document, a noun of a verb).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import dropwhile

from .given_names import given_name_sex, is_given_name
from .segment import name_heading_length
from .source_accusations import accused_after
from .source_forms import SELF_NAMED
from .source_keys import BARE_MEDIUM_OPENER, BARE_TIME_OPENER, OPENERS, lead_length, without_accents
from .source_kinds import apposed_role, is_role
from .source_places import SEATS
from .source_words import (
    APPOSED_PARTICIPLE,
    BEING_BEFORE,
    BODY_KINDS,
    BODY_NOUNS,
    BODY_PLURALS,
    COUNTRIES,
    COURT_WORDS,
    DOCUMENTS,
    EDGE,
    KIN_WORD,
    LY_ADVERB,
    MONTHS,
    NAMELESS_NOUNS,
    NO_COURT_WORDS,
    NOT_A_NAME_START,
    NOT_AN_OWNER,
    OWNED_BODY_NOUNS,
    PAPER_NAME_WORDS,
    PARTICIPLE_ADVERB,
    PARTICIPLE_PHRASE,
    PASSIVE_PARTICIPLES,
    POSSESSIVE,
    PRIVATE_PERSONS,
    PRONOUNS,
    REACTION_VERBS,
    SELF_NAME_WHOLE,
    SUBJECT_CUE,
    WEEKDAYS,
    WHEN_WORDS,
)
from .turns import speaker_label_length


def _goes_by_name(form: str) -> bool:
    """Whether ``form`` says the name its source calls itself, capitalised (see :func:`_self_named`: "A group calling
    itself BlackHarbor"): it names the source, though its head is an indefinite description."""
    found = SELF_NAMED.match(form)
    return found is not None and SELF_NAME_WHOLE.fullmatch(found.group(3).strip()) is not None


#: What "deny" withholds rather than disputes: "denied the ministry access", "denies him bail" refuse
#: something, and credit no one with a denial.
_WITHHELD = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:access|entry|bail|permission|passage|admission|parole|visas?|"
                       r"licen[cs]es?|requests?|a\s+hearing|the\s+right)\b", re.I)
#: What follows a cue that is a noun or a participle, not the subject's verb: a verb of being or having
#: ("The two claims were errors", "The sites described in the report are"; not "said in a statement").
_NOT_A_VERB_AFTER = re.compile(r"\s+(?:is|was|were|are|be|been|has|have|had)\b")
_PARTICIPLE_AFTER = re.compile(r"\s+(?:in|by)\b")
#: Participles among the cues, a phrasal cue's by its first word ("the risks played down by the ministry").
_PARTICIPLES = frozenset("""described called accused alleged reported disputed contested rejected dismissed advised
    urged brushed shrugged laughed waved played downplayed""".split())
#: Words between a subject and its verb that leave it the subject ("The ministry on Tuesday flatly denied",
#: "Acme Corp has also rejected", "Acme Corp today rejected", "The ministry this week denied", "neither" of "Acme
#: Corp neither admitted nor denied", a liveblog's "has just"), and an emphatic "himself" or "herself" ("Strand
#: himself denied diving").
BEFORE_CUE = re.compile(r"(?:\s+(?:has|have|had|also|again|later|then|since|now|just|earlier|first|always|long|never|"
                         r"neither|himself|herself|"
                         r"still|already|ever|often|once|so\s+far|"
                         rf"{LY_ADVERB}|"
                         r"(?:late\s+|early\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                         r"(?:late\s+)?(?:today|yesterday|tonight)|"
                         r"(?:last|this)\s+(?:week|month|year|night|morning|afternoon|evening)|"
                         r"in\s+a\s+statement))+\s*$")
#: A conjunction opening a sentence without a comma ("But the ministry denied it").
CONJUNCTION = re.compile(r"^(?:But|And|Yet|So|Still)\s+")
#: A verb that puts a case opening a sentence ("Say Mexico demanded ...", "Suppose the court refused ..."): what
#: follows is a supposition, its first words no subject.
_CASE_PUT = frozenset({"Say", "Suppose"})
#: Subjects that name no one ("Many said", "Some argue", "Critics say"): weasel wording, not a source.
NO_ONE = frozenset("""many some most several few others other another all both each such one critics experts
    analysts observers people everyone everybody someone somebody nobody sources""".split())
#: Words that make what stands before a verb a clause, not a subject ("The claims were denied", "The firm
#: that denied it").
CLAUSE_WORDS = frozenset("""is was were are be been being has have had do does did not never no that which who
    whom whose when while if because after before but than there what whatever how why where whether""".split())
#: A figure, which a subject never holds ("Factline rated 32% of ..."): digits, a percentage.
FIGURE = re.compile(r"[$€£]?\d[\d.,]*%?|%")
#: Words before "claim" or "claims" that make it a noun, not the subject's verb ("its claims", "of such claims",
#: "false claims", "unfounded claims", "political claims").
BEFORE_A_NOUN = frozenset("""the a an its his her their our your my these those such any some many several
    of about over on for against to by with false new earlier similar latest wild""".split())
_ADJECTIVE_END = re.compile(r"(?:al|ic|ous|ive|ful|less|able|ible|ed|ing|ary|ist)$")
NOT_IN_SUBJECT = CLAUSE_WORDS | WHEN_WORDS
#: Words that join the words of a subject ("Ministry of Foreign Affairs", "a spokesman for the army").
SUBJECT_JOINERS = frozenset("of for at from with in on to the and & de".split())

#: The most words a subject has, and an appositive after it ("who asked not to be named because ...").
SUBJECT_WORDS = 8
_APPOSITIVE_WORDS = 16
#: The most words of a relative clause set after a subject between commas ("Vask, who would have to give up
#: control of his shipping firm in order to take the office, said"): its "who" or "which" tells where it opens, so it
#: may run longer than another appositive.
_RELATIVE_CLAUSE_WORDS = 30
#: What stands before such a participle: a comma and perhaps an adverb ("widely", "long", "much", "well").
_OPENS_APPOSITIVE = re.compile(rf",\s*(?:{PARTICIPLE_ADVERB.pattern})?\Z")
#: Cues of a stance rather than of speech: a verb of reaction, or one in the progressive (see ``SUBJECT_CUE``), which a
#: speaker credited at the sentence's end reports ("The city welcomed the investment, Ruiz said.", "The workers are
#: warning of a strike, she said.": see ``TRAILING_CREDIT``).
_STANCE_CUE = re.compile(rf"(?:is|are|was|were)\s+\w+|{REACTION_VERBS}")
#: A word that opens a clause of its own after an act's object: a relative pronoun, a subordinating conjunction or
#: a subject pronoun ("a street that was busy", "the gate as the coffin was carried out", "the town he has served").
_OWN_CLAUSE_OPENER = (r"that|which|who|whom|whose|where|when|whenever|while|as|because|although|though|if|once|"
                      r"until|unless|since|before|after|he|she|they|we|it|i|you")
#: What ends the object of an act (see ``_ACTS_NOT_SPEECH``): a mark, the end, "home", a preposition or time after
#: it ("40 new residents to the town", "refugees last winter", "a ride home"; not "the homes minister", "the race
#: result", nor "as", which gives a judgement: "hailed the ride as a breakthrough", unless a clause of its own
#: follows: "a ride as the rain fell"), and no verb continuing the object's words before a mark or a word opening a
#: clause of their own ("said prayers would not be enough", "said goodbye to the town was hard": what was said, not
#: an act; "a cab on a street that was busy" is one).
_ACT_END = (r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:on|in|at|to|from|into|for|back|last|this|after|during|with|over|"
            r"until|since|before|outside|near)\b|\s+home(?![\w'’-])|\s+as\s+(?:he|she|they|we|it|i|you|"
            r"(?:the|a|an|his|her|their|its|our)\s+[\w'’-]+\s+(?:is|are|was|were|has|had|[a-z]+ed|fell|rose|set|"
            r"began|came|went|left|broke|grew))\b)"
            rf"(?!(?:\s+(?!(?:{_OWN_CLAUSE_OPENER})\b)[\w'’-]+)*?\s+"
            r"(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had)\b)")
#: "according to" and a source after a comma ending a sentence (", according to Ruiz.").
_ACCORDING_AT_END = re.compile(r",\s+according\s+to\s+[^,;:]+$", re.I)
#: A cue's verb and what, just after it, makes it an act rather than speech: hailing a cab, welcoming visitors or a
#: number of people, condemning someone to a sentence or a building as unfit, saying goodbye or prayers, contesting
#: a final or seats ("The driver hailed a cab", "The council welcomed 40 new residents", "The judge condemned him to
#: death", "The families were saying goodbye", "Velmor United are contesting the final"), the object ending the
#: clause (see ``_ACT_END``: "hailed the bus service as a success" and "said prayers would not be enough" are no acts).
_ACTS_NOT_SPEECH = (
    (r"hail\w*", re.compile(rf"\s+(?:a|an|the|another|his|her|their)\s+(?:cab|taxi|ride|car|bus|boat){_ACT_END}")),
    (r"welcom\w*", re.compile(
        r"\s+(?:back\b|(?:(?!of\s)[\w'’-]+\s+){0,2}?(?:baby|babies|newborns?)\b|(?:(?!of\s)[\w'’-]+\s+){0,3}?"
        rf"(?:visitors|guests?|refugees|tourists|pilgrims|passengers|newcomers|arrivals|crowds|customers|residents|"
        rf"people|families|members|workers|staff|students|pupils|children|recruits|players|fans|migrants){_ACT_END})")),
    (r"condemn\w*", re.compile(
        r"\s+(?:(?:him|her|them|me|us|(?:the\s+)?[\w'’-]+)\s+to\s+(?:death|die|life|prison|jail|\d|years)\b|"
        rf"(?:(?!of\s)[\w'’-]+\s+){{0,2}}?(?:buildings?|houses?|homes?|propert(?:y|ies)|structures?|flats?|"
        rf"apartments?){_ACT_END})")),
    (r"say\w*|said", re.compile(
        rf"\s+(?:(?:their|his|her|our|a|a\s+last|one\s+last)\s+)?(?:goodbyes?|good-bye|farewells?|prayers|grace)"
        rf"{_ACT_END}")),
    (r"contest\w*", re.compile(
        r"\s+(?:(?:the|a|an|this|their|its|next)\s+)?(?:(?!of\s)[\w'’-]+\s+){0,2}?(?:final|semi-?final|match|race|"
        rf"title|cup|tie|game|seats?|primary){_ACT_END}")),
)
#: The word opening a relative clause, the appositive that may run to ``_RELATIVE_CLAUSE_WORDS``.
_RELATIVE_OPENING = re.compile(r"\s*(?:who|which)\s")
#: An article just before a cue's word, which makes it a noun ("a dispute", "the rebuttal"), no subject's verb.
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?i:a|an|the)\s+\Z")
#: A role opening an appositive, "the", "a" or "an" and up to four lower-case words, and a relative clause on it
#: ("a former harbour master who ran the port authority for a decade"), which may run as long as a relative clause
#: alone does.
_ROLE_THEN_RELATIVE = re.compile(r"\s*(?:the|an?)\s+(?:[a-z][\w'’-]*\s+){1,4}(?:who|which)\s")
#: A relative clause opened after a comma and not closed by one before the end of the text it is matched in
#: ("Kell, who said last week": the cue "said" is the clause's, not the subject's).
_OPEN_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which)\s[^,]*\Z")
#: How far into a sentence its subject's verb is looked for, in characters: past an opener, or what the
#: subject says when it comes first ("Shelf prices rose on 11 occasions, the board said").
SUBJECT_REACH = 400
#: What joins a list's last members ("the police and the army").
LIST_JOINER = re.compile(r"\s(?:and|or)\s", re.I)
#: How many characters before "claims" are read for the word before it.
_WORD_BEFORE = 30
#: A comma-separated piece of what stands before a verb: an opener, the subject, an appositive.
PIECE = re.compile(r"[^,]+")
#: Marks that open or close a quotation (a straight or curly apostrophe is left out: "Acme’s lawyer").
QUOTATION_MARKS = "\"“”«»„‹›"


def subject_before_cue(text: str, known: Callable[[str], bool] = lambda word: False,
                       pronoun_fits: Callable[[str], bool] = lambda pronoun: True) -> tuple[int, int] | None:
    """Where in the sentence ``text`` its subject stands, when that subject is a named or definite body or
    person just before the sentence's first speech, denial or reaction verb (see ``SUBJECT_CUE``: "The ministry
    denied the report", "Acme Corp rejected ...", "A spokesman for the army dismissed ...", "The union welcomed
    ..."), an opener ("On Tuesday, "), an appositive (", the carmaker,", an age perhaps before it: ", 27, the world
    champion,") and an adverb ("flatly") between allowed; ``None`` for anything else (a verb of finding or ruling:
    see :func:`subject_before_finding`).

    What counts as a subject: "the" and a noun ("The ministry", "The report"); "a" or "an" and a person's
    role ("A company spokeswoman", "An official at the mine"); or capitalised words that read as a name,
    two or more ("Acme Corp", "Mayor Tilda Varn"), or one with a role ("Acme's lawyer") or, possessive, with a
    body's noun in lower case ("Kenya's interior ministry", "Acme's board"; not a day's, a month's or a time's:
    "Monday's cabinet", "Today's council"), or one alone that
    ``known(word)`` says the document has named ("Halvex" after "Halvex Corp"), that is capitalised
    inside ("PolitiFact", "UNICEF") or that is a country's name ("China on Friday rejected", see ``COUNTRIES``) or
    a capital's standing for its government ("Beijing rejected", see ``CAPITALS``), or that a person's role
    follows after a comma ("Toller, the minister, denied": see :func:`_surname_with_role`); a possessive pronoun and
    a role with a name set after it ("Her label, Harbour Records, called": see :func:`_owned_then_named`); one of a
    group with a name set after it ("One of them, Anwen Price, denies it": see :func:`_one_of_then_named`).
    Never a pronoun ("He denied"), weasel wording ("Critics said"), a
    clause ("The claims were denied", "The gap between what Acme says"), the accused before an accusing participle
    ("The minister stands accused of", "remains accused of"), words with a figure or a verb after a
    name ("Factline rated 32% of ..."), "claims" after a determiner or an adjective ("false claims"), a
    possessive ("The company's claims"), the last members of a list ("The
    ministry, the police and the army denied": none, not "the police and the army"), anything in quotation marks,
    nor "deny" in its sense of withholding ("The report denied the ministry access"). A list item's mark or
    emoji ("• ", "1. ", "👉 "), a liveblog stamp (bare too: "12:00 GMT "), a dateline or a speaker's label in
    capitals opening the sentence ("HOST: ") is passed over. A speaker credited at the end of a reaction ("The city
    welcomed the investment, Ruiz said.") has it, not the subject; "he", "she" or "they" there only where
    ``pronoun_fits`` says the document has someone it may mean."""
    return (subject_before(text, SUBJECT_CUE, known, pronoun_fits=pronoun_fits) or _name_credited_at_end(text)
            or _subject_past_address(text, known, pronoun_fits))


#: A word a speaker opens a turn with before a comma, addressing or answering the one who asked ("Well, ", "Yes, ";
#: a given name, "Anna, ", is checked apart).
_ANSWERING_WORDS = frozenset("Well Yes No So Look Now Right Indeed Sure Okay OK Absolutely Actually".split())
_ADDRESS_WORD = re.compile(r"([A-Z][A-Za-z]*),\s+")


def _subject_past_address(text: str, known: Callable[[str], bool],
                          pronoun_fits: Callable[[str], bool]) -> tuple[int, int] | None:
    """Where the subject of ``text`` stands past a speaker's label, if any (a turn's words come without it), and up to
    two words a speaker answers or addresses the one who asked with, each before a comma ("DOBSON: Anna, the
    Alvarian Rugby Union confirmed ...", "Well, Anna, the union says ...": see ``_ANSWERING_WORDS``, a known given
    name), where the sentence read whole found none (so "ROE: Fiona, the chief executive, denied it" stays an
    appositive's); ``None`` for any other opening, or where no subject follows."""
    label = speaker_label_length(text)
    at = label
    for _ in range(2):
        found = _ADDRESS_WORD.match(text, at)
        if found is None or not (found.group(1) in _ANSWERING_WORDS or is_given_name(found.group(1))):
            break
        at = found.end()
    if at == label:
        return None
    rest = subject_before(text[at:], SUBJECT_CUE, known, pronoun_fits=pronoun_fits)
    return (at + rest[0], at + rest[1]) if rest else None


#: One capitalised word credited at the end of a sentence after a comma and what it says, with a verb of speech
#: ("The car was stolen, Ruiz said."; group "name"): not the sentence's first word, so its capital makes it a name.
_NAME_CREDITED_AT_END = re.compile(r"[^\s,\"“”]\s*,\s+(?P<name>[A-Z][\w'’.-]*)\s+"
                                   r"(?:said|says|added|adds|told\s+\w+|wrote|writes|stated|explained|insisted)\W*$")


def _name_credited_at_end(text: str) -> tuple[int, int] | None:
    """Where the one capitalised word credited at the end of the sentence ``text`` stands (see
    ``_NAME_CREDITED_AT_END``: "Ruiz" of "The study found the drug worked, Ruiz said."), a name the document need not
    have written before, as the words before it are what it said; ``None`` for none, a day or a month."""
    found = _NAME_CREDITED_AT_END.search(text)
    if found is None or re.fullmatch(f"{WEEKDAYS}|{MONTHS}", found.group("name"), re.I):
        return None
    return found.span("name")


#: A speaker credited at a sentence's end after a comma (", she said.", ", Councillor Ben Ode added."): "he", "she",
#: "they" or a few capitalised words, then a verb of speech, then the end (not ", as the mayor had long said.").
TRAILING_CREDIT = re.compile(r",\s+(?:(?P<pronoun>he|she|they)|(?-i:[A-Z][\w.'’-]*\s+){1,4})\s*"
                              r"(?:said|says|added|adds|told\s+\w+|wrote|writes|stated|explained|insisted)"
                              r"\W*$", re.I)


#: A speaker credited at a sentence's end after a comma, a definite one in lower case too (", the ministry said.",
#: ", she said.", ", the study found."): whose words a sentence is that opens with what another "reported".
_CREDITED_AT_END = re.compile(r",\s+(?:he|she|they|(?:the\s+)?(?:[\w.'’-]+\s+){1,4}?)"
                              r"(?:said|says|added|adds|told\s+\w+|wrote|writes|stated|found|finds|showed|shows)"
                              r"\W*$")
#: A pronoun and "added" or "adds" ending a sentence (", it added.", ", they added."): a continuation cue, which
#: restates its subject as the speaker going on; group "pronoun".
_ADDED_AT_END = re.compile(r",\s+(?P<pronoun>it|he|she|they)\s+(?:added|adds)\W*$")


def credited_at_end(text: str, after: int, restating: tuple[str, ...] = ("it", "he", "she", "they")) -> bool:
    """Whether a speaker is credited at the end of the sentence ``text``, past ``after`` (see ``_CREDITED_AT_END``:
    "Patients reported side effects, the study found."), other than the subject restated by a pronoun of
    ``restating`` and "added" ("Regulators said the mine poisoned the river, they added.": the regulators')."""
    added = _ADDED_AT_END.search(text, after)
    return (_CREDITED_AT_END.search(text, after) is not None
            and (added is None or added.group("pronoun") not in restating))


def subject_before(text: str, cues: re.Pattern[str], known: Callable[[str], bool], documents: bool = False,
                    pronoun_fits: Callable[[str], bool] = lambda pronoun: True) -> tuple[int, int] | None:
    """Where in ``text`` the subject of its first verb among ``cues`` stands (see :func:`subject_before_cue`), or,
    with ``documents``, a document's words without an article (see :func:`_names_document`)."""
    if cues.search(text) is None:  # a cheap first look
        return None
    skip = lead_length(text)
    bare_time = BARE_TIME_OPENER.match(text, skip)  # "Last week the ombudsman found": when, then the subject
    skip = bare_time.end() if bare_time else skip
    medium = BARE_MEDIUM_OPENER.match(text, skip)  # "In a brief statement the club said": where, then the subject
    skip = medium.end() if medium and not medium.group("pronoun") else skip
    if text[skip:].lstrip()[:1] in QUOTATION_MARKS:
        return None
    heading = name_heading_length(text[skip:])  # "TRUMP -- " before "The president said": whom it describes
    start = skip + heading
    cue = cues.search(text, start, start + SUBJECT_REACH)
    while cue and (no_report(text, cue) or _ARTICLE_BEFORE.search(text, max(0, cue.start() - 5), cue.start())
                   or (cue.group() in ("reports", "reported") and credited_at_end(text, cue.end()))):
        # "The reports said": the verb after the noun; "amid a dispute over pay, said": a noun, its article before it;
        # "The agency reported 40 deaths, the ministry said.": the speaker credited at the end
        cue = cues.search(text, cue.end(), start + SUBJECT_REACH)
    if cue and _OPEN_RELATIVE_CLAUSE.search(text, start, cue.start()):
        # "Marta Kell, who said last week that the plan was dead, said on Monday": the verb after the clause
        closed = text.find(",", cue.end(), start + SUBJECT_REACH)
        cue = cues.search(text, closed + 1, start + SUBJECT_REACH) if closed >= 0 else None
    if (cue and APPOSED_PARTICIPLE.fullmatch(cue.group()) and _OPENS_APPOSITIVE.search(text, start, cue.start())
            and PARTICIPLE_PHRASE.match(text, cue.end())):
        # "The mayor, criticised for the delay, said": the participle is the appositive's, the verb after it
        closed = text.find(",", cue.end(), start + SUBJECT_REACH)
        cue = cues.search(text, closed + 1, start + SUBJECT_REACH) if closed >= 0 else None
    trailing = ((TRAILING_CREDIT.search(text, cue.end()) or _ACCORDING_AT_END.search(text, cue.end()))
                if cue and _STANCE_CUE.fullmatch(cue.group()) else None)
    if trailing and trailing.re is TRAILING_CREDIT and trailing.group("pronoun"):
        # "The city welcomed the investment, she said." after a man only: no one "she" may mean, the city's
        trailing = trailing if pronoun_fits(trailing.group("pronoun").lower()) else None
    if trailing:  # "The city welcomed the investment, Ruiz said.": the speaker credited at the end, not the city
        cue = cues.search(text, trailing.start())
    if not cue or not verb_of_subject(text, cue):
        return None
    found = subject_of(text[skip + heading:cue.start()], known, documents)
    if found and _CONCERN_RAISED.match(cue.group()) and _thing_written(text[start + found[0]:start + found[1]]):
        return None  # "The leak has raised concerns about ...": what causes the concern, no one voicing it
    if found and heading and found[0] == 0:
        return skip, skip + len(text[skip:].split()[0])
    if not found:
        return None
    # "Every Civil Protection Agency team reported ...": the name without the word that counts it
    return past_limiting_word(text, skip + heading + found[0], skip + heading + found[1]), skip + heading + found[1]


#: A word that limits or counts what follows it, opening a subject before a capitalised name ("Only" of "Only Civil
#: Protection Agency teams", "Every" of "Every Harlow Police officer"): no word of the name.
_LIMITING_WORD = re.compile(r"(?:Only|Every|Each|Not)\s+(?=[A-Z])")


def past_limiting_word(text: str, start: int, end: int) -> int:
    """Where the subject at ``start:end`` of ``text`` starts past a word that limits or counts it (see
    ``_LIMITING_WORD``: "Civil Protection Agency teams" of "Only Civil Protection Agency teams"); ``start`` when
    none opens it."""
    found = _LIMITING_WORD.match(text, start, end)
    return found.end() if found is not None else start


#: A concern raised (see ``SUBJECT_CUE``): a thing may raise it as well as whoever voices it (see
#: :func:`_thing_written`).
_CONCERN_RAISED = re.compile(r"rais(?:ed|es)\s")
#: A subject written as a thing: an article or a demonstrative and lower-case words (group 1 the last: "The leak",
#: "This decision", "the latest move").
_THING_SUBJECT = re.compile(r"(?:the|a|an|this|that|its)\s+(?:[a-z][\w-]*\s+){0,3}([a-z][\w-]*)", re.I)


def _thing_written(subject: str) -> bool:
    """Whether ``subject`` writes a thing rather than a body or a person: an article and lower-case words whose last
    is no body's noun nor a role ("The leak", "The decision"; not "The council", "The auditors"), which raises a
    concern others hold rather than voicing one."""
    thing = _THING_SUBJECT.fullmatch(subject.strip())
    return thing is not None and not (thing[1] in _PEOPLE_WORDS or is_role(thing[1]))


#: The last words of a subject written with an article that write a body, a person or a side of people, who may voice
#: a concern (see :func:`_thing_written`): "The council", "The residents", "The opposition", "The family".
_PEOPLE_WORDS = (BODY_NOUNS | BODY_PLURALS | NAMELESS_NOUNS | PRIVATE_PERSONS
                 | frozenset("opposition prosecution prosecutors defence defense family families".split()))


def subject_of(head: str, known: Callable[[str], bool], documents: bool = False) -> tuple[int, int] | None:
    """Where in ``head``, a sentence up to its verb, the subject stands (see :func:`subject_before_cue`): the
    comma-separated piece before the verb, or before an appositive, once adverbs and an opener are set
    aside; with the appositive, which goes with it ("The strongman president, Armando Reyes" names the
    person). With ``documents``, a document's words without an article are a subject too (see
    :func:`_names_document`)."""
    modifiers = BEFORE_CUE.search(head)
    head = head[:modifiers.start()] if modifiers else head.rstrip()
    if any(mark in head for mark in QUOTATION_MARKS):
        return None
    citing = _CITING_ASIDE.search(head)
    head = head[:citing.start()] if citing else head  # "the Kessel Times, citing sources, reported"
    pieces = list(PIECE.finditer(head))
    appositive = head.endswith(",")
    longest = (_RELATIVE_CLAUSE_WORDS if _RELATIVE_OPENING.match(pieces[-1].group())
               or _ROLE_THEN_RELATIVE.match(pieces[-1].group()) else _APPOSITIVE_WORDS)
    if len(pieces) < 1 + appositive or (appositive and len(pieces[-1].group().split()) > longest):
        return None
    apart = appositive + (appositive and len(pieces) > 2 and _AGE_PIECE.fullmatch(pieces[-2].group()) is not None)
    subject = pieces[-1 - apart]  # "Ekwueme, 27, the world champion, denied": the age goes with the name too
    if not fits_before(pieces[:-1 - apart]) or _ends_a_list(pieces[:-1 - apart], subject.group(), known):
        # "Tom Vask, the former harbour master, who ran the port, said": the name and its role before the clause
        return _described_before_clause(head, pieces, known, documents) if appositive else None
    words = subject.group()
    opening = CONJUNCTION.match(words.lstrip()) if subject is pieces[0] else None
    start = subject.start() + len(words) - len(words.lstrip()) + (opening.end() if opening else 0)
    end = subject.end() - (len(words) - len(words.rstrip()))
    named = head[start:end].split()
    if start >= end or not (names_someone(named, known) or (documents and _names_document(named))
                            or _goes_by_name(head[start:end])
                            or (appositive and _surname_with_role(named, pieces[-1].group()))
                            or (appositive and _owned_then_named(named, pieces[-1].group(), known))
                            or (appositive and _one_of_then_named(named, pieces[-1].group(), known))):
        return _described_before_clause(head, pieces, known, documents) if appositive else None
    return start, pieces[-1].end() if appositive else end


def _described_before_clause(head: str, pieces: list[re.Match[str]], known: Callable[[str], bool],
                             documents: bool) -> tuple[int, int] | None:
    """Where the subject of ``head`` stands when its last piece (of ``pieces``) is a relative clause set after a
    name that a description opens the sentence with ("The country's largest utility, Skarvkraft, which runs twenty
    plants,"): the subject the head names without the clause, as "The country's largest utility, Skarvkraft, said"
    names the description with its name set after it, the clause going with them; ``None`` for no relative clause
    or no such subject."""
    if len(pieces) < 3 or not _RELATIVE_OPENING.match(pieces[-1].group()):
        return None
    found = subject_of(head[:pieces[-1].start()], known, documents)
    return (found[0], pieces[-1].end()) if found else None


#: A person's age set between commas after their name, before an appositive ("27" of "Ekwueme, 27, the world
#: champion, denied").
_AGE_PIECE = re.compile(r"\s*\d{1,3}\s*")
#: An aside between a subject and its verb that says whom the subject cites ("the Kessel Times, citing three people
#: familiar with the matter, reported"): no appositive of the subject, left out of it.
_CITING_ASIDE = re.compile(r",\s*(?:citing|quoting)\s[^,]*,\s*$")


#: Possessive pronouns that open a role before the name set after it ("Her label, Harbour Records, called").
_OWNING_PRONOUNS = frozenset("her his their its".split())


def _owned_then_named(words: list[str], appositive: str, known: Callable[[str], bool]) -> bool:
    """Whether ``words``, a subject, are a possessive pronoun and up to two lower-case words ("Her label", "His
    agent") and the ``appositive`` a comma sets after them names a body or person (see :func:`names_someone`):
    "Her label, Harbour Records" names Harbour Records, whose role the pronoun's words give; and a relative's noun
    with a known given name alone after it ("His widow, Greta"), a person."""
    named = appositive.strip(EDGE).split()
    kin = len(named) == 1 and KIN_WORD.fullmatch(words[-1].lower()) is not None and is_given_name(named[0])
    return (1 < len(words) <= 3 and words[0].lower() in _OWNING_PRONOUNS and all(w.islower() for w in words[1:])
            and (kin or names_someone(named, known)))


#: "One of" or "another of" and a group ("them", "the rebels", "the three MPs") opening a subject whose name a comma
#: sets after it ("One of them, Anwen Price, denies it"), lower case.
_ONE_OF_GROUP = re.compile(r"(?:one|another)\s+of\s+(?:them|those|(?:the|these|those|their|its)\s+(?:[\w'’-]+\s+){0,2}"
                           r"[\w'’-]+)")


def _one_of_then_named(words: list[str], appositive: str, known: Callable[[str], bool]) -> bool:
    """Whether ``words``, a subject, are one of a group (see ``_ONE_OF_GROUP``: "One of them", "One of the three
    rebels") and the ``appositive`` a comma sets after them names a person or body (see :func:`names_someone`): "One
    of them, Anwen Price" names Anwen Price, the one of the group who speaks."""
    named = appositive.strip(EDGE).split()
    return _ONE_OF_GROUP.fullmatch(" ".join(words).lower()) is not None and names_someone(named, known)


def _surname_with_role(words: list[str], appositive: str) -> bool:
    """Whether ``words``, a subject, are one capitalised word that the ``appositive`` after it gives a person's role
    ("Toller" of "Toller, the minister, denied": see :func:`apposed_role`), a person as a source so written is
    (see :meth:`SourceIndex._one_word_person`), though the document has not named them before."""
    word = words[0] if len(words) == 1 else ""
    return (word[:1].isupper() and not word.isupper() and word not in NOT_A_NAME_START | OPENERS
            and word.lower() not in PRONOUNS and not POSSESSIVE.search(word) and apposed_role(appositive))


#: Nouns of a document that speaks with no article before it ("Records showed", "Minutes of the meeting showed").
_DOCUMENT_HEAD = re.compile(rf"(?:{DOCUMENTS}|minutes|documents?|transcripts?|papers)", re.I)
#: What may follow "of" after a document's noun: a determiner or a possessive ("of the meeting", "of its board").
_DOCUMENT_OF = frozenset("the this its their his her".split())


def _names_document(words: list[str]) -> bool:
    """Whether ``words``, a sentence's subject, are a document's noun with up to two words before it and no article
    ("Records", "Court records", "Public police records"), "of" and a determiner perhaps after it ("Minutes of
    the meeting"): the document a finding is read in, which speaks as "The study" does. Not a quantifier before it
    ("Some records"), nor a pronoun, a figure or a clause's word."""
    lowered = [w.strip(EDGE).lower() for w in words]
    head = lowered[:lowered.index("of")] if "of" in lowered else lowered
    after = lowered[len(head) + 1:]
    if not 0 < len(head) <= 3 or len(lowered) > SUBJECT_WORDS or (after[:1] and after[0] not in _DOCUMENT_OF):
        return False
    if "of" in lowered and not after:
        return False
    if (set(head) & (PRONOUNS | NO_ONE | {"a", "an", "the"}) or set(lowered) & NOT_IN_SUBJECT
            or any(FIGURE.fullmatch(w) for w in lowered)):
        return False
    return _DOCUMENT_HEAD.fullmatch(head[-1]) is not None


def verb_of_subject(text: str, cue: re.Match[str]) -> bool:
    """Whether the ``cue`` found in ``text`` is a subject's verb: not a noun or participle ("claims were",
    "described in"), an accusing participle after a verb of being ("stands accused of": the subject is the accused,
    not the accuser), nor "deny" in its sense of withholding ("denied the ministry access")."""
    word = cue.group()
    if word in ("claim", "claims") and _noun_before(text[max(0, cue.start() - _WORD_BEFORE):cue.start()]):
        return False
    verb = word.rpartition(" ")[2]
    if any(re.fullmatch(verb_of, verb) and act.match(text, cue.end()) for verb_of, act in _ACTS_NOT_SPEECH):
        return False  # "The driver hailed a cab", "The families were saying goodbye": an act, not speech
    return not (_NOT_A_VERB_AFTER.match(text, cue.end())
                or (word.split()[0] in _PARTICIPLES and _PARTICIPLE_AFTER.match(text, cue.end()))
                or (word in PASSIVE_PARTICIPLES and BEING_BEFORE.search(text, max(0, cue.start() - 30), cue.start()))
                or accused_after(text, cue.start() - 1)  # "Dravonian minister accused of lying": the accused
                or (word.rpartition(" ")[2].startswith("den") and _WITHHELD.match(text, cue.end())))


#: Adverbs in -ly before "reported" or "reports", set aside to read the word before them ("the widely reported").
_ADVERBS_AT_END = re.compile(r"(?:\s+[a-z]+ly)+\s*$")
#: What follows "reports" or "reported" that makes it no subject's verb: "of", "from" or "about" after a noun ("Media
#: reports of a leak"), "reported to be" ("The mayor, reported to be furious"), or a participle set after its noun
#: ("Ten deaths reported by the ministry were", "Cases reported last week were"): "by" or a word of time or place,
#: then a verb of being or having before any comma, "that" or quotation mark.
_REPORT_NOT_VERB_AFTER = re.compile(
    r"\s+(?:(?:of|from|about)\b|to\s+(?:be|have)\b|"
    r"(?:by|since|last|earlier|this|on|in|at|during|over|before|after|from)\s+"
    r"(?:(?!that\b)[^\s,;:\"“”]+\s+){0,6}?(?:is|are|was|were|has|have|had)\b)")


def no_report(text: str, cue: re.Match[str]) -> bool:
    """Whether the ``cue`` found in ``text`` is "reports" or "reported" that no subject reports by: a noun or an
    adjective after a determiner, an adjective or a possessive, adverbs perhaps between ("The reports said", "the
    reported talks", "The widely reported talks", "The firm's reported profits", "The ministry's reports say"), a
    passive after a verb of being ("Two men were reported missing"), or a noun or participle by what follows it
    (see ``_REPORT_NOT_VERB_AFTER``: "Media reports of a leak", "reported to be furious", "Ten deaths reported by
    the ministry were wrong"), so that the verb after it, if any, is read."""
    if cue.group() not in ("reports", "reported"):
        return False
    before = text[max(0, cue.start() - _WORD_BEFORE):cue.start()]
    adverbs = _ADVERBS_AT_END.search(before)
    bare = before[:adverbs.start()] if adverbs else before
    words = bare.split()
    return (_noun_before(bare.lower()) or BEING_BEFORE.search(before) is not None
            or (bool(words) and POSSESSIVE.search(words[-1]) is not None)
            or _REPORT_NOT_VERB_AFTER.match(text, cue.end()) is not None)


def _noun_before(before: str) -> bool:
    """Whether the lower-case word that ends ``before`` makes a "claims" after it a noun: a determiner or
    preposition ("the claims", "of claims") or an adjective ("false claims", "unfounded claims"), not a
    subject's head ("the ministry claims")."""
    words = before.split()
    last = words[-1] if words else ""
    return last.islower() and (last in BEFORE_A_NOUN or bool(_ADJECTIVE_END.search(last)))


def fits_before(pieces: list[re.Match[str]]) -> bool:
    """Whether the comma-separated ``pieces`` before a subject are an opener ("On Tuesday", "Asked about it")
    or what the subject says ("Shelf prices rose, the board said"), not names of a list whose last member
    the subject would be ("Acme, Globex and Initech denied"): each opens with an opener's word or holds a
    word in lower case."""
    def opens(words: list[str]) -> bool:
        first = words[0]
        return first in NOT_A_NAME_START or first in OPENERS or first.endswith(("ly", "ing"))

    return all((words := p.group().split()) and (opens(words) or any(w[:1].islower() for w in words))
               for p in pieces)


def _ends_a_list(before: list[re.Match[str]], subject: str, known: Callable[[str], bool]) -> bool:
    """Whether ``subject``, joined by "and" or "or", is the last members of a list whose first member is the
    comma-separated piece ``before`` it ("The ministry, the police and the army denied"): the subject would
    drop it."""
    return (bool(before) and bool(LIST_JOINER.search(subject))
            and names_someone(before[-1].group().split(), known))


def _owned_by_body(lowered: list[str]) -> bool:
    """Whether the lower-cased subject ``lowered`` is a body's part or person after "its" ("Its Foreign Ministry",
    "Its spokesman"): the body named before owns it, as "The Foreign Ministry" would be the body's."""
    return len(lowered) > 1 and lowered[0] == "its" and (is_role(lowered[-1]) or lowered[-1] in BODY_NOUNS)


def names_someone(words: list[str], known: Callable[[str], bool]) -> bool:
    """Whether ``words``, a sentence's subject, name a definite or named body or person (see
    :func:`subject_before_cue`)."""
    lowered = [w.lower() for w in words]
    if not 0 < len(words) <= SUBJECT_WORDS or (lowered[0] in PRONOUNS and not _owned_by_body(lowered)):
        return False
    if lowered[0] in NO_ONE and not _people_at_named_body(words):
        return False
    outside = {word for k, word in enumerate(lowered) if not _in_paper_name(words, k)}
    if NOT_IN_SUBJECT & outside or lowered[-1] in SUBJECT_JOINERS or POSSESSIVE.search(words[-1]):
        return False
    if any(word.endswith(("n't", "n’t")) for word in lowered):
        return False  # "The report doesn't say": a verb negated, as "does not" is (see CLAUSE_WORDS), no name's word
    if any(FIGURE.fullmatch(word.strip(EDGE)) and not _NAMED_NUMBER.fullmatch(" ".join(words[max(0, k - 1):k + 2]))
           for k, word in enumerate(words)) or _verb_like(words):
        return False  # a clause or a noun phrase with a figure ("Factline rated 32% of Harlow"), no one
    if lowered[0] == "the" or _dated_document(words):
        return len(words) > 1
    if lowered[0] in ("a", "an"):
        head = list(dropwhile(lambda w: w not in SUBJECT_JOINERS, lowered[1:]))  # the words from a joiner on
        described = lowered[1:len(lowered) - len(head)]
        return (any(is_role(POSSESSIVE.sub("", w)) for w in described) or _described_court(described)
                or _tied_outlet(words[1:]))
    if _kind_before_name(words):
        return True
    if not words[0][:1].isupper() or words[0] in NOT_A_NAME_START or words[0] in _CASE_PUT:
        return False
    if len(words) == 1:
        word = POSSESSIVE.sub("", words[0])
        # all in capitals, one letter too ("UNICEF", "X" of "X added a note": a platform's name, no common word), or
        # a given name alone, as features name residents ("Amira has stopped inviting friends round.")
        return (known(word) or word.isupper() or any(ch.isupper() for ch in word[1:]) or word in COUNTRIES
                or without_accents(word.lower()) in SEATS or given_name_sex(word) is not None)
    capitalised = sum(w[:1].isupper() or w.isdigit() for w in words)  # a number here is a name's ("Channel 9")
    # "Acme's board", "Varnland's dispute panel", and a named person's relative, "Orta's widow" or "Orta's eldest
    # son": one definite person
    return (capitalised >= 2 or any(is_role(POSSESSIVE.sub("", w)) for w in lowered[1:])
            or (POSSESSIVE.search(words[0]) is not None and capitalised == 1
                and (lowered[-1] in OWNED_BODY_NOUNS or KIN_WORD.fullmatch(lowered[-1]) is not None)
                and POSSESSIVE.sub("", words[0]) not in NOT_AN_OWNER))


def _kind_before_name(words: list[str]) -> bool:
    """Whether ``words`` are a body's kind in lower case, up to three words with a noun of ``BODY_KINDS`` last, and
    its capitalised name after it, no article between ("fan group Tigers Together" of "criticised by fan group Tigers
    Together", "campaign group Fair Fares"), as "the fan group Tigers Together" is a named body; not a lower-case
    word of no one or a pronoun first ("many groups"), nor a person's post after the kind ("rights group founder Ana
    Roe" is read as a person's role)."""
    count = next((k for k, word in enumerate(words) if word[:1].isupper()), len(words))
    kind, name = words[:count], words[count:]
    return (0 < len(kind) <= 3 and bool(name) and kind[-1] in BODY_KINDS
            and all(re.fullmatch(r"[a-z][a-z'’-]*", word) for word in kind)
            and kind[0] not in NO_ONE and kind[0] not in PRONOUNS and kind[0] not in ("a", "an", "the", "and", "or")
            and all(word[:1].isupper() or word in ("of", "for", "and", "&") for word in name))


#: The people of a weasel word that a body's name after "at" makes named ("Analysts at Dunmore Securities").
PEOPLE_AT_BODY = frozenset("analysts experts".split())


def _people_at_named_body(words: list[str]) -> bool:
    """Whether the subject ``words`` are analysts or experts at a body named in capitals, "the" perhaps before it
    ("Analysts at Dunmore Securities", "Experts at the Kessel Institute"): the body's people, no weasel wording
    ("Analysts said", "Analysts at the time said" name no one)."""
    named = words[3:4] if len(words) > 3 and words[2] == "the" else words[2:3]
    return (len(words) > 2 and words[0].lower() in PEOPLE_AT_BODY and words[1] == "at"
            and bool(named) and named[0][:1].isupper())


#: A day's or a month's possessive ("Thursday's", "March's"), as a key, and a document's noun after it.
_DAY_POSSESSIVE = re.compile(rf"(?:{WEEKDAYS}|{MONTHS}|today|yesterday)['’]s")
_DOCUMENT_NOUN = re.compile(DOCUMENTS)


def _dated_document(words: list[str]) -> bool:
    """Whether the subject ``words`` are a document named by the day or month it came out, as "the" would name it:
    a day's or month's possessive, then the document's noun ("Thursday's memo from the inquiry", "Monday's report";
    not "Monday's cabinet", a body the day does not name)."""
    return (len(words) > 1 and _DAY_POSSESSIVE.fullmatch(words[0].lower()) is not None
            and _DOCUMENT_NOUN.fullmatch(words[1].lower()) is not None)


def _in_paper_name(words: list[str], k: int) -> bool:
    """Whether the word at ``k`` of ``words``, a subject's, is capitalised inside a newspaper's name, capitalised
    words after it to a masthead's word that ends the subject ("The Evening Post", "The Tarnside Morning Herald",
    "The Sunday Ledger"): a word of time there ("Evening", "Sunday") is the name's, no time the subject was said."""
    after = words[k + 1:]
    return (words[k][:1].isupper() and bool(after) and all(word[:1].isupper() for word in after)
            and POSSESSIVE.sub("", after[-1]).lower() in PAPER_NAME_WORDS)


#: A number of up to three digits that is part of a name, between capitalised words or ending them after one: a
#: broadcaster's channel ("Channel 9 News", "Fox 5"), not a figure a clause counts ("rated 32%").
_NAMED_NUMBER = re.compile(r"[A-Z][\w'’.&-]* \d{1,3}(?: [A-Z][\w'’.&-]*)?")


#: Outlets that speak by posting ("A Telegram channel linked to the Vosk group said"), and the words that tie one
#: to the body it is said to speak for (see :func:`_tied_outlet`).
_OUTLETS = frozenset("channel account page outlet website site blog feed newspaper broadcaster".split())
_TIES = frozenset("linked tied affiliated connected close loyal allied run backed owned controlled".split())


def _tied_outlet(words: list[str]) -> bool:
    """Whether ``words``, a subject's after "a" or "an", are an outlet within their first three words, a word that
    ties it to a body and "to", "with" or "by" ("Telegram channel linked to", "news website run by"; see
    ``_OUTLETS``, ``_TIES``), then that body named with a capital ("the Vosk group", "Halvex"): an outlet told apart
    by whom it speaks for, which says what it posts ("A Telegram channel linked to the Vosk group said"); an outlet
    alone ("A Telegram channel said") is no one."""
    lowered = [word.lower() for word in words]
    return any(word in _OUTLETS and lowered[k + 1] in _TIES and lowered[k + 2] in ("to", "with", "by")
               and any(later[:1].isupper() for later in words[k + 3:]) for k, word in enumerate(lowered[:3])
               if k + 2 < len(lowered))


def _described_court(words: list[str]) -> bool:
    """Whether the lower-case ``words`` after "a" or "an" are a court's word with a number or an adjective before
    it ("three-judge panel", "federal appeals court", "divided bench"): a court so told apart is the one that
    ruled, where "a jury" alone names none."""
    return len(words) >= 2 and words[-1] in COURT_WORDS and not NO_COURT_WORDS & set(words)


def _verb_like(words: list[str]) -> bool:
    """Whether ``words`` hold a lower-case word in "-ed" just after a name, a verb of a clause ("Factline
    rated ...", "Acme denied ..."), not an adjective after an article ("A retired judge")."""
    return any(word.islower() and word.endswith("ed") and before[:1].isupper()
               and before.lower() not in ("the", "a", "an") for before, word in zip(words, words[1:]))
