"""Two models' sentence-label figures side by side, with paired bootstrap intervals of the difference.

    python benchmarks/compare_models.py A_DIR B_DIR [--shared ../shared/data] [--resamples 2000] [--json OUT]

Made for ablations (e.g. the recipe with and without the span-tag loss):
the same evaluation sets as ``accuracy.py`` (real news 4-class, NewsSD-ENG
test, PolNeAR test speech, the written held-out split), each model's figure,
B minus A, and a 95% interval of that difference from resampling whole
documents (sentences for NewsSD, which has no documents) with both models'
predictions paired. An interval that holds zero means the sets cannot tell
the two apart.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.metrics import f1_score

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "models"))

import framing  # noqa: E402
from framing.corpora import real_labels  # noqa: E402
from train_default import written_splits  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from accuracy import macro_f1, polnear_test_sentences  # noqa: E402
from stored_paths import stored_path  # noqa: E402

LABELS = framing.LABELS


def eval_sets(shared: Path, context_sentences: int = 1) -> dict[str, dict]:
    """Each set: texts, contexts (of ``context_sentences`` sentences), gold, document ids, and how a
    label list turns into the set's figure."""
    sets = {}
    real = real_labels(ROOT / "corpus" / "real", shared, split="eval", context_sentences=context_sentences)
    sets["real_4class_macro_f1"] = dict(
        texts=[e.text for e in real], contexts=[e.context for e in real], gold=[e.label for e in real],
        docs=[e.group for e in real], score=lambda g, p: macro_f1(g, p, LABELS))
    rows = list(csv.DictReader((shared / "newssd-eng" / "test.csv").open(encoding="utf-8")))
    sets["newssd_test_macro_f1"] = dict(
        texts=[r["sentence"] for r in rows], contexts=[None] * len(rows),
        gold=["SUBJ" if r["label"] == "SUBJ" else "OBJ" for r in rows], docs=list(range(len(rows))),
        score=lambda g, p: macro_f1(g, np.where(p == "editorial_opinion", "SUBJ", "OBJ"), ("OBJ", "SUBJ")))
    texts, contexts, gold, docs = polnear_test_sentences(shared, context_sentences)
    sets["polnear_test_speech_f1"] = dict(
        texts=texts, contexts=contexts, gold=gold, docs=docs,
        score=lambda g, p: float(f1_score(g, np.isin(p, ["attributed_claim", "official_denial"]))))
    test = written_splits(context_sentences=context_sentences)[2]
    sets["written_test_macro_f1"] = dict(
        texts=[e.text for e in test], contexts=[e.context for e in test], gold=[e.label for e in test],
        docs=[e.group for e in test], score=lambda g, p: macro_f1(g, p, LABELS))
    return sets


def paired_interval(spec: dict, a: np.ndarray, b: np.ndarray, resamples: int, seed: int = 0) -> tuple[float, float]:
    """95% interval of score(B) - score(A) over document resamples."""
    by_doc = defaultdict(list)
    for i, doc in enumerate(spec["docs"]):
        by_doc[doc].append(i)
    groups = [np.asarray(v) for v in by_doc.values()]
    gold = np.asarray(spec["gold"])
    rng = np.random.default_rng(seed)
    diffs = []
    for _ in range(resamples):
        rows = np.concatenate([groups[k] for k in rng.integers(0, len(groups), len(groups))])
        diffs.append(spec["score"](gold[rows], b[rows]) - spec["score"](gold[rows], a[rows]))
    low, high = np.percentile(diffs, [2.5, 97.5])
    return float(low), float(high)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("a")
    parser.add_argument("b")
    parser.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--resamples", type=int, default=2000)
    parser.add_argument("--json", default=None)
    opts = parser.parse_args()
    shared = Path(opts.shared)
    if not shared.is_dir():
        sys.exit(f"{shared} not found: the evaluation sets live there")
    predictions = {}
    for key, path in (("a", opts.a), ("b", opts.b)):
        analyzer = framing.load(path, device="cpu")
        labels = np.asarray(analyzer.labels)
        # each model reads contexts of as many sentences as it was trained on; the rest is the same
        sets = eval_sets(shared, analyzer.model.config.context_sentences)
        predictions[key] = {name: labels[analyzer.predict_proba(spec["texts"], spec["contexts"]).argmax(axis=1)]
                            for name, spec in sets.items()}
    results = {"a": stored_path(opts.a), "b": stored_path(opts.b), "resamples": opts.resamples, "sets": {}}
    print(f"A = {opts.a}\nB = {opts.b}")
    print(f"{'set':<26} {'A':>7} {'B':>7} {'B-A':>8}   95% interval of B-A")
    for name, spec in sets.items():
        gold = np.asarray(spec["gold"])
        a, b = predictions["a"][name], predictions["b"][name]
        fa, fb = spec["score"](gold, a), spec["score"](gold, b)
        low, high = paired_interval(spec, a, b, opts.resamples)
        results["sets"][name] = {"a": fa, "b": fb, "difference": fb - fa, "interval95": [low, high],
                                 "sentences": len(gold), "documents": len(set(spec["docs"]))}
        print(f"{name:<26} {fa:7.4f} {fb:7.4f} {fb - fa:+8.4f}   [{low:+.4f}, {high:+.4f}]")
    if opts.json:
        Path(opts.json).write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
