"""The database queue: concurrent claims never share a submission, leases expire, and only
the holder of a live claim can write a verdict."""

from __future__ import annotations

import threading
import time

import pytest

pytest.importorskip("sqlalchemy")

from arena_fixtures import INC_RIGHT, add_recorded_problems  # noqa: E402
from verusbench.arena import db as D  # noqa: E402
from verusbench.arena import queue  # noqa: E402


@pytest.fixture
def sm(tmp_path):
    sm = D.sessions(D.make_engine(f"sqlite:///{tmp_path}/q.db"))
    add_recorded_problems(sm)
    with sm() as s:
        u, _ = D.create_user(s, "u")
        for _ in range(60):
            s.add(D.Submission(problem_id=1, user_id=u.id, code=INC_RIGHT))
        s.commit()
    return sm


def test_concurrent_claims_take_each_submission_once(sm):
    got: list[tuple[str, int]] = []
    lock = threading.Lock()

    def worker(name):
        with sm() as s:
            while (sub := queue.claim(s, name, lease_s=60)) is not None:
                with lock:
                    got.append((name, sub.id))
                assert queue.finish(s, sub.id, name, "verified", {}, {}, True)

    ts = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(6)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    ids = [i for _, i in got]
    assert sorted(ids) == list(range(1, 61))
    with sm() as s:
        assert all(x.judge_count == 1 and x.status == D.DONE for x in s.query(D.Submission))


def test_expired_lease_is_taken_again_and_the_old_holder_cannot_finish(sm):
    with sm() as s:
        a = queue.claim(s, "dead", lease_s=0.2)
        b = queue.claim(s, "other", lease_s=60)
        assert a.id == 1 and b.id == 2
        time.sleep(0.3)
        c = queue.claim(s, "alive", lease_s=60)
        assert c.id == 1 and c.attempts == 2
        assert not queue.finish(s, 1, "dead", "failed", {}, {}, True)
        assert queue.finish(s, 1, "alive", "verified", {}, {}, True)
        x = s.get(D.Submission, 1, populate_existing=True)
        assert (x.verdict, x.judge_count) == ("verified", 1)
