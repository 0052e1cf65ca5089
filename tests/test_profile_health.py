"""Credits, sources and denials in health and medicine copy (audit a54a): hospitals and health authorities, drug and
device regulators, trials and their sponsors, malpractice claims and the accused side's denials, unions of nurses
and doctors, patients and their families; on hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, profile_of


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
    assert profile["credits"] == ["lawyer for the injured nurse"]


@pytest.mark.parametrize("court", ["in the district court of Londrin", "in the High Court", "in federal court in Orsk",
                                   "at the Kessel Employment Tribunal"])
def test_the_court_a_suit_was_filed_in_is_no_part_of_its_filer(court):
    suit = f"The suit, filed by former safety officer Irene Szabo {court}"
    profile = profile_of((f"{suit}, claims that managers hid reports of liver damage.", CLAIM,
                          {"source": [suit], "cue": ["claims"]}),
                         ("Szabo says she was fired after she objected.", CLAIM, {"source": ["Szabo"], "cue": ["says"]}))
    assert profile["credits"] == ["irene szabo", "irene szabo"]
    assert [s["source"] for s in profile["sources"]] == ["irene szabo"]


def test_a_judge_in_a_court_keeps_the_court():
    profile = profile_of(("A judge in the district court of Londrin said the trial would go ahead.", CLAIM,
                          {"source": ["A judge in the district court of Londrin"], "cue": ["said"]}))
    assert profile["credits"] == ["judge in the district court of londrin"]
