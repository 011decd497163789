"""Rows whose own reference answer fails the integrity check are dropped by the builder and
counted in the report (per config and rule)."""

from __future__ import annotations

from test_build_repair_split import FAIL, OK, _corpus, _program, _trace

from verusbench import constants as C
from verusbench import integrity
from verusbench.build import BuildOptions, build, summary_table

BAD = 3   # chains whose "fix" weakens the ensures clause


def _corpus_with_bad_fixes(root):
    root = _corpus(root)
    import gzip
    import json
    p = root / "autoverus-traces.jsonl.gz"
    recs = [json.loads(x) for x in gzip.open(p, "rt")]
    for i in range(BAD):
        prog = _program(100 + i)
        weak = prog.replace(f"ensures r_{100 + i} > 0", f"ensures r_{100 + i} >= 0")
        ch = f"generated/autoverus/run/intermediate-bad{i}-p{i}"
        for path, text in ((f"{ch}/before-repair.rs", _trace(prog, f"assert(x_{100 + i} > 1); x_{100 + i}",
                                                              FAIL, "assertion failed")),
                           (f"{ch}/repair/repair-1-0-AssertFail.rs", _trace(weak, f"x_{100 + i}", OK))):
            recs.append({"source": "autoverus-traces", "repo": "example/x", "commit": "0" * 40,
                         "license": "MIT", "path": path, "role": C.ROLE_REPAIR_CHAIN, "text": text})
    with gzip.open(p, "wt") as fh:
        for r in recs:
            fh.write(json.dumps(r) + "\n")
    return root


def test_rows_whose_reference_fails_integrity_are_dropped_and_counted(tmp_path):
    corpus = _corpus_with_bad_fixes(tmp_path / "c")
    res = build(BuildOptions(corpus=str(corpus), out=str(tmp_path / "o"), progress=False, workers=2))
    rows = [r for splits in res.data.values() for rs in splits.values() for r in rs]
    assert rows
    for r in rows:   # every written row's reference passes the trust protocol
        assert integrity.check(r, r["target"]).ok, r["id"]
    rep = [r for s in res.data[C.TASK_REPAIR].values() for r in s]
    assert not any("bad" in r["metadata"]["path"] for r in rep)
    assert len(rep) == 40          # the honest chains all survive
    di = res.report["rows_dropped_for_integrity"]
    assert di["total"] == BAD
    assert di["by_config"] == {C.TASK_REPAIR: BAD}
    assert sum(di["by_config_rule"][C.TASK_REPAIR].values()) >= BAD
    ex = di["examples"][C.TASK_REPAIR]
    assert len(ex) == BAD and all("bad" in e["path"] and e["rules"] for e in ex)
    labels = [str(c) for c in summary_table(res).columns[0]._cells]
    assert "dropped (integrity)" in labels


def test_single_worker_gives_the_same_drops(tmp_path):
    corpus = _corpus_with_bad_fixes(tmp_path / "c")
    res = build(BuildOptions(corpus=str(corpus), out=str(tmp_path / "o"), progress=False, workers=1))
    assert res.report["rows_dropped_for_integrity"]["total"] == BAD


# --- the upgrade pass's crate attribute: accepted in the locked context only -------------

def _rows_of_text(text: str):
    from types import SimpleNamespace

    from verusbench.syntax import parse
    from verusbench.tasks import code_from_spec, proof_completion, repair_synthetic
    from verusbench.units import extract_units
    rec = SimpleNamespace(source="verus-bench", repo="x/y", commit="0" * 40, path="verified/b.rs",
                          license="MIT", role=C.ROLE_BENCHMARK, text=text, verified=C.VERIFIED_UPSTREAM)
    units, _ = extract_units(rec, parse(text))
    rows = [r for u in units for r in code_from_spec.build(u) + proof_completion.build(u)]
    rows += repair_synthetic.build(units)[0]
    return rows


def test_no_decreases_attribute_is_accepted_when_locked_and_rejected_when_a_model_adds_it():
    from test_build_ledger import BENCH

    from verusbench.upgrade import NO_DECREASES_ATTR, upgrade
    up = upgrade(BENCH).text
    assert up.startswith(NO_DECREASES_ATTR)
    rows = _rows_of_text(up)
    tasks = {r.task for r in rows}
    assert {C.TASK_CODE, C.TASK_PROOF, C.TASK_REPAIR_SYNTHETIC} <= tasks
    for r in rows:
        # the reference answer passes: the attribute is part of the locked context
        assert NO_DECREASES_ATTR in r.context
        assert integrity.check(r, r.target).ok, (r.task, integrity.check(r, r.target).violations)
        # a prediction adding one more (on the fn) is an escape hatch
        if r.task in (C.TASK_REPAIR_SYNTHETIC,):
            cheat = r.target.replace("fn bump_all", "#[verifier::exec_allows_no_decreases_clause]\nfn bump_all")
        else:
            cheat = r.target.replace("{", "{\n    #[verifier::exec_allows_no_decreases_clause]\n    fn helper() {}\n", 1) \
                if r.task == C.TASK_CODE else "#[verifier::exec_allows_no_decreases_clause]\n" + r.target
        rules = {v.rule for v in integrity.check(r, cheat).violations}
        assert "exec_allows_no_decreases_clause" in rules or "hole_escape" in rules, (r.task, rules)
    # where the context lacks it, a whole-file answer that adds the crate attribute is rejected
    plain = _rows_of_text(BENCH)
    syn = [r for r in plain if r.task == C.TASK_REPAIR_SYNTHETIC]
    assert syn
    for r in syn:
        res = integrity.check(r, NO_DECREASES_ATTR + "\n" + r.target)
        assert not res.ok
        assert {"exec_allows_no_decreases_clause", "crate_attribute"} <= {v.rule for v in res.violations}
