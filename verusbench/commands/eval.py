"""`verusbench eval`: score a predictions JSONL against a build with Verus.

Each line of --predictions is {"id": "<row id>", "predictions": ["...", ...]} (what
`verusbench generate` writes). Bad lines, unknown ids and unusable predictions become
per-row errors in the report; the rest of the evaluation completes.
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
    p.add_argument("--allow-test-double", action="store_true",
                   help="accept results of tests/fake_verus (testing the harness only)")
    p.add_argument("--no-progress", action="store_true", help="no progress bars")
    p.set_defaults(func=run)


def run(args) -> int:
    from rich.console import Console

    from verusbench import report as rep
    from verusbench import scoring
    from verusbench.verifier import ResultCache, VerusNotFound, find_verus

    con = Console(stderr=True)
    ks = _ks(args.k)
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
    try:
        verus = find_verus(args.verus)
    except VerusNotFound as e:
        con.print(f"verusbench eval: {e}")
        return 2
    cache = ResultCache(args.cache) if args.cache else None
    try:
        report = scoring.score(rows, entries, k=ks, verus=verus, workers=args.workers,
                               backend=args.backend, address=args.address,
                               timeout_s=args.timeout, rlimit=args.rlimit, cache=cache,
                               allow_test_double=args.allow_test_double,
                               progress=not args.no_progress, input_errors=errors)
    except scoring.TestDoubleRefused as e:
        con.print(f"verusbench eval: {e}")
        return 2
    report["predictions_file"] = args.predictions
    report["data"] = {"path": args.data, "config": args.config, "split": args.split}
    rep.write_json(report, args.out)
    if args.chart:
        rep.failure_chart(report, args.chart)
    rep.print_summary(report, Console())
    con.print(f"wrote {args.out}" + (f" and {args.chart}" if args.chart else ""))
    return 0
