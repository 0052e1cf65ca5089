"""Engine correctness: order restored, OOM split, rows assembled right."""

import logging

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

import framing.engine
from framing.engine import Engine

WORDS = ["the", "minister", "said", "budget", "rose", "sharply", "denied", "report", "on", "Tuesday", "."]


def make_sentences(lengths):
    return [" ".join(WORDS[(i + k) % len(WORDS)] for k in range(n)) for i, n in enumerate(lengths)]


BUDGETS = (64, 128, 300, 1000, 5000)


@pytest.fixture(scope="module")
def engines(tiny):
    """One engine per token budget, built once for every example; 100000 holds any example in one batch."""
    return {budget: Engine(tiny.model, tiny.tokenizer, device="cpu", batch_tokens=budget)
            for budget in (*BUDGETS, 100000)}


@pytest.fixture(scope="module")
def alone(engines):
    """Each sentence's scores run on its own, remembered: examples share most of their sentences."""
    cache = {}

    def scores(sentence):
        if sentence not in cache:
            cache[sentence] = engines[100000].run([sentence]).probs[0]
        return cache[sentence]

    return scores


@settings(max_examples=10, deadline=None)
@given(st.lists(st.integers(1, 60), min_size=1, max_size=40))
def test_order_restored_with_any_lengths_and_budgets(engines, alone, lengths):
    sentences = make_sentences(lengths)
    reference = engines[100000].run(sentences).probs
    for budget in BUDGETS:  # every budget on every example: one batch of rows to one per batch
        np.testing.assert_allclose(engines[budget].run(sentences).probs, reference, atol=1e-5, err_msg=str(budget))
    np.testing.assert_allclose(np.stack([alone(s) for s in sentences[:5]]), reference[:5], atol=1e-5)


def test_out_of_memory_splits_the_batch_and_keeps_results(tiny, monkeypatch, caplog):
    sentences = make_sentences([5, 40, 12, 33, 8, 21, 2, 17])
    engine = Engine(tiny.model, tiny.tokenizer, device="cpu", batch_tokens=100000)
    expected = engine.run(sentences).probs
    real_forward = engine._forward
    calls, failures = [], []

    def flaky(tensors, with_spans):  # a device that holds 100 tokens a batch
        rows, width = tensors["input_ids"].shape
        calls.append(rows)
        if rows * width > 100:
            failures.append(rows)
            raise torch.cuda.OutOfMemoryError("injected")
        return real_forward(tensors, with_spans)

    monkeypatch.setattr(engine, "_forward", flaky)
    with caplog.at_level(logging.WARNING, logger="framing.engine"):
        got = engine.run(sentences).probs
    np.testing.assert_allclose(got, expected, atol=1e-5)
    assert calls[0] == 8 and failures and len(got) == 8
    assert caplog.text.count("CUDA out of memory") == 1  # one warning, however often the budget is lowered
    # the budget learnt from the failures: the next run plans batches that fit and fails no more
    failures.clear()
    np.testing.assert_allclose(engine.run(sentences).probs, expected, atol=1e-5)
    assert failures == [] and engine.batch_tokens <= 100


def test_out_of_memory_on_two_threads_lowers_the_shared_budget_to_the_lower_one(tiny, monkeypatch, caplog):
    import threading

    engine = Engine(tiny.model, tiny.tokenizer, device="cpu", batch_tokens=1000)
    failed, first_logging = set(), threading.Event()

    def flaky(tensors, with_spans):  # each thread's first batch runs out of memory
        rows = tensors["input_ids"].shape[0]
        if threading.current_thread() not in failed:
            failed.add(threading.current_thread())
            raise torch.cuda.OutOfMemoryError("injected")
        return torch.zeros(rows, len(engine.config.labels)), None

    class SlowLog(logging.LoggerAdapter):  # the first thread is still logging when the second runs out of memory
        def log(self, level, msg, *args, **kwargs):
            if threading.current_thread().name == "big":
                first_logging.set()
                threading.Event().wait(0.5)
            super().log(level, msg, *args, **kwargs)

    def batch(rows, width):
        return {"input_ids": torch.zeros(rows, width, dtype=torch.long)}

    monkeypatch.setattr(engine, "_forward", flaky)
    monkeypatch.setattr("framing.engine.logger", SlowLog(logging.getLogger("framing.engine"), {}))
    big = threading.Thread(target=engine._guarded_forward, args=(batch(6, 160), False), name="big")
    small = threading.Thread(target=lambda: first_logging.wait(5) and engine._guarded_forward(batch(6, 100), False))
    with caplog.at_level(logging.INFO, logger="framing.engine"):
        big.start()
        small.start()
        big.join()
        small.join()
    assert engine.batch_tokens == 300  # 6 rows of 100 tokens failed: not raised back to 480 by the other thread
    assert [r.levelname for r in caplog.records if "CUDA out of memory" in r.getMessage()] == ["WARNING", "INFO"]


def test_out_of_memory_on_a_single_row_propagates(tiny, monkeypatch):
    engine = Engine(tiny.model, tiny.tokenizer, device="cpu")

    def always(tensors, with_spans):
        raise torch.cuda.OutOfMemoryError("injected")

    monkeypatch.setattr(engine, "_forward", always)
    with pytest.raises(torch.cuda.OutOfMemoryError):
        engine.run(["One sentence."])


def test_rows_are_cls_sentence_sep_context_sep(tiny):
    engine = Engine(tiny.model, tiny.tokenizer, device="cpu")
    enc = engine.encode(["The minister spoke.", "Prices rose."], ["Earlier context here.", None])
    tok = tiny.tokenizer
    ids, mask, types = enc.padded(np.arange(2), tok.pad_token_id)
    row0 = ids[0][mask[0] == 1].tolist()
    expected0 = tok("The minister spoke.", "Earlier context here.")["input_ids"]
    assert row0 == expected0
    assert types[0][mask[0] == 1].tolist() == tok("The minister spoke.", "Earlier context here.")["token_type_ids"]
    assert ids[1][mask[1] == 1].tolist() == tok("Prices rose.")["input_ids"]
    assert ids.shape[1] % 8 == 0


def test_context_is_cut_before_the_sentence(tiny):
    engine = Engine(tiny.model, tiny.tokenizer, device="cpu")
    limit = tiny.model.config.max_length
    enc = engine.encode(["word " * (limit - 10)], ["context " * 500])
    assert enc.row_len[0] <= limit
    assert enc.sentence_len[0] == limit - 10 and not enc.truncated[0]


def test_a_sentence_cut_by_the_character_clip_is_flagged_truncated(tiny):
    # long words are few tokens but many characters: the clip before tokenizing cuts too, and says so
    from framing.encoding import CHARS_PER_TOKEN_CAP

    engine = Engine(tiny.model, tiny.tokenizer, device="cpu")
    cap = tiny.model.config.max_length * CHARS_PER_TOKEN_CAP
    head = "The ministry said " + " ".join("a" * 120 for _ in range(cap // 121 + 1))
    enc = engine.encode([head + " it was a sham.", head[:cap - 20], "• " + head[:cap - 2]])
    assert enc.sentence_len[0] + 2 < tiny.model.config.max_length  # the token window alone would not flag it
    assert enc.truncated.tolist() == [True, False, False]  # a list mark is not counted against the clip


def test_errors_in_the_tokenizer_thread_reach_the_caller(tiny):
    engine = Engine(tiny.model, tiny.tokenizer, device="cpu")

    def chunks():
        yield ["fine"], None
        raise RuntimeError("reader broke")

    with pytest.raises(RuntimeError, match="reader broke"):
        list(engine.run_chunks(chunks()))


class _InterruptedStop(framing.engine.ThreadPoolExecutor):
    """The engine's tokenizer thread, on which Ctrl-C (or SIGTERM) lands while it is being stopped."""

    def shutdown(self, *args, **kwargs):
        super().shutdown(*args, **kwargs)
        raise KeyboardInterrupt


@pytest.mark.parametrize("leave", [
    "engine.run",
    "analyze",
    "analyze_many",
    "analyze_many (checked)",
    "analyze_many (as_tuples)",
])
def test_an_interrupt_while_the_tokenizer_thread_stops_reaches_the_caller(tiny, monkeypatch, leave):
    """A stream left before its end is closed where it is left, not by the garbage collector, which would
    only print the KeyboardInterrupt ("Exception ignored in ...") and let the command run on and exit 0."""
    monkeypatch.setattr(framing.engine, "ThreadPoolExecutor", _InterruptedStop)
    texts = ["The mayor said the bridge would reopen. It did not.", "Rain fell on Tuesday."]
    with pytest.raises(KeyboardInterrupt):
        if leave == "engine.run":
            tiny.engine.run(["The mayor said the bridge would reopen."])
        elif leave == "analyze":
            tiny.analyze(texts[0])
        else:
            docs = tiny.analyze_many([(t, k) for k, t in enumerate(texts)] if "tuples" in leave else texts,
                                     check_markup="checked" in leave, as_tuples="tuples" in leave)
            next(docs)
            docs.close()


def test_bad_device_and_precision(tiny):
    with pytest.raises(ValueError, match="device"):
        Engine(tiny.model, tiny.tokenizer, device="tpu")
    with pytest.raises(ValueError, match="precision"):
        Engine(tiny.model, tiny.tokenizer, device="cpu", precision="fp8")


def test_threads_sharing_one_analyzer_get_what_one_thread_gets(tiny):
    from concurrent.futures import ThreadPoolExecutor

    texts = [f"The ministry denied report {k}. Critics said it was brazen. Prices rose {k} percent." for k in range(12)]
    alone = [tiny.analyze(t).to_dict() for t in texts]
    with ThreadPoolExecutor(3) as pool:
        shared = list(pool.map(lambda t: tiny.analyze(t).to_dict(), texts * 2))
    assert shared == alone * 2


def test_host_side_sentence_lengths_match_what_the_model_would_count(tiny):
    """The engine hands the span head each row's [CLS] sentence [SEP] length from the host; it must be
    the count the model takes from the mask, for rows with and without context and for cut sentences."""
    from framing.engine import _Prefetcher
    from framing.model import FramingModel, ModelConfig, build_encoder

    from conftest import TINY_ENCODER

    engine = Engine(tiny.model, tiny.tokenizer, device="cpu")
    sentences = make_sentences([5, 40, 300, 12, 1])
    contexts = ["Some context.", None, "A context.", "A longer context here. " * 40, None]
    enc = engine.encode(sentences, contexts, with_offsets=True)
    assert enc.truncated.any()
    (rows, tensors), = list(_Prefetcher(engine, enc, np.arange(len(sentences)), [(0, len(sentences))]))
    first = tensors["attention_mask"] * (1 - tensors["token_type_ids"])
    assert tensors["sentence_lengths"].tolist() == first.sum(1).tolist()
    torch.manual_seed(0)
    config = ModelConfig(labels=("a", "b"), base="random", encoder_config=dict(TINY_ENCODER), span_head="bilstm")
    model = FramingModel(config, build_encoder(config)).eval()
    lengths = tensors.pop("sentence_lengths")
    with torch.no_grad():
        _, counted = model(**tensors)
        _, given = model(**tensors, sentence_lengths=lengths)
    torch.testing.assert_close(given, counted)


def test_chunks_are_read_on_the_calling_thread_and_only_tokenized_on_the_side(tiny):
    import threading

    engine = Engine(tiny.model, tiny.tokenizer, device="cpu")
    readers = []

    def chunks():
        for k in range(4):
            readers.append(threading.current_thread())
            yield [f"The harbour closed on day {k}.", "Fishermen said it was unfair."], None

    outputs = list(engine.run_chunks(chunks()))
    assert readers == [threading.current_thread()] * 4
    single = engine.run(["The harbour closed on day 3.", "Fishermen said it was unfair."])
    np.testing.assert_allclose(outputs[3].probs, single.probs, atol=1e-6)


def _first_label(job):
    analyzer, text = job
    return analyzer.analyze(text).sentences[0].label


def test_a_worker_forked_after_the_parent_ran_the_model_does_not_hang(tiny):
    """torch's OpenMP pool does not survive fork: a child running ops on several threads hung in it."""
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("this platform cannot fork")
    expected = tiny.analyze("The regulator denied the claim.").sentences[0].label  # the parent runs the model
    with multiprocessing.get_context("fork").Pool(1) as pool:
        got = pool.map_async(_first_label, [(tiny, "The regulator denied the claim.")]).get(timeout=120)
    assert got == [expected]
