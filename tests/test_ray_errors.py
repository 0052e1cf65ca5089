"""The Ray back end's errors that need no running cluster: each is one line, raised before any output exists."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

import pytest

import framing
from framing.cli import main
from framing.scale import manifest_path, score

from test_score import corpus, write_jsonl


def assert_no_output(out: Path) -> None:
    assert not out.exists() and not manifest_path(out).exists()


@pytest.fixture
def small(tmp_path) -> Path:
    return write_jsonl(tmp_path / "docs.jsonl", corpus(5, seed=3))


def test_engine_ray_without_ray_installed_fails_before_any_output(monkeypatch, small, tiny_dir, tmp_path, capsys):
    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` raises ImportError
    out = tmp_path / "out"
    assert main(["score", str(small), "--out", str(out), "--model", str(tiny_dir), "--engine", "ray",
                 "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and 'needs Ray: pip install "ray[data]>=2.9"' in err
    assert_no_output(out)


def test_an_unreachable_ray_address_fails_fast_naming_it_before_any_output(monkeypatch, small, tiny_dir, tmp_path,
                                                                            capsys):
    try:
        import ray
    except ImportError:
        if os.environ.get("CI") == "true":
            raise  # CI installs ".[test,ray]": a missing Ray must fail, not skip
        pytest.skip('Ray is not installed (pip install -e ".[ray]")')
    import framing.ray as framing_ray

    with pytest.raises(framing.InputError, match=r"cannot reach the Ray cluster at RAY_ADDRESS=127.0.0.1:1 \("):
        framing_ray._probe("127.0.0.1:1")
    # The address is probed with a bounded connection attempt before Ray is tried (ray.init retries for minutes),
    # whether or not this process already joined a cluster, and no model is loaded first.
    probed, connections = [], []
    real_probe, real_connect = framing_ray._probe, socket.create_connection

    def probe(address):
        probed.append(address)
        return real_probe(address)

    def connect(address, timeout=None, *args, **kwargs):
        connections.append((address, timeout))
        return real_connect(address, timeout, *args, **kwargs)

    monkeypatch.setattr(framing_ray, "_probe", probe)
    monkeypatch.setattr(socket, "create_connection", connect)
    monkeypatch.setattr(ray, "is_initialized", lambda: False)
    monkeypatch.setattr(ray, "init",
                        lambda *args, **kwargs: pytest.fail("ray.init was tried on an unreachable address"))
    monkeypatch.setattr("framing.analyze.load", lambda *args, **kwargs: pytest.fail("a model was loaded"))
    monkeypatch.setenv("RAY_ADDRESS", "127.0.0.1:1")
    out = tmp_path / "out"
    status = main(["score", str(small), "--out", str(out), "--model", str(tiny_dir), "--engine", "ray", "--quiet"])
    assert status == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot reach the Ray cluster at RAY_ADDRESS=127.0.0.1:1 (" in err
    assert probed == ["127.0.0.1:1"]
    assert connections == [(("127.0.0.1", 1), framing_ray._CONNECT_TIMEOUT)]
    assert 0 < framing_ray._CONNECT_TIMEOUT <= 30  # a bounded attempt, not Ray's minutes of retries
    assert_no_output(out)


@pytest.mark.parametrize("options, message", [
    ({"device": "cuda"}, "device 'cuda' on Ray needs GPUs per worker"),
    ({"device": "cuda:0", "gpus_per_worker": 1, "precision": "int8"}, "precision='int8' .* runs on CPU only"),
    ({"gpus_per_worker": 1.5}, "gpus_per_worker above 1 must be a whole number"),
    ({"precision": "fp64"}, "precision must be 'auto', 'fp32', 'bf16', 'fp16' or 'int8', got 'fp64'"),
    ({"device": "tpu"}, "device must be 'cpu', 'cuda', 'cuda:N' or None, got 'tpu'"),
])
def test_engine_ray_refuses_options_every_worker_would_fail_on_before_any_output(options, message, small, tiny_dir,
                                                                                tmp_path):
    from framing.ray import plan_workers  # checks the options before it connects to Ray

    with pytest.raises(framing.InputError, match=message):
        plan_workers(None, **options)
    out = tmp_path / "out"
    with pytest.raises(framing.InputError, match=message):
        score(small, out, model=tiny_dir, engine="ray", progress=False, **options)
    assert_no_output(out)


def test_engine_ray_actors_on_the_cpu_with_gpus_reserved_record_the_cpu_precision(monkeypatch, tiny_dir):
    from framing.scale.scoring import _resolve_model

    monkeypatch.setattr("framing.ray.ensure_ray", lambda: pytest.fail("no worker needs asking: actors run on CPU"))
    *_, device_type, precision = _resolve_model(tiny_dir, "cpu", "auto", None, "ray", 1)
    assert (device_type, precision) == ("cpu", "fp32")
