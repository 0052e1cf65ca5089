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


SCHOOL_HEADLINE = "Head teacher resigns over inspection"
SCHOOL_COPY = ("The head of Marlow Primary resigned on Friday after an inspection rated the school inadequate. "
               "She said the inspectors had ignored the school's progress.")


@pytest.mark.parametrize("deck", ["Verdict unfair, says head", "Verdict unfair, head says",
                                  "Pupils will pay the price, warn governors", "Rating was a shock, parents say"])
def test_a_second_heading_line_under_the_headline_heads_the_page_with_it(deck):
    furniture, headline = pieces_of(f"{SCHOOL_HEADLINE}\n\n{deck}\n\n{SCHOOL_COPY}")
    assert headline == [SCHOOL_HEADLINE, deck]
    assert furniture == [SCHOOL_HEADLINE, deck]


@pytest.mark.parametrize("line", [
    "The head of Marlow Primary resigned on Friday.",  # a sentence of copy
    "Parents were told of the rating by letter",  # copy without its stop, or a crosshead: no attribution
    "Verdict unfair, says head of Marlow Primary School governors",  # too long for a headline's speaker
    "Verdict unfair, says head.",  # a sentence of copy
    "Was the verdict fair?",  # a question: copy as often as a heading
    "Marlow Primary",  # a name or two words: no heading
    "14:30 GMT -",  # a liveblog's stamp
    "09:40\nThe trust said the strike would cost it a million pounds.",  # an entry under its stamp
])
def test_a_sentence_or_a_stamp_under_the_headline_is_no_second_heading(line):
    _, headline = pieces_of(f"{SCHOOL_HEADLINE}\n\n{line}\n\n{SCHOOL_COPY}")
    assert headline == [SCHOOL_HEADLINE]


def test_a_line_below_a_first_paragraph_of_copy_is_no_second_heading():
    # no headline above it: a first line of copy with a stop heads nothing, nor does the line below it
    _, headline = pieces_of(f"{SCHOOL_COPY}\n\nVerdict unfair, says head\n\n{SCHOOL_COPY}")
    assert headline == []
    # the headline's second line is the last line of the text: a headline and a line, not a page
    _, headline = pieces_of(f"{SCHOOL_HEADLINE}\n\nVerdict unfair, says head")
    assert headline == [SCHOOL_HEADLINE]


def test_a_caption_run_into_its_credit_under_the_headline_is_no_second_heading():
    caption = "The head at the school gates in March.CreditTova Brennick/Reuters"
    _, headline = pieces_of(f"{SCHOOL_HEADLINE}\n\n{caption}\n\n{SCHOOL_COPY}")
    assert headline == [SCHOOL_HEADLINE]


OP_ED = ("The service is failing those who need it most\n\nWaiting lists for home care have doubled in two years. "
         "Ministers have offered nothing but reviews.\n\nIt is time the council admitted that the system is broken.")


@pytest.mark.parametrize("bio", [
    "Mara Quell is a former ombudsman and writes on public services.",
    "Mara Quell is a columnist for the Harbour Gazette.",
    "Mara Quell is a contributing writer at Civic Review and the author of The Quiet State.",
    "Dr Tomas Ferrin is a senior fellow at the Harbour Institute. He writes about housing.",
    "— Mara Quell is a freelance journalist who writes on public services.",
    "*Mara Quell is a former ombudsman and writes on public services.*",
])
def test_an_op_ed_s_closing_line_on_its_writer_is_furniture(bio):
    furniture, _ = pieces_of(f"{OP_ED}\n\n{bio}")
    assert furniture[0] == "The service is failing those who need it most"
    assert " ".join(furniture[1:]) == bio
    # with the page's closing lines after it
    furniture, _ = pieces_of(f"{OP_ED}\n\n{bio}\n\nShare on Facebook")
    assert " ".join(furniture[1:]) == f"{bio} Share on Facebook"


@pytest.mark.parametrize("line", [
    "Mara Quell is a former ombudsman who resigned in 2019.",  # a person in the news, not the writer
    "Mara Quell is the author of the report.",  # no book's title
    "Mara Quell, who writes on public services, is a former ombudsman.",  # a clause, not the bio's form
    "The minister is a former ombudsman and writes on public services.",  # no name
])
def test_a_closing_sentence_about_a_person_is_copy(line):
    furniture, _ = pieces_of(f"{OP_ED}\n\n{line}")
    assert furniture == ["The service is failing those who need it most"]


def test_a_writer_s_bio_above_more_copy_is_copy():
    bio = "Mara Quell is a former ombudsman and writes on public services."
    furniture, _ = pieces_of(f"{OP_ED}\n\n{bio}\n\nThe council has not replied to her letters.")
    assert furniture == ["The service is failing those who need it most"]
