"""Denial pairs in a liveblog printed newest first: a denial answers the allegation posted before it, which stands
below it on the page; on hand-built sentences."""

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of

HEAD = ("Ferry strike: live updates", FACT, {})
DENIED = ("The trust denied refusing to meet the union.", DENIAL, {"source": ["The trust"], "cue": ["denied"]})
ACCUSED = ("Union leaders accused the trust of refusing to meet them.", CLAIM,
           {"source": ["Union leaders"], "cue": ["accused"]})
COST = ("The mayor said the strike had cost the town a million pounds.", CLAIM,
        {"source": ["The mayor"], "cue": ["said"]})
LATER = ("The mayor said the trust had refused to meet the union.", CLAIM, {"source": ["The mayor"], "cue": ["said"]})


def stamped(time, row):
    words, label, marks = row
    return (f"{time} {words}", label, marks)


def pairs(*rows):
    return [(p["denial"], p["allegation"]) for p in profile_of(*rows, gap="\n\n")["denials"]]


def test_a_denial_in_a_liveblog_printed_newest_first_answers_the_allegation_below_it():
    assert pairs(HEAD, stamped("11:20", DENIED), stamped("10:05", ACCUSED), stamped("09:40", COST)) == [(1, 2)]
    # a claim posted after the denial, printed above it, is none it answers
    assert pairs(HEAD, stamped("12:10", LATER), stamped("11:20", DENIED), stamped("10:05", ACCUSED)) == [(2, 3)]
    # stamps with a dash and in "a.m." and "p.m." are read alike
    assert pairs(HEAD, stamped("1:20 p.m. -", DENIED), stamped("11:05 a.m. -", ACCUSED)) == [(1, 2)]


def test_a_liveblog_printed_oldest_first_or_times_out_of_order_keep_the_page_s_order():
    assert pairs(HEAD, stamped("09:40", COST), stamped("10:05", ACCUSED), stamped("11:20", DENIED)) == [(3, 2)]
    # times neither rising nor falling throughout (a timeline recalled): the page's order
    assert pairs(HEAD, stamped("10:05", ACCUSED), stamped("11:20", DENIED), stamped("09:40", COST)) == [(2, 1)]
    # no stamps: the page's order
    assert pairs(HEAD, ACCUSED, DENIED) == [(2, 1)]
