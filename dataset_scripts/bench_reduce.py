#!/usr/bin/env python
"""Search cost of Verus-guided reduction (`verusbench.reduce`), strategy against strategy,
with a stand-in oracle: how far each ddmin candidate order gets within the run's call budget.

    python dataset_scripts/bench_reduce.py verification/pending/slices-v2 [more folders]
        [--every 10] [--max-calls 120] [--max-tokens N] [--strategies tree flat] [--json out.json]

No Verus runs here, so the oracle is a stand-in, and its answers are **not Verus results**:
a candidate "verifies" iff it keeps every item the slicer's closure reaches from the target
without the two over-approximating rules (a method kept by its name on any type, `method`;
an impl of an outside trait kept with its type, `type_impl`), i.e. the hypothesis that what
those rules added is never needed. The reducer's own prechecks (it parses, the target is
byte-identical, no escape hatch, no removed item still named) run as in a real run. Printed
per strategy: code tokens before and after (median, share at or under 1,100), oracle calls,
share of slices that spent the budget, and the stand-in's floor (the tokens of what it needs).
Real reductions come from the `reduce-slices` run spec (verification/runs/).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from verusbench.pending import read_pending
from verusbench.reduce import STRATEGIES, CallableOracle, find_target, reduce_text
from verusbench.slice import CrateGraph, _needed, code_tokens
from verusbench.syntax import parse

TARGET = 1100
#: the closure rules the stand-in oracle takes for over-approximations
CUT_RULES = ("method", "type_impl")


def stand_in(text: str, target: str) -> tuple[list[str], int]:
    """(texts of the leaf items the stand-in needs, their code tokens)."""
    pf = parse(text)
    t = find_target(pf, target)
    g = CrateGraph(pf)
    why: dict[int, tuple] = {}
    _needed(g, t, why)
    ok: dict[int, bool] = {}

    def strict(i: int) -> bool:   # the item's chain to the target avoids the cut rules
        chain, j = [], i
        while j is not None and j not in ok:
            chain.append(j)
            rule, src = why[j]
            if rule in CUT_RULES:
                val = False
                break
            j = src
        else:
            val = True if j is None else ok[j]
        for c in chain:
            ok[c] = val
        return ok[i]

    leaves = [g.by_id[i] for i in why if strict(i) and not g.by_id[i].children]
    texts = [pf.text(it.span) for it in leaves]
    return texts, sum(g.own_tokens(it) for it in leaves)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--every", type=int, default=10, help="every Nth slice of each manifest")
    ap.add_argument("--max-calls", type=int, default=120)
    ap.add_argument("--max-tokens", type=int, default=0, help="skip slices with more code tokens (manifest)")
    ap.add_argument("--strategies", nargs="+", default=list(STRATEGIES), choices=STRATEGIES)
    ap.add_argument("--json", default="")
    args = ap.parse_args()
    inputs = []
    for folder in args.folders:
        rows = [r for r in read_pending(folder).entries if r.get("target_fn")
                and not (args.max_tokens and r.get("context_tokens", 0) > args.max_tokens)]
        for r in rows[::max(1, args.every)]:
            inputs.append((Path(folder) / "files" / f"{r['sha256']}.rs", r["target_fn"]))
    per: dict[str, list[dict]] = {s: [] for s in args.strategies}
    floors = []
    for path, target in inputs:
        text = path.read_text(encoding="utf-8")
        try:
            needed, floor = stand_in(text, target)
        except (ValueError, KeyError) as e:
            print(f"skipped {path}: {e}", file=sys.stderr)
            continue
        floors.append(floor)
        oracle = CallableOracle(lambda cand, needed=needed: all(x in cand for x in needed))
        for s in args.strategies:
            t0 = time.perf_counter()
            red = reduce_text(text, target, oracle, max_calls=args.max_calls, max_seconds=1e9, strategy=s)
            per[s].append({"before": red.tokens_before, "after": red.tokens_after, "calls": red.oracle_calls,
                           "exhausted": red.budget_exhausted, "seconds": time.perf_counter() - t0,
                           "status": red.status})
    n = len(floors)
    print(f"{n} slices ({', '.join(args.folders)}, every {args.every}th), budget {args.max_calls} oracle calls; "
          "stand-in oracle, not Verus")
    summary: dict = {"slices": n, "max_calls": args.max_calls, "cut_rules": list(CUT_RULES), "strategies": {}}
    if not n:
        return 1
    before = [r["before"] for r in per[args.strategies[0]]]
    print(f"before: median {statistics.median(before):,.0f} code tokens, "
          f"{100 * sum(b <= TARGET for b in before) / n:.1f}% at <= {TARGET:,}; stand-in floor median "
          f"{statistics.median(floors):,.0f}")
    print(f"{'strategy':9} {'after med':>9} {'<=1,100':>8} {'after/before':>12} {'calls mean':>10} "
          f"{'budget spent':>12} {'s/slice':>8}")
    for s, rs in per.items():
        after = [r["after"] for r in rs]
        row = {"after_median": statistics.median(after),
               "share_at_target": sum(a <= TARGET for a in after) / n,
               "ratio_median": statistics.median(r["after"] / max(1, r["before"]) for r in rs),
               "calls_mean": statistics.mean(r["calls"] for r in rs),
               "budget_spent": sum(r["exhausted"] for r in rs) / n,
               "seconds_mean": statistics.mean(r["seconds"] for r in rs)}
        summary["strategies"][s] = row
        print(f"{s:9} {row['after_median']:9,.0f} {100 * row['share_at_target']:7.1f}% {row['ratio_median']:12.2f} "
              f"{row['calls_mean']:10.1f} {100 * row['budget_spent']:11.1f}% {row['seconds_mean']:8.2f}")
    summary.update(before_median=statistics.median(before), floor_median=statistics.median(floors))
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
