"""Audit a built dataset for held-out answers inside train rows: for every train row, the
validation/test answer (row target, >= 30 tokens) of another source whose 13-grams its
reference file (and, for C rows, its broken file) holds most of; prints the rows at or above
--share per (train source, config, held-out source), with an example each.

    python dataset_scripts/audit_answers.py build/full [--share 0.5] [--json out.json]

A build made since the split stage drops such rows (`rows_dropped_for_held_out_answers`)
prints none at the default share; an older build shows what it kept.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from verusbench.build_compare import read_rows
from verusbench.dedup import AnswerGuard, shown_texts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("build")
    ap.add_argument("--share", type=float, default=0.5)
    ap.add_argument("--json")
    a = ap.parse_args(argv)
    rows = read_rows(a.build)
    held = [d for splits in rows.values() for s, ds in splits.items() if s != "train" for d in ds]
    guard = AnswerGuard(((d["target"], d["metadata"]["source"], d) for d in held), share=a.share)
    found: Counter = Counter()
    example: dict = {}
    train = 0
    for cfg, splits in rows.items():
        for d in splits.get("train", []):
            train += 1
            i, share = guard.best(shown_texts(cfg, d["reference_file"], d["context"]), d["metadata"]["source"])
            if share >= a.share:
                h = guard.labels[i]
                key = (d["metadata"]["source"], cfg, h["metadata"]["source"])
                found[key] += 1
                example.setdefault(key, {"row": d["id"], "path": d["metadata"]["path"], "held_out_row": h["id"],
                                         "held_out_path": h["metadata"]["path"], "share": round(share, 2)})
    print(f"{train} train rows, {len(guard)} held-out answers; {sum(found.values())} train rows "
          f"show >= {a.share:.0%} of one")
    for key, n in found.most_common():
        print(f"  {key[0]} {key[1]} <- {key[2]}: {n}  e.g. {example[key]}")
    if a.json:
        Path(a.json).write_text(json.dumps([{"train_source": k[0], "config": k[1], "held_out_source": k[2],
                                             "rows": n, "example": example[k]} for k, n in found.most_common()], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
