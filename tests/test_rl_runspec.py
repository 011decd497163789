"""Run specs under verification/runs/: the documented fields, and commands that the
`verusbench` parser accepts once the placeholders are filled."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest

from verusbench.cli import build_parser

RUNS = Path(__file__).resolve().parent.parent / "verification" / "runs"
SPECS = sorted(RUNS.glob("*.json"))
REQUIRED = {"name": str, "format": int, "purpose": str, "needs_gpu": bool, "needs_verus": bool,
            "expected_wall_s": (int, float), "max_wall_s": (int, float), "commands": list,
            "placeholders": dict, "outputs": list, "returns_to": str}


def test_there_is_a_grpo_spec_and_the_format_is_documented():
    assert RUNS / "grpo-short.json" in SPECS
    doc = (RUNS / "README.md").read_text()
    for f in REQUIRED:
        assert f"`{f}`" in doc, f


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_spec_fields_and_commands_parse(spec, tmp_path):
    s = json.loads(spec.read_text())
    for f, typ in REQUIRED.items():
        assert isinstance(s.get(f), typ), f
    assert s["name"] == spec.stem and s["returns_to"].endswith(f"runs/{spec.stem}/")
    assert s["expected_wall_s"] <= s["max_wall_s"] <= 3600
    assert {"verus", "out"} <= set(s["placeholders"])
    text = " ".join(s["commands"])
    assert "{verus}" in text and "{out}" in text
    parser = build_parser()
    for cmd in s["commands"]:
        argv = shlex.split(cmd.replace("{verus}", "/opt/verus/verus").replace("{out}", str(tmp_path)))
        assert argv[0] == "verusbench"
        ns = parser.parse_args(argv[1:])   # SystemExit on an unknown flag
        assert callable(ns.func)


@pytest.mark.parametrize("name", ["verify-big-slices", "reduce-big-slices"])
def test_big_slice_runs_skip_every_pending_slice_folder(name):
    """The big-slice runs export what no pending folder holds: a new `slices-*` folder must
    be in their --export-slices-skip, or the run verifies its slices a second time
    (`contracts-*` folders hold contract-mode texts, which a slice-mode build never makes)."""
    s = json.loads((RUNS / f"{name}.json").read_text())
    build = next(shlex.split(c) for c in s["commands"] if c.startswith("verusbench build"))
    i = build.index("--export-slices-skip")
    skipped = set()
    for a in build[i + 1:]:
        if a.startswith("--"):
            break
        skipped.add(a)
    pending = RUNS.parent / "pending"
    folders = {f"verification/pending/{p.name}" for p in pending.iterdir()
               if p.is_dir() and p.name.startswith("slices-")}
    assert folders and folders <= skipped, sorted(folders - skipped)
