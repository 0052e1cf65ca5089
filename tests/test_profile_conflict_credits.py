"""Credits in conflict coverage, on hand-built sentences: "he" or "she" after a person named as a sentence's
subject, accounts that end at a new subject or a liveblog entry, the outlet's own correspondent, subjects whose cue
comes after their clause, and "UN" as "United Nations"."""

import pytest

import framing
from framing import Document, InputError
from framing.profile import build_profile
from framing.source_find_openings import opening_subject
from framing.sources import normalise_source
from test_profile_rebuttals import _sentences, profile_of

LABELS = framing.LABELS
FACT, CLAIM, DENIAL, OPINION = LABELS


def credits(*rows):
    return profile_of(*rows)["credits"]


def document(*rows):
    sentences, labels, text = _sentences(rows)
    return Document(text, tuple(sentences), build_profile(sentences, labels, text))


def test_he_or_she_after_a_person_named_with_a_role_as_the_subject_of_an_uncredited_sentence_is_that_person():
    # a title before the name: not the ambassador who spoke before
    assert credits(
        ("Ambassador Rui Toma rejected the criticism of the council.", DENIAL, "Ambassador Rui Toma"),
        ("Velmark's President Oren Task was asked on Tuesday whether his troops had crossed.", FACT, None),
        ("He said the question was a provocation.", DENIAL, "He"),
    ) == ["rui toma", None, "oren task"]
    # a role in an appositive: she is the spokeswoman, not no one
    assert credits(
        ("The Dravonian ministry said it would show the fragments.", CLAIM, "The Dravonian ministry"),
        ("Dana Holm, a Velmark spokeswoman, spoke on Wednesday.", FACT, None),
        ("She said the strike was staged.", DENIAL, "She"),
    ) == ["dravonian ministry", None, "dana holm"]
    # a role before the name, with its sex
    assert credits(
        ("Corvin Ash said the convoy carried aid.", CLAIM, "Corvin Ash"),
        ("Velmark's foreign ministry spokeswoman Dana Holm went further.", FACT, None),
        ("He said the trucks were searched twice.", CLAIM, "He"),
    ) == ["corvin ash", None, "corvin ash"]


def test_a_continued_account_ends_at_a_sentence_whose_subject_names_someone_else():
    rusek = ('"The enemy is inventing victories," Velmark army spokesman Colonel Anton Rusek told reporters.', CLAIM,
             "Velmark army spokesman Colonel Anton Rusek")
    wire = ("Harbour Wire could not verify either account.", FACT, None)
    # the subject of "that it said" speaks
    assert credits(rusek, wire, ("Dravonia's ministry released a video that it said showed burning trucks.", CLAIM,
                                 None)) == ["anton rusek", None, "dravonia's ministry"]
    # a subject of its own ends the spokesman's account, for the sentences after it too
    assert credits(rusek, wire, ("Dravonia's ministry released a video of burning trucks.", CLAIM, None),
                   ("The trucks were hit near the river.", CLAIM, None)) == ["anton rusek", None, None, None]
    # a subject sharing a word with the source's name goes on with it
    assert credits(("The Velmark army said it held the bridge.", CLAIM, "The Velmark army"),
                   ("The Velmark army released a video of the crossing.", CLAIM, None)) == ["velmark army"] * 2


def test_a_liveblog_entry_s_time_stamp_ends_the_account_of_the_entry_before():
    assert credits(
        ("17:52 GMT - Dravonia's defence ministry said it had shot down 14 drones.", CLAIM,
         "Dravonia's defence ministry"),
        ("17:30 GMT - A depot on the edge of Kostel was hit overnight.", CLAIM, None),
        ("Smoke could be seen for miles.", CLAIM, None),
    ) == ["dravonia's defence ministry", None, None]


def test_a_body_before_which_said_speaks():
    assert credits(
        ("Within minutes, two rival accounts of the strike were spreading online.", FACT, "two rival"),
        ("The first came from the Dravonian defence ministry, which said in a post that a missile hit the school.",
         CLAIM, None),
    ) == [None, "dravonian defence ministry"]


def test_the_outlet_s_own_correspondent_is_no_source_and_ends_the_account():
    army = ("Velmark's army said it had taken the bridge.", CLAIM, "Velmark's army")
    assert credits(army, ("Explosions were heard near the bridge, our correspondent reports.", CLAIM,
                          "our correspondent"),
                   ("A second blast followed an hour later.", CLAIM, None)) == ["velmark's army", None, None]
    # with no span marked, and with a place after the reporter
    assert credits(army, ("Smoke rose over the port, our reporter in Kostel said.", CLAIM, None)) == [
        "velmark's army", None]
    # a span that leaves "our" out
    assert credits(army, ("Explosions were heard near the bridge, our correspondent reports.", DENIAL, "correspondent"),
                   ("Our correspondent in Kostel said the road was shut.", CLAIM, "correspondent in Kostel")) == [
        "velmark's army", None, None]


def test_a_subject_before_an_accusing_participle_speaks():
    assert credits(
        ("The Velmark government has expelled three diplomats, accusing them of running a spy ring.", CLAIM, None),
    ) == ["velmark government"]


def test_a_subject_before_citing_its_reason_speaks_not_the_source_before():
    # before, "citing" was no cue: the sentence went on with the employers' chief quoted before it
    assert credits(
        ("Employers' chief Henrik Dahl said the demand would make the port uncompetitive.", CLAIM,
         "Employers' chief Henrik Dahl"),
        ("The Brennik Dockers' Union is demanding 9 per cent, citing inflation of nearly 7 per cent.", CLAIM, None),
    ) == ["henrik dahl", "brennik dockers' union"]


@pytest.mark.parametrize("text, span, credit", [
    ("The Velmari side disputes the figure, which it says includes combatants.", "The Velmari", "velmari side"),
    ("Kestorian authorities dispute the figure.", "Kestorian", "kestorian authorities"),
    ("The Velmari delegation disputes the figure.", "The Velmari", "velmari delegation"),
    # a country's media, "state" before them or not
    ("Dravinian state television disputes the figure.", "Dravinian", "dravinian state television"),
    ("The Velmari state-run news agency disputes the figure.", "The Velmari", "velmari state-run news agency"),
    ("Kestorian media dispute the figure.", "Kestorian", "kestorian media"),
])
def test_a_nationality_marked_alone_grows_over_the_side_s_noun_after_it(text, span, credit):
    # before, the source was the nationality alone ("Velmari"), the span head having cut its noun off
    assert credits((text, DENIAL, span)) == [credit]


def test_un_and_united_nations_are_one_source_in_a_document_and_across_documents():
    first = ("The United Nations refugee agency said 4,000 people had fled.", CLAIM,
             "The United Nations refugee agency")
    second = ("The UN refugee agency said more were on the way.", CLAIM, "The UN refugee agency")
    assert credits(first, second) == ["united nations refugee agency"] * 2
    summary = framing.summarize([document(first), document(second)])
    assert [(s["documents"], s["sentences"]) for s in summary["sources"]] == [(2, 2)]


def test_un_ending_a_korean_name_is_no_united_nations():
    leader = ("Kim Jong Un said the talks were over.", CLAIM, "Kim Jong Un")
    envoy = ("The UN envoy said the talks would go on.", CLAIM, "The UN envoy")
    assert credits(leader, envoy) == ["kim jong un", "un envoy"]
    keys = {s["source"] for s in framing.summarize([document(leader), document(envoy)])["sources"]}
    assert keys == {"kim jong un", "united nations envoy"}


def test_summarize_tells_a_score_row_from_a_document_record():
    row = {"doc_id": "a1", "chars": 120, "sentences": 3, "credits": "[null, null, null]"}
    with pytest.raises(InputError, match=r"documents\[0\].*'framing score' row.*framing analyze --format json"):
        framing.summarize([row])


@pytest.mark.parametrize("follow", [
    "The company would rehire all 300 workers.",  # the source in other words, an article first
    "The Keltra Mining Corporation Board would meet in May.",  # shares a word with the source
    "The KMC board would meet in May.",  # the source's initials
    "Tolden's council would get a new road, it said.",  # an "it said" at the end is the account's
    "Tolden's council would get a new road first.",  # a subject the source's last sentence wrote
])
def test_an_account_goes_on_over_a_subject_that_may_be_its_source_or_what_it_is_about(follow):
    rows = (("Keltra Mining Corporation said the mine near Tolden would reopen.", CLAIM, "Keltra Mining Corporation"),
            (follow, CLAIM, None))
    assert credits(*rows) == ["keltra mining corporation"] * 2


def test_he_after_a_titled_subject_who_acted_on_someone_is_not_that_subject():
    rows = (("Prosecutor Ana Lind said the evidence was clear.", CLAIM, "Prosecutor Ana Lind"),
            ("Detective Sergeant Kit Moran arrested Tom Vell at his home.", FACT, None),
            ("He denied the charges.", DENIAL, "He"))
    assert credits(*rows)[2] != "kit moran"


def test_an_account_ends_at_a_subject_its_source_s_last_sentence_wrote_only_in_lower_case_or_first():
    # "state" of "the state budget" is no name the account is about: the treasurer's figures are not the senator's
    rows = (("Senator Orla Penn said the state budget was a mess.", CLAIM, "Senator Orla Penn"),
            ("State Treasurer Kit Moran released figures showing a surplus.", CLAIM, None),
            ("The surplus would reach two billion.", CLAIM, None))
    assert credits(*rows) == ["orla penn", None, None]


def test_he_said_at_a_sentence_s_end_keeps_no_woman_s_account_going():
    rows = (("Mayor Ana Ruiz said the bridge was unsafe.", CLAIM, "Mayor Ana Ruiz"),
            ("Velmark Rail will close the line, he said.", CLAIM, None))
    assert credits(*rows) == ["ana ruiz", None]


@pytest.mark.parametrize("middle", [
    "Senator Maria Holt told reporters on Monday she was unconvinced.",
    "Senator Maria Holt testified on Monday.",
    "Velmark spokeswoman Maria Holt did not respond to a request for comment.",
    "Velmark spokeswoman Maria Holt could not be reached.",
    "Maria Holt, 41, a Velmark spokeswoman, spoke to reporters.",  # an age and a description between
])
def test_she_after_a_titled_subject_who_spoke_or_did_not_is_that_subject(middle):
    rows = (("Tom Vell said the mill was clean.", CLAIM, "Tom Vell"), (middle, FACT, None),
            ("She said the river was polluted.", CLAIM, "She"))
    assert credits(*rows)[2] == "maria holt"


@pytest.mark.parametrize("said", [
    ("China's foreign ministry said the drills off Velmark were routine.", "China's foreign ministry"),
    ("The Chinese foreign ministry said the drills off Velmark were routine.", "The Chinese foreign ministry"),
    ("The Chinese government said the drills off Velmark were routine.", "The Chinese government"),
    ("China said the drills off Velmark were routine.", "China"),
])
def test_an_account_goes_on_over_its_government_named_by_its_capital_and_ends_at_another_s(said):
    # "Beijing" is China's government, whichever of its bodies spoke: the same side, not someone else
    said = (said[0], CLAIM, said[1])
    assert credits(said, ("Beijing has held such exercises every spring.", CLAIM, None))[1] is not None
    assert credits(said, ("Tokyo has held such exercises every spring.", CLAIM, None))[1] is None


def test_an_account_of_the_white_house_goes_on_over_the_us_president_but_not_a_president_of_no_country():
    said = ("The White House said the talks with Kestoria would resume.", CLAIM, "The White House")
    assert credits(said, ("U.S. President Tom Vance will fly to Kestoria next week.", CLAIM, None)) == [
        "white house"] * 2
    # a president named without his country may be Kestoria's
    assert credits(said, ("President Tarek Osman will fly to Velmark next week.", CLAIM, None)) == [
        "white house", None]


@pytest.mark.parametrize("follow", [
    "Say Port Tolden refused to take the workers back until the court ruled.",  # a case put, with no subject
    "And jointly with Kestoria, Port Tolden should challenge it in each court.",  # what the source says should be done
    "As a result, Port Tolden lost two years of exports.",  # what followed from the source's last sentence
])
def test_an_account_goes_on_over_a_case_put_a_prescription_or_a_consequence(follow):
    rows = (("Ana Vidal, a former trade minister, said the border deal had failed.", CLAIM, "Ana Vidal"),
            (follow, CLAIM, None))
    assert credits(*rows) == ["ana vidal"] * 2


@pytest.mark.parametrize("follow", [
    "Port Tolden refused to take the workers back until the court ruled.",
    "And together with Kestoria, Port Tolden sued in every court.",
    "After that, Port Tolden lost two years of exports.",
])
def test_an_account_still_ends_at_what_someone_else_did(follow):
    rows = (("Ana Vidal, a former trade minister, said the border deal had failed.", CLAIM, "Ana Vidal"),
            (follow, CLAIM, None))
    assert credits(*rows) == ["ana vidal", None]


def test_a_platform_named_by_one_capital_letter_is_a_new_subject_that_ends_the_account():
    # "X" is a name, as "UNICEF" is: the sentences after what it did are no longer Gorham's account
    rows = (("Dana Gorham said the platform acted late.", CLAIM, "Dana Gorham"),
            ("X pinned a community note to the post.", FACT, None),
            ("The note links to the council's minutes.", CLAIM, None))
    assert credits(*rows) == ["dana gorham", None, None]
    assert opening_subject("X pinned a community note to the post.") == (0, 1)
    assert opening_subject("A pinned note was added.") is None


def test_an_account_goes_on_over_a_subject_the_sentence_naming_its_source_wrote():
    # the source was named in a sentence of fact ("the mayor's son") that also wrote his name, "Tom Vell Jr."
    rows = (("The mayor's eldest son, Tom Vell Jr., wrote to the council, a letter the mayor's son confirmed.", FACT,
             "the mayor's son"),
            ("In a post, Vell Jr. produced the whole exchange with the council.", CLAIM, None))
    assert credits(*rows)[1] is not None


def test_an_ended_account_goes_on_again_at_a_claim_whose_subject_is_its_source_with_an_aside():
    rows = (("Kara Lind, the agency's spokeswoman, objected that the draft went too far.", CLAIM, "Kara Lind"),
            ("At 6:40 p.m., the Velmark bureau suggested two small edits to the text.", FACT, None),
            ("At 8:15 p.m., Ms. Lind, having read the new version, objected in an e-mail that it was too long.", CLAIM,
             None),
            ("The draft would still mislead the committee.", CLAIM, None))
    assert credits(*rows) == ["kara lind", None, "kara lind", "kara lind"]
    # a claim whose subject is someone else stays no one's
    other = ("At 8:15 p.m., Mr. Osk, having read the new version, objected in an e-mail that it was too long.", CLAIM,
             None)
    assert credits(*rows[:2], other, rows[3]) == ["kara lind", None, None, None]


def test_the_outlet_s_own_correspondent_writing_an_analysis_ends_the_account_of_the_speaker_before():
    spokesman = ('"We had no part in it," Lin Hao, the Velmark foreign ministry spokesman, told reporters.', DENIAL,
                 "Lin Hao, the Velmark foreign ministry spokesman")
    analysis = "Analysis by our Kostel correspondent: The row shows how quickly a dispute becomes a test."
    # the correspondent marked as the source, with "our" or without it
    assert credits(spokesman, (analysis, CLAIM, "our Kostel correspondent")) == ["lin hao", None]
    assert credits(spokesman, (analysis, CLAIM, "Kostel correspondent")) == ["lin hao", None]
    # no source marked: the label before the colon says whose words follow
    assert credits(spokesman, (analysis, CLAIM, None), ("Neither side will back down soon.", CLAIM, None)) == [
        "lin hao", None, None]
    assert credits(spokesman, ("Our correspondent's analysis: Neither side will back down soon.", CLAIM, None)) == [
        "lin hao", None]
    # someone the correspondent quotes still speaks
    assert credits(spokesman, ("Our correspondent in Kostel spoke to Ada Brin, who said the talks were over.", CLAIM,
                               "Ada Brin")) == ["lin hao", "ada brin"]


@pytest.mark.parametrize("role", ["A former detainee", "A witness", "A survivor", "A former prisoner", "A detainee",
                                  "A refugee", "A victim", "An activist", "A representative", "A UN rapporteur",
                                  "An investigator", "An aid worker", "A former prison guard"])
def test_he_after_a_nameless_person_of_rights_copy_is_that_person_not_the_man_named_before(role):
    # the speaker is a person by what befell them or what they do, as "a spokesman" is by a post
    assert credits(
        ("Colonel Anton Mirek said the camp was run lawfully.", DENIAL, "Colonel Anton Mirek"),
        (f"{role}, who asked not to be named, said the cells held 30 men each.", CLAIM, role),
        ("He said guards woke them every hour.", CLAIM, "He"),
    ) == ["anton mirek", *[normalise_source(role)] * 2]


@pytest.mark.parametrize("middle, said, body", [
    ("Dravonia's foreign ministry responded within hours.", "It said the reporter was a spy.",
     "Dravonia's foreign ministry"),
    ("The Dravonian mission issued a statement on Tuesday.", "It said the camps were reception centres.",
     "The Dravonian mission"),
    ("The Dravonian interior ministry did not respond to detailed questions.",
     "In a statement last year, it said the site was a logistics depot.", "The Dravonian interior ministry"),
    ("The ministry did not respond to requests for comment.", "It has previously denied that the site exists.",
     "The ministry"),
    # "it" and its verb of saying after the quotation, "stated" as "said"
    ("The Harlow committee issued a memo on Thursday.", '"Of 80 witnesses, 52 had never testified before," it said.',
     "The Harlow committee"),
    ("The Harlow committee issued a memo on Thursday.", '"Of 80 witnesses, 52 had never testified before," it stated.',
     "The Harlow committee"),
    # and with when, where or how it was said after the verb
    ("The Harlow committee issued a memo on Thursday.",
     '"Of 80 witnesses, 52 had never testified before," it said in the memo.', "The Harlow committee"),
    ("The Dravonian mission issued a statement on Tuesday.",
     "The camps, built in 2019, were reception centres, it said late on Tuesday.", "The Dravonian mission"),
])
def test_it_after_a_plain_fact_whose_subject_is_a_body_is_that_body_not_the_accuser(middle, said, body):
    for label in (CLAIM, DENIAL):  # whether the accuser's words were heard as a claim or as a denial
        assert credits(
            ("Kessland's foreign minister, Ilse Varga, accused Dravonia of taking the reporter hostage.", label,
             "Kessland's foreign minister, Ilse Varga"),
            (middle, FACT, None),
            (said, DENIAL, None),
        ) == ["ilse varga", None, normalise_source(body)]


def test_it_closing_a_sentence_whose_subject_is_a_body_is_that_body():
    # before, "it said" at the end meant only a body the sentence before opened with: this was no one's, or that one's
    shares = ("Shares of Halvard Foods fell on Monday.", FACT, None)
    for said in ("Halvard Foods now expects lower sales, it said.",
                 "Halvard Foods now expects lower sales, it said in a statement."):
        assert credits(shares, (said, CLAIM, None)) == [None, "halvard foods"]
        assert credits(("The Velmar transport ministry issued a statement.", FACT, None),
                       (said, CLAIM, None)) == [None, "halvard foods"]
    # "the company" as the subject: the one company named
    assert credits(shares, ("The company now expects lower sales, it said in a statement.", CLAIM, None)) == [
        None, "halvard foods"]
    # a person's subject is no "it"
    assert credits(shares, ("Tom Vask will resign, it said.", CLAIM, None)) == [None, None]


def test_it_speaking_is_never_the_person_whose_account_goes_on():
    assert credits(
        ('"Journalism is not a crime," Foreign Minister Ilse Varga said.', DENIAL, "Foreign Minister Ilse Varga"),
        ("The reply came within hours.", FACT, None),
        ("It said the reporter was a spy.", DENIAL, None),
    ) == ["ilse varga", None, None]
    assert credits(
        ("Ilse Varga said the talks had failed.", CLAIM, "Ilse Varga"),
        ("It said the reporter was a spy.", CLAIM, None),
    ) == ["ilse varga", None]
    # a body's account goes on with its "it", and a person's over an "it" that says nothing
    assert credits(
        ("The Kessland foreign ministry said the talks had failed.", CLAIM, "The Kessland foreign ministry"),
        ("It said the reporter was a spy.", CLAIM, None),
    ) == ["kessland foreign ministry"] * 2
    assert credits(
        ("Ilse Varga said the talks had failed.", CLAIM, "Ilse Varga"),
        ("It was the worst day of the crisis.", CLAIM, None),
    ) == ["ilse varga"] * 2
    # "it" after a quotation at the sentence's end may be the person's own document
    assert credits(
        ("Ilse Varga describes herself on her website as a reformer.", CLAIM, "Ilse Varga"),
        ('"She has fought corruption all her life," it says.', CLAIM, None),
    ) == ["ilse varga"] * 2


@pytest.mark.parametrize("middle", [
    "The Dravonian spokeswoman, Mila Dragan, went further.",
    "Dravonia's spokeswoman, Mila Dragan, spoke on Tuesday.",
])
def test_she_after_a_role_whose_holder_is_named_between_commas_is_the_holder(middle):
    assert credits(
        ("Kessland's foreign minister, Ilse Varga, accused Dravonia of hostage-taking.", CLAIM,
         "Kessland's foreign minister, Ilse Varga"),
        (middle, FACT, None),
        ("She said Kessland sends spies disguised as reporters.", DENIAL, "She"),
    ) == ["ilse varga", None, "mila dragan"]


@pytest.mark.parametrize("middle", ["Helen Osei briefed the Council.",
                                    "Under-Secretary-General Helen Osei briefed the Council."])
def test_she_after_a_person_who_spoke_with_no_role_of_the_list_is_that_person(middle):
    assert credits(
        ("The Security Council opened its session.", FACT, None),
        (middle, FACT, None),
        ("She said at least 230 civilians had been killed.", CLAIM, "She"),
    ) == [None, None, "helen osei"]


@pytest.mark.parametrize("acted, denier", [
    ("The court fined Tessary Freight Ltd.", "tessary freight"),
    ("The regulator suspended Tessary Freight's licence.", "tessary freight"),
    ("The regulator has sued Tessary Freight over the spill.", "tessary freight"),
    ("The court fined the company.", None),  # no name: no one, never the court
    ("The court fined Tom Vell.", None),  # a person's name: "It" is no person
])
def test_it_denying_after_a_body_sanctions_another_is_the_one_sanctioned_never_the_body(acted, denier):
    for span in (None, "It"):
        assert credits((acted, FACT, None), ("It denied any wrongdoing.", DENIAL, span)) == [None, denier]


def test_it_after_a_body_acting_on_nothing_is_that_body():
    # the body's own statement, and its words after it sanctioned another when they deny nothing
    assert credits(("The office issued a statement.", FACT, None),
                   ("It denied the claims.", DENIAL, None)) == [None, "office"]
    assert credits(("The court fined Tessary Freight Ltd.", FACT, None),
                   ("It said the firm had ignored warnings.", CLAIM, None)) == [None, "court"]


@pytest.mark.parametrize("body, key", [
    ("The Ministry of Foreign Affairs", "ministry of foreign affairs"),
    ("The Velmaran Commission for Human Rights", "velmaran commission for human rights"),
])
def test_it_after_a_body_named_with_its_portfolio_is_that_body(body, key):
    # before, "It" went to no one: the head of "Ministry of Foreign Affairs" was read as "affairs", no body's noun
    assert credits((f"{body} issued a statement.", FACT, None), ("It denied the claims.", DENIAL, None)) == [None, key]
    # nor does a person's role before "of" make a body of the person
    assert credits(("Head of Sales Ana Ruiz met the board.", FACT, None),
                   ("It denied the claims.", DENIAL, None))[1] is None
    # though "It" after her statement is that statement, hers as "The statement denied" would be
    assert credits(("Head of Sales Ana Ruiz issued a statement.", FACT, None),
                   ("It denied the claims.", DENIAL, None))[1] == "ana ruiz"


@pytest.mark.parametrize("acted, key", [
    ("A panel of three judges ruled against the port authority on Monday.", "panel of three judges"),
    ("A three-judge panel on Monday ruled against the port authority.", "three-judge panel"),
    ("The port authority lost its case on Monday.", "port authority"),
    ("The appeals court also ruled against Dunmore Ports.", "appeals court"),
])
def test_it_after_a_body_written_by_its_noun_in_lower_case_is_that_body_not_the_one_it_acts_on(acted, key):
    # before, "It" went to no one: only a definite subject of capitalised or listed words was read as a body
    for span in (None, "It"):
        assert credits((acted, FACT, None), ("It said the contract was void.", CLAIM, span)) == [None, key]
    # the one such a body sanctions is still whom "It" denying means
    assert credits(("A panel of three judges fined Dunmore Ports Ltd.", FACT, None),
                   ("It denied any wrongdoing.", DENIAL, None)) == [None, "dunmore ports"]
    # not a body's noun before a plural of people ("council workers"), nor its possessive ("The court's ruling")
    for acted in ("The council workers struck on Monday.", "The court's ruling came on Monday."):
        assert credits((acted, FACT, None), ("It said the contract was void.", CLAIM, None)) == [None, None]


@pytest.mark.parametrize("span", [None, "It"])
def test_it_after_a_role_s_holder_whose_given_name_is_unlisted_issuing_a_statement_is_the_holder(span):
    # before, "Marlo", no listed given name, left "The shop's owner, Marlo Quint" no subject: "It" was no one's
    statement = ("The shop's owner, Marlo Quint, has issued a statement.", FACT, None)
    assert credits(statement, ("It says the fire was an accident.", CLAIM, span)) == [None, "marlo quint"]
    assert credits(("The shop's owner, Marlo Quint, spoke to reporters.", FACT, None),
                   ("She said the fire was an accident.", CLAIM, "She")) == [None, "marlo quint"]
    # a firm or a club owning something stays that body, not a person
    for owner, key in (("Dunmore Holdings", "dunmore holdings"), ("Harlow Rovers", "harlow rovers")):
        assert credits((f"The stadium's owner, {owner}, has issued a statement.", FACT, None),
                       ("It says the fire was an accident.", CLAIM, span)) == [None, key]


def test_a_question_on_its_own_line_is_no_part_of_the_account_before_it():
    # before, the interviewer's question was credited to the exile who answered before it
    rows = (('"A man from the centre invited me to tea," Lin Sorel said.', CLAIM, "Lin Sorel"),
            ('"He knew my mother\'s address."', CLAIM, None),
            ("Did he threaten you?", CLAIM, None),
            ('"Not directly. He said my mother was getting old."', CLAIM, None))
    assert profile_of(*rows, gap="\n\n")["credits"] == ["lin sorel", "lin sorel", None, "lin sorel"]
    # a question in the paragraph of the account, or quoted, stays the source's
    assert profile_of(*rows, gap=" ")["credits"] == ["lin sorel"] * 4
    quoted = ('"Did he threaten you?"', CLAIM, None)
    assert profile_of(rows[0], quoted, gap="\n\n")["credits"] == ["lin sorel"] * 2


def test_a_ministry_of_another_country_than_the_dateline_s_is_not_the_bare_ministry_before_it():
    # before, Korvania's ministry, denying, was read as the accusing "foreign ministry" of the Tokyo dateline: one
    # source, which denied its own allegation
    accusation = ("TOKYO, April 2 - The foreign ministry said the officials had orchestrated threats.", CLAIM,
                  "The foreign ministry")
    denial = ("Korvania's foreign ministry said the sanctions were based on lies.", DENIAL,
              "Korvania's foreign ministry")
    profile = profile_of(accusation, denial)
    assert profile["credits"] == ["foreign ministry", "korvania's foreign ministry"]
    assert profile["denials"] == [{"denial": 1, "source": "korvania's foreign ministry", "allegation": 0}]
    # the dateline's own country, and no dateline of a known country, join as before
    own = ("Japan's foreign ministry said it would respond.", CLAIM, "Japan's foreign ministry")
    assert credits(accusation, own) == ["foreign ministry"] * 2
    unknown = ("LISKA, April 2 - The foreign ministry said the officials had orchestrated threats.", CLAIM,
               "The foreign ministry")
    assert credits(unknown, denial) == ["foreign ministry"] * 2


@pytest.mark.parametrize("body, key", [
    ("The Velmaran embassy in Brunhaven", "velmaran embassy in brunhaven"),
    ("The Velmaran mission to the United Nations", "velmaran mission to the united nations"),
])
def test_it_after_a_body_named_with_where_it_sits_is_that_body(body, key):
    # before, the subject stopped at "in" / "to", so no body opened the sentence and "It" went to no one
    assert credits((f"{body} issued a statement.", FACT, None), ("It denied the claims.", DENIAL, None)) == [None, key]
    # "in" before no name is no part of the body: the subject is no body's name, as before
    assert credits(("The ministry in a statement accused Dravik Bank.", FACT, None),
                   ("It denied the claims.", DENIAL, None))[1] is None


def test_a_liveblog_entry_s_heading_by_one_word_joins_the_body_its_entry_names():
    # before, "Embassy" of the heading was a source apart from the embassy its entry names: the embassy's one
    # statement counted twice among the sources
    profile = profile_of(
        ("Dravonia sites row: live updates", FACT, None),
        ("15:40 GMT\nSafeguard Rights Watch accused Dravonia of running covert sites in Port Elsinore.", CLAIM,
         "Safeguard Rights Watch"),
        ("16:05 GMT\nEmbassy: 'groundless accusations'", DENIAL, "Embassy"),
        ('The Dravonian embassy in Port Elsinore called the claims "groundless accusations".', DENIAL,
         "The Dravonian embassy in Port Elsinore"), gap="\n\n")
    assert profile["credits"] == [None, "safeguard rights watch", "dravonian embassy in port elsinore",
                                  "dravonian embassy in port elsinore"]
    assert [s["source"] for s in profile["sources"]] == ["dravonian embassy in port elsinore", "safeguard rights watch"]
    embassy = "dravonian embassy in port elsinore"
    assert [(d["source"], d["allegation"]) for d in profile["denials"]] == [(embassy, 1)] * 2


@pytest.mark.parametrize("when", ["on Tuesday", "late Monday", "this week", "last month", "earlier this year",
                                  "Tuesday", "Friday morning"])
def test_a_time_between_the_body_and_its_sanction_leaves_it_denying_the_one_sanctioned(when):
    acted = (f"The regulator {when} fined Tessary Freight Ltd.", FACT, None)
    assert credits(acted, ("It denied any wrongdoing.", DENIAL, None)) == [None, "tessary freight"]
    # the body's own statement after a time is still the body's
    assert credits((f"The office {when} issued a statement.", FACT, None),
                   ("It denied the claims.", DENIAL, None)) == [None, "office"]


def test_a_weekday_without_on_after_the_subject_is_no_word_of_its_name():
    # before, "Tuesday" was read as more of the capitalised subject ("The Harlow Energy Board Tuesday"), so no
    # subject was found and the denial went to no one
    acted = ("The Harlow Energy Board Tuesday fined Dravik Corp $2 million for hiding leaks.", FACT, None)
    assert credits(acted, ("It denied wrongdoing.", DENIAL, None)) == [None, "dravik"]
    # a weekday going on with a name is the name's: "The Sunday Times" is the whole subject
    text = "The Sunday Times Tuesday reported the cuts."
    assert opening_subject(text) == (0, len("The Sunday Times"))


@pytest.mark.parametrize("role", ["An official familiar with the talks", "A Western diplomat based in Talvor",
                                  "A Dravonian army officer stationed nearby", "A senior official in Lorne",
                                  "A Kestorian diplomat briefed on the talks"])
def test_he_after_a_nameless_role_with_a_phrase_after_it_is_that_role_not_the_person_named_before(role):
    # "familiar with ...", "based in ...", "stationed nearby" describe the role, whose head is still a person's
    key = normalise_source(role)
    assert credits(
        ("Anna Brel keeps a bag packed by the door.", FACT, None),
        (f"{role} said the nearest army post was four kilometres away.", CLAIM, role),
        ('"They know exactly where we are," he said.', CLAIM, "he"),
    ) == [None, key, key]


@pytest.mark.parametrize("first, again", [("The Merevian navy", "Merevia's navy"),
                                          ("Dravonia's government", "The Dravonian government"),
                                          ("Chinese state media", "China's state media")])
def test_a_body_written_with_its_country_as_owner_or_as_nationality_is_one_source(first, again):
    # "Merevia's navy" is "the Merevian navy" named before, not a second source beside it
    found = credits(
        (f"{first} said its ships had stayed in international waters.", DENIAL, first),
        ("Kestorian state television said the ships had turned off their transponders.", CLAIM,
         "Kestorian state television"),
        (f"{again} said that was also false.", DENIAL, again),
    )
    assert found[0] == found[2] == normalise_source(first)


@pytest.mark.parametrize("named, again", [("Kestoria's state broadcaster KTV", "The broadcaster"),
                                          ("Kestoria's state news agency KNA", "The agency"),
                                          ("the Kestorian Army's newspaper Red Shield", "The newspaper")])
def test_the_kind_of_a_body_named_after_its_country_s_possessive_is_that_body_later(named, again):
    # "The broadcaster" after "Kestoria's state broadcaster KTV" is KTV, as after "The state broadcaster KTV"
    found = credits(
        (f"{named} said two frigates had sailed close to the coast.", CLAIM, named),
        ("The Merevian navy said its ships had stayed in international waters.", DENIAL, "The Merevian navy"),
        (f"{again} said the ships had turned off their transponders.", CLAIM, again),
    )
    assert found[2] == found[0] != normalise_source(again)


def test_the_spokesperson_just_after_a_body_s_spokesperson_is_that_one_though_another_s_spoke_before():
    # before, the ministry's spokeswoman named earlier left "the spokesperson" a source of its own
    assert credits(
        ("A ministry spokeswoman, Lena Sorel, said no soldier had crossed the border.", DENIAL,
         "A ministry spokeswoman, Lena Sorel"),
        ("Dravonia's president, Marek Holt, called the incident a provocation.", CLAIM,
         "Dravonia's president, Marek Holt"),
        ("The UN Secretary-General's spokesperson urged both sides to show restraint.", CLAIM,
         "The UN Secretary-General's spokesperson"),
        ('"We are deeply concerned by reports of an exchange of fire," the spokesperson said.', CLAIM,
         "the spokesperson"),
    )[2:] == ["un secretary-general spokesperson"] * 2


@pytest.mark.parametrize("subject", ["The UN mission in Dravonia", "Civic Shield"])
def test_according_to_its_report_is_the_body_opening_the_sentence(subject):
    # before, "its latest monthly update" was a source of its own, "latest monthly update"
    for document in ("its latest monthly update", "its report"):
        assert credits(
            (f"{subject} has recorded 31 civilian deaths since January, according to {document}.", CLAIM, document),
        ) == [normalise_source(subject)]
    # "its" is no person's
    assert credits(("Carla Vint has recorded 31 deaths since January, according to its report.", CLAIM,
                    "its report")) != ["carla vint"]


@pytest.mark.parametrize("subject", ["The competition authority", "The COMPETITION AUTHORITY",
                                     "The state rail company"])
@pytest.mark.parametrize("document", ["its annual report", "its website", "its morning bulletin"])
def test_according_to_its_document_is_the_body_described_or_written_in_capitals_opening_the_sentence(subject,
                                                                                                     document):
    # before, a body in lower-case words left "its annual report" a source of its own, and "its website" any body
    fined = (f"{subject} fined four firms last year, according to {document}.", CLAIM, document)
    said = (f"{subject} said it fined four firms last year.", CLAIM, subject)
    assert credits(fined) == credits(said) == [normalise_source(subject)]
    # a subject of no body: "its" means none the sentence names
    assert credits(("The fines doubled last year, according to its annual report.", CLAIM,
                    "its annual report")) == ["annual report"]


def test_a_ministry_statement_is_the_ministry_s_as_the_ministry_s_statement_is():
    # before, "A ministry statement" was a source of its own, "ministry statement"
    assert credits(
        ("Merevian Defence Minister Rolf Ander said the launchers arrived in February.", CLAIM,
         "Merevian Defence Minister Rolf Ander"),
        ("The Kestorian Defence Ministry neither confirmed nor denied the deployment.", DENIAL,
         "The Kestorian Defence Ministry"),
        ('A ministry statement said Kestoria "has the sovereign right to position its forces."', DENIAL,
         "A ministry statement"),
    )[1:] == ["kestorian defence ministry"] * 2


@pytest.mark.parametrize("said", [False, True])
def test_a_ministry_statement_is_the_one_ministry_named_just_before_though_another_was_credited_before_it(said):
    transport = ("The Transport Ministry said the queues were long.", CLAIM, "The Transport Ministry")
    truckers = ("Truckers said they had waited for days.", CLAIM, "Truckers")
    interior = (("The Interior Ministry said two crossings were shut.", CLAIM, "The Interior Ministry") if said
                else ("The Interior Ministry closed two crossings on Monday.", FACT, ""))
    statement = ("A ministry statement said the border would reopen on Friday.", CLAIM, "A ministry statement")
    assert credits(transport, truckers, interior, statement)[3] == "interior ministry"
    # two ministries named just before: the statement may be either's, and stays the ministry's noun alone
    both = ("The Interior Ministry and the Health Ministry closed two crossings on Monday.", FACT, "")
    assert credits(transport, truckers, both, statement)[3] == "ministry"


@pytest.mark.parametrize("opening, adjective", [
    ("Kessaria launched strikes on two towns on Monday.", "Kessarian"),
    ("Strikes hit two towns on Monday.", "French")])
def test_a_statement_written_with_a_state_s_adjective_is_that_state_s_government_s(opening, adjective):
    # before, "The Kessarian statement" was a source "kessarian statement", apart from "The Kessarian government"
    statement = (f"The {adjective} statement said the strikes were defensive.", DENIAL, f"The {adjective} statement")
    government = (f"The {adjective} government said the strikes were defensive.", DENIAL,
                  f"The {adjective} government")
    assert credits((opening, FACT, ""), statement)[1] == credits((opening, FACT, ""), government)[1] == (
        f"{adjective.lower()} government")
    # a capitalised word of no state the copy named is a name, whose statement stays its own
    assert credits(("Strikes hit two towns on Monday.", FACT, ""),
                   ("The Meridian statement said the strikes were defensive.", DENIAL,
                    "The Meridian statement"))[1] == "meridian statement"


@pytest.mark.parametrize("opening, adjective", [
    ("The senator met the ambassador of the Czech Republic on Monday.", "Republican"),
    ("The Christ Church choir sang on Sunday.", "Christian")])
def test_an_adjective_of_a_word_of_a_longer_name_is_no_state_s(opening, adjective):
    # before, any capitalised word written before made an adjective a state's: "Republic" of "the Czech Republic"
    # made "The Republican statement" a "republican government"
    statement = (f"The {adjective} statement said the meeting was productive.", CLAIM, f"The {adjective} statement")
    assert credits((opening, FACT, ""), statement)[1] == f"{adjective.lower()} statement"


@pytest.mark.parametrize("words, source", [
    ("Reservoirs hold 31 percent of their capacity, according to agency figures.", "agency figures"),
    ("Agency data showed reservoirs held 31 percent of their capacity.", "Agency data"),
    ("Figures published by the agency showed reservoirs held 31 percent of their capacity.",
     "Figures published by the agency"),
    ("Figures released by the agency last week showed reservoirs held 31 percent of their capacity.",
     "Figures released by the agency last week"),
])
def test_a_body_s_figures_written_by_its_noun_are_the_body_s(words, source):
    # before, "agency figures" was a source of its own, and "Figures published by the agency" the agency's noun alone,
    # "agency", apart from the Tolvan Water Agency named before
    assert credits(("The Tolvan Water Agency said river levels had fallen to a record low.", CLAIM,
                    "The Tolvan Water Agency"), (words, CLAIM, source)) == ["tolvan water agency"] * 2


def test_we_in_a_body_s_own_statement_goes_on_with_the_body_s_account():
    # before, "We remain open ..." in the embassy's own statement was the writer's first person: no one's
    rows = [("The Embassy of Kestoria in Talvor rejects these allegations.", DENIAL,
             "The Embassy of Kestoria in Talvor"),
            ("We remain open to dialogue with the Merevian authorities.", DENIAL, None)]
    assert credits(("Statement by the Embassy of Kestoria in Talvor", FACT, None), *rows)[1:] == [
        "embassy of kestoria in talvor"] * 2
    # in news copy headed otherwise the writer's "we" stays no one's
    assert credits(("Kestoria rejects spying claims", FACT, None), *rows)[2] is None


@pytest.mark.parametrize("name", ["The Orvan Liberation Front", "The Tessaly Hills Militia",
                                  "The Dunmar Martyrs Brigade"])
def test_the_group_after_an_armed_group_named_by_its_front_militia_or_brigade_is_that_group(name):
    # before, a name ending in Front, Militia or Brigade read as a person's, so "The group" was a source of its own
    key = normalise_source(name)
    assert credits((f"{name} said its fighters had pulled back from the road.", CLAIM, name),
                   ("The group said it would keep to the truce.", CLAIM, "The group")) == [key] * 2
    # so too as the subject of a sentence that credits no one, a liveblog entry's
    assert credits((f"11:15 - {name} has issued a second statement.", FACT, None),
                   ("The group said it rejects responsibility for the blast.", DENIAL, "The group")) == [None, key]
