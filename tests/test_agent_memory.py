"""Reflection memory: lessons stored in SQLite, retrieved by row features / error categories,
written after each episode and shown in the next episode's prompt."""

from __future__ import annotations

from test_agent_tools import FAKE, act, demo_rows

from verusbench.agent.loop import LoopConfig, run_episode
from verusbench.agent.memory import Memory, heuristic_lessons, parse_lessons
from verusbench.agent.policy import ScriptedPolicy
from verusbench.agent.tools import EpisodeState
from verusbench.records import TaskRow
from verusbench.verifier import find_verus


def _row(i: int, features: list[str], rid: str) -> TaskRow:
    d = dict(demo_rows()[i])
    d["id"] = rid
    d["metadata"] = dict(d["metadata"], features=features)
    return TaskRow.from_dict(d)


def test_retrieval_ranks_lessons_by_the_rows_features(tmp_path):
    m = Memory(tmp_path / "m.sqlite")
    m.add("e1", "r-other1", "code_from_spec", ["code_from_spec", "quantifier", "trigger"], "failed",
          ["Triggers: put #[trigger] on the indexed term."], "policy")
    m.add("e2", "r-other2", "code_from_spec", ["code_from_spec", "loop", "invariant_end"], "failed",
          ["Loop invariants must hold at the end of the body.", "State decreases for loops."], "policy")
    m.add("e3", "r-self", "code_from_spec", ["code_from_spec", "loop"], "verified", ["own answer"], "policy")
    assert len(m) == 4
    m.close()
    m = Memory(tmp_path / "m.sqlite")  # persisted
    got = m.relevant(_row(0, ["loop", "invariant_end"], "r-self"), k=2)
    assert [g["episode_id"] for g in got] == ["e2", "e2"]
    assert all(g["row_id"] != "r-self" for g in m.relevant(_row(0, ["loop"], "r-self"), k=5))
    top = m.relevant(_row(0, ["trigger", "quantifier"], "r-new"), k=1)
    assert top[0]["text"].startswith("Triggers")


def test_parse_lessons_and_heuristic_fallback():
    assert parse_lessons('["a", "b", "c", "d"]') == ["a", "b", "c"]
    assert parse_lessons('```json\n{"lessons": ["x  y"]}\n```') == ["x y"]
    assert parse_lessons("no lessons here") == []
    steps = [{"tool": "run_verus", "verus": {"diagnostics": [
        {"level": "error", "category": "postcondition"}]}}, {"tool": "edit", "tool_error": True}]
    out = heuristic_lessons("code_from_spec", steps, "failed")
    assert 1 <= len(out) <= 3 and "postcondition" in out[0] and any("edit" in x for x in out)


def test_lessons_flow_into_the_next_episode(tmp_path):
    rows = [TaskRow.from_dict(r) for r in demo_rows()[:2]]
    fake = find_verus(FAKE)
    mem = Memory(tmp_path / "mem.sqlite")
    prompts: list[str] = []

    def fn(messages):
        prompts.append(messages[1]["content"]) if len(messages) == 2 else None
        return act("finish")

    pol = ScriptedPolicy(fn, lessons=['["Always run_verus before finish on ' + rows[0].task + '."]'])
    r1 = run_episode(rows[0], pol, EpisodeState(row=rows[0], verus=fake), LoopConfig(), mem)
    assert r1["lessons_written"] == [{"text": f"Always run_verus before finish on {rows[0].task}.",
                                      "source": "policy"}]
    r2 = run_episode(rows[1], pol, EpisodeState(row=rows[1], verus=fake), LoopConfig(), mem)
    assert "Lessons from earlier episodes" not in prompts[0]
    assert "Always run_verus before finish" in prompts[1] and r2["lessons_used"]
    assert r2["lessons_written"][0]["source"] == "heuristic"   # the script had no more lessons
    assert len(mem) == 2
