"""`framing score` with and without tokenizer worker processes, side by side on one corpus.

``--tokenizer-workers auto`` is the command line's default: on CUDA it starts
worker processes that tokenize each chunk (:mod:`framing.workers`); on a CPU
it starts none. This times whole scoring runs, the documents' host-side work
(segmentation, profiles, writing) included, for each setting in ``--settings``
on the same generated corpus (``score_corpus.generate``), one after another in
one run, and checks that every setting writes the same rows.

    python benchmarks/score_workers.py --device cuda --size-mb 8 --json OUT.json
    python benchmarks/score_workers.py --device cpu --size-mb 0.2 --settings 0,2     # a dry run
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from score_corpus import generate, rows_digest, run  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mb", type=float, default=8, help="corpus size (default 8 MiB)")
    parser.add_argument("--device", default=None)
    parser.add_argument("--model", default=None, help="model folder (default: the bundled model)")
    parser.add_argument("--settings", default="0,auto", help="--tokenizer-workers values, in order (default 0,auto)")
    parser.add_argument("--json", default=None, help="also write the figures to this file")
    opts = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="framing-score-workers-"))
    corpus = work / "corpus.jsonl"
    meta = generate(corpus, opts.size_mb)
    figures: dict = {"device": opts.device or "default", "corpus_mb": opts.size_mb, "records": meta["records"]}
    digests = {}
    for setting in opts.settings.split(","):
        out = work / f"out-{setting}"
        command = [sys.executable, "-m", "framing.cli", "score", str(corpus), "--out", str(out), "--quiet",
                   "--tokenizer-workers", setting]
        command += ["--device", opts.device] if opts.device else []
        command += ["--model", opts.model] if opts.model else []
        timing = run(command)
        rows, digests[setting] = rows_digest(out)
        figures[f"workers_{setting}_seconds"] = round(timing["seconds"], 2)
        figures[f"workers_{setting}_sentences_per_s"] = round(rows / timing["seconds"], 1)
        figures[f"workers_{setting}_peak_rss_mib"] = round(timing["peak_rss_mib"], 1)
        figures["sentence_rows"] = rows
    first, *rest = opts.settings.split(",")
    for setting in rest:
        figures[f"ratio_{setting}_vs_{first}"] = round(
            figures[f"workers_{setting}_sentences_per_s"] / figures[f"workers_{first}_sentences_per_s"], 3)
    figures["same_rows_in_every_setting"] = len(set(digests.values())) == 1
    for key, value in figures.items():
        print(f"{key:40s} {value:,}" if isinstance(value, float) else f"{key:40s} {value}")
    if opts.json:
        Path(opts.json).write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
