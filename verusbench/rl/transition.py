"""One transition: a candidate (or a patch on the current code) -> integrity check -> Verus
-> `Outcome`. Shared by the environment and the GRPO reward so both score alike, and alike
with `verusbench eval` (same assembled file, same job flags, hence the same cache keys)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any, Sequence

from .. import constants as C
from .. import integrity
from ..records import TaskRow
from ..scoring import as_text, prediction_error, token_edit_size
from ..verifier import VerifyJob, VerifyResult

STATUS_INPUT_ERROR = "input_error"
#: a candidate above this is not parsed (RL completions are short; this bounds the checker)
MAX_CANDIDATE_BYTES = 200_000
#: beyond this the token diff is not computed: the edit counts as maximal
EDIT_DIFF_LIMIT = 40_000
MAX_DIAGNOSTICS = 8

PATCH_RE = re.compile(r"<<<<<<< SEARCH\n(.*?)\n?=======\n(.*?)\n?>>>>>>> REPLACE", re.S)


class PatchError(ValueError):
    """A search/replace patch that does not apply to the current code."""


@dataclass
class Outcome:
    """What one candidate came to; everything the reward and the observation need."""
    status: str                         # constants.STATUS_* or "input_error"
    failing_queries: int = 0            # error diagnostics of a `failed` run
    errors: int = 0                     # all error diagnostics (compile errors included)
    diagnostics: list[str] = field(default_factory=list)   # compact "line N: category: message"
    violations: list[dict] = field(default_factory=list)   # integrity violations (rule, message, line)
    assembled: str | None = None        # the candidate file (None when it could not be built)
    message: str = ""
    edit_tokens: int = 0
    wall_s: float = 0.0
    cached: bool = False
    verifier: dict = field(default_factory=dict)

    @property
    def verified(self) -> bool:
        return self.status == C.STATUS_VERIFIED

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("assembled")
        return d


def as_row(row: TaskRow | dict) -> TaskRow:
    return row if isinstance(row, TaskRow) else TaskRow.from_dict(row)


def start_code(row: TaskRow | dict) -> str:
    """The code an episode starts from: the broken file for repair, the file with the
    proof-stripped target fn for proof completion, else the context with its hole."""
    row = as_row(row)
    if row.task in (C.TASK_REPAIR, C.TASK_REPAIR_SYNTHETIC):
        return row.context
    if row.task == C.TASK_PROOF and row.context.count(C.HOLE) == 1:
        from ..tasks.strip import strip_fn
        ref, _, rfn = integrity.locate_target(row)
        return row.context.replace(C.HOLE, strip_fn(ref, rfn, "proofs"), 1)
    return row.context


def start_is_verifiable(row: TaskRow | dict) -> bool:
    """Whether the start code is a complete file worth a baseline run (no open hole)."""
    return C.HOLE not in start_code(row)


def apply_patch(code: str, patch: Any) -> str:
    """Apply search/replace edits: {"search", "replace"}, a list of them, or text with
    `<<<<<<< SEARCH / ======= / >>>>>>> REPLACE` blocks. Each search must occur exactly once."""
    if isinstance(patch, dict):
        edits = [patch]
    elif isinstance(patch, list):
        edits = patch
    elif isinstance(patch, str):
        edits = [{"search": s, "replace": r} for s, r in PATCH_RE.findall(patch)]
        if not edits:
            raise PatchError("no `<<<<<<< SEARCH` ... `=======` ... `>>>>>>> REPLACE` block found")
    else:
        raise PatchError(f"a patch must be a dict, a list or text, got {type(patch).__name__}")
    for n, e in enumerate(edits, 1):
        if not isinstance(e, dict) or not isinstance(e.get("search"), str) or not isinstance(e.get("replace"), str):
            raise PatchError(f"edit {n}: expected {{\"search\": str, \"replace\": str}}")
        s = e["search"]
        if not s:
            raise PatchError(f"edit {n}: empty search text")
        hits = code.count(s)
        if hits != 1:
            where = "not found in" if hits == 0 else f"found {hits} times in"
            raise PatchError(f"edit {n}: search text {s[:60]!r}{'...' if len(s) > 60 else ''} {where} "
                             "the current code; quote an exact, unique snippet of it")
        code = code.replace(s, e["replace"], 1)
    return code


def is_patch(action: Any) -> bool:
    return isinstance(action, (dict, list)) or (isinstance(action, str) and "<<<<<<< SEARCH" in action)


def _compact(r: VerifyResult) -> list[str]:
    out = []
    for d in r.error_diagnostics:
        if d.message.startswith("aborting due to"):
            continue
        out.append(f"line {d.line if d.line is not None else '?'}: {d.category}: {d.message}"[:240])
        if len(out) >= MAX_DIAGNOSTICS:
            break
    if not out and r.status in (C.STATUS_TIMEOUT, C.STATUS_CRASHED):
        out.append(f"{r.status}: {(r.notes[-1] if r.notes else r.status)}"[:240])
    return out


def _edit_tokens(before: str, after: str) -> int:
    if max(len(before), len(after)) > EDIT_DIFF_LIMIT:
        return 10 ** 6
    try:
        return token_edit_size(before, after)
    except Exception:   # the tokenizer is total, but a size estimate must never fail a step
        return abs(len(after) - len(before))


def prepare(row: TaskRow | dict, candidate: Any, *, rlimit: float = 10.0,
            start: str | None = None) -> Outcome:
    """Input checks + integrity; `assembled` is set (status "") when Verus must decide."""
    err = prediction_error(candidate)
    if err is None and len(as_text(candidate).encode("utf-8", "surrogatepass")) > MAX_CANDIDATE_BYTES:
        err = f"candidate is over {MAX_CANDIDATE_BYTES:,} bytes"
    if err:
        return Outcome(STATUS_INPUT_ERROR, message=err)
    try:
        row = as_row(row)
        ir = integrity.check(row, as_text(candidate), rlimit_cap=rlimit)
    except Exception as e:   # an unusable row or a checker bug: this sample only
        return Outcome(STATUS_INPUT_ERROR, message=f"integrity check could not run: {type(e).__name__}: {e}")
    edits = _edit_tokens(start if start is not None else start_code(row), ir.assembled or "")
    if not ir.ok:
        return Outcome(C.STATUS_INTEGRITY_REJECTED, violations=[asdict(v) for v in ir.violations],
                       assembled=ir.assembled, message=ir.violations[0].message, edit_tokens=edits,
                       diagnostics=[f"line {v.line}: integrity/{v.rule}: {v.message}"[:240]
                                    for v in ir.violations[:MAX_DIAGNOSTICS]])
    return Outcome("", assembled=ir.assembled, edit_tokens=edits)


def job_for(text: str, name: str, *, rlimit: float = 10.0, seed: int = 0, timeout_s: float = 60.0) -> VerifyJob:
    return VerifyJob(text=text, name=name, rlimit=rlimit, seed=seed, timeout_s=timeout_s)


def finish(o: Outcome, r: VerifyResult) -> Outcome:
    """Fill an outcome from its Verus result."""
    o.status, o.wall_s, o.cached, o.verifier = r.status, r.wall_s, r.cached, r.verifier
    errs = [d for d in r.error_diagnostics if not d.message.startswith("aborting due to")]
    o.errors = len(errs)
    o.failing_queries = len(errs) if r.status == C.STATUS_FAILED else 0
    if r.status == C.STATUS_FAILED and not o.failing_queries:
        o.failing_queries = max(1, r.errors)
    o.diagnostics = _compact(r)
    if not o.verified:
        o.message = o.diagnostics[0] if o.diagnostics else r.status
    return o


def crashed(o: Outcome, note: str) -> Outcome:
    o.status, o.message, o.diagnostics = C.STATUS_CRASHED, note, [f"crashed: {note}"[:240]]
    return o


def evaluate(backend, items: Sequence[tuple[TaskRow | dict, Any]], *, rlimit: float = 10.0,
             seed: int = 0, timeout_s: float = 60.0, starts: Sequence[str | None] | None = None,
             names: Sequence[str] | None = None) -> list[Outcome]:
    """Outcomes for (row, candidate) pairs: one batch to the backend; never raises for a
    bad candidate or a failing backend (those become input_error / crashed outcomes)."""
    outs, jobs, where = [], [], []
    for i, (row, cand) in enumerate(items):
        o = prepare(row, cand, rlimit=rlimit, start=starts[i] if starts else None)
        outs.append(o)
        if o.status == "":
            name = names[i] if names else f"{getattr(row, 'id', None) or row.get('id', 'row')}-{i}.rs"
            jobs.append(job_for(o.assembled, name, rlimit=rlimit, seed=seed, timeout_s=timeout_s))
            where.append(i)
    if jobs:
        try:
            results = backend.verify(jobs)
            if len(results) != len(jobs):
                raise RuntimeError(f"the verifier answered {len(results)} results for {len(jobs)} jobs")
        except Exception as e:   # a dead server or pool: every pending sample is a crash
            for i in where:
                crashed(outs[i], f"verifier backend failed: {type(e).__name__}: {e}"[:300])
            return outs
        for i, r in zip(where, results):
            finish(outs[i], r)
    return outs
