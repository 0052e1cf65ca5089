"""Credits, sources and denials in copy about local government and planning (audit a61a): ombudsmen's and
auditors' findings, councils' cabinet roles, planning appeals and the councils' denials; on hand-built sentences
with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


@pytest.mark.parametrize("finding", ["found no evidence that the council had acted with bias",
                                     "found clear evidence of bias in the council's handling of the case",
                                     "found no proof that the officer was related to the applicant"])
def test_a_body_that_found_evidence_or_none_is_credited_with_its_finding(finding):
    profile = profile_of(
        ("Tollbridge Council welcomed the report on Monday.", FACT, {}),
        (f"The ombudsman {finding}.", CLAIM, {"cue": ["found"]}),
        ("The council said it would apologise.", CLAIM, {"source": ["The council"], "cue": ["said"]}))
    assert profile["credits"][1] == "ombudsman"
    assert [source["source"] for source in profile["sources"]] == ["ombudsman", "tollbridge council"]


@pytest.mark.parametrize("role", ["Former cabinet member for finance", "Cabinet member for housing and regeneration",
                                  "The portfolio holder for planning"])
def test_a_councillor_after_a_portfolio_in_lower_case_is_named_alone_and_is_he(role):
    profile = profile_of(
        ("Its chief executive, Graham Toller, said the purchases had been approved.", DENIAL,
         {"source": ["Graham Toller"], "cue": ["said"]}),
        (f"{role} Colin Beckwith, who resigned in December, said he had raised concerns.", CLAIM,
         {"source": [f"{role} Colin Beckwith"], "cue": ["said"]}),
        ("He said he was told by officers that the investments were safe.", CLAIM, {"source": ["He"], "cue": ["said"]}))
    assert profile["credits"] == ["graham toller", "colin beckwith", "colin beckwith"]
    assert [source["display"] for source in profile["sources"]] == ["Colin Beckwith", "Graham Toller"]


def test_the_company_after_a_developer_named_estates_is_that_developer():
    profile = profile_of(
        ("The developer, Calder Estates, has appealed.", FACT, {}),
        ("Calder Estates argues that the council lacks a five-year housing supply.", CLAIM,
         {"source": ["Calder Estates"], "cue": ["argues"]}),
        ('The company says the refusal was "unreasonable" and it will seek costs.', CLAIM,
         {"source": ["The company"], "cue": ["says"]}))
    assert profile["credits"] == [None, "calder estates", "calder estates"]
    assert [source["source"] for source in profile["sources"]] == ["calder estates"]


@pytest.mark.parametrize("report, maker", [("The auditors' report", "auditors"),
                                           ("The ombudsman's final report", "ombudsman")])
def test_it_finding_after_a_report_owned_by_its_maker_is_the_maker_s_finding(report, maker):
    profile = profile_of(
        (f"{report} was published in January.", FACT, {}),
        ("It found that the council had borrowed £38 million without a business case.", CLAIM, {"cue": ["found"]}),
        ("The council disputes parts of the report.", DENIAL, {"source": ["The council"], "cue": ["disputes"]}))
    assert profile["credits"][1] == maker
    assert profile["denials"] == [{"denial": 2, "source": "council", "allegation": 1}]


@pytest.mark.parametrize("subject", ["Harwell & Stone", "Auditors", "The Gretton Residents' Association"])
@pytest.mark.parametrize("concern", ["raised concerns about", "has expressed serious concern over",
                                     "voiced fresh concerns about"])
def test_a_concern_raised_about_something_is_a_claim_of_whoever_raised_it(subject, concern):
    profile = profile_of(
        (f"{subject} {concern} the solar farm deal, saying the council did not assess the risk.", CLAIM,
         {"cue": ["saying"]}),
        ("Gretton Borough Council rejected the suggestion of any impropriety.", DENIAL,
         {"source": ["Gretton Borough Council"], "cue": ["rejected"]}))
    assert profile["credits"] == [subject.lower().removeprefix("the "), "gretton borough council"]
    assert profile["denials"] == [{"denial": 1, "source": "gretton borough council", "allegation": 0}]


@pytest.mark.parametrize("headline, described, kind", [
    ("WATER BOARD DENIES LEAK", "WATER BOARD", "body"),
    ("HEALTH MINISTER DENIES CUTS", "HEALTH MINISTER", "post"),
])
def test_a_description_in_an_all_capitals_headline_is_the_one_the_copy_names(headline, described, kind):
    # before, "WATER BOARD" in capitals was a source of its own, "water board", as "Water board" was not
    body, noun = (("The Kessel Water Board", "The board") if kind == "body"
                  else ("Health Minister Ana Dorr", "The minister"))
    profile = profile_of((headline, DENIAL, {"source": [described], "cue": ["DENIES"]}),
                         (f"{body} said on Monday that the reports were wrong.", DENIAL,
                          {"source": [body], "cue": ["said"]}),
                         (f"{noun} said the figures were checked every day.", DENIAL,
                          {"source": [noun], "cue": ["said"]}), gap="\n\n")
    expected = "kessel water board" if kind == "body" else "ana dorr"
    assert profile["credits"] == [expected] * 3
    assert [s["source"] for s in profile["sources"]] == [expected]


@pytest.mark.parametrize("thing", ["The leak", "The decision", "The closure"])
@pytest.mark.parametrize("concern", ["has raised concerns about", "raised fresh concerns over"])
def test_a_thing_that_raises_a_concern_is_no_one_voicing_it(thing, concern):
    profile = profile_of(
        ("Gretton Borough Council approved the solar farm deal on Monday.", FACT, {}),
        (f"{thing} {concern} the safety of the depot.", CLAIM, {}),
        ("The Gretton Residents' Association raised concerns about the deal, saying no one had been consulted.",
         CLAIM, {"cue": ["saying"]}))
    assert profile["credits"] == [None, None, "gretton residents' association"]
    assert [source["source"] for source in profile["sources"]] == ["gretton residents' association"]


@pytest.mark.parametrize("judged, judges, label", [
    ("The council was condemned for the tenth time by inspectors.", "inspectors", FACT),
    ("Tollbridge Council was sharply criticised on Monday by the Kessel Housing Ombudsman.",
     "the Kessel Housing Ombudsman", CLAIM)])
def test_it_after_a_body_judged_in_the_passive_is_that_body_not_its_judges(judged, judges, label):
    # before, the judges marked after "by" took the account, so "It" speaking next was theirs
    profile = profile_of(
        (judged, label, {"source": [judges]}),
        ("It said it would appeal against the ruling.", CLAIM, {"source": ["It"], "cue": ["said"]}),
        ("It denied that any tenant had been put at risk.", DENIAL, {"source": ["It"], "cue": ["denied"]}))
    judged_body = "council" if judged.startswith("The council") else "tollbridge council"
    assert profile["credits"][1:] == [judged_body, judged_body]


def test_a_town_s_reeve_or_selectman_is_a_role_before_the_name_it_heads():
    # Canadian townships' reeves and New England towns' selectmen: a role, so a span the model cut after the given
    # name takes in the surname, and a later bare surname or "the reeve" is the same person
    profile = profile_of(
        ("Reeve Emmett Quarles accused Marrowdale Transit of overcharging the town.", CLAIM,
         {"source": ["Reeve Emmett"], "cue": ["accused"]}),
        ("Quarles said residents had complained for years.", CLAIM, {"source": ["Quarles"], "cue": ["said"]}),
        ("Selectwoman Ada Pruett said the town would appeal.", CLAIM,
         {"source": ["Selectwoman Ada"], "cue": ["said"]}),
        ("Pruett said the vote was unanimous.", CLAIM, {"source": ["Pruett"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["emmett quarles"] * 2 + ["ada pruett"] * 2


def test_the_authority_or_the_agency_is_the_one_named_before_by_its_work_in_lower_case():
    """"the port authority", "the regional environment agency": a body named in lower case by its work, a source or
    not, is the one a later "the authority" or "the agency" means, as "the finance ministry" is for "the ministry"."""
    profile = profile_of(
        ("The port authority awarded a second contract to Brightwater Marine on Sunday.", FACT, {}),
        ("The contract is worth $6 million, the authority said.", CLAIM,
         {"source": ["the authority"], "cue": ["said"]}),
    )
    assert profile["credits"] == [None, "port authority"]
    profile = profile_of(
        ("The regional environment agency's latest tests found chlorine in the stream.", FACT, {}),
        ("The stream should not be used for swimming, the agency said.", CLAIM,
         {"source": ["the agency"], "cue": ["said"]}),
    )
    assert profile["credits"] == [None, "regional environment agency"]
    assert [s["display"] for s in profile["sources"]] == ["regional environment agency"]


@pytest.mark.parametrize("first", [
    "The port authority and the tax authority signed the deal on Sunday.",  # two authorities: neither
    "The mayor said the same authority had run the tender.",  # "same" names no authority
    "The tender was run by the harbour authority Portwise on Sunday.",  # a name after it: another rule's
])
def test_the_authority_joins_no_lower_case_body_where_none_or_two_are_named(first):
    profile = profile_of(
        (first, FACT, {}),
        ("The contract is worth $6 million, the authority said.", CLAIM,
         {"source": ["the authority"], "cue": ["said"]}),
    )
    assert profile["credits"][1] in ("authority", "portwise")


@pytest.mark.parametrize("acted", ["The ministry closed the wing in May.", "The ministry opened an inquiry in May."])
def test_it_after_a_body_that_closed_or_opened_something_is_that_body(acted):
    # before, "closed" or "opened" after a subject was read as an adjective ("that meeting closed to the public"), so
    # the ministry acting opened no subject and "It said" was credited to no one
    said = ("It said the building was unsafe.", CLAIM, {"source": ["It"], "cue": ["said"]})
    assert profile_of((acted, FACT, {}), said)["credits"] == [None, "ministry"]
    # "It" as the thing closed is no one's, its sentence a fact; and a body named as the object is not "It"
    empty = ("It had been empty for years.", FACT, {})
    assert profile_of(("The ministry closed the wing.", FACT, {}), empty)["credits"] == [None, None]
    assert profile_of(("A judge closed the ministry in May.", FACT, {}), said)["credits"] == [None, None]
    assert profile_of(("The meeting closed to the public at noon.", FACT, {}), said)["credits"] == [None, None]


def test_the_department_after_two_departments_is_neither():
    """"The department" after two departments named together is neither's, whether the two were a source or not
    (before: a source naming both, "The Department of Health and the Department of Transport", was joined by "the
    department" as one body); after one department, it is that one."""
    said = ("The department said the plan would cut waiting times.", CLAIM,
            {"source": ["The department"], "cue": ["said"]})
    both = "The Department of Health and the Department of Transport"
    assert profile_of((f"{both} published the plan.", FACT, {}), said)["credits"] == [None, "department"]
    assert profile_of((f"{both} published the plan.", CLAIM, {"source": [both], "cue": ["published"]}), said)[
        "credits"] == ["department of health and the department of transport", "department"]
    assert profile_of(("The Department of Health published the plan.", FACT, {}), said)["credits"] == [
        None, "department of health"]
    # one body of "and" is one department
    assert profile_of(("The Department of Trade and Industry published the plan.", FACT, {}), said)["credits"] == [
        None, "department of trade and industry"]


@pytest.mark.parametrize("asked", [
    ("On his radio show on Tuesday, Mayor Ilse Varn was asked why the depot closed.", FACT, {"cue": ["was asked"]}),
    ("On his radio show on Tuesday, Mayor Ilse Varn was asked why the depot closed.", CLAIM, {}),
    ("Mayor Ilse Varn, speaking on Tuesday, was pressed by listeners about the depot.", FACT, {}),
    ("Reporters asked Mayor Ilse Varn why the depot closed.", FACT, {"source": ["Reporters"], "cue": ["asked"]}),
])
def test_the_one_asked_a_question_speaks_the_unattributed_quotations_after_it(asked):
    """"X was asked why ..." names who speaks next: the quoted answer after it is hers, not the last speaker's
    account nor no one's; "Reporters asked X why" too, the writer's side asking."""
    holt = ("Councillor Bram Holt said the depot closure was a scandal.", CLAIM,
            {"source": ["Councillor Bram Holt"], "cue": ["said"]})
    answer = [('"We had no money left.', CLAIM, {}), ("The council cut our grant in March.", CLAIM, {}),
              ('We tried every other option."', DENIAL, {})]
    assert profile_of(holt, asked, *answer)["credits"][2:] == ["ilse varn"] * 3
    assert profile_of(asked, *answer)["credits"][1:] == ["ilse varn"] * 3


def test_the_woman_reporters_asked_as_her_speaks_the_quotation_after_it():
    # before, "her" of "Reporters asked her why" was read as no one, so the quoted answer went on with the last
    # source, the reporters marked as one or Holt
    varn = ("Ilse Varn runs the Tarn depot.", FACT, {})
    holt = ("Councillor Bram Holt said the depot closure was a scandal.", CLAIM,
            {"source": ["Councillor Bram Holt"], "cue": ["said"]})
    answer = ('"We ran out of money."', CLAIM, {})
    for marks in ({}, {"source": ["Reporters"], "cue": ["asked"]}):
        asked = ("Reporters asked her why the depot closed.", FACT, marks)
        assert profile_of(varn, holt, asked, answer)["credits"][3] == "ilse varn"
        # "her" of one asked's side ("her lawyer") hands nothing to her, nor does "her" where no woman is named
        lawyer = ("Reporters asked her lawyer why the depot closed.", FACT, marks)
        assert profile_of(varn, holt, lawyer, answer)["credits"][3] != "ilse varn"
        tom = ("Tom Varn runs the Tarn depot.", FACT, {})
        assert profile_of(tom, holt, asked, answer)["credits"][3] != "tom varn"


def test_the_minister_reporters_asked_speaks_next_but_a_body_asked_to_act_does_not():
    holt = ("Councillor Bram Holt said the depot closure was a scandal.", CLAIM,
            {"source": ["Councillor Bram Holt"], "cue": ["said"]})
    answer = [('"We had no money left.', CLAIM, {}), ('The council cut our grant in March."', CLAIM, {})]
    reporters = ("Reporters asked the minister why the depot closed.", FACT, {})
    assert profile_of(holt, reporters, *answer)["credits"][2:] == ["minister"] * 2
    # a request to act is no question put: Holt's account goes on, and a person asked to act speaks no answer
    for request in ("The panel was asked to review the case.", "Mayor Ilse Varn was asked by the council to review "
                    "how the depot was run."):
        assert profile_of(holt, (request, FACT, {}), *answer)["credits"][2:] != ["ilse varn"] * 2
    assert profile_of(holt, ("The panel was asked to review the case.", FACT, {}), *answer)["credits"][2:] == [
        "bram holt"] * 2
