"""One result file per submission: verifier identity, flags, dataset version, pass@k per task
with seeded bootstrap CIs, breakdowns by source and error category, integrity rejections by
rule with sample ids. A task with any sample still waiting for Verus carries no figure."""

from __future__ import annotations

import json
import os
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

import numpy as np

from ..scoring.passk import pass_at_k

RESULT_SCHEMA = "verusbench-leaderboard-result/1"
STATUS_SCORED, STATUS_PENDING = "scored", "pending"
STATUS_REJECTED, STATUS_DUPLICATE = "rejected", "duplicate"
LEADERBOARD_KS = (1, 5)


def bootstrap_ci(values: Iterable[float], *, n_boot: int = 1000, seed: int = 0,
                 level: float = 0.95) -> tuple[float, float]:
    """Percentile bootstrap CI of the mean over rows (rows resampled with replacement)."""
    v = np.asarray(list(values), dtype=float)
    if v.size == 0:
        return float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    means = v[rng.integers(0, v.size, size=(n_boot, v.size))].mean(axis=1)
    a = (1.0 - level) / 2
    return float(np.quantile(means, a)), float(np.quantile(means, 1 - a))


def row_counts(results: list[dict]) -> dict[str, tuple[int, int]]:
    """(n samples, c passed) per row of an eval report's `results`."""
    by: dict[str, list[bool]] = defaultdict(list)
    for r in results:
        by[r["row_id"]].append(bool(r["passed"]))
    return {rid: (len(v), sum(v)) for rid, v in by.items()}


def figures(counts: dict[str, tuple[int, int]], ks: Iterable[int], *, n_boot: int = 1000,
            seed: int = 0) -> dict[str, dict]:
    """pass@k with its bootstrap CI for each k every row has samples for."""
    out = {}
    for k in ks:
        if not counts or any(n < k for n, _ in counts.values()):
            continue
        vals = [pass_at_k(n, c, k) for n, c in counts.values()]
        lo, hi = bootstrap_ci(vals, n_boot=n_boot, seed=seed)
        out[f"pass@{k}"] = {"value": float(np.mean(vals)), "ci_low": lo, "ci_high": hi}
    return out


def rejections(results: list[dict]) -> dict[str, dict]:
    """Integrity rejections by rule: count and the sample ids (row_id#sample)."""
    out: dict[str, dict] = {}
    for r in results:
        for v in r.get("violations") or []:
            e = out.setdefault(v["rule"], {"count": 0, "samples": []})
            e["count"] += 1
            sid = f"{r['row_id']}#{r['index']}"
            if sid not in e["samples"]:
                e["samples"].append(sid)
    return dict(sorted(out.items(), key=lambda kv: -kv[1]["count"]))


def task_result(report: dict, *, k: int, n_boot: int = 1000, seed: int = 0) -> dict:
    """The leaderboard view of one config's eval report."""
    pend = report.get("pending") or {}
    # a pending spec-grading query holds back spec_equivalent@k only (the report omits it)
    waiting = bool(pend.get("samples"))
    out: dict[str, Any] = {
        "status": STATUS_PENDING if waiting else STATUS_SCORED,
        "pending": {key: pend.get(key, 0) for key in ("rows", "samples", "files", "spec_grading")},
        "samples_total": len(report.get("results", [])),
        "integrity_rejections": rejections(report.get("results", [])),
        "input_errors": len(report.get("errors", [])),
        "statuses": report.get("statuses", {}),
    }
    if waiting:   # a figure over the answered rows only would be another benchmark's number
        return out
    ks = sorted({kk for kk in (*LEADERBOARD_KS, k) if kk <= k})
    counts = row_counts(report.get("results", []))
    out.update({
        "rows": len(counts), "samples": sum(n for n, _ in counts.values()),
        "pass_at_k": figures(counts, ks, n_boot=n_boot, seed=seed),
        "spec_equivalent_at_k": report.get("spec_equivalent_at_k", {}),
        "spec_equivalent_pending": bool(pend.get("spec_grading")),
        "by_source": {s: {kk: v for kk, v in g.items() if kk.startswith("pass@") or kk == "rows"}
                      for s, g in report.get("by_source", {}).items()},
        "by_category": report.get("by_category", {}),
        "failures_by_category": report.get("failures_by_category", {}),
    })
    return out


def base_result(manifest: dict, sid: str, *, dataset_version: str, status: str, **extra) -> dict:
    meta = {key: manifest.get(key) for key in ("model_name", "base_model", "parameters",
                                               "weights_url", "decoding", "submitted_at")}
    return {"schema": RESULT_SCHEMA, "submission_id": sid, "status": status,
            "baseline": bool(manifest.get("baseline")), "model": meta,
            "predictions_sha256": manifest.get("predictions_sha256"),
            "dataset_version": dataset_version,
            "claimed_ignored": manifest.get("claimed") is not None,
            "verifier": {}, "verifier_description": "", "verifier_is_test_double": False,
            "flags": [], "tasks": {}, "problems": [], **extra}


def write_result(result: dict, results_dir: str | os.PathLike) -> Path:
    p = Path(results_dir) / f"{result['submission_id']}.json"
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(json.dumps(result, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    return p


def load_results(results_dir: str | os.PathLike) -> list[dict]:
    """Every result file of a folder (unreadable ones skipped with a note in `problems`)."""
    out = []
    for p in sorted(Path(results_dir).glob("*.json")):
        try:
            r = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            continue
        if isinstance(r, dict) and r.get("schema") == RESULT_SCHEMA:
            out.append(r)
    return out
