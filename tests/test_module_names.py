"""Each module binds a top-level name once. Modules merged from smaller ones can bring two constants of one name
together; the second then silently replaces the first in every function that reads it (mypy passes where both
have one type, and ruff checks only functions and imports); in a test file, a test written twice by two merged
histories runs once, whichever copy is last; likewise a method of the rules' class chains is written
in one of its classes. No line of the code is over the house's 120 characters."""

import ast
import importlib
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "framing"


def _top_level_names(tree: ast.Module) -> list[str]:
    """Names a module's own statements bind at its top level: assignments, functions, classes."""
    names: list[str] = []
    for statement in tree.body:
        if isinstance(statement, ast.Assign):
            names += [target.id for target in statement.targets if isinstance(target, ast.Name)]
        elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            names.append(statement.target.id)
        elif isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(statement.name)
    return names


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")) + sorted((PACKAGE.parent / "tests").rglob("*.py")),
                         ids=lambda path: str(path.relative_to(PACKAGE.parent)))
def test_no_module_binds_a_top_level_name_twice(path):
    counts = Counter(_top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
    assert [name for name, count in counts.items() if count > 1] == []


def test_a_name_bound_twice_is_found():
    tree = ast.parse("import re\nA = re.compile('x')\ndef f():\n    return A\nA = re.compile('y')\n")
    assert Counter(_top_level_names(tree))["A"] == 2


@pytest.mark.parametrize("chain", ["framing.source_index:SourceIndex", "framing.credits:_Credits"])
def test_no_method_of_a_class_chain_is_written_in_two_of_its_classes(chain):
    # the rules' big classes are chains of one module each: a method written again further down the chain would
    # replace the first for every caller, as a constant written twice does
    module, _, name = chain.partition(":")
    cls = getattr(importlib.import_module(module), name)
    owners: dict[str, list[str]] = {}
    for klass in cls.__mro__[:-1]:
        for attribute in vars(klass):
            if not attribute.startswith("__"):
                owners.setdefault(attribute, []).append(klass.__name__)
    assert {attribute: where for attribute, where in owners.items() if len(where) > 1} == {}


@pytest.mark.parametrize("folder", ["framing", "tests"])
def test_no_line_of_the_code_is_over_120_characters(folder):
    # the house's limit (STYLE, HELPERS): a longer docstring or pattern line slipped in unseen while none checked it
    long = [f"{path.name}:{number}" for path in sorted((PACKAGE.parent / folder).rglob("*.py"))
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if len(line) > 120]
    assert long == []
