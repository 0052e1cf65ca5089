"""Credits and denials in copy on official statistics and economic data, on hand-built sentences: a statistics
office's tables or numbers are its own word; a former official of a body speaks for it no more, so its claim is
what the body's denial answers."""

from test_profile_credits import CLAIM, DENIAL, profile_of


def test_a_statistics_office_s_tables_or_numbers_are_its_own_word():
    for span in ("the bureau's own tables", "the bureau's latest tables", "the bureau's numbers",
                 "the bureau's monthly bulletin"):
        profile = profile_of(
            ("The Ledon Bureau of Statistics said unemployment fell to 5.2 percent.", CLAIM,
             {"source": ["The Ledon Bureau of Statistics"], "cue": ["said"]}),
            (f"According to {span}, part-time work rose by 9 percent.", CLAIM,
             {"source": [span], "cue": ["According to"]}),
        )
        assert profile["credits"] == ["ledon bureau of statistics"] * 2, span
    # a table that is no one's stays a table
    profile = profile_of(("According to the tables, part-time work rose.", CLAIM,
                          {"source": ["the tables"], "cue": ["According to"]}))
    assert profile["credits"] == ["tables"]


def test_a_former_official_s_claim_is_what_the_body_s_denial_answers():
    rows = [("The bureau denied changing its method.", DENIAL, {"source": ["The bureau"], "cue": ["denied"]}),
            ("A former bureau official said staff had raised concerns about the timing.", CLAIM,
             {"source": ["A former bureau official"], "cue": ["said"]}),
            ("The bureau said it had no record of such concerns.", DENIAL,
             {"source": ["The bureau"], "cue": ["said"]})]
    assert [pair["allegation"] for pair in profile_of(*rows)["denials"]] == [None, 1]
    rows[1] = ("The bureau's former director, Ana Lisk, said staff had raised concerns about the timing.", CLAIM,
               {"source": ["The bureau's former director, Ana Lisk"], "cue": ["said"]})
    assert [pair["allegation"] for pair in profile_of(*rows)["denials"]] == [None, 1]
    # one still in the role speaks for the body: its claim is the body's own, no allegation
    rows[1] = ("A senior bureau official said staff had raised concerns about the timing.", CLAIM,
               {"source": ["A senior bureau official"], "cue": ["said"]})
    assert [pair["allegation"] for pair in profile_of(*rows)["denials"]] == [None, None]
