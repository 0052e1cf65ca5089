"""Corpus scoring cases from an analyst's trial: rejected records do not take their ids, ambiguous or
unreadable inputs are refused up front, --out is checked before the model loads, resume by folder."""

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import framing
from framing.cli import main
from framing.errors import DataError, InputError
from framing.scale import open_input, read_manifest, rejects_path, score

from conftest import make_tiny
from test_score import corpus, one_thread, read_rows, write_jsonl  # noqa: F401 (autouse fixture)


def _rejects(out: Path) -> list[dict]:
    return [json.loads(line) for line in rejects_path(out).read_text(encoding="utf-8").splitlines()]


def _inputs(tmp_path: Path) -> dict[str, Path]:
    """The same four records in each format: a1 without text, then a1 again with text, b1, and b1 again."""
    rows = [{"id": "a1", "text": None}, {"id": "a1", "text": "The council met on Monday."},
            {"id": "b1", "text": "Prices rose."}, {"id": "b1", "text": "Prices fell."}]
    paths = {"jsonl": write_jsonl(tmp_path / "in.jsonl", rows)}
    csv_path = tmp_path / "in.csv"
    csv_path.write_text("id,text\na1,\na1,The council met on Monday.\nb1,Prices rose.\nb1,Prices fell.\n",
                        encoding="utf-8")
    paths["csv"] = csv_path
    pq.write_table(pa.table({"id": [r["id"] for r in rows], "text": [r["text"] for r in rows]}),
                   tmp_path / "in.parquet", row_group_size=2)
    paths["parquet"] = tmp_path / "in.parquet"
    return paths


@pytest.mark.parametrize("kind", ["jsonl", "csv", "parquet"])
def test_a_rejected_record_does_not_take_its_id_from_a_later_good_one(tiny, tmp_path, kind):
    path = _inputs(tmp_path)[kind]
    out = tmp_path / "out"
    score(path, out, model=tiny, level="document", progress=False)
    assert [r["doc_id"] for r in read_rows(out)] == ["a1", "b1"]
    reasons = [(r["id"], r["reason"]) for r in _rejects(out)]
    assert reasons[0][0] == "a1" and "duplicate" not in reasons[0][1]
    assert reasons[1][0] == "b1" and "duplicate id 'b1'" in reasons[1][1]
    # read again from any record on (a resume), the same records are kept and rejected
    for skip in range(1, 4):
        reader = open_input(path)
        kept = [r.doc_id for r in reader.records({"record": skip, "line": skip + 1, "byte": 0})
                if r.reason is None] if kind != "jsonl" else None
        if kept is not None:
            assert kept == [doc for k, doc in ((1, "a1"), (2, "b1")) if k >= skip]


def test_a_jsonl_resume_after_the_rejected_record_keeps_the_good_one(tiny, tmp_path):
    path = _inputs(tmp_path)["jsonl"]
    reader = open_input(path)
    first = list(reader.records())
    after = [r for r in open_input(path).records(first[0].cursor)]
    assert [(r.doc_id, r.reason is None) for r in after] == [("a1", True), ("b1", True), ("b1", False)]


@pytest.mark.parametrize("kind", ["csv", "parquet"])
def test_repeated_text_or_id_column_names_are_refused(tmp_path, kind):
    if kind == "csv":
        path = tmp_path / "dup.csv"
        path.write_text("id,text,text\nx,One.,Two.\n", encoding="utf-8")
    else:
        path = tmp_path / "dup.parquet"
        pq.write_table(pa.Table.from_arrays([pa.array(["x"]), pa.array(["One."]), pa.array(["Two."])],
                                            names=["id", "text", "text"]), path)
    with pytest.raises(DataError, match="2 columns are named 'text'"):
        open_input(path)


def test_a_folder_of_data_files_is_refused_not_read_as_text_documents(tmp_path):
    folder = tmp_path / "shards"
    folder.mkdir()
    write_jsonl(folder / "part-1.jsonl", corpus(2))
    write_jsonl(folder / "part-2.jsonl", corpus(2))
    (folder / "README.txt").write_text("Shards of the crawl.", encoding="utf-8")
    with pytest.raises(DataError, match=r"holds 2 \.jsonl files; .*Score each file on its own"):
        open_input(folder)


def test_a_json_file_beside_text_files_is_skipped_with_the_others_not_read(tmp_path, caplog):
    import logging

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("The council met.", encoding="utf-8")
    (folder / "metadata.json").write_text('{"crawl": "spring"}\n', encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="framing"):
        reader = open_input(folder)
    assert [r.doc_id for r in reader.records()] == ["a.txt"]
    assert "1 entry not read" in caplog.text and "metadata.json" in caplog.text

    shards = tmp_path / "shards"  # .json files alone are shards: refused, and joined as JSON Lines
    shards.mkdir()
    write_jsonl(shards / "one.json", corpus(2))
    with pytest.raises(DataError, match=r"holds 1 \.json file; .*join them first \(e\.g\. cat \*\.json > all"):
        open_input(shards)
    (shards / "one.json").rename(shards / "one.csv")
    with pytest.raises(DataError, match=r"holds 1 \.csv file; .*Score each file on its own \(framing score FILE "
                                        r"--out OUT\)$"):
        open_input(shards)


def test_a_text_folder_edit_that_keeps_the_size_is_seen_on_resume(tmp_path):
    folder = tmp_path / "txt"
    folder.mkdir()
    (folder / "a.txt").write_text("The council met.", encoding="utf-8")
    before = open_input(folder).fingerprint()
    (folder / "a.txt").write_text("The council ate.", encoding="utf-8")
    assert open_input(folder).fingerprint() != before


def test_an_unusable_out_is_refused_before_the_model_loads(tmp_path, capsys, monkeypatch):

    def must_not_load(*args, **kwargs):
        raise AssertionError("the model loaded before --out was checked")

    monkeypatch.setattr("framing.scale.scoring._resolve_model", must_not_load)
    path = write_jsonl(tmp_path / "in.jsonl", corpus(2))
    (tmp_path / "afile").write_text("x")
    assert main(["score", str(path), "--out", str(tmp_path / "afile" / "sub"), "--quiet"]) == 2  # a usage error
    assert f"--out {tmp_path / 'afile' / 'sub'} cannot be created" in capsys.readouterr().err
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "notes.md").write_text("mine")
    with pytest.raises(DataError, match="not the output of 'framing score'"):
        score(path, taken, progress=False)


def test_an_out_on_a_read_only_file_system_is_named_so_up_front(tmp_path, capsys, monkeypatch):
    import os
    from types import SimpleNamespace

    from framing.validation import folder_problem

    path = write_jsonl(tmp_path / "in.jsonl", corpus(2))
    mounted = tmp_path / "mnt"
    mounted.mkdir()
    real_statvfs = os.statvfs
    # a file system mounted read-only (os.access refuses writing there, to root too)
    monkeypatch.setattr(os, "access", lambda place, mode: Path(place) != mounted)
    monkeypatch.setattr(os, "statvfs", lambda place: SimpleNamespace(f_flag=os.ST_RDONLY) if Path(place) == mounted
                        else real_statvfs(place))
    assert main(["score", str(path), "--out", str(mounted / "scores"), "--quiet"]) == 2
    assert capsys.readouterr().err == (f"framing score: error: --out {mounted / 'scores'} cannot be written: "
                                       f"the file system of {mounted} is read-only\n")
    monkeypatch.setattr(os, "statvfs", real_statvfs)  # writable, yet not to this user: permissions
    assert folder_problem(mounted / "scores") == (
        f"{mounted / 'scores'} cannot be written: no permission to write in {mounted}")


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc, a folder that takes no new file")
def test_an_out_in_a_folder_that_takes_no_new_file_is_refused_up_front_even_for_root(tmp_path, capsys, monkeypatch):
    import os

    import framing.analyze
    from framing.validation import folder_problem

    path = write_jsonl(tmp_path / "in.jsonl", corpus(2))
    # root is allowed everything by os.access, yet no file can be created in /proc: tried, the folder says so
    monkeypatch.setattr(os, "access", lambda *a, **k: True)
    monkeypatch.setattr(framing.analyze, "load", lambda *a, **k: pytest.fail("the model loaded"))
    assert main(["score", str(path), "--out", "/proc/framing-scores", "--quiet"]) == 2
    assert capsys.readouterr().err.startswith(
        "framing score: error: --out /proc/framing-scores cannot be written: cannot create files in /proc (")
    with pytest.raises(InputError, match=r"^/proc/framing-scores cannot be written: cannot create files in /proc \("):
        score(path, "/proc/framing-scores", progress=False)
    assert folder_problem(tmp_path / "scores", beside=True) is None  # a folder that takes one is left as it was
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_an_output_started_with_a_loaded_model_resumes_by_its_folder(tiny_dir, tmp_path, capsys):
    path = write_jsonl(tmp_path / "in.jsonl", corpus(4))
    out = tmp_path / "out"
    score(path, out, model=framing.load(tiny_dir, device="cpu"), progress=False)
    assert read_manifest(out)["model"]["path"] == str(Path(tiny_dir).resolve())
    # --resume checks the model before it finds the output complete
    assert main(["score", str(path), "--out", str(out), "--model", str(tiny_dir), "--resume", "--quiet"]) == 0
    other = tmp_path / "other-model"
    make_tiny(other, seed=1)
    assert main(["score", str(path), "--out", str(out), "--model", str(other), "--resume", "--quiet"]) == 1
    assert "different model" in capsys.readouterr().err


def test_an_analyzer_built_in_memory_is_named_as_such(tiny_dir, tmp_path):
    from framing.analyze import Analyzer
    from framing.model import load_model

    out = tmp_path / "out"
    score(write_jsonl(tmp_path / "in.jsonl", corpus(2)), out, model=Analyzer(*load_model(tiny_dir), device="cpu"),
          progress=False)
    assert read_manifest(out)["model"]["path"] == "an Analyzer built in memory"


def test_whole_number_float_ids_are_integers_and_other_types_are_rejected(tiny, tmp_path):
    path = tmp_path / "ids.parquet"
    pq.write_table(pa.table({"id": [1.0, 2.5, None, 4.0],
                             "text": ["Prices rose.", "Prices fell.", "The council met.", "Rain fell."]}), path)
    out = tmp_path / "out"
    score(path, out, model=tiny, level="document", progress=False)
    assert [r["doc_id"] for r in read_rows(out)] == ["1", "4"]
    assert [("expected a string or an integer" in r["reason"], "null" in r["reason"]) for r in _rejects(out)] == \
        [(True, False), (False, True)]


def test_a_short_csv_row_without_its_id_field_has_no_id_in_the_rejects(tiny, tmp_path):
    path = tmp_path / "short.csv"
    path.write_text("text,id\nPrices rose.,a\nPrices fell.\n", encoding="utf-8")
    out = tmp_path / "out"
    score(path, out, model=tiny, level="document", progress=False)
    assert [(r["id"], r["reason"]) for r in _rejects(out)] == [(None, "has 1 field but the header has 2")]


def test_documents_without_letters_or_digits_are_rejected(tiny, tmp_path):
    rows = [{"id": k, "text": t} for k, t in enumerate(["\u200b", "...", "\x00\x01", "Prices rose."])]
    out = tmp_path / "out"
    score(write_jsonl(tmp_path / "junk.jsonl", rows), out, model=tiny, level="document", progress=False)
    assert [r["doc_id"] for r in read_rows(out)] == ["3"]
    assert all("no letters or digits" in r["reason"] for r in _rejects(out))
    assert tiny.analyze("... ?!").sentences[0].low_confidence


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_utf16_files_are_named_as_such(tmp_path, suffix):
    path = tmp_path / f"wide{suffix}"
    content = "id,text\na,Prices rose.\n" if suffix == ".csv" else '{"id": "a", "text": "Prices rose."}\n'
    path.write_bytes(content.encode("utf-16"))
    with pytest.raises(DataError, match="encoded as UTF-16, expected UTF-8; convert it first"):
        open_input(path)


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_utf16_without_a_byte_order_mark_and_binary_files_are_named_up_front(tmp_path, suffix):
    import gzip

    content = "id,text\na,Prices rose.\n" if suffix == ".csv" else '{"id": "a", "text": "Prices rose."}\n'
    path = tmp_path / f"wide{suffix}"
    path.write_bytes(content.encode("utf-16-le"))
    with pytest.raises(DataError, match="looks like UTF-16 without a byte-order mark"):
        open_input(path)
    path.write_bytes(gzip.compress(content.encode()))  # gzip without a .gz name
    with pytest.raises(DataError, match="not a text file; it is gzip-compressed"):
        open_input(path)
    path.write_bytes(b"%PDF-1.4\n1 0 obj\n")
    with pytest.raises(DataError, match="not a text file; it is a PDF"):
        open_input(path)


def test_a_json_line_that_is_no_object_names_its_json_kind(tiny, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "text": "Prices rose."}\n5\nnull\n["x"]\n', encoding="utf-8")
    out = tmp_path / "out"
    score(path, out, model=tiny, progress=False)
    assert [r["reason"] for r in _rejects(out)] == [f"not a JSON object (a JSON {kind})"
                                                    for kind in ("number", "null", "array")]


def test_a_strict_stop_says_how_much_is_committed_and_how_to_go_on(tiny, tmp_path):
    rows = corpus(4) + [{"id": "bad", "text": None}] + corpus(2, seed=1)
    rows[-2]["id"], rows[-1]["id"] = "x1", "x2"
    path, out = write_jsonl(tmp_path / "in.jsonl", rows), tmp_path / "out"
    with pytest.raises(DataError, match=r"record 4 .*\(stopped: 4 documents are committed in .*; resume=True without "
                                        r"strict=True continues from there .* use overwrite=True\)"):
        score(path, out, model=tiny, strict=True, chunk_docs=1, progress=False)
    # what the message says works: the same input, resumed without --strict
    summary = score(path, out, model=tiny, resume=True, chunk_docs=1, progress=False)
    assert summary.documents == 6 and summary.rejects == 1
    with pytest.raises(DataError, match=r"stopped: 1 document is committed in"):
        score(write_jsonl(tmp_path / "one.jsonl", rows[3:]), tmp_path / "out1", model=tiny, strict=True,
              chunk_docs=1, progress=False)


def test_an_interrupt_before_any_commit_says_nothing_was_kept(tmp_path, capsys, monkeypatch):
    import importlib

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(importlib.import_module("framing.scale"), "score", interrupted)
    path = write_jsonl(tmp_path / "in.jsonl", corpus(2))
    assert main(["score", str(path), "--out", str(tmp_path / "out"), "--quiet"]) == 130
    assert "before anything was committed" in capsys.readouterr().err


def test_verbose_may_follow_the_command_and_logs_each_commit(tiny_dir, tmp_path, caplog):
    import logging

    path = write_jsonl(tmp_path / "in.jsonl", corpus(3))
    with caplog.at_level(logging.INFO, logger="framing.scale"):
        assert main(["score", str(path), "--out", str(tmp_path / "out"), "--model", str(tiny_dir), "-v",
                     "--chunk-docs", "1", "--quiet"]) == 0
    assert "committed 1 record; 3 records, 3 documents" in caplog.text


def test_score_dataframe_refuses_repeated_ids_for_sentence_rows(tiny):
    import pandas as pd

    from framing.scale import score_dataframe

    df = pd.DataFrame({"id": ["a", "a"], "text": ["Prices rose.", "Prices fell."]})
    with pytest.raises(DataError, match="repeats 'a'"):
        score_dataframe(df, id_column="id", model=tiny, level="sentence")


@pytest.mark.parametrize("kind", ["jsonl", "csv", "parquet"])
@pytest.mark.parametrize("level", ["sentence", "document"])
def test_kept_columns_follow_every_row_of_their_document(tiny, tmp_path, kind, level):
    rows = [{"id": f"d{k}", "text": doc["text"], "publisher": f"pub{k}", "year": 2020 + k}
            for k, doc in enumerate(corpus(5))]
    if kind == "jsonl":
        path = write_jsonl(tmp_path / "in.jsonl", rows)
    elif kind == "csv":
        import csv

        path = tmp_path / "in.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    else:
        path = tmp_path / "in.parquet"
        pq.write_table(pa.Table.from_pylist(rows), path)
    out = tmp_path / "out"
    score(path, out, model=tiny, level=level, keep_columns=["publisher", "year"], progress=False, chunk_docs=2)
    got = read_rows(out)
    assert got and all(r["publisher"] == f"pub{r['doc_id'][1:]}" and r["year"] == str(2020 + int(r["doc_id"][1:]))
                       for r in got)
    assert list(got[0])[-2:] == ["publisher", "year"]


def test_kept_columns_are_checked_up_front(tiny, tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", corpus(2))
    with pytest.raises(framing.InputError, match="cannot keep \\['label'\\]"):
        score(path, tmp_path / "o1", model=tiny, keep_columns=["label"], progress=False)
    with pytest.raises(TypeError, match="not one string"):
        score(path, tmp_path / "o2", model=tiny, keep_columns="publisher", progress=False)
    csv_path = tmp_path / "in.csv"
    csv_path.write_text("id,text\na,Prices rose.\n", encoding="utf-8")
    with pytest.raises(DataError, match="no column 'publisher' to keep"):
        score(csv_path, tmp_path / "o3", model=tiny, keep_columns=["publisher"], progress=False)
    out = tmp_path / "o4"
    score(path, out, model=tiny, keep_columns=["id"], progress=False)
    with pytest.raises(DataError, match=r"settings differ \(columns: then also \['id'\], now also \[\] \(the input "
                                        r"columns copied: keep_columns\)\)"):
        score(path, out, model=tiny, resume=True, progress=False)


def test_a_resume_with_other_settings_names_the_options_that_differ(tiny_dir, tmp_path, capsys):
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "Prices rose.", "url": "https://example.org/a"}])
    out = tmp_path / "out"
    command = ["score", str(path), "--out", str(out), "--model", str(tiny_dir), "--quiet"]
    assert main([*command, "--keep-columns", "url", "--format", "jsonl"]) == 0
    capsys.readouterr()
    assert main([*command, "--resume"]) == 1
    err = capsys.readouterr().err
    assert "--format: then 'jsonl', now 'parquet'" in err, err  # the option, not only the manifest's key
    assert "now also [] (the input columns copied: --keep-columns)" in err, err


def test_keep_columns_from_the_command_line(tiny_dir, tmp_path):
    rows = [{"id": "a", "text": "Prices rose.", "url": "https://example.org/a"}]
    out = tmp_path / "out"
    assert main(["score", str(write_jsonl(tmp_path / "in.jsonl", rows)), "--out", str(out), "--model",
                 str(tiny_dir), "--keep-columns", "url, id", "--level", "document", "--quiet"]) == 0
    row = read_rows(out)[0]
    assert (row["url"], row["id"]) == ("https://example.org/a", "a")


def test_verbose_is_accepted_after_any_command():
    from framing.cli import build_parser

    parser = build_parser()
    for argv in (["score", "in.jsonl", "--out", "o", "-v"], ["train", "--train", "t.csv", "--out", "m", "-v"],
                 ["-v", "analyze", "a.txt"]):
        assert parser.parse_args(argv).verbose is True
    assert parser.parse_args(["analyze", "a.txt"]).verbose is False


def test_an_unpaired_surrogate_is_a_reject_not_a_crash(tiny, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "text": "Prices \\ud800 rose."}\n{"id": "b", "text": "Prices fell.", '
                    '"src": {"name": "x\\udc80"}}\n', encoding="utf-8")
    out = tmp_path / "out"
    score(path, out, model=tiny, level="document", keep_columns=["src"], progress=False)
    assert [r["doc_id"] for r in read_rows(out)] == ["b"] and read_rows(out)[0]["src"] == '{"name": "x\ufffd"}'
    assert "unpaired surrogate (\\ud800) at character 7" in _rejects(out)[0]["reason"]
    with pytest.raises(framing.InputError, match="unpaired surrogate"):
        tiny.analyze("Prices \ud800 rose.")
    with pytest.raises(framing.InputError, match=r"contexts\[0\] holds an unpaired surrogate"):
        tiny.predict_proba(["Prices rose."], ["Before \udc80."])


def test_kept_dates_and_decimals_read_as_their_text_and_an_all_null_column_is_warned(tiny, tmp_path, caplog):
    import datetime
    import decimal
    import logging

    path = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": ["a"], "text": ["Prices rose."], "day": [datetime.date(2024, 1, 2)],
                             "price": pa.array([decimal.Decimal("1.10")], pa.decimal128(5, 2))}), path)
    out = tmp_path / "out"
    score(path, out, model=tiny, level="document", keep_columns=["day", "price"], progress=False)
    row = read_rows(out)[0]
    assert (row["day"], row["price"]) == ("2024-01-02", "1.10")
    with caplog.at_level(logging.WARNING, logger="framing.scale"):  # a key every object holds as null
        score(write_jsonl(tmp_path / "in.jsonl", [dict(doc, publisher=None) for doc in corpus(2)]),
              tmp_path / "o2", model=tiny, keep_columns=["publisher"], progress=False)
    assert "publisher were null in every scored record" in caplog.text


def test_keep_columns_none_is_none_and_names_must_be_text(tiny, tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", corpus(1))
    score(path, tmp_path / "o", model=tiny, keep_columns=None, progress=False)
    with pytest.raises(TypeError, match="column names \\(str\\), got int 3"):
        score(path, tmp_path / "o2", model=tiny, keep_columns=["pub", 3], progress=False)


def test_nan_like_contexts_from_pandas_mean_no_context(tiny):
    import numpy as np
    import pandas as pd

    sentences = ["The bank raised rates.", "Critics said it was wrong.", "Rain fell.", "Prices rose."]
    got = tiny.predict_proba(sentences, [pd.NA, np.float32("nan"), None, float("nan")])
    assert (got == tiny.predict_proba(sentences)).all()


def test_bad_keep_columns_are_usage_errors_naming_the_option(tmp_path, capsys):
    path = write_jsonl(tmp_path / "in.jsonl", corpus(1))
    for value, message in (("a,,b", "an empty column name"), ("label", "cannot keep ['label']")):
        assert main(["score", str(path), "--out", str(tmp_path / "o"), "--keep-columns", value]) == 2
        assert f"--keep-columns: {message}" in capsys.readouterr().err


def test_an_id_with_an_unpaired_surrogate_is_a_reject(tiny, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a\\ud800", "text": "Prices rose."}\n{"id": "b", "text": "Prices fell."}\n',
                    encoding="utf-8")
    out = tmp_path / "out"
    score(path, out, model=tiny, level="document", progress=False)
    assert [r["doc_id"] for r in read_rows(out)] == ["b"]
    assert "'id' holds an unpaired surrogate" in _rejects(out)[0]["reason"]


def test_the_empty_kept_column_warning_judges_whole_runs_only(tiny, tmp_path, caplog):
    import logging

    rows = [dict(doc, publisher="pub") for doc in corpus(2)] + [{"id": "bad", "text": None}] + corpus(1, seed=3)
    rows[-1]["id"] = "late"
    path = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out"
    with pytest.raises(DataError, match="stopped: 2 documents are committed"):  # stops after the first chunk
        score(path, out, model=tiny, keep_columns=["publisher"], chunk_docs=2, strict=True, progress=False)
    with caplog.at_level(logging.WARNING, logger="framing.scale"):  # the rest lacks the column; the output does not
        score(path, out, model=tiny, keep_columns=["publisher"], chunk_docs=2, resume=True, progress=False)
    assert "were null in every scored record" not in caplog.text
    assert [r["publisher"] for r in read_rows(out) if r["doc_id"] != "late"] and \
        {r["publisher"] for r in read_rows(out) if r["doc_id"] != "late"} == {"pub"}


@pytest.mark.parametrize("name, sep", [("in.csv", ","), ("in.tsv", "\t")])
def test_csv_and_tsv_records_are_counted_as_they_are_read_for_the_bar_and_the_commit_lines(tmp_path, name, sep):
    """A nightly CSV export had no total on the bar nor in the log, so no time left: its records are now counted
    as the reader splits them, a field over several lines one record, a short row and an unclosed quote too."""
    from framing.scale.readers import Countable

    path = tmp_path / name
    path.write_text(sep.join(["id", "outlet", "text"]) + "\n"
                    + sep.join(["a1", "Velmar Post", '"The ferry ran late.\n\nIts captain said so."']) + "\n"
                    + sep.join(["a2", "Tenby Courier"]) + "\n"
                    + sep.join(["a3", "Orrin Daily", "Fares rose."]) + "\n"
                    + sep.join(["a4", "Orrin Daily", '"The quote never closes.']) + "\n", encoding="utf-8")
    reader = open_input(path)
    assert isinstance(reader, Countable) and reader.total is None
    assert reader.count_records() == len(list(reader.records())) == 4


def test_jsonl_records_are_counted_in_the_background_for_the_progress_bar(tmp_path):
    import time

    from framing.scale.scoring import _count_in_background

    path = tmp_path / "in.jsonl"
    path.write_text('{"text": "a b"}\n\n{"text": "c d"}\n   \n{"text": "e f"}\n', encoding="utf-8")
    reader = open_input(path)
    assert reader.total is None and reader.count_records() == 3
    counted: list[int] = []
    _count_in_background(reader, counted)
    deadline = time.monotonic() + 10
    while not counted and time.monotonic() < deadline:
        time.sleep(0.01)
    assert counted == [3]


def test_the_bar_says_the_model_loads_then_draws_the_counted_total_before_the_first_block_ends(
        tiny_dir, tmp_path, monkeypatch, capsys):
    import time

    import framing.scale.scoring as scoring
    real_rows = scoring.block_rows

    def slow_rows(*args, **kwargs):  # a block that takes a while, as on a CPU
        time.sleep(0.5)
        return real_rows(*args, **kwargs)

    monkeypatch.setattr(scoring, "block_rows", slow_rows)
    monkeypatch.setattr(scoring, "_REDRAW_SECONDS", 0.01)
    path = write_jsonl(tmp_path / "in.jsonl", corpus(3) + [{"id": "bad", "text": None}])
    summary = score(path, tmp_path / "out", model=tiny_dir, progress=True, chunk_docs=2)
    err = capsys.readouterr().err
    assert err.startswith("loading the model ...\r\033[K"), err[:80]
    draws = [draw.strip() for draw in err.split("\r")]
    # the JSON Lines' 4 records (the bar counts records, a reject too; the summary documents) while the first
    # block of 2 is scored
    assert any(" 0/4 [" in draw and "record/s" in draw for draw in draws), draws
    assert " 4/4 [" in draws[-1] and summary.documents == 3


def test_an_output_inside_the_input_folder_is_refused_before_anything_is_written(tiny, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Prices rose on Monday.", encoding="utf-8")
    for out in (folder / "scores", folder):
        with pytest.raises(InputError, match=r"is inside the input folder .*choose a folder outside it"):
            score(folder, out, model=tiny, progress=False)
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt"]
    assert score(folder, tmp_path / "scores", model=tiny, progress=False).documents == 1


@pytest.mark.parametrize("options,named", [({"text_column": "body"}, "text column 'body'"),
                                           ({"id_column": "doc"}, "id column 'doc'")])
def test_a_text_folder_refuses_column_options_it_would_ignore(tmp_path, options, named):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Prices rose on Monday.", encoding="utf-8")
    with pytest.raises(DataError, match=f"a folder of .txt files has no columns .*drop the {named}"):
        open_input(folder, **options)


def test_an_output_through_a_link_inside_the_input_folder_is_refused(tiny, tmp_path):
    """The manifest goes beside --out as written: a link inside the input folder would put it there."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Prices rose on Monday.", encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    (folder / "scores").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(InputError, match="is inside the input folder"):
        score(folder, folder / "scores", model=tiny, progress=False)
    # a path that only passes through the folder by name ("articles/../scores") is outside it
    assert score(folder, folder / ".." / "scores", model=tiny, progress=False).documents == 1


def test_the_python_api_refuses_ray_options_for_the_local_engine(tiny, tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", corpus(2))
    with pytest.raises(InputError, match="workers and gpus_per_worker are for engine='ray'"):
        score(path, tmp_path / "out", model=tiny, workers=4, gpus_per_worker=1, progress=False)
    with pytest.raises(InputError, match="workers is for engine='ray'"):
        score(path, tmp_path / "out", model=tiny, workers=4, progress=False)
    assert not (tmp_path / "out").exists()


def test_the_python_api_refuses_resume_with_overwrite(tiny, tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", corpus(2))
    score(path, tmp_path / "out", model=tiny, progress=False)
    before = sorted(p.name for p in (tmp_path / "out").iterdir())
    with pytest.raises(InputError, match="resume and overwrite exclude each other"):
        score(path, tmp_path / "out", model=tiny, resume=True, overwrite=True, progress=False)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == before
