"""``framing analyze FILE --out PATH``: what a single-file run says on standard error, on a terminal and off one."""

import logging
import sys

import pytest

import framing.progress
from framing.cli import main

pytestmark = pytest.mark.usefixtures("each_model_read_once")

#: An invented article of 40 sentences.
ARTICLE = " ".join(f"The depot on Quarry Lane closed its gate number {k} on Monday." for k in range(40))


def run(args, capsys):
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("options", [["--format", "html", "--out", "long.html"],
                                     ["--format", "json", "--out", "a.json"], ["--out", "table.txt", "-q"]])
def test_analyze_of_one_file_into_out_says_what_it_wrote(options, tiny_dir, tmp_path, monkeypatch, capsys):
    """Before, a single-file run with --out ended without a word: its bar of sentences is cleared when done."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "long.txt").write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(["analyze", "long.txt", "--model", str(tiny_dir), *options], capsys)
    written = options[options.index("--out") + 1]
    assert code == 0 and out == "" and err.endswith(f"framing analyze: wrote {written} (40 sentences)\n"), err
    assert (tmp_path / written).stat().st_size > 0


def test_analyze_of_one_file_to_standard_output_keeps_it_clean(tiny_dir, tmp_path, monkeypatch, capsys):
    """The guard: with the output on standard output, nothing names a file written, and stdout holds the JSON
    alone."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "long.txt").write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(["analyze", "long.txt", "--model", str(tiny_dir), "--format", "json"], capsys)
    assert code == 0 and out.startswith("{") and "wrote" not in err


@pytest.mark.parametrize("files", [["long.txt"], ["long.txt", "short.txt"]])
def test_analyze_of_a_long_file_off_a_terminal_logs_its_sentences_unless_quiet(files, tiny_dir, tmp_path,
                                                                               monkeypatch, caplog, capsys):
    """A nightly job's log (no terminal, no bar) hears how many of a long article's sentences are done, as several
    FILEs log how many FILEs are done; before, a single long FILE said nothing for minutes. A short FILE logs
    none."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(framing.progress, "LONG_DOCUMENT_CHARS", 1_000)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    (tmp_path / "long.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "short.txt").write_text("The depot closed. Its staff moved.", encoding="utf-8")
    args = ["analyze", *files, "--model", str(tiny_dir), "--format", "json", "--out", "out"]
    code, out, _ = run(args if len(files) > 1 else [*args[:-1], "long.json"], capsys)
    lines = [m for m in caplog.messages if " sentences (" in m]
    assert code == 0 and out == "" and lines and lines[-1].startswith("long.txt: 40 of 40 sentences ("), lines
    assert not [m for m in lines if m.startswith("short.txt")]
    assert not logging.getLogger("framing.cli.files").isEnabledFor(logging.INFO)  # put back after the run
    caplog.clear()
    code, _, _ = run([*args[:-1], "quiet.json", "-q"] if len(files) == 1 else [*args, "-q"], capsys)
    assert code == 0 and not [m for m in caplog.messages if " sentences (" in m]


def test_analyze_of_a_long_file_on_a_terminal_logs_no_sentences(tiny_dir, tmp_path, monkeypatch, caplog, capsys):
    """The guard: on a terminal the bar shows progress; no log line repeats it."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(framing.progress, "LONG_DOCUMENT_CHARS", 1_000)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    (tmp_path / "long.txt").write_text(ARTICLE, encoding="utf-8")
    code, _, _ = run(["analyze", "long.txt", "--model", str(tiny_dir), "--out", "long.json"], capsys)
    assert code == 0 and not [m for m in caplog.messages if " sentences (" in m]
