"""Credits in entertainment and media-industry copy (audit a60d): broadcasters, labels and studios named and then
described, on hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


@pytest.mark.parametrize("broadcaster", ["Castlegate TV", "Ravenline Radio", "Orrin Television", "Kessel Channel"])
@pytest.mark.parametrize("noun", ["broadcaster", "network"])
def test_a_broadcaster_named_by_its_trade_s_last_word_is_the_broadcaster_described_after_it(broadcaster, noun):
    # before, "Castlegate TV" read as a person's name by its capitals, and "the broadcaster" stayed a source apart
    profile = profile_of(
        (f"{broadcaster} rejected the complaints about the interview.", DENIAL,
         {"source": [broadcaster], "cue": ["rejected"]}),
        (f"The {noun} said the questions had been agreed beforehand.", DENIAL,
         {"source": [f"The {noun}"], "cue": ["said"]}))
    assert profile["credits"] == [broadcaster.lower()] * 2
    assert [s["source"] for s in profile["sources"]] == [broadcaster.lower()]


@pytest.mark.parametrize("firm", ["Bluefin Productions", "Halcyon Entertainment"])
def test_a_producer_or_entertainment_firm_is_a_company_its_first_word_and_the_company_mean(firm):
    # before, "Bluefin Productions" read as a person's name: "Bluefin denies that" credited no one, "the company" itself
    first = firm.split()[0]
    profile = profile_of(
        (f"{firm} has apologised to the actor.", CLAIM, {}),
        ("Jonah Marsh said the questions had been agreed with the actor's team.", CLAIM,
         {"source": ["Jonah Marsh"], "cue": ["said"]}),
        (f"{first} denies that.", DENIAL, {"cue": ["denies"]}),
        ("The company said no list of questions was ever agreed.", DENIAL,
         {"source": ["The company"], "cue": ["said"]}))
    assert profile["credits"] == [None, "jonah marsh", firm.lower(), firm.lower()]


@pytest.mark.parametrize("broadcaster", ["Castlegate TV", "Castlegate Television", "Castlegate Radio",
                                         "Castlegate News"])
@pytest.mark.parametrize("credited", [True, False])
def test_a_broadcaster_s_first_word_alone_is_the_broadcaster(broadcaster, credited):
    # before, "Castlegate" alone was a source of its own beside the broadcaster it shortens
    first = (f"{broadcaster} said the claims were false.", DENIAL, {"source": [broadcaster], "cue": ["said"]})
    profile = profile_of(
        first if credited else (f"{broadcaster} has responded to the claims.", FACT, {}),
        ("Castlegate denies that the interview was edited.", DENIAL, {"source": ["Castlegate"], "cue": ["denies"]}),
    )
    key = broadcaster.lower()
    assert profile["credits"] == [key if credited else None, key]


@pytest.mark.parametrize("body, noun", [("The Castlegate Complaints Unit", "the unit"),
                                        ("The Harlow Licensing Unit", "the unit")])
def test_the_unit_after_a_working_body_named_as_a_subject_is_that_body_and_its_full_name_joins_it(body, noun):
    # before, "the unit" was a source "unit" of its own, beside the body's full name credited later
    profile = profile_of(
        (f"{body} upheld the complaint on Monday.", FACT, {}),
        (f"The programme broke the rules, {noun} said.", CLAIM, {"source": [noun], "cue": ["said"]}),
        (f"Later {body[4:]} said the error was serious.", CLAIM, {"source": [body[4:]], "cue": ["said"]}),
    )
    key = body[4:].lower()
    assert profile["credits"] == [None, key, key]
    assert [s["source"] for s in profile["sources"]] == [key]


@pytest.mark.parametrize("state, broadcaster", [("Moscow", "Moscow Radio"), ("Ukraine", "Ukraine TV")])
def test_a_state_s_broadcaster_named_after_its_country_or_capital_is_not_the_state_its_first_word_names(
        state, broadcaster):
    profile = profile_of(
        (f"{broadcaster} reported that troops had crossed the border.", CLAIM,
         {"source": [broadcaster], "cue": ["reported"]}),
        (f"{state} denied that its troops had crossed the border.", DENIAL, {"source": [state], "cue": ["denied"]}))
    assert profile["credits"] == [broadcaster.lower(), state.lower()]


@pytest.mark.parametrize("noun", ["agency", "label", "studio", "publisher", "talent agency"])
def test_a_body_s_noun_after_the_with_its_name_set_after_it_between_commas_is_that_name(noun):
    # before, "the agency" was a source "agency" of its own, beside "Priory Talent" credited next
    profile = profile_of(
        (f"In a statement, the {noun}, Priory Talent, said Ms Moreau had never met him.", DENIAL,
         {"source": [f"the {noun}"], "cue": ["said"]}),
        ("Priory Talent added that it was considering legal action.", DENIAL,
         {"source": ["Priory Talent"], "cue": ["added"]}))
    assert profile["credits"] == ["priory talent"] * 2
    assert [s["source"] for s in profile["sources"]] == ["priory talent"]


def test_a_person_named_after_a_body_s_noun_between_commas_is_not_taken_as_the_body():
    profile = profile_of(
        ("In a statement, the agency, Tom Vell, said Ms Moreau had never met him.", DENIAL,
         {"source": ["the agency"], "cue": ["said"]}),)
    assert profile["credits"] == ["agency"]


@pytest.mark.parametrize("allegation, cue", [
    ("Agnes Marlowe alleges that Crestline Records breached her contract.", "alleges"),
    ("Agnes Marlowe claims that Crestline Records owes her royalties.", "claims"),
    ("Agnes Marlowe is suing Crestline Records over unpaid royalties.", "is suing")])
@pytest.mark.parametrize("noun", ["label", "company"])
def test_a_firm_named_after_alleges_that_or_suing_is_the_one_a_later_description_means(allegation, cue, noun):
    # before, only "accused" or "sued" before the firm's name made it the one "the label" or "the company" meant
    profile = profile_of(
        (allegation, CLAIM, {"source": ["Agnes Marlowe"], "cue": [cue]}),
        ("Crestline's lawyers have rejected the figure.", DENIAL,
         {"source": ["Crestline's lawyers"], "cue": ["have rejected"]}),
        (f"In a filing of its own, the {noun} argued that streaming was not covered.", DENIAL,
         {"source": [f"the {noun}"], "cue": ["argued"]}))
    assert profile["credits"][2] == "crestline records"



@pytest.mark.parametrize("kin", ["The family of soap actor Ryan Tasker", "The widow of soap actor Ryan Tasker",
                                 "The parents of Keldon-born singer Ana Ruiz"])
def test_a_person_s_family_or_friends_named_with_of_and_the_person_s_trade_are_not_the_person(kin):
    # before, the role in lower case made the name after it the source: the family's words were Ryan Tasker's own
    profile = profile_of(
        (f"{kin} have hit out at a magazine over claims that he had an affair.", DENIAL,
         {"source": [kin], "cue": ["have hit out"]}),
        ("Ryan Tasker said nothing.", FACT, {}))
    assert profile["credits"] == [kin.removeprefix("The ").lower(), None]


def test_a_lawyer_s_for_and_a_spokesman_for_a_titled_person_keep_their_reading():
    profile = profile_of(
        ("A spokesman for Senator Ana Ruiz denied the claims.", DENIAL,
         {"source": ["A spokesman for Senator Ana Ruiz"], "cue": ["denied"]}),
        ("A lawyer for actor Tom Vell said the suit was baseless.", DENIAL,
         {"source": ["A lawyer for actor Tom Vell"], "cue": ["said"]}))
    assert profile["credits"] == ["ana ruiz", "lawyer for actor tom vell"]


@pytest.mark.parametrize("addressed", ["Clare, the assistant, Rosa Linden", "Clare, Rosa Linden"])
def test_a_given_name_addressed_before_a_source_named_in_full_is_not_the_source(addressed):
    # before, "Clare", whom the correspondent answered, was the source, and "She" after it Clare too
    profile = profile_of(
        (f"{addressed}, says she wrote at least eight chapters of the novel.", CLAIM,
         {"source": [addressed], "cue": ["says"]}),
        ("She told a podcast this week that he gave her outlines.", CLAIM, {"source": ["She"], "cue": ["told"]}))
    assert profile["credits"] == ["rosa linden"] * 2


def test_a_surname_joined_by_along_with_to_another_s_name_is_not_one_addressed():
    # before, "Bruning" was read as a given name addressed before "Attorney General Tom Pruitt", the sentence Pruitt's
    profile = profile_of(
        ("Attorney General Jon Bruning said the suit was sound.", CLAIM,
         {"source": ["Attorney General Jon Bruning"], "cue": ["said"]}),
        ("Bruning, along with Attorney General Tom Pruitt, argue that the levy is void.", CLAIM,
         {"source": ["Bruning, along with Attorney General Tom Pruitt"], "cue": ["argue"]}))
    assert profile["credits"] == ["jon bruning"] * 2


@pytest.mark.parametrize("named, credit", [("Linden, the assistant, Rosa Linden", "rosa linden"),
                                           ("Madonna, the singer", "madonna")])
def test_a_one_word_name_set_before_a_description_stays_the_source(named, credit):
    profile = profile_of(
        (f"{named}, says she wrote at least eight chapters of the novel.", CLAIM,
         {"source": [named], "cue": ["says"]}),)
    assert profile["credits"] == [credit]


def test_it_saying_in_a_liveblog_s_next_entry_goes_on_with_the_body_the_entry_before_credited():
    # before, the new entry's stamp ended the studio's account, and "It added" was no one's
    profile = profile_of(
        ("10:20 The studio behind the film, Sable Pictures, has issued a statement.", FACT, {}),
        ("10:21 Sable said it denies any involvement in any attempt to influence voting.", DENIAL,
         {"source": ["Sable"], "cue": ["said"]}),
        ("10:26 It added that the film had won on its merits.", DENIAL, {"cue": ["added"]}), gap="\n\n")
    assert profile["credits"] == [None, "sable pictures", "sable pictures"]


def test_a_liveblog_entry_after_a_person_s_is_no_one_s_though_it_says_or_names_no_one():
    profile = profile_of(
        ("10:21 Tom Vell said he was not surprised by the claims.", CLAIM, {"source": ["Tom Vell"], "cue": ["said"]}),
        ("10:26 It added that the film had won on its merits.", CLAIM, {"cue": ["added"]}),
        ("10:30 The results will stand.", CLAIM, {}), gap="\n\n")
    assert profile["credits"] == ["tom vell", None, None]


def test_a_liveblog_entry_whose_own_source_is_they_does_not_go_on_with_the_person_the_entry_before_credited():
    # before, an entry naming a source did not end the account, and "They" was read as Tom Vell
    profile = profile_of(
        ("10:21 Tom Vell said he was not surprised by the claims.", CLAIM, {"source": ["Tom Vell"], "cue": ["said"]}),
        ("10:26 They said the vote had been fair.", CLAIM, {"source": ["They"], "cue": ["said"]}), gap="\n\n")
    assert profile["credits"] == ["tom vell", None]


@pytest.mark.parametrize("clause", ["which reported", "which warned", "which argued"])
def test_a_relative_clause_reporting_after_an_outlet_s_name_credits_the_outlet(clause):
    # before, only "which said", "which claimed" and the like did: "which reported that" was no one's
    profile = profile_of(
        (f"The allegations first appeared in the trade magazine Reel Weekly, {clause} that two members had been "
         "offered holidays.", CLAIM, {"cue": [clause.split()[1]]}),)
    assert profile["credits"] == ["reel weekly"]


def test_a_person_who_reported_something_before_saying_is_still_the_one_who_says():
    profile = profile_of(
        ("Anna Vell, who reported the theft to police, said the car was gone.", CLAIM,
         {"source": ["Anna Vell"], "cue": ["said"]}),)
    assert profile["credits"] == ["anna vell"]


@pytest.mark.parametrize("accusation, cue", [
    ("Agnes Marlowe alleges that Crestline Records breached her contract.", "alleges"),
    ("Agnes Marlowe accused Crestline Records of breaching her contract.", "accused")])
def test_a_firm_s_first_word_and_its_name_accused_in_full_are_one_company_the_company_means(accusation, cue):
    # before, "Crestline" (of "Crestline's lawyers") and "Crestline Records" were two companies: "the company" neither
    profile = profile_of(
        (accusation, CLAIM, {"source": ["Agnes Marlowe"], "cue": [cue]}),
        ("Crestline's chief executive, Howard Penge, did not respond to requests for comment.", FACT, {}),
        ("A spokeswoman for the company said it did not comment on ongoing litigation.", DENIAL,
         {"source": ["A spokeswoman for the company"], "cue": ["said"]}))
    assert profile["credits"][2] == "crestline records spokesperson"


def test_a_firm_accused_in_full_and_another_s_first_word_leave_the_company_neither_s():
    profile = profile_of(
        ("Agnes Marlowe accused Halden Records of breaching her contract.", CLAIM,
         {"source": ["Agnes Marlowe"], "cue": ["accused"]}),
        ("Crestline's chief executive, Howard Penge, did not respond to requests for comment.", FACT, {}),
        ("A spokeswoman for the company said it did not comment on ongoing litigation.", DENIAL,
         {"source": ["A spokeswoman for the company"], "cue": ["said"]}))
    assert profile["credits"][2] == "company spokesperson"


@pytest.mark.parametrize("sentence, word", [
    ("The decision came three weeks after Northgate staged Bread and Circuses, a satire.", "Bread"),
    ("The novel The Savage Heart of the Sea won the prize in May.", "Savage")])
def test_a_capitalised_word_of_a_play_s_or_book_s_title_is_no_loaded_wording_of_the_writer(sentence, word):
    # before, "Bread" of the play's title counted as the writer's loaded "bread"
    assert profile_of((sentence, FACT, {"loaded": [word]}))["loaded_phrases"] == []


@pytest.mark.parametrize("sentence, word", [("Northgate staged a cruel satire of the council.", "cruel"),
                                            ("Police Slam Cruel Attack On Pensioner", "Cruel"),
                                            ("The vote unleashed Tyrant Vell and his allies on the council.", "Tyrant"),
                                            ("It was, frankly, Shameful.", "Shameful")])
def test_a_loaded_word_in_lower_case_alone_or_in_a_title_case_headline_stays_the_writer_s(sentence, word):
    assert profile_of((sentence, FACT, {"loaded": [word]}))["loaded_phrases"] == [
        {"text": word.lower(), "count": 1}]


@pytest.mark.parametrize("academy", ["Harrow Film Academy", "Kessel Academy of Music"])
def test_the_academy_is_the_one_academy_the_text_named_though_it_was_no_source(academy):
    # before, "the academy" was a source "academy" of its own
    profile = profile_of(
        (f"The {academy} has opened an inquiry into claims that votes were bought.", FACT, {}),
        ("The Guild of Screen Actors called for the results to be suspended.", CLAIM,
         {"source": ["The Guild of Screen Actors"], "cue": ["called for"]}),
        ("The academy rejected that call.", DENIAL, {"source": ["The academy"], "cue": ["rejected"]}))
    assert profile["credits"] == [None, "guild of screen actors", academy.lower()]


def test_the_academy_after_two_academies_is_neither():
    profile = profile_of(
        ("The Harrow Film Academy and the Orsk Academy of Arts have opened inquiries.", FACT, {}),
        ("The academy rejected that call.", DENIAL, {"source": ["The academy"], "cue": ["rejected"]}))
    assert profile["credits"] == [None, "academy"]


def test_a_headline_s_trade_noun_alone_is_the_one_body_of_that_trade_the_copy_names():
    # before, the headline's "studio" stayed a source of its own beside "halberd pictures"
    rows = [("Actor's claims false, studio denies", DENIAL, {"source": ["studio"], "cue": ["denies"]}),
            ("Halberd Pictures has rejected claims by actor Tom Vask that he was mistreated on set.", DENIAL,
             {"source": ["Halberd Pictures"], "cue": ["rejected"]}),
            ("Vask said he was made to work 18-hour days.", CLAIM, {"source": ["Vask"], "cue": ["said"]}),
            ("The claims are false, the studio said.", DENIAL, {"source": ["the studio"], "cue": ["said"]})]
    assert profile_of(*rows, gap="\n\n")["credits"] == ["halberd pictures", "halberd pictures", "tom vask",
                                                        "halberd pictures"]
    # two studios named, or a body whose name tells no such trade: the headline's noun stays its own
    rows[2] = ("Orsk Films said it had cut ties with Vask.", CLAIM, {"source": ["Orsk Films"], "cue": ["said"]})
    assert profile_of(*rows, gap="\n\n")["credits"][0] == "studio"
    rows[1:] = [("Halberd Media has rejected the claims.", DENIAL, {"source": ["Halberd Media"], "cue": ["rejected"]})]
    assert profile_of(*rows, gap="\n\n")["credits"][0] == "studio"
