"""Credits, sources and denials in energy and utilities copy (audit a59b): power, gas and water companies and grid
operators, regulators fining them or ordering checks, outages, leaks and price rises, consumer groups and the firms'
rebuttals, ministers of energy and trade bodies; on hand-built sentences with invented names."""

import re

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


@pytest.mark.parametrize("company", ["Kestrel Nuclear", "Northline Gas", "Varn Hydro", "Sunfield Solar",
                                     "Gridline Transmission"])
def test_a_company_named_with_its_fuel_or_its_grid_is_the_body_a_nameless_spokeswoman_speaks_for(company):
    profile = profile_of((f"{company} said the reactor had been shut down safely as planned.", CLAIM,
                          {"source": [company], "cue": ["said"]}),
                         ("A spokeswoman denied reports that workers had raised concerns in 2022.", DENIAL,
                          {"source": ["A spokeswoman"], "cue": ["denied"]}))
    assert profile["credits"] == [company.lower(), f"{company.lower()} spokesperson"]


def test_a_denial_spelling_out_what_it_rejects_answers_the_claim_that_says_it_not_the_fine_before_it():
    fine = ("The energy regulator fined Brennock Power 4 million crowns for failing to restore supply to 38,000 homes.",
            FACT, {})
    claim = ("The regulator said the company had ignored its own emergency plan.", CLAIM,
             {"source": ["The regulator"], "cue": ["said"]})
    denial = ("Brennock Power rejected the claim that it had ignored its emergency plan.", DENIAL,
              {"source": ["Brennock Power"], "cue": ["rejected"]})
    assert profile_of(fine, claim, denial)["denials"] == [{"denial": 2, "source": "brennock power", "allegation": 1}]
    # a denial of the fine's own charge still answers the fine
    denial = ("Brennock Power rejected the claim that it had failed to restore supply.", DENIAL,
              {"source": ["Brennock Power"], "cue": ["rejected"]})
    assert profile_of(fine, claim, denial)["denials"] == [{"denial": 2, "source": "brennock power", "allegation": 0}]


@pytest.mark.parametrize("analyst", ["Analyst Ana Ruiz said the emergency plan had worked as designed.",
                                     "Analyst Ana Ruiz said customers had not been told of the emergency plan."])
def test_a_denial_spelling_out_what_it_rejects_answers_the_claim_saying_most_of_it_not_a_nearer_one_saying_less(
        analyst):
    # the analyst's claim shares "emergency plan" alone; the regulator's says the plan was ignored, as the denial does
    claim = ("The regulator said the company had ignored its emergency plan.", CLAIM,
             {"source": ["The regulator"], "cue": ["said"]})
    other = (analyst, CLAIM, {"source": ["Analyst Ana Ruiz"], "cue": ["said"]})
    denial = ("Brennock Power rejected the claim that it had ignored its emergency plan.", DENIAL,
              {"source": ["Brennock Power"], "cue": ["rejected"]})
    assert profile_of(claim, other, denial)["denials"] == [
        {"denial": 2, "source": "brennock power", "allegation": 0}]


@pytest.mark.parametrize("name, clause", [("Calder Water", "which supplies 1.4 million people across the valley"),
                                          ("Ana Brek", "who lives on Mill Lane")])
@pytest.mark.parametrize("between", ["", "on Monday ", "has ", "also "])
def test_the_rest_of_a_relative_clause_marked_as_the_source_is_the_name_before_the_clause(name, clause, between):
    # words before the main clause's cue, with no comma, are no aside of the clause's own subject
    rest = clause.split(" ", 1)[1]
    profile = profile_of((f"{name}, {clause}, {between}blamed the driest spring in 90 years.", CLAIM,
                          {"source": [rest], "cue": ["blamed"]}),
                         ("Critics said the shortage had been building for a decade.", CLAIM,
                          {"source": ["Critics"], "cue": ["said"]}),
                         ("The plan, which critics say is flawed, will cost 2 billion.", CLAIM,
                          {"source": ["critics"], "cue": ["say"]}))
    assert profile["credits"] == [name.lower(), "critics", "critics"]


@pytest.mark.parametrize("sentence, subject", [
    ("The plan, which critics, among them two former mayors, say is flawed, will cost 2 billion.", "critics"),
    ("The levy, which the Harbour Workers Union, the port's largest, opposes, was passed.",
     "the Harbour Workers Union")])
def test_a_relative_clause_s_own_subject_before_an_aside_is_the_source_not_the_name_before_the_clause(sentence,
                                                                                                        subject):
    # the clause's subject, then an aside, then its cue: no rest of a clause about "the plan"
    cue = sentence.split(", ")[3].split(" ")[0]
    profile = profile_of((sentence, CLAIM, {"source": [subject], "cue": [cue]}))
    assert profile["credits"] == [subject.removeprefix("the ").lower()]


@pytest.mark.parametrize("said", ["said in a statement that", "said on Friday that", "said in a written statement",
                                  "said in a statement on Friday that", "said on Friday in a statement that"])
def test_an_office_named_as_a_role_that_said_it_of_itself_where_or_when_is_the_it_that_speaks_next(said):
    profile = profile_of((f"The Energy Ombudsman {said} it stood by its figures.", CLAIM,
                          {"source": ["The Energy Ombudsman"], "cue": ["said"]}),
                         ("It said the 40,000 accounts had been identified from the supplier's own data.", CLAIM,
                          {"cue": ["said"]}))
    assert profile["credits"] == ["energy ombudsman", "energy ombudsman"]


@pytest.mark.parametrize("company, noun, meant", [
    ("Brennock Power", "supplier", True), ("Brennock Power", "energy supplier", True),
    ("Calder Water", "water company", True), ("Calder Water", "supplier", True),
    ("Northline Gas", "gas distributor", True), ("Gridline Transmission", "grid operator", True),
    ("Kestrel Nuclear", "plant operator", True), ("Vestra Midstream", "operator", True),
    ("Brennock Power", "water company", False), ("Calder Water", "generator", False),
    ("Gridline Transmission", "supplier", False)])
def test_a_utility_s_trade_in_lower_case_is_the_company_whose_name_says_it_and_no_other(company, noun, meant):
    profile = profile_of(("The regulator said customers were left without heat for six days.", CLAIM,
                          {"source": ["The regulator"], "cue": ["said"]}),
                         (f"{company} said it had restored supply within 48 hours.", DENIAL,
                          {"source": [company], "cue": ["said"]}),
                         (f"The {noun} said crews had worked around the clock.", DENIAL,
                          {"source": [f"The {noun}"], "cue": ["said"]}))
    assert profile["credits"][2] == (company.lower() if meant else noun)


@pytest.mark.parametrize("body, noun", [("Energy Suppliers UK, the trade body,", "The trade body"),
                                        ("The Energy Networks Association", "The industry body"),
                                        ("The Water Companies Forum", "The trade body"),
                                        ("Grid Users UK, an industry body,", "The industry body")])
def test_a_trade_body_by_its_name_or_so_described_is_the_trade_body_after_it(body, noun):
    source = body.rstrip(",")
    profile = profile_of((f"{body} said its members were not to blame.", DENIAL,
                          {"source": [source], "cue": ["said"]}),
                         (f"{noun} said suppliers made a margin of less than 2 percent.", DENIAL,
                          {"source": [noun], "cue": ["said"]}))
    name = source.split(",")[0].lower().removeprefix("the ")
    assert profile["credits"] == [name, name]
    assert [entry["source"] for entry in profile["sources"]] == [name]


@pytest.mark.parametrize("regulator, source", [
    ("The Energy Markets Authority", "energy markets authority"),
    ("The Nuclear Safety Inspectorate", "nuclear safety inspectorate"),
    ("The energy regulator, Powerwatch,", "powerwatch")])
def test_the_watchdog_after_a_regulator_is_that_regulator(regulator, source):
    profile = profile_of((f"{regulator} said wholesale prices had risen by a fifth.", CLAIM,
                          {"source": [regulator.rstrip(",")], "cue": ["said"]}),
                         ("The watchdog said it would review the price cap in May.", CLAIM,
                          {"source": ["The watchdog"], "cue": ["said"]}))
    assert profile["credits"] == [source, source]


def test_the_watchdog_after_a_company_is_no_company():
    profile = profile_of(("Brennock Power said wholesale prices had risen by a fifth.", CLAIM,
                          {"source": ["Brennock Power"], "cue": ["said"]}),
                         ("The watchdog said it would review the price cap in May.", CLAIM,
                          {"source": ["The watchdog"], "cue": ["said"]}))
    assert profile["credits"] == ["brennock power", "watchdog"]


@pytest.mark.parametrize("body", ["The Harbour Authority", "The Kessel Transport Authority",
                                  "The Orwick Housing Board"])
def test_the_watchdog_after_an_authority_that_runs_what_it_is_named_for_is_no_regulator(body):
    # a port's, a transport's or a housing body runs things; copy's "watchdog" is one that oversees them
    profile = profile_of((f"{body} said fares would rise by 4 percent in May.", CLAIM,
                          {"source": [body], "cue": ["said"]}),
                         ("The watchdog said the rise was unjustified.", CLAIM,
                          {"source": ["The watchdog"], "cue": ["said"]}))
    assert profile["credits"] == [body.removeprefix("The ").lower(), "watchdog"]


@pytest.mark.parametrize("acts", ["The Harbour Authority fined the ferry operator 20,000 crowns for the spill.",
                                  "On Monday, the Kessel Transport Commission suspended the operator's licence.",
                                  "The Orwick Housing Board has banned the landlord from letting flats."])
@pytest.mark.parametrize("noun", ["The regulator", "The watchdog"])
def test_the_regulator_and_the_watchdog_after_an_authority_fining_another_are_both_that_authority(acts, noun):
    # an authority that fines, suspends or bans another regulates, whatever its name runs; before, "the regulator"
    # joined it while "the watchdog" was a nameless source of its own
    profile = profile_of((acts, FACT, {}),
                         (f"{noun} said the breach was serious.", CLAIM, {"source": [noun], "cue": ["said"]}))
    body = re.search(r"(?:The|the) ((?:[A-Z]\w+ )+(?:Authority|Commission|Board))", acts).group(1).lower()
    assert profile["credits"] == [None, body]
    assert [s["source"] for s in profile["sources"]] == [body]


@pytest.mark.parametrize("acts", ["The Home Office banned the group in March.",
                                  "On Friday, the Orwick Interior Office banned the march."])
def test_the_watchdog_after_an_office_banning_a_group_is_not_that_office(acts):
    # banning or proscribing a group is a ministry's act, no regulator's: before, "the watchdog" joined the office
    # (a ban from doing something, "banned the landlord from letting flats", still regulates: above)
    said = ("The watchdog said the ban was lawful.", CLAIM, {"source": ["The watchdog"], "cue": ["said"]})
    profile = profile_of((acts, FACT, {}), said)
    assert profile["credits"] == [None, "watchdog"]


@pytest.mark.parametrize("body", ["The Kessel Gambling Commission", "The Velmar Civil Aviation Authority",
                                  "The Brask Electoral Commission", "The Tarnland Communications Authority",
                                  "The Orwick Utilities Board", "The Kessel Pensions Authority",
                                  "The Orm Banking Commission"])
def test_the_watchdog_after_an_authority_named_for_what_it_oversees_is_that_authority(body):
    # gambling, flights, elections, telecoms, utilities, pensions and banks are what such a body oversees: copy's
    # watchdog (before, "the watchdog" after a pensions or a banking authority was a nameless one of its own)
    profile = profile_of((f"{body} said the rules would be tightened in May.", CLAIM,
                          {"source": [body], "cue": ["said"]}),
                         ("The watchdog said operators had ignored earlier warnings.", CLAIM,
                          {"source": ["The watchdog"], "cue": ["said"]}))
    key = body.removeprefix("The ").lower()
    assert profile["credits"] == [key, key]


def test_a_denial_spelling_out_what_it_rejects_answers_the_claim_that_says_it_before_a_quote_naming_the_firm():
    profile = profile_of(("The energy regulator fined Brennock Power 4 million crowns for failing to restore supply.",
                          FACT, {}),
                         ("The regulator said the company had ignored its own emergency plan.", CLAIM,
                          {"source": ["The regulator"], "cue": ["said"]}),
                         ('"Brennock\'s customers were let down at every step," said Hanne Vistrup, its director.',
                          CLAIM, {"source": ["Hanne Vistrup, its director"], "cue": ["said"]}),
                         ("Brennock Power rejected the claim that it had ignored its emergency plan.", DENIAL,
                          {"source": ["Brennock Power"], "cue": ["rejected"]}))
    assert profile["denials"] == [{"denial": 3, "source": "brennock power", "allegation": 1}]


@pytest.mark.parametrize("regulator", ["the Office of Gas and Electricity Markets", "the Kessel Energy Authority",
                                       "the Harbour Authority"])
@pytest.mark.parametrize("noun", ["The regulator", "The watchdog"])
def test_the_regulator_after_a_body_named_as_the_agent_of_a_passive_fine_is_that_body(regulator, noun):
    # before, a regulator named only after "was fined ... by" was no body "the regulator" could mean
    key = regulator.removeprefix("the ").lower()
    profile = profile_of((f"Brisk Power was fined 3 million crowns by {regulator} on Tuesday.", FACT, {}),
                         (f"{noun} said customers had been overcharged.", CLAIM, {"source": [noun], "cue": ["said"]}))
    assert profile["credits"] == [None, key]
    # a judge who banned someone is no regulator
    profile = profile_of(("Tom Vell was banned from driving by Judge Ana Ruiz.", FACT, {}),
                         (f"{noun} said customers had been overcharged.", CLAIM, {"source": [noun], "cue": ["said"]}))
    assert profile["credits"] == [None, noun.lower().removeprefix("the ")]


@pytest.mark.parametrize("spokesman", ["A Tarnside Water spokesman", "A Tarnside Water official"])
def test_the_company_after_its_own_spokesperson_denied_is_the_company_that_spoke_before(spokesman):
    # its own spokesperson's denial is no other side's since the company's claim (audit a68a)
    said = ("Tarnside Water said repairs were more complex than first thought.", CLAIM,
            {"source": ["Tarnside Water"], "cue": ["said"]})
    denied = (f"{spokesman} denied that the water stations had run dry.", DENIAL,
              {"source": [spokesman], "cue": ["denied"]})
    company = ("The company said customers would receive 50 crowns a day.", DENIAL,
               {"source": ["The company"], "cue": ["said"]})
    assert profile_of(said, denied, company)["credits"][2] == "tarnside water"
    # another company's spokesperson denying since: "the company" is not the one whose claim was denied
    denied = ("A Corvane Utilities spokesman denied that the water stations had run dry.", DENIAL,
              {"source": ["A Corvane Utilities spokesman"], "cue": ["denied"]})
    assert profile_of(said, denied, company)["credits"][2] != "tarnside water"


@pytest.mark.parametrize("group", ["Analysts at Granton Securities", "Economists from the Vell Institute"])
def test_a_group_placed_at_a_named_body_taking_a_stance_is_the_source_that_they_goes_on_with(group):
    # audit a68a: no speech verb, a stance after the group's place ("were more cautious")
    moore = ("Harbour Gas chief executive Stefan Moore said bills would fall.", DENIAL,
             {"source": ["Harbour Gas chief executive Stefan Moore"], "cue": ["said"]})
    stance = (f"{group} were more cautious.", CLAIM, {})
    note = ("In a note to clients, they said the savings would take three years to appear.", CLAIM, {"cue": ["said"]})
    assert profile_of(moore, stance, note)["credits"] == ["stefan moore", group.lower(), group.lower()]
    # no stance after the place: the group is no source
    moved = (f"{group} bought more of the shares.", CLAIM, {})
    assert profile_of(moore, moved)["credits"][1] != group.lower()


@pytest.mark.parametrize("account", ["claims on social media", "reports in the Dunmore Courier", "claims online"])
def test_a_denial_of_an_account_placed_where_it_went_about_answers_only_a_claim_about_what_it_denies(account):
    # audit a68a: the account's place between its noun and "that" still spells out what is denied
    complaints = ("Power Users Alliance said it had received more than 3,000 complaints since dawn.", CLAIM,
                  {"source": ["Power Users Alliance"], "cue": ["said"]})
    heating = ("Its director, Samir Okoye, said elderly customers had been left without heating.", CLAIM,
               {"source": ["Its director, Samir Okoye"], "cue": ["said"]})
    denial = (f"Nordgrid has dismissed {account} that the substation was hacked.", DENIAL,
              {"source": ["Nordgrid"], "cue": ["has dismissed"]})
    assert profile_of(complaints, heating, denial)["denials"] == [
        {"denial": 2, "source": "nordgrid", "allegation": None}]
    # one spelling out what a claim in reach says still answers it
    denial = (f"Nordgrid has dismissed {account} that elderly customers had been left without heating.", DENIAL,
              {"source": ["Nordgrid"], "cue": ["has dismissed"]})
    assert profile_of(complaints, heating, denial)["denials"] == [
        {"denial": 2, "source": "nordgrid", "allegation": 1}]


@pytest.mark.parametrize("opening", [("Residents say Highfall Hydro ignored repeated flood warnings.", "Residents"),
                                     ("Campaigners from the group Save Kelland say Highfall Hydro ignored repeated "
                                      "flood warnings.", "Campaigners from the group Save Kelland")])
def test_the_company_denying_is_the_firm_a_group_of_people_opening_a_sentence_accused(opening):
    # audit a68a: a group capitalised only as it opens its sentence is no business that "the company" may mean
    claim, group = opening
    accused = (claim, CLAIM, {"source": [group], "cue": ["say"]})
    denial = ("The company has rejected their account.", DENIAL, {"source": ["The company"], "cue": ["has rejected"]})
    assert profile_of(accused, denial)["credits"][1] == "highfall hydro"
    # a source in capitals that may be a business spoke: either may be the company
    other = ("Dalby & Wren said the sirens had not worked for a year.", CLAIM,
             {"source": ["Dalby & Wren"], "cue": ["said"]})
    assert profile_of(accused, other, denial)["credits"][2] != "highfall hydro"


def test_the_company_denying_in_a_transcript_is_the_firm_the_presenter_named_not_kept_apart_by_the_label():
    # audit a68a: the interviewer's label in capitals is no business that "the company" may mean
    profile = profile_of(
        ("PRESENTER: Campaigners accuse Marlow Water of draining the Kelland reservoir.", CLAIM,
         {"source": ["Campaigners"], "cue": ["accuse"]}),
        ("PRESENTER: Our correspondent Leon Harte is at the reservoir.", FACT, {}),
        ("LEON HARTE: The company flatly denies it.", DENIAL, {"source": ["company"], "cue": ["flatly denies"]}),
        gap="\n\n")
    assert profile["credits"][2] == "marlow water"


@pytest.mark.parametrize("firm", ["Calder Water", "Calder Water Ltd"])
def test_a_claim_writing_the_company_is_about_the_firm_that_denies_as_one_naming_it_is(firm):
    # audit a68a: the regulator's "the company had misreported" is what "denied that it had misreported" answers,
    # before the lede naming the firm, which says nothing of it
    lede = (f"{firm} was fined 18 million crowns for sewage spills, the regulator said.", CLAIM,
            {"source": ["the regulator"], "cue": ["said"]})
    charge = ("The authority said the company had misreported the length of spills to inspectors.", CLAIM,
              {"source": ["The authority"], "cue": ["said"]})
    denial = (f"{firm} denied that it had misreported any data.", DENIAL, {"source": [firm], "cue": ["denied"]})
    assert profile_of(lede, charge, denial)["denials"][0]["allegation"] == 1
    # a denial of what the lede says still answers the lede naming the firm
    denial = (f"{firm} denied that it had ever been fined for its discharges.", DENIAL,
              {"source": [firm], "cue": ["denied"]})
    assert profile_of(lede, charge, denial)["denials"][0]["allegation"] == 0
