"""Credits, sources and denials in human rights and migration copy (audit a56b): rights groups' and UN reports of
abuse, ministries and embassies rejecting them, detainees' lawyers, border officials speaking unnamed; on
hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, OPINION, profile_of

LAWYER = ('"We file it again," said Luis Abrantes, a lawyer with the Island Refugee Project.', CLAIM,
          {"source": ["Luis Abrantes, a lawyer with the Island Refugee Project"], "cue": ["said"]})
MINISTER = ("The minister called the report exaggerated.", DENIAL, {"source": ["The minister"], "cue": ["called"]})


@pytest.mark.parametrize("opener", ["For", "To"])
def test_a_surname_after_an_opening_preposition_is_the_person_not_the_preposition(opener):
    profile = profile_of(LAWYER, MINISTER, (f"{opener} Abrantes, the denials are part of the problem.", OPINION, {}),
                         ('"If the minister says it is fine, nobody has to fix it," he said.', CLAIM,
                          {"source": ["he"], "cue": ["said"]}))
    assert profile["credits"] == ["luis abrantes", "minister", None, "luis abrantes"]
    assert [entry["source"] for entry in profile["sources"]] == ["luis abrantes", "minister"]


@pytest.mark.parametrize("body, name", [("Human Rights Monitor", "human rights monitor"),
                                        ("Calder Secure", "calder secure")])


def test_a_name_that_says_it_of_itself_is_a_body_whose_it_said_goes_on(body, name):
    profile = profile_of((f"{body} says it does not comment on individual cases.", DENIAL,
                          {"source": [body], "cue": ["says"]}),
                         ('It said its staff "treat every resident with dignity."', DENIAL, {"cue": ["said"]}))
    assert profile["credits"] == [name, name]
    assert profile["denials"][1]["source"] == name


@pytest.mark.parametrize("written", ["The detention contractor, Calder Secure,",
                                     "Calder Secure, the detention contractor,"])


def test_a_name_described_apart_as_no_person_that_says_it_of_itself_is_a_body_whose_it_said_goes_on(written):
    source = written.rstrip(",")
    profile = profile_of((f"{written} says it has met every standard in its contract.", DENIAL,
                          {"source": [source], "cue": ["says"]}),
                         ("It said inspectors had visited the site twice this year.", DENIAL, {"cue": ["said"]}))
    assert profile["credits"] == ["calder secure", "calder secure"]
    # a person's role set apart is a person's, whose "it" is of something else
    profile = profile_of(("The envoy, Orsk Vell, said it would take years.", CLAIM,
                          {"source": ["The envoy, Orsk Vell"], "cue": ["said"]}),
                         ('It said the camp "would close soon."', CLAIM, {"cue": ["said"]}))
    assert profile["credits"] == ["orsk vell", None]


@pytest.mark.parametrize("report", ["A report by rapporteur Ines Vall", "The latest study by Ines Vall"])
def test_it_said_after_a_report_by_a_named_person_is_that_report_and_so_that_person_s(report):
    profile = profile_of((f"{report} found that detainees were held for months without a hearing.", CLAIM,
                          {"source": [report], "cue": ["found"]}),
                         ("It said guards had denied them access to lawyers.", CLAIM, {"cue": ["said"]}),
                         MINISTER)
    assert profile["credits"] == ["ines vall", "ines vall", "minister"]
    # the person herself, named as the source, is no "it"
    profile = profile_of(("Rapporteur Ines Vall found that detainees were held for months.", CLAIM,
                          {"source": ["Rapporteur Ines Vall"], "cue": ["found"]}),
                         ("It said guards had denied them access to lawyers.", CLAIM, {"cue": ["said"]}))
    assert profile["credits"] == ["ines vall", None]


def test_a_person_s_name_with_a_given_name_does_not_say_it_of_itself():
    profile = profile_of(("Tom Vell said it would take years.", CLAIM, {"source": ["Tom Vell"], "cue": ["said"]}),
                         ('It said the camp "would close soon."', CLAIM, {"cue": ["said"]}))
    assert profile["credits"] == ["tom vell", None]


@pytest.mark.parametrize("verb", ["have represented", "had represented"])
def test_they_say_after_a_group_of_people_that_has_acted_is_theirs(verb):
    profile = profile_of((f"The network's lawyers {verb} more than 300 residents of the camp.", FACT, {}),
                         ("They say residents are routinely denied interpreters.", CLAIM,
                          {"source": ["They"], "cue": ["say"]}))
    assert profile["credits"] == [None, "network's lawyers"]


def test_a_group_that_has_acted_inside_a_quotation_is_the_speaker_s_words_not_whom_they_means():
    profile = profile_of(("Senators Ana Rusk and Tom Vell released a statement on Friday.", FACT, {}),
                         ('"Senior officials have stated that no records are kept," they said.', CLAIM,
                          {"source": ["they"], "cue": ["said"]}),
                         ("They added that the claim had been contradicted.", CLAIM,
                          {"source": ["They"], "cue": ["added"]}))
    assert "senior officials" not in profile["credits"]


@pytest.mark.parametrize("body, name", [("Veradia's interior ministry", "veradia's interior ministry"),
                                        ("The interior ministry", "interior ministry"), ("The ministry", "ministry")])


def test_a_nameless_spokesperson_after_a_state_body_in_lower_case_is_its_spokesperson(body, name):
    profile = profile_of((f"{body} declined to comment on those accounts.", FACT, {}),
                         ('A spokesman said only that it "does not respond to anonymous claims."', DENIAL,
                          {"source": ["A spokesman"], "cue": ["said"]}))
    assert profile["credits"] == [None, f"{name} spokesperson"]


@pytest.mark.parametrize("body", ["the Ministry of the Interior", "the Department of Health"])
def test_the_spokesperson_after_a_spokesperson_for_a_body_named_with_of_is_that_spokesperson(body):
    profile = profile_of((f"A spokesperson for {body} said every room met the standards.", DENIAL,
                          {"source": [f"A spokesperson for {body}"], "cue": ["said"]}),
                         ("The spokesperson added that families were never housed with unrelated adults.", DENIAL,
                          {"source": ["The spokesperson"], "cue": ["added"]}))
    key = f"{body[4:].lower()} spokesperson"
    assert profile["credits"] == [key, key]
    # of two bodies' spokespeople, "the spokesperson" is the one credited last, "of" in its name or not
    profile = profile_of((f"A spokesperson for {body} said every room met the standards.", DENIAL,
                          {"source": [f"A spokesperson for {body}"], "cue": ["said"]}),
                         ("A spokesperson for Harlow Police said the claims were false.", DENIAL,
                          {"source": ["A spokesperson for Harlow Police"], "cue": ["said"]}),
                         ("The spokesperson added that no arrests were made.", DENIAL,
                          {"source": ["The spokesperson"], "cue": ["added"]}))
    assert profile["credits"][1:] == ["harlow police spokesperson"] * 2
    # "the suspect" is still no "family of the suspect"
    profile = profile_of(("The family of the suspect said he was innocent.", CLAIM,
                          {"source": ["The family of the suspect"], "cue": ["said"]}),
                         ("The suspect said nothing.", CLAIM, {"source": ["The suspect"], "cue": ["said"]}))
    assert profile["credits"] == ["family of the suspect", "suspect"]


@pytest.mark.parametrize("first", ["PRESENTER (JAMIE ROLLO): The minister, Neil Brankes, joins me now.",
                                   "JAMIE ROLLO, PRESENTER: The minister, Neil Brankes, joins me now."])


def test_he_opening_a_host_s_turn_labelled_by_surname_is_the_third_person_not_the_host(first):
    rows = [(first, FACT, {}), ("BRANKES: Good morning.", FACT, {}),
            ("ROLLO: The chief inspector, David Morland, found that people slept on chairs.", CLAIM,
             {"source": ["The chief inspector, David Morland"], "cue": ["found"]}),
            ("BRANKES: Those were exceptional cases.", DENIAL, {}),
            ("ROLLO: He also found that staff had not been trained.", CLAIM, {"source": ["He"], "cue": ["found"]}),
            ("BRANKES: That is simply not true.", DENIAL, {})]
    assert profile_of(*rows, gap="\n\n")["credits"] == [
        "jamie rollo", "neil brankes", "david morland", "neil brankes", "david morland", "neil brankes"]
    # with no third person named, "he" opening the host's turn stays the host's
    rows[2] = ("ROLLO: The centre was described as unsafe.", FACT, {})
    assert profile_of(*rows, gap="\n\n")["credits"][4] == "jamie rollo"


@pytest.mark.parametrize("headline, body", [("Interior ministry", "The Ministry of the Interior"),
                                            ("Justice ministry", "The Ministry of Justice"),
                                            ("Foreign ministry", "The Ministry of Foreign Affairs")])


def test_a_headline_s_ministry_by_its_portfolio_is_the_one_the_copy_names_in_other_words(headline, body):
    rows = [(f"{headline} denies asylum hotel is overcrowded", DENIAL, {"source": [headline], "cue": ["denies"]}),
            ("Residents said the rooms were crowded.", CLAIM, {"source": ["Residents"], "cue": ["said"]}),
            (f"{body} denied that the site was overcrowded.", DENIAL, {"source": [body], "cue": ["denied"]})]
    key = body[4:].lower()
    assert profile_of(*rows, gap="\n\n")["credits"] == [key, "residents", key]
    # a ministry of another portfolio is not the headline's
    rows[2] = ("The Ministry of Transport denied that the buses were late.", DENIAL,
               {"source": ["The Ministry of Transport"], "cue": ["denied"]})
    assert profile_of(*rows, gap="\n\n")["credits"][0] == headline.lower()


@pytest.mark.parametrize("concession", ["despite two doctors warning that detention was harming him",
                                        "in spite of warnings from two doctors that detention was harming him"])


def test_a_source_in_a_phrase_of_concession_is_not_who_speaks(concession):
    rows = [("The Calder Heath Monitoring Board published its annual report on Monday.", FACT, {}),
            (f"The board found that a man had been held for 147 days, {concession}.", CLAIM,
             {"source": ["two doctors"], "cue": ["found"]})]
    assert profile_of(*rows)["credits"][1] == "calder heath monitoring board"
    # a source outside the phrase still speaks
    rows[1] = ("Two doctors said the man had been held for 147 days despite their warnings.", CLAIM,
               {"source": ["Two doctors"], "cue": ["said"]})
    assert profile_of(*rows)["credits"][1] == "two doctors"
    # a cue after the comma closing the phrase is the main clause's
    rows[1] = ("Despite two doctors' warnings that he was ill, the board found that the man had been held too long.",
               CLAIM, {"source": ["two doctors"], "cue": ["found"]})
    assert profile_of(*rows)["credits"][1] == "calder heath monitoring board"
    # with no cue before the phrase, what its source said is all the sentence credits
    rows[1] = ("The ward reopened despite the fear among two doctors that \"the men would suffer\".", CLAIM,
               {"source": ["two doctors"], "cue": ["fear"]})
    assert profile_of(*rows)["credits"][1] == "two doctors"


@pytest.mark.parametrize("document, key", [("A report", "report"), ("Government figures", "government figures")])
def test_out_after_a_document_s_noun_cut_before_its_time_is_no_part_of_the_source(document, key):
    profile = profile_of((f"{document} out today says the centre is unsafe.", CLAIM,
                          {"source": [f"{document} out"], "cue": ["says"]}),
                         ("The minister rejected that.", DENIAL, {"source": ["The minister"], "cue": ["rejected"]}))
    assert profile["credits"] == [key, "minister"]
    # a name in capitals ending in "Out" keeps it
    profile = profile_of(("Lights Out said the blackout was planned.", CLAIM,
                          {"source": ["Lights Out"], "cue": ["said"]}))
    assert profile["credits"] == ["lights out"]


def test_he_or_she_found_that_with_no_span_marked_is_the_person_the_pronoun_means():
    benn = ("Chief Inspector Laura Benn said the site was dirty.", CLAIM,
            {"source": ["Chief Inspector Laura Benn"], "cue": ["said"]})
    rejected = ("The Border Force rejected the report.", DENIAL, {"source": ["The Border Force"], "cue": ["rejected"]})
    found = ("She also found that detainees slept on the floor.", CLAIM, {})
    assert profile_of(benn, rejected, found)["credits"] == ["laura benn", "border force", "laura benn"]
    # in a host's turn, past the guest's answer, the third person the host quoted
    rows = [("PRESENTER (JAMIE ROLLO): The minister, Neil Brankes, joins me now.", FACT, {}),
            ("BRANKES: Good morning.", FACT, {}),
            ("ROLLO: The chief inspector, David Morland, found that people slept on chairs.", CLAIM,
             {"source": ["The chief inspector, David Morland"], "cue": ["found"]}),
            ("BRANKES: Those were exceptional cases.", DENIAL, {}),
            ("ROLLO: He also found that staff had not been trained.", CLAIM, {})]
    assert profile_of(*rows, gap="\n\n")["credits"][4] == "david morland"
    # "found" with no "that" reports what she came upon, no finding of hers
    visited = ("Chief Inspector Laura Benn visited the site in June.", FACT, {})
    assert profile_of(visited, ("She found the doors locked.", CLAIM, {}))["credits"] == [None, None]
