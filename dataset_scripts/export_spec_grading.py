"""Write the spec-grading sanity queries of task A to a pending folder.

For each `spec_from_code` test row (variant `ensures_only`) three candidate specs are
exported through `verusbench eval --export`, which writes the candidate file and Verus
grading queries (reference => candidate, candidate => reference):
  sample 0  the reference spec itself          (expected grade: equivalent)
  sample 1  `ensures true`                      (expected: weaker)
  sample 2  the reference plus a `false` clause (expected: stronger; the candidate file
            itself fails, the grading queries still say which way the implication goes)

    python dataset_scripts/export_spec_grading.py --data build/full --out verification/pending/spec-grading
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path


def candidates(target: str) -> list[str]:
    body = target.rstrip()
    strong = body + ("" if body.endswith(",") else ",") + "\n        false,"
    return [target, "ensures\n        true,", strong]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True, help="build dir")
    ap.add_argument("--out", required=True, help="pending folder to write")
    ap.add_argument("--split", default="test")
    args = ap.parse_args(argv)
    from datasets import load_dataset
    ds = load_dataset(args.data, "spec_from_code", split=args.split)
    with tempfile.TemporaryDirectory() as tmp:
        preds = Path(tmp) / "preds.jsonl"
        n = 0
        with open(preds, "w") as f:
            for row in ds:
                if row["metadata"].get("variant") != "ensures_only":
                    continue
                f.write(json.dumps({"id": row["id"], "predictions": candidates(row["target"])}) + "\n")
                n += 1
        print(f"{n} rows x 3 candidate specs", file=sys.stderr)
        return subprocess.call([sys.executable, "-m", "verusbench", "eval", "--predictions", str(preds),
                                "--data", args.data, "--config", "spec_from_code", "--split", args.split,
                                "--k", "1,3", "--export", args.out, "--no-progress"])


if __name__ == "__main__":
    sys.exit(main())
