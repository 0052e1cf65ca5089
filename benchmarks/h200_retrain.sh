#!/usr/bin/env bash
# H200 session, prepared and not yet run: the span-loss ablation asked for by the spans issue, stage 1
# trained twice from the base, with and without the span task, on the development split the bundled
# model is chosen on. (The model rebuild is benchmarks/h200_rebuild.sh, run in session 17.)
# Compare the two afterwards with benchmarks/compare_models.py (CPU is fine). Base weights: the first
# half left in /tmp/keep/part by a prior call (see h200_base.sh); this call carries .device/b,
# .device/pkg and .device/data (../shared/data).
set -uo pipefail
source benchmarks/h200_base.sh
common="--shared .device/data --device cuda --max-batch-rows 128 --bundled-dev-split --context-sentences 2 --epochs 6 --max-minutes 4.3 --real-weight 3 --written-weight 0.5 --public-scale 0.5"
runs=/tmp/ablation
mkdir -p "$runs"
timeout -s INT 345 python3 models/train_default.py $common --out "$runs/with_spans" > "$runs/with_spans.log" 2>&1 &
timeout -s INT 345 python3 models/train_default.py $common --span-weight 0 --out "$runs/without_spans" \
    > "$runs/without_spans.log" 2>&1 &
wait
# The device returns at most 8 files: one archive per model folder, logs beside them.
for name in with_spans without_spans; do
    [ -d "$runs/$name" ] && tar -czf "$OUT/$name.tgz" -C "$runs" "$name"
    cp "$runs/$name.log" "$OUT/"
done
grep -H -E "INFO epoch|time budget|real_dev_macro_f1|early stop" "$runs"/*.log | sed "s#^$runs/##" | cut -c1-220
