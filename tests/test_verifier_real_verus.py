"""Against real Verus (skipped unless VERUS_PATH is set): the runner's reading of its output."""

from __future__ import annotations

import os

import pytest

from verusbench import constants as C
from verusbench.verifier import VerifyJob, find_verus, is_test_double, run_job, verify_many

pytestmark = [pytest.mark.verus,
              pytest.mark.skipif(not os.environ.get("VERUS_PATH"), reason="needs real Verus (set VERUS_PATH)")]

CORRECT = """\
use vstd::prelude::*;

verus! {

fn max(a: u64, b: u64) -> (r: u64)
    ensures
        r >= a,
        r >= b,
        r == a || r == b,
{
    if a >= b { a } else { b }
}

} // verus!
"""

WRONG = """\
use vstd::prelude::*;

verus! {

fn one() -> (r: u32)
    ensures
        r == 1,
{
    0
}

} // verus!
"""

BROKEN = """\
use vstd::prelude::*;

verus! {

fn f(x: u32) -> u32 {
    x +
}

} // verus!
"""


@pytest.fixture(scope="module")
def verus():
    v = find_verus()
    assert not is_test_double(v.identity), "VERUS_PATH points at the test double"
    return v


def test_correct_file_verifies(verus):
    r = run_job(VerifyJob(text=CORRECT, name="max.rs", timeout_s=300), verus)
    assert r.status == C.STATUS_VERIFIED, (r.notes, r.stderr_tail)
    assert r.errors == 0 and r.verified >= 1 and not r.error_diagnostics
    assert r.verifier["verus"]["version"]


def test_wrong_postcondition_fails(verus):
    r = run_job(VerifyJob(text=WRONG, name="one.rs", timeout_s=300), verus)
    assert r.status == C.STATUS_FAILED, (r.notes, r.stderr_tail)
    assert r.errors == 1
    assert any(d.category == C.CAT_POSTCONDITION and d.line is not None for d in r.error_diagnostics)


def test_syntax_error_is_compile_error_and_pool_agrees(verus):
    jobs = [VerifyJob(text=t, name=n, timeout_s=300) for n, t in
            (("ok", CORRECT), ("wrong", WRONG), ("broken", BROKEN))]
    res = verify_many(jobs, verus, workers=2, progress=False)
    assert [r.status for r in res] == [C.STATUS_VERIFIED, C.STATUS_FAILED, C.STATUS_COMPILE_ERROR]
