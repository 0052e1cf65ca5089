"""The subject opening a sentence or a headline whatever its verb ("The depot handles parcels", "Minister
denies ferry kickbacks"), a body's name after its kind, a description and its holder, and the unnamed
groups and weasel words opening a sentence as the subject of its cue ("Residents said", "Many believe",
"Other experts said").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import takewhile

from .given_names import is_given_name
from .person_names import person_like, personal_name
from .source_find_subjects import (
    BEFORE_A_NOUN,
    BEFORE_CUE,
    CONJUNCTION,
    KIN_WORD,
    NO_ONE,
    NOT_IN_SUBJECT,
    PEOPLE_AT_BODY,
    QUOTATION_MARKS,
    SUBJECT_REACH,
    SUBJECT_WORDS,
    credited_at_end,
    names_someone,
    no_report,
    past_limiting_word,
    verb_of_subject,
)
from .source_keys import lead_length, past_opener, text_key, without_nickname
from .source_kinds import is_role, people_plural
from .source_words import (
    ADVERB,
    BODY_NOUNS,
    BODY_PLURALS,
    BRACKETED_PARTY_TAG,
    CALENDAR,
    DOCUMENTS,
    INSTITUTIONS,
    NOT_A_NAME_START,
    OWNED_BODY_NOUNS,
    PLACE_ENDS,
    PLAIN_ROLE_WORDS,
    PORTFOLIOS,
    PRONOUNS,
    QUANTIFIERS,
    RANK_MODIFIERS,
    SUBJECT_CUE,
    SUBJECT_TIME,
    TITLE,
    UNINVOLVED,
    WEEKDAYS,
)

_TIME_AFTER_SUBJECT = re.compile(rf" (?:{SUBJECT_TIME})(?= )")
#: Adverbs of time or manner between a subject and its verb ("Paul Dufresne also testified", "Councilwoman Lena Marsh
#: then quickly voted", "The witness first took the stand"): no part of the subject; not one of hearsay ("Ana Ruiz
#: reportedly forwarded ...", "allegedly"), whose sentence goes on with the source that reported it.
_ADVERBS_AFTER_SUBJECT = re.compile(rf"(?: (?!(?:reportedly|allegedly|purportedly|supposedly|apparently)\b)"
                                    rf"(?:{ADVERB}|first|once))+(?= )")


#: A verb that shows a clause after "that" (see ``_CLAUSE_AFTER_THAT``): of being, having or a modal, negated too
#: ("cannot", "didn't", "won't"), a common irregular past ("rose", "knew", "misled", "paid") or one in -ed, but not
#: one read as an adjective: "un-...ed" ("that lead unchallenged"; "under-", "unveiled", "uncovered", "unearthed" are
#: verbs), "closed", "opened" ("that meeting closed to the public").
CLAUSE_VERB = (r"(?:is|was|were|are|has|have|had|will|would|could|can|may|might|must|should|did|does|do|cannot|"
                r"[a-z]+n['’]t|rose|fell|"
                r"grew|knew|made|paid|broke|misled|took|gave|lost|sold|bought|hid|spent|kept|left|told|said|won|ran|"
                r"met|became|began|brought|caught|sought|fought|saw|stole|wrote|withheld|"
                r"(?!un(?!der|veil|cover|earth)|closed\b|opened\b)[a-z][\w'’-]*ed)\b")


#: One capitalised word ending as a plural does ("Regulators", "Protesters"; not "Congress", "Airbus", "Davis")
#: opening a sentence, an adverb perhaps after it (see ``BEFORE_CUE``), before what may be its verb.
_GROUP_OPENING = re.compile(r"([A-Z][a-z]*[a-hj-rtv-z]s)(?=\s)")
#: A collective noun of people with no plural "s" opening a sentence, a group as any plural is ("Police said"), or
#: after a capitalised word that says whose ("Harbour police said").
_COLLECTIVE_OPENING = re.compile(r"(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)?((?:[A-Z][a-z]+\s+)?(?:[Pp]olice|[Ss]taff))(?=\s)")
#: A quantifier opening a sentence, or a word that leaves a group as unnamed as one does (see
#: ``VAGUE_GROUP_WORDS``), a conjunction perhaps before it, then up to two words in lower case and a plural noun
#: (group 2) that may name people or bodies ("Some residents", "But many local shoppers", "A few parents",
#: "Independent experts", "Various groups"); group 1 holds the quantifier and the noun.
_COUNTED_GROUP_OPENING = re.compile(r"(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)?((?:[Ss]ome|[Mm]any|[Ss]everal|[Mm]ost|[Ff]ew|"
                                    r"[Aa]\s+few|(?:[Dd]ozens|[Hh]undreds|[Tt]housands)\s+of|"
                                    r"[Ii]ndependent|[Vv]arious)"
                                    r"\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*s))(?=\s)")

#: A capitalised word, then none, one or two lower-case words, and a plural noun that may name people or bodies
#: (group 2) opening a sentence, a conjunction perhaps before it ("Environmental groups", "Human rights groups",
#: "Opposition lawmakers"); group 1 the group's words. Not a word of ``_NOT_A_MODIFIER`` first.
_MODIFIED_GROUP_OPENINGS = tuple(re.compile(rf"(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)?([A-Z][a-z]+\s+(?:[a-z][\w-]*\s+){{{n}}}"
                                            r"([a-z][\w-]*s))(?=\s)") for n in range(3))
#: Plural nouns of public services that speak, with a word before them, as one unnamed body does ("Emergency services
#: say", "Rescue services said"), as "Environmental groups" do.
_SERVICE_PLURALS = frozenset({"services"})
#: First words that make no group's modifier: a determiner, a pronoun's, a clause's word or weasel wording ("The",
#: "Their", "When", "Many").
_NOT_A_MODIFIER = BEFORE_A_NOUN | NO_ONE | NOT_IN_SUBJECT | frozenset("this that".split())


def group_before_cue(text: str, known: Callable[[str], bool] = lambda word: False) -> tuple[int, int] | None:
    """Where in the sentence ``text`` an unnamed group of people stands that opens it as the subject of its first
    speech, denial or reaction verb (see ``SUBJECT_CUE``): one capitalised word the text has not named before,
    written as a plural ("Regulators said it had not", "Protesters denied", "Critics said"; see
    ``_GROUP_OPENING``) that names people (see :func:`people_plural`), which :func:`subject_before_cue` reads as no
    name. The group speaks, a source that names no one, as when the model marks it, so that its words are not the
    account of the speaker before ("Orvane said it reported every fire. Regulators said it had not."); so too such
    a group in lower case that a quantifier counts or a vague word leaves unnamed ("Some residents said", "But many
    local shoppers say", "Independent experts said", "Several organisations said": see ``_COUNTED_GROUP_OPENING``), a
    vague source but a group of people, not weasel wording. Not a word of
    weasel wording ("Others said": see :func:`weasel_before_cue`) nor a thing's ("Sales reported a rise", "News
    reports said"), nor one the document named ("Vask", read as a name by :func:`subject_before_cue`), nor a
    group whose verb is no speech of theirs: "said to be" ("Officials said to be close to the talks") or a speaker
    credited at the sentence's end ("Patients reported side effects, the study found."); ``None`` for anything
    else."""
    group = _group_opening(text, known)
    if group is None:
        return None
    placed = _PLACED_AT_NAME.match(text, group[1])
    if placed is not None and _group_speaks(text, placed.end()):
        return group[0], placed.end()  # "Analysts at Granton Securities were more cautious": the group so placed
    return group if _group_speaks(text, group[1]) else None


#: A group's place at a body named in capitals after its plural, "the" perhaps between ("at Granton Securities",
#: "from the Vell Lab"): part of the group a stance or a verb after it is said of.
_PLACED_AT_NAME = re.compile(r"\s+(?:at|from|with)\s+(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+){0,3}[A-Z][\w'’&.-]*")


def _group_opening(text: str, known: Callable[[str], bool]) -> tuple[int, int] | None:
    """Where an unnamed group of people opening the sentence ``text`` stands, whatever its verb, as
    :func:`group_before_cue` reads one ("Regulators", "Some residents", "Environmental groups", "Harbour police");
    ``None`` for anything else."""
    skip = lead_length(text)
    counted = _COUNTED_GROUP_OPENING.match(text, skip)
    if counted is not None and (people_plural(counted.group(2)) or counted.group(2) in BODY_PLURALS):
        return counted.span(1)
    group = _GROUP_OPENING.match(text, skip) or _COLLECTIVE_OPENING.match(text, skip)
    if (group is not None and (people_plural(group.group(1).lower()) or _collective_of_people(group))
            and not known(group.group(1))):
        return group.span(1)
    modified = next((found for found in (opening.match(text, skip) for opening in _MODIFIED_GROUP_OPENINGS)
                     if found is not None and (people_plural(found.group(2))
                                               or found.group(2) in BODY_PLURALS | _SERVICE_PLURALS)), None)
    if (modified is None or modified.group(1).split()[0].lower() in _NOT_A_MODIFIER
            or known(modified.group(1).split()[0]) or _speech_before_plural(modified)):
        return None
    return modified.span(1)


def _speech_before_plural(found: re.Match[str]) -> bool:
    """Whether a verb of speech stands among the words of ``found``, a match of ``_MODIFIED_GROUP_OPENINGS``, before
    its plural noun ("said" of "Verma said managers had told staff ..."): a speaker and the people he speaks of,
    no group's name. One in "-ed" after a word that is no pronoun may be a participle describing the people ("Two
    alleged victims said", "Former accused officers said"): the group's."""
    after_pronoun = found.group(1).split()[0].lower() in PRONOUNS
    return any(after_pronoun or not cue.group().endswith("ed")
               for cue in SUBJECT_CUE.finditer(found.string, found.start(1), found.start(2)))


def _collective_of_people(found: re.Match[str]) -> bool:
    """Whether ``found``, a match of ``_COLLECTIVE_OPENING``, is a collective of people alone or after a word that
    says whose ("Harbour police"), not after a determiner or a clause's word ("The police", "When police")."""
    words = found.group(1).split()
    return found.re is _COLLECTIVE_OPENING and (len(words) == 1 or words[0].lower() not in _NOT_A_MODIFIER)


def _group_speaks(text: str, end: int) -> bool:
    """Whether the group opening ``text`` up to ``end`` is the subject of its first speech, denial or reaction verb
    (see :func:`_speaks_as_subject`) or of a stance ("were less optimistic", "remained sceptical": see
    ``_WEASEL_STANCE``), which a group, unlike weasel wording, takes as its own."""
    return _speaks_as_subject(text, end) or _WEASEL_STANCE.match(text, end) is not None


#: A weasel word opening a sentence, a conjunction perhaps before it ("Others", "Many", "But some", "Few"): no one.
_WEASEL_OPENING = re.compile(r"(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)?([Oo]thers|[Mm]any|[Ss]ome|[Ff]ew)(?=\s)")


def weasel_before_cue(text: str, known: Callable[[str], bool] = lambda word: False) -> tuple[int, int] | None:
    """Where in the sentence ``text`` a weasel word stands that opens it as the subject of its first speech, denial
    or reaction verb, as :func:`group_before_cue` reads a group's ("Others said it was sound", "Many say", "But
    some have long argued"; see ``_WEASEL_OPENING``): the writer's unnamed sourcing (LABELS.md), which names no one
    and is not the account of the speaker before. Not a word counting a noun ("Some residents said": a group), nor
    one whose verb is no speech of theirs ("Many said to be close to the talks", "Some fled, the mayor said"), nor
    a surname the document named (``known``: "Few" after "Ivan Few"); ``None`` for anything else."""
    weasel = _WEASEL_OPENING.match(text, lead_length(text))
    if weasel is None or known(weasel.group(1)):
        return None
    return weasel.span(1) if _speaks_as_subject(text, weasel.end(1)) else None


#: A stance taken, after a verb of being or staying and its adverbs, that a weasel word's people are said to hold with
#: no verb of speech ("were more cautious", "remain sceptical", "are less sure"; not "are sure to follow"; see
#: :func:`weasel_stance`).
_WEASEL_STANCE = re.compile(r"\s+(?:were|are|was|is|remain(?:ed|s)?|seem(?:ed|s)?|appear(?:ed|s)?|stay(?:ed|s)?)\s+"
                            r"(?:(?:more|less|far|much|rather|somewhat|even|still|also|not|so|as|too|very)\s+)*"
                            r"(?:cautious|circumspect|guarded|measured|sceptical|skeptical|sure(?!\s+to\b)"
                            r"|convinced|unconvinced"
                            r"|optimistic|pessimistic|doubtful|wary|confident|hopeful|upbeat|bullish|bearish|critical"
                            r"|worried|concerned|divided|hesitant|reluctant|enthusiastic|impressed|unimpressed)\b")


def weasel_stance(text: str, known: Callable[[str], bool] = lambda word: False) -> bool:
    """Whether a weasel word opens the sentence ``text`` as the subject of a stance, with no verb of speech
    ("Others were more cautious.", "Many remain sceptical", "But some are less sure"; see ``_WEASEL_STANCE``): the
    writer's unnamed sourcing, as :func:`weasel_before_cue` reads it before a cue, which names no one and is not the
    account of the speaker before. Not a surname the document named (``known``: "Few" after "Ivan Few")."""
    weasel = _WEASEL_OPENING.match(text, lead_length(text))
    return weasel is not None and not known(weasel.group(1)) and _WEASEL_STANCE.match(text, weasel.end(1)) is not None


#: "Other", "Some", "Many", "Several" or "Most" and a plural noun opening a sentence, a conjunction before it and a
#: lower-case word between allowed ("Other researchers", "But other independent experts", "Many experts"; group 1 the
#: noun), a verb after it in lower case.
_OTHER_GROUP_OPENING = re.compile(r"(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)?(?:[Oo]ther|[Ss]ome|[Mm]any|[Ss]everal|[Mm]ost)\s+"
                                  r"(?:[a-z][\w-]*\s+)?([a-z]+s)\s+[a-z]")


def other_group_opening(text: str) -> bool:
    """Whether the sentence ``text`` opens with "Other" (or "Some", "Many", "Several", "Most") and a group of people as
    its subject ("Other researchers were more cautious.", "But other economists questioned the figures", "Some
    researchers were more cautious."; see ``_OTHER_GROUP_OPENING``,
    :func:`people_plural`): a new party, set against the speaker before, whose account it never goes on with."""
    found = _OTHER_GROUP_OPENING.match(text, lead_length(text))
    return found is not None and people_plural(found.group(1))


def _speaks_as_subject(text: str, end: int) -> bool:
    """Whether the words of the sentence ``text`` up to ``end`` are the subject of its first speech, denial or
    reaction verb (see ``SUBJECT_CUE``): no more than an adverb between (see ``BEFORE_CUE``), a clause setting
    them apart from the work they comment on before it (see ``UNINVOLVED``), and a verb that is
    their speech, not "said to be" nor one a speaker credited at the sentence's end has ("..., the study found"; not
    the group's own ", they added": see :func:`credited_at_end`)."""
    uninvolved = UNINVOLVED.match(text, end)  # "Experts not involved in the study said": the experts' verb
    end = uninvolved.end() if uninvolved else end
    cue = SUBJECT_CUE.search(text, end, end + SUBJECT_REACH)
    gap = text[end:cue.start()] if cue else ""
    if cue is None or (gap.strip() and BEFORE_CUE.fullmatch(gap) is None) or no_report(text, cue):
        return False  # "Regulators fined the firm after it said ...": the group's verb is no cue
    if _SAID_TO.match(text, cue.end()) or credited_at_end(text, cue.end(), ("they",)):
        return False  # "Officials said to be close to ...", "Patients reported side effects, the study found."
    return verb_of_subject(text, cue)


#: "said to be" or "said to have", a passive: what the sentence says of its subject, not the subject's speech.
_SAID_TO = re.compile(r"\s+to\s+(?:be|have)\b")


#: Lower-case words an opening subject may hold besides its capitalised ones (see :func:`opening_subject`):
#: "Velmark's foreign ministry spokeswoman Dana Holm", "A spokesman for the army", "The state news agency", a sports
#: body's "The league".
#: Ordinals that rank a role just after them ("The second engineer Jovan Petrak", "the third officer"); no adverb after
#: a subject ("The president first stepped in").
_RANK_ORDINALS = frozenset("first second third fourth fifth".split())
SUBJECT_LOWER_WORDS = (BODY_NOUNS | RANK_MODIFIERS | PLAIN_ROLE_WORDS | {w.lower() for w in PORTFOLIOS}
                        | frozenset("""foreign news national federal central regional military armed the of for
                                    mission delegation club league federation zoo park sanctuary panel unit""".split()))
#: Irregular past tenses (beyond ``CLAUSE_VERB``'s, whose "-ed" reads "led" and "fed") that, lower case just after
#: a subject, are its main verb, not more of its noun phrase ("Anna Pryce, the victim's sister, wept in the gallery.").
_IRREGULAR_PAST = """spoke went came got sent shot hit put set struck held drew threw rode flew wore swore
                  sat stood wept slept knelt sang swam sank shook dug laid lit leapt crept clung dealt
                  felt heard meant froze chose forgave forgot hung rang slid strode swept taught thought tore woke
                  found built drove ate drank blew bore bent understood withdrew upheld overtook cast cut shut quit
                  split spread bid""".split()
#: "closed" or "opened" before its object, an article or an owner's word (``CLAUSE_VERB`` leaves them out, as "that
#: meeting closed to the public" reads them as adjectives): a verb ("The ministry closed the wing in May.").
_CLOSED_ON_OBJECT = r"(?:closed|opened)(?=\s+(?:the|a|an|its|their|his|her|all|two|three|four)\s)"
#: The verb of a main clause just after its subject: lower case and finite ("was", "has", "released", "spoke",
#: "posts"), not a word that goes on with the noun phrase ("and", "of").
_MAIN_VERB = re.compile(rf"(?:{CLAUSE_VERB}|(?:{'|'.join(_IRREGULAR_PAST)})\b|[a-z]{{2,}}[^s'’\W]s\b"
                        rf"|{_CLOSED_ON_OBJECT})")
#: An appositive between an opening subject and its verb: an article or an age, then words up to a comma
#: (", a Velmark spokeswoman,", ", 54,"), or both (", 41, a Velmark spokeswoman,"), "now" perhaps before either
#: (", now 52,", ", now a teacher,").
_APPOSITIVE = re.compile(r"(?:,\s+(?:now\s+)?(?:(?:a|an|the)\s+[^,;:()\"“”]+?|\d{1,3})\s*){1,2},")
#: A role, then its holder's capitalised name between commas, as :func:`opening_subject` reads them ("The Varnesian
#: spokeswoman, Mila Dragan"): group 1 the role's last word; the comma after the name is left for the caller.
_ROLE_THEN_HOLDER = re.compile(r"(?:[\w'’.-]+\s+){0,4}?([a-z]+),\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")
#: A description with an article or "his", "her" or "their", then its holder's personal name between commas,
#: opening a sentence ("The No. 9 seed, Olena Petrenko,", "A former winger, Tom Vask,", "His sister, Claire Fayle,"):
#: the description's words after the article are in lower case or numbers ("No." too), so that no body's name is
#: among them, but for one capitalised word in the possessive that owns the role ("The Margit's skipper, Anders
#: Holm,"), or a name of up to three words in the possessive opening it with no article ("Lang's deputy, Felix
#: Orr,", "Dieter Lang's brother, Felix Lang,"); group "name" the name, the comma after it left, group "noun" the
#: description's last word (a relative's noun may have a given name alone after it: "His mother, Carol,"). One of a
#: group may be the description ("One of them, Jovan Petrak,", "One of the crew, ..."), and the name may have its
#: role in lower case before it, an article and an ordinal perhaps before that ("One of them, the second engineer
#: Jovan Petrak,"): group "role" those words, whose last a role's (see :func:`_described_holder`).
_DESCRIPTION_WORD = r"(?:[a-z][\w'’-]*|\d[\w'’.-]*)"
_DESCRIBED_HOLDER = re.compile(rf"(?:(?:[Tt]he|An?|His|Her|Their)\s+(?:[A-Z][\w-]*['’]s\s+)?|One\s+of\s+"
                               r"|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+)"
                               rf"(?:(?:{_DESCRIPTION_WORD}|No\.)\s+){{0,4}}?(?P<noun>{_DESCRIPTION_WORD}),\s+"
                               r"(?P<role>(?:(?:the|an?)\s+)?(?:[a-z][\w-]*\s+){1,3})?"
                               r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?=,)")
#: A participle's aside between an opening subject and its verb (", having read the new version,"): what the subject
#: was doing, no part of it.
_PARTICIPLE_ASIDE = re.compile(r",\s+[a-z]+ing\s+[^,;:()\"“”]+?,")
#: How the subject looked or felt, set between it and its verb: an adverb in -ly and an adjective or a participle
#: (", clearly annoyed,", ", visibly angry,"), or a participle alone (", smiling,", ", shaken,"); no part of it.
_MANNER_ASIDE = re.compile(r",\s+(?:[a-z]+ly\s+[a-z][\w-]*|[a-z]+(?:ed|en|ing))\s*,")
#: A linking adverb or phrase set between an opening subject and its verb (", for her part,", ", however,", ", in
#: turn,", ", for instance,", ", by contrast,"): how the sentence stands to the one before, no part of the subject.
_LINKING_ASIDE = re.compile(r",\s+(?:for\s+(?:his|her|its|their)\s+part|however|meanwhile|in\s+turn|though|too|"
                            r"for\s+(?:instance|example)|by\s+(?:contrast|comparison)|in\s+(?:contrast|particular)|"
                            r"likewise|similarly|instead|indeed)\s*,")


#: A relative clause on the subject set between it and its verb, no comma inside (", who is a nurse,"): not the
#: subject's words.
_RELATIVE_ASIDE = re.compile(r",\s+who\s+[^,;:()\"“”]+?,")
#: An emphatic "himself" or "herself" just after a subject ("Tom Vask himself was delighted"), no part of it.
_EMPHATIC = re.compile(r" (?:him|her)self(?= )")


#: Words after a body's noun that say where it sits or whom it is sent to ("embassy in Lisk", "mission to the United
#: Nations"): part of the body's name when a capitalised name follows (see :func:`_body_sited`).
_BODY_SITE_WORDS = frozenset("in at to".split())


def _body_sited(noun: str, word: str, later: Sequence[re.Match[str]]) -> bool:
    """Whether ``word`` after ``noun`` in a subject goes on with a body's name to where it sits or whom it is sent to
    ("in" of "The Velmaran embassy in Lisk issued", "to" of "The Velmaran mission to the United Nations said"): the
    noun is a body's (see ``BODY_NOUNS``; "mission", "delegation"), ``word`` one of ``_BODY_SITE_WORDS``, and the
    next of the ``later`` words capitalised, "the" allowed before it (not "in" of "The ministry in a statement")."""
    names = [found.group() for found in later]
    if names[:1] == ["the"]:
        names = names[1:]
    return (word in _BODY_SITE_WORDS and noun.lower() in BODY_NOUNS | {"mission", "delegation"}
            and bool(names) and names[0][:1].isupper())


def _owned_body_words(before: list[re.Match[str]], later: Sequence[re.Match[str]]) -> int:
    """How many of the ``later`` words (up to three) name a body owned by the capitalised name ``before`` in the
    possessive: up to two lower-case words, then a body's noun (``OWNED_BODY_NOUNS``) ending the run ("dispute
    panel" of "The Trade Council's dispute panel met ..."); 0 for none: not an owner with a given name ("Tom Vask's
    legal team" is a person's side), nor a noun a capitalised name goes on after ("The Trade Council's panel Chair
    Ana Ruiz")."""
    owner = [found.group() for found in before]
    if (not owner or not owner[-1].endswith(("'s", "’s"))
            or not all(word[:1].isupper() for word in owner if word != "the")
            or any(is_given_name(word) for word in owner)):
        return 0
    for count, found in enumerate(later, 1):
        word = found.group()
        if not word.isalpha() or not word.islower():
            return 0
        if word in OWNED_BODY_NOUNS:
            return count if count == len(later) or not later[count].group()[:1].isupper() else 0
        if count == len(later):
            return 0
    return 0


def _service_words(before: list[re.Match[str]], later: Sequence[re.Match[str]]) -> int:
    """How many of the ``later`` words (up to three) after "the" alone (``before``) name a public service in lower
    case: one or two lower-case words, then "service" ending the run ("prison service" of "The prison service
    published the review."); 0 for none ("The service" alone is read as any body's noun, and "The prison service
    Director Ana Ruiz" goes on with a name)."""
    if [found.group().lower() for found in before] != ["the"]:
        return 0
    words = [found.group() for found in later]
    at = words.index("service") if "service" in words[1:] else 0
    if not at or not all(word.isalpha() and word.islower() for word in words[:at]):
        return 0
    return at + 1 if at + 1 == len(words) or not words[at + 1][:1].isupper() else 0


#: Lower-case words that join the parts of a body's full name after its "of" or "for" ("and" of "Department of Health
#: and Human Services", "in" of "Office for Standards in Care"; see :func:`_name_joined`).
_NAME_JOINING_WORDS = frozenset("and in".split())


def _name_joined(before: list[str], word: str, later: Sequence[re.Match[str]]) -> bool:
    """Whether ``word`` after the subject's words ``before`` goes on with a body's full name: one of
    ``_NAME_JOINING_WORDS``, a capitalised word after it, and "of" or "for" after a capitalised word before it, or
    "and" after capitalised words alone before a run of them that a body's noun ends (see
    :func:`_body_noun_ends_run`: "The Competition and Markets Authority"), no given name among those (not "and" of
    "Secretary of State Tom Orr and Ana Vell", two people), as "The Office for Standards in Care" and "The Department
    of Health and Human Services" are each one body's name; not "of" after the body's people ("Members of the ..."),
    whose body is named after it (see :func:`_people_of_body`)."""
    if word not in _NAME_JOINING_WORDS or not later or not later[0].group()[:1].isupper():
        return False
    if (word == "and" and _body_noun_ends_run(later) and before and before[-1].lower() not in BODY_NOUNS
            and all(held[:1].isupper() and not is_given_name(held) for held in before)):
        return True
    prepositions = [k for k, held in enumerate(before) if held in ("of", "for") and k and before[k - 1][:1].isupper()
                    and not _people_of_body(before[k - 1].lower())]
    return bool(prepositions) and not any(is_given_name(held) for held in before if held[:1].isupper())


def _body_noun_ends_run(later: Sequence[re.Match[str]]) -> bool:
    """Whether the capitalised words ``later`` (after an "and" in a subject) end, before a word in lower case that
    does not go on with a name ("of", "for"), with a body's noun (see ``BODY_NOUNS``): "Markets Authority" of "The
    Competition and Markets Authority looked ...", "Drug Administration"; one body's name, not two subjects ("Tom
    Vask and Ana Vell"), nor a second body's name ("The Treasury and Bank of Kessel"; and see :func:`_name_joined`:
    not after a body's noun, "Kessel Council and Orsk Council")."""
    run = list(takewhile(lambda found: found.group()[:1].isupper(), later))
    return (bool(run) and len(run) < len(later) and run[-1].group().lower() in BODY_NOUNS
            and later[len(run)].group() not in ("of", "for"))


def _people_of_body(word: str) -> bool:
    """Whether the lower-case ``word`` before "of" names people of a body, not the body ("members", "staff",
    "workers" of "Members of the Transport and Warehouse Workers Union"): the body's name is what follows "of"."""
    return word in ("members", "staff") or people_plural(word)


def _weekday_before_verb(text: str, at: int) -> bool:
    """Whether a weekday with no "on" before it, capitalised, stands at ``at`` of ``text`` between a subject and its
    verb ("The regulator Tuesday fined ...", "Ana Ruiz Monday night said ..."): a time, no word of the subject's
    name; not a weekday going on with a name ("The Sunday Times reported ...")."""
    timed = _TIME_AFTER_SUBJECT.match(text, at)
    return (timed is not None and re.match(rf" (?:{WEEKDAYS})\b", text[at:timed.end()], re.I) is not None
            and text[timed.end():timed.end() + 1] == " " and _MAIN_VERB.match(text, timed.end() + 1) is not None)


#: A sentence opening with the people who speak for someone named by a possessive ("Ray's team", "The singer's
#: camp", "Ana Vell's representatives"), whom :func:`opening_subject` does not read: group "who" the subject.
_SPEAKERS_FOR_OWNER = re.compile(r"[\s\"“'‘]*(?P<who>(?:The\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?[A-Za-z][\w-]*['’]s\s+"
                                 r"(?:team|camp|representatives|management|publicists?|lawyers))\b(?!['’])")


def speakers_for_owner(text: str) -> tuple[int, int] | None:
    """Where the people speaking for someone a possessive names stand as the subject opening the sentence ``text``
    ("Ray's team" of "Ray's team has released a statement."; see ``_SPEAKERS_FOR_OWNER``), which
    :func:`opening_subject` does not read: as a document's issuer, a later "it says" or "the statement says" is
    theirs. ``None`` for another opening."""
    speakers = _SPEAKERS_FOR_OWNER.match(text)
    return (speakers.start("who"), speakers.end("who")) if speakers else None


def opening_subject(text: str, known: Callable[[str], bool] = lambda word: False) -> tuple[int, int] | None:
    """Where the subject of the main clause opening the sentence ``text`` stands, whatever its verb, when it
    names a definite or named body or person as :func:`subject_before_cue` reads one: "Velmark's President Oren
    Task" of "Velmark's President Oren Task was asked ...", "Dana Holm" of "Dana Holm, a spokeswoman, spoke ...",
    "The ministry" of "The ministry released a video". Its words are capitalised or a body's, role's or
    portfolio's (see ``SUBJECT_LOWER_WORDS``), or "at" after analysts or experts ("Analysts at Dunmore
    Securities": see :func:`_people_at_named_body`), a lower-case verb follows them (see ``_MAIN_VERB``), an
    appositive, a participle's aside or one of manner between allowed (see ``_APPOSITIVE``, ``_PARTICIPLE_ASIDE``,
    ``_MANNER_ASIDE``: "Tom Vask, clearly annoyed, walked out"), a linking aside (``_LINKING_ASIDE``: "Mira Quell,
    for her part, has decided to stay") or a relative clause (``_RELATIVE_ASIDE``: "Ana Vell, who is a nurse,
    posted ..."); an opener up
    to its comma ("On Tuesday, "), a conjunction and what :func:`lead_length` passes over come first. ``None`` for
    anything else (a pronoun, a quotation, a clause, words of no name: "Within minutes, two rival stories were
    ..."). A role in lower case before a name is left out ("Anders Holm" of "skipper Anders Holm met ..."). The
    appositive, if any, ends the subject, as it goes with it ("Dana Holm, a spokeswoman", "Dana Holm,
    the chief executive of Orvane"); an aside does not ("Ms. Holm" of "Ms. Holm, reading the draft, complained"), nor
    an emphatic "himself" or "herself" ("Tom Vask" of "Tom Vask himself was delighted"), nor a party and state tag in
    brackets ("Sen. Tom Vask" of "Sen. Tom Vask (R-Kessel) was ...", "Gerald Pike" of "Gerald Pike (a Democrat)
    was ..."), nor a time after it ("The regulator" of "The regulator on Tuesday fined ..." or "The regulator Tuesday
    fined ...": see ``_TIME_AFTER_SUBJECT``, :func:`_weekday_before_verb`). A nickname in quotation marks inside a
    name is read as no quotation (see :func:`without_nickname`)."""
    text = without_nickname(text)
    skip = past_opener(text)
    words = list(re.finditer(r"[^\s,]+", text[skip:skip + SUBJECT_REACH]))
    opening = 1 if words and CONJUNCTION.match(words[0].group() + " ") else 0
    taken = opening
    while taken < min(len(words), opening + SUBJECT_WORDS):
        word = words[taken].group()
        at_body = word == "at" and taken == opening + 1 and words[opening].group().lower() in PEOPLE_AT_BODY
        sited = taken > opening and _body_sited(words[taken - 1].group(), word, words[taken + 1:taken + 3])
        joined = _name_joined([found.group() for found in words[opening:taken]], word, words[taken + 1:taken + 5])
        ranked = word in _RANK_ORDINALS and taken + 1 < len(words) and is_role(words[taken + 1].group())
        owned = (_owned_body_words(words[opening:taken], words[taken:taken + 3])
                 or _service_words(words[opening:taken], words[taken:taken + 3])) if taken > opening else 0
        if owned:
            taken += owned  # "The Trade Council's dispute panel met ...": the owner's body, its noun last
            break
        if (not (word[:1].isupper() or word in SUBJECT_LOWER_WORDS or is_role(word) or at_body or sited or joined
                 or ranked)
                or word[:1] in QUOTATION_MARKS):
            break
        if word == "the" and taken > opening and "," in text[skip + words[taken - 1].end():skip + words[taken].start()]:
            break  # "Dana Holm, the chief executive of Orvane, sat ...": an appositive, read below
        if taken > opening and _LINKING_ASIDE.match(text, skip + words[taken - 1].end()):
            break  # "Mira Quell, for her part, has ...": an aside, read below
        if taken > opening and _weekday_before_verb(text, skip + words[taken - 1].end()):
            break  # "The regulator Tuesday fined ...": when, read below, not more of the subject
        taken += 1
    if taken == opening or taken >= len(words):
        at = skip + words[opening].start() if words[opening:] else None
        return None if at is None else _described_holder(text, at) or _name_after_kind_opening(text, at)
    start, end = skip + words[opening].start(), skip + words[taken - 1].end()
    start = past_limiting_word(text, start, end)  # "Only Civil Protection Agency teams were ...": no "Only"
    lower = next(at for at in range(opening, taken + 1) if at == taken or not words[at].group()[:1].islower())
    if opening < lower < taken and is_role(words[lower - 1].group()):
        start = skip + words[lower].start()  # "skipper Anders Holm met ...": the name, not the lower-case role
    named = _ROLE_THEN_HOLDER.fullmatch(text, start, end)
    # "The Varnesian spokeswoman, Mila Dragan, went further": the role's holder named between commas is the subject
    closed = end + 1 if named and text[end:end + 1] == "," and is_role(named.group(1)) else end
    appositive = _APPOSITIVE.match(text, closed)
    aside = (appositive or _PARTICIPLE_ASIDE.match(text, closed) or _MANNER_ASIDE.match(text, closed)
             or _LINKING_ASIDE.match(text, closed) or _RELATIVE_ASIDE.match(text, closed)
             or _EMPHATIC.match(text, closed) or BRACKETED_PARTY_TAG.match(text, closed)
             or _BRACKETED_LETTERS.match(text, closed))
    after = aside.end() if aside else closed
    timed = _TIME_AFTER_SUBJECT.match(text, after)  # "The regulator on Tuesday fined ...": when, not who
    after = timed.end() if timed else after
    adverbs = _ADVERBS_AFTER_SUBJECT.match(text, after)  # "Lena Marsh also voted ...": how or when, not who
    after = adverbs.end() if adverbs else after
    if (text[after:after + 1] != " " or _MAIN_VERB.match(text, after + 1) is None
            or not names_someone(text[start:end].split(), known)):
        return _described_holder(text, start) or _name_after_kind_opening(text, start)
    return start, appositive.end() - 1 if appositive else end


#: A body's name after its kind in lower case opening a clause, an article and up to two lower-case words before the
#: kind ("the ratings agency Kestrel Global" of "On Friday, the ratings agency Kestrel Global cut ...", "ratings
#: agency Kestrel Global"; group 1 the name, up to four capitalised words), the kinds whose bodies' names often say
#: nothing of their kind (as ``framing.source_index`` notes them written so), a group's or gang's too with a verb of
#: naming before the name ("A ransomware group called Oxbow", "a gang calling itself Black Tide", as
#: ``KIND_BEFORE_NAME`` reads them) or after "the" ("The ransomware group Oxbow").
_KIND_THEN_NAME = re.compile(r"(?:(?i:the|an?)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
                             r"(?:(?:agency|regulator|network|broadcaster|forecaster|campaign|union)\s+"
                             r"(?:(?:calling\s+itself|called|known\s+as|named|dubbed)\s+)?"
                             r"|(?:group|gang|cartel)\s+(?:calling\s+itself|called|known\s+as|named|dubbed)\s+"
                             r"|(?<=[Tt]he\s)(?:[a-z][\w-]*\s+){0,2}?(?:group|gang|cartel)\s+)"
                             r"((?!(?:The|A|An|In|On|At|Of|For)\s)[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})")


def _name_after_kind_opening(text: str, at: int) -> tuple[int, int] | None:
    """Where the body's name stands that its kind in lower case opens the sentence ``text`` with at ``at``, a main
    verb after it (see ``_KIND_THEN_NAME``): "Kestrel Global" of "On Friday, ratings agency Kestrel Global cut the
    rating", the body acting, which "the agency" in the next sentence may mean. ``None`` for any other opening, and
    for a person's role or a weekday after the kind ("the union President Tom Vell", "the campaign Tuesday")."""
    found = _KIND_THEN_NAME.match(text, at)
    if found is None or text[found.end():found.end() + 1] != " " or not _MAIN_VERB.match(text, found.end() + 1):
        return None
    first = found.group(1).split()[0]
    if is_role(first.lower()) or TITLE.match(found.group(1)) or CALENDAR.fullmatch(first):
        return None
    return found.span(1)



#: Lower-case words no body's name holds before its noun: articles, prepositions, conjunctions and words of quantity
#: ("The judges on the court", "The head of the board").
_NOT_A_BODY_MODIFIER = r"(?:the|a|an|of|on|in|at|for|to|from|by|with|and|or|its|their|his|her|head|chief|members?)"
#: Nouns of a body that acts and speaks as one, that "It" may mean after it (``BODY_NOUNS``, a panel, a jury, a
#: delegation or a mission too), not a group, gang or cartel by its kind alone, no one identifiable without its name
#: ("The ransomware group has listed the files. It claims ..." is no one's).
_ACTING_BODY_NOUNS = (BODY_NOUNS | frozenset(("panel", "delegation", "mission", "jury"))) - {"group", "gang", "cartel"}
#: A body by its noun in lower case opening a sentence after an article, up to three lower-case words before the noun
#: ("The port authority", "A three-judge panel", "An appeals court"); group "subject" the body.
_BODY_BY_NOUN = re.compile(
    r"[\s\"“'‘]*(?:(?:But|And)\s+)?(?P<subject>(?:A|An|The)\s+"
    rf"(?:(?!{_NOT_A_BODY_MODIFIER}\s)[a-z][\w-]*\s+){{0,3}}?(?:{'|'.join(sorted(_ACTING_BODY_NOUNS))}))(?![\w'’-])")
#: "of" and up to three words in lower case or figures after a body's noun, that tell whom it is made of ("of three
#: judges", "of directors"), no article first.
_MADE_OF = re.compile(r"\s+of(?:\s+(?!(?:the|a|an)\s)[a-z\d][\w-]*){1,3}")


def body_noun_opening(text: str) -> tuple[int, int] | None:
    """Where a body written by its noun in lower case stands as the subject opening the sentence ``text``, a main
    verb after it, when or an adverb perhaps between (see ``_BODY_BY_NOUN``, ``_MADE_OF``): "A panel of three
    judges" of "A panel of three judges ruled against the port authority on Monday.", "The port authority" of "The
    port authority lost its case.", a body acting whom "It said ..." next means, though :func:`opening_subject`,
    which reads definite or named subjects of capitalised or listed words, reads none. ``None`` for any other
    opening, a possessive ("The court's ruling") and a people's plural after the noun, no verb ("The council
    workers struck")."""
    found = _BODY_BY_NOUN.match(text)
    if found is None:
        return None
    made_of = _MADE_OF.match(text, found.end())
    ends = [found.end()]
    if made_of is not None:  # "A panel of three judges ruled": each of its words may end the subject
        ends += [found.end() + word.end() for word in re.finditer(r"\s+of(?=\s)|\s+\S+", made_of.group())][1:]
    for end in ends:
        after = end
        timed = _TIME_AFTER_SUBJECT.match(text, after)
        after = timed.end() if timed else after
        adverbs = _ADVERBS_AFTER_SUBJECT.match(text, after)
        after = adverbs.end() if adverbs else after
        verb = _MAIN_VERB.match(text, after + 1) if text[after:after + 1] == " " else None
        if verb is not None and not people_plural(verb.group()):
            return found.start("subject"), end
    return None

#: A body's letters in brackets after its name ("The Care Quality Commission (CQC) published ..."): no more of the
#: subject than a party tag is.
_BRACKETED_LETTERS = re.compile(r" \([A-Z][A-Za-z&]{1,9}\)(?= )")


def _described_holder(text: str, at: int) -> tuple[int, int] | None:
    """Where a description and its holder's personal name between commas stand as the subject opening the sentence
    ``text`` at ``at``, a main verb after them (see ``_DESCRIBED_HOLDER``): "The No. 9 seed, Olena Petrenko" of "The
    No. 9 seed, Olena Petrenko, retired ...", whom a "she" after it means, as "The former minister, Olena Petrenko" is
    read as a role's holder; the name opens with a known given name, past a title or a capitalised role before it
    ("The leader of the council, Councillor Sam Oduya", "Dr Ana Ruiz"), or is a name of two words or more after a
    personal title, which says it is a person's whatever the given name ("The council chairman at the time, Hon.
    Ikenna Obiorah, has since moved ..."), or its role in lower case before it ("One of
    them, the second engineer Jovan Petrak, still cannot sleep"), or is a person's name of two words or more after a
    description ending in a person's role (see :func:`_role_holder_named`: "The shop's owner, Marlo Quint, has issued
    a statement", an unlisted given name); a given name alone only after a relative's noun ("His mother, Carol, keeps
    ...": see :func:`_kin_named_alone`). ``None`` for any other."""
    found = _DESCRIBED_HOLDER.match(text, at)
    name = found.group("name") if found else ""
    titled = TITLE.match(name)
    words = name[titled.end():].split() if titled else name.split()
    words = words[1:] if len(words) > 2 and is_role(words[0].lower()) else words
    role = found.group("role").split() if found and found.group("role") else []
    if role and not is_role(role[-1]):
        return None  # "The firm, which Tom Vask founded, ...": a clause, no role, before the name
    if found is None or not words or not (is_given_name(words[0]) or role or (titled and len(words) > 1)
                                          or _role_holder_named(found, words)) or not (
            len(name.split()) > 1 or _kin_named_alone(found)):
        return None
    end = found.end() + 1
    adverbs = _ADVERBS_AFTER_SUBJECT.match(text, end)  # "A fire investigator, Paul Dufresne, also testified"
    end = adverbs.end() if adverbs else end
    return (at, found.end()) if text[end:end + 1] == " " and _MAIN_VERB.match(text, end + 1) else None


def _role_holder_named(found: re.Match[str], words: list[str]) -> bool:
    """Whether the description of ``found`` (a match of ``_DESCRIBED_HOLDER``) ends in a person's role (see
    :func:`framing.source_kinds.is_role`: "owner" of "The shop's owner,") and its holder's ``words`` are a person's
    name of two words or more, whatever the given name ("Marlo Quint"), none a firm's, body's or club's word (see
    :func:`framing.person_names.personal_name`, :func:`framing.person_names.person_like`: not "Dunmore Holdings" nor
    "Harlow Rovers", which own things too)."""
    name = " ".join(words)
    return (len(words) > 1 and is_role(found.group("noun").lower()) and personal_name(words)
            and person_like(text_key(name), name))


def _kin_named_alone(found: re.Match[str]) -> bool:
    """Whether the description of ``found`` (a match of ``_DESCRIBED_HOLDER``) ends in a relative's noun (see
    ``KIN``), as news names a victim's or an accused's relative by a given name alone ("His mother, Carol,"), where
    a role's holder is named in full ("The former minister, Olena Petrenko,")."""
    return KIN_WORD.fullmatch(found.group("noun")) is not None


#: A report the subject publishes, its own or one not said to be another's (no word "by" or "from" before the clause:
#: "a review from the Kessel Institute"; "nearby" is no such word), and a relative clause of what it finds
#: ("publishes its report on the programme, which concludes that", "released a review that found"): the subject's
#: finding, as a later cue of its own is.
_OWN_REPORT_FINDING = (r"(?<![\w'’-])(?:publish(?:es|ed)?|releas(?:es|ed)|issu(?:es|ed))\s+"
                       r"(?:its|their|his|her|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:report|review|study|audit|assessment)"
                       r"(?:\s+(?:(?!(?<![\w'’-])(?:by|from)\b)[^,.;:\"“”])*?)?,?\s+(?:which|that)\s+(?:also\s+)?"
                       r"(?:concludes|concluded|finds|found|says|said|shows|showed|warns|warned|recommends|"
                       r"recommended)")
#: The verbs of being or getting before a passive ("were sent", "got issued"): a document sent or issued to the
#: subject, not by it (see ``_OWN_DOCUMENT_SAYING``, ``_BEING_AND_ADVERB_BEFORE``).
_PASSIVE_AUXILIARIES = "was were been being is are be get got".split()
#: The subject's issuing its own document that says something, the participle just after the document's noun with no
#: comma ("put out a statement saying", "issued a statement saying", "has sent a letter accusing"); not a document
#: the subject got ("received a letter saying") nor another's ("a report by the auditors saying", "a statement from
#: the police saying"), nor one sent or issued to it ("Customers were sent a letter saying", "Staff have been issued
#: a notice saying").
_OWN_DOCUMENT_SAYING = (r"(?<![\w'’-])" + "".join(rf"(?<!\b{verb} )" for verb in _PASSIVE_AUXILIARIES) +
                        r"(?:issu(?:es|ed)|releas(?:es|ed)|publish(?:es|ed)|puts?\s+out|sen(?:ds|t))\s+"
                        r"(?:its|their|an?)\s+(?:[\w'’-]+\s+){0,2}?(?:" + DOCUMENTS +
                        r"|notes?|notices?|communiqu[eé]s?|releases?|messages?)\s+"
                        r"(?:saying|stating|accusing|alleging|claiming|insisting|denying|warning)")
#: A cue after the main clause that credits its subject: a pronoun's verb of speech in a clause of what the subject
#: did ("released a video that it said showed", "posted what it says is"), or a participle of speech or denial after
#: a comma ("has expelled three diplomats, accusing them of", "has ruled out changes, dismissing reports of", "is
#: demanding 9 per cent, citing inflation": the reason it gives), or of
#: writing before "that" ("raised its target, writing in a note to clients that"; not "writing off the loss"), or
#: its own document's (see ``_OWN_DOCUMENT_SAYING``).
_SUBJECT_CUE_LATER = re.compile(r"(?:(?<![\w'’-])(?:that|which|what)\s+(?:it|he|she|they)\s+(?:also\s+|later\s+)?"
                                r"(?:said|says|claimed|claims|alleged|alleges)|,\s+(?:accusing|saying|claiming|"
                                r"alleging|insisting|denying|dismissing|rejecting|citing|"
                                r"writing\s+(?:(?:in|on|to)\s+(?:[\w'’-]+\s+){1,6}?)?that)|"
                                + _OWN_REPORT_FINDING + "|" + _OWN_DOCUMENT_SAYING + r")\b")


#: A cue after the main clause that credits an unnamed group opening the sentence: one that credits any subject (see
#: ``_SUBJECT_CUE_LATER``), or a participle of speech after "with" and a count of the group ("Players reacted angrily
#: on forums, with some saying ...": some of the players).
_GROUP_CUE_LATER = re.compile(_SUBJECT_CUE_LATER.pattern + r"|,\s+with\s+(?:some|many|several|most|a\s+few|others|one)"
                              r"\s+(?:of\s+them\s+)?(?:saying|claiming|alleging|insisting|complaining|accusing)\b")


def subject_of_later_cue(text: str, known: Callable[[str], bool] = lambda word: False) -> tuple[int, int] | None:
    """Where the subject opening the sentence ``text`` stands (see :func:`opening_subject`) when a cue after its
    main clause is the subject's (see ``_SUBJECT_CUE_LATER``): "The ministry" of "The ministry released a video
    that it said showed ...", "The Velmark government" of "The Velmark government has expelled three diplomats,
    accusing them of ...", "The Prime Minister" of "The Prime Minister has ruled out changes, dismissing reports
    of ...", "The Public Accounts Committee" of "The Public Accounts Committee today publishes its report on the
    programme, which concludes that ..."; failing a named subject, an unnamed group of people (see
    :func:`_group_opening`, ``_GROUP_CUE_LATER``: "Players" of "Players reacted angrily on forums, saying ..." or
    "..., with some saying ..."); failing that, a one-word name before its verb where a participle after a comma is
    the cue (see :func:`_one_word_actor`); ``None`` otherwise."""
    found = opening_subject(text, known)
    if found is not None:
        return found if _cue_later(_SUBJECT_CUE_LATER, text, found[1]) else None
    group = _group_opening(text, known)
    if group is not None:
        return group if _cue_later(_GROUP_CUE_LATER, text, group[1]) else None
    return _one_word_actor(text)


#: A verb of issuing or sending (see ``_OWN_DOCUMENT_SAYING``) opening a match, and a verb of being and an adverb
#: just before it ("were also sent", "are now issued", "was recently sent"), or two ("were also recently sent"): a
#: document issued or sent to the subject, as "were sent" is, the adverbs being no part of what the pattern's
#: lookbehinds read.
_ISSUING = re.compile(r"issu|releas|publish|puts?\s|sen")
_BEING_AND_ADVERB_BEFORE = re.compile(rf"(?<![\w'’-])(?:{'|'.join(_PASSIVE_AUXILIARIES)})"
                                      r"(?:\s+(?:also|now|since|then|later|already|just|still|even|all|both|each|"
                                      r"[a-z]+ly)){1,2}\s+$")


def _cue_later(pattern: re.Pattern[str], text: str, start: int) -> bool:
    """Whether ``pattern`` finds a cue in ``text`` from ``start`` that credits the subject: not a document sent or
    issued to it with an adverb after its verb of being ("Customers were also sent a letter saying ...": see
    ``_BEING_AND_ADVERB_BEFORE``)."""
    return any(not (_ISSUING.match(found.group()) and _BEING_AND_ADVERB_BEFORE.search(text, 0, found.start()))
               for found in pattern.finditer(text, start))


#: One capitalised word opening a clause before a verb in lower case (group 1), "has", "have" or "had" perhaps
#: between; and a participle of speech or denial after a comma later in the sentence (", accusing", ", alleging").
_ONE_WORD_OPENING = re.compile(r"\s*([A-Z][a-z][\w'’-]*)\s+(?:(?:has|have|had)\s+)?(?=[a-z])")
_PARTICIPLE_CUE_LATER = re.compile(r",\s+(?:accusing|alleging|saying|claiming|insisting|denying|dismissing|"
                                   r"rejecting|citing)\b")


def one_word_opening(text: str) -> tuple[int, int] | None:
    """Where a one-word name opening the sentence ``text`` stands before the main clause's verb in lower case, "has",
    "have" or "had" perhaps between (see ``_ONE_WORD_OPENING``): "Varnland" of "Varnland ordered four Corran
    diplomats to leave." or of "Varnland has responded.", a state, firm or person the lists may not know; not a word
    that starts no name ("The", "After"), a pronoun, a day or month, a count ("Two families sued ..."), a role or
    people in the plural ("Protesters blocked the road."), nor in a headline, with no stop at its end. ``None``
    otherwise."""
    found = _ONE_WORD_OPENING.match(text, past_opener(text))
    if found is None or not _STOP_AT_END.search(text):
        return None
    word = found.group(1)
    if (word in NOT_A_NAME_START or word.lower() in PRONOUNS or word.lower() in QUANTIFIERS or CALENDAR.fullmatch(word)
            or is_role(word.lower()) or people_plural(word.lower()) or _MAIN_VERB.match(text, found.end()) is None):
        return None
    return found.span(1)


def _one_word_actor(text: str) -> tuple[int, int] | None:
    """Where a one-word name opening the sentence ``text`` stands (see :func:`one_word_opening`) when a participle of
    speech or denial after a comma speaks for it (see ``_PARTICIPLE_CUE_LATER``): "Varnland" of "Varnland ordered
    four Corran diplomats to leave, accusing them of spying.", whose act the participle explains. ``None``
    otherwise."""
    found = one_word_opening(text)
    return found if found is not None and _PARTICIPLE_CUE_LATER.search(text, found[1]) else None


#: A headline opening with a role's or a body's noun alone, no article nor name, as a headline writes it, before a verb
#: of speech or denial in the present, capitalised too in title case ("Minister denies ferry kickbacks", "Hospital
#: Rejects Claim"): group "noun".
_BARE_NOUN_HEADLINE = re.compile(r"(?P<noun>[A-Z][a-z-]+)\s+(?i:denies|rejects|dismisses|disputes|refutes|says|insists"
                                 r"|admits|defends|hits\s+back)\b")


def headline_bare_noun(text: str) -> tuple[int, int] | None:
    """Where the one word opening the headline ``text`` (no stop ends it) stands when it is a person's role or a body's
    noun with no article nor name (see ``BODY_NOUNS``, ``INSTITUTIONS``; a venue's or public building's too, in the
    singular, see ``PLACE_ENDS``: "Museum", "Zoo"), the subject of a verb of speech or denial (see
    ``_BARE_NOUN_HEADLINE``: "Minister" of "Minister denies ferry kickbacks", "Hospital" of "Hospital Denies
    Negligence"), which the copy names in full: a source the model may leave unmarked, as a headline leaves "the"
    out. ``None`` for anything else, and for a sentence a stop ends (body copy writes "the")."""
    found = _BARE_NOUN_HEADLINE.match(text)
    if found is None or _STOP_AT_END.search(text):
        return None
    noun = found.group("noun").lower()
    return (found.span("noun") if is_role(noun) and not noun.endswith("s") or noun in BODY_NOUNS
            or found.group("noun") in INSTITUTIONS or found.group("noun") in PLACE_ENDS and not noun.endswith("s")
            else None)


#: A headline's second clause after a comma, with no subject of its own: a verb of speech or denial in the present
#: opens it (", denies wrongdoing", ", says he was forced out", ", vows to appeal"), or "citing" the reason the
#: subject gave for its act (", citing dumping" of "Varnholt levies 40% tariff on Keshani steel, citing dumping").
_SUBJECTLESS_CLAUSE = re.compile(r",\s+(?:denies|rejects|dismisses|disputes|refutes|says|vows|insists|admits|claims|"
                                 r"citing)\b")
#: A stop ending a sentence, closing quotation marks or brackets after it allowed: body copy, no headline.
_STOP_AT_END = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")


def headline_clause_subject(text: str, known: Callable[[str], bool] = lambda word: False) -> tuple[int, int] | None:
    """Where in the headline ``text`` (no stop ends it) the subject stands that a second clause of speech or denial
    with no subject of its own goes on with (see ``_SUBJECTLESS_CLAUSE``): the subject opening it (see
    :func:`opening_subject`), "Ekwueme" of "Sprinter Ekwueme suspended after positive test, denies wrongdoing",
    whom the denial is, a role before a surname alone left out, as the copy names the person in full or by their
    surname; ``None`` for none, or for a sentence a stop ends (body copy writes a subject)."""
    clause = _SUBJECTLESS_CLAUSE.search(text)
    if clause is None or _STOP_AT_END.search(text):
        return None
    found = opening_subject(text, known)
    if found is None or found[1] >= clause.start():
        return None
    role, _, rest = text[found[0]:found[1]].partition(" ")
    return (found[1] - len(rest), found[1]) if rest and " " not in rest and is_role(role.lower()) else found
