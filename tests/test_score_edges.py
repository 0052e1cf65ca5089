"""Corpus scoring at the edges: odd file names and file types, empty parts, resume memory, messages."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from framing.errors import InputError, IntegrityError, MissingDataError, ModelError
from framing.scale import read_manifest, rejects_path, score
from framing.scale.readers import open_input
from framing.scale.writer import manifest_path
from framing.workers import WorkerError

from test_score import write_jsonl


def _rejects(out: Path) -> list[dict]:
    path = rejects_path(out)
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def _doc_ids(out: Path) -> list[str]:
    manifest = read_manifest(out)
    ids: list[str] = []
    for part in manifest["parts"]:
        ids.extend(pq.read_table(out / part["file"], columns=["doc_id"]).column("doc_id").to_pylist())
    return ids


def test_a_file_name_that_is_not_utf8_is_rejected_by_name_and_the_rest_scored(tiny, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text("Prices rose.", encoding="utf-8")
    with open(bytes(folder) + b"/caf\xe9.txt", "w", encoding="utf-8") as handle:
        handle.write("The mayor said it was fine.")
    summary = score(folder, tmp_path / "out", model=tiny, progress=False)
    assert summary.documents == 1 and _doc_ids(tmp_path / "out") == ["ok.txt"]
    [reject] = _rejects(tmp_path / "out")
    assert reject["id"] == "caf\\xe9.txt" and "file name is not valid UTF-8 (byte 0xe9)" in reject["reason"]

    single = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9.jsonl"))
    single.write_text('{"text": "Prices rose."}\n', encoding="utf-8")
    assert score(single, tmp_path / "out2", model=tiny, progress=False).documents == 1
    assert read_manifest(tmp_path / "out2")["input"]["path"].endswith("caf\\xe9.jsonl")


def test_a_broken_link_in_a_text_folder_is_rejected_and_the_rest_scored(tiny, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Prices rose.", encoding="utf-8")
    (folder / "b.txt").symlink_to(tmp_path / "nonexistent")
    summary = score(folder, tmp_path / "out", model=tiny, progress=False)
    assert summary.documents == 1 and _doc_ids(tmp_path / "out") == ["a.txt"]
    [reject] = _rejects(tmp_path / "out")
    assert reject["id"] == "b.txt" and reject["reason"].startswith("cannot read (No such file")


def test_a_chunk_of_rejects_only_leaves_an_output_datasets_can_load(tiny, tmp_path):
    import datasets
    import pyarrow.dataset as pads

    rows = [{"id": "a", "text": None}, {"id": "b", "text": ""}, {"id": "c", "text": "Prices rose."},
            {"id": "d", "text": "Officials denied the report."}]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    score(source, tmp_path / "out", model=tiny, progress=False, chunk_docs=2)
    assert [part["rows"] for part in read_manifest(tmp_path / "out")["parts"]] == [0, 2]
    loaded = datasets.load_dataset("parquet", data_dir=str(tmp_path / "out"), split="train",
                                   cache_dir=str(tmp_path / "cache"))
    assert loaded["doc_id"] == ["c", "d"]

    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    score(tmp_path / "empty.jsonl", tmp_path / "none", model=tiny, progress=False)
    [part] = (tmp_path / "none").glob("part-*.parquet")
    assert pq.ParquetFile(part).metadata.num_row_groups == 0
    assert pads.dataset(tmp_path / "none").to_table().column_names[0] == "doc_id"


def test_resuming_parquet_reads_the_skipped_row_groups_a_batch_at_a_time(tmp_path, monkeypatch):
    import pyarrow as pa

    from framing.scale import readers

    ids = [f"d{k}" for k in range(10)]
    ids[8] = "d1"  # a repeat of a record in a skipped row group
    path = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": ids, "text": [f"Sentence {k}." for k in range(10)]}), path, row_group_size=3)
    reader = open_input(path)
    sizes: list[int] = []
    iter_batches = pq.ParquetFile.iter_batches

    def spy(self, *args, **kwargs):
        for batch in iter_batches(self, *args, **kwargs):
            sizes.append(batch.num_rows)
            yield batch

    def whole(*args, **kwargs):
        raise AssertionError("read the skipped row groups whole")

    monkeypatch.setattr(readers, "_ARROW_BATCH", 2)
    monkeypatch.setattr(pq.ParquetFile, "iter_batches", spy)
    monkeypatch.setattr(pq.ParquetFile, "read_row_groups", whole)
    records = list(reader.records({"record": 7}))
    assert [r.position for r in records] == [7, 8, 9] and max(sizes) <= 2
    assert "duplicate id 'd1'" in records[1].reason


def test_a_text_folder_follows_linked_folders_once_and_names_what_it_does_not_read(tmp_path, caplog):
    folder, elsewhere = tmp_path / "in", tmp_path / "elsewhere"
    (folder / ".git").mkdir(parents=True)
    elsewhere.mkdir()
    (folder / "a.txt").write_text("Prices rose.", encoding="utf-8")
    (folder / "notes.md").write_text("# notes", encoding="utf-8")
    (folder / ".DS_Store").write_bytes(b"\0")
    (folder / ".git" / "x.txt").write_text("not a document", encoding="utf-8")
    (elsewhere / "c.txt").write_text("Officials denied the report.", encoding="utf-8")
    (folder / "sub").symlink_to(elsewhere, target_is_directory=True)
    (elsewhere / "loop").symlink_to(folder, target_is_directory=True)  # a cycle back to the top
    with caplog.at_level("WARNING", logger="framing.scale.readers"):
        reader = open_input(folder)
    assert [r.doc_id for r in reader.records()] == ["a.txt", "sub/c.txt"]
    messages = [r.getMessage() for r in caplog.records]
    [message] = [m for m in messages if "not read" in m]
    assert "4 entries not read" in message and "e.g. .DS_Store, .git/, notes.md" in message
    [outside] = [m for m in messages if "outside the folder" in m]  # sub/ leads out of it
    assert "1 .txt file lies outside the folder, reached through links" in outside
    assert f"e.g. sub/c.txt -> {elsewhere.resolve() / 'c.txt'}" in outside


def test_a_text_folder_warns_once_of_files_that_links_lead_out_of_it_and_reads_them(tmp_path, caplog):
    folder, elsewhere = tmp_path / "in", tmp_path / "elsewhere"
    (folder / "sub").mkdir(parents=True)
    (elsewhere / "far").mkdir(parents=True)
    (folder / "a.txt").write_text("Prices rose.", encoding="utf-8")
    (folder / "sub" / "b.txt").write_text("Rates fell.", encoding="utf-8")
    (elsewhere / "c.txt").write_text("Officials denied the report.", encoding="utf-8")
    (elsewhere / "far" / "d.txt").write_text("Critics said so.", encoding="utf-8")
    (folder / "again.txt").symlink_to(folder / "sub" / "b.txt")  # a link inside the folder is no news
    with caplog.at_level("WARNING", logger="framing.scale.readers"):
        open_input(folder)
    assert caplog.records == []
    (folder / "c.txt").symlink_to(elsewhere / "c.txt")
    (folder / "sub" / "far").symlink_to(elsewhere / "far", target_is_directory=True)
    with caplog.at_level("WARNING", logger="framing.scale.readers"):
        reader = open_input(folder)
    assert [r.doc_id for r in reader.records()] == ["a.txt", "again.txt", "c.txt", "sub/b.txt", "sub/far/d.txt"]
    [message] = [r.getMessage() for r in caplog.records]
    assert message == (f"{folder}: 2 .txt files lie outside the folder, reached through links, and are read as part "
                       f"of it, e.g. c.txt -> {elsewhere.resolve() / 'c.txt'}")


def test_a_text_folder_names_utf16_and_binary_files_in_their_rejects(tmp_path):
    import gzip

    folder = tmp_path / "in"
    folder.mkdir()
    text = "The mayor said it was fine."
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "b.txt").write_bytes(text.encode("utf-16-le"))  # no byte-order mark: valid UTF-8 as it stands
    (folder / "c.txt").write_bytes(text.encode("utf-16"))
    (folder / "d.txt").write_bytes(text.encode("utf-16-be"))
    (folder / "e.txt").write_bytes(gzip.compress(text.encode()))
    reasons = {r.doc_id: r.reason for r in open_input(folder).records()}
    assert reasons["a.txt"] is None
    assert reasons["b.txt"].startswith("looks like UTF-16 without a byte-order mark") and "UTF-16LE" in reasons["b.txt"]
    assert reasons["c.txt"].startswith("encoded as UTF-16, expected UTF-8; convert it first, e.g. iconv -f UTF-16")
    assert "iconv -f UTF-16BE" in reasons["d.txt"]
    # converted in place: a copy beside it in the folder would be scored as well
    c = folder / "c.txt"
    assert reasons["c.txt"].endswith(f"{c} > {c}.tmp && mv {c}.tmp {c}")
    assert reasons["e.txt"].startswith("not a text file; it is gzip-compressed")


@pytest.mark.parametrize("objects", [1, 2])
def test_pretty_printed_json_is_refused_up_front(tiny_dir, tmp_path, objects, capsys):
    from framing.cli import main

    path = tmp_path / "in.json"
    path.write_text("\n".join(json.dumps({"id": f"a{k}", "text": "Prices rose."}, indent=2)
                              for k in range(objects)) + "\n", encoding="utf-8")
    assert main(["score", str(path), "--out", str(tmp_path / "out"), "--model", str(tiny_dir)]) == 1
    err = capsys.readouterr().err
    assert "holds pretty-printed JSON" in err and "jq -c . FILE > FILE.jsonl" in err
    assert not (tmp_path / "out").exists() and read_manifest(tmp_path / "out") is None


def test_a_broken_first_json_line_is_still_a_reject_of_its_own(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "text": "Prices\n{"id": "b", "text": "Prices rose."}\n', encoding="utf-8")
    assert [r.doc_id for r in open_input(path).records()] == ["a", "b"]  # named by the id before the break


def test_a_windows_1252_csv_is_refused_up_front_and_a_stray_byte_rejects_its_row(tmp_path):
    from framing import DataError

    path = tmp_path / "excel.csv"
    path.write_bytes("id,text\na,The mayor\u2019s plan \u2014 \u201cfine\u201d.\nb,Prices rose.\nc,It\u2019s late.\n"
                     .encode("cp1252"))
    with pytest.raises(DataError, match=r"looks like Windows-1252 \(cp1252\) text, not UTF-8: 2 lines hold bytes "
                                        r"such as 0x92 .*iconv -f cp1252 -t UTF-8 \S*excel.csv > \S*excel-utf8.csv"):
        open_input(path)
    gz = tmp_path / "excel.csv.gz"
    gz.write_bytes(gzip.compress(path.read_bytes()))
    with pytest.raises(DataError, match=r"zcat \S*excel.csv.gz \| iconv -f cp1252 -t UTF-8 \| gzip > "
                                        r"\S*excel-utf8.csv.gz"):
        open_input(gz)
    path.write_bytes(b"id,text\na,Caf\xe9 owners said prices rose.\nb,Prices rose.\nc,Officials said so.\n")
    assert [r.reason is None for r in open_input(path).records()] == [False, True, True]
    path.write_bytes("id,text\na,Caf\u00e9 owners said prices rose.\nb,Prices \x92rose.\nc,It\x92s.\n"
                     .encode("utf-8", "surrogateescape").replace(b"\xc2\x92", b"\x92"))
    assert [r.reason is None for r in open_input(path).records()] == [True, False, False]  # UTF-8 elsewhere


def test_windows_1252_json_lines_are_refused_up_front_and_single_rejects_name_the_conversion(tmp_path):
    from framing import DataError

    path = tmp_path / "feed.jsonl"
    lines = [{"id": "a", "text": "The mayor\u2019s plan."}, {"id": "b", "text": "A \u201csham\u201d, she said."}]
    path.write_bytes("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines).encode("cp1252"))
    with pytest.raises(DataError, match=r"feed.jsonl: looks like Windows-1252 \(cp1252\) text.*"
                                        r"iconv -f cp1252 -t UTF-8 \S*feed.jsonl > \S*feed-utf8.jsonl"):
        open_input(path)
    # two stray lines among many ASCII ones (JSON written with escapes) reject only themselves
    escaped = "".join(json.dumps({"id": f"e{k}", "text": "Caf\u00e9 owners said so."}) + "\n" for k in range(60))
    path.write_bytes(escaped.encode() + "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines)
                     .encode("cp1252"))
    assert [r.reason is None for r in open_input(path).records()] == [True] * 60 + [False, False]
    # one such line is rejected alone, its reason naming the likely encoding and the command
    path.write_bytes(json.dumps(lines[0], ensure_ascii=False).encode("cp1252") + b"\n"
                     + json.dumps({"id": "b", "text": "Prices rose."}).encode() + b"\n")
    reasons = [r.reason for r in open_input(path).records()]
    assert reasons[1] is None and "byte 0x92" in reasons[0]
    assert "looks like Windows-1252 or Latin-1" in reasons[0] and "feed-utf8.jsonl" in reasons[0]
    # nor does a stray byte in a file that holds UTF-8 elsewhere: converting it would garble the rest
    path.write_bytes("{\"id\": \"a\", \"text\": \"Caf\u00e9 owners.\"}\n".encode()
                     + json.dumps(lines[0], ensure_ascii=False).encode("cp1252") + b"\n")
    assert [r.reason for r in open_input(path).records()][0] is None
    assert "looks like Windows-1252" not in [r.reason for r in open_input(path).records()][1]
    # a Windows-1252 file with old Mac line ends (CR only) is refused up front too
    mac = tmp_path / "mac.csv"
    mac.write_bytes(b"id,text\r" + b"".join(b"%d,The aide\x92s plan failed.\r" % k for k in range(4)))
    with pytest.raises(DataError, match="mac.csv: looks like Windows-1252"):
        open_input(mac)
    # a stray byte in text that is otherwise UTF-8 gets no such guess
    path.write_bytes("{\"id\": \"a\", \"text\": \"Caf\u00e9 \x92 owners.\"}\n".encode("utf-8", "surrogateescape")
                     .replace(b"\xc2\x92", b"\x92"))
    (reason,) = [r.reason for r in open_input(path).records()]
    assert "byte 0x92" in reason and "looks like Windows-1252" not in reason and "iconv" not in reason
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "a.txt").write_bytes("The mayor\u2019s plan.".encode("cp1252"))
    (reason,) = [r.reason for r in open_input(folder).records()]
    # converted in place: a copy beside it in the folder would be scored as well
    a = folder / "a.txt"
    assert "looks like Windows-1252 or Latin-1" in reason and f"{a} > {a}.tmp && mv {a}.tmp {a}" in reason


@pytest.mark.parametrize("kind", ["csv", "jsonl"])
def test_an_id_column_under_another_name_is_named_with_the_option_to_use_it(kind, tmp_path, caplog):
    import logging

    rows = [{"ID": "001", "text": "The bill passed."}, {"ID": "002", "text": "Rain fell."}]
    path = tmp_path / f"in.{kind}"
    if kind == "csv":
        path.write_text("ID,text\n001,The bill passed.\n002,Rain fell.\n", encoding="utf-8")
    else:
        write_jsonl(path, rows)
    with caplog.at_level(logging.INFO, logger="framing.scale"):
        reader = open_input(path)
    assert reader.id_column is None
    warned = [r for r in caplog.records if r.levelno == logging.WARNING]
    why = "no 'id' column" if kind == "csv" else "no record carries an 'id'"
    assert len(warned) == 1 and warned[0].message == (  # the setting as Python names it, not the option too
        f"{path}: {why}, so record numbers (from 0) are the document ids; to use the column 'ID', pass id_column='ID'")
    assert [r.doc_id for r in open_input(path, id_column="ID").records()] == ["001", "002"]
    for spelling in ("id ", "Document ID", "article-id", "Doc_Id"):  # spaces, hyphens, underscores, case
        if kind == "csv":
            path.write_text(f"{spelling},text\n1,The bill passed.\n", encoding="utf-8")
        else:
            write_jsonl(path, [{spelling: "1", "text": "The bill passed."}])
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="framing.scale"):
            open_input(path)
        assert f"to use the column {spelling!r}, pass id_column={spelling!r}" in caplog.text, spelling
        assert "--id-column" not in caplog.text
    caplog.clear()
    if kind == "csv":
        path.write_text("text,note\nThe bill passed.,x\n", encoding="utf-8")
    else:
        write_jsonl(path, [{"text": "The bill passed.", "note": "x"}])
    with caplog.at_level(logging.INFO, logger="framing.scale"):
        open_input(path)
    assert "record numbers (from 0) are the document ids" in caplog.text
    assert not [r for r in caplog.records if r.levelno == logging.WARNING]


def test_through_the_command_line_a_warning_names_the_option_alone(tiny_dir, tmp_path, caplog, capsys):
    import logging

    from framing.cli import main

    path = tmp_path / "in.csv"
    path.write_text("Document ID,text\n001,The bill passed.\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="framing.scale"):
        assert main(["score", str(path), "--out", str(tmp_path / "out"), "--model", str(tiny_dir), "--quiet"]) == 0
    assert [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING] == [
        f"{path}: no 'id' column, so record numbers (from 0) are the document ids; to use the column "
        "'Document ID', pass --id-column 'Document ID'"]  # quoted for a shell, as the option takes it
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="framing.scale"):  # and Python's wording once the command is done
        open_input(path)
    assert "pass id_column='Document ID'" in caplog.text and "--id-column" not in caplog.text


@pytest.mark.parametrize("end", ["\r", "\n", "\r\n"])
def test_csv_records_name_their_line_whatever_the_line_ends(end):
    from framing.textio import csv_records

    text = end.join(["id,text", "a,The ministry denied it.", "b,", 'c,"Police said' + end + 'so."', "d,x,extra", ""])
    records = list(csv_records(io.StringIO(text, newline="")))
    assert [r.line for r in records] == [1, 2, 3, 4, 6]


@pytest.mark.parametrize("parts", [0, 1, 3])
def test_the_manifest_text_reads_back_whole_with_a_line_per_part(parts):
    from framing.scale.writer import _manifest_text

    manifest = {"manifest_version": 1, "settings": {"columns": ["doc_id", "text"]}, "complete": False,
                "progress": {"records": 3, "cursor": {"offset": 5}},
                "parts": [{"file": f"part-{k:06d}.parquet", "records": [k, k + 1], "rows": 2} for k in range(parts)]}
    text = _manifest_text(manifest)
    assert json.loads(text) == manifest
    part_lines = [line for line in text.splitlines() if '"file": "part-' in line]
    assert len(part_lines) == parts and all(json.loads(line.strip().rstrip(",")) for line in part_lines)


def _scoring_dies_after(blocks: int, message: str, monkeypatch):
    """Make ``score`` fail with a FramingError after ``blocks`` blocks (as a dead Ray worker would); returns
    a function that puts the real scoring back."""

    from framing import FramingError

    import framing.scale.scoring as score_module
    local_scores = score_module._local_scores

    def dies(analyzer, blocks_in, *options):
        for count, scored in enumerate(local_scores(analyzer, blocks_in, *options)):
            if count == blocks:
                raise FramingError(message)
            yield scored

    monkeypatch.setattr(score_module, "_local_scores", dies)
    return lambda: monkeypatch.setattr(score_module, "_local_scores", local_scores)


def test_a_resume_asking_for_other_block_settings_warns_naming_both_values(tiny_dir, tmp_path, monkeypatch,
                                                                           caplog):
    import logging

    from framing import FramingError
    from framing.cli import main

    source = write_jsonl(tmp_path / "in.jsonl", [{"id": str(k), "text": f"Prices rose {k}."} for k in range(6)])
    out = tmp_path / "out"
    restore = _scoring_dies_after(2, "killed", monkeypatch)
    with pytest.raises(FramingError):
        score(source, out, model=tiny_dir, progress=False, chunk_docs=1, block_chars=5000)
    with caplog.at_level(logging.WARNING, logger="framing.scale"):
        with pytest.raises(FramingError):  # dies again, after 2 more blocks
            score(source, out, model=tiny_dir, progress=False, chunk_docs=3, block_chars=4000, resume=True)
    assert caplog.messages == [
        "resuming with the earlier run's chunk_docs=1, not the 3 asked for: a resume cuts blocks as the run that "
        "began the output did, so that its rows equal an uninterrupted run's; to use 3, start again with "
        "overwrite=True",
        "resuming with the earlier run's block_chars=5000, not the 4000 asked for: a resume cuts blocks as the run "
        "that began the output did, so that its rows equal an uninterrupted run's; to use 4000, start again with "
        "overwrite=True"]
    restore()
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="framing.scale"):
        code = main(["score", str(source), "--out", str(out), "--model", str(tiny_dir), "--resume",
                     "--chunk-docs", "50"])
    assert code == 0 and caplog.messages == [
        "resuming with the earlier run's --chunk-docs 1, not the 50 asked for: a resume cuts blocks as the run that "
        "began the output did, so that its rows equal an uninterrupted run's; to use 50, start again with "
        "--overwrite"]  # block_chars, not given, is not named
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="framing.scale"):  # --chunk-docs left at its default: not asked
        restore = _scoring_dies_after(1, "killed", monkeypatch)
        assert main(["score", str(source), "--out", str(tmp_path / "again"), "--model", str(tiny_dir),
                     "--chunk-docs", "2"]) == 1
        restore()
        assert main(["score", str(source), "--out", str(tmp_path / "again"), "--model", str(tiny_dir),
                     "--resume"]) == 0
    assert caplog.messages == []
    manifest = read_manifest(out)
    assert manifest["settings"]["blocking"] == {"chunk_docs": 1, "block_chars": 5000}
    assert [part["records"] for part in manifest["parts"]] == [[k, k + 1] for k in range(6)]


def test_a_failed_worker_says_what_is_committed_and_how_to_resume(tiny, tmp_path, monkeypatch):
    from framing import FramingError

    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": f"d{k}", "text": "Prices rose."}) + "\n" for k in range(4)),
                      encoding="utf-8")
    restore = _scoring_dies_after(2, "a Ray worker failed: ActorDiedError: the actor died unexpectedly", monkeypatch)
    out = tmp_path / "out"
    with pytest.raises(FramingError, match=r"the actor died unexpectedly \(stopped: 2 documents are committed in "
                                           r".*out; resume=True continues from there"):
        score(source, out, model=tiny, progress=False, chunk_docs=1)
    restore()
    assert score(source, out, model=tiny, progress=False, chunk_docs=1, resume=True).documents == 4


@pytest.mark.parametrize("make_error", [
    lambda: WorkerError("a tokenizer worker process ended without finishing its part"),
    lambda: IntegrityError("weights.safetensors: SHA-256 0a1b differs from the recorded 9f8e"),
    lambda: MissingDataError("the shared copy of the input is gone: /mnt/feeds/in.jsonl", "/mnt/feeds/in.jsonl"),
])
def test_a_failure_while_scoring_keeps_its_class_and_cause_and_says_what_is_committed(make_error, tiny, tiny_dir,
                                                                                      tmp_path, monkeypatch, capsys):

    from framing.cli import main

    import framing.scale.scoring as score_module
    local_scores = score_module._local_scores
    cause = OSError("the pool's pipe closed")

    def dies(analyzer, blocks_in, *options):
        for count, scored in enumerate(local_scores(analyzer, blocks_in, *options)):
            if count == 2:
                raise make_error() from cause
            yield scored

    monkeypatch.setattr(score_module, "_local_scores", dies)
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": f"d{k}", "text": "Prices rose."} for k in range(4)])
    message = str(make_error())
    with pytest.raises(type(make_error())) as failed:
        score(source, tmp_path / "out", model=tiny, progress=False, chunk_docs=1)
    assert type(failed.value) is type(make_error())
    assert failed.value.__cause__ is cause
    assert str(failed.value).startswith(f"{message} (stopped: 2 documents are committed in ")
    assert "; resume=True continues from there once the cause is fixed" in str(failed.value)
    # the command line prints it as one line, the setting named as its option
    assert main(["score", str(source), "--out", str(tmp_path / "cli"), "--model", str(tiny_dir), "--chunk-docs", "1",
                 "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"framing score: error: {message} (stopped: 2 documents are committed in ")
    assert err.count("\n") == 1 and "; --resume continues from there" in err and "resume=True" not in err


def test_the_manifest_records_tokens_per_batch_and_libraries_and_a_resume_with_others_warns(
        tiny_dir, tmp_path, monkeypatch, caplog):
    import logging

    from framing import FramingError

    source = write_jsonl(tmp_path / "in.jsonl", [{"id": str(k), "text": f"Prices rose {k}."} for k in range(4)])
    restore = _scoring_dies_after(2, "killed", monkeypatch)
    out = tmp_path / "out"
    with pytest.raises(FramingError):
        score(source, out, model=tiny_dir, progress=False, chunk_docs=1, batch_tokens=512)
    restore()
    manifest = read_manifest(out)
    assert manifest["batch_tokens"] == 512 and set(manifest["libraries"]) >= {"torch", "transformers"}
    with caplog.at_level(logging.WARNING, logger="framing.scale"):
        score(source, out, model=tiny_dir, progress=False, chunk_docs=1, resume=True, batch_tokens=1024)
    assert "resuming with 1024 tokens per batch where the earlier run used 512" in caplog.text
    assert "pass batch_tokens=512 to match it" in caplog.text and "--batch-tokens" not in caplog.text
    assert read_manifest(out)["batch_tokens"] == 512
    # the resume is recorded with what it scored with, from the record it took over at
    resumes = read_manifest(out)["resumes"]
    assert [(r["at_record"], r["batch_tokens"]) for r in resumes] == [(2, 1024)]
    assert resumes[0]["libraries"] == manifest["libraries"] and resumes[0]["framing_version"]
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="framing.scale"):  # complete: nothing is scored, nothing to say
        assert score(source, out, model=tiny_dir, progress=False, resume=True, batch_tokens=256).already_complete
    assert "tokens per batch" not in caplog.text and len(read_manifest(out)["resumes"]) == 1
    # other library versions than the run that began the output are named too
    restore = _scoring_dies_after(1, "killed", monkeypatch)
    again = tmp_path / "again"
    with pytest.raises(FramingError):
        score(source, again, model=tiny_dir, progress=False, chunk_docs=1)
    restore()
    manifest = read_manifest(again)
    manifest["libraries"]["torch"] = "0.0.1"
    manifest_path(again).write_text(json.dumps(manifest), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="framing.scale"):
        score(source, again, model=tiny_dir, progress=False, chunk_docs=1, resume=True)
    assert "other library versions than the earlier run (torch 0.0.1 -> " in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="framing.scale"):
        score(source, tmp_path / "plain", model=tiny_dir, progress=False)
    assert read_manifest(tmp_path / "plain")["batch_tokens"] == 2048 and "tokens per batch" not in caplog.text
    assert "resumes" not in read_manifest(tmp_path / "plain")


def test_a_csv_quote_closed_lines_later_warns_once_naming_the_record_and_lines(tmp_path, caplog):
    path = tmp_path / "in.csv"
    path.write_text('id,title,text\n17,Budget,"Prices rose.\n18,Council,The council met.\n19,Rain,It rained."\n'
                    '20,Vote,"A field with\ntwo lines."\n21,Tax,"Taxes fell.\n22,Fees,Fees rose."\n',
                    encoding="utf-8")
    with caplog.at_level("WARNING", logger="framing.scale.readers"):
        records = list(open_input(path).records())
    assert [r.doc_id for r in records] == ["17", "20", "21"]
    [message] = [r.getMessage() for r in caplog.records]
    assert message.startswith(f"{path}: record 0 (lines 2-4) has a quoted field over lines that start like records "
                              "of their own (line 3: '18,Council,The council met.')")


def test_a_named_pipe_is_refused_as_standard_input_is(tmp_path):
    import signal

    from framing import InputError

    pipe = tmp_path / "in.jsonl"
    os.mkfifo(pipe)

    def hung(*_):
        raise TimeoutError("open_input waited on the pipe")

    signal.signal(signal.SIGALRM, hung)
    signal.alarm(10)
    try:
        with pytest.raises(InputError, match="a named pipe or device is not supported .*save it to a file"):
            open_input(pipe)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, signal.SIG_DFL)


def test_other_blocks_give_the_same_labels_and_scores_within_1e_6(tiny, tmp_path):
    """What score()'s docstring promises for chunk_docs and block_chars."""
    texts = ["Prices rose.", "Officials denied the report. It is a disgrace.", "The council met on Monday.",
             "Critics said the plan was rushed, according to a statement."] * 3
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    tables = []
    for name, chunk_docs, block_chars in (("one", 1000, 100_000), ("other", 2, 60)):
        score(source, tmp_path / name, model=tiny, progress=False, chunk_docs=chunk_docs, block_chars=block_chars)
        tables.append(pq.read_table(tmp_path / name).sort_by([("doc_id", "ascending"),
                                                               ("sentence_index", "ascending")]))
    one, other = tables
    assert one.column("label").to_pylist() == other.column("label").to_pylist()
    for name in (n for n in one.column_names if n.startswith("score_")):
        assert max(abs(a - b) for a, b in zip(one.column(name).to_pylist(), other.column(name).to_pylist())) < 1e-5


def test_slow_rates_show_two_significant_figures(tmp_path):
    from framing.scale import ScoreSummary

    summary = ScoreSummary(out=tmp_path, documents=7, sentences=90, rejects=0, rows=90, seconds=151.0,
                           new_documents=7, new_sentences=90)
    assert "(0.046 documents/s, 0.60 sentences/s)" in str(summary)
    summary.new_documents, summary.new_sentences = 10_700, 250_000
    assert "(70.9 documents/s, 1,655.6 sentences/s)" in str(summary)


def test_a_resumed_run_s_summary_marks_its_rates_as_this_run_s(tmp_path):
    """The counts are the output's (298 documents) but the rates this run's alone (193 of them), as the commit
    lines say: unmarked, "298 documents ... 0.17 documents/s" read as if the two went together."""
    from framing.scale import ScoreSummary

    summary = ScoreSummary(out=tmp_path, documents=298, sentences=12_194, rejects=5, rows=12_194, seconds=1187.0,
                           new_documents=193, new_sentences=7_900, load_seconds=9.0, scoring_seconds=1178.0,
                           resumed_documents=105)
    assert str(summary).endswith("(model loaded in 9.0 s; 0.16 documents/s, 6.7 sentences/s this run while "
                                 "scoring); resumed after 105 committed documents"), str(summary)


def test_the_summary_gives_rates_over_the_scoring_time_and_the_model_load_apart(tiny_dir, tiny, tmp_path):
    from framing.scale import ScoreSummary

    summary = ScoreSummary(out=tmp_path, documents=1, sentences=3, rejects=0, rows=3, seconds=34.5,
                           new_documents=1, new_sentences=3, load_seconds=20.2, scoring_seconds=4.0)
    assert str(summary).endswith(" in 34.5 s (model loaded in 20.2 s; 0.25 documents/s, 0.75 sentences/s "
                                 "while scoring)"), str(summary)
    assert round(summary.documents_per_second, 3) == 0.029  # over the wall time, as before
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": str(k), "text": "Prices rose. Officials denied it."}
                                                 for k in range(6)])
    loaded = score(source, tmp_path / "loaded", model=tiny_dir, chunk_docs=2, progress=False)
    scoring = read_manifest(tmp_path / "loaded")["progress"]["seconds"]
    assert loaded.scoring_seconds == scoring and loaded.load_seconds > 0
    assert loaded.seconds > loaded.load_seconds + scoring - 0.01
    assert f"(model loaded in {loaded.load_seconds:,.1f} s; " in str(loaded) and str(loaded).endswith(" while scoring)")
    given = score(source, tmp_path / "given", model=tiny, progress=False)  # an Analyzer: no load
    assert given.load_seconds == 0 and "model loaded" not in str(given) and str(given).endswith(" while scoring)")


def test_a_folder_holding_one_other_file_is_named_without_dots(tiny, tmp_path):
    from framing import DataError

    source = tmp_path / "in.jsonl"
    source.write_text('{"text": "Prices rose."}\n', encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "notes.md").write_text("# notes", encoding="utf-8")
    with pytest.raises(DataError, match=r"the folder is not empty \(notes\.md\) and is not"):
        score(source, tmp_path / "out", model=tiny, progress=False)


def test_a_resume_that_cuts_the_rejects_file_to_nothing_removes_it(tiny, tmp_path, monkeypatch):
    from framing import FramingError

    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"text": "Prices rose."}) + "\n" for _ in range(3)), encoding="utf-8")
    restore = _scoring_dies_after(1, "killed", monkeypatch)
    out = tmp_path / "out"
    with pytest.raises(FramingError):
        score(source, out, model=tiny, progress=False, chunk_docs=1)
    rejects_path(out).write_text('{"id": "1", "reason": "written, never committed"}\n', encoding="utf-8")
    restore()
    summary = score(source, out, model=tiny, progress=False, chunk_docs=1, resume=True)
    assert summary.documents == 3 and not rejects_path(out).exists()


def test_one_repeated_id_in_a_ray_dataset_is_named_in_the_singular(monkeypatch):
    from framing import DataError
    from framing import ray as framing_ray

    class Schema:
        names = ["id", "text"]

    class Dataset:
        def schema(self):
            return Schema()

    monkeypatch.setattr(framing_ray, "plan_workers", lambda *args, **kwargs: 1)
    monkeypatch.setattr(framing_ray, "_repeated_ids", lambda dataset, column: {"a": 2})
    with pytest.raises(DataError, match=r"^1 id repeats in column 'id', e\.g\. 'a' \(2 rows\)"):
        framing_ray.score_dataset(Dataset())


def test_a_json_line_that_does_not_parse_says_where_in_plain_words(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "text": "Prices rose."}\n{"id": "b", "text": "cut\n{"id": "c"} x\n',
                    encoding="utf-8")
    reasons = [r.reason for r in open_input(path).records()][1:]
    assert reasons == ["not valid JSON: unterminated string starting at column 21",
                       "not valid JSON: extra data at column 13"]


def test_a_broken_json_line_is_named_by_the_id_it_gives_before_the_break(tmp_path):
    """A scraper's line cut short or missing a colon after its id: the rejects file said "id": null, and which
    article was lost had to be dug out of the input by its line; now it names the id read whole before the break
    (none when the break comes first or the id is cut), or the record number where ids are record numbers."""
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a019", "text": "Prices rose."}\n{"id": "a020", "text": "Residents of Ost\n'
                    '{"id": "a021", "text" "Ferries stopped."}\n{"text": "x", "id" "a022"}\n{"id": "a0\n'
                    '<html>502 Bad Gateway</html>\n', encoding="utf-8")
    assert [(r.doc_id, r.reason is None) for r in open_input(path).records()] == [
        ("a019", True), ("a020", False), ("a021", False), (None, False), (None, False), (None, False)]
    numbered = tmp_path / "numbered.jsonl"
    numbered.write_text('{"text": "Prices rose."}\n{"text": "Residents of Ost\n', encoding="utf-8")
    assert [r.doc_id for r in open_input(numbered).records()] == ["0", "1"]


def test_a_bad_byte_on_the_first_json_line_rejects_that_line_only(tmp_path):
    path = tmp_path / "l1.jsonl"
    path.write_bytes(b'{"id":1,"text":"Caf\xe9 owners said so."}\n{"id":2,"text":"Fine text."}\n')
    records = list(open_input(path).records())
    assert [r.reason is None for r in records] == [False, True]
    assert "UTF-8" in records[0].reason


def test_a_model_folder_that_changes_before_it_loads_stops_the_run_before_any_output(tiny_dir, tmp_path, monkeypatch):
    import framing.analyze
    from framing.errors import ModelError

    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "Prices rose."}])
    # what load() reads differs from what the run checked a moment before: the folder was rewritten between
    monkeypatch.setattr(framing.analyze, "folder_fingerprint", lambda directory: "0" * 64)
    with pytest.raises(ModelError, match="changed while the run was starting"):
        score(source, tmp_path / "out", model=tiny_dir, progress=False)
    assert not (tmp_path / "out").exists() and read_manifest(tmp_path / "out") is None


@pytest.mark.parametrize("kwargs,message", [
    ({"text_column": 5}, r"^text_column must be a column name \(str\), got int 5$"),
    ({"id_column": 3}, r"^id_column must be a column name \(str\) or None, got int 3$"),
    ({"keep_columns": 5}, r"^keep_columns must be a list of names, got int$"),
    ({"keep_columns": {"url": 1}}, r"^keep_columns must be a list of names, got dict$"),
    ({"resume": "no"}, r"^resume must be True or False, got str 'no'$"),
    ({"strict": "no"}, r"^strict must be True or False, got str 'no'$"),
    ({"quiet": "no"}, r"^quiet must be True or False, got str 'no'$"),
    ({"progress": "yes"}, r"^progress must be True or False, got str 'yes'$"),
    ({"progress": None}, r"^progress must be True or False, got NoneType None$"),
])
def test_an_argument_of_the_wrong_type_is_named_before_any_output(tiny, tmp_path, kwargs, message):
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": "Prices rose."}])
    with pytest.raises(TypeError, match=message):
        score(source, tmp_path / "out", model=tiny, **kwargs)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_quiet_the_former_form_of_progress_still_works_with_a_future_warning(tiny, tmp_path, capsys):
    """framing.score took quiet= and progress= for one choice; progress= is the name analyze, evaluate and train
    use, and quiet= maps to it with a FutureWarning, as DatasetLabeler's mode= did for level=."""
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": "Prices rose."}])
    with pytest.warns(FutureWarning, match=r"quiet= is now progress=.*pass progress=False for quiet=True"):
        score(source, tmp_path / "quiet", model=tiny, quiet=True)
    assert "it/s" not in capsys.readouterr().err
    with pytest.warns(FutureWarning), pytest.raises(InputError, match="give progress=True alone"):
        score(source, tmp_path / "both", model=tiny, quiet=True, progress=True)
    assert not (tmp_path / "both").exists()


def test_numpy_integers_are_taken_for_sizes_and_recorded_as_integers(tiny_dir, tmp_path):
    import numpy as np

    source = write_jsonl(tmp_path / "in.jsonl", [{"text": f"Prices rose {k}."} for k in range(3)])
    score(source, tmp_path / "out", model=tiny_dir, progress=False, chunk_docs=np.int64(2), block_chars=np.int32(5000),
          batch_tokens=np.int64(512))
    manifest = read_manifest(tmp_path / "out")
    assert manifest["settings"]["blocking"] == {"chunk_docs": 2, "block_chars": 5000}
    assert manifest["batch_tokens"] == 512 and len(manifest["parts"]) == 2


def test_a_json_line_naming_a_key_twice_is_rejected_naming_the_key(tiny, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "Prices rose."}\n'
                      '{"id": "b", "text": "Rates fell.", "text": "Rates rose."}\n'
                      '{"id": "c", "id": "d", "text": "Stocks fell."}\n'
                      '{"id": "e", "text": "Oil rose."}\n', encoding="utf-8")
    summary = score(source, tmp_path / "out", model=tiny, progress=False)
    assert summary.documents == 2 and _doc_ids(tmp_path / "out") == ["a", "e"]
    reason = "key {!r} appears twice in one object; give each key once"
    assert _rejects(tmp_path / "out") == [{"id": "b", "record": 1, "where": "line 2", "reason": reason.format("text")},
                                          {"id": None, "record": 2, "where": "line 3", "reason": reason.format("id")}]


#: Lines Python's json cannot read though they are JSON: nesting past the recursion limit, and an integer past
#: the 4,300 digits Python converts from text.
_DEEP_LINE = '{"id": "deep", "text": "Rates fell.", "desk": ' + "[" * 100_000 + "]" * 100_000 + "}"
_LONG_NUMBER_LINE = '{"id": "long", "text": "Oil rose.", "desk": ' + "7" * 5000 + "}"


@pytest.mark.parametrize("first", [False, True])
def test_a_json_line_too_deep_or_with_too_long_a_number_is_rejected_and_the_run_goes_on(tiny, tmp_path, first):
    from framing.errors import DataError

    good = ['{"id": "a", "text": "Prices rose.", "desk": "metro"}', '{"id": "e", "text": "Stocks fell."}']
    lines = [_DEEP_LINE, _LONG_NUMBER_LINE, *good] if first else [good[0], _DEEP_LINE, _LONG_NUMBER_LINE, good[1]]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = score(source, tmp_path / "out", model=tiny, progress=False, keep_columns=("desk",))
    assert summary.documents == 2 and _doc_ids(tmp_path / "out") == ["a", "e"]
    reasons = {reject["where"]: reject["reason"] for reject in _rejects(tmp_path / "out")}
    deep, long = (1, 2) if first else (2, 3)
    assert reasons == {f"line {deep}": "cannot read the JSON: nested too deeply (arrays or objects more than about "
                                       "1,000 levels deep)",
                       f"line {long}": "cannot read the JSON: a number with more than 4300 digits (Python reads no "
                                       "longer integer; write it as a string)"}
    with pytest.raises(DataError, match=rf"/in.jsonl: record {deep - 1} \(line {deep}, id unreadable\): cannot read "
                                        r"the JSON: nested too deeply"):
        score(source, tmp_path / "strict", model=tiny, progress=False, strict=True)


@pytest.mark.parametrize("content", ['[1, 2]', '{"progress": 5}', '{"progress": {"documents": "5"}, "parts": []}',
                                     'not json'])
def test_a_manifest_of_another_shape_is_named_and_overwrite_replaces_it(tiny_dir, tmp_path, content, capsys):
    from framing.cli import main
    from framing.errors import DataError

    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "Prices rose on Monday."}])
    out = tmp_path / "out"
    manifest_path(out).write_text(content + "\n", encoding="utf-8")
    with pytest.raises(DataError, match="not a framing score manifest"):
        read_manifest(out)
    command = ["score", str(source), "--out", str(out), "--model", str(tiny_dir), "--device", "cpu", "--quiet"]
    assert main(command) == 1
    error = capsys.readouterr().err
    assert "not a framing score manifest" in error and "--overwrite" in error and "Traceback" not in error
    assert main([*command, "--overwrite"]) == 0
    assert read_manifest(out)["progress"]["documents"] == 1


def test_a_kept_key_no_json_lines_object_holds_is_refused_before_scoring(tiny, tmp_path):
    from framing.errors import DataError

    rows = [{"id": "a", "text": "Prices rose."}, {"id": "b", "text": "Rain fell.", "desk": "metro"},
            {"id": "c", "text": "The mayor said so.", "desk": "city"}]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    with pytest.raises(DataError, match=r"no object has a 'dsk' key to keep \(the keys seen are "
                                        r"\['id', 'text', 'desk'\]\).*given to keep_columns$"):
        score(source, tmp_path / "out", model=tiny, progress=False, keep_columns=["desk", "dsk"])
    assert not (tmp_path / "out").exists()


def test_a_kept_key_none_of_the_first_objects_holds_stops_the_run_unless_allowed_to_come_later(
        tiny, tiny_dir, tmp_path, monkeypatch, caplog, capsys):
    """An export of 5,000 posts kept with --keep-columns outlet,nosuch: the mistyped key is in none of the first
    objects read; before, a warning alone, and a night's run for a column of nulls."""
    import logging

    from framing.cli import main
    from framing.errors import DataError
    from framing.scale import readers

    rows = [{"id": "a", "text": "Prices rose."}, {"id": "b", "text": "Rain fell.", "desk": "metro"},
            {"id": "c", "text": "The mayor said so.", "desk": "city"}]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    monkeypatch.setattr(readers, "KEPT_KEYS_PEEK", 1)
    with pytest.raises(DataError, match=r"none of the first 1 object has a 'desk' key to keep \(the keys seen are "
                                        r"\['id', 'text'\]\).*allow_late_columns=True"):
        score(source, tmp_path / "out", model=tiny, progress=False, keep_columns=["desk"])
    assert not (tmp_path / "out").exists()
    command = ["score", str(source), "--out", str(tmp_path / "out"), "--model", str(tiny_dir), "--device", "cpu",
               "--quiet", "--keep-columns", "desk"]
    assert main(command) == 1
    error = capsys.readouterr().err
    assert "'desk' key to keep" in error and "--allow-late-columns" in error and "allow_late_columns" not in error
    # a key that comes later, said so: a warning, and the run keeps it where it is
    with caplog.at_level(logging.WARNING, logger="framing.scale"):
        assert main([*command, "--allow-late-columns"]) == 0
    assert "none of the first 1 object has a 'desk' key to keep" in caplog.text
    assert pq.read_table(tmp_path / "out").column("desk").to_pylist() == [None, "metro", "city"]


def test_an_overwrite_stopped_while_deleting_never_leaves_a_complete_manifest_over_deleted_parts(
        tiny, tmp_path, monkeypatch):
    from framing import DataError

    source = write_jsonl(tmp_path / "in.jsonl", [{"id": f"n{k}", "text": "The council met. Rain fell."}
                                                 for k in range(6)])
    out = tmp_path / "out"
    score(source, out, model=tiny, progress=False, chunk_docs=2)
    first = _doc_ids(out)
    real = Path.unlink
    deleted = []

    def one_part_then_fail(path, *args, **kwargs):
        if path.name.startswith("part-"):
            if deleted:
                raise PermissionError(13, "Permission denied", str(path))  # or a kill -9 at this point
            deleted.append(path.name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(Path, "unlink", one_part_then_fail)
    with pytest.raises(DataError, match="could not start the output: permission denied"):
        score(source, out, model=tiny, progress=False, chunk_docs=2, overwrite=True)
    monkeypatch.undo()
    manifest = read_manifest(out)
    assert len(deleted) == 1 and not manifest["complete"]
    assert all((out / part["file"]).is_file() for part in manifest["parts"])
    # it scored nothing, so a plain rerun replaces it
    assert score(source, out, model=tiny, progress=False, chunk_docs=2).documents == 6 and _doc_ids(out) == first


def test_jsonl_output_has_no_empty_part_and_reads_back_as_a_dataset_also_after_a_resume(tiny, tmp_path,
                                                                                        monkeypatch):
    import pyarrow.dataset as pads

    from framing import DataError
    from framing.scale.writer import ChunkWriter

    rows = [{"id": "a", "text": "Prices rose."}, {"id": "b", "text": "The council met."},
            {"id": "c", "text": None}, {"id": "d", "text": ""},
            {"id": "e", "text": "Rain fell."}, {"id": "f", "text": "Officials denied it."}]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out"
    real = ChunkWriter._write_part
    written = []

    def second_fails(self, *args):  # the third chunk's part: the second chunk (rejects only) writes none
        written.append(args[0])
        if len(written) == 2:
            raise OSError(28, "No space left on device")
        return real(self, *args)

    monkeypatch.setattr(ChunkWriter, "_write_part", second_fails)
    with pytest.raises(DataError, match="the disk is full"):
        score(source, out, model=tiny, progress=False, format="jsonl", chunk_docs=2)
    monkeypatch.undo()
    assert read_manifest(out)["progress"]["records"] == 4 and len(read_manifest(out)["parts"]) == 1
    score(source, out, model=tiny, progress=False, format="jsonl", chunk_docs=2, resume=True)
    manifest = read_manifest(out)
    assert sorted(p.name for p in out.iterdir()) == ["part-000000.jsonl", "part-000001.jsonl"]
    assert [p["records"] for p in manifest["parts"]] == [[0, 2], [4, 6]] and manifest["progress"]["rejects"] == 2
    table = pads.dataset(out, format="json").to_table()
    assert table.column("doc_id").to_pylist() == ["a", "b", "e", "f"]

    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    score(empty, tmp_path / "none", model=tiny, progress=False, format="jsonl")
    assert list((tmp_path / "none").iterdir()) == [] and read_manifest(tmp_path / "none")["complete"]
    assert pads.dataset(tmp_path / "none", format="json").to_table().num_rows == 0


def test_jsonl_output_with_a_kept_column_null_in_the_first_part_reads_with_its_schema(tiny, tmp_path):
    import pyarrow.dataset as pads

    from framing.scale import output_schema

    rows = [{"id": "a", "text": "Prices rose.", "desk": None}, {"id": "b", "text": "Rain fell.", "desk": "city"}]
    out = tmp_path / "out"
    score(write_jsonl(tmp_path / "in.jsonl", rows), out, model=tiny, progress=False, format="jsonl", chunk_docs=1,
          keep_columns=["desk"])
    settings = read_manifest(out)["settings"]  # as docs/scoring.md reads it
    schema = output_schema(settings["level"], settings["labels"], ["desk"])
    assert pads.dataset(out, format="json", schema=schema).to_table().column("desk").to_pylist() == [None, "city"]


@pytest.mark.parametrize("name, content", [("empty.jsonl", ""), ("blank.jsonl", "\n\n"), ("header.csv", "id,text\n")])
def test_an_input_without_records_warns_and_loads_no_model(name, content, tiny_dir, tmp_path, monkeypatch, caplog):
    import logging

    import framing.analyze

    def must_not_load(*args, **kwargs):
        raise AssertionError("the model was loaded for an input with no records")

    monkeypatch.setattr(framing.analyze, "load", must_not_load)
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="framing"):
        summary = score(source, tmp_path / "out", model=tiny_dir, progress=False)
    assert summary.documents == 0 and read_manifest(tmp_path / "out")["complete"]
    assert f"read no records from {source}" in caplog.text


@pytest.mark.parametrize("options", [{"device": "gpu"}, {"precision": "int8"}, {"batch_tokens": 64},
                                     {"device": "cpu", "precision": "fp32"}])
def test_loading_options_beside_a_loaded_analyzer_are_refused_not_ignored(options, tiny, tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": "1", "text": "The depot closed at noon."}])
    named = " and ".join(options)
    with pytest.raises(InputError, match=rf"^{named} cannot apply to a loaded Analyzer.*pass them to framing\.load"):
        score(path, tmp_path / "out", model=tiny, progress=False, **options)
    assert not (tmp_path / "out").exists()


def test_the_table_helpers_refuse_a_device_beside_a_loaded_analyzer(tiny):
    import pandas as pd

    from framing.scale import DatasetLabeler, score_dataframe

    with pytest.raises(InputError, match="^device cannot apply to a loaded Analyzer"):
        score_dataframe(pd.DataFrame({"text": ["The depot closed at noon."]}), model=tiny, device="gpu")
    with pytest.raises(InputError, match="^device cannot apply to a loaded Analyzer"):
        DatasetLabeler(tiny, device="cpu")


def test_a_dataset_labeler_checks_its_model_folder_when_it_is_made(tiny_dir, tmp_path):
    from framing.scale import DatasetLabeler

    with pytest.raises(ModelError, match="does not exist"):
        DatasetLabeler(tmp_path / "no_such_model")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ModelError):
        DatasetLabeler(tmp_path / "empty")
    assert DatasetLabeler(tiny_dir).model == tiny_dir


def test_default_scores_with_the_bundled_model_and_is_recorded_as_it(tiny_dir, tmp_path, monkeypatch):
    import framing.analyze

    monkeypatch.setattr(framing.analyze, "DEFAULT_MODEL_DIR", tiny_dir)
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": "1", "text": "The depot closed at noon."}])
    score(path, tmp_path / "by_name", model="default", progress=False, device="cpu")
    score(path, tmp_path / "by_none", model=None, progress=False, device="cpu")
    named, unnamed = read_manifest(tmp_path / "by_name")["model"], read_manifest(tmp_path / "by_none")["model"]
    assert named == unnamed and named["path"] is None


@pytest.mark.parametrize("kind", ["jsonl", "csv", "txt"])
def test_a_stray_windows_1252_byte_in_utf8_text_is_rejected_with_what_it_is_to_replace(kind, tmp_path):
    # before, the reject said only "not valid UTF-8 at byte offset N of the line (byte 0x92)", while analyze named the
    # byte's character in Windows-1252 and what to do: one hint now for both
    from framing.textio import stray_byte_hint

    line = "Caf\u00e9 owners said it\u2019s over.".encode().replace("\u2019".encode(), b"\x92")
    if kind == "jsonl":
        path = tmp_path / "feed.jsonl"
        path.write_bytes(b'{"id": "a", "text": "' + line + b'"}\n')
    elif kind == "csv":
        path = tmp_path / "feed.csv"
        path.write_bytes(b"id,text\na," + line + b"\n")
    else:
        path = tmp_path / "texts"
        path.mkdir()
        (path / "a.txt").write_bytes(line)
    (reason,) = [r.reason for r in open_input(path).records()]
    assert "byte 0x92" in reason and "iconv" not in reason
    assert reason.endswith(f"; {stray_byte_hint(line)}")
    assert "a stray byte in UTF-8 text (0x92 is '\u2019' in Windows-1252, cp1252)" in reason
    assert "replace it with the character meant" in reason
