"""Credits, sources and denial pairs in transfer and club-dispute copy (audit a64a): clubs denying bids, agents,
spokesmen, fan groups and broadcast two-ways; on hand-built sentences with invented names."""

import pytest

from framing.person_names import surnames_in
from framing.source_find_subjects import subject_before_cue
from framing.source_keys import past_opener
from test_profile_credits import CLAIM, DENIAL, FACT, profile_of

SPOKESMAN = ("A spokesman said the club had received no approach.", DENIAL,
             {"source": ["A spokesman"], "cue": ["said"]})


@pytest.mark.parametrize("player", ["Real Ostera defender Iker Salazar", "Real Ostera chief executive Iker Salazar",
                                    "Harbour Ostera full-back Iker Salazar"])
def test_a_club_written_before_its_player_s_role_is_no_person_so_its_spokesman_speaks_for_it(player):
    assert "ostera" not in surnames_in(f"Brackley made an enquiry for {player}.")
    profile = profile_of((f"Reports in Spain claim that Brackley made an enquiry for {player}.", CLAIM,
                          {"source": ["Reports in Spain"], "cue": ["claim"]}),
                         ("Ostera have flatly rejected that.", DENIAL,
                          {"source": ["Ostera"], "cue": ["have flatly rejected"]}),
                         SPOKESMAN, gap="\n\n")
    assert profile["credits"] == ["reports in spain", "ostera", "ostera spokesperson"]


@pytest.mark.parametrize("text, surname", [
    ("Reports say Ana Ostera's agent Tom Vask met Brackley.", "ostera"),
    ("Reports say Elena Ostera, defender Tom Vask and two others met.", "ostera"),
    ("Tigers Together chair Martin Oduya said no.", None)])
def test_a_person_before_a_role_and_a_name_is_still_a_person(text, surname):
    """A possessive is the person's side and a run set apart by a comma is a name of its own; a run before a role
    and a name that is no one's name ("Tigers Together") gives no surname."""
    found = surnames_in(text)
    assert (surname in found) if surname else found == {"oduya"}


STATEMENT = ("Wexley said in a statement that the club was deeply disappointed.", DENIAL,
             {"source": ["Wexley"], "cue": ["said"]})
STUDY = ("The club said it would study the written reasons.", CLAIM, {"source": ["The club"], "cue": ["said"]})


@pytest.mark.parametrize("player", ["Wexley Town midfielder Darnell Oyelaran", "Wexley City boss Darnell Oyelaran",
                                    "Wexley Rovers manager Darnell Oyelaran",
                                    "Wexley County head coach Darnell Oyelaran"])
def test_a_club_named_before_its_player_or_boss_is_what_its_first_word_and_the_club_mean(player):
    profile = profile_of((f"An independent panel has banned {player} for eight matches.", FACT, {}), STATEMENT, STUDY)
    club = " ".join(player.split()[:2]).lower()
    assert profile["credits"] == [None, club, club]


@pytest.mark.parametrize("before", ["An independent panel has banned Wexley City manager Darnell Oyelaran.",
                                    "An independent panel has banned Wexley Town for eight matches.",
                                    "Officials in Wexley County said Darnell Oyelaran had left."])
def test_a_town_s_manager_or_a_name_without_a_player_makes_no_club(before):
    """"City manager" is a town's officer too, and a name alone says nothing of a club."""
    profile = profile_of((before, FACT, {}), STATEMENT, STUDY)
    assert profile["credits"] == [None, "wexley", "club"]


HEADLINE = ("Harrowgate City deny bid for Velmont striker", DENIAL, {"source": ["Harrowgate City"], "cue": ["deny"]})


@pytest.mark.parametrize("club", ["City", "Town", "County", "United", "FC"])
def test_a_span_cut_before_a_club_s_last_word_is_the_club(club):
    profile = profile_of(
        (f"Harrowgate {club} deny bid for Velmont striker", DENIAL,
         {"source": [f"Harrowgate {club}"], "cue": ["deny"]}),
        (f"HARROWGATE, March 4 (Northwire) - Harrowgate {club} on Tuesday denied reports of an offer.", DENIAL,
         {"source": ["Harrowgate"], "cue": ["denied"]}), gap="\n\n")
    assert profile["credits"] == [f"harrowgate {club.lower()}"] * 2


def test_a_span_before_a_building_s_name_stays_as_marked():
    profile = profile_of(HEADLINE, ("Harrowgate City Hall staff said the club had asked for a meeting.", CLAIM,
                                    {"source": ["Harrowgate"], "cue": ["said"]}), gap="\n\n")
    assert profile["credits"] == ["harrowgate city", "harrowgate"]


GARSIDE = ("Fiona Garside, the club's chief executive, has denied any wrongdoing.", DENIAL,
           {"source": ["Fiona Garside, the club's chief executive"], "cue": ["has denied"]})
WHISTLEBLOWER = ("Tom Vask, a former player, said the club had paid players through a company abroad.", CLAIM,
                 {"source": ["Tom Vask, a former player"], "cue": ["said"]})


@pytest.mark.parametrize("text", ["In a statement she said the club had always complied.",
                                  "In a brief statement she said the club had always complied.",
                                  "In her letter she said the club had always complied.",
                                  "DOBSON: In a statement she said the club had always complied."])
def test_she_after_a_medium_opening_the_sentence_without_a_comma_speaks(text):
    profile = profile_of(GARSIDE, WHISTLEBLOWER, (text, DENIAL, {"cue": ["said"]}))
    assert profile["credits"] == ["fiona garside", "tom vask", "fiona garside"]


def test_a_medium_before_a_clause_of_its_own_still_reads_the_subject_after_the_comma():
    text = "In a statement Kestrel Bay issued, she said the club had always complied."
    assert past_opener(text) == text.index(" she")
    assert profile_of(GARSIDE, WHISTLEBLOWER, (text, DENIAL, {"cue": ["said"]}))["credits"][2] == "fiona garside"


@pytest.mark.parametrize("text", ["In a brief statement Kestrel Bay denied it.",
                                  "In his letter Kestrel Bay denied it."])
def test_a_name_after_a_medium_opening_the_sentence_without_a_comma_is_its_subject(text):
    found = subject_before_cue(text)
    assert found is not None and text[found[0]:found[1]] == "Kestrel Bay"


TWO_WAY = [("PRESENTER (ANNA KELLER): Good evening.", FACT, {}),
           ("KELLER: Our correspondent Mark Dobson is outside the ground.", FACT, {}),
           ("KELLER: Mark, what do we know?", CLAIM, {})]


@pytest.mark.parametrize("opening", ["Anna, the", "Well, the", "Yes, Anna, the"])
def test_a_correspondent_answering_or_addressing_the_presenter_reports_the_subject_after_it(opening):
    profile = profile_of(*TWO_WAY, (f"DOBSON: {opening} Alvarian Rugby Union confirmed that it had opened an inquiry.",
                                    CLAIM, {"cue": ["confirmed"]}), ("KELLER: Mark Dobson, thank you.", FACT, {}),
                         gap="\n\n")
    assert profile["credits"][3] == "alvarian rugby union"


@pytest.mark.parametrize("text, subject", [
    ("ROE: Fiona, the chief executive, denied it.", "Fiona, the chief executive"),
    ("ROE: Harbour, the union confirmed it.", None)])
def test_a_name_set_apart_by_commas_or_no_given_name_is_no_one_addressed(text, subject):
    found = subject_before_cue(text)
    assert (text[found[0]:found[1]] if found else None) == subject


@pytest.mark.parametrize("position", ["left-back", "right-back", "wing-back"])
def test_a_side_s_back_is_a_player_s_position_like_a_full_back(position):
    """"The left-back" is the player just credited, as "the full-back" is, and a club before the position and a name
    is the employer ("Real Ostera left-back Iker Salazar")."""
    profile = profile_of(("The panel charged Harbour defender Tomas Orr with diving.", FACT, {}),
                         ("Orr denied diving.", DENIAL, {"source": ["Orr"], "cue": ["denied"]}),
                         (f'"I was fouled," the {position} said.', DENIAL,
                          {"source": [f"the {position}"], "cue": ["said"]}))
    assert profile["credits"] == [None, "tomas orr", "tomas orr"]
    assert surnames_in(f"Brackley made an enquiry for Real Ostera {position} Iker Salazar.") == {"salazar"}


@pytest.mark.parametrize("club", ["Real Ostera", "Sporting Velm", "Dynamo Kessel", "Atletico Brenn", "Inter Ostera"])
def test_a_name_opening_with_a_word_only_clubs_open_theirs_with_is_a_club_whose_spokesman_speaks_for_it(club):
    scored = (f"Iker Salazar of {club} scored twice.", FACT, {})
    rejected = (f"{club} rejected that.", DENIAL, {"source": [club], "cue": ["rejected"]})
    spokesman = ("A spokesman said the club would appeal.", DENIAL, {"source": ["A spokesman"], "cue": ["said"]})
    assert profile_of(scored, rejected, spokesman)["credits"] == [None, club.lower(), f"{club.lower()} spokesperson"]
    # a person named with a known given name first stays a person, for whom a nameless spokesman is not read
    person = ("Iker Ostera rejected that.", DENIAL, {"source": ["Iker Ostera"], "cue": ["rejected"]})
    assert profile_of(person, spokesman)["credits"] == ["iker ostera", "spokesperson"]


@pytest.mark.parametrize("first", [
    ("Portharbour Albion FC confirmed the signing.", FACT, {}),
    ("Portharbour Albion FC confirmed the signing.", CLAIM,
     {"source": ["Portharbour Albion FC"], "cue": ["confirmed"]})])
def test_a_club_s_short_name_joins_its_name_written_with_the_club_s_letters(first):
    albion = ("Albion said the fee was undisclosed.", DENIAL, {"source": ["Albion"], "cue": ["said"]})
    assert profile_of(first, albion)["credits"][1] == "portharbour albion fc"
    # its name without the letters is the same club, either way round
    short = ("Portharbour Albion said the fee was undisclosed.", DENIAL,
             {"source": ["Portharbour Albion"], "cue": ["said"]})
    assert profile_of(first, short)["credits"][1] == "portharbour albion fc"
    lettered = ("Portharbour Albion FC said the fee was undisclosed.", DENIAL,
                {"source": ["Portharbour Albion FC"], "cue": ["said"]})
    assert profile_of(short, lettered)["credits"] == ["portharbour albion"] * 2


def test_a_club_s_word_alone_joins_no_club_lettered_when_two_clubs_end_in_it_nor_a_city_its_club():
    first = ("Portharbour Albion FC beat Kessel Albion on Saturday.", FACT, {})
    albion = ("Albion said the fee was undisclosed.", DENIAL, {"source": ["Albion"], "cue": ["said"]})
    assert profile_of(first, albion)["credits"][1] == "albion"
    city = ("Harbour City FC said the pitch was unsafe.", CLAIM, {"source": ["Harbour City FC"], "cue": ["said"]})
    council = ("Harbour City said it would repave the road.", CLAIM, {"source": ["Harbour City"], "cue": ["said"]})
    assert profile_of(city, council)["credits"] == ["harbour city fc", "harbour city"]
