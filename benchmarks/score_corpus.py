"""Corpus scoring at scale: throughput, peak memory and the cost of a resume.

Generates a JSON Lines corpus of news-like articles (``--size-mb``, 1 GiB by
default, a few bad records in it), then runs ``framing score`` on it as a
separate process and reports documents/s, sentences/s, MiB/s and the
process's peak RSS (``--time-limit`` stops it early and reports the committed
work, then times a ``--resume`` of it). It scores one ``--big-doc-mb``
document (10 MB) on its own, for time and peak RSS. Then, on the first
``--resume-mb`` of the corpus, it measures a resume: an uninterrupted run, a
run killed with SIGKILL once half the documents are committed, and the same
command with ``--resume``; the resume's cost is the killed run plus the
resumed run minus the uninterrupted run, and the resumed output is checked
row for row against the uninterrupted one.

    python benchmarks/score_corpus.py                               # 1 GiB, bundled model
    python benchmarks/score_corpus.py --size-mb 64 --model tiny     # pipeline only: random tiny model
    python benchmarks/score_corpus.py --device cuda --json benchmarks/results/score_h200.json

``--model tiny`` builds a random-weight model with the bundled model's
architecture family but tiny sizes: it times reading, segmentation, span
decoding and writing rather than the encoder, which is what bounds memory.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from stored_paths import stored_path, stored_text  # noqa: E402

SOURCES = ["The ministry", "A spokesperson for the company", "Officials in the capital", "The central bank",
           "Prosecutors", "The opposition leader", "Residents of the district", "The regulator",
           "A senior diplomat", "Researchers at the university", "The union", "Civic Compass, a watchdog group,"]
CUES = ["said on Tuesday that", "announced that", "told reporters that", "argued in a statement that",
        "warned that", "confirmed that", "wrote in a report that"]
CLAUSES = ["the new rules would take effect next month", "negotiations had stalled over funding",
           "more than 40 people were injured in the incident", "the budget deficit widened to 3.2 percent",
           "the investigation found no evidence of wrongdoing", "prices rose sharply in the first quarter",
           "the offices were set up to help citizens abroad", "the vote had been postponed until the autumn",
           "the data breach affected 1.2 million accounts", "the plant would close by the end of the year"]
FACTS = ["The report was released on March 3.", "The council met for four hours on Monday.",
         "Shares fell 2.1 percent in early trading.", "The bill passed by 52 votes to 47.",
         "Police closed the road for most of the afternoon.", "The company employs about 3,000 people."]
DENIALS = ["The ministry denied the allegations, calling them \"a fabrication.\"",
           "A spokesperson dismissed the report as baseless.", "The company rejected the claims in a statement.",
           "\"We have done nothing wrong,\" the minister said."]
OPINIONS = ["It is a reckless gamble with public money.", "Such brazen behaviour is an affront to voters.",
            "Many believe the decision was long overdue.", "This is nothing short of a scandal.",
            "The plan should be scrapped before it does more harm."]


def article(rng: random.Random) -> str:
    paragraphs = []
    for _ in range(rng.randint(3, 9)):
        sentences = []
        for _ in range(rng.randint(2, 5)):
            kind = rng.random()
            if kind < 0.35:
                sentences.append(f"{rng.choice(SOURCES)} {rng.choice(CUES)} {rng.choice(CLAUSES)}.")
            elif kind < 0.6:
                sentences.append(rng.choice(FACTS))
            elif kind < 0.75:
                sentences.append(rng.choice(DENIALS))
            else:
                sentences.append(rng.choice(OPINIONS))
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


def big_document(path: Path, size_mb: float, seed: int = 1) -> int:
    """One document of ``size_mb`` (articles run together) as a one-line JSONL file; returns its size."""
    rng = random.Random(seed)
    parts, size = [], 0
    while size < size_mb * 2**20:
        parts.append(article(rng))
        size += len(parts[-1]) + 2
    text = "\n\n".join(parts)
    path.write_text(json.dumps({"id": "big", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(text.encode("utf-8"))


def generate(path: Path, size_mb: float, seed: int = 0) -> dict:
    """Write the corpus; returns its record counts. Reused when it already exists with the same size."""
    meta_path = path.with_suffix(".meta.json")
    if path.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if meta.get("size_mb") == size_mb and meta.get("seed") == seed:
            return meta
    rng = random.Random(seed)
    target = int(size_mb * 2**20)
    written = records = bad = 0
    with path.open("w", encoding="utf-8") as handle:
        while written < target:
            if records % 50_000 == 777:
                row = {"id": f"a{records}", "text": None}
                bad += 1
            else:
                row = {"id": f"a{records}", "text": article(rng)}
            line = json.dumps(row, ensure_ascii=False) + "\n"
            handle.write(line)
            written += len(line.encode("utf-8"))
            records += 1
    meta = {"size_mb": size_mb, "seed": seed, "records": records, "bad": bad,
            "bytes": path.stat().st_size}
    meta_path.write_text(json.dumps(meta))
    return meta


def prefix(source: Path, path: Path, size_mb: float) -> int:
    """The first ``size_mb`` of ``source`` (whole lines), for the resume experiment; returns its records."""
    target, records = int(size_mb * 2**20), 0
    with source.open("rb") as src, path.open("wb") as dst:
        written = 0
        for line in src:
            if written >= target:
                break
            dst.write(line)
            written += len(line)
            records += 1
    return records


def tiny_model(directory: Path) -> Path:
    """A random tiny model whose span head, like a trained one, leaves most tokens outside spans.

    Untouched, its random span head would put about 28 spans in every
    sentence, and decoding them would dominate the timing; a bias towards
    the O tag gives about as many spans per sentence as the bundled model
    finds in the generated articles (2.6).
    """
    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import make_tiny
    from safetensors.torch import load_file, save_file

    from framing.model import TAGS

    if not (directory / "config.json").exists():
        directory.mkdir(parents=True, exist_ok=True)
        make_tiny(directory)
        weights = directory / "weights.safetensors"
        state = load_file(str(weights))
        bias = state["span_head.1.bias"].view(-1, len(TAGS))
        bias[:, 0] += 1.2
        save_file(state, str(weights), metadata={"format": "pt"})
    return directory


def score_command(corpus: Path, out: Path, opts, resume: bool = False) -> list[str]:
    command = [sys.executable, "-m", "framing.cli", "score", str(corpus), "--out", str(out), "--quiet",
               "--level", opts.level, "--format", opts.format]
    if opts.model:
        command += ["--model", str(opts.model)]
    if opts.device:
        command += ["--device", opts.device]
    command += ["--resume"] if resume else ["--overwrite"]
    return command


def run(command: list[str], kill_when=None, time_limit: float | None = None, out: Path | None = None,
        stop_after_commits: int | None = None) -> dict:
    """Run a command; returns wall seconds, peak RSS (MiB), commit times and whether it was killed.

    ``kill_when()`` true or ``time_limit`` seconds passed: SIGKILL. With ``out``,
    the manifest is polled and the time of each new commit recorded.
    """
    from framing.scale import read_manifest

    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env={**os.environ, "PYTHONPATH": os.pathsep.join(
                                   filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))})
    killed = False
    commits: list[tuple[float, int, int]] = []  # (seconds, documents, sentences) after each commit
    parts = None
    while True:
        # Reap with wait4 (not Popen.poll, which would reap first and lose the child's peak RSS).
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        now = time.perf_counter() - start
        if out is not None:
            try:
                manifest = read_manifest(out)
            except Exception:  # being replaced right now
                manifest = None
            if manifest is not None:
                if parts is None:
                    parts = len(manifest["parts"])  # committed before this run
                elif len(manifest["parts"]) > parts:
                    parts = len(manifest["parts"])
                    progress = manifest["progress"]
                    commits.append((now, progress["documents"], progress["sentences"]))
        if not killed and ((kill_when is not None and kill_when()) or (time_limit is not None and now >= time_limit)
                           or (stop_after_commits is not None and len(commits) >= stop_after_commits)):
            os.kill(process.pid, signal.SIGKILL)
            killed = True
        time.sleep(0.1)
    seconds = time.perf_counter() - start
    out_text, err = process.stdout.read().decode(), process.stderr.read().decode()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0 and not killed:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{err}")
    return {"seconds": seconds, "peak_rss_mib": usage.ru_maxrss / 1024, "killed": killed, "stdout": out_text.strip(),
            "commits": commits}


def rows_digest(out: Path) -> tuple[int, str]:
    """Row count and SHA-256 over every committed row, in manifest order."""
    import pyarrow.parquet as pq

    from framing.scale import read_manifest

    digest, count = hashlib.sha256(), 0
    for part in read_manifest(out)["parts"]:
        path = out / part["file"]
        if path.suffix == ".parquet":
            for batch in pq.ParquetFile(path).iter_batches(batch_size=4096):
                for row in batch.to_pylist():
                    digest.update(json.dumps(row, sort_keys=True).encode())
                    count += 1
        else:
            for line in path.open("rb"):
                digest.update(json.dumps(json.loads(line), sort_keys=True).encode())
                count += 1
    return count, digest.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mb", type=float, default=1024, help="corpus size (default 1024 MiB)")
    parser.add_argument("--big-doc-mb", type=float, default=10,
                        help="also score one document this large on its own (0: skip)")
    parser.add_argument("--resume-mb", type=float, default=16, help="corpus prefix for the resume experiment "
                                                                    "(0: skip it)")
    parser.add_argument("--model", default=None, help="model folder, 'tiny' (random, tiny) or the bundled model")
    parser.add_argument("--device", default=None)
    parser.add_argument("--level", choices=("sentence", "document"), default="sentence")
    parser.add_argument("--format", choices=("parquet", "jsonl"), default="parquet")
    parser.add_argument("--workdir", default=None, help="where the corpus and outputs go (default: a folder in /tmp)")
    parser.add_argument("--skip-full", action="store_true", help="only the resume experiment")
    parser.add_argument("--time-limit", type=float, default=None,
                        help="kill the full run after this many seconds and report its committed work, then "
                             "time a --resume of it up to its first new chunk")
    parser.add_argument("--resume-probe-s", type=float, default=600,
                        help="with --time-limit: longest wait for the resumed run's first chunk")
    parser.add_argument("--json", default=None, help="also write the figures to this file")
    opts = parser.parse_args()

    work = Path(opts.workdir or "/tmp/framing-score-bench")
    work.mkdir(parents=True, exist_ok=True)
    if opts.model == "tiny":
        opts.model = str(tiny_model(work / "tiny-model"))
    figures: dict[str, object] = {"model": stored_path(opts.model) if opts.model else "bundled",
                                  "device": opts.device or "auto",
                                  "level": opts.level, "format": opts.format, "cpus": os.cpu_count()}
    corpus = work / f"corpus-{opts.size_mb:g}mb.jsonl"
    start = time.perf_counter()
    meta = generate(corpus, opts.size_mb)
    figures["corpus"] = {**meta, "generate_seconds": round(time.perf_counter() - start, 1)}
    print(f"corpus: {corpus} ({meta['bytes'] / 2**20:,.0f} MiB, {meta['records']:,} records, "
          f"{meta['bad']} bad)", flush=True)

    from framing.scale import read_manifest

    if not opts.skip_full:
        out = work / "full"
        result = run(score_command(corpus, out, opts), time_limit=opts.time_limit, out=out)
        progress = read_manifest(out)["progress"]
        full = {
            "seconds": round(result["seconds"], 1), "killed_at_time_limit": result["killed"],
            "documents": progress["documents"], "sentences": progress["sentences"], "rejects": progress["rejects"],
            "input_mib_read": round(progress["cursor"]["byte"] / 2**20, 1) if progress["cursor"] else 0,
            "peak_rss_mib": round(result["peak_rss_mib"], 1),
            "summary": stored_text(result["stdout"], work),
        }
        commits = result["commits"]
        if result["killed"] and commits:  # rates up to the last commit, from process start
            elapsed = commits[-1][0]
        else:
            elapsed = result["seconds"]
        full["documents_per_s"] = round(progress["documents"] / elapsed, 1)
        full["sentences_per_s"] = round(progress["sentences"] / elapsed, 1)
        full["mib_per_s"] = round(full["input_mib_read"] / elapsed, 2)
        if len(commits) >= 2:  # steady state: between the first and the last commit, no start-up
            (t0, d0, s0), (t1, d1, s1) = commits[0], commits[-1]
            full["steady_documents_per_s"] = round((d1 - d0) / (t1 - t0), 1)
            full["steady_sentences_per_s"] = round((s1 - s0) / (t1 - t0), 1)
            full["first_commit_s"] = round(t0, 1)
        figures["full"] = full
        print(f"full run{' (killed at the time limit; committed work only)' if result['killed'] else ''}: "
              f"{full['documents']:,} documents, {full['sentences']:,} sentences, {full['rejects']} rejects, "
              f"{full['input_mib_read']:,} MiB of input in {elapsed:,.1f} s: {full['documents_per_s']:,.1f} "
              f"documents/s, {full['sentences_per_s']:,.1f} sentences/s, {full['mib_per_s']} MiB/s "
              f"(steady state {full.get('steady_documents_per_s', '-')} documents/s, "
              f"{full.get('steady_sentences_per_s', '-')} sentences/s); peak RSS {full['peak_rss_mib']:,.0f} MiB",
              flush=True)
        if result["killed"]:
            # Resume at full scale: how long until the resumed run commits its first new chunk?
            again = run(score_command(corpus, out, opts, resume=True), out=out, stop_after_commits=1,
                        time_limit=opts.resume_probe_s)
            first = again["commits"][0][0] if again["commits"] else None
            figures["resume_at_scale"] = {
                "lost_uncommitted_s": round(result["seconds"] - commits[-1][0], 1) if commits else None,
                "first_new_commit_s": round(first, 1) if first is not None else None,
                "fresh_first_commit_s": full.get("first_commit_s"),
                "skipped_records": progress["records"],
            }
            print(f"resume at scale: skipped {progress['records']:,} committed records (byte offset "
                  f"{progress['cursor']['byte']:,}); first new chunk after "
                  f"{first if first is None else round(first, 1)} s, a fresh run's first chunk "
                  f"after {full.get('first_commit_s')} s; work lost to the kill: "
                  f"{figures['resume_at_scale']['lost_uncommitted_s']} s", flush=True)

    if opts.big_doc_mb:
        path = work / f"big-{opts.big_doc_mb:g}mb.jsonl"
        size = big_document(path, opts.big_doc_mb)
        result = run(score_command(path, work / "big", opts))
        progress = read_manifest(work / "big")["progress"]
        figures["big_document"] = {"bytes": size, "sentences": progress["sentences"],
                                   "seconds": round(result["seconds"], 1),
                                   "sentences_per_s": round(progress["sentences"] / result["seconds"], 1),
                                   "peak_rss_mib": round(result["peak_rss_mib"], 1)}
        print(f"one {size / 2**20:.1f} MiB document: {progress['sentences']:,} sentences in "
              f"{result['seconds']:,.1f} s; peak RSS {result['peak_rss_mib']:,.0f} MiB", flush=True)

    if opts.resume_mb:
        small = work / f"prefix-{opts.resume_mb:g}mb.jsonl"
        records = prefix(corpus, small, opts.resume_mb)
        plain = run(score_command(small, work / "uninterrupted", opts))
        target = records // 2
        out = work / "interrupted"

        def half_committed() -> bool:
            try:
                manifest = read_manifest(out)
            except Exception:  # being replaced right now
                return False
            return bool(manifest) and manifest["progress"]["records"] >= target

        killed = run(score_command(small, out, opts), kill_when=half_committed)
        at_kill = read_manifest(out)["progress"]["records"]
        resumed = run(score_command(small, out, opts, resume=True))
        same = rows_digest(out) == rows_digest(work / "uninterrupted")
        cost = killed["seconds"] + resumed["seconds"] - plain["seconds"]
        figures["resume"] = {
            "records": records, "killed_after_records": at_kill, "killed": killed["killed"],
            "uninterrupted_seconds": round(plain["seconds"], 1), "killed_run_seconds": round(killed["seconds"], 1),
            "resumed_run_seconds": round(resumed["seconds"], 1), "resume_cost_seconds": round(cost, 1),
            "rows_identical": same, "resumed_summary": stored_text(resumed["stdout"], work),
        }
        print(f"resume ({opts.resume_mb:g} MiB, {records:,} records): uninterrupted {plain['seconds']:.1f} s; "
              f"killed at {at_kill:,} committed records after {killed['seconds']:.1f} s, resumed in "
              f"{resumed['seconds']:.1f} s: resume cost {cost:.1f} s (process start, model load, "
              f"uncommitted work redone); rows identical: {same}", flush=True)
        if at_kill >= records:
            print("  (every record was committed before the kill: the prefix is smaller than one commit "
                  "chunk, so this resume cost means nothing; use a larger --resume-mb)", flush=True)

    if opts.json:
        Path(opts.json).write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
