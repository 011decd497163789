"""Dataset row schema (DESIGN.md 'Records'), as dataclasses with dict I/O.

Every config of `verusft/tasks` has exactly these columns, so one `datasets.Features`
serves all configs and one reader serves the metric, trainer and leaderboard.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class RowMetadata:
    source: str
    repo: str
    commit: str
    path: str
    license: str
    role: str
    verus_version: str
    verified: str                      # constants.VERIFIED_*
    features: list[str] = field(default_factory=list)
    code_lines: int = 0
    cluster_id: str = ""
    target_fn: str = ""                # name of the unit's fn ("" for whole-file tasks)
    variant: str = ""                  # e.g. "full" / "ensures_only" for A, mutation kind for synthetic C
    error_text: str = ""               # C: error text as found (never invented)
    error_message: str = ""            # C: normalised first error line
    error_category: str = ""           # C: constants.CAT_*
    #: real Verus result of reference_file from the build's ledger: verified / failed /
    #: compile_error / timeout / crashed, or `unchecked` (no ledger entry for this text)
    reference_status: str = "unchecked"
    reference_first_error: str = ""    # "line N: message" of its first error ("" if none)
    broken_status: str = ""            # C: the same for the broken file (context); "" for A/B/P
    verifier: str = ""                 # identity of the Verus whose results these are
    upgraded: bool = False             # reference rewritten by verusbench.upgrade
    upgrade: str = ""                  # "final" | "no_decreases_attr" | "both" | ""
    #: how the unit's context was minimized: "none" (the whole file), "sliced" (the target fn
    #: plus the closure of what it mentions, from the inlined crate), "contracts" (sliced with the
    #: dependency exec/proof fns as trusted contracts: `--minimize contracts`), "reduced" (then
    #: delta-debugged), "client" (a library's own fn, vstd's, as a client crate of that
    #: library: verusbench.client; naming the library's copy of the fn is an integrity violation)
    minimized: str = "none"
    context_tokens: int = 0            # code tokens of reference_file (verusbench.slice.code_tokens); 0: not counted
    slice_of: str = ""                 # sliced: the crate root (or file) the slice was cut from
    #: C from a model attempt (tasks.repair_attempts): origin "model_attempt", the row the model
    #: answered (its id and config), the model (+ adapter) and the sample index; "" / -1 otherwise
    origin: str = ""
    attempt_of: str = ""
    attempt_config: str = ""
    attempt_model: str = ""
    attempt_sample: int = -1


@dataclass
class TaskRow:
    id: str
    task: str                          # constants.TASK_*
    context: str                       # file with the HOLE marker (A, B, P) or the failing file (C)
    target: str                        # what fills the hole (A, B, P) or the fixed file (C)
    reference_file: str                # original full file
    prompt: str
    completion: str
    messages: list[dict[str, str]]     # chat form for TRL: system?/user/assistant
    metadata: RowMetadata

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "TaskRow":
        d = dict(d)
        md = d.pop("metadata")
        if isinstance(md, str):
            md = json.loads(md)
        known = set(RowMetadata.__dataclass_fields__)
        return cls(metadata=RowMetadata(**{k: v for k, v in md.items() if k in known}),
                   **{k: v for k, v in d.items() if k in cls.__dataclass_fields__})


def row_id(task: str, *parts: str) -> str:
    """Stable content hash id: same task and content -> same id across builds."""
    h = hashlib.sha256(task.encode())
    for p in parts:
        h.update(b"\x00")
        h.update(p.encode("utf-8", "surrogatepass"))
    return f"{task}-{h.hexdigest()[:16]}"


def hf_features():
    """`datasets.Features` for a TaskRow (imported lazily: datasets is heavy)."""
    from datasets import Features, Sequence, Value

    md = {
        "source": Value("string"), "repo": Value("string"), "commit": Value("string"),
        "path": Value("string"), "license": Value("string"), "role": Value("string"),
        "verus_version": Value("string"), "verified": Value("string"),
        "features": Sequence(Value("string")), "code_lines": Value("int32"),
        "cluster_id": Value("string"), "target_fn": Value("string"), "variant": Value("string"),
        "error_text": Value("string"), "error_message": Value("string"),
        "error_category": Value("string"),
        "reference_status": Value("string"), "reference_first_error": Value("string"),
        "broken_status": Value("string"), "verifier": Value("string"),
        "upgraded": Value("bool"), "upgrade": Value("string"),
        "minimized": Value("string"), "context_tokens": Value("int32"), "slice_of": Value("string"),
        "origin": Value("string"), "attempt_of": Value("string"), "attempt_config": Value("string"),
        "attempt_model": Value("string"), "attempt_sample": Value("int32"),
    }
    return Features({
        "id": Value("string"), "task": Value("string"), "context": Value("string"),
        "target": Value("string"), "reference_file": Value("string"),
        "prompt": Value("string"), "completion": Value("string"),
        "messages": [{"role": Value("string"), "content": Value("string")}],
        "metadata": md,
    })
