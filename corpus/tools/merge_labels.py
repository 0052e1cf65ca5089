"""Merge two labellers' answers (and adjudications) into ``corpus/real/*.jsonl``.

For every batch ``NAME.jsonl`` in the labelling folder, reads
``labels/NAME_A.jsonl`` and ``labels/NAME_B.jsonl``; where they disagree,
``labels/NAME_ADJ.jsonl`` must hold the adjudicated label. Writes pointer
records (no text) to the repository and prints Cohen's kappa per batch.

Usage: python corpus/tools/merge_labels.py LABELLING_DIR REPO_CORPUS_REAL_DIR
       python corpus/tools/merge_labels.py LABELLING_DIR --disagreements OUT.jsonl
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from sklearn.metrics import cohen_kappa_score

LABELS = ("reported_fact", "attributed_claim", "official_denial", "editorial_opinion")


def read_labels(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    out = {}
    for line in path.open(encoding="utf-8"):
        if line.strip():
            row = json.loads(line)
            if row.get("label") not in LABELS:
                raise ValueError(f"{path}: bad label {row!r}")
            out[row["key"]] = row["label"]
    return out


def batches(folder: Path):
    for path in sorted(folder.glob("*.jsonl")):
        a = read_labels(folder / "labels" / f"{path.stem}_A.jsonl")
        b = read_labels(folder / "labels" / f"{path.stem}_B.jsonl")
        adj = read_labels(folder / "labels" / f"{path.stem}_ADJ.jsonl")
        items = [json.loads(line) for line in path.open(encoding="utf-8")]
        yield path.stem, items, a, b, adj


def main() -> None:
    folder = Path(sys.argv[1])
    if sys.argv[2] == "--disagreements":
        out = Path(sys.argv[3])
        with out.open("w", encoding="utf-8") as handle:
            for name, items, a, b, adj in batches(folder):
                if len(a) < len(items) or len(b) < len(items):
                    continue
                for it in items:
                    if a[it["key"]] != b[it["key"]] and it["key"] not in adj:
                        row = {k: it[k] for k in ("key", "before", "sentence", "after")}
                        row["options"] = sorted({a[it["key"]], b[it["key"]]})
                        handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(out)
        return
    repo_dir = Path(sys.argv[2])
    repo_dir.mkdir(parents=True, exist_ok=True)
    records: dict[str, list[dict]] = {"train": [], "eval": []}
    report = ["| batch | items | kappa | raw agreement | adjudicated |", "|---|---|---|---|---|"]
    all_a, all_b = [], []
    for name, items, a, b, adj in batches(folder):
        if len(a) < len(items) or len(b) < len(items):
            print(f"{name}: incomplete (A {len(a)}, B {len(b)} of {len(items)}); skipped")
            continue
        keys = [it["key"] for it in items]
        la, lb = [a[k] for k in keys], [b[k] for k in keys]
        all_a += la
        all_b += lb
        kappa = cohen_kappa_score(la, lb)
        agree = sum(x == y for x, y in zip(la, lb)) / len(keys)
        n_adj = 0
        for it in items:
            k = it["key"]
            if a[k] == b[k]:
                label = a[k]
            elif k in adj:
                label, n_adj = adj[k], n_adj + 1
            else:
                continue  # unresolved disagreement: left out, reported below
            records[it["split"]].append({
                "corpus": it["corpus"], "doc": it["doc"], "start": it["start"], "end": it["end"],
                "sha1": it["sha1"], "label": label, "labeller_a": a[k], "labeller_b": b[k], "split": it["split"],
            })
        report.append(f"| {name} | {len(keys)} | {kappa:.3f} | {agree:.3f} | {n_adj} |")
    if all_a:
        report.append(f"| all | {len(all_a)} | {cohen_kappa_score(all_a, all_b):.3f} | "
                      f"{sum(x == y for x, y in zip(all_a, all_b)) / len(all_a):.3f} | |")
    for split, rows in records.items():
        with (repo_dir / f"{split}.jsonl").open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        counts = Counter(r["label"] for r in rows)
        report.append(f"\n{split}: {len(rows)} sentences: " + ", ".join(f"{k} {counts[k]}" for k in LABELS))
    print("\n".join(report))


if __name__ == "__main__":
    main()
