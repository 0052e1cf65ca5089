#!/usr/bin/env bash
# H200 session 17: rebuild stages 1 and 2 of the default model from scratch on every real label, three
# recipe variants side by side on the one GPU, and keep the two best on the real development split.
#
# Every run draws the real development split as the bundled model's stage 2 did (--bundled-dev-split:
# 2,078 sentences from documents neither bundled stage trained on), so each candidate is compared with
# the bundled model (0.714 there) on the same sentences. Evaluation sets are never read. Each stage has a
# time budget (--max-minutes: it stops after the epoch that leaves no room for another, keeping the best
# epoch), so the whole call ends inside one device command. Stage 3 (the span head) runs afterwards on
# the CPU: `python models/train_default.py --span-head BEST --out MODEL --epochs 4 --span-polnear-all`.
#
# Base weights: an earlier call left the first half in /tmp/keep/part (see h200_base.sh); this call
# carries .device/b, .device/pkg and .device/data.tgz (a tar of ../shared/data).
# Comes back in $OUT: best.tgz and second.tgz (model folders), runs.tgz (every log and metrics.json),
# choice.json (each candidate's real development macro-F1). DEVICE and EXTRA (more recipe options, e.g.
# --quick) are for a dry run on a CPU.
set -uo pipefail
source benchmarks/h200_base.sh
mkdir -p .device/data && tar -xzf .device/data.tgz -C .device/data || exit 1
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
python3 -c "import torch, transformers; print('torch', torch.__version__, 'transformers', transformers.__version__)"
runs=/tmp/runs
mkdir -p "$runs"
common=(--shared .device/data --device "${DEVICE:-cuda}" --max-batch-rows 128 --bundled-dev-split ${EXTRA:-})
export OMP_NUM_THREADS=4 TOKENIZERS_PARALLELISM=false

stage1() {  # NAME OPTIONS...: a stage-1 model in $runs/NAME (hard stop: Ctrl-C keeps the best epoch)
    local name=$1; shift
    timeout -s INT "${S1_LIMIT:-345}" python3 models/train_default.py "${common[@]}" --context-sentences 2 \
        --epochs 6 --max-minutes "${S1_MINUTES:-4.3}" --out "$runs/$name" "$@" > "$runs/$name.log" 2>&1
}
stage2() {  # NAME: stage 2 on $runs/NAME, into $runs/NAME-2
    [ -f "$runs/$1/weights.safetensors" ] || return 0
    timeout -s INT "${S2_LIMIT:-170}" python3 models/train_default.py "${common[@]}" --refine "$runs/$1" \
        --epochs 4 --learning-rate 3e-4 --max-minutes "${S2_MINUTES:-1.6}" --out "$runs/$1-2" \
        > "$runs/$1-2.log" 2>&1
}
started=$SECONDS
stage1 A &
stage1 B --real-weight 3 --written-weight 0.5 &
stage1 C --real-weight 3 --written-weight 0.5 --public-scale 0.5 &
wait
echo "stage 1 done after $((SECONDS - started)) s"
for name in A B C; do stage2 "$name" & done
wait
echo "stage 2 done after $((SECONDS - started)) s"
python3 - "$runs" "$OUT" <<'PY'
import json, shutil, subprocess, sys
from pathlib import Path
runs, out = Path(sys.argv[1]), Path(sys.argv[2])
scores = {}
for folder in sorted(p for p in runs.iterdir() if p.is_dir()):
    try:
        summary = json.loads((folder / "metrics.json").read_text())["recipe_summary"]
        scores[folder.name] = {"real_dev_macro_f1": summary["real_dev_macro_f1"], "best_epoch": summary["best_epoch"],
                               "per_class": {k: round(v["f1"], 4) for k, v in summary["real_dev"]["per_class"].items()}}
    except (OSError, KeyError, ValueError) as exc:
        scores[folder.name] = {"failed": repr(exc)}
ranked = sorted((k for k in scores if "real_dev_macro_f1" in scores[k]),
                key=lambda k: scores[k]["real_dev_macro_f1"], reverse=True)
for place, name in zip(("best", "second"), ranked):
    subprocess.run(["tar", "-czf", str(out / f"{place}.tgz"), "-C", str(runs), name], check=True)
(out / "choice.json").write_text(json.dumps({"ranked": ranked, "scores": scores}, indent=2))
print(json.dumps({"ranked": ranked, "scores": scores}, indent=1))
PY
tar -czf "$OUT/runs.tgz" -C "$runs" $(cd "$runs" && ls *.log */metrics.json */training_args.json 2>/dev/null)
grep -E "INFO epoch|time budget|early stop|training on|Traceback|Error" "$runs"/*.log | sed "s#^$runs/##" | cut -c1-200
