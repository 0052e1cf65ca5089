"""Source spans that are no names: a relative clause, a time, a long role before a name, a recipient after it, a
list's or group's joining word. Each is shown and keyed by the name it holds, or names no one (invented text)."""

import itertools

import pytest

import framing
from framing.profile import generic_source
from framing.source_accusations import accused_by_subject
from framing.source_forms import display_source
from framing.sources import normalise_source
from framing.person_names import rest_of_uncased_name, surname_after_given_name
from test_profile_credits import profile_of as profile_with_gap
from test_profile_subjects import profile_of

LABELS = framing.LABELS
FACT, CLAIM, DENIAL, OPINION = LABELS


@pytest.mark.parametrize("span, shown", [
    # a relative clause after a name, in one span with it: the name, lower case particle and all
    ("Ilsa diMarco, who has long advised the mayor on housing", "Ilsa diMarco"),
    ("urban planner Tove Rask, who is a member of the Kessel Housing Board's review team", "Tove Rask"),
    ("The cooperative, which includes the two largest dairy unions and the Marl Farm Institute", "cooperative"),
    # a clause alone names no one
    ("who has long advised the mayor", ""),
    ("which is based in Veldmark, and other firms", ""),
    ("who’s", ""),
])
def test_a_relative_clause_is_no_source_name(span, shown):
    assert display_source(span) == shown


@pytest.mark.parametrize("span, shown", [
    # a role and a name before a comma, a description after it naming someone else: the name before the comma,
    # however many capitalised words the description holds
    ("Harlow Times columnist Dana Pell, a speechwriter in Tom R. Vask's White House", "Dana Pell"),
    ("union general secretary Tomas Brandt, a former aide to Ana B. Ruiz of the Kessel Dock Workers Union",
     "Tomas Brandt"),
    # a body's name first, a role and a name after it, stays as it was: the body
    ("Acme Corp., spokesman Tom Vask", "Acme Corp"),
])
def test_a_role_and_name_before_an_appositive_naming_another_is_the_source(span, shown):
    assert display_source(span) == shown


def test_a_place_after_from_in_a_span_of_its_own_is_no_person_a_pronoun_may_mean():
    # the model cut "Ilsa Marrow, 18, from Dorne County, Kessel" into three spans: "he" after it is still her
    profile = profile_of(
        ("Ilsa Marrow, 18, from Dorne County, Kessel, disagrees.", CLAIM,
         {"source": ["Ilsa Marrow", "18", "from Dorne County, Kessel"], "cue": ["disagrees"]}),
        ('"It crosses the line," she says.', CLAIM, {"source": ["she"], "cue": ["says"]}),
    )
    assert profile["credits"][1] == "ilsa marrow"


@pytest.mark.parametrize("words, spans, credit", [
    ("Dovan Pell, 19, from Clay County, Ore., disagrees.", ["Dovan Pell", "19", "Clay County, Ore"],
     "dovan pell"),
    ("Dovan Pell, 19, from Clay County, Ore., disagrees.", ["Pell", "19", "from Clay County, Ore"],
     "dovan pell"),
    # no age between: a name that opens with a known given name
    ("Maria Pell, from Clay County, Ore., disagrees.", ["Maria Pell", "from Clay County, Ore"], "maria pell"),
])
def test_a_place_after_a_name_and_its_age_marked_apart_is_its_description_not_the_source(words, spans, credit):
    # before, the place, nearest the cue, was credited ("clay county", "ore")
    profile = profile_of(
        ('"We want a fair count," said Tom Vask, a retired teacher from Kessel.', CLAIM,
         {"source": ["Tom Vask, a retired teacher from Kessel"], "cue": ["said"]}),
        (words, CLAIM, {"source": spans, "cue": ["disagrees"]}))
    assert profile["credits"] == ["tom vask", credit]


@pytest.mark.parametrize("span, shown", [
    # a participle of being acted against after the head's comma: the head, whoever the acting part names
    ("Some local sponsors, targeted by a protest drive from a housing group called Fair Harlow",
     "Some local sponsors"),
    ("The firm, sued by Ana Ruiz", "firm"),
    ("Velmor Steel, fined by the Kessel Environment Agency", "Velmor Steel"),
    ("The club, widely attacked by Tom Vask", "club"),
    # an author's or publisher's participle is left as it was: whom it names speaks
    ("The report, written by Ana Ruiz", "Ana Ruiz"),
])
def test_the_head_before_a_participle_of_being_acted_against_is_the_source(span, shown):
    assert display_source(span) == shown


def test_a_group_targeted_by_a_named_body_speaks_not_the_body():
    profile = profile_of(
        ("Some local sponsors, targeted by a protest drive from a housing group called Fair Harlow, chose to skip "
         "the festival.", CLAIM,
         {"source": ["Some local sponsors, targeted by a protest drive from a housing group called Fair Harlow"],
          "cue": ["chose"]}))
    assert profile["credits"] == ["some local sponsors"]


@pytest.mark.parametrize("span, shown", [
    # an outlet's or a body's possessive before a person's name, a known given name first: the person
    ("The Harbour Post's Ana Ruiz", "Ana Ruiz"),
    ("Kessel Times' Matt Orrin", "Matt Orrin"),
    ("Veltrix’s Tom Barrow", "Tom Barrow"),
    # a given name of either sex too
    ("NBC’s Chris Rusk", "Chris Rusk"),
    ("Kessel Radio's Ali Varga", "Ali Varga"),
    ("Reuters' Alex Moe", "Alex Moe"),
    ("The Harbour Post's Sam Orrin", "Sam Orrin"),
    ("Veltrix's Jordan Barrow", "Jordan Barrow"),
    # a name after a possessive that opens with no known given name stays whole: a show's, a body's
    ("Marlow's This Week", "Marlow's This Week"),
    ("Kessel's People Party", "Kessel's People Party"),
    ("Kessel's Jordan River Authority", "Kessel's Jordan River Authority"),  # either sex's, before a body's word
    # nor a place's name that a given name of either sex opens (before, "Jordan Valley" and "Lee County")
    ("Israel's Jordan Valley", "Israel's Jordan Valley"),
    ("Florida's Lee County", "Florida's Lee County"),
])
def test_an_owner_s_possessive_before_a_person_s_name_is_no_part_of_the_name(span, shown):
    assert display_source(span) == shown


@pytest.mark.parametrize("span, shown", [
    # an outlet's writer or presenter, two capitalised words with no known given name first: the person
    ("The Harlow Times' Corvin Crell", "Corvin Crell"),
    ("the Times's Orrin Bodek", "Orrin Bodek"),
    ("Kessel Radio’s Ysolde Lind", "Ysolde Lind"),
    # not after a firm's, a place's or initials' possessive, nor a show's or a section's name
    ("Velmor Steel's Orrin Bodek", "Velmor Steel's Orrin Bodek"),
    ("Kessel's Orrin Bodek", "Kessel's Orrin Bodek"),
    ("KSTV's Squawk Box", "KSTV's Squawk Box"),
    ("Kessel Radio's Morning Edition", "Kessel Radio's Morning Edition"),
    ("The Harlow Times' Sunday Magazine", "Harlow Times' Sunday Magazine"),
])
def test_an_outlet_s_possessive_before_two_name_words_is_no_part_of_the_name(span, shown):
    assert display_source(span) == shown


@pytest.mark.parametrize("full, surname", [("The Harlow Times' Corvin Crell", "Crell"),
                                           ("Kessel Radio's Orrin Bodek", "Bodek")])
def test_an_outlet_s_writer_with_an_unlisted_given_name_and_the_surname_are_one_source(full, surname):
    # before, the key kept the outlet: "harlow times' jasper crell", which the surname then joined
    profile = profile_of(
        (f"{full} reported that the mayor had resigned.", CLAIM, {"source": [full], "cue": ["reported"]}),
        (f"{surname} said the mayor had left town.", CLAIM, {"source": [surname], "cue": ["said"]}))
    key = " ".join(full.lower().split()[-2:])
    assert profile["credits"] == [key, key]


def test_an_outlet_s_writer_and_her_surname_are_one_source_shown_by_her_name():
    profile = profile_of(
        ("The Harbour Post's Ana Ruiz wrote that the council had lost its way.", CLAIM,
         {"source": ["The Harbour Post's Ana Ruiz"], "cue": ["wrote"]}),
        ('"It is time for change," Ruiz wrote.', CLAIM, {"source": ["Ruiz"], "cue": ["wrote"]}))
    assert profile["credits"] == ["ana ruiz", "ana ruiz"]
    assert [(s["source"], s["display"]) for s in profile["sources"]] == [("ana ruiz", "Ana Ruiz")]


@pytest.mark.parametrize("span, shown", [
    ("month", ""),
    ("the time", ""),
    ("this past March", ""),
    ("last week", ""),
    ("the same day", ""),
    # a capitalised noun or a month alone may be a name
    ("Time", "Time"),
    ("May", "May"),
    # a time after a name is cut, a participle of making before it too
    ("The Kessel Water Authority this week", "Kessel Water Authority"),
    ("A Marlow Polling/Daily Ledger poll released yesterday", "Marlow Polling/Daily Ledger poll"),
    ("A Brisk Research poll last week", "Brisk Research poll"),
    ("The summonses issued this week", "summonses"),
    ("Vetter in December", "Vetter"),
    ("a Marlow survey conducted Monday", "Marlow survey"),
    # a year, "the past" or recent days, weeks, months or years too
    ("A group of doctors in 2019", "group of doctors"),
    ("Vetter in the past", "Vetter"),
    ("Vetter in recent days", "Vetter"),
    ("The board in the past few months", "board"),
    # a ballot or a consultation "held" before its time
    ("A ballot of residents held in January", "ballot of residents"),
    ("a consultation held last year", "consultation"),
    # so is a second participle after "and": the maker by "by" is then read alone
    ("A study commissioned by the board and published in September", "board"),
    # but a title's capitals, a paper's "Today" and a participle that is no making's stay
    ("Kessel Today", "Kessel Today"),
    ("Marlow's This Week", "Marlow's This Week"),
    ("members elected in May", "members elected in May"),
    # a weekday with no "on" after a name of two capitalised words or more is cut, but for a name of one word's
    ("Ana Ruiz Tuesday", "Ana Ruiz"),
    ("Dame Ruth Corran Tuesday", "Ruth Corran"),
    ("Black Friday", "Black Friday"),
])
def test_a_time_is_no_source_and_a_time_after_a_name_is_cut(span, shown):
    assert display_source(span) == shown


@pytest.mark.parametrize("name", ["Women in March", "Hotel in May", "The Mothers in June"])
def test_a_month_after_one_capitalised_word_that_is_no_person_s_is_part_of_the_name(name):
    profile = profile_of((f"{name} said the vote was a betrayal.", CLAIM, {"source": [name], "cue": ["said"]}))
    assert profile["credits"] == [normalise_source(name.removeprefix("The ")) + name[name.index(" in "):].lower()]


def test_a_month_after_a_person_s_surname_or_title_is_still_cut():
    profile = profile_of(
        ("Ana Vetter chairs the harbour board.", FACT, {}),
        ("Vetter in December said the vote was a betrayal.", CLAIM, {"source": ["Vetter in December"]}),
        ("Sen. Olin Brask in May said the vote was fair.", CLAIM, {"source": ["Sen. Olin Brask in May"]}),
        ("Sen. Brask in June said it again.", CLAIM, {"source": ["Sen. Brask in June"]}))
    assert profile["credits"] == [None, "ana vetter", "olin brask", "olin brask"]


@pytest.mark.parametrize("span, shown", [
    ("former U.S. attorney for the District of Veldmark Joseph diMarco", "Joseph diMarco"),
    ("chairman of the House Harbour Committee Rep. Adam Korvel (D-Kess.)", "Adam Korvel"),
    ("then-Deputy Assistant Secretary for Port Security Marit Voss", "Marit Voss"),
    ("Former Speaker of the House Ned Arkwell", "Ned Arkwell"),
    ("Retired Air Force Gen. Norman Tasker", "Norman Tasker"),
    # a role held in a body's line of work, or a superintendent's or a general's "of" a body
    ("Civic Ledger Director of Investigations Ola Brenner", "Ola Brenner"),
    ("Vice President of Operations Robin Dace", "Robin Dace"),
    ("Superintendent of Police Kavan Rell", "Kavan Rell"),
    ("Secretary General of the United Nations Robin Dace", "Robin Dace"),
    ("The 71-year-old Korvel", "Korvel"),
    # a body's own name after a role stays whole, and so does an age alone
    ("Each former secretary of the Department of Coastal Security", "Each former secretary of the Department of "
                                                                       "Coastal Security"),
    ("43-year-old", "43-year-old"),
])
def test_a_long_role_or_an_age_before_a_name_is_cut(span, shown):
    assert display_source(span) == shown


@pytest.mark.parametrize("span, shown", [
    ("Marlow campaign press director Jennifer Osk to Vantner", "Jennifer Osk"),
    ("Jennifer Osk to Ned Vantner", "Jennifer Osk"),
    # a post held "to" a country names no sender
    ("Veldmark Ambassador to Kessel", "Veldmark Ambassador to Kessel"),
])
def test_a_recipient_after_a_name_is_cut(span, shown):
    assert display_source(span) == shown


@pytest.mark.parametrize("span, shown", [
    ("and Jim Terrow and Jay Blint of Veldmark", "Jim Terrow and Jay Blint of Veldmark"),
    ("And farmers close to the cooperative", "farmers close to the cooperative"),
    ("including Ned Varga", "Ned Varga"),
    ("such as Sen. Ned Varga, a lawmaker from Kessel", "Ned Varga"),
    # examples of a group after it: the group speaks
    ("Several farmers, including Ned Varga and Ola Brisk", "Several farmers"),
    ("a few hardline members, such as Rep. Ned Varga", "a few hardline members"),
    # "like" giving examples is "such as": after a group the group speaks, opening a span it is no name
    ("council's loudest critics, like Ruiz and Vask", "council's loudest critics"),
    ("like Ned Varga and Ola Brisk", "Ned Varga and Ola Brisk"),
    # a name holding the letters stays whole
    ("Rand Torvik", "Rand Torvik"),
    ("Kessel and Marl Dairies", "Kessel and Marl Dairies"),
])
def test_a_list_s_joining_word_is_no_part_of_the_name(span, shown):
    assert display_source(span) == shown


@pytest.mark.parametrize("span, shown", [
    # who cited or quoted the source is cut, as a relative clause is: the source cited speaks
    ("Ostrian police records cited by the group", "Ostrian police records"),
    ("Police records, cited by the group", "Police records"),
    ("an official quoted by Kestrel Radio", "official"),
    ("analysts cited in the report", "analysts"),
    # the outlet that had the material is credited, as before
    ("records seen by the Kessel Ledger", "Kessel Ledger"),
    ("documents obtained by the Ledger", "Ledger"),
])
def test_who_cited_or_quoted_a_source_is_no_part_of_its_name(span, shown):
    assert display_source(span) == shown


def test_a_quantifier_and_a_nationality_marked_without_the_group_they_count_take_the_group_in():
    for marked, text, key in (
            ("some Ostrian", "In recent weeks, some Ostrian media have printed stories about depots.",
             "some ostrian media"),
            ("Several", "Several Ostrian newspapers said the depots were secret.", "several ostrian newspapers"),
            ("some", "Last month some media outlets said the depots were secret.", "some media outlets")):
        profile = profile_of((text, CLAIM, {"source": [marked]}))
        assert profile["credits"] == [key], marked
        # people counted, named by no one: each document's own in a summary
        assert generic_source(key, profile["sources"][0]["display"]), marked
    # a verb is no group's word: "Some say" takes no "say" in, and "Some" alone is a weasel word, credited to no one
    profile = profile_of(("Some say the depots are secret.", CLAIM, {"source": ["Some"]}))
    assert profile["credits"] == [None] and not profile["sources"]
    profile = profile_of(("Guards stood by; one warned reporters to stay back.", CLAIM, {"source": ["one"]}))
    assert profile["credits"] == ["one"]


@pytest.mark.parametrize("span, shown", [
    ("As many tax advisers", "many tax advisers"),
    ("As several economists, including Dr. Ana Voss", "several economists"),
    ("as some critics", "some critics"),
    # a number, a name and "As" before anything else stay as they are
    ("As many as 20 officials", "As many as 20 officials"),
    ("Asa Lindqvist", "Asa Lindqvist"),
])
def test_as_before_a_quantifier_is_no_part_of_the_group(span, shown):
    assert display_source(span) == shown


def test_as_opening_a_group_that_speaks_is_no_part_of_its_key():
    profile = profile_of(
        ("As many economists, including Dr. Ana Voss, have pointed out, the levy is too high.", CLAIM,
         {"source": ["As many economists, including Dr. Ana Voss"], "cue": ["have pointed out"]}))
    assert profile["credits"] == ["many economists"]


def test_a_person_named_with_a_long_role_then_in_a_clause_span_then_by_surname_is_one_source():
    profile = profile_of(
        ("Former U.S. attorney for the District of Veldmark Joseph diMarco called the raid outrageous.", DENIAL,
         {"source": ["Former U.S. attorney for the District of Veldmark Joseph diMarco"], "cue": ["called"]}),
        ("\u201cIt was vindictive,\u201d diMarco, who has long advised the mayor, told reporters.", CLAIM,
         {"source": ["diMarco, who has long advised the mayor"], "cue": ["told"]}),
        ("DiMarco likened the raid to a siege.", CLAIM, {"source": ["DiMarco"], "cue": ["likened"]}))
    assert profile["credits"] == ["joseph dimarco"] * 3
    assert [s["display"] for s in profile["sources"]] == ["Joseph diMarco"]


def test_a_clause_span_alone_is_credited_to_the_name_before_it():
    profile = profile_of(
        ("Anglers said the mill dumped dye.", CLAIM, {"source": ["Anglers"], "cue": ["said"]}),
        ("\u201cIt was vindictive,\u201d said Ola van Brisk, who has long advised the mayor.", CLAIM,
         {"source": ["who has long advised the mayor"], "cue": ["said"]}),
        ("Kelda Mining, which is based in Veldmark, and other firms have blamed cheap imports.", CLAIM,
         {"source": ["which is based in Veldmark, and other firms"], "cue": ["blamed"]}))
    assert profile["credits"] == ["anglers", "ola van brisk", "kelda mining"]


@pytest.mark.parametrize("marked", [["who polls"], ["who"]])
def test_a_relative_clause_after_an_aside_in_brackets_takes_no_earlier_account(marked):
    # the clause is on someone named in passing: neither a source of its own nor a pronoun for the last account
    profile = profile_of(
        ("Planners privately defend the plan, insisting they had no choice.", DENIAL,
         {"source": ["Planners privately"], "cue": ["insisting"]}),
        ("In Velm, the fund put $3 million into adverts in May for Sen. Ana Voss (R-Kessel), who polls show has "
         "a wide lead over her rival.", CLAIM, {"source": marked, "cue": ["show"]}))
    assert profile["credits"] == ["planners privately", None]


def test_a_relative_clause_after_an_aside_in_brackets_and_before_a_cue_is_the_named_one_s():
    # a cue after the clause: the one named before the brackets speaks, not the last account's source
    profile = profile_of(
        ("Moll said the levy was unfair.", CLAIM, {"source": ["Moll"], "cue": ["said"]}),
        ("Rep. Ines Varga (D-Orlin), who leads the panel, disagreed.", CLAIM,
         {"source": ["who leads the panel"], "cue": ["disagreed"]}))
    assert profile["credits"] == ["moll", "ines varga"]


def test_a_span_cut_at_a_participle_of_making_takes_in_the_body_after_by():
    # the span head left "by the Harbour Board" out: the board that provided the data is the source
    profile = profile_of(
        ("According to data provided by the Harbour Board, arrests rose.", CLAIM,
         {"source": ["data provided"], "cue": ["According to"]}),)
    assert profile["credits"] == ["harbour board"]


@pytest.mark.parametrize("dash", ["\u2014", "--"])
def test_a_span_inside_a_dashed_clause_on_a_place_before_the_cue_gives_way_to_the_subject(dash):
    # "where every spending review starts" says where, not who: the member before the dashes speaks
    profile = profile_of(
        (f"\u201cI dislike that language,\u201d Representative Ned Varga, chairman of the Harbor Committee "
         f"{dash} where every spending review starts {dash} said on radio.", CLAIM,
         {"source": ["Representative Ned Varga, chairman of the Harbor Committee", "every spending review starts"],
          "cue": ["said on"]}),)
    assert profile["credits"] == ["ned varga"]


@pytest.mark.parametrize("opening, credit", [
    ("Two employees", "two employees"),
    ("Three people familiar with the talks", "three people familiar with the talks"),
    ("One analyst", "one analyst"), ("But several engineers", "several engineers"),
])
def test_who_alone_after_a_counted_group_opening_the_sentence_is_that_group(opening, credit):
    # before, "who" alone took the account going on, Dana Holt's, instead of the group the clause hangs on
    profile = profile_of(
        ("Orsk Chief Executive Dana Holt said the cuts were over.", CLAIM,
         {"source": ["Orsk Chief Executive Dana Holt"], "cue": ["said"]}),
        (f"{opening}, who asked not to be named, said more layoffs were planned.", CLAIM,
         {"source": ["who"], "cue": ["said"]}))
    assert profile["credits"] == ["dana holt", credit]


@pytest.mark.parametrize("opening", ["Two days later", "Ten years ago", "Three weeks earlier"])
def test_who_alone_after_a_counted_time_opening_the_sentence_is_no_group(opening):
    # a counted time is no group of people: before, "Two days later" was credited with the sentence
    profile = profile_of(
        ("Orsk Chief Executive Dana Holt said the cuts were over.", CLAIM,
         {"source": ["Orsk Chief Executive Dana Holt"], "cue": ["said"]}),
        (f"{opening}, who had signed the memo, she said, was still unknown.", CLAIM,
         {"source": ["who"], "cue": ["said"]}))
    assert profile["credits"][1] != opening.lower()


def test_who_alone_after_a_quoted_count_takes_no_quoted_words():
    profile = profile_of(("Dana Holt said the cuts were over.", CLAIM, {"source": ["Dana Holt"], "cue": ["said"]}),
                         ("\u201cTwo employees,\u201d who asked not to be named, said it was over.", CLAIM,
                          {"source": ["who"], "cue": ["said"]}))
    assert profile["credits"][1] != "two employees"


def test_a_time_span_gives_way_to_the_name_beside_it():
    profile = profile_of(
        ("Brightline at the time said it was a glitch.", CLAIM,
         {"source": ["Brightline", "the time"], "cue": ["said"]}),
        ("The Harbour Fund this week said growth would slow.", CLAIM,
         {"source": ["The Harbour Fund this week"], "cue": ["said"]}),
        ("The Harbour Fund said the port would shrink.", CLAIM, {"source": ["The Harbour Fund"], "cue": ["said"]}))
    assert profile["credits"] == ["brightline", "harbour fund", "harbour fund"]


def test_a_quantity_span_gives_way_to_the_name_beside_it_and_is_never_a_source():
    profile = profile_of(
        ("The clip, watched more than 2 million times, claims that salt water cures measles.", CLAIM,
         {"source": ["The clip", "more than 2 million"], "cue": ["claims"]}),
        ("A meme, shared nearly 40,000 times, says that onions stop colds.", CLAIM,
         {"source": ["nearly 40,000"], "cue": ["says"]}))
    assert profile["credits"][0] == "clip" and profile["credits"][1] != "nearly 40,000"
    assert [s["source"] for s in profile["sources"]][:1] == ["clip"]
    assert not any(any(ch.isdigit() for ch in s["source"]) for s in profile["sources"])
    # a group counted is a group, not a quantity
    profile = profile_of(("More than 200 doctors said the rule was unsafe.", CLAIM,
                          {"source": ["More than 200 doctors"], "cue": ["said"]}))
    assert profile["credits"] == ["more than 200 doctors"]


@pytest.mark.parametrize("measure, quantity", [
    ("runs to 60 pages", "to 60 pages"),
    ("runs to 60 pages", "60 pages"),
    ("covers about 12 percent of farms", "about 12 percent"),
    ("spans nearly 300 kilometres of track", "nearly 300 kilometres"),
])
def test_a_measured_quantity_span_is_never_a_source(measure, quantity):
    # before, "to 60 pages" of "The complaint, which runs to 60 pages, alleges" was credited, a source of its own
    text = f"The complaint, which {measure}, alleges that the chains cut prices."
    profile = profile_of((text, CLAIM, {"source": [quantity], "cue": ["alleges"]}))
    assert profile["credits"] == ["complaint"]


@pytest.mark.parametrize("span, shown", [
    ("Dr. Ines Farrow and Dr. Li Tsai", "Ines Farrow and Li Tsai"),
    ("The co-authors, Dr. Ines Farrow and Dr. L. M. Tsai", "Ines Farrow and L. M. Tsai"),
    ("Ines Farrow and Prof. Li Tsai", "Ines Farrow and Li Tsai"),
    ("Sen. Ana Voss and Rep. Tom Lee", "Ana Voss and Tom Lee"),
    ("Sens. Ana Voss and Tom Lee", "Ana Voss and Tom Lee"),  # a plural title before both
    ("Reps. Ana Voss and Tom Lee", "Ana Voss and Tom Lee"),
    ("Ines Farrow and Li Tsai", "Ines Farrow and Li Tsai"),  # as untitled names always were
])
def test_two_titled_people_named_together_are_both_shown_not_the_last_alone(span, shown):
    assert display_source(span) == shown


@pytest.mark.parametrize("span", ["Vellum Water President and CEO Anne Brooks",
                                  "Vellum Water Chairman and Chief Executive Anne Brooks"])
def test_one_person_s_two_titles_joined_by_and_are_no_two_people(span):
    assert display_source(span) == "Anne Brooks"


def test_examples_of_a_group_marked_apart_give_way_to_the_group():
    profile = profile_of(
        ("But critics, including Ned Varga, argue the levy is unfair.", CLAIM,
         {"source": ["critics", "including Ned Varga"], "cue": ["argue"]}))
    assert profile["credits"] == ["critics"]


def test_examples_of_a_group_after_like_give_way_to_the_group():
    profile = profile_of(
        ("Even the council's loudest critics, like Ruiz and Vask, say the plan should lapse.", CLAIM,
         {"source": ["council's loudest critics, like Ruiz and Vask"], "cue": ["say"]}))
    assert profile["credits"] == ["council's loudest critics"]


@pytest.mark.parametrize("head", ["Others", "Some", "Many others", "Still others"])
def test_a_member_named_after_a_head_with_no_noun_speaks_for_it(head):
    # before, the source was "Others", a word that names no one, though the member after it is named
    span = f"{head}, including former judge Erik Varga"
    profile = profile_of((f"{span}, believe the law will survive.", CLAIM, {"source": [span], "cue": ["believe"]}))
    assert profile["credits"] == ["erik varga"]
    assert profile["sources"][0]["display"] == "Erik Varga"


def test_a_long_figure_in_a_relative_clause_does_not_hide_it():
    # the comma of "180,000" is no clause's: "gubernatorial" lies in the clause on the name, which speaks
    profile = profile_of(
        ("Former Gov. Ned Varga, who published 180,000 letters from his gubernatorial years this past March, tweeted "
         "about the difference.", CLAIM,
         {"source": ["Former Gov. Ned Varga, who", "gubernatorial", "this past March"], "cue": ["tweeted about"]}))
    assert profile["credits"] == ["ned varga"]


def test_a_titled_name_with_its_state_before_it_is_one_person_with_the_bare_name_and_the_surname():
    # "Kessel Gov. Paul Varnow" keyed whole and "Paul Varnow" were two people, so "Varnow" joined neither
    profile = profile_of(
        ("Kessel Gov. Paul Varnow said he would stay in office.", CLAIM,
         {"source": ["Kessel Gov. Paul Varnow"], "cue": ["said"]}),
        ("Paul Varnow told reporters he was tired of the press.", CLAIM, {"source": ["Paul Varnow"], "cue": ["told"]}),
        ("Varnow said the reports were unfair.", CLAIM, {"source": ["Varnow"], "cue": ["said"]}))
    assert profile["credits"] == ["paul varnow"] * 3
    assert [s["display"] for s in profile["sources"]] == ["Paul Varnow"]


@pytest.mark.parametrize("span, shown", [
    # a span run on past its subject into the verb's object: who sues, accuses or tells speaks, not whom
    ("Dozens of families have sued Kellmore Pharmaceuticals", "Dozens of families"),
    ("Families sue Kellmore Pharma", "Families"),
    ("Tenants of Ostby have now also jointly sued Kellmore Pharma", "Tenants of Ostby"),  # a run before the verb
    ("Anglers accused Pellory Mills", "Anglers"),
    ("The lawsuit accuses Kellmore Pharma", "lawsuit"),
    ("a spokesman told Kessel Radio", "spokesperson"),
    ("Ana Ruiz told the Herald", "Ana Ruiz"),
    # a participle before a name, an article alone before it, is no verb of a subject
    ("the accused Tomas Brandt", "Tomas Brandt"),
    ("union general secretary Tomas Brandt", "Tomas Brandt"),
])
def test_the_object_of_a_verb_in_a_source_span_is_no_source(span, shown):
    assert display_source(span) == shown


def test_families_who_sued_a_drug_maker_are_credited_with_their_allegation_not_the_drug_maker():
    profile = profile_of(
        ("Dozens of families have sued Kellmore Pharmaceuticals Inc., alleging that its sleep pill caused memory "
         "loss.", CLAIM, {"source": ["Dozens of families have sued Kellmore Pharmaceuticals"]}))
    assert profile["credits"] == ["dozens of families"]


@pytest.mark.parametrize("span", ["sued Kellmore Pharma", "has accused Kellmore Pharma", "told Kessel Radio",
                                  "also jointly sued the Kellmore Group"])
def test_a_span_opening_with_a_verb_that_acts_on_a_name_names_no_one(span):
    # before, the name the verb acts on ("Kellmore Pharma", who is sued) was the source
    assert display_source(span) == ""


@pytest.mark.parametrize("text, span, credit", [
    # the subject the span left out acts and claims: before, the one sued, accused or told was credited
    ("The Ostby Tenants Union sued Kellmore Pharma over the leak.", "sued Kellmore Pharma", "ostby tenants union"),
    ("Mayor Ines Varga has accused Kellmore Pharma of hiding the leak.", "has accused Kellmore Pharma",
     "ines varga"),
    ("The Ostby council sued Kellmore Pharma, saying the leak was hidden.", "sued Kellmore Pharma", "ostby council"),
    # a subject of no name: no one rather than the one sued
    ("Tenants sued Kellmore Pharma over the leak.", "sued Kellmore Pharma", None),
])
def test_a_span_opening_with_a_verb_that_acts_on_a_name_credits_the_subject_before_it(text, span, credit):
    verb = next(word for word in span.split() if word != "has")
    assert profile_of((text, CLAIM, {"source": [span], "cue": [verb]}))["credits"] == [credit]


@pytest.mark.parametrize("first, then, marks", [
    ("Harlow Chemicals said the spill was contained.", "Residents sued Harlow Chemicals over the spill.", {}),
    ("Harlow Chemicals said the spill was contained.", "Residents sued Harlow Chemicals over the spill.",
     {"source": ["sued Harlow Chemicals"], "cue": ["sued"]}),
    ("Harlow Chemicals said the spill was contained.", "In May, two fishing families accused Harlow of hiding it.", {}),
    ("Harlow Chemicals said the spill was contained.", "Anglers have now sued Harlow Chemicals Inc. for damages.", {}),
    ("Mayor Ines Varga said she took no money.", "Prosecutors charged Ines Varga with bribery last week.", {}),
])
def test_an_allegation_against_the_source_whose_account_goes_on_is_not_its_account(first, then, marks):
    # before, the account of the one sued or accused went on: the allegation was credited to the accused
    profile = profile_of((first, CLAIM, {"source": [first.split(" said")[0]]}), (then, CLAIM, marks))
    assert profile["credits"][1] is None


def test_an_allegation_in_a_quotation_the_source_opened_goes_on_with_its_account():
    # a quotation the source opened is its own words, whatever they say of it
    profile = profile_of(('Harlow Chemicals said: "The spill was contained.', CLAIM, {"source": ["Harlow Chemicals"]}),
                         ('Residents sued Harlow Chemicals for nothing."', CLAIM, {}))
    assert profile["credits"] == ["harlow chemicals", "harlow chemicals"]


@pytest.mark.parametrize("text, accused", [
    ("Residents sued Harlow Chemicals over the spill.", "Harlow Chemicals"),
    ("In May, two fishing families accused Harlow of hiding it.", "Harlow"),
    ("Prosecutors charged Ines Varga.", "Ines Varga"),
    # a possessive names whose the accused is; a speech verb before makes the allegation the speaker's report;
    # "accused" after a preposition or an article describes the name
    ("Residents sued Harlow Chemicals' insurer over the spill.", None),
    ("It said residents had wrongly sued Harlow Chemicals.", None),
    ("Lawyers for accused Tom Vell said he was at home.", None),
    ("The accused Tom Vell said he was at home.", None),
    ("Harlow Chemicals said the spill was contained.", None),
])
def test_whom_the_opening_clause_sues_or_accuses(text, accused):
    found = accused_by_subject(text)
    assert (text[found[0]:found[1]] if found else None) == accused


@pytest.mark.parametrize("text, marked, credit", [
    # before, the one sued, accused or praised was credited: it stands nearer the participle than the subject
    ("The FTC sued Orsk Labs on Monday, accusing the company of hiding fees.", ["The FTC", "Orsk Labs"], "ftc"),
    ("The FTC sued Orsk Labs, accusing the company of hiding fees.", ["Orsk Labs"], "ftc"),
    ("Mayor Ines Varga praised Tomas Brandt, saying he had saved the mill.", ["Mayor Ines Varga", "Tomas Brandt"],
     "ines varga"),
    # a subject of no name: the unnamed group opening the sentence, whose participle it is, never the one sued
    ("Two families sued Orsk Labs, alleging the pill caused memory loss.", ["Orsk Labs"], "two families"),
    # a cue of the name's own clause is still theirs
    ("Police thanked Ana Ruiz, who said she saw the fire.", ["Police", "Ana Ruiz"], "ana ruiz"),
])
def test_whom_a_verb_acts_on_is_no_source_of_the_participle_after_it(text, marked, credit):
    cue = next(word.strip(",") for word in text.split() if word.endswith("ing") or word == "said")
    assert profile_of((text, CLAIM, {"source": marked, "cue": [cue]}))["credits"] == [credit]


@pytest.mark.parametrize("span, shown", [
    # before, "the firm" before the body's name was read as a role before a person's name: the body spoke
    ("Ilya Brandt of the firm Northgate Labs", "Ilya Brandt"),
    ("analyst Ilya Brandt of the research firm Northgate", "Ilya Brandt"),
    ("Ana Ruiz of the rights group Civic Watch", "Ana Ruiz"),
    # at the body: the person, not the body ("at" a named body is dropped as "of" one is)
    ("Ilya Brandt at the firm Northgate Labs", "Ilya Brandt"),
    ("Ana Ruiz from the research group RiverWatch", "Ana Ruiz from the research group RiverWatch"),
    # a role with no name before "of" is still the body's
    ("an analyst of the firm Northgate Labs", "Northgate Labs"),
    ("the environmental group RiverWatch", "RiverWatch"),
    ("the head of the state oil company Petrolia", "Petrolia"),
])
def test_a_person_of_a_body_named_after_its_kind_is_the_person(span, shown):
    assert display_source(span) == shown


@pytest.mark.parametrize("span, shown", [("@kessel_ai", "@kessel_ai"), ("• @KesselAI", "@KesselAI"),
                                         ("🔴 @kessel_ai", "@kessel_ai")])
def test_a_handle_keeps_its_at_sign(span, shown):
    # before, the "@" was dropped as a liveblog's mark: "kessel_ai" is not the account as written
    assert display_source(span) == shown


@pytest.mark.parametrize("span, shown", [
    ("The user, @orsk_truth", "@orsk_truth"),  # a handle set apart after a description names the account
    ("The user who posted it, @orsk_truth", "@orsk_truth"),  # so after a relative clause on the description
    ("The man who filmed it, Evan Pruitt", "Evan Pruitt"),  # as a personal name does
    ("One user who lives near Orrin, Vell", "One user"),  # a place's comma, no name after it
])
def test_a_name_or_handle_set_apart_after_a_description_and_its_clause_is_the_source(span, shown):
    # before, "The user", and "The man" whose clause was read to the span's end, stayed nameless
    assert display_source(span) == shown


def test_a_handle_speaking_is_credited_as_written():
    profile = profile_of(("The outage lasted six hours.", FACT, {}),
                         ("@kessel_ai replied that the fix was already live.", CLAIM,
                          {"source": ["@kessel_ai"], "cue": ["replied"]}))
    assert profile["credits"] == [None, "@kessel_ai"]
    assert [s["display"] for s in profile["sources"]] == ["@kessel_ai"]


@pytest.mark.parametrize("text, span, credit", [
    # a participle before a name, alone in its span, still describes the name: no verb of a left-out subject
    ("At the hearing, accused Tomas Brandt said he was at home.", "accused Tomas Brandt", "tomas brandt"),
    # a given name that is also a verb, capitalised
    ("Sue Harlan said the plant was safe.", "Sue Harlan", "sue harlan"),
    # the participle's name with its description after a comma: before, no one was credited
    ("At the hearing, accused Tomas Brandt, a former guard, said he was at home.",
     "accused Tomas Brandt, a former guard", "tomas brandt"),
])
def test_a_name_after_a_participle_or_a_verb_like_given_name_still_speaks(text, span, credit):
    assert profile_of((text, CLAIM, {"source": [span], "cue": ["said"]}))["credits"] == [credit]


@pytest.mark.parametrize("span, shown", [
    # "from" before where a group or a document comes from: the body named, without its "from", as after "by"
    ("The report, from the Varnley Climate Council", "Varnley Climate Council"),
    ("The report, by the Varnley Climate Council", "Varnley Climate Council"),
    ("The team, from the Halloran Institute in Ostby", "Halloran Institute in Ostby"),
    ("The researchers, from the Halloran Institute", "Halloran Institute"),
    ("A study, from Halloran Institute", "Halloran Institute"),
    ("Mara Lind, from the Halloran Institute", "Mara Lind"),
    # the journal a study came out in is no source: the study speaks
    ("A 2021 study of 4,000 women in Ostby, published in the Kessel Journal of Health",
     "2021 study of 4,000 women in Ostby"),
    ("The study, published in the Kessel Journal of Health on Monday", "study"),
    ("The report, published last week by the Varnley Council", "Varnley Council"),
])
def test_where_a_source_comes_from_or_came_out_is_named_as_by_is(span, shown):
    assert display_source(span) == shown


@pytest.mark.parametrize("span, shown", [
    ("The report, released by the election board on Monday", "election board"),
    ("The figures, published by the statistics office last week", "statistics office"),
    ("The audit, commissioned by the city council", "city council"),
    # no body's noun after "the", or a person a body owns: the document as before
    ("The study, conducted by the team in March", "study"),
    ("The report, written by the company's founder", "report"),
])
def test_a_document_released_by_a_body_in_lower_case_after_its_comma_is_that_body_s(span, shown):
    # before, only a capitalised maker ("released by the Audit Office") was read: "released by the election board"
    # left a source "report"
    assert display_source(span) == shown


@pytest.mark.parametrize("span, shown", [
    # a study "from" a body, then where and when it came out: the body's, as without the participle
    ("a new study from Marrowfield University published today in the Journal of Clinical Aging",
     "Marrowfield University"),
    ("a study from the Halloran Institute published in the Kessel Journal of Health", "Halloran Institute"),
    ("a new study from Marrowfield University, published today in the Journal of Clinical Aging",
     "Marrowfield University"),
    ("The study, published yesterday in the Kessel Journal of Health", "study"),
    # a maker named after "by" leaves the words as they were
    ("a study from Marrowfield University published by the Kessel Press",
     "study from Marrowfield University published by the Kessel Press"),
    # a place saying no body is left as "from" it, the journal no source still
    ("a poll from Tolland published today in the Ostby Ledger", "poll from Tolland"),
])
def test_a_study_from_a_body_keeps_its_maker_past_where_it_came_out(span, shown):
    # before, "published today in ..." after the maker hid it, and after a comma was taken for the source
    assert display_source(span) == shown


def test_a_study_from_a_university_published_in_a_journal_joins_the_university():
    profile = profile_of(
        ("Users were less likely to develop dementia, according to a new study from Marrowfield University "
         "published today in the Journal of Clinical Aging.", CLAIM,
         {"source": ["a new study from Marrowfield University published today in the Journal of Clinical Aging"],
          "cue": ["according to"]}),
        ("Marrowfield University said the work was funded by a grant.", CLAIM,
         {"source": ["Marrowfield University"], "cue": ["said"]}))
    assert profile["credits"] == ["marrowfield university"] * 2


@pytest.mark.parametrize("text, marked, cue, key", [
    ("The lawsuit, filed in federal court in Ardmore on Thursday, says that 140 patients were harmed.",
     ["The lawsuit", "federal court"], "says", "lawsuit"),
    ("The study, published in the Kessel Journal of Health last week, found that the pill worked.",
     ["The study", "the Kessel Journal of Health"], "found", "study"),
    ("Halvex Medical, based in Ostby, said the implant was safe.", ["Halvex Medical", "Ostby"], "said",
     "halvex medical"),
    # the participle itself marked, with its time ("published in March" was the source)
    ("The article, published in March last year, alleged that the singer had faked the tour.",
     ["The article", "published in March last year"], "alleged", "article"),
    ("The report, released on Monday, found that the club had understated its wages.",
     ["The report", "released on Monday"], "found", "report"),
])
def test_a_place_in_a_participle_after_the_source_is_no_source(text, marked, cue, key):
    # the participle describes the noun before it, as a relative clause does: the noun speaks, not the court
    profile = profile_of((text, CLAIM, {"source": marked, "cue": [cue]}))
    assert profile["credits"] == [key]
    # and so does the next sentence's account, which goes on from it
    profile = profile_of((text, CLAIM, {"source": marked, "cue": [cue]}),
                         ("It accuses Kellmore of burying data.", CLAIM, {"cue": ["accuses"]}))
    assert profile["credits"] == [key, key]


def test_a_span_of_a_participle_placing_its_head_names_no_source_but_its_head_with_it():
    # before, "circulating on TikTok", a span the head cut from "A video circulating on TikTok", was a source
    assert display_source("circulating on TikTok") == ""
    assert display_source("according to the ministry") != ""
    rows = (("Officials said the dam was checked.", CLAIM, {"source": ["Officials"], "cue": ["said"]}),
            ("A video circulating on TikTok claims the dam burst.", CLAIM,
             {"source": ["circulating on TikTok"], "cue": ["claims"]}))
    assert profile_of(*rows)["credits"] == ["officials", "video circulating on tiktok"]


def test_a_placing_participle_after_a_verb_of_being_grows_back_over_the_noun_alone():
    # before, the span grew over "was" too: a source "claim was circulating on kwitter"
    rows = (("Officials said the dam was checked.", CLAIM, {"source": ["Officials"], "cue": ["said"]}),
            ("The claim was circulating on Kwitter and says the dam burst.", CLAIM,
             {"source": ["circulating on Kwitter"], "cue": ["says"]}))
    assert profile_of(*rows)["credits"] == ["officials", "claim"]


@pytest.mark.parametrize("span", ["king of Kestoria", "wing of the Kessel Front", "sibling of the victim"])
def test_a_noun_ending_in_ing_before_a_preposition_is_no_placing_participle(span):
    # "king of Kestoria" was read as "circulating on TikTok" is, a fragment naming no one: the sentence no one's
    assert display_source(span) == span
    rows = (("The dam is safe, said the king of Kestoria.", CLAIM, {"source": ["king of Kestoria"], "cue": ["said"]}),)
    assert profile_of(*rows)["credits"] == ["king of kestoria"]


@pytest.mark.parametrize("title", ["U.S. Attorney", "Acting U.S. Attorney", "U.N. envoy", "District Attorney"])
def test_a_surname_joins_a_person_whose_title_holds_an_initialism(title):
    # "U.S." before the title kept the title's name apart from the source, so "Halloran" had two people to join
    profile = profile_of(
        (f"{title} Bettina Halloran said the case was strong.", CLAIM,
         {"source": [f"{title} Bettina Halloran"], "cue": ["said"]}),
        ('"He treated the fund as his own," Halloran said.', CLAIM, {"source": ["Halloran"], "cue": ["said"]}))
    assert len(profile["sources"]) == 1
    assert profile["credits"] == [profile["sources"][0]["source"]] * 2


@pytest.mark.parametrize("rows", [
    [("Judge Ana Ruiz Jr. said the plan was sound.", CLAIM, {"source": ["Judge Ana Ruiz Jr."], "cue": ["said"]})],
    [("U.S. District Judge Ana Ruiz Jr. told the court the plan was sound.", CLAIM,
      {"source": ["U.S. District Judge Ana Ruiz Jr."], "cue": ["told"]})],
    [("Judge Ana Ruiz Jr. was asked about the plan.", FACT, {}),
     ('"It is sound," she said.', CLAIM, {"source": ["she"], "cue": ["said"]})],
])
def test_a_name_after_a_title_is_shown_with_the_stop_of_its_jr(rows):
    assert [s["display"] for s in profile_of(*rows)["sources"]] == ["Ana Ruiz Jr."]


@pytest.mark.parametrize("span, shown", [
    # a role in lower case "to" or "for" a titled name: the role speaks, the name is whom it serves
    ("A former adviser to Prime Minister Edda Lorn", "former adviser to Prime Minister Edda Lorn"),
    ("A former aide to Senator Mara Quill", "former aide to Senator Mara Quill"),
    ("Chief of staff to Senator Mara Quill", "Chief of staff to Senator Mara Quill"),
    ("a lawyer for President Ana Voss", "lawyer for President Ana Voss"),
    ("a letter addressed to Chairman Tomas Brandt", "letter addressed to Chairman Tomas Brandt"),
    # so with a role in lower case before the name, lawyers in the plural opening the span, and a campaign's "of"
    ("A lawyer for opposition candidate Karina Mollo", "lawyer for opposition candidate Karina Mollo"),
    ("an aide to former president Lev Andrassy", "aide to former president Lev Andrassy"),
    ("Lawyers for President Lev Andrassy", "Lawyers for President Lev Andrassy"),
    ("Aides to Senator Mara Quill", "Aides to Senator Mara Quill"),
    ("The campaign of Governor Philip Marsh", "campaign of Governor Philip Marsh"),
    # a backer or opponent "of" a titled name sides with the name and speaks for itself
    ("A former backer of Senator Mara Quill", "former backer of Senator Mara Quill"),
    ("an ally of former president Lev Andrassy", "ally of former president Lev Andrassy"),
    ("Gov. Tom Wick of Kessel, a former backer of Sen. Mara Quill, who", "Tom Wick"),
    ("Tom Wick of Kessel, a longtime critic of Mayor Edda Lorn", "Tom Wick"),
    # a spokesperson speaks for the name; a capitalised role is part of the title before the name
    ("A spokesman for Prime Minister Edda Lorn", "Edda Lorn"),
    ("Special Adviser to the President Ana Voss", "Ana Voss"),
    ("Minister for Foreign Affairs Tove Rask", "Tove Rask"),
    ("Tom Wick, an adviser to Prime Minister Edda Lorn", "Tom Wick"),
    # the office the name seeks or holds, where it serves, or a portfolio: the title is the name's own
    ("The Republican candidate for Governor Ana Voss", "Ana Voss"),
    ("The nominee for Attorney General Ana Voss", "Ana Voss"),
    ("Kessel's secretary for Justice Ana Voss", "Ana Voss"),
    ("the envoy to Kessel Ambassador Ana Voss", "Ana Voss"),
    ("The Republican candidate for governor Ana Voss", "Ana Voss"),
    ("A spokesman for opposition candidate Karina Mollo", "Karina Mollo"),
    ("Americans for Prosperity President Ana Voss", "Ana Voss"),
    ("the secretary of State Ana Voss", "Ana Voss"),
])
def test_whom_a_role_serves_is_no_source(span, shown):
    assert display_source(span) == shown


def test_the_speaker_described_as_a_backer_of_someone_titled_keeps_the_credit():
    profile = profile_of(
        ('"Some will take weeks to see the choice," said Gov. Tom Wick of Kessel, a former backer of Sen. Mara '
         'Quill, who has since called on members to back Ruiz.', CLAIM,
         {"source": ["Gov. Tom Wick of Kessel, a former backer of Sen. Mara Quill, who", "Ruiz"],
          "cue": ["said"]}),
        ('"This is a real chance."', CLAIM, {}),
    )
    assert profile["credits"] == ["tom wick", "tom wick"]


@pytest.mark.parametrize("span, shown", [
    # what an inquiry looks into never speaks by it: its maker does
    ("Axion's investigation into Orvane Technologies", "Axion"),
    ("The Kessel Times' investigation into Drellmark Energy", "Kessel Times"),
    ("A Kessel Times investigation into Drellmark", "Kessel Times"),
    ("A Senate probe into Orvane Technologies", "Senate"),
    ("A federal probe into Drellmark Energy", "federal probe"),
    ("The inquiry into Orvane Technologies", "inquiry"),
    # with no maker, what it looks into in lower case tells the inquiry apart
    ("The inquiry into the Kessel Bridge collapse", "inquiry into the Kessel Bridge collapse"),
    # its maker named after "by" at the end makes it
    ("A review into Drellmark by the Kessel Institute", "Kessel Institute"),
    ("The inquiry into the Kessel Bridge collapse by the Ministry of Transport", "Ministry of Transport"),
])
def test_what_an_inquiry_looks_into_is_no_source(span, shown):
    assert display_source(span) == shown


def test_a_candidate_for_an_office_named_with_it_is_one_source_with_her_surname():
    profile = profile_of(
        ("The Republican candidate for Governor Ana Voss said the pier was unsafe.", CLAIM,
         {"source": ["The Republican candidate for Governor Ana Voss"], "cue": ["said"]}),
        ("Voss said repairs would cost millions.", CLAIM, {"source": ["Voss"], "cue": ["said"]}))
    assert profile["credits"] == ["ana voss", "ana voss"]


def test_two_inquiries_into_two_names_stay_two_sources():
    profile = profile_of(
        ("The inquiry into Orvane found the wiring was faulty.", CLAIM, {"source": ["The inquiry into Orvane"]}),
        ("The inquiry into Drellmark found no fault.", CLAIM, {"source": ["The inquiry into Drellmark"]}),
        ("Drellmark said it welcomed the findings.", CLAIM, {"source": ["Drellmark"]}))
    assert profile["credits"] == ["inquiry", "inquiry into drellmark", "drellmark"]
    # one inquiry named again is one source
    profile = profile_of(
        ("The inquiry into Orvane found the wiring was faulty.", CLAIM, {"source": ["The inquiry into Orvane"]}),
        ("The inquiry into Orvane also found no fault.", CLAIM, {"source": ["The inquiry into Orvane"]}))
    assert profile["credits"] == ["inquiry", "inquiry"]


def test_an_aide_s_accusation_is_the_aide_s_and_the_accused_denies_it():
    profile = profile_of(
        ("A former aide to Senator Mara Quill said she had met lobbyists every month.", CLAIM,
         {"source": ["A former aide to Senator Mara Quill"], "cue": ["said"]}),
        ("Quill denied the report.", DENIAL, {"source": ["Quill"], "cue": ["denied"]}))
    assert profile["credits"] == ["former aide to senator mara quill", "mara quill"]
    assert profile["denials"] == [{"denial": 1, "source": "mara quill", "allegation": 0}]
    profile = profile_of(
        ("Axion's investigation into Orvane Technologies found that the company hid battery fires.", CLAIM,
         {"source": ["Axion's investigation into Orvane Technologies"], "cue": ["found"]}),
        ("Orvane denied the report.", DENIAL, {"source": ["Orvane"], "cue": ["denied"]}))
    # "Orvane" is the firm the investigation named, "Orvane Technologies" (before, a source "orvane" apart)
    assert profile["credits"] == ["axion", "orvane technologies"]
    assert profile["denials"] == [{"denial": 1, "source": "orvane technologies", "allegation": 0}]


@pytest.mark.parametrize("span, shown", [
    # an outlet's kind before its one-word name is no part of it, as "the charity Pellam" is Pellam
    ("The trade newsletter RefineWatch", "RefineWatch"),
    ("A report by the trade newsletter RefineWatch", "RefineWatch"),
    ("the tabloid Splashline", "Splashline"),
])
def test_an_outlet_s_kind_before_its_name_is_dropped(span, shown):
    assert display_source(span) == shown


@pytest.mark.parametrize("span, shown", [
    # the name a source goes by, not its description, its pronoun or the whole phrase
    ("A group calling itself BlackHarbor", "BlackHarbor"),
    ("a hacker who calls himself Zed", "Zed"),
    ("Activists calling themselves the Harbour Watch Collective", "Harbour Watch Collective"),
    ('a militia calling itself the "Sons of the Valley"', "Sons of the Valley"),
    # a span the model cut after the verb of calling
    ("itself BlackHarbor", "BlackHarbor"),
    ("himself Zed", "Zed"),
    # no capitalised name after the pronoun: the description before the verb
    ("A man calling himself a prophet", "man"),
    ("A group calling itself BlackHarbor on Telegram", "group"),
])
def test_a_source_that_calls_itself_by_a_name_is_shown_by_that_name(span, shown):
    assert display_source(span) == shown


@pytest.mark.parametrize("marked", [
    ["A group calling itself BlackHarbor"], ["A group"], ["itself BlackHarbor"], ["itself"], ["BlackHarbor"], []])
def test_a_group_calling_itself_by_a_name_is_credited_by_that_name_however_the_span_is_cut(marked):
    profile = profile_of(
        ("Police said the port's booking servers had been breached overnight.", CLAIM,
         {"source": ["Police"], "cue": ["said"]}),
        ("A group calling itself BlackHarbor claimed responsibility for the breach.", CLAIM,
         {"source": marked, "cue": ["claimed"]}))
    assert profile["credits"] == ["police", "blackharbor"], marked
    assert {s["source"]: s["display"] for s in profile["sources"]} == {"police": "Police",
                                                                       "blackharbor": "BlackHarbor"}


@pytest.mark.parametrize("text, marked, credit", [
    ("A report by the heritage group Return Now found that 200 objects were looted.",
     ["A report by the heritage group"], "return now"),
    ("The watchdog Clear Ledger said that 200 objects were looted.", ["The watchdog"], "clear ledger"),
    # a weekday after the kind, or a person's role opening the capitals, is no body's name
    ("The agency Monday said that 200 objects were looted.", ["The agency"], "agency"),
    ("The union President Tom Vell said that 200 objects were looted.", ["The union"], "union"),
])
def test_a_span_cut_at_a_body_s_kind_takes_the_body_s_name_after_it_and_the_kind_joins_it_later(text, marked, credit):
    # before, "the heritage group Return Now" was credited as "heritage group", its name cut off
    profile = profile_of((text, CLAIM, {"source": marked, "cue": ["found" if "found" in text else "said"]}),
                         ("The group accused the museum of stalling.", CLAIM, {"source": ["The group"]}))
    assert profile["credits"][0] == credit
    if credit == "return now":
        assert profile["credits"][1] == credit


@pytest.mark.parametrize("span, name", [
    ("A report by the watchdog group Clean Capitol", "clean capitol"),
    ("The watchdog group Clean Capitol", "clean capitol"),
    ("Clean Capitol, a watchdog group", "clean capitol"), ("The charity Harbour Hope", "harbour hope"),
])
def test_a_body_described_by_its_kind_before_or_after_its_name_is_no_person_he_may_mean(span, name):
    # before, "Clean Capitol" of "by the watchdog group Clean Capitol" was noted as a person (roles "watchdog",
    # "group"), and "He said" after it was the group's
    profile = profile_of(
        (f"{span} said the mayor took gifts.", CLAIM, {"source": [span], "cue": ["said"]}),
        ("He said the gifts were declared.", DENIAL, {"source": ["He"], "cue": ["said"]}))
    assert profile["credits"][0] == name
    assert profile["credits"][1] != name


@pytest.mark.parametrize("text, marked, credit", [
    ("A hacker calling himself Zed said he had copied the files from a contractor.", ["A hacker"], "zed"),
    ("A hacker calling himself Zed said he had copied the files from a contractor.", ["himself Zed"], "zed"),
    ("In a statement, an account calling itself Truth Desk said the files were genuine.", ["an account"],
     "truth desk"),
    ("A man calling himself a prophet said the flood was a punishment.", ["A man"], "man"),
])
def test_a_person_or_account_calling_itself_by_a_name_is_credited_by_that_name(text, marked, credit):
    profile = profile_of((text, CLAIM, {"source": marked, "cue": ["said"]}))
    assert profile["credits"] == [credit]


@pytest.mark.parametrize("marks", [{"source": ["Dr. Amina Ferrow", "torture"], "cue": ["said"]},
                                   {"source": ["torture"], "cue": ["said"]}])
def test_what_a_role_title_is_about_is_no_source(marks):
    # "torture" of "the Special Rapporteur on torture" is the title's matter; its holder, named before it, speaks
    text = "Dr. Amina Ferrow, the Special Rapporteur on torture, said the cells in Marl were overcrowded."
    assert profile_of((text, CLAIM, marks))["credits"] == ["amina ferrow"]


@pytest.mark.parametrize("issued, first", [
    ("In its note, the mission said the report was unfounded.", "the mission"),
    ("The mission said in its note verbale that the report was unfounded.", "The mission"),
    ("In their joint letter, the two ministries said the report was unfounded.", "the two ministries"),
    ("The mission's note said the report was unfounded.", "The mission's note"),
    ("In a note, the mission said the report was unfounded.", "the mission"),
    ("The mission's note said the report was unfounded.", "The mission's"),
])
def test_a_document_the_text_says_a_body_issued_is_that_body_s(issued, first):
    # before, "the note" later was a source of its own beside the body that issued it
    document = next(word for word in ("note", "letter") if word in issued)
    profile = profile_of((issued, DENIAL, {"source": [first], "cue": ["said"]}),
                         (f"According to the {document}, border guards always act within the law.", DENIAL,
                          {"source": [f"the {document}"], "cue": ["According to"]}))
    assert profile["credits"][1] == profile["credits"][0]
    assert len(profile["sources"]) == 1


def test_a_document_after_the_comma_that_closes_a_source_s_description_is_that_source_s():
    # before, the comma after "a charity near the port" hid "said in a report": "The report" stood apart
    profile = profile_of(("Kelda Aid, a charity near the port, said in a report that detainees waited for weeks.",
                          CLAIM, {"source": ["Kelda Aid, a charity near the port"], "cue": ["said"]}),
                         ("The report found that few were told they could appeal.", CLAIM,
                          {"source": ["The report"], "cue": ["found"]}))
    assert profile["credits"] == ["kelda aid"] * 2


@pytest.mark.parametrize("opener", ["In a statement released after the hearing,",
                                    "In a letter sent to parents on Friday,", "In a statement to the Harlow Ledger,",
                                    "In its statement issued Tuesday,"])
def test_a_document_in_an_opener_that_says_when_or_to_whom_it_went_is_the_body_s(opener):
    # before, only "In a statement," with nothing after its noun made a later "the statement" the body's
    document = "letter" if "letter" in opener else "statement"
    profile = profile_of((f"{opener} Orrin Homes said it was grateful to the board.", CLAIM,
                          {"source": ["Orrin Homes"], "cue": ["said"]}),
                         (f'"We heard every neighbor," the {document} said.', CLAIM,
                          {"source": [f"the {document}"], "cue": ["said"]}))
    assert profile["credits"] == ["orrin homes"] * 2
    # a document sent by another is not the speaker's
    profile = profile_of(("In a statement released by the mayor's office, Orrin Homes said it was grateful.", CLAIM,
                          {"source": ["Orrin Homes"], "cue": ["said"]}),
                         ('"We heard every neighbor," the statement said.', CLAIM,
                          {"source": ["the statement"], "cue": ["said"]}))
    assert profile["credits"][1] != "orrin homes"


@pytest.mark.parametrize("issued, document", [
    ("In a news release, the Orrin County Sheriff's Office said", "release"),
    ("The Orrin County Sheriff's Office said in a news release that", "release"),
    ("In a Facebook post, the Orrin County Sheriff's Office said", "post"),
    ("In an email to parents, the Orrin County Sheriff's Office said", "email"),
])
def test_a_release_a_post_or_an_email_a_body_issued_is_that_body_s(issued, document):
    # before, "The release said" was a source of its own beside the sheriff's office that put it out
    body = issued.split(" said")[0].split(", ")[-1]
    profile = profile_of((f"{issued} the suspect was armed.", CLAIM, {"source": [body], "cue": ["said"]}),
                         (f"The {document} said deputies fired twice.", CLAIM,
                          {"source": [f"The {document}"], "cue": ["said"]}))
    assert profile["credits"] == ["orrin county sheriff's office"] * 2


def test_the_report_after_a_body_published_new_evidence_is_that_body_s():
    # before, "The report" after "Orvell Rights today published new evidence" was a source "report" of its own
    profile = profile_with_gap(
        ("Orvell Rights today published new evidence that Dravian agents watch exiles abroad.", FACT, {}),
        ("The report documents 40 cases in six countries.", CLAIM, {"source": ["The report"], "cue": ["documents"]}))
    assert profile["credits"] == [None, "orvell rights"]
    # the same words of time as a document issued: "last week", "quietly"
    for timing in ("last week", "quietly"):
        profile = profile_with_gap(
            (f"Orvell Rights {timing} published new evidence that Dravian agents watch exiles abroad.", FACT, {}),
            ("The report documents 40 cases in six countries.", CLAIM,
             {"source": ["The report"], "cue": ["documents"]}))
        assert profile["credits"] == [None, "orvell rights"], timing
    # evidence published by no subject the copy names is still no one's
    profile = profile_with_gap(
        ("New evidence was published today that Dravian agents watch exiles abroad.", FACT, {}),
        ("The report documents 40 cases in six countries.", CLAIM, {"source": ["The report"], "cue": ["documents"]}))
    assert profile["credits"] == [None, "report"]


@pytest.mark.parametrize("first, later", [
    ("Kellin's report, released Monday", "the report"),
    ("The Vell Institute's annual survey", "The survey, which polls 300 firms"),
    ("The Vell Institute's annual survey", "The survey which polls 300 firms"),
    ("Kellin's report", "The report, compiled by 140 engineers"),
])
def test_a_document_told_apart_by_a_clause_after_it_is_still_its_issuer_s(first, later):
    # a participle or a relative clause after the document's words hid whose it was: "the report" stood apart
    document = "survey" if "survey" in first else "report"
    profile = profile_of((f"{first} found that the depot's database was open for weeks.", CLAIM,
                          {"source": [first], "cue": ["found"]}),
                         (f"{later[0].upper()}{later[1:]} said the {document} was complete.", CLAIM,
                          {"source": [later], "cue": ["said"]}))
    assert profile["credits"][1] == profile["credits"][0]
    # a maker named after it makes the document that maker's
    profile = profile_of((f"{first} found that the depot's database was open.", CLAIM, {"source": [first]}),
                         ("The report, by counsel Ana Ruiz, said it was shut.", CLAIM,
                          {"source": ["The report, by counsel Ana Ruiz"]}))
    assert profile["credits"][1] == "ana ruiz"


def test_a_document_no_one_is_said_to_have_issued_stays_its_own_source():
    # a body that spoke of its note before another's, or a new note, "a note": as before
    profile = profile_of(("Amnesty published a report on Monday.", FACT, {}),
                         ("The ministry said the camps were safe.", DENIAL,
                          {"source": ["The ministry"], "cue": ["said"]}),
                         ("According to the report, 40 people died.", CLAIM,
                          {"source": ["the report"], "cue": ["According to"]}))
    assert profile["credits"] == [None, "ministry", "report"]
    profile = profile_of(("In its note, the mission said the report was unfounded.", DENIAL,
                          {"source": ["the mission"], "cue": ["said"]}),
                         ("A note from Varnesia's embassy said the same.", CLAIM,
                          {"source": ["A note from Varnesia's embassy"], "cue": ["said"]}),
                         ("A note seen by reporters says the talks failed.", CLAIM,
                          {"source": ["A note seen by reporters"], "cue": ["says"]}))
    assert profile["credits"][2] != "mission"
    # a new statement written since, another's words on the document, or other words before it
    said = ("Senator Ilse Varga said in a statement that the talks had failed.", CLAIM,
            {"source": ["Senator Ilse Varga"], "cue": ["said"]})
    for between, later, source in (
            ("Two governors released a statement on Monday.", "The statement said the talks could resume.",
             "The statement"),
            ("The talks resumed.", "The joint statement said the talks could resume.", "The joint statement"),
            ("The talks resumed.", "The envoy's statement said the talks could resume.", "The envoy's statement")):
        profile = profile_of(said, (between, FACT, {}), (later, CLAIM, {"source": [source], "cue": ["said"]}))
        assert profile["credits"][2] != "ilse varga", later


@pytest.mark.parametrize("text, span, credit", [
    # before, the adjective alone was the source ("new", "leaked")
    ("Tarvia: Hundreds held in secret prisons, new evidence shows", "new", "new evidence"),
    ("Hundreds were held in secret prisons, leaked prison logs show.", "leaked", "leaked prison logs"),
    # the noun the model marked is read as before
    ("Hundreds were held in secret prisons, new evidence shows.", "new evidence", "new evidence"),
])
def test_an_adjective_marked_alone_grows_to_the_noun_before_the_cue(text, span, credit):
    profile = profile_of((text, CLAIM, {"source": [span], "cue": [text.split()[-1].rstrip(".")]}))
    assert profile["credits"] == [credit]


def test_an_adjective_marked_alone_grows_to_its_noun_before_the_words_after_it_or_is_no_source():
    profile = profile_of(("Tarvia held hundreds, new figures from the ministry show.", CLAIM,
                          {"source": ["new"], "cue": ["show"]}))
    assert profile["credits"] == ["figures"]  # grown to "new figures", keyed without when they came out
    profile = profile_of(("The report drew protests from senior members of the council who said it was biased.", CLAIM,
                          {"source": ["senior", "who"], "cue": ["said"]}))
    assert profile["credits"] == ["senior members"]
    # no word after it: nothing to grow to
    profile = profile_of(("Tarvia held hundreds, the figures were new.", CLAIM, {"source": ["new"]}))
    assert profile["credits"] == [None]
    assert profile["sources"] == []


@pytest.mark.parametrize("before, credited", [
    ([("Senator Ola Dane was named in a report by the ethics committee.", FACT, {"source": ["Senator Ola Dane"]})],
     "report"),
    ([("The ministry rejected claims made in a report by Rights Watch.", DENIAL,
       {"source": ["The ministry"], "cue": ["rejected"]})], "rights watch"),
    ([("Acme said in a statement on Monday that sales rose.", CLAIM, {"source": ["Acme"], "cue": ["said"]}),
      ("Rival Beltor issued its own statement hours later.", FACT, {})], "statement"),
])
def test_a_document_a_source_did_not_issue_is_not_its(before, credited):
    # "in a report" after other words than the source's verb of speech, or another's own statement since, is not
    # the source's document: "The report" after it stays its own source, or its maker's named after "by"
    document = "statement" if "statement" in before[0][0] else "report"
    later = f"The {document} said 40 detainees had died in custody."
    profile = profile_of(*before, (later, CLAIM, {"source": [f"The {document}"], "cue": ["said"]}))
    assert profile["credits"][-1] == credited


@pytest.mark.parametrize("span, shown", [
    ("a new study", "study"), ("the latest annual report", "annual report"), ("Recent polls", "polls"),
    ("new government data", "government data"), ("the newest poll", "poll"), ("a large study", "study"),
    ("a major report", "report"), ("Small studies", "studies"),
    # its count of pages, how big it is (before, "Its 600-page report" and "the report" were two sources)
    ("Its 600-page report", "report"), ("a 1,200-page study", "study"), ("the 9-page memo", "memo"),
    # before its maker's capitalised name too
    ("The latest Kessel/Orr opinion poll released Friday", "Kessel/Orr poll"),
    ("The 600-page Brask report", "Brask report"),
    ("a new Marsh College survey", "Marsh College survey"),
    ("the recent Orsk Institute report", "Orsk Institute report"),
    # a name's "New", or a word that is no document's after it, stays
    ("New Harlow Times poll", "New Harlow Times poll"), ("the new president", "new president"),
    ("the new Kessel Party leader", "new Kessel Party leader"), ("Big Sky Polling survey", "Big Sky Polling survey"),
    ("the major general", "major general"), ("the 600-page limit", "600-page limit")])
def test_new_or_latest_before_a_document_is_when_it_came_out_not_its_name(span, shown):
    # before, "a new study" was keyed apart from "the study" and the headline's "study finds"
    assert display_source(span) == shown


def test_a_new_study_is_the_study_of_the_headline_and_the_copy():
    profile = profile_of(
        ("Kelp falls to record low, study finds", CLAIM, {"source": ["study"], "cue": ["finds"]}),
        ("Kelp forests have shrunk by two thirds, a new study has found.", CLAIM,
         {"source": ["a new study"], "cue": ["found"]}),
        ("The study found that water temperatures rose.", CLAIM, {"source": ["The study"], "cue": ["found"]}))
    assert profile["credits"] == ["study"] * 3


def test_a_report_written_with_its_pages_is_the_report_later():
    profile = profile_of(
        ("Its 600-page report said officials had moved accused priests.", CLAIM,
         {"source": ["Its 600-page report"], "cue": ["said"]}),
        ("Survivors' groups reacted with anger.", FACT, {}),
        ("The report also found that files had been destroyed.", CLAIM, {"source": ["The report"], "cue": ["found"]}))
    assert profile["credits"] == ["report", None, "report"]


@pytest.mark.parametrize("span, shown", [
    ("Rival Orbitec", "Orbitec"), ("Rival Tomas Vell", "Tomas Vell"), ("his rival Tomas Vell", "Tomas Vell"),
    ("competitor Codewell", "Codewell"), ("Rival firm Orbitec", "Orbitec"), ("a rival firm", "rival firm")])
def test_a_rival_written_before_a_name_is_that_name(span, shown):
    # before, a capitalised "Rival" opening a sentence, or "competitor", stayed in the name
    assert display_source(span) == shown


def test_a_rival_opening_a_sentence_is_the_person_named_before():
    profile = profile_of(
        ("Senator Tomas Vell said the plan would fail.", CLAIM, {"source": ["Senator Tomas Vell"], "cue": ["said"]}),
        ("Rival Tomas Vell mocked the plan again on Friday.", CLAIM, {"source": ["Rival Tomas Vell"]}),
        ("Vell said it was a joke.", CLAIM, {"source": ["Vell"], "cue": ["said"]}))
    assert profile["credits"] == ["tomas vell"] * 3


@pytest.mark.parametrize("text, marked, credit", [
    ("Scientists not involved in the assessment said its figures were sound.",
     ["Scientists", "involved in the assessment"], "scientists"),
    ("Scientists not involved in the assessment said its figures were sound.", ["involved in the assessment"],
     "scientists"),
    ("Experts not involved in the study said its figures were sound.", ["involved"], "experts"),
    ("Experts not involved in the study said its figures were sound.", [], "experts"),
    ("Researchers who were not involved in the work said its figures were sound.", [], "researchers"),
    ("Two scientists not involved in the research said its figures were sound.",
     ["Two scientists not involved in the research"], "two scientists"),
])
def test_a_clause_setting_experts_apart_from_the_study_is_no_source(text, marked, credit):
    # before, "involved in the assessment" (or "involved") was credited, or no one, or the clause kept in the key
    assert profile_of((text, CLAIM, {"source": marked, "cue": ["said"]}))["credits"] == [credit]


@pytest.mark.parametrize("text, marked, credit", [
    ("The official in charge of the programme said the grants were paid.", "the programme",
     "official in charge of the programme"),
    ("The grants were paid, the officer in charge of the Harbour Programme said.", "Harbour Programme",
     "officer in charge of the harbour programme"),
    ("Ana Roy, the inspector in charge of the case, said the grants were paid.", "the case", "ana roy")])
def test_what_a_role_is_in_charge_of_is_no_source(text, marked, credit):
    # before, the programme (or the case) the role runs was credited, not the one who runs it
    assert profile_of((text, CLAIM, {"source": [marked], "cue": ["said"]}))["credits"] == [credit]


@pytest.mark.parametrize("firm", ["Ostrava Chemicals", "Ostrava Mining", "Ostrava Petroleum Logistics"])
def test_a_firm_s_first_word_alone_later_joins_its_name_in_body_copy(firm):
    denied = (f"{firm} denied the report on Monday.", DENIAL, {"cue": ["denied"]})
    fines = ("The company has faced fines before.", FACT, {})
    said = ("Ostrava said it would appeal the ruling.", CLAIM, {"source": ["Ostrava"], "cue": ["said"]})
    firm_key = normalise_source(firm)
    assert profile_of(denied, fines, said)["credits"] == [firm_key, None, firm_key]
    # not where another source opens with that word, nor a person's given name ("Tom" of "Tom Vask": the person)
    city = ("Ostrava City Council said the plant was safe.", CLAIM, {"source": ["Ostrava City Council"]})
    assert profile_of(denied, city, said)["credits"][2] == "ostrava"
    vask = ("Tom Vask denied the report on Monday.", DENIAL, {"source": ["Tom Vask"], "cue": ["denied"]})
    tom = ("Tom said he would appeal.", CLAIM, {"source": ["Tom"], "cue": ["said"]})
    assert profile_of(vask, tom)["credits"] == ["tom vask", "tom vask"]


@pytest.mark.parametrize("firm", ["Ember Labs", "Juniper Social", "Beacon Metrics", "Nimbus Software"])
def test_a_tech_firm_s_first_word_alone_joins_its_name_and_never_answers_it(firm):
    # before, "Juniper" stayed a source apart from "Juniper Social", whose own words its denial then answered
    first = firm.split()[0]
    appeal = (f"{firm} said it would appeal.", CLAIM, {"source": [firm], "cue": ["said"]})
    unfair = (f"{first} said the fine was unfair.", DENIAL, {"source": [first], "cue": ["said"]})
    profile = profile_of(appeal, unfair)
    firm_key = normalise_source(firm)
    assert profile["credits"] == [firm_key, firm_key]
    assert [pair["allegation"] for pair in profile["denials"]] == [None]
    # not where a person named before has that word as a surname
    engineer = (f"Alex {first}, a former engineer, said the app leaked data.", CLAIM,
                {"source": [f"Alex {first}"], "cue": ["said"]})
    assert profile_of(engineer, appeal, unfair)["credits"][2] == f"alex {first.lower()}"
    # nor where the text wrote the word as a place before
    for place in ("A court in", "The city of"):
        court = (f"{place} {first} fined {firm} on Monday.", FACT, {})
        assert profile_of(court, appeal, unfair)["credits"][2] == first.lower(), place


@pytest.mark.parametrize("firm", ["Northvale Housing", "Brackley Homes", "Quayside Developments", "Orrin Properties"])
def test_a_builder_s_or_landlord_s_first_word_alone_joins_its_name(firm):
    # before, "Northvale said ..." was a source apart from "Northvale Housing" that spoke before it
    first = firm.split()[0]
    record = (f"{firm}, which owns the block, said it had no record of complaints.", DENIAL,
              {"source": [f"{firm}, which owns the block"], "cue": ["said"]})
    tenant = ("Tom Vask said the flats were damp.", CLAIM, {"source": ["Tom Vask"], "cue": ["said"]})
    fans = (f"{first} said it would install new fans by the summer.", CLAIM, {"source": [first], "cue": ["said"]})
    firm_key = normalise_source(firm)
    assert profile_of(record, tenant, fans)["credits"] == [firm_key, "tom vask", firm_key]


def test_a_firm_named_with_group_that_said_it_is_joined_by_its_first_word():
    # before, "Harlow" stayed a source apart from "Harlow Group", whose own words its denial then answered
    appeal = ("Harlow Group said it would appeal.", CLAIM, {"source": ["Harlow Group"], "cue": ["said"]})
    unfair = ("Harlow said the fine was unfair.", DENIAL, {"source": ["Harlow"], "cue": ["said"]})
    profile = profile_of(appeal, unfair)
    assert profile["credits"] == ["harlow group", "harlow group"]
    assert [pair["allegation"] for pair in profile["denials"]] == [None]
    # not a group said of as people, nor one whose word the text wrote as a place before, nor a civic group
    they = ("Harlow Group said they would appeal.", CLAIM, {"source": ["Harlow Group"], "cue": ["said"]})
    assert profile_of(they, unfair)["credits"] == ["harlow group", "harlow"]
    court = ("A court in Harlow fined Harlow Group on Monday.", FACT, {})
    assert profile_of(court, appeal, unfair)["credits"][2] == "harlow"
    town = ("The town of Harlow fined Harlow Group on Monday.", FACT, {})
    assert profile_of(town, appeal, unfair)["credits"][2] == "harlow"
    rights = ("Harbour Rights Group said it would sue.", CLAIM, {"source": ["Harbour Rights Group"], "cue": ["said"]})
    harbour = ("Harbour said the fine was unfair.", DENIAL, {"source": ["Harbour"], "cue": ["said"]})
    assert profile_of(rights, harbour)["credits"] == ["harbour rights group", "harbour"]
    # nor where a person named before has that surname
    engineer = ("Alex Harlow, a former engineer, said the app leaked data.", CLAIM,
                {"source": ["Alex Harlow"], "cue": ["said"]})
    assert profile_of(engineer, appeal, unfair)["credits"][2] == "alex harlow"


@pytest.mark.parametrize("firm", ["Brennor Optics", "Halvard Plumbing", "Ostrel Tannery"])
@pytest.mark.parametrize("when", ["", " on Monday", " yesterday"])
def test_a_firm_named_by_a_trade_that_said_it_would_take_a_firm_s_step_is_joined_by_its_first_word(firm, when):
    # before, a trade not of FIRM_NAME_ENDS read as a person's surname, so "Brennor" stayed a source apart; and a
    # day between the cue and "it" hid the firm's step
    cut = (f"{firm} said{when} it would cut 300 jobs.", CLAIM, {"source": [firm], "cue": ["said"]})
    first = firm.split(" ")[0]
    save = (f"{first} said the cuts would save $40 million a year.", CLAIM, {"source": [first], "cue": ["said"]})
    assert profile_of(cut, save)["credits"] == [firm.lower()] * 2
    # not a person of a known given name (whom the given name alone joins), nor one who said "it" of anything else
    vask = ("Tom Vask said it would cut 300 jobs.", CLAIM, {"source": ["Tom Vask"], "cue": ["said"]})
    tom = ("Tom said the cuts would save $40 million a year.", CLAIM, {"source": ["Tom"], "cue": ["said"]})
    assert profile_of(vask, tom)["credits"] == ["tom vask", "tom vask"]
    cost = (f"{firm} said it would cost 300 jobs.", CLAIM, {"source": [firm], "cue": ["said"]})
    assert profile_of(cost, save)["credits"] == [firm.lower(), first.lower()]


@pytest.mark.parametrize("lead", [
    "Quillon's chief executive, Rafe Delacroix,", "Rafe Delacroix, Quillon's chief executive,",
    "Quillon CEO Rafe Delacroix", "Rafe Delacroix, the chief executive of Quillon,"])
def test_a_headline_s_firm_ceo_is_the_one_person_the_copy_names_as_its_chief_executive(lead):
    # before, the headline's "Quillon CEO" stayed a source apart from the chief executive the lead names
    headline = ("Quillon CEO defends data policy", DENIAL, {"source": ["Quillon CEO"], "cue": ["defends"]})
    said = (f"{lead} said the policy was lawful.", DENIAL, {"source": [lead.rstrip(",")], "cue": ["said"]})
    assert profile_of(headline, said)["credits"] == ["rafe delacroix", "rafe delacroix"]
    # with two people named as its chief executive the headline may mean either; another firm's is no one's
    roe = ("Quillon's chief executive, Ana Roe, said it was not.", CLAIM,
           {"source": ["Quillon's chief executive, Ana Roe"], "cue": ["said"]})
    assert profile_of(headline, said, roe)["credits"] == ["quillon ceo", "rafe delacroix", "ana roe"]
    orvane = ("Orvane's chief executive, Rafe Delacroix, said the policy was lawful.", DENIAL,
              {"source": ["Orvane's chief executive, Rafe Delacroix"], "cue": ["said"]})
    assert profile_of(headline, orvane)["credits"] == ["quillon ceo", "rafe delacroix"]


@pytest.mark.parametrize("described", ["An angry Vask", "A visibly tired Vask", "The embattled Vask"])
def test_an_article_and_adjectives_before_a_named_person_s_surname_are_that_person(described):
    vask = ("Tom Vask said he would run again.", CLAIM, {"source": ["Tom Vask"], "cue": ["said"]})
    said = (f"{described} said the election was stolen.", CLAIM, {"source": [described], "cue": ["said"]})
    assert profile_of(vask, said)["credits"] == ["tom vask", "tom vask"]
    # a surname the document has not named stays as written
    pell = ("Oren Pell said he would run again.", CLAIM, {"source": ["Oren Pell"], "cue": ["said"]})
    assert profile_of(pell, said)["credits"][1] == normalise_source(described)
    # nor is a person's spokesperson, or a document, tied to the surname by a preposition the person
    spokesperson = ("A spokesperson for Vask said the vote was fair.", CLAIM,
                    {"source": ["A spokesperson for Vask"], "cue": ["said"]})
    assert profile_of(vask, spokesperson)["credits"][1] != "tom vask"


@pytest.mark.parametrize("emphatic", ["Vask himself", "Tom Vask himself"])
def test_an_emphatic_himself_after_a_name_marked_as_the_source_is_no_part_of_it(emphatic):
    vask = ("Tom Vask said he would run again.", CLAIM, {"source": ["Tom Vask"], "cue": ["said"]})
    tower = ("The rally was held at Vask Tower in Harlow.", FACT, {})
    said = (f"{emphatic} said the crowd was huge.", CLAIM, {"source": [emphatic], "cue": ["said"]})
    assert profile_of(vask, said)["credits"] == ["tom vask", "tom vask"]
    assert profile_of(vask, tower, said)["credits"] == ["tom vask", None, "tom vask"]
    ruiz = ("Ana Ruiz herself said the crowd was huge.", CLAIM, {"source": ["Ana Ruiz herself"], "cue": ["said"]})
    assert profile_of(ruiz)["credits"] == ["ana ruiz"]


def test_a_named_person_s_possessive_before_a_noun_cue_is_that_person_whom_the_surname_joins():
    profile = profile_of(
        ("Radio host Dale Verrin said on Monday that the mayor was a danger.", CLAIM,
         {"source": ["Radio host Dale Verrin"], "cue": ["said"]}),
        ("Verrin's complaint was that the mayor ignores the council.", CLAIM,
         {"source": ["Verrin's"], "cue": ["complaint was"]}),
        ("Much of Verrin’s anger was aimed at her deputy.", CLAIM,
         {"source": ["of Verrin’s"], "cue": ["anger was"]}),
        ('"We cannot go on like this," Verrin said.', CLAIM, {"source": ["Verrin"], "cue": ["said"]}))
    assert profile["credits"] == ["dale verrin"] * 4
    assert [s["source"] for s in profile["sources"]] == ["dale verrin"]


def test_a_name_ending_in_its_own_possessive_stays_whole_when_no_person_has_its_word():
    profile = profile_of(
        ("Analyst Dale Verrin said the bank was sound.", CLAIM, {"source": ["Analyst Dale Verrin"], "cue": ["said"]}),
        ("Moody's said the outlook was stable.", CLAIM, {"source": ["Moody's"], "cue": ["said"]}))
    assert profile["credits"] == ["dale verrin", "moody's"]


@pytest.mark.parametrize("span", [
    "A former Democratic presidential candidate -- Tom Vask, who lost the 2008 primary --",
    "A former Democratic presidential candidate -- Tom Vask -",
    "A former Democratic presidential candidate — Tom Vask, who lost the 2008 primary",
    "A former Democratic presidential candidate—Tom Vask",
    "Former candidate Tom Vask -- who lost the 2008 primary -"])
def test_a_name_set_apart_by_dashes_from_its_description_is_the_source(span):
    assert normalise_source(span) == "tom vask"
    text = f'{span} said the plan "offered nothing new."'
    assert profile_of((text, CLAIM, {"source": [span], "cue": ["said"]}))["credits"] == ["tom vask"]


def test_a_hyphen_or_a_dash_between_figures_inside_a_name_is_no_apposition():
    assert normalise_source("Ana Ruiz-Vell") == "ana ruiz-vell"
    assert normalise_source("the 2008–2012 panel") == "2008–2012 panel"


@pytest.mark.parametrize(("span", "key"), [("Even an anti-Verrin group", "anti-verrin group"),
                                           ("Only the mayor", "mayor"), ("Also the ministry", "ministry"),
                                           ("even some Republicans", "some republicans")])
def test_a_focusing_word_opening_a_source_is_no_part_of_it(span, key):
    assert normalise_source(span) == key


def test_a_name_that_opens_with_such_a_word_keeps_it():
    assert normalise_source("Evenflo") == "evenflo"
    assert normalise_source("Only Murders Productions") == "only murders productions"


def test_an_adverb_ending_a_source_span_before_an_unmarked_verb_of_finding_is_no_part_of_it():
    text = "Even a pro-Verrin group recently revealed its survey puts Verrin behind."
    profile = profile_of((text, CLAIM, {"source": ["a pro-Verrin group recently"],
                                        "content": ["its survey puts Verrin behind"]}))
    assert profile["credits"] == ["pro-verrin group"]
    # the adverb stays where no verb of speech or finding follows the span
    held = "A pro-Verrin group recently formed in Harlow said its survey puts Verrin behind."
    assert profile_of((held, CLAIM, {"source": ["A pro-Verrin group recently"], "cue": ["said"]}))["credits"] == [
        "pro-verrin group recently"]


def test_a_name_hyphenated_across_a_line_end_is_shown_and_keyed_whole():
    # a PDF copied to text breaks words at line ends with a hyphen: "Lu-" on one line, "kas Demel" on the next
    profile = profile_with_gap(
        ("The former safety officer, Lu-\nkas Demel, says staff were told to log spills as upkeep.", CLAIM,
         {"source": ["The former safety officer, Lu-\nkas Demel"], "cue": ["says"]}),
        ("The rector, Olga Tarn-\nWeiss, denied it.", DENIAL,
         {"source": ["The rector, Olga Tarn-\nWeiss"], "cue": ["denied"]}), gap="\n")
    # before: "lu- kas demel" shown "Lu- kas Demel", and "Olga Tarn- Weiss"; a capital after the hyphen is a
    # double name's, whose hyphen stays
    assert [(s["source"], s["display"]) for s in profile["sources"]] == [
        ("lukas demel", "Lukas Demel"), ("olga tarn-weiss", "Olga Tarn-Weiss")]


def test_a_hyphen_between_spaces_inside_a_source_sets_nothing_apart():
    assert normalise_source("US - China trade officials") == "us - china trade officials"


@pytest.mark.parametrize(("span", "group"), [
    ("Four other candidates — Senators Ana Ruiz of Kessel; Gov. Tom Vask of Harlow —", "four other candidates"),
    ("top Republicans – including President Tom Vask –", "top republicans")])
def test_a_list_between_dashes_is_not_read_as_a_name_set_apart(span, group):
    assert normalise_source(span).startswith(group)


@pytest.mark.parametrize("span", [
    "Critics of the plan — like Ana Ruiz and Tomas Vask —",
    "Critics of the plan -- such as Ana Ruiz and Tomas Vask --",
    "Critics of the plan—like Ana Ruiz and Tomas Vask—",
    "Critics of the plan ― including Ana Ruiz",  # a horizontal bar as the dash, the span cut inside the list
    "Critics of the plan — among them Ana Ruiz and Tomas Vask —",
])
def test_examples_of_a_group_set_apart_by_dashes_are_an_aside_left_out_of_its_key(span):
    # before, the key held the dash and the list: "critics of the plan — like ana ruiz and tomas vask"
    text = f"{span} said it would raise rents."
    profile = profile_of((text, CLAIM, {"source": [span], "cue": ["said"]}))
    assert profile["credits"] == ["critics of the plan"]


def test_a_dash_list_opening_a_span_or_a_name_set_apart_by_dashes_is_read_as_before():
    assert display_source("— like Ana Ruiz") == "Ana Ruiz"
    assert display_source("A former candidate -- Tom Vask, who lost --") == "Tom Vask"
    assert normalise_source("The mayor — and his aides —") == "mayor — and his aides —"


@pytest.mark.parametrize("first", ["A report by Safeguard Rights Watch", "The report by Safeguard Rights Watch",
                                   "A 40-page report by Safeguard Rights Watch"])
def test_the_report_after_a_report_by_a_named_body_is_that_body_s(first):
    # before, "the report" later was a source of its own beside the NGO whose report the span wrote
    profile = profile_of((f"{first} said staff at the sites contacted 38 exiles.", CLAIM,
                          {"source": [first], "cue": ["said"]}),
                         ("According to the report, two offices shared an address.", CLAIM,
                          {"source": ["the report"], "cue": ["According to"]}),
                         ("The report calls on Maraland to close the sites.", CLAIM,
                          {"source": ["The report"], "cue": ["calls on"]}))
    assert profile["credits"] == ["safeguard rights watch"] * 3
    # a report by someone else's words, or a new report written since, is not the named body's
    profile = profile_of((f"{first} said staff at the sites contacted 38 exiles.", CLAIM,
                          {"source": [first], "cue": ["said"]}),
                         ("Maraland police published a report on Friday.", FACT, {}),
                         ("According to the report, two offices shared an address.", CLAIM,
                          {"source": ["the report"], "cue": ["According to"]}))
    assert profile["credits"][2] != "safeguard rights watch"


@pytest.mark.parametrize("first", ["a report published on Monday by the rights group Civic Shield",
                                   "a report by the rights group Civic Shield"])
def test_the_report_described_after_a_report_published_by_a_body_of_a_kind_is_that_body_s(first):
    # before, "the 64-page report" and "the report" were sources of their own beside the group whose report it is
    profile = profile_of((f"A Kestorian-run authority moved 1,200 children to camps, according to {first}.", CLAIM,
                          {"source": [first], "cue": ["according to"]}),
                         ("The 64-page report found that most of the children came from orphanages.", CLAIM,
                          {"source": ["The 64-page report"], "cue": ["found"]}),
                         ("The report said 300 children had not returned.", CLAIM,
                          {"source": ["The report"], "cue": ["said"]}))
    assert profile["credits"] == ["civic shield"] * 3
    # a report whose words name another body is not the group's
    profile = profile_of((f"A Kestorian-run authority moved 1,200 children to camps, according to {first}.", CLAIM,
                          {"source": [first], "cue": ["according to"]}),
                         ("The police report said 300 children had not returned.", CLAIM,
                          {"source": ["The police report"], "cue": ["said"]}))
    assert profile["credits"][1] != "civic shield"


@pytest.mark.parametrize("headline", ["Veteran Activist Tom Vask Endorses Ana Ruiz.",
                                      "Senate Hopeful Tom Vask Endorses Ana Ruiz."])
def test_a_description_before_a_given_name_in_a_title_case_headline_is_no_part_of_the_name(headline):
    # before, "Veteran Activist Tom Vask" was a person, whose name the body's "Tom Vask" and "Vask" ended
    described = headline.partition(" Endorses")[0]
    rows = [(headline, FACT, {"source": [described], "cue": ["Endorses"]}),
            ("Tom Vask, the veteran activist who set up the Harbour Institute, has endorsed Ana Ruiz.", FACT,
             {"source": ["Tom Vask, the veteran activist who set up the Harbour Institute"]}),
            ('"I have decided to endorse Ana Ruiz," Vask wrote.', CLAIM, {"source": ["Vask"], "cue": ["wrote"]})]
    assert profile_of(*rows)["credits"] == [None, None, "tom vask"]
    # a headline of a person's full name keeps it whole
    whole = [("Ruth Marle Vask Endorses Ana Ruiz.", FACT, {"source": ["Ruth Marle Vask"]}),
             ('"I have decided," Vask wrote.', CLAIM, {"source": ["Vask"], "cue": ["wrote"]})]
    assert profile_of(*whole)["credits"][-1] == "ruth marle vask"
    # nor is a longer name the body writes in full, or a relative of the person named, cut short
    longer = [("Michaela Ana Vask: It Is Time.", CLAIM, {"source": ["Michaela Ana Vask"]}),
              ("Michaela Ana Vask said the time had come.", CLAIM, {"source": ["Michaela Ana Vask"], "cue": ["said"]}),
              ('"Vote," Vask said.', CLAIM, {"source": ["Vask"], "cue": ["said"]})]
    assert profile_of(*longer)["credits"][1:] == ["michaela ana vask", "michaela ana vask"]
    daughter = [("Daughter Of Tom Vask Blasts Ruiz.", CLAIM, {"source": ["Daughter Of Tom Vask"]}),
                ("Ana Vask said the campaign had used her father.", CLAIM, {"source": ["Ana Vask"], "cue": ["said"]})]
    assert profile_of(*daughter)["credits"][1] == "ana vask"


@pytest.mark.parametrize("span", ["Ana Ruiz of Ohio and Tom Vask of Utah",
                                  "Sens. Ana Ruiz of Ohio and Tom Vask of Utah",
                                  "Senators Ana Ruiz of Ohio and Tom Vask of Utah", "Senators Ana Ruiz and Tom Vask",
                                  "Representatives Ana Ruiz of Ohio and Tom Vask of Utah",
                                  "Ana Ruiz of Ohio and Tom Vask", "Ana Ruiz of the Harbour Institute and Tom Vask"])
def test_two_people_each_of_a_place_or_body_are_credited_together_as_two_people_are(span):
    # before, the span was cut at its first "of": "Ana Ruiz" alone was credited
    assert display_source(span) == "Ana Ruiz and Tom Vask" == display_source("Ana Ruiz and Tom Vask")
    profile = profile_of((f"{span} said the bill was dead.", CLAIM, {"source": [span], "cue": ["said"]}))
    assert profile["credits"] == ["ana ruiz and tom vask"]


@pytest.mark.parametrize("span, shown", [("Ana Ruiz of Procter and Gamble", "Ana Ruiz"),
                                         ("Ana Ruiz of Ohio and Utah", "Ana Ruiz"),
                                         ("Ana Ruiz of the Department of Health and Human Services", "Ana Ruiz"),
                                         ("Ana Ruiz of the Bill and Melinda Vask Foundation", "Ana Ruiz"),
                                         ("Bank of Kessel and Harbour Trust", "Bank of Kessel and Harbour Trust"),
                                         # nor is a chamber's members a title without a name after it
                                         ("Senators from both parties", "Senators from both parties"),
                                         ("Representatives of the union", "Representatives of the union")])
def test_an_and_in_a_name_after_of_joins_no_second_person_nor_is_a_plural_title_cut(span, shown):
    assert display_source(span) == shown


@pytest.mark.parametrize("span", ["Senators Ana Ruiz, Republican of Kessel, and Tom Vask, Democrat of Harlow",
                                  "Critics of the plan, like Senators Ana Ruiz, Republican of Kessel, and Tom Vask, "
                                  "Democrat of Harlow",
                                  "Sens. Ana Ruiz, R-Kessel, and Tom Vask, D-Harlow",
                                  "Ana Ruiz, a lawyer, and Tom Vask"])
def test_two_people_each_described_after_a_comma_joined_by_and_are_credited_together(span):
    # before, the comma form credited the first person only ("ana ruiz"), and "they" went on with her
    assert display_source(span) == "Ana Ruiz and Tom Vask"
    profile = profile_of((f"{span}, say it should lapse.", CLAIM, {"source": [span], "cue": ["say"]}),
                         ('"It failed," they wrote.', CLAIM, {"source": ["they"], "cue": ["wrote"]}))
    assert profile["credits"] == ["ana ruiz and tom vask", "ana ruiz and tom vask"]


@pytest.mark.parametrize("span", ["Dan Orr, Mira Lisk and Tom Vask", "Dan Orr, Mira Lisk, and Tom Vask",
                                  "Sens. Dan Orr, Mira Lisk and Tom Vask"])
def test_a_comma_list_of_people_is_credited_whole_as_a_pair_is(span):
    # before, "Dan Orr and Mira Lisk" was one source, both shown, but a list of three by commas showed only Dan Orr
    shown = "Dan Orr, Mira Lisk and Tom Vask"
    assert display_source(span) == shown
    profile = profile_of((f"{span} said in a joint statement that the merger would go ahead.", CLAIM,
                          {"source": [span], "cue": ["said"]}),
                         ('"It is fair," they wrote.', CLAIM, {"source": ["they"], "cue": ["wrote"]}))
    assert profile["credits"] == [normalise_source(shown)] * 2
    assert [source["display"] for source in profile["sources"]] == [shown]
    # a surname alone after the list joins its one member, as after a pair
    profile = profile_of(("Dan Orr, Ana Lisk and Tom Vask said the merger would go ahead.", CLAIM,
                          {"source": ["Dan Orr, Ana Lisk and Tom Vask"], "cue": ["said"]}),
                         ("Lisk, the board's chair, said the price was fair.", CLAIM,
                          {"source": ["Lisk, the board's chair"], "cue": ["said"]}))
    assert profile["credits"] == ["dan orr, ana lisk and tom vask", "ana lisk"]


@pytest.mark.parametrize("sentence, expected", [
    ("Dan Orr and Mira Lisk said in a joint statement that the merger would go ahead.", "dan orr and mira lisk"),
    # not a name after "and" that the cue does not follow, nor a body's
    ("Dan Orr and Mira Lisk's lawyers said in a joint statement that the merger would go ahead.", "dan orr"),
    ("Dan Orr and Harbour Bank said in a joint statement that the merger would go ahead.", "dan orr"),
])
def test_a_person_s_span_cut_before_and_another_person_speaking_with_them_takes_them_in(sentence, expected):
    # before, the model's "Dan Orr" alone of a joint statement showed the first of the two only
    cue = "said"
    profile = profile_of((sentence, CLAIM, {"source": ["Dan Orr"], "cue": [cue]}))
    assert profile["credits"] == [expected]


@pytest.mark.parametrize("span, shown", [("The party's chief, Ana Ruiz, and Tom Vask", "Ana Ruiz"),
                                         ("Ana Ruiz, the mayor, and her aides", "Ana Ruiz"),
                                         ("Ana Ruiz, a lawyer, and Harbour Bank", "Ana Ruiz")])
def test_a_comma_list_of_names_or_a_description_and_no_person_after_it_is_no_pair(span, shown):
    assert display_source(span) == shown


@pytest.mark.parametrize("firm", ["Shares of Morgan Stanley fell 3 percent on Monday.",
                                  "Analysts at Morgan Stanley cut their forecast on Monday.",
                                  "Morgan Stanley's shares fell 3 percent on Monday."])
def test_a_name_the_text_shows_is_a_firm_s_is_no_person_a_later_he_may_mean(firm):
    # before, "Morgan Stanley", opening with a given name, was a person: "He" was the firm's
    said = ("Morgan Stanley said the bank would cut jobs.", CLAIM, {"source": ["Morgan Stanley"], "cue": ["said"]})
    added = ("He added that profits fell.", CLAIM, {"source": ["He"], "cue": ["added"]})
    assert profile_of((firm, FACT, {}), said, added)["credits"] == [None, "morgan stanley", None]
    # with nothing to show it a firm, the name is read as a person's still
    assert profile_of(said, added)["credits"] == ["morgan stanley", "morgan stanley"]
    # so is one reporting its own results
    wimpey = ("Taylor Wimpey said its first-half profits fell.", CLAIM, {"source": ["Taylor Wimpey"], "cue": ["said"]})
    assert profile_of(wimpey, added)["credits"] == ["taylor wimpey", None]
    # a person who "shares" a view is a person still
    vask = ("Tom Vask said the bank would cut jobs.", CLAIM, {"source": ["Tom Vask"], "cue": ["said"]})
    he = ("He added that profits fell.", CLAIM, {"source": ["He"], "cue": ["added"]})
    assert profile_of(("Tom Vask shares his view on rates.", FACT, {}), vask, he)["credits"] == [
        None, "tom vask", "tom vask"]


@pytest.mark.parametrize("span, shown", [
    # a span run on past its subject into the legal action it brings: the one it is brought against never speaks
    ("Eleven families filed a lawsuit on Wednesday against Tarrow Chemicals", "Eleven families"),
    ("The Ostby Tenants Union filed suit against Kellmore Pharma", "Ostby Tenants Union"),
    ("Two former drivers have brought a class-action case against the Velmark Group", "Two former drivers"),
    ("Residents lodged a complaint against Harlow Chemicals", "Residents"),
    # a span opening with the action names no one
    ("filed a lawsuit against Tarrow Chemicals", ""),
])
def test_the_one_a_legal_action_is_brought_against_in_a_source_span_is_no_source(span, shown):
    assert display_source(span) == shown


def test_families_who_filed_a_lawsuit_against_a_firm_are_credited_and_its_denial_answers_them():
    # before, the span's tail "Tarrow Chemicals" was credited with the families' allegation, so the firm's denial
    # of it read as the firm standing by its own account: a rebuttal, and the firm denied nothing
    profile = profile_of(
        ("Eleven families filed a lawsuit on Wednesday against Tarrow Chemicals, accusing the company of hiding a "
         "leak.", CLAIM, {"source": ["Eleven families filed a lawsuit on Wednesday against Tarrow Chemicals"],
                          "cue": ["accusing"]}),
        ("Tarrow Chemicals rejected the allegations.", DENIAL, {"source": ["Tarrow Chemicals"], "cue": ["rejected"]}))
    assert profile["credits"] == ["eleven families", "tarrow chemicals"]
    assert profile["denials"] == [{"denial": 1, "source": "tarrow chemicals", "allegation": 0}]
    assert profile["rebuttals"] == []


@pytest.mark.parametrize("span, shown", [
    ("Of Orr, Vask, who has given money to the mayor", "Vask"),
    ("Of Orr, Vask", "Vask"),
    ("On Ana Ruiz, Tom Vask", "Tom Vask"),
    ("About the plan, council member Tom Vask", "Tom Vask"),
])
def test_whom_the_speaker_talks_of_opening_a_span_is_no_source(span, shown):
    # before, "Of Orr, Vask, ..." was the source "of orr": the one spoken of, with its preposition
    assert display_source(span) == shown


def test_a_name_after_of_inside_a_part_is_kept():
    # not an opening topic: the preposition is inside the name's part, or there is no other part to speak
    assert display_source("Friends of Orr") == "Friends of Orr"
    assert normalise_source("Of Orr") == "of orr"


def test_the_speaker_after_whom_they_talk_of_joins_their_full_name():
    said = ('"She is funny," Tom Vask said of Ana Ruiz.', "attributed_claim", {"source": ["Tom Vask"], "cue": ["said"]})
    of_orr = ('Of Orr, Vask, who has given money to the mayor, said, "He is flat-out scary."', "attributed_claim",
              {"source": ["Of Orr, Vask, who has given money to the mayor"], "cue": ["said"]})
    assert profile_of(said, of_orr)["credits"] == ["tom vask", "tom vask"]


@pytest.mark.parametrize("span, key", [
    ("the the council report", "council report"),
    ("a a council report", "council report"),
    ("The the Kessel Herald", "kessel herald"),
])
def test_a_doubled_article_is_read_as_one(span, key):
    # before, the typo kept one article in the key: "the council report" beside "council report"
    assert normalise_source(span) == key


def test_a_doubled_article_joins_the_source_without_it():
    report = ("The council spent more than it had, according to the the council report.", "attributed_claim",
              {"source": ["the the council report"], "cue": ["according to"]})
    again = ("The council report also found two unpaid bills.", "attributed_claim",
             {"source": ["The council report"], "cue": ["found"]})
    assert profile_of(report, again)["credits"] == ["council report", "council report"]


@pytest.mark.parametrize("span, key", [
    ("the A Team", "a team"),  # two different articles: only the first is dropped
    ("an analyst", "analyst"),
])
def test_an_article_before_another_word_is_dropped_once(span, key):
    assert normalise_source(span) == key


@pytest.mark.parametrize("span, shown", [
    ("Democrats Ana Ruiz, Tom Vask and Dan Orr", "Ana Ruiz, Tom Vask and Dan Orr"),
    ("Republicans Ana Ruiz and Tom Vask", "Ana Ruiz and Tom Vask"),
    ("Tories Tom Vask, Dan Orr and Ana Ruiz", "Tom Vask, Dan Orr and Ana Ruiz"),
])
def test_a_plural_party_word_before_a_list_of_names_is_no_word_of_the_first(span, shown):
    # before, the party's plural stayed with the first name: "Democrats Ana Ruiz"
    assert display_source(span) == shown


@pytest.mark.parametrize("span, shown", [
    ("Democrat Ana Ruiz", "Ana Ruiz"),
    ("Tory Tom Vask", "Tom Vask"),
    # a list's later members lose theirs too
    ("Democrat Ana Ruiz and Republican Tom Vask", "Ana Ruiz and Tom Vask"),
    # after a group's comma, the list set after it
    ("The two nominees, Democrat Ana Ruiz and Republican Tom Vask", "Ana Ruiz and Tom Vask"),
    # the state or place before the party word goes with it
    ("Vermont Democrat Ana Ruiz", "Ana Ruiz"),
    ("New Hampshire Republican Tom Vask", "Tom Vask"),
])
def test_a_singular_party_word_before_a_name_is_no_word_of_it(span, shown):
    # before, the party word stayed in the key: "democrat ana ruiz", "democrat ana ruiz and republican tom vask"
    assert display_source(span) == shown


def test_a_person_named_after_a_state_s_party_member_is_whom_that_description_means_later():
    profile = profile_of(
        ("Vermont Democrat Ana Ruiz said the bill was dead.", CLAIM,
         {"source": ["Vermont Democrat Ana Ruiz"], "cue": ["said"]}),
        ("Ana Ruiz has opposed it since May.", FACT, {}),
        ("The Vermont Democrat added that the vote would fail.", CLAIM,
         {"source": ["The Vermont Democrat"], "cue": ["added"]}))
    assert profile["credits"] == ["ana ruiz", None, "ana ruiz"]
    assert [s["display"] for s in profile["sources"]] == ["Ana Ruiz"]


def test_a_name_after_a_singular_party_word_is_the_source_the_name_alone_joins():
    debate = ("At the debate, Democrat Ana Ruiz mentioned remarks Vask had made.", CLAIM,
              {"source": ["Democrat Ana Ruiz"], "cue": ["mentioned"]})
    again = ("Ana Ruiz said the remarks were cruel.", CLAIM, {"source": ["Ana Ruiz"], "cue": ["said"]})
    assert profile_of(debate, again)["credits"] == ["ana ruiz", "ana ruiz"]


@pytest.mark.parametrize("span", ["Democrats Abroad Kessel", "Democrats", "Republicans in the Senate", "Democrat Ruiz",
                                  "Democrat"])
def test_a_party_word_before_no_given_name_stays(span):
    assert display_source(span) == span


def test_a_party_s_post_before_a_name_goes_as_a_post_not_as_a_party_word():
    # "Whip" is no given name, so the party-word rule leaves "Republican" alone; the whole post is dropped as a title
    assert display_source("Republican Whip Tom Vask") == "Tom Vask"


def test_a_surname_after_a_party_s_list_joins_the_first_name_without_the_party():
    forum = ("At a forum, Democrats Ana Ruiz, Tom Vask and Dan Orr offered voters different plans.", FACT,
             {"source": ["Democrats Ana Ruiz, Tom Vask and Dan Orr"], "cue": ["offered"]})
    quoted = ('"I have been on the front lines," said Ruiz, the former mayor.', CLAIM,
              {"source": ["Ruiz, the former mayor"], "cue": ["said"]})
    assert profile_of(forum, quoted)["credits"] == [None, "ana ruiz"]


@pytest.mark.parametrize("span, shown", [
    # a participle of making ending the span, which the model cut before when the thing came out
    ("the order released", "order"),
    ("Depositions released", "Depositions"),
    ("a new Harlow Times/Kessel Radio poll released", "Harlow Times/Kessel Radio poll"),
    ("the Harlow Times/Kessel Radio survey conducted", "Harlow Times/Kessel Radio survey"),
    # as before: a document's noun without a slash before it, and a maker after "by", who still speaks
    ("a new Harlow Times poll released", "Harlow Times poll"),
    ("figures released by the statistics office", "statistics office"),
])
def test_a_participle_of_making_ending_a_span_is_no_word_of_the_source(span, shown):
    # before, "order released", "depositions released", "new harlow times/kessel radio poll released" were keys
    assert display_source(span) == shown


def test_a_participle_of_making_ending_a_span_leaves_the_document_as_the_source():
    profile = profile_of(
        ('"The claim is speculative," the ruling released Friday said.', DENIAL,
         {"source": ["the ruling released"], "cue": ["said"]}),
        ("Transcripts released in May quote Tom Vask admitting he seldom saw the tenants.", CLAIM,
         {"source": ["Transcripts released"], "cue": ["quote"]}))
    assert profile["credits"] == ["ruling", "transcripts"]


@pytest.mark.parametrize("span, shown", [
    ("Vask's own", "Vask"),
    ("Ana Ruiz’s own", "Ana Ruiz"),
    ("the Harlow Times' own", "Harlow Times"),
])
def test_own_after_a_possessive_is_no_word_of_the_owner(span, shown):
    # before, "Vask's own" stayed whole, a key of its own
    assert display_source(span) == shown
    assert display_source(span, possessive_is_name=True) == shown


def test_an_owner_s_own_joins_the_person_named_before_though_a_cue_follows():
    # before, "By Vask's own argument" was credited to "vask's own", then "vask's" with "own" dropped alone
    profile = profile_of(
        ("Tom Vask said the vote should stand.", CLAIM, {"source": ["Tom Vask"], "cue": ["said"]}),
        ("By Vask's own argument, delegates may not reverse the outcome.", CLAIM,
         {"source": ["Vask's own"], "cue": ["argument"]}))
    assert profile["credits"] == ["tom vask", "tom vask"]


@pytest.mark.parametrize("headline", ["GOP Rep McKell Backs Levy.", "GOP Rep. McKell Backs Levy.",
                                      "Democratic Sen. McKell Backs Levy."])
def test_a_party_word_before_a_short_title_in_a_headline_is_no_part_of_the_name(headline):
    # before, "GOP Rep McKell" kept "gop rep", and the headline's "McKell" kept the body's from the full name
    rows = [(headline, CLAIM, {"source": [headline.partition(" Backs")[0]]}),
            ('"The levy is fair," Rep. Michael McKell (R-TX) said.', CLAIM,
             {"source": ["Rep. Michael McKell (R-TX)"], "cue": ["said"]}),
            ('"It is as simple as that," McKell said.', CLAIM, {"source": ["McKell"], "cue": ["said"]})]
    assert profile_with_gap(*rows, gap="\n\n")["credits"] == ["michael mckell"] * 3
    assert normalise_source("Republican Rep. Ana McKell") == "ana mckell"
    # a party's own name before a title-like word is left alone
    assert normalise_source("GOP Reps") == "gop reps"


@pytest.mark.parametrize("span, shown", [
    ("He’s", "He"),  # "He’s comparing the two plans": "’s" is "is"
    ("She's", "She"),
    ("that’s", "that"),  # "the one that’s most telling": no name at all
    ("Moody's", "Moody's"),  # a name's own "'s" before its cue stays
])
def test_a_pronoun_s_contraction_is_no_possessive_name(span, shown):
    assert display_source(span, possessive_is_name=True) == shown


@pytest.mark.parametrize("span, shown", [
    ("of likely Kessel primary voters", ""),  # cut from "40% of likely Kessel primary voters": no one named
    ("of national Marl party members", ""),
    ("Of Orr, Vask", "Vask"),  # a capital "Of" opening a topic, as before
])
def test_a_span_opening_with_of_is_a_share_s_tail_and_no_source(span, shown):
    assert display_source(span) == shown


@pytest.mark.parametrize("span, shown", [
    ("The Kessel/Orr opinion poll", "Kessel/Orr poll"), ("a Marsh College opinion poll", "Marsh College poll"),
    ("The Orr opinion polls", "Orr polls"),
    # no maker before it, or a name's capitalised "Opinion": as written
    ("public opinion polls", "public opinion polls"), ("an opinion poll", "opinion poll"),
    ("the Kessel Opinion Poll", "Kessel Opinion Poll")])
def test_opinion_between_a_poll_s_maker_and_its_noun_is_no_word_of_its_name(span, shown):
    # before, "the Kessel/Orr opinion poll" and a later "the Kessel/Orr poll" were two sources
    assert display_source(span) == shown


@pytest.mark.parametrize("quoted, pronoun", [
    ("« Ces allégations sont fausses », a-t-il déclaré.", "a-t-il"),
    ("« Nous porterons plainte », a-t-elle ajouté.", "a-t-elle"),
    ("« C'est faux », affirme-t-il.", "affirme-t-il"),
    ("« C'est faux », ont-ils répété.", "ont-ils"),
    ("Il a qualifié ces allégations de mensonges.", "Il"),
    ("Selon lui, ces allégations sont fausses.", "lui"),
])
def test_a_french_pronoun_is_no_source_name(quoted, pronoun):
    """French copy's inverted "a-t-il déclaré" or "selon lui" is a pronoun, as "he said" is: no source named so;
    the account it goes on with is the minister's named before it."""
    profile = profile_of(("Le ministre Paul Verrin a rejeté les accusations lundi.", DENIAL,
                          {"source": ["Le ministre Paul Verrin"], "cue": ["a rejeté"]}),
                         (quoted, DENIAL, {"source": [pronoun]}))
    assert [s["source"] for s in profile["sources"]] == ["paul verrin"]
    assert profile["credits"] == ["paul verrin", "paul verrin"]


@pytest.mark.parametrize("title, role", [("Gov.", "governor"), ("Sen.", "senator"), ("Cllr", "councillor"),
                                         ("Mayor", "mayor")])
def test_a_given_name_span_short_of_its_surname_is_the_whole_name(title, role):
    # the model marked "Tom" of "Gov. Tom Vask": the person is Tom Vask, whom "the governor" after a sentence means
    profile = profile_of((f"{title} Tom Vask vetoed the bill on Friday, saying it cost too much.", CLAIM,
                          {"source": ["Tom"], "cue": ["saying"]}),
                         ("It passed the house in May.", FACT, {}),
                         (f"The {role} said the measure was reckless.", CLAIM, {"source": [f"The {role}"]}))
    assert profile["credits"] == ["tom vask", None, "tom vask"]
    assert [s["source"] for s in profile["sources"]] == ["tom vask"]



def test_a_span_cut_after_a_role_and_an_unknown_given_name_is_the_whole_name():
    # before, "Halvex spokesperson Mirela" of "... Mirela Dunn on Tuesday rejected" was a source "mirela" apart from
    # the "Mirela Dunn" the next sentence names, and the report listed her twice
    profile = profile_of(("Halvex spokesperson Mirela Dunn on Tuesday rejected the claims.", DENIAL,
                          {"source": ["Halvex spokesperson Mirela"], "cue": ["rejected"]}),
                         ('"There was no spill," Halvex spokesperson Mirela Dunn said.', DENIAL,
                          {"source": ["Halvex spokesperson Mirela Dunn"], "cue": ["said"]}))
    assert profile["credits"] == ["mirela dunn", "mirela dunn"]
    assert [s["source"] for s in profile["sources"]] == ["mirela dunn"]


@pytest.mark.parametrize("span, after, reach", [
    ("Tom", " Vask vetoed the bill.", len(" Vask")),
    ("Gov. Tom", " Vask said.", len(" Vask")),
    ("Jordan", " Times reported it.", 0),  # a body's word: no surname
    ("Tom", " Friday said.", 0),  # a day
    ("Defence Minister Karin", " May said the drones were hostile.", len(" May")),  # a month before "said": a surname
    ("Defence Minister Karin", " May told the committee.", len(" May")),
    ("Karin", " May would be too late.", 0),  # a month with no verb of speech after it
    ("Tom", " Vask's office said.", 0),  # a possessive: the office speaks, not a name cut short
    ("Orsk", " Vask said.", 0),  # no given name
    ("Halvex spokesperson Zelvina", " Dunn denied it.", len(" Dunn")),  # after a role: a given name, known or not
    ("Minister Orsk", " Vask said.", len(" Vask")),
    ("spokesperson Orsk", " Friday said.", 0),  # still no day
    ("Orsk Zelvina", " Dunn said.", 0),  # no role before it, a given name not known
])
def test_a_given_name_span_grows_only_over_a_surname_after_it(span, after, reach):
    assert surname_after_given_name(span, after) == reach


HEBREW_NAME = "\u05d3\u05e0\u05d4 \u05dc\u05d5\u05d9"
ARABIC_NAME = "\u0644\u064a\u0644\u0649 \u062d\u062f\u0627\u062f"


def test_a_span_cut_inside_a_name_in_a_script_without_capitals_is_the_whole_name():
    # before, "The mayor, דנה" of "The mayor, דנה לוי, denied ..." was a source "דנה" apart from the "דנה לוי" a
    # later sentence names in full: the rules for a name cut short read capitals, which Hebrew and Arabic lack
    profile = profile_of((f"The mayor, {HEBREW_NAME}, denied the report.", DENIAL,
                          {"source": [f"The mayor, {HEBREW_NAME.split()[0]}"], "cue": ["denied"]}),
                         (f"{HEBREW_NAME} said the bridge was safe.", DENIAL,
                          {"source": [HEBREW_NAME], "cue": ["said"]}))
    assert profile["credits"] == [HEBREW_NAME, HEBREW_NAME]
    assert [s["display"] for s in profile["sources"]] == [HEBREW_NAME]
    assert profile["credit_mentions"][0] == [0, len(f"The mayor, {HEBREW_NAME}")]


@pytest.mark.parametrize("span, after, reach", [
    (HEBREW_NAME.split()[0], " " + HEBREW_NAME.split()[1] + ", denied it.", 1 + len(HEBREW_NAME.split()[1])),
    ("spokesperson " + ARABIC_NAME.split()[0], " " + ARABIC_NAME.split()[1] + " said.",
     1 + len(ARABIC_NAME.split()[1])),
    (HEBREW_NAME, " said it.", 0),  # the name ends there
    ("The mayor,", " " + HEBREW_NAME + " said.", 0),  # the span ends in no such word
    ("Dana", " " + HEBREW_NAME + " said.", 0),
    (HEBREW_NAME.split()[0], "\n" + HEBREW_NAME.split()[1], 0),  # never over a line end
    (ARABIC_NAME.split()[0], " " + ARABIC_NAME.split()[1] + "\u060c said it.", 1 + len(ARABIC_NAME.split()[1])),
    (ARABIC_NAME.split()[0], " " + ARABIC_NAME.split()[1] + "\u061b it.", 1 + len(ARABIC_NAME.split()[1])),
])
def test_a_span_in_a_script_without_capitals_grows_only_over_its_own_script(span, after, reach):
    assert rest_of_uncased_name(span, after) == reach


@pytest.mark.parametrize("document", ["a statement from Velna", "an emailed statement from Velna",
                                      "a letter from Velna"])
def test_a_statement_or_letter_from_a_name_is_that_name_s_whatever_its_last_word(document):
    # before, "a statement from Velna" was a source of its own, apart from "Velna" (a name ending in a body's noun,
    # "Velna Foods", already was the maker's)
    profile = profile_of((f"According to {document}, 400 workers will lose their jobs.", CLAIM,
                          {"source": [document], "cue": ["According to"]}),
                         ("Velna rejected the union's figures.", DENIAL, {"source": ["Velna"], "cue": ["rejected"]}))
    assert profile["credits"] == ["velna", "velna"]
    # a poll or a report from a place is still no place's
    profile = profile_of(("A report from Velna showed the mill was closing.", CLAIM,
                          {"source": ["A report from Velna"], "cue": ["showed"]}))
    assert profile["credits"] == ["report from velna"]
    # a day or a month after "from" says when it was sent, not who sent it
    profile = profile_of(("A letter from March warned the mill would close.", CLAIM,
                          {"source": ["A letter from March"], "cue": ["warned"]}))
    assert profile["credits"] == ["letter from march"]


def test_french_copy_s_a_t_on_appris_is_the_outlet_s_own_work_not_the_account_before_it():
    rows = [("Le ministre Paul Verrin a rejeté les accusations lundi.", DENIAL,
             {"source": ["Le ministre Paul Verrin"], "cue": ["a rejeté"]}),
            ("« Ces allégations sont fausses », a-t-il déclaré.", DENIAL, {"source": ["a-t-il"]}),
            ("L'enquête sera close en juin, a-t-on appris de source judiciaire.", CLAIM, {"source": ["a-t-on"]})]
    assert profile_of(*rows)["credits"] == ["paul verrin", "paul verrin", None]


@pytest.mark.parametrize("owned, credit", [
    ("The bank's own forecasts show", "velmar reserve bank"),
    ("The bank's latest forecast shows", "velmar reserve bank"),
    ("The bank's projections show", "velmar reserve bank"),
])
def test_an_owner_s_forecasts_or_projections_are_the_owner_s(owned, credit):
    # forecasts and projections, numbers a body puts out, were a source of their own ("bank's own forecasts")
    profile = profile_of(("The Velmar Reserve Bank said inflation was too high.", CLAIM,
                          {"source": ["The Velmar Reserve Bank"], "cue": ["said"]}),
                         (f"{owned} inflation falling below 3 percent.", CLAIM,
                          {"source": [owned.rsplit(" ", 1)[0]], "cue": [owned.rsplit(" ", 1)[1]]}))
    assert profile["credits"] == [credit, credit]
    assert [entry["source"] for entry in profile["sources"]] == [credit]


def test_a_span_of_one_lower_case_word_before_a_body_s_noun_and_its_cue_is_the_body():
    # the model cut "transport" of "The regional transport authority announced": the source was "transport", and
    # "The authority denied" stood apart from it
    profile = profile_with_gap(
        ("The regional transport authority announced it would end the ferry service.", CLAIM,
         {"source": ["transport"], "cue": ["announced"]}),
        ("Residents said they had not been told.", CLAIM, {"source": ["Residents"], "cue": ["said"]}),
        ("The authority denied that it had kept residents in the dark.", DENIAL,
         {"source": ["The authority"], "cue": ["denied"]}))
    assert profile["credits"] == ["transport authority", "residents", "transport authority"]
    assert profile["denials"] == [{"denial": 2, "source": "transport authority", "allegation": 1}]


@pytest.mark.parametrize("agent, key", [("agent", "orr's agent"), ("lawyers", "orr's lawyers"),
                                        ("spokesperson", "orr spokesperson"), ("publicist", "orr's publicist")])
def test_a_name_in_the_possessive_marked_short_of_who_speaks_for_it_is_that_speaker(agent, key):
    # before, "Orr's" alone was marked, so the client was credited with his agent's words
    text = f"Orr's {agent} went further, saying the paper had invented quotes."
    profile = profile_of(("The Daily Ledger reported that Jay Orr had asked to leave.", CLAIM,
                          {"source": ["The Daily Ledger"], "cue": ["reported"]}),
                         (text, DENIAL, {"source": ["Orr's"], "cue": ["saying"]}))
    assert profile["credits"] == ["daily ledger", key]



@pytest.mark.parametrize("text, marked", [
    ("According to her record label, Northlight Music, the album is due in the autumn.", "record label"),
    ("According to her record label, Northlight Music, the album is due in the autumn.", "her record label"),
    ("Their agency, Brightline Talent, said the tour would go ahead.", "Their agency"),
])
def test_a_body_owned_by_a_pronoun_marked_short_of_its_name_set_after_it_is_that_name(text, marked):
    # before, "record label" (or "agency") was the source, the name between commas after it left out
    cue = "According to" if text.startswith("According") else "said"
    profile = profile_of((text, CLAIM, {"source": [marked], "cue": [cue]}))
    assert profile["credits"] == [normalise_source(text.split(", ")[1])]


@pytest.mark.parametrize("firm", ["Brightwater Media", "Brightwater Publishing"])
def test_the_publisher_and_its_spokesman_are_the_media_firm_credited_just_before(firm):
    cut = (f"{firm} said it would cut 200 jobs.", CLAIM, {"source": [firm], "cue": ["said"]})
    spokesman = ('"We regret the losses," a spokesman for the publisher said.', CLAIM,
                 {"source": ["a spokesman for the publisher"], "cue": ["said"]})
    publisher = ("The publisher said the cuts were needed.", CLAIM, {"source": ["The publisher"], "cue": ["said"]})
    key = firm.lower()
    assert profile_of(cut, spokesman)["credits"] == [key, f"{key} spokesperson"]
    assert profile_of(cut, publisher)["credits"] == [key, key]
    # a firm whose name says another trade is no publisher
    motors = ("Brightwater Motors said it would cut 200 jobs.", CLAIM,
              {"source": ["Brightwater Motors"], "cue": ["said"]})
    assert profile_of(motors, publisher)["credits"][1] == "publisher"


@pytest.mark.parametrize("body, noun", [("Harbour Broadcasting Network", "broadcaster"), ("Dunmore Rovers", "club"),
                                        ("The Kessel Philharmonic", "orchestra")])
def test_a_spokesman_for_a_body_s_kind_is_the_body_of_that_kind_credited_just_before(body, noun):
    # before, "a spokesman for the club" was a source of its own, "club spokesperson", apart from the club
    said = (f"{body} said the season would end early.", CLAIM, {"source": [body], "cue": ["said"]})
    spokesman = (f"A spokesman for the {noun} said talks had failed.", CLAIM,
                 {"source": [f"A spokesman for the {noun}"], "cue": ["said"]})
    key = normalise_source(body)
    assert profile_of(said, spokesman)["credits"] == [key, f"{key} spokesperson"]
    # a body whose name says nothing of the kind is not meant
    other = ("Kessel Motors said the season would end early.", CLAIM, {"source": ["Kessel Motors"], "cue": ["said"]})
    assert profile_of(other, spokesman)["credits"] == ["kessel motors", f"{noun} spokesperson"]


@pytest.mark.parametrize("noun", ["broadcaster", "network"])
def test_a_media_firm_credited_just_before_is_the_broadcaster_and_its_spokesman(noun):
    # before, "Media" said nothing of a broadcaster: "the broadcaster" was a source of its own
    said = ("Brightwater Media said the show would end.", CLAIM, {"source": ["Brightwater Media"], "cue": ["said"]})
    spokesman = (f"A spokesman for the {noun} said talks had failed.", CLAIM,
                 {"source": [f"A spokesman for the {noun}"], "cue": ["said"]})
    alone = (f"Talks had failed, the {noun} said.", CLAIM, {"source": [f"the {noun}"], "cue": ["said"]})
    assert profile_of(said, spokesman)["credits"] == ["brightwater media", "brightwater media spokesperson"]
    assert profile_of(said, alone)["credits"] == ["brightwater media", "brightwater media"]


@pytest.mark.parametrize("kind", ["network", "broadcaster"])
def test_a_name_set_apart_by_commas_after_a_kind_s_noun_is_one_of_that_kind(kind):
    # "the network, KTV," names the network: a later "the network" is KTV (before, a source of its own)
    called = ("KTV called the fine baseless in a post on its site.", CLAIM,
              {"source": ["KTV"], "cue": ["called"]})
    said = (f"The {kind} said the fine was meant to silence it.", CLAIM, {"source": [f"The {kind}"], "cue": ["said"]})
    row = (f"The regulator has fined the {kind}, KTV, twice this year.", FACT, {})
    assert profile_with_gap(row, called, said)["credits"] == [None, "ktv", "ktv"]
    # a capitalised word after the comma that goes on with no comma of its own is no name set apart
    other = (f"The regulator has fined the {kind}, Kessel police said.", CLAIM,
             {"source": ["Kessel police"], "cue": ["said"]})
    assert profile_with_gap(other, called, said)["credits"][-1] == kind


@pytest.mark.parametrize("broadcaster, key", [("Radio Veldana", "radio veldana"),
                                              ("Television Orsland", "television orsland")])
def test_a_state_named_alone_after_a_broadcaster_named_radio_and_the_state_is_not_the_broadcaster(broadcaster, key):
    # before, "Radio Veldana" read as a person's name, "Radio" its given name: "Veldana" alone joined it as a surname
    state = broadcaster.split()[-1]
    profile = profile_of(
        (f"{broadcaster} reported the meeting.", CLAIM, {"source": [broadcaster], "cue": ["reported"]}),
        (f"{state} denied that any payment was made.", DENIAL, {"source": [state], "cue": ["denied"]}))
    assert profile["credits"] == [key, state.lower()]
    assert profile["denials"] == [{"denial": 1, "source": state.lower(), "allegation": 0}]


def test_one_opening_a_sentence_after_a_count_of_documents_is_one_of_them_no_source():
    # before, "One" was a source of its own, "one"
    letters = ("Two letters seen by the Courier describe the deal.", CLAIM,
               {"source": ["Two letters seen by the Courier"], "cue": ["describe"]})
    one = ("One, dated June 2008 and signed by Anna Vell, promises the land to the club.", CLAIM,
           {"source": ["One"], "cue": ["promises"]})
    profile = profile_of(letters, one)
    # it goes on with the account of the sentence counting them, whoever that is credited to
    assert profile["credits"][1] == profile["credits"][0] is not None
    assert "one" not in {s["display"].lower() for s in profile["sources"]}
    # one of a group of people named before is still that group
    guards = ("Two former guards said the cells were cold.", CLAIM, {"source": ["Two former guards"], "cue": ["said"]})
    one = ("One said the heating was off.", CLAIM, {"source": ["One"], "cue": ["said"]})
    assert profile_of(guards, one)["credits"] == ["two former guards"] * 2


def test_one_after_a_count_of_people_who_hold_documents_or_of_minutes_is_still_a_source():
    # "figures" and "minutes" count people and time, and a count of people before the documents is of the people
    one = ("One said the leader had lost their trust.", CLAIM, {"source": ["One"], "cue": ["said"]})
    for before in ("Two senior figures in the party have resigned this week.",
                   "Two minutes later a second blast hit the market.",
                   "Two families wrote letters to the council.",
                   "Both men kept records of the payments."):
        assert profile_of((before, FACT, {}), one)["credits"][1] == "one", before
    # a count of documents still makes "One" one of them
    memos = ("Three internal memos seen by the Courier show the plan.", CLAIM,
             {"source": ["Three internal memos seen by the Courier"], "cue": ["show"]})
    one_memo = ("One, signed by Anna Vell, sets the price.", CLAIM, {"source": ["One"], "cue": ["sets"]})
    assert profile_of(memos, one_memo)["credits"][1] != "one"


@pytest.mark.parametrize("before", ["Three officers read the two letters.", "Both inspectors signed three reports.",
                                    "Two senior officials wrote several memos to the board."])
def test_one_after_a_count_of_people_before_a_count_of_documents_is_one_of_the_people(before):
    # before, any count of documents anywhere in the sentence made "One" a document, no source
    one = ("One said the letters had been backdated.", CLAIM, {"source": ["One"], "cue": ["said"]})
    assert profile_of((before, FACT, {}), one)["credits"][1] == "one"
    # documents counted with no people counted before them are still what "One" is
    found = ("Police found two letters in the flat.", FACT, {})
    letter = ("One, dated June 2008, promises the land to the club.", CLAIM, {"source": ["One"], "cue": ["promises"]})
    assert profile_of(found, letter)["credits"][1] != "one"


#: Punctuation a model's source span may be cut to: marks alone, at a dash or comma, with at most a stray word.
_JUNK_MARKS = ['"', "'", "—", "–", "-", ",", ";", ":", ".", "(", ")", "“", "”", "’", "…", "/", "&", " "]


@pytest.mark.parametrize("possessive_is_name", [False, True])
@pytest.mark.parametrize("people_listed", [False, True])
def test_a_span_of_punctuation_alone_shows_no_source_and_never_crashes(possessive_is_name, people_listed):
    # before, '" —' had its dash read as a comma, every part stripped to nothing and listed_people raised ValueError
    assert display_source('" —', possessive_is_name, people_listed) == ""
    assert display_source(", ,", possessive_is_name, people_listed) == ""
    # property: any string of three such marks names no one; marks around a joining word never raise
    for span in ("".join(marks) for marks in itertools.product(_JUNK_MARKS, repeat=3)):
        assert display_source(span, possessive_is_name, people_listed) == "", span
    for span in (f"{left}{word}{right}" for left in _JUNK_MARKS for right in _JUNK_MARKS for word in ("and", "of")):
        assert isinstance(display_source(span, possessive_is_name, people_listed), str), span
    # a name with a stray dash after it is still the name
    assert display_source("Ana Ruiz —", possessive_is_name, people_listed) == "Ana Ruiz"


@pytest.mark.parametrize("span", [" and ", "and", " or ", "of", " the ", "and the", ", and", "as well as", "with"])
def test_a_span_of_joining_words_alone_shows_no_source(span):
    # before, " and " showed as a source "and", a word naming no one, as "the" and "of" did
    for possessive_is_name, people_listed in itertools.product([False, True], repeat=2):
        assert display_source(span, possessive_is_name, people_listed) == "", span
    # a name with such words in it is still a name, and so is a pronoun, which the credits read for whom it means
    assert display_source("Friends of the Earth") == "Friends of the Earth"
    assert display_source("she") == "she"


@pytest.mark.parametrize("span, shown", [("Ana Ruiz and", "Ana Ruiz"), ("Ana Ruiz and the", "Ana Ruiz"),
                                         ("police or", "police"), ("Tom Vask as well as", "Tom Vask"),
                                         ("The The", "The The")])
def test_joining_words_ending_a_span_are_no_part_of_the_name_and_a_name_of_them_is_one(span, shown):
    # before, "Ana Ruiz and", a span cut before a second name, kept its "and", and "The The", a band, showed as no
    # source at all, as a span of joining words alone does
    assert display_source(span) == shown
    # joining words inside a name stay, and "And The" opening a sentence is no name
    assert display_source("Simon and Garfunkel") == "Simon and Garfunkel"
    assert display_source("And The") == ""


def test_a_sentence_whose_source_span_is_a_joining_word_alone_is_credited_to_no_one():
    said = ("Protesters and police clashed, and the council said the road would reopen.", CLAIM,
            {"source": ["and"], "cue": ["said"]})
    profile = profile_of(said)
    assert profile["credits"] == [None] and profile["sources"] == []


def test_the_group_after_a_body_credited_by_its_initials_alone_is_that_body():
    # before, "The HAA" was read as the Harbour Anglers Association named before, but its letters then counted as
    # another body's name in the sentence of its credit, so "the group" after it stayed a bare "group"
    silent = ("A spokesman for the Harbour Anglers Association did not respond.", FACT, {})
    said = ("The HAA said the ban was wrong.", CLAIM, {"source": ["The HAA"], "cue": ["said"]})
    group = ("The group continued its campaign this week.", CLAIM, {"source": ["The group"], "cue": ["continued"]})
    assert profile_of(silent, said, group)["credits"] == [None] + ["harbour anglers association"] * 2
    # another body named beside it still leaves "the group" bare
    beside = ("The HAA and the Orrin Sailing Club said the ban was wrong.", CLAIM,
              {"source": ["The HAA and the Orrin Sailing Club"], "cue": ["said"]})
    assert profile_of(silent, beside, group)["credits"][2] != "harbour anglers association"


@pytest.mark.parametrize("spokesman", ["A UEC spokesman", "A spokesman for the UEC"])
def test_a_spokesperson_by_an_acronym_spelled_out_before_speaks_for_the_body_so_named(spokesman):
    # before, "uec spokesperson" was a source of its own, though "The UEC" alone joined the council
    council = ("The United Engineering Council (UEC) said the rules were clear.", CLAIM,
               {"source": ["The United Engineering Council (UEC)"], "cue": ["said"]})
    said = (f"{spokesman} said members had been told.", CLAIM, {"source": [spokesman], "cue": ["said"]})
    assert profile_of(council, said)["credits"] == [
        "united engineering council", "united engineering council spokesperson"]
    # an acronym never spelled out is its own body's
    other = ("The Engineering Council said the rules were clear.", CLAIM,
             {"source": ["The Engineering Council"], "cue": ["said"]})
    assert profile_of(other, said)["credits"] == ["engineering council", "uec spokesperson"]
