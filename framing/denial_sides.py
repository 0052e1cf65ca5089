"""The sides of a denial and their names: the bodies a source speaks for (a spokesperson's, an officer's, a
minister's), the clients of a lawyer, a press release's issuer; whether a sentence names a denier or a
body of its side, by its whole name, its head word, its initials or a firm's first word.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Mapping, Sequence

from .credit_clauses import ACCOUNT_NOUNS
from .credit_persons import nameless_person
from .credit_speakers import Mention
from .credit_weasels import generic_source
from .denial_words import CONTENT_LENGTH, NOT_CONTENT, without_sources
from .document import Sentence
from .furniture import contact_issuer, is_release_banner, release_issuer, wire_release_issuer
from .given_names import given_name_sex, is_given_name
from .index_body_words import BODY_SCOPES
from .source_keys import head_word, text_key, without_legal_form
from .source_places import nationality_places
from .source_words import BODY_NOUNS, CIVIC_NAME_WORDS, COMPANY_WORDS, EDGE, FIRM_NAME_ENDS
from .turns import QUOTED_RUN

#: A possessive ending a word ("Hollow's" of "Hollow's lawyers").
POSSESSIVE_END = re.compile(r"['’]s?\Z")


def same_side(speaker: str | None, source: str, side: frozenset[str]) -> bool:
    """Whether ``speaker`` is ``source`` or one of the bodies of its ``side`` (lower case, see
    :func:`_bodies_spoken_for`), by name, by name without its legal form ("harlow inc" for "a spokesperson for
    Harlow"; see :func:`framing.source_keys.without_legal_form`), by a one-word name written short that opens or ends
    the speaker's, no body's noun ("glimmer" of "A spokesperson for the Glimmer" for "daily glimmer", "dravik" for
    "dravik bank"), or one by the other's initials ("ohccr" and "office of the high commissioner for civic
    rights")."""
    if speaker is None:
        return False
    bare = without_legal_form(speaker)
    words = speaker.split(" ")
    return speaker == source or any(speaker in (body, _initials(body)) or body in (_initials(speaker), bare)
                                    or (body in (words[0], words[-1]) and body not in BODY_NOUNS)
                                    for body in side)


def _initials(name: str) -> str:
    """The initials of the words of ``name`` but its joining words, when they are three or more ("ohccr" of "office of
    the high commissioner for civic rights"); else empty."""
    initials = "".join(word[0] for word in name.split() if word not in ("of", "the", "and", "for"))
    return initials if len(initials) > 2 else ""


def names_side(sentence: Sentence, source: str, side: frozenset[str]) -> bool:
    """Whether ``sentence`` names ``source`` or a body of its ``side`` outside its own sources (see :func:`names_any`):
    by the whole name or its head word when a content word, singular or plural ("the quarry" for "pellow
    quarries")."""
    names = {name for body in (source, *side) for name in denier_names(body)}
    return names_any(sentence, frozenset(names | {_singular(name) for name in names}))


def _singular(word: str) -> str:
    """``word`` without a plural ending: "quarry" of "quarries", "ministry" of "ministries", "firm" of "firms"."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


#: How long a proper word of two sources' names is at least, to be the same name (see :func:`named_alike`).
_NAME_STEM = 5


def named_alike(speaker: str, denier: str | None) -> bool:
    """Whether ``speaker`` and ``denier`` share a proper word of their names, one the other's start (a state's name
    and its adjective or possessive: "veltrian embassy" and "veltria's ministry", "veltrian foreign ministry"), a body's
    noun and short words left out: bodies of the same state or organisation."""
    if denier is None:
        return False
    return any(one.startswith(other) or other.startswith(one)
               for one in _proper_words(speaker) for other in _proper_words(denier))


#: Words many bodies' names share, of their reach or their field, which name no one state or organisation: "federal"
#: of "federal rights centre" and "federal interior ministry" makes them no bodies of one side.
_SHARED_NAME_WORDS = BODY_SCOPES | CIVIC_NAME_WORDS | frozenset(
    """foreign interior health justice defence defense rights human public central general united royal
    civil""".split())
#: Words of a source's name that name no state or organisation: bodies' nouns and ``_SHARED_NAME_WORDS``.
_NO_PROPER_WORDS = BODY_NOUNS | _SHARED_NAME_WORDS


def _proper_words(name: str) -> set[str]:
    """The words of a source's ``name`` that may name a state or organisation: no body's noun nor a word many
    bodies' names share (see ``_SHARED_NAME_WORDS``), at least ``_NAME_STEM`` letters long once a possessive or
    plural ending is dropped ("veltria" of "veltria's")."""
    words = (word.rstrip("'’s") for word in name.split() if word not in _NO_PROPER_WORDS)
    return {word for word in words if len(word) >= _NAME_STEM}


#: A local council's name after the place it governs (group 1): "marlshire" of "marlshire county council", "tarnby"
#: of "tarnby borough council".
_COUNCIL_OF_PLACE = re.compile(r"(.+?)\s+(?:(?:county|city|borough|district|town|parish|metropolitan\s+borough)\s+)?"
                               r"council")


def serves_denier(served: Sequence[frozenset[str]] | None, index: int, credited: dict[int, str], denier: str) -> bool:
    """Whether the source credited with the sentence at ``index`` speaks for ``denier`` (``served``, see
    :func:`bodies_served`: "Brightwell CEO Rowena Tate" for "brightwell"), by name or by the denier's initials ("FNZ
    chief executive Miriam Thwaite" for "federation of northern zoos"), or for a local council by the place it
    governs (see ``_COUNCIL_OF_PLACE``: "Marlshire's director of children's services, Paul Denby" for "marlshire
    county council"): its claim is the denier's own side's account, no allegation it denies."""
    council = _COUNCIL_OF_PLACE.fullmatch(denier)
    names = {denier, _initials(denier), *([council.group(1)] if council else [])}
    return served is not None and index in credited and bool(names & served[index])


def serves_with(served: Sequence[frozenset[str]] | None, index: int, credited: dict[int, str],
                 bodies: frozenset[str]) -> bool:
    """Whether the source credited with the sentence at ``index`` speaks for one of the ``bodies`` a denier speaks
    for (``served``, see :func:`bodies_served`): "Board chief executive Tom Doyle said ... A spokesman for the board
    said it stood by Mr Doyle's remarks." is one side, no denial of its own chief's claim."""
    return served is not None and index in credited and bool(served[index] & bodies)


def names_denier(claim: Sentence, denier: str | None) -> bool:
    """Whether ``claim`` names ``denier`` outside its own sources, as whom it is about ("Open Ledger accused
    the transport ministry of ..." for the transport ministry's denial): by the whole name, or by its head word
    (see :func:`framing.source_keys.head_word`) when that is a content word ("ministry", "corvell"; not "ag" or
    "spokesperson")."""
    return (names_any(claim, denier_names(denier)) or _names_firm_by_first_word(claim, denier)
            or _names_firm_by_noun(claim, denier))


#: A firm's first word, capitalised, before a lower-case noun it qualifies ("Veltrix" of "a flaw in the Veltrix
#: gateway"): group 1 the word; see :func:`_names_firm_by_first_word`.
_FIRST_WORD_BEFORE_NOUN = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{3,})\s+(?=[a-z])")


def _names_firm_by_first_word(claim: Sentence, denier: str | None) -> bool:
    """Whether ``claim`` names the firm ``denier`` ("veltrix systems", its last word a firm's: see
    ``FIRM_NAME_ENDS``) by its first word alone, capitalised inside the sentence before a lower-case noun it
    qualifies, outside its own sources ("It urged hospitals to patch a flaw in the Veltrix gateway" for Veltrix
    Systems' denial): what the claim is about is the firm's product. Not a given name nor a nationality's word
    ("Kessel" of "Kessel Software" may be a place's: "Kesselian"), which name others."""
    if denier is None or " " not in denier:
        return False
    first, _, rest = denier.partition(" ")
    if rest.rpartition(" ")[2] not in FIRM_NAME_ENDS or is_given_name(first) or nationality_places(first.title()):
        return False
    text = without_sources(claim)
    return any(found.start() > 0 and text_key(found.group(1)) == first
               for found in _FIRST_WORD_BEFORE_NOUN.finditer(text))


#: "the company" or "the firm" inside a claim: see :func:`_names_firm_by_noun`.
_THE_FIRM = re.compile(r"\b[Tt]he\s+(?:company|firm)\b")


def _names_firm_by_noun(claim: Sentence, denier: str | None) -> bool:
    """Whether ``claim`` writes "the company" or "the firm" outside its own sources when ``denier`` is a firm by its
    name's last word or legal form ("tarnside water", "orvane ltd": see ``FIRM_NAME_ENDS``): "Campaigners say the
    company has been pumping water to a chip factory." is about Marlow Water's denial, as "the company" stood for
    the firm the copy wrote of."""
    if denier is None or " " not in denier:
        return False
    last = denier.rpartition(" ")[2]
    firm = last in FIRM_NAME_ENDS or without_legal_form(denier) != denier
    return firm and _THE_FIRM.search(without_sources(claim)) is not None


#: A body's noun before the "of" of its name ("ministry" of "ministry of agriculture", "department" of "kestoria
#: department of health"), by which copy names it short after naming it whole.
_BODY_BEFORE_OF = re.compile(rf"(?<![\w'-])({'|'.join(sorted(BODY_NOUNS))}) of (?=\w)")


def denier_names(denier: str | None) -> frozenset[str]:
    """The names by which a sentence names ``denier`` (see :func:`names_denier`): the whole, and its head word when
    that is a content word; a body's noun before its "of" too ("ministry" of "ministry of agriculture": "The Bakers'
    Guild accused the ministry of ..."); a firm's first word too, as an owner ("kestrel's" of "kestrel freight lines",
    see ``FIRM_NAME_ENDS``: "Kestrel's finance chief"); a state body's owner too ("norvia" of "norvia's foreign
    ministry", see ``_STATE_OWNER``); none for no denier."""
    if denier is None:
        return frozenset()
    head = head_word(denier)
    names = {denier, head} if len(head) >= CONTENT_LENGTH and head not in NOT_CONTENT else {denier}
    names.update(_BODY_BEFORE_OF.findall(denier))
    first = denier.partition(" ")[0]
    if head in FIRM_NAME_ENDS and first != head:
        names.add(f"{first}'s")
    owner = _STATE_OWNER.match(denier)
    if owner and len(owner.group(1)) >= CONTENT_LENGTH and owner.group(1) not in NOT_CONTENT:
        names.add(owner.group(1))
    return frozenset(names)


#: A state's body named by its owner's possessive ("norvia's foreign ministry", "ostria's embassy in bresk", "kelvar's
#: government"; a key, lower case): group 1 the owner, the country or state whose side the body speaks for, so that a
#: claim naming it ("People familiar with the case said the foreign power was Norvia") is about the denier.
_STATE_OWNER = re.compile(r"([a-z][\w-]*(?: [a-z][\w-]*)?)'s (?:[a-z][\w-]* ){0,2}"
                          r"(?:ministry|embassy|consulate|government|presidency|foreign office|cabinet|mission)\b")


def names_any(claim: Sentence, names: frozenset[str]) -> bool:
    """Whether ``claim`` writes one of ``names`` (lower case, whole words) outside its own sources."""
    return writes(without_sources(claim), names)


def writes(text: str, names: frozenset[str]) -> bool:
    """Whether ``text`` writes one of ``names`` (lower case, whole words)."""
    if not names:
        return False
    text = text_key(text)  # a name not in it at all is not searched for as a whole word (most are not)
    return any(name in text and re.search(rf"(?<![\w'-]){re.escape(name)}(?![\w-])", text) for name in names)


#: The abbreviated titles of a firm's chief officers: CEO, CFO, COO, CTO, CIO, CMO, CDO.
_OFFICER_ABBREVIATIONS = r"c[efotimd]o"
#: Roles in which a person speaks for a body, and a body's name beside one (capitalised words, "of" or "and"
#: between, not opening with an article): see :func:`_bodies_spoken_for`; a union's organiser too ("Union organiser
#: Ada Okafor", "Ada Okafor, a union organiser"), and a firm's officer ("Its chief technology officer", "Acme CFO").
_SPEAKING_ROLES = (r"spokes(?:man|woman|person|people|men|women)|president|chief\s+executive|chair(?:man|woman)?|"
                   rf"chief(?:\s+[a-z]+){{1,2}}\s+officer|{_OFFICER_ABBREVIATIONS}|"
                   r"director|lawyers?|attorneys?|counsel|representatives?|executives?|officials?|founder|owner|head|"
                   r"manager|inspectors?|press\s+secretary|publicists?|organi[sz]ers?")
#: A seat of government whose spokespeople speak for the government it houses too: "the administration" of a White
#: House press secretary (see :func:`_bodies_spoken_for`).
_GOVERNMENT_SEATS = {"white house": "administration"}
#: A word before a speaking role after its owner ("Acme's acting chief executive", "the union's vice-president").
_ROLE_BEFORE = r"(?:[a-z-]+\s+|[a-z]+-)?"
_BODY_NAME = r"(?!(?:A|An|The)\s)[A-Z][\w&.'’-]*(?:\s+(?:(?:of|of\s+the|and|&)\s+)?[A-Z][\w&.'’-]*){0,4}"
#: "Acme's president", "Acme's acting chief executive"; "a spokeswoman for the Interior Department", "the president
#: of Acme"; "An Interior Department spokeswoman", "Acme CEO Tom Vance".
_BODY_OF_ROLE = re.compile(rf"(?<![\w&.'’-])({_BODY_NAME})['’]s\s+{_ROLE_BEFORE}(?i:{_SPEAKING_ROLES})\b"
                           rf"|\b(?i:{_SPEAKING_ROLES})\s+(?:for|of|at)\s+(?:the\s+)?({_BODY_NAME})(?![\w'’-])"
                           rf"|(?<![\w&.'’-])({_BODY_NAME})\s+(?i:{_SPEAKING_ROLES})\b")
#: A speaking role after a body's noun in lower case ("commission chair Pell Anders", "board chairman Ida Roe"): the
#: noun alone, which :func:`_bodies_by_noun` reads as the latest source of that head word, as it reads "board" of "A
#: board spokesman".
_NOUN_OF_ROLE = re.compile(rf"(?<![\w'’-])({'|'.join(sorted(BODY_NOUNS))})\s+(?i:{_SPEAKING_ROLES})\b")
#: A speaking role for a body written by its noun alone after "the" ("a spokesman for the ministry", "a spokeswoman
#: at the agency"; group 1 the noun): read as the latest source of that head word, as ``_NOUN_OF_ROLE`` is.
_ROLE_FOR_NOUN = re.compile(rf"\b(?i:{_SPEAKING_ROLES})\s+(?:for|of|at)\s+the\s+({'|'.join(sorted(BODY_NOUNS))})"
                            r"(?![\w'’-])")
#: Nouns of a body in lower case that own its officers besides ``BODY_NOUNS``: a fire, school or water district's
#: ("the district's board chairwoman").
_OWNER_NOUNS = BODY_NOUNS | {"district"}
#: A speaking role owned by a body written by a pronoun or a body's noun ("Its chief inspector", "the board's
#: director", "the district's board chairwoman"): see :func:`_owners_meant`.
_OWNED_ROLE = re.compile(rf"(?<![\w'’-])(?:(?i:its|their)|(?i:the)\s+(?P<noun>{'|'.join(sorted(_OWNER_NOUNS))})['’]s)"
                         rf"\s+{_ROLE_BEFORE}(?i:{_SPEAKING_ROLES})\b")
#: Words that open or end such capitals without naming a body ("The", "Former", "Vice", "Senior"; "Her" of "Her
#: spokesman").
_NO_BODY_WORDS = frozenset("""the a an former vice senior deputy acting interim assistant executive general chief
    co associate managing his her their its our my your republican democratic democrat
    monday tuesday wednesday thursday friday saturday sunday""".split())
#: A minister's title with the portfolio before or after it ("Finance Minister Karel Duval", "the finance minister",
#: "Minister of Finance", "Minister for Health"; group 1 or 2 the portfolio, one word): the minister speaks for that
#: ministry, "the finance ministry" or "the Ministry of Finance" (see :func:`_bodies_spoken_for`); not a prime
#: minister's, whose "ministry" is no body.
_MINISTER_OF = re.compile(r"(?<![\w'’-])(?:(?!(?i:prime|deputy|vice|former|acting|junior|the|a)\s)([A-Za-z]+)\s+"
                          r"(?i:minister)|(?i:minister)\s+(?:of|for)\s+(?:the\s+)?([A-Za-z]+))(?![\w'’-])")
#: A spokesperson's credit with its body before ("interior department spokesperson"), or a role's with it after
#: "for" ("lawyer for oskell").
_CREDITED_BODY = re.compile(r"^(.+?)\s+spokesperson$|^[a-z]+\s+for\s+(?:the\s+)?(.+)$")


def release_issuers(sentences: Sequence[Sentence], furniture: Sequence[bool], credited: dict[int, str]) -> set[str]:
    """The issuer of a press release that its closing lines name (page ``furniture``: "About Brightwell Energy",
    "SOURCE Brightwell Energy plc", see :func:`framing.furniture.release_issuer`), or its first sentence of the copy as
    the subject after its wire dateline ("HARLOW, March 3, 2026 /PRNewswire/ -- Tessary Freight Ltd. today announced":
    see :func:`framing.furniture.wire_release_issuer`; below a release's banner, "FOR IMMEDIATE RELEASE", after a
    dateline without a wire too), or its media contact line as the contact's employer when another
    sentence names it too ("Media contact: Ola Brandt, Tessary Freight": see :func:`framing.furniture.contact_issuer`;
    a PR agency's name written there alone is none), without its legal form, with the sources ``credited`` by its name
    short of its last word ("brightwell" of "brightwell energy") or with its legal form ("tessary freight ltd");
    none for a text without such a line."""
    issuers = {without_legal_form(text_key(name)) for sentence, flag in zip(sentences, furniture) if flag
               for name in [release_issuer(sentence.text)] if name is not None}
    lead = next((sentence for sentence, flag in zip(sentences, furniture) if not flag), None)
    released = any(flag and is_release_banner(sentence.text.strip()) for sentence, flag in zip(sentences, furniture))
    named = wire_release_issuer(lead.text, released) if lead is not None else None
    if named is not None:
        issuers.add(without_legal_form(text_key(named)))
    for at, sentence in enumerate(sentences):
        contact = contact_issuer(sentence.text)
        employer = without_legal_form(text_key(contact)) if contact is not None else ""
        if employer and any(writes(other.text, frozenset({employer})) for j, other in enumerate(sentences) if j != at):
            issuers.add(employer)
    shorts = {issuer.rpartition(" ")[0] for issuer in issuers}
    return issuers | {name for name in credited.values() if name in shorts or without_legal_form(name) in issuers}


#: How a press release calls its issuer by its kind alone ("The company also confirmed ..."): the issuer.
_ISSUER_NOUNS = frozenset("company firm group".split())
#: A company officer's title ("Chief Executive Officer", "Chief Executive", "CFO", "President", "Chairwoman",
#: "Managing Director"): in a press release, one written with no other employer speaks for the issuer (see
#: :func:`_officer_alone`).
_OFFICER_TITLE = re.compile(rf"\b(?:chief(?:\s+[a-z]+){{1,2}}\s+officer|chief\s+executive|{_OFFICER_ABBREVIATIONS}|"
                            r"(?:vice\s+)?president|"
                            r"chair(?:man|woman|person)?|managing\s+director|(?:co-?)?founder|general\s+manager)\b",
                            re.I)


#: A title that only a firm's officer holds ("chief technology officer", "CFO", "managing director"; not "president"
#: nor "chair", which a state or a club has too): see :func:`_officer_after_denial`.
_FIRM_OFFICER_TITLE = re.compile(rf"\b(?:chief(?:\s+[a-z]+){{1,2}}\s+officer|chief\s+executive|"
                                 rf"{_OFFICER_ABBREVIATIONS}|"
                                 r"managing\s+director|general\s+manager)\b", re.I)


def _officer_alone(mention: str, source: str, titles: re.Pattern[str] = _OFFICER_TITLE) -> bool:
    """Whether ``mention``, the words ``source`` was credited by, holds a company officer's title (see
    ``_OFFICER_TITLE``, or ``titles``) and no capitalised word but the title's and the source's own ("Chief Executive
    Officer Rowena Tate", "Rowena Tate, chief financial officer"; not "Chief Executive Officer Ana Lind of Velta
    Motors")."""
    title = titles.search(mention)
    if title is None:
        return False
    rest = mention[:title.start()] + " " + mention[title.end():]
    return {text_key(word) for word in re.findall(r"[A-Z][\w'’-]*", rest)} <= set(source.split()) | _NO_BODY_WORDS


def _officer_after_denial(mention: str, source: str, previous: Sentence | None,
                          previous_source: str | None) -> set[str]:
    """The body credited just before that a ``mention`` of ``source`` by a firm officer's title alone serves (see
    :func:`_officer_alone`, ``_FIRM_OFFICER_TITLE``: "Tessel Labs denied the report. Chief technology officer Wendell
    Ashdown said ...": Tessel Labs' side, see :func:`_body_just_before`), only after that body's own denial (the
    sentence ``previous``), as a spokesperson named after "a spokesman" is (see :func:`_named_spokesperson_meant`):
    after an accuser's claim the officer may be the accused's."""
    if previous is None or previous.label != "official_denial" or not _officer_alone(mention, source,
                                                                                      _FIRM_OFFICER_TITLE):
        return set()
    return _body_just_before(source, previous, previous_source)


def bodies_served(sentences: Sequence[Sentence], credited: dict[int, str],
                   mentions: Mapping[int, Mention], issuers: Collection[str] = ()) -> list[frozenset[str]]:
    """For each sentence, the bodies its credited source speaks for, as the mentions it was credited by up to that
    sentence write them (see :func:`_bodies_spoken_for`, and :func:`_owners_meant` for a body written as "its" or
    "the authority's"; with no body of that noun credited before, the first one credited after: "The agency's
    director, Ana Ruiz, said ... The agency denied ...", or the body of that noun a later source speaks for, from the
    officer's first sentence on: "The board's chief executive, Tom Doyle ... A spokesman for the board"), and in a
    press release (``issuers``: see :func:`release_issuers`) the issuer for an officer written by title alone (see
    :func:`_officer_alone`: "said Chief Executive Officer Rowena Tate") and for "the company" (see
    ``_ISSUER_NOUNS``); none for a sentence credited to no one."""
    starts = [sentence.start for sentence in sentences]
    serves: dict[str, set[str]] = {}  # a source -> the bodies its mentions so far say it speaks for
    served: list[frozenset[str]] = []
    before: list[str] = []  # the sources credited so far, the latest last
    awaited: dict[str, set[str]] = {}  # a source -> the nouns of bodies its "the agency's director" owns, none credited
    for index in range(len(sentences)):
        source = credited.get(index)
        if source is not None:
            mention = _mention_text(sentences, starts, mentions.get(index))
            written = mentions.get(index)
            at = index if written is None else bisect_right(starts, written[0]) - 1  # the sentence holding it
            lead = _mention_lead(sentences, starts, written)
            spoken_for = _bodies_spoken_for(source, mention)
            for other, nouns in awaited.items():  # the first body of that noun credited after the mention
                if other != source and head_word(source) in nouns:
                    nouns.discard(head_word(source))
                    serves.setdefault(other, set()).add(source)
                elif other != source and (spoken := nouns & spoken_for):
                    # "The board's chief executive, Tom Doyle ... A spokesman for the board": both speak for it,
                    # Doyle from his first mention on
                    nouns.difference_update(spoken)
                    serves.setdefault(other, set()).update(spoken)
                    served = [bodies | spoken if credited.get(at_before) == other else bodies
                              for at_before, bodies in enumerate(served)]
            owners = _owners_meant(mention, source, before, sentences[at - 1] if at > 0 else None,
                                   credited.get(at - 1))
            owned = _OWNED_ROLE.search(mention)
            if not owners and owned is not None and owned.group("noun") and not _held_before(mention, owned):
                awaited.setdefault(source, set()).add(owned.group("noun").lower())
            serves.setdefault(source, set()).update(
                spoken_for, _bodies_by_noun(spoken_for, source, before),
                _company_meant(mention, source, sentences[at - 1] if at > 0 else None, credited.get(at - 1)),
                _named_spokesperson_meant(mention, source, sentences[at - 1] if at > 0 else None, credited.get(at - 1)),
                _officer_after_denial(mention, source, sentences[at - 1] if at > 0 else None, credited.get(at - 1)),
                owners or _civic_group_meant(mention, source, sentences, credited, at, lead),
                _firm_by_short_name(lead, mention, source, before),
                _account_authored(mention, _mention_tail(sentences, starts, written), source, sentences, starts,
                                  credited, mentions, at),
                issuers if not spoken_for and (_officer_alone(mention, source) or source in _ISSUER_NOUNS) else ())
            before.append(source)
        served.append(frozenset(serves.get(source, ())) if source is not None else frozenset())
    return served


#: A legal representative owned by "her" or "his" opening a mention ("Her lawyer, Benedikt Aurel", "his attorney"):
#: group "pronoun" the owner's pronoun; see :func:`_client_meant`.
_CLIENTS_LAWYER = re.compile(r"(?P<pronoun>[Hh]er|[Hh]is)\s+(?:[a-z-]+\s+)?(?:lawyers?|attorneys?|counsel|"
                             r"solicitors?|legal\s+team)\b")


#: A lawyer's mention opening with the client's capitalised name in the possessive ("Merrow's public defender",
#: "Lucas Merrow's attorneys"; group "client" the name).
_NAMED_CLIENTS_LAWYER = re.compile(r"(?P<client>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s?\s+(?:[a-z-]+\s+)?"
                                   r"(?:lawyers?|attorneys?|counsel|solicitors?|legal\s+team|defenders?)\b")


def clients_served(sentences: Sequence[Sentence], credited: dict[int, str],
                    mentions: Mapping[int, Mention]) -> list[frozenset[str]]:
    """For each sentence, the clients its credited source is a lawyer for, as the mentions it was credited by up to
    that sentence write them (see :func:`_client_meant`); none for a sentence credited to no one."""
    starts = [sentence.start for sentence in sentences]
    clients: dict[str, set[str]] = {}
    served: list[frozenset[str]] = []
    for index in range(len(sentences)):
        source = credited.get(index)
        if source is not None:
            mention = _mention_text(sentences, starts, mentions.get(index))
            clients.setdefault(source, set()).update(_client_meant(sentences, credited, index, mention))
        served.append(frozenset(clients.get(source, ())) if source is not None else frozenset())
    return served


def _client_meant(sentences: Sequence[Sentence], credited: dict[int, str], index: int, mention: str) -> set[str]:
    """The person credited before sentence ``index`` whose lawyer the ``mention`` of its source opens by "her" or
    "his" (see ``_CLIENTS_LAWYER``: "Her lawyer, Benedikt Aurel"): the latest one that may be a person (see
    :func:`_client_like`), when their given name is not of the other sex and the sentences from their latest claim on
    write no other capitalised name outside their sources but a source's ("Prosecutors said Lasko paid bribes. His
    lawyer ..." is Lasko's, no source). The lawyer speaks on their client's side ("Varga said ... Dravik Bank said
    her claims were unsupported. Her lawyer ... said the bank's account did not hold up." answers the bank's
    denial)."""
    named = _NAMED_CLIENTS_LAWYER.match(mention.strip(EDGE))
    if named is not None:
        return {text_key(named.group("client"))}  # "Merrow's public defender, Graham Lisle": Merrow's side
    found = _CLIENTS_LAWYER.match(mention.strip(EDGE))
    if found is None:
        return set()
    sex = "she" if found.group("pronoun").lower() == "her" else "he"
    source = credited.get(index)
    words = {word for j in credited if j < index for word in credited[j].split()}
    for j in range(index - 1, -1, -1):
        if any(text_key(name) not in words for name in _NAMES_WRITTEN.findall(without_sources(sentences[j]))):
            return set()  # "Lasko" of "Prosecutors said Lasko paid bribes": whom "his" means is unclear
        name = credited.get(j)
        if name is None or name == source or not _client_like(name):
            continue
        return {name} if given_name_sex(name.split(" ", 1)[0]) in (None, sex) else set()
    return set()


#: A capitalised word that does not open its sentence: a name written (see :func:`_client_meant`).
_NAMES_WRITTEN = re.compile(r"(?<=[\s(“\"‘'])[A-Z][\w'’-]*")


def _client_like(name: str) -> bool:
    """Whether the source ``name`` may be a lawyer's client, a person: a name opening with a known given name ("anna
    varga"), or one word that names no one in general nor a body ("varga"; not "prosecutors", "police": see
    :func:`generic_source`)."""
    return (given_name_sex(name.split(" ", 1)[0]) is not None
            or (" " not in name and name not in BODY_NOUNS and not generic_source(name, name.capitalize())))


#: Words of a body's name that make it a civic or state body, no company ("Clearwater Watch", "Ashby Water Trust",
#: "Data Protection Commission"); not "bank" nor "group", which end firms' names too.
_NO_FIRM_WORDS = CIVIC_NAME_WORDS | (BODY_NOUNS - COMPANY_WORDS - frozenset({"bank", "group"}))


def _owners_meant(mention: str, source: str, before: list[str], previous: Sentence | None,
                  previous_source: str | None) -> set[str]:
    """The body credited before (``before``: the sources credited so far, the latest last) that a mention of
    ``source`` writes as owning its speaking role ("Its chief inspector, Dr. Anneliese Korva", "Dr. Anneliese Korva,
    the board's chief inspector": see ``_OWNED_ROLE``): for "its" or "their", ``previous_source``, the credit of the
    sentence just before the mention's (``previous``), when it is no person and that sentence names no other body
    ("The board stood by its findings, and the Health Ministry opened an inquiry. Its chief inspector" may be the
    ministry's: see :func:`_names_other_body`); for "the board's", the latest one of that head word (see
    :func:`framing.source_keys.head_word`), and for "the company's" or "the firm's", failing one, the credit just
    before, as for "its", when its name says it is no civic or state body (see ``_NO_FIRM_WORDS``)."""
    owned = _OWNED_ROLE.search(mention)
    if owned is None or _held_before(mention, owned):
        return set()
    noun = owned.group("noun")
    if noun is None:
        return _body_just_before(source, previous, previous_source)
    others = [name for name in before if name != source]
    owner = next(({name} for name in reversed(others) if head_word(name) == noun.lower()), set())
    if not owner and noun.lower() in COMPANY_WORDS and not set((previous_source or "").split()) & _NO_FIRM_WORDS:
        # "Ferrox rejected the estimate. The company's planning director, Hannah Greaves, said ...": a firm's name
        # holds no "company", so the noun means the body credited just before, as "a company spokesman" does; not
        # a civic or state body ("Clearwater Watch said ... The company's chief executive"), which is no company
        return _body_just_before(source, previous, previous_source)
    return owner


def _body_just_before(source: str, previous: Sentence | None, previous_source: str | None) -> set[str]:
    """``previous_source``, the credit of the sentence ``previous`` just before a mention of ``source``, as the body
    that mention's "its" or "the company" means: when it is a body, not ``source`` nor a person, and that sentence
    names no other body (see :func:`_names_other_body`); else none."""
    if (previous is None or previous_source is None or previous_source == source
            or _a_person_by_name(previous_source) or _names_other_body(previous, previous_source)):
        return set()
    return {previous_source}


#: A speaking role for a business written by its noun alone ("A spokesman for the company", "a company
#: spokeswoman", "Company spokesman Jorrit Haag"; not "Kessel Company spokesman"): see :func:`_company_meant`.
_COMPANY_ROLE = re.compile(rf"\b(?i:{_SPEAKING_ROLES})\s+(?:for|of|at)\s+the\s+(?:{'|'.join(sorted(COMPANY_WORDS))})\b"
                           rf"|(?:^|(?<![\w'’-])(?i:an?|the)\s+)(?i:{'|'.join(sorted(COMPANY_WORDS))})\s+"
                           rf"(?i:{_SPEAKING_ROLES})\b")


def _company_meant(mention: str, source: str, previous: Sentence | None, previous_source: str | None) -> set[str]:
    """The body credited just before that a ``mention`` of ``source`` speaking for "the company" or "the firm" means
    (see ``_COMPANY_ROLE``: "Vellmark Water denied it. A spokesman for the company, Jorrit Haag, said": Vellmark
    Water's side, see :func:`_body_just_before`), which the noun alone, no name, does not write."""
    return _body_just_before(source, previous, previous_source) if _COMPANY_ROLE.search(mention) else set()


#: A spokesperson written with "a" alone and named after a comma ("A spokesman, Ivo Marten", "a spokeswoman, Lira
#: Tamsen"): see :func:`_named_spokesperson_meant`.
_A_SPOKESPERSON_NAMED = re.compile(r"(?i:an?)\s+spokes(?:man|woman|person)\s*,\s+[A-Z]")


def _named_spokesperson_meant(mention: str, source: str, previous: Sentence | None,
                              previous_source: str | None) -> set[str]:
    """The body credited just before that a ``mention`` of ``source`` as "a spokesman" named after a comma speaks for
    (see ``_A_SPOKESPERSON_NAMED``: "Velmar's agriculture ministry dismissed the claims. A spokesman, Ivo Marten,
    said ...": the ministry's side, see :func:`_body_just_before`), as "A spokesman" alone is read as its
    spokesperson: its denial goes on from the body's and answers the same allegation. Only after the body's own
    denial (the sentence ``previous``): after an accuser's claim ("Clearwater Watch said the tankers went dark. A
    spokesman, Teodor Vask, said ...") the spokesperson may be the accused's, whose denial answers that claim."""
    if previous is None or previous.label != "official_denial" or not _A_SPOKESPERSON_NAMED.match(mention.strip(EDGE)):
        return set()
    return _body_just_before(source, previous, previous_source)


#: Lower-case words by which a text writes a body as a group ("the Red Hand militia", "an armed group"): with one
#: written near, "the group's spokesman" may be that body's (see :func:`_civic_group_meant`).
_GROUP_WORDS = re.compile(r"\b(?:groups?|organi[sz]ations?|militias?|rebels?|factions?|gangs?)\b")


def _civic_group_meant(mention: str, source: str, sentences: Sequence[Sentence], credited: dict[int, str], at: int,
                       lead: str) -> set[str]:
    """The civic body that a mention of ``source`` in the sentence at ``at`` (``lead``: its words before the
    mention) writes as "the group's" or "the organisation's" speaking role when no source of that head word was
    credited (see :func:`_owners_meant`): the one body credited before whose name says it is a civic one ("Safeguard
    Rights Watch", see ``CIVIC_NAME_WORDS``), when no word for a group (see ``_GROUP_WORDS``) is written outside
    quotation marks from its latest credit to the mention: "Safeguard Rights Watch accused the Red Hand militia of
    ... said Tor Vask, the group's spokesman" may be the militia's."""
    owned = _OWNED_ROLE.search(mention)
    if owned is None or (owned.group("noun") or "").lower() not in ("group", "organisation", "organization"):
        return set()
    civic = {credited[j]: j for j in sorted(credited) if j < at and credited[j] != source
             and set(credited[j].split()) & CIVIC_NAME_WORDS}
    if len(civic) != 1:
        return set()
    (body, last), = civic.items()
    written = " ".join(sentence.text for sentence in sentences[last:at]) + " " + lead
    return set() if _GROUP_WORDS.search(QUOTED_RUN.sub(" ", written)) else {body}


def _bodies_by_noun(bodies: set[str], source: str, before: list[str]) -> set[str]:
    """For each of ``bodies`` that is a body's noun alone ("board" of "A board spokesman", credited "board
    spokesperson"), the latest source credited before (``before``, the latest last) but ``source`` of that head word
    ("food and drug board"), or whose noun before "of" it is ("federation of northern zoos" for "Federation chief
    executive Miriam Thwaite"), as "the board's chief inspector" reads (see :func:`_owners_meant`)."""
    owners = (next((name for name in reversed(before)
                    if name != source and noun in (head_word(name), _noun_before_of(name))), None)
              for noun in bodies & (BODY_NOUNS | CIVIC_NAME_WORDS))
    return {owner for owner in owners if owner is not None}


def _noun_before_of(name: str) -> str:
    """The noun a canonical body's name of "of" closes on before it ("federation" of "federation of northern zoos"),
    by which "Federation chief executive Miriam Thwaite" names it; "" for a name with no "of"."""
    head, of, _ = name.partition(" of ")
    return head.rpartition(" ")[2] if of else ""


#: A run of capitalised words, "of", "of the", "and" or "&" between them ("Health Ministry", "Bank of Ostria").
_CAPITALISED_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w&.'’-]*(?:\s+(?:(?:of|of\s+the|and|&)\s+)?[A-Z][\w&.'’-]*)*")
#: Month names, capitalised words that name no body ("in May").
_MONTH_WORDS = frozenset("""january february march april may june july august september october november
    december""".split())
#: Titles with a stop that open a person's name ("Dr. Anneliese Korva"), no body's.
_HONORIFICS = frozenset("dr. mr. mrs. ms. mx. prof. sen. rep. gov. gen. lt. col. capt. sgt. det. insp. supt.".split())


def _names_other_body(sentence: Sentence, body: str) -> bool:
    """Whether ``sentence`` writes a capitalised name that is not of ``body`` (a canonical source): a run of
    capitals (see ``_CAPITALISED_RUN``) past the sentence's first word alone ("The", "Its"), with words but those of
    ``_NO_BODY_WORDS`` and months, not a person's (a known given name or a title of ``_HONORIFICS`` first: "Dr."),
    and not all of ``body``'s words ("the Health Ministry" beside "food and drug board"; not "The board")."""
    own = set(body.split())
    for run in _CAPITALISED_RUN.finditer(sentence.text):
        words = text_key(run.group().rstrip(".")).split()  # a sentence's stop is no part of it
        if run.start() == len(sentence.text) - len(sentence.text.lstrip(EDGE)) and len(words) == 1:
            continue  # the sentence's first word: "The", "Officials"
        words = [word for word in words if word not in _NO_BODY_WORDS and word not in _MONTH_WORDS]
        if words and not set(words) <= own and given_name_sex(words[0]) is None and words[0] not in _HONORIFICS:
            return True
    return False


#: An author of an account a source was credited by ("the study's lead author", "the report's co-author", "lead
#: author of the study"): group "account" or "of" its noun; see :func:`_account_authored`.
_ACCOUNT_AUTHOR = re.compile(r"\b(?:the|this)\s+(?P<account>study|report|survey)['’]s\s+(?:(?:lead|senior|principal|"
                             r"main|first)\s+)?(?:co-?)?authors?\b|\b(?:the\s+)?(?:(?:lead|senior|principal|main|first)"
                             r"\s+)?(?:co-?)?authors?\s+of\s+the\s+(?P<of>study|report|survey)\b", re.I)


#: A relative clause set after a person's name saying they led or wrote an account (", who led the study", ", who
#: co-wrote the report"): group "account" its noun; see :func:`_author_by_clause`.
_AUTHOR_CLAUSE = re.compile(r",\s*who\s+(?:(?:also|had)\s+)?(?:co-?)?(?:led|wrote|authored|conducted)\s+the\s+"
                            r"(?P<account>study|report|survey)\b", re.I)


def _author_by_clause(mention: str, tail: str) -> str | None:
    """The noun of the account that a relative clause opening within or just after the ``mention`` says its person
    led or wrote (see ``_AUTHOR_CLAUSE``: "study" of "Dr. Lise Fjeld, who led the study, stands by it", the
    mention perhaps cut inside the clause, "Dr. Lise Fjeld, who led"), ``tail`` the words of its sentence after
    it; ``None`` for none, or a clause further on ("Ruiz said Vell, who led the study, was wrong" is no author's)."""
    written = mention + tail
    comma = written.find(",")  # where a relative clause after the name may open
    found = _AUTHOR_CLAUSE.match(written, comma) if 0 <= comma <= len(mention) else None
    return found.group("account").lower() if found is not None else None


def _account_authored(mention: str, tail: str, source: str, sentences: Sequence[Sentence], starts: list[int],
                      credited: dict[int, str], mentions: Mapping[int, Mention], at: int) -> set[str]:
    """The source credited before the sentence at ``at`` by a mention writing the account whose author the
    ``mention`` of ``source`` writes (see ``_ACCOUNT_AUTHOR``: "A study by researchers at Alder University found
    ... said Dr. Ines Varley, the study's lead author"), or a relative clause after it says (``tail``, the words of
    its sentence after it: "Dr. Lise Fjeld, who led the study,"; see :func:`_author_by_clause`), the latest such:
    the author is on that account's side. Not a sentence writing the account outside the mention it was credited
    by ("Vidlo said the study was flawed")."""
    found = _ACCOUNT_AUTHOR.search(mention)
    noun = (found.group("account") or found.group("of")).lower() if found else _author_by_clause(mention, tail)
    if noun is None:
        return set()
    account = {noun}
    for j in range(at - 1, -1, -1):
        other = credited.get(j)
        if other is not None and other != source and any(
                ACCOUNT_NOUNS.get(word) in account
                for word in re.findall(r"[^\W\d_]+", _mention_text(sentences, starts, mentions.get(j)).lower())):
            return {other}
    return set()


#: A firm's own speaking role after the firm's name, which no place has ("Grayfin founder", "Grayfin's co-founder",
#: "Grayfin CEO", "a Grayfin spokeswoman"; not "New York lawyer"): see :func:`_firm_by_short_name`.
_FIRM_ROLE = re.compile(rf"(?<![\w&.'’-])({_BODY_NAME})\s+(?:(?i:co-?founder|founder|owner|ceo"
                        r"|chief\s+executive|spokes(?:man|woman|person)))\b")


def _firm_by_short_name(lead: str, mention: str, source: str, before: list[str]) -> set[str]:
    """The body credited before (``before``: the sources credited so far) that a mention of ``source``, or the words
    ``lead`` of its sentence just before it, write by its name without its last word before a firm's own role
    ("Grayfin founder Nate Ellery", "Nate Ellery, Grayfin's founder" after "Grayfin Research": see ``_FIRM_ROLE``):
    the person speaks for that firm."""
    written = lead + mention
    shorts = {text_key(POSSESSIVE_END.sub("", found.group(1))) for found in _FIRM_ROLE.finditer(written)
              if found.end() >= len(lead.rstrip())}
    if not shorts:
        return set()  # most mentions write no firm's role: the sources credited so far are not read for each
    return {name for name in before if name != source and name.rpartition(" ")[0] in shorts}


def _a_person_by_name(source: str) -> bool:
    """Whether the canonical ``source`` reads as a person: a nameless role (see :func:`nameless_person`) or a name
    opening with a known given name ("mara lind")."""
    return nameless_person(source) or given_name_sex(source.split(" ", 1)[0]) is not None


def _mention_text(sentences: Sequence[Sentence], starts: list[int], mention: Mention | None) -> str:
    """The words a credit's ``mention`` (document offsets) writes, read from the sentence holding it (``starts``:
    the sentences' starts); empty when there is none."""
    if mention is None:
        return ""
    at = bisect_right(starts, mention[0]) - 1
    if at < 0:
        return ""
    sentence = sentences[at]
    return sentence.text[mention[0] - sentence.start:mention[1] - sentence.start]


def _mention_tail(sentences: Sequence[Sentence], starts: list[int], mention: Mention | None) -> str:
    """The words of the sentence holding a credit's ``mention`` (document offsets) after it (see
    :func:`_mention_lead`); empty when there is none."""
    if mention is None:
        return ""
    at = bisect_right(starts, mention[0]) - 1
    return sentences[at].text[mention[1] - sentences[at].start:] if at >= 0 else ""


def _mention_lead(sentences: Sequence[Sentence], starts: list[int], mention: Mention | None) -> str:
    """The words of the sentence holding a credit's ``mention`` (document offsets) before it, its spaces kept (see
    :func:`_mention_text`); empty when there is none."""
    if mention is None:
        return ""
    at = bisect_right(starts, mention[0]) - 1
    return sentences[at].text[:mention[0] - sentences[at].start] if at >= 0 else ""


#: A role held no longer, "former" or "ex-" before it or its body ("A former bureau official", "Acme's former chief
#: executive", "an ex-spokesman for the ministry"): see :func:`_held_before`.
_NO_LONGER = re.compile(r"(?<![\w'’-])(?i:former\s|ex-)")
#: The same just before the role, up to two words in lower case between ("A former senior bureau official").
_NO_LONGER_BEFORE = re.compile(r"(?<![\w'’-])(?i:former\s+|ex-)(?:[a-z][\w-]*\s+){0,2}$")


def _held_before(mention: str, found: re.Match[str]) -> bool:
    """Whether the speaking role ``found`` in ``mention`` is one held no longer, "former" or "ex-" in it or just
    before it, two words in lower case perhaps between (see ``_NO_LONGER``, ``_NO_LONGER_BEFORE``: "A former senior
    bureau official"): a former official speaks for the body no more, and may be who accuses it ("A former bureau
    official said staff had raised concerns. The bureau said it had no record of them.")."""
    return (_NO_LONGER.search(mention, found.start(), found.end()) is not None
            or _NO_LONGER_BEFORE.search(mention, 0, found.start()) is not None)


def _bodies_spoken_for(source: str, mention: str) -> set[str]:
    """The bodies (lower case) that ``source``, credited from the words ``mention``, speaks for: a spokesperson's or
    a role's body its credit writes ("interior department spokesperson", "lawyer for oskell"), and the body a
    speaking role of the mention is written with ("Acme's president, Tom Vance", "Tom Vance, the president of Acme",
    "A spokeswoman for the Interior Department", "Acme CEO Tom Vance": see ``_BODY_OF_ROLE``), or a body's noun
    in lower case before a speaking role ("commission chair Pell Anders": see ``_NOUN_OF_ROLE``) or after it with "the"
    ("Ivo Marten, a spokesman for the ministry": see ``_ROLE_FOR_NOUN``), but for a role held no longer ("A former
    bureau official": see :func:`_held_before`), so that a claim
    naming the body names the denier's side (see :func:`names_denier`); a White House role speaks for "the
    administration" too ("White House press secretary Tom Vask": see ``_GOVERNMENT_SEATS``), and a minister for
    the ministry of the portfolio ("Finance Minister Karel Duval" for "finance ministry": see ``_MINISTER_OF``)."""
    bodies = {next(group for group in credit.groups() if group) for credit in [_CREDITED_BODY.match(source)] if credit}
    for found in _BODY_OF_ROLE.finditer(mention):
        if _held_before(mention, found):
            continue
        words = text_key(next(group for group in found.groups() if group)).split()
        while words and words[0] in _NO_BODY_WORDS:
            words.pop(0)
        while words and words[-1] in _NO_BODY_WORDS:
            words.pop()
        if words:
            bodies.add(without_legal_form(" ".join(words)))  # "Acme" for "A lawyer for Acme Corp"
    bodies.update(found.group(1) for pattern in (_NOUN_OF_ROLE, _ROLE_FOR_NOUN) for found in pattern.finditer(mention)
                  if not _held_before(mention, found))
    for found in _MINISTER_OF.finditer(mention):
        portfolio = (found.group(1) or found.group(2)).lower()
        bodies.update({f"{portfolio} ministry", f"ministry of {portfolio}"})
    return bodies | {_GOVERNMENT_SEATS[body] for body in bodies if body in _GOVERNMENT_SEATS}
