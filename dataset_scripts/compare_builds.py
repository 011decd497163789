#!/usr/bin/env python
"""Compare two build outputs: row ids + content hashes of every parquet split must match.

    python dataset_scripts/compare_builds.py BUILD_A BUILD_B     (exit 0: identical)
"""

from __future__ import annotations

import sys

from verusbench.build_compare import compare_builds

if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    diffs = compare_builds(sys.argv[1], sys.argv[2])
    for d in diffs[:50]:
        print(d)
    print("identical" if not diffs else f"{len(diffs)} differences")
    sys.exit(1 if diffs else 0)
