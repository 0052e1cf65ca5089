"""Credits in armed conflict reporting, on hand-built sentences: rival armies' claims, strikes blamed and denied,
ministries' and monitors' casualty figures, a state's bodies written by "Its"."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of
from test_transcripts import credits_of


@pytest.mark.parametrize("acted", ["Kessaria has responded.", "Kessaria responded on Tuesday.",
                                   "Dravinia launched an inquiry into the shelling."])
def test_its_ministry_after_a_one_word_state_that_acted_crediting_no_one_is_that_state_s(acted):
    # before, a one-word name the lists do not know opened no subject, so "Its foreign ministry" was no one's
    shelled = ("Shelling went on overnight near the border town of Grell.", FACT, {})
    rejected = ("Its foreign ministry rejected the reports of violations.", DENIAL,
                {"source": ["Its foreign ministry"], "cue": ["rejected"]})
    state = acted.split()[0].lower()
    assert profile_of(shelled, (acted, FACT, {}), rejected)["credits"][2] == f"{state}'s foreign ministry"


def test_its_ministry_after_a_person_or_people_that_acted_stays_no_one_s():
    rejected = ("Its foreign ministry rejected the reports of violations.", DENIAL,
                {"source": ["Its foreign ministry"], "cue": ["rejected"]})
    named = ("Tom Vask said the truce had held.", CLAIM, {"source": ["Tom Vask"], "cue": ["said"]})
    # a surname already known is a person's, who owns no ministry
    assert profile_of(named, ("Vask has responded.", FACT, {}), rejected)["credits"][2] == "foreign ministry"
    assert profile_of(("Protesters have responded.", FACT, {}), rejected)["credits"][1] == "foreign ministry"
    # a headline with no stop names no acting state
    assert profile_of(("Kessaria responds", FACT, {}), rejected)["credits"][1] == "foreign ministry"


@pytest.mark.parametrize("verb", ["recorded", "has documented", "counted", "logged", "noted"])
def test_a_report_that_recorded_or_documented_what_it_holds_speaks_as_one_that_found_it(verb):
    # before, only found, showed, listed and the like made a document opening a sentence its source: no one's
    published = ("The monitoring mission published its daily report on Monday.", FACT, {})
    recorded = (f"The report {verb} 118 explosions in the valley overnight.", CLAIM, {"cue": [verb.split()[-1]]})
    assert profile_of(published, recorded)["credits"][1] is not None
    # "records" as a noun after a document's noun is no verb of its: no source
    lost = ("The audit records were lost in the fire, the mission said.", CLAIM,
            {"source": ["the mission"], "cue": ["said"]})
    # (the mission is the monitoring mission that published the report: 0a997b3f joins "the mission" to it)
    assert profile_of(published, lost)["credits"][1] == "monitoring mission"


@pytest.mark.parametrize("aside", ["for instance", "for example", "by contrast", "in particular"])
def test_a_linking_aside_after_a_body_opening_a_sentence_leaves_it_the_body_its_people_belong_to(aside):
    # before, ", for instance," ended no subject: "Its researchers" were a bare "researchers"
    documented = (f"The Conflict Watch Group, {aside}, has documented more than 2,000 deaths.", FACT, {})
    told = ("Its researchers told me they spend more time debunking statements.", CLAIM,
            {"source": ["Its researchers"], "cue": ["told"]})
    assert profile_of(documented, told)["credits"][1] == "conflict watch group's researchers"
    # so for a person, whom "she" next means, not the speaker before
    spoke = ("Colonel Anton Brisk said the village was held.", CLAIM,
             {"source": ["Colonel Anton Brisk"], "cue": ["said"]})
    stayed = (f"Mira Quell, {aside}, has decided to stay in Pellin.", FACT, {})
    home = ('"It is my home," she said.', CLAIM, {"source": ["she"], "cue": ["said"]})
    assert profile_of(spoke, stayed, home)["credits"][2] == "mira quell"
    # a sentence between: "Its researchers" may mean anything it wrote of
    between = ("Shelling went on overnight near Pellin.", FACT, {})
    assert profile_of(documented, between, told)["credits"][2] == "researchers"


@pytest.mark.parametrize("owned", ["Its delegation", "Its delegation in Sarnovo", "Its secretariat"])
def test_its_delegation_after_a_world_body_is_that_body_s(owned):
    # before, "delegation" was no part of a body "its" gives, and a place after it no part of what "its" owns:
    # a bare "delegation" or "delegation in sarnovo"
    silent = ("The International Committee of the Red Cross declined to comment on who was responsible.", FACT, {})
    supplied = (f"{owned} said it had delivered surgical supplies.", CLAIM, {"source": [owned], "cue": ["said"]})
    part = owned.split()[1]
    assert profile_of(silent, supplied)["credits"][1] == f"international committee of the red cross's {part}"
    # with a person just before, whom "its" never means, it stays as written
    person = ("Dr Ana Ruiz declined to comment on who was responsible.", FACT, {})
    assert profile_of(person, supplied)["credits"][1] == owned.removeprefix("Its ").lower()
    # "Its troops in Sarnovo" are no part that speaks for it
    troops = ("Its troops in Sarnovo said the road was open.", CLAIM,
              {"source": ["Its troops in Sarnovo"], "cue": ["said"]})
    assert profile_of(silent, troops)["credits"][1] == "troops in sarnovo"


@pytest.mark.parametrize("group, reporter", [("Local officials in Grell", "local officials in grell"),
                                             ("Residents", "residents")])
def test_they_in_a_turn_after_people_the_speaker_reported_goes_on_with_them(group, reporter):
    # before, "They say" in a turn was the speaker's own account: "odel", the reporter in the studio
    text = ("PRESENTER (LENA HOSK): Who was on the bus?\n\n"
            f"ODEL: {group} say it was carrying farm workers. They say nine people were killed.\n\n"
            "HOSK: Thank you.")
    credits, _ = credits_of(text, {1: CLAIM, 2: CLAIM}, {1: [group], 2: ["They"]})
    assert [credit for _, credit in credits][1:3] == [reporter, reporter]
    # after a body, "they" is no one the speaker reported: the speaker's, as before
    army = text.replace(f"{group} say", "The army says")
    credits, _ = credits_of(army, {1: CLAIM, 2: CLAIM}, {1: ["The army"], 2: ["They"]})
    assert credits[2][1] == "odel"
