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


def test_reading_md_is_wrapped_at_120_characters_as_the_code_is():
    lines = (ROOT / "docs" / "reading.md").read_text(encoding="utf-8").splitlines()
    long = [number for number, line in enumerate(lines, 1) if len(line) > 120]
    assert not long, f"docs/reading.md has lines over 120 characters: {long}"


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


def _heading_anchors(text: str) -> set[str]:
    """The anchors GitHub gives a Markdown file's headings: lower case, punctuation but ``-`` and ``_`` dropped,
    spaces as ``-``, a repeated heading numbered ``-1``, ``-2`` ..."""
    anchors: set[str] = set()
    for heading in re.findall(r"^#{1,6}[ \t]+(.+?)[ \t#]*$", _outside_code_blocks(text), flags=re.M):
        heading = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link in a heading: its text
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        anchor, n = slug, 0
        while anchor in anchors:
            n += 1
            anchor = f"{slug}-{n}"
        anchors.add(anchor)
    return anchors


def _outside_code_blocks(text: str) -> str:
    return re.sub(r"^(```|~~~).*?^\1[^\n]*$", "", text, flags=re.M | re.S)


def _broken_links(path: Path, text: str) -> list[str]:
    """Each relative link in ``text`` (a Markdown file at ``path``) whose file, or #anchor in that file, is not
    there; web and mail links are not looked at."""
    prose = re.sub(r"`[^`]*`", "", _outside_code_blocks(text))  # code spans hold no links
    broken = []
    for target in re.findall(r"\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)", prose):
        if re.match(r"[a-z][a-z0-9+.-]*:", target, flags=re.I):
            continue
        file_part, _, anchor = target.partition("#")
        linked = (path.parent / file_part).resolve() if file_part else path
        if file_part and not linked.exists():
            broken.append(f"{path.name}: {target} (no such file)")
        elif anchor and linked.suffix == ".md" and anchor not in _heading_anchors(
                linked.read_text(encoding="utf-8") if file_part else text):
            broken.append(f"{path.name}: {target} (no such heading in {linked.name})")
    return broken


def test_every_relative_link_in_the_readme_and_the_docs_resolves_to_a_file_and_heading():
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    assert {"api.md", "cli.md", "scoring.md", "profile.md", "reading.md"} <= {p.name for p in pages}
    found = sum(len(re.findall(r"\]\((?!https?:)[^)\s]+\)", p.read_text(encoding="utf-8"))) for p in pages)
    assert found >= 20  # the check reads links at all
    broken = [b for p in pages for b in _broken_links(p, p.read_text(encoding="utf-8"))]
    assert not broken, broken


def test_the_link_check_finds_a_missing_file_and_a_missing_heading(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "other.md").write_text("# Other page\n\n## The `credits` field, and more\n", encoding="utf-8")
    page = tmp_path / "README.md"
    text = ("# Top\n\n[ok](docs/other.md#the-credits-field-and-more) [ok](#top) [web](https://example.com/x.md)\n"
            "`[code](nowhere.md)`\n[gone](docs/gone.md) [lost](docs/other.md#no-such-heading) [self](#nothing)\n")
    assert _broken_links(page, text) == ["README.md: docs/gone.md (no such file)",
                                         "README.md: docs/other.md#no-such-heading (no such heading in other.md)",
                                         "README.md: #nothing (no such heading in README.md)"]


def test_the_readme_s_way_of_carrying_an_article_id_keeps_the_profile_the_analyzer_built(tiny):
    """The README's line that puts an article id in ``meta`` is run as written: the document stays the Analyzer's,
    so summarize and the reports read its profile as built, rather than rebuilding it for every document (a
    Document made again from its parts is one built by hand; summing such documents up took about 40 times as
    long)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = next(line for line in readme.splitlines() if "article_id" in line and "meta" in line and "=" in line
                and "analyze_many" not in line)
    doc = tiny.analyze("The ferry left at noon. Its crew said the engine had failed.")
    scope = {"framing": framing, "doc": doc, "article_id": "art-7"}
    exec(line.strip(), scope)
    assert scope["doc"].meta == {"id": "art-7"}
    assert scope["doc"]._holds_built_profile()


def test_the_readme_s_lines_for_a_sentence_s_source_and_for_reading_a_document_back_run_as_written(tiny):
    """The README's lines that set each sentence beside its credited source (``credits``, shown by ``sources``'
    display) and read a document back from ``to_dict`` are run as written."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    start = next(k for k, line in enumerate(readme) if line.startswith("shown = "))
    recipe = "\n".join(line.split("  #")[0] for line in readme[start:start + 3])
    back = next(line for line in readme if line.startswith("framing.Document.from_dict(json.loads("))
    doc = tiny.analyze("The ferry left at noon. Its crew said the engine had failed.")
    scope = {"framing": framing, "json": __import__("json"), "doc": doc}
    exec(recipe, scope)
    shown = {entry["source"]: entry["display"] for entry in doc.profile["sources"]}
    assert scope["rows"] == [(s.label, s.confidence, shown.get(c), s.text)
                             for s, c in zip(doc.sentences, doc.profile["credits"])]
    assert eval(back.split("  #")[0], scope) == doc


def _documented_types(section: str) -> dict[str, str]:
    """Each column of a docs table in ``section`` (``| `a`, `b` | int64: ... |``), indented or not, and the type
    its cell opens with."""
    types = {}
    for names, cell in re.findall(r"^ *\| (`[^|]+`) \| ([^|]+?) \|", section, flags=re.M):
        kind = re.match(r"(string|int32|int64|float32|float64|bool)\b", cell)
        for name in re.findall(r"`([^`]+)`", names):
            types[name.replace("<label>", "{label}")] = kind.group(1) if kind else None
    return types


def test_scoring_md_gives_every_output_column_s_type_as_the_parts_hold_it():
    """A nightly job loading rows into pandas reads each column's type in docs/scoring.md: it must be the one the
    Parquet parts hold, for either level (kept columns aside, strings)."""
    import pyarrow as pa

    from framing.scale import output_schema

    names = {pa.string(): "string", pa.int32(): "int32", pa.int64(): "int64", pa.float32(): "float32",
             pa.float64(): "float64", pa.bool_(): "bool"}
    text = (ROOT / "docs" / "scoring.md").read_text(encoding="utf-8")
    sentence = text[text.index("**`--level sentence`** (default) rows"):text.index("Sentence rows do not say whom")]
    document = text[text.index("**`--level document`** rows"):text.index("**Back to the input.**")]
    headlines = text[text.index("## Headlines"):text.index("## Bad records")]
    for level, section in (("sentence", sentence), ("document", document + headlines)):
        documented = _documented_types(section)
        for field in output_schema(level, framing.LABELS, headline=True, record=True):
            key = next((k for k in documented if "{label}" in k and any(
                k.format(label=label) == field.name for label in framing.LABELS)), field.name)
            assert documented.get(key) == names[field.type], (level, field.name, documented.get(key))
