"""`VerusEnv`: an episode on one dataset row. `reset(row)` starts from the task's start code;
`step(action)` takes a whole candidate (hole fill / fn / file, as the task defines) or a
search/replace patch on the current code, runs the integrity check and Verus, and returns
(observation, reward, done, info). A patch that does not apply changes nothing and is
penalised as bad input, with the reason in `info["error"]`."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from .. import constants as C
from ..records import TaskRow
from .reward import RewardConfig, shaped_reward
from .transition import (STATUS_INPUT_ERROR, Outcome, PatchError, apply_patch, as_row, evaluate,
                         is_patch, start_code, start_is_verifiable)


@dataclass
class Observation:
    row_id: str
    task: str
    code: str                      # the current code (a whole file, or the context with its hole)
    diagnostics: list[str] = field(default_factory=list)   # compact Verus / integrity messages
    errors: int = 0                # error diagnostics of the last run
    failing_queries: int = 0       # failed verification conditions of the last run
    status: str = "start"          # last outcome's status ("start" before any step)
    steps: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class VerusEnv:
    """A gym-style loop over Verus; `backend` is a LocalBackend or a VerifierClient."""

    def __init__(self, backend, config: RewardConfig | None = None, *, max_steps: int = 4,
                 rlimit: float = 10.0, timeout_s: float = 60.0, seed: int = 0, verify_start: bool = True):
        self.backend = backend
        self.config = (config or RewardConfig()).validate()
        self.max_steps, self.rlimit, self.timeout_s, self.seed = max_steps, rlimit, timeout_s, seed
        self.verify_start = verify_start
        self.row: TaskRow | None = None
        self.obs: Observation | None = None
        self.baseline: int | None = None
        self._start = ""

    def _run(self, candidate: Any) -> Outcome:
        return evaluate(self.backend, [(self.row, candidate)], rlimit=self.rlimit, seed=self.seed,
                        timeout_s=self.timeout_s, starts=[self._start], names=[f"{self.row.id}-env.rs"])[0]

    def reset(self, row: TaskRow | dict) -> Observation:
        """Start an episode; a complete start file is verified once to fix the baseline."""
        self.row = as_row(row)
        self._start = start_code(self.row)
        self.baseline = None
        self.obs = Observation(self.row.id, self.row.task, self._start)
        if self.verify_start and start_is_verifiable(self.row):
            o = self._run(self._start)
            self.obs.diagnostics, self.obs.errors = o.diagnostics, o.errors
            self.obs.failing_queries, self.obs.status = o.failing_queries, f"start:{o.status}"
            self.baseline = o.failing_queries if o.status == C.STATUS_FAILED else None
        return self.obs

    def step(self, action: Any) -> tuple[Observation, float, bool, dict[str, Any]]:
        if self.row is None or self.obs is None:
            raise RuntimeError("VerusEnv.step before reset(row)")
        self.obs.steps += 1
        info: dict[str, Any] = {"kind": "patch" if is_patch(action) else "candidate"}
        candidate = action
        if info["kind"] == "patch":
            try:
                candidate = apply_patch(self.obs.code, action)
            except PatchError as e:
                o = Outcome(STATUS_INPUT_ERROR, message=f"patch does not apply: {e}")
                info.update(error=o.message, outcome=o.to_dict())
                self.obs.status, self.obs.diagnostics = STATUS_INPUT_ERROR, [o.message[:240]]
                done = self.obs.steps >= self.max_steps
                return self.obs, shaped_reward(o, self.baseline, self.config), done, info
        o = self._run(candidate)
        reward = shaped_reward(o, self.baseline, self.config)
        if o.assembled is not None:
            self.obs.code = o.assembled      # a patch applies to what the model last wrote
        self.obs.diagnostics, self.obs.errors = o.diagnostics, o.errors
        self.obs.failing_queries, self.obs.status = o.failing_queries, o.status
        done = o.verified or self.obs.steps >= self.max_steps
        info.update(outcome=o.to_dict(), baseline=self.baseline)
        if o.message and not o.verified:
            info["error"] = o.message
        return self.obs, reward, done, info
