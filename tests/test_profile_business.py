"""Credits, sources and denials in business and markets copy (audit a54b): companies called by their trade,
takeover battles, regulators' fines, short sellers' reports and the companies' answers; on hand-built sentences with
invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


@pytest.mark.parametrize("description", ["The chemicals group", "The mining group", "The food group"])
def test_a_company_called_by_its_trade_and_group_is_the_company_in_view(description):
    profile = profile_of(
        ("Corvo Industries has gone hostile.", FACT, {}),
        (f"{description} said it would take its offer to shareholders.", CLAIM,
         {"source": [description], "cue": ["said"]}))
    assert profile["credits"] == [None, "corvo industries"]
    assert [s["source"] for s in profile["sources"]] == ["corvo industries"]


def test_a_trade_and_group_is_no_civic_body_and_no_company_of_another_trade():
    profile = profile_of(
        ("Civic Watch Network said the mine leaked.", CLAIM, {"source": ["Civic Watch Network"], "cue": ["said"]}),
        ("The mining group said the mine was safe.", DENIAL, {"source": ["The mining group"], "cue": ["said"]}))
    assert profile["credits"] == ["civic watch network", "mining group"]
    profile = profile_of(
        ("Orlin Airways cut 300 jobs.", FACT, {}),
        ("The mining group said it was happy.", CLAIM, {"source": ["The mining group"], "cue": ["said"]}))
    assert profile["credits"] == [None, "mining group"]
    # a lobbying group is a lobby, no company of any trade ("the lobbying firm" may be one)
    profile = profile_of(
        ("Corvo Industries has gone hostile.", FACT, {}),
        ("The lobbying group said the bid was unwelcome.", CLAIM, {"source": ["The lobbying group"], "cue": ["said"]}))
    assert profile["credits"] == [None, "lobbying group"]


def test_the_regulator_after_a_board_that_fined_a_bank_is_that_board_and_neither_of_two_regulators():
    fined = ("The Savings Conduct Board on Thursday fined Orrel Bank 85 million pounds.", FACT, {})
    regulator = ("The regulator said the bank had sold 9,000 policies.", CLAIM,
                 {"source": ["The regulator"], "cue": ["said"]})
    assert profile_of(fined, regulator)["credits"] == [None, "savings conduct board"]
    profile = profile_of(
        ("The Savings Conduct Board said Orrel Bank had misled savers.", CLAIM,
         {"source": ["The Savings Conduct Board"], "cue": ["said"]}),
        ("The Markets Commission said it would look at the bank's sales too.", CLAIM,
         {"source": ["The Markets Commission"], "cue": ["said"]}),
        regulator)
    assert profile["credits"][2] == "regulator"


RATED = ("Ratings agency Varden cut the rating on Friday.", FACT, {})
VARDEN_SAID = ("Varden said the deficit was too wide.", CLAIM, {"source": ["Varden"], "cue": ["said"]})
MINISTER = ("The minister called the decision unjustified.", DENIAL, {"source": ["The minister"], "cue": ["called"]})
FOR_THE_AGENCY = ("A spokesman for the agency said its decisions were made by a committee.", DENIAL,
                  {"source": ["A spokesman for the agency"], "cue": ["said"]})


def test_a_spokesperson_for_the_agency_after_the_agency_credited_just_before_is_its_spokesperson():
    profile = profile_of(RATED, VARDEN_SAID, MINISTER,
                         ("Varden denied any political motive.", DENIAL, {"source": ["Varden"], "cue": ["denied"]}),
                         FOR_THE_AGENCY)
    assert profile["credits"] == [None, "varden", "minister", "varden", "varden spokesperson"]
    assert [s["source"] for s in profile["sources"] if s["denies"]] == ["varden", "minister", "varden spokesperson"]


def test_a_spokesperson_for_the_agency_after_another_source_is_no_agency_s_named():
    profile = profile_of(RATED, VARDEN_SAID, MINISTER, FOR_THE_AGENCY)
    assert profile["credits"][3] == "agency spokesperson"


UNION_DEMANDS = ("The union is demanding a 9 percent rise.", CLAIM, {"source": ["The union"], "cue": ["is demanding"]})


@pytest.mark.parametrize("named", ["The strike, called by the Transport and Warehouse Workers Union, began on Monday.",
                                   "Members of the Transport and Warehouse Workers Union walked out on Monday."])


def test_the_union_is_the_one_union_named_anywhere_before(named):
    profile = profile_of((named, FACT, {}), UNION_DEMANDS)
    assert profile["credits"] == [None, "transport and warehouse workers union"]
    assert profile["sources"][0]["display"] == "Transport and Warehouse Workers Union"


@pytest.mark.parametrize("union", ["Postal Workers Union", "Customs Officers Union"])
def test_the_union_is_a_workers_union_whose_name_opens_with_a_word_a_union_of_states_may_hold(union):
    # "Postal" or "Customs" just before "Union" is a union of states' ("Universal Postal Union"), not before "Workers"
    profile = profile_of((f"The strike, called by the {union}, began on Monday.", FACT, {}), UNION_DEMANDS)
    assert profile["credits"] == [None, union.lower()]


@pytest.mark.parametrize("named", [
    "Members of the Harbour Dockers Union and the Kessel Nurses Union walked out on Monday.",
    "The strike was called after the European Union cut port funding.",
    "The strike was called after the Eurasian Economic Union cut port funding.",
    "The strike was called after the Universal Postal Union cut port funding."])


def test_the_union_is_none_of_two_unions_nor_a_union_of_states(named):
    assert profile_of((named, FACT, {}), UNION_DEMANDS)["credits"] == [None, "union"]


def test_a_span_of_a_business_name_s_last_word_alone_grows_back_over_the_name_s_first_words():
    profile = profile_of(("SkyLark Airways, which drew the most complaints, says this is unfair.", DENIAL,
                          {"source": ["Airways"], "cue": ["says"]}))
    assert profile["credits"] == ["skylark airways"]
    assert profile["sources"][0]["display"] == "SkyLark Airways"


@pytest.mark.parametrize("text", ["But Airways said this was unfair.", "Regulators Fine SkyLark Airways Over Refunds, "
                                  "Airways Says"])


def test_a_business_name_s_last_word_grows_over_no_conjunction_nor_a_title_case_headline(text):
    assert profile_of((text, DENIAL, {"source": ["Airways"]}))["credits"] == ["airways"]


@pytest.mark.parametrize("opening", ["On Monday", "Meanwhile", "Earlier", "Separately"])
def test_a_business_name_s_last_word_grows_over_its_name_not_a_time_or_an_adverb_opening_the_sentence(opening):
    # before, "Monday" or "Meanwhile" was grown into the name: "monday skylark airways"
    profile = profile_of((f"{opening} SkyLark Airways said this was unfair.", DENIAL,
                          {"source": ["Airways"], "cue": ["said"]}))
    assert profile["credits"] == ["skylark airways"]


def test_the_company_after_a_person_named_spoke_is_still_the_company_credited_before():
    said = ("Corvane said it would keep its Dunmore plant open.", CLAIM, {"source": ["Corvane"], "cue": ["said"]})
    mayor = ("Mayor Ines Calloway said the town had fought for the plant.", CLAIM,
             {"source": ["Mayor Ines Calloway"], "cue": ["said"]})
    company = ("The company now expects to hire 40 more staff, it said.", CLAIM,
               {"source": ["The company"], "cue": ["said"]})
    assert profile_of(said, mayor, company)["credits"] == ["corvane", "ines calloway", "corvane"]
    spokesman = ("A company spokesman said hiring would start in May.", CLAIM,
                 {"source": ["A company spokesman"], "cue": ["said"]})
    assert profile_of(said, mayor, spokesman)["credits"][2] == "corvane spokesperson"
    # a person written with another body's noun may speak for another body: no join
    steward = ("Ines Calloway, a union steward, said the town had fought for the plant.", CLAIM,
               {"source": ["Ines Calloway, a union steward"], "cue": ["said"]})
    assert profile_of(said, steward, company)["credits"][2] == "company"


def test_the_company_s_chief_executive_is_the_chief_executive_of_the_company_in_view():
    said = ("Corvane said it would keep its Dunmore plant open.", CLAIM, {"source": ["Corvane"], "cue": ["said"]})
    chief = ("The company's chief executive said hiring would start in May.", CLAIM,
             {"source": ["The company's chief executive"], "cue": ["said"]})
    profile = profile_of(said, chief)
    assert profile["credits"] == ["corvane", "corvane chief executive"]
    # no company in view: the role stays the bare description's
    alone = profile_of(("Dunmore lost 300 jobs in May.", FACT, {}), chief)
    assert alone["credits"] == [None, "company's chief executive"]


@pytest.mark.parametrize("written, firm", [
    ("The video was removed from the social network Pollen", "pollen"),
    ("Orders fell at the ride-hailing firm Zoomo Rides", "zoomo rides"),
    ("The app Pollen removed the video", "pollen")])


def test_the_company_is_the_one_firm_its_sentence_names_after_its_kind(written, firm):
    # before, a firm named after its kind outside the subject left "the company" nameless
    said = (f"{written}, the company said.", CLAIM, {"source": ["the company"], "cue": ["said"]})
    assert profile_of(said)["credits"] == [firm]
    # two such firms: either may speak, and the company stays nameless
    two = (f"{written} after a deal with the platform Gleam, the company said.", CLAIM,
           {"source": ["the company"], "cue": ["said"]})
    assert profile_of(two)["credits"] == ["company"]


@pytest.mark.parametrize("fact", ["Cardwell Health cut 200 jobs on Monday.",
                                  "On Monday, Cardwell Health cut 200 jobs."])


@pytest.mark.parametrize("said, source", [("The company regretted the cuts, it said.", "it"),
                                          ("The company said it regretted the cuts.", "The company"),
                                          ("The firm said it regretted the cuts.", "The firm")])


def test_the_company_is_the_firm_its_kind_unsaid_that_acted_in_the_sentence_before(fact, said, source):
    # before, "Cardwell Health", a name whose last word says no trade, was read as a person's by its capitals alone:
    # named only in a fact, it was no company "the company" after it could mean, which was credited to no one named
    profile = profile_of((fact, FACT, {}), (said, CLAIM, {"source": [source], "cue": ["said"]}))
    assert profile["credits"] == [None, "cardwell health"]
    # a person's name by a known given name is no company, nor is a body named as no company "the group" of any kind
    profile = profile_of(("Ines Mallory cut the ribbon on Monday.", FACT, {}),
                         (said, CLAIM, {"source": [source], "cue": ["said"]}))
    assert profile["credits"] == [None, said.split()[1]]
    profile = profile_of((fact, FACT, {}), ("The group said it regretted the cuts.", CLAIM,
                                            {"source": ["The group"], "cue": ["said"]}))
    assert profile["credits"] == [None, "group"]


@pytest.mark.parametrize("fact", ["Kessel County cut 200 jobs on Monday.", "Lake Verra flooded on Monday.",
                                  "Wall Street rallied on Monday.", "New Zealand cut its tariffs on Monday."])


def test_the_company_is_no_place_whose_name_says_so_that_acted_in_the_sentence_before(fact):
    # before, a place's name of two capitalised words with no known given name first read as a firm's, so "the
    # company" after it was credited to the county, the lake, the street or the country
    profile = profile_of((fact, FACT, {}), ("The company said it regretted the cuts.", CLAIM,
                                            {"source": ["The company"], "cue": ["said"]}))
    assert profile["credits"] == [None, "company"]


@pytest.mark.parametrize("fact", ["Nkechi Obi resigned on Monday.", "Nkechi Obi, the chief executive, resigned."])
def test_the_company_is_no_person_whose_given_name_the_lists_lack_that_acted_in_the_sentence_before(fact):
    # before, a name of two capitalised words with no known given name first was taken for a firm's ("Cardwell
    # Health"), so "the company" after it was credited to the person
    profile = profile_of((fact, FACT, {}), ("The company said it regretted the loss.", CLAIM,
                                            {"source": ["The company"], "cue": ["said"]}))
    assert profile["credits"] == [None, "company"]


@pytest.mark.parametrize("description", ["A spokesman for the developer", "The developer"])
def test_a_trade_answering_an_accusation_of_a_firm_named_only_inside_it_is_that_firm_when_its_name_fits(description):
    accused = ("Tenants accused Ridgeline Homes of ignoring damp.", CLAIM, {"source": ["Tenants"], "cue": ["accused"]})
    denied = (f"{description} denied it.", DENIAL, {"source": [description], "cue": ["denied"]})
    credit = profile_of(accused, denied)["credits"][1]
    assert credit.startswith("ridgeline homes")
    # a firm whose name says another trade is no carmaker
    carmaker = (f"{description.replace('developer', 'carmaker')} denied it.", DENIAL,
                {"source": [description.replace("developer", "carmaker")], "cue": ["denied"]})
    assert not profile_of(accused, carmaker)["credits"][1].startswith("ridgeline")


def test_a_firm_s_short_name_speaks_for_the_firm_named_in_full_before_though_never_credited():
    for said in ("Stahlwerk, for its part, said it had complied with every rule.",
                 "Stahlwerk said it had complied with every rule."):
        profile = profile_of(
            ("The council hired Stahlwerk Motors to rebuild the bridge over the Orle.", FACT, {}),
            ("Two inspectors found cracks in the deck within a month.", FACT, {}),
            (said, CLAIM, {"cue": ["said"]}),
        )
        assert profile["credits"] == [None, None, "stahlwerk motors"], said


def test_the_company_after_a_firm_named_by_its_trade_in_a_fact_is_that_firm():
    for subject in ("Shoppers", "Three councils"):
        profile = profile_of(
            (f"{subject} bought 40 vans from the manufacturer Stahlwerk last year.", FACT, {}),
            ("The company insisted the vans were sound.", DENIAL,
             {"source": ["The company"], "cue": ["insisted"]}),
        )
        assert profile["credits"] == [None, "stahlwerk"], subject


def test_the_chain_is_the_retailer_credited_just_before():
    # before, "chain" was no word for a business: "the chain" was a source of its own beside the chain it means
    profile = profile_of(
        ("The consumer authority said Costwell raised prices before its sales.", CLAIM,
         {"source": ["The consumer authority"], "cue": ["said"]}),
        ("Costwell said it would appeal.", DENIAL, {"source": ["Costwell"], "cue": ["said"]}),
        ("The chain said its pricing was lawful.", DENIAL, {"source": ["The chain"], "cue": ["said"]}))
    assert profile["credits"] == ["consumer authority", "costwell", "costwell"]
    assert [s["source"] for s in profile["sources"]] == ["costwell", "consumer authority"]


@pytest.mark.parametrize("firm", ["Harlow Defence", "Castell Security"])
def test_a_firm_named_for_defence_or_security_is_the_company_a_later_description_means(firm):
    # before, a name ending in "Defence" or "Security" was read as a person's: "the company" after it named no one
    said = (f"{firm} said it had met every deadline.", DENIAL, {"source": [firm], "cue": ["said"]})
    acted = (f"{firm} lost the contract in May.", FACT, {})
    company = ("The company said it would appeal.", CLAIM, {"source": ["The company"], "cue": ["said"]})
    key = firm.lower()
    assert profile_of(said, company)["credits"] == [key, key]
    assert profile_of(acted, company)["credits"] == [None, key]
    assert profile_of(acted, ("A spokesman said it would appeal.", CLAIM, {"source": ["A spokesman"]}))["credits"] == [
        None, f"{key} spokesperson"]
    # a state's body so named is no company
    for body in ["The Ministry of Defence", "Homeland Security", "The Ministry of State Security"]:
        state = (f"{body} said the deal was sound.", CLAIM, {"source": [body], "cue": ["said"]})
        assert profile_of(state, company)["credits"][1] == "company"


@pytest.mark.parametrize("lede", ["A supermarket chain said it would appeal a fine of 2 million euros.",
                                  "A parts supplier said it would appeal a fine of 2 million euros."])


def test_a_business_the_lede_describes_by_its_kind_is_the_one_the_copy_names_after_it(lede):
    # before, the lede's "a supermarket chain" and the name the copy gives it later were two sources
    described = lede.split(" said")[0]
    rows = ((lede, DENIAL, {"source": [described], "cue": ["said"]}),
            ("The consumer authority said the firm raised prices before its sales.", CLAIM,
             {"source": ["The consumer authority"], "cue": ["said"]}),
            ("Costwell said its pricing was lawful.", DENIAL, {"source": ["Costwell"], "cue": ["said"]}))
    profile = profile_of(*rows)
    assert profile["credits"] == ["costwell", "consumer authority", "costwell"]
    assert [s["source"] for s in profile["sources"]] == ["costwell", "consumer authority"]
    # not where another name in capitals was credited first, which the description may be
    other = ("The Consumer Authority said the firm raised prices before its sales.", CLAIM,
             {"source": ["The Consumer Authority"], "cue": ["said"]})
    assert profile_of(rows[0], other, rows[2])["credits"][0] != "costwell"
    # nor a person named later
    person = ("Dora Vukic said its pricing was lawful.", DENIAL, {"source": ["Dora Vukic"], "cue": ["said"]})
    assert profile_of(*rows[:2], person)["credits"][0] != "dora vukic"


def test_a_spokesperson_for_the_landlord_after_an_accused_firm_of_that_trade_is_the_firm_s():
    accused = ("Tenants accused Harwick Homes of ignoring damp.", CLAIM, {"source": ["Tenants"], "cue": ["accused"]})
    denied = ("A spokesman for the landlord said repairs were scheduled.", DENIAL,
              {"source": ["A spokesman for the landlord"], "cue": ["said"]})
    assert profile_of(accused, denied)["credits"] == ["tenants", "harwick homes spokesperson"]
    # with no such firm in view, the landlord is no one named, as before
    nameless = ("Tenants said the flats were damp.", CLAIM, {"source": ["Tenants"], "cue": ["said"]})
    assert profile_of(nameless, denied)["credits"] == ["tenants", "landlord spokesperson"]


@pytest.mark.parametrize("later", ["Pricewatch said the chain had misled shoppers for two years.",
                                   "Kessel Research said shoppers had paid 4 percent more than elsewhere.",
                                   "Consumer Watch said the fault had been known since May.",
                                   # "US" and "IT" in capitals are no "us" nor "it"; the description's other word,
                                   # or its noun in the plural, is the business spoken of as another
                                   "Kessel Research said US shoppers had paid 4 percent more.",
                                   "Kessel Research said IT budgets at grocers had grown.",
                                   "Pricewatch said the supermarket had misled its customers.",
                                   "Pricewatch said chains had misled shoppers, and it would act."])


def test_a_name_after_a_business_the_lede_describes_that_speaks_of_others_is_no_name_of_it(later):
    # a regulator, an analyst or a group named next speaks of the business or of shoppers, not for itself
    lede = ("A supermarket chain said it would appeal a fine of 2 million euros.", CLAIM,
            {"source": ["A supermarket chain"], "cue": ["said"]})
    name = later.split(" said")[0]
    profile = profile_of(lede, (later, CLAIM, {"source": [name], "cue": ["said"]}))
    assert profile["credits"] == ["supermarket chain", name.lower()]


@pytest.mark.parametrize("later", ['Costwell said: "We priced every item lawfully."',
                                   "Costwell said its prices had been checked by auditors."])


def test_a_name_after_a_business_the_lede_describes_that_speaks_of_itself_in_a_claim_is_its_name(later):
    # "We" opening a quote speaks of itself as "its" does, with no denial
    lede = ("A supermarket chain said it would appeal a fine of 2 million euros.", CLAIM,
            {"source": ["A supermarket chain"], "cue": ["said"]})
    profile = profile_of(lede, (later, CLAIM, {"source": ["Costwell"], "cue": ["said"]}))
    assert profile["credits"] == ["costwell", "costwell"]


@pytest.mark.parametrize("seen, spokesperson, credit", [
    ("Tessary Motors recalled 4,000 cars on Monday.", "A carmaker spokesman", "tessary motors spokesperson"),
    ("Varnock Power raised its prices in May.", "A utility spokeswoman", "varnock power spokesperson"),
    # no firm of that trade in view, or two: the trade's spokesperson as written
    ("Tessary Bank cut 300 jobs on Monday.", "A carmaker spokesman", "carmaker spokesperson"),
    ("Tessary Motors and Orvell Motors recalled cars.", "A carmaker spokesman", "carmaker spokesperson")])


def test_a_spokesperson_after_a_trade_is_the_one_firm_of_that_trade_in_view(seen, spokesperson, credit):
    # before, "A carmaker spokesman" stayed the trade's, where "the carmaker" and "a company spokesman" meant the firm
    profile = profile_of((seen, FACT, {}), (f"{spokesperson} said the fault was rare.", CLAIM,
                                            {"source": [spokesperson], "cue": ["said"]}))
    assert profile["credits"] == [None, credit]


@pytest.mark.parametrize("clause", ["which is owned by the holding group Quarrystone Devices",
                                    "which belongs to Quarrystone Devices", "part of Quarrystone Devices",
                                    "a subsidiary of Quarrystone Devices Inc."])


def test_a_firm_set_apart_before_a_clause_of_its_owner_is_no_short_name_of_the_owner(clause):
    """The clause names the owner, no speaker: the subject before it speaks (before: credited to the owner, whose
    name the subject's opens, as a company's short name)."""
    profile = profile_of((f"Quarrystone, {clause}, said the recall was voluntary.", CLAIM,
                          {"source": ["Quarrystone"], "cue": ["said"]}))
    assert profile["credits"] == ["quarrystone"]
    # a short name after the firm written in full otherwise still joins it
    profile = profile_of(("Quarrystone Devices Inc. recalled 4,000 heaters.", FACT, {}),
                         ("Quarrystone said the recall was voluntary.", CLAIM,
                          {"source": ["Quarrystone"], "cue": ["said"]}))
    assert profile["credits"] == [None, "quarrystone devices inc"]


@pytest.mark.parametrize("role", ["general counsel", "chief counsel", "legal counsel"])
def test_a_company_s_counsel_named_after_a_comma_is_the_person_the_role_later_means(role):
    named = (f"The contract was lawful, said Sian Tolley, {role} at Brightwater.", DENIAL,
             {"source": [f"Sian Tolley, {role} at Brightwater"], "cue": ["said"]})
    again = (f"The {role} said the board had approved it.", DENIAL, {"source": [f"The {role}"], "cue": ["said"]})
    assert profile_of(named, again)["credits"] == ["sian tolley"] * 2
    # the role before the name, the name set apart by commas: the surname later is that person
    apposed = (f"Brightwater's {role}, Sian Tolley, has posted a long note on the dispute.", FACT, {})
    surname = ("The fines are unfair, Tolley wrote.", CLAIM, {"source": ["Tolley"], "cue": ["wrote"]})
    assert profile_of(apposed, surname)["credits"] == [None, "sian tolley"]
    # a body's word for its lawyers, no person named, stays the body's own part
    bare = (f"Brightwater's {role} said the board had approved it.", DENIAL,
            {"source": [f"Brightwater's {role}"], "cue": ["said"]})
    assert profile_of(bare)["credits"] == [f"brightwater's {role}"]


def test_the_company_far_after_the_one_firm_named_by_a_firm_like_word_is_that_firm():
    """"Resources" says a firm only as a common noun of firms' names: "the company" joins the one such firm that acted
    however far back, where it is the one business named (before: only up to two sentences after it, then a bare
    "company")."""
    opened = ("Copperfell Resources opened the mine in 2019.", FACT, {})
    facts = [("The pit employs 300 people.", FACT, {}),
             ("Tests in May found arsenic in two wells near the river.", FACT, {}),
             ("Farmers downstream stopped using the water for cattle.", FACT, {})]
    says = ("The company says the water is safe.", CLAIM, {"source": ["The company"], "cue": ["says"]})
    assert profile_of(opened, *facts, says)["credits"][-1] == "copperfell resources"
    # a second firm named, by a business's word or by such a word, anywhere: either may answer
    for second in ("Harlan Mining Group built the road.", "Farmers sued Harlan Resources last year."):
        profile = profile_of(opened, (second, FACT, {}), *facts, says)
        assert profile["credits"][-1] == "company"


@pytest.mark.parametrize("maker", ["Orbital Forge", "Calder Foundry"])
def test_the_company_after_a_firm_named_for_its_workshop_is_that_firm(maker):
    # before, "Orbital Forge" read as a person's name by its capitals, so "the company" stood apart
    profile = profile_of(
        (f"{maker} said it would fly in March.", CLAIM, {"source": [maker], "cue": ["said"]}),
        ("The company said the engine had passed its tests.", CLAIM, {"source": ["The company"], "cue": ["said"]}),
    )
    assert profile["credits"] == [maker.lower()] * 2
    # a known given name before the word stays a person's name ("Tom Forge"), whom "the company" never means
    profile = profile_of(
        ("Tom Forge said he would fly in March.", CLAIM, {"source": ["Tom Forge"], "cue": ["said"]}),
        ("The company said the engine had passed its tests.", CLAIM, {"source": ["The company"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["tom forge", "company"]


@pytest.mark.parametrize("said", ["said it would fly in March", "said that it would fly in March",
                                  "also said its first rocket would fly in March"])
def test_the_company_after_a_name_that_said_it_of_itself_is_that_name(said):
    # before, "Orbital Works", no trade's word, read as a person's name by its capitals, so "the company" stood apart
    company = ("The company said the engine had passed its tests.", CLAIM, {"source": ["The company"], "cue": ["said"]})
    profile = profile_of((f"Orbital Works {said}.", CLAIM, {"source": ["Orbital Works"], "cue": ["said"]}),
                         company)
    assert profile["credits"] == ["orbital works"] * 2
    # "it" of something else, or a known given name first, leaves the name a person's
    other = ("Orbital Works said the rocket would fly in March.", CLAIM,
             {"source": ["Orbital Works"], "cue": ["said"]})
    assert profile_of(other, company)["credits"] == ["orbital works", "company"]
    person = ("Marta Vell said it would fly in March.", CLAIM, {"source": ["Marta Vell"], "cue": ["said"]})
    assert profile_of(person, company)["credits"] == ["marta vell", "company"]


@pytest.mark.parametrize("said", ["said it was too early to tell", "said that it is time to act",
                                  "said it would be a mistake to sell"])
def test_the_company_after_a_name_that_said_it_of_no_one_is_not_that_name(said):
    # before, "it" with a verb of being and no participle after it ("it was too early"), which says nothing of the
    # speaker, made "Kerr Ardent" a body, which "the company" then joined
    company = ("The company said the engine had passed its tests.", CLAIM, {"source": ["The company"], "cue": ["said"]})
    profile = profile_of((f"Kerr Ardent {said}.", CLAIM, {"source": ["Kerr Ardent"], "cue": ["said"]}), company)
    assert profile["credits"] == ["kerr ardent", "company"]
    # a body's "it" doing something is still the body's own
    doing = ("Orbital Works said it was cooperating with the inquiry.", CLAIM,
             {"source": ["Orbital Works"], "cue": ["said"]})
    assert profile_of(doing, company)["credits"] == ["orbital works"] * 2


@pytest.mark.parametrize(("span", "firm"), [("Builder Hollis Build", "hollis build"),
                                            ("Grocer Marlow & Sons", "marlow & sons"),
                                            ("Builder Hollis Homes", "hollis homes"),
                                            ("Baker Orrin Bakery", "orrin bakery")])
def test_a_shared_trade_capitalised_before_a_firm_s_name_is_its_description(span, firm):
    # before, the trade stayed in the source: "builder hollis build"
    profile = profile_of((f"{span} said the homes were safe.", CLAIM, {"source": [span], "cue": ["said"]}))
    assert profile["credits"] == [firm]


@pytest.mark.parametrize(("span", "source"), [("Builders' union Ucatt", "ucatt"),
                                              ("Builder Services Authority", "builder services authority"),
                                              ("Baker Street Homes", "baker street homes"),
                                              ("Butcher Row Estates", "butcher row estates")])
def test_a_trade_before_a_body_or_a_union_keeps_its_reading(span, source):
    profile = profile_of((f"{span} said the site was unsafe.", CLAIM, {"source": [span], "cue": ["said"]}))
    assert profile["credits"] == [source]


@pytest.mark.parametrize("firm, owner", [("Castor Structural", "castor structural"),
                                         ("Castor Engineering", "castor engineering")])
def test_its_role_after_a_firm_whose_name_looks_like_a_person_s_is_the_firm_s(firm, owner):
    # before, a firm of two capitalised words and no known given name was read as a person, whom "its" cannot own, so
    # "Its managing director" was a bare "managing director"
    says = (f"{firm} says the beams were sound.", DENIAL, {"source": [firm], "cue": ["says"]})
    director = ("Its managing director told me the firm had checked them.", DENIAL,
                {"source": ["Its managing director"], "cue": ["told"]})
    assert profile_of(says, director)["credits"] == [owner, f"{owner}'s managing director"]
    # a person by a known given name or a title owns no "its" role
    for person in ("Tom Castor", "Mr Castor"):
        says = (f"{person} says the beams were sound.", DENIAL, {"source": [person], "cue": ["says"]})
        assert profile_of(says, director)["credits"][1] == "managing director"


@pytest.mark.parametrize("shop", ["Office Depot", "Carpet Warehouse", "Tile Mart", "Harlow Superstore"])
def test_a_shop_named_for_its_premises_is_the_company_after_it(shop):
    # before, two capitalised words ending in "Depot", "Warehouse" or "Mart" were read as a person's name, so "the
    # company" stayed a source apart
    sales = (f"{shop} said sales fell.", CLAIM, {"source": [shop], "cue": ["said"]})
    company = ("The company said it would close stores.", CLAIM, {"source": ["The company"], "cue": ["said"]})
    assert profile_of(sales, company)["credits"] == [shop.lower()] * 2
    # a site after "the" is no firm: "the company" does not mean the depot
    site = ("The Harlow Depot closed in March.", FACT, {})
    assert profile_of(site, company)["credits"] == [None, "company"]
    # nor is a person named so, by a known given name
    person = ("Tom Mart said sales fell.", CLAIM, {"source": ["Tom Mart"], "cue": ["said"]})
    assert profile_of(person, company)["credits"] == ["tom mart", "company"]


@pytest.mark.parametrize("firm", ["Ashcombe Care Group", "Ashcombe Motors Group", "Ashcombe Foods Company"])
def test_a_firm_s_trade_before_group_or_company_lets_its_first_word_join_it(firm):
    # before, "Group" or "Company" ended the name, and only a name ending in a firm's trade let its first word alone
    # join it, so "Ashcombe" was a source apart
    fees = (f"{firm} said fees would rise.", CLAIM, {"source": [firm], "cue": ["said"]})
    short = ("Ashcombe said it had written to families.", CLAIM, {"source": ["Ashcombe"], "cue": ["said"]})
    assert profile_of(fees, short)["credits"] == [firm.lower()] * 2
    # a civic body's "Group" after a word of no trade, and a word written as a place, stay apart
    rights = ("Ashcombe Rights Group said fees would rise.", CLAIM,
              {"source": ["Ashcombe Rights Group"], "cue": ["said"]})
    assert profile_of(rights, short)["credits"] == ["ashcombe rights group", "ashcombe"]
    placed = ("The council in Ashcombe met on Monday.", FACT, {})
    assert profile_of(fees, placed, short)["credits"] == [firm.lower(), None, "ashcombe"]


def test_a_short_seller_named_after_its_trade_outside_a_source_is_the_short_seller_later():
    # before, "short seller Black Heron Research" inside Grell's denial noted no firm, and "The short seller" was its
    # own bare source
    denial = ("Grell Mining rejected allegations by short seller Black Heron Research that it inflated its reserves.",
              DENIAL, {"source": ["Grell Mining"], "cue": ["rejected"]})
    later = ("The short seller said the mine held half the ore it claimed.", CLAIM,
             {"source": ["The short seller"], "cue": ["said"]})
    profile = profile_of(denial, later)
    assert profile["credits"] == ["grell mining", "black heron research"]
    # a person so described is no firm: "the short seller" stays its own
    person = ("Grell Mining rejected allegations by short seller Dale Marsh that it inflated its reserves.",
              DENIAL, {"source": ["Grell Mining"], "cue": ["rejected"]})
    assert profile_of(person, later)["credits"] == ["grell mining", "short seller"]


def test_a_bank_named_with_its_type_before_bank_is_joined_by_its_first_word():
    # before, "Kestrel" after "Kestrel Savings Bank" was a source of its own, though "Castellan" joins "Castellan Bank"
    def credits(bank, short):
        return profile_of((f"{bank} said its deposits were safe.", CLAIM, {"source": [bank], "cue": ["said"]}),
                          (f"{short} said it had paid every saver.", CLAIM, {"source": [short], "cue": ["said"]})
                          )["credits"]
    assert credits("Kestrel Savings Bank", "Kestrel") == ["kestrel savings bank"] * 2
    assert credits("Kestrel Co-operative Bank", "Kestrel") == ["kestrel co-operative bank"] * 2
    # a central bank's first word is its state, never the bank
    assert credits("Dravik Central Bank", "Dravik") == ["dravik central bank", "dravik"]
