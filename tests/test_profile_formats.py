"""Profiles of non-story formats: timelines, lettered and numbered lists, crossheads, pull quotes."""
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
