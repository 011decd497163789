"""Task C from model attempts: an export folder becomes an attempt store; the attempts the
ledger says fail (and whose reference verified) become C rows carrying the ledger's error.

The ledger here is written by `verusbench verify-corpus` running the test double
tests/fake_verus (identity test_double: true; its outcomes come from `// fake-verus:`
markers): it exercises the mapping, it is never a Verus figure. The build-level test uses
hand-made entries of the fixture identity of test_build_ledger (test data, not results)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from verusbench import constants as C
from verusbench.attempts import from_pending, read_store, write_store
from verusbench.cli import main
from verusbench.ledger import Ledger, text_sha256
from verusbench.pending import write_pending
from verusbench.records import RowMetadata
from verusbench.tasks import repair_attempts as RA
from verusbench.tasks.common import make_row
from verusbench.tasks.repair import DROP_BROKEN_VERIFIES, DROP_REF_FAILS
from verusbench.tasks.repair_synthetic import TEST_DOUBLE_TAG, _as_printed

FAKE = str(Path(__file__).parent / "fake_verus")
BODY = "{\n    x * 2\n}"


def prog(name: str, body: str = BODY) -> str:
    return ("use vstd::prelude::*;\n\nverus! {\n\n"
            f"fn {name}(x: u32) -> (r: u32)\n    requires\n        x < 100,\n    ensures\n"
            f"        r == 2 * x,\n{body}\n\n}} // verus!\n")


REF = prog("double")
REF_BAD = prog("triple", "{\n    // fake-verus: fail postcondition not satisfied\n    x * 2\n}")
ATT_FAIL = prog("double", "{\n    // fake-verus: fail postcondition not satisfied\n    x + 1\n}")
ATT_OK = prog("double", "{\n    x + x\n}")
ATT_MISSING = prog("double", "{\n    2 * x\n}")      # never verified: not in the ledger
ATT_ON_BAD = prog("triple", "{\n    // fake-verus: fail postcondition not satisfied\n    x\n}")
MODEL = "fixture-model"


def b_row(ref: str, path: str, fn: str):
    md = RowMetadata(source="human-eval-verus", repo="example/he", commit="0" * 40, path=path,
                     license="MIT", role=C.ROLE_BENCHMARK, verus_version="", verified=C.VERIFIED_UPSTREAM,
                     target_fn=fn)
    ctx = ref.replace(ref[ref.index("{\n    "):ref.index("\n}\n") + 2], C.HOLE, 1)
    return make_row(C.TASK_CODE, ctx, ref[ref.index("{\n    "):ref.index("\n}\n") + 2], ref, md)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("attempts")
    row_a, row_b = b_row(REF, "tasks/double.rs", "double"), b_row(REF_BAD, "tasks/triple.rs", "triple")
    data = tmp / "build" / "data" / C.TASK_CODE
    data.mkdir(parents=True)
    (data / "test.jsonl").write_text("".join(json.dumps(r.to_dict()) + "\n" for r in (row_a, row_b)))
    (tmp / "preds.jsonl").write_text("".join(
        json.dumps({"id": r.id, "predictions": [], "model": MODEL, "adapter": "fixture-adapter"}) + "\n"
        for r in (row_a, row_b)))

    def cand(text, row, sample, ok=True):
        return (text, {"kind": "candidate", "config": C.TASK_CODE, "row_id": row.id, "sample": sample,
                       "integrity": {"ok": ok, "mode": "hole", "violations": []}})
    write_pending(tmp / "export", [cand(ATT_FAIL, row_a, 0), cand(ATT_OK, row_a, 1), cand(ATT_MISSING, row_a, 2),
                                   cand(ATT_FAIL, row_a, 3), cand(ATT_ON_BAD, row_b, 0),
                                   cand(prog("double", "{ 0 }"), row_a, 4, ok=False)],
                  name="baselines-fixture", extra_meta={"predictions_file": str(tmp / "preds.jsonl"),
                                                        "data": {"config": C.TASK_CODE, "split": "test"}})
    got = from_pending(tmp / "export", tmp / "build", tmp / "store.jsonl.gz")
    # what a verifier answers: every file but ATT_MISSING, through the project's verify path
    write_pending(tmp / "to-verify", [(t, {}) for t in (REF, REF_BAD, ATT_FAIL, ATT_OK, ATT_ON_BAD)])
    rc = main(["verify-corpus", str(tmp / "to-verify"), "--out", str(tmp / "ledger.jsonl"), "--verus", FAKE,
               "--allow-test-double", "--workers", "1", "--no-progress"])
    assert rc == 0
    led = Ledger.load([tmp / "ledger.jsonl"])
    assert len(led) == 5 and led.status_of(REF) == C.STATUS_VERIFIED and led.status_of(REF_BAD) == C.STATUS_FAILED
    store = read_store(tmp / "store.jsonl.gz")
    rows, rep = RA.judged_rows([store], led, test_double=True)
    return tmp, got, store, led, rows, rep, (row_a, row_b)


def test_the_store_keeps_integrity_passing_attempts_with_their_model_and_reference(world):
    _, got, store, _, _, _, (row_a, row_b) = world
    assert got["attempts"] == 5 and got["left_out"] == 1 and got["references"] == 2
    assert "integrity not passed" in got["problems"][0]
    assert {a.text for a in store.attempts} == {ATT_FAIL, ATT_OK, ATT_MISSING, ATT_ON_BAD}
    assert all(a.model == MODEL and a.adapter == "fixture-adapter" for a in store.attempts)
    assert store.references[row_a.id].text == REF and store.references[row_b.id].text == REF_BAD
    assert store.name == "baselines-fixture" and not store.problems


def test_a_failing_attempt_becomes_one_c_row_with_the_ledgers_error(world):
    _, _, _, led, rows, rep, (row_a, _) = world
    assert len(rows) == 1 and rep["rows"] == 1
    r = rows[0]
    md = r.metadata
    assert r.task == C.TASK_REPAIR and r.context == ATT_FAIL and r.target == REF == r.reference_file
    res = led.lookup(ATT_FAIL)
    assert md.error_text == TEST_DOUBLE_TAG + " " + _as_printed(res, res.first_error())
    assert "postcondition not satisfied" in md.error_text and md.error_text in r.prompt
    assert md.error_category == C.CAT_POSTCONDITION and md.broken_status == C.STATUS_FAILED
    assert md.reference_status == C.STATUS_VERIFIED and md.verified == "test-double"
    assert (md.origin, md.attempt_of, md.attempt_config, md.attempt_sample) == \
        (RA.ORIGIN, row_a.id, C.TASK_CODE, 0)
    assert md.attempt_model == f"{MODEL} + adapter fixture-adapter"
    assert (md.source, md.path, md.target_fn) == ("human-eval-verus", "tasks/double.rs", "double")
    # the duplicate text (sample 3) made no second row
    assert rep["not_made"] == {RA.NOT_DUPLICATE: 1} and rep["attempts_seen"] == 5


def test_verified_missing_and_bad_reference_attempts_make_no_row(world):
    _, _, _, _, rows, rep, _ = world
    assert {r.context for r in rows}.isdisjoint({ATT_OK, ATT_MISSING, ATT_ON_BAD})
    assert rep["pending"] == 1                                   # ATT_MISSING: not in the ledger
    assert rep["dropped"] == {DROP_BROKEN_VERIFIES: 1, DROP_REF_FAILS: 1}


def test_without_a_ledger_every_attempt_is_pending(world):
    _, _, store, _, _, _, _ = world
    rows, rep = RA.judged_rows([store], None)
    assert rows == [] and rep["pending"] == 4 and rep["dropped"] == {}


def test_reference_missing_from_the_ledger_drops_the_row(world):
    tmp, _, store, led, _, _, _ = world
    only_att = Ledger.load([tmp / "ledger.jsonl"])
    del only_att.entries[text_sha256(REF)]
    rows, rep = RA.judged_rows([store], only_att, test_double=True)
    assert rows == [] and rep["dropped"][RA.DROP_REF_UNKNOWN] == 2   # ATT_FAIL, ATT_OK


def test_a_corrupt_store_line_is_reported_and_the_rest_kept(world, tmp_path):
    tmp, _, store, led, _, _, _ = world
    lines = gzip.decompress((tmp / "store.jsonl.gz").read_bytes()).decode().splitlines()
    bad_sha = json.loads(lines[-1])
    bad_sha["text"] += "// edited after hashing\n"
    lines[2:2] = ["{not json", json.dumps(bad_sha), json.dumps({"kind": "attempt", "row_id": "x"})]
    p = tmp_path / "bad.jsonl.gz"
    p.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    st = read_store(p)
    assert len(st.problems) == 3
    assert st.problems[0].startswith(f"{p}:3: not JSON")
    assert st.problems[1].startswith(f"{p}:4: attempt text does not hash")
    assert st.problems[2].startswith(f"{p}:5: attempt line lacks")
    assert len(st.attempts) == len(store.attempts) and st.references.keys() == store.references.keys()
    rows, rep = RA.judged_rows([st], led, test_double=True)
    assert len(rows) == 1 and rep["store_problems_total"] == 3 and rep["store_problems"][0].startswith(f"{p}:3")


def test_a_missing_store_names_the_file(tmp_path):
    with pytest.raises(FileNotFoundError, match="nope.jsonl.gz"):
        RA.load([str(tmp_path / "nope.jsonl.gz")])


def test_the_repos_stores_read_clean():
    from verusbench.attempts import default_store_paths
    paths = default_store_paths()
    if not paths:
        pytest.skip("no verification/attempts/ in this checkout")
    for p in paths:
        st = read_store(p)
        assert not st.problems and st.attempts, p
        assert all(a.row_id in st.references and a.model for a in st.attempts), p
        assert p.stat().st_size < 5 * 1024 * 1024


# --- in a build -------------------------------------------------------------------------

def test_build_makes_attempt_rows_in_the_units_cluster(tmp_path):
    from test_build_ledger import GOOD, HE_BAD, HE_OK, heldout_corpus, result, rows_of, write_ledger

    from verusbench.build import BuildOptions, build, write
    corpus = heldout_corpus(tmp_path / "c")
    att = HE_OK.replace("i = i + 1;", "i = i + 2;")                # the model's wrong step: spec kept
    att_out = prog("elsewhere")
    assert att != HE_OK
    ref = {"row_id": "code_from_spec-0000", "config": C.TASK_CODE, "text": HE_OK, "source": "human-eval-verus",
           "repo": "example/x", "commit": "0" * 40, "path": "tasks/ok.rs", "license": "MIT",
           "role": C.ROLE_BENCHMARK, "target_fn": "he_count", "variant": "", "minimized": "none"}
    other = {**ref, "row_id": "code_from_spec-0001", "text": att_out, "source": "not-in-this-corpus",
             "path": "x.rs"}
    atts = [{"row_id": ref["row_id"], "config": C.TASK_CODE, "sample": 0, "text": att, "model": MODEL, "adapter": ""},
            {"row_id": other["row_id"], "config": C.TASK_CODE, "sample": 0, "text": att_out + "// 2\n",
             "model": MODEL, "adapter": ""}]
    store = write_store(tmp_path / "s.jsonl.gz", {"name": "fixture"}, [ref, other], atts)
    # hand-made fixture entries (test data for the mapping, not Verus results)
    led = write_ledger(tmp_path / "l.jsonl.gz", [
        (HE_OK, result("verified")), (HE_BAD, result("failed", "postcondition not satisfied", C.CAT_POSTCONDITION, 9)),
        (GOOD, result("verified")),
        (att, result("failed", "invariant not satisfied at end of loop body", C.CAT_INVARIANT_END, 21))])
    opts = BuildOptions(corpus=str(corpus), out=str(tmp_path / "o"), progress=False, workers=1, ledger=[led],
                        attempts=[str(store)])
    res = build(opts)
    write(res, opts)
    got = [(s, r) for _, s, r in rows_of(res, C.TASK_REPAIR) if r["metadata"]["origin"] == RA.ORIGIN]
    assert len(got) == 1
    s, r = got[0]
    md = r["metadata"]
    assert s == "test" and r["context"] == att and r["target"] == HE_OK
    assert md["error_message"] == "invariant not satisfied at end of loop body" and md["error_text"] in r["prompt"]
    # the unit's cluster: the same cluster id as the A/B/P rows of tasks/ok.rs
    unit_clusters = {x["metadata"]["cluster_id"] for c, _, x in rows_of(res)
                     if c in (C.TASK_SPEC, C.TASK_CODE) and x["metadata"]["path"] == "tasks/ok.rs"}
    assert unit_clusters == {md["cluster_id"]}
    rep = json.loads((tmp_path / "o" / "BUILD_REPORT.json").read_text())["repair_attempts"]
    assert rep["attempts_seen"] == 2 and rep["not_made"] == {RA.NOT_IN_BUILD: 1}
    assert rep["rows"] == 1 and rep["pending"] == 0 and rep["rows_by_split"] == {"test": 1}
    assert "model attempts" in (tmp_path / "o" / "README.md").read_text()


def test_expert_iteration_samples_convert_too(world, tmp_path):
    tmp, _, _, _, _, _, (row_a, _) = world
    write_pending(tmp_path / "ei", [(ATT_FAIL, {"kind": "expert_iteration", "task": C.TASK_CODE,
                                                "row_id": row_a.id, "sample": 7}),
                                    (REF, {"kind": "spec_grading", "config": C.TASK_CODE, "row_id": row_a.id})])
    got = from_pending(tmp_path / "ei", tmp / "build", tmp_path / "ei.jsonl.gz", predictions=tmp / "preds.jsonl")
    st = read_store(tmp_path / "ei.jsonl.gz")
    assert got["attempts"] == 1 and [(a.config, a.sample, a.text) for a in st.attempts] == [(C.TASK_CODE, 7, ATT_FAIL)]
    with pytest.raises(FileNotFoundError, match="predictions"):
        from_pending(tmp_path / "ei", tmp / "build", tmp_path / "x.jsonl.gz")


def test_an_attempt_takes_its_answered_rows_owner_else_its_files_else_none(world):
    _, _, store, _, _, _, (row_a, row_b) = world
    made, owners, rep = RA.rows([store], files=set(), row_owner={row_a.id: "r:chain-row"})
    assert {r.metadata.attempt_of for r in made} == {row_a.id} and set(owners) == {"r:chain-row"}
    assert rep["not_made"][RA.NOT_IN_BUILD] == 1                     # row_b's attempt
    made, owners, _ = RA.rows([store], files={("human-eval-verus", "tasks/triple.rs")})
    assert owners == ["u:human-eval-verus:tasks/triple.rs:triple" + RA.OWNER_SUFFIX]


def test_a_truncated_store_keeps_its_whole_lines_and_says_so(world, tmp_path):
    tmp, _, store, _, _, _, _ = world
    raw = (tmp / "store.jsonl.gz").read_bytes()
    p = tmp_path / "cut.jsonl.gz"
    p.write_bytes(raw[:-20])                 # the gzip trailer and the end of the last line lost
    st = read_store(p)
    assert st.problems and st.problems[0].startswith(f"{p}: gzip stream is damaged or truncated")
    assert 0 < len(st.attempts) < len(store.attempts)
    assert all(a.text in {ATT_FAIL, ATT_OK, ATT_MISSING, ATT_ON_BAD} for a in st.attempts)
