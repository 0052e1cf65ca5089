"""Credits, sources and denials in science and technology copy (audit a55b): new studies, their authors and outside
experts, tech companies' launches, outages and data breaches, regulators' fines and the companies' answers; on
hand-built sentences with invented names."""

import pytest

from framing.document import Sentence
from framing.profile import build_profile
from test_profile_credits import CLAIM, DENIAL, FACT, LABELS, profile_of


@pytest.mark.parametrize("firm", ["Quillon Space", "Marrick Electronics", "Tessel Networks",
                                  "Orrin Computing", "Vantor Payments", "Lumen Photonics", "Harlan Instruments"])
def test_a_tech_firm_named_for_its_trade_is_the_company_and_its_first_word_alone_joins_it(firm):
    # before, "the company" was a source "company" of its own, and "Quillon" another apart from "Quillon Space"
    profile = profile_of((f"{firm} has postponed the launch of its new system, the company said on Monday.", CLAIM,
                          {"source": ["the company"], "cue": ["said"]}),
                         (f"{firm.split()[0]} said the fault would be fixed.", CLAIM,
                          {"source": [firm.split()[0]], "cue": ["said"]}))
    assert profile["credits"] == [firm.lower()] * 2
    assert [s["source"] for s in profile["sources"]] == [firm.lower()]


def test_a_state_body_named_for_health_is_still_no_company():
    profile = profile_of(("The Ministry of Health said the plan was sound.", CLAIM,
                          {"source": ["The Ministry of Health"], "cue": ["said"]}),
                         ("The company said prices would hold.", CLAIM, {"source": ["The company"], "cue": ["said"]}))
    assert profile["credits"] == ["ministry of health", "company"]


FIRM_FINDS_FAULT = ("Orsk Mining has delayed the launch after engineers found a fault in its sensors, the company "
                    "said.", CLAIM, {"source": ["the company"], "cue": ["said"]})
ENGINEER = ("An engineer familiar with the programme said the problem had been known since August.", CLAIM,
            {"source": ["An engineer familiar with the programme"], "cue": ["said"]})


@pytest.mark.parametrize("denial", ["Orsk denied that, saying it learned of the fault only in October.",
                                    "Orsk disputed it."])
def test_a_firm_denying_that_after_another_s_claim_answers_it_and_rebuts_no_report_of_its_own(denial):
    # before, the firm's own "engineers found a fault" was its allegation, and the denial its rebuttal of it
    profile = profile_of(FIRM_FINDS_FAULT, ENGINEER, (denial, DENIAL, {"source": ["Orsk"], "cue": [denial.split()[1]]}))
    assert profile["credits"] == ["orsk mining", "engineer familiar with the programme", "orsk mining"]
    assert profile["rebuttals"] == []
    assert profile["denials"] == [{"denial": 2, "source": "orsk mining", "allegation": 1}]


def test_an_accuser_rejecting_that_after_the_accused_side_s_denial_still_rebuts():
    profile = profile_of(
        ("Campaigners accused Orsk Mining of hiding test results.", CLAIM,
         {"source": ["Campaigners"], "cue": ["accused"]}),
        ("Orsk denied the charge.", DENIAL, {"source": ["Orsk"], "cue": ["denied"]}),
        ("A company spokesperson said every result was published.", CLAIM,
         {"source": ["A company spokesperson"], "cue": ["said"]}),
        ("The campaigners rejected that.", DENIAL, {"source": ["The campaigners"], "cue": ["rejected"]}))
    assert profile["rebuttals"] == [{"rebuttal": 3, "source": "campaigners", "allegation": 0}]


@pytest.mark.parametrize("opening, owner", [
    ("When Cardwell Health lost patient records last spring, ", "cardwell health"),
    ("After Orsk Mining reported a breach, ", "orsk mining"),
])
def test_a_role_owned_by_its_serves_the_body_a_clause_opening_the_sentence_names(opening, owner):
    # before, "its chief executive" was a source "chief executive" of no body
    profile = profile_of((f"{opening}its chief executive said no warning had been ignored.", DENIAL,
                          {"source": ["its chief executive"], "cue": ["said"]}))
    assert profile["credits"] == [f"{owner}'s chief executive"]


def test_a_person_opening_the_clause_is_no_body_its_role_serves():
    profile = profile_of(("When Tom Vask lost the vote, its chief executive said no warning had been ignored.", DENIAL,
                          {"source": ["its chief executive"], "cue": ["said"]}))
    assert profile["credits"] == ["chief executive"]


def _interview_lines(gap):
    """An interview with a scientist whose questions sit on lines of their own, each answer on the line below it."""
    return profile_of(("Dr. Leonie Fairbanks, a neuroscientist at Marrow University, led the new memory study.", FACT,
                       {}),
                      ("We spoke to her about what it shows.", FACT, {}),
                      ("How big was the effect?", FACT, {}),
                      ("Modest, about 8 percent.", CLAIM, {}),
                      ("Did the control group drop out?", FACT, {}),
                      ("More of them did, yes.", CLAIM, {}),
                      ("Did you approve the app a company is selling?", DENIAL, {}),
                      ("We have no connection with that company.", DENIAL, {}),
                      gap=gap)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_an_interview_s_answers_on_the_lines_below_its_questions_are_the_interviewee_s(gap):
    # before, with no blank line between a question and its answer, no answer was anyone's
    assert _interview_lines(gap)["credits"][3::2] == ["leonie fairbanks"] * 3


def _laid_out(*rows):
    """The profile of sentences with no spans, each row (text, label, what follows it: a space, a line break ...)."""
    sentences, text = [], ""
    for words, label, after in rows:
        sentences.append(Sentence(words, len(text), len(text) + len(words), label,
                                  {name: float(name == label) for name in LABELS}, ()))
        text += words + after
    return build_profile(sentences, LABELS, text)


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_a_question_of_two_sentences_in_an_unlabelled_qa_goes_on_with_no_answer(between):
    # before, "A company already sells ..." went on with the denial answered before it, the interviewee's
    profile = _laid_out(("Dr. Leonie Fairbanks, a neuroscientist at Marrow University, led the new memory study.", FACT,
                         " "),
                        ("We spoke to her about what it shows.", FACT, "\n\n"),
                        ("How big was the effect?", FACT, between),
                        ("Modest, about 8 percent.", CLAIM, "\n\n"),
                        ("Did the control group drop out?", FACT, between),
                        ("More of them did, but the difference held.", DENIAL, "\n\n"),
                        ("A company already sells an app based on your work.", DENIAL, " "),
                        ("Did you approve it?", FACT, between),
                        ("We have no connection with that company.", DENIAL, ""))
    assert profile["credits"][3:] == ["leonie fairbanks", None, "leonie fairbanks", None, None, "leonie fairbanks"]


STUDY = ("Mice healed more slowly, according to a study published in the journal Cell Rhythms.", CLAIM,
         {"source": ["a study published in the journal Cell Rhythms"], "cue": ["according to"]})
PAPER_FOUND = ("The paper found that genes were switched on at the wrong times.", CLAIM,
               {"source": ["The paper"], "cue": ["found"]})


def test_the_paper_after_a_study_credited_is_that_study():
    # before, "the paper" was a source "paper" apart from the study it reports
    profile = profile_of(STUDY, PAPER_FOUND)
    assert profile["credits"] == ["study", "study"]
    assert [s["source"] for s in profile["sources"]] == ["study"]


def test_the_paper_after_a_newspaper_credited_too_is_still_the_newspaper():
    profile = profile_of(STUDY, ("The Kessel Post reported that the lab was closing.", CLAIM,
                                 {"source": ["The Kessel Post"], "cue": ["reported"]}), PAPER_FOUND)
    assert profile["credits"] == ["study", "kessel post", "kessel post"]


def test_own_after_an_owner_s_possessive_is_no_part_of_the_source_s_name():
    # before, "tallis's own status page" was a source apart from "tallis's status page"
    profile = profile_of(("The outage lasted five hours, according to Tallis's own status page.", CLAIM,
                          {"source": ["Tallis's own status page"], "cue": ["according to"]}),
                         ("Tallis's status page now shows every terminal working.", CLAIM,
                          {"source": ["Tallis's status page"], "cue": ["shows"]}))
    assert [(s["source"], s["sentences"]) for s in profile["sources"]] == [("tallis's status page", 2)]
