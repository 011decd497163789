"""`verusbench eval`: score a predictions JSONL against a build with Verus.

Each line of --predictions is {"id": "<row id>", "predictions": ["...", ...]} (what
`verusbench generate` writes). Bad lines, unknown ids and unusable predictions become
per-row errors in the report; the rest of the evaluation completes. Without a local Verus:
`--export DIR` writes the candidate files, `verify-corpus DIR --out LEDGER` verifies them
elsewhere, and `--ledger LEDGER` completes the report from those results.
"""

from __future__ import annotations

import sys


def _ks(text: str) -> list[int]:
    try:
        ks = sorted({int(x) for x in text.split(",") if x.strip()})
    except ValueError:
        raise SystemExit(f"verusbench eval: --k must be comma-separated integers, got {text!r}")
    if not ks or ks[0] < 1:
        raise SystemExit(f"verusbench eval: --k values must be >= 1, got {text!r}")
    return ks


def register(sub) -> None:
    p = sub.add_parser("eval", help="score predictions against a build with Verus (pass@k)",
                       description="Integrity-check, assemble and verify every prediction; "
                                   "print pass@k and write a JSON report and a failure chart.")
    p.add_argument("--predictions", required=True, help="predictions JSONL: {\"id\", \"predictions\": [...]} per line")
    p.add_argument("--data", required=True, help="build dir (data/<config>/<split>-*.parquet) or Hub dataset id")
    p.add_argument("--config", default=None, help="task config, e.g. code_from_spec (default: all configs)")
    p.add_argument("--split", default="test", help="split (default test)")
    p.add_argument("--k", default="1", help="comma-separated k values for pass@k (default 1)")
    p.add_argument("--verus", default=None, help="Verus binary (default $VERUS_PATH, then PATH)")
    p.add_argument("--workers", type=int, default=None, help="parallel Verus jobs (default: cores)")
    p.add_argument("--backend", choices=("local", "ray"), default="local", help="verifier pool")
    p.add_argument("--address", default=None, help="Ray cluster address (with --backend ray)")
    p.add_argument("--timeout", type=float, default=120.0, help="wall-clock seconds per Verus job")
    p.add_argument("--rlimit", type=float, default=10.0, help="Verus --rlimit (also the cap on per-fn rlimit)")
    p.add_argument("--cache", default=None, help="SQLite result cache file")
    p.add_argument("--out", default="eval_report.json", help="JSON report path")
    p.add_argument("--chart", default=None, help="PNG bar chart of failures by category")
    p.add_argument("--export", metavar="DIR", default=None,
                   help="only integrity-check and write the candidate files (by content hash) "
                        "and a manifest to DIR, for `verusbench verify-corpus`; no Verus runs")
    p.add_argument("--ledger", metavar="LEDGER", nargs="*", default=None,
                   help="take Verus results from these ledgers instead of running Verus "
                        "(no paths: the shared verus-results ledgers); missing ones are pending")
    p.add_argument("--seed", type=int, default=0, help="smt.random_seed (default 0)")
    p.add_argument("--no-spec-grading", action="store_true",
                   help="skip task A's spec-strength grading (spec_equivalent@k)")
    p.add_argument("--allow-test-double", action="store_true",
                   help="accept results of tests/fake_verus (testing the harness only)")
    p.add_argument("--no-progress", action="store_true", help="no progress bars")
    p.set_defaults(func=run)


def run(args) -> int:
    from rich.console import Console

    from verusbench import scoring
    from verusbench.ledger import Ledger, default_ledger_paths, shared_identity
    from verusbench.scoring import report as rep
    from verusbench.verifier import ResultCache, VerifyJob, VerusNotFound

    con = Console(stderr=True, soft_wrap=True)   # paths in messages stay whole
    ks = _ks(args.k)
    if args.export and args.ledger is not None:
        con.print("verusbench eval: --export writes the files to verify and --ledger reads their "
                  "results: use one per run")
        return 2
    try:
        rows = scoring.load_rows(args.data, args.config, args.split)
    except (FileNotFoundError, OSError, ValueError) as e:
        con.print(f"verusbench eval: cannot read the data: {e}")
        return 2
    try:
        entries, errors = scoring.read_predictions_jsonl(args.predictions)
    except OSError as e:
        con.print(f"verusbench eval: cannot read {args.predictions}: {e.strerror}")
        return 2
    data = {"path": args.data, "config": args.config, "split": args.split}
    if args.export:
        folder = scoring.export(rows, entries, args.export, rlimit=args.rlimit, seed=args.seed,
                                spec_grading=not args.no_spec_grading, input_errors=errors,
                                progress=not args.no_progress,
                                extra_meta={"predictions_file": args.predictions, "data": data})
        n = folder.meta["counts"]
        print(f"wrote {folder.meta['files']} file(s) for {folder.meta['entries']} use(s) to "
              f"{args.export}: {n['candidates']} candidate(s) passed the integrity check, "
              f"{n['rejected']} rejected, {n['input_errors']} input error(s), "
              f"{n['spec_grading_queries']} spec grading quer(ies)")
        print(f"next: verusbench verify-corpus {args.export} --out LEDGER.jsonl (where Verus runs), "
              "then verusbench eval ... --ledger LEDGER.jsonl")
        return 0
    kw = dict(k=ks, timeout_s=args.timeout, rlimit=args.rlimit, seed=args.seed,
              allow_test_double=args.allow_test_double, progress=not args.no_progress,
              input_errors=errors, spec_grading=not args.no_spec_grading)
    led = None
    if args.ledger is not None:
        paths = args.ledger or default_ledger_paths()
        if not paths:
            con.print("verusbench eval: --ledger without paths reads the shared verus-results "
                      "ledgers, but none was found (set VERUSBENCH_RESULTS or give paths)")
            return 2
        # the shared ledgers' verifier is named by their identity.json: pin it
        ident = None if args.ledger else shared_identity()
        try:
            led = Ledger.load(paths, identity=ident,
                              flags=VerifyJob(text="", rlimit=args.rlimit, seed=args.seed).flags())
        except FileNotFoundError as e:
            con.print(f"verusbench eval: {e}", markup=False)
            return 2
        except OSError as e:
            con.print(f"verusbench eval: cannot read the ledger ({type(e).__name__}: {e})", markup=False)
            return 2
        if led.report.damaged:      # a truncated or corrupt .gz ledger: its figures would be partial
            con.print(f"verusbench eval: the ledger is damaged ({'; '.join(led.report.damaged)}); recover "
                      "its readable lines with `zcat LEDGER > LEDGER.jsonl` and pass that", markup=False)
            return 2
    try:
        if led is not None:
            report = scoring.score(rows, entries, ledger=led, **kw)
        else:
            report = scoring.score(rows, entries, verus=args.verus, workers=args.workers,
                                   backend=args.backend, address=args.address,
                                   cache=ResultCache(args.cache) if args.cache else None, **kw)
    except (scoring.TestDoubleRefused, VerusNotFound, ValueError) as e:
        con.print(f"verusbench eval: {e}", markup=False)
        return 2
    report["predictions_file"] = args.predictions
    report["data"] = data
    rep.write_json(report, args.out)
    if args.chart:
        rep.failure_chart(report, args.chart)
    rep.print_summary(report, Console())
    con.print(f"wrote {args.out}" + (f" and {args.chart}" if args.chart else ""))
    return 0
