"""The words and patterns of people's names the source index reads: titles, ranks, roles, sex and kin words, a
name's given name and surname, initials and spelled-out letters, lists and couples of names.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache

from .furniture import GLUED_PARTICLES as _GLUED
from .given_names import given_name_sex, given_name_spelling, is_given_name
from .person_names import LETTERS_AFTER_A_NAME, family_name_first, is_name, person_like, surnames_in
from .segment import TRADE_ENDING
from .source_forms import INITIAL
from .source_keys import OPENERS, search_before_space, text_key, without_accents, without_generation, without_heading
from .source_kinds import apposed_role, is_role, is_trade
from .source_words import (
    EDGE,
    FAMILY_NAMES_FIRST,
    KIN,
    LEADING,
    LOCAL_TITLES,
    NAME_GIVEN_ONLY,
    NAME_PARTICLE_RUN,
    NAMESAKE_ROLES,
    NOT_A_NAME_START,
    OPENING_FUNCTION_WORDS,
    PARTICLES,
    PARTY_STATE,
    PERSON_NOUNS,
    PERSON_ROLES,
    POLICE_RANKS,
    POSSESSIVE,
    RANK_MODIFIERS,
    RANKING_MODIFIERS,
    ROLE_SERVES,
    ROLE_TITLES,
    ROLE_WORD,
    SAID_THEN,
    SHORT_POSTS,
    STOPPED_RANKS,
    TITLE,
    TRADES,
    TRADES_BEFORE_GIVEN_NAMES,
    VIETNAMESE_FAMILY_NAMES,
    WEEKDAYS,
)
from .textchars import fold_apostrophes

#: A knight's or dame's title before a full name ("Dame Ruth Corran", "Sir Alan Petch"): group 1 the title, 2 the
#: given name, 3 the full name; and such a title before a given name alone ("Dame Ruth"), the British way of naming
#: them again: groups 1 and 2.
_HONOURED = r"(Sir|Dame)\s+([A-Z][a-z][\w'’-]*)"
HONOURED_NAME = re.compile(rf"(?<![\w'’-]){_HONOURED}((?:\s+(?!(?i:{WEEKDAYS})\b)[A-Z][a-z][\w'’-]*){{1,2}})"
                            r"(?![\w'’-])")
HONOURED_GIVEN = re.compile(rf"{_HONOURED}((?:['’]s\s.+)?)")  # "Sir Alan", or "Sir Alan's report"
#: British police ranks abbreviated before a surname ("DCI Halloway" after "Detective Chief Inspector Ruth Halloway",
#: "DS Pell", "PC Orme", "ACC Vesey"), read so only before a surname the document gave a person (see
#: :meth:`SourceIndex.add`): "DC" and "PC" are other things' letters too.
_BRITISH_POLICE_RANKS = r"DCI|DCS|DSU|DI|DS|DC|PC|ACC|DCC|DAC"
#: A police rank before one capitalised word ("DSP Adeyemo", "CP. Odumosu", "DCI Halloway"): group 1 the word.
RANK_THEN_WORD = re.compile(rf"(?:(?:{POLICE_RANKS}|{_BRITISH_POLICE_RANKS})\.?|(?:{STOPPED_RANKS})\.)\s+"
                             r"([A-Z][a-z][\w'’-]*)")


def monsieur_dropped(text: str, written: str) -> bool:
    """Whether the span ``text`` writes "M." just before ``written``, its display form, which left it out as French
    copy's "Monsieur" (see ``TITLE``, :func:`initial_m`)."""
    return (not written.startswith("M. ") and "M." in text  # most spans hold no "M.": no pattern to compile
            and re.search(rf"(?<![\w'’.-])M\.\s+{re.escape(written)}(?![\w'’-])", text) is not None)


#: A name and a patronymic ("Faisal bin Farhan"), which a longer form goes on from ("... Al Saud").
PATRONYMIC = re.compile(r"^\S+ (?:bin|ibn|bint) \S")
#: Titles that a Gulf ruler or royal is called by with the first name alone ("Prince Faisal", "Sheikh Tamim"), and
#: a Malaysian honorific so used ("Datuk Seri Hamzah" of "Datuk Seri Hamzah Rahmat").
_ROYAL_TITLE = r"(?:Prince|Princess|Sheikh|Sheikha|Emir|Dat(?:uk|o'?)(?:\s+Seri|\s+Sri)?)"
ROYAL_ROLES = frozenset("prince princess sheikh sheikha emir datuk dato".split())

#: A role or a part of a body owned by "its" alone, a few lower-case words before its noun ("Its chief executive",
#: "its board", "its lawyers"; group 1 the role's words, group 2 its noun): the body's own, as "Its spokesman" is its
#: spokesperson (see :func:`its_role`).
_ITS_ROLE = re.compile(r"(?i:its)\s+((?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*))(?:\s+(?:in|at)\s+[A-Z][\w'’-]*)?")
#: Nouns of a body's own part that may speak for it, besides a person's role (``PERSON_ROLES``), after "its": an
#: "office" too ("its press office", "its media office"), and a world body's "delegation" or "secretariat" ("Its
#: delegation in Sarnovo", the place where it serves left out), and its "experts", whom "its" owns as its staff.
SPEAKING_BODY_PARTS = frozenset("board management leadership counsel office delegation secretariat experts".split())
#: Roles of ``PERSON_ROLES`` that say what befell a person, not whom they serve ("its victims", "its survivors"):
#: no part of the body "its" means.
_NOT_OWN_ROLES = frozenset("""victim survivor witness detainee prisoner refugee bystander resident neighbour neighbor
    tenant commuter pensioner retiree whistleblower activist""".split())

#: A masthead's word alone after "the" ("The Ledger", "the Post"; group 1 the word; see ``PAPER_NAME_WORDS``).
THE_MASTHEAD = re.compile(r"(?i:the)\s+([A-Z][a-z]+)")

#: Two capitalised words in a row, as a person's name is written ("Rhoda Senn"; see :func:`other_name`).
_NAME_LIKE_PAIR = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)\s+([A-Z][a-z]+)(?![\w-])")


def other_name(text: str, person: str) -> bool:
    """Whether ``text`` writes two capitalised words in a row, as a name, neither a word of the key ``person``: "Rhoda
    Senn" of "Rhoda Senn never saw the books" after "Ilse Varnock" had spoken."""
    words = person.split(" ")
    return any(first.lower() not in words and second.lower() not in words
               for first, second in _NAME_LIKE_PAIR.findall(text))


#: Roles of a person who works for another, whom a "his" or "her" side after them does not mean ("Her campaign"
#: after "Ruiz's campaign spokeswoman, Lena Marsh": Ruiz's, never the spokeswoman's).
SERVING_ROLES = frozenset("spokesperson aide aides adviser advisor manager strategist lawyer attorney".split())

#: A spouse spoken of by the partner's own pronoun ("her husband", "his late wife"; group 1 the pronoun): the
#: speaker is that spouse's partner (see :meth:`SourceIndex._spouse_named`).
SPOUSE_SPOKEN_OF = re.compile(r"\b(her|his)\s+(?:late\s+)?(?:husband|wife)\b", re.I)
#: The nouns for the partner whose pronoun speaks of their spouse: "her husband" is said by a wife or widow.
SPOUSE_NOUNS = {"her": ("wife", "widow"), "his": ("husband", "widower")}

#: What parts a list of names ("dan orr, mira lisk and tom vask"): a comma, "and" after it allowed, or "and".
LIST_PARTS = re.compile(r",\s+(?:and\s+)?|\s+and\s+")

#: A judge's titles, which "the judge" alone in lower case means a judge named after it by (see
#: :meth:`SourceIndex._role_named_later`); not a title a story's other people hold unnamed ("the president", "the
#: director": one may be the president of a body, and another, named later, the country's).
JUDGE_TITLES = frozenset("judge magistrate".split())
#: One person by a role in lower case with no name, "one", "a", "an" or "the" perhaps before it ("One official", "A
#: chief executive", "resident" of "A resident"; group 1 the role), of whom "Another" alone is one more (see
#: :meth:`SourceIndex._another_of_its_kind`).
ONE_BY_ROLE = re.compile(r"(?:(?i:one|an?|the)\s+)?((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")

#: How many canonical names and spans the pure readings of them keep once worked out (see :func:`plural_group`): each
#: sentence's mention is read again against every name mentioned before it.
NAMES_KEPT = 4096


#: A glued particle and its hyphen opening a lower-case word ("al-" of "al-assad").
_GLUED_START = re.compile(rf"^(?:{_GLUED})-")
#: The end of what stands before a family name glued to its particle ("bashar al-" of "bashar al-assad").
_GLUED_BEFORE = re.compile(rf" (?:{_GLUED})-\Z")

#: A company that opens a sentence, named with its legal form ("Acme Corp.", "Bank of America Corp.",
#: "Johnson & Johnson Inc.", "Siemark Pty Ltd", "Velmora Pharma AG"). Short capitals (SA, NV, KK, LP, Oy...)
#: count only when no name follows them; "AG" nor before a possessive, nor after a state's name or a rank (see
#: ``AG_OF``): "New York AG Letitia James" and "New York AG's office" are an attorney general's.
NAME_WORD = r"[A-Z][\w'’.-]*"

#: An opening phrase up to its comma: a capitalised word (one of ``NOT_A_NAME_START`` to count) and one to six
#: lower-case words or numbers ("For nearly three years, ", "In a statement, ").
_OPENING_PHRASE = re.compile(r"([A-Z][a-z]*)(?:\s+[a-z\d][\w'’-]*){1,6},\s+")

#: A person's role owned by one noun ("company's chief executive"): group "noun" the owner, "role" the role.
#: A role written with its holder's sex ("spokeswoman", "chairman"; group 1 "man" or "woman").
_SEXED_ROLE = re.compile(r"(?<![\w'’-])(?:spokes|chair)(man|woman)(?![\w'’-])", re.I)
OWNED_ROLE = re.compile(r"(?P<noun>[a-z]+)['’]s (?P<role>[a-z][a-z -]*)")

#: "The spokesperson, Clarita Reyes": a definite role, then the person's name (see ``SourceIndex.add``).
ROLE_THEN_NAME = re.compile(r"^the\s+([a-z][\w'’ -]*?),\s+(.+)$", re.I)
#: "Piet Dorran, the former manager": the person's name, then the definite role in lower case set apart after it.
NAME_THEN_ROLE = re.compile(r"^[A-Z][^,]*,\s+the\s+([a-z][a-z'’ -]*)$")
#: "the Geneva-based group Exile Watch": a definite kind of body, up to three lower-case words before it or words
#: of a place joined to a lower-case one ("Geneva-based"; group 1 the kind's noun), then the body's name in capitals
#: with no comma between (group 2).
THE_KIND_THEN_NAME = re.compile(r"^(?i:the)\s+(?:(?:[a-z][\w'’-]*|[A-Z][\w'’]*-[a-z][\w-]*)\s+){0,3}?([a-z]+)\s+"
                                r"([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})$")

#: An initialism with its stops before a title's or a trade's words ("U.S." of "U.S. Attorney Ana Ruiz", "Acting
#: U.S. Attorney"), read with them as "US" is: the name read from the run is then the whole source, not a shorter one
#: that would keep a later "Ruiz" from joining it. No match opens just after a stop: inside a long run of initials
#: ("A.B.C.D. ..."), each would read the run to its end again.
_INITIALISM_BEFORE = r"(?:(?:[A-Z][\w'’-]*\s+)?(?:[A-Z]\.){2,}\s+)?"

#: Abbreviated titles and the role each stands for ("Supt" a superintendent, "Cllr" a councillor).
ABBREVIATED_ROLES = {"supt": "superintendent", "insp": "inspector", "det": "detective", "sgt": "sergeant",
                      "cllr": "councillor", "prof": "professor", "col": "colonel", "capt": "captain",
                      "gen": "general", "cmdr": "commander", "cdr": "commander", "sen": "senator", "gov": "governor",
                      "lt": "lieutenant", "lieut": "lieutenant", "cpl": "corporal", "ofc": "officer",
                      "ald": "alderman", "comm": "commissioner", "del": "delegate", "sup": "supervisor",
                      "pres": "president", "rep": "representative"}
#: A name after a capitalised title, in full or abbreviated with a full stop ("Gov. Ana Ruiz", "Sen. Tom Vask",
#: "Supt. Tom Vask": see ``ABBREVIATED_ROLES``). Each match opens with a capital (an initialism's, a
#: capitalised word's or the title's), which the pattern asks for first: the search passes over the other
#: characters of a sentence at a test each, in half the time the whole opening took.
_ABBREVIATED_TITLES = "|".join(rf"{short.title()}\." for short in sorted(ABBREVIATED_ROLES))
_TITLED_NAME = re.compile(rf"(?=[A-Z])(?<![\w'’.-]){_INITIALISM_BEFORE}(?:[A-Z][\w'’-]*\s+){{0,2}}"
                          rf"(?:{ROLE_TITLES}|{_ABBREVIATED_TITLES})\s+{NAME_WORD}"
                          rf"(?:\s+{NAME_PARTICLE_RUN}{NAME_WORD})*")
#: A capitalised title, "of" or "for" and a portfolio's capitalised words, and a name after them, up to the run's end:
#: "Minister of Internal Affairs Moses Tumwebaze", "Minister of State for Finance Ama Boateng" (where the portfolio
#: ends and the name starts is read as :func:`display_source` reads it; see :func:`portfolio_titled_names`).
_PORTFOLIO_TITLED_NAME = re.compile(rf"(?=[A-Z])(?<![\w'’.-])(?:{ROLE_TITLES})\s+(?:of|for)\s+(?:the\s+)?"
                                    rf"(?:{NAME_WORD}\s+(?:(?:and|for|of)\s+)?){{2,8}}{NAME_WORD}(?![\w'’-])"
                                    rf"(?!\s+[A-Z])")


def portfolio_titled_names(sentence: str) -> Iterable[re.Match[str]]:
    """The matches of ``_PORTFOLIO_TITLED_NAME`` in ``sentence``: a name after a title and its portfolio, as
    Commonwealth copy writes a minister ("Minister of Health Ama Boateng"), which :func:`titled_names` reads only with
    the portfolio before the title ("Health Minister Ama Boateng"). Read only where "of" or "for" is written."""
    return _PORTFOLIO_TITLED_NAME.finditer(sentence) if " of " in sentence or " for " in sentence else ()


#: A person's role in lower case after "the", "its" or an owner's possessive, then the person's name set apart by
#: commas ("its bishop, the Rt Rev Pieter Holm,", "The company's chief executive, Ana Ruiz,", a head "of" a field,
#: "for" or "in" a place perhaps after, or the place alone: "Pellico's head of policy for Europe, Lionel Braithe,",
#: "Pellico's director in France, Lionel Braithe,"; group "role" the role's
#: words, group "name" the name with any title before it): "the bishop" may later mean that person (see
#: :meth:`SourceIndex._see_titled`).
_ROLE_NOUNS = "|".join(sorted((word for word in PERSON_ROLES if word.isalpha() and word.islower()),
                              key=len, reverse=True))
APPOSED_ROLE_NAME = re.compile(
    rf"(?<![\w'’-])(?:[Tt]he\s+[a-z]+['’]s|[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w.-]*['’]s)\s+"
    rf"(?P<role>(?:[a-z][\w-]*\s+){{0,2}}?(?:{_ROLE_NOUNS})(?:\s+of\s+[a-z][\w-]*)?"
    rf"(?:\s+(?:for|in)\s+[A-Z][\w-]*)?),\s+"
    rf"(?P<name>(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+)*?{NAME_WORD}(?:\s+{NAME_PARTICLE_RUN}{NAME_WORD})+),")
#: A person's name of two to four capitalised words set apart before a role in lower case, perhaps "the", "a", "an"
#: or an owner's possessive first, the role (and its "of", "at", "for" or "in" and up to four words, no verb of
#: speech among them) followed by a comma, a stop or the sentence's end ("Sian Mallory, chief executive of Redline
#: Sports", "Tom Vask, the club's chairman,", "Ana Ruiz, the director of national intelligence,"; group "name" the
#: name, an opener's capitalised words perhaps before it, "role" the role): the role says the name is a person's.
#: A role that goes on into a verb is a subject of its own ("Responding to Ilse Varnock, the head of trade said").
_SPEECH_VERBS = r"(?:said|says|told|tells|added|denied|denies|argued|claimed|insisted|warned|stated)"
NAME_APPOSED_ROLE = re.compile(
    rf"(?<![\w'’-])(?P<name>{NAME_WORD}(?:\s+{NAME_PARTICLE_RUN}{NAME_WORD}){{1,3}}),\s+"
    rf"(?:(?:[Tt]he|an?|its|their)\s+)?(?:[A-Za-z]+['’]s\s+)?"
    rf"(?P<role>(?:[a-z][\w-]*\s+){{0,2}}?(?:{_ROLE_NOUNS}))"
    rf"(?=(?:\s+(?:of|at|for|in)(?:\s+(?!{_SPEECH_VERBS}\b)[\w'’&.-]+){{1,4}})?\s*(?:[,.;]|$))")
#: The head of a body written in lower case before a name, as a trade is ("Federation president Viktor Stanek",
#: "club chairman Ivo Marsh"), but no deputy's or vice's post ("vice president", "deputy chairman", "vice-chairman")
#: nor a former one's ("former president Bill Clinton", "ex-chairman"): political copy names a past head so in
#: passing, often beside a namesake of the family.
_HEADS = ("president", "chairman", "chairwoman")
_HEAD_BEFORE_NAME = rf"(?<![Vv]ice )(?<![Dd]eputy )(?<![Ff]ormer )(?<!-)(?:{'|'.join(_HEADS)})"
#: An office in lower case (capitalised opening a sentence) before a name, "former" perhaps before it ("Former mayor
#: Ana Ruiz", "Velmark chief executive Tom Vell", "finance minister ..."): "the former mayor", "the chief executive"
#: or "the minister" may later mean that one person (a former one never "the mayor": see ``RANK_MODIFIERS``).
_OFFICES = ("mayor", "senator", "minister", "governor", "chief executive")
_OFFICE_BEFORE_NAME = (r"(?:[Ff]ormer\s+)?(?:"
                       + "|".join(f"[{o[0].upper()}{o[0]}]{o[1:]}".replace(" ", r"\s+") for o in _OFFICES) + ")")
#: Every listed trade, those read only before a known given name too (see ``TRADES_BEFORE_GIVEN_NAMES``).
_ALL_TRADES = TRADES | TRADES_BEFORE_GIVEN_NAMES
#: A trade known by its ending ("pianist", "Violinist", "physician"; see :func:`framing.source_kinds.is_trade`).
_ENDING_TRADE = rf"[A-Za-z](?:{TRADE_ENDING})"
#: A trade in lower case (capitalised opening a sentence) or such a head, a word or two of its team or body before it,
#: "former" perhaps before those, and a name of two words or more after it ("Dunmore coach Pavel Orr", "Harbour City
#: manager Ruben Alves", "Striker Tomás Ibarra", "Federation president Viktor Stanek", "Former Tom Vask pollster Ana
#: Ruiz", whom "the former pollster" means), read as ``_TITLED_NAME`` is when the name is no business's ("asset
#: manager Velta Holdings"): sports, features and political copy name people so. Group "trade" is the trade, "name"
#: the name.
_TRADE_NAME = re.compile(rf"(?<![\w'’.-]){_INITIALISM_BEFORE}(?:[Ff]ormer\s+)?(?:[A-Z][\w'’-]*\s+){{0,2}}"
                         rf"(?P<trade>{'|'.join(f'[{t[0].upper()}{t[0]}]{t[1:]}' for t in sorted(_ALL_TRADES))}|"
                         rf"{_ENDING_TRADE}|{_HEAD_BEFORE_NAME}|{_OFFICE_BEFORE_NAME})\s+"
                         rf"(?P<name>{NAME_WORD}(?:\s+{NAME_PARTICLE_RUN}{NAME_WORD})+)")
#: The first word of each trade, head or office of ``_TRADE_NAME``, in lower case and capitalised: a whole word of
#: every sentence holding a match (see :func:`trade_names`), which most sentences hold none of.
_TRADE_NAME_WORDS = frozenset(form for word in (*_ALL_TRADES, *_HEADS, *_OFFICES)
                              for form in (word.split()[0], word.split()[0].capitalize()))
#: A run of the characters that no word of ``_TRADE_NAME_WORDS`` in a match has beside it (see ``_TRADE_NAME``'s
#: lookbehind): such a word is one whole run.
_TRADE_NAME_RUN = re.compile(r"[\w'’.-]+")
#: A person's age written after their name, between commas ("Pavel Orr, 52, said"): group 1 the name, group 2 the
#: age, which "the 52-year-old" may later describe them by.
_AGE_AFTER = r",\s+(\d{1,3}),"
AGE_AFTER_NAME = re.compile(rf"(?<![\w'’.-])({NAME_WORD}(?:\s+{NAME_PARTICLE_RUN}{NAME_WORD}){{1,3}}){_AGE_AFTER}")
#: The age between commas that each match of ``AGE_AFTER_NAME`` ends with: a sentence without one is not read for a
#: name before it.
AGE_ALONE = re.compile(_AGE_AFTER)
#: A player's ranking or seeding ("world No. 3", "No. 9 seed", "number 3"; groups "rank" the number, "seed" the
#: seeding's word) written just before their name ("beat world No. 3 Ana Ruiz") or beside it between commas ("Ana
#: Ruiz, the world No. 3,", "The No. 9 seed, Olena Petrenko,"; group "name" the name), which "the world No. 3" or
#: "the No. 9 seed" may later describe them by.
_RANK = r"(?:[Ww]orld\s+)?(?:No\.|[Nn]umber)\s?(?P<rank>\d{1,4})(?P<seed>\s+seed)?"
_RANKED_NAME = rf"(?P<name>{NAME_WORD}(?:\s+{NAME_PARTICLE_RUN}{NAME_WORD}){{1,3}})"
RANK_BY_NAME = (re.compile(rf"(?<![\w'’.-]){_RANK}\s+{_RANKED_NAME}"),
                 re.compile(rf"(?<![\w'’.-]){_RANKED_NAME},\s+the\s+{_RANK},"),
                 re.compile(rf"(?<![\w'’.-])[Tt]he\s+{_RANK},\s+{_RANKED_NAME},"))

#: "The younger" or "the elder" ("older") before a surname shared by relatives ("The younger Salgado"), group 1 the
#: generation; with the words that describe a younger and an elder relative (``YOUNGER_KIN``, ``ELDER_KIN``).
GENERATION_BEFORE = re.compile(r"(?:[Tt]he\s+)?([Yy]ounger|[Ee]lder|[Oo]lder)\s+")
YOUNGER_KIN = frozenset("son daughter grandson granddaughter nephew niece stepson stepdaughter".split())
ELDER_KIN = frozenset("father mother grandfather grandmother uncle aunt stepfather stepmother".split())

#: An acronym in brackets after a word ("the Independent Electoral Commission (IEC)"), whose name spelled out is
#: read back from the words before it (see ``SourceIndex._see_acronyms``): found first, so that a long run of
#: capitals is read once, not from each of its words.
ACRONYM = re.compile(r"\s\(([A-Z]{2,8})\)")
#: A capitalised word of a name spelled out, and the lower-case words that may join them ("Economic and
#: Financial Crimes Commission").
SPELLED_WORD = re.compile(r"[A-Z][\w'’-]*")
_SPELLED_JOINERS = frozenset("of for and on in the de &".split())
#: The small words whose initials an acronym may take or skip ("Doctors of the World (DOW)", "Department of Justice
#: (DOJ)"): the joiners that are English words.
_SMALL_WORDS = _SPELLED_JOINERS - {"de", "&"}
#: How many characters before an acronym its name is read from: eight capitalised words and their joiners.
SPELLED_OUT_CHARS = 400

GROUP_HEADS = frozenset("""people sources employees workers residents witnesses staff members experts colleagues
    friends relatives classmates investors shareholders customers clients traders bankers lawmakers parents""".split())


def given_name_last(person: str) -> bool:
    """Whether the last word of the full name whose key is ``person`` is only its given name, which a mention alone
    never shortens it to: the name is written family name first (see :func:`family_name_first`: "zhou mingtao",
    "park ji-hoon"), its last word no family name of that kind, which the name may be written with last ("wei" of
    "lin wei": see :func:`surnames_of`), and its family name no Vietnamese one (see ``VIETNAMESE_FAMILY_NAMES``)."""
    words = person.split(" ")
    return (len(words) > 1 and family_name_first(words) and words[0] not in VIETNAMESE_FAMILY_NAMES
            and words[-1] not in FAMILY_NAMES_FIRST)


#: A local title, a place's capitalised words perhaps before it, and one capitalised word ("Manhattan District
#: Attorney Vance", "City Manager Kaplan"), which :func:`~framing.person_names.personal_name` does not read as a name:
#: the word is the person's surname where the document gave it to a person (see :meth:`SourceIndex.add`).
LOCAL_TITLE_THEN_WORD = re.compile(rf"(?:[A-Z][\w.'’-]*\s+){{0,3}}?(?:{LOCAL_TITLES}|Principal)\s+"
                                    r"([A-Z][a-z][\w'’-]*)")
#: The same as a key, in lower case ("district attorney pell").
LOCAL_TITLE_THEN_KEY = re.compile(LOCAL_TITLE_THEN_WORD.pattern, re.I)

#: "He" or "she" in a sentence credited to a source: a person's pronoun, which no company takes ("Ralph Lauren
#: said he would step down", "He denied it").
HE_OR_SHE = re.compile(r"(?<!\w)(?:he|she)(?!\w)", re.I)

#: Women's and men's honorifics and titles written just before a name ("Mrs. Roe", "Sir Tom Vance", "Congresswoman
#: Jane Roe", "Dr. (Mrs.) Ngozi Eze"), which say the person's sex: group 1 a woman's, group 2 a man's. Honorifics
#: as capitalised ("Ms", not the letters "MS" of a disease; "Lady", not "lady"); not "Sr." nor "Sra.", a nun's
#: "Sister" too, nor "chairman", a title women hold ("Chairman Mary Barra").
_SEX_TITLE = re.compile(
    r"(?<![\w'’-])\(?(?:(Mrs|MRS|Ms|MS(?=\.)|Miss|MISS|Mme|Madame|Dame|Lady|Frau|Se[nñ]ora|Ibu|Smt|Signora|Queen|"
    r"Princess|Duchess|Baroness|Countess|Sheikha|(?i:congress|assembly|council|alder|spokes|business|chair)woman)|"
    r"(Mr|MR|Sir|SIR|Lord|Herr|Se[nñ]or|Bapak|Signor|King|Prince|Duke|Baron|"
    r"(?i:congress|assembly|council|alder|spokes|business)man))\.?\)?\s+\Z")
#: How far before a name a title of ``_SEX_TITLE`` is looked for: its longest word, with its stop and brackets.
_SEX_TITLE_CHARS = 20
#: A description after a name and its comma whose head noun says the person's sex ("Jane Roe, the first woman to
#: ...", "Tom Vance, a 45-year-old father of two"): an article or possessive, then at most two words that are no
#: article, preposition or possessive ("Jane Roe, the lawyer for the man" says nothing of Roe, nor "Jane Roe,
#: said her son" of a name set apart by a comma); group 1 a woman's noun, group 2 a man's.
_SEX_DESCRIPTION = re.compile(
    r"\s*,\s+(?:(?:a|an|the|his|her|their)\s+)?"
    r"(?:(?!(?:a|an|the|his|her|their|of|for|to|with|by|at|in|on|from|and|or|who|whose|which)\s)[\w-]+\s+){0,2}"
    r"(?:(woman|mother|wife|widow|daughter|sister|grandmother|girl|niece|aunt|girlfriend|actress|businesswoman|"
    r"chairwoman|spokeswoman|congresswoman|councilwoman|stepmother|queen|princess|duchess|nun)|"
    r"(man|father|husband|widower|son|brother|grandfather|boy|nephew|uncle|boyfriend|businessman|spokesman|"
    r"congressman|councilman|stepfather|king|prince|duke|monk))(?![\w'’-])", re.I)
#: A relative's noun of one sex written just before a name, as news most often introduces a relative ("His
#: mother, Loretta Vane", "her husband Tom Vance", "the victim's brother-in-law, Ed Roe"): group 1 a woman's, group 2
#: a man's, as ``_SEX_DESCRIPTION`` reads one after the name.
_SEX_KIN_BEFORE = re.compile(
    r"(?<![\w'’-])(?:(mother|wife|widow|daughter|sister|grandmother|granddaughter|niece|aunt|girlfriend|fiancée|"
    r"stepmother|stepdaughter|stepsister)|(father|husband|widower|son|brother|grandfather|grandson|nephew|uncle|"
    r"boyfriend|fiancé|stepfather|stepson|stepbrother))(?:-in-law)?,?\s+\Z", re.I)
#: A person's role and what sets a relative after it as whom they act for ("The lawyer representing the victim's
#: widow", "A lawyer for the boy's mother", "Speaking for the dead man's sister"), written just before the relative's
#: noun: a name set after that noun ("..., Dorsey Kell, said") is the role's, the relative's sex none of its own.
_KIN_ACTED_FOR = re.compile(r"(?<![\w'’-])([A-Za-z]+)\s+(?:representing|for|of|acting\s+for|on\s+behalf\s+of)\s+"
                            r"(?:(?!(?:and|or|for|of)\s)[\w'’.-]+\s+){0,3}\Z")
#: Words before "for" or "of" that act for a relative besides ``PERSON_ROLES`` (see ``_KIN_ACTED_FOR``).
_ACTING_FOR = frozenset("counsel representative advocate agent friend speaking".split())
#: How far before a relative's noun ``_KIN_ACTED_FOR`` is looked for, in characters.
_KIN_ACTED_FOR_CHARS = 80
#: How far before a name a relative's noun of ``_SEX_KIN_BEFORE`` is looked for: its longest, with "-in-law" and
#: its comma.
_SEX_KIN_CHARS = 24
#: A relative's noun described after a name and its comma ("Ahmad Karimi, his cousin", "Ahmad Karimi, the
#: victim's father"): an article or possessive, then at most two words (see ``_SEX_DESCRIPTION``).
_KIN_AFTER = re.compile(r"\s*,\s+(?:(?:a|an|the|his|her|their)\s+)?"
                        r"(?:(?!(?:a|an|the|his|her|their|of|for|to|with|by|at|in|on|from|and|or|who|whose|which)\s)"
                        r"[\w'’-]+\s+)"
                        rf"{{0,2}}{KIN}", re.I)
#: A relative's noun just before a name ("His brother, Ahmad Karimi", "her cousin Ahmad Karimi").
_KIN_BEFORE = re.compile(rf"(?<![\w'’-]){KIN},?\s+\Z", re.I)
#: The most characters ``_KIN_BEFORE`` takes before its spaces: "great-grandchildren-in-law,".
_KIN_REACH = len("great-grandchildren-in-law,")
#: How many of the people named last "he" or "she" may stand for, read back from the last (see
#: :meth:`SourceIndex.person_for`): a pronoun reaches back past a few people of the other sex, not over a whole
#: story's, and each sentence's look costs no more in a long one.
PRONOUN_REACH = 8
#: "He" or "she" as what a name just said ("Jane Roe said she ...", "Roe, who told reporters she ..."): group 2;
#: in a relative clause whose subject is the name (group 1), "his" or "her" too ("Roe, who said her clinic ...").
#: Weaker than a title or a description (in "Roe said he lied", "he" is someone else), so the evidence of
#: :meth:`SourceIndex.sex_of` only when nothing else tells, and only when the name's pronouns all agree.
_SAID_PRONOUN = re.compile(rf"\s*(,\s*who\s+)?{SAID_THEN}(he|she|his|her)(?![\w'’-])", re.I)
#: "He" or "she" opening what a name claimed, with "that" ("Roe claimed again that she ...", "Roe, who
#: insisted that he ..."): groups as ``_SAID_PRONOUN``'s, read as its evidence is.
_CLAIMED_THAT_PRONOUN = re.compile(
    r"\s*(,\s*who\s+)?(?:also\s+)?(?:claim|insist|argu|maintain|stress|explain|acknowledg|admit|conced|not|wr[io]t)"
    r"\w*(?:\s+(?:at\s+the\s+time|later|then|again|repeatedly))?\s+that\s+(he|she)(?![\w'’-])", re.I)
#: What "his" or "her" in a name's relative clause says of its sex (see ``_SAID_PRONOUN``).
POSSESSIVE_SEX = {"his": "he", "her": "she"}
#: A "he", "she", "his" or "her" in a sentence.
HE_SHE_HIS_HER = re.compile(r"(?<![\w'’-])(?:he|she|his|her)(?![\w'’-])", re.I)

#: Abbreviations that end a name with their full stop ("Ana Ruiz Jr.", "Acme Corp.", "Harbour City F.C.", a study's
#: authors "Voss et al."; an initialism's inner stop tells the last), which a source's display keeps (see
#: :func:`with_stop`).
NAME_ENDING_ABBREVIATIONS = frozenset("jr sr inc corp co ltd llc plc bros al".split())  # "al" of "Voss et al."
INITIALISM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")


def _name_bounds(written: str, sentence: str, start: int) -> tuple[int, int] | None:
    """Where in ``sentence`` the name ``written`` (see :func:`display_source`) stands, from its first word at or
    after ``start`` to the end of its last; ``None`` when the span there writes it otherwise."""
    words = written.split()
    first = sentence.find(words[0], start) if words else -1
    last = sentence.find(words[-1], first) if first >= 0 else -1
    return None if last < 0 else (first, last + len(words[-1]))


def mention_sex(written: str, sentence: str, start: int, after: str) -> tuple[str | None, str | None]:
    """The sex, "he" or "she", that the mention of the name ``written`` (see :func:`display_source`) in the span from
    ``start`` to the end of ``sentence`` says (``after``: the rest of the sentence): by a title or a relative's noun
    just before the name or a description after it (see ``_SEX_TITLE``, ``_SEX_KIN_BEFORE``, ``_SEX_DESCRIPTION``:
    "His mother, Loretta Vane" as "Loretta Vane, his mother"; an emphatic "Tom Vask himself", see ``_EMPHATIC_SEX``),
    and by "he" or "she" the name said just
    after it, or "his" or "her" in its relative clause of speech, in the span or after it (see ``_SAID_PRONOUN``), or
    opened what it claimed with "that" (see ``_CLAIMED_THAT_PRONOUN``);
    ``None`` for what does not tell, or where the span writes the name otherwise."""
    bounds = _name_bounds(written, sentence, start)
    if bounds is None:
        return None, None
    first, end = bounds
    kin = _SEX_KIN_BEFORE.search(sentence, max(first - _SEX_KIN_CHARS, 0), first)
    found = (_SEX_TITLE.search(sentence, max(first - _SEX_TITLE_CHARS, 0), first)
             or (kin if kin and not _acted_for(sentence, kin.start()) else None)
             or _SEX_DESCRIPTION.match(sentence[end:] + after) or _EMPHATIC_SEX.match(sentence[end:] + after))
    rest = sentence[end:] + after  # after the name, its relative clause in the span too
    said = _SAID_PRONOUN.match(rest) or _CLAIMED_THAT_PRONOUN.match(rest)
    pronoun = said.group(2).lower() if said else ""
    if pronoun in POSSESSIVE_SEX and said and said.group(1):
        pronoun = POSSESSIVE_SEX[pronoun]
    return ("she" if found.group(1) else "he") if found else None, pronoun if pronoun in ("he", "she") else None


def its_role(text: str) -> str | None:
    """The words of a role or part of a body that ``text`` owns by "its" alone ("chief executive" of "Its chief
    executive", "lawyers" of "its lawyers", "delegation" of "Its delegation in Sarnovo"; see ``_ITS_ROLE``), which
    speaks for the body "its" means; ``None`` for anything else ("Its troops", "its victims")."""
    found = _ITS_ROLE.fullmatch(text)
    if found is None:
        return None
    noun = found.group(2).lower()
    nouns = {noun, noun.removesuffix("s")}
    return found.group(1) if nouns & (PERSON_ROLES | SPEAKING_BODY_PARTS) and not nouns & _NOT_OWN_ROLES else None


def _acted_for(sentence: str, at: int) -> bool:
    """Whether the relative's noun at ``at`` in ``sentence`` is whom a person's role before it acts for (see
    ``_KIN_ACTED_FOR``: "A lawyer for the boy's mother"), not the head a name after it is set beside."""
    found = _KIN_ACTED_FOR.search(sentence, max(at - _KIN_ACTED_FOR_CHARS, 0), at)
    role = found.group(1).lower() if found else ""
    return bool(role) and bool({role, role.removesuffix("s")} & (PERSON_ROLES | _ACTING_FOR))


def sex_written(words: Sequence[str]) -> str | None:
    """The sex, "he" or "she", that the words of a person's name and the titles before it tell (``words``: "Mayor Tom
    Vance", "Ms Okafor", "Congresswoman Ana"): a title of ``_SEX_TITLE`` or a given name of
    :func:`framing.given_names.given_name_sex`, when none says the other; ``None`` for words that do not tell."""
    titled = {"she" if found.group(1) else "he" for found in map(_SEX_TITLE.fullmatch, (f"{w} " for w in words))
              if found}
    sexes = titled | {sex for sex in map(given_name_sex, words) if sex}
    return sexes.pop() if len(sexes) == 1 else None


#: Words that open a sentence or a phrase before a name and begin none ("But", "Then", "After", "Meanwhile", "Though"),
#: articles aside: "The Tom Vell Foundation" is no person.
OPENING_WORDS = (NOT_A_NAME_START | OPENERS | OPENING_FUNCTION_WORDS) - {"The", "A", "An"}


def name_start(found: re.Match[str]) -> int:
    """Where the person's name of ``found``, a match of ``FULL_NAME``, begins: after a word of ``OPENING_WORDS``
    opening its run of capitalised words when it is no given name ("May"): at "Ms." of "But Ms. Coulter said", at
    "Tom" of "Then Tom Vell left", whose title or given name tells who they are, and at the surname of "For
    Abrantes, the denials are the problem", a preposition's object, no "For Abrantes"."""
    opening = re.match(r"(\S+)\s+", found.group(1))
    if opening and opening.group(1) in OPENING_WORDS and given_name_sex(opening.group(1)) is None:
        return found.start(1) + opening.end()
    return found.start(1)


def described_as_kin(written: str, sentence: str, start: int, after: str) -> bool:
    """Whether the name ``written``, in the span from ``start`` to the end of ``sentence``, ``after`` the rest of
    the sentence, is described as someone's relative, before it ("His brother, Ahmad Karimi") or after it ("Ahmad
    Karimi, his cousin"): see ``_KIN_BEFORE`` and ``_KIN_AFTER``."""
    bounds = _name_bounds(written, sentence, start)
    return bounds is not None and bool(search_before_space(_KIN_BEFORE, sentence, bounds[0], _KIN_REACH)
                                       or _KIN_AFTER.match(sentence[bounds[1]:] + after))


def kin_given_name(name: str, written: str, kin: bool) -> bool:
    """Whether the one-word source ``name``, ``written`` so, is a known given name alone described as someone's
    relative (``kin``, see :func:`described_as_kin`): "Ana" of "his wife, Ana, called for a hearing" is a woman
    just named, whom a "she" after it may mean, though no surname is written; so is one given to either sex, whose
    sex the relative's noun tells ("Jean" of "His daughter, Jean, said": see ``_SEX_KIN_BEFORE``)."""
    return kin and " " not in name and written[:1].isupper() and is_given_name(written)


#: A personal name: up to three capitalised words, an initial with its stop among them (group 1), before a last
#: capitalised word (group 2, read lazily so that its "'s" is left out) with its "'s" or with no longer capitalised
#: name going on ("Clinton Foundation"). The first capital is asked for before the lookbehind, a quicker test at each
#: character of a sentence (so in ``_COUPLE`` and ``CAPITALISED_PAIR``).
FULL_NAME = re.compile(r"(?=[A-ZÀ-ÖØ-Þ])(?<![\w'’-])((?:[A-ZÀ-ÖØ-Þ][\w'’-]*\.?\s+){1,3})"
                        r"([A-ZÀ-ÖØ-Þ][\w'’-]*?)"
                        r"(?:['’]s(?!\w)|(?![\w'’-])(?!\s+[A-ZÀ-ÖØ-Þ]))")


def forenames(sentence: str, surnames: Collection[str]) -> dict[str, dict[frozenset[str], str]]:
    """The people of the surnames whose keys are ``surnames`` that ``sentence`` names in full, by surname: the keys
    of the given names written before it, as far back as a title, a role, a party or a word opening a phrase ("bill"
    of "former President Bill Clinton", "tom" of "Republican Tom Vask", "hillary" and "rodham" of "Hillary Rodham
    Clinton"; an initial left out), each with the name as written ("Hillary Rodham Clinton"). Which people of one
    surname a document names, so that the surname alone may be read as ambiguous (see
    :meth:`SourceIndex._namesake_meant`)."""
    found: dict[str, dict[frozenset[str], str]] = {}
    for match in FULL_NAME.finditer(sentence) if surnames else ():
        before, last = match.group(1).split(), match.group(2)
        if last in LETTERS_AFTER_A_NAME and len(before) >= 2:  # "Richard Pym KC": the letters are no surname
            before, last = before[:-1], before[-1]
        surname = text_key(last)
        if surname not in surnames:
            continue
        kept: list[str] = []
        for word in reversed(before):
            if len(word.rstrip(".")) > 1 and (
                    word.endswith(".") or word.isupper() or word in NOT_A_NAME_START | OPENERS
                    or TITLE.match(word + " ") or ROLE_WORD.fullmatch(word) or is_role(word.lower())
                    or word.lower() in TRADES_BEFORE_GIVEN_NAMES  # "Presenter Jonah Fell": no given name "presenter"
                    or (word.lower() in PARTY_OF and word != "Green")):  # "Republican Tom Vask", not "Green"
                break
            kept.insert(0, word)
        # not "W." of "George W. Bush"
        given = frozenset(without_accents(text_key(word)) for word in kept if len(word.rstrip(".")) > 1)
        if given:
            found.setdefault(surname, {}).setdefault(given, " ".join(kept + [last]))
    return found


#: What a comma sets after a person's name that only a person has: an age ("Deiniol Pryce, 52,") or "a", "an",
#: "the" or an owner's possessive and up to 60 characters of words more before the next comma or the sentence's end
#: ("Orla Penhale, a fisherman,", "... was Petra Lindqvist, an editor at the Kestrel Herald.", "Lionel Braithe,
#: Pellico's head of policy,"), group "described".
_DESCRIBED_AFTER = re.compile(r",\s+(?:\d{1,3}|(?P<described>(?:an?|the|[A-Z][\w.&-]*['’]s)\s+[\w'’ -]{1,60}?))"
                              r"(?:,|[.!?]?$)")
#: A preposition after the head of a description, the body or place it serves or works at following ("an editor at
#: the Kestrel Herald", "a nurse from Orsk").
_DESCRIPTION_SERVES = re.compile(r"\s+(?:at|of|for|with|in|from|on|to)\s")
#: The words before a person's name that say what they do: a role's or a trade's word just before it ("Presenter Jonah
#: Fell", "campaign manager Tova Renk"; group "doing"), or the last word of one with "a", "an" or "the" set before it
#: by a comma ("The farmer, Deiniol Pryce"; group "apposed").
_DOING_BEFORE = re.compile(r"(?:(?<![\w'’-])(?P<doing>[\w-]+)\s+|(?<![\w'’-])(?:an?|the)\s+[\w'’ -]{0,40}?"
                           r"(?P<apposed>[\w-]+),\s+)$", re.I)


def _does_as_a_person(word: str) -> bool:
    """Whether ``word`` (any case) is a person's role or trade (see :func:`is_role`, :func:`is_trade`)."""
    return is_role(word.lower()) or is_trade(word.lower())


def _description_head(described: str) -> str:
    """The last word of the description ``described`` before what it serves (see ``_DESCRIPTION_SERVES``): "editor"
    of "an editor at the Kestrel Herald"."""
    return _DESCRIPTION_SERVES.split(described, 1)[0].split()[-1]


def described_people(sentence: str) -> set[str]:
    """Keys of the full names (see :func:`forenames`) that ``sentence`` writes as people's, whatever their given
    names: with an age or a person's role or trade set after them between commas or before the sentence's end
    ("Deiniol Pryce, a farmer,", "Petra Lindqvist, an editor at the Kestrel Herald."), or a
    role or trade just before them ("Presenter Jonah Fell", "The farmer, Deiniol Pryce,"). A surname alone may then
    join them though :mod:`framing.given_names` lacks their given names (see :meth:`Namesakes.add`)."""
    found: set[str] = set()
    for people in forenames(sentence, people_in(sentence)).values():
        for shown in people.values():
            at = sentence.find(shown)
            if at < 0:
                continue
            after = _DESCRIBED_AFTER.match(sentence, at + len(shown))
            before = _DOING_BEFORE.search(sentence[max(0, at - 60):at])
            if ((after is not None and (after["described"] is None or apposed_role(after["described"])
                                        or _does_as_a_person(after["described"].split()[-1])
                                        or _does_as_a_person(_description_head(after["described"]))))
                    or (before is not None and _does_as_a_person(before["doing"] or before["apposed"]))):
                found.add(text_key(shown))
    return found


#: Two capitalised words joined by "and" or "&" before a capitalised surname ("Hillary and Bill Clinton"); groups 1
#: and 2 hold the words, group 3 the surname.
_COUPLE = re.compile(r"(?=[A-Z])(?<![\w'’-])([A-Z][a-z]+)\s+(?:and|&)\s+([A-Z][a-z]+)\s+([A-Z][\w'’-]+)")


def couples_in(sentence: str) -> set[str]:
    """Keys of the surnames ``sentence`` writes after two known given names joined by "and" ("clinton" of "Hillary
    and Bill Clinton", see :func:`framing.given_names.is_given_name`): two people, one written in full."""
    return {text_key(found.group(3)) for found in _COUPLE.finditer(sentence)
            if is_given_name(found.group(1)) and is_given_name(found.group(2))}


#: A list of two or more names of two capitalised words, joined by commas and "and" ("Ana Bell, Tom Vask and Lee Orr").
_NAME_LIST = re.compile(r"(?<![\w'’.-])[A-Z][a-z'’-]+\s+[A-Z][\w'’-]+(?:,\s+[A-Z][a-z'’-]+\s+[A-Z][\w'’-]+)*"
                        r",?\s+and\s+[A-Z][a-z'’-]+\s+[A-Z][\w'’-]+(?![\w'’-])")


def listed_names(sentence: str) -> set[str]:
    """Keys of the full names ``sentence`` writes in a list of names (see ``_NAME_LIST``) of which another opens with
    a known given name ("lee orr" and "tomek vask" of "Ana Bell, Tomek Vask and Lee Orr"): people, as the names
    beside them are, whatever their given names; none for a list with no known given name."""
    found: set[str] = set()
    for listed in _NAME_LIST.finditer(sentence) if " and " in sentence else ():
        names = [name.strip() for name in re.split(r",\s+(?:and\s+)?|\s+and\s+", listed.group())]
        known = [name for name in names if given_name_sex(name.split()[0]) or given_name_spelling(name.split()[0])]
        if known and len(known) < len(names):
            found |= {text_key(name) for name in names if name not in known}
    return found


@lru_cache(maxsize=NAMES_KEPT)
def people_in(sentence: str) -> frozenset[str]:
    """Keys of the last words of the people ``sentence`` names: those of its personal names (see
    :func:`surnames_in`) and of its names after a capitalised title ("biden" of "President Joe Biden"); kept once
    read, as each source span reads the sentence before it again."""
    return surnames_in(sentence) | {text_key(found.group(0).split()[-1]) for found in titled_names(sentence)}


@lru_cache(maxsize=NAMES_KEPT)
def titled_names(sentence: str) -> tuple[re.Match[str], ...]:
    """The matches of ``_TITLED_NAME`` in ``sentence``, kept once read: a sentence's people (see :func:`people_in`)
    and the titled ones it notes (see :meth:`SourceIndex._see_titled`) are read from the same matches."""
    return tuple(_TITLED_NAME.finditer(sentence))


def trade_names(sentence: str) -> Iterable[re.Match[str]]:
    """The matches of ``_TRADE_NAME`` in ``sentence``, read only where it holds a word of ``_TRADE_NAME_WORDS`` or a
    trade known by its ending (see ``_ENDING_TRADE``) as a whole run of ``_TRADE_NAME_RUN``, as each match does: the
    pattern's own search took longer than any other of a sentence's."""
    runs = _TRADE_NAME_RUN.findall(sentence)
    if _TRADE_NAME_WORDS.isdisjoint(runs) and not any(is_trade(run.lower()) for run in runs):
        return ()
    return _TRADE_NAME.finditer(sentence)


def spelled_out(before: str, acronym: str) -> list[str]:
    """The words of the name that ``before`` (the text before an acronym in brackets) ends with, whose
    initials are the ``acronym``: its last capitalised words, one letter each or, failing that, one for each
    capitalised part of a hyphenated word ("Inspector-General of Police (IGP)"), with the joining words between
    them; failing that, one letter for each capitalised word and one or none for each small word between them
    ("Doctors of the World (DOW)", see ``_SMALL_WORDS``); none when no such run ends ``before`` ("the Harbour Board
    (HXB)")."""
    for parts in (False, True):
        words = _read_back(before, len(acronym), parts)
        if "".join(_initials(word, parts) for word in words if word[:1].isupper()) == acronym:
            return words
    for capitals in range(len(acronym) - 1, 1, -1):  # the fewer capitalised words, the more letters small words give
        words = _read_back(before, capitals, False)
        letters = "".join(re.escape(word[0]) if word[:1].isupper() else f"{word[0].upper()}?" if word in _SMALL_WORDS
                          else "" for word in words)
        if words[:1] and words[0][:1].isupper() and re.fullmatch(letters, acronym):
            return words
    return []


def _read_back(before: str, capitals: int, parts: bool) -> list[str]:
    """The words that end ``before`` with ``capitals`` initials (see :func:`_initials`), and the joining words
    between them; fewer when a word that is neither ends the run ("the Harbour Board (HB)" → "Harbour",
    "Board")."""
    words: list[str] = []
    for word in reversed(before.split()):
        run = SPELLED_WORD.search(word)
        if run and run.end() == len(word):
            words.append(run.group(0))
            capitals -= len(_initials(run.group(0), parts))
            if capitals <= 0 or run.start():  # a word glued to a mark ("“Harbour") starts the run
                break
        elif not words or word not in _SPELLED_JOINERS:
            break
        else:
            words.append(word)
    return words[::-1]


def capitalised_parts(word: str) -> bool:
    """Whether each hyphenated part of ``word`` is capitalised ("Inter-Agency"; not "Kestoria-based")."""
    return all(part[:1].isupper() for part in word.split("-"))


def _initials(word: str, parts: bool) -> str:
    """The initial of the capitalised ``word``, or with ``parts`` those of its capitalised hyphenated parts
    ("Inspector-General" → "IG", "Anti-corruption" → "A")."""
    return "".join(part[:1] for part in word.split("-") if part[:1].isupper()) if parts else word[:1]


def names_a_post(words: list[str]) -> bool:
    """Whether the name spelled out in ``words`` names a person's post, not a body ("Member of Parliament",
    "Chief Executive Officer", "Inspector-General of Police"; not "Office of the Auditor-General"): by its head,
    the last word before "of", "for" or "on" (or of a hyphenated word), a person's role in the singular or
    "Member"; people in the plural name a body ("Lawyers for Human Rights", "Doctors of the World")."""
    head = next((words[at - 1] for at, word in enumerate(words) if word in ("of", "for", "on")), words[-1])
    word = head.lower().rpartition("-")[2]
    return word == "member" or word in PERSON_ROLES


#: A source span of a name and an emphatic "himself" or "herself" after it ("Tom Vask himself", "Vask himself"):
#: group 1 the name, which is the source.
EMPHATIC_AFTER_NAME = re.compile(r"((?:[A-Z][\w'’.-]*\s+){1,4})(?:him|her)self")
#: The same after a name, which tells its sex: group 1 holds "her" for a woman.
_EMPHATIC_SEX = re.compile(r" (?:(her)|him)self(?= )")


#: The nouns a group by its cause ends with (see :func:`civic_group_noun`): any body's ("rights group"), and a body
#: or association of a trade or of its members ("trade body", "industry body", "consumer association").
CAUSE_GROUP_HEADS = frozenset({"group", "organisation", "organization", "body", "association"})

#: A body's acronym alone as a sentence's subject ("FIFA introduced a cap on loans"), of three to six capitals: a
#: body, which a later "the governing body" or "the organisation" may mean (see ``SourceIndex.see_body``).
ACRONYM_BODY = re.compile(r"[A-Z]{3,6}")

#: Role words for whoever heads a body ("federation chief", "head of the federation", "federation president"): one
#: person, whom a role written with one of them and the body's words means (see :meth:`SourceIndex._head_named_later`).
BODY_HEADS = frozenset("chief head president chair chairman chairwoman leader boss".split())


def given_name(name: str) -> str:
    """The given name of the person ``name`` (a canonical form), the first of its words after a title or a role
    that a place or a body may open ("ralph" of "virginia gov. ralph northam", of "marine gen. kenneth ward"), with
    a surname after it; ``""`` for a name of one word."""
    words = name.split(" ")
    roles = [k for k, word in enumerate(words[:-1])
             if (word.endswith(".") and len(word) > 2) or word in PERSON_ROLES]
    first = roles[-1] + 1 if roles else 0
    return words[first] if first < len(words) - 1 else ""


def from_given_name(name: str, shown: str) -> tuple[str, str] | None:
    """The full name's key ``name`` (``shown`` as written) from its first known given name or initial on, with
    what is shown ("hillary clinton" of "Democrat Hillary Clinton", "o. tim sloan"; see
    :func:`framing.given_names.is_given_name`); ``None`` for none."""
    words, shown_words = name.split(" "), shown.split(" ")
    first = None if len(words) != len(shown_words) else next(
        (at for at, word in enumerate(shown_words) if is_given_name(word) or INITIAL.fullmatch(word)), None)
    return None if first is None else (" ".join(words[first:]), " ".join(shown_words[first:]))


def _listed(source: str) -> list[str]:
    """The parts of the source ``source`` at the commas and the "and" of a list ("dan orr", "mira lisk" and "tom
    vask" of "dan orr, mira lisk and tom vask"); the source alone where it holds no "and"."""
    return LIST_PARTS.split(source) if " and " in source else [source]


def people_joined(source: str, shown: str) -> dict[str, str]:
    """The parts of the source ``source`` (``shown`` so) that names two people or more joined by "and" (and commas
    before it: see :func:`_listed`), each a personal name of two words or more (see :func:`is_name`), that open with
    a known given name or an initial ("jane e. corlow" and "t. r. pamber" of "Jane E. Corlow and T. R. Pamber", "brad
    sherman" of "Brad Sherman and Al Green"), by their keys, as written; none for any other source ("food and drug
    board", "Trump and Clinton")."""
    keys, written = _listed(source), _listed(shown)
    if len(keys) < 2 or len(keys) != len(written) or any(len(part.split(" ")) < 2 or not is_name(part.split(" "))
                                                          for part in written):
        return {}
    return {key: part for key, part in zip(keys, written)
            if is_given_name(part.split(" ")[0]) or INITIAL.fullmatch(part.split(" ")[0])}


def in_list_of_names(source: str, word: str) -> bool:
    """Whether the source ``source`` is a list of names joined by "and", one of which ends with ``word`` ("trump and
    clinton", "donald trump and hillary clinton" for "clinton"): people named together, not a body whose name
    holds the word."""
    parts = _listed(source)
    return len(parts) > 1 and any(part.rsplit(" ", 1)[-1] == word for part in parts)


def rank_key(rank: str, seed: str | None) -> str:
    """The key of a player's ranking ``rank`` ("3"), or of a seeding where ``seed`` is written: "no. 3", "no. 9
    seed"; "world No. 3" and "number 3" are one ranking."""
    return f"no. {rank}{' seed' if seed else ''}"


@lru_cache(maxsize=NAMES_KEPT)
def written_as_person(name: str, text: str) -> bool:
    """Whether the span ``text`` writes the capitalised words of ``name`` as a person's name, with a personal title
    ("Ms Tory Burch") or a person's role (``PERSON_ROLES``, ``NAMESAKE_ROLES``: "Tory Burch, the designer",
    "founder Tory Burch"; not a business's rank, "Acme Robotics, the market leader", nor its kind, "Wells Fargo,
    the bank"); kept once read, as each mention of a name asks it again."""
    roles = role_words(text, name)
    head = LEADING.sub("", without_heading(text).strip(EDGE))
    return (person_like(name, text) and not roles & RANKING_MODIFIERS
            and (TITLE.match(head) is not None or bool(roles & (PERSON_ROLES | NAMESAKE_ROLES))))


def first_keys(person: str) -> set[str]:
    """The keys the person ``person`` is found by from a family name written first: its first word, without its
    accents ("nguyen" of "nguyễn phú trọng")."""
    return {without_accents(person.split()[0])}


def last_keys(person: str) -> set[str]:
    """The keys the person ``person`` is found by from a surname: its last word, without a glued particle too
    ("assad", "al-assad"), each without its accents ("perez" of "josé pérez"), and the word before a generation's
    suffix ("pruitt" of "harold pruitt sr.")."""
    lasts = {person.split()[-1], without_generation(person).split()[-1]}  # "jr." and "pruitt" of "harold pruitt jr."
    return {without_accents(key) for last in lasts for key in (last, _GLUED_START.sub("", last))}


def second_last_key(person: str) -> set[str]:
    """The key the person ``person`` is found by from the first of two surnames ("ortega" of "maría luisa ortega
    vidal"): its second-last word without its accents, a generation's suffix left out; none for a name of fewer than
    three words."""
    words = without_accents(without_generation(person)).split(" ")
    return {words[-2]} if len(words) > 2 else set()


def lead_author_roles(roles: Collection[str]) -> bool:
    """Whether a person's role words ``roles`` name them a study's lead or first author ("the study's lead
    author", "first author"), the one whose surname a citation "Voss et al." writes; a co-author is not."""
    return "author" in roles and not {"lead", "first"}.isdisjoint(roles)


def ends_with_name(person: str, bare: str) -> bool:
    """Whether the full name ``person`` ends with the words ``bare`` ("marsh" of "helen marsh", "de vries"
    of "hanneke de vries"), a glued particle allowed before them ("assad" of "bashar al-assad"), or a generation's
    suffix after them ("pruitt" of "harold pruitt sr.")."""
    for full in {person, without_generation(person)}:  # "trump jr." and "trump" of "donald trump jr."
        before = full.removesuffix(bare)
        if before != full and (before.endswith(" ") or _GLUED_BEFORE.search(before)):
            return True
    return False


def from_first_name_word(text: str) -> str:
    """``text`` from its first word that may start a company's name, past the words that start a sentence or
    a phrase ("On Tuesday, Acme Corp. said" → "Acme Corp. said"), and past an opening phrase of such a word and
    lower-case words up to a comma ("For nearly three years, Acme Corp. told", "In a statement, Acme Corp. said":
    see ``_OPENING_PHRASE``): ``" ".join(dropwhile(...))`` of its words split at each space, found by reading
    only the words it passes, not the whole sentence."""
    phrase = _OPENING_PHRASE.match(text)
    at = phrase.end() if phrase and phrase.group(1) in NOT_A_NAME_START else 0
    while True:
        end = text.find(" ", at)
        word = text[at:] if end < 0 else text[at:end]
        if not (word.rstrip(",") in NOT_A_NAME_START or word in ("of", "de")):
            return text[at:]
        if end < 0:
            return ""
        at = end + 1


def after_royal_title(text: str, written: str) -> bool:
    """Whether the span ``text`` writes ``written`` as a first name alone after a royal title ("Prince Faisal")."""
    return " " not in written and bool(
        re.search(rf"(?<![\w'-]){_ROYAL_TITLE}\s+{re.escape(fold_apostrophes(written))}(?![\w'-])", text))


def after_particles(written: str) -> bool:
    """Whether ``written`` is a name that opens with lower-case particles and ends with a capitalised
    word ("von der Leyen", "de la Fuente"), as a family name is written after its first name is dropped."""
    words = written.split(" ")
    return (len(words) >= 2 and words[0] in PARTICLES and words[-1][:1].isupper()
            and all(w in PARTICLES or w[:1].isupper() for w in words))


#: The posts of ``SHORT_POSTS`` spelled out, each with its letters, and where one is written in a canonical key.
POST_LETTERS = {post: letters for letters, post in SHORT_POSTS.items()}
SPELLED_POST = re.compile(rf"(?<![\w'’])(?:{'|'.join(sorted(POST_LETTERS, key=len, reverse=True))})(?![\w'’])")
#: What a judge of the High Court is called by before "Justice" ("Mr Justice Brian Hollis", "Mrs Justice Ann Bo").
_JUDGES_HONORIFICS = frozenset("mr mrs ms".split())


#: A relative clause in a span, up to its comma if any ("who left the ministry in January" of "Clara Veen, who left
#: the ministry in January").
_RELATIVE_CLAUSE = re.compile(r"(?<![\w'’-])(?:who|whom|whose|which)\b[^,]*")
#: A relative clause saying that the person heads a body ("who chairs the cross-party committee"; group "verb" the
#: verb, group "body" the body's words up to a word that ends its name): unlike another clause (see
#: ``_RELATIVE_CLAUSE``), the person's role, as "chair of the committee" would be.
_HEADING_CLAUSE = re.compile(r"(?<![\w'’-])who\s+(?P<verb>chairs|heads|leads)\s+(?:the\s+)?"
                             r"(?P<body>[\w'’-]+(?:\s+(?!(?:that|which|who|since|and|until|in|at|for|from|when|while|"
                             r"after|before|with)\b)[\w'’-]+){0,4})", re.I)
#: The role noun each verb of ``_HEADING_CLAUSE`` makes ("chairs": "chair").
_HEADING_VERB_ROLES = {"chairs": "chair", "heads": "head", "leads": "leader"}
#: Words describing a body that are no word of its name ("the cross-party committee" is the one committee named "the
#: Environment Select Committee"), left out of the role a heading clause gives.
_BODY_EPITHETS = frozenset("cross-party all-party bipartisan powerful influential".split())


def _heading_clause_roles(text: str) -> set[str]:
    """The role's words of a clause in ``text`` saying the person heads a body (see ``_HEADING_CLAUSE``): "Helena
    Brackwater, who chairs the cross-party committee" is a committee's chair (chair, committee), for "the chair of
    the committee" or "Committee chair" to find her."""
    found = _HEADING_CLAUSE.search(text)
    if found is None:
        return set()
    body = {word.lower() for word in found.group("body").split()} - _BODY_EPITHETS
    return {_HEADING_VERB_ROLES[found.group("verb").lower()], *body}


#: A capitalised word and the capitalised word after it (group 2), each pair of a run read ("Senator Vance").
CAPITALISED_PAIR = re.compile(r"(?=[A-Z])(?<![\w'’-])([A-Z][\w'’-]*)\.?\s+(?=([A-Z][\w'’-]*))")


#: The party member a tag's letter writes, as a description's last word ("the Ohio Democrat").
PARTY_MEMBERS = {"R": "republican", "D": "democrat", "I": "independent"}
_PARTY_STATE_AFTER = re.compile(r"\s*,?\s*\(?(?=[RDI]-)")
#: US states by their names, AP abbreviations and postal codes, without dots or spaces ("SC", "Calif", "NewYork").
_US_STATES = {key: state for state, *keys in (line.split(":") for line in """Alabama:Ala:AL
    Alaska:AK Arizona:Ariz:AZ Arkansas:Ark:AR California:Calif:CA Colorado:Colo:CO Connecticut:Conn:CT
    Delaware:Del:DE Florida:Fla:FL Georgia:Ga:GA Hawaii:HI Idaho:ID Illinois:Ill:IL Indiana:Ind:IN Iowa:IA
    Kansas:Kan:KS Kentucky:Ky:KY Louisiana:La:LA Maine:ME Maryland:Md:MD Massachusetts:Mass:MA Michigan:Mich:MI
    Minnesota:Minn:MN Mississippi:Miss:MS Missouri:Mo:MO Montana:Mont:MT Nebraska:Neb:NE Nevada:Nev:NV
    New_Hampshire:NH New_Jersey:NJ New_Mexico:NM New_York:NY North_Carolina:NC North_Dakota:ND Ohio:OH
    Oklahoma:Okla:OK Oregon:Ore:OR Pennsylvania:Pa:PA Rhode_Island:RI South_Carolina:SC South_Dakota:SD
    Tennessee:Tenn:TN Texas:TX Utah:UT Vermont:Vt:VT Virginia:Va:VA Washington:Wash:WA West_Virginia:WVa:WV
    Wisconsin:Wis:WI Wyoming:Wyo:WY""".split()) for key in (state.replace("_", ""), *keys)}

#: The states' names in lower case ("ohio", "south carolina").
US_STATE_NAMES = frozenset(state.lower().replace("_", " ") for state in _US_STATES.values())


def _party_state_words(text: str) -> frozenset[str]:
    """The lower-case words of the state and party of each party and state tag in ``text`` ("D-Ohio": ohio,
    democrat; "(R-S.C.)": south, carolina, republican), so that "the Ohio senator", "the South Carolina senator" or
    "the Ohio Democrat" finds the lawmaker so written."""
    words: set[str] = set()
    for found in PARTY_STATE.finditer(text):
        written = found.group(2)
        state = _US_STATES.get(re.sub(r"[.\s]", "", written)) or _US_STATES.get(written.split()[0].strip("."))
        words.update([*state.lower().split("_"), PARTY_MEMBERS[found.group(1)]] if state else ())
    return frozenset(words)


def party_state_after(text: str, end: int) -> frozenset[str]:
    """The state's words (see :func:`_party_state_words`) of a party and state tag that follows a name ending at
    ``end`` in ``text`` ("Sen. Ana Ruiz (D-N.Y.) told reporters": new, york); none for none."""
    found = _PARTY_STATE_AFTER.match(text, end)
    tag = PARTY_STATE.match(text, found.end()) if found else None
    return _party_state_words(tag.group(0)) if tag else frozenset()


@lru_cache(maxsize=NAMES_KEPT)
def role_words(text: str, name: str) -> frozenset[str]:
    """The lower-case words written with a person's name, minus the name ("foreign ministry
    spokesman Wang Wenbin" → foreign, ministry, spokesperson), for "the spokesperson" to find them; an
    abbreviated title adds its role spelled out ("Supt", "Det Insp", "Cllr" and a judge's "Mr Justice" add
    superintendent, detective and inspector, councillor, judge), for "the superintendent" to find them too. A
    relative clause's words are not the person's role ("Clara Veen, who left the ministry": no "ministry"), but for one
    saying the person heads a body (see :func:`_heading_clause_roles`). Kept once read, as several rules ask it of the
    same span."""
    words = {POSSESSIVE.sub("", w.strip(EDGE)).lower() for w in _RELATIVE_CLAUSE.sub("", text).split()}
    words |= _heading_clause_roles(text)
    words -= _anothers_roles(text)
    words = {"spokesperson" if re.fullmatch(r"spokes(?:man|woman|person)", w) else w for w in words}
    words |= {ABBREVIATED_ROLES[w] for w in words if w in ABBREVIATED_ROLES} | _party_state_words(text)
    # a post in letters and spelled out: "CM N Chandra Rao" is "the chief minister", "Prime Minister Jo Ames" "the PM"
    words |= {part for letters in words & SHORT_POSTS.keys() for part in SHORT_POSTS[letters].split(" ")}
    words |= {letters for letters, post in SHORT_POSTS.items() if set(post.split(" ")) <= words}
    if "justice" in words and words & _JUDGES_HONORIFICS:
        words.add("judge")
    return frozenset(words - set(name.split()) - {"the", "a", "an", ""})


#: Offices of one holder in a story, a city's or county's and the judge's of a case, whom "the mayor", "the police
#: chief" or "the judge" means however many sources came between, when one person named before held it (see
#: :meth:`SourceIndex._person_described`; two judges named, "the judge" is neither); and so "the witness", the one
#: person named as testifying (see ``_TESTIFIED``).
ONE_HOLDER_OFFICES = [["mayor"], ["sheriff"], ["police", "chief"], ["fire", "chief"], ["judge"], ["witness"]]
#: A state's or a nation's office of one holder, read as ``ONE_HOLDER_OFFICES`` are unless the source credited last,
#: written with no role, may hold it unsaid (see :meth:`SourceIndex._spoke_last_untold`): "Gov. Tom Vask vetoed the
#: bill. Ana Ruiz, a senator, said ... The governor said" is Vask's; so "the president" after "President Tom Vask".
ONE_HOLDER_STATE_OFFICES = [["governor"], ["president"]]

#: A person written as serving, advising or opposing another by role: "a spokesman for the mayor", "an aide to the
#: governor", "a critic of the mayor", "the mayor's spokesman" (the role after "the", or before "'s" and a noun).
_ANOTHERS_ROLE = re.compile(
    r"\b(?:(?:spokes(?:man|woman|person)|aide|advis[eo]r|critic|opponent|rival|ally|assistant|deputy|secretary"
    r"|staff|lawyer|attorney)s?\s+(?:for|to|of)\s+the\s+([a-z]+(?:\s+[a-z]+)?)\b"
    r"|\bthe\s+([a-z]+)['’]s\s+[a-z])", re.I)


#: A titled name in the possessive before a lower-case noun ("President Vask's chief of staff", "Gov. Ana Ruiz's
#: aide"): its words (group 1), whose title is the possessor's role, not the role of the person the span names.
_TITLED_POSSESSOR = re.compile(r"((?:[A-Z][\w.-]*\s+){1,4})[A-Z][\w-]*['’]s\s+[a-z]")


def _anothers_roles(text: str) -> set[str]:
    """The person's roles in a source span ``text`` that are another person's, whom the span's person serves or
    opposes ("mayor" of "Eli Grant, a spokesman for the mayor" or "..., the mayor's spokesman", "president" of "Ana
    Ruiz, President Vask's adviser"), so that "the mayor" is never that person."""
    possessors = " ".join(found.group(1) for found in _TITLED_POSSESSOR.finditer(text))
    return {word.lower() for found in _ANOTHERS_ROLE.finditer(text) for words in found.groups() if words
            for word in words.split() if word.lower() in PERSON_ROLES} | {
        word.lower().rstrip(".") for word in possessors.split()
        if word.lower().rstrip(".") in PERSON_ROLES or word.lower().rstrip(".") in ABBREVIATED_ROLES}


#: One capitalised word with an age after its comma, "Walt, 70", or a known given name with "who" after it.
_AGED_ONE_NAME = re.compile(r"[A-Z][\w'’-]*,\s+\d{1,3}(?:,|\s*$)")
_ONE_NAME_WHO = re.compile(r"([A-Z][\w'’-]*),\s+who\b")


#: The words before the one name a person gave ("The man, who gave his name only as " of "..., Walt, said").
_NAME_GIVEN_ONLY_BEFORE = re.compile(rf"(?<![\w'’-]){NAME_GIVEN_ONLY}\Z")
#: How far back from a one-word source such words are sought.
_NAME_GIVEN_ONLY_CHARS = 80


def name_given_only(before: str) -> bool:
    """Whether the text ``before`` a one-word source ends with words saying it is the one name a person gave ("The
    man, who gave his name only as Walt", "One resident, identified only as Marcus"): a person, whom a later "he" may
    mean."""
    return _NAME_GIVEN_ONLY_BEFORE.search(before[-_NAME_GIVEN_ONLY_CHARS:]) is not None


def resident_by_first_name(head: str) -> bool:
    """Whether a one-word source written as ``head`` is a person named by a first name alone, as local copy names
    residents: with an age after it ("Walt, 70", "Derek, 29, who works at the scrap yard"), or a known given name
    with a relative "who" ("Derek, who works at the scrap yard"), so that a later "he" is theirs."""
    who = _ONE_NAME_WHO.match(head)
    return bool(_AGED_ONE_NAME.match(head)) or (who is not None and is_given_name(who.group(1)))


def describes_person(description: str, roles: frozenset[str]) -> bool:
    """Whether "the <description>" can mean a person written with ``roles``: "the spokesperson", not
    "the ministry", for "ministry spokesman Wang Wenbin"; "the minister for health" for "Minister for Health
    Colm Ardagh"; "the billionaire" for "Tom Vask, the billionaire developer" (a noun of ``PERSON_NOUNS``); "the
    Democrat" for "Ana Ruiz, the committee's senior Democrat" (see ``PARTY_MEMBER_NOUNS``); not "the minister" for a
    deputy minister, but "the DSP" for a deputy superintendent of police (see ``SHORT_POSTS``: the
    rank is in its letters)."""
    want = description.split(" ")
    spelled = {word for letters in want if letters in SHORT_POSTS for word in SHORT_POSTS[letters].split(" ")}
    head = role_head(description)
    return ((head in PERSON_ROLES or head in PERSON_NOUNS or head in PARTY_MEMBER_NOUNS or is_trade(head)
             or state_party_member(description))
            and set(want) <= roles
            and not (RANK_MODIFIERS & roles) - set(want) - spelled)


def sexes_differ(sentence: str, before: str) -> bool:
    """Whether ``sentence`` and the sentence ``before`` it each write a role of one sex only (see ``_SEXED_ROLE``), not
    the same: "the spokeswoman" after "A Pollen spokesman said ..." is not the man just quoted."""
    now, then = ({found.lower() for found in _SEXED_ROLE.findall(text)} for text in (sentence, before))
    return len(now) == 1 and len(then) == 1 and now != then


def person_role_noun(word: str) -> bool:
    """Whether ``word`` ends a description of one person that a name may later be given: a role ("the former
    manager"), a noun of ``PERSON_NOUNS`` ("a senior lawmaker") or a party's member ("the committee's senior Democrat",
    see ``PARTY_MEMBER_NOUNS``)."""
    return word in PERSON_ROLES or word in PERSON_NOUNS or word in PARTY_MEMBER_NOUNS


#: Each party's words, for a candidate's description ("the GOP nominee") and the roles written with a person, by the
#: party they name ("gop" is the Republicans').
PARTY_OF = {"republican": "republican", "gop": "republican", "democratic": "democratic", "democrat": "democratic",
             **{word: word for word in "libertarian green labour conservative liberal tory socialist".split()}}
#: A party's member as a noun ("the Democrat", "the Tory"): one person, whom a description of that word alone means
#: when a person written as one was named just before ("Senator Ana Ruiz, the committee's senior Democrat, said ...
#: The Democrat said"), as "the senator" does.
PARTY_MEMBER_NOUNS = frozenset("democrat republican libertarian tory socialist".split())
#: The offices a candidate runs for, as a description writes them before "candidate" ("the presidential hopeful").
_CANDIDATE_OFFICES = frozenset("""presidential vice-presidential mayoral gubernatorial senate congressional
    parliamentary leadership""".split())
#: Candidates' nouns, and words a candidate's description may add to a party or an office ("the presumptive nominee").
_CANDIDATE_NOUNS = frozenset("candidate nominee hopeful".split())
_CANDIDATE_MODIFIERS = frozenset("presumptive likely leading".split())


def parties_named(words: Iterable[str]) -> set[str]:
    """The parties that ``words`` (a description's, or the role words written with a person) name ("gop" and
    "republican" the Republicans)."""
    return {PARTY_OF[word] for word in words if word in PARTY_OF}


def candidate_description(bare: str) -> list[str] | None:
    """The words of a description of a candidate by party or office ("republican presidential nominee", "gop
    candidate", "presidential hopeful"), without a modifier such as "presumptive"; ``None`` for any other, "the
    nominee" alone or "the former nominee" among them."""
    *qualifiers, noun = bare.split(" ")
    if noun not in _CANDIDATE_NOUNS or not set(qualifiers) & (PARTY_OF.keys() | _CANDIDATE_OFFICES):
        return None
    if not set(qualifiers) <= PARTY_OF.keys() | _CANDIDATE_OFFICES | _CANDIDATE_MODIFIERS:
        return None
    return [word for word in qualifiers if word not in _CANDIDATE_MODIFIERS] + [noun]


def state_party_member(description: str) -> bool:
    """Whether a description is a party's member with the state's words before ("ohio democrat", "south carolina
    republican"), which only a person written with that party and state's tag fits (see :func:`_party_state_words`);
    not "democrat" alone."""
    *state, member = description.split(" ")
    return member in PARTY_MEMBERS.values() and " ".join(state) in US_STATE_NAMES


#: A US state's offices and its seats in Congress, which political copy writes after the state's name for the
#: person it just quoted ("the Ohio senator", "the Texas governor"), as it writes a party's member ("the Ohio
#: Democrat").
STATE_OFFICES = frozenset("senator governor congressman congresswoman lawmaker representative".split())


def role_head(description: str) -> str:
    """The head noun of a role: its last word, or the word before "for" or "of" ("minister" of "minister for
    health")."""
    return ROLE_SERVES.split(description, 1)[0].rpartition(" ")[2]


DESCRIBED_SURNAME = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:(?!(?:by|for|from|of|to|with|at|on|in|near|about)\s)"
                                r"[a-z][\w-]*\s+){1,3}([A-Z][\w'’-]*[a-z][\w'’-]*)")
