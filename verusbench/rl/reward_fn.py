"""The GRPO reward for TRL: `VerusReward(rows, backend)(prompts, completions, id=[...]) -> list[float]`.

One call verifies the whole batch in one backend call (pool + cache, or the HTTP server),
plus one baseline run per new row whose start code is a complete file (cached after that).
It never raises: an empty, binary or enormous completion, an unknown row, a hanging Verus
(its job's timeout) or a dead backend each become a penalty, and the batch goes on.
Each call appends one line of figures to `events_path` (wait time, statuses, cheats by rule).
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any, Mapping, Sequence

from ..records import TaskRow
from ..train.generate import extract_prediction
from ..verifier import describe_identity, is_test_double
from .reward import RewardConfig, shaped_reward
from .transition import STATUS_INPUT_ERROR, Outcome, evaluate, start_code, start_is_verifiable


def completion_text(c: Any) -> Any:
    """The assistant text of a TRL completion (conversational list of messages, or a string)."""
    if isinstance(c, list):
        parts = [m.get("content", "") for m in c if isinstance(m, dict) and m.get("role", "assistant") == "assistant"]
        return "".join(p for p in parts if isinstance(p, str))
    if isinstance(c, dict):
        return c.get("content", "")
    return c


class VerusReward:
    """Callable reward for `trl.GRPOTrainer(reward_funcs=[VerusReward(...)])`."""

    def __init__(self, rows: Mapping[str, TaskRow | dict], backend, config: RewardConfig | None = None,
                 *, rlimit: float = 10.0, timeout_s: float = 60.0, seed: int = 0,
                 events_path: str | Path | None = None, baselines: bool = True,
                 id_column: str = "id"):
        self.__name__ = "verus_reward"   # TRL names the reward's log columns after it
        self.rows = {k: (v if isinstance(v, TaskRow) else TaskRow.from_dict(v)) for k, v in rows.items()}
        self.backend = backend
        self.config = (config or RewardConfig()).validate()
        self.rlimit, self.timeout_s, self.seed = rlimit, timeout_s, seed
        self.events_path = Path(events_path) if events_path else None
        self.use_baselines, self.id_column = baselines, id_column
        self._baselines: dict[str, int | None] = {}
        self._starts: dict[str, str] = {}
        self._lock = threading.Lock()
        self.calls = 0
        self.totals: Counter[str] = Counter()
        self.rules: Counter[str] = Counter()
        self.wait_s = 0.0

    @property
    def identity(self) -> dict:
        try:
            return self.backend.identity
        except Exception:
            return {}

    def _start(self, rid: str) -> str:
        if rid not in self._starts:
            try:
                self._starts[rid] = start_code(self.rows[rid])
            except Exception:
                self._starts[rid] = self.rows[rid].context
        return self._starts[rid]

    def _fill_baselines(self, ids: Sequence[str]) -> None:
        new = [r for r in dict.fromkeys(ids) if r in self.rows and r not in self._baselines]
        todo = []
        for rid in new:
            self._baselines[rid] = None
            if self.use_baselines and start_is_verifiable(self.rows[rid]):
                todo.append(rid)
        if not todo:
            return
        # the start code is the task's own file, scored as a whole-file candidate
        outs = evaluate(self.backend, [(self.rows[r], self._start(r)) for r in todo], rlimit=self.rlimit,
                        seed=self.seed, timeout_s=self.timeout_s, names=[f"{r}-baseline.rs" for r in todo])
        for rid, o in zip(todo, outs):
            self._baselines[rid] = o.failing_queries if o.status == "failed" else None

    def outcomes(self, completions: Sequence[Any], ids: Sequence[str]) -> list[Outcome]:
        """Outcomes of a batch (the reward's inputs), without the bookkeeping."""
        items, where, outs = [], [], [None] * len(completions)
        for i, (c, rid) in enumerate(zip(completions, ids)):
            row = self.rows.get(rid)
            if row is None:
                outs[i] = Outcome(STATUS_INPUT_ERROR, message=f"unknown row id {rid!r}: not in the reward's rows")
                continue
            text = completion_text(c)
            pred = extract_prediction(text) if isinstance(text, str) else text
            items.append((row, pred))
            where.append(i)
        starts = [self._start(row.id) for row, _ in items]
        names = [f"{row.id}-g{i}.rs" for i, (row, _) in zip(where, items)]
        for i, o in zip(where, evaluate(self.backend, items, rlimit=self.rlimit, seed=self.seed,
                                        timeout_s=self.timeout_s, starts=starts, names=names)):
            outs[i] = o
        return outs

    def __call__(self, prompts: Sequence[Any] | None = None, completions: Sequence[Any] = (), **kw) -> list[float]:
        t0 = time.perf_counter()
        completions = list(completions or [])
        try:
            ids = list(kw.get(self.id_column) or [])
            if len(ids) != len(completions):
                ids = (ids + [""] * len(completions))[:len(completions)]
            with self._lock:
                try:
                    self._fill_baselines(ids)
                except Exception:   # a baseline is a refinement; the rewards go on without it
                    pass
                outs = self.outcomes(completions, ids)
                rewards = [float(shaped_reward(o, self._baselines.get(rid), self.config))
                           for o, rid in zip(outs, ids)]
                self._record(outs, rewards, time.perf_counter() - t0, kw)
            return rewards
        except Exception as e:   # never raise into the trainer: the whole batch is a crash
            print(f"warning: verus_reward failed on a batch ({type(e).__name__}: {e}); penalised",
                  flush=True)
            return [-self.config.crash_penalty] * len(completions)

    def _record(self, outs: list[Outcome], rewards: list[float], wait: float, kw: dict) -> None:
        self.calls += 1
        self.wait_s += wait
        statuses = Counter(o.status for o in outs)
        rules = Counter(v["rule"] for o in outs for v in o.violations)
        self.totals.update(statuses)
        self.rules.update(rules)
        n = max(1, len(outs))
        log_metric = kw.get("log_metric")
        if callable(log_metric):
            log_metric("verus/wait_s", wait)
            log_metric("verus/verified_frac", statuses.get("verified", 0) / n)
            log_metric("verus/cheat_frac", statuses.get("integrity_rejected", 0) / n)
        state = kw.get("trainer_state")
        if self.events_path:
            ident = self.identity
            ev = {"call": self.calls, "step": getattr(state, "global_step", None), "n": len(outs),
                  "wait_s": round(wait, 4), "mean_reward": sum(rewards) / n, "statuses": dict(statuses),
                  "verified": statuses.get("verified", 0), "cheat_rules": dict(rules),
                  "cached": sum(o.cached for o in outs), "verifier_is_test_double": is_test_double(ident),
                  "verifier": describe_identity(ident) if ident else "unknown", "time": time.time()}
            self.events_path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.events_path, "a", encoding="utf-8") as f:
                f.write(json.dumps(ev) + "\n")
