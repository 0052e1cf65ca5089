"""Credits, sources and denial pairs in copy about housing (audit a57c): landlords and letting agents, tenants and
their unions, developers and their statements, councils and their planning committees, ombudsmen and tribunals,
residents named by a first name; on hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


@pytest.mark.parametrize("builder", ["Stanmere Developments", "Orrin Properties"])
@pytest.mark.parametrize("noun", ["company", "firm"])
def test_the_company_after_a_fact_whose_subject_is_a_builder_or_a_landlord_is_that_business(builder, noun):
    profile = profile_of(
        (f"{builder} welcomed the council's decision on Wednesday.", FACT, {}),
        (f"The {noun} said a third of the homes would be affordable.", CLAIM,
         {"source": [f"The {noun}"], "cue": ["said"]}))
    assert profile["credits"] == [None, builder.lower()]
    assert [s["source"] for s in profile["sources"]] == [builder.lower()]


@pytest.mark.parametrize("resident, pronoun", [("Amira", "she"), ("Frank", "he")])
def test_a_resident_named_by_a_given_name_alone_as_a_fact_s_subject_is_the_he_or_she_who_speaks_next(resident,
                                                                                                   pronoun):
    profile = profile_of(
        ("Councillor Ruth Tandy said repairs on the estate had been delayed.", CLAIM,
         {"source": ["Councillor Ruth Tandy"], "cue": ["said"]}),
        (f"{resident} has stopped inviting friends round.", FACT, {}),
        (f'"I told the landlord in the summer," {pronoun} says.', CLAIM, {"source": [pronoun], "cue": ["says"]}))
    assert profile["credits"] == ["ruth tandy", None, resident.lower()]


def test_a_letting_agent_by_its_name_s_ending_is_the_firm_that_denies_after_it():
    profile = profile_of(
        ('"I told the landlord in the summer," said Amira Haddad, a tenant.', CLAIM,
         {"source": ["Amira Haddad, a tenant"], "cue": ["said"]}),
        ("Her landlord, Dunmore Lettings, tells a different story.", CLAIM,
         {"source": ["Her landlord, Dunmore Lettings"]}),
        ("The firm says the tenant refused access twice.", DENIAL, {"source": ["The firm"], "cue": ["says"]}),
        ("It denies that the flat is unsafe.", DENIAL, {"cue": ["denies"]}))
    assert profile["credits"] == ["amira haddad", *["dunmore lettings"] * 3]
    assert [s["source"] for s in profile["sources"]] == ["dunmore lettings", "amira haddad"]
    assert [(d["denial"], d["source"], d["allegation"]) for d in profile["denials"]] == [
        (2, "dunmore lettings", 0), (3, "dunmore lettings", 0)]


@pytest.mark.parametrize("builder", ["Ridgeline Homes", "Orrin Properties"])
@pytest.mark.parametrize("noun", ["developer", "landlord", "housebuilder"])
def test_a_builder_s_or_a_landlord_s_trade_means_the_business_whose_name_says_it(builder, noun):
    profile = profile_of(
        (f"{builder} said it would appeal the refusal.", CLAIM, {"source": [builder], "cue": ["said"]}),
        (f"A spokeswoman for the {noun} said the council had ignored its own officers.", CLAIM,
         {"source": [f"A spokeswoman for the {noun}"], "cue": ["said"]}),
        (f"The {noun} said building would start in May.", CLAIM, {"source": [f"The {noun}"], "cue": ["said"]}))
    assert profile["credits"] == [builder.lower(), f"{builder.lower()} spokesperson", builder.lower()]


def test_a_builder_s_trade_does_not_mean_a_business_whose_name_says_nothing_of_it():
    profile = profile_of(
        ("Ridgeline Group said it would appeal the refusal.", CLAIM, {"source": ["Ridgeline Group"], "cue": ["said"]}),
        ("The developer said building would start in May.", CLAIM, {"source": ["The developer"], "cue": ["said"]}))
    assert profile["credits"] == ["ridgeline group", "developer"]
    profile = profile_of(
        ("Ridgeline Homes said it would appeal the refusal.", CLAIM, {"source": ["Ridgeline Homes"], "cue": ["said"]}),
        ("The retailer said the store would stay open.", CLAIM, {"source": ["The retailer"], "cue": ["said"]}))
    assert profile["credits"] == ["ridgeline homes", "retailer"]


@pytest.mark.parametrize("finding, body", [
    ("The housing ombudsman found the council had failed the family.", "housing ombudsman"),
    ("The ombudsman concluded the landlord was at fault.", "ombudsman"),
    ("The tribunal ruled the service charges were unlawful.", "tribunal")])
def test_a_body_whose_finding_leaves_out_that_is_its_source_not_the_tenant_quoted_before(finding, body):
    tenant = ("Tenant Mira Osei said the flat had been damp for two winters.", CLAIM,
              {"source": ["Tenant Mira Osei"], "cue": ["said"]})
    assert profile_of(tenant, (finding, CLAIM, {}))["credits"] == ["mira osei", body]
    # what a body found in a place is no finding of its own
    found = ("The ombudsman found the letters in a drawer at the housing office.", CLAIM, {})
    assert profile_of(tenant, found)["credits"][1] != "ombudsman"


@pytest.mark.parametrize("trade", ["Housebuilder", "Homebuilder"])
def test_a_builder_of_homes_capitalised_before_a_firm_s_name_is_no_part_of_it(trade):
    """Audit a67b: a wire headline's "Housebuilder Ardent" was a source of its own, and took the later bare "Ardent",
    apart from "Ardent Homes"."""
    profile = profile_of(
        (f"UPDATE 2-{trade} Ardent rejects watchdog findings on leaky homes", DENIAL,
         {"source": [f"UPDATE 2-{trade} Ardent"], "cue": ["rejects"]}),
        ("Ardent Homes on Friday rejected a watchdog's finding that it had sold homes with defects.", DENIAL,
         {"cue": ["rejected"]}),
        (f"The {trade.lower()} said the report was unbalanced.", DENIAL,
         {"source": [f"The {trade.lower()}"], "cue": ["said"]}),
        ("Ardent called the report inaccurate.", DENIAL, {"source": ["Ardent"], "cue": ["called"]}), gap="\n\n")
    assert profile["credits"] == ["ardent homes"] * 4
    assert [s["source"] for s in profile["sources"]] == ["ardent homes"]


@pytest.mark.parametrize("body", ["Homebuilder Federation", "Retailer Federation", "Housebuilder Magazine"])
def test_a_builder_s_trade_before_a_body_s_word_alone_is_part_of_the_body_s_name(body):
    profile = profile_of((f"{body} said sales of new homes rose.", CLAIM, {"source": [body], "cue": ["said"]}))
    assert profile["credits"] == [body.lower()]


@pytest.mark.parametrize("means", ["under freedom of information rules", "through a public records request",
                                   "under the Freedom of Information Act"])
def test_the_law_or_request_under_which_material_was_obtained_is_no_part_of_who_had_it(means):
    """Audit a67b: "this newspaper under freedom of information rules" was a source, where the model's span ran on."""
    bell = ("Marcus Bell said the estate was damp.", CLAIM, {"source": ["Marcus Bell"], "cue": ["said"]})
    own = f"figures obtained by this newspaper {means}"
    profile = profile_of(bell, (f"According to {own}, the council received 3,400 complaints.", CLAIM,
                                {"cue": ["According to"], "source": [own]}))
    assert profile["credits"] == ["marcus bell", None]
    named = f"figures obtained by the Harlow Courier {means}"
    profile = profile_of(bell, (f"According to {named}, the council received 3,400 complaints.", CLAIM,
                                {"cue": ["According to"], "source": [named]}))
    assert profile["credits"] == ["marcus bell", "harlow courier"]



@pytest.mark.parametrize("body, description, noun", [("Calder Roots", "a housing association", "association"),
                                                     ("Calder Roots", "a housing group", "group"),
                                                     ("Sefton Voice", "a tenants group", "group")])
def test_a_body_set_apart_as_a_housing_association_or_a_tenants_group_in_a_fact_is_the_one_that_noun_means(
        body, description, noun):
    """Audit a67b: "the association" after "Meridian Living, a housing association, owns all 186 flats." was a source
    of its own, as was "A spokesperson for the association"."""
    fact = (f"{body}, {description}, owns all 186 flats in the three blocks.", FACT, {})
    profile = profile_of(fact, (f"The {noun} said lift parts had been ordered.", CLAIM,
                                {"source": [f"The {noun}"], "cue": ["said"]}),
                         (f"A spokesperson for the {noun} said the work would end in May.", CLAIM,
                          {"source": [f"A spokesperson for the {noun}"], "cue": ["said"]}))
    assert profile["credits"] == [None, body.lower(), f"{body.lower()} spokesperson"]


def test_a_person_set_apart_as_a_housing_association_s_tenant_is_no_association():
    profile = profile_of(("Tom Vell, a housing association tenant, has lived there since 1984.", FACT, {}),
                         ("The association said lift parts had been ordered.", CLAIM,
                          {"source": ["The association"], "cue": ["said"]}))
    assert profile["credits"] == [None, "association"]


@pytest.mark.parametrize("addressed", ["Alice", "Tom"])
def test_the_presenter_addressed_by_a_given_name_before_a_described_source_is_no_source(addressed):
    """Audit a67b: a correspondent's "Alice, the warranty provider, Homeguard, told us ..." was credited to "alice"."""
    profile = profile_of(
        (f"KENWAY: {addressed}, what does the warranty provider say?", CLAIM, {}),
        (f"RIDLEY: {addressed}, the warranty provider, Homeguard, told us it was investigating 31 claims.", CLAIM,
         {"source": [f"{addressed}, the warranty provider, Homeguard"], "cue": ["told us"]}), gap="\n\n")
    assert profile["credits"][1] == "homeguard"
    assert [s["source"] for s in profile["sources"]] == ["homeguard"]


def test_a_resident_named_by_a_given_name_and_described_is_still_the_source():
    profile = profile_of(('"I told the landlord," said Amira, a tenant on the ninth floor.', CLAIM,
                          {"source": ["Amira, a tenant on the ninth floor"], "cue": ["said"]}),
                         ("Amira, 34, a nurse, said the lift had failed.", CLAIM,
                          {"source": ["Amira, 34, a nurse"], "cue": ["said"]}))
    assert profile["credits"] == ["amira", "amira"]


@pytest.mark.parametrize("noun, credit", [("A spokesperson for the association", "meridian living spokesperson"),
                                          ("The association", "meridian living"), ("Meridian", "meridian living")])
def test_a_landlord_named_living_is_a_firm_not_a_person(noun, credit):
    """Audit a67b: after "speakers accused the landlord, Meridian Living, of ...", "Meridian Living" was read as a
    person titled landlord, so no later "the association" could mean it."""
    profile = profile_of(
        ("The march ended at the town hall, where speakers accused the landlord, Meridian Living, of leaving families "
         "in dangerous homes.", CLAIM, {"source": ["speakers"], "cue": ["accused"]}),
        ("Meridian Living, a housing association, owns all 186 flats in the three blocks.", FACT, {}),
        (f"{noun} said lift parts had been ordered.", DENIAL, {"source": [noun], "cue": ["said"]}))
    assert profile["credits"] == ["speakers", None, credit]


def test_she_after_a_titled_surname_in_a_fact_is_the_woman_named_in_full_before():
    """Audit a67b: "she said" after "Ms Okafor has since been moved." was "okafor", apart from "Nadia Okafor"."""
    profile = profile_of(
        ("When Nadia Okafor moved into the flat in 2019, she noticed a black patch.", FACT, {}),
        ("The council said it accepted the ombudsman's findings.", CLAIM, {"source": ["The council"], "cue": ["said"]}),
        ("Ms Okafor has since been moved to another flat.", FACT, {}),
        ('"The new flat is dry," she said.', CLAIM, {"source": ["she"], "cue": ["said"]}))
    assert profile["credits"] == [None, "council", None, "nadia okafor"]
    assert [s["source"] for s in profile["sources"]] == ["council", "nadia okafor"]


@pytest.mark.parametrize("titled, pronoun", [("Mr Okafor", "he"), ("Dr Okafor", "she")])
def test_a_titled_surname_of_the_other_sex_or_of_none_is_not_the_one_named_in_full(titled, pronoun):
    profile = profile_of(
        ("When Nadia Okafor moved into the flat in 2019, she noticed a black patch.", FACT, {}),
        ("The council said it accepted the ombudsman's findings.", CLAIM, {"source": ["The council"], "cue": ["said"]}),
        (f"{titled} has since been moved to another flat.", FACT, {}),
        (f'"The new flat is dry," {pronoun} said.', CLAIM, {"source": [pronoun], "cue": ["said"]}))
    assert profile["credits"][3] == "okafor"


def test_the_landlord_set_apart_before_a_firm_s_name_past_the_opening_is_that_firm_later():
    # before, only a subject's "The landlord, Orrin Properties," was noted, so "The landlord" after one named as the
    # one accused was a source "landlord" of its own
    said = ("The landlord said repairs were booked.", DENIAL, {"source": ["The landlord"], "cue": ["said"]})
    accused = ("Speakers accused the landlord, Orrin Properties, of neglect.", CLAIM,
               {"source": ["Speakers"], "cue": ["accused"]})
    assert profile_of(accused, said)["credits"] == ["speakers", "orrin properties"]
    met = ("Tenants met the landlord, Orrin Properties, last week.", FACT, {})
    assert profile_of(met, said)["credits"] == [None, "orrin properties"]
    # a list going on after the name, or two landlords so named, leave "the landlord" alone
    listed = ("Speakers accused the landlord, Orrin Properties, and the council of neglect.", CLAIM,
              {"source": ["Speakers"], "cue": ["accused"]})
    assert profile_of(listed, said)["credits"] == ["speakers", "landlord"]
    other = ("Tenants at Elm Court blamed the landlord, Velm Homes, for the damp.", CLAIM,
             {"source": ["Tenants at Elm Court"], "cue": ["blamed"]})
    assert profile_of(accused, other, said)["credits"] == ["speakers", "tenants at elm court", "landlord"]


@pytest.mark.parametrize("regulator, key", [("the Regulator of Social Housing", "regulator of social housing"),
                                            ("the Social Housing Regulator", "social housing regulator")])
def test_the_regulator_is_the_one_regulator_named_in_passing(regulator, key):
    # before, a regulator named as what tenants wrote to was no body "the regulator" after it joined, so it stayed a
    # bare "regulator"
    wrote = (f"Tenants have written to {regulator}.", FACT, {})
    damp = ("Damp was found in 40 flats.", FACT, {})
    said = ("The regulator said it was looking into the matter.", CLAIM, {"source": ["The regulator"], "cue": ["said"]})
    assert profile_of(wrote, damp, said)["credits"] == [None, None, key]
    # two regulators named: neither
    both = ("Tenants have written to the Regulator of Social Housing and the Kessel Energy Regulator.", FACT, {})
    assert profile_of(both, said)["credits"] == [None, "regulator"]
