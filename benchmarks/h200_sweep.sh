#!/usr/bin/env bash
# H200 session 41: five stage-1 rebuilds of the default model side by side on the one GPU, to test two levers
# never tried on every real label: a larger LoRA update (rank 48) and more context (four sentences before).
#
#   A    v7's recipe (control)          A14  v7's recipe, training seed 14 (the seed spread inside this run)
#   R48  --lora-rank 48                 K4   --context-sentences 4           RK   both
#
# The adoption rule was written before the run (models/CARD_NOTES.md, "Session 41"). Every run draws the real
# development split as v7 did (--bundled-dev-split), so all five are compared on the same 2,078 sentences;
# evaluation sets are never read. Base weights: see h200_base.sh (an earlier call left the first part in
# /tmp/keep/part); this call carries .device/b, .device/pkg and .device/data.tgz (a tar of ../shared/data).
# Comes back in $OUT: one NAME.tgz model folder per run, runs.tgz (logs, metrics.json) and choice.json.
set -uo pipefail
source benchmarks/h200_base.sh
mkdir -p .device/data && tar -xzf .device/data.tgz -C .device/data || exit 1
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
python3 -c "import torch, transformers; print('torch', torch.__version__, 'transformers', transformers.__version__)"
runs=/tmp/runs
mkdir -p "$runs"
common=(--shared .device/data --device "${DEVICE:-cuda}" --max-batch-rows 128 --bundled-dev-split --epochs 6
        --max-minutes "${S1_MINUTES:-6.8}" ${EXTRA:-})
export OMP_NUM_THREADS=3 TOKENIZERS_PARALLELISM=false

stage1() {  # NAME OPTIONS...: a stage-1 model in $runs/NAME (hard stop: Ctrl-C keeps the best epoch)
    local name=$1; shift
    timeout -s INT "${S1_LIMIT:-540}" python3 models/train_default.py "${common[@]}" --out "$runs/$name" "$@" \
        > "$runs/$name.log" 2>&1
}
started=$SECONDS
stage1 A --context-sentences 2 &
stage1 A14 --context-sentences 2 --train-seed 14 &
stage1 R48 --context-sentences 2 --lora-rank 48 &
stage1 K4 --context-sentences 4 &
stage1 RK --context-sentences 4 --lora-rank 48 &
wait
echo "stage 1 done after $((SECONDS - started)) s"
python3 - "$runs" "$OUT" <<'PY'
import json, subprocess, sys
from pathlib import Path
runs, out = Path(sys.argv[1]), Path(sys.argv[2])
scores = {}
for folder in sorted(p for p in runs.iterdir() if p.is_dir()):
    try:
        metrics = json.loads((folder / "metrics.json").read_text())
        summary = metrics["recipe_summary"]
        scores[folder.name] = {"real_dev_macro_f1": summary["real_dev_macro_f1"], "best_epoch": summary["best_epoch"],
                               "per_class": {k: round(v["f1"], 4) for k, v in summary["real_dev"]["per_class"].items()}}
        subprocess.run(["tar", "-czf", str(out / f"{folder.name}.tgz"), "-C", str(runs), folder.name], check=True)
    except (OSError, KeyError, ValueError) as exc:
        scores[folder.name] = {"failed": repr(exc)}
ranked = sorted((k for k in scores if "real_dev_macro_f1" in scores[k]),
                key=lambda k: scores[k]["real_dev_macro_f1"], reverse=True)
(out / "choice.json").write_text(json.dumps({"ranked": ranked, "scores": scores}, indent=2))
print(json.dumps({"ranked": ranked, "scores": scores}, indent=1))
PY
tar -czf "$OUT/runs.tgz" -C "$runs" $(cd "$runs" && ls *.log */metrics.json */training_args.json 2>/dev/null)
grep -E "INFO epoch|time budget|early stop|training on|Traceback|Error" "$runs"/*.log | sed "s#^$runs/##" | cut -c1-200
