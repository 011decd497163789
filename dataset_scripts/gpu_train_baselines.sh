#!/usr/bin/env bash
# Train the LoRA baselines (tasks A, B, C) on a lent GPU machine, in two warm calls.
#
# The SmolLM2 GGUF (94 MiB) is over one call's 64 MiB, so it travels in two halves:
#   here:    bash dataset_scripts/gpu_train_baselines.sh prepare BUILD_DIR      # .gpu/{part1,part2,data}, .whl
#   call 1:  bash dataset_scripts/gpu_train_baselines.sh stage1   (carry .whl .gpu/part1)
#            probe, install wheels to /root/site, keep part1, GPU smoke tests, bench_train.py
#   call 2:  bash dataset_scripts/gpu_train_baselines.sh stage2   (carry .gpu/part2 .gpu/data)
#            reassemble + convert the GGUF, train A/B/C, sample a few predictions, pack results
# Call 2 must follow call 1 at once: the machine (and /root) is given back ~30 s after a call.
# Each stage writes what it made under $OUT (at most 8 files of <= 16 MiB come back).
set -uo pipefail
STAGE=${1:?usage: $0 prepare BUILD_DIR | stage1 | stage2}
ROOT=${GPU_ROOT:-/root/vb}
OUT=${OUT:-/tmp/vb_out}
EPOCHS=${EPOCHS:-2}
C_EPOCHS=${C_EPOCHS:-4}
BATCH=${BATCH:-8}
mkdir -p "$OUT"
export PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1
export PYTHONPATH="$ROOT/site:$PWD${PYTHONPATH:+:$PYTHONPATH}"
TASKS="A:spec_from_code B:code_from_spec C:repair"

log() { echo "[$(date -u +%H:%M:%S)] $*"; }

case "$STAGE" in
prepare)
  BUILD=${2:?prepare needs BUILD_DIR}
  PY=${PY:-python}
  mkdir -p .gpu && rm -rf .gpu/data
  GGUF=$($PY -c 'from verusbench.train.base_model import smollm2_gguf_path; print(smollm2_gguf_path())')
  split -n 2 -d "$GGUF" .gpu/part && mv .gpu/part00 .gpu/part1 && mv .gpu/part01 .gpu/part2
  sha256sum "$GGUF" | cut -d' ' -f1 > .gpu/data.sha256
  $PY - "$BUILD" <<'EOF'
import json, sys
from verusbench.train.base_model import convert_gguf, smollm2_gguf_path
from verusbench.train.data import compact_build
from transformers import AutoTokenizer
from verusbench.train.base_model import ModelRef, load_tokenizer
tok = load_tokenizer(ModelRef.parse(str(smollm2_gguf_path())))
print(json.dumps(compact_build(sys.argv[1], ".gpu/data", tok, ["spec_from_code", "code_from_spec", "repair"]), indent=1))
EOF
  mv .gpu/data.sha256 .gpu/data/gguf.sha256
  du -sh .gpu/*
  ;;
stage1)
  log "probe"; nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv
  python3 -c 'import sys, torch, transformers; print(sys.version.split()[0], torch.__version__, transformers.__version__, torch.cuda.get_device_name(0))'
  python3 -m pip list 2>/dev/null | grep -iE '^(pyarrow|peft|accelerate|huggingface.hub|fsspec|pandas|matplotlib|rich|jinja2|datasets|trl|gguf|flash.attn|liger|kernels) '
  mkdir -p "$ROOT"
  cp .gpu/part1 "$ROOT/part1" && log "part1 kept ($(du -h "$ROOT/part1" | cut -f1))"
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target "$ROOT/site" .whl/*.whl || exit 3
  python3 -c 'import datasets, trl, peft, gguf, pyarrow; print("imports ok: datasets", datasets.__version__, "trl", trl.__version__, "peft", peft.__version__, "pyarrow", pyarrow.__version__)' \
    || echo "IMPORT FAILED (pyarrow too old? carry .whlpa next)"
  log "GPU smoke tests"
  timeout 120 python3 -m pytest -q -x -p no:cacheprovider tests/test_train_sft.py tests/test_train_adapters.py 2>&1 | tail -5
  log "bench"
  timeout ${BENCH_TIMEOUT:-360} python3 dataset_scripts/bench_train.py --steps 15 --warmup 4 --out "$OUT/bench_train.json" 2>&1 | grep -v Warning
  log "stage1 done"
  ;;
stage2)
  cat "$ROOT/part1" .gpu/part2 > "$ROOT/smollm2.gguf"
  [ "$(sha256sum "$ROOT/smollm2.gguf" | cut -d' ' -f1)" = "$(cat .gpu/data/gguf.sha256)" ] || { echo "GGUF checksum mismatch"; exit 4; }
  log "convert"
  python3 dataset_scripts/convert_gguf.py --gguf "$ROOT/smollm2.gguf" --out "$ROOT/smollm2-hf" --dtype bfloat16 || exit 5
  mkdir -p "$ROOT/runs"
  for t in $TASKS; do
    L=${t%%:*}; C=${t#*:}; E=$EPOCHS; [ "$L" = C ] && E=$C_EPOCHS
    log "train $L ($C), $E epochs"
    python3 - train sft --data .gpu/data --config "$C" --base-model "$ROOT/smollm2-hf" --out "$ROOT/runs/$L" \
        --num-train-epochs "$E" --per-device-train-batch-size "$BATCH" --per-device-eval-batch-size "$BATCH" \
        --max-length 2048 --lora-r 16 --lora-alpha 32 --learning-rate 3e-4 --logging-steps 5 \
        --eval-steps 0.1 --save-steps 0.5 --seed 42 > "$ROOT/runs/$L.log" 2>&1 <<'EOF'
import argparse, sys
from verusbench.commands import train  # only this command: the rest of the CLI is not needed here
p = argparse.ArgumentParser(prog="verusbench"); s = p.add_subparsers(); train.register(s)
a = p.parse_args(sys.argv[1:]); sys.exit(a.func(a))
EOF
    echo "rc=$?"; tail -3 "$ROOT/runs/$L.log"
  done
  log "sample predictions (A adapter, 4 validation rows)"
  python3 - > "$ROOT/runs/generate.log" 2>&1 <<EOF
from verusbench.train.generate import GenerateArgs, generate_predictions
print(generate_predictions(GenerateArgs(model="$ROOT/smollm2-hf", adapter="$ROOT/runs/A/adapter", data=".gpu/data",
      config="spec_from_code", split="validation", k=2, limit=4, max_new_tokens=256,
      out="$ROOT/runs/A_validation_preds.jsonl")))
EOF
  tail -2 "$ROOT/runs/generate.log"
  log "pack"
  cd "$ROOT/runs"
  tar czf "$OUT/results.tgz" --exclude='*/checkpoints' --exclude='*/adapter' ./*.log ./*.jsonl ./*/metrics.json \
      ./*/loss_history.json ./*/sft_args.json ./*/curves.png 2>/dev/null
  for L in A B C; do
    [ -d "$L/adapter" ] && tar czf "$ROOT/$L-adapter.tgz" -C "$L" adapter && split -b 15m -d "$ROOT/$L-adapter.tgz" "$OUT/$L-adapter.tgz.part"
  done
  ls -la "$OUT"
  log "stage2 done"
  ;;
*) echo "unknown stage $STAGE"; exit 2 ;;
esac
