"""Credits and sources in intelligence and espionage copy, on hand-built sentences: a source span the model ran on
into its verb of saying ("Another former official disputed") is the speaker without the verb; a body described,
then named after "known as", is its name; a state's ministry or embassy denying answers the claim naming its
state; "its foreign ministry" after a state's embassy is the state's; "Our diplomats" in a ministry's own statement
goes on with its account."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


def test_a_verb_of_saying_ending_a_source_span_is_no_part_of_the_source():
    profile = profile_of(
        ("The leaked assessment concluded that the bureau had missed the intrusions.", CLAIM,
         {"source": ["The leaked assessment"], "cue": ["concluded"]}),
        ("Another former official disputed that account, saying the warnings were heeded.", CLAIM,
         {"source": ["Another former official disputed"], "cue": ["disputed", "saying"]}),
        ("The trial opened, according to two officials briefed on the case.", CLAIM,
         {"source": ["two officials briefed"], "cue": ["according to"]}),
    )
    assert profile["credits"] == ["leaked assessment", "another former official", "two officials"]
    assert {s["display"] for s in profile["sources"]} >= {"Another former official", "two officials"}


def test_a_body_described_then_named_after_known_as_is_credited_to_its_name():
    profile = profile_of(
        ("Jonas Beck, known as the Fox, sold files abroad, according to the indictment.", CLAIM,
         {"source": ["the indictment"], "cue": ["according to"]}),
        ("The service, known as the HFI, said it was cooperating with prosecutors.", CLAIM,
         {"source": ["The service, known as the HFI"], "cue": ["said"]}),
        ("The HFI said the files named four of its officers.", CLAIM, {"source": ["The HFI"], "cue": ["said"]}),
        ('The unit, dubbed "Cold Harbour", said the leak was contained.', CLAIM,
         {"source": ['The unit, dubbed "Cold Harbour"'], "cue": ["said"]}),
    )
    assert profile["credits"] == ["indictment", "hfi", "hfi", "cold harbour"]
    assert {s["display"]: s["sentences"] for s in profile["sources"]}["HFI"] == 2


def test_a_state_body_s_denial_answers_the_claim_naming_its_state_before_an_earlier_charge():
    charge = ("Lena Harro is accused of passing drone plans to a foreign power, according to the indictment.", CLAIM,
              {"source": ["the indictment"], "cue": ["according to"]})
    naming = ("Two people familiar with the case said the foreign power was Tessaly.", CLAIM,
              {"source": ["Two people familiar with the case"], "cue": ["said"]})
    for denial in (("Tessaly's foreign ministry denied any involvement.", DENIAL,
                    {"source": ["Tessaly's foreign ministry"], "cue": ["denied"]}),
                   ("Tessaly's embassy in Corran dismissed the reports as fabrications.", DENIAL,
                    {"source": ["Tessaly's embassy in Corran"], "cue": ["dismissed"]})):
        assert [pair["allegation"] for pair in profile_of(charge, naming, denial)["denials"]] == [1]
    # a charge naming no state stays the allegation a ministry answers when no claim names its state
    other = ("Two people familiar with the case said the plans were sold for cash.", CLAIM,
             {"source": ["Two people familiar with the case"], "cue": ["said"]})
    denial = ("Tessaly's foreign ministry denied any involvement.", DENIAL,
              {"source": ["Tessaly's foreign ministry"], "cue": ["denied"]})
    assert [pair["allegation"] for pair in profile_of(charge, other, denial)["denials"]] == [0]


def test_its_ministry_after_a_state_s_embassy_is_the_state_s_ministry_not_the_embassy_s():
    expelling = ("Corran expelled two Tessalian diplomats, accusing them of spying.", CLAIM, {"cue": ["accusing"]})
    embassy = ("Tessaly's embassy in Velm rejected the accusation as absurd.", DENIAL,
               {"source": ["Tessaly's embassy in Velm"], "cue": ["rejected"]})
    ministry = ("Its foreign ministry said it would respond in kind.", DENIAL,
                {"source": ["Its foreign ministry"], "cue": ["said"]})
    assert profile_of(expelling, embassy, ministry)["credits"] == [
        "corran", "tessaly's embassy in velm", "tessaly's foreign ministry"]
    # the embassy's own spokesman stays the embassy's
    spokesman = ("Its spokesman said the diplomats had broken no law.", DENIAL,
                 {"source": ["Its spokesman"], "cue": ["said"]})
    assert profile_of(expelling, embassy, spokesman)["credits"][2] == "tessaly's embassy in velm spokesperson"


def test_our_people_in_a_ministry_s_own_statement_go_on_with_its_account():
    rejects = ("The Ministry of Foreign Affairs strongly rejects the decision of Corran to expel two diplomats.",
               DENIAL, {"source": ["The Ministry of Foreign Affairs"], "cue": ["strongly rejects"]})
    ours = ("Our diplomats have at all times acted within the Vienna Convention.", DENIAL, {})
    heading = ("Ministry of Foreign Affairs of the Republic of Tessaly", FACT, {})
    assert profile_of(heading, rejects, ours, gap="\n\n")["credits"] == [None, *["ministry of foreign affairs"] * 2]
    # in a news story, the writer's own "our" after a ministry's denial is no one's
    readers = ("Our readers deserve a fuller answer than that.", DENIAL, {})
    assert profile_of(rejects, readers)["credits"] == ["ministry of foreign affairs", None]


@pytest.mark.parametrize("person", ["Jonas Beck", "Beck"])
def test_a_person_named_before_known_as_keeps_the_name(person):
    # a name, in full or one capitalised word, is no description: its nickname after "known as" is not the source
    profile = profile_of((f"{person}, known as the Fox, said the files were forged.", CLAIM,
                          {"source": [f"{person}, known as the Fox"], "cue": ["said"]}))
    assert profile["credits"] == [person.lower()]


@pytest.mark.parametrize("expelling", [
    "Varnland ordered four Corran diplomats to leave, accusing them of spying.",
    "Varnland has expelled four Corran diplomats, alleging they had recruited informants.",
    "On Monday, Varnland ordered four Corran diplomats to leave, accusing them of spying.",
])
def test_a_one_word_state_acting_with_an_accusing_participle_is_the_accuser(expelling):
    # before, a one-word name the lists do not know opened no subject, so the accusation was credited to no one
    cues = [cue for cue in ("ordered", "expelled", "accusing", "alleging") if cue in expelling]
    assert profile_of((expelling, CLAIM, {"cue": cues}))["credits"] == ["varnland"]
    # no participle of speech: no one's word; people in the plural open no such name, but are the unnamed group
    # whose participle it is (the group rule's "protesters", not a name)
    assert profile_of(("Varnland ordered four Corran diplomats to leave.", CLAIM, {"cue": ["ordered"]}))[
        "credits"] == [None]
    assert profile_of(("Protesters blocked the road, accusing police of brutality.", CLAIM,
                       {"cue": ["accusing"]}))["credits"] == ["protesters"]


def test_a_body_described_then_set_apart_as_calling_itself_a_name_is_credited_to_that_name():
    # before, "The protest movement, which calls itself Voices of Salvo" was a source "protest movement", though
    # "known as" and "dubbed" so written gave the name
    for span in ("The protest movement, which calls itself Voices of Salvo",
                 "The protest movement, calling itself Voices of Salvo"):
        profile = profile_of((f"{span}, says the election was stolen.", CLAIM, {"source": [span], "cue": ["says"]}),
                             ("Voices of Salvo said it would march on Friday.", CLAIM,
                              {"source": ["Voices of Salvo"], "cue": ["said"]}))
        assert profile["credits"] == ["voices of salvo", "voices of salvo"]
    # a person's name before the comma stays the person's
    span = "Jonas Beck, who calls himself the Fox"
    profile = profile_of((f"{span}, said the files were genuine.", CLAIM, {"source": [span], "cue": ["said"]}))
    assert profile["credits"] == ["jonas beck"]


def test_the_body_s_noun_known_as_a_name_is_the_body_named_before_by_that_name():
    agency = ("The Velmish border agency said 300 people crossed in May.", CLAIM,
              {"source": ["The Velmish border agency"], "cue": ["said"]})
    known = ("The agency, known as VBS, said the numbers were rising.", CLAIM,
             {"source": ["The agency, known as VBS"], "cue": ["said"]})
    profile = profile_of(agency, known, ("VBS said it had more staff.", CLAIM, {"source": ["VBS"], "cue": ["said"]}))
    assert profile["credits"] == ["vbs"] * 3
    assert [(s["display"], s["sentences"]) for s in profile["sources"]] == [("VBS", 3)]
    # with two agencies written before, which one goes by the name is unclear: the name stays apart
    customs = ("The Velmish customs agency said 20 trucks were stopped.", CLAIM,
               {"source": ["The Velmish customs agency"], "cue": ["said"]})
    assert profile_of(agency, customs, known)["credits"] == ["velmish border agency", "velmish customs agency", "vbs"]
