"""Per-sentence results: the low-confidence rule and spans by type."""

import json
import shutil

import pytest

import framing
from framing.document import Sentence, Span

ENGLISH = ["The ministry said on Tuesday that the rules would change.", "Officials denied the report.",
           "It is a disgrace.", "Prices rose 3.5 percent in March.", "The council met on Monday."]


@pytest.fixture(scope="module")
def sharp(tiny_dir, tmp_path_factory):
    """The tiny model with a low temperature: its top probabilities rise well above one half."""
    copy = tmp_path_factory.mktemp("sharp") / "model"
    shutil.copytree(tiny_dir, copy)
    config = json.loads((copy / "config.json").read_text())
    config["temperature"] = 0.01
    (copy / "config.json").write_text(json.dumps(config))
    return framing.load(copy, device="cpu")


@pytest.mark.parametrize("which", ["tiny", "sharp"])
def test_a_top_probability_below_one_half_is_low_confidence(which, request):
    analyzer = request.getfixturevalue(which)
    predictions = analyzer.classify(ENGLISH)
    tops = [max(p.scores.values()) for p in predictions]
    if which == "tiny":
        assert all(top < 0.5 for top in tops), tops  # a random head: about 0.28 each
    else:
        assert all(top > 0.5 for top in tops), tops
    assert [p.low_confidence for p in predictions] == [top < 0.5 for top in tops]
    doc = analyzer.analyze(" ".join(ENGLISH))
    assert len(doc.sentences) == len(ENGLISH)
    assert [s.low_confidence for s in doc.sentences] == [s.confidence < 0.5 for s in doc.sentences]
    assert {s.low_confidence for s in doc.sentences} == {which == "tiny"}


def test_text_without_a_letter_is_low_confidence_whatever_its_score(sharp):
    predictions = sharp.classify(["2024", "12:45", "$5.3bn", "Prices rose."])
    assert all(max(p.scores.values()) > 0.5 for p in predictions)
    assert [p.low_confidence for p in predictions] == [True, True, False, False]


def test_spans_of_gives_the_spans_of_that_type_only_in_order():
    text = "Officials said the plan was a sham, Ann Lee said."
    spans = (Span("source", 0, 9, "Officials"), Span("cue", 10, 14, "said"), Span("loaded", 30, 34, "sham"),
             Span("source", 36, 43, "Ann Lee"), Span("cue", 44, 48, "said"))
    sentence = Sentence(text, 0, len(text), "attributed_claim", {"attributed_claim": 1.0}, spans)
    assert sentence.spans_of("source") == [spans[0], spans[3]]
    assert sentence.spans_of("cue") == [spans[1], spans[4]]
    assert sentence.spans_of("loaded") == [spans[2]]
    assert sentence.spans_of("content") == []
    with pytest.raises(framing.InputError, match="unknown span type 'speaker'"):
        sentence.spans_of("speaker")
