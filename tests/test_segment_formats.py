"""Sentence splitting in non-story formats: weather lines, lettered lists."""
import pytest

from framing.segment import split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize("figure", ["31C", "31°C", "12 °F", "-4°F", "10,000L"])
def test_a_unit_letter_glued_to_a_figure_ends_its_sentence(figure):
    # a weather line: the letter after the figure is a unit, not a middle initial
    assert sentences(f"Highs of {figure}. No rain is expected.") == [f"Highs of {figure}.", "No rain is expected."]


@pytest.mark.parametrize("unit", ["7.8 mmol/L", "40 IU/L", "12 mg/L", "5 µg/L", "1.2 g/L"])
def test_a_unit_s_capital_letter_after_its_slash_ends_its_sentence(unit):
    # a lab result: the "L" of "mmol/L" is a unit, never an initial
    assert sentences(f"Glucose was {unit}. Doctors call that high.") == [f"Glucose was {unit}.",
                                                                         "Doctors call that high."]


def test_a_floor_written_with_a_slash_does_not_end_its_sentence():
    # Hong Kong's "1/F" is a floor: a figure, not a unit's letters, stands before its slash
    assert sentences("Contact us at 1/F. Tower B, 12 Harbour Road.") == ["Contact us at 1/F. Tower B, 12 Harbour Road."]


def test_an_initial_after_a_name_still_holds():
    assert sentences("Tessa R. Ollen said no rain was expected.") == ["Tessa R. Ollen said no rain was expected."]
    assert sentences("Route 9 C. Varn said.") == ["Route 9 C. Varn said."]


@pytest.mark.parametrize("a, b", [("a.", "b."), ("a)", "b)"), ("(a)", "(b)"), ("A.", "B."), ("A)", "B)")])
def test_a_lettered_item_s_mark_belongs_to_its_item(a, b):
    # as "1." and "1)" do: each item its own sentence, with its mark
    assert sentences(f"{a} The pump failed\n{b} Tankers were sent") == [f"{a} The pump failed",
                                                                        f"{b} Tankers were sent"]
    assert sentences(f"{a} The pump failed.\n{b} Tankers were sent.") == [f"{a} The pump failed.",
                                                                           f"{b} Tankers were sent."]
    assert sentences(f"Options:\n{a} Repair the pump. It is old.\n{b} Buy one.") == [
        "Options:", f"{a} Repair the pump.", "It is old.", f"{b} Buy one."]


def test_a_letter_opening_a_line_with_no_neighbour_is_no_list():
    # no "b." line: a letter and a stop opening a line of wrapped prose is not taken for an item
    assert sentences("He said it was\na. very good pump") == ["He said it was\na. very good pump"]
    # marks of two styles make no list
    assert sentences("Ann Roe.\nA. The pump failed\nb) tankers were sent") == [
        "Ann Roe.", "A.", "The pump failed\nb) tankers were sent"]


def test_an_initial_opening_a_line_of_wrapped_prose_is_no_item_beside_another_letter():
    # hard-wrapped copy: "T. Brisk" opens a line a few lines after "S. Larrow" does, but the line above each runs on
    text = ("The inquiry into the harbour's dredging deal was led by the\n"
            "port's own inspector, and its report was read aloud at a hearing\n"
            "where the pilot said on Friday that the barge had run aground\n"
            "twice before the deal was sealed in the autumn of last year by\n"
            "S. Larrow, the harbour master. The report then went to the\n"
            "governor, who sent it on to the port board and to its clerk, and\n"
            "T. Brisk said the board would sit again before the end of the\n"
            "season so that boat owners could send their views to the port.")
    got = sentences(text)
    assert len(got) == 2 and got[1].startswith("The report then went") and got[1].endswith("to the port.")
    # a list's items still hold below a line that ends a clause, one item's line below another's
    assert sentences("Two steps:\nS. Larrow signs\nT. Brisk pays") == ["Two steps:", "S. Larrow signs",
                                                                       "T. Brisk pays"]


@pytest.mark.parametrize("intro", ["OPTIONS", "Three ideas came up —", "He listed them as follows -", "Ways out"])
def test_a_lettered_list_holds_below_a_heading_or_an_intro_without_a_stop(intro):
    # a short heading, or a line that ends in a dash, introduces the list as a colon would
    assert sentences(f"{intro}\na) a new bridge\nb) a ferry\nc) a tunnel") == [
        intro, "a) a new bridge", "b) a ferry", "c) a tunnel"]


def test_a_lettered_item_wrapped_over_lines_still_leaves_the_next_item_its_own():
    # the line above "b)" is item a's long second line, ending in a comma: the mark above it is an item's
    text = ("Two choices remain.\n\na) Raise the levy on the large farms near Pellow\n"
            "and on the mills along the river, as the board first planned,\nb) Cut the grant to the harbour board")
    assert sentences(text) == ["Two choices remain.",
                               "a) Raise the levy on the large farms near Pellow\n"
                               "and on the mills along the river, as the board first planned,",
                               "b) Cut the grant to the harbour board"]


@pytest.mark.parametrize("gap", ["\n", "\n\n", "\r\n\r\n"])
def test_a_transcript_s_q_and_a_labels_stay_with_their_lines(gap):
    # "A." below a "Q." line (and "Q." beside an "A." line) is a speaker's label, not an initial ending a sentence
    text = gap.join(["Q. Will you resign?", "A. We sent tankers twice.", "Q. The crews say otherwise.",
                     "A. They are wrong."])
    assert sentences(text) == ["Q. Will you resign?", "A. We sent tankers twice.", "Q. The crews say otherwise.",
                               "A. They are wrong."]


def test_an_a_opening_a_line_with_no_q_beside_it_is_cut_as_before():
    assert sentences("The list had A. The crews went.\nA. We sent tankers.") == [
        "The list had A.", "The crews went.", "A.", "We sent tankers."]


#: An embedded image's data URI, as a CMS export may leave one between two paragraphs: 200,000 characters or so.
IMAGE_URI = "data:image/png;base64," + __import__("base64").b64encode(bytes(range(256)) * 586).decode()


@pytest.mark.parametrize("gap", [" ", "\n", "\n\n"])
def test_a_blob_between_two_sentences_is_set_apart_and_they_stay_sentences(gap):
    # before, a blob had no stop to end the sentence before it nor capital to open the next, so the three were one
    # sentence, cut to the model's window, with only a "not English" warning
    text = f"The mayor of Orlenby said so.{gap}{IMAGE_URI}{gap}Critics on the council disagreed."
    assert sentences(text) == ["The mayor of Orlenby said so.", IMAGE_URI, "Critics on the council disagreed."]
    assert sentences(f"The depot closed {IMAGE_URI[:600]} and reopened") == [
        "The depot closed", IMAGE_URI[:600], "and reopened"]


def test_a_long_link_a_short_run_or_a_paragraph_written_without_spaces_is_no_blob():
    link = "https://news.example/" + "a" * 470 + "?id=7"  # under 500 characters: a link, read as before
    assert sentences(f"The report is at {link} and was read widely.") == [
        f"The report is at {link} and was read widely."]
    chinese = "港口管理局否认向海湾倾倒废物的报道称数据有误并表示将公布检测结果" * 30  # no spaces, not ASCII
    assert sentences(f"{chinese}。The board met.") == [f"{chinese}。", "The board met."]
