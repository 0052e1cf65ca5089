"""Credits, sources and denials in celebrity and tabloid copy, on hand-built sentences: an entertainment show's
transcript whose hosts are labelled by full name once and by surname after; a star's representatives, agencies,
studios and gossip accounts; posts quoted after a colon; a star's role word before the name."""

from test_transcripts import credits_of, turns_of


SHOW = ("Showbiz Tonight with Carla Brisk\n\n"
        "CARLA BRISK: Good evening. I'm joined by Jules Harker.\n\n"
        "JULES HARKER: Thanks, Carla. The singer says she was snubbed.\n\n"
        "BRISK: And what does the academy say?\n\n"
        "HARKER: It denies it.\n\n"
        "BRISK: Thank you.\n\n"
        "HARKER: Pleasure.")


def test_names_in_capitals_written_in_full_once_then_by_surname_are_a_transcript():
    assert [label for label, _, _ in turns_of(SHOW)] == ["CARLA BRISK", "JULES HARKER", "BRISK", "HARKER", "BRISK",
                                                         "HARKER"]
    found, _ = credits_of(SHOW)
    assert [credit for _, credit in found[1:]] == ["carla brisk", "carla brisk", "jules harker", "jules harker",
                                                   "carla brisk", "jules harker", "carla brisk", "jules harker"]


def test_a_full_name_in_capitals_once_and_another_label_recurring_are_still_no_transcript():
    # the full name's surname labels no line of its own: as before, no exchange
    text = SHOW.replace("BRISK: ", "DUNE: ").replace("CARLA DUNE: ", "CARLA BRISK: ")
    assert turns_of(text) == []
