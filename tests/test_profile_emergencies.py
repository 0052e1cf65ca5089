"""Credits, sources and denials in copy about crime, policing and emergencies (audit a55c): arrests and charges,
police and fire officials, missing-person appeals, liveblog entries and briefing transcripts, the accused's lawyers
and the witnesses; on hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, FACT, profile_of


@pytest.mark.parametrize("pronoun, side, credit", [("her", "office", "roe's office"),
                                                    ("his", "lawyers", "ekberg's lawyers")])
def test_his_or_her_side_after_a_titled_person_opening_the_sentence_is_that_person_s_not_the_last_speaker(
        pronoun, side, credit):
    name = "Tamsin Roe" if pronoun == "her" else "Tomas Ekberg"
    profile = profile_of(
        ('"We had ten minutes to get out," said Oskar Brandl, who lives by the river.', CLAIM,
         {"source": ["Oskar Brandl"], "cue": ["said"]}),
        ("Another resident, Greta Lund, said the sirens never sounded.", CLAIM,
         {"source": ["Another resident, Greta Lund"], "cue": ["said"]}),
        (f"Governor {name} has declared a state of emergency in three counties, {pronoun} {side} said.", CLAIM,
         {"source": [f"{pronoun} {side}"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["oskar brandl", "greta lund", credit]

