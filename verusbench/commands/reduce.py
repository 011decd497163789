"""`verusbench reduce PENDING_OR_DIR --verus PATH --out DIR`: Verus-guided reduction of slices."""

from __future__ import annotations

import json
import sys
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser(
        "reduce", help="shrink verified slices by delta debugging with Verus as the judge",
        description="Reduce each slice of a pending folder (its manifest lines name target_fn) "
                    "or each .rs file of a directory (with --target): remove items, then "
                    "statements of non-target proof code, while Verus still verifies the file "
                    "under the pinned flags and the target fn stays byte-identical. Writes "
                    "DIR/reductions.jsonl (one record per input; resumable) and DIR/files/<sha256>.rs.")
    p.add_argument("input", metavar="PENDING_OR_DIR", help="a pending folder, a directory of .rs files or one .rs file")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder (reused: done inputs are skipped)")
    p.add_argument("--verus", metavar="PATH", help="the verus binary (default: $VERUS_PATH, then PATH)")
    p.add_argument("--target", metavar="FN", help="target fn (`name` or `Type::name`) for .rs inputs")
    p.add_argument("--backend", choices=("ddmin", "creduce"), default="ddmin")
    p.add_argument("--strategy", choices=("tree", "flat"), default="tree",
                   help="ddmin's candidates: tree first removes what the slicer kept for one reason "
                        "together (the dominator tree of its closure), then item by item; flat item by item")
    p.add_argument("--max-calls", type=int, default=200, metavar="N", help="oracle calls per input")
    p.add_argument("--max-seconds", type=float, default=900.0, metavar="S", help="wall time per input")
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="Verus processes at once, shared by the --jobs inputs (results do not depend on it)")
    p.add_argument("--jobs", type=int, default=1, metavar="K", help="inputs reduced side by side")
    p.add_argument("--total-seconds", type=float, default=None, metavar="S",
                   help="start no new input after S seconds (the rest waits for a resumed run)")
    p.add_argument("--timeout", type=float, default=120.0, metavar="S", help="Verus wall-clock limit per candidate")
    p.add_argument("--rlimit", type=float, default=10.0, metavar="R", help="Verus --rlimit")
    p.add_argument("--seed", type=int, default=0, help="smt.random_seed")
    p.add_argument("--memory-mb", type=int, default=8192, help="address-space limit per Verus job")
    p.add_argument("--cache", metavar="PATH", help="SQLite result cache (default: DIR/verify-cache.sqlite)")
    p.add_argument("--limit", type=int, default=None, metavar="N", help="reduce at most N inputs")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--allow-test-double", action="store_true",
                   help="accept tests/fake_verus as the verifier (its results are labelled as such)")
    p.set_defaults(func=run)


def _inputs(path: Path, target: str | None) -> list[tuple[str | None, str, dict, str]]:
    """(text or None, target fn, metadata, error) per input."""
    from ..pending import MANIFEST, read_pending
    out = []
    if path.is_dir() and (path / MANIFEST).is_file():
        folder = read_pending(path)
        seen = set()
        for e in folder.entries:
            tgt = target or e.get("target_fn") or ""
            if (e["sha256"], tgt) in seen:
                continue
            seen.add((e["sha256"], tgt))
            meta = {k: v for k, v in e.items() if k != "file"}
            text, err = _read(folder.file_path(e["sha256"]))
            if not tgt:
                err = f"{folder.path}/{e['file']}: the manifest line has no target_fn (pass --target)"
            out.append((text, tgt, meta, err))
        return out
    files = sorted(path.glob("*.rs")) if path.is_dir() else [path]
    if not files:
        raise ValueError(f"{path}: no .rs files and no pending manifest")
    for f in files:
        text, err = _read(f)
        if not target:
            err = f"{f}: a .rs input needs --target FN"
        out.append((text, target or "", {"file": str(f)}, err))
    return out


def _read(f: Path) -> tuple[str | None, str]:
    try:
        return f.read_bytes().decode("utf-8"), ""
    except OSError as e:
        return None, f"cannot read {f}: {e.strerror or e}"
    except UnicodeDecodeError as e:
        return None, f"{f} is not UTF-8 text (byte {e.start})"


def run(args) -> int:
    from tqdm import tqdm

    from ..ledger import append_entries, entry_for, text_sha256
    from ..reduce import (LEDGER, Reduction, VerusOracle, append_reduction, done_keys, reduce_text,
                          reduce_with_creduce)
    from ..verifier import ResultCache, VerusNotFound, describe_identity, find_verus, is_test_double

    try:
        verus = find_verus(args.verus)
    except VerusNotFound as e:
        print(f"verusbench reduce: {e}", file=sys.stderr)
        return 2
    if is_test_double(verus.identity) and not args.allow_test_double:
        print(f"verusbench reduce: {verus.path} is the test double (tests/fake_verus), not Verus; "
              "a reduction judged by it is not Verus-verified. Point --verus / VERUS_PATH at a "
              "real Verus, or pass --allow-test-double (records are labelled).", file=sys.stderr)
        return 2
    try:
        inputs = _inputs(Path(args.input), args.target)
    except ValueError as e:
        print(f"verusbench reduce: {e}", file=sys.stderr)
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    cache_path = args.cache or str(out / "verify-cache.sqlite")
    oracle = VerusOracle(verus, rlimit=args.rlimit, seed=args.seed, timeout_s=args.timeout,
                         memory_mb=args.memory_mb, cache=ResultCache(cache_path))
    done = done_keys(out)
    todo = [x for x in inputs if (text_sha256(x[0]) if x[0] is not None else "", x[1]) not in done]
    if args.limit is not None:
        todo = todo[:args.limit]
    jobs = max(1, args.jobs)
    batch = max(1, args.workers // jobs)
    t0 = time.monotonic()

    def one(item) -> Reduction:
        text, tgt, meta, err = item
        sha = text_sha256(text) if text is not None else meta.get("sha256", "")
        red = None
        if not err:
            try:
                if args.backend == "creduce":
                    red = reduce_with_creduce(text, tgt, verus, max_seconds=args.max_seconds,
                                              allow_test_double=args.allow_test_double,
                                              rlimit=args.rlimit, seed=args.seed,
                                              timeout_s=args.timeout, cache=str(Path(cache_path).resolve()))
                else:
                    red = reduce_text(text, tgt, oracle, max_calls=args.max_calls,
                                      max_seconds=args.max_seconds, batch=batch, strategy=args.strategy)
            except Exception as e:   # one bad input never stops the run: its reason is recorded
                err = f"{meta.get('file') or sha}: {type(e).__name__}: {e}"
        if red is None:
            red = Reduction(input_sha256=sha, target_fn=tgt, status="error", reason=err,
                            backend=args.backend, verifier=verus.identity,
                            verifier_description=describe_identity(verus.identity),
                            flags=list(oracle.flags))
        red.meta = meta
        entries = []
        if args.backend == "ddmin" and text is not None and red.status in ("reduced", "unchanged", "input_not_verified"):
            # the real results of the input and the output, as ledger lines (cache hits: no
            # new Verus runs), so a build can take the reduced text's status from a ledger
            texts = [text] + ([red.text] if red.status == "reduced" and red.text else [])
            for t, r in zip(texts, oracle.results(texts)):
                role = "reduced" if t is not text else "input"
                entries.append(entry_for(t, r, uses=[["reduce", role, meta.get("source", ""),
                                                      meta.get("path", ""), tgt]]))
        return red, entries

    counts: dict[str, int] = {}
    stopped = 0
    with ThreadPoolExecutor(jobs) as ex, tqdm(total=len(todo), desc="reduce", unit="slice",
                                              disable=args.no_progress, file=sys.stderr,
                                              dynamic_ncols=True) as bar:
        futs, it = set(), iter(todo)
        while True:
            while len(futs) < jobs:
                if args.total_seconds is not None and time.monotonic() - t0 >= args.total_seconds:
                    break
                nxt = next(it, None)
                if nxt is None:
                    break
                futs.add(ex.submit(one, nxt))
            if not futs:
                break
            fin, futs = wait(futs, return_when=FIRST_COMPLETED)
            for f in fin:
                red, entries = f.result()
                if entries:
                    append_entries(out / LEDGER, entries)
                if red.status == "error":
                    print(f"verusbench reduce: {red.reason}", file=sys.stderr)
                append_reduction(out, red)    # written here only: one writer
                counts[red.status] = counts.get(red.status, 0) + 1
                bar.update(1)
        stopped = sum(1 for _ in it)
    summary = {"inputs": len(inputs), "already_done": len(done), "this_run": counts,
               "left_for_a_resumed_run": stopped, "seconds": round(time.monotonic() - t0, 1),
               "verifier": verus.identity, "verifier_description": describe_identity(verus.identity),
               "test_double": is_test_double(verus.identity), "backend": args.backend,
               "max_calls": args.max_calls, "max_seconds": args.max_seconds,
               "flags": {"rlimit": args.rlimit, "seed": args.seed, "timeout_s": args.timeout}}
    (out / "reduce.json").write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n")
    label = " [TEST DOUBLE: not Verus results]" if summary["test_double"] else ""
    print(f"reduced {sum(counts.values())} input(s) in {summary['seconds']} s"
          + "".join(f", {n} {s}" for s, n in sorted(counts.items()))
          + (f"; {stopped} left for a resumed run" if stopped else "") + label)
    return 0
