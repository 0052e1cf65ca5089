"""Profiles of non-story formats: timelines, lettered and numbered lists, crossheads, pull quotes."""
import dataclasses

import pytest

from framing.document import Sentence, Span
from framing.profile import build_profile
from framing.segment import split_sentences
from test_profile import LABELS, document

CLAIM, DENIAL, FACT, OPINION = "attributed_claim", "official_denial", "reported_fact", "editorial_opinion"


def cut(text, labels, sources):
    """The sentences of ``text`` as the segmenter cuts them, the first whose text holds a key of ``labels`` labelled
    so (else a fact), with a source span on each phrase that ``sources`` gives for such a key."""
    sentences = []
    for start, end in split_sentences(text):
        words = text[start:end]
        key = next((key for key in labels if key in words), None)
        label = labels.get(key, FACT)
        spans = tuple(Span("source", text.index(phrase, start, end), text.index(phrase, start, end) + len(phrase),
                           phrase) for phrase in sources.get(key, ()))
        sentences.append(Sentence(words, start, end, label, {name: float(name == label) for name in LABELS}, spans))
    return sentences


@pytest.mark.parametrize("mark", ["2009 — ", "2009 - ", "2009: ", "March 3: ", "March 3, 2024 — ", "3 March — ",
                                  "Jan. 5: ", "1) ", "2. ", "b) ", "(c) "])
def test_a_timeline_s_or_list_s_entry_mark_does_not_hide_the_company_that_the_company_means(mark):
    s = document(
        (f"{mark}Aquavance Ltd signs a 25-year contract to run the city's pumps.", "reported_fact", None),
        (f"{mark}The regulator says the pumps are too old.", "attributed_claim", "The regulator"),
        (f"{mark}The company says it will appeal.", "attributed_claim", "The company"),
    )
    p = build_profile(s, LABELS)
    assert p["credits"] == [None, "regulator", "aquavance ltd"]


def test_a_figure_that_opens_a_sentence_is_no_timeline_mark():
    s = document(
        ("Aquavance Ltd runs the city's pumps.", "reported_fact", None),
        ("2009 was the year Torvane Ltd signed the contract.", "reported_fact", None),
        ("The company says it will appeal.", "attributed_claim", "The company"),
    )
    # a year that is the sentence's subject is no mark: Torvane Ltd does not open it, and the company is Aquavance
    assert build_profile(s, LABELS)["credits"][2] == "aquavance ltd"


PULLED = "We were sent to Westgate three times, and Westgate never lost water"


@pytest.mark.parametrize("pull_quote", [f'"{PULLED}" — Mirek Hall', f'"{PULLED}." - Mirek Hall, driver',
                                        f'PULL QUOTE: "{PULLED}"', f"{PULLED} — Mirek Hall"])
def test_a_signed_or_labelled_pull_quote_is_a_repeat_credited_once(pull_quote):
    text = ("Tankers missed the east of Morlan for three days, drivers said.\n\n"
            f'"{PULLED}," said Mirek Hall, a driver.\n\n{pull_quote}\n\n'
            "Hall said the list was wrong from the first day.\n\nThe city has not answered.")
    sentences = cut(text, {"drivers said": CLAIM, "said Mirek": CLAIM, "Mirek Hall": CLAIM, "PULL": CLAIM,
                           "Hall said": CLAIM}, {"drivers said": ["drivers"], "said Mirek": ["Mirek Hall, a driver"],
                                                  "Mirek Hall": ["Mirek Hall"], "Hall said": ["Hall"]})
    profile = build_profile(sentences, LABELS, text)
    pulled = [k for k, s in enumerate(sentences) if s.start >= text.index(pull_quote)][:1][0]
    assert all(profile["credits"][k] is None for k in range(pulled, len(sentences) - 2))
    assert {x["source"]: x["sentences"] for x in profile["sources"]} == {"drivers": 1, "mirek hall": 2}


def test_a_headline_signed_with_a_name_is_still_credited_to_it():
    text = f'"{PULLED}" — Mirek Hall\n\nTankers missed the east of Morlan, drivers said.'
    sentences = cut(text, {"Mirek Hall": CLAIM, "drivers": CLAIM},
                    {"Mirek Hall": ["Mirek Hall"], "drivers": ["drivers"]})
    assert build_profile(sentences, LABELS, text)["credits"] == ["mirek hall", "drivers"]


def unsourced_of(text, opinions):
    """The texts of ``text``'s unsourced sentences, each sentence holding one of ``opinions`` labelled an opinion."""
    sentences = cut(text, dict.fromkeys(opinions, OPINION), {})
    return [sentences[k].text for k in build_profile(sentences, LABELS, text)["unsourced_sentences"]]


def test_crossheads_and_a_list_s_heading_are_no_unsourced_opinion():
    text = ("Why the taps ran dry in Morlan\n\nBy Ines Varga\n\nWhat happened?\n\nA pump at the reservoir failed on "
            "Monday. The city's response has been shameful.\n\nWhat is the city doing?\n\nTankers were sent out.\n\n"
            "Key facts:\nHouseholds affected: 40,000\nTankers: 30\n\nWhat we don't know yet:\n\n1. Who will pay.")
    opinions = ("Why the taps", "What happened", "shameful", "city doing", "Key facts", "know yet")
    assert unsourced_of(text, opinions) == ["Why the taps ran dry in Morlan", "The city's response has been shameful."]


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_crossheads_and_a_list_s_heading_are_no_unsourced_opinion_whatever_ends_the_lines(line_end):
    # before, in copy whose lines end in a carriage return alone (old Mac files, some CMS exports), "What is the
    # city doing?" and "Key facts:" were counted as the writer's opinion, as the blank lines around them went unseen
    text = ("Why the taps ran dry in Morlan\n\nBy Ines Varga\n\nWhat happened?\n\nA pump at the reservoir failed on "
            "Monday. The city's response has been shameful.\n\nWhat is the city doing?\n\nTankers were sent out.\n\n"
            "Key facts:\nHouseholds affected: 40,000\nTankers: 30\n\nWhat we don't know yet:\n\n1. Who will pay.")
    opinions = ("Why the taps", "What happened", "shameful", "city doing", "Key facts", "know yet")
    assert unsourced_of(text.replace("\n", line_end), opinions) == [
        "Why the taps ran dry in Morlan", "The city's response has been shameful."]
    # a single line break is still no blank line: a question running into the copy below stays the writer's
    text = "Taps run dry\n\nA pump failed on Monday.\n\nIs this the best a city can do?\nTankers were sent out late."
    assert unsourced_of(text.replace("\n", line_end), ("best",)) == ["Is this the best a city can do?"]


@pytest.mark.parametrize("line", [
    "Is this really the best that a city of three hundred thousand people can do for the people who live in it?",
    "A pump failed. Is this the best a city can do?",  # a question closing a paragraph of copy
    "So it is only fair to ask: is this the best a city can do?",  # asked in the copy, after a colon
])
def test_a_long_question_set_apart_or_one_in_the_copy_stays_the_writer_s(line):
    text = (f"Taps run dry\n\nWhat happened?\n\nA pump at the reservoir failed on Monday.\n\n{line}\n\n"
            "Tankers were sent out.")
    question = line.split(". ")[-1]
    assert unsourced_of(text, ("best",)) == [question]


def test_one_question_set_apart_is_the_writer_s_not_a_crosshead():
    # a crosshead is one of several; one question alone is more often rhetorical
    text = "Taps run dry\n\nA pump failed on Monday.\n\nHow is that possible?\n\nThe city has not said."
    assert unsourced_of(text, ("possible",)) == ["How is that possible?"]


@pytest.mark.parametrize("line", ["Imagine that she:", "The mayor, in short, has three tasks:",
                                  "The city now has to do the following:"])
def test_a_sentence_that_a_list_goes_on_from_is_no_list_heading(line):
    text = f"Taps run dry\n\nA pump failed on Monday.\n\n{line}\n\nSend tankers\nFix the pump"
    assert unsourced_of(text, (line[:8],)) == [line]


def test_a_question_running_into_the_copy_below_is_no_crosshead():
    text = "Taps run dry\n\nA pump failed on Monday.\n\nIs this the best a city can do?\nTankers were sent out late."
    assert unsourced_of(text, ("best",)) == ["Is this the best a city can do?"]


@pytest.mark.parametrize("first, second", [
    ("Who pays for this?", "Who benefits?"),  # one points back at the copy above; the other is then alone
    ("Why should renters pay?", "Isn't it time the council listened?"),  # a prescription, a question pressing assent
])
def test_rhetorical_questions_set_apart_in_an_op_ed_stay_the_writer_s(first, second):
    # each alone in its paragraph, as crossheads stand, but they argue with the copy rather than head it
    text = (f"Stadium plan\n\nThe city wants a new stadium on the riverside.\n\n{first}\n\nThe council says ticket "
            f"sales will cover it.\n\n{second}\n\nNot the families next to the site.")
    assert unsourced_of(text, (first[:9], second[:9])) == [first, second]


@pytest.mark.parametrize("kicker, argued", [("Opinion: ", True), ("ANALYSIS | ", True), ("Comment\n\n", True),
                                            ("Explainer: ", False), ("", False)])
def test_who_and_why_questions_set_apart_argue_in_an_op_ed_or_analysis_and_head_an_explainer_s_copy(kicker, argued):
    # the piece's kicker says which it is: a writer arguing asks "Who benefits?" of the copy above, as "Who pays for
    # this?" does; an explainer or a piece with no kicker heads its copy with such questions
    text = (f"{kicker}The tram plan\n\nThe city wants a new tram line.\n\nWho benefits?\n\nDevelopers along the "
            "route.\n\nWho loses?\n\nFamilies in the east.")
    unsourced = unsourced_of(text, ("Who benefits", "Who loses"))
    assert unsourced == (["Who benefits?", "Who loses?"] if argued else [])


@pytest.mark.parametrize("first, second", [("Should I be worried?", "What is behind this?"),
                                           ("What does this mean?", "Who won?")])
def test_an_explainer_s_question_crossheads_are_no_argument(first, second):
    # the reader's question ("Should I ...?") and a demonstrative after "What" head the copy below them
    text = (f"Water bills\n\nBills rise in May.\n\n{first}\n\nThe regulator says not.\n\n{second}\n\n"
            "A dry spring cut supply.")
    assert unsourced_of(text, (first[:9], second[:6])) == []


def test_questions_that_argue_and_a_colon_above_sentences_stay_the_writer_s():
    # two questions set apart, but one opens with "And" and the other holds the writer's loaded words
    text = ("Ferries run late\n\nBy Ines Varga\n\nThe night ferry missed its slot for a week.\n\n"
            "Who answers for this sorry farce?\n\nThe port signed the deal in 2011.\n\n"
            "And why did nobody halt it?\n\nThe board waved it on.")
    sentences = cut(text, dict.fromkeys(("sorry farce", "nobody halt"), OPINION), {})
    loaded = text.index("sorry farce")
    sentences = [dataclasses.replace(s, spans=(Span("loaded", loaded, loaded + 11, "sorry farce"),))
                 if "farce" in s.text else s for s in sentences]
    assert [sentences[k].text for k in build_profile(sentences, LABELS, text)["unsourced_sentences"]] == [
        "Who answers for this sorry farce?", "And why did nobody halt it?"]
    # a colon above sentences of copy introduces them, as no list's heading does
    text = "Ferries run late\n\nThe ferry sank.\n\nMy finding is grim:\nHe lied. He hid it. He must quit."
    assert unsourced_of(text, ("finding", "lied", "hid it", "must quit")) == [
        "My finding is grim:", "He lied.", "He hid it.", "He must quit."]


def test_a_closing_editorial_note_is_no_unsourced_opinion():
    text = ("Mayor Dana Holm spoke to the Herald on Wednesday.\n\nThe pump failed on Monday, and the city's response "
            "was a disgrace.\n\nThis interview has been edited for length and clarity.")
    assert unsourced_of(text, ("disgrace", "edited")) == ["The pump failed on Monday, and the city's response was a "
                                                          "disgrace."]


@pytest.mark.parametrize("heading, copy", [
    ("What happens next:", "\nThe council votes on Monday. The mayor then signs."),
    ("What we know so far:", "\n\nThe ferry left at six. It sank at nine."),
    ("Key numbers:", "\n\nPassengers: 40.\nCrew: 6."),
])
def test_a_colon_heading_asking_a_question_or_above_figures_is_no_unsourced_opinion(heading, copy):
    # a question word opens a heading, not a verdict; short lines of figures with a stop are still a list
    text = f"Ferries run late\n\nThe ferry sank.\n\n{heading}{copy}"
    assert unsourced_of(text, (heading[:8],)) == []
    # a verdict above sentences of copy stays the writer's
    text = "Ferries run late\n\nThe ferry sank.\n\nMy verdict is damning:\nHe lied. He failed."
    assert unsourced_of(text, ("damning", "lied", "failed")) == ["My verdict is damning:", "He lied.", "He failed."]


def credits_of(text, labels, marked):
    """Each sentence's credit in ``text``: ``labels`` by sentence (a fact past the list), ``marked`` the
    (kind, words, sentence) spans."""
    bounds = split_sentences(text)
    sentences = []
    for k, (start, end) in enumerate(bounds):
        label = labels[k] if k < len(labels) else FACT
        spans = tuple(Span(kind, text.index(words, start, end), text.index(words, start, end) + len(words), words)
                      for kind, words, at in marked if at == k)
        sentences.append(Sentence(text[start:end], start, end, label, {n: float(n == label) for n in LABELS}, spans))
    return build_profile(sentences, LABELS, text)["credits"]


@pytest.mark.parametrize("intro", ["Pell speaking to Radio Kestrel:", "Pell, speaking to Radio Kestrel:",
                                   "Pell talking to the Dunmore Echo:", "Pell telling Radio Kestrel:"])
def test_a_named_speaker_speaking_to_an_outlet_before_a_colon_speaks_the_quotation(intro):
    text = ('Rona Pell said the referee had a poor game.\n\nQuarry Town boss Ivo Brandt disagreed.\n\n'
            f'{intro} "We were the better side. We deserved that."')
    marked = [("source", "Rona Pell", 0), ("source", "Quarry Town boss Ivo Brandt", 1)]
    assert credits_of(text, [CLAIM] * 4, marked) == ["rona pell", "ivo brandt", "rona pell", "rona pell"]


@pytest.mark.parametrize("intro", ["On Tidewater, she sings:", "She sings:", "Later, she croons:"])
def test_a_lyric_a_singer_sings_after_a_colon_is_hers_not_the_last_speaker_s(intro):
    text = ('"I left the keys beneath the stair," Nina Oduya sings on the opening track.\n\n'
            'Her producer, Peter Reed, said the record took two years.\n\n'
            f'{intro} "Hold the lamp up. Nobody is coming."')
    marked = [("source", "Nina Oduya", 0), ("cue", "sings", 0), ("source", "Her producer, Peter Reed", 1)]
    assert credits_of(text, [CLAIM] * 4, marked) == ["nina oduya", "peter reed", "nina oduya", "nina oduya"]


def test_a_possessive_role_with_a_name_set_after_it_is_the_named_source():
    text = 'Her label, Saltmarsh Records, called the album "a bold return" in a press release.'
    assert credits_of(text, [CLAIM], [("cue", "called", 0)]) == ["saltmarsh records"]


@pytest.mark.parametrize("text, marked, credit", [
    ('Saltmarsh Records called the album "a bold return".', "Records", "saltmarsh records"),
    ('Meanwhile Saltmarsh said the album was a bold return.', "Saltmarsh", "saltmarsh"),
    ('Of Saltmarsh: "They never paid us."', "Saltmarsh", "saltmarsh"),
    ('Coach Brandt said the album was a bold return.', "Brandt", "brandt"),
])
def test_a_name_s_first_word_opening_the_sentence_left_out_of_a_span_is_restored(text, marked, credit):
    assert credits_of(text, [CLAIM], [("source", marked, 0)]) == [credit]


@pytest.mark.parametrize("word", ["Republican", "Tory", "Skipper", "Boss", "Veteran", "Finally", "Eventually"])
def test_a_party_role_or_adverb_opening_the_sentence_is_no_first_word_of_the_name_marked_after_it(word):
    # no one named before: the word says what the person is or when they spoke, it is not part of the name
    text = f"{word} Brandt said the harbour plan was wrong."
    assert credits_of(text, [CLAIM], [("source", "Brandt", 0)]) == ["brandt"]


@pytest.mark.parametrize("word", ["Republican", "Skipper", "Finally", "Tearful", "Undeterred"])
def test_a_word_opening_the_sentence_before_the_surname_of_a_person_named_in_full_joins_that_person(word):
    text = f"Oscar Brandt said the vote was close. {word} Brandt said the harbour plan was wrong."
    marked = [("source", "Oscar Brandt", 0), ("source", "Brandt", 1)]
    assert credits_of(text, [CLAIM, CLAIM], marked) == ["oscar brandt", "oscar brandt"]
