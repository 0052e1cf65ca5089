"""Credits, sources and denial pairs in copy on protests and civil unrest, on hand-built sentences: a rights group
described with where it is based ("a monitoring group based in Geneva") is what "the group" later means."""

from test_profile_credits import CLAIM, FACT, profile_of


def test_a_group_described_with_where_it_is_based_is_what_the_group_later_means():
    described = ("Harrow Lens, a monitoring group based in Port Vell, says the true toll is at least three.", CLAIM,
                 {"source": ["Harrow Lens, a monitoring group based in Port Vell"], "cue": ["says"]})
    between = ("Its researchers spoke to relatives of two men.", FACT, {})
    report = ("The group's report accused the police of excessive force.", CLAIM,
              {"source": ["The group's report"], "cue": ["accused"]})
    assert profile_of(described, between, report)["credits"] == ["harrow lens", None, "harrow lens"]
    said = ("The group said the police had ignored its letters.", CLAIM, {"source": ["The group"], "cue": ["said"]})
    assert profile_of(described, between, said)["credits"][2] == "harrow lens"
    # a firm based somewhere is no group
    firm = ("Harrow Lens, a law firm based in Port Vell, says the true toll is at least three.", CLAIM,
            {"source": ["Harrow Lens, a law firm based in Port Vell"], "cue": ["says"]})
    assert profile_of(firm, between, said)["credits"][2] != "harrow lens"


def test_the_group_after_its_director_named_by_its_acronym_is_still_the_group():
    network = ("The Harbour Assembly Rights Network (HARN) accused police of unlawful arrests.", CLAIM,
               {"source": ["The Harbour Assembly Rights Network (HARN)"], "cue": ["accused"]})
    director = ('"This was a peaceful march," said HARN director Mira Olsen.', CLAIM,
                {"source": ["HARN director Mira Olsen"], "cue": ["said"]})
    group = ("The group said it had reviewed 60 videos.", CLAIM, {"source": ["The group"], "cue": ["said"]})
    assert profile_of(network, director, group)["credits"] == [
        "harbour assembly rights network", "mira olsen", "harbour assembly rights network"]
    # the director of another body, by its own acronym, leaves "the group" no one's
    other = ("The Velm Press Union (VPU) said two reporters were held.", CLAIM,
             {"source": ["The Velm Press Union (VPU)"], "cue": ["said"]})
    their = ('"They took our phones," said VPU director Ivo Hale.', CLAIM,
             {"source": ["VPU director Ivo Hale"], "cue": ["said"]})
    assert profile_of(network, other, their, group)["credits"][3] != "harbour assembly rights network"
