"""The strict action parser, and malformed actions answered with the parse error in the loop."""

from __future__ import annotations

import pytest
from test_agent_tools import FAKE, act, demo_rows

from verusbench import constants as C
from verusbench.agent.actions import ActionError, parse_action
from verusbench.agent.loop import LoopConfig, run_episode
from verusbench.agent.policy import ScriptedPolicy
from verusbench.agent.tools import EpisodeState
from verusbench.records import TaskRow
from verusbench.verifier import find_verus


def test_valid_actions_plain_and_fenced():
    a = parse_action('{"thought": "t", "tool": "edit", "args": {"search": "a", "replace": "b"}}')
    assert (a.tool, a.args, a.thought) == ("edit", {"search": "a", "replace": "b"}, "t")
    b = parse_action('```json\n{"tool": "finish"}\n```')
    assert b.tool == "finish" and b.args == {}


@pytest.mark.parametrize("reply, needle", [
    ("", "empty reply"),
    ("I will now call run_verus", "not valid JSON"),
    ('{"tool": "run_verus"} trailing', "not valid JSON"),
    ("[1, 2]", "must be a JSON object"),
    ('{"args": {}}', 'missing "tool"'),
    ('{"tool": "rm_rf"}', "unknown tool 'rm_rf'"),
    ('{"tool": "finish", "extra": 1}', "unknown top-level key"),
    ('{"tool": "edit", "args": {"search": "a"}}', "missing required argument 'replace'"),
    ('{"tool": "edit", "args": {"search": 1, "replace": "b"}}', "'search' must be str"),
    ('{"tool": "search_examples", "args": {"query": "q", "k": true}}', "'k' must be int"),
    ('{"tool": "run_verus", "args": {"path": "/etc"}}', "unknown argument"),
    ('{"tool": "finish", "args": []}', '"args" must be an object'),
    ('{"tool": "finish", "thought": 3}', '"thought" must be a string'),
])
def test_malformed_actions_name_the_problem(reply, needle):
    with pytest.raises(ActionError) as e:
        parse_action(reply)
    assert needle in str(e.value)


def test_loop_answers_malformed_actions_with_the_error_and_goes_on():
    row = TaskRow.from_dict(demo_rows()[0])
    seen: list[list[dict]] = []
    replies = ["not json at all", '{"tool": "edit", "args": {}}', act("run_verus", code=row.target),
               act("finish")]

    def policy_fn(messages):
        seen.append([dict(m) for m in messages])
        return replies[len(seen) - 1]

    st = EpisodeState(row=row, verus=find_verus(FAKE))
    rec = run_episode(row, ScriptedPolicy(policy_fn), st, LoopConfig(max_steps=6))
    assert [s["tool"] for s in rec["steps"]] == ["", "", "run_verus", "finish"]
    assert "not valid JSON" in rec["steps"][0]["parse_error"]
    # the parse error is what the policy sees next, as the user's turn
    assert seen[1][-1]["role"] == "user" and "invalid action" in seen[1][-1]["content"]
    assert "missing required argument 'search'" in seen[2][-1]["content"]
    assert rec["final_status"] == C.STATUS_VERIFIED and rec["stop_reason"] == "finish"
    assert rec["steps"][2]["diff"].startswith("---") and rec["verifier_is_test_double"]


def test_step_and_verus_budgets_end_the_episode():
    row = TaskRow.from_dict(demo_rows()[0])
    st = EpisodeState(row=row, verus=find_verus(FAKE))
    pol = ScriptedPolicy([act("run_verus", code=row.target)] * 5)
    rec = run_episode(row, pol, st, LoopConfig(max_steps=3, max_verus_calls=1))
    assert rec["stop_reason"] == "max_steps" and len(rec["steps"]) == 3 and rec["verus_calls"] == 1
    assert "budget" in rec["steps"][1]["observation"] and rec["steps"][1]["tool_error"]
