"""integrity.check_reference (the builder's per-file fast path) must agree with
integrity.check(row, row.target) on every row the builder checks: violations, lines, mode."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from verusbench import build as B
from verusbench import constants as C
from verusbench import integrity
from verusbench.records import TaskRow

CORPUS = Path(os.environ.get("VERUSBENCH_CORPUS", "/work/shared/corpus"))


def _rows_checked(monkeypatch, tmp_path, **kw) -> list[TaskRow]:
    """Every row the build hands to its integrity stage (before any is dropped)."""
    seen: list[TaskRow] = []
    real = B._integrity_filter

    def spy(rows, workers, progress):
        seen.extend(rows)
        return real(rows, 1, False)
    monkeypatch.setattr(B, "_integrity_filter", spy)
    B.build(B.BuildOptions(out=str(tmp_path / "o"), progress=False, workers=1, **kw))
    return seen


def _clear():
    for f in (integrity._toks_cached, integrity._parse_cached, integrity._scan_hatches_cached,
              integrity._file_lex, integrity._outside_verus_cached):
        f.cache_clear()


def _assert_agree(rows: list[TaskRow]) -> int:
    full = [integrity.check(r, r.target).to_dict() for r in rows]
    _clear()
    fast = [integrity.check_reference(r).to_dict() for r in rows]
    bad = [r.id for r, a, b in zip(rows, full, fast) if a != b]
    assert bad == [], f"{len(bad)} rows disagree, e.g. {bad[:3]}"
    return sum(integrity._check_reference_fast(r, integrity.DEFAULT_RLIMIT_CAP) is not None
               for r in rows)


def test_fast_path_agrees_on_every_demo_row(monkeypatch, tmp_path):
    rows = _rows_checked(monkeypatch, tmp_path, corpus="demo")
    assert len(rows) > 100
    fast = _assert_agree(rows)
    assert fast > len(rows) // 2          # the fast path is really taken, not always the fallback


@pytest.mark.skipif(not (CORPUS / "MANIFEST.json").exists(), reason="shared corpus not present")
def test_fast_path_agrees_on_a_sample_of_full_build_rows(monkeypatch, tmp_path):
    rows = _rows_checked(monkeypatch, tmp_path, corpus=str(CORPUS), limit=3,
                         sources=["verified-storage", "verified-nrkernel", "vostd", "verus-bench"],
                         configs=(C.TASK_SPEC, C.TASK_CODE, C.TASK_PROOF))
    assert len(rows) > 50
    assert _assert_agree(rows) > len(rows) // 2


def test_fast_path_reports_an_added_hatch_like_check():
    ref = ("use vstd::prelude::*;\nverus! {\nfn f(x: u8) -> (r: u8)\n    ensures r == x,\n"
           "{\n    assume(false);\n    x\n}\nfn g() {}\n}\n")
    target = "{\n    assume(false);\n    x\n}"
    row = TaskRow.from_dict({
        "id": "t1", "task": C.TASK_CODE, "prompt": "", "completion": "", "messages": [], "context": ref.replace(target, C.HOLE),
        "target": target, "reference_file": ref,
        "metadata": {"source": "s", "path": "p.rs", "target_fn": "f", "repo": "r", "commit": "0",
                     "license": "MIT", "role": "example", "verus_version": "", "verified": ""}})
    a, b = integrity.check(row, row.target), integrity.check_reference(row)
    assert not a.ok and a.to_dict() == b.to_dict()
    assert integrity._check_reference_fast(row, integrity.DEFAULT_RLIMIT_CAP) is not None
