"""`verusbench leaderboard rescore|site`: re-verify submission bundles into result files with
the pinned verifier (Verus here or ledgers), and write the static site from the result files."""

from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("leaderboard", help="re-verify submissions; write the leaderboard site",
                       description=__doc__)
    lsub = p.add_subparsers(dest="leaderboard_command", metavar="ACTION")
    r = lsub.add_parser("rescore", help="bundles -> one result file each (claimed figures ignored)")
    r.add_argument("submissions", help="a bundle folder or a folder of bundles (submissions/<id>/)")
    r.add_argument("--data", required=True, help="build dir of the dataset version the leaderboard scores")
    r.add_argument("--results", required=True, help="folder for the result files")
    r.add_argument("--verus", default=None, help="run this Verus here (results cached with --cache)")
    r.add_argument("--cache", default=None, help="SQLite result cache: identical predictions cost no new runs")
    r.add_argument("--workers", type=int, default=None)
    r.add_argument("--ledger", nargs="*", default=None,
                   help="take results from these ledgers (no paths: the shared verus-results ones)")
    r.add_argument("--export", default=None, metavar="DIR",
                   help="also write each submission's candidates to DIR/<id>__<config>/ for verify-corpus")
    r.add_argument("--baselines", default=None, metavar="JSON",
                   help="also make the baseline entries listed in this file (leaderboard/baselines.json)")
    r.add_argument("--seed", type=int, default=0, help="bootstrap seed")
    r.add_argument("--n-boot", type=int, default=1000, help="bootstrap resamples")
    r.add_argument("--allow-test-double", action="store_true",
                   help="accept tests/fake_verus (results labelled TEST DOUBLE, never ranked)")
    r.set_defaults(func=run_rescore)
    f = lsub.add_parser("fetch", help="download the bundles of the submissions repo's open pull requests")
    f.add_argument("--out", required=True, help="submissions folder (bundles already there are kept)")
    f.add_argument("--repo", default=None, help="Hub dataset repo (default verusft/leaderboard-submissions)")
    f.add_argument("--token", default=None)
    f.set_defaults(func=run_fetch)
    s = lsub.add_parser("site", help="result files -> static site (index.html + audit pages)")
    s.add_argument("results", help="folder of result files")
    s.add_argument("--out", required=True, help="site folder")
    s.set_defaults(func=run_site)
    p.set_defaults(func=lambda a: (p.print_help(), 2)[1])


def run_rescore(args) -> int:
    from pathlib import Path

    from verusbench.hub import BuildInvalid, read_card_yaml
    from verusbench.leaderboard import rescore as RS
    from verusbench.ledger import default_ledger_paths, shared_identity
    from verusbench.scoring import TestDoubleRefused, load_rows
    from verusbench.verifier import ResultCache, VerusNotFound

    def fail(msg: str) -> int:
        print(f"verusbench leaderboard rescore: {msg}", file=sys.stderr)
        return 2
    try:
        rows = load_rows(args.data, None, "test")
        version = str(read_card_yaml(args.data).get("dataset_version") or "")
    except (OSError, ValueError, BuildInvalid) as e:
        return fail(f"cannot read the build {args.data}: {e}")
    ledger, ident = None, None
    if args.ledger is not None:
        ledger = args.ledger or default_ledger_paths()
        if not ledger:
            return fail("--ledger without paths reads the shared verus-results ledgers, but none was found")
        ident = None if args.ledger else shared_identity()
    try:
        verdicts = RS.make_verdicts(verus=args.verus, ledger=ledger, identity=ident,
                                    cache=ResultCache(args.cache) if args.cache else None,
                                    workers=args.workers, allow_test_double=args.allow_test_double)
    except (VerusNotFound, TestDoubleRefused, FileNotFoundError, ValueError) as e:
        return fail(str(e))
    made = []
    if args.baselines:
        made = RS.baseline_bundles(args.baselines, Path(args.baselines).resolve().parent.parent, rows,
                                   args.submissions, dataset_version=version)
        RS.placeholder_results(made, args.results, dataset_version=version)
    try:
        out = RS.rescore(args.submissions, rows, args.results, dataset_version=version,
                         verdicts=verdicts, export_dir=args.export, n_boot=args.n_boot, seed=args.seed,
                         allow_test_double=args.allow_test_double)
    except (TestDoubleRefused, FileNotFoundError) as e:
        return fail(str(e))
    for res in out + [m for m in made if "bundle" not in m]:
        name = res.get("submission_id") or res["model"]["model_name"]
        print(f"{name}: {res['status']}" + (f" ({len(res.get('problems', []))} problem(s))"
                                           if res.get("problems") else ""))
    print(f"wrote {len(out)} result file(s) to {args.results}")
    return 0


def run_site(args) -> int:
    from verusbench.leaderboard.results import load_results
    from verusbench.leaderboard.site import build_site

    idx = build_site(load_results(args.results), args.out)
    print(f"wrote {idx}")
    return 0


def run_fetch(args) -> int:
    from verusbench.leaderboard import bundle as B

    got = B.fetch_pending(args.out, args.repo or B.SUBMISSIONS_REPO, token=args.token)
    for p in got:
        print(f"fetched {p}")
    print(f"{len(got)} new bundle(s) in {args.out}; next: verusbench leaderboard rescore {args.out} ...")
    return 0
