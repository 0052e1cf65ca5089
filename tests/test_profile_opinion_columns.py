"""Credits, sources and denials in opinion columns, editorials and analysis pieces that quote sources (the writer's
own voice beside attributed claims, a columnist interviewed in a Q&A, a panel's transcript), on hand-built
sentences."""

from test_profile_credits import CLAIM, DENIAL, FACT, OPINION, profile_of
from test_transcripts import credits_of


def test_a_qa_introduced_as_talking_to_our_reporter_gives_the_answers_to_the_person_named_before():
    # before, "our reporter" was no talking to the writer's outlet, and "The Riverside Courier's" read as a second
    # person "him" might mean, so each answer was "a (interviewee)"'s
    text = ("Q&A: Policing the estates\n\nThe Riverside Courier's crime columnist, Rex Hallam, has covered the "
            "force for 25 years. He spoke to our reporter Nina Obi.\n\nQ: Why now?\nA: Because the numbers have "
            "never been worse.")
    credits, _ = credits_of(text)
    assert [credit for _, credit in credits][-2:] == ["q (interviewer)", "rex hallam"]
    credits, _ = credits_of(text.replace("our reporter Nina Obi", "our correspondent"))
    assert [credit for _, credit in credits][-1] == "rex hallam"
    credits, _ = credits_of("Rex Hallam, a crime columnist, spoke to our political reporter.\n\nQ: Why now?\n"
                            "A: Because the numbers have never been worse.")
    assert [credit for _, credit in credits][-1] == "rex hallam"
    # talking to "our rivals" is no talking to the writer's outlet
    credits, _ = credits_of(text.replace("our reporter Nina Obi", "our rivals"))
    assert [credit for _, credit in credits][-1] == "a (interviewee)"
    # a second person named before still leaves "He" to no one
    credits, _ = credits_of(text.replace("The Riverside Courier's", "Tom Vell's"))
    assert [credit for _, credit in credits][-1] == "a (interviewee)"


def test_it_saying_in_a_transcript_turn_is_the_body_the_turn_named_or_asked_just_before():
    # before, "It says" (the present) and "In a statement, it said" were the host's own words, and a body asked for
    # a response was none "it" might mean, so each went to the host
    text = ("Q&A: Policing the estates\n\nRex Hallam spoke to our reporter.\n\nQ: The Police Federation rejects that. "
            "It says paperwork has been cut by a quarter.\nA: I have read their figures.")
    for said in ("It says", "In a statement, it said", "It also insists"):
        credits, _ = credits_of(text.replace("It says", said), {2: DENIAL, 3: DENIAL}, {2: ["The Police Federation"]})
        assert credits[3][1] == "police federation", said
    panel = ("THE WEEK - Transcript\n\nHOST (ANNA KESTREL): Good morning.\n\nKESTREL: We asked the ministry for a "
             "response. In a statement, it said every route would be protected.\n\nDALGAARD: Ten years is not long."
             "\n\nKESTREL: Thank you.\n\nDALGAARD: Thanks.")
    credits, _ = credits_of(panel, {3: DENIAL})
    assert credits[3] == ("In a statement, it said every route would be protected.", "ministry")
    # the host's own idiom stays the host's
    credits, _ = credits_of(text.replace("It says paperwork has been cut by a quarter", "It says a lot about them"),
                            {2: DENIAL, 3: DENIAL}, {2: ["The Police Federation"]})
    assert credits[3][1] == "q (interviewer)"


def test_it_speaking_just_after_the_writer_asked_a_body_for_a_response_is_that_body():
    # before, "We asked the ministry for a response." named no body "it" might mean: the statement was no one's
    said = ("In a statement, it said every route would be protected.", DENIAL, {"cue": ["said"]})
    profile = profile_of(("Islanders fear the sale.", FACT, {}), ("We asked the ministry for a response.", FACT, {}),
                         said)
    assert profile["credits"] == [None, None, "ministry"]
    # a person asked is no "it"
    profile = profile_of(("Islanders fear the sale.", FACT, {}), ("We asked Tom Vell for a response.", FACT, {}),
                         said)
    assert profile["credits"] == [None, None, None]


def test_a_long_phrase_of_when_opening_a_fact_leaves_its_person_the_one_she_means():
    # before, an opener of more than six words hid the subject, so the quotation after was no one's
    said = ('"It looked like snow," she said.', CLAIM, {"source": ["she"], "cue": ["said"]})
    for when in ("On the morning of 3 August last year,", "In the early hours of a wet Sunday in March,"):
        profile = profile_of((f"{when} Petra Lindahl walked down to the river and found it white with dead fish.",
                              FACT, {}), said, gap="\n\n")
        assert profile["credits"] == [None, "petra lindahl"], when
    # a long opener that tells no time is read as before
    profile = profile_of(("In a move that angered the union and its many members, Petra Lindahl quit.", FACT, {}),
                         said, gap="\n\n")
    assert profile["credits"] == [None, None]


def test_the_publication_itself_after_this_is_the_writer_s_own_reporting_and_no_source():
    # before, "this newspaper" marked as a source was one, and "by this newspaper under" a source "this newspaper under"
    opening = ("Fenmoor General Hospital has a problem.", OPINION, {})
    profile = profile_of(opening, ("Over the past month this newspaper has reported that 14 patients waited.", CLAIM,
                                   {"source": ["this newspaper"], "cue": ["has reported"]}))
    assert profile["credits"] == [None, None] and profile["sources"] == []
    profile = profile_of(("Corran has always maintained that the leak was small.", DENIAL, {"source": ["Corran"]}),
                         ("Documents obtained by this newspaper under freedom of information rules tell a different "
                          "story.", CLAIM, {"source": ["by this newspaper under"], "cue": ["tell"]}))
    assert profile["credits"] == ["corran", None]
    # the account before does not go on over it
    profile = profile_of(("Tom Vell said the ward was full.", CLAIM, {"source": ["Tom Vell"], "cue": ["said"]}),
                         ("This site has reported that 14 patients waited.", CLAIM, {"source": ["This site"]}))
    assert profile["credits"] == ["tom vell", None]
    # "the newspaper" may be another the copy named
    profile = profile_of(opening, ("The newspaper has reported that 14 patients waited.", CLAIM,
                                   {"source": ["The newspaper"], "cue": ["has reported"]}))
    assert profile["credits"] == [None, "newspaper"]


def test_an_owner_s_papers_speak_for_their_owner():
    # before, "the ministry's own budget papers" was a source of its own, "ministry's budget papers"
    ministry = ("The Health Ministry insists that the problem is local.", DENIAL,
                {"source": ["The Health Ministry"], "cue": ["insists"]})
    profile = profile_of(ministry, ("According to the ministry's own budget papers, funding per patient has fallen.",
                                    CLAIM, {"source": ["the ministry's own budget papers"], "cue": ["According to"]}))
    assert profile["credits"] == ["health ministry"] * 2 and len(profile["sources"]) == 1
    # a paper in the singular may be a newspaper
    profile = profile_of(ministry, ("According to the Herald's paper, funding has fallen.", CLAIM,
                                    {"source": ["the Herald's paper"], "cue": ["According to"]}))
    assert profile["credits"] == ["health ministry", "herald's paper"]



def test_a_book_column_or_essay_after_his_or_her_is_the_writer_s_own_word():
    columnist = ("Rex Hallam, the Courier's columnist, has long opposed the plan.", CLAIM,
                 {"source": ["Rex Hallam, the Courier's columnist"], "cue": ["has long opposed"]})
    for writing in ("His new book", "His latest column", "Rex Hallam's essay"):
        profile = profile_of(columnist, (f"{writing} argues that the city is dying.", CLAIM,
                                         {"source": [writing], "cue": ["argues"]}))
        assert profile["credits"] == ["rex hallam", "rex hallam"]
    # "her" does not mean him: the essay stays a source of its own
    profile = profile_of(columnist, ("Her essay argues that the city is dying.", CLAIM,
                                     {"source": ["Her essay"], "cue": ["argues"]}))
    assert profile["credits"][1] == "essay"
