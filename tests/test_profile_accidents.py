"""Credits, sources and denials in copy on aviation and maritime accidents and their investigations (audit a61c):
accident boards and their reports, airlines and shipping lines, unions of pilots and seafarers, coastguards,
survivors and relatives, manufacturers disputing findings; on hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


@pytest.mark.parametrize("name", ["Grennach Bulk", "Tarrow Bulk Carriers", "Ostmark Shipyards", "Selva Cruises"])
def test_a_shipping_business_named_by_its_trade_is_the_company_after_it(name):
    profile = profile_of((f"{name} rejects the allegations.", DENIAL, {"source": [name], "cue": ["rejects"]}),
                         ("The company said the cargo had been tested before loading.", DENIAL,
                          {"source": ["The company"], "cue": ["said"]}))
    assert profile["credits"] == [name.lower(), name.lower()]
    assert [entry["source"] for entry in profile["sources"]] == [name.lower()]


@pytest.mark.parametrize("verb", ["still cannot sleep without the light on", "can't sleep without the light on",
                                  "didn't sleep for a week", "won't go back to sea"])
def test_a_survivor_written_of_with_a_negated_verb_is_the_he_who_speaks_next(verb):
    profile = profile_of(("The three survivors spent eleven hours in a life raft.", FACT, {}),
                         (f"Jovan Petrak {verb}.", FACT, {}),
                         ("He says the cargo shifted in the night.", CLAIM, {"source": ["He"], "cue": ["says"]}))
    assert profile["credits"] == [None, None, "jovan petrak"]


def test_an_ordinal_that_ranks_no_role_is_no_part_of_the_subject():
    # "first" is when the captain acted: "The captain" is the subject whom "He" means
    profile = profile_of(("Tom Vask said the crew was safe.", CLAIM, {"source": ["Tom Vask"], "cue": ["said"]}),
                         ("The captain first raised the alarm at dawn.", FACT, {}),
                         ("He says the cargo shifted in the night.", CLAIM, {"source": ["He"], "cue": ["says"]}))
    assert profile["credits"] == ["tom vask", None, "captain"]


@pytest.mark.parametrize("access", ["seen by Reuters", "obtained by the Kessel Ledger"])
def test_a_document_s_maker_ends_before_another_participle_and_its_by(access):
    source = f"A report commissioned by the ministry and {access}"
    profile = profile_of((f"{source} found that the duty officer had mistaken the call for a test.", CLAIM,
                          {"source": [source], "cue": ["found"]}))
    assert profile["credits"] == ["ministry"]


@pytest.mark.parametrize("outlet", ["this newspaper", "the magazine"])
def test_a_document_made_by_a_named_body_and_seen_by_the_publication_is_the_body_s(outlet):
    source = f"The review, commissioned by the Marrow Coastguard Agency and seen by {outlet}"
    profile = profile_of(("A coastguard centre took 47 minutes to launch a rescue.", FACT, {}),
                         (f"{source}, found that the duty officer had mistaken the call for a test.", CLAIM,
                          {"source": [source], "cue": ["found"]}))
    assert profile["credits"] == [None, "marrow coastguard agency"]
    # the publication's own access alone, no maker named, stays its own reporting
    profile = profile_of((f"The review, seen by {outlet}, found that the officer had erred.", CLAIM,
                          {"source": [f"The review, seen by {outlet}"], "cue": ["found"]}))
    assert profile["credits"] == [None]


@pytest.mark.parametrize("aircraft", ["a Skarn Air Corvel 340", "the Corvel 340 of Skarn Air"])
def test_a_maker_s_name_before_a_model_number_is_no_surname_and_its_short_name_is_the_maker(aircraft):
    profile = profile_of((f"Corvel Aerospace rejected the final report into the crash of {aircraft}.", DENIAL,
                          {"source": ["Corvel Aerospace"], "cue": ["rejected"]}),
                         ("The board's report concluded that the software should have caught the fault.", CLAIM,
                          {"source": ["The board's report"], "cue": ["concluded"]}),
                         ("In a 40-page response, Corvel said the software had performed as certified.", DENIAL,
                          {"source": ["Corvel"], "cue": ["said"]}))
    assert profile["credits"] == ["corvel aerospace", "board", "corvel aerospace"]
    assert [entry["source"] for entry in profile["sources"]] == ["corvel aerospace", "board"]


@pytest.mark.parametrize("year", ["2019", "1998"])
def test_a_person_s_name_before_a_year_is_no_maker_s_model_and_the_surname_later_is_that_person(year):
    # before, the article before "Ana Rusk" and the number after it read her name as a model's ("a Corvel 340"), so
    # "Rusk" was no person's surname written there and a later "Rusk said" was a source of its own
    profile = profile_of((f"Kell Dams rejected the findings of the Ana Rusk {year} memo.", DENIAL,
                          {"source": ["Kell Dams"], "cue": ["rejected"]}),
                         ("In a statement, Rusk said the dam had been poorly maintained.", CLAIM,
                          {"source": ["Rusk"], "cue": ["said"]}))
    assert profile["credits"] == ["kell dams", "ana rusk"]


@pytest.mark.parametrize("headline", ["Coastguard criticised over delayed response to trawler sinking",
                                      "Skarn Air slammed for slow refunds after crash",
                                      "The coastguard was criticized for its delayed response."])
def test_a_party_criticised_over_what_it_did_is_the_target_not_the_source(headline):
    target = headline.split(" criti")[0].split(" slammed")[0]
    profile = profile_of((headline, CLAIM, {"source": [target], "cue": [headline.split()[len(target.split())]]}),
                         ("A rescue centre took 47 minutes to launch a lifeboat.", FACT, {}), gap="\n\n")
    assert profile["credits"] == [None, None]
    assert profile["sources"] == []


@pytest.mark.parametrize("sentence, source, cue, credit", [
    ("Mayor Tobin Vell condemned over the weekend an attack on a lifeboat station.", "Mayor Tobin Vell", "condemned",
     "tobin vell"),
    ("The Carrow Dockworkers Union criticised for the second time the port's plan to cut night shifts.",
     "The Carrow Dockworkers Union", "criticised", "carrow dockworkers union"),
    ("Senator Ana Rusk slammed for hours the coastguard's funding gaps.", "Senator Ana Rusk", "slammed", "ana rusk"),
])
def test_one_who_criticises_over_or_for_a_spell_of_time_is_the_source_not_a_target(sentence, source, cue, credit):
    profile = profile_of((sentence, CLAIM, {"source": [source], "cue": [cue]}))
    assert profile["credits"] == [credit]


@pytest.mark.parametrize("written", ["One of them, the second engineer Jovan Petrak, still cannot sleep.",
                                     "One of the crew, the engineer Jovan Petrak, still cannot sleep.",
                                     "The second engineer Jovan Petrak still cannot sleep."])
def test_a_survivor_named_after_one_of_a_group_or_an_ordinal_role_is_the_he_who_speaks_next(written):
    # before, "One of them," before the name's appositive, and an ordinal before the role, hid the subject
    profile = profile_of(("The three survivors spent eleven hours in a life raft.", FACT, {}),
                         (written, FACT, {}),
                         ("He says the cargo shifted in the night.", CLAIM, {"source": ["He"], "cue": ["says"]}))
    assert profile["credits"] == [None, None, "jovan petrak"]


@pytest.mark.parametrize("said", ["The inspector said the bow door of the Brennick Lines ferry was open.",
                                  "The inspector said Brennick Lines had left the bow door open."])
def test_the_company_is_the_one_firm_named_in_passing(said):
    # before, "The company" was a nameless source of its own: a firm named outside an accusing verb counted for none
    company = ("The company says the door was closed.", DENIAL, {"source": ["The company"], "cue": ["says"]})
    profile = profile_of((said, CLAIM, {"source": ["The inspector"], "cue": ["said"]}), company)
    assert profile["credits"] == ["inspector", "brennick lines"]
    # two firms named: neither; a body in capitals that spoke may be the business under another name: neither
    two = said.replace("Brennick Lines", "Brennick Lines or Tarrow Ferries")
    assert profile_of((two, CLAIM, {"source": ["The inspector"], "cue": ["said"]}), company)["credits"] == [
        "inspector", "company"]
    spoke = ("Velkor, which built the door, rejected the findings.", DENIAL,
             {"source": ["Velkor"], "cue": ["rejected"]})
    assert profile_of(spoke, (said, CLAIM, {"source": ["The inspector"], "cue": ["said"]}), company)["credits"] == [
        "velkor", "inspector", "company"]
    # the firm's short name that spoke is the firm: "the company" after it goes on with it
    spoke = ("Brennick rejected the findings.", DENIAL, {"source": ["Brennick"], "cue": ["rejected"]})
    assert profile_of((said, CLAIM, {"source": ["The inspector"], "cue": ["said"]}), spoke, company)["credits"] == [
        "inspector", "brennick lines", "brennick lines"]


@pytest.mark.parametrize("headline, party, cue", [
    ("Harlow Coastguard criticised over the weekend for slow response to sinking", "Harlow Coastguard", "criticised"),
    ("Brennick Lines slammed for a second time over ferry door failures", "Brennick Lines", "slammed"),
])
def test_a_party_criticised_over_a_spell_of_time_for_a_cause_is_a_target_not_the_source(headline, party, cue):
    # a cause after the spell of time makes the headline's verb a passive, as "criticised over delayed response" is
    profile = profile_of((headline, CLAIM, {"source": [party], "cue": [cue]}))
    assert profile["credits"] == [None]
    assert profile["sources"] == []


@pytest.mark.parametrize("side", ["wife", "son", "lawyer"])
def test_his_relative_alone_is_the_one_named_so_before(side):
    # before, "his wife" stayed a bare "wife", though "His wife, Mira Halm," had named her
    hurt = ("Ansel Halm, 71, collapsed at the station on Monday.", FACT, {})
    named = (f"His {side}, Mira Halm, met reporters.", FACT, {})
    said = (f"Ansel Halm, 71, has since recovered partly, his {side} said.", CLAIM,
            {"source": [f"his {side}"], "cue": ["said"]})
    assert profile_of(hurt, named, said)["credits"] == [None, None, "mira halm"]
    # two so named make "his wife" neither's, and "her husband" is no "his wife"
    other = (f"Tom Orr, 60, was also hurt. His {side}, Lena Orr, was not.", FACT, {})
    assert profile_of(hurt, named, other, said)["credits"][-1] == side
    husband = ("He has since recovered partly, her husband said.", CLAIM,
               {"source": ["her husband"], "cue": ["said"]})
    # "her" may mean Mira Halm, the one person the sentence before writes of (so "halm's husband"), never herself
    assert profile_of(hurt, named, husband)["credits"][-1] in ("husband", "halm's husband")


def test_his_lawyer_alone_after_another_person_is_named_is_not_the_lawyer_named_for_the_first():
    # before, "His lawyer" after a second man was charged was still the first man's "Tom Brandt"
    charged = ("Omar Reyes was charged with fraud.", FACT, {})
    named = ("His lawyer, Tom Brandt, said he would plead not guilty.", CLAIM,
             {"source": ["His lawyer, Tom Brandt"], "cue": ["said"]})
    said = ("His lawyer said the case was weak.", CLAIM, {"source": ["His lawyer"], "cue": ["said"]})
    second = ("A second man, Ivan Kolb, was charged with theft.", FACT, {})
    # "His" is the man the sentence before writes of, crediting no one: Kolb
    assert profile_of(charged, named, second, said)["credits"] == [None, "tom brandt", None, "kolb's lawyer"]
    # with no one else named since, and with the one he serves written again, it is still the one so named
    assert profile_of(charged, named, said)["credits"] == [None, "tom brandt", "tom brandt"]
    again = ("Reyes was released on bail, his lawyer said.", CLAIM, {"source": ["his lawyer"], "cue": ["said"]})
    assert profile_of(charged, named, again)["credits"] == [None, "tom brandt", "tom brandt"]
