"""Credits, sources and denials in copy on inquests, coroners' courts and public inquiries (hearings, findings,
families, bodies criticised and their responses), on hand-built sentences: a Q&A whose introduction says the one
it is with spoke to one of the paper's editors by desk, named with a judge's or a coroner's title, gives them the
answers."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of
from test_transcripts import credits_of


def test_a_q_and_a_introduced_as_talking_to_our_desk_editor_gives_the_answers_to_the_titled_person_named_before():
    text = ("Q&A with the chief coroner\n\nJudge Ilse Marrow became Chief Coroner for the Eastern Circuit in May. "
            "She spoke to our legal affairs editor, Ben Tarrow, about delays.\n\nQ: Are the waits acceptable?\n"
            "A: No. We need more coroners.")
    credits, _ = credits_of(text)
    assert [credit for _, credit in credits][-3:] == ["q (interviewer)", "ilse marrow", "ilse marrow"]
    # a title alone names no one: the answers stay the interviewee's
    credits, _ = credits_of(text.replace("Judge Ilse Marrow became", "The Chief Coroner became"))
    assert [credit for _, credit in credits][-2:] == ["a (interviewee)"] * 2


def test_a_finding_s_subject_is_its_source_with_when_or_where_it_found_between_the_verb_and_that():
    for sentence, source in (
            ("An inquest jury found on Friday that failures at the prison contributed to his death.", "inquest jury"),
            ("The Harwick Trust found in a study last year that fewer than half of its recommendations had been met.",
             "harwick trust"),
            ("The ombudsman concluded in March that the council had failed the family.", "ombudsman"),
            ("The watchdog found in its annual report that officers often missed custody checks.", "watchdog")):
        assert profile_of((sentence, CLAIM, {}))["credits"] == [source], sentence
    # where a thing was found is no finding's document
    drawer = "The inspector found in a drawer that the logs had been torn out."
    assert profile_of((drawer, CLAIM, {}))["credits"] == [None]


def test_a_hearing_told_what_a_sentence_says_is_its_source_where_it_sat_perhaps_between():
    for sentence, source in (
            ("The hearing at Marlow Town Hall was told that staff had not called a doctor.", "hearing"),
            ("An inquest in Fennick this week heard that the barrier had been removed.", "inquest"),
            ("Staff had not called a doctor, the hearing was told.", "hearing"),
            ("Care home missed chances to save pensioner, inquest told", "inquest"),
            ("Prison failed to pass on warnings, inquiry hears", "inquiry")):
        assert profile_of((sentence, CLAIM, {}))["credits"] == [source], sentence
    # a hearing adjourned, or told nothing in a clause of its own, names no source
    assert profile_of(("The hearing at Marlow Town Hall was adjourned until May.", FACT, {}))["credits"] == [None]
    assert profile_of(("Staff had not called a doctor, a colleague told the hearing that day.", CLAIM, {}),
                      )["credits"] != ["hearing"]


def test_a_named_inquiry_is_a_body_whose_report_its_owns():
    inquiry = ("The Ashgrove Inquiry, chaired by Dame Ada Voss, found that 41 deaths could have been avoided.", CLAIM,
               {"source": ["The Ashgrove Inquiry, chaired by Dame Ada Voss"], "cue": ["found"]})
    report = ("Its 600-page report found that managers ignored concerns.", CLAIM,
              {"source": ["Its 600-page report"], "cue": ["found"]})
    assert profile_of(inquiry, report)["credits"] == ["ashgrove inquiry"] * 2
    # an inquest named for its place is no person either, and a person named so stays one
    inquest = ("The Harlow Inquest heard that the gate was open.", CLAIM,
               {"source": ["The Harlow Inquest"], "cue": ["heard"]})
    assert profile_of(inquest, ("It said the council had been warned.", CLAIM, {"source": ["It"], "cue": ["said"]})
                      )["credits"] == ["harlow inquest"] * 2
    person = ("Coroner Ada Voss said the gate was open.", CLAIM, {"source": ["Coroner Ada Voss"], "cue": ["said"]})
    assert profile_of(person, ("She said the council had been warned.", CLAIM, {"source": ["She"], "cue": ["said"]})
                      )["credits"] == ["ada voss"] * 2


def test_a_headline_s_bare_role_after_an_inverted_says_is_its_speaker():
    for sentence, label, source in (
            ("Quarry firm 'neither negligent nor reckless', says boss after worker's death", DENIAL, "boss"),
            ("Warnings were ignored for years, says coroner", CLAIM, "coroner")):
        assert profile_of((sentence, label, {}))["credits"] == [source], sentence
    # a word that describes no one after "says" names no source
    assert profile_of(("The report, says much about the council.", CLAIM, {}))["credits"] == [None]


def test_a_jury_where_it_sat_is_the_inquest_jury_and_the_hearing_is_the_inquest():
    # before, "The jury at Westbrook Coroner's Court" was a source of its own, apart from "An inquest jury", and "The
    # jury" after both a third; and a headline's "Inquest" and the copy's "The hearing" two
    profile = profile_of(
        ("An inquest jury found on Friday that the crash was an accident.", CLAIM,
         {"source": ["An inquest jury"], "cue": ["found"]}),
        ("The jury at Westbrook Coroner's Court heard that the brakes had failed.", CLAIM,
         {"source": ["The jury at Westbrook Coroner's Court"], "cue": ["heard"]}),
        ("The jury said the driver could not have stopped.", CLAIM, {"source": ["The jury"], "cue": ["said"]}))
    assert profile["credits"] == ["inquest jury"] * 3
    hearing = ("The hearing was told that the brakes had failed.", CLAIM,
               {"source": ["The hearing"], "cue": ["was told"]})
    headline = ("Inquest hears crash driver could not stop", CLAIM, {"source": ["Inquest"], "cue": ["hears"]})
    assert len(set(profile_of(headline, hearing, gap="\n\n")["credits"])) == 1
    inquest = ("An inquest in Fennick heard that the crash was an accident.", CLAIM,
               {"source": ["An inquest in Fennick"], "cue": ["heard"]})
    assert profile_of(inquest, hearing)["credits"] == ["inquest"] * 2
    # a court's hearing is no inquest's, and a jury in a trial named after it keeps its words
    court = ("The court heard that the brakes had failed.", CLAIM, {"source": ["The court"], "cue": ["heard"]})
    assert profile_of(court, hearing)["credits"] == ["court", "hearing"]
    trial = ("The jury in the Vask trial heard that the brakes had failed.", CLAIM,
             {"source": ["The jury in the Vask trial"], "cue": ["heard"]})
    assert profile_of(trial)["credits"] == ["jury in the vask trial"]


@pytest.mark.parametrize("court", ["the High Court", "Harlow Crown Court", "an employment tribunal in Leeds"])
def test_a_hearing_at_another_court_is_no_part_of_the_inquest(court):
    # before, "A hearing at the High Court" was cut to "A hearing", which then joined the one inquest credited
    inquest = ("An inquest in Fennick heard that the boy had been bullied.", CLAIM,
               {"source": ["An inquest in Fennick"], "cue": ["heard"]})
    hearing = (f"A hearing at {court} heard that the school had appealed.", CLAIM,
               {"source": [f"A hearing at {court}"], "cue": ["heard"]})
    credits = profile_of(inquest, hearing)["credits"]
    assert credits[0] == "inquest" and credits[1].startswith("hearing at")
    # a hearing at a coroner's court is still the inquest
    coroner = ("A hearing at Westbrook Coroner's Court heard that the school had appealed.", CLAIM,
               {"source": ["A hearing at Westbrook Coroner's Court"], "cue": ["heard"]})
    assert profile_of(inquest, coroner)["credits"] == ["inquest", "inquest"]
