"""Task A spec grading: the generated implication harness, the grade table, and the wiring
from harness diagnostics to grades (with a syntactic stand-in for Verus's implication
check); a real-Verus test runs only where VERUS_PATH is set."""

from __future__ import annotations

import os
import re

import pytest
from test_integrity_rows import make_rows

from verusbench import constants as C
from verusbench import integrity
from verusbench.scoring import grade_from_failures, score, spec_harness
from verusbench.verifier import VDiagnostic, VerifyResult

ROWS = make_rows()
IDENTITY = {"verus": {"version": "0.0.0-fake", "profile": "test-double", "test_double": True}}
_LEMMA = re.compile(r"^proof fn __verusbench_(\w+)\(")


def _clauses(block: list[str]) -> tuple[set[str], set[str]]:
    req, ens, cur = set(), set(), None
    for ln in block:
        s = ln.strip()
        if s in ("requires", "ensures"):
            cur = req if s == "requires" else ens
        elif s.startswith("(") and cur is not None:
            cur.add(re.sub(r"\s+", "", s.rstrip(",")))
    return req, ens


def syntactic_verify(jobs):
    """Stand-in for Verus: candidates verify; a harness lemma holds iff each ensured
    expression is `(true)` or appears among its requires."""
    out = []
    for job in jobs:
        diags = []
        lines = job.text.splitlines()
        for i, ln in enumerate(lines):
            m = _LEMMA.match(ln)
            if not m:
                continue
            j = i
            while lines[j] != "}":
                j += 1
            req, ens = _clauses(lines[i:j])
            if not all(e == "(true)" or e in req for e in ens):
                diags.append(VDiagnostic(C.CAT_POSTCONDITION, "postcondition not satisfied", i + 2, 1))
        status = C.STATUS_FAILED if diags else C.STATUS_VERIFIED
        out.append(VerifyResult(status, 1, len(diags), diags, 0.0, IDENTITY, [], "k", job.name))
    return out


def _grade(row_key: str, prediction: str) -> str:
    rep = score(ROWS.values(), [(ROWS[row_key].id, [prediction])], verify_fn=syntactic_verify,
                allow_test_double=True, progress=False)
    assert rep["statuses"] == {"verified": 1}, rep["results"]
    return rep["results"][0]["spec_grade"]


def test_grade_table():
    assert grade_from_failures(set()) == "equivalent"
    assert grade_from_failures({"post_ref_implies_pred"}) == "stronger"
    assert grade_from_failures({"pre_ref_implies_pred"}) == "weaker"
    assert grade_from_failures({"post_pred_implies_ref"}) == "weaker"
    assert grade_from_failures({"post_pred_implies_ref", "pre_pred_implies_ref"}) == "incomparable"


def test_harness_has_four_lemmas_over_the_fn_params_and_return():
    r = ROWS["A_ens"]
    ir = integrity.check(r, "ensures r == x + x,")
    h = spec_harness(r, ir.assembled)
    assert h.reason == "" and set(h.lemmas) == {"pre_ref_implies_pred", "post_pred_implies_ref",
                                               "pre_pred_implies_ref", "post_ref_implies_pred"}
    lines = h.text.splitlines()
    for name, (a, b) in h.lemmas.items():
        assert lines[a - 1].startswith(f"proof fn __verusbench_{name}(x: u32, r: u32)")
        assert lines[b - 1] == "}"
    # the rest of the reference file is still there (spec fns the specs use)
    assert "spec fn double(x: int) -> int" in h.text and "fn count_up" in h.text


def test_renamed_return_is_mapped_to_the_reference_name():
    r = ROWS["A_full"]
    pred = r.target.replace("-> (r: u32)", "-> (out: u32)").replace("r == double", "out == double")
    ir = integrity.check(r, pred)
    h = spec_harness(r, ir.assembled)
    assert "(r == double(x as int))" in h.text and "out ==" not in h.text


@pytest.mark.parametrize("key,prediction,grade", [
    ("A_ens", "ensures\n        r == double(x as int),", "equivalent"),
    ("A_ens", "ensures true", "weaker"),
    ("A_ens", "ensures\n        x < 1000,", "weaker"),
    ("A_ens", "ensures\n        r == double(x as int),\n        r >= x,", "stronger"),
    ("A_ens", "ensures\n        r >= x,", "incomparable"),
    ("A_full", None, "equivalent"),
    ("A_full", "requires", "weaker"),
])
def test_grades_through_the_scoring_pipeline(key, prediction, grade):
    if prediction is None:
        prediction = ROWS[key].target
    elif prediction == "requires":   # a stronger precondition: the spec promises less
        prediction = ROWS[key].target.replace("x < 1000,", "x < 1000,\n        x > 5,")
    assert _grade(key, prediction) == grade


def test_spec_equivalent_at_k_counts_only_equivalent_passes():
    r = ROWS["A_ens"]
    rep = score(ROWS.values(), [(r.id, [r.target, "ensures true"])], k=[1, 2],
                verify_fn=syntactic_verify, allow_test_double=True, progress=False)
    assert rep["pass_at_k"] == {"pass@1": 1.0, "pass@2": 1.0}
    assert rep["spec_equivalent_at_k"] == {"spec_equivalent@1": 0.5, "spec_equivalent@2": 1.0}
    assert rep["spec_grades"] == {"equivalent": 1, "weaker": 1}


@pytest.mark.verus
@pytest.mark.skipif(not os.environ.get("VERUS_PATH"), reason="needs real Verus (set VERUS_PATH)")
def test_real_verus_grades_ensures_true_as_weaker():
    r = ROWS["A_ens"]
    rep = score(ROWS.values(), [(r.id, [r.target, "ensures true,"])], k=[1], progress=False)
    grades = [x["spec_grade"] for x in rep["results"]]
    assert grades == ["equivalent", "weaker"]
