"""Long-form features: footnote markers end their sentence, a section's Roman numeral heads one sentence that is
page furniture, and a heading in capitals set apart (a sidebar's) is no one's words and no writer's verdict."""

import pytest

from framing.document import Sentence, Span
from framing.furniture import heads_section, page_furniture
from framing.profile import build_profile
from framing.segment import split_sentences

LABELS = ("reported_fact", "attributed_claim", "official_denial", "editorial_opinion")
CLAIM, DENIAL, FACT, OPINION = LABELS[1], LABELS[2], LABELS[0], LABELS[3]


def sentences_of(text):
    return [text[a:b] for a, b in split_sentences(text)]


def profile_of(text, labels=None, sources=None):
    """The profile of ``text`` as the segmenter cuts it, sentence ``k`` labelled ``labels[k]`` (else reported_fact),
    with a source span on each phrase ``sources[k]`` names; with the sentences' texts."""
    sentences = []
    for k, (start, end) in enumerate(split_sentences(text)):
        label = (labels or {}).get(k, FACT)
        spans = tuple(Span("source", text.index(p, start, end), text.index(p, start, end) + len(p), p)
                      for p in (sources or {}).get(k, ()))
        sentences.append(Sentence(text[start:end], start, end, label, {n: float(n == label) for n in LABELS}, spans))
    return [s.text for s in sentences], build_profile(sentences, LABELS, text)


# -- footnote markers -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("marker", ["²", "¹²", "[3]", "[3][4]", "*", "†"])
def test_a_footnote_marker_after_a_stop_ends_the_sentence_and_stays_with_it(marker):
    text = f"The pumps failed twice, according to the harbour board.{marker} The board found a worn seal."
    assert sentences_of(text) == [f"The pumps failed twice, according to the harbour board.{marker}",
                                  "The board found a worn seal."]


@pytest.mark.parametrize("text, expected", [
    # a marker ending a quotation, and one ending a paragraph
    ('"It was the seal," Vanna Orrel said.³ The board agreed.', ['"It was the seal," Vanna Orrel said.³',
                                                                 "The board agreed."]),
    ("The board paid.¹\n\nThe quay reopened.", ["The board paid.¹", "The quay reopened."]),
    # a unit's figure before the stop, and a marker set apart by a space (a note of its own), as before
    ("The tank held 40 m². The board paid.", ["The tank held 40 m².", "The board paid."]),
    ("The board paid. [2] The quay reopened.", ["The board paid.", "[2] The quay reopened."]),
    # a marker glued to the next word is no footnote's
    ("The board paid.²The quay reopened.", ["The board paid.²The quay reopened."]),
])
def test_footnote_markers_leave_other_stops_as_they_were(text, expected):
    assert sentences_of(text) == expected


# -- a section's Roman numeral --------------------------------------------------------------------------------------

ORAL = ("Nine Days on the Quay\n\n"
        "The people who cleared the harbour tell it in their own words.\n\n"
        "I. The Fog\n\n"
        "TOVA RANNICK, harbour clerk: The siren went at dawn. Nobody moved.\n\n"
        "ODO PELLART, pilot: I took the first boat out.\n\n"
        "II. The Decision\n\n"
        "TOVA RANNICK: We left at noon.\n\n"
        "ODO PELLART: I stayed.\n\n"
        "V. After\n\n"
        "TOVA RANNICK: The quay reopened in May.")


def test_a_roman_numeral_heading_is_one_sentence_and_page_furniture():
    found = sentences_of(ORAL)
    assert "II. The Decision" in found and "V. After" in found and "I. The Fog" in found
    assert "II." not in found and "After" not in found
    bounds = split_sentences(ORAL)
    assert [ORAL[a:b] for (a, b), flag in zip(bounds, page_furniture(ORAL, bounds)) if flag] == [
        "Nine Days on the Quay", "I. The Fog", "II. The Decision", "V. After"]


def test_a_roman_numeral_heading_inside_a_transcript_is_credited_to_no_one():
    texts, profile = profile_of(ORAL, {k: CLAIM for k in range(12)})
    credits = dict(zip(texts, profile["credits"]))
    assert credits["II. The Decision"] is None and credits["V. After"] is None
    assert credits["ODO PELLART: I stayed."] == "odo pellart"


@pytest.mark.parametrize("text", [
    "The quay shut.\n\nI. Pellart said the fog had lifted.\n\nThe ferry sailed.",  # an initial opening a sentence
    "The quay shut.\n\nII. The Decision was taken at noon.\n\nThe ferry sailed.",  # a sentence's stop at its end
    "The quay shut.\nII. The Decision\n\nThe ferry sailed.",  # no blank line above it
])
def test_a_roman_numeral_that_heads_no_section_line_is_copy(text):
    bounds = split_sentences(text)
    assert not any(page_furniture(text, bounds)[1:])


# -- a heading in capitals set apart ------------------------------------------------------------------------------

SIDEBAR = ("Harbour fees rose again this spring.\n\n"
           'Odo Pellart, who runs the pilots\' guild, said the rise was unfair. "Nobody asked us," he said.\n\n'
           "WHAT TO DO IF YOUR FEE LOOKS WRONG\n"
           "Ask the harbour office for the tariff in writing.\n"
           "Keep every receipt.\n\n"
           "FAST FACTS\n"
           "Berths: 212\n"
           "Fee rise: 14 per cent")


def test_a_heading_in_capitals_is_no_one_s_and_ends_the_account_going_on():
    texts, profile = profile_of(SIDEBAR, {1: CLAIM, 2: CLAIM, 3: CLAIM, 4: CLAIM, 6: OPINION},
                                {1: ["Odo Pellart"]})
    credits = dict(zip(texts, profile["credits"]))
    assert credits['"Nobody asked us," he said.'] == "odo pellart"
    assert credits["WHAT TO DO IF YOUR FEE LOOKS WRONG"] is None
    assert credits["Ask the harbour office for the tariff in writing."] is None
    assert texts[6] == "FAST FACTS" and profile["unsourced_sentences"] == []


@pytest.mark.parametrize("text, line", [
    (SIDEBAR, "WHAT TO DO IF YOUR FEE LOOKS WRONG"),
    (SIDEBAR, "FAST FACTS"),
    ("The quay shut.\n\nII. The Decision\n\nThe ferry sailed.", "II. The Decision"),
])
def test_a_line_heading_a_section_or_sidebar_is_told_by_its_form_and_place(text, line):
    start = text.index(line)
    assert heads_section(text, start, start + len(line))


@pytest.mark.parametrize("text, line", [
    # copy set all in capitals, a line ending in a stop, a label, the headline, a line with no blank line above
    ("THE QUAY SHUT.\n\nTHE FERRY SAILED\nTHE FEES ROSE.", "THE FERRY SAILED"),
    ("The quay shut.\n\nTHE FERRY SAILED.\nThe fees rose.", "THE FERRY SAILED."),
    ("The quay shut.\n\nHOST: The ferry sailed.", "HOST: The ferry sailed."),
    ("FAST FACTS\n\nThe fees rose.", "FAST FACTS"),
    ("The quay shut.\nFAST FACTS\nThe fees rose.", "FAST FACTS"),
])
def test_other_lines_in_capitals_head_no_section(text, line):
    start = text.index(line)
    assert not heads_section(text, start, start + len(line))


def test_an_opinion_in_capitals_with_no_blank_line_above_is_still_the_writer_s():
    text = "The fees rose.\nA DISGRACE\nThe guild will appeal."
    texts, profile = profile_of(text, {1: OPINION})
    assert texts[1] == "A DISGRACE" and profile["unsourced_sentences"] == [1]


@pytest.mark.parametrize("text, line", [
    # what a line ending in a colon introduces: a post in capitals
    ("Harbour fees rose.\n\nOdo Pellart wrote on Friday night:\n\nWE WILL WIN THIS IN COURT\n\nThe post spread.",
     "WE WILL WIN THIS IN COURT"),
    # a heading inside a statement quoted over paragraphs, straight or curly, closed below or not at all
    ('The board said:\n\n"The quay meets every rule.\n\nNEXT STEPS\n\nInspectors will call in May."\n\nIt rained.',
     "NEXT STEPS"),
    (("The board said:\n\n“The quay meets every rule.\n\n“The berths are safe.\n\n"
      "NEXT STEPS\n\n“Inspectors will call."),
     "NEXT STEPS"),
    # British single marks, curly or straight, past apostrophes inside the quotation's words
    ("The board said:\n\n‘The quay’s berths meet every rule.\n\nNEXT STEPS\n\nInspectors will call in May.’\n\n"
     "It rained.", "NEXT STEPS"),
    ("The board said:\n\n'The quay meets every rule, and it won't shut.\n\nNEXT STEPS\n\nInspectors will call.'",
     "NEXT STEPS"),
    # an elided word inside the quotation opens none of its own: the mark before it still opens one
    ("The board said:\n\n‘Pilots worked 'til dawn on the quay.\n\nNEXT STEPS\n\nInspectors will call.’",
     "NEXT STEPS"),
    # after a colon, a quotation opening with a capitalised word an elision's might be still opens
    ("The board said:\n\n‘Round-the-clock patrols will go on.\n\nNEXT STEPS\n\nInspectors will call.’",
     "NEXT STEPS"),
    ("The board said:\n\n'Tis the season for repairs.\n\nNEXT STEPS\n\nInspectors will call.'", "NEXT STEPS"),
    ("The board said:\n\n‘Cause of the fire is unknown.\n\nNEXT STEPS\n\nInspectors will call.’", "NEXT STEPS"),
    ("The board said: 'Til the quay reopens, ferries will run.\n\nNEXT STEPS\n\nInspectors will call.'",
     "NEXT STEPS"),
    ("The board said:\n\n‘Nkosi Dube will lead the works.\n\nNEXT STEPS\n\nInspectors will call.’", "NEXT STEPS"),
])
def test_a_capitals_line_after_a_colon_or_inside_an_open_quotation_heads_no_section(text, line):
    start = text.index(line)
    assert not heads_section(text, start, start + len(line))


@pytest.mark.parametrize("text", [
    # a British quotation closed above, a plural possessive, a year's apostrophe: no quotation stays open
    "The board said:\n\n‘The quay meets every rule.’\n\nNEXT STEPS\n\nInspectors will call in May.",
    "The pilots' guild met on Monday.\n\nNEXT STEPS\n\nInspectors will call in May.",
    "The quay was built in the ’90s.\n\nNEXT STEPS\n\nInspectors will call in May.",
    # an elided word's apostrophe, straight or curly, opens no quotation either
    "Pilots worked 'til dawn on the quay.\n\nNEXT STEPS\n\nInspectors will call in May.",
    "The crews fed ’em soup and kept the berths clear.\n\nNEXT STEPS\n\nInspectors will call in May.",
    "Ferries ran 'round the clock, 'cause the bridge was shut.\n\nNEXT STEPS\n\nInspectors will call in May.",
    # a capitalised elided word inside copy, neither after a colon nor opening a paragraph: an apostrophe
    "The crews kept it going 'Round the Clock, as the sign said.\n\nNEXT STEPS\n\nInspectors will call in May.",
])
def test_a_capitals_line_below_single_marks_that_open_no_quotation_heads_a_section(text):
    start = text.index("NEXT STEPS")
    assert heads_section(text, start, start + len("NEXT STEPS"))


def test_a_post_in_capitals_and_a_quoted_statement_s_heading_stay_their_speakers():
    post = "Harbour news\n\nMayor Vanna Orrel wrote on Friday night:\n\nWE WILL WIN THIS IN COURT\n\nThe post spread.\n"
    texts, profile = profile_of(post, {1: CLAIM, 2: CLAIM}, {1: ["Mayor Vanna Orrel"]})
    assert dict(zip(texts, profile["credits"]))["WE WILL WIN THIS IN COURT"] == "vanna orrel"
    statement = ("Board statement\n\nThe harbour board said in a statement that the quay was safe. It said:\n\n"
                 '"The quay meets every rule.\n\nNEXT STEPS\n\nInspectors will visit the quay in May."\n\n'
                 "Pilots were not convinced.\n")
    texts, profile = profile_of(statement, {k: CLAIM for k in range(1, 6)}, {1: ["The harbour board"], 2: ["It"]})
    credits = dict(zip(texts, profile["credits"]))
    assert credits['Inspectors will visit the quay in May."'] == "harbour board"
    assert credits["Pilots were not convinced."] is None
    for opener, closer in (("‘", "’"), ("'", "'")):  # a British statement's heading carries its account across too
        british = statement.replace('"The quay', opener + "The quay").replace('May."', "May." + closer)
        texts, profile = profile_of(british, {k: CLAIM for k in range(1, 6)}, {1: ["The harbour board"], 2: ["It"]})
        credits = dict(zip(texts, profile["credits"]))
        assert credits["NEXT STEPS"] == credits[f"Inspectors will visit the quay in May.{closer}"] == "harbour board"
        assert credits["Pilots were not convinced."] is None
