#!/usr/bin/env bash
# GRPO with the Verus reward on one GPU host.
#
#   VERUS_PATH=/opt/verus/verus  bash dataset_scripts/run_grpo.sh BUILD_DIR OUT [ADAPTER] [-- extra flags]
#   VERIFIER_URL=http://cpu-node:8765 VERUSBENCH_VERIFIER_TOKEN=... bash dataset_scripts/run_grpo.sh ...
#
# BUILD_DIR: a `verusbench build` folder (proof_completion + code_from_spec configs);
# ADAPTER: the SFT LoRA adapter to start from (default: the shipped code_from_spec baseline,
# on the SmolLM2 GGUF; BASE_MODEL overrides the base).
# Writes OUT/grpo_report.json (rollouts/s, share of time waiting on Verus, GPU utilisation,
# statuses, integrity violations by rule), OUT/reward.png, OUT/pass_rate.png, OUT/events.jsonl,
# OUT/adapter/, and prints a summary. Extra flags go to `verusbench train grpo`.
set -euo pipefail
BUILD=${1:?usage: $0 BUILD_DIR OUT [ADAPTER] [-- extra train-grpo flags]}
OUT=${2:?usage: $0 BUILD_DIR OUT [ADAPTER]}
shift 2
ADAPTER=model_cards/baselines/code_from_spec/adapter
BASE=${BASE_MODEL:-smollm2-gguf}   # the GGUF the shipped adapters were trained from
if [[ $# -gt 0 && $1 != "--" ]]; then ADAPTER=$1; BASE=${BASE_MODEL:-}; shift; fi
[[ ${1:-} == "--" ]] && shift
PY=${PYTHON:-python}
export PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false

if [[ -n ${VERIFIER_URL:-} ]]; then
  VERIFY=(--verifier-url "$VERIFIER_URL")
elif [[ -n ${VERUS_PATH:-} ]]; then
  VERIFY=(--verus "$VERUS_PATH" --workers "${WORKERS:-$(( $(nproc) > 2 ? $(nproc) - 2 : 1 ))}")
else
  echo "error: set VERUS_PATH (Verus on this host) or VERIFIER_URL (a verusbench serve-verifier)" >&2
  exit 2
fi
mkdir -p "$OUT"
$PY -m verusbench train grpo --data "$BUILD" --out "$OUT" ${ADAPTER:+--adapter "$ADAPTER"} ${BASE:+--base-model "$BASE"} "${VERIFY[@]}" "$@" \
  > "$OUT/train_summary.json"
$PY - "$OUT/grpo_report.json" <<'PYEOF'
import json, sys
r = json.load(open(sys.argv[1]))
print(r["label"])
for k in ("verifier", "device", "steps", "rollouts", "rollouts_per_s", "train_wall_s", "verus_wait_s",
          "verus_wait_share", "gpu_util_pct", "peak_gpu_mem_gb", "statuses", "cheat_attempts_by_rule"):
    print(f"{k:>24}: {r.get(k)}")
c = r.get("curve") or []
if c:
    print(f"{'reward first/last':>24}: {c[0]['mean_reward']:.3f} / {c[-1]['mean_reward']:.3f}")
    print(f"{'verified first/last':>24}: {c[0]['verified_frac']:.3f} / {c[-1]['verified_frac']:.3f}")
PYEOF
