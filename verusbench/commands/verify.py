"""`verusbench verify FILE...`: run Verus on files with the benchmark's pinned flags and limits."""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path

from .. import constants as C


def register(sub) -> None:
    p = sub.add_parser(
        "verify", help="run Verus on files (pinned flags, limits, cache, local/Ray pool)",
        description="Verify standalone Verus files (--crate-type=lib) under pinned flags "
                    "(--rlimit, smt.random_seed, --num-threads 1), a wall-clock timeout and a "
                    "memory limit. Exit 0 iff every file verified; 1 otherwise; 2 if Verus "
                    "cannot be used.")
    p.add_argument("files", nargs="+", metavar="FILE", help="Verus source files")
    p.add_argument("--verus", metavar="PATH", help="the verus binary (default: $VERUS_PATH, then PATH)")
    p.add_argument("--json", action="store_true", help="print a JSON report instead of a table")
    p.add_argument("--workers", type=int, default=None, help="parallel jobs (default: CPU cores)")
    p.add_argument("--backend", choices=("local", "ray"), default="local")
    p.add_argument("--address", help="Ray cluster address (with --backend ray)")
    p.add_argument("--timeout", type=float, default=120.0, metavar="S", help="wall-clock limit per file")
    p.add_argument("--rlimit", type=float, default=10.0, metavar="R", help="Verus --rlimit")
    p.add_argument("--seed", type=int, default=0, help="smt.random_seed")
    p.add_argument("--memory-mb", type=int, default=8192, help="address-space limit per job")
    p.add_argument("--cache", metavar="PATH", help="SQLite result cache (reused across runs)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--allow-test-double", action="store_true",
                   help="accept tests/fake_verus as the verifier (its results are labelled as such)")
    p.set_defaults(func=run)


def _read(path: str) -> tuple[str | None, str | None]:
    try:
        raw = Path(path).read_bytes()
    except OSError as e:
        return None, f"cannot read {path}: {e.strerror or e}"
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as e:
        return None, f"{path} is not UTF-8 text (byte {e.start}); Verus needs UTF-8 source"


def _first_error(r) -> str:
    d = r.first_error()
    if d is None:
        return r.notes[-1] if r.status in (C.STATUS_CRASHED, C.STATUS_TIMEOUT) and r.notes else ""
    where = f"{d.line}:{d.col} " if d.line is not None else ""
    return f"{where}[{d.category}] {d.message}"


def run(args) -> int:
    from ..verifier import (ResultCache, VerifyJob, VerusNotFound, describe_identity, find_verus,
                            is_test_double, verify_many)

    try:
        verus = find_verus(args.verus)
    except VerusNotFound as e:
        print(f"verusbench verify: {e}", file=sys.stderr)
        return 2
    double = is_test_double(verus.identity)
    if double and not args.allow_test_double:
        print(f"verusbench verify: {verus.path} is the test double (tests/fake_verus), not Verus; "
              "its output is not a Verus result. Point --verus / VERUS_PATH at a real Verus, or "
              "pass --allow-test-double to run it anyway (results are labelled).", file=sys.stderr)
        return 2
    jobs, input_errors = [], []
    for f in args.files:
        text, err = _read(f)
        if err:
            input_errors.append({"file": f, "message": err})
            print(f"verusbench verify: {err}", file=sys.stderr)
        else:
            jobs.append(VerifyJob(text=text, name=f, rlimit=args.rlimit, seed=args.seed,
                                  timeout_s=args.timeout, memory_mb=args.memory_mb))
    cache = ResultCache(args.cache) if args.cache else None
    results = verify_many(jobs, verus, workers=args.workers, backend=args.backend,
                          address=args.address, cache=cache, progress=not args.no_progress)
    counts = Counter(r.status for r in results)
    ok = not input_errors and all(r.status == C.STATUS_VERIFIED for r in results)
    label = describe_identity(verus.identity)
    if args.json:
        report = {"verifier": verus.identity, "verifier_description": label, "test_double": double,
                  "verus_path": verus.path, "all_verified": ok, "counts": dict(counts),
                  "results": [r.to_dict() for r in results], "input_errors": input_errors}
        json.dump(report, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0 if ok else 1

    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    # piped output: do not wrap the table at rich's 80-column default
    con = Console(width=None if sys.stdout.isatty() or os.environ.get("COLUMNS") else 200)
    if double:
        con.print("[bold red]RESULTS FROM THE TEST DOUBLE (tests/fake_verus): NOT VERUS RESULTS[/]")
    table = Table(caption=escape(label))
    for col in ("file", "status", "verified", "errors", "first error"):
        table.add_column(col, overflow="fold")
    style = {C.STATUS_VERIFIED: "green", C.STATUS_FAILED: "red", C.STATUS_COMPILE_ERROR: "red",
             C.STATUS_TIMEOUT: "yellow", C.STATUS_CRASHED: "magenta"}
    for r in results:
        status = r.status + (" (cached)" if r.cached else "")
        table.add_row(escape(r.name), f"[{style.get(r.status, 'white')}]{status}[/]", str(r.verified),
                      str(r.errors), escape(_first_error(r)))
    for e in input_errors:
        table.add_row(escape(e["file"]), "[red]unreadable[/]", "-", "-", escape(e["message"]))
    con.print(table)
    summary = ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))
    con.print(f"{len(results)} file(s): {summary or 'none'}"
              + (f"; {len(input_errors)} unreadable" if input_errors else "")
              + (" [test double]" if double else ""))
    return 0 if ok else 1
