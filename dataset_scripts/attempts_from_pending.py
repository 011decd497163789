#!/usr/bin/env python
"""Keep the model attempts of `eval --export` folders for good: one store per folder in
`verification/attempts/<name>.jsonl.gz` (format: verusbench.attempts), with the reference
file of every row they answer, read from the build the export was made of.

    python dataset_scripts/attempts_from_pending.py --data /work/build_full \
        verification/pending/baselines-adapter-code-from-spec ...
    python dataset_scripts/attempts_from_pending.py --data verification/expert_iteration/round0 \
        --split train --predictions verification/expert_iteration/round0/predictions/adapter__code_from_spec.jsonl.gz \
        verification/pending/ei-r0-code-from-spec
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from verusbench.attempts import STORE_DIR, from_pending


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", help="pending folders written by `verusbench eval --export`")
    ap.add_argument("--data", required=True, help="the build dir the export's rows come from")
    ap.add_argument("--out-dir", default=str(STORE_DIR), help="where the stores go (default: %(default)s)")
    ap.add_argument("--predictions", default=None,
                    help="predictions file naming the model (default: the one the export's manifest names)")
    ap.add_argument("--split", default=None,
                    help="split of the rows answered (default: the export's manifest, else test)")
    args = ap.parse_args(argv)
    rc = 0
    for folder in args.folders:
        name = Path(folder).name
        try:
            got = from_pending(folder, args.data, Path(args.out_dir) / f"{name}.jsonl.gz",
                               predictions=args.predictions, split=args.split)
        except (FileNotFoundError, ValueError) as e:
            print(f"{folder}: {e}", file=sys.stderr)
            rc = 2
            continue
        probs = got.pop("problems")
        print(json.dumps({"folder": folder, **got}))
        for p in probs[:10]:
            print("  " + p, file=sys.stderr)
    return rc


if __name__ == "__main__":
    sys.exit(main())
