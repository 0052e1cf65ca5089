"""Credits, sources and denials in opinion columns, editorials and analysis pieces that quote sources (the writer's
own voice beside attributed claims, a columnist interviewed in a Q&A, a panel's transcript), on hand-built
sentences."""

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
