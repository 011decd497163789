"""Many jobs at once: cache lookups in one batch, then a local process pool or Ray.

Both backends run the same `run_job`, so they give identical results. A worker that dies
loses only the job it was running: the others are re-submitted, and the jobs that were
running when the pool broke are re-run one by one to find the one that kills its worker.
"""

from __future__ import annotations

import copy
import dataclasses
import os
import shutil
import signal
import sys
import tempfile
import time
import uuid
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from tqdm import tqdm

from .. import constants as C
from .binary import VerusBinary
from .cache import ResultCache, _fresh
from .job import VerifyJob, VerifyResult, cache_key
from .runner import run_job
from .sandbox import sweep

#: Test hook: a job whose name equals this variable's value kills its worker process
#: (os._exit), standing in for a worker that dies (OOM killer, segfault in the harness).
KILL_WORKER_VAR = "VERUSBENCH_TEST_KILL_WORKER"

BACKENDS = ("local", "ray")


def _maybe_die(job: VerifyJob) -> None:
    target = os.environ.get(KILL_WORKER_VAR)
    if target and job.name == target:
        os._exit(3)


def _crashed(job: VerifyJob, verus: VerusBinary, note: str) -> VerifyResult:
    flags = job.flags()
    return VerifyResult(C.STATUS_CRASHED, 0, 0, [], 0.0, verus.identity, flags,
                        cache_key(job.text, flags, verus.identity), job.name, notes=[note])


# ---------------------------------------------------------------- local process pool

def _worker_init() -> None:
    # Ctrl-C goes to the parent, which stops workers with SIGTERM; turning SIGTERM into
    # SystemExit lets run_job's finally kill the verifier's process group.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))


def _local_task(job: VerifyJob, verus: VerusBinary, index: int, token: str, state_dir: str) -> VerifyResult:
    marker = os.path.join(state_dir, str(index))
    open(marker, "w").close()  # "running": survives if this worker dies mid-job
    try:
        _maybe_die(job)
        return run_job(job, verus, None, token=token, tmp_root=state_dir)
    finally:
        try:
            os.unlink(marker)
        except OSError:
            pass


def _stop_pool(ex: ProcessPoolExecutor) -> None:
    ex.shutdown(wait=False, cancel_futures=True)
    procs = list((getattr(ex, "_processes", None) or {}).values())  # no public handle
    for p in procs:
        if p.is_alive():
            p.terminate()
    for p in procs:
        p.join(5)
        if p.is_alive():
            p.kill()


def _local_round(indices: list[int], jobs: list[VerifyJob], verus: VerusBinary, workers: int,
                 run_token: str, state_dir: str, results: dict[int, VerifyResult],
                 bar: tqdm) -> list[int]:
    """Run the jobs in one pool; returns the indices lost to a broken pool."""
    lost: list[int] = []
    ex = ProcessPoolExecutor(max_workers=max(1, min(workers, len(indices))), initializer=_worker_init)
    try:
        futs = {ex.submit(_local_task, jobs[i], verus, i, f"{run_token}.{i}.{uuid.uuid4().hex[:8]}",
                          state_dir): i for i in indices}
        pending = set(futs)
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                i = futs[fut]
                try:
                    results[i] = fut.result()
                    bar.update(1)
                except BrokenProcessPool:
                    lost.append(i)
                except Exception as e:  # a harness bug must not cost the other jobs
                    results[i] = _crashed(jobs[i], verus, f"harness error: {e!r}")
                    bar.update(1)
    except BaseException:
        _stop_pool(ex)
        sweep(run_token + ".")
        raise
    ex.shutdown(wait=True)
    if lost:
        sweep(run_token + ".")  # jobs of workers the broken pool terminated
    return lost


def _run_local(indices: list[int], jobs: list[VerifyJob], verus: VerusBinary, workers: int,
               results: dict[int, VerifyResult], bar: tqdm) -> None:
    run_token = uuid.uuid4().hex
    state_dir = tempfile.mkdtemp(prefix="verusbench-pool-")
    try:
        pending = list(indices)
        stalls = 0
        while pending:
            lost = _local_round(pending, jobs, verus, workers, run_token, state_dir, results, bar)
            if not lost:
                break
            running = {int(n) for n in os.listdir(state_dir) if n.isdigit()}  # job dirs aren't digits
            for n in running:
                os.unlink(os.path.join(state_dir, str(n)))
            suspects = [i for i in lost if i in running]
            # Jobs that were running when the pool broke: one of them killed its worker.
            # Re-run each alone; one that kills a worker on its own is the culprit.
            for i in suspects:
                again = _local_round([i], jobs, verus, 1, run_token, state_dir, results, bar)
                if again:
                    results[i] = _crashed(jobs[i], verus, "the worker process died while running this job")
                    bar.update(1)
            pending = [i for i in lost if i not in running]
            stalls = 0 if suspects else stalls + 1
            if stalls >= 3:  # the pool breaks before any job starts: give up on these
                for i in pending:
                    results[i] = _crashed(jobs[i], verus, "worker pool kept breaking before this job started")
                    bar.update(1)
                break
    finally:
        shutil.rmtree(state_dir, ignore_errors=True)


# ---------------------------------------------------------------- Ray

def _ray_task(job: VerifyJob, verus: VerusBinary, token: str) -> VerifyResult:
    _maybe_die(job)
    return run_job(job, verus, None, token=token)


def _run_ray(indices: list[int], jobs: list[VerifyJob], verus: VerusBinary, workers: int,
             address: str | None, results: dict[int, VerifyResult], bar: tqdm) -> None:
    try:
        import ray
    except ImportError as e:
        raise RuntimeError("--backend ray needs Ray: pip install 'verusbench[ray]'") from e
    started = False
    if not ray.is_initialized():
        kw = dict(include_dashboard=False, log_to_driver=False, logging_level="ERROR")
        if address:
            ray.init(address=address, **kw)
        else:
            ray.init(num_cpus=workers, **kw)
        started = True
    run_token = uuid.uuid4().hex
    remote = ray.remote(num_cpus=1, max_retries=0)(_ray_task)
    refs = {}
    try:
        refs = {remote.remote(jobs[i], verus, f"{run_token}.{i}.{uuid.uuid4().hex[:8]}"): i
                for i in indices}
        pending = list(refs)
        while pending:
            done, pending = ray.wait(pending, num_returns=1)
            for ref in done:
                i = refs[ref]
                try:
                    results[i] = ray.get(ref)
                except ray.exceptions.WorkerCrashedError:
                    results[i] = _crashed(jobs[i], verus, "the Ray worker died while running this job")
                except Exception as e:
                    results[i] = _crashed(jobs[i], verus, f"Ray task failed: {type(e).__name__}: {e}")
                bar.update(1)
    except BaseException:
        for ref, i in refs.items():
            if i not in results:
                try:
                    ray.cancel(ref, force=True)
                except Exception:
                    pass
        if not address:
            sweep(run_token + ".")
        raise
    finally:
        if started:
            ray.shutdown()


# ---------------------------------------------------------------- entry point

def _renamed(r: VerifyResult, name: str) -> VerifyResult:
    """A copy under another job's name (results must not share mutable parts)."""
    return dataclasses.replace(r, name=name, diagnostics=[copy.copy(d) for d in r.diagnostics],
                               flags=list(r.flags), notes=list(r.notes),
                               verifier=_fresh(r.verifier))


def verify_many(jobs: list[VerifyJob], verus: VerusBinary, workers: int | None = None,
                backend: str = "local", address: str | None = None,
                cache: ResultCache | None = None, progress: bool = True) -> list[VerifyResult]:
    """Verify jobs in parallel; results come back in the jobs' order."""
    if backend not in BACKENDS:
        raise ValueError(f"unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    workers = workers or os.cpu_count() or 1
    keys = [cache_key(j.text, j.flags(), verus.identity) for j in jobs]
    results: dict[int, VerifyResult] = {}
    if cache is not None and jobs:
        hits = cache.get_many(keys)
        taken: set[str] = set()
        for i, k in enumerate(keys):
            if k in hits:
                if k in taken:
                    results[i] = _renamed(hits[k], jobs[i].name)
                else:  # get_many's objects are fresh: the first job with a key takes it
                    results[i] = hits[k]
                    results[i].name = jobs[i].name
                    taken.add(k)
    # identical jobs run once
    first: dict[str, int] = {}
    for i, k in enumerate(keys):
        if i not in results:
            first.setdefault(k, i)
    todo = sorted(first.values())
    with tqdm(total=len(jobs), initial=len(results), desc="verify", unit="job",
              disable=not progress, file=sys.stderr, dynamic_ncols=True) as bar:
        if todo:
            if backend == "local":
                _run_local(todo, jobs, verus, workers, results, bar)
            else:
                _run_ray(todo, jobs, verus, workers, address, results, bar)
        for i, k in enumerate(keys):
            if i not in results:
                results[i] = _renamed(results[first[k]], jobs[i].name)
                bar.update(1)
    if cache is not None and todo:
        cache.put_many([(keys[i], results[i]) for i in todo])
    return [results[i] for i in range(len(jobs))]
