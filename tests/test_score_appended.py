"""Resuming an output whose input has had records appended since it was scored: only the new records are scored,
and any other change to the input is refused, saying what changed."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import framing
import framing.scale.scoring as scoring
from framing.scale import read_manifest, rejects_path, score

ARTICLES = [
    ("ML-001", "The council met on Monday. Critics said the plan was rushed."),
    ("ML-002", "Officials denied the report. \"We never did that,\" a spokesperson said."),
    ("ML-003", "Prices rose 3.5 percent in March."),
    ("ML-004", "The ministry said the new rules would take effect next month."),
]
NEW = [
    ("ML-005", "The ferry was late again on Friday."),
    ("ML-006", ""),  # empty: a reject of the new records
    ("ML-007", "It is a disgrace, the mayor said."),
]


def write_csv(path: Path, rows, header: bool = True, mode: str = "w") -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if header:
        writer.writerow(["id", "text"])
    writer.writerows(rows)
    with path.open(mode, encoding="utf-8", newline="") as handle:
        handle.write(buffer.getvalue())
    return path


def rows_of(out: Path) -> list[dict]:
    rows: list[dict] = []
    for part in read_manifest(out)["parts"]:
        rows.extend(pq.read_table(out / part["file"]).to_pylist())
    return rows


def test_records_appended_to_a_scored_csv_are_scored_alone_on_resume(tiny, tmp_path):
    source, out = write_csv(tmp_path / "corpus.csv", ARTICLES), tmp_path / "scores"
    first = score(source, out, model=tiny, progress=False)
    assert first.documents == 4
    before = rows_of(out)
    parts = read_manifest(out)["parts"]
    write_csv(source, NEW, header=False, mode="a")
    summary = score(source, out, model=tiny, resume=True, progress=False)
    assert not summary.already_complete and summary.documents == 6
    manifest = read_manifest(out)
    assert manifest["complete"] and manifest["progress"]["records"] == 7
    assert manifest["parts"][:len(parts)] == parts  # nothing scored before is written again
    rows = rows_of(out)
    assert rows[:len(before)] == before
    assert {r["doc_id"] for r in rows[len(before):]} == {"ML-005", "ML-007"}
    assert sorted({(r["doc_id"], r["record"]) for r in rows}) == [
        ("ML-001", 0), ("ML-002", 1), ("ML-003", 2), ("ML-004", 3), ("ML-005", 4), ("ML-007", 6)]
    rejects = [json.loads(line) for line in rejects_path(out).read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["record"]) for r in rejects] == [("ML-006", 5)]
    # the manifest now describes the grown file, and says where the resume took it over
    assert manifest["input"]["size"] == source.stat().st_size
    assert manifest["resumes"][-1]["at_record"] == 4
    assert manifest["resumes"][-1]["appended_bytes"][1] == source.stat().st_size
    again = score(source, out, model=tiny, resume=True, progress=False)
    assert again.already_complete and again.documents == 6


def test_records_appended_to_json_lines_without_a_last_line_end_and_to_an_unfinished_output(tiny, tmp_path,
                                                                                          monkeypatch):
    source, out = tmp_path / "news.jsonl", tmp_path / "scores"
    lines = [json.dumps({"id": doc_id, "text": text}) for doc_id, text in ARTICLES]
    source.write_text("\n".join(lines), encoding="utf-8")  # no line end after the last record
    real_rows = scoring.block_rows

    def stopped_at_3(analyzer, items, *args):
        if any(doc_id == "ML-003" for doc_id, _ in items):
            raise KeyboardInterrupt
        return real_rows(analyzer, items, *args)

    monkeypatch.setattr(scoring, "block_rows", stopped_at_3)
    with pytest.raises(KeyboardInterrupt):
        score(source, out, model=tiny, chunk_docs=1, progress=False)
    monkeypatch.setattr(scoring, "block_rows", real_rows)
    assert read_manifest(out)["progress"]["records"] == 2
    with source.open("a", encoding="utf-8") as handle:  # the new records start with the line end
        handle.write("".join("\n" + json.dumps({"id": doc_id, "text": text}) for doc_id, text in NEW[::2]))
    summary = score(source, out, model=tiny, chunk_docs=1, resume=True, progress=False)
    assert summary.documents == 6 and summary.rejects == 0
    assert sorted({r["doc_id"] for r in rows_of(out)}) == ["ML-001", "ML-002", "ML-003", "ML-004", "ML-005",
                                                             "ML-007"]
    assert len(rows_of(out)) == len({(r["doc_id"], r["sentence_index"]) for r in rows_of(out)})


def refusal(tiny, source: Path, out: Path) -> str:
    with pytest.raises(framing.DataError) as info:
        score(source, out, model=tiny, resume=True, progress=False)
    return str(info.value)


@pytest.mark.parametrize("change, said", [
    (lambda data: data.replace(b"Prices rose 3.5", b"Prices rose 4.5") + b"ML-005,The ferry was late.\n",
     "its first 268 bytes, the whole file when it was scored, differ now: a record scored was edited, removed or "
     "reordered"),
    (lambda data: data.replace(b"ML-003,Prices rose 3.5 percent in March.\n", b"") + b"ML-005,The ferry was late"
     b" again on Friday, and the council said nothing at all.\n",
     "differ now: a record scored was edited, removed or reordered"),
    (lambda data: data[:-60], "it is shorter than when it was scored (268 bytes then, 208 now)"),
])
def test_an_edit_before_the_records_appended_is_refused_saying_what_changed(tiny, tmp_path, change, said):
    source, out = write_csv(tmp_path / "corpus.csv", ARTICLES), tmp_path / "scores"
    score(source, out, model=tiny, progress=False)
    assert source.stat().st_size == 268
    source.write_bytes(change(source.read_bytes()))
    message = refusal(tiny, source, out)
    assert said in message and "records appended to the end of an uncompressed CSV, TSV or JSON Lines file" \
        " resume" in message, message
    assert read_manifest(out)["complete"] and read_manifest(out)["progress"]["records"] == 4


def test_a_last_line_run_on_or_a_quote_left_open_is_refused(tiny, tmp_path):
    """Bytes appended to a last line that had no line end change that record; appended to a CSV whose last
    record's quote was never closed (a reject), they would be read into it."""
    source, out = tmp_path / "corpus.csv", tmp_path / "scores"
    source.write_bytes(b"id,text\nML-001,The council met on Monday.\nML-002,Officials denied the report.")
    score(source, out, model=tiny, progress=False)
    with source.open("ab") as handle:
        handle.write(b" They said so twice.\nML-003,The ferry was late.\n")
    assert "its last line when it was scored (it ended at byte 77 with no line end) runs on" in refusal(
        tiny, source, tmp_path / "scores")
    quoted, out = tmp_path / "quoted.csv", tmp_path / "quoted"
    quoted.write_bytes(b'id,text\nML-001,The council met on Monday.\nML-002,"Officials denied the report.\n')
    score(quoted, out, model=tiny, progress=False)
    with quoted.open("ab") as handle:
        handle.write(b'ML-003,The ferry was late."\n')
    assert "end inside a quoted field that was never closed" in refusal(tiny, quoted, out)


def test_a_parquet_input_grown_is_refused_as_before_saying_which_inputs_take_appended_records(tiny, tmp_path):
    source, out = tmp_path / "corpus.parquet", tmp_path / "scores"
    pq.write_table(pa.table({"id": [a for a, _ in ARTICLES], "text": [t for _, t in ARTICLES]}), source)
    score(source, out, model=tiny, progress=False)
    rows = ARTICLES + NEW[:1]
    pq.write_table(pa.table({"id": [a for a, _ in rows], "text": [t for _, t in rows]}), source)
    message = refusal(tiny, source, out)
    assert "different input" in message
    assert message.count("(only records appended to the end of an uncompressed CSV, TSV or JSON Lines file "
                         "resume: a parquet input is scored whole)") == 1, message
