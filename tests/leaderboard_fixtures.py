"""Shared fixtures of the leaderboard tests: a small build (dataset 1.2.3), submissions made
with `verusbench submit`, and counting the test double's Verus runs."""

from __future__ import annotations

import json
from pathlib import Path

from test_integrity_rows import make_rows

from verusbench.cli import main
from verusbench.hub import CardInfo, write_build

FAKE = str(Path(__file__).parent / "fake_verus")
ROWS = make_rows()
B, P = ROWS["B"], ROWS["P"]
FAIL = "{\n    // fake-verus: fail postcondition not satisfied\n    x * 2\n}"
ERR = "{\n    // fake-verus: compile_error mismatched types\n    x * 2\n}"
CHEAT = "{ assume(false); x * 2 }"


def body(tag: str) -> str:
    """A passing B body with its own text (so each is a distinct file)."""
    return "{\n    // " + tag + "\n    x * 2\n}"


def make_build(root: Path, version: str = "1.2.3") -> Path:
    data: dict = {}
    for r in ROWS.values():
        data.setdefault(r.task, {"test": []})["test"].append(r.to_dict())
    write_build(root / "build", data, card=CardInfo(dataset_version=version), report={})
    return root / "build"


def write_preds(path: Path, rows: dict[str, list[str]]) -> Path:
    path.write_text("".join(json.dumps({"id": i, "predictions": p}) + "\n" for i, p in rows.items()),
                    encoding="utf-8")
    return path


def submit(tmp: Path, name: str, preds: dict[str, dict[str, list[str]]], k: int, *extra: str,
           out: str = "subs") -> int:
    """`verusbench submit --dry-run` of config -> {row id: samples}: the bundle goes to tmp/out."""
    args = []
    for cfg, rows in preds.items():
        args.append(f"{cfg}={write_preds(tmp / f'{name}-{cfg}.jsonl', rows)}")
    return main(["submit", *args, "--model-name", name, "--base-model", "org/base", "--k", str(k),
                 "--parameters", "135000000", "--temperature", "0.8", "--data", str(tmp / "build"),
                 "--out", str(tmp / out), "--dry-run", *extra])


def verus_runs(log: Path) -> int:
    """Runs of the double on a file (not identity probes)."""
    if not log.exists():
        return 0
    return sum(any(a.endswith(".rs") for a in json.loads(ln)["argv"])
               for ln in log.read_text().splitlines() if ln.strip())


def rescore(tmp: Path, *extra: str, subs: str = "subs", results: str = "res") -> int:
    return main(["leaderboard", "rescore", str(tmp / subs), "--data", str(tmp / "build"),
                 "--results", str(tmp / results), "--n-boot", "200", *extra])


def result(tmp: Path, name_prefix: str, results: str = "res") -> dict:
    ps = sorted((tmp / results).glob(f"{name_prefix}*.json"))
    assert len(ps) == 1, [p.name for p in (tmp / results).iterdir()]
    return json.loads(ps[0].read_text())
