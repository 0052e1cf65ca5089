"""Credits, sources and denials in cybersecurity copy (audit a60b): data breaches, ransomware at hospitals and
councils, security firms' threat reports and agencies' advisories, states accused of hacking and their denials; on
hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of

COUNCIL_DENIES = ("The council denied that the warnings were ignored.", DENIAL,
                  {"source": ["The council"], "cue": ["denied"]})


@pytest.mark.parametrize("named, council", [
    ("Hackers copied the file server of Dunmere City Council last week.", "dunmere city council"),
    ("A ransomware gang attacked Harlow Borough Council on Sunday.", "harlow borough council"),
])
def test_the_council_is_the_one_council_the_copy_named_a_source_or_not(named, council):
    # before, "the council" was a source "council" of its own when the council was named only as the victim
    profile = profile_of((named, FACT, {}), COUNCIL_DENIES)
    assert profile["credits"] == [None, council]
    assert [(s["source"], s["denies"]) for s in profile["sources"]] == [(council, True)]


def test_the_council_after_two_councils_named_is_neither():
    profile = profile_of(("Hackers hit Dunmere City Council and Harlow Borough Council last week.", FACT, {}),
                         COUNCIL_DENIES)
    assert profile["credits"] == [None, "council"]


@pytest.mark.parametrize("kind, noun", [("sports chain", "chain"), ("hotel chain", "chain"),
                                        ("water utility", "utility")])
def test_a_firm_s_one_word_name_after_a_chain_s_or_a_utility_s_noun_is_the_firm(kind, noun):
    # before, "the sports chain Hallam" was a source "sports chain hallam", its description kept in its name
    profile = profile_of((f"Last month the {kind} Hallam said hackers had taken the email addresses of 600,000 "
                          "customers.", CLAIM, {"source": [f"the {kind} Hallam"], "cue": ["said"]}),
                         (f"The {noun} said no card details were taken.", CLAIM,
                          {"source": [f"The {noun}"], "cue": ["said"]}))
    assert profile["credits"] == ["hallam", "hallam"]
    assert [(s["source"], s["display"]) for s in profile["sources"]] == [("hallam", "Hallam")]


@pytest.mark.parametrize("trade", ["Retailer", "Wholesaler"])
def test_a_retailer_s_trade_capitalised_before_its_name_as_a_headline_opens_is_no_word_of_the_name(trade):
    # before, the headline's "Retailer Pennock" was a source "retailer pennock", which the body's "Pennock, the home
    # furnishings retailer" joined, and "the company" after it was a source "company" of its own
    profile = profile_of((f"{trade} Pennock confirms data breach", CLAIM,
                          {"source": [f"{trade} Pennock"], "cue": ["confirms"]}),
                         ("Pennock, the home furnishings retailer, has confirmed that hackers stole customers' names.",
                          CLAIM, {"source": ["Pennock, the home furnishings retailer"], "cue": ["has confirmed"]}),
                         ("In a notice to customers, the company said it had found the breach on 14 June.", CLAIM,
                          {"source": ["the company"], "cue": ["said"]}))
    assert profile["credits"] == ["pennock"] * 3
    assert [(s["source"], s["display"]) for s in profile["sources"]] == [("pennock", "Pennock")]


@pytest.mark.parametrize("published", [
    "Corvane Security today published its annual Threat Horizon report.",
    "Corvane Security, a provider of managed detection services, published its annual report on Tuesday.",
    "Corvane Security on Tuesday released its latest Ransomware Outlook report.",
])
def test_the_report_is_the_one_its_publisher_wrote_of_after_a_day_a_title_or_an_appositive(published):
    # before, "The report finds" was a source "report" of its own when the firm published it "today", under a
    # capitalised title or after an appositive of what the firm is
    profile = profile_of((published, FACT, {}),
                         ("The report finds that ransomware attacks on councils rose by 41 per cent.", CLAIM,
                          {"source": ["The report"], "cue": ["finds"]}))
    assert profile["credits"] == [None, "corvane security"]
    assert [s["display"] for s in profile["sources"]] == ["Corvane Security"]


@pytest.mark.parametrize("named", ["A criminal group calling itself Grey Lantern",
                                   "A hacking group known as Grey Lantern", "A ransomware group called Grey Lantern"])
def test_the_group_is_the_one_the_copy_named_after_a_verb_of_naming(named):
    # before, "The group said" after "A criminal group calling itself Grey Lantern claimed ..." was a source "group"
    profile = profile_of((f"{named} claimed responsibility for the attack on Monday.", CLAIM,
                          {"source": [named], "cue": ["claimed"]}),
                         ("The group said it would publish the files within seven days.", CLAIM,
                          {"source": ["The group"], "cue": ["said"]}))
    assert profile["credits"] == ["grey lantern", "grey lantern"]
    assert [s["display"] for s in profile["sources"]] == ["Grey Lantern"]


@pytest.mark.parametrize("named, kind", [("A ransomware gang calling itself Grey Lantern", "gang"),
                                         ("A smuggling cartel called Orvel Ring", "cartel")])
def test_the_gang_or_cartel_is_the_one_the_copy_named_as_a_criminal_body(named, kind):
    # before, "The gang said" after "A ransomware gang calling itself Grey Lantern claimed ..." was a source "gang"
    profile = profile_of((f"{named} claimed responsibility for the attack on Monday.", CLAIM,
                          {"source": [named], "cue": ["claimed"]}),
                         (f"The {kind} said it would publish the files within seven days.", CLAIM,
                          {"source": [f"The {kind}"], "cue": ["said"]}))
    assert profile["credits"][0] == profile["credits"][1] != kind
    assert len(profile["sources"]) == 1


@pytest.mark.parametrize("opening, group", [("In one case, ", "researchers at the firm Pellam Digital"),
                                            ("", "Security researchers at the security firm Pellam Digital")])
def test_the_firm_is_the_one_a_group_of_researchers_was_placed_at_after_its_kind(opening, group):
    # before, "The firm said" after "researchers at the firm Pellam Digital found ..." was a source "firm" of its own
    profile = profile_of((f"{opening}{group} found that an attack had been made to look foreign.", CLAIM,
                          {"source": [group], "cue": ["found"]}),
                         ("The firm said the attackers had deliberately copied another group's code.", CLAIM,
                          {"source": ["The firm"], "cue": ["said"]}))
    assert profile["credits"] == ["pellam digital", "pellam digital"]
    assert [s["display"] for s in profile["sources"]] == ["Pellam Digital"]


@pytest.mark.parametrize("staff, noun, joins", [("Analysts at Pellam Digital", "firm", True),
                                                 ("Security researchers at Pellam Digital", "company", True),
                                                 ("Researchers at Halden University", "company", False),
                                                 ("Economists at the Bank of Orvell", "firm", True),
                                                 ("Researchers at the Kessel Ministry of Health", "firm", False),
                                                 ("Scientists at the University of Harlen", "company", False),
                                                 ("Scientists at the Tarn Observatory", "firm", False),
                                                 ("Researchers at the Marlow Hospice", "firm", False)])
def test_the_firm_is_the_one_whose_staff_spoke_where_no_company_is_named(staff, noun, joins):
    # before, "The firm said" after "Analysts at Pellam Digital found ..." was a source "firm" of its own
    profile = profile_of((f"{staff} found that the attack had been made to look foreign.", CLAIM,
                          {"source": [staff], "cue": ["found"]}),
                         (f"The {noun} said it had told the vendor in March.", CLAIM,
                          {"source": [f"The {noun}"], "cue": ["said"]}))
    assert (profile["credits"][1] == profile["credits"][0]) is joins
    assert len(profile["sources"]) == 2 - joins


@pytest.mark.parametrize("named, kind", [("the Fennick water utility", "utility"),
                                         ("the Orlan steel plant", "plant")])
def test_the_utility_or_plant_is_the_one_named_before_its_kind_in_lower_case(named, kind):
    # before, "The utility says" after "the breach at the Fennick water utility" was a source "utility" of its own
    profile = profile_of((f"Hackers locked the control systems at {named} on Monday.", FACT, {}),
                         (f"The {kind} says no one was hurt.", CLAIM, {"source": [f"The {kind}"], "cue": ["says"]}))
    assert profile["credits"] == [None, named.removeprefix("the ").lower()]


@pytest.mark.parametrize("subject", ["The group Oxbow", "Hacking gang Oxbow"])
def test_it_claiming_after_a_body_named_after_its_kind_as_a_subject_is_that_body(subject):
    # before, "It claims" after "The group Oxbow has listed ..." credited no one, and Oxbow was no source
    profile = profile_of((f"{subject} has listed the files on its leak site.", FACT, {}),
                         ("It claims to hold council tax records.", CLAIM, {"cue": ["claims"]}))
    assert profile["credits"] == [None, "oxbow"]
    assert [s["source"] for s in profile["sources"]] == ["oxbow"]


ADVISORY = ("The agency said in an advisory that Grey Lantern had targeted at least 11 hospitals since January.", CLAIM,
            {"source": ["The agency"], "cue": ["said"]})


@pytest.mark.parametrize("product", ["the Veltrix remote-access gateway", "Veltrix software"])
def test_a_firm_s_denial_answers_the_claim_naming_its_product_by_the_firm_s_first_word(product):
    # before, Veltrix Systems' denial answered the advisory's claim before, which names no Veltrix at all
    profile = profile_of(ADVISORY,
                         (f"It urged hospitals to patch a flaw in {product}, which the group had exploited.", CLAIM,
                          {"cue": ["urged"]}),
                         ("Veltrix Systems said a fix had been available since November.", DENIAL,
                          {"source": ["Veltrix Systems"], "cue": ["said"]}))
    assert profile["denials"] == [{"denial": 2, "source": "veltrix systems", "allegation": 1}]


@pytest.mark.parametrize("researcher", ["Tom Reyes of the firm Pellam Digital",
                                        "Tom Reyes, a researcher at the security firm Pellam Digital,"])
def test_the_firm_is_the_business_a_person_s_span_places_them_at(researcher):
    # before, the firm was named only inside its researcher's span, and "the firm" was a source "firm" of its own
    said = researcher.rstrip(",")
    profile = profile_of(
        (f"{researcher} said the flaw was ten years old.", CLAIM, {"source": [said], "cue": ["said"]}),
        ("The firm said a patch was ready.", CLAIM, {"source": ["The firm"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["tom reyes", "pellam digital"]


@pytest.mark.parametrize("gang, key", [("A ransomware group called Oxbow", "oxbow"),
                                       ("A criminal gang calling itself Black Tide", "black tide"),
                                       ("A hacking group known as Grey Lantern", "grey lantern")])
def test_it_after_a_group_named_by_a_verb_of_naming_opening_the_sentence_before_is_that_group(gang, key):
    # before, no subject was read before "called", and "It" was credited to no one
    profile = profile_of(
        (f"{gang} has listed the council's files on its site.", FACT, {}),
        ("It claims to hold 2 terabytes of data.", CLAIM, {"source": ["It"], "cue": ["claims"]}),
    )
    assert profile["credits"] == [None, key]


@pytest.mark.parametrize("subject", ["The ransomware group Oxbow", "The extortion gang Oxbow"])
def test_it_after_a_group_named_after_the_and_words_of_its_kind_is_that_group(subject):
    # before, a lower-case word between "The" and "group" ("ransomware") left no subject, and "It" was no one's
    profile = profile_of((f"{subject} has listed the council's files on its leak site.", FACT, {}),
                         ("It claims to hold 2 terabytes.", CLAIM, {"cue": ["claims"]}))
    assert profile["credits"] == [None, "oxbow"]
    # no name after the group: "It" stays no one's
    profile = profile_of(("The ransomware group has listed the council's files on its leak site.", FACT, {}),
                         ("It claims to hold 2 terabytes.", CLAIM, {"cue": ["claims"]}))
    assert profile["credits"] == [None, None]


@pytest.mark.parametrize("opener", ["On Monday, ", "In March, "])
def test_it_after_a_group_named_by_a_verb_of_naming_past_an_opening_time_is_that_group(opener):
    # before, the time before "a ransomware group called Oxbow" hid its kind, and "It" was credited to no one
    profile = profile_of(
        (f"{opener}a ransomware group called Oxbow posted the council's files.", FACT, {}),
        ("It said more would follow.", CLAIM, {"source": ["It"], "cue": ["said"]}),
    )
    assert profile["credits"] == [None, "oxbow"]


@pytest.mark.parametrize("opening", ["Oxbow, a ransomware group,", "On Monday, Oxbow, a little-known extortion gang,"])
def test_it_after_a_one_word_name_a_body_s_kind_describes_between_commas_is_that_body(opening):
    # before, a one-word name opened no subject, and "It" was credited to no one
    profile = profile_of(
        (f"{opening} posted the council's files.", FACT, {}),
        ("It said more would follow.", CLAIM, {"source": ["It"], "cue": ["said"]}),
    )
    assert profile["credits"] == [None, "oxbow"]
    # a person's given name, a role's description: no body
    profile = profile_of(
        ("Mara, a union organiser, posted the files.", FACT, {}),
        ("It said more would follow.", CLAIM, {"source": ["It"], "cue": ["said"]}),
    )
    assert profile["credits"] == [None, None]


def test_an_explainer_s_crosshead_question_is_no_allegation_a_denial_below_it_answers():
    # before, "Was the bank itself hacked?", labelled a claim, was the nearest claim and so the allegation
    rows = [("Q&A: What the Pellam Bank breach means", FACT, {}),
            ("The researcher Jana Kowal said the attack had been easy to carry out.", CLAIM,
             {"source": ["The researcher Jana Kowal"], "cue": ["said"]}),
            ("Was the bank itself hacked?", CLAIM, {}),
            ("Pellam Bank's security chief, Theo Marsh, said its servers were never breached.", DENIAL,
             {"source": ["Pellam Bank's security chief, Theo Marsh"], "cue": ["said"]}),
            ("What happens next?", CLAIM, {}),
            ("Change your password, Kowal says.", CLAIM, {"source": ["Kowal"], "cue": ["says"]})]
    assert [pair["allegation"] for pair in profile_of(*rows, gap="\n\n")["denials"]] == [1]
    # a question asked in running copy, no crosshead, stays a claim a denial may answer
    assert [pair["allegation"] for pair in profile_of(*rows, gap=" ")["denials"]] == [2]


@pytest.mark.parametrize("family", ["Mum-of-two", "Father-of-three", "Granny-of-three", "Mother-of-twins",
                                    "Grandad-of-five"])
def test_a_parent_s_family_capitalised_before_a_name_opening_the_sentence_is_no_part_of_the_name(family):
    # before, the capitalised description was kept: a source "mum-of-two kerry lowther" apart from "Lowther"
    profile = profile_of(
        (f'{family} Kerry Lowther, whose son is at Brennock Academy, said she was "sick".', CLAIM,
         {"source": [f"{family} Kerry Lowther, whose son is at Brennock Academy"], "cue": ["said"]}),
        ('"These are children," Lowther said.', CLAIM, {"source": ["Lowther"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["kerry lowther", "kerry lowther"]
    assert [s["display"] for s in profile["sources"]] == ["Kerry Lowther"]
