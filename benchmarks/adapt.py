"""Fine-tuning on a user's own labels, side by side: NewsSD-ENG subjectivity (SUBJ / OBJ).

    python benchmarks/adapt.py [--sizes 100 300 all] [--epochs 4] [--device cpu] [--seed 0]
                               [--names SUBJ OBJ] [--shared ../shared/data] [--json OUT]

The third use of framing: a user brings sentences labelled in a scheme of
their own and fine-tunes. For each training size (a stratified sample of
NewsSD-ENG train, fixed seed; ``all`` is the whole split) four systems are
scored on NewsSD-ENG test, which nothing here trains or selects on:

  * from framing: ``framing.train`` starting from the bundled model (a new
    sentence head for the user's two labels, LoRA on its encoder);
  * from minilm: ``framing.train`` starting from the plain base encoder;
  * TF-IDF + logistic regression (scikit-learn) on the same sentences, its
    regularisation chosen on val;
  * the bundled model with no training (zero-shot): editorial_opinion reads
    as the subjective label, every other label as the objective one.

Both fine-tuned runs stop early on validation macro-F1 (NewsSD-ENG val, also
used for calibration) and keep their best epoch. The figures: test macro-F1,
training seconds (wall time of the whole training call: setup, epochs,
validation, calibration, saving) and examples/s (rows passed through
training per second: every epoch's rows for the fine-tuned runs, every fit's
for TF-IDF), and for each size a paired bootstrap of the two fine-tuned
runs' difference on test. ``--names`` gives the two labels the user's own
names (subjective first); nothing else changes.

The bundled model's training data held NewsSD-ENG train as partial labels
(an OBJ sentence as "not editorial_opinion"), so "from framing" and the
zero-shot row have seen these training sentences before; val and test were
never trained on.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import random
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import sklearn
import torch
from sklearn.metrics import f1_score

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import framing  # noqa: E402
from framing.errors import DataError, FramingError, InputError  # noqa: E402
from stored_paths import stored_argv  # noqa: E402

SPLITS = ("train", "val", "test")
NEWSSD_LABELS = ("SUBJ", "OBJ")  # the data's own names, subjective first
COLUMNS = ("sentence", "label")
SYSTEMS = ("zero-shot framing", "tfidf+lr", "from minilm", "from framing")
STARTS = {"from minilm": "minilm", "from framing": "default"}  # framing.train's base=
TFIDF_C = (0.25, 1.0, 4.0, 16.0)
MIN_PER_LABEL = 2  # framing.train wants two rows of each label to learn it


# -- data -------------------------------------------------------------------------------------

def read_split(path: Path, names: Sequence[str]) -> list[dict[str, str]]:
    """The rows of one NewsSD-ENG CSV as ``{"text", "label"}``, SUBJ/OBJ renamed to ``names`` (in that
    order); a missing column, a blank sentence or another label raises ``DataError`` naming the line."""
    rename = dict(zip(NEWSSD_LABELS, names))
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
        if missing:
            raise DataError(f"{path}: no {', '.join(missing)} column (columns: {reader.fieldnames}); "
                            f"NewsSD-ENG files have {', '.join(COLUMNS)}")
        rows = []
        for line, row in enumerate(reader, start=2):
            text, label = (row["sentence"] or "").strip(), row["label"]
            if not text:
                raise DataError(f"{path}, line {line}: the sentence is blank")
            if label not in rename:
                raise DataError(f"{path}, line {line}: label {label!r} is neither of {list(NEWSSD_LABELS)}")
            rows.append({"text": text, "label": rename[label]})
    if not rows:
        raise DataError(f"{path} holds no rows")
    return rows


def read_newssd(shared: Path, names: Sequence[str]) -> dict[str, list[dict[str, str]]]:
    """NewsSD-ENG's train, val and test splits from ``shared/newssd-eng``; a missing file raises
    ``DataError`` naming it."""
    folder = shared / "newssd-eng"
    splits = {}
    for split in SPLITS:
        path = folder / f"{split}.csv"
        if not path.is_file():
            raise DataError(f"{path} not found: NewsSD-ENG's {', '.join(SPLITS)}.csv belong in {folder}")
        splits[split] = read_split(path, names)
    return splits


def stratified_sample(rows: Sequence[dict[str, str]], n: int, seed: int) -> list[dict[str, str]]:
    """``n`` rows keeping the labels' shares (largest remainders), at least ``MIN_PER_LABEL`` of each
    label; all rows when ``n`` reaches their number. The same ``seed`` gives the same sample, in the
    rows' own order."""
    if n >= len(rows):
        return list(rows)
    by_label: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        by_label.setdefault(row["label"], []).append(i)
    if n < MIN_PER_LABEL * len(by_label):
        raise InputError(f"a sample of {n} rows cannot hold {MIN_PER_LABEL} of each of {len(by_label)} labels")
    quotas = _quotas({label: len(idx) for label, idx in by_label.items()}, n)
    rng = random.Random(seed)
    chosen = []
    for label in sorted(by_label):
        chosen += rng.sample(by_label[label], quotas[label])
    return [rows[i] for i in sorted(chosen)]


def _quotas(counts: dict[str, int], n: int) -> dict[str, int]:
    """How many of each label a sample of ``n`` takes: proportional, rounded by largest remainder, then
    raised to ``MIN_PER_LABEL`` (taken from the largest quotas) where a label falls short."""
    total = sum(counts.values())
    exact = {label: n * c / total for label, c in counts.items()}
    quotas = {label: int(x) for label, x in exact.items()}
    for label in sorted(exact, key=lambda k: (quotas[k] - exact[k], k))[: n - sum(quotas.values())]:
        quotas[label] += 1
    for label in sorted(quotas):
        while quotas[label] < min(MIN_PER_LABEL, counts[label]):
            quotas[max(quotas, key=quotas.get)] -= 1
            quotas[label] += 1
    return quotas


def resolve_size(size: int | str, available: int) -> int:
    """A ``--sizes`` entry as a row count: ``all`` (or more rows than there are) is every row."""
    return available if size == "all" else min(int(size), available)


# -- figures ----------------------------------------------------------------------------------

def zero_shot_labels(predicted: Sequence[str], names: Sequence[str]) -> list[str]:
    """The bundled model's labels in the user's two-label scheme: editorial_opinion is the subjective
    label (``names[0]``), every other label the objective one (``names[1]``)."""
    subjective, objective = names
    return [subjective if label == "editorial_opinion" else objective for label in predicted]


def macro_f1(gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> float:
    """Macro-F1 over ``labels`` (a label never predicted scores 0)."""
    return float(f1_score(list(gold), list(predicted), labels=list(labels), average="macro", zero_division=0))


def paired_bootstrap(gold: Sequence[str], a: Sequence[str], b: Sequence[str], labels: Sequence[str],
                     resamples: int = 2000, seed: int = 0) -> dict[str, float]:
    """Macro-F1 of ``b`` minus that of ``a`` on the same sentences, and a 95% interval of it from
    resampling sentences with both systems' predictions paired: an interval that holds zero cannot tell
    them apart."""
    gold, a, b = np.asarray(gold), np.asarray(a), np.asarray(b)
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(gold), size=(resamples, len(gold)))
    spread = _macro_f1_rows(gold[picks], b[picks], labels) - _macro_f1_rows(gold[picks], a[picks], labels)
    low, high = np.percentile(spread, [2.5, 97.5])
    return {"difference": macro_f1(gold, b, labels) - macro_f1(gold, a, labels),
            "low": float(low), "high": float(high), "resamples": resamples}


def _macro_f1_rows(gold: np.ndarray, predicted: np.ndarray, labels: Sequence[str]) -> np.ndarray:
    """Macro-F1 of each row of ``(resamples, n)`` label arrays, vectorised (F1 0 where undefined)."""
    scores = []
    for label in labels:
        truth, guess = gold == label, predicted == label
        tp = (truth & guess).sum(axis=1)
        denominator = truth.sum(axis=1) + guess.sum(axis=1)
        scores.append(np.divide(2 * tp, denominator, out=np.zeros(len(gold)), where=denominator > 0))
    return np.mean(scores, axis=0)


def result_row(system: str, size: int, gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str],
               seconds: float | None = None, examples_per_second: float | None = None,
               **extra: object) -> dict[str, object]:
    """One system's figures at one training size (0 for no training)."""
    return {"system": system, "train_examples": size, "test_macro_f1": macro_f1(gold, predicted, labels),
            "train_seconds": seconds, "examples_per_second": examples_per_second, **extra}


def f1_table(rows: Sequence[dict[str, object]]) -> str:
    """Test macro-F1 side by side: one line per training size, one column per system; the zero-shot
    figure, which needs no training data, on a line of its own."""
    trained = [s for s in SYSTEMS if any(r["system"] == s and r["train_examples"] for r in rows)]
    sizes = sorted({r["train_examples"] for r in rows if r["train_examples"]})
    figure = {(r["system"], r["train_examples"]): r["test_macro_f1"] for r in rows}
    lines = [f"{'train examples':>14}" + "".join(f"{s:>14}" for s in trained)]
    for size in sizes:
        cells = (f"{figure[s, size]:>14.3f}" if (s, size) in figure else f"{'-':>14}" for s in trained)
        lines.append(f"{size:>14}" + "".join(cells))
    for r in rows:
        if not r["train_examples"]:
            lines.append(f"{r['system'] + ' (no training)':>28}: {r['test_macro_f1']:.3f}")
    return "\n".join(lines)


def cost_table(rows: Sequence[dict[str, object]]) -> str:
    """Training seconds and examples/s of every trained run, with the epoch kept and epochs run."""
    lines = [f"{'system':>14} {'train examples':>15} {'train s':>8} {'examples/s':>11} {'best/run epochs':>16}"]
    for r in rows:
        if r["train_examples"]:
            epochs = f"{r['best_epoch']}/{r['epochs_run']}" if "best_epoch" in r else "-"
            lines.append(f"{r['system']:>14} {r['train_examples']:>15} {r['train_seconds']:>8.1f} "
                         f"{r['examples_per_second']:>11.1f} {epochs:>16}")
    return "\n".join(lines)


# -- systems ----------------------------------------------------------------------------------

def run_framing(system: str, train: list[dict], val: list[dict], test: list[dict], names: Sequence[str],
                base: str | Path, epochs: int, seed: int, device: str | None) -> tuple[dict, list[str]]:
    """Fine-tune with ``framing.train`` from ``base`` on ``train`` (early stopping on ``val``), then label
    ``test``: the result row and the predictions."""
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        result = framing.train(train, val, labels=list(names), base=base, output_dir=out, epochs=epochs,
                               seed=seed, device=device, progress=False)
        seconds = time.perf_counter() - started
        predicted = framing.load(out, device=device).predict([r["text"] for r in test])
    row = result_row(system, len(train), [r["label"] for r in test], predicted, names, seconds,
                     result.examples_per_second, best_epoch=result.best_epoch, epochs_run=len(result.history),
                     val_macro_f1=result.metrics["macro_f1"])
    return row, predicted


def run_tfidf(train: list[dict], val: list[dict], test: list[dict], names: Sequence[str]) -> tuple[dict, list[str]]:
    """TF-IDF (word and character n-grams) + logistic regression, its ``C`` chosen from ``TFIDF_C`` on
    ``val`` macro-F1: the result row and the test predictions."""
    started = time.perf_counter()
    fits = {c: _fit_tfidf([r["text"] for r in train], [r["label"] for r in train], c) for c in TFIDF_C}
    val_f1 = {c: macro_f1([r["label"] for r in val], m.predict([r["text"] for r in val]), names)
              for c, m in fits.items()}
    best = max(TFIDF_C, key=lambda c: (val_f1[c], -c))  # a tie goes to the stronger regularisation
    seconds = time.perf_counter() - started
    predicted = list(fits[best].predict([r["text"] for r in test]))
    row = result_row("tfidf+lr", len(train), [r["label"] for r in test], predicted, names, seconds,
                     len(train) * len(TFIDF_C) / seconds, C=best, val_macro_f1=val_f1[best])
    return row, predicted


def _fit_tfidf(texts: list[str], labels: list[str], c: float):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)
    model = make_pipeline(make_union(words, chars),
                          LogisticRegression(C=c, max_iter=2000, class_weight="balanced"))
    return model.fit(texts, labels)


def run_zero_shot(test: list[dict], names: Sequence[str], device: str | None) -> tuple[dict, list[str]]:
    """The bundled model without training, its labels mapped by :func:`zero_shot_labels`."""
    analyzer = framing.load(None, device=device)
    predicted = zero_shot_labels(analyzer.predict([r["text"] for r in test]), names)
    return result_row("zero-shot framing", 0, [r["label"] for r in test], predicted, names), predicted


# -- the run ----------------------------------------------------------------------------------

def size_arg(text: str) -> int | str:
    """A ``--sizes`` entry: ``all`` or a whole number of at least two rows per label."""
    if text == "all":
        return text
    if not text.isdigit() or int(text) < MIN_PER_LABEL * len(NEWSSD_LABELS):
        raise argparse.ArgumentTypeError(f"a size is 'all' or a whole number ≥ {MIN_PER_LABEL * len(NEWSSD_LABELS)} "
                                         f"(two rows of each label), got {text!r}")
    return text


def whole_number_arg(text: str) -> int:
    """An ``--epochs`` or ``--seed`` value: a whole number (``--epochs`` must also be ≥ 1, checked after)."""
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"expected a whole number ≥ 0, got {text!r}")
    return int(text)


def names_problem(names: Sequence[str]) -> str | None:
    """Why ``--names`` cannot name the two labels (the same name twice, a blank name), or ``None``."""
    if len(set(names)) != len(names) or any(not name.strip() for name in names):
        return f"--names takes two different, non-blank label names (subjective first), got {list(names)}"
    return None


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="+", type=size_arg, default=["100", "300", "all"],
                        help="training sizes: whole numbers or 'all' (default: 100 300 all)")
    parser.add_argument("--epochs", type=whole_number_arg, default=4,
                        help="at most this many epochs per fine-tuning run, as framing.train's default (default 4)")
    parser.add_argument("--device", default="cpu", help="cpu, cuda or cuda:N (default cpu)")
    parser.add_argument("--seed", type=whole_number_arg, default=0, help="seed of the samples and the training runs")
    parser.add_argument("--names", nargs=2, default=list(NEWSSD_LABELS), metavar=("SUBJECTIVE", "OBJECTIVE"),
                        help="the user's names for SUBJ and OBJ (default: SUBJ OBJ)")
    parser.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"),
                        help="the shared data folder holding newssd-eng/ (default: ../shared/data)")
    parser.add_argument("--json", default=None, help="write the figures to this file")
    opts = parser.parse_args(argv)
    if opts.epochs < 1:
        parser.error(f"--epochs must be ≥ 1, got {opts.epochs}")
    if names_problem(opts.names):
        parser.error(names_problem(opts.names))
    return opts


def run(opts: argparse.Namespace, report: Callable[[str], None] = print) -> dict:
    """Every system at every size; returns the JSON-ready results."""
    names = opts.names
    started = time.perf_counter()
    data = read_newssd(Path(opts.shared), names)
    test_gold = [r["label"] for r in data["test"]]
    rows, comparisons = [], []
    row, _ = run_zero_shot(data["test"], names, opts.device)
    rows.append(row)
    report(json.dumps(row))
    for n in sorted({resolve_size(s, len(data["train"])) for s in opts.sizes}):
        train = stratified_sample(data["train"], n, opts.seed)
        row, _ = run_tfidf(train, data["val"], data["test"], names)
        rows.append(row)
        report(json.dumps(row))
        predictions = {}
        for system, base in STARTS.items():
            row, predictions[system] = run_framing(system, train, data["val"], data["test"], names, base,
                                                   opts.epochs, opts.seed, opts.device)
            rows.append(row)
            report(json.dumps(row))
        comparisons.append({"train_examples": n, "from framing - from minilm": paired_bootstrap(
            test_gold, predictions["from minilm"], predictions["from framing"], names, seed=opts.seed)})
    return {"device": opts.device, "epochs": opts.epochs, "seed": opts.seed, "names": names,
            "data": {split: {"rows": len(r), "labels": {name: sum(x["label"] == name for x in r) for name in names}}
                     for split, r in data.items()},
            "rows": rows, "comparisons": comparisons, "seconds": time.perf_counter() - started,
            "torch_threads": torch.get_num_threads(),
            "versions": {"framing": framing.__version__, "torch": torch.__version__,
                         "scikit-learn": sklearn.__version__}}


def comparison_lines(comparisons: Sequence[dict]) -> str:
    """Each size's paired difference, from framing minus from minilm, with its 95% interval."""
    lines = []
    for c in comparisons:
        d = c["from framing - from minilm"]
        lines.append(f"{c['train_examples']:>6} examples: from framing - from minilm {d['difference']:+.3f} "
                     f"[{d['low']:+.3f}, {d['high']:+.3f}]")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    opts = parse_args(argv)
    shared = Path(opts.shared)
    if not shared.is_dir():
        sys.exit(f"{shared} not found: NewsSD-ENG is read from {shared / 'newssd-eng'} (give --shared PATH)")
    logging.basicConfig(level=logging.WARNING)
    try:
        results = run(opts)
    except FramingError as error:
        sys.exit(str(error))
    given = list(argv if argv is not None else sys.argv[1:])
    results["command"] = " ".join(["python benchmarks/adapt.py", *stored_argv(given)])  # no folder of this machine
    print(f"\ntest macro-F1 (NewsSD-ENG test, {results['data']['test']['rows']} sentences)")
    print(f1_table(results["rows"]))
    print("\n" + cost_table(results["rows"]))
    print("\npaired bootstrap on test (95% interval)\n" + comparison_lines(results["comparisons"]))
    print(f"\nwhole run {results['seconds']:.0f} s on {results['device']}")
    if opts.json:
        Path(opts.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
