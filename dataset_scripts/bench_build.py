#!/usr/bin/env python
"""Time a full build over the shared corpus: seconds per stage, peak RSS, rows per config
and split. Targets: <= 120 s with a warm ledger (issue 10; was 10 minutes) and <= 4 GB on a
2-core machine.

    python dataset_scripts/bench_build.py [--corpus ../shared/corpus] [--out /tmp/vb-bench]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

from verusbench import constants as C
from verusbench.build import BuildOptions, build, write
from verusbench.ledger import default_ledger_paths

TARGET_S = 120.0
TARGET_RSS_MB = 4096.0


def peak_rss_mb() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(me, kids) / 1024.0   # Linux reports KiB


def main() -> int:
    here = Path(__file__).resolve()
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(here.parents[2] / "shared" / "corpus"))
    ap.add_argument("--out", default="/tmp/verusbench-bench-build")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    if not Path(args.corpus).exists():
        print(f"corpus {args.corpus} not found: pass --corpus", file=sys.stderr)
        return 2
    # a warm ledger, as `verusbench build` uses by default (VERUSBENCH_RESULTS or ../shared)
    ledger = [str(p) for p in default_ledger_paths()] or None
    opts = BuildOptions(corpus=args.corpus, out=args.out, workers=args.workers, progress=False,
                        ledger=ledger)
    load0 = os.getloadavg()
    t0 = time.perf_counter()
    res = build(opts)
    write(res, opts)
    total = time.perf_counter() - t0
    rss = peak_rss_mb()
    load = os.getloadavg()
    print(f"corpus: {args.corpus}  ->  {args.out}")
    print(f"machine: {os.cpu_count()} cores; load average at start {load0[0]:.2f}, at end {load[0]:.2f} "
          "(other jobs on the machine slow the stages)")
    print(f"{'stage':<18}{'seconds':>10}")
    for k, v in res.timings.items():
        if k != "total_before_write":
            print(f"{k:<18}{v:>10.1f}")
    print(f"{'total':<18}{total:>10.1f}   target {TARGET_S:.0f} s  ratio {total / TARGET_S:.2f}")
    print(f"peak RSS {rss:.0f} MB   target {TARGET_RSS_MB:.0f} MB  ratio {rss / TARGET_RSS_MB:.2f}")
    r = res.report
    print(f"units {r['units']} in {r['unit_files']} files; skipped files {len(r['skipped'])}; "
          f"clusters {r['dedup']['clusters']}; rows dropped for leakage "
          f"{sum(r['rows_dropped_for_leakage'].values())}")
    print(f"\n{'config':<20}" + "".join(f"{s:>12}" for s in C.SPLITS) + f"{'total':>10}")
    for cfg, splits in r["counts"].items():
        print(f"{cfg:<20}" + "".join(f"{splits.get(s, 0):>12}" for s in C.SPLITS)
              + f"{sum(splits.values()):>10}")
    print("\n" + json.dumps({"seconds": round(total, 1), "load": [round(load0[0], 2), round(load[0], 2)], "peak_rss_mb": round(rss),
                             "counts": r["counts"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
