#!/usr/bin/env python
"""Upload a build to the Hub: same as `verusbench publish BUILD_DIR --repo R --version X.Y.Z`."""

from __future__ import annotations

import sys

from verusbench.cli import main

if __name__ == "__main__":
    sys.exit(main(["publish", *sys.argv[1:]]))
