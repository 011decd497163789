"""Regenerate verification/pending/cheats/ and verification/pending/hostile/ (deterministic);
with --contain VERUS, also print which layer stops each hostile case on this machine.

    python dataset_scripts/export_pending_cheats.py [--root REPO] [--contain VERUS_PATH]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from verusbench import cheats, hostile


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    ap.add_argument("--contain", metavar="VERUS", help="run every hostile case through the "
                    "integrity check and this verifier's sandbox; print the layer that stopped it")
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("--memory-mb", type=int, default=8192)
    args = ap.parse_args()
    for name, mod in (("cheats", cheats), ("hostile", hostile)):
        folder = mod.export(args.root / "verification" / "pending" / name)
        print(f"{folder.path}: {folder.meta['files']} files, {folder.meta['entries']} entries")
    if args.contain:
        from verusbench.verifier import find_verus, is_test_double
        verus = find_verus(args.contain)
        if is_test_double(verus.identity):
            print("verifier: the TEST DOUBLE (told by markers to hang/allocate/fork as rustc would)")
        reps = hostile.report(verus, timeout_s=args.timeout, memory_mb=args.memory_mb)
        for r in reps:
            what = ",".join(r.rules) if r.stopped_by == "integrity" else f"{r.status} {r.wall_s:.1f}s"
            left = f"  LEFT RUNNING {r.survivors}" if r.survivors else ""
            print(f"{r.case:32} {r.stopped_by:9} {what}{left}")
        print(hostile.counts_by_layer(reps))


if __name__ == "__main__":
    main()
