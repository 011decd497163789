"""`verusbench verify`: test-double refusal and labelling, table/JSON, exit codes, Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from proc_fixtures import SAFETY_S, alive, wait_dead, wait_files
from verusbench import cli
from verusbench import constants as C

FAKE = Path(__file__).with_name("fake_verus")


@pytest.fixture
def files(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    ok = tmp_path / "ok.rs"
    ok.write_text("use vstd::prelude::*;\nverus! {\nfn one() -> (r: u32) ensures r == 1 { 1 }\n}\n")
    bad = tmp_path / "bad.rs"
    bad.write_text("verus! {\nfn f() {}\n// fake-verus: fail postcondition not satisfied\n}\n")
    return ok, bad


def test_refuses_the_test_double_by_default(files, capsys):
    ok, _ = files
    assert cli.main(["verify", str(ok), "--verus", str(FAKE), "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert "test double" in err and "--allow-test-double" in err


def test_missing_verus_is_a_clear_error(files, capsys, tmp_path):
    ok, _ = files
    assert cli.main(["verify", str(ok), "--verus", str(tmp_path / "nowhere" / "verus")]) == 2
    err = capsys.readouterr().err
    assert "verus-lang/verus/releases" in err and "VERUS_PATH" in err


def test_table_is_labelled_and_exit_codes(files, capsys):
    ok, bad = files
    args = ["verify", "--verus", str(FAKE), "--allow-test-double", "--no-progress"]
    assert cli.main(args + [str(ok)]) == 0
    out = capsys.readouterr().out
    assert "TEST DOUBLE" in out and "verified" in out
    assert cli.main(args + [str(ok), str(bad)]) == 1
    out = capsys.readouterr().out
    assert "failed" in out and "postcondition not satisfied" in out and "3:" in out


def test_json_report_and_bad_inputs(files, capsys, tmp_path):
    ok, bad = files
    binary = tmp_path / "binary.rs"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    cache = tmp_path / "cache.sqlite"
    args = ["verify", "--verus", str(FAKE), "--allow-test-double", "--json", "--no-progress",
            "--cache", str(cache), "--rlimit", "5", "--timeout", "30",
            str(ok), str(binary), str(tmp_path / "missing.rs"), str(bad)]
    assert cli.main(args) == 1
    rep = json.loads(capsys.readouterr().out)
    assert rep["test_double"] is True and rep["verifier"]["verus"]["test_double"] is True
    assert [r["status"] for r in rep["results"]] == [C.STATUS_VERIFIED, C.STATUS_FAILED]
    assert [e["file"] for e in rep["input_errors"]] == [str(binary), str(tmp_path / "missing.rs")]
    assert "not UTF-8" in rep["input_errors"][0]["message"]
    r = rep["results"][1]
    assert r["diagnostics"][0]["category"] == C.CAT_POSTCONDITION and r["diagnostics"][0]["line"] == 3
    assert r["flags"][r["flags"].index("--rlimit") + 1] == "5"
    assert cli.main(args) == 1  # second run: all from the cache
    assert all(r["cached"] for r in json.loads(capsys.readouterr().out)["results"])


def test_ctrl_c_leaves_nothing_running(files, tmp_path):
    hang = tmp_path / "hang.rs"
    hang.write_text("// fake-verus: spawn_child\n// fake-verus: hang\n")
    pidfile = tmp_path / "pids"
    fake_pidfile = Path(str(pidfile) + ".fake")
    env = {**os.environ, "FAKE_VERUS_PIDFILE": str(pidfile)}
    # output to files, not unread pipes (a full pipe would block the CLI); -X faulthandler so
    # that a hang can be shown: SIGABRT then prints every thread's stack to its stderr
    out, err = open(tmp_path / "out", "wb"), open(tmp_path / "err", "wb")
    # own session, so that SIGINT to the group is what a terminal's Ctrl-C does; SIGINT back to
    # its default, as a shell does for a foreground job: a suite started in the background
    # (`cmd &`, nohup) inherits it ignored, and Python then never raises KeyboardInterrupt
    p = subprocess.Popen([sys.executable, "-X", "faulthandler", "-m", "verusbench", "verify", str(hang),
                          "--verus", str(FAKE), "--allow-test-double", "--no-progress", "--workers", "1"],
                         env=env, start_new_session=True, stdout=out, stderr=err,
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    rc = None
    try:
        wait_files(pidfile, fake_pidfile)  # the event: the verifier and its grandchild run
        child, fake_pid = int(pidfile.read_text()), int(fake_pidfile.read_text())
        assert alive(child, b"fake-verus-grandchild") and alive(fake_pid, b"fake_verus")
        os.killpg(p.pid, signal.SIGINT)
        try:
            rc = p.wait(SAFETY_S)  # the event: the CLI exits (the deadline only bounds a hang)
        except subprocess.TimeoutExpired:
            os.kill(p.pid, signal.SIGABRT)
            p.wait(SAFETY_S)
    finally:
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGKILL)
        out.close()
        err.close()
    stderr = (tmp_path / "err").read_text(errors="replace")
    assert rc == 130, f"rc {rc}; stderr:\n{stderr[-4000:]}"
    assert wait_dead(child, b"fake-verus-grandchild") and wait_dead(fake_pid, b"fake_verus")
