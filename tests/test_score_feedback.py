"""What a scoring run tells its user: a very long document is announced and committed around, not left to look
hung; the bar draws on a terminal that reports no size; the summary and option messages say what happened."""

from __future__ import annotations

import io
import logging
import os
import re
import sys
import time
from pathlib import Path

import pytest

from framing.cli import main
from framing.errors import DataError
from framing.scale import ScoreSummary, read_manifest, score
from framing.scale.writer import ChunkWriter

from test_score import one_thread, write_jsonl  # noqa: F401 (autouse fixture)

SHORT = "Prices rose on Monday in Tarnwick. The council met."
# about 1,300 characters: longer than the 300-character blocks the tests below ask for
LONG = " ".join(["The mayor of Tarnwick said the Elder Street bridge would reopen in the spring."] * 16)
OPTIONS = {"progress": False, "format": "jsonl", "block_chars": 300, "chunk_seconds": 3600}


def _corpus(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "in.jsonl", [{"id": "s1", "text": SHORT}, {"id": "s2", "text": SHORT},
                                               {"id": "big", "text": LONG}, {"id": "s3", "text": SHORT}])


def _parts(out: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(out.iterdir())}


def test_a_document_longer_than_a_block_is_announced_and_what_came_before_it_committed_first(
        tiny, tmp_path, monkeypatch, caplog):
    """Stopped while it scores a very long document, a run loses that document's time alone, not the documents
    scored before it (they waited for --chunk-docs or --chunk-seconds); resumed, its output is byte for byte an
    uninterrupted run's."""
    import framing.scale.scoring as scoring

    source = _corpus(tmp_path)
    real_rows = scoring.block_rows

    def stopped_in_the_long_document(analyzer, items, *args):
        if any(doc_id == "big" for doc_id, _ in items):
            raise KeyboardInterrupt  # Ctrl-C while it is scored
        return real_rows(analyzer, items, *args)

    monkeypatch.setattr(scoring, "block_rows", stopped_in_the_long_document)
    out = tmp_path / "out"
    # a warning, shown by default: with no bar (nohup, cron, CI) nothing else says the run is not stuck
    with caplog.at_level(logging.WARNING, logger="framing.scale"), pytest.raises(KeyboardInterrupt) as stop:
        score(source, out, model=tiny, **OPTIONS)
    assert any(message.startswith(f"document 'big' (record 2): {len(LONG):,} characters; this may take a while")
               for message in caplog.messages)
    assert str(stop.value) == f"while scoring document 'big' (record 2, {len(LONG):,} characters)"
    stopped = read_manifest(out)
    assert stopped["progress"]["documents"] == 2 and [part["records"] for part in stopped["parts"]] == [[0, 2]]

    monkeypatch.setattr(scoring, "block_rows", real_rows)
    with pytest.raises(DataError, match=r"holds the incomplete output of an earlier run \(2 documents committed\); "
                                        r"use resume=True to continue it, overwrite=True to start again"):
        score(source, out, model=tiny, **OPTIONS)
    resumed = score(source, out, model=tiny, resume=True, **OPTIONS)
    assert resumed.documents == 4 and resumed.resumed_documents == 2
    reference = tmp_path / "reference"
    score(source, reference, model=tiny, **OPTIONS)
    # the uninterrupted run commits before the long document too: the same parts, byte for byte
    assert [part["records"] for part in read_manifest(reference)["parts"]] == [[0, 2], [2, 4]]
    assert _parts(out) == _parts(reference)


def test_a_command_stopped_in_a_long_document_names_it(tiny_dir, tmp_path, monkeypatch, capsys):
    """Killed by ``timeout`` in a document that takes minutes, a run says which, so that it does not look stuck."""
    import framing.scale.scoring as scoring

    real_rows = scoring.block_rows

    def stopped_in_the_long_document(analyzer, items, *args):
        if any(doc_id == "big" for doc_id, _ in items):
            raise KeyboardInterrupt
        return real_rows(analyzer, items, *args)

    monkeypatch.setattr(scoring, "block_rows", stopped_in_the_long_document)
    monkeypatch.setattr(scoring, "BLOCK_CHARS_CPU", 300)
    out = tmp_path / "out"
    assert main(["score", str(_corpus(tmp_path)), "--out", str(out), "--model", str(tiny_dir), "--quiet",
                 "--device", "cpu"]) == 130
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"framing score: interrupted while scoring document 'big' (record 2, {len(LONG):,} characters); {out} "
        "holds 2 committed documents: rerun with --resume to continue that output, or --overwrite to start again")


def test_a_long_last_document_is_announced_with_its_time_at_the_runs_pace_not_as_nothing_left(
        tiny, tmp_path, monkeypatch, caplog):
    """A scrape's 3 MB page dump as the last of 210 files: the commit line before it said "about 0 s left" and
    the warning "this may take a while", then nothing for many minutes; the warning now gives the time at the
    run's pace in characters so far, and the commit line before the long document no time left."""
    import framing.scale.scoring as scoring

    monkeypatch.setattr(scoring, "_total", lambda reader, counted: 4)  # the input's size known, as for Parquet
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "s1", "text": SHORT}, {"id": "s2", "text": SHORT},
                                                 {"id": "s3", "text": SHORT}, {"id": "big", "text": LONG}])
    with caplog.at_level(logging.INFO, logger="framing.scale"):
        score(source, tmp_path / "out", model=tiny, **OPTIONS)
    announced = [m for m in caplog.messages if m.startswith("document 'big'")]
    assert len(announced) == 1 and re.search(r"this may take a while \(about \d+ (s|min|h) at this run's pace so "
                                             r"far\)$", announced[0]), announced
    before_long = [m for m in caplog.messages if m.startswith("committed 3 records")]
    assert len(before_long) == 1 and "left" not in before_long[0], before_long


def test_documents_within_a_block_are_not_announced_nor_committed_early(tiny, tmp_path, caplog):
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": f"s{k}", "text": SHORT} for k in range(4)])
    with caplog.at_level(logging.INFO, logger="framing.scale"):
        score(source, tmp_path / "out", model=tiny, **OPTIONS)
    assert not any("may take a while" in message for message in caplog.messages)
    assert [part["records"] for part in read_manifest(tmp_path / "out")["parts"]] == [[0, 4]]


class _SizelessTerminal(io.StringIO):
    """Standard error on a pseudo-terminal that reports a size of 0 by 0 (under ``script``, some
    ``docker exec -t`` and CI shells)."""

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        return 2


def _sizeless_terminal(monkeypatch) -> io.StringIO:
    """Standard error made a terminal of no size; in the test itself, since pytest puts its own capture back
    between a fixture and the test."""
    terminal = _SizelessTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(os, "get_terminal_size", lambda fd=None: os.terminal_size((0, 0)))
    return terminal


def test_a_bar_draws_on_a_terminal_that_reports_no_size(monkeypatch):
    from framing.progress import progress_bar

    terminal = _sizeless_terminal(monkeypatch)
    with progress_bar(True, "analyze", "doc", total=3) as bar:
        bar.update(3)
    drawn = terminal.getvalue()
    assert "analyze: 100%" in drawn and " 3/3 [" in drawn and max(map(len, drawn.split("\r"))) <= 80, drawn


def test_the_score_bar_draws_on_a_terminal_that_reports_no_size(tiny, tmp_path, monkeypatch):
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": f"s{k}", "text": SHORT} for k in range(2)])
    terminal = _sizeless_terminal(monkeypatch)
    score(source, tmp_path / "out", model=tiny, progress=True)
    drawn = terminal.getvalue()
    assert "score: 2record [" in drawn or "score: 100%|" in drawn, drawn  # the total, if counted in time


@pytest.mark.parametrize("slow", [False, True])
def test_the_score_bar_says_it_labels_the_first_block_until_that_block_is_counted(tiny, tmp_path, monkeypatch, slow):
    # a block's records are read, split and labelled before any is counted: a minute or more at 0 on a small CPU
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": f"s{k}", "text": SHORT} for k in range(3)])
    if slow:  # a block slower than the bar's redraw interval (a busy machine): the count redraws the bar at once
        analyze_many = tiny.analyze_many

        def slowly(*args, **kwargs):
            for doc in analyze_many(*args, **kwargs):
                time.sleep(0.15)
                yield doc

        monkeypatch.setattr(tiny, "analyze_many", slowly)
    terminal = _sizeless_terminal(monkeypatch)
    score(source, tmp_path / "out", model=tiny, progress=True, chunk_docs=2)
    frames = [frame for frame in terminal.getvalue().split("\r") if frame.startswith("score:")]
    assert "labelling the first block]" in frames[0], frames
    counted = [frame for frame in frames if re.search(r" [1-9]\d*(/3)? ?(record)? ?\[", frame)]
    assert counted and not any("first block" in frame for frame in counted), frames
    assert "sentences/s]" in frames[-1], frames


def test_a_summary_with_nothing_scored_gives_no_rates(tiny_dir, tmp_path, capsys):
    summary = ScoreSummary(out=tmp_path / "scores", documents=0, sentences=0, rejects=0, rows=0, seconds=0.12,
                           scoring_seconds=0.0)
    assert str(summary) == f"0 documents, 0 sentences, 0 rejects -> {tmp_path / 'scores'} in 0.1 s"
    source = tmp_path / "empty.jsonl"
    source.write_text("", encoding="utf-8")
    assert main(["score", str(source), "--out", str(tmp_path / "out"), "--model", str(tiny_dir), "--quiet"]) == 0
    line = capsys.readouterr().out
    assert line.startswith("framing score: 0 documents, 0 sentences, 0 rejects -> ") and "/s" not in line, line


@pytest.mark.parametrize("option, value, message", [
    ("--chunk-seconds", "-1", "--chunk-seconds must be a positive number, got -1"),
    ("--chunk-seconds", "0", "--chunk-seconds must be a positive number, got 0"),
    ("--chunk-seconds", "-0.5", "--chunk-seconds must be a positive number, got -0.5"),
    ("--gpus-per-worker", "-1", "--gpus-per-worker must be a number >= 0, got -1"),
])
def test_a_refused_number_is_named_as_it_was_typed(option, value, message, tmp_path, capsys):
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "1", "text": SHORT}])
    assert main(["score", str(source), "--out", str(tmp_path / "out"), option, value]) == 2
    assert capsys.readouterr().err == f"framing score: error: {message}\n"
    assert not (tmp_path / "out").exists()


def test_a_kept_column_the_input_lacks_exits_1_as_docs_cli_says(tiny_dir, tmp_path, capsys):
    """Whether a column is there takes opening the input, as for --text-column; its names' form is a usage error."""
    from test_docs import ROOT

    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "1", "text": SHORT, "desk": "city"}])
    run = ["score", str(source), "--model", str(tiny_dir), "--quiet", "--keep-columns"]
    assert main(run + ["nosuch", "--out", str(tmp_path / "a")]) == 1
    assert "no object has a 'nosuch' key to keep" in capsys.readouterr().err
    assert main(run + ["record", "--out", str(tmp_path / "b")]) == 2
    row = next(line for line in (ROOT / "docs" / "cli.md").read_text(encoding="utf-8").splitlines()
               if line.startswith("| `--keep-columns"))
    assert "the names checked before the input is read (exit 2" in row
    assert "a column the input lacks is found once the input is opened, before the model loads, and exits 1" in row


def test_off_a_terminal_the_command_logs_each_commit_with_its_rate_and_quiet_silences_it(tiny_dir, tmp_path,
                                                                                        caplog, capsys):
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": f"s{k}", "text": SHORT} for k in range(5)])
    # no -v, standard error no terminal (a cron job's log): the root logger shows warnings alone
    assert main(["score", str(source), "--out", str(tmp_path / "out"), "--model", str(tiny_dir),
                 "--chunk-docs", "2"]) == 0
    commits = [m for m in caplog.messages if m.startswith("committed ")]
    assert [m.split(";")[0] for m in commits] == ["committed 2 records", "committed 2 records",
                                                  "committed 1 record"]
    assert commits[-1].endswith(" documents/s)") and "5 documents" in commits[-1]
    assert capsys.readouterr().out.startswith("framing score: 5 documents")  # standard output: the summary alone
    assert not logging.getLogger("framing.scale.scoring").isEnabledFor(logging.INFO)  # put back after the run
    caplog.clear()
    assert main(["score", str(source), "--out", str(tmp_path / "quiet"), "--model", str(tiny_dir), "-q"]) == 0
    assert not [m for m in caplog.messages if m.startswith("committed ")]


def _writer_resumed_from(before: dict) -> object:
    """A stand-in for the scoring output's writer, for ``_commit``: its progress starts at ``before`` (what earlier
    runs committed) and each commit adds to it, as the real writer's does."""
    from types import SimpleNamespace

    progress = dict(before)

    def commit(tables, rejects, *, records, documents, sentences, cursor, seconds):
        progress.update(records=progress["records"] + records, documents=progress["documents"] + documents,
                        sentences=progress["sentences"] + sentences, seconds=progress["seconds"] + seconds)

    return SimpleNamespace(commit=commit, progress=progress)



def test_off_a_terminal_the_command_says_it_has_begun_and_where_a_resume_takes_over(tiny_dir, tmp_path, caplog,
                                                                                   monkeypatch):
    """A cron log held nothing for the minutes the first block takes on a CPU, and a resume's log did not say where
    it took over: a line says the run has begun, on which device, and when commit lines come."""
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": f"s{k}", "text": SHORT} for k in range(5)])
    out = tmp_path / "out"
    command = ["score", str(source), "--out", str(out), "--model", str(tiny_dir), "--chunk-docs", "2",
               "--device", "cpu"]
    assert main(command) == 0
    first = [m for m in caplog.messages if "a line follows each commit" in m]
    assert len(first) == 1 and first[0].startswith(f"scoring {source} into {out} on cpu (fp32); "), first
    assert "every 2 documents or 30 seconds" in first[0]
    assert caplog.messages.index(first[0]) < min(k for k, m in enumerate(caplog.messages) if m.startswith("committed"))
    caplog.clear()
    real_commit = ChunkWriter.commit

    def stop_after_one(self, *args, **kwargs):
        real_commit(self, *args, **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr(ChunkWriter, "commit", stop_after_one)
    assert main([*command[:-4], "--overwrite", "--chunk-docs", "2"]) == 130
    monkeypatch.setattr(ChunkWriter, "commit", real_commit)
    caplog.clear()
    assert main([*command, "--resume"]) == 0
    assert any(m.startswith(f"resuming {out} after its 2 committed records (2 documents): scoring the rest of "
                            f"{source} on cpu") for m in caplog.messages), caplog.messages

def test_a_resumed_run_logs_the_rate_of_its_own_commits_not_an_average_over_every_run(caplog):
    """An earlier run committed 100 documents in 1,000 s; the resumed one commits 40 in 10 s: 4.0 documents/s,
    this run's, where the average over both runs (140 in 1,010 s) read 0.1 and hid how fast it now goes."""
    from framing.scale.scoring import _commit

    before = {"records": 100, "documents": 100, "sentences": 500, "rejects": 0, "seconds": 1000.0}
    writer = _writer_resumed_from(before)
    with caplog.at_level(logging.INFO, logger="framing.scale.scoring"):
        _commit(writer, None, [], [], 40, 40, 200, None, 10.0, before)
        _commit(writer, None, [], [], 0, 0, 0, None, 0.0, {**before, "documents": 0, "seconds": 0.0})
    resumed, fresh = [m for m in caplog.messages if m.startswith("committed ")]
    assert resumed.endswith("140 documents, 700 sentences so far (4.0 documents/s this run)")
    assert fresh.endswith("(0.14 documents/s)")  # a run that resumed nothing: its rate, as before, no "this run"


def test_a_commit_line_gives_a_slow_rate_in_two_figures_as_the_summary_line_does(caplog):
    """On a shared CPU, 7 documents in 151 s: the commit lines read "0.0 documents/s" (and 0.13 or 0.06 both "0.1"),
    while the summary line said 0.046; now both say 0.046."""
    from framing.scale.scoring import _commit

    before = {"records": 0, "documents": 0, "sentences": 0, "rejects": 0, "seconds": 0.0}
    writer = _writer_resumed_from(before)
    with caplog.at_level(logging.INFO, logger="framing.scale.scoring"):
        _commit(writer, None, [], [], 7, 7, 90, None, 151.0, before)
    [line] = [m for m in caplog.messages if m.startswith("committed ")]
    assert line.endswith("7 documents, 90 sentences so far (0.046 documents/s)"), line


def test_a_commit_line_says_how_long_is_left_once_the_input_s_records_are_known(caplog):
    """A nightly job's log said how many and how fast, never how long: 140 of 200 records committed, this run's 40
    in 10 s, so the 60 left take about 15 s more at its pace; without a total (a count not in yet) nothing is said."""
    from framing.scale.scoring import _commit

    before = {"records": 100, "documents": 100, "sentences": 500, "rejects": 0, "seconds": 1000.0}
    writer = _writer_resumed_from(before)
    with caplog.at_level(logging.INFO, logger="framing.scale.scoring"):
        _commit(writer, 200, [], [], 40, 40, 200, None, 10.0, before)
        _commit(writer, 200, [], [], 60, 60, 300, None, 30.0, before)  # the last: nothing left to say
    middle, last = [m for m in caplog.messages if m.startswith("committed ")]
    assert middle.endswith("140 documents, 700 sentences so far of 200 records (4.0 documents/s this run; about 15 s "
                           "left)")
    assert last.endswith("200 documents, 1,000 sentences so far of 200 records (2.5 documents/s this run)")


def test_off_a_terminal_json_lines_are_counted_so_the_commit_lines_give_the_total_and_time_left(
        tiny_dir, tmp_path, caplog, monkeypatch):
    """JSON Lines do not state their length: the background count the bar uses serves the batch job's log too."""
    from framing.scale import scoring

    def count_now(reader, counted):  # the background count, done at once so that every commit line has it
        counted.append(reader.count_records())

    monkeypatch.setattr(scoring, "_count_in_background", count_now)
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": f"s{k}", "text": SHORT} for k in range(5)])
    assert main(["score", str(source), "--out", str(tmp_path / "out"), "--model", str(tiny_dir),
                 "--chunk-docs", "2"]) == 0
    first, *_ = [m for m in caplog.messages if m.startswith("committed ")]
    assert re.fullmatch(r"committed 2 records; 2 records, 2 documents, \d+ sentences so far of 5 records "
                        r"\([\d.]+ documents/s; about \d+ s left\)", first), first
