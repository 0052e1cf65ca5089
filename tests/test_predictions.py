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


def test_analyze_flags_weak_texts_as_classify_does_where_the_engine_tokenizes(sharp, monkeypatch):
    """No letter or not English: one check per sentence, made where the engine tokenizes (in its worker
    processes, if it has them), for analyze as for classify."""
    import framing.encoding

    read = []
    real = framing.encoding.weak_text
    monkeypatch.setattr(framing.encoding, "weak_text", lambda text: read.append(text) or real(text))
    doc = sharp.analyze("Prices rose sharply in March.\n\n2024\n\nDas Ministerium hat den Bericht als haltlos "
                        "zurückgewiesen.")
    texts = [s.text for s in doc.sentences]
    assert read == texts
    assert all(s.confidence > 0.5 for s in doc.sentences)
    assert [s.low_confidence for s in doc.sentences] == [False, True, True]
    read.clear()
    assert [p.low_confidence for p in sharp.classify(texts, check_sentences=False)] == [False, True, True]
    assert read == texts


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


def test_confidence_is_the_probability_of_the_label_and_low_confidence_the_model_s_flag(tiny):
    """After a hand correction, ``confidence`` follows the new label; ``low_confidence`` stays as the model
    set it (the documented rule), unless it is passed too."""
    import dataclasses

    sentence = tiny.analyze("The depot closed at noon.").sentences[0]
    other = next(label for label in tiny.labels if label != sentence.label)
    corrected = dataclasses.replace(sentence, label=other)
    assert corrected.confidence == sentence.scores[other]
    assert corrected.low_confidence == sentence.low_confidence
    assert dataclasses.replace(sentence, label=other, low_confidence=False).low_confidence is False
    prediction = tiny.classify(["The depot closed at noon."])[0]
    assert dataclasses.replace(prediction, label=other).confidence == prediction.scores[other]


@pytest.mark.parametrize("record, message", [
    ({"text": "x", "start": 5, "end": 1, "label": "a", "scores": {"a": 1.0}}, r"^sentence: offsets 5:1 lie outside"),
    ({"text": "x", "start": 0, "end": 1, "label": "a", "scores": {"a": 2}}, r"^sentence: scores must be probabilities"),
    ({"text": "x", "start": 0, "end": 3, "label": "a", "scores": {"a": 1.0}}, r"^sentence: offsets 0:3 hold 3 char"),
    ({"text": "x", "start": 0, "end": 1, "label": "a"},
     r"^sentence: not a Sentence.to_dict\(\) record: it lacks 'scores'"),
    ({"text": "Mills shut.", "start": 4, "end": 15, "label": "a", "scores": {"a": 1.0},
      "spans": [{"type": "cue", "start": 0, "end": 5, "text": "Mills"}]},
     r"^sentence.spans\[0\]: offsets 0:5 lie outside its sentence \(4:15\)$"),
    ({"text": "Mills shut.", "start": 4, "end": 15, "label": "a", "scores": {"a": 1.0},
      "spans": [{"type": "cue", "start": 4, "end": 9, "text": "Shops"}]},
     r"^sentence.spans\[0\]: the sentence's text at 4:9 is not 'Shops'"),
    ({"text": "x", "start": 0, "end": 1, "label": "b", "scores": {"a": 1.0}},
     r"^sentence: label 'b' is not one of the labels scored: a$"),
    ({"text": "x", "start": 0, "end": 1, "label": "a", "scores": {"a": 1.0}, "note": "checked by the desk"},
     r"^sentence: unknown key 'note'; the record holds text, start, end, label, scores, spans, truncated, "
     r"low_confidence; keep notes on a sentence in the document's 'meta'"),
    ({"text": "Mills shut.", "start": 4, "end": 15, "label": "a", "scores": {"a": 1.0},
      "spans": [{"type": "cue", "start": 10, "end": 14, "text": "shut", "weight": 0.5}]},
     r"^sentence.spans\[0\]: unknown key 'weight'"),
])
def test_sentence_from_dict_checks_the_sentence_on_its_own(record, message):
    with pytest.raises(framing.InputError, match=message):
        Sentence.from_dict(record)


def test_span_and_prediction_read_back_what_they_wrote_and_refuse_what_they_could_not_have():
    span = Span("cue", 6, 10, "said")
    assert Span.from_dict(span.to_dict()) == span
    with pytest.raises(framing.InputError, match=r"^span: not a Span.to_dict\(\) record: it lacks 'end', 'text'$"):
        Span.from_dict({"type": "source", "start": 0})
    with pytest.raises(framing.InputError, match=r"^span: type must be a span type name, got 3"):
        Span.from_dict({"type": 3, "start": 0, "end": 4, "text": "said"})
    prediction = framing.Prediction("official_denial", {"official_denial": 0.8, "reported_fact": 0.2}, False, True)
    assert framing.Prediction.from_dict(prediction.to_dict()) == prediction
    assert repr(prediction) == "Prediction(official_denial 0.80, low_confidence)"
    with pytest.raises(framing.InputError, match=r"^prediction: the scores sum to 0.5000"):
        framing.Prediction.from_dict({"label": "a", "scores": {"a": 0.5}})
    with pytest.raises(framing.InputError, match=r"^prediction: truncated must be true or false"):
        framing.Prediction.from_dict({"label": "a", "scores": {"a": 1.0}, "truncated": "no"})


def test_prediction_from_dict_reads_a_classify_row_but_refuses_a_key_it_would_drop(tiny, tiny_dir, tmp_path, capsys):
    from framing.cli import main

    lines = tmp_path / "lines.txt"
    lines.write_text("Prices rose.\n\nOfficials denied it.\n", encoding="utf-8")
    assert main(["classify", str(lines), "--model", str(tiny_dir), "--device", "cpu", "--quiet"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    predictions = tiny.classify(["Prices rose.", "Officials denied it."])
    assert [framing.Prediction.from_dict(row).label for row in rows] == [p.label for p in predictions]
    assert framing.Prediction.from_dict(rows[1]).scores == pytest.approx(predictions[1].scores, abs=1e-5)
    with pytest.raises(framing.InputError, match=r"^prediction: unknown key 'source'; the record holds label, "
                       r"scores, truncated, low_confidence, line, text; line and text \(a framing classify row's\)"):
        framing.Prediction.from_dict({**rows[0], "source": "wire"})
    with pytest.raises(framing.InputError, match=r"unknown key 'labels' \(did you mean 'label'\?\)"):
        framing.Prediction.from_dict({"label": "a", "scores": {"a": 1.0}, "labels": ["a"]})


def test_a_mistyped_label_is_refused_when_a_sentence_or_prediction_is_built(tiny):
    """A typo in a hand correction would drop the sentence from the profile's counts and leave
    ``confidence`` without a probability: it is refused at once, naming the label and the valid ones."""
    import dataclasses

    sentence = tiny.analyze("The harbour reopened after the storm.").sentences[0]
    with pytest.raises(framing.InputError, match=r"^label 'official_denail' is not one of the labels scored "
                       r"\(did you mean 'official_denial'\?\): reported_fact, attributed_claim, official_denial, "
                       r"editorial_opinion$"):
        dataclasses.replace(sentence, label="official_denail")
    prediction = tiny.classify(["The harbour reopened after the storm."])[0]
    with pytest.raises(framing.InputError, match="label 'opinion' is not one of the labels scored: reported_fact"):
        dataclasses.replace(prediction, label="opinion")
    with pytest.raises(framing.InputError, match="label None is not one of the labels scored"):
        Sentence("Ferries ran.", 0, 12, None, {"reported_fact": 1.0})


def test_a_sentence_built_without_scores_takes_any_label_but_has_no_confidence():
    sentence = Sentence("Ferries ran late.", 0, 17, "reported_fact", {})
    assert sentence.label == "reported_fact"
    with pytest.raises(framing.InputError, match=r"^no probability for label 'reported_fact': the scores hold none$"):
        sentence.confidence
