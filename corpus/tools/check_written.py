"""Validate corpus/written/*.jsonl and print label counts per topic.

Usage: python corpus/tools/check_written.py [corpus/written]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from framing.corpora import written_corpus  # noqa: E402
from framing.document import LABELS  # noqa: E402

REGISTERS = {"wire", "long-form", "op-ed", "press release", "liveblog"}


def main(folder: Path) -> int:
    examples = written_corpus(folder)  # raises, naming file and line, on any bad span or label
    ids, registers, problems = Counter(), Counter(), []
    for path in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.open(encoding="utf-8"), 1):
            article = json.loads(line)
            ids[article["id"]] += 1
            registers[article["register"]] += 1
            if article["register"] not in REGISTERS:
                problems.append(f"{path}:{number}: unknown register {article['register']!r}")
            for paragraph in article["paragraphs"]:
                for sentence in paragraph:
                    if sentence["text"] != sentence["text"].strip():
                        problems.append(f"{path}:{number}: sentence has edge whitespace")
    problems += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    per_topic = Counter((e.origin.split(":", 1)[1], e.label) for e in examples)
    topics = sorted({t for t, _ in per_topic})
    print(f"{'topic':<24}" + "".join(f"{l[:12]:>14}" for l in LABELS) + f"{'total':>8}")
    for topic in topics:
        row = [per_topic[(topic, l)] for l in LABELS]
        print(f"{topic:<24}" + "".join(f"{n:>14}" for n in row) + f"{sum(row):>8}")
    totals = Counter(e.label for e in examples)
    print(f"{'all':<24}" + "".join(f"{totals[l]:>14}" for l in LABELS) + f"{len(examples):>8}")
    print("articles per register:", dict(registers))
    for problem in problems:
        print("PROBLEM:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "corpus/written")))
