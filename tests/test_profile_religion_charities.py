"""Credits, sources and denial pairs in copy about religious institutions and charities (audit a60c): safeguarding
inquiries, church and charity statements, survivors' groups and their lawyers, the charity regulator, trustees and
donors; on hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


@pytest.mark.parametrize("title", ["Brother", "Sister"])
def test_a_religious_order_s_brother_or_sister_is_a_title_not_a_word_of_the_name(title):
    profile = profile_of((f"{title} Orla Farrelly, the order's provincial leader, said no land had been sold.", DENIAL,
                          {"source": [f"{title} Orla Farrelly, the order's provincial leader"], "cue": ["said"]}),
                         ("Farrelly said the delays were caused by the volume of claims.", DENIAL,
                          {"source": ["Farrelly"], "cue": ["said"]}))
    assert profile["credits"] == ["orla farrelly", "orla farrelly"]
    assert [entry["display"] for entry in profile["sources"]] == ["Orla Farrelly"]


@pytest.mark.parametrize("name", ["Brother Industries", "Sister Sledge", "Sister Lake Water Board",
                                  "Brother Vell Printing Systems"])
def test_brother_or_sister_before_one_word_or_three_stays_in_the_name(name):
    # nor before three words or more, a firm's or a board's: before, "Sister Lake Water Board" was "lake water board"
    profile = profile_of((f"{name} said the tour would go ahead.", CLAIM, {"source": [name], "cue": ["said"]}))
    assert profile["credits"] == [name.lower()]


@pytest.mark.parametrize("named", ["The chief executive of the homelessness charity Harbour Light has resigned.",
                                   "The chief executive of Harbour Light, a homelessness charity, has resigned."])
def test_the_charity_means_the_one_charity_named_so_in_a_sentence_crediting_no_one(named):
    profile = profile_of((named, FACT, {}),
                         ("The charity said its board had accepted the resignation.", CLAIM,
                          {"source": ["The charity"], "cue": ["said"]}))
    assert profile["credits"] == [None, "harbour light"]
    assert [entry["display"] for entry in profile["sources"]] == ["Harbour Light"]


@pytest.mark.parametrize("named", ["Orla Farrelly, a charity worker, was arrested on Monday.",
                                   "Dr Orla Farrelly, a charity trustee, was arrested on Monday.",
                                   "Orla Farrelly, a volunteer at the charity, was arrested on Monday.",
                                   "Orla Farrelly, a trustee of the charity, was arrested on Monday."])
def test_a_person_described_by_a_job_at_a_charity_is_no_charity(named):
    # before, "Orla Farrelly, a charity worker," was noted as a charity, and "The charity said" credited her
    profile = profile_of((named, FACT, {}),
                         ("The charity said its board had suspended her.", CLAIM,
                          {"source": ["The charity"], "cue": ["said"]}))
    assert profile["credits"] == [None, "charity"]


@pytest.mark.parametrize("described", ["a charity for young carers", "a charity that runs shelters"])
def test_a_charity_set_after_its_name_may_go_on_with_what_it_does(described):
    profile = profile_of((f"The chief executive of Harbour Light, {described}, has resigned.", FACT, {}),
                         ("The charity said its board had accepted the resignation.", CLAIM,
                          {"source": ["The charity"], "cue": ["said"]}))
    assert profile["credits"] == [None, "harbour light"]


def test_the_charity_after_two_charities_named_so_is_neither():
    profile = profile_of(("The homelessness charity Harbour Light and the charity Open Hands merged.", FACT, {}),
                         ("The charity said its board had approved the merger.", CLAIM,
                          {"source": ["The charity"], "cue": ["said"]}))
    assert profile["credits"] == [None, "charity"]  # neither charity: a nameless one


@pytest.mark.parametrize("noun", ["Trust", "Foundation"])
def test_a_release_s_capitalised_noun_is_the_one_body_of_its_kind_it_named(noun):
    profile = profile_of(("PRESS RELEASE", FACT, {}),
                         (f"Marlow Hospice {noun} responds to media reports", FACT, {}),
                         ("Its trustees have read the reports.", FACT, {}),
                         (f"The {noun} categorically denies that any gift was misused.", DENIAL,
                          {"source": [f"The {noun}"], "cue": ["categorically denies"]}), gap="\n\n")
    assert profile["credits"][3] == f"marlow hospice {noun.lower()}"


def test_a_release_s_trust_is_no_trust_when_it_named_two():
    profile = profile_of(("PRESS RELEASE", FACT, {}),
                         ("Marlow Hospice Trust responds to claims by Kessel Care Trust", FACT, {}),
                         ("The Trust categorically denies that any gift was misused.", DENIAL,
                          {"source": ["The Trust"], "cue": ["categorically denies"]}), gap="\n\n")
    assert profile["credits"] == [None, None, "trust"]  # neither trust: a nameless one


@pytest.mark.parametrize("account, maker", [
    ("Claims published by the Westhaven Courier on Tuesday that legacy income was misused are untrue.",
     "by the Westhaven"),
    ("Claims published by the Westhaven Courier on Tuesday that legacy income was misused are untrue.",
     "the Westhaven Courier"),
    ("Allegations made last week by former volunteers are without foundation.", "former volunteers"),
])
def test_who_made_the_account_a_denial_calls_false_is_the_accuser_not_the_denier(account, maker):
    profile = profile_of(("The Marlow Hospice Trust denies that any gift was misused.", DENIAL,
                          {"source": ["The Marlow Hospice Trust"], "cue": ["denies"]}),
                         (account, DENIAL, {"source": [maker]}))
    assert profile["credits"] == ["marlow hospice trust", "marlow hospice trust"]
    assert [entry["source"] for entry in profile["sources"]] == ["marlow hospice trust"]


@pytest.mark.parametrize("issued", [
    "A statement released by the Marlow Hospice Trust on Monday denies that any gift was misused.",
    "A study by the Marlow Hospice Trust found that no gift was misused.",
])
def test_the_maker_of_a_denial_s_own_statement_or_study_is_the_denier(issued):
    # before, a statement's or a study's maker after "by" was read as the accuser, and the denial credited no one
    profile = profile_of(("Former volunteers said gifts had been misused.", CLAIM,
                          {"source": ["Former volunteers"], "cue": ["said"]}),
                         (issued, DENIAL, {"source": ["the Marlow Hospice Trust"]}))
    assert profile["credits"] == ["former volunteers", "marlow hospice trust"]
    assert profile["denials"] == [{"denial": 1, "source": "marlow hospice trust", "allegation": 0}]


def test_the_maker_of_an_account_in_a_claim_is_still_its_source():
    profile = profile_of(("Allegations made last week by former volunteers say gifts were misused.", CLAIM,
                          {"source": ["former volunteers"], "cue": ["say"]}))
    assert profile["credits"] == ["former volunteers"]


@pytest.mark.parametrize("title", ["Professor", "Prof.", "Dr", "Bishop"])
def test_a_span_cut_after_a_title_set_apart_by_a_comma_reaches_the_name_after_it(title):
    profile = profile_of((f"The report's author, {title} Alun Morgan, is now addressing the synod.", FACT,
                          {"source": [f"author, {title}"]}),
                         ("He says abuse at the schools was ignored.", CLAIM, {"source": ["He"], "cue": ["says"]}))
    assert profile["credits"] == [None, "alun morgan"]
    assert [entry["display"] for entry in profile["sources"]] == ["Alun Morgan"]


def test_two_spans_a_left_out_word_of_one_name_parts_are_that_name():
    profile = profile_of(("In a letter, the group, Elric Survivors Together, said sixty claims had waited.", CLAIM,
                          {"source": ["the group, Elric", "Together"], "cue": ["said"]}))
    assert profile["credits"] == ["elric survivors together"]
    assert [entry["display"] for entry in profile["sources"]] == ["Elric Survivors Together"]


def test_a_headline_s_capitalised_verb_between_two_names_parts_them():
    profile = profile_of(("Ana Ruiz Tells Tom Vask To Quit", CLAIM,
                          {"source": ["Ana Ruiz", "Tom Vask"], "cue": ["Tells"]}))
    assert profile["credits"] == ["ana ruiz"]


@pytest.mark.parametrize("noun", ["volunteer", "employee", "resident", "nurse"])
def test_the_person_after_a_former_one_of_their_kind_is_that_former_one(noun):
    profile = profile_of((f"The complaint came from a former {noun}, who alleged that a youth worker sent messages.",
                          CLAIM, {"source": [f"a former {noun}"], "cue": ["alleged"]}),
                         (f"The {noun} said she had raised concerns twice.", CLAIM,
                          {"source": [f"The {noun}"], "cue": ["said"]}))
    assert profile["credits"] == [f"former {noun}"] * 2
    assert len(profile["sources"]) == 1


@pytest.mark.parametrize("post", ["minister", "manager"])
def test_the_holder_of_an_office_is_no_former_holder(post):
    profile = profile_of((f"A former {post} said the board had been warned.", CLAIM,
                          {"source": [f"A former {post}"], "cue": ["said"]}),
                         (f"The {post} said no warning was received.", CLAIM,
                          {"source": [f"The {post}"], "cue": ["said"]}))
    assert profile["credits"][1] != f"former {post}"


@pytest.mark.parametrize("role", ["PRESENTER", "HOST"])
def test_a_host_s_role_with_a_name_in_brackets_is_that_named_host(role):
    profile = profile_of((f"{role} (JUNE MALLORY): Father Sayle, is it true that the archdiocese knew?", CLAIM, {}),
                         ("SAYLE: No, that is simply not true.", DENIAL, {}),
                         ("MALLORY: Will the archbishop meet survivors?", CLAIM, {}), gap="\n\n")
    assert profile["credits"][0] == profile["credits"][2] == "june mallory"
    assert "june mallory" in [entry["source"] for entry in profile["sources"]]
    assert role.lower() not in [entry["source"] for entry in profile["sources"]]


@pytest.mark.parametrize("chair, later", [("Chair (Dame Rosalind Ferrars)", "Chair"),
                                         ("CHAIR (DAME ROSALIND FERRARS)", "CHAIR")])
def test_a_role_named_once_in_brackets_is_that_person_where_the_role_is_written_alone_after(chair, later):
    """A hearing's transcript names its chair once ("Chair (Dame Rosalind Ferrars):") and writes "Chair:" after:
    every turn is hers, one source by her name; before, every turn was "chair"'s."""
    profile = profile_of((f"{chair}: Bishop Orrin, when did the diocese learn of the payments?", CLAIM, {}),
                         ("WITNESS (BISHOP TOMAS ORRIN): We learned of them last spring.", CLAIM, {}),
                         (f"{later}: Next question, on the audit.", CLAIM, {}), gap="\n\n")
    assert profile["credits"][0] == profile["credits"][2] == "rosalind ferrars"
    assert "chair" not in [entry["source"] for entry in profile["sources"]]


@pytest.mark.parametrize("direction", ["Via Video Link", "Through Interpreter"])
def test_a_stage_direction_in_brackets_after_a_witness_s_role_names_no_one(direction):
    """How a witness is heard ("WITNESS (Via Video Link):") is no name, as it is none after a host's role."""
    profile = profile_of(("Chair (Dame Rosalind Ferrars): Bishop Orrin, when did the diocese learn of it?", CLAIM, {}),
                         (f"WITNESS ({direction}): We learned of them last spring.", CLAIM, {}),
                         ("Chair: Next question, on the audit.", CLAIM, {}), gap="\n\n")
    assert direction.lower() not in [entry["source"] for entry in profile["sources"]]


def test_a_role_written_alone_after_two_holders_named_in_brackets_is_neither():
    profile = profile_of(("CHAIR (RUTH ADLER): The session is open.", CLAIM, {}),
                         ("CHAIR (OMAR KELLS): I take over from Ms Adler.", CLAIM, {}),
                         ("CHAIR: Next question, on the audit.", CLAIM, {}), gap="\n\n")
    assert profile["credits"][2] not in ("ruth adler", "omar kells")


@pytest.mark.parametrize("denial", ["Both trustees stepped down for personal reasons.",
                                    "The pension scheme was funded from reserves."])
def test_a_denial_naming_no_one_goes_on_with_the_claim_of_a_side_that_denied_before(denial):
    profile = profile_of(("The Marlow Trust denies that any gift was misused.", DENIAL,
                          {"source": ["The Marlow Trust"], "cue": ["denies"]}),
                         ("The Trust has also noted suggestions that two trustees resigned in protest.", CLAIM,
                          {"source": ["The Trust"], "cue": ["has also noted"]}),
                         (denial, DENIAL, {}))
    assert profile["credits"] == ["marlow trust"] * 3
    assert profile["denials"][-1]["source"] == "marlow trust"


def test_a_denial_naming_no_one_after_an_accuser_s_claim_is_still_no_one_s():
    profile = profile_of(("Rights groups said the army shelled the town.", CLAIM,
                          {"source": ["Rights groups"], "cue": ["said"]}),
                         ("It called the claims absurd.", DENIAL, {}))
    assert profile["credits"] == ["rights groups", None]
