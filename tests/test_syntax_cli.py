"""The `verusbench parse` contract: JSON shape and exit codes 0/1/2."""

from __future__ import annotations

import json

from verusbench.cli import main

GOOD = """verus! {
spec fn sq(x: int) -> int { x * x }
fn f(x: u8) -> (r: u8) requires x < 10 ensures r == x { let mut i = 0; while i < x invariant i <= x decreases x - i { i += 1; } x }
}
"""


def test_json_contract_and_exit_0(tmp_path, capsys):
    p = tmp_path / "good.rs"
    p.write_text(GOOD)
    assert main(["parse", "--json", str(p)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1
    d = json.loads(out[0])
    assert d["path"] == str(p) and d["ok"] is True and d["diagnostics"] == []
    assert [i["name"] for i in d["items"]] == ["sq", "f"]
    f = d["items"][1]
    for key in ("kind", "name", "mode", "span", "body", "clauses", "loops", "attrs"):
        assert key in f
    src = p.read_bytes()
    s, e = f["body"]
    assert src[s:e].startswith(b"{ let mut i") and src[e - 1:e] == b"}"
    c = f["clauses"][0]
    assert c["kind"] == "requires" and src[c["exprs"][0][0]:c["exprs"][0][1]] == b"x < 10"
    lp = f["loops"][0]
    assert lp["kind"] == "while" and [x["kind"] for x in lp["clauses"]] == ["invariant", "decreases"]
    assert d["items"][0]["mode"] == "spec" and d["items"][0]["body"] is not None


def test_exit_1_on_diagnostics_and_one_line_per_file(tmp_path, capsys):
    good, bad = tmp_path / "good.rs", tmp_path / "bad.rs"
    good.write_text(GOOD)
    bad.write_bytes(b"verus! { fn broken(x: u8 { ")
    assert main(["parse", "--json", str(good), str(bad)]) == 1
    lines = [json.loads(x) for x in capsys.readouterr().out.strip().splitlines()]
    assert [x["ok"] for x in lines] == [True, False]
    diag = lines[1]["diagnostics"][0]
    assert set(diag) == {"message", "line", "col", "byte"} and diag["line"] == 1


def test_exit_2_on_missing_file_or_no_args(tmp_path, capsys):
    assert main(["parse", str(tmp_path / "nope.rs")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["parse"]) == 2


def test_summary_table_and_demo(tmp_path, capsys):
    p = tmp_path / "good.rs"
    p.write_text(GOOD)
    assert main(["parse", str(p)]) == 0
    out = capsys.readouterr().out
    assert "good.rs" in out and "exec:1" in out and "spec:1" in out
    rc = main(["parse", "--demo"])
    assert rc in (0, 1)
