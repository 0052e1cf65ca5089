"""Credits, sources and denials in celebrity and tabloid copy, on hand-built sentences: an entertainment show's
transcript whose hosts are labelled by full name once and by surname after; a star's representatives, agencies,
studios and gossip accounts; posts quoted after a colon; a star's role word before the name."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of
from test_transcripts import credits_of, turns_of


SHOW = ("Showbiz Tonight with Carla Brisk\n\n"
        "CARLA BRISK: Good evening. I'm joined by Jules Harker.\n\n"
        "JULES HARKER: Thanks, Carla. The singer says she was snubbed.\n\n"
        "BRISK: And what does the academy say?\n\n"
        "HARKER: It denies it.\n\n"
        "BRISK: Thank you.\n\n"
        "HARKER: Pleasure.")


def test_names_in_capitals_written_in_full_once_then_by_surname_are_a_transcript():
    assert [label for label, _, _ in turns_of(SHOW)] == ["CARLA BRISK", "JULES HARKER", "BRISK", "HARKER", "BRISK",
                                                         "HARKER"]
    found, _ = credits_of(SHOW)
    assert [credit for _, credit in found[1:]] == ["carla brisk", "carla brisk", "jules harker", "jules harker",
                                                   "carla brisk", "jules harker", "carla brisk", "jules harker"]


def test_a_full_name_in_capitals_once_and_another_label_recurring_are_still_no_transcript():
    # the full name's surname labels no line of its own: as before, no exchange
    text = SHOW.replace("BRISK: ", "DUNE: ").replace("CARLA DUNE: ", "CARLA BRISK: ")
    assert turns_of(text) == []


@pytest.mark.parametrize("trade", ["Model", "Influencer", "Footballer", "Supermodel", "Socialite", "YouTuber",
                                   "Heiress", "Blogger", "Drummer"])
def test_a_celebrity_s_trade_before_the_name_is_no_part_of_the_name(trade):
    profile = profile_of(
        (f"{trade} Sienna Kaye said she was not pregnant.", DENIAL,
         {"source": [f"{trade} Sienna Kaye"], "cue": ["said"]}),
        ("Kaye said the rumours had hurt her.", CLAIM, {"source": ["Kaye"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["sienna kaye", "sienna kaye"]


def test_model_before_a_body_s_name_stays_part_of_the_name():
    profile = profile_of(("Model Railway Club said the show would go ahead.", CLAIM,
                          {"source": ["Model Railway Club"], "cue": ["said"]}))
    assert profile["credits"] == ["model railway club"]


@pytest.mark.parametrize("owner", ["Kaye's", "The model's", "Her"])
def test_a_body_s_kind_after_an_owner_with_its_name_set_after_it_is_that_name_for_the_kind_later(owner):
    profile = profile_of(
        (f"{owner} agency, Northstar Models, said it would take legal advice.", CLAIM,
         {"source": [f"{owner} agency, Northstar Models"], "cue": ["said"]}),
        ('"Spreading false claims is not entertainment," the agency said.', DENIAL,
         {"source": ["the agency"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["northstar models", "northstar models"]


def test_a_person_named_after_an_owner_s_body_does_not_make_the_body_his():
    profile = profile_of(
        ("Tessaly's agency, Tom Vell, said it would take legal advice.", CLAIM,
         {"source": ["Tessaly's agency, Tom Vell"], "cue": ["said"]}),
        ("The agency said it had not been consulted.", CLAIM, {"source": ["The agency"], "cue": ["said"]}),
    )
    assert profile["credits"][1] == "agency"


@pytest.mark.parametrize("sentence, spans", [
    ('Fenn\'s spokeswoman has just posted on X: "Harlan loves his children."', {}),
    ('Ana Roe has just posted on X: "Harlan loves his children."', {}),
    ("Ana Roe has just denied the report.", {}),
    ('Ana Roe just said: "Harlan loves his children."', {}),
    # a source span run on into the adverb
    ('Ana Roe just said: "Harlan loves his children."', {"source": ["Ana Roe just"], "cue": ["said"]}),
])
def test_just_between_a_liveblog_s_speaker_and_the_verb_leaves_the_speaker(sentence, spans):
    credit = profile_of((sentence, DENIAL, spans))["credits"][0]
    assert credit == ("fenn spokesperson" if sentence.startswith("Fenn") else "ana roe")


def test_a_name_opening_with_just_stays_whole():
    assert profile_of(("Just Eat has denied the report.", DENIAL, {}))["credits"] == ["just eat"]


def test_a_subject_whose_only_cue_further_on_is_a_passive_of_hearsay_is_no_source():
    sentence = ("The 23-year-old rapper from Eastquay sold out arenas, topped the charts and signed a deal with the "
                "fashion house Corvel said to be worth millions.")
    assert profile_of((sentence, CLAIM, {"source": ["23-year-old rapper"], "cue": ["said"]}))["credits"] == [None]
    # a speech verb of its own after the hearsay still makes the subject the source
    assert profile_of(("The firm said to be behind the deal denied it.", DENIAL,
                       {"source": ["The firm"], "cue": ["said", "denied"]}))["credits"] == ["firm"]
    assert profile_of(("The rapper signed a deal said to be worth millions, his label said.", CLAIM,
                       {"source": ["his label"], "cue": ["said", "said"]}))["credits"] == ["label"]


@pytest.mark.parametrize("spans", [{"source": ["two", "the couple"], "cue": ["said"]},
                                   {"source": ["the couple"], "cue": ["said"]}])
def test_a_span_on_whom_people_are_close_to_grows_back_over_the_people(spans):
    sentence = "Singer Marla Quenby and actor Dorian Vesk have separated, two people close to the couple said."
    assert profile_of((sentence, CLAIM, spans))["credits"] == ["two people close to the couple"]
    assert profile_of(("A source close to the singer said the couple had split.", CLAIM,
                       {"source": ["the singer"], "cue": ["said"]}))["credits"] == ["source close to the singer"]
    # before, "friends of" and "a relative of" were no such head, so the couple or the singer spoke for themselves
    assert profile_of(("Friends of the couple said the split was amicable.", CLAIM,
                       {"source": ["the couple"], "cue": ["said"]}))["credits"] == ["friends of the couple"]
    assert profile_of(("A relative of the singer said she was resting.", CLAIM,
                       {"source": ["the singer"], "cue": ["said"]}))["credits"] == ["relative of the singer"]


def test_a_subject_described_as_close_to_someone_stays_the_subject():
    assert profile_of(("The couple, who are close to the mayor, said they had separated.", CLAIM,
                       {"source": ["The couple"], "cue": ["said"]}))["credits"] == ["couple"]


@pytest.mark.parametrize("first, again, credit", [("An insider", "The source", "insider"),
                                                  ("A source", "The insider", "source")])
def test_the_source_after_a_bare_insider_is_the_insider_again(first, again, credit):
    profile = profile_of(
        (f'{first} told the Sparkle: "Kenzie cannot stand Tia."', CLAIM, {"source": [first], "cue": ["told"]}),
        (f"{again} added that producers had filmed the pair on separate days.", CLAIM,
         {"source": [again], "cue": ["added"]}),
    )
    assert profile["credits"] == [credit, credit]


def test_the_source_after_a_person_described_otherwise_stays_apart():
    profile = profile_of(
        ('A person who saw the row said: "Kenzie cannot stand Tia."', CLAIM,
         {"source": ["A person who saw the row"], "cue": ["said"]}),
        ("The source added that producers had filmed the pair on separate days.", CLAIM,
         {"source": ["The source"], "cue": ["added"]}),
    )
    assert profile["credits"][1] == "source"


def test_it_says_and_the_statement_after_a_body_or_a_star_s_team_released_a_statement_are_theirs():
    for issuer, source in (("Ray's team", "ray's team"), ("The club", "club")):
        profile = profile_of(
            (f"{issuer} has released a statement.", FACT, {"cue": ["has released"]}),
            ("'We are grateful for the support,' it says.", CLAIM, {"cue": ["says"]}),
            ("The statement says the tour will go on.", CLAIM, {"source": ["The statement"], "cue": ["says"]}),
        )
        assert profile["credits"] == [None, source, source]
    # the team doing something else issues nothing: its "it says" is no one's
    profile = profile_of(
        ("Ray's team flew home on Sunday.", FACT, {}),
        ("'We are grateful for the support,' it says.", CLAIM, {"cue": ["says"]}),
    )
    assert profile["credits"] == [None, None]


def test_the_studio_or_the_company_after_a_spokesperson_for_a_business_is_that_business():
    for body, kind in (("Tallow Studios", "studio"), ("Halvex Corp", "company")):
        profile = profile_of(
            (f"A spokesperson for {body} said the film was finished.", DENIAL,
             {"source": [f"A spokesperson for {body}"], "cue": ["said"]}),
            (f"The {kind} insisted the budget was not exceeded.", DENIAL,
             {"source": [f"The {kind}"], "cue": ["insisted"]}),
        )
        assert profile["credits"][1] == body.lower()
    # another studio named as a source: "the studio" may be either, and stays apart
    profile = profile_of(
        ("A spokesperson for Tallow Studios said the film was finished.", DENIAL,
         {"source": ["A spokesperson for Tallow Studios"], "cue": ["said"]}),
        ("Brim Studios said the script was theirs.", CLAIM, {"source": ["Brim Studios"], "cue": ["said"]}),
        ("The studio insisted the budget was not exceeded.", DENIAL, {"source": ["The studio"], "cue": ["insisted"]}),
    )
    assert "tallow studios" not in profile["credits"][1:]


def test_the_account_or_the_website_after_a_handle_or_name_written_after_its_kind_is_that_outlet():
    profile = profile_of(
        ("The row was first reported by the gossip account @StarSpill on Monday.", FACT, {}),
        ("The account, which has 1.2 million followers, claimed the couple had split.", CLAIM,
         {"source": ["The account", "which has 1.2 million followers"], "cue": ["claimed"]}),
    )
    assert profile["credits"] == [None, "@starspill"]
    profile = profile_of(
        ("The gossip account @StarSpill said the couple had split.", CLAIM,
         {"source": ["The gossip account @StarSpill"], "cue": ["said"]}),
        ("The account later claimed the ring was returned.", CLAIM, {"source": ["The account"], "cue": ["claimed"]}),
        ("The story was first posted by the celebrity website PopWire.", FACT, {}),
        ("The website said the tour was off.", CLAIM, {"source": ["The website"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["gossip account @starspill", "gossip account @starspill", None, "popwire"]
    # a person's name after "account" with a verb of theirs is no outlet's name; a bank account names none
    for opening in ("The posts came from an anonymous account Tom Vask ran.",
                    "Mira Lind said she had closed her bank account on Monday."):
        profile = profile_of(
            (opening, FACT, {}),
            ("The account said the couple had split.", CLAIM, {"source": ["The account"], "cue": ["said"]}),
        )
        assert profile["credits"][1] == "account"


def test_the_role_named_later_joins_a_nameless_role_written_with_whom_it_serves():
    denial = ("A representative for Quenby denied the reports.", DENIAL,
              {"source": ["A representative for Quenby"], "cue": ["denied"]})
    named = ("The representative, Nell Ashgrove, said the singer was resting.", DENIAL,
             {"source": ["The representative, Nell Ashgrove"], "cue": ["said"]})
    profile = profile_of(denial, named)
    assert profile["credits"] == ["nell ashgrove", "nell ashgrove"]
    # representatives of two people: the one named may be either's
    other = ("A representative for Mira Lind said the pair had split.", CLAIM,
             {"source": ["A representative for Mira Lind"], "cue": ["said"]})
    assert profile_of(denial, other, named)["credits"][0] == "representative for quenby"


def test_a_description_then_a_name_after_the_set_apart_by_commas_is_the_name_s():
    for span in ("The village pub, the Plough", "The Plough, the village pub"):
        profile = profile_of((f"{span}, said it would close in May.", CLAIM, {"source": [span], "cue": ["said"]}))
        assert profile["credits"] == ["plough"]
    # a name of more words before a description stays the name's
    profile = profile_of(("The Orsk Times, a newspaper, said it would close.", CLAIM,
                          {"source": ["The Orsk Times, a newspaper"], "cue": ["said"]}))
    assert profile["credits"] == ["orsk times"]


def test_the_second_source_after_exactly_two_unnamed_informants_is_the_later_one():
    first = ("An insider said the pair had argued.", CLAIM, {"source": ["An insider"], "cue": ["said"]})
    second = ("Another insider claims the wedding is off.", CLAIM, {"source": ["Another insider"], "cue": ["claims"]})
    for ordinal, meant in (("second", "another insider"), ("first", "insider")):
        later = (f"The {ordinal} source said the ring was returned.", CLAIM,
                 {"source": [f"The {ordinal} source"], "cue": ["said"]})
        assert profile_of(first, second, later)["credits"][2] == meant
    # a third informant: the second may be any of them
    third = ("A third insider said it was over.", CLAIM, {"source": ["A third insider"], "cue": ["said"]})
    later = ("The second source said the ring was returned.", CLAIM, {"source": ["The second source"], "cue": ["said"]})
    assert profile_of(first, second, third, later)["credits"][3] == "second source"


def test_a_body_that_has_written_to_someone_asking_or_urging_speaks():
    for verb in ("asking", "urging"):
        profile = profile_of((f"Historic Buildings Watch, a national charity, has written to the council {verb} it "
                              "to delay the demolition.", CLAIM, {"cue": ["written"]}))
        assert profile["credits"] == ["historic buildings watch"]
    # writing a book, or a letter written to the council, names no one who asks
    for sentence in ("Historic Buildings Watch, a national charity, has written a history of the council.",
                     "The letter was written to the council asking it to delay the demolition."):
        assert profile_of((sentence, CLAIM, {"cue": ["written"]}))["credits"] == [None]
