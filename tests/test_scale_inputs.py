"""Corpus scoring inputs and resume checks: CSV field counts, JSON Lines ids and text fields, JSON arrays,
corrupt gzip, all-rejected runs, precision on resume, and the pandas helper's checks."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest
import torch

import framing
from framing.cli import main
from framing.scale import open_input, read_manifest, rejects_path, score, score_dataframe

from test_score import _fail_on_call, corpus, one_thread, read_rows, write_jsonl  # noqa: F401 (autouse fixture)


def _records(path: Path, start: dict | None = None) -> list[tuple]:
    return [(r.position, r.doc_id, r.text, r.reason) for r in open_input(path).records(start)]


def _rejects(out: Path) -> list[dict]:
    return [json.loads(line) for line in rejects_path(out).read_text(encoding="utf-8").splitlines()]


# -- precision on resume --------------------------------------------------------------

def test_manifest_records_the_precision_that_ran(tiny_dir, tmp_path):
    path = write_jsonl(tmp_path / "docs.jsonl", corpus(5))
    score(path, tmp_path / "auto", model=tiny_dir, progress=False)
    assert read_manifest(tmp_path / "auto")["settings"]["precision"] == "fp32"  # "auto" on CPU
    score(path, tmp_path / "int8", model=tiny_dir, precision="int8", progress=False)
    assert read_manifest(tmp_path / "int8")["settings"]["precision"] == "int8"


def test_resume_refuses_another_precision(tiny_dir, tmp_path, monkeypatch, capsys):
    path = write_jsonl(tmp_path / "docs.jsonl", corpus(30))
    out = tmp_path / "out"
    command = ["score", str(path), "--out", str(out), "--model", str(tiny_dir), "--chunk-docs", "10", "--quiet",
               "--precision", "fp32"]
    _fail_on_call(monkeypatch, "_write_part", 3, partial=False)  # interrupted after two committed parts
    assert main(command) == 1
    monkeypatch.undo()
    capsys.readouterr()
    assert len(read_manifest(out)["parts"]) == 2

    assert main(command[:-1] + ["int8", "--resume"]) == 1
    err = capsys.readouterr().err
    assert "cannot resume" in err and "precision: then 'fp32', now 'int8'" in err
    assert len(read_manifest(out)["parts"]) == 2 and not read_manifest(out)["complete"]

    assert main(command[:-1] + ["auto", "--resume"]) == 0  # auto runs fp32 on CPU: the same precision
    manifest = read_manifest(out)
    assert manifest["complete"] and manifest["settings"]["precision"] == "fp32"
    assert manifest["progress"]["documents"] == 30


def test_ray_auto_precision_on_cuda_is_asked_of_a_worker_placed_like_an_actor(monkeypatch):
    from framing.scale.scoring import _ray_precision

    placed = []

    class FakeRay:
        """Runs the remote function here, recording how it was placed."""

        @staticmethod
        def remote(**options):
            placed.append(options)
            return lambda fn: type("Remote", (), {"remote": staticmethod(fn)})

        @staticmethod
        def get(value):
            return value

    monkeypatch.setattr("framing.ray.ensure_ray", lambda: FakeRay)
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda: False)
    assert _ray_precision("auto", "cuda", 0.5) == "fp16"
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda: True)
    assert _ray_precision("auto", "cuda", 1) == "bf16"
    assert placed == [{"num_cpus": 1, "num_gpus": 0.5}, {"num_cpus": 1, "num_gpus": 1}]
    assert _ray_precision("auto", "cpu", 0) == "fp32"
    assert _ray_precision("fp16", "cuda", 1) == "fp16"
    assert len(placed) == 2  # no worker asked when the answer is known


# -- CSV ------------------------------------------------------------------------------

def test_csv_rows_with_another_field_count_are_rejected(tiny, tmp_path):
    path = tmp_path / "news.csv"
    path.write_text("id,text,source\n"
                    "1,Prices rose 3.5 percent in March.,AP\n"
                    "2,Critics said, it was overdue,Reuters\n"
                    "3,The council met on Monday.\n"
                    "4,Officials denied the report.,AFP\n", encoding="utf-8")
    out = tmp_path / "out"
    summary = score(path, out, model=tiny, level="document", progress=False)
    assert [r["doc_id"] for r in read_rows(out)] == ["1", "4"]
    assert summary.documents == 2 and summary.rejects == 2
    assert [(r["id"], r["where"], r["reason"]) for r in _rejects(out)] == [
        ("2", "line 3", "has 4 fields but the header has 3"),
        ("3", "line 4", "has 2 fields but the header has 3"),
    ]


STRAY_QUOTE_ROWS = ["id,text", "d01,Prices rose.", 'd02,"The council voted. It was rushed.',
                    "d03,The school board met.", 'd04,"It said ""no"" twice."', '"d05","Two lines,\nin one field."',
                    "d06,Officials denied the report."]


@pytest.mark.parametrize("close_later", [True, False])
def test_a_stray_csv_quote_rejects_its_row_and_merges_no_other(tiny, tmp_path, close_later):
    rows = STRAY_QUOTE_ROWS if close_later else [r for r in STRAY_QUOTE_ROWS if '"' not in r or "d02" in r]
    path = tmp_path / "strayquote.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    summary = score(path, out, model=tiny, level="document", progress=False)
    scored = [r["doc_id"] for r in read_rows(out)]
    assert scored == (["d01", "d03", "d04", "d05", "d06"] if close_later else ["d01", "d03", "d06"])
    assert summary.documents + summary.rejects == len(rows) - 1 and summary.rejects == 1
    (reject,) = _rejects(out)
    assert (reject["id"], reject["record"], reject["where"]) == ("d02", 1, "line 3")  # its id comes before the quote
    if close_later:  # the next quote, on line 5, cannot close the stray one
        assert reject["reason"].startswith("malformed CSV (',' expected after '\"', on line 5)")
    else:
        assert reject["reason"].startswith("the quote opened on line 3 is never closed")
    every = list(open_input(path).records())
    assert [(r.position, r.where) for r in every][-2:] == [(len(every) - 2, "line 6" if close_later else "line 4"),
                                                          (len(every) - 1, "line 8" if close_later else "line 5")]
    assert _records(path, every[1].cursor) == _records(path)[2:]  # a resume past the rejected row


def test_a_stray_quote_in_the_csv_header_names_the_line(tmp_path):
    path = tmp_path / "head.csv"
    path.write_text('id,"text\n1,Prices rose.\n', encoding="utf-8")
    with pytest.raises(framing.DataError, match=r"head\.csv: malformed CSV header: line 1: the quote opened on "
                                                r"line 1 is never closed"):
        open_input(path)


# -- JSON Lines ids -------------------------------------------------------------------

def test_jsonl_ids_are_read_per_record(tmp_path):
    path = tmp_path / "ids.jsonl"
    path.write_text("\n".join(json.dumps(row) for row in [
        {"text": "No id here."},
        {"id": "a1", "text": "First a1."},
        {"id": 7, "text": "An integer id."},
        {"id": "a1", "text": "Second a1."},
        {"id": {"x": 1}, "text": "A dict id."},
        {"id": ["a"], "text": "A list id."},
        {"id": True, "text": "A bool id."},
        {"id": 1.5, "text": "A float id."},
        {"id": None, "text": "A null id."},
        {"id": "", "text": "An empty id."},
        {"id": "b2", "text": "Last."},
    ]) + "\n", encoding="utf-8")
    assert _records(path) == [
        (0, None, None, "no 'id' field, though other records have one (give every record an id, or none)"),
        (1, "a1", "First a1.", None),
        (2, "7", "An integer id.", None),
        (3, "a1", None, "duplicate id 'a1': an earlier record has it (the first one is kept)"),
        (4, '{"x": 1}', None, "'id' is dict, expected a string or an integer"),
        (5, '["a"]', None, "'id' is list, expected a string or an integer"),
        (6, "true", None, "'id' is bool, expected a string or an integer"),
        (7, "1.5", None, "'id' is float, expected a string or an integer"),
        (8, None, None, "'id' is null, expected a string or an integer"),
        (9, None, None, "'id' is empty"),
        (10, "b2", "Last.", None),
    ]


def test_jsonl_ids_written_as_whole_floats_are_integers_as_in_parquet(tiny, tmp_path):
    import pandas as pd

    frame = pd.DataFrame({"id": [11, None, 13, 14], "text": ["The council met.", "Rain fell.", "Prices rose.",
                                                              "Prices fell."]})
    path = tmp_path / "ids.jsonl"
    frame.to_json(path, orient="records", lines=True)  # the null makes the column floats: {"id":11.0,...}
    path.write_text(path.read_text(encoding="utf-8").replace('"id":14.0', '"id":14.5'), encoding="utf-8")
    assert '"id":11.0' in path.read_text(encoding="utf-8")
    out = tmp_path / "out"
    score(path, out, model=tiny, level="document", progress=False)
    assert [r["doc_id"] for r in read_rows(out)] == ["11", "13"]
    assert [(r["id"], r["reason"]) for r in _rejects(out)] == [
        (None, "'id' is null, expected a string or an integer"),
        ("14.5", "'id' is float, expected a string or an integer")]
    frame.loc[3, "id"] = 14.5  # Parquet reads the same ids, and names a rejected one the same way
    frame.to_parquet(tmp_path / "ids.parquet")
    assert [(r.doc_id, r.reason) for r in open_input(tmp_path / "ids.parquet").records()][2:] == [
        ("13", None), ("14.5", "'id' is float, expected a string or an integer")]


def test_jsonl_duplicate_ids_are_found_across_a_resume(tiny, tmp_path):
    rows = corpus(12, seed=5)
    rows[9]["id"] = rows[2]["id"]
    path = write_jsonl(tmp_path / "dup.jsonl", rows)
    every = list(open_input(path).records())
    assert every[9].reason == f"duplicate id {rows[2]['id']!r}: an earlier record has it (the first one is kept)"
    for skip in (1, 3, 9):
        assert _records(path, every[skip - 1].cursor) == _records(path)[skip:]

    out = tmp_path / "out"
    summary = score(path, out, model=tiny, level="document", progress=False)
    ids = [r["doc_id"] for r in read_rows(out)]
    assert ids == [r["id"] for k, r in enumerate(rows) if k != 9] and len(set(ids)) == len(ids)
    assert summary.rejects == 1 and _rejects(out)[0]["record"] == 9


def test_csv_empty_and_repeated_ids_are_rejected_also_across_a_resume(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text("id,text\n"
                    "a1,Prices rose.\n"
                    ",The council met.\n"
                    "b2,Officials denied it.\n"
                    "a1,Shares fell.\n"
                    "c3,Rain is due.\n", encoding="utf-8")
    every = list(open_input(path).records())
    assert [(r.doc_id, r.reason) for r in every] == [
        ("a1", None), (None, "'id' is empty"), ("b2", None),
        ("a1", "duplicate id 'a1': an earlier record has it (the first one is kept)"), ("c3", None)]
    for skip in (1, 3, 4):  # a resumed read still knows the ids before its start
        assert _records(path, every[skip - 1].cursor) == _records(path)[skip:]


def test_a_csv_row_that_cannot_be_read_keeps_its_id_when_it_comes_before_any_quote(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text("id,text\n"
                    "1,Prices rose.\n"
                    '3,"Police said so."  \n'  # spaces after the closing quote
                    '"4","Quoted id, then a stray "quote"."\n'  # the id is quoted: not read past a quote
                    '17,"The mayor resigned on Friday.\n', encoding="utf-8")  # never closed
    assert [(r.doc_id, r.reason is None) for r in open_input(path).records()] == [
        ("1", True), ("3", False), (None, False), ("17", False)]
    path.write_text('text,id\n"Police said so."  ,3\n', encoding="utf-8")  # the id after the broken field
    assert [r.doc_id for r in open_input(path).records()] == [None]
    path.write_text('text\nFine.\n"Police said so."  \n', encoding="utf-8")  # ids are record numbers
    assert [r.doc_id for r in open_input(path).records()] == ["0", "1"]


def test_blank_text_and_an_empty_or_blank_txt_file_are_named_so(tmp_path):
    path = write_jsonl(tmp_path / "news.jsonl", [{"id": "a", "text": ""}, {"id": "b", "text": " \n\t"}])
    assert [r.reason for r in open_input(path).records()] == ["'text' is empty", "'text' is blank (only whitespace)"]
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"")
    (folder / "b.txt").write_text("  \n\n ", encoding="utf-8")
    (folder / "c.txt").write_text("...", encoding="utf-8")
    assert [(r.doc_id, r.reason) for r in open_input(folder).records()] == [
        ("a.txt", "the file is empty"), ("b.txt", "the file is blank (only whitespace)"),
        ("c.txt", "the file has no letters or digits (only marks, spaces or invisible characters)")]


def test_a_txt_folder_is_read_in_the_encoding_given_and_a_file_it_does_not_fit_is_a_reject_naming_it(tmp_path):
    # an archive of OCR'd back issues saved by an old Windows tool: curly quotes and accents as single bytes
    folder = tmp_path / "issues"
    folder.mkdir()
    (folder / "1931-04.txt").write_bytes("\u201cNo toll,\u201d the caf\u00e9 owner said.".encode("cp1252"))
    (folder / "1931-05.txt").write_bytes("The caf\u00e9 reopened, the owner said.".encode("utf-8"))
    (folder / "1931-06.txt").write_bytes(b"The quay \x81 flooded, wardens said.")  # no Windows-1252 character
    (folder / "1931-07.txt").write_bytes("Wardens said the quay flooded.".encode("utf-16"))
    (folder / "1931-08.txt").write_bytes(b"The ferry was late.")
    records = [(r.doc_id, r.text, r.reason) for r in open_input(folder, encoding="Windows-1252").records()]
    assert records == [
        ("1931-04.txt", "\u201cNo toll,\u201d the caf\u00e9 owner said.", None),
        ("1931-05.txt", None, "is UTF-8 ('\u00e9' is '\u00c3\u00a9' in cp1252), which read as cp1252 would be garbled; "
                              "read it as UTF-8: drop encoding (--encoding)"),
        ("1931-06.txt", None, "not valid cp1252, the encoding given, at byte offset 9 (byte 0x81); the file may be in "
                              "another"),
        ("1931-07.txt", None, "is UTF-16, not cp1252; read it with encoding=utf-16 (--encoding utf-16)"),
        ("1931-08.txt", "The ferry was late.", None)]
    # UTF-16 given: its byte-order mark is dropped, as UTF-8's is by default
    wide = {r.doc_id: r.text for r in open_input(folder, encoding="utf-16").records()}
    assert wide["1931-07.txt"] == "Wardens said the quay flooded."
    assert "UTF-8" in [r.reason for r in open_input(folder).records()][0]  # by default, as before
    with pytest.raises(framing.InputError, match=r"encoding='cp-1252x': not a text encoding Python knows"):
        open_input(folder, encoding="cp-1252x")
    table = write_jsonl(tmp_path / "issues.jsonl", corpus(2))
    with pytest.raises(framing.InputError, match=r"encoding=cp1252 applies to a folder of \.txt files only"):
        open_input(table, encoding="cp1252")


def test_a_txt_folder_scored_in_another_encoding_records_it_and_is_read_back_in_it(tiny_dir, tmp_path):
    folder = tmp_path / "issues"
    folder.mkdir()
    text = "\u201cNo toll,\u201d the caf\u00e9 owner said. The mayor denied it."
    (folder / "1931-04.txt").write_bytes(text.encode("cp1252"))
    score(folder, tmp_path / "out", model=tiny_dir, encoding="windows-1252")
    assert read_manifest(tmp_path / "out")["settings"]["encoding"] == "cp1252"
    assert [doc.text for doc in framing.scale.scored_documents(tmp_path / "out")] == [text]
    with pytest.raises(framing.DataError, match=r"settings differ \(encoding: then 'cp1252', now 'utf-8'"):
        score(folder, tmp_path / "out", model=tiny_dir, resume=True)


def test_a_text_of_digits_alone_is_rejected_in_csv_as_in_json_lines(tmp_path):
    """A CSV cell holds a number as text, where JSON Lines rejects a number: digits and marks alone are no article
    in either (a word count column given as the text column), and a text with a letter beside its digits is one."""
    path = tmp_path / "news.csv"
    path.write_text('id,text\na,12345\nb,"2024-05-01, 14:00"\nc,Fares rose 5% in 2024.\n', encoding="utf-8")
    assert [r.reason for r in open_input(path).records()] == [
        "'text' has no letters ('12345': a number or code, not a text)",
        "'text' has no letters ('2024-05-01, 14:00': a number or code, not a text)", None]
    lines = write_jsonl(tmp_path / "news.jsonl", [{"id": "a", "text": 12345}, {"id": "b", "text": "12345"}])
    assert [r.reason for r in open_input(lines).records()] == [
        "'text' is int, expected a string", "'text' has no letters ('12345': a number or code, not a text)"]
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("2024\n", encoding="utf-8")
    assert [r.reason for r in open_input(folder).records()] == [
        "the file has no letters ('2024': a number or code, not a text)"]


def test_parquet_null_and_repeated_ids_are_rejected_also_across_a_resume(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "news.parquet"
    ids = ["x", None, "1", "x", "2", "1", " "]
    pq.write_table(pa.table({"id": ids, "text": [f"Sentence {k}." for k in range(7)]}), path, row_group_size=2)
    repeat = "duplicate id {!r}: an earlier record has it (the first one is kept)"
    every = list(open_input(path).records())
    assert [(r.doc_id, r.reason) for r in every] == [
        ("x", None), (None, "'id' is null"), ("1", None), ("x", repeat.format("x")), ("2", None),
        ("1", repeat.format("1")), (None, "'id' is empty")]
    for skip in range(1, 7):  # resuming skips whole row groups, yet repeats are still found
        assert _records(path, every[skip - 1].cursor) == _records(path)[skip:]


def test_saved_dataset_repeated_id_is_rejected(tmp_path):
    import datasets

    folder = tmp_path / "ds"
    datasets.Dataset.from_dict({"id": ["a", "b", "a"], "text": ["One.", "Two.", "Three."]}).save_to_disk(folder)
    every = list(open_input(folder).records())
    assert [r.reason for r in every] == [
        None, None, "duplicate id 'a': an earlier record has it (the first one is kept)"]
    assert _records(folder, every[1].cursor) == _records(folder)[2:]


def test_jsonl_without_ids_numbers_the_records(tmp_path):
    path = write_jsonl(tmp_path / "plain.jsonl", [{"text": "One."}, {"text": "Two.", "source": "AP"}])
    assert _records(path) == [(0, "0", "One.", None), (1, "1", "Two.", None)]
    every = list(open_input(path).records())
    assert _records(path, every[0].cursor) == [(1, "1", "Two.", None)]


def test_jsonl_ids_that_are_all_null_number_the_records(tmp_path):
    path = write_jsonl(tmp_path / "nulls.jsonl", [{"id": None, "text": "One."}, {"id": None, "text": "Two."}])
    assert _records(path) == [(0, "0", "One.", None), (1, "1", "Two.", None)]


def test_a_requested_jsonl_id_field_is_read_per_record(tmp_path):
    path = write_jsonl(tmp_path / "url.jsonl", [{"text": "One."}, {"url": "u2", "text": "Two."}])
    reader = open_input(path, id_column="url")
    assert reader.id_column == "url"
    assert [(r.doc_id, r.reason) for r in reader.records()] == [
        (None, "no 'url' field, though other records have one (give every record an id, or none)"),
        ("u2", None),
    ]


# -- JSON Lines text field, arrays, all rejected --------------------------------------

def test_a_first_jsonl_record_without_text_is_a_reject(tiny, tmp_path):
    path = write_jsonl(tmp_path / "first.jsonl", [{"id": "x", "body": "Wrong field."}] + corpus(3))
    out = tmp_path / "out"
    summary = score(path, out, model=tiny, level="document", progress=False)
    assert summary.documents == 3 and [r["doc_id"] for r in read_rows(out)] == ["doc0", "doc1", "doc2"]
    assert _rejects(out) == [{"id": "x", "record": 0, "where": "line 1", "reason": "no 'text' field"}]


@pytest.mark.parametrize("indent", [2, None])  # over many lines, or all on one
def test_a_json_array_is_refused_up_front(tiny_dir, tmp_path, capsys, indent):
    path = tmp_path / "array.jsonl"
    path.write_text(json.dumps(corpus(3), indent=indent), encoding="utf-8")
    with pytest.raises(framing.DataError, match="holds a JSON array; JSON Lines"):
        open_input(path)
    assert main(["score", str(path), "--out", str(tmp_path / "out"), "--model", str(tiny_dir), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "array.jsonl: holds a JSON array; JSON Lines (one object per line) expected" in err
    assert "Traceback" not in err and not (tmp_path / "out").exists()


def test_a_run_that_scores_nothing_fails_naming_the_rejects_file(tiny_dir, tmp_path, capsys):
    path = tmp_path / "nulls.jsonl"
    path.write_text('{"id": "a", "text": null}\n{"id": "b", "text": ""}\n', encoding="utf-8")
    out = tmp_path / "out"
    command = ["score", str(path), "--out", str(out), "--model", str(tiny_dir), "--quiet"]
    assert main(command) == 1
    err = capsys.readouterr().err
    assert f"all 2 records were rejected and none scored; the reasons are in {rejects_path(out)}" in err
    assert [r["id"] for r in _rejects(out)] == ["a", "b"]
    assert main(command + ["--resume"]) == 1  # the complete output still scored nothing
    assert "none scored" in capsys.readouterr().err
    # the input fixed, the same command runs again: an output with nothing scored is not protected
    path.write_text('{"id": "a", "text": "It rained."}\n{"id": "b", "text": "Shops shut."}\n', encoding="utf-8")
    assert main(command) == 0
    assert "2 documents" in capsys.readouterr().out
    assert read_manifest(out)["progress"]["documents"] == 2 and not rejects_path(out).exists()
    assert main(command) == 1  # now it holds scores, which a rerun does not replace unasked
    assert "holds the complete output" in capsys.readouterr().err


def test_a_run_whose_every_record_is_rejected_does_not_load_the_model(tiny_dir, tmp_path, capsys, monkeypatch):
    """Nothing to score needs no model (seconds, memory); the outputs are those of a run that loaded it."""
    import framing.analyze

    loads = []
    real_load = framing.analyze.load
    monkeypatch.setattr(framing.analyze, "load", lambda *a, **k: loads.append(a) or real_load(*a, **k))
    path = tmp_path / "rejects.csv"
    path.write_text("id,text,title\na,,Ferry fares\nb,4812,Port deal\nc, ,Lost\n", encoding="utf-8")
    out = tmp_path / "out"
    command = ["score", str(path), "--out", str(out), "--model", str(tiny_dir), "--quiet", "--headline-column",
               "title", "--keep-columns", "title"]
    assert main(command) == 1
    assert loads == []
    assert f"all 3 records were rejected and none scored; the reasons are in {rejects_path(out)}" in \
        capsys.readouterr().err
    assert [r["id"] for r in _rejects(out)] == ["a", "b", "c"] and read_rows(out) == []
    manifest = read_manifest(out)
    assert manifest["complete"] and manifest["progress"]["records"] == 3 and manifest["progress"]["rejects"] == 3
    path.write_text("id,text,title\na,,Ferry fares\nb,Shops shut.,Port deal\n", encoding="utf-8")
    assert main(command) == 0 and len(loads) == 1  # one record to score: the model loads
    assert [r["doc_id"] for r in read_rows(out)] == ["b", "b"]


# -- gzip -----------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["bad.jsonl.gz", "bad.csv.gz"])
def test_a_corrupt_gzip_input_gives_a_one_line_error(name, tiny_dir, tmp_path, capsys):
    path = tmp_path / name
    path.write_bytes(b"garbage\n")
    assert main(["score", str(path), "--out", str(tmp_path / "o9"), "--model", str(tiny_dir), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err.strip().splitlines() == [f"framing score: error: {path}: cannot read the gzip data "
                                        "(Not a gzipped file (b'ga')); the file is corrupt or truncated"]


def test_a_truncated_gzip_input_gives_a_one_line_error(tiny_dir, tmp_path, capsys):
    path = tmp_path / "cut.jsonl.gz"
    data = gzip.compress("".join(json.dumps(row) + "\n" for row in corpus(200)).encode())
    path.write_bytes(data[:len(data) // 2])
    assert main(["score", str(path), "--out", str(tmp_path / "out"), "--model", str(tiny_dir), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert f"{path}: cannot read the gzip data (Compressed file ended" in err and "truncated" in err


# -- pandas helper --------------------------------------------------------------------

def test_score_dataframe_checks_column_clashes_before_scoring(tiny, monkeypatch):
    import pandas as pd

    def never(*args, **kwargs):
        raise AssertionError("scored before the column check")

    monkeypatch.setattr(tiny, "analyze_many", never)
    df = pd.DataFrame({"text": ["Prices rose.", "Officials denied the report."], "chars": [12, 28]})
    with pytest.raises(framing.DataError, match=r"df already has columns \['chars'\]"):
        score_dataframe(df, model=tiny, level="document")


def test_score_dataframe_null_text_hint_fits_pandas(tiny):
    import pandas as pd

    df = pd.DataFrame({"body": ["Prices rose.", float("nan")]})
    with pytest.raises(framing.DataError) as info:
        score_dataframe(df, text_column="body", model=tiny)
    message = str(info.value)
    assert message.startswith("row 1: 'body' is null (NaN)")
    assert "df.dropna(subset=['body'])" in message and "ds.filter" not in message


def test_score_dataframe_reads_ids_as_the_corpus_readers_do(tiny):
    import numpy as np
    import pandas as pd

    df = pd.DataFrame({"id": [1, 3], "text": ["Prices rose.", "Officials denied it."]})
    df["id"] = df["id"].astype(float)  # a column of whole numbers with a gap reads as floats
    assert score_dataframe(df, id_column="id", model=tiny, level="sentence")["doc_id"].unique().tolist() == ["1", "3"]
    gap = pd.DataFrame({"id": [1, np.nan, 3], "text": ["Prices rose.", "It rained.", "Officials denied it."]})
    with pytest.raises(framing.DataError, match=r"^row 1: 'id' is null; give every row an id"):
        score_dataframe(gap, id_column="id", model=tiny, level="sentence")


def test_score_dataframe_rows_saved_to_parquet_as_the_docs_advise_read_back_as_they_were(tiny, tmp_path):
    """docs/scoring.md: keep nested="json" to save rows to Parquet (nested="objects" reads back changed)."""
    import pandas as pd

    df = pd.DataFrame({"text": ["The council said the pier was unsafe. It denied any delay.", "Rates fell."]})
    for level in ("sentence", "document"):
        rows = score_dataframe(df, model=tiny, level=level)
        rows.to_parquet(tmp_path / f"{level}.parquet")
        pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / f"{level}.parquet"), rows)


@pytest.mark.parametrize("column, values, message", [
    ("text", ["Prices rose.", None], r"^row 1 \(index 106\): 'text' is null"),
    ("id", [7, None], r"^row 1 \(index 106\): 'id' is null"),
    ("title", ["Prices", 3], r"^row 1 \(index 106\): 'title' is int, expected a string"),
])
def test_score_dataframe_names_a_bad_row_by_position_and_index_label_as_train_does(tiny, column, values, message):
    import pandas as pd

    df = pd.DataFrame({"text": ["Prices rose.", "Rates fell."], "id": [7, 8], "title": ["Prices", "Rates"]},
                      index=[105, 106]).assign(**{column: values})
    with pytest.raises(framing.DataError, match=message):  # nothing is scored: the rows are checked first
        score_dataframe(df, id_column="id", headline_column="title", model=tiny)


def test_score_dataframe_names_only_the_bad_row_when_it_finds_one(tiny):
    import pandas as pd

    named = []

    class Label:  # an index label that notes when a message writes it
        def __init__(self, n):
            self.n = n

        def __repr__(self):
            named.append(self.n)
            return f"L{self.n}"

    df = pd.DataFrame({"text": ["Prices rose.", None, "Rates fell."]}, index=[Label(n) for n in range(3)])
    with pytest.raises(framing.DataError, match=r"^row 1 \(index L1\): 'text' is null"):
        score_dataframe(df, model=tiny)
    assert named == [1]  # no row's name is written up front


def test_score_dataframe_names_pandas_na_as_null(tiny):
    import pandas as pd

    df = pd.DataFrame({"body": pd.array(["Prices rose.", pd.NA], dtype="string")})
    with pytest.raises(framing.DataError, match=r"^row 1: 'body' is null \(NAType\)"):
        score_dataframe(df, text_column="body", model=tiny)


@pytest.mark.parametrize("level", ["document", "sentence"])
def test_score_dataframe_of_no_rows_gives_the_columns_of_its_level(tiny, level):
    import pandas as pd

    from framing.scale.scoring import output_schema

    scored = score_dataframe(pd.DataFrame({"body": []}), text_column="body", model=tiny, level=level)
    names = output_schema(level, tiny.labels).names
    expected = ["body"] + [c for c in names if c != "doc_id"] if level == "document" else list(names)
    assert len(scored) == 0 and list(scored.columns) == expected


def test_an_unclosed_quote_early_in_a_long_csv_costs_bounded_memory(tiny, tmp_path, monkeypatch):
    monkeypatch.setattr(framing.textio, "MAX_RECORD_LINES", 10)
    rows = ["id,text", 'd00,"An open quote never closed.'] + [
        f"d{i:02d},Prices rose {i} percent." for i in range(1, 31)]
    path = tmp_path / "open.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    summary = score(path, out, model=tiny, level="document", progress=False)
    assert summary.documents == 30 and summary.rejects == 1
    reject = json.loads(rejects_path(out).read_text(encoding="utf-8"))
    assert reject["where"] == "line 2" and "quote opened on line 2 is not closed within 10 lines" in reject["reason"]
    assert "longer than framing reads from a CSV cell" in reject["reason"] and "JSON Lines" in reject["reason"]


# -- datasets helper and output schema ---------------------------------------------------

@pytest.mark.parametrize("kwargs,error,message", [
    ({"model": 5}, TypeError, r"^model must be a folder path, None or an Analyzer, got int$"),
    ({"model": ""}, framing.InputError, r"^model is empty; give a model folder$"),
    ({"device": "mps"}, framing.InputError, r"^device must be 'cpu', 'cuda', 'cuda:N' or None, got 'mps'$"),
    ({"text_column": 5}, TypeError, r"^text_column must be a column name \(str\), got int 5$"),
])
def test_dataset_labeler_checks_its_arguments_when_made(kwargs, error, message):
    from framing.scale import DatasetLabeler

    with pytest.raises(error, match=message):
        DatasetLabeler(**kwargs)


@pytest.mark.parametrize("change,message", [
    (lambda config: config.update(temperature=0),
     r"config\.json: temperature must be a number from 0\.01 to 100, got 0"),
    (lambda config: config.update(labels=[*config["labels"], "satire"]),
     r"weights\.safetensors: the sentence head's output has shape \(4,\), but config\.json lists 5 labels"),
], ids=["temperature 0", "an extra label"])
def test_dataset_labeler_checks_the_model_config_when_made(tiny_dir, tmp_path, change, message):
    import shutil

    import pandas as pd

    from framing.scale import DatasetLabeler

    folder = tmp_path / "model"
    shutil.copytree(tiny_dir, folder)
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    change(config)
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")
    with pytest.raises(framing.ModelError, match=message):
        DatasetLabeler(folder)
    with pytest.raises(framing.ModelError, match=message):  # score_dataframe runs the same check
        score_dataframe(pd.DataFrame({"text": ["The ferry left at noon."]}), model=folder)


def test_dataset_labeler_accepts_the_bundled_and_a_custom_label_model_when_made(tmp_path):
    from conftest import make_tiny
    from framing.scale import DatasetLabeler

    DatasetLabeler()
    DatasetLabeler(make_tiny(tmp_path / "binary", labels=("calm", "alarm")), level="sentence")


def test_dataset_labeler_takes_level_as_score_dataframe_does_and_mode_with_a_warning(tiny):
    import warnings

    from framing.scale import DatasetLabeler

    batch = {"text": ["The ferry left at noon.", "Critics called the fare rise a scandal."]}
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # level= warns of nothing
        by_level = DatasetLabeler(tiny, level="sentence")(batch)
        assert sorted(DatasetLabeler(tiny)(batch)) == sorted(DatasetLabeler(tiny, level="document")(batch))
    assert sorted(by_level) == ["label"] + [f"score_{label}" for label in sorted(tiny.labels)]
    with pytest.warns(FutureWarning, match=r"^DatasetLabeler's mode= is now level=, as in score_dataframe and "
                                           r"framing\.score; mode= will be removed$"):
        by_mode = DatasetLabeler(tiny, mode="sentence")
    assert by_mode(batch) == by_level
    with pytest.raises(framing.InputError, match=r"^give level='sentence' alone: mode='document' is its former name$"):
        DatasetLabeler(tiny, level="sentence", mode="document")
    with pytest.raises(framing.InputError, match=r"^level must be 'document' or 'sentence', got 'paragraph'$"):
        DatasetLabeler(tiny, level="paragraph")


def test_dataset_labeler_refuses_a_row_at_a_time_rather_than_read_its_text_by_character(tiny):
    from datasets import Dataset

    from framing.scale import DatasetLabeler

    with pytest.raises(framing.DataError, match=r"column 'text' holds one row's value.*map\(labeler, batched=True\)"):
        Dataset.from_dict({"text": ["Prices rose. Rates fell."]}).map(DatasetLabeler(tiny))


@pytest.mark.parametrize("args,error,message", [
    (("sentence", "abc"), TypeError, r"^labels must be a list of names, got a single str"),
    (("sentence", 3), TypeError, r"^labels must be a list of names, got int$"),
    (("para", ["a", "b"]), framing.InputError, r"^level must be 'sentence' or 'document', got 'para'$"),
    (("sentence", ["a", "a"]), framing.InputError, r"^labels names a label twice: \['a', 'a'\]$"),
    (("document", ["a", "b"], ["url", "url"]), framing.InputError, r"^keep_columns names a column twice"),
    (("document", ["a", "b"], 5), TypeError, r"^keep_columns must be a list of names, got int$"),
    (("document", ["a", "b"], ["share_a"]), framing.InputError, r"^cannot keep \['share_a'\]"),
])
def test_output_schema_checks_the_level_labels_and_kept_columns(args, error, message):
    from framing.scale import output_schema

    with pytest.raises(error, match=message):
        output_schema(*args)


def test_output_schema_names_each_label_s_columns_then_the_kept_ones():
    from framing.scale import output_schema

    names = output_schema("document", ("a", "b"), ["url"]).names
    assert names[3:7] == ["count_a", "count_b", "share_a", "share_b"] and names[-1] == "url"


# -- TSV, other separators, other compressions -----------------------------------------

def test_tsv_is_read_as_framing_train_reads_it(tiny, tmp_path):
    path = tmp_path / "in.tsv"
    path.write_text('id\ttext\nk1\tThe council met.\nk2\t"Too late," the mayor said.\n'
                    'k3\t"A ""quoted""\ttab"\nk4\tone\ttoo many\n', encoding="utf-8")
    assert _records(path) == [
        (0, "k1", "The council met.", None),
        (1, "k2", '"Too late," the mayor said.', None),
        (2, "k3", 'A "quoted"\ttab', None),
        (3, "k4", None, "has 3 fields but the header has 2"),
    ]
    with gzip.open(tmp_path / "in.tsv.gz", "wt", encoding="utf-8") as handle:
        handle.write(path.read_text(encoding="utf-8"))
    out = tmp_path / "out"
    score(tmp_path / "in.tsv.gz", out, model=tiny, level="document", progress=False)
    assert [r["doc_id"] for r in read_rows(out)] == ["k1", "k2", "k3"]
    assert read_manifest(out)["input"]["kind"] == "tsv"


def test_an_excel_csv_saved_with_semicolons_is_read_at_its_semicolons(tmp_path, caplog):
    """Excel in a comma-decimal locale saves "CSV" with semicolons (and a byte-order mark): such a file was refused,
    "save it comma-separated", which Excel there does not offer; now it is read at its semicolons, with a warning
    naming its columns, a quoted body over lines and holding semicolons kept whole."""
    import logging

    path = tmp_path / "export.csv"
    path.write_bytes('id;outlet;text\r\nk1;Bay Herald;"Rain fell; the ferry stopped.\r\n\r\nIt sailed again."\r\n'
                     'k2;Vale Post;Prices rose.\r\n'.encode("utf-8-sig"))
    with caplog.at_level(logging.WARNING, logger="framing.scale"):
        reader = open_input(path, keep_columns=("outlet",))
    assert any("header reads as semicolon-separated ('id', 'outlet', 'text')" in m for m in caplog.messages)
    records = list(reader.records())
    assert [(r.doc_id, r.text, r.extra, r.reason) for r in records] == [
        ("k1", "Rain fell; the ferry stopped.\r\n\r\nIt sailed again.", {"outlet": "Bay Herald"}, None),
        ("k2", "Prices rose.", {"outlet": "Vale Post"}, None)]
    assert reader.count_records() == 2


def test_a_header_of_another_separator_is_named(tmp_path):
    from framing.errors import DataError

    cases = {"semi.csv": ("id;body\nk1;Rain fell.\n", "looks semicolon-separated, but a .csv file is read "
                                                       "comma-separated; save it comma-separated (.csv) or tab"),
             "tabs.csv": ("id\ttext\nk1\tRain fell.\n", "looks tab-separated, but a .csv file is read "
                                                           "comma-separated; name it .tsv"),
             "commas.tsv": ("id,text\nk1,Rain fell.\n", "looks comma-separated, but a .tsv file is read "
                                                         "tab-separated; name it .csv")}
    for name, (content, message) in cases.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
        with pytest.raises(DataError, match=re.escape(message)):
            open_input(tmp_path / name)
    (tmp_path / "one.csv").write_text("body\nRain fell; then it stopped.\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"no text column 'text'; the columns are \['body'\]"):
        open_input(tmp_path / "one.csv")


@pytest.mark.parametrize("suffix, tool, command", [(".bz2", "bzip2", "bunzip2 -k"), (".xz", "xz", "unxz -k"),
                                                   (".zst", "zstd", "unzstd"), (".lz4", "lz4", "lz4 -d")])
def test_other_compressions_are_named_with_the_command_that_decompresses(suffix, tool, command, tmp_path):
    from framing.errors import InputError

    path = tmp_path / f"in.jsonl{suffix}"
    path.write_bytes(b"\0" * 16)
    with pytest.raises(InputError, match=re.escape(f"compressed with {tool}, which framing does not read; "
                                                   f"decompress it first ({command} {path}")) as caught:
        open_input(path)
    assert f"writes {tmp_path / 'in.jsonl'}" in str(caught.value) and ".jsonl.gz is read" in str(caught.value)


def test_score_dataframe_gives_nested_columns_as_objects_on_request(tiny):
    import pandas as pd

    from framing.scale.scoring import JSON_COLUMNS

    df = pd.DataFrame({"body": ["Mayor Ilse Brandt said the quay would reopen. Gulls circled.",
                                "The Harbour Board denied the claim."]}, index=[7, 9])
    as_json = score_dataframe(df, text_column="body", model=tiny)
    as_objects = score_dataframe(df, text_column="body", model=tiny, nested="objects")
    profiles = [doc.profile for doc in tiny.analyze_many(df["body"].tolist())]
    for name in ("sources", "credits", "denials", "loaded_phrases", "unsourced_sentences"):
        assert as_objects[name].tolist() == [profile[name] for profile in profiles]
        assert as_objects[name].tolist() == [json.loads(value) for value in as_json[name]]
    flat = [name for name in as_json.columns if name not in JSON_COLUMNS]
    assert as_objects[flat].equals(as_json[flat])
    rows = score_dataframe(df, text_column="body", model=tiny, level="sentence", nested="objects")
    assert rows["spans"].tolist() == [[span.to_dict() for span in s.spans]
                                      for doc in tiny.analyze_many(df["body"].tolist()) for s in doc.sentences]
    with pytest.raises(framing.InputError, match="nested must be 'json' or 'objects', got 'dicts'"):
        score_dataframe(df, text_column="body", model=tiny, nested="dicts")


def test_score_dataframe_loads_a_folder_with_the_options_load_takes(tiny_dir, tiny, monkeypatch):
    import pandas as pd

    import framing.analyze

    loaded = []
    real_load = framing.analyze.load
    monkeypatch.setattr(framing.analyze, "load", lambda *a, **k: loaded.append(k) or real_load(*a, **k))
    df = pd.DataFrame({"text": ["The ferry left at dawn."]})
    score_dataframe(df, model=tiny_dir, device="cpu", precision="fp32", batch_tokens=300)
    assert loaded == [{"device": "cpu", "precision": "fp32", "batch_tokens": 300}]
    for option in ({"precision": "fp32"}, {"batch_tokens": 300}):
        with pytest.raises(framing.InputError, match="cannot apply to a loaded Analyzer"):
            score_dataframe(df, model=tiny, **option)
    with pytest.raises(framing.InputError, match="precision"):
        score_dataframe(df, model=tiny_dir, precision="fp8")


def test_score_dataframe_shows_progress_only_when_asked_counting_rows_not_parts(tiny, monkeypatch):
    import pandas as pd

    import framing.progress

    asked = []
    real = framing.progress.progress_bar

    def recording(enabled, desc, unit, total=None, leave=True):
        bar = real(enabled, desc, unit, total=total, leave=leave)
        asked.append([enabled, unit, total, bar])
        return bar

    monkeypatch.setattr(framing.progress, "progress_bar", recording)
    df = pd.DataFrame({"text": ["The ferry left at dawn.", "The tide turned."], "title": ["Ferry sails", "Tide"]})
    score_dataframe(df, model=tiny)
    score_dataframe(df, model=tiny, progress=True, headline_column="title")
    assert [(enabled, unit, total) for enabled, unit, total, _ in asked] == [(False, "doc", 2), (True, "doc", 2)]
    assert asked[1][3].n == 2  # two rows, though four texts (two headlines, two bodies) were analysed
    with pytest.raises(TypeError, match="progress"):
        score_dataframe(df, model=tiny, progress="yes")


def test_a_reader_tells_that_no_record_follows_a_cursor_only_where_it_is_sure(tmp_path):
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text('{"id": "a", "text": "Prices rose."}\n\n{"id": "b", "text": "Rates fell."}\n \n',
                     encoding="utf-8")
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.txt").write_text("Prices rose.", encoding="utf-8")
    csv_path = tmp_path / "in.csv"
    csv_path.write_text("id,text\na,Prices rose.\nb,Rates fell.\n", encoding="utf-8")
    for path, sure in ((jsonl, True), (folder, True), (csv_path, False)):
        reader = open_input(path)
        first, last = [record.cursor for record in reader.records()]
        assert not reader.ends_at(None) and not reader.ends_at(first), path
        assert reader.ends_at(last) == sure, path
    end = list(open_input(jsonl).records())[-1].cursor
    with jsonl.open("a", encoding="utf-8") as handle:  # a record appended after the blank lines
        handle.write('{"id": "c", "text": "Oil rose."}\n')
    assert not open_input(jsonl).ends_at(end)


def test_a_column_named_but_for_its_case_is_pointed_at(tmp_path):
    """A CMS export's header says "Body" and "Outlet": --text-column body was refused with the columns listed and
    nothing more; the message now names the column meant, as it names no column for a name far from all."""
    from framing.errors import DataError

    path = tmp_path / "cms.csv"
    path.write_text("ID,Body,Outlet\nk1,Rain fell.,Velmar Post\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"no text column 'body' \(names are matched exactly: did you mean 'Body'\?\)"):
        open_input(path, text_column="body")
    with pytest.raises(DataError, match=r"no column 'outlet' to keep \(names are matched exactly: did you mean "
                                        r"'Outlet'\?\)"):
        open_input(path, text_column="Body", keep_columns=["outlet"])
    with pytest.raises(DataError, match=r"no text column 'text'; the columns are"):
        open_input(path)


def test_score_dataframe_warns_of_markup_foreign_text_and_repeats_naming_the_row_and_id(tiny, caplog):
    """As framing score warns of its records: an HTML row, a row not in English and a copy, once each."""
    import pandas as pd

    df = pd.DataFrame({"id": ["a1", "a2", "a3", "a4"],
                       "text": ["The ferry left at noon.",
                                "<p>The council <b>approved</b> the budget.</p>\n<p>It said so on Monday.</p>",
                                "El concejo municipal debatirá el informe el martes. La empresa negó cualquier "
                                "irregularidad.",
                                "The ferry left at noon."]}, index=[10, 11, 12, 13])
    with caplog.at_level("WARNING", logger="framing.scale.helpers"):
        score_dataframe(df, id_column="id", model=tiny, level="sentence")
    messages = [r.getMessage() for r in caplog.records if r.name == "framing.scale.helpers"]
    assert any("1 of 4 documents holds HTML tags" in m and "row 1 (index 11), id 'a2'" in m for m in messages)
    assert any("does not look like English" in m and "row 2 (index 12), id 'a3'" in m for m in messages)
    assert any("repeats an earlier document's text" in m and "row 3 (index 13), id 'a4', the text of row 0" in m
               and "df.drop_duplicates(subset=['text'])" in m for m in messages)
    assert len(messages) == 3


def test_score_dataframe_warns_of_repeated_ids_at_document_level_and_not_of_plain_rows(tiny, caplog):
    import pandas as pd

    clean = pd.DataFrame({"id": ["c1", "c2"], "text": ["The ferry left at noon.", "Officials denied the report."]})
    repeated = pd.DataFrame({"id": ["c1", "c2", "c2"], "text": ["The ferry left at noon.",
                                                                "Officials denied the report.",
                                                                "Officials denied the whole report."]})
    with caplog.at_level("WARNING", logger="framing.scale.helpers"):
        score_dataframe(clean, id_column="id", model=tiny)
        assert not caplog.records  # the guard: clean rows are warned of nothing
        scored = score_dataframe(repeated, id_column="id", model=tiny)
    assert len(scored) == 3  # both copies are still scored, as before
    [message] = [r.getMessage() for r in caplog.records]
    assert message.startswith("1 of 3 rows repeats an earlier row's 'id' (the first is row 2, 'c2' as in row 1)")
    caplog.clear()
    with caplog.at_level("WARNING", logger="framing.scale.helpers"):
        score_dataframe(pd.concat([repeated, repeated]), id_column="id", model=tiny)
    assert caplog.records[0].getMessage().startswith("4 of 6 rows repeat an earlier row's 'id' (the first is row 2")
    assert "df.drop_duplicates(subset=['id'], keep='last')" in message


def test_score_dataframe_keeps_columns_in_sentence_rows_with_their_dtypes(tiny):
    """keep_columns, as framing score's: sentence rows carry their document's outlet, for a groupby without a merge."""
    import pandas as pd

    df = pd.DataFrame({"id": ["v1", "v2"], "outlet": ["Velmar Post", "Orsk Daily"], "year": [2025, 2026],
                       "text": ["The ferry left at noon. It sank.", "Officials denied the report."]},
                      index=[40, 41])
    rows = score_dataframe(df, id_column="id", model=tiny, level="sentence", keep_columns=["outlet", "year"])
    assert list(rows.columns[-2:]) == ["outlet", "year"] and rows.index.tolist() == [0, 1, 2]
    assert rows["outlet"].tolist() == ["Velmar Post", "Velmar Post", "Orsk Daily"]
    assert rows["year"].tolist() == [2025, 2025, 2026] and rows["year"].dtype == df["year"].dtype
    assert rows.groupby("outlet")["label"].size().to_dict() == {"Orsk Daily": 1, "Velmar Post": 2}
    # document rows keep every column already: the names are only checked
    assert score_dataframe(df, model=tiny, keep_columns=["outlet"]).columns.tolist() == \
        score_dataframe(df, model=tiny).columns.tolist()


@pytest.mark.parametrize("keep, error, message", [
    (["desk"], framing.DataError, r"no kept column 'desk'; the columns are \['id', 'outlet', 'text'\]"),
    (["text"], framing.InputError, r"cannot keep \['text'\]: the output already has such columns"),
    ("outlet", TypeError, r"not one string"),
])
def test_score_dataframe_refuses_kept_columns_it_cannot_keep_before_scoring(tiny, monkeypatch, keep, error, message):
    import pandas as pd

    def never(*args, **kwargs):
        raise AssertionError("scored before the columns were checked")

    monkeypatch.setattr(tiny, "analyze_many", never)
    df = pd.DataFrame({"id": ["v1"], "outlet": ["Velmar Post"], "text": ["The ferry left at noon."]})
    with pytest.raises(error, match=message):
        score_dataframe(df, id_column="id", model=tiny, level="sentence", keep_columns=keep)


def test_score_dataframe_says_how_many_rows_are_bad_beside_the_first(tiny):
    """An export with several empty texts: the first is named, and the count tells whether one filter is enough."""
    import pandas as pd

    df = pd.DataFrame({"text": ["Prices rose.", None, "", "Rates fell.", float("nan")]})
    with pytest.raises(framing.DataError, match=r"^row 1: 'text' is null \(NaN\) \(the first of 3 such rows\); "):
        score_dataframe(df, model=tiny)
    with pytest.raises(framing.DataError, match=r"^row 1 \(index 2\): 'text' is empty; fix"):  # one bad row: no count
        score_dataframe(df.iloc[[0, 2, 3]], model=tiny)


def test_score_dataframe_sets_bad_rows_aside_in_rejects_and_scores_the_others(tiny, caplog):
    """A frame with a null text, a number and a lone surrogate: with rejects=[] the good rows are scored and each
    bad one is listed with its position, index label, id and reason, as framing score's rejects file lists them."""
    import pandas as pd

    df = pd.DataFrame({"id": ["a1", "a2", "a3", "a4", "a5"],
                       "text": ["The ferry left at noon.", None, 17, "Rates fell \ud800 today.", "Prices rose."]},
                      index=[10, 11, 12, 13, 14])
    rejects: list = []
    scored = score_dataframe(df, id_column="id", model=tiny, rejects=rejects)
    assert scored.index.tolist() == [10, 14] and scored["id"].tolist() == ["a1", "a5"]
    assert [(r["id"], r["record"], r["index"], r["where"]) for r in rejects] == [
        ("a2", 1, 11, "row 1 (index 11)"), ("a3", 2, 12, "row 2 (index 12)"), ("a4", 3, 13, "row 3 (index 13)")]
    assert "null" in rejects[0]["reason"] and "int" in rejects[1]["reason"] and "surrogate" in rejects[2]["reason"]
    assert "3 of 5 rows were set aside, not scored, and listed in rejects; the first: row 1 (index 11)" in caplog.text
    sentences = score_dataframe(df, id_column="id", model=tiny, level="sentence", rejects=[])
    assert set(sentences["doc_id"]) == {"a1", "a5"}
    with pytest.raises(framing.DataError, match=r"^row 1 \(index 11\): 'text' is null"):  # without rejects: raises
        score_dataframe(df, id_column="id", model=tiny)
    with pytest.raises(TypeError, match="rejects must be a list"):
        score_dataframe(df, model=tiny, rejects=())


def test_score_dataframe_with_rejects_names_later_rows_by_their_place_in_the_frame_given(tiny, caplog):
    """A null text set aside, and a repeated text after it still named by its place in the frame given."""
    import pandas as pd

    df = pd.DataFrame({"text": [None, "Rates fell at noon.", "Rates fell at noon."]})
    rejects: list = []
    scored = score_dataframe(df, model=tiny, rejects=rejects)
    assert scored.index.tolist() == [1, 2] and [(r["id"], r["record"]) for r in rejects] == [("0", 0)]
    assert "(the first is row 2, the text of row 1)" in caplog.text


def test_rows_frame_types_document_and_sentence_rows_as_score_dataframe_does(tiny):
    """Rows built from analysed documents come out with score_dataframe's dtypes (float32 shares and scores), a
    merged meta column kept as pandas infers it; pandas.DataFrame(rows) alone gives float64."""
    import pandas as pd

    from framing.scale import document_row, rows_frame, sentence_rows

    texts = ["The ferry left at noon. Critics called the delay a disgrace.", "Rates fell on Monday."]
    df = pd.DataFrame({"text": texts})
    docs = list(tiny.analyze_many(texts))
    labels = tiny.labels
    documents = rows_frame([document_row(str(k), d, labels) | {"outlet": "Velmar Post"} for k, d in enumerate(docs)],
                           labels)
    expected = score_dataframe(df, model=tiny).drop(columns=["text"])
    shared = [c for c in expected.columns if c != "doc_id"]
    assert documents[shared].dtypes.to_dict() == expected[shared].dtypes.to_dict()
    assert documents["outlet"].tolist() == ["Velmar Post"] * 2
    sentences = rows_frame([row for k, d in enumerate(docs) for row in sentence_rows(str(k), d, labels)], labels,
                           level="sentence")
    expected = score_dataframe(df, model=tiny, level="sentence")
    assert sentences.dtypes.to_dict() == expected.dtypes.to_dict()
    assert rows_frame([], labels, level="sentence").columns.tolist() == expected.columns.tolist()
    with pytest.raises(TypeError, match="labels must be the model's label names"):
        rows_frame([], "reported_fact")


def test_score_dataframe_sentence_rows_with_rejects_set_a_repeated_id_aside_and_keep_the_first(tiny, caplog):
    """Sentence rows are told apart by doc_id: without rejects a repeated id raises; with rejects=[] the later row
    is set aside as framing score rejects a duplicate, and the first is scored."""
    import pandas as pd

    df = pd.DataFrame({"id": ["k1", "k2", "k1"], "text": ["The ferry left at noon.", "Rates fell.", "Prices rose."]},
                      index=[5, 6, 7])
    with pytest.raises(framing.DataError, match="id repeats 'k1'"):
        score_dataframe(df, id_column="id", model=tiny, level="sentence")
    rejects: list = []
    rows = score_dataframe(df, id_column="id", model=tiny, level="sentence", rejects=rejects)
    assert rows["doc_id"].tolist() == ["k1", "k2"]
    assert rows["text"].tolist() == ["The ferry left at noon.", "Rates fell."]
    assert [(r["id"], r["record"], r["where"]) for r in rejects] == [("k1", 2, "row 2 (index 7)")]
    assert rejects[0]["reason"] == "duplicate id 'k1': row 0 (index 5) has it (the first one is kept)"
    documents = score_dataframe(df, id_column="id", model=tiny, rejects=[])  # document rows keep both, as before
    assert documents.index.tolist() == [5, 6, 7]
