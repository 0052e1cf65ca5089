"""The Ray back end on a local two-CPU cluster: same rows as the single-process engine."""

from __future__ import annotations

import json
import math
import os

import pytest

try:
    import ray
except ImportError:  # the optional extra is not installed
    if os.environ.get("CI") == "true":
        raise  # CI installs ".[test,ray]": a missing Ray must fail, not skip
    pytest.skip('Ray is not installed (pip install -e ".[ray]")', allow_module_level=True)

import framing
from framing.scale import read_manifest, rejects_path, score

from test_score import corpus, read_rows, write_jsonl


@pytest.fixture(scope="module")
def cluster():
    ray.init(num_cpus=2, include_dashboard=False, logging_level="ERROR", log_to_driver=False)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def docs():
    return corpus(150, seed=11)


@pytest.fixture(scope="module")
def local(tmp_path_factory, docs, tiny_dir):
    folder = tmp_path_factory.mktemp("ray")
    path = write_jsonl(folder / "docs.jsonl", docs + [{"id": "bad", "text": None}])
    out = folder / "local"
    score(path, out, model=tiny_dir, chunk_docs=40, quiet=True)
    return path, out


def test_engine_ray_rows_equal_the_local_engine(cluster, local, tiny_dir, tmp_path):
    path, local_out = local
    out = tmp_path / "ray"
    summary = score(path, out, model=tiny_dir, chunk_docs=40, engine="ray", workers=2, quiet=True)
    assert read_rows(out) == read_rows(local_out)
    assert [p["records"] for p in read_manifest(out)["parts"]] == \
        [p["records"] for p in read_manifest(local_out)["parts"]]
    assert summary.rejects == 1
    assert rejects_path(out).read_text() == rejects_path(local_out).read_text()
    assert read_manifest(out)["runtime"]["engine"] == "ray"
    assert read_manifest(out)["settings"]["precision"] == read_manifest(local_out)["settings"]["precision"] == "fp32"


def test_score_dataset_with_map_batches_matches_the_local_engine(cluster, local, docs, tiny_dir):
    from framing.ray import score_dataset

    _, local_out = local
    dataset = ray.data.from_items(docs + [{"id": "bad", "text": None}])
    rows = score_dataset(dataset, model=tiny_dir, workers=2, batch_size=32, strict=False).take_all()
    rejects = [r for r in rows if r["reject_reason"] is not None]
    assert [(r["doc_id"], r["reject_reason"]) for r in rejects] == [("bad", "'text' is null")]
    rows = sorted((r for r in rows if r["reject_reason"] is None),
                  key=lambda r: (int(r["doc_id"][3:]), r["sentence_index"]))
    expected = read_rows(local_out)
    assert len(rows) == len(expected)
    for got, want in zip(rows, expected):
        for key, value in want.items():
            if key.startswith("score_"):  # batches differ, so the last float digits may too
                assert math.isclose(got[key], value, rel_tol=1e-5, abs_tol=1e-6), (key, got, want)
            else:
                assert got[key] == value, (key, got, want)
        text = next(d["text"] for d in docs if d["id"] == got["doc_id"])
        assert text[got["start"]:got["end"]] == got["text"]


def test_map_batches_scorer_is_strict_by_default(tiny_dir):
    import pyarrow as pa

    from framing.ray import _BatchScorer

    batch = pa.table({"id": ["a", "b", "c"], "text": ["Prices rose.", None, "It is a disgrace."]})
    scorer = _BatchScorer({"path": str(tiny_dir)}, "document", "text", "id", "cpu", "auto",
                          None, strict=True)
    with pytest.raises(framing.DataError, match="document 'b': 'text' is null"):
        scorer(batch)
    lenient = _BatchScorer({"path": str(tiny_dir)}, "document", "text", "id", "cpu", "auto", None, strict=False)
    out = lenient(batch).to_pylist()
    assert [(r["doc_id"], r["reject_reason"]) for r in out] == [("a", None), ("c", None), ("b", "'text' is null")]
    assert out[0]["sentences"] == 1 and json.loads(out[1]["sources"]) == []


def test_score_dataset_checks_columns_before_running(cluster, tiny_dir):
    from framing.ray import score_dataset

    dataset = ray.data.from_items([{"id": 1, "body": "Prices rose."}])
    with pytest.raises(framing.DataError, match=r"no text column 'text'.*\['id', 'body'\]"):
        score_dataset(dataset, model=tiny_dir)
    with pytest.raises(framing.DataError, match="needs an id column"):
        score_dataset(ray.data.from_items([{"body": "Prices rose."}]), model=tiny_dir, text_column="body")
