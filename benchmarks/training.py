"""Training throughput and a learning curve on the project corpus.

    python benchmarks/training.py [--device cpu] [--sizes 100 500 all] [--epochs 3] [--json OUT]

For each size, fine-tunes from the verified base encoder (LoRA, the library
defaults) on that many sentences of the written corpus's training split
(stratified sample, fixed seed), selects on its development split, and
scores the held-out test split (4-class macro-F1). Prints examples/s of
training (examples seen per second of the training loop; evaluation and saving excluded).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "models"))

import framing  # noqa: E402
from framing.training import TrainingArguments, fit  # noqa: E402
from train_default import LABELS, SEED, written_splits  # noqa: E402


def sample(examples, n: int, seed: int):
    if n >= len(examples):
        return list(examples)
    by_label: dict[str, list] = {}
    for e in examples:
        by_label.setdefault(e.label, []).append(e)
    rng = random.Random(seed)
    out = []
    for label, items in sorted(by_label.items()):
        out += rng.sample(items, max(2, round(n * len(items) / len(examples))))
    return out[:n]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--sizes", nargs="+", default=["100", "500", "all"])
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--json", default=None)
    opts = parser.parse_args()
    w_train, w_dev, w_test = written_splits()
    rows = []
    for size in opts.sizes:
        n = len(w_train) if size == "all" else int(size)
        train = sample(w_train, n, SEED)
        with tempfile.TemporaryDirectory() as out:
            args = TrainingArguments(epochs=opts.epochs, seed=SEED, device=opts.device, progress=False,
                                     patience=opts.epochs)
            started = time.perf_counter()
            result = fit(train, w_dev, labels=LABELS, base="minilm", output_dir=out, args=args)
            wall = time.perf_counter() - started
            analyzer = framing.load(out, device=opts.device)
            probs = analyzer.predict_proba([e.text for e in w_test], [e.context for e in w_test])
        from framing.metrics import classification_report

        report = classification_report([e.label for e in w_test], probs, LABELS)
        rows.append({"train_examples": len(train), "epochs_run": len(result.history),
                     "examples_per_second": result.examples_per_second, "seconds": wall,
                     "test_macro_f1": report["macro_f1"], "test_accuracy": report["accuracy"]})
        print(json.dumps(rows[-1]), flush=True)
    print(f"\n{'train examples':>15} {'examples/s':>11} {'seconds':>8} {'test macro-F1':>14}")
    for r in rows:
        print(f"{r['train_examples']:>15} {r['examples_per_second']:>11.1f} {r['seconds']:>8.0f} "
              f"{r['test_macro_f1']:>14.3f}")
    if opts.json:
        Path(opts.json).write_text(json.dumps({"device": opts.device, "rows": rows}, indent=2) + "\n")


if __name__ == "__main__":
    main()
