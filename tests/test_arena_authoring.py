"""Authoring checks: parse, locked parts, the reference verifies, negative pairs rejected by
the spec through generated `by (compute)` queries (run by the compute double)."""

from __future__ import annotations

import pytest

from arena_fixtures import INC_CONTEXT, INC_RIGHT, MAX_CONTEXT, MAX_RIGHT, compute_double
from verusbench.arena.authoring import check_problem, parse_pairs
from verusbench.verifier import find_verus


@pytest.fixture(scope="module")
def verus(tmp_path_factory):
    return find_verus(compute_double(tmp_path_factory.mktemp("cv")))


def by_name(rep):
    return {c["name"]: c for c in rep.checks}


def test_good_problem_is_accepted_and_query_is_by_compute(verus):
    rep = check_problem(INC_CONTEXT, INC_RIGHT, parse_pairs("a = 3 => 4\na = 10 => 13"), verus)
    assert rep.ok, rep.checks
    assert rep.target_fn == "inc" and "ensures r == a + 2" in rep.spec
    q = rep.queries[0]
    assert "assert(((3 as u64) < 100) && ((4 as u64) == (3 as u64) + 2)) by (compute);" in q
    assert q.index("arena_negative_check") < q.rindex("}")   # inside verus!


def test_negative_pair_the_spec_accepts_rejects_the_problem(verus):
    rep = check_problem(INC_CONTEXT, INC_RIGHT, parse_pairs("a = 3 => 4\na = 3 => 5"), verus)
    assert not rep.ok
    c = by_name(rep)
    assert c["negative pair 1 rejected by the spec"]["ok"]
    assert not c["negative pair 2 rejected by the spec"]["ok"]
    assert "ACCEPTS" in c["negative pair 2 rejected by the spec"]["detail"]


def test_reference_that_fails_is_rejected(verus):
    bad = INC_RIGHT.replace("a + 2", "a + 2 // fake-verus: fail postcondition not satisfied")
    rep = check_problem(INC_CONTEXT, bad, parse_pairs("a = 3 => 4"), verus)
    assert not by_name(rep)["reference verifies"]["ok"] and not rep.ok


@pytest.mark.parametrize("ctx,ref,pairs,check", [
    (INC_CONTEXT.replace("/*__HOLE__*/", "{ a + 2 }"), INC_RIGHT, "a = 1 => 1", "one hole"),
    (INC_CONTEXT + "/*__HOLE__*/", INC_RIGHT, "a = 1 => 1", "one hole"),
    (INC_CONTEXT.replace("fn inc", "fn inc(("), INC_RIGHT, "a = 1 => 1", "parses"),
    (INC_CONTEXT.replace("    ensures r == a + 2,\n", ""), INC_RIGHT, "a = 1 => 1", "locked parts"),
    (INC_CONTEXT.replace("verus! {", "verus! {\n#[verifier::external_body]\nfn h() {}"),
     INC_RIGHT, "a = 1 => 1", "locked parts"),
    (INC_CONTEXT, "{ assume(false); a }", "a = 1 => 1", "reference keeps the trust protocol"),
    (INC_CONTEXT, INC_RIGHT, "b = 1 => 1", "negative pair 1"),
])
def test_malformed_problems_name_the_failed_check(verus, ctx, ref, pairs, check):
    rep = check_problem(ctx, ref, parse_pairs(pairs), verus)
    assert not rep.ok
    failed = [c["name"] for c in rep.checks if not c["ok"]]
    assert failed and failed[0] == check, rep.checks


def test_two_params_and_bad_pair_lines(verus):
    rep = check_problem(MAX_CONTEXT, MAX_RIGHT, parse_pairs("a = 3, b = 9 => 3"), verus)
    assert rep.ok, rep.checks
    with pytest.raises(ValueError, match="line 2"):
        parse_pairs("a = 1 => 2\nno arrow here")
