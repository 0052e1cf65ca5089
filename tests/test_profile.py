"""Source names and denial pairs of the document profile, on hand-built sentences."""

import pytest

from framing.document import Sentence, Span
from framing.profile import build_profile, normalise_source

LABELS = ("reported_fact", "attributed_claim", "official_denial", "editorial_opinion")


def document(*rows):
    """Sentences laid out one after another: each row is (text, label, source text or None)."""
    sentences, start = [], 0
    for text, label, source in rows:
        spans = ()
        if source:
            at = start + text.index(source)
            spans = (Span("source", at, at + len(source), source),)
        sentences.append(Sentence(text, start, start + len(text), label,
                                  {l: float(l == label) for l in LABELS}, spans))
        start += len(text) + 1
    return sentences


@pytest.mark.parametrize("text, expected", [
    ("Ilse Marren, the Social Reform Party deputy who led the inquiry", "ilse marren"),
    ("John Smith, spokesman for the Ministry of Foreign Affairs", "john smith"),
    ("the European Union's foreign policy chief, Kaja Kallas", "kaja kallas"),
    ("Marren, the Social Reform Party deputy", "marren"),
    ("Acme's CEO, Jo Lee", "jo lee"),
    ("Prime Minister, Jane Doe", "jane doe"),
    ("Ursula von der Leyen, the Commission president", "ursula von der leyen"),
    ("Lasko, 54, a former minister", "lasko"),
])
def test_an_appositive_keeps_the_person_s_name_over_a_capitalised_role(text, expected):
    assert normalise_source(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("the Ministry of Foreign Affairs", "ministry of foreign affairs"),
    ("Acme Corp., the maker of widgets", "acme corp"),
    ("General Motors, the carmaker", "general motors"),
    ("the BBC, the British broadcaster", "bbc"),
])
def test_organisations_stay_whole(text, expected):
    assert normalise_source(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Prime Minister Jane Doe", "jane doe"),
    ("Chief Executive Tom Lee", "tom lee"),
    ("President Ana Ruiz", "ana ruiz"),
    ("Foreign Minister X Y", "x y"),
    ("Police Chief Ann Bo", "ann bo"),
    ("Judge Mary Ann Lee", "mary ann lee"),
    ("Mayor Tom Kern", "tom kern"),
    ("Senator Ana Ruiz", "ana ruiz"),
    ("Governor Li Wei", "li wei"),
    ("Chancellor Olaf Scholz", "olaf scholz"),
    ("Secretary Jo Park", "jo park"),
    ("Secretary of State Antony Blinken", "antony blinken"),
    ("Britain's Prime Minister Jane Doe", "jane doe"),
    ("Acme Corp. Chief Executive Jo Lee", "jo lee"),
    ("President Ana Ruiz, the country's leader", "ana ruiz"),
])
def test_a_capitalised_title_before_a_name_is_dropped(text, expected):
    assert normalise_source(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("the President", "president"),
    ("President", "president"),
    ("Chief Executive Officer", "chief executive officer"),
    ("Spokesman Dorin Vasko", "spokesman dorin vasko"),
])
def test_a_title_with_no_name_after_it_stays(text, expected):
    assert normalise_source(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("LONDON (Reuters) - Britain's finance minister Rachel Hart", "rachel hart"),
    ("BRELLAN CITY (Wire) — a coalition of opposition lawmakers in Tavoria",
     "coalition of opposition lawmakers in tavoria"),
    ("WASHINGTON, Jan. 5 (AP) -- Senator Ana Ruiz", "ana ruiz"),
    ("PARIS—the Foreign Ministry", "foreign ministry"),
    ("AL-JAZEERA reporters", "al-jazeera reporters"),
    ("LONDON (Reuters) -", "london (reuters) -"),
    ("NATO — the alliance", "nato — the alliance"),
    ("US - China trade officials", "us - china trade officials"),
])
def test_a_swallowed_dateline_is_dropped(text, expected):
    assert normalise_source(text) == expected


def test_a_bare_surname_merges_with_the_name_from_an_appositive_or_a_title():
    s = document(
        ("Ilse Marren, the Social Reform Party deputy who led the inquiry, said funds vanished.",
         "attributed_claim", "Ilse Marren, the Social Reform Party deputy who led the inquiry"),
        ("Prime Minister Jane Doe denied it.", "official_denial", "Prime Minister Jane Doe"),
        ("Marren said the ledgers were altered.", "attributed_claim", "Marren"),
        ("Doe called that a smear.", "official_denial", "Doe"),
    )
    p = build_profile(s, LABELS)
    assert p["sources"] == [
        {"source": "ilse marren", "display": "Ilse Marren", "sentences": 2, "labels": {"attributed_claim": 2},
         "denies": False},
        {"source": "jane doe", "display": "Jane Doe", "sentences": 2, "labels": {"official_denial": 2},
         "denies": True},
    ]
    assert p["denials"] == [{"denial": 1, "source": "jane doe", "allegation": 0},
                            {"denial": 3, "source": "jane doe", "allegation": 2}]


def test_a_claim_by_a_denier_is_no_allegation_for_a_later_denial():
    s = document(
        ("Prosecutors said Lasko paid bribes.", "attributed_claim", "Prosecutors"),
        ("His lawyer, Petra Ilves, denied it.", "official_denial", "His lawyer, Petra Ilves"),
        ("She said he would appeal.", "attributed_claim", "She"),
        ("Norvane Energy denied any wrongdoing.", "official_denial", "Norvane Energy"),
    )
    p = build_profile(s, LABELS)
    assert {x["source"]: x["sentences"] for x in p["sources"]} == {
        "petra ilves": 2, "prosecutors": 1, "norvane energy": 1}
    assert p["denials"] == [{"denial": 1, "source": "petra ilves", "allegation": 0},
                            {"denial": 3, "source": "norvane energy", "allegation": 0}]


def test_a_claim_by_a_source_that_denies_only_later_is_no_allegation_either():
    s = document(
        ("Auditors said the ministry hid losses.", "attributed_claim", "Auditors"),
        ("The treasurer said the losses were booked late.", "attributed_claim", "The treasurer"),
        ("The ministry denied hiding anything.", "official_denial", "The ministry"),
        ("The treasurer denied any fraud.", "official_denial", "The treasurer"),
    )
    p = build_profile(s, LABELS)
    assert p["denials"] == [{"denial": 2, "source": "ministry", "allegation": 0},
                            {"denial": 3, "source": "treasurer", "allegation": 0}]


@pytest.mark.parametrize("text, expected", [
    ("the Justice Department", "justice department"),
    ("Premier League", "premier league"),
    ("Executive Committee", "executive committee"),
    ("Governor General", "governor general"),
    ("Director General Tedros", "tedros"),
])
def test_a_title_word_inside_an_organisation_s_name_stays(text, expected):
    assert normalise_source(text) == expected


def test_two_sides_denying_each_other_s_claims_both_pair():
    s = document(
        ("Police said Lasko stole the car.", "attributed_claim", "Police"),
        ("Lasko denied it.", "official_denial", "Lasko"),
        ("Lasko said police beat him.", "attributed_claim", "Lasko"),
        ("Police denied beating him.", "official_denial", "Police"),
    )
    assert build_profile(s, LABELS)["denials"] == [{"denial": 1, "source": "lasko", "allegation": 0},
                                                   {"denial": 3, "source": "police", "allegation": 2}]


@pytest.mark.parametrize("text, expected", [
    ("10", ""),  # a liveblog time stamp split off as a "source" is none
    ("05 GMT - Opposition leader Ana Petrov", "ana petrov"),
    ("Lt. Gen. Mark Hertling", "mark hertling"),
    ("Sen. Elizabeth Warren (D-Mass.)", "elizabeth warren"),
    ("The report, published by the UN Human Rights Office", "un human rights office"),
])
def test_time_stamps_military_titles_asides_and_by_phrases_are_dropped(text, expected):
    assert normalise_source(text) == expected


def test_a_surname_joins_only_a_person_s_name():
    s = document(
        ("Analysts at the presidential debate Politifact checked the claim.", "attributed_claim",
         "presidential debate Politifact"),
        ("Lt. Gen. Mark Hertling said the plan was sound.", "attributed_claim", "Lt. Gen. Mark Hertling"),
        ("Politifact said the figure was wrong.", "attributed_claim", "Politifact"),
        ("Hertling added that troops were ready.", "attributed_claim", "Hertling"),
    )
    names = {x["source"]: x["sentences"] for x in build_profile(s, LABELS)["sources"]}
    assert names == {"presidential debate politifact": 1, "politifact": 1, "mark hertling": 2}


def test_a_denial_sentence_with_two_sources_credits_the_one_next_to_the_denial_cue():
    text = "Regulator says fish stocks collapsed; company denies wrongdoing."
    spans = (Span("source", 0, 9, "Regulator"), Span("cue", 10, 14, "says"),
             Span("source", text.index("company"), text.index("company") + 7, "company"),
             Span("cue", text.index("denies"), text.index("denies") + 6, "denies"),
             Span("loaded", 0, 9, "Regulator"))
    sentence = Sentence(text, 0, len(text), "official_denial", {l: float(l == "official_denial") for l in LABELS},
                        spans)
    p = build_profile([sentence], LABELS)
    assert p["sources"][0]["source"] == "company" and p["sources"][0]["denies"]
    assert p["loaded_phrases"] == []  # a source (or cue) is never the writer's loaded wording


@pytest.mark.parametrize("text, expected", [
    ("A spokesperson for the Chinese embassy", "chinese embassy spokesperson"),
    ("The embassy's spokesman", "embassy spokesperson"),
    ("spokeswoman for the Ministry of Foreign Affairs", "ministry of foreign affairs spokesperson"),
    ("a White House spokesman", "white house spokesperson"),
    ("the spokeswoman", "spokesperson"),
    ("Foreign ministry spokesman Wang Wenbin", "wang wenbin"),
])
def test_spokesman_spokeswoman_and_spokesperson_are_one_role(text, expected):
    assert normalise_source(text) == expected


def test_a_generic_description_and_a_family_name_written_first_join_the_earlier_source():
    s = document(
        ("A spokesperson for the Chinese embassy said the sites were consular.", "official_denial",
         "A spokesperson for the Chinese embassy"),
        ("The embassy's spokesman added that they renew licences.", "official_denial", "The embassy's spokesman"),
        ("Foreign ministry spokesman Wang Wenbin called the report a lie.", "official_denial",
         "Foreign ministry spokesman Wang Wenbin"),
        ("Wang said the claims were baseless.", "official_denial", "Wang"),
        ("The spokesperson later declined to say more.", "attributed_claim", "The spokesperson"),
    )
    sources = build_profile(s, LABELS)["sources"]
    assert {x["source"]: x["sentences"] for x in sources} == {"chinese embassy spokesperson": 3, "wang wenbin": 2}
    # shown as first written in full, not as the later short form
    assert {x["display"] for x in sources} == {"Chinese embassy spokesperson", "Wang Wenbin"}


def test_a_description_that_two_earlier_sources_end_with_stays_as_it_is():
    s = document(
        ("State police said the road was closed.", "attributed_claim", "State police"),
        ("Military police said the base was sealed.", "attributed_claim", "Military police"),
        ("The police said more would follow.", "attributed_claim", "The police"),
        ("Harbour Police said boats were checked.", "attributed_claim", "Harbour Police"),
    )
    names = {x["source"] for x in build_profile(s, LABELS)["sources"]}
    assert names == {"state police", "military police", "police", "harbour police"}
