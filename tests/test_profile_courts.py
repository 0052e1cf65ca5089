"""Credits, sources and denials in copy about courts, crime and policing (audit a54d): judges, prosecutors and
defence lawyers, police statements, victims' families and the accused's denials; on hand-built sentences with
invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of

WITNESS = ("Retired teacher Owen Tarrant said he had lost his savings.", CLAIM,
           {"source": ["Retired teacher Owen Tarrant"], "cue": ["said"]})


@pytest.mark.parametrize("named, office", [
    ("Judge Simon Harcourt is due to sentence Lena Brisk on Friday.", "The judge"),
    ("Sheriff Simon Harcourt questioned Lena Brisk on Friday.", "The sheriff"),
])
def test_he_after_an_office_of_one_holder_acting_is_its_holder_named_before_not_the_last_speaker(
        named, office):
    profile = profile_of(
        (named, FACT, {}),
        WITNESS,
        (f"{office} ordered Brisk held without bail.", FACT, {}),
        ("He said the fraud had been cruel.", CLAIM, {"source": ["He"], "cue": ["said"]}),
    )
    assert profile["credits"][1:] == ["owen tarrant", None, "simon harcourt"]


@pytest.mark.parametrize("relative, name, pronoun", [("The victim's daughter Nora", "Nora", "she"),
                                                     ("Her brother Tobias", "Tobias", "he"),
                                                     ("Ardley's widow Maria", "Maria", "she")])
def test_a_given_name_after_a_relative_s_noun_is_that_person_not_the_noun_and_the_name(relative, name, pronoun):
    profile = profile_of(
        ("Ivo Ardley was shot outside his shop in Danmere in 2016.", FACT, {}),
        (f"{relative} said the family was devastated.", CLAIM, {"source": [relative], "cue": ["said"]}),
        (f'"We were told this was over," {pronoun} said.', CLAIM, {"source": [pronoun], "cue": ["said"]}),
    )
    assert [source["display"] for source in profile["sources"]] == [name]
    assert profile["credits"] == [None, name.lower(), name.lower()]


@pytest.mark.parametrize("relative, pronoun, credit", [("His daughter, Jean,", "she", "jean"),
                                                       ("His son, Jean,", "she", None),
                                                       ("His son, Jean,", "he", "jean")])
def test_a_given_name_of_either_sex_after_a_relative_s_noun_is_a_person_of_the_noun_s_sex(relative, pronoun, credit):
    profile = profile_of(
        ("Kester Vale was stabbed outside a bar in Orrin in 2015.", FACT, {}),
        (f"{relative} said the family still had no answers.", CLAIM,
         {"source": [relative.strip(",")], "cue": ["said"]}),
        (f'"We keep waiting," {pronoun} said.', CLAIM, {"source": [pronoun], "cue": ["said"]}),
    )
    assert profile["credits"] == [None, "jean", credit]


@pytest.mark.parametrize("relative, pronoun, credit", [("His mother, Carol,", "she", "carol"),
                                                       ("Her husband, Tobias,", "he", "tobias"),
                                                       ("Her husband, Tobias,", "she", "ruth carrow")])
def test_a_relative_named_by_a_given_name_alone_as_a_fact_s_subject_is_whom_the_pronoun_after_means(
        relative, pronoun, credit):
    profile = profile_of(
        ("Det. Insp. Ruth Carrow said the case remained open.", CLAIM,
         {"source": ["Det. Insp. Ruth Carrow"], "cue": ["said"]}),
        ("Lucan Orrey was stabbed outside a bar in Westmere in 2015.", FACT, {}),
        (f"{relative} keeps his school photograph on the windowsill.", FACT, {}),
        (f'"Every morning I look at him," {pronoun} said.', CLAIM, {"source": [pronoun], "cue": ["said"]}),
    )
    assert profile["credits"][1:] == [None, None, credit]


@pytest.mark.parametrize("speaker, credit", [
    ("A lawyer for one of the men, Simon Kaye,", None),
    ("A spokesman for the Harrowgate Police Department", "harrowgate police department spokesperson"),
])
def test_a_body_s_noun_opening_a_claim_of_no_one_named_is_no_part_of_a_person_s_account(speaker, credit):
    profile = profile_of(
        ("Three men were charged with burglary on Tuesday.", FACT, {}),
        (f"{speaker} said the men would plead not guilty.", DENIAL,
         {"source": [speaker.rstrip(",")], "cue": ["said"]}),
        ("The department appealed for witnesses to come forward.", CLAIM, {"cue": ["appealed"]}),
    )
    assert profile["credits"][2] == credit


def test_a_relative_named_by_a_given_name_alone_as_a_fact_s_subject_is_the_full_name_written_later():
    profile = profile_of(
        ("Lucan Orrey was stabbed outside a bar in Westmere in 2015.", FACT, {}),
        ("His mother, Carol, keeps his school photograph on the windowsill.", FACT, {}),
        ('"Every morning I look at him," she said.', CLAIM, {"source": ["she"], "cue": ["said"]}),
        ("Carol Orrey believes officers ignored the footage.", CLAIM, {"source": ["Carol Orrey"], "cue": ["believes"]}),
    )
    assert profile["credits"][2:] == ["carol orrey", "carol orrey"]
    assert [(source["source"], source["sentences"]) for source in profile["sources"]] == [("carol orrey", 2)]


@pytest.mark.parametrize("pronoun", ["He", "She"])
def test_he_or_she_after_a_nameless_judge_opening_the_sentence_before_is_the_judge(pronoun):
    # before, "he" went to the last man named, the defendant's lawyer, and "she" to no one
    rows = [("Ines Calloway was found guilty of fraud on Tuesday.", FACT, {}),
            ("Her lawyer, Tomas Brennick, said she would appeal.", CLAIM,
             {"source": ["Her lawyer, Tomas Brennick"], "cue": ["said"]}),
            ("The judge sentenced her to two years.", FACT, {}),
            (f"{pronoun} said she had shown no remorse.", CLAIM, {"source": [pronoun], "cue": ["said"]})]
    assert profile_of(*rows)["credits"] == [None, "tomas brennick", None, "judge"]
    # a man named again in that sentence may be the "he" meant: no judge
    named = ("The judge sentenced Brennick's client to two years.", FACT, {})
    he = ("He said she had shown no remorse.", CLAIM, {"source": ["He"], "cue": ["said"]})
    assert profile_of(*rows[:2], named, he)["credits"][3] != "judge"


def test_he_after_a_nameless_officer_who_acted_on_him_is_not_the_officer():
    # "him" in the role's sentence is a man it acts on, whom the next "he" may well mean: not the officer
    rows = [("Tomas Brennick, 30, was charged with theft on Tuesday.", FACT, {}),
            ("Brennick said the van was his.", CLAIM, {"source": ["Brennick"], "cue": ["said"]}),
            ("The officer arrested him at his home.", FACT, {}),
            ("He said he had done nothing wrong.", CLAIM, {"source": ["He"], "cue": ["said"]})]
    assert profile_of(*rows)["credits"] == [None, "tomas brennick", None, "tomas brennick"]
    # the officer acting on himself is still the "he" who speaks next
    own = ("The officer identified himself at the door.", FACT, {})
    assert profile_of(*rows[:2], own, rows[3])["credits"][3] == "officer"


@pytest.mark.parametrize("acted", ["The officer questioned her for an hour.", "The detective stopped her, then left.",
                                   "The officer told her that the road was closed."])
def test_she_after_a_nameless_officer_who_acted_on_her_is_not_the_officer(acted):
    # "her" as the one acted on, as "him" is: the woman the next "she" may well mean, not the officer
    she = ("She said she had seen nothing.", CLAIM, {"source": ["She"], "cue": ["said"]})
    assert profile_of((acted, FACT, {}), she)["credits"] == [None, None]
    # "her" owning a noun is the officer's own, who may still be the "she" who speaks next
    own = ("The officer questioned her neighbours for an hour.", FACT, {})
    assert profile_of(own, she)["credits"] == [None, "officer"]


@pytest.mark.parametrize("label", ["Employee 3", "Witness 4", "Inmate 12"])
def test_she_after_a_person_named_only_by_a_label_with_a_number_is_that_person(label):
    # before, "Employee 3" was no person's name (a number is no name's word), and "She" was credited to no one
    profile = profile_of(
        ("Tom Reyes said the ward was safe.", CLAIM, {"source": ["Tom Reyes"], "cue": ["said"]}),
        (f"{label} told the inquiry she was ignored for weeks.", CLAIM, {"source": [label], "cue": ["told"]}),
        ("She said nobody came when she called.", CLAIM, {"source": ["She"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["tom reyes", label.lower(), label.lower()]


@pytest.mark.parametrize("listing, document", [("The dossier lists 14 payments to the firm.", "dossier"),
                                               ("The indictment lists 14 payments to the firm.", "indictment"),
                                               ("The report listed 14 payments to the firm.", "report")])
def test_a_document_listing_what_it_holds_is_credited_as_one_showing_it(listing, document):
    # before, "lists" was no verb a document speaks by (and "dossier" and "indictment" no documents that find), so
    # the sentence was no one's
    cue = "listed" if "listed" in listing else "lists"
    assert profile_of((listing, CLAIM, {"cue": [cue]}))["credits"] == [document]
    # a business listing its goods, or a document listed, is no document speaking
    assert profile_of(("The firm lists 14 products on its website.", CLAIM, {"cue": ["lists"]}))["credits"] == [None]
    assert profile_of(("The dossier was listed for sale.", CLAIM, {"cue": ["listed"]}))["credits"] == [None]


@pytest.mark.parametrize("opening", ["Richard Pym KC, for Verdane, is cross-examining the witness.",
                                     "Richard Pym QC for Verdane questioned the witness.",
                                     "The witness was questioned by Richard Pym MP, the committee's chair."])
def test_letters_after_a_name_written_before_a_comma_leave_the_full_name_noted(opening):
    # before, "KC" ended the capitalised run "Richard Pym KC", which was then no personal name, so "Pym" alone
    # was a source apart from the man named in full
    said = ("Pym said the report was wrong.", CLAIM, {"source": ["Pym"], "cue": ["said"]})
    assert profile_of((opening, FACT, {}), said)["credits"] == [None, "richard pym"]
    # two people of that surname named in full: "Pym" alone is neither
    both = ("Richard Pym KC and Ann Pym MP sat on the panel.", FACT, {})
    assert profile_of(both, said)["credits"] == [None, "pym"]


def test_people_named_together_with_letters_after_their_names_are_named_in_full():
    # before, the letters after each name stayed in the joint source, "richard pym kc and ann pym mp", which a "they"
    # after it did not join
    both = ("Richard Pym KC and Ann Pym MP said the bill was flawed.", CLAIM,
            {"source": ["Richard Pym KC and Ann Pym MP"], "cue": ["said"]})
    they = ("They said the report was wrong.", CLAIM, {"source": ["They"], "cue": ["said"]})
    assert profile_of(both, they)["credits"] == ["richard pym and ann pym"] * 2
    # letters after one of them only go too; a part that is no personal name keeps the whole as written
    one = ("Richard Pym KC and Ann Pym said the bill was flawed.", CLAIM,
           {"source": ["Richard Pym KC and Ann Pym"], "cue": ["said"]})
    assert profile_of(one)["credits"] == ["richard pym and ann pym"]
    short = ("Pym KC and Ann Pym MP said the bill was flawed.", CLAIM,
             {"source": ["Pym KC and Ann Pym MP"], "cue": ["said"]})
    assert profile_of(short)["credits"] == ["pym kc and ann pym mp"]
