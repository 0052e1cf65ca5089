"""Credits, sources and denials in copy on medicines, drug trials and their regulators (audit a66a): drug makers
and their officers, trial results and side-effect reports, regulators' reviews and warnings, patients' groups,
former staff speaking anonymously; on hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


@pytest.mark.parametrize("speaker", ["He", "Verma", "They"])
def test_a_speaker_saying_what_people_told_others_is_no_group_of_those_people(speaker):
    profile = profile_of(
        ("A former quality manager at the plant said the tests had been rigged for years.", CLAIM,
         {"source": ["A former quality manager at the plant"], "cue": ["said"]}),
        (f"{speaker} said managers had told staff to ship the tablets anyway.", CLAIM, {"cue": ["said"]}))
    assert profile["credits"][1] != f"{speaker.lower()} said managers"
    assert [s["source"] for s in profile["sources"]][-1] != f"{speaker.lower()} said managers"
    if speaker == "He":
        assert profile["credits"] == ["former quality manager at the plant"] * 2
    # a capitalised word and a plural before the verb is still an unnamed group that speaks
    profile = profile_of(
        ("A former quality manager at the plant said the tests had been rigged for years.", CLAIM,
         {"source": ["A former quality manager at the plant"], "cue": ["said"]}),
        ("Hospital doctors said the tablets had been recalled twice.", CLAIM, {"cue": ["said"]}))
    assert profile["credits"] == ["former quality manager at the plant", "hospital doctors"]


@pytest.mark.parametrize("firm", ["Kestrel Bio", "Ostrand Lifesciences", "Delmar Oncology", "Harrow Vaccines",
                                  "Tarsa Generics", "Castell Chemists"])


def test_a_drug_maker_or_chemist_by_its_trade_is_a_business_that_the_company_and_its_first_word_join(firm):
    short = firm.split()[0]
    profile = profile_of(
        (f"{firm} said on Monday that its pill met the main goal of a late-stage trial.", CLAIM,
         {"source": [firm], "cue": ["said"]}),
        ("The trial enrolled 1,240 patients across nine countries.", FACT, {}),
        ("Half of the patients improved, the company said.", CLAIM, {"source": ["the company"], "cue": ["said"]}),
        (f"{short} rejected that criticism.", DENIAL, {"source": [short], "cue": ["rejected"]}))
    assert profile["credits"] == [firm.lower(), None, firm.lower(), firm.lower()]
    assert [s["display"] for s in profile["sources"]] == [firm]
    # a person's name stays a person's, whom "the company" does not mean
    profile = profile_of(
        ("Dana Kestrel said on Monday that the pill met the main goal of a late-stage trial.", CLAIM,
         {"source": ["Dana Kestrel"], "cue": ["said"]}),
        ("Half of the patients improved, the company said.", CLAIM, {"source": ["the company"], "cue": ["said"]}))
    assert profile["credits"] == ["dana kestrel", "company"]


@pytest.mark.parametrize("firm", ["Castell Chemists", "Tessel Foods", "Harlow Group", "Orrin Homes",
                                  "Tessel Properties"])


def test_a_business_before_which_said_is_named_in_full_not_by_its_trade_alone(firm):
    profile = profile_of(
        (f"The branch on Mill Street was run by {firm}, which said in a notice that it had become unviable.", CLAIM,
         {"cue": ["said"]}),
        (f"{firm} blamed the closure on cuts to dispensing fees.", CLAIM, {"source": [firm], "cue": ["blamed"]}))
    assert profile["credits"] == [firm.lower()] * 2
    # a body's noun after words that are no name of it stays the fewest words that name it
    profile = profile_of(("The first came from Dravonia's defence ministry, which said the talks failed.", CLAIM,
                          {"cue": ["said"]}),)
    assert profile["credits"] == ["dravonia's defence ministry"]


@pytest.mark.parametrize("group", ["Two alleged victims", "Former accused officers", "Three reported victims"])
def test_a_group_described_by_a_participle_of_speech_is_still_an_unnamed_group(group):
    # before, "alleged" read as a speaker's verb before the plural, so the sentence was credited to no one
    said = (f"{group} said the tablets had been handed out without checks.", CLAIM, {"cue": ["said"]})
    assert profile_of(said)["credits"] == [group.lower()]
    # a pronoun before such a verb is a speaker, the plural the people he speaks of
    alleged = ("He alleged managers had told staff to ship the tablets anyway.", CLAIM, {"cue": ["alleged"]})
    assert profile_of(alleged)["credits"] == [None]


@pytest.mark.parametrize("kind", ["manufacturer", "maker", "supplier"])
def test_a_firm_named_after_its_trade_opening_a_sentence_is_the_it_that_speaks_next(kind):
    # before, "The manufacturer, Hallam Medical," was no body "it" could mean, only a firm "the company" could: "It
    # said" was no one's
    silent = (f"The {kind}, Hallam Medical, declined to be interviewed.", FACT, {})
    said = ("In a statement, it said the device was safe.", CLAIM, {"source": ["it"], "cue": ["said"]})
    assert profile_of(silent, said)["credits"] == [None, "hallam medical"]
    # a person set after the noun is none, and two firms so named make neither the one "it" means
    for other in ("The developer, Tom Vask, declined to be interviewed.",
                  "The maker, Hallam Medical, and the supplier, Corran Supplies, declined to be interviewed."):
        assert profile_of((other, FACT, {}), said)["credits"] == [None, None]


def test_people_credited_before_a_firm_acted_are_no_company_the_company_may_mean():
    # before, "nurses" credited just before the firm acted was read as another body "the company" might mean, so
    # it meant neither and stayed a bare "company"
    profile = profile_of(
        ("Nurses say the pump failed three times.", CLAIM, {"source": ["Nurses"], "cue": ["say"]}),
        ("Hallam Medical declined to be interviewed.", FACT, {}),
        ("The company says it followed the rules.", DENIAL, {"source": ["The company"], "cue": ["says"]}))
    assert profile["credits"] == ["nurses", None, "hallam medical"]
    # a body credited so still makes the noun mean neither
    profile = profile_of(
        ("Corran Systems says the pump failed three times.", CLAIM, {"source": ["Corran Systems"], "cue": ["says"]}),
        ("Hallam Medical declined to be interviewed.", FACT, {}),
        ("The company says it followed the rules.", DENIAL, {"source": ["The company"], "cue": ["says"]}))
    assert profile["credits"][2] != "hallam medical"


@pytest.mark.parametrize("body", ["The Royal Society of Chemists", "The Joint Committee on Vaccines",
                                  "The Institute of Oncology"])


def test_a_learned_or_advisory_body_named_for_a_drug_maker_s_trade_is_no_business(body):
    # before, a name ending in "Chemists", "Vaccines" or "Oncology" read as a firm's, so "the company" joined it
    profile = profile_of(
        (f"{body} said the rules were too weak.", CLAIM, {"source": [body], "cue": ["said"]}),
        ("The company said the drug was safe.", CLAIM, {"source": ["The company"], "cue": ["said"]}))
    assert profile["credits"] == [body[4:].lower(), "company"]


@pytest.mark.parametrize("body", ["The Office for Vaccines", "The Department for Chemicals",
                                  "The Agency for Medical Devices"])
def test_a_state_body_named_for_what_it_answers_for_after_for_is_no_business(body):
    # before, only "of" after a state's body's noun made the trade after it the body's field, so "Office for
    # Vaccines" read as a firm's name ending in "Vaccines" and "the company" joined it
    said = ("The company said the trial had been delayed.", CLAIM, {"source": ["The company"], "cue": ["said"]})
    credited = (f"{body} said the doses were safe.", CLAIM, {"source": [body], "cue": ["said"]})
    assert profile_of(credited, said)["credits"] == [body[4:].lower(), "company"]
    # a firm whose name ends in the trade is the company still
    for firm in ("Velmora Vaccines", "Harlow Vaccines Ltd"):
        credited = (f"{firm} said the doses were safe.", CLAIM, {"source": [firm], "cue": ["said"]})
        assert profile_of(credited, said)["credits"] == [firm.lower()] * 2, firm


def test_a_span_of_the_body_a_spokesperson_speaks_for_is_that_body_s_spokesperson():
    # before, "the company" marked alone in "A spokeswoman for the company declined to comment." was the company
    # itself, "brask pharma", not its spokesperson
    rejected = ("Brask Pharma rejected the findings.", DENIAL, {"source": ["Brask Pharma"], "cue": ["rejected"]})
    denied = ("Brask denied any wrongdoing.", DENIAL, {"source": ["Brask"], "cue": ["denied"]})
    declined = ("A spokeswoman for the company declined to comment.", DENIAL,
                {"source": ["the company"], "cue": ["declined"]})
    assert profile_of(rejected, denied, declined)["credits"] == ["brask pharma"] * 2 + ["brask pharma spokesperson"]
    # a spokesman for a person named speaks for that person, as with the whole span marked
    lorn = ("A spokesman for Prime Minister Edda Lorn denied the report.", DENIAL,
            {"source": ["Prime Minister Edda Lorn"], "cue": ["denied"]})
    assert profile_of(lorn)["credits"] == ["edda lorn"]


@pytest.mark.parametrize("minister", ["The Minister for Vaccines", "The Deputy Secretary for Vaccines",
                                      "The Commissioner of Vaccine Safety"])
def test_the_company_is_no_holder_of_a_post_named_for_what_it_serves(minister):
    # before, a post named with "for" or "of" ended in no role's word, so it read as a body, and "the company" just
    # after it was the minister
    said = (f"{minister} said supplies were safe.", CLAIM, {"source": [minister], "cue": ["said"]})
    company = ("The company said deliveries would resume.", CLAIM, {"source": ["The company"], "cue": ["said"]})
    assert profile_of(said, company)["credits"][1] == "company"
    # a firm credited just before is still what "the company" means
    firm = ("Brask Pharma said supplies were safe.", CLAIM, {"source": ["Brask Pharma"], "cue": ["said"]})
    assert profile_of(firm, company)["credits"] == ["brask pharma", "brask pharma"]
