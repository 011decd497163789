"""Re-verify submissions with the pinned verifier: Verus run here (through the result cache,
so identical predictions cost no new runs) or results from ledgers, candidates a ledger lacks
exported for `verusbench verify-corpus`. Claimed figures are ignored."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Mapping, Sequence

from .. import scoring
from ..ledger import PINNED_FLAGS, Ledger
from ..records import TaskRow
from ..scoring.verdicts import LedgerVerdicts, PoolVerdicts, Verdicts
from . import bundle as B
from . import results as R


def make_verdicts(*, verus=None, ledger: Sequence[str | os.PathLike] | Ledger | None = None,
                  identity: dict | None = None, cache=None, workers: int | None = None,
                  allow_test_double: bool = False) -> Verdicts | None:
    """One verdict source for every submission (None: no Verus, no ledger: all pending)."""
    if ledger is not None:
        led = ledger if isinstance(ledger, Ledger) else Ledger.load(list(ledger), identity=identity,
                                                                   flags=PINNED_FLAGS)
        return LedgerVerdicts(led, flags=list(PINNED_FLAGS), allow_test_double=allow_test_double)
    if verus is not None:
        return PoolVerdicts(verus, cache=cache, workers=workers, progress=False,
                            allow_test_double=allow_test_double)
    return None


def _order(paths: Sequence[Path]) -> list[Path]:
    """Oldest submission first, so a duplicate points at the original."""
    def key(p: Path):
        try:
            m = json.loads((p / B.MANIFEST).read_text(encoding="utf-8"))
            return (str(m.get("submitted_at", "")), p.name)
        except (OSError, ValueError, AttributeError):
            return ("", p.name)
    return sorted(paths, key=key)


def rescore_bundle(bundle: B.Bundle, rows: Mapping[str, TaskRow], verdicts: Verdicts | None, *,
                   dataset_version: str, export_dir: str | os.PathLike | None = None,
                   n_boot: int = 1000, seed: int = 0, allow_test_double: bool = False) -> dict:
    """The result of one valid bundle: every config scored from `verdicts` (or exported)."""
    m = bundle.manifest
    sid = bundle.submission_id
    k = int(m["decoding"]["k"])
    res = R.base_result(m, sid, dataset_version=dataset_version, status=R.STATUS_SCORED)
    by_cfg = B.rows_by_config(rows)
    for cfg, entries in sorted(bundle.predictions.items()):
        rowmap = by_cfg[cfg]
        if export_dir is not None:
            folder = Path(export_dir) / f"{sid}__{cfg}"
            scoring.export(rowmap, entries, folder, progress=False, name=folder.name,
                           extra_meta={"submission_id": sid, "config": cfg})
        if verdicts is None:
            res["tasks"][cfg] = {"status": R.STATUS_PENDING, "reason": "no ledger and no Verus yet"
                                 + (f"; candidates exported to {export_dir}" if export_dir else "")}
            continue
        report = scoring.score(rowmap, entries, k=[1], verdicts=verdicts, progress=False,
                                allow_test_double=allow_test_double)
        res["tasks"][cfg] = R.task_result(report, k=k, n_boot=n_boot, seed=seed)
        if report.get("verifier"):
            res["verifier"] = report["verifier"]
            res["verifier_description"] = report["verifier_description"]
            res["verifier_is_test_double"] = report["verifier_is_test_double"]
        res["flags"] = res["flags"] or report.get("flags") or list(PINNED_FLAGS)
        res["verdict_source"] = report.get("verdict_source")
    if not res["verifier"] and verdicts is not None and verdicts.identity:
        from ..verifier import describe_identity, is_test_double
        res["verifier"] = verdicts.identity
        res["verifier_description"] = describe_identity(verdicts.identity)
        res["verifier_is_test_double"] = is_test_double(verdicts.identity)
    if any(t["status"] == R.STATUS_PENDING for t in res["tasks"].values()):
        res["status"] = R.STATUS_PENDING
    return res


def rescore(submissions: str | os.PathLike | Sequence[str | os.PathLike], rows: Mapping[str, TaskRow],
            results_dir: str | os.PathLike, *, dataset_version: str, verdicts: Verdicts | None,
            export_dir: str | os.PathLike | None = None, n_boot: int = 1000,
            seed: int = 0, allow_test_double: bool = False) -> list[dict]:
    """Write one result file per bundle folder; a bad bundle gets a `rejected` result listing
    what to fix and never stops the others; a repeated predictions hash is a `duplicate`."""
    if isinstance(submissions, (str, os.PathLike)):
        root = Path(submissions)   # one bundle, or a folder of bundles
        if not root.is_dir():
            raise FileNotFoundError(f"{root} is not a folder of submission bundles "
                                    "(`verusbench submit --out` or `leaderboard fetch --out` writes one)")
        paths = [root] if (root / B.MANIFEST).exists() else [p for p in root.iterdir() if p.is_dir()]
    else:
        paths = [Path(p) for p in submissions]
    # earlier results count too, so a bundle rescored alone is still found a duplicate
    seen: dict[str, str] = {r["predictions_sha256"]: r["submission_id"]
                            for r in sorted(R.load_results(results_dir),
                                            key=lambda r: str((r.get("model") or {}).get("submitted_at") or ""),
                                            reverse=True)
                            if r.get("predictions_sha256") and r["status"] in (R.STATUS_SCORED, R.STATUS_PENDING)}
    out = []
    for p in _order(paths):
        try:
            b = B.read_bundle(p, rows, dataset_version)
        except Exception as e:   # a reader bug on one bundle must not stop the others
            b = B.Bundle(p, {}, problems=[B.problem(str(p), f"could not be read ({type(e).__name__}: {e})")])
        sid = b.submission_id if b.manifest.get("predictions_sha256") else f"rejected-{B.slug(p.name)}"
        if not b.ok:
            res = R.base_result({"model_name": p.name, **b.manifest}, sid, dataset_version=dataset_version,
                                status=R.STATUS_REJECTED, problems=b.problems, folder=p.name)
        elif seen.get(b.manifest["predictions_sha256"], sid) != sid:
            res = R.base_result(b.manifest, sid, dataset_version=dataset_version,
                                status=R.STATUS_DUPLICATE,
                                duplicate_of=seen[b.manifest["predictions_sha256"]])
        else:
            seen[b.manifest["predictions_sha256"]] = sid
            try:
                res = rescore_bundle(b, rows, verdicts, dataset_version=dataset_version,
                                     export_dir=export_dir, n_boot=n_boot, seed=seed,
                                     allow_test_double=allow_test_double)
            except scoring.TestDoubleRefused:
                raise
            except Exception as e:
                res = R.base_result(b.manifest, sid, dataset_version=dataset_version,
                                    status=R.STATUS_REJECTED,
                                    problems=[B.problem(str(p), f"scoring failed ({type(e).__name__}: {e})")])
        R.write_result(res, results_dir)
        out.append(res)
    return out


# --------------------------------------------------------------------------- baselines

def baseline_bundles(spec_path: str | os.PathLike, repo_root: str | os.PathLike,
                     rows: Mapping[str, TaskRow], out_dir: str | os.PathLike, *,
                     dataset_version: str) -> list[dict]:
    """Bundles for the project's baselines (leaderboard/baselines.json) from the exported
    predictions; a baseline whose files are not there yet gets a `pending` result instead."""
    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    made: list[dict] = []
    for entry in spec["baselines"]:
        preds = {cfg: Path(repo_root) / rel for cfg, rel in entry["predictions"].items()}
        there = {cfg: p for cfg, p in preds.items() if p.is_file()}
        meta: dict[str, Any] = {k: entry.get(k) for k in ("model_name", "base_model", "parameters",
                                                          "weights_url")}
        meta["baseline"] = True
        if not there:
            made.append({"model": meta, "status": R.STATUS_PENDING, "configs": sorted(preds),
                         "reason": "predictions not exported yet: " + ", ".join(
                             str(entry["predictions"][c]) for c in sorted(preds))})
            continue
        k = max((len(p) for path in there.values() for _, p in B.read_predictions(path)[0]), default=1)
        meta["decoding"] = {"k": k, **entry.get("decoding", {})}
        meta["submitted_at"] = entry.get("submitted_at", "0000-baseline")
        b = B.build_bundle(there, meta, rows, dataset_version=dataset_version)
        if b.ok:
            made.append({"model": meta, "bundle": str(B.write_bundle(b, out_dir))})
        else:
            made.append({"model": meta, "status": R.STATUS_REJECTED, "problems": b.problems,
                         "configs": sorted(preds)})
    return made


def placeholder_results(made: list[dict], results_dir: str | os.PathLike, *,
                        dataset_version: str) -> list[dict]:
    """Result files for baselines that have no bundle (pending or rejected): no figures."""
    out = []
    for m in made:
        sid = f"baseline-{B.slug(m['model']['model_name'])}"
        if "bundle" in m:   # its bundle's own result replaces the placeholder
            (Path(results_dir) / f"{sid}.json").unlink(missing_ok=True)
            continue
        res = R.base_result({**m["model"], "baseline": True}, sid, dataset_version=dataset_version,
                            status=m["status"], reason=m.get("reason", ""),
                            problems=m.get("problems", []))
        res["tasks"] = {c: {"status": R.STATUS_PENDING, "reason": m.get("reason", "")}
                        for c in m.get("configs", [])} if m["status"] == R.STATUS_PENDING else {}
        R.write_result(res, results_dir)
        out.append(res)
    return out
