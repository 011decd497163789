"""Load on loopback: 200 submissions from concurrent clients to a real server process, all
judged exactly once and none lost; the server is killed mid-queue and restarted, and the
rest are judged (claims held by the dead server expire and are taken again)."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

from arena_fixtures import FAKE, PY, REPO, add_recorded_problems, cli_env  # noqa: E402
from browser_fixtures import free_port, kill_server, live_server  # noqa: E402
from verusbench.arena import db as D  # noqa: E402

N, CLIENTS, DISTINCT = 200, 8, 40


def code_for(i: int) -> tuple[str, str]:
    """(code, expected verdict); DISTINCT different texts, each judged slowly once (the
    double sleeps), their repeats come from the ResultCache."""
    k = i % DISTINCT
    fail = "    // fake-verus: fail postcondition not satisfied\n" if k % 5 == 0 else ""
    return (f"{{\n    a + 2 // variant {k}\n    // fake-verus: sleep 0.15\n{fail}}}",
            "failed" if fail else "verified")


def test_200_concurrent_submissions_survive_a_server_kill(tmp_path):
    url = f"sqlite:///{tmp_path}/arena.db"
    sm = D.sessions(D.make_engine(url))
    add_recorded_problems(sm)
    tokens = []
    with sm() as s:
        for c in range(CLIENTS):
            tokens.append(D.create_user(s, f"client{c}")[1])
    port = free_port()
    argv = [PY, "-m", "verusbench", "arena", "serve", "--db", url, "--port", str(port),
            "--verus", FAKE, "--judge-threads", "2", "--cache", str(tmp_path / "cache.db"),
            "--lease-s", "2.5", "--job-timeout", "2", "--rate-per-min", "1000"]
    env, log = cli_env(), tmp_path / "server.log"

    def client(c: int) -> list[tuple[int, str]]:
        out = []
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60,
                          headers={"Authorization": f"Bearer {tokens[c]}"}) as h:
            for i in range(c, N, CLIENTS):
                code, want = code_for(i)
                r = h.post("/api/submissions", json={"problem": "inc", "code": code})
                assert r.status_code == 202, r.text
                out.append((r.json()["id"], want))
        return out

    with live_server(argv, port, env=env, cwd=str(REPO), log=log) as (proc, base):
        t0 = time.time()
        with ThreadPoolExecutor(CLIENTS) as ex:
            sent = [x for part in ex.map(client, range(CLIENTS)) for x in part]
        t_post = time.time() - t0
        assert len(sent) == N and len({i for i, _ in sent}) == N
        end = time.time() + 60
        while httpx.get(base + "/api/queue").json().get("done", 0) < 5 and time.time() < end:
            time.sleep(0.05)
        kill_server(proc)   # SIGKILL, mid-queue
    with sm() as s:
        before = {x.id: x.status for x in s.query(D.Submission)}
    assert len(before) == N
    left = [i for i, st in before.items() if st != D.DONE]
    assert left, "the queue was empty before the kill: the test did not kill mid-queue"

    t1 = time.time()
    with live_server(argv, port, env=env, cwd=str(REPO), log=log) as (_, base):
        end = time.time() + 90
        while time.time() < end:
            q = httpx.get(base + "/api/queue").json()
            if q.get("done", 0) == N:
                break
            time.sleep(0.2)
    t_rest = time.time() - t1
    with sm() as s:
        subs = {x.id: x for x in s.query(D.Submission)}
    assert len(subs) == N
    assert all(x.status == D.DONE for x in subs.values()), \
        {x.id: x.status for x in subs.values() if x.status != D.DONE}
    assert all(x.judge_count == 1 for x in subs.values())
    want = dict(sent)
    assert {i: x.verdict for i, x in subs.items()} == want
    assert all(x.test_double for x in subs.values())
    # what the first server held when it died was claimed again after the lease expired
    orphans = [i for i in left if before[i] == D.RUNNING]
    print(f"\narena load: {N} submissions posted by {CLIENTS} clients in {t_post:.2f} s; "
          f"{len(left)} not judged at the kill ({len(orphans)} claimed by the dead server); "
          f"restart judged them in {t_rest:.2f} s (server start included)")
    assert all(subs[i].attempts == 2 for i in orphans)
    assert any(subs[i].judged_at > subs[j].judged_at for i in left for j in subs
               if before[j] == D.DONE)
    # the export command over what the load produced (the double's verdicts, labelled)
    import subprocess
    out = tmp_path / "export"
    r = subprocess.run([PY, "-m", "verusbench", "arena", "export", "--db", url, "--out", str(out),
                        "--license", "cc-by-4.0", "--include-test-double"], env=env,
                       cwd=str(REPO), capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    n_ok = sum(v == "verified" for v in want.values())
    assert f"exported 2 problems and {n_ok} solutions" in r.stdout
