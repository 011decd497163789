"""`verusbench arena serve|export`: the Arena web judge and its open-data export."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("arena", help="the Arena: a web judge for Verus problems, and its export")
    asub = p.add_subparsers(dest="arena_command", metavar="ACTION")
    s = asub.add_parser("serve", help="serve the Arena (FastAPI + uvicorn) and judge its queue")
    s.add_argument("--db", default="sqlite:///arena.db", help="SQLAlchemy URL (default: %(default)s)")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8000)
    s.add_argument("--verus", help="Verus binary (else $VERUS_PATH / PATH)")
    s.add_argument("--no-judge", action="store_true", help="serve without judging (queue only)")
    s.add_argument("--judge-threads", type=int, default=1)
    s.add_argument("--cache", help="ResultCache SQLite file for verifier results")
    s.add_argument("--lease-s", type=float, default=180.0,
                   help="a claim expires after this long (> --job-timeout)")
    s.add_argument("--job-timeout", type=float, default=120.0)
    s.add_argument("--rate-per-min", type=int, default=10, help="submissions per token per minute")
    s.add_argument("--max-code-bytes", type=int, default=64_000)
    s.add_argument("--seed-from", metavar="BUILD_DIR", help="add problems from a build's test rows")
    s.add_argument("--config", default="code_from_spec", help="config of --seed-from")
    s.set_defaults(func=serve)
    e = asub.add_parser("export", help="export accepted problems and solutions (Hub layout)")
    e.add_argument("--db", default="sqlite:///arena.db")
    e.add_argument("--out", required=True)
    e.add_argument("--license", required=True, help="the data licence, e.g. cc-by-4.0")
    e.add_argument("--include-test-double", action="store_true",
                   help="also export solutions judged by a test double (labelled)")
    e.set_defaults(func=export)
    p.set_defaults(func=lambda a: (p.print_help(), 2)[1])


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    from ..arena import db as D
    from ..arena.seed import seed
    from ..arena.web import Settings, create_app
    from ..verifier import VerusNotFound, find_verus
    verus = None
    if not args.no_judge:
        try:
            verus = find_verus(args.verus)
        except VerusNotFound as ex:
            print(f"arena serve: {ex}\n(or run with --no-judge to only collect submissions)",
                  file=sys.stderr)
            return 2
        print(f"arena: judging with {verus.describe()}", file=sys.stderr)
    if args.seed_from:
        with D.sessions(D.make_engine(args.db))() as s:
            try:
                skipped: list[str] = []
                added = seed(s, args.seed_from, args.config, skipped=skipped)
            except (FileNotFoundError, ValueError) as ex:
                print(f"arena serve: --seed-from: {ex}", file=sys.stderr)
                return 2
        for line in skipped:
            print(f"arena: skipped {line}", file=sys.stderr)
        print(f"arena: seeded {len(added)} problems from {args.seed_from}", file=sys.stderr)
    app = create_app(Settings(db_url=args.db, verus=verus, judge_threads=args.judge_threads,
                              cache_path=args.cache, lease_s=args.lease_s,
                              job_timeout_s=args.job_timeout, rate_per_min=args.rate_per_min,
                              max_code_bytes=args.max_code_bytes))
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def export(args: argparse.Namespace) -> int:
    from ..arena import db as D
    from ..arena.export import export as do_export
    with D.sessions(D.make_engine(args.db))() as s:
        n = do_export(s, args.out, args.license, args.include_test_double)
    print(f"arena: exported {n['problems']} problems and {n['solutions']} solutions to {args.out}")
    return 0
