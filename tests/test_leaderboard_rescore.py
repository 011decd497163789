"""`verusbench leaderboard rescore`: every figure recomputed with the verifier (the double
here, labelled), claimed figures ignored, cheats shown by rule, bad bundles rejected without
stopping the others, duplicates found, identical predictions verified once, and the
export -> verify-corpus -> ledger route pending until its ledger exists."""

from __future__ import annotations

import gzip
import json
import math

import pytest
from leaderboard_fixtures import (B, CHEAT, ERR, FAIL, FAKE, P, body, make_build, rescore, result,
                                  submit, verus_runs)

from verusbench.cli import main
from verusbench.leaderboard.results import bootstrap_ci, figures


@pytest.fixture()
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("FAKE_VERUS_LOG", str(tmp_path / "fake.log"))
    make_build(tmp_path)
    return tmp_path


DOUBLE = ("--verus", FAKE, "--allow-test-double")


def test_claimed_figures_are_recomputed_and_cheats_listed_by_rule(env):
    assert submit(env, "honest", {"code_from_spec": {B.id: [body("a"), body("b"), FAIL]},
                                  "proof_completion": {P.id: [P.target, P.target, P.target]}},
                  3, "--claimed", '{"code_from_spec": {"pass@1": 0.99}}') == 0
    assert submit(env, "cheater", {"code_from_spec": {B.id: [CHEAT, "{ admit(); x * 2 }", body("c")]}}, 3) == 0
    assert rescore(env, *DOUBLE, "--cache", str(env / "cache.db")) == 0
    h = result(env, "honest")
    assert h["status"] == "scored" and h["claimed_ignored"] is True
    t = h["tasks"]["code_from_spec"]
    assert t["pass_at_k"]["pass@1"]["value"] == pytest.approx(2 / 3)   # not the claimed 0.99
    assert t["pass_at_k"]["pass@3"]["value"] == 1.0
    assert t["failures_by_category"] == {"postcondition": 1}
    assert h["tasks"]["proof_completion"]["pass_at_k"]["pass@1"]["value"] == 1.0
    # the double's results are labelled as such and carry its identity and the pinned flags
    assert h["verifier_is_test_double"] and "TEST DOUBLE" in h["verifier_description"]
    assert h["verifier"]["verus"]["test_double"] is True
    assert "--rlimit" in h["flags"] and h["dataset_version"] == "1.2.3"
    c = result(env, "cheater")["tasks"]["code_from_spec"]
    assert set(c["integrity_rejections"]) == {"assume", "admit"}
    assert c["integrity_rejections"]["assume"] == {"count": 1, "samples": [f"{B.id}#0"]}
    assert c["integrity_rejections"]["admit"]["samples"] == [f"{B.id}#1"]
    assert c["pass_at_k"]["pass@1"]["value"] == pytest.approx(1 / 3)


def test_identical_predictions_cost_no_new_runs_and_duplicates_are_found(env):
    preds = {"code_from_spec": {B.id: [body("x"), FAIL, ERR]}}
    assert submit(env, "first", preds, 3) == 0
    cache = ("--cache", str(env / "cache.db"))
    assert rescore(env, *DOUBLE, *cache) == 0
    runs = verus_runs(env / "fake.log")
    assert runs == 3
    first = result(env, "first")
    assert submit(env, "second-name", preds, 3) == 0      # same predictions, another name
    assert rescore(env, *DOUBLE, *cache) == 0
    assert verus_runs(env / "fake.log") == runs           # the cache answered everything
    dup = result(env, "second-name")
    assert dup["status"] == "duplicate" and dup["duplicate_of"] == first["submission_id"]
    assert dup["tasks"] == {}                              # not ranked twice
    assert result(env, "first")["tasks"] == first["tasks"]
    # a third copy rescored on its own is still found: earlier results count
    assert submit(env, "third", preds, 3, out="later") == 0
    assert rescore(env, *DOUBLE, *cache, subs="later") == 0
    assert result(env, "third")["duplicate_of"] == first["submission_id"]


def test_bad_bundles_are_rejected_with_what_to_fix_and_others_unaffected(env):
    assert submit(env, "good", {"code_from_spec": {B.id: [body("g")]}}, 1) == 0
    assert submit(env, "tampered", {"code_from_spec": {B.id: [body("t")]}}, 1) == 0
    tampered = next((env / "subs").glob("tampered-*"))
    pf = tampered / "predictions" / "code_from_spec.jsonl"
    pf.write_text(json.dumps({"id": B.id, "predictions": [body("t"), body("u")]}) + "\n")
    broken = env / "subs" / "broken"
    broken.mkdir()
    (broken / "submission.json").write_text("{not json")
    wrong = env / "subs" / "wrong-version"
    wrong.mkdir()
    good = json.loads((next((env / "subs").glob("good-*")) / "submission.json").read_text())
    (wrong / "submission.json").write_text(json.dumps({**good, "dataset_version": "9.9.9",
                                                       "model_name": "wrong"}))
    assert rescore(env, *DOUBLE) == 0
    assert result(env, "good")["status"] == "scored"
    t = result(env, "tampered")
    assert t["status"] == "rejected"
    errs = " | ".join(p["error"] for p in t["problems"])
    assert "sha256 differs" in errs and "exactly k=1" in errs
    b = result(env, "rejected-broken")
    assert b["status"] == "rejected" and "not UTF-8 JSON" in b["problems"][0]["error"]
    w = result(env, "wrong")
    assert any("scores dataset version 1.2.3" in p["error"] for p in w["problems"])


def test_ledger_route_is_pending_until_the_ledger_exists(env):
    assert submit(env, "m", {"code_from_spec": {B.id: [body("l1"), FAIL]}}, 2) == 0
    exp = env / "export"
    assert rescore(env, "--export", str(exp)) == 0        # no Verus, no ledger
    r = result(env, "m")
    assert r["status"] == "pending" and "pass_at_k" not in r["tasks"]["code_from_spec"]
    folder = next(exp.iterdir())
    assert main(["verify-corpus", str(folder), "--out", str(env / "led.jsonl"), "--verus", FAKE,
                 "--allow-test-double", "--no-progress", "--workers", "1"]) == 0
    runs = verus_runs(env / "fake.log")
    lines = (env / "led.jsonl").read_text().splitlines()
    (env / "part.jsonl").write_text(lines[0] + "\n")
    assert rescore(env, "--ledger", str(env / "part.jsonl"), "--allow-test-double") == 0
    part = result(env, "m")["tasks"]["code_from_spec"]
    assert part["status"] == "pending" and "pass_at_k" not in part   # never a partial figure
    assert part["pending"]["samples"] == 1
    assert rescore(env, "--ledger", str(env / "led.jsonl"), "--allow-test-double") == 0
    full = result(env, "m")
    assert full["status"] == "scored" and verus_runs(env / "fake.log") == runs
    assert full["tasks"]["code_from_spec"]["pass_at_k"]["pass@1"]["value"] == 0.5
    assert full["verdict_source"]["source"] == "ledger"
    # a ledger of the double is refused without --allow-test-double
    assert rescore(env, "--ledger", str(env / "led.jsonl")) == 2


def test_baselines_are_pending_until_their_ledgers_exist(env):
    (env / "verification" / "predictions").mkdir(parents=True)
    with gzip.open(env / "verification" / "predictions" / "oracle__code_from_spec.jsonl.gz", "wt") as f:
        f.write(json.dumps({"id": B.id, "predictions": [B.target], "model": "oracle"}) + "\n")
    (env / "leaderboard").mkdir()
    spec = {"baselines": [
        {"model_name": "oracle", "base_model": "none", "parameters": None, "weights_url": None,
         "predictions": {"code_from_spec": "verification/predictions/oracle__code_from_spec.jsonl.gz"}},
        {"model_name": "base", "base_model": "org/base", "parameters": 1, "weights_url": None,
         "predictions": {"code_from_spec": "verification/predictions/base__code_from_spec.jsonl.gz"}}]}
    (env / "leaderboard" / "baselines.json").write_text(json.dumps(spec))
    (env / "subs").mkdir()
    assert rescore(env, "--baselines", str(env / "leaderboard" / "baselines.json")) == 0
    o = result(env, "oracle")
    assert o["status"] == "pending" and o["baseline"] is True
    assert o["tasks"]["code_from_spec"]["status"] == "pending"
    b = result(env, "baseline-base")
    assert b["status"] == "pending" and "base__code_from_spec" in b["reason"]
    assert "pass_at_k" not in b["tasks"]["code_from_spec"]
    # once its predictions are there, its own result replaces the placeholder
    with gzip.open(env / "verification" / "predictions" / "base__code_from_spec.jsonl.gz", "wt") as f:
        f.write(json.dumps({"id": B.id, "predictions": [FAIL]}) + "\n")
    assert rescore(env, "--baselines", str(env / "leaderboard" / "baselines.json"), *DOUBLE) == 0
    assert not (env / "res" / "baseline-base.json").exists()
    b = result(env, "base-")
    assert b["baseline"] is True and b["tasks"]["code_from_spec"]["pass_at_k"]["pass@1"]["value"] == 0.0


def test_bootstrap_ci_is_seeded_and_brackets_the_mean():
    vals = [0.0, 1.0] * 20
    lo, hi = bootstrap_ci(vals, seed=3)
    assert (lo, hi) == bootstrap_ci(vals, seed=3)
    assert lo < 0.5 < hi and hi - lo < 0.5
    assert bootstrap_ci([1.0] * 5) == (1.0, 1.0)
    assert all(math.isnan(x) for x in bootstrap_ci([]))
    f = figures({"a": (5, 5), "b": (5, 0), "c": (2, 1)}, [1, 5])
    assert f["pass@1"]["value"] == pytest.approx((1 + 0 + 0.5) / 3)
    assert "pass@5" not in f                               # row c has only 2 samples


def test_a_pending_spec_grading_query_holds_back_spec_equivalence_only(env):
    from leaderboard_fixtures import ROWS
    from verusbench.pending import read_pending
    a = ROWS["A_ens"]
    assert submit(env, "spec", {"spec_from_code": {a.id: [a.target]}}, 1) == 0
    assert rescore(env, "--export", str(env / "export")) == 0
    folder = next((env / "export").iterdir())
    assert main(["verify-corpus", str(folder), "--out", str(env / "led.jsonl"), "--verus", FAKE,
                 "--allow-test-double", "--no-progress", "--workers", "1"]) == 0
    grading = {e["sha256"] for e in read_pending(folder).entries if e["kind"] == "spec_grading"}
    assert grading
    lines = (env / "led.jsonl").read_text().splitlines()
    (env / "nograde.jsonl").write_text("".join(ln + "\n" for ln in lines
                                               if json.loads(ln)["sha256"] not in grading))
    assert rescore(env, "--ledger", str(env / "nograde.jsonl"), "--allow-test-double") == 0
    t = result(env, "spec")["tasks"]["spec_from_code"]
    assert t["status"] == "scored" and t["pass_at_k"]["pass@1"]["value"] == 1.0
    assert t["spec_equivalent_pending"] is True and t["spec_equivalent_at_k"] == {}
    assert rescore(env, "--ledger", str(env / "led.jsonl"), "--allow-test-double") == 0
    t = result(env, "spec")["tasks"]["spec_from_code"]
    assert t["spec_equivalent_pending"] is False and t["spec_equivalent_at_k"] == {"spec_equivalent@1": 1.0}


def test_a_missing_submissions_folder_is_a_clear_error(env, capsys):
    assert rescore(env, subs="nowhere") == 2
    assert "not a folder of submission bundles" in capsys.readouterr().err
