"""Credits, sources and denials in health and medicine copy (audit a54a): hospitals and health authorities, drug and
device regulators, trials and their sponsors, malpractice claims and the accused side's denials, unions of nurses
and doctors, patients and their families; on hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


@pytest.mark.parametrize("relation", ["A lawyer for four of the families", "A lawyer for the family",
                                      "A lawyer for the patients", "A friend of the two women"])
def test_a_name_after_one_person_s_relation_to_several_people_is_that_person_s(relation):
    profile = profile_of(
        ("Harrow said the trust's records showed no such report.", DENIAL, {"source": ["Harrow"], "cue": ["said"]}),
        (f"{relation}, Beatrice Nkemelu, said the trust's account was not credible.", CLAIM,
         {"source": [f"{relation}, Beatrice Nkemelu"], "cue": ["said"]}),
        ("She said the families would press for a public inquiry.", CLAIM, {"cue": ["said"]}))
    assert profile["credits"] == ["harrow", "beatrice nkemelu", "beatrice nkemelu"]
    assert [s["source"] for s in profile["sources"]] == ["beatrice nkemelu", "harrow"]


def test_a_name_after_a_relation_to_one_person_is_still_that_person_s():
    profile = profile_of(("A lawyer for the injured nurse, Beatrice Nkemelu, said she would sue.", CLAIM,
                          {"source": ["A lawyer for the injured nurse, Beatrice Nkemelu"], "cue": ["said"]}))
    assert profile["credits"] == ["lawyer for beatrice nkemelu"]  # the nurse's lawyer, named as the copy names her


@pytest.mark.parametrize("court", ["in the district court of Londrin", "in the High Court", "in federal court in Orsk",
                                   "at the Kessel Employment Tribunal"])
def test_the_court_a_suit_was_filed_in_is_no_part_of_its_filer(court):
    suit = f"The suit, filed by former safety officer Irene Szabo {court}"
    profile = profile_of((f"{suit}, claims that managers hid reports of liver damage.", CLAIM,
                          {"source": [suit], "cue": ["claims"]}),
                         ("Szabo says she was fired after she objected.", CLAIM,
                          {"source": ["Szabo"], "cue": ["says"]}))
    assert profile["credits"] == ["irene szabo", "irene szabo"]
    assert [s["source"] for s in profile["sources"]] == ["irene szabo"]


def test_a_judge_in_a_court_keeps_the_court():
    profile = profile_of(("A judge in the district court of Londrin said the trial would go ahead.", CLAIM,
                          {"source": ["A judge in the district court of Londrin"], "cue": ["said"]}))
    assert profile["credits"] == ["judge in the district court of londrin"]


NURSES_VOTE = ("Nurses at three hospitals have voted to strike, the Royal Guild of Nurses said on Thursday.", CLAIM,
               {"source": ["the Royal Guild of Nurses"], "cue": ["said"]})
BOARD_ANSWERS = [("Harlow Health Board said it was disappointed by the result.", DENIAL,
                  {"source": ["Harlow Health Board"], "cue": ["said"]}),
                 ("A spokesperson for the board said staffing met national guidelines.", DENIAL,
                  {"source": ["A spokesperson for the board"], "cue": ["said"]})]
UNION_AGAIN = ("The union said the first walkout would take place on June 3.", CLAIM,
               {"source": ["The union"], "cue": ["said"]})


@pytest.mark.parametrize("union", ["the Royal Guild of Nurses", "the Allied Nursing Union"])
def test_the_union_is_the_one_union_named_though_another_body_spoke_since(union):
    vote = (NURSES_VOTE[0].replace("the Royal Guild of Nurses", union), CLAIM, {"source": [union], "cue": ["said"]})
    profile = profile_of(vote, *BOARD_ANSWERS, UNION_AGAIN)
    assert profile["credits"][-1] == union.removeprefix("the ").lower()
    assert "union" not in [s["source"] for s in profile["sources"]]


def test_the_union_is_no_union_of_states_named_in_passing():
    states = ("The European Union sets no rules on nurses' pay.", FACT, {})
    assert profile_of(NURSES_VOTE, states, *BOARD_ANSWERS, UNION_AGAIN)["credits"][-1] == "royal guild of nurses"


@pytest.mark.parametrize("maker", ["Calloway Medical", "Calloway Devices", "Calloway Healthcare"])
def test_a_maker_of_medical_goods_is_a_firm_whose_first_word_joins_it(maker):
    profile = profile_of(
        (f"The agency suspended sales of a heart pump made by {maker}, the agency said.", CLAIM,
         {"source": ["the agency"], "cue": ["said"]}),
        (f"{maker} denied that the pump was unsafe.", DENIAL, {"source": [maker], "cue": ["denied"]}),
        ("Calloway rejected the allegations as without merit.", DENIAL, {"source": ["Calloway"], "cue": ["rejected"]}),
        ('"The pump has saved thousands of lives," the company said.', DENIAL,
         {"source": ["the company"], "cue": ["said"]}))
    assert profile["credits"] == ["agency", *[maker.lower()] * 3]
    assert [(s["source"], s["denies"]) for s in profile["sources"]] == [(maker.lower(), True), ("agency", False)]


def test_a_denial_spelling_out_a_claim_answers_the_claim_about_it_past_one_worded_as_a_finding():
    profile = profile_of(
        ("Parents at Holloway Primary told our reporter they had not been informed of a measles case.", CLAIM,
         {"source": ["Parents at Holloway Primary"], "cue": ["told"]}),
        ('"We found out from a group chat," one mother said.', CLAIM, {"source": ["one mother"], "cue": ["said"]}),
        ("The headteacher, Martin Greaves, rejected claims that parents had been kept in the dark.", DENIAL,
         {"source": ["The headteacher, Martin Greaves"], "cue": ["rejected"]}),
        ("He said letters had been sent home on Friday.", DENIAL, {"source": ["He"], "cue": ["said"]}))
    assert profile["denials"] == [{"denial": 2, "source": "martin greaves", "allegation": 0},
                                  {"denial": 3, "source": "martin greaves", "allegation": 0}]



HEARING = ("The following is an edited excerpt from the hearing of the assembly's health committee.", FACT, {})
HARROW_ANSWERS = [("HARROW: Our records show no such report before October.", DENIAL, {}),
                  ("LINDQVIST: Then the records are wrong.", CLAIM, {}),
                  ("HARROW: I would be happy to share them with the committee.", DENIAL, {})]


@pytest.mark.parametrize("role", ["CHAIR", "CHAIRWOMAN", "CHAIRPERSON"])
def test_a_name_in_brackets_after_a_transcript_s_role_label_is_its_speaker(role):
    profile = profile_of(
        HEARING, (f"{role} (Rosa Lindqvist): Mr Harrow, six patients died at Wexley Infirmary last autumn.", CLAIM, {}),
        *HARROW_ANSWERS, gap="\n\n")
    assert profile["credits"] == [None, "rosa lindqvist", "harrow", "rosa lindqvist", "harrow"]


def test_a_given_name_alone_in_brackets_after_a_role_label_is_its_speaker():
    # before, "CALLER (Dennis)" was credited to "caller", where a full name in brackets was the speaker
    profile = profile_of(
        ("PRESENTER (Sue Lambert): We are talking about bus fares today.", FACT, {}),
        ("CALLER (Dennis): The fares went up twice this year.", CLAIM, {}),
        ("CALLER (Maureen): Nobody told us about either rise.", CLAIM, {}),
        ("PRESENTER (Sue Lambert): Thank you both.", FACT, {}), gap="\n\n")
    assert profile["credits"] == ["sue lambert", "dennis", "maureen", "sue lambert"]
    # a word in brackets that is no given name is no speaker
    profile = profile_of(HEARING, ("CHAIR (Translated): Mr Harrow, six patients died last autumn.", CLAIM, {}),
                         *HARROW_ANSWERS, gap="\n\n")
    assert profile["credits"][:3] == [None, "chair", "harrow"]


@pytest.mark.parametrize("aside", ["D-NY", "via telephone", "ABC"])
def test_a_party_a_manner_or_an_outlet_in_brackets_is_no_speaker(aside):
    profile = profile_of(
        HEARING, (f"CHAIR ({aside}): Mr Harrow, six patients died at Wexley Infirmary last autumn.", CLAIM, {}),
        *HARROW_ANSWERS, gap="\n\n")
    assert profile["credits"][:3] == [None, "chair", "harrow"]


@pytest.mark.parametrize("body", ["UN Women", "UN Habitat", "UN Women's Health Programme"])
def test_a_name_opening_with_a_world_body_s_letters_is_no_person_whom_she_or_its_words_alone_mean(body):
    profile = profile_of(
        (f"{body} said the clinics had run out of supplies.", CLAIM, {"source": [body], "cue": ["said"]}),
        ("The clinics would close, she said.", CLAIM, {"source": ["she"], "cue": ["said"]}),
        ("Officials disagreed.", DENIAL, {"source": ["Officials"], "cue": ["disagreed"]}),
        ("Women said the clinics would close.", CLAIM, {"source": ["Women"], "cue": ["said"]}),
    )
    assert profile["credits"] == [body.lower(), None, "officials", "women"]


def test_a_person_named_after_a_world_body_s_possessive_is_still_that_person():
    profile = profile_of(
        ("UN Women's Mara Olsen said the clinics had run out of supplies.", CLAIM,
         {"source": ["UN Women's Mara Olsen"], "cue": ["said"]}),
        ("The clinics would close, she said.", CLAIM, {"source": ["she"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["mara olsen", "mara olsen"]


@pytest.mark.parametrize("noun", ["pharmacists", "neurologists", "oncologists", "psychiatrists", "physicians"])
def test_health_workers_by_their_profession_are_a_group_that_they_then_means(noun):
    # before, "pharmacists", "neurologists" and the like were no role: "Ward pharmacists checked ..." lent "They"
    # no group, and "Ward pharmacists said" unmarked was no one's
    they = ("They said the stock ran out.", CLAIM, {"source": ["They"], "cue": ["said"]})
    assert profile_of((f"Ward {noun} checked the shelves on Monday.", FACT, {}), they)["credits"] == [
        None, f"ward {noun}"]
    assert profile_of((f"Ward {noun} said the stock ran out.", CLAIM, {"cue": ["said"]}))["credits"] == [
        f"ward {noun}"]
    # a firm whose name holds such a word is still the firm
    firm = ("Physician Partners Ltd said the stock ran out.", CLAIM,
            {"source": ["Physician Partners Ltd"], "cue": ["said"]})
    assert profile_of(firm)["credits"] == ["physician partners ltd"]


@pytest.mark.parametrize("gap", [" ", "\n\n"])
def test_a_field_word_marked_alone_before_a_body_s_noun_and_a_verb_of_denying_is_that_body(gap):
    # before, "hospital" of "The hospital trust disputes that." grew over "trust" only before a cue the model marked,
    # so a liveblog's entry with none left "hospital" a source apart from "the trust" after it
    claim = ("Nurses say the ward was short of staff.", CLAIM, {"source": ["Nurses"], "cue": ["say"]})
    disputes = ("09:40 The hospital trust disputes that.", DENIAL, {"source": ["hospital"]})
    denied = ("The trust has denied cutting staff.", DENIAL, {"source": ["The trust"], "cue": ["has denied"]})
    assert profile_of(claim, disputes, denied, gap=gap)["credits"] == ["nurses", "hospital trust", "hospital trust"]
    # no verb of saying after the noun: the word alone is no body's
    grew = ("The hospital trust fund grew last year.", FACT, {"source": ["hospital"]})
    assert profile_of(claim, grew, gap=gap)["credits"][1] != "hospital trust"
