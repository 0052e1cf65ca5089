"""Profiles of non-story formats: timelines, lettered and numbered lists, crossheads, pull quotes."""
import pytest

from framing.profile import build_profile
from test_profile import LABELS, document


@pytest.mark.parametrize("mark", ["2009 — ", "2009 - ", "2009: ", "March 3: ", "March 3, 2024 — ", "3 March — ",
                                  "Jan. 5: ", "1) ", "2. ", "b) ", "(c) "])
def test_a_timeline_s_or_list_s_entry_mark_does_not_hide_the_company_that_the_company_means(mark):
    s = document(
        (f"{mark}Aquavance Ltd signs a 25-year contract to run the city's pumps.", "reported_fact", None),
        (f"{mark}The regulator says the pumps are too old.", "attributed_claim", "The regulator"),
        (f"{mark}The company says it will appeal.", "attributed_claim", "The company"),
    )
    p = build_profile(s, LABELS)
    assert p["credits"] == [None, "regulator", "aquavance ltd"]


def test_a_figure_that_opens_a_sentence_is_no_timeline_mark():
    s = document(
        ("Aquavance Ltd runs the city's pumps.", "reported_fact", None),
        ("2009 was the year Torvane Ltd signed the contract.", "reported_fact", None),
        ("The company says it will appeal.", "attributed_claim", "The company"),
    )
    # a year that is the sentence's subject is no mark: Torvane Ltd does not open it, and the company is Aquavance
    assert build_profile(s, LABELS)["credits"][2] == "aquavance ltd"
