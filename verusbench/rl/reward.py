"""The shaped reward of one outcome: documented, configurable, and a pure function of the
outcome (so deterministic given the result cache: a cached result replays its reward).

    verified            +1                                       - edit
    failed              partial_weight * removed                 - edit
    compile_error       -compile_penalty                         - edit
    timeout             -timeout_penalty                         - edit
    crashed             -crash_penalty                           - edit
    input_error         -input_penalty   (empty, binary, enormous, patch that does not apply)
    integrity_rejected  -integrity_penalty                       - edit   (a cheat attempt)

`removed` is the fraction of the baseline's failing queries (Verus error diagnostics of the
start code: the broken file for repair, the proof-stripped file for proof completion) that
the candidate no longer fails, in [0, 1]; with no baseline (hole tasks) it is 0.
`edit = edit_weight * min(1, edit_tokens / edit_scale)`, tokens changed from the start code.

`RewardConfig.validate` enforces, for every allowed config, that shaping cannot reorder
what matters: every verifying answer outscores every non-verifying one
(`partial_weight + edit_weight < 1`), and every cheat scores below every honest answer
(`integrity_penalty > max(other penalties) + edit_weight`). Timeouts and crashes depend on
the machine's load and are not cached, so their reward is not replayed from the cache.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from .. import constants as C
from .transition import STATUS_INPUT_ERROR, Outcome

#: field -> (lowest, highest) allowed value, inclusive
RANGES: dict[str, tuple[float, float]] = {
    "partial_weight": (0.0, 0.9),
    "compile_penalty": (0.0, 1.0),
    "timeout_penalty": (0.0, 1.0),
    "crash_penalty": (0.0, 1.0),
    "input_penalty": (0.0, 1.0),
    "integrity_penalty": (0.0, 3.0),
    "edit_weight": (0.0, 0.2),
    "edit_scale": (1.0, 1e6),
}


class RewardConfigError(ValueError):
    """A reward config outside the allowed range, or one that would let shaping reorder outcomes."""


@dataclass(frozen=True)
class RewardConfig:
    partial_weight: float = 0.5
    compile_penalty: float = 0.5
    timeout_penalty: float = 0.3
    crash_penalty: float = 0.2
    input_penalty: float = 0.5
    integrity_penalty: float = 1.5
    edit_weight: float = 0.05
    edit_scale: float = 400.0

    def validate(self) -> "RewardConfig":
        """Raise RewardConfigError naming the field and the rule; return self when valid."""
        for f in fields(self):
            v = getattr(self, f.name)
            lo, hi = RANGES[f.name]
            if not isinstance(v, (int, float)) or isinstance(v, bool) or v != v or not lo <= v <= hi:
                raise RewardConfigError(f"reward config: {f.name}={v!r} is outside [{lo}, {hi}]")
        if self.partial_weight + self.edit_weight >= 1.0:
            raise RewardConfigError(
                f"reward config: partial_weight + edit_weight = {self.partial_weight + self.edit_weight:g} "
                "must be < 1, or a failing answer could outscore a verifying one")
        honest = max(self.compile_penalty, self.timeout_penalty, self.crash_penalty, self.input_penalty)
        if self.integrity_penalty <= honest + self.edit_weight:
            raise RewardConfigError(
                f"reward config: integrity_penalty={self.integrity_penalty:g} must be > the largest "
                f"other penalty ({honest:g}) + edit_weight ({self.edit_weight:g}), or a cheat could "
                "outscore an honest failure")
        return self

    @classmethod
    def from_dict(cls, d: dict) -> "RewardConfig":
        known = {f.name for f in fields(cls)}
        unknown = set(d) - known
        if unknown:
            raise RewardConfigError(f"reward config: unknown fields {sorted(unknown)}; known: {sorted(known)}")
        try:
            return cls(**{k: float(v) for k, v in d.items()}).validate()
        except (TypeError, ValueError) as e:
            if isinstance(e, RewardConfigError):
                raise
            raise RewardConfigError(f"reward config: {e}") from None

    def to_dict(self) -> dict:
        return asdict(self)


def removed_fraction(failing: int, baseline: int | None) -> float:
    """Share of the baseline's failing queries that no longer fail, in [0, 1]."""
    if not baseline or baseline <= 0:
        return 0.0
    return min(1.0, max(0.0, (baseline - failing) / baseline))


def edit_penalty(edit_tokens: int, cfg: RewardConfig) -> float:
    return cfg.edit_weight * min(1.0, max(0, edit_tokens) / cfg.edit_scale)


def shaped_reward(o: Outcome, baseline: int | None = None, cfg: RewardConfig | None = None) -> float:
    """The reward of one outcome under `cfg` (validated); see the module docstring."""
    cfg = (cfg or RewardConfig()).validate()
    s = o.status
    if s == STATUS_INPUT_ERROR:
        return -cfg.input_penalty
    e = edit_penalty(o.edit_tokens, cfg)
    if s == C.STATUS_VERIFIED:
        return 1.0 - e
    if s == C.STATUS_FAILED:
        return cfg.partial_weight * removed_fraction(o.failing_queries, baseline) - e
    if s == C.STATUS_INTEGRITY_REJECTED:
        return -cfg.integrity_penalty - e
    if s == C.STATUS_COMPILE_ERROR:
        return -cfg.compile_penalty - e
    if s == C.STATUS_TIMEOUT:
        return -cfg.timeout_penalty - e
    return -cfg.crash_penalty - e   # crashed, or any status this code does not know
