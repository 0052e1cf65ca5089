"""Credits, sources and denials in education copy (audit a56a): school boards, universities and their press offices,
exam boards, teachers' and lecturers' unions, inspectors' reports, misconduct allegations and the accused side's
denials; on hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


def test_the_board_is_the_board_named_in_full_below_a_headline_that_wrote_it_short():
    profile = profile_of(
        ("Tarrow School Board answers inspectors", FACT, {}),
        ("The Tarrow Unified School Board on Friday published its reply to the inspectors.", FACT, {}),
        ("The inspectors found that attendance records were missing.", CLAIM,
         {"source": ["The inspectors"], "cue": ["found"]}),
        ("The board disputes the finding.", DENIAL, {"source": ["The board"], "cue": ["disputes"]}), gap="\n\n")
    assert profile["credits"] == [None, None, "inspectors", "tarrow unified school board"]
    assert profile["denials"] == [{"denial": 3, "source": "tarrow unified school board", "allegation": 2}]


def test_the_polytechnic_or_the_inspectorate_is_the_one_named_in_passing_before():
    profile = profile_of(
        ("Detection software at Kestrel Polytechnic flagged 214 essays.", FACT, {}),
        ("The Regional Schools Inspectorate visited in May.", FACT, {}),
        ("The polytechnic said each case would be heard on its merits.", CLAIM,
         {"source": ["The polytechnic"], "cue": ["said"]}),
        ("The inspectorate said its visit was routine.", CLAIM, {"source": ["The inspectorate"], "cue": ["said"]}))
    assert profile["credits"] == [None, None, "kestrel polytechnic", "regional schools inspectorate"]


@pytest.mark.parametrize("body, noun", [("Marlow University", "university"), ("St Aldric's College", "college"),
                                        ("Fairmoor Academy Trust", "trust"),
                                        ("Lindquist Valley School District", "district")])
def test_a_spokesperson_of_a_named_kind_s_noun_speaks_for_the_body_of_that_kind_credited_before(body, noun):
    profile = profile_of(
        ("A student said the tutor had copied her thesis.", CLAIM, {"source": ["A student"], "cue": ["said"]}),
        (f"{body} said it was investigating.", CLAIM, {"source": [body], "cue": ["said"]}),
        (f"A {noun} spokesperson denied any cover-up.", DENIAL,
         {"source": [f"A {noun} spokesperson"], "cue": ["denied"]}))
    key = body.lower()
    assert profile["credits"] == ["student", key, f"{key} spokesperson"]
    assert profile["denials"] == [{"denial": 2, "source": f"{key} spokesperson", "allegation": 0}]


def test_a_headline_s_trust_in_sentence_case_is_the_trust_the_copy_names_in_full():
    profile = profile_of(
        ("Academy trust denies funding claims", DENIAL, {"source": ["Academy trust"], "cue": ["denies"]}),
        ("A campaign group said the Fairmoor Academy Trust had moved pupil funds into its offices.", CLAIM,
         {"source": ["A campaign group"], "cue": ["said"]}),
        ("The Fairmoor Academy Trust denied the claim.", DENIAL,
         {"source": ["The Fairmoor Academy Trust"], "cue": ["denied"]}), gap="\n\n")
    assert profile["credits"] == ["fairmoor academy trust", "campaign group", "fairmoor academy trust"]
    assert [source["source"] for source in profile["sources"]] == ["fairmoor academy trust", "campaign group"]


@pytest.mark.parametrize("kicker", ["Transcript", "Analysis", "Interview"])
def test_a_heading_s_label_opening_a_headline_names_no_source(kicker):
    profile = profile_of(
        (f"{kicker}: 'We did not change a single mark'", DENIAL, {"source": [kicker]}),
        ("Teachers say their coursework marks were lowered.", CLAIM, {"source": ["Teachers"], "cue": ["say"]}),
        gap="\n\n")
    assert profile["credits"] == [None, "teachers"]
    assert [source["source"] for source in profile["sources"]] == ["teachers"]


def test_a_poll_s_heading_label_still_credits_its_headline():
    profile = profile_of(("Poll: Parents back longer school days", CLAIM, {"source": ["Poll"]}),
                         ("A Marsh College survey of 900 parents found strong support.", CLAIM,
                          {"source": ["A Marsh College survey of 900 parents"], "cue": ["found"]}), gap="\n\n")
    assert profile["credits"][0] is not None


def test_his_report_is_the_report_of_the_one_person_named_just_before_not_of_the_accused_named_earlier():
    profile = profile_of(
        ("The tutor, Dr. Callum Reaves, has denied the allegations.", DENIAL,
         {"source": ["The tutor, Dr. Callum Reaves"], "cue": ["has denied"]}),
        ("The college commissioned an inquiry, led by barrister Yusuf Delacroix, in April.", FACT, {}),
        ("His report found that Reaves had made demeaning comments.", CLAIM,
         {"source": ["His report"], "cue": ["found"]}),
        ("Reaves's solicitors said he would challenge the findings.", DENIAL,
         {"source": ["Reaves's solicitors"], "cue": ["said"]}))
    assert profile["credits"] == ["callum reaves", None, "yusuf delacroix", "reaves's solicitors"]
    assert profile["denials"][-1] == {"denial": 3, "source": "reaves's solicitors", "allegation": 2}
    assert profile["rebuttals"] == []


@pytest.mark.parametrize("first", [
    "The board welcomed the publication of the Regional Schools Inspectorate's report on Greyfield School.",
    "On Monday, the Regional Schools Inspectorate's report on Greyfield School was published."])
def test_the_report_is_the_one_whose_owner_a_possessive_wrote_before(first):
    profile = profile_of((first, FACT, {}),
                         ("The report said that pupils were not supported.", CLAIM,
                          {"source": ["The report"], "cue": ["said"]}))
    assert profile["credits"] == [None, "regional schools inspectorate"]


def test_the_report_after_a_day_s_report_or_two_owners_reports_stays_the_report():
    for first in ["Monday's report on Greyfield School was published.",
                  "The Halden Trust's report and the Marsh Institute's report disagree."]:
        profile = profile_of((first, FACT, {}),
                             ("The report said that pupils were not supported.", CLAIM,
                              {"source": ["The report"], "cue": ["said"]}))
        assert profile["credits"] == [None, "report"]


@pytest.mark.parametrize("said", ["said", "said that"])
def test_a_span_opening_the_words_after_said_gives_way_to_the_subject_before_it(said):
    profile = profile_of(
        ("The district defended the rule.", FACT, {}),
        (f"Two teachers at Harrow Creek High School {said} many colleagues disliked the rule.", CLAIM,
         {"source": ["many colleagues"], "cue": ["said"]}))
    assert profile["credits"] == [None, "two teachers at harrow creek high school"]


def test_an_inverted_cue_s_speaker_after_a_quotation_stays_the_source():
    profile = profile_of(
        ('"Every grade was checked," said Marcus Oyelaran in an interview with the Kessel Herald.', CLAIM,
         {"source": ["Marcus Oyelaran"], "cue": ["said"]}))
    assert profile["credits"] == ["marcus oyelaran"]


@pytest.mark.parametrize("body", ["The University and College Lecturers' Association",
                                  "The Kessel Educators Association", "The Marlow Professors Association"])
def test_the_union_is_a_body_whose_name_says_its_members_teach(body):
    profile = profile_of(
        (f"{body} criticised the suspension.", CLAIM, {"source": [body], "cue": ["criticised"]}),
        ("According to the union, Farrant was not given a copy of the complaint.", CLAIM,
         {"source": ["the union"], "cue": ["According to"]}))
    key = body.lower().removeprefix("the ")
    assert profile["credits"] == [key, key]


@pytest.mark.parametrize("name", ["The Harbour Lecturers' Association", "The Association of Harbour Head Teachers"])
def test_the_union_is_the_association_named_for_its_members_though_it_claimed_before_the_denial(name):
    profile = profile_of(
        (f"{name} said its members had voted to strike.", CLAIM, {"source": [name], "cue": ["said"]}),
        ("The Tarrow Employers' Council said it was disappointed.", CLAIM,
         {"source": ["The Tarrow Employers' Council"], "cue": ["said"]}),
        ("A council spokesman denied that pensions would be cut.", DENIAL,
         {"source": ["A council spokesman"], "cue": ["denied"]}),
        ("The union disputes the council's figures.", DENIAL, {"source": ["The union"], "cue": ["disputes"]}))
    key = name.lower().removeprefix("the ")
    assert profile["credits"][3] == key
    assert [source["source"] for source in profile["sources"]].count(key) == 1


@pytest.mark.parametrize("name", ["The Harbour Parent Teacher Association", "The Harbour Residents Association"])
def test_an_association_of_parents_or_residents_is_no_union(name):
    profile = profile_of(
        (f"{name} said its members had voted to protest.", CLAIM, {"source": [name], "cue": ["said"]}),
        ("The Tarrow Employers' Council said it was disappointed.", CLAIM,
         {"source": ["The Tarrow Employers' Council"], "cue": ["said"]}),
        ("The union disputes the council's figures.", DENIAL, {"source": ["The union"], "cue": ["disputes"]}))
    assert profile["credits"][2] == "union"


@pytest.mark.parametrize("place, allegation", [("Marlshire", 3), ("Tarnby", 2)])
def test_a_place_s_officer_speaks_for_the_council_of_that_place_and_makes_no_allegation_it_denies(place, allegation):
    profile = profile_of(
        ("Marlshire County Council runs 40 schools.", FACT, {}),
        ("Parents said their children had waited two years for an assessment.", CLAIM,
         {"source": ["Parents"], "cue": ["said"]}),
        (f"{place}'s director of children's services, Paul Denby, said the council had cut waiting times.", CLAIM,
         {"source": [f"{place}'s director of children's services, Paul Denby"], "cue": ["said"]}),
        ("According to government figures, Marlshire has the lowest rate of assessments done on time.", CLAIM,
         {"source": ["government figures"], "cue": ["According to"]}),
        ("Marlshire County Council denied that it was among the worst performers.", DENIAL,
         {"source": ["Marlshire County Council"], "cue": ["denied"]}))
    assert profile["denials"] == [{"denial": 4, "source": "marlshire county council", "allegation": allegation}]


def test_a_reflexive_of_emphasis_is_no_part_of_the_source_s_name():
    profile = profile_of(
        ("At Wexcombe University, the vice-chancellor's pay rose by a third.", FACT, {}),
        ("Fixed-term contracts doubled, according to figures the university itself published.", CLAIM,
         {"source": ["the university itself published"], "cue": ["according to"]}),
        ("The vice-chancellor himself said the rise was deserved.", CLAIM,
         {"source": ["The vice-chancellor himself"], "cue": ["said"]}),
        ("A lecturer who calls himself Red Pen said the figures were worse.", CLAIM,
         {"source": ["A lecturer who calls himself Red Pen"], "cue": ["said"]}))
    assert profile["credits"] == [None, "wexcombe university", "vice-chancellor", "red pen"]


@pytest.mark.parametrize("how", ["under freedom of information laws", "through a Freedom of Information request"])
def test_figures_the_paper_itself_obtained_under_freedom_of_information_are_its_own_reporting(how):
    profile = profile_of(
        ("Parents at Larkfield Academy got no answers.", FACT, {}),
        (f"Over three years, 63 pupils left, according to figures obtained by this newspaper {how}.", CLAIM,
         {"source": [f"figures obtained by this newspaper {how}"], "cue": ["according to"]}),
        (f"Ten more left this year, according to figures obtained by the Kessel Post {how}.", CLAIM,
         {"source": [f"figures obtained by the Kessel Post {how}"], "cue": ["according to"]}))
    assert profile["credits"][:2] == [None, None]
    assert profile["credits"][2].startswith("kessel post")  # another paper's figures stay its own


def test_a_headline_s_head_is_the_one_headteacher_the_copy_names():
    profile = profile_of(
        ("Inspectors' verdict unfair, says head", CLAIM, {"source": ["head"], "cue": ["says"]}),
        ("The inspectors rated Brookfield Primary inadequate.", FACT, {}),
        ("But headteacher Joanne Pell said the inspection had been rushed.", DENIAL,
         {"source": ["headteacher Joanne Pell"], "cue": ["said"]}), gap="\n\n")
    assert profile["credits"] == ["joanne pell", None, "joanne pell"]
    # a headteacher and the head of a body: the headline's "head" is neither
    profile = profile_of(
        ("Inspectors' verdict unfair, says head", CLAIM, {"source": ["head"], "cue": ["says"]}),
        ("Tom Vask, head of the Fenmoor Schools Agency, said the rating stood.", CLAIM,
         {"source": ["Tom Vask, head of the Fenmoor Schools Agency"], "cue": ["said"]}),
        ("But headteacher Joanne Pell said the inspection had been rushed.", DENIAL,
         {"source": ["headteacher Joanne Pell"], "cue": ["said"]}), gap="\n\n")
    assert profile["credits"] == ["head", "tom vask", "joanne pell"]


@pytest.mark.parametrize("answer, credit", [("The NEB has hit back.", "national examinations board"),
                                            ("The NEB hit back on Friday.", "national examinations board"),
                                            ("The NEB hit back in the second half.", None),
                                            ("The NEB hit back late on Friday.", "national examinations board"),
                                            # a side scoring back in a game, not an answer
                                            ("The NEB hit back on the stroke of half-time.", None),
                                            ("The NEB hit back late in the game.", None),
                                            ("The NEB hit back on 60 minutes.", None),
                                            ("The NEB hit back on 3 June.", "national examinations board")])
def test_a_body_that_hit_back_ending_the_sentence_is_credited_with_its_answer(answer, credit):
    profile = profile_of(
        ("The National Examinations Board (NEB) published its figures.", FACT, {}),
        ("Colin Marsh said the grade boundaries were wrong.", CLAIM, {"source": ["Colin Marsh"], "cue": ["said"]}),
        (answer, DENIAL, {}))
    assert profile["credits"] == [None, "colin marsh", credit]


def test_a_quotation_going_on_from_the_inspectorate_s_rebuttal_rebuts_too():
    profile = profile_of(
        ("The report by the Schools Inspectorate found that pupils at St Edwin's were not safe.", CLAIM,
         {"source": ["The report by the Schools Inspectorate"], "cue": ["found"]}),
        ("Inspectors also said leaders had failed to act on warnings about bullying.", CLAIM,
         {"source": ["Inspectors"], "cue": ["also said"]}),
        ("Headteacher Joanne Pell said the inspection had been unfair.", DENIAL,
         {"source": ["Headteacher Joanne Pell"], "cue": ["said"]}),
        ('A spokesperson for the Schools Inspectorate said: "We stand by our findings.', DENIAL,
         {"source": ["A spokesperson for the Schools Inspectorate"], "cue": ["said"]}),
        ('Inspections are carried out by experienced inspectors."', DENIAL, {}), gap="\n\n")
    assert [pair["denial"] for pair in profile["denials"]] == [2]
    assert [rebuttal["rebuttal"] for rebuttal in profile["rebuttals"]] == [3, 4]


@pytest.mark.parametrize(("span", "shown"), [("A woman introducing herself as a nurse",
                                              "woman introducing herself as a nurse"),
                                             ("A group describing itself as a charity",
                                              "group describing itself as a charity"),
                                             ("A man identifying himself as a guard",
                                              "man identifying himself as a guard"),
                                             ("A man naming himself Tom Vask", "Tom Vask")])
def test_a_reflexive_after_a_verb_naming_the_speaker_in_any_form_stays(span, shown):
    # before, only "call", "style" ... with "s", "d", "ed" or "ing" added whole kept the reflexive, so "describing"
    # and "naming" (no "describeing") lost it, as did "introducing" and "identifying", leaving "woman introducing as
    # a nurse" and "man naming Tom Vask"
    said = (f"{span} said the ward was full.", CLAIM, {"source": [span], "cue": ["said"]})
    assert [source["display"] for source in profile_of(said)["sources"]] == [shown]
