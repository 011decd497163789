"""Expert iteration's offline stages on the demo build: export to a pending folder, a ledger
written from the test double's results, selection of the verified samples, the round build,
and pass@1 from the ledger (pending rows counted apart, the double labelled)."""

from __future__ import annotations

import json
import uuid

import pytest
from test_rl_env import FAKE, demo_build_dir

from verusbench import constants as C
from verusbench.cli import main
from verusbench.ledger import Ledger, append_entries, entry_for
from verusbench.pending import read_pending
from verusbench.rl.expert_iteration import export, ledger_pass_rate, select_verified, write_round_build
from verusbench.scoring import load_rows
from verusbench.train.data import load_split
from verusbench.verifier import VerifyJob, find_verus, verify_many

FAIL = "    // fake-verus: fail postcondition not satisfied\n"


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    demo = demo_build_dir(tmp_path_factory)
    rows = load_rows(demo, C.TASK_CODE, "train")
    # three rows of three different files: rows of one file assemble their references alike
    ids, files = [], set()
    for i in sorted(rows):
        if rows[i].reference_file not in files:
            ids.append(i)
            files.add(rows[i].reference_file)
        if len(ids) == 3:
            break
    a, b, c = (rows[i] for i in ids)
    fail = lambda r: r.target.replace("{", "{\n" + FAIL, 1)   # noqa: E731
    entries = [
        (a.id, [a.target + "\n", fail(a), "{ assume(false); loop {} }", a.target]),  # 2 verified, same file
        (b.id, [fail(b), ""]),                                                       # none verified
        (c.id, [c.target]),                                                          # left pending
        ("no-such-row", [a.target]),
    ]
    return demo, rows, entries, (a, b, c)


def ledger_for(folder, tmp_path, skip_rows=()):
    """Verify the pending files with the double and write them as a ledger (as verify-corpus would)."""
    vb = find_verus(FAKE)
    shas = [e["sha256"] for e in folder.entries if e["row_id"] not in skip_rows]
    shas = list(dict.fromkeys(shas))
    texts = [folder.text(s) for s in shas]
    res = verify_many([VerifyJob(text=t, name=f"{s}.rs") for s, t in zip(shas, texts)], vb, workers=2, progress=False)
    path = tmp_path / "ledger.jsonl"
    append_entries(path, [entry_for(t, r) for t, r in zip(texts, res)])
    return Ledger.load([path]), path


def test_export_writes_integrity_passing_candidates_once(setup, tmp_path):
    _, rows, entries, (a, b, c) = setup
    folder, counts = export(rows, entries, tmp_path / "pending" / "ei-r0")
    assert counts["samples"] == 7 and counts["exported"] == 5
    assert counts["integrity_rejected"] == 1 and counts["rules"] == {"assume": 1}
    assert counts["input_errors"] == 1 and "no-such-row" in counts["errors"][0]["error"]
    back = read_pending(folder.path)
    assert back.meta["entries"] == 5 and back.meta["files"] == 4   # a's two references assemble alike
    assert {e["row_id"] for e in back.entries} == {a.id, b.id, c.id}


def test_select_keeps_only_ledger_verified_samples_and_counts_pending(setup, tmp_path):
    demo, rows, entries, (a, b, c) = setup
    folder, _ = export(rows, entries, tmp_path / "p")
    ledger, _ = ledger_for(folder, tmp_path, skip_rows={c.id})
    with pytest.raises(ValueError, match="test double"):
        select_verified(rows, entries, ledger)
    sel = select_verified(rows, entries, ledger, allow_test_double=True)
    assert [r.id for r, _ in sel.chosen] == [a.id]          # one distinct verified file for a
    assert sel.chosen[0][1] == a.target                     # the shorter of the two spellings
    rep = sel.report
    assert rep["by_status"] == {"verified": 2, "failed": 2, "integrity_rejected": 1, "input_error": 1,
                                "pending": 1}
    assert rep["rows_with_verified"] == 1 and rep["verifier_is_test_double"] is True
    out = write_round_build(sel.chosen, tmp_path / "round1", rep)
    ds = load_split(out, C.TASK_CODE, "train")
    assert len(ds) == 1 and ds[0]["messages"][-1]["content"] == "```rust\n" + a.target + "\n```"
    assert ds[0]["messages"][-1]["role"] == "assistant" and ds[0]["id"].startswith(a.id)
    # pass@1 from the ledger: row c is pending, so only a and b are scored
    pr = ledger_pass_rate(rows, entries, ledger)
    assert pr["rows_decided"] == 2 and pr["rows_pending"] == 1
    assert pr["pass@1"] == pytest.approx((2 / 4 + 0) / 2)
    assert "TEST DOUBLE" in pr["label"]


def test_select_command_refuses_a_test_double_ledger(setup, tmp_path, capsys):
    demo, rows, entries, _ = setup
    folder, _ = export(rows, entries, tmp_path / "p")
    _, path = ledger_for(folder, tmp_path)
    preds = tmp_path / "preds.jsonl"
    preds.write_text("".join(json.dumps({"id": i, "predictions": p}) + "\n" for i, p in entries))
    rc = main(["rl", "expert-iteration", "select", "--data", str(demo), "--config", C.TASK_CODE,
               "--predictions", str(preds), "--ledger", str(path), "--out", str(tmp_path / "r")])
    assert rc == 2 and "test double" in capsys.readouterr().err
    rc = main(["rl", "expert-iteration", "export", "--data", str(demo), "--config", C.TASK_CODE,
               "--predictions", str(preds), "--out", str(tmp_path / "p2")])
    assert rc == 0 and json.loads(capsys.readouterr().out.strip().splitlines()[-1])["exported"] == 5


def test_an_sft_round_trains_on_the_selected_samples(setup, tmp_path):
    import dataclasses

    pytest.importorskip("trl")
    from train_fixtures import tiny_model_dir

    from verusbench.rl.expert_iteration import sft_round

    _, rows, entries, (a, b, c) = setup
    # short prompts and answers: the tiny model has 1024 positions and a 400-token vocabulary
    chosen = [(dataclasses.replace(r, messages=[{"role": "user", "content": f"fn {r.metadata.target_fn}"}]),
               "{ v.len() }") for r in (a, b)]
    # a folder name of its own: datasets caches a local build by folder name and config, so a
    # reused name would read rows of an earlier build (reported to the lead)
    build = write_round_build(chosen, tmp_path / f"round1-{uuid.uuid4().hex[:8]}", {"by_status": {"verified": 2}})
    res = sft_round(str(build), C.TASK_CODE, str(tmp_path / "sft1"), base_model=str(tiny_model_dir(tmp_path)),
                    max_steps=2, max_length=1024, per_device_train_batch_size=1, save_steps=100)
    assert res.steps == 2 and res.train_rows == len(chosen) == 2
    assert (tmp_path / "sft1" / "adapter" / "adapter_config.json").is_file()
