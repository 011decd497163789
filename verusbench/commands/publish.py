"""`verusbench publish` (placeholder until its owner lands it: registered so --help lists it)."""

from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("publish", help="(not built yet)")
    p.set_defaults(func=run)


def run(args) -> int:
    print("verusbench publish is not built yet", file=sys.stderr)
    return 2
