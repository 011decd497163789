#!/usr/bin/env python
"""Context sizes of a built dataset, as issue 10 counts them: the A/B/P rows (spec_from_code,
code_from_spec, proof_completion) of project, library and example units, all splits;
`metadata.context_tokens` (code tokens of the row's reference context). Prints, per source
(vstd's own files apart from the rest of `verus`) and per context kind (`metadata.minimized`),
rows, median, p10-p90 and the share at or under the target, and the median's ratio to it.

    python dataset_scripts/bench_rows.py build/full [--json out.json]

Target: median <= 1,100 code tokens (about 1,500 SmolLM2 tokens).

    python dataset_scripts/bench_rows.py build/full --pending verification/pending

also prints a projection, never a result: the median if every slice waiting in the pending
folders (`slices-*` manifests) that is smaller than its row's whole-file context verified and
replaced it; the bound of what the ledgers of those folders can bring without more work.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path

from verusbench import constants as C
from verusbench.client import library_of

TARGET = 1100
CONFIGS = (C.TASK_SPEC, C.TASK_CODE, C.TASK_PROOF)
ROLES = (C.ROLE_PROJECT, C.ROLE_LIBRARY, C.ROLE_EXAMPLE)


def group_of(md: dict) -> str:
    """The row's source, a library's own files (vstd in `verus`) apart under its crate name."""
    lib = library_of(md["source"], md["path"])
    return lib.crate if lib is not None else md["source"]


def figures(xs: list[int]) -> dict:
    xs = sorted(xs)
    if not xs:
        return {"rows": 0}
    q = statistics.quantiles(xs, n=10) if len(xs) > 1 else [xs[0]] * 9
    return {"rows": len(xs), "median": statistics.median(xs), "p10": q[0], "p90": q[-1],
            "at_or_under_target": round(sum(x <= TARGET for x in xs) / len(xs), 4)}


def pending_slices(root: Path) -> dict[tuple, int]:
    """(source, path, target_fn) -> the smallest context_tokens of its slices waiting in the
    `slices-*` folders under root (their manifest.jsonl)."""
    got: dict[tuple, int] = {}
    for man in sorted(root.glob("slices-*/manifest.jsonl")):
        for line in man.read_text(encoding="utf-8").splitlines():
            e = json.loads(line)
            if e.get("context_tokens") is None:
                continue
            k = (e.get("source"), e.get("path"), e.get("target_fn"))
            got[k] = min(got.get(k, e["context_tokens"]), e["context_tokens"])
    return got


def main(argv: list[str] | None = None) -> int:
    import pyarrow.parquet as pq
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("build")
    ap.add_argument("--json")
    ap.add_argument("--pending", metavar="DIR", help="pending folders' root: also print the projection")
    a = ap.parse_args(argv)
    waiting = pending_slices(Path(a.pending)) if a.pending else {}
    projected: list[int] = []
    by_source: dict[str, list[int]] = defaultdict(list)
    by_kind: dict[str, list[int]] = defaultdict(list)
    files = [f for cfg in CONFIGS for f in sorted(Path(a.build, "data", cfg).glob("*.parquet"))]
    if not files:
        print(f"{a.build}: no A/B/P parquet files under data/ (is it a build output?)", file=sys.stderr)
        return 2
    for f in files:
        for r in pq.read_table(f, columns=["metadata"]).to_pylist():
            md = r["metadata"]
            if md["role"] in ROLES:
                by_source[group_of(md)].append(md["context_tokens"])
                by_kind[md["minimized"]].append(md["context_tokens"])
                n = md["context_tokens"]
                if md["minimized"] == "none":
                    n = min(n, waiting.get((md["source"], md["path"], md.get("target_fn")), n))
                projected.append(n)
    everything = [x for xs in by_source.values() for x in xs]
    out = {"all": figures(everything), "by_source": {s: figures(v) for s, v in sorted(by_source.items())},
           "by_minimized": {k: figures(v) for k, v in sorted(by_kind.items())}, "target_median": TARGET}
    print(f"{'':<28}{'rows':>7}{'median':>9}{'p10':>8}{'p90':>9}{'<= ' + str(TARGET):>9}")
    for name, fig in [("all", out["all"]), *out["by_source"].items(), *((f"minimized: {k}", v) for k, v in out["by_minimized"].items())]:
        if fig["rows"]:
            print(f"{name:<28}{fig['rows']:>7}{fig['median']:>9.0f}{fig['p10']:>8.0f}{fig['p90']:>9.0f}"
                  f"{fig['at_or_under_target']:>9.1%}")
    m = out["all"].get("median", 0)
    print(f"median {m:.0f} code tokens  target {TARGET}  ratio {m / TARGET:.2f}")
    if a.pending:
        fig = out["projection_if_pending_slices_verify"] = figures(projected)
        print(f"projection (not a result): if every pending smaller slice verified, median "
              f"{fig['median']:.0f} ({fig['median'] / TARGET:.2f} of the target), "
              f"{fig['at_or_under_target']:.1%} at or under it")
    if a.json:
        Path(a.json).write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
