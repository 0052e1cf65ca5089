"""The topic a sentence naming no source leaves for the next: the person, group, body or document its subject is, one
it acts upon or sanctions, the surnames and sexes it writes. :class:`Topics` is one class of the chain that makes
:class:`framing.credits._Credits`.
"""

from __future__ import annotations

import re

from .credit_interviewees import OF_THEM, writers_interviewees
from .credit_quotes import SPEAKING
from .credit_scheduled import SEXED_PERSONS, thing_scheduled
from .credit_speakers import Mention
from .credit_state import CreditState
from .document import Sentence, Span
from .given_names import given_name_sex
from .index_body_words import KIND_BEFORE_NAME, OWNED_BODY_IN_LOWER_CASE
from .index_documents import ISSUES_DOCUMENT
from .source_find_openings import opening_subject, speakers_for_owner
from .source_finders import heard_in_court
from .source_forms import display_source
from .source_keys import head_word, lead_length, past_opener, text_key, without_legal_form
from .source_kinds import names_a_court, role_singular
from .source_places import government_of
from .source_words import (
    BODY_KINDS,
    BODY_NOUNS,
    BRACKETED_PARTY_TAG,
    BUSINESS_NAME_ENDS,
    EDGE,
    PERSON_ROLES,
    SUBJECT_TIME,
    THIRD_PERSON,
    TITLE,
)
from .spans import quotes_within

#: "It" having said or denied, opening a sentence of a speaker's turn ("It said the figures were wrong.", "It flatly
#: denied it."): a body the speaker reports, never the speaker, whom "he" or "she" may be. In the past tense only,
#: and not the idioms "it said a lot about them", "it told you everything.", "it told us all we needed to know", the
#: speaker's comment (but "It said everything was in order." and "It said a lot of staff had left." report the body).
#: A body accepting or admitting what was put to it answers as one denying does ("It accepted most of the findings.").
IT_SAID = (r"(?:(?:also|later|then|[a-z]+ly)\s+)?"
            r"(?:(?:said|told)(?!\s+(?:(?:you|us|me)\s+)?(?:(?:a\s+lot|everything|volumes)"
            r"(?:\s+about\b|\s*[.!?])|all\s+(?:we|you|I)\s+needed\s+to\s+know\b))|"
            r"denied|rejected|dismissed|insisted|claimed|added|argued|maintained|stated|"
            r"accepted|acknowledged|admitted|conceded)\b")
#: "It" saying in the present tense, as live copy writes a body's statement ("It says the pipeline has every permit",
#: "It says a lot of staff have left", "It says everything is in order"); not the idioms "it says a lot about them",
#: "it says much", "it says everything.", "it says volumes", "it says something about", nor "it adds to the strain".
IT_SAYS = (r"(?:(?:also|still|now|[a-z]+ly)\s+)?(?:says(?!\s+(?:(?:a\s+lot|much)\b(?!\s+of\b)|volumes\b|"
            r"(?:everything|something)(?:\s+about\b|\s*[.!?])))|adds(?!\s+(?:to|up)\b)|"
            r"denies|rejects|dismisses|insists|claims|argues|maintains|states|"
            r"accepts|acknowledges|admits|concedes)\b")

#: "It" having said or denied as the subject of a sentence of the copy, after an opening phrase and its comma perhaps
#: ("It said the journalist was a spy.", "In a letter last year, it denied ...", "It has previously denied ...";
#: group "it"): a body speaks, never a person (see :meth:`_Credits.credit_speaking`); or a sentence ending with "it"
#: and a verb of saying after a comma ('..., it said.', '..., it stated.'), which may be a body or a person's document.
SUBJECT_OPENING = r"[\s\"“'‘]*(?:(?:But|And|Yet|So|Still)\s+)?(?:[A-Z][^,;:.!?\"“”]{0,80},\s+)?"

#: A work that finds, which an "It found" may mean after a sentence naming it ("commissioned a study", "ordered an
#: inquiry"): the body whose act it is did not find it itself (see :meth:`_Credits._body_finds`).
_FINDING_WORK = re.compile(r"\b(?:stud(?:y|ies)|reports?|reviews?|surveys?|audits?|inspections?|analys[ie]s|"
                           r"inquir(?:y|ies)|investigations?|probes?|polls?)\b", re.I)
#: Such a work written as the subject's own ("its annual report", "their latest survey"): what it finds is the body's
#: own finding, as what "It said" says is its word.
_OWN_FINDING_WORK = re.compile(rf"\b(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_FINDING_WORK.pattern})",
                               re.I)
#: "It" finding as the subject opening a sentence ("It found that ...", "It also showed ...", "But it concluded ..."):
#: a study's or a like document's, when the sentence before opens with one (see :meth:`_Credits.note_document`), or
#: a body's, when the sentence before is about it (see :meth:`_Credits._body_finds`).
_IT_FINDS = re.compile(r"[\s\"“'‘]*(?:(?:But|And|Yet)\s+)?(?P<it>[Ii]t)\s+(?:(?:also|further|previously)\s+)?"
                       r"(?:(?:has|had)\s+)?(?:found|finds|showed|shows|concluded|concludes|suggested|suggests|"
                       r"indicated|indicates|revealed|reveals|estimated|estimates)\b")
#: A study's or a like document's noun after "The", "This" or "That" and up to two lower-case words, or its maker's
#: noun in the possessive and a word perhaps ("The auditors' report", "The ombudsman's final report"), opening a
#: sentence as its subject ("The study was published ...", "The new trial, which ...,"; not "The study's authors"):
#: group 1.
_DOCUMENT_OPENING = re.compile(r"\s*(?:(?:But|And|Yet)\s+)?((?:The|This|That)\s+(?:[a-z][\w-]*\s+){0,2}?"
                               r"(?:[a-z]+(?:s['’]|['’]s)\s+(?:[a-z][\w-]*\s+)?)?"
                               r"(?:stud(?:y|ies)|trials?|reviews?|papers?|preprints?|reports?|surveys?|audits?|"
                               r"(?:meta-)?analys[ie]s))(?=[\s,])")

#: Such a document's noun after "Its" or "Their" and up to two lower-case words, opening a sentence as its subject
#: ("Their report, published in January, is blunt."): the source credited just before owns it.
_OWNED_DOCUMENTS = (r"(?:[a-z][\w-]*\s+){0,2}?"
                    r"(?:stud(?:y|ies)|reviews?|papers?|reports?|surveys?|audits?|(?:meta-)?analys[ie]s)")
_OWNED_DOCUMENT_OPENING = re.compile(rf"\s*(?:(?:But|And|Yet)\s+)?(?:Its|Their)\s+{_OWNED_DOCUMENTS}(?=[\s,])")

#: Such a document owned by "Their" opening a sentence ("Their report said ..."): the group of people the sentence
#: before opens with owns it, as "they" finding there is that group (see :meth:`_Credits._group_meant`).
_THEIR_DOCUMENT_OPENING = re.compile(rf"\s*(?:(?:But|And|Yet)\s+)?(?P<their>Their\s+{_OWNED_DOCUMENTS})(?=[\s,])")

#: "They" having said or denied as the subject of a sentence of the copy, as ``_IT_SPEAKS`` reads "it" ("They said
#: ...", "But they also argued ..."), or ending it after a quotation ('"...," they said.'): a group or a side speaks,
#: never one person (see :meth:`_Credits.credit_speaking`).
#: Verbs of saying in the present tense, or past forms ``IT_SAID`` leaves out, which "they" as a subject reads as
#: speaking too ("They note that ...", "They say ...", "They pointed out ..."): of a group, reported in any tense.
THEY_SAY = (r"(?:(?:also|[a-z]+ly)\s+)?(?:say|note|noted|argue|claim|insist|maintain|contend|contended|warn|warned|"
             r"deny|reject|dismiss|add|state|point(?:ed)?\s+out)\b")

#: A group of people by a plural role opening a sentence as the subject of a verb in the past ("The institute's
#: scientists analysed ...", "Researchers at Varn University tracked ...", "Kestoria's health inspectors found ...",
#: "The network's lawyers have represented ...", "Three other employees gave similar accounts."; or being something:
#: "Workers at the textile plant have been on strike ...", "Nurses at Kellmoor General Hospital are ..."; a
#: workplace in lower case after "at the" as their place: "at the Hollin textile plant"; a named place after "in",
#: "Police in Carrow have closed ..."; "police" is such a role though no plural), up to three words
#: before the role (two joined by "and" or "or" count as one: "Three current and former employees"), none a pronoun
#: opening it (not "They said managers" of "They said managers pressed them", whose subject is "they"): group "group"
#: holds the subject, "head" its role.
_GROUP_SUBJECT = re.compile(
    r"[\s\"“'‘]*(?:(?:But|And)\s+)?(?!(?:They|We|You|He|She|It|I)\s)"
    r"(?P<group>(?:(?:The|Its|Their)\s+)?(?:[\w-]+['’]s\s+|[A-Za-z][\w-]*\s+(?:(?:and|or)\s+[a-z][\w-]*\s+)?){0,3}"
    r"(?P<head>[A-Za-z][a-z]+(?:s|men)|[Pp]olice)"
    r"(?:\s+(?:at|from|of|in(?!\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|[A-Z][a-z]+day)\b))\s+(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4}|"
    r"the\s+(?:[\w'’-]+\s+){0,2}(?:plant|factory|mill|mine|pit|depot|warehouse|port|docks?|site|hospital|"
    r"school|store|office|yard|terminal)))?)"
    r"\s+(?:(?:also|then|later|first)\s+)?(?:(?:have|had)\s+)?"
    r"(?:[a-z]+ed|ran|took|spent|built|drew|made|used|went|studied|gave|been|are|were)\b")


def _group_head(head: str) -> bool:
    """Whether ``head``, the last word of a group opening a sentence (see ``_GROUP_SUBJECT``), names people by a
    plural role ("scientists", "firefighters") or is "police", a force of people in the singular form."""
    return head.lower() == "police" or role_singular(head.lower()) in PERSON_ROLES


#: "They" finding or saying as the subject opening a sentence ("They found that ...", "They also concluded ..."), or a
#: count of them ("Several of them told me ...": see ``OF_THEM``): the group of people the sentence before opens with
#: or the writer spoke to there, when it names no source (see :meth:`_Credits.note_group`).
_THEY_FIND = re.compile(
    SUBJECT_OPENING + rf"(?P<they>[Tt]hey|{OF_THEM})\s+(?:(?:also|further|then|later)\s+)?(?:(?:have|had)\s+)?"
    rf"(?:(?:found|concluded|showed|shown|estimated|calculated|discovered)\b|{IT_SAID}|{THEY_SAY})")

#: A sentence opening with a subject of several parties joined by "and", which :func:`opening_subject` does not read,
#: before its issuing a document (see ``ISSUES_DOCUMENT``): "The Treasury and the Central Bank issued a joint
#: statement", "Two unions and the employers have released a statement".
_JOINT_SUBJECT_ISSUES = re.compile(r"[\s\"“'‘]*[A-Z][^,;:.!?\"“”]{0,80}?\sand\s[^,;:.!?\"“”]{1,60}?"
                                   + ISSUES_DOCUMENT.pattern)
#: A sentence opening with a plural subject in lower case, which :func:`opening_subject` does not read, counted or
#: after "The", before its issuing a document (see ``ISSUES_DOCUMENT``): "The two ministries issued a joint
#: statement", "Both unions released a statement", "The three parties have published a letter".
_PLURAL_SUBJECT_ISSUES = re.compile(r"[\s\"“'‘]*(?:The|Both|(?i:the\s+)?(?:two|three|four|five|six))"
                                    r"(?:\s+[a-z][\w-]*){0,2}?\s+[a-z][\w-]*[^s\W]s" + ISSUES_DOCUMENT.pattern)

#: A sentence opening with people named together by a capitalised name and a plural noun (group 1, "The" left out),
#: which :func:`opening_subject` reads as the name alone, before its issuing a document (see ``ISSUES_DOCUMENT``):
#: "The Vask brothers issued a joint statement", "The Orrin twins have released a statement".
_NAMED_PLURAL_ISSUES = re.compile(r"[\s\"“'‘]*The\s+(?!(?:Two|Three|Four|Five|Six|Both|All|Several|Many)\s)"
                                  r"((?:[A-Z][\w'’-]*\s+){1,3}[a-z][\w-]*[^s\W]s)"
                                  + ISSUES_DOCUMENT.pattern)

#: Heads of a body's name that "it" may mean besides ``BODY_NOUNS``: a state's diplomatic ones ("The Varnesian
#: mission issued a statement. It said ..."), a public service's ("The Youth Custody Service was criticised. It
#: said ..."), and a panel's ("The Kessel Dispute Panel met on Monday. It said ...").
SPEAKING_BODIES = frozenset("mission delegation service panel".split())
#: The noun a body's name puts before where it sits, whom it is sent to or its portfolio (group 1: "embassy" of
#: "velmaran embassy in brunhaven", "mission" of "mission to the united nations", "ministry" of "ministry of foreign
#: affairs"): see :func:`body_headed`.
NOUN_BEFORE_PLACE = re.compile(r"([\w'’-]+) (?:in|at|to|of|for) ")

#: A sentence opening with a person described by sex alone ("The woman who filed the complaint gave her name ...",
#: "A man spoke to reporters."), then a relative clause or a verb in lower case; group "noun" the word of
#: ``SEXED_PERSONS``. Not a possessive ("The woman's lawyer"), nor one acted upon (see ``_ACTED_UPON``).
_SEXED_PERSON_OPENING = re.compile(r"[\s\"“'‘]*(?:(?:But|And)\s+)?(?:The|A)\s+(?P<noun>woman|man)"
                                   r"(?=\s+(?:who\s|[a-z]))")


#: A person's role after "the", in lower case or capitalised as a title ("The judge", "But the officer", "The
#: Chancellor"), a conjunction perhaps before it; group "noun" the role.
_THE_ROLE = re.compile(r"[\s\"“'‘]*(?:(?:But|And)\s+)?(?i:the)\s+(?P<noun>[A-Za-z][a-z]+)")


#: "him" as a word, a man the sentence acts on ("The officer arrested him at his home."), not "himself".
_HIM = re.compile(r"(?<![\w'’-])(?i:him)(?![\w'’-])")

#: "her" as a word a sentence acts on, not one owning a noun: before a stop, a comma, a preposition, a conjunction or
#: a word of time ("The officer questioned her for an hour.", "Police stopped her, ..."), not "her car".
_HER_ACTED_ON = re.compile(r"(?<![\w'’-])(?i:her)(?=\s*(?:[.,;:!?)]|$)|\s+(?:about|after|again|and|as|at|before|by|"
                           r"during|for|from|in|into|on|outside|over|that|to|twice|until|when|whether|while|with|"
                           r"without|yesterday|today)\b)")


def _sexes_acted_on(sentence: Sentence, end: int, role: str) -> set[str]:
    """The sexes, "he" or "she", of the people the nameless ``role`` opening ``sentence`` acts on after ``end`` by
    "him" or "her" ("The officer questioned her for an hour."), whom the next "he" or "she" may well mean rather than
    the role; a court's "her" aside, as a judge's remarks follow the sentence it passes ("The judge sentenced her to
    two years. She said ..." is the judge's)."""
    sexes = {"he"} if _HIM.search(sentence.text, end) else set()
    if not names_a_court(role) and _HER_ACTED_ON.search(sentence.text, end):
        sexes.add("she")
    return sexes


def _nameless_role(sentence: Sentence, subject: Span) -> str | None:
    """The person's role (one of ``PERSON_ROLES``) that ``subject``, opening ``sentence``, writes with "the" and no
    name ("judge" of "The judge sentenced her", "chancellor" of "The Chancellor has welcomed the figures", a
    liveblog's time stamp before it too: "09:52 The Chancellor ..."), a person
    a later "he" or "she" may mean; ``None`` for any other
    subject, or one after an opening phrase, whose "her" or "his" may tell the role's sex ("In her speech, the
    senator ...")."""
    found = _THE_ROLE.match(sentence.text, lead_length(sentence.text))  # "09:52 The Chancellor": past the stamp
    if (found is None or found.end() != subject.end - sentence.start
            or found.group("noun").lower() not in PERSON_ROLES):
        return None
    return found.group("noun").lower()


def business_named(key: str) -> bool:
    """Whether the canonical name ``key`` ends with a word naming a business ("cardwell foods", "velta motors": see
    ``BUSINESS_NAME_ENDS``)."""
    return key.rpartition(" ")[2] in BUSINESS_NAME_ENDS


def _singular_subject(text: str) -> bool:
    """Whether the sentence ``text`` opens with "It" or a subject naming one body, person or thing (see
    :func:`framing.source_find_openings.opening_subject`: "The depot handles parcels"), no plural ("The floats drift"),
    which a "they" after it could mean."""
    if re.match(r"[\"“'‘]?It\s", text):
        return True
    found = opening_subject(text)
    if found is not None:
        return not is_plural(text[found[0]:found[1]].rpartition(" ")[2])
    head = _DETERMINED_HEAD.match(text)
    return head is not None and not is_plural(head.group("head"))


#: A subject opening a sentence with a determiner, names perhaps, and its head noun in lower case, a word in lower
#: case after it ("The depot handles ...", "The Harrowgate depot closed ...": group "head"): see
#: :func:`_singular_subject`; its compounds read by their first word ("The night shift" by "night").
_DETERMINED_HEAD = re.compile(r"[\"“'‘]?(?:The|This|That|Its|Their|A|An)\s+(?:[A-Z][\w'’-]*\s+){0,3}"
                              r"(?P<head>[a-z][\w'’-]*)\s+[a-z]")


def is_plural(word: str) -> bool:
    """Whether the capitalised ``word`` reads as a plural ("Officials", "Residents"; not "Congress", "Madam"): a
    group is no one a sentence addresses by role."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _titled_person(text: str) -> bool:
    """Whether the subject ``text`` names someone after a personal title or a person's role ("Councillor Oduya",
    "Sen. Voss", "coach Harding"): a person, whom a "he" or "she" in the next sentence may mean over a last speaker
    of that sex, as one described after a comma may be."""
    words = text.split()
    return len(words) >= 2 and (TITLE.match(text) is not None
                                or any(person_role(word.strip(".,")) for word in words[:-1]))


def person_role(word: str) -> bool:
    """Whether ``word`` is a person's role (see ``PERSON_ROLES``), singular or plural ("official", "Officers")."""
    word = word.lower()
    return word in PERSON_ROLES or word.removesuffix("s") in PERSON_ROLES


def body_headed(key: str, nouns: frozenset[str]) -> bool:
    """Whether the source ``key`` is a body's name headed by one of ``nouns``: its head word (see
    :func:`framing.source_keys.head_word`), or the noun before where the body sits, whom it is sent to or its portfolio
    (see ``NOUN_BEFORE_PLACE``: "The Velmaran embassy in Brunhaven", "The mission to the United Nations", "The
    Ministry of Foreign Affairs"), which "it" may mean as it means "The embassy"."""
    before = NOUN_BEFORE_PLACE.search(key)
    return head_word(key) in nouns or (before is not None and before.group(1) in nouns)


PRONOUN_SUBJECT = re.compile(r"[\s\"“'‘]*(?:(?:but|and|yet|so|still)\s+)?(he|she)\s+"
                              r"(?:(?:also|later|then|again|has|had|[a-z]+ly)\s+){0,2}", re.I)

#: After a subject, a verb by which it sanctions or takes legal action against another, perhaps named after it by
#: capitalised words, "the" allowed before them (group "name", a possessive's owner: "Tessary Freight" of
#: "suspended Tessary Freight's licence"): "The court fined Tessary Freight Ltd.", "The regulator has sued Orvane".
_SANCTIONS = re.compile(
    rf"\s+(?:(?:has|have|had|also|then|later|formally|{SUBJECT_TIME})\s+)*"
    r"(?:fined|fines|sued|sues|suspended|suspends|charged|charges|indicted|indicts|banned|bans|barred|bars|raided|"
    r"raids|sanctioned|sanctions|penali[sz]ed|penali[sz]es|prosecuted|prosecutes|censured|censures|accused|accuses|"
    r"revoked|revokes|blacklisted|blacklists|reprimanded|reprimands|expelled|expels|disqualified|disqualifies)\b"
    r"(?:\s+(?:the\s+)?(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)(?![\w&-]))?")
#: After a subject (an aside between commas allowed), a passive verb: the subject was acted upon ("was arrested",
#: "has been charged", "was found"), whom a "he" or "she" next need not mean; not a state of mind ("was unconvinced").
_ACTED_UPON = re.compile(
    r"\s*(?:,[^,]{1,80}){0,2},?\s*(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be)\s+"
    r"(?:(?:also|later|then|not|never|\w+ly)\s+)?(?!(?:un)?(?:convinced|impressed|persuaded|moved|fazed|deterred|"
    r"surprised|pleased|amused|troubled|concerned|worried|disappointed|relieved|satisfied|delighted|alarmed|"
    r"annoyed|frustrated|puzzled|bemused|interested|tired|exhausted|determined|committed|prepared|qualified|"
    r"reserved|guarded|measured|used|sure)\b)(?:[a-z]+ed|born|held|found|shot|hit|caught|told|sent|kept|left|sold|"
    r"led|hurt|bought|brought|taught|struck|thrown|known|paid|fired|taken|given|seen|beaten|chosen|driven|stolen|"
    r"written|hidden|shaken|sworn|forgiven)\b", re.I)
#: Such a subject accused, charged, indicted or suspected (", 52, is accused of", " was charged with"): the accused,
#: whose answer to it a "he" or "she" in the next sentence gives.
_ACCUSED_SUBJECT = re.compile(
    r"\s*(?:,[^,]{1,80}){0,2},?\s*(?:is|was|were|are|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|now\s+)?"
    r"(?:accused|charged|indicted|suspected)\b", re.I)


#: A body written by its letters alone, "&" among them allowed ("NASA", "FAA" of "The FAA", "BALPO", "AT&T"): no
#: person's name, so the body "It" in the next sentence may mean.
_BODY_LETTERS = re.compile(r"[A-Z][A-Z&]{1,7}")


def _kind_before_name(text: str) -> bool:
    """Whether the subject ``text`` names a body after its kind ("The group Oxbow", "Ransomware gang Black Tide": see
    ``KIND_BEFORE_NAME``), a body's kind last ("group", "gang": ``BODY_KINDS``), whose name alone says no kind."""
    text = text[past_opener(text):].strip(EDGE)  # "On Monday, a ransomware group called Oxbow"
    found = KIND_BEFORE_NAME.match(text)
    return found is not None and found.group(1).lower().split()[-1] in BODY_KINDS


class Topics(CreditState):
    """The topic a sentence naming no source leaves for the next: the person, group, body or document its
    subject is, one it acts upon or sanctions, the surnames and sexes it writes.
    """

    def note_surnames(self, index: int) -> None:
        """Note the surnames of the personal names sentence ``index``, just seen, writes: "he" may not be the
        person they name (see :meth:`_person_meant`)."""
        if self.known.surnames_seen_last:
            self.surnames[index] = self.known.surnames_seen_last

    def note_topic(self, index: int, subject: Span) -> None:
        """Note the person the ``subject`` of sentence ``index``, which names no source, writes of (see
        :meth:`SourceIndex.topic_of`), whom a "he" or "she" in the next sentence means before anyone
        named earlier ("Oduya was less sure. '...,' he said.", "Delphine Arkwright, 52, has been chief executive ...
        '...,' she says."): not one acted upon ("Gerald Whitcombe, 64, was arrested": see ``_ACTED_UPON``), but one
        accused or charged, who answers it ("Moss, 52, is accused of arson. He denies it.": ``_ACCUSED_SUBJECT``). The
        sexes of the other people the sentence names are noted with it, as a "he" or "she" that may be one of theirs
        is not the topic's ("Detective Kit Moran arrested Tom Vell": see :meth:`_person_meant`)."""
        sentence = self.sentences[index]
        start, end = subject.start - sentence.start, subject.end - sentence.start
        tag = BRACKETED_PARTY_TAG.match(sentence.text, end)  # "Gerald Pike (a Democrat) was arrested"
        verb = tag.end() if tag else end
        acted_upon = _ACTED_UPON.match(sentence.text, verb) and not _ACCUSED_SUBJECT.match(sentence.text, verb)
        self.known.see_state(sentence.text, start, end)  # "Dravinia launched an inquiry. Its foreign ministry said"
        person = None if acted_upon else self.known.topic_of(sentence.text, start, end)
        if person is not None:
            self.known.see_capitals_subject(person)  # "Cardwell Health cut 200 jobs. The company said"
        if person is not None and not any(span.type == "loaded" and subject.start <= span.start < subject.end
                                          for span in sentence.spans):
            self.known.write_topic_in_full(person)  # "Jonah Brel interviewed ... Brel said": not "Brazen Tessaly"
        if acted_upon:
            self.acted_upon = index, subject
        role = None if acted_upon or person is not None else _nameless_role(sentence, subject)
        if role is not None and not any(role in roles for roles in self.known.people.values()):
            # "The judge sentenced her to two years. He said ...": the judge, where no one named holds that role
            # ("President Tom Vask" before "The president ..." is the copy's Vask, whom "he" may mean by name)
            self.topic = index, role
            acted_on = _sexes_acted_on(sentence, end, role)  # "The officer arrested him.": his "he"
            self.topic_others = frozenset(self.known.others_named(sentence.text[end:], role).values()) | acted_on
            self.described_topics.add(role)
            return
        if person is None:
            # "Northfall Energy asked ... The utility said": its; so too one acted upon ("Orsk Mining was fined ... The
            # company said"): a business answers for what was done to it
            self.known.see_body(sentence.text, start, end)
        if person is not None:
            self.topic = index, person
            self.topic_others = frozenset(self.known.others_named(sentence.text[end:], person).values())
            if " " in text_key(subject.text) and not self.topic_others:
                # a later "she" past her son named since may mean her; not "Kit Moran arrested Tom Vell"'s subject
                self.known.note_subject_named(person)
            # a person by more than a capitalised name: credited before, described after a comma ("Halina
            # Morrow, 47, has been ...", "..., the principal of ..."), or a surname alone of a personal name written
            # in full before ("Girma wins" after "Abebe Girma"), as one of a known given name is
            if (person in self.known.people or sentence.text[end:].lstrip().startswith(",")
                    or (" " in person and " " not in text_key(subject.text)) or _titled_person(subject.text)):
                self.described_topics.add(person)

    def topic_before(self, index: int) -> str | None:
        """The person the sentence just before ``index`` wrote of as its subject (see :meth:`note_topic`), when it
        named no one else, whom a description in sentence ``index`` may mean (see
        :meth:`SourceIndex._person_described`); ``None`` otherwise."""
        if self.topic is None or self.topic[0] != index - 1 or self.topic_others:
            return None
        return self.topic[1]

    def note_sexed_person(self, index: int) -> None:
        """Note the person described by sex alone opening sentence ``index``, which names no source (see
        ``_SEXED_PERSON_OPENING``), as its topic: "The woman who filed the complaint is a Harlow resident. '...,' she
        said." is the woman's, not a man's who spoke before. Not one acted upon ("A man was arrested.")."""
        sentence = self.sentences[index]
        found = _SEXED_PERSON_OPENING.match(sentence.text)
        if found is None or _ACTED_UPON.match(sentence.text, found.end()):
            return
        person = found.group("noun")
        self.topic = index, person
        self.topic_others = frozenset(self.known.others_named(sentence.text[found.end():], person).values())
        self.described_topics.add(person)

    def carry_topic(self, index: int) -> None:
        """Keep the topic of the sentence just before (see :meth:`note_topic`) as the topic of sentence ``index``, a
        fact or opinion of no one's that names no one else and writes of a person by pronouns of one sex only ("he",
        "his", "him"), the topic's where known, and no one else named with the topic may be of that sex: "Carol
        Nguyen, 61, has run the store for 23 years. She knows most of her customers by name. '...,' she said." is
        Nguyen's, and "Tom Vask's beard was greyer ... He did not mention his record. '...,' he told them." Vask's."""
        sentence = self.sentences[index]
        if sentence.label in SPEAKING or index in self.credited:
            return
        if self.topic is None or self.topic[0] != index - 1:
            self._take_acted_upon(index)
            return
        person = self.topic[1]
        sexes = {sex for sex, pronouns in THIRD_PERSON.items() if pronouns.search(sentence.text)}
        if ((len(sexes) == 1 and not self.topic_others & (sexes | {None})
             and (SEXED_PERSONS.get(person) or self.known.sex_of(person)) in (None, *sexes)
             or not sexes and thing_scheduled(sentence.text))
                and not self.known.others_named(sentence.text, person)):
            # "Vierling has appealed. A hearing is set for November. Until then, she says, ..." is Vierling's too: a
            # thing put off or fixed for a date, by no one, writes of no one who may speak
            self.topic = index, person
            self.topic_others = frozenset()

    def _take_acted_upon(self, index: int) -> None:
        """Note the person acted upon as the subject of the sentence just before sentence ``index`` (see
        :meth:`note_topic`) as the topic of sentence ``index``, a fact of no one's opening with "he" or "she" as its
        subject and naming no one else: "Dan Orr, 52, was released in 2019. He spoke to us at his home. '...,' he
        said." is Orr's, whom the pronoun opening the fact can only mean; not where the sentence before names
        someone else who may be of that sex ("Dan Orr was arrested by Detective Ana Lo. She ...")."""
        if self.acted_upon is None or self.acted_upon[0] != index - 1:
            return
        sentence, before = self.sentences[index], self.sentences[index - 1]
        opening = PRONOUN_SUBJECT.match(sentence.text)
        subject = self.acted_upon[1]
        if opening is None or self.known.others_named(sentence.text, ""):
            return
        pronoun = opening.group(1).lower()
        start, end = subject.start - before.start, subject.end - before.start
        if any(sex in (None, pronoun) for sex in self.known.others_named(before.text[end:], "").values()):
            return
        person = self.known.topic_of(before.text, start, end)
        if person is not None and (SEXED_PERSONS.get(person) or self.known.sex_of(person)) in (None, pronoun):
            self.topic, self.topic_others = (index, person), frozenset()

    def note_asked(self, index: int, asked: Span) -> None:
        """Note the person ``asked`` in sentence ``index`` names, put a question by its source (see
        :func:`person_asked`), as the topic a "he" or "she" in the next sentence means before the asker: the one asked
        answers ("Reporter Tom Vell asked Senator Dan Orr whether ... '...,' he said." is Orr's), though not where
        the pronoun is of the other sex than the one asked is known to be (see :meth:`_person_meant`)."""
        self.note_topic(index, asked)
        if self.topic is not None and self.topic[0] == index:
            self.described_topics.add(self.topic[1])

    def note_body(self, index: int, subject: Span, firm: bool = False) -> None:
        """Note the body the ``subject`` of sentence ``index``, which names no source, names: its head is a body's
        noun ("Varnesia's foreign ministry", "The Varnesian mission": see ``BODY_NOUNS``, ``SPEAKING_BODIES``) or it is
        a company known so far, a business by its name's ending ("Cardwell Foods": see :func:`business_named`), a body
        in lower case a name owns ("The Trade Council's dispute panel": see ``OWNED_BODY_IN_LOWER_CASE``) or,
        when ``firm``, a firm by the business's act the sentence writes ("Cardwell cut 200 jobs": see
        ``_BUSINESS_ACT``). "It" speaking in the next sentence means that body (see :meth:`_body_meant`), but
        in a denial the one the subject sanctions or takes legal action against, if any ("The court fined Tessary
        Freight Ltd.": see ``_SANCTIONS``), when named (see :meth:`_sanctioned`)."""
        sentence = self.sentences[index]
        sanctions = _SANCTIONS.match(sentence.text, subject.end - sentence.start)
        if sanctions is not None:
            self.sanctioned = index, self._sanctioned(sentence, sanctions)
        written = display_source(subject.text)
        key = text_key(written)
        if key and (firm or body_headed(key, BODY_NOUNS | SPEAKING_BODIES) or key in self.known.companies
                    or business_named(key) or _kind_before_name(sentence.text[:subject.end - sentence.start])
                    or OWNED_BODY_IN_LOWER_CASE.fullmatch(written)
                    or (_BODY_LETTERS.fullmatch(written) and government_of(key) is None
                        and key not in self.known.people)):
            # "The group Oxbow", "A ransomware group called Oxbow", "The Trade Council's dispute panel", "The FAA"
            # (not "The US", whose government speaks)
            self.body_topic = index, subject

    def _sanctioned(self, sentence: Sentence, sanctions: re.Match[str]) -> Span | None:
        """The name of the one the ``sanctions`` match of ``sentence`` fines, sues or charges (see ``_SANCTIONS``),
        when written by capitalised words that may be a body's: not a person's, by a given name first, or a person
        or surname named so far ("The court fined Tom Vell.", "... fined Vell." after "Tom Vell"); a legal form
        left out."""
        if sanctions.group("name") is None:
            return None  # "The court fined the firm.": no name
        words = text_key(sanctions.group("name")).split(" ")
        if (given_name_sex(words[0]) is not None or " ".join(words) in self.known.people
                or (len(words) == 1 and words[0] in self.known.surnames)):
            return None
        kept = len(without_legal_form(" ".join(words)).split(" "))  # "Tessary Freight" of "Tessary Freight Ltd"
        name = " ".join(sanctions.group("name").split()[:kept])
        start = sentence.start + sanctions.start("name")
        return Span("source", start, start + len(name), name)

    def note_document(self, index: int) -> None:
        """Note the study or like document opening sentence ``index``, which names no source (see
        ``_DOCUMENT_OPENING``): "It" finding in the next sentence means that document (see :meth:`_document_meant`)."""
        sentence = self.sentences[index]
        found = _DOCUMENT_OPENING.match(sentence.text)
        if found is not None:
            start, end = sentence.start + found.start(1), sentence.start + found.end(1)
            self.document_topic = index, Span("source", start, end, found.group(1))
        owner = self.credited.get(index - 1)
        if (owner is not None and owner not in self.known.people and index - 1 in self.mentions
                and _OWNED_DOCUMENT_OPENING.match(sentence.text)):
            # not a person's: "Mayor Tobin Vell said the residents had complained. Their report ..." is the residents'
            self.document_owner = index, owner, self.mentions[index - 1]

    def owned_document_meant(self, index: int) -> tuple[str, Mention] | None:
        """The source, with where it was named, whose own document ("Their report", see ``_OWNED_DOCUMENT_OPENING``)
        opens the sentence just before sentence ``index``, credited with the sentence before that, when "It" finding
        opens sentence ``index`` (see :meth:`_it_finds`): "The auditors, Harwell & Stone, said ... Their report,
        published in January, is blunt. It found ..." is the auditors'; ``None`` otherwise, and where that source is a
        person, who owns no "their" nor "its" report."""
        if self.document_owner is None or self.document_owner[0] != index - 1 or not self._it_finds(index):
            return None
        return self.document_owner[1], self.document_owner[2]

    def note_issued(self, index: int) -> None:
        """Note the document the subject opening sentence ``index``, which names no source, issues (see
        ``ISSUES_DOCUMENT``): "It" speaking in the next sentence says what that document says, as "The statement said"
        would (see :meth:`_Credits._credit_issued`): "The Treasury and the Central Bank issued a joint statement. It
        said ..." is the statement's, whoever the one body or the several bodies issuing it are, and so after "The two
        ministries issued a joint statement" (see ``_PLURAL_SUBJECT_ISSUES``)."""
        sentence = self.sentences[index]
        named = _NAMED_PLURAL_ISSUES.match(sentence.text)
        if named is not None:  # "The Vask brothers issued a joint statement. It said ...": the brothers'
            start, end = sentence.start + named.start(1), sentence.start + named.end(1)
            self.issued_topic = index, Span("source", start, end, named.group(1))
            return
        found = opening_subject(sentence.text) or speakers_for_owner(sentence.text)
        issued = ((ISSUES_DOCUMENT.match(sentence.text, found[1]) if found else None)
                  or _JOINT_SUBJECT_ISSUES.match(sentence.text) or _PLURAL_SUBJECT_ISSUES.match(sentence.text))
        if issued is not None:
            start, end = sentence.start + issued.start(1), sentence.start + issued.end(1)
            self.issued_topic = index, Span("source", start, end, issued.group(1))

    def _document_meant(self, index: int) -> Span | None:
        """The study or like document opening the sentence just before sentence ``index`` (see :meth:`note_document`),
        when "It" finding opens sentence ``index`` outside a quotation (see ``_IT_FINDS``): "The study was published
        in March. It found ..." is the study's, not the account of the source before it."""
        if self.document_topic is None or self.document_topic[0] != index - 1 or not self._it_finds(index):
            return None
        return self.document_topic[1]

    def note_named(self, index: int, found: list[tuple[Span, str]]) -> list[str]:
        """The sources sentence ``index`` names of its own (of ``found``, see :func:`_sources_named`), noted with
        where they are written, for a quotation the sentence closes (see :meth:`credit_closed_quotations`)."""
        own = [name for _, name in found if name]
        if own:
            self.named[index] = [(span, name) for span, name in found if name]
        return own

    def _it_finds(self, index: int) -> bool:
        """Whether "it" finding opens sentence ``index`` outside a quotation (see ``_IT_FINDS``): a body's finding
        after a sentence whose subject it is ("The Competition and Markets Authority looked at the practice. It found
        ...", see :meth:`_body_meant`), as a body's "It said" is."""
        sentence = self.sentences[index]
        finds = _IT_FINDS.match(sentence.text)
        if finds is None or self.quotation_of.get(index) is not None:
            return False
        return not quotes_within(self.quotes, sentence.start + finds.start("it"), sentence.start + finds.end("it"))

    def _body_finds(self, index: int) -> bool:
        """Whether "it" finding opens sentence ``index`` (see :meth:`_it_finds`) and may be the body the sentence
        before is about: not when that sentence names a work that finds ("The council commissioned a study of the
        river. It found ..." is the study's finding, see ``_FINDING_WORK``), but for the body's own ("The board
        published its annual report on Monday. It found ..." is the board's, see ``_OWN_FINDING_WORK``)."""
        before = _OWN_FINDING_WORK.sub("", self.sentences[index - 1].text) if index else ""
        return self._it_finds(index) and not _FINDING_WORK.search(before)

    def note_group(self, index: int) -> None:
        """Note the group of people by a role opening sentence ``index``, which names no source, as the subject of a
        verb in the past (see ``_GROUP_SUBJECT``: "The institute's scientists analysed ...", "Researchers at Varn
        University tracked ..."), or the people the writer spoke to there (see
        :func:`framing.credit_interviewees.writers_interviewees`: "I spoke to twelve drivers at the depot."): "they"
        or a count "of them" finding or speaking in the next sentence means them (see :meth:`_group_meant`)."""
        sentence = self.sentences[index]
        found = _GROUP_SUBJECT.match(sentence.text)
        # a group by its role alone ("Scientists analysed ...") is no one identifiable, nor one inside a quotation,
        # the speaker's words ('"Senior officials have stated ...," they said.')
        if found is not None and _group_head(found.group("head")) and " " in found.group("group"):
            start, end = sentence.start + found.start("group"), sentence.start + found.end("group")
            if not quotes_within(self.quotes, start, end):
                self.group_topic = index, Span("source", start, end, found.group("group"))
            return
        met = writers_interviewees(sentence.text)
        if met is not None:  # "I spoke to twelve drivers at the depot. Several of them told me ...": the drivers
            start, end = sentence.start + met[0], sentence.start + met[1]
            if not quotes_within(self.quotes, start, end):
                self.group_topic = index, Span("source", start, end, sentence.text[met[0]:met[1]])

    def note_group_heard(self, index: int) -> None:
        """Note the group of people by a role that opens what a court, inquest or tribunal heard or was told in
        sentence ``index`` (see :func:`heard_in_court`, ``_GROUP_SUBJECT``): "The court heard that council officers
        visited the flat." leaves the officers, whom "they" finding or speaking next means (see :meth:`_group_meant`),
        as a hearing, which only hears, is never "they"."""
        sentence = self.sentences[index]
        heard = heard_in_court(sentence.text)
        found = _GROUP_SUBJECT.match(sentence.text, heard) if heard is not None else None
        if found is not None and _group_head(found.group("head")) and " " in found.group("group"):
            start, end = sentence.start + found.start("group"), sentence.start + found.end("group")
            if not quotes_within(self.quotes, start, end):
                self.group_topic = index, Span("source", start, end, found.group("group"))

    def _group_meant(self, index: int) -> Span | None:
        """The subject naming a group of people (see :meth:`note_group`) of the sentence just before sentence
        ``index``, in which "they" finds or speaks (see ``_THEY_FIND``), outside a quotation: "The institute's
        scientists analysed data from 4,000 floats. They found ..." is theirs."""
        if self.group_topic is None or not (self.group_topic[0] == index - 1 or self._group_kept(index)):
            return None
        sentence = self.sentences[index]
        found = _THEY_FIND.match(sentence.text)
        owned = _THEIR_DOCUMENT_OPENING.match(sentence.text) if found is None else None
        if owned is not None and self.group_topic[0] == index - 1:
            found, mark = owned, "their"  # "Fire inspectors visited the depot. Their report said ...": theirs
        else:
            mark = "they"
        if found is None or self.quotation_of.get(index) is not None:
            return None
        if quotes_within(self.quotes, sentence.start + found.start(mark), sentence.start + found.end(mark)):
            return None
        return self.group_topic[1]

    def their_document(self, index: int, found: list[tuple[Span, str]]) -> bool:
        """Whether the sources ``found`` in sentence ``index`` are all the document owned by "Their" that opens it
        (see ``_THEIR_DOCUMENT_OPENING``: "Their report" of "Their report said ..."), which the group the sentence
        before opens with may own (see :meth:`_group_meant`)."""
        opening = _THEIR_DOCUMENT_OPENING.match(self.sentences[index].text)
        start = self.sentences[index].start + opening.start("their") if opening is not None else -1
        return bool(found) and all(span.start == start for span, name in found if name)

    def _group_kept(self, index: int) -> bool:
        """Whether the group noted (see :meth:`note_group`) two sentences before sentence ``index`` is still whom
        "they" may mean: the sentence between is the writer's own, credited to no one, and its subject is one thing
        (see :func:`_singular_subject`: "Workers at the depot walked out. The depot handles parcels. They say ...";
        not "... The floats drift at depth. They found ...", nor "... Managers at the depot disagreed. They say
        ...")."""
        between = index - 1
        if self.group_topic is None or self.group_topic[0] != index - 2 or between in self.credited:
            return False
        sentence = self.sentences[between]
        return sentence.label not in SPEAKING and not self.furniture[between] and _singular_subject(sentence.text)
