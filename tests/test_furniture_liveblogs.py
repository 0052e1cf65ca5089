"""A liveblog's closing lines told apart from a last sentence of copy that only opens like one."""

import pytest

from framing.furniture import page_furniture
from framing.segment import split_sentences

LIVEBLOG = ("Ferry strike: live updates\n\n09:40 The trust said the strike would cost it a million pounds.\n\n"
            "10:05 Union leaders said talks had broken down.")


def last_is_furniture(line):
    text = f"{LIVEBLOG}\n\n{line}"
    bounds = split_sentences(text)
    assert text[bounds[-1][0]:bounds[-1][1]].endswith(line.split(". ")[-1])
    return page_furniture(text, bounds)[-1]


@pytest.mark.parametrize("line", ["That is all from us today", "That's all from us tonight.",
                                  "That is all for now", "That is all from us for today.",
                                  "Thank you for following", "Thanks for joining us."])
def test_a_liveblog_s_closing_line_with_its_stop_or_without_is_furniture(line):
    assert last_is_furniture(line)


@pytest.mark.parametrize("line", [
    "That is all the council can afford",  # a real last sentence without its stop
    '"That is all for now"', '"That is all for now," the chairman said',  # a quotation
    "Thank you for following the rules, the mayor told residents.",  # a source's thanks, credited after a comma
    "Thank you for following the rules, the mayor told residents",
    "Thanks for joining the protest, the organisers told marchers",
    "Thank you for following us all these years, said the captain",
    "This live blog is now closed to comments, the editor said",
])
def test_a_last_sentence_that_only_opens_like_a_closing_line_is_copy(line):
    assert not last_is_furniture(line)
