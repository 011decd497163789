"""`verusbench serve-verifier`: Verus over HTTP (token auth, bounded queue, result cache)."""

from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("serve-verifier", help="serve Verus over HTTP for trainers elsewhere (RL)",
                       description="HTTP verifier for `--verifier-url` (GRPO reward, VerusEnv): "
                                   "loopback by default, bearer-token auth, bounded queue (429 when "
                                   "full), answers from the result cache.")
    p.add_argument("--verus", help="Verus binary (default: $VERUS_PATH, then PATH)")
    p.add_argument("--host", default="127.0.0.1", help="bind address (default loopback; "
                   "0.0.0.0 exposes it: keep the token secret)")
    p.add_argument("--port", type=int, default=8765, help="0 = any free port (see --ready-file)")
    p.add_argument("--token", help="bearer token (default: $VERUSBENCH_VERIFIER_TOKEN or --token-file)")
    p.add_argument("--token-file", help="read the token here; made with a random token if absent")
    p.add_argument("--cache", help="SQLite result cache (default: none)")
    p.add_argument("--workers", type=int, default=2, help="parallel Verus processes")
    p.add_argument("--max-queue", type=int, default=64, help="uncached jobs accepted at once")
    p.add_argument("--max-timeout-s", type=float, default=600.0, help="cap on a job's timeout")
    p.add_argument("--ready-file", help="write {url, port, pid} here once listening")
    p.add_argument("--allow-test-double", action="store_true",
                   help="serve tests/fake_verus (harness tests only; its results are labelled)")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..rl.backend import TestDoubleRefused, refuse_test_double
    from ..rl.server import load_token, serve
    from ..verifier import ResultCache, VerusNotFound, find_verus

    try:
        vb = find_verus(args.verus)
        refuse_test_double(vb.identity, args.allow_test_double, vb.path)
        token = load_token(args.token, args.token_file)
        cache = ResultCache(args.cache) if args.cache else None
    except (VerusNotFound, TestDoubleRefused, ValueError, OSError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    return serve(vb, token=token, host=args.host, port=args.port, cache=cache, workers=args.workers,
                 max_queue=args.max_queue, ready_file=args.ready_file, max_timeout_s=args.max_timeout_s)
