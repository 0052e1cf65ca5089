"""benchmarks/adapt.py's logic on a tiny invented NewsSD-style corpus: reading, sampling, the zero-shot
mapping, the paired bootstrap and the result tables (no ../shared, no real model)."""

import csv
from collections import Counter

import pytest

from conftest import load_benchmark
from framing.errors import DataError, InputError

adapt = load_benchmark("adapt")

SUBJECTIVE = [
    "The council's new parking scheme is a shambles from start to finish.",
    "Nobody with any sense would trust this budget.",
    "It is frankly embarrassing that the bridge is still closed.",
    "The mayor's speech was a masterclass in saying nothing.",
    "Residents deserve far better than these half-hearted repairs.",
    "This ferry timetable is an insult to commuters.",
    "The museum's refit is a triumph of taste.",
    "Sadly, the library's hours keep shrinking.",
    "Such a reckless plan should never have passed.",
    "The harbour festival was a joyless, overpriced affair.",
]
OBJECTIVE = [
    "The council voted 7 to 4 on Tuesday to extend the parking zone.",
    "The budget sets aside 2.1 million for road repairs.",
    "The bridge has been closed since March 14.",
    "The mayor spoke for forty minutes at the town hall.",
    "Repairs on Elm Street began last week.",
    "The ferry now leaves at 6:40 instead of 6:30.",
    "The museum reopened on Saturday after an eight-month refit.",
    "The library is open from 9 to 5 on weekdays.",
    "The plan passed its second reading on Monday.",
    "About 3,000 people attended the harbour festival.",
    "The school board meets on the first Thursday of each month.",
    "Bus route 12 will be diverted during the works.",
    "The new clinic employs fourteen nurses.",
    "Rainfall in April was twice the monthly average.",
    "The council's offices move to Mill Road in June.",
    "Two lanes of the ring road will close overnight.",
    "The recycling centre accepts glass and paper.",
    "The town's population was 48,200 at the last census.",
    "The swimming pool closes for cleaning every August.",
    "A new bakery opened on the high street in May.",
]


def write_newssd(path, rows, header=("sentence", "label")):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def labelled(subjective, objective):
    return [(s, "SUBJ") for s in subjective] + [(s, "OBJ") for s in objective]


@pytest.fixture
def newssd_folder(tmp_path):
    folder = tmp_path / "shared" / "newssd-eng"
    folder.mkdir(parents=True)
    write_newssd(folder / "train.csv", labelled(SUBJECTIVE[:6], OBJECTIVE[:12]))
    write_newssd(folder / "val.csv", labelled(SUBJECTIVE[6:8], OBJECTIVE[12:16]))
    write_newssd(folder / "test.csv", labelled(SUBJECTIVE[8:], OBJECTIVE[16:]))
    return folder


def test_read_split_gives_text_and_the_users_label_names(newssd_folder):
    rows = adapt.read_split(newssd_folder / "val.csv", ["opinion", "neutral"])

    assert rows[0] == {"text": SUBJECTIVE[6], "label": "opinion"}
    assert Counter(r["label"] for r in rows) == {"opinion": 2, "neutral": 4}


@pytest.mark.parametrize("rows, header, message", [
    ([("A plain sentence.", "SUBJ")], ("text", "label"), "no sentence column"),
    ([("A plain sentence.", "OBJ"), ("Another one.", "NEUTRAL")], ("sentence", "label"), "line 3: label 'NEUTRAL'"),
    ([("A plain sentence.", "OBJ"), ("   ", "SUBJ")], ("sentence", "label"), "line 3: the sentence is blank"),
    ([], ("sentence", "label"), "holds no rows"),
])
def test_read_split_names_the_bad_file_and_line(tmp_path, rows, header, message):
    path = write_newssd(tmp_path / "bad.csv", rows, header)

    with pytest.raises(DataError, match=message) as caught:
        adapt.read_split(path, adapt.NEWSSD_LABELS)
    assert str(path) in str(caught.value)


def test_read_newssd_names_a_missing_split(newssd_folder):
    (newssd_folder / "val.csv").unlink()

    with pytest.raises(DataError, match="val.csv not found"):
        adapt.read_newssd(newssd_folder.parent, adapt.NEWSSD_LABELS)


def test_stratified_sample_keeps_label_shares_and_order_and_repeats_with_the_seed(newssd_folder):
    rows = adapt.read_split(newssd_folder / "train.csv", adapt.NEWSSD_LABELS)  # 6 SUBJ, 12 OBJ

    sample = adapt.stratified_sample(rows, 9, seed=3)

    assert len(sample) == 9
    assert Counter(r["label"] for r in sample) == {"SUBJ": 3, "OBJ": 6}
    positions = [rows.index(r) for r in sample]
    assert positions == sorted(positions)
    assert adapt.stratified_sample(rows, 9, seed=3) == sample
    assert {tuple(r.items()) for r in adapt.stratified_sample(rows, 9, seed=4)} != {tuple(r.items()) for r in sample}


def test_stratified_sample_gives_a_rare_label_two_rows_and_all_rows_past_the_total():
    rows = [{"text": f"s{i}", "label": "SUBJ" if i < 2 else "OBJ"} for i in range(40)]

    small = adapt.stratified_sample(rows, 5, seed=0)  # proportional would give SUBJ 0.25 rows

    assert Counter(r["label"] for r in small) == {"SUBJ": 2, "OBJ": 3}
    assert adapt.stratified_sample(rows, 40, seed=0) == rows
    assert adapt.stratified_sample(rows, 400, seed=0) == rows
    with pytest.raises(InputError, match="3 rows cannot hold 2 of each of 2 labels"):
        adapt.stratified_sample(rows, 3, seed=0)


def test_resolve_size_reads_all_and_caps_at_the_rows_there_are():
    assert adapt.resolve_size("all", 731) == 731
    assert adapt.resolve_size("1000", 731) == 731
    assert adapt.resolve_size("100", 731) == 100


def test_zero_shot_maps_editorial_opinion_to_the_subjective_name_and_the_rest_to_the_objective():
    predicted = ["editorial_opinion", "reported_fact", "attributed_claim", "official_denial", "editorial_opinion"]

    assert adapt.zero_shot_labels(predicted, ["opinion", "neutral"]) == [
        "opinion", "neutral", "neutral", "neutral", "opinion"]


def test_paired_bootstrap_of_a_system_against_itself_is_zero_and_of_a_better_one_clear_of_zero():
    gold = ["SUBJ", "OBJ"] * 30
    wrong = ["OBJ", "SUBJ"] * 30

    same = adapt.paired_bootstrap(gold, wrong, wrong, adapt.NEWSSD_LABELS, resamples=200)
    better = adapt.paired_bootstrap(gold, wrong, gold, adapt.NEWSSD_LABELS, resamples=200)

    assert same["difference"] == same["low"] == same["high"] == 0.0
    assert better["difference"] == pytest.approx(1.0)
    assert 0 < better["low"] <= better["high"] <= 1.0


def test_bootstrap_f1_agrees_with_scikit_learn_on_unresampled_rows():
    import numpy as np

    gold = np.array([["SUBJ", "SUBJ", "OBJ", "OBJ", "OBJ"], ["OBJ", "OBJ", "OBJ", "OBJ", "OBJ"]])
    predicted = np.array([["SUBJ", "OBJ", "OBJ", "SUBJ", "OBJ"], ["OBJ", "OBJ", "OBJ", "OBJ", "OBJ"]])

    rows = adapt._macro_f1_rows(gold, predicted, adapt.NEWSSD_LABELS)

    expected = [adapt.macro_f1(g, p, adapt.NEWSSD_LABELS) for g, p in zip(gold, predicted)]
    assert rows == pytest.approx(expected)


def test_tables_put_each_size_on_a_line_with_the_systems_side_by_side():
    gold = ["SUBJ", "OBJ", "OBJ", "OBJ"]
    rows = [
        adapt.result_row("zero-shot framing", 0, gold, ["SUBJ", "OBJ", "SUBJ", "OBJ"], adapt.NEWSSD_LABELS),
        adapt.result_row("tfidf+lr", 100, gold, ["OBJ"] * 4, adapt.NEWSSD_LABELS, 0.5, 800.0),
        adapt.result_row("from minilm", 100, gold, gold, adapt.NEWSSD_LABELS, 30.0, 12.5, best_epoch=3, epochs_run=4),
        adapt.result_row("tfidf+lr", 300, gold, gold, adapt.NEWSSD_LABELS, 1.5, 800.0),
    ]

    lines = adapt.f1_table(rows).splitlines()

    assert lines[0].split() == ["train", "examples", "tfidf+lr", "from", "minilm"]
    assert lines[1].split() == ["100", f"{adapt.macro_f1(gold, ['OBJ'] * 4, adapt.NEWSSD_LABELS):.3f}", "1.000"]
    assert lines[2].split() == ["300", "1.000", "-"]
    zero_shot = adapt.macro_f1(gold, ["SUBJ", "OBJ", "SUBJ", "OBJ"], adapt.NEWSSD_LABELS)
    assert lines[3].split() == ["zero-shot", "framing", "(no", "training):", f"{zero_shot:.3f}"]
    costs = adapt.cost_table(rows).splitlines()
    assert [line.split()[-4:] for line in costs[1:]] == [
        ["100", "0.5", "800.0", "-"], ["100", "30.0", "12.5", "3/4"], ["300", "1.5", "800.0", "-"]]


def test_run_trains_every_system_once_per_distinct_size_and_compares_the_two_starts(newssd_folder, monkeypatch):
    calls = []

    def fake_framing(system, train, val, test, names, base, epochs, seed, device):
        calls.append((system, base, len(train)))
        predicted = [r["label"] for r in test] if base == "default" else [names[1]] * len(test)
        return adapt.result_row(system, len(train), [r["label"] for r in test], predicted, names, 1.0, 1.0), predicted

    def fake_zero_shot(test, names, device):
        predicted = [names[0]] * len(test)
        return adapt.result_row("zero-shot framing", 0, [r["label"] for r in test], predicted, names), predicted

    monkeypatch.setattr(adapt, "run_framing", fake_framing)
    monkeypatch.setattr(adapt, "run_zero_shot", fake_zero_shot)
    opts = adapt.parse_args(["--sizes", "8", "all", "500", "--shared", str(newssd_folder.parent),
                             "--names", "opinion", "neutral"])

    results = adapt.run(opts, report=lambda line: None)

    assert sorted(calls) == [("from framing", "default", 8), ("from framing", "default", 18),
                             ("from minilm", "minilm", 8), ("from minilm", "minilm", 18)]
    assert [(r["system"], r["train_examples"]) for r in results["rows"]] == [
        ("zero-shot framing", 0), ("tfidf+lr", 8), ("from minilm", 8), ("from framing", 8),
        ("tfidf+lr", 18), ("from minilm", 18), ("from framing", 18)]
    assert results["data"]["train"] == {"rows": 18, "labels": {"opinion": 6, "neutral": 12}}
    assert [c["train_examples"] for c in results["comparisons"]] == [8, 18]
    assert all(c["from framing - from minilm"]["difference"] > 0 for c in results["comparisons"])


def test_run_tfidf_labels_test_in_the_users_names(newssd_folder):
    data = adapt.read_newssd(newssd_folder.parent, ["opinion", "neutral"])

    row, predicted = adapt.run_tfidf(data["train"], data["val"], data["test"], ["opinion", "neutral"])

    assert set(predicted) <= {"opinion", "neutral"} and len(predicted) == len(data["test"])
    assert row["C"] in adapt.TFIDF_C
    assert row["test_macro_f1"] == adapt.macro_f1([r["label"] for r in data["test"]], predicted, ["opinion", "neutral"])


def test_main_without_the_shared_folder_exits_naming_it(tmp_path):
    missing = tmp_path / "nowhere"

    with pytest.raises(SystemExit) as caught:
        adapt.main(["--shared", str(missing)])

    assert str(missing) in str(caught.value.code) and "--shared" in str(caught.value.code)


@pytest.mark.parametrize("argv", [["--sizes", "ten"], ["--sizes", "3"], ["--epochs", "0"], ["--seed", "-1"],
                                  ["--names", "opinion", "opinion"], ["--names", "opinion", " "]])
def test_bad_options_are_refused_before_anything_runs(argv, capsys):
    with pytest.raises(SystemExit) as caught:
        adapt.parse_args(argv)

    assert caught.value.code == 2
    assert "error:" in capsys.readouterr().err
