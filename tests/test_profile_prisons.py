"""Credits, sources and denials in copy about prisons and the justice system (audit a62c): prison services and their
governors, inspectors of prisons, ombudsmen, inmates' families and lawyers, officers' unions, deaths in custody and
ministries denying a crisis; on hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, OPINION, profile_of

SPOKESWOMAN = ("A Prison Service spokeswoman said the ombudsman would investigate.", CLAIM,
               {"source": ["A Prison Service spokeswoman"], "cue": ["said"]})


@pytest.mark.parametrize("clause, other", [("as a prisoner told the family", "a prisoner"),
                                           ("as an inmate's lawyer had claimed", "an inmate's lawyer")])
def test_a_source_in_a_clause_of_report_with_as_after_she_denied_is_whose_account_she_answers_not_her(clause, other):
    profile = profile_of(
        ("An inmate died after a restraint at Fenwick jail.", FACT, {}),
        SPOKESWOMAN,
        (f"She denied that the restraint had lasted 20 minutes, {clause}.", DENIAL,
         {"cue": ["denied"], "source": [other]}),
    )
    assert profile["credits"] == [None, "prison service spokesperson", "prison service spokesperson"]
    assert [(source["source"], source["denies"]) for source in profile["sources"]] == [
        ("prison service spokesperson", True)]


@pytest.mark.parametrize("titled, name", [("Ombudsman Irina Salas", "Irina Salas"),
                                          ("Prisons Ombudsman Irina Salas", "Irina Salas"),
                                          ("Warden Tomas Vale", "Tomas Vale"),
                                          ("Deputy Warden Tomas Vale", "Tomas Vale"),
                                          ("Senior Coroner Helen Marsh", "Helen Marsh")])
def test_an_ombudsman_a_warden_or_a_coroner_titled_before_a_name_is_that_person_without_the_title(titled, name):
    profile = profile_of(
        ("Two inmates died at Valmont jail in March.", FACT, {}),
        (f"{titled} said the office had received a complaint.", CLAIM, {"source": [titled], "cue": ["said"]}),
    )
    assert profile["credits"] == [None, name.lower()]
    assert [source["display"] for source in profile["sources"]] == [name]


@pytest.mark.parametrize("named, noun", [("The Energy Ombudsman", "The ombudsman"),
                                         ("The Local Government Ombudsman", "The ombudsman"),
                                         ("The Water Regulator", "The regulator")])
def test_the_overseer_s_noun_alone_after_its_name_of_two_words_or_more_is_that_overseer(named, noun):
    key = named.lower().removeprefix("the ")
    profile = profile_of(
        (f"{named} said staff at Harlow jail had failed to act.", CLAIM, {"source": [named], "cue": ["said"]}),
        ("Two inmates died at the jail in March.", FACT, {}),
        (f"{noun} said the same failings had recurred.", CLAIM, {"source": [noun], "cue": ["said"]}),
    )
    assert profile["credits"] == [key, None, key]
    assert [source["source"] for source in profile["sources"]] == [key]


@pytest.mark.parametrize("name, cut", [
    ("Independent Monitoring Board (IMB)", "Monitoring Board (IMB)"),
    ("Independent Prison Complaints Commission (IPCC)", "Complaints Commission (IPCC)")])
def test_a_body_s_name_cut_before_its_initials_in_brackets_takes_in_its_first_words(name, cut):
    full = name.rsplit(" (", 1)[0]
    profile = profile_of(
        (f"The {name} at Dunmore jail said prisoners waited 97 days for transfers.", CLAIM,
         {"source": [cut], "cue": ["said"]}),
        (f"The {full.split()[-1].lower()} said staff were overstretched.", CLAIM,
         {"source": [f"The {full.split()[-1].lower()}"], "cue": ["said"]}),
    )
    assert profile["credits"] == [full.lower()] * 2
    assert [source["display"] for source in profile["sources"]] == [full]


@pytest.mark.parametrize("question, credit", [("How has the Justice Ministry responded?", "justice ministry"),
                                              ("What did the ministry say?", "ministry"),
                                              ("Has the Prisons Agency apologised?", "prisons agency")])
def test_it_speaking_after_a_question_about_a_body_is_that_body_s_word(question, credit):
    # before, the question was no subject, and "It" was credited to no one
    profile = profile_of(
        ("The report said boys were locked in their rooms for 23 hours a day.", CLAIM,
         {"source": ["The report"], "cue": ["said"]}),
        (question, OPINION, {}),
        ("It said it would publish a plan by the spring.", CLAIM, {"cue": ["said"]}),
    )
    assert profile["credits"] == ["report", None, credit]


@pytest.mark.parametrize("opening", ["How has the Youth Custody Service responded?",
                                     "The Youth Custody Service was criticised in the report."])
def test_it_speaking_after_a_service_named_as_a_subject_is_that_service_s_word(opening):
    # before, a body's name headed by "Service" was no body "It" may mean, and "It" was credited to no one
    profile = profile_of((opening, FACT, {}),
                         ("It said it accepted most of the findings.", CLAIM, {"cue": ["said"]}))
    assert profile["credits"] == [None, "youth custody service"]


@pytest.mark.parametrize("reacting", ["It accepted most of the findings.", "It admitted that the wing was unsafe.",
                                      "It acknowledges the failings."])
def test_it_accepting_findings_after_a_service_in_lower_case_acting_is_that_service(reacting):
    # before, "The prison service" in lower case opened no subject, and "It accepted" was no verb "it" speaks by:
    # credited to no one
    published = ("The prison service published the review.", FACT, {})
    assert profile_of(published, (reacting, DENIAL, {}))["credits"] == [None, "prison service"]
    # a fact about a thing that accepts is no one's, and a service of no act before is no "It"
    coins = ("It accepted coins until May.", FACT, {})
    assert profile_of(("The prison service installed a new machine.", FACT, {}), coins)["credits"] == [None, None]
    held = ("The memorial was held on Friday.", FACT, {})
    assert profile_of(held, (reacting, DENIAL, {}))["credits"] == [None, None]
