"""Credits in election copy: a pollster's poll, a pollster described after its name, a debate question that
addresses the candidate; on hand-built sentences."""

import pytest

from framing.profile import build_profile, generic_source
from framing.source_find_openings import opening_subject
from framing.sources import normalise_source
from test_profile_credits import CLAIM, DENIAL, FACT, LABELS, profile_of, written


@pytest.mark.parametrize("text, expected", [
    # a poll told apart by when it came out is the poll, as a survey or a study is
    ("a Marsh College poll released Thursday", "marsh college poll"),
    ("a Marsh College poll released on Thursday", "marsh college poll"),
    ("a Tolland Research poll released Monday", "tolland research poll"),
    ("a Marsh College survey released Thursday", "marsh college survey"),
    # an article besides three words before the document ("a new ... poll", a span cut before "on Thursday"), its
    # "new" telling when it came out, no word of its name
    ("a new Marsh College poll released", "marsh college poll"),
    ("a new Marsh College survey released", "marsh college survey"),
    # so with whom it asked after its noun
    ("the latest Harlow Ledger national poll of likely voters", "harlow ledger national poll of likely voters"),
    ("A new Harlow Ledger/ Orrin Journal poll of party voters", "harlow ledger/ orrin journal poll of party voters"),
    ("a recent Harlow Ledger survey of voter lists", "harlow ledger survey of voter lists"),
    ("a new study of 900 nurses", "study of 900 nurses"),
    ("The New Orrin Times poll of voters", "new orrin times poll of voters"),
    # its owner speaks through it, and a passive "by" credits its maker
    ("the institute's latest poll", "institute"),
    ("a poll by Marsh College", "marsh college"),
    # a weekday alone names no one
    ("Thursday", ""),
    ("on Friday", ""),
])
def test_a_poll_is_a_document_as_a_survey_is(text, expected):
    assert normalise_source(text) == expected


def test_a_poll_released_on_a_weekday_is_credited_to_the_poll_never_to_the_weekday():
    lead = "Ada Brisk leads Tom Garrow by four points, a new Marsh College poll released on Thursday found."
    for spans in (["a new Marsh College poll released", "Thursday"], ["Thursday"],
                  ["a new Marsh College poll released on Thursday"]):
        profile = profile_of((lead, CLAIM, {"source": spans, "cue": ["found"]}))
        assert profile["credits"] != ["thursday"] and all(s["source"] != "thursday" for s in profile["sources"])
    profile = profile_of((lead, CLAIM, {"source": ["a new Marsh College poll released", "Thursday"],
                                        "cue": ["found"]}))
    assert profile["credits"] == ["marsh college poll"]
    # "the poll" alone, in lower case, is a document of this story only, as "the survey" is
    assert generic_source("poll", "poll") and generic_source("new poll", "new poll")
    assert not generic_source("marsh college poll", "Marsh College poll")


@pytest.mark.parametrize("text, spans", [
    ("Tolland Research, a Republican firm, said Garrow was ahead by two points.", ["a Republican firm"]),
    ("Tolland Research, a Republican firm, said Garrow was ahead by two points.", ["Republican firm"]),
    ("A separate poll by Tolland Research, a Republican firm, showed Garrow ahead.",
     ["A separate poll by Tolland Research", "Republican firm"]),
    ("A separate poll by Tolland Research, a Republican firm, showed Garrow ahead.",
     ["A separate poll by Tolland Research", "a Republican firm"]),
    ("Tolland Research, a Republican polling firm, said Garrow was ahead.", ["a Republican polling firm"]),
])
def test_a_named_firm_described_after_its_name_keeps_its_name(text, spans):
    profile = profile_of((text, CLAIM, {"source": spans}))
    assert profile["credits"] == ["tolland research"]


def test_a_description_with_a_capital_and_no_name_before_it_stays_as_it_was():
    # no name before its comma, or none closing it: the description is the source as before
    for text, span in (("On Tuesday, a Republican firm, Tolland, said Garrow was ahead.", "a Republican firm"),
                       ("In Marsh, a Republican firm said Garrow was ahead.", "a Republican firm")):
        profile = profile_of((text, CLAIM, {"source": [span]}))
        assert profile["credits"] == ["republican firm"], text


def test_a_name_span_cut_short_does_not_take_the_place_of_a_description_marked_without_its_article():
    # "Research" of "Tolland Research": the description, marked without "a", is no name's to drop
    text = ("Tolland Research, a polling outfit that sued the county in 2014 and was first to report the count on "
            "Tuesday, lashed out at the press.")
    profile = profile_of((text, CLAIM, {"source": ["Research", "polling outfit"], "cue": ["lashed out"]}))
    assert profile["credits"] == ["polling outfit"]


@pytest.mark.parametrize("text, span, expected", [
    ("Sheriff, the Garrow campaign has said you hid an internal audit of overtime.", "Sheriff, the Garrow campaign",
     "garrow campaign"),
    ('"Senator, the Brisk campaign says your plan costs $9 billion.', "Senator, the Brisk campaign", "brisk campaign"),
    ("Mr. President, the inspector general says the fund was raided. Is that so?",
     "Mr. President, the inspector general", "inspector general"),
    # the addressee alone is no source
    ("Governor, did you sign the order?", "Governor", None),
])
def test_a_role_addressed_at_a_sentence_s_start_is_no_source(text, span, expected):
    profile = profile_of((text, CLAIM, {"source": [span]}))
    assert profile["credits"] == [expected]
    # so too after a transcript speaker's label
    sentences, whole = written(("MODERATOR: Good evening.", FACT, {}), (text, CLAIM, {"source": [span]}),
                               ("BRISK: No.", DENIAL, {}), ("MODERATOR: Thank you.", FACT, {}),
                               ("BRISK: Gladly.", FACT, {}), gap="\n\n")
    assert build_profile(sentences, LABELS, whole)["credits"][1] == (expected or "moderator")


@pytest.mark.parametrize("text, span, expected", [
    # a role that is the sentence's subject, set apart by a description, speaks to no one
    ("Sheriff, the county's top officer, said the jail was full.", "Sheriff, the county's top officer", "sheriff"),
    # a name is never taken for the addressee
    ("Garrow, the Brisk campaign has said you hid the audit.", "Garrow, the Brisk campaign", "garrow"),
    # a group is no one addressed, nor a role an aside and a verb of speech follow
    ("Officials, speaking on condition of anonymity, said you would need a visa.", "Officials", "officials"),
    ("Residents, many of them elderly, asked why the clinic had closed?", "Residents", "residents"),
    ("Governor, the state's top official, said you can apply online.", "Governor", "governor"),
])
def test_a_sentence_that_addresses_no_one_keeps_its_subject(text, span, expected):
    profile = profile_of((text, CLAIM, {"source": [span]}))
    assert profile["credits"] == [expected]


def test_a_nameless_body_later_named_is_that_body_and_its_later_mentions_are_too():
    rows = (("A state ethics watchdog group said on Monday that Sen. Tom Garrow flew on county helicopters.", CLAIM,
             {"source": ["A state ethics watchdog group"], "cue": ["said"]}),
            ("The group, Clear Ledger, said flight logs show nine trips.", CLAIM,
             {"source": ["The group, Clear Ledger"], "cue": ["said"]}),
            ("The logs list Garrow as a passenger, the group said.", CLAIM, {"source": ["the group"], "cue": ["said"]}),
            ("A Garrow spokesman denied the account.", DENIAL, {"source": ["A Garrow spokesman"], "cue": ["denied"]}))
    profile = profile_of(*rows)
    assert profile["credits"] == ["clear ledger"] * 3 + ["garrow spokesperson"]
    assert [(s["display"], s["sentences"]) for s in profile["sources"]] == [("Clear Ledger", 3),
                                                                           ("Garrow spokesperson", 1)]
    assert profile["denials"] == [{"denial": 3, "source": "garrow spokesperson", "allegation": 2}]


def test_a_body_named_for_a_description_that_fits_two_nameless_bodies_or_a_named_one_names_neither():
    # two nameless groups before: "The group, Clear Ledger" could mean either
    profile = profile_of(("A watchdog group said Garrow flew often.", CLAIM, {"source": ["A watchdog group"]}),
                         ("A taxpayers' group said the flights cost $40,000.", CLAIM,
                          {"source": ["A taxpayers' group"]}),
                         ("The group, Clear Ledger, said the logs are public.", CLAIM,
                          {"source": ["The group, Clear Ledger"]}))
    assert profile["credits"] == ["watchdog group", "taxpayers' group", "clear ledger"]
    # a group already named is not renamed
    profile = profile_of(("The Marsh Watch group said Garrow flew often.", CLAIM,
                          {"source": ["The Marsh Watch group"]}),
                         ("The group, Clear Ledger, said the logs are public.", CLAIM,
                          {"source": ["The group, Clear Ledger"]}))
    assert profile["credits"] == ["marsh watch group", "clear ledger"]


def test_a_headline_s_watchdog_is_the_group_named_below_by_a_watchdog_s_cause():
    headline = ("Watchdog accuses Vask campaign of illegal coordination", CLAIM, {"source": ["Watchdog"]})
    denied = ("The Vask campaign denied any coordination.", DENIAL, {"source": ["The Vask campaign"]})
    for cause in ("government ethics", "accountability"):
        named = f"A {cause} group, Clear Ledger"
        body = (f"{named}, said the campaign shared a consultant with an outside group.", CLAIM, {"source": [named]})
        assert profile_of(headline, body, denied, gap="\n\n")["credits"] == ["clear ledger", "clear ledger",
                                                                             "vask campaign"]
    # a group of another cause is no watchdog
    body = ("A farmers' group, Clear Ledger, said the campaign shared a consultant.", CLAIM,
            {"source": ["A farmers' group, Clear Ledger"]})
    assert profile_of(headline, body, denied, gap="\n\n")["credits"][0] == "watchdog"


def test_a_poll_owned_by_a_weekday_is_the_poll():
    profile = profile_of(("Thursday's poll showed Garrow ahead by four points.", CLAIM,
                          {"source": ["Thursday's poll"], "cue": ["showed"]}))
    assert profile["credits"] == ["poll"]
    profile = profile_of(("Today's poll showed Garrow ahead.", CLAIM, {"source": ["Today's poll"], "cue": ["showed"]}))
    assert profile["credits"] == ["poll"]


@pytest.mark.parametrize("text, expected", [
    # results, a count or a document "from" a body are that body's, as "by" or its possessive makes them
    ("unofficial results from the county elections office", "county elections office"),
    ("preliminary returns from the Tolland County Clerk's Office", "tolland county clerk's office"),
    ("a statement from the Marsh Valley committee", "marsh valley committee"),
    # where the body sits, after its noun, tells it apart: before, "a statement from the Veltrian embassy in Orlan"
    # kept the statement's words, where "a statement from the Veltrian embassy" was the embassy's
    ("A statement from the Veltrian embassy in Orlan", "veltrian embassy in orlan"),
    ("figures from the county elections office at Tolland", "county elections office at tolland"),
    ("new data from Marshline in Tolland", "new data from marshline in tolland"),
    # a state's force at sea, as its army: before, "figures from the national coastguard" kept its words
    ("figures from the national coastguard", "national coastguard"),
    ("new data from the Velmari navy", "velmari navy"),
    # a centre by its capitalised name: before, "figures from the Refugee Legal Centre" kept its words
    ("figures from the Refugee Legal Centre", "refugee legal centre"),
    ("new data from the Halvard Research Center", "halvard research center"),
    ("figures from the city centre", "figures from the city centre"),
    # "from" a place, a firm's name or whatever says no body leaves the words whole
    ("a poll from Tolland", "poll from tolland"),
    ("new data from Marshline", "new data from marshline"),
    ("returns from 40 of 52 precincts", "returns from 40 of 52 precincts"),
])
def test_results_from_a_body_are_credited_to_the_body(text, expected):
    assert normalise_source(text) == expected


def test_unofficial_results_from_an_elections_office_join_the_office():
    profile = profile_of(
        ("Ana Voss won the seat, according to unofficial results from the county elections office.", CLAIM,
         {"source": ["unofficial results from the county elections office"], "cue": ["according to"]}),
        ("Turnout rose to 41 percent, the county elections office said.", CLAIM,
         {"source": ["the county elections office"], "cue": ["said"]}))
    assert profile["credits"] == ["county elections office"] * 2


@pytest.mark.parametrize("anonymous, body", [
    ("A person close to the campaign", "campaign"),
    ("A former aide to the campaign", "campaign"),
    ("A person familiar with the campaign", "campaign"),
    ("A source close to the government", "government"),
])
def test_an_anonymous_source_tied_to_a_body_is_not_the_body_that_denies_its_claim(anonymous, body):
    profile = profile_of(
        (f"{anonymous} said Venn had considered dropping out.", CLAIM, {"source": [anonymous], "cue": ["said"]}),
        (f"The {body} denied that.", DENIAL, {"source": [f"The {body}"], "cue": ["denied"]}))
    assert profile["credits"] == [anonymous.lower().partition(" ")[2], body]
    assert profile["denials"] == [{"denial": 1, "source": body, "allegation": 0}]
    assert [s["source"] for s in profile["sources"] if s["denies"]] == [body]


def test_the_titled_person_an_accuser_named_is_the_one_who_denies():
    profile = profile_of(
        ("Brent Kolber accused Senator Clara Venn of steering road money to her district.", CLAIM,
         {"source": ["Brent Kolber"], "cue": ["accused"]}),
        ("The senator denied it.", DENIAL, {"source": ["The senator"], "cue": ["denied"]}))
    assert profile["credits"] == ["brent kolber", "clara venn"]
    assert profile["denials"] == [{"denial": 1, "source": "clara venn", "allegation": 0}]
    # named with the title before the accuser's sentence, who calls them "him"
    profile = profile_of(
        ("Prime Minister Aurel Dinescu is seeking a third term.", FACT, {}),
        ("Marta Ostrova accused him of rigging the electoral board.", CLAIM,
         {"source": ["Marta Ostrova"], "cue": ["accused"]}),
        ("The prime minister denied it.", DENIAL, {"source": ["The prime minister"], "cue": ["denied"]}))
    assert profile["credits"] == [None, "marta ostrova", "aurel dinescu"]
    assert profile["denials"] == [{"denial": 2, "source": "aurel dinescu", "allegation": 1}]


def test_a_titled_person_named_before_a_claim_that_accuses_no_one_stays_apart_from_the_role():
    profile = profile_of(
        ("Senator Clara Venn spoke in Westbridge on Monday.", FACT, {}),
        ("Brent Kolber said the bridge was unsafe.", CLAIM, {"source": ["Brent Kolber"], "cue": ["said"]}),
        ("The senator denied it.", DENIAL, {"source": ["The senator"], "cue": ["denied"]}))
    assert profile["credits"] == [None, "brent kolber", "senator"]


@pytest.mark.parametrize("span, credit", [
    ("A lawyer for opposition candidate Karina Mollo", "lawyer for opposition candidate karina mollo"),
    ("Lawyers for President Lev Andrassy", "lawyers for president lev andrassy"),
    ("The campaign of Governor Philip Marsh", "campaign of governor philip marsh"),
])
def test_a_candidate_s_lawyers_or_campaign_are_credited_not_the_candidate(span, credit):
    profile = profile_of((f"{span} said ballots had been added after polls closed.", CLAIM,
                          {"source": [span], "cue": ["said"]}))
    assert profile["credits"] == [credit]


@pytest.mark.parametrize("first, span, described", [
    # a party and state written with the name, after a comma or in brackets, AP's or the postal abbreviation
    ("Sen. Ana Ruiz, D-Ohio, said the plan was weak.", "Sen. Ana Ruiz, D-Ohio", "the Ohio senator"),
    ("Sen. Ana Ruiz (R-Fla.) said the plan was weak.", "Sen. Ana Ruiz (R-Fla.)", "the Florida senator"),
    ("Sen. Ana Ruiz (R-S.C.) said the plan was weak.", "Sen. Ana Ruiz (R-S.C.)", "the South Carolina senator"),
    ("Sen. Ana Ruiz, R-TX, said the plan was weak.", "Sen. Ana Ruiz, R-TX", "the Texas senator"),
    # the name's tag outside the source span, after a title and name the sentence writes
    ("The plan was weak, Sen. Ana Ruiz (D-N.Y.) told reporters.", "Sen. Ana Ruiz", "the New York senator"),
])
def test_the_state_s_senator_is_the_senator_written_with_that_state_s_party_tag(first, span, described):
    profile = profile_of(
        (first, CLAIM, {"source": [span]}),
        (f'Nothing in the bill "will calm fears," {described} said.', CLAIM, {"source": [described], "cue": ["said"]}))
    assert profile["credits"] == ["ana ruiz", "ana ruiz"]


def test_another_state_s_senator_is_not_the_senator_written_with_a_party_tag():
    profile = profile_of(
        ("Sen. Ana Ruiz, D-Ohio, said the plan was weak.", CLAIM, {"source": ["Sen. Ana Ruiz, D-Ohio"]}),
        ('Nothing in the bill "will calm fears," the Utah senator said.', CLAIM,
         {"source": ["the Utah senator"], "cue": ["said"]}))
    assert profile["credits"] == ["ana ruiz", "utah senator"]


@pytest.mark.parametrize("described, credited", [
    ("the California Democrat", "ana ruiz"),
    ("The California Democrat", "ana ruiz"),
    # another party or another state's: a source apart, as before
    ("the California Republican", "california republican"),
    ("the Nevada Democrat", "nevada democrat"),
])
def test_the_state_s_party_member_is_the_one_written_with_that_party_and_state(described, credited):
    profile = profile_of(
        ("Rep. Ana Ruiz (D-Calif.) said the plan was weak.", CLAIM, {"source": ["Rep. Ana Ruiz (D-Calif.)"]}),
        (f'Nothing in the bill "will calm fears," {described} said.', CLAIM, {"source": [described], "cue": ["said"]}))
    assert profile["credits"] == ["ana ruiz", credited]


def test_a_two_word_state_s_party_member_is_the_one_written_with_that_tag():
    profile = profile_of(
        ("Sen. Ana Ruiz (R-S.C.) said the plan was weak.", CLAIM, {"source": ["Sen. Ana Ruiz (R-S.C.)"]}),
        ('Nothing in the bill "will calm fears," the South Carolina Republican said.', CLAIM,
         {"source": ["the South Carolina Republican"], "cue": ["said"]}))
    assert profile["credits"] == ["ana ruiz", "ana ruiz"]


def test_the_party_s_senator_is_the_senator_written_with_that_party_s_tag():
    profile = profile_of(
        ("Sen. Tom Vask, R-Utah, said the offer was fair.", CLAIM, {"source": ["Sen. Tom Vask, R-Utah"]}),
        ('"I don\'t understand their position," the Republican senator said.', CLAIM,
         {"source": ["the Republican senator"], "cue": ["said"]}))
    assert profile["credits"] == ["tom vask", "tom vask"]


@pytest.mark.parametrize("described", [
    "The Republican presidential nominee", "The GOP nominee", "The presumptive Democratic nominee",
    "the presidential hopeful", "The Republican candidate"])
def test_a_candidate_described_by_party_or_office_is_the_person_credited_just_before(described):
    profile = profile_of(
        ("Tom Vask said on Monday that the tax plan would hurt farmers.", CLAIM,
         {"source": ["Tom Vask"], "cue": ["said"]}),
        (f"{described} added that he would repeal it in his first week.", CLAIM,
         {"source": [described], "cue": ["added"]}))
    assert profile["credits"] == ["tom vask", "tom vask"]


@pytest.mark.parametrize("described", ["the billionaire business mogul", "the candidate", "the tycoon"])
def test_a_person_s_noun_no_one_was_written_with_is_the_person_credited_just_before(described):
    said = ("Tom Vask, the Republican front-runner, named a comedy as his favourite show.", CLAIM,
            {"source": ["Tom Vask, the Republican front-runner"], "cue": ["named"]})
    told = (f"\u201cIt stars me,\u201d {described} told the magazine.", CLAIM, {"source": [described], "cue": ["told"]})
    assert profile_of(said, told)["credits"] == ["tom vask", "tom vask"]
    # a former one, one after another person named since, or one another was written with: itself
    key = described.removeprefix("the ")
    former = (f"\u201cIt stars me,\u201d the former {key} told the magazine.", CLAIM,
              {"source": [f"the former {key}"], "cue": ["told"]})
    assert profile_of(said, former)["credits"][-1] == f"former {key}"
    between = ("Ana Ruiz watched the show on Monday.", FACT, {})
    assert profile_of(said, between, told)["credits"][-1] == key
    other = (f"Dan Orr, a {key.rpartition(' ')[2]}, said the show was dull.", CLAIM,
             {"source": [f"Dan Orr, a {key.rpartition(' ')[2]}"], "cue": ["said"]})
    assert profile_of(other, said, told)["credits"][-1] != "tom vask"


@pytest.mark.parametrize("described", ["the Republican nominee", "the Ohio Republican"])
def test_a_person_named_in_the_quotation_before_a_description_is_whom_it_speaks_of_not_whom_it_means(described):
    called = ("Tom Vask called on Monday for Judge Ana Ruiz to step down.", CLAIM,
              {"source": ["Tom Vask"], "cue": ["called"]})
    profile = profile_of(called, (f"\u201cJudge Ruiz has embarrassed the court,\u201d {described} wrote on Twitter.",
                                  CLAIM, {"source": [described], "cue": ["wrote"]}))
    assert profile["credits"] == ["tom vask", "tom vask"]
    # named outside the quotation, the person may be whom the description means
    profile = profile_of(called, (f"After Judge Ruiz spoke, \u201cshame,\u201d {described} wrote.", CLAIM,
                                  {"source": [described]}))
    assert profile["credits"][-1] == described.partition("the ")[2].lower()


@pytest.mark.parametrize("rows, described", [
    # another party's member, or another person written with the description's words
    ((("GOP nominee Tom Vask said the plan would hurt farmers.", CLAIM, {"source": ["GOP nominee Tom Vask"]}),),
     "The Democratic nominee"),
    ((("Democratic nominee Ana Ruiz toured Marsh.", CLAIM, {"source": ["Democratic nominee Ana Ruiz"]}),
      ("Tom Vask said the plan would hurt farmers.", CLAIM, {"source": ["Tom Vask"]})), "The Democratic nominee"),
    # another person written in full since, or a body credited last
    ((("Tom Vask said the plan would hurt farmers.", CLAIM, {"source": ["Tom Vask"]}),
      ("Ana Ruiz toured Marsh on Monday.", FACT, {})), "The Democratic nominee"),
    ((("Tom Vask said the plan would hurt farmers.", CLAIM, {"source": ["Tom Vask"]}),),
     "After Ana Ruiz spoke, the Republican nominee"),
    ((("Tom Vask said the plan would hurt farmers.", CLAIM, {"source": ["Tom Vask"]}),
      ("The county farm bureau said the plan was fair.", CLAIM, {"source": ["The county farm bureau"]})),
     "The Republican nominee"),
    # "the nominee" alone, or a former one, says no party or office
    ((("Tom Vask said the plan would hurt farmers.", CLAIM, {"source": ["Tom Vask"]}),), "The former nominee"),
])
def test_a_candidate_description_that_may_mean_another_is_its_own_source(rows, described):
    span = described.rpartition(", ")[2]
    profile = profile_of(*rows, (f"{described} said the plan was fair.", CLAIM, {"source": [span]}))
    assert profile["credits"][-1] == described.lower().rpartition("the ")[2]


@pytest.mark.parametrize("described", ["the Ohio Republican", "the Ohio senator", "The South Carolina Democrat",
                                       "the Vermont lawmaker"])
def test_a_state_s_party_member_or_office_is_the_person_credited_just_before(described):
    # the state's name before a party's member or a state's office, as political copy writes a lawmaker it just quoted
    profile = profile_of(
        ("Senate Majority Leader Tom Vask said the bill was dead.", CLAIM,
         {"source": ["Senate Majority Leader Tom Vask"], "cue": ["said"]}),
        (f"In a statement, {described} dismissed the plan.", CLAIM, {"source": [described], "cue": ["dismissed"]}),
        ("He said it would cost farmers $2 billion.", CLAIM, {"source": ["He"], "cue": ["said"]}))
    assert profile["credits"] == ["tom vask"] * 3
    # a senator written without a state is the state's senator, too, and a party's candidate may be its senator
    for first in ("Sen. Tom Vask", "Former Democratic candidate Tom Vask"):
        profile = profile_of((f"{first} said the bill was dead.", CLAIM, {"source": [first]}),
                             ("The Utah senator dismissed the plan.", CLAIM, {"source": ["The Utah senator"]}))
        assert profile["credits"] == ["tom vask", "tom vask"]


@pytest.mark.parametrize("first, between, described", [
    # another state, another party or another office written with him
    ("Texas Sen. Tom Vask", "", "the Ohio senator"),
    ("Texas Sen. Tom Vask", "", "the Ohio Republican"),
    ("Sen. Tom Vask, D-Ohio,", "", "the Ohio Republican"),
    ("Gov. Tom Vask", "", "the Ohio senator"),
    # another person named since
    ("Tom Vask", "Ana Ruiz toured Marsh on Monday.", "the Ohio Republican"),
])
def test_a_state_description_that_may_mean_another_is_its_own_source(first, between, described):
    rows = [(f"{first} said the bill was dead.", CLAIM, {"source": [first.rstrip(",")], "cue": ["said"]})]
    rows += [(between, FACT, {})] if between else []
    profile = profile_of(*rows, (f"In a statement, {described} dismissed the plan.", CLAIM, {"source": [described]}))
    assert profile["credits"][-1] == described.lower().partition("the ")[2]


@pytest.mark.parametrize("described", ["The Kessel senator", "The embattled senator", "The 58-year-old senator"])
def test_a_word_added_to_the_role_of_the_one_person_so_written_just_before_is_still_them(described):
    said = ("Sen. Ana Ruiz said the bill was dead.", CLAIM, {"source": ["Sen. Ana Ruiz"], "cue": ["said"]})
    added = (f"{described} added that the vote would fail.", CLAIM, {"source": [described], "cue": ["added"]})
    assert profile_of(said, added)["credits"] == ["ana ruiz", "ana ruiz"]


@pytest.mark.parametrize("first, described", [
    ("Marsh Sen. Ana Ruiz", "The Kessel senator"),  # written with another place
    ("Sen. Ana Ruiz", "The Kessel deputy senator"),  # a rank added
    ("Sen. Ana Ruiz", "The Kessel Republican senator"),  # a party added
])
def test_a_word_added_to_a_role_that_may_tell_another_person_leaves_the_description_apart(first, described):
    said = (f"{first} said the bill was dead.", CLAIM, {"source": [first], "cue": ["said"]})
    added = (f"{described} added that the vote would fail.", CLAIM, {"source": [described], "cue": ["added"]})
    assert profile_of(said, added)["credits"][-1] == described.lower().removeprefix("the ")
    # two senators in view: neither
    rows = (("Sen. Tom Vask and Sen. Ana Ruiz met on Monday.", FACT, {}),
            ("Sen. Ana Ruiz said the bill was dead.", CLAIM, {"source": ["Sen. Ana Ruiz"], "cue": ["said"]}))
    assert profile_of(*rows, added)["credits"][-1] == described.lower().removeprefix("the ")


def test_a_role_with_a_word_that_tells_it_apart_is_its_one_holder_named_anywhere_before():
    said = ("Ruiz aide Tom Vask told reporters the photo broke the debate rules.", CLAIM,
            {"source": ["Ruiz aide Tom Vask"], "cue": ["told"]})
    posted = ("Dan Orr, the county commissioner, posted the photo on Monday.", CLAIM,
              {"source": ["Dan Orr, the county commissioner"]})
    for described, credit in (("the Ruiz aide", "tom vask"), ("the aide", "aide")):
        # "the aide" alone may be another aide, once another person was named since
        profile = profile_of(said, posted, (f"The point, according to {described}, is that the rules were broken.",
                                            CLAIM, {"source": [described], "cue": ["according to"]}))
        assert profile["credits"][-1] == credit
    # two such aides, or one who spoke last with no role of his own, who may be the aide: neither
    other = ("Ruiz aide Ana Lind said the photo was old.", CLAIM, {"source": ["Ruiz aide Ana Lind"], "cue": ["said"]})
    unsaid = ("Dan Orr posted the photo on Monday.", CLAIM, {"source": ["Dan Orr"], "cue": ["posted"]})
    for rows in ((other, said, posted), (said, unsaid)):
        profile = profile_of(*rows, ("The Ruiz aide said the rules were broken.", CLAIM,
                                     {"source": ["The Ruiz aide"], "cue": ["said"]}))
        assert profile["credits"][-1] == "ruiz aide"


def test_a_state_description_is_no_one_credited_before_when_another_holds_its_office():
    profile = profile_of(
        ("Sen. Ana Ruiz toured the plant on Monday.", FACT, {}),
        ("Tom Vask said the bill was dead.", CLAIM, {"source": ["Tom Vask"], "cue": ["said"]}),
        ("The Ohio senator dismissed the plan.", CLAIM, {"source": ["The Ohio senator"]}))
    assert profile["credits"][-1] == "ohio senator"


def test_a_candidate_description_is_not_the_man_credited_before_when_its_pronouns_are_a_woman_s():
    rows = (("Tom Vask said the debate was rigged.", CLAIM, {"source": ["Tom Vask"], "cue": ["said"]}),
            ("The Democratic nominee has been asked about her husband's business before.", CLAIM,
             {"source": ["The Democratic nominee"]}))
    assert profile_of(*rows)["credits"] == ["tom vask", "democratic nominee"]
    # "his or her" says no one's sex
    rows = (rows[0], ("The Republican nominee says every child should live up to his or her potential.", CLAIM,
                      {"source": ["The Republican nominee"]}))
    assert profile_of(*rows)["credits"] == ["tom vask", "tom vask"]


def test_a_candidate_description_denying_is_not_the_accuser_credited_before():
    profile = profile_of(
        ("Tom Vask accused Ana Ruiz of hiding her tax returns.", CLAIM, {"source": ["Tom Vask"], "cue": ["accused"]}),
        ("The Democratic nominee denied it.", DENIAL, {"source": ["The Democratic nominee"], "cue": ["denied"]}))
    assert profile["credits"] == ["tom vask", "democratic nominee"]


@pytest.mark.parametrize("aside", ["visibly angry", "clearly annoyed", "smiling", "shaken"])
def test_a_subject_with_an_aside_of_manner_before_its_verb_is_the_subject(aside):
    text = f"Vask, {aside}, waved a copy of the audit."
    assert opening_subject(text, lambda word: word == "Vask") == (0, len("Vask"))
    rows = (("Tom Vask said the tax plan would hurt farmers.", CLAIM, {"source": ["Tom Vask"], "cue": ["said"]}),
            ("Dan Orr, the farm bureau chief, disputed that.", CLAIM,
             {"source": ["Dan Orr, the farm bureau chief"], "cue": ["disputed"]}))
    # "he" after it is Vask, the subject, not Orr who spoke last; and a claim of his own is not Orr's
    profile = profile_of(*rows, (text, FACT, {}), ('"It is a fraud," he said.', CLAIM, {"source": ["he"]}))
    assert profile["credits"][-1] == "tom vask"
    assert profile_of(*rows, (text, CLAIM, {}))["credits"][-1] != "dan orr"


def test_a_former_office_with_the_is_the_person_the_sentence_before_wrote_of():
    rows = (("Ana Ruiz and Tom Vask met on Thursday night.", FACT, {}),
            ("Vask went on offense early.", FACT, {}),
            ("Within minutes, the former state senator accused Ruiz of hiding audits.", CLAIM,
             {"source": ["the former state senator"], "cue": ["accused"]}),
            ('"She never read them," Vask said.', CLAIM, {"source": ["Vask"]}))
    assert profile_of(*rows)["credits"] == [None, None, "tom vask", "tom vask"]
    # not when that sentence names another person too, nor for an office that is no former one
    other = ("Vask went on offense against Dan Orr early.", FACT, {})
    assert profile_of(rows[0], other, rows[2])["credits"][-1] == "former state senator"
    serving = ("Within minutes, the state senator accused Ruiz of hiding audits.", CLAIM,
               {"source": ["the state senator"], "cue": ["accused"]})
    assert profile_of(*rows[:2], serving)["credits"][-1] == "state senator"


@pytest.mark.parametrize("titled", ["Governor Ana Ruiz", "Gov. Ana Ruiz"])
def test_a_role_written_with_a_person_is_that_person_when_the_sentence_before_wrote_of_them(titled):
    rows = ((f"{titled} toured the Marsh reservoir on Monday.", FACT, {}),
            ("Tom Vask said the tour was staged.", CLAIM, {"source": ["Tom Vask"], "cue": ["said"]}),
            ("Ruiz pounced.", FACT, {}),
            ("The governor said the tour had been planned for months.", CLAIM,
             {"source": ["The governor"], "cue": ["said"]}))
    assert profile_of(*rows)["credits"] == [None, "tom vask", None, "ana ruiz"]
    # with no sentence of hers between, the governor is not the one who spoke last, and stays as written
    assert profile_of(*rows[:2], rows[3])["credits"][-1] == "governor"


@pytest.mark.parametrize("side", ["The Vask campaign", "The Vask camp", "The Vask team"])
def test_a_surname_alone_is_the_candidate_written_in_full_though_their_campaign_spoke_before(side):
    rows = ((f"{side} called the delay unacceptable.", CLAIM, {"source": [side], "cue": ["called"]}),
            ("Tom Vask cast his ballot at a church in Marlow.", FACT, {}),
            ('"We have the momentum," Vask said.', CLAIM, {"source": ["Vask"], "cue": ["said"]}))
    assert profile_of(*rows)["credits"] == [side.lower().removeprefix("the "), None, "tom vask"]



@pytest.mark.parametrize("first, described, credited", [
    # a governor or senator written with no party: the description's party says nothing against them
    ("Gov. Ana Ruiz said the dam was safe.", "The Democratic governor", "ana ruiz"),
    ("Sen. Ana Ruiz said the dam was safe.", "The Republican senator", "ana ruiz"),
    # one written with another party's tag is not that party's
    ("Sen. Ana Ruiz, D-Ohio, said the dam was safe.", "The Republican senator", "republican senator"),
])
def test_a_role_with_a_party_is_the_person_of_that_role_named_just_before_unless_of_another_party(
        first, described, credited):
    span = first.partition(" said")[0]
    profile = profile_of((first, CLAIM, {"source": [span], "cue": ["said"]}),
                         (f"{described} added that it would hold.", CLAIM, {"source": [described], "cue": ["added"]}))
    assert profile["credits"] == ["ana ruiz", credited]


def test_an_outlet_by_its_last_word_with_the_is_no_person_he_may_mean():
    rows = (("Gov. Ana Ruiz and Republican Tom Vask spoke at a forum in Marlow on Friday.", FACT, {}),
            ("Vask told the Harlow Ledger he would not take part in another forum.", CLAIM, {"source": ["Vask"]}),
            ("He said the format had favored the governor.", CLAIM, {"source": ["He"]}),
            ("The Ledger reported that his campaign had asked for the forum to be canceled.", CLAIM,
             {"source": ["The Ledger"], "cue": ["reported"]}),
            ("He denied that.", DENIAL, {"source": ["He"], "cue": ["denied"]}))
    # and it is the newspaper named in full with "the" before, though no source ("told the Harlow Ledger")
    assert profile_of(*rows)["credits"] == [None, "tom vask", "tom vask", "harlow ledger", "tom vask"]


def test_a_newspaper_by_its_masthead_word_with_the_is_the_one_named_in_full_before():
    later = ("The Ledger reported that the forum was canceled.", CLAIM, {"source": ["The Ledger"], "cue": ["reported"]})
    told = ("Ana Ruiz told the Harlow Ledger she would attend.", CLAIM, {"source": ["Ana Ruiz"], "cue": ["told"]})
    assert profile_of(told, later)["credits"] == ["ana ruiz", "harlow ledger"]
    said = ("The Harlow Ledger said the forum was full.", CLAIM, {"source": ["The Harlow Ledger"], "cue": ["said"]})
    assert profile_of(said, later)["credits"] == ["harlow ledger", "harlow ledger"]
    # two papers of that word: whose is unclear
    both = ("Ana Ruiz told the Harlow Ledger and the Marlow Ledger she would attend.", CLAIM,
            {"source": ["Ana Ruiz"], "cue": ["told"]})
    assert profile_of(both, later)["credits"] == ["ana ruiz", "ledger"]


@pytest.mark.parametrize("party", ["Republican", "Democrat"])
def test_he_after_a_surname_of_a_person_written_with_a_party_is_that_person_by_name_alone(party):
    profile = profile_of((f"Gov. Ana Ruiz and {party} Tom Vask appeared at a forum in Marlow.", FACT, {}),
                         ("Vask asked the moderator to move on.", FACT, {}),
                         ("He said the format was unfair.", CLAIM, {"source": ["He"], "cue": ["said"]}),
                         ('"It favored her," Vask said.', CLAIM, {"source": ["Vask"], "cue": ["said"]}))
    assert profile["credits"] == [None, None, "tom vask", "tom vask"]


def test_a_subject_that_cast_a_ballot_is_whom_a_former_office_after_it_means():
    profile = profile_of(("11:15 a.m. — Tom Vask cast his ballot at a church in Marlow.", FACT, {}),
                         ("Speaking to reporters afterward, the former state senator said he was confident.", CLAIM,
                          {"source": ["the former state senator"], "cue": ["said"]}))
    assert profile["credits"] == [None, "tom vask"]


def test_he_after_a_candidate_s_surname_opening_a_sentence_is_the_candidate_though_their_campaign_spoke():
    rows = (("Clear Ledger accused Republican Tom Vask's campaign of coordinating with an outside group.", CLAIM,
             {"source": ["Clear Ledger"], "cue": ["accused"]}),
            ("The Vask campaign denied any coordination.", DENIAL, {"source": ["The Vask campaign"]}),
            ("Its treasurer, Rolf Adler, said the group followed the law.", DENIAL,
             {"source": ["Its treasurer, Rolf Adler"]}),
            ('"Tom Vask cannot follow basic rules," said Ruiz spokeswoman Lena Marsh.', CLAIM,
             {"source": ["Ruiz spokeswoman Lena Marsh"]}),
            ("Vask himself addressed the issue at a campaign stop in Brenner on Tuesday.", FACT, {}),
            ('He called the complaint "garbage."', DENIAL, {"source": ["He"], "cue": ["called"]}))
    assert profile_of(*rows)["credits"][-1] == "tom vask"


@pytest.mark.parametrize("text, expected", [
    # a poll's or survey's sample is no part of its name
    ("The survey of 812 likely voters", "survey"),
    ("a poll of 1,004 adults", "poll"),
    # who was polled, by name, stays ("a poll of Ohio Democrats"), and so does another document's subject
    ("a poll of Ohio Democrats", "poll of ohio democrats"),
    ("A study of 2,000 adults", "study of 2,000 adults"),
])
def test_a_poll_s_sample_is_no_part_of_its_name(text, expected):
    assert normalise_source(text) == expected


@pytest.mark.parametrize("first, later", [("a new Marsh College poll", "The survey of 812 likely voters"),
                                          ("a new Marsh College poll", "The survey"),
                                          ("a new Marsh College survey", "The poll")])
def test_the_survey_after_a_poll_is_that_poll_and_back(first, later):
    profile = profile_of((f"Ruiz leads Vask by three points, {first} found.", CLAIM, {"source": [first]}),
                         (f"{later} showed Ruiz with 48 percent.", CLAIM, {"source": [later]}))
    assert profile["credits"] == [normalise_source(first)] * 2


def test_her_campaign_is_the_campaign_of_the_candidate_she_means_never_a_bare_campaign():
    said = ("Rita Kolb said the ad was false.", CLAIM, {"source": ["Rita Kolb"], "cue": ["said"]})
    hers = ("Her campaign said the ad was misleading.", CLAIM, {"source": ["Her campaign"], "cue": ["said"]})
    # the side named for her before, however it was written
    for side, key in (("The Kolb campaign", "kolb campaign"), ("Kolb's campaign", "kolb's campaign"),
                      ("The campaign of Rita Kolb", "campaign of rita kolb")):
        named = (f"{side} said it would sue.", CLAIM, {"source": [side], "cue": ["said"]})
        assert profile_of(said, named, hers)["credits"] == ["rita kolb", key, key]
    # none named: her surname's, which a later "Kolb's campaign" joins; "his" after a man is his
    later = ("Kolb's campaign said more stops were planned.", CLAIM, {"source": ["Kolb's campaign"], "cue": ["said"]})
    assert profile_of(said, hers, later)["credits"] == ["rita kolb", "kolb's campaign", "kolb's campaign"]
    his = ("His campaign said the ad was misleading.", CLAIM, {"source": ["His campaign"], "cue": ["said"]})
    assert profile_of(("Tom Vask said the ad was false.", CLAIM, {"source": ["Tom Vask"], "cue": ["said"]}),
                      his)["credits"] == ["tom vask", "vask's campaign"]


def test_her_campaign_after_a_spokeswoman_is_the_campaign_of_the_candidate_she_speaks_for():
    rows = (("Gov. Ana Ruiz said the reservoir would be built.", CLAIM, {"source": ["Gov. Ana Ruiz"], "cue": ["said"]}),
            ("Ruiz's campaign spokeswoman, Lena Marsh, said Vask had voted against the bill.", CLAIM,
             {"source": ["Ruiz's campaign spokeswoman, Lena Marsh"], "cue": ["said"]}),
            ("Her campaign said more town halls are planned.", CLAIM, {"source": ["Her campaign"], "cue": ["said"]}))
    assert profile_of(*rows)["credits"] == ["ana ruiz", "lena marsh", "ruiz's campaign"]
    # a lawyer works for no candidate named: her campaign is no one's known
    rows = (("A lawyer, Rita Kolb, said the ballots were counted twice.", CLAIM,
             {"source": ["A lawyer, Rita Kolb"], "cue": ["said"]}), rows[2])
    assert profile_of(*rows)["credits"] == ["rita kolb", "campaign"]


def test_her_campaign_with_no_person_named_is_the_one_candidate_s_campaign_named_before():
    rows = (("Mrs. Kolb's campaign said the ad was false.", CLAIM,
             {"source": ["Mrs. Kolb's campaign"], "cue": ["said"]}),
            ("Analysts said turnout would be low.", CLAIM, {"source": ["Analysts"], "cue": ["said"]}),
            ("Her campaign said more stops were planned.", CLAIM, {"source": ["Her campaign"], "cue": ["said"]}))
    assert profile_of(*rows)["credits"] == ["kolb's campaign", "analysts", "kolb's campaign"]
    # two candidates' campaigns: whose is unclear
    vask = ("The Vask campaign said it would sue.", CLAIM, {"source": ["The Vask campaign"], "cue": ["said"]})
    rows = (rows[0], vask, rows[2])
    assert profile_of(*rows)["credits"] == ["kolb's campaign", "vask campaign", "campaign"]


@pytest.mark.parametrize("share", ["Another 19 percent", "Fifty-nine percent of voters", "Only 31% of respondents",
                                   "A majority of voters", "Nearly eight of 10 voters", "Two in three Kestorians"])
def test_a_share_of_respondents_is_the_poll_s_in_view_and_with_none_a_bare_share_names_no_one(share):
    poll = ("A new Marsh College poll shows Ana Ruiz at 44 percent.", CLAIM,
            {"source": ["A new Marsh College poll"], "cue": ["shows"]})
    said = (f"{share} said they would not vote.", CLAIM, {"source": [share], "cue": ["said"]})
    credits = profile_of(poll, said)["credits"]
    assert credits[1] == credits[0] and "poll" in credits[0]
    # a pollster quoted between leaves the poll in view; a poll named long before is out of it
    pollster = ("Pollster Dan Orr said the race was close.", CLAIM, {"source": ["Pollster Dan Orr"], "cue": ["said"]})
    assert profile_of(poll, pollster, said)["credits"][2] == credits[0]
    facts = [(f"Ruiz spoke in Orsk on day {n}.", FACT, {}) for n in range(6)]
    alone = profile_of(poll, *facts, said)
    # with no poll in view a share with no one's group ("Another 19 percent") names no one, as "Many" alone does;
    # one of a group ("of voters") is that group's, as "Many voters" is
    assert alone["credits"][-1] != credits[0]
    assert (alone["credits"][-1] is None) == (share == "Another 19 percent")



@pytest.mark.parametrize("opening, span", [("Among likely voters", "likely"), ("Among likely voters", "likely voters"),
                                           ("But among Republicans", "Republicans")])
def test_who_was_asked_after_an_opening_among_is_the_poll_s_respondents_and_with_none_no_one(opening, span):
    poll = ("A new Marsh College poll shows Ana Ruiz at 44 percent.", CLAIM,
            {"source": ["A new Marsh College poll"], "cue": ["shows"]})
    among = (f"{opening}, 46 percent said they would back Ruiz.", CLAIM, {"source": [span], "cue": ["said"]})
    assert profile_of(poll, among)["credits"] == ["marsh college poll"] * 2
    facts = [(f"Ruiz spoke in Orsk on day {n}.", FACT, {}) for n in range(6)]
    alone = profile_of(poll, *facts, among)
    assert alone["credits"][-1] is None and len(alone["sources"]) == 1
    # one whose words come after it ("Among Ruiz's pledges was") is no one asked
    pledges = ("Among Ruiz's pledges was a cut in fares.", CLAIM, {"source": ["Ruiz's"]})
    assert profile_of(poll, pledges)["credits"][1] not in ("marsh college poll", None)

def test_the_poll_is_the_one_named_last():
    new = ("A new poll shows Ana Ruiz in a tight race.", CLAIM, {"source": ["A new poll"], "cue": ["shows"]})
    latest = ("The latest Kessel/Orr opinion poll released Friday shows Ruiz ahead.", CLAIM,
              {"source": ["The latest Kessel/Orr opinion poll released Friday"], "cue": ["shows"]})
    the_poll = ("The poll also found that most voters backed the budget.", CLAIM,
                {"source": ["The poll"], "cue": ["found"]})
    kessel = "kessel/orr poll"
    assert profile_of(new, latest, the_poll)["credits"] == ["poll", kessel, kessel]
    assert profile_of(latest, new, the_poll)["credits"] == [kessel, "poll", "poll"]


@pytest.mark.parametrize("adverb", ["also", "later", "then", "briefly"])
def test_a_subject_with_an_adverb_before_its_verb_is_the_subject_he_means_next(adverb):
    text = f"A fire investigator, Paul Dufresne, {adverb} testified on Monday."
    assert opening_subject(text) == (0, len("A fire investigator, Paul Dufresne"))
    # before, the adverb hid the subject: "he" went back to the judge who spoke last
    profile = profile_of(
        ("Judge Ronald Achebe reminded jurors to weigh only the evidence.", CLAIM,
         {"source": ["Judge Ronald Achebe"], "cue": ["reminded"]}),
        (text, FACT, {}),
        ("He said petrol was found in three places.", CLAIM, {"source": ["He"], "cue": ["said"]}))
    assert profile["credits"] == ["ronald achebe", None, "paul dufresne"]


def test_a_subject_before_reportedly_leaves_the_claim_to_the_outlet_before():
    # "reportedly" says the act is another's account, that of the outlet just cited
    profile = profile_of(
        ("The memos were found during the campaign, according to the Kessel Post.", CLAIM,
         {"source": ["the Kessel Post"], "cue": ["according to"]}),
        ("Ana Ruiz reportedly forwarded the memos to a private account.", CLAIM, {}))
    assert profile["credits"] == ["kessel post", "kessel post"]


@pytest.mark.parametrize("described", ["The congressman", "The representative", "The Idaho congressman"])
def test_a_house_member_written_rep_is_the_congressman_after_them(described):
    said = ("Rep. Tom Vask said the bill was dead.", CLAIM, {"source": ["Rep. Tom Vask"], "cue": ["said"]})
    added = (f"{described} added that the vote would fail.", CLAIM, {"source": [described], "cue": ["added"]})
    assert profile_of(said, added)["credits"] == ["tom vask", "tom vask"]
    # a governor is no congressman
    said = ("Gov. Tom Vask said the bill was dead.", CLAIM, {"source": ["Gov. Tom Vask"], "cue": ["said"]})
    assert profile_of(said, added)["credits"][-1] == described.lower().removeprefix("the ")


@pytest.mark.parametrize("first, described", [
    ("Senator Ana Ruiz, the committee's senior Democrat,", "The Democrat"),
    ("Ana Ruiz, a Republican from Orlin,", "The Republican"),
    ("Rep. Ana Ruiz (D-Calif.)", "the Democrat"),
])
def test_a_party_s_member_alone_is_the_person_written_as_one_just_before(first, described):
    # before, "The Democrat" was a source apart: a party's member alone was no person's description, as "the senator"
    # is
    rows = [(f"{first} said the bill was dead.", CLAIM, {"source": [first.rstrip(",")], "cue": ["said"]})]
    said = (f"{described} said she would vote against it.", CLAIM, {"source": [described], "cue": ["said"]})
    assert profile_of(*rows, said)["credits"] == ["ana ruiz", "ana ruiz"]
    # another party's member, or one said after another person was named, is a source apart, as before
    other = "republican" if "democrat" in described.lower() else "democrat"
    assert profile_of(*rows, (said[0].replace(described.split()[1], other.title()), CLAIM,
                              {"source": [f"{described.split()[0]} {other.title()}"]}))["credits"][-1] == other
    between = ("Tom Vask, a farmer, said the bill would cost him $900.", CLAIM, {"source": ["Tom Vask, a farmer"]})
    assert profile_of(*rows, between, said)["credits"][-1] == described.lower().partition(" ")[2]


@pytest.mark.parametrize("first, named", [
    ("The committee's senior Democrat", "The Democrat, Rep. Tom Vask,"),
    ("A senior lawmaker", "The lawmaker, Tom Vask,"),
])
def test_a_party_s_member_or_a_lawmaker_named_after_speaking_is_the_person_then_named(first, named):
    # before, only a role of ``PERSON_ROLES`` ("the official, Tom Vask") joined the nameless mention before to the name
    # given after it: "the committee's senior democrat" stayed a source apart from Vask
    rows = ((f"{first} said the bill was dead.", CLAIM, {"source": [first], "cue": ["said"]}),
            (f"{named} said he would vote against it.", CLAIM, {"source": [named.rstrip(",")], "cue": ["said"]}))
    profile = profile_of(*rows)
    assert profile["credits"] == ["tom vask", "tom vask"]
    assert [s["source"] for s in profile["sources"]] == ["tom vask"]
    # another party's member named after it is someone else
    other = named.replace("Democrat", "Republican")
    if other != named:
        assert profile_of(rows[0], (rows[1][0].replace(named, other), CLAIM,
                                    {"source": [other.rstrip(",")]}))["credits"][0] == "committee's senior democrat"


@pytest.mark.parametrize("untrue", ["said that was untrue", "said this was simply not true", "said that was false"])
def test_a_denial_calling_that_untrue_answers_the_claim_just_before_by_a_side_that_denied_earlier(untrue):
    # results night: each side accuses and denies; before, "The council's chief executive, Ravi Mendelsohn, said that
    # was untrue" passed over the complaint just before it, as its source had denied something earlier, for the
    # turnout figure further back, since the comma closing the apposition kept "that was untrue" from being read
    profile = profile_of(
        ("Meridian Research's exit poll put the Coalition on 38 percent.", CLAIM, {"source": ["Meridian Research's"]}),
        ("Party chair Olwen Bracewell said the exit poll was wrong.", DENIAL,
         {"source": ["Party chair Olwen Bracewell"], "cue": ["said"]}),
        ("Turnout was 57.3 percent, according to the returning officer.", CLAIM,
         {"cue": ["according to"], "source": ["the returning officer"]}),
        ('Bracewell said hundreds of people had been "sent home without a ballot".', CLAIM,
         {"source": ["Bracewell"], "cue": ["said"]}),
        (f"The council's chief executive, Ravi Mendelsohn, {untrue}.", DENIAL,
         {"source": ["The council's chief executive, Ravi Mendelsohn"], "cue": ["said"]}), gap="\n\n")
    assert profile["denials"][-1] == {"denial": 4, "source": "ravi mendelsohn", "allegation": 3}


@pytest.mark.parametrize("led", ["led by former diplomat Karin Vahtra", "headed by Karin Vahtra",
                                 "chaired by the retired judge Karin Vahtra"])
def test_a_body_s_leader_marked_apart_after_led_by_is_no_source_of_its_own(led):
    # before, the model's second span "led by former diplomat Karin Vahtra" took the credit of the observers' statement
    # and stood as a source of its own
    said = (f"The Election Observation Mission, {led}, said on Monday that the vote was competitive.", CLAIM,
            {"source": ["The Election Observation Mission", led], "cue": ["said"]})
    profile = profile_of(said, ("The mission said voting was orderly.", CLAIM,
                                {"source": ["The mission"], "cue": ["said"]}), gap="\n\n")
    assert profile["credits"] == ["election observation mission"] * 2
    assert [s["source"] for s in profile["sources"]] == ["election observation mission"]


@pytest.mark.parametrize("later", ["The survey of 1,506 adults found", "The survey of about 900 likely voters found"])
def test_the_survey_told_apart_by_how_many_it_asked_is_still_the_pollster_s(later):
    # before, "the survey of 1,506 adults" was a source of its own: the count of respondents hid the document's noun
    profile = profile_of(("Ardmore is split, according to a survey by Halcyon Insight.", CLAIM,
                          {"cue": ["according to"], "source": ["a survey by Halcyon Insight"]}),
                         (f"{later} 49 percent would vote Yes.", CLAIM, {"source": [later[:-len(" found")]],
                                                                         "cue": ["found"]}))
    assert profile["credits"] == ["halcyon insight"] * 2


@pytest.mark.parametrize("first, later", [("a poll published on Thursday by Halcyon Insight", "The survey"),
                                          ("a survey by Halcyon Insight", "The poll")])
def test_the_survey_after_a_poll_by_a_pollster_is_the_pollster_s_as_the_poll_is(first, later):
    # before, "the survey" after a poll credited to its maker (and "the poll" after a survey) stood as a source of its
    # own, though "the poll" after a poll was the pollster's
    profile = profile_of((f"The referendum is too close to call, according to {first}.", CLAIM,
                          {"cue": ["according to"], "source": [first]}),
                         (f"{later} found 49 percent would vote Yes.", CLAIM, {"source": [later], "cue": ["found"]}))
    assert profile["credits"] == ["halcyon insight"] * 2
    # after a report by the same maker, "the survey" is no document written before
    profile = profile_of(("The referendum is close, according to a report by Halcyon Insight.", CLAIM,
                          {"cue": ["according to"], "source": ["a report by Halcyon Insight"]}),
                         (f"{later} found 49 percent would vote Yes.", CLAIM, {"source": [later], "cue": ["found"]}))
    assert profile["credits"][1] == later.lower().removeprefix("the ")


@pytest.mark.parametrize("host", ["Shona MacAskill", "June McAllister-Reid"])
def test_a_presenter_named_in_title_case_in_brackets_is_that_named_host(host):
    # before, only a name in capitals ("PRESENTER (JUNE MALLORY):") named the host: "PRESENTER (Shona MacAskill):"
    # was credited to "presenter", and the later "MACASKILL:" stood as another source
    last = host.split()[-1]
    profile = profile_of((f"PRESENTER ({host}): Commissioner, was your ruling politically motivated?", CLAIM, {}),
                         ("ADEBAYO-KLINE: No, that is simply not true.", DENIAL, {}),
                         (f"{last.upper()}: Will the party be allowed to edit the advert?", CLAIM, {}), gap="\n\n")
    assert profile["credits"][0] == profile["credits"][2] == host.lower()
    assert "presenter" not in [entry["source"] for entry in profile["sources"]]


@pytest.mark.parametrize("group, cut", [("Westmere Watch", "Watch"), ("Fair Ballot Alliance", "Alliance"),
                                        ("Tamsford Voters' Forum", "Forum")])
def test_a_civic_body_s_name_cut_to_its_last_word_takes_in_the_capitalised_words_before_it(group, cut):
    # before, the model's span "Watch" of "a local residents' group, Westmere Watch, which said" stood as the source,
    # credited to "watch", as only a business's last word ("Airways") grew back over its name
    text = f"The allegation was made by a local residents' group, {group}, which said invoices showed it."
    profile = profile_of((text, CLAIM, {"source": [cut], "cue": ["said"]}))
    assert profile["credits"] == [group.lower()]


@pytest.mark.parametrize("first", [
    "Counting is under way at the leisure centre, where the returning officer, Gwendolyn Sato, expects a result.",
    "The council's election officer, Gwendolyn Sato, expects a result by 2am.",
])
def test_a_role_s_holder_set_apart_by_commas_in_the_writer_s_sentence_is_that_role_later_whatever_her_given_name(first):
    # before, only a holder whose given name framing.given_names knows ("Mary Sato") was noted, so "the returning
    # officer" later stood as a source apart from the person the copy had named in that role
    role = "the returning officer" if "returning" in first else "the election officer"
    profile = profile_of((first, FACT, {}), (f"Turnout was 57.3 percent, according to {role}.", CLAIM,
                                             {"cue": ["according to"], "source": [role]}), gap="\n\n")
    assert profile["credits"] == [None, "gwendolyn sato"]
    # a body's name set apart after a role is no person's
    profile = profile_of(("The returning officer, Harlow Council, expects a result.", FACT, {}),
                         ("Turnout was 57.3 percent, according to the returning officer.", CLAIM,
                          {"cue": ["according to"], "source": ["the returning officer"]}), gap="\n\n")
    assert profile["credits"] == [None, "returning officer"]


@pytest.mark.parametrize("document", ["the party's analysis of the filings",
                                      "the party's analysis of filings published by the authority",
                                      "the commission's review of campaign spending"])
def test_an_owner_s_document_told_what_it_is_of_is_still_the_owner_s(document):
    # before, "of the filings" or a participle and lower-case agent after the document kept its owner from being read,
    # and the whole phrase stood as a source of its own
    profile = profile_of((f"According to {document}, donations from contractors made up 41 percent.", CLAIM,
                          {"cue": ["According to"], "source": [document]}))
    assert profile["credits"] == [document.split("'")[0].removeprefix("the ")]


@pytest.mark.parametrize("aside", ["Voice Over", "Off Camera", "VIA SATELLITE"])
def test_a_presenter_s_stage_direction_in_brackets_names_no_host(aside):
    # a stage direction in title case or capitals is how the host is heard: it was read as the host's name
    profile = profile_of((f"PRESENTER ({aside}): Commissioner, was your ruling politically motivated?", CLAIM, {}),
                         ("ADEBAYO-KLINE: No, that is simply not true.", DENIAL, {}),
                         ("PRESENTER: Will the party be allowed to edit the advert?", CLAIM, {}), gap="\n\n")
    assert profile["credits"] == ["presenter", "adebayo-kline", "presenter"]


@pytest.mark.parametrize("host", ["Will Cole", "WILL COLE", "So Yeon Park"])
def test_a_host_named_in_brackets_with_a_word_of_english_in_the_name_is_still_named(host):
    # a given name that is also a word of English ("Will", "So") makes no stage direction: the host is named
    profile = profile_of((f"PRESENTER ({host}): Commissioner, was your ruling politically motivated?", CLAIM, {}),
                         ("ADEBAYO-KLINE: No, that is simply not true.", DENIAL, {}),
                         (f"{host.split()[-1].upper()}: Will the party be allowed to edit the advert?", CLAIM, {}),
                         gap="\n\n")
    assert profile["credits"] == [host.lower(), "adebayo-kline", host.lower()]


def test_a_person_named_after_a_body_s_possessive_is_that_person_whom_the_surname_alone_then_means():
    profile = profile_of(
        ("The Progressive Coalition's Teodora Lindqvist said the count in Harrow East was rigged.", CLAIM,
         {"source": ["The Progressive Coalition's Teodora Lindqvist"], "cue": ["said"]}),
        ("Lindqvist added that the count should be rerun.", CLAIM, {"source": ["Lindqvist"], "cue": ["added"]}),
    )
    assert profile["credits"] == ["teodora lindqvist", "teodora lindqvist"]
    assert [s["display"] for s in profile["sources"]] == ["Teodora Lindqvist"]
    # a surname of a plural's shape is still a person's
    profile = profile_of(("The Party's Kate Sanders said the count was rigged.", CLAIM,
                          {"source": ["The Party's Kate Sanders"], "cue": ["said"]}))
    assert profile["credits"] == ["kate sanders"]


@pytest.mark.parametrize("source", ["the Party's Deputy Leader", "the Union's Press Officer", "the Party's Youth Wing",
                                    "the Party's Young Democrats", "the Alliance's Green Agenda"])
def test_a_post_or_a_part_of_a_body_after_its_possessive_keeps_the_owner(source):
    profile = profile_of((f"{source} said the count was rigged.", CLAIM, {"source": [source], "cue": ["said"]}))
    assert profile["credits"] == [normalise_source(source)]


@pytest.mark.parametrize("source, credit", [("The Party's Young Guards", "party's young guards"),
                                            ("The Party's Elder Statesmen", "party's elder statesmen")])
def test_a_group_of_people_after_a_body_s_possessive_keeps_the_owner_whatever_its_plural_s_shape(source, credit):
    # before, "Guards" (a surname's shape, as "Richards") and "Statesmen" (no "s") read as a person's surname
    profile = profile_of((f"{source} said the count was rigged.", CLAIM, {"source": [source], "cue": ["said"]}))
    assert profile["credits"] == [credit]


def test_a_nameless_role_is_the_person_the_copy_names_later_with_the_role_set_apart_outside_the_span():
    opening = ("The candidate said the rally in Dunmore would go ahead.", CLAIM,
               {"source": ["The candidate"], "cue": ["said"]})
    police = ("Police had asked organisers to move it.", FACT, {})
    for named in (("The candidate, Philippa Okonjo-Barnes, said she would not be silenced.", CLAIM,
                   {"source": ["Philippa Okonjo-Barnes"], "cue": ["said"]}),
                  ("Philippa Okonjo-Barnes, the candidate, said she would not be silenced.", CLAIM,
                   {"source": ["Philippa Okonjo-Barnes"], "cue": ["said"]})):
        profile = profile_of(opening, police, named)
        assert profile["credits"] == ["philippa okonjo-barnes", None, "philippa okonjo-barnes"]
    # a role that is the object of something before the name is no one's apposition
    met = ("After meeting the candidate, Tomas Vask said she was tired.", CLAIM,
           {"source": ["Tomas Vask"], "cue": ["said"]})
    assert profile_of(opening, police, met)["credits"] == ["candidate", None, "tomas vask"]


def test_a_name_speaking_of_the_role_that_opens_the_sentence_is_not_the_person_holding_it():
    # before, the span's name after "The candidate, " was read as the candidate set apart, though no comma closes it
    opening = ("The candidate said the rally in Dunmore would go ahead.", CLAIM,
               {"source": ["The candidate"], "cue": ["said"]})
    spoken_of = ("The candidate, Tomas Vask said, had misled voters.", CLAIM,
                 {"source": ["Tomas Vask"], "cue": ["said"]})
    assert profile_of(opening, spoken_of)["credits"] == ["candidate", "tomas vask"]
