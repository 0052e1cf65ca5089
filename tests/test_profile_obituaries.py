"""Credits, sources and denials in obituaries, profiles and tributes, on hand-built sentences: a relative telling a
news agency and then denying goes on as "she"; "her family" after a woman's death is hers; "great" of "a great
many" is no praise."""

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


def test_a_news_agency_told_is_no_one_else_a_denial_s_she_may_mean():
    daughter = ("Venn's daughter, Karin Venn, told Meridian Wire that her father had always been kind.", CLAIM,
                {"source": ["Venn's daughter, Karin Venn"], "cue": ["told"]})
    she = ("She said the dispute had been stirred up by strangers.", DENIAL, {"source": ["She"], "cue": ["said"]})
    assert profile_of(daughter, she)["credits"] == ["karin venn", "karin venn"]
    newswire = ("Karin Venn told Harbour Newswire that her father had always been kind.", CLAIM,
                {"source": ["Karin Venn"], "cue": ["told"]})
    assert profile_of(newswire, she)["credits"] == ["karin venn", "karin venn"]
    # a woman named in full since is still someone else the denial's "she" may mean
    other = ("Karin Venn told Marta Wirral that her father had always been kind.", CLAIM,
             {"source": ["Karin Venn"], "cue": ["told"]})
    assert profile_of(other, she)["credits"] == ["karin venn", None]


def test_her_family_after_the_death_of_a_woman_by_a_scottish_or_irish_given_name_is_hers():
    death = ("We are bringing you reaction to the death of {}.", FACT, {})
    family = ("Her family said in a statement that she died peacefully overnight.", CLAIM,
              {"source": ["Her family"], "cue": ["said in a statement"]})
    for name in ("Elspeth Mardine", "Orla Mardine"):
        row = (death[0].format(name), FACT, {})
        assert profile_of(row, family)["credits"] == [None, "mardine's family"]
    # a man's death leaves "Her family" no one's
    row = (death[0].format("Piet Mardine"), FACT, {})
    assert profile_of(row, family)["credits"] == [None, "family"]


def test_great_of_a_great_many_is_a_quantity_not_the_writer_s_praise():
    profile = profile_of(("She leaves a niece and a great many grateful pupils.", FACT, {"loaded": ["great"]}),
                         ("It was a great school.", FACT, {"loaded": ["great"]}))
    assert profile["loaded_phrases"] == [{"text": "great", "count": 1}]


def test_his_or_her_side_after_the_death_of_a_person_by_any_given_name_is_theirs():
    # before, a given name no list holds ("Ailsa") left the one mourned no one "her" could mean
    family = ("Her family said she had been ill.", CLAIM, {"source": ["Her family"], "cue": ["said"]})
    for text in ("The town mourned the death of Ailsa Mardine on Sunday.",
                 "Crowds attended the funeral of Ailsa Mardine at Kessel Cathedral.",
                 "Kessel Police are investigating the death of Ailsa Mardine."):
        assert profile_of((text, FACT, {}), family)["credits"] == [None, "mardine's family"]
    brother = ("His brother said he had been threatened.", CLAIM, {"source": ["His brother"], "cue": ["said"]})
    killing = ("Police are investigating the killing of Tom Brack on Sunday.", FACT, {})
    assert profile_of(killing, brother)["credits"] == [None, "brack's brother"]
    # two people named, a killer named, or a possessive after the noun leave "her" no one's
    for text in ("The town mourned the deaths of Ailsa Mardine and Tom Brack.",
                 "Police are investigating the killing of Ailsa Mardine by Corin Sull.",
                 "The death of Ailsa Mardine's son shook the town."):
        assert profile_of((text, FACT, {}), family)["credits"] == [None, "family"]
