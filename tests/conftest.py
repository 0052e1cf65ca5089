"""Shared fixtures: a tiny random-weight model for speed, the bundled model once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

#: pytest-xdist's workers share the machine's cores: torch gets its share of them in each worker, and in the
#: processes a test starts (commands, Ray actors, pools) through OMP_NUM_THREADS; with more threads than that,
#: torch's thread pool spins waiting for threads the other workers hold off the cores, burning more CPU than
#: the extra threads gain (a tiny model's two-epoch training: 5.6 s of CPU on two threads, 0.8 s on one).
_XDIST_WORKERS = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
if _XDIST_WORKERS > 1:
    os.environ.setdefault("OMP_NUM_THREADS", str(max(1, (os.cpu_count() or 1) // _XDIST_WORKERS)))

import torch
from hypothesis import HealthCheck, settings

if _XDIST_WORKERS > 1:
    torch.set_num_threads(int(os.environ["OMP_NUM_THREADS"]))

import framing
from framing.model import FramingModel, ModelConfig, build_encoder, load_tokenizer, save_model

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
#: Examples per fuzz/property test: a short run by default (CI), longer on request:
#: FRAMING_FUZZ_EXAMPLES=20000 python -m pytest tests/test_segment.py tests/test_robustness.py -k "fuzz or property"
FUZZ_EXAMPLES = int(os.environ.get("FRAMING_FUZZ_EXAMPLES", "200"))
#: Under CI (CI=true) every Hypothesis test draws the same examples on every run, so that a red run is
#: not luck and a rerun shows the same failure; elsewhere each run explores new examples. Recent Hypothesis
#: versions have this profile built in; registered here, it holds for every version pyproject.toml allows.
settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
if os.environ.get("CI") == "true":
    settings.load_profile("ci")

TINY_ENCODER = dict(vocab_size=30522, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                    intermediate_size=64, max_position_embeddings=512)


def load_benchmark(name: str):
    """The script ``benchmarks/NAME.py`` as a module (the benchmarks are scripts, not a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"{name}_benchmark", ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tiny_model_on_folder_base(tmp_path: Path) -> tuple[Path, ModelConfig, FramingModel]:
    """A tiny encoder saved as a base folder (``tmp_path/encoder``, the verified base's tokenizer beside it),
    and an unsaved model on it, as ``framing train --base DIR`` builds one."""
    import shutil

    from framing.base import base_encoder_dir
    from framing.model import base_reference

    encoder_dir = tmp_path / "encoder"
    config = ModelConfig(labels=("a", "b"), base="random", encoder_config=dict(TINY_ENCODER))
    build_encoder(config).save_pretrained(str(encoder_dir))
    for name in ("tokenizer.json", "tokenizer_config.json", "vocab.txt", "special_tokens_map.json"):
        shutil.copy(base_encoder_dir() / name, encoder_dir / name)
    base, sha = base_reference(encoder_dir)
    config = ModelConfig(labels=("a", "b"), base=base, base_sha256=sha)
    return encoder_dir, config, FramingModel(config, build_encoder(config))


def make_tiny(directory: Path, labels=framing.LABELS, seed: int = 0, max_length: int = 128) -> Path:
    """Save a randomly initialised model (same architecture family, tiny sizes)."""
    torch.manual_seed(seed)
    config = ModelConfig(labels=tuple(labels), base="random", encoder_config=dict(TINY_ENCODER),
                         max_length=max_length)
    model = FramingModel(config, build_encoder(config))
    save_model(model, load_tokenizer(None, config), directory)
    return directory


@pytest.fixture(scope="session")
def tiny_dir(tmp_path_factory) -> Path:
    return make_tiny(tmp_path_factory.mktemp("tiny"))


@pytest.fixture(scope="session")
def tiny(tiny_dir):
    return framing.load(tiny_dir, device="cpu")


@pytest.fixture(scope="session")
def bundled():
    return framing.load(device="cpu")


@pytest.fixture(scope="session")
def shared() -> Path:
    """``../shared/data``; a test that needs it skips when it is absent (CI included: the corpora are not public)."""
    if not SHARED.is_dir():
        pytest.skip(f"../shared/data is not present ({SHARED})")
    return SHARED


#: The files that take longest (most of a minute or more each on two cores), longest first. ``--dist loadfile``
#: hands whole files to the workers in collection order, so these go first and the many short rule files even
#: the workers out at the end; otherwise a long file handed out last (the Ray tests) runs on alone.
LONGEST_FILES = ("test_ray.py", "test_cli.py", "test_train_inputs.py", "test_train.py", "test_score.py",
                 "test_contract.py", "test_typing.py", "test_robustness.py", "test_profile.py", "test_report.py",
                 "test_score_edges.py", "test_workers.py", "test_packaging.py", "test_model_io.py")


def pytest_configure(config):
    # pytest-xdist would hand files out by their number of tests, not in the order set below
    if hasattr(config.option, "loadscopereorder"):
        config.option.loadscopereorder = False


def pytest_collection_modifyitems(items):
    """Tests that use the ``shared`` fixture carry the ``shared`` marker (``-m "not shared"`` leaves them out);
    the longest files run first (see LONGEST_FILES)."""
    for item in items:
        if "shared" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.shared)
    rank = {name: place for place, name in enumerate(LONGEST_FILES)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))


#: Invisible format characters (zero-width space, direction marks, byte-order mark), the soft hyphen and the
#: control characters that are no whitespace (NUL, BEL, DEL, C1) separate words as a space does: like
#: whitespace they may fall between sentences, never at a sentence's edge.
INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063"
                      "\u2064\u2066\u2067\u2068\u2069\ufeff\u00ad"
                      + "".join(map(chr, [*range(0x00, 0x09), *range(0x0e, 0x1c), *range(0x7f, 0xa0)])))


def blank(ch: str) -> bool:
    """Whether a character carries no text a sentence must keep: whitespace, an invisible format mark or a
    control character."""
    return ch.isspace() or ch in INVISIBLE


#: Each model folder read by the tests that use ``each_model_read_once``, by what is on disk.
_READ_MODELS: dict[tuple, tuple] = {}


def _folder_state(directory) -> tuple:
    """A model folder as it is on disk: its path and each file's inode, size and times (a file written again
    differs)."""
    folder = Path(directory).resolve()
    files = [(path.name, path.stat()) for path in folder.iterdir() if path.is_file()]
    return (folder, *sorted((name, s.st_ino, s.st_size, s.st_mtime_ns, s.st_ctime_ns) for name, s in files))


@pytest.fixture
def each_model_read_once(monkeypatch):
    """Model folders read from disk once in this process: the model ``framing.model.load_model`` read is kept
    and every later ``framing.load`` of the same folder, unchanged on disk, gets a copy of it (the tokenizer
    shared, as one Analyzer shares it). For files that load a folder many times (a command run in this process,
    ``framing.score(model=DIR)``): which folder, device, precision and options are asked for, and the errors of a
    missing or broken folder (never kept), are still the caller's own; reading a folder is tested in
    test_model_io.py. A model read costs 0.3 s (tiny) to 0.8 s (bundled) of CPU."""
    import copy

    import framing.analyze

    real = framing.analyze.load_model

    def load_model(directory):
        try:
            key = _folder_state(directory)
        except OSError:  # left to load_model to report
            return real(directory)
        if key not in _READ_MODELS:
            _READ_MODELS[key] = real(directory)
        model, tokenizer = _READ_MODELS[key]
        return copy.deepcopy(model), tokenizer

    monkeypatch.setattr(framing.analyze, "load_model", load_model)
