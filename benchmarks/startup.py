"""Start-up: a fresh process that loads the bundled model and labels one sentence, as each ``framing``
command, Ray actor and worker process does. Side by side in one run, interleaved: this checkout; the same
with transformers' BERT modelling code imported too (what building the encoder with transformers costs);
and, with ``--code DIR``, another checkout (an older commit). Wall and CPU seconds, medians of ``--runs``.

    python benchmarks/startup.py --runs 5 [--code /tmp/old-checkout] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: The child: load, label one sentence, print its own CPU seconds (user + system).
CHILD = """
import resource, sys
{extra}
import framing
analyzer = framing.load()
assert analyzer.analyze("The ministry denied the report.").sentences
usage = resource.getrusage(resource.RUSAGE_SELF)
print(usage.ru_utime + usage.ru_stime)
"""
TRANSFORMERS_BERT = "import transformers.models.bert.modeling_bert"


def run_once(code: Path, extra: str) -> tuple[float, float]:
    """Wall and CPU seconds of one fresh process running the child in checkout ``code``."""
    env = dict(os.environ, PYTHONPATH=str(code))
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", CHILD.format(extra=extra)], cwd=code, env=env,
                          capture_output=True, text=True, check=True)
    return time.perf_counter() - start, float(done.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--code", type=Path, help="another checkout to time beside this one")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    variants = {"this checkout": (ROOT, ""), "this checkout + transformers' BERT import": (ROOT, TRANSFORMERS_BERT)}
    if args.code:
        variants[f"checkout {args.code.name}"] = (args.code.resolve(), "")
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in variants}
    run_once(ROOT, "")  # warm the file cache
    for _ in range(args.runs):
        for name, (code, extra) in variants.items():
            times[name].append(run_once(code, extra))
    results = {name: {"wall_s": statistics.median(w for w, _ in runs), "cpu_s": statistics.median(c for _, c in runs)}
               for name, runs in times.items()}
    first = results["this checkout"]
    print(f"{'variant':45} {'wall s':>8} {'cpu s':>8} {'wall ratio':>11}")
    for name, figures in results.items():
        print(f"{name:45} {figures['wall_s']:8.2f} {figures['cpu_s']:8.2f} {figures['wall_s'] / first['wall_s']:11.2f}")
    if args.json:
        args.json.write_text(json.dumps({"runs": args.runs, "results": results}, indent=2) + "\n")


if __name__ == "__main__":
    main()
