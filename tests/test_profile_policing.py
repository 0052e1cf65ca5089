"""Credits, sources and denials in copy about policing and crime (audit a59a): police statements and appeals,
arrests and charges, suspects' lawyers and families answering, police watchdogs and complaints, crime statistics,
community leaders and unnamed officers; on hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, OPINION, profile_of


@pytest.mark.parametrize("owner, kind, body, credit", [
    ("Our", "police", "police", "police"), ("Your", "Police", "police", "police"), ("My", "Bank", "bank", "bank"),
    ("Our", "Ministry", "ministry", "ministry")])
def test_a_body_of_a_kind_owned_by_our_your_or_my_is_no_body_the_kind_s_bare_word_means(owner, kind, body, credit):
    profile = profile_of(
        (f"{owner} {kind} must earn back the trust of Amberley.", OPINION, {}),
        (f"The {body} say they responded within eleven minutes.", CLAIM,
         {"source": [f"The {body}"], "cue": ["say"]}),
    )
    assert profile["credits"] == [None, credit]


@pytest.mark.parametrize("named", ["The Eastmarch Constabulary", "Officers of the Eastmarch Constabulary"])
def test_the_force_after_a_constabulary_named_is_that_constabulary(named):
    profile = profile_of(
        (f"{named} arrested two men after a raid on a jewellery shop in Harlow Cross.", FACT, {}),
        ("A third man has been released on bail, the force said.", CLAIM,
         {"source": ["the force"], "cue": ["said"]}),
        ("The shop's owner, Anil Ruddock, said he had installed new shutters.", CLAIM,
         {"source": ["The shop's owner, Anil Ruddock"], "cue": ["said"]}),
        ("The force recorded 212 robberies last year, according to figures published by the force.", CLAIM,
         {"source": ["figures published by the force"], "cue": ["according to"]}),
    )
    assert profile["credits"] == [None, "eastmarch constabulary", "anil ruddock", "eastmarch constabulary"]


@pytest.mark.parametrize("sent, credit", [
    ("a statement from the Eastmarch Constabulary", "eastmarch constabulary"),
    ("an emailed statement from the Harlow Cross Tenants Forum", "harlow cross tenants forum"),
    ("a letter from the Pentagon", "pentagon"),
])
def test_a_statement_sent_from_a_capitalised_name_after_the_is_that_name_s(sent, credit):
    profile = profile_of(
        (f"Two men are due to appear in court on Tuesday, according to {sent}.", CLAIM,
         {"cue": ["according to"], "source": [sent]}),
    )
    assert profile["credits"] == [credit]



@pytest.mark.parametrize("sentence, speaker, where, credit", [
    ("Two unnamed officers quoted in the report said colleagues used racist language.", "Two unnamed officers",
     "the report", "two unnamed officers"),
    ("A former detective quoted by the Harlow Courier said the files were lost.", "A former detective",
     "the Harlow Courier", "former detective"),
    ("Three officers, cited in the inspectors' report, said the cells were unsafe.", "Three officers",
     "the inspectors' report", "three officers"),
    ("Residents interviewed by the council said the patrols had stopped.", "Residents", "the council", "residents"),
])
def test_whom_a_source_was_quoted_or_interviewed_by_is_no_speaker_the_one_quoted_speaks(
        sentence, speaker, where, credit):
    profile = profile_of(
        ("The Equal Streets Project published a report on Tuesday.", FACT, {}),
        (sentence, CLAIM, {"source": [speaker, where], "cue": ["said"]}),
    )
    assert profile["credits"] == [None, credit]


@pytest.mark.parametrize("named, later, credit", [
    ("Orwick Police", "The Orwick force", "orwick police"),
    ("the Eastmarch Constabulary", "The Eastmarch force", "eastmarch constabulary"),
    ("Orwick Police", "The Harlow force", "harlow force"),
])
def test_a_force_written_by_its_place_is_the_police_force_of_that_place_named_before(named, later, credit):
    profile = profile_of(
        (f"Kieran Bellamy died in a cell after he was arrested by {named} in 2016.", FACT, {}),
        ("His mother, Joan, said she still had no answers.", CLAIM, {"source": ["His mother, Joan"], "cue": ["said"]}),
        (f"{later} says its cells are now monitored by camera.", CLAIM, {"source": [later], "cue": ["says"]}),
    )
    assert profile["credits"][2] == credit


@pytest.mark.parametrize("speaker, credit", [("the commissioner on the Halvergate raid", "sandra okoro"),
                                             ("Lowmere Police on the Halvergate raid", "lowmere police")])
def test_a_speaker_after_a_headline_s_quotation_and_colon_is_who_speaks_without_the_topic_after_on(speaker, credit):
    profile = profile_of(
        (f'"We got it wrong": {speaker}', CLAIM, {"source": [speaker]}),
        ("Last spring armed officers raided the wrong flat in Halvergate.", FACT, {}),
        ("Commissioner Sandra Okoro of the Lowmere Police said the raid was a mistake.", CLAIM,
         {"source": ["Commissioner Sandra Okoro of the Lowmere Police"], "cue": ["said"]}),
        gap="\n\n",
    )
    assert profile["credits"] == [credit, None, "sandra okoro"]



@pytest.mark.parametrize("role, owner, credit", [
    ("The sergeant, who has since retired,", "His", "sergeant's lawyer"),
    ("The driver", "Her", "driver's lawyer"),
    ("Sergeant Tom Vale, who has since retired,", "His", "vale's lawyer"),
])
def test_his_or_her_lawyer_after_a_person_known_by_a_role_alone_who_just_spoke_is_that_person_s_lawyer(
        role, owner, credit):
    profile = profile_of(
        ("The family's solicitor said the custody records had been altered.", CLAIM,
         {"source": ["The family's solicitor"], "cue": ["said"]}),
        (f"{role} has always denied wrongdoing.", DENIAL, {"source": [role.split(",")[0]], "cue": ["denied"]}),
        (f"{owner} lawyer said the procedures had been followed.", DENIAL,
         {"source": [f"{owner} lawyer"], "cue": ["said"]}),
    )
    assert profile["credits"][2] == credit


@pytest.mark.parametrize("titled", ["Chief Constable Martin Ebbs", "Kesworth Chief Constable Martin Ebbs"])
def test_a_title_of_a_body_before_the_copy_names_its_holder_is_that_holder(titled):
    # before, "The chief constable of Kesworth Police" and "Chief Constable Martin Ebbs" two sentences later were two
    # sources for one person
    rows = (("The chief constable of Kesworth Police rejected the report.", DENIAL,
             {"source": ["The chief constable of Kesworth Police"], "cue": ["rejected"]}),
            ("Officers had been cleared by an earlier review.", FACT, {}),
            (f"{titled} said the force would cooperate.", CLAIM, {"source": [titled], "cue": ["said"]}))
    profile = profile_of(*rows)
    assert profile["credits"] == ["martin ebbs", None, "martin ebbs"]
    assert [s["source"] for s in profile["sources"]] == ["martin ebbs"]
    # not where two people were named with that title, nor by one word of title with no word of the body
    other = ("Chief Constable Ria Holt took over in May.", CLAIM, {"source": ["Chief Constable Ria Holt"]})
    assert profile_of(*rows, other)["credits"][0] == "chief constable of kesworth police"
    president = (("The president of the Kesworth Chamber rejected the report.", DENIAL,
                  {"source": ["The president of the Kesworth Chamber"], "cue": ["rejected"]}),
                 ("President Tom Vask said the force would cooperate.", CLAIM,
                  {"source": ["President Tom Vask"], "cue": ["said"]}))
    assert profile_of(*president)["credits"] == ["president of the kesworth chamber", "tom vask"]


@pytest.mark.parametrize("body, key", [
    ("The Independent Office for Police Standards (IOPS)", "independent office for police standards"),
    ("The Office for Police Conduct", "office for police conduct")])
def test_the_watchdog_after_an_office_for_what_it_oversees_acting_is_that_office(body, key):
    # before, a body named "Office for ..." with words before its head was noted as no body when it acted crediting
    # no one, so "The watchdog said" after it was a source of its own
    watchdog = ("The watchdog said the officers had been served notices.", CLAIM,
                {"source": ["The watchdog"], "cue": ["said"]})
    assert profile_of((f"{body} opened an inquiry.", FACT, {}), watchdog)["credits"] == [None, key]
    # an office named for what it runs, not what it oversees, is no watchdog
    assert profile_of(("The Office for Harbour Works opened an inquiry.", FACT, {}), watchdog)["credits"] == [
        None, "watchdog"]


@pytest.mark.parametrize("body", ["The Campaign for Police Standards", "The Centre for Police Standards",
                                  "The Police Standards Campaign"])
def test_the_watchdog_after_a_civic_body_named_for_a_cause_alone_is_no_part_of_it(body):
    # before, any civic-named body passed "the watchdog", so the campaign and the watchdog were one source
    watchdog = ("The watchdog said the officers had been served notices.", CLAIM,
                {"source": ["The watchdog"], "cue": ["said"]})
    credited = (f"{body} said the force had misled the inquiry.", CLAIM, {"source": [body], "cue": ["said"]})
    assert profile_of(credited, watchdog)["credits"][1] == "watchdog"
    # one whose name or description says it watches, or that the copy calls a watchdog, is the watchdog still
    for named, key in (("Civic Watch Network", "civic watch network"), ("Police Watch", "police watch"),
                       ("Fair Tech, a consumer watchdog,", "fair tech"),
                       ("The police watchdog Open Ledger", "open ledger")):
        credited = (f"{named} said the force had misled the inquiry.", CLAIM, {"source": [named], "cue": ["said"]})
        assert profile_of(credited, watchdog)["credits"] == [key, key], named
