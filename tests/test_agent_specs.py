"""The agent run specs (verification/runs/agent-*.json): fields present, placeholders used,
each command line accepted by the verusbench parser, wall time within the hour."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest

from verusbench.cli import build_parser

SPECS = sorted((Path(__file__).parents[1] / "verification" / "runs").glob("agent-*.json"))


def test_specs_cover_train_and_validation_with_and_without_memory():
    names = {p.stem for p in SPECS}
    assert {"agent-train-memory", "agent-train-nomemory", "agent-val-memory", "agent-val-nomemory"} <= names


@pytest.mark.parametrize("path", SPECS, ids=lambda p: p.stem)
def test_spec_is_runnable(path):
    spec = json.loads(path.read_text())
    for k in ("name", "command", "commands", "needs_gpu", "expected_wall_s", "outputs", "notes"):
        assert k in spec, f"{path.name}: missing {k}"
    assert spec["name"] == path.stem and spec["needs_verus"] is True
    assert spec["expected_wall_s"] <= 3600 and spec["max_wall_s"] <= 3600
    assert spec["command"] == " && ".join(spec["commands"])
    assert "{verus}" in spec["command"] and "{out}" in spec["command"]
    parser = build_parser()
    for line in spec["commands"]:
        argv = shlex.split(line.replace("{verus}", "/v/verus").replace("{out}", "/o"))
        assert argv[0] == "verusbench"
        ns = parser.parse_args(argv[1:])
        assert ns.func
        if argv[1] == "agent":
            assert ns.policy and ns.verus == "/v/verus" and ns.out.startswith("/o/")
            assert ns.budget_s * ns.rows <= spec["max_wall_s"]
            assert any(o.endswith("episodes.jsonl") for o in spec["outputs"])
