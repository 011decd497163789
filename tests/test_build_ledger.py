"""Builds consult a ledger of Verus results: reference statuses, test vs test_unverified,
C rows on the ledger's errors (mutants that verify dropped), upgrade pass, pending export.

The ledgers here are test data written by hand (identity `fixture`), never a figure."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from test_build_inputs import GOOD
from test_build_repair_split import _corpus as chain_corpus

from verusbench import constants as C
from verusbench.build import BuildOptions, build, write
from verusbench.ledger import PINNED_FLAGS, append_entries, entry_for
from verusbench.pending import read_pending
from verusbench.split import TEST_UNVERIFIED
from verusbench.verifier.job import VDiagnostic, VerifyResult

FIXTURE_ID = {"verus": {"version": "0.fixture", "profile": "release", "commit": "f" * 40,
                        "platform": {"os": "linux", "arch": "x86_64"}, "toolchain": "fixture"}}
DOUBLE_ID = {"verus": {**FIXTURE_ID["verus"], "test_double": True}}
OLD_FINAL = ("to dereference a mutable reference parameter in a postcondition, disambiguate by "
             "wrapping it in either `old` or `final`")


def result(status: str, msg: str = "", cat: str = C.CAT_OTHER, line: int = 3, identity=FIXTURE_ID) -> VerifyResult:
    diags = [VDiagnostic(cat, msg, line, 5, "")] if msg else []
    return VerifyResult(status=status, verified=0 if diags else 2, errors=len(diags), diagnostics=diags,
                        wall_s=0.1, verifier=identity, flags=list(PINNED_FLAGS), cache_key="")


def write_ledger(path: Path, items: list[tuple[str, VerifyResult]]) -> str:
    append_entries(path, [entry_for(t, r) for t, r in items])
    return str(path)


HE_OK = GOOD.replace("add_one", "he_add").replace("count_to", "he_count")
HE_BAD = GOOD.replace("add_one", "bad_add").replace("count_to", "bad_count")


def heldout_corpus(root: Path, extra: list[dict] | None = None) -> Path:
    root.mkdir(parents=True)
    recs = {"human-eval-verus": [{"path": "tasks/ok.rs", "role": C.ROLE_BENCHMARK, "text": HE_OK},
                                 {"path": "tasks/bad.rs", "role": C.ROLE_BENCHMARK, "text": HE_BAD}],
            "toyproj": [{"path": "src/good.rs", "role": C.ROLE_PROJECT, "text": GOOD}]}
    for e in extra or []:
        recs.setdefault(e["source"], []).append(e)
    manifest = []
    for src, rs in recs.items():
        with gzip.open(root / f"{src}.jsonl.gz", "wt") as fh:
            for r in rs:
                fh.write(json.dumps({"repo": "example/x", "commit": "0" * 40, "license": "MIT",
                                     **r, "source": src}) + "\n")
        manifest.append({"source": src, "repo": "example/x", "commit": "0" * 40, "commit_date": "",
                         "license": "MIT", "files": len(rs), "bytes": 0})
    (root / "MANIFEST.json").write_text(json.dumps({"sources": manifest}))
    return root


def rows_of(res, cfg=None):
    for c, splits in res.data.items():
        if cfg and c != cfg:
            continue
        for s, rs in splits.items():
            for r in rs:
                yield c, s, r


@pytest.fixture(scope="module")
def heldout(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("heldout")
    corpus = heldout_corpus(tmp / "c")
    base = build(BuildOptions(corpus=str(corpus), out=str(tmp / "b"), progress=False, workers=1))
    syn = sorted((r for _, _, r in rows_of(base, C.TASK_REPAIR_SYNTHETIC)
                  if r["metadata"]["path"] == "tasks/ok.rs"), key=lambda r: r["metadata"]["variant"])
    assert len(syn) >= 3, [r["metadata"]["variant"] for r in syn]
    items = [(HE_OK, result("verified")), (HE_BAD, result("failed", "postcondition not satisfied",
                                                            C.CAT_POSTCONDITION, 9)),
             (GOOD, result("verified")),
             (syn[0]["context"], result("verified")),                                    # dropped
             (syn[1]["context"], result("failed", "invariant not satisfied at end of loop body",
                                        C.CAT_INVARIANT_END, 21))]                          # kept
    # syn[2:] are not in the ledger: kept, unchecked, empty error
    led = write_ledger(tmp / "ledger.jsonl.gz", items)
    opts = BuildOptions(corpus=str(corpus), out=str(tmp / "o"), progress=False, workers=1, ledger=[led],
                        export_pending=str(tmp / "pending"))
    res = build(opts)
    write(res, opts)
    return tmp, base, res, syn


def test_every_row_gets_its_reference_status_and_verifier(heldout):
    _, _, res, _ = heldout
    seen = set()
    for cfg, _, r in rows_of(res):
        md = r["metadata"]
        want = {"tasks/ok.rs": "verified", "tasks/bad.rs": "failed", "src/good.rs": "verified"}[md["path"]]
        assert md["reference_status"] == want, (cfg, md["path"])
        seen.add(want)
        if want == "failed":
            assert md["reference_first_error"] == "line 9: postcondition not satisfied"
            assert md["verified"] != C.VERIFIED_BUILDER
        else:
            assert md["verified"] == C.VERIFIED_BUILDER and md["reference_first_error"] == ""
        assert md["verifier"].startswith("Verus 0.fixture")
    assert seen == {"verified", "failed"}


def test_test_split_holds_only_verified_references(heldout):
    _, base, res, _ = heldout
    for cfg in (C.TASK_SPEC, C.TASK_CODE, C.TASK_PROOF):
        test = res.data[cfg]["test"]
        unver = res.data[cfg][TEST_UNVERIFIED]
        assert test and unver, cfg
        assert {r["metadata"]["path"] for r in test} == {"tasks/ok.rs"}
        assert {r["metadata"]["path"] for r in unver} == {"tasks/bad.rs"}
        # nothing lost: test + test_unverified is the unfiltered test split
        assert len(test) + len(unver) == len(base.data[cfg]["test"])
        assert C.STATUS_VERIFIED not in {r["metadata"]["reference_status"] for r in unver}


def test_mutant_that_verifies_is_dropped_and_failing_one_carries_the_ledger_error(heldout):
    _, _, res, syn = heldout
    got = {r["context"]: (s, r) for _, s, r in rows_of(res, C.TASK_REPAIR_SYNTHETIC)}
    assert syn[0]["context"] not in got                                   # verified: dropped
    drops = res.report["ledger"]["c_dropped"][C.TASK_REPAIR_SYNTHETIC]
    assert drops["broken file verifies under this Verus"] == 1
    s, r = got[syn[1]["context"]]
    md = r["metadata"]
    assert s == "test" and md["broken_status"] == "failed"
    assert md["error_message"] == "invariant not satisfied at end of loop body"
    assert md["error_category"] == C.CAT_INVARIANT_END
    assert "invariant not satisfied at end of loop body" in md["error_text"] and "--> 21:5" in md["error_text"]
    assert md["error_text"] in r["prompt"]                                 # the prompt shows it
    for m in syn[2:]:                                                      # not in the ledger
        s, r = got[m["context"]]
        assert s == TEST_UNVERIFIED and r["metadata"]["broken_status"] == "unchecked"
        assert r["metadata"]["error_text"] == "" and "No verifier output" in r["prompt"]
    # mutants of a reference that fails under Verus rest on no real error: dropped
    assert not [r for _, _, r in rows_of(res, C.TASK_REPAIR_SYNTHETIC) if r["metadata"]["path"] == "tasks/bad.rs"]
    assert drops["fixed file does not verify under this Verus"] >= 1


def test_card_and_report_count_statuses_and_load_dataset_reads_every_split(heldout):
    datasets = pytest.importorskip("datasets")
    tmp, _, res, _ = heldout
    card = (tmp / "o" / "README.md").read_text()
    assert "Verus 0.fixture" in card and "test_unverified" in card
    assert "| human-eval-verus | `spec_from_code` |" in card
    for cfg, splits in res.data.items():
        for split, rs in splits.items():
            if rs:
                assert len(datasets.load_dataset(str(tmp / "o"), cfg, split=split)) == len(rs), (cfg, split)
    from verusbench.build import summary_table
    labels = [str(c) for c in summary_table(res).columns[0]._cells]
    assert "reference_status" in labels and any("C dropped" in x for x in labels)
    byst = res.report["ledger"]["reference_status_by_split"][C.TASK_SPEC]
    assert byst["test"] == {"verified": len(res.data[C.TASK_SPEC]["test"])}


def test_export_pending_writes_exactly_the_files_the_ledger_lacks(heldout):
    tmp, _, res, syn = heldout
    pf = read_pending(tmp / "pending")
    from verusbench.ledger import text_sha256
    shas = set(pf.shas())
    assert text_sha256(HE_OK) not in shas and text_sha256(syn[1]["context"]) not in shas
    assert {text_sha256(m["context"]) for m in syn[2:]} <= shas
    assert all(e["role"] in ("reference", "broken") and e["row_id"] for e in pf.entries)


def test_without_a_ledger_nothing_is_filtered(heldout):
    _, base, _, _ = heldout
    assert TEST_UNVERIFIED not in base.data[C.TASK_SPEC]
    assert {r["metadata"]["reference_status"] for _, _, r in rows_of(base)} == {"unchecked"}


def test_a_test_double_ledger_is_refused_unless_allowed(tmp_path):
    corpus = heldout_corpus(tmp_path / "c")
    led = write_ledger(tmp_path / "d.jsonl.gz", [(HE_OK, result("verified", identity=DOUBLE_ID))])
    with pytest.raises(ValueError, match="test double"):
        build(BuildOptions(corpus=str(corpus), out=str(tmp_path / "o"), progress=False, ledger=[led]))
    res = build(BuildOptions(corpus=str(corpus), out=str(tmp_path / "o"), progress=False, ledger=[led],
                             allow_test_double=True, workers=1))
    ok = [r for _, _, r in rows_of(res) if r["metadata"]["path"] == "tasks/ok.rs"]
    assert ok and all(r["metadata"]["verified"] == "test-double" for r in ok)
    assert all("TEST DOUBLE" in r["metadata"]["verifier"] for r in ok)


def test_a_damaged_ledger_keeps_what_came_before_and_says_so(tmp_path):
    """A ledger cut off mid-stream: the build goes on with the entries before the damage,
    the rest of its rows stay unchecked, and BUILD_REPORT.json names the damage."""
    corpus = heldout_corpus(tmp_path / "c")
    fill = [(f"// filler {i}\n" + "x" * 200 + str(i), result("verified")) for i in range(400)]
    led = tmp_path / "l.jsonl.gz"
    write_ledger(led, [(HE_OK, result("verified"))] + fill + [(HE_BAD, result("failed", "postcondition not satisfied",
                                                                         C.CAT_POSTCONDITION, 9))])
    raw = gzip.decompress(led.read_bytes())
    led.write_bytes(gzip.compress(raw)[: len(gzip.compress(raw)) * 2 // 3])
    res = build(BuildOptions(corpus=str(corpus), out=str(tmp_path / "o"), progress=False, workers=1,
                             ledger=[str(led)]))
    st = {r["metadata"]["path"]: r["metadata"]["reference_status"] for _, _, r in rows_of(res)}
    assert st["tasks/ok.rs"] == "verified" and st["tasks/bad.rs"] == "unchecked"
    damaged = res.report["ledger"]["load"]["damaged"]
    assert len(damaged) == 1 and str(led) in damaged[0] and "truncated" in damaged[0]


def test_repair_chains_kept_only_on_a_verified_fix_and_a_real_verus_error(tmp_path):
    corpus = chain_corpus(tmp_path / "c")
    base = build(BuildOptions(corpus=str(corpus), out=str(tmp_path / "b"), progress=False,
                              configs=(C.TASK_REPAIR,), workers=1))
    rep = sorted((r for _, _, r in rows_of(base, C.TASK_REPAIR)), key=lambda r: r["metadata"]["path"])
    assert len(rep) >= 5
    a, b, c, d, e = rep[:5]
    items = [(a["target"], result("verified")), (a["context"], result("failed", "assertion failed", C.CAT_ASSERTION, 7)),
             (b["target"], result("compile_error", OLD_FINAL)),                  # fix fails: dropped
             (c["target"], result("verified")), (c["context"], result("compile_error", "mismatched types", C.CAT_SYNTAX)),
             (d["target"], result("verified")), (d["context"], result("compile_error", "loop must have a decreases clause",
                                                                      C.CAT_DECREASES, 12)),
             (e["target"], result("verified")), (e["context"], result("verified"))]
    led = write_ledger(tmp_path / "l.jsonl.gz", items)
    res = build(BuildOptions(corpus=str(corpus), out=str(tmp_path / "o"), progress=False,
                             configs=(C.TASK_REPAIR,), workers=1, ledger=[led]))
    got = {r["context"]: r for _, _, r in rows_of(res, C.TASK_REPAIR)}
    assert got[a["context"]]["metadata"]["error_message"] == "assertion failed"
    assert got[a["context"]]["metadata"]["reference_status"] == "verified"
    assert got[d["context"]]["metadata"]["error_category"] == C.CAT_DECREASES
    for x in (b, c, e):
        assert x["context"] not in got
    drops = res.report["ledger"]["c_dropped"][C.TASK_REPAIR]
    assert drops == {"fixed file does not verify under this Verus": 1,
                     "broken file fails with a rustc/other error, not a Verus one": 1,
                     "broken file verifies under this Verus": 1}
    # chains the ledger lacks: kept, unchecked, and the 2024 trace error is not shown
    rest = [got[r["context"]] for r in rep[5:]]
    assert rest and all(r["metadata"]["broken_status"] == "unchecked" and r["metadata"]["error_text"] == ""
                        for r in rest)
    assert all("assertion failed" in r["metadata"]["error_text"] for r in rep[5:])   # what base had


BENCH = """use vstd::prelude::*;
fn main() {}
verus! {
fn bump_all(v: &mut Vec<u32>, n: usize)
    requires
        old(v).len() == n,
        forall|i: int| 0 <= i < n ==> old(v)[i] < 100,
    ensures
        v.len() == n,
        forall|i: int| 0 <= i < n ==> v[i] == old(v)[i] + 1,
{
    let mut i: usize = 0;
    while i < n
        invariant
            v.len() == n,
            0 <= i <= n,
            forall|j: int| 0 <= j < i ==> v[j] == old(v)[j] + 1,
            forall|j: int| i <= j < n ==> v[j] == old(v)[j],
    {
        let x = v[i];
        v.set(i, x + 1);
        i = i + 1;
    }
}
} // verus!
"""


def test_upgrade_pass_on_a_verus_bench_reference_the_ledger_rejects(tmp_path):
    path = "benchmarks/Verus-Bench/X/verified/bump.rs"
    corpus = heldout_corpus(tmp_path / "c", [{"source": "verus-bench", "path": path,
                                              "role": C.ROLE_BENCHMARK, "text": BENCH}])
    led = write_ledger(tmp_path / "l.jsonl.gz", [(BENCH, result("compile_error", OLD_FINAL, line=9))])
    opts = BuildOptions(corpus=str(corpus), out=str(tmp_path / "o"), progress=False, workers=1,
                        ledger=[led], export_upgraded=str(tmp_path / "up"))
    res = build(opts)
    write(res, opts)
    rows = [(s, r) for _, s, r in rows_of(res) if r["metadata"]["source"] == "verus-bench"]
    assert rows
    for s, r in rows:
        md = r["metadata"]
        assert md["upgraded"] is True and md["upgrade"] == "both"
        assert "final(v).len() == n" in r["reference_file"]
        assert r["reference_file"].startswith("#![verifier::exec_allows_no_decreases_clause]\n")
        assert md["reference_status"] == "unchecked" and s == TEST_UNVERIFIED
    up = res.report["upgrade"]
    assert up["files"] == 1 and up["upgraded_both"] == 1
    pf = read_pending(tmp_path / "up")
    refs = [e for e in pf.entries if e["role"] == "reference"]
    assert refs and all(e["rewrite"] == "both" and e["path"] == path for e in refs)
    assert pf.text(refs[0]["sha256"]) == rows[0][1]["reference_file"]
    # without the ledger's verdict the file is left as it is
    res2 = build(BuildOptions(corpus=str(corpus), out=str(tmp_path / "o2"), progress=False, workers=1))
    assert all(not r["metadata"]["upgraded"] and "final(" not in r["reference_file"]
               for _, _, r in rows_of(res2) if r["metadata"]["source"] == "verus-bench")


SHARED_LEDGER = Path(__file__).resolve().parents[2] / "shared" / "verus-results" / "ledger.jsonl.gz"
if not SHARED_LEDGER.is_file():
    SHARED_LEDGER = Path("/work/shared/verus-results/ledger.jsonl.gz")


@pytest.mark.skipif(not SHARED_LEDGER.is_file(), reason="shared verus-results ledger not present")
def test_demo_build_with_the_shared_ledger(tmp_path):
    from verusbench.corpus import iter_corpus
    from verusbench.ledger import Ledger
    led = Ledger.load([SHARED_LEDGER])
    known = {r.path: led.status_of(r.text) for r in iter_corpus("demo")}
    res = build(BuildOptions(corpus="demo", out=str(tmp_path), progress=False, ledger=[str(SHARED_LEDGER)]))
    n = 0
    for _, s, r in rows_of(res):
        md = r["metadata"]
        st = known[md["path"]]
        assert md["reference_status"] == (st or "unchecked")
        # builder only where the ledger says this exact text verified
        assert (md["verified"] == C.VERIFIED_BUILDER) == (st == C.STATUS_VERIFIED)
        if s == "test":
            assert st == C.STATUS_VERIFIED
        n += 1
    assert n > 100 and res.report["ledger"]["entries"] == len(led)
