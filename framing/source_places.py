"""Places, countries and governments in a source mention: datelines, nationalities, "the Kenyan
government" and its ministries, whether two mentions name one country.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .given_names import given_name_sex
from .segment import dateline_length
from .source_keys import FORMS_KEPT, text_key, without_accents
from .source_words import AGE_ALONE, COUNTRIES, GOVERNMENT_OF, PERSON_DEMONYMS, PERSON_S_SIDE, RANK_ALONE
from .textchars import case_blind

#: Every country of ``COUNTRIES``, those that are first names too, in lower case (see :func:`same_country`,
#: :func:`government_of`).
_COUNTRY_KEYS = frozenset(c.lower() for c in COUNTRIES) | {"chad", "georgia"}
#: Capitals written in one word that stand for their country's government as a lead's subject does, with the keys
#: of that country's names ("Beijing rejected the report" as "China rejected" does; see :func:`subject_before_cue`
#: and ``SourceIndex._seat_or_country``). Left out: those that are English words, first names or surnames (Male,
#: Victoria, Sofia, Paris, Lima, Santiago, Wellington, Kingston, Nassau, London), a US state or a US city US copy
#: writes alone (Washington, a state and a surname too; Athens, Dublin, Rome, also the Holy See's), seats of a rival
#: government or a city's own (Sanaa, Delhi, Amsterdam), and contested ones (Jerusalem). Brussels as often means the
#: EU and Kinshasa and Brazzaville one of two Congos: each is a subject, joined with no country.
CAPITALS: dict[str, tuple[str, ...]] = {
    "Abuja": ("nigeria",), "Accra": ("ghana",), "Algiers": ("algeria",), "Amman": ("jordan",),
    "Ankara": ("turkey", "türkiye"), "Antananarivo": ("madagascar",), "Asmara": ("eritrea",),
    "Astana": ("kazakhstan",), "Asunción": ("paraguay",), "Ashgabat": ("turkmenistan",), "Baghdad": ("iraq",),
    "Baku": ("azerbaijan",), "Bamako": ("mali",), "Bangkok": ("thailand",), "Beijing": ("china",),
    "Beirut": ("lebanon",), "Belgrade": ("serbia",), "Berlin": ("germany",), "Bern": ("switzerland",),
    "Bishkek": ("kyrgyzstan",), "Bogotá": ("colombia",), "Brasília": ("brazil",), "Bratislava": ("slovakia",),
    "Brazzaville": (), "Brussels": (), "Bucharest": ("romania",), "Budapest": ("hungary",), "Cairo": ("egypt",),
    "Canberra": ("australia",), "Caracas": ("venezuela",), "Chisinau": ("moldova",), "Colombo": ("sri lanka",),
    "Conakry": ("guinea",), "Copenhagen": ("denmark",), "Dakar": ("senegal",), "Damascus": ("syria",),
    "Dhaka": ("bangladesh",), "Doha": ("qatar",), "Dushanbe": ("tajikistan",), "Freetown": ("sierra leone",),
    "Gaborone": ("botswana",), "Hanoi": ("vietnam",), "Harare": ("zimbabwe",), "Havana": ("cuba",),
    "Helsinki": ("finland",), "Islamabad": ("pakistan",), "Jakarta": ("indonesia",), "Juba": ("south sudan",),
    "Kabul": ("afghanistan",), "Kampala": ("uganda",), "Kathmandu": ("nepal",), "Khartoum": ("sudan",),
    "Kiev": ("ukraine",), "Kigali": ("rwanda",), "Kinshasa": (), "Kyiv": ("ukraine",), "Libreville": ("gabon",),
    "Lilongwe": ("malawi",), "Lisbon": ("portugal",), "Ljubljana": ("slovenia",), "Luanda": ("angola",),
    "Lusaka": ("zambia",), "Madrid": ("spain",), "Managua": ("nicaragua",), "Manama": ("bahrain",),
    "Manila": ("philippines",), "Maputo": ("mozambique",), "Minsk": ("belarus",), "Mogadishu": ("somalia",),
    "Monrovia": ("liberia",), "Montevideo": ("uruguay",), "Moscow": ("russia",), "Muscat": ("oman",),
    "Nairobi": ("kenya",), "Naypyidaw": ("myanmar", "burma"), "Niamey": ("niger",), "Nicosia": ("cyprus",),
    "Oslo": ("norway",), "Ottawa": ("canada",), "Ouagadougou": ("burkina faso",), "Podgorica": ("montenegro",),
    "Prague": ("czechia", "czech republic"), "Pretoria": ("south africa",), "Pristina": ("kosovo",),
    "Pyongyang": ("north korea",), "Quito": ("ecuador",), "Rabat": ("morocco",), "Reykjavik": ("iceland",),
    "Riga": ("latvia",), "Riyadh": ("saudi arabia",), "Sarajevo": ("bosnia",), "Seoul": ("south korea",),
    "Skopje": ("north macedonia",), "Stockholm": ("sweden",), "Taipei": ("taiwan",), "Tallinn": ("estonia",),
    "Tashkent": ("uzbekistan",), "Tbilisi": ("georgia",), "Tegucigalpa": ("honduras",), "Tehran": ("iran",),
    "Tirana": ("albania",), "Tokyo": ("japan",), "Tripoli": ("libya",), "Tunis": ("tunisia",),
    "Ulaanbaatar": ("mongolia",), "Valletta": ("malta",), "Vienna": ("austria",), "Vientiane": ("laos",),
    "Vilnius": ("lithuania",), "Warsaw": ("poland",), "Windhoek": ("namibia",), "Yaoundé": ("cameroon",),
    "Yerevan": ("armenia",), "Zagreb": ("croatia",),
}

#: A ministry or department named by its head first or last ("ministry of (the) interior", "interior ministry"): one
#: body, which a document may write both ways.
_HEAD_FIRST = re.compile(r"^(ministry|department) of (?:the )?(.+)$")
_HEAD_LAST = re.compile(r"^(.+) (ministry|department)$")
#: A ministry's key with its country written before it as an owner ("china's ministry of foreign affairs").
_OWNER_COUNTRY = re.compile(r"^(.+?)'s (.+)$")
#: The acronym of a ministry of foreign affairs ending a key ("russian mfa", "the mfa"), read as "foreign ministry"
#: (see :func:`ministry_parts`) unless the text spelled it out as another name (see ``SourceIndex._reworded``).
MFA = re.compile(r"(?<![\w'-])mfa$")
#: A country written after a ministry named head first ("ministry of foreign affairs of mexico").
_COUNTRY_AFTER = re.compile(r"^(.+?) of (?:the )?(.+)$")
#: Endings that make a nationality of a country's name, and the letters they may replace ("chinese" of "china",
#: "mexican" of "mexico"): (ending, how many letters of the country's name it replaces).
_COUNTRY_ADJECTIVE_ENDS = (("n", 0), ("an", 0), ("ian", 0), ("i", 0), ("ese", 0), ("ese", 1), ("an", 1), ("n", 1))


#: "UN" or "U.N." as a word of a source's key ("un refugee agency"), short for "United Nations"; not "Un" ending a
#: Korean name ("kim jong un").
_UN = re.compile(r"(?<![\w'’-])(?<!\bjong )u\.?n\.?(?![\w'’-])")


#: Where a dateline's place ends: before its country, state or date, its agency, a second place or its dash.
_DATELINE_PLACE_END = re.compile(r"\s*(?:,|\(|/|\s-{1,2}|-{2}|[–—―])")
#: The capitalised words after a dateline's place and its comma: its country or state ("Kenya", "Calif.").
_DATELINE_REGION = re.compile(r"[^,]*,\s*([A-Z][a-z]+(?: [A-Z][a-z]+)*)")


def dateline_town(text: str) -> str | None:
    """The key of the place a wire dateline opening ``text`` is filed from, as written ("marlow" of "MARLOW (AP) -
    ", "tokyo" of "TOKYO, April 2 - "); ``None`` without one. "The city's police" of its copy are that place's (see
    ``SourceIndex.dateline_town``)."""
    length = dateline_length(text)
    return text_key(_DATELINE_PLACE_END.split(text[:length], maxsplit=1)[0].strip()) if length else None


def dateline_place(text: str) -> str | None:
    """The key of the country a wire dateline opening ``text`` names (see :func:`framing.segment.dateline_length`):
    the country written after its place ("kenya" of "KESSELTON, Kenya (AP) - "), or a capital's (``CAPITALS``:
    "kenya" of "NAIROBI - "), else the place itself ("varnock" of "VARNOCK (Reuters) - "); ``None`` without one.
    Where two stories were filed from, so that a body each calls "the Presidency" is not read as one (see
    :func:`framing.summarize`)."""
    length = dateline_length(text)
    if not length:
        return None
    dateline = text[:length]
    place = _DATELINE_PLACE_END.split(dateline, maxsplit=1)[0].strip()
    region = _DATELINE_REGION.match(dateline)
    if region and text_key(region.group(1)) in _COUNTRY_KEYS:
        return text_key(region.group(1))
    countries = CAPITALS.get(place.title(), ())
    return countries[0] if countries else text_key(place)


def dateline_country(text: str) -> str | None:
    """The key of the country a wire dateline opening ``text`` is filed from (see :func:`dateline_place`: "japan" of
    "TOKYO, April 2 - "), when that is a country known by its name or its capital; ``None`` for any other place."""
    place = dateline_place(text)
    return place if place in _COUNTRY_KEYS else None


def united_nations(key: str) -> str:
    """The source key ``key`` with "un" or "u.n." as a word spelled out: "un refugee agency" and "united nations
    refugee agency" are one source, in a document and across documents (see :func:`framing.summarize`)."""
    return _UN.sub("united nations", key) if "u" in key else key


#: Words before "Hall" that make a seat of local government of it, never a person ("City Hall", "Boston City Hall",
#: "Town Hall"), though "Hall" is a surname ("Tom Hall").
_SEAT_HALL_WORDS = frozenset("City Town Village".split())


def seat_hall(words: list[str]) -> bool:
    """Whether the capitalised ``words`` end in the name of a city's, town's or village's hall ("City Hall")."""
    return len(words) >= 2 and words[-1] == "Hall" and words[-2] in _SEAT_HALL_WORDS


#: Capitalised words in a list before a lower-case word, a headline's commas for "and" ("German, French officials",
#: "Kenyan, Ugandan and Tanzanian police"); group 1 holds the words. A list of nationalities (see
#: :func:`nationality_list`) is one source, whose first nationality alone names no one.
_CAPITALISED_LIST = re.compile(r"^((?:[A-Z][a-z]+,\s+)+(?:[A-Z][a-z]+,?\s+and\s+)?[A-Z][a-z]+)\s+[a-z]")
#: Nationalities not made from their country's name by a regular ending (see :func:`_adjective_of`), with the
#: country's key: "the Turkish government" is Turkey's, "the German foreign ministry" Germany's.
_NATIONALITY_COUNTRY = {
    "turkish": "turkey", "british": "britain", "spanish": "spain", "polish": "poland", "danish": "denmark",
    "swedish": "sweden", "finnish": "finland", "irish": "ireland", "french": "france", "dutch": "netherlands",
    "swiss": "switzerland", "german": "germany", "greek": "greece", "thai": "thailand", "norwegian": "norway",
    "portuguese": "portugal", "icelandic": "iceland", "hungarian": "hungary", "belgian": "belgium",
    "argentine": "argentina", "argentinian": "argentina", "filipino": "philippines", "peruvian": "peru",
    "czech": "czechia", "afghan": "afghanistan", "lebanese": "lebanon", "congolese": "congo", "cypriot": "cyprus",
    "kazakh": "kazakhstan", "kyrgyz": "kyrgyzstan", "lao": "laos", "malagasy": "madagascar",
    "montenegrin": "montenegro", "mozambican": "mozambique", "panamanian": "panama", "slovak": "slovakia",
    "somali": "somalia", "tajik": "tajikistan", "turkmen": "turkmenistan", "ukrainian": "ukraine",
    "uzbek": "uzbekistan", "kosovar": "kosovo", "haitian": "haiti", "burundian": "burundi"}
#: Nationalities not made of ``COUNTRIES``' names by a nationality's ending (see :func:`_adjective_of`), in lower
#: case: those above, others whose country is named in several words ("saudi", "salvadoran") or not in
#: ``COUNTRIES``, and regions' and peoples' ("european", "arab", "kurdish").
IRREGULAR_NATIONALITIES = frozenset("""african american arab asian bosnian canadian emirati english european
    italian ivorian korean kurdish macedonian nigerien palestinian salvadoran saudi scottish tibetan
    welsh""".split()) | _NATIONALITY_COUNTRY.keys()
#: Endings of a word that may be a nationality the lists above do not hold (a small country's, a people's), in
#: lower case ("n", "i": "Kenyan", "Israeli"; "ch", "ss": "Dutch", "Swiss"); surnames end so too ("Erdogan").
_NATIONALITY_ENDINGS = ("n", "i", "ese", "ish", "ch", "ss")
#: Of those, the endings few surnames have ("-ian", "-ese", "-ish", "-stani": "Kestorian", "Ostrish"): a list of
#: words that may be nationalities is one only when a word of it is a known nationality or ends so.
_STRONG_NATIONALITY_ENDINGS = ("ian", "ese", "ish", "stani")

#: A word alone after a preposition of place ("in Israel.", "across the Sahel,"; the next word's first
#: letter and any mark between tell "in Israel Katz's office" apart); not after a stake ("a stake in Veltrix"), which
#: is held in a company.
_AFTER_PLACE_WORD = re.compile(r"(?<![\w'’-])(?<![Ss]take )(?<![Ss]takes )"
                               r"(?i:in|into|inside|within|across|throughout|near|towards?|outside)"
                               r"\s+(?:the\s+)?(\w[\w'’-]*)([^\w\s]?)(?:\s+(\w))?")
#: A capitalised word alone named as a town or city ("the city of Harlow", "the town of Harlow,"; not "the City of
#: London Corporation"): group 1 is the word.
_TOWN_OF = re.compile(r"(?<![\w'’-])(?i:city|town|village)\s+of\s+([A-Z][\w'’-]*)(?![\w'’-])(?!\s+[A-Z])")
#: A capitalised word alone after "the" before a lower-case noun of a stretch of land ("the Ostmark region", "the
#: Kester peninsula", "the Varrow valley"; not "the Ostmark district council", a body, nor "the Kessel Bank region"):
#: group 1 is the word, a place's name.
_PLACE_OF_LAND = re.compile(
    r"(?<![\w'’-])[Tt]he\s+([A-Z][\w'’-]*)\s+(?:region|peninsula|coast|coastline|valley|basin|delta|plains?|highlands"
    r"|lowlands|province|district|county|archipelago|islands|estuary|catchment|hinterland)(?![\w'’-])"
    r"(?!\s+(?:council|authority|authorities|government|administration|police|office|board|court|assembly|committee"
    r"|agency|service|guard|health|hospital|school|water|fire)(?![\w-]))")

#: Endings that make a nationality of a place's name ("Israeli", "Jordanian", "Kenyan", "Japanese").
_NATIONALITY_ENDS = ("i", "n", "ian", "ese")
#: The fewest letters of a place's name read from a nationality ("Iraq" of "Iraqi"; none of "Thai").
_PLACE_STEM = 4
#: A word that may be a nationality, and the first letter of the word after it ("Israeli troops"): a whole
#: word, with a nationality's ending after a stem long enough; others, which give no place, are not read, and nor is
#: one opening with a lower-case ASCII letter, a digit or "_", no capital (see :func:`places_in`), passed over first.
_NATIONALITY_BEFORE_WORD = re.compile(rf"(?![a-z\d_])(?<![\w'’-])"
                                      rf"(\w{{{_PLACE_STEM},}}(?:{'|'.join(_NATIONALITY_ENDS)}))(?=\s+(\w))")


#: "at" or "in" (and "the") ending the text before a capitalised run: where a venue is named ("at Carnegie Hall").
_AT_OR_IN = re.compile(r"\b(?:at|in)\s+(?:the\s+)?$")


def hall_at(sentence: str, run: re.Match[str]) -> bool:
    """Whether the capitalised ``run`` of ``sentence`` is a hall named after "at" or "in", a venue, not a man surnamed
    Hall ("said at Carnegie Hall"; "told Dana Hall" and "in Dana Hall's office" stay a person's)."""
    before = sentence[max(0, run.start() - 8):run.start()]
    return run.group(0).endswith(" Hall") and _AT_OR_IN.search(before) is not None


def places_in(sentence: str) -> set[str]:
    """Keys of the words ``sentence`` writes as places: a capitalised word alone after a preposition of
    place ("in Israel"; not "in Israel Katz's office") or after "city of" or "town of" ("the town of Harlow"), or
    after "the" before a stretch of land's noun ("the Ostmark region": see ``_PLACE_OF_LAND``),
    and the place of a nationality before a lower-case word ("Israeli strikes" → "israel", "Jordanian officials" →
    "jordan"; a stem of four letters or more)."""
    places = set()
    for found in _AFTER_PLACE_WORD.finditer(sentence):
        word, mark, after = found.groups()
        if PERSON_S_SIDE.match(sentence, found.end(1)) and found.group().split()[1].lower() == "the":
            continue  # "in the Vask camp", "within the Vask circle": a person's side, no place
        if word[:1].isupper() and (mark or not after or not after.isupper()):
            places.add(text_key(word))
    folded = case_blind(sentence)
    if "city" in folded or "town" in folded or "village" in folded:  # as each match of _TOWN_OF holds
        places.update(text_key(found.group(1)) for found in _TOWN_OF.finditer(sentence))
    places.update(text_key(found.group(1)) for found in _PLACE_OF_LAND.finditer(sentence))
    for found in _NATIONALITY_BEFORE_WORD.finditer(sentence):
        word, after = found.groups()
        if word[:1].isupper() and after.islower():
            places.update(nationality_places(word))
    return places


def nationality_places(word: str) -> set[str]:
    """Keys of the places the word ``word`` may be the nationality of, each its stem before a nationality's ending
    of four letters or more ("sarnia" and "sarn" of "Sarnian"): a place written before tells which it is."""
    return {text_key(word[:-len(end)]) for end in _NATIONALITY_ENDS
            if word.endswith(end) and len(word) - len(end) >= _PLACE_STEM}


def ministry_parts(key: str) -> tuple[str, str, list[str]] | None:
    """The head ("ministry" or "department"), the country written as an owner or after the name ("" for none) and
    the other words of the ministry or department's key ``key``, its portfolio with "affairs" left out: ("ministry",
    "china", ["foreign"]) of "china's ministry of foreign affairs", ("ministry", "", ["saudi", "interior"]) of
    "saudi interior ministry", whose first words may be a nationality; ``None`` for no ministry or department. The
    acronym "MFA" is a foreign ministry: ("ministry", "", ["russian", "foreign"]) of "russian mfa"."""
    key = MFA.sub("foreign ministry", key)
    owner = _OWNER_COUNTRY.match(key)
    country, rest = (owner[1], owner[2]) if owner else ("", key)
    found = _HEAD_FIRST.match(rest)
    if found:
        head, words = found[1], found[2]
        after = _COUNTRY_AFTER.match(words)
        if after and not country:
            words, country = after[1], after[2]  # "ministry of foreign affairs of mexico"
    else:
        found = _HEAD_LAST.match(rest)
        if found is None:
            return None
        words, head = found[1], found[2]
    split = words.split(" ")
    return head, country, split[:-1] if split[-1] == "affairs" and len(split) > 1 else split


def same_country(country: str, nationality: str) -> bool:
    """Whether ``nationality`` (a country's name or its adjective: "chinese", "saudi", "turkish") names the country
    ``country`` ("china", "saudi arabia", "turkey"), either of them written as its capital ("beijing": see
    ``CAPITALS``)."""
    country, nationality = _one_country(country), _one_country(nationality)
    if (nationality == country or nationality == country.partition(" ")[0] and " " in country
            or _NATIONALITY_COUNTRY.get(nationality) == country):
        return True
    return _adjective_of(country, nationality) and not any(
        len(other) > len(country) and _adjective_of(other, nationality) for other in _COUNTRY_KEYS)


def _adjective_of(country: str, nationality: str) -> bool:
    """Whether ``nationality`` is ``country`` with a nationality's ending ("chinese" of "china"); "nigerian" is one
    of "niger" too, which :func:`same_country` settles for the longer country, "nigeria"."""
    return any(nationality.endswith(end) and len(nationality) - len(end) >= _PLACE_STEM
               and nationality[:len(nationality) - len(end)] == country[:len(country) - cut]
               for end, cut in _COUNTRY_ADJECTIVE_ENDS)


def _one_country(key: str) -> str:
    """The key of the country whose capital is ``key`` ("china" of "beijing", see ``CAPITALS``), or of the country
    ``key`` by its first name there ("turkey" of "türkiye", which shares its capital), else ``key``."""
    folded = without_accents(key)
    countries = SEATS.get(folded) or (SEATS[_SEATS_OF[folded][0]] if _SEATS_OF.get(folded) else ())
    return countries[0] if countries else key


@lru_cache(maxsize=FORMS_KEPT)
def government_of(key: str) -> str | None:
    """The key of the country whose government the source key ``key`` names (see :func:`_one_country`): a
    country's name in one word or a capital's ("china", "beijing"), or a government with a country's name, its
    nationality or its capital ("chinese government", "china's government", "government of china"); ``None``
    for anything else ("federal government", "the government")."""
    found = GOVERNMENT_OF.fullmatch(key)
    owner = _one_country(found[1] or found[2] if found else key)
    if owner in _COUNTRY_KEYS or owner in _SEATS_OF:
        return owner
    named = _COUNTRY_KEYS | _SEATS_OF.keys()
    countries = {_one_country(country) for country in named if same_country(country, owner)} if found else set()
    return next(iter(countries)) if len(countries) == 1 else None


def governed(key: str) -> str | None:
    """The key of the country whose government the source key ``key`` (without accents) names (see
    :func:`government_of`: "china" of "beijing", "china's government") or one of whose ministries or departments
    it names, by its country or nationality ("china's foreign ministry", "chinese foreign ministry": see
    :func:`ministry_parts`); ``None`` for anything else ("foreign ministry", "state department")."""
    ministry = ministry_parts(key)
    if ministry is None:
        return government_of(key)
    _, country, words = ministry
    return government_of(f"{country or words[0]} government") if country or words else None


def nationality_list(form: str) -> bool:
    """Whether ``form`` opens with a list of nationalities before a lower-case word ("German, French officials",
    "Kenyan, Ugandan and Tanzanian police"; see ``_CAPITALISED_LIST``): each word a nationality or ending as one
    (``_NATIONALITY_ENDINGS``) and no known given name, and one of them a nationality or with a strong ending
    (``_STRONG_NATIONALITY_ENDINGS``: "Veldoran, Kestorian officials"); "Putin, Erdogan allies" is no such list."""
    words = listed_words(form)
    return bool(words) and all(is_nationality(word) or (word.endswith(_NATIONALITY_ENDINGS)
                                                        and given_name_sex(word) is None) for word in words) and any(
        is_nationality(word) or word.endswith(_STRONG_NATIONALITY_ENDINGS) for word in words)


def listed_words(form: str) -> list[str]:
    """The capitalised words, in lower case, of the list ``form`` opens with (see ``_CAPITALISED_LIST``); none
    when it opens with no such list."""
    found = _CAPITALISED_LIST.match(form)
    return [word.lower() for word in re.findall(r"[A-Z][a-z]+", found.group(1))] if found else []


@lru_cache(maxsize=FORMS_KEPT)  # each call reads every country's name
def is_nationality(word: str) -> bool:
    """Whether ``word``, in lower case, is a known nationality: one of ``IRREGULAR_NATIONALITIES`` or a country's
    name with a nationality's ending ("kenyan", "chinese", "israeli": see :func:`_adjective_of`)."""
    return word in IRREGULAR_NATIONALITIES or any(_adjective_of(country, word) for country in _COUNTRY_KEYS)


#: The capitals of ``CAPITALS`` by their keys without accents ("bogota"), each with its country's keys so.
SEATS = {without_accents(seat.lower()): tuple(map(without_accents, countries))
          for seat, countries in CAPITALS.items()}

#: A country's key without accents, and the keys of its capitals (two spellings: "kyiv", "kiev").
_SEATS_OF = {country: tuple(seat for seat, of in SEATS.items() if country in of)
             for countries in SEATS.values() for country in countries}


def age_or_nationality(bare: str) -> bool:
    """Whether the key ``bare`` describes a person by age, by a player's ranking or by nationality alone
    ("43-year-old", "world no. 3", "portuguese", "spaniard": see ``PERSON_DEMONYMS``), as sports and features copy
    does: the one person described so earlier (see :meth:`SourceIndex._person_so_called`), else a nameless person's
    description."""
    return (bool(AGE_ALONE.fullmatch(bare) or RANK_ALONE.fullmatch(bare))
            or (" " not in bare and (is_nationality(bare) or bare in PERSON_DEMONYMS)))
