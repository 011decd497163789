"""Agent tools on the demo build with tests/fake_verus: run_verus, integrity, edit errors,
show_errors, search_examples. Shared helpers for the other agent tests live here too."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest

from verusbench import constants as C
from verusbench.agent.tools import EpisodeState, ExampleIndex, dispatch, edit, run_verus, show_errors
from verusbench.records import TaskRow
from verusbench.verifier import find_verus

FAKE = str(Path(__file__).parent / "fake_verus")
_BUILD: dict[str, Path] = {}


def demo_build() -> Path:
    """The demo build (`verusbench build --corpus demo`), made once per test session."""
    if "dir" not in _BUILD:
        from verusbench.cli import main
        out = Path(tempfile.mkdtemp(prefix="agent-demo-")) / "build"
        assert main(["build", "--corpus", "demo", "--out", str(out)]) == 0
        _BUILD["dir"] = out
    return _BUILD["dir"]


def demo_rows(config: str = C.TASK_CODE, split: str = "validation") -> list[dict]:
    from verusbench.train.data import load_split
    return [dict(r) for r in load_split(str(demo_build()), config, split)]


def act(tool: str, **args) -> str:
    return json.dumps({"thought": f"use {tool}", "tool": tool, "args": args})


@pytest.fixture(scope="module")
def fake():
    return find_verus(FAKE)


@pytest.fixture(scope="module")
def row():
    return TaskRow.from_dict(demo_rows()[0])


def _state(row, fake, **kw) -> EpisodeState:
    return EpisodeState(row=row, verus=fake, **kw)


def test_run_verus_verifies_the_reference_fill(row, fake):
    st = _state(row, fake)
    obs = run_verus(st, row.target)
    assert obs.verus["status"] == C.STATUS_VERIFIED and st.verus_calls == 1
    assert obs.verus["verifier"]["verus"]["test_double"] is True
    assert C.HOLE not in st.candidate and row.target.strip() in st.candidate


def test_run_verus_reports_failures_compactly(row, fake):
    st = _state(row, fake)
    bad = row.target.replace("{", "{\n    // fake-verus: fail postcondition not satisfied", 1)
    obs = run_verus(st, bad)
    assert obs.verus["status"] == C.STATUS_FAILED and obs.verus["errors"] >= 1
    assert obs.text.startswith("status: failed") and "postcondition not satisfied" in obs.text
    assert "line " in show_errors(st).text


def test_integrity_rejection_never_reaches_verus(row, fake):
    st = _state(row, fake)
    cheat = row.target.replace("{", "{\n    assume(false);", 1)
    obs = run_verus(st, cheat)
    assert obs.verus["status"] == C.STATUS_INTEGRITY_REJECTED
    assert st.verus_calls == 0 and "not sent to Verus" in obs.verus["notes"][0]


def test_hole_still_present_and_show_errors_before_any_run(row, fake):
    st = _state(row, fake)
    assert show_errors(st).error
    obs = run_verus(st)
    assert obs.error and C.HOLE in obs.text and st.verus_calls == 0


def test_edit_absent_ambiguous_and_applied(row, fake):
    st = _state(row, fake)
    before = st.candidate
    absent = edit(st, "this text is nowhere", "x")
    assert absent.error and "not found" in absent.text and st.candidate == before
    assert "verus!" in before
    twice = before.count("\n\n")
    assert twice > 1
    amb = edit(st, "\n\n", "\n")
    assert amb.error and f"occurs {twice} times" in amb.text and st.candidate == before
    ok = edit(st, C.HOLE, row.target)
    assert not ok.error and "+" in ok.text and C.HOLE not in st.candidate
    assert run_verus(st).verus["status"] == C.STATUS_VERIFIED
    assert edit(st, "", "x").error


def test_search_examples_excludes_the_rows_own_cluster(row, fake):
    train = demo_rows(split="train")
    same = dict(train[0])
    same["metadata"] = dict(same["metadata"], cluster_id=row.metadata.cluster_id)
    same["id"] = "code_from_spec-same-cluster"
    st = _state(row, fake, examples=ExampleIndex([same, *train]))
    obs = dispatch(st, "search_examples", {"query": row.reference_file[:400], "k": 5})
    assert "##" in obs.text and "same-cluster" not in obs.text
    none = dispatch(st, "search_examples", {"query": "qqqzzz", "k": 2})
    assert "no examples" in none.text
