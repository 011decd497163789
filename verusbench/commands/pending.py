"""`verusbench pending status|retire`: the folders waiting for real Verus
(`verification/pending/<name>/`) against the ledgers that answer them
(`<results>/ledgers/<name>.jsonl.gz`), what uses each answer, and retiring an answered folder;
`status` also lists the run specs (`verification/runs/<name>.json`) and whether their outputs
came back (`<results>/runs/<name>/`)."""

from __future__ import annotations

import json
import sys

DEFAULT_ROOT = "verification/pending"
DEFAULT_RUNS = "verification/runs"


def register(sub) -> None:
    p = sub.add_parser("pending", help="pending folders vs. their answer ledgers; retire answered ones",
                       description="status: each folder's files, how many its answer ledger covers (by "
                                   "status) and the steps that use the answer. retire: delete folders "
                                   "whose answer covers every file (run their steps first).")
    p.add_argument("action", choices=["status", "retire"])
    p.add_argument("folders", nargs="*", metavar="FOLDER",
                   help=f"pending folders (default: every folder under {DEFAULT_ROOT}/); retire needs names")
    p.add_argument("--root", default=DEFAULT_ROOT, help="where the pending folders are")
    p.add_argument("--results", default=None,
                   help="the verus-results folder (default: $VERUSBENCH_RESULTS or ../shared/verus-results)")
    p.add_argument("--runs", default=DEFAULT_RUNS,
                   help="where the run specs are (status lists them when no FOLDER is named)")
    p.add_argument("--allow-partial", action="store_true", help="retire a folder its answer covers in part")
    p.add_argument("--json", action="store_true", help="status as JSON lines")
    p.set_defaults(func=run)


def _paths(args):
    from pathlib import Path

    from verusbench.pending import pending_folders
    if not args.folders:
        return pending_folders(args.root)
    out = []
    for f in args.folders:
        p = Path(f)
        out.append(p if p.is_dir() or "/" in f else Path(args.root) / f)
    return out


def run(args) -> int:
    from verusbench.pending import ANSWERED, folder_state, results_dir, retire
    if args.results is None and results_dir() is None:
        print("verusbench pending: no verus-results folder: set VERUSBENCH_RESULTS or pass --results",
              file=sys.stderr)
        return 2
    if args.action == "retire" and not args.folders:
        print("verusbench pending retire: name the folders to retire (see `verusbench pending status`)",
              file=sys.stderr)
        return 2
    rc = 0
    for path in _paths(args):
        try:
            if args.action == "retire":
                st = retire(path, args.results, allow_partial=args.allow_partial)
                print(f"retired {st.path}: {st.answered}/{st.files} files answered {st.by_status}; "
                      "commit its deletion")
                continue
            st = folder_state(path, args.results)
        except (OSError, ValueError) as e:
            print(f"verusbench pending: {e}", file=sys.stderr)
            rc = 1
            continue
        if args.json:
            print(json.dumps(st.to_dict(), sort_keys=True))
            continue
        line = f"{st.name}: {st.state}, {st.answered}/{st.files} files"
        if st.by_status:
            line += " (" + ", ".join(f"{k} {v}" for k, v in sorted(st.by_status.items())) + ")"
        print(line)
        for pr in st.problems:
            print(f"  problem: {pr}")
        if st.answered:
            for s in st.steps:
                print(f"  then: {s}")
            if st.state == ANSWERED:
                print(f"  then: verusbench pending retire {st.name}")
    if args.action == "status" and not args.folders:
        _runs(args)
    return rc


def _runs(args) -> None:
    """Each run spec: waiting, or answered with the files of its outputs folder."""
    from pathlib import Path

    from verusbench.pending import results_dir
    res = Path(args.results) if args.results else results_dir()
    for spec in sorted(Path(args.runs).glob("*.json")):
        back = res / "runs" / spec.stem
        files = sum(1 for f in back.rglob("*") if f.is_file()) if back.is_dir() else 0
        state = "answered" if files else "waiting"
        if args.json:
            print(json.dumps({"run": spec.stem, "state": state, "files": files, "results": str(back)}, sort_keys=True))
        elif files:
            print(f"run {spec.stem}: answered, {files} files in {back} (read its figures; see {spec})")
        else:
            print(f"run {spec.stem}: waiting ({spec}; its outputs return to {back})")
