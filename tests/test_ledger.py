"""verusbench.ledger: keyed by (text, flags, identity); bad lines counted, never mixed."""

import gzip
import json

import pytest

from verusbench import constants as C
from verusbench.ledger import PINNED_FLAGS, Ledger, append_entries, entry_for, text_sha256
from verusbench.verifier.job import VDiagnostic, VerifyResult

REAL = {"verus": {"version": "0.2026.08.22.eb66c53.dirty", "profile": "release",
                  "platform": {"os": "linux", "arch": "x86_64"}, "toolchain": "t", "commit": "c"}}
OTHER = {"verus": {**REAL["verus"], "version": "0.2025.01.01.aaaaaaa"}}
OLD_FINAL = ("to dereference a mutable reference parameter in a postcondition, disambiguate by "
             "wrapping it in either `old` or `final`")


def line(text, status, identity=REAL, flags=PINNED_FLAGS, diagnostics=(), errors=0):
    return json.dumps({"sha256": text_sha256(text), "status": status, "verifier": identity,
                       "flags": list(flags), "errors": errors, "verified": 0,
                       "diagnostics": list(diagnostics), "uses": [["demo", "-", "reference"]]})


def write(tmp_path, lines, name="l.jsonl.gz"):
    p = tmp_path / name
    with gzip.open(p, "wt") as f:
        f.write("\n".join(lines) + "\n")
    return p


def test_lookup_by_text_and_counts_of_ignored_lines(tmp_path):
    p = write(tmp_path, [line("a", "verified"), "not json", json.dumps({"sha256": "x"}),
                         line("b", "failed", identity=OTHER), line("c", "failed", flags=["--x"]),
                         line("a", "failed")])
    led = Ledger.load([p])
    assert led.lookup("a").status == C.STATUS_VERIFIED
    assert led.lookup("b") is None and led.lookup("c") is None and led.lookup("zz") is None
    ign = led.report.ignored
    assert ign["other verifier identity"] == 1 and ign["other flags"] == 1
    assert ign["conflicting duplicate (first kept)"] == 1
    assert sum(v for k, v in ign.items() if k.startswith("malformed")) == 2
    assert led.report.kept == 1 and led.report.lines == 6


def test_identity_given_excludes_other_verifiers(tmp_path):
    p = write(tmp_path, [line("a", "verified", identity=OTHER), line("b", "verified")])
    led = Ledger.load([p], identity=REAL)
    assert led.lookup("a") is None and led.lookup("b") is not None


def test_missing_ledger_file_names_it(tmp_path):
    with pytest.raises(FileNotFoundError, match="nope.jsonl.gz"):
        Ledger.load([tmp_path / "nope.jsonl.gz"])


def test_old_ledger_lines_get_todays_categories_and_counts(tmp_path):
    diags = [{"category": "other", "message": OLD_FINAL, "line": 5, "col": 14, "label": "",
              "level": "error", "code": None},
             {"category": "other", "message": "aborting due to 1 previous error", "line": None,
              "col": None, "label": "", "level": "error", "code": None}]
    led = Ledger.load([write(tmp_path, [line("m", "compile_error", diagnostics=diags)])])
    r = led.lookup("m")
    assert [d.message for d in r.diagnostics] == [OLD_FINAL]
    assert r.diagnostics[0].category != C.CAT_OTHER
    assert r.errors == 1


def test_append_then_load_round_trip(tmp_path):
    res = VerifyResult(C.STATUS_FAILED, 0, 1, [VDiagnostic(C.CAT_ASSERTION, "assertion failed", 4, 12)],
                       0.5, REAL, list(PINNED_FLAGS), "", name="x.rs")
    p = tmp_path / "out.jsonl.gz"
    append_entries(p, [entry_for("fn f() {}", res, uses=[["u"]])])
    append_entries(p, [entry_for("fn g() {}", res)])
    led = Ledger.load([p])
    assert len(led) == 2 and led.lookup("fn f() {}").diagnostics[0].line == 4
    assert led.get(text_sha256("fn f() {}")).uses == [["u"]]
