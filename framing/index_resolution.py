"""What a later mention stands for: a pronoun, "the company", "the spokesman", a description or a shorter name, read
back to the source credited last or since. :class:`Resolution` is one class of the chain that makes
:class:`framing.source_index.SourceIndex`.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from itertools import islice

from .given_names import given_name_sex
from .index_body_reading import in_letters
from .index_body_words import (
    STATE_BODY_OWNER,
    ANY_BODY_DESCRIPTIONS,
    AT_NAMED_BODY,
    BODY_REACH,
    BODY_REACH_SENTENCES,
    BODY_SUBJECT_OPENING,
    CLUB_ENDS,
    CLUB_SHORT_NAMES,
    COMPANY_TRADES,
    COOPERATIVE_SPELLINGS,
    COURT_NAME,
    FIRM_STAFF,
    GROUP_AT_BODY,
    ITS_MINISTRY,
    KIND_NAME_WORDS,
    KIND_WORDS,
    LOBBY_TRADES,
    NAMED_TRADES,
    NOT_FIRM_ENDS,
    PLACE_OF_KIND,
    RANKED_BODY,
    STATE_BODIES,
    STATE_BODY_WRITTEN,
    THE_OWNER,
    TRADE_OF_NAME,
    TWO_BODIES_OPENING,
    UNION_NAME_WORDS,
    VARIED_NAME_KINDS,
    WATCHDOG_CAUSES,
    first_word_is_owner,
    agency_work,
    another_body,
    business_name_end,
    civic_group_noun,
    firm_named,
    names_body,
    same_ministry,
    short_for,
    so_called_key,
    state_description,
    states_named,
    word_written,
    writes_body_as,
    world_agency,
)
from .index_documents import ITS_DOCUMENT, ITS_SPOKESPERSON, PAPER_AS_DOCUMENT, PAPER_AS_NEWSPAPER
from .index_groups import POLL_NOUNS, POSITIONS, placed_noun, placed_words, runs_holding
from .index_name_words import (
    HE_SHE_HIS_HER,
    LOCAL_TITLE_THEN_KEY,
    OWNED_ROLE,
    POSSESSIVE_SEX,
    STATE_OFFICES,
    candidate_description,
    ends_with_name,
    given_name_last,
    its_role,
    parties_named,
    people_in,
    role_head,
    sexes_differ,
    written_as_person,
)
from .index_people_reading import PeopleReading, with_stop
from .source_keys import text_key, without_accents
from .source_kinds import is_role, people_plural, trade_head
from .source_places import MFA, ministry_parts, is_nationality, government_of, nationality_places, same_country
from .source_words import (
    AGE_ALONE,
    BODY_KINDS,
    BODY_NOUNS,
    BUSINESS_DESCRIPTIONS,
    CALENDAR,
    CIVIC_DESCRIPTIONS,
    COMPANY_WORDS,
    DEMONYM,
    EDGE,
    HEADLINE_SMALL_WORDS,
    LEGAL_FORM_END,
    PAPER_NAME_WORDS,
    PERSON_DEMONYMS,
    PERSON_NOUNS,
    PERSON_ROLES,
    POSSESSIVE,
    RANK_MODIFIERS,
    ROLE_SYNONYMS,
    TRADE_KINDS,
)
from .segment import dateline_length
from .sources import normalise_source
from .turns import INTERVIEWER_ROLES, QUOTED_RUN, opening_label_length

#: How many people named last a nationality or demonym alone ("the Croatian") may mean.
_DEMONYM_REACH = 3

#: The key of an unnamed person who speaks for someone as a spokesperson does ("representative for lena croft",
#: "publicist for the singer"): one whom a later "the spokesperson" means (see
#: ``SourceIndex._representative_credited_last``).
_REPRESENTATIVE_KEY = re.compile(r"(?:representative|publicist)\s+(?:for|of)\s+\S")

#: Countries and blocs written in letters, as keys without stops ("U.S.", "UK", "EU"), which name no body.
_HOME_BLOCS = frozenset("us uk eu un usa".split())


#: Words of a law's or a treaty's name ("Federal Records Act", "Clean Water Act", "Paris Accord"), which no body is.
_LAW_WORDS = frozenset("""act acts law bill treaty amendment code directive regulation regulations statute convention
    accord accords protocol constitution""".split())

#: A credit rating's grade ("BBB", "AA+", "CCC-", "Baa3", "Aa1"), written in capitals though it names no body: no
#: agency's name that would keep "the agency" from the body in view (see :meth:`SourceIndex._names_another`).
_RATING_GRADE = re.compile(r"(?:AAA|AA|BBB|BB|CCC|CC|SD|RD)[+-]?|(?:Aaa|Aa|Baa|Ba|Caa)[123]?|(?:A|B)[123]")
#: A common abbreviation in capitals that is a medium's or a time's, not a body's initials ("TV" of "fined TV
#: Sentinel", "FM", "10 AM", "GMT"): no name of the description's kind, as a rating's grade is none (see
#: :meth:`SourceIndex._names_another`); the name it opens is read by its other words ("Sentinel").
_ABBREVIATION_OF_NO_BODY = re.compile(r"TV|FM|AM|PM|GMT|UTC")
#: A name set apart by commas after "its" and a noun in lower case, the body's own auditor, adviser or unit ("its
#: auditor, Brandt & Vale," of "Meridia said its auditor, Brandt & Vale, had resigned"): named as what the body has,
#: no other body that a description of it means (see :meth:`SourceIndex._names_another`). Not a firm it deals with
#: as another ("its rival, Harlow Foods,", "its buyer", "its former owner"), which "the company" may mean.
_ITS_OWN_NAMED = re.compile(r"(?<![\w'’-])its\s+(?:[a-z][\w'’-]*\s+){0,2}"
                            r"(?:auditors?|advis[eo]rs?|units?|subsidiar(?:y|ies)|divisions?|arm|brands?|lawyers?|"
                            r"bankers?|brokers?|consultants?|registrar|trustees?),\s+"
                            r"[A-Z][\w'’.-]*(?:\s+(?:&\s+|and\s+|of\s+)?[A-Z][\w'’.-]*){0,3}(?=\s*[,.;]|\s*$)")


def _pronoun_may_own(text: str, owner: str) -> bool:
    """Whether the source ``owner`` (a key) may be whom the pronoun opening the document ``text`` means: "its" any
    owner, "their" only people in the plural, a group's noun first or last ("investigators at the northbridge
    institute" or "two inspectors" of "Their latest study"); a body named in the singular is "it" ("The Orrin Institute
    said it had interviewed two whistleblowers. Their letters described ..." are the whistleblowers' letters, not the
    institute's)."""
    words = owner.split(" ")
    return text.strip(EDGE)[:5].lower() != "their" or people_plural(words[0]) or people_plural(words[-1])


def _their_document(role: str | None, text: str) -> bool:
    """Whether the span ``text``, no ``role``, is a document owned by "their" ("Their report"), which people in the
    plural credited just before own as a body would ("Two inspectors said ... Their report said ..."), where "its"
    and a role of theirs ("Their spokesman", "Its authors" after "The researchers said") have no body to serve."""
    return role is None and text.strip(EDGE)[:6].lower() == "their "


#: "Also" just after a description ("The company also rejects ..."): the body credited just before speaks again.
_ALSO_AFTER = re.compile(r"\s+also\s")

#: A body's part or members "of" a body named after them ("board of the marlow hospice trust", "delegates of the
#: carrow dockworkers union"; group 1 the body, as a key): "the trust" or "the union" later means that body.
_PART_OF_BODY = re.compile(r"[a-z]+(?:\s+[a-z]+)?\s+of\s+(?:the\s+)?(\S+(?:\s+\S+)+)")
#: A relative clause set after a description by a comma, up to the next comma or stop (", which disclosed a short
#: position in Calder's shares" of "The firm, which disclosed a short position in Calder's shares, said").
_OWN_CLAUSE = re.compile(r"\s*,\s*(?:which|who|whose)\s+[^,;.]*")


def _named_in_own_clause(after: str, body: str) -> bool:
    """Whether the relative clause set after a description (``after``: the sentence's text after it; see
    ``_OWN_CLAUSE``) names the body ``body`` by its first word, capitalised, in the possessive or not: the clause
    tells the description's body from that one ("The firm, which disclosed a short position in Calder's shares,
    said" is not Calder Mining)."""
    found = _OWN_CLAUSE.match(after)
    if found is None:
        return False
    named = {text_key(POSSESSIVE.sub("", word.strip(EDGE)).strip(EDGE)) for word in found.group().split()
             if word[:1].isupper()}
    return body.split(" ")[0] in named


#: The word after a body's head noun that opens its field or place ("of health", "for machine ethics").
_FIELD_AFTER_HEAD = re.compile(r" (?:of|for) ")


def _name_head(body: str) -> str:
    """The head noun of a body's canonical name: its last word, or the last before "of" or "for" ("ministry" of
    "kessel ministry of health", "university" of "university of harlen", "institute" of "halvorsen institute for
    machine ethics"), which says the body's kind where the words after it name its field or place."""
    return _FIELD_AFTER_HEAD.split(body, maxsplit=1)[0].rpartition(" ")[2]


#: A quotation opened and closed in a sentence's text ('"Ana Ruiz lied," ' of '"Ana Ruiz lied," the nominee said').
_CLOSED_QUOTATION = re.compile(r"[\"“][^\"“”]*[\"”]")


class Resolution(PeopleReading):
    """What a later mention stands for: a pronoun, "the company", "the spokesman", a description or a
    shorter name, read back to the source credited last or since.
    """

    def _spokesperson_of_its(self, text: str, sentence: str = "", denial: bool = False) -> str | None:
        """The span ``text`` written with its owner's name when it is a spokesperson owned by "its" or "their" alone,
        or by no one ("A spokesman"; see ``ITS_SPOKESPERSON``), and the sentence before credited one source and named
        no other, no person nor spokesperson: "Velmara's spokesman" of "Its spokesman" or "A spokesman" after
        "Velmara rejected the report.", read as that would be ("velmara spokesperson"); so too after a sentence that
        credited no one and whose subject was a body by its name (see :meth:`see_body`: "Orsk Mining has hit back. A
        spokesman told us ..."); and so a document owned by "its" alone (see ``ITS_DOCUMENT``): "the inquiry's
        600-page report" of "Its 600-page report" after "The inquiry found ...", the inquiry's own word, or after a
        sentence that credited no one and whose subject was a body ("The Harbour Authority looked at the fees. Its
        review found ..."), and a state's
        body ("Its Foreign Ministry" after "Dravinia has denied the claim.": see ``ITS_MINISTRY``), or of the state
        that acted in the sentence before, crediting no one ("Its embassy" after "Norway launched an inquiry.": see
        :meth:`see_state`), the state's where the source before is a state's body named by its state ("Ostria's
        foreign ministry" of "Its foreign ministry" after "Ostria's embassy rejected ...": see ``STATE_BODY_OWNER``);
        and "A
        spokesman" after its own ``sentence`` (the text before the span) opened with "The" and a body's noun (see
        ``BODY_SUBJECT_OPENING``) the spokesperson of the one body that noun means: "The company plans to file in
        May, a spokeswoman said."; in a ``denial``, the spokesperson or body owned by "its" of the body the sentence
        before accused (see :meth:`_accused_owner`); ``None`` otherwise."""
        found = ITS_SPOKESPERSON.fullmatch(text.strip(EDGE))
        role = found.group(1) if found else its_role(text.strip(EDGE))
        document = (ITS_DOCUMENT.fullmatch(text.strip(EDGE)) or ITS_MINISTRY.fullmatch(text.strip(EDGE))
                    if role is None else None)
        if role is None and document is None:
            return None
        accused = self._accused_owner() if denial and text.strip(EDGE)[:3].lower() == "its" else None
        if accused is not None:
            return f"{accused}'s {role or text.strip(EDGE).split(None, 1)[1]}"
        clause = self._clause_body(sentence) if role is not None and text.strip(EDGE)[:3].lower() == "its" else None
        if clause is not None:
            return f"{clause}'s {role}"
        last = self._seen_count - 1
        before = [name for name, at in self._credited.items() if at == last]
        # a person named with a role in this sentence ("its author, Carl Wend,") is stamped as if named before
        # an interviewer's label ("PRESENTER: We put your comments to the health board.") names no one its role serves
        others = [name for name, at in self._mentioned_at.items()
                  if at == last and name not in before and not self._written_here_only(name)
                  and name not in INTERVIEWER_ROLES and self._turn_speaker != (name, last)]
        owned = role or text.strip(EDGE).split(None, 1)[1]
        if not before and not others and self._acting_body is not None and self._acting_body[2] == last:
            # "The Harbour Authority looked at the fees. Its review found ...": the body the sentence before wrote of
            return f"{self._acting_body[1]}'s {owned}" if role or _pronoun_may_own(text, self._acting_body[0]) else None
        state = self._acting_state
        if (role is None and not before and not others and state is not None and state[2] == last
                and ITS_MINISTRY.fullmatch(text.strip(EDGE))):
            return f"{state[1]}'s {owned}"  # "Norway opened an inquiry. Its foreign ministry said ...": Norway's
        if role is not None and sentence and TWO_BODIES_OPENING.match(sentence):
            return None  # "The company and the union agreed a deal, a spokeswoman said.": either side's
        subject = BODY_SUBJECT_OPENING.match(sentence) if sentence else None
        if role is not None and subject is not None and subject.group(1) in BODY_NOUNS:
            # "The company plans to file in May, a spokeswoman said." after "Halvex Therapeutics said ...": the
            # spokeswoman of the one body "the company" means
            body = self._description_stands_for(subject.group(1), False)
            if body != subject.group(1):
                return f"{self.shown.get(body, body)}'s {role}"
        # "Its managing director" after "Castor Structural says ...": a name read as a person's by its shape alone is
        # a body's, as "its" says
        its_body = role is not None and text.strip(EDGE)[:3].lower() == "its" and len(before) == 1 and (
            self._person_by_shape_only(before[0]))
        if (len(before) != 1 or others or (before[0] in self.people and not its_body)
                or before[0].endswith("spokesperson")
                or (people_plural(before[0].rpartition(" ")[2]) and not _their_document(role, text))):
            # "Its spokesman" after "Velmara and Orvane rejected the report": whose is unclear; "Its authors" after
            # "The researchers said": a study's, whose people are no body
            return None
        if role is None and not _pronoun_may_own(text, before[0]):
            return None  # "Their letters" after "The Orrin Institute said it had interviewed two whistleblowers."
        shown = self.shown.get(before[0], before[0])
        of_state = role is None and ITS_MINISTRY.fullmatch(text.strip(EDGE)) is not None
        owner = STATE_BODY_OWNER.fullmatch(shown) if of_state else None
        # "Its foreign ministry" after "Ostria's embassy in Bresk rejected ...": Ostria's, not the embassy's
        return f"{owner.group(1) if owner else shown}'s {owned}"

    def _person_by_shape_only(self, name: str) -> bool:
        """Whether the credited ``name`` is read as a person's by its shape alone, capitalised words with no known
        given name, no sex written or said and no role written with it ("castor structural" of "Castor Structural
        says ..."), which "its" owning a role after it shows to be a body's; not "tom castor" nor "mr castor"."""
        return not self.people.get(name) and self.sex_of(name) is None and given_name_sex(name.split(" ")[0]) is None

    def _club_by_last_word(self, bare: str, text: str) -> str | None:
        """The one club credited so far (see ``_clubs_credited``) whose name ends in ``bare``, one word of a club's
        name written alone as the span ``text`` with no article ("United" after "Dunmore United said", "City" after
        "Fenwick City said"), or a plural one with "the" (see ``_PLURAL_CLUB_WORDS``: "The Rovers" after "Eastmere
        Rovers said"): sports copy calls a club by it; failing any credited, the one club merely named so far
        by a word only clubs end their names with ("Albion" after "Portharbour Albion have signed ...": see
        :meth:`_see_clubs_written`), its club's letters after that word passed over ("Albion" after "Portharbour
        Albion FC confirmed ..."); ``None`` for none or two such clubs, or for "the city"."""
        written = text.strip(EDGE)
        if bare in _PLURAL_CLUB_WORDS and written.lower().startswith("the "):
            written = written[len("the "):].lstrip()  # "The Rovers", as "the Rangers" or "the Wanderers"
        if bare not in CLUB_SHORT_NAMES or written != bare.capitalize():
            return None
        clubs = ({club for club in self._clubs_credited if _club_word_last(club) == bare}
                 or {club for club in self._clubs_written if _club_word_last(club) == bare})
        return clubs.pop() if len(clubs) == 1 else None

    def _inquest_heard(self, bare: str) -> str | None:
        """The one inquest credited so far that "the hearing" (``bare``) means ("An inquest heard ... The hearing was
        told ..."; see ``_INQUEST_NAME``), or, for a bare "inquest" (a headline's "Inquest hears ...", read after the
        copy), the one "hearing" credited so far, no inquest named: an inquest is a hearing. ``None`` otherwise, and
        for two."""
        if bare == "hearing":
            heard = {name for name in self._credited if _INQUEST_NAME.fullmatch(name)}
        elif bare == "inquest" and not any(_INQUEST_NAME.fullmatch(name) for name in self.names):
            heard = {name for name in self._credited if name == "hearing"}
        else:
            return None
        return heard.pop() if len(heard) == 1 else None

    def _club_lettered_otherwise(self, bare: str) -> str | None:
        """The one club credited or named so far (see ``_clubs_written``) that the club's name ``bare``, of two
        words or more, writes with or without its club's letters ("kessel united" after "Kessel United FC said", and
        back): one club, however its name ends; ``None`` for none or two, and for a name without letters ending in a
        place's word ("Harbour City", see ``_PLACE_CLUB_ENDS``)."""
        words = bare.split(" ")
        lettered = len(words) > 2 and words[-1] in CLUB_ENDS
        if len(words) < 2 or (not lettered and words[-1] in _PLACE_CLUB_ENDS):
            return None  # "Harbour City said" after "Harbour City FC said" may be the city's
        short = " ".join(words[:-1]) if lettered else bare
        forms = {short, *(f"{short} {letters}" for letters in CLUB_ENDS)} - {bare}
        clubs = {name for name in forms if name in self.names or name in self._clubs_written}
        return clubs.pop() if len(clubs) == 1 else None

    def resolve(self, name: str) -> str:
        """``name``, or the person later named for it when it was a nameless role or the end of a name ("López
        Obrador" before "Andrés Manuel López Obrador": see :meth:`_named_in_full`)."""
        return self.named_later.get(name, name)

    def _group_placed_at(self, bare: str, denial: bool) -> str | None:
        """The one source that is a group of people placed at a body whose name holds the description ``bare`` as its
        head (see ``GROUP_AT_BODY``: "forecasters at the national weather service" for "the service", "researchers
        at the vell lab" for "the lab"), the body that speaks through them; ``None`` for none or two, for a
        person's role, or for an accuser in a ``denial``."""
        if role_head(bare) in PERSON_ROLES:
            return None
        groups = [name for name in self._bodies.holding(bare.split(" ")) if name in self.names
                  and (placed := GROUP_AT_BODY.fullmatch(name)) is not None and names_body(bare, placed.group(1))]
        return groups[0] if len(groups) == 1 and not (denial and self._accuser(groups[0])) else None

    def _reworded(self, bare: str) -> str | None:
        """The one source named before that the ministry or department ``bare`` names in other words (see
        :func:`same_ministry`: "ministry of interior" or "ministry of the interior" of "interior ministry", and
        back; "foreign ministry" of "ministry of foreign affairs"; "saudi interior ministry" of "saudi arabia's
        ministry of interior"); ``None`` for none, or for two (two countries' foreign ministries)."""
        ministry = ministry_parts(bare)
        spelled = self.acronyms.get("mfa")
        if ministry is None or (MFA.search(bare) and spelled and ministry_parts(spelled) is None):
            return None  # nor "MFA" after "the Museum of Fine Arts (MFA)"
        same = [name for name in self._ministries.get(ministry[2][-1], ())
                if name != bare and same_ministry(bare, name) and not self._abroad(ministry, name)]
        return same[0] if len(same) == 1 else None

    def _abroad(self, ministry: tuple[str, str, list[str]], named: str) -> bool:
        """Whether the ministry ``ministry`` (see :func:`ministry_parts`), written with a country or a nationality, is
        another country's than the one of the dateline (``dateline_country``), whose ministry the source ``named``
        before without a country is: "China's foreign ministry" after "The foreign ministry" under "TOKYO, April 2
        - " is not Japan's."""
        before = ministry_parts(named)
        if self.dateline_country is None or before is None or before[1] or len(before[2]) >= len(ministry[2]) + 1:
            return False
        owner = ministry[1] or " ".join(ministry[2][:len(ministry[2]) - len(before[2])])
        return bool(owner) and not same_country(self.dateline_country, owner)

    def _post_written_otherwise(self, bare: str) -> str | None:
        """The first source named before that is the post ``bare`` names written the other way, in letters or
        spelled out ("prime minister" for "pm", "deputy cm" for "deputy chief minister": see ``SHORT_POSTS``);
        ``None`` for none."""
        letters = in_letters(bare)
        return self._posts_written.get(letters) if letters is not None else None

    def _body_spokesperson(self, noun: str, denial: bool, role: str = "spokesperson",
                           around: tuple[str, str] | None = None) -> str | None:
        """The spokesperson (or other ``role``: "official") of the body that "the" and its one-word ``noun`` means, as
        "the company" is read for "the company's spokesman" (see :meth:`_company_spokesperson`): the one body whose
        name it heads or the one of a kind named so far ("the bank's spokeswoman" after "Dravik Bank said": "dravik
        bank spokesperson", as "A Dravik Bank spokeswoman" is; see :meth:`_description_stands_for`,
        :meth:`_kind_named`); with ``around``, the sentence's text before the span and after it, also the body
        credited just before that "the" and the noun would mean there ("a spokesman for the agency" after "Ratings
        agency Varden ... Varden denied it": "varden spokesperson"); a trade's noun that a person may be too
        ("landlord") only the firm of that trade it means ("Harwick Homes"); ``None`` where it means none, or a
        person."""
        personal = noun in PERSON_ROLES or noun in PERSON_NOUNS
        if personal and noun not in NAMED_TRADES:
            return None  # "the president's spokesman" speaks for a person
        before, after = around if around is not None else (None, "")
        described = self._description_stands_for(noun, denial, before=before, after=after)
        if described in self.people or (personal and described == noun):
            return None  # "a spokesman for the landlord": a firm of that trade in view ("Harwick Homes"), or none
        if described == noun:
            described = self._holder_credited_just_before(noun) or noun
        if described == noun:
            named = self._kind_named(noun, denial)  # a body by its name's kind, a person's name as it may read
            if named is None:
                return None
            described = text_key(named)
            self.shown.setdefault(described, named)
        name = f"{described} {role}"
        self.shown.setdefault(name, f"{self.shown.get(described, described)} {role}")
        return name

    def _holder_credited_just_before(self, noun: str) -> str | None:
        """The source credited in the sentence just before, when its name holds the one-word ``noun`` as its head and
        another body's does too ("department for rural affairs" of "The Department for Rural Affairs has denied the
        claims. A department spokesman said ...", though "the county highways department" was credited earlier):
        the body whose spokesperson speaks next; ``None`` otherwise."""
        last = next(reversed(self._credited), None)
        if last is None or self._credited[last] != self._seen_count - 1 or last in self.people:
            return None
        holders = {name for name in self._bodies.holding([noun]) if names_body(noun, name)}
        return last if last in holders and len(holders) > 1 else None

    def _role_of_body_described(self, bare: str, text: str, denial: bool, around: tuple[str, str]) -> str | None:
        """The person's role ``bare`` owned by a body's noun written with "the" in the span ``text`` ("company's chief
        executive" of "The company's chief executive") as that body's role, as "the company's spokesman" is its
        spokesperson (see :meth:`_body_spokesperson`): "corvane chief executive" after "Corvane said"; ``None`` where
        the noun means no body in view, or the role is no person's."""
        found = OWNED_ROLE.fullmatch(bare)
        if (found is None or found.group("noun") not in BODY_NOUNS
                or role_head(found.group("role")) not in PERSON_ROLES
                or not any(owner.group("noun").lower() == found.group("noun") for owner in THE_OWNER.finditer(text))):
            return None
        return self._body_spokesperson(found.group("noun"), denial, found.group("role"), around)

    def _company_spokesperson(self, bare: str, denial: bool) -> str:
        """The spokesperson ``bare`` ("company spokesperson", of "a spokesman for the company") of the company "the
        company" means (see :meth:`_company_described`): "torrin payments ltd spokesperson", or "torrin spokesperson"
        when "a Torrin spokesman" spoke before; ``bare`` itself when it means none."""
        company = self._company_described(bare.partition(" ")[0], denial)
        if company is None:
            return bare
        # "a Torrin spokesman" before: the one spokesperson, by the company's short name or first word
        spoken = [name for at, char in enumerate(company) if char == " "
                  for name in [f"{company[:at]} spokesperson"] if name in self.names
                  and (short_for(company, company[:at]) or self._company_first_word(company[:at]) == company)]
        if spoken:
            return spoken[0]
        name = f"{company} spokesperson"
        self.shown.setdefault(name, f"{self.shown[company]} spokesperson")
        return name

    def _name_stands_for(self, bare: str, written: str, text: str, denial: bool, kin: bool,
                         around: tuple[str, str] = ("", "")) -> str:
        """The source the capitalised name ``bare`` stands for, in a sentence that is a ``denial`` or not (``around``:
        the sentence's text before the span ``text`` and after it): itself
        when a source already, the person it names with the given name spelled another way unless ``kin``, described
        as a relative (see :meth:`_respelled`), the short name a company with legal forms spoke as before (see
        :meth:`_may_be_company`), the name or the post that is a source spelled out before it as an acronym (see
        :meth:`_see_acronyms`), or the source it is with or without "'s", the one person whose double surname it
        opens (see :meth:`_first_surname_joins`), else the one person whose name it
        shortens (see :meth:`_person_shortened`), failing any such person the one company (see
        :meth:`_company_shortened`), else itself."""
        if bare in self.people or bare in self.names:
            return bare  # a name already a source on its own ("Ford" the company) stays itself
        author = self._lead_author(bare)
        if author is not None:
            return author
        respelled = None if kin else self._respelled(bare)
        if respelled is not None:
            return respelled  # "Dmitri Peskov" after "Dmitry Peskov"
        short, _, role = bare.rpartition(" ")
        company = self._company_shortened(short) if role == "spokesperson" and short else short
        if company != short and f"{company} spokesperson" in self.names:
            return f"{company} spokesperson"  # "a Torrin spokesman" after "a spokesman for the company"
        if role == "spokesperson" and company != short and company in self.names and company not in self.people:
            name = f"{company} spokesperson"  # "A Southline spokesman" after "Southline Power said": its spokesperson
            self.shown.setdefault(name, f"{self.shown.get(company, company)} spokesperson")
            return name
        spelled = self.acronyms.get(short) if role == "spokesperson" and short.upper() in written.split() else None
        if spelled and spelled not in self.people:
            # "A UEC spokesman" after "The United Engineering Council (UEC) said": the council's spokesperson
            name = f"{spelled} spokesperson"
            self.shown.setdefault(name, f"{self.shown.get(spelled, spelled)} spokesperson")
            return name
        # "Orvane Pharma Inc." after "Orvane Pharma" or "Orvane" said: the source it spoke as, as either after
        # "Orvane Pharma Inc." joins it, but for a person ("Ralph Lauren said he ... Ralph Lauren Corp.") and,
        # in a denial, for the accuser ("Corin Vale accused ... Corin Vale Ltd. denied")
        spoken = self._spoken_as(bare)
        word = bare.partition(" ")[0]
        if spoken == bare and word in self.names and (self._company_first_word(word) == bare or (
                firm_named(bare, text) and self._names_started(word) == set())):
            spoken = word  # "Northline Rail Freight" after "Northline said", a firm by its name's last word
        if spoken != bare and self._may_be_company(spoken) and not (denial and self._accuser(spoken)):
            self.spoke_as[bare] = spoken
            self._no_person(spoken)  # a company's short name, so that "Orvane" then joins it too
            if " " not in self.shown.get(spoken, spoken):
                self.shown[spoken] = with_stop(written, text)  # shown in full: "Orvane Pharma Inc.", not "Orvane"
            return spoken
        club = self._club_by_last_word(bare, text) or self._club_lettered_otherwise(bare)
        if club is not None:
            return club  # "United" after "Dunmore United said": the club, by the word copy calls it by
        spelled_out = self.acronyms.get(bare)
        if spelled_out:
            # "EFCC" after "the Economic and Financial Crimes Commission (EFCC)"; "MEA" after "India's Ministry of
            # External Affairs (MEA)", spelled out without the owner, the one ministry so named
            same = None if spelled_out in self.names else self._reworded(spelled_out)
            return same if same and not (denial and self._accuser(same)) else spelled_out
        initialled = self._initialled(written) if written.isupper() and bare not in self.acronyms else None
        if initialled is not None:
            # "The NTSB" after "The National Transportation Safety Board said", never bracketed: the acronym is then
            # that body's own word, as one spelled out in brackets is, so that "The group" after it may mean it
            self.acronyms[bare] = initialled
            return initialled
        post = self.posts.get(bare)
        if post and post in self.names:
            return post  # "The DPP" after "The Director of Public Prosecutions (DPP) said"
        # "Moody's" that speaks and "Moody" that owns a report ("Moody's report said"): one source
        other = bare.removesuffix("'s") if bare.endswith("'s") else bare + "'s"
        if other in self.names and other not in self.people:
            return other
        outlet = self._outlet_or_name(bare)
        if outlet is not None:
            return outlet  # "Velnova" after "The Velnova news agency said", and back: one source
        # "Marsh", "De Vries", and "al-Assad" or "Assad" of "Bashar al-Assad"; "Perez" of "José Pérez", as the
        # accents of a whole name are left out or written (see ``_unaccented``)
        folded = without_accents(bare)
        ending = {p for p in self._by_last.holding(folded.split()[-1:])
                  if ends_with_name(without_accents(p), folded)}
        # but never by a given name written last alone: "Mingtao" is no short name of Zhou Mingtao; nor by a local
        # title and the surname alone read as a name of its own ("district attorney pell" of "District Attorney Pell"
        # beside "ana pell"), which is that person
        last = {p for p in ending if not given_name_last(without_accents(p))}
        titled = {p for p in last if LOCAL_TITLE_THEN_KEY.fullmatch(p)}
        last = last - titled if last - titled else last
        # a family name written first
        first = {p for p in self._by_first.holding(folded.split()[:1])
                 if without_accents(p).startswith(folded + " ")}
        double = self._first_surname_of(folded) if not first and " " not in folded else None
        if double is not None and self._first_surname_joins(double, written, text, around, last):
            # "Ortega" of "María Luisa Ortega Vidal"; "Vidal" just after "Ana Vidal Serrano" spoke, though it ends
            # "María Luisa Ortega Vidal" too
            self._personal.add(double)
            return double
        described = self._described_in_headline(bare, written, last, first)
        if described is not None:
            self._forget_person(described)
            self.named_later[described] = bare
            return bare
        person = self._person_shortened(bare, written, text, last, first)
        if person is not None:
            self._personal.add(person)
            return person
        joint = None if ending or first or " " in bare else self._one_of_joint(bare, written, text, around)
        if joint is not None:
            return joint  # "Ms. Corlow" after "Jane E. Corlow and T. R. Pamber said"
        given = None if ending or first else self._written_in_full(bare, written, text)
        if given is not None:
            return given  # "Maria" after "Maria Strand was booked.", named in full by no source
        if ending or first:
            return bare  # a person's name may end or start with it: no company's short name
        civic = self._civic_body_shortened(bare)
        if civic is not None:
            return civic  # "The Red Cross said" after "The Kestorian Red Cross said"
        government = self._seat_or_country(bare)
        if government and not (denial and self._accuser(government)):
            return government  # "Beijing" after "China" said, and back: one government
        if " " in bare and written_as_person(bare, text):
            return bare  # "Ms Tory Burch" or "Tory Burch, the designer" after "Tory Burch LLC": its namesake
        return self._company_shortened(bare)

    def _described_in_headline(self, bare: str, written: str, last: set[str], first: set[str]) -> str | None:
        """The one person whose name ``bare`` (``written`` so) ends, noted only from a headline in title case (see
        ``_headline_people``) by more words before it, none a headline's small word ("Daughter Of Tom Vask" is
        another), when ``bare`` opens with a known given name of one sex (see
        :func:`framing.given_names.given_name_sex`): the headline's capitals described them ("Conservative Icon Tom
        Vask Endorses ..." before "Tom Vask, the veteran activist, ..."), whom ``bare`` now names; ``None`` for
        any other."""
        if len(last) != 1 or first or " " not in bare or given_name_sex(written.split(" ")[0]) is None:
            return None
        person = next(iter(last))
        before = person.split(" ")[:-len(bare.split(" "))]
        return (person if person in self._headline_people and before and not HEADLINE_SMALL_WORDS.intersection(before)
                else None)

    def _description_stands_for(self, bare: str, denial: bool, anyone: bool = False, before: str | None = None,
                                after: str = "") -> str:
        """The source the description ``bare``, written with "the", stands for in a sentence that is a ``denial``
        or not: the one body whose name holds it as its head, failing any such body the one body described so
        (see :meth:`_body_described`), else the one company (see :meth:`_company_described`) that a relative clause
        after the description does not name as another ("The firm, which holds shares in Calder, said": see
        :func:`_named_in_own_clause`), else the one
        person (see :meth:`_person_described`; ``anyone``: named anywhere before), else, in copy read in order
        (``before``, ``after``: the sentence's text before and after the description), for a person's noun of
        ``PERSON_NOUNS`` (but a synonym of roles, "the boss") no one was written with and no rank, the person
        credited just before (on the terms of :meth:`_described_credited_last`: "the billionaire mogul told
        People" after "Tom Vask said"), or the body credited just before that it may mean (see
        :meth:`_body_credited_last`); else itself. "The survey" may mean a poll so
        named, and back (see ``POLL_NOUNS``), when no body is named by its own word."""
        want = bare.split(" ")
        heads = [want[:-1] + [end] for end in CLUB_ENDS] if want[-1] == "club" else []  # "harbour city f.c"
        if want[-1] in COOPERATIVE_SPELLINGS:  # "kessel dairy co-operative" for "the co-op"
            heads = [want[:-1] + [spelling] for spelling in COOPERATIVE_SPELLINGS - {want[-1]}]
        bodies = {n for words in [want, *heads] for n in self._bodies.holding(words) if names_body(bare, n)}
        bodies -= {n for n in bodies if self.named_later.get(n) in bodies}  # a body described, then named: one
        if want == ["club"] and bodies:
            # another club in view, credited or named with its letters ("Harbour City FC beat Kessel United. Kessel
            # United said ... The club said"): neither (see below)
            bodies |= {normalise_source(club) for club in self._named_kinds.get("club", {}).values()}
            bodies |= self._clubs_credited
        for other in POLL_NOUNS - {want[-1]} if want[-1] in POLL_NOUNS and not bodies else ():
            # "the survey" after "a new Marsh College poll found": the poll, by the other word
            named = " ".join(want[:-1] + [other])
            bodies = {n for n in self._bodies.holding(named.split(" ")) if names_body(named, n)}
        if len(bodies) == 1 and not any(another_body(bare, words, bodies) for words in self._through(bare, want)):
            return bodies.pop()
        representative = self._representative_credited_last() if not bodies and bare == "spokesperson" else None
        if representative is not None:
            return representative  # "the spokeswoman said" after "A representative for Lena Croft dismissed it"
        study = self._study_meant(after) if want == ["paper"] and not bodies else None
        if study is not None:
            return study
        if bodies and len(want) == 1 and want[0] in POLL_NOUNS:
            # "the poll" after "A new poll shows ..." and "The Kessel/Orr poll shows ...": the one named last
            return next((n for n in reversed(self._mentioned) if n in bodies or n == bare), bare)
        if bodies:
            return self._role_credited_last(bare, bodies, denial) or bare
        spoken_for = self._spoken_for_only(bare, want)
        if spoken_for is not None:
            return spoken_for
        described = self._body_described(want, denial)
        if described is not None:
            return described
        company = self._company_described(bare, denial) or self._firm_of_trade_written_before(bare, denial, before)
        if company is not None and not _named_in_own_clause(after, company):
            return company
        person = self._person_described(bare, want, denial, anyone) or self._person_so_called(bare, denial)
        if (person is None and before is not None and want[-1] in (PERSON_NOUNS - ROLE_SYNONYMS.keys()) | POSITIONS
                and not set(want) & RANK_MODIFIERS and not self._by_role.holding(want[-1:])):
            # "the billionaire business mogul told People" after "Tom Vask said ...", no one written so: Vask
            person = self._described_credited_last(denial, before, after)
        if person is None and before is not None and AGE_ALONE.fullmatch(bare) and bare not in self._so_called:
            # "the 43-year-old said" after "Sen. Tom Vask said ...", no one written with that age: Vask, unless
            # written with another ("Tom Vask, 52,")
            person = self._described_credited_last(denial, before, after)
            person = None if person is not None and any(person in aged for aged in self._so_called.values()) else person
        if person is None and before is not None:
            person = self._body_credited_last(bare, denial, before, after)
        if person is None and want in (["regulator"], ["watchdog"]):
            person = self._sanctioner_meant(bare)
        if person is None and want == ["agency"]:
            person = self._world_agency_meant()
        return bare if person is None else person

    def _world_agency_meant(self) -> str | None:
        """The one source credited so far that is a world body's agency whose name says no agency ("World Grain
        Programme", "UN Children's Relief Fund": see :func:`framing.index_body_words.world_agency`), when no other
        source credited may be an agency (see :meth:`_may_describe`: "Kessel Border Service", "the FBI") and no body
        whose name holds "Agency" was written ("The Kessel Border Agency closed the road."): "the agency" means it as
        it would the one body whose name holds "Agency", however many sentences after its credit; ``None``
        otherwise."""
        agencies = [name for name in self._credited if self._may_be_body(name, lenient=True)
                    and self._may_describe("agency", name)]
        if len(agencies) != 1 or not world_agency(agencies[0], self.shown.get(agencies[0], agencies[0])):
            return None
        # "The Kessel Border Agency closed the road." since: a body whose name holds "Agency" is the one meant
        return None if set(self._named_kinds.get("agency", {})) - {agencies[0]} else agencies[0]

    def _sanctioner_meant(self, bare: str) -> str | None:
        """The body named as the agent of a passive sanction (see :meth:`_see_regulating`: "Brisk Power was fined by
        the Office of Gas and Electricity Markets") that ``bare``, "regulator" or "watchdog", means, when it was at most
        ``BODY_REACH_SENTENCES`` sentences before and no source was credited since; ``None`` otherwise."""
        if self._sanctioner is None:
            return None
        body, shown, at = self._sanctioner
        if self._seen_count - at > BODY_REACH_SENTENCES or any(seen >= at for seen in self._credited.values()):
            return None
        self.shown.setdefault(body, shown)
        return body

    def _study_meant(self, after: str) -> str | None:
        """The one study credited so far, which "the paper" means in science copy ("The paper found ..." after
        "according to a study published in the journal Cell Rhythms"), unless ``after``, the sentence's text after
        it, makes it a newspaper (see ``PAPER_AS_NEWSPAPER``) or a newspaper was credited too (its name ending in a
        masthead's word, ``PAPER_NAME_WORDS``); ``None`` otherwise."""
        if PAPER_AS_NEWSPAPER.search(after) or any(name.rpartition(" ")[2] in PAPER_NAME_WORDS
                                                   for name in self._credited):
            return None
        studies = {name for name in self._bodies.holding(["study"]) if names_body("study", name)}
        return studies.pop() if len(studies) == 1 else None

    def _representative_credited_last(self) -> str | None:
        """The source credited last, when it is someone's representative or publicist left unnamed ("representative
        for lena croft", see ``_REPRESENTATIVE_KEY``) and credited in the sentence before: the one spokesperson in
        view, whom "the spokeswoman" then means; ``None`` otherwise."""
        last = next(reversed(self._credited), None)
        if last is None or self._credited[last] != self._seen_count - 1 or not _REPRESENTATIVE_KEY.match(last):
            return None
        return last

    def _spoken_for_only(self, bare: str, want: list[str]) -> str | None:
        """The one body, never a source itself, whose name holds the description ``bare`` (its words ``want``) as its
        head and whose spokesperson is: "the authority" of "A spokeswoman for the Lisk Port Authority said ... The
        authority said" is that authority, not the spokeswoman nor a source "authority" apart; ``None`` for none or
        two, or for a spokesperson of the description alone ("A company spokesperson", whose body is unnamed). A
        business seen only through its spokesperson is what its kind in the singular ("the studio" of "Tallow
        Studios") or "the company" means (see :meth:`_firm_spoken_for`)."""
        bodies = {name.removesuffix(" spokesperson") for name in self._bodies.holding(want + ["spokesperson"])
                  if name.endswith(" spokesperson")}
        bodies = {body for body in bodies if body != bare and names_body(bare, body)}  # not "a company spokesperson"
        if not bodies:
            bodies = self._firm_spoken_for(bare, want)
        if len(bodies) != 1:
            return None
        body = bodies.pop()
        self.shown.setdefault(body, self.shown.get(f"{body} spokesperson", body).removesuffix(" spokesperson"))
        return body

    def _firm_spoken_for(self, bare: str, want: list[str]) -> set[str]:
        """The businesses, never sources themselves, whose spokesperson is a source and whose name ends in the
        plural of the one-word description ``bare`` ("tallow studios" for "the studio") or, for "the company" or "the
        firm" (see ``COMPANY_WORDS``), as a business's does (its legal form or trade: "halvex corp"), where no company
        nor other body of such a name was named as a source: "A spokesperson for Halvex Corp said ... The company
        said" is Halvex Corp's word."""
        if len(want) != 1 or self.companies:
            return set()
        firms = {name.removesuffix(" spokesperson") for name in self._bodies.holding(["spokesperson"])
                 if name.endswith(" spokesperson") and " " in name.removesuffix(" spokesperson")}
        if bare in COMPANY_WORDS:
            firms = {firm for firm in firms if LEGAL_FORM_END.search(firm) or business_name_end(firm.split(" "))}
        else:
            firms = {firm for firm in firms if firm.rpartition(" ")[2] == f"{bare}s"}
        if any(name.rpartition(" ")[2] == firm.rpartition(" ")[2] for firm in firms for name in self.names
               if name not in firms and not name.endswith(" spokesperson")):
            return set()  # "Brim Studios said" too: either may be "the studio"
        return firms

    def _role_credited_last(self, bare: str, roles: set[str], denial: bool) -> str | None:
        """Of ``roles``, the sources holding the nameless person's role ``bare`` ("aide", "spokesperson") as their
        head, ``bare`` itself perhaps and one other written with more words ("labour council aide"): that other, when
        it is the source credited last and, in a ``denial``, no accuser ("An aide said ... A Labour council aide
        rejected the claim. '...,' the aide said." is the Labour aide's; "The UN Secretary-General's spokesperson
        urged ... '...,' the spokesperson said." is the UN's, though a ministry's spokeswoman spoke before); of two
        or more such others, the one credited in the sentence just before ("A Brell spokesman said ... A Pollen
        spokesperson said ... '...,' the spokesperson said." is Pollen's); ``None`` otherwise."""
        others = roles - {bare}
        last = next(reversed(self._credited), None)
        if not others or role_head(bare) not in PERSON_ROLES or last not in others:
            return None
        if len(others) > 1 and (self._credited[last] != self._seen_count - 1
                                or sexes_differ(self._seen_last, self._seen_before)):
            return None  # "A Pollen spokesman said ... '...,' the spokeswoman said." is not Pollen's man
        if not last.endswith(f" {bare}") or (denial and self._accuser(last)):
            return None
        return last

    def _body_credited_last(self, bare: str, denial: bool, before: str, after: str = "") -> str | None:
        """The body credited last that the one-noun description ``bare`` may mean ("the carmaker", "the company" or
        "the group" after "Ford said ...", "the group", "the NGO" or a civic group by its cause, "the rights group"
        (see :func:`civic_group_noun`), after "Civic Watch Network said ..."; one by its rank as its noun alone,
        "the nation's largest gun group" as "the group": see ``RANKED_BODY``; see
        :meth:`_may_describe`), when it is the one such body in view: no source credited since but a person or
        spokesperson of it ("Ford CEO Jim Farley", "a Ford spokesman", "a company spokesperson" before "the company":
        see :meth:`_speaks_for`), no other body it may mean among the
        ``BODY_REACH`` sources credited before it nor among the companies seen (see :meth:`_see_company`), at most
        ``BODY_REACH_SENTENCES`` sentences after its credit or the last of one speaking for it since (in a
        ``denial`` an accuser or a body whose claim another denied since is no other: see
        :meth:`_denied_since_claim`), and no other capitalised name written from that
        credit to the description (``before``, the sentence's text before it: "In 2019, Orsk was hacked, and the
        company said" is Orsk's; see :meth:`_names_another`; for a noun of one kind, "the agency", only a name that
        may be of that kind; "the club" means a club whose name reads as a person's, "Dunmore Rovers", by its words
        alone), nor in the sentence before a credited claim, which may be about another side; in a ``denial``
        never an accuser nor a body whose last credit was a claim, which the denial answers. "The paper" is no
        newspaper where a study or a document's paper is written from the credit to the description or after it
        (``after``, see ``PAPER_AS_DOCUMENT``: "The Kessel Post reported the study. The paper, published in a
        journal, said", "published a research paper. The paper said"), unless what follows it in its sentence makes
        it a newspaper (see ``PAPER_AS_NEWSPAPER``: "The paper said, citing unnamed officials"). ``None`` for none."""
        ranked = RANKED_BODY.fullmatch(bare)
        if ranked is not None:
            return self._body_credited_last(ranked.group(1), denial, before, after)  # "the nation's largest group"
        trade, _, head = bare.rpartition(" ")
        if trade in COMPANY_TRADES and (head in COMPANY_WORDS or (head == "group" and trade not in LOBBY_TRADES)):
            # "the pipeline company": a company, of a trade its name must not contradict; "the chemicals group" too,
            # as business copy calls a company by its trade and "group" (but "the lobbying group" is a lobby)
            named = self._body_credited_last("company" if head == "group" else head, denial, before, after)
            return named if named is not None and self._of_trade(named, trade) else None
        if (not civic_group_noun(bare) and bare not in NAMED_TRADES and agency_work(bare) is None
                and not self._acting_headed(bare)
                and ((" " in bare and bare not in ANY_BODY_DESCRIPTIONS) or not (
                    bare in BUSINESS_DESCRIPTIONS or bare in CIVIC_DESCRIPTIONS or bare in ANY_BODY_DESCRIPTIONS
                    or bare == "union" or bare in KIND_NAME_WORDS))):
            return None
        acting = self._acting_body_meant(bare, denial, before)
        if acting is not None:
            return acting
        credited = list(islice(reversed(self._credited), 2 * BODY_REACH))
        # a club's name reads as a person's by its capitals ("Dunmore Rovers"): its words say it is one (below); so
        # does one that ends in an agency's work ("Velmar Transit" of "the transit agency")
        work = agency_work(bare)
        at = next((k for k, name in enumerate(credited) if self._may_be_body(
            name, lenient=bare == "club" or (work is not None and name.rpartition(" ")[2] == work[0]))), None)
        if at is None:
            return None
        body = credited[at]
        # in a denial never the body whose claim or allegation it answers ("Oxfam said 20 civilians were killed. The
        # group denied harming civilians": the accuser does not deny its own claim), unless "also" says the body
        # that spoke goes on ("Greyfield says its offer is fair. The company also rejects the union's account")
        if (not self._may_describe(bare, body)
                or (denial and (self._accuser(body)
                                or (body in self._claimed_last and not self._accused_in_view(body)
                                    and not _ALSO_AFTER.match(after))))
                or not all(self._speaks_for(name, body, bare) or self._aside_person(name, bare)
                           for name in credited[:at])):
            return None
        others = [name for name in credited[at + 1:at + 1 + BODY_REACH] if self._may_be_body(name, lenient=True)]
        others += [company for company in self.companies if self._spoken_as(company) != body]
        if denial:  # nor one the denial answers ("Kellin's report found ... PulseTrack denied it ... the company said")
            others = [other for other in others if not (self._accuser(other) or self._denied_since_claim(other))]
        if any(self._may_describe(bare, other) for other in others):
            return None  # "the carmaker" after two of them: neither
        # in view since its own credit or that of one speaking for it since ("Brightfield denied it. '...,' spokeswoman
        # Lena Moss said. Moss said ... The company said")
        since = self._seen_count - max(self._credited[name] for name in credited[:at + 1]
                                       if not self._aside_person(name, bare) or self._speaks_for(name, body, bare))
        if since > BODY_REACH_SENTENCES:
            return None
        recent = list(self._recent)
        credit = len(recent) - since - 1  # the credited sentence's place in ``recent``
        # after a claim, the sentence before it too, which may name the side the claim is about ("The Harbour Front
        # militia shelled a village. Oxfam said 20 civilians were killed. The group said ..."); a sentence's first
        # word only as an owner, and not in the credit's ("NatWest's parent, the RBS Group, said")
        # a description of one kind ("the agency", "the union") passes over a capitalised word of no name of that kind
        # ("Portvale" of "a rally in Portvale, according to the Secret Service. The agency said"); one whose bodies'
        # names often say nothing of it, only over a place's, a person's or another kind's ("Frontex" may be an agency)
        kinds, strict = self._kind_reading(bare, body)
        if bare in BUSINESS_DESCRIPTIONS or bare in TRADE_KINDS or bare in NAMED_TRADES:
            # a business's noun passes over a state's body ("Corvane Aerospace said it was working with the Civil
            # Aviation Authority. The manufacturer said"), which it never means (see :meth:`_may_describe`)
            recent = [STATE_BODY_WRITTEN.sub(" ", text) for text in recent]
            before = STATE_BODY_WRITTEN.sub(" ", before)
        if (self._names_another(recent[credit], body, owner_first=False, kinds=kinds, strict=strict)
                or (body in self._claimed_last and credit > 0
                    and self._names_another(recent[credit - 1], body, kinds=kinds, strict=strict))):
            return None
        if (bare == "paper" and not PAPER_AS_NEWSPAPER.search(after)
                and any(PAPER_AS_DOCUMENT.search(text) for text in recent[credit:-1] + [before, after])):
            return None  # "the paper" may be the study or document written of, unless it cites its sources
        return None if any(self._names_another(text, body, kinds=kinds, strict=strict)
                           for text in recent[credit + 1:-1] + [before]) else body

    def _accused_in_view(self, body: str) -> bool:
        """Whether an accuser (see :attr:`alleged`) credited before ``body``'s last credit, in the sentences still in
        view, wrote of ``body`` by the first word of its name: ``body`` is the accused side, whose own claim since
        ("Brightway Logistics hired strikebreakers, the inspectorate found. Brightway said it would appeal.") is
        no allegation a later denial answers, so that "A company spokeswoman denied it" may be its spokesperson."""
        recent = list(self._recent)
        first = self.shown.get(body, body).split(" ")[0]
        if not first[:1].isupper():
            return False
        written = word_written(first)
        for accuser in self.alleged - {body}:
            at = self._credited.get(accuser)
            place = len(recent) - (self._seen_count - at) - 1 if at is not None else -1
            if at is not None and at < self._credited[body] and place >= 0 and written.search(recent[place]):
                return True
        return False

    def _aside_person(self, name: str, bare: str) -> bool:
        """Whether the source ``name`` is a person named with no body's noun among their roles: one who may speak
        between a body's credit and "the company" that means it ("Harrow Mills said ... Mayor Ana Ruiz said ... The
        company said": Harrow Mills), as a person is no body the description may mean; one written with a body's
        noun ("Jo Park, a company director", "union spokeswoman Nadia Pell") may speak for another body."""
        roles = self.people.get(name)
        return (roles is not None and bare not in roles and roles.isdisjoint(BODY_NOUNS)
                and not self._may_be_body(name, lenient=True))

    def _kind_reading(self, bare: str, body: str) -> tuple[frozenset[str], bool]:
        """How a capitalised word between ``body``'s credit and the description of one kind ``bare`` ("agency",
        "union") is read (see :meth:`_names_another`): the words a name of that kind holds (see ``KIND_NAME_WORDS``),
        and whether a word of no such name may still be one (``VARIED_NAME_KINDS``: "Frontex" may be an agency). Where
        the text wrote ``body`` itself as one of that kind ("Ratings agency Varden"), the writer's "the agency" is it,
        a word of no such name is none ("Ostrava" of "cut Ostrava's rating"), but the name of another the text wrote
        so is ("rival agency Merrow")."""
        kinds = UNION_NAME_WORDS if bare == "union" else KIND_NAME_WORDS.get(bare, frozenset())
        if not self._written_as(bare, body):
            return kinds, bare in VARIED_NAME_KINDS
        others = {word for name, nouns in self._kinds_written.items()
                  if bare in nouns and name != body and not name.startswith(f"{body} ") for word in name.split(" ")}
        return kinds | others, False

    def _acting_body_meant(self, bare: str, denial: bool, before: str) -> str | None:
        """The body noted as the subject of a sentence naming no source (see :meth:`see_body`) that the one-noun
        description ``bare`` means: "the utility" of "Northfall Energy asked regulators for a rate rise. The utility
        said ...", when no source was credited since but one speaking for it, it was at most ``BODY_REACH_SENTENCES``
        sentences before, or after the last credit of one speaking for it (see :meth:`_spoken_for_since`), the
        noun fits what its name says (see :meth:`_may_describe`), and no other name is written after it up to the
        description (``before``, the sentence's text before it); in a ``denial`` never an accuser. A firm so credited
        is a company whose first word joins it (see :func:`firm_named`). ``None`` for none."""
        acting = self._acting_body or (self._acting_capitals if bare in COMPANY_WORDS else None)
        if acting is None:
            return None
        body, shown, at = acting
        spoke = self._spoken_for_since(body, bare, at)
        since = self._seen_count - spoke if spoke is not None else BODY_REACH_SENTENCES + 1
        if (since > BODY_REACH_SENTENCES
                or not (self._may_describe(bare, body) or self._acting_headed(bare))
                or (denial and self._accuser(body)) or self._credited_before_acting(bare, body, at)):
            return None
        recent = list(self._recent)
        kinds, strict = self._kind_reading(bare, body)
        if any(self._names_another(text, body, owner_first=k > 0, kinds=kinds, strict=strict)
               for k, text in enumerate(recent[len(recent) - since - 1:-1] + [before])):
            return None
        body, shown = self._whole_body_headed(bare, body, shown)
        self.shown.setdefault(body, shown)
        if firm_named(body, shown):
            self._note_company(body, shown)  # "Northfall said" after it: the firm's first word
        return body

    def _credited_before_acting(self, bare: str, body: str, at: int) -> bool:
        """Whether another body the noun ``bare`` may mean (see :meth:`_may_describe`) was credited in the
        ``BODY_REACH_SENTENCES`` sentences before ``body`` acted in sentence ``at``: "Senator Vance left early, the
        Secret Service said. The FBI closed the square. The agency said ..." may be either agency's, so neither's; a
        person or people by their plural credited is no such body ("Nurses say ... The manufacturer, Hallam Medical,
        declined to be interviewed. The company says ..." is Hallam Medical's)."""
        return any(name != body and name not in self.people and not people_plural(name.rpartition(" ")[2])
                   and at - BODY_REACH_SENTENCES <= seen < at
                   and self._may_describe(bare, name) for name, seen in self._credited.items())

    def _spoken_for_since(self, body: str, bare: str, at: int) -> int | None:
        """The last sentence, counted as ``_seen_count``, of the body acting in sentence ``at`` or of one speaking for
        it (see :meth:`_speaks_for`) credited since: "The Copperhill Residents' Association opposed the depot ...
        said Ann Corley, the association's chair. The association said" reaches the body from its chair's credit, as
        its own; ``None`` when another source was credited since, who may be the one "the association" means."""
        since = [(name, seen) for name, seen in self._credited.items() if seen >= at]
        if not all(self._speaks_for(name, body, bare) for name, _ in since):
            return None
        return max([at, *(seen for _, seen in since)])

    @staticmethod
    def _whole_body_headed(bare: str, body: str, shown: str) -> tuple[str, str]:
        """The body that the noun ``bare`` means of the acting ``body`` (a key, ``shown`` as written): where that is a
        part or members of a body named after them whose head is ``bare`` (see ``_PART_OF_BODY``), the body itself
        ("The board of the Marlow Hospice Trust met. The trust denies ..." is the Marlow Hospice Trust's), else
        ``body`` as it is."""
        part = _PART_OF_BODY.fullmatch(body)
        if part is None or part.group(1).rpartition(" ")[2] != bare:
            return body, shown
        words = shown.split(" ")
        inner = " ".join(words[len(words) - len(part.group(1).split(" ")):])
        return part.group(1), inner

    def _acting_headed(self, bare: str) -> bool:
        """Whether the body noted acting (see :meth:`see_body`) has a name whose last word is the one noun ``bare``
        ("The Greenvale Growers Association welcomed the ruling. The association said ..."): its own name says it is
        one, whatever the kind, as "the union" of a union's name does (see :meth:`_acting_body_meant` for when)."""
        return self._acting_body is not None and " " not in bare and self._acting_body[0].rpartition(" ")[2] == bare

    def _speaks_for(self, name: str, body: str, noun: str) -> bool:
        """Whether the source ``name`` speaks for ``body``: a spokesperson of it ("ford spokesperson"), or one named
        by ``noun``, the description that means ``body``, as a company's by a word for a company ("company
        spokesperson" of "Vantrell rejected it. A company spokesperson said ... The company said"), or a person
        written with its name, its last word or the acronym it was spelled out before among their role words ("Ford
        CEO Jim Farley", "Jane Roe, the network's director", "IARN director Maren Oyelaran" after "the International
        Assembly Rights Network (IARN)"), or a person named as a spokesperson of no body ("spokeswoman Lena Moss"),
        who speaks for the body credited before them."""
        if name.endswith(" spokesperson"):
            kind = name.removesuffix(" spokesperson")
            return kind in (body, *self._short_names(body), noun) or {kind, noun} <= COMPANY_WORDS
        words = body.split(" ")
        roles = self.people.get(name)
        if roles == {"spokesperson"}:
            return True  # "spokeswoman Lena Moss", of no body written, after the body's own credit: its spokesperson
        # "IARN director Maren Oyelaran" speaks for "the International Assembly Rights Network (IARN)"
        return roles is not None and (set(words) <= roles or words[-1] in roles
                                      or any(self.acronyms.get(role) == body for role in roles))

    def _names_another(self, text: str, body: str, owner_first: bool = True,
                       kinds: frozenset[str] = frozenset(), strict: bool = False) -> bool:
        """Whether ``text`` writes, outside quotation marks (a speaker's words, which talk about others: '"Africa was
        kind to us," the group said'), a capitalised word that may name a body other than ``body``: none of its
        words, nor "The" inside a name ("The Kessel Times"), a word of a person's name ("Jim Farley"), a person's
        title ("President"), its acronym spelled out before ("IARN"), a known given name, a place, a country, a
        nationality (one of a place written before too: "Sarnian" after "in Sarnia"), a month, a weekday, a place's word
        for where a body is based ("Geneva-based"), a word after "its" before a lower-case one, where the body's own
        thing is ("its Varne refinery"), a court's name ("the High Court", "the Markets Tribunal": see
        ``COURT_NAME``), a place's with its kind ("in Varn County": see ``PLACE_OF_KIND``) or a name set apart after
        "its" and a noun ("its auditor, Brandt & Vale,": see ``_ITS_OWN_NAMED``), which no description it reads means.
        Its
        first
        word, capitalised as any sentence's, counts only as an owner when ``owner_first`` ("Orsk's shares fell": see
        :func:`first_word_is_owner`). With ``kinds``, the words a name of the description's kind holds (see
        ``KIND_NAME_WORDS``), a word counts only when its
        capitalised run holds one ("the Parks Service"), it is in capitals ("FBI"; not a rating's grade, "BBB", nor
        a medium's or a time's abbreviation, "TV": see ``_RATING_GRADE``, ``_ABBREVIATION_OF_NO_BODY``) or a state's
        body of
        ``STATE_BODIES``: "Portvale" of "a rally in Portvale, according to the Secret Service" is no other agency;
        ``strict`` (see ``VARIED_NAME_KINDS``), that holds only for a word written where a place is (see
        :func:`placed_words`), just after a person's title or in a name of another kind or of a law ("Kremvale Bank",
        "Channel Nine", "Federal Records Act": see ``KIND_WORDS``, ``_LAW_WORDS``), and "the Kessel Border Force" or
        "Divers from Frontex" count: they may be an agency. A wire dateline opening ``text`` ("HALDEN, Norvania
        (Reuters) - ") names a place, no body, and is passed over, and so is a transcript's speaker's label ("PRESENTER:
        We asked Halden Water for comment.": see :func:`opening_label_length`), after which the first word is a
        sentence's."""
        text = text[dateline_length(text):]
        text = text[opening_label_length(text):]
        own = {POSSESSIVE.sub("", word) for word in body.split(" ")}  # "children" of "un children's fund" too
        own |= set(body.split(" ")) | {acronym for acronym, spelled in self.acronyms.items() if spelled == body}
        unowned = _ITS_OWN_NAMED.sub(" ", QUOTED_RUN.sub(" ", text))
        words = PLACE_OF_KIND.sub(" ", COURT_NAME.sub(" ", unowned)).split()
        of_kind = runs_holding(words, kinds) if kinds else []
        placed, other_kind = ((placed_words(words), runs_holding(words, (KIND_WORDS | _LAW_WORDS) - kinds))
                              if kinds and strict else ([], []))
        for at in range(0 if owner_first and first_word_is_owner(words) else 1, len(words)):
            word = POSSESSIVE.sub("", words[at].strip(EDGE)).strip(EDGE)
            key = text_key(word)
            if (not word[:1].isupper() or len(key) < 2 or key in own or key == "the" or CALENDAR.fullmatch(word)
                    or is_role(key) or key in self.surnames or given_name_sex(key) is not None or key in self.places
                    or without_accents(key) in self._by_last or without_accents(key) in self._by_first
                    or government_of(key) is not None or is_nationality(key) or key.replace(".", "") in _HOME_BLOCS
                    or not self.places.isdisjoint(nationality_places(word))  # "Sarnian" after "in Sarnia"
                    or key.endswith("-based")  # "a Geneva-based group": where a body is based, no other body
                    or (0 < at < len(words) - 1 and words[at - 1] == "its" and words[at + 1][:1].islower())):
                continue  # "will close its Varne refinery": where the body's own thing is, no other body
            # "Senator Vance": a person, and "Vance" after it ("Later, Vance waved") when so written before
            titled = (at > 0 and is_role(text_key(words[at - 1].strip(EDGE)))) or key in self._titled_words
            passed = not strict or placed[at] or titled or other_kind[at]
            if kinds and passed and not ((word.isupper() and not _RATING_GRADE.fullmatch(word)
                                          and not _ABBREVIATION_OF_NO_BODY.fullmatch(word))
                                         or key in STATE_BODIES or of_kind[at]):
                continue
            return True
        return False

    def _through(self, bare: str, want: list[str]) -> list[Collection[str]]:
        """The words of each other body the description ``bare`` (its words ``want``) may mean though it was never a
        source: one seen only through its spokesperson or in a person's role, not one the role writes as "the"
        ``bare``'s, nor one it writes with the description's own words after "of the" or the like ("Ana Ruiz of the
        weather service's office in Orrin", "a forecaster with the weather service": the body "the weather service"
        means, no other)."""
        # a body seen only through its spokesperson or in a person's role ("Russia's defence ministry
        # spokesman", "Russian defence ministry spokesman Igor Lenz") is another candidate when its
        # words say it is another body; "union general secretary Tomas Brandt" names no other union
        spoken_for = [n.removesuffix(" spokesperson") for n in self._bodies.holding(want + ["spokesperson"])
                      if n.endswith(" spokesperson")]
        through: list[Collection[str]] = [body.split() for body in spoken_for if names_body(bare, body)]
        # a person written as "the trust's head of science" or "Ana Ruiz of the weather service's office" speaks for
        # the body in view, no other
        through += [self.people[p] for p in self._by_role.holding(bare.split())
                    if not writes_body_as(self._role_spans.get(p, ""), bare)]
        return through

    def _body_described(self, want: list[str], denial: bool) -> str | None:
        """The one body described with the words ``want`` of a description (see :meth:`_note_kind`), when they
        end with a body's kind but a company's alone, or a trade's ("the security firm", "the ferry operator", "the
        planemaker"; "the company" or "the firm" alone is read by :meth:`_company_described`); in a ``denial``, not an
        accuser (see :meth:`_accuser`)."""
        # "the group" or "the watchdog" means the one body described as a "watchdog group" ("A watchdog group,
        # Civic Compass"), in a denial not one that alleged and never denied; "the company" is read below
        # "the watchdog" means a group described by a watchdog's cause too ("A government ethics group, Clear Ledger")
        watchdog = want == ["watchdog"]
        described = [n for n, kinds in self.body_kinds.items()
                     if (want[-1] in BODY_KINDS - COMPANY_WORDS or want[-1] == "ngo" or trade_head(want[-1])
                         or want[-1] in NAMED_TRADES  # "the landlord" that "the landlord, Orrin Properties," was
                         or (len(want) > 1 and want[-1] in COMPANY_WORDS))
                     and (set(want) <= kinds or (watchdog and "group" in kinds and bool(kinds & WATCHDOG_CAUSES)))
                     and not (denial and self._accuser(n))]
        return described[0] if len(described) == 1 else None

    def _trade_described(self, bare: str, written: str, denial: bool) -> bool:
        """Whether ``bare``, a headline's source written in lower case but its first letter (``written``), is a
        trade's description of two words the copy gave one body (see :meth:`_body_described`): "Tanker operator" of
        "Tanker operator denies safety lapses" above "Meridane Shipping, which operates the tanker, said ...", its
        "the" left out."""
        want = bare.split(" ")
        return (len(want) == 2 and trade_head(want[-1]) and written[1:] == written[1:].lower()
                and self._body_described(want, denial) is not None)

    def _company_described(self, bare: str, denial: bool) -> str | None:
        """The one company in view that the description ``bare`` means, by the short name it spoke by if any; in
        a ``denial``, never the accuser (see :meth:`_accuser`) nor a company whose claim another denied since ("Kellin
        Labs said the database was open. PulseTrack denied it. 'We found no theft,' the company said.")."""
        # "the company" means the one company in view or accused by name (see ``_COMPANY_NAME``), "Bank of America
        # Corp" and "America Corp" one; "the carmaker" the one described as a carmaker
        named = {n: shown for n, shown in self._named_kinds.get("company", {}).items() if n not in self.companies
                 and not any(c.endswith(f" {n}") or n.endswith(f" {c}") for c in self.companies)}
        companies = ([*self.companies, *named] if bare in COMPANY_WORDS
                     else [c for c, kinds in self.kinds.items() if bare in kinds]
                     or self._of_trade_said(bare, list(named), denial))
        # "Orvane Pharma" and "Orvane Pharma Inc.", both noted: one company, by its full name; so are "Crestline" (of
        # "Crestline's lawyers") and "Crestline Records" accused by name
        companies = [c for c in companies if not any(
            short_for(other, c) or (other in named and other.startswith(f"{c} ")) for other in companies if other != c)]
        if not companies and bare in COMPANY_WORDS:
            return self._firm_of_staff(denial) or self._firm_written(denial)
        name = self._one_named([self._spoken_as(company) for company in companies], denial, answered=True)
        if name is not None:
            self.shown.setdefault(name, self.companies.get(companies[0]) or named.get(companies[0], name))
        return name

    def _firm_of_trade_written_before(self, bare: str, denial: bool, before: str | None) -> str | None:
        """The one firm named in the sentence read now before the trade's noun ``bare`` that closes it (``before``,
        the sentence's text before the noun), by a name whose last word says that trade (see ``TRADE_OF_NAME``,
        ``_acting_firms``), with no other name written after it (see :meth:`_names_another`): "Cabin crew at Corvane
        Air have voted to strike, the airline said." is Corvane Air's, as a firm opening the sentence would be, not
        with "after Orsk Travel objected" after the firm; ``None`` for none or two so named, for "the company", whose
        noun says no trade, and in a ``denial`` for an accuser (see :meth:`_one_named`)."""
        if not before or bare in COMPANY_WORDS:
            return None
        written = {firm: before.lower().rfind(shown.lower()) for firm, shown in self._acting_firms.items()
                   if bare in TRADE_OF_NAME.get(firm.rpartition(" ")[2], ())}
        here = [(firm, at) for firm, at in written.items() if at >= 0]
        firm = self._one_named([firm for firm, at in here if not self._names_another(before[at:], firm)]
                               if len(here) == 1 else [], denial)
        if firm is not None:
            self.shown.setdefault(firm, self._acting_firms[firm])
        return firm

    def _firm_written(self, denial: bool) -> str | None:
        """The one firm the text named by a trade only a business ends its name with (see ``_acting_firms``:
        "Brennick Lines" of "the bow door of the Brennick Lines ferry"), wherever it stood, that "the company" or "the
        firm" means where no company was noted otherwise; ``None`` after two (see :meth:`_one_named`), or where a
        source named in capitals that is no person spoke so far, a business perhaps ("Wal-Mart said", "Teneo said"),
        whose own firm's name the copy may have written otherwise, or another business named ("Orsk Mining was bought by
        Velta Holdings": either may answer); a transcript's interviewer by the label alone ("PRESENTER") is no such
        source, nor a group of people capitalised as it opens a sentence ("Residents say", "Campaigners from the group
        Save Kelland say"), but a firm's staff ("Analysts said": see ``FIRM_STAFF``), whose firm it may be. So too a
        name read as a person's by its capitals alone, ending in a common noun of firms' names, that was a subject
        acting (see ``_firm_like_subjects``: "Copperfell Resources opened the mine in 2019. ... The company says
        ..."), however far back, where no other name so ending was written ("Harlan Resources" anywhere: either may
        answer)."""
        firm_like = {name: shown for name, shown in self._firm_like_subjects.items() if name not in self._acting_firms}
        written = self._businesses_written | (self._firm_like_written if firm_like else set())
        if written - self._acting_firms.keys() - firm_like.keys() or any(
                name not in self.people and name not in INTERVIEWER_ROLES and not _group_of_no_firm(name)
                and self.shown.get(name, name)[:1].isupper() for name in self.names):
            return None
        name = self._one_named([*self._acting_firms, *firm_like], denial, answered=True)
        if name is not None and self._firms_written_at.get(name, -1) >= self._seen_count - 1:
            return None  # "The firm, advised by Kessel Partners, denied ...": a firm of the same sentence is another
        if name is not None:
            self.shown.setdefault(name, self._acting_firms.get(name) or firm_like[name])
        return name

    def _firm_of_staff(self, denial: bool) -> str | None:
        """The one source that is a firm's staff placed at a body named in capitals (see ``FIRM_STAFF``,
        ``GROUP_AT_BODY``: "analysts at pellam digital"), the firm speaking through them, that "the firm" or "the
        company" means where no company is in view; not where the body is of another kind by its last word
        ("researchers at Halden University", "at the Kessel Ministry of Health": see :func:`_name_head`,
        ``NOT_FIRM_ENDS``) or a place; ``None`` for none or two, or in a ``denial`` for an accuser or for staff whose
        claim another source denied since ("Analysts at Tessel Digital say ... Corvane dismissed the findings. The
        company said ..." is Corvane's, not the analysts' firm's: see :meth:`_one_named`)."""
        groups = [name for name in self.names if (placed := GROUP_AT_BODY.fullmatch(name)) is not None
                  and placed_noun(name) in FIRM_STAFF and AT_NAMED_BODY.search(self.shown.get(name, ""))
                  and placed.group(1) not in self.places and _name_head(placed.group(1)) not in NOT_FIRM_ENDS]
        return self._one_named(groups, denial, answered=True)

    def _person_so_called(self, bare: str, denial: bool) -> str | None:
        """The one person that a description by age, by a player's ranking or by nationality alone, written with
        "the", means: "the 52-year-old" the one person written with that age after their name ("Pavel Orr, 52,"), "the
        world No. 3" or "the No. 3" the one written with that ranking beside their name ("world No. 3 Ana Ruiz": see
        :meth:`_see_so_called`), a source or not yet (who is noted as a person then), "the Croatian" or "the
        Yorkshireman" (or another one-word noun in "-man", "the congressman"; "the Spaniard" one written "Spanish"
        too: see ``PERSON_DEMONYMS``) the one person described so ("Croatian player Ana Kovac"), when one of the last
        ``_DEMONYM_REACH`` people named or the one named just before; in a ``denial`` never an accuser; ``None`` for
        none, or for two of that age or description, whom sports and features copy tell apart so."""
        described = so_called_key(bare)
        written = self._so_called.get(described, {}) if described else {}
        fitting: Collection[str]
        recent: Collection[str]
        if described:
            fitting = recent = written.keys()  # a person, a source or not yet ("Dorsey Kell, 43, runs the ferry.")
        elif " " not in bare and (is_nationality(bare) or DEMONYM.fullmatch(bare) or bare in PERSON_DEMONYMS):
            # "the Spaniard" is also one written "Spanish"
            fitting = self._by_role.holding([bare]) | self._by_role.holding([PERSON_DEMONYMS.get(bare, bare)])
            recent = {*islice(reversed(self._people_named), _DEMONYM_REACH), self.described or ""}
        else:
            return None
        person = next(iter(fitting)) if len(fitting) == 1 else None
        if person is None or person not in recent or (denial and self._accuser(person)):
            return None
        if person not in self.people:  # written so far only with their age: a person from now on, shown so
            self.shown.setdefault(person, written[person])
            self._note_person(person, frozenset())
        return person

    def _candidate_credited_last(self, bare: str, denial: bool, before: str, after: str) -> str | None:
        """The person credited just before that a candidate's description with "the" means: a party or an office
        before "candidate", "nominee" or "hopeful" (see :func:`candidate_description`: "The Republican presidential
        nominee added" after "Tom Vask said ..."), on the terms of :meth:`_described_credited_last` ("The Democratic
        nominee ... her husband" is no man's), when no role written with them names another party and no other
        person was written with the description's words; ``None`` otherwise."""
        words = candidate_description(bare)
        person = None if words is None else self._described_credited_last(denial, before, after)
        if person is None or words is None or (parties_named(self.people.get(person, ())) - parties_named(words)
                                               or self._by_role.holding(words) - {person}):
            return None  # "the Democratic nominee" is not "GOP nominee Tom Vask", nor Vask if "Democratic
            # nominee Ana Ruiz" was written
        return person

    def _state_credited_last(self, bare: str, denial: bool, before: str, after: str) -> str | None:
        """The person credited just before that a description by a US state with "the" means: the state's name
        before a party's member or a state's office (see :func:`state_description`: "the Ohio Republican said" or
        "the Ohio senator said" after "Senate Majority Leader Tom Vask said ..."), on the terms of
        :meth:`_described_credited_last`, when no role written with them names another state, nor another party
        (before a party's member) or another office of ``STATE_OFFICES`` (before an office), and no other person
        was written with the description's head but for another state ("Sen. Ana Ruiz" leaves "the Ohio senator"
        no one's); ``None`` otherwise."""
        described = state_description(bare)
        person = None if described is None else self._described_credited_last(denial, before, after)
        if person is None or described is None:
            return None
        state, head = described
        roles = self.people.get(person, frozenset())
        others = {p for p in self._by_role.holding([head]) - {person} if states_named(self.people[p]) <= {state}}
        if head in STATE_OFFICES:
            # "Gov. Tom Vask" is no senator; "Rep. Tom Vask" is "the Idaho congressman"
            other_side = set(roles & STATE_OFFICES) - {head, *ROLE_SYNONYMS.get(head, ())}
        else:
            other_side = parties_named(roles) - parties_named([head])
        if others or other_side or states_named(roles) - {state}:
            return None
        return person

    def _compatriot_credited_last(self, bare: str, denial: bool, before: str, after: str) -> str | None:
        """The person that a noun for one person of a nationality, with "the", means when no one was written with
        that nationality (see ``PERSON_DEMONYMS``): the person the sentence just before wrote of as its subject
        (``topic_person``: "Lind was disappointed. '...,' the Swede said."), when its own sentence names no one else
        before it, else the person credited with the sentence just before ("The Spaniard admitted" after "'...,' the
        world No. 3 said"), on the terms of :meth:`_described_credited_last` (named alone); either when no nationality
        was written with them (not "Croatian player Ana Kovac") and in a ``denial`` no accuser; ``None`` otherwise.
        "The Portuguese" may be a side, and stays itself."""
        nationality = PERSON_DEMONYMS.get(bare)
        if nationality is None or self._by_role.holding([bare]) or self._by_role.holding([nationality]):
            return None
        person = self.topic_person
        if person is None:
            person = self._described_credited_last(denial, before, after, alone=True)
            if person is not None and self._credited[person] != self._seen_count - 1:
                return None  # not credited with the sentence just before: "Lind was disappointed" may be between
        elif people_in(before) - set(person.split(" ")) or (denial and self._accuser(person)):
            return None
        # a nationality among the roles written with them or in the words read as their name ("Croatian Lind")
        written = {*self.people.get(person, frozenset()), *person.split(" ")} if person else set()
        if person is None or any(is_nationality(word) or word in PERSON_DEMONYMS for word in written):
            return None
        return self._topic_described() if person == self.topic_person else person

    def _described_credited_last(self, denial: bool, before: str, after: str, alone: bool = False) -> str | None:
        """The person credited just before whom a description of one person with "the" may mean: the source named
        last, no other person's full name written since they were named (nor earlier in the description's sentence,
        ``before``, but in a quotation closed there, whose words the description's person speaks: '"Ana Ruiz lied,"
        the nominee said'; where ``alone``, nor in the sentence naming them: "Ana Ruiz said she lost to Mara Lind"), the
        "he", "she", "his" or "her" after it (in ``after``) not all of their other sex, and in a ``denial`` one who
        made no allegation; ``None`` otherwise."""
        person = next(reversed(self._credited), None)
        if person is None or person != self.described or (denial and self._accuser(person)):
            return None
        said = {POSSESSIVE_SEX.get(word.lower(), word.lower()) for word in HE_SHE_HIS_HER.findall(after)}
        if said and self.sex_of(person) not in said | {None}:
            return None
        named = self._named_at.get(person, self._seen_count) + (0 if alone else 1)
        others = {surname for (surname, _), at in self._written_at.items() if named <= at < self._seen_count}
        return None if (others | people_in(_CLOSED_QUOTATION.sub(" ", before))) - set(person.split(" ")) else person


#: The words that end a place's name as well as a club's: a name so ending, without a club's letters, may be the place.
_PLACE_CLUB_ENDS = frozenset({"city", "town", "county"})
#: An inquest's key, its place's words perhaps before it ("inquest", "harlow inquest"), or what it looks into after it
#: ("inquest into the death of tom vask"): a hearing, which "the hearing" may mean.
_INQUEST_NAME = re.compile(r"(?:[\w'’-]+ ){0,3}inquest|inquest into .+")
#: The words only clubs end their names with that are plurals, so that copy writes them with "the" ("The Rovers
#: said"), as keys; not "the United" nor "The Athletic", a publication's name.
_PLURAL_CLUB_WORDS = frozenset({"rovers", "rangers", "wanderers"})


def _club_word_last(club: str) -> str:
    """The last word of the club named ``club`` (a key) before its club's letters (see ``CLUB_ENDS``): "albion" of
    "portharbour albion fc" and of "portharbour albion", as copy calls the club by that word alone."""
    words = club.split(" ")
    return words[-2] if len(words) > 2 and words[-1] in CLUB_ENDS else words[-1]


def _group_of_no_firm(name: str) -> bool:
    """Whether the source ``name`` is a group of people by the plural opening it ("residents", "campaigners from the
    group save kelland") that is no firm's staff ("analysts", "engineers at ...": see ``FIRM_STAFF``)."""
    first = name.split(" ")[0]
    return people_plural(first) and first not in FIRM_STAFF
