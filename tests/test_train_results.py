"""What a training run reports is what it saved: the fitted temperature, the model card's figures, early stopping."""

import json
import re
from collections import Counter

import pytest
import torch

import framing
from framing.data import table_examples
from framing.metrics import format_report
from framing.training import TrainingArguments, fit

from test_train import make_rows

import framing.training as training
LABELS = ("money", "sport", "weather")


def mislabelled(rows, every=4):
    """Every ``every``-th row given the next label instead of its own: no model gets these right."""
    return [dict(r, label=LABELS[(LABELS.index(r["label"]) + 1) % 3]) if k % every == 0 else r
            for k, r in enumerate(rows)]


@pytest.fixture(scope="module")
def run(tmp_path_factory, tiny_dir):
    folder = tmp_path_factory.mktemp("calibrated")
    train_rows, eval_rows = make_rows(60, 21), mislabelled(make_rows(30, 22))
    result = framing.train(train_rows, eval_rows, base=str(tiny_dir), output_dir=folder / "model", epochs=2,
                           learning_rate=3e-3, lora=False, seed=5, progress=False)
    return result, train_rows, eval_rows


def test_the_fitted_temperature_is_saved_and_loaded(run):
    result, _, _ = run
    assert result.metrics["accuracy"] < 1.0  # some validation rows are wrong: a temperature can be fitted
    assert result.temperature != 1.0
    assert framing.load(result.output_dir, device="cpu").model.config.temperature == result.temperature
    saved = json.loads((result.output_dir / "metrics.json").read_text(encoding="utf-8"))
    assert saved["temperature"] == result.temperature


def test_the_model_card_figures_are_the_run_s(run):
    result, train_rows, eval_rows = run
    card = (result.output_dir / "README.md").read_text(encoding="utf-8")
    assert f"Training examples: {len(train_rows)}; validation examples: {len(eval_rows)}." in card
    counts = {label: (int(train), int(validation))
              for label, train, validation in re.findall(r"^\| (\w+) \| (\d+) \| (\d+) \|$", card, re.M)}
    train_counts, eval_counts = Counter(r["label"] for r in train_rows), Counter(r["label"] for r in eval_rows)
    assert counts == {label: (train_counts[label], eval_counts[label]) for label in LABELS}
    assert all(train != validation for train, validation in counts.values())  # the columns can be told apart
    history = [(int(epoch), float(loss), float(f1), float(nll)) for epoch, loss, f1, nll
               in re.findall(r"^\| (\d+) \| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \|$", card, re.M)]
    assert history == [(h["epoch"], round(h["loss"], 4), round(h["val_macro_f1"], 4), round(h["val_nll"], 4))
                       for h in result.history]
    assert len(history) == 2 and len({f1 for _, _, f1, _ in history} | {loss for _, loss, _, _ in history}) > 3
    assert f"Best epoch {result.best_epoch}; temperature {result.temperature:.3f}; " \
           f"calibration error (ECE) {result.metrics['ece']:.3f}." in card
    assert format_report(result.metrics).rstrip() in card


def scripted_scores(monkeypatch, scores, nlls=None):
    """Make the per-epoch validation macro-F1 follow ``scores`` and the log-loss ``nlls`` (default: the same,
    1.0, each epoch, so that a tie stays a tie), then the real figures; returns the sentence head's weights
    at each validation, in order."""
    real = training.validation_report
    left = list(zip(scores, nlls if nlls is not None else [1.0] * len(scores)))
    heads = []

    def report(engine, *args, **kwargs):
        heads.append({k: v.detach().clone() for k, v in engine.model.sentence_head.state_dict().items()})
        figures = real(engine, *args, **kwargs)
        if left:
            figures["macro_f1"], figures["nll"] = left.pop(0)
        return figures

    monkeypatch.setattr(training, "validation_report", report)
    return heads


def test_training_stops_after_two_epochs_without_a_better_validation_figure(tmp_path, tiny_dir, monkeypatch):
    # epoch 1 best, 2 worse, 3 best again (the count starts over), 4 and 5 no better: stop after 5 of 8
    heads = scripted_scores(monkeypatch, [0.5, 0.4, 0.6, 0.5, 0.6, 0.9, 0.9, 0.9])
    result = framing.train(make_rows(12, 1), make_rows(6, 2), base=str(tiny_dir), output_dir=tmp_path / "m",
                           epochs=8, lora=False, progress=False)
    assert [h["val_macro_f1"] for h in result.history] == [0.5, 0.4, 0.6, 0.5, 0.6]
    assert result.best_epoch == 3
    # the saved model is epoch 3's, not the last epoch's
    saved = framing.load(result.output_dir, device="cpu").model.sentence_head.state_dict()
    assert all(torch.equal(saved[k], heads[2][k]) for k in saved)
    assert not all(torch.equal(saved[k], heads[4][k]) for k in saved)


def test_patience_sets_how_many_epochs_without_progress_end_training(tmp_path, tiny_dir, monkeypatch):
    examples = table_examples(make_rows(12, 1), name="train")
    held = table_examples(make_rows(6, 2), name="eval")
    for patience, epochs_run in ((1, 3), (3, 5)):
        scripted_scores(monkeypatch, [0.5, 0.7, 0.7, 0.7, 0.7, 0.9])
        result = fit(examples, held, labels=None, base=str(tiny_dir), output_dir=tmp_path / f"p{patience}",
                     args=TrainingArguments(epochs=6, patience=patience, lora=False, progress=False))
        assert [h["epoch"] for h in result.history] == list(range(1, epochs_run + 1)), patience
        assert result.best_epoch == 2
