"""The `verus_pass_rate` evaluate module: loads offline from verusbench.metric_path(),
refuses to run without the execution opt-in, refuses the test double unless allowed, and
computes pass@k from row ids (with data) or JSON rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_integrity_rows import make_rows

import verusbench

FAKE = str(Path(__file__).parent / "fake_verus")
ROWS = make_rows()


@pytest.fixture(scope="module")
def metric():
    mp = pytest.MonkeyPatch()
    mp.setenv("HF_EVALUATE_OFFLINE", "1")
    mp.setenv("HF_HUB_OFFLINE", "1")
    mp.setenv("HF_DATASETS_OFFLINE", "1")
    import evaluate
    m = evaluate.load(verusbench.metric_path())
    yield m
    mp.undo()


def test_card_and_module_are_laid_out_as_a_space():
    d = Path(verusbench.metric_path())
    assert (d / "verus_pass_rate.py").is_file()
    card = (d / "README.md").read_text()
    assert card.startswith("---\n") and "app_file: app.py" in card and "- metric" in card
    assert "VERUSBENCH_ALLOW_EXECUTION" in card
    assert (d / "app.py").is_file() and "verusbench" in (d / "requirements.txt").read_text()


def test_info_has_code_eval_shape(metric):
    feats = metric.features
    assert feats["references"].dtype == "string"
    assert feats["predictions"].feature.dtype == "string"
    assert "Chen" in metric.citation and metric.description


def test_refuses_without_opt_in(metric, monkeypatch):
    monkeypatch.delenv("VERUSBENCH_ALLOW_EXECUTION", raising=False)
    with pytest.raises(ValueError, match="VERUSBENCH_ALLOW_EXECUTION"):
        metric.compute(predictions=[["{ 0 }"]], references=[json.dumps(ROWS["B"].to_dict())],
                       verus_path=FAKE, allow_test_double=True)


def test_refuses_the_test_double_unless_allowed(metric, monkeypatch):
    from verusbench.scoring import TestDoubleRefused
    monkeypatch.setenv("VERUSBENCH_ALLOW_EXECUTION", "1")
    with pytest.raises(TestDoubleRefused):
        metric.compute(predictions=[["{ 0 }"]], references=[json.dumps(ROWS["B"].to_dict())],
                       verus_path=FAKE)


def test_computes_with_json_rows(metric, monkeypatch):
    monkeypatch.setenv("VERUSBENCH_ALLOW_EXECUTION", "1")
    out = metric.compute(
        predictions=[[ROWS["B"].target, "{ assume(false); x * 2 }"], [ROWS["P"].target]],
        references=[json.dumps(ROWS["B"].to_dict()), json.dumps(ROWS["P"].to_dict())],
        k=[1, 2], verus_path=FAKE, allow_test_double=True, workers=2)
    assert out["pass@1"] == pytest.approx((0.5 + 1.0) / 2)
    assert out["pass@2"] == pytest.approx(1.0)          # only the B row has 2 samples
    assert out["integrity_rejections"] == {"assume": 1}
    assert out["verifier_is_test_double"] is True and "NOT Verus" in out["label"]
    assert set(out["by_task"]) == {"code_from_spec", "proof_completion"}
    assert out["failures_by_category"] == {"integrity": 1}


def test_computes_with_row_ids_and_data(metric, monkeypatch):
    monkeypatch.setenv("VERUSBENCH_ALLOW_EXECUTION", "1")
    rows = [r.to_dict() for r in ROWS.values()]
    out = metric.compute(predictions=[[ROWS["C"].target], ["{ 0 }"]],
                         references=[ROWS["C"].id, "unknown-id"], data=rows, k=[1],
                         verus_path=FAKE, allow_test_double=True)
    assert out["pass@1"] == 1.0
    assert out["by_category"]["invariant_end"]["pass@1"] == 1.0
    assert [e["id"] for e in out["errors"]] == ["unknown-id"]


def test_row_ids_without_data_is_a_clear_error(metric, monkeypatch):
    monkeypatch.setenv("VERUSBENCH_ALLOW_EXECUTION", "1")
    with pytest.raises(ValueError, match="data="):
        metric.compute(predictions=[["{ 0 }"]], references=[ROWS["B"].id], verus_path=FAKE,
                       allow_test_double=True)


def test_computes_from_a_ledger_without_running_verus(metric, monkeypatch, tmp_path):
    """ledger=: results come from the ledger (no opt-in needed: nothing runs); a candidate
    the ledger lacks is pending, not a failure."""
    from verusbench.scoring import export
    from verusbench.verifier import find_verus
    from verusbench.verifier.corpus import verify_corpus
    monkeypatch.delenv("VERUSBENCH_ALLOW_EXECUTION", raising=False)
    rows = [r.to_dict() for r in ROWS.values()]
    export(rows, [(ROWS["B"].id, [ROWS["B"].target])], tmp_path / "exp", progress=False)
    led = tmp_path / "led.jsonl"
    verify_corpus(tmp_path / "exp", led, find_verus(FAKE), allow_test_double=True, progress=False)
    log = tmp_path / "fake.log"
    monkeypatch.setenv("FAKE_VERUS_LOG", str(log))
    p_new = ROWS["P"].target.replace("{\n", "{\n    // a text nobody verified\n", 1)
    out = metric.compute(predictions=[[ROWS["B"].target], [p_new]],
                         references=[ROWS["B"].id, ROWS["P"].id], data=rows, k=[1],
                         ledger=str(led), allow_test_double=True)
    assert not log.exists()                              # Verus never ran
    assert out["verdict_source"]["source"] == "ledger"
    assert out["pass@1"] == 1.0 and out["rows"] == 1     # over the answered row only
    assert out["pending"]["ids"] == [ROWS["P"].id]
    assert out["verifier_is_test_double"] is True
