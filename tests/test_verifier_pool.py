"""verify_many: order, local vs Ray, worker crashes, de-duplication, and the result cache."""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
from pathlib import Path

import pytest

from proc_fixtures import SAFETY_S
from verusbench import constants as C
from verusbench.verifier import ResultCache, VerifyJob, VerifyResult, find_verus, run_job, verify_many
from verusbench.verifier.pool import KILL_WORKER_VAR

FAKE = Path(__file__).with_name("fake_verus")


@pytest.fixture
def fake(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    monkeypatch.setenv("FAKE_VERUS_LOG", str(tmp_path / "fake.log"))
    return find_verus(str(FAKE))


def n_runs(tmp_path) -> int:
    log = tmp_path / "fake.log"
    return len(log.read_text().splitlines()) if log.exists() else 0


def mixed_jobs() -> list[VerifyJob]:
    return [
        VerifyJob(text="// fake-verus: sleep 0.4\nfn slow() {}\n", name="slow"),
        VerifyJob(text="fn a() {}\n// fake-verus: fail postcondition not satisfied\n", name="fail"),
        VerifyJob(text="// fake-verus: compile_error E0425 cannot find value `x` in this scope\n", name="ce"),
        VerifyJob(text="// fake-verus: hang\n", name="hang", timeout_s=1.0),
        VerifyJob(text="// fake-verus: crash\n", name="crash"),
        VerifyJob(text="fn ok() {}\nfn ok2() {}\n", name="ok"),
    ]


EXPECTED = {"slow": C.STATUS_VERIFIED, "fail": C.STATUS_FAILED, "ce": C.STATUS_COMPILE_ERROR,
            "hang": C.STATUS_TIMEOUT, "crash": C.STATUS_CRASHED, "ok": C.STATUS_VERIFIED,
            "killer": C.STATUS_CRASHED}


def essence(r: VerifyResult) -> tuple:
    return (r.name, r.status, r.verified, r.errors, [vars(d) for d in r.diagnostics], r.cache_key, r.flags)


def test_order_preserved_and_statuses(fake):
    jobs = mixed_jobs()
    res = verify_many(jobs, fake, workers=2, progress=False)
    assert [r.name for r in res] == [j.name for j in jobs]
    assert {r.name: r.status for r in res} == {j.name: EXPECTED[j.name] for j in jobs}


def test_worker_crash_loses_only_its_job(fake, monkeypatch):
    monkeypatch.setenv(KILL_WORKER_VAR, "killer")
    jobs = [VerifyJob(text=f"// fake-verus: sleep 0.2\nfn f{i}() {{}}\n", name=f"j{i}") for i in range(5)]
    jobs.insert(1, VerifyJob(text="// fake-verus: sleep 0.1\n", name="killer"))
    jobs.append(VerifyJob(text="// fake-verus: fail assertion failed\n", name="fail"))
    res = verify_many(jobs, fake, workers=2, progress=False)
    assert [r.name for r in res] == [j.name for j in jobs]
    by = {r.name: r for r in res}
    assert by["killer"].status == C.STATUS_CRASHED and "worker" in by["killer"].notes[-1]
    assert all(by[f"j{i}"].status == C.STATUS_VERIFIED for i in range(5))
    assert by["fail"].status == C.STATUS_FAILED


def test_identical_jobs_run_once_and_cache_is_used(fake, tmp_path):
    cache = ResultCache(tmp_path / "cache.sqlite")
    text = "// fake-verus: fail assertion failed\n"
    jobs = [VerifyJob(text=text, name="a"), VerifyJob(text=text, name="b"), VerifyJob(text="fn f() {}", name="c")]
    first = verify_many(jobs, fake, workers=2, cache=cache, progress=False)
    assert n_runs(tmp_path) == 2 and [r.name for r in first] == ["a", "b", "c"]
    assert first[0].diagnostics == first[1].diagnostics and first[0].diagnostics is not first[1].diagnostics
    again = verify_many(jobs, fake, workers=2, cache=cache, progress=False)
    assert n_runs(tmp_path) == 2  # nothing ran
    assert all(r.cached for r in again)
    assert [essence(r) for r in again] == [essence(r) for r in first]


def _writer(path: str, worker: int, n: int) -> None:
    cache = ResultCache(path)
    for i in range(n):
        key = f"k{i % 50}" if i % 2 else f"w{worker}-{i}"  # half the keys are shared
        r = VerifyResult(C.STATUS_VERIFIED, i, 0, [], 0.1, {"verus": {"version": "t"}}, ["--x"], key, f"n{i}")
        cache.put(key, r)
        assert cache.get(key) is not None


def test_cache_concurrent_writers(tmp_path):
    path = str(tmp_path / "c.sqlite")
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_writer, args=(path, w, 120)) for w in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(SAFETY_S)
    assert [p.exitcode for p in procs] == [0, 0, 0, 0]
    cache = ResultCache(path)
    assert len(cache) == 4 * 60 + 25  # 60 own keys per writer + the 25 odd k-keys shared
    got = cache.get_many([f"w{w}-{i}" for w in range(4) for i in range(0, 120, 2)] + ["k7", "absent"])
    assert len(got) == 241 and "absent" not in got and got["k7"].cached


def test_cache_stores_only_deterministic_outcomes(tmp_path):
    cache = ResultCache(tmp_path / "c.sqlite")
    for status in C.STATUSES:
        cache.put(status, VerifyResult(status, 0, 0, [], 1.0, {}, [], status))
    assert set(cache.get_many(list(C.STATUSES))) == {C.STATUS_VERIFIED, C.STATUS_FAILED, C.STATUS_COMPILE_ERROR}


def test_local_and_ray_give_identical_results(fake, monkeypatch):
    pytest.importorskip("ray")
    monkeypatch.setenv(KILL_WORKER_VAR, "killer")  # set before Ray starts: its workers inherit it
    jobs = mixed_jobs() + [VerifyJob(text="// fake-verus: sleep 0.1\n", name="killer")]
    local = verify_many(jobs, fake, workers=2, backend="local", progress=False)
    ray_res = verify_many(jobs, fake, workers=2, backend="ray", progress=False)
    assert [essence(r) for r in ray_res] == [essence(r) for r in local]
    assert {r.name: r.status for r in ray_res} == {j.name: EXPECTED[j.name] for j in jobs}


def test_unknown_backend(fake):
    with pytest.raises(ValueError, match="unknown backend"):
        verify_many([VerifyJob(text="")], fake, backend="slurm")
