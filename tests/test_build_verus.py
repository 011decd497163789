"""`--verus` on synthetic repair mutants, run through the test double tests/fake_verus: the
builder refuses it unless allowed, labels its output everywhere, drops mutants it accepts
and keeps the first error of those it rejects; originals' status is recorded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_build_inputs import GOOD, enc, rec, write_corpus

from verusbench import constants as C
from verusbench.build import BuildOptions, build, write
from verusbench.cli import main
from verusbench.tasks.repair_synthetic import TEST_DOUBLE_TAG, VERIFIED_TEST_DOUBLE

FAKE = str(Path(__file__).resolve().parent / "fake_verus")
SYN = (C.TASK_REPAIR_SYNTHETIC,)

# The fake decides from marker comments; a mutation only removes or weakens proof parts,
# so a marker outside those parts survives it. `ok.rs` has none: it and all its mutants
# verify (dropped). `bad.rs` carries a fail marker on its own line: it and its mutants
# fail (kept, with the fake's first error), and its `verified` is never builder/test-double.
OK_RS = GOOD
BAD_RS = (GOOD.replace("add_one", "add_two").replace("count_to", "count_up")
          .replace("    i\n}", "    // fake-verus: fail postcondition not satisfied\n    i\n}"))


def _corpus(tmp_path: Path) -> Path:
    assert BAD_RS.count("fake-verus: fail") == 1
    return write_corpus(tmp_path / "c", [enc(rec("src/ok.rs", OK_RS)), enc(rec("src/bad.rs", BAD_RS))])


def _rows(res):
    return [r for rows in res.data[C.TASK_REPAIR_SYNTHETIC].values() for r in rows]


def test_test_double_is_refused_without_the_flag(tmp_path):
    with pytest.raises(ValueError, match="test double"):
        build(BuildOptions(corpus=str(_corpus(tmp_path)), out=str(tmp_path / "o"), progress=False,
                           configs=SYN, verus=FAKE))


def test_cli_refuses_test_double_with_exit_2(tmp_path, capsys):
    rc = main(["build", "--corpus", str(_corpus(tmp_path)), "--out", str(tmp_path / "o"),
               "--configs", *SYN, "--verus", FAKE, "--no-progress"])
    assert rc == 2
    assert "test double" in capsys.readouterr().err
    assert not (tmp_path / "o" / "BUILD_REPORT.json").exists()


def test_cli_missing_verus_exits_2(tmp_path, capsys):
    rc = main(["build", "--corpus", str(_corpus(tmp_path)), "--out", str(tmp_path / "o"),
               "--configs", *SYN, "--verus", str(tmp_path / "no-such-verus"), "--no-progress"])
    assert rc == 2 and "not found" in capsys.readouterr().err.lower()


def test_fake_verus_drops_verified_mutants_and_labels_failing_ones(tmp_path):
    corpus = _corpus(tmp_path)
    base = build(BuildOptions(corpus=str(corpus), out=str(tmp_path / "b"), progress=False, configs=SYN))
    base_rows = _rows(base)
    by_path = {p: [r for r in base_rows if r["metadata"]["path"] == p] for p in ("src/ok.rs", "src/bad.rs")}
    assert by_path["src/ok.rs"] and by_path["src/bad.rs"]      # without a verifier: all mutants

    opts = BuildOptions(corpus=str(corpus), out=str(tmp_path / "o"), progress=False, configs=SYN,
                        verus=FAKE, allow_test_double=True, workers=2)
    res = build(opts)
    write(res, opts)
    rows = _rows(res)
    syn = res.report["repair_synthetic"]
    # ok.rs: the fake accepts every mutant -> all dropped; bad.rs: every mutant kept
    assert {r["metadata"]["path"] for r in rows} == {"src/bad.rs"}
    assert syn["mutants_verified_dropped"] == len(by_path["src/ok.rs"])
    assert syn["mutants_rejected_kept"] == len(rows) == len(by_path["src/bad.rs"])
    assert syn["originals_checked"] == 2 and syn["originals_verified"] == 1
    for r in rows:
        md = r["metadata"]
        assert md["error_text"].startswith(TEST_DOUBLE_TAG)
        assert "postcondition not satisfied" in md["error_text"]          # the fake's first error
        assert md["error_message"] == f"{TEST_DOUBLE_TAG} postcondition not satisfied"
        assert md["error_category"] == "postcondition"
        assert md["verified"] != C.VERIFIED_BUILDER                     # the original failed too
        assert md["verified"] == C.VERIFIED_UPSTREAM
        assert "TEST DOUBLE" in md["verus_version"]
        assert TEST_DOUBLE_TAG in r["prompt"]
    rep = json.loads((tmp_path / "o" / "BUILD_REPORT.json").read_text())
    assert rep["verifier_is_test_double"] is True and "TEST DOUBLE" in rep["verifier"]
    assert rep["verifier_identity"]["verus"]["test_double"] is True
    card = (tmp_path / "o" / "README.md").read_text()
    assert "TEST DOUBLE" in card and "--allow-test-double" in card


WRAPPER = """#!{py}
# A test double over tests/fake_verus that checks one thing: the file still holds the
# assert `assert(i < n);`. Without it, it adds a fail marker; fake_verus does the rest
# (identity included: it stays a test double).
import os, sys
args = sys.argv[1:]
if args and not args[0].startswith("-") and os.path.isfile(args[0]):
    text = open(args[0]).read()
    if "assert(i < n);" not in text:
        with open(args[0], "a") as f:
            f.write("\\n// fake-verus: fail assertion failed\\n")
os.execv({py!r}, [{py!r}, {fake!r}, *args])
"""


def test_verified_original_and_a_failing_mutant_are_labelled_test_double(tmp_path):
    import sys
    wrapper = tmp_path / "assert_checking_fake"
    wrapper.write_text(WRAPPER.format(py=sys.executable, fake=FAKE))
    wrapper.chmod(0o755)
    corpus = write_corpus(tmp_path / "c", [enc(rec("src/m.rs", GOOD))])
    opts = BuildOptions(corpus=str(corpus), out=str(tmp_path / "o"), progress=False, configs=SYN,
                        verus=str(wrapper), allow_test_double=True)
    res = build(opts)
    syn = res.report["repair_synthetic"]
    assert syn["originals_verified"] == 1 == syn["originals_checked"]
    rows = _rows(res)
    # only the mutant that deleted the assert fails; the other mutants verify and are dropped
    assert [r["metadata"]["variant"] for r in rows] == ["delete_assert"]
    assert syn["mutants_verified_dropped"] == syn["mutants"] - 1
    md = rows[0]["metadata"]
    assert md["verified"] == VERIFIED_TEST_DOUBLE != C.VERIFIED_BUILDER
    assert md["error_message"] == f"{TEST_DOUBLE_TAG} assertion failed"
    assert md["error_text"].startswith(f"{TEST_DOUBLE_TAG} error: assertion failed")
    assert md["error_category"] == "assertion"
