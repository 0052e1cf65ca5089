#!/usr/bin/env bash
# H200 session 21: the engine's throughput with the bundled model (bash benchmarks/h200_throughput.sh).
#
# Base weights: the call just before left the first half in /tmp/keep/part (see h200_base.sh); this call
# carries .device/b and .device/pkg. It prints the machine, runs the engine tests that need no base
# weights on it, then benchmarks/throughput.py on 200,000 generated sentences (pipelines on the first
# 20,000): the default run, tokenizer workers, and workers with torch.compile, side by side.
# Comes back in $OUT: throughput.json and throughput.log.
set -uo pipefail
source benchmarks/h200_base.sh
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
python3 -c "import torch, transformers, tokenizers, sys; print('python', sys.version.split()[0], 'torch', torch.__version__, 'transformers', transformers.__version__, 'tokenizers', tokenizers.__version__)"
echo "cores: $(nproc)"
python3 benchmarks/throughput.py --device cuda --n "${N:-200000}" --pipeline-n 20000 \
    --json "$OUT/throughput.json" 2>&1 | grep -v "inputs hold more than one sentence" | tee "$OUT/throughput.log"
