"""The Arena's web app and JSON API through FastAPI's TestClient, judged by tests/fake_verus
(which replays real recordings when an assembled file is one of them)."""

from __future__ import annotations

import re
import time

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from arena_fixtures import (FAKE, INC_CONTEXT, INC_RIGHT, INC_WRONG,  # noqa: E402
                            add_recorded_problems, compute_double, needs_recordings)
from verusbench.arena import db as D  # noqa: E402
from verusbench.arena.web import Settings, create_app  # noqa: E402
from verusbench.verifier import find_verus  # noqa: E402


@pytest.fixture
def app(tmp_path):
    a = create_app(Settings(db_url=f"sqlite:///{tmp_path}/a.db", verus=find_verus(FAKE),
                            rate_per_min=5, poll_s=0.05, max_code_bytes=2000))
    add_recorded_problems(a.state.sessionmaker)
    return a


@pytest.fixture
def client(app):
    with TestClient(app) as c:   # the lifespan starts the judge thread
        yield c


def token(client, name="alice"):
    r = client.post("/api/register", json={"name": name})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['token']}"}


def wait_done(client, sid, within=30.0):
    end = time.time() + within
    while time.time() < end:
        j = client.get(f"/api/submissions/{sid}").json()
        if j["status"] == "done":
            return j
        time.sleep(0.05)
    raise AssertionError(f"submission {sid} not judged within {within} s: {j}")


@needs_recordings
def test_right_and_wrong_solution_through_the_api(client):
    h = token(client)
    ids = []
    for code in (INC_RIGHT, INC_WRONG):
        r = client.post("/api/submissions", json={"problem": "inc", "code": code}, headers=h)
        assert r.status_code == 202, r.text
        ids.append(r.json()["id"])
    right, wrong = (wait_done(client, i) for i in ids)
    assert right["verdict"] == "verified" and right["judge_count"] == 1
    assert wrong["verdict"] == "failed"
    msgs = [d["message"] for d in wrong["result"]["diagnostics"]]
    assert any("postcondition not satisfied" in m for m in msgs), msgs   # the recording's text
    assert right["test_double"] and "TEST DOUBLE" in right["verifier"]
    page = client.get(f"/submissions/{ids[1]}").text
    assert "postcondition not satisfied" in page and "TEST DOUBLE" in page
    stats = client.get("/api/problems/inc").json()["stats"]
    assert stats["submissions"] == 2 and stats["verdicts"] == {"verified": 1, "failed": 1}
    assert stats["by_test_double"]
    user = client.get("/users/alice").text
    assert "verified: 1" in user and "test double" in user


def test_cheat_is_rejected_by_the_trust_protocol(client):
    h = token(client)
    r = client.post("/api/submissions", json={"problem": "inc",
                                              "code": "{ assume(false); a }"}, headers=h)
    j = wait_done(client, r.json()["id"])
    assert j["verdict"] == "integrity_rejected"
    assert [v["rule"] for v in j["result"]["violations"]] == ["assume"]


def test_diagnostics_and_user_text_are_escaped(client):
    h = token(client)
    evil = "{ a + 2 // fake-verus: fail <script>alert(1)</script>\n}"
    r = client.post("/api/submissions", json={"problem": "inc", "code": evil}, headers=h)
    j = wait_done(client, r.json()["id"])
    assert j["verdict"] == "failed"
    page = client.get(f"/submissions/{j['id']}").text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_tokens_rate_and_size_limits(client, app):
    assert client.post("/api/submissions", json={"problem": "inc", "code": "{}"}).status_code == 401
    bad = {"Authorization": "Bearer nope"}
    assert client.post("/api/submissions", json={"problem": "inc", "code": "{}"},
                       headers=bad).status_code == 401
    h = token(client)
    assert client.post("/api/submissions", json={"problem": "inc", "code": "{" + " " * 3000 + "}"},
                       headers=h).status_code == 413
    assert client.post("/api/submissions", content=b"{" + b" " * 300_000 + b"}",
                       headers=h).status_code == 413   # whole-body limit, before parsing
    assert client.post("/api/submissions", json={"problem": "../etc/passwd", "code": "{}"},
                       headers=h).status_code == 404
    codes = [client.post("/api/submissions", json={"problem": "inc", "code": INC_RIGHT},
                         headers=h).status_code for _ in range(6)]
    assert codes == [202] * 5 + [429]
    assert client.post("/api/register", json={"name": "alice"}).status_code == 409
    assert client.post("/api/register", json={"name": "<b>"}).status_code == 422
    with app.state.sessionmaker() as s:   # only the hash is stored
        assert all(len(u.token_hash) == 64 for u in s.query(D.User))
        assert not any(h["Authorization"][7:] in u.token_hash for u in s.query(D.User))


def test_forms_need_the_csrf_token(client):
    page = client.get("/register").text
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    assert client.post("/register", data={"name": "bob", "csrf": "forged"}).status_code == 403
    r = client.post("/register", data={"name": "bob", "csrf": csrf})
    assert r.status_code == 200 and "Welcome, bob" in r.text
    page = client.get("/problems/inc").text
    assert "ensures r == a + 2" in page or "inc" in page
    r = client.post("/problems/inc/submit", data={"code": INC_RIGHT, "csrf": "x"})
    assert r.status_code == 403
    r = client.post("/problems/inc/submit", data={"code": INC_RIGHT, "csrf": csrf},
                    follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/submissions/")
    sid = int(r.headers["location"].rsplit("/", 1)[1])
    assert wait_done(client, sid)["verdict"] == "verified"


def test_authoring_through_the_api_then_problem_page(tmp_path):
    a = create_app(Settings(db_url=f"sqlite:///{tmp_path}/b.db",
                            verus=find_verus(compute_double(tmp_path))))
    with TestClient(a) as c:
        h = token(c, "author")
        body = {"slug": "inc2", "title": "Add two", "context": INC_CONTEXT,
                "reference": INC_RIGHT, "negatives": "a = 3 => 4", "license": "MIT"}
        r = c.post("/api/problems", json=body, headers=h)
        assert r.status_code == 201, r.text
        page = c.get("/problems/inc2").text
        assert "fn inc(a: u64) -&gt; (r: u64)" in page and "ensures r == a + 2," in page
        assert "a = 3" in page   # the example pair
        r = c.post("/api/problems", json={**body, "slug": "inc3", "negatives": "a = 3 => 5"},
                   headers=h)
        assert r.status_code == 422 and not r.json()["accepted"]
        assert c.get("/problems/inc3").status_code == 404


def test_seed_from_a_build_and_export_loads_with_datasets(tmp_path):
    from datasets import load_dataset

    from verusbench.arena.export import export
    from verusbench.arena.seed import seed
    build = tmp_path / "build"
    from verusbench.cli import main
    assert main(["build", "--corpus", "demo", "--out", str(build)]) == 0
    a = create_app(Settings(db_url=f"sqlite:///{tmp_path}/c.db", verus=find_verus(FAKE),
                            poll_s=0.05))
    with a.state.sessionmaker() as s:
        added = seed(s, str(build), "code_from_spec")
        assert added and seed(s, str(build), "code_from_spec") == []   # idempotent
    with TestClient(a) as c:
        h = token(c)
        slug = added[0]
        ref = c.get(f"/api/problems/{slug}").json()
        with a.state.sessionmaker() as s:
            p = s.query(D.Problem).filter_by(slug=slug).one()
            code = p.reference
        sid = c.post("/api/submissions", json={"problem": slug, "code": code},
                     headers=h).json()["id"]
        assert wait_done(c, sid)["verdict"] == "verified"
        assert ref["context"].count("/*__HOLE__*/") == 1
    out = tmp_path / "export"
    with a.state.sessionmaker() as s:
        assert export(s, str(out), "cc-by-4.0")["solutions"] == 0   # double verdicts stay out
        n = export(s, str(out), "cc-by-4.0", include_test_double=True)
    assert n == {"problems": len(added), "solutions": 1}
    assert "license: cc-by-4.0" in (out / "README.md").read_text()
    # own cache_dir: datasets keys a local folder's cache on its name ("export"), not its files
    ds = load_dataset(str(out), cache_dir=str(tmp_path / "hf"))
    assert len(ds["train"]) == len(added) and slug in ds["train"]["slug"]
    sol = load_dataset(str(out), "solutions", cache_dir=str(tmp_path / "hf"))["train"]
    assert sol[0]["problem"] == slug and sol[0]["test_double"] is True


def test_seed_keeps_only_rows_whose_reference_verified(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from verusbench.arena.seed import seed, seed_rows
    d = tmp_path / "b" / "data" / "code_from_spec"
    d.mkdir(parents=True)
    rows = []
    for n, st in enumerate(("verified", "failed", "verified")):
        rows.append({"id": f"code_from_spec-{n:016d}", "task": "code_from_spec",
                     "context": INC_CONTEXT, "target": INC_RIGHT,
                     "reference_file": INC_CONTEXT.replace("/*__HOLE__*/", INC_RIGHT),
                     "prompt": "", "completion": INC_RIGHT, "messages": [],
                     "metadata": {"target_fn": "inc", "license": "MIT", "path": "inc.rs",
                                  "source": "t", "repo": "", "commit": "", "role": "demo",
                                  "verus_version": "", "verified": "builder",
                                  "reference_status": st}})
    pq.write_table(pa.Table.from_pylist(rows), d / "test-00000-of-00001.parquet")
    assert [r["id"][-1] for r in seed_rows(str(tmp_path / "b"))] == ["0", "2"]
    sm = D.sessions(D.make_engine(f"sqlite:///{tmp_path}/s.db"))
    with sm() as s:
        assert seed(s, str(tmp_path / "b")) == ["inc-00000000", "inc-00000002"]
    bad = dict(rows[0], id="code_from_spec-x", context=INC_CONTEXT.replace("/*__HOLE__*/", ""))
    pq.write_table(pa.Table.from_pylist([bad]), d / "test-00000-of-00001.parquet")
    skipped = []
    with sm() as s:
        assert seed(s, str(tmp_path / "b"), skipped=skipped) == []
    assert len(skipped) == 1 and "row code_from_spec-x" in skipped[0] and "HOLE" in skipped[0]
    with pytest.raises(FileNotFoundError, match="no data/code_from_spec"):
        seed_rows(str(tmp_path))


def test_serve_without_verus_says_what_to_do(tmp_path, capsys):
    from verusbench.cli import main
    rc = main(["arena", "serve", "--db", f"sqlite:///{tmp_path}/x.db",
               "--verus", str(tmp_path / "no-verus")])
    err = capsys.readouterr().err
    assert rc == 2 and "no such file" in err and "--no-judge" in err
