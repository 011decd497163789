"""Judge one submission: the trust protocol (verusbench.integrity) on the problem as a
dataset row, then the verifier (sandboxed run_job, with the ResultCache) on the assembled file."""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid

from .. import constants as C
from ..integrity import IntegrityInputError, check
from ..verifier import ResultCache, VerifyJob, VerusBinary, run_job
from . import queue
from .db import Problem

log = logging.getLogger("verusbench.arena")


def problem_row(p: Problem) -> dict:
    """The problem as a TaskRow dict (what integrity.check takes)."""
    return {"id": f"arena-{p.slug}", "task": p.task, "context": p.context,
            "target": p.reference, "reference_file": p.context.replace(C.HOLE, p.reference, 1),
            "prompt": "", "completion": p.reference, "messages": [],
            "metadata": {"source": "arena", "repo": "", "commit": "", "path": f"{p.slug}.rs",
                         "license": p.license, "role": "benchmark_task", "verus_version": "",
                         "verified": C.VERIFIED_UNCHECKED, "target_fn": p.target_fn}}


def judge(p: Problem, code: str, verus: VerusBinary, cache: ResultCache | None = None,
          timeout_s: float = 120.0) -> tuple[str, dict]:
    """(verdict, result dict) for one submission; the verdict is a constants.STATUS_*."""
    try:
        ir = check(problem_row(p), code)
    except IntegrityInputError as e:
        return C.STATUS_CRASHED, {"notes": [f"problem {p.slug} is unusable: {e}"]}
    if not ir.ok:
        return C.STATUS_INTEGRITY_REJECTED, {
            "violations": [{"rule": v.rule, "message": v.message, "line": v.line}
                           for v in ir.violations], "diagnostics": []}
    r = run_job(VerifyJob(text=ir.assembled, name=f"{p.slug}.rs", timeout_s=timeout_s),
                verus, cache)
    return r.status, {"violations": [], "verified": r.verified, "errors": r.errors,
                      "diagnostics": [d.__dict__ for d in r.diagnostics],
                      "notes": r.notes, "cached": r.cached, "wall_s": round(r.wall_s, 3)}


class Worker:
    """Threads that claim submissions from the database queue and judge them."""

    def __init__(self, sessionmaker, verus: VerusBinary, threads: int = 1,
                 cache: ResultCache | None = None, lease_s: float = 180.0,
                 timeout_s: float = 120.0, poll_s: float = 0.2):
        self.sm, self.verus, self.cache = sessionmaker, verus, cache
        self.n, self.lease_s, self.timeout_s, self.poll_s = threads, lease_s, timeout_s, poll_s
        self.stop_event = threading.Event()
        self.threads: list[threading.Thread] = []
        self.ident = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"

    def start(self) -> None:
        for i in range(self.n):
            t = threading.Thread(target=self._loop, args=(f"{self.ident}:{i}",), daemon=True,
                                 name=f"arena-judge-{i}")
            t.start()
            self.threads.append(t)

    def stop(self, timeout: float = 5.0) -> None:
        self.stop_event.set()
        for t in self.threads:
            t.join(timeout)

    def run_once(self, name: str | None = None) -> bool:
        """Judge one queued submission; False when there was none."""
        name = name or f"{self.ident}:x"
        with self.sm() as db:
            sub = queue.claim(db, name, self.lease_s)
            if sub is None:
                return False
            p = db.get(Problem, sub.problem_id)
            try:
                verdict, result = judge(p, sub.code, self.verus, self.cache, self.timeout_s)
            except Exception as e:  # one bad submission must not stop the judge
                log.exception("judging submission %s failed", sub.id)
                verdict, result = C.STATUS_CRASHED, {"notes": [f"judge error: {type(e).__name__}: {e}"]}
            if not queue.finish(db, sub.id, name, verdict, result, self.verus.identity,
                                self.verus.is_test_double):
                log.warning("submission %s: lease lost, verdict dropped", sub.id)
        return True

    def _loop(self, name: str) -> None:
        while not self.stop_event.is_set():
            try:
                busy = self.run_once(name)
            except Exception:  # database hiccup: back off, keep serving
                log.exception("judge loop error")
                busy = False
            if not busy:
                self.stop_event.wait(self.poll_s)
