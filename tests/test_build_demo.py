"""The demo build end to end: reassembly on every row, load_dataset on every config, no
cross-split near duplicates (recomputed here with our own shingling and exact Jaccard)."""

from __future__ import annotations

import json
import re
from itertools import product
from pathlib import Path

import pytest

from verusbench import constants as C
from verusbench.build import BuildOptions, build, write

HOLE_TASKS = (C.TASK_SPEC, C.TASK_CODE, C.TASK_PROOF)


@pytest.fixture(scope="module")
def demo_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo_build")
    opts = BuildOptions(corpus="demo", out=str(out), progress=False)
    res = build(opts)
    write(res, opts)
    return out, res


def all_rows(res):
    for cfg, splits in res.data.items():
        for split, rows in splits.items():
            for r in rows:
                yield cfg, split, r


def test_every_split_of_the_unit_tasks_is_nonempty(demo_build):
    _, res = demo_build
    for cfg in HOLE_TASKS + (C.TASK_REPAIR_SYNTHETIC,):
        for split in C.SPLITS:
            assert res.data[cfg][split], (cfg, split)


def test_reassembly_on_every_row(demo_build):
    _, res = demo_build
    n = 0
    for cfg, _, r in all_rows(res):
        assert r["task"] == cfg
        if cfg in HOLE_TASKS:
            assert r["context"].count(C.HOLE) == 1, r["id"]
            assert r["context"].replace(C.HOLE, r["target"], 1) == r["reference_file"], r["id"]
            n += 1
        else:
            assert C.HOLE not in r["context"]
            assert r["target"] == r["reference_file"] and r["context"] != r["target"]
        # the answer is exactly the target in one rust fence, and the chat form agrees
        assert r["completion"] == "```rust\n" + r["target"] + "\n```"
        assert [m["role"] for m in r["messages"]] == ["system", "user", "assistant"]
        assert r["messages"][1]["content"] == r["prompt"]
        assert r["messages"][2]["content"] == r["completion"]
        assert r["context"] in r["prompt"]
    assert n > 100


def test_variants_and_shapes(demo_build):
    _, res = demo_build
    variants = {r["metadata"]["variant"] for r in res.data[C.TASK_SPEC]["train"]
                + res.data[C.TASK_SPEC]["test"] + res.data[C.TASK_SPEC]["validation"]}
    assert variants == {"ensures_only", "full"}
    for _, _, r in all_rows(res):
        md = r["metadata"]
        if r["task"] == C.TASK_SPEC and md["variant"] == "ensures_only":
            assert r["target"].startswith("ensures")
        if r["task"] == C.TASK_CODE:
            assert r["target"].startswith("{") and r["target"].endswith("}")
        if r["task"] in (C.TASK_PROOF,) or md["variant"] == "full":
            assert re.match(r"(pub(\([^)]*\))?\s+)?((open|closed|proof|exec|const|unsafe)\s+)*fn\s", r["target"]), r["target"][:80]
        assert md["verified"] == C.VERIFIED_UNCHECKED and md["role"] == C.ROLE_DEMO
        assert md["cluster_id"] and md["target_fn"] and md["license"]


def test_ids_are_unique_and_stable(demo_build, tmp_path):
    _, res = demo_build
    ids = [r["id"] for _, _, r in all_rows(res)]
    assert len(ids) == len(set(ids))
    again = build(BuildOptions(corpus="demo", out=str(tmp_path), progress=False))
    assert sorted(r["id"] for _, _, r in all_rows(again)) == sorted(ids)


def test_synthetic_repair_has_empty_error_fields_without_verus(demo_build):
    _, res = demo_build
    rows = [r for _, _, r in all_rows(res) if r["task"] == C.TASK_REPAIR_SYNTHETIC]
    assert rows
    kinds = set()
    for r in rows:
        md = r["metadata"]
        assert md["error_text"] == md["error_message"] == md["error_category"] == ""
        assert "Verus reported" not in r["prompt"]
        kinds.add(md["variant"])
    assert {"drop_invariant", "delete_assert"} <= kinds


def test_load_dataset_every_config(demo_build):
    datasets = pytest.importorskip("datasets")
    out, res = demo_build
    card = (out / "README.md").read_text()
    configs = [c for c in res.data if any(res.data[c].values())]
    assert configs
    for cfg in configs:
        assert f"config_name: {cfg}" in card
        for split in C.SPLITS:
            if not res.data[cfg][split]:
                continue
            ds = datasets.load_dataset(str(out), cfg, split=split)
            assert len(ds) == len(res.data[cfg][split])
            assert set(ds[0]) >= {"id", "task", "context", "target", "reference_file", "prompt",
                                  "completion", "messages", "metadata"}
    report = json.loads((out / "BUILD_REPORT.json").read_text())
    assert report["units"] == res.report["units"] > 0


# --- independent leakage check -------------------------------------------------------------

_TOK = re.compile(r"\w+|[^\w\s]")
_CMT = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)


def shingles(text: str, n: int = 5) -> frozenset:
    toks = _TOK.findall(_CMT.sub(" ", text))
    if len(toks) < n:
        return frozenset([tuple(toks)])
    return frozenset(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def cross_split_pairs(rows_by_split: dict[str, list[dict]], key: str, threshold: float = 0.8,
                      min_tokens: int = 0) -> list[tuple]:
    """Pairs of distinct texts from different splits with Jaccard >= threshold."""
    texts = {s: {r[key] for r in rows} for s, rows in rows_by_split.items()}
    sh = {s: [(t, shingles(t)) for t in ts if len(_TOK.findall(_CMT.sub(" ", t))) >= min_tokens]
          for s, ts in texts.items()}
    bad = []
    splits = list(sh)
    for i, a in enumerate(splits):
        for b in splits[i + 1:]:
            for (ta, sa), (tb, sb) in product(sh[a], sh[b]):
                if jaccard(sa, sb) >= threshold:
                    bad.append((a, b, ta[:60], tb[:60]))
    return bad


def test_no_cross_split_near_duplicates(demo_build):
    _, res = demo_build
    by_split: dict[str, list[dict]] = {s: [] for s in C.SPLITS}
    for _, s, r in all_rows(res):
        by_split[s].append(r)
    assert cross_split_pairs(by_split, "reference_file") == []
    hole_rows = {s: [r for r in rows if r["task"] in HOLE_TASKS] for s, rows in by_split.items()}
    assert cross_split_pairs(hole_rows, "target", min_tokens=30) == []


def test_cross_split_check_detects_planted_duplicate():
    """The checker itself can fail: a near-copy across splits is reported."""
    a = "fn f(x: u32) -> u32 requires x < 10 ensures r == x + 1 { let y = x + 1; y }" * 3
    b = a.replace("let y", "let  y") + " // comment"
    rows = {"train": [{"reference_file": a}], "test": [{"reference_file": b}]}
    assert cross_split_pairs(rows, "reference_file")


def test_real_build_sample_has_no_cross_split_near_duplicates(tmp_path):
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    if not (corpus / "MANIFEST.json").exists():
        pytest.skip("shared corpus not present")
    # a small real build over the held-out sources and two training sources
    opts = BuildOptions(corpus=str(corpus), out=str(tmp_path), progress=False, limit=25,
                        sources=["verus-bench", "human-eval-verus", "verified-ironkv",
                                 "verified-node-replication", "vericoding", "verus"],
                        configs=(C.TASK_SPEC, C.TASK_CODE, C.TASK_PROOF))
    res = build(opts)
    by_split: dict[str, list[dict]] = {s: [] for s in C.SPLITS}
    for _, s, r in all_rows(res):
        by_split[s].append(r)
    assert by_split["train"] and by_split["test"]
    assert cross_split_pairs(by_split, "reference_file") == []
    assert cross_split_pairs(by_split, "target", min_tokens=30) == []


def test_build_report_on_disk_has_peak_rss_and_stage_timings(demo_build):
    out, _ = demo_build
    rep = json.loads((out / "BUILD_REPORT.json").read_text())
    assert rep["peak_rss_mb"] > 10           # a Python process with pyarrow loaded
    t = rep["timings_s"]
    from verusbench.pipeline import STAGES
    for stage in (*(s.name for s in STAGES), "write"):
        assert stage in t and t[stage] >= 0
