"""`verusbench serve-verifier` on loopback with the test double: auth, concurrent clients,
a killed worker, a full queue, and a restart that answers from the cache."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from verusbench import constants as C
from verusbench.rl.client import VerifierAuthError, VerifierClient
from verusbench.verifier import VerifyJob

ROOT = Path(__file__).resolve().parent.parent
FAKE = str(ROOT / "tests" / "fake_verus")
KILL_NAME = "kill-my-worker.rs"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, tmp: Path, port: int, max_queue: int = 4):
        self.ready = tmp / f"ready-{port}-{time.monotonic_ns()}.json"
        env = {**os.environ, "PYTHONPATH": str(ROOT), "VERUSBENCH_TEST_KILL_WORKER": KILL_NAME}
        env.pop("VERUSBENCH_VERIFIER_TOKEN", None)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "verusbench", "serve-verifier", "--verus", FAKE, "--allow-test-double",
             "--port", str(port), "--token-file", str(tmp / "token"), "--cache", str(tmp / "cache.sqlite"),
             "--workers", "2", "--max-queue", str(max_queue), "--ready-file", str(self.ready)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.time() + 60
        while not self.ready.exists():
            if self.proc.poll() is not None or time.time() > deadline:
                raise RuntimeError(f"server did not start: {self.proc.stderr.read().decode()[-2000:]}")
            time.sleep(0.05)
        self.url = json.loads(self.ready.read_text())["url"]
        self.token = (tmp / "token").read_text().strip()

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=60)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
            self.proc.stderr.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    s = Server(tmp_path_factory.mktemp("server"), 0)   # one server for the tests that do not stop it
    yield s
    s.stop()


def job(body: str, name: str, timeout_s: float = 30.0) -> VerifyJob:
    return VerifyJob(text=f"verus! {{\nfn f() {{\n{body}\n}}\n}}\n", name=name, timeout_s=timeout_s)


def raw(url: str, path: str, body: dict | None = None, token: str | None = None):
    req = urllib.request.Request(url + path, data=json.dumps(body).encode() if body else None,
                                 headers={"Authorization": f"Bearer {token}"} if token else {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.loads(r.read()), dict(r.headers)
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}"), dict(e.headers)


def test_auth_is_required_except_for_health(server):
    assert raw(server.url, "/health")[0] == 200
    assert raw(server.url, "/identity")[0] == 401
    code, obj, _ = raw(server.url, "/verify", {"jobs": [{"text": "x"}]}, token="wrong")
    assert code == 401 and "token" in obj["error"]
    with pytest.raises(VerifierAuthError, match="token rejected"):
        VerifierClient(server.url, "wrong").verify([job("", "a.rs")])
    ident = VerifierClient(server.url, server.token).identity
    assert ident["verus"]["test_double"] is True
    code, obj, _ = raw(server.url, "/verify", {"jobs": [{"text": 3}]}, token=server.token)
    assert code == 400 and "job 0" in obj["error"]


def test_concurrent_clients_get_their_own_results_in_order(server):
    out: dict[int, list] = {}

    def client(k: int) -> None:
        c = VerifierClient(server.url, server.token)
        jobs = [job(f"// client {k}", f"c{k}-ok.rs"),
                job(f"// fake-verus: fail assertion failed\n// client {k}", f"c{k}-fail.rs"),
                job(f"// fake-verus: compile_error mismatched types\n// {k}", f"c{k}-err.rs")]
        out[k] = c.verify(jobs)

    threads = [threading.Thread(target=client, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert sorted(out) == [0, 1, 2, 3]
    for k, res in out.items():
        assert [r.status for r in res] == [C.STATUS_VERIFIED, C.STATUS_FAILED, C.STATUS_COMPILE_ERROR]
        assert [r.name for r in res] == [f"c{k}-ok.rs", f"c{k}-fail.rs", f"c{k}-err.rs"]
        assert res[1].diagnostics[0].message == "assertion failed"


def test_cache_hits_keep_each_jobs_name(server):
    c = VerifierClient(server.url, server.token)
    assert not c.verify([job("// dup", "one.rs")])[0].cached
    res = c.verify([job("// dup", "two.rs"), job("// dup", "three.rs")])
    assert [(r.name, r.cached) for r in res] == [("two.rs", True), ("three.rs", True)]


def test_a_killed_worker_costs_only_its_job_and_the_server_goes_on(server):
    c = VerifierClient(server.url, server.token)
    res = c.verify([job("// a", "a.rs"), job("// dies", KILL_NAME), job("// b", "b.rs")])
    assert [r.status for r in res] == [C.STATUS_VERIFIED, C.STATUS_CRASHED, C.STATUS_VERIFIED]
    assert "worker process died" in res[1].notes[0]
    assert c.verify([job("// after", "after.rs")])[0].status == C.STATUS_VERIFIED


def test_a_full_queue_answers_429_and_the_client_waits_its_turn(server):
    c = VerifierClient(server.url, server.token)
    hang = [job(f"// fake-verus: hang\n// {i}", f"hang{i}.rs", timeout_s=3) for i in range(4)]
    t = threading.Thread(target=lambda: c.verify(hang))
    t.start()
    deadline = time.time() + 30
    while raw(server.url, "/health")[1]["pending"] < 4 and time.time() < deadline:
        time.sleep(0.05)
    body = {"jobs": [{"text": "verus! { fn g() {} }", "name": "late.rs"}]}
    code, obj, headers = raw(server.url, "/verify", body, token=server.token)
    assert code == 429 and headers.get("Retry-After") == "1" and obj["max_queue"] == 4
    too_big = {"jobs": [{"text": f"// {i}"} for i in range(5)]}
    assert raw(server.url, "/verify", too_big, token=server.token)[0] == 413
    # the client retries on 429 and is answered once the hanging jobs time out
    late = c.verify([job("// late", "late.rs")])
    assert late[0].status == C.STATUS_VERIFIED
    t.join(60)


def test_restart_keeps_the_cache_and_a_waiting_client_reconnects(tmp_path):
    port = free_port()
    s = Server(tmp_path, port)
    c = VerifierClient(s.url, s.token, retry_s=90)
    first = c.verify([job("// cached one", "x.rs")])[0]
    assert first.status == C.STATUS_VERIFIED and not first.cached
    assert s.stop() == 0
    got: list = []
    t = threading.Thread(target=lambda: got.extend(c.verify([job("// cached one", "y.rs")])))
    t.start()            # the server is down: the client keeps retrying
    time.sleep(0.5)
    s2 = Server(tmp_path, port)
    try:
        t.join(90)
        assert got and got[0].status == C.STATUS_VERIFIED and got[0].cached and got[0].name == "y.rs"
    finally:
        assert s2.stop() == 0


def test_reward_and_env_over_the_verifier_url(server, tmp_path_factory):
    from test_rl_env import demo_build_dir, first

    from verusbench.rl import VerusEnv, VerusReward, make_backend
    from verusbench.rl.backend import TestDoubleRefused

    with pytest.raises(TestDoubleRefused, match="test double"):
        make_backend(verifier_url=server.url, token=server.token)
    b = make_backend(verifier_url=server.url, token=server.token, allow_test_double=True)
    demo = demo_build_dir(tmp_path_factory)
    row = first(demo, C.TASK_CODE)
    fn = VerusReward({row.id: row}, b)
    fail = row.target.replace("{", "{\n// fake-verus: compile_error mismatched types\n", 1)
    r_ok, r_bad, r_empty = fn(completions=[row.target, fail, ""], id=[row.id] * 3)
    assert r_ok > 0.8 and -0.6 < r_bad < -0.5 and r_empty == -0.5
    env = VerusEnv(b)
    env.reset(row)
    obs, r, done, _ = env.step(row.target)
    assert done and obs.status == C.STATUS_VERIFIED and r == pytest.approx(r_ok)
