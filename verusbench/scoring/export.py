"""`eval --export`: the candidate files that passed the integrity check (and task A's
spec-grading queries), written as a pending folder for real Verus to verify elsewhere."""

from __future__ import annotations

import os
from typing import Any, Iterable, Mapping

from .. import constants as C
from ..pending import PendingFolder, write_pending
from ..records import TaskRow
from ..verifier.job import VerifyJob
from .assemble import STATUS_INPUT_ERROR, assemble
from .grading import harness_for
from .inputs import load_rows


def export(rows: Mapping[str, TaskRow | dict] | Iterable, predictions: Iterable[tuple[str, list[Any]]],
           out_dir: str | os.PathLike, *, rlimit: float = 10.0, seed: int = 0,
           spec_grading: bool = True, input_errors: Iterable[dict] = (), progress: bool = True,
           name: str | None = None, extra_meta: dict | None = None) -> PendingFolder:
    """Write each accepted candidate once (named by hash) with a manifest line per use;
    rejected samples are listed in manifest.json with their rules, without a file."""
    rowmap = load_rows(rows)
    samples, cands, errors = assemble(rowmap, predictions, rlimit=rlimit, progress=progress)
    items: list[tuple[str, dict]] = []
    for c in cands:
        s = c.sample
        base = {"row_id": s.row_id, "sample": s.index, "config": c.row.task,
                "task": C.TASK_LETTER.get(c.row.task, c.row.task), "source": s.source}
        items.append((c.text, {**base, "kind": "candidate", "integrity": c.check.to_dict()}))
        if spec_grading and c.row.task == C.TASK_SPEC:
            h = harness_for(c.row, c.text)
            if h.text:   # graded only if the candidate verifies; exported now to save a round
                items.append((h.text, {**base, "kind": "spec_grading", "candidate_sha256": s.sha256,
                                       "lemmas": {k: list(v) for k, v in h.lemmas.items()}}))
    rejected = [{"row_id": s.row_id, "sample": s.index, "config": s.task,
                 "status": s.status, "rules": sorted({v["rule"] for v in s.violations}),
                 "message": s.message}
                for s in samples if s.status == C.STATUS_INTEGRITY_REJECTED or s.category == STATUS_INPUT_ERROR]
    all_errors = [dict(e) for e in input_errors] + errors
    meta = {"rejected": rejected, "input_errors": all_errors,
            "settings": {"rlimit": rlimit, "seed": seed, "spec_grading": spec_grading},
            "counts": {"samples": len(samples), "candidates": len(cands),
                       "rejected": sum(s.status == C.STATUS_INTEGRITY_REJECTED for s in samples),
                       "input_errors": len(all_errors),
                       "spec_grading_queries": sum(m["kind"] == "spec_grading" for _, m in items)},
            **(extra_meta or {})}
    return write_pending(out_dir, items, name=name, created_by="verusbench eval --export",
                         purpose="candidates that passed the integrity check, awaiting real Verus",
                         flags=VerifyJob(text="", rlimit=rlimit, seed=seed).flags(), extra_meta=meta)
