"""Throughput: framing's engine against the Hugging Face pipeline, one run, same data.

Prints sentences/s, tokens/s, the pipeline's rate at several batch sizes and
the engine's ratio to the best of them, the engine's own peak host RSS and
GPU memory (read right after its run, before any other model is loaded), and
label agreement of the faster precisions with the fp32 engine; also the rate
of tokenizing alone, of the model path on pre-tokenized rows and of the bare
sentence forward pass (no span head, rows of the corpus's mean padded width),
which show which side bounds the end-to-end rate.

    python benchmarks/throughput.py --device cpu                  # 3,000 sentences
    python benchmarks/throughput.py --device cuda --n 200000      # H200 run

On CUDA the engine is also timed with worker processes tokenizing
(``tokenizer_workers="auto"``) and with those and ``compile=True`` (``--no-compile``
leaves that run out); each run's start-up (load, workers, compilation,
warm-up) is printed beside its rate. 
On CPU the engine is timed at fp32 (the default) and at int8 (dynamic
quantisation). The corpus is generated (news-length sentences, ~25 tokens on average), or
``--real`` reads NewsSD-ENG and PolNeAR sentences from ../shared/data. The
pipeline baseline is a BertForSequenceClassification with the same base
encoder (all-MiniLM-L6-v2), timed at batch sizes 1, 8 and 64 on CPU (fp32)
and 64 and 256 on GPU (fp32 and fp16), so that the engine meets the
pipeline at its best setting; it is timed on ``--pipeline-n`` sentences,
since its rate, not its total, is what is compared. ``--repeats R`` times
each engine and pipeline setting R times and keeps the fastest run of each,
for a machine whose speed drifts between runs.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import framing  # noqa: E402
from framing.base import base_encoder_dir  # noqa: E402

SUBJECTS = ["The ministry", "A spokesperson for the company", "Officials in the capital", "The central bank",
            "Prosecutors", "The opposition leader", "Residents of the district", "The regulator",
            "A senior diplomat", "The football club", "Researchers at the university", "The union"]
VERBS = ["said on Tuesday that", "announced that", "denied reports that", "warned that", "confirmed that",
         "told reporters that", "argued in a statement that", "rejected claims that"]
CLAUSES = ["the new rules would take effect next month", "negotiations had stalled over funding",
           "more than 40 people were injured in the incident", "the budget deficit widened to 3.2 percent",
           "the investigation found no evidence of wrongdoing", "prices rose sharply in the first quarter",
           "the agreement was a reckless gamble with public money", "the offices were set up to help citizens",
           "the vote had been postponed until after the summer recess", "the data breach affected 1.2 million accounts"]
TAILS = ["", " after weeks of mounting pressure", ", according to documents seen by reporters",
         " in a move that surprised analysts", " despite strong objections from neighbouring countries"]


def generated(n: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    return [f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(CLAUSES)}{rng.choice(TAILS)}."
            + (f" {rng.choice(CLAUSES).capitalize()}." if rng.random() < 0.3 else "")
            for _ in range(n)]


def real(n: int, shared: Path) -> list[str]:
    import csv

    from framing.segment import split_sentences

    out = [row["sentence"] for split in ("train", "val")
           for row in csv.DictReader((shared / "newssd-eng" / f"{split}.csv").open(encoding="utf-8"))]
    for line in (shared / "polnear" / "train.jsonl").open(encoding="utf-8"):
        text = json.loads(line)["text"]
        out += [text[s:e] for s, e in split_sentences(text)]
        if len(out) >= n:
            break
    return out[:n]


#: Timed runs of each engine and pipeline setting; the fastest counts (``--repeats``). Every setting gets
#: the same number, so a noisy machine slows neither side more than the other.
REPEATS = 1


def best_of(fn, *args):
    """``fn(*args)``'s result and its shortest time over :data:`REPEATS` runs."""
    runs = [timed(fn, *args) for _ in range(REPEATS)]
    return runs[0][0], min(seconds for _, seconds in runs)


def timed(fn, *args):
    if torch.cuda.is_available():
        torch.cuda.synchronize()
    start = time.perf_counter()
    result = fn(*args)
    if torch.cuda.is_available():
        torch.cuda.synchronize()
    return result, time.perf_counter() - start


def pipeline_rate(sentences: list[str], device: str, dtype: torch.dtype, batch_size: int) -> float:
    from transformers import AutoTokenizer, BertForSequenceClassification, pipeline
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    base = str(base_encoder_dir())
    model = BertForSequenceClassification.from_pretrained(base, num_labels=4, dtype=dtype)
    pipe = pipeline("text-classification", model=model, tokenizer=AutoTokenizer.from_pretrained(base),
                    device=0 if device == "cuda" else -1, batch_size=batch_size)
    pipe(sentences[: batch_size * 2])
    _, seconds = best_of(lambda: pipe(sentences))
    return len(sentences) / seconds


def forward_only(analyzer, width: int, n_batches: int = 20) -> float:
    """Sentences/s of the bare sentence forward pass (no span head, as in ``classify``) on pre-padded
    rows of ``width`` tokens, as many rows as the engine's token budget allows."""
    model = analyzer.model
    rows = max(1, analyzer.engine.batch_tokens // width)
    ids = torch.randint(1000, 20000, (rows, width), device=analyzer.device)
    mask = torch.ones_like(ids)
    types = torch.zeros_like(ids)
    cuda = analyzer.device.type == "cuda"
    with torch.inference_mode(), torch.autocast(analyzer.device.type, dtype=analyzer.engine.dtype,
                                                enabled=analyzer.engine.dtype != torch.float32):
        for _ in range(3):
            model(ids, mask, types, with_spans=False)
        if cuda:
            torch.cuda.synchronize()
        start = time.perf_counter()
        for _ in range(n_batches):
            model(ids, mask, types, with_spans=False)
        if cuda:
            torch.cuda.synchronize()
    return rows * n_batches / (time.perf_counter() - start)


def forward_on_batches(analyzer, sentences: list[str], repeats: int = 2) -> float:
    """Sentences/s of the engine's own forward calls alone (compiled if the engine compiles) on the
    corpus's token-budget batches, built and copied to the device beforehand: the rate the GPU gives when
    nothing on the host holds it up."""
    from framing.engine import _token_budget_batches

    engine = analyzer.engine
    enc = engine.encode(sentences)
    order = np.argsort(-enc.row_len, kind="stable")
    batches = []
    for lo, hi in _token_budget_batches(enc.row_len[order], engine.batch_tokens):
        ids, mask, types = enc.padded(order[lo:hi], engine.encoder.pad_id, engine.pad_multiple)
        batches.append({"input_ids": torch.from_numpy(ids).to(engine.device),
                        "attention_mask": torch.from_numpy(mask).to(engine.device),
                        "token_type_ids": torch.from_numpy(types).to(engine.device)})
    for tensors in batches:  # warm-up: every shape once
        engine._forward(tensors, with_spans=False)
    _, seconds = timed(lambda: [engine._forward(t, with_spans=False) for t in batches for _ in range(repeats)])
    return len(sentences) * repeats / seconds


def engine_run(opts, sentences: list[str], figures: dict, name: str, **options) -> tuple[list[str], object]:
    """Load the model with ``options``, warm it up, and time ``classify`` on ``sentences``: its rate (and,
    for the first run, its peaks, read before anything else is loaded) go into ``figures`` under ``name``."""
    started = time.perf_counter()
    analyzer = framing.load(opts.model, device=opts.device, **options)
    # warm-up: workers, compiled shapes
    analyzer.classify(sentences[:20000 if opts.device.startswith("cuda") else 2000])
    figures[f"{name}_startup_s"] = time.perf_counter() - started
    cuda = opts.device.startswith("cuda")
    if cuda:
        torch.cuda.reset_peak_memory_stats()
    predictions, seconds = best_of(analyzer.classify, sentences)
    figures[f"{name}_sentences_per_s"] = len(sentences) / seconds
    figures[f"{name}_tokens_per_s"] = figures["tokens"] / seconds
    if "engine_peak_rss_mib" not in figures:
        if cuda:
            figures["engine_peak_gpu_memory_mib"] = torch.cuda.max_memory_allocated() / 2**20
        figures["engine_peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return [p.label for p in predictions], analyzer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--model", default=None, help="model folder (default: the bundled model)")
    parser.add_argument("--n", type=int, default=3000, help="sentences for the engine")
    parser.add_argument("--pipeline-n", type=int, default=None, help="sentences for the pipeline (default: --n)")
    parser.add_argument("--real", action="store_true", help="real sentences from ../shared/data")
    parser.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--no-compile", action="store_true", help="on CUDA, leave out the torch.compile runs")
    parser.add_argument("--repeats", type=int, default=1,
                        help="timed runs of each engine and pipeline setting, the fastest kept (default 1)")
    parser.add_argument("--json", default=None, help="also write the figures to this file")
    opts = parser.parse_args()
    global REPEATS
    REPEATS = max(1, opts.repeats)
    warnings.filterwarnings("ignore")
    torch.manual_seed(0)

    if opts.real and not Path(opts.shared).is_dir():
        parser.error(f"{opts.shared} not found: --real reads NewsSD-ENG and PolNeAR sentences from there")
    sentences = real(opts.n, Path(opts.shared)) if opts.real else generated(opts.n)
    pipe_sentences = sentences[: opts.pipeline_n or len(sentences)]
    cuda = opts.device.startswith("cuda")
    figures: dict[str, object] = {"device": torch.cuda.get_device_name(0) if cuda
                                  else f"CPU ({torch.get_num_threads()} threads)",
                                  "sentences": len(sentences), "pipeline_sentences": len(pipe_sentences),
                                  "repeats": REPEATS}

    # The library's defaults first (bf16 on CUDA, fp32 on CPU, tokenizing on a side thread), its peaks read
    # before anything else loads.
    analyzer = framing.load(opts.model, device=opts.device)
    encoded = analyzer.engine.encode(sentences)
    figures["tokens"] = tokens = int(encoded.row_len.sum())
    figures["mean_tokens"] = tokens / len(sentences)
    mean_width = int(-(-figures["mean_tokens"] // 8) * 8)
    del encoded, analyzer
    labels, analyzer = engine_run(opts, sentences, figures, "engine")
    figures["engine_precision"] = str(analyzer.engine.dtype).replace("torch.", "")

    # Where the time goes: tokenizing alone, the model path (batching, copies, forward, results) on rows
    # already tokenized, the engine's forward calls alone on its batches, and the bare forward pass on
    # rows of the corpus's mean padded width.
    encoded, seconds = timed(analyzer.engine.encode, sentences)
    figures["tokenize_only_sentences_per_s"] = len(sentences) / seconds
    _, seconds = timed(analyzer.engine.forward, encoded)
    figures["model_path_on_tokenized_sentences_per_s"] = len(sentences) / seconds
    figures["forward_on_engine_batches_sentences_per_s"] = forward_on_batches(analyzer, sentences)
    figures[f"forward_only_width_{mean_width}_sentences_per_s"] = forward_only(analyzer, mean_width)
    del analyzer, encoded

    best_labels = labels
    if cuda:
        # Worker processes tokenizing (tokenizer_workers="auto"), then the same with the model compiled.
        from framing.workers import auto_workers

        figures["workers_auto"] = auto_workers("cuda")
        best_labels, analyzer = engine_run(opts, sentences, figures, "engine_workers", tokenizer_workers="auto")
        figures["engine_workers_agreement_with_default"] = float(np.mean([a == b for a, b in zip(labels, best_labels)]))
        analyzer.engine.close()
        del analyzer
        try:
            if opts.no_compile:
                raise RuntimeError("left out (--no-compile)")
            compiled_labels, analyzer = engine_run(opts, sentences, figures, "engine_workers_compiled",
                                                   tokenizer_workers="auto", compile=True)
            figures["forward_on_engine_batches_compiled_sentences_per_s"] = forward_on_batches(analyzer, sentences)
            analyzer.engine.close()
            del analyzer
            if figures["engine_workers_compiled_sentences_per_s"] > figures["engine_workers_sentences_per_s"]:
                best_labels = compiled_labels
            figures["engine_compiled_agreement_with_default"] = float(
                np.mean([a == b for a, b in zip(labels, compiled_labels)]))
        except Exception as exc:  # a compiler that fails on this machine: the other figures still count
            figures["engine_workers_compiled"] = f"not measured: {type(exc).__name__}: {str(exc)[:300]}"

    # Agreement of the faster precision with fp32: int8 on CPU against the default run above; on CUDA the
    # fastest run's bf16 labels against an fp32 run on the first 20,000 sentences.
    if cuda:
        check = sentences[: min(len(sentences), 20000)]
        fp32 = [p.label for p in framing.load(opts.model, device=opts.device, precision="fp32").classify(check)]
        figures["engine_agreement_with_fp32"] = float(np.mean([a == b for a, b in zip(labels, fp32)]))
        figures["fastest_agreement_with_fp32"] = float(np.mean([a == b for a, b in zip(best_labels, fp32)]))
        figures["agreement_sentences"] = len(check)
    else:
        analyzer = framing.load(opts.model, device=opts.device, precision="int8")
        analyzer.classify(sentences[:2000])  # warm-up
        predictions, seconds = best_of(analyzer.classify, sentences)
        figures["engine_int8_sentences_per_s"] = len(sentences) / seconds
        figures["engine_int8_agreement_with_fp32"] = float(np.mean([p.label == r for p, r in zip(predictions, labels)]))
        del analyzer

    settings = [(torch.float32, 64), (torch.float16, 64), (torch.float16, 256)] if cuda else \
        [(torch.float32, 1), (torch.float32, 8), (torch.float32, 64)]
    rates = {}
    for dtype, batch in settings:
        name = f"pipeline_{str(dtype).replace('torch.float', 'fp')}_b{batch}_sentences_per_s"
        rates[name] = figures[name] = pipeline_rate(pipe_sentences, opts.device, dtype, batch)
    best = max(rates, key=rates.get)
    figures["pipeline_best"] = best.removeprefix("pipeline_").removesuffix("_sentences_per_s")
    for run in ("engine", "engine_workers", "engine_workers_compiled", "engine_int8"):
        if f"{run}_sentences_per_s" in figures:
            figures[f"{run}_ratio_vs_best_pipeline"] = figures[f"{run}_sentences_per_s"] / rates[best]
            if "pipeline_fp32_b64_sentences_per_s" in rates:
                figures[f"{run}_ratio_vs_fp32_b64_pipeline"] = (figures[f"{run}_sentences_per_s"]
                                                                / rates["pipeline_fp32_b64_sentences_per_s"])

    width = max(len(k) for k in figures)
    for key, value in figures.items():
        print(f"{key:<{width}}  {value:,.3f}" if isinstance(value, float) else f"{key:<{width}}  {value}")
    if opts.json:
        Path(opts.json).write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
