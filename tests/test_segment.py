from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FUZZ_EXAMPLES, blank
import framing.furniture as furniture
import framing.textlines as textlines
from framing.segment import split_sentences


def sentences(text):
    return [text[a:b] for a, b in split_sentences(text)]


def test_abbreviations_do_not_split():
    text = "Mr. Smith met Gov. Ruiz on Jan. 5 in the U.S. capital. Dr. Okafor was there."
    assert sentences(text) == ["Mr. Smith met Gov. Ruiz on Jan. 5 in the U.S. capital.", "Dr. Okafor was there."]


def test_initialism_at_sentence_end_splits_before_a_sentence_starter():
    assert sentences("He moved to the U.S. The move was sudden.") == ["He moved to the U.S.", "The move was sudden."]


def test_a_web_or_e_mail_address_ends_its_sentence_before_any_capitalised_word():
    assert sentences("Contact jdoe@gazette.com. Follow her on X.") == ["Contact jdoe@gazette.com.", "Follow her on X."]
    assert sentences("Nadia Orlo is founder of FairPanels.org. Lea Brisk is president.") == [
        "Nadia Orlo is founder of FairPanels.org.", "Lea Brisk is president."]
    assert sentences("He moved to the U.S. Senate.") == ["He moved to the U.S. Senate."]  # an initialism still holds


def test_a_clock_time_ends_a_sentence_before_a_capitalised_word_that_is_not_part_of_the_time():
    text = ("The blast came at 9 a.m. Police said two died. The vote is at 10 a.m. Tuesday. "
            "It starts at 5 p.m. ET on Friday. Lunch is at 1 p.m. the aide said. At 9 a.m. Taiwan time it hit. "
            "It left at 2 p.m. HKT, the airport said.")
    assert sentences(text) == ["The blast came at 9 a.m.", "Police said two died.", "The vote is at 10 a.m. Tuesday.",
                               "It starts at 5 p.m. ET on Friday.", "Lunch is at 1 p.m. the aide said.",
                               "At 9 a.m. Taiwan time it hit.", "It left at 2 p.m. HKT, the airport said."]


def test_an_acronym_or_some_time_after_a_clock_time_starts_a_new_sentence():
    text = "Talks began at 9 a.m. UN officials said little. Polls closed at 8 p.m. Some time later, results came."
    assert sentences(text) == ["Talks began at 9 a.m.", "UN officials said little.", "Polls closed at 8 p.m.",
                               "Some time later, results came."]


@pytest.mark.parametrize("quote", ['"We ran," said Ana Roe.', "“We ran,” said Ana Roe.", "‘We ran,’ said Ana Roe."])
def test_a_quotation_opening_with_a_capital_after_a_clock_time_starts_a_new_sentence(quote):
    # before, the opening quotation mark was no capitalised word, so "a.m." held as an initialism inside a sentence
    assert sentences(f"The shelling started at 6 a.m. {quote}") == ["The shelling started at 6 a.m.", quote]


@pytest.mark.parametrize("text", ['Ana Roe hosts the 6 a.m. "Dawn Patrol" show on Radio Kessel.',
                                  "She anchored the 10 p.m. “Evening Report” bulletin for a decade.",
                                  "Aides met before the 9 a.m. UN briefing on Monday."])
def test_a_clock_time_after_the_or_an_owner_s_word_goes_on_into_the_noun_it_tells_of(text):
    # before, a quotation or a capital after "the 6 a.m." opened a new sentence, as after "at 6 a.m."
    assert sentences(text) == [text]
    # a word that opens sentences still ends it there
    assert sentences("She caught the 6 a.m. The train was late.") == ["She caught the 6 a.m.", "The train was late."]


def test_military_and_courtesy_titles_hold():
    text = "Brig. Gen. Lin Wen-huang said so. The Rt. Hon. Jo Bell spoke. Pvt. Ann Lee was hurt."
    assert sentences(text) == ["Brig. Gen. Lin Wen-huang said so.", "The Rt. Hon. Jo Bell spoke.",
                               "Pvt. Ann Lee was hurt."]


def test_plural_titles_of_several_people_hold_but_not_a_lower_case_plural_noun():
    assert sentences("Her rivals, Reps. Ana Ruiz and Tom Vask, said the plan was too costly.") == [
        "Her rivals, Reps. Ana Ruiz and Tom Vask, said the plan was too costly."]
    assert sentences("It drew fire from Sens. Ana Ruiz and Ed Rusk and from Govs. Tom Vask and Ida Moe.") == [
        "It drew fire from Sens. Ana Ruiz and Ed Rusk and from Govs. Tom Vask and Ida Moe."]
    assert sentences("She met the sales reps. Tom Vask was late.") == ["She met the sales reps.", "Tom Vask was late."]


def test_a_capitalised_plural_title_after_the_or_before_a_sentence_s_opening_word_ends_its_sentence():
    # before, every capitalised "Sens."/"Reps." held, so a team's nickname or a plural noun ending a sentence ran on
    assert sentences("The Leafs beat the Sens. Tkachuk scored twice.") == [
        "The Leafs beat the Sens.", "Tkachuk scored twice."]
    assert sentences("She thanked three Reps. The vote was close.") == [
        "She thanked three Reps.", "The vote was close."]
    # a plural title before the names it titles still holds
    assert sentences("Democratic Sens. Ana Ruiz and Ed Rusk wrote it.") == [
        "Democratic Sens. Ana Ruiz and Ed Rusk wrote it."]


@pytest.mark.parametrize("text", [
    "The spokesman, Engr. Musa Bello, said the plant was safe.",
    "Alh. Musa Dantata said the deal was signed.",
    "Pst. John Ade said the church was attacked.",
    "The union leader, Comr. Joe Ajaero, said workers had not been paid.",
    "The spokesperson, Smt. Kavita Rao, said the tender was fair.",
    "The council cleared Rs. 1,200 crore and Ksh. 2 million for the works.",
    "Works Commissioner Engr. Musa Bello said the road was safe.",  # after a role, not a name
])
def test_titles_and_currencies_of_nigerian_indian_and_kenyan_copy_hold(text):
    assert sentences(text) == [text]


def test_such_a_title_s_word_after_a_name_in_capitals_or_before_no_name_ends_a_sentence():
    text = ("He met William Barr. Democrats objected. Joan of Arc. She died. It opens at 9 a.m. PST. Officials came. "
            "They paid Rs. Nothing was left.")
    assert sentences(text) == ["He met William Barr.", "Democrats objected.", "Joan of Arc.", "She died.",
                               "It opens at 9 a.m. PST.", "Officials came.", "They paid Rs.", "Nothing was left."]


@pytest.mark.parametrize("text", [
    "The memo was signed by Barr. Democrats called it a cover-up.",
    "The letter went to Barr. Republicans praised it.",
    "She was compared to Joan of Arc. Historians disagree.",
    "The memo was signed by Barr. House Democrats called it a cover-up.",
    "The memo was signed by Attorney General Barr. Senate Republicans praised it.",
    "The letter went to Barr. New York prosecutors were not told.",
    "Joan of Arc. French President Macron disagreed.",
])
def test_barr_or_arc_before_capitalised_words_ends_a_sentence(text):
    # not titles here, though Nigerian copy abbreviates barrister and architect so ("Barr. Ada Eze"): as a
    # surname and a word they end far more sentences than they open names
    assert len(sentences(text)) == 2


def test_an_abbreviation_alone_in_brackets_goes_with_the_name_after_it():
    text = ("The president, Dr. (Mrs.) Ngozi Eze, said the strike would go on. Lt. Gen. (rtd.) Amjad Khan denied it. "
            "Chief (Dr.) Ben Kalu agreed.")
    assert sentences(text) == ["The president, Dr. (Mrs.) Ngozi Eze, said the strike would go on.",
                               "Lt. Gen. (rtd.) Amjad Khan denied it.", "Chief (Dr.) Ben Kalu agreed."]
    # a stop after the bracket, a sentence word after it, or more than the abbreviation in it ends the sentence
    text = "He left (at 5 p.m.). Then it rained. He spoke to her (Mrs.) He left. We saw it (see Fig.) The rest went."
    assert sentences(text) == ["He left (at 5 p.m.).", "Then it rained.", "He spoke to her (Mrs.)", "He left.",
                               "We saw it (see Fig.)", "The rest went."]


@pytest.mark.parametrize("text, count", [
    ("Maj. Gen. (Ret.) Paul Obi said the troops had left.", 1),  # US copy's mark of a retired officer
    ("Col. (retd.) Ann Lee said the troops had left.", 1),
    ("Dr. (Engr.) Musa Bello said so.", 1),  # Nigerian and Indian titles of _NAME_TITLES
    ("Chief (Alh.) Musa Dantata said so.", 1),
    ("Hon. (Barr.) Ada Eze said so.", 1),  # "Barr." is no title outside brackets, but no surname in them
    ("Rev. (Pst.) John Ade said so.", 1),
    ("Prof. (Smt.) Kavita Rao said so.", 1),
    ("Prices rose (approx.) Analysts expect more.", 2),  # no title: a capitalised word after it starts a sentence
    ("The firm grew (est.) Investors cheered.", 2),
])
def test_only_a_title_or_a_retired_officer_s_mark_in_brackets_goes_with_a_name_after_it(text, count):
    assert len(sentences(text)) == count


def test_a_company_suffix_ends_a_sentence_before_a_sentence_starter_only():
    text = "He spoke for Acme Corp. The shares fell. Acme Corp. Chief Executive Jo Lee said so, etc. It ended."
    assert sentences(text) == ["He spoke for Acme Corp.", "The shares fell.",
                               "Acme Corp. Chief Executive Jo Lee said so, etc.", "It ended."]


@pytest.mark.parametrize("text, expected", [
    ('"They are sandbagging," said Rupa Devan, a retail analyst at Halden & Co. "I would be surprised if they did '
     'not raise the outlook."',
     ['"They are sandbagging," said Rupa Devan, a retail analyst at Halden & Co.',
      '"I would be surprised if they did not raise the outlook."']),
    ("She spoke for Acme Corp. “We will appeal,” she said.",
     ["She spoke for Acme Corp.", "“We will appeal,” she said."]),
    # a quotation in lower case goes on with the sentence, and a cited title after "et al." is no new sentence
    ('He joined Halden & Co. "as a favour" to friends.', ['He joined Halden & Co. "as a favour" to friends.']),
    ('Smith et al. "A Study of Rates" was cited.', ['Smith et al. "A Study of Rates" was cited.']),
])
def test_a_company_s_legal_form_ends_a_sentence_before_a_quotation_opening_with_a_capital(text, expected):
    # before, "Halden & Co." held its stop and the new quotation ran on in the analyst's sentence
    assert sentences(text) == expected


def test_an_acronym_or_a_lower_case_word_that_shares_an_abbreviation_ends_a_sentence():
    text = ("The regulator filed charges with the SEC. The company denied it. Voters said no. The mayor "
            "agreed. A sales rep. Then he left. They sat in the sun. Then it rained.")
    assert sentences(text) == ["The regulator filed charges with the SEC.", "The company denied it.",
                               "Voters said no.", "The mayor agreed.", "A sales rep.", "Then he left.",
                               "They sat in the sun.", "Then it rained."]


def test_capitalised_titles_and_abbreviations_before_numbers_hold():
    text = "Rep. Smith lives at No. 10 Downing St. in London. See art. 5 and pp. 12. The court met Wed. Jan. 5."
    assert sentences(text) == ["Rep. Smith lives at No. 10 Downing St. in London.", "See art. 5 and pp. 12.",
                               "The court met Wed. Jan. 5."]
    assert sentences("ST. LOUIS (AP) — MR. SMITH met Sec. Blinken at NO. 10 about Vol. II. It passed.") == [
        "ST. LOUIS (AP) — MR. SMITH met Sec. Blinken at NO. 10 about Vol. II.", "It passed."]


def test_a_sentence_may_start_with_an_emoji_or_a_letter_without_case():
    assert sentences("🚨 Police closed the road. It reopened.") == ["🚨 Police closed the road.", "It reopened."]
    assert sentences("He left. وقال الوزير.") == ["He left.", "وقال الوزير."]


def test_emoji_after_a_sentence_s_stop_end_that_sentence():
    text = ("The plan was great. 🎉 Critics denied it. We won! 🎉🎉 👍🏽 Now we rest. "
            "Flags out. 🇳🇬 Then rain. 😡")
    assert sentences(text) == ["The plan was great. 🎉", "Critics denied it.", "We won! 🎉🎉 👍🏽",
                               "Now we rest.",
                               "Flags out. 🇳🇬", "Then rain. 😡"]
    assert sentences("It is a scandal. 😡\n\nThe board denied it.") == [
        "It is a scandal. 😡", "The board denied it."]
    # what follows decides whether a sentence starts, as without them; other symbols open the next sentence
    assert sentences("We won! 🎉 and then we partied.") == ["We won! 🎉 and then we partied."]
    assert sentences("It ended. © Reuters 2024") == ["It ended.", "© Reuters 2024"]


def test_an_emoji_written_as_a_bullet_or_pointer_opens_the_sentence_it_marks():
    text = "Key points. ✅ Prices rose. ✅ Wages fell.\nTop stories. 🔴 LIVE: The mayor spoke. ➡️ Read more"
    assert sentences(text) == ["Key points.", "✅ Prices rose.", "✅ Wages fell.", "Top stories.",
                               "🔴 LIVE: The mayor spoke.", "➡️ Read more"]
    # at a line's end it ends the sentence before it, as other emoji do
    assert sentences("Prices rose. ✅\nWages fell. 👇") == ["Prices rose. ✅", "Wages fell. 👇"]


def test_closing_quote_stays_with_its_sentence():
    text = "“We will not back down,” she said. “Never.” He left. \"Go home.\" They went."
    assert sentences(text) == ["“We will not back down,” she said.", "“Never.”", "He left.", "\"Go home.\"",
                               "They went."]


def test_question_inside_quote_followed_by_lowercase_continues():
    assert sentences("\"Why now?\" she asked. It was late.") == ["\"Why now?\" she asked.", "It was late."]


def test_ellipsis():
    text = "He paused... and went on. Then silence… Nobody spoke."
    assert sentences(text) == ["He paused... and went on.", "Then silence…", "Nobody spoke."]


@pytest.mark.parametrize("text, want", [
    ('"We won today," said Ana Ruiz. ". . . You will want a new council."',
     ['"We won today," said Ana Ruiz.', '". . . You will want a new council."']),
    ('Tom Vask said: “. . . The plan is dead.”', ['Tom Vask said: “. . . The plan is dead.”']),
    ('". . . It is over," she said. Then she left.', ['". . . It is over," she said.', "Then she left."]),
])
def test_a_spaced_ellipsis_opening_a_quotation_is_no_sentence(text, want):
    # before, '". . .' was cut off as a sentence of its own
    assert sentences(text) == want


def test_a_spaced_ellipsis_outside_a_quotation_still_ends_a_sentence():
    assert sentences("She said it twice. . . . Then she left.") == ["She said it twice. . . .", "Then she left."]
    assert sentences('He said "no." . . . Then more.') == ['He said "no." . . .', "Then more."]
    assert sentences('He left. ". . ." She said.') == ["He left.", '". . ."', "She said."]


def test_headline_and_paragraph_breaks():
    text = "Port strike enters second week\n\nWorkers walked out on Monday. Talks failed.\nA new line starts here."
    assert sentences(text) == ["Port strike enters second week", "Workers walked out on Monday.", "Talks failed.",
                               "A new line starts here."]


def test_glued_sentences_split():
    text = "It ran influence campaigns.The establishment of the office followed."
    assert sentences(text) == ["It ran influence campaigns.", "The establishment of the office followed."]


@pytest.mark.parametrize("end", ["in 2024.", "by 3%.", "(in Q4).", "[sic]."])
def test_sentences_glued_after_a_figure_or_a_bracket_split(end):
    """Paragraphs of a page joined without a space (a parser's get_text()) glue a year, a share or a bracket to the
    next sentence's first word."""
    assert sentences(f"The plant closed {end}The union said it would appeal.") == [
        f"The plant closed {end}", "The union said it would appeal."]


def test_a_single_figure_glued_to_a_capital_stays_whole():
    assert sentences("Download v2.Then restart it.") == ["Download v2.Then restart it."]


def test_decimals_initials_emails_urls_stay_whole():
    text = ("Growth was 3.5 percent, J. K. Rowling said. Write to press.office@example.org or see "
            "https://example.com/News.Today for more. Visit www.example.org.Then leave.")
    out = sentences(text)
    assert out[0] == "Growth was 3.5 percent, J. K. Rowling said."
    assert out[1] == "Write to press.office@example.org or see https://example.com/News.Today for more."
    assert out[2:] == ["Visit www.example.org.Then leave."]  # no space after the stop: the address runs on


def test_hard_wrapped_lines_join():
    assert sentences("The minister said the plan\nwould be delayed. It was.") == [
        "The minister said the plan\nwould be delayed.", "It was."]


def test_empty_and_whitespace():
    assert split_sentences("") == []
    assert split_sentences(" \n\t \n") == []


def check_invariants(text):
    bounds = split_sentences(text)
    last = 0
    covered = set()
    for start, end in bounds:
        assert last <= start < end <= len(text)
        assert not blank(text[start]) and not blank(text[end - 1])
        covered.update(range(start, end))
        last = end
    assert all(i in covered for i, ch in enumerate(text) if not blank(ch))


@settings(max_examples=FUZZ_EXAMPLES, deadline=None)
@given(st.text(max_size=400))
def test_property_arbitrary_unicode(text):
    check_invariants(text)


@settings(max_examples=FUZZ_EXAMPLES, deadline=None)
@given(st.lists(st.sampled_from(["Mr.", "U.S.", "said", "\"", "“", "”", ".", "...", "…", "?", "!", "\n", "\n\n",
                                 " ", "The", "end.", "3.5", "a@b.com", "x.Y", "é", "\u200b", "\r\n",
                                 "。", "．", "？", "」", "記", "\u00ad", "\u0301", "von", "«", "»", "asked",
                                 "\x00", "\x07"]),
                max_size=60))
def test_property_news_like_tokens(parts):
    check_invariants("".join(parts))


def test_invisible_format_characters_separate_sentences_and_stay_outside_them():
    text = ("The ministry denied the report.\u200bHuman Rights Watch said it was accurate. Police said 3 died.\u200f "
            "The embassy declined to comment.\u2066 \ufeffIt closed.")
    assert sentences(text) == ["The ministry denied the report.", "Human Rights Watch said it was accurate.",
                               "Police said 3 died.", "The embassy declined to comment.", "It closed."]
    assert sentences("Zero\u200bwidth inside a word. Next.") == ["Zero\u200bwidth inside a word.", "Next."]


@pytest.mark.parametrize("mark", ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9f", "\u00ad"])
def test_control_characters_and_the_soft_hyphen_separate_sentences_as_invisible_ones_do(mark):
    two = ["The council met on Monday.", "Police said two were hurt."]
    for text in (f"The council met on Monday.{mark} Police said two were hurt.",
                 f"The council met on Monday. {mark}Police said two were hurt.",
                 f"The council met on Monday.{mark}Police said two were hurt.",
                 f"{mark}The council met on Monday. Police said two were hurt.{mark}"):
        assert sentences(text) == two, repr(text)
        check_invariants(text)
    # inside a sentence they stay where they are ("for\u00adest", a NUL in a scraped word)
    assert sentences(f"The for{mark}est burned. It rained.") == [f"The for{mark}est burned.", "It rained."]


def test_a_liveblog_time_stamp_line_heads_the_entry_below_it():
    text = "10:05\nThe ministry says the claims are false.\n[10:12]\n\nPolice say 3 were hurt.\n14:20 GMT -\nIt ended."
    assert sentences(text) == ["10:05\nThe ministry says the claims are false.",
                               "[10:12]\n\nPolice say 3 were hurt.", "14:20 GMT -\nIt ended."]
    assert sentences("9.30 a.m.\nPolice said two men were held.") == ["9.30 a.m.\nPolice said two men were held."]
    # a stamp that ends a line of text, or the text, stays where it is; a bare number is no stamp
    assert sentences("The score was 10:05\nNext line.") == ["The score was 10:05", "Next line."]
    assert sentences("Polls close at\n10:05") == ["Polls close at", "10:05"]
    assert sentences("Price\n12.50\nVolume was high.") == ["Price", "12.50", "Volume was high."]


def test_a_transcript_s_time_code_line_heads_the_words_below_it():
    text = "00:00:05\nMaya Renn said the tests were bad.\n00:01:09.250\nThe board denied it."
    assert sentences(text) == ["00:00:05\nMaya Renn said the tests were bad.", "00:01:09.250\nThe board denied it."]


def test_a_brand_written_in_lower_case_first_starts_a_sentence():
    assert sentences("The ministry announced cuts. eBay denied the report.") == [
        "The ministry announced cuts.", "eBay denied the report."]
    assert sentences("Analysts were cautious. iPhone sales fell.") == ["Analysts were cautious.", "iPhone sales fell."]
    assert sentences("He met the e.g. team leader.") == ["He met the e.g. team leader."]


def test_a_company_name_ends_a_sentence_before_a_business_story_s_next_subject():
    assert sentences("The deal was signed by Acme Corp. Shares rose 5 percent.") == [
        "The deal was signed by Acme Corp.", "Shares rose 5 percent."]
    assert sentences("Acme Corp. Chief Executive Jo Lee said so.") == ["Acme Corp. Chief Executive Jo Lee said so."]
    assert sentences("Jane Doe, Acme Corp. Sales Director, said so.") == [
        "Jane Doe, Acme Corp. Sales Director, said so."]


@pytest.mark.parametrize("form", ["S.A.", "S.p.A.", "N.V.", "B.V.", "S.A.B. de C.V.", "A.G."])
def test_a_legal_form_with_inner_stops_ends_a_sentence_as_corp_does(form):
    assert sentences(f"The fund sold its stake in Lumen {form} Shares fell 5% on the news.") == [
        f"The fund sold its stake in Lumen {form}", "Shares fell 5% on the news."]
    assert sentences(f"Lumen {form} Chief Executive Ana Ruiz quit.") == [f"Lumen {form} Chief Executive Ana Ruiz quit."]


def test_south_africa_s_initials_hold_before_its_police():
    # "S.A." is a company's legal form and South Africa's initials: before "Police" it is the country's
    assert sentences("The S.A. Police Service said it was investigating.") == [
        "The S.A. Police Service said it was investigating."]
    assert sentences("He sold Lumen S.A. Analysts were surprised.") == [
        "He sold Lumen S.A.", "Analysts were surprised."]
    # other legal forms are no country's initials
    for form in ("N.V.", "S.p.A."):
        assert sentences(f"He owns 5% of Lumen {form} Police raided its offices.") == [
            f"He owns 5% of Lumen {form}", "Police raided its offices."]


def test_an_initialism_other_than_a_legal_form_holds_before_a_business_story_s_subject():
    assert sentences("The plant is in the U.S. Officials visited it.") == [
        "The plant is in the U.S. Officials visited it."]


@pytest.mark.parametrize("subject", ["Prosecutors", "Regulators", "Lawyers", "Authorities", "Investigators"])
def test_a_company_name_ends_a_sentence_before_the_authorities_that_pursue_it(subject):
    assert sentences(f"He owns 5% of Acme Corp. {subject} say he lied.") == [
        "He owns 5% of Acme Corp.", f"{subject} say he lied."]


@pytest.mark.parametrize("text, expected", [
    ("Bayern beat 1. FC Köln 3-0 on Saturday. It was their fifth win.",
     ["Bayern beat 1. FC Köln 3-0 on Saturday.", "It was their fifth win."]),
    ("Wolfsburg lost to 1. FFC Frankfurt and 1. FSV Mainz 05 drew.",
     ["Wolfsburg lost to 1. FFC Frankfurt and 1. FSV Mainz 05 drew."]),
    ("The fans of (1. FC Union Berlin) sang.", ["The fans of (1. FC Union Berlin) sang."]),
    # a score or a year before a club still ends the sentence
    ("Porto won 2-1. FC Basel fired its coach.", ["Porto won 2-1.", "FC Basel fired its coach."]),
    ("The club was sold in 2019. FC Basel bought it.", ["The club was sold in 2019.", "FC Basel bought it."]),
    ("The vote was 11. FC Basel lost.", ["The vote was 11.", "FC Basel lost."]),
    # so does a score's second figure written with blanks: "2 to 1", "2 - 1", "2 : 1"
    ("It ended 2 to 1. FC Porto lost.", ["It ended 2 to 1.", "FC Porto lost."]),
    ("Lindau won 3 to 1. FSV Kessel fired its coach.", ["Lindau won 3 to 1.", "FSV Kessel fired its coach."]),
    ("The final was 2 - 1. VfB Lindau went up.", ["The final was 2 - 1.", "VfB Lindau went up."]),
    ("Lindau led 2 : 1. SC Kessel hit back.", ["Lindau led 2 : 1.", "SC Kessel hit back."]),
    ("Lindau lost 2 to 1. FC Kessel and 1. FSV Dorn drew.", ["Lindau lost 2 to 1.", "FC Kessel and 1. FSV Dorn drew."]),
])
def test_the_one_of_a_german_club_s_name_keeps_its_stop(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The motion cited Rule 12(b)(6) of the Fed. R. Civ. P. The judge granted it.",
     ["The motion cited Rule 12(b)(6) of the Fed. R. Civ. P.", "The judge granted it."]),
    ("Under Fed. R. Evid. 702 the expert was excluded.", ["Under Fed. R. Evid. 702 the expert was excluded."]),
    ("It cited Fed. R. Crim. P. 11 and Fed. R. App. P. 4(a). It was late.",
     ["It cited Fed. R. Crim. P. 11 and Fed. R. App. P. 4(a).", "It was late."]),
    ("He relied on Fed. R. Bankr. P. 9011. It failed.", ["He relied on Fed. R. Bankr. P. 9011.", "It failed."]),
    ("He cited Fed. R. Evid. The judge agreed.", ["He cited Fed. R. Evid.", "The judge agreed."]),
    # the central bank's "Fed." still ends a sentence
    ("The rate was set by the Fed. R. Jones said so.", ["The rate was set by the Fed.", "R. Jones said so."]),
])
def test_the_name_of_a_federal_rule_book_holds_together(text, expected):
    assert sentences(text) == expected


def test_preceding_gives_the_sentences_before_with_what_lies_between():
    from framing.segment import preceding

    text = "One.\n\nTwo here. Three."
    bounds = split_sentences(text)
    assert [preceding(text, bounds, k, 2) for k in range(3)] == [None, "One.", "One.\n\nTwo here."]
    assert preceding(text, bounds, 2, 1) == "Two here."


def test_a_long_run_of_blank_lines_is_looked_through_once(monkeypatch):
    """Text taken from HTML can hold thousands of blank lines; each break in the run must not scan the
    rest of it again (that made a 60 KB file take minutes)."""
    from framing import segment

    calls = []
    real = textlines.next_visible
    monkeypatch.setattr(segment, "next_visible", lambda *args: calls.append(args) or real(*args))
    text = "The minister said the plan failed.\n" + "\n" * 5000 + " \n" * 3000 + "Critics called it a disgrace.\n"
    bounds = split_sentences(text)
    assert [text[s:e] for s, e in bounds] == ["The minister said the plan failed.", "Critics called it a disgrace."]
    assert len(calls) < 20


def test_a_glued_dot_deep_inside_a_long_url_does_not_split_it():
    """The URL check reads the whole token around a glued "word.Word", however long."""
    text = "See https://example.com/" + "a" * 320 + "/report.Html for details. Then more."
    assert len(sentences(text)) == 2


def test_a_dateline_with_a_state_abbreviation_and_a_wire_credit_stays_one_sentence():
    assert sentences("PHOENIX, Ariz. (AP) — Officials said the storm weakened.") == [
        "PHOENIX, Ariz. (AP) — Officials said the storm weakened."]
    assert sentences("SALEM, Ore. (Reuters) - The vote was close. It passed.") == [
        "SALEM, Ore. (Reuters) - The vote was close.", "It passed."]
    # without a credit the state's full stop can end a sentence, and a bracketed sentence still stands alone
    assert sentences("He moved to Lexington, Ky. The city is calm.") == [
        "He moved to Lexington, Ky.", "The city is calm."]
    assert sentences("It rose. (Officials disagreed.) Then it fell.") == [
        "It rose.", "(Officials disagreed.)", "Then it fell."]


def test_a_quoted_question_or_exclamation_keeps_its_speaker():
    text = ('"Why would we pay for that?" Smith asked. “This is an outrage!” '
            'Prime Minister Mark Lee told reporters. '
            '"Why?" The question hung there. Is it over? Smith said yes.')
    assert sentences(text) == ['"Why would we pay for that?" Smith asked.',
                               "“This is an outrage!” Prime Minister Mark Lee told reporters.",
                               '"Why?"', "The question hung there.", "Is it over?", "Smith said yes."]


@pytest.mark.parametrize("verb", ["pressed", "interjected", "snapped", "shot back", "followed up", "responded",
                                  "pleaded", "mused"])
def test_a_quoted_question_keeps_its_speaker_with_a_verb_of_an_exchange(verb):
    text = f"“Will you raise the levy?” Ana Ruiz {verb}. “Maybe only for the large farms?”"
    assert sentences(text) == [f"“Will you raise the levy?” Ana Ruiz {verb}.",
                               "“Maybe only for the large farms?”"]


def test_a_verb_of_an_exchange_after_a_name_and_no_quotation_is_no_credit():
    assert sentences("Is it over? Ana Ruiz pressed on. Acme Co. Shares snapped back.") == [
        "Is it over?", "Ana Ruiz pressed on.", "Acme Co.", "Shares snapped back."]


def test_a_list_number_heads_its_item():
    assert sentences("Steps:\n1. Freeze assets\n2. Ban travel") == ["Steps:", "1. Freeze assets", "2. Ban travel"]
    assert sentences("1. The vote passed. 2. The bill goes to the Senate.") == [
        "1. The vote passed.", "2. The bill goes to the Senate."]
    assert sentences("He scored 2. The team won.") == ["He scored 2.", "The team won."]


def test_a_line_of_no_break_or_invisible_spaces_is_blank():
    for blank_line in ("\u00a0", " \u00a0 ", "\u200b", "\u3000"):
        text = f"The ministry issued a statement\n{blank_line}\nde Gaulle's heirs objected."
        assert sentences(text) == ["The ministry issued a statement", "de Gaulle's heirs objected."], repr(blank_line)
    assert sentences("The ministry issued a statement\r\n\u00a0\r\nde Gaulle's heirs objected.") == [
        "The ministry issued a statement", "de Gaulle's heirs objected."]


def test_spanish_and_german_opening_marks_start_a_sentence():
    assert sentences("Ella gritó. ¡Basta ya! ¿Quién paga? Nadie.") == [
        "Ella gritó.", "¡Basta ya!", "¿Quién paga?", "Nadie."]
    assert sentences("He said no. „Nein“, sagte er.") == ["He said no.", "„Nein“, sagte er."]


def test_a_suffix_initial_or_weekday_before_a_clear_sentence_start_ends_the_sentence():
    text = ("He met Martin Luther King Jr. The crowd roared. He lives on Main St. The house burned. "
            "They went with Plan B. The rest failed. He told the Sun. The paper ran it. "
            "He cited Smith et al. The study was retracted. Crowds at 1600 Pennsylvania Ave. NW grew.")
    assert sentences(text) == ["He met Martin Luther King Jr.", "The crowd roared.", "He lives on Main St.",
                               "The house burned.", "They went with Plan B.", "The rest failed.", "He told the Sun.",
                               "The paper ran it.", "He cited Smith et al.", "The study was retracted.",
                               "Crowds at 1600 Pennsylvania Ave. NW grew."]
    # a title stands before a name, even one spelled like a pronoun
    assert sentences("Gen. He Wei met Dr. He Jiankui and St. Paul's dean in Jr. High.") == [
        "Gen. He Wei met Dr. He Jiankui and St. Paul's dean in Jr. High."]



def test_two_letter_transliterated_initials_and_arabic_b_hold_before_a_name():
    text = ("Presidential envoy Yu. Petrenko said the round in Muscat was productive. Deputy Kh. Umarov denied that "
            "the brigade had pulled back. Lt. Col. Ye. Sorokina and Ts. Bataa attended. Emir Khalid b. Nasser said "
            "the talks would resume. The chapter on Zh. Abenova, Sh. Karimov and Ch. Dorjiev was cut.")
    assert sentences(text) == [
        "Presidential envoy Yu. Petrenko said the round in Muscat was productive.",
        "Deputy Kh. Umarov denied that the brigade had pulled back.", "Lt. Col. Ye. Sorokina and Ts. Bataa attended.",
        "Emir Khalid b. Nasser said the talks would resume.",
        "The chapter on Zh. Abenova, Sh. Karimov and Ch. Dorjiev was cut."]
    # a sentence that ends on such a name or letter still ends: before a sentence's word, after a name
    # ("Yu" is a name of its own), or "b." not between two names
    assert sentences("The score was by Daniel Yu. Critics praised it. They met Yu. The talks went on. "
                     "Voters chose option b. Turnout was low. See Ch. 4 of the report.") == [
        "The score was by Daniel Yu.", "Critics praised it.", "They met Yu.", "The talks went on.",
        "Voters chose option b.", "Turnout was low.", "See Ch. 4 of the report."]


WRAPPED = """MINISTRY DENIES SPYING CLAIMS

LONDON, March 3 - The foreign ministry on Tuesday rejected a report
by the watchdog group Civic Compass that said the government ran 11
"liaison offices" abroad. The report, released on Monday, cited
Interior Ministry documents and interviews with 40 former staff.
U.S. officials said they were studying the findings.

A spokesperson said the offices were consular help desks. They
assist nationals who need help renewing driving licences, she said.
Key points:
- the offices are legal
- they are staffed by diplomats
"""


def test_hard_wrapped_copy_is_joined_where_a_line_was_filled():
    assert [" ".join(s.split()) for s in sentences(WRAPPED)] == [
        "MINISTRY DENIES SPYING CLAIMS",
        "LONDON, March 3 - The foreign ministry on Tuesday rejected a report by the watchdog group Civic Compass "
        'that said the government ran 11 "liaison offices" abroad.',
        "The report, released on Monday, cited Interior Ministry documents and interviews with 40 former staff.",
        "U.S. officials said they were studying the findings.",
        "A spokesperson said the offices were consular help desks.",
        "They assist nationals who need help renewing driving licences, she said.",
        "Key points:", "- the offices are legal", "- they are staffed by diplomats"]


def test_a_list_introduction_stays_apart_from_its_bare_lower_case_items():
    text = ("The council listed four objections:\nnoise at night\nlost parking;\n  traffic on Mill Lane\n\n"
            "The mayor disagreed.")
    assert sentences(text) == ["The council listed four objections:", "noise at night", "lost parking;",
                               "traffic on Mill Lane", "The mayor disagreed."]
    assert sentences("Objections:\n\nnoise at night\nlost parking.\nThe mayor disagreed.") == [
        "Objections:", "noise at night", "lost parking.", "The mayor disagreed."]
    # prose that goes on after a colon is no list: one lower-case line, or a long (wrapped) one
    assert sentences("The mayor replied:\nthe plan stands.\nCouncillors left.") == [
        "The mayor replied:\nthe plan stands.", "Councillors left."]
    wrapped = ("The council met on Tuesday to hear objections to the plan, and the\n"
               "mayor, who has backed the scheme since the spring, told members:\n"
               "the new depot will bring jobs and cut traffic on the ring road, and\n"
               "the town cannot afford another year of delay on the project.\n"
               "Several councillors walked out before the vote was held that night.\n")
    assert [" ".join(s.split()) for s in sentences(wrapped)] == [
        "The council met on Tuesday to hear objections to the plan, and the mayor, who has backed the scheme since "
        "the spring, told members: the new depot will bring jobs and cut traffic on the ring road, and the town "
        "cannot afford another year of delay on the project.",
        "Several councillors walked out before the vote was held that night."]


def test_a_paragraph_per_line_is_not_taken_for_wrapped_copy():
    lines = ["Officials met on Monday to discuss the budget and the new tax rules for small firms.",
             "The finance minister said the plan would pass.",
             "Critics called the proposal a giveaway to the largest companies in the whole country.",
             "Shares of the biggest banks rose two percent in early trading on Tuesday morning.",
             "Markets closed higher.", "Analysts expect a vote next month on the final text of the bill."]
    assert sentences("\n".join(lines)) == lines



def test_a_quote_inside_a_sentence_does_not_take_the_next_sentence_as_its_speaker():
    assert sentences('Protesters chanted, "Where is the justice?" Police said 12 people were arrested.') == [
        'Protesters chanted, "Where is the justice?"', "Police said 12 people were arrested."]
    assert sentences('"Isn\'t it over?" Smith asked. “Why?” Lee said.') == ['"Isn\'t it over?" Smith asked.',
                                                                         "“Why?” Lee said."]


def test_a_list_number_joins_its_item_only_at_a_line_start_or_in_sequence():
    assert sentences("How many people died? 17. How many were hurt? 42.") == [
        "How many people died?", "17.", "How many were hurt?", "42."]
    assert sentences("1. Freeze assets. 2. Ban travel. 3. Close the ports.") == [
        "1. Freeze assets.", "2. Ban travel.", "3. Close the ports."]


def test_a_bullet_after_a_sentence_s_stop_starts_the_next_item_on_the_same_line():
    from framing.segment import lead_length

    # what BeautifulSoup's get_text() leaves of <li> items: the bullets without the line breaks
    text = "Rents rose 4%, the board said. • The council denied it. • Tenants called it a farce."
    assert sentences(text) == ["Rents rose 4%, the board said.", "• The council denied it.",
                               "• Tenants called it a farce."]
    # each item's bullet is its lead, left out of what the model reads, as at a line's start
    assert [lead_length(s) for s in sentences(text)] == [0, 2, 2]
    assert sentences("Key points:\n• Fares rise. ‣ Buses go! ◦ Depots shut? ▪ Staff leave.") == [
        "Key points:", "• Fares rise.", "‣ Buses go!", "◦ Depots shut?", "▪ Staff leave."]
    # the shapes that word processors and CMS templates bullet with too
    shaped = "Key points: ● Fares rise. ■ Buses go! ◆ Depots shut? ► Staff leave. ▶ Vans stop. ➤ Cars wait."
    assert sentences(shaped) == ["Key points: ● Fares rise.", "■ Buses go!", "◆ Depots shut?", "► Staff leave.",
                                 "▶ Vans stop.", "➤ Cars wait."]
    assert [lead_length(s) for s in sentences("● Fares rise.\n■ Buses go.")] == [2, 2]
    # after an abbreviation's stop, a closing quotation mark or an ellipsis too: a bullet goes on no sentence
    assert sentences('The mill is in the U.S. • Output fell... • Ruiz said: "No." • Shares rose.') == [
        "The mill is in the U.S.", "• Output fell...", '• Ruiz said: "No."', "• Shares rose."]
    # no stop before the bullet, no blank after it, a middle dot (which also parts a byline's pieces) or a dash
    # after a stop (a dateline's state, an aside) splits nothing
    for text in ("Fares • buses • depots", "Fares rose.•Buses", "By Jane Roe Jr. · March 5",
                 "ARDEN, Calif. - Tom Vask landed.", "Ads ran (D-Ariz.) - Vask could not gain."):
        assert sentences(text) == [text]


def test_street_words_and_lower_case_letters_before_capitals():
    assert sentences("The crash happened on Elm Ave. Witnesses said the driver fled.") == [
        "The crash happened on Elm Ave.", "Witnesses said the driver fled."]
    assert sentences("Crowds at 1600 Pennsylvania Ave. NW grew, and Hwy. 61 closed near Oak Rd. in town.") == [
        "Crowds at 1600 Pennsylvania Ave. NW grew, and Hwy. 61 closed near Oak Rd. in town."]
    assert sentences("The film retells United States v. The Amistad. It won praise.") == [
        "The film retells United States v. The Amistad.", "It won praise."]


def test_a_bracketed_aside_after_a_sentence_is_no_wire_credit():
    assert sentences("We will win this election. (Applause) — And we will govern.") == [
        "We will win this election.", "(Applause) — And we will govern."]


def test_lines_that_only_look_filled_are_not_joined():
    headlines = ["Senate passes sweeping budget bill after all-night debate in Capitol",
                 "Storm knocks out power to thousands across the Carolinas coast today",
                 "Central bank holds rates steady as inflation cools for third month",
                 "Court blocks state law on voter identification ahead of the primary",
                 "Shares slide as tech earnings disappoint investors in early trading",
                 "Officials Say Bridge Repairs Will Take Most Of The Coming Summer"]
    assert sentences("\n".join(headlines)) == headlines
    table = ["Candidate          Votes      Share   Precincts reporting",
             "Ana Ruiz           41,203     52.1%   88 of 90",
             "Tom Hale           37,880     47.9%   88 of 90", "Total              79,083    100.0%   88 of 90",
             "Source: County Board of Elections, unofficial results as of 11 p.m."]
    assert sentences("\n".join(table)) == table


BODY = ("the committee voted on Tuesday to send the bill to the full chamber after a long\n"
        "debate over its cost, which critics put at more than twice the official figure and\n"
        "which supporters said would be repaid by growth within a decade of its passage into\n"
        "law, a claim that independent forecasters have so far declined to endorse in public.\n")


def test_wrapped_copy_keeps_its_datelines_list_items_stamps_and_line_final_sentences():
    text = ("Senate passes sweeping budget bill after all-night debate in the Capitol\n"
            "WASHINGTON (AP) -- After a night of argument over its cost, the Senate passed\n" + BODY
            + "– The committee voted 12-9 to advance the nomination to the floor on Monday.\n"
            "– Two members who had wavered for weeks voted with the majority in the end.\n"
            "Officials said the vote would be held before the recess, which starts on the U.S.\n"
            "Independence Day holiday, and that the timetable had been agreed by both sides.\n"
            "The bill now goes to the House, where leaders have promised a vote within the week.\n"
            "10:05 a.m. Officials say more than 200,000 customers have lost power in the storm\n")
    got = [" ".join(s.split()) for s in sentences(text)]
    assert got[0] == "Senate passes sweeping budget bill after all-night debate in the Capitol"
    assert got[1].startswith("WASHINGTON (AP) -- After a night") and got[1].endswith("declined to endorse in public.")
    assert got[2].startswith("– The committee voted") and got[3].startswith("– Two members")
    assert got[4] == ("Officials said the vote would be held before the recess, which starts on the U.S. "
                      "Independence Day holiday, and that the timetable had been agreed by both sides.")
    assert got[5].startswith("The bill now goes") and got[6].startswith("10:05 a.m. Officials say")
    assert len(got) == 7


def test_a_long_url_line_does_not_stop_wrapped_copy_from_being_joined():
    import textwrap

    prose = ("The council met on Monday to hear from Deputy Mayor Robert Klein, who said the shortfall had been "
             "caused by lower sales tax receipts than the city had planned for in the spring. Most of the money "
             "came in from the Department of Revenue. The audit found that Riverside County had overpaid its "
             "paving contractors by about 4 percent over three years, a figure disputed by the Public Works "
             "Department. The full audit, posted at")
    url = "https://www.riversidecounty.gov/auditor/reports/2024/paving-contracts-final-version-two.pdf"
    text = textwrap.fill(prose, 56) + f"\n{url}\non Tuesday, runs to 212 pages and names no one.\n"
    assert [" ".join(s.split()) for s in sentences(text)] == [
        "The council met on Monday to hear from Deputy Mayor Robert Klein, who said the shortfall had been caused "
        "by lower sales tax receipts than the city had planned for in the spring.",
        "Most of the money came in from the Department of Revenue.",
        "The audit found that Riverside County had overpaid its paving contractors by about 4 percent over three "
        "years, a figure disputed by the Public Works Department.",
        f"The full audit, posted at {url} on Tuesday, runs to 212 pages and names no one."]


def test_a_short_reply_after_a_quoted_question_is_no_speaker_and_tex_quotes_pair_up():
    assert sentences('"Did it work?" No. Officials said it failed.') == ['"Did it work?"', "No.",
                                                                         "Officials said it failed."]
    assert sentences("Protesters chanted ``Where is the justice?'' Police said 12 were held.") == [
        "Protesters chanted ``Where is the justice?''", "Police said 12 were held."]
    assert sentences("``Can we hold Kessel?'' Mr. Tarrow asked.") == ["``Can we hold Kessel?'' Mr. Tarrow asked."]


def test_a_title_case_headline_over_wrapped_copy_stays_apart():
    import textwrap

    body = textwrap.fill("the state transport agency said on Monday that two lanes would close from June to August "
                         "while crews replace the deck, and that buses would be rerouted at peak hours across the "
                         "Harbor district. Officials expect delays.", 72)
    head = "Bridge Repairs On Harbor Street Will Close Two Lanes For The Whole Summer"
    text = f"{head}\n{body[0].upper()}{body[1:]}\n\n{body}\n"
    assert sentences(text)[0] == head


def test_a_wrapped_first_line_in_title_case_that_runs_on_is_no_headline():
    text = ("The Harbour Licensing Board fined Westmere Ferries £3 million on\n"
            "Thursday for failing to inspect the lifeboats on four of its\n"
            "vessels between January and September last year. The board said\n"
            "the operator had ignored warnings from its own safety officers,\n"
            "while Westmere said it had since replaced the inspection team and\n"
            "would not appeal.\n")
    assert [" ".join(s.split()) for s in sentences(text)] == [
        "The Harbour Licensing Board fined Westmere Ferries £3 million on Thursday for failing to inspect the "
        "lifeboats on four of its vessels between January and September last year.",
        "The board said the operator had ignored warnings from its own safety officers, while Westmere said it had "
        "since replaced the inspection team and would not appeal."]
    # a headline in title case capitalises its last word, even a preposition
    head = "Harbour Board Fines Westmere Ferries Over Lifeboat Checks It Skipped For"
    assert sentences(head + "\n" + text.split("\n", 1)[1])[0] == head


def test_an_acronym_starting_a_wrapped_line_is_no_dateline():
    import textwrap

    prose = ("The ministers met in Brussels on Tuesday after officials from the alliance said that staff from "
             "NATO, the Western alliance, had briefed them on the plan, while experts from the agency known as "
             "WHO (World Health Organization) disputed the figures given to reporters later that evening in the "
             "capital. The talks will resume next month in Vienna, according to a statement.")
    for width in range(60, 80):
        text = textwrap.fill(prose, width) + "\n\n" + textwrap.fill(prose, width) + "\n"
        assert len(sentences(text)) == 4, width
    assert sentences("LONDON, March 3 (Reuters) - The vote passed.\nPHOENIX, Ariz. (AP) — It rained.") == [
        "LONDON, March 3 (Reuters) - The vote passed.", "PHOENIX, Ariz. (AP) — It rained."]


def test_a_word_with_accents_soft_hyphens_or_zero_width_characters_is_read_whole_before_its_full_stop():
    # the tail of "Montréal" or "for-est" is no "et al." or "est."
    for word in ("Montréal", "Montre\u0301al", "for\u00adest", "arr\u200best", "Ciudad Juárez", "Kraków"):
        text = f"The parade wound through {word}. Organisers said it went well."
        assert sentences(text) == [f"The parade wound through {word}.", "Organisers said it went well."], repr(word)
    # a real abbreviation still holds, also after an accented word
    assert sentences("Café Société Corp. Chief Executive Ana Ruiz quit.") == [
        "Café Société Corp. Chief Executive Ana Ruiz quit."]
    assert sentences("Ruiz et al. Reported a rise.") == ["Ruiz et al. Reported a rise."]


def test_a_quoted_question_keeps_a_speaker_with_name_particles_or_a_capital_outside_ascii():
    speakers = ("Greta von der Weide", "Tariq al-Hashimi", "Faisal bin Nasser", "Joost van den Broek",
                "Élodie Marchand", "E\u0301lodie Marchand", "Inés de la Fuente")
    for speaker in speakers:
        for opening, closing in (('"', '"'), ("“", "”"), ("«", "»"), ("‘", "’")):
            text = f"{opening}Who pays for this?{closing} {speaker} asked the council."
            assert sentences(text) == [text], text
    # only particles join capitalised words: other lower-case words make the words after a quote a new sentence
    assert sentences('"Who pays for this?" Police and Fire officials said nothing.') == [
        '"Who pays for this?"', "Police and Fire officials said nothing."]


def test_full_width_and_ideographic_stops_end_sentences():
    text = "The agency evicted 300 families\uff0e The agency denied it\uff01 Was it legal\uff1f\u3000Nobody knows."
    assert sentences(text) == ["The agency evicted 300 families\uff0e", "The agency denied it\uff01",
                               "Was it legal\uff1f", "Nobody knows."]
    # an ideographic full stop needs no space after it; nor does a full-width mark before a letter without case
    assert sentences("市政府否认了报道。记者说有三百户。「真的吗？」他问。") == [
        "市政府否认了报道。", "记者说有三百户。",
        "「真的吗？」他问。"]  # the speaker stays with the quotation
    assert sentences("工厂关门了。工人回家？没有人知道！") == [
        "工厂关门了。", "工人回家？", "没有人知道！"]
    assert sentences("警察が来た｡住民は逃げた！誰も知らない．") == [
        "警察が来た｡", "住民は逃げた！", "誰も知らない．"]
    # a full-width title still holds, and a full-width decimal is no boundary
    assert sentences("Mr\uff0e Tanaka paid \uff13\uff0e\uff15 million yen\uff0e He left\uff0e") == [
        "Mr\uff0e Tanaka paid \uff13\uff0e\uff15 million yen\uff0e", "He left\uff0e"]


def test_a_dateline_is_capitals_of_a_place_before_a_dash_and_a_sentence():
    from framing.segment import dateline_length

    # a place and a dash alone need a capital after them, and one to three words
    assert dateline_length("BRUSSELS — The union said so.") == len("BRUSSELS — ")
    assert dateline_length("BRUSSELS — the union said so.") == 0
    assert dateline_length("SAN JOSE — Police said so.") == len("SAN JOSE — ")
    assert dateline_length("NORTH SEA OIL FIELDS — Output fell.") == 0
    # inside a source span the sentence may go on in lower case; only a credited dateline fills a span
    assert dateline_length("PARIS—the mayor said.") == 0
    assert dateline_length("PARIS—the mayor said.", in_span=True) == len("PARIS—")
    assert dateline_length("WASHINGTON (AP)", in_span=True) == len("WASHINGTON (AP)")
    assert dateline_length("WASHINGTON —", in_span=True) == 0
    # a body's acronym or a role is no place, however long ("UNICEF", "FBI DIRECTOR"); a real one still is
    assert dateline_length("UNICEF - The agency said so.") == 0
    assert dateline_length("FBI DIRECTOR — The bureau said so.") == 0
    assert dateline_length("POLICE CHIEF - Officers said so.") == 0
    assert dateline_length("MEXICO CITY - Officers said so.") == len("MEXICO CITY - ")


def test_a_name_in_capitals_before_two_hyphens_and_its_description_is_no_dateline():
    from framing.segment import dateline_length, lead_length, name_heading_length

    # a newsletter heads an item with whom it is about: the sentence after describes that person
    for text in ("VARNOCK -- The president said the pier would close.", "ORSALL -- The former senator denied it.",
                 "MBEKWA -- The billionaire founder said so."):
        assert dateline_length(text) == 0 and lead_length(text) == 0
        assert name_heading_length(text) == text.index("The")
    # a place datelined alone stays a dateline before a person described; so do an agency's, a date's, two
    # words of capitals, another dash, and anything else after the name
    for text, place in [("WASHINGTON -- The president said so.", "WASHINGTON -- "),
                        ("SEOUL -- The president said so.", "SEOUL -- "),
                        ("CHARLOTTE -- The mayor said so.", "CHARLOTTE -- "),
                        ("VARNOCK (Coastline Wire) -- The president said so.", "VARNOCK (Coastline Wire) -- "),
                        ("PORT ELSA -- The mayor said so.", "PORT ELSA -- "),
                        ("VARNOCK — The president said so.", "VARNOCK — "),
                        ("VARNOCK -- Police said the pier would close.", "VARNOCK -- "),
                        ("VARNOCK -- The pier will close.", "VARNOCK -- ")]:
        assert dateline_length(text) == len(place), text
        assert name_heading_length(text) == 0, text


@pytest.mark.parametrize("text", ["CORRECTION -- An earlier version misspelt the mayor's name.",
                                  "CORRECTION — An earlier version misspelt the mayor's name.",
                                  "CLARIFICATION -- The quay reopened on Friday.",
                                  "EDITOR'S NOTE — This story has changed.",
                                  "HAMAS -- The group said so.", "HAMAS — The group said so."])
def test_a_note_s_label_or_a_listed_body_before_either_dash_is_no_dateline(text):
    from framing.segment import dateline_length

    assert dateline_length(text) == 0


def test_a_place_holding_a_role_or_body_word_before_its_last_word_is_still_a_dateline():
    from framing.segment import dateline_length

    assert dateline_length("COUNCIL BLUFFS — The city council voted.") == len("COUNCIL BLUFFS — ")
    assert dateline_length("GOVERNMENT HOUSE — The governor spoke.") == len("GOVERNMENT HOUSE — ")
    # a role or a body last, or a body's acronym alone, is still read as wording
    assert dateline_length("STATE POLICE — Troopers said so.") == 0
    assert dateline_length("UNICEF CAMPS — Aid arrived.") == len("UNICEF CAMPS — ")


@pytest.mark.parametrize("text", [
    "Cllr. Wynne Achterberg said the depot would close.",
    "Asst. Prof. Lena Moravec led the trial.",
    "Assoc. Prof. Lena Moravec led the trial.",
    "Msgr. Aldo Ferrante said the mass.",
    "Mme. Ferrante declined to comment.",
    "Det. Ch. Insp. Ravi Lund said the search went on.",
    "Dep. Mayor Ravi Lund opened the bridge.",
    "Cdr. Ravi Lund took command.",
    "Sqn. Ldr. Ravi Lund flew the last sortie.",
    "Pte. Ravi Lund was decorated.",
    "Messrs. Lund and Ferrante signed the lease.",
    "The mill was built c. 1790 near the river.",
    "The chapel dates from ca. 1420 and was restored.",
    "Eq. 4 gives the decay rate.",
    "The method follows Ref. 12 closely.",
])
def test_titles_and_abbreviations_before_a_number_keep_their_full_stop(text):
    assert sentences(text) == [text]


@pytest.mark.parametrize("text", [
    "The pattern appears in Fig. S3 of the paper.",
    "The signal faded (see Fig. S3) within a week.",
    "Panels in Figs. S1 and S2 show the same drift.",
    "The fit uses Eq. A2 of the appendix.",
    "Counts are listed in Tab. 2 and on pp. S4 to S6.",
    "The trial (No. NCT01234567) ended early.",
    "Details are in Suppl. Methods online.",
    "Doses are in Suppl. Fig. 3 and Suppl. 2.",
])
def test_a_figure_s_table_s_or_trial_s_label_and_a_supplement_keep_the_abbreviation_s_stop(text):
    assert sentences(text) == [text]


def test_those_labels_abbreviations_still_end_a_sentence_where_they_are_words():
    assert sentences("The signal faded (see Fig. S3). Then it rose.") == ["The signal faded (see Fig. S3).",
                                                                          "Then it rose."]
    assert sentences("The answer was No. Then he left.") == ["The answer was No.", "Then he left."]
    assert sentences("Drivers voted no. A2 tolls will rise.") == ["Drivers voted no.", "A2 tolls will rise."]
    assert sentences("He picked up the tab. 2 more came.") == ["He picked up the tab.", "2 more came."]
    assert sentences("It is all in the Suppl. The authors agree.") == ["It is all in the Suppl.",
                                                                       "The authors agree."]


def test_those_abbreviations_still_end_a_sentence_where_they_are_words():
    assert sentences("Fans blamed the ref. The board backed him.") == ["Fans blamed the ref.",
                                                                       "The board backed him."]
    assert sentences("She read Ch. The plot thickens.") == ["She read Ch.", "The plot thickens."]


@pytest.mark.parametrize("text, place", [
    ("HOBART, Australia — The ferry sank.", "HOBART, Australia — "),
    ("GENEVA/LONDON (Reuters) - The agency warned of shortages.", "GENEVA/LONDON (Reuters) - "),
    ("NEW YORK, NY – The bank cut its forecast.", "NEW YORK, NY – "),
    ("WASHINGTON, D.C. — The Senate voted.", "WASHINGTON, D.C. — "),
    ("SAN JOSÉ, Costa Rica (AP) — Officials closed the port.", "SAN JOSÉ, Costa Rica (AP) — "),
    ("EDINBURGH, Scotland - Ministers met.", "EDINBURGH, Scotland - "),
])
def test_a_dateline_with_its_country_or_state_two_places_or_accented_capitals_is_found(text, place):
    from framing.segment import dateline_length, lead_length

    assert dateline_length(text) == len(place)
    assert lead_length(text) == len(place)
    assert sentences(text) == [text]


@pytest.mark.parametrize("text, place", [
    ("LONDON, Dec. 1, 2026 /PRNewswire/ -- Orlen Motors plc today reported sales.",
     "LONDON, Dec. 1, 2026 /PRNewswire/ -- "),
    ("NEW YORK, Dec. 1, 2026 /PRNewswire-PRWeb/ -- Orlen Motors today reported sales.",
     "NEW YORK, Dec. 1, 2026 /PRNewswire-PRWeb/ -- "),
    ("TORONTO, Dec. 1, 2026 /CNW/ - Orlen Motors today reported sales.", "TORONTO, Dec. 1, 2026 /CNW/ - "),
    ("EDINBURGH, Scotland, Dec. 5, 2026 /PRNewswire/ -- Orlen Motors today reported sales.",
     "EDINBURGH, Scotland, Dec. 5, 2026 /PRNewswire/ -- "),
    ("WASHINGTON, DC, UNITED STATES, December 1, 2026 /EINPresswire.com/ -- Orlen Motors today reported sales.",
     "WASHINGTON, DC, UNITED STATES, December 1, 2026 /EINPresswire.com/ -- "),
    ("SAN FRANCISCO--(BUSINESS WIRE)--Orlen Motors today reported sales.", "SAN FRANCISCO--(BUSINESS WIRE)--"),
    # two hyphens are a dash, as one is
    ("LONDON -- Orlen Motors today reported sales.", "LONDON -- "),
    ("KYIV -- Ukraine's army said so.", "KYIV -- "),
])
def test_a_press_release_wire_between_slashes_and_a_double_hyphen_make_a_dateline(text, place):
    from framing.segment import lead_length

    assert lead_length(text) == len(place)


def test_a_double_hyphen_after_wording_in_capitals_is_still_no_dateline():
    from framing.segment import lead_length

    assert lead_length("NATO -- The alliance said so.") == 0
    assert lead_length("WE WILL NOT PAY -- The union said so.") == 0
    # two hyphens glued to capitals open a death notice's surname, not a dateline
    assert lead_length("MARLOWE--Edwin Hale, 91, of Leeds, died on Friday.") == 0


def test_a_town_of_four_capitals_before_a_dash_is_a_dateline_and_a_body_s_acronym_is_not():
    from framing.segment import dateline_length

    for text, length in [("LISK - Workers at a textile plant in Lisk said pay was late.", 7),
                         ("BRNO — Police said the road was shut.", 7), ("TAVO -- Fishermen said the nets tore.", 8),
                         ("NATO - The alliance said so.", 0), ("OECD — The club said so.", 0),
                         ("NYPD - Officers said so.", 0), ("LISK - the plant shut.", 0), ("WHAT - The union.", 0),
                         # sentence words of four letters are wording as "WHAT" is
                         ("ONLY - The mayor said so.", 0), ("MORE - Nurses said so.", 0), ("WHEN - The union.", 0)]:
        assert dateline_length(text) == length, text


def test_four_capitals_before_a_dash_and_a_body_described_are_that_body_s_acronym_not_a_town():
    from framing.segment import dateline_length, lead_length

    # an acronym on no list, read as a town's name, lost its body to the dateline ("TOVA - The party" left "party")
    for text in ["TOVA - The party said it would stand in every seat.", "DERC - Rebels said the talks had failed.",
                 "KUPA — The ruling party said so.", "KUPA -- The union said so."]:
        assert dateline_length(text) == 0 and lead_length(text) == 0, text
    # a town's dateline stays before others described, or before any body when the capitals name a known place
    for text, length in [("LISK - Rebels in the hills said the road was cut.", 7), ("LISK - Workers said so.", 7),
                         ("LIMA - The party said so.", 7), ("OSLO — The group said so.", 7),
                         ("ROME -- Rebels said so.", 8)]:
        assert dateline_length(text) == length, text


def test_capitals_a_comma_and_a_country_are_still_no_dateline_when_wording_or_an_acronym():
    from framing.segment import dateline_length

    assert dateline_length("NATO, Russia — The talks failed.") == 0  # four letters: an acronym
    assert dateline_length("OPINION, Britain — The plan is a disaster.") == 0  # a banner
    assert dateline_length("HOBART, Australia — the ferry sank.") == 0  # lower case after the dash


@pytest.mark.parametrize("text, stamp", [
    ("14:05 MSK - The Kremlin said talks could resume.", "14:05 MSK - "),
    ("[11:12 GMT] The Kremlin said talks could resume.", "[11:12 GMT] "),
    ("10:15 a.m. ET - The Kremlin said talks could resume.", "10:15 a.m. ET - "),
    ("17:02 NZST | The Kremlin said talks could resume.", "17:02 NZST | "),
    ("10:05 - The Kremlin said talks could resume.", "10:05 - "),
    # "AM" and "PM" in capitals, as many liveblogs write them
    ("10:15 AM - The Kremlin said talks could resume.", "10:15 AM - "),
    ("9:30 P.M. ET - The Kremlin said talks could resume.", "9:30 P.M. ET - "),
    ("[4:05 PM] The Kremlin said talks could resume.", "[4:05 PM] "),
    # a transcript's time code, whole: hours, minutes, seconds and milliseconds
    ("00:00:05 Maya Renn: Our tests found sewage.", "00:00:05 "),
    ("[00:01:12.500] Maya Renn: Our tests found sewage.", "[00:01:12.500] "),
    ("0:00:05,250 - Maya Renn: Our tests found sewage.", "0:00:05,250 - "),
    ("01:02:03 | \"Our tests found sewage,\" Maya Renn said.", "01:02:03 | "),
    ("0:00:05 Maya Renn: Our tests found sewage.", "0:00:05 "),  # one figure of hours, before a label
    ("1:02:03 JANE ROE: Our tests found sewage.", "1:02:03 "),
    ("0:00:05 ANCHOR: Our tests found sewage.", "0:00:05 "),  # the stamp, as before "00:00:05 ANCHOR: "
    ("00:00:05 Ana de la Cruz: Our tests found sewage.", "00:00:05 "),  # a name's particles in lower case
])
def test_a_liveblog_entry_s_time_stamp_is_left_out_of_what_the_model_reads(text, stamp):
    from framing.segment import lead_length
    from framing.furniture import stamp_length

    assert stamp_length(text) == lead_length(text) == len(stamp)


@pytest.mark.parametrize("stamp", ["13:48 GMT\n", "13:48\n", "9:05\n", "10:15 a.m. ET\n", "16:20 BST -\n",
                                   "(13:48)\n", "7.05pm\r\n", "14:05\n14:10 GMT\n"])
def test_a_liveblog_stamp_alone_on_its_line_is_joined_to_its_entry_and_left_out_as_one_before_it_is(stamp):
    from framing.segment import lead_length
    from framing.furniture import stamp_length

    text = stamp + "Tarnwell Rail Ltd. rejected claims that it had skipped inspections."
    assert split_sentences(text) == [(0, len(text))]
    assert stamp_length(text) == lead_length(text) == len(stamp)


@pytest.mark.parametrize("text", [
    "13:48 GMT\n",  # the stamp alone, at the text's end: nothing follows it
    "12.50\nThe fare rose.",  # a bare number, no stamp
    "Fares rose at 13:48\nThe station reopened.",  # a time inside the sentence's words
])
def test_a_figure_alone_on_its_line_that_heads_no_entry_is_not_left_out(text):
    from framing.segment import lead_length

    assert all(lead_length(text[start:end]) == 0 for start, end in split_sentences(text))


@pytest.mark.parametrize("text", [
    "12:30 Club members said the venue was unsafe.",  # a name, no stamp
    "10 a.m. meetings were cancelled.",  # no mark after the time
    "3 MSK officers were hurt.",  # a number and capitals, no stamp
    "14:05 MSK -",  # a stamp with nothing after it is all the sentence holds
    "2:01:09 is the world record for the marathon.",  # a time in copy, hours, minutes and seconds
    "1:30:00 into the match, the score was still level.",
    "01:30:00 into the match, the score was still level.",
    "10:05:30 marked the start of the outage.",
    "10:05:30, when the bell rang, the sale began.",  # no label after it: a comma, a sentence's words
    "23:59:59 Tuesday was the deadline.",
    "2:01:09 Kipchoge ran in Berlin: a record.",  # a sentence's words in lower case before a colon, no label
])
def test_figures_that_are_no_entry_stamp_are_still_read(text):
    from framing.segment import lead_length

    assert lead_length(text) == 0


@pytest.mark.parametrize("code", ["00:00:05 ", "0:00:05 ", "1:02:03 ", "00:00:05 - ", "0:00:05,250 | "])
def test_a_bare_time_code_that_opens_a_turn_is_the_entry_s_stamp_too(code):
    from framing.segment import lead_length
    from framing.turns import speaker_turns

    text = f"ANCHOR: Hello.\n{code}JANE ROE: The ministry lied."
    bounds = split_sentences(text)
    assert [turn.label for turn in speaker_turns(text, bounds)] == ["ANCHOR", "JANE ROE"]
    assert lead_length(text[slice(*bounds[1])]) == len(code)


# British quotations in single marks: a plural possessive inside one ("the growers' margins") is no closing mark,
# while a short scare quote ending in s ("'a mess' last week") still closes where it ends.
SINGLE_MARKS = [("'", "'"), ("‘", "’")]


def _quoted(text):
    from framing.spans import quoted_regions

    return [text[a:b] for a, b in quoted_regions(text)]


@pytest.mark.parametrize("opener, closer", SINGLE_MARKS)
@pytest.mark.parametrize("quotation, after", [
    ("{o}The orchard growers{c} margins are gone,{c}", " Wenna Tull said. Prices rose."),  # opening the sentence
    ("{o}We sold the Joneses{c} house in the spring,{c}", " the agent said."),  # a name in -es
    ("{o}Both the bakers{c} and the millers{c} unions walked out,{c}", " she said."),  # two in one quotation
    ("{o}Dock workers{c} pay fell. Nobody noticed,{c}", " a steward said."),  # over two sentences
])
def test_a_plural_possessive_inside_a_single_quoted_quotation_does_not_close_it(opener, closer, quotation, after):
    quotation = quotation.format(o=opener, c=closer)
    text = quotation + after
    assert _quoted(text) == [quotation]
    # in the middle of a sentence too
    inner = quotation[:1] + quotation[1].lower() + quotation[2:]
    text = f"At the market, a trader told us {inner} before leaving."
    assert _quoted(text) == [inner]


@pytest.mark.parametrize("opener, closer", SINGLE_MARKS)
def test_a_quoted_question_holding_a_plural_possessive_keeps_its_speaker(opener, closer):
    text = f"{opener}Who bought the Pettersons{closer} barn?{closer} Hana Vick asked. The sale closed in May."
    assert sentences(text) == [f"{opener}Who bought the Pettersons{closer} barn?{closer} Hana Vick asked.",
                               "The sale closed in May."]
    assert _quoted(text) == [f"{opener}Who bought the Pettersons{closer} barn?{closer}"]


@pytest.mark.parametrize("opener, closer", SINGLE_MARKS)
@pytest.mark.parametrize("text, quoted", [
    ("Fishers called the new quota {o}a mess{c} last week.", ["{o}a mess{c}"]),
    ("{o}Chaos{c} reigned at the ferry port on Sunday.", ["{o}Chaos{c}"]),
    ("The mayor called the pickets {o}bullies{c} and left.", ["{o}bullies{c}"]),
    # a plural possessive later in the paragraph, after the scare quote, does not keep it open
    ("Fishers called the quota {o}a mess{c} last week, the trawler crews{c} guild said.", ["{o}a mess{c}"]),
    ("{o}Chaos{c} reigned, the porters{c} union said. {o}Calm{c} came by noon.", ["{o}Chaos{c}", "{o}Calm{c}"]),
    # nor a quotation that opens after it
    ("She called it {o}a mess{c} on Monday and {o}a farce{c} on Friday.", ["{o}a mess{c}", "{o}a farce{c}"]),
    ("He called them {o}pirates{c} at dawn. {o}We stay,{c} the skippers said.", ["{o}pirates{c}", "{o}We stay,{c}"]),
])
def test_a_short_scare_quote_ending_in_s_still_closes_where_it_ends(opener, closer, text, quoted):
    text = text.format(o=opener, c=closer)
    assert _quoted(text) == [q.format(o=opener, c=closer) for q in quoted]
    assert len(sentences(text)) == text.count(". ") + 1


@pytest.mark.parametrize("opener, closer", SINGLE_MARKS)
@pytest.mark.parametrize("quotation, after", [
    ("{o}We run rock {c}n{c} roll nights. The new rules are a scandal,{c}", " Ada Penn says."),
    ("{o}We serve fish {o}n{c} chips and nothing fancy,{c}", " the owner said."),  # an elided 'n' opened as a quote
    ("{o}Nobody is goin{c} nowhere till the ferry is back,{c}", " a skipper said."),  # a dropped g
    ("{o}The lads told {c}em off at the match,{c}", " she said."),  # 'em with a curly apostrophe
    ("{o}The quota is a mess, not a bargain,{c}", " a skipper said."),  # "in" before a comma still closes
])
def test_an_elision_inside_a_single_quoted_quotation_does_not_close_it(opener, closer, quotation, after):
    quotation = quotation.format(o=opener, c=closer)
    assert _quoted(quotation + after) == [quotation]
    inner = quotation[:1] + quotation[1].lower() + quotation[2:]
    assert _quoted(f"At the quay, a man told us {inner} and left.") == [inner]


@pytest.mark.parametrize("opener, closer", SINGLE_MARKS)
@pytest.mark.parametrize("text, quoted", [
    # a scare quote ending in "in" before a lower-case word closes where it ends, with no closer after it
    ("The mayor called the bypass {o}a pain{c} in the neck.", ["{o}a pain{c}"]),
    ("{o}Berlin{c} was the code name, the colonel said.", ["{o}Berlin{c}"]),
    ("She called it {o}a bargain{c} in all but name and {o}a steal{c} too.", ["{o}a bargain{c}", "{o}a steal{c}"]),
    # an elided 'n' after a scare quote in s is no closer that shows it to be a possessive
    ("Fishers called it {o}a mess{c} last week at the rock {c}n{c} roll club.", ["{o}a mess{c}"]),
])
def test_a_scare_quote_ending_in_in_or_s_still_closes_before_an_elision(opener, closer, text, quoted):
    text = text.format(o=opener, c=closer)
    assert _quoted(text) == [q.format(o=opener, c=closer) for q in quoted]


@pytest.mark.parametrize("quotation, speaker", [
    ("「桥什么时候修好？」", "镇长问。"),  # a question mark, then the speaker and a stop
    ("「我们不会搬走。」", "一位老住户说。"),  # an ideographic full stop inside the quotation
    # a comma after the verb: the sentence goes on
    ("「我们不会搬走！」", "村委会主任强调，补偿还没有谈妥。"),
    ("“桥什么时候修好？”", "镇长问道。"),  # curly quotation marks, as mainland copy writes them
    ("「橋はいつ直りますか？」", "と町長は尋ねた。"),  # Japanese quotes with と
    ("『もう移りません。』", "と住民は話した。"),
])
def test_a_chinese_or_japanese_quotation_keeps_the_speaker_after_it(quotation, speaker):
    text = f"洪水冲毁了桥。{quotation}{speaker}工程下周开始。"
    assert sentences(text) == ["洪水冲毁了桥。", quotation + speaker, "工程下周开始。"]


@pytest.mark.parametrize("text, expected", [
    # what follows is a new sentence, not a speaker: no verb of saying, or "know" (知道) rather than "said"
    ("「桥修好了吗？」工程还没开始。", ["「桥修好了吗？」", "工程还没开始。"]),
    ("「你知道吗？」我不知道。", ["「你知道吗？」", "我不知道。"]),
    # a quotation inside the sentence does not take the next sentence as its speaker
    ("镇长喊道：「快走！」他说。", ["镇长喊道：「快走！」", "他说。"]),
    # a quotation over two sentences: the speaker goes with the second
    ("「桥断了。我们没有路了。」一位司机说。",
     ["「桥断了。", "我们没有路了。」一位司机说。"]),
])
def test_a_chinese_quotation_ends_its_sentence_where_no_speaker_credits_it(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("quotation, after", [
    ("「はい。」", "ところで、明日は雨です。"),  # "by the way": a new sentence
    ("「分かりました。」", "とても嬉しかった。"),  # "very"
    ("「遅れます！」", "とにかく急いだ。"),  # "anyway", after a full-width exclamation mark
    ("「橋は直ります。」", "ところが、工事は止まった。"),  # "however"
    ("「待ってください。」", "とりあえず座った。"),  # "for now"
])
def test_a_japanese_sentence_that_starts_with_to_is_no_speaker_of_the_quotation_before_it(quotation, after):
    assert sentences(f"{quotation}{after}") == [quotation, after]
    # quotative と stays with its quotation, a word after it too ("ときっぱり": "firmly")
    assert sentences(f"{quotation}ときっぱり答えた。") == [f"{quotation}ときっぱり答えた。"]


@pytest.mark.parametrize("text", [
    "IMF BOSS — She said the loan would wait.",
    "TELCO CEO - He said the network held.",
    "HARBOUR TOWN MAYOR — He said the pier was safe.",
    "BANK REGULATOR - It said the fines stood.",
])
def test_capitals_ending_in_a_role_before_a_dash_are_wording_not_a_dateline(text):
    from framing.segment import dateline_length, lead_length

    assert dateline_length(text) == lead_length(text) == 0
    # the same capitals with a place's name last are a dateline
    place = text.split(" ")[0] + " FALLS"
    assert dateline_length(place + " — The river rose.") == len(place + " — ")


# Page furniture: a headline, bylines and publishing stamps frame the copy; contexts pass over them.

LAYOUT = ("Harbour board rejects dredging complaints\n\n"
          "Anglers say silt from the works has choked the estuary\n\n"
          "By Mira Castell and Joss Penhale\n\n"
          "Updated 16:20 BST\n\n"
          "A survey by the Tamsin Angling Club found that catches fell by half after dredging began. "
          "The harbour board called the survey unscientific.")


def furniture_of(text):
    from framing.furniture import page_furniture

    return [text[a:b] for (a, b), flag in zip(split_sentences(text), page_furniture(text, split_sentences(text)))
            if flag]


def test_the_headline_a_byline_and_a_stamp_are_furniture_and_the_copy_is_not():
    assert furniture_of(LAYOUT) == ["Harbour board rejects dredging complaints", "By Mira Castell and Joss Penhale",
                                    "Updated 16:20 BST"]


@pytest.mark.parametrize("line", [
    "By Mira Castell", "By Mira Castell and Joss Penhale", "By Mira Castell, Joss Penhale & Ana de la Vega",
    "By Mira Castell, Transport Correspondent", "By MIRA CASTELL in Valparaíso", "By Mira Castell | Coastal Times",
    "BY MIRA CASTELL", "By Omar al-Haddad, Gulf Desk", "Updated 16:20 BST", "Published 3 March 2024",
    "Last modified: Tue 5 Mar 2024, 09:12", "Last updated 2 hours ago", "First published on 4 June 2023 at 7 a.m. ET",
    "Published 14:05 GMT, 3 March 2024 | Updated 15:10 GMT", "UPDATED 3/5/2024", "Posted yesterday",
    "By April Reyes", "Updated an hour ago", "Updated a day ago", "Posted moments ago",
    "By Mira Castell on March 5, 2024", "By Mira Castell\tMarch 5, 2024",
    # surnames that are also words of time or rank, and a middle initial
    "By Elizabeth Day", "By Lucy Best", "By Jane A Roe", "By Mary Evening", "Updated a few moments ago",
])
def test_a_byline_or_stamp_on_a_line_of_its_own_is_furniture(line):
    text = f"Dredging resumed on Monday.\n\n{line}\n\nCatches fell sharply."
    assert furniture_of(text) == [line]
    assert furniture_of(f"Dredging resumed on Monday.\n{line}\nCatches fell sharply.") == [line]


@pytest.mark.parametrize("line", [
    "By Monday Night", "By the end of the year", "By Order of the Harbour Board", "By Mira Castell's count, it failed.",
    "Updated figures show a rise", "Published in 2019, the survey found a gap.", "Updated", "Posted in Politics",
    # crossheads in title case: phrases of time or manner, not names
    "By Christmas Eve", "By Election Day", "By Far The Best", "By All Accounts Wrong", "By Royal Appointment",
    "By Mid-Morning Everyone Had Left", "By Mira Castell on Monday", "Updated a map",
])
def test_a_line_that_only_opens_like_a_byline_or_stamp_is_copy(line):
    assert furniture_of(f"Dredging resumed on Monday.\n\n{line}\n\nCatches fell sharply.") == []


def test_a_byline_or_stamp_inside_a_paragraph_is_copy():
    text = "The works began in May.\n\nDredging resumed. By Mira Castell\n\nCatches fell. Updated 16:20 BST"
    assert furniture_of(text) == []


@pytest.mark.parametrize("text", [
    "Harbour board rejects complaints.\n\nCatches fell.",  # a sentence's stop
    "Is the estuary dying?\n\nCatches fell.",
    "The board said:\n\nCatches fell.",  # a colon carries on
    "Harbour board rejects complaints\nCatches fell sharply after the works.",  # no blank line after it
    "Harbour board\nrejects complaints\n\nCatches fell.",  # two lines
    "Catches fell sharply after the works",  # nothing after it
    "x" * 400 + "\n\nCatches fell.",  # too long for a headline
])
def test_a_first_paragraph_is_a_headline_only_as_one_unstopped_line_before_a_blank_line(text):
    assert furniture_of(text) == []


@pytest.mark.parametrize("below", ["By Mira Castell", "Updated an hour ago", "By Mira Castell on March 5, 2024"])
def test_a_question_heads_the_page_when_a_byline_or_stamp_follows_it(below):
    text = f"Is the estuary dying?\n\n{below}\n\nCatches fell."
    assert furniture_of(text) == ["Is the estuary dying?", below]
    assert furniture_of("Is the estuary dying?\n\nCatches fell.\n\nBy Mira Castell") == ["By Mira Castell"]


def test_every_sentence_of_a_one_line_headline_is_furniture():
    text = "Dying? Anglers Count the Cost\n\nCatches fell."
    assert furniture_of(text) == ["Dying?", "Anglers Count the Cost"]


def test_preceding_passes_over_furniture_with_the_space_after_it():
    from framing.segment import preceding

    bounds = split_sentences(LAYOUT)
    contexts = [preceding(LAYOUT, bounds, k, 2) for k in range(len(bounds))]
    standfirst, survey = LAYOUT.split("\n\n")[1], LAYOUT.split("\n\n")[4].split(" The harbour")[0]
    assert contexts[:4] == [None, None, standfirst, standfirst]
    assert contexts[4] == standfirst  # after the byline and the stamp: the copy before them
    assert contexts[5] == f"{standfirst}\n\n{survey}"


def _plain_preceding(text, bounds, index, count):
    """The context as it was before furniture was passed over: the last ``count`` sentences as they stand."""
    return text[bounds[max(0, index - count)][0]:bounds[index - 1][1]] if index else None


PLAIN_STORIES = [
    "The ferry was cancelled on Friday.\n\nPassengers said they had no warning. The operator blamed the wind.\n"
    "Refunds will follow.",
    "Rents rose 4% in May. Tenants' groups called the rise shameful.\n\n\"We cannot keep up,\" one tenant said.",
    "OSLO (Reuters) - The central bank held rates. Critics called it timid.\n\n- Cut fees\n- Freeze rents\n\n"
    "Officials said more would come.",
]


@pytest.mark.parametrize("count", [1, 2, 3])
def test_preceding_is_unchanged_where_no_furniture_comes_before(count):
    from framing.segment import preceding
    from framing.furniture import page_furniture

    examples = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))
    texts = PLAIN_STORIES + [path.read_text(encoding="utf-8") for path in examples]
    compared = 0
    for text in texts:
        bounds = split_sentences(text)
        furniture = page_furniture(text, bounds)
        for k in range(len(bounds) + 1):
            if not any(furniture[max(0, k - count):k]):
                assert preceding(text, bounds, k, count) == _plain_preceding(text, bounds, k, count)
                compared += 1
    assert compared > 40


def test_a_window_cut_from_inside_a_document_has_no_headline():
    from framing.segment import preceding

    window = "ing in the estuary\n\nCatches fell sharply."
    bounds = split_sentences(window)
    assert preceding(window, bounds, len(bounds), 2) == "Catches fell sharply."
    assert preceding(window, bounds, len(bounds), 2, starts_text=False) == window


def test_a_long_run_of_furniture_is_looked_past_only_so_far(monkeypatch):
    """Text made of little but bylines must not make each context search the whole run again."""
    from framing import segment

    calls = []
    real = furniture.sentence_is_furniture
    monkeypatch.setattr(segment, "sentence_is_furniture", lambda *args: calls.append(args) or real(*args))
    text = "The survey began in May.\n" + "By Mira Castell\n" * 3000 + "Catches fell."
    bounds = split_sentences(text)
    contexts = [segment.preceding(text, bounds, k, 2) for k in range(len(bounds))]
    assert len(calls) <= len(bounds) * (2 + segment.FURNITURE_REACH)
    assert contexts[2] == "The survey began in May."  # within reach, the copy before the run
    assert contexts[-1] is None  # past it, none


@settings(max_examples=FUZZ_EXAMPLES, deadline=None)
@given(st.lists(st.sampled_from(["By Mira Castell", "Updated 16:20 BST", "Harbour board rejects claims", "It fell.",
                                 "Anglers said so", ".", " ", "\n", "\n\n", "The board", "By", "Posted 2 days ago"]),
                max_size=40), st.integers(1, 3))
def test_property_contexts_hold_the_copy_before_and_pass_over_only_furniture(parts, count):
    from framing.segment import FURNITURE_REACH, preceding
    from framing.furniture import page_furniture

    text = "".join(parts)
    bounds = split_sentences(text)
    furniture = page_furniture(text, bounds)
    for k in range(len(bounds) + 1):
        context = preceding(text, bounds, k, count)
        assert preceding(text, bounds, k, count, furniture=furniture) == context
        copy = [j for j in range(max(0, k - count - FURNITURE_REACH), k) if not furniture[j]][-count:]
        if not copy:
            assert context is None
            continue
        first, last = bounds[copy[0]], bounds[copy[-1]]
        assert context.startswith(text[first[0]:first[1]]) and context.endswith(text[last[0]:last[1]])
        if not any(furniture[copy[0]:copy[-1]]):
            assert context == text[first[0]:last[1]]
        else:
            assert len(context) < last[1] - first[0]


FURNISHED_STORIES = [
    LAYOUT,
    "Quay Closure Angers Traders\n\nBy Ines Calloway\nUpdated 2 hours ago\n\nThe quay shut at noon. Stallholders "
    "said nobody had told them.\n\nBy Ines Calloway and Pim Dorrell, Harbour Desk\n\nThe council will meet.",
    "Talks resumed on Monday.\n\nUpdated 14:05 GMT. The minister resigned after the vote.",  # a stamp in the copy
    "Pier live: storm closes the crossing\n\n10:05\n\nThe first sailing was cancelled.\n\nBy Juno Varga\n\n"
    "10:40 GMT - Coastguards said the swell had reached six metres.\nPosted yesterday\nNobody was hurt.",
    "The survey began in May.\n" + "By Mira Castell\n" * 40 + "Catches fell.",  # a run longer than the reach
]


@pytest.mark.parametrize("count", [1, 2, 3])
@pytest.mark.parametrize("starts_text", [True, False])
def test_contexts_from_furniture_flags_given_are_those_found_in_the_text(count, starts_text):
    from framing.segment import preceding
    from framing.furniture import page_furniture

    examples = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))
    texts = FURNISHED_STORIES + PLAIN_STORIES + [path.read_text(encoding="utf-8") for path in examples]
    furnished = 0
    for text in texts:
        bounds = split_sentences(text)
        furniture = page_furniture(text, bounds, starts_text=starts_text)
        furnished += sum(furniture)
        for k in range(len(bounds) + 1):
            expected = preceding(text, bounds, k, count, starts_text=starts_text)
            assert preceding(text, bounds, k, count, furniture=furniture) == expected
    assert furnished > 40


def test_a_sentence_is_judged_furniture_from_the_page_alone():
    text = "Harbour board rejects claims\n\nBy Mira Castell\n\nThe quay shut at noon. Traders were angry."
    bounds = split_sentences(text)
    page = furniture.Page(text, bounds, starts_text=True)
    assert [furniture.sentence_is_furniture(k, page) for k in range(len(bounds))] == [True, True, False, False]


def test_furniture_flags_given_are_read_without_looking_at_the_text_again(monkeypatch):
    from framing import segment

    text = "The quay shut at noon. Traders were angry. The council will meet."
    bounds = split_sentences(text)
    monkeypatch.setattr(segment, "sentence_is_furniture", lambda *args: pytest.fail("furniture looked for again"))
    # the flags are the caller's: the second sentence, marked, is passed over
    assert segment.preceding(text, bounds, 2, 1, furniture=[False, True, False]) == "The quay shut at noon."
    assert segment.preceding(text, bounds, 2, 2, furniture=[False, False, False]) == text[:bounds[1][1]]


def test_furniture_flags_that_are_not_one_a_sentence_are_refused():
    from framing.errors import InputError
    from framing.segment import preceding

    text = "The quay shut at noon. Traders were angry."
    with pytest.raises(InputError, match="1 flag for 2 sentences"):
        preceding(text, split_sentences(text), 1, 1, furniture=[False])


LEAD_OPENERS = ["The ", "LONDON (Reuters) - ", "PARIS—", "Kyiv, Ukraine (AP) — ", "HOST: ", "Sen. Roe: ", "Q: ",
                "• ", "2) ", "(3) ", "14:05 GMT - ", "[10:05] ", "Éric ", "ÉRIC DUPONT: ", "Ana: ", "ab:", "A ",
                "I said: ", "Officials ", "x", "", " ", "\n", "KYIV — ", "Mr ROE: ", "Roe (via telephone): "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(LEAD_OPENERS), min_size=1, max_size=3).map("".join),
       st.text(alphabet=st.sampled_from("abcXYZ .:-—()0129[]'\n"), max_size=30))
def test_the_shortcut_for_sentences_opening_with_a_lower_case_word_changes_no_lead(opening, rest):
    from framing.datelines import _unmistakable_label_length
    from framing.segment import dateline_length, lead_length, list_mark_length
    from framing.furniture import stamp_length

    text = opening + rest
    assert lead_length(text) == (list_mark_length(text) or stamp_length(text) or dateline_length(text)
                                 or _unmistakable_label_length(text))


def test_splitting_a_transcript_needs_neither_the_span_rules_nor_numpy():
    """Sentence splitting reads quotation marks (a speaker's label inside them is no label) from this module
    alone: framing.spans, which reads this module's patterns, and numpy with it, stay unloaded."""
    import os
    import subprocess
    import sys

    code = ("import sys\n"
            "from framing.segment import quoted_regions, split_sentences\n"
            "text = 'MS. LIN:\\nWe will not resign.\\n\\nHOST:\\n\"Why not?\"\\n\\nMS. LIN:\\nBecause.'\n"
            "print([text[a:b] for a, b in split_sentences(text)], quoted_regions(text))\n"
            "print(sorted({'framing.spans', 'numpy'} & set(sys.modules)))\n")
    root = str(Path(__file__).resolve().parents[1])
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "PYTHONPATH": root})
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.splitlines() == [
        "['MS. LIN:\\nWe will not resign.', 'HOST:\\n\"Why not?\"', 'MS. LIN:\\nBecause.'] [(36, 46)]", "[]"]
    from framing.spans import quoted_regions as from_spans  # where the span rules' callers import it
    from framing.segment import quoted_regions

    assert from_spans is quoted_regions


def test_what_the_other_modules_import_from_the_segmenter_is_public():
    """The rest of the library imports only public names of the segmenter's four modules (they share private ones
    among themselves, and with abbreviations.py and datelines.py, which decide for segment.py whether a full stop
    ends a word and what opens a sentence without being its wording: one job split in six files)."""
    import pathlib
    import re

    import framing

    family = ("segment", "furniture", "turns", "textlines")
    for module in family:
        imported = {name.split(" as ")[0].strip() for path in pathlib.Path(framing.__file__).parent.glob("*.py")
                    if path.stem not in family + ("abbreviations", "datelines")
                    for names in re.findall(rf"^from \.{module} import (.+)$", path.read_text(encoding="utf-8"), re.M)
                    for name in names.split(",")}
        public = set(__import__(f"framing.{module}", fromlist=["__all__"]).__all__)
        assert imported and imported <= public, (module, imported - public)
        if module == "turns":
            assert "SPEAKER_ROLES" in imported


# German copy's guillemets, turned round: »…« and ›…‹ open and close
# as «…» and ‹…› do in French copy.

@pytest.mark.parametrize("opening, closing", [("»", "«"), ("«", "»"), ("„", "“"), ("›", "‹")])
def test_a_quotation_in_german_or_french_guillemets_opens_a_sentence_after_a_stop(opening, closing):
    text = f"Brenner said 40 trucks had left the depot. {opening}Das Amt hat gelogen{closing}, she wrote."
    assert sentences(text) == ["Brenner said 40 trucks had left the depot.",
                               f"{opening}Das Amt hat gelogen{closing}, she wrote."]


@pytest.mark.parametrize("opening, closing", [("»", "«"), ("«", "»")])
def test_a_closing_guillemet_after_a_stop_stays_with_its_sentence(opening, closing):
    text = f"{opening}Wir haben nichts verschwiegen.{closing} Der Minister trat am Montag zurück."
    assert sentences(text) == [f"{opening}Wir haben nichts verschwiegen.{closing}",
                               "Der Minister trat am Montag zurück."]
    # a quoted question before its speaker keeps the speaker
    text = f"{opening}Who pays for this?{closing} Greta Lindqvist asked the council."
    assert sentences(text) == [text]


def test_a_closing_guillemet_of_french_copy_opens_no_quotation():
    # spaced, a French closing mark after a stop opens nothing: it closes the quoted sentence, and the next one
    # starts after it
    text = "« Nous n'avons rien caché. » Le ministre est parti."
    assert sentences(text) == ["« Nous n'avons rien caché. »", "Le ministre est parti."]
    text = "Le ministre a dit : « Nous n'avons rien caché. »Puis il est parti."
    assert sentences(text) == [text]


@pytest.mark.parametrize("text, first", [
    ("Il a dit : « Nous partons. » Puis il est parti.", "Il a dit : « Nous partons. »"),
    ("Il a dit : « Nous partons.\u00a0» Puis il est parti.", "Il a dit : « Nous partons.\u00a0»"),
    ("Il a dit : « Nous partons . » Puis il est parti.", "Il a dit : « Nous partons . »"),
    ("Il a dit : « Partons-nous ? » Puis il est parti.", "Il a dit : « Partons-nous ? »"),
])
def test_a_spaced_french_closing_guillemet_after_a_stop_ends_the_sentence_with_it(text, first):
    # before, the blank before » left no boundary: the next sentence stuck to the quotation
    assert sentences(text) == [first, text[len(first) + 1:]]


def test_a_guillemet_opening_a_danish_quotation_after_a_stop_still_opens_the_next_sentence():
    assert sentences("Han gik. »Vi går,« sagde hun.") == ["Han gik.", "»Vi går,« sagde hun."]


@pytest.mark.parametrize("text", [
    "Das ist gut. » Wir gehen.",  # a German opening mark after a blank
    "Home. » News » World",  # a breadcrumb
    "C'est fini. › Il part.",  # a lone single guillemet
    "Il dit : « Nous partons.\n\nFin. » Il part.",  # the « opened in the paragraph above
    "Il dit : ‹ Nous partons.\nFin. › Il part.",  # the ‹ opened on the line above
    "« Oui », dit-il. Il part. » Rien.",  # the « was closed before the stop
])
def test_a_spaced_guillemet_closing_no_french_quotation_is_glued_to_no_sentence_before_it(text):
    # before, a » or › after a stop and a blank always closed the sentence: "Das ist gut. »" | "Wir gehen."
    assert not any(sentence.endswith(("»", "›")) for sentence in sentences(text))


def test_a_spaced_single_guillemet_closing_a_french_quotation_ends_the_sentence_with_it():
    assert sentences("Il a dit : ‹ Nous partons. › Puis il est parti.") == [
        "Il a dit : ‹ Nous partons. ›", "Puis il est parti."]


# A dialogue dash in mid-line, as translated copy writes a new speaker's turn.

@pytest.mark.parametrize("dash", ["—", "–"])
def test_a_dialogue_dash_after_a_stop_opens_a_new_sentence(dash):
    text = f"Brenner said 40 trucks had left the depot. {dash} That is false, the minister said."
    assert sentences(text) == ["Brenner said 40 trucks had left the depot.",
                               f"{dash} That is false, the minister said."]
    text = "Was it paid? — No, it was never paid, the minister said."
    assert sentences(text) == ["Was it paid?", "— No, it was never paid, the minister said."]


@pytest.mark.parametrize("text", [
    "FERGUSON, Mo. — The attorney general said so on Tuesday.",     # a dateline's state
    "AMHERST, N.H. — The governor said so on Tuesday.",             # or its initials
    "PELLSTON. — The governor said so on Tuesday.",                 # or a dateline in capitals
    '"We will win the vote." — Ana Roe',                             # a pull quote's signature
    "We will win the vote. — Ana Roe",                               # a signature without marks
    "The trucks left the depot. — Reuters",                          # an agency's sign-off
    "The minister — visibly tired — left early. — Then he came back, aides said.",  # an aside's closing dash
    "Shares of Acme Inc. — The widget maker — fell sharply.",       # an aside after an abbreviation
    "Prices rose in the U.S. — The index jumped, officials said.",  # after an initialism
])
def test_a_dash_after_a_stop_that_opens_no_speaker_s_turn_splits_nothing(text):
    assert sentences(text) == [text]


@pytest.mark.parametrize("text", [
    "The vote was close. — Reporting by Ana Roe in Kessel",
    "The vote was close. — Additional reporting by Tom Vance",
    "The vote was close. – Edited by Ana Roe and Tom Vance",
    "It was approved. — With files from Ana Roe",
    "He spoke for an hour. — AP writer Ana Roe contributed.",
    "Prices rose 3%. — Ana Roe contributed to this report.",
    "The team won. — Ana Roe, staff writer",
    "It rained. — This story has been updated.",
    "The vote is Tuesday. — Follow Ana Roe on X at @anaroe",
])
def test_a_dash_before_a_story_s_sign_off_splits_nothing(text):
    # before, each sign-off after the dash was cut off as a sentence of its own, a speaker's turn
    assert sentences(text) == [text]


def test_a_dash_before_words_that_only_open_like_a_sign_off_still_splits():
    for turn in ("— This story is false, the minister said.", "— Follow the money, she said.",
                 "— Ana Roe, the minister, said it was false."):
        assert sentences(f"He left early. {turn}") == ["He left early.", turn]


def test_a_dash_before_a_sign_off_s_words_credited_to_a_speaker_still_splits():
    # before, each was one sentence: the words fit a note on the story, and the credit after the comma was read
    # as more of the note
    for turn in ("— The story is part of a smear campaign, the minister said.",
                 "— The report was published in full, said the aide."):
        assert sentences(f"He left early. {turn}") == ["He left early.", turn]


# Quotations in German and French marks inside English copy (a Swiss or Belgian paper quoting its sources).

@pytest.mark.parametrize("text, expected", [
    ("Das ist gut. » Wir gehen.", ["Das ist gut.", "» Wir gehen."]),  # a German opening mark after a blank
    ("He wrote „Das ist gut.“ The council agreed on Monday.",
     ["He wrote „Das ist gut.“", "The council agreed on Monday."]),
    ("The Bieler Tagblatt quoted her: „Wir gehen nicht.“ The strike went on.",
     ["The Bieler Tagblatt quoted her: „Wir gehen nicht.“", "The strike went on."]),
    ("Le Soir quoted him: « Nous ne partirons pas. » The talks resumed on Tuesday.",
     ["Le Soir quoted him: « Nous ne partirons pas. »", "The talks resumed on Tuesday."]),
])
def test_a_sentence_ends_after_a_german_or_french_quotation_s_closing_mark_or_before_its_opening_mark(text, expected):
    # before, "Das ist gut. » Wir gehen." was one sentence, and so was a quotation closed by German copy's “ with
    # the sentence after it
    assert sentences(text) == expected


@pytest.mark.parametrize("text", [
    "« Pourquoi ? » Marc demande.",
    "« Pourquoi ? » Marc Dubois demanda au maire.",
    "« C'est fini ! » Claire Roux répond.",
    "„Warum?“ Marc asked.",
    "„Warum?“ Greta Lindqvist fragte.",
    "»Warum?« Greta Lindqvist sagte.",
    "„Warum?“ fragte Marc.",
    "« Pourquoi ? » demande Marc.",
])
def test_a_quoted_question_in_german_or_french_marks_keeps_its_speaker(text):
    # before, "« Pourquoi ? »" and "Marc demande." were two sentences: a French or German verb of saying after the
    # speaker was not read as one, nor German copy's “ as a closing mark
    assert sentences(text) == [text]


@pytest.mark.parametrize("text, expected", [
    ("« Pourquoi ? » Marc Dubois left the room.", ["« Pourquoi ? »", "Marc Dubois left the room."]),
    ("„Warum?“ The council met on Monday.", ["„Warum?“", "The council met on Monday."]),
    ("He said „Ja.“ Das Amt schwieg.", ["He said „Ja.“", "Das Amt schwieg."]),
    ("Sie schrieb: “Das Amt hat gelogen.” Dann ging sie.",
     ["Sie schrieb: “Das Amt hat gelogen.”", "Dann ging sie."]),
])
def test_a_quotation_in_german_or_french_marks_without_a_verb_of_saying_after_it_ends_its_sentence(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The trial was run by Prof. Ines Farrow, Ph.D. Patients in the U.S. were not enrolled.",
     ["The trial was run by Prof. Ines Farrow, Ph.D.", "Patients in the U.S. were not enrolled."]),
    ("The clinic is headed by Tomas Brandt, M.D. Nurses there work twelve-hour shifts.",
     ["The clinic is headed by Tomas Brandt, M.D.", "Nurses there work twelve-hour shifts."]),
    # a degree not after a name's comma, another degree or a word going on with the sentence holds
    ("Jane Roe, Ph.D. FACS, led the review.", ["Jane Roe, Ph.D. FACS, led the review."]),
    ("Jane Roe, M.D., M.P.H., led the review.", ["Jane Roe, M.D., M.P.H., led the review."]),
    ("Jane Roe, Ph.D. candidate at Kessel, led it.", ["Jane Roe, Ph.D. candidate at Kessel, led it."]),
])
def test_a_degree_after_a_name_ends_the_sentence_before_a_capitalised_word(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text", [
    "Her running mate, J.D. Vance, spoke in Dayton on Monday.",
    "On Monday, J.D. Vance said he would run.",
    "The hospital, M.D. Anderson, opened a ward in May.",
    "The head nurse, R.N. Kapoor, said staff were tired.",
    "The letter was signed by Ana Ruiz, J.D. Vance and Tom Bell.",
    "Ana Voss, M.D., said the clinic was safe.",
    "Tom Rell J.D. joined the firm in May.",
    "The vote was led by J. D. Vance and others.",
    # a given name of either sex before a name of other words is no given name and surname ("Kim Jong-un")
    "After he met Kim Jong-un, J.D. Vance flew home.",
    "After he met Kim Jong Un, J.D. Vance flew home.",
])
def test_initials_like_a_degree_after_a_comma_open_a_name(text):
    assert sentences(text) == [text]


@pytest.mark.parametrize("text, expected", [
    ("The ward is run by Ines Olde, R.N. Patients praised her.",
     ["The ward is run by Ines Olde, R.N.", "Patients praised her."]),
    ("The firm hired Tom Rell, J.D. Clients were pleased.", ["The firm hired Tom Rell, J.D.", "Clients were pleased."]),
    ("She holds an M.D. The clinic opened in May.", ["She holds an M.D.", "The clinic opened in May."]),
    # before, a given name of either sex ("Kim", "Sam") was no person's for this, and the two sentences were one
    ("Kim Olde, R.N. Patients praised her.", ["Kim Olde, R.N.", "Patients praised her."]),
    ("The firm hired Sam Rell, J.D. Clients were pleased.", ["The firm hired Sam Rell, J.D.", "Clients were pleased."]),
])
def test_a_two_letter_degree_after_a_persons_name_still_ends_its_sentence(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    # before, "Then" and "Later", no words that open most sentences, kept the degree's sentence going
    ("She earned a Ph.D. Then she moved to Oslo.", ["She earned a Ph.D.", "Then she moved to Oslo."]),
    ("Tomas Brandt got his M.D. Later he ran the clinic.", ["Tomas Brandt got his M.D.", "Later he ran the clinic."]),
    ("She finished an M.A. Then she joined the Ledger.", ["She finished an M.A.", "Then she joined the Ledger."]),
    # a word going on with the sentence, or a degree naming something after "the", holds
    ("She earned a Ph.D. in physics in Kessel.", ["She earned a Ph.D. in physics in Kessel."]),
    ("The Ph.D. Program at Kessel grew.", ["The Ph.D. Program at Kessel grew."]),
])
def test_a_degree_written_as_a_noun_ends_the_sentence_before_a_capitalised_word(text, expected):
    assert sentences(text) == expected


def test_a_quotation_in_doubled_apostrophes_reads_as_one_in_double_marks():
    text = "''She will crush you to win. That's who she is,'' Ms. Ruiz said. The crowd's ''chant'' grew."
    assert _quoted(text) == ["''She will crush you to win. That's who she is,''", "''chant''"]
    # one mark of each is a quotation in single marks, as before
    assert _quoted("'She will win,' Ms. Ruiz said.") == ["'She will win,'"]


def test_hard_wrapped_ocr_copy_with_stray_runs_of_spaces_is_joined():
    # a justified column read by OCR keeps its spread-out spacing: a line with a run of blanks is no table's row
    # unless a word after the run starts where one does on the line above or below
    text = ("The council met in the Tollmere Legion hall on Monday\n"
            "night to hear from residents who live   along the river\n"
            "and who said that nobody at the depot had answered a\n"
            "single letter in   six years, and that the smell comes\n"
            "back every spring.   \"I have never seen the water so\n"
            "brown,\" said Ferris Wyeth, a retired mail carrier from\n"
            "the east end of   town, who has lived on the bank since\n"
            "1952 and who said he had written to   the council and\n"
            "Dorrit Almquist, the councillor for the ward, twice a\n"
            "year since the spill was first reported by a reader.\n")
    assert [" ".join(s.split()) for s in sentences(text)] == [
        "The council met in the Tollmere Legion hall on Monday night to hear from residents who live along the "
        "river and who said that nobody at the depot had answered a single letter in six years, and that the smell "
        "comes back every spring.",
        "\"I have never seen the water so brown,\" said Ferris Wyeth, a retired mail carrier from the east end of "
        "town, who has lived on the bank since 1952 and who said he had written to the council and Dorrit "
        "Almquist, the councillor for the ward, twice a year since the spill was first reported by a reader."]


def test_a_printed_page_s_own_lines_stand_alone_in_hard_wrapped_copy():
    # a running head and jump lines left by OCR inside a sentence: the copy does not run on into them, nor they
    # into the copy below, though it goes on in lower case or the line above was filled
    text = ("KELLSBY, Ont. (XP) - The council voted on Monday to\n"
            "ask the province for an inquiry into the harbour\n"
            "commission, whose accounts have not been opened to\n"
            "the public since the spring. Councillor Dorrit Almquist\n"
            "said she would ask for the file to be opened before\n"
            "Continued on Page B3\n"
            "\fTHE DAILY HARBINGER, TUESDAY, MARCH 4, 1997  B3\n"
            "Continued from Page 1\n"
            "the next meeting, and that the commission had not\n"
            "answered a single letter from residents in six years.\n")
    assert [" ".join(s.split()) for s in sentences(text)] == [
        "KELLSBY, Ont. (XP) - The council voted on Monday to ask the province for an inquiry into the harbour "
        "commission, whose accounts have not been opened to the public since the spring.",
        "Councillor Dorrit Almquist said she would ask for the file to be opened before",
        "Continued on Page B3", "THE DAILY HARBINGER, TUESDAY, MARCH 4, 1997 B3", "Continued from Page 1",
        "the next meeting, and that the commission had not answered a single letter from residents in six years."]


def test_a_newspaper_s_own_picture_credit_stands_alone_amid_the_copy_ocr_ran_it_into():
    # OCR of a page set a caption and its credit inside a sentence: the copy below, in lower case, is no part of it
    text = ("\"We have the invoices and we have the photographs,\" Varga\n"
            "told a packed meeting at the Legion hall on Monday.\n"
            "Mayor Ilse Varga speaks to reporters outside city hall.\n"
            "(Harbinger photo by Ron Pettit)\n"
            "residents said the smell returns every spring, and that\n"
            "children no longer swim at the old quarry in the summer.\n")
    assert [" ".join(s.split()) for s in sentences(text)][-2:] == [
        "(Harbinger photo by Ron Pettit)",
        "residents said the smell returns every spring, and that children no longer swim at the old quarry in the "
        "summer."]
