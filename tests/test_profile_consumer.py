"""Credits, sources and denial pairs in copy about consumer affairs and retail (audit a58b): product recalls,
watchdogs and regulators named with their kind, consumer groups and their research, shops and makers of household
goods, airlines' refunds and ombudsmen; on hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


@pytest.mark.parametrize("firm", ["Halvery Appliances", "Corran Electricals", "Pellow Pharmacy", "Swiftway Couriers"])
def test_a_shop_or_a_maker_of_household_goods_by_its_name_s_ending_is_the_company_that_said_it(firm):
    profile = profile_of(
        (f"{firm} is recalling 40,000 kettles after reports that their lids can open, the company said on Tuesday.",
         CLAIM, {"source": ["the company"], "cue": ["said"]}),
        (f"{firm.split()[0]} denied that it had delayed the recall.", DENIAL,
         {"source": [firm.split()[0]], "cue": ["denied"]}))
    assert profile["credits"] == [firm.lower()] * 2
    assert [s["source"] for s in profile["sources"]] == [firm.lower()]


@pytest.mark.parametrize("kind, body", [("postal regulator", "Mailcheck"), ("food safety agency", "Safeplate")])
@pytest.mark.parametrize("later", ["An investigation by the {noun} found", "The {noun} said"])
def test_the_regulator_after_a_fact_whose_subject_is_a_one_word_name_written_after_that_kind_is_that_body(kind, body,
                                                                                                         later):
    opening = later.format(noun=kind.split()[-1])
    profile = profile_of(
        (f"The {kind} {body} has fined the parcel company QuickDrop £2.3 million.", FACT, {}),
        (f"{opening} that QuickDrop had closed 12,000 complaints without a reply.", CLAIM,
         {"source": [opening.rsplit(" ", 1)[0]], "cue": [opening.rsplit(" ", 1)[1]]}))
    assert profile["credits"] == [None, body.lower()]
    assert [s["source"] for s in profile["sources"]] == [body.lower()]


@pytest.mark.parametrize("verb, rest", [("analysed", "the bills of 3,000 households"), ("surveyed", "2,000 shoppers")])
def test_a_past_verb_the_model_took_into_a_source_before_its_object_is_no_part_of_the_source(verb, rest):
    profile = profile_of(
        ("Loyal customers pay £200 more, according to research by the consumer group Citizens First.", CLAIM,
         {"source": ["research by the consumer group Citizens First"], "cue": ["according to"]}),
        (f"The group {verb} {rest} and found that loyal customers paid more.", CLAIM,
         {"source": [f"The group {verb}"], "cue": ["found"]}),
        ("It also found that price rises had added £74 to bills.", CLAIM, {"cue": ["also found"]}))
    assert profile["credits"] == ["citizens first"] * 3
    assert [s["source"] for s in profile["sources"]] == ["citizens first"]


def test_a_participle_after_its_noun_stays_in_the_source():
    profile = profile_of(
        ("The shoppers surveyed said prices had risen.", CLAIM,
         {"source": ["The shoppers surveyed"], "cue": ["said"]}),)
    assert profile["credits"] == ["shoppers surveyed"]


@pytest.mark.parametrize("opener", ["When", "After", "Before"])
def test_a_word_opening_a_clause_before_a_full_name_in_the_possessive_is_no_part_of_the_name(opener):
    profile = profile_of(
        (f"{opener} Priya Menon's flight to Lisbon was cancelled, she asked for a refund of £640.", FACT, {}),
        ("Seven months later, she is still waiting.", FACT, {}),
        ('"Every time I call, I get a different answer," she says.', CLAIM, {"source": ["she"], "cue": ["says"]}))
    assert profile["credits"] == [None, None, "priya menon"]
    assert [s["source"] for s in profile["sources"]] == ["priya menon"]


@pytest.mark.parametrize("body, noun", [("Competition and Markets Authority", "regulator"),
                                        ("Food and Drug Administration", "agency")])
def test_a_body_whose_name_holds_and_is_the_subject_a_later_noun_of_its_kind_means(body, noun):
    profile = profile_of(
        (f"The {body} looked at the practice last year.", FACT, {}),
        (f"The {noun} said it would keep the issue under review.", CLAIM,
         {"source": [f"The {noun}"], "cue": ["said"]}))
    assert profile["credits"] == [None, body.lower()]
    assert [s["source"] for s in profile["sources"]] == [body.lower()]



@pytest.mark.parametrize("body", ["The Competition and Markets Authority", "Trading Standards Council"])
@pytest.mark.parametrize("finding", ["It found", "It also found", "But it concluded"])
def test_it_finding_after_a_fact_whose_subject_is_a_body_is_that_body_s_finding(body, finding):
    profile = profile_of(
        (f"{body} looked at loyalty prices last year.", FACT, {}),
        (f"{finding} that the discounted price was often no lower.", CLAIM, {"cue": [finding.split()[-1]]}))
    assert profile["credits"] == [None, body.lower().removeprefix("the ")]


def test_it_finding_after_a_study_is_still_the_study_s():
    profile = profile_of(
        ("The review was published by the Trading Standards Council in March.", FACT, {}),
        ("It found that the discounted price was often no lower.", CLAIM, {"cue": ["found"]}))
    assert profile["credits"] == [None, "review"]


@pytest.mark.parametrize("subject, credit", [("Tom Vask", "tom vask"), ("The minister", "minister")])
@pytest.mark.parametrize("opener", ["In a post on social media,", "On Tuesday,"])
def test_he_past_an_opener_and_its_comma_is_the_subject_of_the_fact_before(subject, credit, opener):
    profile = profile_of(
        (f"{subject} welcomed the inflation figures.", FACT, {}),
        (f"{opener} he said they showed the plan was working.", CLAIM, {"cue": ["said"]}))
    assert profile["credits"] == [None, credit]


@pytest.mark.parametrize("group", ["The charity Fuel Justice", "Climate Justice"])
def test_a_campaign_named_for_justice_is_no_court_and_its_claim_is_the_allegation_a_denial_answers(group):
    profile = profile_of(
        ("The energy regulator Powerwatch was criticised by MPs last year.", FACT, {}),
        (f"{group} says it warned the regulator two years before the scandal broke.", CLAIM,
         {"source": [group], "cue": ["says"]}),
        ("Powerwatch said the warning held no evidence of a pattern.", DENIAL,
         {"source": ["Powerwatch"], "cue": ["said"]}))
    assert [(d["denial"], d["source"], d["allegation"]) for d in profile["denials"]] == [(2, "powerwatch", 1)]


@pytest.mark.parametrize("judge", ["The Chief Justice", "Lord Justice Harland"])
def test_a_judge_titled_justice_still_makes_a_remark_no_denial_answers(judge):
    profile = profile_of(
        ("Powerwatch was fined by the High Court last year.", FACT, {}),
        (f"{judge} said the hearing would resume on Monday.", CLAIM, {"source": [judge], "cue": ["said"]}),
        ("Powerwatch said it had done nothing wrong.", DENIAL, {"source": ["Powerwatch"], "cue": ["said"]}))
    assert [d["allegation"] for d in profile["denials"]] == [0]


@pytest.mark.parametrize("role, pronoun", [("Chancellor", "she"), ("Minister", "he")])
def test_a_role_capitalised_as_a_title_after_the_is_whom_he_or_she_next_means(role, pronoun):
    profile = profile_of(
        (f"The {role} has welcomed the inflation figures.", FACT, {}),
        (f"{pronoun.capitalize()} said they showed the plan was working.", CLAIM,
         {"source": [pronoun.capitalize()], "cue": ["said"]}))
    assert profile["credits"] == [None, role.lower()]


@pytest.mark.parametrize("subject", ["Kessel Council and Orsk Council", "The Interior Ministry and Border Police",
                                     "The Treasury and Bank of Kessel"])
def test_two_bodies_joined_by_and_are_no_one_body_that_a_later_it_means(subject):
    # a body's noun before "and", or "of" going on after the second name: two bodies, not "Competition and Markets
    # Authority"; "It said" means neither alone, and no body of the two names together
    profile = profile_of(
        (f"{subject} looked at the figures last year.", FACT, {}),
        ("It said that prices rose.", CLAIM, {"cue": ["said"]}))
    assert profile["credits"] == [None, None]


@pytest.mark.parametrize("work", ["commissioned a study of the river", "ordered an inquiry into the river"])
def test_it_finding_after_a_body_that_commissioned_a_work_is_not_the_body_s_finding(work):
    # "It" is the study or the inquiry the body set going, not the body (which "looked at the river" would be)
    profile = profile_of(
        (f"The Kessel Council {work} last year.", FACT, {}),
        ("It found that the water was unsafe.", CLAIM, {"cue": ["found"]}))
    assert profile["credits"] == [None, None]


@pytest.mark.parametrize("work, credit", [
    ("published its annual report on Monday", "calder heath monitoring board"),
    ("released its own survey of anglers", "calder heath monitoring board"),
    ("published a report by the river trust on Monday", None)])
def test_it_finding_after_a_body_publishing_its_own_work_is_the_body_s_finding(work, credit):
    # the body's own report finds what the body finds, as "It said" would be its word; another's report is not
    profile = profile_of(
        (f"The Calder Heath Monitoring Board {work}.", FACT, {}),
        ("It found that river levels had fallen.", CLAIM, {"cue": ["found"]}))
    assert profile["credits"] == [None, credit]


@pytest.mark.parametrize("text, source, credit", [
    ("The shoppers surveyed all said prices had risen.", "The shoppers surveyed", "shoppers surveyed"),
    ("Those interviewed the day after the fire said the alarms were silent.", "Those interviewed",
     "those interviewed"),
    ("Those polled said the alarms were silent.", "Those polled", "those polled"),
    ("The group analysed all 40 bills and said prices had risen.", "The group analysed", "group")])
def test_a_participle_after_its_noun_before_all_or_a_time_stays_in_the_source(text, source, credit):
    # "surveyed all said" and "interviewed the day after" take no object: the participle says who the source is; a
    # verb before "all 40 bills" is still cut
    profile = profile_of((text, CLAIM, {"source": [source], "cue": ["said"]}))
    assert profile["credits"] == [credit]


def test_a_source_cut_before_the_kind_of_body_its_word_qualifies_is_that_body():
    # before, "a report by the consumer" was credited to "consumer", a word that names no source
    menon = ("Priya Menon said she waited nine hours at Dunmore airport.", CLAIM,
             {"source": ["Priya Menon"], "cue": ["said"]})
    report = ("Her airline, Skylark Air, is one of several carriers named in a report by the consumer group Which Way,"
              " which found that delays doubled.", CLAIM, {"source": ["a report by the consumer"], "cue": ["found"]})
    assert profile_of(menon, report)["credits"] == ["priya menon", "which way"]
    # the kind with no name after it, nor a day taken for one
    unnamed = ("A report by the consumer group Thursday found that delays doubled.", CLAIM,
               {"source": ["A report by the consumer"], "cue": ["found"]})
    assert profile_of(menon, unnamed)["credits"][1] == "consumer group"


def test_a_body_whose_relative_clause_found_what_a_claim_says_is_its_source_where_no_span_was_marked():
    # before, the claim with only its cue marked went on with the passenger quoted before it
    menon = ("Priya Menon said she waited nine hours at Dunmore airport.", CLAIM,
             {"source": ["Priya Menon"], "cue": ["said"]})
    report = ("Her airline, Skylark Air, is one of several carriers named in a report by the consumer group Fare Watch,"
              " which found that delays doubled.", CLAIM, {"cue": ["found"]})
    assert profile_of(menon, report)["credits"] == ["priya menon", "fare watch"]


@pytest.mark.parametrize("noun, named", [("ombudsman", "Kessel Energy Ombudsman"),
                                         ("regulator", "Orm Water Regulator"),
                                         ("inspectorate", "Tarn Care Inspectorate")])
def test_an_overseer_by_its_noun_alone_then_named_is_one_source(noun, named):
    # before, "the ombudsman" and "the Kessel Energy Ombudsman" after it were two sources, one body
    key = named.lower()
    profile = profile_of(
        (f"Brisk Power was accused by the {noun} of ignoring complaints for months.", CLAIM,
         {"source": [f"the {noun}"], "cue": ["accused"]}),
        (f"The {named} said 400 cases were still open.", CLAIM, {"source": [f"The {named}"], "cue": ["said"]}))
    assert profile["credits"] == [key, key]
    assert [s["source"] for s in profile["sources"]] == [key]
    # another of that noun named too: either may be the one first written by its noun
    profile = profile_of(
        (f"Brisk Power was accused by the {noun} of ignoring complaints for months.", CLAIM,
         {"source": [f"the {noun}"], "cue": ["accused"]}),
        (f"The Velmar Rail {noun.capitalize()} said its cases were closed.", CLAIM,
         {"source": [f"The Velmar Rail {noun.capitalize()}"], "cue": ["said"]}),
        (f"The {named} said 400 cases were still open.", CLAIM, {"source": [f"The {named}"], "cue": ["said"]}))
    assert profile["credits"][2] == key and profile["credits"][0] != key


@pytest.mark.parametrize("regulator", ["Pricewatch, the regulator,", "The regulator Pricewatch",
                                       "Pricewatch, the competition watchdog,", "The Retail Standards Authority"])
def test_a_regulator_speaking_of_itself_after_a_lede_s_nameless_business_is_no_name_of_that_business(regulator):
    # before, a regulator named by its kind or its name, saying what it did itself, took the chain's lede as its own
    source = regulator.rstrip(",")
    key = "pricewatch" if "Pricewatch" in regulator else "retail standards authority"
    profile = profile_of(
        ("A supermarket chain said it would appeal a fine for misleading shoppers.", DENIAL,
         {"source": ["A supermarket chain"], "cue": ["said"]}),
        (f"{regulator} said it had opened a second inquiry into the discounts.", CLAIM,
         {"source": [source], "cue": ["said"]}))
    assert profile["credits"] == ["supermarket chain", key]


@pytest.mark.parametrize("issuer", ["The owner, Marlo Quint,", "Marlo Quint, the owner,"])
def test_it_says_after_a_named_owner_issued_a_statement_is_the_owner_s(issuer):
    """"It says" after "a statement" a person set beside a role issued is that person's word, neither "statement"
    nor "owner"."""
    issued = (f"{issuer} has issued a statement.", FACT, {})
    says = ("It says the shop will reopen.", CLAIM, {"source": ["It"], "cue": ["says"]})
    profile = profile_of(issued, says)
    assert profile["credits"] == [None, "marlo quint"]
    assert [source["source"] for source in profile["sources"]] == ["marlo quint"]
