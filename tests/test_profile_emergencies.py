"""Credits, sources and denials in copy about crime, policing and emergencies (audit a55c): arrests and charges,
police and fire officials, missing-person appeals, liveblog entries and briefing transcripts, the accused's lawyers
and the witnesses; on hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


@pytest.mark.parametrize("pronoun, side, credit", [("her", "office", "roe's office"),
                                                    ("his", "lawyers", "ekberg's lawyers")])
def test_his_or_her_side_after_a_titled_person_opening_the_sentence_is_that_person_s_not_the_last_speaker(
        pronoun, side, credit):
    name = "Tamsin Roe" if pronoun == "her" else "Tomas Ekberg"
    profile = profile_of(
        ('"We had ten minutes to get out," said Oskar Brandl, who lives by the river.', CLAIM,
         {"source": ["Oskar Brandl"], "cue": ["said"]}),
        ("Another resident, Greta Lund, said the sirens never sounded.", CLAIM,
         {"source": ["Another resident, Greta Lund"], "cue": ["said"]}),
        (f"Governor {name} has declared a state of emergency in three counties, {pronoun} {side} said.", CLAIM,
         {"source": [f"{pronoun} {side}"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["oskar brandl", "greta lund", credit]


def test_she_after_a_named_other_in_a_speaker_s_last_turn_goes_on_with_that_person_not_the_speaker():
    profile = profile_of(
        ("The following is an excerpt of the briefing by Sheriff Dale Whitcombe.", FACT, {}),
        ("REPORTER: Is the escaped inmate dangerous?", FACT, {}),
        ("WHITCOMBE: He is charged with assault.", FACT, {}),
        ("REPORTER: The union says one officer was watching the yard.", CLAIM,
         {"source": ["The union"], "cue": ["says"]}),
        ("WHITCOMBE: That is not accurate.", DENIAL, {}),
        ("After the briefing, the union's president, Marla Dent, said the sheriff's account was wrong.", CLAIM,
         {"source": ["the union's president, Marla Dent"], "cue": ["said"]}),
        ("She said two of the officers had been pulled away.", CLAIM, {"source": ["She"], "cue": ["said"]}),
        ('"The yard was covered by one person," she said.', CLAIM, {"source": ["she"], "cue": ["said"]}),
        gap="\n\n",
    )
    assert profile["credits"][2] == profile["credits"][4] == "dale whitcombe"
    assert profile["credits"][5:] == ["marla dent"] * 3


@pytest.mark.parametrize("body, statement", [("police", "a police statement"),
                                             ("the ministry", "a ministry statement")])
def test_a_statement_of_a_body_s_noun_credited_alone_before_is_that_body_s(body, statement):
    profile = profile_of(
        (f"A teacher was arrested on Wednesday on suspicion of making threats, {body} said.", CLAIM,
         {"source": [body], "cue": ["said"]}),
        (f"He was taken into custody at his home in Pellham, according to {statement}.", CLAIM,
         {"source": [statement], "cue": ["according to"]}),
    )
    assert profile["credits"][1] == profile["credits"][0] == body.removeprefix("the ")
    assert [source["source"] for source in profile["sources"]] == [body.removeprefix("the ")]



@pytest.mark.parametrize("body", ["police", "government", "company"])
def test_a_statement_of_a_body_s_noun_is_that_body_s_before_the_body_speaks_by_its_noun(body):
    # before, "A police statement said" with no force credited yet was a source "police statement", and a later
    # "Police said" a second source of the same body
    profile = profile_of(
        (f"A {body} statement said two depots were closed.", CLAIM,
         {"source": [f"A {body} statement"], "cue": ["said"]}),
        (f"The {body} said later that one had reopened.", CLAIM, {"source": [f"The {body}"], "cue": ["said"]}),
    )
    assert profile["credits"] == [body, body]
    # a report is another matter: it may be anyone's study of the body
    report = (f"A {body} report said two depots were closed.", CLAIM, {"source": [f"A {body} report"], "cue": ["said"]})
    assert profile_of(report)["credits"] == [f"{body} report"]


BRIEFING = (("An excerpt of the briefing by Sheriff Dale Whitcombe and Undersheriff Priya Anand.", FACT, {}),
            ("SHERIFF WHITCOMBE: At about 2:15 this morning, two inmates escaped from the jail.", FACT, {}),
            ("REPORTER: Why did it take four hours to notice?", FACT, {}),
            ("UNDERSHERIFF ANAND: It did not take four hours.", DENIAL, {}),
            ("REPORTER: Is the second inmate dangerous?", FACT, {}),
            ("WHITCOMBE: He is charged with assault.", FACT, {}))


def test_a_police_rank_s_label_opening_a_briefing_s_transcript_is_a_speaker_s_turn():
    profile = profile_of(*BRIEFING, gap="\n\n")
    assert profile["credits"][1:3] == ["dale whitcombe", "reporter"]
    assert profile["credits"][5] == "dale whitcombe"


def test_an_undersheriff_s_label_is_the_undersheriff_the_introduction_names_in_full():
    profile = profile_of(*BRIEFING, gap="\n\n")
    assert profile["credits"][3] == "priya anand"
    assert "undersheriff anand" not in [source["source"] for source in profile["sources"]]


def test_a_lawyer_s_denial_answers_the_arrest_on_suspicion_of_a_crime_not_a_later_neutral_claim_about_the_client():
    profile = profile_of(
        ("A teacher at Westbury High School was arrested on suspicion of making threats, police said.", CLAIM,
         {"source": ["police"], "cue": ["said"]}),
        ("The school's principal, Dora Fenwick, said the teacher had been placed on leave.", CLAIM,
         {"source": ["The school's principal, Dora Fenwick"], "cue": ["said"]}),
        ('A lawyer for the teacher said the posts had been "taken completely out of context."', DENIAL,
         {"source": ["A lawyer for the teacher"], "cue": ["said"]}),
    )
    assert profile["denials"] == [{"denial": 2, "source": "lawyer for the teacher", "allegation": 0}]


NEIGHBOUR = ("A neighbour, Aldo Brenn, said he told police about a dark van the next morning.", CLAIM,
             {"source": ["A neighbour, Aldo Brenn"], "cue": ["said"]})
FATHER = ("Her father, Martin Vance, said the family waited a day before a detective was assigned.", CLAIM,
          {"source": ["Her father, Martin Vance"], "cue": ["said"]})


def test_a_denial_of_that_account_answers_the_claim_just_before_not_an_earlier_one_naming_the_denier():
    profile = profile_of(
        NEIGHBOUR, FATHER,
        ("Norland Police rejected that account.", DENIAL, {"source": ["Norland Police"], "cue": ["rejected"]}),
    )
    assert profile["denials"] == [{"denial": 2, "source": "norland police", "allegation": 1}]


def test_a_denial_of_that_statement_answers_the_claim_just_before_though_its_source_denies_elsewhere():
    profile = profile_of(
        NEIGHBOUR,
        ("Her father, Martin Vance, denied that she had ever run away before.", DENIAL,
         {"source": ["Her father, Martin Vance"], "cue": ["denied"]}),
        ("He said the family waited a day before a detective was assigned.", CLAIM,
         {"source": ["He"], "cue": ["said"]}),
        ("Norland Police rejected that statement.", DENIAL, {"source": ["Norland Police"], "cue": ["rejected"]}),
    )
    assert profile["denials"][-1] == {"denial": 3, "source": "norland police", "allegation": 2}


def test_a_lawyer_named_by_the_client_s_possessive_speaks_for_the_client_whose_own_claim_is_no_allegation():
    profile = profile_of(
        ("Prosecutors say Lucas Merrow shot his former partner in her apartment.", CLAIM,
         {"source": ["Prosecutors"], "cue": ["say"]}),
        ("Lucas Merrow told reporters he had been at work all night.", CLAIM,
         {"source": ["Lucas Merrow"], "cue": ["told"]}),
        ("Merrow's public defender, Graham Lisle, said the case was weak.", DENIAL,
         {"source": ["Merrow's public defender, Graham Lisle"], "cue": ["said"]}),
    )
    assert profile["denials"] == [{"denial": 2, "source": "graham lisle", "allegation": 0}]


def test_a_denial_of_the_charge_answers_the_charge_the_copy_reported_further_back_than_nearby_claims():
    neighbours = [(f"{name}, a neighbour, said the street had been quiet for years.", CLAIM,
                   {"source": [f"{name}, a neighbour"], "cue": ["said"]})
                  for name in ("Ada Morn", "Ben Oster", "Cora Lind", "Dan Pell", "Eva Sund", "Finn Roe", "Gus Tal")]
    profile = profile_of(
        ("Lucas Merrow, 40, has been charged with the murder of his landlord.", FACT, {}),
        *neighbours,
        ("Merrow denied the charge in a statement.", DENIAL, {"source": ["Merrow"], "cue": ["denied"]}),
    )
    assert profile["denials"] == [{"denial": 8, "source": "lucas merrow", "allegation": 0}]


@pytest.mark.parametrize("silent", ["The Halden ministry issued no statement on the fire.",
                                    "The Halden ministry has not responded to questions about the fire."])
def test_a_spokesman_after_a_state_s_ministry_by_its_place_word_is_that_ministry_s(silent):
    # before, "The Halden ministry" (a place's word and "ministry" in lower case) was no body a nameless spokesman
    # after it speaks for, so "A spokesman" stood alone
    spokesman = ("A spokesman said only that an inquiry had begun.", DENIAL,
                 {"source": ["A spokesman"], "cue": ["said"]})
    assert profile_of((silent, FACT, {}), spokesman)["credits"] == [None, "halden ministry spokesperson"]
    # two bodies acting together leave him neither's; a sentence between leaves him no one's
    both = ("The Halden ministry and the Orsk Port Authority issued no statement.", FACT, {})
    assert profile_of(both, spokesman)["credits"] == [None, "spokesperson"]
    night = ("Firefighters worked through the night.", FACT, {})
    assert profile_of((silent, FACT, {}), night, spokesman)["credits"] == [None, None, "spokesperson"]


@pytest.mark.parametrize("group, key", [("Police in Carrow", "police in carrow"),
                                        ("Firefighters in Carrow", "firefighters in carrow"),
                                        ("The county's police", "county's police")])
@pytest.mark.parametrize("said", ["Nobody was injured, they said.", "They said nobody was injured."])
def test_they_said_after_a_group_in_a_named_place_acted_is_that_group(group, key, said):
    closed = (f"{group} have closed the coast road.", FACT, {})
    they = (said, CLAIM, {"source": ["they" if "they" in said else "They"], "cue": ["said"]})
    assert profile_of(closed, they)["credits"] == [None, key]
    # a month after "in" is when, not where: a role alone stays no one identifiable
    closed = ("Officials in January closed the coast road.", FACT, {})
    assert profile_of(closed, they)["credits"] == [None, None]


@pytest.mark.parametrize("marks", [{"source": ["Inflation"]}, {"source": ["Inflation", "the governor"]},
                                   {"source": ["the governor"], "cue": ["warned"]}, {}])
def test_a_topic_heading_a_liveblog_entry_before_its_colon_is_no_speaker_where_the_entry_names_one(marks):
    """A liveblog entry's topic before a colon ('14:11 Inflation: "..."') is a heading, not who speaks, when the entry
    names its speaker after the quotation; a name before the colon with no speaker named after it stays the one who
    speaks ('14:15 Amsel: "..."')."""
    rate = ("14:02 The central bank raised its rate to 5 percent.", FACT, {})
    topic = ('14:11 Inflation: "Prices will keep rising," the governor warned.', CLAIM, marks)
    amsel = ('14:15 Amsel: "We will not wait."', CLAIM, {"source": ["Amsel"]})
    assert profile_of(rate, topic, amsel, gap="\n\n")["credits"] == [None, "governor", "amsel"]
