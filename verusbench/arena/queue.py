"""The judging queue in the database: a claim is one conditional UPDATE on status + lease,
so two workers never hold one submission, a crashed worker's claim expires, and a verdict
is written only by the holder of a live claim (nothing is judged twice, nothing is lost)."""

from __future__ import annotations

import time

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from .db import DONE, QUEUED, RUNNING, Submission


def _claimable(now: float):
    return or_(Submission.status == QUEUED,
               (Submission.status == RUNNING) & (Submission.lease_until < now))


def claim(db: Session, worker: str, lease_s: float) -> Submission | None:
    """Take the oldest claimable submission for `worker`, or None when the queue is empty."""
    for _ in range(20):
        now = time.time()
        sid = db.scalar(select(Submission.id).where(_claimable(now))
                        .order_by(Submission.id).limit(1))
        if sid is None:
            return None
        # the WHERE repeats the condition: of two racing workers only one UPDATE matches
        res = db.execute(update(Submission).where(Submission.id == sid, _claimable(now))
                         .values(status=RUNNING, claimed_by=worker, lease_until=now + lease_s,
                                 attempts=Submission.attempts + 1))
        db.commit()
        if res.rowcount == 1:
            return db.get(Submission, sid, populate_existing=True)
    return None


def finish(db: Session, sub_id: int, worker: str, verdict: str, result: dict,
           verifier: dict | None, test_double: bool) -> bool:
    """Write a verdict if `worker` still holds the claim; False if the lease was lost."""
    res = db.execute(update(Submission).where(Submission.id == sub_id,
                                              Submission.status == RUNNING,
                                              Submission.claimed_by == worker)
                     .values(status=DONE, verdict=verdict, result=result, verifier=verifier,
                             test_double=test_double, judged_at=time.time(),
                             judge_count=Submission.judge_count + 1, lease_until=None))
    db.commit()
    return res.rowcount == 1
