#!/usr/bin/env python
"""Build the task dataset (thin entry over `verusbench build`).

    python dataset_scripts/build_tasks.py --corpus ../shared/corpus --out build/
    python dataset_scripts/build_tasks.py --corpus demo --out build-demo/
"""

from __future__ import annotations

import sys

from verusbench.cli import main

if __name__ == "__main__":
    sys.exit(main(["build", *sys.argv[1:]]))
