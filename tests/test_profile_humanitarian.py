"""Credits in humanitarian and aid coverage, on hand-built sentences: an aid body's short name after its staff are
quoted with its name in capitals."""

import pytest

from test_profile_rebuttals import LABELS, profile_of

FACT, CLAIM, DENIAL, OPINION = LABELS


@pytest.mark.parametrize("body", ["Harrow Relief Alliance", "Tessan Aid Coalition", "Open Fields Network"])
def test_a_body_s_short_name_after_its_staff_member_written_with_it_in_capitals_is_that_body(body):
    # before, "Ines Varga, the Alliance's country director" made the capitalised possessive another body, so a later
    # "The Alliance" was a source of its own, "alliance"; the lower-case "the alliance's" was joined already
    noun = body.rpartition(" ")[2]
    credits = profile_of(
        (f"The {body} warned that 40,000 people could run out of food by June.", CLAIM, f"The {body}"),
        (f"Ines Varga, the {noun}'s country director, said families were selling their goats.", CLAIM,
         f"Ines Varga, the {noun}'s country director"),
        (f"The {noun} called on both sides to open the northern road to convoys.", CLAIM, f"The {noun}"),
    )["credits"]
    assert credits == [body.lower(), "ines varga", body.lower()]
