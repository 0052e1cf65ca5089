"""Credits, sources and denial pairs in copy about agriculture and food (audit a59c): farmers' unions and
co-operatives, ministries of agriculture, food firms and their recalls, supermarkets and their suppliers, animal
welfare groups and inspectors; on hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


@pytest.mark.parametrize("body, short", [("The Ministry of Agriculture", "the ministry"),
                                         ("The Tarnland Department of Food Safety", "the department")])
def test_a_denial_by_a_body_named_with_of_answers_the_accusation_naming_it_short_not_its_own_officer_s_claim(body,
                                                                                                            short):
    profile = profile_of(
        (f"{body} said wheat yields could fall by a quarter.", CLAIM, {"source": [body], "cue": ["said"]}),
        ("Deputy minister Hugo Brannagh said the state would release grain from its reserve if bread prices rose.",
         CLAIM, {"source": ["Deputy minister Hugo Brannagh"], "cue": ["said"]}),
        ("Millers warned that flour prices would follow.", CLAIM, {"source": ["Millers"], "cue": ["warned"]}),
        (f"The Bakers' Guild accused {short} of being slow to act.", CLAIM,
         {"source": ["The Bakers' Guild"], "cue": ["accused"]}),
        (f"{short.capitalize()} dismissed the criticism and said grain reserves were sufficient for six months.",
         DENIAL, {"source": [short.capitalize()], "cue": ["dismissed", "said"]}))
    assert profile["credits"][4] == body.lower().removeprefix("the ")
    assert profile["denials"] == [{"denial": 4, "source": body.lower().removeprefix("the "), "allegation": 3}]


@pytest.mark.parametrize("firm", ["Hollin Meats", "Dunmere Poultry", "Tarn Seafood", "Brask Creameries",
                                  "Orrin Breweries", "Calder Seeds"])
def test_the_company_after_a_food_firm_named_by_its_trade_is_that_firm(firm):
    profile = profile_of(
        ("The welfare group Open Barns alleges that sick animals were left for days without a vet.", CLAIM,
         {"source": ["The welfare group Open Barns"], "cue": ["alleges"]}),
        (f"{firm} rejected the claims.", DENIAL, {"source": [firm], "cue": ["rejected"]}),
        ("In a statement, the company said the footage was old and selective.", DENIAL,
         {"source": ["the company"], "cue": ["said"]}))
    assert profile["credits"] == ["open barns", firm.lower(), firm.lower()]
    assert [s["source"] for s in profile["sources"]] == [firm.lower(), "open barns"]
    assert [p["allegation"] for p in profile["denials"]] == [0, 0]


@pytest.mark.parametrize("body, short", [("The Greenvale Agricultural Co-operative", "The co-operative"),
                                         ("The Harrow Farmers Cooperative", "The cooperative"),
                                         ("The Tarn Valley Dairy Co-op", "The co-op"),
                                         ("The Orrin Growers Co-Op", "The co-op")])  # a capital after the hyphen
def test_the_co_operative_after_a_co_operative_named_whole_is_that_body_not_a_person_nor_a_nameless_one(body, short):
    key = body.lower().removeprefix("the ")
    profile = profile_of(
        (f"{body} said the new supplier code was a historic win for growers.", CLAIM,
         {"source": [body], "cue": ["said"]}),
        (f"{short} said a survey of its members found that 62 percent had paid for promotions.", CLAIM,
         {"source": [short], "cue": ["said"]}))
    assert profile["credits"] == [key, key]
    assert [s["source"] for s in profile["sources"]] == [key]


@pytest.mark.parametrize("body, short", [("The Greenvale Dairy Co-operative", "the co-op"),
                                         ("The Harrow Farmers Cooperative", "the co-op"),
                                         ("The Tarn Valley Growers Co-op", "the co-operative"),
                                         ("The Orrin Wool Co-operative", "the cooperative")])
def test_the_co_op_after_a_co_operative_named_with_its_noun_written_otherwise_is_that_body(body, short):
    # before, "the co-op" after "Greenvale Dairy Co-operative" was a nameless co-op of its own, a second source
    key = body.lower().removeprefix("the ")
    profile = profile_of(
        (f"{body} said milk prices would fall by two pence a litre.", CLAIM, {"source": [body], "cue": ["said"]}),
        ("Farmers in the valley were angry.", FACT, {}),
        (f"Later, {short} said it would review the price in March.", CLAIM, {"source": [short], "cue": ["said"]}))
    assert profile["credits"] == [key, None, key]
    assert [s["source"] for s in profile["sources"]] == [key]


@pytest.mark.parametrize("body", ["The Ministry of Fisheries and Seafood", "The Kessel Board of Poultry",
                                  "The Tarnland Ministry of Oil and Gas"])
def test_the_company_after_a_state_s_body_named_of_a_trade_is_no_such_body(body):
    # the trade after "of" is what the body answers for: "the company" is another, as after "the ministry" alone
    profile = profile_of((f"{body} said the rules would change in May.", CLAIM, {"source": [body], "cue": ["said"]}),
                         ("The company said it would comply.", CLAIM, {"source": ["The company"], "cue": ["said"]}))
    assert profile["credits"] == [body.removeprefix("The ").lower(), "company"]


@pytest.mark.parametrize("maker, noun", [
    ("Footage obtained by Open Barns, an animal welfare group,", "The group"),
    ("A survey commissioned by the Tarn Hill Trust, a rural charity,", "The charity"),
    ("Video filmed by Caged No More, an animal rights campaign,", "The campaign")])
def test_the_group_after_a_body_named_only_as_a_maker_with_its_kind_is_that_body(maker, noun):
    # before, the body was named only after "obtained by", as no source, and "the group" was a nameless one
    key = maker.split(" by ", 1)[1].split(",")[0].removeprefix("the ").lower()
    profile = profile_of(
        (f"{maker} shows hens packed into cages at a farm near Dunmore.", FACT, {}),
        (f"{noun} alleges the farm broke welfare rules.", CLAIM, {"source": [noun], "cue": ["alleges"]}))
    assert profile["credits"] == [None, key]
    assert [s["source"] for s in profile["sources"]] == [key]
