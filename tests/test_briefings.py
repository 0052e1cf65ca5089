"""Foreign-ministry briefings and press conferences: journalists' labels by role and outlet ("Reporter from AFP:",
"AFP:") taking turns with one spokesperson's label open turns; a label is never part of a source's name; a question
put to someone is no denial; a briefing's heading names who answers."""

import pytest

from framing.profile import build_profile
from framing.segment import split_sentences
from framing.source_find_interviews import interviewee_named
from framing.spans import quoted_regions
from framing.turns import opening_label_length, speaker_turns

from test_transcripts import CLAIM, DENIAL, LABELS, OPINION, labelled


def profile_of(text, labels=None, sources=None):
    sentences = labelled(text, labels, sources)
    return [s.text for s in sentences], build_profile(sentences, LABELS, text)


def turns_of(text):
    bounds = split_sentences(text)
    return [(turn.label, turn.kind) for turn in speaker_turns(text, bounds, quoted_regions(text))]


BRIEFING = """Foreign Ministry Spokesperson Tao Mingyu's Regular Press Conference on June 3

Reporter from AFP: A report by Carvel Watch says the consulate keeps files on students abroad. Does the ministry \
have a response?

Spokesperson Tao: These files simply do not exist. The report is a smear.

Reporter from Reuters: The Ostland government says it has expelled two diplomats. Will you retaliate?

Spokesperson Tao: We will respond firmly.
"""

AGENCIES = """Regular press conference, June 3

{afp}: Carvel Watch says the consulate keeps files on students abroad. Does the ministry have a response?

{tao}: These files simply do not exist.

{reuters}: The Ostland government says it has expelled two diplomats. Will you retaliate?

{tao}: We will respond firmly.
"""


def test_journalists_labelled_by_role_and_outlet_take_turns_with_a_spokesperson_in_title_case():
    assert turns_of(BRIEFING) == [("Reporter from AFP", "interviewer"), ("Spokesperson Tao", "speaker"),
                                  ("Reporter from Reuters", "interviewer"), ("Spokesperson Tao", "speaker")]


@pytest.mark.parametrize("afp, reuters, tao", [
    ("AFP", "Reuters", "Tao Mingyu"),
    ("AFP", "REUTERS", "TAO MINGYU"),
    ("Reporter", "Reporter", "Tao Mingyu"),
    ("Journalist", "JOURNALIST", "Tao Mingyu"),  # a journalist asks, as a reporter does
    ("Journalist from the Daily Ledger", "Correspondent of Kestrel TV", "Spokesperson Tao"),
])
def test_agency_names_or_a_reporter_s_role_alternating_with_one_answerer_are_a_briefing(afp, reuters, tao):
    text = AGENCIES.format(afp=afp, reuters=reuters, tao=tao)
    assert [kind for _, kind in turns_of(text)] == ["interviewer", "speaker", "interviewer", "speaker"]


@pytest.mark.parametrize("text", [
    # a roundup of datelines and agencies: no answerer takes turns with the agencies
    "LISBON: Ferries stopped on Monday.\n\nAFP: Talks resume on Tuesday.\n\nMADRID: The union stayed out.\n\n"
    "REUTERS: The ministry said the talks had failed.\n",
    # one exchange only
    "AFP: Does the ministry have a response?\n\nTao Mingyu: The files do not exist.\n",
    # two answerers: not one spokesperson's briefing
    "AFP: Is it true?\n\nTao Mingyu: No.\n\nReuters: Will you act?\n\nVera Lind: Yes.\n",
])
def test_without_one_answerer_taking_turns_with_the_journalists_there_is_no_briefing(text):
    assert turns_of(text) == []


def test_a_candidate_whose_name_is_also_an_agency_s_answers_in_a_debate():
    text = ("MODERATOR: Did you fund the ads?\n\nBLOOMBERG: I did not.\n\nMODERATOR: Will you?\n\n"
            "BLOOMBERG: Never.\n")
    assert turns_of(text) == [("MODERATOR", "interviewer"), ("BLOOMBERG", "speaker"),
                              ("MODERATOR", "interviewer"), ("BLOOMBERG", "speaker")]


def test_a_spokesperson_s_turns_are_credited_to_the_full_name_the_heading_gives_and_questions_are_no_denials():
    texts, profile = profile_of(BRIEFING, labels={1: CLAIM, 2: DENIAL, 3: DENIAL, 4: OPINION, 5: CLAIM, 6: OPINION,
                                                  7: DENIAL},
                                sources={1: ["Reporter from AFP: A report by Carvel Watch"],
                                         5: ["The Ostland government"]})
    credits = dict(zip(texts, profile["credits"]))
    assert credits["Spokesperson Tao: These files simply do not exist."] == "tao mingyu"
    assert credits["The report is a smear."] == "tao mingyu"
    assert credits["Spokesperson Tao: We will respond firmly."] == "tao mingyu"
    # the label is cut from the span: the report's author is the source, the reporter asks
    assert credits[texts[1]] == "carvel watch"
    assert credits["Does the ministry have a response?"] == "reporter from afp"
    assert all(pair["denial"] != 2 for pair in profile["denials"])  # the reporter's question, labelled a denial
    assert {pair["denial"] for pair in profile["denials"]} == {3, 7}
    assert {pair["source"] for pair in profile["denials"]} == {"tao mingyu"}
    denying = {entry["source"] for entry in profile["sources"] if entry["denies"]}
    assert denying == {"tao mingyu"}


def test_a_spokeswoman_s_surname_label_joins_the_full_name_the_introduction_gives():
    text = ("Remarks by Foreign Ministry Spokeswoman Mira Kestova, June 3\n\n"
            "Reporter: Carvel Watch says the centres collect data. Your comment?\n\n"
            "Spokeswoman Kestova: This is absurd.\n\n"
            "Reporter: Will you respond to Ostland?\n\n"
            "Spokeswoman Kestova: We reserve the right to.\n")
    texts, profile = profile_of(text, labels={3: DENIAL})
    assert dict(zip(texts, profile["credits"]))["Spokeswoman Kestova: This is absurd."] == "mira kestova"


@pytest.mark.parametrize("sentence, label", [
    ("AFP: A report by Carvel Watch says the files exist.", "AFP: "),
    ("Reporter from AFP: A report by Carvel Watch says the files exist.", "Reporter from AFP: "),
    ("Update: Carvel Watch says the files exist.", ""),  # a heading's label
    ("The reason: cost.", ""),
])
def test_the_label_opening_a_sentence_is_measured_whether_it_counts_or_not(sentence, label):
    assert opening_label_length(sentence) == len(label)


@pytest.mark.parametrize("text, span", [
    ("AFP: The Ostland government says it has expelled two diplomats. Will you retaliate?",
     "AFP: The Ostland government"),
    ("Reporter from AFP: The Ostland government says it has expelled two diplomats.",
     "Reporter from AFP: The Ostland government"),
    ("REPORTER FROM AFP: The Ostland government says it has expelled two diplomats.",
     "REPORTER FROM AFP: The Ostland government"),
    # the model marks the label alone: the sentence's subject after it speaks
    ("Reporter from AFP: The Ostland government says it has expelled two diplomats.", "Reporter"),
    ("Reporter from AFP: The Ostland government says it has expelled two diplomats.", "Reporter from AFP"),
])
def test_a_source_never_runs_across_a_line_opening_label_s_colon_even_outside_a_transcript(text, span):
    _, profile = profile_of(text, labels={0: CLAIM}, sources={0: [span]})
    assert profile["credits"][0] == "ostland government"
    assert [entry["source"] for entry in profile["sources"]] == ["ostland government"]


def test_a_label_alone_as_a_span_is_still_its_own_source():
    _, profile = profile_of("IMF: Growth will slow this year.", labels={0: CLAIM}, sources={0: ["IMF"]})
    assert profile["credits"][0] == "imf"


def test_a_person_s_name_in_title_case_as_a_label_is_who_speaks_before_a_source_after_its_colon():
    text = "Irene Quill: Voters say the ferry levy is cheap\n\nThe remark came on Monday."
    _, profile = profile_of(text, labels={0: CLAIM}, sources={0: ["Irene Quill", "Voters"]})
    assert profile["credits"][0] == "irene quill"
    # a label with no known given name first may be a place's or a body's: the source after its colon speaks
    for label in ("Harbour City", "Kestrel Motors"):
        _, profile = profile_of(f"{label}: Voters say the ferry levy is cheap\n\nThe remark came on Monday.",
                                labels={0: CLAIM}, sources={0: [label, "Voters"]})
        assert profile["credits"][0] == "voters", label


@pytest.mark.parametrize("text, question", [
    # a label no turn counts opens the question's line
    ("AFP: Carvel Watch says the consulate keeps files on students. Does the ministry have a response?", 1),
    # the question opens its line
    ("Carvel Watch says the consulate keeps files on students.\n\nDoes the ministry have a response?", 1),
])
def test_an_uncredited_question_put_to_someone_is_no_denial_pair(text, question):
    _, profile = profile_of(text, labels={0: CLAIM, question: DENIAL}, sources={0: ["Carvel Watch"]})
    assert profile["credits"][question] is None
    assert profile["denials"] == []


def test_a_rhetorical_question_in_the_accused_s_quotation_stays_a_denial():
    text = ('Carvel Watch says the consulate keeps files on students.\n\n'
            '"Why would we spy on our own students?" said Tao Mingyu, a ministry spokesperson.')
    _, profile = profile_of(text, labels={0: CLAIM, 1: DENIAL}, sources={0: ["Carvel Watch"], 1: ["Tao Mingyu"]})
    assert profile["denials"] == [{"denial": 1, "source": "tao mingyu", "allegation": 0}]


def test_an_uncredited_question_inside_a_paragraph_of_ordinary_copy_is_left_as_the_model_labels_it():
    text = "Carvel Watch says the consulate keeps files on students. Why would anyone keep such files?"
    _, profile = profile_of(text, labels={0: CLAIM, 1: DENIAL}, sources={0: ["Carvel Watch"]})
    assert [pair["denial"] for pair in profile["denials"]] == [1]


@pytest.mark.parametrize("heading, name", [
    ("Briefing by Foreign Ministry Spokeswoman Mira Kestova, Dravsk, May 4",
     "Foreign Ministry Spokeswoman Mira Kestova"),
    ("Press conference by Health Minister Ana Rell", "Health Minister Ana Rell"),
    ("Regular press conference of Foreign Ministry Spokesperson Tao Mingyu on June 3",
     "Foreign Ministry Spokesperson Tao Mingyu"),
    ("Remarks by Ambassador Teodor Vance at the forum", "Ambassador Teodor Vance"),
    ("Transcript of Spokesperson Tao Mingyu's briefing, June 3", "Spokesperson Tao Mingyu"),
    ("Foreign Ministry Spokesperson Tao Mingyu's Regular Press Conference on June 3",
     "Foreign Ministry Spokesperson Tao Mingyu"),
    ("Regular Press Conference of the Foreign Ministry, June 3", None),
    ("Briefing by the ministry on the floods", None),
    ("She gave remarks of Great Length", None),
])
def test_a_briefing_s_heading_names_who_answers(heading, name):
    assert interviewee_named(heading) == name


def test_answers_of_a_briefing_go_to_the_spokeswoman_its_heading_names():
    text = ("Briefing by Foreign Ministry Spokeswoman Mira Kestova, Dravsk, May 4\n\n"
            "Q: Carvel Watch says the centres collect data on emigrants. What is your comment?\n\n"
            "A: We consider these insinuations absurd. The centres do humanitarian work.\n")
    texts, profile = profile_of(text, labels={1: CLAIM, 3: DENIAL, 4: DENIAL}, sources={1: ["Carvel Watch"]})
    assert profile["credits"][3:] == ["mira kestova", "mira kestova"]
    assert {pair["source"] for pair in profile["denials"]} == {"mira kestova"}


OUTLETS = """{heading}

CCTV: The Ostland summit opened today. What is the ministry's comment?

Tao Mingyu: We welcome the summit.

{second}: Carvel Watch says the consulate keeps files on students abroad. Is that true?

Tao Mingyu: These files simply do not exist.

Bloomberg: Will the ministry retaliate against Ostland?

Tao Mingyu: We will respond firmly.
"""


@pytest.mark.parametrize("heading, second", [
    ("Foreign Ministry Spokesperson Tao Mingyu's Regular Press Conference on June 3", "Global Times"),
    ("Ministry answers on the summit", "AFP"),  # no briefing named, but an agency asks
    ("Ministry answers on the summit", "Reporter from the Daily Ledger"),
    # an outlet named otherwise, or one no list knows, among outlets that read as such: no person's name
    ("Foreign Ministry Spokesperson Tao Mingyu's Regular Press Conference on June 3", "Al Jazeera"),
    ("Foreign Ministry Spokesperson Tao Mingyu's Regular Press Conference on June 3", "ITV"),
    ("Foreign Ministry Spokesperson Tao Mingyu's Regular Press Conference on June 3", "Kessel News Service"),
    ("Foreign Ministry Spokesperson Tao Mingyu's Regular Press Conference on June 3", "Zephrana"),
])
def test_outlets_no_agency_names_ask_at_a_briefing_its_heading_or_an_agency_shows(heading, second):
    text = OUTLETS.format(heading=heading, second=second)
    assert turns_of(text) == [("CCTV", "interviewer"), ("Tao Mingyu", "speaker"), (second, "interviewer"),
                              ("Tao Mingyu", "speaker"), ("Bloomberg", "interviewer"), ("Tao Mingyu", "speaker")]
    texts, profile = profile_of(text, labels={1: CLAIM, 2: CLAIM, 4: CLAIM, 5: DENIAL, 6: DENIAL, 7: DENIAL},
                                sources={4: ["Carvel Watch"]})
    credits = dict(zip(texts, profile["credits"]))
    assert credits["What is the ministry's comment?"] == "cctv"  # the asker's, not the last answer's
    assert credits["Bloomberg: Will the ministry retaliate against Ostland?"] == "bloomberg"
    assert credits["Tao Mingyu: These files simply do not exist."] == "tao mingyu"
    assert [pair["denial"] for pair in profile["denials"]] == [6]  # the question labelled a denial is none
    assert {pair["source"] for pair in profile["denials"]} == {"tao mingyu"}


CLASH = """Mayor and councillors clash at news conference over the depot

Dana Holm: The depot will close in May. The decision is final.

Carl Dune: That is simply not true. The council never voted on it.

Dana Holm: It voted in March.

Iseul Markan: The vote was rigged. The mayor knows that.

Dana Holm: Nobody rigged anything.
"""


@pytest.mark.parametrize("name, outlet", [
    ("CCTV", True), ("NHK", True), ("Global Times", True), ("Ostby Post", True), ("Morlan Radio", True),
    ("Bloomberg", True), ("AFP", True), ("Al Jazeera", True), ("Le Monde", True), ("ITV", True),
    ("Kessel News Service", True), ("Ostby Media Group", True),
    # people and other bodies: a surname in capitals, a full name, a band, a cleric, a role; agencies in general
    ("KELL", False), ("WYNN", False), ("Carl Dune", False), ("Hollow Boys", False), ("Rev Odo Pellart", False),
    ("Chancellor", False), ("Agencies", False), ("Ani", False), ("Abc", False), ("Secret Service", False),
    ("Kessel Group", False),
])
def test_a_name_reads_as_an_outlet_s_by_its_masthead_word_initials_or_agency(name, outlet):
    from framing.turns import names_outlet

    assert names_outlet(name) is outlet


def test_a_councillor_answering_back_at_a_news_conference_keeps_his_denial():
    texts, profile = profile_of(CLASH, labels={3: DENIAL, 4: DENIAL, 7: CLAIM})
    assert [pair["denial"] for pair in profile["denials"]] == [3, 4]  # no journalist's question, dropped


@pytest.mark.parametrize("text, askers", [
    # outlets and one answerer, but neither a briefing named nor a journalist's label
    (OUTLETS.format(heading="Ministry answers on the summit", second="Global Times"), []),
    # a briefing named, but one asker only: either side might ask
    ("Regular press conference, June 3\n\nCCTV: Is it true?\n\nTao Mingyu: No.\n\nCCTV: Will you act?\n\n"
     "Tao Mingyu: Yes.\n", []),
    # a host's role is no journalist at a briefing: a second guest answering back asks nothing
    ("Talks on the levy\n\nANCHOR: Was it fair?\n\nDANA HOLM: Yes.\n\nANCHOR: Why?\n\nDANA HOLM: Cost.\n\n"
     "CARL DUNE: That is not true.\n\nDANA HOLM: It is.\n", ["ANCHOR", "ANCHOR"]),
    # a news conference named, but people answering back one speaker, by name or surname: no outlets asking
    (CLASH, []),
    (CLASH.replace("Dana Holm:", "HOLM:").replace("Carl Dune:", "DUNE:").replace("Iseul Markan:", "MARKAN:"), []),
    # outlets asking at a briefing, but one asker a person by given name or title: people answering back
    (OUTLETS.format(heading="Regular Press Conference on June 3", second="Carl Dune"), []),
    (OUTLETS.format(heading="Regular Press Conference on June 3", second="Dr. Dune"), []),
    # a person's title or office in title case, or a surname the text writes after a given name or title
    (OUTLETS.format(heading="Regular Press Conference on June 3", second="Senator Vance"), []),
    (OUTLETS.format(heading="Regular Press Conference on June 3", second="Councillor Vance"), []),
    (OUTLETS.format(heading="Regular Press Conference on June 3", second="Mayor Tom Vance"), []),
    (OUTLETS.format(heading="Regular Press Conference on June 3", second="Sir Tom"), []),
    (OUTLETS.format(heading="Regular Press Conference on June 3", second="VANCE").replace(
        "against Ostland?", "against Senator Tom Vance?"), []),
    (OUTLETS.format(heading="Regular Press Conference on June 3", second="Vance").replace(
        "against Ostland?", "against Senator Tom Vance?"), []),
    # half the askers no outlet: surnames in capitals answering back, one of which the list might know
    (CLASH.replace("Dana Holm:", "HOLM:").replace("Carl Dune:", "DUNE:").replace("Iseul Markan:", "CCTV:"), []),
])
def test_labels_that_take_turns_with_one_answerer_outside_a_briefing_are_no_journalists(text, askers):
    assert [label for label, kind in turns_of(text) if kind == "interviewer"] == askers


MIXED_CASE = """Foreign Ministry Spokesperson Wang Lei's Regular Press Conference

Dragon TV: Can you comment on the port talks?

Wang Lei: The talks went well. We hope for more.

RIA Novosti: What about the sanctions?

Wang Lei: We oppose them.

Dragon TV: One more question on trade.

Wang Lei: Trade is growing.
"""


def test_outlets_labelled_in_mixed_case_ask_at_a_briefing():
    # before, "Dragon TV:" and "RIA Novosti:" were no labels (neither title case nor capitals), and no turn was read
    assert turns_of(MIXED_CASE) == [("Dragon TV", "interviewer"), ("Wang Lei", "speaker"),
                                    ("RIA Novosti", "interviewer"), ("Wang Lei", "speaker"),
                                    ("Dragon TV", "interviewer"), ("Wang Lei", "speaker")]
    texts, profile = profile_of(MIXED_CASE)
    credits = dict(zip(texts, profile["credits"]))
    assert credits["RIA Novosti: What about the sanctions?"] == "ria novosti"
    assert credits["We hope for more."] == "wang lei"


@pytest.mark.parametrize("text", [
    "BBC News: The bridge is shut.\nDragon TV: Roads are icy.\nBBC News: The bridge reopened.\nDragon TV: Roads clear.",
    "BBC News: The bridge is shut.\nAl Jazeera: Roads are icy.\nBBC News: The bridge reopened.\nAl Jazeera: Roads.",
    "Tom Vance: The bridge is shut.\nBBC News: Roads are icy.\nTom Vance: The bridge reopened.\nBBC News: Roads clear.",
])
def test_outlets_labelled_in_mixed_case_open_no_turns_outside_a_briefing(text):
    # before, the mixed-case outlet counted as a title-case name does: two labels taking turns twice made a
    # transcript of a roundup of what outlets report
    assert turns_of(text) == []


RELABELLED = """Regular press conference, June 3

AFP: Can you comment on the port talks?

Wang Lei: The talks went well. We hope for more.

Reuters: What about the sanctions?

Spokesperson Wang: We oppose them.

AFP: One more question on trade.

Spokesperson Wang: Trade is growing.
"""


def test_a_spokesperson_labelled_by_name_then_by_role_and_surname_is_one_answerer():
    # before, the two labels were two answerers: no briefing, and the first answer and "Reuters:" opened no turn
    assert turns_of(RELABELLED) == [("AFP", "interviewer"), ("Wang Lei", "speaker"), ("Reuters", "interviewer"),
                                    ("Spokesperson Wang", "speaker"), ("AFP", "interviewer"),
                                    ("Spokesperson Wang", "speaker")]
    texts, profile = profile_of(RELABELLED)
    credits = dict(zip(texts, profile["credits"]))
    assert credits["We hope for more."] == "wang lei"
    assert credits["Spokesperson Wang: We oppose them."] == "wang lei"
    assert credits["Reuters: What about the sanctions?"] == "reuters"


def test_two_answerers_sharing_no_name_are_still_no_one_answerer():
    # "Wang Lei" and "Spokesperson Lin" are two people: no briefing, "Wang Lei:" and "Reuters:" (one line each) open
    # no turn, as before
    text = RELABELLED.replace("Spokesperson Wang:", "Spokesperson Lin:")
    assert turns_of(text) == [("AFP", "interviewer"), ("Spokesperson Lin", "speaker"), ("AFP", "interviewer"),
                              ("Spokesperson Lin", "speaker")]
