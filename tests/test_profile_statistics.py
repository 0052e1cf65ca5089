"""Credits and denials in copy on official statistics and economic data, on hand-built sentences: a statistics
office's tables or numbers are its own word."""

from test_profile_credits import CLAIM, profile_of


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