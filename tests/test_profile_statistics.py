"""Credits and denials in copy on official statistics and economic data, on hand-built sentences: a statistics
office's tables or numbers are its own word; a former official of a body speaks for it no more, so its claim is
what the body's denial answers; "the statement" after "In a statement, it said" is the body's; "His analysis,
published" is the person's; a poll for an outlet by a pollster is the pollster's;
a preposition ending a span after a name is no part of it; a Q&A's "We asked Dr Hanna Velt what went
wrong" names the interviewee; a liveblog's '14:11 Amsel: "...' is Amsel's."""

import pytest

from framing.source_find_interviews import interviewee_named
from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


def test_a_statistics_office_s_tables_or_numbers_are_its_own_word():
    for span in ("the bureau's own tables", "the bureau's latest tables", "the bureau's numbers",
                 "the bureau's monthly bulletin"):
        profile = profile_of(
            ("The Ledon Bureau of Statistics said unemployment fell to 5.2 percent.", CLAIM,
             {"source": ["The Ledon Bureau of Statistics"], "cue": ["said"]}),
            (f"According to {span}, part-time work rose by 9 percent.", CLAIM,
             {"source": [span], "cue": ["According to"]}),
        )
        assert profile["credits"] == ["ledon bureau of statistics"] * 2, span
    # a table that is no one's stays a table
    profile = profile_of(("According to the tables, part-time work rose.", CLAIM,
                          {"source": ["the tables"], "cue": ["According to"]}))
    assert profile["credits"] == ["tables"]


def test_a_former_official_s_claim_is_what_the_body_s_denial_answers():
    rows = [("The bureau denied changing its method.", DENIAL, {"source": ["The bureau"], "cue": ["denied"]}),
            ("A former bureau official said staff had raised concerns about the timing.", CLAIM,
             {"source": ["A former bureau official"], "cue": ["said"]}),
            ("The bureau said it had no record of such concerns.", DENIAL,
             {"source": ["The bureau"], "cue": ["said"]})]
    assert [pair["allegation"] for pair in profile_of(*rows)["denials"]] == [None, 1]
    rows[1] = ("The bureau's former director, Ana Lisk, said staff had raised concerns about the timing.", CLAIM,
               {"source": ["The bureau's former director, Ana Lisk"], "cue": ["said"]})
    assert [pair["allegation"] for pair in profile_of(*rows)["denials"]] == [None, 1]
    # before, "former" with a word between it and the body was read as no former role at all
    for source in ("A former senior bureau official", "A former long-serving bureau official"):
        rows[1] = (f"{source} said staff had raised concerns about the timing.", CLAIM,
                   {"source": [source], "cue": ["said"]})
        assert [pair["allegation"] for pair in profile_of(*rows)["denials"]] == [None, 1]
    # one still in the role speaks for the body: its claim is the body's own, no allegation
    rows[1] = ("A senior bureau official said staff had raised concerns about the timing.", CLAIM,
               {"source": ["A senior bureau official"], "cue": ["said"]})
    assert [pair["allegation"] for pair in profile_of(*rows)["denials"]] == [None, None]



def test_the_statement_after_it_said_in_a_statement_is_the_body_s():
    for speaking in ("In a statement, it said the revision followed published guidance.",
                     "It said in a statement that the revision followed published guidance.",
                     "In a written statement, it added that the revision followed published guidance."):
        profile = profile_of(
            ("The Ledon Institute said the bureau had changed its count.", CLAIM,
             {"source": ["The Ledon Institute"], "cue": ["said"]}),
            ("The bureau denied changing its method.", DENIAL, {"source": ["The bureau"], "cue": ["denied"]}),
            (speaking, DENIAL, {"cue": ["said" if "said" in speaking else "added"]}),
            ('"Our methods are published," the statement said.', DENIAL,
             {"source": ["the statement"], "cue": ["said"]}),
        )
        assert profile["credits"] == ["ledon institute", "bureau", "bureau", "bureau"], speaking
    # "it" that is no subject issues nothing: the statement stays its own
    profile = profile_of(
        ("The bureau denied changing its method.", DENIAL, {"source": ["The bureau"], "cue": ["denied"]}),
        ("Its director said it would, in a statement, set out the change.", DENIAL,
         {"source": ["Its director"], "cue": ["said"]}),
        ('"Our methods are published," the statement said.', DENIAL, {"source": ["the statement"], "cue": ["said"]}),
    )
    assert profile["credits"][-1] == "statement"


def test_his_document_whose_span_runs_on_into_when_it_came_out_is_the_person_s():
    director = ('"The rate is closer to 6.8 percent," said Rafe Oduya, the institute\'s director.', CLAIM,
                {"source": ["Rafe Oduya, the institute's director"], "cue": ["said"]})
    for span in ("His analysis, published", "His analysis, released", "His latest analysis published"):
        text = f"{span} on Monday, found that about 140,000 workers had been moved."
        profile = profile_of(director, (text, CLAIM, {"source": [span], "cue": ["found"]}))
        assert profile["credits"] == ["rafe oduya"] * 2, span
    # a document that is no one's stays the document
    profile = profile_of(director, ("The analysis, published on Monday, found that workers had been moved.", CLAIM,
                                    {"source": ["The analysis, published"], "cue": ["found"]}))
    assert profile["credits"] == ["rafe oduya", "analysis"]


def test_a_poll_for_an_outlet_by_a_pollster_is_the_pollster_s():
    for span in ("A poll for this programme by Civitas Research", "A survey for the ministry by Civitas Research",
                 "A new poll for this newspaper by Civitas Research"):
        profile = profile_of((f"{span} found that 62 percent think the economy is getting worse.", CLAIM,
                              {"source": [span], "cue": ["found"]}))
        assert profile["credits"] == ["civitas research"], span
    # a poll for an outlet with no maker after "by" stays the poll
    profile = profile_of(("Most voters want lower rents, a new poll for the Westfold Herald has found.", CLAIM,
                          {"source": ["a new poll for the Westfold Herald"], "cue": ["has found"]}))
    assert profile["credits"] == ["new poll for the westfold herald"]


def test_a_preposition_ending_a_source_span_after_a_name_is_no_part_of_it():
    span = "The survey of 1,200 adults, carried out by Parallax Polling between"
    profile = profile_of((f"{span} Oct. 2 and Oct. 9, found that 54 percent named prices.", CLAIM,
                          {"source": [span], "cue": ["found"]}),
                         ("Parallax Polling said the drop was among younger voters.", CLAIM,
                          {"source": ["Parallax Polling"], "cue": ["said"]}))
    assert profile["credits"] == ["parallax polling"] * 2
    assert [s["display"] for s in profile["sources"]] == ["Parallax Polling"]
    # after a word in lower case it is left: no name was cut short
    profile = profile_of(("The people she worked for said the figures were sound.", CLAIM,
                          {"source": ["The people she worked for"], "cue": ["said"]}))
    assert profile["credits"] == ["people she worked for"]


@pytest.mark.parametrize("text, name", [
    ("It didn't. We asked Dr Hanna Velt, a forecaster at the Aldmark Institute, what went wrong.", "Dr Hanna Velt"),
    ("We asked Jane Roe about the rates.", "Jane Roe"),
    # no person, or the writer asking for comment, is no interviewee
    ("We asked Kessel Bank for its view.", None),
    ("We asked Jane Roe for comment.", None),
    ("We asked readers what they think.", None),
])
def test_a_q_and_a_s_we_asked_names_the_interviewee(text, name):
    assert interviewee_named(text) == name


def test_a_liveblog_s_name_before_a_colon_and_a_quotation_is_the_speaker():
    rows = [("14:09 Governor Lotte Amsel is now speaking at the press conference.", FACT, {}),
            ('14:11 Amsel: "We will do what is necessary to bring inflation back to two percent.', CLAIM, {}),
            ('There is no pre-set path."', CLAIM, {}),
            ("14:14 Asked whether the bank had moved too slowly, she said it had acted on the evidence.", CLAIM,
             {"source": ["she"], "cue": ["said"]})]
    assert profile_of(*rows, gap="\n\n")["credits"] == [None] + ["lotte amsel"] * 3
    # a word that is no person's surname, a place, is no speaker
    rows = [("14:09 Inflation in Kestoria fell to 4.1 percent in February.", FACT, {}),
            ('14:11 Kestoria: "The easing reflects cheaper fuel.', CLAIM, {}), ('It will last."', CLAIM, {})]
    assert profile_of(*rows, gap="\n\n")["credits"] == [None, None, None]
