"""Credits, sources and denials in transport and infrastructure copy (audit a56c): air and rail accidents and the
investigators' reports, carriers, operators and manufacturers and their statements, unions and management,
regulators grounding fleets or fining operators, passengers' accounts, road and bridge projects over budget; on
hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of

BUREAU = ("The accident bureau said a brake sensor had not been replaced.", CLAIM,
          {"source": ["The accident bureau"], "cue": ["said"]})


@pytest.mark.parametrize("noun", ["carrier", "airline"])
def test_an_airline_named_with_air_is_the_carrier_and_the_airline_after_it(noun):
    profile = profile_of(BUREAU, ("Velmar Air denied that its maintenance had been deficient.", DENIAL,
                                  {"source": ["Velmar Air"], "cue": ["denied"]}),
                         (f"The {noun} said every aircraft had met its inspection schedule.", DENIAL,
                          {"source": [f"The {noun}"], "cue": ["said"]}))
    assert profile["credits"] == ["accident bureau", "velmar air", "velmar air"]
    assert [entry["source"] for entry in profile["sources"]] == ["velmar air", "accident bureau"]


@pytest.mark.parametrize("role", ["Passenger", "Motorist", "Cyclist"])
def test_what_a_person_was_on_a_journey_is_no_part_of_their_name(role):
    profile = profile_of((f"{role} Ruth Okafor said she was thrown from her seat.", CLAIM,
                          {"source": [f"{role} Ruth Okafor"], "cue": ["said"]}),
                         ('"Everyone helped each other out," Okafor said.', CLAIM,
                          {"source": ["Okafor"], "cue": ["said"]}))
    assert profile["credits"] == ["ruth okafor", "ruth okafor"]
    assert [entry["source"] for entry in profile["sources"]] == ["ruth okafor"]


@pytest.mark.parametrize("noun", ["Authority", "Agency", "Board"])
def test_a_capitalised_description_is_the_one_body_of_its_kind_named_before(noun):
    profile = profile_of((f"The Civil Aviation {noun} today ordered all Strato 410 aircraft to stay on the ground.",
                          FACT, {}),
                         (f"The {noun} said it expected the first aircraft to return to service within a week.", CLAIM,
                          {"source": [f"The {noun}"], "cue": ["said"]}))
    assert profile["credits"] == [None, f"civil aviation {noun.lower()}"]


def test_a_denial_of_the_auditors_conclusions_answers_the_auditors_claim_beyond_the_nearer_voices():
    voices = [(f'"We were promised this bridge in {year}," said {name}, a commuter.', CLAIM,
               {"source": [f"{name}, a commuter"], "cue": ["said"]})
              for year, name in [(2019, "Ana Brek"), (2020, "Tor Lind"), (2021, "Eva Sand"), (2022, "Ole Varn"),
                                 (2023, "Ida Moen"), (2024, "Per Haug")]]
    profile = profile_of(("The auditors found that the contractor was paid for work that was never done.", CLAIM,
                          {"source": ["The auditors"], "cue": ["found"]}),
                         *voices,
                         ("Belgrove Construction rejected the auditors' conclusions.", DENIAL,
                          {"source": ["Belgrove Construction"], "cue": ["rejected"]}))
    assert profile["denials"] == [{"denial": 7, "source": "belgrove construction", "allegation": 0}]


@pytest.mark.parametrize("noun", ["manufacturer", "planemaker"])
def test_a_business_named_with_aerospace_is_the_manufacturer_after_it_but_no_carrier(noun):
    rows = (("The authority said a fan blade had cracked in each engine.", CLAIM,
             {"source": ["The authority"], "cue": ["said"]}),
            ("Corvane Aerospace said it was cooperating fully.", DENIAL,
             {"source": ["Corvane Aerospace"], "cue": ["said"]}))
    profile = profile_of(*rows, (f"In a statement, the {noun} said the blades met every standard.", DENIAL,
                                 {"source": [f"the {noun}"], "cue": ["said"]}))
    assert profile["credits"] == ["authority", "corvane aerospace", "corvane aerospace"]
    profile = profile_of(*rows, ("In a statement, the carrier said the blades met every standard.", DENIAL,
                                 {"source": ["the carrier"], "cue": ["said"]}))
    assert profile["credits"] == ["authority", "corvane aerospace", "carrier"]


@pytest.mark.parametrize("union", ["the engineers' union", "the pilots’ union"])
def test_a_union_described_with_a_plural_s_possessive_is_no_airline_the_airline_may_mean(union):
    profile = profile_of((f"Airtech, {union}, said the review was overdue.", CLAIM,
                          {"source": ["Airtech"], "cue": ["said"]}),
                         ("Northpeak said it welcomed the review.", CLAIM, {"source": ["Northpeak"], "cue": ["said"]}),
                         ("Bookings rose by 6 percent in the last quarter, the airline said.", CLAIM,
                          {"source": ["the airline"], "cue": ["said"]}))
    assert profile["credits"] == ["airtech", "northpeak", "northpeak"]


@pytest.mark.parametrize("text", ["Emergency services say at least 20 people were taken to hospital.",
                                  "09:25 Emergency services say at least 20 people were taken to hospital.",
                                  "Rescue services say at least 20 people were taken to hospital."])
def test_public_services_with_a_word_before_them_speak_as_an_unnamed_body(text):
    profile = profile_of((text, CLAIM, {"cue": ["say"]}))
    assert profile["credits"] == [" ".join(text.removeprefix("09:25 ").split()[:2]).lower()]


ENGINEER = ('"Now we have two people on a night shift," said one engineer.', CLAIM,
            {"source": ["one engineer"], "cue": ["said"]})


def test_they_saying_that_a_group_acted_still_means_the_group_the_sentence_before_opened_with():
    profile = profile_of(ENGINEER, ("Three other employees described the same pressure.", FACT, {}),
                         ("They said managers pressed them to sign off work quickly.", CLAIM, {"source": ["They"]}))
    assert profile["credits"] == ["one engineer", None, "three other employees"]


def test_they_saying_after_a_group_that_gave_accounts_is_that_group():
    profile = profile_of(ENGINEER, ("Three former employees gave similar accounts.", FACT, {}),
                         ("They said managers pressed them to sign off work quickly.", CLAIM, {"source": ["They"]}))
    assert profile["credits"] == ["one engineer", None, "three former employees"]


@pytest.mark.parametrize("regulator, key", [("the Authority", "corvane aerospace"),
                                            ("the Civil Aviation Authority", "corvane aerospace"),
                                            ("Harlow Engines", "manufacturer")])
def test_a_business_noun_passes_over_a_state_body_its_credit_names_but_not_another_business(regulator, key):
    profile = profile_of(("Inspectors said a fan blade had cracked in each engine.", CLAIM,
                          {"source": ["Inspectors"], "cue": ["said"]}),
                         (f"Corvane Aerospace said it was cooperating fully with {regulator}.", DENIAL,
                          {"source": ["Corvane Aerospace"], "cue": ["said"]}),
                         ("In a statement, the manufacturer said the blades met every standard.", DENIAL,
                          {"source": ["the manufacturer"], "cue": ["said"]}))
    assert profile["credits"] == ["inspectors", "corvane aerospace", key]


def test_two_words_joined_by_and_before_a_group_s_role_count_as_one():
    profile = profile_of(ENGINEER, ("Three other current and former employees gave similar accounts.", FACT, {}),
                         ("They said managers pressed them to sign off work quickly.", CLAIM, {"source": ["They"]}))
    assert profile["credits"] == ["one engineer", None, "three other current and former employees"]


def test_a_headline_s_trade_on_a_thing_is_the_body_the_copy_says_plies_it_in_a_relative_clause():
    headline = ("Tanker operator denies safety lapses", DENIAL, {"source": ["Tanker operator"], "cue": ["denies"]})
    operates = ("Meridane Shipping, which operates the tanker, said its crew had followed every procedure.", DENIAL,
                {"source": ["Meridane Shipping"], "cue": ["said"]})
    investigators = ("Investigators said the ballast logs were incomplete.", CLAIM,
                     {"source": ["Investigators"], "cue": ["said"]})
    later = ("The tanker operator said the logs were kept.", DENIAL,
             {"source": ["The tanker operator"], "cue": ["said"]})
    assert profile_of(headline, operates, investigators, gap="\n\n")["credits"] == [
        "meridane shipping", "meridane shipping", "investigators"]
    assert profile_of(operates, investigators, later)["credits"] == [
        "meridane shipping", "investigators", "meridane shipping"]
    # a body that does something else to the thing plies no trade on it; two operators so described: neither
    insured = ("Calder Mutual, which insured the tanker, said its crew had followed every procedure.", DENIAL,
               {"source": ["Calder Mutual"], "cue": ["said"]})
    assert profile_of(headline, insured, gap="\n\n")["credits"] == ["tanker operator", "calder mutual"]
    other = ("Orlan Marine, which operates the tanker, said the charter had ended.", DENIAL,
             {"source": ["Orlan Marine"], "cue": ["said"]})
    assert profile_of(headline, operates, other, gap="\n\n")["credits"][0] == "tanker operator"
