"""Scoring with the verifier test double: statuses, breakdowns, refusals, bad input, and the
`verusbench eval` command end to end (JSON report, summary, PNG chart)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_integrity_rows import SRC, make_rows

from verusbench import constants as C
from verusbench.cli import main
from verusbench.scoring import TestDoubleRefused, read_predictions_jsonl, score
from verusbench.verifier import find_verus

FAKE = str(Path(__file__).parent / "fake_verus")
ROWS = make_rows()
FAIL_BODY = "{\n    // fake-verus: fail postcondition not satisfied\n    x * 2\n}"
ERR_BODY = "{\n    // fake-verus: compile_error mismatched types\n    x * 2\n}"


@pytest.fixture(scope="module")
def fake():
    return find_verus(FAKE)


def _score(entries, fake, **kw):
    kw.setdefault("k", [1, 2])
    return score(ROWS.values(), entries, verus=fake, allow_test_double=True, progress=False,
                 workers=2, **kw)


def test_statuses_categories_and_breakdowns(fake):
    entries = [
        (ROWS["B"].id, [ROWS["B"].target, FAIL_BODY, ERR_BODY, "{ assume(false); x * 2 }"]),
        (ROWS["P"].id, [ROWS["P"].target, ROWS["P"].target]),
        (ROWS["C"].id, [SRC, ROWS["C"].context]),
    ]
    rep = _score(entries, fake)
    assert rep["verifier_is_test_double"] is True
    assert "NOT Verus pass rates" in rep["label"]
    assert rep["statuses"] == {"verified": 5, "failed": 1, "compile_error": 1,
                               "integrity_rejected": 1}
    assert rep["failures_by_category"] == {C.CAT_POSTCONDITION: 1, C.CAT_SYNTAX: 1, "integrity": 1}
    assert rep["integrity_rejections"] == {"assume": 1}
    by_task = rep["by_task"]
    assert by_task[C.TASK_CODE]["pass@1"] == pytest.approx(0.25)
    assert by_task[C.TASK_CODE]["pass@2"] == pytest.approx(1 - 3 / 6)
    assert by_task[C.TASK_PROOF]["pass@1"] == 1.0
    # the C row's context is the failing file, but the double verifies anything unmarked:
    # both samples pass; only the fix has a non-zero edit size
    assert rep["by_category"][C.CAT_INVARIANT_END]["pass@1"] == 1.0
    assert rep["edit_size"]["max"] > 0 and rep["edit_size"]["count"] == 2
    assert rep["pass_at_k"]["pass@1"] == pytest.approx((0.25 + 1 + 1) / 3)
    assert rep["by_source"]["fixture"]["rows"] == 3
    assert rep["verifier"]["verus"]["test_double"] is True
    res = {(r["row_id"], r["index"]): r for r in rep["results"]}
    assert res[(ROWS["B"].id, 1)]["message"] == "postcondition not satisfied"
    json.dumps(rep)


def test_spec_task_reports_spec_equivalence(fake):
    rep = _score([(ROWS["A_ens"].id, [ROWS["A_ens"].target])], fake, k=[1])
    assert rep["pass_at_k"] == {"pass@1": 1.0}
    assert set(rep["spec_grades"]) <= {"equivalent", "stronger", "weaker", "incomparable", "ungraded"}
    assert "spec_equivalent@1" in rep["spec_equivalent_at_k"]


def test_test_double_is_refused_by_default(fake):
    with pytest.raises(TestDoubleRefused, match="test double"):
        score(ROWS.values(), [(ROWS["B"].id, [ROWS["B"].target])], verus=fake, progress=False)


def test_bad_predictions_become_row_errors_and_the_rest_completes(fake):
    entries = [
        (ROWS["B"].id, ["", "   \n", "x" * 1_000_001, b"\xff\xfe\xfd", "\x00\x01bin\x00",
                        "\udcff lone surrogate", ROWS["B"].target]),
        ("no-such-row", [ROWS["B"].target]),
        (ROWS["P"].id, [ROWS["P"].target]),
    ]
    rep = _score(entries, fake, k=[1])
    errs = rep["errors"]
    msgs = " | ".join(e["error"] for e in errs)
    for needle in ("empty", "limit", "not UTF-8", "binary", "surrogates", "unknown row id"):
        assert needle in msgs, needle
    assert len(errs) == 7
    assert rep["statuses"]["input_error"] == 6
    assert rep["statuses"]["verified"] == 2
    assert rep["by_task"][C.TASK_CODE]["pass@1"] == pytest.approx(1 / 7)
    assert rep["by_task"][C.TASK_PROOF]["pass@1"] == 1.0


def test_malformed_jsonl_lines_are_reported(tmp_path):
    p = tmp_path / "preds.jsonl"
    p.write_bytes(b'{"id": "a", "predictions": ["x"]}\n'
                  b'{not json\n'
                  b'\xff\xfe not utf8\n'
                  b'\n'
                  b'["a list"]\n'
                  b'{"id": "b", "predictions": "not a list"}\n'
                  b'{"id": "c", "predictions": []}\n')
    entries, errors = read_predictions_jsonl(p)
    assert [e[0] for e in entries] == ["a", "c"]
    assert [e["line"] for e in errors] == [2, 3, 5, 6]
    assert "malformed JSON" in errors[0]["error"] and "not UTF-8" in errors[1]["error"]


def test_gzip_predictions_read_like_plain(tmp_path):
    """The shipped predictions are .jsonl.gz: they read as the same entries as plain JSONL;
    a cut-off gzip keeps the lines before the damage and reports it."""
    import gzip
    lines = b'{"id": "a", "predictions": ["x"]}\n{"id": "b", "predictions": ["y", "z"]}\n'
    (tmp_path / "p.jsonl").write_bytes(lines)
    (tmp_path / "p.jsonl.gz").write_bytes(gzip.compress(lines))
    plain = read_predictions_jsonl(tmp_path / "p.jsonl")
    assert read_predictions_jsonl(tmp_path / "p.jsonl.gz") == plain and len(plain[0]) == 2
    big = gzip.compress(lines * 2000)
    (tmp_path / "cut.jsonl.gz").write_bytes(big[: len(big) // 2])
    entries, errors = read_predictions_jsonl(tmp_path / "cut.jsonl.gz")
    assert 0 < len(entries) < 4000 and entries[:2] == plain[0]
    assert len(errors) == 1 and "damaged or truncated" in errors[0]["error"]


# --- the CLI ----------------------------------------------------------------------------

@pytest.fixture()
def build_dir(tmp_path):
    """A tiny build in the Hub layout (one parquet shard per config)."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    from verusbench.records import hf_features
    by_cfg: dict[str, list[dict]] = {}
    for r in ROWS.values():
        by_cfg.setdefault(r.task, []).append(r.to_dict())
    schema = hf_features().arrow_schema
    for cfg, rows in by_cfg.items():
        d = tmp_path / "build" / "data" / cfg
        d.mkdir(parents=True)
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), d / "test-00000-of-00001.parquet")
    return tmp_path / "build"


def _preds_file(tmp_path, lines: list) -> Path:
    p = tmp_path / "preds.jsonl"
    with open(p, "wb") as fh:
        for ln in lines:
            fh.write(ln if isinstance(ln, bytes) else json.dumps(ln).encode())
            fh.write(b"\n")
    return p


def test_eval_cli_end_to_end(tmp_path, build_dir, capsys):
    preds = _preds_file(tmp_path, [
        {"id": ROWS["B"].id, "predictions": [ROWS["B"].target, FAIL_BODY]},
        b"{broken",
        {"id": "ghost", "predictions": ["{ 0 }"]},
    ])
    out, chart = tmp_path / "report.json", tmp_path / "failures.png"
    rc = main(["eval", "--predictions", str(preds), "--data", str(build_dir), "--config",
               C.TASK_CODE, "--split", "test", "--k", "1,2", "--verus", FAKE, "--workers", "2",
               "--out", str(out), "--chart", str(chart), "--allow-test-double", "--no-progress"])
    assert rc == 0
    rep = json.loads(out.read_text())
    assert rep["pass_at_k"] == {"pass@1": 0.5, "pass@2": 1.0}
    assert len(rep["errors"]) == 2
    assert rep["data"]["config"] == C.TASK_CODE
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    printed = capsys.readouterr().out
    assert "pass@1" in printed and "TEST DOUBLE" in printed


def test_eval_cli_refuses_the_test_double_without_the_flag(tmp_path, build_dir, capsys):
    preds = _preds_file(tmp_path, [{"id": ROWS["B"].id, "predictions": [ROWS["B"].target]}])
    rc = main(["eval", "--predictions", str(preds), "--data", str(build_dir), "--config",
               C.TASK_CODE, "--verus", FAKE, "--out", str(tmp_path / "r.json"), "--no-progress"])
    assert rc == 2
    assert "test double" in capsys.readouterr().err


def test_eval_cli_missing_data_is_a_clear_error(tmp_path, capsys):
    preds = _preds_file(tmp_path, [{"id": "x", "predictions": ["y"]}])
    rc = main(["eval", "--predictions", str(preds), "--data", str(tmp_path / "nowhere"),
               "--config", C.TASK_CODE, "--verus", FAKE, "--no-progress"])
    assert rc == 2
    assert "cannot read the data" in capsys.readouterr().err
