"""Credits, sources and denials in copy on technology platforms and artificial intelligence (audit a63b): content
moderation rows, AI model launches and safety claims, privacy regulators' fines, antitrust complaints, app-store
disputes and leaked internal documents; on hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of

RESEARCHERS_FIND = ("Analysts at Tessel Digital say the Atlas-4 model can be tricked into writing malware.", CLAIM,
                    {"source": ["Analysts at Tessel Digital"], "cue": ["say"]})


@pytest.mark.parametrize("company", ["The company", "The firm"])
def test_the_company_in_a_denial_after_another_denied_a_firm_s_staff_s_claim_is_not_that_firm(company):
    # before, "The company said" was the analysts' firm, the accuser, though Corvane had just dismissed its claim
    profile = profile_of(RESEARCHERS_FIND,
                         ("Corvane dismissed the findings as a stunt.", DENIAL,
                          {"source": ["Corvane"], "cue": ["dismissed"]}),
                         (f"{company} said the prompts had been patched within days.", DENIAL,
                          {"source": [company], "cue": ["said"]}))
    assert profile["credits"] == ["analysts at tessel digital", "corvane", "corvane"]


def test_the_company_in_a_denial_with_no_other_denier_since_is_still_the_firm_whose_staff_spoke():
    profile = profile_of(RESEARCHERS_FIND,
                         ("The company denied that any customer data had been exposed.", DENIAL,
                          {"source": ["The company"], "cue": ["denied"]}))
    assert profile["credits"] == ["analysts at tessel digital"] * 2


@pytest.mark.parametrize("staff, joins", [("Researchers at the Halvorsen Institute for Machine Ethics", False),
                                          ("Scientists at the Orla Centre for Applied Robotics", False),
                                          ("Engineers at Tessel Tools for Business", True)])
def test_the_company_is_no_institute_whose_staff_spoke_though_its_field_after_for_ends_in_a_firm_s_word(staff, joins):
    # before, "the Halvorsen Institute for Machine Ethics" was read by its last word, "ethics", as a firm's name, so
    # "The company" joined the researchers
    profile = profile_of((f"{staff} say the Atlas-4 model can be tricked into writing malware.", CLAIM,
                          {"source": [staff], "cue": ["say"]}),
                         ("The company said it would study the paper.", CLAIM,
                          {"source": ["The company"], "cue": ["said"]}))
    assert (profile["credits"][1] == profile["credits"][0]) is joins


WATER_TRUST_ESTIMATES = ("A report by the Ashby Water Trust estimated that the data centre could draw 1.5 million "
                         "litres of river water a day.", CLAIM,
                         {"source": ["A report by the Ashby Water Trust"], "cue": ["estimated"]})


@pytest.mark.parametrize("officer", ["The company's planning director, Hannah Greaves,",
                                     "Hannah Greaves, the firm's planning director,"])
def test_a_denial_answers_no_claim_of_the_denier_s_own_officer_written_with_the_company_s(officer):
    # before, "the company's" found no source whose name ends in "company", so Greaves served no one and Ferrox's
    # denial answered her account of its own offer
    profile = profile_of(WATER_TRUST_ESTIMATES,
                         ("Ferrox rejected the estimate as wildly exaggerated.", DENIAL,
                          {"source": ["Ferrox"], "cue": ["rejected"]}),
                         (f"{officer} told the meeting that Ferrox had offered to fund a sports pitch.", CLAIM,
                          {"source": [officer.strip(",")], "cue": ["told"]}),
                         ("Ferrox denied that the centre would take water from the river.", DENIAL,
                          {"source": ["Ferrox"], "cue": ["denied"]}))
    assert profile["denials"][-1] == {"denial": 3, "source": "ferrox", "allegation": 0}


def test_the_company_s_officer_after_a_civic_body_s_claim_does_not_speak_for_that_body():
    profile = profile_of(("Clearwater Watch said the quarry had drained the village wells.", CLAIM,
                          {"source": ["Clearwater Watch"], "cue": ["said"]}),
                         ("The company's chief executive, Tom Ash, said the wells were full.", CLAIM,
                          {"source": ["The company's chief executive, Tom Ash"], "cue": ["said"]}),
                         ("Clearwater Watch rejected that.", DENIAL,
                          {"source": ["Clearwater Watch"], "cue": ["rejected"]}))
    assert profile["denials"] == [{"denial": 2, "source": "clearwater watch", "allegation": 1}]


@pytest.mark.parametrize("named, credit", [("A lawyer for the studio, Desmond Achterberg,", "desmond achterberg"),
                                           ("An attorney for the platform, Ines Vold,", "ines vold"),
                                           ("A lawyer for the developer, Ines Vold,", "lawyer for ines vold")])
def test_a_name_after_a_lawyer_for_a_studio_or_platform_is_the_lawyer_s(named, credit):
    # before, a studio or a platform was read as a person the lawyer acts for, so the name was the studio's:
    # "lawyer for desmond achterberg"; a developer may be a person, and stays so
    profile = profile_of(("Brightmoor denied breaking the agreement.", DENIAL,
                          {"source": ["Brightmoor"], "cue": ["denied"]}),
                         (f"{named} said it was considering legal action.", CLAIM,
                          {"source": [named.rstrip(",")], "cue": ["said"]}))
    assert profile["credits"] == ["brightmoor", credit]


QUARRYSTONE_REJECTS = ("Quarrystone rejected the coalition's claims.", DENIAL,
                       {"source": ["Quarrystone"], "cue": ["rejected"]})


@pytest.mark.parametrize("sentence, credit", [
    ("Players reacted angrily on forums, saying they had lost access to purchases.", "players"),
    ("Players reacted angrily on forums, with some saying they had lost access to purchases.", "players"),
    ("Some parents complained on forums, saying the settings kept changing.", "some parents"),
    # no group of people opens it: the account going on, as before
    ("Prices rose sharply, with some saying the rise was overdue.", "quarrystone"),
])
def test_an_unnamed_group_opening_a_sentence_speaks_in_a_participle_after_its_clause(sentence, credit):
    # before, the group was no subject, and its complaint went on with Quarrystone's denial before it
    profile = profile_of(QUARRYSTONE_REJECTS, (sentence, CLAIM, {"cue": ["saying"]}))
    assert profile["credits"] == ["quarrystone", credit]


@pytest.mark.parametrize("silent, credit", [
    ("Kelby University did not respond to a request for comment.", "kelby university spokesperson"),
    ("The University of Kelby has not yet responded.", "university of kelby spokesperson"),
    ("Harlow General Hospital declined to comment.", "harlow general hospital spokesperson"),
    ("Tom Church declined to comment.", "spokesperson"),  # a person lends no one
])
def test_a_spokesperson_after_a_university_or_hospital_kept_silent_is_its_spokesperson(silent, credit):
    # before, a university's or hospital's name said no body's kind, and "A spokesperson" was nobody's
    profile = profile_of(("Featherstone said the trial of the AI tutor was flawed.", CLAIM,
                          {"source": ["Featherstone"], "cue": ["said"]}),
                         (silent, FACT, {}),
                         ("A spokesperson said the panel had reviewed the trial's design.", CLAIM,
                          {"source": ["A spokesperson"], "cue": ["said"]}))
    assert profile["credits"] == ["featherstone", None, credit]


@pytest.mark.parametrize("asked", ["We did ask Tessel Labs for a comment.", "We did contact Tessel Labs for comment."])
def test_a_spokesperson_after_the_writer_did_ask_a_body_for_comment_is_its_spokesperson(asked):
    # before, only "asked" or "contacted" named the body asked, and "A spokesperson" was nobody's
    profile = profile_of(("Featherstone said the trial of the AI tutor was flawed.", CLAIM,
                          {"source": ["Featherstone"], "cue": ["said"]}),
                         (asked, FACT, {}),
                         ("A spokesperson said the panel had reviewed the trial's design.", CLAIM,
                          {"source": ["A spokesperson"], "cue": ["said"]}))
    assert profile["credits"] == ["featherstone", None, "tessel labs spokesperson"]


@pytest.mark.parametrize("document", ["slide presentation", "memo", "briefing", "slide deck", "dossier", "audit"])
def test_the_document_prepared_by_a_body_is_that_body_s_when_named_again(document):
    warned = (f"A {document} prepared by the company's research division warned that teenagers were at risk.", CLAIM,
              {"source": [f"A {document} prepared by the company's research division"], "cue": ["warned"]})
    noun = document.split()[-1]
    again = (f"Usage had doubled in a year, the {noun} said.", CLAIM, {"source": [f"the {noun}"], "cue": ["said"]})
    assert profile_of(warned, again)["credits"] == ["company's research division"] * 2
    # a document of another noun, or one a newspaper obtained, is not the division's
    other = ("Usage had doubled in a year, the report said.", CLAIM, {"source": ["the report"], "cue": ["said"]})
    assert profile_of(warned, other)["credits"][1] == "report"
    obtained = (f"A {document} obtained by the Harlow Ledger warned that teenagers were at risk.", CLAIM,
                {"source": [f"A {document} obtained by the Harlow Ledger"], "cue": ["warned"]})
    assert profile_of(obtained, again)["credits"][1] != "harlow ledger"


def test_the_company_is_a_firm_whose_name_ends_in_labs_named_only_after_sold_by():
    sold = ("The app is sold by Sonara Labs, which launched it in May.", FACT, {})
    says = ("Sonara says the app is safe.", DENIAL, {"source": ["Sonara"], "cue": ["says"]})
    insists = ("The company insists it meets every rule.", DENIAL, {"source": ["The company"], "cue": ["insists"]})
    assert profile_of(sold, says, insists)["credits"] == [None, "sonara labs", "sonara labs"]
    # a university's lab, one "Lab", is no company
    lab = ("The chip was designed at the Vell Lab, part of Kessel University.", FACT, {})
    vell = ("Vell Lab says the chip is safe.", DENIAL, {"source": ["Vell Lab"], "cue": ["says"]})
    assert profile_of(lab, vell, insists)["credits"] == [None, "vell lab", "company"]


@pytest.mark.parametrize("answered", ["Pellico has responded.", "Pellico has since replied.",
                                      "Pellico issued a statement on Tuesday."])
def test_a_one_word_name_answering_is_the_body_whose_statement_or_spokesperson_follows(answered):
    statement = ("A company statement said the app met every rule.", DENIAL,
                 {"source": ["A company statement"], "cue": ["said"]})
    spokesperson = ("A spokesperson said the app met every rule.", DENIAL,
                    {"source": ["A spokesperson"], "cue": ["said"]})
    assert profile_of((answered, FACT, {}), statement)["credits"] == [None, "pellico"]
    assert profile_of((answered, FACT, {}), spokesperson)["credits"] == [None, "pellico spokesperson"]
    # no firm: a person named before by that surname, a given name, a state, an indefinite pronoun
    vask = (("Tom Vask criticised the app.", FACT, {}), ("Vask has responded.", FACT, {}), spokesperson)
    assert profile_of(*vask)["credits"][2] == "spokesperson"
    for word in ("Maria", "France", "Nobody"):
        assert profile_of((f"{word} has responded.", FACT, {}), spokesperson)["credits"][1] == "spokesperson"



@pytest.mark.parametrize("part", ["Management", "Leadership"])
def test_a_body_s_own_part_answering_is_no_firm_a_company_statement_means(part):
    # before, "Management has responded." made a firm "management", and "A company statement" became that firm's
    statement = ("A company statement said the app met every rule.", DENIAL,
                 {"source": ["A company statement"], "cue": ["said"]})
    spokesperson = ("A spokesperson said the app met every rule.", DENIAL,
                    {"source": ["A spokesperson"], "cue": ["said"]})
    assert profile_of((f"{part} has responded.", FACT, {}), statement)["credits"] == [None, "company"]
    assert profile_of((f"{part} has responded.", FACT, {}), spokesperson)["credits"] == [None, "spokesperson"]


@pytest.mark.parametrize("role", ["head of policy for Europe", "head of policy", "chief executive",
                                  "director in France", "spokesman for Europe"])
def test_a_surname_joins_a_full_name_set_after_a_role_of_a_field_though_that_sentence_was_not_credited(role):
    posted = (f"Pellico's {role}, Lionel Braithe, has just posted a long message on the dispute.", FACT, {})
    wrote = ("The fines are unfair, Braithe wrote.", DENIAL, {"source": ["Braithe"], "cue": ["wrote"]})
    assert profile_of(posted, wrote)["credits"] == [None, "lionel braithe"]
    # a field's words after "of" make no role of a word that is none ("Pellico's law of averages, ...")
    averages = ("By Pellico's law of averages, Lionel Braithe, the fines were fair.", FACT, {})
    assert profile_of(averages, wrote)["credits"] == [None, "braithe"]
    # nor does a place after a word that is none ("Pellico's plant in France, ...")
    plant = ("At Pellico's plant in France, Lionel Braithe, the fines were fair.", FACT, {})
    assert profile_of(plant, wrote)["credits"] == [None, "braithe"]


@pytest.mark.parametrize("role", ["head of policy", "director", "head of policy for Europe"])
def test_a_surname_joins_a_full_name_set_before_an_owner_s_role_though_that_sentence_was_not_credited(role):
    """The name first, the owner's role after it between commas, writes a person as "a" or "the" before the role
    does (before: only those; "Lionel", no known given name, named no person and "braithe" was a source apart)."""
    posted = (f"Lionel Braithe, Pellico's {role}, has just posted a long message on the dispute.", FACT, {})
    wrote = ("The fines are unfair, Braithe wrote.", DENIAL, {"source": ["Braithe"], "cue": ["wrote"]})
    assert profile_of(posted, wrote)["credits"] == [None, "lionel braithe"]
    # a thing the owner owns is no role: no person
    mine = ("Crane Hollow, Pellico's new mine, opened on Monday.", FACT, {})
    safe = ("The site is safe, Hollow wrote.", CLAIM, {"source": ["Hollow"], "cue": ["wrote"]})
    assert profile_of(mine, safe)["credits"] == [None, "hollow"]


@pytest.mark.parametrize("officer", ["Its chief technology officer Wendell Ashdown",
                                     "Wendell Ashdown, its chief technology officer,",
                                     "Chief technology officer Wendell Ashdown"])
def test_a_firm_s_officer_after_its_denial_is_on_its_side_not_an_accuser(officer):
    """An officer named after a firm's denial, by "its" or by a firm officer's title alone, speaks for the firm: the
    firm's later denial answers the accuser, not its own officer's account (before: "chief technology officer" was
    no speaking role, so the officer served no firm and its claim was the allegation)."""
    accusation = ("A watchdog group, Data Harbour, said the maker of fitness trackers had sold user data to "
                  "advertisers.", CLAIM, {"source": ["A watchdog group, Data Harbour"], "cue": ["said"]})
    denial = ("Tessel Labs denied the report.", DENIAL, {"source": ["Tessel Labs"], "cue": ["denied"]})
    account = (f"{officer} said in a press release that the user data was kept on servers in Norway.", CLAIM,
               {"source": [officer], "cue": ["said"]})
    later = ("Tessel Labs also denied that user data had been sold to advertisers.", DENIAL,
             {"source": ["Tessel Labs"], "cue": ["denied"]})
    profile = profile_of(accusation, denial, account, later)
    assert profile["credits"] == ["data harbour", "tessel labs", "wendell ashdown", "tessel labs"]
    assert [pair["allegation"] for pair in profile["denials"]] == [0, 0]


def test_an_officer_by_title_alone_after_an_accuser_s_claim_serves_no_accuser():
    """After a claim, not the firm's own denial, an officer by title alone may be the accused's: his denial answers
    that claim."""
    accusation = ("A watchdog group, Data Harbour, said the maker of fitness trackers had sold user data to "
                  "advertisers.", CLAIM, {"source": ["A watchdog group, Data Harbour"], "cue": ["said"]})
    officer = ("Chief technology officer Wendell Ashdown denied that any user data had been sold.", DENIAL,
               {"source": ["Chief technology officer Wendell Ashdown"], "cue": ["denied"]})
    assert [pair["allegation"] for pair in profile_of(accusation, officer)["denials"]] == [0]


@pytest.mark.parametrize("name", ["Washington", "Labour", "London"])
def test_a_capital_or_a_party_answering_is_no_firm_a_company_statement_means(name):
    """A capital standing for its government, or a party by its one-word name, answers as a state does ("France has
    responded."): no firm (before: a firm "washington" or "labour", whose "company statement" and spokesperson
    followed); a one-word firm still is one."""
    statement = ("A company statement said the tariffs were unfair.", CLAIM,
                 {"source": ["A company statement"], "cue": ["said"]})
    spokesperson = ("A spokesperson said the tariffs were unfair.", CLAIM,
                    {"source": ["A spokesperson"], "cue": ["said"]})
    assert profile_of((f"{name} has responded.", FACT, {}), statement)["credits"] == [None, "company"]
    assert profile_of((f"{name} has responded.", FACT, {}), spokesperson)["credits"] == [None, "spokesperson"]
    assert profile_of(("Pellico has responded.", FACT, {}), statement)["credits"] == [None, "pellico"]
