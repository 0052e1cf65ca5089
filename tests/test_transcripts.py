"""Interview transcripts and Q&As: speaker labels are found at the start of lines and left out of what the model
reads; headings, datelines and quotations are no labels."""

import numpy as np
import pytest

from framing.segment import lead_length, speaker_label_length, speaker_turns, split_sentences
from framing.spans import quoted_regions


def turns_of(text):
    bounds = split_sentences(text)
    return [(turn.label, turn.kind, [text[a:b] for a, b in bounds[turn.first:turn.last]])
            for turn in speaker_turns(text, bounds, quoted_regions(text))]


# -- the label as the model reads it ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, words", [
    ("HOST: Was the levy a mistake?", "Was the levy a mistake?"),
    ("MARTA KOVIC: Nobody warned us.", "Nobody warned us."),
    ("SEN. ODILE FRAYNE: We voted against it.", "We voted against it."),
    ("MINISTER: The pier reopens in May.", "The pier reopens in May."),
    ("TOMAS LE, HOST: Welcome back.", "Welcome back."),
    ("REP. ANSEL BRODY (D-OR): I disagree.", "I disagree."),
    ("UNIDENTIFIED MALE: Move the barrier!", "Move the barrier!"),
    ("O'DWYER: Not at all.", "Not at all."),
    ("Q: Why now?", "Why now?"),
    ("A: The tide tables changed.", "The tide tables changed."),
    ("QUESTION: Who pays?", "Who pays?"),
    # a place before a colon, as some wires write a dateline, is no wording either (it credits no one, below)
    ("PORT ELSWORTH: The ferry sank.", "The ferry sank."),
])
def test_a_speaker_label_in_capitals_or_q_and_a_is_left_out_of_what_the_model_reads(sentence, words):
    assert speaker_label_length(sentence) == lead_length(sentence) == len(sentence) - len(words)
    assert sentence[lead_length(sentence):] == words


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


def test_q_and_a_inside_a_line_open_turns_but_only_when_both_are_there():
    assert turns_of("Q: Is the water safe? A: Yes. Q: Since when? A: Since Monday.") == [
        ("Q", "question", ["Q: Is the water safe?"]), ("A", "answer", ["A: Yes."]),
        ("Q", "question", ["Q: Since when?"]), ("A", "answer", ["A: Since Monday."])]
    assert turns_of("Q: Is the water safe?\nThe council has not said.") == []
    assert turns_of("The quiz had two answers.\nA: Lisbon.\nB: Porto.") == []


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


def test_a_transcript_quoted_in_an_article_has_no_turns():
    text = ('The filing quoted the call:\n"HOST: Did you pay the harbour master?\nGUEST: I did, twice."\n'
            "Officials at the port denied that any money changed hands.")
    assert turns_of(text) == []
