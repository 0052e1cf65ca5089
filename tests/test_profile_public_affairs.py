"""National politics and public affairs in the English-language press of South Asia, Africa and South-East Asia:
honorifics before a given name ("Ms.", "Alhaji", "Dato'"), surnames that are words ("Said"), interviews set in a
report, ministers named with a rank; on hand-built sentences."""

import pytest

from test_profile_commonwealth import CLAIM, DENIAL, FACT, profile_of


def test_a_span_cut_after_a_title_and_a_given_name_takes_in_a_surname_that_is_a_word():
    # the model cut "Ms. Zawadi" short of the surname "Said", read as a cue; the name is "Zawadi Said"
    profile = profile_of(("The trade officer, Ms. Zawadi Said, said hawkers had been warned in April.", CLAIM,
                          [("source", "Ms. Zawadi"), ("cue", "Said"), ("cue", "said")]),
                         ('"Nobody was surprised," Said told reporters.', CLAIM,
                          [("source", "Said"), ("cue", "told")]))
    assert profile["credits"] == ["zawadi said", "zawadi said"]
    assert [entry["display"] for entry in profile["sources"]] == ["Zawadi Said"]


@pytest.mark.parametrize("named", [
    "Minister of Internal Affairs Kato Lwanga",
    "Minister of Internal Affairs Gen. Kato Lwanga",  # a rank after the portfolio
    "Minister of State for Local Government Kato Lwanga",
])
def test_a_minister_named_after_the_portfolio_in_a_fact_is_the_minister_who_speaks_next(named):
    # before, "the minister" was a nameless source of its own: the name was read as titled only with the portfolio
    # before the title ("Internal Affairs Minister Kato Lwanga")
    profile = profile_of((f"{named} rose to reply.", FACT, []),
                         ('"Nobody is suspending any council," the minister said.', DENIAL,
                          [("source", "the minister"), ("cue", "said")]))
    assert profile["credits"] == [None, "kato lwanga"]


def test_a_description_and_a_titled_name_of_no_known_given_name_is_the_subject_a_he_goes_on_with():
    # before, the subject was read only with a known given name: "he insisted" and "According to him" were no one's
    profile = profile_of(("The ward chairman at the time, Hon. Obinna Ezeugwu, has since moved to the state assembly.",
                          FACT, []),
                         ("In an interview, he insisted that the money was never released.", DENIAL,
                          [("source", "he"), ("cue", "insisted")]),
                         ("According to him, only the first tranche of N80 million came.", DENIAL,
                          [("cue", "According to")]))
    assert profile["credits"] == [None, "obinna ezeugwu", "obinna ezeugwu"]


def test_the_kind_s_noun_means_a_body_named_short_and_in_full_with_where_it_is():
    # before, "Electoral Commission" (the headline's) and "Electoral Commission of Varenia" were two commissions, so
    # "the commission" was neither, a nameless source of its own
    profile = profile_of(("Why the Electoral Commission's boundary report angers the parties", FACT, []),
                         ("Boundaries are drawn by the Electoral Commission of Varenia (ECV) after a census.", FACT,
                          []),
                         ("The commission said the changes followed the census.", CLAIM,
                          [("source", "The commission"), ("cue", "said")]))
    assert profile["credits"][2] == "electoral commission of varenia"


def test_a_denial_of_the_allegations_answers_the_allegation_before_the_window_over_unrelated_claims_in_it():
    # before, it answered the nearest claim in view, the sources' account of the file, which alleges nothing
    profile = profile_of(
        ("The opposition Praja Front on Tuesday alleged that the roads department gave a Rs 90 crore contract to a "
         "minister's nephew.", CLAIM, [("source", "The opposition Praja Front"), ("cue", "alleged")]),
        ("Roads Minister Vikram Solanki denied the charges.", DENIAL,
         [("source", "Roads Minister Vikram Solanki"), ("cue", "denied")]),
        ("Officials in the roads department said the file had moved fast.", CLAIM,
         [("source", "Officials in the roads department"), ("cue", "said")]),
        ("Sources said the tender committee had met only once.", CLAIM, [("source", "Sources"), ("cue", "said")]),
        ("The bypass was sanctioned in 2024.", FACT, []),
        ("It will run for 40 km.", FACT, []),
        ("Work began in May.", FACT, []),
        ("Ruling party spokesperson Leela Nair dismissed the allegations as a stunt.", DENIAL,
         [("source", "Ruling party spokesperson Leela Nair"), ("cue", "dismissed")]))
    assert profile["denials"][-1] == {"denial": 7, "source": "leela nair", "allegation": 0}


def test_an_acronym_source_is_the_body_of_its_initials_written_before_in_a_sentence_of_no_source():
    # before, "KHA" was a source of its own: only a body credited before, or one with its acronym in brackets, joined
    profile = profile_of(("The county acted on an order obtained by the Kisumu Harbour Authority, which owns the land.",
                          FACT, []),
                         ("In a statement, KHA said it had not asked for any demolition.", DENIAL,
                          [("source", "KHA"), ("cue", "said")]))
    assert profile["credits"] == [None, "kisumu harbour authority"]
    assert [entry["display"] for entry in profile["sources"]] == ["Kisumu Harbour Authority"]
