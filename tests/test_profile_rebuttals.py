"""An accuser's answer to a denial, or its own follow-up, labelled a denial: a rebuttal, not a denial of its
own allegation; on hand-built sentences, and once on the bundled model."""

import re

import pytest

import framing
from framing.document import Document, Sentence, Span
from framing.profile import build_profile
from framing.source_accusations import alleges

LABELS = framing.LABELS
FACT, CLAIM, DENIAL, OPINION = LABELS


def profile_of(*rows, gap=" "):
    """The profile of sentences laid out one after another, ``gap`` between them: each row is (text, label,
    source words or None)."""
    return build_profile(*_sentences(rows, gap))


def _sentences(rows, gap=" "):
    """The sentences of ``rows`` (see :func:`profile_of`), the labels and the text they index."""
    sentences, start = [], 0
    for words, label, source in rows:
        spans = ()
        if source:
            at = start + re.search(rf"(?<!\w){re.escape(source)}(?!\w)", words).start()
            spans = (Span("source", at, at + len(source), source),)
        sentences.append(Sentence(words, start, start + len(words), label, {l: float(l == label) for l in LABELS},
                                  spans))
        start += len(words) + len(gap)
    return sentences, LABELS, gap.join(words for words, _, _ in rows)


ACCUSATION = ("Councillor Wenna Tarrick accused Brindle Dairies of dumping whey into the Ashburn.", CLAIM,
              "Councillor Wenna Tarrick")
ANSWER = ("Brindle Dairies denied dumping anything.", DENIAL, "Brindle Dairies")


def test_the_accuser_dismissing_the_denial_is_a_rebuttal_not_a_denier():
    profile = profile_of(ACCUSATION, ANSWER,
                         ("Tarrick dismissed the denial as a stunt.", DENIAL, "Tarrick"))
    assert profile["credits"] == ["wenna tarrick", "brindle dairies", "wenna tarrick"]
    assert {s["source"]: s["denies"] for s in profile["sources"]} == {"wenna tarrick": False,
                                                                       "brindle dairies": True}
    assert profile["denials"] == [{"denial": 1, "source": "brindle dairies", "allegation": 0}]
    assert profile["rebuttals"] == [{"rebuttal": 2, "source": "wenna tarrick", "allegation": 0}]
    # the sentence keeps its label: the counts are the model's
    assert profile["counts"][DENIAL] == 2


def test_the_accuser_s_own_follow_up_labelled_a_denial_is_a_rebuttal():
    profile = profile_of(ACCUSATION,
                         ("Tarrick said the firm had rejected every request for its discharge logs.", DENIAL,
                          "Tarrick"))
    assert profile["denials"] == []
    assert profile["rebuttals"] == [{"rebuttal": 1, "source": "wenna tarrick", "allegation": 0}]
    assert profile["sources"][0]["denies"] is False


def test_a_rebuttal_is_no_denial_that_keeps_the_accuser_s_claim_from_answering_a_later_one():
    profile = profile_of(ACCUSATION, ANSWER,
                         ("Tarrick dismissed the denial as a stunt.", DENIAL, "Tarrick"),
                         ("River wardens said the fish ladder reopened in May.", CLAIM, "River wardens"),
                         ("Brindle Dairies rejected that too.", DENIAL, "Brindle Dairies"))
    # a claim by a source that denies would be passed over; the accuser does not deny, so its allegation,
    # not the wardens' nearer neutral claim, is what the second denial answers
    assert profile["denials"] == [{"denial": 1, "source": "brindle dairies", "allegation": 0},
                                  {"denial": 4, "source": "brindle dairies", "allegation": 0}]
    assert [r["rebuttal"] for r in profile["rebuttals"]] == [2]


def test_a_back_and_forth_gives_the_accuser_one_rebuttal_a_round():
    profile = profile_of(ACCUSATION, ANSWER,
                         ("Tarrick dismissed the denial as a stunt.", DENIAL, "Tarrick"),
                         ("Brindle Dairies rejected her remarks.", DENIAL, "Brindle Dairies"),
                         ("Tarrick rejected that answer as well.", DENIAL, "Tarrick"))
    assert [(d["denial"], d["source"]) for d in profile["denials"]] == [(1, "brindle dairies"), (3, "brindle dairies")]
    assert profile["rebuttals"] == [{"rebuttal": 2, "source": "wenna tarrick", "allegation": 0},
                                    {"rebuttal": 4, "source": "wenna tarrick", "allegation": 0}]


def test_the_accused_side_s_counter_charge_leaves_its_denial_a_denial():
    # the accused answers an earlier claim: its own allegation-like claim is a counter-charge
    profile = profile_of(("Anglers said the Ashburn ran white below the creamery.", CLAIM, "Anglers"),
                         ("Brindle Dairies accused the anglers of a smear campaign.", CLAIM, "Brindle Dairies"),
                         ("Brindle Dairies rejected the anglers' account.", DENIAL, "Brindle Dairies"))
    assert profile["rebuttals"] == []
    assert profile["denials"] == [{"denial": 2, "source": "brindle dairies", "allegation": 0}]
    # and a source that denied before its allegation is the accused side: later denials are denials
    profile = profile_of(("Anglers said the Ashburn ran white below the creamery.", CLAIM, "Anglers"),
                         ANSWER,
                         ("Brindle Dairies accused the anglers of lying.", CLAIM, "Brindle Dairies"),
                         ANSWER)
    assert profile["rebuttals"] == [] and [d["denial"] for d in profile["denials"]] == [1, 3]
    assert {s["source"]: s["denies"] for s in profile["sources"]}["brindle dairies"] is True


def test_a_counter_charge_between_an_allegation_and_a_denial_leaves_the_denial_a_denial():
    # the accuser's own denial answers what the accused side alleged since, not its allegation
    profile = profile_of(("Pellow Quarries accused the parish council of stalling its permit.", CLAIM,
                          "Pellow Quarries"),
                         ("The parish council accused Pellow Quarries of blasting after dark.", CLAIM,
                          "The parish council"),
                         ("Pellow Quarries denied any blasting after dark.", DENIAL, "Pellow Quarries"))
    assert profile["rebuttals"] == []
    assert profile["denials"] == [{"denial": 2, "source": "pellow quarries", "allegation": 1}]
    assert {s["source"]: s["denies"] for s in profile["sources"]}["pellow quarries"] is True


def test_a_claim_labelled_a_denial_but_not_worded_as_one_is_answerable():
    # the model may label a counter-claim a denial; without a denial's wording it is still what is denied
    profile = profile_of(("Pellow Quarries accused the parish council of stalling its permit.", CLAIM,
                          "Pellow Quarries"),
                         ("The parish council said the quarry cracked three cottage walls.", DENIAL,
                          "The parish council"),
                         ("Pellow Quarries denied that its work cracked any walls.", DENIAL, "Pellow Quarries"))
    assert profile["rebuttals"] == []
    assert [d["source"] for d in profile["denials"]] == ["parish council", "pellow quarries"]
    # worded as a denial, the same sentence is an answer the accuser's rebuttal stands against
    profile = profile_of(("Pellow Quarries accused the parish council of stalling its permit.", CLAIM,
                          "Pellow Quarries"),
                         ("The parish council rejected the claim about its permit.", DENIAL, "The parish council"),
                         ("Pellow Quarries dismissed that rejection.", DENIAL, "Pellow Quarries"))
    assert profile["rebuttals"] == [{"rebuttal": 2, "source": "pellow quarries", "allegation": 0}]


def test_a_passive_headline_is_no_allegation_of_the_accused():
    # the headline is page furniture, and "accused of" reports an allegation against the mayor, not one of hers
    profile = profile_of(("Mayor Ilse Quenby accused of rigging a tender", CLAIM, "Mayor Ilse Quenby"),
                         ("Auditors said the bus depot contract went to a cousin of the mayor.", CLAIM,
                          "Auditors"),
                         ("Mayor Ilse Quenby denied it.", DENIAL, "Mayor Ilse Quenby"), gap="\n\n")
    assert profile["rebuttals"] == []
    assert profile["denials"] == [{"denial": 2, "source": "ilse quenby", "allegation": 1}]
    # nor is a headline in the active the accuser's allegation: it frames the copy
    profile = profile_of(("Quenby accuses auditors of bias over depot tender", CLAIM, "Quenby"),
                         ("Auditors said the bus depot contract went to a cousin of the mayor.", CLAIM,
                          "Auditors"),
                         ("Quenby denied it.", DENIAL, "Quenby"), gap="\n\n")
    assert profile["rebuttals"] == [] and profile["denials"][0]["allegation"] == 1


def test_a_passive_accusation_is_not_its_subject_s_own_allegation():
    assert alleges("Mayor Ilse Quenby accused the auditors of bias.", passive=False)
    for passive in ("Mayor Ilse Quenby accused of rigging a tender", "The mayor was accused by auditors of bias.",
                    "Two depot managers were charged with bribery.", "The mayor is widely blamed for the delay."):
        assert not alleges(passive, passive=False), passive
        assert alleges(passive), passive  # it still reports an allegation, which a denial may answer
    # copy, not furniture: the passive claim is no allegation the mayor's denial would stand by
    profile = profile_of(("Mayor Ilse Quenby was accused of rigging a tender, she said.", CLAIM, "Mayor Ilse Quenby"),
                         ("Mayor Ilse Quenby denied it.", DENIAL, "Mayor Ilse Quenby"))
    assert profile["rebuttals"] == [] and profile["denials"][0]["source"] == "ilse quenby"


@pytest.mark.parametrize("furniture", ["Image caption: Wardens said the weir was blocked by spoil",
                                       "Read more: Wardens say quarry spoil blocked the weir"])
def test_a_caption_or_promotion_line_is_no_allegation_a_denial_answers(furniture):
    profile = profile_of(("The river rose overnight.", FACT, None), (furniture, CLAIM, "Wardens"),
                         ("Pellow Quarries denied blocking the weir.", DENIAL, "Pellow Quarries"), gap="\n\n")
    assert profile["denials"] == [{"denial": 2, "source": "pellow quarries", "allegation": None}]
    # the same claim in the copy is what the denial answers
    profile = profile_of(("The river rose overnight.", FACT, None),
                         ("Wardens said the weir was blocked by spoil.", CLAIM, "Wardens"),
                         ("Pellow Quarries denied blocking the weir.", DENIAL, "Pellow Quarries"), gap="\n\n")
    assert profile["denials"] == [{"denial": 2, "source": "pellow quarries", "allegation": 1}]


def test_a_claim_not_worded_as_an_allegation_makes_no_accuser():
    profile = profile_of(("Tarrick said the council would meet on Friday.", CLAIM, "Tarrick"),
                         ("Tarrick rejected the dairy's figures.", DENIAL, "Tarrick"))
    assert profile["rebuttals"] == []
    assert profile["denials"] == [{"denial": 1, "source": "tarrick", "allegation": None}]


def test_an_allegation_beyond_the_window_makes_no_rebuttal():
    filler = [(f"The {word} inspection found nothing unusual.", FACT, None)
              for word in ("first", "second", "third", "fourth", "fifth", "sixth")]
    profile = profile_of(ACCUSATION, *filler, ("Tarrick dismissed the denial as a stunt.", DENIAL, "Tarrick"))
    assert profile["rebuttals"] == [] and profile["denials"][0]["source"] == "wenna tarrick"


def test_a_summary_counts_rebuttals_apart_from_denial_pairs():
    sentences, labels, text = _sentences([ACCUSATION, ANSWER, ("Tarrick dismissed the denial.", DENIAL, "Tarrick")])
    doc = Document(text, tuple(sentences), build_profile(sentences, labels, text))
    summary = framing.summarize([doc, doc.to_dict()])
    assert summary["rebuttals"] == 2 and summary["denial_pairs"] == 2
    assert {s["source"]: s["denying_documents"] for s in summary["sources"]} == {"wenna tarrick": 0,
                                                                                 "brindle dairies": 2}
    plain = [s.__class__(s.text, s.start, s.end, FACT if s.label == DENIAL else s.label,
                         {FACT: 0.5, CLAIM: 0.5}, s.spans) for s in sentences]
    without = Document(text, tuple(plain), build_profile(plain, (FACT, CLAIM), text))
    assert framing.summarize([without])["rebuttals"] is None


def test_the_bundled_model_s_rebuttal_is_not_a_denial(bundled):
    doc = bundled.analyze("Councillor Wenna Tarrick accused Brindle Dairies of dumping whey into the Ashburn. "
                          "Brindle Dairies denied the accusation on Monday. "
                          "Councillor Wenna Tarrick dismissed the denial as a stunt.")
    assert [s.label for s in doc.sentences] == [CLAIM, DENIAL, DENIAL]
    assert doc.profile["rebuttals"] == [{"rebuttal": 2, "source": "wenna tarrick", "allegation": 0}]
    assert [d["source"] for d in doc.profile["denials"]] == ["brindle dairies"]
    assert not {s["source"]: s["denies"] for s in doc.profile["sources"]}["wenna tarrick"]


def test_the_report_lists_a_rebuttal_apart_from_the_denials():
    from framing.report import render_html

    sentences, labels, text = _sentences([ACCUSATION, ANSWER, ("Tarrick dismissed the denial as a stunt.", DENIAL,
                                                               "Tarrick")])
    page = render_html(Document(text, tuple(sentences)))
    listed = re.search(r'<ul class="denials">(.*?)</ul>', page).group(1)
    items = re.findall(r"<li>(.*?)</li>", listed)
    assert len(items) == 2
    assert "sentence 2</a>: denial by <bdi>Brindle Dairies</bdi> answering" in items[0]
    assert re.search(r'href="#s2">sentence 3</a>: labelled a denial, read as <bdi>[^<]*Tarrick</bdi> standing by '
                     r'its own claim in <a href="#s0">sentence 1</a> \(a rebuttal, not a denial\)', items[1])


@pytest.mark.parametrize("mark", ["ENDS", "###", "-ends-"])
def test_a_press_release_s_closing_mark_labelled_a_denial_is_no_denial(mark):
    rows = [("Statement from the Ashburn Anglers", FACT, None),
            ("The Ashburn Anglers said Brindle Dairies had dumped whey into the river.", CLAIM, "The Ashburn Anglers"),
            ("Brindle Dairies denied dumping anything.", DENIAL, "Brindle Dairies"),
            (mark, DENIAL, None)]
    profile = profile_of(*rows, gap="\n\n")
    assert profile["denials"] == [{"denial": 2, "source": "brindle dairies", "allegation": 1}]
    # nor is a caption naming its source a denial, nor the accuser's rebuttal, nor does its source deny
    caption = ("Image caption: The Ashburn Anglers rejected the dairy's denial", DENIAL, "The Ashburn Anglers")
    profile = profile_of(*rows[:3], caption, gap="\n\n")
    assert profile["credits"][3] == "ashburn anglers"
    assert [d["denial"] for d in profile["denials"]] == [2] and profile["rebuttals"] == []
    assert {s["source"]: s["denies"] for s in profile["sources"]} == {"ashburn anglers": False,
                                                                       "brindle dairies": True}
    # the headline, the outlet's own voice on the story, stays a denial
    profile = profile_of(("Brindle Dairies denies dumping whey", DENIAL, "Brindle Dairies"), *rows[1:3],
                         gap="\n\n")
    assert [d["denial"] for d in profile["denials"]] == [0, 2]


@pytest.mark.parametrize("spokesperson", ["A spokesperson for the Kessel Office for Migrant Rights",
                                          "A spokesperson for the KOMR", "A KOMR spokesperson"])
def test_the_accuser_s_spokesperson_standing_by_its_report_is_a_rebuttal_not_a_denial(spokesperson):
    # the body accuses, the accused rejects it, and the body's spokesperson answers: the body's side stands by its
    # own allegation, by its name or by the initials it is credited under
    report = ("A report by the Kessel Office for Migrant Rights (KOMR) found that 300 people had been forced back.",
              CLAIM, "A report by the Kessel Office for Migrant Rights (KOMR)")
    profile = profile_of(report, ("Ostrelia rejected the report as unfounded.", DENIAL, "Ostrelia"),
                         (f"{spokesperson} said the office stood by its findings.", DENIAL, spokesperson))
    assert profile["denials"] == [{"denial": 1, "source": "ostrelia", "allegation": 0}]
    assert [(r["rebuttal"], r["allegation"]) for r in profile["rebuttals"]] == [(2, 0)]
    # with no one's denial between, the spokesperson's words answer no claim of the body's own
    profile = profile_of(("The KOMR said 300 people were forced back.", CLAIM, "The KOMR"),
                         (f"{spokesperson} said the office stood by its findings.", DENIAL, spokesperson))
    assert [d["allegation"] for d in profile["denials"]] == [None]


def test_a_spokesperson_s_denial_still_answers_another_side_s_allegation_about_the_body():
    profile = profile_of(("Ostrelia accused the Kessel Office for Migrant Rights of inventing the figures.", CLAIM,
                          "Ostrelia"),
                         ("A spokesperson for the Kessel Office for Migrant Rights said the figures were checked.",
                          DENIAL, "A spokesperson for the Kessel Office for Migrant Rights"))
    assert profile["denials"] == [{"denial": 1, "source": "kessel office for migrant rights spokesperson",
                                   "allegation": 0}]
    assert profile["rebuttals"] == []


# a regulator accuses a drugmaker, the drugmaker denies it and goes on with its own account of the regulator's work
FINDING = ("The Food and Drug Board said Calloway Labs had failed to report 12 deaths linked to its insulin pens.",
           CLAIM, "The Food and Drug Board")
CALLOWAY_DENIES = [("Calloway Labs denied the allegation.", DENIAL, "Calloway Labs"),
                   ("A company spokesperson said the board had miscounted its records.", DENIAL,
                    "A company spokesperson")]


@pytest.mark.parametrize("inspector", [("Its chief inspector, Dr. Anneliese Korva, said the company's records were "
                                        "incomplete.", "Its chief inspector, Dr. Anneliese Korva"),
                                       ("Dr. Anneliese Korva, the board's chief inspector, said the company's records "
                                        "were incomplete.", "Dr. Anneliese Korva, the board's chief inspector")])
def test_the_accuser_s_own_inspector_answering_the_accused_is_a_rebuttal_not_a_denial(inspector):
    # "its" (the board the sentence before credits) or "the board's" puts the inspector on the board's side: her
    # answer to the company's account stands by the board's allegation, which no one of its side denies
    words, source = inspector
    profile = profile_of(FINDING, *CALLOWAY_DENIES, ("The board stood by its findings.", DENIAL, "The board"),
                         (words, DENIAL, source))
    assert profile["credits"][4] == "anneliese korva"
    assert [(d["denial"], d["allegation"]) for d in profile["denials"]] == [(1, 0), (2, 0)]
    assert profile["rebuttals"] == [{"rebuttal": 3, "source": "food and drug board", "allegation": 0},
                                    {"rebuttal": 4, "source": "anneliese korva", "allegation": 0}]
    assert {s["source"]: s["denies"] for s in profile["sources"]} == {
        "food and drug board": False, "calloway labs": True, "calloway labs spokesperson": True,
        "anneliese korva": False}


def test_its_inspector_after_a_person_s_words_is_no_side_of_theirs():
    # "its" cannot mean a person: the inspector is not put on the side of the councillor credited just before her
    profile = profile_of(("Councillor Ida Marr accused the Harbour Trust of hiding the dredging costs.", CLAIM,
                          "Councillor Ida Marr"),
                         ("Its chief inspector, Dr. Anneliese Korva, said the costs were published in May.", DENIAL,
                          "Its chief inspector, Dr. Anneliese Korva"))
    assert profile["rebuttals"] == []
    assert profile["denials"] == [{"denial": 1, "source": "anneliese korva", "allegation": 0}]


def test_its_inspector_after_a_sentence_naming_another_body_is_no_side_of_its_source():
    # before, "Its" was the board credited just before, though the ministry that sentence names may own the role:
    # Korva's answer was the board's rebuttal; now "its" is left unresolved, and her answer stays a denial
    inspector = ("Its chief inspector, Dr. Anneliese Korva, said the company's records were incomplete.", DENIAL,
                 "Its chief inspector, Dr. Anneliese Korva")
    for between in (("The board stood by its findings, and the Health Ministry opened an inquiry.", DENIAL,
                     "The board"),
                    # nor does "its" reach past a sentence credited to no one to the board credited before it
                    ("The Health Ministry opened an inquiry.", FACT, None)):
        profile = profile_of(FINDING, ("The board stood by its findings.", DENIAL, "The board"), between, inspector)
        assert 3 not in [r["rebuttal"] for r in profile["rebuttals"]]
        assert (3, "anneliese korva", 0) in [(d["denial"], d["source"], d["allegation"]) for d in profile["denials"]]
    # a sentence just before naming no other body (a day, a person, its own name) still gives "its" its body
    for words, source in (("The board stood by its findings on Monday.", "The board"),
                          ("The board stood by its findings, Dr. Ivo Marr said.", "The board"),
                          ("The Food and Drug Board stood by its findings.", "The Food and Drug Board")):
        profile = profile_of(FINDING, CALLOWAY_DENIES[0], (words, DENIAL, source), inspector)
        assert profile["rebuttals"][-1] == {"rebuttal": 3, "source": "anneliese korva", "allegation": 0}


@pytest.mark.parametrize("spokesman", ["A board spokesman", "A spokesman for the board"])
def test_a_board_spokesman_answering_the_accused_is_the_board_s_rebuttal(spokesman):
    # before, "board spokesperson" served a body "board" that matched no source, so the spokesman denied the
    # board's own allegation; the board's noun alone means the board credited before, as "the board's" does
    profile = profile_of(FINDING, CALLOWAY_DENIES[0], (f"{spokesman} said its method was sound.", DENIAL, spokesman))
    assert profile["denials"] == [{"denial": 1, "source": "calloway labs", "allegation": 0}]
    # "for the board", and "A board spokesman" too, names the board "the board" means, as "the company's spokesman"
    # names the company (before, "A board spokesman" was a nameless "board spokesperson")
    key = "food and drug board spokesperson"
    assert profile["rebuttals"] == [{"rebuttal": 2, "source": key, "allegation": 0}]
    assert {s["source"]: s["denies"] for s in profile["sources"]}[key] is False
    # "A company spokesperson" just after Calloway Labs denied is its spokesperson (before, a nameless one)
    assert profile_of(FINDING, *CALLOWAY_DENIES)["denials"][-1] == {
        "denial": 2, "source": "calloway labs spokesperson", "allegation": 0}


def test_the_accuser_standing_by_its_findings_after_the_accused_s_account_is_a_rebuttal():
    profile = profile_of(FINDING, *CALLOWAY_DENIES, ("The board stood by its findings.", DENIAL, "The board"))
    assert profile["rebuttals"] == [{"rebuttal": 3, "source": "food and drug board", "allegation": 0}]
    assert [d["denial"] for d in profile["denials"]] == [1, 2]
    assert {s["source"]: s["denies"] for s in profile["sources"]}["food and drug board"] is False
    # even after a counter-charge worded as an allegation: standing by its own findings denies nothing
    profile = profile_of(FINDING, ("Calloway Labs accused the board of leaking its draft report.", CLAIM,
                                   "Calloway Labs"),
                         ("The board stood by its findings.", DENIAL, "The board"))
    assert profile["rebuttals"] == [{"rebuttal": 2, "source": "food and drug board", "allegation": 0}]
    assert profile["denials"] == []


def test_the_accuser_denying_the_accused_s_counter_charge_still_denies():
    # a counter-charge worded as an allegation, after the accused's denial, is a new allegation the accuser may deny
    profile = profile_of(FINDING, CALLOWAY_DENIES[0],
                         ("Calloway Labs accused the board of leaking its draft report.", CLAIM, "Calloway Labs"),
                         ("The board denied leaking anything.", DENIAL, "The board"))
    assert profile["rebuttals"] == []
    assert profile["denials"][-1] == {"denial": 3, "source": "food and drug board", "allegation": 2}
    assert {s["source"]: s["denies"] for s in profile["sources"]}["food and drug board"] is True


@pytest.mark.parametrize("stands", ["The Okafor campaign stood by its accusation.",
                                    "The Okafor campaign stood by its charge.",
                                    "The Okafor campaign stood by the allegation."])
def test_the_accuser_standing_by_its_accusation_is_a_rebuttal_credited_to_it(stands):
    profile = profile_of(("The Okafor campaign accused Hartwell of taking money from landlords.", CLAIM,
                          "The Okafor campaign"),
                         ("Hartwell denied it.", DENIAL, "Hartwell"),
                         (stands, DENIAL, None))
    assert profile["credits"] == ["okafor campaign", "hartwell", "okafor campaign"]
    assert profile["denials"] == [{"denial": 1, "source": "hartwell", "allegation": 0}]
    assert profile["rebuttals"] == [{"rebuttal": 2, "source": "okafor campaign", "allegation": 0}]


def test_the_accuser_standing_by_the_allegation_after_a_counter_charge_is_a_rebuttal():
    profile = profile_of(("The Food and Drug Board accused Calloway Labs of failing to report 12 deaths.", CLAIM,
                          "The Food and Drug Board"),
                         ("Calloway Labs accused the board of leaking its draft report.", CLAIM, "Calloway Labs"),
                         ("The board stood by the allegation.", DENIAL, "The board"))
    assert profile["rebuttals"] == [{"rebuttal": 2, "source": "food and drug board", "allegation": 0}]
    assert profile["denials"] == []


def test_in_a_two_sided_exchange_dismissing_the_denial_of_one_s_own_charge_is_a_rebuttal():
    # the accused side's counter-charge, denied by the first accuser, then defended: a rebuttal of the counter-charge,
    # though its source denied the first charge before making it
    first = ("Hartwell accused Okafor of blocking 2,000 homes.", CLAIM, "Hartwell")
    answer = ("Okafor denied it.", DENIAL, "Okafor")
    counter = ("Okafor accused Hartwell of taking money from landlords.", CLAIM, "Okafor")
    hers = ("Hartwell denied it.", DENIAL, "Hartwell")
    for last in ("Okafor dismissed her denial.", "Okafor stood by his charge."):
        profile = profile_of(first, answer, counter, hers, (last, DENIAL, "Okafor"))
        assert profile["denials"] == [{"denial": 1, "source": "okafor", "allegation": 0},
                                      {"denial": 3, "source": "hartwell", "allegation": 2}], last
        assert profile["rebuttals"] == [{"rebuttal": 4, "source": "okafor", "allegation": 2}], last
    profile = profile_of(("Okafor denied blocking any homes.", DENIAL, "Okafor"),
                         ("Okafor then accused Hartwell of taking money from landlords.", CLAIM, "Okafor"),
                         hers, ("Okafor dismissed her denial.", DENIAL, "Okafor"))
    assert profile["rebuttals"] == [{"rebuttal": 3, "source": "okafor", "allegation": 1}]
    # denying the first charge again is still a denial
    profile = profile_of(first, answer, counter, hers, ("Okafor again denied blocking any homes.", DENIAL, "Okafor"))
    assert profile["rebuttals"] == []
    assert profile["denials"][-1] == {"denial": 4, "source": "okafor", "allegation": 0}


@pytest.mark.parametrize("words, source", [
    ('"This is a company built on a house of cards," Grayfin founder Nate Ellery said.', "Nate Ellery"),
    ("Nate Ellery, Grayfin's co-founder, said the company was built on a house of cards.",
     "Nate Ellery, Grayfin's co-founder"),
    ("Grayfin chief executive Nate Ellery said the company was built on a house of cards.", "Nate Ellery"),
])
def test_the_accuser_s_founder_by_the_firm_s_short_name_is_on_its_side(words, source):
    # before, "Grayfin" was no side of "Grayfin Research": the founder's words were a denial of his own firm's
    # allegation, and he denied
    profile = profile_of(("Grayfin Research accused Zentrix Pharma of inflating sales.", CLAIM, "Grayfin Research"),
                         (words, DENIAL, source))
    assert profile["denials"] == []
    assert profile["rebuttals"] == [{"rebuttal": 1, "source": "nate ellery", "allegation": 0}]
    assert {s["source"]: s["denies"] for s in profile["sources"]}["nate ellery"] is False


def test_a_place_s_lawyer_is_no_side_of_a_body_named_after_the_place():
    # "New York" before a lawyer is a place, no short name of the New York Ledger: the lawyer denies its report
    profile = profile_of(("The New York Ledger reported that Zentrix Pharma had inflated sales.", CLAIM,
                          "The New York Ledger"),
                         ("New York lawyer Jane Roe, who represents Zentrix, denied the report.", DENIAL,
                          "New York lawyer Jane Roe"))
    assert profile["rebuttals"] == []
    assert profile["denials"] == [{"denial": 1, "source": "jane roe", "allegation": 0}]


def test_the_accused_side_s_own_account_labelled_a_denial_is_answered_by_a_rebuttal():
    # "said the stations were help desks" recasts the accused's own sites, naming no charge against the accuser:
    # the accuser's answer on the same words ("volunteer") stands by its allegation
    for speaker in ("a spokeswoman for Safeguard Rights Watch",
                    "Hanna Lode, research director at Safeguard Rights Watch"):
        profile = profile_of(("Safeguard Rights Watch accused Dravonia of running the sites to pressure exiles.",
                              CLAIM, "Safeguard Rights Watch"),
                             ("Dravonia said the stations were volunteer-run help desks.", DENIAL, "Dravonia"),
                             (f'"Volunteers do not threaten people\'s parents," said {speaker}.', DENIAL, speaker))
        assert profile["denials"] == [{"denial": 1, "source": "dravonia", "allegation": 0}]
        assert [r["allegation"] for r in profile["rebuttals"]] == [0]
        assert [s["source"] for s in profile["sources"] if s["denies"]] == ["dravonia"]


def test_the_group_s_director_speaks_for_the_one_civic_group_in_view():
    # "the group's" names no source by its head word ("watch"), but Safeguard Rights Watch is the one body in view
    # whose name says it is a group: its director answers the accused's account, a rebuttal, and does not deny
    speaker = "Hanna Lode, the group's research director"
    profile = profile_of(("Safeguard Rights Watch accused Dravonia of running the sites to pressure exiles.", CLAIM,
                          "Safeguard Rights Watch"),
                         ("Dravonia has described the stations as volunteer-run help desks.", DENIAL, "Dravonia"),
                         (f'"Volunteers do not threaten people\'s parents," said {speaker}.', DENIAL, speaker))
    assert profile["denials"] == [{"denial": 1, "source": "dravonia", "allegation": 0}]
    assert profile["rebuttals"] == [{"rebuttal": 2, "source": "hanna lode", "allegation": 0}]
    assert {s["source"]: s["denies"] for s in profile["sources"]} == {"safeguard rights watch": False,
                                                                       "dravonia": True, "hanna lode": False}


@pytest.mark.parametrize("accusation, answer", [
    ("Safeguard Rights Watch accused the Red Hand militia of shelling two villages.", "The Red Hand denied it."),
    ("Safeguard Rights Watch accused the Red Hand of shelling two villages.",
     "The Red Hand, an armed group, denied it."),
])
def test_an_accused_militia_group_s_spokesman_stays_on_the_accused_side(accusation, answer):
    # another group written in view: "the group's" may be the militia's, so its spokesman still denies
    speaker = "Tor Vask, the group's spokesman"
    profile = profile_of((accusation, CLAIM, "Safeguard Rights Watch"), (answer, DENIAL, "The Red Hand"),
                         (f'"We shelled no one," said {speaker}.', DENIAL, speaker))
    assert profile["rebuttals"] == []
    assert profile["denials"][-1] == {"denial": 2, "source": "tor vask", "allegation": 0}
    assert {s["source"]: s["denies"] for s in profile["sources"]}["tor vask"] is True


def test_the_accuser_s_own_lawyer_answering_the_denial_rebuts_it():
    rows = [
        ("Varga said managers pressed her to approve loans with missing pay slips.", CLAIM, "Varga"),
        ("Dravik Bank said her claims were unsupported.", DENIAL, "Dravik Bank"),
        ("Her lawyer, Benedikt Aurel, said the bank's account did not hold up.", DENIAL,
         "Her lawyer, Benedikt Aurel"),
    ]
    profile = profile_of(*rows)
    assert profile["rebuttals"] == [{"rebuttal": 2, "source": "benedikt aurel", "allegation": 0}]
    assert profile["denials"] == [{"denial": 1, "source": "dravik bank", "allegation": 0}]
    assert {s["source"]: s["denies"] for s in profile["sources"]}["benedikt aurel"] is False
    # the accused side's lawyer still denies, and so does one whose "his" cannot mean the accuser, a woman
    rows[0] = ("Anna Varga said managers pressed her to approve loans with missing pay slips.", CLAIM, "Anna Varga")
    for lawyer in ("Dravik's lawyer", "His lawyer"):
        rows[2] = (f"{lawyer} said the claims were false.", DENIAL, lawyer)
        profile = profile_of(*rows)
        assert profile["rebuttals"] == []
        assert [pair["denial"] for pair in profile["denials"]] == [1, 2]


@pytest.mark.parametrize("role", ["Federation president Ola Brandt", "A federation spokesman",
                                  "The Farmers' Federation"])
@pytest.mark.parametrize("denial", ["the ministry's denial", "the ministry's flat denial", "that denial"])
def test_the_accuser_s_side_answering_the_denial_of_its_claim_not_worded_as_an_allegation_rebuts_it(role, denial):
    # before, the federation's claim, not worded as an allegation ("said ... had hidden"), was no allegation of its
    # own: its side's answer to the ministry's denial was a denial of its own claim, and "the ministry's denial" no
    # denial written of
    rows = [("The Farmers' Federation said the ministry had hidden drought data from growers.", CLAIM,
             "The Farmers' Federation"),
            ("The ministry denied hiding any data.", DENIAL, "The ministry"),
            (f"{role} said {denial} did not hold up.", DENIAL, role)]
    profile = profile_of(*rows)
    assert [pair["rebuttal"] for pair in profile["rebuttals"]] == [2]
    assert profile["denials"] == [{"denial": 1, "source": "ministry", "allegation": 0}]
    # an answer that writes no denial is no rebuttal of a claim not worded as an allegation, as before
    rows[2] = (f"{role} said rainfall had been normal.", DENIAL, role)
    assert profile_of(*rows)["rebuttals"] == []


@pytest.mark.parametrize("role", ["the study's lead author", "the study's author", "lead author of the study"])
def test_a_study_s_author_answering_the_denial_of_the_study_is_a_rebuttal(role):
    # before, the author, credited apart from "researchers at Penrose College", had no allegation of her own: her
    # answer to the platform's dispute was a denial of her own study
    profile = profile_of(
        ("A study by researchers at Penrose College found that Vidlo promoted violent clips.", CLAIM,
         "A study by researchers at Penrose College"),
        (f'"It happens within days," said Dr. Ines Varley, {role}.', CLAIM, f"Dr. Ines Varley, {role}"),
        ("Vidlo disputed the findings.", DENIAL, "Vidlo"),
        ("Varley said the company's response missed the point.", DENIAL, "Varley"))
    assert profile["denials"] == [{"denial": 2, "source": "vidlo", "allegation": 0}]
    assert profile["rebuttals"] == [{"rebuttal": 3, "source": "ines varley", "allegation": 0}]
    assert {s["source"]: s["denies"] for s in profile["sources"]}["ines varley"] is False


def test_an_author_of_a_study_the_text_names_only_in_another_s_words_speaks_for_no_one():
    # "the study" written by the platform, not the source a claim was credited by: the author is on no one's side
    profile = profile_of(
        ("Vidlo said the study by Penrose College was flawed.", CLAIM, "Vidlo"),
        ('"It happens within days," said Dr. Ines Varley, the study\'s lead author.', CLAIM,
         "Dr. Ines Varley, the study's lead author"),
        ("Varley said the company's response missed the point.", DENIAL, "Varley"))
    assert profile["rebuttals"] == []
    assert profile["denials"] == [{"denial": 2, "source": "ines varley", "allegation": 0}]


def test_an_accuser_who_rebutted_standing_by_its_account_past_the_window_still_rebuts():
    # before, the director's second answer, past the window of the watchdog's finding, was a denial: he "denied"
    rows = [("The consumer watchdog Fair Line said Orsk Telecom had overcharged 40,000 pensioners.", CLAIM,
             "The consumer watchdog Fair Line"),
            ("Its report found that the company had moved older customers onto costlier plans.", CLAIM, "Its report"),
            ("Orsk Telecom rejected the findings.", DENIAL, "Orsk Telecom"),
            ("Fair Line's director, Jonas Eld, said the refunds covered few of those affected.", DENIAL,
             "Fair Line's director, Jonas Eld"),
            ("The regulator has not opened an inquiry.", FACT, None),
            ("Orsk Telecom has 2 million customers.", FACT, None),
            ("Its shares fell 3 percent on Tuesday.", FACT, None),
            ("The plans were introduced in 2022.", FACT, None),
            ("Eld said the watchdog stood by every figure in its report.", DENIAL, "Eld")]
    profile = profile_of(*rows)
    assert [(r["rebuttal"], r["allegation"]) for r in profile["rebuttals"]] == [(3, 1), (8, 1)]
    assert {s["source"]: s["denies"] for s in profile["sources"]}["jonas eld"] is False
    # what stands by nothing is left as it was: a denial
    rows[-1] = ("Eld said the company's refunds were a stunt.", DENIAL, "Eld")
    assert [r["rebuttal"] for r in profile_of(*rows)["rebuttals"]] == [3]
    # nor is standing by idly as something happens, which he denies
    rows[-1] = ("Eld denied that his staff stood by as the pensioners were overcharged.", DENIAL, "Eld")
    assert [r["rebuttal"] for r in profile_of(*rows)["rebuttals"]] == [3]


@pytest.mark.parametrize("role", ["The union", "Union spokesman Ada Okafor"])
def test_the_claimant_s_side_rejecting_the_denial_just_after_it_rebuts_a_claim_not_worded_as_an_allegation(role):
    # before, the union's claim, not worded as an allegation ("said ... had cut"), was no allegation of its own: its
    # side rejecting the operator's denial straight after it was a denial, of nothing or of its own side's claim
    rows = [("The union said the operator had cut the night premium.", CLAIM, "The union"),
            ("Calloway denied it.", DENIAL, "Calloway"),
            (f"{role} rejected that account.", DENIAL, role)]
    profile = profile_of(*rows)
    assert profile["rebuttals"] == [{"rebuttal": 2, "source": profile["credits"][2], "allegation": 0}]
    assert profile["denials"] == [{"denial": 1, "source": "calloway", "allegation": 0}]
    # a denial charging the union in turn is what the union's side may deny
    rows[1] = ("Calloway denied it and accused the union of lying to its members.", DENIAL, "Calloway")
    assert profile_of(*rows)["rebuttals"] == []


@pytest.mark.parametrize("role", ["Union organiser Ada Okafor", "Ada Okafor, a union organiser,"])
def test_an_organiser_speaks_for_the_union_whose_denied_claim_she_rebuts(role):
    # before, an organiser spoke for no body: her answer to the denial of the union's claim denied her own side's
    rows = [("The union said the operator had cut the night premium.", CLAIM, "The union"),
            ("Calloway denied it.", DENIAL, "Calloway"),
            (f"{role} rejected the denial.", DENIAL, role.rstrip(","))]
    profile = profile_of(*rows)
    assert profile["rebuttals"] == [{"rebuttal": 2, "source": "ada okafor", "allegation": 0}]
    assert profile["denials"] == [{"denial": 1, "source": "calloway", "allegation": 0}]


def _alliance_report_rows(fact):
    return ((fact, FACT, None),
            ("The report found that plastic waste on the coast had doubled.", CLAIM, "The report"),
            ("The ministry said the figures were wrong.", DENIAL, "The ministry"),
            ("The alliance's director, Tobias Wren, said the group stood by its figures.", DENIAL,
             "The alliance's director, Tobias Wren"))


def test_a_report_by_a_body_named_in_passing_is_that_body_s_and_its_director_rebuts_the_denial():
    # before, "the report" was a source of its own, so Wren standing by its figures was a second denial of it
    profile = profile_of(*_alliance_report_rows(
        "The announcement follows a report by the campaign group Clean Seas Alliance."))
    assert profile["credits"][1] == "clean seas alliance"
    assert profile["rebuttals"] == [{"rebuttal": 3, "source": "tobias wren", "allegation": 1}]
    assert [pair["denial"] for pair in profile["denials"]] == [2]


@pytest.mark.parametrize("fact", ["The ministry promised a report by Friday.",
                                  "The campaigners sent a report by courier.",
                                  "The council released a report by Clean Seas Alliance."])
def test_a_report_by_a_day_a_means_or_after_another_s_issuing_names_no_maker(fact):
    assert profile_of(*_alliance_report_rows(fact))["credits"][1] == "report"
