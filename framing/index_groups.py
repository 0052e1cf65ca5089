"""Groups, counts and shares of people as the source index reads them: "the two", "one of them", "a
group of residents", "most of those polled", a team at a body.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache

from .index_body_words import COLLECTIVE_BODIES, GROUP_AT_BODY
from .index_name_words import GROUP_HEADS, NAMES_KEPT
from .source_keys import counted_key, text_key
from .source_kinds import people_plural
from .source_words import DOCUMENTS, EDGE, GROUP_GOES_ON, INQUIRIES, JOINERS, PERSON_ROLES, POSSESSIVE
from .source_words import PRIVATE_PERSONS, QUANTIFIERS

#: A count with "the" ("The two", "the pair", "the trio"; group 1) or "both" (group 2), perhaps before a plural noun
#: (group 3: "Both lawmakers", "the two men"): the people just named together, whom the count means (see
#: :meth:`SourceIndex._named_together`), never a source called "two"; "the" may stand just before the span.
COUNT_OF_NAMED = re.compile(r"(?i:the\s+(two|three|four|pair|trio)|(both))(?:\s+([a-z]+))?")
#: How many people each count of ``COUNT_OF_NAMED`` means, and a group's counting word ("two former employees").
COUNTS = {"two": 2, "three": 3, "four": 4, "pair": 2, "trio": 3, "both": 2}

#: One of a group just named, with no name of its own ("One said", "one of them"), and the nouns besides a count
#: (``QUANTIFIERS``) or a role's plural that make a source such a group (see :func:`plural_group`).
ONE_OF_THEM = frozenset(("one", "one of them", "one of those", "another", "another of them"))

#: A count of documents of one kind, a word or two before the noun allowed (group "between": "Two letters seen by the
#: Courier ...", "Three internal memos show ..."), one of which a "One" opening the next sentence means (see
#: :func:`counts_documents`); "figures" and "minutes" left out, which count people and time as often ("Two senior
#: figures in the party", "Two minutes later").
_COUNTED_DOCUMENTS = re.compile(rf"(?<![\w'’-])(?i:two|three|four|five|six|several|both)\s+"
                                rf"(?P<between>(?:[a-z][\w-]*\s+){{0,2}}?)(?!(?:figures|minutes)(?![\w'’-]))"
                                rf"(?:{DOCUMENTS}|emails|messages|texts|contracts|files|documents|notes|invoices)"
                                rf"(?![\w'’-])")


#: A count of people, up to two words before their plural ("Three officers", "Two senior officials", "12 men"),
#: whom a "One" after it means before any documents counted later in the sentence (see :func:`counts_documents`).
_COUNT_THEN_WORDS = re.compile(r"(?<![\w'’-])(?:(?i:two|three|four|five|six|seven|eight|nine|ten|several|both)|\d+)"
                               r"((?:\s+[a-z][\w-]*){1,3})")


def counts_documents(sentence: str) -> bool:
    """Whether ``sentence`` counts documents of one kind (see ``_COUNTED_DOCUMENTS``: "Two letters seen by the
    Courier describe the deal."), so that "One" opening the sentence after it is one of them, no source; not where
    the count is of people who hold them, a word between a plural of people ("Two families wrote letters ...",
    "Both men kept records ...": "One" after is one of them), nor where a count of people comes before the
    documents' ("Three officers read the two letters.": "One" after is an officer)."""
    return any(not _people_in(found.group("between")) and not any(
        _people_in(count.group(1)) for count in _COUNT_THEN_WORDS.finditer(sentence, 0, found.start()))
               for found in _COUNTED_DOCUMENTS.finditer(sentence))


def _people_in(words: str) -> bool:
    """Whether one of the lower-case ``words`` is a plural of people ("officials", "families", "men")."""
    return any(people_plural(word) or word in PRIVATE_PERSONS or word.endswith("men") for word in words.split())


#: A count of a group named before ("two of the people", "one of those officials"; see :func:`group_member`), and how
#: many of the sources named last are looked through for that group.
_OF_THE_GROUP = re.compile(r"(?:one|another|two|three|four|five|six|seven|eight|nine|ten|several|some|many|both|each|"
                           r"most|all|none|a\s+few)\s+of\s+(?:the|those|these)\s+(.+)")
GROUP_LOOKBACK = 8
#: A share of a poll's respondents as a source's key, a word of degree before it allowed: a percentage ("another 19
#: percent", "fifty-nine percent of voters"), a majority ("majority of voters"; not "majority leader tom vask") or a
#: count out of a number ("nearly eight of 10 voters", "two in three americans"; not "two of the people", "two of
#: three judges"); groups "of", "of_most", "of_count" whose share it is, when named: see :meth:`SourceIndex.add`.
SHARE = re.compile(r"(?:(?:just|only|nearly|almost|about|around|roughly|some|another|fully|over|under|more than|"
                    r"fewer than|less than|a further|an additional)\s+)?"
                    r"(?:(?:\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s*(?:percent|per cent|%)(?P<of>\s+of\s+.+)?"
                    r"|(?:\w+\s+)?(?:majority|plurality)(?P<of_most>\s+of\s+.+)?"
                    r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:(?:in|out of)\s+"
                    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|every \w+)|of\s+(?:10|ten|100))"
                    r"(?P<of_count>\s+.+)?)")


def names_a_group(share: re.Match[str]) -> bool:
    """Whether the ``SHARE`` match ``share`` names whose share it is ("of voters", "10 voters")."""
    return any(share.group(group) for group in ("of", "of_most", "of_count"))


#: How many sentences back a poll or survey named as a source is still in view for a share of its respondents.
POLL_REACH = 5
#: A sentence's opening "Among", perhaps after a conjunction, just before a source span ("Among likely voters, 46
#: percent said", "But among Republicans, ..."): the span writes who was asked, a poll's respondents, no speaker.
_AMONG_OPENING = re.compile(r"(?:(?:and|but|yet|still|meanwhile),?\s+)?among\s+", re.IGNORECASE)
#: Words up to the comma after such a span that make it no respondents: a possessive ("Among Ruiz's proposals was"),
#: or a verb of an inverted clause ("Among the critics was Ana Ruiz, who said").
_AMONG_NO_RESPONDENTS = re.compile(r"[^,:;]*?(?:['’]s\b|\b(?:was|were|is|are)\b)")


def respondents_among(text: str, before: str, after: str) -> bool:
    """Whether the source span ``text``, between ``before`` and ``after`` in its sentence, writes who was asked after
    its opening "Among" (see ``_AMONG_OPENING``): "likely" of "Among likely voters, 46 percent said", not "Ruiz's"
    of "Among Ruiz's proposals was" (see ``_AMONG_NO_RESPONDENTS``)."""
    return (_AMONG_OPENING.fullmatch(before.lstrip(EDGE)) is not None
            and _AMONG_NO_RESPONDENTS.match(text + after) is None)


def count_alone(text: str) -> bool:
    """Whether the span ``text`` is a count alone, "the" before it, or "both" ("The two", "Both", "the pair"; see
    ``COUNT_OF_NAMED``): people named together before, never a source of its own, who speak as "they" do."""
    found = COUNT_OF_NAMED.fullmatch(text.strip(EDGE))
    return found is not None and found.group(3) is None


#: "The" (or "these", "those") or "another" written before a lone noun, in its span or just before it (the span cut
#: after it): "the people", "these people", "another person" (see :func:`group_reference`).
_THE_OR_ANOTHER = re.compile(r"(?:^|\s)(the|these|those|another)\s*$", re.I)


#: The bare plural by which a study's team is written again ("The researchers said", "Its authors said").
STUDY_TEAM_NOUNS = ("researchers", "scientists", "authors")


def placed_plural(name: str) -> str | None:
    """The plural noun of people heading the canonical ``name`` when it is a group placed at or from a body (see
    ``GROUP_AT_BODY``: "researchers" of "researchers at the vell lab"), ``None`` for any other name."""
    plural = placed_noun(name)
    return plural if plural and people_plural(plural) else None


def placed_noun(name: str) -> str | None:
    """The plural noun heading the canonical ``name`` when it is a group placed at or from a body (see
    ``GROUP_AT_BODY``: "biologists" of "marine biologists at selby university"), ``None`` for any other name."""
    placed = GROUP_AT_BODY.fullmatch(name)
    plural = re.search(r"([a-z-]+) (?:at|from|with) ", name[:placed.start(1)]) if placed else None
    return plural.group(1) if plural else None


#: A plural owner's document or inquiry ending a span ("' report" of "The investigators' report", "' final
#: findings"): the owner, written so, is the group that speaks through it (see :func:`group_reference`).
_PLURAL_OWNERS_DOCUMENT = re.compile(rf"(?<=s)['’]\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{DOCUMENTS}|{INQUIRIES})\Z")


def group_reference(bare: str, text: str, before: str) -> str:
    """The canonical ``bare`` of the span ``text`` as a reference to a group named before reads it (see
    :func:`group_member`): a lone noun with "the" or "another" written before it, in the span or just before it
    ("the people", "another person" of "..., another person cautioned"), keeps that word, and "these" or "those"
    is "the" ("these people said"), and so does such a noun owning a document ("the investigators" of "The
    investigators' report"); any other is ``bare``."""
    pointing, _, noun = bare.partition(" ")
    if pointing in ("these", "those") and noun and " " not in noun:
        return f"the {noun}"  # the span holds the word: "these people"
    written = _PLURAL_OWNERS_DOCUMENT.sub("", text.strip(EDGE))
    if " " in bare or not written.lower().endswith(bare):
        return bare
    found = _THE_OR_ANOTHER.search(written[:-len(bare)] or before)
    if found is None:
        return bare
    return f"{'another' if found.group(1).lower() == 'another' else 'the'} {bare}"


def group_member(name: str, group: str) -> bool:
    """Whether the canonical ``name`` is one or some of the unnamed ``group`` (see :func:`plural_group`) named
    before it: a count of it ("two of the people", "one of the officials" after "people familiar with the matter",
    "officials briefed on the talks"), the group again by its noun with "the" ("the people") or one or another of it
    by the noun's singular ("one official", "another person", see :func:`group_reference`), or one such person,
    described with the group's words after its noun ("person familiar with the matter", "source close to the
    board", "former employee at the depot"). Not one of other people ("one of the bankers", "another banker"), nor
    one described otherwise ("person close to the buyer"). A group owned by a body's first words ("kellin
    researchers") is the group placed at that body before ("security researchers at kellin labs", see
    ``GROUP_AT_BODY``), of the same plural noun."""
    member = _OF_THE_GROUP.fullmatch(name)
    group_goes_on = GROUP_GOES_ON.search(group)
    group_head = group[:group_goes_on.start()] if group_goes_on else group
    if member:
        return member.group(1) in (group, group_head, group_head.rsplit(" ", 1)[-1])
    placed = GROUP_AT_BODY.fullmatch(group)
    owner, _, plural = name.rpartition(" ")
    if (placed and owner and plural == group_head.rsplit(" ", 1)[-1]
            and placed.group(1).split(" ")[:len(owner.split(" "))] == owner.split(" ")):
        return True  # "Kellin researchers" after "security researchers at Kellin Labs": the body's first words
    article, _, noun = name.partition(" ")
    if article in ("the", "another", "one") and noun and " " not in noun:
        plural = group_head.rsplit(" ", 1)[-1]
        return noun == plural if article == "the" else plural in _plurals(noun)
    goes_on = GROUP_GOES_ON.search(name)
    if goes_on is None or group_goes_on is None or name[goes_on.start():] != group[group_goes_on.start():]:
        return False
    words, group_words = name[:goes_on.start()].split(" "), counted_key(group_head).split(" ")
    if group_words[0] in QUANTIFIERS or group_words[0].isdigit():
        group_words = group_words[1:]  # "two former employees at the depot": "a former employee at the depot"
    plural = group_words[-1] if group_words else ""
    return words[:-1] == group_words[:-1] and plural in _plurals(words[-1])


#: A body of people described by whom it is made of ("panel of 40 climate scientists", "small group of students at
#: Orrin", "group of investigators hired by the Coastal Union"; group 1 their plural noun), whom "the scientists"
#: means as the body (see :func:`members_of`).
_MADE_OF_PEOPLE = re.compile(rf"(?:[\w-]+\s)*?(?:{'|'.join(sorted(COLLECTIVE_BODIES))})\s+of\s+"
                             r"(?:[\w-]+\s){0,3}?([a-z]+)(?=$|\s(?:at|from|in|who|on|hired|appointed|retained|"
                             r"employed|led)\s)")


#: A player's position, by which sports copy writes of a player it named by name alone ("Orr denied diving. '...,' the
#: striker said."): the player credited just before, when no one was written with it (see
#: :meth:`SourceIndex._description_stands_for`).
POSITIONS = frozenset("""striker forward winger midfielder defender goalkeeper keeper playmaker full-back
    centre-back left-back right-back wing-back""".split())
#: Nouns of one person the copy will not name, whom "the insider" or "the source" means again ("a source close to
#: the singer", "an insider at the club", "a person familiar with the talks"; see :func:`anonymous_one_again`).
_ANONYMOUS_ONES = frozenset("source insider person".split())


def anonymous_one_again(member: str, name: str) -> bool:
    """Whether ``member``, a lone noun with "the" (see :func:`group_reference`), is the one unnamed person of the
    canonical ``name`` again: "the source" or "the insider" after "source close to the singer" or "insider at the
    club", "the person" after "person familiar with the talks" (its noun one of ``_ANONYMOUS_ONES``, set before a
    word of ``GROUP_GOES_ON``: what makes it a source the copy will not name, as "people familiar with the matter"
    is a group); "the source" after a bare "insider" and "the insider" after a bare "source", as tabloid copy writes
    one unnamed informant ("An insider told the Sparkle ... The source added")."""
    article, _, noun = member.partition(" ")
    goes_on = GROUP_GOES_ON.search(name)
    head = name[:goes_on.start()] if goes_on else name if name in _ANONYMOUS_ONES - {"person"} else ""
    return (article == "the" and head in _ANONYMOUS_ONES
            and (noun == head or noun in _ANONYMOUS_ONES - {"person"} and head != "person"))


#: One of two unnamed informants told apart by order ("the second source", "the other insider", "the first
#: source"): group 1 the word of order.
_INFORMANT_BY_ORDER = re.compile(r"the\s+(first|former|second|other|latter)\s+(?:source|insider|person)", re.I)
#: Words that tell a second or later unnamed informant from the first ("Another insider", "A second source", "a
#: third insider").
_ANOTHER = re.compile(r"(?:another|second|third|fourth|fifth|other)\s+")


def informant_by_order(text: str) -> int | None:
    """Which of two unnamed informants the source span ``text`` means by order (see ``_INFORMANT_BY_ORDER``): 0 for
    "the first source", 1 for "the second source" or "the other insider"; ``None`` for any other span."""
    found = _INFORMANT_BY_ORDER.fullmatch(text.strip(EDGE))
    if found is None:
        return None
    return 0 if found.group(1).lower() in ("first", "former") else 1


def unnamed_informant(name: str) -> bool:
    """Whether the canonical ``name`` is one unnamed informant ("insider", "another insider", "source close to the
    singer", "a second source"; see ``_ANONYMOUS_ONES``), whom the copy will not name."""
    bare = _ANOTHER.sub("", name, count=1) if _ANOTHER.match(name) else name
    goes_on = GROUP_GOES_ON.search(bare)
    return (bare[:goes_on.start()] if goes_on else bare) in _ANONYMOUS_ONES


@lru_cache(maxsize=NAMES_KEPT)
def members_of(name: str) -> str | None:
    """The plural noun of the people the canonical ``name`` is a body made of ("scientists" of "panel of 40 climate
    scientists"; see ``_MADE_OF_PEOPLE``), the body "the scientists" then means; ``None`` for any other name. Kept
    once read: each mention reads the sources named just before it (see :meth:`SourceIndex.add`)."""
    found = _MADE_OF_PEOPLE.match(name)
    return found.group(1) if found and people_plural(found.group(1)) else None


def _plurals(noun: str) -> set[str]:
    """The plurals a group of the lower-case ``noun``'s people may be written with ("people" of "person")."""
    return {"people", "persons"} if noun == "person" else {f"{noun}s", f"{noun}es"}


def runs_holding(words: Sequence[str], keys: Collection[str]) -> list[bool]:
    """For each of ``words``, whether the run of capitalised words (small words of ``JOINERS`` between them) that
    holds it holds a word whose key is among ``keys`` ("Fish and Wildlife Service" for "service"); a mark after a
    word ("Portvale,") ends its run. One pass, however long the run."""
    runs: list[list[int]] = [[]]
    for at, word in enumerate(words):
        if not (word[:1].isupper() or word in JOINERS) or (runs[-1] and not words[runs[-1][-1]][-1:].isalnum()):
            runs.append([])
        if word[:1].isupper() or word in JOINERS:
            runs[-1].append(at)
    held = [False] * len(words)
    for run in runs:
        if any(text_key(POSSESSIVE.sub("", words[k].strip(EDGE)).strip(EDGE)) in keys for k in run):
            for k in run:
                held[k] = True
    return held


#: Prepositions after which a capitalised run is read as a place (see :func:`placed_words`).
_PLACE_PREPOSITIONS = frozenset("in into inside within across throughout near toward towards outside at".split())
#: Verbs of going somewhere, after which "to" (or "back to") sets a place: "flew to Reno", "drove back to Portvale".
_MOTION_VERBS = frozenset("""fly flies flew flown flying travel travels travelled traveled travelling traveling go
    goes went gone going drive drives drove driven driving sail sails sailed sailing return returns returned returning
    head heads headed heading move moves moved moving flee flees fled fleeing""".split())
#: Articles before a capitalised word and a lower-case noun, a place's or a name's word set before the noun ("the
#: Portvale rally").
_ARTICLES = frozenset("the a an".split())


def placed_words(words: Sequence[str]) -> list[bool]:
    """For each of ``words``, whether it is a capitalised word written where a place is: in a capitalised run just after
    a preposition of place ("in Reno") or a verb of going and "to" ("flew to Reno", "went back to Reno"; see
    ``_MOTION_VERBS``), or in a run that a comma sets after such a run ("in Reno, Nevada"), or alone
    between an article and a lower-case word ("the Portvale rally"). A body named elsewhere ("the Kessel Border
    Force", "Divers from Frontex") is not. One pass."""
    placed = [False] * len(words)
    run_placed = False
    for at, word in enumerate(words):
        if not word[:1].isupper():
            run_placed = False
            continue
        before = words[at - 1] if at else ""
        if not before[:1].isupper():  # a run opens
            alone = at + 1 < len(words) and words[at + 1][:1].islower() and word[-1:].isalnum()
            run_placed = (before in _PLACE_PREPOSITIONS or (before.lower() in _ARTICLES and alone)
                          or (before == "to" and _went(words[:at - 1])))
        elif not before[-1:].isalnum():  # a mark ends the run before: a comma goes on with its place
            run_placed = run_placed and before.endswith(",")
        placed[at] = run_placed
    return placed


def _went(words: Sequence[str]) -> bool:
    """Whether ``words``, those before a "to", end with a verb of going, "back" perhaps after it ("flew", "went
    back"; see ``_MOTION_VERBS``)."""
    last = [word.lower() for word in words[-2:]]
    if last[-1:] == ["back"]:
        last.pop()
    return bool(last) and last[-1] in _MOTION_VERBS


@lru_cache(maxsize=NAMES_KEPT)
def plural_group(name: str) -> bool:
    """Whether the canonical ``name`` is an unnamed group of people: counted ("two former employees", "several
    residents") or people, sources or officials written with no count ("people familiar with the matter")."""
    first = counted_key(name).split(" ", 1)[0]
    head = GROUP_GOES_ON.split(name, 1)[0].rsplit(" ", 1)[-1]
    return ((first in QUANTIFIERS and first != "one") or first.isdigit()
            or head in GROUP_HEADS or (head.endswith("s") and head[:-1] in PERSON_ROLES))


#: A poll's nouns, either of which "the" may write for the other ("the survey" of "a Marsh College poll").
POLL_NOUNS = frozenset("poll survey".split())
