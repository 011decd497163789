"""Write the spec-grading sanity queries of task A to a pending folder.

For each `spec_from_code` test row (variant `ensures_only`) three candidate specs are
exported through `verusbench eval --export`, which writes the candidate file and Verus
grading queries (reference => candidate, candidate => reference):
  sample 0  the reference spec itself          (expected grade: equivalent)
  sample 1  `ensures true`                      (expected: weaker)
  sample 2  the reference plus a `false` clause (expected: stronger; the candidate file
            itself fails, the grading queries still say which way the implication goes)

    python dataset_scripts/export_spec_grading.py --data build/full --out verification/pending/spec-grading

The predictions are kept (`--predictions`, default
verification/predictions/spec_grading__spec_from_code.jsonl.gz) and named in the folder's
manifest, so `verusbench eval --predictions P --ledger` scores them once the answer arrives.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
from pathlib import Path

PREDICTIONS = "verification/predictions/spec_grading__spec_from_code.jsonl.gz"


def candidates(target: str) -> list[str]:
    body = target.rstrip()
    strong = body + ("" if body.endswith(",") else ",") + "\n        false,"
    return [target, "ensures\n        true,", strong]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True, help="build dir")
    ap.add_argument("--out", required=True, help="pending folder to write")
    ap.add_argument("--split", default="test")
    ap.add_argument("--predictions", default=PREDICTIONS, help="where the candidate specs are kept (gzip JSONL)")
    args = ap.parse_args(argv)
    from datasets import load_dataset
    ds = load_dataset(args.data, "spec_from_code", split=args.split)
    preds = Path(args.predictions)
    preds.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with gzip.GzipFile(preds, "wb", mtime=0) as f:      # same rows -> same bytes
        for row in ds:
            if row["metadata"].get("variant") != "ensures_only":
                continue
            f.write((json.dumps({"id": row["id"], "predictions": candidates(row["target"])}) + "\n").encode())
            n += 1
    print(f"{n} rows x 3 candidate specs -> {preds}", file=sys.stderr)
    rc = subprocess.call([sys.executable, "-m", "verusbench", "eval", "--predictions", str(preds),
                          "--data", args.data, "--config", "spec_from_code", "--split", args.split,
                          "--k", "1,3", "--export", args.out, "--no-progress"])
    if rc == 0:
        man = Path(args.out) / "manifest.json"
        meta = json.loads(man.read_text())
        meta.update(predictions_file=str(preds), created_by="verusbench eval --export (dataset_scripts/export_spec_grading.py)",
                    data={**meta.get("data", {}), "path": f"{args.data} (verusbench build --corpus ../shared/corpus)"})
        man.write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    return rc


if __name__ == "__main__":
    sys.exit(main())
