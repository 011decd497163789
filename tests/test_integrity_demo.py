"""Zero false rejections: the reference answer of every row of the demo build passes the
integrity check, as a hole-fill, as the whole file, fenced, and (A/B/P) as the bare fn."""

from __future__ import annotations

import pytest

from verusbench import constants as C
from verusbench import integrity


@pytest.fixture(scope="session")
def demo_rows(tmp_path_factory) -> list[dict]:
    try:
        from verusbench.build import BuildOptions, build
    except ImportError as e:   # the builder is another module's job
        pytest.skip(f"verusbench.build is not available ({e})")
    out = tmp_path_factory.mktemp("demo_build")
    res = build(BuildOptions(corpus="demo", out=str(out), progress=False, workers=1))
    rows = [r for splits in res.data.values() for rs in splits.values() for r in rs]
    if not rows:
        pytest.skip("the demo build produced no rows")
    return rows


def _reject(rows, answer) -> list[tuple[str, list]]:
    bad = []
    for r in rows:
        pred = answer(r)
        if pred is None:
            continue
        res = integrity.check(r, pred)
        if not res.ok:
            bad.append((r["id"], [(v.rule, v.message) for v in res.violations]))
    return bad


def test_demo_build_covers_every_task(demo_rows):
    tasks = {r["task"] for r in demo_rows}
    assert {C.TASK_SPEC, C.TASK_CODE, C.TASK_PROOF} <= tasks
    assert tasks & {C.TASK_REPAIR, C.TASK_REPAIR_SYNTHETIC}


def test_reference_targets_are_accepted(demo_rows):
    bad = _reject(demo_rows, lambda r: r["target"])
    assert bad == [], f"{len(bad)} false rejections of {len(demo_rows)}: {bad[:5]}"


def test_reference_files_are_accepted_as_whole_files(demo_rows):
    bad = _reject(demo_rows, lambda r: "Here is the file:\n```rust\n" + r["reference_file"] + "```\n")
    assert bad == [], bad[:5]


def test_bare_target_fns_are_accepted(demo_rows):
    def fn_only(r):
        if r["task"] not in (C.TASK_SPEC, C.TASK_CODE, C.TASK_PROOF):
            return None
        ref, _, fn = integrity.locate_target(r)
        return ref[fn.span[0]:fn.span[1]].decode()
    bad = _reject(demo_rows, fn_only)
    assert bad == [], bad[:5]


def test_an_added_assume_is_rejected_in_every_row(demo_rows):
    """The converse over the same rows: one hatch added to the reference answer."""
    missed = []
    for r in demo_rows:
        if r["task"] == C.TASK_CODE:
            pred = "{ proof { assume(false); } " + r["target"][1:]
        elif r["task"] in (C.TASK_REPAIR, C.TASK_REPAIR_SYNTHETIC):
            pred = r["target"].replace("verus! {", "verus! {\n#[verifier::external_body]\n"
                                       "proof fn vb_cheat() ensures false {}\n", 1)
        else:
            continue
        res = integrity.check(r, pred)
        if res.ok:
            missed.append(r["id"])
    assert missed == []
