"""Row-level comparison of two build outputs (ids and content hashes per config/split)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path


def read_rows(out: str | Path) -> dict[str, dict[str, list[dict]]]:
    """config -> split -> rows of a build output (its `data/<config>/<split>-*.parquet`)."""
    import pyarrow.parquet as pq
    res: dict[str, dict[str, list[dict]]] = {}
    for f in sorted(Path(out, "data").glob("*/*.parquet")):
        res.setdefault(f.parent.name, {}).setdefault(f.name.split("-")[0], []).extend(pq.read_table(f).to_pylist())
    return res


def split_hashes(out: str | Path) -> dict[str, dict[str, str]]:
    """"config/split" -> row id -> sha256 of the row's canonical JSON."""
    import pyarrow.parquet as pq
    res: dict[str, dict[str, str]] = {}
    for f in sorted(Path(out, "data").glob("*/*.parquet")):
        key = f"{f.parent.name}/{f.name.split('-')[0]}"
        rows = res.setdefault(key, {})
        for r in pq.read_table(f).to_pylist():
            rows[r["id"]] = hashlib.sha256(json.dumps(r, sort_keys=True, default=str).encode()).hexdigest()
    return res


def compare_builds(a: str | Path, b: str | Path) -> list[str]:
    """Human-readable differences between builds a and b ([] = identical rows)."""
    ha, hb = split_hashes(a), split_hashes(b)
    out = []
    for key in sorted(set(ha) | set(hb)):
        ra, rb = ha.get(key, {}), hb.get(key, {})
        for i in sorted(set(ra) - set(rb)):
            out.append(f"{key}: row {i} only in {a}")
        for i in sorted(set(rb) - set(ra)):
            out.append(f"{key}: row {i} only in {b}")
        for i in sorted(set(ra) & set(rb)):
            if ra[i] != rb[i]:
                out.append(f"{key}: row {i} differs")
    return out
