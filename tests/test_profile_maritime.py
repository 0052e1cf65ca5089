"""Credits, sources and denials in maritime and shipping copy (port strikes, tanker seizures, collisions, abandoned
crews, ship registries, coastguards), on hand-built sentences: a Q&A whose introduction says "She spoke to us"
after naming the one it is with gives her the answers; a lawyer for a crew set before a name is that named lawyer;
a body's kind and "the" before its name are no part of it."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of
from test_transcripts import credits_of


def test_a_q_and_a_introduced_by_she_spoke_to_us_gives_the_answers_to_the_person_named_before():
    text = ("Q&A: How tankers go dark\n\nCapt. Hester Voland was harbour master of Carrow for 20 years. "
            "She spoke to us about transponders.\n\nQ: How often do they switch off?\nA: Every week. "
            "Some never switch back on.")
    credits, _ = credits_of(text)
    assert [credit for _, credit in credits][3:] == ["q (interviewer)", "hester voland", "hester voland"]
    # talking to reporters, whom the writer need not be among, names no one the interview is with
    credits, _ = credits_of(text.replace("to us", "to reporters"))
    assert [credit for _, credit in credits][4:] == ["a (interviewee)"] * 2


def test_a_lawyer_for_a_ship_s_crew_set_before_a_name_is_that_named_lawyer():
    for crew in ("the crew", "the ship's crew", "the stranded crew"):
        profile = profile_of(
            (f"A lawyer for {crew}, Paulo Anders, said the sailors had not been paid since May.", CLAIM,
             {"source": [f"A lawyer for {crew}, Paulo Anders"], "cue": ["said"]}),
            ("Anders said the men would stay aboard.", CLAIM, {"source": ["Anders"], "cue": ["said"]}))
        assert profile["credits"] == ["paulo anders"] * 2
    # one crew member is one person, whose name the nearer noun takes
    profile = profile_of(
        ("A lawyer for the detained captain, Ivo Strand, said he had broken no law.", DENIAL,
         {"source": ["A lawyer for the detained captain, Ivo Strand"], "cue": ["said"]}))
    assert profile["credits"] == ["lawyer for ivo strand"]


def test_a_body_s_kind_then_the_before_its_name_is_no_part_of_the_name():
    profile = profile_of(
        ("Industry body the Open Registries Council said the vetting rules were welcome.", CLAIM,
         {"source": ["Industry body the Open Registries Council"], "cue": ["said"]}),
        ("The Open Registries Council said 30 flags had signed up.", CLAIM,
         {"source": ["The Open Registries Council"], "cue": ["said"]}),
        ("Seafarers said the campaign group the Clean Seas Alliance had helped them.", CLAIM,
         {"source": ["Seafarers"], "cue": ["said"]}))
    assert profile["credits"][:2] == ["open registries council"] * 2
    assert [s["display"] for s in profile["sources"]][0] == "Open Registries Council"
    # a clause naming a body after "the" keeps its words: the group is not the ministry
    profile = profile_of(("The group the Ministry of Shipping funds said it had no comment.", CLAIM,
                          {"source": ["The group the Ministry of Shipping funds"], "cue": ["said"]}))
    assert profile["credits"] == ["group the ministry of shipping funds"]


@pytest.mark.parametrize("opening, body", [
    ("09:40 - The employers' body, the Halverton Terminal Operators Association, has issued a statement.",
     "halverton terminal operators association"),
    ("The operator, Kessel Ports, has issued a statement.", "kessel ports"),
    ("The ship's manager, Bluewake Shipping, issued a statement on Tuesday.", "bluewake shipping"),
])
def test_it_after_a_body_named_after_its_kind_opening_a_sentence_is_that_body(opening, body):
    profile = profile_of((opening, FACT, {}),
                         ("It says the union's pay demand is unaffordable.", CLAIM, {"cue": ["says"]}))
    assert profile["credits"] == [None, body]
    # of two bodies named so, "It" may mean either
    profile = profile_of(("The operator, Kessel Ports, and the union, Dockers United, have issued statements.", FACT,
                          {}), ("It says the demand stands.", CLAIM, {"cue": ["says"]}))
    assert profile["credits"][1] is None


def test_a_source_span_inside_a_relative_clause_after_the_opening_name_gives_the_name():
    charge = ("Kellan Shipping said the Orsa Bright was travelling far too fast.", CLAIM,
              {"source": ["Kellan Shipping"], "cue": ["said"]})
    profile = profile_of(charge,
                         ("Orsa Lines, which owns the container ship, rejected that.", DENIAL,
                          {"source": ["ship"], "cue": ["rejected"]}),
                         ("It said its ship had sounded its fog signal.", DENIAL, {"cue": ["said"]}))
    assert profile["credits"] == ["kellan shipping", "orsa lines", "orsa lines"]
    assert [pair["allegation"] for pair in profile["denials"]] == [0, 0]
    # a clause holding the speaker with a verb of its own that is no speech stays the speaker's
    profile = profile_of(charge, ("The Kellan Star, which the coastguard said was overloaded, sank at noon.", CLAIM,
                                  {"source": ["the coastguard"], "cue": ["said"]}))
    assert profile["credits"][1] == "coastguard"


def test_a_source_span_cut_after_a_firm_s_ampersand_takes_in_the_rest_of_the_name():
    sentence = ("Two agencies named in the charge sheet, Coastline Agencies and Borrow & Hale, said they had not paid "
                "any official.")
    profile = profile_of((sentence, DENIAL, {"source": ["Coastline Agencies and Borrow &"], "cue": ["said"]}),
                         ("Borrow & Hale declined to comment further.", FACT, {}),
                         ("Borrow & Hale said its agents had done nothing wrong.", DENIAL,
                          {"source": ["Borrow &"], "cue": ["said"]}))
    assert profile["credits"] == ["coastline agencies and borrow & hale", None, "borrow & hale"]
    # a span ending at a name before "and" is not widened: "and" is no firm's "&"
    profile = profile_of((sentence, DENIAL, {"source": ["Coastline Agencies"], "cue": ["said"]}))
    assert profile["credits"] == ["coastline agencies"]


def test_material_seen_by_the_paper_its_byline_names_is_the_writer_s_own_reporting():
    rows = [("Coastguard station to close", FACT, {}), ("By Sian Tolley, Brannock Courier", FACT, {}),
            ("According to figures obtained by the Courier, the station ran 112 rescues last year.", CLAIM,
             {"source": ["figures obtained by the Courier"], "cue": ["According to"]}),
            ("An internal document seen by the Brannock Courier shows the move will save money.", CLAIM,
             {"source": ["An internal document seen by the Brannock Courier"], "cue": ["shows"]}),
            ("Emails seen by the Harwick Herald show the plan was agreed in May.", CLAIM,
             {"source": ["Emails seen by the Harwick Herald"], "cue": ["show"]})]
    assert profile_of(*rows, gap="\n\n")["credits"] == [None, None, None, None, "harwick herald"]
    # with no byline naming it, a paper that had the material is credited as any outlet is
    assert profile_of(*rows[2:], gap="\n\n")["credits"] == ["courier", "brannock courier", "harwick herald"]


@pytest.mark.parametrize("desk", ["Political Editor", "Senior Correspondent", "Courier Staff Writer",
                                  "Home Affairs Desk", "Editor-at-Large", "Deputy Editor-in-Chief"])
def test_a_byline_s_desk_title_after_the_writer_names_no_paper_that_had_the_material(desk):
    rows = [("Coastguard station to close", FACT, {}), (f"By Sian Tolley, {desk}", FACT, {}),
            (f"A memo seen by the {desk.split()[-1]} shows the plan was agreed in May.", CLAIM,
             {"source": [f"A memo seen by the {desk.split()[-1]}"], "cue": ["shows"]})]
    assert profile_of(*rows, gap="\n\n")["credits"] == [None, None, desk.split()[-1].lower()]
    # as under a byline of the name alone
    rows[1] = ("By Sian Tolley", FACT, {})
    assert profile_of(*rows, gap="\n\n")["credits"] == [None, None, desk.split()[-1].lower()]


def test_a_name_a_speaker_s_turn_opens_by_addressing_someone_is_no_part_of_the_source():
    text = ("ANCHOR (LUCY FENN): Good evening. Our correspondent Dev Maraj is at the harbour.\n\n"
            "DEV MARAJ: The Kellan Star is listing badly.\n\n"
            "ANCHOR (LUCY FENN): Dev, the Kellan Star's owners have said something about the speed?\n\n"
            "DEV MARAJ: That's right.")
    credits, _ = credits_of(text, {3: CLAIM}, {3: ["Dev, the Kellan Star's owners"]})
    assert credits[3][1] == "kellan star's owners"
    # a name described after its comma ("a" or "an") is the source, and outside a turn the name is never cut
    described = text.replace("Dev, the Kellan Star's owners have said something",
                             "Marta, a deckhand, has said something")
    credits, _ = credits_of(described, {3: CLAIM}, {3: ["Marta, a deckhand"]})
    assert credits[3][1] == "marta"
    profile = profile_of(("Lucy, the ship's cook, said the crew had not been paid.", CLAIM,
                          {"source": ["Lucy, the ship's cook"], "cue": ["said"]}))
    assert profile["credits"] == ["lucy"]


def test_a_given_name_a_speaker_s_turn_opens_with_and_an_appositive_closed_by_a_comma_is_the_source():
    text = ("ANCHOR (LUCY FENN): Good evening.\n\nDEV MARAJ: The Kellan Star is listing badly.\n\n"
            "ANCHOR (LUCY FENN): Go on.\n\nDEV MARAJ: Marta, the ship's cook, says she was never paid.")
    credits, _ = credits_of(text, {3: CLAIM}, {3: ["Marta, the ship's cook"]})
    assert credits[3][1] == "marta"
    # with no comma closing it, the name is still the one addressed
    addressed = text.replace("cook, says she was", "cook says she was")
    credits, _ = credits_of(addressed, {3: CLAIM}, {3: ["Marta, the ship's cook"]})
    assert credits[3][1] == "ship's cook"


def test_it_saying_later_in_a_turn_goes_on_with_the_body_credited_just_before():
    text = ("ANCHOR (LUCY FENN): Good evening.\n\nDEV MARAJ: Kellan Shipping said the Orsa Bright went too fast. "
            "Orsa Lines rejected that. It said its ship was within the limit.\n\nANCHOR (LUCY FENN): And the oil?")
    credits, _ = credits_of(text, {1: CLAIM, 2: DENIAL, 3: DENIAL}, {1: ["Kellan Shipping"], 2: ["Orsa Lines"]})
    assert [credit for _, credit in credits][1:4] == ["kellan shipping", "orsa lines", "orsa lines"]
    # after a person credited, "It" is still no one's
    credits, _ = credits_of(text.replace("Orsa Lines rejected", "Ana Vell rejected"), {1: CLAIM, 2: DENIAL, 3: DENIAL},
                            {1: ["Kellan Shipping"], 2: ["Ana Vell"]})
    assert [credit for _, credit in credits][2:4] == ["ana vell", None]


def test_the_registry_is_the_one_ship_registry_the_copy_named():
    named = ("The Sarbonne International Ship Registry (SISR) announced that its fleet had passed 1,300 vessels.", FACT,
             {})
    chief = ('"Sarbonne is a flag of quality," said Chief Executive Officer Adaeze Morrow.', CLAIM,
             {"source": ["Chief Executive Officer Adaeze Morrow"], "cue": ["said"]})
    said = ("Owners will have to disclose who owns them, the registry said.", CLAIM,
            {"source": ["the registry"], "cue": ["said"]})
    assert profile_of(named, chief, said)["credits"] == [None, "adaeze morrow", "sarbonne international ship registry"]
    # after two registries named, none credited, "the registry" is neither's
    other = ("The Calverre Ship Registry lists 300 tankers.", FACT, {})
    assert profile_of(named, other, said)["credits"][2] == "registry"


def test_a_report_by_a_body_named_after_its_kind_and_another_participle_is_the_body_s():
    def credit(report: str) -> list[str]:
        return profile_of((f"{report}, said 40 tankers dumped oil at night.", CLAIM,
                           {"source": [report], "cue": ["said"]}))["credits"]
    assert credit("The report, by the monitoring group Sea Witness and published with three newspapers") == [
        "sea witness"]
    assert credit("The report, by Sea Witness and published with three newspapers") == ["sea witness"]
    # a second name after "and" is no participle of the report: the two stay together
    assert credit("The report, by the monitoring group Sea Witness and Harbour Aid") == [
        "monitoring group sea witness and harbour aid"]


@pytest.mark.parametrize("report", [
    "The report, by the monitoring group Sea Witness and published with three newspapers",
    "The report, by Sea Witness"])
def test_a_later_the_report_is_the_maker_s_named_after_a_comma_and_by(report):
    profile = profile_of((f"{report}, said 40 tankers dumped oil at night.", CLAIM,
                          {"source": [report], "cue": ["said"]}),
                         ("Tankers turned off their trackers, according to the report.", CLAIM,
                          {"source": ["the report"], "cue": ["according to"]}))
    assert profile["credits"] == ["sea witness"] * 2
    # a report whose maker is not named stays the report
    profile = profile_of(("The report, published on Monday, said 40 tankers dumped oil.", CLAIM,
                          {"source": ["The report, published on Monday"], "cue": ["said"]}),
                         ("Tankers turned off their trackers, according to the report.", CLAIM,
                          {"source": ["the report"], "cue": ["according to"]}))
    assert profile["credits"] == ["report"] * 2
