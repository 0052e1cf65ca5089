"""The chunk writer of 'framing score': a commit appends one line to the commit log, resume reads it back
(a torn or garbled line ends it, a replaced manifest's log does not count), older manifests still resume,
and JSON Lines parts are what ``json_line`` writes for each row."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import framing.scale.writer as writer_module
from framing.scale.writer import ChunkWriter, commit_log_path, manifest_path, read_manifest, rejects_path
from framing.textio import json_line

IDENTITY = {"input": {"fingerprint": "input"}, "model": {"fingerprint": "model"}, "settings": {"level": "sentence"}}
SCHEMA = pa.schema([("doc_id", pa.string()), ("n", pa.int64())])


def _writer(out: Path, resume: bool = False) -> ChunkWriter:
    return ChunkWriter(out, "parquet", SCHEMA, IDENTITY, resume=resume)


def _commit(writer: ChunkWriter, ids: list[str], rejected: int = 0) -> None:
    """Commit a chunk of one row per id, after which ``rejected`` records of the chunk were rejected."""
    table = pa.table({"doc_id": ids, "n": list(range(len(ids)))}, schema=SCHEMA)
    rejects = [{"id": f"bad{k}", "record": k, "where": "line 1", "reason": "'text' is null"} for k in range(rejected)]
    records = len(ids) + rejected
    writer.commit([table], rejects, records=records, documents=len(ids), sentences=len(ids),
                  cursor={"record": writer.progress["records"] + records}, seconds=0.5)


def _visible(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if not p.name.startswith("."))


def _doc_ids(out: Path) -> list[str]:
    return [row for part in read_manifest(out)["parts"]
            for row in pq.read_table(out / part["file"]).column("doc_id").to_pylist()]


def _interrupted_after_two_commits(out: Path) -> None:
    """An unfinished output: two chunks ("a", then "b") committed, then the run stopped."""
    writer = _writer(out)
    _commit(writer, ["a"])
    _commit(writer, ["b"])
    writer.close()


def test_a_commit_appends_one_line_and_leaves_the_manifest_alone(tmp_path):
    out = tmp_path / "out"
    writer = _writer(out)
    try:
        started = manifest_path(out).read_bytes()
        for k in range(3):
            _commit(writer, [f"d{k}a", f"d{k}b"], rejected=k)
            assert manifest_path(out).read_bytes() == started  # its cost cannot grow with the parts
            assert len(commit_log_path(out).read_bytes().splitlines()) == k + 1
        running = read_manifest(out)
        assert [part["records"] for part in running["parts"]] == [[0, 2], [2, 5], [5, 9]]
        assert running["progress"]["documents"] == 6 and running["progress"]["rejects"] == 3
        assert running["progress"]["cursor"] == {"record": 9} and "commit_log" not in running
        writer.finish(0.0)
    finally:
        writer.close()
    complete = json.loads(manifest_path(out).read_text(encoding="utf-8"))
    assert complete["complete"] and "commit_log" not in complete and not commit_log_path(out).exists()
    assert complete["parts"] == running["parts"] and complete["progress"]["rejects_bytes"] > 0
    assert read_manifest(out) == complete


def _killed_in_its_third_commit(out: Path) -> None:
    """Two commits, then what a run killed while committing a third chunk leaves: its part renamed into
    place, its reject appended and half of its log line."""
    writer = _writer(out)
    _commit(writer, ["a1", "a2"])
    _commit(writer, ["b1", "b2"], rejected=1)
    whole = commit_log_path(out).read_bytes()
    writer.close()  # as a killed process's lock goes
    pq.write_table(pa.table({"doc_id": ["c1"], "n": [0]}, schema=SCHEMA), out / "part-000002.parquet")
    with rejects_path(out).open("ab") as handle:
        handle.write(b'{"id": "bad0", "record": 0}\n')
    with commit_log_path(out).open("ab") as handle:
        handle.write(whole.splitlines(keepends=True)[-1][:60])


def test_a_torn_last_line_is_no_commit_and_a_resume_cuts_it(tmp_path):
    out = tmp_path / "out"
    _killed_in_its_third_commit(out)
    assert [part["file"] for part in read_manifest(out)["parts"]] == ["part-000000.parquet", "part-000001.parquet"]
    committed_rejects = read_manifest(out)["progress"]["rejects_bytes"]
    resumed = _writer(out, resume=True)
    try:
        assert _visible(out) == ["part-000000.parquet", "part-000001.parquet"]
        assert rejects_path(out).stat().st_size == committed_rejects
        assert not commit_log_path(out).exists()  # taken into the manifest the resume wrote
        _commit(resumed, ["c1"])
        resumed.finish(0.0)
    finally:
        resumed.close()
    manifest = read_manifest(out)
    assert [part["records"] for part in manifest["parts"]] == [[0, 2], [2, 5], [5, 6]]
    assert _doc_ids(out) == ["a1", "a2", "b1", "b2", "c1"] and manifest["progress"]["rejects"] == 1
    assert len(manifest["resumes"]) == 1 and manifest["resumes"][0]["at_record"] == 5


def test_a_line_that_is_no_commit_ends_the_log_and_a_resume_redoes_what_follows(tmp_path):
    out = tmp_path / "out"
    writer = _writer(out)
    try:
        for k in range(3):
            _commit(writer, [f"d{k}"])
    finally:
        writer.close()
    log = commit_log_path(out)
    lines = log.read_bytes().splitlines(keepends=True)
    log.write_bytes(lines[0] + b"#" * (len(lines[1]) - 1) + b"\n" + lines[2])  # the second line garbled
    assert [part["file"] for part in read_manifest(out)["parts"]] == ["part-000000.parquet"]
    resumed = _writer(out, resume=True)
    try:
        assert _visible(out) == ["part-000000.parquet"]
        _commit(resumed, ["d1"])
        _commit(resumed, ["d2"])
    finally:
        resumed.close()
    assert _doc_ids(out) == ["d0", "d1", "d2"]


def test_the_log_of_a_replaced_manifest_no_longer_counts(tmp_path):
    out = tmp_path / "out"
    _interrupted_after_two_commits(out)
    old_log = commit_log_path(out).read_bytes()
    resumed = _writer(out, resume=True)  # its manifest takes both commits in and names a new log
    try:
        commit_log_path(out).write_bytes(old_log)  # as if killed before the old log was deleted
        assert [part["records"] for part in read_manifest(out)["parts"]] == [[0, 1], [1, 2]]
        _commit(resumed, ["c"])  # cuts the old lines before it appends its own
        assert len(commit_log_path(out).read_bytes().splitlines()) == 1
    finally:
        resumed.close()
    assert [part["records"] for part in read_manifest(out)["parts"]] == [[0, 1], [1, 2], [2, 3]]
    assert _doc_ids(out) == ["a", "b", "c"]


def test_an_older_framing_s_manifest_resumes(tmp_path):
    """A manifest of version 1 lists every part and names no commit log: it reads and resumes as it did."""
    out = tmp_path / "out"
    _interrupted_after_two_commits(out)
    older = {**read_manifest(out), "manifest_version": 1}
    manifest_path(out).write_text(json.dumps(older, indent=1), encoding="utf-8")
    commit_log_path(out).unlink()
    assert read_manifest(out) == older
    resumed = _writer(out, resume=True)
    try:
        _commit(resumed, ["c"])
        resumed.finish(0.0)
    finally:
        resumed.close()
    manifest = read_manifest(out)
    assert manifest["manifest_version"] == 2 and manifest["complete"]
    assert [part["file"] for part in manifest["parts"]] == [f"part-00000{k}.parquet" for k in range(3)]
    assert _doc_ids(out) == ["a", "b", "c"]


@pytest.mark.parametrize("log_id", [7, None])
def test_a_manifest_naming_no_string_as_its_log_is_refused(tmp_path, log_id):
    from framing.scale import ForeignManifest

    out = tmp_path / "out"
    writer = _writer(out)
    writer.close()
    manifest = json.loads(manifest_path(out).read_text(encoding="utf-8"))
    manifest_path(out).write_text(json.dumps({**manifest, "commit_log": log_id}), encoding="utf-8")
    with pytest.raises(ForeignManifest, match="its 'commit_log' is not a JSON string"):
        read_manifest(out)


def test_jsonl_parts_are_what_json_line_writes_for_each_row(tmp_path):
    schema = pa.schema([("doc_id", pa.string()), ("sentence_index", pa.int32()), ("score_x", pa.float32()),
                        ("share", pa.float64()), ("truncated", pa.bool_()), ("spans", pa.string()),
                        ("50% \"kept\" ünit", pa.string())])
    texts = ["Plain words.", "Zoë's café “quoted”, then — a dash.", 'A "quote" and a back\\slash\ttab.',
             "Line\u2028separator, paragraph\u2029and next\x85line.", "Control \x01 and emoji \U0001F99C here.",
             None, "%s and %d stay as written."]
    spans = json.dumps([{"type": "source", "start": 0, "end": 4, "text": "Zoë, \"the\" clerk"}], ensure_ascii=False)
    rows = len(texts)
    table = pa.table({
        "doc_id": [f"doc-{k}" for k in range(rows)],
        "sentence_index": list(range(rows)),
        "score_x": [0.1, 1e-7, None, 1.0, 0.333333, 3.4e38, 0.0],
        "share": [0.5, None, 1e16, 2.0, 1e-5, 0.1 + 0.2, -0.0],
        "truncated": [True, False, None, True, False, True, False],
        "spans": [spans, "[]", None, spans, "[]", spans, "[]"],
        "50% \"kept\" ünit": list(reversed(texts)),
    }, schema=schema)
    out = tmp_path / "out"
    writer = ChunkWriter(out, "jsonl", schema, IDENTITY)
    try:
        writer.commit([table], [], records=rows, documents=rows, sentences=rows, cursor=None, seconds=0.0)
    finally:
        writer.close()
    # float32 values at their shortest: 0.1 as 0.1, not 0.10000000149011612 (test_score_jsonl_floats.py)
    shortest = {"score_x": [0.1, 1e-7, None, 1.0, 0.333333, 3.4e38, 0.0]}
    expected = "".join(json_line({**row, "score_x": shortest["score_x"][k]}) + "\n"
                       for k, row in enumerate(table.to_pylist())).encode("utf-8")
    assert (out / "part-000000.jsonl").read_bytes() == expected
    assert len(expected.splitlines()) == rows and b"\\u2028" in expected and b"\\u0085" in expected


def test_a_part_s_rename_reaches_the_disk_before_the_commit_line_that_names_it(tmp_path, monkeypatch):
    import framing.scale.writer as writer_module

    out = tmp_path / "out"
    events: list[str] = []
    real_sync, real_replace = writer_module._fsync_dir, writer_module.os.replace
    monkeypatch.setattr(writer_module, "_fsync_dir", lambda path: (events.append(f"sync {Path(path).name}"),
                                                                   real_sync(path))[1])
    monkeypatch.setattr(writer_module.os, "replace", lambda a, b: (events.append(f"rename {Path(b).name}"),
                                                                   real_replace(a, b))[1])
    writer = _writer(out)
    try:
        events.clear()
        _commit(writer, ["a", "b"])
    finally:
        writer.close()
    part = read_manifest(out)["parts"][0]["file"]
    renamed = events.index(f"rename {part}")
    assert "sync out" in events[renamed + 1:], events
    assert commit_log_path(out).exists()


def test_a_manifest_of_a_later_framing_is_refused_not_misread(tmp_path):
    from framing.errors import DataError

    out = tmp_path / "out"
    writer = _writer(out)
    try:
        _commit(writer, ["a"])
    finally:
        writer.close()
    manifest = json.loads(manifest_path(out).read_text(encoding="utf-8"))
    manifest["manifest_version"] = 99
    manifest_path(out).write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(DataError, match="manifest version 99"):
        read_manifest(out)


def test_the_paths_beside_an_output_folder_name_a_wrong_argument():
    for helper in (read_manifest, manifest_path, rejects_path, commit_log_path):
        with pytest.raises(TypeError, match=r"^out must be a folder path \(str or os.PathLike\), got NoneType$"):
            helper(None)


def test_a_lock_file_that_cannot_be_opened_is_named_with_what_to_do(tmp_path, monkeypatch):
    from framing.errors import DataError, InputError

    out = tmp_path / "out"
    lock = out / ".framing-score.lock"
    lock.mkdir(parents=True)  # a folder in its place
    with pytest.raises(DataError, match=rf"^{re.escape(str(lock))}: cannot open the lock file \(Is a directory\); "
                                        r"if no 'framing score' is writing here, remove it and run again$"):
        _writer(out)
    assert lock.is_dir() and not _visible(out)

    def refused(path, mode):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("framing.scale.writer.open", refused, raising=False)
    lock.rmdir()
    lock.write_text("", encoding="utf-8")  # another user's, as root sees none
    with pytest.raises(DataError, match=r"\.framing-score\.lock: cannot open the lock file \(Permission denied\); "
                                        "if no 'framing score' is writing here, remove it"):
        _writer(out)
    lock.unlink()  # no lock yet: the folder itself takes no new file
    with pytest.raises(InputError, match=rf"^{re.escape(str(out))}: cannot write in the output folder "
                                         r"\(Permission denied\)$"):
        _writer(out)



def _stopped_in_a_third_commit(out: Path, monkeypatch, target, name, stop) -> None:
    """Two commits, then Ctrl-C (or SIGTERM, which raises the same) inside a third: ``stop`` takes the place of
    ``target``'s attribute ``name`` for it."""
    writer = _writer(out)
    try:
        _commit(writer, ["a"])
        _commit(writer, ["b"])
        monkeypatch.setattr(target, name, stop)
        with pytest.raises(KeyboardInterrupt):
            _commit(writer, ["c"], rejected=1)
    finally:
        monkeypatch.undo()
        writer.close()


def _interrupt(*args):
    raise KeyboardInterrupt


def test_a_commit_stopped_while_its_part_is_written_leaves_no_temporary_file(tmp_path, monkeypatch):
    out = tmp_path / "out"
    _stopped_in_a_third_commit(out, monkeypatch, writer_module.os, "fsync", _interrupt)
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []
    assert _visible(out) == ["part-000000.parquet", "part-000001.parquet"]
    assert _doc_ids(out) == ["a", "b"] and not rejects_path(out).exists()


def _half_logged(writer, commit):
    """Half the commit's line written, then stopped: no whole line, so no commit."""
    line = (json.dumps(commit) + "\n").encode("ascii")
    with writer.log_file.open("ab") as handle:
        handle.write(line[:len(line) // 2])
    raise KeyboardInterrupt


def test_a_commit_stopped_before_its_line_is_whole_is_undone(tmp_path, monkeypatch):
    out = tmp_path / "out"
    _stopped_in_a_third_commit(out, monkeypatch, ChunkWriter, "_append_commit", _half_logged)
    assert _visible(out) == ["part-000000.parquet", "part-000001.parquet"]
    assert _doc_ids(out) == ["a", "b"] and len(commit_log_path(out).read_bytes().splitlines()) == 2
    assert not rejects_path(out).exists()


def test_a_commit_stopped_after_its_whole_line_is_written_but_before_it_is_counted_stays(tmp_path, monkeypatch):
    """What a reader of the folder saw committed (a whole line in the log) never vanishes: a signal landing
    between the line reaching the disk and the writer counting it keeps the commit, as read_manifest reads it."""
    def logged_uncounted(writer, commit):
        with writer.log_file.open("ab") as handle:
            handle.write((json.dumps(commit, separators=(",", ":")) + "\n").encode("ascii"))
        raise KeyboardInterrupt

    out = tmp_path / "out"
    writer = _writer(out)
    try:
        _commit(writer, ["a"])
        monkeypatch.setattr(ChunkWriter, "_append_commit", logged_uncounted)
        with pytest.raises(KeyboardInterrupt):
            _commit(writer, ["b"], rejected=1)
        monkeypatch.undo()
        assert [part["file"] for part in writer.manifest["parts"]] == ["part-000000.parquet", "part-000001.parquet"]
        _commit(writer, ["c"])  # the writer goes on after the counted line, not over it
    finally:
        monkeypatch.undo()
        writer.close()
    assert _visible(out) == ["part-000000.parquet", "part-000001.parquet", "part-000002.parquet"]
    assert _doc_ids(out) == ["a", "b", "c"] and read_manifest(out)["progress"]["rejects"] == 1


def test_a_second_interrupt_during_the_undo_still_leaves_no_uncommitted_part(tmp_path, monkeypatch):
    cut_rejects = ChunkWriter._cut_rejects
    interrupts = []

    def interrupted_once(writer):  # a second Ctrl-C lands after the log is cut, before the part is removed
        if not interrupts:
            interrupts.append(1)
            raise KeyboardInterrupt
        cut_rejects(writer)

    monkeypatch.setattr(ChunkWriter, "_cut_rejects", interrupted_once)
    out = tmp_path / "out"
    _stopped_in_a_third_commit(out, monkeypatch, ChunkWriter, "_append_commit", _half_logged)
    assert interrupts == [1]
    assert _visible(out) == ["part-000000.parquet", "part-000001.parquet"]
    assert [p.name for p in out.iterdir() if p.name.startswith(".") and p.name.endswith(".tmp")] == []
    assert _doc_ids(out) == ["a", "b"] and not rejects_path(out).exists()


def test_a_commit_stopped_after_its_line_is_logged_stays_committed(tmp_path, monkeypatch):
    logged = ChunkWriter._append_commit

    def logged_then_stopped(writer, commit):
        logged(writer, commit)
        raise KeyboardInterrupt

    out = tmp_path / "out"
    _stopped_in_a_third_commit(out, monkeypatch, ChunkWriter, "_append_commit", logged_then_stopped)
    assert _visible(out) == ["part-000000.parquet", "part-000001.parquet", "part-000002.parquet"]
    assert _doc_ids(out) == ["a", "b", "c"] and read_manifest(out)["progress"]["rejects"] == 1
