#!/usr/bin/env bash
# GRPO trainer check on one H200 with the test double in place of Verus: grpo-short's flags on
# the demo build's rows (trainer-side figures only: step time, rollouts/s, GPU use; the double's
# rewards are not Verus results). BENCHMARKS "GRPO trainer, test double" came from it.
#
#   here:   GPU_DIR as dataset_scripts/gpu_baseline_predictions.sh prepare makes it (p1..p3, the
#           GGUF in pieces; data/gguf.sha256), plus GPU_DIR/whl2: wheels the device image lacks
#           (trl, datasets, dill, multiprocess, tree-sitter, tree-sitter-rust, gguf, peft, evaluate,
#           datasketch, jsonschema + deps; `pip download --python-version 3.12 --only-binary=:all:`);
#           copy this script into GPU_DIR; park verification/pending (gpu_baseline_predictions.sh park)
#   device: bash GPU_DIR/gpu_grpo_check.sh stash 1 (carry GPU_DIR/p1, whl2), stash 2, stash 3, then
#           STEPS=20 GRPO_S=500 bash GPU_DIR/gpu_grpo_check.sh run     (calls < 30 s apart: warm)
set -uo pipefail
ROOT=/root/vbp
G=$(dirname "$0")
log() { echo "[$(date -u +%H:%M:%S)] $*"; }
case "$1" in
stash)
  mkdir -p $ROOT; cp "$G/p$2" $ROOT/p$2 && log "p$2 kept"
  if [ "$2" = 1 ]; then
    python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --target $ROOT/site "$G"/whl2/*.whl || exit 3
    PYTHONPATH=$ROOT/site python3 -c 'import sys, torch, transformers, peft, trl, datasets, pyarrow, huggingface_hub, accelerate, tree_sitter; print(sys.version.split()[0], "torch", torch.__version__, "tf", transformers.__version__, "peft", peft.__version__, "trl", trl.__version__, "datasets", datasets.__version__, "pyarrow", pyarrow.__version__, "hub", huggingface_hub.__version__, "acc", accelerate.__version__, torch.cuda.get_device_name(0))'
  fi
  ls -la $ROOT ;;
run)
  export PYTHONPATH=$ROOT/site:$PWD PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false HF_HUB_OFFLINE=1
  [ -f $ROOT/smollm2.gguf ] || cat $ROOT/p1 $ROOT/p2 $ROOT/p3 > $ROOT/smollm2.gguf
  [ "$(sha256sum $ROOT/smollm2.gguf | cut -d' ' -f1)" = "$(cat $G/data/gguf.sha256)" ] || { echo "GGUF checksum mismatch"; exit 4; }
  log build
  python3 -m verusbench build --corpus demo --out $ROOT/demo --no-progress --no-ledger --no-attempts --configs proof_completion code_from_spec 2>&1 | tail -5
  log grpo
  nvidia-smi dmon -s u -d 5 > $OUT/dmon.txt 2>&1 &
  timeout ${GRPO_S:-420} python3 -m verusbench train grpo --data $ROOT/demo --base-model $ROOT/smollm2.gguf \
    --adapter model_cards/baselines/code_from_spec/adapter --verus tests/fake_verus --allow-test-double --workers 14 \
    --out $OUT/grpo --max-steps ${STEPS:-20} --max-rows 240 --max-prompt-tokens 768 --num-generations 8 \
    --per-device-train-batch-size 32 --max-completion-length 384 --learning-rate 1e-5 --timeout-s 60 --save-steps 1000 \
    > $OUT/train_summary.json 2> >(grep -v -E "Warning|warn\(" | tail -40 >&2)
  echo "rc=$?"; kill %1 2>/dev/null
  rm -rf $OUT/grpo/adapter $OUT/grpo/checkpoint-* 2>/dev/null
  ls -la $OUT $OUT/grpo; head -c 3000 $OUT/grpo/grpo_report.json ;;
esac
