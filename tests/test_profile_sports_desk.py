"""Credits, denials and rebuttals in a news agency's sports copy (trial t39a): newspapers named for a time of day,
ages and descriptions between a subject and its verb, sports roles, doping and disciplinary exchanges; on
hand-built sentences with invented names."""

import pytest

from framing.source_find_openings import headline_clause_subject
from framing.source_find_subjects import subject_before_cue
from framing.source_accusations import alleges
from test_profile_credits import CLAIM, DENIAL, FACT, profile_of

MANAGER = ('"We were tired," Northbridge manager Callum Reddy said.', CLAIM,
           {"source": ["Northbridge manager Callum Reddy"], "cue": ["said"]})


@pytest.mark.parametrize("paper", ["The Evening Post", "The Morning Herald", "The Tarnside Evening Post",
                                   "The Sunday Ledger"])
def test_a_paper_named_for_a_time_of_day_is_the_subject_of_reported(paper):
    text = f"{paper} reported that captain Imogen Hart wanted to leave."
    found = subject_before_cue(text)
    assert found is not None and text[found[0]:found[1]] == paper
    profile = profile_of(MANAGER, (text, CLAIM, {"cue": ["reported"]}),
                         ("Reddy denied the report.", DENIAL, {"source": ["Reddy"], "cue": ["denied"]}), gap="\n\n")
    assert profile["credits"] == ["callum reddy", paper.lower().removeprefix("the "), "callum reddy"]
    assert profile["denials"] == [{"denial": 2, "source": "callum reddy", "allegation": 1}]


@pytest.mark.parametrize("text", ["The ministry on Monday morning denied the report.",
                                  "The ministry on Sunday evening denied the report."])
def test_a_time_of_day_in_lower_case_is_still_no_subject_s_word(text):
    assert subject_before_cue(text) is None


AGENCY_CLAIM = ("The Track Integrity Agency said Chidinma Ekwueme had tested positive for trenbolone.", CLAIM,
                {"source": ["The Track Integrity Agency"], "cue": ["said"]})


@pytest.mark.parametrize("denial", [
    "Ekwueme, 27, the world champion, denied taking any banned substance.",
    "Ekwueme, 27, who won the world title in Lagos, denied taking any banned substance.",
    "Ekwueme, 27, denied taking any banned substance.",
    "Ekwueme herself denied taking any banned substance.",  # an emphatic "herself" (before, no subject)
])
def test_an_age_and_a_description_between_a_subject_and_its_denial_leave_it_the_subject(denial):
    found = subject_before_cue(denial, lambda word: word == "Ekwueme")
    assert found is not None and denial[found[0]:found[1]].split(",")[0] == "Ekwueme"
    profile = profile_of(AGENCY_CLAIM, (denial, DENIAL, {"cue": ["denied"]}), gap="\n\n")
    assert profile["credits"] == ["track integrity agency", "ekwueme"]
    assert profile["denials"] == [{"denial": 1, "source": "ekwueme", "allegation": 0}]


def test_a_figure_before_a_description_opening_a_sentence_is_no_age():
    assert subject_before_cue("In 2019, 27, the world champion, denied it.") is None


@pytest.mark.parametrize("role", ["president", "chairman", "forward", "winger", "full-back", "centre-back",
                                  "substitute", "keeper", "playmaker", "fly-half", "batsman"])
def test_a_surname_joins_the_full_name_a_sports_role_or_a_body_s_head_wrote_before(role):
    profile = profile_of((f"Harbour {role} Viktor Stanek was questioned on Monday.", FACT, {}),
                         ("Stanek said he had done nothing wrong.", CLAIM, {"source": ["Stanek"], "cue": ["said"]}))
    assert profile["credits"] == [None, "viktor stanek"]


@pytest.mark.parametrize("role", ["forward", "winger", "playmaker"])
def test_the_nationality_alone_means_the_player_it_described_by_a_sports_role(role):
    profile = profile_of((f"Croatian {role} Ana Kovac scored the first goal.", FACT, {}),
                         ('"It was easy," the Croatian said.', CLAIM, {"source": ["the Croatian"], "cue": ["said"]}))
    assert profile["credits"] == [None, "ana kovac"]


@pytest.mark.parametrize("role", ["vice president", "vice-chairman", "deputy chairman", "former president",
                                  "ex-chairman"])
def test_a_vice_s_deputy_s_or_former_post_is_no_head_before_a_name(role):
    profile = profile_of((f"Harbour {role} Viktor Stanek was questioned on Monday.", FACT, {}),
                         ("Stanek said he had done nothing wrong.", CLAIM, {"source": ["Stanek"], "cue": ["said"]}))
    # the one person of that surname written in full: the surname alone is theirs, though no trade was read
    assert profile["credits"] == [None, "viktor stanek"]


@pytest.mark.parametrize("finding", ["Ekwueme's sample contained trenbolone",
                                     "a sample Ekwueme provided in February contained trenbolone",
                                     "Ekwueme had tested positive for trenbolone"])
def test_the_accuser_rejecting_the_defence_s_explanation_rebuts_its_own_finding(finding):
    profile = profile_of(
        (f"The Track Integrity Agency said {finding}.", CLAIM,
         {"source": ["The Track Integrity Agency"], "cue": ["said"]}),
        ("Ekwueme denied taking any banned substance.", DENIAL, {"source": ["Ekwueme"], "cue": ["denied"]}),
        ("Her lawyer, Marcus Dell, said the result came from contaminated meat.", DENIAL,
         {"source": ["Her lawyer, Marcus Dell"], "cue": ["said"]}),
        ("The agency rejected the contamination explanation.", DENIAL, {"source": ["The agency"], "cue": ["rejected"]}),
        gap="\n\n")
    assert profile["rebuttals"] == [{"rebuttal": 3, "source": "track integrity agency", "allegation": 0}]
    assert [pair["denial"] for pair in profile["denials"]] == [1, 2]
    assert not next(s for s in profile["sources"] if s["source"] == "track integrity agency")["denies"]


@pytest.mark.parametrize("text, expected", [
    ("The agency said her sample contained trenbolone.", True),
    ("The agency said her sample contained no banned substance.", False),
    ("Officials said they would check whether the archive contained sensitive files.", False),
])
def test_a_sample_said_to_contain_a_substance_is_worded_as_an_allegation(text, expected):
    assert alleges(text) is expected


FINDING_AS_FACT = ("The agency said a sample Chidinma Ekwueme provided in February contained trenbolone.", FACT,
                   {"source": ["The agency"], "cue": ["said"]})


@pytest.mark.parametrize("denial", ['"I have never taken a banned substance in my life."',
                                    "Taking any banned substance was firmly denied."])
def test_a_denial_naming_no_one_does_not_go_on_with_an_accuser_whose_claim_was_heard_as_a_fact(denial):
    profile = profile_of(FINDING_AS_FACT, (denial, DENIAL, {}), gap="\n\n")
    assert profile["credits"] == [None, None]
    assert profile["sources"] == []


def test_a_denial_naming_the_accused_after_an_accuser_heard_as_a_fact_is_the_accused_s():
    profile = profile_of(FINDING_AS_FACT, ("Ekwueme, 27, the world champion, denied taking any banned substance.",
                                           DENIAL, {"cue": ["denied"]}), gap="\n\n")
    assert profile["credits"] == [None, "ekwueme"]
    assert [(s["source"], s["denies"]) for s in profile["sources"]] == [("ekwueme", True)]


def test_a_plain_fact_naming_a_source_that_alleges_nothing_still_goes_on_into_a_denial():
    profile = profile_of(("Ekwueme said she had trained in Lagos all winter.", FACT,
                          {"source": ["Ekwueme"], "cue": ["said"]}),
                         ('"I have never taken a banned substance in my life."', DENIAL, {}), gap="\n\n")
    assert profile["credits"] == [None, "ekwueme"]


ARGUED = ("Ekwueme's lawyers argued that contaminated meat caused the positive test.", CLAIM,
          {"source": ["Ekwueme's lawyers"], "cue": ["argued"]})


@pytest.mark.parametrize("body", ["The arbitration panel", "The disciplinary panel", "The appeal panel",
                                  "The disciplinary commission", "An independent arbitration commission"])
def test_a_sports_panel_or_commission_rejecting_an_argument_rules_as_a_court_and_denies_nothing(body):
    profile = profile_of(ARGUED, (f"{body} rejected that argument.", DENIAL, {"source": [body], "cue": ["rejected"]}))
    assert profile["denials"] == []
    assert [s["denies"] for s in profile["sources"]] == [False, False]


@pytest.mark.parametrize("body", ["The expert panel", "The European Commission"])
def test_an_expert_panel_or_a_commission_of_another_kind_still_denies(body):
    profile = profile_of(ARGUED, (f"{body} rejected that argument.", DENIAL, {"source": [body], "cue": ["rejected"]}))
    assert [pair["denial"] for pair in profile["denials"]] == [1]


@pytest.mark.parametrize("dateline, seen_by", [
    ("LONDON, Oct 3 (Reuters) - ", "Reuters"),
    ("VOSTRA, Oct 3 (Sportwire) - ", "Sportwire"),
    ("VOSTRA, Oct 3 (Sportwire) - ", "the agency"),
    ("", "this agency"),
])
def test_a_document_seen_by_the_wire_writing_the_story_is_its_own_reporting_and_no_source(dateline, seen_by):
    document = f"a prosecution document seen by {seen_by}"
    profile = profile_of((f"{dateline}Prosecutors questioned federation president Viktor Stanek on Thursday.", FACT,
                          {}),
                         (f"According to {document}, investigators suspect that Stanek received 1.2 million euros.",
                          CLAIM, {"cue": ["According to"], "source": [document]}), gap="\n\n")
    assert profile["credits"] == [None, None]
    assert profile["sources"] == []


@pytest.mark.parametrize("dateline, seen_by, expected", [
    ("LONDON, Oct 3 (Reuters) - ", "the Kessel Times", "kessel times"),  # another outlet's access is its own
    ("", "the agency", "agency"),  # no wire writes the story: "the agency" may be any agency
])
def test_another_outlet_or_an_agency_with_no_wire_dateline_still_had_the_material(dateline, seen_by, expected):
    document = f"a prosecution document seen by {seen_by}"
    profile = profile_of((f"{dateline}Prosecutors questioned federation president Viktor Stanek on Thursday.", FACT,
                          {}),
                         (f"According to {document}, investigators suspect that Stanek received 1.2 million euros.",
                          CLAIM, {"cue": ["According to"], "source": [document]}), gap="\n\n")
    assert profile["credits"] == [None, expected]


def test_the_agency_under_a_wire_dateline_is_an_agency_the_copy_named_as_a_source_before():
    # the copy named the Vostran Anti-Doping Agency: "the agency" that saw the document is that one, not the wire
    agency = "The Vostran Anti-Doping Agency"
    document = "a laboratory report seen by the agency"
    profile = profile_of((f"VOSTRA, Oct 3 (Sportwire) - {agency} said it had opened a case against Viktor Stanek.",
                          CLAIM, {"source": [agency], "cue": ["said"]}),
                         (f"Stanek's sample contained a banned steroid, according to {document}.",
                          CLAIM, {"cue": ["according to"], "source": [document]}), gap="\n\n")
    assert profile["credits"][1] in ("agency", "vostran anti-doping agency")  # as with no wire dateline


@pytest.mark.parametrize("questioned", [
    "Federation president Viktor Stanek was questioned for six hours but has not been charged.",
    "Federation president Viktor Stanek was questioned for six hours but has never been charged.",
    "Federation president Viktor Stanek was questioned for six hours but hasn't been charged.",
])
def test_the_writer_saying_someone_has_not_been_charged_alleges_nothing(questioned):
    profile = profile_of((questioned, FACT, {}),
                         ("Prosecutors suspect that Stanek received 1.2 million euros from a consultancy.", CLAIM,
                          {"source": ["Prosecutors"], "cue": ["suspect"]}),
                         ("Stanek denied any wrongdoing.", DENIAL, {"source": ["Stanek"], "cue": ["denied"]}))
    assert profile["denials"] == [{"denial": 2, "source": "viktor stanek", "allegation": 1}]


def test_the_writer_saying_someone_has_been_charged_is_still_the_allegation_against_them():
    profile = profile_of(("Federation president Viktor Stanek has been charged with fraud.", FACT, {}),
                         ("The federation said its accounts were in order.", CLAIM,
                          {"source": ["The federation"], "cue": ["said"]}),
                         ("Stanek denied any wrongdoing.", DENIAL, {"source": ["Stanek"], "cue": ["denied"]}))
    assert profile["denials"] == [{"denial": 2, "source": "viktor stanek", "allegation": 0}]


QUOTE = ('"Everybody saw it except the one man who matters," he said.', CLAIM, {"source": ["he"], "cue": ["said"]})


@pytest.mark.parametrize("before", ["Eastmere lost again, and Stefan Rusnak was angry.",
                                    "Eastmere lost again on Saturday, but Stefan Rusnak stayed calm.",
                                    "Eastmere lost again; Stefan Rusnak was angry."])
def test_he_after_a_man_named_as_the_second_clause_s_subject_is_that_man(before):
    profile = profile_of((before, FACT, {}), QUOTE, gap="\n\n")
    assert profile["credits"] == [None, "stefan rusnak"]


@pytest.mark.parametrize("before", ["Eastmere lost again, and Stefan Rusnak was sacked.",
                                    "Eastmere lost again, but Stefan Rusnak declined to comment."])
def test_the_second_clause_s_subject_acted_upon_or_silent_is_no_one_he_means(before):
    profile = profile_of((before, FACT, {}), QUOTE, gap="\n\n")
    assert profile["credits"] == [None, None]


@pytest.mark.parametrize("heard", ["was heard shouting", "can be heard yelling", "could be heard screaming"])
def test_a_speaker_heard_shouting_after_a_quotation_is_credited(heard):
    profile = profile_of(("Castlemoor manager Bruno Keller is livid.", FACT, {}),
                         (f'"That\'s never a booking," Keller {heard}.', CLAIM, {}), gap="\n\n")
    assert profile["credits"] == [None, "bruno keller"]


def test_a_quotation_heard_on_a_recording_names_no_speaker_by_heard_alone():
    profile = profile_of(("Castlemoor manager Bruno Keller is livid.", FACT, {}),
                         ('"That\'s never a booking," the crowd heard.', CLAIM, {}), gap="\n\n")
    assert profile["credits"] == [None, None]


LOSING_RUN = ("Stefan Rusnak has lost nine in a row.", FACT, {})


@pytest.mark.parametrize("weasel, marked", [
    ("Many in the boardroom privately believe a change is overdue.", "Many in the boardroom privately"),
    ("Many in the boardroom now privately believe a change is overdue.", "Many in the boardroom now"),
    ("Some within the club believe a change is overdue.", "Some within the club"),
])
def test_many_in_a_room_written_in_lower_case_is_weasel_wording_and_credits_no_one(weasel, marked):
    profile = profile_of(LOSING_RUN, (weasel, CLAIM, {"source": [marked], "cue": ["believe"]}), gap="\n\n")
    assert profile["credits"] == [None, None]
    assert profile["sources"] == []


@pytest.mark.parametrize("sentence, marked, cue, expected", [
    ("Several directors privately believe a change is overdue.", "Several directors privately", "believe",
     "several directors"),
    ("A close ally of the chairman privately believes a change is overdue.",
     "A close ally of the chairman privately", "believes", "close ally of the chairman"),
])
def test_an_adverb_before_the_cue_never_ends_a_source_s_name(sentence, marked, cue, expected):
    profile = profile_of(LOSING_RUN, (sentence, CLAIM, {"source": [marked], "cue": [cue]}), gap="\n\n")
    assert profile["credits"] == [None, expected]


def test_a_noun_in_ly_ending_a_source_stays_in_its_name():
    profile = profile_of(LOSING_RUN, ("A close ally believes a change is overdue.", CLAIM,
                                      {"source": ["A close ally"], "cue": ["believes"]}), gap="\n\n")
    assert profile["credits"] == [None, "close ally"]


def test_a_denial_s_quotation_going_on_is_no_rebuttal_of_the_denier_s_own_earlier_complaint():
    profile = profile_of(
        ("Wanderers coach Joanna Pryce said her side had deserved the win.", CLAIM,
         {"source": ["Wanderers coach Joanna Pryce"], "cue": ["said"]}),
        ("Forward Mirna Babic said the team felt at home.", CLAIM,
         {"source": ["Forward Mirna Babic"], "cue": ["said"]}),
        ("Northbridge manager Callum Reddy blamed fatigue after his side's midweek cup tie.", CLAIM,
         {"source": ["Northbridge manager Callum Reddy"], "cue": ["blamed"]}),
        ('"We had nothing left in the legs," he said.', CLAIM, {"source": ["he"], "cue": ["said"]}),
        ('"I should have rotated more."', CLAIM, {}),
        ("The Tarnside Evening Post reported that captain Imogen Hart had asked to leave.", FACT, {}),
        ("Reddy denied the report.", DENIAL, {"source": ["Reddy"], "cue": ["denied"]}),
        ('"Imogen is going nowhere," he said.', DENIAL, {"source": ["he"], "cue": ["said"]}),
        ('"She\'s under contract until 2027 and she is happy here."', DENIAL, {}),
        gap="\n\n")
    assert profile["rebuttals"] == []
    assert [(pair["denial"], pair["source"]) for pair in profile["denials"]] == [
        (6, "callum reddy"), (7, "callum reddy"), (8, "callum reddy")]


@pytest.mark.parametrize("text, expected", [
    ("Manager Stefan Rusnak blamed fatigue for the loss.", False),
    ("Rusnak blames poor weather and a heavy pitch.", False),
    ("Rusnak blamed the defeat on tired legs.", False),
    ("The defeat was blamed on fatigue.", False),
    ("Rusnak blamed the referee for the loss.", True),
    ("Rusnak blamed the defeat on the club's owners.", True),
    ("The minister blamed rising prices on Vell.", True),
    ("The minister blamed the delays of the contractor.", True),
    ("Rusnak blamed fatigue, and accused the league of ignoring the schedule.", True),
    # a party's errors or failures are laid on that party: before, the thing's noun made these no allegation
    ("The family blamed police errors for the death.", True),
    ("Critics blamed government failures for the crisis.", True),
    ("The airline blamed staff mistakes for the outage.", True),
    ("The report blamed the contractor's errors.", True),
    ("Rusnak blamed defensive errors for the loss.", False),
])
def test_blaming_a_thing_alleges_nothing_against_anyone(text, expected):
    assert alleges(text) is expected


def test_a_manager_s_denial_after_blaming_fatigue_is_no_rebuttal_of_his_own_complaint():
    # before, "blamed fatigue" read as an allegation, so the manager's denial after it stood by it: a rebuttal, and
    # the manager no denier
    profile = profile_of(
        ("Manager Stefan Rusnak blamed fatigue for the loss.", CLAIM,
         {"source": ["Manager Stefan Rusnak"], "cue": ["blamed"]}),
        ("Rusnak denied that his job was at risk.", DENIAL, {"source": ["Rusnak"], "cue": ["denied"]}))
    assert profile["rebuttals"] == []
    assert [(s["source"], s["denies"]) for s in profile["sources"]] == [("stefan rusnak", True)]


FEDERATION_LATER = ("The federation added that the crew had done nothing wrong.", CLAIM,
                    {"source": ["The federation"], "cue": ["added"]})


def test_the_federation_joins_the_federation_credited_before_it():
    # before, "Kestorian Rowing Federation" read as a person's name, so "the federation" stood apart
    profile = profile_of(("The Kestorian Rowing Federation said it would appeal the ruling.", CLAIM,
                          {"source": ["The Kestorian Rowing Federation"], "cue": ["said"]}),
                         ("Officials met in Tarvel to discuss the case.", FACT, {}), FEDERATION_LATER)
    assert profile["credits"] == ["kestorian rowing federation", None, "kestorian rowing federation"]


@pytest.mark.parametrize("named", ["The Kestorian Rowing Federation will appeal the ruling.",
                                   "The International Federation of Rowing will appeal the ruling."])
def test_the_federation_joins_the_one_federation_named_though_no_source(named):
    profile = profile_of((named, FACT, {}), FEDERATION_LATER)
    assert profile["credits"][1] == named.removeprefix("The ").removesuffix(" will appeal the ruling.").lower()
    # two federations named: neither
    profile = profile_of((named, FACT, {}), ("The Velmar Cycling Federation backed the crew.", FACT, {}),
                         FEDERATION_LATER)
    assert profile["credits"][2] == "federation"


CLUB_LATER = ("The club also confirmed that two players had left.", CLAIM,
              {"source": ["The club"], "cue": ["confirmed"]})


@pytest.mark.parametrize("club", ["Harbour City", "Dunmore Rovers", "Kessel United", "Harbour City FC"])
def test_the_club_joins_the_club_credited_just_before_it(club):
    # before, a club named without its letters read as a person's name, which "the club" never joined
    said = (f"{club} said on Tuesday that its manager would stay.", CLAIM, {"source": [club], "cue": ["said"]})
    profile = profile_of(said, ("Supporters had called for change.", FACT, {}), CLUB_LATER)
    assert profile["credits"] == [club.lower(), None, club.lower()]


def test_the_club_joins_no_club_after_two_credited_nor_a_person():
    said = ("Harbour City said its manager would stay.", CLAIM, {"source": ["Harbour City"], "cue": ["said"]})
    other = ("Dunmore Athletic said it had made a bid.", CLAIM, {"source": ["Dunmore Athletic"], "cue": ["said"]})
    assert profile_of(said, other, CLUB_LATER)["credits"] == ["harbour city", "dunmore athletic", "club"]
    coach = ("Coach Tom Vask said he would stay.", CLAIM, {"source": ["Coach Tom Vask"], "cue": ["said"]})
    assert profile_of(coach, CLUB_LATER)["credits"] == ["tom vask", "club"]


@pytest.mark.parametrize("club", ["Harbour City FC", "Dunmore A.F.C.", "Kessel Rowing Club"])
def test_the_club_joins_the_one_club_named_though_no_source(club):
    profile = profile_of((f"{club} confirmed the signing of Tom Vask on Friday.", FACT, {}), CLUB_LATER)
    assert profile["credits"] == [None, club.lower().rstrip(".")]
    # two clubs named: neither
    profile = profile_of((f"{club} beat Tarvel Wanderers FC on Friday.", FACT, {}), CLUB_LATER)
    assert profile["credits"] == [None, "club"]


COACH_SAYS = ("Kiptoo's coach, Peter Langat, says his runner feels strong.", CLAIM,
              {"source": ["Kiptoo's coach, Peter Langat"], "cue": ["says"]})


@pytest.mark.parametrize("named, subject", [("Tom Vask, Abebe Girma and Daniel Rotich lead.", "Girma wins"),
                                            ("Defending champion Josiah Kiptoo is among the leaders.",
                                             "Kiptoo takes second")])
def test_he_after_a_surname_of_a_man_named_in_full_before_is_that_man_though_his_given_name_is_unknown(named, subject):
    # before, a topic of unknown sex gave way to the last speaker known to be a man: the coach
    profile = profile_of(COACH_SAYS, (named, FACT, {}), (f"{subject} in the sprint.", FACT, {}),
                         ("He says the crowd carried him.", CLAIM, {"source": ["He"], "cue": ["says"]}))
    full = next(name for name in ("abebe girma", "josiah kiptoo") if name.split()[1] in subject.lower())
    assert profile["credits"] == ["peter langat", None, None, full]
    # a place or body opening the sentence before is still no one's "he"
    profile = profile_of(COACH_SAYS, ("New Harbour hosts the race in May.", FACT, {}),
                         ("He says the crowd carried him.", CLAIM, {"source": ["He"], "cue": ["says"]}))
    assert profile["credits"] == ["peter langat", None, "peter langat"]


LIND = ('"I just tried to stay calm," Lind said.', CLAIM, {"source": ["Lind"], "cue": ["said"]})


@pytest.mark.parametrize("named, description", [
    ("Mara Lind beat world No. 3 Ana Ruiz on Thursday.", "the world No. 3"),
    ("Mara Lind beat world No. 3 Ana Ruiz on Thursday.", "the No. 3"),
    ("Mara Lind beat Ana Ruiz, the world No. 3, on Thursday.", "the world No. 3"),
    ("The No. 3 seed, Ana Ruiz, lost to Mara Lind on Thursday.", "the No. 3 seed"),
])
def test_a_player_s_ranking_alone_means_the_player_named_with_it(named, description):
    # before, "the world No. 3" was a source of its own, and "she" after it the woman named before it
    profile = profile_of((named, FACT, {}), LIND,
                         (f'"She played the big points better," {description} said.', CLAIM,
                          {"source": [description], "cue": ["said"]}),
                         ("She said she would have scans.", CLAIM, {"source": ["She"], "cue": ["said"]}))
    assert profile["credits"] == [None, "mara lind", "ana ruiz", "ana ruiz"]


def test_a_ranking_no_one_was_named_with_is_a_nameless_player_whom_she_goes_on_with():
    profile = profile_of(("Mara Lind beat the No. 3 seed, Ana Ruiz, on Thursday.", FACT, {}), LIND,
                         ('"She played better," the world No. 3 said.', CLAIM,
                          {"source": ["the world No. 3"], "cue": ["said"]}),
                         ("She said she would have scans.", CLAIM, {"source": ["She"], "cue": ["said"]}))
    assert profile["credits"] == [None, "mara lind", "world no. 3", "world no. 3"]


@pytest.mark.parametrize("first", [("Kessel United said it was disappointed by the charges.", DENIAL,
                                    {"source": ["Kessel United"], "cue": ["said"]}),
                                   ("Manager Dan Orr said the players would not be distracted.", CLAIM,
                                    {"source": ["Manager Dan Orr"], "cue": ["said"]})])
def test_he_after_another_said_is_that_other_one_not_a_person_named_before(first):
    # before, "another" was no person, so "he" went to the person (or the club read as one) named before
    profile = profile_of(first,
                         ("One chief executive said no one was above the rules.", CLAIM,
                          {"source": ["One chief executive"], "cue": ["said"]}),
                         ("Another said the league had taken far too long.", CLAIM,
                          {"source": ["Another"], "cue": ["said"]}),
                         ('"Nine years is a joke," he said.', CLAIM, {"source": ["he"], "cue": ["said"]}))
    assert profile["credits"][2:] == ["another chief executive", "another chief executive"]


CLUB_ANSWERS = ("The club said it was disappointed and would appeal.", DENIAL,
                {"source": ["The club"], "cue": ["said"]})


@pytest.mark.parametrize("accused, club", [
    ("The league charged Kessel United with breaching spending rules on Monday.", "kessel united"),
    ("The Premier Division fined Dunmore Rovers two million euros.", "dunmore rovers"),
    # two clubs accused, or a club named in passing, or a name that places end theirs with: none
    ("The league charged Kessel United and Dunmore Rovers with breaching spending rules.", "club"),
    ("The league said Kessel United had breached spending rules.", "club"),
    ("Prosecutors charged Harbour City with failing to inspect the stand.", "club"),
])
def test_the_club_answering_is_the_one_club_accused_by_name(accused, club):
    # before, a club named without "Club" or its letters was no club "the club" could mean
    assert profile_of((accused, FACT, {}), CLUB_ANSWERS)["credits"] == [None, club]


SPANIARD = ("The Spaniard admitted she had been troubled by a shoulder problem.", CLAIM,
            {"source": ["The Spaniard"], "cue": ["admitted"]})
SCANS = ("She said she would have scans.", CLAIM, {"source": ["She"], "cue": ["said"]})


def test_the_spaniard_is_the_player_credited_just_before_when_no_one_was_written_spanish():
    # before, "The Spaniard" was a source of its own: a noun for one person of a nationality, unlike "the
    # Portuguese" (a side, perhaps), means the one whose account goes on when the copy named no one else since
    ruiz = ('"She played the big points better," the world No. 3 said.', CLAIM,
            {"source": ["the world No. 3"], "cue": ["said"]})
    profile = profile_of(("Mara Lind beat world No. 3 Ana Ruiz on Thursday.", FACT, {}), LIND, ruiz, SPANIARD, SCANS)
    assert profile["credits"] == [None, "mara lind", "ana ruiz", "ana ruiz", "ana ruiz"]
    # a player written as Spanish is the one meant, as by a nationality's adjective ("the Croatian")
    profile = profile_of(("Spanish player Ana Ruiz said she had no regrets.", CLAIM,
                          {"source": ["Spanish player Ana Ruiz"], "cue": ["said"]}), SPANIARD)
    assert profile["credits"] == ["ana ruiz", "ana ruiz"]


@pytest.mark.parametrize("said", [
    "Croatian player Ana Ruiz said she had no regrets.",  # of another nationality
    "Ana Ruiz said she had no regrets after losing to Mara Lind.",  # another player named with her
])
def test_the_spaniard_is_not_a_player_of_another_nationality_or_one_named_with_another(said):
    profile = profile_of((said, CLAIM, {"source": [said.partition(" said")[0]], "cue": ["said"]}), SPANIARD, SCANS)
    assert profile["credits"] == ["ana ruiz", "spaniard", "spaniard"]


@pytest.mark.parametrize("described", ["The No. 9 seed, Olena Petrenko, retired from her match with dizziness.",
                                       "A former champion, Olena Petrenko, was among those who struggled.",
                                       "Her sister, Olena Petrenko, kept every letter from those years.",
                                       # a capitalised owner of the role, after an opening phrase or not
                                       "The Vell's skipper, Olena Petrenko, sat out the last race.",
                                       "On a grey afternoon, the Vell's skipper, Olena Petrenko, tied up at the quay.",
                                       # a name in the possessive owning it, with no article
                                       "Kessler's deputy, Olena Petrenko, is the team's assistant coach.",
                                       "Eva Kessler's rival, Olena Petrenko, kept every letter from those years."])
def test_she_after_a_description_and_the_name_of_its_holder_is_the_one_so_named(described):
    # before, "She" went on with the woman who spoke before: a description that is no role ("The No. 9 seed") or
    # one with "A" or "Her" hid the name after it, as "The former minister, Olena Petrenko," does not
    kessler = ("Former champion Eva Kessler said the heat was dangerous.", CLAIM,
               {"source": ["Former champion Eva Kessler"], "cue": ["said"]})
    profile = profile_of(kessler, (described, FACT, {}),
                         ('She said afterwards it had been "like playing in an oven".', CLAIM,
                          {"source": ["She"], "cue": ["said"]}))
    assert profile["credits"] == ["eva kessler", None, "olena petrenko"]


@pytest.mark.parametrize("described", ["Lang's brother, Felix Lang, is the club's assistant coach.",
                                       "Dieter Lang's brother, Felix Lang, is the club's assistant coach."])
def test_he_after_a_speaker_s_kin_of_his_surname_named_between_commas_is_the_kin(described):
    # before, "Lang's" read as the subject, so "He" went on with Dieter Lang, who spoke before
    lang = ('Kestoria coach Dieter Lang said Brandt was "100 per cent committed".', CLAIM,
            {"source": ["Kestoria coach Dieter Lang"], "cue": ["said"]})
    profile = profile_of(lang, (described, FACT, {}),
                         ("He said the squad had not been distracted by the speculation.", CLAIM,
                          {"source": ["He"], "cue": ["said"]}))
    assert profile["credits"] == ["dieter lang", None, "felix lang"]


@pytest.mark.parametrize("club", ["Harlow Rovers", "Kestoria United", "Tarvel Wanderers", "Dunmore Athletic"])
def test_he_after_a_club_named_without_its_letters_is_no_club(club):
    # before, a name ending in a word only clubs end theirs with read as a man's, whom "he" went on with
    orr = ("Manager Dan Orr said the team had been unlucky.", CLAIM, {"source": ["Manager Dan Orr"], "cue": ["said"]})
    profile = profile_of(orr, (f"{club} confirmed the striker had asked to leave.", CLAIM,
                               {"source": [club], "cue": ["confirmed"]}),
                         ("He said the club would not stand in his way.", CLAIM, {"source": ["He"], "cue": ["said"]}))
    assert profile["credits"] == ["dan orr", club.lower(), "dan orr"]


@pytest.mark.parametrize("first", [
    ("Harbour City FC beat Kessel United 2-1 on Saturday.", FACT, {}),
    ("Harbour City FC confirmed the signing of Tom Vask.", CLAIM,
     {"source": ["Harbour City FC"], "cue": ["confirmed"]}),
])
def test_the_club_is_not_a_club_named_with_its_letters_when_another_club_spoke_since(first):
    # before, "The club" was Harbour City FC, the one club named with its letters, though another had spoken since
    profile = profile_of(first, ("Kessel United said it would appeal against the red card.", CLAIM,
                                 {"source": ["Kessel United"], "cue": ["said"]}), CLUB_LATER)
    assert profile["credits"][1:] == ["kessel united", "club"]
    # the one club named, which spoke itself, still is
    profile = profile_of(("The league charged Kessel United on Monday.", FACT, {}),
                         ("Kessel United said it would appeal.", CLAIM, {"source": ["Kessel United"], "cue": ["said"]}),
                         CLUB_LATER)
    assert profile["credits"][1:] == ["kessel united", "kessel united"]


def test_the_club_that_joined_no_club_is_no_other_club_in_view():
    # before, "The club said" crediting no club counted as a club in view, so a later "the club" joined no club
    profile = profile_of(CLUB_LATER, ("The league charged Kessel United on Monday.", FACT, {}), CLUB_LATER)
    assert profile["credits"] == ["club", None, "kessel united"]


@pytest.mark.parametrize("headline, person", [
    ("Sprinter Ekwueme suspended after positive test, denies wrongdoing", "ekwueme"),
    ("Harlow mayor Tom Vask arrested, denies taking bribes", "tom vask"),
])
def test_a_headline_s_clause_of_denial_with_no_subject_is_the_headline_subject_s(headline, person):
    # before, no source was read in the headline, so its denial was no one's
    surname = person.split()[-1].title()
    profile = profile_of((headline, DENIAL, {"cue": ["denies"]}),
                         ("The agency suspended her on Monday after a test.", FACT, {}),
                         (f"{surname}, 27, denied any wrongdoing.", DENIAL, {"cue": ["denied"]}), gap="\n\n")
    assert profile["credits"][0] == profile["credits"][2] == person
    # in body copy, which a stop ends, a clause with no subject of its own is not read so
    assert headline_clause_subject(f"{headline}.") is None


def test_a_headline_s_denial_with_no_subject_is_a_company_s_whose_one_word_name_the_copy_writes_as_a_source():
    # before, "Klique", one capitalised word not yet known at the headline, named no one, so the denial was no one's
    headline = ("Klique removes 40 accounts, denies algorithm bias", DENIAL, {"cue": ["denies"]})
    said = ("Klique said its feed treats all posts alike.", DENIAL, {"source": ["Klique"], "cue": ["said"]})
    assert profile_of(headline, said, gap="\n\n")["credits"] == ["klique", "klique"]
    # a copy that never names it as a source leaves it no one's
    fact = ("The company removed the accounts on Monday.", FACT, {})
    assert profile_of(headline, fact, gap="\n\n")["credits"] == [None, None]


@pytest.mark.parametrize("headline, lede", [
    ("Harlow Rovers defender suspended for six games, club vows to fight ban",
     "The league suspended defender Tom Vask for six games on Monday."),
    ("Defender suspended for six games, club vows to fight ban",
     "The league suspended Harlow Rovers defender Tom Vask for six games on Monday."),
])
def test_club_alone_in_a_headline_is_the_club_the_headline_or_lede_names(headline, lede):
    # before, a headline's "club" was a source of its own, "club"
    profile = profile_of((headline, CLAIM, {"source": ["club"], "cue": ["vows"]}), (lede, FACT, {}), gap="\n\n")
    assert profile["credits"][0] == "harlow rovers"
    # two clubs named: neither
    profile = profile_of((headline, CLAIM, {"source": ["club"], "cue": ["vows"]}),
                         (f"{lede[:-1]} after a foul against Kessel United.", FACT, {}), gap="\n\n")
    assert profile["credits"][0] == "club"


@pytest.mark.parametrize("text", ['Tom Vask resigned on Monday, says a club statement seen by "The Post."',
                                  "Tom Vask resigned on Monday, says a club statement (seen by the Post.)"])
def test_a_clause_with_no_subject_in_a_sentence_a_stop_ends_inside_quotes_is_no_headline_s(text):
    assert headline_clause_subject(text) is None


@pytest.mark.parametrize("between, credit", [
    ("Lind was disappointed.", "mara lind"),  # the subject just before: her
    ("Lind, who had not dropped a set all week, was disappointed.", "mara lind"),  # a relative clause passed over
    ("Lind, who had not dropped a set all week, a record, was disappointed.", "swede"),  # a comma in it: no subject
    ("Croatian Lind was disappointed.", "swede"),  # the subject, of another nationality
])
def test_the_swede_is_the_subject_just_before_not_a_player_credited_before_her(between, credit):
    # before, "the Swede" was Kovac, the player credited before, though a sentence on Lind stood between
    kovac = ('"I served really well today," Kovac said.', CLAIM, {"source": ["Kovac"], "cue": ["said"]})
    swede = ('"She was just better," the Swede said.', CLAIM, {"source": ["the Swede"], "cue": ["said"]})
    profile = profile_of(("Ana Kovac beat Mara Lind 7-5 6-3 on Friday.", FACT, {}), kovac, (between, FACT, {}), swede)
    assert profile["credits"] == [None, "ana kovac", None, credit]


@pytest.mark.parametrize("position", ["striker", "winger", "goalkeeper"])
def test_a_player_s_position_of_no_one_written_so_is_the_player_credited_just_before(position):
    # before, "the striker" was a source of its own after "Strand denied diving."
    rows = [("The referee gave a penalty for a foul on Oli Strand.", FACT, {}),
            ('"It was a dive," Ashby said.', CLAIM, {"source": ["Ashby"], "cue": ["said"]}),
            ("Strand denied diving.", DENIAL, {"source": ["Strand"], "cue": ["denied"]}),
            (f'"I would never go down like that," the {position} said.', DENIAL,
             {"source": [f"the {position}"], "cue": ["said"]})]
    assert profile_of(*rows)["credits"] == [None, "ashby", "strand", "strand"]
    # not when someone was written with that position ("Harbour striker Tomas Brandt"), nor with another person
    # written since
    written = (f"Harbour {position} Tomas Brandt was on the bench.", FACT, {})
    assert profile_of(written, *rows)["credits"][-1] != "strand"
    since = [*rows[:3], ("Strand was fouled by Luka Mertens.", FACT, {}), rows[3]]
    assert profile_of(*since)["credits"][-1] == position


@pytest.mark.parametrize("first", ['"I never touched him," Marta Strand said after the match.',
                                   "Harbour forward Oli Strand was booked for a late tackle.",
                                   "Harbour forward Marta Strand was booked for a late tackle."])
def test_a_given_name_alone_joins_the_one_full_name_it_opens(first):
    given = first.split(" Strand")[0].rsplit(" ", 1)[-1]
    profile = profile_of((first, CLAIM if "said" in first else FACT, {"source": [f"{given} Strand"], "cue": ["said"]}
                          if "said" in first else {}),
                         (f"{given} strongly denies it.", DENIAL, {"source": [given], "cue": ["strongly denies"]}))
    assert profile["credits"][1] == f"{given.lower()} strand"


def test_a_known_given_name_alone_joins_the_one_full_name_a_sentence_of_no_source_wrote():
    # before, "Maria" joined only a full name that a source span or a role had written: a source of its own
    booked = ("Maria Strand was booked for a late tackle.", FACT, {})
    denies = ("Maria denies it was a foul.", DENIAL, {"source": ["Maria"], "cue": ["denies"]})
    assert profile_of(booked, denies)["credits"] == [None, "maria strand"]
    # two women of that given name: whose is unclear
    fouled = ("Maria Lind was fouled twice.", FACT, {})
    assert profile_of(booked, fouled, denies)["credits"][-1] == "maria"


def test_a_country_that_opens_a_person_s_name_is_no_given_name_alone():
    said = ('"We will not move," Israel Vardi said.', CLAIM, {"source": ["Israel Vardi"], "cue": ["said"]})
    profile = profile_of(said, ("Israel rejected the report.", DENIAL, {"source": ["Israel"], "cue": ["rejected"]}))
    assert profile["credits"] == ["israel vardi", "israel"]


def test_an_acronym_that_opens_a_report_s_name_is_no_given_name_alone():
    profile = profile_of(("The Velk Safety Report said schools needed guards.", CLAIM,
                          {"source": ["The Velk Safety Report"], "cue": ["said"]}),
                         ("VELK said it needed time.", CLAIM, {"source": ["VELK"], "cue": ["said"]}))
    assert profile["credits"][1] != profile["credits"][0]


@pytest.mark.parametrize("club", ["Marlow United", "Marlow Rovers", "Marlow Athletic"])
def test_a_club_s_first_word_alone_joins_its_name(club):
    fee = (f"{club} want a fee of four million pounds for the striker.", CLAIM, {"source": [club], "cue": ["want"]})
    low = ("Marlow say the offer is low.", CLAIM, {"source": ["Marlow"], "cue": ["say"]})
    assert profile_of(fee, low)["credits"] == [club.lower()] * 2
    # not where another source opens with that word
    town = ("Marlow Town said they had bid too.", CLAIM, {"source": ["Marlow Town"], "cue": ["said"]})
    assert profile_of(fee, town, low)["credits"][2] == "marlow"


@pytest.mark.parametrize("first", [("KFAX introduced a cap on loans last year.", FACT, {}),
                                   ("The Kestorian Football Association capped loans last year.", FACT, {}),
                                   ("The Kestorian Football Association said it would cap loans.", CLAIM,
                                    {"source": ["The Kestorian Football Association"], "cue": ["said"]})])
def test_the_governing_body_is_the_one_body_that_acted_or_spoke_just_before(first):
    body = ("The governing body said the cap protects young players.", CLAIM,
            {"source": ["The governing body"], "cue": ["said"]})
    profile = profile_of(first, body)
    assert profile["credits"][1] == ("kfax" if first[0].startswith("KFAX") else "kestorian football association")


@pytest.mark.parametrize("cue", ["can confirm", "is able to confirm"])
def test_a_body_that_can_confirm_is_the_subject_that_speaks(cue):
    text = f"The club {cue} that the player has left."
    found = subject_before_cue(text)
    assert found is not None and text[found[0]:found[1]] == "The club"
    profile = profile_of(("Halvering Rovers FC is aware of the reports.", FACT, {}),
                         (text, CLAIM, {"cue": [cue.rsplit(" ", 1)[-1]]}))
    assert profile["credits"] == [None, "halvering rovers fc"]
    assert subject_before_cue(f"Nobody {cue} that the player has left.") is None


@pytest.mark.parametrize("opening, role", [("Coach Harding", "coach"), ("Skipper Harding", "skipper")])
def test_a_trade_capitalised_as_a_title_before_a_surname_alone_is_that_person_s_role(opening, role):
    # before, "Coach Harding" opening a sentence was a name of two words, and "the coach" a source of its own
    rows = ((f"{opening} said the referee had been poor.", CLAIM, {"source": [opening], "cue": ["said"]}),
            ("Tarvel scored twice late on.", FACT, {}),
            (f"The {role} said his side would recover.", CLAIM, {"source": [f"The {role}"], "cue": ["said"]}))
    lower = (f"Dunmore {role} Harding said the referee had been poor.", CLAIM,
             {"source": [f"Dunmore {role} Harding"], "cue": ["said"]})
    assert profile_of(*rows)["credits"] == profile_of(lower, *rows[1:])["credits"] == ["harding", None, "harding"]
    # a country's or a business's word after it is no surname
    assert profile_of(("Coach Canada said fares would rise.", CLAIM,
                       {"source": ["Coach Canada"], "cue": ["said"]}))["credits"] == ["coach canada"]


BANNED = ("The league banned Harding for three games on Monday.", FACT, {})


@pytest.mark.parametrize("reply, cue", [("Harding hit back, posting that the ban was unfair.", "hit back"),
                                        ("Harding denied striking the referee.", "denied")])
def test_a_surname_written_alone_before_opens_a_reply_as_its_source(reply, cue):
    # before, "Harding", written before only inside a sentence, was no name the document knew: the reply credited no
    # one, though a player's surname alone is how sports copy names him
    profile = profile_of(BANNED, (reply, DENIAL, {"cue": [cue]}), gap="\n\n")
    assert profile["credits"] == [None, "harding"]
    assert profile["denials"][0]["source"] == "harding"
    # a word capitalised only as the sentence's first, written nowhere before, is still no name
    assert profile_of(BANNED, (reply.replace("Harding", "Varro"), DENIAL, {"cue": [cue]}),
                      gap="\n\n")["credits"] == [None, None]
    # nor is a place written inside a sentence before
    placed = ("The league met in Harding on Monday.", FACT, {})
    assert profile_of(placed, (reply, DENIAL, {"cue": [cue]}), gap="\n\n")["credits"] == [None, None]


@pytest.mark.parametrize("noun", ["league", "club", "federation", "council"])
def test_a_spokesperson_after_a_body_by_its_noun_alone_that_responded_is_that_body_s(noun):
    profile = profile_of(
        ("Fans complained about ticket prices for the cup final.", FACT, {}),
        (f"The {noun} has responded.", FACT, {}),
        ("A spokesperson said prices had been frozen for three seasons.", DENIAL,
         {"source": ["A spokesperson"], "cue": ["said"]}))
    assert profile["credits"] == [None, None, f"{noun} spokesperson"]


def test_a_spokesperson_after_the_league_that_responded_is_the_league_named_before():
    profile = profile_of(
        ("The Harlow Premier League set ticket prices for the cup final.", FACT, {}),
        ("The league has responded.", FACT, {}),
        ("A spokesperson said prices had been frozen for three seasons.", DENIAL,
         {"source": ["A spokesperson"], "cue": ["said"]}))
    assert profile["credits"] == [None, None, "harlow premier league spokesperson"]


@pytest.mark.parametrize("club, short", [("Fenwick City", "City"), ("Dunmore United", "United")])
def test_a_club_called_by_the_last_word_of_its_name_is_that_club(club, short):
    named = (f"{club} said the manager had left by mutual consent.", CLAIM, {"source": [club], "cue": ["said"]})
    again = (f"{short} said a successor would be named within a week.", CLAIM, {"source": [short], "cue": ["said"]})
    assert profile_of(named, again)["credits"] == [club.lower(), club.lower()]
    # two clubs so named: either, and the word stays apart
    other = (f"Harlow {short} said they would appeal.", CLAIM, {"source": [f"Harlow {short}"], "cue": ["said"]})
    assert profile_of(named, other, again)["credits"][2] == short.lower()


@pytest.mark.parametrize("kind, name", [("fan group", "Tigers Together"), ("campaign group", "Fair Fares"),
                                        ("pressure group", "Fair Fares"), ("rights group", "Open Doors")])
def test_a_kind_noun_before_a_name_with_no_article_makes_the_passive_s_agent_that_kind_of_body(kind, name):
    criticised = (f"The Tigers were criticised by {kind} {name} over ticket prices.", CLAIM, {"cue": ["criticised"]})
    group = ("The group said prices had doubled in two seasons.", CLAIM, {"source": ["The group"], "cue": ["said"]})
    assert profile_of(criticised, group)["credits"] == [name.lower()] * 2
    # a post after the kind is a person's role, not the body's name; and no kind noun leaves "the group" apart
    founder = ("The Tigers were criticised by rights group founder Ana Roe.", CLAIM, {"cue": ["criticised"]})
    assert profile_of(founder, group)["credits"][1] == "group"
    bare = (f"The Tigers were criticised by {name} over ticket prices.", CLAIM, {"cue": ["criticised"]})
    assert profile_of(bare, group)["credits"] == [name.lower(), "group"]


def test_a_club_s_last_word_alone_joins_a_club_merely_named_with_it():
    signed = ("Portharbour Albion have signed the striker Tomas Reyes on a three-year deal.", FACT, {})
    said = ("Albion said the fee was undisclosed.", CLAIM, {"source": ["Albion"], "cue": ["said"]})
    profile = profile_of(signed, said)
    assert profile["credits"] == [None, "portharbour albion"]
    assert [s["display"] for s in profile["sources"]] == ["Portharbour Albion"]
    # two clubs so named: neither; nor is a street or a body whose name runs on after the word a club
    beaten = ("Harlow Albion lost 2-0 to them on Saturday.", FACT, {})
    assert profile_of(signed, beaten, said)["credits"][2] == "albion"
    street = ("Fans gathered on Portharbour Albion Street on Saturday.", FACT, {})
    assert profile_of(street, said)["credits"][1] == "albion"


@pytest.mark.parametrize("opening", ["Yesterday", "On Saturday", "Last season"])
def test_a_word_opening_the_sentence_before_a_club_merely_named_is_no_part_of_its_name(opening):
    # before, "Yesterday Portharbour Albion" was the club that "Albion" joined, and so shown
    signed = (f"{opening} Portharbour Albion signed the striker Tomas Reyes.", FACT, {})
    said = ("Albion said the fee was undisclosed.", CLAIM, {"source": ["Albion"], "cue": ["said"]})
    profile = profile_of(signed, said)
    assert profile["credits"] == [None, "portharbour albion"]
    assert [s["display"] for s in profile["sources"]] == ["Portharbour Albion"]


def test_the_club_closing_a_sentence_is_the_club_it_opens_with_and_the_rovers_joins_it():
    # before, "the club" of "Eastmere Rovers have sacked ..., the club announced" was a source "club" of its own, and
    # "The Rovers" one more, "rovers"
    sacked = ("Eastmere Rovers have sacked their coach, the club announced.", CLAIM,
              {"source": ["the club"], "cue": ["announced"]})
    spokesman = ("A club spokesman said the search had begun.", CLAIM,
                 {"source": ["A club spokesman"], "cue": ["said"]})
    rovers = ("The Rovers said a new coach would be named soon.", CLAIM, {"source": ["The Rovers"], "cue": ["said"]})
    profile = profile_of(sacked, spokesman, rovers)
    assert profile["credits"] == ["eastmere rovers", "eastmere rovers spokesperson", "eastmere rovers"]
    assert [s["display"] for s in profile["sources"]][0] == "Eastmere Rovers"
    # another club named after it leaves "the club" unsure; "the City" of a club ending in a place's word stays itself
    other = ("Eastmere Rovers have sacked their coach after a loss to Velna United, the club announced.", CLAIM,
             {"source": ["the club"], "cue": ["announced"]})
    assert profile_of(other)["credits"] == ["club"]
    city = ("The City said a new coach would be named soon.", CLAIM, {"source": ["The City"], "cue": ["said"]})
    fenwick = ("Fenwick City said it had sacked its coach.", CLAIM, {"source": ["Fenwick City"], "cue": ["said"]})
    assert profile_of(fenwick, city)["credits"] == ["fenwick city", "city"]
