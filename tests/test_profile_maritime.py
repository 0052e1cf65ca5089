"""Credits, sources and denials in maritime and shipping copy (port strikes, tanker seizures, collisions, abandoned
crews, ship registries, coastguards), on hand-built sentences: a Q&A whose introduction says "She spoke to us"
after naming the one it is with gives her the answers."""

from test_transcripts import credits_of


def test_a_q_and_a_introduced_by_she_spoke_to_us_gives_the_answers_to_the_person_named_before():
    text = ("Q&A: How tankers go dark\n\nCapt. Hester Voland was harbour master of Carrow for 20 years. "
            "She spoke to us about transponders.\n\nQ: How often do they switch off?\nA: Every week. "
            "Some never switch back on.")
    credits, _ = credits_of(text)
    assert [credit for _, credit in credits][3:] == ["q (interviewer)", "hester voland", "hester voland"]
    # talking to reporters, whom the writer need not be among, names no one the interview is with
    credits, _ = credits_of(text.replace("to us", "to reporters"))
    assert [credit for _, credit in credits][4:] == ["a (interviewee)"] * 2
