"""Credits in animal welfare and farming copy, on hand-built sentences: a farmer placed near or from a village is
the farmer, never the village; a body named after its kind, "of" or "for" inside its name, is its name."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


@pytest.mark.parametrize("sentence, span, expected", [
    ("A farmer near Holt Green tells us the river ran red.", "A farmer near Holt Green", "farmer near holt green"),
    ("A farmer from Holt Green said the river ran red.", "A farmer from Holt Green", "farmer from holt green"),
    ("A fisherman near Orme Bay said the nets came up empty.", "A fisherman near Orme Bay",
     "fisherman near orme bay"),
    # a role from a body still speaks for the body
    ("A spokesman from Kessel Holdings said the river ran red.", "A spokesman from Kessel Holdings",
     "kessel holdings"),
    ("An inspector from Holt Farm Standards said the river ran red.", "An inspector from Holt Farm Standards",
     "holt farm standards"),
])
def test_a_farmer_placed_near_or_from_a_place_is_the_farmer_not_the_place(sentence, span, expected):
    assert profile_of((sentence, CLAIM, {"source": [span], "cue": ["said" if "said" in sentence else "tells us"]})
                      )["credits"] == [expected]


@pytest.mark.parametrize("span, expected", [
    ("The animal rights group Freedom for Captives", "freedom for captives"),
    ("The campaign group Friends of the Wolds", "friends of the wolds"),
    ("the charity Voice of the Valley", "voice of the valley"),
    ("The campaign group Born Free", "born free"),
    # a person after a body's officer, or a body's officer named, keeps the person
    ("The group's director Ana Ruiz", "ana ruiz"),
    ("the union President Tom Vell", "tom vell"),
])
def test_a_body_named_after_its_kind_with_of_or_for_in_its_name_is_its_name(span, expected):
    sentence = f"{span} argued the ban was overdue."
    assert profile_of((sentence, CLAIM, {"source": [span], "cue": ["argued"]}))["credits"] == [expected]


@pytest.mark.parametrize("named, span, expected", [
    ("The Farm Animal Standards Agency inspected the site in May.", "An agency source",
     "farm animal standards agency source"),
    ("The Ministry of Rural Affairs inspected the site in May.", "A ministry source",
     "ministry of rural affairs source"),
    # a company's source is not joined so, nor one of a kind not named before
    ("Holt Poultry Ltd opened the site in May.", "A company source", "company source"),
    ("The Farm Animal Standards Agency inspected the site in May.", "A ministry source", "ministry source"),
])
def test_an_anonymous_source_of_a_body_s_noun_is_the_source_of_the_one_body_named(named, span, expected):
    profile = profile_of((named, FACT, {}), (f"{span} said the checks were late.", CLAIM,
                                             {"source": [span], "cue": ["said"]}))
    assert profile["credits"] == [None, expected]


@pytest.mark.parametrize("sentence, spans, cues, expected", [
    ("A majority of voters say the tax is unfair, a new poll for the Herald has found.",
     ["majority of voters", "a new poll for the Herald"], ["say", "has found"], "new poll for the herald"),
    ("Two-thirds of farmers back the ban, a survey for the Courier found.",
     ["Two-thirds of farmers", "a survey for the Courier"], ["back", "found"], "survey for the courier"),
    ("Most farmers back the ban, according to a poll by Civitas Research.",
     ["Most farmers", "a poll by Civitas Research"], ["back", "according to"], "civitas research"),
    # a share of a group speaking of a poll, with no poll that found it, still speaks
    ("A majority of farmers said the poll for the Herald was wrong.",
     ["majority of farmers"], ["said"], "majority of farmers"),
])
def test_a_share_of_a_group_that_a_poll_found_is_credited_to_the_poll(sentence, spans, cues, expected):
    assert profile_of((sentence, CLAIM, {"source": spans, "cue": cues}))["credits"] == [expected]


def test_a_club_known_only_from_its_staff_is_the_club_the_club_means():
    coach = ("Harlow County coach Dana Fell said the pitch was poor.", CLAIM,
             {"source": ["Harlow County coach Dana Fell"], "cue": ["said"]})
    profile = profile_of(coach, ("The club said the pitch would be relaid.", CLAIM,
                                 {"source": ["The club"], "cue": ["said"]}),
                         ("A club spokesman said the work would start soon.", CLAIM,
                          {"source": ["A club spokesman"], "cue": ["said"]}))
    assert profile["credits"] == ["dana fell", "harlow county", "harlow county spokesperson"]
    # two clubs known so: "the club" means neither
    rival = ("Orme Town coach Tom Reese said the pitch was fine.", CLAIM,
             {"source": ["Orme Town coach Tom Reese"], "cue": ["said"]})
    profile = profile_of(coach, rival, ("The club said the pitch would be relaid.", CLAIM,
                                        {"source": ["The club"], "cue": ["said"]}))
    assert profile["credits"] == ["dana fell", "tom reese", "club"]


def test_the_capitalised_tail_of_the_one_body_named_joins_it():
    orsk = ("Orsk Mining Group said the mine was safe.", CLAIM, {"source": ["Orsk Mining Group"], "cue": ["said"]})
    tail = ("The Mining Group said the mine would reopen.", CLAIM, {"source": ["The Mining Group"], "cue": ["said"]})
    assert profile_of(orsk, tail)["credits"] == ["orsk mining group", "orsk mining group"]
    # two bodies with that tail: it joins neither
    harlow = ("Harlow Mining Group said the road was closed.", CLAIM,
              {"source": ["Harlow Mining Group"], "cue": ["said"]})
    assert profile_of(orsk, harlow, tail)["credits"] == ["orsk mining group", "harlow mining group", "mining group"]


def test_an_officer_written_with_the_body_s_noun_is_that_body_s_side_not_an_accuser():
    founded = ("The Federation of Northern Zoos said its members had bred 41 endangered animals.", CLAIM,
               {"source": ["The Federation of Northern Zoos"], "cue": ["said"]})
    critic = ("Born Wild Alliance said the breeding figures were a public relations exercise.", CLAIM,
              {"source": ["Born Wild Alliance"], "cue": ["said"]})
    own = ("Federation chief executive Miriam Thwaite said the births spoke for themselves.", CLAIM,
           {"source": ["Federation chief executive Miriam Thwaite"], "cue": ["said"]})
    denial = ("The federation rejected the criticism.", DENIAL, {"source": ["The federation"], "cue": ["rejected"]})
    assert profile_of(founded, critic, own, denial)["denials"][0]["allegation"] == 1
    # another body's noun before an officer: still the claim the denial answers
    other = ("Alliance director Tomas Greer said the cubs would never see the wild.", CLAIM,
             {"source": ["Alliance director Tomas Greer"], "cue": ["said"]})
    assert profile_of(founded, critic, other, denial)["denials"][0]["allegation"] == 2
