"""Credits, sources and denials in wildlife, animal welfare, zoo and pet copy, on hand-built sentences: "the panel",
"the unit", "the zoo", "the park" and "the sanctuary" mean the one body of that kind the text named;
a vet's or ranger's trade before a name is no part of it; an officer written with its body's initials is the
body's side, whose claim that body's denial does not answer; a span cut inside a name after the body's kind is the
whole name; a park issuing a statement by its noun issues it as the park named; a host asking for an answer
alleges nothing."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


def test_the_panel_unit_zoo_park_or_sanctuary_is_the_one_body_of_that_kind_named():
    profile = profile_of(
        ("A report by the Animal Health Advisory Panel found that culling had a modest effect.", CLAIM,
         {"source": ["A report by the Animal Health Advisory Panel"], "cue": ["found"]}),
        ("The panel also warned that the results could not be extrapolated.", CLAIM,
         {"source": ["The panel"], "cue": ["warned"]}),
        ("The carcasses were sent to the Wildlife Forensics Unit at Carrow.", FACT, {}),
        ("Results are expected within weeks, a spokesman for the unit said.", CLAIM,
         {"source": ["a spokesman for the unit"], "cue": ["said"]}),
        ("Brackwood Wildlife Park said the lynx had been found.", CLAIM,
         {"source": ["Brackwood Wildlife Park"], "cue": ["said"]}),
        ("It is being returned to its enclosure, according to the park.", CLAIM,
         {"source": ["the park"], "cue": ["according to"]}),
        ("Hollin Donkey Sanctuary took in the ponies.", FACT, {}),
        ("Orsk Mining cut jobs.", FACT, {}),
        ("The sanctuary said the ponies were underweight.", CLAIM, {"source": ["The sanctuary"], "cue": ["said"]}),
    )
    assert profile["credits"] == [*["animal health advisory panel"] * 2, None, "wildlife forensics unit spokesperson",
                                  *["brackwood wildlife park"] * 2, None, None,
                                  "hollin donkey sanctuary"]


def test_a_park_in_a_zoo_s_name_is_no_park_and_two_zoos_leave_the_zoo_neither_s():
    calder = ("Calder Park Zoo said it expected a million visitors.", CLAIM,
              {"source": ["Calder Park Zoo"], "cue": ["said"]})
    park = ("The park said the cubs were well.", CLAIM, {"source": ["The park"], "cue": ["said"]})
    zoo = ("The zoo said the cubs were well.", CLAIM, {"source": ["The zoo"], "cue": ["said"]})
    assert profile_of(calder, park)["credits"] == ["calder park zoo", "park"]
    assert profile_of(calder, zoo)["credits"] == ["calder park zoo"] * 2
    both = ("Hollin Zoo and Dorran City Zoo said they expected more visitors.", CLAIM,
            {"source": ["Hollin Zoo and Dorran City Zoo"], "cue": ["said"]})
    assert profile_of(both, zoo)["credits"][1] == "zoo"


def test_a_wildlife_trade_before_a_name_or_a_title_is_no_part_of_the_name():
    profile = profile_of(
        ("Vet Dr Nadia Karim said the procedure takes seconds.", CLAIM,
         {"source": ["Vet Dr Nadia Karim"], "cue": ["said"]}),
        ("Owners should check their details, Dr Karim said.", CLAIM, {"source": ["Dr Karim"], "cue": ["said"]}),
        ("Ranger Tomas Brandt said the lynx was shy.", CLAIM, {"source": ["Ranger Tomas Brandt"], "cue": ["said"]}),
        ("Zookeeper Ana Berg said the cubs were feeding.", CLAIM,
         {"source": ["Zookeeper Ana Berg"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["nadia karim", "nadia karim", "tomas brandt", "ana berg"]
    # a club of that word stays whole
    rangers = ("Kessel Rangers said the match would go ahead.", CLAIM, {"source": ["Kessel Rangers"], "cue": ["said"]})
    assert profile_of(rangers)["credits"] == ["kessel rangers"]


@pytest.mark.parametrize("officer", ["FNZ chief executive Miriam Thwaite", "Miriam Thwaite, the FNZ's chief executive",
                                     "Miriam Thwaite, chief executive of the FNZ"])
def test_an_officer_written_with_its_body_s_initials_is_that_body_s_side_not_an_accuser(officer):
    founded = ("The Federation of Northern Zoos (FNZ) said its members had bred 41 endangered animals.", CLAIM,
               {"source": ["The Federation of Northern Zoos (FNZ)"], "cue": ["said"]})
    critic = ("Born Wild Alliance said the breeding figures were a public relations exercise.", CLAIM,
              {"source": ["Born Wild Alliance"], "cue": ["said"]})
    own = (f"{officer} said the births spoke for themselves.", CLAIM, {"source": [officer], "cue": ["said"]})
    denial = ("The FNZ rejected the criticism.", DENIAL, {"source": ["The FNZ"], "cue": ["rejected"]})
    assert profile_of(founded, critic, own, denial)["denials"] == [
        {"denial": 3, "source": "federation of northern zoos", "allegation": 1}]
    # another body's officer, initials and all, is still the one the denial answers
    other = ("BWA director Tomas Greer said the cubs would never see the wild.", CLAIM,
             {"source": ["BWA director Tomas Greer"], "cue": ["said"]})
    assert profile_of(founded, critic, other, denial)["denials"][0]["allegation"] == 2


def test_a_span_cut_inside_a_name_after_the_body_s_kind_is_the_whole_name():
    profile = profile_of(
        ("The charity Cats First said most strays had no chip.", CLAIM,
         {"source": ["The charity Cats"], "cue": ["said"]}),
        ("According to the campaign group Born Wild, zoos breed too few animals for release.", CLAIM,
         {"source": ["the campaign group Born"], "cue": ["According to"]}),
    )
    assert profile["credits"] == ["cats first", "born wild"]
    # a weekday after the name, or a person's role, is no part of it
    monday = ("The charity Cats First Monday said most strays had no chip.", CLAIM,
              {"source": ["The charity Cats First"], "cue": ["said"]})
    assert profile_of(monday)["credits"] == ["cats first"]


def test_a_zoo_or_park_issuing_a_statement_by_its_noun_is_the_one_so_named():
    escaped = ("A lynx escaped from Brackwood Wildlife Park overnight.", FACT, {})
    issued = ("The park has issued a statement.", FACT, {})
    says = ("It says a tree fell on the fence.", CLAIM, {"cue": ["says"]})
    adds = ('"We are working with police," the statement adds.', CLAIM, {"source": ["the statement"], "cue": ["adds"]})
    assert profile_of(escaped, issued, says, adds)["credits"] == [None, None, *["brackwood wildlife park"] * 2]
    # a park closing issues nothing: the statement after it stays no one's but its own
    closed = ("The park has closed its gates.", FACT, {})
    assert profile_of(escaped, closed, adds)["credits"] == [None, None, "statement"]


def test_a_host_asking_for_the_other_side_s_answer_is_no_allegation_that_side_denies():
    crail = ("FIONA CRAIL: The data simply doesn't support a cull of the seals.", CLAIM, {"source": ["FIONA CRAIL"]})
    asked = ("KATE LYLE: And what does the board say to that?", CLAIM, {"source": ["KATE LYLE"]})
    rejected = ("DAN HEALD: The board's chairman, Ian Mackie, rejected that.", DENIAL,
                {"source": ["The board's chairman, Ian Mackie"], "cue": ["rejected"]})
    assert profile_of(crail, asked, rejected, gap="\n\n")["denials"] == [
        {"denial": 2, "source": "ian mackie", "allegation": 0}]
    # a question that puts a charge stays the allegation
    charged = ("KATE LYLE: Isn't the board just protecting its own catch?", CLAIM, {"source": ["KATE LYLE"]})
    assert profile_of(crail, charged, rejected, gap="\n\n")["denials"][0]["allegation"] == 1
    # and so does one that asks how the board can say something, the claim it puts after the verb
    claimed = ("KATE LYLE: How can the board say its catch is sustainable when stocks have halved?", CLAIM,
               {"source": ["KATE LYLE"]})
    assert profile_of(crail, claimed, rejected, gap="\n\n")["denials"][0]["allegation"] == 1
    # while asking how it answers the charge, a few words after "respond to", still alleges nothing
    answer = ("KATE LYLE: How does the board respond to the society's figures?", CLAIM, {"source": ["KATE LYLE"]})
    assert profile_of(crail, answer, rejected, gap="\n\n")["denials"][0]["allegation"] == 0
