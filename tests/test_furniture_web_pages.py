"""A web page pasted whole: its accessibility links, menus and second heading line around the headline, and the
closing lines of an opinion piece, told apart from the copy."""

import pytest

from framing.furniture import in_headline, page_furniture
from framing.segment import split_sentences

HEADLINE = "Harbour trust cuts ferry timetable"
OPENING = ("The Harbour Trust said on Monday that the winter ferry timetable would be cut by a third. "
           "Islanders said they had not been consulted.")
CLOSING = "The trust said the cut would save two crews. A petition against it has 900 names."


def pieces_of(text):
    bounds = split_sentences(text)
    pieces = [text[a:b] for a, b in bounds]
    furniture = [p for p, flag in zip(pieces, page_furniture(text, bounds)) if flag]
    headline = [p for p, flag in zip(pieces, in_headline(text, bounds)) if flag]
    return furniture, headline


@pytest.mark.parametrize("skip", ["Skip to main content", "Skip to content", "Skip to navigation",
                                  "Skip to main navigation", "Skip to search", "Skip to footer"])
def test_a_page_s_skip_link_is_furniture_and_does_not_take_the_headline_s_place(skip):
    furniture, headline = pieces_of(f"{skip}\n\n{HEADLINE}\n\n{OPENING}")
    assert headline == [HEADLINE]
    assert furniture == [skip, HEADLINE]
    # below the copy too
    furniture, _ = pieces_of(f"{HEADLINE}\n\n{OPENING}\n\n{skip}\n\n{CLOSING}")
    assert furniture == [HEADLINE, skip]


def test_a_page_s_closing_share_and_copyright_lines_are_furniture():
    text = (f"Skip to main content\n\n{HEADLINE}\n\n{OPENING}\n\nShare on Facebook\nShare on X\n"
            "© 2026 The Harbour Gazette. All rights reserved.")
    furniture, _ = pieces_of(text)
    assert furniture == ["Skip to main content", HEADLINE, "Share on Facebook", "Share on X",
                         "© 2026 The Harbour Gazette.", "All rights reserved."]


@pytest.mark.parametrize("line", ["Skip to the end.", "Skip to main content, the guide advised."])
def test_copy_that_opens_like_a_skip_link_is_copy(line):
    furniture, _ = pieces_of(f"{HEADLINE}\n\n{OPENING}\n\n{line}\n\n{CLOSING}")
    assert furniture == [HEADLINE]


@pytest.mark.parametrize("menu", ["Home | News | Sport", "Home | News | UK | World | Business | Sport",
                                  "Home > News > Local news", "News › Politics › Scotland",
                                  "Skip to main content\n\nHome | News | Sport"])
def test_a_menu_line_over_the_headline_is_furniture_and_does_not_take_the_headline_s_place(menu):
    furniture, headline = pieces_of(f"{menu}\n\n{HEADLINE}\n\n{OPENING}")
    assert headline == [HEADLINE]
    assert furniture == menu.split("\n\n") + [HEADLINE]


def test_a_menu_line_below_the_copy_is_furniture():
    furniture, _ = pieces_of(f"{HEADLINE}\n\n{OPENING}\n\nNews | Sport | Weather | Travel\n\n{CLOSING}")
    assert furniture == [HEADLINE, "News | Sport | Weather | Travel"]


@pytest.mark.parametrize("line", ["Ferry strike | Day three | Live", "Ferry strike | Live"])
def test_a_headline_with_bars_over_copy_stays_the_headline(line):
    # nothing that reads as a headline below it: the line itself heads the page
    furniture, headline = pieces_of(f"{line}\n\n{OPENING}")
    assert headline == [line]


@pytest.mark.parametrize("line", ["Fares rose by a third in May, June and July.",
                                  "The options were | a new boat | a bridge | nothing at all, she said."])
def test_copy_between_menu_like_words_is_copy(line):
    furniture, _ = pieces_of(f"{HEADLINE}\n\n{OPENING}\n\n{line}\n\n{CLOSING}")
    assert furniture == [HEADLINE]
