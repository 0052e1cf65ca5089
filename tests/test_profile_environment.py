"""Credits, sources and denials in environment, energy and climate copy (audit a54c): pollution and spill accusations
and the companies' denials, environment agencies and inspectors, protest groups, scientists and their studies,
energy ministers and utilities, planning fights over wind farms, quarries and pipelines; on hand-built sentences
with invented names."""

import pytest

from framing.segment import dateline_length
from framing.source_find_subjects import subject_before_cue
from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


@pytest.mark.parametrize("speaks", ["It says the pipeline has every permit it needs.",
                                    "It insists the pipeline has every permit it needs.",
                                    "In its statement, it denies that any tree was felled."])
def test_it_speaking_in_the_present_after_a_body_s_statement_is_that_body(speaks):
    profile = profile_of(("10:05 Northline Pipeline Company has issued a statement.", FACT, {}),
                         (speaks, DENIAL, {"cue": [speaks.split()[1 if speaks[0] == "I" else 4]]}))
    assert profile["credits"] == [None, "northline pipeline company"]


@pytest.mark.parametrize("idiom", ["It says a lot about the utility that no one apologised.",
                                   "It says much about the utility that no one apologised.",
                                   "It says everything about the utility that no one apologised.",
                                   "It adds to the strain on commuters already paying more."])
def test_it_says_a_lot_about_a_body_is_no_statement_of_it(idiom):
    # after a statement that "It says ..." would be the body's (above), so that the idiom is what keeps it no one's
    profile = profile_of(("10:05 Northline Pipeline Company has issued a statement.", FACT, {}),
                         (idiom, CLAIM, {"cue": [idiom.split()[1]]}))
    assert profile["credits"] == [None, None]


@pytest.mark.parametrize("speaks", ["It says a lot of staff have left since May.",
                                    "It says much of the damage was old.", "It says everything was in order.",
                                    "It says something went wrong at the plant."])
def test_it_says_a_lot_of_or_everything_was_is_the_body_s_statement(speaks):
    # the words of an idiom opening what the body says ("a lot of staff", "everything was") are no idiom
    profile = profile_of(("10:05 Northline Pipeline Company has issued a statement.", FACT, {}),
                         (speaks, CLAIM, {"cue": ["says"]}))
    assert profile["credits"] == [None, "northline pipeline company"]


@pytest.mark.parametrize("company", ["Brenford Aggregates", "Brask Cement", "Orvane Steel", "Halden Metals",
                                     "Tarnby Refining", "Velmar Plastics", "Ostley Quarries"])
def test_the_company_and_its_first_word_join_a_quarry_s_cement_maker_s_or_metal_firm_s_name(company):
    profile = profile_of((f"{company} denied that its blasting had cracked the houses.", DENIAL,
                          {"source": [company], "cue": ["denied"]}),
                         ("The company said its monitors had never recorded levels above the limit.", DENIAL,
                          {"source": ["The company"], "cue": ["said"]}),
                         (f"{company.split()[0]} said it would appeal.", DENIAL,
                          {"source": [company.split()[0]], "cue": ["said"]}))
    assert profile["credits"] == [company.lower()] * 3
    assert [source["source"] for source in profile["sources"]] == [company.lower()]


@pytest.mark.parametrize("subject", ["The country's largest utility, Skarvkraft, which runs twenty hydropower plants",
                                     "The grid operator, Nettvik, which manages the northern lines",
                                     "The regional water company, Vassfjord, which owns the reservoir"])
def test_a_description_and_a_one_word_name_before_a_relative_clause_are_the_subject(subject):
    text = f"{subject}, said it was studying the findings."
    found = subject_before_cue(text)
    assert found is not None and text[found[0]:found[1]] == subject
    name = subject.split(", ")[1]
    profile = profile_of(("Dr. Anders Lykke said the glaciers were melting faster.", CLAIM,
                          {"source": ["Dr. Anders Lykke"], "cue": ["said"]}),
                         (text, CLAIM, {"cue": ["said"]}),
                         (f"{name} said it would publish its own figures.", CLAIM, {"source": [name], "cue": ["said"]}))
    assert profile["credits"] == ["anders lykke", name.lower(), name.lower()]


def test_a_relative_clause_after_a_lone_unknown_word_still_names_no_subject():
    assert subject_before_cue("Skarvkraft, which runs twenty hydropower plants, said it was studying them.") is None


@pytest.mark.parametrize("pronoun, minister", [("Her", "Energy Minister Petra Solheim"),
                                               ("His", "Environment Minister Daniel Corrie")])
def test_his_or_her_office_is_the_office_of_the_person_the_pronoun_means(pronoun, minister):
    surname = minister.rpartition(" ")[2]
    profile = profile_of((f"{minister} said the glacier figures were exaggerated.", CLAIM,
                          {"source": [minister], "cue": ["said"]}),
                         ("Friends of Skarven accused the ministry of ignoring science.", CLAIM,
                          {"source": ["Friends of Skarven"], "cue": ["accused"]}),
                         (f"{pronoun} office denied the charge.", DENIAL,
                          {"source": [f"{pronoun} office"], "cue": ["denied"]}))
    assert profile["credits"][2] == f"{surname.lower()}'s office"
    assert {source["source"] for source in profile["sources"]} == {
        minister.lower().removeprefix("energy minister ").removeprefix("environment minister "),
        "friends of skarven", f"{surname.lower()}'s office"}


@pytest.mark.parametrize("side, shown", [("office", "solheim's office"), ("lawyers", "solheim's lawyers")])
def test_a_side_s_noun_marked_without_its_his_or_her_is_still_that_person_s_side(side, shown):
    denial = f"Friends of Skarven accused the minister of ignoring science, a charge her {side} denied."
    profile = profile_of(("Energy Minister Petra Solheim said the glacier figures were exaggerated.", CLAIM,
                          {"source": ["Energy Minister Petra Solheim"], "cue": ["said"]}),
                         (denial, DENIAL, {"source": ["Friends of Skarven", side], "cue": ["accused", "denied"]}))
    assert profile["credits"] == ["petra solheim", shown]
    assert shown in {source["source"] for source in profile["sources"]}


@pytest.mark.parametrize("dateline", ["LINDHOLM, 12 May - ", "LINDHOLM, 3 Sept. 2026 — ", "LINDHOLM, May 12 - "])
def test_a_dateline_written_day_first_is_no_source(dateline):
    text = f"{dateline}Caldera Mining plc today rejected allegations that its tailings dam was cracked."
    assert dateline_length(text) == len(dateline)
    profile = profile_of((text, DENIAL, {"source": [f"{dateline}Caldera Mining plc"], "cue": ["rejected"]}),
                         ("Caldera said the marks were in the access road.", DENIAL,
                          {"source": ["Caldera"], "cue": ["said"]}))
    assert profile["credits"] == ["caldera mining plc", "caldera mining plc"]
    assert [source["source"] for source in profile["sources"]] == ["caldera mining plc"]


@pytest.mark.parametrize("text", ["PARIS, 3 Others - the list goes on.", "OSLO, 12 Ministers — The cabinet met."])
def test_a_figure_before_a_word_that_is_no_month_makes_no_dateline(text):
    assert dateline_length(text) == 0


STUDY = ("A study by ecologists at the University of Brannvik found that eagles on the ridge were at high risk.", CLAIM,
         {"source": ["A study by ecologists at the University of Brannvik"], "cue": ["found"]})
DEVELOPER = ("Norvind Energy disputes that conclusion.", DENIAL, {"source": ["Norvind Energy"], "cue": ["disputes"]})


@pytest.mark.parametrize("author, marked", [("Dr. Lise Fjeld, who led the study,", "Dr. Lise Fjeld, who led"),
                                            ("Dr. Lise Fjeld, who co-wrote the study,", "Dr. Lise Fjeld")])
def test_a_study_s_author_named_by_a_relative_clause_rebuts_the_denial_of_its_findings(author, marked):
    profile = profile_of(STUDY, DEVELOPER, (f"{author} stands by it.", DENIAL,
                                            {"source": [marked], "cue": ["stands by"]}),
                         ("The flight paths were tracked by GPS for two seasons, she said.", DENIAL,
                          {"source": ["she"], "cue": ["said"]}))
    assert profile["denials"] == [{"denial": 1, "source": "norvind energy", "allegation": 0}]
    assert profile["rebuttals"] == [{"rebuttal": 2, "source": "lise fjeld", "allegation": 0},
                                    {"rebuttal": 3, "source": "lise fjeld", "allegation": 0}]


def test_a_study_s_author_named_in_what_another_says_is_no_author_s_side():
    profile = profile_of(STUDY, DEVELOPER, ("Norvind's consultant Ole Brekke said Fjeld, who led the study, was wrong.",
                                            DENIAL, {"source": ["Norvind's consultant Ole Brekke"], "cue": ["said"]}))
    assert [denial["denial"] for denial in profile["denials"]] == [1, 2]
    assert profile["rebuttals"] == []


@pytest.mark.parametrize("reply", ["Tide Rising has hit back, posting photographs it says show fresh stumps.",
                                   "Tide Rising hit back, saying the photographs were taken on Sunday."])
def test_a_subject_that_hit_back_with_a_participle_of_speech_after_a_comma_is_its_source(reply):
    profile = profile_of(("The Northline company denied felling any trees.", DENIAL,
                          {"source": ["The Northline company"], "cue": ["denied"]}),
                         (reply, CLAIM, {"cue": ["says" if "says" in reply else "saying"]}))
    assert profile["credits"][1] == "tide rising"


def test_hit_back_as_a_word_of_another_sense_makes_no_subject():
    assert subject_before_cue("The storm hit back roads, cutting power to the terminal.") is None


@pytest.mark.parametrize("team", ["Marine biologists at Selby University",
                                  "A team of scientists at the Harbour Institute"])
def test_the_researchers_or_its_authors_after_a_study_s_team_placed_at_a_body_are_that_team(team):
    found = (f"{team} found the reef had shrunk by a third.", CLAIM, {"source": [team], "cue": ["found"]})
    said = ("The researchers said warming was to blame.", CLAIM, {"source": ["The researchers"], "cue": ["said"]})
    authors = ("Its authors said more study was needed.", CLAIM, {"source": ["Its authors"], "cue": ["said"]})
    profile = profile_of(found, said, authors)
    assert profile["credits"] == [profile["sources"][0]["source"]] * 3 and len(profile["sources"]) == 1
    # two such teams named: "the researchers" may be either
    other = ("Economists at the Kessel Bank found tourism had fallen.", CLAIM,
             {"source": ["Economists at the Kessel Bank"], "cue": ["found"]})
    assert len(profile_of(found, other, said)["sources"]) == 3
