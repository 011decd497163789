"""Repair (C) gets a validation split: a stable-hash share of repair-only train clusters moves
whole into validation, even when held-out sources decide the other splits."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from test_build_demo import cross_split_pairs
from test_build_inputs import GOOD

from verusbench import constants as C
from verusbench.build import BuildOptions, build
from verusbench.split import SplitPlan, repair_validation

N_CHAINS = 40


def _program(i: int) -> str:
    # every chain repairs a different program: distinct identifiers keep clusters apart
    lets = "\n".join(f"    let v{i}_{k} = x_{i} / {i * 7 + k + 3};" for k in range(6))
    return (f"use vstd::prelude::*;\nverus! {{\nfn prog_{i}(x_{i}: u32) -> (r_{i}: u32)\n"
            f"    requires x_{i} > {i},\n    ensures r_{i} > 0,\n{{\n{lets}\n    %s\n}}\n}} // verus!\n")


def _trace(prog: str, body: str, verdict: str, err: str = "") -> str:
    return (prog % body) + "\n\n" + (f"// {err}\n" if err else "") + "\n" + verdict + "\n// Safe: True\n"


FAIL = "// Compilation Error: False, Verified: 1, Errors: 1, Verus Errors: 1"
OK = "// Compilation Error: False, Verified: 2, Errors: 0, Verus Errors: 0"


def _corpus(root: Path) -> Path:
    root.mkdir(parents=True)
    recs: dict[str, list[dict]] = {"autoverus-traces": [], "verified-ironkv": [],
                                   "verified-node-replication": []}
    for i in range(N_CHAINS):
        prog = _program(i)
        ch = f"generated/autoverus/run/intermediate-{i}-p{i}"
        for path, text in ((f"{ch}/before-repair.rs", _trace(prog, f"assert(x_{i} > 1); x_{i}", FAIL,
                                                              "assertion failed")),
                           (f"{ch}/repair/repair-1-0-AssertFail.rs", _trace(prog, f"x_{i}", OK))):
            recs["autoverus-traces"].append({"path": path, "role": C.ROLE_REPAIR_CHAIN, "text": text})
    # held-out sources present: test and validation are decided by sources, not by hash
    recs["verified-ironkv"].append({"path": "src/ironkv.rs", "role": C.ROLE_PROJECT,
                                    "text": GOOD.replace("add_one", "kv_add_one")})
    recs["verified-node-replication"].append({"path": "src/nr.rs", "role": C.ROLE_PROJECT,
                                              "text": GOOD.replace("count_to", "nr_count_to")})
    manifest = []
    for src, rs in recs.items():
        with gzip.open(root / f"{src}.jsonl.gz", "wt") as fh:
            for r in rs:
                fh.write(json.dumps({"source": src, "repo": "example/x", "commit": "0" * 40,
                                     "license": "MIT", **r}) + "\n")
        manifest.append({"source": src, "repo": "example/x", "commit": "0" * 40, "commit_date": "",
                         "license": "MIT", "files": len(rs), "bytes": 0})
    (root / "MANIFEST.json").write_text(json.dumps({"sources": manifest}))
    return root


def test_repair_gets_validation_with_whole_clusters(tmp_path):
    corpus = _corpus(tmp_path / "c")
    res = build(BuildOptions(corpus=str(corpus), out=str(tmp_path / "o"), progress=False))
    assert res.report["split_mode"] == {"test": "sources", "validation": "sources"}
    rep = res.data[C.TASK_REPAIR]
    n = {s: len(v) for s, v in rep.items()}
    assert sum(n.values()) == N_CHAINS
    assert 0 < n["validation"] <= N_CHAINS * 0.3, n
    assert n["train"] > n["validation"]
    assert res.report["repair_clusters_moved_to_validation"] == n["validation"]
    # no cluster spans two splits, in any config
    where: dict[str, set[str]] = {}
    for splits in res.data.values():
        for s, rows in splits.items():
            for r in rows:
                where.setdefault(r["metadata"]["cluster_id"], set()).add(s)
    assert all(len(v) == 1 for v in where.values())
    by_split = {s: [r for splits in res.data.values() for r in splits[s]] for s in C.SPLITS}
    assert cross_split_pairs(by_split, "reference_file") == []
    assert cross_split_pairs(by_split, "target", min_tokens=30) == []
    # stable: a second build puts the same rows in validation
    res2 = build(BuildOptions(corpus=str(corpus), out=str(tmp_path / "o2"), progress=False,
                              configs=(C.TASK_REPAIR,)))
    assert {r["id"] for r in res2.data[C.TASK_REPAIR]["validation"]} == {r["id"] for r in rep["validation"]}


def test_repair_validation_moves_only_repair_only_train_clusters():
    cs = {f"c{i}": "train" for i in range(2000)}
    cs.update({"t1": "test", "v1": "validation"})
    p = SplitPlan(dict(cs))
    repair_only = {f"c{i}" for i in range(1000)} | {"t1", "v1"}
    moved = repair_validation(p, repair_only)
    assert 0.09 * 1000 <= len(moved) <= 0.15 * 1000
    assert set(moved) <= {f"c{i}" for i in range(1000)}
    assert p.cluster_split["t1"] == "test" and p.cluster_split["v1"] == "validation"
    assert all(p.cluster_split[f"c{i}"] == "train" for i in range(1000, 2000))
    # per-cluster decision: a subset of the clusters gives the same verdicts on that subset
    p2 = SplitPlan(dict(cs))
    sub = {f"c{i}" for i in range(500)}
    assert set(repair_validation(p2, sub)) == set(moved) & sub
