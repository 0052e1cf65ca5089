"""Credits, sources and denials in copy about parliaments and legislation (audit a62b): committee hearings and
reports, liveblogs of a bill's debate, ministers and their shadows, standards inquiries and members' denials; on
hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of
from test_transcripts import credits_of


@pytest.mark.parametrize("stamp, span", [("11.14", "14 Dunmore"), ("11.14", "11.14 Dunmore"),
                                         ("09:05", "05 Dunmore")])
def test_a_source_span_starting_inside_a_liveblog_entry_s_time_is_the_name_after_it(stamp, span):
    profile = profile_of(
        ("11.02 Housing minister Priya Dunmore opens the debate.", FACT, {}),
        (f"{stamp} Dunmore tells MPs the bill will end no-fault evictions.", CLAIM,
         {"source": [span], "cue": ["tells"]}),
        ("She says landlords will still be able to sell.", CLAIM, {"cue": ["says"]}), gap="\n\n")
    assert profile["credits"] == [None, "priya dunmore", "priya dunmore"]
    assert [source["source"] for source in profile["sources"]] == ["priya dunmore"]


@pytest.mark.parametrize("made", ["published last week", "released on Tuesday", "issued in March"])
def test_a_participle_of_making_set_off_by_commas_after_a_report_is_no_source(made):
    profile = profile_of(
        (f"The committee's report, {made}, found that spills had risen by a third.", CLAIM,
         {"source": ["The committee's report", made], "cue": ["found"]}),)
    assert profile["credits"] == ["committee"]
    assert [source["source"] for source in profile["sources"]] == ["committee"]
    # the model marking the participle alone: the document with its owner stands in its place, not "report" alone
    profile = profile_of((f"The Harbour Committee's report, {made}, found that spills had risen by a third.", CLAIM,
                          {"source": [made], "cue": ["found"]}),)
    assert profile["credits"] == ["harbour committee"]
    # a time's possessive owns no document: the noun alone stands in the participle's place, not "last year"
    for when in ("Last year's", "Tuesday's", "This month's"):
        profile = profile_of((f"{when} report, {made}, found that spills had risen by a third.", CLAIM,
                              {"source": [made], "cue": ["found"]}),)
        assert profile["credits"] == ["report"]


@pytest.mark.parametrize("one_of", ["One of them", "One of the three rebels", "Another of the MPs"])
def test_one_of_a_group_with_a_name_set_after_it_denies_as_that_person(one_of):
    profile = profile_of(
        ("The three rebels have been accused by colleagues of disloyalty.", CLAIM, {"source": ["colleagues"]}),
        (f"{one_of}, Anwen Price, denies it.", DENIAL, {"cue": ["denies"]}),
        ("She says she has backed the government on every other vote.", DENIAL, {"source": ["She"], "cue": ["says"]}))
    assert profile["credits"] == ["colleagues", "anwen price", "anwen price"]
    assert profile["denials"] == [{"denial": 1, "source": "anwen price", "allegation": 0},
                                  {"denial": 2, "source": "anwen price", "allegation": 0}]


def test_a_member_labelled_once_in_full_and_once_by_surname_takes_both_turns_of_a_hearing_s_transcript():
    text = ("Chair: Did you mislead this committee?\nKettle: No. I gave our best estimate.\n"
            "Tom Ashby: The contractor has been paid 400 million pounds. Is that value for money?\n"
            "Kettle: I think it is the least bad option.\nAshby: Its staff say the rooms are overcrowded.\n"
            "Kettle: I have seen those reports.")
    credits, _ = credits_of(text)
    assert [credit for _, credit in credits] == [None, "kettle", "kettle", "tom ashby", "tom ashby", "kettle",
                                                 "tom ashby", "kettle"]


@pytest.mark.parametrize("member, surname", [("Tom Ashby MP", "Ashby"), ("Ruth Kell MSP", "Kell"),
                                             ("Ruth Kell MSP", "Ruth Kell MSP")])
def test_a_member_s_label_in_title_case_may_end_with_the_letters_of_their_house(member, surname):
    text = ("Chair: Did you mislead this committee?\nKettle: No. I gave our best estimate.\n"
            f"{member}: The contractor has been paid 400 million pounds. Is that value for money?\n"
            f"Kettle: I think it is the least bad option.\n{surname}: Its staff say the rooms are overcrowded.\n"
            "Kettle: I have seen those reports.")
    credits, profile = credits_of(text)
    name = " ".join(member.lower().split()[:2])
    assert [credit for _, credit in credits] == [None, "kettle", "kettle", name, name, "kettle", name, "kettle"]
    assert [source["source"] for source in profile["sources"]] == ["kettle", name]


@pytest.mark.parametrize("published", ["today publishes its report on the armoured vehicle programme, which concludes",
                                       "published a review of the programme on Tuesday that found",
                                       "has issued its final report, which says"])
def test_a_body_that_publishes_its_report_is_credited_with_what_the_report_finds(published):
    profile = profile_of(
        (f"The Public Accounts Committee {published} that the programme is five years late.", CLAIM, {}),)
    assert profile["credits"] == ["public accounts committee"]
    # a report the body publishes that another wrote is that other's finding, not the body's
    by_auditors = ("The Public Accounts Committee published a report by the auditors which found that the programme "
                   "is late.")
    assert profile_of((by_auditors, CLAIM, {}))["credits"] == [None]
    assert profile_of((by_auditors, CLAIM, {"source": ["the auditors"], "cue": ["found"]}))["credits"] == ["auditors"]
    # so is one "from" another; a word that ends in "by" ("nearby") says no other's
    from_auditors = "The Public Accounts Committee published a review from the auditors, which found the site unsafe."
    assert profile_of((from_auditors, CLAIM, {}))["credits"] == ["auditors"]
    nearby = "The Public Accounts Committee published a review of the nearby depot, which found it unsafe."
    assert profile_of((nearby, CLAIM, {}))["credits"] == ["public accounts committee"]


@pytest.mark.parametrize("headline, member", [("MP denies bullying claims", "Conservative MP Stuart Glenning"),
                                              ("MSP denies bullying claims", "Labour MSP Stuart Glenning"),
                                              ("MP denies bullying claims", "MP Stuart Glenning")])
def test_a_member_written_with_the_letters_of_their_house_is_the_one_a_headline_s_letters_mean(headline, member):
    profile = profile_of(
        (headline, DENIAL, {"source": [headline.split()[0]], "cue": ["denies"]}),
        (f"A former aide has accused {member} of bullying staff.", CLAIM,
         {"source": ["A former aide"], "cue": ["has accused"]}),
        ("Glenning denied bullying anyone.", DENIAL, {"source": ["Glenning"], "cue": ["denied"]}), gap="\n\n")
    assert profile["credits"] == ["stuart glenning", "former aide", "stuart glenning"]
    assert [source["source"] for source in profile["sources"]] == ["stuart glenning", "former aide"]


def test_a_body_s_head_by_its_noun_alone_is_the_person_later_named_heading_a_body_of_that_noun():
    nameless = ("Committee chair said the report would be published next week.", CLAIM,
                {"source": ["Committee chair"], "cue": ["said"]})
    named = ("Helena Brackwater, chair of the Environment Select Committee, said the findings were troubling.", CLAIM,
             {"source": ["Helena Brackwater, chair of the Environment Select Committee"], "cue": ["said"]})
    again = ("The committee chair said ministers had ignored the warnings.", CLAIM,
             {"source": ["The committee chair"], "cue": ["said"]})
    assert profile_of(nameless, named, again)["credits"] == ["helena brackwater"] * 3
    # a second chair of a committee named: "the committee chair" may be either
    other = ("Tomas Vask, chair of the Finance Committee, said the report was late.", CLAIM,
             {"source": ["Tomas Vask, chair of the Finance Committee"], "cue": ["said"]})
    assert profile_of(nameless, named, other, again)["credits"] == [
        "committee chair", "helena brackwater", "tomas vask", "committee chair"]
    # a word of the body's name alone, no body's noun, may head another body
    chief = ("Environment chief said the report would be published next week.", CLAIM,
             {"source": ["Environment chief"], "cue": ["said"]})
    assert profile_of(chief, named)["credits"] == ["environment chief", "helena brackwater"]


def test_the_accused_of_a_passive_accusation_naming_its_agent_is_no_source_and_the_agent_is():
    for agent, credited in (("the party whip", "party whip"), ("Tomas Vask", "tomas vask")):
        sentence = f"The three rebels have been accused by {agent} of leaking the plan."
        for marks in ({"source": ["The three rebels"], "cue": ["accused"]}, {"cue": ["been accused by"]}):
            assert profile_of((sentence, CLAIM, marks))["credits"] == [credited]
    # a group in lower case alone, with no clause of speech after it, names no one, nor are the accused the source
    assert profile_of(("The three rebels have been accused by colleagues of leaking the plan.", CLAIM,
                       {"source": ["The three rebels"], "cue": ["accused"]}))["credits"] == [None]
    # an agent the model marked is credited as marked
    assert profile_of(("The three rebels have been accused by colleagues of leaking the plan.", CLAIM,
                       {"source": ["colleagues"], "cue": ["accused"]}))["credits"] == ["colleagues"]


@pytest.mark.parametrize("first", [None, ("Education Minister Rita Kallas opened the debate.", FACT, {})])
def test_the_one_a_figure_was_put_to_speaks_in_a_who_said_clause_not_the_one_who_put_it(first):
    # before, the subject marked as the source was credited: "Labour MP Jonah Frel put that figure to Kallas, who
    # said ..." was Frel's, though Kallas said it
    said = ("Labour MP Jonah Frel put that figure to Kallas, who said he had not seen the survey.", CLAIM,
            {"source": ["Labour MP Jonah Frel"], "cue": ["said"]})
    rows = [first, said] if first else [said]
    assert profile_of(*rows)["credits"][-1] == ("rita kallas" if first else "kallas")
    # the subject's own saying, or a "who said" on the subject itself, stays the subject's
    for text in ("Jonah Frel said the figure came from Kallas, who said it was flawed.",
                 "Jonah Frel, who said he had not seen the survey, voted against it.",
                 "Jonah Frel put that figure to Kallas, who said he had not seen it, and then said it was flawed."):
        assert profile_of((text, CLAIM, {"source": ["Jonah Frel"], "cue": ["said"]}))["credits"] == ["jonah frel"]
