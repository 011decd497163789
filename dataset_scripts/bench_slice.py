#!/usr/bin/env python
"""Inline crates and slice units over the upstream (project, library, example) files of a
corpus: crates inlined, units sliced, median reference size in code tokens before (whole
file) and after (slice), time per file; optionally export the slices for real Verus.

    python dataset_scripts/bench_slice.py [--corpus ../shared/corpus] [--json out.json]
        [--export verification/pending/slices-v1 --max-mb 14.5]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

from verusbench import constants as C
from verusbench.corpus import iter_corpus
from verusbench.inline import inline_records
from verusbench.ledger import Ledger, default_ledger_paths, text_sha256
from verusbench.pending import write_pending
from verusbench.slice import code_tokens, slice_in
from verusbench.syntax import parse
from verusbench.units import extract_units, file_is_unit_source

ROLES = (C.ROLE_PROJECT, C.ROLE_LIBRARY, C.ROLE_EXAMPLE)


def stable_key(meta: dict) -> str:
    return hashlib.sha256(f"{meta['source']}\0{meta['path']}\0{meta['target_fn']}".encode()).hexdigest()


def main() -> int:
    here = Path(__file__).resolve()
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(next((p / "shared" / "corpus" for p in here.parents
                                                  if (p / "shared" / "corpus").is_dir()), "corpus")))
    ap.add_argument("--sources", nargs="*", default=None)
    ap.add_argument("--json", default="")
    ap.add_argument("--export", default="")
    ap.add_argument("--max-mb", type=float, default=14.5)
    args = ap.parse_args()
    groups: dict[tuple, list] = defaultdict(list)
    for r in iter_corpus(args.corpus, sources=args.sources):
        if r.role in ROLES:
            groups[(r.source, r.repo, r.commit)].append(r)
    paths = default_ledger_paths()
    led = Ledger.load(paths) if paths else None
    per: dict[str, dict] = {}
    exports: list[tuple[str, dict]] = []
    t_all = time.perf_counter()
    for (source, repo, commit), recs in sorted(groups.items()):
        st = per.setdefault(source, {"files": 0, "crates": 0, "inline_problems": {}, "units": 0,
                                     "sliced": 0, "not_located": 0, "slice_diag": 0,
                                     "before": [], "after": [], "seconds": 0.0,
                                     "file_verified": 0, "file_in_ledger": 0, "slice_in_ledger": 0})
        t0 = time.perf_counter()
        st["files"] += len(recs)
        crates = inline_records(recs)
        st["crates"] += len(crates)
        owner: dict[str, list] = defaultdict(list)
        for c in crates:
            for p in c.problems:
                st["inline_problems"][p.kind] = st["inline_problems"].get(p.kind, 0) + 1
            for m in c.members:
                owner[m].append(c)
        parsed: dict[str, object] = {}
        for r in recs:
            ok, _ = file_is_unit_source(r)
            if not ok:
                continue
            pf = parse(r.text, path=r.path)
            if pf.diagnostics:
                continue
            units, _ = extract_units(r, pf)
            whole = code_tokens(r.text)
            fstat = led.status_of(r.text) if led else None
            for u in units:
                st["units"] += 1
                if fstat is not None:
                    st["file_in_ledger"] += 1
                    st["file_verified"] += fstat == "verified"
                sl = None
                for c in owner.get(r.path, ()):
                    if c.root_path not in parsed:
                        parsed[c.root_path] = parse(c.text)
                    sl = slice_in(c.text, u.fn_text(), parsed[c.root_path])
                    if sl is not None:
                        break
                if sl is None:
                    st["not_located"] += 1
                    continue
                st["sliced"] += 1
                st["before"].append(whole)
                st["after"].append(sl.context_tokens)
                if parse(sl.text).diagnostics:
                    st["slice_diag"] += 1
                    continue
                if led and led.status_of(sl.text) is not None:
                    st["slice_in_ledger"] += 1
                exports.append((sl.text, {"source": source, "repo": repo, "commit": commit,
                                          "path": r.path, "target_fn": sl.target_fn,
                                          "context_tokens": sl.context_tokens,
                                          "crate_root": c.root_path, "verified": C.VERIFIED_UNCHECKED}))
        st["seconds"] += time.perf_counter() - t0
    total_s = time.perf_counter() - t_all
    rows = {}
    print(f"{'source':28} files crates units sliced diag  med_before med_after  ms/file  file_verified")
    for s, st in sorted(per.items()):
        mb = statistics.median(st["before"]) if st["before"] else 0
        ma = statistics.median(st["after"]) if st["after"] else 0
        fv = f"{st['file_verified']}/{st['units']}"
        print(f"{s:28} {st['files']:5} {st['crates']:6} {st['units']:5} {st['sliced']:6} {st['slice_diag']:4}"
              f"  {mb:10.0f} {ma:9.0f}  {1000 * st['seconds'] / max(1, st['files']):7.1f}  {fv}")
        rows[s] = {**{k: v for k, v in st.items() if k not in ("before", "after")},
                   "median_before": mb, "median_after": ma}
    allb = [x for st in per.values() for x in st["before"]]
    alla = [x for st in per.values() for x in st["after"]]
    summary = {"per_source": rows, "total_seconds": total_s,
               "median_before": statistics.median(allb) if allb else 0,
               "median_after": statistics.median(alla) if alla else 0,
               "units": sum(st["units"] for st in per.values()),
               "sliced": sum(st["sliced"] for st in per.values()),
               "ledger": [str(p) for p in paths]}
    print(f"all: units {summary['units']} sliced {summary['sliced']} median {summary['median_before']:.0f}"
          f" -> {summary['median_after']:.0f} code tokens; {total_s:.1f} s")
    if args.export:
        exports.sort(key=lambda x: stable_key(x[1]))
        cap = int(args.max_mb * 1024 * 1024)
        chosen, seen, size = [], set(), 0
        for text, meta in exports:
            sha = text_sha256(text)
            n = 0 if sha in seen else len(text.encode("utf-8", "surrogateescape"))
            if size + n > cap:
                continue
            seen.add(sha)
            size += n
            chosen.append((text, meta))
        write_pending(args.export, chosen, name=Path(args.export).name,
                      purpose="dependency slices of upstream units (issue 10); unchecked until a ledger answers",
                      created_by="dataset_scripts/bench_slice.py",
                      extra_meta={"selection": f"sorted by sha256(source, path, target_fn); taken while "
                                               f"distinct texts stay under {args.max_mb} MB",
                                  "candidates": len(exports)})
        summary["exported"] = {"entries": len(chosen), "files": len(seen), "bytes": size,
                               "candidates": len(exports)}
        print(f"exported {len(chosen)} of {len(exports)} slices ({len(seen)} files, {size / 1e6:.1f} MB)")
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
