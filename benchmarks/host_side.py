"""Host-side cost of analysis: everything outside the model's forward pass.

On a fast GPU the forward pass takes a few microseconds per sentence, so
segmenting, tokenizing, decoding spans, building the profile and writing
rows bound the end-to-end rate. This benchmark replaces the model's forward
pass with a stand-in that costs next to nothing (sentence logits from the
row's length, span logits that tag a source, a cue and a content run in
every sentence) and times ``Analyzer.analyze_many`` over a generated corpus,
with and without the profile, on one thread, then ``Analyzer.classify`` on
the corpus's sentences. With ``--tokenizer-workers N`` it also times
``classify`` with N worker processes tokenizing: the CPU time left in the
main process is what bounds the rate one process can feed a GPU when the
workers have cores of their own (wall time on this machine, whose cores
the workers share, is printed too).

    python benchmarks/host_side.py [--docs 2000] [--code DIR] [--tokenizer-workers N] [--json OUT]

``--code DIR`` imports framing from another checkout (say, an older commit
in a ``git worktree``), so that two versions of the code can be timed on the
same corpus and machine one after the other.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SUBJECTS = ["The ministry", "A spokesperson for Halvard Bank", "Officials in Norbridge", "The central bank",
            "Prosecutors", "Opposition leader Mara Lind", "Residents of the district", "The regulator",
            "Professor Priya Osei", "The football club", "Researchers at Kestoria University", "The union"]
VERBS = ["said on Tuesday that", "announced that", "denied reports that", "warned that", "confirmed that",
         "told reporters that", "argued in a statement that", "rejected claims that"]
CLAUSES = ["the new rules would take effect next month", "negotiations had stalled over funding",
           "more than 40 people were injured in the incident", "the budget deficit widened to 3.2 percent",
           "the investigation found no evidence of wrongdoing", "prices rose sharply in the first quarter",
           "the agreement was a reckless gamble with public money", "the offices were set up to help citizens"]
OPINIONS = ["It is a shameful episode.", "Nobody should be fooled by this brazen manoeuvre.",
            "The decision was long overdue.", "Voters deserve far better than this."]


def corpus(n: int, seed: int = 0) -> list[str]:
    """``n`` news-like documents of 8 to 20 sentences, reproducible from ``seed``."""
    rng = random.Random(seed)
    docs = []
    for _ in range(n):
        sentences = [f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(CLAUSES)}." if rng.random() < 0.8
                     else rng.choice(OPINIONS) for _ in range(rng.randint(8, 20))]
        docs.append(" ".join(sentences))
    return docs


def stand_in_forward(engine):
    """A forward pass of next to no cost with outputs of the model's shapes."""
    import torch

    labels, types = len(engine.config.labels), len(engine.config.span_types)

    def forward(tensors, with_spans):
        ids = tensors["input_ids"]
        batch, width = ids.shape
        logits = torch.zeros(batch, labels)
        logits[torch.arange(batch), tensors["attention_mask"].sum(1) % labels] = 3.0
        if not with_spans:
            return logits, None
        spans = torch.zeros(batch, width, types, 3)
        spans[..., 0] = 4.0  # O everywhere, then a source, a cue and a content run
        for kind, first, last in ((0, 1, 2), (1, 3, 3), (2, 4, width - 3)):
            if kind < types and first <= last:
                spans[:, first, kind, 1] = 8.0
                spans[:, first + 1:last + 1, kind, 2] = 8.0
        return logits, spans

    return forward


def timed(analyzer, docs: list[str], profile: bool) -> dict[str, float]:
    gc.collect()  # the garbage of the run before is not this run's to collect
    start = time.process_time()
    sentences = sum(len(d.sentences) for d in analyzer.analyze_many(docs, profile=profile))
    seconds = time.process_time() - start
    return {"sentences": sentences, "cpu_seconds": round(seconds, 3),
            "us_per_sentence": round(1e6 * seconds / sentences, 1),
            "sentences_per_cpu_second": round(sentences / seconds)}


def timed_classify(analyzer, sentences: list[str]) -> dict[str, float]:
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    labelled = len(analyzer.classify(sentences, check_sentences=False))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"sentences": labelled, "main_process_us_per_sentence": round(1e6 * cpu / labelled, 1),
            "wall_us_per_sentence": round(1e6 * wall / labelled, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--code", default=str(ROOT), help="the checkout to import framing from")
    parser.add_argument("--tokenizer-workers", type=int, default=0,
                        help="also time classify with this many worker processes tokenizing")
    parser.add_argument("--json", default=None)
    opts = parser.parse_args()
    sys.path.insert(0, str(Path(opts.code).resolve()))
    import torch

    import framing

    torch.set_num_threads(1)
    analyzer = framing.load(None, device="cpu")
    analyzer.engine._forward = stand_in_forward(analyzer.engine)
    docs = corpus(opts.docs)
    analyzer.analyze(docs[0])  # warm up
    results = {"code": str(Path(framing.__file__).resolve().parent), "documents": len(docs),
               "with_profile": timed(analyzer, docs, True), "without_profile": timed(analyzer, docs, False)}
    for key in ("with_profile", "without_profile"):
        r = results[key]
        print(f"{key:<16} {r['sentences']} sentences, {r['us_per_sentence']} µs CPU per sentence "
              f"({r['sentences_per_cpu_second']:,} sentences per CPU second)")
    from framing.segment import split_sentences

    sentences = [doc[start:end] for doc in docs for start, end in split_sentences(doc)]
    analyzer.classify(sentences[:2000], check_sentences=False)  # warm up
    results["classify"] = timed_classify(analyzer, sentences)
    if opts.tokenizer_workers:
        pooled = framing.load(None, device="cpu", tokenizer_workers=opts.tokenizer_workers)
        pooled.engine._forward = stand_in_forward(pooled.engine)
        pooled.classify(sentences[:20000], check_sentences=False)  # workers started
        results[f"classify_{opts.tokenizer_workers}_workers"] = timed_classify(pooled, sentences)
        pooled.engine.close()
    for key in [k for k in results if k.startswith("classify")]:
        r = results[key]
        print(f"{key:<19} {r['sentences']} sentences, {r['main_process_us_per_sentence']} µs CPU per sentence "
              f"in the main process, {r['wall_us_per_sentence']} µs wall")
    if opts.json:
        Path(opts.json).write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
