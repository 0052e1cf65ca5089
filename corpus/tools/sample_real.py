"""Draw real news sentences from ../shared/data for the project's labellers.

Writes labelling batches (text included, for the labellers only; they live
outside the repository) and never touches the repository's corpus. Rare
cases are oversampled: sentences with denial wording, PolNeAR sentences
without attribution, BASIL sentences with writer-voice lexical bias, and
BABE rows its annotators judged as the writer's opinion.

Evaluation sentences come from PolNeAR ``dev`` and from BASIL events that
are held out whole (all three outlets' articles on one event).

Round 2 (``--round 2``) draws further training sentences only, skipping
every sentence already labelled in ``corpus/real``: it targets the
confusion the first model made on real copy (accused-side pushback without
denial words, third parties attacking or rejecting something, continuations
of a denial) by oversampling attributed sentences with rebuttal or attack
wording and the sentences that follow a denial-worded one.

Round 3 adds a broad sample of ordinary real copy (PolNeAR, BASIL, BABE training parts).

Usage: python corpus/tools/sample_real.py SHARED_DATA OUT_DIR [--round N --labelled corpus/real]
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from framing.data import basil_body  # noqa: E402
from framing.segment import split_sentences  # noqa: E402

DENIAL = re.compile(
    r"\b(den(y|ied|ies|ial)|reject\w*|dismiss\w*|refut\w*|rebut\w*|baseless|"
    r"no truth|not true|false|untrue|categorical\w*|smear|fabricat\w*)\b",
    re.I,
)
PUSHBACK = re.compile(
    r"\b(defend\w*|respond\w*|insist\w*|argu\w*|counter\w*|push\w* back|accus\w*|attack\w*|"
    r"critici\w*|slam\w*|blast\w*|wrong\w*|never|nothing|mislead\w*|distort\w*|ridicul\w*|"
    r"absurd|nonsense|lie|lies|lying|hoax|witch hunt|politically motivated|no evidence)\b",
    re.I,
)
SEED = 20261128
BASIL_EVAL_EVENTS = 15


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def paragraph_of(text: str, start: int, end: int) -> tuple[int, int]:
    lo = text.rfind("\n\n", 0, start)
    hi = text.find("\n\n", end)
    return (0 if lo < 0 else lo + 2), (len(text) if hi < 0 else hi)


def item(corpus: str, doc: str, text: str, start: int, end: int, stratum: str, split: str) -> dict:
    p_lo, p_hi = paragraph_of(text, start, end)
    before = text[p_lo:start].strip()
    if not before:  # first sentence of a paragraph: show the previous paragraph's end
        prev = text[:p_lo].rstrip()
        before = ("[previous paragraph ends:] " + prev[-300:]) if prev else ""
    return {
        "corpus": corpus, "doc": doc, "start": start, "end": end,
        "sha1": sha1(text[start:end]), "stratum": stratum, "split": split,
        "before": before, "sentence": text[start:end], "after": text[end:p_hi].strip(),
    }


def polnear_items(path: Path, split: str) -> dict[str, list[dict]]:
    strata: dict[str, list[dict]] = {"denial": [], "attr": [], "noattr": [], "pushback": [], "after_denial": []}
    for line in path.open(encoding="utf-8"):
        art = json.loads(line)
        text = art["text"]
        marks = [s for a in art["attributions"] for key in ("source", "cue", "content") for s in a[key]]
        previous_denial = False
        for start, end in split_sentences(text):
            if end - start < 25:
                continue
            has_attr = any(s < end and e > start for s, e in marks)
            sentence = text[start:end]
            stratum = "denial" if has_attr and DENIAL.search(sentence) else ("attr" if has_attr else "noattr")
            strata[stratum].append(item("polnear", art["id"], text, start, end, stratum, split))
            # Round-2 strata overlap the ones above; round 2 draws only from these.
            if stratum == "attr" and PUSHBACK.search(sentence):
                strata["pushback"].append(item("polnear", art["id"], text, start, end, "pushback", split))
            if previous_denial:
                strata["after_denial"].append(item("polnear", art["id"], text, start, end, "after_denial", split))
            previous_denial = stratum == "denial"
    return strata


def basil_items(path: Path, events: set[str], split: str) -> dict[str, list[dict]]:
    strata: dict[str, list[dict]] = {"lex": [], "denial": [], "other": []}
    for line in path.open(encoding="utf-8"):
        art = json.loads(line)
        if art["id"].rsplit("_", 1)[0] not in events:
            continue
        text, spans = basil_body(art)
        lex = [a["txt"] for a in art["phrase_annotations"] if a["bias"] == "lex" and a["quote"] == "no"]
        for start, end in spans:
            sentence = text[start:end]
            if len(sentence) < 25:
                continue
            stratum = "lex" if any(t and t in sentence for t in lex) else (
                "denial" if DENIAL.search(sentence) else "other")
            strata[stratum].append(item("basil", art["id"], text, start, end, stratum, split))
    return strata


def babe_items(path: Path, rows: set[int], split: str) -> dict[str, list[dict]]:
    strata: dict[str, list[dict]] = {"opinion": [], "other": []}
    with path.open(encoding="utf-8", newline="") as handle:
        for index, row in enumerate(csv.DictReader(handle)):
            if index not in rows:
                continue
            text = row["text"]
            stratum = "opinion" if row["label_opinion"].startswith("Expresses") else "other"
            strata[stratum].append(item("babe", str(index), text, 0, len(text), stratum, split))
    return strata


def take(rng: random.Random, strata: dict[str, list[dict]], quota: dict[str, int]) -> list[dict]:
    out = []
    for name, n in quota.items():
        pool = strata[name]
        out.extend(rng.sample(pool, min(n, len(pool))))
    return out


def basil_events(shared: Path, rng: random.Random) -> tuple[set[str], set[str]]:
    """BASIL events held out for evaluation (whole events) and those left for training."""
    events = sorted({json.loads(l)["id"].rsplit("_", 1)[0] for l in (shared / "basil/basil.jsonl").open()})
    rng.shuffle(events)
    return set(events[:BASIL_EVAL_EVENTS]), set(events[BASIL_EVAL_EVENTS:])


def write_batches(out: Path, name: str, items: list[dict], size: int, first: int, rng: random.Random) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng.shuffle(items)
    for b, lo in enumerate(range(0, len(items), size), start=first):
        batch = items[lo:lo + size]
        path = out / f"{name}_{b:02d}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for k, it in enumerate(batch):
                it["key"] = f"{name}{b:02d}-{k:04d}"
                handle.write(json.dumps(it, ensure_ascii=False) + "\n")
        print(path, len(batch))


#: Later rounds: (seed, PolNeAR train quota, BASIL train quota, BABE train quota, batch size, first batch).
ROUNDS = {
    2: (20261129, {"denial": 450, "pushback": 600, "after_denial": 150, "attr": 200, "noattr": 100},
        {"denial": 150, "lex": 100, "other": 250}, {}, 340, 5),
    3: (20261130, {"attr": 750, "noattr": 450, "pushback": 150},
        {"other": 450, "denial": 50, "lex": 50}, {"opinion": 150, "other": 150}, 540, 9),
}


def later_round(shared: Path, out: Path, labelled: Path, number: int) -> None:
    """Further training sentences, skipping every sentence already labelled (see ROUNDS)."""
    seed, polnear_quota, basil_quota, babe_quota, size, first = ROUNDS[number]
    seen = {(r["corpus"], r["doc"], r["start"]) for path in labelled.glob("*.jsonl")
            for r in map(json.loads, path.open(encoding="utf-8"))}
    rng = random.Random(SEED)
    _, train_events = basil_events(shared, rng)
    n_babe = sum(1 for _ in csv.DictReader((shared / "babe/babe_sg2.csv").open(encoding="utf-8")))
    babe_rows = list(range(n_babe))
    rng.shuffle(babe_rows)
    babe_train = set(babe_rows[300:])  # the first 300 (as in round 1) are held out for evaluation
    rng = random.Random(seed)

    def fresh(strata: dict[str, list[dict]]) -> dict[str, list[dict]]:
        return {k: [it for it in v if (it["corpus"], it["doc"], it["start"]) not in seen] for k, v in strata.items()}

    items = take(rng, fresh(polnear_items(shared / "polnear/train.jsonl", "train")), polnear_quota)
    items += take(rng, fresh(basil_items(shared / "basil/basil.jsonl", train_events, "train")), basil_quota)
    if babe_quota:
        items += take(rng, fresh(babe_items(shared / "babe/babe_sg2.csv", babe_train, "train")), babe_quota)
    unique: dict[tuple[str, str, int], dict] = {}
    for it in items:  # the strata overlap: keep each sentence once
        unique.setdefault((it["corpus"], it["doc"], it["start"]), it)
    write_batches(out, "train", list(unique.values()), size, first=first, rng=rng)


def main(shared: Path, out: Path) -> None:
    rng = random.Random(SEED)
    eval_events, train_events = basil_events(shared, rng)
    n_babe = sum(1 for _ in csv.DictReader((shared / "babe/babe_sg2.csv").open(encoding="utf-8")))
    babe_rows = list(range(n_babe))
    rng.shuffle(babe_rows)
    babe_eval, babe_train = set(babe_rows[:300]), set(babe_rows[300:])

    train = take(rng, polnear_items(shared / "polnear/train.jsonl", "train"),
                 {"denial": 450, "attr": 850, "noattr": 500})
    train += take(rng, basil_items(shared / "basil/basil.jsonl", train_events, "train"),
                  {"lex": 350, "denial": 100, "other": 500})
    train += take(rng, babe_items(shared / "babe/babe_sg2.csv", babe_train, "train"),
                  {"opinion": 300, "other": 350})
    evaluation = take(rng, polnear_items(shared / "polnear/dev.jsonl", "eval"),
                      {"denial": 60, "attr": 190, "noattr": 150})
    evaluation += take(rng, basil_items(shared / "basil/basil.jsonl", eval_events, "eval"),
                       {"lex": 120, "denial": 30, "other": 200})
    evaluation += take(rng, babe_items(shared / "babe/babe_sg2.csv", babe_eval, "eval"),
                       {"opinion": 60, "other": 40})

    write_batches(out, "train", train, 800, first=1, rng=rng)
    write_batches(out, "eval", evaluation, 850, first=1, rng=rng)


if __name__ == "__main__":
    if "--round" in sys.argv:
        later_round(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[sys.argv.index("--labelled") + 1]),
                    int(sys.argv[sys.argv.index("--round") + 1]))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
