"""`verusbench pending status|retire`: folders against their answer ledgers, and the repo's
own folders never left waiting once answered.

The ledgers here are test data written by hand (identity `fixture`), never a figure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_build_ledger import DOUBLE_ID, FIXTURE_ID, result, write_ledger

from verusbench import constants as C
from verusbench.cli import main
from verusbench.pending import (ANSWERED, PARTLY, WAITING, folder_state, next_steps, pending_folders,
                                read_pending, retire, write_pending)

REPO_PENDING = Path(__file__).resolve().parent.parent / "verification" / "pending"
TEXTS = ["fn a() {}\n", "fn b() {}\n", "fn c() {}\n"]


def _setup(tmp_path: Path, answered: list[str] | None, identity=FIXTURE_ID, shared=FIXTURE_ID,
           created_by="verusbench eval --export") -> tuple[Path, Path]:
    root = tmp_path / "pending"
    write_pending(root / "exp", [(t, {"row_id": f"r{i}", "sample": 0}) for i, t in enumerate(TEXTS)],
                  created_by=created_by, extra_meta={"predictions_file": "preds.jsonl.gz",
                                                     "data": {"path": "build/full", "config": "repair"}})
    res = tmp_path / "results"
    (res / "ledgers").mkdir(parents=True)
    (res / "identity.json").write_text(json.dumps(shared))
    if answered is not None:
        write_ledger(res / "ledgers" / "exp.jsonl.gz",
                     [(t, result(C.STATUS_VERIFIED if t != TEXTS[1] else C.STATUS_FAILED, identity=identity))
                      for t in answered])
    return root / "exp", res


def test_waiting_partly_answered(tmp_path):
    folder, res = _setup(tmp_path, None)
    st = folder_state(folder, res)
    assert (st.state, st.answered, st.files, st.answer) == (WAITING, 0, 3, None)
    folder, res = _setup(tmp_path / "b", TEXTS[:2])
    st = folder_state(folder, res)
    assert (st.state, st.answered, st.by_status) == (PARTLY, 2, {C.STATUS_VERIFIED: 1, C.STATUS_FAILED: 1})
    folder, res = _setup(tmp_path / "c", TEXTS)
    st = folder_state(folder, res)
    assert (st.state, st.answered) == (ANSWERED, 3)
    assert st.steps[0].startswith("verusbench eval --predictions preds.jsonl.gz --data <the build it names: "
                                  "build/full> --config repair --split test --ledger")


def test_answer_of_a_test_double_or_another_verifier_is_not_used(tmp_path):
    folder, res = _setup(tmp_path, TEXTS, identity=DOUBLE_ID, shared=DOUBLE_ID)
    st = folder_state(folder, res)
    assert st.state == WAITING and "test double" in st.problems[0] and st.answered == 0
    other = {"verus": {**FIXTURE_ID["verus"], "version": "0.other"}}
    folder, res = _setup(tmp_path / "b", TEXTS, shared=other)
    st = folder_state(folder, res)
    assert st.state == WAITING and "another verifier" in st.problems[0]
    with pytest.raises(ValueError, match="cannot be used"):
        retire(folder, res)
    assert folder.is_dir()


def test_retire_only_a_fully_answered_folder(tmp_path):
    folder, res = _setup(tmp_path, None)
    with pytest.raises(ValueError, match="no answer yet"):
        retire(folder, res)
    folder, res = _setup(tmp_path / "b", TEXTS[:2])
    with pytest.raises(ValueError, match="covers 2 of 3 files"):
        retire(folder, res)
    assert folder.is_dir()
    assert retire(folder, res, allow_partial=True).answered == 2 and not folder.exists()
    folder, res = _setup(tmp_path / "c", TEXTS)
    assert retire(folder, res).state == ANSWERED and not folder.exists()


def test_cli_status_and_retire(tmp_path, capsys):
    folder, res = _setup(tmp_path, TEXTS)
    root = str(folder.parent)
    assert main(["pending", "status", "--root", root, "--results", str(res)]) == 0
    out = capsys.readouterr().out
    assert "exp: answered, 3/3 files (failed 1, verified 2)" in out
    assert "then: verusbench pending retire exp" in out
    assert main(["pending", "status", "--root", root, "--results", str(res), "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["state"] == ANSWERED
    assert main(["pending", "retire", "--root", root, "--results", str(res)]) == 2
    assert main(["pending", "retire", "exp", "nope", "--root", root, "--results", str(res)]) == 1
    cap = capsys.readouterr()
    assert "retired" in cap.out and "nope" in cap.err and not folder.exists()


def test_cli_status_lists_run_specs_waiting_or_answered(tmp_path, capsys):
    folder, res = _setup(tmp_path, None)
    runs = tmp_path / "runs"
    runs.mkdir()
    for name in ("reduce-x", "verify-y"):
        (runs / f"{name}.json").write_text("{}")
    (res / "runs" / "verify-y" / "sub").mkdir(parents=True)
    (res / "runs" / "verify-y" / "sub" / "ledger.jsonl").write_text("{}\n")
    (res / "runs" / "reduce-x").mkdir()      # an empty folder is no answer
    args = ["pending", "status", "--root", str(folder.parent), "--results", str(res), "--runs", str(runs)]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert f"run reduce-x: waiting ({runs / 'reduce-x.json'}; its outputs return to {res / 'runs' / 'reduce-x'})" in out
    assert f"run verify-y: answered, 1 files in {res / 'runs' / 'verify-y'}" in out
    assert main(args + ["--json"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [(x["run"], x["state"]) for x in lines if "run" in x] == [("reduce-x", "waiting"), ("verify-y", "answered")]
    assert main(args[:2] + ["exp"] + args[2:]) == 0          # a named folder: no run listing
    assert "run " not in capsys.readouterr().out


def test_next_steps_by_maker():
    assert "round0/README.md" in next_steps({"created_by": "verusbench rl expert-iteration"})[0]
    assert next_steps({"created_by": "verusbench build --corpus x --export-slices"})[0].startswith("rebuild")
    assert "--minimize contracts " in next_steps({"created_by": "verusbench build --corpus x --minimize contracts "
                                                  "--export-slices", "minimize": "contracts"})[0]
    assert "no known use" in next_steps({"created_by": "someone"})[0]


def test_repo_folders_are_readable_and_none_is_left_once_answered():
    """Every folder under verification/pending/ reads as a pending folder, and none whose
    answer has arrived is still waiting to be used: run its steps, then retire it."""
    folders = pending_folders(REPO_PENDING)
    assert folders, "verification/pending/ holds no folder"
    left = []
    for f in folders:
        read_pending(f)
        st = folder_state(f)
        if st.state == ANSWERED:
            left.append(f"{st.name}: {'; '.join(st.steps)}; then `verusbench pending retire {st.name}`")
    assert not left, "answered folders not used yet:\n" + "\n".join(left)


def test_eval_exports_name_files_that_exist():
    """An export's answer is used by re-running `eval --ledger` on the predictions it names:
    they must be in the repo (a /tmp path is lost with the machine)."""
    repo = REPO_PENDING.parent.parent
    missing = []
    for f in pending_folders(REPO_PENDING):
        meta = read_pending(f).meta
        p = meta.get("predictions_file")
        if str(meta.get("created_by", "")).startswith("verusbench eval --export") and p:
            if not (repo / p).is_file():
                missing.append(f"{f.name}: {p}")
    assert not missing, "exports naming predictions that are not in the repo:\n" + "\n".join(missing)
