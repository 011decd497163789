"""`verusbench build`: build the dataset (Hub layout) from a corpus."""

from __future__ import annotations

import sys

from verusbench import constants as C


def register(sub) -> None:
    p = sub.add_parser("build", help="build the dataset (parquet + card) from a corpus",
                       description="Turn a raw corpus into the task configs "
                                   f"({', '.join(C.TASKS)}) with leakage-free splits.")
    p.add_argument("--corpus", required=True, help="corpus dir (<source>.jsonl.gz + MANIFEST.json), "
                   "a folder of .rs files, or `demo`")
    p.add_argument("--out", required=True, help="output dir (data/<config>/<split>-*.parquet, README.md, BUILD_REPORT.json)")
    p.add_argument("--configs", nargs="+", choices=C.TASKS, default=list(C.TASKS), help="configs to build")
    p.add_argument("--sources", nargs="+", default=None, help="only these corpus sources")
    p.add_argument("--verus", default=None, help="Verus binary: run it on synthetic repair mutants "
                   "(keeps only those it rejects, with its error text)")
    p.add_argument("--allow-test-double", action="store_true",
                   help="tests only: accept the test double tests/fake_verus as --verus "
                        "(its output is labelled as such in every row, the card and the report)")
    p.add_argument("--ledger", nargs="+", default=None, metavar="PATH",
                   help="real Verus results (ledger .jsonl.gz) giving every row its reference_status "
                        "and C rows their errors; default: the shared verus-results ledgers when found")
    p.add_argument("--no-ledger", action="store_true",
                   help="consult no ledger: every row `unchecked`, test split not filtered")
    p.add_argument("--no-upgrade", action="store_true",
                   help="skip the Verus-Bench upgrade pass (verusbench.upgrade)")
    p.add_argument("--export-pending", default=None, metavar="DIR",
                   help="write every distinct reference/broken file the ledger lacks as a pending folder")
    p.add_argument("--export-upgraded", default=None, metavar="DIR",
                   help="write the upgraded Verus-Bench files (and broken files cut from them) as a pending folder")
    p.add_argument("--export-roles", nargs="+", choices=("reference", "broken"),
                   default=["reference", "broken"], help="which files the exports hold")
    p.add_argument("--minimize", choices=("slice", "contracts", "none"), default="slice",
                   help="project/library/example units: slice each fn's context out of its inlined "
                        "crate (the ledger picks slice or whole file); contracts: the same, with the "
                        "dependency exec/proof fns kept as trusted contracts (external_body, body "
                        "dropped); none: keep whole files")
    p.add_argument("--export-slices", default=None, metavar="DIR",
                   help="write the slices the ledger lacks as a pending folder (used ones first)")
    p.add_argument("--export-slices-mb", type=float, default=14.5, metavar="MB",
                   help="size cap of --export-slices (default 14.5)")
    p.add_argument("--big-slices", action="store_true",
                   help="slice a unit whose file fails alone to its whole closure even when that is bigger "
                        "than the file: used when the ledger says it verifies, else exported (slower)")
    p.add_argument("--export-slices-skip", nargs="+", default=[], metavar="DIR",
                   help="pending folders (e.g. an earlier --export-slices) whose slices --export-slices leaves out")
    p.add_argument("--reductions", nargs="+", default=None, metavar="DIR",
                   help="`verusbench reduce` output folder(s): a verified slice whose reduction the "
                        "ledgers (add DIR/ledger.jsonl.gz to --ledger) say verifies is replaced by it")
    p.add_argument("--attempts", nargs="+", default=None, metavar="STORE",
                   help="model-attempt stores (verusbench.attempts) whose attempts that fail under the "
                        "ledger's Verus become repair rows; default: verification/attempts/*.jsonl.gz")
    p.add_argument("--no-attempts", action="store_true", help="make no repair rows from model attempts")
    p.add_argument("--limit", type=int, default=None, help="at most N unit files per source (quick builds)")
    p.add_argument("--workers", type=int, default=2, help="parser processes")
    p.add_argument("--max-units-per-file", type=int, default=None, help="rows per task from one file")
    p.add_argument("--no-progress", action="store_true", help="no progress bars")
    p.set_defaults(func=run)


def run(args) -> int:
    from rich.console import Console

    from verusbench.build import MAX_UNITS_PER_FILE, BuildOptions, build, summary_table, write
    from verusbench.pipeline import StageError
    from verusbench.verifier import VerusNotFound

    from verusbench.attempts import default_store_paths
    from verusbench.ledger import default_ledger_paths

    ledger = None if args.no_ledger else (args.ledger or [str(p) for p in default_ledger_paths()])
    attempts = None if args.no_attempts else (args.attempts or [str(p) for p in default_store_paths()])
    opts = BuildOptions(corpus=args.corpus, out=args.out, configs=tuple(args.configs),
                        sources=args.sources, verus=args.verus, limit=args.limit,
                        workers=args.workers, progress=not args.no_progress,
                        max_units_per_file=args.max_units_per_file or MAX_UNITS_PER_FILE,
                        allow_test_double=args.allow_test_double, ledger=ledger or None,
                        upgrade=not args.no_upgrade, export_pending=args.export_pending,
                        export_upgraded=args.export_upgraded,
                        export_roles=tuple(args.export_roles), minimize=args.minimize,
                        export_slices=args.export_slices, export_slices_mb=args.export_slices_mb,
                        export_slices_skip=tuple(args.export_slices_skip), big_slices=args.big_slices,
                        reductions=args.reductions, attempts=attempts or None)
    bad_input = (FileNotFoundError, NotADirectoryError, ValueError, VerusNotFound)
    try:
        from verusbench.pending import read_pending
        for d in opts.export_slices_skip:    # before the build, not after it
            read_pending(d)
        res = build(opts)
    except bad_input as e:
        print(f"verusbench build: {e}", file=sys.stderr)
        return 2
    except StageError as e:
        if not isinstance(e.__cause__, bad_input):
            raise
        print(f"verusbench build: {e}", file=sys.stderr)
        return 2
    write(res, opts)
    con = Console(stderr=True)
    con.print(summary_table(res))
    t = res.report["timings_s"]
    con.print("stages (s): " + ", ".join(f"{k} {v}" for k, v in t.items()) +
              f"; peak RSS {res.report.get('peak_rss_mb', 0)} MB")
    lg = res.report.get("ledger", {})
    con.print(f"ledger: {lg.get('verifier') or 'none (every row unchecked)'}; "
              f"{lg.get('entries', 0)} entries, ignored {lg.get('load', {}).get('ignored', {})}")
    for d in lg.get("load", {}).get("damaged", []):
        con.print(f"ledger damaged: {d}", markup=False)
    for k, v in res.report.get("pending_exports", {}).items():
        con.print(f"{k}: {v['files']} files ({v['entries']} uses) in {v['dir']}")
    con.print(f"wrote {args.out} (skipped files are listed in {args.out}/BUILD_REPORT.json)")
    return 0
