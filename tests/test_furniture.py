"""Page furniture beyond the headline and a person's byline: agency and staff bylines, wire tails, captions and
picture credits, promotions and closing marks, each on a line of its own; and where a byline of names alone
stands, which tells it from a crosshead."""

import pytest

import framing.furniture as furniture
import framing.textlines as textlines
from framing.furniture import page_furniture
from framing.segment import preceding, split_sentences

# Copy long enough that a line after it is well past the top of the page.
OPENING = ("The ferry to Port Aldane was cancelled on Tuesday after a crack was found in its hull. "
           "Islanders said the last crossing had left without warning, and two fishing crews were stranded. ") * 4
CLOSING = "The operator said repairs would take a week. Refunds will be paid to ticket holders."
HEADLINE = "Ferry Cancelled Again"
STANDFIRST = "Islanders say they were given no warning."


def furniture_of(text, starts_text=True):
    bounds = split_sentences(text)
    return [text[a:b] for (a, b), flag in zip(bounds, page_furniture(text, bounds, starts_text=starts_text)) if flag]


def deep(line, gap="\n\n"):
    """``line`` on a line of its own between paragraphs of copy, far from the top of the page."""
    return f"{OPENING}{gap}{line}{gap}{CLOSING}"


def joined(pieces):
    return " ".join(pieces)


FURNITURE_LINES = [
    # agency and staff bylines
    "By Reuters", "By The Associated Press", "By AFP", "By Reuters Staff", "By Our Foreign Staff",
    "By a Staff Reporter", "From Reuters", "By Reuters and AFP", "From Our Correspondent in Port Aldane",
    # wire tails
    "Reporting by Tova Brennick; Editing by Ilse Marrow",
    "Additional reporting by Tova Brennick in Port Aldane",
    "Writing by Tova Brennick; editing by Ilse Marrow and Oren Vale",
    "(Reporting by Tova Brennick in Port Aldane and Oren Vale in Kessick; Writing by T. Brennick; "
    "Editing by Ilse Marrow)",
    # captions and picture credits
    "Photo: Tova Brennick/Coastal Pictures", "(Photo by Tova Brennick/Coastal Pictures)", "Picture: Tova Brennick",
    "Image: Getty Images", "Credit: Tova Brennick for The Aldane Herald", "Getty Images", "(Getty Images)",
    "AP Photo/Tova Brennick", "REUTERS/Tova Brennick", "Tova Brennick/AFP via Getty Images",
    "Image caption: The stranded crews waited on the quay.",
    "Image caption, Ferry staff inspect the hull. The crack runs for a metre.",
    "FILE PHOTO: A ferry leaves Port Aldane, March 3, 2023. REUTERS/Tova Brennick/File Photo",
    "Image source, Getty Images", "Pictured: Shameful scenes as waves batter the sea wall at Porthcarn.",
    "PICTURED: The stranded crews on the quay. (Photo by Tova Brennick/Getty Images)",
    "Pictured above: The crack in the hull.",
    "Photo: Aldane Ferries handout", "Photo: Tova Brennick for the Aldane Herald", "Photo: courtesy of Aldane Ferries",
    "Picture: supplied", "Photo: handout",
    # promotions and closing marks
    "Read more: Why the crossing keeps failing? Four questions answered", "READ MORE: Ferry fares to rise",
    "Related: Islanders petition for a second boat", "Also read: The last ferryman of Kessick", "Advertisement",
    "ADVERTISEMENT", "Story continues below advertisement", "Share this article", "Share on WhatsApp",
    "Sign up for our Harbour Briefing newsletter.", "Subscribe to our daily newsletter here",
    "Follow us on X, Facebook and Instagram", "Follow us on Instagram @aldaneherald", "Click here to subscribe",
    "Click here.", "Related:", "Read more", "ENDS", "-ends-", "– END –", "###", "Ends.", "ENDS.",
    "Notes to editors: The Aldane Ferry Board is independent of the council.", "NOTES TO EDITORS",
    "-30-", "--30--", "- 30 -", "—30—",  # the end mark of North American copy
    # a press release's banners
    "FOR IMMEDIATE RELEASE", "For Immediate Release", "PRESS RELEASE", "News release", "MEDIA RELEASE:",
    "FOR RELEASE AT 10:00 GMT ON 5 DECEMBER", "Embargoed until 00:01 GMT, 5 December 2026", "EMBARGO: 00:01 GMT",
    # wire tails beyond the credits: thanks, copyright, standards, sign-offs; a page's audio and video links
    "The Associated Press contributed to this report.", "Tova Brennick in Port Aldane contributed reporting.",
    "Copyright 2024 The Associated Press. All rights reserved.", "© Reuters 2024", "(c) 2023-2024 Aldane Herald Ltd",
    "Our Standards: The Thomson Reuters Trust Principles.", "Reporting By Tova Brennick; Editing By Ilse Marrow",
    "— AP", "-- Reuters", "(AFP)", "Listen to this article", "Listen to this story · 4 min",
    "Watch: Moment the ferry scrapes the quay", "WATCH: Why the crossing keeps failing?",
    # the AP's whole footer on one line, a writer's thanks from a place, cookie banners and the page's own links
    "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, "
    "rewritten or redistributed.", "This material may not be published, broadcast, rewritten or redistributed.",
    "Associated Press writer Tova Brennick contributed from Port Aldane.",
    "Associated Press writers Tova Brennick and Oren Vale contributed.",
    "We use cookies to improve your experience. By continuing to browse you accept our cookie policy.",
    "This website uses cookies. You can change your consent in Cookie settings.",
    "Cookie settings | Privacy policy | Terms of use", "Accept all cookies", "Advertisement - scroll to continue",
    "Advertisement · Scroll to continue with content", "3 min read", "5-minute read", "More from AP:",
    "More from The Aldane Herald", "Embedded content from twitter.com",
    # the page's layout: rules, a link alone, Markdown headings, emoji alone between a liveblog's entries
    "___", "* * *", "---", "## What the inspectors found", "# Ferry timetable", "🔴", "👉", "👍🏽 👍🏽",
    # a liveblog's relative stamp alone above an entry
    "2h ago", "35 minutes ago", "2 hours ago", "1 min ago", "An hour ago", "A few minutes ago", "Just now",
    # an embedded post's sign-off
    "— Tova Brennick (@tbrennick) May 3, 2026", "-- Aldane Ferries 🚢 (@AldaneFerries) 3 March 2026",
    # a transcript's stage directions
    "[CROSSTALK]", "(APPLAUSE)", "(INAUDIBLE)", "[LAUGHTER]", "(BEGIN VIDEO CLIP)", "[ END AUDIO CLIP ]",
]


@pytest.mark.parametrize("stamp", ["14:30", "14:30 GMT", "[14:30]", "2.30 p.m."])
def test_a_liveblog_s_time_stamp_heading_no_entry_is_furniture_and_one_heading_an_entry_is_not(stamp):
    # before, a stamp alone at the page's end was a sentence of copy, labelled and read as context
    text = f"Live updates\n\n13:52\n\nThe ministry said the road was closed.\n\n{stamp}"
    bounds = split_sentences(text)
    assert [(text[start:end], flag) for (start, end), flag in zip(bounds, page_furniture(text, bounds))] == [
        ("Live updates", True), ("13:52\n\nThe ministry said the road was closed.", False), (stamp, True)]


@pytest.mark.parametrize("line", FURNITURE_LINES)
def test_a_line_of_page_furniture_is_furniture_wherever_it_stands(line):
    for gap in ("\n\n", "\n"):
        assert joined(furniture_of(deep(line, gap))) == line  # every sentence of the line, and nothing else
    # under the headline: the line is furniture of its own, not only as the first paragraph
    assert furniture_of(f"{HEADLINE}\n\n{line}\n\n{OPENING}")[0] == HEADLINE
    assert joined(furniture_of(f"{HEADLINE}\n\n{line}\n\n{OPENING}")[1:]) == line
    assert joined(furniture_of(f"{OPENING}\n\n{line}")) == line  # at the end


NEAR_MISSES = [
    "Read more about the plan in the report, the minister said.", "Advertisement revenue fell 4%.",
    "Notes to editors are sent out every morning, the ferry board said.",
    "Photo identification will be required, officials said.", "Credit: the bank's lending rose",
    "Reporting by the harbour office found a leak.", "Reporting by Tova Brennick found a leak.",
    "Follow us on a tour of the dry dock, the engineer said.", "Picture: a town without a ferry.",
    "Image: the crew at the quay", "Sign up for the new timetable closes on Friday.",
    "Sign up for our newsletter, the operator urged passengers.", "Click here, the message said.",
    "By a staff vote, the union agreed.", "By Order of the Harbour Board", "Tova Brennick/Oren Vale",
    "Share the cost", "Related to the plan, the vote failed.", "Ends meet only just, the skipper said.",
    "Reuters", "Updated figures show a rise", "By Reuters' count, ten crossings failed.",
    "The Associated Press contributed to the fund, the filing showed.",
    "Tova Brennick contributed reporting to a book.",
    "Copyright law was rewritten in 2024, the court heard.", "Copyright 2024 was a good year for the port.",
    "Our standards slipped, the editor admitted.", "Listen to this story, the skipper said.",
    "Watch: the minister's speech drew jeers from the benches.",
    "Watch: The minister's speech drew jeers from the benches.", "(AFP reported the crack first.)",
    "— AP reporters reached the quay at dawn.", "Reporting By the harbour office found a leak.",
    "We use cookies to track readers, the regulator found.", "Freelance journalists from 40 countries contributed.",
    "Associated Press writers contributed to the fund.", "More from the harbour fund went to repairs.",
    "Terms of use changed in May, the operator said.", "3 minutes read like an hour, the skipper said.",
    "Scroll to continue reading, the app told users.", "Embedded content from the ferry's log was read in court.",
    "#1 seed Port Aldane won the cup.", "#FerryNow trended all day.", "https://aldane.example is down again.",
    "--- the skipper said nothing.", "This material was published in 2023, the court heard.",
    "🔴 The ferry is back in service.", "✅ Refunds were paid.", "★★★★☆", "⭐⭐⭐",  # a review's rating
    "Embargoed until further notice", "For release on bail he paid £500.", "Press release fees rose 4%.",
    "EMBARGO ON ARMS SHIPMENTS", "Source: a harbour official", "About the ferry",
    "— Tova Brennick (@tbrennick) said the crossing was safe.", "— Tova Brennick (@tbrennick)",
    "Pictured in the report is the old quay.", "2 hours ago, the ferry sank.", "Just now the skipper radioed in.",
    "Two hours ago.", "35 minutes ago the quay shut.", "30", "-30 degrees", "30 - 28",
    "[CROSSTALK] The skipper shouted over the crew.", "(APPLAUSE) Then the vote.", "(Reuters reported it first.)",
    "(A HARBOUR PILOT WAS ON BOARD, THE LOG SHOWS.)",
    "Photo: the handout showed the crack.", "Credit: courtesy calls were made to islanders.", "Picture: the",
]


@pytest.mark.parametrize("line", NEAR_MISSES)
def test_copy_that_only_opens_like_furniture_is_copy(line):
    assert furniture_of(deep(line)) == []
    assert furniture_of(f"{HEADLINE}\n\n{line}\n\n{OPENING}") == [HEADLINE]


@pytest.mark.parametrize("line", FURNITURE_LINES)
def test_furniture_inside_a_paragraph_is_copy(line):
    text = f"{OPENING}\n\nThe crossing was cancelled. {line} Crews were stranded.\n\n{CLOSING}"
    assert furniture_of(text) == []


@pytest.mark.parametrize("stamp", ["10:25 GMT - ", "10:25 a.m. ET – ", "[10:25] ", "10:25 - "])
def test_a_liveblog_entry_s_stamp_before_a_link_or_promotion_leaves_it_furniture(stamp):
    for line in ("Read more: Ministry denies ferry budget cuts", "Watch: Moment the ferry scrapes the quay",
                 "Related: Port Aldane fears grow", "Sign up for our Morning Briefing newsletter"):
        assert furniture_of(deep(stamp + line)) == [stamp + line]
    # an entry of copy stays copy, stamp or not, as does a video label before a sentence
    for line in ("The operator said repairs would take a week.", "Watch: the minister's speech drew jeers."):
        assert furniture_of(deep(stamp + line)) == []


@pytest.mark.parametrize("line", ["That is all for now. We will resume our coverage tomorrow morning.",
                                  "10:25 GMT - That's all from us for today.", "This live blog is now closed.",
                                  "We are pausing our live updates here. Thank you for following."])
def test_a_liveblog_s_closing_note_on_its_own_line_is_furniture(line):
    # before, "We will resume our coverage tomorrow morning." was copy, which the model read as a denial
    assert " ".join(furniture_of(deep(line))) == line
    # inside a paragraph, or beside copy on its line, or of something else than the coverage, it is copy
    assert furniture_of(f"{OPENING}\n\nThe crossing was cancelled. {line} Crews were stranded.\n\n{CLOSING}") == []
    assert furniture_of(deep(f"{line} The ferry sailed at noon.")) == []
    assert furniture_of(deep("We will resume talks tomorrow morning, the minister said.")) == []
    # nor a source's promise of updates, credited after a comma
    assert furniture_of(deep("We will continue to provide updates as the inquiry unfolds, police said.")) == []


@pytest.mark.parametrize("line", ["13:45 We will bring you more as we get it.", "Refresh for updates",
                                  "[10:25] We'll have more on this shortly.", "Refresh this page for the latest.",
                                  "Stay with us for the latest updates.", "More to follow."])
def test_a_liveblog_s_housekeeping_on_its_own_line_is_furniture(line):
    # before, a promise of more as it comes and a call to refresh were copy, the writer's own sentences
    assert " ".join(furniture_of(deep(line))) == line
    # an entry of news after its stamp stays copy, and so does a promise of something else or one credited
    for copy in ("13:45 We have confirmed that the bridge is shut.", "We will bring you more pain, the union warned.",
                 "We will have more teachers next year.", f"{line} The bridge is shut."):
        assert furniture_of(deep(copy)) == []


@pytest.mark.parametrize("line", ["Good evening and welcome to our live coverage of the Kessick mayoral count.",
                                  "22:10 Hello and welcome to the live blog.", "Welcome back to our coverage!",
                                  "Good morning, and welcome to our live updates on the ferry strike."])
def test_a_liveblog_s_welcome_to_its_coverage_is_furniture(line):
    # before, the welcome was copy, labelled editorial_opinion and counted among the writer's unsourced sentences
    assert " ".join(furniture_of(deep(line))) == line
    # a welcome to anything else, one credited, or one beside copy on its line, stays copy
    for copy in ("Welcome to Kessick, where the count goes on.", "Welcome to the new ferry terminal.",
                 "Welcome to our coverage, the mayor told reporters.", f"{line} The count is under way."):
        assert furniture_of(deep(copy)) == [], copy


@pytest.mark.parametrize("link", ["pic.twitter.com/AbC123xyz", "https://t.co/Xy12AbCd", "www.aldane.example/ferry"])
def test_a_link_alone_between_paragraphs_is_furniture(link):
    # (after a single line break a line in lower case goes on the sentence before it: see split_sentences)
    assert furniture_of(deep(link)) == [link]
    assert furniture_of(f"{OPENING}\n\n{link}") == [link]


def test_a_caption_is_furniture_with_all_its_sentences_and_the_copy_after_it_is_not():
    text = deep("Image caption: Crews wait on the quay. Some slept there. Others went home?")
    assert furniture_of(text) == ["Image caption: Crews wait on the quay.", "Some slept there.", "Others went home?"]


def test_a_line_that_a_sentence_runs_onto_is_no_furniture():
    # hard-wrapped copy: the sentence before runs onto the line that opens with a label
    wrapped = ("The harbour master said on Tuesday that the crossing would\n"
               "reopen once the hull of the only ferry had been mended and a\n"
               "surveyor had signed it off, which could take until the end of\n"
               "the month. She said the crews on the quay would be paid, and\n"
               "Related: repairs to the slipway would start at the same time.\n"
               "Islanders said they had heard such promises before and would\n"
               "wait to see the ferry sail again before they believed any of it.")
    assert furniture_of(wrapped) == []
    assert furniture_of(wrapped.replace(", and\nRelated", ".\nRelated")) == [
        "Related: repairs to the slipway would start at the same time."]


# A byline of names alone heads the page, closes it, or stands beside other furniture; further down it is a
# crosshead, and a phrase of time is no byline anywhere.

@pytest.mark.parametrize("byline", [
    "By Tova Brennick", "By Tova Brennick and Oren Vale", "By Ilse Day", "By Oren Best", "By Ilse Young",
    "By Tova Law", "By Tova J Brennick", "By Tova J. Brennick", "BY TOVA BRENNICK", "By Greta Day", "By Oren Holiday",
    "By Ilse Knight",
])
def test_a_byline_of_names_alone_counts_at_the_top_or_the_end_or_beside_furniture(byline):
    assert furniture_of(f"{HEADLINE}\n\n{byline}\n\n{OPENING}") == [HEADLINE, byline]
    assert furniture_of(f"{HEADLINE}\n\n{STANDFIRST}\n\n{byline}\n\n{OPENING}") == [HEADLINE, byline]
    assert furniture_of(f"{STANDFIRST}\n{byline}\n{OPENING}") == [byline]
    assert furniture_of(f"{OPENING}\n\n{byline}") == [byline]  # closing the text
    assert furniture_of(f"{OPENING}\n\n{byline}\n\n\n") == [byline]
    assert furniture_of(deep(f"{byline}\nUpdated 2 hours ago")) == [byline, "Updated 2 hours ago"]
    assert furniture_of(deep(f"Getty Images\n\n{byline}")) == ["Getty Images", byline]
    # the same line between paragraphs of copy, far from the top, is read as a crosshead
    assert furniture_of(deep(byline)) == []


@pytest.mark.parametrize("byline", [
    "By Tova Brennick, Transport Correspondent", "By TOVA BRENNICK in Port Aldane", "By Tova Brennick | Aldane Herald",
    "By Tova Brennick and Oren Vale, Harbour Desk", "By Tova Brennick on March 5, 2024", "By Our Harbour Staff",
])
def test_a_byline_with_a_role_place_outlet_or_date_counts_anywhere(byline):
    assert furniture_of(deep(byline)) == [byline]


@pytest.mark.parametrize("byline", [
    "Tova Brennick, Staff Writer", "TOVA BRENNICK, TRANSPORT CORRESPONDENT",
    "Tova Brennick and Oren Vale, Political Editors", "Tova Brennick, Senior Health Reporter",
])
def test_a_name_and_the_writer_s_role_without_by_is_a_byline(byline):
    assert furniture_of(f"{HEADLINE}\n\n{byline}\n\n{OPENING}") == [HEADLINE, byline]
    assert furniture_of(deep(byline)) == [byline]


@pytest.mark.parametrize("line", ["Tova Brennick, a reporter", "Tova Brennick, Chief Executive",
                                  "Monday Night, Staff Writer", "Tova Brennick, Staff Writer, quit on Monday."])
def test_a_name_and_another_role_or_copy_is_no_byline_without_by(line):
    assert furniture_of(deep(line)) == []


@pytest.mark.parametrize("crosshead", ["By Nightfall Tomorrow", "By Sunset Boulevard", "By Daybreak Everyone Left",
                                       "By Lunchtime Friday", "By Christmas Eve", "By Labor Day", "By Boxing Day",
                                       "By New Year's Eve", "By Mother's Day Weekend", "By Good Friday",
                                       "By Super Bowl Sunday", "By Opening Night"])
def test_a_phrase_of_time_after_by_is_no_byline_even_at_the_top(crosshead):
    assert furniture_of(f"{HEADLINE}\n\n{crosshead}\n\n{OPENING}") == [HEADLINE]
    assert furniture_of(deep(crosshead)) == []


def test_a_crosshead_that_reads_as_a_name_is_copy_below_the_top():
    assert furniture_of(deep("By Harbour Lights")) == []
    assert furniture_of(deep("By Harbour Lights") + "\n\nBy Harbour Lights") == ["By Harbour Lights"]  # the last line


def test_a_window_cut_from_inside_a_document_has_no_top_for_a_byline():
    window = "By Tova Brennick\n\n" + OPENING
    assert furniture_of(window) == ["By Tova Brennick"]
    assert furniture_of(window, starts_text=False) == []
    assert furniture_of("By Tova Brennick, Harbour Desk\n\n" + OPENING, starts_text=False) == [
        "By Tova Brennick, Harbour Desk"]


def test_a_question_heads_the_page_above_an_agency_byline():
    assert furniture_of("Is the ferry finished?\n\nBy Reuters\n\n" + OPENING) == [
        "Is the ferry finished?", "By Reuters"]


@pytest.mark.parametrize("line", ["By Tova Brennick", "Tova Brennick, Staff Writer", "Updated 14:05 GMT"])
def test_a_headline_with_a_byline_or_stamp_on_the_next_line_heads_the_page(line):
    """A page copied whole puts the byline right under the headline, with no blank line between them."""
    assert furniture_of(f"{HEADLINE}\n{line}\n\n{OPENING}") == [HEADLINE, line]
    assert furniture_of(f"Is the ferry finished?\n{line}\n\n{OPENING}") == ["Is the ferry finished?", line]


@pytest.mark.parametrize("date", ["March 3, 2026", "Tue 3 Mar 2026 10.05 GMT", "3 March 2026, 09:12 GMT"])
def test_a_date_alone_under_the_headline_or_beside_a_byline_is_a_stamp(date):
    assert furniture_of(f"{HEADLINE}\n{date}\n\n{OPENING}") == [HEADLINE, date]
    assert furniture_of(f"{HEADLINE}\n\n{date}\n\n{OPENING}") == [HEADLINE, date]
    assert furniture_of(deep(f"By Tova Brennick\n{date}")) == ["By Tova Brennick", date]


def test_a_date_alone_deep_in_the_copy_heads_a_timeline_s_entry_and_is_copy():
    assert furniture_of(deep("March 3, 2026")) == []


def test_a_first_line_over_copy_with_no_blank_line_is_no_headline():
    assert furniture_of(f"{HEADLINE}\n{OPENING}") == []


# Contexts pass over the new kinds as over a headline, byline or stamp.

STORY = (f"{OPENING}\n\nImage caption: Crews wait on the quay. Some slept there.\nGetty Images\n\n"
         "The council will meet on Friday.\n\nRead more: Ferry fares to rise\nAdvertisement\n\n"
         "Tickets will be refunded.\n\nReporting by Tova Brennick; Editing by Ilse Marrow\n\nENDS")


def test_contexts_pass_over_captions_promotions_and_wire_tails():
    bounds = split_sentences(STORY)
    pieces = [STORY[a:b] for a, b in bounds]
    council, tickets = pieces.index("The council will meet on Friday."), pieces.index("Tickets will be refunded.")
    assert preceding(STORY, bounds, council, 1) == pieces[council - 4]  # the copy before the caption and credit
    assert pieces[council - 4].startswith("Islanders said")
    assert preceding(STORY, bounds, tickets, 1) == "The council will meet on Friday."
    assert furniture_of(STORY)[-4:] == ["Read more: Ferry fares to rise", "Advertisement",
                                        "Reporting by Tova Brennick; Editing by Ilse Marrow", "ENDS"]


@pytest.mark.parametrize("count", [1, 2, 3])
@pytest.mark.parametrize("starts_text", [True, False])
def test_contexts_from_the_flags_are_those_found_in_the_text(count, starts_text):
    texts = [STORY, deep("By Tova Brennick"), deep("By Tova Brennick\nPosted yesterday"),
             f"{HEADLINE}\n\nBy Tova Brennick\n\n{OPENING}"]
    for text in texts:
        bounds = split_sentences(text)
        flags = page_furniture(text, bounds, starts_text=starts_text)
        for k in range(len(bounds) + 1):
            expected = preceding(text, bounds, k, count, starts_text=starts_text)
            assert preceding(text, bounds, k, count, furniture=flags) == expected


# Only short lines are read, each once.

def test_a_long_line_is_not_read_as_furniture(monkeypatch):
    judged = []
    real = furniture._line_is_furniture
    monkeypatch.setattr(furniture, "_line_is_furniture", lambda page, start, end: judged.append(end - start)
                        or real(page, start, end))
    line = "Image caption: " + "Crews wait on the quay. " * 850  # over 20,000 characters
    assert furniture_of(f"{OPENING}\n\n{line}\n\n{CLOSING}") == []
    assert judged and max(judged) <= textlines.MARKED_LINE_CHARS


def test_each_line_is_judged_once_for_all_its_sentences(monkeypatch):
    judged = []
    real = furniture._line_is_furniture
    monkeypatch.setattr(furniture, "_line_is_furniture", lambda page, start, end: judged.append((start, end))
                        or real(page, start, end))
    text = "Image caption: Crews wait. Some slept. Others left.\n" * 50
    assert len(furniture_of(text)) == 150
    assert len(judged) == len(set(judged)) == 50


def test_a_link_alone_below_a_finished_sentence_is_its_own_line_of_furniture():
    text = "The ministry published the full report on Monday.\nhttps://example.org/report.pdf\nIt runs to 40 pages."
    bounds = split_sentences(text)
    assert [text[s:e] for s, e in bounds] == [
        "The ministry published the full report on Monday.", "https://example.org/report.pdf", "It runs to 40 pages."]
    assert page_furniture(text, bounds) == [False, True, False]
    # a sentence that goes on to the link, or past it, keeps it
    text = "More details are at\nhttps://example.org/report.pdf and in print."
    assert split_sentences(text) == [(0, len(text))]
    text = "Details are online.\nwww.example.org/report, the ministry said."
    assert split_sentences(text) == [(0, len(text))]


def _assert_headline_under(top):
    """``top`` over the headline and the opening: the headline is still the page's, and ``top`` furniture."""
    from framing.furniture import in_headline

    text = f"{top}{HEADLINE}\n\n{OPENING}"
    bounds = split_sentences(text)
    pieces = [text[a:b] for a, b in bounds]
    assert [p for p, flag in zip(pieces, in_headline(text, bounds)) if flag] == [HEADLINE]
    assert joined(furniture_of(text)) == joined(top.split("\n")).strip() + " " + HEADLINE


def test_a_press_release_s_banner_does_not_take_the_headline_s_place():
    for banners in ("FOR IMMEDIATE RELEASE\n\n", "PRESS RELEASE\nFOR IMMEDIATE RELEASE\n\n",
                    "Embargoed until 00:01 GMT, 5 December 2026\n"):
        _assert_headline_under(banners)


def test_the_page_s_own_lines_a_scrape_keeps_on_top_do_not_take_the_headline_s_place():
    """A scraped page often opens with "Share this article" or "Advertisement" over the headline: the report index
    titled such an article "Share this article" and the real headline was read as copy; now the headline is the
    page's, as under a press release's banner."""
    for top in ("Share this article\n\n", "Share this article\nAdvertisement\n\n", "Advertisement\n",
                "Cookie settings | Privacy policy | Terms of use\n\n"):
        _assert_headline_under(top)


def test_a_byline_stamp_or_date_opening_the_page_does_not_take_the_headline_s_place():
    """A CMS export often puts the byline (or the date) over the headline: the headline is still the page's, and the
    index shows it; before, the byline was read as the headline, or a headline under it as none."""
    from framing.furniture import in_headline

    for top in ("By Mara Quill\n\n", "By Mara Quill, Staff Reporter\n\n", "March 3, 2026\n",
                "By Mara Quill\nMarch 3, 2026\n\n"):
        _assert_headline_under(top)
    # a byline over copy heads no headline: the lead sentence stays copy
    text = f"By Mara Quill\n{OPENING}"
    assert not any(in_headline(text, split_sentences(text)))


RELEASE_CLOSE = (f"{OPENING}\n\nAbout Orlen Robotics\nOrlen Robotics plc builds warehouse robots. It employs 900 "
                 "people.\n\nSource: Orlen Robotics plc")


def test_a_press_release_s_source_line_at_its_end_and_its_boilerplate_heading_are_furniture():
    assert furniture_of(RELEASE_CLOSE) == ["About Orlen Robotics", "Source: Orlen Robotics plc"]
    assert furniture_of(RELEASE_CLOSE.replace("Source: ", "SOURCE ") + "\n\n###") == [
        "About Orlen Robotics", "SOURCE Orlen Robotics plc", "###"]
    # ABOUT in capitals, the name followed by a comma in the paragraph below
    assert furniture_of(f"{OPENING}\n\nABOUT ORLEN ROBOTICS\nOrlen Robotics, founded in 2009, builds robots.") == [
        "ABOUT ORLEN ROBOTICS"]


def test_a_source_line_before_copy_and_an_about_line_above_other_copy_are_copy():
    assert furniture_of(f"{OPENING}\n\nSource: Orlen Robotics plc\n\n{CLOSING}") == []
    assert furniture_of(f"{OPENING}\n\nAbout Time\nThe ferry ran late again.\n\n{CLOSING}") == []


# A pull quote: a paragraph that repeats, word for word, a quotation or sentence of the copy before it.

@pytest.mark.parametrize("copy, pulled", [
    ('Harbour master Ines Okafor denied the claim. "No ferry sailed in unsafe swell," she said.',
     '"No ferry sailed in unsafe swell"'),
    ('"No ferry sailed in unsafe swell," Harbour master Ines Okafor said. The board met later.',
     '“No ferry sailed in unsafe swell.”'),
    ('Okafor said: "No ferry sailed in unsafe swell" and left the quay.', '"No ferry sailed in unsafe swell"'),
    ('The crossing was cancelled. This is a disgraceful way to treat islanders. Crews were stranded.',
     'This is a disgraceful way to treat islanders.'),  # a sentence of the writer's, repeated
    # signed, or labelled
    ('"No ferry sailed in unsafe swell," Harbour master Ines Okafor said.',
     '"No ferry sailed in unsafe swell" — Ines Okafor'),
    ('"No ferry sailed in unsafe swell," Ines Okafor said.',
     '“No ferry sailed in unsafe swell.” - Ines Okafor, harbour master'),
    ('"No ferry sailed in unsafe swell," Ines Okafor said.', 'PULL QUOTE: "No ferry sailed in unsafe swell"'),
])
def test_a_paragraph_that_repeats_a_quotation_or_sentence_before_it_is_furniture(copy, pulled):
    text = f"{OPENING}\n\n{copy}\n\n{pulled}\n\n{CLOSING}"
    assert furniture_of(text) == [pulled]
    assert furniture_of(f"{copy}\n\n{pulled}", starts_text=False) == [pulled]  # at the end, the copy's first lines


@pytest.mark.parametrize("copy, line", [
    ('"No ferry sailed in unsafe swell," she said.', '"No ferry sailed"'),  # too few words
    ('"No ferry sailed in unsafe swell," she said.', '"No ferry sailed in swell"'),  # other words
    ('"No ferry sailed in unsafe swell on Monday," she said.', '"No ferry sailed in unsafe swell"'),  # the start only
    ('Okafor said Ferry Nine sailed in unsafe swell.', 'Ferry Nine sailed in unsafe swell.'),  # the end only
    ('On Monday Ferry Nine sailed in unsafe swell, she said.', 'Ferry Nine sailed in unsafe swell.'),  # inside
    ('The crossing was cancelled on Monday, the board said.', 'The crossing was cancelled on Monday.'),
    ('The crossing was cancelled on Monday. Crews left.', 'The crossing was cancelled on Tuesday.'),
    ('"No ferry sailed in unsafe swell," Ines Okafor said.',
     '"No ferry sailed in unsafe swell" — Ines Okafor said it'),
    ('"No ferry sailed in unsafe swell," Ines Okafor said.', '"No ferry sailed in unsafe swell" — and Okafor'),
])
def test_a_paragraph_that_only_resembles_text_before_it_is_copy(copy, line):
    assert furniture_of(f"{OPENING}\n\n{copy}\n\n{line}\n\n{CLOSING}") == []


def test_a_pull_quote_is_a_paragraph_of_its_own_and_comes_after_what_it_repeats():
    said = '"No ferry sailed in unsafe swell," she said.'
    # inside a paragraph, or on a line of a paragraph that goes on, the words are copy
    repeated = 'She repeated it. "No ferry sailed in unsafe swell"'
    assert furniture_of(f"{OPENING}\n\n{said}\n\n{repeated}\n\n{CLOSING}") == []
    assert furniture_of(f"{OPENING}\n\n{said}\n\n\"No ferry sailed in unsafe swell\"\nCrews left.\n\n{CLOSING}") == []
    # the first time the words are written, they are the copy, whatever comes after
    text = f"{OPENING}\n\nNo ferry sailed in unsafe swell.\n\n{said}\n\n{CLOSING}"
    assert furniture_of(text) == []


@pytest.mark.parametrize("credit", ["(Photo: Tova Brennick/Aldane Herald)", "(Photo by Tova Brennick)",
                                    "(Getty Images)", "[Picture: Aldane Ferries handout]",
                                    "Photo: Aldane Ferries handout", "Image: Tova Brennick/AP",
                                    "(Image credit: Tova Brennick for the Aldane Herald)"])
def test_a_picture_credit_ending_a_caption_s_line_is_furniture_and_the_caption_is_not(credit):
    for caption in ("Islanders queue for the ferry on Tuesday.", "Crews wait on the quay. Some slept there."):
        assert furniture_of(deep(f"{caption} {credit}")) == [credit]
        assert furniture_of(f"{HEADLINE}\n\n{OPENING}\n\n{caption} {credit}") == [HEADLINE, credit]  # at the end


@pytest.mark.parametrize("line", ["Islanders queue for the ferry on Tuesday. (Reuters reported it first.)",
                                  "Islanders queue. (Photo: the crew at the quay)",
                                  "Islanders queue. Picture: a town without a ferry.",
                                  "Islanders queue. (Photo: Tova Brennick/Aldane Herald) Crews wait."])
def test_brackets_or_a_label_that_do_not_credit_a_picture_or_do_not_end_the_line_are_copy(line):
    assert furniture_of(deep(line)) == []


@pytest.mark.parametrize("line", ["Read the full story: https://aldane.example/ferry",
                                  "Read the full article: https://aldane.example/ferry",
                                  "Sign up for our morning newsletter at aldane.example/newsletters",
                                  "Sign up for our morning newsletter at https://aldane.example/signup"])
def test_a_link_to_the_full_story_or_a_newsletter_s_address_is_furniture(line):
    assert furniture_of(deep(line)) == [line]
    # ending a newsletter item's line after its sentences, a link's label and a link alone is furniture too
    if line.startswith("Read"):
        assert furniture_of(deep(f"The ferry sails again on Friday. Fares are unchanged. {line}")) == [line]


@pytest.mark.parametrize("line", ["Sign up for our morning newsletter at noon, the board said.",
                                  "The ferry sails again. Read the full story: the board has not published it.",
                                  "The ferry sails again. Read more: https://aldane.example/ferry Crews cheered."])
def test_a_sign_up_at_a_time_or_a_link_label_before_copy_is_copy(line):
    assert furniture_of(deep(line)) == []


@pytest.mark.parametrize("line", ["Full story: the harbour master knew of the crack in 2019 and kept quiet.",
                                  "Read the full story: the board has not published it.",
                                  "Full story: The harbour master knew of the crack and kept quiet."])
def test_full_story_on_its_line_before_a_sentence_is_copy(line):
    # "full story" is copy's phrase too: a sentence after it is no link's title
    assert furniture_of(deep(line)) == []


@pytest.mark.parametrize("line", ["Full story: https://aldane.example/ferry", "Full story: Ferry Fares To Rise Again"])
def test_full_story_before_a_link_or_a_title_is_furniture(line):
    assert furniture_of(deep(line)) == [line]


def test_a_pull_quote_s_signature_keeps_hyphenated_names_and_the_spaces_before_its_dash():
    # the public pattern reads each start only to the next dash (linear time): what it matches is as before
    from framing.furniture import PULL_QUOTE_SIGNATURE
    for text, signature in (('"We sail." — Ines Okafor-Bell', " — Ines Okafor-Bell"),
                            ('"We sail."  -- Jean-Marc Ode, harbour master', "  -- Jean-Marc Ode, harbour master"),
                            ('"We sail." —Ines Okafor', " —Ines Okafor")):
        found = PULL_QUOTE_SIGNATURE.search(text)
        assert found is not None and found.group() == signature, text
    assert PULL_QUOTE_SIGNATURE.search("A-" * 50 + "!") is None
    assert PULL_QUOTE_SIGNATURE.search('"We sail." — and Okafor') is None


@pytest.mark.parametrize("signature", [" --- Ines Okafor", " ——— Ines Okafor", " ----Ines Okafor, harbour master",
                                       " — Ines Okafor-Bell-Ayo-Rain"])
def test_a_pull_quote_signed_after_three_dashes_or_with_a_name_of_three_hyphens_is_furniture(signature):
    from framing.furniture import PULL_QUOTE_SIGNATURE
    pulled = f'"No ferry sailed in unsafe swell"{signature}'
    assert PULL_QUOTE_SIGNATURE.search(pulled).group() == signature  # from the run's first dash, the whole name
    copy = '"No ferry sailed in unsafe swell," Ines Okafor said.'
    assert furniture_of(f"{OPENING}\n\n{copy}\n\n{pulled}\n\n{CLOSING}") == [pulled]
    # a glued dash still signs; inside a hyphenated word none starts
    assert PULL_QUOTE_SIGNATURE.search('"We sail."—Ines Okafor').group() == "—Ines Okafor"
    assert PULL_QUOTE_SIGNATURE.search("We sail with Bell-Ayo-Rain-Okafor") is None


@pytest.mark.parametrize("agency", ["(AFP)", "(Reuters)", "(AP)", "(AP/Reuters)"])
def test_an_agency_alone_in_brackets_ending_a_caption_s_line_is_furniture_and_the_caption_is_not(agency):
    for caption in ("Islanders queue for the ferry on Tuesday.", "Crews wait on the quay. Some slept there."):
        assert furniture_of(deep(f"{caption} {agency}")) == [agency]
        assert furniture_of(f"{HEADLINE}\n\n{OPENING}\n\n{caption} {agency}") == [HEADLINE, agency]  # at the end
    # not before more words on the line, nor an agency's name inside a sentence
    assert furniture_of(deep(f"Islanders queue. {agency} Crews wait.")) == []
    assert furniture_of(deep(f"Islanders queue {agency} for the ferry.")) == []


@pytest.mark.parametrize("label", ["Related:", '"Related:"', "See also:", "RELATED:"])
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_headlines_listed_below_a_link_s_label_alone_are_furniture(label, gap):
    links = ["Orvian Mayors Roundly Spurn The Plan For A Fare Rise.",
             "Mara Quist Makes Sexist Joke To Bash Bank Chief Ida Lund"]
    text = f"{OPENING}\n\n{label}{gap}{gap.join(links)}"
    assert furniture_of(text) == [label, *links]
    # the list ends at the first line that reads as copy, and what follows it is copy again
    text = f"{OPENING}\n\n{label}{gap}{links[0]}{gap}{CLOSING}{gap}{links[1]}"
    assert furniture_of(text) == [label, links[0]]


@pytest.mark.parametrize("label", ["Related stories", "More on this story", "Related:", "Read more"])
def test_headlines_in_sentence_case_below_a_box_of_links_label_are_furniture(label):
    # a British page's box of links: its label without a colon, its headlines in sentence case without a stop
    links = ["Kessick bypass delayed again", "Harbour homes valued at record high", "Is the ferry worth saving?"]
    text = f"{OPENING}\n\n{label}\n{chr(10).join(links)}\n\n{CLOSING}"
    assert furniture_of(text) == [label, *links]
    # copy below such a label (a line ending in a stop) ends the list; a line that names no label heads none
    assert furniture_of(f"{OPENING}\n\n{label}\nThe bypass was delayed again.\n{links[0]}") == [label]
    assert furniture_of(f"{OPENING}\n\nRelated problems\n{links[0]}\n\n{CLOSING}") == []
    assert furniture_of(f"{OPENING}\n\n{links[0]}\n\n{CLOSING}") == []


def test_a_headline_like_line_below_copy_or_a_label_with_a_link_is_no_linked_headline():
    line = "Orvian Mayors Roundly Spurn The Plan For A Fare Rise."
    assert furniture_of(f"{OPENING}\n\n{line}\n\n{CLOSING}") == []
    assert furniture_of(f"{OPENING}\n\nRelated: Ferry Fares Rise\n\n{line}") == ["Related: Ferry Fares Rise"]


def test_a_printed_page_s_running_head_jump_lines_and_page_numbers_are_furniture():
    # OCR of a newspaper page (or a PDF's text) keeps the page's own lines amid the copy
    for line in ("THE DAILY HARBINGER, TUESDAY, MARCH 4, 1997  A7", "B2 | Kellsby Courier | Friday, May 2, 1980",
                 "The Kellsby Courier, March 4, 1997, Page A7", "Continued on Page B3", "Continued from Page 1",
                 "(Cont'd on page 6)", "See COUNCIL, Page A5", "COUNCIL, from Page A1", "Page 12", "- 12 -"):
        assert furniture_of(deep(line)) == [line], line
    # a sentence that names a date and ends on a figure, or talks of a page, is copy
    for line in ("The council met on March 4, 1997  A7", "See you on page 5", "Continued on Page B3 after the vote"):
        assert furniture_of(deep(line)) == [], line


def test_a_newspaper_s_own_picture_credit_is_furniture_alone_or_ending_a_caption():
    for line in ("Staff photo by Ivy Trent", "(Harbinger photo by Ron Pettit)", "HARBINGER PHOTO / CLAUDE MERRICK",
                 "(Kellsby Courier Photo/Gus Llewellyn)", "(Staff photo)", "File photo"):
        assert furniture_of(deep(line)) == [line], line
    caption = "Crews inspect the bridge on Tuesday. (Harbinger photo by Ron Pettit)"
    assert furniture_of(deep(caption)) == ["(Harbinger photo by Ron Pettit)"]
    for line in ("The photo by Ron Pettit won a prize.", "A staff photo shows the mill."):
        assert furniture_of(deep(line)) == [], line


def test_a_print_byline_s_second_line_naming_the_desk_or_paper_is_furniture():
    for desk in ("Harbinger Staff Writer", "Of The Harbinger Staff", "Associated Press Writer",
                 "Special to The Harbinger", "Kellsby Courier Correspondent"):
        text = f"MAYOR TAKES AIM AT TRANSIT\nBy DEREK HALE\n{desk}\n\n{OPENING}\n\n{CLOSING}"
        assert furniture_of(text) == ["MAYOR TAKES AIM AT TRANSIT", "By DEREK HALE", desk], desk
    # not below a byline, or a line of copy below one
    assert furniture_of(f"{OPENING}\n\nHarbinger Staff Writer\n\n{CLOSING}") == []
    text = f"MAYOR TAKES AIM AT TRANSIT\nBy DEREK HALE\nResidents were angry.\n\n{OPENING}"
    assert furniture_of(text) == ["MAYOR TAKES AIM AT TRANSIT", "By DEREK HALE"]
