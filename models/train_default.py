"""Reproduce the bundled default model from the repository (and ../shared when present).

Data:
  * the project's written corpus (corpus/written), split by article into
    train / dev / test (test is never used for training or selection);
  * the project's labels of real sentences (corpus/real, split "train"),
    split into train / dev by document (BASIL: by event, since its three
    outlets' articles on one event share facts and quotes), each document
    drawn by a hash of its id so that labelling more never moves one across
    (``--stage1-legacy-split`` moves them unless ``--split-frozen-at`` pins
    its draw, see ``real_splits``); the "eval" split
    is never used. Public data from development documents is left out too;
  * partial labels from the shared corpora's training splits: NewsSD-ENG
    SUBJ/OBJ, BABE opinion labels and biased words, BASIL lexical spans,
    PolNeAR attributions (sentence-level "speech or not" and span tags).

Recipe: LoRA (rank 16) on all-MiniLM-L6-v2 with the sentence and span
heads, fixed seed, early stopping on development macro-F1, temperature
scaling on the development split. Without ../shared the recipe trains on
the written corpus alone.

The defaults are stage 1's settings, except that the bundled model's stage 1
reads two sentences of context and runs 6 epochs in batches of up to 128 rows
(on one H200 shared with two other runs, five minutes;
``benchmarks/results/h200_rebuild_A.log`` is its log).

Stage 2 (``--refine MODEL_DIR``) continues a stage-1 model on real copy:
every real labelled training sentence plus a fixed-seed slice of the written
corpus and of the public span-annotated sentences (so neither skill is
forgotten), a new LoRA stacked on the old one, selection and temperature on
the real development split alone. It is light enough for a CPU. v4 to v6
used ``--epochs 4 --learning-rate 3e-4`` with class re-weighting
(v3's settings, chosen on v3's development split: 0.746 against 0.731 for
v2's ``--epochs 3 --no-class-weights``), ``--stage1-legacy-split 3142``,
since its stage 1 was trained before the hash-drawn split existed, and
``--split-frozen-at 6557``, which keeps v3's development documents where
they were (v4 added labelling rounds 4 and 5; on the pinned split 0.713
against 0.687 for v3's stage 2, a comparison that favours v4, since v3
chose many of the added sentences as hard for itself; on v3's own 1,045
development sentences 0.756 against 0.746). ``--real-first 6557`` with the same options
rebuilds v3's stage 2. The bundled model (v7) has no stage 2: with every real
label in stage 1, stage 2 no longer raised the development figure.

Stage 3 (``--span-head MODEL_DIR``) gives a model a new span head — a small
BiLSTM over the last layer's and layer 3's token states — trained on the
frozen model's cached token states (PolNeAR ``train`` source/cue/content, a
sample of 12,000 sentences or with ``--span-polnear-all`` every one,
BASIL and BABE loaded words outside quotes, the written corpus's training
split and the loaded-wording supplement ``corpus/loaded``), the best epoch
chosen on 10% of the documents held out, and each span type's decision
threshold then set on those documents. The encoder and sentence head are
not touched, so sentence labels stay as they were. The new head's figures
on the written development split then become the model's validation span
figures (``record_span_validation``), which the card shows.

The bundled model (v7), stage by stage:

    python models/train_default.py --device cuda --bundled-dev-split --context-sentences 2 --epochs 6 \
        --max-batch-rows 128 --out STAGE1
    python models/train_default.py --span-head STAGE1 --out framing/default_model --epochs 4 --device cpu \
        --span-polnear-all

v6, the model before it: ``--real-first 3142 --legacy-split`` for stage 1, then ``--refine STAGE1
--stage1-legacy-split 3142 --split-frozen-at 6557 --context-sentences 2 --epochs 4 --learning-rate 3e-4``
for stage 2, then stage 3 as above.

Other options: [--shared ../shared/data] [--quick] (see --help).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import logging
import random
import re
import sys
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from framing.corpora import real_labels, shared_examples, written_corpus  # noqa: E402
from framing.data import Example  # noqa: E402
from framing.model import MAX_CONTEXT_SENTENCES  # noqa: E402
from framing.segment import split_sentences  # noqa: E402
from framing.training import TrainingArguments, fit  # noqa: E402

LABELS = ("reported_fact", "attributed_claim", "official_denial", "editorial_opinion")
SEED = 13
DEV_SHARE = 0.15  # of the real labels' documents (BASIL: events), for the development split
BUNDLED_STAGE1_FIRST = 3142  # real labels the bundled stage 1 was trained with (labelling round 1)
BUNDLED_SPLIT_FROZEN_AT = 6557  # the bundled stage 2's --split-frozen-at (labels after rounds 1-3)


def split_groups(examples: list[Example], fractions: tuple[float, ...], seed: int,
                 key: Callable[[str], str] = str) -> list[list[Example]]:
    """Split examples by ``key(group)`` (a document by default) into consecutive fractions of the keys,
    in a shuffled order that depends on every key present."""
    groups = sorted({key(e.group) for e in examples})
    random.Random(seed).shuffle(groups)
    cuts, total, acc = [], len(groups), 0.0
    for f in fractions:
        acc += f
        cuts.append(round(acc * total))
    assignment, lo = {}, 0
    for part, hi in enumerate(cuts):
        for g in groups[lo:hi]:
            assignment[g] = part
        lo = hi
    parts: list[list[Example]] = [[] for _ in fractions]
    for e in examples:
        parts[assignment.get(key(e.group), len(fractions) - 1)].append(e)
    return parts


def written_splits(seed: int = SEED, context_sentences: int = 1) -> tuple[list[Example], list[Example], list[Example]]:
    """The written corpus's train / dev / test parts (by article: 80/10/10), each sentence with the
    ``context_sentences`` before it as context."""
    written = written_corpus(ROOT / "corpus" / "written", context_sentences)
    return tuple(split_groups(written, (0.8, 0.1, 0.1), seed))  # type: ignore


def loaded_supplement(context_sentences: int = 1) -> list[Example]:
    """Articles written to teach the writer's loaded wording (``corpus/loaded``); only stage 3 reads them,
    so the written corpus's splits, which stages 1 and 2 and the evaluation use, stay as they were."""
    return written_corpus(ROOT / "corpus" / "loaded", context_sentences)


def context_sentences_of(model_dir: str | Path) -> int:
    """How many sentences of context the saved model at ``model_dir`` reads."""
    config = json.loads((Path(model_dir) / "config.json").read_text(encoding="utf-8"))
    return int(config.get("context_sentences", 1))


def split_key(group: str) -> str:
    """What a split must keep on one side: a document, or for BASIL the event that its three outlets'
    articles report (sibling articles share most of their facts and quotes)."""
    corpus, _, doc = group.partition(":")
    return f"basil:{doc.rsplit('_', 1)[0]}" if corpus == "basil" else group


def hash_draw(key: str, share: float) -> bool:
    """True for about ``share`` of keys, by a hash of ``key``: stable and order-free, so a document stays on
    its side of a split however many labels exist."""
    return int.from_bytes(hashlib.sha1(key.encode("utf-8")).digest()[:4], "big") < share * 2 ** 32


def legacy_split(real: list[Example]) -> tuple[list[Example], list[Example]]:
    """The real labels' split as the bundled stage 1 drew it: the last 15% of a seeded shuffle of the
    documents present (so it moves whenever labels are added)."""
    train, dev = split_groups(real, (0.85, 0.15), SEED)
    return train, dev


def real_splits(real: list[Example], legacy_stage1: int | None = None,
                frozen_at: int | None = None) -> tuple[list[Example], list[Example]]:
    """The real labels' train / development parts, by :func:`split_key` drawn with :func:`hash_draw`.

    ``legacy_stage1=N``: the stage-1 model being refined was trained on the older split (the first N
    labels, 85/15 by document in shuffled order). Documents it trained on would be scored by a model
    that has learnt them, so the development split is drawn from the other documents alone, with a
    larger share so that it still holds about ``DEV_SHARE`` of the sentences. That share depends on how
    many labels exist, so on this path more labels can move a document across; and the old stage 1 saw
    the public partial labels of every document, development ones included.

    ``frozen_at=M`` (with ``legacy_stage1``) stops that: the share is worked out on the first M labels
    and applies to the documents they hold, and documents first labelled later are drawn at
    ``DEV_SHARE`` like any other, so a model trained on the split of the first M labels never finds its
    training documents in the development split of a larger set."""
    if frozen_at is not None and not legacy_stage1:
        raise ValueError("frozen_at pins the legacy_stage1 draw: give legacy_stage1 too")
    keys = [split_key(e.group) for e in real]
    share, trained, earlier = DEV_SHARE, set(), set(keys)
    if legacy_stage1:
        trained = {split_key(e.group) for e in legacy_split(real[:legacy_stage1])[0]}
        base = keys[:frozen_at]  # all of them when not frozen
        earlier = set(base)
        unseen = sum(k not in trained for k in base)
        share = min(1.0, DEV_SHARE * len(base) / unseen) if unseen else 0.0
    dev_keys = {k for k in keys if k not in trained and hash_draw(k, share if k in earlier else DEV_SHARE)}
    train = [e for e, k in zip(real, keys) if k not in dev_keys]
    dev = [e for e, k in zip(real, keys) if k in dev_keys]
    return train, dev


def held_out_groups(shared: Path, groups: set[str]) -> set[str]:
    """``groups`` widened to every BASIL article of their events, for leaving out of the public data."""
    keys = {split_key(g) for g in groups if g.startswith("basil:")}
    out = set(groups)
    basil = shared / "basil" / "basil.jsonl"
    if basil.is_file() and keys:
        for line in basil.open(encoding="utf-8"):
            group = f"basil:{json.loads(line)['id']}"
            if split_key(group) in keys:
                out.add(group)
    return out


def eval_exclusions(shared: Path) -> set[str]:
    """Shared-corpus groups that hold evaluation sentences: never train on them."""
    path = ROOT / "corpus" / "real" / "eval.jsonl"
    if not path.is_file():
        return set()
    groups = {f"{r['corpus']}:{r['doc']}" for r in map(json.loads, path.open(encoding="utf-8"))}
    return held_out_groups(shared, groups)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--out", default=str(ROOT / "framing" / "default_model"))
    parser.add_argument("--device", default=None)
    parser.add_argument("--epochs", type=int, default=None,
                        help="at most this many epochs (default 10; 1 with --quick)")
    parser.add_argument("--batch-tokens", type=int, default=4096)
    parser.add_argument("--real-weight", type=float, default=2.0, help="loss weight of real labelled sentences")
    parser.add_argument("--written-weight", type=float, default=1.0, help="loss weight of written sentences")
    parser.add_argument("--public-scale", type=float, default=1.0, help="scales the public partial labels' weights")
    parser.add_argument("--no-class-weights", dest="class_weights", action="store_false",
                        help="do not re-weight classes by (square-root) inverse frequency")
    parser.add_argument("--max-batch-rows", type=int, default=64)
    parser.add_argument("--overwrite", action="store_true", help="stages 1 and 2: replace a model already in --out")
    parser.add_argument("--quick", action="store_true",
                        help="tiny subset and, unless --epochs is given, one epoch: for checking the recipe runs")
    parser.add_argument("--real-first", type=int, default=None, metavar="N",
                        help="use only the first N real training labels (the bundled model's stage 1 "
                             "used 3142: labelling round 1)")
    stage = parser.add_mutually_exclusive_group()
    stage.add_argument("--refine", default=None, metavar="MODEL_DIR",
                       help="stage 2: continue MODEL_DIR on real copy (see the module docstring)")
    parser.add_argument("--refine-written", type=int, default=1000, help="stage 2: written sentences kept")
    parser.add_argument("--refine-public", type=int, default=1500, help="stage 2: public span sentences kept")
    parser.add_argument("--context-swaps", type=int, default=0, metavar="N",
                        help="stage 2: add N real non-denial sentences read after another document's denial "
                             "(see context_swaps; tried in session 11 on v6 with 1500, not adopted)")
    parser.add_argument("--stage1-legacy-split", type=int, default=None, metavar="N",
                        help="stage 2: the --refine model was trained on the first N real labels with the older "
                             "shuffled by-document split (the bundled stage 1: 3142); keep its training "
                             "documents out of the development split")
    parser.add_argument("--split-frozen-at", type=int, default=None, metavar="M",
                        help="stage 2 with --stage1-legacy-split: draw the development split of the documents "
                             "in the first M real labels as it was drawn when there were M (v3: 6557), and "
                             "documents labelled later at the usual share, so adding labels moves no document")
    parser.add_argument("--bundled-dev-split", action="store_true",
                        help="stages 1 and 2: draw the real development split as the bundled model's stage 2 drew "
                             "it (--stage1-legacy-split 3142 --split-frozen-at 6557: documents neither of its "
                             "stages trained on), so a rebuild from scratch is compared with it on the same sentences")
    parser.add_argument("--max-minutes", type=float, default=None, metavar="T",
                        help="stages 1 and 2: stop after the epoch that leaves too little of T minutes for "
                             "another (the best epoch is kept as usual)")
    parser.add_argument("--legacy-split", action="store_true",
                        help="stage 1: split the real labels as the bundled stage 1 did (the last 15%% of a "
                             "seeded shuffle of the documents present; public data minus evaluation documents "
                             "only), to reproduce it")
    parser.add_argument("--real-train-share", type=float, default=1.0, metavar="F",
                        help="train on a share of the real training documents (drawn by hash; the development "
                             "split stays as it is), for learning curves")
    parser.add_argument("--learning-rate", type=float, default=None)
    parser.add_argument("--lora-rank", type=int, default=16, metavar="R",
                        help="stages 1 and 2: rank of the LoRA update (alpha is twice the rank, as for the "
                             "bundled rank 16); rank 64 keeps the bundled weights under 15 MB")
    parser.add_argument("--context-sentences", type=int, default=None, metavar="K",
                        help="stages 1 and 2: sentences of context the model reads (default: --refine's model's, "
                             "else 1; the bundled stage 2: 2); stage 3 takes its model's")
    parser.add_argument("--train-seed", type=int, default=SEED, metavar="N",
                        help="seed of training alone (initialisation, batch order, dropout); the splits and data "
                             "samples keep seed 13, so runs differing only here measure seed-to-seed spread")
    parser.add_argument("--span-layers", type=lambda v: tuple(int(k) for k in v.split(",") if k), default=(3,),
                        metavar="K[,K...]", help="stage 3: encoder layers the span head reads beside the last")
    parser.add_argument("--span-polnear-all", action="store_true",
                        help="stage 3: train on every PolNeAR training sentence, not a sample of 12,000 "
                             "(the held-out documents stay the same)")
    parser.add_argument("--cue-from", choices=("all", "polnear"), default="all",
                        help="stage 3: learn cue tags from every span source, or from PolNeAR's alone")
    parser.add_argument("--span-weight", type=float, default=0.5,
                        help="weight of the span-tag loss beside the sentence loss (0: no span training, "
                             "the ablation that shows what the span task costs or gives the sentence labels)")
    stage.add_argument("--span-head", default=None, metavar="MODEL_DIR",
                       help="stage 3: a new BiLSTM span head on MODEL_DIR's frozen encoder (see the docstring)")
    opts = parser.parse_args()
    if opts.epochs is None:
        opts.epochs = 1 if opts.quick else 10  # --quick checks that the recipe runs, not what it learns
    given = dict(vars(opts))  # recorded as given: --bundled-dev-split fills in the split options below
    if not 0 < opts.real_train_share <= 1:
        parser.error(f"--real-train-share must be in (0, 1], got {opts.real_train_share}")
    if opts.max_minutes is not None and not 0 < opts.max_minutes < float("inf"):
        parser.error(f"--max-minutes must be a finite number > 0, got {opts.max_minutes}")
    if opts.max_minutes is not None and opts.span_head:
        parser.error("--max-minutes is for stages 1 and 2; stage 3 (--span-head) takes --epochs alone")
    if opts.bundled_dev_split:
        if opts.span_head or opts.legacy_split or any(value is not None for value in (
                opts.stage1_legacy_split, opts.split_frozen_at, opts.real_first)):
            parser.error("--bundled-dev-split is for stages 1 and 2 and sets the split itself: drop --span-head, "
                         "--legacy-split, --stage1-legacy-split, --split-frozen-at and --real-first")
        opts.stage1_legacy_split, opts.split_frozen_at = BUNDLED_STAGE1_FIRST, BUNDLED_SPLIT_FROZEN_AT
    if opts.stage1_legacy_split is not None:
        if not (opts.refine or opts.bundled_dev_split):
            parser.error("--stage1-legacy-split describes the model that --refine continues: give --refine too")
        if opts.stage1_legacy_split < 1:
            parser.error(f"--stage1-legacy-split must be >= 1, got {opts.stage1_legacy_split}")
        if opts.real_first is not None and opts.real_first < opts.stage1_legacy_split:
            parser.error("--real-first below --stage1-legacy-split would rebuild another split than stage 1's")
    if opts.context_swaps < 0:
        parser.error(f"--context-swaps must be >= 0, got {opts.context_swaps}")
    if opts.context_swaps and not opts.refine:
        parser.error("--context-swaps is for stage 2: give --refine too")
    if opts.span_polnear_all and not opts.span_head:
        parser.error("--span-polnear-all is for stage 3: give --span-head too")
    if opts.split_frozen_at is not None:
        if opts.stage1_legacy_split is None:
            parser.error("--split-frozen-at fixes the --stage1-legacy-split draw: give --stage1-legacy-split too")
        if opts.split_frozen_at < opts.stage1_legacy_split:
            parser.error("--split-frozen-at must be at least --stage1-legacy-split")
    if opts.legacy_split and (opts.refine or opts.span_head):
        parser.error("--legacy-split is for stage 1; stage 2 takes --stage1-legacy-split N")
    started = opts.refine or opts.span_head
    if started and not (Path(started) / "config.json").is_file():
        parser.error(f"{started}: not a framing model folder (no config.json)")
    if opts.context_sentences is None:
        opts.context_sentences = context_sentences_of(started) if started else 1
    elif opts.span_head:
        parser.error("--context-sentences is for stages 1 and 2; stage 3 takes its model's")
    if not 1 <= opts.context_sentences <= MAX_CONTEXT_SENTENCES:
        parser.error(f"--context-sentences must be from 1 to {MAX_CONTEXT_SENTENCES}, got {opts.context_sentences}")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    shared = Path(opts.shared)
    if opts.span_head:
        return span_stage(opts, shared)
    w_train, w_dev, w_test = written_splits(context_sentences=opts.context_sentences)
    for e in w_train:
        e.weight = opts.written_weight
    train, dev = list(w_train), list(w_dev)
    r_dev: list[Example] = []
    notes = [f"Written corpus: {len(w_train)} train / {len(w_dev)} dev / {len(w_test)} held-out test sentences "
             "(split by article)."]
    if shared.is_dir():
        real = real_labels(ROOT / "corpus" / "real", shared, split="train",
                           context_sentences=opts.context_sentences)[:opts.real_first]
        if opts.stage1_legacy_split and opts.stage1_legacy_split > len(real):
            parser.error(f"--stage1-legacy-split {opts.stage1_legacy_split}: only {len(real)} real labels")
        if opts.split_frozen_at and opts.split_frozen_at > len(real):
            parser.error(f"--split-frozen-at {opts.split_frozen_at}: only {len(real)} real labels")
        if opts.legacy_split:
            r_train, r_dev = legacy_split(real)
        else:
            r_train, r_dev = real_splits(real, opts.stage1_legacy_split, opts.split_frozen_at)
        if opts.real_train_share < 1:
            r_train = [e for e in r_train if hash_draw("share:" + split_key(e.group), opts.real_train_share)]
        # Real copy is what the model is for: weigh it above written text.
        for e in r_train:
            e.weight = opts.real_weight
        train += r_train
        dev += r_dev
        # The public partial labels and span tags skip every document held out for evaluation or development.
        held_out = eval_exclusions(shared)
        if not opts.legacy_split:
            held_out |= held_out_groups(shared, {e.group for e in r_dev})
        public = shared_examples(shared, exclude_groups=held_out, seed=SEED, context_sentences=opts.context_sentences)
        for e in public:
            e.weight *= opts.public_scale
        train += public
        notes.append(f"Real sentences labelled by the project: {len(r_train)} train / {len(r_dev)} dev "
                     f"(by document, BASIL by event). Public partial labels: {len(public)} sentences.")
    else:
        logging.warning("%s not found: training on the written corpus alone", shared)
    if opts.refine:
        if not r_dev:
            parser.error("--refine needs the real labels' text from --shared")
        train, dev = refine_mix(w_train, r_train, public, opts), r_dev
        swaps = context_swaps(r_train, opts.context_swaps)
        for e in swaps:
            e.weight = opts.real_weight
        train += swaps
    if opts.quick:
        rng = random.Random(SEED)
        train, dev = rng.sample(train, min(400, len(train))), rng.sample(dev, min(150, len(dev)))
    args = TrainingArguments(epochs=opts.epochs, seed=opts.train_seed, batch_tokens=opts.batch_tokens,
                             device=opts.device,
                             patience=3, lora=True, lora_rank=opts.lora_rank, lora_alpha=2.0 * opts.lora_rank,
                             class_weights=opts.class_weights,
                             max_batch_rows=opts.max_batch_rows, learning_rate=opts.learning_rate,
                             span_weight=opts.span_weight, context_sentences=opts.context_sentences,
                             max_seconds=opts.max_minutes * 60 if opts.max_minutes else None)
    if opts.refine:
        notes.append(f"Stage 2 continued {Path(opts.refine).name} on {len(train)} sentences (all real training "
                     f"sentences, {opts.refine_written} written, {opts.refine_public} public span sentences, "
                     f"{opts.context_swaps} context swaps); "
                     "selection on the real development split.")
    interrupted = False
    try:
        fit(train, dev, labels=LABELS, base=opts.refine or "minilm", output_dir=opts.out, args=args,
            overwrite=opts.overwrite, card_extra={
            "title": "framing default model",
            "summary": "Labels news sentences as reported_fact, attributed_claim, official_denial or "
                       "editorial_opinion and tags source, cue, content and loaded spans. Built by "
                       "`python models/train_default.py` in stages (see Recipe).",
            "data_notes": " ".join(notes),
            "sections": (ROOT / "models" / "CARD_NOTES.md").read_text(encoding="utf-8")
            if (ROOT / "models" / "CARD_NOTES.md").is_file() else "",
        })
    except KeyboardInterrupt:
        saved = Path(opts.out) / "metrics.json"
        if not (saved.is_file() and json.loads(saved.read_text(encoding="utf-8")).get("interrupted_at_epoch")):
            raise  # stopped before an epoch finished: nothing was saved
        interrupted = True
    metrics_path = Path(opts.out) / "metrics.json"
    metrics = json.loads(metrics_path.read_text(encoding="utf-8"))
    # A Ctrl-C (or `timeout -s INT`) after an epoch finished saved the best epoch so far: it is summarised
    # like any run, marked as interrupted, and the script then exits 130 as the CLI does.
    summary = {"macro_f1": metrics["validation"]["macro_f1"], "ece": metrics["validation"]["ece"],
               "best_epoch": metrics["best_epoch"], "temperature": metrics["temperature"],
               "seconds": round(metrics["seconds"], 1), "recipe": _portable(given)}
    for key in ("interrupted_at_epoch", "stopped_by_time_budget_after_epoch"):
        if metrics.get(key):
            summary[key] = metrics[key]
    if r_dev:
        summary["real_dev"] = real_dev_report(Path(opts.out), r_dev, opts.device)
        summary["real_dev_macro_f1"] = summary["real_dev"]["macro_f1"]
    metrics["recipe_summary"] = summary
    metrics_path.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in summary.items() if k != "real_dev"}))
    if interrupted:
        sys.exit(130)


def _portable(options: dict) -> dict:
    """The recipe's options with each path under the folder that holds the repository written relative to
    it ("shared/data", "scratch/s10/C2") and any other absolute path cut to its last part ("/tmp/runs/A":
    "A"): the model folder travels in every install, the build machine's layout need not."""
    home = ROOT.parent

    def relative(value):
        if isinstance(value, str) and Path(value).is_absolute():
            resolved = Path(value).resolve()
            return str(resolved.relative_to(home)) if resolved.is_relative_to(home) else resolved.name
        return value

    return {key: relative(value) for key, value in options.items()}


def span_stage(opts, shared: Path) -> None:
    """Stage 3: train a BiLSTM span head on a frozen model and record its figures in metrics.json."""
    import shutil

    from framing.span_training import fit_span_head

    before = opts.context_sentences  # the frozen encoder's, so it reads contexts as it was trained to
    examples = [e for e in written_splits(context_sentences=before)[0] if e.span_known]
    if shared.is_dir():
        examples += [e for e in shared_examples(shared, exclude_groups=eval_exclusions(shared), seed=SEED,
                                                context_sentences=before) if e.span_known]
    supplement = loaded_supplement(before)
    if opts.quick:
        examples = random.Random(SEED).sample(examples, min(600, len(examples)))
        supplement = random.Random(SEED).sample(supplement, min(200, len(supplement)))
    if opts.cue_from == "polnear" and not any(e.origin == "polnear" for e in examples):
        sys.exit("--cue-from polnear needs PolNeAR (../shared/data/polnear): without it no example teaches cues")
    train, dev = span_splits(examples, supplement, opts.cue_from)
    if opts.span_polnear_all and shared.is_dir() and not opts.quick:
        train, dev = with_every_polnear_sentence(train, dev, shared, before)
    out = Path(opts.out)
    if out.resolve() != Path(opts.span_head).resolve():
        shutil.copytree(opts.span_head, out, dirs_exist_ok=True)  # card, metrics and args travel along
    result = fit_span_head(opts.span_head, train, dev, output_dir=out, kind="bilstm", layers=opts.span_layers,
                           epochs=opts.epochs, seed=SEED, device=opts.device)
    metrics_path = out / "metrics.json"
    metrics = json.loads(metrics_path.read_text(encoding="utf-8")) if metrics_path.is_file() else {}
    metrics["span_head"] = {**result, "train_sentences": len(train), "dev_sentences": len(dev),
                            "recipe": _portable({k: v for k, v in vars(opts).items() if v is not None})}
    metrics_path.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    record_span_validation(out, opts.device)
    print(json.dumps({"best_epoch": result["best_epoch"], "token_f1": result["token_f1"]}))


def record_span_validation(model_dir: Path, device: str | None = None) -> dict:
    """Measure the span head of the model at ``model_dir`` on the validation sentences that annotate spans (the
    written corpus's development split; the real labels have none) and record it in ``metrics.json`` as
    ``validation.spans``, where stages 1 and 2 put their linear head's; the first head's figures move to
    ``validation.spans_linear_head``. Stage 3 replaces the head, so the card (``models/card_eval.py``) must
    not show the old one's as this model's."""
    import framing
    from framing.training import span_report

    analyzer = framing.load(model_dir, device=device)
    dev = written_splits(context_sentences=analyzer.model.config.context_sentences)[1]
    path = Path(model_dir) / "metrics.json"
    metrics = json.loads(path.read_text(encoding="utf-8"))
    validation = metrics.setdefault("validation", {})
    if "spans" in validation:
        validation.setdefault("spans_linear_head", validation["spans"])  # a second stage 3 keeps the first's
    validation["spans"] = span_report(analyzer.engine, dev)
    path.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    return validation["spans"]


def span_splits(examples: list[Example], supplement: list[Example],
                cue_from: str = "all") -> tuple[list[Example], list[Example]]:
    """Stage 3's train and dev sentences: 90/10 by document (BASIL: by event), the supplement split on
    its own so the other documents' split does not depend on it; with ``cue_from="polnear"`` written
    text teaches no cues."""
    train, dev = split_groups(examples, (0.9, 0.1), SEED, key=split_key)
    s_train, s_dev = split_groups(supplement, (0.9, 0.1), SEED)
    train, dev = train + s_train, dev + s_dev
    if cue_from == "polnear":
        # The project's texts mark the attributing verb alone ("said"); PolNeAR marks wider cues
        # ("said Friday", "accusing her of"). Learn cues from one convention, not a blur of two.
        train, dev = ([dataclasses.replace(e, span_known=e.span_known - {"cue"}) if e.origin.startswith("written")
                       else e for e in part] for part in (train, dev))
    return train, dev


def with_every_polnear_sentence(train: list[Example], dev: list[Example], shared: Path,
                                context_sentences: int) -> tuple[list[Example], list[Example]]:
    """Stage 3's split with every PolNeAR training sentence, not the 12,000 sampled: each further
    sentence joins its document's side (a document none of whose sentences was sampled trains), so
    the held-out documents stay those of the sampled split."""
    held = {e.group for e in dev if e.origin == "polnear"}
    sampled = {(e.group, e.text, e.context) for e in train + dev if e.origin == "polnear"}
    every = shared_examples(shared, exclude_groups=eval_exclusions(shared), seed=SEED,
                            context_sentences=context_sentences, polnear_limit=None)
    more = [e for e in every if e.origin == "polnear" and e.span_known
            and (e.group, e.text, e.context) not in sampled]
    return (train + [e for e in more if e.group not in held], dev + [e for e in more if e.group in held])


def refine_mix(written: list[Example], real: list[Example], public: list[Example], opts) -> list[Example]:
    """Stage 2's training set: all real sentences, a slice of written text and of public span tags."""
    rng = random.Random(SEED)
    spans = [e for e in public if e.span_known]
    return (list(real) + rng.sample(written, min(opts.refine_written, len(written)))
            + rng.sample(spans, min(opts.refine_public, len(spans))))


#: Openings that may point back to the sentences before (a pronoun, "but", a quotation going on, "the
#: company" in lower case): after another document's denial such a sentence could be the denier speaking.
_POINTS_BACK = re.compile(r"""^\W*(?:(?i:he|she|it|they|we|i|his|her|its|their|this|that|these|those|but|and|"""
                          r"""also|still|yet|however)\b|["“‘'«]|(?:[Tt]he|[Aa]n?)\s+[a-z])""")


def context_swaps(real_train: list[Example], count: int, seed: int = SEED) -> list[Example]:
    """``count`` real training sentences that are not denials, each read after another document's denial.

    The model had learnt that a sentence after a denial is a denial too ("Mr. Kowalski, a defence
    analyst, said the expulsions were overdue." after an embassy's denial: 0.96 denial). Each swap
    keeps a sentence's own label and gives it, as context, a real training denial and the sentence
    before it from another document. Sentences that open by pointing back (a pronoun, a quotation
    going on, "the company", "but") are left out, since after someone else's denial they could be
    that denier speaking.
    """
    rng = random.Random(seed)
    denials = [e for e in real_train if e.label == "official_denial"]
    candidates = [e for e in real_train if e.label in ("attributed_claim", "reported_fact", "editorial_opinion")
                  and not _POINTS_BACK.search(e.text)]
    if not denials or not candidates:
        return []
    several_documents = len({d.group for d in denials}) > 1
    swaps = []
    for e in rng.sample(candidates, min(count, len(candidates))):
        denial = rng.choice(denials)
        while several_documents and denial.group == e.group:  # drawn again: another document's denial
            denial = rng.choice(denials)
        before = split_sentences(denial.context) if denial.context else []
        lead = denial.context[before[-1][0]:before[-1][1]] + " " if before else ""
        swaps.append(dataclasses.replace(e, context=lead + denial.text, origin=e.origin + ":context_swap"))
    return swaps


def real_dev_report(model_dir: Path, examples: list[Example], device: str | None) -> dict:
    """Figures on the real-sentence development split alone (what model choice should follow)."""
    import framing
    from framing.metrics import classification_report

    analyzer = framing.load(model_dir, device=device)
    probs = analyzer.predict_proba([e.text for e in examples], [e.context for e in examples])
    return classification_report([e.label for e in examples], probs, analyzer.labels)


if __name__ == "__main__":
    main()
