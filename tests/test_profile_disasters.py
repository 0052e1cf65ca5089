"""Credits, sources and denials in copy about natural disasters and weather emergencies (audit a64d): floods,
wildfires, earthquakes and storms; emergency services, weather agencies, mayors, residents and insurers, and officials
rejecting criticism of the response; on hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of

THE_AGENCY = ("The agency said the levee held.", CLAIM, {"source": ["The agency"], "cue": ["said"]})


def test_the_agency_after_a_long_agency_name_is_that_name_in_full_not_its_last_four_words():
    # before, the agency's name was noted by its last four words ("Valley Civil Protection Agency"), which "the
    # agency" then meant: a source apart from the agency credited by its name, its first word lost
    profile = profile_of(
        ("At least 14 people died, the regional emergency management agency said.", CLAIM,
         {"source": ["the regional emergency management agency"], "cue": ["said"]}),
        ("The Varrow Valley Civil Protection Agency said 3,000 residents had been evacuated.", CLAIM,
         {"source": ["The Varrow Valley Civil Protection Agency"], "cue": ["said"]}),
        THE_AGENCY,
    )
    assert profile["credits"][1:] == ["varrow valley civil protection agency"] * 2
    named = profile_of(("Teams from the Varrow Valley Civil Protection Agency rescued 40 people.", FACT, {}),
                       THE_AGENCY)
    assert named["credits"] == [None, "varrow valley civil protection agency"]


@pytest.mark.parametrize("opening", ["In Tolham,", "On Tuesday"])
def test_a_word_set_apart_or_opening_no_name_before_an_agency_s_name_does_not_open_it(opening):
    profile = profile_of((f"{opening} Civil Protection Agency teams rescued 40 people.", FACT, {}), THE_AGENCY)
    assert profile["credits"] == [None, "civil protection agency"]


HALVARD = ("Halvard Re, the reinsurance group, said on Monday that it expected claims from the quake that {}.", CLAIM,
           {"source": ["Halvard Re, the reinsurance group"], "cue": ["said"]})
THE_COMPANY = ("The company said the estimate was based on early loss reports.", CLAIM,
               {"source": ["The company"], "cue": ["said"]})


@pytest.mark.parametrize("struck", ["hit the Ostmark region last month", "shook the Kester peninsula"])
def test_a_capitalised_word_before_a_region_s_noun_is_a_place_no_other_company_the_company_may_mean(struck):
    # before, "Ostmark" of "the Ostmark region" might be another body, so "the company" was no one's and a source apart
    words, label, marks = HALVARD
    profile = profile_of((words.format(struck), label, marks), THE_COMPANY)
    assert profile["credits"] == ["halvard re", "halvard re"]


@pytest.mark.parametrize("struck", ["hit the Ostmark district council's offices", "hit Ostmark Mutual's clients"])
def test_a_body_after_a_region_s_noun_or_a_name_alone_may_still_be_the_company_meant(struck):
    words, label, marks = HALVARD
    profile = profile_of((words.format(struck), label, marks), THE_COMPANY)
    assert profile["credits"] == ["halvard re", "company"]


@pytest.mark.parametrize("review, credit", [
    ("An internal review by the Sierra Alta Fire District, obtained by this newspaper", "sierra alta fire district"),
    ("A report by Kessel Water, seen by this newspaper", "kessel water")])
def test_a_document_by_its_maker_set_apart_from_the_paper_s_own_access_is_that_maker_s(review, credit):
    # before, the paper's own access at the span's end made the whole span the writer's own reporting: no one's
    profile = profile_of((f"{review}, found that two engines had been sent elsewhere.", CLAIM,
                          {"source": [review], "cue": ["found"]}))
    assert profile["credits"] == [credit]


def test_a_document_seen_by_the_paper_that_names_no_maker_is_still_the_writer_s_own_reporting():
    review = "A memo, seen by this newspaper"
    profile = profile_of((f"{review}, found that two engines had been sent elsewhere.", CLAIM,
                          {"source": [review], "cue": ["found"]}))
    assert profile["credits"] == [None]


def test_a_denial_answers_what_a_claim_says_not_a_word_of_its_source_nor_an_account_s_noun_inside_what_it_denies():
    # before, "the survey" inside the clause denied read as an account the denial refers back to, and "The survey's
    # seismologist" wrote it, so the denial answered the seismologist's aftershocks
    profile = profile_of(
        ('Parents said the 2016 survey had rated both schools "high risk".', CLAIM,
         {"source": ["Parents"], "cue": ["said"]}),
        ("The survey's seismologist, Dr Katrin Albrecht, said aftershocks were likely.", CLAIM,
         {"source": ["The survey's seismologist, Dr Katrin Albrecht"], "cue": ["said"]}),
        ("Education officer Bram Hendriks denied that the municipality had ignored the survey.", DENIAL,
         {"source": ["Education officer Bram Hendriks"], "cue": ["denied"]}),
    )
    assert profile["denials"] == [{"denial": 2, "source": "bram hendriks", "allegation": 0}]


def test_an_account_opening_the_clause_a_denial_denies_is_still_the_one_it_refers_back_to():
    profile = profile_of(
        ("A report by the Tarsland Geological Survey found that the schools were at high risk.", CLAIM,
         {"source": ["A report by the Tarsland Geological Survey"], "cue": ["found"]}),
        ('"We would be burying children," said Sanne Vos, a parent.', CLAIM,
         {"source": ["Sanne Vos, a parent"], "cue": ["said"]}),
        ("Education officer Bram Hendriks denied that the report was accurate.", DENIAL,
         {"source": ["Education officer Bram Hendriks"], "cue": ["denied"]}),
    )
    assert profile["denials"] == [{"denial": 2, "source": "bram hendriks", "allegation": 0}]


@pytest.mark.parametrize("denial, answered", [
    ("Bram Hendriks denied that his office had acted late and dismissed the survey as outdated.", 0),
    ("Bram Hendriks, who denied that his office had acted late, rejected the survey as outdated.", 0),
    # the survey inside the clause denied is still no account referred back to
    ("Bram Hendriks denied that his office had ignored the survey.", 1)])
def test_a_denial_s_verb_after_a_clause_it_denies_refers_back_to_an_account_again(denial, answered):
    # before, a clause opened by "denied that" ran to the sentence's end, past "and dismissed the survey"
    profile = profile_of(
        ("A survey by the Tarsland Geological Survey rated both schools high risk.", CLAIM,
         {"source": ["A survey by the Tarsland Geological Survey"], "cue": ["rated"]}),
        ('"We would be burying children," said Sanne Vos, a parent.', CLAIM,
         {"source": ["Sanne Vos, a parent"], "cue": ["said"]}),
        (denial, DENIAL, {"source": ["Bram Hendriks"], "cue": ["denied"]}),
    )
    assert profile["denials"] == [{"denial": 2, "source": "bram hendriks", "allegation": answered}]


QA = [("Heavy snow shut the M9 for four days. We spoke to Dr Lena Sorvali, head of forecasting at the institute.",
       FACT, {}),
      ("Q: Did your forecast underestimate the snowfall?", FACT, {}),
      ("A: No. Our forecast said 30 to 50 centimetres, and 46 fell.", DENIAL, {}),
      ("Q: What should change?", FACT, {}),
      ("A: We need a single warning system.", CLAIM, {})]


@pytest.mark.parametrize("closing", ["The transport ministry did not respond to a request for comment.",
                                     "Minister Petteri Lahtela could not be reached for comment."])
def test_a_q_and_a_s_last_answer_ends_before_a_paragraph_telling_that_someone_did_not_answer_for_comment(closing):
    # before, the writer's closing line ran on in the last "A:" answer, credited to Lena Sorvali
    rows = [*QA, (closing, FACT, {})]
    assert profile_of(*rows, gap="\n\n")["credits"][4:] == ["lena sorvali", None]


def test_an_answer_s_paragraph_in_the_first_person_about_a_request_for_comment_goes_on_with_the_answer():
    rows = [*QA, ("We sent the ministry our data, and it did not respond to a request for comment.", FACT, {})]
    assert profile_of(*rows, gap="\n\n")["credits"][4:] == ["lena sorvali"] * 2


@pytest.mark.parametrize("staff, verb", [("forecasters", "had predicted"), ("experts", "predicted"),
                                         ("engineers", "had predicted"), ("scientists", "predicted")])
def test_its_staff_opening_a_claim_of_no_source_span_after_a_body_spoke_are_that_body_s(staff, verb):
    centre = ("The Regional Weather Centre said the storm would pass by noon.", CLAIM,
              {"source": ["The Regional Weather Centre"], "cue": ["said"]})
    staff_said = (f"Its {staff} {verb} gusts of 90 km/h.", CLAIM, {"cue": ["predicted"]})
    credits = profile_of(centre, staff_said)["credits"]
    assert credits == ["regional weather centre", f"regional weather centre's {staff}"]
    # after a person, "its" owns no one known: no staff of hers
    corr = ("Lena Corr said the storm would pass by noon.", CLAIM, {"source": ["Lena Corr"], "cue": ["said"]})
    assert not any(staff in (credit or "") for credit in profile_of(corr, staff_said)["credits"])


@pytest.mark.parametrize("body", ["Geological Survey of Tarsland", "Land Registry of Tarsland",
                                  "Energy Regulator of Tarsland", "Bank of Tarsland"])
def test_a_capitalised_body_s_name_keeps_its_of_place_part(body):
    said = (f"The quake was shallow, the {body} said.", CLAIM, {"source": [f"the {body}"], "cue": ["said"]})
    assert profile_of(said)["credits"] == [body.lower()]
    # a person of a place is that person
    roe = ("The quake was shallow, Jane Roe of Tarsland said.", CLAIM, {"source": ["Jane Roe of Tarsland"],
                                                                        "cue": ["said"]})
    assert profile_of(roe)["credits"] == ["jane roe"]


def test_an_officer_of_the_district_s_board_is_that_district_s_side_and_never_answers_its_own_review():
    residents = ("Residents said crews had been slow to reach the fire.", CLAIM,
                 {"source": ["Residents"], "cue": ["said"]})
    review = ("A review by the Sierra Alta Fire District found that crews had been slow to reach the fire.", CLAIM,
              {"source": ["the Sierra Alta Fire District"], "cue": ["found"]})
    marsh = ("The district's board chairwoman, Evelyn Marsh, denied that crews had been slow.", DENIAL,
             {"source": ["The district's board chairwoman, Evelyn Marsh"], "cue": ["denied"]})
    assert [pair["allegation"] for pair in profile_of(residents, review, marsh)["denials"]] == [0]
    # a board's officer with no district before it still answers the review
    board = ("The board chairwoman, Evelyn Marsh, denied that crews had been slow.", DENIAL,
             {"source": ["The board chairwoman, Evelyn Marsh"], "cue": ["denied"]})
    assert [pair["allegation"] for pair in profile_of(residents, review, board)["denials"]] == [1]


@pytest.mark.parametrize("opening", [
    ("Only Civil Protection Agency teams were allowed in, the agency said.", DENIAL,
     {"source": ["the agency"], "cue": ["said"]}),
    ("Only Civil Protection Agency teams were allowed in.", FACT, {}),
    ("Every Civil Protection Agency team reported damage.", FACT, {}),
    ("In Tolham, Civil Protection Agency teams were allowed in.", FACT, {})])
def test_a_word_that_limits_or_counts_a_body_s_teams_is_no_part_of_its_name(opening):
    agency = ("The agency said the dam was safe.", CLAIM, {"source": ["The agency"], "cue": ["said"]})
    assert profile_of(opening, agency)["credits"][-1] == "civil protection agency"


def test_a_subject_counted_by_every_or_only_is_credited_without_that_word():
    every = ("Every Civil Protection Agency team reported damage.", CLAIM, {"cue": ["reported"]})
    assert profile_of(every)["credits"] == ["civil protection agency team"]
    only = ("Only Acme Corp said it would rebuild.", CLAIM, {"cue": ["said"]})
    assert profile_of(only)["credits"] == ["acme corp"]
    # a word of the name that is no such word stays ("Just" of a firm's name is read as written)
    assert profile_of(("Just Harvest Foods said it would rebuild.", CLAIM, {"cue": ["said"]}))["credits"] == [
        "just harvest foods"]
