"""Credits, sources and denial pairs in defence and armed-conflict copy, on hand-built sentences: a ministry
dismissing "that" as invention answers the claim just before it, not an earlier accusation; "the brigade",
"the battalion" or "the regiment" is the armed unit named so; a body that "blames" another is the source of
what it blames; "its press office" is the office of the body that spoke before; a span cut short of "Nations", an
armed unit's or a civic body's last word names the whole body; an arms maker is the company and the firm."""

import framing
from test_profile_rebuttals import profile_of

LABELS = framing.LABELS
FACT, CLAIM, DENIAL, OPINION = LABELS
#: An accusation, then a claim just before the denial the tests of "that" and "it" put after them.
ACCUSING = ("Both sides have accused the other of inflating the enemy's losses.", CLAIM, "Both sides")
COMMANDER = ("The front's commander, Sara Kell, has claimed that government troops lose a hundred men a day.",
             CLAIM, "The front's commander, Sara Kell")


def test_a_denial_dismissing_a_bare_that_as_something_answers_the_claim_just_before_it():
    dismissed = ('The defence ministry dismissed that as "pure invention".', DENIAL, "The defence ministry")
    assert profile_of(ACCUSING, COMMANDER, dismissed)["denials"] == [
        {"denial": 2, "source": "defence ministry", "allegation": 1}]
    # "rejected this as" and "denied it, saying" point back alike
    rejected = ("The army rejected this as propaganda.", DENIAL, "The army")
    assert profile_of(ACCUSING, COMMANDER, rejected)["denials"][0]["allegation"] == 1
    denied = ("The army denied it, saying its losses were light.", DENIAL, "The army")
    assert profile_of(ACCUSING, COMMANDER, denied)["denials"][0]["allegation"] == 1
    # "denied that" opening a clause points at nothing: the accusation answers
    clause = ("The army denied that its units had lost any men.", DENIAL, "The army")
    assert profile_of(ACCUSING, COMMANDER, clause)["denials"][0]["allegation"] == 0


def test_the_brigade_battalion_or_regiment_is_the_armed_unit_the_story_names_so():
    army = ("The army said the shells came from positions held by the Free Vale Brigade.", CLAIM, "The army")
    profile = profile_of(army, ("The brigade has rejected the claim.", DENIAL, "The brigade"))
    assert profile["credits"] == ["army", "free vale brigade"]
    assert {s["display"]: s["denies"] for s in profile["sources"]} == {"army": False, "Free Vale Brigade": True}
    assert profile["denials"] == [{"denial": 1, "source": "free vale brigade", "allegation": 0}]
    assert profile_of(("Captain Ivo Dace said the Third Mountain Battalion had crossed the river.", CLAIM,
                       "Captain Ivo Dace"),
                      ("The battalion denied it.", DENIAL, "The battalion"))["credits"][1] == "third mountain battalion"
    assert profile_of(("The Orsk Rifle Regiment said it had held the bridge.", CLAIM, "The Orsk Rifle Regiment"),
                      ("The regiment added that two men were wounded.", CLAIM, "The regiment"))["credits"] == [
        "orsk rifle regiment"] * 2


def test_a_body_or_person_that_blames_another_is_credited_where_the_model_marked_no_source():
    assert profile_of(("Monitors recorded 312 violations last week.", FACT, None),
                      ("The Lavrenian defence ministry blamed the increase on the other side.", CLAIM, None),
                      ("Esteria's military denied moving any weapons.", DENIAL, "Esteria's military"),
                      )["credits"] == [None, "lavrenian defence ministry", "esteria's military"]
    assert profile_of(("The Ardanian army blames rebel artillery.", CLAIM, None),
                      )["credits"] == ["ardanian army"]
    assert profile_of(("Colonel Ada Vance blamed the delay on the weather.", CLAIM, None),
                      )["credits"] == ["ada vance"]


def test_its_press_office_is_the_office_of_the_body_credited_just_before():
    navy = ("The Velmark navy denied the report.", DENIAL, "The Velmark navy")
    office = ("Its media office said no submarine had been in the area.", DENIAL, "Its media office")
    profile = profile_of(navy, office)
    assert profile["credits"] == ["velmark navy", "velmark navy's media office"]
    assert {s["display"] for s in profile["sources"]} == {"Velmark navy", "Velmark navy's media office"}
    army = ("The Ardanian army blames rebel artillery.", CLAIM, None)
    press = ("In a statement, its press office said the shells came from the north.", CLAIM, "its press office")
    assert profile_of(army, press)["credits"] == ["ardanian army", "ardanian army's press office"]


def test_a_span_cut_short_of_a_bodys_last_word_names_the_whole_body():
    assert profile_of(("The United Nations said at least 1,100 civilians had been killed.", CLAIM, "The United"),
                      )["credits"] == ["united nations"]
    assert profile_of(("The Free Vale Brigade said its fighters held the ridge.", CLAIM, "The Free Vale"),
                      )["credits"] == ["free vale brigade"]
    assert profile_of(("The Kestorian Medical Organisation said the clinics were full.", CLAIM,
                       "The Kestorian Medical"))["credits"] == ["kestorian medical organisation"]
    # a person's name goes on with no body's word
    assert profile_of(("Mira Solvek Tarn said the school was hit.", CLAIM, "Mira Solvek"),
                      )["credits"] == ["mira solvek"]


def test_an_arms_maker_or_a_shipbuilder_is_the_company_and_the_firm_after_it():
    insisted = ("The company insisted it had no say in how its customers used its products.", DENIAL, "The company")
    for name in ("Stahlwerk Arms", "Kell Munitions", "Vell Ordnance", "Orsk Shipyards"):
        said = (f"{name} said it complied with every export rule.", DENIAL, name)
        profile = profile_of(said, insisted)
        assert profile["credits"] == [name.lower()] * 2, name
        assert [s["display"] for s in profile["sources"]] == [name]
    assert profile_of(("Stahlwerk Arms said it complied with every export rule.", DENIAL, "Stahlwerk Arms"),
                      ("The firm said the buyer signed an end-user certificate.", DENIAL, "The firm"),
                      )["credits"] == ["stahlwerk arms"] * 2


def test_a_denial_that_opens_a_clause_with_as_points_at_no_claim_just_before():
    # "denied that as many as ..." opens a clause, as "denied that its units" does: the accusation answers
    clause = ("The army denied that as many as 40 of its men had died.", DENIAL, "The army")
    assert profile_of(ACCUSING, COMMANDER, clause)["denials"][0]["allegation"] == 0
    ruled = ("The army denied that as a rule its units had lost any men.", DENIAL, "The army")
    assert profile_of(ACCUSING, COMMANDER, ruled)["denials"][0]["allegation"] == 0
    # "dismissed it as a smear" before a comma is what the pronoun is called: the claim just before
    called = ("The army dismissed it as a smear, saying its losses were light.", DENIAL, "The army")
    assert profile_of(ACCUSING, COMMANDER, called)["denials"][0]["allegation"] == 1
