"""Interview transcripts and Q&As: speaker labels are found at the start of lines, left out of what the model reads,
and every sentence of a turn is credited to its speaker; headings, datelines and quotations are no labels."""

import re

import numpy as np
import pytest

from framing.document import Sentence, Span
from framing.profile import INTERVIEWEE_DISPLAY, INTERVIEWER_DISPLAY, build_profile, generic_source
from framing.segment import lead_length, split_sentences
from framing.source_find_interviews import interviewee_mention, interviewee_named
from framing.sources import speaker_display
from framing.spans import quoted_regions
from framing.turns import speaker_label_length, speaker_turns

LABELS = ("reported_fact", "attributed_claim", "official_denial", "editorial_opinion")
CLAIM, DENIAL, FACT, OPINION = LABELS[1], LABELS[2], LABELS[0], LABELS[3]


def labelled(text, labels=None, sources=None):
    """The sentences of ``text`` as the segmenter cuts them, labelled ``labels[k]`` (else reported_fact), with a
    source span on each phrase ``sources[k]`` names."""
    sentences = []
    for k, (start, end) in enumerate(split_sentences(text)):
        label = (labels or {}).get(k, FACT)
        spans = []
        for phrase in (sources or {}).get(k, ()):
            at = text.index(phrase, start, end)
            spans.append(Span("source", at, at + len(phrase), phrase))
        sentences.append(Sentence(text[start:end], start, end, label, {name: float(name == label) for name in LABELS},
                                  tuple(spans)))
    return sentences


def credits_of(text, labels=None, sources=None):
    """Each sentence's text with the source the profile credits it to."""
    sentences = labelled(text, labels, sources)
    profile = build_profile(sentences, LABELS, text)
    return [(s.text, credit) for s, credit in zip(sentences, profile["credits"])], profile


def turns_of(text):
    bounds = split_sentences(text)
    return [(turn.label, turn.kind, [text[a:b] for a, b in bounds[turn.first:turn.last]])
            for turn in speaker_turns(text, bounds, quoted_regions(text))]


# -- the label as the model reads it ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, words", [
    ("HOST: Was the levy a mistake?", "Was the levy a mistake?"),
    ("SEN. ODILE FRAYNE: We voted against it.", "We voted against it."),
    ("MINISTER: The pier reopens in May.", "The pier reopens in May."),
    ("TOMAS LE, HOST: Welcome back.", "Welcome back."),
    ("REP. ANSEL BRODY (D-OR): I disagree.", "I disagree."),
    ("UNIDENTIFIED MALE: Move the barrier!", "Move the barrier!"),
    ("Q: Why now?", "Why now?"),
    ("A: The tide tables changed.", "The tide tables changed."),
    ("QUESTION: Who pays?", "Who pays?"),
    (">> HOST: Was the levy a mistake?", "Was the levy a mistake?"),  # a closed caption's turn mark with its label
])
def test_a_speaker_label_with_a_role_or_title_or_q_and_a_is_left_out_of_what_the_model_reads(sentence, words):
    assert speaker_label_length(sentence) == lead_length(sentence) == len(sentence) - len(words)
    assert sentence[lead_length(sentence):] == words


@pytest.mark.parametrize("sentence, words", [
    ("MARTA KOVIC: Nobody warned us.", "Nobody warned us."),
    ("O'DWYER: Not at all.", "Not at all."),
    ("PORT ELSWORTH: The ferry sank.", "The ferry sank."),  # a place, as some wires write a dateline
    ("IMF: Global growth will slow as the harbour levies bite.", "Global growth will slow as the harbour levies bite."),
    ("WHO: The outbreak on the island is contained.", "The outbreak on the island is contained."),
])
def test_other_capitals_before_a_colon_may_be_a_speaker_but_the_model_reads_them(sentence, words):
    # a name, a place and a body look alike in one sentence: the subject is looked for after the label, but a body's
    # name left out of what the model reads would turn its claim into a fact
    assert speaker_label_length(sentence) == len(sentence) - len(words)
    assert lead_length(sentence) == 0


@pytest.mark.parametrize("sentence", [
    "Note: The figures were revised on Friday.",
    "NOTE: The figures were revised on Friday.",
    "Update: Two more barges ran aground.",
    "Warning: The footage shows injuries.",
    "BREAKING: The bridge has closed.",
    "Analysis: Why the levy failed.",
    "EDITOR'S NOTE: This story was corrected.",
    "The reason: cost.",
    "THE REASON: COST.",
    "10:30 Talks resumed at the port.",
    "At 10:30: talks resumed.",
    "B: The second option.",
    "HOST:Welcome back.",  # no space after the colon
    "Roe: I think so.",  # title case: a speaker's only in a transcript, and read
    "Question: Who pays?",
])
def test_headings_banners_sentences_times_and_title_case_labels_are_read_as_wording(sentence):
    assert speaker_label_length(sentence) == 0
    assert lead_length(sentence) == 0


def test_the_model_reads_a_labelled_transcript_as_it_reads_the_same_words_without_the_labels(tiny):
    labelled_text = "HOST: Is the levy over?\nSEN. ODILE FRAYNE: Not yet.\n\nQ: Who pays?\nA: The port does."
    plain = "Is the levy over?\nNot yet.\n\nWho pays?\nThe port does."
    with_labels, without = tiny.analyze(labelled_text), tiny.analyze(plain)
    assert [s.text for s in with_labels.sentences] == [
        "HOST: Is the levy over?", "SEN. ODILE FRAYNE: Not yet.", "Q: Who pays?", "A: The port does."]
    for sentence, bare in zip(with_labels.sentences, without.sentences):
        assert labelled_text[sentence.start:sentence.end] == sentence.text  # the sentence keeps its label
        np.testing.assert_allclose([sentence.scores[k] for k in tiny.labels], [bare.scores[k] for k in tiny.labels],
                                   atol=1e-5)
        label_end = sentence.start + lead_length(sentence.text)
        assert all(span.start >= label_end and labelled_text[span.start:span.end] == span.text
                   for span in sentence.spans)


def test_a_label_in_capitals_starts_its_own_sentence_in_hard_wrapped_copy():
    text = ("HOST: The harbour board met on Tuesday to discuss the levy that\n"
            "the ferry operators have refused to pay since the spring and\n"
            "what it means for the island. Can you tell us where things\n"
            "stand now between the harbour board and the ferry firms on\n"
            "MINISTER: We have offered a compromise and we expect an answer\n"
            "from the operators within a week or so, though they may\n"
            "ask for more time to study it.\n")
    assert any(text[a:b].startswith("MINISTER: We have offered") for a, b in split_sentences(text))


@pytest.mark.parametrize("label", ["MR. PRICE: ", "JANE PRICE: ", "SEN. ANNE KEY: ", "NINA LIVE: ", "OTTO REVIEW: "])
def test_a_surname_that_is_a_heading_word_is_a_speaker_after_a_title_or_a_name(label):
    assert speaker_label_length(label + "We expect the fares to rise.") == len(label)


@pytest.mark.parametrize("sentence", ["PRICE: 12 euros.", "KEY POINTS: Fares rise.", "LIVE: The ferry docks.",
                                      "REVIEW: A fine crossing."])


def test_a_heading_word_first_still_makes_a_heading(sentence):
    assert speaker_label_length(sentence) == 0


def test_a_speaker_named_by_a_heading_word_takes_turns():
    text = "HOST: Where are fares heading?\nMR. PRICE: Up, I fear.\nHOST: Why?\nMR. PRICE: Fuel."
    assert [label for label, _, _ in turns_of(text)] == ["HOST", "MR. PRICE", "HOST", "MR. PRICE"]


# -- turns ------------------------------------------------------------------------------------------------------------

def test_a_turn_runs_over_continuation_lines_and_paragraphs_until_the_next_label_or_a_heading():
    text = ("Q: Why close the pier now?\nA: The pilings are rotten. We found that in March.\n"
            "Divers confirmed it.\n\nThe repairs will take a year.\n\nQ: And the ferry?\nA: It moves to Dunmore.\n\n"
            "Note: This interview was shortened.")
    assert turns_of(text) == [
        ("Q", "question", ["Q: Why close the pier now?"]),
        ("A", "answer", ["A: The pilings are rotten.", "We found that in March.", "Divers confirmed it.",
                         "The repairs will take a year."]),
        ("Q", "question", ["Q: And the ferry?"]),
        ("A", "answer", ["A: It moves to Dunmore."]),
    ]


def test_a_stage_direction_alone_on_its_line_is_furniture_credited_to_no_one_and_the_turn_goes_on():
    text = ("DAWE: The depot contract was never tendered.\n\nMORLAND: That is false.\n\n[CROSSTALK]\n\n"
            "HOST: One at a time.\n\nMORLAND: It was tendered in May.\n(APPLAUSE)\nThe papers are public.\n\n"
            "DAWE: (INAUDIBLE) they were not.")
    credits, profile = credits_of(text, {0: CLAIM, 1: DENIAL, 2: DENIAL, 4: DENIAL, 5: DENIAL, 7: DENIAL})
    assert credits == [("DAWE: The depot contract was never tendered.", "dawe"), ("MORLAND: That is false.", "morland"),
                       ("[CROSSTALK]", None), ("HOST: One at a time.", "host"),
                       ("MORLAND: It was tendered in May.", "morland"), ("(APPLAUSE)", None),
                       ("The papers are public.", "morland"), ("DAWE: (INAUDIBLE) they were not.", "dawe")]
    # the directions are no denial, nor anyone's sentence
    assert [pair["denial"] for pair in profile["denials"]] == [1, 4, 7]
    assert {s["source"]: s["sentences"] for s in profile["sources"]} == {"dawe": 2, "morland": 3, "host": 1}


@pytest.mark.parametrize("first", ["DAWE: That is not true, and —", "DAWE: That is not true, and --",
                                   "DAWE: The contract was never", "DAWE: That is not true."])


def test_the_first_speaker_s_line_is_their_turn_though_it_ends_without_a_stop_where_a_headline_stands(first):
    text = f"{first}\n\nMORLAND: It was tendered in May.\n\nHOST: One at a time.\n\nDAWE: It was not."
    credits, profile = credits_of(text, {0: DENIAL, 1: DENIAL})
    assert [credit for _, credit in credits] == ["dawe", "morland", "host", "dawe"]
    assert [pair["source"] for pair in profile["denials"]] == ["dawe", "morland"]
    # a headline above a transcript is still a headline, credited to no speaker
    credits, _ = credits_of(f"Depot row flares at hustings\n\n{text}", {1: DENIAL})
    assert [credit for _, credit in credits] == [None, "dawe", "morland", "host", "dawe"]


def test_a_label_in_ordinary_copy_or_one_used_once_opens_a_turn_that_ends_with_its_paragraph():
    text = ("At the inquiry the prosecutor questioned the engineer.\n\nPROSECUTOR: Did you sign the safety report?\n\n"
            "The engineer refused to answer. The report was found later.\n\nThe whole affair is shameful.")
    assert turns_of(text) == [("PROSECUTOR", "speaker", ["PROSECUTOR: Did you sign the safety report?"])]
    credits, _ = credits_of(text)
    assert [credit for _, credit in credits] == [None, "prosecutor", None, None, None]
    # the only speaker, labelled twice: each turn ends with its paragraph
    twice = ("PROSECUTOR: Did you sign it?\nThe question hung there.\n\nThe engineer said nothing.\n\n"
             "PROSECUTOR: Who did?\n\nHe shrugged.")
    assert [lines for _, _, lines in turns_of(twice)] == [
        ["PROSECUTOR: Did you sign it?", "The question hung there."], ["PROSECUTOR: Who did?"]]
    # in a transcript a recurring speaker's turn runs on over paragraphs; a speaker labelled once stops at the end of
    # the paragraph
    transcript = ("HOST: Is the pier safe?\nGUEST: Yes.\n\nHOST: And the ferry?\nGUEST: It sails in May.\n\n"
                  "The hull is mended.\n\nMINISTER: I agree.\n\nThe pier reopened in June.")
    assert [lines for _, _, lines in turns_of(transcript)][-2:] == [
        ["GUEST: It sails in May.", "The hull is mended."], ["MINISTER: I agree."]]


def test_a_question_label_ends_the_turn_before_it_even_when_it_counts_for_no_one():
    text = "MR. BRODY: Good afternoon.\nQUESTION: Will the ferry run on Sunday?\nMR. BRODY: Yes, at noon."
    assert [lines for _, _, lines in turns_of(text)] == [["MR. BRODY: Good afternoon."], ["MR. BRODY: Yes, at noon."]]
    credits, _ = credits_of(text)
    assert [credit for _, credit in credits] == ["brody", None, "brody"]


@pytest.mark.parametrize("question", ["Q:", "QUESTION:"])
def test_questions_put_to_a_speaker_labelled_by_name_are_the_interviewer_s(question):
    # before, a Q counted only beside an A: these questions were credited to no one
    text = ("Tom Vask spoke after the final in Tarvel.\n\n"
            f"{question} How did the race feel?\nVASK: It was the hardest race of my life. The crowd carried me.\n"
            f"{question} What comes next?\nVASK: A long rest.")
    assert [(label, kind) for label, kind, _ in turns_of(text)] == [
        (question[:-1], "question"), ("VASK", "speaker"), (question[:-1], "question"), ("VASK", "speaker")]
    credits, _ = credits_of(text)
    assert [credit for _, credit in credits] == [None, "q (interviewer)", "tom vask", "tom vask", "q (interviewer)",
                                                 "tom vask"]
    # one question only, or a question no named speaker answers, is no interview's
    assert turns_of(f"{question} How did it feel?\nVASK: Hard. Very hard.\nThe crowd sang.") == []
    assert turns_of(f"{question} Why?\nVASK: Tired.\n{question} And?\n{question} Really?\nVASK: Yes.") == []


@pytest.mark.parametrize("label", ["Chief Inspector Arne Blom", "Arne Blom"])
def test_a_first_label_in_title_case_naming_in_full_the_speaker_of_later_turns_is_their_turn(label):
    # before, the opening turn, its label in title case and written once, was no one's
    text = (f"{label}: Good morning. Our interim report is published today. We found the bow door open.\n"
            "Q: Is the company to blame?\nBlom: We do not apportion blame.\n"
            "Q: Will you recommend changes?\nBlom: Yes.")
    credits, _ = credits_of(text)
    assert [credit for _, credit in credits] == ["arne blom"] * 3 + ["q (interviewer)", "arne blom"] * 2
    # a surname that labels one line only makes no full name its speaker's
    credits, _ = credits_of(f"{label}: Good morning.\nQ: Is the company to blame?\nBlom: No.\nVELL: Yes.")
    assert credits[0][1] is None


@pytest.mark.parametrize("question", ["Question (Ostrel Courier):", "Q (Radio Ostrel):", "QUESTION (MARITIME WEEKLY):"])
def test_a_question_naming_its_asker_s_outlet_in_brackets_is_still_a_question(question):
    # before, the label was read as a speaker called "Question", a source of its own
    text = ("Inspector Arne Blom spoke at the branch's press conference.\n\n"
            f"{question} Is the company to blame?\nBLOM: We do not apportion blame. The fault was known.\n"
            f"{question} Will you recommend changes?\nBLOM: Yes.")
    assert [kind for _, kind, _ in turns_of(text)] == ["question", "speaker", "question", "speaker"]
    credits, profile = credits_of(text)
    assert [credit for _, credit in credits] == [None, "q (interviewer)", "arne blom", "arne blom",
                                                 "q (interviewer)", "arne blom"]
    assert [entry["display"] for entry in profile["sources"]] == ["Arne Blom", INTERVIEWER_DISPLAY]


@pytest.mark.parametrize("question", ["Q:", "QUESTION:", "Question:"])
def test_a_question_that_counts_for_no_one_is_not_the_last_speaker_s_account_whatever_its_label(question):
    text = (f"MS. VASKO: Good afternoon.\n{question} Isn't the audit a cover-up? How do you respond?\n"
            "MS. VASKO: No. Every inspection was published.")
    credits, _ = credits_of(text, {1: CLAIM, 2: DENIAL, 4: DENIAL})
    assert [credit for _, credit in credits] == ["vasko", None, None, "vasko", "vasko"]
    # a source the question names is still credited
    credits, _ = credits_of(f"MS. VASKO: Hello.\n{question} The trust says the lines are unsafe.\nMS. VASKO: No.",
                            {1: CLAIM}, {1: ["The trust"]})
    assert [credit for _, credit in credits] == ["vasko", "trust", "vasko"]


def test_q_and_a_inside_a_line_open_turns_but_only_when_both_are_there():
    assert turns_of("Q: Is the water safe? A: Yes. Q: Since when? A: Since Monday.") == [
        ("Q", "question", ["Q: Is the water safe?"]), ("A", "answer", ["A: Yes."]),
        ("Q", "question", ["Q: Since when?"]), ("A", "answer", ["A: Since Monday."])]
    assert turns_of("Q: Is the water safe?\nThe council has not said.") == []
    assert turns_of("The quiz had two answers.\nA: Lisbon.\nB: Porto.") == []


@pytest.mark.parametrize("gap", ["\n", " ", "\n>> "])
def test_two_one_letter_labels_taking_turns_are_two_voices(gap):
    # before, "F:" and "M:" (a woman's and a man's voice) opened no turn: every line was credited to no one
    text = gap.join(["F: Did you sign the lease?", "M: I never saw it.", "F: Not once?",
                     "M: Not once. The agent kept it."])
    assert [(label, kind, len(lines)) for label, kind, lines in turns_of(text)] == [
        ("F", "speaker", 1), ("M", "speaker", 1), ("F", "speaker", 1), ("M", "speaker", 2)]
    credits, _ = credits_of(text, {1: DENIAL})
    assert [credit for _, credit in credits] == ["f", "m", "f", "m", "m"]


@pytest.mark.parametrize("text", [
    "The quiz had two answers.\nA: Lisbon.\nB: Porto.",  # a list's letters
    "F: Did you sign the lease?\nM: I never saw it.",  # one exchange is no evident transcript
    "B: Cut fares.\nC: Add boats.\nB: Close the pier.\nC: Sell it.\nD: Do nothing.",  # a third letter
    "F: Did you sign it?\nF: Did you read it?\nM: No.\nM: Never.",  # no turns taken
    "Trade talks resumed.\nU.S.: The tariffs stay.\nEU: We will respond.\nU.S.: No.\nEU: Yes.",
])
def test_one_letter_labels_that_do_not_take_turns_as_two_voices_open_none(text):
    assert [label for label, _, _ in turns_of(text) if len(label) == 1] == []


def test_title_case_labels_count_when_they_alternate_and_a_word_opening_a_line_of_an_answer_does_not():
    text = ("Interviewer: Did the board consult you?\nOdile Frayne: Never. They sent a letter.\n"
            "Look: nobody read it.\nInterviewer: Will you appeal?\nOdile Frayne: We already have.")
    assert [(label, lines) for label, _, lines in turns_of(text)] == [
        ("Interviewer", ["Interviewer: Did the board consult you?"]),
        ("Odile Frayne", ["Odile Frayne: Never.", "They sent a letter.", "Look: nobody read it."]),
        ("Interviewer", ["Interviewer: Will you appeal?"]),
        ("Odile Frayne", ["Odile Frayne: We already have."]),
    ]
    # one exchange in title case is not evidently a transcript
    assert turns_of("Interviewer: Did the board consult you?\nOdile Frayne: Never.") == []


def test_a_name_in_capitals_counts_in_a_transcript_but_not_as_a_lone_first_line_where_a_dateline_stands():
    text = ("PORT ELSWORTH: The senator spoke to us after the vote.\nHOST: Was it close?\n"
            "FRAYNE: Closer than we hoped.\nHOST: What now?\nFRAYNE: We wait.")
    assert [label for label, _, _ in turns_of(text)] == ["HOST", "FRAYNE", "HOST", "FRAYNE"]
    # without a role, a title or a repeated label, capitals before a colon are no speaker at all
    assert turns_of("PORT ELSWORTH: The ferry sank.\nDUNMORE: The pier closed.") == []


def test_a_roundup_of_datelines_in_capitals_is_no_transcript_however_often_a_place_recurs():
    text = ("LISBON: The assembly approved the harbour levy on Monday.\nMADRID: Spain called the levy unfair.\n"
            "LISBON: The port authority welcomed the vote.")
    assert turns_of(text) == []
    credits, _ = credits_of(text)
    assert [credit for _, credit in credits] == [None, None, None]
    # names in title case that recur still make a transcript, and a name in capitals then counts
    assert [label for label, _, _ in turns_of("Ana Roe: Hello.\nLEE: Hi.\nAna Roe: Bye.")] == [
        "Ana Roe", "LEE", "Ana Roe"]


@pytest.mark.parametrize("mark", [">> ", ">>", ">>> ", "[00:00:05] ", "[01:15] ", "[00:01:02.500] ", "[11:12 GMT] ",
                                  "00:00:05 ", "0:00:05,250 - ", "01:02:03 | "])


def test_a_caption_s_turn_mark_or_a_time_code_before_a_label_opens_the_same_turn_as_the_label_alone(mark):
    plain = "HOST: Is the pier safe?\nODILE FRAYNE: It is. The engineers said so.\nHOST: Thank you."
    marked = re.sub(r"(?m)^", lambda _: mark, plain)
    assert [(label, kind, len(lines)) for label, kind, lines in turns_of(marked)] == [
        (label, kind, len(lines)) for label, kind, lines in turns_of(plain)] == [
        ("HOST", "interviewer", 1), ("ODILE FRAYNE", "speaker", 2), ("HOST", "interviewer", 1)]
    credits, profile = credits_of(marked)
    assert [credit for _, credit in credits] == ["host", "odile frayne", "odile frayne", "host"]
    assert [marked[a:b] for a, b in profile["credit_mentions"]] == ["HOST", "ODILE FRAYNE", "ODILE FRAYNE", "HOST"]


@pytest.mark.parametrize("text", [
    "Note: The figures were revised.\nThe ministry said growth slowed.",
    "Update: Police reached the pier.\nUpdate: Two men were held.\nThe mayor said the pier would reopen.",
    "WASHINGTON: The Senate passed the levy on Tuesday. The vote was 52 to 48.",
    "BREAKING: The bridge has closed.\nThe council said it was unsafe.",
    "Analysis: The levy was doomed.\nCritics said so from the start.",
    "The reason: cost.\nThe reason: delay.\nOfficials said both mattered.",
    "Talks resumed at 10:30.\nAt 11:45 they broke off.",
    "Price: 12 euros.\nVerdict: Worth it.\nPrice: 9 euros.\nVerdict: Skip it.",
    "Monday: Rain.\nTuesday: Sun.\nMonday: Wind.",
])
def test_ordinary_copy_has_no_turns(text):
    assert turns_of(text) == []


def test_a_transcript_quoted_in_an_article_has_no_turns_and_credits_as_before():
    text = ('The filing quoted the call:\n"HOST: Did you pay the harbour master?\nGUEST: I did, twice."\n'
            "Officials at the port denied that any money changed hands.")
    assert turns_of(text) == []
    credits, _ = credits_of(text, {3: DENIAL}, {3: ["Officials at the port"]})
    assert [credit for _, credit in credits] == [None, None, None, "officials at the port"]


def test_a_transcript_quoted_paragraph_by_paragraph_credits_each_turn_to_its_speaker():
    # each paragraph opens a quotation again with the speaker's label, as copy quoting a broadcast interview writes
    # it; before, those labels were read as the quotation's words and the turns went to a source named before
    text = ("Governor Ines Calder spoke to Harbour Radio on Sunday. Part of the interview follows:\n\n"
            '"OSTERMAN: Will the ferry levy stay? Islanders say it is too high.\n\n'
            '"CALDER: It stays. The sums are sound.\n\n'
            '"OSTERMAN: Even after the audit?\n\n'
            '"CALDER: Even then. Nobody has shown me a better plan."')
    assert [(label, lines[0]) for label, _, lines in turns_of(text)] == [
        ("OSTERMAN", '"OSTERMAN: Will the ferry levy stay?'), ("CALDER", '"CALDER: It stays.'),
        ("OSTERMAN", '"OSTERMAN: Even after the audit?'), ("CALDER", '"CALDER: Even then.')]
    credits, _ = credits_of(text, {k: CLAIM for k in range(2, 10)}, {0: ["Governor Ines Calder"]})
    assert [credit for _, credit in credits[2:]] == ["osterman", "osterman", "ines calder", "ines calder",
                                                      "osterman", "ines calder", "ines calder"]
    # one label quoted so is an exchange quoted: its label stays the quotation's words
    assert turns_of(text.split('\n\n"CALDER: It stays.')[0]) == []


# -- credits ----------------------------------------------------------------------------------------------------------

def test_answers_are_credited_to_the_person_the_headline_names_and_questions_to_the_interviewer():
    text = ("Q&A with Mayor Odile Frayne\n\nThe town's longest-serving mayor talks about the levy.\n\n"
            "Q: Was the levy a mistake?\nA: It was badly explained. The sums were right.\n\n"
            "Q: Did you take money from the operators?\nA: Never.")
    credits, profile = credits_of(text, {2: OPINION, 3: OPINION, 4: FACT, 6: DENIAL})
    assert credits == [
        ("Q&A with Mayor Odile Frayne", None),
        ("The town's longest-serving mayor talks about the levy.", None),
        ("Q: Was the levy a mistake?", "q (interviewer)"),
        ("A: It was badly explained.", "odile frayne"),
        ("The sums were right.", "odile frayne"),
        ("Q: Did you take money from the operators?", "q (interviewer)"),
        ("A: Never.", "odile frayne"),
    ]
    shown = {s["source"]: (s["display"], s["labels"], s["denies"]) for s in profile["sources"]}
    assert shown == {"odile frayne": ("Odile Frayne", {OPINION: 1, FACT: 1, DENIAL: 1}, True),
                     "q (interviewer)": (INTERVIEWER_DISPLAY, {OPINION: 1, FACT: 1}, False)}
    # the labels stay the model's, but an opinion in a speaker's turn is the speaker's, not the writer's unsourced one
    assert profile["unsourced_sentences"] == []
    assert profile["unsourced_evaluative_share"] == 0.0
    assert profile["denials"] == [{"denial": 6, "source": "odile frayne", "allegation": None}]


def test_an_answer_without_a_named_interviewee_goes_to_a_generic_speaker_or_to_the_speaker_labelled_before():
    credits, profile = credits_of("Q: Who runs the pier?\nA: The board does.")
    assert [credit for _, credit in credits] == ["q (interviewer)", "a (interviewee)"]
    assert {s["source"]: s["display"] for s in profile["sources"]}["a (interviewee)"] == INTERVIEWEE_DISPLAY
    credits, _ = credits_of("HOST: Who is with us?\nODILE FRAYNE: I run the pier.\nQ: Since when?\nA: Since 2019.")
    assert [credit for _, credit in credits] == ["host", "odile frayne", "q (interviewer)", "odile frayne"]


def test_labels_in_capitals_are_named_as_sources_are_and_a_surname_joins_the_full_name():
    text = ("HOST: Senator, welcome.\nSEN. ODILE FRAYNE (D-OR): Thank you.\nHOST: Will the levy pass?\n"
            "FRAYNE: It will. The votes are there.")
    credits, profile = credits_of(text, {3: CLAIM})
    assert [credit for _, credit in credits] == ["host", "odile frayne", "host", "odile frayne", "odile frayne"]
    assert {s["source"]: s["display"] for s in profile["sources"]} == {"odile frayne": "Odile Frayne", "host": "Host"}


def test_a_speaker_reporting_someone_else_credits_that_source_in_an_attributed_sentence():
    text = ("HOST: What did the operators say?\nODILE FRAYNE: They called the levy theft. "
            "The harbour board rejected that.\nHOST: And you?\nODILE FRAYNE: I think it is fair.")
    credits, _ = credits_of(text, {1: CLAIM, 2: DENIAL, 4: OPINION}, {1: ["They"]})
    # a pronoun is the speaker's account; a named subject before "rejected" is the board's
    assert [credit for _, credit in credits] == ["host", "odile frayne", "harbour board", "host", "odile frayne"]
    credits, _ = credits_of("Q: Who objected?\nA: Kestrel Ferries Ltd said the levy was illegal.\nQ: Why?",
                            {1: CLAIM}, {1: ["Kestrel Ferries Ltd"]})
    assert [credit for _, credit in credits] == ["q (interviewer)", "kestrel ferries ltd", "q (interviewer)"]


@pytest.mark.parametrize("reported, label", [("It said the figures were wrong.", DENIAL),
                                             ("It flatly denied dumping anything.", DENIAL),
                                             ("It said the pier is safe.", CLAIM),
                                             # words of the idioms below, opening what the body said
                                             ("It said everything was in order.", DENIAL),
                                             ("It said all the figures were correct.", CLAIM),
                                             ("It told us all the documents had been sent.", CLAIM),
                                             ("It told me everything was fine.", DENIAL),
                                             ("It said a lot of staff had left.", CLAIM),
                                             ("It said volumes of records were lost.", CLAIM)])


def test_it_saying_or_denying_in_a_turn_is_a_body_the_speaker_reports_not_the_speaker(reported, label):
    text = f"HOST: We asked the harbour board.\n{reported}\nODILE FRAYNE: It is a lie. We said so in May."
    credits, _ = credits_of(text, {1: label, 2: OPINION, 3: CLAIM})
    assert [credit for _, credit in credits] == ["host", None, "odile frayne", "odile frayne"]


def test_it_speaking_after_a_label_reports_the_body_named_before_not_the_labelled_speaker():
    # before, "DANBY" of the label, marked as the source, was credited, and so "it", marked, went on with the nurses'
    # account; "the company" then stayed a bare company
    text = ("DANBY: Good evening.\nPIKE: Nurses say the pump failed.\n"
            "DANBY: The manufacturer, Hallam Medical, declined to be interviewed.\n"
            "DANBY: In a statement, it said the device was safe.\nPIKE: The company says it followed the rules.")
    for sources in ({1: ["Nurses"], 3: ["DANBY"], 4: ["PIKE"]}, {1: ["Nurses"], 3: ["it"], 4: ["The company"]}):
        credits, _ = credits_of(text, {1: CLAIM, 3: CLAIM, 4: DENIAL}, sources)
        assert [credit for _, credit in credits] == [None, "nurses", None, "hallam medical", "hallam medical"]
    # a body's letters labelling a line of copy with "It says" is that body's own word
    credits, _ = credits_of("The manufacturer, Hallam Medical, declined to be interviewed.\n"
                            "IMF: It says the global economy will slow.", {1: CLAIM}, {1: ["IMF"]})
    assert [credit for _, credit in credits] == [None, "imf"]


@pytest.mark.parametrize("said, label", [
    ("It said the pier is safe.", FACT),  # not reported speech@pytest.mark.parametrize("said, label", [
    ("It said the pier is safe.", FACT),  # not reported speech: the speaker's own account
    ("It says the pier is safe.", CLAIM),  # present tense, as idioms are
    ("It said a lot about the board that nobody resigned.", OPINION),
    ("It said a lot about the board that nobody resigned.", CLAIM),
    ("It told you everything about them.", CLAIM),
    ("It told us all we needed to know.", DENIAL),
    ("It says everything about how shameless this board is.", OPINION),
    ("It claims lives every year.", CLAIM),
])
def test_it_in_a_turn_is_the_speaker_s_own_words_unless_a_past_report_of_a_claim_or_denial(said, label):
    text = f"HOST: We asked the harbour board.\n{said}\nODILE FRAYNE: It is a lie."
    credits, _ = credits_of(text, {1: label, 2: OPINION})
    assert [credit for _, credit in credits] == ["host", "host", "odile frayne"]


@pytest.mark.parametrize("said", ["It said the figures were wrong.", "It denied everything.",
                                  "It says a lot about this board that nobody resigned."])


def test_it_opening_a_turn_is_its_speaker_s(said):
    credits, _ = credits_of(f"HOST: We asked the harbour board.\nODILE FRAYNE: {said} We knew.", {1: DENIAL})
    assert [credit for _, credit in credits] == ["host", "odile frayne", "odile frayne"]


def test_a_turn_ends_at_a_heading_and_the_article_after_it_is_credited_as_ordinary_copy():
    text = ("Q: Is the pier safe?\nA: It is now.\n\nNote: This interview has been edited.\n\n"
            "The harbour board said repairs would finish in May.")
    credits, _ = credits_of(text, {1: CLAIM, 3: CLAIM}, {3: ["The harbour board"]})
    assert [credit for _, credit in credits] == ["q (interviewer)", "a (interviewee)", None, "harbour board"]


@pytest.mark.parametrize("note", [
    "This interview has been edited for length and clarity.", "The conversation was condensed. It was held in May.",
    "(This transcript has been lightly edited.)", "Edited and condensed for clarity.",
    "*This Q&A was translated from Welsh.*",
    "This briefing has been edited for length.", "The press conference was translated from Welsh.",
])
def test_a_closing_editorial_note_is_no_speakers(note):
    text = ("Q: Is the pier safe?\nA: It is now.\n\nQ: And the ferry?\nA: It sails in May. The hull is mended.\n\n"
            + note)
    credits, _ = credits_of(text)
    interview = ["q (interviewer)", "a (interviewee)", "q (interviewer)", "a (interviewee)", "a (interviewee)"]
    assert [credit for _, credit in credits] == interview + [None] * (len(credits) - len(interview))
    assert len(credits) > len(interview)


@pytest.mark.parametrize("text", [
    # the same words inside an answer, or not the last paragraph, are the speaker's
    "HOST: What happened?\nMINISTER: The interview was edited by the committee.\n\nHOST: Why?\nMINISTER: Ask them.",
    "Q: What did they change?\nA: Nothing.\n\nThe transcript was edited by the clerk.\n\nQ: Sure?\nA: Yes.",
    # a last paragraph that merely mentions an interview
    "Q: Where were you?\nA: At home.\n\nQ: Alone?\nA: Yes.\n\nThe interview with the police lasted an hour.",
])
def test_a_note_that_is_not_the_last_paragraph_or_no_editorial_note_stays_in_its_turn(text):
    credits, _ = credits_of(text)
    assert None not in [credit for _, credit in credits]


def test_an_ordinary_article_with_one_note_line_is_credited_as_without_it():
    article = ("The harbour board said the levy would stay. Ferry operators rejected the plan.\n\n"
               "It added that talks would resume.")
    noted = article + "\n\nNote: An earlier version misspelled the board's name."
    labels, sources = {0: CLAIM, 1: CLAIM, 2: CLAIM}, {0: ["The harbour board"], 1: ["Ferry operators"]}
    without, _ = credits_of(article, labels, sources)
    with_note, _ = credits_of(noted, labels, sources)
    assert with_note == without + [("Note: An earlier version misspelled the board's name.", None)]


def test_without_the_text_no_sentence_is_in_a_turn():
    text = "Q: Who pays?\nA: The port does."
    sentences = labelled(text)
    assert build_profile(sentences, LABELS)["credits"] == [None, None]


def test_how_speakers_and_interviewees_are_written():
    assert speaker_display("SEN. ODILE FRAYNE (D-OR)") == "Sen. Odile Frayne"
    assert speaker_display("CNN ANCHOR") == "CNN Anchor"
    assert speaker_display("Odile Frayne") == "Odile Frayne"


@pytest.mark.parametrize("label, shown", [
    ("NBC EVENING ANCHOR", "NBC Evening Anchor"), ("UN RAPPORTEUR", "UN Rapporteur"), ("EU ENVOY", "EU Envoy"),
    ("HEAD OF UN AGENCY", "Head of UN Agency"), ("DR. O'HARA", "Dr. O'Hara"), ("SEN. MCALLISTER", "Sen. McAllister"),
    ("GOV. MACPHERSON", "Gov. MacPherson"), ("REP. MACIAS", "Rep. Macias"), ("MS IDA LEE", "Ms Ida Lee"),
    ("DR. LEE", "Dr. Lee"), ("ODILE FRAYNE", "Odile Frayne"),
    # a first name of three letters is a name, not an acronym ("TOM", not "ABC")
    ("TOM ARDLEY", "Tom Ardley"), ("AMY LI", "Amy Li"), ("IAN O'DEA", "Ian O'Dea"), ("ANN MARSH", "Ann Marsh"),
    ("ABC NEWS", "ABC News"), ("CIA AGENT", "CIA Agent"), ("UAE MINISTER", "UAE Minister"), ("ITV HOST", "ITV Host"),
    ("EPA CHIEF", "EPA Chief"), ("IMF CHIEF ECONOMIST", "IMF Chief Economist"),
    # an acronym spelt as a name is, or before a noun for a person that is no surname
    ("GOP STRATEGIST", "GOP Strategist"), ("DOJ WHISTLEBLOWER", "DOJ Whistleblower"), ("AOL FOUNDER", "AOL Founder"),
    ("GOP DONOR", "GOP Donor"), ("GOP VOTERS", "GOP Voters"), ("GOP LAWMAKER", "GOP Lawmaker"),
    ("DOD SOURCE", "DOD Source"), ("MOD SOURCE", "MOD Source"), ("FED WATCHER", "FED Watcher"),
    ("EPA SOURCE", "EPA Source"), ("DOJ JANE ROE", "DOJ Jane Roe"), ("NED PRICE", "Ned Price"),
])
def test_a_label_in_capitals_keeps_acronyms_and_writes_titles_and_names_as_names_are(label, shown):
    assert speaker_display(label) == shown
    assert interviewee_named("Q&A: Odile Frayne on the levy") == "Odile Frayne"
    assert interviewee_mention("Q&A: Odile Frayne on the levy") == (5, 17)  # where: what a credit is drawn from
    assert interviewee_named("We sat down with Sen. Frayne last week.") == "Sen. Frayne"
    assert interviewee_named("In an interview with The Harbour Gazette, she spoke.") is None
    assert interviewee_named("In an interview with Reuters, Frayne spoke.") is None  # one word: an outlet as often


@pytest.mark.parametrize("headline", ["Q&A: Everything Commuters Need To Know About The Tram Strike",
                                      "Q&A: Tram Fares Explained", "Q&A: What The Ferry Timetable Means",
                                      "Q&A - How Your Water Bill Is Worked Out",
                                      # a topic's noun in lower case after the capitals: a place or body's topic
                                      "Q&A: Harbour Bridge closure", "Q&A: Northgate Hospital strike",
                                      "Q&A: Orlen Robotics warehouse fire", "Q&A: Northgate Hospital strikes over pay",
                                      # a plural noun ending in -s with no object after it: the topic's noun
                                      "Q&A: Quayside Credit changes explained",
                                      "Q&A: Orlen Robotics layoffs and what next",
                                      "Q&A: Storm Veyla damages homes",
                                      # a title's word ("Premier") in a body's name is no title
                                      "Q&A: Premier League rules change"])


def test_a_q_and_a_headline_s_topic_is_not_taken_for_the_interviewee(headline):
    assert interviewee_named(headline) is None
    credits, _ = credits_of(f"{headline}\n\nQ: Will fares rise?\nA: Not this year.")
    assert credits[-1] == ("A: Not this year.", "a (interviewee)")


def test_a_q_and_a_headline_after_a_colon_still_names_a_person_with_a_title_or_a_short_name():
    assert interviewee_named("Q&A: Transport Secretary Odile Frayne on tram fares") == (
        "Transport Secretary Odile Frayne")
    assert interviewee_named("Q&A - Odile de la Frayne") == "Odile de la Frayne"
    # a small word or a verb of speaking after the name leaves it a name
    assert interviewee_named("Q&A: Odile Frayne talks tram fares") == "Odile Frayne"
    assert interviewee_named("Q&A: Odile Frayne, the new harbour master") == "Odile Frayne"


@pytest.mark.parametrize("headline, name", [
    # a title or role, or a possessive, makes it a person whatever word in lower case follows
    ("Q&A: Mayor Odile Frayne interview", "Mayor Odile Frayne"),
    ("Q&A: Odile Frayne's plan for the quay", "Odile Frayne's"),
    # after a person's name of two words, a word ending in -s with more after it is a verb
    ("Q&A: Odile Frayne wants a new quay", "Odile Frayne"),
    ("Q&A — Odile Frayne gets candid", "Odile Frayne"),
])
def test_a_q_and_a_headline_names_a_person_before_a_lower_case_word_that_is_no_topic(headline, name):
    assert interviewee_named(headline) == name


def test_a_subject_found_past_a_speaker_s_label_is_credited_as_written_without_a_source_span():
    text = ("HOST: Was the quay closed all week?\n\nSEN. ODILE FRAYNE: The harbour board denied it.\n\n"
            "MINISTER: The port police said the quay reopened on Friday.")
    credits, profile = credits_of(text, {1: DENIAL, 2: CLAIM})
    assert [credit for _, credit in credits] == ["host", "harbour board", "port police"]
    assert {s["source"]: s["display"] for s in profile["sources"]} == {
        "host": "Host", "harbour board": "harbour board", "port police": "port police"}
    assert profile["denials"] == [{"denial": 1, "source": "harbour board", "allegation": None}]


# -- a label alone on its line above its words -----------------------------------------------------------------------

BRIEFING = ("Q:\nReports say the ministry paid the contractors twice. Is that true?\n\n"
            "MS. LIN:\nThere is no truth to that report. The payments were made once, in March.\n\n"
            "Q:\nWill there be an inquiry?\n\n"
            "MS. LIN:\nI have nothing to announce today.")


def above_its_words(text):
    """``text`` with each label that opens a line put alone on its line, above its words."""
    return re.sub(r"(?m)^([^\n:]{1,40}): ", r"\1:\n", text)


def on_one_line(text):
    """``text`` with each label alone on its line moved onto the line of its words."""
    return re.sub(r"(?m)^([^\r\n:]{1,40}):\r?\n(?=\S)", r"\1: ", text)


def reading(text, labels=None, sources=None):
    """What the model and the profile make of each sentence of ``text``: the words the model reads (spaces
    folded), the credit, the turns (labels, kinds and positions) and the profile's sources."""
    credits, profile = credits_of(text, labels, sources)
    bounds = split_sentences(text)
    turns = [(t.label, t.kind, t.first, t.last) for t in speaker_turns(text, bounds, quoted_regions(text))]
    words = [" ".join(sentence[lead_length(sentence):].split()) for sentence, _ in credits]
    return words, [credit for _, credit in credits], turns, profile["sources"]


def test_a_label_alone_on_its_line_opens_the_sentence_below_it_and_its_turn():
    bounds = split_sentences(BRIEFING)
    assert [BRIEFING[a:b] for a, b in bounds] == [
        "Q:\nReports say the ministry paid the contractors twice.", "Is that true?",
        "MS. LIN:\nThere is no truth to that report.", "The payments were made once, in March.",
        "Q:\nWill there be an inquiry?", "MS. LIN:\nI have nothing to announce today."]
    assert turns_of(BRIEFING) == [
        ("Q", "question", ["Q:\nReports say the ministry paid the contractors twice.", "Is that true?"]),
        ("MS. LIN", "speaker", ["MS. LIN:\nThere is no truth to that report.",
                                "The payments were made once, in March."]),
        ("Q", "question", ["Q:\nWill there be an inquiry?"]),
        ("MS. LIN", "speaker", ["MS. LIN:\nI have nothing to announce today."])]
    # the label is left out of what the model reads, the line break with it
    assert [BRIEFING[a:b][lead_length(BRIEFING[a:b]):] for a, b in bounds] == [
        "Reports say the ministry paid the contractors twice.", "Is that true?", "There is no truth to that report.",
        "The payments were made once, in March.", "Will there be an inquiry?", "I have nothing to announce today."]
    credits, profile = credits_of(BRIEFING, {2: DENIAL})
    # questions put to a speaker labelled by name are the interviewer's, as on one line
    assert [credit for _, credit in credits] == ["q (interviewer)"] * 2 + ["lin", "lin", "q (interviewer)", "lin"]
    assert [(s["source"], s["display"], s["sentences"], s["denies"]) for s in profile["sources"]] == [
        ("lin", "Lin", 3, True), ("q (interviewer)", INTERVIEWER_DISPLAY, 3, False)]
    assert profile["denials"] == [{"denial": 2, "source": "lin", "allegation": None}]


def test_questions_and_answers_labelled_above_their_words_go_to_the_interviewer_and_the_interviewee():
    text = "Q:\nWho pays for the pier?\nA:\nThe port does.\nQ:\nSince when?\nA:\nSince 2019. The board agreed."
    credits, profile = credits_of(text)
    assert credits == [("Q:\nWho pays for the pier?", "q (interviewer)"), ("A:\nThe port does.", "a (interviewee)"),
                       ("Q:\nSince when?", "q (interviewer)"), ("A:\nSince 2019.", "a (interviewee)"),
                       ("The board agreed.", "a (interviewee)")]
    assert {s["source"]: (s["display"], s["sentences"]) for s in profile["sources"]} == {
        "a (interviewee)": (INTERVIEWEE_DISPLAY, 3), "q (interviewer)": (INTERVIEWER_DISPLAY, 2)}
    credits, _ = credits_of("HOST:\nWho runs the pier?\nODILE FRAYNE:\nI do.\nHOST:\nSince when?")
    assert [credit for _, credit in credits] == ["host", "odile frayne", "host"]


@pytest.mark.parametrize("same_line", [
    BRIEFING.replace(":\n", ": "),
    "Q: Who pays for the pier?\nA: The port does.\n\nQ: Since when?\nA: Since 2019. The board agreed.",
    "HOST: Senator, welcome.\nSEN. ODILE FRAYNE (D-OR): Thank you.\nHOST: Will the levy pass?\n"
    "FRAYNE: It will. The votes are there.",
    "HOST: Is the pier safe?\nGUEST: Yes.\n\nHOST: And the ferry?\nGUEST: It sails in May.\n\n"
    "The hull is mended.\n\nMINISTER: I agree.\n\nThe pier reopened in June.",
    "Interviewer: Did the board consult you?\nOdile Frayne: Never. They sent a letter.\n"
    "Interviewer: Will you appeal?\nOdile Frayne: We already have.",
    "The senator spoke to us after the vote.\nHOST: Was it close?\n"
    "FRAYNE: Closer than we hoped.\nHOST: What now?\nFRAYNE: We wait.",
    "QUESTION: Will the ferry run on Sunday?\nMR. BRODY: Yes, at noon.\nQUESTION: And the fares?\n"
    "MR. BRODY: They stay the same.",
    "At the inquiry the prosecutor questioned the engineer.\n\nPROSECUTOR: Did you sign the safety report?\n\n"
    "The engineer refused to answer.",
    "HOST: What did the operators say?\nODILE FRAYNE: They called the levy theft. The harbour board rejected that.",
])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_label_alone_on_its_line_works_as_the_same_label_opening_the_line_of_its_words(same_line, newline):
    alone = above_its_words(same_line).replace("\n", newline)
    assert on_one_line(alone) == same_line.replace("\n", newline) != alone
    labels = {k: (CLAIM, DENIAL, OPINION)[k % 3] for k in range(len(split_sentences(alone)))}
    assert reading(alone, labels) == reading(on_one_line(alone), labels)


def test_the_model_reads_a_label_alone_on_its_line_as_it_reads_the_same_label_on_the_line_of_its_words(tiny):
    alone, same_line = tiny.analyze(BRIEFING), tiny.analyze(BRIEFING.replace(":\n", ": "))
    assert len(alone.sentences) == len(same_line.sentences) == 6
    for sentence, twin in zip(alone.sentences, same_line.sentences):
        assert BRIEFING[sentence.start:sentence.end] == sentence.text  # offsets exact, the label kept
        assert sentence.text.replace(":\n", ": ") == twin.text
        np.testing.assert_allclose([sentence.scores[k] for k in tiny.labels], [twin.scores[k] for k in tiny.labels],
                                   atol=1e-5)
    assert alone.profile["credits"] == same_line.profile["credits"]


@pytest.mark.parametrize("text, sentences", [
    ("Key points:\nThe levy rises in May.\nFares fall.", ["Key points:", "The levy rises in May.", "Fares fall."]),
    ("What we know:\nThe pier is shut.", ["What we know:", "The pier is shut."]),
    ("UPDATE:\nThe bridge has reopened.", ["UPDATE:", "The bridge has reopened."]),
    ("Editor's note:\nThis story was corrected.", ["Editor's note:", "This story was corrected."]),
    ("WASHINGTON:\nThe Senate passed the levy on Tuesday. The vote was 52 to 48.",
     ["WASHINGTON:", "The Senate passed the levy on Tuesday.", "The vote was 52 to 48."]),
    ("The ministry named three reasons:\nCosts rose.\nDelays grew.",
     ["The ministry named three reasons:", "Costs rose.", "Delays grew."]),
    ("The ferry left at\n10:30:\nNobody was aboard.", ["The ferry left at", "10:30:\nNobody was aboard."]),  # a stamp
    ('The filing quoted the call:\n"HOST:\nDid you pay the harbour master?\nGUEST:\nI did, twice."\n'
     "Officials at the port denied that any money changed hands.",
     ["The filing quoted the call:", '"HOST:', "Did you pay the harbour master?", "GUEST:", 'I did, twice."',
      "Officials at the port denied that any money changed hands."]),
])
def test_other_lines_ending_in_a_colon_stay_sentences_of_their_own(text, sentences):
    for newline in ("\n", "\r\n"):
        crlf = text.replace("\n", newline)
        assert [crlf[a:b] for a, b in split_sentences(crlf)] == [line.replace("\n", newline) for line in sentences]
        assert turns_of(crlf) == []
        credits, _ = credits_of(crlf, {k: CLAIM for k in range(len(sentences))})
        assert all(credit is None for _, credit in credits)
        assert all(lead_length(sentence) == 0 for sentence in sentences if sentence.endswith(":"))


def test_a_heading_alone_on_its_line_ends_a_turn_as_it_does_opening_a_line():
    text = "HOST: Is the pier safe?\nGUEST: Yes. It reopened.\nKey points:\nThe pier reopened in May."
    assert turns_of(text) == turns_of(text.replace("points:\n", "points: ")) == [
        ("HOST", "interviewer", ["HOST: Is the pier safe?"]), ("GUEST", "speaker", ["GUEST: Yes.", "It reopened."])]
    credits, _ = credits_of(text)
    assert [credit for _, credit in credits] == ["host", "guest", "guest", None, None]


@pytest.mark.parametrize("text, sentences, speakers", [
    ("HOST: Is the pier safe?\nGUEST:", ["HOST: Is the pier safe?", "GUEST:"], ["HOST"]),
    ("HOST:\nIs the pier safe?\nGUEST:\r\n", ["HOST:\nIs the pier safe?", "GUEST:"], ["HOST"]),
    ("HOST:", ["HOST:"], []),
    ("HOST:\n\nIs the pier safe?\nGUEST: Yes.", ["HOST:", "Is the pier safe?", "GUEST: Yes."], ["GUEST"]),
])
def test_a_label_with_no_words_on_the_next_line_stays_a_sentence_of_its_own_and_opens_no_turn(text, sentences,
                                                                                              speakers):
    # at the text's end, or above a blank line: a label alone in its paragraph is not joined across it
    assert [text[a:b] for a, b in split_sentences(text)] == sentences
    assert [label for label, _, _ in turns_of(text)] == speakers
    assert all(lead_length(sentence) == 0 for sentence in sentences if sentence.endswith(":"))


@pytest.mark.parametrize("text, sentences, turns", [
    # a labelled line that ends in a colon introduces what follows: no label alone on its line
    ("HOST: Here are the three points:\nFirst, cut taxes.\nSecond, cut spending.\nSEN. ROE: I disagree.",
     ["HOST: Here are the three points:", "First, cut taxes.", "Second, cut spending.", "SEN. ROE: I disagree."],
     [("HOST", 0, 3), ("SEN. ROE", 3, 4)]),
    ("Q: What did he say? A: He said:\nWe will fight.", ["Q: What did he say?", "A: He said:", "We will fight."],
     [("Q", 0, 1), ("A", 1, 3)]),
    # the next line opens with a label of its own: another speaker's, a Q or A, a heading's
    ("MS. LIN:\nMR. ROE: We never said that.\nMS. LIN: You did.",
     ["MS. LIN:", "MR. ROE: We never said that.", "MS. LIN: You did."], [("MR. ROE", 1, 2), ("MS. LIN", 2, 3)]),
    ("MS. LIN:\nMR. ROE:\nWords here.\nMS. LIN: Yes.", ["MS. LIN:", "MR. ROE:\nWords here.", "MS. LIN: Yes."],
     [("MR. ROE", 1, 2), ("MS. LIN", 2, 3)]),
    ("Q:\nA: No comment.\nQ: Why not?\nA: Policy.", ["Q:", "A: No comment.", "Q: Why not?", "A: Policy."],
     [("A", 1, 2), ("Q", 2, 3), ("A", 3, 4)]),
    ("SEN. ROE:\nNOTE: The senator later corrected this.", ["SEN. ROE:", "NOTE: The senator later corrected this."],
     []),
])
def test_only_a_label_alone_on_its_line_above_unlabelled_words_is_joined_to_them(text, sentences, turns):
    for newline in ("\n", "\r\n"):
        crlf = text.replace("\n", newline)
        assert [crlf[a:b] for a, b in split_sentences(crlf)] == [s.replace("\n", newline) for s in sentences]
        bounds = split_sentences(crlf)
        assert [(t.label, t.first, t.last) for t in speaker_turns(crlf, bounds, quoted_regions(crlf))] == turns


def test_a_lone_first_line_in_capitals_stays_apart_where_a_dateline_stands_and_the_turns_after_it_are_the_same():
    same_line = ("PORT ELSWORTH: The senator spoke to us after the vote.\nHOST: Was it close?\n"
                 "FRAYNE: Closer than we hoped.\nHOST: What now?\nFRAYNE: We wait.")
    alone = above_its_words(same_line)
    assert [alone[a:b] for a, b in split_sentences(alone)][:2] == [
        "PORT ELSWORTH:", "The senator spoke to us after the vote."]
    assert [(label, lines[0].replace(":\n", ": ")) for label, _, lines in turns_of(alone)] == [
        (label, lines[0]) for label, _, lines in turns_of(same_line)]
    credits, _ = credits_of(alone)
    assert [credit for _, credit in credits] == [None, None, "host", "frayne", "host", "frayne"]


def test_a_label_alone_on_its_line_starts_its_own_sentence_in_hard_wrapped_copy():
    text = ("HOST: The harbour board met on Tuesday to discuss the levy that\n"
            "the ferry operators have refused to pay since the spring and\n"
            "what it means for the island. Can you tell us where things\n"
            "stand now between the harbour board and the ferry firms on\n"
            "MINISTER:\nWe have offered a compromise and we expect an answer\n"
            "from the operators within a week or so, though they may\n"
            "ask for more time to study it.\n")
    assert any(text[a:b].startswith("MINISTER:\nWe have offered") for a, b in split_sentences(text))


# -- a speaker's words are the speaker's voice ----------------------------------------------------------------------

INTERVIEW = ("The minister spoke after a shameful week for the port.\n\n"
             "HOST: What happened overnight?\n\n"
             "MINISTER: That is absurd. Those reports are shameful disinformation.")


def with_loaded(sentences, phrase):
    """``sentences`` with a ``loaded`` span on ``phrase`` in each sentence that holds it."""
    marked = []
    for s in sentences:
        at = s.text.find(phrase)
        extra = (Span("loaded", s.start + at, s.start + at + len(phrase), phrase),) if at >= 0 else ()
        marked.append(Sentence(s.text, s.start, s.end, s.label, s.scores, s.spans + extra))
    return marked


def test_loaded_words_and_opinions_in_a_speaker_s_turn_are_the_speaker_s_not_the_writer_s():
    sentences = with_loaded(labelled(INTERVIEW, {0: OPINION, 2: OPINION, 3: OPINION}), "shameful")
    profile = build_profile(sentences, LABELS, INTERVIEW)
    assert profile["credits"] == [None, "host", "minister", "minister"]
    # only the introduction's "shameful" is the writer's, once, though the minister's answer holds it too
    assert profile["loaded_phrases"] == [{"text": "shameful", "count": 1}]
    assert profile["unsourced_sentences"] == [0]
    # the same words without the labels are the writer's
    plain = re.sub(r"(?m)^[A-Z]+: ", "", INTERVIEW)
    unlabelled = build_profile(with_loaded(labelled(plain, {0: OPINION, 2: OPINION, 3: OPINION}), "shameful"),
                               LABELS, plain)
    assert unlabelled["loaded_phrases"] == [{"text": "shameful", "count": 2}]
    assert unlabelled["unsourced_sentences"] == [0, 2, 3]


def test_an_anchor_s_loaded_commentary_is_the_anchor_s_as_documented_not_the_writer_s():
    text = ("ANCHOR: Good evening. Frankly, this shameless board poisons the river.\n"
            "ODILE FRAYNE: The board denies it.\nANCHOR: Thank you.")
    profile = build_profile(with_loaded(labelled(text, {1: OPINION}), "shameless"), LABELS, text)
    assert profile["credits"] == ["anchor", "anchor", "odile frayne", "anchor"]
    assert profile["loaded_phrases"] == [] and profile["unsourced_sentences"] == []
    assert [turn.kind for turn in speaker_turns(text, split_sentences(text))] == ["interviewer", "speaker",
                                                                                  "interviewer"]


def test_build_profile_takes_the_turns_the_caller_has_and_refuses_turns_of_other_sentences():
    sentences = with_loaded(labelled(INTERVIEW, {0: OPINION, 3: OPINION}), "shameful")
    turns = speaker_turns(INTERVIEW, [(s.start, s.end) for s in sentences], quoted_regions(INTERVIEW))
    assert build_profile(sentences, LABELS, INTERVIEW, turns=turns) == build_profile(sentences, LABELS, INTERVIEW)
    from framing.errors import InputError

    with pytest.raises(InputError, match="turns reach past the 2 sentences"):
        build_profile(sentences[:2], LABELS, INTERVIEW, turns=turns)


def test_the_analyzer_drops_loaded_spans_in_a_speaker_s_turn_and_keeps_them_outside(bundled):
    answer = "That is absurd. Those reports are shameful disinformation, designed to muddy the water."
    plain = bundled.analyze(answer)
    assert any(span.type == "loaded" for s in plain.sentences for span in s.spans)  # the writer's, unlabelled
    doc = bundled.analyze(f"HOST: What happened overnight?\n\nMINISTER: {answer}")
    assert [s.text for s in doc.sentences][1:] == ["MINISTER: That is absurd.", answer.split(". ", 1)[1]]
    assert not any(span.type == "loaded" for s in doc.sentences for span in s.spans)
    assert doc.profile["loaded_phrases"] == [] and doc.profile["unsourced_sentences"] == []
    # other spans stay: who is credited and with which words is the speaker's business, not the writer's
    assert [span.type for span in doc.sentences[2].spans] == [span.type for span in plain.sentences[1].spans
                                                              if span.type != "loaded"]


def test_a_turn_s_credits_are_drawn_from_its_label_or_from_the_name_the_introduction_gives_the_interviewee():
    def mentions(text, labels=None, sources=None):
        profile = build_profile(labelled(text, labels, sources), LABELS, text)
        return [None if at is None else text[at[0]:at[1]] for at in profile["credit_mentions"]]

    text = ("Q&A with Mayor Odile Frayne\n\nThe town's longest-serving mayor talks about the levy.\n\n"
            "Q: Was the levy a mistake?\nA: It was badly explained. The sums were right.")
    assert mentions(text, {3: CLAIM}) == [None, None, "Q", "Mayor Odile Frayne", "Mayor Odile Frayne"]
    # an answer nobody is named for: its "A", or the label of the speaker labelled before
    assert mentions("Q: Who runs the pier?\nA: The board does.") == ["Q", "A"]
    text = "HOST: Who is with us?\nSEN. ODILE FRAYNE (D-OR): I run the pier.\nQ: Since when?\nA: Since 2019."
    assert mentions(text) == ["HOST", "SEN. ODILE FRAYNE (D-OR)", "Q", "SEN. ODILE FRAYNE (D-OR)"]
    # a speaker reporting someone else: that source's own words; the turn's label again after it
    text = "HOST: What did they say?\nODILE FRAYNE: The harbour board rejected that. It was theft, she said."
    assert mentions(text, {1: DENIAL, 2: CLAIM}) == ["HOST", "The harbour board", "ODILE FRAYNE"]


# -- Embedded social posts: the account holder's turn, named by the sign-off below the post -------------------------

POST = ("The harbour union's leader, Ilse Marrow, posted on X:\n\n"
        "We will not sail in this swell. The shameful rota puts crews at risk.\n"
        "— Ilse Marrow (@ilsemarrow) May 3, 2026\n\n"
        "The harbour board dismissed the claim as baseless.")


def test_an_embedded_post_is_a_turn_of_the_name_in_its_sign_off():
    bounds = split_sentences(POST)
    sign_off = POST.index("— Ilse")
    assert [POST[start:end] for start, end in bounds][3] == "— Ilse Marrow (@ilsemarrow) May 3, 2026"
    (turn,) = speaker_turns(POST, bounds)
    assert (turn.first, turn.last, turn.label, turn.words, turn.kind) == (1, 3, "Ilse Marrow", bounds[1][0], "post")
    sentences = labelled(POST, {1: CLAIM, 2: OPINION, 4: DENIAL}, {4: ["The harbour board"]})
    sentences[2] = Sentence(sentences[2].text, sentences[2].start, sentences[2].end, OPINION, sentences[2].scores,
                            (Span("loaded", sentences[2].start + 4, sentences[2].start + 17, "shameful rota"),))
    profile = build_profile(sentences, LABELS, POST)
    assert profile["credits"] == [None, "ilse marrow", "ilse marrow", None, "harbour board"]
    mention = profile["credit_mentions"][1]
    assert POST[mention[0]:mention[1]] == "Ilse Marrow" and mention[0] > sign_off  # named by the sign-off
    assert profile["unsourced_sentences"] == [] and profile["loaded_phrases"] == []  # hers, not the writer's
    assert profile["denials"] == [{"denial": 4, "source": "harbour board", "allegation": 1}]


@pytest.mark.parametrize("text, post", [
    # the post in a paragraph of its own, the sign-off below a blank line, no introduction
    ("Crews gathered at dawn.\n\nWe will not sail. Nobody asked us.\n\n— Ilse Marrow (@ilsemarrow) 3 May 2026\n\n"
     "The board met.", ["We will not sail.", "Nobody asked us."]),
    # an introduction ending in a colon above a post of two paragraphs
    ("Crews gathered at dawn. Ilse Marrow wrote on Facebook:\n\nWe will not sail.\n\nNobody asked us.\n"
     "— Ilse Marrow (@ilsemarrow) May 3, 2026", ["We will not sail.", "Nobody asked us."]),
    # a line ending in a colon further up that names no platform and no posting introduces something else
    ("The board gave three reasons:\n\nCrews are tired.\n\nWe will not sail.\n"
     "— Ilse Marrow (@ilsemarrow) May 3, 2026", ["We will not sail."]),
    # the introduction on the line above the post, in one paragraph with it
    ("Crews gathered at dawn.\n\nIlse Marrow wrote:\nWe will not sail.\n— Ilse Marrow (@ilsemarrow) May 3, 2026",
     ["We will not sail."]),
])
def test_an_embedded_post_runs_from_its_introduction_or_over_its_last_paragraph(text, post):
    bounds = split_sentences(text)
    (turn,) = speaker_turns(text, bounds)
    assert [text[start:end] for start, end in bounds[turn.first:turn.last]] == post


@pytest.mark.parametrize("text", [
    # no date, or no handle: a sentence of copy
    "We will not sail.\n— Ilse Marrow (@ilsemarrow) said the crews would strike.",
    "We will not sail.\n— Ilse Marrow, union leader, May 3, 2026",
    # the sign-off on the post's own line
    "We will not sail. — Ilse Marrow (@ilsemarrow) May 3, 2026",
    # a post with nothing above its sign-off, or starting more than 1,000 characters above it with no blank line
    "— Ilse Marrow (@ilsemarrow) May 3, 2026\n\nThe board met.",
    "Crews gathered at dawn.\n" * 60 + "— Ilse Marrow (@ilsemarrow) May 3, 2026",
])
def test_no_post_turn_without_a_sign_off_of_its_own_and_a_post_near_above_it(text):
    assert speaker_turns(text, split_sentences(text)) == []


def test_a_post_pasted_after_tweeted_and_a_colon_is_its_poster_s_to_the_end_of_its_line():
    text = ("The board cut the night rota.\n\nHarbour union leader Ilse Marrow tweeted:\n\n"
            "The rota is a scandal. I only speak for myself, however.\n\nThe board meets on Monday.")
    (turn,) = speaker_turns(text, split_sentences(text))
    assert (turn.first, turn.last, turn.label, turn.kind) == (2, 4, "Ilse Marrow", "posted")
    found, profile = credits_of(text, {2: OPINION, 3: DENIAL})
    assert [credit for _, credit in found] == [None, None, "ilse marrow", "ilse marrow", None]
    mention = profile["credit_mentions"][3]
    assert text[mention[0]:mention[1]] == "Ilse Marrow" and mention[0] < turn.words  # named by the introduction
    assert profile["unsourced_sentences"] == []  # hers, not the writer's
    # the post on the introduction's own line, after the day: that line only
    text = ("The board cut the rota. Ilse Marrow posted on X on Monday: The rota is a scandal. I speak for myself.\n"
            "The board meets on Monday.")
    assert turns_of(text) == [("Ilse Marrow", "posted", ["Ilse Marrow posted on X on Monday: The rota is a scandal.",
                                                         "I speak for myself."])]
    assert [credit for _, credit in credits_of(text, {1: OPINION, 2: DENIAL})[0]] == [
        None, "ilse marrow", "ilse marrow", None]


@pytest.mark.parametrize("intro", ["Mara Lind, the club captain, tweeted:", "Mara Lind tweeted on Monday night:",
                                   "Mara Lind, its captain, posted on X on Sunday evening:"])


def test_a_pasted_post_is_its_poster_s_after_a_description_of_them_or_a_part_of_the_day(intro):
    text = f"The club won the cup. {intro} Proud of our team today. Big things ahead.\nThe parade is on Friday."
    assert turns_of(text) == [("Mara Lind", "posted", [f"{intro} Proud of our team today.", "Big things ahead."])]
    assert [credit for _, credit in credits_of(text, {1: OPINION, 2: OPINION})[0]] == [
        None, "mara lind", "mara lind", None]


@pytest.mark.parametrize("text", [
    # a quotation after the colon, credited as one
    'Ilse Marrow tweeted: "The rota is a scandal." I speak for myself.',
    'Ilse Marrow tweeted:\n\n"The rota is a scandal."\n\nI speak for myself.',
    # no capitalised name before the verb, or no verb of posting
    "She tweeted:\n\nThe rota is a scandal. I speak for myself.",
    "The union posted on X:\n\nThe rota is a scandal. I speak for myself.",
    "Ilse Marrow gave three reasons:\n\nThe rota is a scandal. I speak for myself.",
    # a description with no name before it, or a comma with no description
    "The union, the largest in the port, tweeted:\n\nThe rota is a scandal. I speak for myself.",
    "Ilse Marrow, tweeted:\n\nThe rota is a scandal. I speak for myself.",
    # too long a line for a post
    "Ilse Marrow wrote:\n\n" + "The rota is a scandal. " * 50,
])
def test_no_pasted_post_without_a_name_s_verb_of_posting_and_unquoted_words_after_its_colon(text):
    assert speaker_turns(text, split_sentences(text), quoted_regions(text)) == []


def test_a_post_inside_a_transcript_s_turn_stays_the_speaker_s():
    text = ("HOST: Ilse Marrow read us her post.\nWe will not sail.\n— Ilse Marrow (@ilsemarrow) May 3, 2026\n"
            "MARROW: That is right.")
    turns = speaker_turns(text, split_sentences(text))
    assert [(turn.label, turn.kind) for turn in turns] == [("HOST", "interviewer"), ("MARROW", "speaker")]


# -- labels of names in capitals alone, an interviewee with a role in lower case, an interviewer's "denial" ------------

RADIO = ("The mayor on the record\n\nMayor Dana Holm spoke to Carl Dune of Morlan Radio on Wednesday.\n\n"
         "{a}: Your critics say the city was unprepared.\n"
         "{b}: That is not true. We had tankers out within twelve hours.\n"
         "{a}: Will you bill Aquavance?\n{b}: Yes. Every crown will be billed to them.")


@pytest.mark.parametrize("host, guest, credits", [
    ("CARL DUNE", "DANA HOLM", ["carl dune", "dana holm", "dana holm", "carl dune", "dana holm", "dana holm"]),
    # surnames alone join the people the introduction names in full
    ("DUNE", "HOLM", ["carl dune", "dana holm", "dana holm", "carl dune", "dana holm", "dana holm"]),
])
def test_names_in_capitals_that_alternate_recur_and_are_named_above_are_a_transcript(host, guest, credits):
    text = RADIO.format(a=host, b=guest)
    assert [label for label, _, _ in turns_of(text)] == [host, guest, host, guest]
    found, _ = credits_of(text)
    assert [credit for _, credit in found[2:]] == credits


@pytest.mark.parametrize("headline", ["Transcript: The mayor on the record", "Interview: 'We were ready'"])
def test_a_headline_opened_by_a_heading_s_label_still_introduces_the_names_in_capitals(headline):
    text = RADIO.format(a="DUNE", b="HOLM").replace("The mayor on the record", headline, 1)
    assert [label for label, _, _ in turns_of(text)] == ["DUNE", "HOLM", "DUNE", "HOLM"]
    found, _ = credits_of(text)
    assert [credit for _, credit in found[2:]] == ["carl dune", "dana holm", "dana holm", "carl dune", "dana holm",
                                                   "dana holm"]


def test_a_surname_label_joins_the_person_the_introduction_names():
    text = ("Aquavance answers\n\nThe Herald put questions to Helena Voss, chief executive of Aquavance.\n\n"
            "HERALD: Will you apologise to residents?\nVOSS: No. Every inspection was carried out on time.\n"
            "HERALD: Will you pay the city?\nVOSS: We will read the bill first.")
    found, profile = credits_of(text)
    assert [credit for _, credit in found[2:]] == ["herald", "helena voss", "helena voss", "herald", "helena voss"]
    assert {s["display"] for s in profile["sources"]} == {"Herald", "Helena Voss"}


@pytest.mark.parametrize("text", [
    # a roundup of datelines: no person the introduction names
    "Weather around the region\n\nRain in Lisbon, sun in Madrid.\n\nLISBON: Rain.\nMADRID: Sun.\nLISBON: Wind.\n"
    "MADRID: Heat.",
    # the same label twice in a row: no exchange
    "The mayor on the record\n\nMayor Dana Holm spoke to Carl Dune.\n\nDANA HOLM: One.\nDANA HOLM: Two.\n"
    "CARL DUNE: Three.\nCARL DUNE: Four.",
    # one label that recurs and one that does not
    "The mayor on the record\n\nMayor Dana Holm spoke to Carl Dune.\n\nCARL DUNE: One.\nDANA HOLM: Two.\n"
    "CARL DUNE: Three.",
])
def test_names_in_capitals_without_a_role_are_still_no_transcript_otherwise(text):
    assert turns_of(text) == []


@pytest.mark.parametrize("text, name", [
    ("Q&A with Aquavance chief executive Helena Voss", "Helena Voss"),
    ("Q&A with chief executive Helena Voss", "Helena Voss"),
    ("Q&A with Morlan mayor Dana Holm", "Dana Holm"),
    # a firm's founder, as a technology desk writes one
    ("Q&A with Lumen founder Sofia Arvidsson", "Sofia Arvidsson"),
    ("Q&A: Lumen co-founder Sofia Arvidsson on encryption", "Sofia Arvidsson"),
    ("An interview with the app's creator, Sofia Arvidsson", "Sofia Arvidsson"),
    ("An interview with the finance minister, Jane Roe", "Jane Roe"),
    ("We spoke to Aquavance chief executive Helena Voss about the outage.", "Helena Voss"),
    ("I talked with the mayor, Dana Holm, on Friday.", "Dana Holm"),
    # no role in lower case before an outlet's name; no interview given to one
    ("In an interview with the Herald, Mayor Dana Holm said the pumps were old.", None),
    ("Holm gave an interview to Morlan Radio.", None),
    ("We spoke to residents of Morlan about the water.", None),
])
def test_an_interviewee_named_after_a_role_in_lower_case(text, name):
    assert interviewee_named(text) == name


@pytest.mark.parametrize("text, name", [
    ("A conversation with immunologist Leila Haddad", "Leila Haddad"),
    ("'We are not done yet': a conversation with virologist Leila Haddad", "Leila Haddad"),
    ("In conversation with the historian Tomas Brandt", "Tomas Brandt"),
    ("We spoke with paediatrician Ada Kemp about the trial.", "Ada Kemp"),
    ("Leila Haddad talks to Nina Obi about peanut allergies", "Leila Haddad"),
    ("Why the trial stopped\nDr. Ada Kemp speaks with the Herald", "Dr. Ada Kemp"),
    # talking to someone mid-sentence is no interview's introduction
    ("The mayor said Ada Kemp talks to him daily.", None),
])
def test_an_interviewee_named_after_a_calling_or_before_talking_to_the_interviewer(text, name):
    assert interviewee_named(text) == name


def test_a_conversation_s_answers_are_the_interviewee_s_and_a_question_addressing_them_the_asker_s():
    text = ("A conversation with immunologist Leila Haddad\n\n"
            "Leila Haddad leads the allergy group at Tormund University.\n\n"
            "Q: Your team's study found that early exposure cut allergies by 70%. Is that right?\n"
            "A: Yes. We enrolled 640 infants.")
    found, profile = credits_of(text, {2: CLAIM}, {2: ["Your team's study"]})
    assert [credit for _, credit in found[2:]] == ["q (interviewer)", "q (interviewer)", "leila haddad",
                                                    "leila haddad"]
    assert "your team" not in [s["source"] for s in profile["sources"]]
    text = "Leila Haddad talks to Nina Obi about peanut allergies\n\nQ: Is the trial large enough?\nA: Yes."
    found, _ = credits_of(text)
    assert [credit for _, credit in found[1:]] == ["q (interviewer)", "leila haddad"]



@pytest.mark.parametrize("question, source, credit", [
    ("Your former adviser, Mira Holt, says she warned you about the costs.", "Your former adviser, Mira Holt",
     "mira holt"),
    ("Your spokesman, Ivo Marr, said the beds were open.", "Your spokesman, Ivo Marr", "ivo marr"),
    # whom the question addresses, by "you" or "your" alone, is still no source of the asker's words
    ("Your ministry says the beds are open.", "Your ministry", "q (interviewer)"),
    ("You said the beds were open.", "You", "q (interviewer)")])


def test_a_question_putting_a_named_third_party_s_words_is_that_party_s(question, source, credit):
    # before, any source span opening with "Your" was dropped as the one asked: "Your former adviser, Mira Holt,
    # says ..." was the interviewer's, though "Mira Holt, your former adviser, says ..." was Holt's
    text = f"Q&A with Health Minister Oskar Lund\n\nQ: {question}\n\nA: I have never received any such warning."
    found, _ = credits_of(text, {1: CLAIM}, {1: [source]})
    assert [credit for _, credit in found[1:]] == [credit, "oskar lund"]

def test_answers_go_to_the_interviewee_a_lower_case_role_introduces():
    text = "Q&A with Aquavance chief executive Helena Voss\n\nQ: Did you skip inspections?\nA: No. Each was logged."
    found, _ = credits_of(text)
    assert [credit for _, credit in found[1:]] == ["q (interviewer)", "helena voss", "helena voss"]
    text = "Q&A with Lumen founder Sofia Arvidsson\n\nQ: Will you comply?\n\nA: No. We will leave that market."
    found, _ = credits_of(text)
    assert [credit for _, credit in found[1:]] == ["q (interviewer)", "sofia arvidsson", "sofia arvidsson"]


@pytest.mark.parametrize("text, asker, answerer", [
    ("Q&A with Helena Voss\n\nQ: You deny skipping inspections?\nA: We deny it.", "q (interviewer)", "helena voss"),
    ("HOST: You deny skipping inspections?\nMINISTER: We deny it.", "host", "minister"),
    # a named host, as the introduction presents them
    ("On Morlan Radio, host Carl Dune asked Mayor Dana Holm about the tankers.\n\n"
     "CARL DUNE: You deny that tankers went astray?\nDANA HOLM: We deny it.\nCARL DUNE: Why?\nDANA HOLM: It is false.",
     "carl dune", "dana holm"),
    # the outlet's own label, as the introduction has it put the questions or be spoken to
    ("The Herald put questions to Mayor Helena Voss about the inspections.\n\n"
     "HERALD: You deny skipping inspections?\nVOSS: We deny it.\nHERALD: Why?\nVOSS: It is false.",
     "herald", "helena voss"),
    ("Mayor Helena Voss spoke to the Aldane Herald about the inspections.\n\n"
     "HERALD: You deny skipping inspections?\nVOSS: We deny it.\nHERALD: Why?\nVOSS: It is false.",
     "aldane herald", "helena voss"),
])
def test_an_interviewer_s_question_labelled_a_denial_is_no_denial(text, asker, answerer):
    turns = speaker_turns(text, split_sentences(text), quoted_regions(text))
    found, profile = credits_of(text, {k: DENIAL for turn in turns for k in range(turn.first, turn.last)})
    asked = next(k for k, (_, credit) in enumerate(found) if credit == asker)
    assert {s["source"]: s["denies"] for s in profile["sources"]} == {asker: False, answerer: True}
    assert asked not in [entry["denial"] for entry in profile["denials"]]
    assert all(entry["source"] == answerer for entry in profile["denials"])


def test_a_speaker_s_role_the_introduction_has_spoken_to_is_no_interviewer():
    text = ("Councillor Odo Pellart spoke to the Mayor about the tankers.\n\n"
            "PELLART: Tankers went astray.\nMAYOR: We deny it.\nPELLART: Two did.\nMAYOR: It is false.")
    _, profile = credits_of(text, {1: CLAIM, 2: DENIAL, 3: CLAIM, 4: DENIAL})
    assert [entry["denial"] for entry in profile["denials"]] == [2, 4]


@pytest.mark.parametrize("intro, asker, answerer, denier", [
    # a verb of talking together goes either way: the one talked with is no outlet, so no interviewer
    ("Dr Helena Voss spoke to the Hollow Boys about the inspections.", "VOSS", "BOYS", "hollow boys"),
    ("Helena Voss talked with the Rev Odo Pellart about the inspections.", "VOSS", "PELLART", "odo pellart"),
    # nor is the one talking with the outlet: the outlet asks, the Chancellor answers
    ("The Chancellor Helena Voss sat down with the Aldane Herald to discuss the inspections.", "HERALD", "VOSS",
     "helena voss"),
])
def test_whom_a_person_talks_with_asks_only_when_it_is_an_outlet(intro, asker, answerer, denier):
    text = f"{intro}\n\n{asker}: You skipped inspections.\n{answerer}: We deny it.\n{asker}: Two were missed.\n" \
           f"{answerer}: It is false."
    _, profile = credits_of(text, {1: CLAIM, 2: DENIAL, 3: CLAIM, 4: DENIAL})
    assert [(entry["denial"], entry["source"]) for entry in profile["denials"]] == [(2, denier), (4, denier)]


# -- an oral history's labels: a name in capitals and who the speaker is --------------------------------------------

ORAL_HISTORY = ("TOVA RANNICK, former harbour clerk: The siren went at dawn. Nobody moved.\n\n"
                "ODO PELLART, pilot, Kessel Pilots' Guild: I took the first boat out. The fog was thick.\n\n"
                "ISEUL MARKAN, DIRECTOR: We counted the crews twice.\n\n"
                "TOVA RANNICK: By noon the quay was empty.\n\n"
                "ODO PELLART: I slept on the deck.\n\n"
                "ISEUL MARKAN: Then the tide turned.")


def test_an_oral_history_s_label_with_who_the_speaker_is_opens_a_turn_of_the_name_it_gives():
    assert [(label, words) for label, _, words in turns_of(ORAL_HISTORY)] == [
        ("TOVA RANNICK, former harbour clerk",
         ["TOVA RANNICK, former harbour clerk: The siren went at dawn.", "Nobody moved."]),
        ("ODO PELLART, pilot, Kessel Pilots' Guild",
         ["ODO PELLART, pilot, Kessel Pilots' Guild: I took the first boat out.", "The fog was thick."]),
        ("ISEUL MARKAN, DIRECTOR", ["ISEUL MARKAN, DIRECTOR: We counted the crews twice."]),
        ("TOVA RANNICK", ["TOVA RANNICK: By noon the quay was empty."]),
        ("ODO PELLART", ["ODO PELLART: I slept on the deck."]),
        ("ISEUL MARKAN", ["ISEUL MARKAN: Then the tide turned."])]
    found, profile = credits_of(ORAL_HISTORY, {k: CLAIM for k in range(9)})
    assert [credit for _, credit in found] == ["tova rannick"] * 2 + ["odo pellart"] * 2 + [
        "iseul markan", "tova rannick", "odo pellart", "iseul markan"]
    assert {s["source"]: s["display"] for s in profile["sources"]} == {
        "tova rannick": "Tova Rannick", "odo pellart": "Odo Pellart", "iseul markan": "Iseul Markan"}


@pytest.mark.parametrize("text", [
    # a name described once that opens no other line: copy, or a lone quoted exchange
    "TOVA RANNICK, former harbour clerk: The siren went at dawn.\n\nThe quay emptied by noon.",
    "Residents were moved.\n\nODO PELLART, a pilot, said: I took the first boat out. Others followed.",
    # a place and its state, or a place described, however often the place recurs: datelines
    "WASHINGTON, D.C.: The council met.\n\nWASHINGTON: It rained.\n\nWASHINGTON, D.C.: It met again.",
    "KESSEL, Upper Vane: The ferry sailed.\n\nKESSEL: The quay shut.\n\nKESSEL, Upper Vane: It reopened.",
    # a sentence going on past a stop is no description
    "TOVA RANNICK, a clerk. Then she said: We left.\n\nTOVA RANNICK: It was cold.",
])
def test_a_described_name_counts_only_where_it_opens_another_line_and_never_for_a_place(text):
    assert turns_of(text) == []


@pytest.mark.parametrize("text", [
    # a writer's player ratings: one player rated again, or each rated for both halves
    "Player ratings\n\nKOBI ARVEN, goalkeeper: Two fine saves, then a howler. 6\n\n"
    "SILAS DROME, left back: Beaten for pace all night. 4\n\nKOBI ARVEN, second half: Safer hands. 7",
    "Ratings\n\nKOBI ARVEN, first half: Busy. 6\n\nSILAS DROME, first half: Lost. 4\n\n"
    "KOBI ARVEN, second half: Calm. 7\n\nSILAS DROME, second half: Better. 6",
    # a cast list reviewed, and election results
    "The cast\n\nPELL ORRIN, the duke: A towering turn.\n\nNESSA VAUL, the queen: Cold and brilliant.\n\n"
    "PELL ORRIN, the duke: Better still in the second act.",
    "Results\n\nDANIKA ROVE, sitting mayor: 4,210 votes.\n\nOSSIE TARN, challenger: 3,100 votes.\n\n"
    "DANIKA ROVE: re-elected.",
])
def test_a_writer_s_list_of_names_described_is_no_transcript_though_a_name_recurs(text):
    """Each line is the writer's verdict on the one named, not their words: no first person in anyone's line."""
    assert turns_of(text) == []
    found, _ = credits_of(text, {k: OPINION for k in range(12)})
    assert all(credit is None for _, credit in found)


def test_an_oral_history_with_one_name_recurring_is_a_transcript_where_its_people_speak_in_the_first_person():
    text = ("Memories of the flood\n\nPELL ORRIN, former ferryman: We saw the water rise.\n\n"
            "NESSA VAUL, bus driver: I drove all night.\n\nPELL ORRIN: Nobody came.")
    assert [label for label, _, _ in turns_of(text)] == ["PELL ORRIN, former ferryman", "NESSA VAUL, bus driver",
                                                         "PELL ORRIN"]


def test_a_court_transcript_s_answer_label_before_a_pronoun_is_no_initial():
    # "Q." and "A." labels are not read as turns, but "A. He" is no person with an initial
    text = ("Brandt described the call:\n\nQ. What did Mr. Oyelaran tell you?\n"
            "A. He said the auditors would never notice.\nQ. Did she agree?\nA. She told me to shred the ledgers.")
    credited, profile = credits_of(text, labels={0: CLAIM, 2: DENIAL, 4: DENIAL}, sources={0: ["Brandt"]})
    assert [credit for _, credit in credited] == ["brandt", None, None, None, None]
    assert [s["source"] for s in profile["sources"]] == ["brandt"]


# -- court transcripts: "Q." and "A." with a stop ------------------------------------------------------------------

COURT = """Cross-examination of Odile Frayne

Q. Where were you on the night of the fire?
A. I was at home. My brother was there too.
Q. Did you see the defendant?
A. No. I never saw him.
Q. Are you sure?
A. Yes."""


def test_a_court_transcript_s_q_and_a_with_a_stop_open_turns_and_the_witness_named_in_the_heading_answers():
    # before, "Q." and "A." opened no turn (a label needed a colon): every answer was credited to no one, and
    # "No. I never saw him." was one sentence (the "I" read as a Roman number after "No.")
    assert [(label, kind, len(lines)) for label, kind, lines in turns_of(COURT)] == [
        ("Q", "question", 1), ("A", "answer", 2), ("Q", "question", 1), ("A", "answer", 2), ("Q", "question", 1),
        ("A", "answer", 1)]
    credits, _ = credits_of(COURT)
    assert credits == [
        ("Cross-examination of Odile Frayne", None),
        ("Q. Where were you on the night of the fire?", "q (interviewer)"),
        ("A. I was at home.", "odile frayne"),
        ("My brother was there too.", "odile frayne"),
        ("Q. Did you see the defendant?", "q (interviewer)"),
        ("A. No.", "odile frayne"),
        ("I never saw him.", "odile frayne"),
        ("Q. Are you sure?", "q (interviewer)"),
        ("A. Yes.", "odile frayne"),
    ]


def test_q_and_a_with_a_stop_without_a_heading_naming_the_witness_open_no_turns_as_before():
    text = COURT.replace("Cross-examination of Odile Frayne", "Day three of the trial")
    assert turns_of(text) == []
    credits, _ = credits_of(text)
    assert all(credit is None for _, credit in credits)
    assert len(credits) == 9  # each Q. and A. line its own sentence, "No." apart from "I never saw him."


@pytest.mark.parametrize("heading", ["Direct examination of Odile Frayne", "CROSS-EXAMINATION OF ODILE FRAYNE",
                                     "Redirect examination of Odile Frayne by Mr. Pell"])


def test_each_examination_s_heading_names_the_witness_who_answers(heading):
    credits, _ = credits_of(COURT.replace("Cross-examination of Odile Frayne", heading))
    assert {credit for text, credit in credits if text.startswith("A.")} == {"odile frayne"}


@pytest.mark.parametrize("text", [
    "A. Ruiz wrote the report.\nThe council read it on Monday.",  # an initial opening a line: no answer's label
    "Q. Ruiz chaired the panel.\nA second panel met later.",
])
def test_an_initial_opening_a_line_without_the_other_label_beside_it_opens_no_turn(text):
    assert turns_of(text) == []


# -- broadcast transcripts: guests' roles, hosts by surname, relayed denials, public radio's layout -------------------

CABLE = ("LINA MORET, HOST: Tonight, questions about the ferry tender.\n\n"
         "OSKAR PELL, COUNSEL FOR THE HARBOUR BOARD: The board never saw those bids. The story is false.\n\n"
         "MORET: So you deny that the board picked the winner?\n\n"
         "PELL: Completely.")


def test_a_guest_s_label_with_a_role_for_someone_opens_the_guest_s_turn():
    assert [(label, kind) for label, kind, _ in turns_of(CABLE)] == [
        ("LINA MORET, HOST", "interviewer"), ("OSKAR PELL, COUNSEL FOR THE HARBOUR BOARD", "speaker"),
        ("MORET", "interviewer"), ("PELL", "speaker")]
    credits, profile = credits_of(CABLE, {1: DENIAL, 3: DENIAL})
    assert [credit for _, credit in credits[1:3]] == ["oskar pell", "oskar pell"]
    assert [(pair["denial"], pair["source"]) for pair in profile["denials"]] == [(1, "oskar pell")]
    assert speaker_label_length("TESSA VOLK, SPOKESWOMAN FOR THE PORT AUTHORITY: No.") == len(
        "TESSA VOLK, SPOKESWOMAN FOR THE PORT AUTHORITY: ")


@pytest.mark.parametrize("heading", ["CITY HALL, MAYOR TO FACE THE COUNCIL",
                                     "ELECTION RESULTS, GOVERNOR AND THE SENATE", "FOR THE RECORD, MAYOR OF KESSEL"])


def test_a_heading_in_capitals_holding_a_role_and_small_words_is_no_label(heading):
    # before, every small word ("to", "the", "and", "for") was dropped once the tail held a role's word, so a
    # section's heading in capitals opened a speaker's turn over the story below it
    text = (f"Kessel votes on its budget\n\nThe council met on Monday.\n\n{heading}: Vote set for Monday. "
            "The mayor denies any wrongdoing. Critics say she hid the audit.")
    assert speaker_label_length(f"{heading}: Vote set for Monday.") == 0
    assert turns_of(text) == []


@pytest.mark.parametrize("label", ["ANA RUIZ, ATTORNEY FOR THE FAMILY OF THE VICTIM",
                                   "ANA RUIZ, ADVISER TO THE MAYOR", "ANA RUIZ, HEAD OF SAFETY AND SECURITY",
                                   "ANA RUIZ, PRESIDENT AND CHIEF EXECUTIVE"])


def test_a_role_tied_to_whom_it_serves_by_small_words_still_makes_a_label(label):
    assert speaker_label_length(f"{label}: We deny it.") == len(f"{label}: ")


def test_a_host_s_surname_label_asks_as_the_host_s_full_label_did():
    text = CABLE.replace("The story is false.", "The story is false.\n\nMORET: Is that your answer?")
    credits, profile = credits_of(text, {3: DENIAL, 4: DENIAL, 5: DENIAL})
    assert [kind for _, kind, _ in turns_of(text)] == ["interviewer", "speaker", "interviewer", "interviewer",
                                                       "speaker"]
    assert [pair["denial"] for pair in profile["denials"]] == [5]  # the host's questions are no denials
    assert {entry["source"]: entry["denies"] for entry in profile["sources"]} == {"lina moret": False,
                                                                                    "oskar pell": True}


def test_a_host_s_label_in_capitals_with_a_role_is_shown_as_a_name():
    assert speaker_display("LINA MORET, HOST") == "Lina Moret, Host"
    assert speaker_display("OSKAR PELL, COUNSEL FOR THE HARBOUR BOARD") == "Oskar Pell, Counsel for the Harbour Board"
    _, profile = credits_of(CABLE)
    assert {entry["display"] for entry in profile["sources"]} == {"Lina Moret", "Oskar Pell"}


def test_a_denial_the_host_relays_is_the_named_source_s_but_a_question_s_premise_is_none():
    text = ("HOST: Parents say Corvel drivers worked double shifts. "
            "Corvel Buses denies the drivers broke the rules.\n\n"
            "GUEST: I drove those routes.\n\n"
            "HOST: The union says you hid the rosters. Is that so?")
    credits, profile = credits_of(text, {0: CLAIM, 1: DENIAL, 3: DENIAL, 4: DENIAL},
                                  {0: ["Parents"], 1: ["Corvel Buses"], 3: ["The union"]})
    assert credits[1][1] == "corvel buses"
    assert [(pair["denial"], pair["source"]) for pair in profile["denials"]] == [(1, "corvel buses")]
    assert {entry["source"]: entry["denies"] for entry in profile["sources"]}["host"] is False


PUBLIC_RADIO = ("IDA MARSH, HOST:\n\n"
         "Growers along the Tellin say a new water rule will ruin them. Reporter Edie Price has more.\n\n"
         "EDIE PRICE, BYLINE: The rule halves what each farm may draw.\n\n"
         "NORA SLADE: I have never seen the river this low.\n\n"
         "PRICE: The water board has rejected the growers' claims. Its chair says the cuts fall on everyone.\n\n"
         "KIRA VANE: We lose the whole season.")


def test_a_host_s_label_alone_above_a_blank_line_opens_a_turn_and_a_surname_is_no_heading():
    turns = turns_of(PUBLIC_RADIO)
    assert [(label, kind) for label, kind, _ in turns] == [
        ("IDA MARSH, HOST", "interviewer"), ("EDIE PRICE, BYLINE", "interviewer"), ("NORA SLADE", "speaker"),
        ("PRICE", "interviewer"), ("KIRA VANE", "speaker")]
    assert turns[0][2] == ["IDA MARSH, HOST:", "Growers along the Tellin say a new water rule will ruin them.",
                           "Reporter Edie Price has more."]
    assert split_sentences(PUBLIC_RADIO)[0] == (0, len("IDA MARSH, HOST:"))  # the label stays a sentence of its own
    credits, _ = credits_of(PUBLIC_RADIO, {5: OPINION})
    assert credits[5][1] == "edie price"  # "PRICE:" is the reporter's, no heading's as in a listing
    assert credits[7][1] == "kira vane"


@pytest.mark.parametrize("text", [
    "ROLF DANE:\n\nWe lose the whole season.\n\nHOST: Thank you.",  # no role: as before, no label above a blank
    "NOTE:\n\nThe figures are provisional.",
])
def test_a_label_above_a_blank_line_that_does_not_count_alone_opens_no_turn(text):
    assert "ROLF DANE" not in [label for label, _, _ in turns_of(text)]
    assert "NOTE" not in [label for label, _, _ in turns_of(text)]


def test_a_negated_verb_of_saying_is_no_part_of_a_source_s_name():
    text = "HOST: Did you reward donors?\n\nVEDA ROOK: No. The auditor's report doesn't say anyone broke the law."
    credits, profile = credits_of(text, {2: DENIAL})
    assert credits[2][1] == "veda rook"
    assert [entry["source"] for entry in profile["sources"]] == ["veda rook", "host"]


def test_a_person_addressed_by_name_is_no_source():
    text = ("MODERATOR: Senator, is it true?\n\nSEN. ALMA TREW: No.\n\nJONAS FELL: It is.\n\n"
            "MODERATOR: Mr. Fell, let the senator answer.\n\nTREW: Thank you.")
    credits, profile = credits_of(text, {3: DENIAL}, {3: ["Mr. Fell"]})
    assert credits[3][1] == "moderator"
    assert profile["denials"] == []


@pytest.mark.parametrize("address", ["Councillor Danvers", "Senator Danvers", "Mayor Danvers", "Cllr Danvers"])
def test_a_person_addressed_by_a_title_and_surname_before_a_source_that_speaks_of_you_is_no_source(address):
    text = (f"HOST: {address}, the auditor's report says your council overspent by six million pounds.\n\n"
            "PETER DANVERS: That is not true.")
    credits, profile = credits_of(text, {0: CLAIM, 1: DENIAL}, {0: [f"{address}, the auditor's report"]})
    assert [credit for _, credit in credits] == ["auditor", "peter danvers"]
    assert profile["denials"] == [{"denial": 1, "source": "peter danvers", "allegation": 0}]


@pytest.mark.parametrize("speaker", ["Mayor Danvers", "Mr. Danvers", "Senator Danvers"])
def test_a_titled_person_whose_aside_comes_before_you_speaks_and_is_addressed_by_no_one(speaker):
    text = f"{speaker}, for his part, believes you deserve a cheaper bus fare."
    credits, _ = credits_of(text, {0: CLAIM}, {0: [speaker]})
    assert credits[0][1] == "danvers"


@pytest.mark.parametrize("text", ["Senator Danvers, with respect, you promised voters a new bridge.",
                                  "Mayor Danvers, frankly, your council has failed the town."])


def test_a_titled_person_addressed_past_an_aside_of_no_third_person_is_not_the_speaker(text):
    # an aside that writes no "his" or "her" goes on speaking to the titled name: whoever asks is not credited
    speaker = text.partition(",")[0]
    credits, _ = credits_of(text, {0: CLAIM}, {0: [speaker]})
    assert credits[0][1] is None


def test_a_stage_direction_after_a_caption_s_turn_mark_is_furniture():
    from framing.furniture import page_furniture
    text = "HOST: Welcome back.\n\n>> [APPLAUSE]\n\n>> [ LAUGHTER ]\n\n>> HOST: Thank you."
    assert page_furniture(text, split_sentences(text)) == [False, True, True, False]


# -- a host's role alone above a blank line, a host who names themselves, captions of office, relayed denials ---------

@pytest.mark.parametrize("role", ["HOST", "ANCHOR", "MODERATOR"])
def test_a_host_s_role_alone_above_a_blank_line_opens_the_host_s_turn(role):
    # before, only a name and role ("IDA MARSH, HOST:") opened a turn across a blank line: the host's words below a
    # bare "HOST:" were nobody's
    text = (f"{role}:\n\nThe ferry strike enters its third week. Joining us is union steward Kofi Brandt.\n\n"
            f"KOFI BRANDT: We will not go back.\n\n{role}: Not even for a raise?")
    assert turns_of(text) == [
        (role, "interviewer", [f"{role}:", "The ferry strike enters its third week.",
                               "Joining us is union steward Kofi Brandt."]),
        ("KOFI BRANDT", "speaker", ["KOFI BRANDT: We will not go back."]),
        (role, "interviewer", [f"{role}: Not even for a raise?"])]
    credits, _ = credits_of(text)
    assert [credit for _, credit in credits[:3]] == [role.lower()] * 3


@pytest.mark.parametrize("text", [
    "SPEAKER:\n\nThe ferry strike enters its third week.\n\nKOFI BRANDT: We will not go back.",  # no host's role
    "HOST:\n\nHOST: The ferry strike enters its third week.",  # a label below: the label alone is none
])
def test_a_role_above_a_blank_line_that_is_no_host_s_or_has_a_label_below_opens_no_turn_there(text):
    assert all(not lines[0].endswith(":") for _, _, lines in turns_of(text))


MORNING_DESK = ("Good morning. I'm Dana Ruiz, and this is Morning Desk.\n\n"
                "RUIZ: Prosecutors say Mayor Teodor Lusk took cash from a paving firm. He denies it. "
                "His lawyer Piet Vos joins us.\n\n"
                "VOS: The ledgers are clear.\n\n"
                "RUIZ: Then why did the council freeze the contract?\n\n"
                "VOS: Politics.")


@pytest.mark.parametrize("intro", [
    "Good morning. I'm Dana Ruiz, and this is Morning Desk.",
    "Welcome to Morning Desk. I'm Dana Ruiz.",
    "From Kessel Public Radio, this is Morning Desk. I am Dana Ruiz.",
    "I'm Dana Ruiz and you're listening to Morning Desk.",
])
def test_a_host_who_names_themselves_in_the_introduction_asks_by_surname(intro):
    # before, "RUIZ:" was a guest's label: her relay of the mayor's denial paired as her own denial
    text = MORNING_DESK.replace(MORNING_DESK.split("\n\n")[0], intro)
    assert [(label, kind) for label, kind, _ in turns_of(text)] == [
        ("RUIZ", "interviewer"), ("VOS", "speaker"), ("RUIZ", "interviewer"), ("VOS", "speaker")]


def test_a_denial_the_host_relays_by_a_pronoun_is_the_host_s_statement_not_the_host_s_denial():
    intro = len(split_sentences(MORNING_DESK.split("\n\n")[0]))
    credits, profile = credits_of(MORNING_DESK, {intro: CLAIM, intro + 1: DENIAL}, {intro: ["Prosecutors"]})
    assert credits[intro + 1] == ("He denies it.", "dana ruiz")
    assert profile["denials"] == []
    assert {entry["source"]: entry["denies"] for entry in profile["sources"]}["dana ruiz"] is False
    # so with the host labelled by role, by name and role, or by a name and role alone above her words
    for opening in ("HOST: ", "DANA RUIZ, HOST: ", "DANA RUIZ, HOST:\n\n"):
        text = (f"{opening}Prosecutors say Mayor Teodor Lusk took cash from a paving firm. He denies it.\n\n"
                "PIET VOS: The ledgers are clear.\n\nHOST: Thank you.")
        first = 1 if opening.endswith("\n\n") else 0
        credits, profile = credits_of(text, {first: CLAIM, first + 1: DENIAL}, {first: ["Prosecutors"]})
        assert credits[first + 1][1] in ("host", "dana ruiz") and profile["denials"] == []
        assert not any(entry["denies"] for entry in profile["sources"])


@pytest.mark.parametrize("intro", [
    "Good afternoon. I'm Governor Lena Paik, and I have an update on the storm.",  # a briefing's speaker
    'Voters heard the ad again: "I\'m Dana Ruiz, and this is my promise."',
])
def test_a_speaker_introducing_themselves_without_a_show_is_no_host(intro):
    text = (f"{intro}\n\nPAIK: The levees held.\n\nRUIZ: What about the pier?\n\nPAIK: Closed.\n\n"
            "RUIZ: For how long?")
    assert {kind for _, kind, _ in turns_of(text)} == {"speaker"}


@pytest.mark.parametrize("label", [
    "SENATOR MAYA OKAFOR (D-NY)", "REPRESENTATIVE TOMAS BRILL (R-OH)", "SENATE MAJORITY LEADER MAYA OKAFOR (D-NY)",
    "MAYA OKAFOR (D-NY)", "TOMAS BRILL (R-Ohio)", "SECRETARY OF STATE ANA LUSK", "MINISTER OF FINANCE ANA LUSK",
])
def test_a_caption_in_capitals_naming_an_office_or_a_party_is_a_speaker_s_turn(label):
    # before, a caption without a role or title the label knew ("REPRESENTATIVE", "LEADER"), with its party and
    # state alone, or with an office of "of" ("SECRETARY OF STATE") opened no turn in TV copy
    sentence = f"{label}: This bill guts the harbour fund."
    assert speaker_label_length(sentence) == lead_length(sentence) == len(label) + 2
    text = f"The Senate votes on the ferry bill on Friday.\n\n{sentence} We will fight it.\n\nThe vote is close."
    assert turns_of(text) == [(label, "speaker", [sentence, "We will fight it."])]


@pytest.mark.parametrize("sentence", [
    "MINISTRY (D): Figures revised.",  # one word: a body, no politician
    "PLAN (B-2): Fares rise.",
    "THE MINISTER OF FINANCE: The budget is out.",  # a sentence's word before the office
    "SENATOR TO THE RESCUE: How the harbour fund was saved.",  # a headline in capitals
    "NEW YORK (AP): The ferry sank.",  # a dateline
])
def test_capitals_with_an_aside_that_is_no_party_or_an_office_after_a_sentence_s_word_stay_as_before(sentence):
    assert turns_of(f"The council met on Monday.\n\n{sentence}\n\nThe vote is close.") == []


STORM_PACKAGE = ("HOST: The storm reached the coast overnight. Ines Marlow reports from Dunmore.\n\n"
                 "INES MARLOW, CORRESPONDENT: The sea wall held until about midnight.\n\n"
                 "{cue}: Waves broke over the promenade and flooded the lower town.\n\n"
                 "INES MARLOW, CORRESPONDENT: By morning, crews were pumping out the cellars.\n\n"
                 "HOST: Thank you, Ines.")


@pytest.mark.parametrize("cue", ["VOS", "VO", "SOT", "VOSOT", "NATSOT", "SOUNDBITE"])
def test_a_production_cue_before_a_colon_is_no_speaker(cue):
    # before, "VOS:" opened a turn of a speaker shown as "VOS" and credited with the voice-over's words
    text = STORM_PACKAGE.format(cue=cue)
    assert cue not in [label for label, _, _ in turns_of(text)]
    credits, profile = credits_of(text)
    assert credits[3] == (f"{cue}: Waves broke over the promenade and flooded the lower town.", None)
    assert {entry["display"] for entry in profile["sources"]} == {"Host", "Ines Marlow"}


def test_a_cue_s_word_that_is_a_named_person_s_surname_is_their_label():
    text = STORM_PACKAGE.format(cue="VOS").replace("Ines Marlow reports from Dunmore.",
                                                   "The harbour master, Joost Vos, joins us.")
    assert "VOS" in [label for label, _, _ in turns_of(text)]


@pytest.mark.parametrize("cue", ["(BEGIN VIDEO CLIP)", "(BEGIN VIDEOTAPE)", "(BEGIN AUDIO CLIP)"])
def test_a_clip_played_after_a_turn_is_not_the_host_s_words(cue):
    # before, the host's turn ran on into the clip: the mayor's words on tape were credited to the host
    text = (f"HOST: The mayor spoke to reporters this morning.\n\n{cue}\n\n"
            "The levee will hold, and we will not evacuate the harbour district.\n\n"
            f"{cue.replace('BEGIN', 'END')}\n\nHOST: The river crests on Friday.\n\nTOM KEMP, GUEST: It will be close.")
    credits, _ = credits_of(text)
    assert [credit for _, credit in credits] == ["host", None, None, None, "host", "tom kemp"]
    assert turns_of(text)[0] == ("HOST", "interviewer", ["HOST: The mayor spoke to reporters this morning."])


HARBOUR_PROTEST = ("Protesters blocked the harbour road in Kessel on Saturday.\n\n"
                   "UNIDENTIFIED MALE: They are selling off the port. We will stay here all night.\n\n"
                   "UNIDENTIFIED FEMALE: My husband lost his job at the docks.\n\n"
                   "UNIDENTIFIED MALE: Move the barrier!\n\n"
                   "UNIDENTIFIED MALE: Nobody asked us.\n\n"
                   "MARTA KOVIC, CORRESPONDENT: Police say twelve people were detained.")


def test_unidentified_voices_of_a_crowd_are_each_a_source_of_their_own():
    # before, the three "UNIDENTIFIED MALE:" turns were one source of four sentences, as one named speaker is
    credits, profile = credits_of(HARBOUR_PROTEST)
    assert [credit for _, credit in credits] == [
        None, "unidentified male", "unidentified male", "unidentified female", "unidentified male (2)",
        "unidentified male (3)", "marta kovic"]
    assert sorted((entry["display"], entry["sentences"]) for entry in profile["sources"]) == [
        ("Marta Kovic", 1), ("Unidentified Female", 1), ("Unidentified Male", 2), ("Unidentified Male (2)", 1),
        ("Unidentified Male (3)", 1)]
    assert all(generic_source(entry["source"], entry["display"])
               for entry in profile["sources"] if entry["display"].startswith("Unidentified"))


def test_numbered_unidentified_voices_are_each_one_source_whenever_they_speak():
    # before, "UNIDENTIFIED MALE 2:" was no speaker's label at all: the crowd's words were credited to no one
    text = ("Protesters blocked the harbour road in Kessel on Saturday.\n\n"
            "UNIDENTIFIED MALE 1: They are selling off the port. We will stay here all night.\n\n"
            "UNIDENTIFIED FEMALE 1: My husband lost his job at the docks.\n\n"
            "UNIDENTIFIED MALE 2: Move the barrier!\n\n"
            "UNIDENTIFIED MALE 1: Nobody asked us.\n\n"
            "MARTA KOVIC, CORRESPONDENT: Police say twelve people were detained.")
    credits, profile = credits_of(text)
    assert [credit for _, credit in credits] == [
        None, "unidentified male 1", "unidentified male 1", "unidentified female 1", "unidentified male 2",
        "unidentified male 1", "marta kovic"]
    assert sorted((entry["display"], entry["sentences"]) for entry in profile["sources"]) == [
        ("Marta Kovic", 1), ("Unidentified Female 1", 1), ("Unidentified Male 1", 3), ("Unidentified Male 2", 1)]
    assert all(generic_source(entry["source"], entry["display"])
               for entry in profile["sources"] if entry["display"].startswith("Unidentified"))
    # a number after any other label makes no speaker's label
    assert turns_of("ROUND 2: The champion came out fast.\n\nROUND 3: He tired.") == []


def test_an_unidentified_voice_answering_between_named_speakers_stays_one():
    text = ("HOST: Who pays for the sea wall?\n\nUNIDENTIFIED MALE: The port should.\n\nHOST: And if it cannot?\n\n"
            "UNIDENTIFIED MALE: Then the state.")
    credits, profile = credits_of(text)
    assert [credit for _, credit in credits] == ["host", "unidentified male", "host", "unidentified male"]
    assert len(profile["sources"]) == 2


def test_a_voice_numbered_in_brackets_is_that_voice_whenever_its_label_is_written():
    # before, the second "UNIDENTIFIED MALE (1):" was read as a crowd's new voice, "unidentified male (3)"
    text = ("Residents packed the ferry terminal in Kessel on Monday.\n\n"
            "UNIDENTIFIED MALE (1): We want the night crossing back.\n\n"
            "UNIDENTIFIED MALE (2): They never asked us.\n\n"
            "UNIDENTIFIED MALE (1): We will be here tomorrow.\n\n"
            "MARTA KOVIC, CORRESPONDENT: The operator has not commented.")
    credits, profile = credits_of(text)
    assert [credit for _, credit in credits] == [
        None, "unidentified male (1)", "unidentified male (2)", "unidentified male (1)", "marta kovic"]
    assert sorted((entry["display"], entry["sentences"]) for entry in profile["sources"]) == [
        ("Marta Kovic", 1), ("Unidentified Male (1)", 2), ("Unidentified Male (2)", 1)]


def test_a_numbered_unidentified_voice_in_title_case_is_a_speaker_s_label_though_written_once():
    # before, "Unidentified Female 2:" used once read as a line's opening words: her answer was the host's
    text = ("Night shift at the Kessel depot\n\n"
            "HOST: How long have you worked here?\n\n"
            "Unidentified Female 2: Eleven years this spring.\n\n"
            "HOST: And the pay?\n\n"
            "TOM RALE: It has not changed since 2019.")
    credits, _ = credits_of(text)
    assert [credit for _, credit in credits] == [None, "host", "unidentified female 2", "host", "tom rale"]
    assert speaker_label_length("Unidentified Female 2: Eleven years.") == len("Unidentified Female 2: ")
    # alone it is a speaker's too, as in capitals, and the model does not read it
    assert turns_of("Unidentified Male 1: Move the barrier!\n\nUnidentified Female 1: Nobody asked us.")[0][:2] == (
        "Unidentified Male 1", "speaker")
    assert lead_length("Unidentified Female 2: Eleven years.") == len("Unidentified Female 2: ")
    # unnumbered, it is no speaker's label on its own, as before
    assert speaker_label_length("Unidentified Female: Eleven years.") == 0


def test_two_unidentified_voices_taking_turns_are_two_voices():
    # before, each return of a label after the other's turn was a crowd's new voice: six turns, six voices
    text = ("The county released the recording of the barn fire call on Tuesday.\n\n"
            "UNIDENTIFIED FEMALE: 911, what is your emergency?\n\n"
            "UNIDENTIFIED MALE: There is smoke coming from the barn.\n\n"
            "UNIDENTIFIED FEMALE: Is anyone inside?\n\n"
            "UNIDENTIFIED MALE: I don't think so.\n\n"
            "UNIDENTIFIED FEMALE: Help is on the way.")
    credits, profile = credits_of(text)
    assert [credit for _, credit in credits] == [None] + ["unidentified female", "unidentified male"] * 2 + [
        "unidentified female"]
    assert sorted((entry["display"], entry["sentences"]) for entry in profile["sources"]) == [
        ("Unidentified Female", 3), ("Unidentified Male", 2)]
    # three turns are still a crowd's, as in HARBOUR_PROTEST
    three = text.replace("\n\nUNIDENTIFIED MALE: I don't think so.", "")
    credits, _ = credits_of(three.replace("UNIDENTIFIED FEMALE: Help is on the way.", "MARTA KOVIC, HOST: Help came."))
    assert [credit for _, credit in credits] == [
        None, "unidentified female", "unidentified male", "unidentified female (2)", "marta kovic"]


@pytest.mark.parametrize("mark, name", [('"', "Ana Ruiz"), ("“", "Ana Ruiz"), ('"', "Chris Ruiz")])
def test_a_person_s_label_just_after_a_quotation_mark_opening_a_line_says_who_speaks(mark, name):
    close = '"' if mark == '"' else "”"
    text = ("Ruiz, Tom Vask and Ed Rusk argued that the levy was naive.\n\n"
            f"{mark}{name}: Seriously, look at this. The levy is a tax on farms.{close}\n\n"
            f"{mark}Voters: they are angry.{close}")
    credits, _ = credits_of(text, {0: CLAIM, 1: DENIAL, 2: CLAIM, 3: CLAIM},
                            {0: ["Ruiz, Tom Vask and Ed Rusk"]})
    assert credits[1] == (f"{mark}{name}: Seriously, look at this.", name.lower())
    assert credits[3][1] != "voters"  # a label that is no person's name says nothing


@pytest.mark.parametrize("place", ["Lee County", "Jordan Valley"])
def test_a_place_s_label_opened_by_a_given_name_of_either_sex_after_a_quotation_mark_is_no_person_s(place):
    # before, a given name of either sex first made any such label a person's, credited as the one who speaks
    text = ("Ruiz, Tom Vask and Ed Rusk argued that the levy was naive.\n\n"
            f'"{place}: Seriously, look at this. The levy is a tax on farms."')
    credits, _ = credits_of(text, {0: CLAIM, 1: CLAIM, 2: CLAIM}, {0: ["Ruiz, Tom Vask and Ed Rusk"]})
    assert credits[1][1] != place.lower()


@pytest.mark.parametrize("talked", ["spoke with", "spoke to", "talked with"])
def test_a_named_writer_speaking_with_someone_above_a_qa_names_whom_it_is_with(talked):
    text = ("Q&A: The lead author on the memory study\n\n"
            f"Science writer Hal Dorrington {talked} Dr. Imelda Sorrentine on Thursday.\n\n"
            "Q: Is the criticism fair?\n\nA: Some of it is. The sample was small.")
    credits, _ = credits_of(text, {3: CLAIM, 4: CLAIM})
    assert [credit for _, credit in credits][2:] == ["q (interviewer)", "imelda sorrentine", "imelda sorrentine"]
    # one who is no writer talking with someone names no interviewee
    assert interviewee_named("Mayor Tom Vell spoke with Dr. Imelda Sorrentine on Thursday.") is None
    assert interviewee_named("Science writer Hal Dorrington spoke with the Herald.") is None


@pytest.mark.parametrize("intro", ["Anne Brooks, chief executive of Northfall Energy, spoke to the Ledger.",
                                   "Anne Brooks talked to us about rates on Thursday.",
                                   "Anne Brooks became chief of Northfall Renewables in May. We spoke to her."])


def test_a_qa_introduced_by_the_one_who_spoke_to_the_outlet_or_by_her_after_a_firm_is_with_that_person(intro):
    # before, the answers went to "A (interviewee)": the past tense and an appositive were not read, and "Northfall
    # Renewables" was a second person whom "her" might mean
    text = f"{intro}\n\nQ: Why are bills rising?\n\nA: We must replace old lines."
    credits, _ = credits_of(text, {len(split_sentences(intro)) + 1: CLAIM})
    assert credits[-1][1] == "anne brooks"
    # in the past, one who spoke to a person, not to an outlet, is no one interviewed
    assert interviewee_named("Anne Brooks spoke to Tom Vell about rates.") is None
    assert interviewee_named("Samantha Power became envoy in May. We spoke to her.") == "Samantha Power"


@pytest.mark.parametrize("resumes", ["Brooks, 52, previously ran the firm's gas unit.",
                                     "Ms. Brooks has run the firm since 2019.", "Anne Brooks, 52, ran its gas unit."])


def test_the_writer_naming_the_one_interviewed_after_the_last_answer_takes_the_turn_back(resumes):
    text = ("Anne Brooks, chief executive of Northfall Energy, spoke to the Ledger.\n\nQ: Will prices fall?\n\n"
            f"A: Not this year.\nThe storms showed how weak the lines are.\n{resumes}\n"
            "She said the company would hire 400 engineers.")
    credits, _ = credits_of(text, {2: CLAIM, 3: CLAIM, 5: CLAIM}, {5: ["She"]})
    # before, the fact about her was credited to her as part of her answer
    assert [credit for _, credit in credits][1:] == ["q (interviewer)", "anne brooks", "anne brooks", None,
                                                     "anne brooks"]
    # her own words naming someone else of another name, or by "I", stay hers
    text = ("Anne Brooks, chief executive of Northfall Energy, spoke to the Ledger.\n\nQ: Will prices fall?\n\n"
            "A: Not this year.\nTom Vell, our chairman, agrees with me.")
    assert [credit for _, credit in credits_of(text, {2: CLAIM, 3: CLAIM})[0]][2:] == ["anne brooks"] * 2


@pytest.mark.parametrize("intro", ["Former finance minister Ama Okonjo spoke to the Ledger.",
                                   "The former minister Ama Okonjo talks to the Ledger about her exit"])


def test_a_role_before_the_name_of_the_one_who_spoke_to_the_outlet_names_whom_the_qa_is_with(intro):
    # before, the role before her name hid the introduction: the answers were "A (interviewee)"'s, and the writer's
    # narrative after the last answer, naming her in the third person, ran on as part of it
    text = (f"{intro}\n\nQ: Why did you resign?\n\nA: I was tired of the fighting.\n"
            "Okonjo left office in 2019.\nHer successor has cut the budget twice.")
    credits, _ = credits_of(text, {2: CLAIM})
    assert [credit for _, credit in credits][1:] == ["q (interviewer)", "ama okonjo", None, None]


def test_the_answerer_s_own_work_in_an_answer_is_no_source_of_its_own():
    text = ("Anne Brooks, chief executive of Northfall Energy, spoke to the Ledger.\n\nQ: Are the lines safe?\n\n"
            "A: I think so.\nBut our surveys show some poles are weak.\nMy own inspectors agree.")
    credits, _ = credits_of(text, {2: CLAIM, 3: CLAIM, 4: CLAIM}, {3: ["surveys"], 4: ["My own inspectors"]})
    # before, "surveys" was credited as a source of its own
    assert [credit for _, credit in credits][2:] == ["anne brooks"] * 3
    # a source the answer names that is not its own still speaks
    text = text.replace("our surveys show", "regulators say")
    credits, _ = credits_of(text, {2: CLAIM, 3: CLAIM}, {3: ["regulators"]})
    assert credits[3][1] == "regulators"


@pytest.mark.parametrize("talked", ["Science writer Hal Dorrington spoke with her", "We sat down with her",
                                    "We talked to her"])


def test_a_qa_introduced_by_a_pronoun_is_with_the_one_person_named_before_it(talked):
    text = (f"Dr. Imelda Sorrentine led the memory study. {talked} on Thursday.\n\n"
            "Q: Is the criticism fair?\n\nA: Some of it is. The sample was small.")
    credits, _ = credits_of(text, {3: CLAIM, 4: CLAIM})
    assert [credit for _, credit in credits][2:] == ["q (interviewer)", "imelda sorrentine", "imelda sorrentine"]


UNLABELLED_QA = ("Q&A: Teaching robots to feel\n\nYusra Halim builds artificial skin for robots. We spoke with her "
                 "about touch.\n\nWhy does a robot need to feel?\n\nBecause most of what we do depends on touch. "
                 "Cameras cannot feel a grip.\n\nWhat does your skin do?\n\nIt senses a touch lighter than a "
                 "feather.\n\nWhat has been the hardest part?\n\nHonestly, the failures.\n\nWhat's next?\n\n"
                 "A trial with a hospital in Orsund.")


def test_an_unlabelled_qa_credits_each_answer_to_the_one_interviewed():
    # before, with no "Q:" or "A:", no answer was credited: the reader takes them on the interviewee's word
    credits, _ = credits_of(UNLABELLED_QA)
    answered = {text: credit for text, credit in credits}
    assert answered["Because most of what we do depends on touch."] == "yusra halim"
    assert answered["Cameras cannot feel a grip."] == "yusra halim"
    assert answered["A trial with a hospital in Orsund."] == "yusra halim"
    assert answered["Why does a robot need to feel?"] is None
    assert answered["What's next?"] is None


@pytest.mark.parametrize("text", [
    # an explainer's questions as headings: no one is interviewed
    UNLABELLED_QA.replace("Yusra Halim builds artificial skin for robots. We spoke with her about touch.",
                          "Robots are learning to feel."),
    # two questions answered are no Q&A yet
    UNLABELLED_QA.split("\n\nWhat has been")[0],
])
def test_questions_as_paragraphs_with_no_one_interviewed_or_too_few_make_no_answers(text):
    credits, _ = credits_of(text)
    assert all(credit is None for _, credit in credits)


@pytest.mark.parametrize("lab", ["the Tactile Robotics Lab", "the Orsund Robotics Laboratory", "Kellin Labs",
                                 "the Varn Observatory"])


def test_a_lab_or_observatory_named_before_a_pronoun_is_no_second_person(lab):
    # before, "Tactile Robotics Lab" read as a person surnamed "Lab": "her" might be either, so no one
    text = (f"Yusra Halim leads {lab} in Orsund. We spoke with her about touch.\n\n"
            "Q: Why does a robot need to feel?\n\nA: Most of what we do depends on touch.")
    assert interviewee_named(text) == "Yusra Halim"
    credits, _ = credits_of(text, {3: CLAIM})
    assert [credit for _, credit in credits][2:] == ["q (interviewer)", "yusra halim"]


@pytest.mark.parametrize("before", [
    "Dr. Imelda Sorrentine and Dr. Ana Vell led the memory study.",  # two women: "her" is neither
    "Dr. Tom Sorrentine led the memory study.",  # a man is never "her"
    "The memory study was led by a team in Morlan.",  # no one named
])
def test_a_qa_introduced_by_a_pronoun_that_may_mean_no_one_person_is_with_no_one_named(before):
    assert interviewee_named(f"{before} We sat down with her on Thursday.") is None


@pytest.mark.parametrize("place", ["at Brisk Point", "in Harlow Green"])
def test_a_place_after_at_or_in_is_no_second_person_a_pronoun_introducing_a_qa_may_mean(place):
    # before, "Brisk Point" read as a second person, so "She spoke to us" named no interviewee
    assert interviewee_named(f"Capt. Hester Voland is a former harbour master {place}. She spoke to us.") == (
        "Hester Voland")
    # a woman named after "with" is still a second person: neither
    assert interviewee_named(f"Hester Voland worked {place} with Ada Brisk. She spoke to us.") is None


@pytest.mark.parametrize("talked", ["We spoke with Sorrentine", "Reporter Hal Dorrington talked to Sorrentine",
                                    "We sat down with Sorrentine"])


def test_a_qa_introduced_by_a_surname_alone_is_with_the_one_person_of_that_surname_named_before_it(talked):
    # before, a surname alone was no name of an interviewee: each answer was "a (interviewee)"'s
    text = (f"Ana Sorrentine runs the Harlow food bank. {talked} about the winter.\n\n"
            "Q: How many families come each week?\nA: About 400, and rising.")
    credits, _ = credits_of(text, {3: CLAIM})
    assert [credit for _, credit in credits][2:] == ["q (interviewer)", "ana sorrentine"]


@pytest.mark.parametrize("before", [
    "Ana Sorrentine runs the food bank and Tom Sorrentine the shelter.",  # two of that surname: neither
    "Ana Vell runs the food bank.",  # no one of that surname
])
def test_a_qa_introduced_by_a_surname_alone_that_may_mean_no_one_person_is_with_no_one_named(before):
    assert interviewee_named(f"{before} We spoke with Sorrentine about the winter.") is None


@pytest.mark.parametrize("whom", ["Sorrentine", "Ana Sorrentine", "her"])
def test_a_qa_introduced_by_an_outlet_speaking_with_someone_is_with_that_person(whom):
    # before, "The Ledger spoke with ..." introduced no one: each answer was "a (interviewee)"'s
    text = (f"Ana Sorrentine runs the Harlow food bank. The Ledger spoke with {whom} about the winter.\n\n"
            "Q: How many families come each week?\nA: About 400, and rising.")
    credits, _ = credits_of(text, {3: CLAIM})
    assert [credit for _, credit in credits][2:] == ["q (interviewer)", "ana sorrentine"]


def test_one_who_is_no_outlet_speaking_with_someone_introduces_no_interviewee():
    assert interviewee_named("Ana Sorrentine runs the food bank. The Chancellor spoke with Ana Sorrentine.") is None
    assert interviewee_named("Ana Sorrentine runs the food bank. The Chancellor spoke with her.") is None


def test_a_label_with_a_long_aside_in_brackets_is_a_speaker_s_turn():
    text = ("PRESENTER: Were the targets met?\n\n"
            "HARROW (chief executive, Wexley Hospitals Trust): No. We missed them all winter.\n\n"
            "PRESENTER: Why?")
    credits, _ = credits_of(text)
    assert [credit for _, credit in credits] == ["presenter", "harrow", "harrow", "presenter"]



@pytest.mark.parametrize("reported, key, credit", [("Tom Vask", "tom vask", "tom vask"),
                                                   ("Mrs Vask's son", "vask's son", "vask's son")])


def test_he_later_in_an_interviewer_s_turn_after_a_third_person_is_never_the_interviewer(reported, key, credit):
    # before, "He says" after the person the interviewer's own turn credited went to the interviewer
    text = (f"HOST: {reported} has accused the council. He says it ignored his letters for a year.\n"
            "ODILE FRAYNE: That is true. Nobody answered us.")
    credits, _ = credits_of(text, {0: CLAIM, 1: CLAIM, 2: CLAIM}, {0: [reported], 1: ["He"]})
    # the son's "he" is the son, the one man credited (as outside a transcript), not the host
    assert [credit for _, credit in credits] == [key, credit, "odile frayne", "odile frayne"]


@pytest.mark.parametrize("closing", ["Open Ledger stands by its findings.", "Sand has led the union since 2019."])
def test_an_interview_s_last_answer_ends_before_a_paragraph_naming_its_speaker_or_asker_in_the_third_person(closing):
    # before, the closing narration ran on in the last answer, "Open Ledger stands by its findings." credited to Sand
    from test_profile_credits import CLAIM, DENIAL, FACT, profile_of
    rows = [("Ada Sand chairs the Harlow Customs Union. Open Ledger spoke to her on Monday.", FACT, {}),
            ("OPEN LEDGER: Did you sign the export papers?", CLAIM, {}),
            ("SAND: No, my deputy signed them.", DENIAL, {}),
            ("OPEN LEDGER: Will you resign?", CLAIM, {}),
            ("SAND: I would rather the group withdraw the report.", CLAIM, {}),
            (closing, FACT, {}),
            ("The customs agency confirmed it had received documents.", CLAIM,
             {"source": ["The customs agency"], "cue": ["confirmed"]})]
    credits = profile_of(*rows, gap="\n\n")["credits"]
    assert credits[4:] == ["ada sand", None, "customs agency"]
    # a speaker naming someone else (a rival, a body) goes on with the answer
    rows[5] = ("Harlow Customs has never hidden a thing.", FACT, {})
    assert profile_of(*rows, gap="\n\n")["credits"][4:6] == ["ada sand"] * 2


def test_an_interview_s_last_answer_ends_before_a_paragraph_telling_of_the_writer_s_own_outlet():
    # before, the closing narration ran on in the last answer: "Garba, when contacted by this newspaper, ..." and all
    # after it were the answerer's
    from test_profile_credits import CLAIM, FACT, profile_of
    rows = [("Our correspondent spoke with Alhaji Bala Yakubu, chairman of the state electoral commission.", FACT, {}),
            ("Q: Were candidates screened out?", FACT, {}),
            ("Yakubu: Some did not meet the requirements.", CLAIM, {}),
            ("Q: Is the commission ready for Saturday?", FACT, {}),
            ("Yakubu: We are fully ready.", CLAIM, {}),
            ("Garba, when contacted by this newspaper on Wednesday, stood by his claim.", FACT, {}),
            ("The party's lawyers said two aspirants would testify.", CLAIM,
             {"source": ["The party's lawyers"], "cue": ["said"]})]
    credits = profile_of(*rows, gap="\n\n")["credits"]
    assert credits[4:6] == ["bala yakubu", None]
    # an answer in the first person that names the outlet goes on with the answer
    rows[5] = ("Garba told this newspaper I took money, which is false.", FACT, {})
    assert profile_of(*rows, gap="\n\n")["credits"][5] == "bala yakubu"
    # so does one in the first person plural ("our" of the answerer's own), beside the outlet's own "our"
    rows[5] = ("Our officers have read every report this paper has printed on the matter.", FACT, {})
    assert profile_of(*rows, gap="\n\n")["credits"][5] == "bala yakubu"
    rows[5] = ("Garba later told our correspondent that he stood by his claim.", FACT, {})
    assert profile_of(*rows, gap="\n\n")["credits"][4:6] == ["bala yakubu", None]
    # "US" in capitals is the country, no answerer's "us": the narration still ends the interview
    rows[5] = ("Garba, when contacted by this newspaper, said US observers had watched the screening.", FACT, {})
    assert profile_of(*rows, gap="\n\n")["credits"][4:6] == ["bala yakubu", None]
    rows[5] = ("Let us be clear: this paper has printed lies.", FACT, {})  # an answerer's "us" still goes on
    assert profile_of(*rows, gap="\n\n")["credits"][5] == "bala yakubu"


@pytest.mark.parametrize("closing", ["The case is due to be heard in September.", "She has led the union since 2019."])
def test_a_q_and_a_s_last_answer_ends_before_a_closing_paragraph_of_no_first_person(closing):
    # before, the closing narration ran on in the last "A:" answer, credited to Ada Sand
    from test_profile_credits import CLAIM, DENIAL, FACT, profile_of
    rows = [("Ada Sand chairs the Harlow Customs Union. The Ledger spoke to her on Monday.", FACT, {}),
            ("Q: Did you sign the export papers?", CLAIM, {}),
            ("A: No, my deputy signed them.", DENIAL, {}),
            ("Q: What happens now?", CLAIM, {}),
            ("A: We will see them in court.", CLAIM, {}),
            (closing, FACT, {})]
    assert profile_of(*rows, gap="\n\n")["credits"][4:] == ["ada sand", None]
    # the answer goes on: a paragraph in the first person, a "he" of the other sex, an answer of no first person above
    for last, follow in [("A: We will see them in court.", "She was my deputy for ten years."),
                         ("A: We will see them in court.", "He has led the union since 2019."),
                         ("A: The papers go to court.", "The case is due to be heard in September.")]:
        rows[4:] = [(last, CLAIM, {}), (follow, FACT, {})]
        assert profile_of(*rows, gap="\n\n")["credits"][4:] == ["ada sand"] * 2, follow


def test_a_spokesman_after_a_body_credited_in_a_host_s_later_turn_is_the_body_s_spokesperson():
    # before, from the host's second turn on, the host's own name, mentioned by the label, counted as a third party
    # named in the sentence before, so "A spokesman" stayed a bare "spokesperson" in any transcript past one exchange
    from test_profile_credits import CLAIM, FACT, profile_of
    rows = [("Ruth Abara presents Money Talk.", FACT, {})]
    for count in range(3):
        rows += [(f"ABARA: Question number {count} is about the fees?", CLAIM, {}),
                 (f"DEV MARAJ: The fees went up {count} times last year.", CLAIM, {})]
    rows += [("ABARA: Hollin & Vane says the fees are fair.", CLAIM, {"source": ["Hollin & Vane"], "cue": ["says"]}),
             ("A spokesman told me the fees were reviewed every year.", CLAIM,
              {"source": ["A spokesman"], "cue": ["told"]})]
    assert profile_of(*rows, gap="\n\n")["credits"][-2:] == ["hollin & vane", "hollin & vane spokesperson"]
    # two bodies credited just before: whose spokesman is unclear
    rows[-2] = ("ABARA: Hollin & Vane and Orsk Bank say the fees are fair.", CLAIM,
                {"source": ["Hollin & Vane", "Orsk Bank"], "cue": ["say"]})
    assert profile_of(*rows, gap="\n\n")["credits"][-1] == "spokesperson"


@pytest.mark.parametrize("intro", [
    "Ombudsman Talia Renk\n\nTalia Renk has led the redress service since 2022. She spoke to us.",
    "Savers are being failed - ombudsman Talia Renk\n\nTalia Renk has led the service since 2022. She spoke to us.",
])
def test_a_name_ending_the_headline_and_opening_the_introduction_is_one_person_not_a_run_over_the_line_break(intro):
    # before, "Talia Renk\n\nTalia Renk" read as one capitalised run, the interviewee, so the answers' source was
    # "talia renk talia renk"
    assert interviewee_named(intro) == "Talia Renk"
    # two people on two lines are still two: "her" is neither
    assert interviewee_named("Savers are failed - Ana Vell\n\nTalia Renk leads the service. She spoke to us.") is None


@pytest.mark.parametrize("firm", ["Halden Water", "Halden Group"])
def test_the_company_after_the_presenter_asked_a_firm_for_comment_is_that_firm(firm):
    # before, "We" after the speaker's label was read as a capitalised name written after the firm asked, another
    # body "the company" might mean, so it stayed a bare "company"
    text = (f"PRESENTER: We asked {firm} for comment. In a statement, the company said bills would not rise.\n"
            "GUEST: That is not true.")
    credits, _ = credits_of(text, {1: DENIAL, 2: OPINION}, {1: ["the company"]})
    assert [credit for _, credit in credits] == ["presenter", firm.lower(), "guest"]
    # another firm named after it: either may answer
    both = text.replace("for comment.", "for comment after Orsk Power raised its prices.")
    credits, _ = credits_of(both, {1: DENIAL, 2: OPINION}, {1: ["the company"]})
    assert [credit for _, credit in credits] == ["presenter", "company", "guest"]
