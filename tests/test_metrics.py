"""Evaluation figures against hand-computed answers, and `framing evaluate --json` against framing.evaluate."""

import base64
import csv
import hashlib
import json
import logging
import os
import shutil

import numpy as np
import pytest

import framing
from framing.cli import main
from framing.metrics import classification_report, expected_calibration_error, format_report

LABELS = ["a", "b", "c", "d"]


def one_hot(indices, n=len(LABELS), high=0.7):
    """Rows whose argmax is ``indices`` (the rest of the mass spread evenly)."""
    low = (1 - high) / (n - 1)
    probs = np.full((len(indices), n), low)
    probs[np.arange(len(indices)), indices] = high
    return probs


def test_classification_report_matches_hand_computed_figures():
    # truth  a a a b b c      (d never occurs)
    # guess  a b b b c c
    truth = ["a", "a", "a", "b", "b", "c"]
    probs = one_hot([0, 1, 1, 1, 2, 2])
    report = classification_report(truth, probs, LABELS)
    expected = {  # precision = TP / predicted, recall = TP / true
        "a": (1 / 1, 1 / 3, 0.5, 3),
        "b": (1 / 3, 1 / 2, 0.4, 2),
        "c": (1 / 2, 1 / 1, 2 / 3, 1),
        "d": (None, None, None, 0),  # never true, never predicted: nothing to divide by
    }
    for label, (precision, recall, f1, support) in expected.items():
        row = report["per_class"][label]
        assert row == {"precision": pytest.approx(precision), "recall": pytest.approx(recall),
                       "f1": pytest.approx(f1), "support": support}, label
    # rows: the true label; columns: the predicted one
    assert report["confusion"] == [[1, 2, 0, 0],
                                   [0, 1, 1, 0],
                                   [0, 0, 1, 0],
                                   [0, 0, 0, 0]]
    assert report["accuracy"] == pytest.approx(3 / 6)
    assert report["macro_f1"] == pytest.approx((0.5 + 0.4 + 2 / 3) / 3)  # d, absent, is left out
    assert report["macro_f1_labels"] == ["a", "b", "c"]
    assert report["weighted_f1"] == pytest.approx((3 * 0.5 + 2 * 0.4 + 1 * 2 / 3) / 6)
    assert report["n"] == 6 and report["labels"] == LABELS
    # each row's confidence is 0.7 (one bin) and half the rows are right: |0.5 - 0.7|
    assert report["ece"] == pytest.approx(0.2)
    # the true class gets 0.7 in the three right rows and 0.1 in the three wrong ones
    assert report["nll"] == pytest.approx(-(3 * np.log(0.7) + 3 * np.log(0.1)) / 6)


def test_a_class_predicted_but_never_true_counts_in_the_macro_as_in_scikit_learn():
    from sklearn.metrics import f1_score

    # truth  a b c        d never true, b never predicted
    # guess  a d c        d predicted once, wrongly
    truth, guesses = ["a", "b", "c"], [0, 3, 2]
    report = classification_report(truth, one_hot(guesses), LABELS)
    assert report["per_class"]["d"] == {"precision": 0.0, "recall": None, "f1": 0.0, "support": 0}
    assert report["per_class"]["b"] == {"precision": None, "recall": 0.0, "f1": 0.0, "support": 1}
    predicted = [LABELS[i] for i in guesses]
    assert report["macro_f1"] == pytest.approx(f1_score(truth, predicted, average="macro")) == pytest.approx(0.5)
    assert report["macro_f1_labels"] == LABELS
    assert report["weighted_f1"] == pytest.approx(f1_score(truth, predicted, average="weighted"))
    lines = format_report(report).splitlines()
    assert next(line for line in lines if line.startswith("d ")).split() == ["d", "0.000", "n/a", "0.000", "0"]
    assert next(line for line in lines if line.startswith("b ")).split() == ["b", "n/a", "0.000", "0.000", "1"]
    assert next(line for line in lines if line.startswith("macro F1")).endswith(
        "(over the classes true or predicted; d predicted but never true, F1 0)")


def test_the_macro_note_names_classes_left_out_and_classes_only_predicted():
    # truth  a a b     guess  a d b: c neither true nor predicted, d only predicted
    report = classification_report(["a", "a", "b"], one_hot([0, 3, 1]), LABELS)
    assert report["macro_f1_labels"] == ["a", "b", "d"]
    assert report["macro_f1"] == pytest.approx((2 / 3 + 1 + 0) / 3)
    macro = next(line for line in format_report(report).splitlines() if line.startswith("macro F1"))
    assert macro.endswith("(over the classes true or predicted; none of c; d predicted but never true, F1 0)")


def test_expected_calibration_error_matches_hand_computed_bins():
    # two bins of two rows each: confidence 0.9 with one of two right, 0.62 with both right
    probs = np.array([[0.9, 0.1], [0.9, 0.1], [0.62, 0.38], [0.62, 0.38]])
    truth = np.array([0, 1, 0, 0])
    assert expected_calibration_error(probs, truth) == pytest.approx(0.5 * 0.4 + 0.5 * 0.38)
    # one bin holding both confidences gives the gap of the averages instead
    assert expected_calibration_error(probs, truth, bins=1) == pytest.approx(abs(0.75 - 0.76))
    # calibrated: confidence 0.75, three of four right
    calibrated = np.array([[0.75, 0.25]] * 4)
    assert expected_calibration_error(calibrated, np.array([0, 0, 0, 1])) == pytest.approx(0.0)
    # always wrong at full confidence: the largest error there is
    assert expected_calibration_error(np.array([[1.0, 0.0]] * 3), np.array([1, 1, 1])) == pytest.approx(1.0)
    assert expected_calibration_error(np.zeros((0, 2)), np.zeros(0, np.int64)) == 0.0


def test_the_calibration_error_is_as_the_docs_define_it():
    """15 equal-width bins of the top probability, each holding its upper edge: 0.6 (9/15) shares a bin with 0.55,
    where one of the two is right (gap |0.5 - 0.575|), while 0.8 (12/15) and 0.81 fall in two bins."""
    from pathlib import Path

    assert expected_calibration_error(np.array([[0.6, 0.4], [0.55, 0.45]]), np.array([0, 1])) == pytest.approx(0.075)
    assert expected_calibration_error(np.array([[0.8, 0.2], [0.81, 0.19]]), np.array([0, 1])) == pytest.approx(
        0.5 * 0.2 + 0.5 * 0.81)
    root = Path(__file__).resolve().parents[1]
    for name in ("docs/training.md", "docs/api.md", "docs/cli.md"):
        text = " ".join((root / name).read_text(encoding="utf-8").split())
        assert "15 equal-width bins by their top probability, 0 to 1/15 up to 14/15 to 1" in text, name


def test_format_report_prints_the_figures_of_the_report():
    truth = ["a", "a", "a", "b", "b", "c"]
    report = classification_report(truth, one_hot([0, 1, 1, 1, 2, 2]), LABELS)
    lines = format_report(report).splitlines()
    assert next(line for line in lines if line.startswith("a ")).split() == ["a", "1.000", "0.333", "0.500", "3"]
    assert next(line for line in lines if line.startswith("b ")).split() == ["b", "0.333", "0.500", "0.400", "2"]
    assert next(line for line in lines if line.startswith("d ")).split() == ["d", "n/a", "n/a", "n/a", "0"]
    assert next(line for line in lines if line.startswith("macro F1")).split()[2] == "0.522"
    assert next(line for line in lines if line.startswith("weighted F1")).split()[2] == "0.494"
    confusion = lines[lines.index(next(line for line in lines if line.startswith("confusion"))) + 2:]
    assert [line.split()[2:] for line in confusion] == [["1", "2", "0", "0"], ["0", "1", "1", "0"],
                                                      ["0", "0", "1", "0"], ["0", "0", "0", "0"]]


def _gold_rows():
    return [
        {"text": "The ministry said on Tuesday that the rules would change.", "label": "attributed_claim",
         "context": "Officials met in the capital."},
        {"text": "Officials denied the report.", "label": "official_denial",
         "context": "A newspaper said the minister had lied."},
        {"text": "It is a disgrace.", "label": "editorial_opinion", "context": "The vote failed again."},
        {"text": "Prices rose 3.5 percent in March.", "label": "reported_fact", "context": None},
        {"text": "The council met on Monday.", "label": "reported_fact",
         "context": "Rain fell all weekend. Roads were closed."},
        {"text": "Critics said the plan was rushed.", "label": "attributed_claim", "context": "The plan passed."},
    ]


def test_evaluate_command_json_holds_the_report_framing_evaluate_returns(tiny, tiny_dir, tmp_path, capsys):
    data = tmp_path / "gold.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in _gold_rows()), encoding="utf-8")
    out = tmp_path / "report.json"
    assert main(["evaluate", "--model", str(tiny_dir), "--device", "cpu", "--data", str(data),
                 "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    written = json.loads(out.read_text(encoding="utf-8"))
    expected = framing.evaluate(tiny, data)
    assert written == expected
    assert written["n"] == 6 and sum(sum(row) for row in written["confusion"]) == 6
    assert written["provenance"]["data"]["sha256"] == hashlib.sha256(data.read_bytes()).hexdigest()
    assert printed == f"model: {tiny_dir.resolve()}\ndata:  {os.path.abspath(data)}\n\n" + format_report(expected)


def test_evaluate_heading_names_the_bundled_model_default_and_the_data_file():
    from framing.evaluation import report_heading

    report = {"provenance": {"model": {"path": None, "fingerprint": "0" * 64},
                             "data": {"path": "/data/gold.csv", "sha256": "1" * 64, "rows": 6}}}
    assert report_heading(report).splitlines()[:2] == ["model: default", "data:  /data/gold.csv"]


@pytest.mark.parametrize("ending", [".csv", ".jsonl"])
def test_evaluate_predictions_are_the_scores_the_figures_count(ending, tiny, tiny_dir, tmp_path, capsys):
    rows = [dict(r, context=r["context"] or "Markets opened late.") for r in _gold_rows()]
    rows[0]["text"] = "The ministry said on Tuesday\nthat the rules would change."  # a row over two lines
    data = tmp_path / "gold.csv"
    with data.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ["text", "label", "context"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    out = tmp_path / f"predictions{ending}"
    out.write_text("an earlier run's file\n", encoding="utf-8")  # replaced, as --json and analyze's --out are
    assert main(["evaluate", "--model", str(tiny_dir), "--device", "cpu", "--data", str(data),
                 "--predictions", str(out)]) == 0
    capsys.readouterr()
    if ending == ".csv":
        with out.open(encoding="utf-8", newline="") as handle:
            written = [dict(r, scores={k[6:]: float(v) for k, v in r.items() if k.startswith("score_")})
                       for r in csv.DictReader(handle)]
    else:
        written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    labels = list(tiny.labels)
    probs = tiny.predict_proba([r["text"] for r in rows], [r["context"] for r in rows])
    assert [r["row"] for r in written] == ["line 2", "line 4", "line 5", "line 6", "line 7", "line 8"]
    assert [(r["text"], r["label"]) for r in written] == [(r["text"], r["label"]) for r in rows]
    for row, p in zip(written, probs):
        assert [row["scores"][label] for label in labels] == pytest.approx(p.tolist(), abs=1e-6)
        assert row["predicted"] == labels[int(p.argmax())]
    confusion = [[sum(1 for r in written if (r["label"], r["predicted"]) == (true, guess)) for guess in labels]
                 for true in labels]
    report = framing.evaluate(tiny, data, predictions=True)
    assert confusion == report["confusion"] and report["predictions"] == [
        {k: v for k, v in r.items() if not k.startswith("score_")} for r in written]


def test_evaluate_command_json_has_null_where_the_table_has_n_a(tiny_dir, tmp_path, capsys):
    data = tmp_path / "gold.jsonl"  # no official_denial row: its recall is undefined, whatever the model does
    rows = [r for r in _gold_rows() if r["label"] != "official_denial"]
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "report.json"
    assert main(["evaluate", "--model", str(tiny_dir), "--device", "cpu", "--data", str(data),
                 "--json", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["per_class"]["official_denial"]["recall"] is None
    for label, row in written["per_class"].items():
        printed = next(line for line in lines if line.startswith(label + " ")).split()[1:4]
        assert printed == ["n/a" if row[name] is None else f"{row[name]:.3f}"
                           for name in ("precision", "recall", "f1")], label


def test_the_evaluate_report_records_the_model_how_it_ran_the_data_and_the_versions(tiny, tiny_dir, tmp_path):
    import torch
    import transformers

    from framing.model import folder_fingerprint

    data = tmp_path / "gold.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in _gold_rows()), encoding="utf-8")
    provenance = framing.evaluate(tiny, data)["provenance"]
    assert provenance["model"] == {"path": str(tiny_dir.resolve()), "fingerprint": folder_fingerprint(tiny_dir)}
    assert (provenance["device"], provenance["precision"]) == ("cpu", "fp32")
    assert provenance["batch_tokens"] == tiny.engine.batch_tokens
    assert provenance["data"] == {"path": str(data), "sha256": hashlib.sha256(data.read_bytes()).hexdigest(),
                                  "rows": 6, "columns": {"text": "text", "label": "label", "context": "context"}}
    versions = provenance["versions"]
    assert (versions["framing"], versions["torch"], versions["transformers"]) == (
        framing.__version__, torch.__version__, transformers.__version__)
    # rows in memory are recorded by kind; an Analyzer built in memory by a fingerprint of its weights
    built = framing.Analyzer(tiny.model, tiny.tokenizer, device="cpu")
    rows = [{"text": r["text"], "label": r["label"]} for r in _gold_rows()]
    in_memory = framing.evaluate(built, rows)["provenance"]
    assert in_memory["data"] == {"kind": "list of dicts", "rows": 6,
                                 "columns": {"text": "text", "label": "label", "context": None}}
    assert in_memory["model"]["path"] is None and len(in_memory["model"]["fingerprint"]) == 64


def test_an_analyzer_states_its_provenance_as_evaluate_records_it_and_json_keeps_it(tiny, tiny_dir, tmp_path):
    from framing.model import folder_fingerprint

    record = tiny.provenance()
    assert record["model"] == {"path": str(tiny_dir.resolve()), "fingerprint": folder_fingerprint(tiny_dir)}
    assert (record["device"], record["precision"], record["batch_tokens"]) == ("cpu", "fp32", tiny.batch_tokens)
    assert record["versions"]["framing"] == framing.__version__
    data = tmp_path / "gold.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in _gold_rows()), encoding="utf-8")
    evaluated = framing.evaluate(tiny, data)["provenance"]
    assert {k: v for k, v in evaluated.items() if k != "data"} == record
    # kept in a Document's meta, it survives to_dict, JSON and from_dict
    doc = tiny.analyze("The ministry denied the report.")
    doc.meta["provenance"] = record
    back = framing.Document.from_dict(json.loads(json.dumps(doc.to_dict())))
    assert back.meta["provenance"] == record


def test_evaluate_warns_and_says_so_when_the_model_reads_context_and_none_is_given(tiny, caplog):
    bare = [{"text": r["text"], "label": r["label"]} for r in _gold_rows()]
    with caplog.at_level(logging.WARNING, logger="framing.evaluation"):
        report = framing.evaluate(tiny, bare)
    assert "no sentence has a context but the model reads 1 before each sentence" in caplog.text
    assert report["context"] == {"model_reads": 1, "examples_with_context": 0}
    line = next(line for line in format_report(report).splitlines() if line.startswith("context "))
    assert line.split(None, 1)[1] == ("none given, though the model reads 1 sentence(s) before each: "
                                      "these figures are without it")
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="framing.evaluation"):
        report = framing.evaluate(tiny, _gold_rows())  # five of the six rows have a context
    assert "no sentence has a context" not in caplog.text
    assert report["context"] == {"model_reads": 1, "examples_with_context": 5}
    line = next(line for line in format_report(report).splitlines() if line.startswith("context "))
    assert line.split(None, 1)[1] == "5 of 6 sentences have one; the model reads 1 sentence(s) before each"


def test_evaluate_does_not_warn_about_context_for_a_model_that_reads_none(tiny, caplog, monkeypatch):
    monkeypatch.setattr(tiny.model.config, "context", "none")
    bare = [{"text": r["text"], "label": r["label"]} for r in _gold_rows()]
    with caplog.at_level(logging.WARNING, logger="framing.evaluation"):
        report = framing.evaluate(tiny, bare)
    assert "context" not in caplog.text
    assert report["context"] == {"model_reads": 0, "examples_with_context": 0}


def test_evaluate_with_a_context_column_scores_each_sentence_with_its_context(tiny):
    rows = [dict(r, before=r.pop("context")) for r in _gold_rows()]
    sentences = [r["text"] for r in rows]
    contexts = [r["before"] for r in rows]
    truth = [r["label"] for r in rows]
    with_context = classification_report(truth, tiny.predict_proba(sentences, contexts), tiny.labels)
    without = classification_report(truth, tiny.predict_proba(sentences), tiny.labels)
    assert with_context != without  # the contexts change the tiny model's scores, so the check below can fail
    assert figures(framing.evaluate(tiny, rows, context_column="before")) == with_context
    # a column named "context" is read without being named
    named = [dict(r, context=r.pop("before")) for r in rows]
    assert figures(framing.evaluate(tiny, named)) == with_context


def figures(report):
    """``report`` without what :func:`framing.evaluate` adds to :func:`classification_report`."""
    return {k: v for k, v in report.items() if k not in ("provenance", "context")}


def test_evaluate_warns_when_the_data_is_the_file_the_model_was_trained_or_validated_on(tiny_dir, tmp_path, caplog):
    from test_train import make_rows, write_csv

    train_csv, eval_csv = write_csv(tmp_path / "train.csv", make_rows(30, 1)), write_csv(tmp_path / "eval.csv",
                                                                                        make_rows(9, 2))
    held_out = write_csv(tmp_path / "held_out.csv", make_rows(9, 3))
    model = framing.train(str(train_csv), str(eval_csv), base=str(tiny_dir), output_dir=tmp_path / "m", epochs=1,
                          progress=False).output_dir
    digest = hashlib.sha256(train_csv.read_bytes()).hexdigest()
    with caplog.at_level(logging.WARNING, logger="framing.evaluation"):
        framing.evaluate(str(model), str(train_csv))
    assert (f"{train_csv} is the file {model.resolve()} was trained on (sha256 {digest}): these figures flatter the "
            "model; evaluate on held-out data") in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="framing.evaluation"):  # a copy elsewhere is the same data
        framing.evaluate(framing.load(model), shutil.copy(eval_csv, tmp_path / "copy.csv"))
    assert (f"{tmp_path / 'copy.csv'} is the file {model.resolve()} was validated on, which chose its epoch and "
            "temperature (sha256 ") in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="framing.evaluation"):
        framing.evaluate(str(model), str(held_out))
    assert "flatter" not in caplog.text
    caplog.clear()
    some_trained = write_csv(tmp_path / "mixed.csv", make_rows(30, 1)[:4] + make_rows(9, 3))  # rows copied over
    with caplog.at_level(logging.WARNING, logger="framing.evaluation"):
        framing.evaluate(str(model), str(some_trained))
        framing.evaluate(str(model), [dict(r, text=f"  {r['text']}  ") for r in make_rows(30, 1)[:2]])
    assert [r.getMessage() for r in caplog.records if r.name == "framing.evaluation"] == [
        f"4 of 13 sentences of {some_trained} are sentences {model.resolve()} was trained on: these figures "
        "flatter the model; evaluate on held-out data",
        f"2 of 2 sentences of the data are sentences {model.resolve()} was trained on: these figures flatter the "
        "model; evaluate on held-out data"]
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="framing.evaluation"):  # the command line too
        assert main(["evaluate", "--model", str(model), "--device", "cpu", "--data", str(train_csv)]) == 0
    assert f"{train_csv} is the file {model.resolve()} was trained on (sha256 {digest})" in caplog.text


def test_evaluate_refuses_a_bad_label_before_warning_about_training_sentences(tiny_dir, tmp_path, caplog):
    from framing.data import sentence_hashes

    rows = _gold_rows()
    model = shutil.copytree(tiny_dir, tmp_path / "m")  # a model "trained" on these very sentences
    (model / "training_args.json").write_text(json.dumps(
        {"data": {}, "training_sentence_hashes": sentence_hashes(r["text"] for r in rows)}))
    rows[2]["label"] = "Editorial Opinion"
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="framing.evaluation"), \
            pytest.raises(framing.DataError, match=r"line 3: label 'Editorial Opinion' is not one of"):
        framing.evaluate(str(model), str(path))
    assert "trained on" not in caplog.text  # the file is refused, so its overlap with training is not news
    rows[2]["label"] = "editorial_opinion"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="framing.evaluation"):
        framing.evaluate(str(model), str(path))
    assert f"6 of 6 sentences of {path} are sentences {model.resolve()} was trained on" in caplog.text


def test_sentence_hashes_record_distinct_sentences_up_to_a_cap(monkeypatch):
    import framing.data as data

    recorded = data.sentence_hashes(["The vote passed.", "The  vote\tpassed.", "Rain fell."])
    assert len(base64.b64decode(recorded)) == 16  # 8 bytes a distinct sentence; whitespace runs read as one space
    assert data.hashed_sentences(["The vote passed.", "The vote failed.", "Rain fell."], recorded) == 2
    monkeypatch.setattr(data, "MAX_SENTENCE_HASHES", 1)
    assert data.sentence_hashes(["The vote passed.", "Rain fell."]) is None


def test_the_report_has_a_reliability_table_and_the_coverage_of_confidence_thresholds():
    """Whether the scores can be read as probabilities on one's own data, and what a threshold keeps: the top
    scores 0.4 (wrong), 0.6 and 0.65 (one right), 0.8 and 0.85 (both right), 0.95 and 0.99 (both right)."""
    from framing.metrics import coverage, reliability

    probs = np.array([[0.4, 0.3, 0.3], [0.6, 0.4, 0.0], [0.65, 0.35, 0.0], [0.8, 0.2, 0.0], [0.85, 0.15, 0.0],
                      [0.95, 0.05, 0.0], [0.99, 0.01, 0.0]])
    truth = np.array([1, 0, 1, 0, 0, 0, 0])
    table = reliability(probs, truth)
    assert [(row["low"], row["high"], row["sentences"]) for row in table] == [
        (0.0, 0.5, 1), (0.5, 0.7, 2), (0.7, 0.9, 2), (0.9, 0.97, 1), (0.97, 1.0, 1)]
    assert [row["accuracy"] for row in table] == [0.0, 0.5, 1.0, 1.0, 1.0]
    assert table[1]["mean_confidence"] == pytest.approx(0.625)
    assert reliability(probs, truth, edges=(0.9,))[1] == {"low": 0.9, "high": 1.0, "sentences": 2, "accuracy": 1.0,
                                                         "mean_confidence": pytest.approx(0.97)}
    kept = coverage(probs, truth, thresholds=(0.5, 0.8, 1.0))
    assert [(row["kept"], row["share"], row["accuracy"]) for row in kept] == [
        (6, pytest.approx(6 / 7), pytest.approx(5 / 6)), (4, pytest.approx(4 / 7), 1.0), (0, 0.0, None)]
    report = classification_report(["b", "a", "b", "a", "a", "a", "a"], probs, ["a", "b", "c"])
    assert report["reliability"] == table and report["coverage"] == coverage(probs, truth)
    assert report["mean_confidence"] == pytest.approx(probs.max(axis=1).mean())
    lines = format_report(report).splitlines()
    assert next(line for line in lines if line.startswith("ECE")).endswith(
        f"(mean top score {probs.max(axis=1).mean():.3f} against accuracy 0.714: over-confident on this data)")
    assert next(line for line in lines if "0.50-0.70" in line).split()[-4:] == ["right", "0.500", "mean", "0.625"]
    assert next(line for line in lines if line.strip().startswith("T=0.80")).split() == [
        "T=0.80", "keeps", "4", "of", "7", "(57.1%)", "right", "1.000"]
