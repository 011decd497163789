"""The build-auditing scripts: bench_rows (issue 10's context-size figures) agrees with the
rows it reads, and audit_answers finds a train row showing a held-out answer of another
source (and not one of its own source)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from verusbench import constants as C

SCRIPTS = Path(__file__).resolve().parents[1] / "dataset_scripts"
SPEC = ("fn max_element(a: &Vec<i32>) -> (max: i32)\n    requires a.len() > 0,\n"
        "    ensures forall|i: int| 0 <= i < a.len() ==> a[i] <= max,\n"
        "        exists|i: int| 0 <= i < a.len() && a[i] == max,\n")


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _row(i: str, source: str, path: str, target: str, ref: str, tokens: int = 10, role: str = C.ROLE_PROJECT,
         minimized: str = "none") -> dict:
    return {"id": i, "target": target, "reference_file": ref, "context": "c",
            "metadata": {"source": source, "path": path, "role": role, "minimized": minimized,
                         "context_tokens": tokens}}


def _write(root: Path, cfg: str, split: str, rows: list[dict]) -> None:
    d = root / "data" / cfg
    d.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows), d / f"{split}-00000-of-00001.parquet")


def test_bench_rows_counts_upstream_rows_per_source_and_kind(tmp_path, capsys):
    _write(tmp_path, C.TASK_SPEC, "train", [
        _row("a", "verus", "source/vstd/seq.rs", "t", "r", 100, minimized="client"),
        _row("b", "verus", "examples/x.rs", "t", "r", 3000),
        _row("c", "vostd", "a.rs", "t", "r", 2000, minimized="sliced"),
        _row("d", "vericoding", "v.rs", "t", "r", 5, role="llm_solution")])    # not counted
    _write(tmp_path, C.TASK_CODE, "test", [_row("e", "vostd", "b.rs", "t", "r", 1100)])
    out = tmp_path / "f.json"
    assert _script("bench_rows").main([str(tmp_path), "--json", str(out)]) == 0
    got = json.loads(out.read_text())
    assert got["all"]["rows"] == 4 and got["all"]["median"] == 1550 and got["all"]["at_or_under_target"] == 0.5
    assert set(got["by_source"]) == {"vstd", "verus", "vostd"} and got["by_source"]["vostd"]["rows"] == 2
    assert got["by_minimized"]["client"]["rows"] == 1
    assert "ratio 1.41" in capsys.readouterr().out


def test_audit_answers_finds_a_held_out_answer_inside_a_train_row(tmp_path, capsys):
    resolved = "use vstd::prelude::*;\nverus! {\n" + SPEC + "{ a[0] }\n}\n"
    _write(tmp_path, C.TASK_SPEC, "test", [_row("held", "human-eval-verus", "h.rs", SPEC, resolved)])
    _write(tmp_path, C.TASK_CODE, "train", [_row("copy", "vericoding", "v.rs", "{ a[0] }", resolved),
                                            _row("own", "human-eval-verus", "h2.rs", "{ a[0] }", resolved),
                                            _row("clean", "vericoding", "w.rs", "{ 0 }", "fn f() {}")])
    out = tmp_path / "a.json"
    assert _script("audit_answers").main([str(tmp_path), "--json", str(out)]) == 0
    got = json.loads(out.read_text())
    assert [(g["train_source"], g["config"], g["held_out_source"], g["rows"]) for g in got] == [
        ("vericoding", C.TASK_CODE, "human-eval-verus", 1)]
    assert got[0]["example"]["row"] == "copy" and got[0]["example"]["held_out_row"] == "held"
    assert "1 train rows show" in capsys.readouterr().out


def test_bench_rows_projects_pending_smaller_slices(tmp_path, capsys):
    build = tmp_path / "b"
    rows = [_row("a", "vostd", "a.rs", "t", "r", 3000), _row("b", "vostd", "b.rs", "t", "r", 2000),
            _row("c", "vostd", "c.rs", "t", "r", 500, minimized="sliced")]
    rows[0]["metadata"]["target_fn"] = "f"
    rows[1]["metadata"]["target_fn"] = "g"
    rows[2]["metadata"]["target_fn"] = "h"
    _write(build, C.TASK_SPEC, "train", rows)
    man = tmp_path / "pending" / "slices-v9" / "manifest.jsonl"
    man.parent.mkdir(parents=True)
    man.write_text("\n".join(json.dumps(e) for e in [
        {"source": "vostd", "path": "a.rs", "target_fn": "f", "context_tokens": 400},     # replaces 3000
        {"source": "vostd", "path": "b.rs", "target_fn": "g", "context_tokens": 2500},    # bigger: no
        {"source": "vostd", "path": "c.rs", "target_fn": "h", "context_tokens": 100}]) + "\n")  # sliced row: no
    out = tmp_path / "f.json"
    assert _script("bench_rows").main([str(build), "--json", str(out), "--pending", str(tmp_path / "pending")]) == 0
    got = json.loads(out.read_text())
    assert got["all"]["median"] == 2000 and got["projection_if_pending_slices_verify"]["median"] == 500
    assert "projection (not a result)" in capsys.readouterr().out
