"""Hand-written task rows (one per task shape) shared by the integrity, scoring and metric
tests, plus checks that they honour the row contract the builder promises."""

from __future__ import annotations

import pytest

from verusbench import constants as C
from verusbench.records import RowMetadata, TaskRow, row_id
from verusbench.syntax import parse
from verusbench.tasks.strip import fn_item_span

SRC = """\
// a small Verus file written for the verusbench tests
use vstd::prelude::*;

verus! {

spec fn double(x: int) -> int {
    2 * x
}

fn twice(x: u32) -> (r: u32)
    requires
        x < 1000,
    ensures
        r == double(x as int),
{
    x * 2
}

proof fn lemma_double_grows(x: int)
    requires
        x > 0,
    ensures
        double(x) > x,
{
    assert(2 * x > x);
}

fn count_up(n: u32) -> (s: u64)
    ensures
        s == n as u64,
{
    let mut i: u32 = 0;
    let mut s: u64 = 0;
    while i < n
        invariant
            i <= n,
            s == i as u64,
        decreases n - i,
    {
        i += 1;
        s = s + 1;
    }
    s
}

} // verus!

fn main() {}
"""

# Task C: the failing file lacks the loop invariant that links s and i
C_FAILING = SRC.replace("            s == i as u64,\n", "")


def _fn(src: str, name: str):
    pf = parse(src, "fixture.rs")
    return next(f for f in pf.functions() if f.name == name)


def _cut(src: str, s: int, e: int) -> tuple[str, str]:
    b = src.encode()
    return (b[:s] + C.HOLE.encode() + b[e:]).decode(), b[s:e].decode()


def _row(task: str, context: str, target: str, reference: str, variant: str = "",
         fn: str = "", source: str = "fixture", category: str = "") -> TaskRow:
    md = RowMetadata(source=source, repo="verusbench/tests", commit="0" * 40, path="fixture.rs",
                     license="MIT", role="demo", verus_version="", verified="unchecked",
                     target_fn=fn, variant=variant, error_category=category)
    return TaskRow(id=row_id(task, variant, context, target), task=task, context=context,
                   target=target, reference_file=reference, prompt="", completion=target,
                   messages=[], metadata=md)


def make_rows(src: str = SRC) -> dict[str, TaskRow]:
    """A-ensures_only and A-full on `twice`, B on `twice`, P on `count_up`, C on the file."""
    b = src.encode()
    twice = _fn(src, "twice")
    ens = next(c for c in twice.clauses if c.kind == "ensures")
    rows = {}
    ctx, tgt = _cut(src, *ens.span)
    rows["A_ens"] = _row(C.TASK_SPEC, ctx, tgt, src, "ensures_only", "twice")
    ctx, tgt = _cut(src, *fn_item_span(twice, b))
    rows["A_full"] = _row(C.TASK_SPEC, ctx, tgt, src, "full", "twice")
    ctx, tgt = _cut(src, *twice.body)
    rows["B"] = _row(C.TASK_CODE, ctx, tgt, src, "", "twice")
    count_up = _fn(src, "count_up")
    ctx, tgt = _cut(src, *fn_item_span(count_up, b))
    rows["P"] = _row(C.TASK_PROOF, ctx, tgt, src, "", "count_up")
    failing = src.replace("            s == i as u64,\n", "")
    rows["C"] = _row(C.TASK_REPAIR, failing, src, src, "", "", category=C.CAT_INVARIANT_END)
    return rows


def test_rows_honour_the_hole_contract():
    rows = make_rows()
    for key, r in rows.items():
        if r.task in (C.TASK_REPAIR, C.TASK_REPAIR_SYNTHETIC):
            assert C.HOLE not in r.context and r.target == r.reference_file
        else:
            assert r.context.count(C.HOLE) == 1, key
            assert r.context.replace(C.HOLE, r.target, 1) == r.reference_file, key
    assert rows["B"].target.startswith("{") and rows["B"].target.endswith("}")
    assert rows["A_ens"].target.startswith("ensures")
    assert rows["P"].target.startswith("fn count_up")


@pytest.fixture(scope="session")
def rows() -> dict[str, TaskRow]:
    return make_rows()
