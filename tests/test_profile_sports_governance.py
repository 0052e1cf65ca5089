"""Credits, sources and denial pairs in sport governance copy (audit a58c): doping sanctions, federations, sports
courts, athletes' lawyers and clubs' statements; on hand-built sentences with invented names."""

import pytest

from framing.source_accusations import alleges
from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


@pytest.mark.parametrize("case", ["after testing positive for a steroid", "after a positive test for a steroid",
                                  "after failing an out-of-competition drugs test", "for doping",
                                  "after an adverse analytical finding for a steroid"])
def test_a_sanction_s_doping_case_is_the_allegation_the_named_athlete_answers(case):
    assert alleges(f"Belgian sprinter Joris Vantigem has been banned for four years {case}, the agency said.")
    profile = profile_of(
        (f"Belgian sprinter Joris Vantigem has been banned for four years {case}, the Track Integrity Office said.",
         CLAIM, {"source": ["the Track Integrity Office"], "cue": ["said"]}),
        ("The sprinter has denied wrongdoing throughout.", DENIAL, {"source": ["The sprinter"], "cue": ["denied"]}))
    assert profile["credits"] == ["track integrity office", "joris vantigem"]
    assert profile["denials"] == [{"denial": 1, "source": "joris vantigem", "allegation": 0}]


@pytest.mark.parametrize("text", ["The agency said she had never failed a drugs test.",
                                  "The agency said he had not tested positive.",
                                  "The agency said the laboratory reported no positive test."])
def test_a_doping_case_negated_alleges_nothing(text):
    assert not alleges(text)


SUSPENDED = ("Rowing chief Edda Ranstrom was suspended by the union's ethics committee.", FACT, {})


@pytest.mark.parametrize("document, owner", [("The committee's report, seen by this newspaper,", "committee"),
                                             ("The committee's final report, obtained by the newspaper,", "committee"),
                                             ("The ethics committee's findings, reviewed by this newspaper,",
                                              "ethics committee")])
def test_a_document_its_owner_wrote_seen_by_the_publication_is_still_the_owner_s(document, owner):
    profile = profile_of(SUSPENDED, (f"{document} describe transfers to a firm her son-in-law runs.", CLAIM,
                                     {"source": [document.rstrip(",")], "cue": ["describe"]}))
    assert profile["credits"] == [None, owner]
    profile = profile_of(SUSPENDED, (f"Ranstrom took payments, according to {document[0].lower()}{document[1:-1]}.",
                                     CLAIM, {"source": [document[0].lower() + document[1:-1]],
                                             "cue": ["according to"]}))
    assert profile["credits"] == [None, owner]


def test_documents_no_possessive_owns_seen_by_the_publication_are_still_its_own_reporting():
    document = "Documents seen by this newspaper"
    profile = profile_of(SUSPENDED, (f"{document} describe transfers to a firm her son-in-law runs.", CLAIM,
                                     {"source": [document], "cue": ["describe"]}))
    assert profile["credits"] == [None, None]


@pytest.mark.parametrize("named, statement, body", [
    ("Harbour City FC were docked six points on Monday.", "A club statement", "harbour city fc"),
    ("The Velmar Rowing Federation opened a case on Monday.", "A federation statement", "velmar rowing federation"),
    # a league no source named yet: "league", as "the league" alone is
    ("The Tarnside Football League docked Harbour City FC six points.", "A league statement", "league"),
])
def test_a_sports_body_s_statement_written_with_its_noun_is_the_body_s_word(named, statement, body):
    profile = profile_of((named, FACT, {}), (f"{statement} said the sanction would be appealed.", CLAIM,
                                             {"source": [statement], "cue": ["said"]}))
    assert profile["credits"] == [None, body]
    assert [source["source"] for source in profile["sources"]] == [body]


def test_a_league_s_statement_after_the_league_spoke_is_that_league_s_word():
    profile = profile_of(("The Tarnside Football League said it had docked Harbour City FC six points.", CLAIM,
                          {"source": ["The Tarnside Football League"], "cue": ["said"]}),
                         ("Harbour City FC said they would appeal.", CLAIM, {"source": ["Harbour City FC"],
                                                                             "cue": ["said"]}),
                         ("A league statement later said the sanction stood.", CLAIM,
                          {"source": ["A league statement"], "cue": ["said"]}))
    assert profile["credits"] == ["tarnside football league", "harbour city fc", "tarnside football league"]


BANNED = ("Belgian sprinter Joris Vantigem has been banned for four years after testing positive for a steroid, the "
          "Track Integrity Office said.", CLAIM, {"source": ["the Track Integrity Office"], "cue": ["said"]})
SPRINTER_DENIES = ("The sprinter has denied wrongdoing throughout.", DENIAL,
                   {"source": ["The sprinter"], "cue": ["denied"]})


@pytest.mark.parametrize("lawyer", ["Vantigem's lawyer, Pia Holm,", "Pia Holm, a lawyer for Vantigem,"])
def test_the_accused_s_own_lawyer_denying_between_leaves_the_sprinter_the_accused(lawyer):
    profile = profile_of(BANNED, (f"{lawyer} said he had never knowingly taken a banned substance.", DENIAL,
                                  {"source": [lawyer.rstrip(",")], "cue": ["said"]}), SPRINTER_DENIES)
    assert profile["credits"] == ["track integrity office", "pia holm", "joris vantigem"]
    assert profile["denials"][-1] == {"denial": 2, "source": "joris vantigem", "allegation": 0}


def test_another_athlete_s_lawyer_denying_between_leaves_the_sprinter_no_one():
    lawyer = "Rival Tom Brask's lawyer, Pia Holm"
    profile = profile_of(BANNED, (f"{lawyer}, said Brask had never taken a banned substance.", DENIAL,
                                  {"source": [lawyer], "cue": ["said"]}), SPRINTER_DENIES)
    assert profile["credits"][2] != "joris vantigem"


def test_a_federation_s_head_by_role_alone_is_the_head_the_copy_names_after_it():
    # before, "swimming federation chief", "head of the national swimming federation" and "Federation president Dora
    # Vukic" were three sources for one person
    rows = (("Swimming federation chief denies misusing funds", DENIAL,
             {"source": ["Swimming federation chief"], "cue": ["denies"]}),
            ("The head of the national swimming federation denied misusing funds on Monday.", DENIAL,
             {"source": ["The head of the national swimming federation"], "cue": ["denied"]}),
            ("Auditors said 40,000 euros could not be accounted for.", CLAIM,
             {"source": ["Auditors"], "cue": ["said"]}),
            ("Federation president Dora Vukic said the audit had been rushed.", DENIAL,
             {"source": ["Federation president Dora Vukic"], "cue": ["said"]}),
            ("Vukic said she would hand every receipt to the ministry.", CLAIM, {"source": ["Vukic"], "cue": ["said"]}))
    profile = profile_of(*rows, gap="\n\n")
    assert profile["credits"] == ["dora vukic", "dora vukic", "auditors", "dora vukic", "dora vukic"]
    assert [s["source"] for s in profile["sources"]] == ["dora vukic", "auditors"]
    # not a deputy, nor another officer
    for role in ("Swimming federation deputy chief", "Swimming federation chief executive"):
        row = (f"{role} denies misusing funds", DENIAL, {"source": [role], "cue": ["denies"]})
        assert profile_of(row, *rows[2:], gap="\n\n")["credits"][0] != "dora vukic"
    # nor the head of another body than the one she heads
    row = ("Rowing federation chief denies misusing funds", DENIAL,
           {"source": ["Rowing federation chief"], "cue": ["denies"]})
    swimming = ("Swimming federation president Dora Vukic said the audit had been rushed.", DENIAL,
                {"source": ["Swimming federation president Dora Vukic"], "cue": ["said"]})
    assert profile_of(row, rows[2], swimming, gap="\n\n")["credits"][0] == "rowing federation chief"
    # nor where two people were named heading the federation
    other = ("Federation president Ivo Brandt said he had resigned in May.", CLAIM,
             {"source": ["Federation president Ivo Brandt"], "cue": ["said"]})
    assert profile_of(rows[0], other, *rows[2:], gap="\n\n")["credits"][0] == "swimming federation chief"


@pytest.mark.parametrize("head", ["The swimming federation chief", "The federation boss"])
def test_a_federation_s_head_by_another_heading_word_after_the_copy_named_her_is_her(head):
    # before, "the swimming federation chief" after "Federation president Dora Vukic said ..." was a source apart,
    # though "the federation president" joined her: only the role word she was written with was read
    vukic = ("Federation president Dora Vukic said the audit had been rushed.", DENIAL,
             {"source": ["Federation president Dora Vukic"], "cue": ["said"]})
    between = ("Swimmers were not consulted.", FACT, {})
    told = (f"{head} told reporters the rules would stay.", CLAIM, {"source": [head], "cue": ["told"]})
    assert profile_of(vukic, between, told)["credits"] == ["dora vukic", None, "dora vukic"]
    # not a deputy, nor the head of another body
    deputy = ("The deputy federation chief told reporters the rules would stay.", CLAIM,
              {"source": ["The deputy federation chief"], "cue": ["told"]})
    assert profile_of(vukic, between, deputy)["credits"][-1] != "dora vukic"
    rowing = ("The rowing union chief told reporters the rules would stay.", CLAIM,
              {"source": ["The rowing union chief"], "cue": ["told"]})
    assert profile_of(vukic, between, rowing)["credits"][-1] != "dora vukic"
