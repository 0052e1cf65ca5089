"""What opens a sentence without being its wording, which the model does not read.

One job: the lengths of a sentence's lead (:func:`lead_length`): a list item's mark (:func:`list_mark_length`),
a wire dateline (:data:`DATELINE`, :func:`dateline_length`), a speaker's label that cannot be copy; and the wire
slugs (:func:`wire_slug_length`) and name headings (:func:`name_heading_length`) other modules skip.
"""

from __future__ import annotations

import re

from .furniture import SLASHED_WIRE, stamp_length
from .textlines import UPPER
from .turns import LABEL_REACH, Label, read_label

# The bullets among a list item's marks (see ``LIST_ITEM``).
BULLETS = "•▪◦‣●■◆►▶➤"
#: A list item's mark at the start of a line or sentence.
LIST_ITEM = re.compile(r"(?:[-–—*·>" + BULLETS + r"]|\d{1,3}[.)]|\(\d{1,3}\))\s")


#: Capitals with names of four letters or fewer, which could otherwise be acronyms ("KYIV — Ukraine's").
SHORT_CAPITALS = frozenset(
    "KYIV KIEV ROME DOHA OSLO BAKU LIMA RIGA BERN GAZA SUVA APIA MALE LOME DILI ADEN GOMA".split())
#: A country or state after a dateline's place: capitalised words ("Costa Rica", "Calif."), or a state's
#: capitals ("NY", "D.C.").
_REGION = rf"(?:[{UPPER}][a-zß-öø-ÿ]+\.?(?: [{UPPER}][a-zß-öø-ÿ]+){{0,2}}|[A-Z]{{2}}|[A-Z]\.[A-Z]\.)"
#: A date written day first, as British and European copy and press releases write it ("12 May", "3 Sept. 2026"):
#: a month's name after the day, so that no other word passes for one.
_DAY_FIRST_DATE = (r"\d{1,2}\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                   r"Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s+\d{4})?")
#: A wire dateline opening a story: an all-caps place (or two: "GENEVA/LONDON"), then a parenthesised agency
#: or a date (or both), then a dash ("LONDON (Reuters) - ", "PARIS, Oct. 3 — ", "LINDHOLM, 12 May - ", "SAN
#: FRANCISCO--(BUSINESS WIRE)--"), or a dash glued to the place ("PARIS—"; not two hyphens, as a death notice's
#: "MARLOWE--Edwin" has them), or its country or state and a dash ("HOBART, Australia — ", "NEW YORK, NY – "), or a
#: press release's wire between slashes ("LONDON, Dec. 1, 2026 /PRNewswire/ -- "); two spaced hyphens are a dash as
#: one is ("LONDON -- "); an all-caps word before a spaced dash alone ("NATO — the alliance") is no dateline.
DATELINE = re.compile(
    rf"^[{UPPER}][{UPPER}.'’ /-]*[{UPPER}.]"
    rf"(?:,\s*(?:[A-Z][a-z]+\.?\s+\d{{1,2}}|{_DAY_FIRST_DATE})\s*(?:\([^()]*\)\s*)?(?:-{{1,2}}\s+|[–—―]\s*)"
    r"|\s*(?:--)?\([^()]*\)\s*(?:-{1,2}\s+|--|[–—―]\s*)|[–—―])"
    r"(?=\S)"
    # or a place alone before a spaced dash when a sentence follows ("SEOUL - North Korea denied"):
    # five or more letters, so that acronyms stay ("U.S. - China trade officials", "NATO - The
    # alliance", "WHO - The agency"), and a capital after the dash ("NATO — the alliance" stays)
    r"|^(?=(?:[A-Z][ '’-]?){5})[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)*\s+(?:-{1,2}|[–—])\s+(?=[A-Z])"
    # capitals with short names, which could otherwise be acronyms ("KYIV — Ukraine's military"), and any
    # word of four capitals, which :func:`dateline_length` takes for a town unless it reads as an acronym
    rf"|^(?:{'|'.join(sorted(SHORT_CAPITALS))}|[A-Z]{{4}})\s+(?:-{{1,2}}|[–—])\s+(?=[A-Z])"
    # or a place and its country before an agency or a date ("KYIV, Ukraine (AP) —", "SEOUL, Nov. 3 -")
    rf"|^[{UPPER}][{UPPER}'’ /-]*[{UPPER}],\s*(?:{_REGION},?\s*)?"
    r"(?:\([^()]*\)|[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?(?:\s*\([^()]*\))?)\s*(?:-{1,2}|[–—―])\s*(?=\S)"
    # or a place and its country or state alone before a dash ("HOBART, Australia — ", "WASHINGTON, D.C. — ")
    rf"|^[{UPPER}][{UPPER}'’ /-]*[{UPPER}],\s*{_REGION}\s*(?:-{{1,2}}\s+|[–—―]\s*)(?=\S)"
    # or a place, its country, state or date, and a press-release wire between slashes before a dash
    # ("LONDON, Dec. 1, 2026 /PRNewswire/ -- ", "WASHINGTON, DC, UNITED STATES, December 1, 2026
    # /EINPresswire.com/ -- ")
    rf"|^[{UPPER}][{UPPER}'’ -]*[{UPPER}](?:,\s*[^,/()\r\n]{{2,40}}){{0,4}}\s*{SLASHED_WIRE}"
    r"\s*(?:-{1,2}|[–—―])\s*(?=\S)"
    # or a place and an agency with no dash ("BEIJING (Reuters)")
    r"|^[A-Z][A-Z.'’ ]*[A-Z]\s*\((?:Reuters|AP|AFP|Xinhua|Bloomberg|dpa|ANI|PTI|Yonhap|Kyodo)\)\s*")


_CAPITAL_WORD = re.compile(r"[A-Z][A-Z'’-]*")
#: Words in capitals before a dash that name no place wherever they stand: sentence words and section
#: banners and notes ("ACCORDING TO OFFICIALS — ", "WE WILL NOT PAY - ", "OPINION — ", "CORRECTION -- ",
#: "EDITOR'S NOTE — ").
_NO_PLACE_WORDS = frozenset("""A AN THE TO OF IN ON AT BY FOR FROM WITH AND OR BUT NOT NO NEVER IS ARE WAS WERE BE
    BEEN HAS HAVE HAD WILL WOULD CAN WE I YOU HE SHE IT THEY THIS THAT WHAT WHO WHY HOW ACCORDING SAYS SAID
    OPINION EDITORIAL ANALYSIS COMMENT COMMENTARY BREAKING EXCLUSIVE UPDATE UPDATED LIVE WATCH REVIEW CORRECTION
    CORRECTIONS CLARIFICATION NOTE
    WHEN HERE THEN THAN ONLY OVER MORE SOME MANY ALSO JUST EVEN INTO ONTO UPON ONCE SUCH VERY BOTH EACH MUCH
    MUST THEM YOUR OURS TOLD""".split())
#: Roles and bodies, which name no place when they end the capitals ("FBI DIRECTOR — ", "POLICE CHIEF - "),
#: though a place's name may hold one before its last word ("COUNCIL BLUFFS — ", "GOVERNMENT HOUSE — ").
_ROLE_OR_BODY_ENDS = frozenset("""DIRECTOR CHIEF PRESIDENT MINISTER MINISTRY SECRETARY SPOKESMAN SPOKESWOMAN
    SPOKESPERSON OFFICIAL OFFICIALS POLICE GOVERNMENT AGENCY COUNCIL COMMITTEE DEPARTMENT COMMISSION COURT PARTY
    COMPANY BOARD BOSS CEO CHAIR CHAIRMAN CHAIRWOMAN LEADER GOVERNOR MAYOR ENVOY SPEAKER CHANCELLOR JUDGE
    PROSECUTOR REGULATOR""".split())
#: Acronyms of five letters or more that name a body, not a place, when they are the capitals before a dash
#: ("UNICEF - The agency said").
_BODY_ACRONYMS = frozenset("""UNICEF UNESCO UNHCR UNRWA UNCTAD UNAIDS UNFPA UNIDO INTERPOL EUROPOL FRONTEX
    EUROSTAT ASEAN NAFTA NASDAQ NHTSA USAID OFCOM OFSTED MERCOSUR HAMAS""".split())
#: Bodies' acronyms of four capitals that read as a word, as a small town's name does ("LISK — "), so that only
#: the name of such a body opening a sentence before a dash is no dateline ("NATO — The alliance ...").
_FOUR_LETTER_BODIES = frozenset("""NATO OPEC NASA FIFA UEFA FEMA ISIS IAEA NOAA OFAC OSHA ACAS UNEP UNDP SADC IGAD
    SEBI APEC ESMA ACER ACLU AARP NCAA IPCC WADA UKAD ICAO IATA WIPO OECD OSCE USDA USPS UNOG AMIA ASIO
    EFTA ECHR IDEA ILGA UNMA UNAM ETSI ISRO JAXA CERN ERDO IFAD OCHA UNAN ISAF KFOR""".split())


#: Places that open a dateline in one word and alone (no agency, date or state), unlike a person's name in capitals
#: before "--": the world's capitals, US states and cities that wire
#: copy datelines without their state, and other cities often datelined so (see :func:`name_heading_length`).
_DATELINE_WORDS = frozenset("""ABUJA ACCRA ALGIERS AMMAN AMSTERDAM ANKARA ASTANA ATHENS BAGHDAD BAKU BAMAKO BANGKOK
    BEIJING BEIRUT BELGRADE BERLIN BERN BOGOTA BOGOTÁ BRASILIA BRASÍLIA BRATISLAVA BRUSSELS BUCHAREST BUDAPEST CAIRO
    CANBERRA CARACAS COLOMBO COPENHAGEN DAKAR DAMASCUS DHAKA DOHA DUBLIN HANOI HARARE HAVANA HELSINKI ISLAMABAD
    JAKARTA JERUSALEM KABUL KAMPALA KATHMANDU KHARTOUM KIEV KYIV KIGALI KINSHASA LIMA LISBON LONDON LUANDA LUSAKA
    MADRID MANAGUA MANILA MINSK MOGADISHU MOSCOW NAIROBI NICOSIA OSLO OTTAWA PARIS PRAGUE PRETORIA PYONGYANG QUITO
    RABAT RIGA RIYADH ROME SANTIAGO SARAJEVO SEOUL SKOPJE SOFIA STOCKHOLM TAIPEI TALLINN TASHKENT TBILISI TEHRAN
    TOKYO TRIPOLI TUNIS VIENNA VILNIUS WARSAW WASHINGTON YEREVAN ZAGREB
    GENEVA DAVOS MUNICH FRANKFURT HAMBURG MILAN BARCELONA ISTANBUL DUBAI MUMBAI KARACHI LAHORE SHANGHAI SHENZHEN
    SINGAPORE SYDNEY MELBOURNE TORONTO MONTREAL VANCOUVER JOHANNESBURG LAGOS GAZA RAMALLAH KANDAHAR MOSUL ALEPPO
    ODESA ODESSA KHARKIV DONETSK BENGHAZI ADEN MANCHESTER LIVERPOOL GLASGOW EDINBURGH BELFAST CARDIFF
    ALABAMA ALASKA ARIZONA ARKANSAS CALIFORNIA COLORADO CONNECTICUT DELAWARE FLORIDA GEORGIA HAWAII IDAHO ILLINOIS
    INDIANA IOWA KANSAS KENTUCKY LOUISIANA MAINE MARYLAND MASSACHUSETTS MICHIGAN MINNESOTA MISSISSIPPI MISSOURI
    MONTANA NEBRASKA NEVADA OHIO OKLAHOMA OREGON PENNSYLVANIA TENNESSEE TEXAS UTAH VERMONT VIRGINIA WISCONSIN WYOMING
    ATLANTA BALTIMORE BOSTON CHICAGO CINCINNATI CLEVELAND DALLAS DENVER DETROIT HONOLULU HOUSTON INDIANAPOLIS MIAMI
    MILWAUKEE MINNEAPOLIS PHILADELPHIA PHOENIX PITTSBURGH SEATTLE AUSTIN NASHVILLE MEMPHIS LOUISVILLE CHARLOTTE
    ORLANDO TAMPA SACRAMENTO ALBANY ANNAPOLIS RICHMOND RALEIGH TALLAHASSEE COLUMBUS HARRISBURG LANSING MADISON
    SPRINGFIELD TRENTON HARTFORD PROVIDENCE CONCORD MONTPELIER AUGUSTA ALBUQUERQUE OMAHA TOPEKA BOISE HELENA
    CHEYENNE BISMARCK JUNEAU OLYMPIA SALEM FRANKFORT JACKSON MONTGOMERY COLUMBIA CHARLESTON LINCOLN DOVER PIERRE
    BATON NEWARK BROOKLYN MANHATTAN TUCSON PORTLAND BUFFALO ROCHESTER SYRACUSE HOBOKEN ANCHORAGE FERGUSON
    CHARLOTTESVILLE""".split())
#: A sentence opening with a person described, its subject ("The president said", "The former senator"): after a
#: name in capitals and "--", that name's description, not a place's news.
_DESCRIBED_PERSON = re.compile(r"The\s+(?:[\w'’.-]+\s+){0,3}?(?:president|president-elect|senator|congressman|"
                               r"congresswoman|governor|candidate|nominee|front-?runner|hopeful|contender|incumbent|"
                               r"challenger|mayor|lawmaker|leader|chairman|chairwoman|speaker|secretary|minister|"
                               r"premier|chancellor|billionaire|businessman|businesswoman|mogul|tycoon|justice|judge|"
                               r"star|actor|actress|singer|rapper|host|founder|executive|commander|pope|king|queen|"
                               r"prince|princess)\b")


#: A name in capitals before "--" (group 1), as a newsletter heads an item with whom it is about.
_NAME_HEADING = re.compile(r"([A-Z][A-Z'’-]{4,})\s+--\s+")


def name_heading_length(text: str) -> int:
    """The length of a person's name in capitals and "--" opening ``text`` before that person's description, with
    the spaces after it ("TRUMP -- " of "TRUMP -- The president said", as a newsletter heads an item); 0 for none:
    a place in one word that opens datelines alone ("WASHINGTON -- The president said", see ``_DATELINE_WORDS``),
    wording ("UPDATE -- "), or a sentence that opens with no person described ("VARNOCK -- Police said")."""
    found = _NAME_HEADING.match(text)
    if (found is None or found.group(1) in _DATELINE_WORDS or _no_place([found.group(1)])
            or _DESCRIBED_PERSON.match(text, found.end()) is None):
        return 0
    return found.end()


#: A wire desk's slug glued by a hyphen to a headline's first word, no space after it ("UPDATE 2-", "RPT-",
#: "CORRECTED-", "COLUMN-", "COMMODITIES-", "EXCLUSIVE-", "RPT-UPDATE 1-"): the desk's filing tag, a closed list of
#: them, since capitals glued to a capital may be copy ("US-China talks").
_WIRE_SLUG = re.compile(r"(?:(?:(?:UPDATE|WRAPUP)(?: \d{1,2})?|RPT|REFILE|CORRECTED|COLUMN|COMMODITIES|EXCLUSIVE"
                        r"|FACTBOX|INSIGHT|BREAKINGVIEWS|FOREX|PRECIOUS|METALS|GRAINS|SOFTS|GLOBAL MARKETS"
                        r"|EMERGING MARKETS)-)+(?=[A-Z\d\"“‘'])")


def wire_slug_length(sentence: str) -> int:
    """The length of a wire desk's slug opening ``sentence`` ("UPDATE 2-" of "UPDATE 2-Ostrava Chemicals denies
    report", see ``_WIRE_SLUG``); 0 for none. It is no part of a name after it nor of the headline's wording."""
    found = _WIRE_SLUG.match(sentence)
    return found.end() if found else 0


#: A body described right after the capitals and the dash, as a sentence goes on about the body an acronym names
#: ("TOVA - The party said", "DERC - Rebels said", "KUPA - The ruling party said"): the body's word, and no "of",
#: "in" or "from" after it that would make it others, as "LISK - Rebels in the hills said" are.
_BODY_DESCRIBED = re.compile(
    r"(?:(?:The|Its)\s+(?:[a-z][\w-]*\s+)?(?:party|group|alliance|movement|organi[sz]ation|union|agency|bloc|league|"
    r"federation|association|coalition|front|militia|body|lobby|charity|rebels|guerrillas)"
    r"|(?:Rebels|Guerrillas|Militants|Insurgents|Separatists))\b(?!,?\s+(?:of|in|at|from|near|on|across)\b)")


def _names_a_body(rest: str) -> bool:
    """Whether ``rest``, the words after four capitals and a dash, make the capitals a body's acronym: they
    describe a body (see ``_BODY_DESCRIBED``), the one the acronym names ("TOVA - The party said ..."), where a
    town's dateline opens its own story ("LISK - Workers at a textile plant said ...")."""
    return _BODY_DESCRIBED.match(rest) is not None


def _short_place(place: str, rest: str) -> bool:
    """Whether ``place``, capitals of fewer than five letters before a dash and ``rest`` after it, names a place: a
    capital of a short name ("ROME", see ``SHORT_CAPITALS``), or a word of four capitals that reads as one, a vowel
    in it, and names no body (``_FOUR_LETTER_BODIES``, :func:`_names_a_body`): "LISK — Workers ..." is filed from
    Lisk, "NATO — The alliance ...", "TOVA — The party ..." and "OECD — " are wording, as is a vowel-less acronym
    ("NYPD — ")."""
    if place in SHORT_CAPITALS:
        return True
    return (len(place) == 4 and place.isalpha() and place not in _FOUR_LETTER_BODIES
            and any(letter in "AEIOU" for letter in place) and not _names_a_body(rest))


def _no_place(words: list[str]) -> bool:
    """Whether the capitals ``words`` before a dash name no place: a sentence word, a banner or a note anywhere
    in them, a role or a body last ("FBI DIRECTOR"; not "COUNCIL BLUFFS"), or a body's acronym alone."""
    return (any(w in _NO_PLACE_WORDS for w in words) or words[-1] in _ROLE_OR_BODY_ENDS
            or (len(words) == 1 and words[0] in _BODY_ACRONYMS))


def dateline_length(text: str, in_span: bool = False) -> int:
    """The length of a wire dateline opening ``text``, with the spaces after it; 0 when there is none.

    One that credits an agency or gives a date ("LONDON (Reuters) - ", "SEOUL, Nov. 3 - ", a press release's
    "LONDON, Dec. 1, 2026 /PRNewswire/ -- ") counts before anything; a place and a dash alone ("PARIS—The
    mayor", "DES MOINES – Hillary") only as one to three words of capitals, five letters or more (or a short
    capital: "ROME — ", or one word of four that reads as a town's, "LISK — ", see :func:`_short_place`), none
    of them a sentence word, a banner or a note ("CORRECTION"), not ending in a role or
    a body nor a body's acronym alone, before a capital: "US–China talks", "NATO—The alliance", "ACCORDING TO
    OFFICIALS — The deal", "FBI DIRECTOR — The bureau" are wording, "COUNCIL BLUFFS — The" a dateline; nor a
    person's name in capitals before "--" and their description ("TRUMP -- The president said", see
    :func:`name_heading_length`).
    ``in_span``: in a source span, which may start lower case after it ("PARIS—the foreign ministry") or hold
    nothing else ("WASHINGTON (AP)")."""
    dateline = DATELINE.match(text)
    if not dateline:
        return 0
    rest = text[dateline.end():].lstrip()
    credited = ("(" in dateline.group(0) or any(ch.isdigit() for ch in dateline.group(0))
                or re.search(SLASHED_WIRE, dateline.group(0)) is not None)
    if not rest:
        return len(text) if in_span and credited else 0
    if not credited:
        place = dateline.group(0).partition(",")[0].rstrip().rstrip("-–—―").rstrip()  # the capitals before it
        words = _CAPITAL_WORD.findall(place)
        letters = sum(ch.isalpha() for ch in place)
        if ((not rest[:1].isupper() and not in_span) or len(words) > 3 or _no_place(words)
                or (letters < 5 and not _short_place(place, rest)) or name_heading_length(text)):
            return 0
    return len(text) - len(rest)


def lead_length(sentence: str) -> int:
    """The length of what opens ``sentence`` without being its wording, which the model does not read: a
    list item's mark ("• ", "2) ", see :func:`list_mark_length`), a liveblog entry's time stamp
    (:func:`stamp_length`), a wire dateline (:func:`dateline_length`), or a speaker's label that cannot be
    copy: in capitals with a role or a title ("HOST: ", "SEN. ROE: "), or "Q: ", "A: " ("QUESTION: ") in
    capitals. Other capitals before a colon are read: one sentence cannot tell a speaker's name ("ROE: ")
    from a place ("NEW DELHI: ") or a body ("IMF: "), and a body's name left out turns its claim into a
    fact."""
    if sentence[:1].isalpha() and sentence[1:2].islower() and ":" not in sentence[:LABEL_REACH]:
        # most sentences: a word in lower case after its first letter opens them ("The", "Officials"), which
        # no list mark, stamp or dateline does, and no colon comes near enough to end a label
        return 0
    return (list_mark_length(sentence) or stamp_length(sentence) or dateline_length(sentence)
            or _unmistakable_label_length(sentence))


def list_mark_length(sentence: str) -> int:
    """The length of a list item's mark opening ``sentence`` ("• ", "- ", "2) "), with its spaces; 0 when
    there is none or nothing follows it. The model does not read it: a mark is typography, not wording."""
    mark = LIST_ITEM.match(sentence)
    if not mark:
        return 0
    rest = sentence[mark.end():]
    return len(sentence) - len(rest.lstrip()) if rest.strip() else 0


# -- Speaker labels of transcripts and Q&As ----------------------------------------------------------------------


def _unmistakable_label_length(sentence: str) -> int:
    """The length of a speaker's label opening ``sentence`` that cannot be copy (see :func:`lead_length`): in
    capitals with a role or a title, or a Q or A in capitals; 0 for any other."""
    found = read_label(sentence, 0)
    return found.end if found is not None and unmistakable_label(found) else 0


def unmistakable_label(label: Label) -> bool:
    """Whether ``label`` cannot be copy: in capitals with a role or a title, or a Q or A in capitals."""
    return label.strong or (label.alone and label.kind in ("question", "answer"))
