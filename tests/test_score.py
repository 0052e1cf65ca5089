"""Corpus scoring: every input format, rows equal to the Analyzer's, rejects, strict, resume after kill -9."""

from __future__ import annotations

import csv
import errno
import gzip
import json
import os
import shutil
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as pads
import pyarrow.parquet as pq
import pytest
import torch

import framing
from framing.cli import main
from framing.scale import DatasetLabeler, manifest_path, read_manifest, rejects_path, score, score_dataframe

SENTENCES = [
    "The ministry said on Tuesday that the new rules would take effect next month.",
    "Officials denied the report.",
    "It is a disgrace.",
    "Prices rose 3.5 percent in March.",
    "Critics said the plan was rushed, according to a statement.",
    "The council met on Monday.",
    "\"We never did that,\" a spokesperson said.",
]
ROOT = Path(__file__).resolve().parents[1]
#: Each model folder read once (see conftest.py): the scoring runs here load the tiny model some thirty times.
pytestmark = pytest.mark.usefixtures("each_model_read_once")


def corpus(n: int, seed: int = 0, most: int = 4) -> list[dict]:
    rng = random.Random(seed)
    return [{"id": f"doc{i}", "text": " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, most)))}
            for i in range(n)]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row) + "\n")
    return path


def read_rows(out: Path) -> list[dict]:
    """Rows of every committed part, in manifest order."""
    manifest = read_manifest(out)
    rows = []
    for part in manifest["parts"]:
        path = out / part["file"]
        if path.suffix == ".parquet":
            rows.extend(pq.read_table(path).to_pylist())
        else:
            rows.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    return rows


def expected_sentence_rows(analyzer, docs: list[dict], records: bool = False) -> list[dict]:
    """The sentence rows of ``docs``; with ``records``, each with its input record number, as ``score`` writes."""
    out = []
    for position, (record, doc) in enumerate(zip(docs, analyzer.analyze_many([d["text"] for d in docs]))):
        for index, s in enumerate(doc.sentences):
            row = {"doc_id": record["id"], **({"record": position} if records else {}), "sentence_index": index,
                   "start": s.start, "end": s.end, "text": s.text, "label": s.label}
            row.update({f"score_{label}": s.scores[label] for label in analyzer.labels})
            row["spans"] = json.dumps([sp.to_dict() for sp in s.spans], ensure_ascii=False, separators=(",", ":"))
            row["truncated"] = s.truncated
            row["low_confidence"] = s.low_confidence
            out.append(row)
    return out


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    """The tiny model's matrices are too small for threads to help; on a busy machine they cost a lot."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


@pytest.fixture(scope="module")
def docs():
    return corpus(60)


@pytest.fixture(scope="module")
def jsonl(tmp_path_factory, docs):
    return write_jsonl(tmp_path_factory.mktemp("in") / "docs.jsonl", docs)


@pytest.fixture(scope="module")
def reference(tmp_path_factory, jsonl, tiny):
    out = tmp_path_factory.mktemp("ref") / "out"
    summary = score(jsonl, out, model=tiny, progress=False)
    return out, summary


# -- rows ---------------------------------------------------------------------------

def test_sentence_rows_equal_the_analyzer(reference, docs, tiny):
    out, summary = reference
    rows = read_rows(out)
    # One block holds the whole small corpus, so the analyzer sees the same batch.
    assert rows == expected_sentence_rows(tiny, docs, records=True)
    assert summary.documents == len(docs) and summary.sentences == len(rows) and summary.rejects == 0
    assert summary.complete and read_manifest(out)["complete"]
    for row in rows:
        text = next(d["text"] for d in docs if d["id"] == row["doc_id"])
        assert text[row["start"]:row["end"]] == row["text"]
        for span in json.loads(row["spans"]):
            assert text[span["start"]:span["end"]] == span["text"]


def test_output_reads_with_pyarrow_dataset_and_datasets(reference, tmp_path):
    out, summary = reference
    table = pads.dataset(out, format="parquet").to_table()
    assert table.num_rows == summary.sentences
    assert set(table.column_names) >= {"doc_id", "sentence_index", "start", "end", "text", "label", "spans",
                                       *(f"score_{label}" for label in framing.LABELS)}
    import datasets

    loaded = datasets.load_dataset("parquet", data_dir=str(out), split="train", cache_dir=str(tmp_path / "cache"))
    assert loaded.num_rows == summary.sentences


@pytest.fixture(scope="module")
def opinionated(tmp_path_factory):
    """A tiny random model that labels about a third of the corpus's sentences editorial_opinion (the
    ``tiny`` fixture labels none so, which leaves every unsourced share at 0)."""
    from conftest import make_tiny

    return framing.load(make_tiny(tmp_path_factory.mktemp("opinionated"), seed=2), device="cpu")


def test_document_row_rebuilds_a_missing_or_carried_over_profile_from_the_sentences(tiny):
    import dataclasses

    from framing.scale import document_row

    doc = tiny.analyze(" ".join(SENTENCES))
    labels = tiny.labels
    row = document_row("a", doc, labels)
    assert document_row("a", framing.Document(doc.text, doc.sentences), labels) == row  # no profile at all
    # the first sentence relabelled by hand, the old profile carried over
    other = next(label for label in labels if label != doc.sentences[0].label)
    edited = (dataclasses.replace(doc.sentences[0], label=other), *doc.sentences[1:])
    for carried in (framing.Document(doc.text, edited, doc.profile), dataclasses.replace(doc, sentences=edited)):
        changed = document_row("a", carried, labels)
        assert changed == document_row("a", framing.Document(doc.text, edited), labels) != row
        assert changed[f"count_{other}"] == row[f"count_{other}"] + 1


@pytest.mark.parametrize("args, problem", [
    ((7, "doc", "labels"), "doc_id must be a str, got int 7"),
    (("a", "record", "labels"), "doc must be a framing Document, got dict: read a to_dict() record with "
                                "Document.from_dict first"),
    (("a", "text", "labels"), "doc must be a framing Document, got str$"),
    (("a", "doc", "one label"), "labels must be a list of names, got a single str"),
])
def test_table_rows_name_an_argument_of_the_wrong_kind(tiny, args, problem):
    from framing.scale import document_row, sentence_rows

    doc = tiny.analyze("The ministry denied the report.")
    given = {"doc": doc, "record": doc.to_dict(), "text": doc.text, "labels": tiny.labels, "one label": "reported_fact"}
    args = tuple(given.get(a, a) if isinstance(a, str) and a in given else a for a in args)
    for rows in (document_row, sentence_rows):
        with pytest.raises(TypeError, match=problem.replace("(", r"\(").replace(")", r"\)")):
            rows(*args)


def test_document_row_refuses_a_hand_label_its_labels_lack_naming_the_sentence_and_label(tiny):
    import dataclasses

    from framing.scale import document_row

    doc = tiny.analyze("The ferry left at noon. Its captain waved. The gulls followed it out.")
    relabelled = dataclasses.replace(doc.sentences[1], label="satire", scores={})
    edited = framing.Document(doc.text, (doc.sentences[0], relabelled, *doc.sentences[2:]))
    with pytest.raises(framing.InputError, match=r"^sentences\[1\] \('Its captain waved\.'\) is labelled 'satire', "
                                                 r"which labels \[.*\] lack"):
        document_row("a", edited, tiny.labels)
    row = document_row("a", edited, (*tiny.labels, "satire"))  # with the label added, every sentence counts
    assert row["count_satire"] == 1 and sum(row[f"count_{label}"] for label in (*tiny.labels, "satire")) == 3
    assert sum(row[f"share_{label}"] for label in (*tiny.labels, "satire")) == pytest.approx(1.0)


def test_document_level_rows_hold_the_profile(jsonl, docs, opinionated, tmp_path):
    model = opinionated
    out = tmp_path / "docs"
    score(jsonl, out, model=model, level="document", progress=False)
    rows = read_rows(out)
    assert [r["doc_id"] for r in rows] == [d["id"] for d in docs]
    assert len({r["unsourced_evaluative_share"] for r in rows}) > 2  # the shares vary from document to document
    for row, doc in zip(rows, model.analyze_many([d["text"] for d in docs])):
        assert row["sentences"] == len(doc.sentences) and row["chars"] == len(doc.text)
        assert row["unsourced_evaluative_share"] == doc.profile["unsourced_evaluative_share"]
        for label in model.labels:
            assert row[f"count_{label}"] == doc.profile["counts"][label]
            assert row[f"share_{label}"] == doc.profile["shares"][label]
        assert json.loads(row["sources"]) == doc.profile["sources"]
        assert json.loads(row["loaded_phrases"]) == doc.profile["loaded_phrases"]
        assert json.loads(row["unsourced_sentences"]) == doc.profile["unsourced_sentences"]
        assert json.loads(row["denials"]) == doc.profile["denials"]
        assert json.loads(row["rebuttals"]) == doc.profile["rebuttals"]
        assert json.loads(row["credits"]) == doc.profile["credits"]


def test_a_document_output_of_rows_without_credits_is_not_resumed_into(jsonl, docs, tiny, tmp_path):
    out = tmp_path / "docs"
    score(jsonl, out, model=tiny, level="document", chunk_docs=2, progress=False)
    assert score(jsonl, out, model=tiny, level="document", resume=True, progress=False).already_complete
    # as an earlier framing, whose document rows had no credits column, recorded it
    manifest = read_manifest(out)
    manifest["settings"]["columns"].remove("credits")
    manifest_path(out).write_text(json.dumps(manifest), encoding="utf-8")
    # complete, it is left as it is: nothing is appended to it
    assert score(jsonl, out, model=tiny, level="document", resume=True, progress=False).already_complete
    manifest["complete"] = False
    manifest_path(out).write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(framing.DataError, match=r"rows were written by an earlier framing, without the column "
                                                r"\['credits'\].*overwrite=True"):
        score(jsonl, out, model=tiny, level="document", resume=True, progress=False)
    assert score(jsonl, out, model=tiny, level="document", overwrite=True, progress=False).documents == len(docs)


def test_jsonl_output_format(jsonl, reference, tiny, tmp_path):
    out = tmp_path / "j"
    score(jsonl, out, model=tiny, format="jsonl", progress=False)
    assert sorted(p.name for p in out.iterdir()) == ["part-000000.jsonl"]
    assert (tmp_path / "j.manifest.json").is_file() and not (tmp_path / "j.rejects.jsonl").exists()
    # the scores as float32, as both parts hold them: JSON Lines writes each at its shortest (test_score_jsonl_floats)
    assert as_float32(read_rows(out)) == as_float32(read_rows(reference[0]))


def as_float32(rows: list[dict]) -> list[dict]:
    """``rows`` with each score as the float32 it stands for."""
    import numpy as np

    return [{key: float(np.float32(value)) if key.startswith("score_") and value is not None else value
             for key, value in row.items()} for row in rows]


# -- input formats ------------------------------------------------------------------

def _formats(tmp_path: Path, docs: list[dict]) -> dict[str, Path]:
    paths = {}
    with (tmp_path / "docs.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "text"])
        writer.writeheader()
        writer.writerows(docs)
    paths["csv"] = tmp_path / "docs.csv"
    pq.write_table(pa.Table.from_pylist(docs), tmp_path / "docs.parquet", row_group_size=17)
    paths["parquet"] = tmp_path / "docs.parquet"
    with gzip.open(tmp_path / "docs.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(d) + "\n" for d in docs)
    paths["jsonl.gz"] = tmp_path / "docs.jsonl.gz"
    import datasets

    datasets.Dataset.from_list(docs).save_to_disk(str(tmp_path / "saved"))
    paths["hf_dataset"] = tmp_path / "saved"
    return paths


def test_every_input_format_gives_the_same_rows(docs, reference, tiny, tmp_path):
    expected = read_rows(reference[0])
    for kind, path in _formats(tmp_path, docs).items():
        out = tmp_path / f"out-{kind}"
        summary = score(path, out, model=tiny, progress=False)
        assert read_rows(out) == expected, kind
        assert summary.documents == len(docs), kind


def test_every_reader_resumes_at_any_record(docs, tmp_path):
    from framing.scale import open_input

    for kind, path in _formats(tmp_path, docs).items():
        reader = open_input(path)
        every = list(reader.records())
        for skip in (1, 16, 17, 18, 40, len(docs) - 1, len(docs)):  # Parquet row groups hold 17 rows
            rest = list(reader.records(every[skip - 1].cursor))  # what a resume passes back
            assert [(r.position, r.doc_id, r.text) for r in rest] == \
                [(r.position, r.doc_id, r.text) for r in every[skip:]], (kind, skip)


def test_folder_of_text_files_uses_file_names_as_ids(docs, tiny, tmp_path):
    folder = tmp_path / "txt"
    (folder / "sub").mkdir(parents=True)
    for d in docs[:5]:
        (folder / f"{d['id']}.txt").write_text(d["text"], encoding="utf-8")
    (folder / "sub" / "deep.txt").write_text(docs[5]["text"], encoding="utf-8")
    (folder / "notes.md").write_text("ignored", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"Caf\xe9 owners said prices rose.")
    out = tmp_path / "out"
    summary = score(folder, out, model=tiny, level="document", progress=False)
    ids = [r["doc_id"] for r in read_rows(out)]
    assert ids == sorted([f"{d['id']}.txt" for d in docs[:5]] + ["sub/deep.txt"])
    assert summary.rejects == 1
    reject = json.loads(rejects_path(out).read_text())
    assert reject["id"] == "broken.txt" and "UTF-8" in reject["reason"] and "byte offset 3" in reject["reason"]


#: Texts of an input without ids; ``None`` is a record that is rejected (a null or empty text).
POINTED = ["The harbour reopened on Friday.", None, "Officials denied the report.\nThe mayor said so.",
           "Prices rose 2 percent.", None, "Critics called the plan reckless."]


def _pointed_inputs(tmp_path: Path) -> dict[str, Path]:
    """:data:`POINTED` in every input format, none with an id column: JSON Lines with blank lines and CSV
    with a field over two lines, so record numbers are not line numbers."""
    paths = {}
    lines = [json.dumps({"text": text}) for text in POINTED]
    (tmp_path / "in.jsonl").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    for suffix, delimiter in ((".csv", ","), (".tsv", "\t")):
        with (tmp_path / f"in{suffix}").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter=delimiter)
            writer.writerow(["desk", "text"])
            writer.writerows([["city", text or ""] for text in POINTED])
    pq.write_table(pa.table({"text": POINTED}), tmp_path / "in.parquet", row_group_size=2)
    import datasets

    datasets.Dataset.from_dict({"text": POINTED}).save_to_disk(str(tmp_path / "saved"))
    (tmp_path / "txt").mkdir()
    for k, text in enumerate(POINTED):  # sorted by name, as the folder is read
        (tmp_path / "txt" / f"{k}.txt").write_text(text or "", encoding="utf-8")
    paths.update(jsonl=tmp_path / "in.jsonl", csv=tmp_path / "in.csv", tsv=tmp_path / "in.tsv",
                 parquet=tmp_path / "in.parquet", hf_dataset=tmp_path / "saved", txt_folder=tmp_path / "txt")
    return paths


@pytest.mark.parametrize("kind", ["jsonl", "csv", "tsv", "parquet", "hf_dataset", "txt_folder"])
def test_every_row_leads_back_to_its_input_record_across_a_resume_as_the_rejects_do(kind, tiny, tmp_path,
                                                                                     monkeypatch):
    path = _pointed_inputs(tmp_path)[kind]
    out = tmp_path / "out"
    _fail_on_call(monkeypatch, "_write_part", 3, partial=False)  # a record a chunk: the third is not committed
    with pytest.raises(framing.scale.WriteFailed):
        score(path, out, model=tiny, chunk_docs=1, progress=False)
    monkeypatch.undo()
    assert score(path, out, model=tiny, chunk_docs=1, resume=True, progress=False).rejects == 2
    rows = read_rows(out)
    for row in rows:
        text = POINTED[row["record"]]
        assert text[row["start"]:row["end"]] == row["text"], (kind, row)
        assert row["doc_id"] == (f"{row['record']}.txt" if kind == "txt_folder" else str(row["record"]))
    assert list(rows[0])[:2] == ["doc_id", "record"]
    assert sorted({row["record"] for row in rows}) == [0, 2, 3, 5]
    rejects = [json.loads(line) for line in rejects_path(out).read_text(encoding="utf-8").splitlines()]
    assert [r["record"] for r in rejects] == [1, 4]
    uninterrupted = tmp_path / "uninterrupted"
    score(path, uninterrupted, model=tiny, chunk_docs=1, progress=False)
    assert rows == read_rows(uninterrupted)


def test_rows_with_ids_carry_their_record_number_too_at_either_level(tiny, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "z9", "text": "Prices rose."}\n\n{"id": "a1", "text": null}\n'
                    '{"id": "m5", "text": "The council met. It rained."}\n', encoding="utf-8")
    for level in ("sentence", "document"):
        out = tmp_path / level
        score(path, out, model=tiny, level=level, format="jsonl", keep_columns=["id"], progress=False)
        assert [(r["doc_id"], r["record"]) for r in read_rows(out)] == \
            ([("z9", 0), ("m5", 2), ("m5", 2)] if level == "sentence" else [("z9", 0), ("m5", 2)])
        assert json.loads(rejects_path(out).read_text(encoding="utf-8"))["record"] == 1
    with pytest.raises(framing.InputError, match=r"cannot keep \['record'\]"):
        score(path, tmp_path / "never", model=tiny, keep_columns=["record"], progress=False)
    # an unfinished output of an earlier framing, whose rows had no record column, is not resumed into
    manifest = read_manifest(tmp_path / "sentence")
    manifest["settings"]["columns"].remove("record")
    manifest["complete"] = False
    manifest_path(tmp_path / "sentence").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(framing.DataError, match=r"without the column \['record'\]"):
        score(path, tmp_path / "sentence", model=tiny, format="jsonl", keep_columns=["id"], resume=True, progress=False)


def test_a_10_mb_document_is_read_whole_from_every_format(tmp_path):
    from framing.scale import open_input

    huge = "Prices rose 3.5 percent in March. " * 310_000  # 10.5 MB, far over csv's default 128 KiB field
    with (tmp_path / "huge.csv").open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["id", "text"], ["big", huge], ["small", "Fine."]])
    write_jsonl(tmp_path / "huge.jsonl", [{"id": "big", "text": huge}, {"id": "small", "text": "Fine."}])
    pq.write_table(pa.table({"id": ["big", "small"], "text": [huge, "Fine."]}), tmp_path / "huge.parquet")
    for name in ("huge.csv", "huge.jsonl", "huge.parquet"):
        records = list(open_input(tmp_path / name).records())
        assert [(r.doc_id, r.text, r.reason) for r in records] == [("big", huge, None), ("small", "Fine.", None)]


def test_a_long_document_in_csv_is_scored_like_any_other(tiny, tmp_path):
    long_text = " ".join(SENTENCES[i % len(SENTENCES)] for i in range(3200))  # 132 KB: over csv's field limit
    assert len(long_text) > 131072
    path = tmp_path / "long.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["text"], ["Short one."], [long_text]])
    out = tmp_path / "out"
    summary = score(path, out, model=tiny, level="document", progress=False)
    rows = read_rows(out)
    assert summary.rejects == 0 and [r["doc_id"] for r in rows] == ["0", "1"]
    assert rows[1]["chars"] == len(long_text) and rows[1]["sentences"] == 3200


# -- bad records ------------------------------------------------------------------

def _bad_jsonl(path: Path) -> Path:
    good = corpus(6, seed=3)
    with path.open("wb") as handle:
        for row in good[:3]:
            handle.write((json.dumps(row) + "\n").encode())
        handle.write(b'{"id": "null", "text": null}\n')
        handle.write(b'{"id": "number", "text": 42}\n')
        handle.write(b'{"id": "empty", "text": "   "}\n')
        handle.write(b'{"id": "nofield", "body": "x"}\n')
        handle.write(b'{"id": "cut", "text": "Prices\n')
        handle.write(b'\n')
        handle.write(b'{"id": "latin1", "text": "Caf\xe9 prices rose."}\n')
        handle.write(b'["a list"]\n')
        for row in good[3:]:
            handle.write((json.dumps(row) + "\n").encode())
    return path


def test_bad_records_go_to_the_rejects_file_with_reasons(tiny, tmp_path):
    path = _bad_jsonl(tmp_path / "bad.jsonl")
    out = tmp_path / "out"
    summary = score(path, out, model=tiny, level="document", progress=False)
    assert summary.documents == 6 and summary.rejects == 7
    assert summary.rejects_path == rejects_path(out) == tmp_path / "out.rejects.jsonl"
    rejects = [json.loads(line) for line in rejects_path(out).read_text().splitlines()]
    by_id = {r["id"]: r for r in rejects}
    assert "is null" in by_id["null"]["reason"]
    assert "int" in by_id["number"]["reason"]
    assert by_id["empty"]["reason"] == "'text' is blank (only whitespace)"  # its text is "   "
    assert "no 'text' field" in by_id["nofield"]["reason"]
    assert "UTF-8" in by_id["latin1"]["reason"] and "0xe9" in by_id["latin1"]["reason"]
    # a line cut short is placed where it stops, not at "column 1" after its line break, and named by the id
    # it gives before the break
    assert by_id["cut"]["reason"] == "not valid JSON: unterminated string starting at column 23"
    assert by_id["cut"]["where"] == "line 8"
    unreadable = [r for r in rejects if r["id"] is None]
    assert len(unreadable) == 1 and unreadable[0]["where"] == "line 11"
    assert "not a JSON object" in unreadable[0]["reason"]
    assert [r["record"] for r in rejects] == [3, 4, 5, 6, 7, 8, 9]
    assert len(read_rows(out)) == 6


def test_max_rejects_fails_a_finished_run_holding_more_rejects_naming_count_limit_and_file(tiny, tiny_dir, tmp_path,
                                                                                            capsys):
    path = _bad_jsonl(tmp_path / "bad.jsonl")  # 13 records, 7 of them rejected
    out = tmp_path / "out"
    with pytest.raises(framing.DataError) as error:
        score(path, out, model=tiny, progress=False, max_rejects=6)
    assert str(error.value) == (f"7 of 13 records were rejected, more than max_rejects=6 allows; the reasons are in "
                                f"{rejects_path(out)}; the output {out} is complete, with the 6 documents scored")
    assert read_manifest(out)["complete"] and len(read_rows(out)) > 0
    for limit in (7, "60%", "53.9%", None):  # 7 of 13 is 53.8%
        assert score(path, tmp_path / f"ok{limit}", model=tiny, progress=False, max_rejects=limit).rejects == 7
    command = ["score", str(path), "--out", str(tmp_path / "cli"), "--model", str(tiny_dir), "--max-rejects", "50%"]
    for resume in ([], ["--resume"]):  # resuming the finished output says it again
        assert main(command + resume) == 1
        assert capsys.readouterr().err == (
            f"framing score: error: 7 of 13 records were rejected, more than --max-rejects 50% allows (6.5 here); "
            f"the reasons are in {rejects_path(tmp_path / 'cli')}; the output {tmp_path / 'cli'} is complete, with "
            "the 6 documents scored\n")
    for wrong in ("-1", "101%", "x%", "1e3", "5 %"):
        with pytest.raises(SystemExit) as exit_status:
            main(command[:-1] + [wrong])
        assert exit_status.value.code == 2 and "argument --max-rejects: expected a count" in capsys.readouterr().err
    for wrong in (-1, True, 2.5, "101%", "five"):
        with pytest.raises(framing.InputError, match="max_rejects must be a count"):
            score(path, tmp_path / "never", model=tiny, progress=False, max_rejects=wrong)
    assert not (tmp_path / "never").exists()


def test_bad_records_in_csv_and_parquet(tiny, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(b"id,text\na,Prices rose.\nb,Caf\xe9 prices rose.\nc,\nd,The council met.\n")
    out = tmp_path / "csv-out"
    summary = score(path, out, model=tiny, level="document", progress=False)
    rejects = [json.loads(line) for line in rejects_path(out).read_text().splitlines()]
    assert summary.documents == 2 and [r["id"] for r in rejects] == ["b", "c"]
    assert "UTF-8" in rejects[0]["reason"] and "empty" in rejects[1]["reason"]

    pq.write_table(pa.table({"id": [1, 2, 3], "text": ["Prices rose.", None, "The council met."]}),
                   tmp_path / "bad.parquet")
    out = tmp_path / "pq-out"
    summary = score(tmp_path / "bad.parquet", out, model=tiny, level="document", progress=False)
    assert summary.rejects == 1 and [r["doc_id"] for r in read_rows(out)] == ["1", "3"]
    assert json.loads(rejects_path(out).read_text())["id"] == "2"


def test_strict_stops_at_the_first_bad_record(tiny_dir, tmp_path, capsys):
    path = _bad_jsonl(tmp_path / "bad.jsonl")
    code = main(["score", str(path), "--out", str(tmp_path / "out"), "--model", str(tiny_dir), "--strict",
                 "--quiet"])
    err = capsys.readouterr().err
    assert code == 1
    assert "record 3" in err and "line 4" in err and "'null'" in err and "is null" in err
    assert "Traceback" not in err
    assert not rejects_path(tmp_path / "out").exists()


def test_missing_text_column_fails_fast_listing_columns(tiny_dir, tmp_path, capsys, monkeypatch):
    inputs = {"a.jsonl": None, "a.csv": None, "a.parquet": None}
    write_jsonl(tmp_path / "a.jsonl", [{"id": 1, "body": "Prices rose."}])
    (tmp_path / "a.csv").write_text("id,body\n1,Prices rose.\n")
    pq.write_table(pa.table({"id": [1], "body": ["Prices rose."]}), tmp_path / "a.parquet")
    # fast: the columns are checked before the model is loaded
    monkeypatch.setattr("framing.analyze.load", lambda *args, **kwargs: pytest.fail("the model was loaded"))
    for name in inputs:
        code = main(["score", str(tmp_path / name), "--out", str(tmp_path / f"out-{name.replace('.', '-')}"),
                     "--model", str(tiny_dir), "--quiet"])
        err = capsys.readouterr().err
        assert code == 1, name
        assert "no text column 'text'" in err and "'id'" in err and "'body'" in err, err
        assert not (tmp_path / f"out-{name.replace('.', '-')}").exists()
    with pytest.raises(framing.DataError, match="no id column 'key'"):
        score(tmp_path / "a.jsonl", tmp_path / "o", text_column="body", id_column="key", model=tiny_dir)


def test_a_setting_is_named_as_an_option_on_the_command_line_and_a_keyword_in_python(jsonl, tiny_dir, tmp_path,
                                                                                   capsys):
    (tmp_path / "a.csv").write_text("id,body\n1,Prices rose.\n", encoding="utf-8")
    model = ["--model", str(tiny_dir), "--quiet"]
    assert main(["score", str(tmp_path / "a.csv"), "--out", str(tmp_path / "o"), *model]) == 1
    err = capsys.readouterr().err
    assert "Pass --text-column NAME to pick one" in err and "text_column" not in err and "Python" not in err, err
    with pytest.raises(framing.DataError, match=r"Pass text_column=NAME to pick one$"):
        score(tmp_path / "a.csv", tmp_path / "o", model=tiny_dir, progress=False)
    out = str(tmp_path / "out")
    assert main(["score", str(jsonl), "--out", out, *model]) == 0
    assert main(["score", str(jsonl), "--out", out, *model]) == 1
    err = capsys.readouterr().err
    assert "use --overwrite to score again, or another --out" in err, err
    assert "=True" not in err and "(--" not in err
    bad = _bad_jsonl(tmp_path / "bad.jsonl")  # a message built on another's (a --strict stop) keeps the options
    assert main(["score", str(bad), "--out", str(tmp_path / "strict"), *model, "--strict", "--chunk-docs", "1"]) == 1
    err = capsys.readouterr().err
    assert "--resume without --strict continues from there" in err and "=True" not in err, err


@pytest.mark.parametrize("message, command_line, python", [
    ("use resume=True (--resume) to continue it, overwrite=True (--overwrite) to start again, or another out (--out)",
     "use --resume to continue it, --overwrite to start again, or another --out",
     "use resume=True to continue it, overwrite=True to start again, or another out"),
    ("Pass text_column=NAME (--text-column NAME) to pick one", "Pass --text-column NAME to pick one",
     "Pass text_column=NAME to pick one"),
    ("or pass text_column='my text' (--text-column)", "or pass --text-column 'my text'",
     "or pass text_column='my text'"),
    ("pass batch_tokens=512 (--batch-tokens 512) for", "pass --batch-tokens 512 for", "pass batch_tokens=512 for"),
    ("pass context_sentences=3 (--context-sentences).", "pass --context-sentences 3.", "pass context_sentences=3."),
    ("or pass labels=['Attributed Claim', 'Fact'] (--labels 'Attributed Claim,Fact') to start",
     "or pass --labels 'Attributed Claim,Fact' to start", "or pass labels=['Attributed Claim', 'Fact'] to start"),
    ("or headline_column=False (--no-headline-column) to leave it", "or --no-headline-column to leave it",
     "or headline_column=False to leave it"),
    # not a keyword and its option: left as written for both
    ("context is off (--no-context)", "context is off (--no-context)", "context is off (--no-context)"),
    ("ask for fewer (--workers)", "ask for fewer (--workers)", "ask for fewer (--workers)"),
])
def test_a_message_naming_a_setting_for_both_callers_is_worded_for_each(message, command_line, python):
    from framing.errors import DataError, command_line_wording, python_wording, written_message

    assert command_line_wording(message) == command_line and python_wording(message) == python
    error = DataError(message)
    assert str(error) == python and written_message(error) == message
    assert written_message(ValueError(message)) == message


def test_a_warning_naming_a_setting_is_worded_for_python_and_inside_a_command_for_the_command_line(caplog):
    import logging

    from framing.errors import command_line_warnings, warn

    logger = logging.getLogger("framing.test")
    message = "pass batch_tokens=%d (--batch-tokens %d) to match it; 100%% of rows"
    with caplog.at_level(logging.WARNING, logger="framing.test"):
        warn(logger, message, 512, 512)
        with pytest.raises(RuntimeError), command_line_warnings():
            warn(logger, message, 512, 512)
            raise RuntimeError
        warn(logger, message, 512, 512)  # Python's wording again after the command, however it ended
    assert [r.getMessage() for r in caplog.records] == [
        "pass batch_tokens=512 to match it; 100% of rows", "pass --batch-tokens 512 to match it; 100% of rows",
        "pass batch_tokens=512 to match it; 100% of rows"]
    assert all(r.funcName.startswith("test_a_warning") for r in caplog.records)  # logged where warn is called


def test_a_command_on_one_thread_leaves_a_library_call_on_another_with_python_wording(caplog):
    import logging
    import threading

    from framing.errors import command_line_warnings, warn

    logger = logging.getLogger("framing.test")
    message = "batch_tokens=%d (--batch-tokens %d) is small"
    inside, library_done = threading.Event(), threading.Event()

    def command():  # the CLI, still running its command while the library call warns
        with command_line_warnings():
            inside.set()
            library_done.wait(10)
            warn(logger, message, 64, 64)

    def library():
        inside.wait(10)
        warn(logger, message, 64, 64)
        library_done.set()

    threads = [threading.Thread(target=command), threading.Thread(target=library)]
    with caplog.at_level(logging.WARNING, logger="framing.test"):
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert {r.threadName: r.getMessage() for r in caplog.records} == {
        threads[0].name: "--batch-tokens 64 is small", threads[1].name: "batch_tokens=64 is small"}


# -- the CLI, chunking, refusing ----------------------------------------------------

def test_cli_prints_one_summary_line_and_no_progress_bar_off_a_terminal(jsonl, tiny_dir, tmp_path, capsys):
    code = main(["score", str(jsonl), "--out", str(tmp_path / "out"), "--model", str(tiny_dir)])
    captured = capsys.readouterr()
    assert code == 0
    lines = captured.out.strip().splitlines()
    assert len(lines) == 1 and "60 documents" in lines[0] and "sentences" in lines[0] and "0 rejects" in lines[0]
    assert "documents/s" in lines[0] and " s " in lines[0]
    assert "score:" not in captured.err and "\r" not in captured.err  # no tqdm bar


def test_chunks_by_documents_and_by_time(jsonl, reference, tiny, tmp_path):
    out = tmp_path / "by-docs"
    score(jsonl, out, model=tiny, chunk_docs=25, progress=False)
    manifest = read_manifest(out)
    assert [p["records"] for p in manifest["parts"]] == [[0, 25], [25, 50], [50, 60]]
    # Small blocks and a tiny time limit: a commit after every block.
    out = tmp_path / "by-time"
    score(jsonl, out, model=tiny, chunk_seconds=1e-6, block_chars=600, progress=False)
    parts = read_manifest(out)["parts"]
    assert len(parts) > 3 and all(p["records"][1] - p["records"][0] < 60 for p in parts)
    rows = read_rows(out)
    keys = [(r["doc_id"], r["sentence_index"]) for r in rows]
    assert len(keys) == len(set(keys)) == len(read_rows(reference[0]))


def test_a_resume_through_a_link_to_the_input_continues_and_a_refusal_says_what_differs(tiny, tmp_path):
    from framing.scale.readers import fingerprint_files

    source, out = write_jsonl(tmp_path / "news.jsonl", corpus(3)), tmp_path / "out"
    score(source, out, model=tiny, progress=False)
    # a file given as itself keeps the fingerprint earlier framings gave it, so their outputs still resume
    assert read_manifest(out)["input"]["fingerprint"] == fingerprint_files([source])
    (tmp_path / "link.jsonl").symlink_to(source)
    assert score(tmp_path / "link.jsonl", out, model=tiny, resume=True, progress=False).documents == 3
    copy = tmp_path / "copy.jsonl"
    copy.write_bytes(source.read_bytes())
    with pytest.raises(framing.DataError, match=r"the file's name differs, news.jsonl then and copy.jsonl now, "
                                                r"and a file's name counts in its fingerprint"):
        score(copy, out, model=tiny, resume=True, progress=False)
    # a record appended resumes (test_score_appended.py); one edited is refused, through the link too
    source.write_text(source.read_text(encoding="utf-8").replace("doc0", "doc00"), encoding="utf-8")
    with pytest.raises(framing.DataError, match=r"different input \(then (\S+) \[jsonl\], fingerprint \w+; now \1 "
                                                r"\[jsonl\], fingerprint \w+\): the file changed since it was "
                                                r"scored: its first \d+ bytes, the whole file when it was scored, "
                                                r"differ now"):
        score(tmp_path / "link.jsonl", out, model=tiny, resume=True, progress=False)


def test_an_edit_in_the_middle_of_the_input_that_keeps_its_size_is_seen(tiny, tmp_path, monkeypatch):
    """The manifest keeps the whole input's fingerprint: an edit between a file's first and last MiB (here 64 bytes)
    that keeps its size, and even every sentence at its offsets (a line break made a tab, which the profile reads),
    is refused on resume and when the output is summed up."""
    monkeypatch.setattr(framing.scale.readers, "_FINGERPRINT_BYTES", 64)
    rows = [{"id": f"d{i}", "text": "Vask said the ferry was late.\nThe council met."} for i in range(6)]
    source, out = write_jsonl(tmp_path / "news.jsonl", rows), tmp_path / "out"
    score(source, out, model=tiny, progress=False)
    data = source.read_bytes()
    middle = data.index(b"\\n", len(data) // 2)
    source.write_bytes(data[:middle] + b"\\t" + data[middle + 2:])
    assert framing.scale.readers.fingerprint_files([source]) == read_manifest(out)["input"]["fingerprint"]
    with pytest.raises(framing.DataError, match="has changed since it was scored"):
        list(framing.scale.scored_documents(out))
    with pytest.raises(framing.DataError, match="news.jsonl has changed since it was scored .*first and last MiB"):
        score(source, out, model=tiny, resume=True, progress=False)


def test_refuses_existing_output_and_other_inputs_or_models(jsonl, docs, tiny_dir, tmp_path):
    out = tmp_path / "out"
    score(jsonl, out, model=tiny_dir, progress=False)
    with pytest.raises(framing.DataError, match=r"complete output .*; use overwrite=True to score again, or anoth"):
        score(jsonl, out, model=tiny_dir, progress=False)
    other = write_jsonl(tmp_path / "other.jsonl", docs[:-1])
    with pytest.raises(framing.DataError, match="different input") as info:
        score(other, out, model=tiny_dir, resume=True, progress=False)
    assert "other.jsonl" in str(info.value) and "docs.jsonl" in str(info.value)
    # what --overwrite would do is said, beside the other out a new input goes to
    assert str(info.value).endswith("another out for this one (an output holds the scores of one input: a new day's "
                                    "file goes to a new out), or overwrite=True to delete these scores and start again")
    from conftest import make_tiny

    with pytest.raises(framing.DataError, match="different model"):
        score(jsonl, out, model=make_tiny(tmp_path / "tiny2", seed=1), resume=True, progress=False)
    with pytest.raises(framing.DataError, match="settings differ.*level"):
        score(jsonl, out, model=tiny_dir, resume=True, level="document", progress=False)
    again = score(jsonl, out, model=tiny_dir, resume=True, progress=False)  # complete: nothing to do
    assert again.new_documents == 0 and again.documents == len(docs)
    # an output whose manifest does not record its columns (an older framing) is not resumed into
    manifest = read_manifest(out)
    del manifest["settings"]["columns"]
    manifest_path(out).write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(framing.DataError, match="settings differ.*columns: then 'not recorded'"):
        score(jsonl, out, model=tiny_dir, resume=True, progress=False)
    summary = score(other, out, model=tiny_dir, overwrite=True, progress=False)
    assert summary.documents == len(docs) - 1
    (tmp_path / "foreign").mkdir()
    (tmp_path / "foreign" / "keep.txt").write_text("mine")
    with pytest.raises(framing.DataError, match="not empty"):
        score(jsonl, tmp_path / "foreign", model=tiny_dir, progress=False)


def test_a_copied_output_without_its_manifest_is_not_wiped(jsonl, tiny, tmp_path):
    """The manifest sits beside the folder, so copying the folder leaves it behind: a new run into the copy
    must refuse rather than delete the committed parts it finds."""
    import shutil

    score(jsonl, tmp_path / "out", model=tiny, progress=False, chunk_docs=20)
    shutil.copytree(tmp_path / "out", tmp_path / "copy")
    parts = sorted(p.name for p in (tmp_path / "copy").iterdir())
    assert len(parts) == 3 and not manifest_path(tmp_path / "copy").exists()
    for resume in (False, True):
        with pytest.raises(framing.DataError, match=r"copy: holds 3 part file\(s\) .* but no manifest beside it"):
            score(jsonl, tmp_path / "copy", model=tiny, progress=False, resume=resume)
        assert sorted(p.name for p in (tmp_path / "copy").iterdir()) == parts
    assert score(jsonl, tmp_path / "copy", model=tiny, progress=False, overwrite=True).documents == 60
    assert len(read_rows(tmp_path / "copy")) == len(read_rows(tmp_path / "out"))


def test_two_runs_cannot_write_one_output(jsonl, tiny, tmp_path):
    from framing.scale.scoring import output_schema
    from framing.scale.writer import ChunkWriter

    identity = {"input": {"fingerprint": "x"}, "model": {"fingerprint": "y"}, "settings": {}}
    holder = ChunkWriter(tmp_path / "out", "parquet", output_schema("sentence", tiny.labels), identity)
    try:
        with pytest.raises(framing.DataError, match="another 'framing score' is writing here"):
            score(jsonl, tmp_path / "out", model=tiny, resume=True, progress=False)
    finally:
        holder.close()
    assert score(jsonl, tmp_path / "out", model=tiny, overwrite=True, progress=False).documents == 60


def _score_in_a_process(path, out, tiny_dir, tmp_path, commits: int):
    """``framing score PATH --out OUT`` started in a child process, returned once it has committed ``commits``
    chunks (or ended), with its command and environment; its stderr goes to ``tmp_path / "stderr.txt"``."""
    command = [sys.executable, "-m", "framing.cli", "score", str(path), "--out", str(out),
               "--model", str(tiny_dir), "--chunk-docs", "25", "--quiet"]
    # One thread, as in this process (see one_thread), for a reference run in it.
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    # stderr to a file, not a pipe nobody reads: a full pipe would block the run
    with open(tmp_path / "stderr.txt", "wb") as stderr:
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
    # Wait for the commits however slow the machine; the guard only ends a run that hangs.
    guard = time.monotonic() + 30 * 60
    committed = 0
    while process.poll() is None and committed < commits:
        assert time.monotonic() < guard, f"no {commits} commits in 30 minutes: the run hangs"
        try:
            manifest = read_manifest(out)
        except framing.DataError:
            manifest = None
        committed = len(manifest["parts"]) if manifest else 0
        if committed < commits:
            time.sleep(0.02)
    return process, command, env


def test_resume_after_kill_9_equals_an_uninterrupted_run(tiny_dir, tmp_path):
    docs = corpus(300, seed=7, most=2)  # 12 chunks: the kill comes after 3
    path = write_jsonl(tmp_path / "big.jsonl", docs)
    out = tmp_path / "out"
    process, command, env = _score_in_a_process(path, out, tiny_dir, tmp_path, commits=3)
    process.kill()  # SIGKILL (nothing is sent to a process that has already ended and been reaped)
    returncode = process.wait()
    assert returncode == -signal.SIGKILL, \
        f"the run ended ({returncode}) before it could be killed: {(tmp_path / 'stderr.txt').read_text()[-2000:]}"
    killed = read_manifest(out)
    assert not killed["complete"] and 3 <= len(killed["parts"]) < 12

    resumed = subprocess.run(command + ["--resume"], env=env, capture_output=True, text=True, timeout=30 * 60)
    assert resumed.returncode == 0, resumed.stderr
    assert "resumed after" in resumed.stdout

    reference = tmp_path / "reference"
    score(path, reference, model=tiny_dir, chunk_docs=25, progress=False)
    rows, expected = read_rows(out), read_rows(reference)
    keys = [(r["doc_id"], r["sentence_index"]) for r in rows]
    assert len(keys) == len(set(keys))
    assert {r["doc_id"] for r in rows} == {d["id"] for d in docs}
    assert rows == expected
    # Every file under OUT is committed: a reader of the folder sees the same rows.
    assert pads.dataset(out, format="parquet").to_table().num_rows == len(expected)
    assert sorted(p.name for p in out.iterdir() if p.suffix == ".parquet") == \
        sorted(p["file"] for p in read_manifest(out)["parts"])


def test_sigterm_stops_a_run_as_ctrl_c_does_saying_what_is_committed(tiny_dir, tmp_path):
    """``timeout``, systemd and ``docker stop`` send SIGTERM: the run stops cleanly, as for Ctrl-C, with exit 143."""
    path = write_jsonl(tmp_path / "big.jsonl", corpus(2000, seed=3, most=2))
    out = tmp_path / "out"
    process, _, _ = _score_in_a_process(path, out, tiny_dir, tmp_path, commits=1)
    process.terminate()  # SIGTERM
    returncode = process.wait(timeout=5 * 60)
    message = (tmp_path / "stderr.txt").read_text()
    assert returncode == 128 + signal.SIGTERM, f"ended with {returncode}: {message[-2000:]}"
    stopped = read_manifest(out)
    assert not stopped["complete"] and stopped["parts"]
    count = stopped["progress"]["documents"]
    assert message.strip().splitlines()[-1] == (
        f"framing score: interrupted (SIGTERM); {out} holds {count:,} committed documents: rerun with --resume "
        "to continue that output, or --overwrite to start again")
    assert not any(p.name.startswith(".") for p in out.iterdir())  # no lock file, no temporary part left


def _fail_on_call(monkeypatch, name: str, call: int, partial: bool) -> None:
    """Make ``ChunkWriter.<name>`` hit a full disk on its ``call``-th use (after writing some bytes)."""
    from framing.scale.writer import ChunkWriter

    real = getattr(ChunkWriter, name)
    calls = {"n": 0}

    def failing(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == call:
            if partial and name == "_write_part":  # a half-written temporary file, as a real full disk leaves
                (self.out / f".{args[0]}.tmp").write_bytes(b"PAR1" + b"\0" * 100)
            elif partial:  # half a line of the commit log
                with self.log_file.open("ab") as handle:
                    handle.write(json.dumps(args[0]).encode("utf-8")[:40])
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(ChunkWriter, name, failing)


@pytest.mark.parametrize("where", ["_write_part", "_append_commit"])
def test_disk_full_gives_a_clear_error_and_a_valid_resumable_output(where, jsonl, tiny_dir, tmp_path,
                                                                      monkeypatch, capsys):
    out = tmp_path / "out"
    command = ["score", str(jsonl), "--out", str(out), "--model", str(tiny_dir), "--chunk-docs", "10", "--quiet"]
    # The 3rd part's write fails, or its commit, half of whose line reaches the commit log.
    _fail_on_call(monkeypatch, where, 3, partial=True)
    assert main(command) == 1
    err = capsys.readouterr().err
    assert "disk is full" in err and "No space left on device" in err and "--resume" in err
    assert "20 documents in 2 committed parts" in err

    # What was committed is a valid output: two parts, nothing else under OUT (no temporary file either).
    assert sorted(p.name for p in out.iterdir()) == ["part-000000.parquet", "part-000001.parquet"]
    manifest = read_manifest(out)
    assert not manifest["complete"] and [p["file"] for p in manifest["parts"]] == \
        ["part-000000.parquet", "part-000001.parquet"]
    assert manifest["progress"]["documents"] == 20
    assert pads.dataset(out, format="parquet").to_table().num_rows == len(read_rows(out)) > 0

    monkeypatch.undo()  # space freed
    assert main(command + ["--resume"]) == 0
    uninterrupted = tmp_path / "uninterrupted"
    assert main(command[:3] + [str(uninterrupted)] + command[4:]) == 0
    assert read_rows(out) == read_rows(uninterrupted)
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == \
        sorted(p["file"] for p in read_manifest(out)["parts"])


def test_disk_full_when_marking_the_output_complete(jsonl, tiny_dir, tmp_path, monkeypatch, capsys):
    out = tmp_path / "out"
    command = ["score", str(jsonl), "--out", str(out), "--model", str(tiny_dir), "--chunk-docs", "10", "--quiet"]
    # The manifest is written as the run starts and as it finishes (six commits in between go to the commit log).
    _fail_on_call(monkeypatch, "_write_manifest", 2, partial=False)
    assert main(command) == 1
    err = capsys.readouterr().err
    assert "could not mark the output complete: the disk is full" in err and "60 documents" in err
    manifest = read_manifest(out)
    assert not manifest["complete"] and manifest["progress"]["documents"] == 60
    monkeypatch.undo()
    assert main(command + ["--resume"]) == 0
    assert read_manifest(out)["complete"] and len(read_rows(out)) == sum(p["rows"] for p in manifest["parts"])


@pytest.mark.parametrize("kind,loads", [("jsonl", 0), ("jsonl_blank_end", 0), ("parquet", 0), ("csv", 1),
                                        ("jsonl.gz", 1), ("hf_dataset", 1)])  # these cannot tell without reading
def test_resuming_an_output_whose_every_record_is_committed_finishes_it_without_loading_the_model(
        kind, loads, docs, tiny_dir, tmp_path, monkeypatch):
    import framing.analyze
    from framing.scale.writer import WriteFailed

    few = docs[:6]
    paths = {**_formats(tmp_path, few), "jsonl": write_jsonl(tmp_path / "docs.jsonl", few)}
    paths["jsonl_blank_end"] = tmp_path / "blank_end.jsonl"
    paths["jsonl_blank_end"].write_text(paths["jsonl"].read_text(encoding="utf-8") + "\n  \n", encoding="utf-8")
    out = tmp_path / "out"
    _fail_on_call(monkeypatch, "_write_manifest", 2, partial=False)  # every part committed, not marked complete
    with pytest.raises(WriteFailed):
        score(paths[kind], out, model=tiny_dir, chunk_docs=4, progress=False)
    monkeypatch.undo()
    assert not read_manifest(out)["complete"] and read_manifest(out)["progress"]["documents"] == 6
    real_load, loaded = framing.analyze.load, []
    monkeypatch.setattr(framing.analyze, "load", lambda *a, **k: loaded.append(a) or real_load(*a, **k))
    summary = score(paths[kind], out, model=tiny_dir, chunk_docs=4, resume=True, progress=False)
    assert len(loaded) == loads and summary.complete and read_manifest(out)["complete"]
    assert (summary.documents, summary.new_documents, summary.load_seconds) == (6, 0, 0.0 if not loads else
                                                                                  summary.load_seconds)
    assert len(read_rows(out)) == summary.sentences


def test_disk_full_as_the_output_is_created_is_one_message_and_leaves_nothing_behind(tiny_dir, tmp_path,
                                                                                       monkeypatch, capsys):
    from framing.scale.writer import ChunkWriter

    source = write_jsonl(tmp_path / "in.jsonl", corpus(3, seed=2))
    out = tmp_path / "out"

    def full(self, manifest=None):  # the temporary manifest is opened, then the disk runs out
        (self.manifest_file.parent / f".{self.manifest_file.name}.tmp").write_text("{", encoding="utf-8")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ChunkWriter, "_write_manifest", full)
    assert main(["score", str(source), "--out", str(out), "--model", str(tiny_dir), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "could not start the output: the disk is full" in err and "No document is committed" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]  # no folder, no temporary manifest


@pytest.mark.parametrize("code, cause", [(errno.ENOSPC, "the disk is full"), (errno.EACCES, "permission denied"),
                                         (errno.EROFS, "the file system is read-only")])
def test_a_failed_commit_names_its_cause_and_says_to_resume_once(code, cause, tiny_dir, tmp_path, monkeypatch,
                                                                 capsys):
    from framing.scale.writer import ChunkWriter

    source = write_jsonl(tmp_path / "in.jsonl", corpus(4, seed=3, most=1))
    real = ChunkWriter._write_part
    calls = []

    def second_fails(self, *args):
        calls.append(args[0])
        if len(calls) == 2:
            raise OSError(code, os.strerror(code))
        return real(self, *args)

    monkeypatch.setattr(ChunkWriter, "_write_part", second_fails)
    command = ["score", str(source), "--out", str(tmp_path / "out"), "--model", str(tiny_dir), "--quiet",
               "--chunk-docs", "2"]
    assert main(command) == 1
    err = capsys.readouterr().err
    assert f"could not commit part-000001.parquet: {cause} ({os.strerror(code)})" in err
    assert err.count("--resume") == 1 and "stopped:" not in err and "2 documents in 1 committed part" in err


# -- helpers --------------------------------------------------------------------

def test_datasets_map_helper_adds_label_columns(docs, tiny):
    import datasets

    ds = datasets.Dataset.from_list(docs[:20])
    labeled = ds.map(DatasetLabeler(tiny), batched=True, batch_size=8)
    expected = list(tiny.analyze_many([d["text"] for d in docs[:20]]))
    assert labeled["sentence_labels"] == [[s.label for s in doc.sentences] for doc in expected]
    assert labeled["n_sentences"] == [len(doc.sentences) for doc in expected]
    assert labeled["sentence_starts"][0] == [s.start for s in expected[0].sentences]
    assert all(f"share_{label}" in labeled.column_names for label in tiny.labels)

    sentences = datasets.Dataset.from_dict({"text": SENTENCES})
    out = sentences.map(DatasetLabeler(tiny, level="sentence"), batched=True)
    assert out["label"] == [p.label for p in tiny.classify(SENTENCES)]

    bad = datasets.Dataset.from_dict({"text": ["Fine.", None, "Fine too."]})
    with pytest.raises(framing.DataError, match="row 1: 'text' is null"):
        bad.map(DatasetLabeler(tiny), batched=True, with_indices=True)


def test_datasets_map_helper_warns_of_html_markup_in_the_first_batch_alone(tiny, caplog):
    import logging

    page = "<p>The <b>council</b> voted on Monday.</p><p>Critics called it &quot;hasty&quot;.</p>"
    labeler = DatasetLabeler(tiny)
    with caplog.at_level(logging.WARNING, logger="framing.analyze"):
        for batch in (["The council voted.", page], [page, page], [page]):
            labeler({"text": batch})
    assert [r.getMessage()[:60] for r in caplog.records if "HTML" in r.getMessage()] == [
        "1 of 2 documents holds HTML tags or entities (the first is t"]


def test_datasets_map_helper_never_overwrites_a_column(tiny):
    import datasets

    gold = datasets.Dataset.from_dict({"text": ["The ministry denied it.", "Prices rose."], "label": [1, 0]})
    with pytest.raises(framing.DataError, match=r"already has columns \['label'\].*rename_column\('label', "
                                                r"'gold_label'\)"):
        gold.map(DatasetLabeler(tiny, level="sentence"), batched=True)
    counted = datasets.Dataset.from_dict({"text": ["Prices rose."], "n_sentences": [9]})
    with pytest.raises(framing.DataError, match=r"already has columns \['n_sentences'\]"):
        counted.map(DatasetLabeler(tiny), batched=True)
    assert gold.rename_column("label", "gold").map(DatasetLabeler(tiny, level="sentence"),
                                                   batched=True)["gold"] == [1, 0]
    with pytest.raises(framing.DataError, match="takes whole batches"):
        gold.map(DatasetLabeler(tiny), batched=True, input_columns=["text"])


def test_datasets_map_with_processes_after_inference_in_the_parent_finishes(tiny_dir, tmp_path):
    """A forked worker that used the parent's torch threads could hang: each worker runs on one thread."""
    script = tmp_path / "fork.py"
    script.write_text(
        "import datasets, framing\n"
        "from framing.scale import DatasetLabeler\n"
        f"model = {str(tiny_dir)!r}\n"
        "framing.load(model, device='cpu').analyze_many(['The ministry denied it. Prices rose.'] * 8)\n"
        "ds = datasets.Dataset.from_dict({'text': ['The ministry denied it. Prices rose 3 percent.'] * 7})\n"
        "out = ds.map(DatasetLabeler(model, device='cpu'), batched=True, batch_size=4, num_proc=2)\n"
        "print('rows', len(out), len(out['n_sentences']))\n", encoding="utf-8")
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=240)
    assert result.returncode == 0 and "rows 7 7" in result.stdout, result.stderr[-2000:]


def test_pandas_helper_scores_a_text_column(docs, tiny, reference):
    import pandas as pd

    df = pd.DataFrame(docs).set_index("id")
    scored = score_dataframe(df, model=tiny)
    assert list(scored.index) == list(df.index) and (scored["text"] == df["text"]).all()
    expected = list(tiny.analyze_many(df["text"].tolist()))
    assert scored["sentences"].tolist() == [len(d.sentences) for d in expected]
    assert scored["share_official_denial"].tolist() == [d.profile["shares"]["official_denial"] for d in expected]

    rows = score_dataframe(df, model=tiny, level="sentence")
    assert rows.to_dict(orient="records") == expected_sentence_rows(tiny, docs)

    with pytest.raises(framing.DataError, match=r"row 1 \(index 'doc1'\): 'text' is null"):
        score_dataframe(df.assign(text=[None if i == 1 else t for i, t in enumerate(df["text"])]), model=tiny)
    with pytest.raises(framing.DataError, match="no text column 'body'"):
        score_dataframe(df, text_column="body", model=tiny)


def test_pandas_helper_columns_have_the_parquet_output_types(reference, docs, tiny, tmp_path):
    import pandas as pd

    out, _ = reference
    written = pads.dataset(out, format="parquet").to_table().to_pandas()
    rows = score_dataframe(pd.DataFrame(docs).set_index("id"), model=tiny, level="sentence")
    # record, the input record number, is framing score's alone: the helper's rows keep the caller's index
    numeric = [c for c in written.columns if written[c].dtype.kind in "biuf" and c != "record"]
    assert {"score_official_denial", "sentence_index", "truncated"} <= set(numeric)
    assert {c: rows[c].dtype for c in numeric} == {c: written[c].dtype for c in numeric}

    doc_out = tmp_path / "docs"
    score(write_jsonl(tmp_path / "d.jsonl", docs[:5]), doc_out, model=tiny, level="document", progress=False)
    written = pads.dataset(doc_out, format="parquet").to_table().to_pandas()
    scored = score_dataframe(pd.DataFrame(docs[:5]).set_index("id"), model=tiny)
    numeric = [c for c in written.columns if written[c].dtype.kind in "biuf" and c != "record"]
    assert {"count_official_denial", "sentences", "share_official_denial"} <= set(numeric)
    assert {c: scored[c].dtype for c in numeric} == {c: written[c].dtype for c in numeric}


def test_framing_score_is_exported(tmp_path):
    assert framing.score is score
    assert "score" in framing.__all__


# -- reruns after a run that committed nothing, CLI messages ------------------------

def test_rerun_after_a_strict_failure_that_committed_nothing(tiny_dir, tmp_path, capsys):
    path = _bad_jsonl(tmp_path / "bad.jsonl")
    out = tmp_path / "out"
    command = ["score", str(path), "--out", str(out), "--model", str(tiny_dir), "--strict", "--quiet"]
    assert main(command) == 1
    assert read_manifest(out)["parts"] == []
    err = capsys.readouterr().err  # nothing committed: the same command runs again, no --resume nor --overwrite
    assert "(stopped: 0 documents are committed in" in err and "run the same command again" in err, err
    assert "--overwrite" not in err and "--resume" not in err
    write_jsonl(path, corpus(6, seed=3))  # the input fixed: no flag is needed to start again
    assert main(command) == 0
    assert "6 documents" in capsys.readouterr().out and read_manifest(out)["complete"]
    # A committed output is still refused, with what to do about it.
    assert main(command) == 1
    err = capsys.readouterr().err
    # a complete output has nothing to continue: --resume is not offered
    assert f"{out}: already holds the complete output of an earlier run (6 documents committed); use --overwrite " \
        "to score again, or another --out" in err and "--resume" not in err
    # its folder deleted, the manifest left beside it: said so, not "holds the output"
    shutil.rmtree(out)
    assert main(command) == 1
    err = capsys.readouterr().err
    assert f"{out}: is gone, but out.manifest.json beside it records an earlier run's output there" in err
    assert "--overwrite" in err and "--resume" not in err
    assert main(command + ["--overwrite"]) == 0 and read_manifest(out)["complete"]
    # --resume also starts afresh over an output with nothing committed, even from another input.
    other = tmp_path / "other"
    assert main(["score", str(_bad_jsonl(tmp_path / "bad2.jsonl")), "--out", str(other), "--model", str(tiny_dir),
                 "--strict", "--quiet"]) == 1
    summary = score(path, other, model=tiny_dir, resume=True, progress=False)
    assert summary.documents == 6 and summary.resumed_documents == 0


@pytest.mark.parametrize("options,message,not_named", [
    (["--chunk-seconds", "-1"], "--chunk-seconds must be a positive number, got -1", "--gpus-per-worker"),
    (["--chunk-seconds", "nan"], "--chunk-seconds must be a positive number, got nan", "--gpus-per-worker"),
    (["--engine", "ray", "--gpus-per-worker", "-1"], "--gpus-per-worker must be a number >= 0, got -1",
     "--chunk-seconds"),
    (["--workers", "2"], "--workers is for --engine ray; the local engine runs in this process", "--gpus-per-worker"),
])
def test_option_errors_name_only_the_offending_option(options, message, not_named, jsonl, tmp_path, capsys):
    assert main(["score", str(jsonl), "--out", str(tmp_path / "out")] + options) == 2
    err = capsys.readouterr().err
    assert message in err and not_named not in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("options,keywords,python,command_line", [
    (["--resume", "--overwrite"], dict(resume=True, overwrite=True),
     "resume and overwrite exclude each other: resume continues an earlier output, overwrite replaces it",
     "--resume and --overwrite exclude each other: --resume continues an earlier output, --overwrite replaces it"),
    (["--chunk-docs", "0"], dict(chunk_docs=0), "chunk_docs must be a positive integer, got 0",
     "--chunk-docs must be a positive integer, got 0"),
    (["--chunk-seconds", "0"], dict(chunk_seconds=0.0), "chunk_seconds must be a positive number, got 0.0",
     "--chunk-seconds must be a positive number, got 0"),
    (["--engine", "ray", "--workers", "0"], dict(engine="ray", workers=0), "workers must be a positive integer, got 0",
     "--workers must be a positive integer, got 0"),
    (["--workers", "2", "--gpus-per-worker", "1"], dict(workers=2, gpus_per_worker=1.0),
     "workers and gpus_per_worker are for engine='ray'; the local engine runs in this process",
     "--workers and --gpus-per-worker are for --engine ray; the local engine runs in this process"),
    (["--engine", "ray", "--tokenizer-workers", "2"], dict(engine="ray", tokenizer_workers=2),
     "tokenizer_workers is for the local engine: each Ray actor tokenizes on its own CPU (ask for more actors with "
     "workers instead)",
     "--tokenizer-workers is for the local engine: each Ray actor tokenizes on its own CPU (ask for more actors with "
     "--workers instead)"),
])
def test_an_option_rule_is_one_message_worded_for_python_and_for_the_command_line(options, keywords, python,
                                                                                  command_line, jsonl, tmp_path,
                                                                                  capsys):
    with pytest.raises(framing.InputError) as refused:
        score(jsonl, tmp_path / "out", **keywords)
    assert str(refused.value) == python
    assert main(["score", str(jsonl), "--out", str(tmp_path / "out")] + options) == 2
    assert capsys.readouterr().err == f"framing score: error: {command_line}\n"
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("keywords", [dict(chunk_seconds=float("nan")), dict(gpus_per_worker=float("nan"))])
def test_the_python_api_refuses_a_nan_option_as_the_command_line_does(keywords, jsonl, tmp_path):
    with pytest.raises(framing.InputError, match="must be a .*number.*, got nan"):
        score(jsonl, tmp_path / "out", **keywords)
    assert not (tmp_path / "out").exists()


def test_standard_input_and_output_are_refused_with_what_to_pass(jsonl, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["score", "-", "--out", "x"]) == 2
    err = capsys.readouterr().err
    assert "standard input is not supported" in err and "save it to a file" in err and "(none)" not in err
    assert main(["score", str(jsonl), "--out", "-"]) == 2
    assert "give a folder path" in capsys.readouterr().err
    assert not (tmp_path / "x").exists() and not (tmp_path / "-").exists()


def test_every_commit_is_logged_the_last_one_too(jsonl, tiny, tmp_path, caplog):
    import logging

    with caplog.at_level(logging.INFO, logger="framing.scale"):
        score(jsonl, tmp_path / "one", model=tiny, progress=False)  # the 60 documents fit one chunk
    assert "committed 60 records; 60 records, 60 documents" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="framing.scale"):
        score(jsonl, tmp_path / "three", model=tiny, progress=False, chunk_docs=25)
    commits = [m.split(";")[0] for m in caplog.messages if m.startswith("committed ")]
    assert commits == ["committed 25 records", "committed 25 records", "committed 10 records"]


def test_resuming_a_finished_output_loads_no_model_and_says_it_is_complete(jsonl, tiny_dir, tmp_path, monkeypatch,
                                                                          capsys):
    import framing.analyze

    out = tmp_path / "out"
    first = score(jsonl, out, model=tiny_dir, progress=False)
    loads = []
    real_load = framing.analyze.load
    monkeypatch.setattr(framing.analyze, "load", lambda *a, **k: loads.append(a) or real_load(*a, **k))
    again = score(jsonl, out, model=tiny_dir, resume=True, progress=False)
    assert loads == [] and again.already_complete and again.documents == first.documents
    assert str(again) == (f"{out}: already complete ({first.documents:,} documents, {first.sentences:,} sentences, "
                          f"0 rejects); nothing to do")
    # a run with work to do still loads the model, after the output is checked
    score(jsonl, tmp_path / "fresh", model=tiny_dir, progress=False)
    assert len(loads) == 1


def test_overwrite_with_a_model_that_fails_to_load_leaves_the_earlier_output(jsonl, tiny_dir, tmp_path):
    import shutil

    out = tmp_path / "keep"
    first = score(jsonl, out, model=tiny_dir, progress=False)
    parts = sorted(p.name for p in out.iterdir())
    broken = tmp_path / "broken"
    shutil.copytree(tiny_dir, broken)
    weights = broken / "weights.safetensors"
    weights.write_bytes(weights.read_bytes()[: weights.stat().st_size // 2])
    with pytest.raises(framing.ModelError):
        score(jsonl, out, model=broken, overwrite=True, progress=False)
    assert sorted(p.name for p in out.iterdir()) == parts
    assert read_manifest(out)["complete"] and read_manifest(out)["progress"]["documents"] == first.documents


def test_sentence_rows_give_a_hand_labelled_sentence_null_scores():
    from framing.document import Document, Sentence
    from framing.scale import sentence_rows

    doc = Document("The mayor resigned.", (Sentence("The mayor resigned.", 0, 19, "reported_fact", {}),))
    row, = sentence_rows("a", doc, framing.LABELS)
    assert row["label"] == "reported_fact" and all(row[f"score_{label}"] is None for label in framing.LABELS)


def test_a_run_warns_once_of_its_documents_holding_html_or_not_in_english(tiny, tmp_path, caplog):
    import logging

    rows = [{"id": "a", "text": "The council voted on Monday. Critics called it hasty."},
            {"id": "b", "text": "<p>The <b>council</b> voted.</p><p>Critics called it &quot;hasty&quot;.</p>"},
            {"id": "c", "text": "El ministerio negó el informe el martes. Es una vergüenza para todos."},
            {"id": "d", "text": "<p>The port <i>closed</i> &amp; reopened.</p>"}]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="framing.scale"):
        score(path, tmp_path / "out.jsonl", model=tiny, chunk_docs=1, progress=False)
    assert [r.getMessage()[:80] for r in caplog.records] == [
        "2 of 4 documents hold HTML tags or entities (the first is record 1, id 'b'): fra",
        "1 of 4 documents does not look like English (the first is record 2, id 'c'): the"]


def test_a_run_warns_once_of_its_documents_that_repeat_an_earlier_text_exactly(tiny, tmp_path, caplog):
    """A scrape saved one article twice ("a010.txt" and "a010 (1).txt"): both were scored and summed up, silently
    counting its sources and denials twice; the run now warns how many documents repeat an earlier one's text and
    names the first with the document it copies (a text differing by a character is no repeat)."""
    import logging

    story = "The council voted on Monday. Critics called it hasty."
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name, text in (("a010.txt", story), ("a010 (1).txt", story), ("a011.txt", story + "!"),
                       ("a012.txt", "The port closed."), ("a012-copy.txt", "The port closed.")):
        (folder / name).write_text(text, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="framing.scale"):
        score(folder, tmp_path / "out.jsonl", model=tiny, progress=False)
    assert [r.getMessage() for r in caplog.records] == [
        "2 of 5 documents repeat an earlier document's text exactly (the first is record 1, id 'a010.txt', the text "
        "of record 0): each copy is scored, and counted again by framing summarize and framing report; drop the "
        "copies first to count each article once"]


def test_the_repeat_check_keeps_a_digest_and_a_record_number_a_document_and_finds_every_repeat():
    """A run over 10 million documents kept a digest and a name per document ("record 8123456, id
    'kestoria-herald-2024-05-01-0042'"), over a gigabyte; it now keeps a digest and a record number in flat arrays,
    and still counts each repeat and names the first with the record whose text it repeats, past the table's growth."""
    import tracemalloc

    from framing.doubts import DoubtfulTexts

    stories = [f"The council of ward {k} voted on Monday." for k in range(6000)]
    runs = [(k, stories[k % 4000]) for k in range(6000)]  # records 4000 to 5999 repeat records 0 to 1999
    doubts = DoubtfulTexts(repeats=True)
    tracemalloc.start()
    try:
        held = tracemalloc.get_traced_memory()[0]
        for k, text in runs:  # each document named as it is read, as a run names it
            doubts.see(text, f"record {k}, id 'kestoria-herald-2024-05-01-{k:06d}'", False, k)
        held = tracemalloc.get_traced_memory()[0] - held
    finally:
        tracemalloc.stop()
    assert doubts.repeats == 2000
    assert doubts.first_repeat == "record 4000, id 'kestoria-herald-2024-05-01-004000', the text of record 0"
    assert held < 48 * 6000, held  # a dict of digests and names held some 150 bytes a document
    fresh = DoubtfulTexts(repeats=True)
    for k in (3, 9, 3):  # by default a document is named by its place among those seen
        fresh.see(stories[k], f"texts[{k}]", False)
    assert fresh.repeats == 1 and fresh.first_repeat == "texts[3], the text of record 0"


def test_a_run_names_a_document_holding_a_blob_and_judges_its_language_by_its_prose(tiny, tmp_path, caplog):
    """A CMS export leaves an embedded image's base64 between two English sentences: the run names the blob, where
    before it said only that the document did not look like English (the base64 read as foreign words)."""
    import base64
    import logging

    blob = base64.b64encode(bytes(range(256)) * 586).decode()
    rows = [{"id": "a", "text": "The council voted on Monday. Critics called it hasty."},
            {"id": "b", "text": f"The mayor of Orlenby said so. {blob} Critics on the council disagreed."}]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="framing.scale"):
        score(path, tmp_path / "out.jsonl", model=tiny, progress=False)
    doubts = [r.getMessage() for r in caplog.records if " of 2 documents " in r.getMessage()]
    assert [message[:message.index("): ") + 1] for message in doubts] == [
        f"1 of 2 documents holds a run of 500 characters or more without a space (the first is record 1, id 'b', a "
        f"run of {len(blob):,} characters without a space at character 30 ({blob[:24]!r}...))"]


def test_an_interrupt_while_a_block_s_tokenizer_thread_stops_stops_the_run(tiny, tmp_path, monkeypatch):
    """Each block's stream of documents is closed after its last one, stopping the engine's tokenizer thread: Ctrl-C
    or SIGTERM landing then stops the run, where a garbage-collected stream printed it and the run went on to exit
    0 (an end-to-end SIGTERM test failed so, now and then)."""
    import framing.engine

    class InterruptedStop(framing.engine.ThreadPoolExecutor):
        def shutdown(self, *args, **kwargs):
            super().shutdown(*args, **kwargs)
            raise KeyboardInterrupt

    path = write_jsonl(tmp_path / "in.jsonl", corpus(6, seed=4))
    monkeypatch.setattr(framing.engine, "ThreadPoolExecutor", InterruptedStop)
    with pytest.raises(KeyboardInterrupt):
        score(path, tmp_path / "out", model=tiny, chunk_docs=2, progress=False)
    assert not read_manifest(tmp_path / "out")["complete"]


def test_a_resumed_run_says_its_warnings_count_only_the_documents_it_scored(tiny, tmp_path, monkeypatch, caplog):
    import logging

    import framing.scale.scoring as scoring

    rows = [{"id": "a", "text": "<p>The <b>council</b> voted.</p><p>Critics called it &quot;hasty&quot;.</p>"},
            {"id": "b", "text": "The council voted on Monday. Critics called it hasty."},
            {"id": "c", "text": "El ministerio negó el informe el martes. Es una vergüenza para todos."},
            {"id": "d", "text": "<p>The port <i>closed</i> &amp; reopened.</p>"}]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    real_rows = scoring.block_rows

    def stopped_at_c(analyzer, items, *args):
        if any(doc_id == "c" for doc_id, _ in items):
            raise KeyboardInterrupt
        return real_rows(analyzer, items, *args)

    monkeypatch.setattr(scoring, "block_rows", stopped_at_c)
    with pytest.raises(KeyboardInterrupt):
        score(path, tmp_path / "out", model=tiny, chunk_docs=1, progress=False)
    monkeypatch.setattr(scoring, "block_rows", real_rows)
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="framing.scale"):
        summary = score(path, tmp_path / "out", model=tiny, chunk_docs=1, progress=False, resume=True)
    assert summary.resumed_documents == 2
    assert [r.getMessage().split(":")[0] for r in caplog.records] == [
        "1 of the 2 documents scored in this run holds HTML tags or entities (the first is record 3, id 'd')",
        "1 of the 2 documents scored in this run does not look like English (the first is record 2, id 'c')"]
