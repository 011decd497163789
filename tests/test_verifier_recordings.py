"""Golden tests: the parser, the status decision and the test double against real Verus.

Every folder of `../shared/verus-results/recordings` (or $FAKE_VERUS_RECORDINGS) is a case:
the invariants run on each one found, and EXPECTED (written from reading the recordings)
must name each one, so a new recording fails here until it is read and added.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from verusbench import constants as C
from verusbench.errors import categorize
from verusbench.ledger import PINNED_FLAGS, recordings_dir, results_dir, shared_identity
from verusbench.verifier import VerifyJob, describe_identity, find_verus, is_test_double, run_job
from verusbench.verifier.output import (ABORTING, decide, parse_diagnostics, parse_summary,
                                        parse_text_diagnostics, parse_text_summary)

FAKE = Path(__file__).with_name("fake_verus")


RECORDINGS = recordings_dir()
CASES = sorted(p.name for p in RECORDINGS.iterdir() if (p / "source.rs").is_file()) if RECORDINGS else []
needs_recordings = pytest.mark.skipif(
    RECORDINGS is None, reason="no recordings: set FAKE_VERUS_RECORDINGS or VERUSBENCH_RESULTS")

A, PRE, POST = C.CAT_ASSERTION, C.CAT_PRECONDITION, C.CAT_POSTCONDITION
IB, IE, D, AR, M, S, O = (C.CAT_INVARIANT_BEFORE, C.CAT_INVARIANT_END, C.CAT_DECREASES,
                          C.CAT_ARITHMETIC, C.CAT_MODE, C.CAT_SYNTAX, C.CAT_OTHER)
V, F, CE = C.STATUS_VERIFIED, C.STATUS_FAILED, C.STATUS_COMPILE_ERROR

#: case -> (status, verified, errors, (line, col) of the first error, categories of the
#: error diagnostics in order, first error message's start). Read from pinned.*.
EXPECTED: dict[str, tuple] = {
    "ok_basic": (V, 1, 0, None, (), None),
    "vec_loop_ok": (V, 2, 0, None, (), None),
    "ghost_tracked_ok": (V, 2, 0, None, (), None),
    "nonlinear_by_ok": (V, 2, 0, None, (), None),
    "assert_fail": (F, 0, 1, (4, 12), (A,), "assertion failed"),
    "forall_fail": (F, 0, 1, (6, 12), (A,), "assertion failed"),
    "postcondition_fail": (F, 0, 1, (5, 13), (POST,), "postcondition not satisfied"),
    "proof_fn_post_fail": (F, 0, 1, (4, 13), (POST,), "postcondition not satisfied"),
    "precondition_fail": (F, 1, 1, (10, 13), (PRE,), "precondition not satisfied"),
    # two queries fail (loop body, then function body); Verus prints the loop's first
    "invariant_before_loop": (F, 0, 2, (6, 19), (IE, IB), "invariant not satisfied at end of loop body"),
    "invariant_end_of_body": (F, 1, 1, (6, 27), (IE,), "invariant not satisfied at end of loop body"),
    "decreases_loop_fail": (F, 1, 1, (5, 5), (D,), "decreases not satisfied at end of loop"),
    "termination_fail": (F, 0, 1, (6, 28), (D,), "could not prove termination"),
    "overflow": (F, 0, 1, (4, 5), (AR,), "possible arithmetic underflow/overflow"),
    "division_by_zero": (F, 0, 1, (4, 5), (AR,), "possible division by zero"),
    "bitvector_fail": (F, 1, 1, (6, 5), (A,), "bitvector assertion not satisfied"),
    "nonlinear_fail": (F, 1, 1, (7, 12), (A,), "assertion failed"),
    # the error, then three `recommendation not met` notes (not errors)
    "recommends_note": (F, 0, 1, (10, 12), (A,), "assertion failed"),
    # `errors` counts failed queries (f and g): 3 error lines with the default
    # --multiple-errors 2 (plus a note), 4 with --multiple-errors 5, and 2 errors either way
    "multiple_errors": (F, 0, 2, (4, 12), (A, A, A), "assertion failed"),
    "multiple_errors_5": (F, 0, 2, (4, 12), (A, A, A, A), "assertion failed"),
    "missing_decreases": (CE, 0, 1, (5, 5), (D,), "loop must have a decreases clause"),
    "mode_exec_calls_spec": (CE, 0, 1, (5, 5), (M,), "cannot call function `source::is_big` with mode spec"),
    "mut_ref_old_final": (CE, 0, 1, (5, 14), (S,), "to dereference a mutable reference parameter in a postcondition"),
    "plain_rust_no_verus": (CE, 0, 1, (1, 1), (S,), "Error: The verus_builtin crate was not imported"),
    "rust_parse_error": (CE, 0, 1, (4, 16), (S,), "expected an expression"),
    "rust_type_error": (CE, 0, 1, (4, 5), (S,), "mismatched types"),
    "rust_borrow_error": (CE, 0, 1, (5, 5), (S,), "borrow of moved value: `v`"),
    # escape hatches verify (the integrity check, not Verus, rejects them) ...
    "cheat_assume_false": (V, 1, 0, None, (), None),
    "cheat_admit": (V, 1, 0, None, (), None),
    "cheat_external_body": (V, 0, 0, None, (), None),  # the trusted body is not a query
    "cheat_no_decreases_attr": (V, 2, 0, None, (), None),
    # ... unless --no-cheating: a VIR error, no category of its own
    "no_cheating_flag": (CE, 0, 1, (6, 5), (O,), "assume/admit not allowed with --no-cheating"),
}

#: extra flags of a case beyond the harness's pinned flags (recordings README)
EXTRA_FLAGS = {"multiple_errors_5": ["--multiple-errors", "5"], "no_cheating_flag": ["--no-cheating"]}
JSON_FLAGS = ("--output-json", "--error-format=json")


def rec(case: str, fs: str = "pinned") -> dict:
    d = RECORDINGS / case
    return {"flags": (d / f"{fs}.flags").read_text().split(), "stdout": (d / f"{fs}.stdout").read_text(),
            "stderr": (d / f"{fs}.stderr").read_text(), "rc": int((d / f"{fs}.rc").read_text()),
            "source": (d / "source.rs").read_text()}


def raw_lines(stderr: str) -> list[dict]:
    return [json.loads(x) for x in stderr.splitlines() if x.strip()]


def aborting_n(lines: list[dict]) -> int:
    ns = [int(ABORTING.fullmatch(d["message"]).group(1) or 1) for d in lines
          if ABORTING.fullmatch(d["message"]) and not d["spans"]]
    assert len(ns) <= 1
    return ns[0] if ns else 0


@needs_recordings
def test_every_recording_is_in_the_table():
    assert CASES, f"no cases in {RECORDINGS}"
    assert set(CASES) - set(EXPECTED) == set(), "new recording(s): read them and add them to EXPECTED"
    assert set(EXPECTED) - set(CASES) == set(), "EXPECTED names recordings that are gone"


@needs_recordings
@pytest.mark.parametrize("case", CASES)
def test_status_and_counts_match_the_table(case):
    r = rec(case)
    o = decide(r["rc"], r["stdout"], r["stderr"], file_name="source.rs")
    status, verified, errors, first_at, cats, first_msg = EXPECTED[case]
    errs = [d for d in o.diagnostics if d.level == "error"]
    assert (o.status, o.verified, o.errors) == (status, verified, errors), o.notes
    assert tuple(d.category for d in errs) == cats
    assert ((errs[0].line, errs[0].col) if errs else None) == first_at
    assert (errs[0].message.startswith(first_msg) if errs else first_msg is None)


@needs_recordings
@pytest.mark.parametrize("case", CASES)
def test_decision_agrees_with_the_raw_output(case):
    """Invariants read off the raw files, independent of the table."""
    r = rec(case)
    lines = raw_lines(r["stderr"])
    summary = json.loads(r["stdout"])["verification-results"]
    assert parse_summary(r["stdout"])["verification-results"] == summary
    o = decide(r["rc"], r["stdout"], r["stderr"], file_name="source.rs")
    diags, other = parse_diagnostics(r["stderr"], "source.rs")
    assert other == [] and diags == o.diagnostics  # stderr is JSON lines only
    # every line is a diagnostic except rustc's trailers
    trailers = [d for d in lines if not d["spans"] and (ABORTING.fullmatch(d["message"])
                                                        or d["level"] == "failure-note")]
    assert len(diags) == len(lines) - len(trailers)
    assert [(d.level, d.message) for d in diags] == \
        [(d["level"], d["message"]) for d in lines if d not in trailers]
    n_error_lines = sum(d.level == "error" for d in diags)
    assert n_error_lines == aborting_n(lines)  # rustc's own count of error lines
    # verified iff exit 0 and `success: true`; exit 0 never comes with errors
    assert (o.status == C.STATUS_VERIFIED) == (r["rc"] == 0 and summary.get("success") is True)
    assert r["rc"] in (0, 1) and (r["rc"] == 0) == (n_error_lines == 0)
    if summary.get("encountered-vir-error"):
        assert o.status == C.STATUS_COMPILE_ERROR and "errors" not in summary and "verified" not in summary
    elif summary["errors"] > 0:
        assert o.status == C.STATUS_FAILED and o.errors == summary["errors"] <= n_error_lines
    elif r["rc"] == 1:  # a rustc error: counts present and zero, nothing verified
        assert o.status == C.STATUS_COMPILE_ERROR and summary["verified"] == 0
        assert json.loads(r["stdout"])["func-details"] == {}
    if o.status == C.STATUS_COMPILE_ERROR:
        assert o.errors == n_error_lines and o.verified == 0
    else:
        assert (o.verified, o.errors) == (summary["verified"], summary["errors"])
    # first error at the first error line's primary span in our file
    first = next((d for d in lines if d["level"] == "error" and d["spans"]), None)
    if first:
        span = next(s for s in first["spans"] if s["is_primary"] and s["file_name"] == "source.rs")
        e = next(d for d in o.diagnostics if d.level == "error")
        assert (e.line, e.col) == (span["line_start"], span["column_start"])
    for d, raw in zip(diags, [x for x in lines if x not in trailers]):
        assert d.code == (raw["code"] or {}).get("code")
        assert d.category == categorize(d.message, d.code) and d.category in C.CATEGORIES


@needs_recordings
@pytest.mark.parametrize("case", CASES)
def test_flags_are_the_harness_pinned_flags(case):
    pinned, text = rec(case)["flags"], rec(case, "text")["flags"]
    assert pinned == [*PINNED_FLAGS, *EXTRA_FLAGS.get(case, [])]
    assert pinned == list(VerifyJob(text="", extra_flags=tuple(EXTRA_FLAGS.get(case, ()))).flags())
    assert text == [f for f in pinned if f not in JSON_FLAGS]


@needs_recordings
@pytest.mark.parametrize("case", CASES)
def test_plain_text_form_says_the_same(case):
    """`text` flag set: stderr is the JSON diagnostics' `rendered`; the summary line has `::`."""
    p, t = rec(case), rec(case, "text")
    assert t["rc"] == p["rc"]
    assert t["stderr"] == "".join(d["rendered"] for d in raw_lines(p["stderr"]))
    summary = json.loads(p["stdout"])["verification-results"]
    ts = parse_text_summary(t["stdout"])
    po = decide(p["rc"], p["stdout"], p["stderr"], file_name="source.rs")
    if po.status in (C.STATUS_VERIFIED, C.STATUS_FAILED):  # SMT ran: the line is printed
        assert re.fullmatch(r"verification results:: \d+ verified, \d+ errors\n", t["stdout"])
        assert ts == {"verified": summary["verified"], "errors": summary["errors"]}
    else:
        assert t["stdout"] == "" and ts is None
    to = decide(t["rc"], t["stdout"], t["stderr"], file_name="source.rs", plain_text=True)
    assert (to.status, to.verified, to.errors) == (po.status, po.verified, po.errors)
    assert to.diagnostics == po.diagnostics
    assert parse_text_diagnostics(t["stderr"]) == po.diagnostics


@needs_recordings
def test_identity_of_the_recordings():
    ident = json.loads((RECORDINGS.parent / "identity.json").read_text())
    assert not is_test_double(ident)
    assert describe_identity(ident).startswith(f"Verus {ident['verus']['version']} (release, linux_x86_64")
    for case in CASES:
        assert json.loads(rec(case)["stdout"])["verus"] == ident["verus"], case
    if results_dir() == RECORDINGS.parent:
        assert shared_identity() == ident


# ------------------------------------------------------------------ the test double

@pytest.fixture
def fake_env(monkeypatch):
    monkeypatch.setenv("PATH", os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    if RECORDINGS is not None:
        monkeypatch.setenv("FAKE_VERUS_RECORDINGS", str(RECORDINGS))
    return dict(os.environ)


def run_fake(cwd: Path, args: list[str], env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([str(FAKE), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60)


def real_identity_in(s: str) -> bool:
    return "eb66c53" in s or "0.2026." in s


@needs_recordings
@pytest.mark.parametrize("fs", ["pinned", "text"])
@pytest.mark.parametrize("case", CASES)
def test_double_replays_the_recording(case, fs, fake_env, tmp_path):
    r = rec(case, fs)
    (tmp_path / "source.rs").write_text(r["source"] + "\n  \n")  # trailing blanks do not matter
    p = run_fake(tmp_path, ["source.rs", *r["flags"]], fake_env)
    assert (p.returncode, p.stderr) == (r["rc"], r["stderr"])
    if fs == "pinned":  # the same bytes, but the double's identity in place of Verus's
        out = json.loads(p.stdout)
        assert is_test_double({"verus": out["verus"]})
        out["verus"] = json.loads(r["stdout"])["verus"]
        assert json.dumps(out, indent=2, ensure_ascii=False) + "\n" == r["stdout"]
    else:
        assert p.stdout == r["stdout"]
    assert not real_identity_in(p.stdout)


@needs_recordings
def test_double_replay_follows_flags_and_file_name(fake_env, tmp_path):
    src = rec("multiple_errors")["source"]
    assert src == rec("multiple_errors_5")["source"]  # told apart by --multiple-errors 5 only
    (tmp_path / "my-case.rs").write_text(src)
    moved = ["--multiple-errors", "5", *rec("multiple_errors")["flags"]]  # order does not matter
    p = run_fake(tmp_path, [str(tmp_path / "my-case.rs"), *moved], fake_env)
    want = rec("multiple_errors_5")
    assert p.returncode == want["rc"]
    assert p.stderr == want["stderr"].replace("source.rs", str(tmp_path / "my-case.rs"))  # paths and renderings
    # a crate name that is not an identifier stays; one that is replaces `source`
    (tmp_path / "mode.rs").write_text(rec("mode_exec_calls_spec")["source"])
    p = run_fake(tmp_path, ["mode.rs", *rec("mode_exec_calls_spec")["flags"]], fake_env)
    assert "`mode::is_big`" in p.stderr and "source" not in p.stderr
    # the recorded text with flags nobody recorded: a clear refusal, not a guess
    p = run_fake(tmp_path, ["my-case.rs", "--crate-type=lib", "--rlimit", "3"], fake_env)
    assert p.returncode == 2 and "multiple_errors" in p.stderr and "--rlimit 3" in p.stderr


@needs_recordings
def test_harness_through_the_double_gets_the_table(fake_env):
    fake = find_verus(str(FAKE))
    assert is_test_double(fake.identity)
    for case in CASES:
        r = rec(case)
        res = run_job(VerifyJob(text=r["source"], name=case,
                                extra_flags=tuple(EXTRA_FLAGS.get(case, ()))), fake)
        status, verified, errors, first_at, cats, first_msg = EXPECTED[case]
        errs = res.error_diagnostics
        got = (res.status, res.verified, res.errors, (errs[0].line, errs[0].col) if errs else None,
               tuple(d.category for d in errs))
        assert got == (status, verified, errors, first_at, cats), (case, res.notes, res.stderr_tail)
        assert res.verifier == fake.identity
        # the crate is named after the harness's file, as Verus would name it
        if first_msg and "source::" in first_msg:
            assert errs[0].message == first_msg.replace("source::", "candidate::")


def test_double_marker_output_has_the_real_shapes(fake_env, tmp_path):
    """Outside the recordings: the summary keys, aborting line and exit codes Verus uses."""
    cases = {
        "ok.rs": ("fn f() {}\nfn g() {}\n", 0, {"encountered-error", "encountered-vir-error", "success",
                                                 "verified", "errors", "is-verifying-entire-crate"}),
        "fail.rs": ("fn f() {}\n// fake-verus: fail assertion failed\n", 1, None),
        "rustc.rs": ("// fake-verus: compile_error E0308 mismatched types\n", 1, None),
        "vir.rs": ("fn f() {}\n// fake-verus: vir_error loop must have a decreases clause\n", 1,
                   {"encountered-error", "encountered-vir-error", "success"}),
    }
    pinned = list(PINNED_FLAGS)
    for name, (text, rc, keys) in cases.items():
        (tmp_path / name).write_text(text)
        p = run_fake(tmp_path, [name, *pinned], fake_env)
        assert p.returncode == rc, (name, p.stderr)
        out = json.loads(p.stdout)
        assert list(out) == ["func-details", "verification-results", "verus"]
        assert is_test_double(out) and not real_identity_in(p.stdout)
        vr = out["verification-results"]
        if keys:
            assert set(vr) == keys
        lines = raw_lines(p.stderr)  # JSON lines only, as Verus prints them
        n = sum(d["level"] == "error" and bool(d["spans"]) for d in lines)
        assert aborting_n(lines) == n and (rc == 1) == (n > 0)
        o = decide(p.returncode, p.stdout, p.stderr, file_name=name)
        t = run_fake(tmp_path, [name, *[f for f in pinned if f not in JSON_FLAGS]], fake_env)
        assert t.stderr == "".join(d["rendered"] for d in lines)  # text form = renderings
        assert decide(t.returncode, t.stdout, t.stderr, file_name=name, plain_text=True).status == o.status
        assert parse_text_diagnostics(t.stderr) == o.diagnostics
    assert json.loads(run_fake(tmp_path, ["ok.rs", *pinned], fake_env).stdout)["func-details"] == {
        "ok::f": {"obligation_proof_notes": [], "failed_proof_notes": []},
        "ok::g": {"obligation_proof_notes": [], "failed_proof_notes": []}}
    rustc = json.loads(run_fake(tmp_path, ["rustc.rs", *pinned], fake_env).stdout)["verification-results"]
    assert (rustc["verified"], rustc["errors"], rustc["encountered-vir-error"]) == (0, 0, False)
    p = run_fake(tmp_path, ["rustc.rs", *pinned], fake_env)
    assert raw_lines(p.stderr)[-1]["level"] == "failure-note"


def test_double_never_prints_the_real_identity(fake_env):
    p = subprocess.run([str(FAKE), "--version", "--output-json"], capture_output=True, text=True,
                       env=fake_env, timeout=60)
    assert is_test_double(json.loads(p.stdout)) and not real_identity_in(p.stdout)
