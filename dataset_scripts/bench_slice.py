#!/usr/bin/env python
"""Minimize (inline crates, slice units) over the upstream (project, library, example) files
of a corpus via verusbench.minimize: per source files, crates, units, sliced, reasons, code
tokens before (whole file) and after (slice), ms/file; optionally SmolLM2 token medians and
an export of the slices for real Verus.

    python dataset_scripts/bench_slice.py [--corpus ../shared/corpus] [--sources verus vostd]
        [--json out.json] [--smollm2] [--export verification/pending/slices-v2 --max-mb 14.5]
        [--why 15]   (every 15th unit: mean tokens per closure rule, from verusbench.slice.explain)
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from verusbench import constants as C
from verusbench.build import select_slices
from verusbench.corpus import iter_corpus
from verusbench.ledger import text_sha256
from verusbench.minimize import SliceChoice, Crate, inline_group, slice_group
from verusbench.slice import explain
from verusbench.pending import write_pending
from verusbench.syntax import parse
from verusbench.units import extract_units, file_is_unit_source

ROLES = (C.ROLE_PROJECT, C.ROLE_LIBRARY, C.ROLE_EXAMPLE)


def quantiles(xs: list[int]) -> dict:
    """median, p10, p90 (0 for an empty list)."""
    if not xs:
        return {"median": 0, "p10": 0, "p90": 0}
    if len(xs) == 1:
        return {"median": xs[0], "p10": xs[0], "p90": xs[0]}
    q = statistics.quantiles(xs, n=10, method="inclusive")
    return {"median": statistics.median(xs), "p10": q[0], "p90": q[-1]}


def reason_kind(reason: str) -> str:
    """Short bucket of a minimize reason string."""
    if " not located " in reason:
        return "not_located"
    if reason.startswith("slice does not parse"):
        return "slice_diag"
    if reason.startswith("crate "):
        return "crate_diag"
    return "other"


def main() -> int:
    here = Path(__file__).resolve()
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(next((p / "shared" / "corpus" for p in here.parents
                                                  if (p / "shared" / "corpus").is_dir()), "corpus")))
    ap.add_argument("--sources", nargs="*", default=None)
    ap.add_argument("--json", default="")
    ap.add_argument("--smollm2", action="store_true", help="also SmolLM2 token medians (before/after)")
    ap.add_argument("--export", default="")
    ap.add_argument("--max-mb", type=float, default=14.5)
    ap.add_argument("--why", type=int, default=0, help="explain every Nth unit's slice by rule")
    ap.add_argument("--contracts", action="store_true",
                    help="slice as `build --minimize contracts` (dependency exec/proof fns as trusted contracts)")
    args = ap.parse_args()
    groups: dict[tuple, list] = defaultdict(list)
    for r in iter_corpus(args.corpus, sources=args.sources):
        if r.role in ROLES:
            groups[(r.source, r.repo, r.commit)].append(r)
    from verusbench.ledger import Ledger, default_ledger_paths
    ledger_paths = [str(p) for p in default_ledger_paths()]
    led = Ledger.load(ledger_paths) if ledger_paths else None
    per: dict[str, dict] = {}
    exports: list[tuple[str, dict]] = []
    t_all = time.perf_counter()
    for (source, repo, commit), recs in sorted(groups.items()):
        st = per.setdefault(source, {"files": 0, "crates": 0, "inline_problems": Counter(), "units": 0,
                                     "sliced": 0, "reasons": Counter(), "before": [], "after": [],
                                     "texts": [], "seconds": 0.0})
        t0 = time.perf_counter()
        st["files"] += len(recs)
        units_by_path = {}
        for r in recs:
            if file_is_unit_source(r)[0]:
                pf = parse(r.text, path=r.path)
                if not pf.diagnostics:
                    units_by_path[r.path] = extract_units(r, pf)[0]
        ig = inline_group(recs)
        res = slice_group(ig, units_by_path, contracts=args.contracts)
        if args.why:
            why = st.setdefault("why", {"units": 0, "rules": defaultdict(lambda: [0, 0, 0])})
            k = 0
            for path in sorted(units_by_path):
                for u in units_by_path[path]:
                    k += 1
                    if k % args.why:
                        continue
                    cr = (ig.owners.get(path) or [Crate(path, u.text)])[0]
                    it = cr.locate(u.src[u.fn.span[0]:u.fn.span[1]], u.fn.impl_of)
                    if it is None:
                        continue
                    why["units"] += 1
                    for rule, v in explain(cr.graph(), it).items():
                        for j in range(3):
                            why["rules"][rule][j] += v[j]
        st["crates"] += len(res.crates)
        for probs in res.inline_problems.values():
            st["inline_problems"].update(p.kind for p in probs)
        file_ok: dict[str, bool] = {}
        for path, i, ch in res.choices():
            st["units"] += 1
            if not isinstance(ch, SliceChoice):
                st["reasons"][reason_kind(ch)] += 1
                continue
            st["sliced"] += 1
            st["before"].append(ch.whole_tokens)
            st["after"].append(ch.context_tokens)
            u = units_by_path[path][i]
            # what the build can use: a smaller slice, else the file (does it verify alone?)
            if path not in file_ok:     # one ledger look-up per file, not per unit
                file_ok[path] = led is not None and led.status_of(u.text) == C.STATUS_VERIFIED
            kind = "smaller" if ch.context_tokens < ch.whole_tokens else (
                "not_smaller_file_verifies" if file_ok[path] else "not_smaller_file_fails")
            st.setdefault("standalone", Counter())[kind] += 1
            st.setdefault("used_tokens", []).append(min(ch.context_tokens, ch.whole_tokens))
            if kind == "not_smaller_file_fails":
                st.setdefault("big_slices", []).append(ch.context_tokens)
            if args.smollm2:
                st["texts"].append((u.text, ch.text))
            if args.export:
                exports.append((ch.text, {"source": source, "repo": repo, "commit": commit, "path": path,
                                          "target_fn": u.fn_name, "context_tokens": ch.context_tokens,
                                          "crate_root": ch.crate_root, "verified": C.VERIFIED_UNCHECKED}))
        st["seconds"] += time.perf_counter() - t0
    total_s = time.perf_counter() - t_all
    tok = None
    if args.smollm2:
        from verusbench.train.base_model import ModelRef, load_tokenizer, smollm2_gguf_path
        tok = load_tokenizer(ModelRef.parse(str(smollm2_gguf_path())))
    rows = {}
    print(f"{'source':26} files crates units sliced  reasons            before med (p10-p90)     "
          f"after med (p10-p90)  ms/file" + ("  smollm2 before->after" if tok else ""))
    for s, st in sorted(per.items()):
        b, a = quantiles(st["before"]), quantiles(st["after"])
        row = {k: (dict(v) if isinstance(v, Counter) else v) for k, v in st.items()
               if k not in ("before", "after", "texts", "why", "used_tokens", "big_slices")}
        row["min_slice_file"] = quantiles(st.get("used_tokens", []))
        row["big_slices"] = quantiles(st.get("big_slices", []))
        if "why" in st:
            n = max(1, st["why"]["units"])
            row["why"] = {r: [round(x / n) for x in v] for r, v in
                          sorted(st["why"]["rules"].items(), key=lambda kv: -kv[1][2])}
        row.update(before=b, after=a, ms_per_file=1000 * st["seconds"] / max(1, st["files"]))
        extra = ""
        if tok:
            cache: dict[str, int] = {}
            n = lambda t: cache.setdefault(t, len(tok(t, add_special_tokens=False)["input_ids"]))  # noqa: E731
            row["smollm2_before"] = statistics.median(n(x) for x, _ in st["texts"]) if st["texts"] else 0
            row["smollm2_after"] = statistics.median(n(y) for _, y in st["texts"]) if st["texts"] else 0
            extra = f"  {row['smollm2_before']:.0f} -> {row['smollm2_after']:.0f}"
        reasons = ",".join(f"{k}={v}" for k, v in sorted(st["reasons"].items())) or "-"
        print(f"{s:26} {st['files']:5} {st['crates']:6} {st['units']:5} {st['sliced']:6}  {reasons:18}"
              f" {b['median']:7.0f} ({b['p10']:.0f}-{b['p90']:.0f})  {a['median']:9.0f} ({a['p10']:.0f}-{a['p90']:.0f})"
              f"  {row['ms_per_file']:7.1f}{extra}")
        rows[s] = row
        if "why" in row:
            print("    why (per sampled unit: items, own tokens, tokens reached): " + "; ".join(
                f"{r} {v[0]}/{v[1]}/{v[2]}" for r, v in list(row["why"].items())[:6]))
    allb = [x for st in per.values() for x in st["before"]]
    alla = [x for st in per.values() for x in st["after"]]
    summary = {"per_source": rows, "total_seconds": total_s, "before": quantiles(allb), "after": quantiles(alla),
               "files": sum(st["files"] for st in per.values()),
               "units": sum(st["units"] for st in per.values()),
               "sliced": sum(st["sliced"] for st in per.values())}
    print(f"all: files {summary['files']} units {summary['units']} sliced {summary['sliced']}; median "
          f"{summary['before']['median']:.0f} -> {summary['after']['median']:.0f} code tokens; {total_s:.1f} s")
    # the >= 70% target (issue 10) counts units with a standalone context that verifies: a
    # smaller slice (once verified) or a file verified alone; a unit whose file fails alone and
    # whose slice is no smaller can only get one through reduction
    print(f"standalone contexts (ledgers: {len(ledger_paths)} files; slices unverified until theirs come):")
    print(f"{'source':26} units  smaller  file_verifies  file_fails  min(slice,file) med  file_fails slice med (p10-p90)")
    for s, st in sorted(per.items()):
        c, bq, mq = st.get("standalone", Counter()), rows[s]["big_slices"], rows[s]["min_slice_file"]
        print(f"{s:26} {st['units']:5} {c['smaller']:8} {c['not_smaller_file_verifies']:14} "
              f"{c['not_smaller_file_fails']:11} {mq['median']:20.0f}  {bq['median']:9.0f} ({bq['p10']:.0f}-{bq['p90']:.0f})")
    tot = Counter()
    for st in per.values():
        tot.update(st.get("standalone", Counter()))
    n_units = max(1, summary["units"])
    summary["standalone"] = dict(tot)
    summary["min_slice_file"] = quantiles([x for st in per.values() for x in st.get("used_tokens", [])])
    summary["standalone_ceiling"] = (tot["smaller"] + tot["not_smaller_file_verifies"]) / n_units
    # a big slice (its file fails alone, the slice is no smaller) is standalone too: with
    # --big-slices the build uses it once the verify-big-slices run says it verifies
    summary["standalone_ceiling_big"] = summary["standalone_ceiling"] + tot["not_smaller_file_fails"] / n_units
    print(f"all: {tot['smaller']} smaller slices, {tot['not_smaller_file_verifies']} files verified alone, "
          f"{tot['not_smaller_file_fails']} files failing alone with no smaller slice; without reduction at most "
          f"{100 * summary['standalone_ceiling']:.1f}% of units can have a verified standalone context "
          f"({100 * summary['standalone_ceiling_big']:.1f}% counting the big slices, as --big-slices does); "
          f"median min(slice, file) {summary['min_slice_file']['median']:.0f} code tokens")
    if args.export:
        chosen, meta = select_slices(exports, args.max_mb)
        write_pending(args.export, chosen, name=Path(args.export).name,
                      purpose="dependency slices of upstream units (issue 10); unchecked until a ledger answers",
                      created_by="dataset_scripts/bench_slice.py", extra_meta=meta)
        files = len({text_sha256(t) for t, _ in chosen})
        summary["exported"] = {"entries": len(chosen), "files": files, "bytes": meta["bytes"],
                               "candidates": len(exports)}
        print(f"exported {len(chosen)} of {len(exports)} slices ({files} files, {meta['bytes'] / 1e6:.1f} MB)")
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
