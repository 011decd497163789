"""Scoring split from verifying: `eval --export` -> `verify-corpus` -> `eval --ledger` gives
the report of a direct `eval` run (with the test double); a partial ledger leaves rows
pending; bad ledger lines are counted; identities are never mixed; verify-corpus resumes."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from test_integrity_rows import make_rows

from verusbench import constants as C
from verusbench.cli import main
from verusbench.pending import read_pending
from verusbench.scoring import mean_pass_at_k

FAKE = str(Path(__file__).parent / "fake_verus")
ROWS = make_rows()
FAIL_BODY = "{\n    // fake-verus: fail postcondition not satisfied\n    x * 2\n}"
ERR_BODY = "{\n    // fake-verus: compile_error mismatched types\n    x * 2\n}"
B0 = "{\n    // the first B sample, unique text\n    x * 2\n}"
PREDS = [
    {"id": ROWS["A_ens"].id, "predictions": [ROWS["A_ens"].target, "ensures true,"]},
    {"id": ROWS["B"].id, "predictions": [B0, FAIL_BODY, ERR_BODY, "{ assume(false); x * 2 }"]},
    {"id": ROWS["P"].id, "predictions": [ROWS["P"].target]},
    {"id": ROWS["C"].id, "predictions": [ROWS["C"].target, ROWS["C"].context]},
    {"id": "no-such-row", "predictions": ["{ 0 }"]},
]


@pytest.fixture()
def env(tmp_path, monkeypatch):
    import pyarrow as pa
    import pyarrow.parquet as pq
    from verusbench.records import hf_features
    monkeypatch.setenv("FAKE_VERUS_LOG", str(tmp_path / "fake.log"))
    schema = hf_features().arrow_schema
    by_cfg: dict[str, list[dict]] = {}
    for r in ROWS.values():
        by_cfg.setdefault(r.task, []).append(r.to_dict())
    for cfg, rows in by_cfg.items():
        d = tmp_path / "build" / "data" / cfg
        d.mkdir(parents=True)
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), d / "test-00000-of-00001.parquet")
    preds = tmp_path / "preds.jsonl"
    preds.write_text("".join(json.dumps(p) + "\n" for p in PREDS) + "{broken line\n")
    return tmp_path


def _eval(env, out: str, *extra: str) -> tuple[int, dict | None]:
    rc = main(["eval", "--predictions", str(env / "preds.jsonl"), "--data", str(env / "build"),
               "--k", "1,2", "--out", str(env / out), "--no-progress", "--workers", "2", *extra])
    p = env / out
    return rc, (json.loads(p.read_text()) if rc == 0 and p.exists() else None)


def _verify(env, folder: str, ledger: str, *extra: str) -> int:
    return main(["verify-corpus", str(env / folder), "--out", str(env / ledger), "--verus", FAKE,
                 "--workers", "2", "--no-progress", *extra])


def _runs(env) -> int:
    log = env / "fake.log"
    return len(log.read_text().splitlines()) if log.exists() else 0


def _figures(rep: dict) -> dict:
    """The report without timing and provenance (where the results came from, how Verus ran)."""
    rep = json.loads(json.dumps(rep))
    rep.pop("verdict_source")
    rep["settings"] = {k: rep["settings"][k] for k in ("rlimit", "seed", "timeout_s")}
    for r in rep["results"]:
        r.pop("wall_s")
        r.pop("cached")
    return rep


def _lines(path: Path) -> list[str]:
    return path.read_text().splitlines()


def _direct(env) -> dict:
    rc, rep = _eval(env, "direct.json", "--verus", FAKE, "--allow-test-double")
    assert rc == 0
    return rep


def _exported(env) -> tuple[Path, Path]:
    assert _eval(env, "unused.json", "--export", str(env / "exp"))[0] == 0
    assert _verify(env, "exp", "led.jsonl", "--allow-test-double") == 0
    return env / "exp", env / "led.jsonl"


def test_export_verify_corpus_ledger_gives_the_direct_report(env):
    direct = _direct(env)
    before = _runs(env)
    folder, led = _exported(env)
    pf = read_pending(folder)
    # one file per distinct candidate text, named by its hash; one manifest line per use
    assert len(pf.shas()) == pf.meta["files"] < len(pf.entries)
    assert _runs(env) - before == pf.meta["files"]          # each distinct file verified once
    cand = [e for e in pf.entries if e["kind"] == "candidate"]
    assert len(cand) == 8                                   # 9 samples, 1 rejected
    assert {(e["row_id"], e["sample"]) for e in cand} == {
        (r["row_id"], r["index"]) for r in direct["results"] if r["status"] != "integrity_rejected"}
    assert all(e["integrity"]["ok"] and e["config"] in C.TASKS for e in cand)
    grading = [e for e in pf.entries if e["kind"] == "spec_grading"]
    assert {e["sample"] for e in grading} == {0, 1} and all(e["row_id"] == ROWS["A_ens"].id for e in grading)
    assert pf.meta["rejected"] == [{"row_id": ROWS["B"].id, "sample": 3, "config": C.TASK_CODE,
                                    "status": "integrity_rejected", "rules": ["assume"],
                                    "message": pf.meta["rejected"][0]["message"]}]
    assert len(pf.meta["input_errors"]) == 2                # the broken line and the unknown id
    assert len(_lines(led)) == pf.meta["files"]

    before = _runs(env)
    rc, via = _eval(env, "ledger.json", "--ledger", str(led), "--allow-test-double")
    assert rc == 0 and _runs(env) == before                 # no Verus run
    assert _figures(via) == _figures(direct)
    assert via["pending"] == {"rows": 0, "samples": 0, "files": 0, "ids": [], "spec_grading": 0,
                              "spec_grading_ids": []}
    assert via["verdict_source"]["source"] == "ledger"
    assert via["verdict_source"]["ignored"] == {}
    assert via["verifier"]["verus"]["test_double"] is True and "NOT Verus" in via["label"]
    # the figures are real ones, not an empty report that happens to match
    assert via["statuses"]["verified"] == 6 and via["statuses"]["failed"] == 1
    assert via["spec_grades"] == {"equivalent": 2}


def _entry_sha(folder: Path, row: str, sample: int, kind: str = "candidate") -> str:
    return next(e["sha256"] for e in read_pending(folder).entries
                if e["row_id"] == ROWS[row].id and e["sample"] == sample and e["kind"] == kind)


def _drop(led: Path, sha: str, out: Path) -> None:
    out.write_text("".join(ln + "\n" for ln in _lines(led) if json.loads(ln)["sha256"] != sha))


def test_a_partial_ledger_leaves_rows_pending(env):
    direct = _direct(env)
    folder, led = _exported(env)
    part = env / "part.jsonl"
    _drop(led, _entry_sha(folder, "B", 0), part)
    rc, rep = _eval(env, "part.json", "--ledger", str(part), "--allow-test-double")
    assert rc == 0
    assert rep["pending"]["rows"] == 1 and rep["pending"]["samples"] == 1
    assert rep["pending"]["ids"] == [ROWS["B"].id] and rep["pending"]["files"] == 1
    assert rep["statuses"]["pending"] == 1
    # the pending row is neither a pass nor a failure: pass@k is over the answered rows
    assert C.TASK_CODE not in rep["by_task"]
    assert rep["rows"] == direct["rows"] - 1
    counts: dict[str, list[int]] = {}
    for r in direct["results"]:
        if r["row_id"] != ROWS["B"].id:
            n_c = counts.setdefault(r["row_id"], [0, 0])
            n_c[0] += 1
            n_c[1] += r["passed"]
    assert rep["pass_at_k"] == pytest.approx(mean_pass_at_k([tuple(v) for v in counts.values()], [1, 2]))
    assert rep["pass_at_k"] != direct["pass_at_k"]
    # B's known failures still show; the pending sample is not one of them
    assert rep["failures_by_category"] == {C.CAT_POSTCONDITION: 1, C.CAT_SYNTAX: 1, "integrity": 1}
    res = {(r["row_id"], r["index"]): r for r in rep["results"]}
    assert res[(ROWS["B"].id, 0)]["status"] == "pending" and not res[(ROWS["B"].id, 0)]["passed"]


def test_a_missing_spec_grading_query_leaves_the_grade_pending(env):
    # a second A row whose only sample fails: it needs no grade, but alone it would give 0.0
    failing = ROWS["A_full"].target.replace("    x * 2\n", "    // fake-verus: fail postcondition not satisfied\n    x * 2\n")
    assert failing != ROWS["A_full"].target
    with open(env / "preds.jsonl", "a") as f:
        f.write(json.dumps({"id": ROWS["A_full"].id, "predictions": [failing]}) + "\n")
    direct = _direct(env)
    folder, led = _exported(env)
    part = env / "part.jsonl"
    _drop(led, _entry_sha(folder, "A_ens", 1, "spec_grading"), part)
    rc, rep = _eval(env, "part.json", "--ledger", str(part), "--allow-test-double")
    assert rc == 0
    assert rep["pass_at_k"] == direct["pass_at_k"]          # the candidates themselves are answered
    assert rep["pending"]["samples"] == 0 and rep["pending"]["spec_grading"] == 1
    assert rep["spec_grades"] == {"equivalent": 1, "pending": 1}
    assert rep["spec_equivalent_at_k"] == {}                # no figure while a grade is pending
    assert direct["spec_equivalent_at_k"] == {"spec_equivalent@1": 0.5, "spec_equivalent@2": 1.0}


def test_bad_ledger_lines_are_ignored_and_counted(env):
    direct = _direct(env)
    _, led = _exported(env)
    good = _lines(led)
    other_id = json.loads(good[0])
    other_id["verifier"] = {"verus": {"version": "0.2026.01.01.abc", "profile": "release"}}
    other_flags = json.loads(good[1])
    other_flags["flags"] = other_flags["flags"][:-2]
    no_sha = json.loads(good[2])
    del no_sha["sha256"]
    bad = env / "bad.jsonl"
    bad.write_text("\n".join([good[0], "{not json", json.dumps(other_id), json.dumps(other_flags),
                              json.dumps(no_sha), "[1, 2]", *good[1:]]) + "\n")
    rc, rep = _eval(env, "bad.json", "--ledger", str(bad), "--allow-test-double")
    assert rc == 0
    ign = rep["verdict_source"]["ignored"]
    assert ign["malformed (not JSON)"] == 1 and ign["other verifier identity"] == 1
    assert ign["other flags"] == 1 and sum(ign.values()) == 5
    assert _figures(rep) == _figures(direct)


def test_the_test_double_and_other_identities_are_refused(env, capsys):
    folder, led = _exported(env)
    capsys.readouterr()
    # eval --ledger of a test-double ledger needs the flag too
    rc, _ = _eval(env, "r.json", "--ledger", str(led))
    assert rc == 2 and "test double" in capsys.readouterr().err
    # verify-corpus refuses the double without the flag
    assert _verify(env, "exp", "new.jsonl") == 2
    assert "test double" in capsys.readouterr().err and not (env / "new.jsonl").exists()
    # ... and never appends to a ledger of another verifier
    real = env / "real.jsonl"
    lines = [json.loads(ln) for ln in _lines(led)]
    for d in lines:
        d["verifier"] = {"verus": {"version": "0.2026.08.22.eb66c53.dirty", "profile": "release"}}
    real.write_text("".join(json.dumps(d) + "\n" for d in lines[:2]))
    before = real.read_bytes()
    assert _verify(env, "exp", "real.jsonl", "--allow-test-double") == 2
    err = capsys.readouterr().err
    assert "another verifier" in err and "0.2026.08.22" in err and "--out" in err
    assert real.read_bytes() == before


def test_verify_corpus_resumes_without_rerunning(env):
    folder, led = _exported(env)
    n = read_pending(folder).meta["files"]
    before = _runs(env)
    assert _verify(env, "exp", "led.jsonl", "--allow-test-double") == 0
    assert _runs(env) == before and len(_lines(led)) == n   # nothing re-verified or re-written
    # a run killed mid-write: two results lost, the last line cut in half
    lines = _lines(led)
    led.write_text("\n".join(lines[:-3]) + "\n" + lines[-3][: len(lines[-3]) // 2])
    before = _runs(env)
    assert _verify(env, "exp", "led.jsonl", "--allow-test-double", "--chunk", "1") == 0
    assert _runs(env) - before == 3
    rc, rep = _eval(env, "r.json", "--ledger", str(led), "--allow-test-double")
    assert rc == 0 and rep["pending"]["samples"] == 0
    assert rep["verdict_source"]["ignored"] == {"malformed (not JSON)": 1}
    assert rep["verdict_source"]["kept"] == n


def test_verify_corpus_over_a_plain_folder_and_a_gz_ledger(env):
    d = env / "plain"
    (d / "sub").mkdir(parents=True)
    (d / "a.rs").write_text(ROWS["B"].reference_file)
    (d / "sub" / "same.rs").write_text(ROWS["B"].reference_file)
    (d / "f.rs").write_text(ROWS["B"].reference_file + "\n// fake-verus: fail assertion failed\n")
    (d / "bin.rs").write_bytes(b"\xff\xfe not text")
    assert _verify(env, "plain", "plain.jsonl.gz", "--allow-test-double") == 0
    with gzip.open(env / "plain.jsonl.gz", "rt") as f:
        got = [json.loads(ln) for ln in f]
    assert sorted(g["status"] for g in got) == ["failed", "verified"]
    same = next(g for g in got if g["status"] == "verified")
    assert sorted(u[2] for u in same["uses"]) == ["a.rs", "sub/same.rs"]
    assert all(g["verifier"]["verus"]["test_double"] for g in got)


def test_no_verus_is_one_clear_error_with_the_ledger_route(env, monkeypatch, capsys):
    monkeypatch.delenv("VERUS_PATH", raising=False)
    monkeypatch.setenv("PATH", str(env / "empty-path"))
    rc, _ = _eval(env, "r.json")
    err = capsys.readouterr().err
    assert rc == 2
    assert "VERUS_PATH" in err and "releases" in err and "--export" in err and "--ledger" in err
    assert main(["verify-corpus", str(env / "nowhere"), "--out", str(env / "x.jsonl")]) == 2
    err = capsys.readouterr().err
    assert "VERUS_PATH" in err and "verify-corpus" in err


def test_a_missing_or_truncated_ledger_is_a_clear_error(env, capsys):
    rc, _ = _eval(env, "r.json", "--ledger", str(env / "nope.jsonl"), "--allow-test-double")
    assert rc == 2 and "nope.jsonl does not exist" in capsys.readouterr().err
    _, led = _exported(env)
    gz = env / "cut.jsonl.gz"
    gz.write_bytes(gzip.compress(led.read_bytes())[:-20])
    capsys.readouterr()
    rc, _ = _eval(env, "r.json", "--ledger", str(gz), "--allow-test-double")
    assert rc == 2 and "zcat" in capsys.readouterr().err
    assert _verify(env, "exp", "cut.jsonl.gz", "--allow-test-double") == 2
    assert "truncated" in capsys.readouterr().err


def test_without_spec_grading_no_queries_are_exported_or_needed(env):
    rc, direct = _eval(env, "d.json", "--verus", FAKE, "--allow-test-double", "--no-spec-grading")
    assert rc == 0 and direct["spec_grades"] == {} and direct["spec_equivalent_at_k"] == {}
    assert _eval(env, "u.json", "--export", str(env / "exp"), "--no-spec-grading")[0] == 0
    pf = read_pending(env / "exp")
    assert {e["kind"] for e in pf.entries} == {"candidate"}
    assert _verify(env, "exp", "led.jsonl", "--allow-test-double") == 0
    rc, via = _eval(env, "l.json", "--ledger", str(env / "led.jsonl"), "--allow-test-double",
                    "--no-spec-grading")
    assert rc == 0 and _figures(via) == _figures(direct)


def test_verify_corpus_takes_the_flags_of_the_folder():
    from verusbench.verifier.corpus import CorpusError, job_settings
    from verusbench.verifier.job import VerifyJob
    flags = VerifyJob(text="", rlimit=5, seed=3, extra_flags=("--no-cheating",)).flags()
    assert job_settings(flags) == (5.0, 3, ("--no-cheating",))
    with pytest.raises(CorpusError, match="not ones the harness produces"):
        job_settings(["--rlimit", "10"])
