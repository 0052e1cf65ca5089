"""The engine's token budget: no model batch holds more padded tokens than ``batch_tokens``."""

import numpy as np
import pytest

from framing.engine import Engine

WORDS = ["the", "minister", "said", "budget", "rose", "sharply", "denied", "report", "on", "Tuesday", "."]


def sentences(lengths):
    return [" ".join(WORDS[(i + k) % len(WORDS)] for k in range(n)) for i, n in enumerate(lengths)]


def spied(engine, monkeypatch):
    """The ``(rows, padded width)`` of every batch the engine runs through the model."""
    shapes = []
    real = engine._forward

    def forward(tensors, with_spans):
        shapes.append(tuple(tensors["input_ids"].shape))
        return real(tensors, with_spans)

    monkeypatch.setattr(engine, "_forward", forward)
    return shapes


@pytest.mark.parametrize("budget", [40, 100, 256, 1000])
@pytest.mark.parametrize("with_contexts", [False, True])
def test_batches_stay_within_the_token_budget(tiny, monkeypatch, budget, with_contexts):
    lengths = [3, 60, 7, 25, 1, 44, 12, 90, 5, 30, 18, 2, 70, 9, 15, 33] * 2
    texts = sentences(lengths)
    contexts = sentences(lengths[::-1]) if with_contexts else None
    engine = Engine(tiny.model, tiny.tokenizer, device="cpu", batch_tokens=budget)
    shapes = spied(engine, monkeypatch)
    probs = engine.run(texts, contexts).probs
    assert sum(rows for rows, _ in shapes) == len(texts) and probs.shape == (len(texts), len(tiny.labels))
    for rows, width in shapes:
        assert rows * width <= budget or rows == 1, (rows, width, budget)  # one row alone may exceed it
    assert max(rows for rows, _ in shapes) > 1  # short rows share a batch
    reference = Engine(tiny.model, tiny.tokenizer, device="cpu", batch_tokens=100_000)
    np.testing.assert_allclose(probs, reference.run(texts, contexts).probs, atol=1e-5)


def test_a_budget_that_holds_everything_runs_one_batch(tiny, monkeypatch):
    texts = sentences([3, 60, 7, 25, 1])
    engine = Engine(tiny.model, tiny.tokenizer, device="cpu", batch_tokens=100_000)
    shapes = spied(engine, monkeypatch)
    engine.run(texts)
    assert len(shapes) == 1 and shapes[0][0] == len(texts)
