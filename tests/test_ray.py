"""The Ray back end on a local two-CPU cluster: same rows as the single-process engine."""

from __future__ import annotations

import json
import math
import os
import re
import shutil

import pytest

try:
    import ray
except ImportError:  # the optional extra is not installed
    if os.environ.get("CI") == "true":
        raise  # CI installs ".[test,ray]": a missing Ray must fail, not skip
    pytest.skip('Ray is not installed (pip install -e ".[ray]")', allow_module_level=True)

import framing
from framing.cli import main
from framing.errors import MissingModelError
from framing.scale import read_manifest, rejects_path, score

from test_ray_errors import assert_no_output
from test_score import corpus, read_rows, write_jsonl


@pytest.fixture(scope="module")
def cluster():
    # a cluster of its own ("local"), even where another one already runs on the machine
    ray.init(address="local", num_cpus=2, include_dashboard=False, logging_level="ERROR", log_to_driver=False)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def docs():
    return corpus(150, seed=11)


@pytest.fixture(scope="module")
def local(tmp_path_factory, docs, tiny_dir):
    """The local engine's output, run on one thread like each Ray actor, so scores match to the bit."""
    import torch

    folder = tmp_path_factory.mktemp("ray")
    path = write_jsonl(folder / "docs.jsonl", docs + [{"id": "bad", "text": None}])
    out = folder / "local"
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        score(path, out, model=tiny_dir, chunk_docs=40, progress=False)
    finally:
        torch.set_num_threads(threads)
    return path, out


#: The ids of repeated_items(), apart from the documents' ("doc0", ...) and the pool test's ("0" to "3").
REPEATED_IDS = frozenset("abcd")


def repeated_items() -> list[dict]:
    """Rows whose ids repeat: "a" twice, "c" three times; "b" and "d" once."""
    return [{"id": i, "text": f"Prices rose {n} percent."} for n, i in enumerate("abacdcc")]


@pytest.fixture(scope="module")
def lenient(cluster, local, docs, tiny_dir):
    """One score_dataset run with strict=False (an actor pool's start is most of a run's time) over the
    documents, a bad record and repeated ids, the input of the map_batches and the repeated-ids tests at once:
    each test reads its own rows, by id."""
    from framing.ray import score_dataset

    dataset = ray.data.from_items(docs + [{"id": "bad", "text": None}] + repeated_items())
    rows = score_dataset(dataset, model=tiny_dir, workers=2, batch_size=32, strict=False).take_all()
    return {"local": local, "rows": rows}


@pytest.fixture(scope="module")
def unchecked(cluster, tiny_dir):
    """One run of one worker at document level on a lazy (repartitioned) dataset with check_ids=False: the pool
    test's rows ("0" to "3") and the repeated ids the check was opted out of. Returns the dataset and its rows."""
    from framing.ray import score_dataset

    items = [{"id": str(n), "text": "Prices rose."} for n in range(4)] + repeated_items()
    dataset = ray.data.from_items(items).repartition(2)
    rows = score_dataset(dataset, model=tiny_dir, workers=1, level="document", check_ids=False).take_all()
    return dataset, rows


def test_engine_ray_rows_equal_the_local_engine_and_keep_input_columns_as_it_does(cluster, local, tiny_dir,
                                                                                  tmp_path):
    """One Ray run (its actors' start is most of a test's time) with a kept input column: the other columns are
    the local engine's rows to the bit, and the kept one is each record's own."""
    path, local_out = local
    out = tmp_path / "ray"
    summary = score(path, out, model=tiny_dir, chunk_docs=40, engine="ray", workers=2, keep_columns=["id"],
                    progress=False)
    rows, reference = read_rows(out), read_rows(local_out)
    assert [{k: v for k, v in r.items() if k != "id"} for r in rows] == reference
    assert all(r["id"] == r["doc_id"] for r in rows) and len(rows) == len(reference)
    assert [p["records"] for p in read_manifest(out)["parts"]] == \
        [p["records"] for p in read_manifest(local_out)["parts"]]
    assert summary.rejects == 1
    assert rejects_path(out).read_text() == rejects_path(local_out).read_text()
    assert read_manifest(out)["runtime"]["engine"] == "ray"
    assert read_manifest(out)["settings"]["precision"] == read_manifest(local_out)["settings"]["precision"] == "fp32"


def test_engine_ray_commits_what_it_scored_before_a_strict_stop(cluster, tiny_dir, tmp_path):
    """Blocks already sent to the actors when the input stops are still committed, as the local engine's are."""
    rows = corpus(7, seed=3)
    rows[5]["text"] = None
    path = write_jsonl(tmp_path / "bad.jsonl", rows)
    committed = {}
    for engine, extra in (("local", {}), ("ray", {"workers": 1})):
        with pytest.raises(framing.DataError, match=r"record 5 .*stopped: 4 documents are committed"):
            score(path, tmp_path / engine, model=tiny_dir, strict=True, chunk_docs=2, engine=engine, progress=False,
                  **extra)
        committed[engine] = [row["doc_id"] for row in read_rows(tmp_path / engine)]
    assert committed["ray"] == committed["local"] and set(committed["ray"]) == {f"doc{k}" for k in range(4)}


def test_engine_ray_commits_what_it_holds_before_a_document_longer_than_a_block(cluster, tiny_dir, tmp_path, caplog):
    """As the local engine does: the long document's rows are awaited only once those before it are committed."""
    import logging

    from test_score_feedback import LONG, OPTIONS, _corpus, _parts

    source = _corpus(tmp_path)
    for engine, extra in (("local", {}), ("ray", {"workers": 1})):
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="framing.scale"):
            score(source, tmp_path / engine, model=tiny_dir, engine=engine, **OPTIONS, **extra)
        assert any(message.startswith(f"document 'big' (record 2): {len(LONG):,} characters; this may take a "
                                      "while") for message in caplog.messages)
        assert [part["records"] for part in read_manifest(tmp_path / engine)["parts"]] == [[0, 2], [2, 4]]
    assert _parts(tmp_path / "ray").keys() == _parts(tmp_path / "local").keys()


def test_engine_ray_scores_headlines_like_the_local_engine(cluster, tiny_dir, tmp_path):
    import torch

    rows = [dict(row, title=f"Harbour story {k} draws a crowd") if k % 3 else row
            for k, row in enumerate(corpus(12, seed=5))]
    rows[4]["title"] = 9  # a headline that is no string: a reject, on either engine
    path = write_jsonl(tmp_path / "headlines.jsonl", rows)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # as each actor runs, so scores match to the bit
    try:
        score(path, tmp_path / "local", model=tiny_dir, chunk_docs=4, headline_column="title", progress=False)
    finally:
        torch.set_num_threads(threads)
    score(path, tmp_path / "ray", model=tiny_dir, chunk_docs=4, headline_column="title", engine="ray", workers=1,
          progress=False)
    scored = read_rows(tmp_path / "ray")
    assert scored == read_rows(tmp_path / "local") and {r["part"] for r in scored} == {"headline", "body"}
    assert rejects_path(tmp_path / "ray").read_text() == rejects_path(tmp_path / "local").read_text()


def test_score_dataset_with_map_batches_matches_the_local_engine(lenient, docs):
    _, local_out = lenient["local"]
    rows = [r for r in lenient["rows"] if r["doc_id"] not in REPEATED_IDS]  # the repeats are another test's
    rejects = [r for r in rows if r["reject_reason"] is not None]
    assert [(r["doc_id"], r["reject_reason"]) for r in rejects] == [("bad", "'text' is null")]
    rows = sorted((r for r in rows if r["reject_reason"] is None),
                  key=lambda r: (int(r["doc_id"][3:]), r["sentence_index"]))
    expected = read_rows(local_out)
    assert len(rows) == len(expected)
    for got, want in zip(rows, expected):
        for key, value in want.items():
            if key == "record":  # framing score's input record number: parallel batches have none, rows their id
                assert key not in got
            elif key.startswith("score_"):  # batches differ, so the last float digits may too
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


def test_a_model_shipped_as_bytes_leaves_no_folder_behind(tiny_dir, tmp_path, monkeypatch):
    # Ray kills actors without running finalizers, so the folder must be gone once the model is loaded.
    import tempfile

    import pyarrow as pa

    from framing.ray import _BatchScorer, _model_payload

    payload = _model_payload(tiny_dir)
    assert "files" in payload
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    scorer = _BatchScorer(payload, "document", "text", "id", "cpu", "auto", None, strict=True)
    assert list(tmp_path.iterdir()) == []
    out = scorer(pa.table({"id": ["a"], "text": ["Prices rose. The minister denied it."]})).to_pylist()
    assert out[0]["doc_id"] == "a" and out[0]["sentences"] == 2


def test_the_bundled_model_is_shipped_not_taken_from_the_workers_framing(tiny_dir, monkeypatch):
    # a worker whose framing bundles another model (here: the tiny one) still runs the driver's
    import framing.analyze
    from framing.model import folder_fingerprint
    from framing.ray import _BatchScorer, _model_payload

    payload, bundled = _model_payload(None), framing.analyze.DEFAULT_MODEL_DIR
    assert {"config.json", "weights.safetensors"} <= set(payload["files"])
    monkeypatch.setattr(framing.analyze, "DEFAULT_MODEL_DIR", tiny_dir)
    scorer = _BatchScorer(payload, "document", "text", "id", "cpu", "auto", None, strict=True)
    assert scorer.analyzer.source_fingerprint == folder_fingerprint(bundled)


def test_a_shipped_model_that_fails_to_load_is_named_by_the_users_folder(tiny_dir):
    from framing.ray import _BatchScorer, _model_payload

    payload = _model_payload(tiny_dir)
    payload["files"]["weights.safetensors"] = payload["files"]["weights.safetensors"][:100]
    scorer = _BatchScorer(payload, "document", "text", "id", "cpu", "auto", None, strict=True)
    assert isinstance(scorer.error, framing.ModelError)
    assert f"{tiny_dir}/weights.safetensors (truncated" in str(scorer.error)
    assert "framing-model-" not in str(scorer.error)


def test_map_batches_scorer_rejects_rows_without_an_id(tiny_dir):
    import pyarrow as pa

    from framing.ray import _BatchScorer

    batch = pa.table({"id": ["a", None, " "], "text": ["Prices rose.", "Shares fell.", "Rain fell."]})
    scorer = _BatchScorer({"path": str(tiny_dir)}, "document", "text", "id", "cpu", "auto", None, strict=True)
    with pytest.raises(framing.DataError, match="a row with text 'Shares fell.': 'id' is null"):
        scorer(batch)
    lenient = _BatchScorer({"path": str(tiny_dir)}, "document", "text", "id", "cpu", "auto", None, strict=False)
    out = lenient(batch).to_pylist()
    assert [(r["doc_id"], r["reject_reason"]) for r in out] == [
        ("a", None), (None, "'id' is null"), (None, "'id' is empty")]


def test_score_dataset_finds_repeated_ids_before_scoring(lenient, unchecked, tiny_dir):
    """The strict refusals are made on the driver; the lenient rows come from the `lenient` run (the repeats
    beside the documents of the map_batches test), the opted-out ones from the `unchecked` run."""
    from framing.ray import score_dataset

    items = repeated_items()
    dataset = ray.data.from_items(items)
    with pytest.raises(framing.DataError, match=r"2 ids repeat in column 'id', e\.g\. .*'c' \(3 rows\)"):
        score_dataset(dataset, model=tiny_dir, workers=1)  # raised here, before anything runs
    rows = [r for r in lenient["rows"] if r["doc_id"] in REPEATED_IDS]
    scored = sorted(r["doc_id"] for r in rows if r["reject_reason"] is None)
    rejects = sorted((r["doc_id"], r["reject_reason"]) for r in rows if r["reject_reason"] is not None)
    assert scored == ["b", "d"]
    assert [d for d, _ in rejects] == ["a", "a", "c", "c", "c"]
    assert rejects[0][1].startswith("duplicate id 'a': 2 rows have it, and none is kept")
    # Any id column name works, even the name of Ray's own count column.
    renamed = ray.data.from_items([{"count()": r["id"], "text": r["text"]} for r in items])
    with pytest.raises(framing.DataError, match=r"2 ids repeat in column 'count\(\)'"):
        score_dataset(renamed, model=tiny_dir, workers=1, id_column="count()")
    # Opting out of the pass: every row is scored, and the repeats share their doc_id.
    _, rows = unchecked
    assert sorted(r["doc_id"] for r in rows if r["doc_id"] in REPEATED_IDS) == sorted("abacdcc")


def test_repeated_ids_are_counted_the_same_here_and_by_a_ray_shuffle(cluster, monkeypatch):
    import framing.ray as framing_ray

    items = [{"id": i, "text": "Prices rose."} for i in "abacdcc"] + [{"id": v, "text": "Prices rose."}
                                                                     for v in (None, None, "", "")]
    dataset = ray.data.from_items(items)
    shuffles = []
    real = framing_ray._counted_by_shuffle
    monkeypatch.setattr(framing_ray, "_counted_by_shuffle", lambda ids: shuffles.append(1) or real(ids))
    here = framing_ray._repeated_ids(dataset, "id")
    assert here == {"a": 2, "c": 3} and shuffles == []  # null and blank ids are rejected row by row, not counted
    monkeypatch.setattr(framing_ray, "DRIVER_ID_LIMIT", 2)  # more distinct ids than that: a Ray groupby counts
    assert framing_ray._repeated_ids(dataset, "id") == here and shuffles == [1]
    # ids Arrow cannot count in this process (lists) are left to the groupby as well
    listed = ray.data.from_items([{"id": [1], "text": "Prices rose."}, {"id": [2], "text": "Prices rose."}])
    monkeypatch.setattr(framing_ray, "DRIVER_ID_LIMIT", 1_000_000)
    monkeypatch.setattr(framing_ray, "_counted_by_shuffle", lambda ids: shuffles.append(2) or [])
    assert framing_ray._repeated_ids(listed, "id") == {} and shuffles == [1, 2]


def test_score_dataset_checks_columns_before_running(cluster, tiny_dir):
    from framing.ray import score_dataset

    dataset = ray.data.from_items([{"id": 1, "body": "Prices rose."}])
    with pytest.raises(framing.DataError, match=r"no text column 'text'.*\['id', 'body'\]"):
        score_dataset(dataset, model=tiny_dir)
    with pytest.raises(framing.DataError, match="needs an id column"):
        score_dataset(ray.data.from_items([{"body": "Prices rose."}]), model=tiny_dir, text_column="body")


def test_gpus_on_a_cpu_only_cluster_are_refused_before_any_output(cluster, local, tiny_dir, tmp_path, capsys):
    from framing.ray import plan_workers, score_dataset  # the check runs before anything waits for a GPU

    with pytest.raises(framing.InputError, match="the Ray cluster has 0 GPUs; 1 worker × 1 GPU per worker needs 1"):
        plan_workers(None, gpus_per_worker=1)
    path, _ = local
    out = tmp_path / "out"
    with pytest.raises(framing.InputError, match="the Ray cluster has 0 GPUs; 1 worker × 1 GPU per worker needs 1"):
        score(path, out, model=tiny_dir, engine="ray", gpus_per_worker=1, progress=False)
    assert_no_output(out)
    with pytest.raises(framing.InputError, match="0 GPUs; 2 workers × 0.5 GPU per worker needs 1"):
        score_dataset(ray.data.from_items([{"id": "a", "text": "Prices rose."}]), model=tiny_dir, workers=2,
                      gpus_per_worker=0.5)
    assert main(["score", str(path), "--out", str(out), "--model", str(tiny_dir), "--engine", "ray",
                 "--gpus-per-worker", "1", "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "0 GPUs" in err
    assert_no_output(out)


def test_more_workers_than_the_cluster_can_place_are_refused_up_front(cluster, local, tiny_dir, tmp_path):
    from framing.ray import plan_workers, score_dataset  # the check runs before any actor is started

    assert plan_workers(None) == 1 and plan_workers(2) == 2  # by default one CPU is left to the driver
    with pytest.raises(framing.InputError, match="not 3 workers"):
        plan_workers(3)
    path, _ = local
    out = tmp_path / "out"
    with pytest.raises(framing.InputError, match=r"can place 2 workers of 1 CPU each \(its nodes have 2 CPUs, "
                                                 r"0 GPUs\), not 3 workers"):
        score(path, out, model=tiny_dir, engine="ray", workers=3, progress=False)
    assert_no_output(out)
    dataset = ray.data.from_items([{"id": "a", "text": "Prices rose."}])
    with pytest.raises(framing.InputError, match="not 3 workers"):
        score_dataset(dataset, model=tiny_dir, workers=(3, 4))


def test_a_pool_taking_every_cpu_from_a_lazy_dataset_is_refused_not_left_waiting(unchecked, tiny_dir):
    """The refusals on the driver; the one-worker run on the same lazy dataset is the `unchecked` fixture's."""
    from framing.ray import score_dataset

    dataset, rows = unchecked
    message = r"2 workers of 1 CPU each would take every CPU of the Ray cluster \(2\).*fewer than 2 workers"
    for workers in (2, (2, 3)):
        with pytest.raises(framing.InputError, match=message):
            score_dataset(dataset, model=tiny_dir, workers=workers)
    assert sorted(row["doc_id"] for row in rows if row["doc_id"] not in REPEATED_IDS) == ["0", "1", "2", "3"]


def test_a_worker_failure_is_one_line_carrying_the_workers_own_error(cluster, local, tiny_dir, tmp_path, capsys,
                                                                     monkeypatch):
    import framing.scale.helpers

    path, _ = local
    # the driver's check of the folder left out, so the weights fail to load on the workers alone
    monkeypatch.setattr(framing.scale.helpers, "check_config", lambda directory: None)
    broken = tmp_path / "broken"
    shutil.copytree(tiny_dir, broken)
    weights = broken / "weights.safetensors"
    weights.write_bytes(weights.read_bytes()[:100])
    # One run, through the command: the exception framing.score raised is kept on its way to the command's line
    raised = []
    real_score = framing.scale.score

    def kept(*args, **kwargs):
        try:
            return real_score(*args, **kwargs)
        except Exception as exc:
            raised.append(exc)
            raise

    monkeypatch.setattr(framing.scale, "score", kept)
    assert main(["score", str(path), "--out", str(tmp_path / "cli"), "--model", str(broken), "--engine", "ray",
                 "--workers", "1", "--quiet"]) == 1
    assert len(raised) == 1 and isinstance(raised[0], framing.ModelError), raised  # the API's error
    assert re.search(r"weights.safetensors \(truncated", str(raised[0])), raised
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "weights.safetensors (truncated" in err, err
    assert "(stopped: 0 documents are committed in" in err  # the workers' failure, once the output existed


def test_a_missing_or_broken_model_is_refused_on_the_driver_before_any_output(cluster, local, tiny_dir, tmp_path):
    from framing.ray import score_dataset

    dataset = ray.data.from_items([{"id": "a", "text": "Prices rose."}])
    with pytest.raises(MissingModelError, match=r"model directory '/no/such/model' does not exist"):
        score_dataset(dataset, model="/no/such/model")
    broken = tmp_path / "broken"
    shutil.copytree(tiny_dir, broken)
    weights = broken / "weights.safetensors"
    weights.write_bytes(weights.read_bytes()[:100])
    message = f"cannot read {weights} \\(truncated"
    with pytest.raises(framing.ModelError, match=message):
        score_dataset(dataset, model=broken)  # raised here, before anything runs
    path, _ = local
    out = tmp_path / "out"
    with pytest.raises(framing.ModelError, match=message):
        score(path, out, model=broken, engine="ray", workers=1, progress=False)
    assert_no_output(out)


def test_score_dataset_sizes_its_actor_pool_without_the_deprecated_concurrency(cluster, tiny_dir, monkeypatch):
    from framing.ray import score_dataset

    calls = []
    map_batches = ray.data.Dataset.map_batches

    def spy(self, fn, **options):
        calls.append(options)
        return map_batches(self, fn, **options)

    monkeypatch.setattr(ray.data.Dataset, "map_batches", spy)
    dataset = ray.data.from_items([{"id": "a", "text": "Prices rose."}])
    for workers, sizes in ((1, (1, 1)), ((1, 2), (1, 2))):
        score_dataset(dataset, model=tiny_dir, workers=workers, check_ids=False)
        options = calls.pop()
        assert "concurrency" not in options
        assert (options["compute"].min_size, options["compute"].max_size) == sizes


def test_score_dataset_raises_data_error_for_a_bad_record(cluster, tiny_dir):
    from framing.ray import score_dataset

    dataset = ray.data.from_items([{"id": "a", "text": "Prices rose."}, {"id": "bad", "text": None}])
    rows = score_dataset(dataset, model=tiny_dir, workers=1)
    with pytest.raises(framing.DataError, match="document 'bad': 'text' is null"):
        rows.take_all()
    assert not dataset.context.raise_original_map_exception  # the input dataset's context is left alone


@pytest.mark.parametrize("options, message", [
    ({"workers": 0}, "workers must be an integer >= 1 or a"),
    ({"workers": 1.5}, "workers must be an integer >= 1 or a"),
    ({"workers": (2, 1)}, r"workers must be .* got \(2, 1\)"),
    ({"gpus_per_worker": -1}, "gpus_per_worker must be a number >= 0, got -1"),
    ({"batch_size": 0}, "batch_size must be an integer >= 1"),
    ({"device": "cuda"}, "device 'cuda' on Ray needs GPUs per worker"),
])
def test_score_dataset_checks_its_arguments(cluster, tiny_dir, options, message):
    from framing.ray import score_dataset

    dataset = ray.data.from_items([{"id": "a", "text": "Prices rose."}])
    with pytest.raises(framing.InputError, match=message):
        score_dataset(dataset, model=tiny_dir, **options)
