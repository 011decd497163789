"""Offline RL data: attempts from traces and from ledgered predictions, filtered / weighted SFT
rows, DPO pairs (verified vs failed at the same row), and a tiny DPO run on CPU."""

from __future__ import annotations

import json
import math

import pytest
from test_agent_tools import FAKE, demo_build, demo_rows
from train_fixtures import task_row, tiny_model_dir

from verusbench import constants as C
from verusbench import integrity
from verusbench.agent.offline import Attempt, attempts_from_ledger, dpo_pairs, sft_rows
from verusbench.agent.traces import DoubleTracesRefused
from verusbench.cli import main
from verusbench.ledger import Ledger, append_entries, entry_for
from verusbench.records import TaskRow
from verusbench.verifier import VerifyJob, find_verus, verify_many


def _rows(n=2):
    return {r["id"]: TaskRow.from_dict(r) for r in (task_row(i) for i in range(n))}


def test_pairs_and_sft_rows_from_attempts():
    rows = _rows()
    a, b = list(rows)
    att = [Attempt(a, "```rust\ngood1\n```", C.STATUS_VERIFIED, 1.0, "t"),
           Attempt(a, "```rust\ngood1\n```", C.STATUS_VERIFIED, 1.0, "t2"),      # duplicate text
           Attempt(a, "```rust\nbad1\n```", C.STATUS_FAILED, 0.3, "t"),
           Attempt(a, "```rust\ncrash\n```", C.STATUS_CRASHED, 0.0, "t"),       # no evidence
           Attempt(a, "```rust\ncheat\n```", C.STATUS_INTEGRITY_REJECTED, -0.2, "t"),
           Attempt(b, "```rust\nbad2\n```", C.STATUS_COMPILE_ERROR, -0.2, "t"),  # no verified: no pair
           Attempt("unknown-row", "x", C.STATUS_VERIFIED, 1.0, "t")]
    pairs = dpo_pairs(rows, att)
    assert [(p["id"], p["chosen"][0]["content"], p["rejected"][0]["content"]) for p in pairs] == [
        (a, "```rust\ngood1\n```", "```rust\nbad1\n```"), (a, "```rust\ngood1\n```", "```rust\ncheat\n```")]
    assert pairs[0]["prompt"][-1]["role"] == "user" and "add0" in pairs[0]["prompt"][-1]["content"]
    filt = sft_rows(rows, att, "filtered")
    assert [(r["id"], r["weight"]) for r in filt] == [(a, 1.0)]
    w = {r["completion"][0]["content"]: r["weight"] for r in sft_rows(rows, att, "weighted")}
    assert "```rust\ncrash\n```" not in w and w["```rust\ngood1\n```"] == 1.0
    assert w["```rust\nbad1\n```"] == pytest.approx(math.exp(-0.7), abs=1e-5)
    with pytest.raises(ValueError):
        sft_rows(rows, att, "best")


def _ledger(tmp_path, texts):
    res = verify_many([VerifyJob(text=t) for t in texts], find_verus(FAKE), workers=1, progress=False)
    p = tmp_path / "ledger.jsonl"
    append_entries(p, [entry_for(t, r) for t, r in zip(texts, res)])
    return p


def test_ledgered_predictions_become_attempts_and_the_double_is_refused(tmp_path):
    row = TaskRow.from_dict(demo_rows()[0])
    good, bad = row.target, row.target.replace("{", "{\n    // fake-verus: fail assertion failed", 1)
    pending = row.target.replace("{", "{\n    // not in the ledger", 1)
    led = _ledger(tmp_path, [integrity.check(row, x).assembled for x in (good, bad)])
    preds = tmp_path / "p.jsonl"
    preds.write_text(json.dumps({"id": row.id, "predictions": [good, bad, pending,
                                                              row.target.replace("{", "{ assume(false);", 1)]})
                     + "\n" + json.dumps({"id": "nope", "predictions": ["x"]}) + "\nnot json\n")
    with pytest.raises(DoubleTracesRefused):
        attempts_from_ledger({row.id: row}, [preds], Ledger.load([led]))
    att, counts = attempts_from_ledger({row.id: row}, [preds], Ledger.load([led]), allow_test_double=True)
    assert [a.status for a in att] == [C.STATUS_VERIFIED, C.STATUS_FAILED, C.STATUS_INTEGRITY_REJECTED]
    assert counts == {"pending": 1, "unknown_row": 1, "bad_line": 1}
    assert len(dpo_pairs({row.id: row}, att)) == 2


def test_agent_pairs_cli_then_tiny_dpo_run(tmp_path, capsys):
    from safetensors.torch import load_file

    rows = _rows(4)
    pairs = dpo_pairs(rows, [Attempt(r, rows[r].completion, C.STATUS_VERIFIED, 1.0, "t") for r in rows] +
                      [Attempt(r, "```rust\nfn bad( {\n```", C.STATUS_COMPILE_ERROR, -0.2, "t") for r in rows])
    f = tmp_path / "dpo.jsonl"
    f.write_text("".join(json.dumps(p) + "\n" for p in pairs))
    model = tiny_model_dir(tmp_path)
    out = tmp_path / "dpo"
    assert main(["train", "dpo", "--base-model", str(model), "--pairs", str(f), "--out", str(out),
                 "--max-steps", "2", "--logging-steps", "1", "--max-length", "128", "--lora-r", "4",
                 "--learning-rate", "1e-3"]) == 0
    res = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert res["steps"] == 2 and res["pairs"] == 4
    hist = json.loads((out / "loss_history.json").read_text())
    # policy == reference at the first step, so the DPO loss is exactly log 2 there
    assert hist[0]["loss"] == pytest.approx(math.log(2), abs=1e-3)
    lora_b = [v for k, v in load_file(out / "adapter" / "adapter_model.safetensors").items() if "lora_B" in k]
    assert lora_b and any(float(v.abs().max()) > 0 for v in lora_b)   # LoRA B starts at zero
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    assert main(["train", "dpo", "--base-model", str(model), "--pairs", str(empty), "--out", str(out)]) == 2
    assert "no DPO pairs" in capsys.readouterr().err


def test_agent_pairs_cli_writes_the_files(tmp_path, capsys):
    row = TaskRow.from_dict(demo_rows()[0])
    bad = row.target.replace("{", "{\n    // fake-verus: fail assertion failed", 1)
    led = _ledger(tmp_path, [integrity.check(row, x).assembled for x in (row.target, bad)])
    preds = tmp_path / "p.jsonl"
    preds.write_text(json.dumps({"id": row.id, "predictions": [row.target, bad]}) + "\n")
    args = ["agent", "pairs", "--data", str(demo_build()), "--config", C.TASK_CODE, "--predictions",
            str(preds), "--ledger", str(led), "--out", str(tmp_path / "off")]
    assert main(args) == 2 and "test-double" in capsys.readouterr().err
    assert main(args + ["--allow-test-double"]) == 0
    s = json.loads(capsys.readouterr().out.strip())
    assert (s["sft_filtered"], s["sft_weighted"], s["dpo_pairs"]) == (1, 2, 1)
    pair = json.loads((tmp_path / "off" / "dpo.jsonl").read_text())
    assert pair["rejected_status"] == C.STATUS_FAILED and pair["id"] == row.id
