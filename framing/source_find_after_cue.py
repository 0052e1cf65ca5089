"""A speaker written after their cue or quotation, or set apart before it: the name after an inverted cue
("..., said Karim Osei"), a description there ("said the 43-year-old"), a cue opening a sentence before
a quotation ('Said Ellis: "..."'), the speaker after a quotation ('"...," Koller said'), the source after
"according to", the speaker before a colon, the name a description is set apart after.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .furniture import GLUED_PARTICLES as _GLUED
from .given_names import is_given_name
from .person_names import personal_name
from .source_find_subjects import (
    BEFORE_CUE,
    FIGURE,
    LIST_JOINER,
    NOT_IN_SUBJECT,
    PIECE,
    SUBJECT_JOINERS,
    SUBJECT_REACH,
    SUBJECT_WORDS,
    fits_before,
    names_someone,
    subject_of,
)
from .source_keys import OPENERS, lead_length
from .source_kinds import is_role, trade_head
from .source_places import is_nationality
from .source_words import (
    AGE_ALONE,
    BODY_NOUNS,
    CALENDAR,
    DEMONYM,
    EDGE,
    GLUED_PARTICLE,
    NAME_AFTER_CUE_WORD,
    NAME_PARTICLE_RUN,
    NAMELESS_NOUNS,
    NOT_A_NAME_START,
    PERSON_ROLES,
    POSSESSIVE,
    PRIVATE_PERSONS,
    PRONOUNS,
    ROLE_SYNONYMS,
    TRADES,
)
from .turns import SPEECH_CUES_OPENING

#: Of those, the ones inside a body's name that holds "and" ("the Ministry of Trade and Industry"), not a list's.
_NAME_JOINERS = SUBJECT_JOINERS - {"the", "and", "&"}


#: What sets a quotation after its speaker and a colon, an aside's comma perhaps before it: speaking or talking to
#: an outlet, or telling one, named with capitals ("Tate speaking to Sky Sports: \"", "Ana Ruiz, talking to Radio
#: Kestrel: \"", "telling the Herald: \""), or a verb of singing that sets a lyric ("she sings: \"", "raps: \"").
_COLON_INTRO = re.compile(
    r"(?:,[^\S\r\n]*)?[^\S\r\n]+(?:(?:(?:speaking|talking)[^\S\r\n]+(?:to|with)|telling)[^\S\r\n]+(?:the[^\S\r\n]+)?"
    r"[A-Z][\w'’&.-]*(?:[^\S\r\n]+[A-Z][\w'’&.-]*){0,3}|sings|sang|raps|rapped|croons|crooned)"
    r"[^\S\r\n]*:[^\S\r\n]*[\"“]")
#: A speaker's name alone before a colon and a quotation, a liveblog's entry perhaps after its time ('Amsel: "We will
#: act."', '14:11 Amsel: "We will act."'): group "name" up to three capitalised words, which must name a person the
#: copy named or be written in full (see :func:`speaker_before_colon`).
_NAME_COLON_QUOTE = re.compile(r"(?:\d{1,2}[:.]\d{2}(?:[^\S\r\n]*(?i:[ap]\.?m\.?))?[^\S\r\n]+)?"
                               r"(?P<name>[A-Z][\w'’.-]*(?:[^\S\r\n]+[A-Z][\w'’.-]*){0,2})"
                               r"[^\S\r\n]*:[^\S\r\n]*[\"“]")
#: "He" or "she" ending the words before such a verb, at their start or after an opener's comma ("On Lantern, she").
_PRONOUN_AT_END = re.compile(r"(?:^|,\s+)(he|she)$", re.I)


def speaker_before_colon(text: str, known: Callable[[str], bool] = lambda word: False,
                         surnamed: Callable[[str], bool] = lambda word: False) -> tuple[int, int] | None:
    """Where in the sentence ``text`` the speaker stands of a quotation that a colon sets after them and their
    speaking to an outlet or singing (see ``_COLON_INTRO``: 'Tate speaking to Sky Sports: "We deserved that."', 'On
    Lantern, she sings: "Hold the light up.'), a format of sports and arts copy with no verb of speech: a subject as
    :func:`subject_before_cue` reads one (a surname alone where ``known`` says the document has named it), or "he"
    or "she" after an opener (a person the copy named, whom the profile finds as for a marked pronoun); failing
    those, a name alone before the colon, after a liveblog entry's time perhaps (see ``_NAME_COLON_QUOTE``: '14:11
    Amsel: "We will act."'), the surname of a person the document has named in full (``surnamed``) or a name in
    full with a known given name first; ``None`` for anything else."""
    skip = lead_length(text)
    found = _COLON_INTRO.search(text, skip, skip + SUBJECT_REACH)
    if found is None:
        return _name_alone_before_colon(text, skip, known, surnamed)
    head = text[skip:found.start()]
    pronoun = _PRONOUN_AT_END.search(head)
    if pronoun is not None:
        if not fits_before(list(PIECE.finditer(head[:pronoun.start()]))):
            return None
        return skip + pronoun.start(1), skip + pronoun.end(1)
    subject = subject_of(head, known)
    return (skip + subject[0], skip + subject[1]) if subject else None


def _name_alone_before_colon(text: str, skip: int, known: Callable[[str], bool],
                             surnamed: Callable[[str], bool]) -> tuple[int, int] | None:
    """Where in ``text``, from ``skip`` on, a speaker's name stands alone before a colon and a quotation (see
    ``_NAME_COLON_QUOTE``): the whole of it a subject (see :func:`subject_of`), ending in the surname of a person
    the copy named in full (``surnamed``: "Amsel", "Lotte Amsel") or opening with a known given name ("Helga
    Ostrand"); not "Inflation", nor a place, "Kestoria"; ``None`` for none."""
    alone = _NAME_COLON_QUOTE.match(text, skip)
    if alone is None or cue_opens_quotation(text[skip:]):  # 'Said Ellis: "...': the cue's own speaker, read there
        return None
    name = alone.group("name")
    words = name.split()
    person = surnamed(words[-1]) and (len(words) == 1 or words[-2][:1].isupper()) or is_given_name(words[0])
    if person and subject_of(name, known) == (0, len(name)):
        return alone.start("name"), alone.end("name")
    return None


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


#: An inverted cue, after a comma or a closing quotation mark (a headline's single one before its comma too), and a
#: description with "the" just after it (group "description"), up to four words, or a role of one lower-case word with
#: none, as headlines write it: '"We will rebuild the pier," said the 43-year-old.', "..., said the fisherman, who ...",
#: "Quarry firm 'not negligent', says boss after worker's death". What follows it ends the clause: a mark, the end or
#: "who"; after a quotation a word of where, when or whose too ('"...," said the mayor of Kessel', as after a name: see
#: ``_NAME_AFTER_CUE``), not after a plain comma, which may close an appositive before the subject's own verb ("Ana Roe,
#: a spokeswoman, said the former secretary of state knew").
_DESCRIPTION_AFTER_CUE = re.compile(r"(?:(?P<quoted>[,?!…]\s*[”\"’']|[”\"]|(?<=\w)[’'],)|,)\s*"
                                    r"(?:said|says|added|adds)\s+"
                                    r"(?P<description>[Tt]he\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+|[a-z][\w'’-]*)"
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
    return (AGE_ALONE.fullmatch(word) is not None or is_nationality(word) or DEMONYM.fullmatch(word) is not None
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
_BEFORE_ARTICLE = SUBJECT_JOINERS | frozenset("""by about within near over inside outside against across among
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
        if lowered in NOT_IN_SUBJECT or (words and lowered in _DETERMINERS
                                          and words[-1].group().lower() not in _BEFORE_ARTICLE):
            break
        words.append(word)
    while words and words[-1].group().lower() in SUBJECT_JOINERS:
        words.pop()
    written = [word.group().lower() for word in words]
    if not 0 < len(written) <= SUBJECT_WORDS or any(FIGURE.fullmatch(word.strip(EDGE)) for word in written):
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
                                  r"saying|telling))\b" % SUBJECT_WORDS)


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
    modifiers = BEFORE_CUE.search(found.group(1))  # "Mr. Perry also said": not "also"
    head = found.group(1)[:modifiers.start()] if modifiers else found.group(1)
    start, end = found.start(1), found.start(1) + len(head.rstrip())
    words = text[start:end].split()
    if words in (["he"], ["she"]):
        return start, end
    joined = LIST_JOINER.search(text, start, end)
    if joined and not _NAME_JOINERS & set(text[start:joined.start()].lower().split()) and names_someone(
            text[joined.end():end].split(), lambda word: True):
        return None  # the last of a list: "Smith and Jones", "the police and the army"
    if names_someone(words, lambda word: known(word) or not word.endswith("s")):
        return start, end
    return None
