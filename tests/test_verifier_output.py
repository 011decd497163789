"""Parsing Verus output into diagnostics and a status (verus-reference.md §1-2)."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from verusbench import constants as C
from verusbench.verifier.job import VerifyJob, VerifyResult, VDiagnostic, cache_key
from verusbench.verifier.output import decide, parse_diagnostics, parse_summary


def jdiag(message, level="error", line=3, col=5, label=None, code=None, primary=True,
          file_name="candidate.rs", extra_spans=()):
    spans = [*extra_spans, {"file_name": file_name, "line_start": line, "column_start": col,
                            "is_primary": primary, "label": label, "text": []}]
    return json.dumps({"message": message, "code": {"code": code, "explanation": None} if code else None,
                       "level": level, "spans": spans, "children": [], "rendered": f"{level}: {message}"})


def summary(verified, errors, vir=False):
    vr = {"encountered-error": errors > 0, "encountered-vir-error": vir, "success": errors == 0,
          "verified": verified, "errors": errors, "is-verifying-entire-crate": True}
    return json.dumps({"func-details": {}, "verification-results": vr, "verus": {"version": "x"}}, indent=2)


ABORT = json.dumps({"message": "aborting due to 1 previous error", "code": None, "level": "error",
                    "spans": [], "children": [], "rendered": "error: aborting"})


def test_verified():
    o = decide(0, summary(3, 0), "note: some noise\n")
    assert (o.status, o.verified, o.errors, o.diagnostics) == (C.STATUS_VERIFIED, 3, 0, [])


def test_smt_failure_with_noise_and_abort_line():
    err = "\n".join(["warning: not json", jdiag("postcondition not satisfied", label="failed this postcondition",
                                                 line=7, col=9), "{ broken json", ABORT])
    o = decide(1, summary(1, 1), err)
    assert o.status == C.STATUS_FAILED and o.errors == 1 and o.verified == 1
    [d] = o.diagnostics  # the abort line and the non-JSON lines are skipped
    assert (d.category, d.line, d.col, d.label, d.code) == (C.CAT_POSTCONDITION, 7, 9, "failed this postcondition", None)


def test_rlimit_counts_as_smt_failure():
    msg = "function body check: Resource limit (rlimit) exceeded; consider rerunning with --profile for more details"
    o = decide(1, summary(0, 1), jdiag(msg))
    assert o.status == C.STATUS_FAILED and o.diagnostics[0].category == C.CAT_RLIMIT


def test_rustc_error_without_summary_is_compile_error():
    o = decide(1, json.dumps({"func-details": {}, "verus": {}}), jdiag("mismatched types", code="E0308") + "\n" + ABORT)
    assert o.status == C.STATUS_COMPILE_ERROR and o.errors == 1
    assert o.diagnostics[0].code == "E0308" and o.diagnostics[0].category == C.CAT_SYNTAX


def test_vir_error_is_compile_error_even_with_summary():
    o = decide(1, summary(0, 0, vir=True), jdiag("loop must have a decreases clause"))
    assert o.status == C.STATUS_COMPILE_ERROR
    assert o.diagnostics[0].category == C.CAT_DECREASES


def test_error_after_smt_with_zero_errors_is_compile_error():
    # reference §2: "A summary with 0 errors can still come with exit 1 if the erasure pass fails"
    o = decide(1, summary(2, 0), jdiag("cannot borrow `x` as mutable"))
    assert o.status == C.STATUS_COMPILE_ERROR


def test_exit_zero_is_not_enough():
    assert decide(0, summary(1, 1), jdiag("assertion failed")).status == C.STATUS_FAILED
    assert decide(0, "", "").status == C.STATUS_CRASHED  # no summary at all


def test_crash_cases():
    panic = "thread 'rustc' panicked at compiler/x.rs:1:1:\nboom"
    assert decide(1, summary(0, 0), panic).status == C.STATUS_CRASHED
    assert decide(101, "", "").status == C.STATUS_CRASHED
    assert decide(128, "", "error: z3 not found").status == C.STATUS_CRASHED
    assert decide(255, "", "Error: Unrecognized option").status == C.STATUS_CRASHED
    assert decide(-9, "", "").status == C.STATUS_CRASHED
    assert decide(1, "garbage", "garbage").status == C.STATUS_CRASHED


def test_panicked_at_inside_a_diagnostic_is_not_a_crash():
    # user text quoted in a JSON diagnostic must not turn a failure into a crash
    o = decide(1, summary(0, 1), jdiag("assertion failed: panicked at x"))
    assert o.status == C.STATUS_FAILED


def test_timeout_wins():
    assert decide(None, "", "", timed_out=True).status == C.STATUS_TIMEOUT


def test_primary_span_in_our_file_is_preferred():
    vstd_span = {"file_name": "vstd/seq.rs", "line_start": 900, "column_start": 1,
                 "is_primary": True, "label": "failed precondition"}
    d = parse_diagnostics(jdiag("precondition not satisfied", line=4, col=2, label="",
                                extra_spans=[vstd_span]), "candidate.rs")[0][0]
    assert (d.line, d.col) == (4, 2)
    assert d.label == "failed precondition"  # first label found when ours has none


def test_summary_after_stray_lines():
    assert parse_summary("warning: debug build\n" + summary(2, 0))["verification-results"]["verified"] == 2
    assert parse_summary("no json here") is None


def test_result_roundtrip_and_cache_key():
    r = VerifyResult(C.STATUS_FAILED, 1, 1, [VDiagnostic(C.CAT_ASSERTION, "assertion failed", 3, 4, "x")],
                     0.5, {"verus": {"version": "1"}}, ["--rlimit", "10"], "k", "n", "tail", notes=["a"])
    assert VerifyResult.from_dict(json.loads(json.dumps(r.to_dict()))) == r
    j = VerifyJob(text="fn f(){}")
    base = cache_key(j.text, j.flags(), {"verus": {"version": "1"}})
    assert base != cache_key(j.text + " ", j.flags(), {"verus": {"version": "1"}})
    assert base != cache_key(j.text, VerifyJob(text=j.text, seed=1).flags(), {"verus": {"version": "1"}})
    assert base != cache_key(j.text, j.flags(), {"verus": {"version": "2"}})
    assert "smt.random_seed=0" in j.flags() and "--num-threads" in j.flags()
    assert VerifyJob(text="", rlimit=float("inf")).flags()[VerifyJob(text="").flags().index("--rlimit") + 1] == "infinity"


@settings(max_examples=200, deadline=None)
@given(rc=st.one_of(st.none(), st.integers(-20, 300)), out=st.text(max_size=300), err=st.text(max_size=600),
       timed_out=st.booleans())
def test_decide_never_raises(rc, out, err, timed_out):
    o = decide(rc, out, err, timed_out=timed_out)
    assert o.status in C.STATUSES and o.status != C.STATUS_INTEGRITY_REJECTED
    assert o.errors >= 0 and o.verified >= 0
    if o.status == C.STATUS_VERIFIED:
        assert rc == 0 and not timed_out


_msg = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80).filter(
    lambda s: not s.startswith("aborting due to"))


@settings(max_examples=150, deadline=None)
@given(msgs=st.lists(st.tuples(_msg, st.integers(1, 10_000), st.integers(1, 500)), max_size=6),
       noise=st.lists(st.text(max_size=40).filter(lambda s: not s.lstrip().startswith("{")), max_size=4))
def test_json_diagnostics_roundtrip(msgs, noise):
    lines = [jdiag(m, line=l, col=c) for m, l, c in msgs]
    stderr = "\n".join(noise + lines + [ABORT])
    diags, _ = parse_diagnostics(stderr)
    assert [(d.message, d.line, d.col) for d in diags] == msgs
    assert all(d.category in C.CATEGORIES for d in diags)
