"""The subject a sentence's cue speaks for: the subject opening it or before a cue, a description or a side,
"he", "she" or "Another" before a cue, a possessor, what a title is about, a firm acting, a person
described before "who" or by the one name given; a clause after a pronoun's cue.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection

from .credit_clauses import ACCOUNT_NOUNS, MAIN_CLAUSE_PRONOUNS
from .credit_persons import person_by_noun
from .credit_quotes import SPEAKING
from .credit_spans import SPEECH_VERB, SPEECH_VERBS
from .credit_topics import PRONOUN_SUBJECT, person_role
from .document import Sentence, Span
from .given_names import given_name_sex
from .person_names import surname_alone
from .segment import dateline_length
from .source_accusations import acted_on_only, sayer_of_act
from .source_finders import agent_of_passive, court_heard, name_after_unclosed_clause, name_before_which_said
from .source_finders import role_holder_before_who_said, speaker_in_aside, subject_before_finding
from .source_find_after_cue import description_after_cue, name_after_cue, name_after_opening_cue, source_according_to
from .source_find_after_cue import speaker_after_quote, speaker_before_colon
from .source_find_openings import body_noun_opening, group_before_cue, headline_bare_noun, headline_clause_subject
from .source_find_openings import opening_subject, subject_of_later_cue
from .source_find_subjects import subject_before_cue
from .index_name_words import SPEAKING_BODY_PARTS
from .index_body_words import ISSUED
from .source_index import SIDE_ALONE, SourceIndex
from .source_keys import past_opener, search_before_space, without_nickname
from .source_words import BODY_KINDS, BODY_NOUNS, COMPANY_WORDS, EDGE, NAME_GIVEN_ONLY, NOT_A_NAME_START, PERSON_ROLES
from .source_words import PRONOUNS, QUANTIFIERS, SUBJECT_CUE, TRADE_KINDS
from .source_kinds import is_role, people_plural
from .source_places import government_of
from .spans import quotes_within

#: A full name in the possessive opening a sentence before a word in lower case ("Tom Vask's " of "Tom Vask's beard
#: was whiter"), after a word that starts no name if any ("When Priya Menon's flight was cancelled", "After Tom
#: Vask's ..."; see ``NOT_A_NAME_START``): group "name" the name, two to four capitalised words.
_POSSESSIVE_OPENING = re.compile(rf"(?:(?:{'|'.join(sorted(NOT_A_NAME_START))})\s+)?"
                                 r"(?P<name>[A-Z][\w’-]*(?:\s+[A-Z][\w’-]*){1,3})['’]s\s+(?=[a-z])")

#: An account's noun that no verb of saying is spelled as (see ``ACCOUNT_NOUNS``: "claim", "allegations", not "claims"
#: nor "reports", as in "Moody's reports that ..."), after a possessive as a cue: the possessive is its owner's.
_OWNED_ACCOUNT_CUE = re.compile(rf"(?:{'|'.join(sorted(set(ACCOUNT_NOUNS.values())))}|allegations|accusations|"
                                r"statements)(?![\w'’-])", re.I)


#: A one-noun description ("the company", "the utility"), as a source span may be.
_ONE_NOUN_DESCRIPTION = re.compile(r"(?i:the)\s+[a-z]+")


def subject_before_description(sentence: Sentence, known: SourceIndex, quotes: list[tuple[int, int]]) -> Span | None:
    """The subject opening ``sentence`` (see :func:`unquoted_subject`) when every source span of it is a one-noun
    description after that subject ("Orsk Mining" of "Orsk Mining will close the mine, the company said"), which
    the body it names may be (see :meth:`SourceIndex.see_body`); ``None`` otherwise."""
    spans = [span for span in sentence.spans if span.type == "source"]
    if not spans or not all(_ONE_NOUN_DESCRIPTION.fullmatch(span.text) for span in spans):
        return None
    subject = unquoted_subject(sentence, known, quotes)
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


def firm_after_kind(sentence: Sentence) -> Span | None:
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


#: A one-word capitalised name opening a sentence, then its answering as a body answers, by a reply or a statement
#: ("Pellico has responded.", "Pellico has since replied.", "Pellico issued a statement on Tuesday."; group "name"
#: the name): the body whose statement or spokesperson follows ("A company statement said ...").
_ANSWERS_AS_BODY = re.compile(
    r"(?P<name>[A-Z][a-z][\w'’-]*)\s+(?:(?:has|have)\s+(?:since\s+|now\s+|already\s+)?)?"
    r"(?:responded|replied|(?:issued|released|put\s+out)\s+a\s+(?:short\s+|brief\s+|written\s+)?statement)\b")


def firm_by_business_act(sentence: Sentence) -> Span | None:
    """The one-word name opening ``sentence`` as the subject of a business's act (see ``_BUSINESS_ACT``) or of its
    answering by a reply or a statement (see ``_ANSWERS_AS_BODY``): a firm, which a later "the company" or "A company
    statement" may mean, as a span; not a known given name (a person's surname does not post a loss, but a given
    name may open a person's clause); ``None`` otherwise."""
    found = _BUSINESS_ACT.match(sentence.text)
    answered = None if found else _ANSWERS_AS_BODY.match(sentence.text)
    if answered is not None and not _answers_as_no_firm(answered.group("name")):
        found = answered
    if found is None or given_name_sex(found.group("name")) is not None or found.group("name") in _NOT_A_FIRM_WORD:
        return None
    start = sentence.start + found.start("name")
    return Span("source", start, start + len(found.group("name")), found.group("name"))


#: Capitalised words that may open such a sentence without naming a firm ("It cut 200 jobs", "Officials cut prices").
_NOT_A_FIRM_WORD = frozenset("It They He She We This That Officials Ministers Regulators Police".split())


def _answers_as_no_firm(word: str) -> bool:
    """Whether ``word``, opening a sentence before "has responded" or "issued a statement", names no firm: a word that
    starts no name, a pronoun ("Nobody", "Everyone"), a count, a role, people in the plural, a state ("France",
    whose government answers) or a body's own part that speaks for it ("Management", "Leadership": see
    ``SPEAKING_BODY_PARTS``), whose firm is no "Management", or a capital or a party's name standing for a government
    or a party ("Washington", "Labour": see ``_GOVERNMENTS_AND_PARTIES``)."""
    lower = word.lower()
    return (word in NOT_A_NAME_START or lower in PRONOUNS or lower in _NOBODY or lower in QUANTIFIERS
            or is_role(lower) or people_plural(lower) or government_of(lower) is not None
            or lower in SPEAKING_BODY_PARTS or lower in _GOVERNMENTS_AND_PARTIES)


#: One-word names that stand for a government or a party answering, no firm: capitals left out of ``CAPITALS`` as
#: English words, names or US places ("Washington has responded.", "London", "Paris"), and parties by their one-word
#: names ("Labour has responded.", "Tories": a party's own account).
_GOVERNMENTS_AND_PARTIES = frozenset("""washington london paris dublin rome athens wellington canberra delhi brussels
    jerusalem whitehall westminster labour tories conservatives democrats republicans liberals greens socialists
    nationalists unionists""".split())
#: Indefinite pronouns that open a sentence as a name would ("Nobody has responded.").
_NOBODY = frozenset("nobody everybody everyone somebody someone anyone anybody none neither either each".split())

#: Kinds of body in lower case, beside ``BODY_NOUNS``, that a body's name may be set after ("The employers' body, the
#: ...", "The registry, ...", "The ship's manager, ...", "The manufacturer, ...": a business's trade, ``TRADE_KINDS``).
_KINDS_BEFORE_NAME = frozenset("body registry owner manager insurer airline employer".split()) | TRADE_KINDS

#: A one-word capitalised name opening a sentence, then an appositive of a body's kind between commas ("Oxbow, a
#: ransomware group,", "Tessan, an aid charity,"; see ``BODY_KINDS``): group "name" the name.
_NAME_THEN_BODY_KIND = re.compile(rf"(?P<name>[A-Z][\w&'’-]*),\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?"
                                  rf"(?:{'|'.join(sorted(BODY_KINDS))}),")


#: A body described by "The" and its kind opening a sentence, then its name set between commas ("The employers' body,
#: the Halverton Terminal Operators Association,", "The operator, Kessel Ports,"): group "name" the name, capitalised
#: words with "of", "for", "and" or "&" between; not one of two bodies named so ("The operator, Kessel Ports, and the
#: union, Dockers United, have ...").
_BODY_KIND_THEN_NAME = re.compile(
    rf"The\s+(?:[a-z][\w'’-]*\s+){{0,2}}?(?:{'|'.join(sorted(BODY_NOUNS | _KINDS_BEFORE_NAME))}),\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|&|[A-Z][\w&'’.-]*)){0,7}),(?!\s+(?:and|or)\s)")


def body_by_appositive(sentence: Sentence) -> Span | None:
    """The one-word name opening ``sentence`` (an opener before it allowed: see
    :func:`framing.source_keys.past_opener`) before an appositive saying it is a body (see ``_NAME_THEN_BODY_KIND``:
    "Oxbow" of "Oxbow, a ransomware group, posted the files."), or the name set after a body's kind opening it (see
    ``_BODY_KIND_THEN_NAME``: "Kessel Ports" of "The operator, Kessel Ports, has issued a statement."), as a span: the
    body "It" in the next sentence means, though a name of one word alone or a description with a possessive opens no
    subject; not a known given name; ``None`` otherwise."""
    text = sentence.text
    skip = past_opener(text)
    opening = skip + len(text[skip:]) - len(text[skip:].lstrip())
    found = _NAME_THEN_BODY_KIND.match(text, opening) or _BODY_KIND_THEN_NAME.match(text, opening)
    if (found is None or given_name_sex(found.group("name").split()[0]) is not None
            or found.group("name") in _NOT_A_FIRM_WORD):
        return None
    start = sentence.start + found.start("name")
    return Span("source", start, start + len(found.group("name")), found.group("name"))


#: A side owned by "his" or "her" alone, a whole source span ("her office", "his lawyers"; see ``SIDE_ALONE``).
_HIS_OR_HER_SIDE_SPAN = re.compile(rf"(?i:his|her)\s+(?:{SIDE_ALONE.pattern})")


def subject_owning_side(sentence: Sentence, known: SourceIndex, quotes: list[tuple[int, int]]) -> Span | None:
    """The subject opening ``sentence`` (see :func:`unquoted_subject`) when every source span of it is a side owned
    by "his" or "her" after that subject ("Governor Tamsin Roe" of "Governor Tamsin Roe has declared an emergency, her
    office said"): the person the pronoun means, as the sentence's own subject, not one named in an earlier sentence;
    ``None`` otherwise."""
    spans = [span for span in sentence.spans if span.type == "source"]
    if not spans or not all(_HIS_OR_HER_SIDE_SPAN.fullmatch(span.text.strip(EDGE)) for span in spans):
        return None
    subject = unquoted_subject(sentence, known, quotes)
    return subject if subject is not None and all(span.start > subject.end for span in spans) else None


#: A person's pronoun of the third person alone, a whole source span ("She", "he").
_HE_OR_SHE_ALONE = re.compile(r"(?i:he|she)")


def goes_on_with_other(sentence: Sentence, found: list[tuple[Span, str]], known: SourceIndex, before: str | None,
                        speaker: str, asking: bool = False, opening: bool = False) -> bool:
    """Whether the attributed or denial ``sentence`` of a transcript's turn by ``speaker`` names no source but "he" or
    "she" (``found``), who is the person the sentence just before is credited to (``before``), not the speaker:
    "Marla Dent said the account was wrong. She said two officers had been pulled away." goes on with Dent's account,
    whether the speaker tells it or the writer does after the last turn; a speaker is no "she" to themselves. In an
    interviewer's turn (``asking``) the pronoun is a third person the interviewer puts to the guest, never the guest
    who just answered, whom the interviewer calls "you": "HOST: Martin Doyle said ... GUEST: That is false. HOST: He
    also said ..." is Doyle's; later in the interviewer's turn (not ``opening`` it), after a third person the turn
    credited, the pronoun is anyone but the interviewer: "HOST: Tom Vask has accused the council. He says ..." is
    Vask's. So "they" alone after people in the plural the sentence before credited, not in an interviewer's turn:
    "ODEL: Local officials in Grell say ... They say nine people were killed." is the officials'."""
    if sentence.label not in SPEAKING or not found or (before is None and not asking) or before == speaker:
        return False
    pronouns = {span.text.strip(EDGE).lower() for span, name in found if not name}
    if pronouns == {"they"} and not asking and not any(name for _, name in found):
        return before is not None and _people_named(before)  # "ODEL: Local officials say ... They say ..."
    if len(pronouns) != 1 or any(name for _, name in found) or not _HE_OR_SHE_ALONE.fullmatch(next(iter(pronouns))):
        return False
    person = known.person_for(next(iter(pronouns)))
    if asking and not opening:
        return person != speaker  # no interviewer calls themself "he": a third person, whom else it may mean
    return person is not None and person != speaker and person != before if asking else person == before


def person_put_to_guest(sentence: Sentence, found: list[tuple[Span, str]], known: SourceIndex, before: str | None,
                        speaker: str) -> tuple[Span, str] | None:
    """The "he" or "she" alone (of ``found``) opening an interviewer's turn (by ``speaker``) and the person it means
    where the person named most recently of its sex is the guest who just answered (``before``), whom the
    interviewer calls "you": the third person named before the guest ("HOST: Martin Doyle said ... TOM HARTE: That is
    false. HOST: He also said ..." is Doyle's, though Harte is a man too); so where the interviewer's own label named
    them last, no interviewer being "he" to themself ("ROLLO: He also found ..." after "ROLLO: The chief inspector,
    David Morland, found ..." and the guest's answer is Morland's); ``None`` where the pronoun means someone else
    anyway (see :func:`goes_on_with_other`) or no one but the guest and the interviewer."""
    if sentence.label not in SPEAKING or before is None or before == speaker or len(found) != 1 or found[0][1]:
        return None
    said_by = found[0][0]
    pronoun = said_by.text.strip(EDGE).lower()
    if not _HE_OR_SHE_ALONE.fullmatch(pronoun):
        return None
    meant = known.person_for(pronoun)
    if meant == speaker:
        meant = known.person_for(pronoun, besides=speaker)
    if meant != before:
        return None
    person = known.person_for(pronoun, besides=frozenset({before, speaker}))
    return (said_by, person) if person is not None and person != speaker else None


def _people_named(key: str) -> bool:
    """Whether the source ``key`` names people in the plural by its noun, a place after "in" or "at" left out
    ("local officials in grell", "residents"): whom "they" means; not a body ("valdorian army") nor a person."""
    return people_plural(re.split(r" (?:in|at|of|from) ", key, maxsplit=1)[0].rpartition(" ")[2])


def possessive_owner(sentence: Sentence) -> Span | None:
    """The full name in the possessive opening ``sentence`` (see ``_POSSESSIVE_OPENING``) as a span, whose owner the
    sentence writes of ("Tom Vask" of "Tom Vask's beard was greyer"); ``None`` for none."""
    found = _POSSESSIVE_OPENING.match(sentence.text)
    if found is None:
        return None
    return Span("source", sentence.start + found.start("name"), sentence.start + found.end("name"), found["name"])


def unquoted_subject(sentence: Sentence, known: SourceIndex, quotes: list[tuple[int, int]]) -> Span | None:
    """The subject opening ``sentence`` as a span, when it names a definite or named body or person (see
    :func:`framing.source_find_openings.opening_subject`) outside quotation marks (``quotes``): a quoted one is the
    speaker's words; a nickname quoted inside a name is no quotation (see
    :func:`framing.source_keys.without_nickname`)."""
    found = opening_subject(sentence.text, known.knows)
    if found is None:
        return None
    start, end = sentence.start + found[0], sentence.start + found[1]
    named = without_nickname(sentence.text)
    if any(named[max(0, lo - sentence.start):hi - sentence.start].strip()
           for lo, hi in quotes_within(quotes, start, end)):
        return None
    return Span("source", start, end, sentence.text[found[0]:found[1]])


#: A verb of judging, blaming or sanctioning in the passive, an adverb allowed before it, then up to 40 characters of
#: no mark and "by" ("was condemned for the tenth time by", "were sharply criticised on Monday by", "has been fined
#: by"): what follows "by" is the agent, who judged the subject.
_JUDGED_BY = re.compile(
    r"(?<![\w'’-])(?:is|are|was|were|been|being)\s+(?:[a-z]+ly\s+)?"
    r"(?:condemned|critici[sz]ed|censured|rebuked|reprimanded|denounced|faulted|blamed|accused|sued|fined|"
    r"sanctioned|penali[sz]ed|slammed|rated|judged|graded)(?![\w'’-])[^.;:!?\"“”]{0,40}?\sby\s")


def judged_subject(sentence: Sentence, known: SourceIndex, quotes: list[tuple[int, int]],
                   named: list[Span]) -> Span | None:
    """The subject opening ``sentence`` (see :func:`unquoted_subject`) before its verb of judging or sanctioning in
    the passive, when the sources ``named`` in it all stand after that verb's "by" (see ``_JUDGED_BY``): "The
    council" of "The council was condemned for the tenth time by inspectors.", the one judged, whom "It said it would
    appeal." next means, not its judges; ``None`` otherwise."""
    passive = _JUDGED_BY.search(sentence.text)
    if passive is None or not named or any(span.start < sentence.start + passive.end() for span in named):
        return None
    subject = unquoted_subject(sentence, known, quotes)
    return subject if subject is not None and subject.end <= sentence.start + passive.start() else None


#: A conjunction of time or reason just before a "he" or "she" ("when" of "Holt won applause when she spoke").
SUBORDINATE_END = re.compile(r"(?<![\w'’-])(?:when|whenever|as|after|before|while|because|until|once|since)\s+\Z")


def after_nameless_person(sentence: Sentence, said_by: Span | None) -> bool:
    """Whether the "he" or "she" ``said_by`` of ``sentence``, a cue of speech just after it (see
    ``SAID_AFTER_CLAUSE``), opens a clause of time or reason (see ``SUBORDINATE_END``) after a clause writing a
    person by a noun in lower case (see :func:`person_by_noun`): "he" of "Holt fired the coach after he said the
    bus was unsafe" may be the coach, whom no name stands for, as well as the subject; no source named before it."""
    if said_by is None or SAID_AFTER_CLAUSE.match(sentence.text, said_by.end - sentence.start) is None:
        return False
    subordinate = SUBORDINATE_END.search(sentence.text, 0, said_by.start - sentence.start)
    return subordinate is not None and person_by_noun(sentence.text[:subordinate.start()])


#: A cue of speech right after a "he" or "she" that closes a sentence after a comma ("..., he said Wednesday.").
SAID_AFTER_CLAUSE = re.compile(r"\s+(?:said|says|told|tells|added|adds|recalled|recalls|explained|explains)\b")


#: A source span of capitalised words in the possessive and lower-case words after it ("Vell's terse"; group 1 the
#: possessor).
_POSSESSOR_THEN_WORDS = re.compile(r"((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.-]*)['’]s(?:\s+[a-z][\w-]*)*")
#: A cue's noun of what someone said ("terse reply", "blunt response"), whose owner is its speaker.
_SAID_NOUN = re.compile(r"\b(?:repl(?:y|ies)|response|answer|retort|comment|message|verdict)\b", re.I)


def possessor_in_cue(span: Span, sentence: Sentence) -> Span:
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


def main_subject_past_concession(spans: list[Span], sentence: Sentence) -> list[Span]:
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


def subject_acting(span: Span, sentence: Sentence, known: SourceIndex, quotes: list[tuple[int, int]]) -> Span | None:
    """For a source ``span`` that opens with a verb acting on the name after it ("sued Corvane Pharma" of "The
    Harbour Tenants Union sued Corvane Pharma", see :func:`framing.source_accusations.acted_on_only`), the subject
    opening ``sentence`` just before it (see :func:`unquoted_subject`), who acts, when there is one; else ``None``: the
    span names only whom the verb sues, accuses or addresses, who never speaks by it. Any other span is itself."""
    if not acted_on_only(span.text):
        return span
    subject = unquoted_subject(sentence, known, quotes)
    if subject is None or sentence.text[subject.end - sentence.start:span.start - sentence.start].strip(EDGE):
        return None
    return subject


#: A verb of speech in the present or past, "that" perhaps after it, ending the text before a span ("... said ",
#: "... says that ").
_SAID_BEFORE = re.compile(r"(?<![\w'’-])(?:said|says|say)\s+(?:that\s+)?$")
#: A lower-case word opening the text after a span: the verb of the clause it is the subject of ("disliked").
_VERB_AFTER = re.compile(r"\s+[a-z]")


def content_subject(span: Span, sentence: Sentence) -> bool:
    """Whether the source ``span`` opens what is said after "said" or "says" and a lower-case word goes on from it
    ("many colleagues" of "Two teachers said many colleagues disliked the rule"), the cue just after a word: the
    subject of the words reported, which only a subject before the cue may replace (see :func:`subject_source`).
    Not after a quotation or a comma ('"...," said Ana Ruiz in an interview': an inverted cue's speaker), nor before
    a verb of speech or denial ("Officials said the ministry rejected the claims": the ministry's denial relayed);
    nor a pronoun, which the model marked as who speaks ("it" of "Ostrava Freight said it had paid")."""
    before = sentence.text[:span.start - sentence.start]
    said = _SAID_BEFORE.search(before, max(0, len(before) - 16))
    verb = _VERB_AFTER.match(sentence.text, span.end - sentence.start)
    return (said is not None and before[:said.start()].rstrip()[-1:].isalnum() and verb is not None
            and SUBJECT_CUE.match(sentence.text, verb.end() - 1) is None
            and span.text.strip(EDGE).lower() not in MAIN_CLAUSE_PRONOUNS)


#: A relative clause set between commas after the capitalised words opening a sentence, up to its closing comma and a
#: lower-case verb ("Orsa Lines, which owns the container ship, rejected"), or a passive participle's clause naming
#: its agent after "by" ("Mayor Dora Velk, accused by the councillor of favouritism, said", "Orsa Lines, criticised
#: for the delays by the union, rejected"): group "clause" the clause's words.
_RELATIVE_ASIDE_AFTER_NAME = re.compile(
    r"[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|&|[A-Z][\w&'’.-]*)){0,6},\s+(?P<clause>(?:which|who)\s[^,;:\"“”]+"
    r"|(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\s(?:[^,;:\"“”]*?\s)?by\s[^,;:\"“”]+),"
    r"\s+(?:[a-z]+ly\s+)?[a-z]")


def in_relative_aside(span: Span, sentence: Sentence) -> bool:
    """Whether the source ``span`` lies wholly inside a relative clause set between commas after the name opening
    ``sentence``, a verb after the clause ("ship" of "Orsa Lines, which owns the container ship, rejected that."; so
    too a passive participle's agent, "the councillor" of "Mayor Dora Velk, accused by the councillor of
    favouritism, said ...": see ``_RELATIVE_ASIDE_AFTER_NAME``):
    what the clause says of the name, whose subject before it speaks (see :func:`subject_source`), as for a span
    on "who" alone; an opener before the name allowed (see :func:`framing.source_keys.past_opener`)."""
    skip = past_opener(sentence.text)
    found = _RELATIVE_ASIDE_AFTER_NAME.match(sentence.text, skip)
    at = span.start - sentence.start
    if found is None or not (found.start("clause") <= at and span.end - sentence.start <= found.end("clause")):
        return False
    # a participle's agent speaks where the sentence's only cue is the participle's ("Harlow Bridge, described by the
    # councillor as unsafe, was closed."); the subject, where a cue follows the clause
    return found.group("clause").startswith(("which", "who")) or any(
        cue.type == "cue" and cue.start - sentence.start >= found.end("clause") for cue in sentence.spans)


def person_before_who(span: Span, sentence: Sentence) -> Span:
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


def given_name_span(spans: list[Span], sentence: Sentence) -> list[Span]:
    """For a speaking ``sentence`` opening with a person described in lower case and the one name they gave (see
    ``_NAME_GIVEN_ONLY``: "The man, who gave his name only as Walt, said"), ``spans`` with those up to that name
    (the description, "who", the name, the clause) given way to one span of the name, which is the speaker's, as "The
    man, Walt," is; any other ``spans`` as they are."""
    found = _NAME_GIVEN_ONLY.match(sentence.text) if sentence.label in SPEAKING else None
    if found is None:
        return spans
    start, end = sentence.start + found.start("name"), sentence.start + found.end("name")
    return [Span("source", start, end, found.group("name"))] + [span for span in spans if span.start >= end]


#: An article and at most three words in lower case opening a sentence, then "who" (see :func:`person_before_who`).
_PERSON_BEFORE_WHO = re.compile(r"[\s\"“'‘]*(?:(?:But|And|Yet)\s+)?"
                                r"(?P<person>(?:[Aa]n?|The)(?:\s+[a-z][\w'’-]*){1,3})\s+who\s+\Z")


#: A capitalised role word and "on", "of" or "for" ending the text before a span: what the title is about follows
#: ("the Special Rapporteur on " of "... on torture").
_TITLE_PREPOSITION = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)\s+(?:on|of|for)\s+(?:the\s+)?\Z")
#: A role word, in any case, and "in charge of" ending the text before a span: what the role runs follows ("the
#: official in charge of " of "... of the programme").
_IN_CHARGE_OF = re.compile(r"(?<![\w'’-])([A-Za-z]+)\s+in\s+charge\s+of\s+(?:the\s+)?\Z")


def title_subject(span: Span, sentence: Sentence) -> bool:
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


#: "he" or "she" ending the text before a cue ('"...," he' of '"...," he said').
_PRONOUN_BEFORE_CUE = re.compile(r"(?<![\w'’-])(?:[Hh]e|[Ss]he)\s+\Z")
#: The words from a cue's end to a span in a clause of time after it, three words at most before the clause
#: (" after federal prosecutor " of "said after federal prosecutor Dan Orr", " reporters after " of "told
#: reporters after Ana Ruiz"), a comma allowed before the clause: no comma, colon, semicolon or quotation mark in it.
_WHEN_CLAUSE_AFTER_CUE = re.compile(r"(?:\s+[\w'’-]+){0,3}?,?\s+(?:after|before|when|while|as|once|until|since)\s"
                                    r"[^,;:\"“”]*\Z")
#: The words from a cue's end to a span in a clause of report with "as" closing the sentence after a comma, any words
#: before it (" that the restraint lasted an hour, as " of "denied that the restraint lasted an hour, as a prisoner
#: told the family"): whose account the one speaking answers or echoes, no comma, colon, semicolon or quotation mark
#: past the one before "as".
_AS_CLAUSE_AFTER_CUE = re.compile(r"[^;:\"“”]*?,\s+(?:just\s+)?as\s[^,;:\"“”]*\Z")
#: The marks such a clause holds one of at most, a comma before its conjunction.
_CLAUSE_MARK = re.compile(r"[,;:\"“”]")


def cues_after_pronoun(sentence: Sentence) -> tuple[list[int], list[int]]:
    """Where each cue the model marked in ``sentence`` that "he" or "she" opens ends (see ``_PRONOUN_BEFORE_CUE``), in
    order, and where the sentence holds a comma, colon, semicolon or double quotation mark, of which a clause of time
    after such a cue holds one at most (see ``_WHEN_CLAUSE_AFTER_CUE``), in the sentence's text: read once for all its
    spans (see :func:`in_clause_after_pronoun_said`), each cue only at its start, as a search from the sentence's
    start for each cue before each span took a long sentence cubic time."""
    at, text = sentence.start, sentence.text
    ends = sorted(cue.end - at for cue in sentence.spans
                  if cue.type == "cue" and search_before_space(_PRONOUN_BEFORE_CUE, text, cue.start - at, len("she")))
    return ends, [found.start() for found in _CLAUSE_MARK.finditer(text)] if ends else []


def in_clause_after_pronoun_said(span: Span, sentence: Sentence, said_after: tuple[list[int], list[int]]) -> bool:
    """Whether ``span`` lies in a clause of time after a cue the model marked that "he" or "she" opens, of those and
    the marks ``said_after`` holds (see :func:`cues_after_pronoun`, ``_WHEN_CLAUSE_AFTER_CUE``): "Orr" of '"Every word
    of it is true," he said after federal prosecutor Dan Orr read the charges', who acted while the one "he" means
    spoke, and is no source; so does a clause of report with "as" after a comma (see ``_AS_CLAUSE_AFTER_CUE``): "a
    prisoner" of "She denied that the restraint lasted an hour, as a prisoner told the family", whose account she
    answers. The nearest cue is read first; one with two marks before the span, and each before it, holds no such
    clause."""
    ends, marks = said_after
    start = span.start - sentence.start
    marked = bisect_left(marks, start)
    for index in range(bisect_right(ends, start) - 1, -1, -1):
        if marked - bisect_left(marks, ends[index]) > 1:
            return False
        if (_WHEN_CLAUSE_AFTER_CUE.match(sentence.text, ends[index], start)
                or _AS_CLAUSE_AFTER_CUE.match(sentence.text, ends[index], start)):
            return True
    return False


#: A description with "the" and a noun alone, as a sentence's end credits it ("the body" of "..., the body said").
_THE_NOUN = re.compile(r"(?i:the)\s+([a-z]+)")


def opening_subject_described(span: Span, sentence: Sentence) -> Span:
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


def subject_source(sentence: Sentence, known: SourceIndex, quotes: list[tuple[int, int]], words: int) -> list[Span]:
    """The subject of ``sentence`` before its speech or denial verb, as a source span (see
    :func:`framing.source_find_subjects.subject_before_cue`), for a sentence in which the model marked none: the span
    head misses plain subjects ("The ministry denied the report."); before it, the court a court report says heard
    it ("..., a court heard.", "The court heard that ...": see :func:`framing.source_finders.court_heard`), whoever
    spoke in court (not the accused nor the counsel who spoke before), or who speaks of an act after a comma ("..., a
    move the agency said was safe": see :func:`framing.source_accusations.sayer_of_act`), not the act's subject; an
    unnamed group opening it as a plural ("Regulators said it had not": see
    :func:`framing.source_find_openings.group_before_cue`); the name after a clause opening it that no comma closes
    ("When asked whether ... every Orr supporter Vask said no": see
    :func:`framing.source_finders.name_after_unclosed_clause`), looked for before the subject, which would read the
    clause into the name ("asked about the deal vask" of "Asked about the deal Vask said no"). Failing a subject, the
    name after an inverted cue ("The report was false, said Karim Haddad": see
    :func:`framing.source_find_after_cue.name_after_cue`), else a description there ('"...," said the 43-year-old': see
    :func:`framing.source_find_after_cue.description_after_cue`), else the name after a cue opening the sentence before
    a quotation ('Said Ellis: "..."': see :func:`framing.source_find_after_cue.name_after_opening_cue`), else
    the speaker after a quotation ('"...," Koller said', "she said": see
    :func:`framing.source_find_after_cue.speaker_after_quote`), else the source after "according to" ("According to the
    indictment, ...": see :func:`framing.source_find_after_cue.source_according_to`), else the subject of a verb of
    finding or ruling ("The FCA found that ...": see :func:`framing.source_finders.subject_before_finding`), else the
    agent of a verb of speech or judgement in the passive ("were dismissed by the deputy mayor as ...": see
    :func:`framing.source_finders.agent_of_passive`), else "he" or "she" opening it before its cue (see
    :func:`_pronoun_before_cue`), else the subject opening it whose cue comes after its main clause ("The ministry
    released a video that it said showed ...", "The government expelled them, accusing them of ...": see
    :func:`framing.source_find_openings.subject_of_later_cue`), else the person before an appositive of their role in a
    body and "who said" ("Ada Vell, head of the Kessel Institute's Centre for Law, who said ...": see
    :func:`framing.source_finders.role_holder_before_who_said`), else the body or person a relative clause of speech
    describes ("came from the ministry, which said ...", "Anton Dreyer, who says ...": see
    :func:`framing.source_finders.name_before_which_said`), else a headline's role or body's noun alone before its
    verb ("Minister denies ferry kickbacks": see :func:`framing.source_find_openings.headline_bare_noun`), which the
    copy names in full, not the account the sentence would go on with. None
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
             or speaker_before_colon(sentence.text[lead:], known.knows, known.names_person_surnamed)
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
             or headline_bare_noun(sentence.text[lead:]) or _its_staff_opening(sentence.text[lead:], known))
    if found is None:
        return []
    start, end = words + found[0], words + found[1]
    text = sentence.text[start - sentence.start:end - sentence.start]
    if quotes_within(quotes, start, end) or known.unowned_its_document(text):
        return []  # "Its review found ..." of no owner in view: the account of whoever spoke before goes on
    return [Span("source", start, end, text)]


#: A body's staff by a plural role owned by "its" opening a sentence as the subject of a verb ("Its forecasters had
#: predicted ...", "But its engineers warned"): group "staff" holds the subject.
_ITS_STAFF_OPENING = re.compile(r"[\s\"“'‘]*(?:(?:But|And)\s+)?(?P<staff>Its\s+(?:own\s+)?(?:[a-z][\w-]*\s+)?"
                                r"(?:forecasters|experts|engineers|scientists|researchers|analysts|economists|"
                                r"meteorologists|inspectors|lawyers|auditors))\s+[a-z]")


def _its_staff_opening(text: str, known: SourceIndex) -> tuple[int, int] | None:
    """Where in ``text`` its subject stands when it is a body's staff owned by "its" (see ``_ITS_STAFF_OPENING``)
    before any verb, not only one of speech, and the body "its" means is in view (see
    :meth:`SourceIndex.owner_of_its_in_view`): "Its forecasters had predicted gusts ..." after "The Regional Weather
    Centre said ..." is the centre's forecasters'; ``None`` otherwise (after a person, "its" means no one known)."""
    found = _ITS_STAFF_OPENING.match(text)
    if found is None or not known.owner_of_its_in_view(found.group("staff")):
        return None
    return found.span("staff")


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


#: A verb of finding before "that", which reports what the one who found says as a verb of speech would ("found
#: that" of "He also found that staff had not been trained"): see :func:`_pronoun_before_cue`.
_FINDING_THAT = re.compile(r"(?:found|finds|concluded|concludes)\s+that\b")


def _pronoun_before_cue(sentence: Sentence, lead: int) -> tuple[int, int] | None:
    """Where "he" or "she" opening ``sentence`` from ``lead`` on stands as the subject of a cue just after it
    ("She said most buyers were women", "But he also denied it"), in the sentence's offsets: read as any marked
    "he" or "she" is (see :meth:`_Credits._person_meant`), so that a denial the model marked no source in is the
    person's whom the pronoun means, not left to the account it would go on with. The verb is the cue the model
    marked there, or where it marked none in a claim, the verb written there, a verb of speech or of finding before
    "that" ("He also found that ..."): "Critics said the plan was rushed. She said ..." is no critic's, whatever the
    model heard; a denial with no cue marked is left to the account, which an
    accuser's claim does not go on into ("Abel Nyx accused the port ... He denied it." is no one's)."""
    found = PRONOUN_SUBJECT.match(sentence.text, lead)
    if found is None:
        return None
    verb = _coordinated_speech_verb(sentence.text, found.end())
    verb_at = range(sentence.start + (verb if verb is not None else found.end(1)),
                    sentence.start + (verb if verb is not None else found.end()) + 1)
    cues = [span for span in sentence.spans if span.type == "cue" and span.start in verb_at]
    at = verb if verb is not None else found.end()
    written = (not cues and sentence.label != "official_denial"
               and (SPEECH_VERB.match(sentence.text, at) or _FINDING_THAT.match(sentence.text, at)))
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


def speaks_itself(source, sentence: Sentence, cues: Collection[int]) -> bool:
    """Whether a source span is followed by its cue (``cues``: where the sentence's cues start) or by no word, so
    that a possessive it ends with belongs to the name ("Moody's said", "according to McDonald's."); not a cue that
    is an account's noun (see ``_OWNED_ACCOUNT_CUE``: "Ana Ruiz's Claim That ...", "Ana Ruiz's claim that ..."),
    which the one named owns."""
    text, after = sentence.text, source.end - sentence.start
    while after < len(text) and text[after].isspace():
        after += 1
    return not text[after:after + 1].isalpha() or (sentence.start + after in cues
                                                   and not _OWNED_ACCOUNT_CUE.match(text, after))


#: A question about what a body did or says, its subject after the question's word and its verb: "How has the Youth
#: Custody Service responded?", "What did the ministry say?", "Has the Prison Service apologised?" (group "subject":
#: capitalised words, "of", "for" or "and" between them, or "the" and one word in lower case).
_QUESTION_ABOUT = re.compile(r"\W*(?:(?:How|What|Why|When|Where)\s+(?:has|have|did|does|do|is|was|will)|"
                             r"Has|Have|Did|Does|Do|Is|Was|Will)\s+"
                             r"(?P<subject>(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?"
                             r"[A-Z][\w'’&-]*)*|the\s+[a-z]+)\s+[a-z][^?]*\?\W*\Z")


def asks_what_said(sentence: Sentence) -> bool:
    """Whether ``sentence`` is a short question about what its subject says or did (see ``_QUESTION_ABOUT``), four
    words at most after the subject: "What does the operator say?", "How has the Prison Service responded?", an
    explainer's subheading, which gives no one's word however the model marked its subject."""
    found = _QUESTION_ABOUT.match(sentence.text)
    return found is not None and len(sentence.text[found.end("subject"):].split()) <= 4


def question_subject(sentence: Sentence) -> Span | None:
    """The subject of ``sentence`` when it is a question about what that subject did or says (see
    ``_QUESTION_ABOUT``): "the Youth Custody Service" of "How has the Youth Custody Service responded?", a subheading
    of an explainer whose answer goes on with that body's word ("It said it accepted most of the findings.")."""
    found = _QUESTION_ABOUT.match(sentence.text)
    if found is None:
        return None
    return Span("source", sentence.start + found.start("subject"), sentence.start + found.end("subject"),
                found.group("subject"))


def body_by_noun(sentence: Sentence) -> Span | None:
    """The body by its noun in lower case opening ``sentence`` as its subject (see
    :func:`framing.source_find_openings.body_noun_opening`: "A panel of three judges" of "A panel of three judges
    ruled against the port authority."), whose word "It said ..." next is; ``None`` for none."""
    found = body_noun_opening(sentence.text)
    if found is None:
        return None
    return Span("source", sentence.start + found[0], sentence.start + found[1], sentence.text[found[0]:found[1]])


#: "The" and one noun in lower case alone, as a source span ("The team", "The charity"); group 1 the noun.
_THE_NOUN_ALONE = re.compile(r"[Tt]he\s+([a-z][a-z-]+)")
#: A document's noun ("statement", "report", "letter", "communiqué"; see ``ISSUED``), its own source written short.
_DOCUMENT_NOUN = re.compile(ISSUED)
#: A main verb after a subject: a word ending in "-ed" or "-s", an auxiliary, or a common irregular past; not a
#: noun the subject's word qualifies ("memo" of "A leaked ministry memo proposes ...").
_MAIN_VERB = (r"(?:[a-z]+(?:ed|s)|has|have|had|will|would|can|could|may|might|must|should|shall|did|do|is|are|was|"
              r"were|found|said|told|saw|took|gave|got|ran|met|wrote|sent|began|came|went|led|made|kept|held|spent|"
              r"brought|sought|thought|knew|left|put|set|won|lost|spoke|broke|chose|drew|shot|stood|heard|paid)")
#: What a subject that did nothing itself goes on with: a form of "be" or "get" before no "-ing" ("A team was sent
#: to the site", "A second statement was posted online"), or a word joining another subject ("A team at the
#: Sentinel and the police examined ..."), or a preposition the subject goes on with.
_NOT_ACTING = (r"(?!\s+(?:(?:is|are|was|were|be|been|being|get|gets|got|(?:has|have|had)\s+been)\s+(?:[a-z]+ly\s+)?"
               r"(?![a-z]+ing\b)|(?:and|or|nor|with|who|which|that|at|of|from|in|on|for|to|by)\b))")


def described_subject_again(source: Span, before: Sentence) -> Span | None:
    """The subject opening the sentence ``before`` when the ``source`` span just after it is "The" and that subject's
    noun alone (see ``_THE_NOUN_ALONE``): "A visual investigations team at the Sentinel" of "A visual investigations
    team at the Sentinel examined the footage." before "The team found ...", the same team written short. The
    subject is an article, up to three lower-case words and the noun, perhaps a capitalised name where it is after
    "at", "of", "from" or "in", then a main verb (``_MAIN_VERB``) it acts by (see ``_NOT_ACTING``); more words
    than the noun alone, and no document's noun (see ``_DOCUMENT_NOUN``). ``None`` for any other."""
    noun = _THE_NOUN_ALONE.fullmatch(source.text.strip(EDGE))
    if noun is None or _DOCUMENT_NOUN.fullmatch(noun.group(1)):
        return None  # "The statement said" after "A second statement was posted online.": the document's own
    found = re.match(r"[\s\"“'‘]*(?:(?:But|And)\s+)?((?:A|An|The)\s+"
                     r"(?:(?!(?:a|an|the|of|to|for|by|with|and|or|its|their|his|her)\s)[a-z][\w-]*\s+){0,3}"
                     + re.escape(noun.group(1))
                     + r"(?:\s+(?:at|of|from|in)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})?)"
                     r"(?=\s+(?:[a-z]+ly\s+)?" + _MAIN_VERB + r"\b)" + _NOT_ACTING, before.text)
    if found is None or len(found.group(1).split()) < 3:
        return None
    return Span("source", before.start + found.start(1), before.start + found.end(1), found.group(1))


#: What may stand between a sentence's subject and the one it acts on before ", who said": words of no mark that
#: ends a clause or quotes ("put that figure to ", "showed the survey to ").
_ACTING_ON_OBJECT = re.compile(r"\s+[a-z][^,;:!?\"“”()—–]*\s+")


def object_answering_after_who(spans: list[Span], sentence: Sentence, known: SourceIndex) -> list[Span]:
    """The one a sentence's subject acts on, named before a relative clause of speech (see
    :func:`framing.source_finders.name_before_which_said`; a surname alone too, see
    :func:`framing.person_names.surname_alone`), as the source span in place of ``spans``, when they all
    stand before that name and the words between the last of them and it say no speech (see ``SPEECH_VERB``):
    "Labour MP Jonah Frel put that figure to Kallas, who said he had not seen the survey." is Kallas's word, not
    Frel's; ``spans`` as given otherwise ("Frel said the figure came from Kallas, who said ...", "Frel, who said
    ..., voted against it"), and where another verb of speech follows the relative's."""
    # "Kallas" alone, not named before, is a person's surname all the same before "who"
    found = name_before_which_said(sentence.text, lambda word: known.knows(word) or surname_alone(word))
    if found is None or not spans:
        return spans
    start, end = sentence.start + found[0], sentence.start + found[1]
    last = max(span.end for span in spans)
    between = sentence.text[last - sentence.start:found[0]]
    if (last > start or _ACTING_ON_OBJECT.fullmatch(between) is None or SPEECH_VERB.search(between)
            or len(SPEECH_VERB.findall(sentence.text, found[1])) > 1):
        return spans  # "... to Kallas, who said ..., and then said it was flawed": whose the second is, unsaid
    return [Span("source", start, end, sentence.text[found[0]:found[1]])]
