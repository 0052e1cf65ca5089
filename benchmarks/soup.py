"""Weight soup of models: does averaging runs beat the best single run?

    python benchmarks/soup.py OUT MEMBER [MEMBER ...] [--shared ../shared/data] [--json FILE]
                              [--shared-rank R]

Two kinds of soup. By default (``--shared-rank 16``) every member continues
the same stage-1 model (``train_default.py --refine``), so its LoRA factors
start with stage 1's rank-16 block and then hold its own stage-2 block: the
soup keeps stage 1's block once and stacks each member's stage-2 block
scaled by 1/N (the mean of their updates, with no loss of rank). With
``--shared-rank 0`` the members are separate stage-1 runs from the base,
and their whole LoRA blocks are stacked, each scaled by 1/N. The heads are
averaged either way. The soup is a model folder like
any other (OUT). Each member and the soup are scored on the real
development split that stage 2 selects on (``--stage1-legacy-split 3142
--split-frozen-at 6557``), never on an evaluation set. The soup's sentence
head is untempered and its span head is the members' average: enough for
macro-F1, which the temperature does not change, not for bundling.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "models"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from framing.corpora import real_labels  # noqa: E402
from framing.model import WEIGHTS_NAME  # noqa: E402
from stored_paths import stored_path  # noqa: E402

STAGE1_RANK = 16


def soup_state(states: list[dict[str, torch.Tensor]], shared_rank: int = STAGE1_RANK) -> dict[str, torch.Tensor]:
    """One state from ``states``: the shared first ``shared_rank`` LoRA factors once, each member's
    further factors scaled by 1/N, every other tensor averaged."""
    if not states:
        raise ValueError("a soup needs at least one member")
    n = len(states)
    keys = set(states[0])
    for k, state in enumerate(states[1:], 2):
        if set(state) != keys:
            raise ValueError(f"member {k} stores other tensors than member 1: {sorted(keys ^ set(state))[:3]}")
    out: dict[str, torch.Tensor] = {}
    for key in sorted(keys):
        if key.startswith("lora.") and key.endswith(".b"):
            continue
        if not key.startswith("lora."):
            out[key] = (sum(s[key].float() for s in states) / n).contiguous()
            continue
        name = key[:-len(".a")]
        a0, b0 = states[0][name + ".a"][:shared_rank], states[0][name + ".b"][:, :shared_rank]
        for k, s in enumerate(states[1:], 2):
            if not (torch.equal(s[name + ".a"][:shared_rank], a0) and torch.equal(s[name + ".b"][:, :shared_rank], b0)):
                raise ValueError(f"member {k} does not share member 1's first {shared_rank} LoRA factors of {name}: "
                                 "members must continue the same stage-1 model (separate stage-1 runs: "
                                 "--shared-rank 0)")
        dtype = states[0][name + ".b"].dtype
        out[name + ".a"] = torch.cat([a0] + [s[name + ".a"][shared_rank:] for s in states]).contiguous()
        out[name + ".b"] = torch.cat([b0] + [(s[name + ".b"][:, shared_rank:].float() / n).to(dtype) for s in states],
                                     dim=1).contiguous()
    return out


def write_soup(members: list[Path], out: Path, shared_rank: int = STAGE1_RANK) -> None:
    """The soup of ``members`` as a model folder at ``out`` (config and card copied from the first)."""
    state = soup_state([load_file(str(m / WEIGHTS_NAME)) for m in members], shared_rank)
    out.mkdir(parents=True, exist_ok=True)
    for item in members[0].iterdir():
        if item.is_file() and item.name != WEIGHTS_NAME:
            shutil.copy(item, out / item.name)
    save_file(state, str(out / WEIGHTS_NAME))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("members", nargs="+")
    parser.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--json", default=None)
    parser.add_argument("--shared-rank", type=int, default=STAGE1_RANK, metavar="R",
                        help="LoRA factors the members share (16: stage-2 members of one stage-1 model; 0: "
                             "separate stage-1 runs from the base, whose whole updates are averaged)")
    opts = parser.parse_args()
    if opts.shared_rank < 0:
        parser.error(f"--shared-rank must be >= 0, got {opts.shared_rank}")
    shared = Path(opts.shared)
    if not shared.is_dir():
        sys.exit(f"{shared} not found: the real labels' text lives there")
    from train_default import context_sentences_of, real_dev_report, real_splits

    members = [Path(m) for m in opts.members]
    write_soup(members, Path(opts.out), opts.shared_rank)
    readings = {context_sentences_of(m) for m in members}
    if len(readings) > 1:
        sys.exit(f"the members read contexts of different lengths ({sorted(readings)} sentences): no soup of them")
    real = real_labels(ROOT / "corpus" / "real", shared, split="train", context_sentences=readings.pop())
    _, dev = real_splits(real, 3142, 6557)
    results = {}
    for path in members + [Path(opts.out)]:
        report = real_dev_report(path, dev, "cpu")
        results[stored_path(path)] = {"macro_f1": report["macro_f1"], "accuracy": report["accuracy"],
                              "official_denial": report["per_class"]["official_denial"]}
        print(f"{str(path):<40} macro-F1 {report['macro_f1']:.4f}  accuracy {report['accuracy']:.4f}  "
              f"denial F1 {report['per_class']['official_denial']['f1']:.3f}")
    if opts.json:
        Path(opts.json).write_text(json.dumps({"development_sentences": len(dev), "results": results}, indent=2) + "\n")


if __name__ == "__main__":
    main()
