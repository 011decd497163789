"""RL with a Verus reward: an environment, a shaped reward, a GRPO reward function for TRL,
a verification server and its client, and the expert-iteration stages (through the ledger).

    backend = make_backend(verus="path/to/verus", cache="cache.sqlite")   # or verifier_url=...
    env = VerusEnv(backend); obs = env.reset(row); obs, r, done, info = env.step(answer)

Heavy imports (torch, trl) happen only in `verusbench.rl.grpo`.
"""

from .backend import LocalBackend, VerifierBackend, make_backend
from .env import Observation, VerusEnv
from .reward import RewardConfig, RewardConfigError, shaped_reward
from .reward_fn import VerusReward
from .transition import Outcome, apply_patch, evaluate, start_code

__all__ = ["VerifierBackend", "LocalBackend", "make_backend", "VerusEnv", "Observation",
           "RewardConfig", "RewardConfigError", "shaped_reward", "VerusReward", "Outcome",
           "apply_patch", "evaluate", "start_code"]
