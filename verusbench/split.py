"""Leakage-free splits: held-out groups decide, clusters never cross.

- test: held-out benchmark material (human-eval-verus, Verus-Bench) plus one whole held-out
  project (verified-ironkv);
- validation: two other held-out projects (verified-node-replication,
  verified-memory-allocator);
- train: the rest, minus every unit whose cluster touches validation or test.

A cluster's split is the most held-out split of any member. A row whose own group is train
but whose cluster is held out is dropped (A, B, P, synthetic C), except real repair rows (C), which are
about the held-out programs themselves and follow their cluster. When a build holds no
held-out source (the demo corpus, `--sources` subsets), clusters are bucketed by a stable
hash so that every split is non-empty.

Repair (C) validation: no repair source is in a held-out group, so real repair rows reach
validation only through their clusters. `repair_validation` therefore moves a stable-hash
share (`REPAIR_VALIDATION_SHARE`, about 12 %, decided per cluster id) of the train clusters
made solely of real repair rows into validation; the whole cluster moves, so no cluster
spans two splits. Clusters that also hold units or synthetic rows are never moved.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from verusbench import constants as C

TEST_SOURCES = ("human-eval-verus", "verus-bench", "verified-ironkv")
VALIDATION_SOURCES = ("verified-node-replication", "verified-memory-allocator")
#: tasks whose rows follow their cluster into a held-out split instead of being dropped
FOLLOW_CLUSTER_TASKS = (C.TASK_REPAIR,)
_RANK = {"train": 0, "validation": 1, "test": 2}
HASH_TEST_SHARE = 0.2
HASH_VALIDATION_SHARE = 0.15
#: share of repair-only train clusters moved to validation (per-cluster stable hash)
REPAIR_VALIDATION_SHARE = 0.12


@dataclass
class SplitPlan:
    cluster_split: dict[str, str]
    mode: dict[str, str] = field(default_factory=dict)   # split -> "sources" | "hash"


def source_group(source: str, test_sources=TEST_SOURCES, validation_sources=VALIDATION_SOURCES) -> str:
    if source in test_sources:
        return "test"
    if source in validation_sources:
        return "validation"
    return "train"


def _h(s: str) -> int:
    return int(hashlib.sha256(s.encode()).hexdigest()[:12], 16)


def plan(members: list[tuple[str, str]], test_sources=TEST_SOURCES,
         validation_sources=VALIDATION_SOURCES) -> SplitPlan:
    """members: (cluster_id, source) of every unit/row. Returns each cluster's split."""
    sources = {s for _, s in members}
    has_test = bool(sources & set(test_sources))
    has_val = bool(sources & set(validation_sources))
    cs: dict[str, str] = {}
    for cid, src in members:
        g = source_group(src, test_sources if has_test else (), validation_sources if has_val else ())
        if _RANK[g] > _RANK[cs.get(cid, "train")]:
            cs[cid] = g
        else:
            cs.setdefault(cid, "train")
    mode = {"test": "sources" if has_test else "hash", "validation": "sources" if has_val else "hash"}
    free = sorted((c for c, s in cs.items() if s == "train"), key=lambda c: (_h(c), c))
    n = len(free)
    take_test = 0 if has_test else max(1, round(n * HASH_TEST_SHARE)) if n >= 3 else 0
    take_val = 0 if has_val else max(1, round(n * HASH_VALIDATION_SHARE)) if n >= 3 else 0
    for c in free[:take_test]:
        cs[c] = "test"
    for c in free[take_test:take_test + take_val]:
        cs[c] = "validation"
    return SplitPlan(cs, mode)


def row_split(p: SplitPlan, cluster_id: str, source: str, task: str) -> str | None:
    """Split of one row, or None when it must be dropped to keep its cluster out of train."""
    cs = p.cluster_split.get(cluster_id, "train")
    if p.mode.get(cs) != "sources":
        return cs          # hash-bucketed (or train): the cluster decides
    own = source_group(source)
    if own == cs or task in FOLLOW_CLUSTER_TASKS:
        return cs
    return None


def repair_validation(p: SplitPlan, repair_only: set[str],
                      share: float = REPAIR_VALIDATION_SHARE) -> list[str]:
    """Move a stable-hash share of the train clusters in `repair_only` (clusters whose every
    member is a real repair row) into validation; returns the clusters moved."""
    moved = []
    for c in sorted(repair_only):
        if p.cluster_split.get(c, "train") != "train":
            continue
        # per-cluster decision: adding or removing other clusters never moves this one
        if _h("repair-validation\x00" + c) % 10_000 < share * 10_000:
            p.cluster_split[c] = "validation"
            moved.append(c)
    return moved

#: rows of the test group whose reference did not verify under the build's ledger (or that
#: the ledger lacks: `unchecked`); the headline `test` split holds only verified references
TEST_UNVERIFIED = "test_unverified"
