"""Regenerate verification/pending/cheats/ and verification/pending/hostile/ (deterministic).

    python dataset_scripts/export_pending_cheats.py [--root REPO]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from verusbench import cheats, hostile


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    args = ap.parse_args()
    for name, mod in (("cheats", cheats), ("hostile", hostile)):
        folder = mod.export(args.root / "verification" / "pending" / name)
        print(f"{folder.path}: {folder.meta['files']} files, {folder.meta['entries']} entries")


if __name__ == "__main__":
    main()
