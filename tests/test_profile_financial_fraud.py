"""Credits, sources and denials in banking and financial fraud copy (audit a68c): banks and building societies, scam
victims, regulators' fines, collapsed investment schemes, auditors, trials of executives and a fund rejecting a short
seller's allegations; on hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


@pytest.mark.parametrize("name", ["Brightwater Building Society", "Harlan Mutual"])
def test_a_building_society_or_a_mutual_is_a_firm_whose_first_word_alone_joins_it(name):
    # before, "Building Society" and "Mutual" ended no firm's name, so "Brightwater said" was a source apart
    short = name.split()[0]
    profile = profile_of((f"{name} rejected claims that it had refused refunds.", DENIAL,
                          {"source": [name], "cue": ["rejected"]}),
                         (f"In a statement, {short} said the report was misleading.", DENIAL,
                          {"source": [short], "cue": ["said"]}))
    assert profile["credits"] == [name.lower()] * 2


@pytest.mark.parametrize("name", ["Kessel Historical Society", "Kessel Savers Society"])
def test_a_society_of_another_kind_stays_apart_from_its_first_word(name):
    # only "Building Society" makes a society a lender: a civic society's first word is no short name of it
    profile = profile_of((f"{name} rejected the claims.", DENIAL, {"source": [name], "cue": ["rejected"]}),
                         ("Kessel said the report was misleading.", DENIAL, {"source": ["Kessel"], "cue": ["said"]}))
    assert profile["credits"] == [name.lower(), "kessel"]


@pytest.mark.parametrize("sentence, key", [
    ("The society was responding to a report by the consumer group Fair Pocket, which said it refused claims.",
     "fair pocket"),
    ("The fine follows a complaint by Open Ledger, which said the bank broke the rules.", "open ledger"),
    ("The bid was backed by Harlow Green Energy Trust, which said it would invest.", "harlow green energy trust"),
])
def test_a_body_before_which_said_is_its_whole_capitalised_name_not_its_last_word(sentence, key):
    # before, the name was read back to the fewest words naming someone, the last word the text knew: "pocket"
    assert profile_of((sentence, CLAIM, {"cue": ["said"]}))["credits"] == [key]


@pytest.mark.parametrize("sentence, key", [
    ("In March Open Ledger, which said the bank broke the rules, sued.", "open ledger"),  # no month
    ("It came from Dravonia's defence ministry, which said the drills were routine.", "dravonia's defence ministry"),
    ("The complaint came from Kessel's Open Ledger, which said the bank broke the rules.", "open ledger"),
])
def test_a_body_before_which_said_is_read_back_over_no_opener_month_or_owner(sentence, key):
    assert profile_of((sentence, CLAIM, {"cue": ["said"]}))["credits"] == [key]


@pytest.mark.parametrize("sentence, span", [
    ("Throughout the trial Aldana maintained that the loans were genuine.", "trial Aldana"),
    ("Throughout the trial Aldana maintained that the loans were genuine.", None),
    ("After the hearing Aldana said the loans had simply gone wrong.", "hearing Aldana"),
    ("During his interview Aldana said the loans had simply gone wrong.", None),
])
def test_an_occasion_opening_the_sentence_with_no_comma_is_no_part_of_its_speaker(sentence, span):
    # before, "trial aldana" (the model's span) or "throughout the trial aldana" (none marked) was the source
    cue = "maintained" if "maintained" in sentence else "said"
    marked = {"cue": [cue], **({"source": [span]} if span else {})}
    profile = profile_of(("Viktor Aldana, 52, was convicted of fraud.", FACT, {}), (sentence, DENIAL, marked))
    assert profile["credits"] == [None, "viktor aldana"]


def test_an_occasion_s_noun_before_a_role_and_a_name_leaves_the_role_to_the_name():
    # "the trial judge" is a role, no occasion the sentence opens with
    profile = profile_of(("After the trial judge Ines Vell said the loans were fraudulent.", CLAIM,
                          {"source": ["the trial judge Ines Vell"], "cue": ["said"]}))
    assert profile["credits"] == ["ines vell"]


@pytest.mark.parametrize("opening", ["In a filing", "In a filing last week", "In a court filing on Monday",
                                     "In a statement last week", "In her affidavit"])
def test_she_after_a_medium_and_when_it_was_written_opening_the_sentence_is_the_woman_named_before(opening):
    # before, only "In a statement she said" and the like, with no time between, passed over the medium, so "she"
    # after a filing was no one's
    profile = profile_of(
        ("Dunmore & Pike denied any wrongdoing.", DENIAL, {"source": ["Dunmore & Pike"], "cue": ["denied"]}),
        ("The receiver, Helen Groot, is not persuaded.", FACT, {}),
        (f"{opening} she said the firm had ignored red flags.", CLAIM, {"cue": ["said"]}))
    assert profile["credits"] == ["dunmore & pike", None, "helen groot"]


def test_a_subject_after_a_medium_and_when_it_was_written_is_that_subject():
    profile = profile_of(("In a report last week the receiver said the firm had ignored red flags.", CLAIM,
                          {"cue": ["said"]}))
    assert profile["credits"] == ["receiver"]


@pytest.mark.parametrize("written_of", [
    "Daniel Sorvik was arrested on Monday.",
    "QuickVault's founder, Daniel Sorvik, has not responded to requests for comment."])
def test_his_lawyers_after_a_sentence_crediting_no_one_that_writes_of_one_man_are_his(written_of):
    # before, only a person credited just before, or mourned, owned "His lawyers", so the source was "lawyers"
    profile = profile_of(("Mira Hale said the lender had misled savers.", CLAIM,
                          {"source": ["Mira Hale"], "cue": ["said"]}),
                         (written_of, FACT, {}),
                         ("His lawyers said he had acted honestly throughout.", DENIAL,
                          {"source": ["His lawyers"], "cue": ["said"]}))
    assert profile["credits"] == ["mira hale", None, "sorvik's lawyers"]
    # after a medium opening the sentence too, but not where the sentence names someone "his" may mean instead
    medium = ("In a statement his lawyers said he had acted honestly.", DENIAL,
              {"source": ["his lawyers"], "cue": ["said"]})
    assert profile_of((written_of, FACT, {}), medium)["credits"] == [None, "sorvik's lawyers"]
    named = ("His lawyers said Tom Orr had acted honestly.", DENIAL, {"source": ["His lawyers"], "cue": ["said"]})
    assert profile_of((written_of, FACT, {}), named)["credits"] == [None, "lawyers"]


@pytest.mark.parametrize("written_of", ["Daniel Sorvik and Tom Orr were arrested on Monday.",
                                        "Ana Sorvik was arrested on Monday."])
def test_his_lawyers_after_a_sentence_writing_of_two_men_or_a_woman_are_no_one_s_named(written_of):
    profile = profile_of((written_of, FACT, {}),
                         ("His lawyers said he had acted honestly throughout.", DENIAL,
                          {"source": ["His lawyers"], "cue": ["said"]}))
    assert profile["credits"] == [None, "lawyers"]
