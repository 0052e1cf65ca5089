"""Credits, sources and denial pairs in copy about trade, tariffs and sanctions (audit a61b): trade ministries and
their spokespeople, customs agencies, exporters and trading houses, a trade body's dispute panel, investigators'
sanctions-evasion reports and the firms denying them; on hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


@pytest.mark.parametrize("firm", ["Halden Grain", "Ferro Agri", "Rostam Commodities", "Corvane Trading"])
def test_the_company_after_a_trading_house_named_by_its_trade_is_that_house(firm):
    profile = profile_of(
        (f"The report alleges that {firm} bought sanctioned wheat at a discount.", CLAIM,
         {"source": ["The report"], "cue": ["alleges"]}),
        (f"{firm} said the allegations were baseless.", DENIAL, {"source": [firm], "cue": ["said"]}),
        ("\"Our supply chain is audited every year,\" the company said in a statement.", DENIAL,
         {"source": ["the company"], "cue": ["said"]}),
        gap="\n\n")
    assert profile["credits"][1:] == [firm.lower()] * 2
    assert [(s["source"], s["denies"]) for s in profile["sources"]] == [(firm.lower(), True), ("report", False)]


@pytest.mark.parametrize("group", ["Investigators at the Northbridge Institute, a research group,",
                                   "Researchers at the Northbridge Institute"])
def test_their_study_after_a_group_at_a_body_is_that_group_s_as_its_study_is(group):
    profile = profile_of(
        (f"{group} argue that much of that trade ends up in Ostrava.", CLAIM,
         {"source": [group.rstrip(",")], "cue": ["argue"]}),
        ("Their latest study traced 3,000 shipments of microchips through Selane.", CLAIM,
         {"source": ["Their latest study"], "cue": ["traced"]}))
    owner = group.rstrip(",").split(",")[0].lower()
    assert profile["credits"] == [owner, owner]
    assert [s["source"] for s in profile["sources"]] == [owner]


@pytest.mark.parametrize("authors", ["The report's authors", "The authors of the report", "The report's lead author"])
def test_a_report_s_authors_are_its_issuer_as_the_report_is(authors):
    profile = profile_of(
        ("A report published on Monday by the monitoring group Clearwater Watch said six tankers had gone dark.", CLAIM,
         {"source": ["A report published on Monday by the monitoring group Clearwater Watch"], "cue": ["said"]}),
        ("Meridane Shipping said the accusations were false.", DENIAL,
         {"source": ["Meridane Shipping"], "cue": ["said"]}),
        (f"{authors} said they had traced the tankers using satellite images.", CLAIM,
         {"source": [authors], "cue": ["said"]}),
        gap="\n\n")
    assert profile["credits"] == ["clearwater watch", "meridane shipping", "clearwater watch"]
    assert [(s["source"], s["sentences"]) for s in profile["sources"]] == [("clearwater watch", 2),
                                                                         ("meridane shipping", 1)]


#: A report's allegation, three firms' answers and a fact: the allegation is six sentences before what comes after.
_REPORT_AND_FIRMS_DENYING = (
    ("The investigators' report alleges that Halden Grain bought Ostravan wheat at a discount.", CLAIM,
     {"source": ["The investigators' report"], "cue": ["alleges"]}),
    ("Halden Grain said the allegations were baseless.", DENIAL, {"source": ["Halden Grain"], "cue": ["said"]}),
    ("The firm said its supply chain was audited every year.", DENIAL, {"source": ["The firm"], "cue": ["said"]}),
    ("Ferro Agri rejected the report as fiction.", DENIAL, {"source": ["Ferro Agri"], "cue": ["rejected"]}),
    ("Rostam Commodities did not respond to a request for comment.", FACT, {}),
    ("Grain prices in Luma rose 1.4 percent.", FACT, {}),
)


@pytest.mark.parametrize("spokesperson", ["A spokesman, Ivo Marten,", "A spokeswoman, Lena Vey,"])
def test_a_spokesperson_named_after_a_comma_answers_the_allegation_the_body_before_denied(spokesperson):
    profile = profile_of(
        *_REPORT_AND_FIRMS_DENYING,
        ("Velmar's agriculture ministry also dismissed the claims.", DENIAL,
         {"source": ["Velmar's agriculture ministry"], "cue": ["also dismissed"]}),
        (f"{spokesperson} said that no Ostravan wheat could pass as Velmar produce.", DENIAL,
         {"source": [spokesperson.rstrip(",")], "cue": ["said"]}),
        gap="\n\n")
    person = spokesperson.split(", ")[1].rstrip(",").lower()
    assert profile["denials"][-2:] == [{"denial": 6, "source": "velmar's agriculture ministry", "allegation": 0},
                                       {"denial": 7, "source": person, "allegation": 0}]


@pytest.mark.parametrize("noun", ["ministry", "agency"])
def test_a_spokesperson_for_the_body_by_its_noun_answers_the_allegation_that_body_denied(noun):
    body = f"Velmar's agriculture {noun}"
    profile = profile_of(
        *_REPORT_AND_FIRMS_DENYING,
        (f"{body} also dismissed the claims.", DENIAL, {"source": [body], "cue": ["also dismissed"]}),
        (f"Ivo Marten, a spokesman for the {noun}, said no Ostravan wheat could pass as Velmar produce.", DENIAL,
         {"source": [f"Ivo Marten, a spokesman for the {noun}"], "cue": ["said"]}),
        gap="\n\n")
    assert profile["denials"][-2:] == [{"denial": 6, "source": body.lower(), "allegation": 0},
                                       {"denial": 7, "source": "ivo marten", "allegation": 0}]


def test_a_spokesperson_named_after_a_comma_after_an_accuser_s_claim_answers_that_claim():
    profile = profile_of(
        ("Clearwater Watch said the tankers had gone dark for three days.", CLAIM,
         {"source": ["Clearwater Watch"], "cue": ["said"]}),
        ("A spokesman, Teodor Vask, said the tankers had followed every rule.", DENIAL,
         {"source": ["A spokesman, Teodor Vask"], "cue": ["said"]}),
        gap="\n\n")
    assert profile["denials"] == [{"denial": 1, "source": "teodor vask", "allegation": 0}]


@pytest.mark.parametrize("before", ["The Orrin Institute said it had interviewed two whistleblowers.",
                                    "The Halden Port Authority fined two shipping firms."])
def test_their_document_after_a_body_named_in_the_singular_is_not_that_body_s(before):
    credited = {"source": ["The Orrin Institute"], "cue": ["said"]} if "said" in before else {}
    profile = profile_of(
        (before, CLAIM if credited else FACT, credited),
        ("Their letters described months of unpaid overtime.", CLAIM,
         {"source": ["Their letters"], "cue": ["described"]}))
    assert profile["credits"][1] == "letters"  # the whistleblowers' or the firms', no owner the profile names


@pytest.mark.parametrize("marks", [{"cue": ["citing"]}, {}])
def test_a_headline_s_clause_citing_a_reason_is_the_headline_subject_s(marks):
    # before, ", citing dumping" after the headline's clause named no one, so the claim was no one's
    headline = ("Varnholt levies 40% tariff on Keshani steel, citing dumping", CLAIM, marks)
    said = ("Varnholt said the steel was sold below cost.", CLAIM, {"source": ["Varnholt"], "cue": ["said"]})
    assert profile_of(headline, said, gap="\n\n")["credits"] == ["varnholt", "varnholt"]
    # a copy that never names it as a source leaves it no one's
    fact = ("Varnholt imposed the tariff on Monday.", FACT, {})
    assert profile_of(headline, fact, gap="\n\n")["credits"] == [None, None]


@pytest.mark.parametrize("owner, key", [("The investigators'", "investigators"),
                                        ("The Harbour Trust's", "harbour trust")])
def test_the_report_s_authors_after_a_report_owned_by_a_plural_are_its_owners(owner, key):
    # before, "The investigators' report" (a plural's possessive, no "'s") noted no issuer, so "The report's
    # authors" were a source of their own
    profile = profile_of(
        (f"{owner} report alleges the harbour master took bribes.", CLAIM,
         {"source": [f"{owner} report"], "cue": ["alleges"]}),
        ("The report's authors said they had seen bank records.", CLAIM,
         {"source": ["The report's authors"], "cue": ["said"]}))
    assert profile["credits"] == [key, key]


@pytest.mark.parametrize("hired", ["hired by", "appointed by", "led by"])
def test_the_investigators_after_a_group_of_investigators_hired_by_a_body_are_that_group(hired):
    # before, "hired by ..." after the group's plural hid whom it is made of, so "the investigators" were apart
    group = f"A group of investigators {hired} the Coastal Union"
    profile = profile_of(
        (f"{group} said the payments ran for years.", CLAIM, {"source": [group], "cue": ["said"]}),
        ("The investigators said they had seen bank records.", CLAIM,
         {"source": ["The investigators"], "cue": ["said"]}))
    assert profile["credits"][0] == profile["credits"][1]
    assert len(profile["sources"]) == 1


@pytest.mark.parametrize("report", ["The investigators' report", "The investigators' final findings"])
def test_the_investigators_report_after_a_group_of_investigators_is_that_group_s(report):
    # before, "The investigators' report" was a source "investigators" apart from the group they make up
    group = "A group of investigators hired by the Kessel port authority"
    said = (f"{group} said the crane was old.", CLAIM, {"source": [group], "cue": ["said"]})
    profile = profile_of(said, (f"{report} found that the valves were faulty.", CLAIM,
                                {"source": [report], "cue": ["found"]}))
    assert profile["credits"][0] == profile["credits"][1]
    assert len(profile["sources"]) == 1
    # other people's report is not the group's
    other = ("The engineers' report found that the valves were faulty.", CLAIM,
             {"source": ["The engineers' report"], "cue": ["found"]})
    assert profile_of(said, other)["credits"][1] == "engineers"


def test_it_after_a_panel_that_acted_is_that_panel():
    """A panel is a body "it" may mean, as a council is (before: "panel" was no body's head, so "It said" after "The
    Kessel Dispute Panel met" was no one's); a panel as the object of another's act is no subject "it" may mean."""
    said = ("It said the tariffs broke the accord.", CLAIM, {"source": ["It"], "cue": ["said"]})
    met = ("The Kessel Dispute Panel met on Monday.", FACT, {})
    assert profile_of(met, said)["credits"] == [None, "kessel dispute panel"]
    criticised = ("Ministers criticised the Kessel Dispute Panel.", FACT, {})
    assert profile_of(criticised, said)["credits"] == [None, None]
