"""Sentence ends in American local copy: titles of councils and police ("Ald.", "Ofc.") and street addresses."""

import pytest

from framing.furniture import page_furniture
from framing.segment import split_sentences


def pieces(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize("title", ["Ald.", "Comm.", "Ofc.", "Sup.", "Del.", "Lieut."])
def test_a_local_title_before_a_name_holds_its_stop(title):
    text = f"The vote was close. {title} Nora Bellweather (44th) said she was undecided."
    assert pieces(text) == ["The vote was close.", f"{title} Nora Bellweather (44th) said she was undecided."]


def test_a_local_title_after_a_place_holds_its_stop_but_delaware_after_a_comma_ends_the_sentence():
    assert len(pieces("Chicago Ald. Ed Burke spoke first.")) == 1
    assert pieces("He lives in Dover, Del. Officials said so.") == ["He lives in Dover, Del.", "Officials said so."]


def test_a_local_title_before_a_sentence_word_ends_it():
    assert pieces("She thanked the Ald. The meeting ended.") == ["She thanked the Ald.", "The meeting ended."]


@pytest.mark.parametrize("text", [
    "Officers arrived at 3100 W. Division St. Upon arrival, they saw a man.",
    "The event is at 100 N. Main St. Tickets are free.",
    "Services are at First Methodist Church, 300 W. Church St. In lieu of flowers, send cards.",
    "Crews worked in the 400 block of Larkspur Dr. Residents were told to stay inside.",
    "The shop at 12 W. 34th St. Owners said it would reopen.",
])
def test_a_street_address_ending_a_sentence_ends_it(text):
    first, second = pieces(text)
    assert first.endswith(("St.", "Dr.")) and second[:1].isupper()


@pytest.mark.parametrize("text", [
    "He went to St. Ignatius on Sunday.",
    "He met St. Mark's pastor on Sunday.",
    "The chapel at 300 St. Mark's Place was full.",
    "The road at 12 Elm St. SE was shut.",
    "In 2020 Health Minister Dr. Ada Moe spoke.",
    "Hosted by Cmdr. Frank Ruiz. $5.",
    "White House COVID-19 Adviser Dr. Anton Feld said the risk was low.",
    "The 1980 Mount St. Helens eruption killed 57 people.",
    "About 300 Port St. Lucie residents attended the meeting.",
])
def test_a_saint_a_doctor_a_compass_point_or_a_price_keeps_one_sentence(text):
    assert pieces(text) == [text]


def furniture(text: str) -> list[str]:
    bounds = split_sentences(text)
    return [text[start:end] for (start, end), flag in zip(bounds, page_furniture(text, bounds)) if flag]


HEADLINE = "Council backs bike lanes"
STORY = "The council voted 7-2 on Tuesday.\n\nCho said the lanes would open in May."
LATER = "The vote came after a four-hour hearing."


@pytest.mark.parametrize("line", [
    "Contact Maria Lopez at mlopez@brookhavenledger.example or 555-201-3344.",
    "Reach reporter Dan Ito at 555-201-9000.",
    "Contact the newsroom at news@brookhavenledger.example or (555) 214-3300.",
    "Compiled by Ledger staff.",
    "Reach him directly at dito@brookhavenledger.example.",
    "Email us at tips@brookhavenledger.example.",
])
def test_a_contact_line_or_a_staff_compilation_is_page_furniture(line):
    assert furniture(f"{HEADLINE}\n\n{STORY}\n\n{line}") == [HEADLINE, line]
    assert furniture(f"{HEADLINE}\n\n{STORY}\n\n{line}\n\n{LATER}") == [HEADLINE, line]


@pytest.mark.parametrize("line", [
    "Contact was lost at 9 p.m. on Tuesday.",
    "Call Det. Ann Reyes at 555-744-2100 with any information.",
    "Reach the park at the north gate.",
])
def test_copy_that_only_opens_like_a_contact_line_is_copy(line):
    assert furniture(f"{HEADLINE}\n\n{STORY}\n\n{line}\n\n{LATER}") == [HEADLINE]


@pytest.mark.parametrize("dateline", ["PELLSTON, Mich. -- ", "NORTH AUDLEY, Vt. (AP) -- ", "PELLSTON, Mich. (AP) — "])
def test_a_small_town_s_dateline_with_its_state_is_one_whatever_follows(dateline):
    # a town no list knows: its state's abbreviation or the agency makes it a dateline, even before a person described
    from framing.segment import lead_length
    for rest in ("The mayor said the airport would close.", "Police said the airport would close."):
        assert lead_length(dateline + rest) == len(dateline)
        assert pieces(f"Airport to close\n\n{dateline}{rest} Pilots were angry.")[1:] == [dateline + rest,
                                                                                           "Pilots were angry."]
