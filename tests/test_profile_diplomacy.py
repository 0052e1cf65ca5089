"""Credits, sources and denial pairs in diplomacy and foreign-affairs copy, on hand-built sentences: rights groups
described by where they are based, charges that a ministry rejects, reports a group published and a ministry's
readout of a call."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


def test_the_place_where_a_group_is_based_is_no_source_the_group_speaks():
    profile = profile_of(
        ("Tarvel Rights Watch, a group based in Lisbon, said police had beaten protesters.", CLAIM,
         {"source": ["Tarvel Rights Watch", "a group", "Lisbon"], "cue": ["said"]}),
        ("The Brenna Trust, a charity headquartered in Ostby, published a report alleging abuse in camps.", CLAIM,
         {"source": ["The Brenna Trust", "a charity", "Ostby"], "cue": ["published"]}),
        ("Officials based in Kerrow told reporters the talks had stalled.", CLAIM,
         {"source": ["Officials", "Kerrow"], "cue": ["told"]}),
    )
    assert profile["credits"] == ["tarvel rights watch", "brenna trust", "officials"]
    assert [s["source"] for s in profile["sources"]] == ["brenna trust", "officials", "tarvel rights watch"]


def test_a_charge_that_opens_its_answerer_s_span_is_no_part_of_the_answerer():
    profile = profile_of(
        ("The Ostmark government accused Velland of spying on its ports, a charge Velland's foreign ministry "
         "rejected as absurd.", DENIAL,
         {"source": ["The Ostmark government", "a charge Velland's foreign ministry"], "cue": ["accused", "rejected"]}),
        ("Ostmark also said Velland had jammed radio traffic, an accusation the Velland embassy denies.", DENIAL,
         {"source": ["Ostmark", "an accusation the Velland embassy"], "cue": ["said", "denies"]}),
    )
    assert profile["credits"] == ["velland's foreign ministry", "velland embassy"]
    assert [s["source"] for s in profile["sources"]] == ["velland embassy", "velland's foreign ministry"]
    assert [d["source"] for d in profile["denials"]] == ["velland's foreign ministry", "velland embassy"]


def test_the_report_after_a_source_published_a_report_is_that_source_s():
    for first in ("Oslin Rights Watch, a group based in Geneva, published a report on Monday alleging that police "
                  "had detained 140 people.",
                  "The row flared last week, when Oslin Rights Watch published a report alleging that police had "
                  "detained 140 people."):
        profile = profile_of(
            (first, CLAIM, {"source": ["Oslin Rights Watch"], "cue": ["published"]}),
            ("The report said detainees were held in schools.", CLAIM, {"source": ["The report"], "cue": ["said"]}),
            ("Karvia's interior ministry dismissed the report as biased.", DENIAL,
             {"source": ["Karvia's interior ministry"], "cue": ["dismissed"]}),
        )
        assert profile["credits"] == ["oslin rights watch", "oslin rights watch", "karvia's interior ministry"]
        assert profile["denials"] == [{"denial": 2, "source": "karvia's interior ministry", "allegation": 1}]


def test_a_readout_speaks_for_the_ministry_that_put_it_out():
    profile = profile_of(
        ("According to a readout from the Velland foreign ministry, the two ministers discussed the border.", CLAIM,
         {"source": ["a readout from the Velland foreign ministry"], "cue": ["According to"]}),
        ("The Ostmark presidency's readout said the call had been frank.", CLAIM,
         {"source": ["The Ostmark presidency's readout"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["velland foreign ministry", "ostmark presidency"]


def test_a_piece_of_a_split_name_does_not_take_over_the_report_its_whole_name_published():
    profile = profile_of(
        ("The row flared when the Oslin Rights Watch, a group based in Geneva, published a report alleging abuse.",
         CLAIM, {"source": ["the Oslin", "Watch", "a group", "Geneva"], "cue": ["published"]}),
        ("The report said detainees were held in schools.", CLAIM, {"source": ["The report"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["oslin rights watch", "oslin rights watch"]
    assert [s["source"] for s in profile["sources"]] == ["oslin rights watch"]


def test_the_organisation_after_the_united_nations_is_the_united_nations():
    for noun in ("organisation", "organization"):
        profile = profile_of(
            ("The United Nations said 1,300 people had fled the hill villages.", CLAIM,
             {"source": ["The United Nations"], "cue": ["said"]}),
            (f"The {noun} added that convoys could not reach the valley.", CLAIM,
             {"source": [f"The {noun}"], "cue": ["added"]}),
        )
        assert profile["credits"] == ["united nations", "united nations"]


def test_a_body_a_name_owns_acting_is_the_body_its_noun_means_next():
    said = ("The panel said the tariffs broke the accord.", CLAIM, {"source": ["The panel"], "cue": ["said"]})
    for met, owned in (("The Trade Council's dispute panel met in March.", "trade council's dispute panel"),
                       ("Varnland's appeals panel met in March.", "varnland's appeals panel")):
        assert profile_of((met, FACT, {}), said)["credits"] == [None, owned]
    # another noun is not the owned body's, and the owner itself is still its own noun's
    council = ("The council said the tariffs broke the accord.", CLAIM, {"source": ["The council"], "cue": ["said"]})
    assert profile_of(("The Trade Council's dispute panel met in March.", FACT, {}), council)["credits"] == [
        None, "trade council"]
    # a person's side is no body so owned
    team = ("The team said the tariffs broke the accord.", CLAIM, {"source": ["The team"], "cue": ["said"]})
    assert profile_of(("Tom Vask's legal team met in March.", FACT, {}), team)["credits"] == [None, "team"]


def test_it_after_a_body_a_name_owns_acting_is_that_body():
    # before, "It said" after "The Trade Council's dispute panel met in March." was no one's, though "The panel
    # said" was the panel's
    said = ("It said the tariffs broke the accord.", CLAIM, {"source": ["It"], "cue": ["said"]})
    for met, owned in (("The Trade Council's dispute panel met in March.", "trade council's dispute panel"),
                       ("Varnland's appeals panel met in March.", "varnland's appeals panel")):
        assert profile_of((met, FACT, {}), said)["credits"] == [None, owned]
    # an owner's officer is no body "It" means
    assert profile_of(("The Trade Council's chairman met in March.", FACT, {}), said)["credits"] == [None, None]


def test_here_or_there_ending_a_source_before_its_cue_is_no_part_of_its_name():
    # before, "Kastovia's embassy here dismissed the claims" was credited "kastovia's embassy here"
    here = ("Kastovia's embassy here dismissed the claims as lies.", DENIAL,
            {"source": ["Kastovia's embassy here"], "cue": ["dismissed"]})
    there = ("Officials there said the talks had stalled.", CLAIM, {"source": ["Officials there"], "cue": ["said"]})
    assert profile_of(here, there)["credits"] == ["kastovia's embassy", "officials"]
    # a word that only ends in those letters stays ("Mother" is no "here")
    mother = ("The Kastovian Mother said the claims were lies.", DENIAL,
              {"source": ["The Kastovian Mother"], "cue": ["said"]})
    assert profile_of(mother)["credits"] == ["kastovian mother"]


@pytest.mark.parametrize(("span", "credit"), [("People living there", "people living there"),
                                              ("Those working there", "those working there"),
                                              ("Families who live there", "families"),
                                              ("Staff based here", "staff based here")])
def test_here_or_there_after_a_verb_ending_a_source_is_where_the_people_are(span, credit):
    # before, "there" after a participle or a verb was cut as where the writer places the source, leaving "people
    # living" and "those working"
    said = (f"{span} said the water was brown.", CLAIM, {"source": [span], "cue": ["said"]})
    assert profile_of(said)["credits"] == [credit]
