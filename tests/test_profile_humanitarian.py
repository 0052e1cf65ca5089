"""Credits in humanitarian and aid coverage, on hand-built sentences: an aid body's short name after its staff are
quoted with its name in capitals, "the agency" after a world body's agency whose name says no agency, and a body's
assessment."""

import pytest

from framing.sources import normalise_source
from test_profile_rebuttals import LABELS, profile_of

FACT, CLAIM, DENIAL, OPINION = LABELS


@pytest.mark.parametrize("body", ["Harrow Relief Alliance", "Tessan Aid Coalition", "Open Fields Network"])
def test_a_body_s_short_name_after_its_staff_member_written_with_it_in_capitals_is_that_body(body):
    # before, "Ines Varga, the Alliance's country director" made the capitalised possessive another body, so a later
    # "The Alliance" was a source of its own, "alliance"; the lower-case "the alliance's" was joined already
    noun = body.rpartition(" ")[2]
    credits = profile_of(
        (f"The {body} warned that 40,000 people could run out of food by June.", CLAIM, f"The {body}"),
        (f"Ines Varga, the {noun}'s country director, said families were selling their goats.", CLAIM,
         f"Ines Varga, the {noun}'s country director"),
        (f"The {noun} called on both sides to open the northern road to convoys.", CLAIM, f"The {noun}"),
    )["credits"]
    assert credits == [body.lower(), "ines varga", body.lower()]


@pytest.mark.parametrize("body", ["The World Grain Programme", "The International Organization for Displacement",
                                  "UNWAS"])
def test_the_agency_after_a_world_body_s_programme_fund_organisation_or_letters_is_that_body(body):
    # before, "According to the agency" after a world body's agency whose name says no agency was a source of its
    # own, "agency"
    credits = profile_of(
        (f"{body} said it had halved rations in the Selim camp.", CLAIM, body),
        ("According to the agency, its operation there is 18 percent funded.", CLAIM, "the agency"),
    )["credits"]
    assert credits == [normalise_source(body)] * 2
    # a national body's programme is no agency of a world body: "the agency" is another's
    assert profile_of(("The Tessan Food Programme said it had halved rations.", CLAIM, "The Tessan Food Programme"),
                      ("According to the agency, the camp is 18 percent funded.", CLAIM, "the agency"),
                      )["credits"][1] == "agency"


def test_the_agency_sentences_after_the_one_world_body_s_programme_credited_is_that_programme():
    # before, "According to the agency" more than two sentences after the programme's credit was a source of its own,
    # "agency", though a body whose name holds "Agency" is "the agency" at any distance
    facts = [("Aid convoys have been blocked at the border for weeks.", FACT, None),
             ("The clinic, run by the Lorin Health Trust, treated 300 patients last month.", FACT, None)]
    agency = ("According to the agency, most of them were children.", CLAIM, "the agency")
    programme = ("The World Grain Programme said food stocks were running low.", CLAIM, "The World Grain Programme")
    assert profile_of(programme, *facts, agency, gap="\n\n")["credits"] == [
        "world grain programme", None, None, "world grain programme"]
    # another agency credited since: "the agency" may be either
    service = ("The Kessel Border Service said the road was shut.", CLAIM, "The Kessel Border Service")
    assert profile_of(programme, service, *facts, agency, gap="\n\n")["credits"][-1] == "agency"
    # a body whose name holds "Agency" written since, crediting no one: "the agency" is that one
    named = ("The Kessel Border Agency closed the road on Monday.", FACT, None)
    assert profile_of(programme, named, *facts, agency, gap="\n\n")["credits"][-1] == "kessel border agency"


@pytest.mark.parametrize("body", ["The World Grain Programme", "The UN Refugee Housing Program",
                                  "The World Children's Programme"])
def test_the_agency_after_a_world_body_s_programme_that_acted_in_a_fact_naming_no_source_is_that_programme(body):
    # before, a programme's name read as a person's (no body's word ends a person's name but "Programme"), so it was
    # noted as a person the sentence wrote of, and no body "the agency" may mean: the agency was a source of its own
    credits = profile_of(
        (f"{body} cut food rations in the Selim camp by half on Monday.", FACT, None),
        ("The agency said 40,000 children were at risk.", CLAIM, "The agency"),
    )["credits"]
    assert credits == [None, normalise_source(body)]


@pytest.mark.parametrize("body, noun", [("The UN Children's Relief Fund", "The agency"),
                                        ("The Harrow Parents' Network", "The group"),
                                        ("The Harrow Women's Network", "The group")])
def test_the_agency_or_the_group_after_a_body_whose_name_holds_a_possessive_is_that_body(body, noun):
    # before, "Children" of "Children's" counted as a capitalised word of another body written after the credit,
    # as the key holds "children's": "The agency" was a source of its own
    credits = profile_of(
        (f"{body} warned of famine in the north on Monday.", CLAIM, body),
        (f"{noun} said 40,000 children were at risk.", CLAIM, noun),
    )["credits"]
    assert credits == [normalise_source(body)] * 2


@pytest.mark.parametrize("words, source", [
    ("According to the Alliance's latest assessment, 1.2 million people need food aid.",
     "the Alliance's latest assessment"),
    ("The alliance's needs assessment found that 1.2 million people need food aid.", "The alliance's needs assessment"),
])
def test_a_body_s_assessment_is_the_body_s_as_its_report_is(words, source):
    # before, "assessment" was no document a body speaks through, so "the Alliance's latest assessment" was a
    # source of its own apart from the alliance credited before
    credits = profile_of(
        ("The Harrow Relief Alliance warned that parts of the north could face famine.", CLAIM,
         "The Harrow Relief Alliance"),
        (words, CLAIM, source),
    )["credits"]
    assert credits == ["harrow relief alliance"] * 2


@pytest.mark.parametrize("union", ["UNISAR", "UNITA"])
def test_the_agency_is_no_union_whose_name_in_capitals_opens_with_un(union):
    # before, a name in capitals opening with "UN" read as a world body's agency's letters ("UNICEF") whatever its
    # description, so "the agency" after a union so named was that union
    credits = profile_of(
        (f"{union}, the health workers' union, said nurses would strike.", CLAIM,
         f"{union}, the health workers' union"),
        ("According to the agency, 40 wards were shut.", CLAIM, "the agency"),
    )["credits"]
    assert credits == [union.lower(), "agency"]
