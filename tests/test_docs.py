"""The reference pages cover every public name and every command-line option; the package example runs."""

import argparse
import doctest
import re
from pathlib import Path

import framing
from framing.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]


def test_every_public_name_has_a_section_in_the_api_reference():
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    headings = set(re.findall(r"^### `(\w+)`", text, flags=re.M))
    errors = {"FramingError", "InputError", "DataError", "ModelError", "IntegrityError", "MissingFileError"}
    missing = [name for name in framing.__all__ if name not in headings
               and not (name in errors and f"| `{name}` |" in text)]
    assert not missing, f"docs/api.md does not describe {missing}"


def test_every_command_line_option_is_in_the_command_reference():
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    parser = build_parser()
    options = {(None, o) for a in parser._actions for o in a.option_strings if o not in ("-h", "--help")}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            assert all(f"## `framing {name}" in text for name in action.choices), "a command lacks a section"
            global_options = {o for _, o in options}
            options |= {(name, o) for name, sub in action.choices.items()
                        for a in sub._actions for o in a.option_strings
                        if o not in ("-h", "--help") and o not in global_options}
    sections = {m.group(1): m.start() for m in re.finditer(r"^## `framing (\w+)", text, flags=re.M)}
    bounds = sorted(sections.values()) + [len(text)]

    def section(name):
        if name is None:
            return text[:bounds[0]]
        start = sections[name]
        return text[start:bounds[bounds.index(start) + 1]]

    missing = [(name, option) for name, option in sorted(options, key=str)
               if not re.search(rf"`{re.escape(option)}[ `\\]", section(name))]
    assert not missing, f"docs/cli.md lacks {missing}"


def test_the_package_docstring_example_runs():
    result = doctest.testmod(framing, verbose=False)
    assert result.attempted >= 4 and result.failed == 0


def test_documented_signatures_name_the_real_parameters_in_order():
    """Each "`framing.NAME(...)`" signature in the API reference lists the function's parameters."""
    import inspect

    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    found = re.findall(r"`framing\.(\w+)\((.*?)\)(?: -> [^`]*)?`", text)
    assert len(found) >= 4
    for name, inner in found:
        documented = re.findall(r"(?:^|, )(\*{0,2}\w+|\*)(?==|,|$)", inner)
        real = []
        for p in inspect.signature(getattr(framing, name)).parameters.values():
            if p.kind is p.KEYWORD_ONLY and not any(x.startswith("*") for x in real):
                real.append("*")
            real.append({p.VAR_POSITIONAL: "*", p.VAR_KEYWORD: "**"}.get(p.kind, "") + p.name)
        assert documented == real, f"docs/api.md's framing.{name} lists {documented}; the function takes {real}"


def test_the_docs_promise_fp32_scores_to_about_1e_6_across_batches_and_confidence_as_the_label_s_probability():
    """fp32 scores shift in the last digits with the batch a sentence shares (padding): the docs must not promise
    batch-independent scores, and must give the tolerance; ``confidence`` follows a hand-corrected label."""
    api = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    scoring = (ROOT / "docs" / "scoring.md").read_text(encoding="utf-8")
    for text in (api, readme):
        flat = " ".join(text.split())
        assert "fp32 scores do not" not in flat and "fp32 results do not depend on the batch" not in flat
        assert re.search(r"agree to about 1e-6.{0,400}compare labels, or scores with a tolerance", flat, re.S), \
            text[:80]
    assert "where scores must reproduce across batch" not in " ".join(scoring.split())
    assert "`confidence` is the top probability" not in " ".join(api.split())
    assert "`confidence` is `scores[label]`" in " ".join(api.split())


def test_the_errors_sections_quote_a_message_as_the_code_words_it(tiny_dir, tmp_path, monkeypatch, capsys):
    """docs/api.md quotes one message as written (both callers' names for a setting), as ``str()`` words it for
    Python, and as the command prints it; docs/cli.md the command's."""
    import shutil

    import pytest

    from framing.cli import main

    shutil.copytree(tiny_dir, tmp_path / "m")
    (tmp_path / "t.csv").write_text("text,label\nPrices rose on Monday.,a\nIt is a disgrace.,b\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(framing.InputError) as caught:
        framing.train("t.csv", output_dir="m")
    assert main(["train", "--train", "t.csv", "--out", "m"]) == 2
    printed = capsys.readouterr().err.strip()
    api, cli = (" ".join((ROOT / "docs" / name).read_text(encoding="utf-8").split()) for name in ("api.md", "cli.md"))
    written, worded = caught.value.args[0], str(caught.value)
    assert "overwrite=True (--overwrite)" in written and "(--overwrite)" not in worded
    assert f"`exc.args[0]` is `{written}`" in api
    assert f"`str(exc)` reads `... {worded[worded.index('or pass'):]}`" in api
    assert f"`framing train --train t.csv --out m` prints `{printed}` (exit status 2)" in api
    assert f"prints `{printed}`" in cli


def test_the_citation_file_names_the_package_s_version_and_licence():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")  # no tomllib before Python 3.11
    project = {key: re.search(rf'^{key} = "([^"]+)"$', pyproject, flags=re.M).group(1)
               for key in ("version", "license")}
    citation = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    assert re.search(rf"^version: {re.escape(project['version'])}$", citation, flags=re.M)
    assert re.search(rf"^license: {re.escape(project['license'])}$", citation, flags=re.M)
