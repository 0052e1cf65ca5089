"""Tokenizing in worker processes gives the rows, scores and flags of tokenizing in this one."""

import copy
import pickle

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing
import framing.workers
from framing.analyze import low_confidence_cutoff
from framing.document import Prediction
from framing.engine import Engine, EngineOutput
from framing.errors import InputError
from framing.language import weak_text
from framing.workers import EncoderPool, auto_workers, check_workers

SENTENCES = [
    "The ministry said on Tuesday that the talks had stalled.",
    "• Prosecutors denied the report, calling it baseless.",
    "LONDON (Reuters) - The central bank raised rates by half a point.",
    "Das Ministerium hat den Bericht als haltlos zurückgewiesen.",
    "12345 -- 678",
    "",
    "It is a disgrace that nobody has resigned over this reckless gamble.",
    "政府否认了这一报道。",
    "word " * 400,
]


def corpus(n):
    return [SENTENCES[k % len(SENTENCES)] + (f" Item {k}." if k % 2 else "") for k in range(n)]


@pytest.fixture(scope="module")
def pair(tiny):
    """The tiny model's engine tokenizing on a thread, and one tokenizing in two worker processes."""
    local = Engine(tiny.model, tiny.tokenizer, device="cpu", batch_tokens=4000)
    pooled = Engine(tiny.model, tiny.tokenizer, device="cpu", batch_tokens=4000, tokenizer_workers=2)
    yield local, pooled
    pooled.close()


@pytest.fixture
def small_parts(monkeypatch):
    monkeypatch.setattr("framing.workers.MIN_PART", 3)  # several parts per chunk even for a few sentences


def assert_same_outputs(a: EngineOutput, b: EngineOutput) -> None:
    np.testing.assert_array_equal(a.probs, b.probs)
    np.testing.assert_array_equal(a.truncated, b.truncated)
    for name in ("weak_text",):
        x, y = getattr(a, name), getattr(b, name)
        assert (x is None) == (y is None)
        if x is not None:
            np.testing.assert_array_equal(x, y)
    assert (a.span_tags is None) == (b.span_tags is None)
    if a.span_tags is not None:
        assert len(a.span_tags) == len(b.span_tags)
        for x, y in zip(a.span_tags, b.span_tags):
            np.testing.assert_array_equal(x, y)
        for x, y in zip(a.offsets, b.offsets):
            np.testing.assert_array_equal(x, y)


@pytest.mark.parametrize("with_spans", [False, True])
def test_chunks_in_workers_match_chunks_on_a_thread(pair, small_parts, with_spans):
    local, pooled = pair
    sentences = corpus(40)
    contexts = [None if k % 4 == 0 else " ".join(sentences[max(0, k - 2):k]) or None for k in range(40)]
    chunks = [(sentences[:17], contexts[:17]), (sentences[17:18], contexts[17:18]), ([], []),
              (sentences[18:], None)]
    ours = list(pooled.run_chunks(chunks, with_spans=with_spans, flag_texts=True))
    theirs = list(local.run_chunks(chunks, with_spans=with_spans, flag_texts=True))
    assert [len(o.probs) for o in ours] == [17, 1, 0, 22]
    for a, b in zip(ours, theirs):
        assert_same_outputs(a, b)
    assert ours[0].weak_text is not None and ours[0].weak_text[3] and ours[0].weak_text[4]  # German; no letters


def test_joined_parts_are_the_rows_of_the_whole(tiny):
    engine = Engine(tiny.model, tiny.tokenizer, device="cpu")
    sentences = corpus(23)
    contexts = [" ".join(sentences[max(0, k - 2):k]) or None for k in range(23)]
    whole = engine.encode(sentences, contexts, with_offsets=True, flag_texts=True)
    parts = [engine.encode(sentences[lo:hi], contexts[lo:hi], with_offsets=True, flag_texts=True)
             for lo, hi in ((0, 5), (5, 6), (6, 6), (6, 23))]
    joined = type(whole).concat(parts)
    for k in range(23):  # row by row: ids, segments, lengths and flags
        for enc in (whole, joined):
            assert enc.row_len[k] == whole.row_len[k]
        a = slice(whole.row_start[k], whole.row_start[k] + whole.row_len[k])
        b = slice(joined.row_start[k], joined.row_start[k] + joined.row_len[k])
        np.testing.assert_array_equal(whole.flat_ids[a], joined.flat_ids[b])
        np.testing.assert_array_equal(whole.flat_types[a], joined.flat_types[b])
        np.testing.assert_array_equal(whole.offsets[k], joined.offsets[k])
    for name in ("sentence_len", "truncated", "weak_text"):
        np.testing.assert_array_equal(getattr(whole, name), getattr(joined, name))


def test_classify_with_workers_matches_classify_without(tiny, tiny_dir, small_parts):
    pooled = framing.load(tiny_dir, device="cpu", tokenizer_workers=2)
    try:
        sentences = corpus(50)
        assert pooled.classify(sentences) == tiny.classify(sentences)
        assert pooled.classify(sentences, progress=True) == tiny.classify(sentences)
    finally:
        pooled.engine.close()


def test_a_workers_error_reaches_the_caller(pair, small_parts):
    _, pooled = pair
    with pytest.raises(InputError, match="got 3 sentences but 2 contexts"):
        list(pooled.run_chunks([(corpus(3), ["a", "b"])]))
    # the pool still serves the next call
    assert len(next(pooled.run_chunks([(corpus(3), None)])).probs) == 3


def test_copies_and_pickles_start_their_own_workers(pair, small_parts):
    local, pooled = pair
    sentences = corpus(12)
    expected = local.run(sentences).probs
    np.testing.assert_array_equal(pooled.run(sentences).probs, expected)
    assert pooled._pool is not None
    for clone in (copy.copy(pooled), pickle.loads(pickle.dumps(pooled))):
        assert clone._pool is None and clone.tokenizer_workers == 2
        np.testing.assert_array_equal(clone.run(sentences).probs, expected)
        assert clone._pool is not None and clone._pool is not pooled._pool
        clone.close()
        assert clone._pool is None


def test_close_stops_the_workers_and_a_later_run_starts_them_again(tiny, small_parts):
    engine = Engine(tiny.model, tiny.tokenizer, device="cpu", tokenizer_workers=1)
    engine.run(corpus(6))
    first = engine._pool
    assert first is not None
    engine.close()
    assert engine._pool is None
    with pytest.raises(RuntimeError):  # the stopped pool takes no more work
        first.submit(corpus(2))()
    assert len(engine.run(corpus(6)).probs) == 6 and engine._pool is not None
    engine.close()


@pytest.mark.parametrize("bad", [-1, 1.5, True, "many", None])
def test_workers_must_be_a_count_or_auto(tiny, bad):
    with pytest.raises(InputError, match="tokenizer_workers must be a whole number >= 0 or 'auto'"):
        Engine(tiny.model, tiny.tokenizer, device="cpu", tokenizer_workers=bad)
    with pytest.raises(InputError, match="at least one worker"):
        EncoderPool(tiny.engine.encoder, 0)


def test_auto_workers_uses_none_on_cpu_and_leaves_cores_free_on_cuda(monkeypatch):
    assert check_workers("auto", "cpu") == auto_workers("cpu") == 0
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: set(range(16)), raising=False)
    assert auto_workers("cuda") == 8
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: {0, 1, 2}, raising=False)
    assert auto_workers("cuda") == 1
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: {0}, raising=False)
    assert auto_workers("cuda") == 0


def test_load_options_travel_with_a_pickled_analyzer(tiny_dir):
    analyzer = framing.load(tiny_dir, device="cpu", tokenizer_workers=1)
    clone = pickle.loads(pickle.dumps(analyzer))
    assert clone.engine.tokenizer_workers == 1 and clone.engine.compiled is False


@settings(max_examples=60, deadline=None)
@given(st.integers(2, 6).flatmap(lambda k: st.tuples(
    st.lists(st.lists(st.floats(0.0, 1.0, width=32), min_size=k, max_size=k), min_size=1, max_size=12),
    st.lists(st.booleans(), min_size=12, max_size=12))))
def test_chunk_predictions_are_the_row_by_row_ones(tiny, drawn):
    """The chunk's vectorised predictions equal the per-row ones, ties and cut-off boundaries included
    (for 3 labels the cut-off 5/9 is not a float32)."""
    rows, flags = drawn
    k = len(rows[0])
    analyzer = copy.copy(tiny)
    labels = tuple(f"l{j}" for j in range(k))
    analyzer.model = type("M", (), {"config": type("C", (), {"labels": labels})()})()
    probs = np.array(rows, np.float32)
    probs[0, 0] = np.float32((k + 2) / (3 * k))  # a top probability at the cut-off, rounded to float32
    n = len(probs)
    texts = ["Das ist nicht der Bericht und die Antwort." if f else "The minister said so." for f in flags[:n]]
    out = EngineOutput(probs, np.array(flags[:n]), None, None,
                       np.array([weak_text(t) for t in texts]))
    cutoff = low_confidence_cutoff(k)

    def row_by_row(p, t, text):  # the rule, one row at a time: the top probability as a Python float
        best = int(np.argmax(p))
        return Prediction(labels[best], {label: float(x) for label, x in zip(labels, p)}, bool(t),
                          float(p[best]) < cutoff or weak_text(text))

    assert analyzer._predictions(out) == [row_by_row(p, t, text) for p, t, text in zip(probs, flags[:n], texts)]


def test_the_commands_tokenize_in_workers_with_the_same_results(tiny_dir, tmp_path, small_parts, monkeypatch):
    from framing.cli import main

    path = tmp_path / "s.txt"
    path.write_text("\n".join(corpus(30)[:8]) + "\n", encoding="utf-8")
    outputs, pools = [], []
    real_pool = framing.workers.EncoderPool
    monkeypatch.setattr("framing.engine.EncoderPool", lambda *args: pools.append(real_pool(*args)) or pools[-1])
    for options in ([], ["--tokenizer-workers", "2"]):
        for command in ("classify", "analyze"):
            out = tmp_path / f"{command}{len(options)}.json"
            assert main([command, str(path), "--model", str(tiny_dir), "--device", "cpu", "--quiet",
                         "--out", str(out), *options]) == 0
            outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[:2] == outputs[2:] and all(outputs)
    assert [pool.workers for pool in pools] == [2, 2]  # one pool for each command run with workers


@pytest.mark.parametrize("bad", ["-1", "two", "1.5", ""])
def test_the_commands_refuse_a_bad_worker_count(tiny_dir, tmp_path, capsys, bad):
    from framing.cli import main

    path = tmp_path / "s.txt"
    path.write_text("One.\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        main(["classify", str(path), "--model", str(tiny_dir), "--tokenizer-workers", bad])
    assert exit_info.value.code == 2 and "--tokenizer-workers" in capsys.readouterr().err


@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGKILL"), reason="no SIGKILL on this platform")
def test_a_killed_worker_is_named_and_the_next_call_starts_new_ones(tiny, small_parts):
    import os
    import signal

    from framing.workers import WorkerError

    engine = Engine(tiny.model, tiny.tokenizer, device="cpu", tokenizer_workers=1)
    sentences = corpus(6)
    expected = Engine(tiny.model, tiny.tokenizer, device="cpu").run(sentences).probs
    np.testing.assert_array_equal(engine.run(sentences).probs, expected)
    first = engine._pool
    for pid in list(first._executor._processes):
        os.kill(pid, signal.SIGKILL)
    with pytest.raises(WorkerError, match="tokenizer worker process ended"):
        engine.run(sentences)
    assert first.broken
    np.testing.assert_array_equal(engine.run(sentences).probs, expected)
    assert engine._pool is not first
    engine.close()


def test_workers_start_only_for_a_chunk_worth_sending_out(tiny, monkeypatch):
    monkeypatch.setattr("framing.workers.MIN_PART", 4)
    engine = Engine(tiny.model, tiny.tokenizer, device="cpu", tokenizer_workers=2)
    local = Engine(tiny.model, tiny.tokenizer, device="cpu")
    np.testing.assert_array_equal(engine.run(corpus(7)).probs, local.run(corpus(7)).probs)  # under two parts' worth
    assert engine._pool is None
    np.testing.assert_array_equal(engine.run(corpus(9)).probs, local.run(corpus(9)).probs)
    assert engine._pool is not None
    np.testing.assert_array_equal(engine.run(corpus(2)).probs, local.run(corpus(2)).probs)  # then for any chunk
    engine.close()


def test_threads_sharing_an_engine_start_one_pool_and_replace_a_broken_one_once(tiny, small_parts, monkeypatch):
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    started = []

    class SlowPool:  # a stand-in for the process pool, slow to start as processes are; encodes in this process
        def __init__(self, encoder, workers):
            started.append(self)
            time.sleep(0.2)
            self.encoder, self.broken, self.closed = encoder, False, False

        def submit(self, sentences, contexts=None, with_offsets=False, flag_texts=False):
            assert not self.closed, "a chunk was sent to a stopped pool"
            encoded = self.encoder.encode(sentences, contexts, with_offsets, flag_texts)
            return lambda: encoded

        def close(self):
            self.closed = True

    monkeypatch.setattr("framing.engine.EncoderPool", SlowPool)
    engine = Engine(tiny.model, tiny.tokenizer, device="cpu", tokenizer_workers=2)
    sentences = corpus(8)
    expected = Engine(tiny.model, tiny.tokenizer, device="cpu").run(sentences).probs
    together = threading.Barrier(4)

    def run(_):
        together.wait()
        return engine.run(sentences).probs

    for pools in (1, 2):  # the pool started by four threads at once, then replaced once broken
        with ThreadPoolExecutor(4) as threads:
            for probs in threads.map(run, range(4)):
                np.testing.assert_array_equal(probs, expected)
        assert len(started) == pools and engine._pool is started[-1] and not started[-1].closed
        started[-1].broken = True
    assert started[0].closed


@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGKILL"), reason="no SIGKILL on this platform")
def test_a_worker_killed_between_calls_is_replaced_without_failing_a_call(tiny, small_parts):
    import os
    import signal
    import time

    engine = Engine(tiny.model, tiny.tokenizer, device="cpu", tokenizer_workers=2)
    local = Engine(tiny.model, tiny.tokenizer, device="cpu")
    sentences = corpus(12)
    np.testing.assert_array_equal(engine.run(sentences).probs, local.run(sentences).probs)
    first = engine._pool
    os.kill(next(iter(first._executor._processes)), signal.SIGKILL)
    time.sleep(1.0)  # the pool notices the death while idle
    np.testing.assert_array_equal(engine.run(sentences).probs, local.run(sentences).probs)
    assert engine._pool is not first
    engine.close()


@pytest.mark.parametrize("name", ["SIGINT", "SIGTERM"])  # Ctrl-C; timeout and systemd: every process of the group
def test_workers_leave_ctrl_c_and_sigterm_to_the_main_process(tiny, small_parts, name):
    import os
    import signal

    if not hasattr(signal, name):
        pytest.skip(f"no {name} on this platform")
    engine = Engine(tiny.model, tiny.tokenizer, device="cpu", tokenizer_workers=1)
    sentences = corpus(8)
    engine.run(sentences)
    pool = engine._pool
    workers = list(pool._executor._processes.values())
    for worker in workers:
        os.kill(worker.pid, getattr(signal, name))
    np.testing.assert_array_equal(engine.run(sentences).probs,
                                  Engine(tiny.model, tiny.tokenizer, device="cpu").run(sentences).probs)
    assert engine._pool is pool and not pool.broken
    engine.close()  # the main process stops them
    assert workers and not any(worker.is_alive() for worker in workers)


def test_compile_makes_one_dynamic_graph_at_the_first_batch_and_runs_through_it(tiny, monkeypatch):
    import torch

    calls = []

    def fake_compile(model, **options):
        calls.append(options)

        def run(*args, **kwargs):
            calls.append("forward")
            return model(*args, **kwargs)
        return run

    monkeypatch.setattr(torch, "compile", fake_compile)
    engine = Engine(tiny.model, tiny.tokenizer, device="cpu", compile=True)
    assert calls == [] and engine.compiled  # nothing compiled before the first batch
    sentences = corpus(5)
    np.testing.assert_array_equal(engine.run(sentences).probs,
                                  Engine(tiny.model, tiny.tokenizer, device="cpu").run(sentences).probs)
    engine.run(sentences, with_spans=True)
    assert calls[0] == {"dynamic": True} and calls.count({"dynamic": True}) == 1 and "forward" in calls
    clone = pickle.loads(pickle.dumps(engine))
    assert clone.compiled and clone._compiled_model is None  # a copy compiles its own


def test_threads_sharing_an_engine_compile_the_model_once(tiny, monkeypatch):
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    import torch

    compiled = []

    def slow_compile(model, **options):
        compiled.append(options)
        time.sleep(0.2)
        return model

    monkeypatch.setattr(torch, "compile", slow_compile)
    engine = Engine(tiny.model, tiny.tokenizer, device="cpu", compile=True)
    together = threading.Barrier(4)

    def run(_):
        together.wait()
        return engine.run(corpus(3)).probs

    with ThreadPoolExecutor(4) as threads:
        list(threads.map(run, range(4)))
    assert compiled == [{"dynamic": True}]


@pytest.mark.parametrize("bad", ["yes", 1, None])
def test_compile_must_be_true_or_false_and_not_with_int8(tiny, bad):
    with pytest.raises(TypeError, match="compile must be True or False"):
        Engine(tiny.model, tiny.tokenizer, device="cpu", compile=bad)
    with pytest.raises(InputError, match="compile=True does not apply to precision='int8'"):
        Engine(tiny.model, tiny.tokenizer, device="cpu", compile=True, precision="int8")


def score_rows(out) -> list[dict]:
    import json

    from framing.scale import read_manifest

    rows = []
    for part in read_manifest(out)["parts"]:
        rows += [json.loads(line) for line in (out / part["file"]).read_text(encoding="utf-8").splitlines()]
    return rows


def test_score_tokenizes_its_blocks_in_workers_with_the_same_rows(tiny_dir, tmp_path, small_parts, monkeypatch):
    import json

    from framing.cli import main
    from framing.scale import read_manifest

    source = tmp_path / "corpus.jsonl"
    texts = corpus(40)
    source.write_text("".join(json.dumps({"id": f"d{k}", "text": " ".join(texts[k:k + 3])}) + "\n"
                              for k in range(0, 36, 3)), encoding="utf-8")
    pools = []
    real_pool = framing.workers.EncoderPool
    monkeypatch.setattr("framing.engine.EncoderPool", lambda *args: pools.append(real_pool(*args)) or pools[-1])
    rows, counts = [], []
    for options in ([], ["--tokenizer-workers", "2"]):
        out = tmp_path / f"scores{len(options)}"
        assert main(["score", str(source), "--out", str(out), "--model", str(tiny_dir), "--device", "cpu",
                     "--quiet", "--format", "jsonl", *options]) == 0
        rows.append(score_rows(out))
        counts.append(read_manifest(out)["runtime"]["tokenizer_workers"])
    assert len(rows[0]) > 12 and rows[0] == rows[1]
    assert counts == [0, 2]  # "auto" on CPU is none
    assert [pool.workers for pool in pools] == [2]


def test_score_refuses_tokenizer_workers_it_cannot_use(tiny, tiny_dir, tmp_path, capsys):
    from framing.cli import main
    from framing.scale import score

    source = tmp_path / "corpus.jsonl"
    source.write_text('{"text": "One sentence."}\n', encoding="utf-8")
    with pytest.raises(InputError, match="local engine"):
        score(source, tmp_path / "a", model=str(tiny_dir), engine="ray", tokenizer_workers=2)
    with pytest.raises(InputError, match="tokenizer_workers cannot apply to a loaded Analyzer"):
        score(source, tmp_path / "b", model=tiny, tokenizer_workers=2)
    with pytest.raises(InputError, match="tokenizer_workers must be a whole number"):
        score(source, tmp_path / "c", model=str(tiny_dir), tokenizer_workers=-1)
    assert main(["score", str(source), "--out", str(tmp_path / "d"), "--model", str(tiny_dir), "--engine", "ray",
                 "--tokenizer-workers", "2"]) == 2
    assert "--tokenizer-workers is for the local engine" in capsys.readouterr().err
    assert not any((tmp_path / name).exists() for name in "abcd")


def _ended(pid: int) -> bool:
    """Whether process ``pid`` has ended (gone, or a zombie nobody here can reap)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except FileNotFoundError:
        return True


@pytest.mark.skipif(not __import__("os").path.isdir("/proc/self"), reason="reads /proc")
def test_a_worker_ends_when_the_main_process_ends_without_stopping_it(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    # a main process that starts a worker, then dies at once (SIGKILL, or a SIGTERM nothing handles)
    script = tmp_path / "main.py"
    script.write_text(
        "import multiprocessing, os, signal, sys\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "from framing.workers import _start_worker\n"
        "if __name__ == '__main__':\n"
        "    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context('spawn'),\n"
        "                               initializer=_start_worker, initargs=(None,))\n"
        "    print(pool.submit(os.getpid).result(), flush=True)\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n", encoding="utf-8")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(tmp_path / "stdout.txt", "wb") as stdout:  # a file, not a pipe: the worker would hold a pipe open
        subprocess.run([sys.executable, str(script)], stdout=stdout, timeout=60, env={**os.environ, "PYTHONPATH": root})
    worker = int((tmp_path / "stdout.txt").read_text())
    guard = time.monotonic() + 10
    try:
        while not _ended(worker):
            assert time.monotonic() < guard, "the worker outlived its main process"
            time.sleep(0.05)
    finally:
        if not _ended(worker):
            os.kill(worker, signal.SIGKILL)
