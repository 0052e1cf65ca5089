"""``framing analyze FILE... --out PATH``: the line on standard error that ends a run of several FILEs."""

import sys

import pytest

from framing.cli import main
from framing.cli_output import shown_folder

pytestmark = pytest.mark.usefixtures("each_model_read_once")

#: Invented articles of 2, 3 and 1 sentences.
ARTICLES = {"a.txt": "The ferry to Holm Island sailed late. Its crew blamed the fog.",
            "b.txt": "The bakery on Mill Row reopened. Queues formed at dawn. The owner thanked her staff.",
            "c.txt": "The library extended its hours."}


def run(args, tmp_path, monkeypatch, capsys, terminal=False):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: terminal)
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    code = main(["analyze", *ARTICLES, *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("terminal", [True, False])
@pytest.mark.parametrize("options", [["--format", "json", "--out", "results/"], ["--format", "csv", "--out", "results"],
                                     ["--out", "results", "-q"]])
def test_several_files_into_a_folder_end_saying_how_many_were_written_where(options, terminal, tiny_dir, tmp_path,
                                                                             monkeypatch, capsys):
    """Before, such a run ended in silence on a terminal and off one logged only "analysed 3 of 3 FILEs"."""
    code, out, err = run(["--model", str(tiny_dir), *options], tmp_path, monkeypatch, capsys, terminal)
    assert code == 0 and out == "" and err.endswith("framing analyze: wrote 3 files to results/ (6 sentences)\n"), err
    assert err.count("framing analyze: wrote") == 1
    assert len(list((tmp_path / "results").iterdir())) == 3


def test_several_files_into_one_csv_table_end_saying_what_it_holds(tiny_dir, tmp_path, monkeypatch, capsys):
    """--out NAME.csv takes every FILE's rows into one table: the line names it."""
    code, out, err = run(["--model", str(tiny_dir), "--out", "all.csv"], tmp_path, monkeypatch, capsys)
    assert code == 0 and out == "" and err.endswith("framing analyze: wrote all.csv (6 sentences of 3 FILEs)\n"), err


def test_html_into_a_folder_keeps_its_one_line_naming_the_index(tiny_dir, tmp_path, monkeypatch, capsys):
    """The guard: html's line names the index page to open; no second line follows it."""
    code, _, err = run(["--model", str(tiny_dir), "--format", "html", "--out", "pages"], tmp_path, monkeypatch, capsys)
    assert code == 0 and err.count("framing analyze: wrote") == 1
    assert err.endswith("framing analyze: wrote 3 reports and the index to pages/index.html\n"), err


@pytest.mark.parametrize("options", [["--format", "json"], ["--format", "csv", "--out", "-"], ["-q"]])
def test_several_files_to_standard_output_say_nothing_written(options, tiny_dir, tmp_path, monkeypatch, capsys):
    """The guard: with the results on standard output, no line claims a file was written."""
    code, out, err = run(["--model", str(tiny_dir), *options], tmp_path, monkeypatch, capsys)
    assert code == 0 and out and "wrote" not in err


@pytest.mark.parametrize("folder, windows, shown", [
    ("results", True, "results\\"), ("results/", True, "results\\"), ("out/june", True, "out\\june\\"),
    ("results\\", True, "results\\"), ("results", False, "results/"), ("results/", False, "results/"),
    ("./out/june", False, "./out/june/")])
def test_the_folder_written_to_is_named_as_the_system_writes_it(folder, windows, shown):
    """Before, "wrote 2 files to results/" ended in "/" on Windows too, where the folder is written results\\."""
    assert shown_folder(folder, windows=windows) == shown


@pytest.mark.parametrize("folder, windows, shown", [
    ("/", False, "/"), ("C:\\", True, "C:\\"), ("C:/", True, "C:\\"), ("C:", True, "C:"),
    ("notes\\", False, "notes\\/")])
def test_a_root_or_drive_gains_no_second_separator_and_a_backslash_is_a_name_off_windows(folder, windows, shown):
    """The guard: a root already ends in its separator, a drive alone ("C:") is that drive's current folder, and
    on Linux a "\\" is a character of the folder's name, not a separator."""
    assert shown_folder(folder, windows=windows) == shown
