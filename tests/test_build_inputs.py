"""Bad input is counted and listed in BUILD_REPORT.json and the build goes on; repair (C)
pairing on chain fixtures written here."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from verusbench import constants as C
from verusbench.build import BuildOptions, build, write
from verusbench.tasks import repair

GOOD = """use vstd::prelude::*;

verus! {

fn add_one(x: u32) -> (r: u32)
    requires
        x < 100,
    ensures
        r == x + 1,
{
    x + 1
}

fn count_to(n: u32) -> (r: u32)
    ensures
        r == n,
{
    let mut i: u32 = 0;
    while i < n
        invariant
            i < n + 1,
        decreases n - i,
    {
        assert(i < n);
        i = i + 1;
    }
    i
}

} // verus!
"""

UNPARSABLE = "use vstd::prelude::*;\nverus! {\nfn f(x: u32) requires x > 0 { let y = x; }\n$ $ $\n}\n"


def rec(path: str, text: str, license: str = "MIT", role: str = C.ROLE_PROJECT,
        source: str = "toyproj") -> dict:
    return {"source": source, "repo": "example/toy", "commit": "0" * 40, "path": path,
            "role": role, "license": license, "text": text}


def write_corpus(root: Path, lines: list[bytes], source: str = "toyproj") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    with gzip.open(root / f"{source}.jsonl.gz", "wb") as fh:
        for ln in lines:
            fh.write(ln + b"\n")
    (root / "MANIFEST.json").write_text(json.dumps({"sources": [
        {"source": source, "repo": "example/toy", "commit": "0" * 40, "commit_date": "",
         "license": "MIT", "files": len(lines), "bytes": 0}]}))
    (root / "LICENSES").mkdir(exist_ok=True)
    (root / "LICENSES" / f"{source}__LICENSE").write_text("MIT License (test fixture)\n")
    return root


def enc(d: dict) -> bytes:
    return json.dumps(d).encode()


def test_bad_records_are_reported_and_the_build_continues(tmp_path):
    good2 = GOOD.replace("add_one", "add_two").replace("x + 1", "x + 2").replace("count_to", "count_up")
    lines = [
        enc(rec("src/good.rs", GOOD)),
        b'{"source": "toyproj", "path": "src/broken.rs", "text": "fn',          # corrupt JSON
        b'{"source": "toyproj", "path": "\xff\xfe.rs"}',                      # not UTF-8
        enc(rec("src/unlicensed.rs", good2, license="")),                     # no license
        enc(rec("src/weird.rs", UNPARSABLE)),                                 # parser diagnostics
        enc(rec("src/good2.rs", good2)),
    ]
    corpus = write_corpus(tmp_path / "corpus", lines)
    out = tmp_path / "out"
    opts = BuildOptions(corpus=str(corpus), out=str(out), progress=False)
    res = build(opts)
    write(res, opts)
    report = json.loads((out / "BUILD_REPORT.json").read_text())
    reasons = [s["reason"] for s in report["skipped"]]
    details = " ".join(s["detail"] for s in report["skipped"])
    assert reasons.count("corpus read error") == 2
    assert "not valid JSON" in details and "not UTF-8" in details
    assert any(s["reason"] == "no license" and s["path"] == "src/unlicensed.rs" for s in report["skipped"])
    assert any(s["reason"] == "parser could not handle the file" and s["path"] == "src/weird.rs"
               for s in report["skipped"])
    # both good files still made units and rows
    assert report["unit_files"] == 2 and report["units"] == 4
    assert sum(sum(v.values()) for v in report["counts"].values()) > 0


def test_non_utf8_file_in_rs_folder(tmp_path):
    d = tmp_path / "toyrs"
    d.mkdir()
    (d / "LICENSE").write_text("MIT License\n\nPermission is hereby granted, free of charge\n")
    (d / "good.rs").write_text(GOOD)
    (d / "bad.rs").write_bytes(b"verus! { fn f() \xff\xfe }")
    res = build(BuildOptions(corpus=str(d), out=str(tmp_path / "o"), progress=False))
    bad = [s for s in res.report["skipped"] if "bad.rs" in s["path"]]
    assert bad and bad[0]["reason"] == "corpus read error" and "UTF-8" in bad[0]["detail"]
    assert res.report["units"] == 2
    for splits in res.data.values():
        for rows in splits.values():
            for r in rows:
                assert r["metadata"]["verified"] == C.VERIFIED_UNCHECKED


# --- repair pairing ------------------------------------------------------------------------

PROG = """use vstd::prelude::*;
verus! {
fn f(x: u32) -> (r: u32)
    requires x > 0,
    ensures r > 0,
{
    %s
}
} // verus!
"""


def trace(body: str, verdict: str, errors: list[str] = (), safe: str = "True") -> str:
    err = "".join(f"// {e}\n" for e in errors)
    return (PROG % body) + "\n\n" + err + "\n" + verdict + f"\n// Safe: {safe}\n"


def ns(path: str, text: str, source: str = "autoverus-traces", role: str = C.ROLE_REPAIR_CHAIN):
    return SimpleNamespace(source=source, repo="r/r", commit="c", path=path, role=role,
                           license="MIT", text=text, verified=C.VERIFIED_UPSTREAM)


CH = "generated/autoverus/run/intermediate-1-toy"


def autoverus_fixture() -> list:
    fail = "// Compilation Error: False, Verified: 1, Errors: 1, Verus Errors: 1"
    cerr = "// Compilation Error: True, Verified: -1, Errors: 999, Verus Errors: 1"
    ok = "// Compilation Error: False, Verified: 2, Errors: 0, Verus Errors: 0"
    return [
        ns(f"{CH}/before-repair.rs", trace("assert(x > 1); x", fail,
                                           ["        assert(x > 1);", "  assertion failed: x > 1"])),
        ns(f"{CH}/repair/repair-1-0-AssertFail.rs", trace("x +", cerr, ["error: expected expression"])),
        ns(f"{CH}/repair/repair-1-1-AssertFail.rs", trace("assume(x > 1); x", ok, [], safe="False")),
        ns(f"{CH}/repair/repair-2-0-AssertFail.rs", trace("x", ok,
                                                          ["error: multiple input filenames provided (first two filenames are `` and `/tmp/a`)"])),
        ns(f"{CH}/final.rs", trace("x", "// Score: (2, 0)")),
        ns(f"{CH}/repair/repair-3-0.rs", trace("x - 0", fail, ["  None: x - 0"])),
        ns("generated/autoverus/run/1-toy.rs", trace("x", "// Score: (1, 0)")),  # not a chain step
    ]


def test_split_trailer_reads_verdict_and_error_text():
    code, err, v = repair.split_trailer(autoverus_fixture()[0].text)
    assert code.rstrip().endswith("} // verus!")
    assert err.splitlines() == ["        assert(x > 1);", "  assertion failed: x > 1"]
    assert v is not None and v.compiled and v.verified == 1 and v.errors == 1 and not v.passed
    _, err, v = repair.split_trailer(autoverus_fixture()[3].text)
    assert err == "" and v.passed            # harness noise is not an error text
    _, _, v = repair.split_trailer(autoverus_fixture()[2].text)
    assert not v.passed                      # Safe: False never serves as a target


def test_autoverus_pairs_failing_with_first_later_pass():
    pairs = repair.autoverus_pairs(autoverus_fixture())
    got = {(p.failing.path.rsplit("/", 1)[1], p.passing.path.rsplit("/", 1)[1]) for p in pairs}
    # the unsafe "pass" (assume) is neither a failure nor a target; a failure after a pass
    # pairs with the chain's next pass (final.rs); the top-level run output is no chain step
    assert got == {("before-repair.rs", "repair-2-0-AssertFail.rs"),
                   ("repair-1-0-AssertFail.rs", "repair-2-0-AssertFail.rs"),
                   ("repair-3-0.rs", "final.rs")}
    rows, stats = repair.build(autoverus_fixture(), [])
    assert stats["autoverus_pairs"] == 3
    by_path = {r.metadata.path.rsplit("/", 1)[1]: r for r in rows}
    a = by_path["before-repair.rs"]
    assert a.metadata.error_category == C.CAT_ASSERTION
    assert a.metadata.error_message == "assertion failed: x > 1"
    assert "assertion failed: x > 1" in a.metadata.error_text and "Verus reported" in a.prompt
    assert "// Compilation Error" not in a.context and "// Score" not in a.target
    assert "assert(x > 1)" in a.context and a.target == a.reference_file
    b = by_path["repair-1-0-AssertFail.rs"]
    assert b.metadata.error_category == C.CAT_SYNTAX and b.metadata.variant == "AssertFail"


def test_vericoding_pairs_need_a_passing_final_iteration():
    root = "verus/src/code_from_spec_on_x/specs"
    impl = PROG % "x"
    recs = [
        ns(f"{root}/summary.txt", "=== SUMMARY ===\n✓ bench/toy.rs -> toy_impl.rs\n✗ bench/bad.rs\n",
           source="vericoding", role=C.ROLE_LLM_ARTIFACT),
        ns(f"{root}/bench/toy_iter_0_original.rs", PROG % "return 1; // TODO", "vericoding", C.ROLE_LLM_ARTIFACT),
        ns(f"{root}/bench/toy_iter_1_generated.rs", PROG % "x - 1", "vericoding", C.ROLE_LLM_ARTIFACT),
        ns(f"{root}/bench/toy_iter_1_current.rs", PROG % "x - 1", "vericoding", C.ROLE_LLM_ARTIFACT),
        ns(f"{root}/bench/toy_iter_2_current.rs", PROG % "x", "vericoding", C.ROLE_LLM_ARTIFACT),
        ns(f"{root}/bench/toy_impl.rs", impl, "vericoding", C.ROLE_LLM_ARTIFACT),
        ns(f"{root}/bench/bad_iter_1_current.rs", PROG % "0", "vericoding", C.ROLE_LLM_ARTIFACT),
        ns(f"{root}/bench/bad_impl.rs", PROG % "0", "vericoding", C.ROLE_LLM_ARTIFACT),
    ]
    pairs = repair.vericoding_pairs(recs)
    # iteration 1 failed (the loop went on); iteration 2 equals the final impl; the original
    # stub is the task, not a failure; the ✗ task gives nothing
    assert [(p.failing.path.rsplit("/", 1)[1], p.passing.path.rsplit("/", 1)[1]) for p in pairs] == [
        ("toy_iter_1_generated.rs", "toy_impl.rs")]
    rows, _ = repair.build([], recs)
    md = rows[0].metadata
    assert md.error_text == md.error_message == md.error_category == ""   # none was saved


def test_repair_config_through_the_build(tmp_path):
    lines = [enc({**vars(r), "license": "MIT"}) for r in autoverus_fixture()]
    corpus = write_corpus(tmp_path / "c", lines, source="autoverus-traces")
    res = build(BuildOptions(corpus=str(corpus), out=str(tmp_path / "o"), progress=False,
                             configs=(C.TASK_REPAIR,)))
    rows = [r for rows in res.data[C.TASK_REPAIR].values() for r in rows]
    assert len(rows) == 3 and all(r["metadata"]["cluster_id"] for r in rows)
    # both rows repair the same program: one cluster, one split
    assert len({r["metadata"]["cluster_id"] for r in rows}) == 1


def test_mutants_break_only_proof_parts():
    syntax = pytest.importorskip("verusbench.syntax")
    from verusbench.tasks.repair_synthetic import mutants
    from verusbench.units import extract_units
    r = SimpleNamespace(**rec("src/good.rs", GOOD), verified=C.VERIFIED_UPSTREAM)
    units, _ = extract_units(r, syntax.parse(GOOD, "good.rs"))
    u = next(u for u in units if u.fn_name == "count_to")
    ms = {m.kind: m.text for m in mutants(u)}
    assert set(ms) == {"drop_invariant", "weaken_bound", "delete_assert", "remove_decreases"}
    assert "i < n + 1," not in ms["drop_invariant"] and "ensures\n        r == n," in ms["drop_invariant"]
    assert "i <= n + 1," in ms["weaken_bound"]
    assert "while i < n" in ms["weaken_bound"]          # the loop condition is exec code: untouched
    assert "assert(i < n);" not in ms["delete_assert"]
    assert "decreases n - i" not in ms["remove_decreases"]
    for t in ms.values():
        assert "requires\n        x < 100," in t and t != GOOD
