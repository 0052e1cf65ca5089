"""What an install gets: the wheel's and the sdist's contents, metadata, and a light ``import framing``."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_NOT_COPIED = shutil.ignore_patterns(".git", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache",
                                     ".hypothesis", "runs", ".whl", ".gl", ".device", "venv", ".venv")


def _build(tmp_path: Path, hook: str) -> Path:
    """Build with setuptools' PEP 517 hook ``hook`` from a copy of the project (the build writes beside
    its sources); the path of what it built."""
    source = tmp_path / "src"
    shutil.copytree(ROOT, source, ignore=_NOT_COPIED)
    out = tmp_path / "dist"
    out.mkdir()
    done = subprocess.run([sys.executable, "-c",
                           f"from setuptools import build_meta; print(build_meta.{hook}({str(out)!r}))"],
                          cwd=source, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return out / done.stdout.strip().splitlines()[-1]


def test_the_wheel_holds_the_package_its_model_its_type_marker_and_licence(tmp_path):
    wheel = _build(tmp_path, "build_wheel")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata = Parser().parsestr(archive.read(next(n for n in names if n.endswith(".dist-info/METADATA")))
                                     .decode("utf-8"))
        entry_points = archive.read(next(n for n in names if n.endswith(".dist-info/entry_points.txt"))).decode()
    model_files = {p.name for p in (ROOT / "framing" / "default_model").iterdir() if p.is_file()}
    assert {f"framing/default_model/{name}" for name in model_files} <= names
    assert {"framing/py.typed", "framing/scale/scoring.py", "framing/cli.py"} <= names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert not any(n.startswith(("tests/", "benchmarks/", "corpus/", "models/")) for n in names)
    assert metadata["License-Expression"] == "Apache-2.0"
    assert "Typing :: Typed" in metadata.get_all("Classifier")
    assert "framing = framing.cli:main" in entry_points


def test_the_sdist_holds_what_its_tests_and_the_recipe_read(tmp_path):
    sdist = _build(tmp_path, "build_sdist")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    wanted = {"LICENSE", "README.md", "tests/conftest.py", "models/train_default.py", "examples/quickstart.py",
              "docs/api.md", "docs/profile.md", "docs/reading.md", "docs/report.md", "docs/training.md",
              "benchmarks/accuracy.py",
              "framing/default_model/weights.safetensors"}
    assert wanted <= names
    tracked_corpus = {str(p.relative_to(ROOT)) for p in (ROOT / "corpus").rglob("*") if p.is_file()}
    assert tracked_corpus <= names
    assert not any("__pycache__" in name for name in names)


def test_the_bundled_model_records_no_path_of_the_machine_that_built_it():
    for path in (ROOT / "framing" / "default_model").glob("*.json"):
        def walk(value):
            if isinstance(value, dict):
                for item in value.values():
                    yield from walk(item)
            elif isinstance(value, list):
                for item in value:
                    yield from walk(item)
            elif isinstance(value, str):
                yield value

        absolute = [v for v in walk(json.loads(path.read_text(encoding="utf-8"))) if v.startswith("/")]
        assert not absolute, f"{path.name}: {absolute[:3]}"


#: An absolute path inside a text: "/" and a folder name after no word, dot, colon or placeholder ("<outside>/").
_ABSOLUTE = re.compile(r"(?<![\w.:/<>~-])/[\w.-]+/")


def test_the_benchmark_results_record_no_path_of_the_machines_that_ran_them():
    found = {path.name: _ABSOLUTE.findall(path.read_text(encoding="utf-8"))
             for path in sorted((ROOT / "benchmarks" / "results").iterdir())}
    assert not {name: paths for name, paths in found.items() if paths}


def test_the_benchmarks_store_a_path_relative_to_the_repository_or_under_a_placeholder(tmp_path):
    from conftest import load_benchmark

    paths = load_benchmark("stored_paths")
    assert paths.stored_path(ROOT / "framing" / "default_model") == "framing/default_model"
    assert paths.stored_path(tmp_path / "v6") == "<outside>/v6"
    assert paths.stored_path("default") == "default" and paths.stored_path("runs/v6") == "runs/v6"
    summary = (f"framing score: 3 documents (in {tmp_path}/full.rejects.jsonl) -> {tmp_path}/full in 2.0 s; "
               f"{tmp_path}-other")
    assert paths.stored_text(summary, tmp_path) == (
        f"framing score: 3 documents (in <outside>/{tmp_path.name}/full.rejects.jsonl) -> "
        f"<outside>/{tmp_path.name}/full in 2.0 s; {tmp_path}-other")
    assert paths.stored_argv(["--json", str(tmp_path / "a.json"), "--sizes", "100"]) == \
        ["--json", "<outside>/a.json", "--sizes", "100"]


def _first_two_lines(code: str) -> list[str]:
    """The first two lines ``code`` prints in a fresh interpreter (which has imported nothing yet)."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout.split("\n")[:2]


def test_importing_framing_loads_neither_torch_nor_transformers_until_a_model_is_needed():
    assert _first_two_lines(
        "import sys, framing; heavy = [m for m in ('torch', 'transformers', 'pyarrow') if m in sys.modules]; "
        "print(heavy); framing.load; print('torch' in sys.modules)") == ["[]", "True"]


def test_a_star_import_takes_every_public_name_and_so_loads_torch_as_the_readme_says():
    assert _first_two_lines(
        "import sys; from framing import *; import framing; "
        "print(sorted(set(framing.__all__) - set(globals()))); print('torch' in sys.modules)") == ["[]", "True"]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "`from framing import *` takes every public name" in readme


@pytest.mark.parametrize("name", ["load", "Analyzer", "train", "TrainResult", "evaluate", "score"])
def test_every_name_imported_on_first_use_is_listed_and_found(name):
    import framing

    assert name in framing.__all__ and name in dir(framing)
    assert getattr(framing, name).__name__ == name


def test_the_functions_train_evaluate_and_score_live_beside_modules_of_other_names():
    """``framing.train``, ``framing.evaluate`` and ``framing.scale.score`` are functions; their modules are
    ``framing.training``, ``framing.evaluation`` and ``framing.scale.scoring``, so importing a module can
    never rebind the function's name, and the old module paths are gone rather than half there."""
    code = ("import framing.training, framing.evaluation, framing.scale.scoring, inspect, framing\n"
            "from framing import evaluate, train\n"
            "print(train is framing.train is framing.training.train, evaluate is framing.evaluation.evaluate,\n"
            "      framing.scale.score is framing.scale.scoring.score, inspect.ismodule(framing.training),\n"
            "      inspect.isfunction(framing.train), inspect.isfunction(framing.scale.score))\n"
            "for old in ('framing.train', 'framing.evaluate', 'framing.scale.score'):\n"
            "    try:\n"
            "        __import__(old)\n"
            "    except ModuleNotFoundError as error:\n"
            "        print(error.name == old)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True"] * 9
