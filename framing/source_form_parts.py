"""Which of a source's comma-separated parts names it, one job of :func:`framing.source_forms.display_source`:
the personal name of "Name, role" or "role, Name" ("John Smith, spokesman for the Ministry of Foreign Affairs"), the
person whose relation speaks ("A lawyer for the arrested man, Farid Hollis" is "A lawyer for Farid Hollis"), the name
a body described is known by ("The service, known as the HFI"), and two people or more described or listed together
("Ana Ruiz, Republican of Kessel, and Tom Vask" is "Ana Ruiz and Tom Vask").
"""

from __future__ import annotations

import re

from .given_names import is_given_name
from .person_names import BODY_OR_VENUE_ENDS, is_name, name_start, opens_as_name
from .source_form_documents import document_by_person
from .source_form_titles import INITIAL, name_after_role, name_after_title, person_part, private_person
from .source_kinds import business_kind
from .source_words import (
    AGE_ALONE,
    BODY_NOUNS,
    PARTY_STATE,
    PRIVATE_PERSONS,
    SELF_NAME,
    TITLE,
    TRADE_KINDS,
)


#: A word joining a span or a comma part to a group or list before it ("and", "such as", "including" of "critics,
#: including Ana Ruiz", "like" in lower case of "critics, like Ana Ruiz"): the part names members of the group, or
#: more of the list, and alone the word is no name.
_MEMBER_WORDS = r"such\s+as|[Ii]ncluding|like"
LIST_OPENING = re.compile(rf"^(?:[Aa]nd|{_MEMBER_WORDS})\s+(?=\S)")


#: "A lawyer for the detained activist, Tomas Orrin": the name is the activist's, the speaker the lawyer
#: (but in "The lawyer for Vask, Alina Marr" the name is the lawyer's: the object is a name itself). A
#: representative for a body is named as a spokesman is ("A representative for the company, Bradley Stroud":
#: Stroud), one for a person is not ("A representative for the jailed activist, Lio Vantner": see
#: ``_REPRESENTATIVE``).
_RELATIONAL = re.compile(
    r"^(?:(?:the|a|an|his|her|their|its)\s+)?(?:\w+\s+)?(?:family|families|lawyer|lawyers|attorney|attorneys|"
    r"relatives?|mother|father|parents|wife|husband|son|daughter|brother|sister|friends?|neighbou?rs?|"
    r"colleagues?|supporters?)\s+(?:of|for)\s+(?:(?:the|a|an|one|two|his|her|their|its)\s+)?"
    r"(?-i:[a-z]).*$", re.I)
#: A representative for someone in lower case, whose head noun (group 1) says whether a body or a person.
_REPRESENTATIVE = re.compile(r"^(?:(?:the|a|an)\s+)?representatives?\s+(?:of|for)\s+"
                             r"(?:(?:the|a|an|his|her|their|its)\s+)?(?=(?-i:[a-z]))(?:[\w'’-]+\s+)*?([\w'’-]+)$", re.I)


#: A social-media handle alone, its "@" and its name ("@orsk_truth"): the account that speaks.
HANDLE_ALONE = re.compile(r"@[^\W\d]\w*")


#: A word joining a comma part to a group before it ("like", "such as", "including" of "Critics, like Ana Ruiz").
_MEMBER_OPENING = re.compile(rf"^(?:{_MEMBER_WORDS})\s+(?=\S)")


def two_described_people(parts: list[str]) -> str | None:
    """"Ana Ruiz and Tom Vask" of "Senators Ana Ruiz, Republican of Kessel, and Tom Vask, Democrat of Harlow" (its
    ``parts`` at commas; "like ..." after a group, "Critics of the plan, like ...", too): a personal name of two
    words or more, a title before it allowed, a part describing that person (no personal name itself; a party and
    state tag, "R-Ohio"), then "and"
    and a personal name opening with a known given name or an initial, at most a description of them after it, as
    "Ana Ruiz of Kessel and Tom Vask of Harlow" is read (see :func:`framing.source_form_owners.person_of_body`);
    ``None`` for any other parts ("Ana Ruiz, Tom Vask and Jo Lee", "The chief, Ana Ruiz, and Tom Vask")."""
    for at in range(len(parts) - 2):
        first, described, second = parts[at:at + 3]
        person = name_after_title(TITLE.sub("", _MEMBER_OPENING.sub("", first)))
        other = name_after_title(TITLE.sub("", second[4:])) if second.startswith("and ") else ""
        words, other_words = person.split(" "), other.split(" ")
        if (len(parts) - at <= 4 and len(words) >= 2 and is_name(words) and person_part(person)
                and (not person_part(described) or PARTY_STATE.fullmatch(described))  # "R-Ohio"
                and not LIST_OPENING.match(described)
                and len(other_words) >= 2 and is_name(other_words) and person_part(other)
                and (is_given_name(other_words[0]) or INITIAL.fullmatch(other_words[0]))):
            return f"{person} and {other}"
    return None


def listed_people(parts: list[str]) -> str | None:
    """"Dan Orr, Mira Lisk and Tom Vask" of "Sens. Dan Orr, Mira Lisk and Tom Vask" or "Dan Orr, Mira Lisk, and Tom
    Vask" (its ``parts`` at commas): three or more personal names of two words or more, a title before the first
    allowed, the last after "and" opening with a known given name or an initial as a pair's second does (see
    :func:`two_described_people`), none ending in a body's or venue's word ("Harbour Bank"), credited together as
    "Dan Orr and Mira Lisk" is; ``None`` for any other parts ("Ruiz, Tom Vask and Jo Lee", "The chief, Ana Ruiz,
    and Tom Vask", "Ana Ruiz, the mayor, and her aides")."""
    *listed, last = [part.strip() for part in parts]
    if not listed or " and " not in f" {last}":
        return None
    ending = re.split(r"(?:^|\s)and\s+", last)
    names = [name_after_title(TITLE.sub("", listed[0])), *listed[1:], *(name for name in ending if name)]
    if len(names) < 3 or not all(len(name.split(" ")) >= 2 and is_name(name.split(" ")) and person_part(name)
                                 and name.split(" ")[-1] not in BODY_OR_VENUE_ENDS for name in names):
        return None
    first = names[-1].split(" ")[0]
    return f"{', '.join(names[:-1])} and {names[-1]}" if is_given_name(first) or INITIAL.fullmatch(first) else None


#: A comma part giving the name a body described before it goes by ("known as the HFI" of "The service, known as the
#: HFI", "also known as Section 9", "called the Bureau", 'dubbed "Cold Harbour"'): group 1 the name, the whole part;
#: a part with more after the name ("dubbed Cold Harbour by researchers") is not one.
_KNOWN_AS_PART = re.compile(rf"(?:(?:also|better|widely|commonly|formally|officially)\s+)?"
                            rf"(?:known\s+as|called|dubbed|nicknamed)\s+({SELF_NAME})")
#: "the" opening a name known so ("the HFI" of "known as the HFI"), which the source's name leaves out.
_THE_OPENING_KNOWN_NAME = re.compile(r"\Athe\s+")
#: A description in lower case but for its first word ("The service", "the spy agency", "A hacking group"): no name;
#: not one capitalised word alone, a name ("Beck" of "Beck, known as the Fox").
DESCRIPTION_ALONE = re.compile(r"[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*)+|[a-z][\w'’-]*")


def name_known_as(parts: list[str]) -> str | None:
    """The name after "known as", "called" or "dubbed" in a comma part after a description naming no one ("HFI" of
    "The service, known as the HFI"), as ``_self_named`` of :mod:`framing.source_forms` reads "calling itself" and
    the index a name known so without the comma ("a hacking group known as Grey Lantern"): the body speaks by its
    name, not by "the service"; ``None`` where the first part is a name itself ("Jonas Beck, known as the Fox" is
    Jonas Beck) or no part is such a name."""
    if not DESCRIPTION_ALONE.fullmatch(parts[0]):
        return None
    known = next((found for part in parts[1:] if (found := _KNOWN_AS_PART.fullmatch(part))), None)
    if known is None:
        return None
    return _THE_OPENING_KNOWN_NAME.sub("", known.group(1)).strip("\"“”‘’'")


def pick_part(parts: list[str], whole: str) -> str:
    """Of "Name, role" or "role, Name", the first part that is a personal name (a title before it
    allowed), since a role may hold more capitalised words ("John Smith, spokesman for the Ministry
    of Foreign Affairs"), or an account's handle alone ("The user who posted it, @orsk_truth"); failing that, the part
    with the most capitalised words ("Acme Corp., the maker"; a name after "the" set after a description alone, "the
    Plough" of "The village pub, the Plough"), but for a
    description by place ("The pilot, a 61-year-old man from Traverse City" is the pilot: see
    :func:`_described_by_place`)."""
    if _addressed_by_given_name(parts):
        parts = parts[1:]  # "Clare, the assistant, Rosa Linden": the speaker turns to Clare; Linden is the source
    representative = _REPRESENTATIVE.match(parts[0])
    if _RELATIONAL.match(parts[0]) and not _named_for_no_one_person(parts):
        return _relation_of_named(parts)
    if representative and representative.group(1).lower() not in BODY_NOUNS:
        # a representative of several people ("for the villagers", "for the family") is no one person's, as written
        return parts[0] if _of_many_people(parts[0]) else _relation_of_named(parts)
    for part in parts:
        if person_part(part) or (part is parts[0] and _role_then_person(part)) or HANDLE_ALONE.fullmatch(part):
            return part
    if document_by_person(parts[0]):
        return parts[0]  # "a study by Ana Ruiz, a professor at Kessel State University": hers, not the university's
    parts = [part for part in parts if not _described_by_place(part, parts[0])] or parts  # "The pilot, a Kessel man"
    named = [part for part in parts[1:] if _THE_NAME.fullmatch(part)]
    if len(named) == 1 and _A_DESCRIPTION.fullmatch(parts[0]):
        return named[0]  # "The village pub, the Plough": its capitalised "The" is no word of a name
    return max(parts, key=lambda p: sum(opens_as_name(w) for w in p.split()), default=whole)


#: A part of a span that is a description alone: an article and lower-case words ("The village pub").
_A_DESCRIPTION = re.compile(r"(?i:the|an?)\s+(?:[a-z][\w'’-]*\s+){0,4}[a-z][\w'’-]*")
#: A part of a span that is a name after "the" alone ("the Plough", "the Kessel Arms").
_THE_NAME = re.compile(r"the\s+(?:[A-Z][\w'’&.-]*\s+){0,3}[A-Z][\w'’&-]*")


def _addressed_by_given_name(parts: list[str]) -> bool:
    """Whether the first of ``parts`` is one word alone written as a given name is (capitalised, letters only; no
    list of given names is asked: "Clare", but also "Kessel"), that no later part's personal name of two words or more
    holds ("Clare" of "Clare, the assistant, Rosa Linden", as a correspondent answers a host), that part the name
    alone, opening with its capital: the one addressed, whom a speaker calls by the given name, not the source, whom
    the copy names in full (not "Linden, the assistant, Rosa Linden", her surname first, nor "Bruning, along with
    Attorney General Tom Pruitt", two sources joined)."""
    first = parts[0].split()
    return (len(parts) > 1 and len(first) == 1 and first[0].isalpha() and first[0][:1].isupper()
            and first[0][1:].islower()
            and any(part[:1].isupper() and person_part(part) and len(part.split()) > 1
                    and first[0] not in part.split() for part in parts[1:]))


#: Nouns for several people that one personal name cannot be ("the families", "the couple", "two men"), a company of
#: people working or living together among them ("the crew", "the staff", "the community").
_MANY_PEOPLE = frozenset("""family families couple household men women children people crew staff team workforce
    community congregation""".split())
#: The one person a relation names: "A lawyer", "The mother", "a close friend", not "The family".
_ONE_RELATION = re.compile(r"^(?:(?:the|a|an|his|her|their|its)\s+)?(?:\w+\s+)?(?:lawyer|attorney|relative|mother|"
                           r"father|wife|husband|son|daughter|brother|sister|friend|neighbou?r|colleague|supporter|"
                           r"representative)"
                           r"\s+(?:of|for)\s", re.I)


#: A relation up to its "of" or "for" (group 1) and whom it is of, the rest: "A lawyer for" of "A lawyer for the
#: arrested man".
_RELATION_OF = re.compile(r"^(.*?\s(?:of|for))\s", re.I)
#: A possessive in whom a relation is for ("boy's " of "the boy's father").
_OWNED_OBJECT = re.compile(r"\w['’]s\s")


def _relation_of_named(parts: list[str]) -> str:
    """The relation ``parts[0]`` (see ``_RELATIONAL``, ``_REPRESENTATIVE``) of the person the next part names, when it
    does: the name set after "A lawyer for the arrested man" is the man's, nearer, so the lawyer speaks as that
    person's ("A lawyer for the arrested man, Farid Hollis" → "A lawyer for Farid Hollis", as the copy's next "A
    lawyer for Farid Hollis" is); the relation as written when no name follows ("A lawyer for the arrested man, who
    was not named") or when it is for someone's relative, beside whose noun the name is the lawyer's ("A lawyer for
    the boy's father, Ardin Vell": see ``_KIN_ACTED_FOR`` of :mod:`framing.index_name_words`)."""
    found = _RELATION_OF.match(parts[0])
    if found is None or len(parts) < 2 or not person_part(parts[1]) or _OWNED_OBJECT.search(parts[0], found.end()):
        return parts[0]
    return f"{found.group(1)} {parts[1].strip()}"


def _named_for_no_one_person(parts: list[str]) -> bool:
    """Whether the first of ``parts``, a relation (see ``_RELATIONAL``), is one for a body in lower case ("A lawyer
    for the company", "An attorney for the firm", "A lawyer for the studio": see :func:`_body_in_lower_case`), or
    one person's for several people ("A lawyer for four of the families", "a friend of the victims": see
    :func:`_of_many_people`), and the next part a personal name: a body has none and several people have no one
    name, so the name is the lawyer's ("A lawyer for the company, Susan Adair" and "A lawyer for the families, Susan
    Adair" are Susan Adair)."""
    return (len(parts) > 1 and (_body_in_lower_case(parts[0].split()[-1]) or _of_many_people(parts[0]))
            and person_part(_PLACED_AFTER_NAME.sub("", parts[1])))


#: A name's body or place after "of" or "at" to the end, in capitals ("of Corrigan Hale" of "Sinead Corrigan of
#: Corrigan Hale", a lawyer named with her firm).
_PLACED_AFTER_NAME = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*$")


#: Lower-case nouns for a body that no person is, besides ``BODY_NOUNS``: a studio, a club, a school ("A lawyer for
#: the studio, Desmond Achterberg" is Achterberg).
_NAMELESS_INSTITUTIONS = frozenset("studio studios club team school hospital university college academy band".split())


def _body_in_lower_case(word: str) -> bool:
    """Whether the lower-case ``word`` ending a relation ("studio" of "A lawyer for the studio") is a body, never a
    person: a body's noun (``BODY_NOUNS``), an institution's (``_NAMELESS_INSTITUTIONS``) or a business's kind that no
    person shares ("platform", "chain", "carmaker": see :func:`business_kind`; not "developer" nor "operator",
    which a person may be)."""
    return (word in BODY_NOUNS or word in _NAMELESS_INSTITUTIONS
            or (business_kind(word) and word not in TRADE_KINDS))


def _of_many_people(relation: str) -> bool:
    """Whether ``relation`` is one person's (see ``_ONE_RELATION``) for or of people in the plural ("the families",
    "the victims", "two men"; see ``_MANY_PEOPLE``), whom a name set after it cannot be: by its last word, or by the
    word its own "of" follows ("the family" of "A lawyer for the family of one patient": the family, not the
    patient, is acted for)."""
    opening = _ONE_RELATION.match(relation)
    if opening is None:
        return False
    heads = relation.split()[-1:] + relation[opening.end():].split(" of ")[0].split()[-1:]
    return any(_many_people_word(head.lower().rstrip("'’")) for head in heads)


def _many_people_word(word: str) -> bool:
    """Whether the lower-case ``word`` names several people: a plural, not a body's noun, or one of ``_MANY_PEOPLE``."""
    return (word.endswith("s") and not word.endswith("ss") and word not in BODY_NOUNS) or word in _MANY_PEOPLE


#: Lower-case words just before a capitalised name that are no role of its ("from Lee County", "by Lily Brack").
_NO_ROLE_BEFORE_NAME = frozenset("from by of for in on at to with and or the a an as near".split())


def _role_then_person(part: str) -> bool:
    """Whether the comma-separated ``part`` is a role in lower case, perhaps after a body's name, then a personal
    name ("Harlow Times columnist Dana Pell", "union secretary Tomas Brandt"): the one it names, whatever the
    description after its comma holds ("a speechwriter in Tom R. Vask's White House"). Not a name after a
    preposition or an article ("from Lee County")."""
    name = name_after_role(part)
    before = part[:-len(name)].split() if name != part and part.endswith(name) else []
    return (bool(before) and before[-1].isalpha() and before[-1].islower()
            and before[-1] not in _NO_ROLE_BEFORE_NAME and person_part(name))


def _described_by_place(part: str, first: str) -> bool:
    """Whether the comma-separated ``part`` of a source describes a person by where they are from, and names no one:
    "a 61-year-old man from Traverse City", "a Kessel man", "a Traverse City resident", "of Traverse City" (of "The
    pilot, 61, of Traverse City", "the Rev. Ana Roe, of Kessel Baptist Church"), so that another part ("The pilot")
    is the source (see :func:`pick_part`); "from" and a name alone only after a private person's noun ending the
    ``first`` part ("The pilot, from Traverse City"; not "The investigators, from the Anti-Fraud Bureau")."""
    words = part.split(" ")
    if len(words) >= 2 and opens_as_name(words[1]) and (
            words[0] == "of" or (words[0] == "from" and first.rpartition(" ")[2].lower() in PRIVATE_PERSONS)):
        return True
    if words[0].lower() not in ("a", "an"):
        return False
    named = name_start(words)
    if named < len(words) and named > 1 and private_person(words[:named - 1], words[named - 1]):
        return True  # "a 61-year-old man from Traverse City"
    words = words[2:] if len(words) > 2 and AGE_ALONE.fullmatch(words[1]) else words[1:]
    return (len(words) >= 2 and words[-1] in PRIVATE_PERSONS
            and all(opens_as_name(word) for word in words[:-1]))  # "a Kessel man", "a 40-year-old Kessel woman"
