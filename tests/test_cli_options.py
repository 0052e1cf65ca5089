"""`framing train` and `framing score` options, each given a non-default value and checked for its effect."""

import json
import shutil

import pyarrow.parquet as pq
import pytest
from safetensors import safe_open

import framing
from framing.base import base_encoder_dir
from framing.cli import main
from framing.model import ModelConfig, build_encoder
from framing.scale import read_manifest

from conftest import TINY_ENCODER
from test_train import make_rows
from test_train_inputs import write_table


def read_json(path):
    return json.loads(path.read_text(encoding="utf-8"))


def weight_names(folder):
    with safe_open(str(folder / "weights.safetensors"), "pt") as weights:
        return set(weights.keys())


@pytest.fixture(scope="module")
def encoder_dir(tmp_path_factory):
    """A tiny base encoder folder (not a framing model): with it, LoRA and full fine-tuning differ."""
    folder = tmp_path_factory.mktemp("encoder")
    config = ModelConfig(labels=("a", "b"), base="random", encoder_config=dict(TINY_ENCODER))
    build_encoder(config).save_pretrained(str(folder))
    for name in ("tokenizer.json", "tokenizer_config.json", "vocab.txt", "special_tokens_map.json"):
        shutil.copy(base_encoder_dir() / name, folder / name)
    return folder


def renamed(rows):
    """The rows with their columns named sentence / tag, and a context column named 'context'."""
    return [{"sentence": r["text"], "tag": r["label"], "context": "Earlier that day. " + r["text"]} for r in rows]


def test_train_options_reach_the_saved_model(tmp_path, encoder_dir, capsys):
    train_csv = write_table(tmp_path / "train.csv", renamed(make_rows(30, 1)))
    eval_csv = write_table(tmp_path / "eval.csv", renamed(make_rows(5, 9)))
    out = tmp_path / "full"
    argv = ["train", "--train", str(train_csv), "--eval", str(eval_csv), "--out", str(out), "--base", str(encoder_dir),
            "--epochs", "1", "--no-lora", "--no-context", "--text-column", "sentence", "--label-column", "tag",
            "--seed", "7", "--device", "cpu", "--quiet"]
    assert main(argv) == 0, capsys.readouterr().err
    args = read_json(out / "training_args.json")
    assert (args["lora"], args["context"], args["seed"]) == (False, False, 7)
    assert args["columns"]["text"] == "sentence" and args["columns"]["label"] == "tag"
    config = read_json(out / "config.json")
    assert config["context"] == "none"  # --no-context: the context column is not read
    assert config["full_encoder"] is True and config["lora_rank"] == 0  # --no-lora: every encoder weight kept
    names = weight_names(out)
    assert any(n.startswith("encoder.") for n in names) and not any(n.startswith("lora.") for n in names)
    assert config["labels"] == ["money", "sport", "weather"]  # read from --label-column
    assert read_json(out / "metrics.json")["validation"]["n"] == 5  # validated on --eval, not a split of --train
    # the command line trains what the API trains with the same options, seed included
    same = framing.train(str(train_csv), str(eval_csv), base=str(encoder_dir), output_dir=tmp_path / "api",
                         epochs=1, lora=False, context=False, text_column="sentence", label_column="tag", seed=7,
                         device="cpu", progress=False)
    assert (same.output_dir / "weights.safetensors").read_bytes() == (out / "weights.safetensors").read_bytes()
    other = framing.train(str(train_csv), str(eval_csv), base=str(encoder_dir), output_dir=tmp_path / "seed0",
                          epochs=1, lora=False, context=False, text_column="sentence", label_column="tag", seed=0,
                          device="cpu", progress=False)
    assert (other.output_dir / "weights.safetensors").read_bytes() != (out / "weights.safetensors").read_bytes()


def test_train_context_column_and_lora_by_default(tmp_path, encoder_dir, capsys):
    rows = [{"text": r["text"], "label": r["label"], "before": "Earlier that day. " + r["text"]}
            for r in make_rows(30, 2)]
    out = tmp_path / "lora"
    argv = ["train", "--train", str(write_table(tmp_path / "train.csv", rows)), "--out", str(out),
            "--base", str(encoder_dir), "--epochs", "1", "--context-column", "before", "--device", "cpu", "--quiet"]
    assert main(argv) == 0, capsys.readouterr().err
    args = read_json(out / "training_args.json")
    assert args["columns"]["context"] == "before" and args["context"] is True and args["lora"] is True
    config = read_json(out / "config.json")
    assert config["context"] == "previous"  # without the column named, no context would be read
    assert config["full_encoder"] is False and config["lora_rank"] == 16
    names = weight_names(out)
    assert any(n.startswith("lora.") for n in names) and not any(n.startswith("encoder.") for n in names)
    # without --eval, validation is a split of the training rows
    assert read_json(out / "metrics.json")["validation"]["n"] < len(rows)


def test_score_options_reach_the_output(tiny_dir, tmp_path, monkeypatch, capsys):

    import framing.scale.scoring as scoring
    monkeypatch.setattr(scoring, "BLOCK_CHARS_CPU", 200)  # several blocks from a small input
    sentences = [(f"Prices rose {k} percent in March.", "The ministry denied the report.") for k in range(12)]
    texts = [" ".join(pair) for pair in sentences]
    records = [{"id": f"wrong{k}", "key": f"doc-{k}", "body": text, "text": "Decoy text here."}
               for k, text in enumerate(texts)]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")

    def run(out, seconds):
        argv = ["score", str(path), "--out", str(out), "--model", str(tiny_dir), "--text-column", "body",
                "--id-column", "key", "--format", "jsonl", "--chunk-seconds", seconds, "--quiet"]
        assert main(argv) == 0, capsys.readouterr().err
        return read_manifest(out)["parts"]

    parts = run(tmp_path / "every-block", "1e-9")  # a commit after every block
    assert all(p["file"].endswith(".jsonl") for p in parts)  # --format jsonl
    rows = [json.loads(line) for p in parts for line in (tmp_path / "every-block" / p["file"]).read_text().splitlines()]
    # --id-column and --text-column, not the 'id' and 'text' fields
    assert [(r["doc_id"], r["text"]) for r in rows] == [(f"doc-{k}", s) for k, pair in enumerate(sentences)
                                                         for s in pair]
    assert len(parts) > 2
    assert len(run(tmp_path / "one-chunk", "1e9")) == 1  # no time limit: the whole input fits one chunk
    default = tmp_path / "default"
    assert main(["score", str(path), "--out", str(default), "--model", str(tiny_dir), "--quiet"]) == 0
    parts = read_manifest(default)["parts"]  # the defaults: Parquet, the 'id' and 'text' fields
    assert all(p["file"].endswith(".parquet") for p in parts)
    table = [row for p in parts for row in pq.read_table(default / p["file"]).to_pylist()]
    assert [(r["doc_id"], r["text"]) for r in table] == [(f"wrong{k}", "Decoy text here.") for k in range(12)]


@pytest.mark.parametrize("argv, option", [
    (["analyze", "{text}", "--model", ""], "--model"),
    (["classify", "{text}", "--model", ""], "--model"),
    (["score", "{corpus}", "--out", "{out}", "--text-column", ""], "--text-column"),
    (["score", "{corpus}", "--out", "{out}", "--id-column", ""], "--id-column"),
    (["score", "{corpus}", "--out", ""], "--out"),
    (["score", "", "--out", "{out}"], "INPUT"),
    (["train", "--train", "{corpus}", "--out", "{out}", "--base", ""], "--base"),
    (["evaluate", "--data", "{corpus}", "--label-column", ""], "--label-column"),
])
def test_an_empty_path_or_column_option_is_a_usage_error_naming_it(argv, option, tmp_path, capsys):
    paths = {"text": tmp_path / "a.txt", "corpus": tmp_path / "c.jsonl", "out": tmp_path / "out"}
    paths["text"].write_text("Prices rose on Monday.\n", encoding="utf-8")
    paths["corpus"].write_text('{"text": "Prices rose on Monday.", "label": "a"}\n', encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        main([arg.format(**paths) for arg in argv])
    err = capsys.readouterr().err
    assert stop.value.code == 2 and f"argument {option}: must not be empty" in err


def test_score_refuses_an_out_it_cannot_write_as_a_usage_error(tmp_path, capsys, monkeypatch):
    import os

    monkeypatch.setattr(os, "access", lambda path, mode, *a, **k: not str(path).startswith(str(tmp_path / "locked")))
    monkeypatch.setattr(framing.scale, "score", lambda *a, **k: pytest.fail("scoring started"))
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"text": "Prices rose on Monday."}\n', encoding="utf-8")
    (tmp_path / "locked").mkdir()
    assert main(["score", str(corpus), "--out", str(tmp_path / "locked" / "scores")]) == 2
    assert "--out " + str(tmp_path / "locked" / "scores") + " cannot be written" in capsys.readouterr().err
    assert main(["score", str(corpus), "--out", str(corpus)]) == 2
    assert f"--out {corpus} exists and is not a folder" in capsys.readouterr().err


@pytest.mark.parametrize("argv, message", [
    (["{folder}", "--out", "{folder}/scores"], "--out {folder}/scores is inside the input folder {folder}"),
    # a table file's name: before, a folder of Parquet parts called scores.csv was written without a word
    (["{corpus}", "--out", "{tmp}/scores.csv"], "--out {tmp}/scores.csv names a CSV file, but framing score writes a "
     "folder of parquet part files; name a folder (scores) and write the table from it, "
     "pandas.read_parquet('scores').to_csv(...)"),
    (["{corpus}", "--out", "{tmp}/scores.TSV", "--format", "jsonl"], "--out {tmp}/scores.TSV names a TSV file, but "
     "framing score writes a folder of jsonl part files; name a folder (scores) and write the table from it, "
     "pyarrow.dataset.dataset('scores', format='json').to_table().to_pandas().to_csv(...)"),
    (["{folder}", "--out", "{out}", "--text-column", "body"], "drop the text column 'body'"),
    (["{folder}", "--out", "{out}", "--keep-columns", "date"], "a folder of .txt files has no columns to keep (date)"),
    (["{corpus}", "--out", "{out}", "--headline-column", "id"],
     "the headline column 'id' is also the id column (used by default when the input has one); pass another "
     "--id-column or --headline-column"),
    (["{corpus}", "--out", "{out}", "--headline-column", "text"], "--headline-column 'text' is also the text column"),
])
def test_score_options_that_do_not_fit_the_input_are_a_usage_error(argv, message, tiny_dir, tmp_path, capsys):
    names = {"folder": tmp_path / "articles", "corpus": tmp_path / "c.jsonl", "out": tmp_path / "out", "tmp": tmp_path}
    names["folder"].mkdir()
    (names["folder"] / "a.txt").write_text("Prices rose on Monday.", encoding="utf-8")
    names["corpus"].write_text('{"id": "a1", "text": "Prices rose on Monday."}\n', encoding="utf-8")
    code = main(["score", *(arg.format(**names) for arg in argv), "--model", str(tiny_dir), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("framing score: error: ") and err.count("\n") == 1, err
    assert message.format(**names) in err, err
    assert not names["out"].exists() and sorted(p.name for p in names["folder"].iterdir()) == ["a.txt"]
    # an error found reading the data stays 1
    assert main(["score", str(names["corpus"]), "--out", str(names["out"]), "--text-column", "body",
                 "--model", str(tiny_dir), "--quiet"]) == 1
    assert "no text column 'body'" in capsys.readouterr().err


def test_an_option_that_does_not_fit_the_input_is_still_the_error_it_was_in_python(tmp_path):
    from framing.errors import OptionError

    folder = tmp_path / "articles"
    folder.mkdir()
    with pytest.raises(OptionError) as info:
        framing.score(folder, tmp_path / "out", text_column="body")
    assert isinstance(info.value, framing.InputError) and isinstance(info.value, framing.DataError)


def test_score_keep_columns_takes_a_json_list_for_names_that_hold_a_comma(tiny_dir, tmp_path, capsys):
    corpus = tmp_path / "in.csv"
    corpus.write_text('id,"Outlet, name",date, desk ,text\n'
                      'q1,"The Lantern, Ostby",2031-04-02,metro,Ferries ran late.\n',
                      encoding="utf-8")
    out = tmp_path / "out"
    argv = ["score", str(corpus), "--out", str(out), "--model", str(tiny_dir), "--quiet", "--level", "document"]
    # a JSON list names each column exactly, spaces around a name included
    assert main([*argv, "--keep-columns", '["Outlet, name", "date", " desk "]']) == 0, capsys.readouterr().err
    rows = [row for p in read_manifest(out)["parts"] for row in pq.read_table(out / p["file"]).to_pylist()]
    assert [(r["Outlet, name"], r["date"], r[" desk "]) for r in rows] == [
        ("The Lantern, Ostby", "2031-04-02", "metro")]
    # names split at commas, as before
    assert main([*argv, "--out", str(tmp_path / "plain"), "--keep-columns", "date, id"]) == 0
    for value, message in (('["Outlet, name"', "starts with '[' but is not a JSON list"),
                           ('["date", 3]', "as JSON must be a list of strings"),
                           ('["date", "date"]', "names a column twice")):
        capsys.readouterr()
        assert main([*argv, "--out", str(tmp_path / "bad"), "--keep-columns", value]) == 2
        err = capsys.readouterr().err
        assert err.startswith("framing score: error: --keep-columns: ") and message in err, err
        assert not (tmp_path / "bad").exists()


def test_score_keep_columns_naming_a_column_twice_names_the_option_and_the_column(tiny_dir, tmp_path, capsys):
    corpus = tmp_path / "in.jsonl"
    corpus.write_text('{"id": "q1", "pub": "The Lantern", "text": "Ferries ran late."}\n', encoding="utf-8")
    out = tmp_path / "out"
    assert main(["score", str(corpus), "--out", str(out), "--model", str(tiny_dir), "--quiet",
                 "--keep-columns", "pub,date,pub"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("framing score: error: --keep-columns: names a column twice: 'pub'"), err
    assert "keep_columns" not in err and not out.exists()
    from framing.scale import output_schema

    with pytest.raises(framing.InputError, match=r"^keep_columns names a column twice: 'pub', in \['pub', 'date', "):
        output_schema("document", ["a"], ["pub", "date", "pub"])


def test_train_labels_and_score_keep_columns_read_names_with_one_public_parser(tmp_path, capsys):
    from framing.validation import split_names

    assert split_names(" fact , opinion") == ["fact", "opinion"]
    assert split_names(' ["fact, checked", "opinion"]') == ["fact, checked", "opinion"]
    for value, message in (('["fact"', "starts with '[' but is not a JSON list"),
                           ('["fact", 3]', "as JSON must be a list of strings")):
        with pytest.raises(ValueError, match=message.replace("[", r"\[")):
            split_names(value)
        # train's --labels says the same, naming its option, before any data is read
        argv = ["train", "--train", str(tmp_path / "missing.csv"), "--out", str(tmp_path / "m"), "--labels", value]
        assert main(argv) == 2
        assert f"--labels {message}" in capsys.readouterr().err


def test_a_json_list_of_names_keeps_the_spaces_around_them(tmp_path, capsys):
    from framing.validation import split_names

    # a column really named " date " can be kept: the JSON list says exactly what each name is
    assert split_names('[" date ", "url"]') == [" date ", "url"]
    assert split_names(" date , url") == ["date", "url"]  # the comma form still drops them
    # labels are compared without those spaces, as train reads them: " fact " and "fact" are one label
    argv = ["train", "--train", str(tmp_path / "missing.csv"), "--out", str(tmp_path / "m"),
            "--labels", '[" fact ", "fact"]']
    assert main(argv) == 2
    assert "--labels names 'fact' more than once" in capsys.readouterr().err


def test_compile_with_int8_is_a_usage_error_found_before_the_model_loads(tmp_path, capsys, monkeypatch):
    import framing.analyze

    monkeypatch.setattr(framing.analyze, "load_model", lambda *a: pytest.fail("the model was loaded"))
    text = tmp_path / "a.txt"
    text.write_text("Prices rose.", encoding="utf-8")
    assert main(["analyze", str(text), "--precision", "int8", "--compile"]) == 2
    assert capsys.readouterr().err == ("framing analyze: error: --compile does not apply to --precision int8; "
                                       "use one or the other\n")
    from framing.errors import OptionError

    with pytest.raises(OptionError, match=r"^compile=True does not apply to precision='int8'; use one"):
        framing.load(precision="int8", compile=True)


@pytest.mark.parametrize("asked", ["csv", "CSV", "xlsx"])
def test_score_asked_for_a_table_format_names_the_command_that_writes_a_csv(asked, tmp_path, capsys):
    # before, argparse's list of choices alone: nothing said where a CSV of the sentences comes from
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"text": "Prices rose on Monday."}\n', encoding="utf-8")
    with pytest.raises(SystemExit) as stopped:
        main(["score", str(corpus), "--out", str(tmp_path / "scores"), "--format", asked])
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and "usage: framing score" in err
    assert f"'{asked}' is no part file format (choose from 'parquet', 'jsonl')" in err
    assert "framing summarize OUT --format sentences --out sentences.csv" in err
    assert not (tmp_path / "scores").exists()
    # a format that is no table is refused with argparse's own words, as before
    with pytest.raises(SystemExit):
        main(["score", str(corpus), "--out", str(tmp_path / "scores"), "--format", "arrow"])
    assert "invalid choice: 'arrow'" in capsys.readouterr().err
