"""The person a sentence's "he" or "she", or its speaking without a name, means: the topic, the principal again,
someone else named, the speaker a quotation goes on with. :class:`PersonMeant` is one class of the chain that makes
:class:`framing.credits._Credits`.
"""

from __future__ import annotations

import re

from .credit_scheduled import SEXED_PERSONS
from .credit_topics import IT_SAID, IT_SAYS, SPEAKING_BODIES, SUBJECT_OPENING, Topics, body_headed
from .document import Sentence, Span
from .furniture import bare_stamps, stamp_length
from .given_names import given_name_sex
from .person_names import people_surnames_in, surnames_in
from .source_accusations import alleges
from .source_keys import text_key
from .source_places import age_or_nationality
from .source_words import BODY_NOUNS, EDGE, PERSON_ROLES, THIRD_PERSON, TITLE
from .spans import quotes_within
from .textlines import PARAGRAPH_BREAK

#: A sentence opening with "it" saying or denying, perhaps after where or when ("In a statement, it said ...", "It
#: also denied ..."): a body's word, which a transcript's speaker reports of the body just named; and the same in the
#: present ("It says the figures are wrong"), which may be the speaker's own idiom but after a body's words.
REPORTED_BY_SPEAKER = re.compile(SUBJECT_OPENING + rf"[Ii]t\s+{IT_SAID}")
REPORTED_NOW_BY_SPEAKER = re.compile(SUBJECT_OPENING + rf"[Ii]t\s+{IT_SAYS}")

#: A person's interview, speech or the like named by their surname before it, then a clause of it with "he" or "she"
#: ("a Vask radio interview, in which he says", "Vask's speech, during which she said"): group "name" or
#: "owner" the surname, group "pronoun" the pronoun.
_OWN_APPEARANCE = re.compile(
    r"(?<![\w'’-])(?:(?:a|an|the)\s+(?P<name>[A-Z][\w'’-]*[a-z])|(?P<owner>[A-Z][\w-]*[a-z])['’]s)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}(?:interviews?|speech(?:es)?|address|remarks|statement|video|clip|appearance|op-ed)"
    r",?\s+(?:in|during)\s+which\s+(?P<pronoun>he|she)\b")
#: A document named by its owner in the possessive, a capitalised name of one to four words, and its noun after up
#: to two lower-case words ("Ed Rusk's lawsuit", "Tom Vask's federal complaint"): groups "owner" and "noun".
_OWNED_DOCUMENT = re.compile(r"(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s\s+(?:[a-z][\w-]*\s+){0,2}"
                             r"(?P<noun>[a-z]+)")

#: One member of a group, written as such ("Another worker", "One official", "one of the nurses"): a person whose
#: words are credited to the group named before (see :func:`framing.index_groups.group_member`), whom a "he" or "she"
#: just after still means.
_ONE_OF_A_GROUP = re.compile(r"[\s\"“'‘]*(?i:another|one)\s+"
                             r"(?:of\s+(?:the|them|those)\b|[a-z-]+[^s\W](?![\w'’-]))")

#: A role written with its holder's sex ("spokeswoman", "chairman", "congresswoman"), which the canonical
#: form loses ("spokesperson"); group 1 holds "wo" for a woman.
_GENDERED_ROLE = re.compile(r"\b(?:spokes|chair|congress|council|assembly|alder|business|police|anchor)(wo)?man\b",
                            re.I)

#: What follows a role's head noun when the role says whom it serves ("lawyer for the family").
ROLE_JOINER = re.compile(r"\s(?:of|for|at|to|with|from)\s")
#: A word opening a phrase on a person's role after it, no part of the role: "familiar" of "official familiar with
#: the talks", "based" of "diplomat based in Talvor", "stationed" of "officer stationed nearby", "in" of "official in
#: Talvor".
_ROLE_POSTMODIFIER = re.compile(r"in|on|close|familiar|involved|[a-z]+ed|[a-z]+ing")
#: Nouns of people by their family or their plight, no role's, that a witness is written by ("One mother waiting
#: outside a clinic", "A passenger on the ferry"), each with the "he" or "she" it may be (``None``: either).
_LAY_PERSONS: dict[str, str | None] = {
    **dict.fromkeys("mother grandmother wife widow daughter sister".split(), "she"),
    **dict.fromkeys("father grandfather husband widower son brother".split(), "he"),
    **dict.fromkeys("patient evacuee passenger motorist driver tourist".split(), None)}

#: A subordinate clause opening a sentence, up to its comma ("Since the minister said the plan was fair in March,").
SUBORDINATE_OPENING = re.compile(r"\W*(?:Since|After|When|Because|Although|Though|As|While|Until|Before|If|Once)\b"
                                  r"[^,:]*,")
#: A word in lower case just after a sentence's subject, its verb ("pressed" of "..., Valen pressed the campaign").
_VERB_AFTER_SUBJECT = re.compile(r"\s+[a-z]")

#: Nouns of a document a source speaks through, singular and plural ("The study found", "a court filing", "the
#: press release"; see README): alone, or described in lower case, each document's is its own.
DOCUMENT_NOUNS = frozenset("""report reports study studies statement statements filing filings survey surveys poll
    polls memo memos memorandum analysis analyses review reviews letter letters complaint complaints audit audits data
    findings figures records estimate estimates release releases paper papers preprint preprints document
    documents lawsuit lawsuits suit suits trial trials notice notices indictment indictments affidavit affidavits
    motion motions agreement agreements ruling rulings order orders petition petitions warrant warrants transcript
    transcripts""".split())

#: Two capitalised words in a row, as a full name writes them ("Dan Rell").
TWO_CAPITALISED = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]*\s+[A-Z][\w'’-]*")

#: A word in lower case, which :func:`person_by_noun` asks is a person's role, trade or family ("coach" of "Holt fired
#: the coach because he said ...").
_PERSON_NOUN = re.compile(r"(?<![\w'’-])[a-z][\w-]*")
#: A role held "as" someone's own, with up to two words before its noun ("as coach", "as the team's coach", "her job
#: as a driver"): the subject's role, no other person (see :func:`person_by_noun`).
_ROLE_HELD_AS = re.compile(r"(?<![\w'’-])as\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w'’-]+\s+)?[a-z][\w-]*")


#: "its" or "itself", by which a body speaks of itself ("Quayline said its cranes were inspected"): no person's words.
_ITS_OWN = re.compile(r"\b(?:its|itself)\b", re.I)


def person_by_noun(text: str) -> bool:
    """Whether ``text`` writes a person by a singular noun in lower case (``_PERSON_NOUN``) of a role, a trade or a
    family (``PERSON_ROLES``, ``_LAY_PERSONS``: "the coach" of "Holt fired the coach"): one
    whom a "he" or "she" in a clause of time or reason after it may mean, as well as the sentence's subject. Not a
    role held "as" one's own ("Holt quit as coach": see ``_ROLE_HELD_AS``), which is the subject's."""
    return any(word in PERSON_ROLES or word in _LAY_PERSONS
               for word in _PERSON_NOUN.findall(_ROLE_HELD_AS.sub(" ", text)))


#: A name's description set apart by a comma after it, up to the next comma or the sentence's end (", his aide,").
_DESCRIPTION_AFTER_NAME = re.compile(r",[^,]*(?:,|$)")


#: A word in lower case, no conjunction, just before a name: the name is its object ("from" of "heard from
#: Councillor Oduya"), not a clause's subject ("but" of "..., but Stefan Rusnak declined to comment").
_OBJECT_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:and|but|or|yet|so|while|when|as)\s)[a-z][\w'’-]*\s+\Z")


def _named_as_object(text: str) -> bool:
    """Whether the first name of two capitalised words in ``text`` after its opening (``TWO_CAPITALISED``) is
    written as the object of a verb or a preposition (see ``_OBJECT_BEFORE``): one named in passing, whose own
    acts the sentence does not tell."""
    named = TWO_CAPITALISED.search(text, 1)
    return named is not None and _OBJECT_BEFORE.search(text, 0, named.start()) is not None


def _role_besides_name(text: str) -> bool:
    """Whether ``text`` writes a person by a noun of a role, a trade or a family (see :func:`person_by_noun`)
    other than in a description set apart after its first name of two capitalised words (``TWO_CAPITALISED``,
    ``_DESCRIPTION_AFTER_NAME``): "the former mayor" of "... the former mayor praised Dan Orr" is someone a "he"
    after it may mean as well as Orr; "director" of "Ana Ruiz, his director," is Ruiz."""
    named = TWO_CAPITALISED.search(text, 1)
    described = _DESCRIPTION_AFTER_NAME.match(text, named.end()) if named else None
    return person_by_noun(text[:described.start()] + text[described.end():] if described else text)


#: a capitalised name of two words or more in the possessive ("Hestia Living's" of "Hestia Living's managing director").
_OWNER_IN_SPAN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+['’]s(?!\w)")


def nameless_person(source: str) -> bool:
    """Whether the canonical ``source`` is a person's role with no name ("corvane spokesperson", "lawyer
    for the family"): its head noun, before what it serves, is a person's; or a person described by age or by
    nationality alone ("43-year-old", "portuguese": see :func:`framing.source_places.age_or_nationality`), by sex alone
    (see ``SEXED_PERSONS``: "woman" of "A woman who has accused the mayor said ..."), as one more of the people
    written of ("another" of "One chief executive said ... Another said ..."); a spokesperson of a body named with a
    joiner too ("kestoria ministry of environment spokesperson" of "A spokesman for the Kestoria Ministry of
    Environment"); a role with a phrase on it after it ("official familiar with the talks", "diplomat based in
    talvor", "officer stationed nearby", "official in talvor": see ``_ROLE_POSTMODIFIER``); so a person by their family
    or plight ("one mother waiting outside a clinic in orrin", "passenger": see ``_LAY_PERSONS``)."""
    words = ROLE_JOINER.split(source, 1)[0].split(" ")
    return (_person_noun(words, len(words) - 1, source) or age_or_nationality(source)
            or any(_person_noun(words, at, source) and _ROLE_POSTMODIFIER.fullmatch(after)
                   for at, after in enumerate(words[1:]))
            or source in SEXED_PERSONS or source == "another" or source.endswith(" spokesperson"))


def _person_noun(words: list[str], at: int, source: str) -> bool:
    """Whether ``words[at]`` of the canonical ``source`` is a noun of a person: a role's (see ``PERSON_ROLES``) or a
    family's or plight's (see ``_LAY_PERSONS``) when no one's possessive owns it ("donald trump's son" is a person
    the copy may name in full, whom a "he" after it still means) and it is no surname (see :func:`_lay_noun`)."""
    return words[at] in PERSON_ROLES or (_lay_noun(words, at) and not _OWNED.search(source))


def _lay_noun(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` is a noun of ``_LAY_PERSONS`` and not a surname after a given name ("son" of "grace
    son", Grace Son, a woman: no son, nor a person with no name)."""
    return words[at] in _LAY_PERSONS and not (at and given_name_sex(words[at - 1]) is not None)


#: A possessive inside a key ("trump's " of "donald trump's son").
_OWNED = re.compile(r"\w['’]s\s")


def _owned_relative_of_sex(source: str, pronoun: str) -> bool:
    """Whether the canonical ``source`` is a relative owned by someone, of ``pronoun``'s sex ("victim's son" for
    "he"): no nameless role (see :func:`nameless_person`), as the copy may name them in full."""
    return _OWNED.search(source) is not None and _lay_person_sex(source) == pronoun


def _lay_person_sex(source: str) -> str | None:
    """The "he" or "she" the canonical ``source`` is, when a noun of ``_LAY_PERSONS`` of one sex is its head, with
    a phrase on it after it or none ("one mother waiting outside a clinic": "she"); ``None`` otherwise."""
    words = ROLE_JOINER.split(source, 1)[0].split(" ")
    return next((_LAY_PERSONS.get(word) for at, (word, after) in enumerate(zip(words, [*words[1:], ""]))
                 if _lay_noun(words, at) and (not after or _ROLE_POSTMODIFIER.fullmatch(after))), None)


#: "they" as the subject of what was said, just after a verb of speech or before one ("said they would", "said that
#: their ...", ", they said"): a source that speaks as a group.
_SAID_THEY = re.compile(r"(?<![\w'’-])(?:said|says|say|added|insisted|argued|warned|told\s+\w+)\s+(?:that\s+)?"
                        r"(?:they|their)\b|(?<![\w'’-])they\s+(?:said|say|added)\b", re.I)
#: One word, a name alone ("Kell").
_ONE_NAME = re.compile(r"[^\W\d_][\w'’-]*")
#: A third person of each sex opening what a source's cue says, "that" before it allowed ("conceded that his choice").
#: Not "him", nor "her" but after "that": "Kell told him" speaks to another.
_OF_ITSELF = {"she": re.compile(r"\s+(?:(?:that\s+)?she|that\s+her)(?![\w'’-])", re.I),
              "he": re.compile(r"\s+(?:that\s+)?(?:he|his)(?![\w'’-])", re.I)}


def _other_sex(role: str, pronoun: str | None) -> bool:
    """Whether the nameless ``role`` as written is of the other sex than ``pronoun``: "she" cannot be
    "a police spokesman", nor "he" "the chairwoman"."""
    gendered = _GENDERED_ROLE.search(role)
    return gendered is not None and bool(pronoun) and (pronoun == "she") != bool(gendered.group(1))


def _sexed_other(source: str, pronoun: str | None) -> bool:
    """Whether the canonical ``source`` is a person described by sex alone (see ``SEXED_PERSONS``) of the other sex
    than ``pronoun``, or by a family's noun of one sex (see :func:`_lay_person_sex`): "he" cannot be "woman", nor
    "one mother waiting outside"."""
    return bool(pronoun) and (SEXED_PERSONS.get(source) or _lay_person_sex(source) or pronoun) != pronoun


def _opens_with(span: Span, name: str, sentence: Sentence) -> bool:
    """Whether the source ``span`` of ``sentence`` opens with the one-word source ``name`` (a key) as a surname is
    written, a personal title before it allowed: "Vask" of "Vask, a Democrat" or "Sen. Vask"; not "Hill" after "the"
    ("according to The Hill"), an abbreviation ("Neb." of "Deuel County, Neb."), nor a word cut from a longer span."""
    text = span.text.strip(EDGE)
    title = TITLE.match(text)
    first = text[title.end() if title else 0:].lstrip().split(" ")[0].rstrip(",")
    before = sentence.text[:span.start - sentence.start].rstrip().rpartition(" ")[2]
    # a stop ending the span before more of the sentence: an abbreviation's ("Neb., who said"), no surname's
    abbreviated = span.text.rstrip().endswith(".") and sentence.text[span.end - sentence.start:].strip()
    return text_key(first) == name and before.lower() != "the" and not abbreviated


class PersonMeant(Topics):
    """The person a sentence's "he" or "she", or its speaking without a name, means: the topic, the
    principal again, someone else named, the speaker a quotation goes on with.
    """

    def _one_person(self, name: str) -> bool:
        """Whether the source ``name`` is one person (see :meth:`_a_person`), not a group whose name reads as a
        person's: a plural last word after a first that is no known given name ("House Republicans"; "Tom Evans" is
        one person, while "Rich Evans" stays in doubt, read as no one person)."""
        source = self.known.resolve(name)
        words = source.split(" ")
        plural = len(words) > 1 and words[-1].endswith("s") and given_name_sex(words[0]) is None
        return self._a_person(name) and not plural

    def _may_be_one_person(self, name: str) -> bool:
        """Whether the source ``name`` may be one person whom a "he" or "she" means: one (see :meth:`_one_person`),
        a surname alone (see :meth:`SourceIndex.may_be_person`), or no body's name, no company's, no plural and
        no two names joined ("Velmaran embassy", "aides", "Ruiz and Vask" are none)."""
        source = self.known.resolve(name)
        words = source.split(" ")
        return (self._one_person(name) or self.known.may_be_person(name)
                or not (body_headed(source, BODY_NOUNS | SPEAKING_BODIES) or source in self.known.companies
                        or words[-1].endswith("s") or not {"and", "&"}.isdisjoint(words)))

    def _lone_owned_relative(self, pronoun: str) -> bool:
        """Whether the last speaker is a relative owned by someone of ``pronoun``'s sex ("victim's son" for "he")
        and no person named so far may be of that sex (see :meth:`SourceIndex.person_for`): the one the pronoun can
        mean. Where another may ("Dr. Ana Bell said ... Tom Vask's mother said ... she said"), it is left in doubt."""
        return (self.last is not None and _owned_relative_of_sex(self.last, pronoun)
                and self.known.person_for(pronoun) is None)

    def _a_person(self, name: str) -> bool:
        """Whether the source ``name`` is a person, named or by a nameless role (see :func:`nameless_person`)."""
        source = self.known.resolve(name)
        return source in self.known.people or nameless_person(source)

    def _speaker(self, index: int, own: list[str], pronoun: str | None) -> str | None:
        """Who speaks the attributed or denial sentence ``index``: the first source it names (``own``); for page
        furniture no one else, as it is no part of anyone's account; else the person its "he" or "she"
        (``pronoun``) means, else the source whose account it goes on with."""
        if own:
            return own[0]
        if self.furniture[index]:
            return None
        if pronoun is not None:
            return self._person_meant(index, pronoun)
        return self._continued(index)

    def _person_meant(self, index: int, pronoun: str) -> str | None:
        """The person "he" or "she" (``pronoun``) in sentence ``index`` stands for, if anyone."""
        owner = self._appearance_owner(index, pronoun) or self._document_owner(index, pronoun)
        if owner is not None:
            return owner
        # "she said" is the person the sentence just before wrote of as its subject, else the person named most
        # recently, though a company or body spoke since, or a person's nameless role named since; in a denial, not
        # one whose last sentence made a claim when someone else's full name was written since (the accuser, and
        # the accused named in passing), unless that one is known to be of the other sex
        role_fits = (self.last is not None and (nameless_person(self.last) or self._lone_owned_relative(pronoun))
                     and not self._spoke_as_group(self.last)
                     and not _other_sex(self.last_written, pronoun) and not _sexed_other(self.last, pronoun)
                     and not self._principal_again(index, pronoun))
        # not where the sentence before names someone else too who may be of the pronoun's sex ("Detective Kit Moran
        # arrested Tom Vell. He ..."); "Dorsey Kell sat beside Mayor Tom Vance. '...,' she said." is Kell's
        # the sentence just before is the one before the quotation this sentence closes, if an earlier one opened it
        # ('Ana Ruiz was scathing. "It is a tax. It hits every family," she said.' is Ruiz's)
        before = self.quote_opening.get(index, index) - 1
        topic = (self.topic[1] if self.topic is not None and self.topic[0] == before
                 and not self.topic_others & {pronoun, None} else None)
        topic_sex = (SEXED_PERSONS.get(topic) or self.known.sex_of(topic)) if topic is not None else None
        # of unknown sex, not over a last speaker of the pronoun's sex unless credited before or described as a
        # person: a place, a market or a firm opening the sentence before ("New Hampshire votes in February.") is
        # no one's "he"
        if topic is not None and (topic_sex == pronoun or (topic_sex is None and (
                topic in self.described_topics or self.last is None or self.known.sex_of(self.last) != pronoun))):
            person: str | None = topic
        else:
            person = self.last if role_fits else self.known.person_for(pronoun)
        if topic is None and person is not None and self.known.sex_of(person) is None:
            person = self._named_in_passing(before, pronoun) or person
        elif (topic is None and person is None and not self._person_opening(before)
              and _named_as_object(self.sentences[before].text)
              and not _role_besides_name(self.sentences[before].text)):
            # "The board heard from Councillor Oduya. He says ...": the one person named just before, whose sex is
            # not written, where no one else may be meant: not where a person opens that sentence ("Helen Kell sat
            # beside Mayor Tom Vance" is hers, "Gerald Whitcombe was arrested. He denied ..." in doubt: see note_topic)
            person = self._named_in_passing(before, pronoun, any_sex=True)
        if before == index - 1 and self.last is not None and self._says_of_itself(before, self.last, pronoun):
            person = self.last  # "Kell freely conceded that his choice was tactical. '...,' he said.": Kell's
        if person is not None and person == self._main_subject(before):
            topic = person  # "After Brask described ..., Valen pressed ... He urged ...": Valen, not Brask
        if (person is not None and self.last is not None and person != self.last and person != topic
                and (person != self.known.subject_person or self.last in self.known.subject_addressed)
                and self.known.sex_of(person) is None and self.known.sex_of(self.last) == pronoun):
            # the last speaker, of the pronoun's sex, before someone merely named since whose sex is unknown:
            # 'Marla Penfield said ... "the previous chair," Devin Kasprak. "..." she said' is Penfield; not before
            # one who spoke or was asked since ("Velmark's President Oren Task was asked ... he said" is Task),
            # unless that one's sentence named the last speaker after them ("Robin Task told Varga to sit down")
            person = self.last
        if (person is not None and self.last is not None and person != self.last
                and self.known.sex_of(self.last) in (None, pronoun) and not _other_sex(self.last_written, pronoun)
                and not _sexed_other(self.last, pronoun)
                and self.spoken_of(index, person, pronoun)):
            person = self.last
        if person is None and self._name_spoke_just_before(index, pronoun):
            person = self.last  # "Vask said ... He added ...": the one-word name credited just before is a person's
        if (person is not None and self.last is not None and person not in (self.last, topic)
                and self.known.sex_of(self.last) is None and self._name_spoke_just_before(index, pronoun)
                and self._opens_entry(index - 1) and len(self.named.get(index - 1, [])) == 1
                and _ITS_OWN.search(self.sentences[index - 1].text) is None):
            # a liveblog's "10:05 Mark Osgood said ... 14:15 Tull told the inquiry the figures were wrong. The report
            # was rushed, he said.": the entry goes on with Tull, whose sex is unwritten, the one source named as it
            # opens, over a man credited in an earlier entry; not a one-word name that speaks of itself as a body does
            # ("Quayline said its cranes were inspected"), nor one named beside another ("Tull told Osgood ...")
            person = self.last
        if (person is None and self.last is not None and self.said_last.get(self.last) == index - 1
                and _ONE_OF_A_GROUP.match(self.last_written) and not _other_sex(self.last_written, pronoun)
                and self.known.sex_of(self.last) in (None, pronoun)):
            person = self.last  # "Another worker said ... He said ...": the one of the group credited just before
        if person is None and self._body_spoke_just_before(index):
            person = self.last  # "The embassy denied it. 'They were tourists,' he said.": no one else to be "he"
        opened = self.quote_opening.get(index, index)
        if (person is None and self.last is not None and opened < index and self.credited.get(opened) == self.last
                and not _other_sex(self.last_written, pronoun) and self.known.sex_of(self.last) in (None, pronoun)
                and self._may_be_one_person(self.last)):
            # '"Where are the accounts? There are two answers," she said.': the quotation it closes, opened in a
            # sentence that went on with the last speaker's account, is theirs, and so is its "she said" (a
            # person's: no body's)
            person = self.last
        said = self.said_last.get(self.known.resolve(person)) if person else None
        # unless the sentence just before, no claim of theirs, wrote of them as its subject: "Venn addressed the
        # rumours at a concert. '...,' she told the crowd." is Venn's whatever her suit claimed before
        if (person and self.sentences[index].label == "official_denial" and said is not None
                and self.sentences[said].label == "attributed_claim"
                and self._someone_else_named(range(said, index), person, pronoun)
                and not (person == topic and said < before)):
            return None
        return person

    def _name_spoke_just_before(self, index: int, pronoun: str) -> bool:
        """Whether the last speaker was credited with the sentence just before sentence ``index``, opens it by name
        (see :func:`_opens_with`), may be one person and is not known to be of the other sex than ``pronoun``: "he"
        or "she" then goes on with that speaker's account."""
        return (self.last is not None and self.said_last.get(self.last) == index - 1
                and not _other_sex(self.last_written, pronoun) and self.known.sex_of(self.last) in (None, pronoun)
                and any(name == self.last and _opens_with(span, name, self.sentences[index - 1])
                        for span, name in self.named.get(index - 1, []))
                and self._may_be_one_person(self.last))

    def _opens_entry(self, index: int) -> bool:
        """Whether sentence ``index`` opens a liveblog entry with the time it was posted ("14:15 Tull told ...",
        "10:05 - Tull told ...": see :func:`stamp_length`, :func:`bare_stamps`): what follows in the entry goes on
        with it."""
        sentence = self.sentences[index]
        lead = len(sentence.text) - len(sentence.text.lstrip())
        return stamp_length(sentence.text) > 0 or sentence.start + lead in bare_stamps(self.text)

    def _person_opening(self, index: int) -> bool:
        """Whether the subject opening sentence ``index`` is a person written of (see :meth:`note_topic`), one acted
        upon included."""
        return any(noted is not None and noted[0] == index for noted in (self.topic, self.acted_upon))

    def _named_in_passing(self, index: int, pronoun: str, any_sex: bool = False) -> str | None:
        """The one person of the sex of "he" or "she" (``pronoun``) sentence ``index``, credited to no one, names
        in full (see :meth:`SourceIndex.only_person_named`), whom a pronoun in the next sentence means over a
        source named before whose sex is unknown: "Dan Orr explained ... That, party treasurer Nora Quill
        explained, was deliberate. '...,' she said." is Quill's, now named most recently; ``None`` for none. With
        ``any_sex``, one whose sex is not written too ("Councillor Oduya"), where no one else may be meant."""
        if index < 0 or index in self.credited or self.furniture[index]:
            return None
        person = self.known.only_person_named(self.sentences[index].text, pronoun, any_sex)
        if person is not None:
            self.known.take_topic(person)
        return person

    def _says_of_itself(self, index: int, source: str, pronoun: str) -> bool:
        """Whether sentence ``index`` is credited to ``source``, written as one word alone ("Kell", not "The
        Republican") that is no person, company or surname of a person known so far, named as the subject opening
        the sentence just before its cue, which then says "he" or "his" (of the sex of ``pronoun``: see
        ``_OF_ITSELF``), "that" between them allowed, outside quotations:
        "Kell freely conceded that his choice was tactical" speaks of Kell, a man, whom a "he" in the next sentence
        means over one named before; not "Ember said Tom Vask's choice was tactical", nor "Kell told him ..."."""
        sentence = self.sentences[index]
        key = self.known.resolve(source)
        if (self.credited.get(index) != source or " " in key or self.known.sex_of(key) is not None
                or key in self.known.people or key in self.known.companies or key in self.known.surnames):
            return False
        start, end = self.mentions[index]
        cue = next((span for span in sentence.spans if span.type == "cue" and span.start >= end), None)
        if (start != sentence.start or cue is None or not _ONE_NAME.fullmatch(sentence.text[:end - start])
                or sentence.text[end - sentence.start:cue.start - sentence.start].strip()):
            return False
        said = _OF_ITSELF.get(pronoun)
        found = said.match(sentence.text, cue.end - sentence.start) if said is not None else None
        return found is not None and not quotes_within(self.quotes, cue.end, sentence.start + found.end())

    def _main_subject(self, index: int) -> str | None:
        """The source of sentence ``index`` named as the subject of its main clause after a subordinate clause opening
        it (see ``SUBORDINATE_OPENING``), a verb in lower case after it: "valen" (or the person it joined) of "After
        Brask described the donors as greedy, Valen pressed the campaign to hit back", whom a "he" or "she" in the
        next sentence means rather than the source the clause names; ``None`` for none."""
        sentence = self.sentences[index] if index >= 0 else None
        opening = SUBORDINATE_OPENING.match(sentence.text) if sentence is not None else None
        if sentence is None or opening is None:
            return None
        for span, name in self.named.get(index, []):
            start, end = span.start - sentence.start, span.end - sentence.start
            if (start >= opening.end() and not sentence.text[opening.end():start].strip()
                    and _VERB_AFTER_SUBJECT.match(sentence.text, end)):
                return name
        return None

    def _someone_else_named(self, between: range, person: str, pronoun: str) -> bool:
        """Whether a sentence ``between`` wrote the full name of someone other than the source ``person`` whom "he"
        or "she" (``pronoun``) may mean: a person's (see :func:`framing.person_names.people_surnames_in`), not known to
        be of the other sex (see :meth:`_sexes_named`: "Wendy Narr suggested that Ed Rusk ... his ... '...,' she
        said." is Narr's). Read from the last sentence writing personal names back, so that a long text costs no
        more than the names since."""
        words = frozenset(person.split(" "))
        for index in reversed(self.surnames):
            if index < between.start:
                return False
            others = self.surnames[index] - words
            if index == between.start and others:
                others -= self._role_owners_in_own_span(index, person)
            if index in between and others:
                sexes = self._sexes_named(index, person, others)
                # not "in Port Velm" or "the White House", read as names too but a place's or a body's
                people = sexes.keys() | people_surnames_in(self.sentences[index].text)
                if any(sexes.get(other) in (None, pronoun) for other in others & people):
                    return True
        return False

    def _role_owners_in_own_span(self, index: int, person: str) -> frozenset[str]:
        """Keys of the surnames of names in the possessive within the spans crediting sentence ``index`` to
        ``person`` (see :func:`framing.person_names.surnames_in`): the owner of their role in "Hestia Living's managing
        director, James Calloway" describes the speaker, and is no one named in passing whom a "he" after may
        mean."""
        return frozenset(key for span, name in self.named.get(index, []) if self.known.resolve(name) == person
                         for owner in _OWNER_IN_SPAN.finditer(span.text) for key in surnames_in(owner.group(0)))

    def _sexes_named(self, index: int, person: str, others: frozenset[str]) -> dict[str, str | None]:
        """The sex, "he" or "she", of the people other than ``person`` that sentence ``index`` names, by the keys of
        their surnames (see :meth:`SourceIndex.others_named`); the one of ``others`` whose sex is
        unknown is of the sex of the sentence's "he", "his" or "him" (or "she", "her") outside quotations when each of
        them is of one sex, the other than ``person``'s known one ("Wendy Narr suggested that Ed Rusk had never been
        pressed on his past votes": Rusk is a man)."""
        sentence = self.sentences[index]
        sexes = self.known.others_named(sentence.text, person)
        unknown = [other for other in others if sexes.get(other) is None]
        own = self.known.sex_of(person)
        if len(unknown) != 1 or own is None:
            return sexes
        text = sentence.text
        for start, end in quotes_within(self.quotes, sentence.start, sentence.end):
            start, end = max(0, start - sentence.start), min(len(text), end - sentence.start)
            text = text[:start] + " " * (end - start) + text[end:]
        said = [sex for sex, words in THIRD_PERSON.items() if words.search(text)]
        if said in (["he"], ["she"]) and said[0] != own:
            sexes[unknown[0]] = said[0]
        return sexes

    def _appearance_owner(self, index: int, pronoun: str) -> str | None:
        """The person whose interview, speech or the like sentence ``index`` names by their surname before a clause
        of it with "he" or "she" (``pronoun``; see ``_OWN_APPEARANCE``): "a clip of a Vask radio interview, in
        which he says" is Tom Vask's, the one person of that surname written so far (see
        :meth:`SourceIndex.topic_of`), now named most recently; ``None`` for none, or one known to be
        of the other sex."""
        sentence = self.sentences[index]
        found = _OWN_APPEARANCE.search(sentence.text)
        if found is None or found.group("pronoun") != pronoun:
            return None
        group = "name" if found.group("name") else "owner"
        person = self.known.topic_of(sentence.text, found.start(group), found.end(group))
        if person is None or self.known.sex_of(person) not in (None, pronoun):
            return None
        self.known.take_topic(person)
        return person

    def _document_owner(self, index: int, pronoun: str) -> str | None:
        """The person whose document (see ``DOCUMENT_NOUNS``) the sentence just before sentence ``index`` is
        credited to, named as its owner in the possessive ("Ed Rusk's lawsuit seeks his old post back. He also
        seeks ..." is Rusk's: see ``_OWNED_DOCUMENT``), whom "he" or "she" (``pronoun``) in it means, now named most
        recently; ``None`` for none, a body, or one known to be of the other sex."""
        before = self.sentences[index - 1] if index else None
        named = self.named.get(index - 1, [])[:1]
        if before is None or not named or self.credited.get(index - 1) != named[0][1]:
            return None
        span = named[0][0]
        found = _OWNED_DOCUMENT.fullmatch(span.text.strip(EDGE))
        if found is None or found.group("noun").lower() not in DOCUMENT_NOUNS:
            return None
        start = span.start - before.start + span.text.index(found.group("owner"))
        person = self.known.topic_of(before.text, start, start + len(found.group("owner")))
        if person is None or self.known.sex_of(person) not in (None, pronoun):
            return None
        self.known.take_topic(person)
        return person

    def _body_spoke_just_before(self, index: int) -> bool:
        """Whether the last source is a body (a body's noun in its name, or a company) whose denial is the
        sentence just before the denial ``index``, or before the quotation it closes: where no person may be its
        "he" or "she", that pronoun speaks for the body as it goes on denying ("The embassy denied it. 'They were
        tourists,' he said."); not after a claim, which a reporter or a publication may have made."""
        before = self.quote_opening.get(index, index) - 1
        if self.last is None or self.said_last.get(self.last) != before or before < 0:
            return False
        denials = self.sentences[index].label == self.sentences[before].label == "official_denial"
        body = self.last in self.known.companies or not BODY_NOUNS.isdisjoint(self.last.split())
        return denials and body and not self._a_person(self.last)

    def _spoke_as_group(self, source: str) -> bool:
        """Whether ``source``, a nationality alone ("portuguese": see :func:`framing.source_places.age_or_nationality`),
        spoke last as a people or a side, not one person: its sentence says "they" of what it said ("The Portuguese
        said they would walk out"), so that no "he" or "she" after it is theirs."""
        if not age_or_nationality(source) or source.endswith("year-old"):
            return False
        said = self.said_last.get(self.known.resolve(source))
        return said is not None and _SAID_THEY.search(self.sentences[said].text) is not None

    def spoken_of(self, index: int, person: str, pronoun: str) -> bool:
        """Whether ``person``, whom "he" or "she" (``pronoun``) in sentence ``index`` would mean past the last source
        (see :meth:`SourceIndex.person_for`), is rather the one its quotation speaks of: a quotation
        in the sentence says "she" or "her" ("he", "him", "his") of someone, and the last source's last sentence,
        after ``person`` last spoke, said something of them by their surname, not naming them as a source too
        ("Dalby said Ruiz doesn't mention ... / 'She never brings it up,' she said": Dalby's)."""
        said = self.said_last.get(self.known.resolve(self.last)) if self.last else None
        if said is None or said <= self.said_last.get(self.known.resolve(person), -1):
            return False
        sentence = self.sentences[index]
        of_sex = THIRD_PERSON.get(pronoun)
        if of_sex is None or not any(of_sex.search(sentence.text, max(0, start - sentence.start), end - sentence.start)
                   for start, end in quotes_within(self.quotes, sentence.start, sentence.end)):
            return False
        surname = re.compile(rf"(?<![\w'’-]){re.escape(person.rpartition(' ')[2].capitalize())}(?![\w-])")
        spans = self.sentences[said].spans
        return (any(span.type == "content" and surname.search(span.text) for span in spans)
                and not any(span.type == "source" and surname.search(span.text) for span in spans))

    def _principal_again(self, index: int, pronoun: str) -> bool:
        """Whether "he" or "she" (``pronoun``) in sentence ``index``, after the nameless role that spoke last, means
        the person that role serves instead ("Weiner's spokesman said ... Earlier, the congressman refused to answer
        ... He insisted ..."): the person the pronoun would mean past the role (see
        :meth:`SourceIndex.person_for`), whose surname the role's name holds ("weiner spokesperson",
        "lawyer for vell"), written again in a sentence between, after the role's last one: by that surname,
        capitalised, or as "the" and one of their roles ("the congressman", "the senator"). A role's own "he"
        right after it stays the role's ('Strzok's attorney said ... He added, ...')."""
        person = self.known.person_for(pronoun)
        said = self.said_last.get(self.known.resolve(self.last)) if self.last else None
        if person is None or said is None or person == self.last:
            return False
        surname = person.rpartition(" ")[2]
        if surname not in re.findall(r"[^\W\d_]+", self.last or ""):
            return False
        roles = sorted(role for role in self.known.people.get(person, ())
                       if role in PERSON_ROLES or _GENDERED_ROLE.fullmatch(role))
        again = re.compile(rf"(?<![\w'’-])(?:({re.escape(surname)})(?![\w-])" + (
            rf"|the\s+(?:[\w-]+\s+){{0,4}}?(?:{'|'.join(map(re.escape, roles))})(?![\w'’-]))" if roles else ")"),
                           re.I)
        return any(found.group(1) is None or found.group(1)[:1].isupper()
                   for between in self.sentences[said + 1:index] for found in again.finditer(between.text))

    def _continued(self, index: int) -> str | None:
        """The source whose account sentence ``index``, naming no one, goes on with: the last one, unless the
        writer's verdict ended it, and for a denial not one whose last credited sentence made a claim ("Rights
        groups said ... It called the claims absurd": the denier is unnamed), unless that claim and the denial
        lie in one closed quotation, the source's own words (reopened over paragraphs too), the claim holding it
        whole or opening it after its cue ("He told the BBC: 'They promised ... . Instead they ...'"), or the
        source is a body whose claim, alleging nothing, is the sentence just before a denial whose subject is "It"
        ("The emergency office said the list was corrected. It denied that ...": see :meth:`_its_denial`), or the
        source denied before, the accused side giving its own account ("The Trust denies ... The Trust has noted
        suggestions that two trustees quit in protest. Both stepped down for personal reasons.": see
        :meth:`_denied_before`). Nor does
        a denial go on with a document's account (see ``DOCUMENT_NOUNS``) that only a plain fact naming it opened,
        credited to no one ("Acme agreed to pay $5 million, according to court filings. Acme admitted no
        wrongdoing.": no filing denies)."""
        if not self.going_on or self.last is None or self._question_on_its_line(index):
            return None
        source = self.known.resolve(self.last)
        if (self.sentences[index].label == "official_denial" and source not in self.said_last
                and source.split()[-1] in DOCUMENT_NOUNS):
            return None
        if self.sentences[index].label != "official_denial" or self.last_label != "attributed_claim":
            return self.last
        said = self.said_last.get(self.known.resolve(self.last), -1)
        quotation = self.quotation_of.get(index)
        if quotation is not None and quotation in (self.quotation_of.get(said), self.opened_in.get(said)):
            return self.last
        return (self.last if self._resumes_quotation(index, said) or self._its_denial(index, said)
                or self._denied_before(source, said) else None)

    def _denied_before(self, source: str, said: int) -> bool:
        """Whether the resolved ``source`` was credited a denial before sentence ``said``, its last claim: the
        accused side, whose claim is its own account, which a denial after it goes on with."""
        return any(j < said and self.sentences[j].label == "official_denial" and self.known.resolve(name) == source
                   for j, name in self.credited.items())

    def _question_on_its_line(self, index: int) -> bool:
        """Whether sentence ``index`` is a question on a line of its own, outside quotation marks ("Did he threaten
        you?" between an exile's answers in an interview): the interviewer's or the writer's asking, no part of the
        account before it, which goes on after it."""
        sentence = self.sentences[index]
        if (not self.text or not sentence.text.rstrip().endswith("?")
                or quotes_within(self.quotes, sentence.start, sentence.end)):
            return False
        after = self.sentences[index + 1].start if index + 1 < len(self.sentences) else len(self.text)
        before = self.sentences[index - 1].end if index else 0
        return "\n" in self.text[before:sentence.start] and ("\n" in self.text[sentence.end:after]
                                                             or not self.text[sentence.end:after].strip())

    def _resumes_quotation(self, index: int, said: int) -> bool:
        """Whether sentence ``index`` opens with a quotation mark in the paragraph of ``said``, the source's last
        sentence just before it, which opens with a quotation of theirs that the cue breaks off ('"It was a mess,"
        Arkwright says. "Nobody wanted to say how bad it was.'): the source's own words go on, whatever the model
        heard in them. A quotation opening the next paragraph is not so tied to them."""
        sentence, before = self.sentences[index], self.sentences[said]
        opening = quotes_within(self.quotes, sentence.start, sentence.start + 1)
        return (said == index - 1 and bool(opening) and opening[0][0] == sentence.start
                and self._breaks_off_quotation(said)
                and PARAGRAPH_BREAK.search(self.text, before.end, sentence.start) is None)

    def _breaks_off_quotation(self, index: int) -> bool:
        """Whether sentence ``index`` opens with a quotation that closes before its end, where its cue and speaker
        break it off ('"It was a mess," Arkwright says.'): the next sentence may take the quotation up again."""
        sentence = self.sentences[index]
        quoted = quotes_within(self.quotes, sentence.start, sentence.start + 1)
        return bool(quoted) and quoted[0][0] == sentence.start and quoted[0][1] < sentence.end

    def _its_denial(self, index: int, said: int) -> bool:
        """Whether the denial ``index``, opening with "It" and a verb of saying or denying ("It denied ...", "It
        also rejected ..."; see ``REPORTED_BY_SPEAKER``), is the last source's, whose sentence ``said`` is the one
        just before it: a body's (its head a body's noun, "office", "ministry", or a company), which "it" can
        mean, and one alleging nothing, so not the accuser's ("Rights groups said the army was responsible. It
        denied ..." stays no one's: see :func:`framing.source_accusations.alleges`)."""
        source = self.known.resolve(self.last) if self.last else ""
        return (said == index - 1 and REPORTED_BY_SPEAKER.match(self.sentences[index].text) is not None
                and (body_headed(source, BODY_NOUNS) or source in self.known.companies)
                and source not in self.known.people and not alleges(self.sentences[said].text))
