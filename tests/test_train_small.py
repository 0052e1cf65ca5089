"""Training on small data: the epoch kept on a saturated validation figure, a split that holds out nothing,
the temperature kept where none can be fitted, and the validation fraction and patience as options."""

import json

import pytest

import framing
from framing.data import Example, table_examples
from framing.training import TrainingArguments, fit

from conftest import make_tiny
from test_train import make_rows, write_csv
from test_train_results import scripted_scores

import framing.training as training
TOPICS = ("money", "sport", "weather")

# Two invented sentences of each of two labels: too few for the automatic split to hold any out.
FOUR_ROWS = [
    {"text": "The corner shop raised its prices twice this spring.", "label": "money"},
    {"text": "A local credit union cut fees for young savers.", "label": "money"},
    {"text": "The under-twelves won their cup final on penalties.", "label": "sport"},
    {"text": "Our club's new keeper kept a clean sheet on debut.", "label": "sport"},
]


def must_not_run(*args, **kwargs):
    raise AssertionError("a model was built before the data was refused")


@pytest.fixture(scope="module")
def calibrated_base(tmp_path_factory):
    """A tiny model with the topic labels and a temperature of its own, as a calibrated model has."""
    folder = make_tiny(tmp_path_factory.mktemp("calibrated") / "base", labels=TOPICS)
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    config["temperature"] = 1.7
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")
    return folder


# -- the best epoch ----------------------------------------------------------------

@pytest.mark.parametrize("scores, nlls, epochs_run, best", [
    # saturated from epoch 1: epochs 2 and 3 lower the log-loss, 4 and 5 do not, so patience runs out after 5
    ([1.0] * 6, [0.9, 0.7, 0.5, 0.6, 0.55, 0.4], 5, 3),
    # a higher macro-F1 wins whatever its log-loss; a tie within a rounding error is a tie
    ([0.8, 0.9, 0.9, 0.9 + 1e-12, 0.85, 0.95], [0.3, 0.8, 0.6, 0.7, 0.1, 0.1], 5, 3),
])
def test_a_macro_f1_tie_goes_to_the_lower_validation_log_loss(tmp_path, tiny_dir, monkeypatch, scores, nlls,
                                                              epochs_run, best):
    scripted_scores(monkeypatch, scores, nlls)
    result = fit(table_examples(make_rows(12, 1), name="train"), table_examples(make_rows(6, 2), name="eval"),
                 labels=None, base=str(tiny_dir), output_dir=tmp_path / "m",
                 args=TrainingArguments(epochs=6, patience=2, lora=False, progress=False))
    assert [h["epoch"] for h in result.history] == list(range(1, epochs_run + 1))
    assert [h["val_nll"] for h in result.history] == nlls[:epochs_run]
    assert result.best_epoch == best


def test_a_saturated_small_validation_set_keeps_training_while_its_log_loss_falls(tmp_path, calibrated_base):
    result = framing.train(make_rows(60, 1), make_rows(3, 7), base=str(calibrated_base), output_dir=tmp_path / "m",
                           epochs=4, learning_rate=3e-3, lora=False, progress=False)
    history = result.history
    assert all(h["val_macro_f1"] == 1.0 for h in history)  # saturated from the first epoch on
    assert len(history) == 4  # no early stop while the log-loss still improves
    assert result.best_epoch == min(history, key=lambda h: h["val_nll"])["epoch"] > 1
    saved = json.loads((result.output_dir / "metrics.json").read_text(encoding="utf-8"))["history"]
    assert [h["val_nll"] for h in saved] == [h["val_nll"] for h in history]
    # the card's epoch table shows what decided the tie
    card = (result.output_dir / "README.md").read_text(encoding="utf-8")
    assert "| epoch | loss | validation macro-F1 | validation log-loss |" in card
    for h in history:
        assert f"| {h['epoch']} | {h['loss']:.4f} | {h['val_macro_f1']:.4f} | {h['val_nll']:.4f} |" in card


# -- no validation rows ------------------------------------------------------------

def test_a_split_that_holds_out_nothing_is_refused_before_a_model_is_built(tmp_path, tiny_dir, monkeypatch):
    import datasets

    monkeypatch.setattr(training, "starting_model", must_not_run)
    for table in (FOUR_ROWS, datasets.Dataset.from_list(FOUR_ROWS).to_iterable_dataset()):
        with pytest.raises(framing.DataError, match=r"no validation rows remain.*\(eval=, --eval\) or more rows"):
            framing.train(table, None, base=str(tiny_dir), output_dir=tmp_path / "m", progress=False)
    assert not (tmp_path / "m").exists()


def test_the_train_command_refuses_a_split_that_holds_out_nothing(tmp_path, tiny_dir, capsys):
    from framing.cli import main

    path = write_csv(tmp_path / "four.csv", FOUR_ROWS)
    code = main(["train", "--train", str(path), "--out", str(tmp_path / "m"), "--base", str(tiny_dir), "--quiet"])
    err = capsys.readouterr().err
    assert code == 1 and "no validation rows remain" in err and "--eval" in err
    assert "empty input array" not in err


def test_validation_examples_without_a_single_label_are_refused(tmp_path, tiny_dir, monkeypatch):
    monkeypatch.setattr(training, "starting_model", must_not_run)
    unsure = [Example(text="The fund may or may not have grown.", allowed=frozenset({"money", "sport"}))]
    with pytest.raises(framing.DataError, match="the validation data has no row with a single label"):
        fit(table_examples(make_rows(12, 1), name="train"), unsure, labels=None, base=str(tiny_dir),
            output_dir=tmp_path / "m", args=TrainingArguments(epochs=1, progress=False))


# -- the temperature where none can be fitted --------------------------------------

def test_a_kept_sentence_head_keeps_the_starting_temperature_when_none_can_be_fitted(tmp_path, calibrated_base,
                                                                                     caplog):
    with caplog.at_level("WARNING", logger="framing.training"):
        result = framing.train(make_rows(60, 1), make_rows(3, 7), base=str(calibrated_base),
                               output_dir=tmp_path / "m", epochs=2, learning_rate=3e-3, lora=False, progress=False)
    assert result.metrics["accuracy"] == 1.0  # every validation sentence right: nothing to fit
    assert result.temperature == 1.7 and result.temperature_source == "starting model"
    assert "keeping the starting model's temperature, 1.700" in caplog.text
    assert framing.load(result.output_dir, device="cpu").model.config.temperature == 1.7
    saved = json.loads((result.output_dir / "metrics.json").read_text(encoding="utf-8"))
    assert saved["temperature"] == 1.7 and saved["temperature_source"] == "starting model"
    assert "the starting model's" in saved["temperature_note"]
    card = (result.output_dir / "README.md").read_text(encoding="utf-8")
    assert "## Calibration\n\nTemperature 1.700, the starting model's: none could be fitted" in card


def test_a_new_sentence_head_stays_at_temperature_one_when_none_can_be_fitted(tmp_path, calibrated_base):
    rows = [dict(r, label=r["label"].upper()) for r in make_rows(60, 1)]  # other labels: a new head
    held = [dict(r, label=r["label"].upper()) for r in make_rows(3, 7)]
    # the model's labels written another way start a new head only when given on purpose (else refused)
    result = framing.train(rows, held, labels=["MONEY", "SPORT", "WEATHER"], base=str(calibrated_base),
                           output_dir=tmp_path / "m", epochs=5, learning_rate=3e-3, lora=False, progress=False)
    assert result.metrics["accuracy"] == 1.0
    assert result.temperature == 1.0 and result.temperature_source == "none"
    saved = json.loads((result.output_dir / "metrics.json").read_text(encoding="utf-8"))
    assert saved["temperature_note"].startswith("Temperature 1.000, uncalibrated")


# -- validation fraction and patience ----------------------------------------------

def test_validation_fraction_and_patience_are_passed_on_and_recorded(tmp_path, tiny_dir, monkeypatch):
    scripted_scores(monkeypatch, [0.5, 0.4, 0.4, 0.4])  # epoch 1 best: patience 3 stops after epoch 4
    result = framing.train(make_rows(30, 1), None, base=str(tiny_dir), output_dir=tmp_path / "m", epochs=6,
                           validation_fraction=0.3, patience=3, progress=False)
    assert (result.train_rows, result.validation_rows) == (21, 9)
    assert [h["epoch"] for h in result.history] == [1, 2, 3, 4]
    recorded = json.loads((result.output_dir / "training_args.json").read_text(encoding="utf-8"))
    assert recorded["validation_fraction"] == 0.3 and recorded["patience"] == 3


@pytest.mark.parametrize("options, message", [
    (dict(validation_fraction=0), r"validation_fraction must be in \(0, 1\), got 0"),
    (dict(validation_fraction=1.5), r"validation_fraction must be in \(0, 1\), got 1.5"),
    (dict(validation_fraction=0.2, eval=FOUR_ROWS), "eval= gives the validation data: drop one"),
    (dict(patience=0), "patience must be ≥ 1"),
])
def test_validation_fraction_and_patience_out_of_range_are_refused(tmp_path, tiny_dir, monkeypatch, options,
                                                                   message):
    monkeypatch.setattr(training, "starting_model", must_not_run)
    options = {"eval": None, **options}
    with pytest.raises(framing.InputError, match=message):
        framing.train(make_rows(30, 1), options.pop("eval"), base=str(tiny_dir), output_dir=tmp_path / "m",
                      progress=False, **options)


@pytest.mark.parametrize("options, message", [
    (["--validation-fraction", "1"], "--validation-fraction must be between 0 and 1 (exclusive), got 1"),
    (["--validation-fraction", "0.2", "--eval", "held.csv"], "--eval gives the validation data: drop one"),
    (["--patience", "0"], "--patience must be at least 1, got 0"),
])
def test_the_train_command_checks_validation_fraction_and_patience_before_reading(tmp_path, capsys, options,
                                                                                  message):
    from framing.cli import main

    code = main(["train", "--train", str(tmp_path / "missing.csv"), "--out", str(tmp_path / "m")] + options)
    assert code == 2 and f"{message}\n" in capsys.readouterr().err  # the whole message, the value as typed


def test_the_train_command_passes_validation_fraction_and_patience_on(tmp_path, tiny_dir, capsys):
    from framing.cli import main

    path = write_csv(tmp_path / "train.csv", make_rows(30, 1))
    code = main(["train", "--train", str(path), "--out", str(tmp_path / "m"), "--base", str(tiny_dir),
                 "--epochs", "1", "--validation-fraction", "0.3", "--patience", "4", "--quiet"])
    assert code == 0, capsys.readouterr().err
    assert "trained on 21, validated on 9" in capsys.readouterr().out
    recorded = json.loads((tmp_path / "m" / "training_args.json").read_text(encoding="utf-8"))
    assert recorded["validation_fraction"] == 0.3 and recorded["patience"] == 4
