"""Parsing Verus output into diagnostics and a status, on hand-made output in the shapes of
the real recordings (tests/test_verifier_recordings.py runs the recordings themselves)."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from verusbench import constants as C
from verusbench.verifier.job import VerifyJob, VerifyResult, VDiagnostic, cache_key
from verusbench.verifier.output import decide, parse_diagnostics, parse_summary, parse_text_summary


def jdiag(message, level="error", line=3, col=5, label=None, code=None, primary=True,
          file_name="candidate.rs", extra_spans=()):
    spans = [*extra_spans, {"file_name": file_name, "line_start": line, "column_start": col,
                            "is_primary": primary, "label": label, "text": []}]
    return json.dumps({"message": message, "code": {"code": code, "explanation": None} if code else None,
                       "level": level, "spans": spans, "children": [], "rendered": f"{level}: {message}"})


def summary(verified, errors, vir=False, success=None):
    if vir:  # a VIR/mode error: no counts (recordings missing_decreases, mode_exec_calls_spec)
        vr = {"encountered-error": True, "encountered-vir-error": True, "success": False}
    else:
        vr = {"encountered-error": errors > 0, "encountered-vir-error": False,
              "success": errors == 0 if success is None else success,
              "verified": verified, "errors": errors, "is-verifying-entire-crate": True}
    return json.dumps({"func-details": {}, "verification-results": vr, "verus": {"version": "x"}}, indent=2)


ABORT = json.dumps({"message": "aborting due to 1 previous error", "code": None, "level": "error",
                    "spans": [], "children": [], "rendered": "error: aborting"})
EXPLAIN = json.dumps({"message": "For more information about this error, try `rustc --explain E0308`.",
                      "code": None, "level": "failure-note", "spans": [], "children": [],
                      "rendered": "For more information about this error, try `rustc --explain E0308`.\n"})


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


def test_rustc_error_is_compile_error_counting_its_error_lines():
    # real shape (recording rust_type_error): summary `0 verified, 0 errors`, then the
    # error, the aborting line and a failure-note; `errors` is the error lines' count
    err = "\n".join([jdiag("mismatched types", code="E0308"), ABORT, EXPLAIN])
    o = decide(1, summary(0, 0, success=False), err)
    assert (o.status, o.verified, o.errors) == (C.STATUS_COMPILE_ERROR, 0, 1)
    [d] = o.diagnostics  # the trailers are not diagnostics
    assert d.code == "E0308" and d.category == C.CAT_SYNTAX
    # no summary at all (not seen from Verus, but e.g. a truncated stdout): the same
    o = decide(1, json.dumps({"func-details": {}, "verus": {}}), err)
    assert (o.status, o.errors) == (C.STATUS_COMPILE_ERROR, 1)


def test_vir_error_is_compile_error_without_counts():
    err = "\n".join([jdiag("loop must have a decreases clause"), jdiag("cannot call function `c::f` with mode spec"),
                     ABORT.replace("1 previous error", "2 previous errors")])
    o = decide(1, summary(0, 0, vir=True), err)
    assert (o.status, o.verified, o.errors) == (C.STATUS_COMPILE_ERROR, 0, 2)
    assert [d.category for d in o.diagnostics] == [C.CAT_DECREASES, C.CAT_MODE]


def test_exit_zero_with_success_false_is_not_verified():
    o = decide(0, summary(1, 0, success=False), "")
    assert o.status == C.STATUS_CRASHED and "success" in o.notes[0]


def test_plain_text_output_is_read_too():
    # without --output-json / --error-format=json (recordings' `text` flag set)
    rendered = ("error: assertion failed\n --> f.rs:4:12\n  |\n4 |     assert(x > 0);\n"
                "  |            ^^^^^ assertion failed\n\nerror: aborting due to 1 previous error\n\n")
    o = decide(1, "verification results:: 2 verified, 1 errors\n", rendered, plain_text=True)
    assert (o.status, o.verified, o.errors) == (C.STATUS_FAILED, 2, 1)
    [d] = o.diagnostics
    assert (d.message, d.line, d.col, d.label, d.category) == ("assertion failed", 4, 12, "assertion failed",
                                                               C.CAT_ASSERTION)
    ok = decide(0, "verification results:: 3 verified, 0 errors\n", "", plain_text=True)
    assert (ok.status, ok.verified) == (C.STATUS_VERIFIED, 3)
    # a rustc error prints no summary line
    ce = decide(1, "", "error[E0308]: mismatched types\n --> f.rs:4:5\n  |\n\n"
                       "error: aborting due to 1 previous error\n\n"
                       "For more information about this error, try `rustc --explain E0308`.\n", plain_text=True)
    assert (ce.status, ce.errors, ce.diagnostics[0].code) == (C.STATUS_COMPILE_ERROR, 1, "E0308")
    assert parse_text_summary("verification results: 1 verified, 0 errors") is None  # one colon: not Verus


def test_a_wrapper_error_under_json_flags_is_a_crash():
    # rustup's complaint is plain text on stderr; under the pinned JSON flags it is not a
    # compile error of the candidate (that would count against the model)
    o = decide(1, "", "error: toolchain '1.95.0-x86_64-unknown-linux-gnu' is not installed\n")
    assert o.status == C.STATUS_CRASHED

def test_error_after_smt_with_zero_errors_is_compile_error():
    # reference §2 (not in the recordings: their borrow error stops before SMT): "A summary
    # with 0 errors can still come with exit 1 if the erasure pass fails"
    o = decide(1, summary(2, 0), jdiag("cannot borrow `x` as mutable"))
    assert o.status == C.STATUS_COMPILE_ERROR


def test_exit_zero_is_not_enough():
    assert decide(0, summary(1, 1), jdiag("assertion failed")).status == C.STATUS_FAILED
    assert decide(0, "", "").status == C.STATUS_CRASHED  # no summary at all


def test_crash_cases():
    panic = "thread 'rustc' panicked at compiler/x.rs:1:1:\nboom"
    assert decide(1, summary(0, 0), panic).status == C.STATUS_CRASHED
    # the form this Verus prints (shared ledger): thread id in parentheses
    real = "thread 'rustc' (4) panicked at rust_verify/src/rust_to_vir_base.rs:763:14:\nget_range Float(32)\n"
    assert decide(1, summary(0, 0), real).status == C.STATUS_CRASHED
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
