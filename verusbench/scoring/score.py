"""Scoring: predictions -> integrity -> candidate files -> Verus results -> the report.

One sample passes when the integrity check accepts it and Verus verifies the assembled
candidate file. The results come from a `Verdicts` source: Verus run now, or a ledger
(no Verus runs; candidates it lacks are pending). Task A's passing specs are graded
against the reference spec (`spec_equivalent@k`); task C reports each passing repair's
token edit size. Results of the test double are refused unless allowed, and labelled.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Mapping, Sequence

from .. import constants as C
from ..records import TaskRow
from ..verifier.job import VerifyJob
from .assemble import STATUS_PENDING, Candidate, assemble
from .edits import token_edit_size
from .grading import GRADE_PENDING, grade_from_result, harness_for
from .inputs import load_rows
from .report import build_report
from .verdicts import (FunctionVerdicts, LedgerVerdicts, PoolVerdicts, Verdicts,
                       refuse_test_double)


def _first_category(result) -> tuple[str, str]:
    if result.status == C.STATUS_TIMEOUT:
        return "timeout", "wall-clock timeout"
    if result.status == C.STATUS_CRASHED:
        return "crashed", (result.notes[0] if result.notes else "verifier crashed")
    d = result.first_error()
    if d is None:
        return C.CAT_OTHER, f"{result.status} with no error diagnostic"
    return d.category or C.CAT_OTHER, d.message


def _ks(k: Sequence[int]) -> list[int]:
    ks = sorted({int(x) for x in k})
    if not ks or ks[0] < 1:
        raise ValueError(f"k must be positive integers, got {list(k)}")
    return ks


def score(rows: Mapping[str, TaskRow | dict] | Iterable, predictions: Iterable[tuple[str, list[Any]]],
          *, k: Sequence[int] = (1,), verus=None, workers: int | None = None,
          backend: str = "local", address: str | None = None, timeout_s: float = 120.0,
          rlimit: float = 10.0, cache=None, allow_test_double: bool = False,
          progress: bool = True, input_errors: Sequence[dict] = (), seed: int = 0,
          verify_fn: Callable | None = None,
          ledger: Any = None, spec_grading: bool = True,
          verdicts: Verdicts | None = None) -> dict[str, Any]:
    """Score (row id, [prediction, ...]) pairs against rows into the JSON report; results come
    from `verdicts`, else `ledger` (paths or a Ledger), else `verify_fn` (tests), else `verus`."""
    rowmap = load_rows(rows)
    ks = _ks(k)
    flags_wanted = VerifyJob(text="", rlimit=rlimit, seed=seed).flags()
    if verdicts is None:
        if ledger is not None:
            verdicts = LedgerVerdicts(ledger, flags=flags_wanted, allow_test_double=allow_test_double)
        elif verify_fn is not None:
            verdicts = FunctionVerdicts(verify_fn)
        else:
            verdicts = PoolVerdicts(verus, workers=workers, backend=backend, address=address,
                                    cache=cache, progress=progress,
                                    allow_test_double=allow_test_double)
    identity: dict = dict(verdicts.identity or {})

    samples, cands, errors = assemble(rowmap, predictions, rlimit=rlimit, progress=progress)
    errors = [dict(e) for e in input_errors] + errors
    results = verdicts.results([c.job(rlimit, seed, timeout_s) for c in cands])
    flags: list[str] = []
    for c, r in zip(cands, results):
        s = c.sample
        if r is None:
            s.status = STATUS_PENDING
            s.message = f"no Verus result in the ledger for this candidate (sha256 {s.sha256})"
            continue
        identity = identity or r.verifier
        flags = flags or list(r.flags)
        refuse_test_double(r.verifier, "the verifier of a result", allow_test_double)
        s.status, s.wall_s, s.cached = r.status, r.wall_s, r.cached
        s.passed = r.status == C.STATUS_VERIFIED
        if not s.passed:
            s.category, s.message = _first_category(r)
        elif s.task in (C.TASK_REPAIR, C.TASK_REPAIR_SYNTHETIC):
            s.edit_size = token_edit_size(c.row.context, c.text)

    if spec_grading:
        _grade_specs([c for c in cands if c.sample.passed and c.sample.task == C.TASK_SPEC],
                     verdicts, rlimit, seed, timeout_s)

    settings = {"rlimit": rlimit, "timeout_s": timeout_s, "seed": seed}
    if not isinstance(verdicts, LedgerVerdicts):   # how Verus ran (a ledger ran nothing)
        settings.update(backend=backend, workers=workers)
    report = build_report(samples, rowmap, ks, errors, identity, flags, settings=settings)
    report["verdict_source"] = verdicts.describe()
    return report


def _grade_specs(cands: list[Candidate], verdicts: Verdicts, rlimit: float, seed: int,
                 timeout_s: float) -> None:
    """Task A: grade each passing spec against the reference spec (in place)."""
    jobs, of = [], []
    for c in cands:
        s = c.sample
        h = harness_for(c.row, c.text)
        if not h.text:
            s.spec_grade, s.message = "ungraded", h.reason
            continue
        jobs.append(VerifyJob(text=h.text, name=f"{s.row_id}-{s.index}-spec.rs", rlimit=rlimit,
                              seed=seed, timeout_s=timeout_s))
        of.append((s, h))
    for (s, h), r in zip(of, verdicts.results(jobs)):
        s.spec_grade = GRADE_PENDING if r is None else grade_from_result(h, r)
