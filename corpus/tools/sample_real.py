"""Draw real news sentences from ../shared/data for the project's labellers.

Writes labelling batches (text included, for the labellers only; they live
outside the repository) and never touches the repository's corpus. Rare
cases are oversampled: sentences with denial wording, PolNeAR sentences
without attribution, BASIL sentences with writer-voice lexical bias, and
BABE rows its annotators judged as the writer's opinion.

Evaluation sentences come from PolNeAR ``dev``, from BASIL events that
are held out whole (all three outlets' articles on one event) and from 300
BABE rows set aside (round 1 labelled 100 of them; the recipe trains on
the other 200 as public BABE labels). A sentence whose text, casefolded
with punctuation dropped and spacing collapsed, is that of a sentence
training reads (boilerplate repeated across articles, a BABE row stored
twice) is not drawn for evaluation, and a later round draws no sentence
with the text of one labelled for evaluation; round 1 was drawn before
that rule, so running it again now draws a slightly different sample.

Round 2 (``--round 2``) draws further training sentences only, skipping
every sentence already labelled in ``corpus/real``: it targets the
confusion the first model made on real copy (accused-side pushback without
denial words, third parties attacking or rejecting something, continuations
of a denial) by oversampling attributed sentences with rebuttal or attack
wording and the sentences that follow a denial-worded one.

Round 3 adds a broad sample of ordinary real copy (PolNeAR, BASIL, BABE training parts).

Round 4 (``--round 4 --model DIR``) goes after denials, the class the model
still misses most, once the denial-worded sentences were all labelled: the
neighbours (one or two sentences away) of sentences already labelled
``official_denial``, the rest of the sentences after a denial-worded one, a
few more with pushback wording, and unlabelled training sentences that the
given model finds hard: those it gives ``official_denial`` at least 0.2
(likeliest first), and, apart from those, the ones whose top label stays
below 0.55 (uncertainty sampling; the model only chooses what to label).
Round 5 (``--round 5 --model DIR``) widens that to every confusion: mostly
uncertain sentences, the next sentences by P(denial), more neighbours of
denials (round 4's included), and a little ordinary copy and BABE.
Round 6 (``--round 6 --model DIR``, drawn with v4, the model bundled in
November 2026) repeats round 5's mix in smaller batches, with a little more
ordinary attributed PolNeAR copy. Round 7 (``--round 7
--model DIR``, also v4, skipping round 6's sentences) leans back towards
ordinary copy, since the acceptance set is ordinary wire and newspaper text:
about two thirds a plain sample of PolNeAR, BASIL and BABE, one third
sentences v4 is unsure of or calls denials. Round 8 (``--round 8``, no
model) is ordinary copy alone, with a few pushback-worded PolNeAR sentences.
Rounds 4 and 5 were drawn with model v3 (``git show
5180d96:framing/default_model``), and before neighbours were de-duplicated
(a sentence next to two denials was then twice as likely to be drawn), so
re-running them now draws a different sample; the batches' pointers and
labels in ``corpus/real`` are the record.

Usage: python corpus/tools/sample_real.py SHARED_DATA OUT_DIR [--round N --labelled corpus/real [--model DIR]]
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
from framing.corpora import basil_body, normalised_text, real_labels, shared_examples  # noqa: E402
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
    """``quota[name]`` items of each stratum, sampled; ``model_denial`` (ranked) is taken from the top."""
    out = []
    for name, n in quota.items():
        pool = strata[name]
        out.extend(pool[:n] if name == "model_denial" else rng.sample(pool, min(n, len(pool))))
    return out


def without_twins(strata: dict[str, list[dict]], texts: set[str]) -> dict[str, list[dict]]:
    """``strata`` less every item whose sentence, normalised (:func:`normalised_text`), is one of ``texts``."""
    return {k: [it for it in v if normalised_text(it["sentence"]) not in texts] for k, v in strata.items()}


def training_texts(shared: Path, eval_events: set[str], babe_eval: set[int]) -> set[str]:
    """The normalised text of every sentence that training reads from the shared corpora (their training parts,
    as ``models/train_default.py`` reads them) with the evaluation events and BABE rows set aside."""
    articles = map(json.loads, (shared / "basil/basil.jsonl").open(encoding="utf-8"))
    held_out = {f"basil:{a['id']}" for a in articles if a["id"].rsplit("_", 1)[0] in eval_events}
    held_out |= {f"babe:{i}" for i in babe_eval}
    return {normalised_text(e.text) for e in shared_examples(shared, exclude_groups=held_out, polnear_limit=None)}


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
    4: (20261201, {"model_denial": 420, "near_denial": 220, "after_denial": 75, "uncertain": 120, "pushback": 80},
        {"model_denial": 100, "near_denial": 120, "uncertain": 40}, {}, 400, 13),
    5: (20261202, {"uncertain": 600, "model_denial": 200, "near_denial": 100, "noattr": 100},
        {"uncertain": 200, "near_denial": 60, "model_denial": 40}, {"opinion": 150, "other": 150}, 400, 16),
    6: (20261203, {"uncertain": 380, "model_denial": 200, "near_denial": 80, "attr": 80, "noattr": 60},
        {"uncertain": 120, "model_denial": 60, "near_denial": 40}, {"opinion": 90, "other": 90}, 300, 20),
    7: (20261204, {"attr": 300, "noattr": 200, "uncertain": 250, "model_denial": 60},
        {"other": 180, "uncertain": 60, "lex": 40}, {"opinion": 60, "other": 50}, 300, 24),
    8: (20261205, {"attr": 500, "noattr": 300, "pushback": 100},
        {"other": 400, "lex": 100}, {"opinion": 100, "other": 100}, 300, 28),
}
#: Strata that :func:`hard_strata` builds (with a model); a round whose quotas name one needs ``--model``.
HARD_STRATA = frozenset({"model_denial", "near_denial", "uncertain"})


def needs_model(number: int) -> bool:
    return any(name in HARD_STRATA for quota in ROUNDS[number][1:4] for name in quota)


def hard_strata(strata: dict[str, list[dict]], shared: Path, corpus: str, labelled: dict[tuple[str, int], str],
                model_dir: str | None) -> dict[str, list[dict]]:
    """Rounds 4 and 5's strata over one corpus's unlabelled sentences (the strata of ``strata`` pooled):
    ``near_denial`` (one or two sentences from one ``labelled`` ``official_denial`` of the same
    document, counting the sentences that are labelled or candidates), and, scored by the model with the
    previous sentence as context, ``model_denial`` (P(denial) >= 0.2, likeliest first) and
    ``uncertain`` (top probability < 0.55 and P(denial) < 0.2, so the two never overlap). ``labelled``
    maps (document, start) to the label given."""
    import framing
    from framing.corpora import _previous_sentences, _ShareTexts

    pool: dict[tuple[str, int], dict] = {}
    for items in strata.values():
        for it in items:
            pool.setdefault((it["doc"], it["start"]), it)
    starts: dict[str, set[int]] = {}
    for doc, start in list(pool) + list(labelled):
        starts.setdefault(doc, set()).add(start)
    near = []
    for (doc, start), label in labelled.items():
        if label != "official_denial":
            continue
        order = sorted(starts[doc])
        k = order.index(start)
        near += [pool[(doc, order[j])] for j in (k - 2, k - 1, k + 1, k + 2)
                 if 0 <= j < len(order) and (doc, order[j]) in pool]
    near = list({(it["doc"], it["start"]): it for it in near}.values())  # near two denials: still once
    keys = list(pool)
    analyzer = framing.load(model_dir, device="cpu")
    texts = _ShareTexts(shared)
    probs = analyzer.predict_proba([pool[k]["sentence"] for k in keys],
                                   contexts=[_previous_sentences(texts.document(corpus, d), s, 1) for d, s in keys])
    denial = analyzer.labels.index("official_denial")
    ranked = sorted(range(len(keys)), key=lambda i: -probs[i, denial])
    model_denial = [dict(pool[keys[i]], stratum="model_denial") for i in ranked if probs[i, denial] >= 0.2]
    uncertain = [dict(pool[keys[i]], stratum="uncertain") for i in range(len(keys))
                 if probs[i].max() < 0.55 and probs[i, denial] < 0.2]
    return {"model_denial": model_denial, "uncertain": uncertain,
            "near_denial": [dict(it, stratum="near_denial") for it in near]}


def later_round(shared: Path, out: Path, labelled: Path, number: int, model_dir: str | None = None) -> None:
    """Further training sentences, skipping every sentence already labelled (see ROUNDS)."""
    seed, polnear_quota, basil_quota, babe_quota, size, first = ROUNDS[number]
    records = [r for path in labelled.glob("*.jsonl") for r in map(json.loads, path.open(encoding="utf-8"))]
    seen = {(r["corpus"], r["doc"], r["start"]) for r in records}
    evaluated = {normalised_text(e.text) for e in real_labels(labelled, shared, split="eval")}
    rng = random.Random(SEED)
    _, train_events = basil_events(shared, rng)
    n_babe = sum(1 for _ in csv.DictReader((shared / "babe/babe_sg2.csv").open(encoding="utf-8")))
    babe_rows = list(range(n_babe))
    rng.shuffle(babe_rows)
    babe_train = set(babe_rows[300:])  # round 1 set the first 300 aside: 100 evaluate, 200 train as public labels
    rng = random.Random(seed)

    def fresh(strata: dict[str, list[dict]]) -> dict[str, list[dict]]:
        unseen = {k: [it for it in v if (it["corpus"], it["doc"], it["start"]) not in seen] for k, v in strata.items()}
        return without_twins(unseen, evaluated)

    polnear = fresh(polnear_items(shared / "polnear/train.jsonl", "train"))
    basil = fresh(basil_items(shared / "basil/basil.jsonl", train_events, "train"))
    if needs_model(number):
        for corpus, strata in (("polnear", polnear), ("basil", basil)):
            labels = {(r["doc"], r["start"]): r["label"] for r in records if r["corpus"] == corpus}
            strata.update(hard_strata(strata, shared, corpus, labels, model_dir))
    items = take(rng, polnear, polnear_quota) + take(rng, basil, basil_quota)
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
    trained = training_texts(shared, eval_events, babe_eval)
    evaluation = take(rng, without_twins(polnear_items(shared / "polnear/dev.jsonl", "eval"), trained),
                      {"denial": 60, "attr": 190, "noattr": 150})
    evaluation += take(rng, without_twins(basil_items(shared / "basil/basil.jsonl", eval_events, "eval"), trained),
                       {"lex": 120, "denial": 30, "other": 200})
    evaluation += take(rng, without_twins(babe_items(shared / "babe/babe_sg2.csv", babe_eval, "eval"), trained),
                       {"opinion": 60, "other": 40})

    write_batches(out, "train", train, 800, first=1, rng=rng)
    write_batches(out, "eval", evaluation, 850, first=1, rng=rng)


if __name__ == "__main__":
    if "--round" in sys.argv:
        number = int(sys.argv[sys.argv.index("--round") + 1])
        model = sys.argv[sys.argv.index("--model") + 1] if "--model" in sys.argv else None
        if needs_model(number) and model is None:
            sys.exit(f"round {number} chooses sentences with a model: give --model DIR (rounds 4 and 5 used v3: "
                     "git show 5180d96:framing/default_model)")
        later_round(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[sys.argv.index("--labelled") + 1]),
                    number, model)
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
