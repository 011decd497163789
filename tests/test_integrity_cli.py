"""`verusbench check-integrity`: the JSON contract and exit codes 0 / 1 / 2."""

from __future__ import annotations

import json

import pytest
from test_integrity_rows import make_rows

from verusbench.cli import main

ROWS = make_rows()


def _run(tmp_path, capsys, row, prediction, *extra):
    task = tmp_path / "row.json"
    task.write_text(json.dumps(row) if not isinstance(row, str) else row)
    pred = tmp_path / "pred.rs"
    if isinstance(prediction, bytes):
        pred.write_bytes(prediction)
    else:
        pred.write_text(prediction)
    rc = main(["check-integrity", "--task", str(task), "--prediction", str(pred), "--json", *extra])
    return rc, capsys.readouterr()


def test_ok_prediction_exits_0(tmp_path, capsys):
    rc, out = _run(tmp_path, capsys, ROWS["B"].to_dict(), ROWS["B"].target)
    assert rc == 0
    assert json.loads(out.out) == {"ok": True, "violations": []}


def test_cheat_exits_1_with_rules(tmp_path, capsys):
    rc, out = _run(tmp_path, capsys, ROWS["B"].to_dict(), "{ assume(false); x * 2 }")
    assert rc == 1
    d = json.loads(out.out)
    assert d["ok"] is False
    assert d["violations"][0]["rule"] == "assume"
    assert set(d["violations"][0]) == {"rule", "message", "line"}


def test_rlimit_cap_option(tmp_path, capsys):
    pred = ROWS["C"].target.replace("fn count_up", "#[verifier::rlimit(20)]\nfn count_up")
    assert _run(tmp_path, capsys, ROWS["C"].to_dict(), pred)[0] == 1
    assert _run(tmp_path, capsys, ROWS["C"].to_dict(), pred, "--rlimit-cap", "25")[0] == 0


@pytest.mark.parametrize("row,pred,needle", [
    ("{not json", "{ 0 }", "not a JSON row"),
    (json.dumps({"id": "x"}), "{ 0 }", "not a dataset row"),
    (None, b"\xff\xfe\x00binary", "not UTF-8"),
    (None, b"", "empty"),
    (None, b"x" * 1_000_001, "limit"),
])
def test_unusable_input_exits_2(tmp_path, capsys, row, pred, needle):
    row = ROWS["B"].to_dict() if row is None else row
    rc, out = _run(tmp_path, capsys, row, pred)
    assert rc == 2
    assert needle in out.err


def test_row_without_hole_exits_2(tmp_path, capsys):
    d = ROWS["B"].to_dict()
    d["context"] = d["context"].replace("/*__HOLE__*/", "")
    rc, out = _run(tmp_path, capsys, d, "{ 0 }")
    assert rc == 2 and "HOLE" in out.err
