"""A claim or denial in which the model marked no source is credited to its subject before a speech or denial
verb ("The ministry denied the report."); pronouns, cue-less sentences and near misses are not."""

import re

import pytest

import framing
from framing.document import Sentence, Span
from framing.profile import build_profile, generic_source
from framing.source_find_after_cue import description_after_cue, name_after_cue, source_according_to
from framing.source_find_after_cue import speaker_after_quote
from framing.source_find_openings import group_before_cue, subject_of_later_cue, weasel_before_cue
from framing.source_finders import name_after_unclosed_clause, name_before_which_said, role_holder_before_who_said
from framing.source_finders import subject_before_finding
from framing.source_find_subjects import subject_before_cue

LABELS = framing.LABELS
FACT, CLAIM, DENIAL, OPINION = LABELS


def subject(text, known=lambda word: False):
    """The subject :func:`subject_before_cue` finds in ``text``, as written, or None."""
    found = subject_before_cue(text, known)
    return text[found[0]:found[1]] if found else None


@pytest.mark.parametrize("text, expected", [
    ("The ministry denied the report.", "The ministry"),
    ("Ostrava Freight Ltd rejected the findings.", "Ostrava Freight Ltd"),
    ("A spokesman for the harbour police dismissed the complaint.", "A spokesman for the harbour police"),
    ("A Pellory Mills spokeswoman said the vats were sealed.", "A Pellory Mills spokeswoman"),
    ("The water board on Friday flatly denied cutting the supply.", "The water board"),
    # a word or two for when, as "on Friday" is
    ("Ostrava Freight Ltd today rejected the findings.", "Ostrava Freight Ltd"),
    ("The harbour board yesterday denied cutting the supply.", "The harbour board"),
    ("The inspectorate late yesterday disputed the audit.", "The inspectorate"),
    ("Grell Foods tonight denied the recall.", "Grell Foods"),
    ("The water board this week flatly rejected the complaint.", "The water board"),
    ("The tenants' panel this morning said the lifts had failed.", "The tenants' panel"),
    ("On Thursday, Deputy Mayor Ilse Varnock rejected the audit.", "Deputy Mayor Ilse Varnock"),
    ("But the tenants' association said the lifts had failed twice.", "the tenants' association"),
    ("Grell Foods, the snack maker, has disputed the recall notice.", "Grell Foods, the snack maker"),
    ("The inspectorate, which visited in May, called the wards unsafe.", "The inspectorate, which visited in May"),
    ("Pellory's lawyer denies any breach.", "Pellory's lawyer"),
    # a capitalised possessive before a body's noun in lower case is a definite body
    ("Veldor's interior ministry rejected the report.", "Veldor's interior ministry"),
    ("Ostravia's foreign ministry said the envoy had left.", "Ostravia's foreign ministry"),
    ("Pellory's board on Friday denied any breach.", "Pellory's board"),
    ("Canteen prices rose by a third, the students' union said.", "the students' union"),
    ("Canteen prices rose by a third, the students and the staff said.", "the students and the staff"),
    ("The harbour board claims the pier is sound.", "The harbour board"),
    ("The G7 said the talks had stalled.", "The G7"),
    ("A retired coroner said the pier was sound.", "A retired coroner"),
    # phrasal denial verbs, in each tense the one-word verbs have
    ("Ostrava Freight Ltd brushed off the report as sour grapes.", "Ostrava Freight Ltd"),
    ("The harbour board brushes aside the complaints.", "The harbour board"),
    ("The tug crews brush off the audit.", "The tug crews"),
    ("Grell Foods shrugged off the recall notice.", "Grell Foods"),
    ("The water board played down the leak.", "The water board"),
    ("The inspectorate downplays the risk.", "The inspectorate"),
    ("Deputy Mayor Ilse Varnock hit back at the auditors.", "Deputy Mayor Ilse Varnock"),
    ("The ministry pushed back against the findings.", "The ministry"),
    ("The harbour board pushes back on the report.", "The harbour board"),
    ("Pellory Mills waved away the photographs.", "Pellory Mills"),
    ("The ministry laughed off the claim.", "The ministry"),
    ("The Varn Fishermen's Cooperative disagreed.", "The Varn Fishermen's Cooperative"),
    ("The harbour board disagrees with the findings.", "The harbour board"),
])
def test_a_named_or_definite_subject_before_a_speech_or_denial_verb_is_found(text, expected):
    assert subject(text) == expected


@pytest.mark.parametrize("text", [
    "He denied it.",  # a pronoun: the continuation rule decides
    "They rejected the figures outright.",
    "The denial came late.",  # no verb that credits anyone
    "The claims were denied by the board.",  # passive: the board comes after
    "The company's claims were rejected.",  # "claims" is a noun here
    "The report denied the ministry access to the wards.",  # "deny" as withholding, no denial
    "The court denied him bail.",
    "Critics said the plan would fail.",  # weasel wording names no one
    "Many say the pier is unsafe.",
    "Protesters said the road was closed.",  # one capitalised word the text never named
    "Halvex, Brindle and Ostrava Freight Ltd denied the charge.",  # the last of a list is not the subject
    "The harbour board, the pilots and the tug crews rejected the audit.",  # nor the last two, lower case
    "The water board, Grell Foods or the council denied cutting the supply.",
    "The distance between what Grell Foods says and what it sells widened.",  # a clause, not a subject
    "FairWatch scored 41% of Grell Foods claims as misleading.",  # a figure and a verb: a clause
    "The tenants' panel repeated unfounded claims about the lifts.",  # "claims" a noun after an adjective
    "The harbour board echoed these claims in May.",
    '"The ministry denied everything," a clerk recalled.',  # a quotation opens it
    "Ostrava Freight Ltd Denies Dumping Claims",  # a headline's capitalised verb
    "The sites described in the report are closed.",  # a participle
    "The risks played down by the ministry are real.",  # a phrasal verb's participle
    "The ministry pushed back the deadline.",  # "pushed back" without "on" or "against" denies nothing
    "The harbour minister stands accused of taking bribes.",  # the accused, not the accuser
    "The port authority remains accused of hiding the spill.",
    "The mayor stood accused of fraud in 2019.",
    "Dravonian minister accused of lying over covert sites",  # a headline's passive, "is" left out: the accused
    "Veldor's old capital said nothing to them.",  # a possessive before what is no body nor role
    "Monday's cabinet rejected the plan.",  # a day's, a month's or a time's possessive says when, not whose
    "June's council rejected the plan.",
    "Yesterday's council denied the claim.",
    "Tomorrow's cabinet rejected the plan.",
])
def test_pronouns_near_misses_and_cue_less_sentences_give_no_subject(text):
    assert subject(text) is None


@pytest.mark.parametrize("text, expected", [
    ("Halvex Bank neither admitted nor denied the findings.", "Halvex Bank"),
    ("The water board neither confirmed nor denied the report.", "The water board"),
    ("Deputy Mayor Ilse Varnock on Friday neither confirmed nor denied the report.", "Deputy Mayor Ilse Varnock"),
])
def test_neither_before_the_verb_is_no_part_of_the_subject(text, expected):
    # before, "neither" of "neither admitted nor denied" was kept as the subject's last word ("Halvex Bank neither")
    assert subject(text) == expected


def test_a_non_admission_without_a_source_span_is_credited_to_its_subject_without_neither():
    profile = profile_of(("Halvex Bank neither admitted nor denied the findings.", DENIAL, {}),
                         ("It agreed to pay a $5 million fine.", FACT, {}))
    assert profile["credits"] == ["halvex bank", None]
    assert [entry["display"] for entry in profile["sources"]] == ["Halvex Bank"]


@pytest.mark.parametrize("mark", ["• ", "‣ ", "- ", "– ", "* ", "> ", "1. ", "12) ", "(3) ", "👉 ", "🔴 ",
                                  "👍🏿 ",
                                  "❤️ ", "👨\u200d👩\u200d👧 ", "• 14:05 GMT - ", "👉 HOST: "])
def test_a_list_item_s_mark_or_an_emoji_opening_the_sentence_is_passed_over(mark):
    # typography before the subject, as a scraped list item or a social post writes it, is not its first word
    assert subject(mark + "The harbour board denied the report.") == "The harbour board"
    assert subject(mark + "Canteen prices rose by a third, the students' union said.") == "the students' union"
    # and passes over nothing else: a pronoun, a quotation or a list's last member is still no subject
    assert subject(mark + "He denied it.") is None
    assert subject(mark + '"The ministry denied everything," a clerk recalled.') is None
    assert subject(mark + "Halvex, Brindle and Ostrava Freight Ltd denied the charge.") is None


def test_one_capitalised_word_is_a_subject_when_the_document_named_it_or_it_has_inner_capitals():
    assert subject("Halvex denied the charge.") is None
    assert subject("Halvex denied the charge.", known=lambda word: word == "Halvex") == "Halvex"
    assert subject("FairWatch said the figures were wrong.") == "FairWatch"


def written(*rows):
    """Sentences one after another, each row (text, label, {span type: [words, ...]}), and the text."""
    sentences, start = [], 0
    for words, label, marks in rows:
        spans = []
        for kind, parts in marks.items():
            for part in parts:
                found = re.search(rf"(?<!\w){re.escape(part)}(?!\w)", words)
                spans.append(Span(kind, start + found.start(), start + found.end(), found.group()))
        sentences.append(Sentence(words, start, start + len(words), label, {l: float(l == label) for l in LABELS},
                                  tuple(sorted(spans, key=lambda s: s.start))))
        start += len(words) + 1
    return sentences, " ".join(words for words, _, _ in rows)


def profile_of(*rows):
    sentences, text = written(*rows)
    return build_profile(sentences, LABELS, text)


@pytest.mark.parametrize("text, expected", [
    # an outlet's report after the claim, the wire's form: "reported", an aside of whom it cites, a channel's number
    ("Prosecutors are investigating Kremvale Bank, the Kessel Times reported on Monday.", "the Kessel Times"),
    ("Prosecutors are investigating Kremvale Bank, the Kessel Times, citing sources, reported on Monday.",
     "the Kessel Times"),
    ("Prosecutors are investigating Kremvale Bank, the Kessel Times, citing two people familiar with the matter, "
     "reported.", "the Kessel Times"),
    ("Prosecutors are investigating Kremvale Bank, Channel 9 News reported on Monday, citing sources.",
     "Channel 9 News"),
    ("The Kessel Times, citing three people briefed on the plan, reported that Drellmark would cut jobs.",
     "The Kessel Times"),
    ("The Kessel Times first reported the cuts.", "The Kessel Times"),
    ("The Kessel Times reports that the cuts are near.", "The Kessel Times"),
    # "reports" or "reported" that no subject reports by: the verb after it
    ("The reports said the minister lied.", "The reports"),
    ("The reported talks, the ministry said, had stalled.", "the ministry"),
    ("Two men were reported missing.", None),
    ("Factline rated 32 Harlow claims false.", None),
    # nor after an adverb or a possessive, nor a noun or participle by what follows it
    ("The widely reported talks, the ministry said, had stalled.", "the ministry"),
    ("The firm's reported profits were false, the regulator said.", "the regulator"),
    ("Ten deaths reported by the ministry were wrong, the opposition said.", "the opposition"),
    ("The deaths reported on Monday were wrong, the opposition said.", "the opposition"),
    ("The mayor, reported to be furious, said the pier was unsafe.", "The mayor, reported to be furious"),
    # what one reported, credited at the end to another: the speaker at the end
    ("The agency reported 40 deaths, the ministry said.", "the ministry"),
    ("The ministry reported a surplus last year, the opposition said.", "the opposition"),
    ("The Kessel Times reported on Monday that the cuts were near.", "The Kessel Times"),
])
def test_an_outlet_that_reported_is_the_subject_before_its_verb(text, expected):
    assert subject(text) == expected


@pytest.mark.parametrize("text", [
    "Media reports of a leak were dismissed by the ministry as fabrications.",
    "The reported leak was dismissed by the ministry as a fabrication.",
    "Ten cases reported since May were dismissed by the ministry as errors.",
])
def test_reports_no_one_reports_by_leave_a_denial_its_agent(text):
    profile = profile_of(("Drellmark said the pier was safe.", CLAIM, {"source": ["Drellmark"], "cue": ["said"]}),
                         (text, DENIAL, {"cue": ["dismissed"]}))
    assert profile["credits"] == ["drellmark", "ministry"]


def test_an_aggregated_lead_without_a_source_span_is_the_outlet_s_and_the_paper_joins_it():
    profile = profile_of(
        ("Prosecutors are investigating Kremvale Bank, the Kessel Times, citing sources, reported on Monday.", CLAIM,
         {}),
        ("The bank had ignored warnings, the paper said.", CLAIM, {"source": ["the paper"], "cue": ["said"]}))
    assert profile["credits"] == ["kessel times", "kessel times"]
    profile = profile_of(
        ("Prosecutors are investigating Kremvale Bank, Channel Nine News reported on Monday.", CLAIM,
         {"source": ["Nine News"]}),
        ("The Daily Harbour said the bank had ignored warnings.", CLAIM, {"source": ["Harbour"]}),
        ("The newspaper said a union source confirmed it.", CLAIM, {"source": ["The newspaper"]}))
    assert profile["credits"] == ["channel nine news", "daily harbour", "daily harbour"]


@pytest.mark.parametrize("rows, expected", [
    # two papers in view: "the paper" is neither
    ([("Drellmark will cut jobs, the Kessel Times reported.", CLAIM, {"source": ["the Kessel Times"]}),
      ("The Varna Herald said the cuts were smaller.", CLAIM, {"source": ["The Varna Herald"]}),
      ("The paper said refining would be hit.", CLAIM, {"source": ["The paper"]})],
     ["kessel times", "varna herald", "paper"]),
    # a body that is no newspaper: "the paper" may be its study
    ([("A study by the Kessel Institute found that fish were dying.", CLAIM,
       {"source": ["A study by the Kessel Institute"]}),
      ("The paper said the river was warm.", CLAIM, {"source": ["The paper"]})],
     ["kessel institute", "paper"]),
    # a study or a document's paper written since the newspaper's credit, or the paper published in a journal
    ([("The Kessel Post reported the study on Monday.", CLAIM, {"source": ["The Kessel Post"]}),
      ("The paper, published in a medical journal, said the drug cut deaths.", CLAIM, {"source": ["The paper"]})],
     ["kessel post", "paper"]),
    ([("The Kessel Times reported the cuts.", CLAIM, {"source": ["The Kessel Times"]}),
      ("The ministry published a research paper on Monday.", FACT, {}),
      ("The paper said jobs would go.", CLAIM, {"source": ["The paper"]})],
     ["kessel times", None, "paper"]),
    # bodies whose name holds a masthead's word but does not end in it: no newspapers
    ([("The Post Office said the letters were lost.", CLAIM, {"source": ["The Post Office"]}),
      ("The paper said the losses were small.", CLAIM, {"source": ["The paper"]})],
     ["post office", "paper"]),
    ([("Sun Pharma said the drug worked.", CLAIM, {"source": ["Sun Pharma"]}),
      ("The paper said the drug was costly.", CLAIM, {"source": ["The paper"]})],
     ["sun pharma", "paper"]),
    ([("Kessel's Guardian Council said the candidates were barred.", CLAIM, {"source": ["Kessel's Guardian Council"]}),
      ("The paper said the council acted alone.", CLAIM, {"source": ["The paper"]})],
     ["kessel's guardian council", "paper"]),
    # a newspaper's own report and the paper after it: one source
    ([("The Kessel Times reported the cuts.", CLAIM, {"source": ["The Kessel Times"]}),
      ("The paper said jobs would go.", CLAIM, {"source": ["The paper"]})],
     ["kessel times", "kessel times"]),
])
def test_the_paper_stays_apart_unless_one_newspaper_is_in_view(rows, expected):
    assert profile_of(*rows)["credits"] == expected


@pytest.mark.parametrize("said_after, expected", [
    # a study cited between: "the paper" may be the study's, so it stays apart
    ("The paper said jobs would go.", "paper"),
    ("The paper said the study was flawed.", "paper"),
    # "the paper" citing unnamed officials or sources, or with reporters of its own, is the newspaper: before, it
    # stayed apart for the study in view
    ("The paper said, citing unnamed officials, that jobs would go.", "kessel times"),
    ("The paper said its reporters had seen the study.", "kessel times"),
])
def test_the_paper_after_a_study_is_the_newspaper_only_where_it_says_so(said_after, expected):
    profile = profile_of(
        ("The Kessel Times reported the cuts, citing a study by the Varn Institute.", CLAIM,
         {"source": ["The Kessel Times"], "cue": ["reported"]}),
        (said_after, CLAIM, {"source": ["The paper"], "cue": ["said"]}))
    assert profile["credits"] == ["kessel times", expected]


@pytest.mark.parametrize("word", ["Regulators", "Protesters", "Critics", "Officials"])
def test_an_unnamed_group_opening_a_sentence_speaks_not_the_speaker_before(word):
    # no span marked: the group contradicts the company, and is no part of the company's account
    for label in (CLAIM, DENIAL):
        profile = profile_of(
            ("Orvane Technologies said it had reported every fire.", CLAIM,
             {"source": ["Orvane Technologies"], "cue": ["said"]}),
            (f"{word} said it had not.", label, {"cue": ["said"]}))
        assert profile["credits"] == ["orvane technologies", word.lower()]


@pytest.mark.parametrize("text", [
    "Others said it had not.",  # weasel wording, no group
    "Regulators fined the firm after it said so.",  # the group's own verb is no cue
    "Congress said it had not.",  # no plural
    "Airbus said it had not.",
    # plurals that name things, not people
    "Sales reported a rise, the firm said.",
    "Cases reported last week were undercounted, the ministry said.",
    "Talks said to be near collapse resumed on Monday.",
    "News reports said ten people died.",
    "Details said little.",
    "Sometimes said to be unsafe, the pier reopened.",
    # people, but the speech is not theirs: a passive "said to", a speaker credited at the end
    "Officials said to be close to the talks were absent.",
    "Patients reported side effects, the study found.",
    "Residents said the pier was shut, the council said.",
])
def test_no_unnamed_group_opens_these(text):
    assert group_before_cue(text) is None


@pytest.mark.parametrize("text, group", [
    ("Engineers had long said the pier was unsafe.", "Engineers"),
    ("Ukrainians said the pier was unsafe.", "Ukrainians"),
    ("Residents reported cracks in the deck.", "Residents"),
])
def test_a_group_of_people_opens_a_sentence_as_its_speaker(text, group):
    found = group_before_cue(text)
    assert found is not None and text[found[0]:found[1]] == group


@pytest.mark.parametrize("text, group", [
    ("Environmental groups said the pier was unsafe.", "Environmental groups"),
    ("But human rights groups say the law is vague.", None),  # lower case: no opening capital to read
    ("Human rights groups say the law is vague.", "Human rights groups"),
    ("Opposition lawmakers rejected the plan.", "Opposition lawmakers"),
    # a stance is a group's own, as weasel wording's is the writer's
    ("Environmental groups were less optimistic.", "Environmental groups"),
    ("Regulators remained sceptical.", "Regulators"),
    ("Some residents were more cautious.", "Some residents"),
    # a determiner, weasel wording, a name the copy wrote or a plural of things opens no such group
    ("Their lawyers said the pier was unsafe.", None),
    ("Sales figures were less optimistic.", None),
    ("Many were less optimistic.", None),
])
def test_a_group_a_capitalised_word_modifies_or_one_taking_a_stance_opens_a_sentence_as_its_speaker(text, group):
    # before, "Environmental groups were less optimistic." with no span marked went on with the speaker before
    found = group_before_cue(text)
    assert (text[found[0]:found[1]] if found else None) == group


@pytest.mark.parametrize("opening, source", [("Police", "police"), ("Harbour police", "harbour police"),
                                              ("But police", "police"), ("Staff", "staff")])
def test_a_collective_of_people_opening_a_sentence_with_no_span_speaks_not_the_witness_before(opening, source):
    # before, "Police said ..." with no span marked went on with the witness's account
    witness = [("Ines Calloway saw the crash from her porch.", FACT, {}),
               ("Calloway said the van hit the rail at speed.", CLAIM, {"source": ["Calloway"], "cue": ["said"]}),
               ("It rolled twice before stopping, she said.", CLAIM, {"source": ["she"], "cue": ["said"]})]
    profile = profile_of(*witness, (f"{opening} said the road was closed.", CLAIM, {"cue": ["said"]}))
    assert profile["credits"] == [None, "ines calloway", "ines calloway", source]
    # one acted on, or after a clause's word, is no speaker
    assert group_before_cue("Police were told to leave.") is None
    assert group_before_cue("When police said the road was shut, we left.") is None


def test_the_name_after_a_when_clause_no_comma_closes_is_the_speaker_not_a_name_inside_the_clause():
    # before, with no span marked and no comma after the clause, no one was credited
    named = ("Tom Vask ran the campaign in Dunmore.", FACT, {})
    asked = ("When asked whether that covered every Orr supporter Vask said no.", CLAIM, {"cue": ["said"]})
    assert profile_of(named, asked)["credits"] == [None, "tom vask"]
    # the clause's own subject, or a word not named before, is no such speaker
    assert name_after_unclosed_clause("When Tom Vask said no the crowd left.") is None
    assert name_after_unclosed_clause("When the vote ended Brill said no.") is None


def test_a_group_taking_a_stance_the_model_marked_no_source_in_is_credited():
    profile = profile_of(('"We will find a deal," Brun said.', CLAIM, {"source": ["Brun"], "cue": ["said"]}),
                         ("Environmental groups were less optimistic.", CLAIM, {}))
    assert profile["credits"] == ["brun", "environmental groups"]
    # a name the copy wrote before a plural is that name's, as before
    assert group_before_cue("Brun aides said no.", lambda word: word == "Brun") is None


@pytest.mark.parametrize("text, expected", [
    ('"We will rebuild the pier," said the 43-year-old.', "the 43-year-old"),
    ('"The pier will hold," says the fisherman, who sailed from it.', "the fisherman"),
    ('"We lost our shape," said the Dunmore boss after the match.', "the Dunmore boss"),
    ("The pier is sound, added the harbour police.", "the harbour police"),
    # what an appositive's speaker said, a possessive, words that describe no one: none
    ("Ostrava, the harbour firm, said the deal was off.", None),
    ('"No," said the mayor\'s.', None),
    ('"It will hold," said the plan.', None),
    ("The mayor said the pier was unsafe.", None),
])
def test_a_description_after_an_inverted_cue_is_the_speaker(text, expected):
    found = description_after_cue(text)
    assert (text[found[0]:found[1]] if found else None) == expected


@pytest.mark.parametrize("text, expected", [
    # after a quotation, a word of where or whose may follow the description
    ('"We will rebuild the pier," said the mayor of Kessel in a letter.', "the mayor"),
    # after a plain comma, only a mark or "who": else the comma may close an appositive, and what follows "said"
    # is what the subject before it said
    ("The pier will be rebuilt, said the harbour engineer.", "the harbour engineer"),
    ("The pier will be rebuilt, said the harbour engineer, who built it.", "the harbour engineer"),
    ("Ana Roe, a spokeswoman, said the former secretary of state knew.", None),
    ("The statement, from Dr. Ana Roe, said the former secretary of state was fit.", None),
    ("The pier will be rebuilt, said the harbour engineer of Kessel.", None),
    # a name a comma sets after the description is the speaker's, an initial's stop inside it
    ('"It will hold," said the firm\'s chief executive, Ana Roe.', "the firm's chief executive, Ana Roe"),
    ('"It will hold," said the union\'s treasurer, Dorsey E. Kell, on Monday.',
     "the union's treasurer, Dorsey E. Kell"),
    ('"It will hold," said the union\'s treasurer, a lawyer.', "the union's treasurer"),
])
def test_what_may_follow_a_description_after_an_inverted_cue(text, expected):
    found = description_after_cue(text)
    assert (text[found[0]:found[1]] if found else None) == expected


@pytest.mark.parametrize("text, expected", [
    # an earlier comma may close an appositive before the cue: a description that more of the sentence follows is
    # whom the speaker spoke of (before, "the driver" and "the police" were credited with what was said of them)
    ("A witness, a retired nurse, said the driver, who fled, was drunk.", None),
    ("Another resident, 43, said the police, who arrived late, were to blame.", None),
    ("A neighbour, a retired nurse, said the driver, Tom Vance, was drunk.", None),
    # so too a role with a name set after it, which the clause goes on after (before, "the lawyer, Tom Vance" was
    # credited with what was said of him); not a time or place after the name
    ("A neighbour, a retired nurse, said the lawyer, Tom Vance, was drunk.", None),
    ("The pier, the dock and the road will be rebuilt, said the firm's chief executive, Ana Roe, on Monday.",
     "the firm's chief executive, Ana Roe"),
    ("\"We will rebuild the pier, the dock and the road,\" said the firm's lawyer, Ana Roe, who signed the deal.",
     "the firm's lawyer, Ana Roe"),
    # no earlier comma: a cue set inside the sentence, or a "who" clause to the end, is still an inverted speaker's
    ("The deal, adds the minister, is dead.", "the minister"),
    ("The pier, built in 1902, is sound, said the harbour engineer, who inspected it.", "the harbour engineer"),
])
def test_a_description_after_a_cue_closing_an_appositive_is_no_speaker(text, expected):
    found = description_after_cue(text)
    assert (text[found[0]:found[1]] if found else None) == expected


def test_a_driver_spoken_of_after_an_appositive_is_not_credited():
    mayor = ("Mayor Ilse Varnock said the crash was avoidable.", CLAIM, {"source": ["Mayor Ilse Varnock"]})
    profile = profile_of(mayor, ("A witness, a retired nurse, said the driver, who fled, was drunk.", CLAIM, {}))
    assert "driver" not in profile["credits"]


def test_a_name_set_after_an_inverted_description_is_credited():
    mayor = ("Mayor Ilse Varnock said the pier was unsafe.", CLAIM, {"source": ["Mayor Ilse Varnock"]})
    for marks in ({}, {"cue": ["said"]}):
        profile = profile_of(mayor, ('"It will hold," said the firm\'s chief executive, Ana Roe.', CLAIM, marks))
        assert profile["credits"] == ["ilse varnock", "ana roe"], marks
    # a spokesman for her, then the spokesman by name: one person
    profile = profile_of(("A spokesman for Ilse Varnock said she would testify.", DENIAL, {}),
                         ('"She is ready," said the spokesman, Tomas Brell.', DENIAL, {}))
    assert profile["credits"][1] == "tomas brell"


def test_what_the_subject_before_an_appositive_said_is_not_the_description_s():
    # "the former secretary" is what the statement spoke of, no speaker
    profile = profile_of(("The statement, from Dr. Ana Roe, an internist, said the former secretary of state was "
                          "fit.", CLAIM, {}))
    assert "former secretary" not in profile["credits"]


@pytest.mark.parametrize("text, expected", [
    ("Others said it was sound.", "Others"),
    ("Many say the pier is unsafe.", "Many"),
    ("But some have long argued it was sound.", "some"),
    # a quantifier counting a noun is a group, a verb no speech of theirs, or none at all: no weasel subject
    ("Some residents said it was sound.", None),
    ("Many said to be close to the talks left.", None),
    ("Some fled the pier, the mayor said.", None),
    ("Others were less sure.", None),
])
def test_a_weasel_word_opening_a_sentence_before_its_cue_is_found(text, expected):
    found = weasel_before_cue(text)
    assert (text[found[0]:found[1]] if found else None) == expected


@pytest.mark.parametrize("text, weasel", [("Few said it was sound.", "Few"), ("But few argued it was sound.", "few")])
def test_few_opening_a_sentence_before_its_cue_is_weasel_wording_unless_a_surname(text, weasel):
    found = weasel_before_cue(text)
    assert found is not None and text[found[0]:found[1]] == weasel
    mayor = ("Mayor Ilse Varnock said the pier was unsafe.", CLAIM, {"source": ["Mayor Ilse Varnock"]})
    assert profile_of(mayor, (text, CLAIM, {}))["credits"] == ["ilse varnock", None]
    # a surname the document named ("Ivan Few") is no weasel word
    assert weasel_before_cue(text, known=lambda word: word.lower() == "few") is None


def test_a_weasel_subject_with_no_span_is_no_one_s_and_ends_the_account_before():
    mayor = ("Mayor Ilse Varnock said the pier was unsafe.", CLAIM, {"source": ["Mayor Ilse Varnock"]})
    for weasel in ("Others said it was sound.", "Many say it is sound.", "Some argued it was sound."):
        assert profile_of(mayor, (weasel, CLAIM, {}))["credits"] == ["ilse varnock", None], weasel
    # as when the model marks the weasel word: what follows is not the mayor's account either
    profile = profile_of(mayor, ("Others said it was sound.", CLAIM, {}), ("The deck was new.", CLAIM, {}))
    assert profile["credits"] == ["ilse varnock", None, None]
    # an unnamed group still speaks as itself
    assert profile_of(mayor, ("Regulators said it was sound.", CLAIM, {}))["credits"] == ["ilse varnock", "regulators"]


@pytest.mark.parametrize("weasel", ["Others were more cautious.", "Many remain sceptical.", "But some are less sure.",
                                    "Others were not so sure."])
def test_a_weasel_subject_of_a_stance_with_no_cue_is_no_one_s_and_ends_the_account_before(weasel):
    # before, "Others were more cautious." (labelled a claim) went on with the economist's account
    brenner = ('"The door to a June cut is now open," said Karl Brenner, chief economist at Osterbank.', CLAIM,
               {"source": ["Karl Brenner"], "cue": ["said"]})
    profile = profile_of(brenner, (weasel, CLAIM, {}), ("A cut would weaken the crown.", CLAIM, {}))
    assert profile["credits"] == ["karl brenner", None, None]


@pytest.mark.parametrize("text", ["Other researchers were more cautious.", "But other experts questioned the method.",
                                  "Some researchers were more cautious.", "Many experts were more cautious.",
                                  "Several scientists questioned the method.", "Most economists were unconvinced."])
def test_other_and_a_group_opening_a_sentence_is_a_new_party_not_the_speaker_before(text):
    strand = ('"Accounts were shown conspiracy content," said Dr. Helena Strand, the study\'s lead author.', CLAIM,
              {"source": ["Dr. Helena Strand"], "cue": ["said"]})
    profile = profile_of(strand, ('"It was fast."', CLAIM, {}), (text, CLAIM, {}))
    assert profile["credits"][:2] == ["helena strand", "helena strand"]
    assert profile["credits"][2] != "helena strand"
    # nor when the group speaks
    said = profile_of(strand, ("Other researchers said the sample was small.", CLAIM, {}))["credits"]
    assert said[1] != "helena strand"


@pytest.mark.parametrize("text, group", [("The millers tell a different story.", "millers"),
                                         ("Dairy farmers tell reporters the chains set the price.", "dairy farmers")])
def test_a_group_that_tells_with_no_span_speaks_as_itself_not_as_the_speaker_before(text, group):
    # before, "tell" (as "say" is) was no cue: the group's account went on with the chain's spokeswoman's
    spokeswoman = ('"We pay on time," a Velna spokeswoman said.', DENIAL, {"source": ["a Velna spokeswoman"]})
    assert profile_of(spokeswoman, (text, CLAIM, {}))["credits"] == ["velna spokesperson", group]


@pytest.mark.parametrize("text", ["Some were later caught.", "Many were more cautious, Brenner said.",
                                  "Others are sure to follow."])
def test_a_weasel_word_before_no_stance_or_before_a_cue_reads_as_before(text):
    brenner = ('"The door to a June cut is now open," said Karl Brenner, chief economist at Osterbank.', CLAIM,
               {"source": ["Karl Brenner"], "cue": ["said"]})
    assert profile_of(brenner, (text, CLAIM, {}))["credits"] == ["karl brenner", "karl brenner"]


def test_a_denial_without_a_source_span_is_credited_to_its_subject_and_paired():
    profile = profile_of(
        ("Anglers accused Pellory Mills of dumping dye into the Kessel.", CLAIM, {"source": ["Anglers"]}),
        ("The water authority denied the report.", DENIAL, {"cue": ["denied"]}),
        ("Pellory Mills rejected the anglers' photographs as old.", DENIAL, {}))
    assert profile["credits"] == ["anglers", "water authority", "pellory mills"]
    assert profile["denials"] == [{"denial": 1, "source": "water authority", "allegation": 0},
                                  {"denial": 2, "source": "pellory mills", "allegation": 0}]
    assert {s["source"]: s["denies"] for s in profile["sources"]} == {
        "water authority": True, "pellory mills": True, "anglers": False}
    # a later "the authority" joins it, as it would a source the model marked
    profile = profile_of(("The water authority denied the report.", DENIAL, {}),
                         ("The authority said its samples were clean.", DENIAL, {}))
    assert profile["credits"] == ["water authority", "water authority"]


@pytest.mark.parametrize("text, expected", [
    ("A Telegram channel linked to the Vosk group said the bridge had fallen.",
     "A Telegram channel linked to the Vosk group"),
    ("A Telegram channel linked to the Vosk group has posted that the bridge had fallen.",
     "A Telegram channel linked to the Vosk group"),
    ("A channel run by the Vosk group posted on Telegram that the bridge had fallen.",
     "A channel run by the Vosk group"),
    ("A news website close to Velmark officials claimed the bridge had fallen.",
     "A news website close to Velmark officials"),
    # an outlet tied to no named body, or a post that is no speech, credits no one
    ("A Telegram channel said the bridge had fallen.", None),
    ("A channel linked to the rebels said the bridge had fallen.", None),
    ("A Telegram channel linked to the Vosk group has posted a video of the bridge.", None),
    ("Maria Holt posted bail on Monday.", None),
])
def test_an_outlet_said_to_be_tied_to_a_named_body_is_the_subject_of_what_it_posts_or_says(text, expected):
    assert subject(text) == expected
    if expected:
        profile = profile_of((text, CLAIM, {}))
        assert profile["credits"] == [framing.profile.normalise_source(expected)]


def test_a_country_s_ministry_as_subject_is_credited_and_the_ministry_later_joins_it():
    profile = profile_of(
        ("NAIROBI, Dec 3 (Reuters) - Veldor's interior ministry on Thursday rejected a report by Haki Ward.",
         DENIAL, {}),
        ("Haki Ward said in its report that officers had fired on crowds.", CLAIM, {"source": ["Haki Ward"]}),
        ("The ministry said the police had acted within the law.", DENIAL, {}))
    assert profile["credits"] == ["veldor's interior ministry", "haki ward", "veldor's interior ministry"]


def test_a_denial_in_a_list_item_or_after_an_emoji_is_credited_to_its_subject():
    for mark in ("• ", "- ", "1. ", "> ", "🚨 "):
        profile = profile_of(("Anglers said Pellory Mills dumped dye.", CLAIM, {"source": ["Anglers"]}),
                             (mark + "The water authority denied the report.", DENIAL, {}))
        assert profile["credits"] == ["anglers", "water authority"], mark
        assert profile["denials"] == [{"denial": 1, "source": "water authority", "allegation": 0}], mark


def test_a_subject_before_a_phrasal_denial_verb_is_its_source_not_the_last_speaker():
    for verb in ("brushed off", "shrugged off", "played down", "hit back at", "pushed back on", "waved away",
                 "laughed off"):
        profile = profile_of(("Ministry spokesperson Clarita Reyes denied the report.", DENIAL,
                              {"source": ["Ministry spokesperson Clarita Reyes"], "cue": ["denied"]}),
                             (f"Ostrava Freight Ltd {verb} the report as sour grapes.", DENIAL, {}))
        assert profile["credits"] == ["clarita reyes", "ostrava freight ltd"], verb


def test_the_subject_is_read_only_for_sentences_that_credit_someone_and_lack_a_source_span():
    profile = profile_of(
        ("The ministry said the bridge would reopen.", FACT, {}),
        ("The ministry's reckless silence said everything.", OPINION, {}),
        ("Ostrava Freight Ltd said it had paid every fine.", CLAIM, {"source": ["it"]}))
    # a fact or an opinion is credited to no one; a claim whose span marks only "it" is not read for its
    # subject either: the span is the model's word on who speaks
    assert profile["credits"][:2] == [None, None]
    assert profile["sources"] == []  # "it" with no source before it is no one


def test_a_pronoun_subject_keeps_the_continuation_rules():
    rows = [("Anglers accused Pellory Mills of dumping dye.", CLAIM, {"source": ["Anglers"]}),
            ("Pellory Mills Chief Executive Rhoda Senn denied it.", DENIAL,
             {"source": ["Pellory Mills Chief Executive Rhoda Senn"]}),
            ("She denied it again on Friday.", DENIAL, {})]
    assert profile_of(*rows)["credits"] == ["anglers", "rhoda senn", "rhoda senn"]
    # after the accuser's claim, an unmarked "He denied" is not the accuser's, as before
    profile = profile_of(("Councillor Abel Nyx accused the port of hiding spills.", CLAIM,
                          {"source": ["Councillor Abel Nyx"]}),
                         ("He denied it.", DENIAL, {}))
    assert profile["credits"] == ["abel nyx", None]


def test_near_misses_in_a_profile_credit_no_one():
    for text in ("The denial came late.", "The report denied the ministry access to the files."):
        profile = profile_of((text, DENIAL, {}))
        assert profile["credits"] == [None] and profile["sources"] == []


def test_a_subject_inside_a_quotation_is_the_speaker_s_words_not_the_speaker():
    profile = profile_of(('"We wrote twice.', CLAIM, {}),
                         ("The board said nothing.", CLAIM, {}),
                         ('It was a farce," said Imke Dorn.', CLAIM, {"source": ["Imke Dorn"]}))
    assert profile["credits"] == ["imke dorn"] * 3


@pytest.mark.parametrize("text, expected", [
    ("The audit was rigged, said Tomas Brel, a harbour board spokesman.", "Tomas Brel"),
    ('"The audit was rigged," says Harbour Minister Ilse Varnock.', "Harbour Minister Ilse Varnock"),
    ("The audit, added Mr. Brel, was rigged.", "Mr. Brel"),
    ("The audit was rigged, said Ilse de la Varnock on Friday.", "Ilse de la Varnock"),
    ("The audit was rigged, said Pellory Mills.", "Pellory Mills"),
    # one capitalised word, a possessive, a clause after the name, no comma or quotation mark before the cue
    ("The audit was rigged, added Brel.", None),
    ("The audit was rigged, said Tuesday.", None),
    ("The audit, said Mayor Varnock's spokesman, was rigged.", None),
    ("Tomas Brel, a harbour board adviser, said Mayor Ilse Varnock was wrong.", None),
    ("Tomas Brel said Ilse Varnock rigged the audit.", None),
])
def test_a_name_just_after_an_inverted_cue_is_found(text, expected):
    found = name_after_cue(text)
    assert (text[found[0]:found[1]] if found else None) == expected


def test_a_sentence_without_a_source_span_is_credited_to_the_name_after_its_inverted_cue():
    profile = profile_of(
        ("Anglers said Pellory Mills dumped dye into the Kessel.", CLAIM, {"source": ["Anglers"], "cue": ["said"]}),
        ("The photographs were old, said Rhoda Senn, a Pellory Mills spokeswoman.", DENIAL, {"cue": ["said"]}),
        ('"We test the water daily," added Mr. Osk.', DENIAL, {"cue": ["added"]}))
    assert profile["credits"] == ["anglers", "rhoda senn", "osk"]
    assert profile["denials"][0] == {"denial": 1, "source": "rhoda senn", "allegation": 0}
    # a subject before the cue still comes first
    profile = profile_of(("Rhoda Senn, the mill's spokeswoman, said Anglers Trust, a charity, was wrong.", DENIAL, {}))
    assert profile["credits"] == ["rhoda senn"]


@pytest.mark.parametrize("stamp", ["12:00 ", "12:00 GMT ", "9.30am ", "[12:00] ", "12:00 - "])
def test_a_liveblog_stamp_without_a_dash_or_bracket_is_passed_over_too(stamp):
    assert subject(stamp + "The harbour board denied the report.") == "The harbour board"
    # the claim after the stamp is the board's, not the last speaker's
    profile = profile_of(("Anglers said Pellory Mills dumped dye.", CLAIM, {"source": ["Anglers"]}),
                         (stamp + "The harbour board said the samples were clean.", CLAIM, {}))
    assert profile["credits"] == ["anglers", "harbour board"], stamp
    assert subject(stamp + "He denied it.") is None


@pytest.mark.parametrize("text, expected", [
    ("The union welcomed the ruling.", "The union"),
    ("Velmor Steel praised the ruling as long overdue.", "Velmor Steel"),
    ("The Kessel Tenants' League on Friday condemned the evictions.", "The Kessel Tenants' League"),
    ("Mayor Tilda Varn hailed the vote.", "Mayor Tilda Varn"),
    ("The harbour board applauds the plan.", "The harbour board"),
    ("The AIU denounced the fine, calling it a tax on work.", "The AIU"),
    ("Ostrava Freight Ltd criticised the inspectors.", "Ostrava Freight Ltd"),
    ("The union welcomed the £2 million grant.", "The union"),  # a sum, not people welcomed in
    ("The union condemned them for lying.", "The union"),  # no sentence passed
    ("The union welcomed the decision to admit refugees.", "The union"),
    ("Tilda Varn hails from Kessel.", None),  # where she comes from, no reaction
    ("Critics praised the plan.", None),  # weasel wording names no one
])
def test_a_subject_before_a_verb_of_reaction_is_found(text, expected):
    assert subject(text) == expected


@pytest.mark.parametrize("text", [
    # a verb of reaction or speech used of an act: no one's stance, no subject to credit
    "The driver hailed a cab outside the station.",
    "The council welcomed 40 new residents to the town.",
    "The museum welcomes visitors from noon.",
    "The judge condemned him to death.",
    "The city condemned three houses on Elm Street.",
    "The families were saying goodbye at the gate.",
    "The soldiers were saying their prayers.",
    "Velmor United are contesting the final on Sunday.",
    "The party is contesting 40 seats.",
    # a later clause of its own (a relative, a subordinate or a pronoun's) does not make the act's words speech
    "The driver hailed a cab on a street that was busy.",
    "The pastor said goodbye to the town he has served.",
    "The family said goodbye at the gate as the coffin was carried out.",
    "The mayor hailed a cab in a city where cabs are rare.",
    "The pastor said goodbye to residents who were leaving.",
    "The mayor hailed a ride home.",
    "The mayor hailed a ride as the rain fell.",
])
def test_a_verb_of_reaction_used_of_an_act_has_no_subject_to_credit(text):
    assert subject(text) is None


@pytest.mark.parametrize("text, expected", [
    # an act's words that do not end the clause: a judgement ("as"), a longer noun phrase, or a clause said
    ("The mayor hailed the bus service as a success.", "The mayor"),
    ("The minister hailed the car industry's recovery.", "The minister"),
    ("The driver hailed the ride as a breakthrough.", "The driver"),
    ("The pastor said prayers would not be enough.", "The pastor"),
    ("The mayor said grace was owed to the victims.", "The mayor"),
    ("The priest said farewell services would be held on Sunday.", "The priest"),
    ("The families were saying goodbye was the hardest part.", "The families"),
    ("The pastor said prayers for the dead were not enough.", "The pastor"),
])
def test_a_verb_read_as_an_act_only_where_its_object_ends_the_clause(text, expected):
    assert subject(text) == expected


def test_a_clause_said_after_prayers_is_its_subject_s_not_the_last_speaker_s():
    coach = ("Coach Tom Vance said the pitch was poor.", CLAIM, {"source": ["Coach Tom Vance"]})
    for text, who in [("The pastor said prayers would not be enough.", "pastor"),
                      ("The mayor hailed the bus service as a success.", "mayor")]:
        assert profile_of(coach, (text, CLAIM, {}))["credits"] == ["tom vance", who]


def test_an_act_followed_by_a_relative_clause_is_credited_to_the_last_speaker():
    coach = ("Coach Tom Vance said the pitch was poor.", CLAIM, {"source": ["Coach Tom Vance"]})
    text = "The driver hailed a cab on a street that was busy."
    assert profile_of(coach, (text, CLAIM, {}))["credits"] == ["tom vance", "tom vance"]


@pytest.mark.parametrize("text", [
    "The city welcomed the investment, Ruiz said.",
    "The workers are warning of a strike, Ruiz said.",
    "The council welcomed the money, according to Ruiz.",
])
def test_a_speaker_credited_at_the_end_wins_over_the_subject_of_a_reaction(text):
    mayor = ("Mayor Ana Ruiz said the plan was sound.", CLAIM, {"source": ["Mayor Ana Ruiz"]})
    assert profile_of(mayor, (text, CLAIM, {}))["credits"] == ["ana ruiz", "ana ruiz"]
    # with no speaker at the end the reaction is its subject's
    assert profile_of(mayor, ("The city welcomed the investment.", CLAIM, {}))["credits"] == ["ana ruiz", "city"]


@pytest.mark.parametrize("first, text, expected", [
    # a pronoun at the end credits a reaction to someone only where it may mean them: sex and number as written
    ("Mayor Tom Vell said the plan was sound.", "The city welcomed the investment, he said.", "tom vell"),
    ("Mayor Tom Vell said the plan was sound.", "The city welcomed the investment, she said.", "city"),
    ("Mayor Ana Ruiz said the plan was sound.", "The city welcomed the investment, he said.", "city"),
    ("Mayor Ana Ruiz said the plan was sound.", "The city welcomed the investment, she said.", "ana ruiz"),
    ("Mayor Tom Vell said the plan was sound.", "The city welcomed the investment, they said.", "city"),
])
def test_a_pronoun_credited_at_the_end_of_a_reaction_must_fit_the_person_it_means(first, text, expected):
    mayor = (first, CLAIM, {"source": [first.split(" said")[0]]})
    assert profile_of(mayor, (text, CLAIM, {}))["credits"][1] == expected


def test_a_claim_of_reaction_without_a_source_span_is_its_subject_s_not_the_last_speaker_s():
    rows = [("The Amalgamated Iron Union (AIU) said the furnace was unsafe.", CLAIM,
             {"source": ["The Amalgamated Iron Union (AIU)"]}),
            ("Judge Ana Ruiz said the contract was void.", CLAIM, {"source": ["Judge Ana Ruiz"]}),
            ("The AIU welcomed the ruling.", CLAIM, {})]
    assert profile_of(*rows)["credits"] == ["amalgamated iron union", "ana ruiz", "amalgamated iron union"]
    rows[2] = ("The union welcomed the ruling.", CLAIM, {})  # not the judge's account going on
    assert profile_of(*rows)["credits"][2] == "amalgamated iron union"
    # read as an act (LABELS.md: "announced a review"), a reaction is credited to no one
    rows[2] = ("The union welcomed the ruling.", FACT, {})
    assert profile_of(*rows)["credits"][2] is None


@pytest.mark.parametrize("text, expected", [
    # a reaction's participle opening an appositive is no verb of the subject: the verb after it is
    ("The mayor, criticised for the delay, said the bridge was safe.", "The mayor, criticised for the delay"),
    ("Velmor Steel, long condemned by residents, denied the leak.", "Velmor Steel, long condemned by residents"),
    ("The harbour board, often praised for its candour, denied the report.",
     "The harbour board, often praised for its candour"),
    ("The ministry, accused of lying, denied the report.", "The ministry, accused of lying"),
    ("On Tuesday, the mayor, hailed as a hero, said the town was safe.", "the mayor, hailed as a hero"),
    # a reaction after an appositive is the subject's verb; a participle with no verb after it gives none
    ("Ana Ruiz, speaking on Tuesday, praised the firefighters.", "Ana Ruiz, speaking on Tuesday"),
    ("The plan, welcomed by residents, was dropped.", None),
])
def test_a_participle_of_reaction_in_an_appositive_leaves_the_subject_to_the_verb_after_it(text, expected):
    assert subject(text) == expected


def test_a_claim_after_an_appositive_of_reaction_is_its_subject_s_not_the_last_speaker_s():
    coach = ("Coach Tom Vance said the pitch was poor.", CLAIM, {"source": ["Coach Tom Vance"]})
    profile = profile_of(coach, ("The mayor, criticised for the delay, said the bridge was safe.", CLAIM, {}))
    assert profile["credits"] == ["tom vance", "mayor"]
    profile = profile_of(coach, ("Velmor Steel, long condemned by residents, denied the leak.", DENIAL, {}))
    assert profile["credits"] == ["tom vance", "velmor steel"]
    assert [denial["source"] for denial in profile["denials"]] == ["velmor steel"]


@pytest.mark.parametrize("text, expected", [
    # advice's participle in an appositive, as a reaction's: the denier is the head, not the adviser or the critic
    ("The union, urged on by members, rejected the offer.", "union"),
    ("The minister, well advised by aides, denied the report.", "minister"),
    ("The board, advised to settle, denied any wrongdoing.", "board"),
    ("The firm, advised on the deal by Kessel Partners, denied the claim.", "firm"),
    ("The mayor, criticised by Ana Ruiz, denied the report.", "mayor"),
    ("The ministry, however, urged calm.", "ministry"),  # a verb after an aside, not a participle
])
def test_a_participle_of_advice_in_an_appositive_leaves_the_denial_to_its_head(text, expected):
    coach = ("Coach Tom Vance said the pitch was poor.", CLAIM, {"source": ["Coach Tom Vance"]})
    profile = profile_of(coach, (text, DENIAL, {}))
    assert profile["credits"] == ["tom vance", expected]


@pytest.mark.parametrize("text, expected", [
    ("The Kessel Water Trust stood by its findings.", "The Kessel Water Trust"),
    ("FairWatch stands by its earlier report.", "FairWatch"),
    ("The harbour board repeated its claim that the pier was sound.", "The harbour board"),
    ("The harbour board repeated that the pier was sound.", "The harbour board"),
    ("The water authority reiterated its position.", "The water authority"),
    # an allegation held to: its own, or "the" allegation
    ("The Okafor campaign stood by its accusation.", "The Okafor campaign"),
    ("Tom Okafor stood by his charge.", "Tom Okafor"),
    ("The Okafor campaign stood by the allegation.", "The Okafor campaign"),
    ("The Okafor campaign stands by the charges.", "The Okafor campaign"),
    # not holding to its own words: standing by as onlookers, repeating others' claims
    ("The harbour police stood by their vans, the pilots said.", "the pilots"),
    ("The harbour police stood by as the vats overflowed.", None),
    ("The tenants' panel repeated unfounded claims about the lifts.", None),
    ("The band repeated that song twice.", None),  # "that" a determiner, not opening what was said
    ("The guards stood by the gates.", None),
])
def test_a_subject_holding_to_what_it_said_is_found(text, expected):
    assert subject(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The federation announced on Monday that the championships would move to May.", "The federation"),
    ("The Kessel Rowing Club announced that its coach had resigned.", "The Kessel Rowing Club"),
    ("The ministry announces this week that the pier will close.", "The ministry"),
    # announcing an act conveys no one's words
    ("The federation announced a review on Monday.", None),
    ("The federation announced on Monday a review of the calendar.", None),
])
def test_a_subject_announcing_what_it_says_after_that_is_found(text, expected):
    # before, "announced that" was no cue: a claim the model read so was credited to no one
    assert subject(text) == expected


@pytest.mark.parametrize("label", [CLAIM, DENIAL])
def test_a_subject_standing_by_its_findings_is_credited_not_the_last_speaker(label):
    profile = profile_of(("Councillor Abel Nyx said the audit was rigged.", label, {"source": ["Councillor Abel Nyx"]}),
                         ("The Kessel Water Trust stood by its findings.", label, {}),
                         ("KWT repeated its findings on Friday.", label, {}))
    # "KWT", the trust's initials, is the trust
    assert profile["credits"] == ["abel nyx", "kessel water trust", "kessel water trust"]


@pytest.mark.parametrize("text, expected", [
    ("The Kessel regulator found that the mill's filters had failed.", "The Kessel regulator"),
    ("The jury found him guilty of dumping dye.", "The jury"),
    ("The jury found Rhoda Senn not guilty.", "The jury"),
    ("The Dorn study showed that anglers caught fewer trout.", "The Dorn study"),
    ("The inquiry concluded that the pier was unsafe.", "The inquiry"),
    ("The appeal court held that the permit was void.", "The appeal court"),
    ("The tribunal ruled against Pellory Mills.", "The tribunal"),
    ("Mayor Ilse Varnock testified on Friday.", "Mayor Ilse Varnock"),
    # a speech verb's subject first; no clause after "that"; finding something is no finding
    ("The coroner, who found that the vats leaked, said the mill was to blame.",
     "The coroner, who found that the vats leaked"),
    ("The coroner found that he drowned, the harbour board said.", "the harbour board"),
    ("The harbour board held that post for years.", None),
    ("The harbour police found the vats empty.", None),
    # "that" before a noun with a verb, a figure or a name opens a clause; a demonstrative opens none
    ("The Dorn audit found that silt was dumped.", "The Dorn audit"),
    ("The inquiry concluded that 40% of the piles had rotted.", "The inquiry"),
    ("The tribunal ruled that Pellory Mills had lied.", "The tribunal"),
    ("Pellory Mills held that stake until 2020.", None),
    ("The harbour board found that compromise unacceptable.", None),
    ("The Kessel Otters held that lead for nine innings.", None),
    ("The harbour board ruled that out.", None),
    # after a name or a figure a verb must follow; an adjective in -ed or a singular in -s opens no clause
    ("The Dorn trust held that Pellory stake for years.", None),
    ("The Dorn trust held that 40% stake for years.", None),
    ("The tribunal ruled that Pellory Mills misled the harbour board.", "The tribunal"),
    ("The Dorn poll found that 64 percent think the pier should close.", "The Dorn poll"),
    ("The Dorn poll found that 38 anglers had left.", "The Dorn poll"),
    ("The tribunal ruled that Pellory, like its rivals, had lied.", "The tribunal"),
    ("The Kessel Otters held that lead unchallenged.", None),
    ("The harbour board held that hearing closed to the public.", None),
    ("The Kessel broadcaster showed that series in 2010.", None),
    ("The audit found that Pellory Mills understated its debts.", "The audit"),
    # only after "held" need a name a verb of that list: after "found" or "ruled" it opens a clause
    ("The harbour board found that Pellory cut corners on safety.", "The harbour board"),
    ("The jury found that Pellory Mills put anglers at risk.", "The jury"),
    ("The tribunal ruled that Orvane set fees unlawfully.", "The tribunal"),
    ("The judge found that Vane shot the warden.", "The judge"),
    # a court's "held that" is its holding, a name's verb any: a court holds no stake nor seat
    ("The appeal court held that Pellory put anglers at risk.", "The appeal court"),
    ("Judge Ilse Varnock held that Orvane set fees unlawfully.", "Judge Ilse Varnock"),
    ("The Kessel tribunal unanimously held that Vane shot the warden.", "The Kessel tribunal"),
    ("Senator Ilse Varnock held that Senate seat the longest.", None),
    ("The Dorn trust held that Pellory stake in the mill.", None),
])
def test_a_subject_before_a_verb_of_finding_or_ruling_is_found(text, expected):
    found = subject_before_cue(text) or subject_before_finding(text)  # in the order the profile reads them
    assert (text[found[0]:found[1]] if found else None) == expected


@pytest.mark.parametrize("text, expected", [
    ("Minutes of the meeting showed that two members had argued for a cut.", "Minutes of the meeting"),
    ("Records showed that two members had argued for a cut.", "Records"),
    ("Court records revealed that the Dorn trust had sold its stake.", "Court records"),
    ("Minutes of the board's March meeting indicated that most members wanted a pause.",
     "Minutes of the board's March meeting"),
    ("The harbour minutes found that several anglers had left.", "The harbour minutes"),
    # a document word needs no article; a plural that is no document still names no one
    ("Anglers showed that two members had argued for a cut.", None),
    ("Some records showed that two members had argued for a cut.", None),
])
def test_a_document_before_a_verb_of_finding_is_its_subject(text, expected):
    found = subject_before_cue(text) or subject_before_finding(text)
    assert (text[found[0]:found[1]] if found else None) == expected


@pytest.mark.parametrize("second", [
    "Minutes of the meeting showed that two members had argued for a cut.",
    "Records showed that two members had argued for a cut.",
])
def test_a_document_s_finding_is_not_the_account_of_the_speaker_before_it(second):
    said = ("Governor Ilse Markova said a cut was possible.", CLAIM, {"source": ["Governor Ilse Markova"]})
    profile = profile_of(said, (second, CLAIM, {}))
    assert profile["credits"][0] == "ilse markova"
    assert profile["credits"][1] not in (None, "ilse markova")


@pytest.mark.parametrize("text, expected", [
    ("The study found the vaccine cut hospital stays by a third.", "The study"),
    ("A 2019 study found that the vaccine cut hospital stays by a third.", "A 2019 study"),
    ("The larger review also concluded the dosing was too low.", "The larger review"),
    ("But a Dorvan hospital trial showed no gain in survival.", "a Dorvan hospital trial"),
    ("The audit has found gaps in the cold chain.", "The audit"),
    # after an opener up to its comma, as without it (before, the blank after the comma hid the document)
    ("On Tuesday, a large trial showed the vaccine cut hospital stays.", "a large trial"),
    ("In March, the review concluded the dosing was too low.", "the review"),
    # another subject with a document among its words, or a document that does not open the sentence, is none
    ("The nurse who ran the trial found the vials cracked.", None),
    ("The team behind the study found the dosing too low.", None),
    ("Ilse Varnock showed the study to the board.", None),
])
def test_a_document_opening_a_sentence_is_the_subject_of_its_finding_without_that(text, expected):
    found = subject_before_cue(text) or subject_before_finding(text)
    assert (text[found[0]:found[1]] if found else None) == expected


@pytest.mark.parametrize("second, credit", [
    ("The study found the vaccine cut hospital stays by a third.", "study"),
    ("A 2019 study found the vaccine cut hospital stays by a third.", "2019 study"),
])
def test_a_document_s_finding_is_not_the_account_of_the_document_before_it(second, credit):
    sued = ("According to the lawsuit, the maker hid two deaths.", CLAIM, {"source": ["the lawsuit"]})
    assert profile_of(sued, (second, CLAIM, {"cue": ["found"]}))["credits"] == ["lawsuit", credit]


def test_a_document_s_finding_after_an_opener_is_not_the_account_of_the_speaker_before_it():
    # before, "On Tuesday," hid the study: the finding went on with Dr. Varnock's account
    said = ("Dr. Ilse Varnock said the vaccine was safe.", CLAIM, {"source": ["Dr. Ilse Varnock"]})
    for second, credit in (("On Tuesday, a study found the vaccine cut hospital stays by a third.", "study"),
                           ("Last year, a large trial showed the vaccine cut hospital stays.", "large trial")):
        assert profile_of(said, (second, CLAIM, {}))["credits"] == ["ilse varnock", credit], second


@pytest.mark.parametrize("text, expected", [
    ("The preprint, which has not been peer reviewed, found 31 clots among 4,100 patients.", "The preprint"),
    ("The analysis, posted as a preprint on Monday, found a doubling of clots.", "The analysis"),
    ("A 2021 trial, funded by Tessaly, showed no gain in survival.", "A 2021 trial"),
    ("The preprint found 31 clots among 4,100 patients.", "The preprint"),
    ("The meta-analysis found 31 clots among 4,100 patients.", "The meta-analysis"),
    # a pronoun's clause with no "that" on the document (before, it hid the subject)
    ("The audit he cited found no such thing.", "The audit"),
    ("The report they published showed no gain in survival.", "The report"),
    # an aside of another kind, or a clause with no comma closing it, is no document's aside
    ("The study, Dr. Pell said, found a doubling of clots.", None),
    ("The study, which Dr. Pell led found a doubling of clots.", None),
])
def test_a_document_s_aside_or_a_preprint_before_a_finding_without_that(text, expected):
    # before, an aside between the document and its verb, or a preprint or meta-analysis, hid the subject
    found = subject_before_finding(text)
    assert (text[found[0]:found[1]] if found else None) == expected


@pytest.mark.parametrize("text, expected", [
    ("An independent inquiry into the council's repairs contract has found serious failings.",
     "An independent inquiry"),
    ("An investigation into the fire found that the alarms had been switched off.", "An investigation"),
    ("The inquiry has found that managers were warned in 2020.", "The inquiry"),
    # what the inquiry looked into is no finder, and no more than a short phrase is read as it
    ("An inquiry into the fire at Orrin House and the council's response to the tenants' many earlier "
     "warnings found no fault.", None),
])
def test_an_inquiry_or_investigation_and_what_it_looked_into_before_a_finding_is_its_finder(text, expected):
    # before, "An independent inquiry into ... has found" named no source: the finding was no one's
    found = subject_before_finding(text)
    assert (text[found[0]:found[1]] if found else None) == expected



@pytest.mark.parametrize("text, expected", [
    ("In the main trial, which enrolled about 24,000 people, the vaccine was found to prevent 82 percent of "
     "infections.", "the main trial"),
    ("In a 2019 review, smoking was found to double the risk.", "a 2019 review"),
    ("In the study, the drug was shown to cut deaths by a third.", "the study"),
    # not a clause of no finding, nor "In" before no document
    ("In the study, the drug cut deaths by a third.", None),
    ("In the ward, patients were found to be sleeping on trolleys.", None),
])
def test_a_document_after_in_opening_a_sentence_of_what_was_found_is_its_finder(text, expected):
    # before, "In the trial, X was found to ..." named no source: the finding was no one's
    found = subject_before_finding(text)
    assert (text[found[0]:found[1]] if found else None) == expected


def test_a_preprint_s_finding_behind_an_aside_is_not_the_account_of_the_drugmaker_before_it():
    said = ("Tessaly said the drug was safe.", CLAIM, {"source": ["Tessaly"]})
    for second, credit in (
            ("The preprint, which has not been peer reviewed, found 31 clots among 4,100 patients.", "preprint"),
            ("The audit they cited found no such clots.", "audit"),
            ("The meta-analysis found 31 clots among 4,100 patients.", "meta-analysis")):
        assert profile_of(said, (second, CLAIM, {}))["credits"] == ["tessaly", credit], second


@pytest.mark.parametrize("finding", ["It found that users had more clots.", "It also showed a doubling of clots.",
                                     "But it concluded that the drug raised the risk of clots."])
def test_it_finding_after_a_sentence_opening_with_the_study_is_the_study_s(finding):
    # before, "It found" after "The study was published ..." went on with the drugmaker's account before the study
    said = ("Tessaly said the drug was safe.", CLAIM, {"source": ["Tessaly"]})
    published = ("The study was published in the Journal of Clinical Aging.", FACT, {})
    profile = profile_of(said, published, (finding, CLAIM, {}))
    assert profile["credits"] == ["tessaly", None, "study"]
    # not after a sentence the study does not open, nor after "it" speaking ("It said" is a body's, as before)
    profile = profile_of(said, ("Critics attacked the study in March.", FACT, {}), (finding, CLAIM, {}))
    assert profile["credits"][2] != "study"
    profile = profile_of(said, published, ("It said the drug was safe.", CLAIM, {}))
    assert profile["credits"][2] != "study"


@pytest.mark.parametrize("second", ["Its report found the guards had beaten detainees.",
                                    "Their study showed that the guards had beaten detainees."])
def test_a_document_of_the_source_before_by_a_possessive_pronoun_goes_on_with_its_account(second):
    # before, "Its report" was a source "report" of its own: the possessive names the owner just credited
    said = ("Amnesty International said the Varn camp was overcrowded.", CLAIM,
            {"source": ["Amnesty International"]})
    assert profile_of(said, (second, CLAIM, {"cue": ["found" if "found" in second else "showed"]}))["credits"] == [
        "amnesty international", "amnesty international"]


@pytest.mark.parametrize("text, expected", [
    ("A three-judge panel held that the Kessel toll was void.", "A three-judge panel"),
    ("A divided appeals court held that Pellory put anglers at risk.", "A divided appeals court"),
    ("An eleven-member tribunal ruled that the quota was unlawful.", "An eleven-member tribunal"),
    ("A grand jury found Rhoda Senn guilty of dumping dye.", "A grand jury"),
    # a court's word alone after "a" tells no court apart; a body holding a court's word is no court
    ("A jury held that the Kessel toll was void.", None),
    ("A union department panel held that the toll was void.", None),
])
def test_a_court_with_a_number_or_adjective_after_a_is_a_finding_s_subject(text, expected):
    found = subject_before_cue(text) or subject_before_finding(text)
    assert (text[found[0]:found[1]] if found else None) == expected


@pytest.mark.parametrize("text, credit", [
    ("The court found that the firm lied, said Ana Ruiz, a lawyer for the family.", "ana ruiz"),
    ("The study showed that the drug works, according to Dr Ana Ruiz.", "ana ruiz"),
])
def test_a_finding_s_subject_yields_to_an_inverted_cue_or_according_to(text, credit):
    # the finding is what is reported; the name after "said" or "according to" is who reports it
    assert subject_before_cue(text) is None
    profile = profile_of(("Tom Lee said the firm was fine.", CLAIM, {"source": ["Tom Lee"]}), (text, CLAIM, {}))
    assert profile["credits"] == ["tom lee", credit]


@pytest.mark.parametrize("verb", ["found that", "showed that", "concluded that", "ruled that"])
def test_a_finding_s_own_subject_is_credited_not_the_last_speaker(verb):
    profile = profile_of(("Pellory Mills said it had met every rule.", DENIAL, {"source": ["Pellory Mills"]}),
                         (f"The Kessel regulator {verb} the mill's filters had failed.", CLAIM, {}))
    assert profile["credits"] == ["pellory mills", "kessel regulator"], verb


@pytest.mark.parametrize("text, expected", [
    ('"The audit was rigged," Brel said.', "Brel"),
    ('"The audit was rigged," Harbour Minister Ilse Varnock told reporters.', "Harbour Minister Ilse Varnock"),
    ('"Why now?" the harbour board asked.', "the harbour board"),
    ('"The audit was rigged," she said on Friday.', "she"),
    ('"The audit was rigged," Harbour Minister Ilse Varnock later told reporters.', "Harbour Minister Ilse Varnock"),
    ('He called the audit "a farce," Brel said.', "Brel"),
    # in single marks, straight or curly
    ("'The audit was rigged,' Brel said.", "Brel"),
    ("‘Why now?’ the harbour board asked.", "the harbour board"),
    ("'The audit was rigged,' she said.", "she"),
    # weasel wording, "they", "it", an appositive after the name
    ('"The audit was rigged," critics said.', None),
    ('"The audit was rigged," they said.', None),
    ('"The audit was rigged," it said.', None),
    ('"The audit was rigged," Brel, a harbour pilot, said.', None),
    # more verbs of speech
    ('"Not yet," Brel replied.', "Brel"),
    ('"The tide turned," the harbour board explained.', "the harbour board"),
    ('"The pier is unsafe," Brel warns.', "Brel"),
    ('"It was 1998," she recalled.', "she"),
    ('"And then," Harbour Minister Ilse Varnock continued.', "Harbour Minister Ilse Varnock"),
    ('"We never dredged it," the harbour board denied.', "the harbour board"),
    ('"The rules are clear," Brel noted.', "Brel"),
    ('"The rules are clear," the harbour board states.', "the harbour board"),
    # a capitalised plural is no name, and a list is no one speaker; a body's name may hold "and"
    ('"The pier was shut," Residents said.', None),
    ('"The pier was shut," Witnesses told reporters.', None),
    ('"The audit was rigged," Brel and Varnock said.', None),
    ('"The audit was rigged," the harbour board and the union said.', None),
    ('"The audit was rigged," the Ministry of Ports and Harbours said.', "the Ministry of Ports and Harbours"),
])
def test_the_speaker_after_a_quotation_is_found(text, expected):
    found = speaker_after_quote(text)
    assert (text[found[0]:found[1]] if found else None) == expected


def test_a_one_word_speaker_after_a_quotation_ending_in_s_is_one_the_document_named():
    text = '"The audit was rigged," Jones said.'
    assert speaker_after_quote(text) is None  # "Residents" reads the same
    assert speaker_after_quote(text, lambda word: word == "Jones") == (24, 29)


def test_a_quotation_first_is_credited_to_the_speaker_written_after_it():
    profile = profile_of(("Anglers said Pellory Mills dumped dye.", CLAIM, {"source": ["Anglers"]}),
                         ("Mill manager Rhoda Senn denied it.", DENIAL, {"source": ["Mill manager Rhoda Senn"]}),
                         ("The Kessel Water Trust said the river ran red.", CLAIM,
                          {"source": ["The Kessel Water Trust"]}),
                         ('"No dye ever left the mill," Senn said.', DENIAL, {}),
                         ('"We test the water daily," she said.', DENIAL, {}))
    # not the trust's by continuation (nor no one's, a denial after its claim): Senn's, and "she" is Senn
    assert profile["credits"] == ["anglers", "rhoda senn", "kessel water trust", "rhoda senn", "rhoda senn"]


def test_the_bundled_model_s_sourceless_denial_is_credited_to_its_subject(bundled):
    doc = bundled.analyze("Villagers said soldiers had burned three huts. The ministry denied the report.")
    assert doc.sentences[1].label == DENIAL
    assert not [s for s in doc.sentences[1].spans if s.type == "source"]  # the span head misses it
    assert doc.profile["credits"] == ["villagers", "ministry"]
    assert doc.profile["denials"] == [{"denial": 1, "source": "ministry", "allegation": 0}]
    alone = bundled.analyze("The embassy denied the story.")
    assert not [s for s in alone.sentences[0].spans if s.type == "source"]
    assert alone.profile["credits"] == ["embassy"]


def test_the_bundled_model_credits_a_denial_in_a_list_item_to_its_subject(bundled):
    for mark in ("• ", "2. ", "👉 "):
        doc = bundled.analyze("Villagers said soldiers had burned three huts.\n" + mark
                              + "The ministry denied the report.")
        assert doc.profile["credits"] == ["villagers", "ministry"], mark
        assert doc.profile["denials"] == [{"denial": 1, "source": "ministry", "allegation": 0}], mark


def test_the_bundled_model_reads_bullets_on_one_line_as_items_and_credits_each(bundled):
    # list items whose line breaks were lost, as BeautifulSoup's get_text() leaves them
    doc = bundled.analyze("Villagers said soldiers had burned three huts. • The ministry denied the report.")
    assert [s.text for s in doc.sentences] == ["Villagers said soldiers had burned three huts.",
                                               "• The ministry denied the report."]
    assert doc.profile["credits"] == ["villagers", "ministry"]
    assert doc.profile["denials"] == [{"denial": 1, "source": "ministry", "allegation": 0}]


@pytest.mark.parametrize("text, expected", [
    ("According to the indictment, Rhoda Senn ran a sham mill.", "the indictment"),
    ("Rhoda Senn ran a sham mill, according to court filings.", "court filings"),
    ("According to the U.S. Department of Justice, the mill was a sham.", "the U.S. Department of Justice"),
    ("According to a clerk who saw the books, the mill was a sham.", "a clerk"),
    ("According to him, the mill was a sham.", None),  # a pronoun: the pronoun rules read it
    ("The audit went according to plan.", None),  # a manner, no source
    ("According to 2023 figures, the mill was a sham.", None),
    # opening the sentence, the source must end at a mark; an article after it opens what follows
    ("According to police the mill was a sham.", None),
    ("According to Senn prices rose sharply last year.", None),
    ("According to Kessel officials the mill is shut.", None),
    ("But according to Kessel police, the mill was a sham.", "Kessel police"),
    ("The mill is shut, according to Kessel officials the paper said.", "Kessel officials"),
    ("The mill is shut, according to ledgers seen by the Kessel Courier.", "ledgers seen by the Kessel Courier"),
    ("According to the Ministry of the Interior, the mill was a sham.", "the Ministry of the Interior"),
    # a preposition or a participle before the article joins it to the source
    ("The mill is shut, according to a clerk inside the Kessel mint.", "a clerk inside the Kessel mint"),
    ("The mill is shut, according to a suit filed against the Kessel mint.", "a suit filed against the Kessel mint"),
    ("Tolls rose, according to a poll of drivers across the valley.", "a poll of drivers across the valley"),
    # a manner by its head noun; a document is a source
    ("Grain was handed out according to need.", None),
    ("The trout are sorted according to size.", None),
    ("Tolls vary according to region.", None),
    ("The guards acted according to orders from Rhoda Senn.", None),
    ("According to the terms of the lease, the mill was a sham.", None),
    ("Tolls rose, according to the latest figures.", "the latest figures"),
    # a possessive pronoun before a role is a source; before anything else it is not
    ("According to her lawyer, Rhoda Senn never saw the books.", "her lawyer"),
    ("According to their account, the mill was a sham.", None),
])
def test_the_source_after_according_to_is_found(text, expected):
    found = source_according_to(text)
    assert (text[found[0]:found[1]] if found else None) == expected


@pytest.mark.parametrize("text, expected", [
    ("Per the county health lab, the outbreak strain is a new variant.", "the county health lab"),
    ("Per a Kessel hospital statement, three patients were moved to intensive care.",
     "a Kessel hospital statement"),
    ("But per Kessel officials, the clinic reopens on Monday.", "Kessel officials"),
    ("Three patients were moved to intensive care, per the hospital.", "the hospital"),
    # a rate's "per" is no source, nor is "per" opening a sentence without a mark closing its source
    ("Doses rose to 40 per clinic, the ministry said.", None),
    ("The vaccine costs $30 per dose.", None),
    ("Per capita spending on clinics fell by a fifth.", None),
    ("Per the county lab the strain is new.", None),
    ("Tolls rose, per the terms of the lease.", None),
    # before, a possessive pronoun after "per" was no source's opening: "per his lawyer" credited no one
    ("Per his lawyer, the senator never saw the memo.", "his lawyer"),
    ("The senator never saw the memo, per his lawyer.", "his lawyer"),
    # but before no role it is none, as after "according to"
    ("Per her request, the hearing was moved.", None),
    ("The hearing was moved, per their agreement.", None),
])
def test_the_source_after_per_is_found_as_after_according_to(text, expected):
    found = source_according_to(text)
    assert (text[found[0]:found[1]] if found else None) == expected


def test_per_credits_its_own_source_not_the_last_speaker():
    said = ("Dr. Hana Orlik said the clinic was overwhelmed.", CLAIM, {"source": ["Dr. Hana Orlik"]})
    per = ("Per a Kessel hospital statement, three patients were moved to intensive care.", CLAIM, {})
    assert profile_of(said, per)["credits"] == ["hana orlik", "kessel hospital statement"]


def test_per_a_possessive_and_a_role_credits_that_role_not_the_last_speaker():
    said = ("Senator Tom Vale said the audit was political.", CLAIM, {"source": ["Senator Tom Vale"]})
    per = ("Per his lawyer, the senator never saw the memo.", CLAIM, {})
    # the lawyer is not Vale himself, but Vale's lawyer (see test_his_lawyer_or_brother_is_the_person_he_means_s)
    assert profile_of(said, per)["credits"] == ["tom vale", "vale's lawyer"]


def test_according_to_credits_its_own_source_not_the_last_speaker():
    profile = profile_of(("Judge Ilse Varnock said the books were false.", CLAIM, {"source": ["Judge Ilse Varnock"]}),
                         ("According to the indictment, Rhoda Senn ran a sham mill.", CLAIM, {"cue": ["According to"]}),
                         ("Rhoda Senn ran it for a decade, according to Kessel prosecutors.", CLAIM, {}))
    assert profile["credits"] == ["ilse varnock", "indictment", "kessel prosecutors"]
    # "according to him" goes on as a pronoun does
    profile = profile_of(("Judge Ilse Varnock said the books were false.", CLAIM, {"source": ["Judge Ilse Varnock"]}),
                         ("According to her, the mill was a sham.", CLAIM, {}))
    assert profile["credits"] == ["ilse varnock", "ilse varnock"]
    # "her lawyer" is credited as the model's span "her lawyer" would be
    profile = profile_of(("Judge Ilse Varnock said the books were false.", CLAIM, {"source": ["Judge Ilse Varnock"]}),
                         ("According to her lawyer, Rhoda Senn never saw the books.", CLAIM, {}),
                         ("Her lawyer said Rhoda Senn never saw the books.", CLAIM, {"source": ["Her lawyer"]}))
    assert profile["credits"] == ["ilse varnock", "lawyer", "lawyer"]


@pytest.mark.parametrize("text, expected", [
    # a verb of speech inside the relative clause is the clause's: the subject's verb comes after its comma
    ("Marta Kell, who said last week that the levy was dead, said on Monday it could be saved.",
     "Marta Kell, who said last week that the levy was dead"),
    ("Marta Kell, who has denied any wrongdoing, called the audit flawed.",
     "Marta Kell, who has denied any wrongdoing"),
    ("The harbour board, which rejected the first bid, said the second was worse.",
     "The harbour board, which rejected the first bid"),
    # a relative clause may run longer than another appositive
    ("Asked about it, Orlo Brandt, who would have to pass control of his three mills to his sons before he could "
     "take a seat on the council, said the plan was sound.",
     "Orlo Brandt, who would have to pass control of his three mills to his sons before he could take a seat on the "
     "council"),
    # a clause never closed, or whose comma opens no subject's verb, gives none
    ("Marta Kell, who said the levy was dead.", None),
    ("The bid came from the harbour board, which said the pier was sound, and the mill denied it.", None),
])
def test_a_name_before_a_relative_clause_set_off_by_commas_is_the_subject(text, expected):
    assert subject(text, known=lambda word: False) == expected


def test_a_one_word_name_known_before_a_relative_clause_is_credited():
    profile = profile_of(
        ("Orlo Brandt owns three mills on the Kessel.", FACT, {}),
        ("Brandt, who said last week that the levy was fair, denied on Monday that it would close the mills.",
         DENIAL, {}))
    # the surname joins the person the sentence before wrote of in full (before: "brandt", "Orlo" no known given name)
    assert profile["credits"] == [None, "orlo brandt"]


def test_who_speaks_of_an_act_after_a_comma_is_credited_not_the_act_s_subject():
    # "a move the agency said": the agency that spoke, not the officials or the owner who acted
    agency = ("The Harlow Port Authority said the dock was unsafe.", CLAIM, {"source": ["The Harlow Port Authority"]})
    profile = profile_of(agency, ("Tom Vask closed the dock on Friday, a move the authority said came too late.",
                                  CLAIM, {}))
    assert profile["credits"] == ["harlow port authority", "harlow port authority"]
    velta = ("Velta Motors said sales fell.", CLAIM, {"source": ["Velta Motors"]})
    for act in ("a decision the company called painful", "a step that Velta Motors described as painful",
                "a move Velta Motors said was painful"):
        profile = profile_of(velta, (f"Its chief Ana Ruiz cut 200 jobs, {act}.", CLAIM, {}))
        assert profile["credits"] == ["velta motors", "velta motors"], act
    # a span the model cut to the act and its sayer is the sayer's too
    profile = profile_of(agency, ("Tom Vask closed the dock, a move the authority said came too late.", CLAIM,
                                  {"source": ["a move the authority"]}))
    assert profile["credits"] == ["harlow port authority", "harlow port authority"]
    # no act before the sayer: the subject as before
    profile = profile_of(("Mayor Ana Ruiz closed the dock, which she said came too late.", CLAIM, {}))
    assert profile["credits"] != ["harlow port authority"]


def test_who_speaks_of_a_ruling_or_a_plan_after_a_comma_is_credited_not_the_court_or_the_planner():
    # a court's ruling, a fine or a plan that a source speaks of is an act as "a move" is: the sayer speaks, and a
    # span the model cut to the act and its sayer ("a ruling the company") is the sayer's, not "ruling the company"
    velta = ("Velta Motors said sales fell.", CLAIM, {"source": ["Velta Motors"]})
    for act, span in (("a ruling the company said it would appeal", "a ruling the company"),
                      ("a verdict that Velta Motors called unjust", "a verdict that Velta Motors"),
                      ("a fine the company described as unfair", "a fine the company"),
                      ("a settlement Velta Motors said was fair", "a settlement Velta Motors")):
        sentence = f"A regional court fined Velta Motors 2 million crowns, {act}."
        assert profile_of(velta, (sentence, CLAIM, {}))["credits"] == ["velta motors", "velta motors"], act
        profile = profile_of(velta, (sentence, CLAIM, {"source": [span]}))
        assert profile["credits"] == ["velta motors", "velta motors"], span
        assert [s["display"] for s in profile["sources"]] == ["Velta Motors"], span


def test_a_person_whom_a_relative_clause_of_speech_describes_is_credited_with_what_it_says():
    # what "who says" conveys is the person's claim (LABELS.md), credited to them in full, not the speaker before
    mayor = ("Mayor Ilse Varnock said the pier was unsafe.", CLAIM, {"source": ["Mayor Ilse Varnock"]})
    profile = profile_of(mayor, ("Foreign Minister Anton Dreyer, who says the talks failed, flew home.", CLAIM, {}))
    assert profile["credits"] == ["ilse varnock", "anton dreyer"]
    assert profile_of(("The board thanked Rhoda Senn, who said her mill was clean.", DENIAL, {}))["credits"] == [
        "rhoda senn"]
    # an opener's words are no part of the name
    assert profile_of(("On Tuesday Anton Dreyer, who says the talks failed, flew home.", CLAIM, {}))["credits"] == [
        "anton dreyer"]


@pytest.mark.parametrize("text, expected", [
    ("Foreign Minister Anton Dreyer, who says the talks failed, flew home.", "Foreign Minister Anton Dreyer"),
    ("House Ethics Committee Chairman Ada Vell, who says the talks failed, flew home.",
     "House Ethics Committee Chairman Ada Vell"),
    ("The leader of Kessel, who says the talks failed, flew home.", "The leader of Kessel"),
    # "who" after a body's name: the person named before the body is meant, not the body
    ("Kell quoted Ada Vell, head of the Kessel Institute's Centre for Law, who said the talks failed.", None),
    ("The mill hired a chemist, who said the water was clean.", None),
])
def test_the_person_before_who_said_is_a_person_not_a_body(text, expected):
    found = name_before_which_said(text)
    assert (text[found[0]:found[1]] if found else None) == expected


def test_a_body_s_name_before_who_said_credits_no_body():
    mayor = ("Mayor Ilse Varnock said the pier was unsafe.", CLAIM, {"source": ["Mayor Ilse Varnock"]})
    profile = profile_of(mayor, ("Kell quoted Ada Vell, head of the Kessel Institute's Centre for Law, who said the "
                                 "talks failed.", CLAIM, {}))
    assert "kessel institute's centre for law" not in profile["credits"]


@pytest.mark.parametrize("role", ["head of the Orlen Foundation's Water Programme", "a lecturer at Tessby College",
                                  "the chief executive of Marrow Freight"])
def test_the_person_before_an_appositive_of_their_role_and_who_said_is_credited(role):
    # before, "who" after the body's name credited no one, and the sentence went on with the mayor's account
    mayor = ("Mayor Ilse Varnock said the pier was unsafe.", CLAIM, {"source": ["Mayor Ilse Varnock"]})
    text = f"The report cited Petra Linde, {role}, who said the river had been dredged too deep."
    assert profile_of(mayor, (text, CLAIM, {}))["credits"] == ["ilse varnock", "petra linde"]


@pytest.mark.parametrize("text, expected", [
    ("The report cited Petra Linde, head of the Orlen Foundation's Water Programme, who said it.", "Petra Linde"),
    # no role in the appositive, no name before it, or "which" (a body's clause)
    ("The report cited Petra Linde, Tessby's oldest ferry pilot, who said it.", None),
    ("The report cited the staff, head of the Orlen Foundation, who said it.", None),
    ("The report cited Petra Linde, head of the Orlen Foundation, which said it.", None),
])
def test_whom_an_appositive_of_a_role_in_a_body_follows(text, expected):
    found = role_holder_before_who_said(text)
    assert (text[found[0]:found[1]] if found else None) == expected


def test_a_marked_relative_pronoun_alone_gives_way_to_the_name_the_clause_is_about():
    profile = profile_of(
        ("Anglers said Pellory Mills dumped dye.", CLAIM, {"source": ["Anglers"]}),
        ("Rhoda Senn, who said her mill was clean, denied the report.", DENIAL, {"source": ["who"], "cue": ["denied"]}))
    assert profile["credits"] == ["anglers", "rhoda senn"]
    # with no subject before the clause, the pronoun is no one, as before
    profile = profile_of(
        ("Anglers said Pellory Mills dumped dye.", CLAIM, {"source": ["Anglers"]}),
        ("The mill hired a chemist, who said the water was clean.", CLAIM, {"source": ["who"]}))
    assert profile["credits"] == ["anglers", "anglers"]


@pytest.mark.parametrize("text, expected", [
    ("Varga, the minister, brushed off the reports.", "Varga, the minister"),
    ("Quillon, the chief executive, denied the charge.", "Quillon, the chief executive"),
    ("Varga, the minister for transport, said the trains were safe.", "Varga, the minister for transport"),
    # not a business's rank, an aside that is no role, a pronoun, an opener or a possessive
    ("Zelvo, the market leader, denied the charge.", None),
    ("Varga, the town on the hill, denied the charge.", None),
    ("Varga, predictably, denied the charge.", None),
    ("She, the minister, denied the charge.", None),
    ("Meanwhile, the minister, denied the charge.", None),
    ("Varga's, the minister, denied the charge.", None),
])
def test_one_unknown_word_with_a_role_after_its_comma_is_a_subject(text, expected):
    # the README's "a surname alone counts ... with a role after a comma" holds for a subject as for a span
    assert subject(text) == expected


def test_a_surname_with_a_role_denying_is_credited_and_its_she_follows_it_not_the_accuser():
    profile = profile_of(
        ("Nora Pell of Harbour Watch said guards beat the strikers.", CLAIM,
         {"source": ["Nora Pell of Harbour Watch"], "cue": ["said"]}),
        ("Varga, the minister, brushed off the reports.", DENIAL, {"cue": ["brushed off"]}),
        ("She insisted her guards acted calmly.", DENIAL, {"source": ["She"], "cue": ["insisted"]}))
    assert profile["credits"] == ["nora pell", "varga", "varga"]
    assert {s["source"]: s["denies"] for s in profile["sources"]} == {"varga": True, "nora pell": False}


@pytest.mark.parametrize("text, expected", [
    ("Health officials are warning that cases will rise.", "Health officials"),
    ("The ministry is insisting that the figures are sound.", "The ministry"),
    ("The company is denying any wrongdoing.", "The company"),
    ("The doctors are saying the pill works.", "The doctors"),
    ("The Halden Health Agency is advising travellers to get vaccinated.", "The Halden Health Agency"),
    ("Kellmore Pharma was disputing the figures.", "Kellmore Pharma"),
    # withholding in the progressive is no denial; weasel words and clauses still name no one
    ("The ministry is denying the firm access to the site.", None),
    ("Critics are saying the plan is unfair.", None),
    ("What he is saying is false.", None),
])
def test_a_verb_of_speech_or_denial_in_the_progressive_credits_its_subject(text, expected):
    assert subject(text) == expected


@pytest.mark.parametrize("text, expected", [
    # advice in any tense, as in the progressive
    ("The Halden Health Agency advised travellers to get vaccinated.", "The Halden Health Agency"),
    ("The ministry urged residents to stay indoors.", "The ministry"),
    ("The Halden Health Agency urges caution.", "The Halden Health Agency"),
    # a participle after a comma or before "by" is none
    ("The firm, advised by Kessel Partners, said the deal was fair.", "The firm, advised by Kessel Partners"),
    ("The board was advised by lawyers to settle.", None),
])
def test_a_verb_of_advice_credits_its_subject_in_any_tense(text, expected):
    assert subject(text) == expected


def test_an_advisory_in_the_progressive_with_no_source_span_is_credited_to_its_subject():
    profile = profile_of(("The Halden Health Agency is advising travellers to get vaccinated.", CLAIM, {}))
    assert profile["credits"] == ["halden health agency"]


@pytest.mark.parametrize("text, expected", [
    # a role with the name after it, a comma between or not, what the role serves perhaps between
    ('"We will pass it this session," said the Green leader of the Senate, Rena Tolle.',
     "the Green leader of the Senate, Rena Tolle"),
    ('"We will pass it," said the Green leader of the Senate, Rena Tolle, on Tuesday.',
     "the Green leader of the Senate, Rena Tolle"),
    ('"We expect a stronger second half," said the firm\'s chief executive Ana Roe.',
     "the firm's chief executive Ana Roe"),
    ("Costs will fall, said the mayor's chief of staff, Ana Roe, in a letter.", "the mayor's chief of staff, Ana Roe"),
    # a role serving another role: the name may be the other's (before, as now, the description alone)
    ('"No," said the spokesman for the mayor, Tom Vell.', "the spokesman"),
])
def test_a_role_then_a_name_after_an_inverted_cue_is_the_named_speaker(text, expected):
    found = description_after_cue(text)
    assert (text[found[0]:found[1]] if found else None) == expected


@pytest.mark.parametrize("sentence, marks", [
    ('"We will pass it this session," said the Green leader of the Senate, Rena Tolle.',
     ["the Green leader of the Senate"]),
    ('"We will pass it this session," said the Green leader of the Senate, Rena Tolle.', []),
    ('"We expect a stronger second half," said the firm\'s chief executive Ana Roe.', ["the firm's chief executive"]),
    ('"We expect a stronger second half," said the firm\'s chief executive Ana Roe.', []),
    ("The firm's chief executive Ana Roe said a stronger second half was likely.", ["The firm's chief executive"]),
    ("The vote was a sham, said the leader of the opposition, Mara Quist, on Tuesday.",
     ["the leader of the opposition"]),
])
def test_a_role_the_model_marked_without_the_name_after_it_is_that_person(sentence, marks):
    # before, the role alone ("green leader of the senate", "firm's chief executive") was credited, or, with
    # nothing marked, "green leader" or no one
    profile = profile_of(("Sales fell 4 percent in the quarter.", FACT, {}),
                         (sentence, CLAIM, {"source": marks, "cue": ["said"]}))
    name = re.search(r"(Rena Tolle|Ana Roe|Mara Quist)", sentence).group(1).lower()
    assert profile["credits"] == [None, name]


@pytest.mark.parametrize("role", ["His publicist", "Vask's publicist", "His agent", "His spokeswoman"])
def test_a_publicist_or_an_agent_the_model_marked_without_the_name_after_it_is_that_person(role):
    # before, "publicist" and "agent" were no person's roles, so "His publicist" of "His publicist, Dana Moor, said"
    # was a source "publicist", where "His spokeswoman" was Dana Moor
    said = (f"{role}, Dana Moor, said he would not comment.", DENIAL, {"source": [role], "cue": ["said"]})
    profile = profile_of(("Tom Vask has been silent since the trial.", FACT, {}), said)
    assert profile["credits"] == [None, "dana moor"]


@pytest.mark.parametrize("sentence, credit", [
    # a role serving another role, or a list after the role: the role alone, as before
    ('"No," said an aide to the mayor, Tom Vell, on Tuesday.', "aide to the mayor"),
    ("The mayor, Tom Vell and Ana Ruiz said the pier was unsafe.", "mayor"),
])
def test_a_name_after_a_role_is_not_joined_to_it_where_it_may_be_another_s(sentence, credit):
    role = re.match(r'(?:"No," said )?((?:an aide to )?[Tt]he mayor)', sentence).group(1)
    profile = profile_of((sentence, CLAIM, {"source": [role], "cue": ["said"]}))
    assert profile["credits"] == [credit]


@pytest.mark.parametrize("text, group", [
    ("Some residents said the new road would bring traffic.", "Some residents"),
    ("But many local shoppers say prices are too high.", "many local shoppers"),
    ("Several parents have complained about the buses.", None),  # no speech verb it reads
    ("A few nurses told reporters the ward was short-staffed.", "A few nurses"),
    # a weasel word alone, or a plural that names no people: no group
    ("Some say the road will bring traffic.", None),
    ("Many roads said to be unsafe were closed.", None),
])
def test_a_counted_group_of_people_opens_a_sentence_as_its_speaker(text, group):
    found = group_before_cue(text)
    assert (text[found[0]:found[1]] if found else None) == group


def test_a_counted_group_the_model_marked_no_source_in_is_credited():
    # before, "Some residents said ..." with no span marked was no one's: "Some residents" is a vague source, but a
    # group of people, not the writer's weasel wording
    profile = profile_of(("The council approved the road on Monday.", FACT, {}),
                         ("Mayor Ilse Varnock said it was safe.", CLAIM, {"source": ["Mayor Ilse Varnock"]}),
                         ("Some residents said the road would bring more traffic.", CLAIM, {"cue": ["said"]}))
    assert profile["credits"] == [None, "ilse varnock", "some residents"]
    # weasel wording alone stays no one's
    profile = profile_of(("Mayor Ilse Varnock said it was safe.", CLAIM, {"source": ["Mayor Ilse Varnock"]}),
                         ("Some say the road will bring more traffic.", CLAIM, {"cue": ["say"]}))
    assert profile["credits"] == ["ilse varnock", None]


@pytest.mark.parametrize("text, group", [
    ("Independent experts said the dam was unsafe.", "Independent experts"),
    ("Various groups said the dam was unsafe.", "Various groups"),
    ("Several organisations said the dam was unsafe.", "Several organisations"),
])
def test_a_weasel_group_opening_a_sentence_is_its_unnamed_speaker(text, group):
    found = group_before_cue(text)
    assert (text[found[0]:found[1]] if found else None) == group


@pytest.mark.parametrize("group", ["Independent experts", "Various groups", "Several organisations", "Some observers"])
def test_a_weasel_group_credits_no_named_source(group):
    # before, "Independent experts said ..." with no span marked went on with the mayor's account, and where it was
    # marked "independent experts" was read as a name, which summarize merged across documents
    mayor = ("Mayor Ilse Varnock said the dam was sound.", CLAIM, {"source": ["Mayor Ilse Varnock"], "cue": ["said"]})
    weasel = f"{group} said the dam was unsafe."
    for marks in ({"cue": ["said"]}, {"source": [group], "cue": ["said"]}):
        profile = profile_of(mayor, (weasel, CLAIM, marks))
        assert profile["credits"] == ["ilse varnock", group.lower()]
        assert generic_source(group.lower(), group)


@pytest.mark.parametrize("source, display", [
    ("independent experts panel", "Independent Experts Panel"),
    ("independent", "Independent"),
    ("rights groups", "Rights groups"),
])
def test_a_named_group_beside_a_weasel_word_still_names_someone(source, display):
    assert not generic_source(source, display)


@pytest.mark.parametrize("said, credited", [
    ("The car was stolen, Ruiz said.", "ruiz"),
    ("The study found the drug worked, Ruiz said.", "ruiz"),  # the speaker at the end, not the study
    ("Patients reported rashes, the study found.", "study"),  # the finder at the end, not the speaker before
    ("Costs rose sharply, the audit concluded.", "audit"),
    ("Patients reported rashes, researchers found.", "tom vell"),  # no one named at the end: the account goes on
    ("The car was stolen on Monday, Ruiz found.", "tom vell"),
])
def test_a_speaker_or_finder_credited_at_the_end_with_no_span_marked_has_the_sentence(said, credited):
    vell = ("Tom Vell said the trial had been run with care.", CLAIM, {"source": ["Tom Vell"], "cue": ["said"]})
    assert profile_of(vell, (said, CLAIM, {}))["credits"] == ["tom vell", credited]
    # a surname the document named before joins that person
    ruiz = ("Ana Ruiz said the trial had been run with care.", CLAIM, {"source": ["Ana Ruiz"], "cue": ["said"]})
    assert profile_of(ruiz, (said, CLAIM, {}))["credits"][1] == ("ana ruiz" if credited in ("ruiz", "tom vell")
                                                                 else credited)


@pytest.mark.parametrize("aside, credited", [
    ("Mr. Tesh, administration officials said, will travel to Lisbon next week.", "administration officials"),
    ("Mr. Tesh, the ministry said, will travel to Lisbon next week.", "ministry"),
    ("Mr. Tesh, Ruiz said, will travel to Lisbon next week.", "ruiz"),
    ("The envoy, officials said, will travel to Lisbon next week.", "officials"),
    ("Mr. Tesh, he said, will travel to Lisbon next week.", "michael tesh"),  # no one else: his account goes on
    ("Mr. Tesh, who officials said was ill, will travel to Lisbon.", "michael tesh"),
])
def test_a_speaker_set_between_commas_after_the_subject_is_the_source_where_no_span_is_marked(aside, credited):
    tesh = ("Michael Tesh said the plan was sound.", CLAIM, {"source": ["Michael Tesh"], "cue": ["said"]})
    assert profile_of(tesh, (aside, CLAIM, {}))["credits"] == ["michael tesh", credited]


@pytest.mark.parametrize("then", ["It stated that staff would be cut by a third.",
                                  '"Staff will be cut by a third," it stated.'])
def test_a_document_named_by_its_day_opening_a_sentence_is_its_subject_and_its_it(then):
    pell = ("Oren Pell said the panel had met.", CLAIM, {"source": ["Oren Pell"], "cue": ["said"]})
    memo = ("Thursday's memo from the inquiry said the budget was short.", CLAIM, {"cue": ["said"]})
    assert profile_of(pell, memo, (then, CLAIM, {}))["credits"] == ["oren pell"] + ["memo from the inquiry"] * 2
    # a body the day does not name is no subject
    cabinet = ("Monday's cabinet said the budget was short.", CLAIM, {"cue": ["said"]})
    assert profile_of(pell, cabinet)["credits"] == ["oren pell", "oren pell"]


@pytest.mark.parametrize("opener", ["While", "Although", "Even though", "Though"])
def test_the_main_clause_s_subject_after_a_fronted_concession_speaks_not_the_one_it_concedes(opener):
    text = (f'{opener} Ruiz has condemned the plan, the groups who wrote to the senator on Monday say they are '
            '"worried that voters are hearing two stories."')
    profile = profile_of(
        ("Senator Ana Ruiz is running for governor.", FACT, {}),
        (text, DENIAL, {"source": ["Ruiz"], "cue": ["has condemned", "say"],
                        "content": ["the plan", 'they are "worried that voters are hearing two stories."']}),
        ("They ask the senator to make it clear she opposes it.", CLAIM,
         {"source": ["They"], "cue": ["ask"], "content": ["the senator to make it clear she opposes it"]}))
    assert profile["credits"] == [None, "groups", "groups"]


@pytest.mark.parametrize("opener", ["After", "Before", "When", "Once", "As soon as"])
def test_a_source_past_a_fronted_clause_of_time_acts_not_the_one_the_clause_names(opener):
    # before, the source marked in the clause, which only says when, was credited with the main clause
    voss = ("Pell Voss, the fund's treasurer, said the money was spent.", CLAIM,
            {"source": ["Pell Voss, the fund's treasurer"], "cue": ["said"]})
    text = f"{opener} Dell described the budget as a fiction, Voss urged the trustees to respond."
    profile = profile_of(("Mara Dell sent the memo in March.", FACT, {}), voss,
                         (text, CLAIM, {"source": ["Dell", "Voss"], "cue": ["described"]}))
    assert profile["credits"] == [None, "pell voss", "pell voss"]
    # a pronoun past the clause may be its own subject, and a weasel word names no one: the clause's source stays
    for main, source in (("she said the budget was short", "she"), ("someone shouted that it was short", "someone")):
        text = f"{opener} Dell described the budget as a fiction, {main}."
        profile = profile_of(("Mara Dell sent the memo in March.", FACT, {}), voss,
                             (text, CLAIM, {"source": ["Dell", source], "cue": ["described"]}))
        assert profile["credits"] == [None, "pell voss", "mara dell"], main


@pytest.mark.parametrize("main", ["said the plan, which Tom Orr wrote, was dead",
                                  "said the plan was dead, adding that Tom Orr had lied"])
def test_a_clause_of_time_with_no_comma_of_its_own_does_not_run_into_the_main_clause(main):
    # before, "After the vote Ana Voss said the plan," was read as the clause of time, and Orr, past its comma, spoke
    marks = {"source": ["Ana Voss", "Tom Orr"], "cue": ["said"]}
    assert profile_of((f"After the vote Ana Voss {main}.", CLAIM, marks))["credits"] == ["ana voss"]

def test_a_source_in_a_fronted_concession_still_speaks_when_no_cue_follows_its_comma():
    text = "While Ruiz has condemned the plan, the groups are not convinced."
    profile = profile_of(
        ("Senator Ana Ruiz is running for governor.", FACT, {}),
        (text, DENIAL, {"source": ["Ruiz"], "cue": ["has condemned"], "content": ["the plan"]}))
    assert profile["credits"] == [None, "ana ruiz"]


def test_a_source_marked_past_a_fronted_concession_speaks_not_the_one_marked_in_it():
    text = ("While Ruiz has firmly condemned the plan, the groups who wrote to the senator on Monday say they are "
            '"worried that voters are hearing two stories."')
    profile = profile_of(
        ("Senator Ana Ruiz is running for governor.", FACT, {}),
        (text, CLAIM, {"source": ["Ruiz", "the groups who"], "cue": ["has firmly condemned", "wrote", "say"],
                       "content": ["the plan", 'they are "worried that voters are hearing two stories."']}),
        ("They ask the senator to make it clear she opposes it.", CLAIM,
         {"source": ["They"], "cue": ["ask"], "content": ["the senator to make it clear she opposes it"]}))
    assert profile["credits"] == [None, "groups", "groups"]


@pytest.mark.parametrize(("text", "spans", "cue", "source"), [
    ("While Ruiz has condemned the plan, he said it was weak.", ["Ruiz", "he"], "said", "dan ruiz"),
    ("While the unions have condemned the plan, they said it was weak.", ["the unions", "they"], "said", "unions"),
    ("While Ruiz has condemned the plan, his opposition has grown over what he sees as its weakness.",
     ["Ruiz", "he"], "sees", "dan ruiz"),
])
def test_a_main_clause_opening_with_a_pronoun_after_a_concession_keeps_the_concession_s_source(text, spans, cue,
                                                                                                 source):
    profile = profile_of(
        ("Senator Dan Ruiz is running for governor.", FACT, {}),
        ("The mayor's aides spoke on Monday.", FACT, {}),
        (text, CLAIM, {"source": spans, "cue": [text.split(spans[0])[1].split()[0] + " condemned", cue]}))
    assert profile["credits"][-1] == source


@pytest.mark.parametrize("headline, marked", [
    ("Dravonia accused of running covert sites in Maraland", "Dravonia"),
    ("Minister Orsin Vell accused of lying about covert sites", "Minister Orsin Vell"),
    ("Harbour chief blamed for pier sale losses", "Harbour chief"),
])
def test_the_accused_before_a_passive_accused_of_is_no_source_of_the_sentence(headline, marked):
    # the model marks the accused as the source of a headline's "X accused of ...": X is charged, not charging
    profile = profile_of((headline, CLAIM, {"source": [marked], "cue": [headline.split()[len(marked.split())]]}),
                         ("A rights group said Dravonia ran four offices.", CLAIM, {"source": ["A rights group"]}))
    assert profile["credits"] == [None, "rights group"]
    # the accuser before an active verb, or one named after the claim, still speaks
    profile = profile_of(("Rights group accuses Dravonia of running covert sites", CLAIM,
                          {"source": ["Rights group"], "cue": ["accuses"]}),
                         ("Dravonia charged with running covert sites, NGO says", CLAIM,
                          {"source": ["NGO"], "cue": ["says"]}))
    assert profile["credits"] == ["rights group", "ngo"]


@pytest.mark.parametrize("text, marked", [
    ("Orrin, 58, who ran the city from 2015, is accused of moving the money to a consultancy.", ["Orrin", "city"]),
    ("The suspect, a Brisk man, was charged with arson.", ["The suspect"]),
    ("Vell, the former harbour chief, stands accused of taking bribes.", ["Vell"]),
])
def test_the_accused_before_an_aside_and_is_accused_of_is_no_source_nor_is_what_the_aside_names(text, marked):
    # before, only a passive right after the name was read: "Orrin, 58, ..., is accused of" credited Orrin (or the
    # city the aside names)
    profile = profile_of(("Prosecutors charged the former mayor, Tom Orrin, with fraud.", "reported_fact", {}),
                         (text, CLAIM, {"source": marked}))
    assert profile["credits"] == [None, None]
    # an aside without a verb of being may be a speaker's: "Vell, accused of fraud, said" is Vell's
    profile = profile_of(("Vell, accused of fraud, said he would fight the charges.", CLAIM, {"source": ["Vell"]}),)
    assert profile["credits"] == ["vell"]


def test_analysts_at_a_named_firm_writing_in_a_note_are_the_source_not_the_account_before():
    # before, the analysts' note went on the company's account before it ("corvane")
    profile = profile_of(
        ("Corvane said it would buy back shares.", CLAIM, {"source": ["Corvane"], "cue": ["said"]}),
        ("Analysts at Dunmore Securities raised their price target to $142 from $125, writing in a note that "
         'Corvane was "gaining share faster than we modelled."', CLAIM, {"cue": ["writing"]}))
    assert profile["credits"] == ["corvane", "analysts at dunmore securities"]


@pytest.mark.parametrize("text, expected", [
    ("Analysts at Dunmore Securities said the shares were cheap.", "Analysts at Dunmore Securities"),
    ("Experts at Kessel University said the dam was sound.", "Experts at Kessel University"),
    # unnamed, they are weasel wording as before
    ("Analysts said the shares were cheap.", None),
    ("Analysts at the time said the shares were cheap.", None),
])
def test_analysts_or_experts_at_a_named_body_are_a_subject(text, expected):
    assert subject(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Dunmore Securities raised its target, writing in a note to clients that Corvane was cheap.",
     "Dunmore Securities"),
    ("Ana Ruiz backed the plan, writing on Facebook that it was overdue.", "Ana Ruiz"),
    ("Dunmore Securities raised its target, writing that Corvane was cheap.", "Dunmore Securities"),
    # "writing" of no report
    ("Dunmore Securities raised its target, writing off the loss.", None),
])
def test_a_participle_of_writing_that_after_the_main_clause_credits_its_subject(text, expected):
    found = subject_of_later_cue(text)
    assert (text[found[0]:found[1]] if found else None) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb of reply before "that" opening a clause, or a quotation, reports what the subject said
    ("Tom Vask answered that the governor had never run a farm.", "Tom Vask"),
    ('Ana Ruiz replied: "Never."', "Ana Ruiz"),
    ('The Ruiz campaign shot back, "That is false."', "The Ruiz campaign"),
    ("The county party responded that it had followed the rules.", "The county party"),
    ("Tom Vask retorted that Ruiz had never run a farm.", "Tom Vask"),
    # an aside between name and verb is passed over, as it is before "said"
    ("Vask, clearly annoyed, answered that the governor had never run a farm.", "Vask, clearly annoyed"),
    # an answer or a response with no words of its own reported is no cue
    ("Tom Vask answered that question at length.", None),
    ("The Ruiz campaign responded to the letter on Monday.", None),
    ("Ana Ruiz replied within an hour.", None),
])
def test_a_verb_of_reply_before_what_was_said_credits_its_subject(text, expected):
    assert subject(text, lambda word: word == "Vask") == expected


def test_a_reply_with_an_aside_is_the_replier_s_not_the_last_speaker_s():
    profile = profile_of(("Tom Vask said the tax plan would hurt farmers.", CLAIM, {"source": ["Tom Vask"]}),
                         ("Ana Ruiz, the governor, disputed that.", CLAIM, {"source": ["Ana Ruiz, the governor"]}),
                         ("Vask, clearly annoyed, answered that the governor had never run a farm.", CLAIM, {}))
    assert profile["credits"] == ["tom vask", "ana ruiz", "tom vask"]


@pytest.mark.parametrize("text, expected", [
    ("Halloran's widow, Greta, said she had lost her closest friend.", "Halloran's widow, Greta"),
    ("Pruett's eldest son told the court that he could not forgive the driver.", "Pruett's eldest son"),
    ("Ivers's mother said the boy had never been in trouble.", "Ivers's mother"),
    # a possessive pronoun's relative, named by a given name alone
    ("His widow, Greta, said she had lost her closest friend.", "His widow, Greta"),
    ("Her son, Tomas, told the court he could not forgive the driver.", "Her son, Tomas"),
])
def test_a_named_person_s_relative_is_the_subject_before_a_speech_verb(text, expected):
    assert subject(text) == expected


def test_a_named_person_s_relative_with_no_source_span_speaks_not_the_court_heard_before():
    # before, "Halloran's widow, Greta" named no one: the court's account went on, and "she" after it met no one
    profile = profile_of(
        ("The court heard that the van struck Tomas Halloran from behind.", CLAIM, {"source": ["The court"]}),
        ("Halloran died at the scene.", FACT, {}),
        ("In a statement read to the court, Halloran's widow, Greta, said she had lost her closest friend.", CLAIM,
         {"cue": ["said"]}),
        ('"Our house is silent now," she said.', CLAIM, {"source": ["she"], "cue": ["said"]}))
    assert profile["credits"][2] == profile["credits"][3] != "court"
    assert profile["credits"][2] is not None and "greta" in profile["credits"][2]


@pytest.mark.parametrize("text, expected", [
    # a cue's word after an article in an appositive is a noun, no verb: the verb after it is the subject's
    ("Tom Vask, a harbour master caught in a dispute over pay, said the closure would cost jobs.",
     "Tom Vask, a harbour master caught in a dispute over pay"),
    ("Ana Ruiz, the lawyer behind the rebuttal, said the ruling was wrong.",
     "Ana Ruiz, the lawyer behind the rebuttal"),
    # with no verb after it, none
    ("The board heard a dispute over pay.", None),
])
def test_a_cue_s_word_after_an_article_in_an_aside_is_no_verb_of_the_subject(text, expected):
    assert subject(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a role with a relative clause on it may run as long as a relative clause alone
    ("Tom Vask, a former harbour master who ran the port authority for a decade before he retired to the coast, said "
     "the closure would cost jobs.",
     "Tom Vask, a former harbour master who ran the port authority for a decade before he retired to the coast"),
    # a name and its role set apart before a relative clause: the name, not the role alone
    ("Tom Vask, the former harbour master, who ran the port authority for a decade, said the closure would cost jobs.",
     "Tom Vask, the former harbour master, who ran the port authority for a decade"),
])
def test_a_long_aside_with_a_relative_clause_leaves_the_name_before_it_the_subject(text, expected):
    assert subject(text) == expected


def test_a_claim_after_a_long_aside_with_a_relative_clause_is_the_named_subject_s():
    profile = profile_of(("The port will close two berths next year.", FACT, {}),
                         ("Tom Vask, a former harbour master who ran the port authority for a decade before he retired "
                          "to the coast, said the closure would cost hundreds of jobs.", CLAIM, {"cue": ["said"]}))
    assert profile["credits"] == [None, "tom vask"]


def test_her_lawyer_is_the_person_s_though_a_place_of_two_words_follows():
    # a place written "St. Luke's" is no second person's name: before, the pair read as one made "her doctor" no one's
    profile = profile_of(("Judge Ilse Varnock said the books were false.", CLAIM, {"source": ["Judge Ilse Varnock"]}),
                         ("Her doctor said she would be moved to St. Luke's on Friday.", CLAIM,
                          {"source": ["Her doctor"], "cue": ["said"]}))
    assert profile["credits"] == ["ilse varnock", "varnock's doctor"]
