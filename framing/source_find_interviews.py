"""Interviews and the writer's own asking: the person an interview is with, as its headline or introduction
names them ("Q&A with Jane Roe", "We spoke with her"), and the body the writer asked for comment.
"""

from __future__ import annotations

import re

from .given_names import given_name_sex, is_given_name
from .person_names import CAPITALISED_RUN, surnames_in
from .source_keys import text_key
from .source_words import (
    BODY_WORDS,
    BUSINESS_NAME_ENDS,
    EDGE,
    HEADLINE_SMALL_WORDS,
    INSTITUTIONS,
    NAME_PARTICLE_RUN,
    NOT_A_NAME_START,
    PARTICLES,
    PERSON_ROLES,
    PLACE_ENDS,
    POSSESSIVE,
    ROLE_WORD,
    TITLE,
)
from .turns import names_outlet

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
_WRITER_CALLING = r"(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Cc]olumnist|[Jj]ournalist|[Cc]ontributor)"
_WRITER_NAMED = (rf"{_WRITER_CALLING}[^\S\r\n]+{_INTRO_NAME_WORD}(?:[^\S\r\n]+{_INTRO_NAME_WORD}){{1,3}}")
#: A news outlet written with "The" talking to someone ("The Ledger spoke", "The Harlow Herald talked"): group
#: "outlet" its name, which must read as an outlet's (see :func:`framing.turns.names_outlet`; not "The Chancellor").
_OUTLET_TALKED = (r"\bThe[^\S\r\n]+(?P<outlet>[A-Z][\w'’-]*(?:[^\S\r\n]+[A-Z][\w'’-]*){0,2})"
                  r"[^\S\r\n]+(?:spoke|talked)")
#: Who an interview is with, as its headline or introduction says: "Q&A with Jane Roe", "Q&A: Jane Roe on ...",
#: "An interview with Finance Minister Jane Roe", "In conversation with Jane Roe", "We sat down with Jane Roe",
#: "Science writer Hal Dorrington spoke with Jane Roe" (see ``_WRITER_NAMED``), "The Ledger spoke with Jane Roe" (see
#: ``_OUTLET_TALKED``), "We asked Dr Jane Roe, a forecaster, what went wrong" (a name, as after a colon); and
#: whom a court transcript's examination questions: "Cross-examination of Ana Ruiz", "Direct examination of Dr. Ana
#: Ruiz", "EXAMINATION OF ANA RUIZ".
_INTERVIEWEE = re.compile(
    r"(?:\bQ\s?&\s?A|\bQ\s+and\s+A|\b[Ii]nterview|\bINTERVIEW|\b[Cc]onversation|\bCONVERSATION|\bsat\s+down"
    r"|\b(?:[Ww]e|I)\s+(?:spoke|talked)(?=\s+(?:to|with)\b)|\b(?:[Ww]e|I)\s+asked(?=[^\S\r\n])"
    rf"|\b{_WRITER_NAMED}[^\S\r\n]+(?:spoke|talked)(?=[^\S\r\n]+(?:to|with)\b)"
    rf"|{_OUTLET_TALKED}(?=[^\S\r\n]+(?:to|with)\b)"
    r"|\b(?:(?:[Cc]ross|[Dd]irect|[Rr]edirect|[Rr]ecross)[- ])?(?:[Ee]xamination|EXAMINATION)(?=[^\S\r\n]+(?:of|OF)\b))"
    r"[^\S\r\n]*(?P<joint>with|WITH|(?<=spoke[^\S\r\n])to|(?<=talked[^\S\r\n])to|(?<=asked)"
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
#: The writer's own outlet or one of its staff as the one talked to: "us", "this newspaper", "our reporter", "our
#: correspondent Clara Munt" or "our legal affairs editor, Tom Brennan" (a writer's calling after "our" and up to
#: three words of a desk, see ``_WRITER_CALLING``).
_TO_THE_WRITER = (rf"us\b|this[^\S\r\n]+(?:news)?paper\b"
                  rf"|our[^\S\r\n]+(?:[a-z]+[^\S\r\n]+){{0,3}}{_WRITER_CALLING}\b")
#: An interview's introduction naming whom it is with by "She" or "He" talking, in the past, to the writer's outlet,
#: "us", "this newspaper" or "our reporter" (see ``_TO_THE_WRITER``), as ``_TALKS_TO`` reads a name there: "She spoke
#: to us about the shadow fleet" after "Dr Imogen Sallis is a senior fellow ..." (group "pronoun"; the one person
#: named in full before it, see :func:`_person_before`); not "She spoke to reporters", whom the writer need not be
#: among.
_INTERVIEWEE_TALKED = re.compile(
    r"(?:^|(?<=[.!?]))[^\S\r\n]*(?P<pronoun>She|He)[^\S\r\n]+(?:talked|spoke|chatted)[^\S\r\n]+(?:to|with)"
    r"[^\S\r\n]+(?:(?:the|The)[^\S\r\n]+(?P<outlet>[A-Z][\w'’-]*(?:[^\S\r\n]+[A-Z][\w'’-]*){0,2})(?![\w'’-])"
    rf"|{_TO_THE_WRITER})", re.MULTILINE)
#: Who an interview is with, as a headline or an introduction opening a line names them before the verb of talking to
#: the interviewer, an appositive perhaps between: "Leila Haddad talks to Nina Obi about allergies", "Dr. Leila Haddad
#: speaks with the Herald"; in the past (group "past") only to an outlet (group "outlet", see :func:`_outlet_or_none`),
#: "us" or "this newspaper": "Anne Brooks, chief executive of Northfall Energy, spoke to the Ledger"; a role before
#: the name is passed over ("Former minister Ama Okonjo spoke to the Ledger": see ``_INTERVIEWEE_ROLE``).
#: A role before the name of ``_TALKS_TO``'s speaker, no writer's calling among its words ("Former minister"; not
#: "Science writer", whose writer talks to the one interviewed).
_TALKER_ROLE = rf"(?:(?!(?:[\w'’.&-]+[^\S\r\n]+){{0,3}}{_WRITER_CALLING}[^\S\r\n]){_INTERVIEWEE_ROLE})?"
_TALKS_TO = re.compile(
    rf"^[^\S\r\n]*{_TALKER_ROLE}(?P<name>{_INTRO_NAME_WORD}(?:[^\S\r\n]+{NAME_PARTICLE_RUN}{_INTRO_NAME_WORD}){{1,5}})"
    r"(?=(?:,[^,\r\n]{1,100},)?[^\S\r\n]+(?:(?P<joint>talks|speaks|chats)[^\S\r\n]+(?:to|with)\b"
    r"|(?P<past>talked|spoke|chatted)[^\S\r\n]+(?:to|with)[^\S\r\n]+(?:(?:the|The)[^\S\r\n]+"
    r"(?P<outlet>[A-Z][\w'’-]*(?:[^\S\r\n]+[A-Z][\w'’-]*){0,2})(?![\w'’-])"
    rf"|{_TO_THE_WRITER})))",
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
    introduction by a pronoun ("We sat down with her", "She spoke to us": see ``_INTERVIEWEE_TALKED``) or by a
    surname alone ("We spoke with Sorrentine") gives the one person named in full before it (see
    ``_INTERVIEWEE_PRONOUN``)."""
    matches = [*_INTERVIEWEE.finditer(text), *_BRIEFED.finditer(text), *_TALKS_TO.finditer(text)]
    for found in sorted(matches, key=lambda found: found.start()):
        group = "owner" if found.re is _BRIEFED and found.group("owner") else "name"
        name = found.group(group).rstrip(".,;:")
        if name.startswith(("The ", "THE ")) or not _outlet_or_none(found):
            continue
        end = found.start(group) + len(name)
        if found.re is _INTERVIEWEE and found.group("joint") == "":  # "We asked Dr Hanna Velt what went wrong"
            if _asked_person(name, text[end:]):  # not "We asked Kessel Bank", nor "We asked Tom Vask for comment"
                return found.start(group), end
            continue
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
    for talked in _INTERVIEWEE_TALKED.finditer(text):
        if _outlet_or_none(talked):
            return _person_before(text, talked.start(), "her" if talked.group("pronoun") == "She" else "him")
    return None


def _outlet_or_none(found: re.Match[str]) -> bool:
    """Whether an introduction ``found`` names no one talking, or an outlet (see ``_OUTLET_TALKED``): not "The
    Chancellor spoke with ...", whom the one spoken with need not be interviewed by."""
    outlet = found.groupdict().get("outlet")
    return outlet is None or names_outlet(outlet)


#: "at" or "in" just before a capitalised run: a place ("at Brisk Point", "in Harlow"), no person a pronoun may mean.
_PLACE_BEFORE = re.compile(r"(?<![\w'’-])(?:at|in)\s+$")


def _person_before(text: str, end: int, pronoun: str, surname: str | None = None) -> tuple[int, int] | None:
    """Where the one person is named in full in ``text`` before ``end`` whom ``pronoun`` ("her", "him") may mean:
    "Imelda Sorrentine" of "Dr. Imelda Sorrentine led the study. Science writer Hal Dorrington spoke with her" (a
    personal name as :func:`surnames_in` reads one, by a given name of the other sex never, nor a place after "at" or
    "in": see ``_PLACE_BEFORE``); ``None`` for no one,
    or for two people of different surnames. With a ``surname`` (a key, "sorrentine") rather than a pronoun, the one
    person of that surname ("We spoke with Sorrentine"); ``None`` for no one or two of different given names."""
    people: dict[str, tuple[int, int]] = {}
    lines = re.finditer(r"[^\r\n]+", text[:end])  # a name never runs on over a line break: "Ana Roe\n\nAna Roe has"
    for run in (run for line in lines for run in CAPITALISED_RUN.finditer(text, line.start(), line.end())):
        if _PLACE_BEFORE.search(text, 0, run.start()):
            continue  # "a former harbour master at Brisk Point": a place, no second person
        skip = _role_words_opening(run.group())
        surnames = surnames_in(run.group()[skip:])  # "Judge Miriam Oakes" is "oakes", "Chief Coroner" no one
        first = next((word for word in re.finditer(r"\S+", run.group()) if word.group() not in NOT_A_NAME_START
                      and word.start() >= skip), None)
        if len(surnames) != 1 or first is None:
            continue
        sex = given_name_sex(text_key(first.group()))
        if sex is None and (surnames <= BUSINESS_NAME_ENDS or names_outlet(POSSESSIVE.sub("", run.group()))):
            continue  # "Kestrel Renewables", a firm, "The Riverside Courier's", an outlet; "Samantha Power" a person
        if surname is None and sex not in (None, "she" if pronoun == "her" else "he"):
            continue  # "Tom Vell" is never "her"
        start, stop = run.start() + first.start(), run.start() + len(POSSESSIVE.sub("", run.group()))
        key = next(iter(surnames))  # the one
        if surname is None:
            people[key] = start, stop
        elif key == surname:
            people[text_key(text[start:stop])] = start, stop
    return next(iter(people.values())) if len(people) == 1 else None


def _role_words_opening(run: str) -> int:
    """How many characters of the capitalised ``run`` its role words take up before a person's name of two words or
    more ("Judge " of "Judge Miriam Oakes", "Chief Coroner " of "Chief Coroner Ann Hale", which
    :func:`framing.person_names.surnames_in` reads as no person's name whole); 0 where none do or no name follows."""
    words = list(re.finditer(r"\S+", run))
    for index, word in enumerate(words[:-2]):
        if not ROLE_WORD.fullmatch(word.group()):
            return 0
        rest = words[index + 1].start()
        if surnames_in(run[rest:]):
            return rest
    return 0


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


#: The writer asking for comment or a response after the name asked ("for comment", "to respond"): see
#: ``_ASKED_FOR_COMMENT``.
_FOR_COMMENT_AFTER = re.compile(r"[^\S\r\n]+(?:for[^\S\r\n]+(?:a[^\S\r\n]+|its[^\S\r\n]+|their[^\S\r\n]+)?"
                                r"(?:comment|response|reaction)|to[^\S\r\n]+(?:comment|respond))\b")


def _asked_person(name: str, after: str) -> bool:
    """Whether ``name``, whom an introduction's "We asked" or "I asked" names, is the person the interview is with:
    written with a title ("Dr Hanna Velt") or a known given name first, no body's or place's last word, and not asked
    for comment (see ``_FOR_COMMENT_AFTER``: "We asked Tom Vask for comment" is the writer seeking a response)."""
    words = name.split()
    person = TITLE.match(name) is not None or is_given_name(words[0].strip(EDGE))
    return (person and words[-1].strip(EDGE).lower() not in _NOT_A_PERSON_END
            and _FOR_COMMENT_AFTER.match(after) is None)


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
#: comment", "asked the council to respond", "We did ask Kelby University for a comment", "We put your comments to
#: the health board", "put these claims to Drayfield"; group "asked" or "put" the body): a name of capitalised words,
#: or "the" and lower-case words, up to what follows the body; not a body others call on or for to respond
#: ("Opposition leaders called on the government to respond").
_ASKED_FOR_COMMENT = re.compile(
    r"\b(?:(?:contacted|approached|asked|emailed|called|did\s+(?:contact|approach|ask|email|call))"
    r"\s+(?!(?:on|upon|for)\s)"
    r"(?P<asked>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?)"
    r"\s+(?:for\s+(?:a\s+|its\s+|their\s+)?(?:comment|response|reaction)|to\s+(?:comment|respond))|"
    r"put\s+(?:(?:the|these|those|its|our|your|his|her|their)\s+)?(?:[a-z]+\s+)?(?:claims?|questions?|allegations?|"
    r"comments|findings|criticisms?|points|accusations?|figures)\s+to\s+"
    r"(?P<put>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?)(?=\s+(?:on|this|last|yesterday|today|earlier|but|and)\b|"
    r"\s*[,.;]|\s*$))")


#: The writer, in the first person, asking a body about the matter ("We did ask Ostley Port Holdings about those
#: letters", "I asked the council about the claims"; group "asked" the body): as asking it for comment; not another's
#: asking ("The union asked members about the offer").
_WE_ASKED_ABOUT = re.compile(
    r"\b(?:[Ww]e|I)\s+(?:(?:also|then|have|had)\s+)?(?:asked|did\s+ask)\s+"
    r"(?P<asked>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?)"
    r"\s+about\s+(?:the|these|those|this|that|its|their|his|her|our|your)\s")


def asked_for_comment(text: str) -> tuple[int, int] | None:
    """Where in the sentence ``text`` the body stands that the writer asked for comment or put claims to (see
    ``_ASKED_FOR_COMMENT``, ``_WE_ASKED_ABOUT``): "the health board" of "We put your comments to the health board this
    morning.", so that "A spokesman said ..." just after is its spokesperson; ``None`` where it asks no one, or asks
    a person by a pronoun ("asked him for comment")."""
    found = _ASKED_FOR_COMMENT.search(text) or _WE_ASKED_ABOUT.search(text)
    if found is None:
        return None
    group = "asked" if found.group("asked") is not None else "put"
    if found.group(group).lower() in ("him", "her", "them", "it", "us", "me", "you"):
        return None
    return found.start(group), found.end(group)
