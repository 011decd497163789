"""Predictions -> samples: the input checks and the integrity check, and for each accepted
prediction the candidate file that goes to Verus (or to an export folder)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Iterable, Mapping

from tqdm import tqdm

from .. import constants as C
from .. import integrity
from ..ledger import text_sha256
from ..records import TaskRow
from ..verifier.job import VerifyJob
from .inputs import as_text, prediction_error

STATUS_INPUT_ERROR = "input_error"        # a sample we could not even check (empty, binary, ..)
STATUS_PENDING = "pending"                # accepted, but no Verus result yet (ledger scoring)


@dataclass
class Sample:
    row_id: str
    index: int
    task: str
    source: str
    status: str                       # constants.STATUS_*, STATUS_INPUT_ERROR or STATUS_PENDING
    passed: bool = False
    category: str | None = None       # failures: category of the first error
    message: str = ""
    violations: list[dict] = field(default_factory=list)
    mode: str = ""
    spec_grade: str | None = None     # A only
    edit_size: int | None = None      # C only
    wall_s: float = 0.0
    cached: bool = False
    sha256: str | None = None         # of the candidate file (the ledger / export key)


@dataclass
class Candidate:
    """A sample the integrity check accepted, with its assembled file."""

    sample: Sample
    row: TaskRow
    check: integrity.IntegrityResult

    @property
    def text(self) -> str:
        return self.check.assembled

    def job(self, rlimit: float, seed: int, timeout_s: float) -> VerifyJob:
        return VerifyJob(text=self.text, name=f"{self.sample.row_id}-{self.sample.index}.rs",
                         rlimit=rlimit, seed=seed, timeout_s=timeout_s)


def assemble(rowmap: Mapping[str, TaskRow], predictions: Iterable[tuple[str, list[Any]]], *,
             rlimit: float = 10.0, progress: bool = True
             ) -> tuple[list[Sample], list[Candidate], list[dict]]:
    """Check every prediction; returns all samples, the accepted candidates and one error
    per unusable row or prediction (unknown id, empty, binary, unreadable row, ...)."""
    errors: list[dict] = []
    samples: list[Sample] = []
    cands: list[Candidate] = []
    entries = list(predictions)
    total = sum(len(p) if isinstance(p, list) else 1 for _, p in entries)
    bar = tqdm(total=total, desc="integrity", unit="sample", disable=not progress)
    for row_id, preds in entries:
        row = rowmap.get(row_id)
        if row is None:
            errors.append({"id": row_id, "error": f"unknown row id {row_id!r}: not in the data "
                           "(wrong --data/--config/--split?); its predictions were skipped"})
            bar.update(len(preds) if isinstance(preds, list) else 1)
            continue
        if not isinstance(preds, list):
            errors.append({"id": row_id, "error": "predictions must be a list of strings"})
            bar.update(1)
            continue
        src = row.metadata.source
        for i, p in enumerate(preds):
            bar.update(1)
            s = Sample(row_id, i, row.task, src, STATUS_INPUT_ERROR)
            samples.append(s)
            err = prediction_error(p)
            if err:
                s.category, s.message = STATUS_INPUT_ERROR, err
                errors.append({"id": row_id, "sample": i, "error": err})
                continue
            try:
                ir = integrity.check(row, as_text(p), rlimit_cap=rlimit)
            except integrity.IntegrityInputError as e:
                s.category, s.message = STATUS_INPUT_ERROR, str(e)
                errors.append({"id": row_id, "sample": i, "error": str(e)})
                continue
            except Exception as e:   # a checker bug must not kill the evaluation
                msg = f"integrity check failed on this sample ({type(e).__name__}: {e})"
                s.category, s.message = STATUS_INPUT_ERROR, msg
                errors.append({"id": row_id, "sample": i, "error": msg})
                continue
            s.mode = ir.mode
            if not ir.ok:
                s.status = C.STATUS_INTEGRITY_REJECTED
                s.category = "integrity"
                s.violations = [asdict(v) for v in ir.violations]
                s.message = ir.violations[0].message
                continue
            s.sha256 = text_sha256(ir.assembled)
            cands.append(Candidate(s, row, ir))
    bar.close()
    return samples, cands, errors
