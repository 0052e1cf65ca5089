"""Credits, sources and denial pairs in copy about religious institutions and charities (audit a60c): safeguarding
inquiries, church and charity statements, survivors' groups and their lawyers, the charity regulator, trustees and
donors; on hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, profile_of


@pytest.mark.parametrize("title", ["Brother", "Sister"])
def test_a_religious_order_s_brother_or_sister_is_a_title_not_a_word_of_the_name(title):
    profile = profile_of((f"{title} Orla Farrelly, the order's provincial leader, said no land had been sold.", DENIAL,
                          {"source": [f"{title} Orla Farrelly, the order's provincial leader"], "cue": ["said"]}),
                         ("Farrelly said the delays were caused by the volume of claims.", DENIAL,
                          {"source": ["Farrelly"], "cue": ["said"]}))
    assert profile["credits"] == ["orla farrelly", "orla farrelly"]
    assert [entry["display"] for entry in profile["sources"]] == ["Orla Farrelly"]


@pytest.mark.parametrize("name", ["Brother Industries", "Sister Sledge"])
def test_brother_or_sister_before_one_word_stays_in_the_name(name):
    profile = profile_of((f"{name} said the tour would go ahead.", CLAIM, {"source": [name], "cue": ["said"]}))
    assert profile["credits"] == [name.lower()]
