"""The command line: output formats, one line per input, clear user errors."""

import codecs
import csv
import io
import shlex
import dataclasses
import json
import logging
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

import framing
from framing.cli import main


pytestmark = pytest.mark.usefixtures("each_model_read_once")


def run(args, capsys):
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_analyze_json_follows_the_schema(tiny_dir, tmp_path, capsys):
    text = "The ministry denied the report. It is a \"disgrace,\" she said.\n\nPrices rose 3.5 percent."
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    code, out, _ = run(["analyze", str(path), "--format", "json", "--model", str(tiny_dir), "--device", "cpu"], capsys)
    assert code == 0
    data = json.loads(out)
    assert len(data["sentences"]) == 3
    for s in data["sentences"]:
        assert text[s["start"]:s["end"]] == s["text"]


def test_analyze_table_lists_each_sentence(tiny_dir, tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("First sentence here. Second one there.", encoding="utf-8")
    code, out, _ = run(["analyze", str(path), "--model", str(tiny_dir)], capsys)
    assert code == 0
    assert "First sentence here." in out and "Second one there." in out
    assert "\033[" not in out  # no colour when not a terminal


def test_api_and_cli_agree(tiny_dir, tiny, tmp_path, capsys):
    text = "The council met on Monday. Critics said the plan was rushed."
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    _, out, _ = run(["analyze", str(path), "--format", "json", "--model", str(tiny_dir)], capsys)
    assert json.loads(out)["sentences"] == tiny.analyze(text).to_dict()["sentences"]


def test_classify_one_line_per_nonblank_input_line(tiny_dir, tmp_path, capsys):
    path = tmp_path / "s.txt"
    path.write_text("First.\n\n  \nSecond sentence.\nThird.\n", encoding="utf-8")
    out_path = tmp_path / "out.jsonl"
    code, _, _ = run(["classify", str(path), "--model", str(tiny_dir), "--out", str(out_path)], capsys)
    rows = [json.loads(line) for line in out_path.read_text().splitlines()]
    assert code == 0 and [r["text"] for r in rows] == ["First.", "Second sentence.", "Third."]
    assert [r["line"] for r in rows] == [1, 4, 5]
    assert all({"line", "text", "label", "scores"} <= set(r) for r in rows)


def test_classify_lines_match_the_input_and_carry_the_flags(tiny_dir, tmp_path, capsys):
    long_line = "The committee reviewed the plan " * 120
    lines = ["\ufeffFirst one.", "Second\u2028still the second\x0cand\x85here.", "", "  indented line ",
             long_line.strip(), "Das Ministerium hat den Bericht als haltlos zurückgewiesen."]
    path = tmp_path / "c.txt"
    path.write_bytes("\r\n".join(lines).encode("utf-8"))
    out_path = tmp_path / "out.jsonl"
    code, _, _ = run(["classify", str(path), "--model", str(tiny_dir), "--out", str(out_path)], capsys)
    rows = [json.loads(line) for line in out_path.read_text(encoding="utf-8").splitlines()]
    assert code == 0 and [r["line"] for r in rows] == [1, 2, 4, 5, 6]
    assert rows[0]["text"] == "First one."  # the byte-order mark is not text
    assert rows[1]["text"] == lines[1]  # only \n ends a line
    assert rows[2]["text"] == "  indented line "
    assert rows[3]["truncated"] and rows[4]["low_confidence"]
    assert rows[0]["truncated"] is False  # flags on every row, true or false: one schema
    assert all(set(r) == {"line", "text", "label", "scores", "truncated", "low_confidence"} for r in rows)


def test_classify_bad_utf8_names_the_line(tiny_dir, tmp_path, capsys):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Fine line.\nCaf\xe9 line.\n")
    code, _, err = run(["classify", str(path), "--model", str(tiny_dir)], capsys)
    assert code == 1 and "line 2" in err and "byte offset 14" in err


def test_missing_file_names_the_file(tiny_dir, capsys):
    code, _, err = run(["analyze", "/no/such/file.txt", "--model", str(tiny_dir)], capsys)
    assert code == 1 and "/no/such/file.txt" in err and "Traceback" not in err


def test_bad_utf8_names_file_and_byte_offset(tiny_dir, tmp_path, capsys):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf".encode() + b"\xe9 au lait.")
    code, _, err = run(["classify", str(path), "--model", str(tiny_dir)], capsys)
    assert code == 1 and "latin1.txt" in err and "byte offset 3" in err


def test_directory_instead_of_file(tiny_dir, tmp_path, capsys):
    code, _, err = run(["analyze", str(tmp_path), "--model", str(tiny_dir)], capsys)
    assert code == 1 and "directory" in err


def test_a_folder_given_to_analyze_says_how_to_analyse_its_files(tiny_dir, tmp_path, capsys):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("Prices rose 3.5 percent.", encoding="utf-8")
    code, _, err = run(["analyze", str(folder), "--model", str(tiny_dir)], capsys)
    assert code == 1 and f"{folder}: is a directory" in err
    assert str(folder / "*.txt") in err and f"framing score {folder} --out OUT" in err, err
    # among several FILEs, the folder costs only its own result, with the same hint
    code, out, err = run(["analyze", str(folder / "a.txt"), str(folder), "--model", str(tiny_dir)], capsys)
    assert code == 1 and "Prices rose" in out and f"framing score {folder} --out OUT" in err, err


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["analyze"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["analyze", "x.txt", "--format", "pdf"])
    assert exc.value.code == 2


@pytest.mark.parametrize("argv", [["analyze", "x.txt"], ["classify", "x.txt"], ["evaluate", "x.csv"],
                                  ["score", "x.jsonl", "--out", "o"], ["train", "--train", "x.csv", "--out", "o"]])
def test_an_unknown_device_is_a_usage_error_before_any_file_is_read(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        main(argv + ["--device", "tpu"])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and "argument --device: expected cpu, cuda or cuda:N, got 'tpu'" in err, err
    assert "no such file" not in err


def test_device_names_torch_accepts_are_accepted():
    from framing.validation import device_problem

    assert [device_problem(d) for d in ("cpu", "cpu:0", "cuda", "cuda:1")] == [None] * 4
    assert device_problem("gpu") and device_problem("cuda:") and device_problem("CPU")


@pytest.mark.parametrize("command", ["analyze", "classify", "train", "evaluate"])
def test_every_command_has_help(command, capsys):
    # in this process: `python -m framing.cli` itself is run by the stdin and closed-pipe test below
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0 and "usage:" in capsys.readouterr().out


def test_analyze_html_writes_a_page(tiny_dir, tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("The ministry denied the report. Critics said it was <b>rushed</b>.", encoding="utf-8")
    out = tmp_path / "r.html"
    code, _, _ = run(["analyze", str(path), "--format", "html", "--out", str(out), "--model", str(tiny_dir)], capsys)
    page = out.read_text(encoding="utf-8")
    assert code == 0 and page.startswith("<!DOCTYPE html>")
    # the input's markup is escaped text, never markup (the page's own legend uses <b class="tag">); the
    # page's own tags (a span the model marks may split the escaped text) are left out before looking
    assert "it was &lt;b&gt;rushed&lt;/b&gt;." in re.sub(r"<[^>]*>", "", page)
    assert not re.search(r"<b>\s*(<[^>]*>\s*)*rushed", page) and not re.search(r"rushed(\s*<[^>]*>)*\s*</b>", page)


def test_html_needs_out(tiny_dir, tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("Text.", encoding="utf-8")
    code, _, err = run(["analyze", str(path), "--format", "html", "--model", str(tiny_dir)], capsys)
    assert code == 2 and "--out" in err
    # checked before the input is read or a model loaded: a missing file and model are never reached
    code, _, err = run(["analyze", str(tmp_path / "missing.txt"), "--format", "html", "--model",
                        str(tmp_path / "no-model")], capsys)
    assert code == 2 and "--out" in err and "missing.txt" not in err


def test_version_prints_the_package_version(capsys):
    import framing

    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0 and capsys.readouterr().out.strip() == f"framing {framing.__version__}"
    # python -m framing is the same command, where the script is not on the PATH
    done = subprocess.run([sys.executable, "-m", "framing", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip() == f"framing {framing.__version__}"


@pytest.mark.parametrize("fmt,marker", [("table", "Second one there."), ("json", '"sentences"'),
                                        ("html", "<!DOCTYPE html>")])
def test_analyze_out_dash_writes_standard_output(fmt, marker, tiny_dir, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "a.txt"
    path.write_text("First sentence here. Second one there.", encoding="utf-8")
    code, out, _ = run(["analyze", str(path), "--format", fmt, "--out", "-", "--model", str(tiny_dir)], capsys)
    assert code == 0 and marker in out
    assert not (tmp_path / "-").exists()


def test_classify_out_dash_writes_standard_output(tiny_dir, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "s.txt"
    path.write_text("One.\nTwo.\n", encoding="utf-8")
    code, out, _ = run(["classify", str(path), "--out", "-", "--model", str(tiny_dir)], capsys)
    assert code == 0 and [json.loads(line)["text"] for line in out.splitlines()] == ["One.", "Two."]
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize("argv", [["analyze", "--format", "json"], ["analyze", "--format", "html"], ["classify"]])
def test_out_dash_writes_utf8_whatever_the_encoding_of_standard_output(argv, tiny_dir, tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text("Der Hafen \u2192 \u0434\u043e\u043a \u2713 ist offen.", encoding="utf-8")  # not in cp1252
    raw = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(raw, encoding="cp1252"))  # PYTHONIOENCODING=cp1252
    command, *options = argv
    code = main([command, str(path), *options, "--out", "-", "--model", str(tiny_dir)])
    sys.stdout.flush()
    assert code == 0 and "\u2192 \u0434\u043e\u043a \u2713" in raw.getvalue().decode("utf-8")
    sys.stdout.write("after\n")  # standard output is still usable
    sys.stdout.flush()
    assert raw.getvalue().endswith(b"after\n")


def test_out_dash_on_a_terminal_keeps_its_encoding_and_replaces_what_it_lacks(tiny_dir, tmp_path, monkeypatch):
    class Terminal(io.BytesIO):
        def isatty(self) -> bool:
            return True

    path = tmp_path / "a.txt"
    path.write_text("Caf\u00e9 \u2192 closed.", encoding="utf-8")
    raw = Terminal()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(raw, encoding="cp1252"))
    code = main(["classify", str(path), "--out", "-", "--model", str(tiny_dir)])
    sys.stdout.flush()
    assert code == 0 and '"Caf\u00e9 ? closed."' in raw.getvalue().decode("cp1252")


def test_analyze_title_heads_the_html_page_whose_footer_names_the_model(tiny_dir, tmp_path, capsys):
    import framing

    path = tmp_path / "a.txt"
    path.write_text("The port reopened on Monday.", encoding="utf-8")
    out = tmp_path / "r.html"
    code, _, _ = run(["analyze", str(path), "--out", str(out), "--title", "Port <news>", "--model", str(tiny_dir)],
                     capsys)
    page = out.read_text(encoding="utf-8")
    assert code == 0 and "<title>Port &lt;news&gt;</title>" in page and "<h1>Port &lt;news&gt;</h1>" in page
    assert f"Made by framing {framing.__version__}; model: {tiny_dir.name}." in page
    code, _, _ = run(["analyze", str(path), "--out", str(out), "--model", str(tiny_dir)], capsys)
    assert code == 0 and "<h1>a.txt</h1>" in out.read_text(encoding="utf-8")  # the FILE's name by default
    with pytest.raises(SystemExit) as exc:
        main(["analyze", str(path), "--out", str(out), "--title", "", "--model", str(tiny_dir)])
    assert exc.value.code == 2 and "--title: must not be empty" in capsys.readouterr().err


def test_analyze_marks_the_html_report_s_article_english_unless_lang_names_another(tiny_dir, tmp_path, capsys):
    # the model reads English: an article marked "language unknown" (lang="") may be read in a screen reader's
    # other voice
    path = tmp_path / "a.txt"
    path.write_text("The port reopened on Monday.", encoding="utf-8")
    out = tmp_path / "r.html"
    code, _, _ = run(["analyze", str(path), "--out", str(out), "--model", str(tiny_dir)], capsys)
    assert code == 0 and '<article dir="auto" lang="en">' in out.read_text(encoding="utf-8")
    code, _, _ = run(["analyze", str(path), "--out", str(out), "--lang", "pt-BR", "--model", str(tiny_dir)], capsys)
    assert code == 0 and '<article dir="auto" lang="pt-BR">' in out.read_text(encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["analyze", str(path), "--out", str(out), "--lang", "en_GB x", "--model", str(tiny_dir)])
    assert exc.value.code == 2 and "--lang: must be a language tag such as en or pt-BR" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["analyze", "classify"])
def test_output_path_is_checked_before_the_input_or_model(command, tmp_path, capsys):
    # Neither the input nor the model exists: an output problem must be the error reported.
    (tmp_path / "a-file").write_text("not a folder")
    (tmp_path / "a-folder").mkdir()
    base = [command, str(tmp_path / "missing.txt"), "--model", str(tmp_path / "no-model")]
    cases = [(tmp_path / "nodir" / "x.txt", "its folder"), (tmp_path / "a-file" / "x.txt", "is a file")]
    if command == "classify":  # analyze writes into a folder named by --out (tested below)
        cases.append((tmp_path / "a-folder", "is a folder"))
    for out, message in cases:
        code, _, err = run(base + ["--out", str(out)], capsys)
        assert code == 2 and message in err and str(out) in err, err
        assert "missing.txt" not in err and "no-model" not in err
    assert not (tmp_path / "nodir").exists()


def test_analyze_of_one_file_writes_into_a_folder_named_by_out(tiny_dir, tmp_path, monkeypatch, capsys):
    # a pattern that matches one FILE must not turn the folder the user named into a file
    monkeypatch.chdir(tmp_path)
    Path("news").mkdir()
    Path("news/first.txt").write_text("Prices rose. Officials said so.", encoding="utf-8")
    Path("made").mkdir()
    model = ["--model", str(tiny_dir), "--quiet"]
    for out, result in [("results", "results/first.csv"), ("made", "made/first.csv"), ("slash/", "slash/first.csv")]:
        code, _, err = run(["analyze", "news/first.txt", "--format", "csv", "--out", out] + model, capsys)
        assert code == 0, err
        assert Path(result).is_file() and Path(result).read_text().startswith("file,sentence_index,start,end")
    # a path with an ending, or an existing file without one, is still the result file itself
    code, _, _ = run(["analyze", "news/first.txt", "--out", "one.json"] + model, capsys)
    assert code == 0 and json.loads(Path("one.json").read_text())["text"].startswith("Prices rose.")
    Path("plain").write_text("old")
    code, _, _ = run(["analyze", "news/first.txt", "--out", "plain"] + model, capsys)
    assert code == 0 and Path("plain").is_file() and "Prices rose." in Path("plain").read_text()
    # standard input's result has no FILE name to take
    monkeypatch.setattr("sys.stdin", io.StringIO("Prices rose."))
    code, _, err = run(["analyze", "-", "--out", "fresh"] + model, capsys)
    assert code == 2 and "give standard input's result a file name" in err and not Path("fresh").exists()


@pytest.mark.parametrize("json_out,message", [("-", "standard output"), ("nodir/r.json", "does not exist"),
                                              (".", "is a folder")])
def test_evaluate_json_path_is_checked_before_the_model(json_out, message, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    code, _, err = run(["evaluate", "--data", "missing.csv", "--model", "no-model", "--json", json_out], capsys)
    assert code == 2 and message in err and "no-model" not in err, err
    assert not (tmp_path / "-").exists()


def test_evaluate_refuses_to_write_its_report_over_the_data(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    data = "text,label\nThe plan is a disaster.,editorial_opinion\n"
    Path("ev.csv").write_text(data, encoding="utf-8")
    code, _, err = run(["evaluate", "--data", "ev.csv", "--model", "no-model", "--json", "./ev.csv"], capsys)
    assert code == 2 and "--json ./ev.csv is the --data file" in err and "no-model" not in err
    assert Path("ev.csv").read_text(encoding="utf-8") == data


@pytest.mark.parametrize("options,message", [
    (["--predictions", "p.tsv"], "--predictions p.tsv: its ending names no format; give a .csv (CSV) or .jsonl"),
    (["--predictions", "-"], "--predictions - would mix with the report on standard output"),
    (["--predictions", "./ev.csv"], "--predictions ./ev.csv is the --data file; write the predictions to another"),
    (["--json", "p.jsonl", "--predictions", "./p.jsonl"], "--predictions ./p.jsonl is the --json file"),
])
def test_evaluate_predictions_path_is_checked_before_the_data(options, message, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    data = "text,label\nThe plan is a disaster.,editorial_opinion\n"
    Path("ev.csv").write_text(data, encoding="utf-8")
    code, _, err = run(["evaluate", "--data", "ev.csv", "--model", "no-model", *options], capsys)
    assert code == 2 and message in err and "no-model" not in err, err
    assert Path("ev.csv").read_text(encoding="utf-8") == data and [p.name for p in tmp_path.iterdir()] == ["ev.csv"]


def test_evaluate_predictions_flag_is_checked_before_the_data():
    with pytest.raises(TypeError, match="predictions"):
        framing.evaluate(None, "missing.csv", predictions="yes")


def test_evaluate_names_the_file_and_line_of_a_bad_row(tiny_dir, tmp_path, capsys):
    path = tmp_path / "ev_bad.csv"
    path.write_text("text,label\nPrices rose.,a\nOfficials denied it.,b\n,a\nIt was rushed.,b\n", encoding="utf-8")
    code, _, err = run(["evaluate", "--data", str(path), "--model", str(tiny_dir)], capsys)
    assert code != 0 and f"data: {path}: line 4: 'text' must be non-empty text" in err, err


@pytest.mark.parametrize("args", [["train", "--train", "{dir}", "--out", "{dir}/model"],
                                  ["evaluate", "--data", "{dir}"]])
def test_a_folder_given_for_a_data_file_says_so(args, tiny_dir, tmp_path, capsys):
    folder = tmp_path / "somedir"
    folder.mkdir()
    code, _, err = run([a.format(dir=folder) for a in args] + ["--model" if args[0] == "evaluate" else "--base",
                                                               str(tiny_dir)], capsys)
    assert code != 0 and f"{folder}: is a directory" in err and "no such file" not in err, err


@pytest.mark.parametrize("args, shown", [
    (["analyze", "{gone}"], "{gone}: no such file"),
    (["evaluate", "--data", "{gone}", "--model", "{model}"], "data: {gone}: no such file"),
    (["evaluate", "--data", "{rows}", "--model", "{gone}"], "model directory '{gone}' does not exist"),
    (["train", "--train", "{rows}", "--base", "{gone}", "--out", "{dir}/m"],
     "base encoder folder '{gone}' does not exist"),
    (["score", "{gone}", "--out", "{dir}/out", "--model", "{model}"], "{gone}: no such file or folder"),
])
def test_a_path_naming_nothing_is_one_line_and_status_1_with_no_traceback_hint(args, shown, tiny_dir, tmp_path, capsys):
    rows = tmp_path / "rows.csv"
    rows.write_text("text,label\nThe pier was repainted.,reported_fact\nA gaudy choice.,editorial_opinion\n",
                    encoding="utf-8")
    names = {"gone": tmp_path / "no-such-thing", "rows": rows, "model": tiny_dir, "dir": tmp_path}
    code, _, err = run([a.format(**names) for a in args], capsys)
    assert code == 1 and err == f"framing {args[0]}: error: {shown.format(**names)}\n", err


@pytest.mark.parametrize("command", [["analyze"], ["classify"], ["score", "--out", "{dir}/out"]])
def test_a_web_address_given_for_a_file_says_framing_reads_saved_text(command, tiny_dir, tmp_path, monkeypatch,
                                                                       capsys):
    monkeypatch.chdir(tmp_path)  # "www.draft.txt" below is a file's name, looked for here
    address = "https://www.harbour-echo.example/news/ferry-fares"
    args = [command[0], address, *(a.format(dir=tmp_path) for a in command[1:]), "--model", str(tiny_dir)]
    code, _, err = run(args, capsys)
    assert code == 1 and err.startswith(f"framing {command[0]}: error: {address}: is a web address, "), err
    assert "save it as a .txt file" in err and "no such file" not in err, err
    code, _, err = run([*args[:1], "www.draft.txt", *args[2:]], capsys)  # a file's name opening with "www."
    assert code == 1 and "www.draft.txt: no such file" in err and "web address" not in err, err


def test_analyze_and_classify_show_progress_on_a_terminal_unless_quiet(tiny_dir, tmp_path, monkeypatch, capsys):
    article = tmp_path / "a.txt"
    article.write_text("First sentence here. Second one there.", encoding="utf-8")
    lines = tmp_path / "s.txt"
    lines.write_text("First.\nSecond.\n", encoding="utf-8")
    commands = {"analyze": str(article), "classify": str(lines)}
    for command, path in commands.items():  # not a terminal (as under pytest): no bar
        code, _, err = run([command, path, "--model", str(tiny_dir)], capsys)
        assert code == 0 and "sentence" not in err, err
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    for command, path in commands.items():
        code, out, err = run([command, path, "--model", str(tiny_dir)], capsys)
        assert code == 0 and f"{command}:" in err and "sentence" in err, err
        assert "sentence/s" not in out  # the bar goes to standard error only
        # a note while the model loads, cleared from its line before the bar
        assert err.startswith("loading the model ...\r\033[K"), err[:80]
        code, _, err = run([command, path, "--model", str(tiny_dir), "--quiet"], capsys)
        assert code == 0 and err == "", err


@pytest.mark.parametrize("command", ["analyze", "classify", "evaluate", "score", "train", "summarize", "report"])
def test_q_is_short_for_quiet_in_every_command_that_shows_a_bar(command):
    from framing.cli import build_parser

    given = {"analyze": ["a.txt"], "classify": ["a.txt"], "evaluate": ["--data", "t.csv"],
             "score": ["in.jsonl", "--out", "out"], "train": ["--train", "t.csv", "--out", "m"],
             "summarize": ["news.jsonl"], "report": ["scores", "--out", "reports"]}[command]
    parser = build_parser()
    assert parser.parse_args([command, *given, "-q"]).quiet is True  # as -v is short for --verbose
    assert parser.parse_args([command, *given]).quiet is False


def test_q_silences_analyze_as_quiet_does(tiny_dir, tmp_path, monkeypatch, capsys):
    article = tmp_path / "a.txt"
    article.write_text("First sentence here. Second one there.", encoding="utf-8")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, _, err = run(["analyze", str(article), "--model", str(tiny_dir), "-q"], capsys)
    assert code == 0 and err == "", err


@pytest.mark.parametrize("options", [[], ["--format", "json"], ["--format", "html", "--out", "reports"]])
def test_analyze_of_several_files_shows_one_bar_counting_the_files(options, tiny_dir, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"The {name} depot closed. Its staff moved.", encoding="utf-8")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, _, err = run(["analyze", "a.txt", "b.txt", "c.txt", "--model", str(tiny_dir), *options], capsys)
    final = err.replace("\r", "\n").strip().splitlines()[-1]
    assert code == 0 and "3/3" in final and "file" in final, err  # one count over the FILEs, to the last
    assert "sentence" not in err, err  # not a bar of each FILE's sentences, starting over for each
    code, _, err = run(["analyze", "a.txt", "--model", str(tiny_dir), "--format", "json"], capsys)
    assert code == 0 and "sentence" in err and "file" not in err, err  # one FILE: its sentences


@pytest.mark.parametrize("options", [[], ["--format", "html", "--out", "reports"]])
def test_analyze_of_several_files_shows_a_bar_of_a_long_file_s_sentences(options, tiny_dir, tmp_path, monkeypatch,
                                                                          capsys):
    """One FILE of several is a 200,000-word report: the bar of FILEs stood still for minutes while the model read
    it; a FILE that long now gets a bar of its sentences under the bar of FILEs, and the short ones none."""
    import framing.progress

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(framing.progress, "LONG_DOCUMENT_CHARS", 200)
    (tmp_path / "a.txt").write_text("The depot closed. Its staff moved.", encoding="utf-8")
    (tmp_path / "b.txt").write_text(" ".join(f"The depot's shed {k} closed." for k in range(12)), encoding="utf-8")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, _, err = run(["analyze", "a.txt", "b.txt", "--model", str(tiny_dir), *options], capsys)
    final = err.replace("\r", "\n").strip().splitlines()[-1]
    assert code == 0 and "2/2" in final and "file" in final, err  # the bar of FILEs, to the last
    # a bar of sentences: "12/12 [00:00<00:00, 24.8sentence/s]"
    counted = re.findall(r" (\d+)/(\d+) \[[^\]]*sentence/s\]", err)
    # the long one's alone; its last count is drawn only where tqdm's redraw interval has passed (leave=False)
    assert counted and {total for _, total in counted} == {"12"}, err
    code, _, err = run(["analyze", "a.txt", "b.txt", "--model", str(tiny_dir), *options, "--quiet"], capsys)
    assert code == 0 and "sentence" not in err, err


@pytest.mark.parametrize("options", [[], ["--format", "html", "--out", "reports"]])
def test_analyze_of_several_files_off_a_terminal_logs_how_many_are_done_unless_quiet(options, tiny_dir, tmp_path,
                                                                                      monkeypatch, caplog, capsys):
    """A batch job's log (no terminal, no bar) hears of the first FILE and the last, as score logs its commits;
    before, a run over hundreds of FILEs said nothing until it ended."""
    monkeypatch.chdir(tmp_path)
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"The {name} depot closed. Its staff moved.", encoding="utf-8")
    files = ["a.txt", "b.txt", "c.txt", "--model", str(tiny_dir), *options]
    code, _, _ = run(["analyze", *files], capsys)
    lines = [m for m in caplog.messages if m.startswith("analysed ")]
    assert code == 0 and [line.split(" (")[0] for line in lines] == ["analysed 1 of 3 FILEs", "analysed 3 of 3 FILEs"]
    assert lines[-1].endswith(" FILEs/s)")
    assert not logging.getLogger("framing.cli.files").isEnabledFor(logging.INFO)  # put back after the run
    caplog.clear()
    code, _, _ = run(["analyze", *files, "-q"], capsys)
    assert code == 0 and not [m for m in caplog.messages if m.startswith("analysed ")]


def test_evaluate_shows_progress_on_a_terminal_unless_quiet(tiny_dir, tmp_path, monkeypatch, capsys):
    import framing

    labels = framing.load(tiny_dir, device="cpu").labels
    data = tmp_path / "test.csv"
    data.write_text("text,label\n" + "".join(f"Officials met on day {i}.,{labels[i % 2]}\n" for i in range(6)),
                    encoding="utf-8")
    command = ["evaluate", "--data", str(data), "--model", str(tiny_dir)]
    code, quiet_out, err = run(command, capsys)  # not a terminal (as under pytest): no bar
    assert code == 0 and "sentence" not in err, err
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, out, err = run(command, capsys)
    assert code == 0 and err.startswith("loading the model ...\r\033[K"), err[:80]
    assert "predict:" in err and "/6" in err and out == quiet_out, err  # the bar on standard error only
    code, _, err = run([*command, "--quiet"], capsys)
    assert code == 0 and err == "", err


@pytest.mark.parametrize("text,what", [("", "is empty"), ("  \n\t\n", "holds only whitespace")])
def test_analyze_of_a_blank_file_says_so_on_stderr(text, what, tiny_dir, tmp_path, capsys):
    path = tmp_path / "blank.txt"
    path.write_text(text, encoding="utf-8")
    code, out, err = run(["analyze", str(path), "--model", str(tiny_dir)], capsys)
    assert code == 0 and err == f"framing analyze: note: {path} {what}; there are no sentences to label\n", err
    assert "%" not in out  # no "0%" shares for a text without sentences
    code, out, _ = run(["analyze", str(path), "--format", "json", "--model", str(tiny_dir)], capsys)
    assert code == 0 and json.loads(out)["sentences"] == []


def test_classify_of_blank_input_says_so_on_stderr(tiny_dir, tmp_path, capsys, monkeypatch):
    path = tmp_path / "blank.txt"
    path.write_text("\n   \n", encoding="utf-8")
    code, out, err = run(["classify", str(path), "--model", str(tiny_dir)], capsys)
    assert code == 0 and out == ""
    assert err == f"framing classify: note: {path} has no non-blank lines; there is nothing to label\n", err
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))  # test_stdin_input reads a real one
    code, out, err = run(["classify", "-", "--model", str(tiny_dir)], capsys)
    assert code == 0 and out == "" and "note: standard input has no non-blank lines" in err


@pytest.mark.parametrize("out,message", [("-", "not standard output; give a folder path"),
                                         ("", "--out is empty; give a folder path")])
def test_train_out_must_name_a_folder(out, message, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    data = tmp_path / "train.csv"
    data.write_text("text,label\nPrices rose.,a\nOfficials denied it.,b\n", encoding="utf-8")
    code, _, err = run(["train", "--train", str(data), "--out", out], capsys)
    assert code == 2 and err.startswith("framing train: error: --out ") and message in err, err
    assert list(tmp_path.iterdir()) == [data]  # no folder named "-" appeared


def test_classify_shows_one_bar_over_every_batch(tiny_dir, tmp_path, monkeypatch, capsys):
    import framing.cli_classify

    monkeypatch.setattr(framing.cli_classify, "_CLASSIFY_BATCH", 2)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    lines = tmp_path / "s.txt"
    lines.write_text("One.\nTwo.\nThree.\nFour.\nFive.\n", encoding="utf-8")
    code, _, err = run(["classify", str(lines), "--model", str(tiny_dir)], capsys)
    final = err.replace("\r", "\n").strip().splitlines()[-1]
    assert code == 0 and final.startswith("classify: 5sentence"), err  # one count over all batches


def test_the_table_marks_low_confidence_and_truncated_sentences():
    from framing.cli import format_table
    from framing.document import Document, Sentence

    text = "Rain fell. Das ist gut."
    scores = {"reported_fact": 0.4, "attributed_claim": 0.3, "official_denial": 0.1, "editorial_opinion": 0.2}
    doc = Document(text, (Sentence("Rain fell.", 0, 10, "reported_fact", scores, (), True, False),
                          Sentence("Das ist gut.", 11, 23, "reported_fact", scores, (), False, True)), {})
    first, second, blank, shares = format_table(doc, width=80).splitlines()
    assert first.startswith("reported_fact 0.40 +") and second.startswith("reported_fact 0.40? ")
    assert blank == "" and shares.startswith("reported_fact 100%")  # the shares its sentences hold


def test_the_table_lines_up_wide_and_long_label_names():
    from framing.cli import format_table
    from framing.columns import display_width
    from framing.document import Document, Sentence

    long = "speculation_by_the_writer_without_any_source_at_all"
    labels = ("意见", "fact", long)
    text = "Rain fell. Wind rose. Snow came."
    sentences = tuple(Sentence(part, text.index(part), text.index(part) + len(part), label,
                               {name: (1.0 if name == label else 0.0) for name in labels})
                      for part, label in zip(("Rain fell.", "Wind rose.", "Snow came."), labels))
    lines = format_table(Document(text, sentences, {}), width=80).splitlines()
    starts = [display_width(line[:line.index(part)]) for line, part in zip(lines, ("Rain", "Wind", "Snow"))]
    assert len(set(starts)) == 1 and starts[0] == 32 + 7  # one text column; a long name is clipped to 32
    assert lines[2].startswith(long[:16] + "…" + long[-15:] + " 1.00")  # clipped in the middle: both ends kept


def _kind(page: str) -> str:
    """What an analyze output is: html, json or the table."""
    if page.startswith("<!DOCTYPE html>"):
        return "html"
    try:
        return "json" if "sentences" in json.loads(page) else "?"
    except ValueError:
        return "table"


@pytest.mark.parametrize("name, kind", [("report.html", "html"), ("report.HTM", "html"), ("doc.json", "json"),
                                        ("doc.txt", "table"), ("doc", "table")])
def test_analyze_takes_the_format_from_the_out_ending_unless_given(name, kind, tiny_dir, tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("Officials said it rained. The ministry denied it.", encoding="utf-8")
    out = tmp_path / name
    if not out.suffix:  # an existing file without an ending (a new one names a folder)
        out.write_text("old", encoding="utf-8")
    code, _, _ = run(["analyze", str(path), "--out", str(out), "--model", str(tiny_dir)], capsys)
    assert code == 0 and _kind(out.read_text(encoding="utf-8")) == kind
    # an explicit --format wins over the ending
    code, _, _ = run(["analyze", str(path), "--out", str(out), "--format", "table", "--model", str(tiny_dir)],
                     capsys)
    assert code == 0 and _kind(out.read_text(encoding="utf-8")) == "table"


@pytest.mark.parametrize("data, named", [
    ("Officials said it rained.".encode("utf-16"), "encoded as UTF-16, expected UTF-8"),  # with its byte-order mark
    ("Officials said it rained.".encode("utf-16-le") + b"\xff\xdb", "looks like UTF-16")])
def test_a_utf16_file_is_named_as_such(data, named, tiny_dir, tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    code, _, err = run(["analyze", str(path), "--model", str(tiny_dir)], capsys)
    assert code == 1 and named in err and "iconv -f UTF-16" in err
    path.write_bytes("Caf\xe9 owners said it rained.".encode("latin1"))
    code, _, err = run(["analyze", str(path), "--model", str(tiny_dir)], capsys)
    assert code == 1 and "UTF-16" not in err and "iconv -f latin1" in err


def test_a_file_that_is_not_utf8_gets_a_command_to_convert_it_by_name(tiny_dir, tmp_path, capsys, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_bytes("\u201cUgly\u201d, officials said.".encode("cp1252"))
    code, _, err = run(["analyze", str(path), "--model", str(tiny_dir)], capsys)
    assert code == 1 and f"iconv -f cp1252 -t UTF-8 {path} > {tmp_path / 'a-utf8.txt'}" in err
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(path.read_bytes())))
    code, _, err = run(["analyze", "-", "--model", str(tiny_dir)], capsys)
    assert code == 1 and "<stdin>" in err and "iconv -f cp1252 -t UTF-8 FILE > FILE-utf8" in err


def test_commands_suggested_for_files_named_with_spaces_run_as_copied(tiny_dir, tmp_path, capsys):
    # a Word export handed over as "Week 3/Boycott (Ana's edits).txt": the iconv command and the folder's pattern
    # are quoted, so that pasting them into a shell converts that file and names the folder's files
    folder = tmp_path / "Week 3 – drafts"
    folder.mkdir()
    path = folder / "Boycott (Ana's edits).txt"
    path.write_bytes("\u201cNoise\u201d, the owner said.".encode("cp1252"))
    code, _, err = run(["analyze", str(path), "--model", str(tiny_dir)], capsys)
    command = err.rstrip().partition("e.g. ")[2]
    assert code == 1 and shlex.split(command) == [
        "iconv", "-f", "cp1252", "-t", "UTF-8", str(path), ">", str(folder / "Boycott (Ana's edits)-utf8.txt")]
    code, _, err = run(["analyze", str(folder), "--model", str(tiny_dir)], capsys)
    pattern = err.partition("name them (")[2].partition("), or")[0]
    assert code == 1 and shlex.split(pattern) == [f"{folder}/*.txt"], err
    assert shlex.split(err.rstrip().partition("framing score ")[2]) == [str(folder), "--out", "OUT"]


def test_one_of_several_files_not_in_utf8_is_converted_into_itself_so_the_same_pattern_runs_again(
        tiny_dir, tmp_path, capsys):
    # "framing analyze week3/*.txt": a converted copy beside the Word export, week3/boycott-utf8.txt, would be read
    # by the same pattern next time, with the export itself failing again; the command converts the file in place
    good, bad = tmp_path / "ferry.txt", tmp_path / "boycott.txt"
    good.write_text("The ferry was late.", encoding="utf-8")
    bad.write_bytes("\u201cNoise\u201d, the owner said.".encode("cp1252"))
    code, _, err = run(["analyze", str(good), str(bad), "--model", str(tiny_dir), "--out", str(tmp_path / "out")],
                       capsys)
    assert code == 1 and f"iconv -f cp1252 -t UTF-8 {bad} > {bad}.tmp && mv {bad}.tmp {bad}" in err, err
    bad.write_bytes("Noise, the owner said.".encode("utf-16"))
    code, _, err = run(["analyze", str(good), str(bad), "--model", str(tiny_dir), "--out", str(tmp_path / "out")],
                       capsys)
    assert code == 1 and f"iconv -f UTF-16 -t UTF-8 {bad} > {bad}.tmp && mv {bad}.tmp {bad}" in err, err


def test_a_stray_windows_1252_byte_in_utf8_text_is_named_as_one_not_sent_to_iconv(tiny_dir, tmp_path, capsys):
    path = tmp_path / "a.txt"
    # UTF-8 throughout ("Café") but for one right single quote pasted in as the Windows-1252 byte 0x92
    path.write_bytes("Caf\u00e9 owners said the ferry was late.\n".encode() + b"It\x92s over, Ana Roe said.\n")
    code, _, err = run(["analyze", str(path), "--model", str(tiny_dir)], capsys)
    assert code == 1 and "(byte 0x92); a stray byte in UTF-8 text (0x92 is '\u2019' in Windows-1252, cp1252)" in err
    assert "iconv" not in err, err  # converting the file would turn "Café" into "CafÃ©"
    # the same byte in text that is ASCII besides is Windows-1252 text to convert, as before
    path.write_bytes(b"The ferry was late.\nIt\x92s over, Ana Roe said.\n")
    code, _, err = run(["analyze", str(path), "--model", str(tiny_dir)], capsys)
    assert code == 1 and "it looks like Windows-1252" in err and "iconv -f cp1252" in err


def test_analyze_reads_a_file_in_the_encoding_given_and_refuses_an_unknown_one_before_the_model_loads(
        tiny_dir, tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_bytes("\u201cUgly\u201d, officials said.".encode("cp1252"))
    code, out, err = run(["analyze", str(path), "--encoding", "cp1252", "--format", "json", "--model", str(tiny_dir)],
                         capsys)
    assert code == 0 and [s["text"] for s in json.loads(out)["sentences"]] == ["\u201cUgly\u201d, officials said."], err
    path.write_bytes("Officials said it rained.".encode("utf-16"))  # its byte-order mark is dropped
    code, out, err = run(["analyze", str(path), "--encoding", "UTF-16", "--format", "json", "--model", str(tiny_dir)],
                         capsys)
    assert code == 0 and [s["text"] for s in json.loads(out)["sentences"]] == ["Officials said it rained."], err
    for command, name in (["analyze", str(path)], "cp-1252x"), (["score", str(tmp_path), "--out", "out"], "base64"):
        with pytest.raises(SystemExit) as exc:
            main([*command, "--encoding", name, "--model", str(tmp_path / "no-model")])
        err = capsys.readouterr().err
        assert exc.value.code == 2 and f"argument --encoding: not a text encoding Python knows, got {name!r}" in err


def test_classify_reads_a_file_in_the_encoding_given_as_analyze_does(tiny_dir, tmp_path, capsys):
    path = tmp_path / "lines.txt"
    path.write_bytes("\u201cA shambles\u201d, the mayor said.\n\nThe bridge reopened.\n".encode("cp1252"))
    code, out, err = run(["classify", str(path), "--encoding", "cp1252", "--model", str(tiny_dir)], capsys)
    assert code == 0 and [(row["line"], row["text"]) for row in map(json.loads, out.splitlines())] == [
        (1, "\u201cA shambles\u201d, the mayor said."), (3, "The bridge reopened.")], err
    # UTF-16 with Windows line ends: its byte-order mark dropped, its lines numbered as a UTF-8 file's
    path.write_bytes("The ferry ran late.\r\nThe port stayed shut.\r\n".encode("utf-16"))
    code, out, err = run(["classify", str(path), "--encoding", "utf-16", "--format", "csv", "--model", str(tiny_dir)],
                         capsys)
    assert code == 0 and [line.split(",")[0] + "," + line.split(",")[-1] for line in out.splitlines()[1:]] == [
        "1,The ferry ran late.", "2,The port stayed shut."], err
    # UTF-8 beyond ASCII under a one-byte encoding is refused in analyze's words, never garbled
    path.write_bytes("The caf\u00e9 closed.\n".encode())
    code, out, err = run(["classify", str(path), "--encoding", "cp1252", "--model", str(tiny_dir)], capsys)
    assert code == 1 and not out and "is UTF-8" in err, err
    assert run(["analyze", str(path), "--encoding", "cp1252", "--model", str(tiny_dir)], capsys)[2] == err.replace(
        "framing classify:", "framing analyze:")
    with pytest.raises(SystemExit) as exc:  # an unknown name: a usage error before the model loads
        main(["classify", str(path), "--encoding", "cp-1252x", "--model", str(tmp_path / "no-model")])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and "argument --encoding: not a text encoding Python knows, got 'cp-1252x'" in err


@pytest.mark.parametrize("encoding, order", [("utf-16-le", "LE"), ("utf-16-be", "BE")])
@pytest.mark.parametrize("command", ["analyze", "classify"])
def test_utf16_without_a_byte_order_mark_is_refused_as_score_rejects_it(command, encoding, order, tiny_dir, tmp_path,
                                                                        capsys):
    # valid UTF-8 when English, a NUL byte beside each letter: it would be labelled as "T\0h\0e\0..."
    path = tmp_path / "a.txt"
    path.write_bytes("Officials said it rained.\nThe ministry denied it.\n".encode(encoding))
    code, out, err = run([command, str(path), "--model", str(tiny_dir)], capsys)
    assert code == 1 and not out, err
    assert (f"{path}: looks like UTF-16 without a byte-order mark, expected UTF-8; read it with --encoding "
            f"{encoding}, or convert it first, e.g. iconv -f UTF-16{order} -t UTF-8 {path} > "
            f"{tmp_path / 'a-utf8.txt'}") in err


@pytest.mark.parametrize("encoding, named", [("utf-16", "UTF-16"), ("utf-16-be", "UTF-16"), ("utf-32", "UTF-32")])
def test_a_file_with_a_utf16_or_utf32_byte_order_mark_is_named_by_analyze_in_score_s_words(encoding, named, tiny_dir,
                                                                                             tmp_path, capsys,
                                                                                             monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = "Officials said it rained.\n"
    data = (codecs.BOM_UTF16_BE if encoding == "utf-16-be" else b"") + text.encode(encoding)
    (tmp_path / "in").mkdir()
    for name in ("a.txt", "in/a.txt", "a.jsonl"):
        (tmp_path / name).write_bytes(data)
    said = {}
    for command in (["analyze", "a.txt"], ["classify", "a.txt"], ["score", "a.jsonl", "--out", "out"]):
        code, out, err = run([*command, "--model", str(tiny_dir)], capsys)
        assert code == 1 and not out, err
        said[command[0]] = err.split(": ", 3)[-1].replace(".jsonl", ".txt")
    # analyze and classify name --encoding first, as for Windows-1252; score's JSON Lines, read as UTF-8 alone, not
    assert said["analyze"] == said["classify"] == (
        f"encoded as {named}, expected UTF-8; read it with --encoding {named.lower()}, or convert it first, e.g. "
        f"iconv -f {named} -t UTF-8 a.txt > a-utf8.txt\n")
    assert said["score"] == (
        f"encoded as {named}, expected UTF-8; convert it first, e.g. iconv -f {named} -t UTF-8 a.txt > a-utf8.txt\n")
    # a .txt file of a folder is rejected in the same words, with a command that converts it in place
    assert run(["score", "in", "--out", "folder", "--model", str(tiny_dir)], capsys)[0] == 1
    reason = json.loads((tmp_path / "folder.rejects.jsonl").read_text(encoding="utf-8"))["reason"]
    assert reason.startswith(f"encoded as {named}, expected UTF-8; convert it first, e.g. iconv -f {named} -t UTF-8 ")


@pytest.mark.parametrize("data, hint", [
    (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xdf\xa4\xd2lZ\x01", "ZIP archive (a Word .docx"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "it is a PDF: extract its text first"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcb\x48", "gzip-compressed"),
    (b"\x7fELF\x02\x01\x01\x00" + bytes(8) + b"\x03\x00>\x00\x01\x00\x00\x00\x90", "a program, not text"),
    (bytes(range(1, 9)) * 10 + b"\xff\xfe\xfd", "looks like a binary file, not text"),
    (b"MZ Wallace opened a caf\xe9 in Paris.\n", "iconv -f latin1"),  # two letters are no program's mark
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01", "it is a PNG image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01", "it is a JPEG image"),
    (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff", "it is a GIF image"),
    # a first "line" of one byte: the bytes after it still show a binary file
    (b"\x93\n" + bytes(range(1, 9)) * 10, "looks like a binary file, not text"),
])
@pytest.mark.parametrize("command", ["analyze", "classify"])
def test_a_binary_file_is_named_as_one_not_sent_to_iconv(data, hint, command, tiny_dir, tmp_path, capsys):
    path = tmp_path / "story.bin"
    path.write_bytes(data)
    code, _, err = run([command, str(path), "--model", str(tiny_dir)], capsys)
    assert code == 1 and hint in err and ("iconv" in hint or "iconv" not in err), err


def test_a_pdf_is_answered_with_the_command_that_extracts_its_text_and_the_words_to_join(tiny_dir, tmp_path, capsys):
    # a colleague hands over "Lab report (final).pdf": the command names it, quoted, and its text beside it, and
    # says that pdftotext's hard-wrapped text breaks words at line ends, which the docs say how to join
    path = tmp_path / "Lab report (final).pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n")
    code, _, err = run(["analyze", str(path), "--model", str(tiny_dir)], capsys)
    command = err.partition("e.g. ")[2].partition(", then")[0]
    assert code == 1 and shlex.split(command) == ["pdftotext", str(path), str(tmp_path / "Lab report (final).txt")]
    assert "join the words it hyphenates at line ends" in err and "docs/reading.md" in err
    # a PDF saved with a .txt ending gets a text of another name, not itself
    path = tmp_path / "notes.txt"
    path.write_bytes(b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n")
    code, _, err = run(["analyze", str(path), "--model", str(tiny_dir)], capsys)
    assert code == 1 and f"pdftotext {path} {tmp_path / 'notes-text.txt'}," in err


@pytest.mark.parametrize("command", ["analyze", "classify"])
def test_a_pdf_in_plain_ascii_is_still_no_text(command, tiny_dir, tmp_path, capsys):
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n")  # valid UTF-8 throughout
    code, out, err = run([command, str(path), "--model", str(tiny_dir)], capsys)
    assert code == 1 and "not a text file; it is a PDF" in err and not out


@pytest.mark.parametrize("command", ["analyze", "classify"])
def test_out_may_not_be_the_input_file(command, tmp_path, capsys):
    data = tmp_path / "lines.txt"
    data.write_text("The council met on Monday.\nPrices rose.\n", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(data)
    for out in (data, link):
        code, _, err = run([command, str(data), "--out", str(out)], capsys)
        assert code == 2 and "is the input FILE" in err, err
    assert data.read_text(encoding="utf-8") == "The council met on Monday.\nPrices rose.\n"


def test_a_failed_run_leaves_an_earlier_output_file_as_it_was(tiny_dir, tmp_path, capsys):
    data = tmp_path / "lines.txt"
    data.write_bytes(b"The council met on Monday.\n\xff broken\n")
    out = tmp_path / "labels.jsonl"
    out.write_text("earlier results\n", encoding="utf-8")
    code, _, err = run(["classify", str(data), "--out", str(out), "--model", str(tiny_dir)], capsys)
    assert code == 1 and "line 2: not valid UTF-8" in err
    assert out.read_text(encoding="utf-8") == "earlier results\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["labels.jsonl", "lines.txt"]  # no temporary left
    data.write_text("The council met on Monday.\n", encoding="utf-8")
    assert run(["classify", str(data), "--out", str(out), "--model", str(tiny_dir)], capsys)[0] == 0
    assert json.loads(out.read_text(encoding="utf-8"))["text"] == "The council met on Monday."


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full")
@pytest.mark.parametrize("command", ["analyze", "classify"])
def test_a_full_disk_is_one_clear_error(command, tiny_dir, tmp_path, capsys):
    data = tmp_path / "lines.txt"
    data.write_text("The council met on Monday.\n", encoding="utf-8")
    code, _, err = run([command, str(data), "--out", "/dev/full", "--model", str(tiny_dir)], capsys)
    assert code == 1 and "/dev/full: cannot write (No space left on device)" in err and "Traceback" not in err


def test_classify_reads_old_mac_line_endings_as_lines(tiny_dir, tmp_path, capsys):
    data = tmp_path / "mac.txt"
    data.write_bytes(b"Prices rose.\rOfficials denied it.\r\rThe vote is on Friday.\r")
    code, out, _ = run(["classify", str(data), "--model", str(tiny_dir)], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [(r["line"], r["text"]) for r in rows] == [
        (1, "Prices rose."), (2, "Officials denied it."), (4, "The vote is on Friday.")]
    # in a file with \n line ends, a stray \r splits nothing: line numbers stay those of wc -l and sed
    data.write_bytes(b"Prices rose.\nHe said\rit was fine.\nThird line.\n")
    code, out, _ = run(["classify", str(data), "--model", str(tiny_dir)], capsys)
    assert [json.loads(line)["line"] for line in out.splitlines()] == [1, 2, 3]
    data.write_bytes(b"Prices rose.\rFine.\rBad \xff byte.\r")
    code, _, err = run(["classify", str(data), "--model", str(tiny_dir)], capsys)
    assert code == 1 and "line 3: not valid UTF-8" in err


def test_a_rewritten_output_keeps_its_permissions(tiny_dir, tmp_path, capsys):
    import os
    import stat

    data = tmp_path / "lines.txt"
    data.write_text("The council met on Monday.\n", encoding="utf-8")
    out = tmp_path / "private.jsonl"
    out.write_text("old\n", encoding="utf-8")
    os.chmod(out, 0o600)
    assert run(["classify", str(data), "--out", str(out), "--model", str(tiny_dir)], capsys)[0] == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600 and "council" in out.read_text(encoding="utf-8")


@pytest.mark.skipif(not Path("/dev/stdout").exists(), reason="needs /dev/stdout")
def test_stdin_input_and_out_dev_stdout_into_a_closed_pipe_is_no_error(tiny_dir, tmp_path):
    """One fresh ``python -m framing.cli`` serves two checks: it reads its lines from standard input, a pipe
    (``classify -``: the first rows, all that ``head`` keeps, are the input's first lines), and writing
    ``--out /dev/stdout`` into a pipe that ``head`` has closed is no error (exit 0, nothing said)."""
    data = tmp_path / "lines.txt"
    # some 300 kB of rows, several times a pipe's buffer: the run is still writing when ``head`` has gone
    lines = ["One.", "Two.", *(f"Sentence {k} said the minister." for k in range(1500))]
    data.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    kept = tmp_path / "rows.jsonl"
    command = (f"cat {data} | {sys.executable} -m framing.cli classify - --model {tiny_dir} --device cpu --quiet "
               f"--out /dev/stdout | head -c 2000 > {kept}; echo ${{PIPESTATUS[1]}}")
    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=300)
    assert result.stdout.strip() == "0" and "error" not in result.stderr, f"closed pipe: {result.stderr}"
    # the rows head kept before it went (its last one cut short)
    rows = [json.loads(line) for line in kept.read_text(encoding="utf-8").splitlines(keepends=True)
            if line.endswith("\n")]
    assert len(rows) >= 2, f"stdin input: {len(rows)} rows"
    assert [(row["line"], row["text"]) for row in rows] == list(enumerate(lines, 1))[:len(rows)], "stdin input"
    assert all(row["label"] in framing.LABELS and set(row["scores"]) == set(framing.LABELS) for row in rows), \
        "stdin input"


def test_an_unexpected_value_error_is_one_line_and_its_traceback_shows_with_v(monkeypatch, capsys, tmp_path):
    import framing.cli as cli

    def broken(args):
        raise ValueError("something odd")

    monkeypatch.setattr(cli, "run_classify", broken)
    assert cli.main(["classify", str(tmp_path / "x.txt")]) == 1
    err = capsys.readouterr().err
    assert "framing classify: error: something odd" in err and "Traceback" not in err and "-v" in err
    assert cli.main(["classify", "-v", str(tmp_path / "x.txt")]) == 1
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and "in broken" in err


def test_the_table_rounds_each_share_on_its_own_so_equal_counts_read_alike():
    from framing.cli import format_table
    from framing.document import Document, Sentence

    labels = ("reported_fact", "attributed_claim", "official_denial", "editorial_opinion")
    counts = dict(zip(labels, (4, 4, 3, 6)))  # of 17: 23.5%, 23.5%, 17.6%, 35.3%: 101% in all once rounded
    chosen = [label for label in labels for _ in range(counts[label])]
    parts = [f"Sentence {k}." for k in range(len(chosen))]
    text = " ".join(parts)
    sentences = tuple(Sentence(part, text.index(part), text.index(part) + len(part), label,
                               {name: float(name == label) for name in labels})
                      for part, label in zip(parts, chosen))
    shares = {label: counts[label] / len(chosen) for label in labels}
    last = format_table(Document(text, sentences, {"shares": shares}), width=80).splitlines()[-1]
    assert last == "reported_fact 24%  attributed_claim 24%  official_denial 18%  editorial_opinion 35%", last


@pytest.mark.parametrize("argv,unknown", [(["analyze", "a.txt", "--bogus"], "--bogus"),
                                          (["classify", "a.txt", "b.txt"], "b.txt"),
                                          (["evaluate", "--data", "d.csv", "--bogus", "1"], "--bogus 1"),
                                          (["score", "c.jsonl", "--out", "o", "--bogus"], "--bogus"),
                                          (["train", "--train", "t.csv", "--out", "m", "--bogus"], "--bogus")])
def test_an_unknown_argument_shows_the_commands_own_usage(argv, unknown, capsys):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    err = capsys.readouterr().err
    assert exc.value.code == 2 and err.startswith(f"usage: framing {argv[0]} "), err
    assert err.endswith(f"framing {argv[0]}: error: unrecognized arguments: {unknown}\n"), err


@pytest.mark.parametrize("command", ["analyze", "classify", "evaluate"])
def test_precision_and_batch_tokens_reach_the_model(command, tiny_dir, tmp_path, monkeypatch, capsys):
    import framing.analyze

    engines = []

    def load(*args, **kwargs):
        analyzer = real_load(*args, **kwargs)
        engines.append(analyzer.engine)
        return analyzer

    real_load = framing.analyze.load
    monkeypatch.setattr(framing.analyze, "load", load)
    data = tmp_path / "data.csv"
    data.write_text("text,label\nPrices rose.,reported_fact\n", encoding="utf-8")
    given = ["--data", str(data)] if command == "evaluate" else [str(data)]
    code, _, err = run([command, *given, "--model", str(tiny_dir), "--device", "cpu", "--precision", "int8",
                        "--batch-tokens", "256"], capsys)
    assert code == 0 and len(engines) == 1, err
    assert engines[0].quantized and engines[0].batch_tokens == 256


@pytest.mark.parametrize("argv", [["analyze", "x.txt"], ["classify", "x.txt"], ["evaluate", "--data", "x.csv"],
                                  ["score", "x.jsonl", "--out", "o"]])
def test_a_bad_precision_or_batch_tokens_is_a_usage_error_before_any_file_is_read(argv, capsys):
    for option, value, message in (("--batch-tokens", "0", "argument --batch-tokens: must be at least 1, got 0"),
                                   ("--batch-tokens", "1e3", "argument --batch-tokens: expected a whole number"),
                                   ("--precision", "fp64", "argument --precision: invalid choice: 'fp64'")):
        with pytest.raises(SystemExit) as exc:
            main(argv + [option, value])
        err = capsys.readouterr().err
        assert exc.value.code == 2 and message in err and err.startswith(f"usage: framing {argv[0]} "), err


def _csv_rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_analyze_csv_has_a_row_per_sentence_as_in_the_json(tiny_dir, tiny, tmp_path, capsys):
    text = 'The ministry denied the report, "a disgrace".\n\nPrices rose 3.5 percent, officials said.'
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "sentences.csv"
    code, _, _ = run(["analyze", str(path), "--out", str(out), "--model", str(tiny_dir)], capsys)
    assert code == 0
    written = out.read_text(encoding="utf-8")
    # framing score's sentence columns, in its order, with the FILE for doc_id and the credited source after
    assert written.splitlines()[0] == ("file,sentence_index,start,end,text,label,"
                                       + ",".join(f"score_{label}" for label in tiny.labels)
                                       + ",spans,truncated,low_confidence,source,source_display,unsourced"
                                       + ",denial_answers")
    from framing.scale.scoring import output_schema

    assert written.splitlines()[0].split(",")[1:-4] == output_schema("sentence", tiny.labels).names[1:]
    rows = _csv_rows(written)
    sentences = tiny.analyze(text).to_dict()["sentences"]
    assert [int(r["sentence_index"]) for r in rows] == list(range(len(sentences))) and len(rows) == 2
    assert {r["file"] for r in rows} == {str(path)}
    for row, sentence in zip(rows, sentences):
        assert text[int(row["start"]):int(row["end"])] == row["text"] == sentence["text"]
        assert row["label"] == sentence["label"]
        assert {label: float(row[f"score_{label}"]) for label in tiny.labels} == pytest.approx(sentence["scores"])
        assert (row["low_confidence"], row["truncated"]) == (str(sentence["low_confidence"]).lower(),
                                                             str(sentence["truncated"]).lower())
        assert json.loads(row["spans"]) == sentence["spans"]
    credits = tiny.analyze(text).profile["credits"]
    assert [row["source"] or None for row in rows] == credits
    # --format csv writes the same to standard output
    code, printed, _ = run(["analyze", str(path), "--format", "csv", "--model", str(tiny_dir)], capsys)
    assert code == 0 and printed == written


def test_analyze_csv_of_several_files_on_standard_output_is_one_table(tiny_dir, tmp_path, capsys):
    """As JSON Lines of several FILEs are one stream, their CSV is one table: a header once, then each FILE's rows
    in FILE order, its file column telling them apart; with --excel the byte-order mark comes once, first."""
    texts = _articles(tmp_path)
    files = [str(path) for path, text in texts.items() if text]
    model = ["--model", str(tiny_dir), "--quiet"]
    code, printed, err = run(["analyze", *files, "--format", "csv", *model], capsys)
    assert code == 0, err
    alone = [run(["analyze", file, "--format", "csv", *model], capsys)[1] for file in files]
    assert printed == alone[0] + "".join(one.split("\n", 1)[1] for one in alone[1:])
    assert [row["file"] for row in _csv_rows(printed)] == [file for file, one in zip(files, alone)
                                                          for _ in _csv_rows(one)]
    code, printed, _ = run(["analyze", *files, "--format", "csv", "--excel", "--out", "-", *model], capsys)
    assert code == 0 and printed.startswith("\ufefffile,") and printed.count("\ufeff") == 1
    assert printed.count("file,sentence_index") == 1
    # --out NAME.csv is that one table written to that file, --format csv or none
    for argv in (["--format", "csv"], []):
        out = tmp_path / "week 3" / "sentences.csv"
        out.parent.mkdir(exist_ok=True)
        code, shown, err = run(["analyze", *files, *argv, "--out", str(out), *model], capsys)
        assert code == 0 and not shown, err
        assert out.read_text(encoding="utf-8") == alone[0] + "".join(one.split("\n", 1)[1] for one in alone[1:])


def test_classify_csv_has_a_row_per_nonblank_line(tiny_dir, tmp_path, capsys):
    path = tmp_path / "s.txt"
    path.write_text('First, with a comma.\n\nSecond "quoted" one.\n', encoding="utf-8")
    out = tmp_path / "labels.csv"
    code, _, _ = run(["classify", str(path), "--out", str(out), "--model", str(tiny_dir)], capsys)
    rows = _csv_rows(out.read_text(encoding="utf-8"))
    code, printed, _ = run(["classify", str(path), "--model", str(tiny_dir)], capsys)
    lines = [json.loads(line) for line in printed.splitlines()]
    assert code == 0 and [(int(r["line"]), r["text"]) for r in rows] == [(r["line"], r["text"]) for r in lines]
    assert [r["label"] for r in rows] == [r["label"] for r in lines]
    assert list(rows[0]) == ["line", "label", *(f"score_{label}" for label in lines[0]["scores"]),
                             "low_confidence", "truncated", "text"]
    blank = tmp_path / "blank.txt"
    blank.write_text("\n", encoding="utf-8")
    code, printed, _ = run(["classify", str(blank), "--format", "csv", "--model", str(tiny_dir)], capsys)
    assert code == 0 and printed.startswith("line,label,") and len(printed.splitlines()) == 1


def test_with_several_files_a_warning_names_its_file(tiny_dir, tmp_path, caplog, capsys):
    import logging

    marked, plain = tmp_path / "marked.txt", tmp_path / "plain.txt"
    marked.write_text("<p>Officials said it.</p><p>Prices rose.</p><br/>", encoding="utf-8")
    plain.write_text("Officials said it. Prices rose.", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="framing.analyze"):
        code, _, _ = run(["analyze", str(marked), str(plain), "--out", str(tmp_path / "out"), "--model",
                          str(tiny_dir), "--quiet"], capsys)
    warned = [r.getMessage() for r in caplog.records if "HTML" in r.getMessage()]
    assert code == 0 and len(warned) == 1 and warned[0].startswith(f"{marked}: the text holds")
    # the prefix is gone once the FILE is done
    assert not logging.getLogger("framing.analyze").filters


def test_csv_rows_holding_a_lone_carriage_return_read_back_whole(tiny_dir, tmp_path, capsys):
    # old Mac copy wraps lines with a lone CR, which lands inside a sentence (analyze) or a line (classify)
    path = tmp_path / "wrapped.txt"
    path.write_bytes(b"The ministry said on Monday that\rthe plan was a sham.\rPolice denied it.\r")
    text = path.read_bytes().decode()
    code, printed, _ = run(["analyze", str(path), "--format", "csv", "--model", str(tiny_dir)], capsys)
    rows = list(csv.DictReader(io.StringIO(printed, newline="")))
    assert code == 0 and len(rows) == 2
    assert all(text[int(r["start"]):int(r["end"])] == r["text"] for r in rows) and "\r" in rows[0]["text"]
    lines = tmp_path / "lines.txt"
    lines.write_bytes(b"Police said it was a sham.\rCritics said no.\nPrices rose.\n")
    code, printed, _ = run(["classify", str(lines), "--format", "csv", "--model", str(tiny_dir)], capsys)
    rows = list(csv.DictReader(io.StringIO(printed, newline="")))
    assert code == 0 and [r["text"] for r in rows] == ["Police said it was a sham.\rCritics said no.", "Prices rose."]
    assert [r["line"] for r in rows] == ["1", "2"]


@pytest.mark.parametrize("out", ["sentences.tsv", "report.jsonl"])
def test_an_analyze_out_ending_that_names_no_format_is_refused_unless_format_is_given(out, tiny_dir, tmp_path,
                                                                                      capsys):
    path = tmp_path / "a.txt"
    path.write_text("Prices rose.\n", encoding="utf-8")
    # checked before the input is read or the model loaded
    code, _, err = run(["analyze", str(tmp_path / "missing.txt"), "--out", str(tmp_path / out), "--model",
                        str(tmp_path / "no-model")], capsys)
    assert code == 2 and f"--out {tmp_path / out}: its ending" in err and "--format" in err, err
    assert ".txt → table, .json → json, .html → html, .htm → html, .csv → csv" in err
    assert "missing" not in err.replace(str(tmp_path / out), "") and not (tmp_path / out).exists()
    code, _, err = run(["analyze", str(path), "--out", str(tmp_path / out), "--format", "json", "--model",
                        str(tiny_dir)], capsys)
    assert code == 0 and "Prices rose." in json.loads((tmp_path / out).read_text(encoding="utf-8"))["text"], err


def _articles(tmp_path) -> dict[Path, str]:
    texts = {tmp_path / "in" / "first.txt": "The ministry denied the report. Critics said it was rushed.",
             tmp_path / "in" / "second.md": "Prices rose 3.5 percent, the agency said.",
             tmp_path / "in" / "third.txt": ""}
    (tmp_path / "in").mkdir()
    for path, text in texts.items():
        path.write_text(text, encoding="utf-8")
    return texts


def _count_loads(monkeypatch) -> list:
    import framing.analyze

    loads = []
    real_load = framing.analyze.load
    monkeypatch.setattr(framing.analyze, "load", lambda *a, **k: loads.append(a) or real_load(*a, **k))
    return loads


@pytest.mark.parametrize("fmt", ["json", "table", "html", "csv"])
def test_analyze_of_several_files_writes_one_result_each_into_the_out_folder(fmt, tiny_dir, tmp_path, monkeypatch,
                                                                           capsys):
    texts = _articles(tmp_path)
    loads = _count_loads(monkeypatch)
    out = tmp_path / "results" / "new"
    code, printed, err = run(["analyze", *map(str, texts), "--out", str(out), "--format", fmt,
                              "--model", str(tiny_dir)], capsys)
    assert code == 0 and printed == "" and len(loads) == 1, err
    assert f"note: {tmp_path / 'in' / 'third.txt'} is empty" in err
    ending = {"table": "txt"}.get(fmt, fmt)
    index = ["index.html"] if fmt == "html" else []  # html reports come with a page linking them
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{name}.{ending}" for name in ("first", "second", "third")] + index)
    for path in texts:  # each as the same file analysed alone would be
        alone = tmp_path / f"alone.{ending}"
        assert run(["analyze", str(path), "--out", str(alone), "--model", str(tiny_dir)], capsys)[0] == 0
        assert (out / f"{path.stem}.{ending}").read_text(encoding="utf-8") == alone.read_text(encoding="utf-8")


def test_analyze_of_several_files_without_out_prints_them_in_order(tiny_dir, tiny, tmp_path, capsys):
    texts = _articles(tmp_path)
    code, printed, _ = run(["analyze", *map(str, texts), "--format", "json", "--model", str(tiny_dir)], capsys)
    # JSON Lines: a document per line, each naming its FILE
    assert code == 0 and [json.loads(line) for line in printed.splitlines()] == [
        {**tiny.analyze(text).to_dict(), "meta": {"file": str(path)}} for path, text in texts.items()]
    assert [framing.Document.from_dict(json.loads(line)).meta["file"] for line in printed.splitlines()] == [
        str(path) for path in texts]
    assert framing.summarize(json.loads(line) for line in printed.splitlines())["documents"] == len(texts)
    code, printed, _ = run(["analyze", *map(str, texts), "--model", str(tiny_dir)], capsys)
    tables = [f"==> {path} <==\n" + run(["analyze", str(path), "--model", str(tiny_dir)], capsys)[1] for path in texts]
    assert code == 0 and printed == "\n".join(tables)  # each FILE's table under its name, a blank line between


@pytest.mark.parametrize("fmt, kept", [("json", 0), ("csv", 0), ("table", 0), ("html", 1)])
def test_analyze_into_a_folder_keeps_no_document_once_its_result_is_written(fmt, kept, tiny_dir, tmp_path,
                                                                            monkeypatch, capsys):
    import gc
    import weakref

    from framing.analyze import Analyzer

    texts = _articles(tmp_path)
    made, alive = [], []  # a weak reference to each Document; how many lived on as the next was analysed
    real = Analyzer.analyze

    def analyze(self, text, **kwargs):
        gc.collect()
        alive.append(sum(ref() is not None for ref in made))
        doc = real(self, text, **kwargs)
        made.append(weakref.ref(doc))
        return doc

    monkeypatch.setattr(Analyzer, "analyze", analyze)
    code, _, err = run(["analyze", *map(str, texts), "--format", fmt, "--out", str(tmp_path / "out"), "--model",
                        str(tiny_dir), "--quiet"], capsys)
    # json, csv, table: none lives past its write; html: only the one whose figures the index is reading
    assert code == 0 and len(made) == len(texts) and max(alive) == kept, (alive, err)
    assert len(list((tmp_path / "out").iterdir())) == len(texts) + kept


def test_every_json_result_of_analyze_names_its_file(tiny_dir, tmp_path, monkeypatch, capsys):
    texts = _articles(tmp_path)
    first = next(iter(texts))
    model = ["--model", str(tiny_dir), "--quiet"]
    code, printed, _ = run(["analyze", str(first), "--format", "json", *model], capsys)
    assert code == 0 and json.loads(printed)["meta"] == {"file": str(first)}
    out = tmp_path / "one.json"
    assert run(["analyze", str(first), "--out", str(out), *model], capsys)[0] == 0
    assert json.loads(out.read_text(encoding="utf-8"))["meta"] == {"file": str(first)}
    code, _, err = run(["analyze", *map(str, texts), "--format", "json", "--out", str(tmp_path / "all"), *model],
                       capsys)
    assert code == 0, err
    for path in texts:
        assert json.loads((tmp_path / "all" / f"{path.stem}.json").read_text(encoding="utf-8"))["meta"] == {
            "file": str(path)}
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(first.read_bytes())))
    code, printed, _ = run(["analyze", "-", "--format", "json", *model], capsys)
    assert code == 0 and json.loads(printed)["meta"] == {"file": "-"}  # as the CSV's file column names it


def test_analyze_of_several_files_refuses_what_it_cannot_write_before_reading_them(tmp_path, monkeypatch, capsys):
    texts = _articles(tmp_path)
    first, second, _ = map(str, texts)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "first.txt").write_text("Same stem.", encoding="utf-8")
    (tmp_path / "a-file").write_text("not a folder")
    (tmp_path / "taken" / "first.json").mkdir(parents=True)
    missing = str(tmp_path / "missing.txt")
    for argv, message in [
        ([first, "-"], "- (standard input) must be the only FILE"),
        ([first, second, "--format", "html"], "--format html with several FILEs needs --out FOLDER"),
        ([first, str(tmp_path / "other" / "first.txt"), "--out", str(tmp_path / "out")],
         f"2 FILEs are named 'first'; their results would all be {tmp_path / 'out' / 'first.txt'}"),
        ([first, second, "--out", str(tmp_path / "a-file")], f"--out {tmp_path / 'a-file'} exists and is not a folder"),
        ([first, second, "--out", str(tmp_path / "in")],
         f"the result for {first} would be written over the input FILE {first}"),
        ([first, second, "--format", "json", "--out", str(tmp_path / "res.csv")],
         f"--out {tmp_path / 'res.csv'} ends like a file (.csv), but the results go into a folder"),
        ([first, second, "--out", str(tmp_path / "rep.htm")], "ends like a file (.htm)"),
        ([first, second, "--out", str(tmp_path / "rep.jsonl")], "ends like a file (.jsonl)"),
        # one spreadsheet of all FILEs is what --out NAME.csv asks for: the message says how to get it
        ([first, second, "--format", "table", "--out", str(tmp_path / "week 3.csv")],
         f"; for one CSV table of all FILEs in one file, give --format csv --out '{tmp_path / 'week 3.csv'}'\n"),
        ([first, second, "--out", str(tmp_path / "nowhere" / "s.csv")], f"{tmp_path / 'nowhere'} does not exist"),
        ([first, second, "--out", str(tmp_path / "rep.jsonl")], "the JSON Lines of all FILEs in one file"),
        ([first, "--out", str(tmp_path / "res.txt") + "/"],
         "ends like a file (.txt), but the results go into a folder"),
        # a slash after it asks for a folder, not the one CSV of --out NAME.csv
        ([first, second, "--out", str(tmp_path / "res.csv") + "/"],
         "ends like a file (.csv), but the results go into a folder"),
        ([first, second, "--format", "json", "--out", str(tmp_path / "taken")],
         f"the result for {first} would be {tmp_path / 'taken' / 'first.json'}, which is a folder"),
    ]:
        code, _, err = run(["analyze", missing, *argv, "--model", str(tmp_path / "no-model")], capsys)
        assert code == 2 and message in err and "no-model" not in err, err
        assert "no such file" not in err
    assert texts[Path(first)] == Path(first).read_text(encoding="utf-8")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("fmt", ["json", "html"])
def test_analyze_of_several_files_writes_the_good_ones_when_one_cannot_be_read(fmt, tiny_dir, tmp_path, monkeypatch,
                                                                              capsys):
    texts = _articles(tmp_path)
    first, second, _ = map(str, texts)
    latin = tmp_path / "in" / "latin.txt"
    latin.write_bytes("The caf\u00e9 closed early.".encode("latin-1"))
    missing = str(tmp_path / "in" / "gone.txt")
    loads = _count_loads(monkeypatch)
    out = tmp_path / "out"
    code, _, err = run(["analyze", first, str(latin), second, missing, "--format", fmt, "--out", str(out),
                        "--model", str(tiny_dir), "--quiet"], capsys)
    assert code == 1 and len(loads) == 1, err
    assert f"framing analyze: error: {latin}: not valid UTF-8 at byte offset 7" in err
    assert f"framing analyze: error: {missing}: no such file" in err
    assert err.rstrip().endswith(f"2 of 4 FILEs could not be read and have no result: {latin}, {missing}"), err
    index = ["index.html"] if fmt == "html" else []
    assert sorted(p.name for p in out.iterdir()) == sorted([f"first.{fmt}", f"second.{fmt}", *index])
    if fmt == "html":
        page = (out / "index.html").read_text(encoding="utf-8")
        assert "first.html" in page and "second.html" in page and "latin" not in page
    code, printed, err = run(["analyze", first, str(latin), second, "--format", "json", "--model", str(tiny_dir)],
                             capsys)  # on standard output too, in FILE order
    assert code == 1 and [json.loads(line)["meta"]["file"] for line in printed.splitlines()] == [first, second], err


def test_analyze_of_several_files_none_readable_loads_no_model_and_writes_nothing(tmp_path, capsys):
    (tmp_path / "bad.txt").write_bytes(b"Caf\xe9 owners met.")
    missing = str(tmp_path / "gone.txt")
    out = tmp_path / "out"
    code, _, err = run(["analyze", str(tmp_path / "bad.txt"), missing, "--out", str(out),
                        "--model", str(tmp_path / "no-model")], capsys)
    assert code == 1 and "no-model" not in err and not out.exists(), err
    assert "bad.txt: not valid UTF-8" in err and f"{missing}: no such file" in err
    assert "2 of 2 FILEs could not be read" in err


@pytest.mark.parametrize("names, shown", [
    (["A.txt", "a.txt"], "'A' and 'a'"),
    (["caf\u00e9.txt", "cafe\u0301.txt"], "'caf\u00e9' and 'cafe\u0301'"),  # composed and decomposed
])
def test_analyze_refuses_stems_that_differ_only_in_case_or_normal_form(names, shown, tmp_path, capsys):
    for folder, name in zip(("one", "two"), names):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / name).write_text("Ferries ran late.", encoding="utf-8")
    files = [str(tmp_path / folder / name) for folder, name in zip(("one", "two"), names)]
    code, _, err = run(["analyze", *files, "--format", "html", "--out", str(tmp_path / "out"),
                        "--model", str(tmp_path / "no-model")], capsys)
    assert code == 2 and f"2 FILEs are named {shown}, one name on a file system that ignores case" in err, err
    assert not (tmp_path / "out").exists()


def test_a_file_name_that_is_not_utf8_is_shown_escaped_in_every_result(tiny_dir, tmp_path, capsys):
    import os
    from urllib.parse import unquote

    (tmp_path / "in").mkdir()
    odd = tmp_path / "in" / os.fsdecode(b"x\xff.txt")  # a Linux file name no UTF-8 text can hold as it is
    odd.write_text("Ferries ran late. The council said so.", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("Buses ran early.", encoding="utf-8")
    for fmt in ("json", "html", "csv"):
        out = tmp_path / f"one.{fmt}"
        assert run(["analyze", str(odd), "--out", str(out), "--model", str(tiny_dir), "--quiet"], capsys)[0] == 0
        written = out.read_text(encoding="utf-8")
        shown = json.loads(written)["meta"]["file"] if fmt == "json" else written
        assert shown.endswith("x\\xff.txt") if fmt == "json" else "x\\xff.txt" in shown
    for fmt in ("html", "csv"):
        folder = tmp_path / f"many-{fmt}"
        code, _, err = run(["analyze", str(odd), str(tmp_path / "in" / "b.txt"), "--format", fmt, "--out",
                            str(folder), "--model", str(tiny_dir), "--quiet"], capsys)
        assert code == 0, err
        assert (folder / f"x\\xff.{fmt}").read_text(encoding="utf-8").count("x\\xff.txt") >= 1
    # the index shows the escaped name and links a report that is there
    index = (tmp_path / "many-html" / "index.html").read_text(encoding="utf-8")
    links = [unquote(href) for href in re.findall(r'href="([^"#]+)"', index)]
    assert "x\\xff.txt" in index and "x\\xff.html" in links
    assert all((tmp_path / "many-html" / link).is_file() for link in links if not link.startswith("http"))


def _commands() -> dict:
    import argparse

    from framing.cli import build_parser

    return next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)).choices


@pytest.mark.parametrize("name", ["analyze", "classify", "train", "evaluate", "score"])
def test_help_reads_naturally_gives_defaults_and_ends_with_examples(name):
    import argparse

    command = _commands()[name]
    text = command.format_help()
    assert re.search(rf"\n\nexamples:\n(  framing {name} .+\n)+$", text), text  # one example per line
    assert not re.findall(r"\b[A-Z]+_[A-Z_]+\b", text), text  # metavars read N, S, TOKENS, not CHUNK_DOCS
    for action in command._actions:
        if action.option_strings and action.default not in (None, False, argparse.SUPPRESS):
            assert "default" in action.help, (action.option_strings, action.help)


@pytest.mark.parametrize("name,option,limit", [("train", "--batch-tokens", "at least 128"),
                                               ("train", "--lr", "between 0 and 1 exclusive"),
                                               ("train", "--epochs", "at least 1"),
                                               ("train", "--seed", "0 to 2**32 - 1"),
                                               ("train", "--context-sentences", "1 to 4"),
                                               ("analyze", "--batch-tokens", "at least 1"),
                                               ("score", "--chunk-seconds", "S more than 0"),
                                               ("score", "--workers", "at least 1")])
def test_help_states_the_limits_the_options_are_checked_against(name, option, limit):
    action = next(a for a in _commands()[name]._actions if option in a.option_strings)
    assert limit in action.help


def test_help_names_every_table_train_reads_and_every_cell_start_excel_guards():
    from framing.cli_output import _FORMULA_STARTS

    assert "(CSV, TSV, JSONL or Parquet)" in " ".join(_commands()["train"].format_help().split())
    for name in ("analyze", "classify"):
        excel = next(a for a in _commands()[name]._actions if "--excel" in a.option_strings)
        assert "= + - @, a tab or a carriage return" in excel.help
    assert _FORMULA_STARTS == ("=", "+", "-", "@", "\t", "\r")  # what the help names


def test_score_help_points_at_the_source_repository_for_its_guide():
    assert "docs/scoring.md of the source repository" in " ".join(_commands()["score"].format_help().split())


def test_classify_names_the_first_line_holding_several_sentences_once(tmp_path, tiny_dir, capsys, caplog):
    import logging

    path = tmp_path / "lines.txt"
    path.write_text("First one.\n\nSecond.\nThe minister resigned. Critics said it was overdue.\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        code, _, _ = run(["classify", str(path), "--model", str(tiny_dir), "--out", str(tmp_path / "o.jsonl")], capsys)
    assert code == 0
    assert "1 of the first 3 lines hold more than one sentence (the first is line 4)" in caplog.text
    assert caplog.text.count("more than one sentence") == 1  # the CLI's, by line number; not the library's too


def _as_a_user(monkeypatch):
    """Make os.access judge write permission by the owner's mode bits, as for a user who is not root (the
    tests may run as root, who may write anywhere)."""
    import os
    import stat

    real = os.access

    def access(path, mode, *args, **kwargs):
        if mode & os.W_OK and not os.stat(path).st_mode & stat.S_IWUSR:
            return False
        return real(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)


@pytest.mark.parametrize("command, option", [
    (["analyze", "{text}"], "--out"), (["classify", "{text}"], "--out"),
    (["evaluate", "--data", "{data}"], "--json")])
@pytest.mark.parametrize("where", ["read-only folder", "read-only file"])
def test_an_unwritable_output_is_refused_before_anything_is_read_or_loaded(command, option, where, tmp_path,
                                                                             capsys, monkeypatch):
    import framing.analyze

    _as_a_user(monkeypatch)
    monkeypatch.setattr(framing.analyze, "load", lambda *a, **k: pytest.fail("the model loaded"))
    text, data = tmp_path / "a.txt", tmp_path / "d.csv"
    text.write_text("Prices rose on Monday.\n", encoding="utf-8")
    data.write_text("text,label\nPrices rose on Monday.,reported_fact\n", encoding="utf-8")
    folder = tmp_path / "locked"
    folder.mkdir()
    target = folder / "result.json"
    if where == "read-only file":
        target.write_text("{}\n", encoding="utf-8")
        target.chmod(0o444)
    else:
        folder.chmod(0o555)
    try:
        args = [part.format(text=text, data=data) for part in command]
        code, out, err = run([*args, option, str(target)], capsys)
    finally:
        folder.chmod(0o755)
    assert code == 2 and out == ""
    assert f"cannot write {option} {target}" in err and "permission denied" in err


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc, a folder that takes no new file")
@pytest.mark.parametrize("command, option", [
    (["analyze", "{text}"], "--out"), (["classify", "{text}"], "--out"),
    (["evaluate", "--data", "{data}"], "--json")])
def test_a_folder_that_takes_no_new_file_is_refused_before_anything_is_loaded_even_for_root(command, option, tmp_path,
                                                                                           capsys, monkeypatch):
    import os

    import framing.analyze
    from framing.cli import output_problem

    # root is allowed everything by os.access, yet no file can be created in /proc: tried, the folder says so
    monkeypatch.setattr(os, "access", lambda *a, **k: True)
    monkeypatch.setattr(framing.analyze, "load", lambda *a, **k: pytest.fail("the model loaded"))
    text, data = tmp_path / "a.txt", tmp_path / "d.csv"
    text.write_text("Prices rose on Monday.\n", encoding="utf-8")
    data.write_text("text,label\nPrices rose on Monday.,reported_fact\n", encoding="utf-8")
    args = [part.format(text=text, data=data) for part in command]
    code, out, err = run([*args, option, "/proc/framing-result.json"], capsys)
    assert code == 2 and out == ""
    assert f"cannot write {option} /proc/framing-result.json: cannot create files in its folder /proc (" in err
    # a folder that takes one is left as it was: the trial file is gone
    assert output_problem(str(tmp_path / "result.json")) is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "d.csv"]


@pytest.mark.parametrize("args, problem", [
    (["analyze", ""], "FILE is empty"), (["classify", ""], "FILE is empty"),
    (["analyze", "{a}", ""], "FILE is empty"),
    (["analyze", "{a}", "{b}", "--out", "", "--format", "json"], "--out is empty"),
    (["analyze", "{a}", "--out", ""], "--out is empty"), (["classify", "{a}", "--out", ""], "--out is empty")])
def test_an_empty_path_is_a_usage_error_not_the_current_folder(args, problem, tmp_path, capsys, monkeypatch):
    import framing.analyze

    monkeypatch.setattr(framing.analyze, "load", lambda *a, **k: pytest.fail("the model loaded"))
    monkeypatch.chdir(tmp_path)
    for name in ("a", "b"):
        (tmp_path / f"{name}.md").write_text("Prices rose on Monday.\n", encoding="utf-8")
    code, out, err = run([arg.format(a="a.md", b="b.md") for arg in args], capsys)
    assert code == 2 and out == "" and problem in err
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.md", "b.md"]


def test_reading_an_empty_path_names_it_not_the_current_folder():
    from framing.errors import InputError
    from framing.textio import read_lines, read_text

    with pytest.raises(InputError, match="path is empty"):
        read_text("")
    with pytest.raises(InputError, match="path is empty"):
        next(read_lines(""))


@pytest.mark.parametrize("verbose", [False, True])
def test_an_os_error_no_check_named_is_one_line_with_the_traceback_hint(verbose, tmp_path, monkeypatch, capsys):
    import errno

    import framing.scale

    def fails(*args, **kwargs):
        raise OSError(errno.EIO, "Input/output error", str(tmp_path / "in.jsonl"))

    monkeypatch.setattr(framing.scale, "score", fails)
    (tmp_path / "in.jsonl").write_text('{"text": "Rain fell."}\n', encoding="utf-8")
    code, _, err = run((["-v"] if verbose else []) + ["score", str(tmp_path / "in.jsonl"), "--out",
                                                      str(tmp_path / "out")], capsys)
    assert code == 1
    assert err.startswith("framing score: error: [Errno 5] Input/output error: ")
    assert ("Traceback" in err) == verbose and ("run with -v for the traceback" in err) != verbose


def test_analyze_csv_names_the_source_each_sentence_is_credited_to():
    from framing.cli_analyze import _format_csv
    from framing.document import LABELS, Document, Sentence

    scores = {label: 0.25 for label in LABELS}
    text = "Ana Ruiz said it rained. It was cold."
    sentences = (Sentence("Ana Ruiz said it rained.", 0, 24, "attributed_claim", scores),
                 Sentence("It was cold.", 25, 37, "reported_fact", scores))
    doc = Document(text, sentences, {"credits": ["ana ruiz", None]})
    rows = _csv_rows(_format_csv(doc, LABELS, "weather.txt"))
    assert [row["source"] for row in rows] == ["ana ruiz", ""]
    assert [row["source_display"] for row in rows] == ["ana ruiz", ""]  # no sources listed: the key shows
    assert [row["file"] for row in rows] == ["weather.txt"] * 2


def test_analyze_csv_writes_a_sentence_s_spans_as_framing_score_writes_them():
    # a data team joins the two outputs: the same spans must be the same string, not "{"type": ...}" beside
    # '{"type":...}'
    from collections import defaultdict

    from framing.cli_analyze import _format_csv
    from framing.document import LABELS, Document, Sentence, Span
    from framing.scale.scoring import add_sentence_rows

    scores = {label: 0.25 for label in LABELS}
    text = "Zoë Ruiz said it rained."
    spans = (Span("source", 0, 8, "Zoë Ruiz"), Span("cue", 9, 13, "said"))
    doc = Document(text, (Sentence(text, 0, len(text), "attributed_claim", scores, spans=spans),), {})
    columns: dict[str, list] = defaultdict(list)
    add_sentence_rows(columns, "d1", doc.sentences, 0, LABELS)
    [row] = _csv_rows(_format_csv(doc, LABELS, "rain.txt"))
    assert row["spans"] == columns["spans"][0]
    assert json.loads(row["spans"])[0] == {"type": "source", "start": 0, "end": 8, "text": "Zoë Ruiz"}


def test_analyze_csv_shows_each_source_as_the_text_names_it(bundled, tmp_path, capsys):
    text = ("Mayor Ilse Brandt said the quay would reopen in May. Gulls circled the harbour. "
            "The Harbour Board denied that the work had stalled.")
    path = tmp_path / "quay.txt"
    path.write_text(text, encoding="utf-8")
    code, printed, err = run(["analyze", str(path), "--format", "csv", "--quiet"], capsys)
    assert code == 0, err
    profile = bundled.analyze(text).profile
    shown = {entry["source"]: entry["display"] for entry in profile["sources"]}
    rows = _csv_rows(printed)
    assert [row["source"] or None for row in rows] == profile["credits"]
    assert [row["source_display"] or None for row in rows] == [shown.get(c) for c in profile["credits"]]
    assert any(row["source_display"] != row["source"] for row in rows if row["source"])  # capitals, as written


def test_the_report_footer_calls_the_bundled_model_bundled_however_it_is_named(tiny_dir):
    from framing.analyze import DEFAULT_MODEL_DIR
    from framing.cli import model_name

    assert {model_name(None), model_name("default"), model_name(str(DEFAULT_MODEL_DIR))} == {"bundled"}
    assert model_name(str(tiny_dir)) == tiny_dir.name


class Page(HTMLParser):
    """A page as an HTML parser reads it: its start tags with their attributes, and the text of each table
    row's cells."""

    def __init__(self, markup: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell))
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def _chart_figures(report: str) -> dict[str, str]:
    """Each label's figures as a report's chart names them: {"reported_fact": "50% (1 of 2)", ...}."""
    from html import unescape

    named = re.search(r'<svg class="chart" role="img" aria-label="label shares: ([^"]*)"', report)
    return dict(part.split(" ", 1) for part in unescape(named.group(1)).split("; ")) if named else {}


def test_html_reports_in_a_folder_come_with_an_index_of_them(tiny_dir, tmp_path, capsys):
    import base64
    import hashlib
    from urllib.parse import unquote

    texts = _articles(tmp_path)
    odd = tmp_path / "in" / "late edition #2.txt"  # a name that must be quoted in a link
    odd.write_text("The ferry was late. Its captain said the fog was thick. Fares rose.", encoding="utf-8")
    files = [*texts, odd]
    out = tmp_path / "site"
    code, _, err = run(["analyze", *map(str, files), "--format", "html", "--out", str(out), "--model",
                        str(tiny_dir)], capsys)
    assert code == 0, err
    index = (out / "index.html").read_text(encoding="utf-8")
    page = Page(index)
    links = [attrs["href"] for tag, attrs in page.tags if tag == "a"]
    assert [unquote(href) for href in links] == [f"{path.stem}.html" for path in files]
    assert "#" not in links[-1] and " " not in links[-1]
    header, *rows = page.rows
    assert header[:2] == ["report", "sentences"] and header[2:] == list(framing.LABELS)
    total = rows.index(next(row for row in rows if row[0] == "all reports"))
    rows, total = rows[:total], rows[total]
    # each FILE by its name, its whole path as given in the link's title, shown when the pointer rests on it
    assert [row[0] for row in rows] == [path.name for path in files]
    assert [attrs.get("title") for tag, attrs in page.tags if tag == "a"] == list(map(str, files))
    assert int(total[1]) == sum(int(row[1]) for row in rows)
    for path, row in zip(files, rows):  # the numbers of each row are its report's
        report = (out / f"{path.stem}.html").read_text(encoding="utf-8")
        assert int(row[1]) == report.count('<span class="s" ')
        figures = _chart_figures(report)
        if not figures:  # the empty FILE: no chart, no shares
            assert row[1] == "0" and row[2:] == ["n/a"] * 4 and "No sentences to chart." in report
            continue
        for label, cell in zip(framing.LABELS, row[2:]):
            percent, count, _ = re.fullmatch(r"(\d+%) \((\d+) of (\d+)\)", figures[label]).groups()
            assert cell == f"{percent} ({count})"
    # self-contained, as the reports are: no script, nothing fetched, its one style sheet alone allowed
    assert not [tag for tag, _ in page.tags if tag in ("script", "img", "link", "iframe")]
    style = re.search(r"<style>(.*?)</style>", index, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"content=\"default-src 'none'; style-src 'sha256-{digest}'\"" in index
    # run again: the index framing wrote is its own to replace
    odd.unlink()
    code, _, err = run(["analyze", *map(str, texts), "--format", "html", "--out", str(out), "--model",
                        str(tiny_dir)], capsys)
    assert code == 0, err
    rerun = [row[0] for row in Page((out / "index.html").read_text(encoding="utf-8")).rows]
    assert rerun[:rerun.index("all reports")] == ["report", *(path.name for path in texts)]


def _unlinked_warnings(caplog) -> list[str]:
    """The warnings that an --out folder holds framing reports its new index does not link."""
    records = [r for r in caplog.records if "does not link" in r.getMessage()]
    assert all((r.name, r.levelname) == ("framing.cli", "WARNING") for r in records), records
    return [r.getMessage() for r in records]


def test_a_new_index_warns_of_the_framing_reports_in_its_folder_that_it_does_not_link(tiny_dir, tmp_path, caplog,
                                                                                    capsys):
    from framing.document import Document
    from framing.report import render_fragment

    texts = _articles(tmp_path)
    first, second, third = map(str, texts)
    out = tmp_path / "daily"
    code, _, err = run(["analyze", first, second, "--format", "html", "--out", str(out), "--model", str(tiny_dir)],
                       capsys)
    assert code == 0 and _unlinked_warnings(caplog) == [], err
    # pages that are no framing report stay unnamed: a page of the user's, a copy of an index, a fragment
    (out / "notes.html").write_text("<!DOCTYPE html><title>notes</title><p>Made by framing hand.</p>", "utf-8")
    shutil.copy(out / "index.html", out / "monday-index.html")
    (out / "fragment.html").write_text(render_fragment(Document("", ())), encoding="utf-8")
    # the next day's run into the same folder: its index links the one new report alone
    caplog.clear()
    code, _, err = run(["analyze", third, "--format", "html", "--out", str(out), "--model", str(tiny_dir)], capsys)
    assert code == 0, err
    assert re.findall(r'href="([^"#]+)"', (out / "index.html").read_text(encoding="utf-8")) == ["third.html"]
    [warning] = _unlinked_warnings(caplog)
    assert warning == (f"--out {out} holds 2 framing reports that its new index.html does not link (from an earlier "
                       "run, or a FILE not read this time): first.html, second.html; analyze their FILEs with these "
                       "to link them all, or move them")
    # a run that links them all again says nothing
    caplog.clear()
    code, _, err = run(["analyze", first, second, third, "--format", "html", "--out", str(out), "--model",
                        str(tiny_dir)], capsys)
    assert code == 0 and _unlinked_warnings(caplog) == [], err


def test_one_html_report_into_a_folder_gets_an_index_too(tiny_dir, tmp_path, capsys):
    path = tmp_path / "brief.txt"
    path.write_text("The depot closed. Drivers said pay was late.", encoding="utf-8")
    code, _, err = run(["analyze", str(path), "--format", "html", "--out", str(tmp_path / "one") + "/", "--model",
                        str(tiny_dir)], capsys)
    assert code == 0, err
    assert sorted(p.name for p in (tmp_path / "one").iterdir()) == ["brief.html", "index.html"]
    index = (tmp_path / "one" / "index.html").read_text(encoding="utf-8")
    assert f'<a href="brief.html" title="{path}">brief.txt</a>' in index  # its name, its path as given in the title


def test_html_reports_into_a_folder_say_where_the_index_is_on_standard_error_alone(tiny_dir, tmp_path, capsys):
    texts = list(map(str, _articles(tmp_path)))
    out = tmp_path / "nightly"
    for quiet in ([], ["--quiet"]):  # the closing line is no progress: --quiet keeps it, as report's
        code, printed, err = run(["analyze", *texts, "--format", "html", "--out", str(out), "--model", str(tiny_dir),
                                  *quiet], capsys)
        assert (code, printed) == (0, "")
        assert err.splitlines()[-1] == f"framing analyze: wrote {len(texts)} reports and the index to {out}/index.html"


def test_the_index_never_replaces_a_report_or_a_page_framing_did_not_write(tiny_dir, tmp_path, capsys):
    texts = _articles(tmp_path)
    first = str(next(iter(texts)))
    for name in ("index.txt", "INDEX.md"):  # its report would be, or on some file systems would share, index.html
        (tmp_path / "in" / name).write_text("Some text.", encoding="utf-8")
    (tmp_path / "theirs").mkdir()
    (tmp_path / "theirs" / "index.html").write_text("<!DOCTYPE html><title>my site</title>", encoding="utf-8")
    (tmp_path / "taken" / "index.html").mkdir(parents=True)
    for argv, message in [
        ([first, str(tmp_path / "in" / "index.txt"), "--out", str(tmp_path / "new")],
         f"the report for {tmp_path / 'in' / 'index.txt'} would be {tmp_path / 'new' / 'index.html'}, where the "
         "index of the reports goes"),
        ([str(tmp_path / "in" / "INDEX.md"), "--out", str(tmp_path / "new") + "/"], "rename "),
        ([first, "--out", str(tmp_path / "theirs")], f"{tmp_path / 'theirs' / 'index.html'} exists and is not an index "
                                                     "framing wrote"),
        ([first, "--out", str(tmp_path / "taken")], f"{tmp_path / 'taken' / 'index.html'} is a folder"),
    ]:
        code, _, err = run(["analyze", *argv, "--format", "html", "--model", str(tmp_path / "no-model")], capsys)
        assert code == 2 and message in err and "no-model" not in err, err  # refused before the model loads
    assert (tmp_path / "theirs" / "index.html").read_text(encoding="utf-8") == "<!DOCTYPE html><title>my site</title>"
    assert not (tmp_path / "new").exists()
    # other formats write no index, and so mind no FILE named index
    assert run(["analyze", str(tmp_path / "in" / "index.txt"), "--format", "json", "--out", str(tmp_path / "json"),
                "--model", str(tiny_dir)], capsys)[0] == 0
    assert [p.name for p in (tmp_path / "json").iterdir()] == ["index.json"]


def _table_warnings(caplog) -> list[str]:
    """The table warnings logged: each on the framing.cli logger at WARNING, as the command's other warnings."""
    records = [r for r in caplog.records if "looks like a table" in r.getMessage()]
    assert all((r.name, r.levelname) == ("framing.cli", "WARNING") for r in records), records
    return [r.getMessage() for r in records]


@pytest.mark.parametrize("name, content, why", [
    ("desk.csv", "slug,headline\nferry,Ferries ran late.\n", "its ending is .csv"),
    ("desk.tsv.gz", b"\x1f\x8b\x08\x00", "its ending is .tsv.gz"),
    ("desk.parquet", b"PAR1\x15\x04\xff\x00", "its ending is .parquet"),
    ("desk.txt", "slug,Outlet name,body\nferry,The Lantern,Ferries ran late.\n", "reads as a CSV header"),
    ("desk.txt", ",slug,body\n0,ferry,Ferries ran late.\n", "reads as a CSV header"),  # pandas' index column
    ("desk.txt", "slug\tbody\nferry\tFerries ran late.\n", "reads as a TSV header"),
    ("desk.txt", '{"slug": "ferry", "body": "Ferries ran late."}\n', "is a JSON object"),
    # a row's text on two lines
    ("desk.txt", 'slug,body\nferry,"Ferries ran late.\nBuses, too."\n', "reads as a CSV header"),
])
def test_analyze_of_a_table_warns_and_points_at_score(name, content, why, tiny_dir, tmp_path, caplog, capsys):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    code, _, err = run(["analyze", str(path), "--model", str(tiny_dir), "--quiet"], capsys)
    [warning] = _table_warnings(caplog)
    assert warning.startswith(f"{path} looks like a table (") and why in warning, warning
    assert f"framing score {path} --out OUT --text-column NAME" in warning
    assert "looks like a table" not in err  # logged, not printed past the logging set-up
    # a warning, not an error; a binary file is still refused when it is read
    assert code == (1 if isinstance(content, bytes) else 0)


@pytest.mark.parametrize("name, why", [("gold.csv", "its ending is .csv"), ("gold.txt", "reads as a CSV header")])
def test_classify_of_a_table_warns_that_header_and_columns_are_labelled_too(name, why, tiny_dir, tmp_path, caplog,
                                                                              capsys):
    path = tmp_path / name
    path.write_text("text,label\nFerries ran late.,reported_fact\nIt was a disgrace.,editorial_opinion\n",
                    encoding="utf-8")
    code, out, _ = run(["classify", str(path), "--model", str(tiny_dir), "--quiet"], capsys)
    [warning] = _table_warnings(caplog)
    assert code == 0 and why in warning and "classify labels each line as one sentence" in warning
    assert f"framing score {path} --out OUT --text-column NAME" in warning
    assert [json.loads(line)["line"] for line in out.splitlines()] == [1, 2, 3]  # still a warning, not an error


def test_classify_of_sentences_gives_no_table_warning(tiny_dir, tmp_path, caplog, capsys):
    path = tmp_path / "lines.txt"
    path.write_text("Oil, gas and power shares fell.\nPrices rose, aides said.\n", encoding="utf-8")
    code, out, _ = run(["classify", str(path), "--model", str(tiny_dir), "--quiet"], capsys)
    assert code == 0 and _table_warnings(caplog) == [] and len(out.splitlines()) == 2


def test_a_first_line_of_json_too_deep_for_python_is_no_table_and_no_crash():
    from framing.cli_tables import _table_first_line

    assert _table_first_line('{"slug": ' + "[" * 5000 + "]" * 5000 + "}\nFerries ran late.\n") is None


@pytest.mark.parametrize("text", [
    "WASHINGTON, March 3 - The ministry said the talks had ended.\nPrices rose.\n",
    "Oil, gas and power shares fell.\n",
    '"Stop," she said, "now."\n',
    "Prices rose,then fell.\n",
    # section tags, a breadcrumb, a byline: names a header could have, but no row under them
    "Opinion,Analysis\nThe council's plan, drawn up in haste, will fail.\n",
    "Covid-19,Vaccines,Health\nClinics opened early on Monday.\n",
    "Home\tNews\tPolitics\nThe council voted on Monday.\n",
    "By Jane Roe,Political Editor\nThe council voted on Monday.\n",
    "Smith,John\nThe mayor resigned, aides said.\n",  # as many fields, but the second is prose after a comma
    "slug,body\n",  # a header alone is no table of documents
    '{"x" said Tom}\nThe council voted.\n',  # braces and a quote, but no JSON
])
def test_analyze_of_an_article_gives_no_table_warning(text, tiny_dir, tmp_path, caplog, capsys):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    code, _, err = run(["analyze", str(path), "--model", str(tiny_dir), "--quiet"], capsys)
    assert code == 0 and _table_warnings(caplog) == [] and "warning" not in err, err


def test_the_table_warning_names_each_file_and_standard_input(tiny_dir, tmp_path, monkeypatch, caplog, capsys):
    table, story = tmp_path / "desk.txt", tmp_path / "story.txt"
    table.write_text("slug,body\nferry,Ferries ran late.\n", encoding="utf-8")
    story.write_text("Ferries ran late on Monday.\n", encoding="utf-8")
    code, _, _ = run(["analyze", str(story), str(table), "--model", str(tiny_dir), "--quiet"], capsys)
    [warning] = _table_warnings(caplog)
    assert code == 0 and warning.startswith(f"{table} looks like a table") and str(story) not in warning
    caplog.clear()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(table.read_bytes())))
    code, _, _ = run(["analyze", "-", "--model", str(tiny_dir), "--quiet"], capsys)
    [warning] = _table_warnings(caplog)
    assert code == 0 and warning.startswith("standard input looks like a table")
    assert "framing score FILE --out OUT" in warning and "save standard input to a file first" in warning


def test_the_table_warning_reaches_standard_error_through_logging(tmp_path):
    table = tmp_path / "desk.parquet"
    table.write_bytes(b"PAR1\x15\x04\xff\x00")  # warned of by its ending, then refused as binary: no model loads
    done = subprocess.run([sys.executable, "-m", "framing.cli", "analyze", str(table)], capture_output=True, text=True)
    assert done.returncode == 1 and done.stderr.startswith(f"WARNING framing.cli: {table} looks like a table (its "
                                                           "ending is .parquet)"), done.stderr


def test_excel_csv_has_a_byte_order_mark_and_no_cell_that_runs_as_a_formula(tiny_dir, tmp_path, capsys):
    path = tmp_path / "desk.txt"
    path.write_text("@HarbourWatch said the quay was “unsafe”.\n\n=HYPERLINK(\"x\") appeared in a post.\n"
                    "\n-3 degrees froze the quay.\n", encoding="utf-8")
    plain, excel = tmp_path / "plain.csv", tmp_path / "excel.csv"
    model = ["--model", str(tiny_dir), "--quiet"]
    assert run(["analyze", str(path), "--out", str(plain)] + model, capsys)[0] == 0
    assert run(["analyze", str(path), "--out", str(excel), "--excel"] + model, capsys)[0] == 0
    assert not plain.read_bytes().startswith(b"\xef\xbb\xbf")  # the default is unchanged
    assert excel.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = _csv_rows(excel.read_text(encoding="utf-8-sig"))
    plain_rows = _csv_rows(plain.read_text(encoding="utf-8"))
    assert [row["text"] for row in rows] == ["'" + row["text"] for row in plain_rows]
    assert all(cell[:1] not in ("=", "+", "-", "@") for row in rows for cell in row.values())
    assert [row["score_reported_fact"] for row in rows] == [row["score_reported_fact"] for row in plain_rows]

    lines = tmp_path / "lines.txt"
    lines.write_text("+44 calls came in.\nThe quay reopened.\n", encoding="utf-8")
    code, printed, _ = run(["classify", str(lines), "--format", "csv", "--excel"] + model, capsys)
    assert code == 0 and printed.startswith("\ufeffline,label,")
    assert [row["text"] for row in _csv_rows(printed[1:])] == ["'+44 calls came in.", "The quay reopened."]


@pytest.mark.parametrize("argv", [
    ["analyze", "{path}", "--excel"],
    ["analyze", "{path}", "--excel", "--format", "json"],
    ["analyze", "{path}", "{other}", "--excel", "--out", "{folder}"],
    ["classify", "{path}", "--excel"],
])
def test_excel_without_csv_is_a_usage_error(argv, tmp_path, capsys):
    paths = {"path": tmp_path / "a.txt", "other": tmp_path / "b.txt", "folder": tmp_path / "out"}
    code, _, err = run([arg.format(**paths) for arg in argv] + ["--model", str(tmp_path / "no-model")], capsys)
    assert code == 2 and "--excel applies to CSV output; give --format csv" in err, err


@pytest.mark.parametrize("argv, ending_chooses", [
    (["{path}", "--excel", "--out", "{path}.json"], True),
    (["{path}", "{other}", "--excel", "--out", "{folder}"], False),
    (["{path}", "--excel", "--out", "{folder}/"], False),
    (["{path}", "{other}", "--excel", "--format", "json"], False),
])
def test_the_excel_error_suggests_an_out_ending_only_where_it_chooses_the_format(argv, ending_chooses, tmp_path,
                                                                                 capsys):
    paths = {"path": tmp_path / "a.txt", "other": tmp_path / "b.txt", "folder": tmp_path / "out"}
    code, _, err = run(["analyze", *(arg.format(**paths) for arg in argv), "--model", str(tmp_path / "no-model")],
                       capsys)
    # a folder of results (or several FILEs on standard output) refuses an --out ending in .csv
    assert code == 2 and ("or an --out ending in .csv" in err) == ending_chooses, err


def test_the_table_of_a_hand_labelled_document_shows_no_score_and_the_shares_its_sentences_hold():
    from framing.cli import format_table
    from framing.document import Document, Sentence

    text = "The mayor resigned. Her deputy said the budget was sound."
    sentences = (Sentence("The mayor resigned.", 0, 19, "reported_fact", {}),
                 Sentence(text[20:], 20, len(text), "attributed_claim", {}))
    # a profile carried over from before the second sentence was relabelled
    stale = {"shares": {"reported_fact": 1.0, "attributed_claim": 0.0}}
    table = format_table(Document(text, sentences, stale), width=100)
    assert table.splitlines()[0].startswith("reported_fact      --")
    assert sorted(table.rstrip().splitlines()[-1].split("  ")) == ["attributed_claim 50%", "reported_fact 50%"]


@pytest.mark.parametrize("command", ["analyze", "classify"])
def test_sigterm_stops_a_command_as_ctrl_c_does_with_exit_status_143(command, tmp_path, monkeypatch, capsys):
    import os
    import signal

    import framing.analyze

    def terminated(*args, **kwargs):  # as `timeout` or `docker stop` would, while the model loads
        os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(framing.analyze, "load", terminated)
    path = tmp_path / "a.txt"
    path.write_text("Prices rose.\n", encoding="utf-8")
    handler = signal.getsignal(signal.SIGTERM)
    code, out, err = run([command, str(path)], capsys)
    assert (code, out, err) == (143, "", f"framing {command}: interrupted (SIGTERM)\n")
    assert signal.getsignal(signal.SIGTERM) is handler  # the handler is the command's alone
    monkeypatch.setattr(framing.analyze, "load", lambda *a, **k: (_ for _ in ()).throw(KeyboardInterrupt))
    assert run([command, str(path)], capsys) == (130, "", f"framing {command}: interrupted\n")



def test_a_second_ctrl_c_while_a_command_stops_does_not_cut_its_clean_up_short(tmp_path, monkeypatch, capsys):
    """An editor pressed Ctrl-C three times: the second and third interrupts raised inside the clean-up of the
    first (a generator's finally printed "Exception ignored ... KeyboardInterrupt" under the command's last line,
    and could skip the rest). Now a second Ctrl-C says the command is still stopping, a second SIGTERM is
    ignored, and a third Ctrl-C quits at once (exit 130) for a clean-up that hangs."""
    import os
    import signal

    import framing.analyze
    import framing.errors

    cleaned, exits = [], []

    def interrupted(*later):
        def load(*args, **kwargs):
            try:
                os.kill(os.getpid(), signal.SIGINT)  # the first Ctrl-C, while the model loads
            finally:  # the clean-up it unwinds through, hit by more
                for signum in later:
                    os.kill(os.getpid(), signum)
                cleaned.append(True)
        return load

    monkeypatch.setattr(framing.errors.os, "_exit", exits.append)
    path = tmp_path / "a.txt"
    path.write_text("Prices rose.\n", encoding="utf-8")
    handler = signal.getsignal(signal.SIGINT)
    still = "framing: still stopping (finishing what was begun); press Ctrl-C again to quit at once\n"
    monkeypatch.setattr(framing.analyze, "load", interrupted(signal.SIGINT, signal.SIGTERM))
    assert run(["analyze", str(path)], capsys) == (130, "", still + "framing analyze: interrupted\n")
    assert cleaned == [True] and exits == [] and signal.getsignal(signal.SIGINT) is handler
    monkeypatch.setattr(framing.analyze, "load", interrupted(signal.SIGTERM, signal.SIGINT, signal.SIGINT))
    assert run(["analyze", str(path)], capsys) == (130, "", still + "framing analyze: interrupted\n")
    assert exits == [130]  # the third Ctrl-C; a real os._exit ends the process there


def _summary_records():
    """Two hand-labelled Document.to_dict() records, without scores, both crediting Ansel Brightwater."""
    from framing import Document, Sentence, Span

    def document(*rows):
        sentences, start = [], 0
        for text, label, source in rows:
            at = start + text.index(source) if source else 0
            spans = (Span("source", at, at + len(source), source),) if source else ()
            sentences.append(Sentence(text, start, start + len(text), label, {}, spans))
            start += len(text) + 1
        return Document(" ".join(row[0] for row in rows), sentences).to_dict()

    return [document(("Ansel Brightwater said the pier was unsafe.", "attributed_claim", "Ansel Brightwater"),
                     ("The harbour board denied it.", "official_denial", "The harbour board"),
                     ("The repairs are a scandal.", "editorial_opinion", None)),
            document(("Ansel Brightwater denied closing the pier.", "official_denial", "Ansel Brightwater"))]


def test_summarize_of_a_model_with_labels_of_its_own_says_what_it_does_not_measure(tmp_path, capsys):
    """A data team trained on fact/claim/denial/opinion: the table says why it lists no sources or denial figures,
    rather than leaving them out without a word."""
    from framing import Document, Sentence

    labels = ("fact", "claim")
    text = "Tom Vask said the pier was unsafe. The pier opened in 2001."
    rows = (("Tom Vask said the pier was unsafe.", "claim"), ("The pier opened in 2001.", "fact"))
    sentences = [Sentence(part, text.index(part), text.index(part) + len(part), label,
                          {other: float(other == label) for other in labels}) for part, label in rows]
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps(Document(text, sentences).to_dict()) + "\n", encoding="utf-8")
    code, out, err = run(["summarize", str(path)], capsys)
    assert (code, err) == (0, "") and out.endswith(
        "\nnot measured, as the labels lack attributed_claim, official_denial, editorial_opinion (the profile reads "
        "them by name): sources, unsourced evaluative sentences, denial pairs, rebuttals\n"), out


def test_summarize_reads_json_lines_or_one_record_and_prints_a_table_or_the_summary(tmp_path, capsys, monkeypatch):
    records = _summary_records()
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(record) + "\n\n" for record in records), encoding="utf-8")
    code, out, err = run(["summarize", str(path), "--format", "json"], capsys)
    assert (code, err) == (0, "")
    assert json.loads(out) == framing.summarize(records)
    code, out, _ = run(["summarize", str(path)], capsys)
    assert code == 0 and "documents  2" in out and re.search(r"official_denial\s+2\s+50\.0%", out)
    assert re.search(r"^\s+2\s+2\s+Ansel Brightwater$", out, re.M) and "denial pairs  2" in out
    # one record written over many lines, as 'framing analyze --format json' of one FILE writes it, on stdin
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(json.dumps(records[0], indent=2).encode())))
    code, out, _ = run(["summarize", "-", "--format", "json", "--top", "1"], capsys)
    assert code == 0 and json.loads(out) == framing.summarize(records[:1], top=1)


def test_the_summarize_table_shows_the_writer_s_loaded_phrases(tmp_path, capsys):
    from framing import Document, Sentence, Span

    text = "The repairs are a shameful farce."
    at = text.index("shameful farce")
    record = Document(text, [Sentence(text, 0, len(text), "editorial_opinion", {},
                                      (Span("loaded", at, at + 14, "shameful farce"),))]).to_dict()
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps(record) + "\n" + json.dumps(record) + "\n", encoding="utf-8")
    code, out, _ = run(["summarize", str(path)], capsys)
    assert code == 0 and re.search(r"^loaded phrases \(documents, uses\):\n\s+2\s+2\s+shameful farce$", out, re.M)


def test_the_summarize_table_names_the_document_whose_own_a_source_is(tmp_path, capsys):
    """"a spokesperson" in two documents is two people, two rows of one name: each says which document it is of,
    as the index of html reports names the FILE beside such a source."""
    from framing import Document, Sentence, Span

    text = "A spokesperson denied the report."
    record = Document(text, [Sentence(text, 0, len(text), "official_denial", {},
                                      (Span("source", 0, 14, "A spokesperson"),))]).to_dict()
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps(record) + "\n\n" + json.dumps(record) + "\n", encoding="utf-8")
    code, out, _ = run(["summarize", str(path)], capsys)
    rows = [line for line in out.splitlines() if line.strip().endswith("]")]
    assert code == 0 and len(rows) == 2, out
    assert rows[0].endswith(f"spokesperson  [{path} line 1]") and rows[1].endswith(f"spokesperson  [{path} line 3]")


def test_summarize_shows_a_bar_of_the_documents_read_on_a_terminal(tmp_path, capsys, monkeypatch):
    """A large input takes a while to sum up: on a terminal a bar counts the documents read, as the other commands
    count theirs; --quiet (-q) and a standard error that is no terminal go without it."""
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(record) + "\n" for record in _summary_records()), encoding="utf-8")
    code, out, err = run(["summarize", str(path)], capsys)
    assert code == 0 and err == "", err
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, out, err = run(["summarize", str(path)], capsys)
    final = err.replace("\r", "\n").strip().splitlines()[-1]
    assert code == 0 and final.startswith("summarize:") and "2doc" in final.replace(" ", ""), err
    assert "summarize:" not in out and "documents  2" in out  # the bar goes to standard error only
    for quiet in ("--quiet", "-q"):
        code, _, err = run(["summarize", str(path), quiet], capsys)
        assert code == 0 and err == "", err


@pytest.mark.parametrize("lines, message", [
    (["{}"], r"news\.jsonl line 1: not a Document\.to_dict\(\) record"),
    (["RECORD", "nope"], r"news\.jsonl line 2: not JSON"),
    (["RECORD", "[1, 2]"], r"news\.jsonl line 2: must be a framing Document"),
])
def test_summarize_names_the_line_of_a_bad_record(tmp_path, capsys, lines, message):
    path = tmp_path / "news.jsonl"
    record = json.dumps(_summary_records()[0])
    path.write_text("".join(line.replace("RECORD", record) + "\n" for line in lines), encoding="utf-8")
    code, _, err = run(["summarize", str(path)], capsys)
    assert code == 1 and re.search(message, err)
    with pytest.raises(SystemExit) as exit:
        main(["summarize", str(path), "--top", "0"])
    assert exit.value.code == 2 and "--top: must be at least 1" in capsys.readouterr().err


@pytest.mark.parametrize("name, content", [("article.txt", "Ferry deal approved\n\nThe council voted 7-2.\n"),
                                           ("results.csv", "file,sentence_index,start\na.txt,0,0\n")])
def test_summarize_of_an_article_or_a_csv_says_to_analyse_to_json_first(tmp_path, capsys, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    code, out, err = run(["summarize", str(path)], capsys)
    assert (code, out) == (1, "")
    assert f"{name}: not JSON" in err and "framing analyze --format json" in err and "Traceback" not in err


def test_summarize_of_a_score_output_s_part_its_manifest_or_its_input_says_what_to_give(tiny, tmp_path, capsys):
    """A data team gives summarize a part file, the manifest or the articles themselves: each is named as such, with
    the command that sums it up (they read as a binary file or 'not a Document.to_dict() record' before)."""
    corpus = tmp_path / "articles.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in _SCORED_ARTICLES), encoding="utf-8")
    framing.score(corpus, tmp_path / "scores", model=tiny)
    # its rejects file and an unfinished run's commit log too (they were told to be framing scored first)
    for beside in ("rejects", "commits"):
        (tmp_path / f"scores.{beside}.jsonl").write_text('{"id": "a7", "reason": "empty text"}\n', encoding="utf-8")
    for given in (tmp_path / "scores" / "part-000000.parquet", tmp_path / "scores.manifest.json",
                  tmp_path / "scores.rejects.jsonl", tmp_path / "scores.commits.jsonl"):
        code, out, err = run(["summarize", str(given)], capsys)
        assert (code, out) == (1, "") and f"framing summarize {tmp_path / 'scores'}," in err, err
    code, out, err = run(["summarize", str(corpus)], capsys)
    assert (code, out) == (1, "") and f"{corpus} line 1: a record of an article" in err
    assert f"framing score {corpus} --out scores, then framing summarize scores" in err


def test_summarize_of_a_folder_names_the_files_to_give(tmp_path, capsys):
    plain = tmp_path / "analysed"
    plain.mkdir()
    code, out, err = run(["summarize", str(plain)], capsys)
    assert (code, out) == (1, "") and f"name the files in it ({plain / '*.jsonl'})" in err, err
    assert "'framing score' output folder" in err


_SCORED_ARTICLES = [
    {"id": "ferry", "text": "Ferry deal approved\n\nBy Lena Korsby\n\nThe council voted 7-2 on Monday. Mayor Ilse "
                            "Varro said the deal would save money.\nThe ferry company denied any wrongdoing."},
    {"id": "pier", "text": "Ansel Brightwater said the pier was unsafe. The harbour board rejected the claim as "
                           "baseless.\nThe repairs are a scandal."},
]


def test_summarize_sums_up_a_score_output_as_the_analysed_documents(tmp_path, capsys):
    """A data team scores a corpus, then sums it up: the sentence rows with the input's text (its line breaks
    tell a headline and a byline from copy) are the documents framing analyze gives."""
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in _SCORED_ARTICLES), encoding="utf-8")
    analyzer = framing.load(device="cpu")
    expected = framing.summarize(dataclasses.replace(analyzer.analyze(a["text"]), meta={"doc_id": a["id"]})
                                 for a in _SCORED_ARTICLES)
    for fmt in ("parquet", "jsonl"):
        framing.score(corpus, tmp_path / fmt, model=analyzer, format=fmt)
        code, out, err = run(["summarize", str(tmp_path / fmt), "--format", "json"], capsys)
        assert (code, err) == (0, "") and json.loads(out) == expected, err
    assert [doc.meta for doc in framing.scale.scored_documents(tmp_path / "jsonl")] == [
        {"doc_id": "ferry", "record": 0}, {"doc_id": "pier", "record": 1}]
    # document rows hold no sentences or spans; an input changed since has other text at the rows' offsets
    framing.score(corpus, tmp_path / "profiles", model=analyzer, level="document")
    code, out, err = run(["summarize", str(tmp_path / "profiles")], capsys)
    assert (code, out) == (1, "") and "holds document rows (--level document)" in err and "--level sentence" in err
    code, out, err = run(["report", str(tmp_path / "profiles"), "--out", str(tmp_path / "reports")], capsys)
    assert (code, out) == (1, "") and f"framing score {corpus} --out NEW, to sum it up or draw its reports" in err
    corpus.write_text(json.dumps(_SCORED_ARTICLES[1]) + "\n", encoding="utf-8")
    code, out, err = run(["summarize", str(tmp_path / "jsonl")], capsys)
    assert (code, out) == (1, "") and "has changed since it was scored" in err, err
    # moved with its output to another place, the input is named with --input (input=), checked by its fingerprint
    moved = tmp_path / "elsewhere" / "corpus.jsonl"
    moved.parent.mkdir()
    code, out, err = run(["summarize", str(tmp_path / "jsonl"), "--input", str(moved.parent)], capsys)
    assert (code, out) == (1, "") and err.endswith(
        f"a folder, where {tmp_path / 'jsonl'} scored the file corpus.jsonl; give the file, --input {moved}\n"), err
    moved.write_text("".join(json.dumps(a) + "\n" for a in _SCORED_ARTICLES), encoding="utf-8")
    corpus.unlink()
    with pytest.raises(framing.errors.MissingInputError, match=r"is no longer there.*new place as input=PATH$"):
        framing.scale.scored_documents(tmp_path / "jsonl")
    code, out, err = run(["summarize", str(tmp_path / "jsonl")], capsys)
    assert code == 1 and err.rstrip().endswith("give its new place as --input PATH"), err
    code, out, err = run(["summarize", str(tmp_path / "jsonl"), "--input", str(moved), "--format", "json"], capsys)
    assert (code, err) == (0, "") and json.loads(out) == expected, err
    assert framing.summarize(framing.scale.scored_documents(tmp_path / "parquet", input=moved)) == expected
    other = tmp_path / "elsewhere" / "other.jsonl"
    other.write_text(json.dumps(_SCORED_ARTICLES[0]) + "\n", encoding="utf-8")
    code, out, err = run(["summarize", str(tmp_path / "jsonl"), "--input", str(other)], capsys)
    assert code == 1 and "is not the input it scored" in err, err
    code, out, err = run(["summarize", str(tmp_path / "jsonl"), str(tmp_path / "parquet"), "--input", str(moved)],
                         capsys)
    assert code == 2 and "--input gives the input of one framing score output" in err, err


def test_report_draws_a_score_output_s_reports_and_index_without_running_the_model(tiny, tmp_path, capsys,
                                                                                  monkeypatch):
    """An analyst scores a corpus, sums it up, then wants the reports: drawn from the sentence rows, as framing
    analyze --format html draws each document, without a second run of the model."""
    from framing.cli import model_name
    from framing.cli_report import report_name
    from framing.report import render_html

    corpus = tmp_path / "corpus.jsonl"
    articles = [*_SCORED_ARTICLES, {"id": "https://news.example/a?b=1", "text": "The depot closed on Monday."}]
    corpus.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    framing.score(corpus, tmp_path / "scores", model=tiny)
    loads = _count_loads(monkeypatch)
    out = tmp_path / "reports"
    code, printed, err = run(["report", str(tmp_path / "scores"), "--out", str(out), "--quiet"], capsys)
    # one line on standard error says where the index is, even with --quiet, which stills the bar alone (as for
    # framing score's summary line); standard output stays clean for a pipeline
    assert (code, printed, err, loads) == (0, "", f"framing report: wrote 3 reports and the index to {out}/index.html"
                                                  "\n", [])
    names = ["000000-ferry.html", "000001-pier.html", "000002-https_news.example_a_b_1.html"]
    assert sorted(p.name for p in out.iterdir()) == [*names, "index.html"]
    assert [report_name(a["id"], k) for k, a in enumerate(articles)] == names
    model = model_name(framing.scale.read_manifest(tmp_path / "scores")["model"]["path"])  # as analyze names it
    for name, doc in zip(names, framing.scale.scored_documents(tmp_path / "scores")):
        page = render_html(doc, title=doc.meta["doc_id"], lang="en", model=model)
        assert (out / name).read_text(encoding="utf-8") == page
    index = (out / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{name}"' in index for name in names)
    assert ">Ferry deal approved (ferry)</a>" in index and ">pier</a>" in index  # the headline a text opens with
    code, _, err = run(["report", str(tmp_path / "scores"), "--out", str(tmp_path / "scores" / "r")], capsys)
    assert code == 2 and "is inside the framing score output" in err
    code, _, err = run(["report", str(corpus.parent / "nothing"), "--out", str(out)], capsys)
    assert code == 1 and "no framing score output" in err and "framing analyze" in err
    moved = corpus.rename(tmp_path / "moved.jsonl")
    code, _, err = run(["report", str(tmp_path / "scores"), "--out", str(out), "--input", str(moved)], capsys)
    assert code == 1 and "is not the input it scored" in err  # another name: another fingerprint
    (tmp_path / "again").mkdir()
    moved.rename(tmp_path / "again" / "corpus.jsonl")
    code, _, err = run(["report", str(tmp_path / "scores"), "--out", str(out), "--input",
                        str(tmp_path / "again" / "corpus.jsonl")], capsys)
    assert (code, err) == (0, f"framing report: wrote 3 reports and the index to {out}/index.html\n")



def test_report_ids_writes_the_reports_of_the_documents_named_alone(tiny, tmp_path, capsys):
    """A newsroom wants the pages of a few articles out of a night's thousands: --ids writes those and an index of
    them, lists only their records set aside, and names an id the output lacks (exit 1)."""
    corpus = tmp_path / "corpus.jsonl"
    articles = [*_SCORED_ARTICLES, {"id": "blank", "text": ""}]
    corpus.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    framing.score(corpus, tmp_path / "scores", model=tiny)
    out = tmp_path / "reports"
    code, _, err = run(["report", str(tmp_path / "scores"), "--out", str(out), "--ids", "pier, blank", "-q"], capsys)
    assert (code, err) == (0, f"framing report: wrote 1 report and the index to {out}/index.html\n"), err
    assert sorted(p.name for p in out.iterdir()) == ["000001-pier.html", "index.html"]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "Records without a report (1, set aside when scored)" in index and "ferry" not in index
    code, _, err = run(["report", str(tmp_path / "scores"), "--out", str(tmp_path / "r2"), "--ids", "ferry,nope,nil",
                        "-q"], capsys)
    assert code == 1 and "holds no document with the ids 'nope', 'nil' (neither" in err, err
    assert (tmp_path / "r2" / "000000-ferry.html").is_file()


def test_report_stopped_midway_says_how_many_reports_it_wrote_and_that_the_index_is_missing(tiny, tmp_path, capsys,
                                                                                           monkeypatch):
    """Ctrl-C (or a nightly job's timeout) during framing report said "interrupted" alone, leaving a folder of some
    reports and no index (or last night's index) without a word; now its line says so and what to rerun."""
    import framing.report

    corpus = tmp_path / "corpus.jsonl"
    articles = [*_SCORED_ARTICLES, {"id": "blank", "text": ""}]
    corpus.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    framing.score(corpus, tmp_path / "scores", model=tiny)
    real = framing.report.render_html
    calls = []

    def stopped_at_the_second(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(framing.report, "render_html", stopped_at_the_second)
    out = tmp_path / "reports"
    code, _, err = run(["report", str(tmp_path / "scores"), "--out", str(out), "-q"], capsys)
    assert code == 130 and err == (f"framing report: interrupted; wrote 1 of 2 reports into {out}, and no "
                                   f"{out}/index.html was written; rerun the same command to write them all and "
                                   "the index\n"), err
    assert not (out / "index.html").exists()
    # with --ids, of the documents named once each that have a report, not of every id written (a record set aside
    # gets none; before, "wrote 1 of 4 reports")
    calls.clear()
    out = tmp_path / "some"
    code, _, err = run(["report", str(tmp_path / "scores"), "--out", str(out), "--ids", "ferry,pier,pier,blank", "-q"],
                       capsys)
    assert code == 130 and err.startswith(f"framing report: interrupted; wrote 1 of 2 reports into {out}, "), err

def test_report_on_an_unfinished_output_warns_that_it_reports_the_documents_committed_so_far(tiny, tmp_path, caplog,
                                                                                           capsys):
    """A run stopped after its commits: summarize says it sums up the documents committed so far, report that it
    writes their reports; before, report said it was summing them up."""
    from framing.scale.writer import manifest_path

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in _SCORED_ARTICLES), encoding="utf-8")
    framing.score(corpus, tmp_path / "scores", model=tiny)
    manifest = json.loads(manifest_path(tmp_path / "scores").read_text(encoding="utf-8"))
    manifest["complete"] = False  # as a run stopped after its last commit leaves it
    manifest_path(tmp_path / "scores").write_text(json.dumps(manifest), encoding="utf-8")
    assert run(["report", str(tmp_path / "scores"), "--out", str(tmp_path / "reports")], capsys)[0] == 0
    assert "the run is unfinished; writing reports for the 2 documents committed so far" in caplog.text
    assert "summing up" not in caplog.text
    caplog.clear()
    assert run(["summarize", str(tmp_path / "scores")], capsys)[0] == 0
    assert "the run is unfinished; summing up the 2 documents committed so far" in caplog.text


def test_report_s_index_lists_the_records_set_aside_when_scored_so_its_readers_know_what_it_leaves_out(
        tiny, tmp_path, caplog, capsys):
    """A CMS export with an empty body and a repeated id: the index, shared with colleagues who never see the
    rejects file, names both and why; before, they were missing from it without a word."""
    corpus = tmp_path / "cms.jsonl"
    articles = [*_SCORED_ARTICLES, {"id": "blank", "text": ""}, {**_SCORED_ARTICLES[0]}]
    corpus.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    framing.score(corpus, tmp_path / "scores", model=tiny)
    code, _, _ = run(["report", str(tmp_path / "scores"), "--out", str(tmp_path / "reports")], capsys)
    index = (tmp_path / "reports" / "index.html").read_text(encoding="utf-8")
    listed = index[index.index("Records without a report (2, set aside when scored)"):]
    assert code == 0 and "<td>blank (record 2, line 3)</td><td>&#x27;text&#x27; is empty</td>" in listed
    assert "<td>ferry (record 3, line 4)</td><td>duplicate id &#x27;ferry&#x27;" in listed
    assert "2 records of" in caplog.text and "set aside when scored and have no report" in caplog.text
    corpus.write_text("".join(json.dumps(a) + "\n" for a in _SCORED_ARTICLES), encoding="utf-8")
    framing.score(corpus, tmp_path / "clean", model=tiny)  # nothing set aside: no such table
    assert run(["report", str(tmp_path / "clean"), "--out", str(tmp_path / "plain")], capsys)[0] == 0
    assert "Records without a report" not in (tmp_path / "plain" / "index.html").read_text(encoding="utf-8")


def test_report_s_index_of_an_unfinished_score_output_says_the_later_records_have_no_report(tiny, tmp_path, capsys):
    """A nightly run stopped after its first records (killed, or --strict at a bad one): editors opening the index
    saw the reports of part of the day as if they were all of it, the warning being in the job's log alone."""
    corpus = tmp_path / "night.jsonl"
    articles = [*_SCORED_ARTICLES, {"id": "blank", "text": ""}, {"id": "late", "text": "The depot closed."}]
    corpus.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    with pytest.raises(framing.DataError):
        framing.score(corpus, tmp_path / "scores", model=tiny, chunk_docs=1, strict=True)
    assert run(["report", str(tmp_path / "scores"), "--out", str(tmp_path / "reports")], capsys)[0] == 0
    index = (tmp_path / "reports" / "index.html").read_text(encoding="utf-8")
    assert ("<p><strong>Unfinished:</strong> the scoring run stopped after the first 2 records of its input, so the "
            "records after them have no report and are counted nowhere on this page.</p>") in index
    framing.score(corpus, tmp_path / "scores", model=tiny, resume=True)  # finished: nothing said
    assert run(["report", str(tmp_path / "scores"), "--out", str(tmp_path / "reports")], capsys)[0] == 0
    assert "Unfinished" not in (tmp_path / "reports" / "index.html").read_text(encoding="utf-8")


def test_summarize_s_table_of_an_unfinished_score_output_says_it_sums_up_part_of_the_input(tiny, tmp_path, capsys):
    """An analyst handed the table of a nightly run stopped after its first records took it for the whole day:
    only the job's log warned. The table now says so at its head; a finished output's table is as before."""
    corpus = tmp_path / "night.jsonl"
    articles = [*_SCORED_ARTICLES, {"id": "blank", "text": ""}, {"id": "late", "text": "The depot closed."}]
    corpus.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    with pytest.raises(framing.DataError):
        framing.score(corpus, tmp_path / "scores", model=tiny, chunk_docs=1, strict=True)
    scores = str(tmp_path / "scores")
    code, table, _ = run(["summarize", scores, "--quiet"], capsys)
    assert code == 0 and table.startswith(f"unfinished: {scores} stopped after the first 2 records of its input; "
                                          "the records after them are counted nowhere here\n\ndocuments  2\n")
    framing.score(corpus, tmp_path / "scores", model=tiny, resume=True)
    code, table, _ = run(["summarize", scores, "--quiet"], capsys)
    # finished: no line says so; the blank article set aside is named, as the next test asks
    assert code == 0 and table.startswith(f"set aside: {scores} could not score 1 record of its input (see "
                                          f"{scores}.rejects.jsonl); they are counted nowhere here\n\ndocuments  3\n")


def test_summarize_s_table_says_how_many_records_the_run_set_aside(tiny, tmp_path, capsys):
    """A scrape with empty and broken articles: the table said "documents 206" and nothing of the 3 the run
    could not score (the report's index lists them), so an analyst took 206 for the whole input; a line heading
    the table now says how many were set aside and where; an output that set none aside is as before."""
    corpus = tmp_path / "scrape.jsonl"
    articles = [*_SCORED_ARTICLES, {"id": "blank", "text": "  "}, {"id": "empty", "text": ""}]
    corpus.write_text("".join(json.dumps(a) + "\n" for a in articles) + '{"id": "cut", "text": "Ferr\n',
                      encoding="utf-8")
    framing.score(corpus, tmp_path / "scores", model=tiny)
    scores = str(tmp_path / "scores")
    code, table, _ = run(["summarize", scores, "--quiet"], capsys)
    assert code == 0 and table.startswith(f"set aside: {scores} could not score 3 records of its input (see "
                                          f"{scores}.rejects.jsonl); they are counted nowhere here\n\ndocuments  "
                                          f"{len(_SCORED_ARTICLES)}\n")
    clean = tmp_path / "clean.jsonl"
    clean.write_text("".join(json.dumps(a) + "\n" for a in _SCORED_ARTICLES), encoding="utf-8")
    framing.score(clean, tmp_path / "clean-scores", model=tiny)
    code, table, _ = run(["summarize", str(tmp_path / "clean-scores"), "--quiet"], capsys)
    assert code == 0 and table.startswith("documents  ")


def test_report_s_index_shows_the_kept_columns_so_colleagues_can_tell_outlets_and_dates_apart(tiny, tmp_path,
                                                                                            capsys):
    """Scored with --keep-columns outlet,date, each index row shows its outlet and date after its link (an empty
    cell for a null), the total row an empty cell under each; before, the index named each report by its id alone."""
    corpus = tmp_path / "cms.jsonl"
    articles = [{**a, "outlet": outlet, "date": date} for a, outlet, date in
                zip(_SCORED_ARTICLES, ("Velmar Post", "Kestoria Courier"), ("2026-03-02", None))]
    corpus.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    framing.score(corpus, tmp_path / "scores", model=tiny, keep_columns=["outlet", "date"])
    assert run(["report", str(tmp_path / "scores"), "--out", str(tmp_path / "reports")], capsys)[0] == 0
    index = (tmp_path / "reports" / "index.html").read_text(encoding="utf-8")
    assert "<tr><th>report</th><th>outlet</th><th>date</th><th>sentences</th>" in index
    assert '(ferry)</a></td><td class="meta">Velmar Post</td><td class="meta">2026-03-02</td><td>' in index
    assert '>pier</a></td><td class="meta">Kestoria Courier</td><td class="meta"></td><td>' in index
    assert '<th scope="row">all reports</th><td></td><td></td><td>' in index


def test_a_score_output_s_documents_carry_the_kept_columns_to_sum_up_one_outlet(tiny, tmp_path):
    """A newsroom scores two outlets' articles with --keep-columns outlet and sums up one of them in Python."""
    corpus = tmp_path / "cms.jsonl"
    articles = [{**a, "outlet": outlet} for a, outlet in zip(_SCORED_ARTICLES, ("Velmar Post", "Kestoria Courier"))]
    corpus.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    framing.score(corpus, tmp_path / "scores", model=tiny, keep_columns=["outlet"])
    documents = list(framing.scale.scored_documents(tmp_path / "scores"))
    assert [doc.meta for doc in documents] == [{"outlet": "Velmar Post", "doc_id": "ferry", "record": 0},
                                               {"outlet": "Kestoria Courier", "doc_id": "pier", "record": 1}]
    one = framing.summarize(d for d in framing.scale.scored_documents(tmp_path / "scores")
                            if d.meta["outlet"] == "Kestoria Courier")
    assert one == framing.summarize(documents[1:])


def test_summarize_by_a_column_not_kept_suggests_the_run_s_own_columns(tiny, tmp_path, capsys):
    """An analyst scored a CMS export's body and headline apart; --by a column not kept suggests scoring again with
    the same text and headline columns and the columns kept before (before: "framing score cms.jsonl --out NEW
    --keep-columns desk", which failed on the text column 'text' and would have dropped outlet)."""
    corpus = tmp_path / "cms export.jsonl"
    articles = [{"id": a["id"], "body": a["text"], "title": "Ferry deal", "outlet": "Velmar Post", "desk": "city"}
                for a in _SCORED_ARTICLES]
    corpus.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    framing.score(corpus, tmp_path / "scores", model=tiny, text_column="body", headline_column="title",
                  keep_columns=["outlet"])
    code, out, err = run(["summarize", str(tmp_path / "scores"), "--by", "desk"], capsys)
    assert (code, out) == (1, "") and err == (
        f"framing summarize: error: --by desk: {tmp_path / 'scores'} kept no column 'desk' (the columns it kept: "
        f"outlet); score it again keeping it, framing score '{corpus}' --out NEW --text-column body "
        "--headline-column title --keep-columns outlet,desk, and sum up NEW\n")


def test_summarize_by_headline_groups_an_output_scored_with_a_headline_column(tiny, tmp_path, capsys):
    """--by takes a key of the documents' meta, and an output scored with --headline-column holds each headline
    there as 'headline': grouping by it works, a record without a headline in the null group (before: refused as a
    column not kept, advising a --keep-columns headline that score refuses beside --headline-column); --by the
    headline column's own name says to group by 'headline'."""
    corpus = tmp_path / "cms.jsonl"
    articles = [{**a, "title": title} for a, title in zip(_SCORED_ARTICLES, ("Ferry deal approved", None))]
    corpus.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    framing.score(corpus, tmp_path / "scores", model=tiny, headline_column="title")
    code, out, err = run(["summarize", str(tmp_path / "scores"), "--by", "headline", "--format", "json"], capsys)
    documents = list(framing.scale.scored_documents(tmp_path / "scores"))
    assert (code, err) == (0, "") and json.loads(out) == {"by": "headline", "groups": [
        {"value": "Ferry deal approved", "summary": framing.summarize(documents[:1])},
        {"value": None, "summary": framing.summarize(documents[1:])}]}
    code, out, err = run(["summarize", str(tmp_path / "scores"), "--by", "title"], capsys)
    assert (code, out) == (1, "") and err == (
        f"framing summarize: error: --by title: {tmp_path / 'scores'} was scored with the headline column 'title', "
        "whose text its documents hold as 'headline': sum up --by headline\n")


def test_summarize_by_a_kept_column_prints_each_outlet_s_summary(tiny, tmp_path, capsys):
    """An analyst scored with --keep-columns outlet and compares the outlets without going to Python: one summary
    per outlet, in the table and the JSON; a column not kept, or records of framing analyze, say what to do."""
    from framing.summary import summarize_by

    corpus = tmp_path / "cms.jsonl"
    articles = [{**a, "outlet": outlet} for a, outlet in zip(_SCORED_ARTICLES, ("Velmar Post", "Kestoria Courier"))]
    corpus.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    framing.score(corpus, tmp_path / "scores", model=tiny, keep_columns=["outlet"])
    code, out, err = run(["summarize", str(tmp_path / "scores"), "--by", "outlet", "--format", "json"], capsys)
    documents = list(framing.scale.scored_documents(tmp_path / "scores"))
    assert (code, err) == (0, "") and json.loads(out) == {"by": "outlet", "groups": [
        {"value": "Kestoria Courier", "summary": framing.summarize(documents[1:])},
        {"value": "Velmar Post", "summary": framing.summarize(documents[:1])}]}
    code, out, err = run(["summarize", str(tmp_path / "scores"), "--by", "outlet"], capsys)
    assert (code, err) == (0, "") and out.startswith("==> outlet: Kestoria Courier <==\ndocuments  1\n")
    assert out.count("documents  1\n") == 2 and "\n\n==> outlet: Velmar Post <==\ndocuments  1\n" in out
    code, out, err = run(["summarize", str(tmp_path / "scores"), "--by", "date"], capsys)
    # the command keeps the columns kept before (it said "--keep-columns date", whose output lacked outlet)
    assert (code, out) == (1, "") and err == (
        f"framing summarize: error: --by date: {tmp_path / 'scores'} kept no column 'date' (the columns it kept: "
        f"outlet); score it again keeping it, framing score {corpus} --out NEW --keep-columns outlet,date, and sum up "
        "NEW\n")
    analysed = tmp_path / "news.jsonl"
    analysed.write_text("".join(json.dumps({**r, "meta": {"file": f"{k}.txt"}}) + "\n"
                                for k, r in enumerate(_summary_records())), encoding="utf-8")
    code, out, err = run(["summarize", str(analysed), "--by", "outlet"], capsys)
    assert (code, out) == (1, "") and err.startswith(
        f"framing summarize: error: {analysed} line 1: its meta holds no 'outlet' to group by (its keys: 'file')"), err
    assert "score the articles keeping it, --keep-columns outlet, and group that output" in err
    code, out, _ = run(["summarize", str(analysed), "--by", "file", "--format", "json"], capsys)
    assert code == 0 and json.loads(out)["groups"] == summarize_by(
        [{**r, "meta": {"file": f"{k}.txt"}} for k, r in enumerate(_summary_records())], "file")


def test_summarize_by_file_as_csv_gives_a_spreadsheet_row_per_article(tmp_path, capsys):
    """A lecturer hands students one table comparing the week's articles: --format csv --by file gives a row of
    figures per FILE (label counts and shares, sources, denial pairs), --excel guards cells that look like formulas."""
    from framing.summary import summarize_by

    records = [{**r, "meta": {"file": name}} for r, name in zip(_summary_records(), ("=SUM.txt", "Zoë's draft.txt"))]
    analysed = tmp_path / "news.jsonl"
    analysed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    code, out, err = run(["summarize", str(analysed), "--by", "file", "--format", "csv"], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    groups = summarize_by(records, "file")
    assert (code, err) == (0, "") and [row["file"] for row in rows] == [group["value"] for group in groups]
    for row, group in zip(rows, groups):
        summary = group["summary"]
        assert int(row["sentences"]) == summary["sentences"] and int(row["denial_pairs"]) == summary["denial_pairs"]
        assert {label: int(row[f"count_{label}"]) for label in summary["counts"]} == summary["counts"]
        assert int(row["sources"]) == len(summary["sources"])
        first = summary["sources"][0]
        assert row["top_sources"].startswith(f"{first['display']} ({first['sentences']})")
    code, out, err = run(["summarize", str(analysed), "--by", "file", "--format", "csv", "--excel"], capsys)
    assert code == 0 and out.startswith("\ufefffile,documents,") and "\n'=SUM.txt," in out
    code, out, err = run(["summarize", str(analysed), "--format", "csv"], capsys)
    assert code == 0 and out.startswith("documents,sentences,") and out.count("\n") == 2
    code, _, err = run(["summarize", str(analysed), "--excel"], capsys)
    assert code == 2 and "--excel applies to CSV output; give --format csv" in err


def test_summarize_and_report_of_a_score_output_with_headlines_say_that_documents_are_their_bodies(tiny, tmp_path,
                                                                                                    capsys, caplog):
    """A newsroom scores its CMS export with --headline-column: framing score counts the headlines' sentences, the
    summary (each document its body) does not, and says so; each report's heading shows the headline."""
    corpus = tmp_path / "cms.jsonl"
    articles = [{**a, "title": f"Headline {k}: harbour row"} for k, a in enumerate(_SCORED_ARTICLES)]
    corpus.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    scored = framing.score(corpus, tmp_path / "scores", model=tiny, headline_column="title")
    code, out, err = run(["summarize", str(tmp_path / "scores"), "--format", "json"], capsys)
    assert code == 0 and json.loads(out)["sentences"] < scored.sentences
    assert "headline column (title): each document is read as its body" in caplog.text and "left out" in caplog.text
    assert [doc.meta["headline"] for doc in framing.scale.scored_documents(tmp_path / "scores")] == [
        "Headline 0: harbour row", "Headline 1: harbour row"]
    code, _, err = run(["report", str(tmp_path / "scores"), "--out", str(tmp_path / "reports")], capsys)
    page = (tmp_path / "reports" / "000000-ferry.html").read_text(encoding="utf-8")
    assert code == 0 and "<h1>Headline 0: harbour row (ferry)</h1>" in page


def test_evaluate_does_not_warn_of_what_a_profile_would_miss(tmp_path, capsys, caplog):
    """Evaluate scores labels alone: a model lacking the profile's labels is warned about on load, not here."""
    import logging

    from conftest import make_tiny

    folder = make_tiny(tmp_path / "custom", labels=("claim", "fact"))
    path = tmp_path / "ev.csv"
    path.write_text("text,label\nPrices rose.,fact\nOfficials said it was late.,claim\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        framing.load(folder, device="cpu")
    assert "Document.profile will count labels" in caplog.text  # the warning evaluate leaves out
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        code, _, err = run(["evaluate", "--data", str(path), "--model", str(folder), "--device", "cpu"], capsys)
        report = framing.evaluate(str(folder), path)
    assert code == 0 and report["labels"] == ["claim", "fact"]
    assert "Document.profile" not in caplog.text + err, caplog.text + err
    with caplog.at_level(logging.WARNING):
        framing.load(folder, device="cpu")  # outside evaluate, loading warns again
    assert "Document.profile will count labels" in caplog.text


class _Stop(Exception):
    """Raised by a stand-in to end a command once it has shown what it was given."""


@pytest.mark.parametrize(("command", "patched", "line", "extra"), [
    ("analyze", "framing.analyze.load", "The ministry said the port was closed.\n", []),
    ("classify", "framing.analyze.load", "The ministry said the port was closed.\n", []),
    ("score", "framing.scale.score", '{"id": "a", "text": "The port was closed."}\n', ["--out", "out"])])
def test_model_commands_start_no_tokenizer_workers_unless_asked(command, patched, line, extra, tmp_path, monkeypatch):
    # On one H200 (session 41) workers made `classify` 2.9 times slower and `score` 1.1 times slower
    # (benchmarks/README.md), so each command's default is the library's: none.
    from framing.cli import main

    given = []

    def fake(*args, **kwargs):
        given.append(kwargs["tokenizer_workers"])
        raise _Stop

    monkeypatch.setattr(patched, fake)
    source = tmp_path / ("in.jsonl" if command == "score" else "in.txt")
    source.write_text(line, encoding="utf-8")
    extra = [str(tmp_path / part) if part == "out" else part for part in extra]
    for workers in ([], ["--tokenizer-workers", "auto"], ["--tokenizer-workers", "3"]):
        with pytest.raises(_Stop):
            main([command, str(source)] + extra + workers)
    assert given == [0, "auto", 3]


def test_analyze_of_one_file_given_twice_analyses_it_once_and_says_so(tiny_dir, tmp_path, monkeypatch, caplog,
                                                                      capsys):
    import logging

    texts = _articles(tmp_path)
    first, second = list(texts)[:2]
    monkeypatch.chdir(first.parent)
    given = [str(first), str(second), f"./{first.name}", str(first)]  # a glob and a name, one path two ways
    with caplog.at_level(logging.WARNING, logger="framing.cli"):
        code, printed, _ = run(["analyze", *given, "--format", "json", "--model", str(tiny_dir)], capsys)
    files = [json.loads(line)["meta"]["file"] for line in printed.splitlines()]
    assert code == 0 and files == [str(first), str(second)]  # each once, in the order first given
    warned = [r.getMessage() for r in caplog.records if "more than once" in r.getMessage()]
    assert warned == [f"./{first.name} is given more than once (also as {first}); it is analysed once",
                      f"{first} is given more than once; it is analysed once"]
    # into a folder the repeat no longer reads as two FILEs sharing a stem: one result, no refusal
    code, _, _ = run(["analyze", str(first), str(first), "--out", str(tmp_path / "out"), "--format", "json",
                      "--model", str(tiny_dir)], capsys)
    assert code == 0 and sorted(p.name for p in (tmp_path / "out").iterdir()) == [f"{first.stem}.json"]
    # standard input is not a file to compare: more than one FILE with it stays refused
    assert run(["analyze", "-", "-", "--model", str(tiny_dir)], capsys)[0] == 2


def test_summarize_of_one_file_given_twice_counts_its_documents_once(tmp_path, capsys, caplog):
    import logging

    records = _summary_records()
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="framing.cli"):
        code, out, _ = run(["summarize", str(path), str(path), "--format", "json"], capsys)
    assert code == 0 and json.loads(out) == framing.summarize(records)
    assert [r.getMessage() for r in caplog.records] == [f"{path} is given more than once; it is read once"]
