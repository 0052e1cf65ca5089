"""Credits, sources and denials in copy about press freedom and the media (audit a61d): journalists detained or
sued, prosecutors' and governments' denials, press-freedom groups and their indexes, broadcast regulators, editors
and lawyers for reporters; on hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


@pytest.mark.parametrize("stamp", ["11:40 — ", "- "])
def test_a_name_before_its_description_after_a_liveblog_stamp_or_list_mark_is_the_source(stamp):
    profile = profile_of(
        ("Judge Mira Oltean acquitted the three reporters of the Halvern Courier.", FACT, {}),
        (f"{stamp}Reporters Without Limits, the press-freedom group, welcomed the verdict.", CLAIM,
         {"source": ["the press-freedom group"], "cue": ["welcomed"]}),
    )
    assert profile["credits"] == [None, "reporters without limits"]
    assert [source["display"] for source in profile["sources"]] == ["Reporters Without Limits"]


@pytest.mark.parametrize("record", ["monitoring", "count", "tally", "research", "database"])
def test_a_body_s_own_record_keeping_after_its_possessive_is_the_body(record):
    profile = profile_of(
        ("The Press Freedom Coalition (PFC) condemned the arrest of two reporters in Sarn.", CLAIM,
         {"source": ["The Press Freedom Coalition (PFC)"], "cue": ["condemned"]}),
        (f"This is the fourth arrest of a journalist in Tessaly this year, according to PFC's {record}.", CLAIM,
         {"source": [f"PFC's {record}"], "cue": ["according to"]}),
    )
    assert profile["credits"] == ["press freedom coalition"] * 2
    assert [source["display"] for source in profile["sources"]] == ["Press Freedom Coalition"]


@pytest.mark.parametrize("channel", ["TV Sentinel", "Sentinel FM"])
def test_a_medium_s_abbreviation_in_a_channel_s_name_is_no_other_regulator_for_the_regulator_to_mean(channel):
    profile = profile_of(
        (f"The Broadcast Standards Commission has fined {channel} 400,000 florins, the regulator said on Friday.",
         CLAIM, {"source": ["the regulator"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["broadcast standards commission"]
    assert [source["display"] for source in profile["sources"]] == ["Broadcast Standards Commission"]


@pytest.mark.parametrize("rejected", ["rejected the statement", "dismissed the statement as a fabrication"])
def test_a_denial_of_an_account_answers_its_writer_who_denies_elsewhere_before_a_third_party_s_call(rejected):
    profile = profile_of(
        ('"No one in Varnessa is prosecuted for journalism," prosecutors\' spokeswoman Ilona Brat told state '
         "television.", DENIAL, {"source": ["prosecutors' spokeswoman Ilona Brat"], "cue": ["told"]}),
        ("In a statement, Brat said Relic had passed classified documents to a foreign intelligence service.", CLAIM,
         {"source": ["Brat"], "cue": ["said"]}),
        ("The Committee for Free Reporting called for Relic's immediate release.", CLAIM,
         {"source": ["The Committee for Free Reporting"], "cue": ["called for"]}),
        (f"Relic's lawyer, Dragan Osterc, {rejected}.", DENIAL,
         {"source": ["Relic's lawyer, Dragan Osterc"], "cue": [rejected.split()[0]]}),
    )
    assert profile["denials"][-1] == {"denial": 3, "source": "dragan osterc", "allegation": 1}


def test_a_denial_of_the_charges_answers_the_accuser_s_own_word_for_them_before_a_third_party_s_call():
    profile = profile_of(
        ("The Prosecutor General's Office said the case had nothing to do with Relic's work as a journalist.", DENIAL,
         {"source": ["The Prosecutor General's Office"], "cue": ["said"]}),
        ('"No one in Varnessa is prosecuted for journalism," the office\'s spokeswoman, Ilona Brat, said.', DENIAL,
         {"source": ["the office's spokeswoman, Ilona Brat"], "cue": ["said"]}),
        ('She said the charges concerned "a serious crime against the state."', CLAIM,
         {"source": ["She"], "cue": ["said"]}),
        ("The Committee for Free Reporting called for Relic's immediate release.", CLAIM,
         {"source": ["The Committee for Free Reporting"], "cue": ["called for"]}),
        ("Relic's lawyer, Dragan Osterc, said his client denied all the charges.", DENIAL,
         {"source": ["Relic's lawyer, Dragan Osterc"], "cue": ["said"]}),
    )
    assert profile["denials"][-1] == {"denial": 4, "source": "dragan osterc", "allegation": 2}


@pytest.mark.parametrize("document", ["Its methodology note", "Its notes", "Its methodology"])
def test_a_note_owned_by_its_after_a_body_is_the_body_s_as_its_report_is(document):
    # before, "Its methodology note" was a source of its own, "methodology note", where "Its annual report" joined
    note = (f"{document} says the scores are weighted.", CLAIM, {"source": [document], "cue": ["says"]})
    for before in (("The Harbour Institute said press freedom fell in 30 countries.", CLAIM,
                    {"source": ["The Harbour Institute"], "cue": ["said"]}),
                   ("The Harbour Institute ranked 40 countries this year.", FACT, {})):
        assert profile_of(before, note)["credits"][1] == "harbour institute"
    # after a person, "its" owns nothing of theirs
    person = ("Lena Corr said press freedom fell in 30 countries.", CLAIM, {"source": ["Lena Corr"], "cue": ["said"]})
    assert profile_of(person, note)["credits"][1] != "lena corr"
