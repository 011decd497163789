"""A tool-using Verus agent: strict JSON actions, tools over real Verus, reflection memory,
episode traces with post-hoc rewards, and offline RL data (filtered SFT, DPO pairs)."""
