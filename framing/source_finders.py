"""A source read from a sentence's own words, where the model marked no source span.

The words may still say who speaks: a named or definite subject before a verb of speech or denial
(:func:`subject_before_cue`) or of finding or ruling (:func:`subject_before_finding`), the speaker before a colon
(:func:`speaker_before_colon`), a name after an inverted cue (:func:`name_after_cue`), the speaker written after a
quotation (:func:`speaker_after_quote`), the source after "according to" (:func:`source_according_to`) or the agent
of a verb of speech in the passive (:func:`agent_of_passive`). Each says where in the sentence that source stands;
:mod:`framing.credits` credits the sentence to it, and :mod:`framing.sources` gives its canonical name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import dropwhile, takewhile

from .furniture import GLUED_PARTICLES as _GLUED
from .given_names import given_name_sex, is_given_name
from .segment import name_heading_length
from .source_words import BODY_NOUNS, BODY_PLURALS, BRACKETED_PARTY_TAG, EDGE, NAMELESS_NOUNS, PERSON_ROLES
from .source_words import SUBJECT_TIME
from .source_words import ADVERB, AGE_ALONE, APPOSED_PARTICIPLE, BEING_BEFORE, BODY_WORDS, CALENDAR
from .person_names import CAPITALISED_RUN
from .source_words import BUSINESS_NAME_ENDS, COUNTRIES, COURT_WORDS, DEMONYM, DOCUMENTS, GLUED_PARTICLE
from .source_words import HEADLINE_SMALL_WORDS, KIN
from .source_words import INSTITUTIONS, LY_ADVERB, MADE, MONTHS, NAME_AFTER_CUE_WORD, NAME_PARTICLE_RUN, NOT_AN_OWNER
from .source_words import NO_COURT_WORDS, NOT_A_NAME_START, OPENING_FUNCTION_WORDS, PAPER_NAME_WORDS
from .source_keys import OPENERS
from .source_words import PARTICIPLE_PHRASE, PARTICLES, PASSIVE_PARTICIPLES, PLACE_ENDS, PLAIN_ROLE_WORDS, PORTFOLIOS
from .source_words import POSSESSIVE, PRIVATE_PERSONS, PRONOUNS, RANK_MODIFIERS, REACTION_VERBS, ROLE_SYNONYMS
from .source_words import ROLE_WORD, SELF_NAME_WHOLE, SUBJECT_CUE, TITLE, TRADES, WEEKDAYS
from .source_places import SEATS
from .source_forms import SELF_NAMED
from .source_words import WHEN_WORDS
from .source_kinds import apposed_role, is_role, people_plural
from .source_keys import lead_length, BARE_TIME_OPENER, past_opener
from .source_places import _nationality
from .person_names import personal_name, surnames_in
from .source_kinds import names_a_court, trade_head
from .source_keys import text_key, without_accents
from .source_accusations import accused_after
from .source_words import UNINVOLVED
from .source_keys import without_nickname
from .turns import SPEECH_CUES_OPENING, names_outlet

__all__ = ["subject_before_cue", "subject_before_finding", "speaker_before_colon", "agent_of_passive",
           "said_in_passive", "name_before_description", "name_after_cue", "speaker_after_quote", "source_according_to",
           "interviewee_named", "interviewee_mention", "speaker_in_aside", "group_before_cue", "weasel_before_cue",
           "name_after_unclosed_clause", "weasel_stance", "other_group_opening", "court_heard", "opening_subject",
           "subject_of_later_cue", "name_before_which_said", "role_holder_before_who_said", "description_after_cue",
           "headline_clause_subject", "headline_bare_noun", "name_after_opening_cue", "cue_opens_quotation",
           "asked_for_comment"]

_TIME_AFTER_SUBJECT = re.compile(rf" (?:{SUBJECT_TIME})(?= )")
#: Adverbs of time or manner between a subject and its verb ("Paul Dufresne also testified", "Councilwoman Lena Marsh
#: then quickly voted", "The witness first took the stand"): no part of the subject; not one of hearsay ("Ana Ruiz
#: reportedly forwarded ...", "allegedly"), whose sentence goes on with the source that reported it.
_ADVERBS_AFTER_SUBJECT = re.compile(rf"(?: (?!(?:reportedly|allegedly|purportedly|supposedly|apparently)\b)"
                                    rf"(?:{ADVERB}|first|once))+(?= )")


def _goes_by_name(form: str) -> bool:
    """Whether ``form`` says the name its source calls itself, capitalised (see :func:`_self_named`: "A group calling
    itself BlackHarbor"): it names the source, though its head is an indefinite description."""
    found = SELF_NAMED.match(form)
    return found is not None and SELF_NAME_WHOLE.fullmatch(found.group(2).strip()) is not None


#: A verb that shows a clause after "that" (see ``_CLAUSE_AFTER_THAT``): of being, having or a modal, negated too
#: ("cannot", "didn't", "won't"), a common irregular past ("rose", "knew", "misled", "paid") or one in -ed, but not
#: one read as an adjective: "un-...ed" ("that lead unchallenged"; "under-", "unveiled", "uncovered", "unearthed" are
#: verbs), "closed", "opened" ("that meeting closed to the public").
_CLAUSE_VERB = (r"(?:is|was|were|are|has|have|had|will|would|could|can|may|might|must|should|did|does|do|cannot|"
                r"[a-z]+n['’]t|rose|fell|"
                r"grew|knew|made|paid|broke|misled|took|gave|lost|sold|bought|hid|spent|kept|left|told|said|won|ran|"
                r"met|became|began|brought|caught|sought|fought|saw|stole|wrote|withheld|"
                r"(?!un(?!der|veil|cover|earth)|closed\b|opened\b)[a-z][\w'’-]*ed)\b")
#: What opens a clause after "that", where "that" is no demonstrative before a noun ("found that compromise
#: unacceptable", "ruled that out"): a determiner or pronoun ("that the firm", "that it"), a quotation mark, a
#: plural noun, which "that" never points at ("that anglers caught"; not "that process", "that status", "that
#: crisis", nor one in -s that is no plural: "that series"), or a noun with a verb after it (see ``_CLAUSE_VERB``:
#: "that inflation was", "that water rose"; not "that lead unchallenged"). After any verb but "held" a capitalised
#: word or a figure opens one too (see ``_CLAUSE_AFTER_THAT``).
_CLAUSE_OPENER = (r"(?:the|a|an|this|these|those|its|his|her|their|our|no|some|any|each|every|all|such|he|she|it|"
                  r"they|we|you|there)\b|[\"“]|"
                  r"(?!(?:series|species|news|means|headquarters|politics|economics|gas)\b)"
                  r"[a-z][\w'’-]*(?<!ss|us|is)s\b|"
                  rf"[a-z][\w'’-]*\s+{_CLAUSE_VERB}")
#: What opens a clause after "found", "showed", "concluded" or "ruled that": one of ``_CLAUSE_OPENER``, a
#: capitalised word, a figure or a number or quantity in words ("found that Boeing cut corners", "that 40% of",
#: "showed that two members had", "that most members wanted").
_CLAUSE_AFTER_THAT = (rf"(?:{_CLAUSE_OPENER}|[A-Z\d$€£]|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
                      r"twelve|dozens|hundreds|thousands|millions|several|many|most|both|half|more|fewer|nearly|"
                      r"almost)\b)")
#: What opens a clause after "held that", where "that" before a name or a figure is often a demonstrative ("held
#: that Boeing stake for years", "held that 40% stake"): one of ``_CLAUSE_OPENER``, a capitalised word or a figure
#: with a verb (see ``_CLAUSE_VERB``) within five words ("that Acme had lied", "that 58 percent think it should"),
#: capitalised words with one in -s or a comma right after them ("that Acme owes", "that Vask, more than his
#: rivals, would"), or a figure before "of", "in" or a plural ("that 43% of voters", "that 38 complaints").
_CLAUSE_AFTER_HELD_THAT = (rf"(?:{_CLAUSE_OPENER}|"
                           rf"[A-Z\d$€£][\w'’.,%-]*(?:\s+[\w'’.,%-]+){{0,4}}?\s+{_CLAUSE_VERB}|"
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


#: Verbs of finding or ruling (see :func:`subject_before_finding`): "found", "showed", "revealed", "indicated",
#: "concluded", "held" or "ruled" before "that" opening a clause ("The regulator found that the firm ...", "The
#: study showed that", "Records revealed that"; see
#: ``_CLAUSE_AFTER_THAT``, ``_CLAUSE_AFTER_HELD_THAT``), "found", "concluded" or "ruled" before such a clause without
#: "that" ("The ombudsman found the council had failed": see ``_CLAUSE_WITHOUT_THAT``), "ruled" in or against a
#: side, a verdict ("The jury found him guilty"), evidence found or not (see ``_EVIDENCE_FOUND``) and "testified".
def _finding_cue(after_held_that: str) -> re.Pattern[str]:
    """The verbs of finding or ruling of ``_FINDING_CUE``, with ``after_held_that`` what opens a clause after "held
    that" (see ``_COURT_FINDING_CUE``)."""
    return re.compile(
        r"(?<=\s)(?:(?:found|finds|showed|shows|revealed|reveals|indicated|indicates|concluded|concludes|ruled|"
        r"rules)(?=\s+that\s+"
        rf"{_CLAUSE_AFTER_THAT})|(?:held|holds)(?=\s+that\s+{after_held_that})|"
        rf"(?:found|finds|concluded|concludes|ruled|rules)(?=\s+{_CLAUSE_WITHOUT_THAT})|"
        r"ruled(?=\s+(?:in\s+favou?r\s+of|against)\b)|"
        r"found(?=\s+(?:[\w'’.-]+\s+){1,4}?(?:not\s+)?(?:guilty|liable)\b)|"
        rf"(?:found|finds)(?=\s+{_EVIDENCE_FOUND})|testified|testifies)\b")


_FINDING_CUE = _finding_cue(_CLAUSE_AFTER_HELD_THAT)
#: The same, for a court's subject, whose "held that" before a name opens its holding as "found that" does ("The
#: court held that Pellory put anglers at risk"), a court holding no stake nor seat (see :func:`names_a_court`).
_COURT_FINDING_CUE = _finding_cue(_CLAUSE_AFTER_THAT)
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
#: Corp neither admitted nor denied"), and an emphatic "himself" or "herself" ("Strand himself denied diving").
_BEFORE_CUE = re.compile(r"(?:\s+(?:has|have|had|also|again|later|then|since|now|earlier|first|always|long|never|"
                         r"neither|himself|herself|"
                         r"still|already|ever|often|once|so\s+far|"
                         rf"{LY_ADVERB}|"
                         r"(?:late\s+|early\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                         r"(?:late\s+)?(?:today|yesterday|tonight)|"
                         r"(?:last|this)\s+(?:week|month|year|night|morning|afternoon|evening)|"
                         r"in\s+a\s+statement))+\s*$")
#: A conjunction opening a sentence without a comma ("But the ministry denied it").
_CONJUNCTION = re.compile(r"^(?:But|And|Yet|So|Still)\s+")
#: A verb that puts a case opening a sentence ("Say Mexico demanded ...", "Suppose the court refused ..."): what
#: follows is a supposition, its first words no subject.
_CASE_PUT = frozenset({"Say", "Suppose"})
#: Subjects that name no one ("Many said", "Some argue", "Critics say"): weasel wording, not a source.
_NO_ONE = frozenset("""many some most several few others other another all both each such one critics experts
    analysts observers people everyone everybody someone somebody nobody sources""".split())
#: Words that make what stands before a verb a clause, not a subject ("The claims were denied", "The firm
#: that denied it").
_CLAUSE_WORDS = frozenset("""is was were are be been being has have had do does did not never no that which who
    whom whose when while if because after before but than there what whatever how why where whether""".split())
#: A figure, which a subject never holds ("Factline rated 32% of ..."): digits, a percentage.
_FIGURE = re.compile(r"[$€£]?\d[\d.,]*%?|%")
#: Words before "claim" or "claims" that make it a noun, not the subject's verb ("its claims", "of such claims",
#: "false claims", "unfounded claims", "political claims").
_BEFORE_A_NOUN = frozenset("""the a an its his her their our your my these those such any some many several
    of about over on for against to by with false new earlier similar latest wild""".split())
_ADJECTIVE_END = re.compile(r"(?:al|ic|ous|ive|ful|less|able|ible|ed|ing|ary|ist)$")
_NOT_IN_SUBJECT = _CLAUSE_WORDS | WHEN_WORDS
#: Words that join the words of a subject ("Ministry of Foreign Affairs", "a spokesman for the army").
_SUBJECT_JOINERS = frozenset("of for at from with in on to the and & de".split())
#: Of those, the ones inside a body's name that holds "and" ("the Ministry of Trade and Industry"), not a list's.
_NAME_JOINERS = _SUBJECT_JOINERS - {"the", "and", "&"}
#: The most words a subject has, and an appositive after it ("who asked not to be named because ...").
_SUBJECT_WORDS = 8
_APPOSITIVE_WORDS = 16
#: The most words of a relative clause set after a subject between commas ("Vask, who would have to give up
#: control of his shipping firm in order to take the office, said"): its "who" or "which" tells where it opens, so it
#: may run longer than another appositive.
_RELATIVE_CLAUSE_WORDS = 30
#: What stands before such a participle: a comma and perhaps an adverb ("widely", "long", "much", "well").
_OPENS_APPOSITIVE = re.compile(r",\s*(?:(?:[a-z]+ly|long|much|often|once|still|already|also|well)\s+)?\Z")
#: Cues of a stance rather than of speech: a verb of reaction, or one in the progressive (see ``SUBJECT_CUE``), which a
#: speaker credited at the sentence's end reports ("The city welcomed the investment, Ruiz said.", "The workers are
#: warning of a strike, she said.": see ``_TRAILING_CREDIT``).
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
_SUBJECT_REACH = 400
#: What joins a list's last members ("the police and the army").
_LIST_JOINER = re.compile(r"\s(?:and|or)\s", re.I)
#: How many characters before "claims" are read for the word before it.
_WORD_BEFORE = 30
#: A comma-separated piece of what stands before a verb: an opener, the subject, an appositive.
_PIECE = re.compile(r"[^,]+")
#: Marks that open or close a quotation (a straight or curly apostrophe is left out: "Acme’s lawyer").
_QUOTATION_MARKS = "\"“”«»„‹›"


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
    a role with a name set after it ("Her label, Harbour Records, called": see :func:`_owned_then_named`).
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
    return _subject_before(text, SUBJECT_CUE, known, pronoun_fits=pronoun_fits) or _name_credited_at_end(text)


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


#: One capitalised word ending as a plural does ("Regulators", "Protesters"; not "Congress", "Airbus", "Davis")
#: opening a sentence, an adverb perhaps after it (see ``_BEFORE_CUE``), before what may be its verb.
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
_NOT_A_MODIFIER = _BEFORE_A_NOUN | _NO_ONE | _NOT_IN_SUBJECT | frozenset("this that".split())

#: A speaker set between commas just after the sentence's opening subject, with a verb of speech, before the rest of
#: its clause ("Mr. Tesh, ministry officials said, will travel ..."): group "sayer" up to five words.
_SPEAKER_ASIDE = re.compile(r"[^,;:\"“”]{1,80}?,\s+(?P<sayer>(?:[\w'’.-]+\s+){1,5}?)"
                            r"(?:said|says|say|added|adds|noted|stated|told\s+reporters)\s*,\s+[a-z]")


def speaker_in_aside(text: str, known: Callable[[str], bool] = lambda word: False) -> tuple[int, int] | None:
    """Where the speaker set between commas after the opening subject of the sentence ``text`` stands (see
    ``_SPEAKER_ASIDE``): "ministry officials" of "Mr. Tesh, ministry officials said, will travel to
    Lisbon.", a named or definite subject (see :func:`_names_someone`: "the ministry"), one capitalised word
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
        set(lowered) & (_NO_ONE - NAMELESS_NOUNS) or set(lowered) & _CLAUSE_WORDS)
    named = len(words) == 1 and words[0][:1].isupper() and not re.fullmatch(f"{WEEKDAYS}|{MONTHS}", lowered[0])
    if not (group or named or _names_someone(words, known)):
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
    skip = lead_length(text)
    counted = _COUNTED_GROUP_OPENING.match(text, skip)
    if counted is not None and (people_plural(counted.group(2)) or counted.group(2) in BODY_PLURALS):
        return counted.span(1) if _group_speaks(text, counted.end(1)) else None
    group = _GROUP_OPENING.match(text, skip) or _COLLECTIVE_OPENING.match(text, skip)
    if (group is not None and (people_plural(group.group(1).lower()) or _collective_of_people(group))
            and not known(group.group(1))):
        return group.span(1) if _group_speaks(text, group.end(1)) else None
    modified = next((found for found in (opening.match(text, skip) for opening in _MODIFIED_GROUP_OPENINGS)
                     if found is not None and (people_plural(found.group(2))
                                               or found.group(2) in BODY_PLURALS | _SERVICE_PLURALS)), None)
    if (modified is None or modified.group(1).split()[0].lower() in _NOT_A_MODIFIER
            or known(modified.group(1).split()[0])):
        return None
    return modified.span(1) if _group_speaks(text, modified.end(1)) else None


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
    reaction verb (see ``SUBJECT_CUE``): no more than an adverb between (see ``_BEFORE_CUE``), a clause setting
    them apart from the work they comment on before it (see ``UNINVOLVED``), and a verb that is
    their speech, not "said to be" nor one a speaker credited at the sentence's end has ("..., the study found"; not
    the group's own ", they added": see :func:`_credited_at_end`)."""
    uninvolved = UNINVOLVED.match(text, end)  # "Experts not involved in the study said": the experts' verb
    end = uninvolved.end() if uninvolved else end
    cue = SUBJECT_CUE.search(text, end, end + _SUBJECT_REACH)
    gap = text[end:cue.start()] if cue else ""
    if cue is None or (gap.strip() and _BEFORE_CUE.fullmatch(gap) is None) or _no_report(text, cue):
        return False  # "Regulators fined the firm after it said ...": the group's verb is no cue
    if _SAID_TO.match(text, cue.end()) or _credited_at_end(text, cue.end(), ("they",)):
        return False  # "Officials said to be close to ...", "Patients reported side effects, the study found."
    return _verb_of_subject(text, cue)


#: "said to be" or "said to have", a passive: what the sentence says of its subject, not the subject's speech.
_SAID_TO = re.compile(r"\s+to\s+(?:be|have)\b")


#: What sets a quotation after its speaker and a colon, an aside's comma perhaps before it: speaking or talking to
#: an outlet, or telling one, named with capitals ("Tate speaking to Sky Sports: \"", "Ana Ruiz, talking to Radio
#: Kestrel: \"", "telling the Herald: \""), or a verb of singing that sets a lyric ("she sings: \"", "raps: \"").
_COLON_INTRO = re.compile(
    r"(?:,[^\S\r\n]*)?[^\S\r\n]+(?:(?:(?:speaking|talking)[^\S\r\n]+(?:to|with)|telling)[^\S\r\n]+(?:the[^\S\r\n]+)?"
    r"[A-Z][\w'’&.-]*(?:[^\S\r\n]+[A-Z][\w'’&.-]*){0,3}|sings|sang|raps|rapped|croons|crooned)"
    r"[^\S\r\n]*:[^\S\r\n]*[\"“]")
#: "He" or "she" ending the words before such a verb, at their start or after an opener's comma ("On Lantern, she").
_PRONOUN_AT_END = re.compile(r"(?:^|,\s+)(he|she)$", re.I)


def speaker_before_colon(text: str, known: Callable[[str], bool] = lambda word: False) -> tuple[int, int] | None:
    """Where in the sentence ``text`` the speaker stands of a quotation that a colon sets after them and their
    speaking to an outlet or singing (see ``_COLON_INTRO``: 'Tate speaking to Sky Sports: "We deserved that."', 'On
    Lantern, she sings: "Hold the light up.'), a format of sports and arts copy with no verb of speech: a subject as
    :func:`subject_before_cue` reads one (a surname alone where ``known`` says the document has named it), or "he"
    or "she" after an opener (a person the copy named, whom the profile finds as for a marked pronoun); ``None``
    for anything else."""
    skip = lead_length(text)
    found = _COLON_INTRO.search(text, skip, skip + _SUBJECT_REACH)
    if found is None:
        return None
    head = text[skip:found.start()]
    pronoun = _PRONOUN_AT_END.search(head)
    if pronoun is not None:
        if not _fits_before(list(_PIECE.finditer(head[:pronoun.start()]))):
            return None
        return skip + pronoun.start(1), skip + pronoun.end(1)
    subject = _subject_of(head, known)
    return (skip + subject[0], skip + subject[1]) if subject else None


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
    found = _subject_before(text, _FINDING_CUE, known, documents=True)
    if found is not None and _came_upon(text, found, known):
        return None
    if found is None and _COURT_FINDING_CUE.search(text):
        found = _subject_before(text, _COURT_FINDING_CUE, known)
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
    ``_FINDING_AT_END``, :func:`_names_someone`): "the study" of "Patients reported rashes, the study found.";
    ``None`` for none ("..., researchers found.")."""
    found = _FINDING_AT_END.search(text)
    if found is None or not _names_someone(found.group("subject").split(), known):
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
#: has not been peer reviewed, found 31 clots"), an inquiry or an investigation too, with what it looked "into"
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
    r"|inquir(?:y|ies)|investigations?))"
    r"(?:\s+into(?:\s+[\w'’-]+){1,8}?)?"
    r"(?:\s+(?:he|she|they|we)\s+[a-z]+ed)?"
    rf"(?:{_DOCUMENT_ASIDE})?"
    r"\s+(?:(?:also|previously|recently|earlier|further)\s+)?(?:(?:has|have|had)\s+)?"
    r"(?:found|finds|find|showed|shows|show|shown|concluded|concludes|conclude|suggested|suggests|suggest|indicated|"
    r"indicates|indicate|revealed|reveals|reveal|estimated|estimates|estimate)\s")


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


#: A speaker credited at a sentence's end after a comma (", she said.", ", Councillor Ben Ode added."): "he", "she",
#: "they" or a few capitalised words, then a verb of speech, then the end (not ", as the mayor had long said.").
_TRAILING_CREDIT = re.compile(r",\s+(?:(?P<pronoun>he|she|they)|(?-i:[A-Z][\w.'’-]*\s+){1,4})\s*"
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


def _credited_at_end(text: str, after: int, restating: tuple[str, ...] = ("it", "he", "she", "they")) -> bool:
    """Whether a speaker is credited at the end of the sentence ``text``, past ``after`` (see ``_CREDITED_AT_END``:
    "Patients reported side effects, the study found."), other than the subject restated by a pronoun of
    ``restating`` and "added" ("Regulators said the mine poisoned the river, they added.": the regulators')."""
    added = _ADDED_AT_END.search(text, after)
    return (_CREDITED_AT_END.search(text, after) is not None
            and (added is None or added.group("pronoun") not in restating))


def said_in_passive(text: str) -> re.Match[str] | None:
    """The first verb of speech or judgement in the passive with its agent after "by" in the sentence ``text``
    ("Residents who objected were dismissed by the deputy mayor as ...", see ``_PASSIVE_SPEECH``), the agent its
    group 1, when no speech or denial verb comes before it ("She said she was told by doctors ..." is hers) or
    after its agent ("Patients were told by staff to stay inside, she said." is hers too), "reports" or "reported"
    that no one reports by aside (see :func:`_no_report`: "Media reports of a leak were dismissed by the ministry");
    ``None`` for none."""
    found = _PASSIVE_SPEECH.search(text)
    if found is None or _TRAILING_CREDIT.search(text, found.end(1)):
        return None
    # "reports" or "reported" that no one reports by ("Media reports of a leak were dismissed by") is no speech
    if any(not _no_report(text, cue) for cue in SUBJECT_CUE.finditer(text, 0, found.start())):
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
    if not (_names_someone(words, known)
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
    if first in _NO_ONE or first in PRONOUNS or first in ("a", "an", "the", "and", "or", "of"):
        return False
    single = head[:-3] + "y" if head.endswith("ies") else head.removesuffix("s")
    return people_plural(head) or (_BODY_PLURAL.fullmatch(head) is not None and single in BODY_NOUNS)


#: A court that heard, or a jury told, what a sentence says (see :func:`court_heard`): "a court", "the jury", "an
#: inquest", "the inquiry", "jurors", "magistrates", or a court's or inquiry's name ("Leeds Crown Court", "the
#: Employment Tribunal", "the Brennmoor Inquiry").
_COURT_HEARING = (r"(?:(?:[Aa]n?|[Tt]he)\s+(?:[\w'’-]+\s+){0,2}?(?:court|jury|tribunal|inquest|inquiry)|[Jj]urors|"
                  r"[Mm]agistrates|(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:Court|Tribunal|Inquiry))")
_HEARD = r"\s+(?:(?:has\s+)?heard|(?:was|were)\s+told)"
#: The court ending a sentence after a comma (", a court heard.", ", jurors were told."), or opening it before
#: "that" ("The court heard that ..."): group 1 its words.
_COURT_HEARD_AT_END = re.compile(rf",\s+({_COURT_HEARING}){_HEARD}[\s.\"”'’]*$")
_COURT_HEARD_OPENS = re.compile(rf"({_COURT_HEARING}){_HEARD}\s+that\s")


def court_heard(text: str) -> tuple[int, int] | None:
    """Where in the sentence ``text`` the court stands that a court report says heard it or its jury was told it:
    "a court" of "A builder stole £40,000, a court heard.", "Leeds Crown Court" of "..., Leeds Crown Court heard.",
    "The court" of "The court heard that ..." (see ``_COURT_HEARING``): what was said in court, for whoever said it,
    is the court's record, as a court's finding is; ``None`` for none."""
    found = _COURT_HEARD_AT_END.search(text) or _COURT_HEARD_OPENS.match(text, lead_length(text))
    return found.span(1) if found else None


#: Lower-case words an opening subject may hold besides its capitalised ones (see :func:`opening_subject`):
#: "Velmark's foreign ministry spokeswoman Dana Holm", "A spokesman for the army", "The state news agency", a sports
#: body's "The league".
#: Ordinals that rank a role just after them ("The second engineer Jovan Petrak", "the third officer"); no adverb after
#: a subject ("The president first stepped in").
_RANK_ORDINALS = frozenset("first second third fourth fifth".split())
_SUBJECT_LOWER_WORDS = (BODY_NOUNS | RANK_MODIFIERS | PLAIN_ROLE_WORDS | {w.lower() for w in PORTFOLIOS}
                        | frozenset("""foreign news national federal central regional military armed the of for
                                    mission delegation club league federation""".split()))
#: Irregular past tenses (beyond ``_CLAUSE_VERB``'s, whose "-ed" reads "led" and "fed") that, lower case just after
#: a subject, are its main verb, not more of its noun phrase ("Anna Pryce, the victim's sister, wept in the gallery.").
_IRREGULAR_PAST = """spoke went came got sent shot hit put set struck held drew threw rode flew wore swore
                  sat stood wept slept knelt sang swam sank shook dug laid lit leapt crept clung dealt
                  felt heard meant froze chose forgave forgot hung rang slid strode swept taught thought tore woke
                  found built drove ate drank blew bore bent understood withdrew upheld overtook cast cut shut quit
                  split spread bid""".split()
#: The verb of a main clause just after its subject: lower case and finite ("was", "has", "released", "spoke",
#: "posts"), not a word that goes on with the noun phrase ("and", "of").
_MAIN_VERB = re.compile(rf"(?:{_CLAUSE_VERB}|(?:{'|'.join(_IRREGULAR_PAST)})\b|[a-z]{{2,}}[^s'’\W]s\b)")
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
#: turn,"): how the sentence stands to the one before, no part of the subject.
_LINKING_ASIDE = re.compile(r",\s+(?:for\s+(?:his|her|its|their)\s+part|however|meanwhile|in\s+turn|though|too)\s*,")


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


def opening_subject(text: str, known: Callable[[str], bool] = lambda word: False) -> tuple[int, int] | None:
    """Where the subject of the main clause opening the sentence ``text`` stands, whatever its verb, when it
    names a definite or named body or person as :func:`subject_before_cue` reads one: "Velmark's President Oren
    Task" of "Velmark's President Oren Task was asked ...", "Dana Holm" of "Dana Holm, a spokeswoman, spoke ...",
    "The ministry" of "The ministry released a video". Its words are capitalised or a body's, role's or
    portfolio's (see ``_SUBJECT_LOWER_WORDS``), or "at" after analysts or experts ("Analysts at Dunmore
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
    words = list(re.finditer(r"[^\s,]+", text[skip:skip + _SUBJECT_REACH]))
    opening = 1 if words and _CONJUNCTION.match(words[0].group() + " ") else 0
    taken = opening
    while taken < min(len(words), opening + _SUBJECT_WORDS):
        word = words[taken].group()
        at_body = word == "at" and taken == opening + 1 and words[opening].group().lower() in _PEOPLE_AT_BODY
        sited = taken > opening and _body_sited(words[taken - 1].group(), word, words[taken + 1:taken + 3])
        joined = _name_joined([found.group() for found in words[opening:taken]], word, words[taken + 1:taken + 5])
        ranked = word in _RANK_ORDINALS and taken + 1 < len(words) and is_role(words[taken + 1].group())
        if (not (word[:1].isupper() or word in _SUBJECT_LOWER_WORDS or is_role(word) or at_body or sited or joined
                 or ranked)
                or word[:1] in _QUOTATION_MARKS):
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
            or not _names_someone(text[start:end].split(), known)):
        return _described_holder(text, start) or _name_after_kind_opening(text, start)
    return start, appositive.end() - 1 if appositive else end


#: A body's name after its kind in lower case opening a clause, an article and up to two lower-case words before the
#: kind ("the ratings agency Kestrel Global" of "On Friday, the ratings agency Kestrel Global cut ...", "ratings
#: agency Kestrel Global"; group 1 the name, up to four capitalised words), the kinds whose bodies' names often say
#: nothing of their kind (as ``framing.source_index`` notes them written so), a group's or gang's too with a verb of
#: naming before the name ("A ransomware group called Oxbow", "a gang calling itself Black Tide", as
#: ``KIND_BEFORE_NAME`` reads them).
_KIND_THEN_NAME = re.compile(r"(?:(?i:the|an?)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
                             r"(?:(?:agency|regulator|network|broadcaster|forecaster|campaign|union)\s+"
                             r"(?:(?:calling\s+itself|called|known\s+as|named|dubbed)\s+)?"
                             r"|(?:group|gang|cartel)\s+(?:calling\s+itself|called|known\s+as|named|dubbed)\s+)"
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


#: A body's letters in brackets after its name ("The Care Quality Commission (CQC) published ..."): no more of the
#: subject than a party tag is.
_BRACKETED_LETTERS = re.compile(r" \([A-Z][A-Za-z&]{1,9}\)(?= )")


def _described_holder(text: str, at: int) -> tuple[int, int] | None:
    """Where a description and its holder's personal name between commas stand as the subject opening the sentence
    ``text`` at ``at``, a main verb after them (see ``_DESCRIBED_HOLDER``): "The No. 9 seed, Olena Petrenko" of "The
    No. 9 seed, Olena Petrenko, retired ...", whom a "she" after it means, as "The former minister, Olena Petrenko" is
    read as a role's holder; the name opens with a known given name, past a title or a capitalised role before it
    ("The leader of the council, Councillor Sam Oduya", "Dr Ana Ruiz"), or its role in lower case before it ("One of
    them, the second engineer Jovan Petrak, still cannot sleep"); a given name alone only after a relative's noun ("His
    mother, Carol, keeps ...": see :func:`_kin_named_alone`). ``None`` for any other."""
    found = _DESCRIBED_HOLDER.match(text, at)
    name = found.group("name") if found else ""
    titled = TITLE.match(name)
    words = name[titled.end():].split() if titled else name.split()
    words = words[1:] if len(words) > 2 and is_role(words[0].lower()) else words
    role = found.group("role").split() if found and found.group("role") else []
    if role and not is_role(role[-1]):
        return None  # "The firm, which Tom Vask founded, ...": a clause, no role, before the name
    if found is None or not words or not (is_given_name(words[0]) or role) or not (
            len(name.split()) > 1 or _kin_named_alone(found)):
        return None
    end = found.end() + 1
    adverbs = _ADVERBS_AFTER_SUBJECT.match(text, end)  # "A fire investigator, Paul Dufresne, also testified"
    end = adverbs.end() if adverbs else end
    return (at, found.end()) if text[end:end + 1] == " " and _MAIN_VERB.match(text, end + 1) else None


def _kin_named_alone(found: re.Match[str]) -> bool:
    """Whether the description of ``found`` (a match of ``_DESCRIBED_HOLDER``) ends in a relative's noun (see
    ``KIN``), as news names a victim's or an accused's relative by a given name alone ("His mother, Carol,"), where
    a role's holder is named in full ("The former minister, Olena Petrenko,")."""
    return _KIN_WORD.fullmatch(found.group("noun")) is not None


#: A cue after the main clause that credits its subject: a pronoun's verb of speech in a clause of what the subject
#: did ("released a video that it said showed", "posted what it says is"), or a participle of speech or denial after
#: a comma ("has expelled three diplomats, accusing them of", "has ruled out changes, dismissing reports of", "is
#: demanding 9 per cent, citing inflation": the reason it gives), or of
#: writing before "that" ("raised its target, writing in a note to clients that"; not "writing off the loss").
_SUBJECT_CUE_LATER = re.compile(r"(?:(?<![\w'’-])(?:that|which|what)\s+(?:it|he|she|they)\s+(?:also\s+|later\s+)?"
                                r"(?:said|says|claimed|claims|alleged|alleges)|,\s+(?:accusing|saying|claiming|"
                                r"alleging|insisting|denying|dismissing|rejecting|citing|"
                                r"writing\s+(?:(?:in|on|to)\s+(?:[\w'’-]+\s+){1,6}?)?that))\b")


def subject_of_later_cue(text: str, known: Callable[[str], bool] = lambda word: False) -> tuple[int, int] | None:
    """Where the subject opening the sentence ``text`` stands (see :func:`opening_subject`) when a cue after its
    main clause is the subject's (see ``_SUBJECT_CUE_LATER``): "The ministry" of "The ministry released a video
    that it said showed ...", "The Velmark government" of "The Velmark government has expelled three diplomats,
    accusing them of ...", "The Prime Minister" of "The Prime Minister has ruled out changes, dismissing reports
    of ..."; ``None`` otherwise."""
    found = opening_subject(text, known)
    return found if found and _SUBJECT_CUE_LATER.search(text, found[1]) else None


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


#: A relative clause of speech after a body's or a person's name and its comma ("Dravonia's defence ministry, which
#: said in a post that", "Foreign Minister Anton Dreyer, who says the talks failed,"): the body or person speaks.
_WHICH_SAID = re.compile(r",\s+(which|who)\s+(?:also\s+|later\s+|then\s+)?(?:said|says|stated|states|claimed|claims|"
                         r"denied|denies|insisted|insists|alleged|alleges|told|tells|wrote|writes)\b")


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
    capitalised words and a body's, role's or portfolio's (see ``_SUBJECT_LOWER_WORDS``): the fewest for a body, all
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
    words = list(re.finditer(r"[^\s,]+", text[:end]))[-_SUBJECT_WORDS:]
    start = None
    for first in range(len(words) - 1, -1, -1):
        word = words[first].group()
        if word[:1] in _QUOTATION_MARKS or not (word[:1].isupper() or word in _SUBJECT_LOWER_WORDS or is_role(word)):
            break
        opener = word in OPENERS or word in OPENING_FUNCTION_WORDS or CALENDAR.fullmatch(word) is not None
        if not (person and opener) and _names_someone([w.group() for w in words[first:]], known):
            start = words[first].start()
            if not person:
                break
    if start is None or (person and not _person_after_bodies(text[start:end].split())):
        return None
    return start


def _person_after_bodies(words: list[str]) -> bool:
    """Whether ``words``, what a relative "who" follows, end in a person's name or role, not in a body's: no word of
    an institution's among them (see ``INSTITUTIONS``), or two or more capitalised words after the last ("House
    Ethics Committee Chairman Ada Vell"; not "the Kessel Institute's Centre for Law")."""
    bodies = [k for k, word in enumerate(words) if POSSESSIVE.sub("", word) in INSTITUTIONS]
    rest = words[bodies[-1] + 1:] if bodies else []
    return not bodies or (len(rest) > 1 and all(word[:1].isupper() for word in rest))


def _subject_before(text: str, cues: re.Pattern[str], known: Callable[[str], bool], documents: bool = False,
                    pronoun_fits: Callable[[str], bool] = lambda pronoun: True) -> tuple[int, int] | None:
    """Where in ``text`` the subject of its first verb among ``cues`` stands (see :func:`subject_before_cue`), or,
    with ``documents``, a document's words without an article (see :func:`_names_document`)."""
    if cues.search(text) is None:  # a cheap first look
        return None
    skip = lead_length(text)
    bare_time = BARE_TIME_OPENER.match(text, skip)  # "Last week the ombudsman found": when, then the subject
    skip = bare_time.end() if bare_time else skip
    if text[skip:].lstrip()[:1] in _QUOTATION_MARKS:
        return None
    heading = name_heading_length(text[skip:])  # "TRUMP -- " before "The president said": whom it describes
    start = skip + heading
    cue = cues.search(text, start, start + _SUBJECT_REACH)
    while cue and (_no_report(text, cue) or _ARTICLE_BEFORE.search(text, max(0, cue.start() - 5), cue.start())
                   or (cue.group() in ("reports", "reported") and _credited_at_end(text, cue.end()))):
        # "The reports said": the verb after the noun; "amid a dispute over pay, said": a noun, its article before it;
        # "The agency reported 40 deaths, the ministry said.": the speaker credited at the end
        cue = cues.search(text, cue.end(), start + _SUBJECT_REACH)
    if cue and _OPEN_RELATIVE_CLAUSE.search(text, start, cue.start()):
        # "Marta Kell, who said last week that the plan was dead, said on Monday": the verb after the clause
        closed = text.find(",", cue.end(), start + _SUBJECT_REACH)
        cue = cues.search(text, closed + 1, start + _SUBJECT_REACH) if closed >= 0 else None
    if (cue and APPOSED_PARTICIPLE.fullmatch(cue.group()) and _OPENS_APPOSITIVE.search(text, start, cue.start())
            and PARTICIPLE_PHRASE.match(text, cue.end())):
        # "The mayor, criticised for the delay, said": the participle is the appositive's, the verb after it
        closed = text.find(",", cue.end(), start + _SUBJECT_REACH)
        cue = cues.search(text, closed + 1, start + _SUBJECT_REACH) if closed >= 0 else None
    trailing = ((_TRAILING_CREDIT.search(text, cue.end()) or _ACCORDING_AT_END.search(text, cue.end()))
                if cue and _STANCE_CUE.fullmatch(cue.group()) else None)
    if trailing and trailing.re is _TRAILING_CREDIT and trailing.group("pronoun"):
        # "The city welcomed the investment, she said." after a man only: no one "she" may mean, the city's
        trailing = trailing if pronoun_fits(trailing.group("pronoun").lower()) else None
    if trailing:  # "The city welcomed the investment, Ruiz said.": the speaker credited at the end, not the city
        cue = cues.search(text, trailing.start())
    if not cue or not _verb_of_subject(text, cue):
        return None
    found = _subject_of(text[skip + heading:cue.start()], known, documents)
    if found and _CONCERN_RAISED.match(cue.group()) and _thing_written(text[start + found[0]:start + found[1]]):
        return None  # "The leak has raised concerns about ...": what causes the concern, no one voicing it
    if found and heading and found[0] == 0:
        return skip, skip + len(text[skip:].split()[0])
    return (skip + heading + found[0], skip + heading + found[1]) if found else None


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


def _subject_of(head: str, known: Callable[[str], bool], documents: bool = False) -> tuple[int, int] | None:
    """Where in ``head``, a sentence up to its verb, the subject stands (see :func:`subject_before_cue`): the
    comma-separated piece before the verb, or before an appositive, once adverbs and an opener are set
    aside; with the appositive, which goes with it ("The strongman president, Armando Reyes" names the
    person). With ``documents``, a document's words without an article are a subject too (see
    :func:`_names_document`)."""
    modifiers = _BEFORE_CUE.search(head)
    head = head[:modifiers.start()] if modifiers else head.rstrip()
    if any(mark in head for mark in _QUOTATION_MARKS):
        return None
    citing = _CITING_ASIDE.search(head)
    head = head[:citing.start()] if citing else head  # "the Kessel Times, citing sources, reported"
    pieces = list(_PIECE.finditer(head))
    appositive = head.endswith(",")
    longest = (_RELATIVE_CLAUSE_WORDS if _RELATIVE_OPENING.match(pieces[-1].group())
               or _ROLE_THEN_RELATIVE.match(pieces[-1].group()) else _APPOSITIVE_WORDS)
    if len(pieces) < 1 + appositive or (appositive and len(pieces[-1].group().split()) > longest):
        return None
    apart = appositive + (appositive and len(pieces) > 2 and _AGE_PIECE.fullmatch(pieces[-2].group()) is not None)
    subject = pieces[-1 - apart]  # "Ekwueme, 27, the world champion, denied": the age goes with the name too
    if not _fits_before(pieces[:-1 - apart]) or _ends_a_list(pieces[:-1 - apart], subject.group(), known):
        # "Tom Vask, the former harbour master, who ran the port, said": the name and its role before the clause
        return _described_before_clause(head, pieces, known, documents) if appositive else None
    words = subject.group()
    opening = _CONJUNCTION.match(words.lstrip()) if subject is pieces[0] else None
    start = subject.start() + len(words) - len(words.lstrip()) + (opening.end() if opening else 0)
    end = subject.end() - (len(words) - len(words.rstrip()))
    named = head[start:end].split()
    if start >= end or not (_names_someone(named, known) or (documents and _names_document(named))
                            or _goes_by_name(head[start:end])
                            or (appositive and _surname_with_role(named, pieces[-1].group()))
                            or (appositive and _owned_then_named(named, pieces[-1].group(), known))):
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
    found = _subject_of(head[:pieces[-1].start()], known, documents)
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
    agent") and the ``appositive`` a comma sets after them names a body or person (see :func:`_names_someone`):
    "Her label, Harbour Records" names Harbour Records, whose role the pronoun's words give; and a relative's noun
    with a known given name alone after it ("His widow, Greta"), a person."""
    named = appositive.strip(EDGE).split()
    kin = len(named) == 1 and _KIN_WORD.fullmatch(words[-1].lower()) is not None and is_given_name(named[0])
    return (1 < len(words) <= 3 and words[0].lower() in _OWNING_PRONOUNS and all(w.islower() for w in words[1:])
            and (kin or _names_someone(named, known)))


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
    if not 0 < len(head) <= 3 or len(lowered) > _SUBJECT_WORDS or (after[:1] and after[0] not in _DOCUMENT_OF):
        return False
    if "of" in lowered and not after:
        return False
    if (set(head) & (PRONOUNS | _NO_ONE | {"a", "an", "the"}) or set(lowered) & _NOT_IN_SUBJECT
            or any(_FIGURE.fullmatch(w) for w in lowered)):
        return False
    return _DOCUMENT_HEAD.fullmatch(head[-1]) is not None


def _verb_of_subject(text: str, cue: re.Match[str]) -> bool:
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


def _no_report(text: str, cue: re.Match[str]) -> bool:
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
    return last.islower() and (last in _BEFORE_A_NOUN or bool(_ADJECTIVE_END.search(last)))


def _fits_before(pieces: list[re.Match[str]]) -> bool:
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
    return (bool(before) and bool(_LIST_JOINER.search(subject))
            and _names_someone(before[-1].group().split(), known))


def _owned_by_body(lowered: list[str]) -> bool:
    """Whether the lower-cased subject ``lowered`` is a body's part or person after "its" ("Its Foreign Ministry",
    "Its spokesman"): the body named before owns it, as "The Foreign Ministry" would be the body's."""
    return len(lowered) > 1 and lowered[0] == "its" and (is_role(lowered[-1]) or lowered[-1] in BODY_NOUNS)


def _names_someone(words: list[str], known: Callable[[str], bool]) -> bool:
    """Whether ``words``, a sentence's subject, name a definite or named body or person (see
    :func:`subject_before_cue`)."""
    lowered = [w.lower() for w in words]
    if not 0 < len(words) <= _SUBJECT_WORDS or (lowered[0] in PRONOUNS and not _owned_by_body(lowered)):
        return False
    if lowered[0] in _NO_ONE and not _people_at_named_body(words):
        return False
    outside = {word for k, word in enumerate(lowered) if not _in_paper_name(words, k)}
    if _NOT_IN_SUBJECT & outside or lowered[-1] in _SUBJECT_JOINERS or POSSESSIVE.search(words[-1]):
        return False
    if any(word.endswith(("n't", "n’t")) for word in lowered):
        return False  # "The report doesn't say": a verb negated, as "does not" is (see _CLAUSE_WORDS), no name's word
    if any(_FIGURE.fullmatch(word.strip(EDGE)) and not _NAMED_NUMBER.fullmatch(" ".join(words[max(0, k - 1):k + 2]))
           for k, word in enumerate(words)) or _verb_like(words):
        return False  # a clause or a noun phrase with a figure ("Factline rated 32% of Harlow"), no one
    if lowered[0] == "the" or _dated_document(words):
        return len(words) > 1
    if lowered[0] in ("a", "an"):
        head = list(dropwhile(lambda w: w not in _SUBJECT_JOINERS, lowered[1:]))  # the words from a joiner on
        described = lowered[1:len(lowered) - len(head)]
        return (any(is_role(POSSESSIVE.sub("", w)) for w in described) or _described_court(described)
                or _tied_outlet(words[1:]))
    if not words[0][:1].isupper() or words[0] in NOT_A_NAME_START or words[0] in _CASE_PUT:
        return False
    if len(words) == 1:
        word = POSSESSIVE.sub("", words[0])
        # all in capitals, one letter too ("UNICEF", "X" of "X added a note": a platform's name, no common word), or
        # a given name alone, as features name residents ("Amira has stopped inviting friends round.")
        return (known(word) or word.isupper() or any(ch.isupper() for ch in word[1:]) or word in COUNTRIES
                or without_accents(word.lower()) in SEATS or given_name_sex(word) is not None)
    capitalised = sum(w[:1].isupper() or w.isdigit() for w in words)  # a number here is a name's ("Channel 9")
    # "Acme's board", and a named person's relative, "Orta's widow" or "Orta's eldest son": one definite person
    return (capitalised >= 2 or any(is_role(POSSESSIVE.sub("", w)) for w in lowered[1:])
            or (POSSESSIVE.search(words[0]) is not None and capitalised == 1
                and (lowered[-1] in BODY_NOUNS or _KIN_WORD.fullmatch(lowered[-1]) is not None)
                and POSSESSIVE.sub("", words[0]) not in NOT_AN_OWNER))


#: A relative's noun alone ("widow", "son", "mother-in-law"), the head of a subject a named person owns.
_KIN_WORD = re.compile(KIN)
#: The people of a weasel word that a body's name after "at" makes named ("Analysts at Dunmore Securities").
_PEOPLE_AT_BODY = frozenset("analysts experts".split())


def _people_at_named_body(words: list[str]) -> bool:
    """Whether the subject ``words`` are analysts or experts at a body named in capitals, "the" perhaps before it
    ("Analysts at Dunmore Securities", "Experts at the Kessel Institute"): the body's people, no weasel wording
    ("Analysts said", "Analysts at the time said" name no one)."""
    named = words[3:4] if len(words) > 3 and words[2] == "the" else words[2:3]
    return (len(words) > 2 and words[0].lower() in _PEOPLE_AT_BODY and words[1] == "at"
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


#: An inverted cue, after a comma or a closing quotation mark, and a name of two or more capitalised words
#: just after it (group 1): "The report was false, said Karim Haddad", '"It is a lie," says Defence Minister
#: Olga Petrenko'. What follows the name ends the clause: a mark, the sentence's end or a word of where, when
#: or whose ("said Mr. Haddad in a statement"); after an appositive "said Mr. Trump was" is what was said.
_NAME_AFTER_CUE = re.compile(rf"(?:,(?:\s*[”\"’'])?|[”\"])\s*(?:said|says|added|adds)\s+"
                             rf"({NAME_AFTER_CUE_WORD}(?:\s+{NAME_PARTICLE_RUN}{NAME_AFTER_CUE_WORD})+)"
                             r"(?=\s*(?:[,.;:!?()–—-]|$)|\s+(?:in|on|at|of|for|from|who|during|after|before|last|"
                             r"this|yesterday|today|earlier)\b)")


#: A cue of speech opening the sentence, its speaker's name and a colon or comma, then a quotation: 'Said Ellis: "I
#: doubt it."', 'Added Mayor Ruiz, "We will rebuild."' (group 1 the name: one word or more, capitalised).
_CUE_OPENING_QUOTE = re.compile(rf"\s*(?:{'|'.join(SPEECH_CUES_OPENING)})\s+"
                                rf"({NAME_AFTER_CUE_WORD}(?:\s+{NAME_PARTICLE_RUN}{NAME_AFTER_CUE_WORD}){{0,3}})"
                                r"\s*[:,]\s*[“\"‘']")


def cue_opens_quotation(text: str) -> bool:
    """Whether the sentence ``text`` opens with a cue of speech, its speaker and a quotation (see
    ``_CUE_OPENING_QUOTE``: 'Added Holt: "..."'): its first word is that cue, no word of the speaker's name."""
    return _CUE_OPENING_QUOTE.match(text) is not None


def name_after_opening_cue(text: str, known: Callable[[str], bool] = lambda word: False) -> tuple[int, int] | None:
    """Where in the sentence ``text`` the speaker stands whom a cue opening it names before their quotation ('Said
    Ellis: "I doubt it."': "Ellis"; see ``_CUE_OPENING_QUOTE``): a name of two or more words, or one after a title
    ("Mayor Ruiz"), or a surname alone that ``known`` says the document has named; ``None`` for anything else, and
    for a day or a month after the cue ('Said Tuesday: "..."', 'Added Monday: "..."' name no one)."""
    found = _CUE_OPENING_QUOTE.match(text)
    if found is None:
        return None
    words = found.group(1).split()
    if (len(words) == 1 and not known(words[0])) or CALENDAR.fullmatch(words[0]):
        return None
    return found.span(1)


def name_after_cue(text: str) -> tuple[int, int] | None:
    """Where in the sentence ``text`` the name after an inverted cue stands ("The report was false, said Karim
    Haddad, a ministry spokesman": "Karim Haddad"), for a sentence whose speaker comes after its verb: two or more
    capitalised words, a title's among them ("Mr. Haddad"), just after "said", "says", "added" or "adds" that
    follow a comma or a closing quotation mark. ``None`` for anything else, and for a possessive ("said
    President Roe's spokeswoman": the name is not the speaker)."""
    found = _NAME_AFTER_CUE.search(text)
    if not found or POSSESSIVE.search(found.group(1)):
        return None
    return found.span(1)


#: An inverted cue, after a comma or a closing quotation mark, and a description with "the" just after it (group
#: "description"), up to four words: '"We will rebuild the pier," said the 43-year-old.', "..., said the fisherman,
#: who ...". What follows it ends the clause: a mark, the end or "who"; after a quotation a word of where, when or
#: whose too ('"...," said the mayor of Kessel', as after a name: see ``_NAME_AFTER_CUE``), not after a plain comma,
#: which may close an appositive before the subject's own verb ("Ana Roe, a spokeswoman, said the former secretary
#: of state knew").
_DESCRIPTION_AFTER_CUE = re.compile(r"(?:(?P<quoted>[,?!…]\s*[”\"’']|[”\"])|,)\s*(?:said|says|added|adds)\s+"
                                    r"(?P<description>[Tt]he\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)"
                                    r"(?=\s*(?:[,.;:!?()–—-]|$)|\s+who\b|(?(quoted)\s+(?:in|on|at|of|for|from|"
                                    r"during|after|before|last|this|yesterday|today|earlier)\b|(?!)))")


def description_after_cue(text: str) -> tuple[int, int] | None:
    """Where in the sentence ``text`` a description with "the" after an inverted cue stands, the speaker of a
    sentence written so ('"We will rebuild the pier," said the 43-year-old.': "the 43-year-old"; "..., says the
    fisherman"; see ``_DESCRIPTION_AFTER_CUE``), as :func:`name_after_cue` finds a name there: its last word a
    person's or a body's (an age, a nationality, a role, a trade, a private person's noun: "the man", "the
    driver", "the police", "the ministry"), so that the one it describes is credited (see
    :meth:`SourceIndex._person_so_called`: "Dorsey Kell, 43," before), else the description itself, and never the
    speaker before; with the name a comma sets after it, up to a mark ("said the firm's chief executive, Ana
    Roe."), so that the name is credited; so too a person's role with the name after it, a comma between or not, what
    the role serves perhaps after it (see ``_ROLE_NAMED_AFTER_CUE``: "said the firm's chief executive Ana Roe.",
    "said the Green leader of the Senate, Rena Tolle."). ``None`` for anything else: what an appositive's
    speaker said ("Roe, the owner, said the deal was off", "A witness, a nurse, said the driver, who fled, was
    drunk": after a plain comma that an earlier one may pair, see ``_ENDS_CLAUSE``), a possessive ("said the
    mayor's"), words that describe no one ("said the plan")."""
    named = _ROLE_NAMED_AFTER_CUE.search(text)
    if (named is not None and named.group("role") in PERSON_ROLES and personal_name(named.group("name").split())
            and not (named.group("served") and is_role(named.group("description").rpartition(" ")[2]))):
        if _named_spoken_of(text, named):
            return None  # "A neighbour, a nurse, said the lawyer, Tom Vance, was drunk.": whom she spoke of
        return named.start("description"), named.end("name")  # not "the spokesman for the mayor, Tom Vell"
    found = _DESCRIPTION_AFTER_CUE.search(text)
    if found is None or not _describes_speaker(found.group("description").rpartition(" ")[2].lower()):
        return None
    named = _NAME_SET_AFTER.match(text, found.end("description"))
    end = named.end(1) if named else found.end("description")
    if found.group("quoted") is None and "," in text[:found.start()] and not _ENDS_CLAUSE.fullmatch(
            text[end:].rstrip(_CLOSING_TAIL)):
        return None  # "A witness, a nurse, said the driver, who fled, was drunk.": the appositive's speaker said it
    return found.start("description"), end


#: A clause going on after a name a comma sets after a role, its verb in lower case after another comma (", was
#: drunk"), no time, place or "who" clause (", on Monday", ", who ..."): see :func:`_named_spoken_of`.
_CLAUSE_GOES_ON = re.compile(r"\s*,\s+(?!(?:in|on|at|of|for|from|who|during|after|before|last|this|yesterday|today|"
                             r"earlier|according)\b)[a-z]")


def _named_spoken_of(text: str, named: re.Match[str]) -> bool:
    """Whether the role and name ``named`` after a cue (see ``_ROLE_NAMED_AFTER_CUE``) in ``text`` are whom an
    appositive's speaker spoke of: a plain comma, no quotation's, before the cue, an earlier comma that may close an
    appositive, and the clause going on after the name (see ``_CLAUSE_GOES_ON``: "A neighbour, a nurse, said the
    lawyer, Tom Vance, was drunk."; not "..., said the firm's chief executive, Ana Roe, on Monday.")."""
    opening = text[named.start():named.start("description")]
    return (not any(mark in opening for mark in "”\"’'") and "," in text[:named.start()]
            and _CLAUSE_GOES_ON.match(text, named.end("name")) is not None)


#: What may follow an inverted description after a plain comma when an earlier comma may have closed an appositive
#: before the cue (see :func:`description_after_cue`): nothing but closing marks, or a "who" clause to the end
#: ("The pier, built in 1902, is sound, said the engineer, who inspected it."), never more of the sentence ("A
#: witness, a nurse, said the driver, who fled, was drunk.", where the driver is whom she spoke of).
_ENDS_CLAUSE = re.compile(r"(?:,?\s+who\b[^,;:()\[\]–—]*)?")
#: Blanks and marks that may close a sentence after its last word.
_CLOSING_TAIL = " \t.!?…\"”’')]"


#: A name of two or more capitalised words that a comma sets after a description, up to a mark or the end: ", Ana
#: Roe." of "said the firm's chief executive, Ana Roe." (see :func:`description_after_cue`); an initial's full stop
#: ends none ("James E. Clyburn").
_NAME_SET_AFTER = re.compile(rf",\s+({NAME_AFTER_CUE_WORD}(?:\s+{NAME_PARTICLE_RUN}{NAME_AFTER_CUE_WORD})+)"
                             r"(?=\s*(?:[,;:!?()–—]|\.(?!\s+[A-Z])|$))")


#: An inverted cue as for ``_DESCRIPTION_AFTER_CUE``, a description with "the" whose last word (group "role") may be a
#: person's role, perhaps what it serves after "of", "for" or "at" up to a comma (group "served"; no other role: the
#: name after "the spokesman for the mayor" may be the mayor's), then a personal name (group "name"),
#: a comma before it or not, up to a mark, the end or a word of where, when or who: "said the firm's chief executive
#: Ana Roe.", "said the Green leader of the Senate, Rena Tolle, on Tuesday." (see
#: :func:`description_after_cue`).
_ROLE_NAMED_AFTER_CUE = re.compile(
    r"(?:[,?!…]\s*[”\"’']|[”\"]|,)\s*(?:said|says|added|adds)\s+"
    r"(?P<description>[Tt]he\s+(?:[\w'’-]+\s+){0,3}?(?P<role>[a-z][\w'’-]*)"
    r"(?P<served>\s+(?:of|for|at)\s+(?:[\w'’.&-]+\s+){0,4}?[\w'’.&-]+(?=,))?)"
    rf",?\s+(?P<name>{NAME_AFTER_CUE_WORD}(?:\s+{NAME_PARTICLE_RUN}{NAME_AFTER_CUE_WORD}){{1,3}})"
    r"(?=\s*(?:[,;:!?()–—]|\.(?!\s+[A-Z])|$)|\s+(?:in|on|at|of|for|from|who|during|after|before|last|this|"
    r"yesterday|today|earlier)\b)")


def _describes_speaker(word: str) -> bool:
    """Whether the lower-case ``word`` heads a description of a person or a body that speaks ("43-year-old",
    "croatian", "fisherman", "spokeswoman", "lawyer", "driver", "police", "ministry", "carmaker")."""
    return (AGE_ALONE.fullmatch(word) is not None or _nationality(word) or DEMONYM.fullmatch(word) is not None
            or is_role(word) or word in TRADES or word in PRIVATE_PERSONS or word in NAMELESS_NOUNS
            or word in BODY_NOUNS or trade_head(word) or word in ROLE_SYNONYMS)


#: "according to" and what it credits (group 1), up to a mark: "According to the indictment, ...", "..., according
#: to court filings."
_ACCORDING_TO = re.compile(r"(?<![\w'’-])according\s+to\s+([^,;:!?()\"“”–—]+)", re.I)
#: What may stand before "according to" that opens a sentence ("But according to police, ..."), and the mark that
#: must then close its source: before the clause it opens, a source runs to a comma or the like, as "According to
#: police the man fled" shows no end to it.
_OPENS_SENTENCE = re.compile(r"[\s\"“'‘]*(?:(?:but|and|yet|so)\s+)?", re.I)
#: "Per" as "according to" is written, and what it credits (group 1): opening the sentence ("Per the state lab,
#: ...") or after a comma (", per the agency."), before an article, a possessive pronoun ("per his lawyer": a source
#: before a role only, see :func:`source_according_to`) or a capitalised word, never a rate's "per" ("5 per cent",
#: "$40 per person").
_PER = re.compile(r"(?:^[\s\"“'‘]*(?:(?:but|and|yet|so)\s+)?|(?<=,)\s+)per\s+"
                  r"((?:the|an?|his|her|its|their)\s[^,;:!?()\"“”–—]+|(?-i:[A-Z])[^,;:!?()\"“”–—]*)", re.I)
_SOURCE_CLOSED = re.compile(r"[,;:(–—]")
#: Head nouns after "according to" that make it a manner, not a source: "went according to plan", "according to
#: the rules", "distributed according to need", "sorted according to size", "acted according to orders".
_NO_SOURCE_WORDS = frozenset("""plan plans schedule script rules law laws tradition custom terms need needs size
    region orders instructions taste age height weight type category rank seniority merit ability income
    preference demand""".split())
#: Articles and demonstratives, one of which after the source's first words opens what follows ("according to
#: officials the deal is off", "according to police this week"), unless a joiner or a preposition stands before
#: it ("the Ministry of the Interior", "documents seen by the BBC", "a source inside the White House", "a lawsuit
#: filed against the company").
_DETERMINERS = frozenset("the a an this these those".split())
_BEFORE_ARTICLE = _SUBJECT_JOINERS | frozenset("""by about within near over inside outside against across among
    amongst under behind around between through throughout during into onto upon toward towards beyond beside
    alongside via without despite including filed seen obtained released published cited""".split())
#: Possessive pronouns that open a source before a person's role ("according to her lawyer").
_POSSESSIVE_PRONOUNS = frozenset("his her its their".split())


def source_according_to(text: str) -> tuple[int, int] | None:
    """Where in the sentence ``text`` the source after "according to" stands ("According to the indictment,
    Greaves ran a sham company": "the indictment"; "..., according to court filings"), or after "per" where it is
    written so ("Per the state lab, ...", "..., per the agency": see ``_PER``), up to a mark, the
    sentence's end, a clause's word ("according to a clerk who ...") or an article after its first words
    ("according to officials the deal ..."): up to eight words, neither a pronoun ("according to him": the
    pronoun rules read it; "her lawyer", a role, is a source), a figure, nor a manner: a head noun of a plan, a
    rule or a measure ("according to plan", "the rules of the game", "according to need", "size", "orders").
    Where the phrase opens the sentence, its source must end at a comma or the like ("According to police the
    man fled" is ``None``). ``None`` for anything else."""
    found = _ACCORDING_TO.search(text) or _PER.search(text)
    if not found or (_OPENS_SENTENCE.fullmatch(text, 0, found.start())
                     and not _SOURCE_CLOSED.match(text, found.end())):
        return None
    words: list[re.Match[str]] = []
    for word in re.finditer(r"[^\s.]\S*", found.group(1).rstrip(EDGE)):
        lowered = word.group().lower()
        if lowered in _NOT_IN_SUBJECT or (words and lowered in _DETERMINERS
                                          and words[-1].group().lower() not in _BEFORE_ARTICLE):
            break
        words.append(word)
    while words and words[-1].group().lower() in _SUBJECT_JOINERS:
        words.pop()
    written = [word.group().lower() for word in words]
    if not 0 < len(written) <= _SUBJECT_WORDS or any(_FIGURE.fullmatch(word.strip(EDGE)) for word in written):
        return None
    role = len(written) > 1 and written[0] in _POSSESSIVE_PRONOUNS and is_role(written[1])
    head = next((before for before, after in zip(written, written[1:]) if after in _NAME_JOINERS), written[-1])
    if (written[0] in PRONOUNS and not role) or head in _NO_SOURCE_WORDS:
        return None
    return found.start(1), found.start(1) + words[-1].end()


#: A name of capitalised words, joiners allowed between ("Bank of Halden", "Baywater Holdings"), and the comma that
#: sets a description of it apart after it (see :func:`name_before_description`). No match opens just after a stop:
#: "J.R. Ewing" opens at "J", and a run of initials ("A.A.A. ...") is not read to its end from each one (quadratic).
_NAME_BEFORE_COMMA = re.compile(rf"(?<![\w'’.-])([A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|de|&)\s+)?(?:(?:{_GLUED})-)?"
                                rf"[A-Z][\w'’.&-]*){{0,5}}),\s*$")
#: What may stand before that name: a comma closing an opener or a name before ("On Monday, "), "according to", or a
#: word opening a clause whose subject the name is ("after Grayfin Research, a short seller, accused it").
_BEFORE_NAME = re.compile(r"(?:,|(?<![\w'’-])(?:according\s+to|after|before|when|while|as|because|since|until|once|"
                          r"though|although))\s*$", re.I)

#: "the" ending the text before such a name, which the name's own article may be ("The Civic Signals Project, ").
_THE_AT_END = re.compile(r"(?<![\w'’-])the\s+$", re.I)


def name_before_description(before: str, known: Callable[[str], bool] = lambda word: False) -> int | None:
    """Where in ``before``, a sentence's text up to a description set apart after a name, that name starts:
    "Baywater Holdings" for "the developer" of "Baywater Holdings, the developer, said", "Ruth Okafor" for "the
    union's treasurer" of "On Monday, Ruth Okafor, the union's treasurer, said" or "according to Ruth Okafor, ...".
    The name opens the sentence (a conjunction or quotation mark before it allowed) or follows a comma,
    "according to" or a word opening a clause ("after", "when", "because": "after Grayfin Research, a short seller,
    accused it"), "the" perhaps before it ("after the Civic Signals Project, a research group,"), and a liveblog
    entry's stamp or a list's mark perhaps before all (see :func:`lead_length`: "11:40 — Orvell Watch, the press
    group, said"); it is two or more capitalised words (a family name glued to its particle in lower case
    counts: "Layla el-Sayed"), none an opener's or a date's ("On Tuesday", "Meanwhile"),
    or one the text has named (``known``); ``None`` for anything else."""
    found = _NAME_BEFORE_COMMA.search(before)
    if found is None:
        return None
    lead = _THE_AT_END.sub("", before[:found.start()])  # "after the Civic Signals Project, a research group,"
    lead = lead[lead_length(lead):]  # "11:40 — Orvell Watch, the press group, said": the entry's stamp, no word
    words = found.group(1).split()
    if not (_OPENS_SENTENCE.fullmatch(lead) or _BEFORE_NAME.search(lead)):
        return None
    if any(word in NOT_A_NAME_START or word in OPENERS for word in words):
        return None
    capitalised = [word for word in words if word[:1].isupper() or GLUED_PARTICLE.match(word)]  # "el-Sayed" too
    return found.start() if len(capitalised) > 1 or known(words[0]) else None


#: A quotation closed after its last words' comma or mark, then the speaker before a speech verb, no comma between
#: (group 1): '"No such offices exist," Koller said', '"Why now?" the ministry asked', and in single marks, as
#: British copy has them ("'It is a disgrace,' she said": after a comma or mark, ' closes a quotation); a liveblog's
#: speaker heard from the touchline too ('"That's never a booking," Keller was heard shouting', "can be heard
#: yelling").
_SPEAKER_AFTER_QUOTE = re.compile(r"[,?!…]\s*[”\"’']\s+((?:[^\s,\"“”]+\s+){1,%d}?)(?:said|says|added|adds|told|"
                                  r"tells|asked|asks|insisted|insists|wrote|writes|countered|replied|replies|"
                                  r"explained|explains|noted|notes|warned|warns|stated|states|recalled|recalls|"
                                  r"continued|continues|denied|denies|"
                                  r"(?:is|was|were|are|can\s+be|could\s+be)\s+heard\s+(?:shouting|yelling|screaming|"
                                  r"saying|telling))\b" % _SUBJECT_WORDS)


def speaker_after_quote(text: str, known: Callable[[str], bool] = lambda word: False) -> tuple[int, int] | None:
    """Where in the sentence ``text`` the speaker of a quotation stands when written after it, before a speech
    verb ('"No such offices exist," Koller said': "Koller"; '"...," the ministry said', '"...," she said'): a
    subject as :func:`subject_before_cue` takes one, though a name of one capitalised word (the quotation's
    frame is no place for a capitalised common word) unless it ends in "s" as a plural does ('"...," Residents
    said'), which ``known(word)`` must then say the document has named ("Jones" after "Ada Jones"), or "he" or
    "she", whom the profile resolves as it does elsewhere; an adverb before the verb is left out ('"...," Koller
    also said'). ``None`` for anything else: weasel wording ('"...," critics said'), "it", "they", an appositive
    ('"...," Koller, a lawyer, said': not read), a list ('"...," Smith and Jones said', "the police and the
    army"; "the Ministry of Trade and Industry" is a name)."""
    found = _SPEAKER_AFTER_QUOTE.search(text)
    if not found:
        return None
    modifiers = _BEFORE_CUE.search(found.group(1))  # "Mr. Perry also said": not "also"
    head = found.group(1)[:modifiers.start()] if modifiers else found.group(1)
    start, end = found.start(1), found.start(1) + len(head.rstrip())
    words = text[start:end].split()
    if words in (["he"], ["she"]):
        return start, end
    joined = _LIST_JOINER.search(text, start, end)
    if joined and not _NAME_JOINERS & set(text[start:joined.start()].lower().split()) and _names_someone(
            text[joined.end():end].split(), lambda word: True):
        return None  # the last of a list: "Smith and Jones", "the police and the army"
    if _names_someone(words, lambda word: known(word) or not word.endswith("s")):
        return start, end
    return None


#: A word of a name as an interview's headline or introduction writes it: capitalised ("Jane", "O'Neill", "Sen.").
_INTRO_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
#: A role in lower case before the name of whom an interview is with, perhaps after "the" and the capitalised name of
#: what they serve, perhaps with a comma: "Aquavance chief executive " of "Q&A with Aquavance chief executive Jane
#: Roe", "the finance minister, " of "An interview with the finance minister, Jane Roe"; a specialist's calling
#: ending in "-ist" or "-ian" counts as a role ("immunologist " of "A conversation with immunologist Leila Haddad"),
#: and so does a firm's or a product's founder or creator ("Lumen founder " of "Q&A with Lumen founder Sofia Arvidsson",
#: "the app's creator, "), as a technology desk introduces one.
_INTERVIEWEE_ROLE = (r"(?:(?:the|our|its)[^\S\r\n]+)?(?:[A-Z][\w'’.&-]*[^\S\r\n]+){0,3}"
                     r"(?:[a-z][\w'’-]*[^\S\r\n]+){0,3}"
                     rf"(?:{'|'.join(sorted(PERSON_ROLES, key=len, reverse=True))}|[a-z]{{3,}}(?:ist|ian)"
                     r"|co-?founder|founder|creator),?"
                     r"[^\S\r\n]+(?=[A-Z])")
#: A writer named by their calling and name, who talks to the one an interview is with: "Science writer Hal
#: Dorrington" of "Science writer Hal Dorrington spoke with Dr. Imelda Sorrentine".
_WRITER_NAMED = (r"(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Cc]olumnist|[Jj]ournalist|[Cc]ontributor)"
                 rf"[^\S\r\n]+{_INTRO_NAME_WORD}(?:[^\S\r\n]+{_INTRO_NAME_WORD}){{1,3}}")
#: A news outlet written with "The" talking to someone ("The Ledger spoke", "The Harlow Herald talked"): group
#: "outlet" its name, which must read as an outlet's (see :func:`framing.turns.names_outlet`; not "The Chancellor").
_OUTLET_TALKED = (r"\bThe[^\S\r\n]+(?P<outlet>[A-Z][\w'’-]*(?:[^\S\r\n]+[A-Z][\w'’-]*){0,2})"
                  r"[^\S\r\n]+(?:spoke|talked)")
#: Who an interview is with, as its headline or introduction says: "Q&A with Jane Roe", "Q&A: Jane Roe on ...",
#: "An interview with Finance Minister Jane Roe", "In conversation with Jane Roe", "We sat down with Jane Roe",
#: "Science writer Hal Dorrington spoke with Jane Roe" (see ``_WRITER_NAMED``), "The Ledger spoke with Jane Roe" (see
#: ``_OUTLET_TALKED``); and
#: whom a court transcript's examination questions: "Cross-examination of Ana Ruiz", "Direct examination of Dr. Ana
#: Ruiz", "EXAMINATION OF ANA RUIZ".
_INTERVIEWEE = re.compile(
    r"(?:\bQ\s?&\s?A|\bQ\s+and\s+A|\b[Ii]nterview|\bINTERVIEW|\b[Cc]onversation|\bCONVERSATION|\bsat\s+down"
    r"|\b(?:[Ww]e|I)\s+(?:spoke|talked)(?=\s+(?:to|with)\b)"
    rf"|\b{_WRITER_NAMED}[^\S\r\n]+(?:spoke|talked)(?=[^\S\r\n]+(?:to|with)\b)"
    rf"|{_OUTLET_TALKED}(?=[^\S\r\n]+(?:to|with)\b)"
    r"|\b(?:(?:[Cc]ross|[Dd]irect|[Rr]edirect|[Rr]ecross)[- ])?(?:[Ee]xamination|EXAMINATION)(?=[^\S\r\n]+(?:of|OF)\b))"
    r"[^\S\r\n]*(?P<joint>with|WITH|(?<=spoke[^\S\r\n])to|(?<=talked[^\S\r\n])to"
    r"|(?:(?<=[Ee]xamination[^\S\r\n])|(?<=EXAMINATION[^\S\r\n]))(?:of|OF)|:|[-–—])[^\S\r\n]+"
    rf"(?:{_INTERVIEWEE_ROLE})?"
    rf"(?P<name>{_INTRO_NAME_WORD}(?:[^\S\r\n]+{NAME_PARTICLE_RUN}{_INTRO_NAME_WORD}){{1,5}})")
#: An interview's introduction naming whom it is with by a pronoun: "Science writer Hal Dorrington spoke with her",
#: "We spoke to him", "We sat down with her" (group "pronoun"), or by a surname alone, "We spoke with Sorrentine"
#: (group "surname": one capitalised word, no capitalised word after it), someone named before it (see
#: :func:`_person_before`).
_INTERVIEWEE_PRONOUN = re.compile(
    rf"(?:\bsat|\b(?:[Ww]e|I)[^\S\r\n]+(?:spoke|talked)|\b{_WRITER_NAMED}[^\S\r\n]+(?:spoke|talked)"
    rf"|{_OUTLET_TALKED})"
    r"[^\S\r\n]+(?:(?<=sat[^\S\r\n])down[^\S\r\n]+with|(?<!sat[^\S\r\n])(?:with|to))[^\S\r\n]+"
    r"(?:(?P<pronoun>her|him)\b|(?P<surname>[A-Z][\w'’-]+)(?![\w'’-]|[^\S\r\n]+[A-Z]))")
#: Who an interview is with, as a headline or an introduction opening a line names them before the verb of talking to
#: the interviewer, an appositive perhaps between: "Leila Haddad talks to Nina Obi about allergies", "Dr. Leila Haddad
#: speaks with the Herald"; in the past (group "past") only to an outlet (group "outlet", see :func:`_outlet_or_none`),
#: "us" or "this newspaper": "Anne Brooks, chief executive of Northfall Energy, spoke to the Ledger".
_TALKS_TO = re.compile(
    rf"^[^\S\r\n]*(?P<name>{_INTRO_NAME_WORD}(?:[^\S\r\n]+{NAME_PARTICLE_RUN}{_INTRO_NAME_WORD}){{1,5}})"
    r"(?=(?:,[^,\r\n]{1,100},)?[^\S\r\n]+(?:(?P<joint>talks|speaks|chats)[^\S\r\n]+(?:to|with)\b"
    r"|(?P<past>talked|spoke|chatted)[^\S\r\n]+(?:to|with)[^\S\r\n]+(?:(?:the|The)[^\S\r\n]+"
    r"(?P<outlet>[A-Z][\w'’-]*(?:[^\S\r\n]+[A-Z][\w'’-]*){0,2})(?![\w'’-])"
    r"|us\b|this[^\S\r\n]+(?:news)?paper\b)))",
    re.MULTILINE)
#: A briefing's or press conference's heading opening a line, which names who answers the questions in it:
#: "Briefing by Foreign Ministry Spokeswoman Maria Zakharova", "Press conference by ...", "Regular press conference
#: of ...", "Remarks by ..." (after "by" or "of"), or the person's name in the possessive before it, "Spokesperson
#: Lin Wei's Regular Press Conference"; "Transcript of" or "Full text of" may stand first.
_BRIEFING_WORDS = r"(?i:(?:(?:regular|daily|weekly)[^\S\r\n]+)?(?:press[^\S\r\n]+|news[^\S\r\n]+)?" \
                  r"(?:briefing|conference)|remarks)"
_BRIEFED = re.compile(
    r"^[^\S\r\n]*(?i:(?:full[^\S\r\n]+)?(?:transcript|text)[^\S\r\n]+of[^\S\r\n]+)?(?:"
    rf"{_BRIEFING_WORDS}[^\S\r\n]+(?P<joint>by|of|BY|OF)[^\S\r\n]+(?:{_INTERVIEWEE_ROLE})?"
    rf"(?P<name>{_INTRO_NAME_WORD}(?:[^\S\r\n]+{NAME_PARTICLE_RUN}{_INTRO_NAME_WORD}){{1,5}})"
    rf"|(?P<owner>{_INTRO_NAME_WORD}(?:[^\S\r\n]+{NAME_PARTICLE_RUN}{_INTRO_NAME_WORD}){{1,5}})['’]s"
    rf"[^\S\r\n]+{_BRIEFING_WORDS}\b)", re.MULTILINE)
#: Words of a Q&A's topic, not of a name: a headline's small words, pronouns, question words and what an
#: explainer says of itself ("Q&A: Everything You Need To Know About ...", "Q&A: How The Rules Work", "Q&A -
#: Brexit Deal Explained"); lower case.
_TOPIC_WORDS = HEADLINE_SMALL_WORDS | frozenset("""i you your we our us it its they their he she his her this that
    these those how what why when where who whom which whose whether everything anything something all need needs
    know explained explainer explain guide answers questions things is are was were will can do does should
    could would""".split())
#: The most words, its title or role aside, of a name after a Q&A's colon or dash ("Q&A: Jane de la Roe").
_INTRO_NAME_WORDS = 4
#: A word in lower case right after the capitalised words of a Q&A's colon or dash: a topic's noun that makes them
#: its topic ("Q&A: Harbour Bridge closure"), unless a headline's small word ("Q&A: Jane Roe on the levy") or one
#: of these verbs ("Q&A: Jane Roe talks tram fares").
_AFTER_INTRO_WORD = re.compile(r"[^\S\r\n]+([a-z][\w'’-]*)")
_INTRO_VERBS = frozenset("""says talks discusses explains reflects answers speaks responds tells shares reveals opens
    looks weighs defends talked spoke chatted""".split())
#: A verb's ending, in the present, of a word in lower case after a person's name ("Q&A: Jane Roe wants a new deal",
#: "gets candid"; not "boss", "'s"), and last words of two capitalised ones that make them no person's name but a
#: body's or a place's ("Q&A: Northgate Hospital strikes over pay").
_INTRO_VERB_ENDING = re.compile(r"[a-z]+[^s'’]s")
#: Words after such a word ending in -s that make it a verb with its object or complement ("wants a new deal",
#: "gets candid", "opens up"), where a topic's plural noun has other words after it ("Q&A: Universal Credit
#: changes explained", "Hurricane Milton damages homes"); lower case.
_AFTER_INTRO_VERB = frozenset("""a an the to more new his her its their no up out candid""".split())
_NOT_A_PERSON_END = INSTITUTIONS | PLACE_ENDS | BODY_WORDS


def interviewee_named(text: str) -> str | None:
    """The person an interview is with, as the headline or introduction ``text`` names them ("Q&A with Jane Roe",
    "Q&A: Jane Roe on the budget", "An interview with Finance Minister Jane Roe", "We spoke to Jane Roe"), or who
    answers at a briefing, as its heading opening a line names them ("Briefing by Spokeswoman Jane Roe", "Remarks
    by ...", "Regular press conference of ...", "Jane Roe's Regular Press Conference": see ``_BRIEFED``), as
    written, without a role in lower case before the name ("Q&A with Aquavance chief executive Jane Roe", "An
    interview with the finance minister, Jane Roe": "Jane Roe"; see ``_INTERVIEWEE_ROLE``); ``None`` when it
    names no one so: a name of two words at least (a title counts: "Sen. Roe"), not an outlet's written with
    "The" ("an interview with The Herald"). After a colon or dash rather than "with", what follows must read
    as a name (see :func:`_reads_as_name`), not as the topic ("Q&A: Everything You Need To Know About Bird
    Flu", "Q&A: Harbour Levy Explained"), nor be followed by a topic's noun in lower case ("Q&A: Harbour Bridge
    closure": see :func:`_topic_follows`)."""
    found = interviewee_mention(text)
    return None if found is None else text[found[0]:found[1]]


def interviewee_mention(text: str) -> tuple[int, int] | None:
    """Where in ``text`` the name :func:`interviewee_named` gives is written, as (start, end); ``None`` for none. An
    introduction by a pronoun ("We sat down with her") or by a surname alone ("We spoke with Sorrentine") gives the
    one person named in full before it (see ``_INTERVIEWEE_PRONOUN``)."""
    matches = [*_INTERVIEWEE.finditer(text), *_BRIEFED.finditer(text), *_TALKS_TO.finditer(text)]
    for found in sorted(matches, key=lambda found: found.start()):
        group = "owner" if found.re is _BRIEFED and found.group("owner") else "name"
        name = found.group(group).rstrip(".,;:")
        if name.startswith(("The ", "THE ")) or not _outlet_or_none(found):
            continue
        end = found.start(group) + len(name)
        if (group == "name" and (found.group("joint") or "").lower() in ("with", "to", "of")
                or (_reads_as_name(name) and not _topic_follows(text, name, end))):
            return found.start(group), end
    for by_pronoun in _INTERVIEWEE_PRONOUN.finditer(text):
        if not _outlet_or_none(by_pronoun):
            continue
        surname = by_pronoun.group("surname")
        person = _person_before(text, by_pronoun.start(), by_pronoun.group("pronoun") or "",
                                text_key(surname) if surname else None)
        if person is not None or surname is None:
            return person
    return None


def _outlet_or_none(found: re.Match[str]) -> bool:
    """Whether an introduction ``found`` names no one talking, or an outlet (see ``_OUTLET_TALKED``): not "The
    Chancellor spoke with ...", whom the one spoken with need not be interviewed by."""
    outlet = found.groupdict().get("outlet")
    return outlet is None or names_outlet(outlet)


def _person_before(text: str, end: int, pronoun: str, surname: str | None = None) -> tuple[int, int] | None:
    """Where the one person is named in full in ``text`` before ``end`` whom ``pronoun`` ("her", "him") may mean:
    "Imelda Sorrentine" of "Dr. Imelda Sorrentine led the study. Science writer Hal Dorrington spoke with her" (a
    personal name as :func:`surnames_in` reads one, by a given name of the other sex never); ``None`` for no one,
    or for two people of different surnames. With a ``surname`` (a key, "sorrentine") rather than a pronoun, the one
    person of that surname ("We spoke with Sorrentine"); ``None`` for no one or two of different given names."""
    people: dict[str, tuple[int, int]] = {}
    for run in CAPITALISED_RUN.finditer(text, 0, end):
        surnames = surnames_in(run.group())
        first = next((word for word in re.finditer(r"\S+", run.group()) if word.group() not in NOT_A_NAME_START), None)
        if len(surnames) != 1 or first is None:
            continue
        sex = given_name_sex(text_key(first.group()))
        if sex is None and surnames <= BUSINESS_NAME_ENDS:
            continue  # "Kestrel Renewables", a firm; "Samantha Power" is a person's name
        if surname is None and sex not in (None, "she" if pronoun == "her" else "he"):
            continue  # "Tom Vell" is never "her"
        start, stop = run.start() + first.start(), run.start() + len(POSSESSIVE.sub("", run.group()))
        key = next(iter(surnames))  # the one
        if surname is None:
            people[key] = start, stop
        elif key == surname:
            people[text_key(text[start:stop])] = start, stop
    return next(iter(people.values())) if len(people) == 1 else None


def _topic_follows(text: str, name: str, end: int) -> bool:
    """Whether the capitalised words ``name`` after a Q&A's colon or dash, ending at ``end``, open its topic: a
    word in lower case follows them that is no headline's small word nor a verb of ``_INTRO_VERBS`` ("Q&A: Harbour
    Bridge closure", "Q&A: Acme Robotics warehouse fire"; not "Q&A: Jane Roe on the levy"). Never so where they
    hold a title or role, unless they end in a body's or place's word ("Q&A: Mayor Jane Roe interview"; not "Q&A:
    Premier League rules change"), or end in a possessive ("Q&A: Jane Roe's vision ...");
    after a person's name of two words, a word ending in -s reads as its verb where a determiner, "to" or a word of
    ``_AFTER_INTRO_VERB`` follows it ("Q&A: Jane Roe wants a new deal", "gets candid"; not "Q&A: Universal Credit
    changes explained"; see ``_INTRO_VERB_ENDING``)."""
    after = _AFTER_INTRO_WORD.match(text, end)
    split = name.split()
    if after is None or (_titled(name) and split[-1] not in _NOT_A_PERSON_END) or POSSESSIVE.search(name):
        return False
    word = after.group(1)
    if word in HEADLINE_SMALL_WORDS or word in _INTRO_VERBS:
        return False
    following = _AFTER_INTRO_WORD.match(text, after.end())
    return not (len(split) == 2 and not _NOT_A_PERSON_END & set(split) and _INTRO_VERB_ENDING.fullmatch(word)
                and following is not None and following.group(1) in _AFTER_INTRO_VERB)


def _reads_as_name(words: str) -> bool:
    """Whether the capitalised ``words`` after a Q&A's colon or dash read as who it is with: no word of a topic
    (see ``_TOPIC_WORDS``), and a title or role ("Finance Minister Jane Roe", "Sen. Roe") or at most
    ``_INTRO_NAME_WORDS`` words, particles aside ("Jane de la Roe")."""
    split = words.split()
    if any(word.strip(EDGE).lower() in _TOPIC_WORDS for word in split):
        return False
    return _titled(words) or len([word for word in split if word not in PARTICLES]) <= _INTRO_NAME_WORDS


def _titled(words: str) -> bool:
    """Whether the capitalised ``words`` after a Q&A's colon or dash hold a title or role ("Finance Minister Jane
    Roe", "Sen. Roe")."""
    return TITLE.match(words) is not None or any(ROLE_WORD.fullmatch(word.strip(EDGE)) for word in words.split())


#: The writer asking a body for comment or putting claims to it, then the body ("contacted Northline Rail for
#: comment", "asked the council to respond", "We put your comments to the health board", "put these claims to
#: Drayfield"; group "asked" or "put" the body): a name of capitalised words, or "the" and lower-case words, up to
#: what follows the body; not a body others call on or for to respond ("Opposition leaders called on the government
#: to respond").
_ASKED_FOR_COMMENT = re.compile(
    r"\b(?:(?:contacted|approached|asked|emailed|called)\s+(?!(?:on|upon|for)\s)"
    r"(?P<asked>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?)"
    r"\s+(?:for\s+(?:a\s+|its\s+|their\s+)?(?:comment|response|reaction)|to\s+(?:comment|respond))|"
    r"put\s+(?:(?:the|these|those|its|our|your|his|her|their)\s+)?(?:[a-z]+\s+)?(?:claims?|questions?|allegations?|"
    r"comments|findings|criticisms?|points|accusations?|figures)\s+to\s+"
    r"(?P<put>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?)(?=\s+(?:on|this|last|yesterday|today|earlier|but|and)\b|"
    r"\s*[,.;]|\s*$))")


def asked_for_comment(text: str) -> tuple[int, int] | None:
    """Where in the sentence ``text`` the body stands that the writer asked for comment or put claims to (see
    ``_ASKED_FOR_COMMENT``): "the health board" of "We put your comments to the health board this morning.", so that
    "A spokesman said ..." just after is its spokesperson; ``None`` where it asks no one, or asks a person by a
    pronoun ("asked him for comment")."""
    found = _ASKED_FOR_COMMENT.search(text)
    if found is None:
        return None
    group = "asked" if found.group("asked") is not None else "put"
    if found.group(group).lower() in ("him", "her", "them", "it", "us", "me", "you"):
        return None
    return found.start(group), found.end(group)
