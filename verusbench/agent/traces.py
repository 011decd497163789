"""Post-hoc dense rewards over episode traces and the `traces` config in the Hub layout
(parquet under data/traces/, schema in the card), built from real Verus runs only."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Iterable

from .. import constants as C
from ..verifier import describe_identity, is_test_double

TRACES_VERSION = "0.1.0"
CONFIG = "traces"


class DoubleTracesRefused(ValueError):
    """Traces from tests/fake_verus were offered for a traces config without the test flag."""


@dataclass
class RewardWeights:
    verified: float = 1.0          # the first run whose module verifies
    query_drop: float = 0.3        # fewer failing queries than the previous failed run
    syntax_error: float = -0.2     # a run that did not compile
    integrity: float = -0.2        # a candidate the integrity check rejected
    invalid_action: float = 0.0


def step_rewards(steps: list[dict[str, Any]], w: RewardWeights) -> list[float]:
    """One reward per step, from the logged Verus results alone (so recomputable offline)."""
    out, prev_failed, seen_verified = [], None, False
    for s in steps:
        r = 0.0
        v = s.get("verus")
        if s.get("parse_error"):
            r += w.invalid_action
        if v:
            st = v["status"]
            if st == C.STATUS_VERIFIED and not seen_verified:
                r += w.verified
                seen_verified = True
            elif st == C.STATUS_FAILED:
                if prev_failed is not None and v["errors"] < prev_failed:
                    r += w.query_drop
                prev_failed = v["errors"]
            elif st == C.STATUS_COMPILE_ERROR:
                r += w.syntax_error
            elif st == C.STATUS_INTEGRITY_REJECTED:
                r += w.integrity
        out.append(round(r, 6))
    return out


def read_episodes(run_dirs: Iterable[str | Path]) -> list[tuple[dict[str, Any], str]]:
    """(episode, source dir) from each dir's episodes.jsonl; bad lines are reported and skipped."""
    out = []
    for d in run_dirs:
        p = Path(d) / "episodes.jsonl" if Path(d).is_dir() else Path(d)
        if not p.is_file():
            raise FileNotFoundError(f"{d}: no episodes.jsonl (expected the --out folder of "
                                    "`verusbench agent run`)")
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                ep = json.loads(line)
                ep["steps"], ep["row_id"]  # noqa: B018 - required keys
            except (json.JSONDecodeError, KeyError, TypeError) as e:
                print(f"warning: {p}:{n}: skipped, not an episode record ({e})")
                continue
            out.append((ep, str(d)))
    return out


def _features():
    from datasets import Features, List, Value
    step = {"step": Value("int32"), "thought": Value("string"), "tool": Value("string"),
            "args": Value("string"), "reply": Value("string"), "parse_error": Value("string"),
            "tool_error": Value("bool"), "observation": Value("string"),
            "verus_status": Value("string"), "verus_verified": Value("int32"),
            "verus_errors": Value("int32"), "verus_output": Value("string"), "diff": Value("string"),
            "policy_s": Value("float64"), "tool_s": Value("float64"), "reward": Value("float64")}
    return Features({
        "episode_id": Value("string"), "run": Value("string"), "row_id": Value("string"),
        "task": Value("string"), "config": Value("string"), "split": Value("string"),
        "model": Value("string"), "memory": Value("bool"), "episode_index": Value("int32"),
        "lessons_used": List(Value("string")), "lessons_written": List(Value("string")),
        "stop_reason": Value("string"), "final_status": Value("string"), "verified": Value("bool"),
        "n_steps": Value("int32"), "verus_calls": Value("int32"), "wall_s": Value("float64"),
        "verifier": Value("string"), "verifier_is_test_double": Value("bool"),
        "final_candidate": Value("string"), "steps": List(step), "rewards": List(Value("float64")),
        "return": Value("float64"), "reward_weights": Value("string"),
        "traces_version": Value("string"), "source": Value("string")})


FIELD_DOCS = {
    "episode_id": "unique id of the episode", "row_id": "id of the task row (same ids as the task configs)",
    "model": "policy that acted", "memory": "reflection memory on", "lessons_used": "lessons retrieved into the prompt",
    "lessons_written": "lessons the reflection step stored", "final_status": "Verus status of the final candidate (unchecked: never verified)",
    "steps": "thought, tool, args (JSON), reply, observation, Verus status/counts/output (JSON), diff, timing, reward",
    "rewards": "per-step post-hoc rewards under reward_weights", "return": "sum of rewards",
    "verifier": "`verus --version --output-json` identity of the verifier used",
    "verifier_is_test_double": "true only for test builds; such rows are not Verus results",
}


def to_row(ep: dict[str, Any], source: str, w: RewardWeights) -> dict[str, Any]:
    rewards = step_rewards(ep["steps"], w)
    steps = []
    for s, r in zip(ep["steps"], rewards):
        v = s.get("verus") or {}
        steps.append({"step": s["step"], "thought": s.get("thought", ""), "tool": s.get("tool", ""),
                      "args": s.get("args", "{}"), "reply": s.get("reply", ""),
                      "parse_error": s.get("parse_error", ""), "tool_error": bool(s.get("tool_error")),
                      "observation": s.get("observation", ""), "verus_status": v.get("status", ""),
                      "verus_verified": int(v.get("verified", 0) or 0), "verus_errors": int(v.get("errors", 0) or 0),
                      "verus_output": json.dumps({k: v[k] for k in ("diagnostics", "stderr_tail", "notes", "wall_s", "cache_key") if k in v}) if v else "",
                      "diff": s.get("diff", ""), "policy_s": float(s.get("policy_s", 0.0)),
                      "tool_s": float(s.get("tool_s", 0.0)), "reward": r})
    return {"episode_id": ep["episode_id"], "run": ep.get("run", ""), "row_id": ep["row_id"],
            "task": ep.get("task", ""), "config": ep.get("config", ""), "split": ep.get("split", ""),
            "model": ep.get("model", ""), "memory": bool(ep.get("memory")),
            "episode_index": int(ep.get("episode_index", 0)),
            "lessons_used": list(ep.get("lessons_used", [])),
            "lessons_written": [x["text"] if isinstance(x, dict) else x for x in ep.get("lessons_written", [])],
            "stop_reason": ep.get("stop_reason", ""), "final_status": ep.get("final_status", ""),
            "verified": ep.get("final_status") == C.STATUS_VERIFIED, "n_steps": len(steps),
            "verus_calls": int(ep.get("verus_calls", 0)), "wall_s": float(ep.get("wall_s", 0.0)),
            "verifier": json.dumps(ep.get("verifier", {}), sort_keys=True),
            "verifier_is_test_double": is_test_double(ep.get("verifier") or {}),
            "final_candidate": ep.get("final_candidate", ""), "steps": steps, "rewards": rewards,
            "return": round(sum(rewards), 6), "reward_weights": json.dumps(asdict(w)),
            "traces_version": TRACES_VERSION, "source": Path(source).name}


def build_traces(run_dirs: Iterable[str | Path], out: str | Path, weights: RewardWeights | None = None,
                 allow_test_double: bool = False) -> dict[str, Any]:
    """Write data/traces/train-00000-of-00001.parquet and README.md under `out`."""
    import yaml
    from datasets import Dataset

    w = weights or RewardWeights()
    eps = read_episodes(run_dirs)
    doubles = sorted({s for ep, s in eps if is_test_double(ep.get("verifier") or {})})
    if doubles and not allow_test_double:
        raise DoubleTracesRefused(
            f"{len(doubles)} run(s) used the test double, not Verus: {', '.join(doubles[:5])}. The traces "
            "config is built from real Verus runs only (pass the test flag only in tests)")
    unknown = sorted({s for ep, s in eps if not ep.get("verifier")})
    if unknown:
        raise ValueError(f"episodes without a verifier identity in {', '.join(unknown[:5])}: "
                         "rerun them with `verusbench agent run`")
    rows = [to_row(ep, s, w) for ep, s in eps]
    outp = Path(out)
    (outp / "data" / CONFIG).mkdir(parents=True, exist_ok=True)
    for old in (outp / "data" / CONFIG).glob("*.parquet"):
        old.unlink()
    Dataset.from_list(rows, features=_features()).to_parquet(
        str(outp / "data" / CONFIG / "train-00000-of-00001.parquet"))
    ids = sorted({r["verifier"] for r in rows})
    header = {"pretty_name": "verusbench RL traces", "license": "mit", "tags": ["verus", "rl", "agent", "traces"],
              "traces_version": TRACES_VERSION, "test_double": bool(doubles),
              "configs": [{"config_name": CONFIG, "data_files": [
                  {"split": "train", "path": f"data/{CONFIG}/train-*.parquet"}]}]}
    schema = "\n".join(f"| `{k}` | {v.dtype if hasattr(v, 'dtype') else 'list'} | {FIELD_DOCS.get(k, '')} |"
                       for k, v in _features().items())
    by = {}
    for r in rows:
        by.setdefault((r["run"], r["memory"]), []).append(r["verified"])
    table = "\n".join(f"| {run} | {mem} | {len(v)} | {sum(v)} |" for (run, mem), v in sorted(by.items()))
    warn = ("\n**These traces come from the test double (tests/fake_verus), not Verus: they are test "
            "data, not results.**\n" if doubles else "")
    card = (f"---\n{yaml.safe_dump(header, sort_keys=False)}---\n\n# verusbench RL traces (v{TRACES_VERSION})\n{warn}\n"
            "Multi-step agent episodes (`verusbench agent run`) on the task rows: every step's thought, "
            "tool call, observation (Verus output included), code diff and timing, with post-hoc dense "
            f"rewards under the weights `{json.dumps(asdict(w))}` (recompute with other weights from the "
            "logged Verus results: `verusbench agent traces --reward-*`).\n\n"
            "```python\nfrom datasets import load_dataset\nds = load_dataset(PATH, \"traces\", split=\"train\")\n```\n\n"
            "## Verifiers\n\n" + "\n".join(f"- {describe_identity(json.loads(i))}" for i in ids) +
            "\n\n## Episodes\n\n| run | memory | episodes | final verified |\n|---|---|---|---|\n" + table +
            "\n\n## Schema\n\n| field | type | meaning |\n|---|---|---|\n" + schema + "\n")
    (outp / "README.md").write_text(card, encoding="utf-8")
    return {"episodes": len(rows), "runs": len({s for _, s in eps}), "test_double": bool(doubles),
            "out": str(outp)}
