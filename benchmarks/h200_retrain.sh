#!/usr/bin/env bash
# H200 session (prepared, not yet run: no machine has been lent since session 1):
# rebuild the default model from all the real labels, and the span-loss ablation
# asked for by the spans issue. The model run keeps v6's recipe (two sentences of
# context; a stage-3 head on every PolNeAR train sentence, 4 epochs) and changes
# only stage 1, which trains on every real label instead of rounds 1-3.
#   bash benchmarks/h200_retrain.sh model     stage 1 on every real label, then stages 2 and 3
#   bash benchmarks/h200_retrain.sh ablation  stage 1 twice, with and without the span loss
# Selection only ever uses development splits; run benchmarks/accuracy.py and
# benchmarks/spans.py on the results afterwards (CPU is fine). Base weights:
# the first half left in /tmp/keep/part by a prior call (see h200_session.sh).
set -uo pipefail
source benchmarks/h200_base.sh
common="--shared .device/data --device cuda --max-batch-rows 128"
case "${1:-model}" in
  model)
    timeout 300 python3 models/train_default.py $common --epochs 8 --context-sentences 2 --out /tmp/s1 \
        > "$OUT/stage1.log" 2>&1
    timeout 150 python3 models/train_default.py $common --refine /tmp/s1 --out /tmp/s2 --epochs 4 \
        --learning-rate 3e-4 --context-sentences 2 > "$OUT/stage2.log" 2>&1
    timeout 120 python3 models/train_default.py $common --span-head /tmp/s2 --out "$OUT/default_model" \
        --epochs 4 --span-polnear-all > "$OUT/stage3.log" 2>&1
    ;;
  ablation)
    timeout 280 python3 models/train_default.py $common --epochs 6 --real-first 3142 --out "$OUT/with_spans" \
        > "$OUT/with_spans.log" 2>&1
    timeout 280 python3 models/train_default.py $common --epochs 6 --real-first 3142 --span-weight 0 \
        --out "$OUT/without_spans" > "$OUT/without_spans.log" 2>&1
    ;;
esac
grep -h -E "INFO epoch|span head epoch|real_dev_macro_f1|early stop" "$OUT"/*.log | cut -c1-220
