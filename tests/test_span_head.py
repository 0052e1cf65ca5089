"""The BiLSTM span head: saved and loaded faithfully, blind to batching, trainable on a frozen model."""

from __future__ import annotations

import numpy as np
import pytest

import framing
from framing.data import Example
from framing.errors import ModelError
from framing.model import FramingModel, ModelConfig, SpanTagger, build_encoder, load_model, save_model
from framing.span_training import fit_span_head


TEXT = ("The ministry said on Tuesday that the report was false. Critics called it a \"clear violation\". "
        "According to the agency, 40 people were hurt. Prices rose. The spokesperson denied the claims, "
        "saying the sites were neither police stations nor offices.")


def said_examples(n: int, seed: int) -> list[Example]:
    """Random word salads where every "said" is a cue (the only span type annotated)."""
    rng = np.random.default_rng(seed)
    words = "the ministry said that prices rose and officials denied it according to sources".split()
    examples = []
    for i in range(n):
        sentence = " ".join(rng.choice(words, size=8))
        spans = [("cue", k, k + 4) for k in range(len(sentence)) if sentence.startswith("said", k)]
        examples.append(Example(sentence, None, frozenset(), spans=spans, span_known=frozenset({"cue"}),
                                group=str(i)))
    return examples


@pytest.fixture(scope="module")
def lstm_dir(tmp_path_factory, tiny_dir):
    """The tiny model with a freshly trained BiLSTM span head reading layers 1 and 2."""
    examples = said_examples(300, seed=0)
    out = tmp_path_factory.mktemp("lstm") / "model"
    result = fit_span_head(tiny_dir, examples[:240], examples[240:], output_dir=out, layers=(1,), epochs=4,
                           batch_rows=16, progress=False, device="cpu")
    return out, result


def test_span_head_training_leaves_sentence_labels_untouched(lstm_dir, tiny):
    out, result = lstm_dir
    trained = framing.load(out, device="cpu")
    assert trained.model.config.span_head == "bilstm" and trained.model.config.span_layers == (1,)
    assert isinstance(trained.model.span_head, SpanTagger)
    sentences = ["The ministry said on Tuesday that the report was false.", "Prices rose.", "It is a disgrace."]
    np.testing.assert_array_equal(trained.predict_proba(sentences), tiny.predict_proba(sentences))
    assert 1 <= result["best_epoch"] <= 4 and len(result["history"]) == 4
    # It learnt the one cue the data teaches.
    assert result["token_f1"]["cue"] > 0.9
    assert result["token_f1"]["source"] is None  # no example annotates sources


def test_threshold_shift_is_folded_into_the_saved_head(lstm_dir, tmp_path, tiny_dir):
    out, result = lstm_dir
    assert set(result["o_offsets"]) == {"cue"}  # only the annotated type gets a shift
    assert -3.0 <= result["o_offsets"]["cue"] <= 3.0
    examples = said_examples(200, seed=1)
    # Trained for one epoch the head is unsure; tuning must move the O bias by exactly the shift.
    plain = fit_span_head(tiny_dir, examples[:150], examples[150:], output_dir=tmp_path / "plain", layers=(1,),
                          epochs=1, batch_rows=16, progress=False, device="cpu", tune_thresholds=False)
    tuned = fit_span_head(tiny_dir, examples[:150], examples[150:], output_dir=tmp_path / "tuned", layers=(1,),
                          epochs=1, batch_rows=16, progress=False, device="cpu")
    assert plain["o_offsets"] == {} and plain["token_f1"] == plain["token_f1_untuned"]
    a = load_model(tmp_path / "plain")[0].span_head.out.bias.view(4, 3).detach().numpy()
    b = load_model(tmp_path / "tuned")[0].span_head.out.bias.view(4, 3).detach().numpy()
    shift = np.zeros_like(a)
    shift[1, 0] = tuned["o_offsets"]["cue"]  # cue is the second span type
    np.testing.assert_allclose(b - a, shift, atol=1e-6)
    # After one epoch the untuned head tags (almost) nothing; the shift towards tagging must help.
    assert tuned["o_offsets"]["cue"] < 0
    assert tuned["token_f1"]["cue"] > tuned["token_f1_untuned"]["cue"]


def test_bilstm_model_round_trips(lstm_dir, tmp_path):
    out, _ = lstm_dir
    model, tokenizer = load_model(out)
    save_model(model, tokenizer, tmp_path / "again")
    first = framing.load(out, device="cpu").analyze(TEXT)
    second = framing.load(tmp_path / "again", device="cpu").analyze(TEXT)
    assert [s.to_dict() for s in first.sentences] == [s.to_dict() for s in second.sentences]


def test_bilstm_spans_do_not_depend_on_batching(lstm_dir):
    out, _ = lstm_dir
    texts = [TEXT, "Officials said it.", TEXT + " " + TEXT, "The ministry said prices rose, according to sources."]
    small = framing.load(out, device="cpu", batch_tokens=64)  # one or two rows per batch
    large = framing.load(out, device="cpu")
    one_by_one = [small.analyze(t).sentences for t in texts]
    together = [d.sentences for d in large.analyze_many(texts)]
    # Spans and labels exactly; scores up to float rounding (batch shapes change summation order).
    assert [[(s.label, s.spans) for s in doc] for doc in one_by_one] == \
        [[(s.label, s.spans) for s in doc] for doc in together]
    for a, b in zip(one_by_one, together):
        np.testing.assert_allclose([list(s.scores.values()) for s in a], [list(s.scores.values()) for s in b],
                                   atol=1e-6)
    assert any(sp.type == "cue" for doc in together for s in doc for sp in s.spans)


def test_span_layers_beyond_the_encoder_are_refused():
    config = ModelConfig(labels=("a", "b"), base="random", encoder_config=dict(
        vocab_size=100, hidden_size=8, num_hidden_layers=2, num_attention_heads=2, intermediate_size=16),
        span_head="bilstm", span_layers=(5,))
    with pytest.raises(ModelError, match="span_layers"):
        FramingModel(config, build_encoder(config))
    with pytest.raises(ModelError, match="span_head"):
        ModelConfig(labels=("a", "b"), span_head="crf").validate()


def test_span_head_training_needs_span_annotations(tiny_dir, tmp_path):
    plain = [Example("Prices rose.", None, frozenset({"reported_fact"}), group="a")]
    annotated = [Example("Officials said so.", None, frozenset(), spans=[("cue", 10, 14)],
                         span_known=frozenset({"cue"}), group="b")]
    with pytest.raises(framing.DataError, match="span-annotated examples in both sets"):
        fit_span_head(tiny_dir, annotated, plain, output_dir=tmp_path / "m", progress=False, device="cpu")
    with pytest.raises(ModelError, match="span_head"):
        fit_span_head(tiny_dir, annotated, annotated, output_dir=tmp_path / "m", kind="crf", progress=False,
                      device="cpu")
    with pytest.raises(ModelError, match="span_layers"):
        fit_span_head(tiny_dir, annotated, annotated, output_dir=tmp_path / "m", layers=(9,), progress=False,
                      device="cpu")
    assert not (tmp_path / "m").exists()
