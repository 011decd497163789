"""`verusbench verify-corpus DIR --out LEDGER`: run real Verus over an `eval --export`
folder, a `verification/pending/<name>/` folder, or a folder of .rs files, into a ledger
in the format of ../shared/verus-results (resumable; one verifier identity per ledger)."""

from __future__ import annotations

import json


def register(sub) -> None:
    p = sub.add_parser(
        "verify-corpus", help="verify a pending/export folder into a ledger (real Verus)",
        description="Verify every file of DIR that LEDGER does not answer yet (same verifier "
                    "identity and flags) and append the results as they arrive; a killed run "
                    "loses at most one chunk. The flags come from DIR's manifest (pinned flags "
                    "for a plain folder). Refuses a LEDGER of another verifier identity.")
    p.add_argument("folder", metavar="DIR", help="pending/export folder or folder of .rs files")
    p.add_argument("--out", required=True, metavar="LEDGER",
                   help="ledger to append to (.jsonl; .jsonl.gz works but a kill mid-write can truncate it)")
    p.add_argument("--verus", metavar="PATH", help="the verus binary (default: $VERUS_PATH, then PATH)")
    p.add_argument("--workers", type=int, default=None, help="parallel jobs (default: CPU cores)")
    p.add_argument("--backend", choices=("local", "ray"), default="local")
    p.add_argument("--address", help="Ray cluster address (with --backend ray)")
    p.add_argument("--timeout", type=float, default=120.0, metavar="S", help="wall-clock limit per file")
    p.add_argument("--chunk", type=int, default=None,
                   help="files per append to the ledger (default: 4 x workers)")
    p.add_argument("--cache", metavar="PATH", help="SQLite result cache (reused across runs)")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--allow-test-double", action="store_true",
                   help="accept tests/fake_verus (the ledger carries its identity: tests only)")
    p.set_defaults(func=run)


def run(args) -> int:
    from rich.console import Console

    from ..verifier import ResultCache, VerusNotFound, describe_identity, find_verus
    from ..verifier.corpus import CorpusError, verify_corpus

    con = Console(stderr=True, soft_wrap=True)   # paths in messages stay whole
    try:
        verus = find_verus(args.verus)
    except VerusNotFound as e:
        con.print(f"verusbench verify-corpus: {e}", markup=False)
        return 2
    try:
        summary = verify_corpus(args.folder, args.out, verus, timeout_s=args.timeout,
                                workers=args.workers, backend=args.backend, address=args.address,
                                cache=ResultCache(args.cache) if args.cache else None,
                                chunk=args.chunk, progress=not args.no_progress,
                                allow_test_double=args.allow_test_double)
    except CorpusError as e:
        con.print(f"verusbench verify-corpus: {e}", markup=False)
        return 2
    if args.json:
        print(json.dumps(summary, indent=2, sort_keys=True))
    else:
        print(f"{summary['files']} distinct file(s) in {args.folder}: "
              f"{summary['already_in_ledger']} already in {args.out}, {summary['verified_now']} "
              f"verified now ({', '.join(f'{k}={v}' for k, v in sorted(summary['by_status'].items())) or 'none'}), "
              f"{summary['written']} line(s) appended")
        print(f"verifier: {describe_identity(verus.identity)}")
    for s in summary["skipped"]:
        con.print(f"skipped: {s}", markup=False)
    if summary["crashed_not_recorded"]:
        con.print(f"{summary['crashed_not_recorded']} file(s) crashed the harness and were not "
                  "recorded; run the same command again to retry them", markup=False)
    if summary["verifier_is_test_double"]:
        con.print("[bold red]TEST DOUBLE ledger (tests/fake_verus): not Verus results[/bold red]")
    return 0
