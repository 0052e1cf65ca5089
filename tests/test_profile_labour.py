"""Credits, sources and denial pairs in copy about labour disputes (audit a57a): strikes, unions and their
officials, employers and their press offices, mediation bodies, labour ministries and inspectors; on hand-built
sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


@pytest.mark.parametrize("company", ["Ostrava Coal", "Calloway Terminals", "Brenholt Collieries", "Marrow Docks",
                                     "Tarnside Haulage", "Kestrel Bakeries"])
def test_it_after_a_denial_by_a_mine_a_terminal_or_a_haulier_is_that_company(company):
    profile = profile_of(
        (f"The union accused {company} of blacklisting 43 strikers.", CLAIM,
         {"source": ["The union"], "cue": ["accused"]}),
        (f"{company} denied keeping any blacklist.", DENIAL, {"source": [company], "cue": ["denied"]}),
        ("In a statement, it said hiring was based on need alone.", DENIAL, {"cue": ["said"]}))
    assert profile["credits"] == ["union", *[company.lower()] * 2]
    assert profile["denials"][-1] == {"denial": 2, "source": company.lower(), "allegation": 0}


def test_a_rail_operator_s_first_word_alone_is_the_operator():
    profile = profile_of(
        ("Only one train in five ran, according to Northline Rail.", CLAIM,
         {"cue": ["according to"], "source": ["Northline Rail"]}),
        ("The drivers' union said the strike was solid.", CLAIM, {"source": ["The drivers' union"], "cue": ["said"]}),
        ("Northline denies reports that managers are being trained to drive.", DENIAL,
         {"source": ["Northline"], "cue": ["denies"]}))
    assert profile["credits"] == ["northline rail", "drivers' union", "northline rail"]
    assert [(s["source"], s["denies"]) for s in profile["sources"]] == [("northline rail", True),
                                                                        ("drivers' union", False)]


@pytest.mark.parametrize("walkout", ["Workers at the textile plant have been on strike for nine weeks.",
                                     "Workers at the Hollin textile plant walked out in October.",
                                     "Nurses at Kellmoor General Hospital are on strike."])
def test_they_after_strikers_at_a_workplace_are_those_strikers(walkout):
    profile = profile_of((walkout, FACT, {}),
                         ("They say new software assigns shifts at a day's notice.", CLAIM,
                          {"source": ["They"], "cue": ["say"]}))
    group = walkout.partition(" have")[0].partition(" walked")[0].partition(" are")[0]
    assert profile["credits"] == [None, group.lower()]


@pytest.mark.parametrize("host", ["PRESENTER", "HOST", "INTERVIEWER"])
def test_he_in_an_interviewer_s_turn_is_the_person_the_interviewer_quoted_not_the_interviewer(host):
    profile = profile_of(
        ("Transcript: interview with Priya Nandakumar, general secretary of the Nurses' Guild", FACT, {}),
        (f"{host}: The board's chief executive, Martin Doyle, said the Guild had refused to share its rota.", CLAIM,
         {"source": ["The board's chief executive, Martin Doyle"], "cue": ["said"]}),
        ("NANDAKUMAR: That is false.", DENIAL, {}),
        ("We sent the rota on Monday.", DENIAL, {}),
        (f"{host}: He also said the Guild's pay claim would cost the board 90 million crowns a year.", CLAIM,
         {"source": ["He"], "cue": ["also said"]}),
        ("NANDAKUMAR: Our figure is closer to 60 million.", CLAIM, {}), gap="\n\n")
    assert profile["credits"] == [None, "martin doyle", "priya nandakumar", "priya nandakumar", "martin doyle",
                                  "priya nandakumar"]


@pytest.mark.parametrize("asked", ["We did ask Ostley Port Holdings about those letters.",
                                   "I did ask Ostley Port Holdings about the warning letters."])
@pytest.mark.parametrize(("reply", "credit"), [
    ("In a statement, the company said the letters related to safety breaches.", "ostley port holdings"),
    ("A spokesman said the letters related to safety breaches.", "ostley port holdings spokesperson")])
def test_a_body_the_writer_asked_about_the_matter_is_whom_the_company_or_a_spokesman_after_it_means(asked, reply,
                                                                                                   credit):
    """"We asked X about those letters" asks X for comment as "for comment" does (before: "company" or a bare
    "spokesperson")."""
    profile = profile_of(
        ("Two shop stewards have received warning letters, the union's organiser Selwyn Harte said.", CLAIM,
         {"source": ["the union's organiser Selwyn Harte"], "cue": ["said"]}),
        (asked, FACT, {}),
        (reply, DENIAL, {"source": [reply.partition(", ")[2].partition(" said")[0] or reply.partition(" said")[0]],
                         "cue": ["said"]}))
    assert profile["credits"] == ["selwyn harte", None, credit]


def test_a_body_another_asked_about_the_matter_is_no_body_a_spokesman_after_it_speaks_for():
    profile = profile_of(
        ("Two shop stewards have received warning letters, Selwyn Harte said.", CLAIM,
         {"source": ["Selwyn Harte"], "cue": ["said"]}),
        ("The inspectors asked Ostley Port Holdings about those letters.", FACT, {}),
        ("A spokesman said the letters related to safety breaches.", DENIAL,
         {"source": ["A spokesman"], "cue": ["said"]}))
    assert profile["credits"][2] != "ostley port holdings spokesperson"


@pytest.mark.parametrize(("also", "credit"), [(" also", "greyfield stores"), ("", "company")])
def test_the_company_also_denying_after_its_own_claim_goes_on_with_that_company(also, credit):
    """"Also" says the firm that just made its claim speaks again (before: a denial's "the company" never meant a
    body whose last sentence was a claim, so it stayed "company"); without it, as before, that firm may be the one
    answered."""
    profile = profile_of(
        ("Warehouse staff at Greyfield Stores walked out on Monday.", FACT, {}),
        ("The union is demanding a rise of 10 percent.", CLAIM, {"source": ["The union"], "cue": ["is demanding"]}),
        ("Greyfield says its offer of 5.5 percent is among the best in the sector.", CLAIM,
         {"source": ["Greyfield"], "cue": ["says"]}),
        (f"The company{also} rejects the union's account of its rotas.", DENIAL,
         {"source": ["The company"], "cue": [f"{also.strip()} rejects".strip()]}))
    assert profile["credits"] == [None, "union", "greyfield stores", credit]
    if also:
        assert profile["denials"] == [{"denial": 3, "source": "greyfield stores", "allegation": 1}]


@pytest.mark.parametrize("union", ["Allied Logistics Workers", "United Dock Workers", "Federated Hospital Employees"])
def test_the_union_is_a_union_named_by_its_members_in_capitals(union):
    """A capitalised name ending in "Workers" or "Employees" is a body, the union (before: a group of people, so
    "union" stayed a source of its own)."""
    acronym = "".join(word[0] for word in union.split())
    profile = profile_of(
        (f"About 1,800 drivers, all members of the {union} ({acronym}), are on strike.", FACT, {}),
        (f"The {acronym} says turnout in the ballot was 71 percent.", CLAIM,
         {"source": [f"The {acronym}"], "cue": ["says"]}),
        ("The union is demanding a rise of 10 percent.", CLAIM, {"source": ["The union"], "cue": ["is demanding"]}))
    assert profile["credits"] == [None, *[union.lower()] * 2]


@pytest.mark.parametrize("group", ["Dock Workers", "Striking Workers", "Care workers"])
def test_the_union_after_workers_in_two_words_is_no_union_named(group):
    profile = profile_of(
        (f"{group} said turnout in the ballot was 71 percent.", CLAIM, {"source": [group], "cue": ["said"]}),
        ("The union said a rise of 10 percent was needed.", CLAIM, {"source": ["The union"], "cue": ["said"]}))
    assert profile["credits"] == [group.lower(), "union"]


def test_a_care_home_operator_named_with_care_is_the_company_and_its_first_word():
    """A name ending in "Care" is a business's, as "Healthcare" was (before: a name of no known kind, so "the
    company" and "Silverbirch" stayed sources of their own)."""
    profile = profile_of(
        ("Staff are coming to work ill, the union's organiser Helga Brandt said.", CLAIM,
         {"source": ["the union's organiser Helga Brandt"], "cue": ["said"]}),
        ("Silverbirch Care rejects that.", DENIAL, {"source": ["Silverbirch Care"], "cue": ["rejects"]}),
        ("In a statement, the company said it had never asked staff to work while unwell.", DENIAL,
         {"source": ["the company"], "cue": ["said"]}),
        ("Silverbirch says all its homes are fully staffed tonight.", DENIAL,
         {"source": ["Silverbirch"], "cue": ["says"]}))
    assert profile["credits"] == ["helga brandt", *["silverbirch care"] * 3]
    assert [(s["source"], s["sentences"]) for s in profile["sources"]] == [("silverbirch care", 3), ("helga brandt", 1)]


@pytest.mark.parametrize("service", ["Marlshire Adult Social Care", "Tarnby Children's Social Care",
                                     "Kessel Primary Care"])
def test_a_public_care_service_named_with_care_is_no_company(service):
    """A name ending in "Care" after a word of a public care service ("Social Care", "Primary Care") is a council's
    or health service's, no care-home operator's (before, "the company" joined it as it joins "Silverbirch Care")."""
    profile = profile_of(
        (f"{service} said the home had been inspected.", CLAIM, {"source": [service], "cue": ["said"]}),
        ("The company said staff were trained.", CLAIM, {"source": ["The company"], "cue": ["said"]}))
    assert profile["credits"][1] == "company"


def test_a_person_surnamed_care_stays_a_person_apart_from_the_company():
    profile = profile_of(
        ("Tom Care said the home had been short of staff for months.", CLAIM,
         {"source": ["Tom Care"], "cue": ["said"]}),
        ("The company said staff were trained.", CLAIM, {"source": ["The company"], "cue": ["said"]}),
        ("He said more would follow.", CLAIM, {"source": ["He"], "cue": ["said"]}))
    assert profile["credits"] == ["tom care", "company", "tom care"]


@pytest.mark.parametrize(("quoted", "pronoun"), [("Martin Doyle", "He"), ("Vera Lindqvist", "She")])
@pytest.mark.parametrize("guest", ["Tom Harte", "Selwyn Harte"])
def test_he_opening_an_interviewer_s_turn_is_the_person_quoted_though_the_male_guest_answered_last(quoted, pronoun,
                                                                                                  guest):
    """A guest who is a man, or of a sex not known, is "you" to the interviewer: "he" or "she" is the third person
    the interviewer quoted before the guest answered (before: the interviewer's own words)."""
    surname = guest.split()[1].upper()
    profile = profile_of(
        (f"Transcript: interview with {guest}, regional organiser of the Dockers' Union", FACT, {}),
        (f"PRESENTER: The port's chief executive, {quoted}, said traffic was back to normal.", CLAIM,
         {"source": [f"The port's chief executive, {quoted}"], "cue": ["said"]}),
        (f"{surname}: That is simply not true.", DENIAL, {}),
        (f"PRESENTER: {pronoun} also said your union had rejected a fair offer.", CLAIM,
         {"source": [pronoun], "cue": ["also said"]}),
        (f"{surname}: We put every offer to our members.", DENIAL, {}), gap="\n\n")
    assert profile["credits"] == [None, quoted.lower(), guest.lower(), quoted.lower(), guest.lower()]
    assert profile["denials"][-1] == {"denial": 4, "source": guest.lower(), "allegation": 3}


def test_he_opening_an_interviewer_s_turn_with_no_third_person_named_stays_the_interviewer_s():
    profile = profile_of(
        ("Transcript: interview with Tom Harte, regional organiser of the Dockers' Union", FACT, {}),
        ("PRESENTER: The port authority says only a handful of your members are still out.", CLAIM,
         {"source": ["The port authority"], "cue": ["says"]}),
        ("HARTE: That is simply not true.", DENIAL, {}),
        ("PRESENTER: He also said your union had rejected a fair offer.", CLAIM,
         {"source": ["He"], "cue": ["also said"]}), gap="\n\n")
    assert profile["credits"] == [None, "port authority", "tom harte", "presenter"]


@pytest.mark.parametrize(("group", "cue", "member"), [
    ("Workers at the textile plant", "say", "Another worker, a loom technician,"),
    ("Officials at the Varn ministry", "said", "One official"),
    ("People familiar with the talks", "said", "One of them")])
def test_he_just_after_one_member_of_a_group_is_that_member_credited_to_the_group(group, cue, member):
    profile = profile_of((f"{group} {cue} shifts are posted late.", CLAIM, {"source": [group], "cue": [cue]}),
                         (f"{member} said supervisors had been told to keep the numbers green.", CLAIM,
                          {"source": [member.rstrip(",")], "cue": ["said"]}),
                         ("He said two colleagues had fainted.", CLAIM, {"source": ["He"], "cue": ["said"]}))
    assert profile["credits"] == [group.lower()] * 3


def test_he_or_she_after_one_member_of_a_group_named_as_of_the_other_sex_is_not_that_member():
    # before, "She" after "One worker, Tomas Vell," was credited to him
    profile = profile_of(("Workers at the textile plant say shifts are posted late.", CLAIM,
                          {"source": ["Workers at the textile plant"], "cue": ["say"]}),
                         ("One worker, Tomas Vell, said supervisors had been told to keep the numbers green.", CLAIM,
                          {"source": ["One worker, Tomas Vell"], "cue": ["said"]}),
                         ("She said two colleagues had fainted.", CLAIM, {"source": ["She"], "cue": ["said"]}))
    assert profile["credits"] == ["workers at the textile plant", "tomas vell", None]


@pytest.mark.parametrize(("asked", "spokesperson"), [
    ("We put your comments to the health board this morning.", "health board spokesperson"),
    ("The Gazette contacted Northline Rail for comment.", "northline rail spokesperson"),
    ("We put these claims to Drayfield Textiles on Monday.", "drayfield textiles spokesperson"),
    ("Reporters asked the council to respond.", "council spokesperson")])
def test_a_nameless_spokesperson_just_after_the_writer_asked_a_body_for_comment_speaks_for_it(asked, spokesperson):
    profile = profile_of((asked, FACT, {}),
                         ("A spokesman said it stood by the figures.", DENIAL,
                          {"source": ["A spokesman"], "cue": ["said"]}))
    assert profile["credits"] == [None, spokesperson]


@pytest.mark.parametrize("called", ["Opposition leaders called on the government to respond.",
                                    "Campaigners called for the council to respond."])
def test_a_body_others_call_on_to_respond_is_no_body_the_writer_asked_for_comment(called):
    profile = profile_of((called, FACT, {}),
                         ("A spokesman said it stood by the figures.", DENIAL,
                          {"source": ["A spokesman"], "cue": ["said"]}))
    assert profile["credits"] == [None, "spokesperson"]


@pytest.mark.parametrize("asked", ["We emailed both parties for comment.",
                                   "We contacted the two companies for comment."])
def test_many_bodies_asked_for_comment_are_no_body_a_spokesperson_speaks_for(asked):
    # before, "A spokesman said" after them was "both parties spokesperson", "two companies spokesperson"
    profile = profile_of((asked, FACT, {}), ("A spokesman said it stood by the figures.", DENIAL,
                                             {"source": ["A spokesman"], "cue": ["said"]}))
    assert profile["credits"] == [None, "spokesperson"]


@pytest.mark.parametrize("asked", ["We asked Tomasz Wrobel for comment.", "We contacted Wrobel's lawyers for comment.",
                                   "The Gazette asked the council leader to respond."])
def test_a_person_asked_for_comment_is_no_body_a_spokesperson_speaks_for(asked):
    profile = profile_of((asked, FACT, {}),
                         ("A spokesman said it stood by the figures.", DENIAL,
                          {"source": ["A spokesman"], "cue": ["said"]}))
    assert profile["credits"] == [None, "spokesperson"]


@pytest.mark.parametrize("responded", ["Northline has responded.", "08:42 Northline has responded.",
                                       "Northline did not respond to a request for comment."])
def test_a_nameless_spokesperson_after_a_company_by_its_short_name_acted_speaks_for_that_company(responded):
    profile = profile_of(("Only one train in five ran, according to Northline Rail.", CLAIM,
                          {"cue": ["according to"], "source": ["Northline Rail"]}),
                         (responded, FACT, {}),
                         ("A spokesperson said the company had made a fair offer.", DENIAL,
                          {"source": ["A spokesperson"], "cue": ["said"]}), gap="\n\n")
    assert profile["credits"] == ["northline rail", None, "northline rail spokesperson"]


FINDING = ("Brightway Logistics hired 90 temporary workers during the strike, in breach of the law, the inspectorate "
           "found.", CLAIM, {"source": ["the inspectorate"], "cue": ["found"]})
STAFF_BOOKED = ("A company spokeswoman said the staff had been booked before the strike.", DENIAL,
                {"source": ["A company spokeswoman"], "cue": ["said"]})


@pytest.mark.parametrize("appeal", ["Brightway said it would appeal.", "Brightway Logistics said it would appeal."])
def test_a_company_spokesperson_denying_after_the_accused_company_s_own_claim_speaks_for_it(appeal):
    profile = profile_of(FINDING, (appeal, CLAIM, {"source": [appeal.partition(" said")[0]], "cue": ["said"]}),
                         STAFF_BOOKED)
    assert profile["credits"] == ["inspectorate", "brightway logistics", "brightway logistics spokesperson"]
    assert profile["denials"] == [{"denial": 2, "source": "brightway logistics spokesperson", "allegation": 0}]


def test_a_company_spokesperson_denying_after_a_company_s_claim_no_one_accused_it_of_is_still_nameless():
    profile = profile_of(("Tarnside Haulage said drivers had blocked its depot.", CLAIM,
                          {"source": ["Tarnside Haulage"], "cue": ["said"]}), STAFF_BOOKED)
    assert profile["credits"] == ["tarnside haulage", "company spokesperson"]


@pytest.mark.parametrize("subject", ["Drayfield", "Drayfield Textiles"])
def test_its_role_after_a_first_main_clause_whose_subject_is_a_company_serves_that_company(subject):
    profile = profile_of(
        ("The mill's owner, Drayfield Textiles, disputes that picture.", DENIAL,
         {"source": ["The mill's owner, Drayfield Textiles"], "cue": ["disputes"]}),
        ("Some shop owners worry the mill will close.", CLAIM, {"source": ["Some shop owners"], "cue": ["worry"]}),
        (f"{subject} has not said it will, but its chief executive told investors that every site is under review.",
         CLAIM, {"source": ["its chief executive"], "cue": ["told"]}))
    assert profile["credits"][-1] == "drayfield textiles's chief executive"


@pytest.mark.parametrize(("minister", "owned"), [("Employment Minister Bruno Castel", "His ministry"),
                                                 ("Bruno Castel, the employment minister,", "His department")])
@pytest.mark.parametrize("cut", [False, True])
def test_his_ministry_after_a_minister_spoke_is_that_minister_s_not_a_bare_ministry(minister, owned, cut):
    # the span may hold the noun alone, cut off its "His" ("ministry"), as "office" of "Her office" may be
    profile = profile_of(
        (f"{minister} said the bill protects the public.", CLAIM, {"source": [minister.rstrip(",")], "cue": ["said"]}),
        ("The unions called it an attack.", CLAIM, {"source": ["The unions"], "cue": ["called"]}),
        (f"{owned} says workers will remain free to walk out.", DENIAL,
         {"source": [owned.split()[1] if cut else owned], "cue": ["says"]}))
    assert profile["credits"] == ["bruno castel", "unions", f"castel's {owned.split()[1]}"]


@pytest.mark.parametrize("host", ["PRESENTER", "HOST"])
def test_a_nameless_spokesperson_after_an_interviewer_put_comments_to_a_body_speaks_for_it(host):
    profile = profile_of((f"{host}: We put your comments to the health board this morning.", FACT, {}),
                         ("A spokesman said it stood by the chief executive's remarks.", DENIAL,
                          {"source": ["A spokesman"], "cue": ["said"]}), gap="\n\n")
    assert profile["credits"] == [host.lower(), "health board spokesperson"]
