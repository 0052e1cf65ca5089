"""Fine-tuning input handling found in user trials: label order, typos, duplicates, contexts, argument
types, evaluation checks, safe saving."""

import importlib
import json
import logging
import re
import shutil
from pathlib import Path

import pytest

import framing
from framing.errors import DataError, InputError
from framing.evaluation import evaluate
from framing.model import read_config

from conftest import make_tiny
from test_train import make_rows, one_torch_thread, write_csv  # noqa: F401 (a fixture, used by every test)

train = framing.train


def write_table(path, rows):
    """A CSV with every column the rows have."""
    import csv

    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def logged_train(*args, **kwargs):
    """``train(*args, **kwargs)`` and the records framing logged at INFO and above meanwhile: for a training run
    that a module-scoped fixture shares among several tests (pytest's caplog belongs to one test)."""
    records: list[logging.LogRecord] = []
    handler = logging.Handler(logging.INFO)
    handler.emit = records.append
    framing_logger = logging.getLogger("framing")
    level = framing_logger.level
    framing_logger.addHandler(handler)
    framing_logger.setLevel(logging.INFO)
    try:
        result = train(*args, **kwargs)
    finally:
        framing_logger.removeHandler(handler)
        framing_logger.setLevel(level)
    return result, records


def logged(records, level=logging.WARNING):
    """The messages of ``records`` at ``level`` and above, one a line (as ``caplog.text`` holds them)."""
    return "\n".join(r.getMessage() for r in records if r.levelno >= level)


@pytest.fixture(scope="module")
def plain_run(tmp_path_factory, tiny_dir):
    """One LoRA epoch of the tiny model on 30 rows of three labels new to it, without contexts or validation
    data: the run whose labels, config, card, training_args.json, counts and log several tests read."""
    return logged_train(make_rows(30, 1), None, base=str(tiny_dir), output_dir=tmp_path_factory.mktemp("plain") / "m",
                        epochs=1, progress=False)


@pytest.fixture(scope="module")
def context_run(tmp_path_factory, tiny_dir):
    """One epoch on 30 rows, each with a context column (not named), validated on 9 rows without contexts."""
    rows = [dict(r, context="The match was played in the rain.") for r in make_rows(30, 1)]
    return logged_train(rows, make_rows(9, 2), base=str(tiny_dir), output_dir=tmp_path_factory.mktemp("ctx") / "m",
                        epochs=1, progress=False)


@pytest.fixture(scope="module")
def validation_context_run(tmp_path_factory, tiny_dir):
    """One epoch on 30 rows without contexts, validated on 9 other rows that have them."""
    held = [dict(r, context="Earlier that day the city woke up.") for r in make_rows(9, 2)]
    return logged_train(make_rows(30, 1), held, base=str(tiny_dir),
                        output_dir=tmp_path_factory.mktemp("valctx") / "m", epochs=1, progress=False)


@pytest.fixture(scope="module")
def full_run(tmp_path_factory, tiny_dir):
    """One epoch of full fine-tuning (lora=False) on 30 rows without a spans column."""
    return logged_train(make_rows(30, 1), None, base=str(tiny_dir), output_dir=tmp_path_factory.mktemp("full") / "m",
                        epochs=1, lora=False, progress=False)


@pytest.fixture(scope="module")
def fact_claim_run(tmp_path_factory, tiny_dir):
    """One epoch on news rows labelled fact, claim, denial and opinion: names none of the tiny model's, nor one
    or two edits from one."""
    return logged_train(news_rows(("fact", "claim", "denial", "opinion"), copies=3), None, base=str(tiny_dir),
                        output_dir=tmp_path_factory.mktemp("fact_claim") / "m", epochs=1, progress=False)


def test_data_with_the_starting_models_labels_keeps_its_order_and_head(tmp_path, caplog):
    base = make_tiny(tmp_path / "base", labels=("weather", "sport", "money"))
    with caplog.at_level(logging.WARNING, logger="framing.training"):
        result = train(make_rows(30, 1), None, base=str(base), output_dir=tmp_path / "m", epochs=1, progress=False)
    assert result.labels == ("weather", "sport", "money")  # not sorted: the head's rows still mean what they meant
    assert "new sentence head" not in caplog.text


def test_other_labels_start_a_new_head_with_a_warning(plain_run):
    result, records = plain_run
    assert result.labels == ("money", "sport", "weather")
    assert "starting a new sentence head" in logged(records)


def news_rows(names, copies=8):
    """Rows of four kinds of news sentence, labelled with ``names`` (one per kind, in the bundled model's order)."""
    kinds = ["The bridge reopened to traffic on {n} May.", "Residents said the repairs had taken {n} weeks too long.",
             "The council denied that it had delayed the repairs by {n} days.",
             "This is a {n}-month saga of shameful neglect."]
    return [{"text": kind.format(n=k + 2), "label": name} for k in range(copies) for kind, name in zip(kinds, names)]


RESPELT = ("Reported Fact", "attributed-claim", "Official_Denial", "EDITORIAL OPINION")


def test_the_starting_models_labels_written_another_way_are_refused_naming_both_ways_on(tmp_path, tiny_dir,
                                                                                         monkeypatch, caplog, capsys):
    from framing.cli import main

    import framing.training as train_module
    with pytest.raises(InputError) as refused:
        train(news_rows(RESPELT), None, base=str(tiny_dir), output_dir=tmp_path / "m", progress=False)
    message = str(refused.value)
    assert ("'Reported Fact' for 'reported_fact'" in message and "'attributed-claim' for 'attributed_claim'" in message
            and "'Official_Denial' for 'official_denial'" in message)
    assert "would find no sources, denials" in message and "to keep its sentence head" in message
    assert "pass labels=['EDITORIAL OPINION', 'Official_Denial', 'Reported Fact', 'attributed-claim']" in message
    assert "(--labels" not in message  # Python names the keyword alone, the command line the option (below)
    assert not (tmp_path / "m").exists()
    # with only some of the model's labels, keeping its head also takes its labels given
    with pytest.raises(InputError, match=r"'Reported Fact' for 'reported_fact'.*as the data lacks some"):
        train(news_rows(RESPELT[:2] * 2), None, base=str(tiny_dir), output_dir=tmp_path / "m", progress=False)
    # the command line refuses it as a usage error before training
    monkeypatch.setattr(train_module, "starting_model", lambda *a, **k: pytest.fail("training started"))
    data = write_csv(tmp_path / "train.csv", news_rows(RESPELT))
    assert main(["train", "--train", str(data), "--out", str(tmp_path / "m"), "--base", str(tiny_dir),
                 "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "pass --labels 'EDITORIAL OPINION,Official_Denial,Reported Fact,attributed-claim' to start" in err, err
    assert "labels=[" not in err
    monkeypatch.undo()
    # the names given on purpose start a new head, with a warning naming what the profile then lacks
    with caplog.at_level(logging.WARNING, logger="framing.training"):
        result = train(news_rows(RESPELT), None, labels=list(RESPELT), base=str(tiny_dir),
                       output_dir=tmp_path / "m", epochs=1, progress=False)
    assert result.labels == RESPELT and "starting a new sentence head" in caplog.text
    # written as the model writes them, its head is kept
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="framing.training"):
        kept = train(news_rows(framing.LABELS), None, base=str(tiny_dir), output_dir=tmp_path / "k", epochs=1,
                     progress=False)
    assert kept.labels == framing.LABELS and "new sentence head" not in caplog.text


def test_a_new_label_set_warns_which_labels_the_profile_reads_are_missing(tmp_path, tiny_dir, caplog, fact_claim_run):
    result, records = fact_claim_run
    assert result.labels == ("claim", "denial", "fact", "opinion")
    assert ("the labels lack 'attributed_claim', 'official_denial', 'editorial_opinion', which the document "
            "profile reads by name, so this model's profiles will find no sources, denials, unsourced evaluative "
            "claims") in logged(records)
    with caplog.at_level(logging.WARNING, logger="framing.training"):  # the profile's labels kept: nothing lacks
        train(news_rows(("fact", "attributed_claim", "official_denial", "editorial_opinion")), None,
              base=str(tiny_dir), output_dir=tmp_path / "n", epochs=1, progress=False)
    assert "starting a new sentence head" in caplog.text and "the labels lack" not in caplog.text


def test_a_new_label_one_or_two_edits_from_the_starting_models_gets_a_did_you_mean(tmp_path, tiny_dir, caplog,
                                                                                   fact_claim_run):
    misspelt = ("reported_fact", "attributed_claim", "official_denial", "editorial_opnion")  # on every such row
    with caplog.at_level(logging.WARNING, logger="framing.training"):
        result = train(news_rows(misspelt, copies=3), None, base=str(tiny_dir), output_dir=tmp_path / "m", epochs=1,
                       progress=False)
    assert "editorial_opnion" in result.labels
    assert ("starting a new sentence head (it has no output for 'editorial_opnion': all 4 labels are learnt from "
            "your rows alone, its trained outputs for 'reported_fact', 'attributed_claim', 'official_denial' not "
            "kept); not among its labels: 'editorial_opnion' (did you mean 'editorial_opinion'?); "
            "the labels lack 'editorial_opinion'") in caplog.text
    warned = logged(fact_claim_run[1])  # names far from the model's are no typos
    assert "starting a new sentence head" in warned and "did you mean" not in warned


@pytest.mark.parametrize("labels, note", [
    (("satire",) + framing.LABELS, "it has no output for 'satire': all 5 labels are learnt from your rows alone, its "
                                   "trained outputs for 'reported_fact', 'attributed_claim', 'official_denial', "
                                   "'editorial_opinion' not kept"),
    (("reported_fact", "editorial_opinion"), "all 2 labels are learnt from your rows alone, its trained outputs for "
                                             "'reported_fact', 'editorial_opinion' not kept"),
    (tuple(reversed(framing.LABELS)), "pass the same labels in the same order to keep it")])
def test_the_new_head_warning_says_what_a_new_head_keeps(labels, note):
    """Adding "satire" to the four labels, a user was told to "pass the same labels in the same order to keep"
    the head, as if its four trained outputs could stay beside a new one."""
    from framing.training_checkpoints import _new_head_note

    assert _new_head_note(labels, framing.LABELS) == note


def test_whole_number_labels_sort_as_numbers(tmp_path, tiny_dir):
    rows = [{"text": r["text"], "label": [2, 10, 1][i % 3]} for i, r in enumerate(make_rows(30, 4))]
    result = train(rows, None, base=str(tiny_dir), output_dir=tmp_path / "m", epochs=1, progress=False)
    assert result.labels == ("1", "2", "10")


def test_labels_differing_only_in_case_are_refused_naming_the_line(tmp_path, tiny_dir):
    rows = make_rows(30, 1)
    rows[7]["label"] = "Sport"
    rows[8]["label"] = "Sport"
    path = write_csv(tmp_path / "train.csv", rows)
    with pytest.raises(DataError,
                       match=r"'sport' \(10 rows\) and 'Sport' \(2 rows\) differ only in case.*train.csv: line 9"):
        train(path, None, base=str(tiny_dir), output_dir=tmp_path / "m", progress=False)


@pytest.mark.parametrize("odd, problem", [
    ("cafe\u0301", "accents written as separate marks"),
    ("money\u00a0talk", "no-break space"),
    ("money  talk", "run of spaces"),
    ("spin\u200b", r"control or invisible character \(U\+200B\)"),
    ("spin\x1b[2J", r"control or invisible character \(U\+001B\)"),
])
def test_a_label_that_would_look_like_another_or_reach_a_terminal_raw_is_refused(tmp_path, tiny_dir, odd, problem):
    rows = make_rows(30, 1)
    for k in (5, 6):
        rows[k]["label"] = odd
    path = write_csv(tmp_path / "train.csv", rows)
    with pytest.raises(DataError, match=rf"label {re.escape(repr(odd))} .*{problem}.*train.csv: line 7"):
        train(path, None, base=str(tiny_dir), output_dir=tmp_path / "m", progress=False)


def test_a_model_folder_whose_labels_hold_control_characters_is_refused(tmp_path, tiny_dir):
    from framing.errors import ModelError

    shutil.copytree(tiny_dir, tmp_path / "m")
    config = json.loads((tmp_path / "m" / "config.json").read_text())
    config["labels"][1] = "opinion\x1b]0;PWNED\x07"
    (tmp_path / "m" / "config.json").write_text(json.dumps(config))
    with pytest.raises(ModelError, match=r"control or invisible character \(U\+001B\)"):
        framing.load(tmp_path / "m", device="cpu")


def test_a_one_off_typo_label_is_named_with_a_suggestion_and_its_line(tmp_path, tiny_dir):
    rows = make_rows(30, 1)
    rows[4]["label"] = "weahter"
    path = write_csv(tmp_path / "train.csv", rows)
    with pytest.raises(DataError, match=r"too few for \['weahter'\].*did you mean 'weather'.*line 6"):
        train(path, None, base=str(tiny_dir), output_dir=tmp_path / "m", progress=False)


def test_an_unseen_evaluation_label_names_its_line(tmp_path, tiny_dir):
    dev = make_rows(9, 2)
    dev[3]["label"] = "wether"
    with pytest.raises(DataError, match=r"'wether' that training never saw \(did you mean 'weather'\?\) "
                                        r"\(first at eval: .*dev.csv: line 5\)"):
        train(make_rows(30, 1), write_csv(tmp_path / "dev.csv", dev), base=str(tiny_dir),
              output_dir=tmp_path / "m", progress=False)


def test_labels_as_one_string_are_refused(tmp_path, tiny_dir):
    with pytest.raises(TypeError, match=r"list of label names, not the string .* \(split it: labels=\[\.\.\.\]\)"):
        train(make_rows(30, 1), None, labels="money,sport,weather", base=str(tiny_dir), output_dir=tmp_path / "m")


@pytest.mark.parametrize("kwargs,message", [
    ({"epochs": "2"}, "epochs must be an integer, got str"),
    ({"epochs": 1.5}, "epochs must be an integer, got float"),
    ({"seed": -1}, "seed must be ≥ 0"),
    ({"seed": 2**32}, r"seed must be ≥ 0 and < 2\*\*32 \(4294967296\), got 4294967296"),
    ({"seed": 1.5}, "seed must be an integer"),
    ({"batch_tokens": "4096"}, "batch_tokens must be an integer"),
    ({"learning_rate": "0.001"}, "learning_rate must be a number"),
])
def test_argument_types_are_checked_before_the_model_loads(tmp_path, tiny_dir, monkeypatch, kwargs, message):

    def must_not_run(*args, **kw):
        raise AssertionError("the model loaded before the arguments were checked")

    monkeypatch.setattr("framing.training.starting_model", must_not_run)
    with pytest.raises(InputError, match=message):
        train(make_rows(30, 1), None, base=str(tiny_dir), output_dir=tmp_path / "m", progress=False, **kwargs)


@pytest.mark.parametrize("field,value,message", [
    ("warmup_fraction", "0.1", r"^warmup_fraction must be a number, got str '0\.1'$"),
    ("warmup_fraction", 1.5, r"^warmup_fraction must be from 0 to 1, got 1\.5$"),
    ("weight_decay", -0.01, r"^weight_decay must be a finite number ≥ 0, got -0\.01$"),
    ("weight_decay", None, r"^weight_decay must be a number, got NoneType None$"),
    ("lora_alpha", 0, r"^lora_alpha must be a finite number > 0, got 0$"),
    ("lora_alpha", float("inf"), r"^lora_alpha must be a finite number > 0, got inf$"),
    ("head_learning_rate", 5.0, r"^head_learning_rate must be in \(0, 1\), got 5\.0$"),
    ("span_weight", float("nan"), r"^span_weight must be a finite number ≥ 0, got nan$"),
    ("class_weights", "no", r"^class_weights must be True or False, got str 'no'$"),
    ("lora", 1, r"^lora must be True or False, got int 1$"),
    ("context", None, r"^context must be True or False, got NoneType None$"),
    ("progress", "no", r"^progress must be True or False, got str 'no'$"),
    ("device", "gpu", r"^device must be 'cpu', 'cuda', 'cuda:N' or None, got 'gpu'$"),
    ("device", 0, r"^device must be 'cpu', 'cuda', 'cuda:N' or None, got 0$"),
    ("columns", None, r"^columns must be a dict \(what train records of the data\), got NoneType None$"),
])
def test_fit_refuses_every_bad_training_argument_before_the_model_loads(tmp_path, tiny_dir, monkeypatch, field, value,
                                                                      message):
    from framing.data import table_examples
    from framing.training import TrainingArguments, fit

    monkeypatch.setattr("framing.training.starting_model",
                        lambda *a, **k: pytest.fail("the model loaded before the arguments were checked"))
    args = TrainingArguments(epochs=1, progress=False, device="cpu")
    setattr(args, field, value)
    with pytest.raises(InputError, match=message):
        args.validate()
    with pytest.raises(InputError, match=message):
        fit(table_examples(make_rows(30, 1)), None, labels=None, base=str(tiny_dir), output_dir=tmp_path / "m",
            args=args)


def test_training_arguments_at_the_edges_of_their_ranges_are_taken_and_recorded_as_plain_numbers():
    import numpy as np
    import torch

    from framing.training import TrainingArguments

    args = TrainingArguments(warmup_fraction=np.float32(0), weight_decay=0, span_weight=np.float32(2.5),
                             lora_alpha=np.int64(8), head_learning_rate=np.float32(0.5), class_weights=False,
                             device=torch.device("cpu"))
    args.validate()
    assert (args.warmup_fraction, args.weight_decay, args.span_weight, args.lora_alpha) == (0.0, 0.0, 2.5, 8.0)
    assert args.device == "cpu"
    json.dumps({"warmup": args.warmup_fraction, "span": args.span_weight, "head": args.head_learning_rate,
                "alpha": args.lora_alpha, "device": args.device})  # plain Python values, as training_args.json needs
    TrainingArguments(warmup_fraction=1, device="cuda:1").validate()  # CUDA itself is checked when the model loads


def test_duplicates_stay_on_one_side_of_the_automatic_split_and_conflicts_are_reported(caplog):
    from framing.data import table_examples
    from framing.training import warn_duplicates, stratified_split

    rows = make_rows(60, 3) + make_rows(60, 3)  # every sentence twice
    rows.append({"text": rows[0]["text"], "label": "sport" if rows[0]["label"] != "sport" else "money"})
    examples = table_examples(rows, name="train")
    kept, held = stratified_split(examples, 0.2, seed=0)
    assert held and not {e.text for e in kept} & {e.text for e in held}
    with caplog.at_level(logging.WARNING, logger="framing.training"):
        assert warn_duplicates(examples, examples[:10] + examples[60:70]) == {
            "duplicate_training_rows": 60, "duplicate_validation_rows": 10, "conflicting_training_sentences": 1}
    assert "1 training sentence(s) carry two or more labels" in caplog.text
    assert "20 of 20 validation sentences are also training sentences" in caplog.text


def test_without_contexts_the_model_is_trained_and_used_without_them(plain_run):
    result, records = plain_run
    assert read_config(result.output_dir).context == "none"
    assert "no training sentence has a context" in logged(records)


def test_a_context_column_is_read_without_being_named(context_run):
    result, _ = context_run
    assert read_config(result.output_dir).context == "previous"


def test_the_model_records_where_it_started(plain_run, tiny_dir):
    result, _ = plain_run
    assert read_config(result.output_dir).extra["started_from"] == str(tiny_dir)
    assert f"Started from {tiny_dir}." in (result.output_dir / "README.md").read_text()
    assert json.loads((result.output_dir / "training_args.json").read_text())["device"] == "cpu"


def test_a_failed_save_leaves_the_earlier_model_and_the_users_files_whole(tmp_path, tiny_dir, monkeypatch):
    import importlib

    out = tmp_path / "m"
    shutil.copytree(tiny_dir, out)
    (out / "notes.txt").write_text("mine")
    before = (out / "weights.safetensors").read_bytes()

    def broken_card(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(importlib.import_module("framing.model_card"), "write_model_card", broken_card)
    with pytest.raises(OSError, match="disk full"):
        train(make_rows(30, 1), None, base=str(tiny_dir), output_dir=out, epochs=1, progress=False, overwrite=True)
    assert (out / "weights.safetensors").read_bytes() == before and (out / "notes.txt").read_text() == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m"]  # no staging folder left behind
    monkeypatch.undo()
    train(make_rows(30, 1), None, base=str(tiny_dir), output_dir=out, epochs=1, progress=False, overwrite=True)
    assert (out / "notes.txt").read_text() == "mine" and (out / "weights.safetensors").read_bytes() != before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m"]


def test_evaluate_refuses_an_unknown_label_before_scoring(tmp_path, tiny, monkeypatch):
    rows = [{"text": "The bank raised rates.", "label": "reported_fact"},
            {"text": "Critics said it was wrong.", "label": "atributed_claim"}]
    path = write_csv(tmp_path / "gold.csv", rows)

    def must_not_run(*args, **kwargs):
        raise AssertionError("scored before the labels were checked")

    monkeypatch.setattr(tiny, "predict_proba", must_not_run)
    with pytest.raises(DataError, match=r"gold.csv: line 3: label 'atributed_claim'.*did you mean 'attributed_claim'"):
        evaluate(tiny, path)


def test_evaluate_command_reads_the_data_before_loading_the_model(tmp_path, capsys):
    from framing.cli import main

    assert main(["evaluate", "--data", str(tmp_path / "missing.csv"), "--model", str(tmp_path / "no-model")]) == 1
    err = capsys.readouterr().err
    assert "missing.csv: no such file" in err and "no-model" not in err


def test_train_command_names_a_bad_option(tmp_path, capsys):
    from framing.cli import main

    path = write_csv(tmp_path / "train.csv", make_rows(30, 1))
    for option, value, message in (("--seed", "-1", "--seed must be from 0 to 2**32 - 1"),
                                   ("--seed", str(2**32), "--seed must be from 0 to 2**32 - 1"),
                                   ("--lr", "5", "--lr must be"),
                                   ("--batch-tokens", "10", "--batch-tokens must be at least"),
                                   ("--labels", "a,,b", "--labels has an empty name"),
                                   ("--labels", '["a", "b"', "--labels starts with '[' but is not a JSON list"),
                                   ("--labels", '["a", 2]', "--labels as JSON must be a list of strings"),
                                   ("--out", str(path / "m"), "--out " + str(path / "m") + " cannot be created")):
        argv = ["train", "--train", str(path), "--out", str(tmp_path / "m"), option, value]
        assert main(argv) == 2
        assert message in capsys.readouterr().err


def test_jsonl_that_is_not_utf8_says_so(tmp_path, tiny_dir):
    path = tmp_path / "train.jsonl"
    path.write_bytes(b'{"text": "caf\xe9 opens", "label": "x"}\n')
    with pytest.raises(DataError, match="line 1 is not valid UTF-8"):
        train(path, None, base=str(tiny_dir), output_dir=tmp_path / "m")


def test_predict_checks_contexts_and_returns_label_names(tiny):
    sentences = ["The bank raised rates.", "Critics said it was wrong."]
    with pytest.raises(TypeError, match="contexts must be a sequence of str, got a single str"):
        tiny.predict_proba(sentences, "The day before.")
    with pytest.raises(TypeError, match=r"contexts\[1\] must be str or None, got int"):
        tiny.predict_proba(sentences, [None, 5])
    labels = tiny.predict(sentences, [None, "The day before."])
    probs = tiny.predict_proba(sentences, [None, "The day before."])
    assert labels == [tiny.labels[k] for k in probs.argmax(axis=1)]


def test_a_json_array_training_file_is_refused_with_a_hint(tmp_path, tiny_dir):
    path = tmp_path / "train.jsonl"
    path.write_text(json.dumps(make_rows(30, 1)), encoding="utf-8")
    with pytest.raises(DataError, match=r"train.jsonl: holds a JSON array.*jq -c"):
        train(path, None, base=str(tiny_dir), output_dir=tmp_path / "m")


def test_a_spans_column_teaches_span_tags_with_offsets_or_text(tmp_path):
    from framing.data import table_examples

    rows = [
        {"text": "  Police said the road was shut.", "label": "attributed_claim",
         "spans": [{"type": "source", "start": 2, "end": 8, "text": "Police"}, {"type": "cue", "text": "said"}]},
        {"text": "The road was shut.", "label": "reported_fact", "spans": []},
    ]
    examples = table_examples(rows, name="train")
    first = examples[0]
    assert [(kind, first.text[s:e]) for kind, s, e in first.spans] == [("source", "Police"), ("cue", "said")]
    assert examples[1].span_known == first.span_known == {"source", "cue"}  # no span on row 2 means none there
    csv_rows = [dict(r, spans=json.dumps(r["spans"])) for r in rows]
    assert [e.spans for e in table_examples(write_table(tmp_path / "t.csv", csv_rows), name="train")] == \
        [e.spans for e in examples]


@pytest.mark.parametrize("spans,message", [
    ([{"type": "speaker", "text": "Police"}], r"line 2: spans\[0\] has type 'speaker'; span types are"),
    ([{"type": "cue", "start": 5, "end": 99}], r"line 2: spans\[0\] needs whole-number offsets"),
    ([{"type": "cue", "start": 0, "end": 6, "text": "Polise"}], "says 'Polise' but the text there is 'Police'"),
    ([{"type": "cue", "text": "claimed"}], "text 'claimed' occurs 0 time"),
    ([{"type": "cue", "text": "aid"}], "text 'aid' occurs 0 time"),  # only inside "said": not a whole word
    ([{"type": "cue", "text": "said", "nth": 1}], "occurs 1 time.*nth=1"),
    ([{"type": "cue", "text": "said", "nth": True}], "nth must be a whole number"),
    ([{"type": "cue", "text": "said", "nht": 1}], r"unknown key\(s\) \['nht'\]"),
    ("not json", "'spans' is not valid JSON"),
])
def test_bad_span_annotations_name_the_line(tmp_path, spans, message):
    from framing.data import table_examples

    row = {"text": "Police said the road was shut.", "label": "attributed_claim",
           "spans": spans if isinstance(spans, str) else json.dumps(spans)}
    with pytest.raises(DataError, match=message):
        table_examples(write_table(tmp_path / "t.csv", [row]), name="train")


@pytest.mark.parametrize("text, span", [
    ("  The minister said it.  ", {"type": "cue", "start": 0, "end": 5}),       # starts in the leading spaces
    ("  The minister said it.  ", {"type": "cue", "start": 15, "end": 25}),     # runs into the trailing ones
])
def test_a_span_on_the_whitespace_around_the_text_is_refused_not_moved(text, span):
    from framing.data import table_examples

    with pytest.raises(DataError, match=r"spans\[0\] \(cue \d+:\d+\) takes in the whitespace around the text"):
        table_examples([{"text": text, "label": "attributed_claim", "spans": [span]}], name="train")


def test_span_offsets_that_cut_words_or_overlap_a_source_and_cue_are_warned_about_once_per_file(tmp_path, caplog):
    from framing.data import table_examples

    text = "Shopkeepers told the council that parking fees had doubled."
    rows = [
        {"text": text, "label": "attributed_claim",  # offsets two characters off: 'opkeepers t', 'ld the counci'
         "spans": [{"type": "source", "start": 2, "end": 13}, {"type": "cue", "start": 14, "end": 27}]},
        {"text": text, "label": "attributed_claim",  # right
         "spans": [{"type": "source", "start": 0, "end": 11}, {"type": "cue", "start": 12, "end": 16}]},
        # 'arking f'
        {"text": text, "label": "attributed_claim", "spans": [{"type": "loaded", "start": 35, "end": 43}]},
        {"text": text, "label": "attributed_claim",  # whole words, but 'told' is both the source's and the cue
         "spans": [{"type": "source", "start": 0, "end": 16}, {"type": "cue", "start": 12, "end": 16}]},
        # no spaces between words: any edge may be one
        {"text": "市民说停车费翻了一番。", "label": "attributed_claim",
         "spans": [{"type": "source", "start": 0, "end": 2}, {"type": "cue", "start": 2, "end": 3}]},
    ]
    path = write_table(tmp_path / "t.csv", [dict(r, spans=json.dumps(r["spans"])) for r in rows])
    with caplog.at_level(logging.WARNING, logger="framing.data"):
        examples = table_examples(path, name="train")
    assert examples[0].spans == [("source", 2, 13), ("cue", 14, 27)]  # read as given: a warning, not a refusal
    cut = [r.getMessage() for r in caplog.records if "inside a word" in r.getMessage()]
    assert cut == [f"train: {path}: 2 row(s) have a span that starts or ends inside a word, first at line 2: spans[0] "
                   "(source 2:13) covers 'opkeepers t': check the offsets (characters from the sentence's start, "
                   "from 0, the end not included)"]
    overlap = [r.getMessage() for r in caplog.records if "overlap" in r.getMessage()]
    assert overlap == [f"train: {path}: 1 row(s) have a source span and a cue span that overlap, first at line 5: "
                       "spans[0] (source 0:16) covers 'Shopkeepers told' and spans[1] (cue 12:16) covers 'told': a "
                       "source is who is credited and a cue the words that credit it, so no word is both; check the "
                       "offsets"]
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="framing.data"):  # spans found by their text never cut a word
        table_examples([{"text": text, "label": "attributed_claim",
                         "spans": [{"type": "source", "text": "Shopkeepers"}, {"type": "cue", "text": "told"}]}],
                       name="train")
    assert not caplog.records


def test_training_without_a_spans_column_warns_once_at_the_start_that_the_kept_span_tags_drift(tiny_dir, full_run):
    types = read_config(tiny_dir).span_types
    _, records = full_run  # full fine-tuning on rows without a spans column
    drift = [k for k, r in enumerate(records) if "will drift" in r.getMessage()]
    assert len(drift) == 1, [r.getMessage() for r in records]
    message = records[drift[0]].getMessage()
    assert f"no training row annotates {', '.join(types)} spans" in message and "add a 'spans' column" in message
    training = next(k for k, r in enumerate(records) if r.getMessage().startswith("training on "))
    assert drift[0] < training  # before the epochs, not after them


def test_training_on_span_annotations_tags_the_annotated_types(tmp_path, tiny_dir, caplog):
    from framing.data import table_examples
    from framing.encoding import RowEncoder
    from framing.model import load_model
    from framing.training import TrainingArguments, _TrainBatches

    def with_cue(rows):
        return [dict(r, text=r["text"] + " Officials said so.",
                     spans=[{"type": "cue", "text": "said", "nth": 1 if "said" in r["text"] else 0}]) for r in rows]

    rows, held = with_cue(make_rows(30, 1)), with_cue(make_rows(15, 2))
    examples = table_examples(rows, name="train")
    model, tokenizer = load_model(tiny_dir)
    batches = _TrainBatches(RowEncoder(tokenizer, model.config), examples, ["money", "sport", "weather"],
                            model.config.span_types, TrainingArguments())
    cue = model.config.span_types.index("cue")
    for tags, e in zip(batches.tags, examples):
        assert (tags[:, cue] == 1).sum() == 1 and (tags[:, cue] >= 0).all()  # one cue, every token judged
        assert (tags[:, model.config.span_types.index("source")] == -100).all()  # sources: not annotated
    result = train(rows, held, base=str(tiny_dir), output_dir=tmp_path / "m", epochs=1, learning_rate=1e-2,
                   lora=False, progress=False)
    assert "untrained_span_types" not in read_config(result.output_dir).extra
    others = ", ".join(name for name in model.config.span_types if name != "cue")
    assert [m for m in caplog.messages if "will drift" in m] == [  # the types left out, not cue
        f"no training row annotates {others} spans: the starting model's span tagging for them is kept untrained, "
        "and its tags will drift as fine-tuning changes the encoder; mark those types in the 'spans' column too, "
        "or compare both models' spans on your own text"]
    cue_report = result.metrics["spans"]["cue"]  # measured on the validation rows, which annotate cues only
    assert list(result.metrics["spans"]) == ["cue"] and cue_report["tokens"] == len(held)  # one "said" each
    # learnt: tagging every token would score precision ~0.08 and F1 ~0.16 here
    assert cue_report["precision"] >= 0.8 and cue_report["recall"] >= 0.8, cue_report
    assert "| cue |" in (result.output_dir / "README.md").read_text()
    span_rows = json.loads((result.output_dir / "training_args.json").read_text())["data"]["span_rows"]
    assert span_rows == dict(dict.fromkeys(model.config.span_types, 0), cue=30)
    assert ("Training rows annotating each span type: cue 30. Not taught: source, content, loaded (this model keeps "
            "the starting model's tagging of them, which may drift as the encoder is fine-tuned: compare both models' "
            "spans on your own text).") in (result.output_dir / "README.md").read_text()


@pytest.mark.parametrize("new_head, what", [
    (True, "this model's new span head tags none of them"),
    (False, "this model keeps the starting model's tagging of them, which may drift as the encoder is fine-tuned: "
            "compare both models' spans on your own text")])
def test_the_card_says_which_span_head_the_untaught_types_have(new_head, what):
    """The card said both "a new span head tags none of them; one kept ... keeps its tagging", whichever it was."""
    from framing.model_card import _span_rows_note

    note = _span_rows_note({"source": 0, "cue": 12, "content": 0, "loaded": 0}, new_head)
    assert note == ("Training rows annotating each span type: cue 12. Not taught: source, content, loaded "
                    f"({what}).")


def test_overwrite_through_a_symlink_replaces_its_target_and_keeps_the_link(tmp_path, tiny_dir):
    target = tmp_path / "v1"
    shutil.copytree(tiny_dir, target)
    (target / "notes.txt").write_text("mine")
    link = tmp_path / "current"
    link.symlink_to(target, target_is_directory=True)
    before = (target / "weights.safetensors").read_bytes()
    train(make_rows(30, 1), None, base=str(tiny_dir), output_dir=link, epochs=1, progress=False, overwrite=True)
    assert link.is_symlink() and link.resolve() == target.resolve()
    assert (target / "weights.safetensors").read_bytes() != before and (target / "notes.txt").read_text() == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["current", "v1"]


def test_overwrite_of_the_working_folder_writes_in_place(tmp_path, tiny_dir, monkeypatch):
    out = tmp_path / "m"
    shutil.copytree(tiny_dir, out)
    (out / "notes.txt").write_text("mine")
    monkeypatch.chdir(out)
    train(make_rows(30, 1), None, base=str(tiny_dir), output_dir=".", epochs=1, progress=False, overwrite=True)
    assert framing.load(out, device="cpu").labels == ("money", "sport", "weather")
    assert (out / "notes.txt").read_text() == "mine" and sorted(p.name for p in tmp_path.iterdir()) == ["m"]


def test_overwrite_in_place_replaces_linked_model_files_rather_than_writing_through_them(tmp_path, tiny_dir,
                                                                                       monkeypatch):
    """The working folder is written file by file: an earlier model's file that is a symlink to a file
    elsewhere is replaced by the new one, the file it points to left alone."""
    out = tmp_path / "m"
    shutil.copytree(tiny_dir, out)
    before = {"README.md": "mine", "config.json": (tiny_dir / "config.json").read_text(), "metrics.json": "{}",
              "training_args.json": "{}"}  # a config elsewhere that is a framing model's, so the folder is one
    for name, text in before.items():
        (tmp_path / f"elsewhere-{name}").write_text(text)
        (out / name).unlink(missing_ok=True)
        (out / name).symlink_to(tmp_path / f"elsewhere-{name}")
    monkeypatch.chdir(out)
    train(make_rows(30, 1), None, base=str(tiny_dir), output_dir=".", epochs=1, progress=False, overwrite=True)
    for name, text in before.items():
        assert (tmp_path / f"elsewhere-{name}").read_text() == text, name
        assert not (out / name).is_symlink() and (out / name).read_text() != text, name
    assert framing.load(out, device="cpu").labels == ("money", "sport", "weather")
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == []  # no temporary file left


def test_a_failed_swap_puts_the_earlier_model_back(tmp_path, tiny_dir, monkeypatch):
    import os

    out = tmp_path / "m"
    shutil.copytree(tiny_dir, out)
    (out / "notes.txt").write_text("mine")
    before = (out / "weights.safetensors").read_bytes()
    real_replace = os.replace

    def flaky_replace(src, dst):
        if ".partial-" in str(src):  # the new folder cannot be moved into place
            raise OSError("device busy")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", flaky_replace)
    with pytest.raises(OSError, match="device busy"):
        train(make_rows(30, 1), None, base=str(tiny_dir), output_dir=out, epochs=1, progress=False, overwrite=True)
    monkeypatch.undo()
    assert (out / "weights.safetensors").read_bytes() == before and (out / "notes.txt").read_text() == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m"]


def test_a_user_file_that_cannot_move_stays_in_the_kept_earlier_folder(tmp_path, tiny_dir, monkeypatch, caplog):
    import os

    out = tmp_path / "m"
    shutil.copytree(tiny_dir, out)
    (out / "notes.txt").write_text("mine")
    real_replace = os.replace

    def stuck(src, dst):
        if Path(src).name == "notes.txt":
            raise OSError("stuck")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", stuck)
    with caplog.at_level(logging.WARNING, logger="framing.training"):
        train(make_rows(30, 1), None, base=str(tiny_dir), output_dir=out, epochs=1, progress=False, overwrite=True)
    kept = [p for p in tmp_path.iterdir() if p.name.startswith(".m.old-")]
    assert len(kept) == 1 and (kept[0] / "notes.txt").read_text() == "mine"
    assert "could not move notes.txt" in caplog.text and str(kept[0]) in caplog.text


def test_a_label_with_one_distinct_sentence_stays_in_training(caplog):
    from framing.data import table_examples
    from framing.training import stratified_split

    rows = make_rows(30, 1) + [{"text": "Same words every time.", "label": "odd"}] * 3
    with caplog.at_level(logging.WARNING, logger="framing.training"):
        kept, held = stratified_split(table_examples(rows, name="train"), 0.2, seed=0)
    assert sum(e.label == "odd" for e in kept) == 3 and not any(e.label == "odd" for e in held)
    assert "label 'odd' has 1 distinct sentence(s): all stay in training" in caplog.text


def test_a_label_with_two_distinct_sentences_keeps_both_for_training(caplog):
    """The check that each class has two training examples runs before the split, so the split must not
    take one of just two away."""
    from framing.data import table_examples
    from framing.training import stratified_split

    rows = make_rows(30, 1) + [{"text": "A satire of the week.", "label": "satire"},
                               {"text": "Another satire entirely.", "label": "satire"}]
    with caplog.at_level(logging.WARNING, logger="framing.training"):
        kept, held = stratified_split(table_examples(rows, name="train"), 0.2, seed=0)
    assert sum(e.label == "satire" for e in kept) == 2 and not any(e.label == "satire" for e in held)
    assert "label 'satire' has 2 distinct sentence(s)" in caplog.text
    # a class of three gives one to validation and keeps two
    rows.append({"text": "A third satire.", "label": "satire"})
    kept, held = stratified_split(table_examples(rows, name="train"), 0.2, seed=0)
    assert sum(e.label == "satire" for e in kept) == 2 and sum(e.label == "satire" for e in held) == 1


def test_json_lines_rows_may_leave_out_spans_or_context(tmp_path):
    """A key on some rows only (not the first) is still a column; a missing key reads as empty."""
    from framing.data import table_examples

    rows = [{"text": "The council met.", "label": "fact"},
            {"text": "Ms Lee said it rained.", "label": "claim", "context": "The council met.",
             "spans": [{"type": "source", "start": 0, "end": 6}]}]
    path = tmp_path / "sparse.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    for source in (path, rows):
        first, second = table_examples(source, name="train")
        assert first.context is None and second.context == "The council met."
        assert second.spans == [("source", 0, 6)] and first.spans == []
        # no spans key: that row's spans were not annotated (it teaches no span tags)
        assert first.span_known == frozenset() and second.span_known == frozenset({"source"})
    named = table_examples(path, context_column="context", name="train")
    assert named[1].context == "The council met."
    with pytest.raises(DataError, match=r"missing column 'ctx'; columns are \['text', 'label', 'context', 'spans'\]"):
        table_examples(path, context_column="ctx", name="train")


def test_a_json_lines_byte_order_mark_is_skipped(tmp_path):
    from framing.data import table_examples

    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + b'{"text": "Prices rose.", "label": "fact"}\n'
                                       b'{"text": "Ugly.", "label": "opinion"}\n')
    assert [e.text for e in table_examples(path, name="train")] == ["Prices rose.", "Ugly."]


def test_a_csv_header_that_repeats_a_column_is_refused(tmp_path):
    from framing.data import table_examples

    path = tmp_path / "two.csv"
    path.write_text("text,label,label\nPrices rose.,fact,opinion\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"two.csv: line 1: the header repeats column\(s\) \['label'\]"):
        table_examples(path, name="train")
    # a spreadsheet's trailing empty header cells are no repeated column
    path.write_text("text,label,,\nPrices rose.,fact,,\nUgly.,opinion,,\n", encoding="utf-8")
    assert [e.label for e in table_examples(path, name="train")] == ["fact", "opinion"]


def test_label_names_that_only_look_numeric_sort_as_text():
    from framing.data import table_examples
    from framing.training import check_labels

    rows = [{"text": f"Sentence {k} here.", "label": name} for k, name in enumerate(["--1", "²", "10", "9"] * 2)]
    assert check_labels(table_examples(rows, name="train"), None, None) == ["9", "10", "--1", "²"]


def test_spans_held_in_an_array_are_read():
    import numpy as np

    from framing.data import table_examples

    spans = np.array([{"type": "source", "text": "Police"}, {"type": "cue", "text": "said"}], dtype=object)
    rows = [{"text": "Police said the road was shut.", "label": "a", "spans": spans},
            {"text": "The road was shut.", "label": "b", "spans": np.array([], dtype=object)}]
    assert [e.spans for e in table_examples(rows, name="train")] == [[("source", 0, 6), ("cue", 7, 11)], []]


def test_a_folder_whose_parent_cannot_be_written_is_refused_up_front(tmp_path):
    from framing.validation import folder_problem

    (tmp_path / "file").write_text("x")
    assert "is a file" in folder_problem(tmp_path / "file" / "sub")
    assert folder_problem(tmp_path / "new" / "deeper") is None
    assert folder_problem(tmp_path, beside=True) is None


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc, a folder that takes no new file")
def test_an_out_in_a_folder_that_takes_no_new_file_is_refused_up_front_even_for_root(tmp_path, capsys, monkeypatch):
    import os

    from framing.cli import main

    # root is allowed everything by os.access, yet no file can be created in /proc: tried, the folder says so
    monkeypatch.setattr(os, "access", lambda *a, **k: True)
    monkeypatch.setattr("framing.training.table_examples", lambda *a, **k: pytest.fail("the data was read"))
    path = write_csv(tmp_path / "train.csv", make_rows(30, 1))
    assert main(["train", "--train", str(path), "--out", "/proc/framing-model"]) == 2
    assert capsys.readouterr().err.startswith(
        "framing train: error: --out /proc/framing-model cannot be written: cannot create files in /proc (")
    with pytest.raises(InputError,
                       match=r"^output_dir /proc/framing-model cannot be written: cannot create files in /proc \("):
        framing.train(path, output_dir="/proc/framing-model")


def test_spans_from_arrow_or_pandas_rows_with_nulls_and_float_offsets():
    from framing.data import table_examples

    text = "The minister said the plan was dead."
    spans = [{"type": "source", "start": 0.0, "end": 12.0, "text": None, "nth": None},
             {"type": "cue", "start": None, "end": None, "text": "said", "nth": None}]
    rows = [{"text": text, "label": "a", "spans": spans}, {"text": "Rain fell.", "label": "b", "spans": "null"}]
    examples = table_examples(rows, name="train")
    assert [(k, text[s:e]) for k, s, e in examples[0].spans] == [("source", "The minister"), ("cue", "said")]
    assert examples[1].spans == []


def test_evaluate_takes_a_model_folder_and_ignores_spans(tmp_path, tiny_dir):
    rows = [{"text": "Police said the road was shut.", "label": "reported_fact",
             "spans": json.dumps([{"type": "speaker", "text": "Police"}])},
            {"text": "The road was shut.", "label": "attributed_claim", "spans": ""}]
    report = evaluate(str(tiny_dir), write_table(tmp_path / "gold.csv", rows))
    assert report["n"] == 2
    with pytest.raises(TypeError, match="analyzer must be an Analyzer"):
        evaluate(3, write_table(tmp_path / "gold2.csv", rows))


def test_evaluate_loads_a_folder_or_the_bundled_model_only_after_the_data_is_read(tmp_path, tiny, tiny_dir,
                                                                                 monkeypatch):
    analyze = importlib.import_module("framing.analyze")
    loaded = []
    monkeypatch.setattr(analyze, "load", lambda model: loaded.append(model) or tiny)
    gold = write_table(tmp_path / "gold.csv", [{"text": "The road was shut.", "label": "reported_fact"}])
    for model in (None, tiny_dir, str(tiny_dir)):  # None: the bundled model; a folder as a Path or a str
        assert evaluate(model, gold)["n"] == 1
    assert loaded == [None, tiny_dir, str(tiny_dir)]
    with pytest.raises(DataError):  # a bad table is refused before any model loads
        evaluate(None, write_table(tmp_path / "bad.csv", [{"text": "The road was shut."}]))
    assert len(loaded) == 3


def test_a_training_text_with_an_unpaired_surrogate_names_its_line(tmp_path, tiny_dir):
    path = tmp_path / "train.jsonl"
    rows = make_rows(30, 1)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows[:3])
                    + '{"text": "Bad \\ud800 text.", "label": "sport"}\n',
                    encoding="utf-8")
    with pytest.raises(DataError, match=r"line 4: 'text' holds an unpaired surrogate"):
        train(path, None, base=str(tiny_dir), output_dir=tmp_path / "m")


def test_span_text_in_scripts_without_spaces_and_nth_as_a_whole_number():
    import numpy as np

    from framing.data import table_examples

    rows = [{"text": "我在北京工作。他说北京很大。", "label": "a",
             "spans": [{"type": "loaded", "text": "北京", "nth": np.int64(1)}]},
            {"text": "Rain fell.", "label": "b", "spans": [{"type": "cue", "text": "fell", "nth": 0.0}]}]
    first, second = table_examples(rows, name="train")
    assert first.spans == [("loaded", 9, 11)] and second.spans == [("cue", 5, 9)]


def test_span_text_does_not_match_a_word_cut_off_its_combining_accent():
    from framing.data import table_examples

    text = "Ine\u0301s Ine\u0301 and Ine met the mayor."  # "Ine" and an accent, twice, then a plain "Ine"
    rows = [{"text": text, "label": "a", "spans": [{"type": "source", "text": "Ine"}]},
            {"text": text, "label": "a", "spans": [{"type": "source", "text": "Ine\u0301"}]},
            {"text": text, "label": "a", "spans": [{"type": "source", "text": "ne\u0301"}]}]
    whole, accented = table_examples(rows[:2], name="train")
    assert whole.spans == [("source", 15, 18)]
    assert accented.spans == [("source", 6, 10)]  # not the start of "Inés"
    with pytest.raises(DataError, match="occurs 0 time"):
        table_examples(rows[2:], name="train")


def test_a_context_with_an_unpaired_surrogate_names_its_line(tmp_path, tiny_dir):
    import numpy as np

    from framing.data import table_examples

    rows = [{"text": "Rain fell.", "label": "a", "context": "Clouds \udc80 came."}]
    with pytest.raises(DataError, match=r"row 0: 'context' holds an unpaired surrogate"):
        table_examples(rows, name="train")
    rows = [{"text": "Rain fell.", "label": "a", "context": np.float32("nan")}]
    assert table_examples(rows, name="train")[0].context is None


def test_no_temperature_is_fitted_to_a_validation_set_without_errors():
    """Every row right: the NLL only falls as T falls, so a fit would push every score to 0 or 1."""
    import numpy as np

    from framing.metrics import fit_temperature

    log_probs = np.log(np.array([[0.7, 0.2, 0.1], [0.1, 0.6, 0.3], [0.2, 0.2, 0.6]]))
    assert fit_temperature(log_probs, np.array([0, 1, 2])) == 1.0
    # one wrong row makes the loss rise again at small T: a real fit, inside the grid
    fitted = fit_temperature(log_probs, np.array([0, 1, 0]))
    assert fitted != 1.0 and 0.04 < fitted < 25


def test_calibration_warns_when_it_cannot_fit_or_fits_on_few_rows(monkeypatch, caplog):
    import numpy as np


    import framing.training as training
    from framing.data import table_examples

    examples = table_examples(make_rows(12, 2), name="eval")
    labels = sorted({e.label for e in examples})
    perfect = np.array([[0.9 if name == e.label else 0.05 for name in labels] for e in examples])
    monkeypatch.setattr(training, "predict_examples", lambda *args: perfect)
    with caplog.at_level(logging.WARNING, logger="framing.training"):
        assert training._calibrate(None, examples, labels) is None  # none fitted: fit chooses what to keep
    assert "every one of the 12 validation sentences is labelled right" in caplog.text
    caplog.clear()
    flawed = perfect.copy()
    flawed[0] = np.roll(flawed[0], 1)  # one row wrong
    assert flawed[0].argmax() != labels.index(examples[0].label)
    monkeypatch.setattr(training, "predict_examples", lambda *args: flawed)
    with caplog.at_level(logging.WARNING, logger="framing.training"):
        assert training._calibrate(None, examples, labels) != 1.0
    assert "the temperature is fitted on 12 validation sentences" in caplog.text


def test_a_class_missing_from_validation_is_warned_about_and_shown_as_na(tmp_path, tiny_dir, caplog):
    from framing.metrics import format_report

    rows = make_rows(30, 1)
    held = [r for r in make_rows(12, 5) if r["label"] != "money"]
    with caplog.at_level(logging.WARNING, logger="framing.training"):
        result = train(rows, held, base=str(tiny_dir), output_dir=tmp_path / "m", epochs=1, progress=False)
    assert "the validation data has no sentence labelled 'money'" in caplog.text
    report = format_report(result.metrics)
    money = next(line for line in report.splitlines() if line.startswith("money"))
    # recall is undefined without a true row; precision and F1 only when nothing was predicted money either
    predicted = sum(row[result.labels.index("money")] for row in result.metrics["confusion"])
    if predicted:
        assert money.split() == ["money", "0.000", "n/a", "0.000", "0"]
        assert "money predicted but never true, F1 0)" in report
    else:
        assert money.split() == ["money", "n/a", "n/a", "n/a", "0"]
        assert "(over the classes present; none of money)" in report
    assert "(over the classes " in (tmp_path / "m" / "README.md").read_text(encoding="utf-8")


def test_training_bars_show_in_a_notebook_but_not_in_a_log(monkeypatch):
    """A notebook's stderr is no terminal, yet someone watches it; a redirected stderr gets epoch logs."""
    import io
    import sys
    import types

    import framing.training as training
    monkeypatch.setattr(sys, "stderr", io.StringIO())  # a log file or CI: no terminal
    monkeypatch.delitem(sys.modules, "ipykernel", raising=False)
    assert training.batch_bar(True, 10, "epoch 1/1") is None
    monkeypatch.setitem(sys.modules, "ipykernel", types.ModuleType("ipykernel"))
    bar = training.batch_bar(True, 10, "epoch 1/1")
    assert bar is not None and bar.total == 10
    bar.close()
    assert training.batch_bar(False, 10, "epoch 1/1") is None


def test_a_base_that_is_no_path_is_a_type_error_naming_it(tmp_path):
    with pytest.raises(TypeError,
                       match=r"base must be a model folder, 'default' or 'minilm' \(str or os.PathLike\), got int"):
        train(make_rows(30, 1), None, base=5, output_dir=tmp_path / "m", progress=False)


def test_the_model_card_writes_label_names_as_literal_markdown(tmp_path, tiny_dir):
    names = {"money": "a|b", "sport": "<b>bold</b>", "weather": "x`y"}
    rows = [{**row, "label": names[row["label"]]} for row in make_rows(30, 1)]
    result = framing.train(rows, None, base=str(tiny_dir), output_dir=tmp_path / "m", epochs=1, progress=False)
    card = (result.output_dir / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (.+?) \| \d+ \| \d+ \|$", card, re.M)
    assert sorted(rows) == ["&lt;b&gt;bold&lt;/b&gt;", "a\\|b", "x\\`y"]  # one cell each, nothing rendered as HTML
    assert "`<b>bold</b>`, `a|b`, `` x`y ``" in card  # code spans show the names as they are


def test_the_model_cards_data_table_lists_labels_in_model_order(tmp_path, tiny_dir):
    from framing.data import Example, table_examples
    from framing.training import TrainingArguments, fit

    examples = table_examples(make_rows(30, 1)) + [Example("Shares rose after the match.", None,
                                                           frozenset({"sport", "money"}))]
    result = fit(examples, None, labels=["weather", "sport", "money"], base=str(tiny_dir), output_dir=tmp_path / "m",
                 args=TrainingArguments(epochs=1, progress=False))
    card = (result.output_dir / "README.md").read_text(encoding="utf-8")
    data = card.split("## Data", 1)[1].split("## Validation figures", 1)[0]
    assert re.findall(r"^\| (.+?) \| \d+ \| \d+ \|$", data, re.M) == ["weather", "sport", "money",
                                                                 "partial/unlabelled"]


def test_train_command_takes_label_names_with_commas_as_a_json_list(tmp_path, tiny_dir, capsys):
    """One run checks the labels and, in its summary, the rows read and how they were used."""
    from framing.cli import main

    names = {"money": "fact, checked", "sport": "sport", "weather": "weather"}
    path = write_csv(tmp_path / "train.csv", [{**r, "label": names[r["label"]]} for r in make_rows(30, 1)])
    argv = ["train", "--train", str(path), "--out", str(tmp_path / "m"), "--base", str(tiny_dir), "--epochs", "1",
            "--quiet", "--labels", '["weather", "fact, checked", "sport"]']
    code = main(argv)
    out, err = capsys.readouterr()
    assert code == 0, err
    assert read_config(tmp_path / "m").labels == ("weather", "fact, checked", "sport")
    # the summary says how many rows were read and how they were used
    assert "read 30 rows · trained on 27, validated on 3 (an automatic stratified split)" in out


def test_a_code_span_fence_outgrows_the_backticks_in_a_label():
    from framing.model_card import _code

    assert _code("fact") == "`fact`" and _code("x`y") == "`` x`y ``" and _code("a``b") == "``` a``b ```"


@pytest.mark.parametrize("epochs, stops", [(3, False), (4, True)])
def test_early_stop_is_logged_only_when_epochs_are_left(tmp_path, tiny_dir, monkeypatch, caplog, epochs, stops):

    import framing.training as training
    real = training.validation_report
    scores = iter([0.9, 0.5, 0.4, 0.3])  # epoch 1 best, then two worse: patience 2 runs out after epoch 3

    def scripted(*args):
        return dict(real(*args), macro_f1=next(scores, 0.9))

    monkeypatch.setattr(training, "validation_report", scripted)
    with caplog.at_level(logging.INFO, logger="framing.training"):
        result = train(make_rows(30, 1), None, base=str(tiny_dir), output_dir=tmp_path / "m", epochs=epochs,
                       progress=False)
    assert len(result.history) == 3 and result.best_epoch == 1
    assert ("early stop after epoch 3 (best epoch 1)" in caplog.text) is stops


def test_training_args_record_the_learning_rate_used_and_the_data(tmp_path, tiny_dir, full_run):
    import hashlib

    path = write_csv(tmp_path / "train.csv", make_rows(30, 1))
    held = make_rows(30, 1)[:2] + make_rows(6, 2) + make_rows(1, 2)  # two sentences training holds, a copy
    result = train(path, held, base=str(tiny_dir), output_dir=tmp_path / "m", epochs=1, progress=False)
    recorded = json.loads((result.output_dir / "training_args.json").read_text())
    assert recorded["learning_rate"] == 5e-4  # the LoRA default, not null
    span_types = read_config(result.output_dir).span_types
    assert recorded["data"] == {
        "train": {"path": str(path), "sha256": hashlib.sha256(path.read_bytes()).hexdigest(), "rows": 30},
        "eval": {"kind": "list of dicts", "rows": 9}, "train_rows": 30, "validation_rows": 9,
        "duplicate_training_rows": 0, "duplicate_validation_rows": 1, "conflicting_training_sentences": 0,
        "validation_sentences_in_training": 2, "span_rows": dict.fromkeys(span_types, 0)}
    card = (result.output_dir / "README.md").read_text()
    assert ("2 of the 9 validation sentences are also training sentences, so these figures flatter the model "
            "more.") in card
    assert "\n1 validation row(s) repeat an earlier row (text, context and label): each copy counts again.\n" in card
    assert "Training rows annotating each span type: none. Not taught: " + ", ".join(span_types) in card
    full, _ = full_run  # lora=False, on a list of 30 rows
    recorded = json.loads((full.output_dir / "training_args.json").read_text())
    assert recorded["learning_rate"] == 5e-5
    assert recorded["data"]["train"] == {"kind": "list of dicts", "rows": 30}
    assert recorded["data"]["train_rows"] + recorded["data"]["validation_rows"] == 30


def test_training_args_and_the_card_record_the_context_sentences_the_model_reads(tmp_path, tiny_dir, context_run,
                                                                                  plain_run):
    rows = [dict(r, context="The match was played in the rain.") for r in make_rows(30, 1)]
    kept, _ = context_run  # these rows, context_sentences not given
    reads = read_config(kept.output_dir).context_sentences
    assert json.loads((kept.output_dir / "training_args.json").read_text())["context_sentences"] == reads == 1
    assert f"context_sentences = {reads}" in (kept.output_dir / "README.md").read_text()
    two = train(rows, None, base=str(tiny_dir), output_dir=tmp_path / "two", epochs=1, context_sentences=2,
                progress=False)
    assert json.loads((two.output_dir / "training_args.json").read_text())["context_sentences"] == 2
    bare, _ = plain_run  # rows without contexts
    recorded = json.loads((bare.output_dir / "training_args.json").read_text())
    assert (recorded["context"], recorded["context_sentences"]) == (False, None)  # a model that reads no context


def test_training_args_record_the_starting_model_and_the_labels(tmp_path, tiny_dir, monkeypatch):
    monkeypatch.chdir(tiny_dir.parent)
    result = train(make_rows(30, 1), None, labels=["weather", "sport", "money"], base=tiny_dir.name,
                   output_dir=tmp_path / "m", epochs=1, progress=False)
    recorded = json.loads((result.output_dir / "training_args.json").read_text())
    assert recorded["base"] == str(tiny_dir.resolve())  # the folder's absolute path, not as given
    assert recorded["labels"] == ["weather", "sport", "money"]  # in model order


def test_the_result_counts_rows_read_trained_and_validated_on_and_epochs_are_logged(plain_run,
                                                                                   validation_context_run):
    split, records = plain_run  # 30 rows, split automatically
    assert split.rows_read == 30 and split.validation_rows > 0
    assert split.train_rows + split.validation_rows == 30
    said = logged(records, logging.INFO)
    assert f"training on {split.train_rows} rows, validating on {split.validation_rows}" in said
    assert "epoch 1: loss" in said
    given, _ = validation_context_run  # 30 rows, and 9 validation rows given
    assert (given.rows_read, given.train_rows, given.validation_rows) == (30, 30, 9)


def test_small_data_gets_small_batches_and_large_data_keeps_its_own(tmp_path, tiny_dir, caplog):
    from framing.data import table_examples
    from framing.encoding import RowEncoder
    from framing.model import load_model
    from framing.training import TrainingArguments, _TrainBatches

    model, tokenizer = load_model(tiny_dir)
    encoder = RowEncoder(tokenizer, model.config)
    labels = ["money", "sport", "weather"]

    def batches(n, **kwargs):
        examples = table_examples(make_rows(n, 1), name="train")
        made = _TrainBatches(encoder, examples, labels, model.config.span_types, TrainingArguments(**kwargs))
        sizes = [len(b["hard"]) for b in made.epoch(1)]
        assert len(sizes) == made.steps_per_epoch and sum(sizes) == n
        return sizes

    assert max(batches(60)) == 8  # 60 rows once made one batch of 60: one step an epoch
    sizes = batches(320)
    assert max(sizes) == 10 and len(sizes) == 32  # about 32 steps an epoch
    sizes = batches(3000)
    assert max(sizes) == 64 and len(sizes) == 47  # large data: max_batch_rows, as before
    assert max(batches(60, max_batch_rows=4)) == 4  # a smaller cap asked for is kept
    with caplog.at_level(logging.WARNING, logger="framing.training"):
        train(make_rows(30, 1), None, base=str(tiny_dir), output_dir=tmp_path / "m", epochs=2, progress=False)
    assert re.search(r"\d+ optimiser steps in all \(\d+ per epoch, 2 epochs\) are few", caplog.text)


def test_a_count_of_one_takes_the_singular_in_training_messages(tmp_path, tiny_dir, plain_run):
    from framing.data import table_examples

    said = logged(plain_run[1], logging.INFO)  # one epoch
    assert re.search(r"\d+ optimiser steps in all \(\d+ per epoch, 1 epoch\) are few", said)
    assert re.search(r"training on \d+ rows, validating on \d+: \d+ steps per epoch, at most 1 epoch$", said,
                     re.MULTILINE)
    rows = make_rows(30, 1)
    rows[7]["label"] = "Money"
    with pytest.raises(DataError, match=r"'money' \(9 rows\) and 'Money' \(1 row\) differ only in case"):
        train(rows, None, base=str(tiny_dir), output_dir=tmp_path / "n", progress=False)
    (tmp_path / "short.csv").write_text("text,label\nPrices rose,money\nGone\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"line 3: has 1 field but the header has 2; quote"):
        table_examples(tmp_path / "short.csv", name="train")


def test_counted_words_a_count_for_a_message():
    from framing.errors import counted

    assert [counted(1, "row"), counted(0, "row"), counted(1204, "document")] == ["1 row", "0 rows", "1,204 documents"]
    assert [counted(1, "worker process", "worker processes"), counted(2, "line holds", "lines hold")] == [
        "1 worker process", "2 lines hold"]


def test_sentences_cut_at_the_window_and_spans_past_the_cut_are_warned_about(tmp_path, tiny_dir, caplog):
    long = " ".join(["the storm came back"] * 40) + ", officials said."  # over 128 tokens
    rows = [dict(r, spans="[]") for r in make_rows(30, 1)]
    rows += [{"text": long, "label": "weather", "spans": json.dumps([{"type": "cue", "text": "said"}])},
             {"text": long + " Again.", "label": "weather", "spans": "[]"}]
    path = write_table(tmp_path / "train.csv", rows)
    with caplog.at_level(logging.WARNING, logger="framing.training"):
        train(path, None, base=str(tiny_dir), output_dir=tmp_path / "m", epochs=1, progress=False)
    assert re.search(r"2 training sentence\(s\) are longer than the model's 128-token window and are cut.*"
                     r"\(train: \S*train.csv: line 32, line 33\)", caplog.text)
    assert re.search(r"1 span\(s\) lie wholly past the cut and are not learnt, e.g. cue 'said' "
                     r"\(train: \S*train.csv: line 32\)", caplog.text)


@pytest.mark.parametrize("spelling", ["human_interest", "Human-Interest", "Human Interest"])
def test_one_label_spelt_two_ways_is_refused_naming_a_row_of_each(tmp_path, tiny_dir, spelling):
    rows = make_rows(30, 1)
    for k in (3, 4, 5):
        rows[k]["label"] = "human interest"
    for k in (7, 8):
        rows[k]["label"] = spelling
    path = write_csv(tmp_path / "train.csv", rows)
    with pytest.raises(DataError, match=rf"labels 'human interest' \(3 rows\) and {re.escape(repr(spelling.strip()))} "
                                        r"\(2 rows\) differ only in case, spaces, '_' or '-'; write them one way "
                                        r"\('human interest' first at train: \S*train.csv: line 5, "
                                        rf"{re.escape(repr(spelling.strip()))} first at train: \S*train.csv: line 9\)"):
        train(path, None, base=str(tiny_dir), output_dir=tmp_path / "m", progress=False)


def test_a_datasets_class_label_column_gives_its_names():
    import datasets

    from framing.data import table_examples

    rows = make_rows(6, 1)
    names = ["money", "sport", "weather"]
    features = datasets.Features({"text": datasets.Value("string"), "label": datasets.ClassLabel(names=names)})
    data = datasets.Dataset.from_dict({"text": [r["text"] for r in rows],
                                       "label": [names.index(r["label"]) for r in rows]}, features=features)
    for name in ("train", "eval"):
        assert [e.label for e in table_examples(data, name=name)] == [r["label"] for r in rows]
    unlabelled = datasets.Dataset.from_dict({"text": ["Prices rose."], "label": [-1]}, features=features)
    with pytest.raises(DataError, match=r"row 0: 'label' is -1, a ClassLabel's 'no label'; drop such rows first, "
                                        r"e.g. ds.filter\(lambda r: r\['label'\] != -1\)"):
        table_examples(unlabelled, name="train")


@pytest.mark.parametrize("name, content, message", [
    ("d.jsonl", '{"text": "Prices rose.", "label": "fact"}\n{"text": "Rents fell.", "label": null}\n',
     r"line 2: 'label' is missing \(null\); label the row or drop it$"),
    ("d.csv", "text,label\nPrices rose.,fact\nRents fell.,\n", r"line 3: 'label' is empty$"),
])
def test_a_null_label_is_named_missing_and_an_empty_cell_empty(tmp_path, name, content, message):
    """A user looking for the row to fix searches for null in JSON: "empty" sent them looking for ""."""
    from framing.data import table_examples

    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataError, match=message):
        table_examples(path, name="train")
    rows = [{"text": "Prices rose.", "label": "fact"}, {"text": "Rents fell.", "label": float("nan")}]
    with pytest.raises(DataError, match=r"row 1: 'label' is missing \(null\)"):
        table_examples(rows, name="train")


def test_rows_a_spreadsheet_exports_blank_are_left_out_with_a_warning_naming_their_lines(tmp_path, caplog):
    """Excel and LibreOffice save empty rows as ",," lines: refusing them as an empty label sent a user to
    delete them by hand; a row with some cells filled is still checked as a row."""
    from framing.data import table_examples

    path = tmp_path / "export.csv"
    path.write_bytes("\ufefftext,label\r\nPrices rose.,fact\r\n,\r\n \t, \r\nRents fell.,fact\r\n,\r\n".encode())
    with caplog.at_level(logging.WARNING, logger="framing.data"):
        examples = table_examples(path, name="train")
    assert [(e.text, e.row) for e in examples] == [("Prices rose.", "line 2"), ("Rents fell.", "line 5")]
    assert [r.getMessage() for r in caplog.records] == [
        f"train: {path}: 3 rows with every cell blank left out (lines 3, 4, 6), as a spreadsheet exports empty rows"]
    path.write_text("text,label\nPrices rose.,fact\n,fact\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"line 3: 'text' must be non-empty text"):
        table_examples(path, name="train")


def test_labels_given_may_lack_training_rows_and_keep_the_starting_head(tmp_path, caplog):
    from framing.model import load_model

    labels = ("weather", "sport", "money", "politics")
    base = make_tiny(tmp_path / "base", labels=labels)
    with caplog.at_level(logging.WARNING, logger="framing.training"):
        result = train(make_rows(30, 1), None, labels=list(labels), base=str(base), output_dir=tmp_path / "m",
                       epochs=1, progress=False)
    assert result.labels == labels and "new sentence head" not in caplog.text
    assert "label(s) 'politics' have fewer than two training rows" in caplog.text
    before, after = (load_model(folder)[0].sentence_head[1].weight.detach() for folder in (base, result.output_dir))
    assert (after - before).abs().max() < 0.05  # the head was fine-tuned, not replaced by a new random one
    assert "| politics | 0 | 0 |" in (result.output_dir / "README.md").read_text()
    # without labels=, a class too few rows is still refused (a typo, most often), and one class is no model
    with pytest.raises(DataError, match="too few for"):
        train(make_rows(30, 1) + [{"text": "Votes were cast.", "label": "politics"}], None, base=str(base),
              output_dir=tmp_path / "n", progress=False)
    with pytest.raises(DataError, match=r"needs two or more rows of at least two of labels="):
        train([r for r in make_rows(30, 1) if r["label"] == "sport"], None, labels=list(labels), base=str(base),
              output_dir=tmp_path / "o", progress=False)


def test_contexts_in_only_one_of_training_and_validation_are_warned_about(tmp_path, tiny_dir, caplog, context_run,
                                                                           validation_context_run):
    with_context = [dict(r, context="Earlier that day the city woke up.") for r in make_rows(30, 1)]
    assert ("the training sentences have contexts but the validation sentences have none"
            in logged(context_run[1]))
    assert ("the validation sentences have contexts but the training sentences have none"
            in logged(validation_context_run[1]))
    with caplog.at_level(logging.WARNING, logger="framing.training"):  # context=False asks for no context
        train(make_rows(30, 1), with_context[:9], base=str(tiny_dir), output_dir=tmp_path / "c", epochs=1,
              context=False, progress=False)
    assert "have contexts but" not in caplog.text


def test_a_null_spans_cell_means_not_annotated_and_an_empty_list_means_none_here(tmp_path, tiny_dir):
    from framing.data import table_examples
    from framing.encoding import RowEncoder
    from framing.model import load_model
    from framing.training import TrainingArguments, _TrainBatches

    rows = [{"text": "Police said the road was shut.", "label": "a", "spans": [{"type": "cue", "text": "said"}]},
            {"text": "The road was shut.", "label": "b", "spans": []},
            {"text": "Rain fell all day.", "label": "b", "spans": None},
            {"text": "Officials said so.", "label": "a"}]
    csv_rows = [dict(r, spans="" if r.get("spans") is None else json.dumps(r["spans"])) for r in rows]
    for source in (rows, write_table(tmp_path / "t.csv", csv_rows)):
        examples = table_examples(source, name="train")
        assert [e.span_known for e in examples] == [{"cue"}, {"cue"}, frozenset(), frozenset()]
    model, tokenizer = load_model(tiny_dir)
    batches = _TrainBatches(RowEncoder(tokenizer, model.config), examples, ["a", "b"], model.config.span_types,
                            TrainingArguments())
    cue = model.config.span_types.index("cue")
    assert [int((tags[:, cue] >= 0).all()) for tags in batches.tags] == [1, 1, 0, 0]  # only annotated rows teach
    assert (batches.tags[1][:, cue] == 0).all()  # []: every token taught "no cue here"


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_a_training_file_that_is_not_utf8_names_its_line_and_the_encoding_to_convert_from(tmp_path, tiny_dir,
                                                                                          suffix):
    path = tmp_path / f"train{suffix}"
    rows = [{"text": "Prices rose.", "label": "fact"}, {"text": "WORD he said.", "label": "opinion"}]
    text = ("text,label\nPrices rose.,fact\nWORD he said.,opinion\n" if suffix == ".csv"
            else "".join(json.dumps(r) + "\n" for r in rows))
    line = 3 if suffix == ".csv" else 2
    for word, byte, command in (("\u201cUgly\u201d \u2013", "0x93", "cp1252"), ("Caf\xe9", "0xe9", "latin1")):
        path.write_bytes(text.encode().replace(b"WORD", word.encode("cp1252")))  # curly quotes, a dash: 0x93-0x96
        with pytest.raises(DataError, match=rf"^train: \S*train{suffix}: line {line}\b.*not valid UTF-8.*byte {byte}"
                                            rf".*iconv -f {command} -t UTF-8 \S*train{suffix} > \S*train-utf8{suffix}"):
            train(path, None, base=str(tiny_dir), output_dir=tmp_path / "m", progress=False)


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".jsonl"])
def test_a_training_file_in_utf16_without_a_byte_order_mark_is_refused_with_the_command(tmp_path, tiny_dir, suffix):
    # English in UTF-16 is valid UTF-8, a NUL byte beside each letter: read so, its header would be no column
    path = tmp_path / f"train{suffix}"
    text = {".csv": "text,label\nPrices rose.,fact\nIt is ugly, he said.,opinion\n",
            ".tsv": "text\tlabel\nPrices rose.\tfact\nIt is ugly, he said.\topinion\n",
            ".jsonl": '{"text": "Prices rose.", "label": "fact"}\n'
                      '{"text": "It is ugly.", "label": "opinion"}\n'}[suffix]
    path.write_bytes(text.encode("utf-16-le"))
    with pytest.raises(DataError, match=rf"^train: \S*train{suffix}: looks like UTF-16 without a byte-order mark, "
                                        rf"expected UTF-8; convert it first, e.g. iconv -f UTF-16LE -t UTF-8 "):
        train(path, None, base=str(tiny_dir), output_dir=tmp_path / "m", progress=False)


@pytest.mark.parametrize("name, text, message", [
    ("semi.tsv", "text;label\nPrices rose;fact\nIt is ugly, he said;opinion\n",
     r"line 1: the header is one column, 'text;label', that holds a semicolon: the file looks semicolon-delimited, "
     r"but a .tsv file is read tab-delimited; save it comma-separated \(.csv\) or tab-separated \(.tsv\)"),
    ("tabs.csv", "text\tlabel\nPrices rose\tfact\n",
     r"line 1: .* holds a tab: the file looks tab-delimited.*; name it .tsv"),
    ("commas.tsv", "text,label\nPrices rose,fact\n",
     r"line 1: .*looks comma-delimited, but a .tsv file is read tab-delimited; name it .csv"),
    ("wide.tsv", "text\tlabel\nPrices\trose\tfact\n", "line 2: has 3 fields but the header has 2; quote a field "
                                                       "that holds a tab"),
])
def test_a_table_split_at_another_delimiter_is_named_so(tmp_path, name, text, message):
    from framing.data import table_examples

    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match=rf"^train: \S*{re.escape(name)}: {message}"):
        table_examples(tmp_path / name, name="train")


def test_an_excel_csv_saved_with_semicolons_is_read_at_its_semicolons_with_a_warning(tmp_path, caplog):
    # Excel in a comma-decimal locale saves "CSV" so; `framing score` reads it too
    from framing.data import table_examples

    path = tmp_path / "train.csv"
    path.write_bytes("\ufefftext;label\r\n\"Prices rose; a lot, he said.\";fact\r\nIt is ugly, 1,5 times so;opinion\r\n"
                     .encode("utf-8"))
    with caplog.at_level(logging.WARNING, logger="framing"):
        examples = table_examples(path, name="train")
    assert [(e.text, e.label, e.where) for e in examples] == [
        ("Prices rose; a lot, he said.", "fact", f"train: {path}: line 2"),
        ("It is ugly, 1,5 times so", "opinion", f"train: {path}: line 3")]
    assert "the header reads as semicolon-separated" in caplog.text


def test_training_data_and_score_read_an_excel_semicolon_header_alike(tmp_path, caplog):
    """One rule reads Excel's semicolon "CSV" for training data and for framing score: a header with an empty column
    after its names ("text;label;", a spreadsheet's trailing empty cells), which score read at its semicolons, was
    refused as training data ("the file looks semicolon-delimited"); both now read it, with one warning's words."""
    from framing.data import table_examples
    from framing.scale.readers import open_input

    path = tmp_path / "train.csv"
    path.write_bytes("text;label;\r\nPrices rose in Vell, 1,5 times;fact;\r\nIt is ugly;opinion;\r\n"
                     .encode("utf-8-sig"))
    with caplog.at_level(logging.WARNING, logger="framing"):
        examples = table_examples(path, name="train")
        reader = open_input(path)
    assert [(e.text, e.label) for e in examples] == [("Prices rose in Vell, 1,5 times", "fact"),
                                                     ("It is ugly", "opinion")]
    assert [r.text for r in reader.records()] == ["Prices rose in Vell, 1,5 times", "It is ugly"]
    assert [m[m.index("the header"):] for m in caplog.messages if "semicolon-separated" in m] == [
        "the header reads as semicolon-separated ('text', 'label', ''), as Excel saves CSV where a comma marks "
        "decimals: reading it so"] * 2


def test_a_tsv_file_is_read_tab_delimited(tmp_path):
    from framing.data import table_examples

    path = tmp_path / "train.tsv"
    path.write_text('text\tlabel\nPrices rose, a lot.\tfact\n"A ""tab""\there"\topinion\n'
                    '"Fake news," he said of the report.\tclaim\n', encoding="utf-8")
    assert [(e.text, e.label, e.where) for e in table_examples(path, name="train")] == [
        ("Prices rose, a lot.", "fact", f"train: {path}: line 2"),
        ('A "tab"\there', "opinion", f"train: {path}: line 3"),
        ('"Fake news," he said of the report.', "claim", f"train: {path}: line 4")]  # a quote opening the text


def test_duplicate_rows_are_counted_naming_the_first_copy(tmp_path, caplog):
    from framing.data import table_examples
    from framing.training import warn_duplicates

    rows = make_rows(30, 1)
    rows[20] = dict(rows[3])
    rows[25] = dict(rows[3])
    rows[27] = dict(rows[5], context="Another day.")  # another context: no copy
    path = write_table(tmp_path / "train.csv", [dict(r, context=r.get("context", "")) for r in rows])
    with caplog.at_level(logging.WARNING, logger="framing.training"):
        warn_duplicates(table_examples(path, name="train"), table_examples(rows[:3] * 2, name="eval"))
    assert re.search(r"2 duplicate training row\(s\), with the text, context and label of an earlier row \(first "
                     r"train: \S*train.csv: line 22, a copy of train: \S*train.csv: line 5\): each copy weighs again",
                     caplog.text)
    assert "3 duplicate validation row(s)" in caplog.text
    assert "(first eval: row 3, a copy of eval: row 0)" in caplog.text


def test_a_sentence_with_two_labels_is_warned_about_naming_its_lines_and_counted(tmp_path, tiny_dir, caplog):
    from framing.data import table_examples
    from framing.training import warn_duplicates

    rows = make_rows(30, 1)
    others = {"money": "sport", "sport": "weather", "weather": "money"}
    for at, source in ((10, 2), (20, 2), (25, 2), (27, 2), (28, 4), (29, 9)):  # rows 2, 4 and 9 get other labels
        rows[at] = dict(rows[source], label=others[rows[source]["label"]] if at != 20 else rows[source]["label"])
    path = write_table(tmp_path / "train.csv", rows)
    with caplog.at_level(logging.WARNING, logger="framing.training"):
        counts = warn_duplicates(table_examples(path, name="train"), None)
    assert counts["conflicting_training_sentences"] == 3
    # the sentence on line 4 comes back on lines 12, 22, 27 and 29: the first four named, with the rest counted
    assert re.search(r"3 training sentence\(s\) carry two or more labels, e\.g\. '[^']+': \['\w+', '\w+'\] "
                     r"\(train: \S*train\.csv: line 4, line 12, line 22, line 27 and 1 more row\); the others "
                     r"first at train: \S*train\.csv: line 6, line 11: each row teaches its own label", caplog.text)
    result = train(str(path), None, base=str(tiny_dir), output_dir=tmp_path / "m", epochs=1, progress=False)
    assert json.loads((result.output_dir / "training_args.json").read_text())["data"][
        "conflicting_training_sentences"] == 3
    assert "\nTraining sentences with two or more labels: 3 (each row taught its own label).\n" in (
        result.output_dir / "README.md").read_text()


@pytest.mark.parametrize("header, message", [
    ("Text,Label", r"missing column 'text'; columns are \['Text', 'Label'\] \('Text' differs only in case or "
                   r"spaces: rename it to 'text', or pass text_column='Text'\)"),
    ("label,text ", r"missing column 'text'; columns are \['label', 'text '\] \('text ' differs only in case "
                    r"or spaces: rename it to 'text', or pass text_column='text '\)"),
    ("text, label", r"missing column 'label'; columns are \['text', ' label'\] \(' label' differs only in case "
                    r"or spaces: rename it to 'label', or pass label_column=' label'\)"),
    ("text,lable", r"missing column 'label'; columns are \['text', 'lable'\] \(did you mean 'lable'\?\)"),
    ("sentence,label", r"missing column 'text'; columns are \['sentence', 'label'\] \(name the column that holds the "
                       r"text: text_column= or --text-column\)"),
])
def test_a_missing_column_suggests_the_one_meant(tmp_path, header, message):
    from framing.data import table_examples

    path = tmp_path / "train.csv"
    path.write_text(f"{header}\nPrices rose.,fact\n", encoding="utf-8")
    with pytest.raises(DataError, match=message):
        table_examples(path, name="train")


@pytest.mark.parametrize("line, message", [
    ('{"Text": "Ugly.", "label": "opinion"}', r"line 2: has no 'text' key; its keys are \['Text', 'label'\] "
                                              r"\(did you mean 'Text'\?\)$"),
    ('{"text": "Ugly.", "lable": "opinion"}', r"line 2: has no 'label' key; its keys are \['text', 'lable'\] "
                                              r"\(did you mean 'lable'\?\)$"),
    ('{"text": "Ugly.", "label": "opin', r"line 2, column 33: not valid JSON \(Invalid control character\); "
                                         r"the line ends inside the JSON: is the object cut short"),
    ('{"text": "Ugly.", "label": "opinion"', r"line 2, column 37: not valid JSON \(Expecting ',' delimiter\); "
                                             r"the line ends inside the JSON"),
    ('{"text": "Ugly." "label": "opinion"}', r"line 2, column 18: not valid JSON \(Expecting ',' delimiter\)$"),
])
def test_a_json_lines_row_names_a_missing_key_or_where_its_json_breaks(tmp_path, line, message):
    from framing.data import table_examples

    path = tmp_path / "train.jsonl"
    path.write_text('{"text": "Prices rose.", "label": "fact"}\n' + line + '\n{"text": "A.", "label": "b"}\n',
                    encoding="utf-8")
    with pytest.raises(DataError, match=rf"^train: \S*train.jsonl: {message}"):
        table_examples(path, name="train")


def test_a_dataframe_row_is_named_by_its_index_label_too(tmp_path):
    import pandas as pd

    from framing.data import table_examples

    frame = pd.DataFrame(make_rows(30, 1))
    frame.loc[24, "text"] = ""
    with pytest.raises(DataError, match=r"^train: row 24: 'text' must be non-empty text"):
        table_examples(frame, name="train")  # a fresh index: the position says it all
    with pytest.raises(DataError, match=r"^train: row 5 \(index 24\): 'text' must be non-empty text"):
        table_examples(frame.iloc[19:], name="train")  # a slice keeps its index labels
    named = frame.set_index(pd.Index([f"doc-{k}" for k in range(30)]))
    with pytest.raises(DataError, match=r"^train: row 24 \(index 'doc-24'\): 'text'"):
        table_examples(named, name="train")


def test_columns_not_read_are_noted_and_near_misses_of_spans_or_context_warned_about(caplog):
    from framing.data import table_examples

    rows = [dict(r, id=k, span="[]", Context="Earlier.", annotations="") for k, r in enumerate(make_rows(6, 1))]
    with caplog.at_level(logging.INFO, logger="framing.data"):
        examples = table_examples(rows, name="train")
    assert all(e.context is None and not e.span_known for e in examples)  # not read by a guess at their names
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warned == [
        "train: column 'span' is not read: span annotations come from a column named 'spans'; rename it if it "
        "holds them",
        "train: column 'Context' is not read: contexts come from a column named 'context' or the one named by "
        "context_column; name it if it holds them",
        "train: column 'annotations' is not read: span annotations come from a column named 'spans'; rename it if "
        "it holds them"]
    assert "train: column(s) not read: ['id', 'span', 'Context', 'annotations']" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="framing.data"):  # evaluation reads no spans: one warning says so
        table_examples([dict(r, context="x", spans="[]") for r in rows], name="data", read_spans=False)
    assert [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING] == [
        "data: column 'spans' is not read: evaluation measures sentence labels only, not span tags"]


def test_ctrl_c_after_an_epoch_saves_the_best_so_far_and_re_raises(tmp_path, tiny_dir, monkeypatch, caplog):

    import framing.training as training
    real_epoch = training._TrainBatches.epoch

    def interrupted(self, epoch):
        if epoch == 2:
            raise KeyboardInterrupt
        yield from real_epoch(self, epoch)

    monkeypatch.setattr(training._TrainBatches, "epoch", interrupted)
    out = tmp_path / "m"
    with caplog.at_level(logging.WARNING, logger="framing.training"), pytest.raises(KeyboardInterrupt):
        train(make_rows(30, 1), None, base=str(tiny_dir), output_dir=out, epochs=3, progress=False)
    assert "interrupted during epoch 2: saving the best epoch so far, epoch 1" in caplog.text
    assert framing.load(out, device="cpu").labels == ("money", "sport", "weather")
    assert json.loads((out / "training_args.json").read_text())["interrupted_at_epoch"] == 2
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["interrupted_at_epoch"] == 2 and metrics["best_epoch"] == 1 and len(metrics["history"]) == 1
    assert "Training was interrupted (Ctrl-C) during epoch 2 of 3; this is epoch 1" in (out / "README.md").read_text()
    # before any epoch has finished there is nothing to keep: nothing is written
    def at_once(self, epoch):
        raise KeyboardInterrupt
        yield

    monkeypatch.setattr(training._TrainBatches, "epoch", at_once)
    with pytest.raises(KeyboardInterrupt):
        train(make_rows(30, 1), None, base=str(tiny_dir), output_dir=tmp_path / "n", epochs=3, progress=False)
    assert not (tmp_path / "n").exists()


def test_ctrl_c_just_after_an_epoch_is_announced_saves_that_epoch(tmp_path, tiny_dir, monkeypatch):

    import framing.training as training
    real_info = training.logger.info

    def interrupting(message, *args):
        if message.startswith("epoch %d:"):  # the moment a user sees "epoch 1: ..." and presses Ctrl-C
            raise KeyboardInterrupt
        real_info(message, *args)

    monkeypatch.setattr(training.logger, "info", interrupting)
    with pytest.raises(KeyboardInterrupt):
        train(make_rows(30, 1), None, base=str(tiny_dir), output_dir=tmp_path / "m", epochs=3, progress=False)
    assert json.loads((tmp_path / "m" / "metrics.json").read_text())["best_epoch"] == 1


def test_train_command_exits_130_on_ctrl_c_with_the_model_saved(tmp_path, tiny_dir, monkeypatch, capsys, caplog):

    from framing.cli import main

    import framing.training as training
    real_epoch = training._TrainBatches.epoch

    def interrupted(self, epoch):
        if epoch == 2:
            raise KeyboardInterrupt
        yield from real_epoch(self, epoch)

    monkeypatch.setattr(training._TrainBatches, "epoch", interrupted)
    path = write_csv(tmp_path / "train.csv", make_rows(30, 1))
    with caplog.at_level(logging.WARNING, logger="framing.training"):
        assert main(["train", "--train", str(path), "--out", str(tmp_path / "m"), "--base", str(tiny_dir),
                     "--epochs", "3", "--quiet"]) == 130
    assert (f"framing train: interrupted; saved {tmp_path / 'm'} (best epoch 1)\n" in capsys.readouterr().err
            and "interrupted during epoch 2" in caplog.text)
    assert (tmp_path / "m" / "weights.safetensors").is_file()


def test_a_second_ctrl_c_while_saving_says_nothing_was_saved(tmp_path, tiny_dir, monkeypatch, capsys):
    """The first Ctrl-C's warning says "press Ctrl-C again to stop without saving"; the second ended with a bare
    "framing train: interrupted", and the user could not tell whether the folder held a model."""
    from framing.cli import main

    import framing.training as training
    real_epoch = training._TrainBatches.epoch

    def interrupted(self, epoch):
        if epoch == 2:
            raise KeyboardInterrupt
        yield from real_epoch(self, epoch)

    def again(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(training._TrainBatches, "epoch", interrupted)
    monkeypatch.setattr(training, "_choose_temperature", again)
    path = write_csv(tmp_path / "train.csv", make_rows(30, 1))
    out = tmp_path / "m"
    assert main(["train", "--train", str(path), "--out", str(out), "--base", str(tiny_dir), "--epochs", "3",
                 "--quiet"]) == 130
    assert capsys.readouterr().err.endswith(f"framing train: interrupted; nothing saved in {out} (stopped while epoch "
                                            "1 was being calibrated and saved)\n")
    assert not out.exists()


def test_ctrl_c_before_the_first_epoch_ends_says_nothing_was_saved(tmp_path, tiny_dir, monkeypatch, capsys):
    from framing.cli import main

    import framing.training as training
    real_epoch = training._TrainBatches.epoch

    def interrupted(self, epoch):
        batches = real_epoch(self, epoch)
        yield next(batches)  # a step of the first epoch is taken, then Ctrl-C
        raise KeyboardInterrupt

    monkeypatch.setattr(training._TrainBatches, "epoch", interrupted)
    with pytest.raises(KeyboardInterrupt, match=r"^nothing saved \(the first epoch had not ended\)$"):
        train(make_rows(30, 1), None, base=str(tiny_dir), output_dir=tmp_path / "n", epochs=2, progress=False)
    path = write_csv(tmp_path / "train.csv", make_rows(30, 1))
    assert main(["train", "--train", str(path), "--out", str(tmp_path / "m"), "--base", str(tiny_dir),
                 "--epochs", "2", "--quiet"]) == 130
    assert capsys.readouterr().err.endswith("framing train: interrupted; nothing saved (the first epoch had not "
                                            "ended)\n")
    assert not (tmp_path / "m").exists() and not (tmp_path / "n").exists()


@pytest.mark.parametrize("kwargs,message", [
    ({"text_column": 5}, r"^text_column must be a column name \(str\), got int 5$"),
    ({"label_column": None}, r"^label_column must be a column name \(str\), got NoneType None$"),
    ({"context_column": 3}, r"^context_column must be a column name \(str\) or None, got int 3$"),
    ({"labels": 5}, r"^labels must be a list of names, got int$"),
    ({"labels": {"money": 0, "sport": 1, "weather": 2}}, r"^labels must be a list of names, got dict$"),
    ({"progress": "no"}, r"^progress must be True or False, got str 'no'$"),
    ({"lora": 1}, r"^lora must be True or False, got int 1$"),
])
def test_train_names_an_argument_of_the_wrong_type_before_the_model_loads(tmp_path, tiny_dir, monkeypatch, kwargs,
                                                                          message):

    def must_not_run(*args, **kw):
        raise AssertionError("the model loaded before the arguments were checked")

    monkeypatch.setattr("framing.training.starting_model", must_not_run)
    with pytest.raises(TypeError, match=message):
        train(make_rows(30, 1), None, base=str(tiny_dir), output_dir=tmp_path / "m", **kwargs)


@pytest.mark.parametrize("data,kwargs,error,message", [
    ({"text": ["Prices rose."], "label": ["reported_fact"]}, {}, TypeError,
     r"^data must be a CSV, TSV, JSONL or Parquet file path .*, got dict$"),
    (iter([{"text": "Prices rose.", "label": "reported_fact"}]), {}, TypeError,
     r"^data must be .*, got list_iterator$"),
    (b"gold.csv", {}, TypeError, r"^data must be .*, got bytes$"),
    ("", {}, InputError, r"^data is empty; give a CSV, TSV, JSONL or Parquet file path$"),
    ("gold.csv", {"text_column": 5}, TypeError, r"^text_column must be a column name \(str\), got int 5$"),
    ("gold.csv", {"text_column": None}, TypeError, r"^text_column must be a column name \(str\), got NoneType"),
    ("gold.csv", {"context_column": 2}, TypeError, r"^context_column must be a column name \(str\) or None, got int"),
])
def test_evaluate_names_an_argument_of_the_wrong_type(tmp_path, tiny, monkeypatch, data, kwargs, error, message):
    monkeypatch.chdir(tmp_path)
    write_csv(tmp_path / "gold.csv", [{"text": "Prices rose.", "label": "reported_fact"}])
    with pytest.raises(error, match=message):
        evaluate(tiny, data, **kwargs)


@pytest.mark.parametrize("call,message", [
    (lambda rows, out: train(rows, out=out), r"^train\(\) got an unexpected keyword argument 'out'; pass output_dir= "
                                              r"\(the command's --out\)$"),
    (lambda rows, out: train(rows, output_dir=out, lr=1e-4), r"'lr'; pass learning_rate= \(the command's --lr\)$"),
    (lambda rows, out: train(rows, output_dir=out, max_minutes=2), r"'max_minutes'; pass max_seconds=, in seconds"),
    (lambda rows, out: train(rows, output_dir=out, no_lora=True), r"'no_lora'; pass lora=False"),
    (lambda rows, out: evaluate(model="m", data=rows), r"^evaluate\(\) .* 'model'; pass the model as analyzer="),
    (lambda rows, out: framing.load(model=out), r"^load\(\) .* 'model'; pass the model folder as path="),
    (lambda rows, out: train(rows, output_dir=out, outt=1), r"^train\(\) got an unexpected keyword argument 'outt'$"),
])
def test_a_keyword_named_as_the_command_s_option_names_the_one_python_takes(call, message, tmp_path, monkeypatch):
    def must_not_run(*args, **kw):
        raise AssertionError("the function ran")

    monkeypatch.setattr("framing.training.starting_model", must_not_run)
    with pytest.raises(TypeError, match=message):  # the command's --out is output_dir= here, --lr learning_rate=
        call(make_rows(30, 1), tmp_path / "m")
    assert not (tmp_path / "m").exists()


def test_a_json_lines_row_naming_a_key_twice_is_refused_naming_its_line_and_the_key(tmp_path, tiny, tiny_dir):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"text": "Prices rose.", "label": "reported_fact"}\n'
                    '{"text": "Critics said it was wrong.", "label": "attributed_claim", "label": "reported_fact"}\n',
                    encoding="utf-8")
    with pytest.raises(DataError, match=r"gold.jsonl: line 2: key 'label' appears twice in one object"):
        evaluate(tiny, path)
    with pytest.raises(DataError, match=r"train: .*gold.jsonl: line 2: key 'label' appears twice"):
        train(path, None, base=str(tiny_dir), output_dir=tmp_path / "m")


@pytest.mark.parametrize("value, reason", [
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ("9" * 5000, "a number with more than 4300 digits"),
])
def test_a_json_lines_row_python_cannot_read_is_refused_naming_its_line(tmp_path, tiny, tiny_dir, value, reason):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"text": "Prices rose.", "label": "reported_fact"}\n'
                    f'{{"text": "Critics said it was wrong.", "label": "attributed_claim", "note": {value}}}\n',
                    encoding="utf-8")
    with pytest.raises(DataError, match=rf"gold.jsonl: line 2: cannot read the JSON: {reason}"):
        evaluate(tiny, path)
    with pytest.raises(DataError, match=rf"train: .*gold.jsonl: line 2: cannot read the JSON: {reason}"):
        train(path, None, base=str(tiny_dir), output_dir=tmp_path / "m")


@pytest.mark.parametrize("kwargs, error, message", [
    ({"labels": ["reported_fact"]}, InputError, r"labels must name at least two classes.*\['reported_fact'\]"),
    ({"labels": ["a", " a"]}, InputError, "labels names 'a' more than once"),
    ({"device": "mps"}, InputError, "device must be 'cpu', 'cuda'"),
    ({"base": "{file}"}, framing.ModelError, "is not a folder"),
    ({"base": "{folder}"}, framing.ModelError, "has no model.safetensors"),
])
def test_options_that_need_no_data_are_refused_before_it_is_read(kwargs, error, message, tmp_path, monkeypatch):
    import framing.training as train_module
    monkeypatch.setattr(train_module, "table_examples", lambda *a, **k: pytest.fail("the data was read"))
    (tmp_path / "notes.txt").write_text("not a model\n", encoding="utf-8")
    (tmp_path / "encoder").mkdir()
    kwargs = {key: value.format(file=tmp_path / "notes.txt", folder=tmp_path / "encoder")
              if isinstance(value, str) else value for key, value in kwargs.items()}
    with pytest.raises(error, match=message):
        train(tmp_path / "train.csv", output_dir=tmp_path / "m", progress=False, **kwargs)


def test_a_base_folder_that_is_neither_model_nor_encoder_says_what_each_holds(tmp_path, tiny_dir, capsys):
    from framing.cli import main
    from framing.errors import ModelError

    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "notes.txt").write_text("not a model\n", encoding="utf-8")
    with pytest.raises(ModelError) as refused:
        train(tmp_path / "train.csv", output_dir=tmp_path / "m", base=str(tmp_path / "notes"), progress=False)
    message = str(refused.value)
    assert ("is neither a framing model folder, which training continues (config.json and weights.safetensors)"
            in message)
    assert "nor an encoder folder (a Hugging Face encoder's config.json, model.safetensors and tokenizer" in message
    assert "holds a framing model" not in message
    shutil.copytree(tiny_dir, tmp_path / "runs" / "first")  # a folder of models, given for the model in it
    assert main(["train", "--train", str(tmp_path / "train.csv"), "--out", str(tmp_path / "m"),
                 "--base", str(tmp_path / "runs")]) == 1
    first = tmp_path / "runs" / "first"
    # the command line names the option alone
    assert (f"{first} holds a framing model: give that folder as --base {first} to continue from it"
            in capsys.readouterr().err)


@pytest.mark.parametrize("args, message", [
    (["--labels", "reported_fact"], "--labels must name at least two classes"),
    (["--labels", "a,a"], "--labels names 'a' more than once"),
    (["--out", "{full}"], "already holds files"),
])
def test_train_command_refuses_labels_and_a_full_out_as_usage_errors(args, message, tmp_path, capsys, monkeypatch):
    from framing.cli import main

    import framing.training as train_module
    monkeypatch.setattr(train_module, "table_examples", lambda *a, **k: pytest.fail("the data was read"))
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("kept\n", encoding="utf-8")
    argv = ["train", "--train", str(tmp_path / "train.csv"), "--out", str(tmp_path / "m"),
            *[arg.format(full=tmp_path / "full") for arg in args]]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "training data" not in err


def test_labels_the_data_has_beyond_those_given_are_all_named_with_the_option(tmp_path, tiny_dir, capsys):
    """The command names ``--labels`` as typed, not the Python keyword, and every label missing from it."""
    from framing.cli import main

    rows = write_csv(tmp_path / "t.csv", make_rows(30, 1))  # sport, money, weather, from line 2 on
    assert main(["train", "--train", str(rows), "--labels", "weather,spor", "--out", str(tmp_path / "m"),
                 "--base", str(tiny_dir), "--quiet"]) == 1
    assert capsys.readouterr().err == (
        "framing train: error: training data has 2 labels not in --labels weather,spor: "
        f"'money' (first at train: {rows}: line 3), 'sport' (did you mean 'spor'?) (first at train: {rows}: line 2)\n")
    with pytest.raises(DataError) as refused:
        train(make_rows(30, 1), None, labels=["weather", "sport"], base=str(tiny_dir), output_dir=tmp_path / "n",
              progress=False)
    assert str(refused.value) == ("training data has 1 label not in labels=['weather', 'sport']: "
                                  "'money' (first at train: row 1)")


@pytest.mark.parametrize("text, message", [(42, "'text' is int, expected a string"),
                                           (["It rained."], "'text' is list, expected a string"),
                                           (None, "'text' is null"), (float("nan"), "'text' is null")])
def test_a_text_that_is_no_string_is_named_by_its_type_as_score_names_it(text, message, tmp_path):
    """Not "'text' must be non-empty text, got 42": 42 is not empty, it is a number."""
    from framing.data import table_examples

    rows = make_rows(6, 1)
    rows[4]["text"] = text
    with pytest.raises(DataError, match=rf"^train: row 4: {re.escape(message)}$"):
        table_examples(rows, name="train")
    path = tmp_path / "t.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows[:5]), encoding="utf-8")
    if text == text:  # JSON has no NaN
        with pytest.raises(DataError, match=rf"^train: \S*t.jsonl: line 5: {re.escape(message)}$"):
            table_examples(path, name="train")


def test_spaces_around_a_label_are_dropped_as_the_training_docs_say(tmp_path):
    """A spreadsheet export's "sport " is the label sport, in the data and in labels=, not a label of its own."""
    from test_docs import ROOT

    from framing.data import table_examples

    rows = make_rows(6, 1)
    rows[3]["label"] = f" {rows[3]['label']} "
    path = write_csv(tmp_path / "t.csv", rows)
    assert [sorted(e.allowed) for e in table_examples(path, name="train")] == [[r["label"]] for r in make_rows(6, 1)]
    docs = " ".join((ROOT / "docs" / "training.md").read_text(encoding="utf-8").split())
    assert "spaces around a label are dropped, in the data and in `labels=` (`--labels`)" in docs
