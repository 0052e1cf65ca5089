#!/usr/bin/env bash
# H200 session 2: train two recipe variants of the default model and keep the one
# with the best macro-F1 on the real-sentence development split (never on
# evaluation data). Base weights: first half left in /tmp/keep/part by a prior call.
set -uo pipefail
source benchmarks/h200_base.sh
common="--shared .device/data --device cuda --epochs 8 --max-batch-rows 128 --no-class-weights"
timeout 210 python3 models/train_default.py $common --out /tmp/va --real-weight 3 --written-weight 1 \
    > "$OUT/train_a.log" 2>&1
timeout 210 python3 models/train_default.py $common --out /tmp/vb --real-weight 3 --written-weight 0.5 \
    --public-scale 0.5 > "$OUT/train_b.log" 2>&1
python3 - <<'PY'
import json, os, shutil
out = os.environ["OUT"]
scores = {}
for name in ("va", "vb"):
    try:
        m = json.load(open(f"/tmp/{name}/metrics.json"))
        scores[name] = m["recipe_summary"]["real_dev_macro_f1"]
    except Exception as exc:
        scores[name] = None
        print(name, "failed:", exc)
best = max((k for k in scores if scores[k] is not None), key=scores.get)
shutil.copytree(f"/tmp/{best}", f"{out}/default_model")
json.dump({"real_dev_macro_f1": scores, "chosen": best}, open(f"{out}/variants.json", "w"), indent=2)
print(scores, "chosen", best)
PY
grep -h -E "INFO epoch|real_dev_macro_f1|early stop" "$OUT"/train_*.log | cut -c1-220
