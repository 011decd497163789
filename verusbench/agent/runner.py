"""A run: N rows of one config/split, one episode each, traces to `out/episodes.jsonl`,
lessons to `out/memory.sqlite` (or a shared file), a summary with seconds per episode."""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..records import TaskRow
from ..train.data import load_split
from ..verifier import ResultCache, describe_identity
from ..verifier.binary import VerusBinary
from .loop import LoopConfig, run_episode
from .memory import Memory
from .policy import Policy
from .tools import EpisodeState, ExampleIndex


@dataclass
class RunArgs:
    data: str
    config: str
    split: str
    out: str
    rows: int | None = None
    memory: bool = True
    memory_path: str | None = None       # default: out/memory.sqlite
    examples_split: str = "train"
    rlimit: float = 10.0
    cache: str | None = None
    name: str = ""


def _rows(ds, n: int | None) -> list[dict[str, Any]]:
    n = len(ds) if n is None else min(n, len(ds))
    return [ds[i] for i in range(n)]


def run_agent(args: RunArgs, policy: Policy, verus: VerusBinary, cfg: LoopConfig,
              log=print) -> dict[str, Any]:
    if (Path(args.data).is_absolute() or args.data.startswith(".")) and not Path(args.data).exists():
        raise FileNotFoundError(f"--data {args.data}: no such build folder (make one with "
                                "`verusbench build --corpus demo --out DIR`)")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    rows = _rows(load_split(args.data, args.config, args.split), args.rows)
    examples = ExampleIndex(_rows(load_split(args.data, args.config, args.examples_split), None))
    memory = Memory(args.memory_path or out / "memory.sqlite") if args.memory else None
    cache = ResultCache(args.cache) if args.cache else None
    meta = {"run": args.name or out.name, "config": args.config, "split": args.split}
    counts: dict[str, int] = {}
    times: list[float] = []
    t0 = time.perf_counter()
    with open(out / "episodes.jsonl", "a", encoding="utf-8") as f:
        for k, d in enumerate(rows):
            try:
                row = TaskRow.from_dict(d)
                st = EpisodeState(row=row, verus=verus, examples=examples, cache=cache,
                                  rlimit=args.rlimit)
                rec = run_episode(row, policy, st, cfg, memory, meta | {"episode_index": k})
            except Exception as e:  # one bad row never ends the run
                log(f"error: row {d.get('id', k)}: {type(e).__name__}: {e}")
                counts["error"] = counts.get("error", 0) + 1
                continue
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            f.flush()
            counts[rec["final_status"]] = counts.get(rec["final_status"], 0) + 1
            times.append(rec["wall_s"])
            log(f"[{k + 1}/{len(rows)}] {row.id}: {rec['final_status']} in {len(rec['steps'])} steps, "
                f"{rec['wall_s']:.1f}s")
    summary = {"run": meta["run"], "args": asdict(args), "loop": asdict(cfg), "policy": policy.name,
               "verifier": describe_identity(verus.identity),
               "verifier_is_test_double": verus.is_test_double, "episodes": len(times),
               "statuses": counts, "seconds_per_episode": round(sum(times) / len(times), 3) if times else None,
               "wall_s": round(time.perf_counter() - t0, 3),
               "lessons_stored": len(memory) if memory is not None else 0}
    if verus.is_test_double:
        summary["note"] = "verifier is the test double: statuses are not a pass rate"
    (out / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    if memory is not None:
        memory.close()
    return summary
