"""Strict JSON actions: `{"thought": str, "tool": name, "args": {...}}`, checked against each
tool's argument schema. A bad action becomes an `ActionError` whose text is the observation."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

#: tool -> {arg: (type, required)}; nothing else is accepted.
SCHEMAS: dict[str, dict[str, tuple[type, bool]]] = {
    "run_verus": {"code": (str, False)},
    "search_examples": {"query": (str, True), "k": (int, False)},
    "show_errors": {"limit": (int, False)},
    "edit": {"search": (str, True), "replace": (str, True)},
    "finish": {},
}
TOP_KEYS = {"thought", "tool", "args"}

_FENCE = re.compile(r"^\s*```(?:json)?\s*\n(.*?)\n\s*```\s*$", re.S)


class ActionError(ValueError):
    """The reply is not one valid action; str(e) says what is wrong and how to fix it."""


@dataclass
class Action:
    tool: str
    args: dict[str, Any] = field(default_factory=dict)
    thought: str = ""


def _loads(text: str) -> Any:
    # One JSON object, optionally in a ```json fence; nothing before or after it.
    m = _FENCE.match(text)
    body = m.group(1) if m else text.strip()
    try:
        return json.loads(body)
    except json.JSONDecodeError as e:
        raise ActionError(f"action is not valid JSON ({e.msg} at line {e.lineno} column {e.colno}); "
                          'reply with exactly one object like {"thought": "...", "tool": "run_verus", '
                          '"args": {}}') from None


def parse_action(text: str) -> Action:
    """Parse one reply into an Action or raise ActionError naming the problem."""
    if not isinstance(text, str) or not text.strip():
        raise ActionError("empty reply; reply with one JSON action object")
    obj = _loads(text)
    if not isinstance(obj, dict):
        raise ActionError(f"action must be a JSON object, got {type(obj).__name__}")
    extra = set(obj) - TOP_KEYS
    if extra:
        raise ActionError(f"unknown top-level key(s) {sorted(extra)}; allowed: thought, tool, args")
    tool = obj.get("tool")
    if not isinstance(tool, str):
        raise ActionError('missing "tool" (a string); tools: ' + ", ".join(SCHEMAS))
    if tool not in SCHEMAS:
        raise ActionError(f"unknown tool {tool!r}; tools: " + ", ".join(SCHEMAS))
    thought = obj.get("thought", "")
    if not isinstance(thought, str):
        raise ActionError('"thought" must be a string')
    args = obj.get("args", {})
    if not isinstance(args, dict):
        raise ActionError(f'"args" must be an object, got {type(args).__name__}')
    schema = SCHEMAS[tool]
    unknown = set(args) - set(schema)
    if unknown:
        raise ActionError(f"{tool}: unknown argument(s) {sorted(unknown)}; allowed: "
                          f"{sorted(schema) or 'none'}")
    for name, (typ, required) in schema.items():
        if name not in args:
            if required:
                raise ActionError(f"{tool}: missing required argument {name!r} ({typ.__name__})")
            continue
        v = args[name]
        if not isinstance(v, typ) or (typ is int and isinstance(v, bool)):
            raise ActionError(f"{tool}: argument {name!r} must be {typ.__name__}, got "
                              f"{type(v).__name__}")
    return Action(tool=tool, args=dict(args), thought=thought)


def tool_help() -> str:
    """One line per tool with its arguments, for the system prompt."""
    lines = []
    for tool, schema in SCHEMAS.items():
        a = ", ".join(f"{k}: {t.__name__}{'' if req else '?'}" for k, (t, req) in schema.items())
        lines.append(f"- {tool}({a})")
    return "\n".join(lines)
