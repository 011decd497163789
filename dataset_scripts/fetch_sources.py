#!/usr/bin/env python
"""Fetch the pinned upstream Verus sources into the corpus layout (needs network and git).

    python dataset_scripts/fetch_sources.py --manifest ../shared/corpus/MANIFEST.json --out corpus/

Each source in the manifest is shallow-fetched at its pinned commit; the files under its
`paths` get roles by `verusbench.corpus.ROLE_RULES` and are written as `<source>.jsonl.gz`,
with a fresh MANIFEST.json (counts recomputed) and the licence texts under LICENSES/.
"""

from __future__ import annotations

import argparse
import sys
import tempfile

from rich.console import Console
from rich.table import Table

from verusbench.corpus import CorpusError, fetch_sources


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", required=True, help="MANIFEST.json listing the pinned sources")
    ap.add_argument("--out", required=True, help="output corpus folder")
    ap.add_argument("--work", help="where clones go (default: a temporary folder)")
    ap.add_argument("--sources", nargs="*", help="only these sources (default: all)")
    args = ap.parse_args(argv)
    errs: list[CorpusError] = []
    with tempfile.TemporaryDirectory(prefix="verusbench-fetch-") as tmp:
        infos = fetch_sources(args.manifest, args.out, args.work or tmp, only=args.sources,
                              errors=errs)
    table = Table(title=f"corpus written to {args.out}")
    for col in ("source", "commit", "files", "MB", "roles"):
        table.add_column(col)
    for i in infos:
        table.add_row(i.source, i.commit[:12], str(i.files), f"{i.bytes / 1e6:.2f}",
                      ", ".join(f"{k}={v}" for k, v in sorted(i.roles.items())))
    console = Console()
    console.print(table)
    for e in errs:
        console.print(f"[yellow]skipped[/yellow] {e}")
    return 1 if errs and not infos else 0


if __name__ == "__main__":
    sys.exit(main())
