"""The episode loop: prompt (+ retrieved lessons), then act / observe until finish, the step
limit or the time budget; every step is logged; a reflection step writes lessons after."""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from .. import constants as C
from ..records import TaskRow
from ..verifier import is_test_double
from .actions import ActionError, parse_action, tool_help
from .memory import Memory, heuristic_lessons, parse_lessons, row_keys
from .policy import Policy, PolicyError
from .tools import EpisodeState, diff, dispatch

OBS_CHARS = 3000   # observations are cut for the prompt (the trace keeps them whole)

SYSTEM = """You are a Verus (verified Rust) engineer working with tools. Each reply is exactly one
JSON object: {{"thought": "<why>", "tool": "<tool>", "args": {{...}}}} and nothing else.
Tools:
{tools}
run_verus verifies the current file (or first replaces it with `code`: the missing part, the
target function, or a whole file). edit replaces one exact occurrence of `search` in the file.
search_examples finds verified examples. finish ends the episode with the current file.
Never weaken specifications or add assume/admit/external_body: such files are rejected."""

REFLECT = """The episode on row {row} ({task}) ended with status {status} after {n} steps.
Tool calls and outcomes:
{summary}
Write 1 to 3 short, general lessons for future Verus tasks as a JSON list of strings."""


@dataclass
class LoopConfig:
    max_steps: int = 8
    budget_s: float = 600.0       # wall-clock limit per episode
    max_verus_calls: int = 6
    lessons_k: int = 3


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _prompt(row: TaskRow, lessons: list[dict[str, Any]]) -> list[dict[str, str]]:
    user = row.prompt
    if lessons:
        user += "\n\nLessons from earlier episodes:\n" + "\n".join(f"- {x['text']}" for x in lessons)
    user += "\n\nThe current file:\n```rust\n" + row.context + "\n```"
    return [{"role": "system", "content": SYSTEM.format(tools=tool_help())},
            {"role": "user", "content": user}]


def run_episode(row: TaskRow, policy: Policy, state: EpisodeState, cfg: LoopConfig,
                memory: Memory | None = None, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """One episode; returns its trace record (JSON-ready)."""
    t0 = time.perf_counter()
    eid = uuid.uuid4().hex
    lessons = memory.relevant(row, cfg.lessons_k) if memory is not None else []
    messages = _prompt(row, lessons)
    steps: list[dict[str, Any]] = []
    stop = "max_steps"
    for i in range(cfg.max_steps):
        if time.perf_counter() - t0 > cfg.budget_s:
            stop = "budget"
            break
        step: dict[str, Any] = {"step": i, "thought": "", "tool": "", "args": "{}", "reply": "",
                                "parse_error": "", "tool_error": False, "observation": "",
                                "verus": None, "diff": "", "policy_s": 0.0, "tool_s": 0.0}
        tp = time.perf_counter()
        try:
            reply = policy.complete(messages)
        except PolicyError as e:
            step["observation"] = f"policy error: {e}"
            step["policy_s"] = time.perf_counter() - tp
            steps.append(step)
            stop = "policy_error"
            break
        step["policy_s"] = time.perf_counter() - tp
        step["reply"] = reply
        messages.append({"role": "assistant", "content": reply})
        tt = time.perf_counter()
        before = state.candidate
        try:
            action = parse_action(reply)
        except ActionError as e:
            step["parse_error"] = str(e)
            step["observation"] = f"invalid action: {e}"
        else:
            step.update(thought=action.thought, tool=action.tool,
                        args=json.dumps(action.args, ensure_ascii=False))
            if action.tool == "run_verus" and state.verus_calls >= cfg.max_verus_calls:
                step["tool_error"] = True
                step["observation"] = (f"error: the Verus budget ({cfg.max_verus_calls} runs) is "
                                       "spent; call finish")
            else:
                obs = dispatch(state, action.tool, action.args)
                step.update(observation=obs.text, verus=obs.verus, tool_error=obs.error)
                if obs.done:
                    stop = "finish"
        step["diff"] = diff(before, state.candidate) if state.candidate != before else ""
        step["tool_s"] = time.perf_counter() - tt
        steps.append(step)
        if stop == "finish":
            break
        messages.append({"role": "user", "content": step["observation"][:OBS_CHARS]})
    final = state.last["status"] if (state.last and state.last_checked == state.candidate) else "unchecked"
    verifier = state.verus.identity
    rec = {"episode_id": eid, **(meta or {}), "row_id": row.id, "task": row.task,
           "model": policy.name, "memory": memory is not None,
           "lessons_used": [x["text"] for x in lessons], "started": _now(),
           "steps": steps, "stop_reason": stop, "final_status": final,
           "verified": final == C.STATUS_VERIFIED, "verus_calls": state.verus_calls,
           "final_candidate": state.candidate, "verifier": verifier,
           "verifier_is_test_double": is_test_double(verifier)}
    rec["lessons_written"] = reflect(row, policy, rec, memory) if memory is not None else []
    rec["wall_s"] = round(time.perf_counter() - t0, 3)
    return rec


def reflect(row: TaskRow, policy: Policy, rec: dict[str, Any], memory: Memory) -> list[dict]:
    """Ask the policy for 1-3 lessons; fall back to lessons read off the trace; store them."""
    summary = "\n".join(
        f"{s['step']}: {s['tool'] or 'invalid'} -> {s['observation'].splitlines()[0][:160] if s['observation'] else ''}"
        for s in rec["steps"])
    msgs = [{"role": "user", "content": REFLECT.format(row=row.id, task=row.task, status=rec["final_status"],
                                                        n=len(rec["steps"]), summary=summary)}]
    try:
        lessons, source = parse_lessons(policy.reflect(msgs)), "policy"
    except PolicyError:
        lessons = []
    if not lessons:
        lessons, source = heuristic_lessons(row.task, rec["steps"], rec["final_status"]), "heuristic"
    cats = sorted({d["category"] for s in rec["steps"] for d in (s.get("verus") or {}).get("diagnostics", [])})
    memory.add(rec["episode_id"], row.id, row.task, row_keys(row, cats), rec["final_status"], lessons, source)
    return [{"text": t, "source": source} for t in lessons]
