"""Credits, sources and denial pairs in copy on transnational repression, surveillance and espionage (audit a60a):
watchdogs' reports of covert offices and spying on exiles, embassies' and foreign ministries' denials, briefing
transcripts; on hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of

KELDISH_QUESTION = ("Q: The Keldish government says it has summoned your ambassador over the report.", CLAIM,
                    {"source": ["The Keldish government"], "cue": ["says"]})


@pytest.mark.parametrize("kept", ["maintains normal contacts with the host government",
                                  "maintains close ties with the ministry", "maintained an office in Harlen"])
def test_maintaining_ties_or_an_office_is_no_holding_to_words(kept):
    profile = profile_of(KELDISH_QUESTION, (f"YUN HARA: The ambassador {kept}.", DENIAL, {"source": ["YUN HARA"]}),
                         gap="\n\n")
    assert profile["credits"][1] == "yun hara"
    assert profile["denials"] == [{"denial": 1, "source": "yun hara", "allegation": 0}]


@pytest.mark.parametrize("stance", ["maintains that the office helped pensioners",
                                    "maintains its account that the office helped pensioners"])
def test_maintaining_a_claim_is_still_the_subject_s_stance(stance):
    # "its account" is the embassy's version of events, no account kept at a bank
    profile = profile_of(("Exile Watch said the Varnian embassy ran the office.", CLAIM,
                          {"source": ["Exile Watch"], "cue": ["said"]}),
                         (f"The embassy {stance}.", DENIAL, {}))
    assert profile["credits"][0] == "exile watch" and profile["credits"][1].endswith("embassy")


def test_maintaining_her_account_in_a_spokesperson_s_turn_is_the_subject_s_stance():
    # before, "maintains her account" read as an account kept up, and the turn's speaker was credited
    profile = profile_of(KELDISH_QUESTION, ("YUN HARA: The ambassador maintains her account of the meeting.", DENIAL,
                                            {"source": ["YUN HARA"]}), gap="\n\n")
    assert profile["credits"][1] == "ambassador"


@pytest.mark.parametrize("clause", ["that tracks the practice", "which tracks the practice",
                                    "whose staff track the practice"])
def test_a_body_described_by_its_kind_before_a_relative_clause_is_the_kind_s_later_mention(clause):
    profile = profile_of((f"According to the Freedom Monitor, a research group {clause}, threats against relatives "
                          "are rising.", CLAIM, {"source": ["the Freedom Monitor"], "cue": ["According to"]}),
                         ("The group says it has recorded more than 800 incidents.", CLAIM,
                          {"source": ["The group"], "cue": ["says"]}))
    assert profile["credits"] == ["freedom monitor", "freedom monitor"]
    assert [entry["source"] for entry in profile["sources"]] == ["freedom monitor"]


@pytest.mark.parametrize("released", ["A brief statement from the Rovanian embassy has just been released.",
                                      "A letter from the Rovanian embassy was read out in court.",
                                      "The statement by the Rovanian embassy was posted on Friday."])
def test_it_saying_after_a_document_from_a_body_is_that_body(released):
    profile = profile_of(("Prosecutor Anita Shah said Venn had photographed the homes of six activists.", CLAIM,
                          {"source": ["Prosecutor Anita Shah"], "cue": ["said"]}),
                         (released, FACT, {}),
                         ('It says the embassy "categorically rejects any suggestion" that its staff are spies.',
                          DENIAL, {"cue": ["says"]}), gap="\n\n")
    assert profile["credits"] == ["anita shah", None, "rovanian embassy"]
    assert profile["denials"] == [{"denial": 2, "source": "rovanian embassy", "allegation": 0}]


@pytest.mark.parametrize("released", ["A letter from the Rovanian embassy to the Harlen court was read out on Monday.",
                                      "A note from the Rovanian embassy to the foreign ministry was released."])
def test_it_saying_after_a_document_from_a_body_to_another_is_the_sender_s_not_the_recipient_s(released):
    # before, the maker ran on through "to the Harlen court": a source "rovanian embassy to the harlen court"
    profile = profile_of((released, FACT, {}),
                         ("It says the embassy rejects any suggestion that its staff are spies.", DENIAL,
                          {"cue": ["says"]}), gap="\n\n")
    assert profile["credits"] == [None, "rovanian embassy"]


@pytest.mark.parametrize("described", ["The company that sells Nightjar", "The firm which makes Nightjar",
                                       "The company that makes the tool"])
def test_a_body_s_name_after_a_description_by_a_relative_clause_is_the_source(described):
    profile = profile_of(("The Cobalt Lab said Dravia had used the spyware.", CLAIM,
                          {"source": ["The Cobalt Lab"], "cue": ["said"]}),
                         (f"{described}, Ferrow Systems, said it sold its products only to governments.", DENIAL,
                          {"source": [f"{described}, Ferrow Systems"], "cue": ["said"]}),
                         ("It said it would investigate any credible report of misuse.", DENIAL, {"cue": ["said"]}))
    assert profile["credits"] == ["cobalt lab", "ferrow systems", "ferrow systems"]
    assert [entry["display"] for entry in profile["sources"]] == ["Ferrow Systems", "Cobalt Lab"]


@pytest.mark.parametrize("described", ["The company which has offices in Port Calder, East Vell",
                                       "The group which campaigns in Kessel City, North Vell"])
def test_a_place_and_its_region_after_a_relative_clause_are_no_body_s_name(described):
    # before, the region after a place of two words ("in Port Calder, East Vell") was read as the company's name
    profile = profile_of((f"{described}, said it sold its products only to governments.", DENIAL,
                          {"source": [described], "cue": ["said"]}))
    assert profile["credits"] == [described.split()[1]]


@pytest.mark.parametrize("when", ["today", "yesterday", "on Tuesday", "last week", "earlier this month"])
def test_the_report_after_a_body_published_one_when_it_did_between_is_that_body_s(when):
    profile = profile_of((f"Safeguard Rights International {when} published a report on the harassment of exiles.",
                          FACT, {}),
                         ('The report, "Nowhere Safe", documents 47 cases in which exiles were threatened.', CLAIM,
                          {"source": ["The report"]}))
    assert profile["credits"] == [None, "safeguard rights international"]
    assert [entry["source"] for entry in profile["sources"]] == ["safeguard rights international"]


@pytest.mark.parametrize(("lede", "named", "joined"), [
    ("A human rights group", "the Geneva-based group Exile Watch", True),
    ("A human rights watchdog", "the watchdog Exile Watch", True),
    ("A refugee charity", "the charity Exile Watch", True),
    ("A human rights watchdog", "the Geneva-based group Exile Watch", False),  # another kind's noun: not told one
])
def test_a_body_a_lede_describes_is_the_one_the_copy_names_after_the_kind_s_noun(lede, named, joined):
    profile = profile_of((f"{lede} said on Tuesday that Varnia had run five offices abroad.", CLAIM,
                          {"source": [lede], "cue": ["said"]}),
                         (f"In a 40-page report, {named} said the offices pressured critics to return.", CLAIM,
                          {"source": [named], "cue": ["said"]}),
                         ("The Varnian embassy rejected the findings.", DENIAL,
                          {"source": ["The Varnian embassy"], "cue": ["rejected"]}))
    first = "exile watch" if joined else lede.lower().removeprefix("a ").removeprefix("an ")
    assert profile["credits"] == [first, "exile watch", "varnian embassy"]
    assert len(profile["sources"]) == (2 if joined else 3)


def test_it_saying_after_a_stamped_entry_opening_with_a_document_from_a_body_is_that_body():
    profile = profile_of(("09:31 Prosecutor Anita Shah said Venn had photographed the homes of six activists.", CLAIM,
                          {"source": ["Prosecutor Anita Shah"], "cue": ["said"]}),
                         ("11:10 A brief statement from the Rovanian embassy has just been released.", FACT, {}),
                         ('It says the embassy "categorically rejects any suggestion" that its staff are spies.',
                          DENIAL, {"cue": ["says"]}), gap="\n\n")
    assert profile["credits"] == ["anita shah", None, "rovanian embassy"]
