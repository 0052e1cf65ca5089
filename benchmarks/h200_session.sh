#!/usr/bin/env bash
# One H200 session (see benchmarks/README.md): train the default model with the
# recipe, then run the throughput benchmark on it. The 91 MB base weights do not
# fit one transfer, so an earlier call left the first half in /tmp/keep/part;
# this call carries the second half and the package files in .device/.
set -uo pipefail
source benchmarks/h200_base.sh
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv
python3 -c "import torch, transformers; print('torch', torch.__version__, 'transformers', transformers.__version__)"
model="$OUT/default_model"
if ! python3 models/train_default.py --shared .device/data --device cuda --out "$model" \
        --epochs "${EPOCHS:-10}" > "$OUT/train.log" 2>&1; then
    echo "TRAINING FAILED"; tail -30 "$OUT/train.log"
    model=.device/fallback_model   # same architecture: throughput does not depend on the weights
fi
grep -v -i warn "$OUT/train.log" | tail -16
python3 benchmarks/throughput.py --device cuda --model "$model" --n 200000 --pipeline-n 20000 \
    --json "$OUT/throughput.json" > "$OUT/throughput.log" 2>&1
grep -v -i warn "$OUT/throughput.log" | tail -20
