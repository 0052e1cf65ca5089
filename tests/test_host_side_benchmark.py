"""benchmarks/host_side.py: its stand-in forward pass gives what the host side must then process."""

from conftest import load_benchmark


def test_the_corpus_is_reproducible_and_news_sized():
    bench = load_benchmark("host_side")
    docs = bench.corpus(30, seed=4)
    assert docs == bench.corpus(30, seed=4) and docs != bench.corpus(30, seed=5)
    assert all(docs) and len(docs) == 30


def test_the_stand_in_forward_gives_sentences_spans_of_every_kind_to_decode(tiny):
    bench = load_benchmark("host_side")
    engine = tiny.engine
    real = engine._forward
    engine._forward = bench.stand_in_forward(engine)
    try:
        docs = list(tiny.analyze_many(bench.corpus(5, seed=1)))
    finally:
        engine._forward = real
    sentences = [s for d in docs for s in d.sentences]
    assert len(sentences) >= 40
    # a run may land inside a word, which the span rules then drop or widen, but spans are the rule
    assert {span.type for s in sentences for span in s.spans} >= {"source", "cue", "content"}
    assert sum(len(s.spans) for s in sentences) >= 2 * len(sentences)
    assert all(s.label in tiny.labels and max(s.scores.values()) > 0.5 for s in sentences)
    # the label follows the row's length, so the corpus gets more than one label
    assert len({s.label for s in sentences}) > 1
