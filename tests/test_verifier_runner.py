"""run_job against tests/fake_verus: flags, statuses, limits, sandbox, cleanup, discovery."""

from __future__ import annotations

import json
import os
import stat
import sys
import time
from pathlib import Path

import pytest

from proc_fixtures import SAFETY_S, alive, wait_dead, wait_files  # noqa: E402
from verusbench import constants as C
from verusbench.verifier import (DEFAULT_FLAGS, ResultCache, VerifyJob, VerusNotFound, find_verus,
                                 is_test_double, run_job)
from verusbench.verifier import sandbox

FAKE = Path(__file__).with_name("fake_verus")


@pytest.fixture
def fake(monkeypatch, tmp_path):
    # The fake's `#!/usr/bin/env python3` should find this interpreter (fast start-up).
    monkeypatch.setenv("PATH", os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    log = tmp_path / "fake.log"
    monkeypatch.setenv("FAKE_VERUS_LOG", str(log))
    return find_verus(str(FAKE))


def runs(tmp_path) -> list[dict]:
    """The fake's invocation log (one record per run)."""
    log = tmp_path / "fake.log"
    return [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []


def test_identity_and_flags_are_passed(fake, tmp_path):
    assert is_test_double(fake.identity) and fake.identity["verus"]["version"] == "0.0.0-fake"
    r = run_job(VerifyJob(text="fn f() {}\nfn g() {}\n", name="two", rlimit=7.5, seed=42), fake)
    assert (r.status, r.verified, r.errors, r.name) == (C.STATUS_VERIFIED, 2, 0, "two")
    assert r.verifier == fake.identity and r.flags[:len(DEFAULT_FLAGS)] == list(DEFAULT_FLAGS)
    [call] = runs(tmp_path)
    argv = call["argv"]
    assert argv[0].endswith(".rs") and argv[1:] == r.flags
    assert argv[argv.index("--rlimit") + 1] == "7.5"
    assert "smt.random_seed=42" in argv and argv[argv.index("--num-threads") + 1] == "1"
    assert "--crate-type=lib" in argv and "--output-json" in argv and "--error-format=json" in argv
    assert "--no-cheating" not in argv  # integrity is checked separately


def test_environment_is_scrubbed_and_tempdir_removed(fake, monkeypatch, tmp_path):
    monkeypatch.setenv("VERUSBENCH_SECRET_TOKEN_FOR_TEST", "hunter2")
    monkeypatch.setenv("VERUS_Z3_PATH", "/opt/z3")
    run_job(VerifyJob(text="fn f() {}"), fake)
    [call] = runs(tmp_path)
    assert "VERUSBENCH_SECRET_TOKEN_FOR_TEST" not in call["env"]
    assert "VERUS_Z3_PATH" in call["env"] and "PATH" in call["env"]
    assert call["home"] == call["cwd"] and "verusbench-job-" in call["home"]
    assert not os.path.exists(call["home"])  # private temp dir removed


def test_network_isolation_is_applied_or_recorded(fake, tmp_path):
    r = run_job(VerifyJob(text="fn f() {}"), fake)
    [call] = runs(tmp_path)
    iso = sandbox.isolation()
    assert iso.note in r.notes
    if iso.prefix:
        assert call["netns"] != os.readlink("/proc/self/ns/net")
    else:
        assert "no network isolation" in iso.note


@pytest.mark.parametrize("text,status,errors,cat", [
    ("fn f() {}\n// fake-verus: fail postcondition not satisfied\n", C.STATUS_FAILED, 1, C.CAT_POSTCONDITION),
    ("// fake-verus: compile_error E0308 mismatched types\n", C.STATUS_COMPILE_ERROR, 1, C.CAT_SYNTAX),
    ("// fake-verus: rlimit\n", C.STATUS_FAILED, 1, C.CAT_RLIMIT),
    ("// fake-verus: crash\n", C.STATUS_CRASHED, 0, None),
    ("// fake-verus: verified\nfn f() {}\n", C.STATUS_VERIFIED, 0, None),
])
def test_outcomes_from_markers(fake, text, status, errors, cat):
    r = run_job(VerifyJob(text=text), fake)
    assert (r.status, r.errors) == (status, errors)
    if cat:
        assert r.diagnostics[0].category == cat
    if status == C.STATUS_CRASHED:
        assert "panicked at" in r.stderr_tail


def test_several_failures_keep_their_lines(fake):
    text = "fn a() {}\n// fake-verus: fail assertion failed\nfn b() {}\n// fake-verus: fail loop invariant not satisfied\n"
    r = run_job(VerifyJob(text=text), fake)
    assert r.status == C.STATUS_FAILED and r.errors == 2
    assert [(d.line, d.category) for d in r.error_diagnostics] == [(2, C.CAT_ASSERTION), (4, C.CAT_INVARIANT_END)]
    assert r.first_error().label == "assertion failed"


def test_bad_flag_is_a_crash_not_a_failure(fake):
    r = run_job(VerifyJob(text="fn f() {}", extra_flags=("--bogus-flag",)), fake)
    assert r.status == C.STATUS_CRASHED and any("255" in n for n in r.notes)


def test_timeout_kills_everything(fake, tmp_path, monkeypatch, launch_mode):
    pidfile = tmp_path / "pids"
    monkeypatch.setenv("FAKE_VERUS_PIDFILE", str(pidfile))
    t0 = time.perf_counter()
    r = run_job(VerifyJob(text="// fake-verus: spawn_child\n// fake-verus: hang\n", timeout_s=1.5), fake)
    took = time.perf_counter() - t0
    assert r.status == C.STATUS_TIMEOUT and took >= 1.4  # not cut short; a broken limit would hang
    child, fake_pid = int(pidfile.read_text()), int(Path(str(pidfile) + ".fake").read_text())
    assert wait_dead(fake_pid, b"fake_verus") and wait_dead(child, b"fake-verus-grandchild")
    assert not os.path.exists(runs(tmp_path)[0]["home"])


@pytest.mark.parametrize("no_unshare", ["0", "1"])
def test_detached_grandchild_does_not_outlive_the_job(fake, tmp_path, monkeypatch, no_unshare):
    # "1": no namespaces, so the environment-token sweep must find the escaped process
    monkeypatch.setenv(sandbox.NO_UNSHARE_VAR, no_unshare)
    pidfile = tmp_path / "child.pid"
    r = run_job(VerifyJob(text=f"// fake-verus: spawn_child {pidfile}\nfn f() {{}}\n"), fake)
    assert r.status == C.STATUS_VERIFIED
    child = int(pidfile.read_text())  # the grandchild did start and report itself
    assert wait_dead(child, b"fake-verus-grandchild")


def test_output_flood_is_capped(fake, monkeypatch):
    monkeypatch.setattr(sandbox, "STDERR_CAP", 1 << 20)
    r = run_job(VerifyJob(text="// fake-verus: flood 30000000\n// fake-verus: fail assertion failed\n"), fake)
    # the summary on stdout still decides: the flood is noise, the failure is real
    assert r.status == C.STATUS_FAILED and r.errors == 1
    assert any("stderr exceeded" in n for n in r.notes) and len(r.stderr_tail) <= 4000


@pytest.fixture(params=["exec_wrappers", "preexec_fn"])
def launch_mode(request, monkeypatch):
    """Both ways of applying limits: setpriv/prlimit wrappers, and preexec_fn where those lack."""
    if request.param == "preexec_fn":
        monkeypatch.setattr(sandbox, "_exec_limits", lambda: (None, None))
    sandbox._probe.cache_clear()
    iso = sandbox.isolation()
    if request.param == "exec_wrappers" and not iso.setpriv:
        pytest.skip("setpriv/prlimit not usable here")
    assert (iso.setpriv is None) == (request.param == "preexec_fn")
    yield request.param
    sandbox._probe.cache_clear()


def test_memory_limit(fake, launch_mode):
    over = run_job(VerifyJob(text="// fake-verus: memory 600\n", memory_mb=300), fake)
    assert over.status == C.STATUS_CRASHED
    under = run_job(VerifyJob(text="// fake-verus: memory 50\n", memory_mb=2000), fake)
    assert under.status == C.STATUS_VERIFIED


def test_cache_hit_does_not_run_again(fake, tmp_path):
    cache = ResultCache(tmp_path / "c.sqlite")
    job = VerifyJob(text="// fake-verus: fail assertion failed\n", name="a")
    first = run_job(job, fake, cache)
    again = run_job(VerifyJob(text=job.text, name="b"), fake, cache)
    assert len(runs(tmp_path)) == 1
    assert again.cached and not first.cached and again.name == "b"
    assert (again.status, again.errors, again.diagnostics, again.cache_key) == \
        (first.status, first.errors, first.diagnostics, first.cache_key)
    run_job(VerifyJob(text=job.text, seed=1), fake, cache)  # other flags: other key
    assert len(runs(tmp_path)) == 2


def test_timeouts_are_not_cached(fake, tmp_path):
    cache = ResultCache(tmp_path / "c.sqlite")
    job = VerifyJob(text="// fake-verus: hang\n", timeout_s=0.5)
    assert run_job(job, fake, cache).status == C.STATUS_TIMEOUT
    assert cache.get(run_job(job, fake).cache_key) is None and len(runs(tmp_path)) == 2


# ------------------------------------------------------------------ discovery

def test_find_verus_errors_say_how_to_install(tmp_path, monkeypatch):
    monkeypatch.delenv("VERUS_PATH", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(VerusNotFound) as e:
        find_verus()
    msg = str(e.value)
    assert msg.startswith("Verus not found: no --verus given, VERUS_PATH is not set")
    assert "github.com/verus-lang/verus/releases" in msg and "export VERUS_PATH=" in msg
    # and the route that needs no Verus here: export, verify elsewhere, score from the ledger
    route = ["verusbench eval --export DIR", "verusbench verify-corpus DIR --out LEDGER",
             "verusbench eval --ledger LEDGER"]
    assert all(r in msg for r in route) and [msg.index(r) for r in route] == sorted(msg.index(r) for r in route)
    monkeypatch.setenv("VERUS_PATH", str(tmp_path / "gone" / "verus"))
    with pytest.raises(VerusNotFound, match=r"(?s)from VERUS_PATH\): no such file.*--ledger LEDGER"):
        find_verus()
    monkeypatch.delenv("VERUS_PATH")
    with pytest.raises(VerusNotFound, match="no such file"):
        find_verus(str(tmp_path / "nope"))
    broken = tmp_path / "verus"
    broken.write_text("#!/bin/sh\necho 'error: toolchain missing' >&2\nexit 1\n")
    broken.chmod(broken.stat().st_mode | stat.S_IXUSR)
    with pytest.raises(VerusNotFound, match="not a working Verus.*toolchain missing"):
        find_verus(str(broken))


def test_find_verus_from_env_and_path(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    monkeypatch.setenv("VERUS_PATH", str(FAKE))
    assert find_verus().path == str(FAKE.resolve())
    monkeypatch.delenv("VERUS_PATH")
    d = tmp_path / "bin"
    d.mkdir()
    (d / "verus").symlink_to(FAKE.resolve())
    monkeypatch.setenv("PATH", str(d) + os.pathsep + os.environ["PATH"])
    assert is_test_double(find_verus().identity)
    assert is_test_double(find_verus(str(d)).identity)  # a directory holding `verus`


def test_text_with_lone_surrogates_still_runs(fake):
    r = run_job(VerifyJob(text="fn f() {}\n// \udcff \ud800\n"), fake)
    assert r.status == C.STATUS_VERIFIED  # the double accepts any bytes; the harness did not choke


def _run_in_child(verus, text, tmp_root):
    run_job(VerifyJob(text=text, timeout_s=60), verus, tmp_root=tmp_root)


def test_verifier_dies_with_a_killed_worker(fake, tmp_path, launch_mode):
    # a worker killed by SIGKILL runs no cleanup: the parent-death signal must do it
    import multiprocessing
    import signal
    pidfile = tmp_path / "pids"
    proc = multiprocessing.get_context("fork").Process(
        target=_run_in_child, args=(fake, f"// fake-verus: spawn_child {pidfile}\n// fake-verus: hang\n",
                                    str(tmp_path)))
    proc.start()
    try:
        fake_pidfile = Path(str(pidfile) + ".fake")
        wait_files(pidfile, fake_pidfile)
        child, fake_pid = int(pidfile.read_text()), int(fake_pidfile.read_text())
        assert alive(fake_pid, b"fake_verus")
        os.kill(proc.pid, signal.SIGKILL)
        proc.join(SAFETY_S)
        assert wait_dead(fake_pid, b"fake_verus")
        if sandbox.isolation().pid_namespace:  # without one, only the sweep (not run here) finds it
            assert wait_dead(child, b"fake-verus-grandchild")
        else:
            os.kill(child, signal.SIGKILL)
    finally:
        if proc.is_alive():
            proc.kill()
