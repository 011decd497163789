"""Task C from model attempts (issue 8 section 2): a baseline's candidate file that fails
under real Verus, paired with the verified reference file of the row it answered.

Attempts come from the stores of `verusbench.attempts` (`verification/attempts/*.jsonl.gz`,
which outlive the pending folders). The build's tasks stage makes the rows (`rows`); its
verify stage judges them (`attempt_verdict`): a row stays only when the ledger holds both
files, the reference verified and the attempt fails with an error of this Verus
(`repair.ledger_verdict`), whose text the prompt then shows. An attempt the ledger lacks is
`pending`, never a row: no error text is ever invented.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from verusbench import constants as C
from verusbench.attempts import Store, read_store
from verusbench.records import RowMetadata, TaskRow
from verusbench.tasks.common import make_row
from verusbench.tasks.repair import file_code_lines, file_features, ledger_verdict

ORIGIN = "model_attempt"
#: the rows' variant (part of their id and shown nowhere else)
VARIANT = "model_attempt"
#: owner-key suffix: the row joins its unit's file cluster in dedup (as `:syn` rows do)
OWNER_SUFFIX = ":att"

PENDING = "attempt not in the ledger (pending)"
DROP_REF_UNKNOWN = "reference not in the ledger"
# reasons an attempt makes no row at all (tasks stage)
NOT_DUPLICATE = "same text as an earlier attempt"
NOT_IN_BUILD = "neither its row nor its unit's file is in this build"
NOT_NO_REFERENCE = "no reference line for its row in the store"
NOT_IS_REFERENCE = "attempt is the reference file itself"
NOT_IS_C_ROW = "same broken and fixed file as a chain/synthetic C row"


def owner_key(md: RowMetadata) -> str:
    """The dedup owner of an attempt row: its unit's key with OWNER_SUFFIX."""
    return f"u:{md.source}:{md.path}:{md.target_fn}{OWNER_SUFFIX}"


def is_attempt(md: RowMetadata) -> bool:
    return md.origin == ORIGIN


def rows(stores: Iterable[Store], files: set[tuple[str, str]] | None = None,
         c_rows: set[tuple[str, str]] = frozenset(),
         row_owner: dict[str, str] | None = None) -> tuple[list[TaskRow], list[str], dict]:
    """Unjudged C rows (attempt -> reference) of every store, identical attempt texts once.
    An attempt takes the dedup owner of the row it answered when `row_owner` (row id -> owner)
    has it (a chain row's `r:` too), else its unit file's (`owner_key`), when that file is in
    `files` (the build's unit files as (source, path); None: any); else it makes no row.
    `c_rows`: (broken, fixed) sha256 pairs of the build's other C rows. Returns (rows, owners, report)."""
    row_owner = row_owner or {}
    out: list[TaskRow] = []
    owners: list[str] = []
    seen: set[str] = set()
    not_made: Counter = Counter()
    by_store: list[dict] = []
    problems: list[str] = []
    n = 0
    for st in stores:
        problems += st.problems
        made = 0
        for a in st.attempts:
            n += 1
            if a.sha256 in seen:
                not_made[NOT_DUPLICATE] += 1
                continue
            seen.add(a.sha256)
            ref = st.references.get(a.row_id)
            in_build = a.row_id in row_owner or files is None or (ref is not None and (ref.source, ref.path) in files)
            why = (NOT_NO_REFERENCE if ref is None else
                   NOT_IN_BUILD if not in_build else
                   NOT_IS_REFERENCE if a.sha256 == ref.sha256 else
                   NOT_IS_C_ROW if (a.sha256, ref.sha256) in c_rows else "")
            if why:
                not_made[why] += 1
                continue
            model = a.model + (f" + adapter {a.adapter}" if a.adapter else "")
            md = RowMetadata(source=ref.source, repo=ref.repo, commit=ref.commit, path=ref.path,
                             license=ref.license, role=ref.role, verus_version="",
                             verified=C.VERIFIED_UNCHECKED, features=file_features(ref.text),
                             code_lines=file_code_lines(ref.text),
                             target_fn=ref.target_fn, variant=VARIANT, minimized=ref.minimized,
                             origin=ORIGIN, attempt_of=a.row_id, attempt_config=a.config,
                             attempt_model=model, attempt_sample=a.sample)
            out.append(make_row(C.TASK_REPAIR, a.text, ref.text, ref.text, md))
            owners.append(row_owner.get(a.row_id) or owner_key(md))
            made += 1
        by_store.append({"path": str(st.path), "name": st.name, "attempts": len(st.attempts),
                         "references": len(st.references), "rows_made": made, "bad_lines": len(st.problems)})
    report = {"stores": by_store, "attempts_seen": n, "rows_made": len(out), "not_made": dict(not_made),
              "store_problems": problems[:50], "store_problems_total": len(problems)}
    return out, owners, report


def attempt_verdict(ref, broken) -> str:
    """'' to keep an attempt row, PENDING, or its drop reason. `ref` / `broken`: the ledger's
    VerifyResult of the reference and of the attempt (None: not in the ledger)."""
    if broken is None:
        return PENDING
    if ref is None:
        return DROP_REF_UNKNOWN
    return ledger_verdict(ref.status, broken)


def load(paths: Iterable[str]) -> list[Store]:
    """The stores at `paths` (a missing one raises FileNotFoundError naming it)."""
    return [read_store(p) for p in paths]


def judged_rows(stores: Iterable[Store], ledger, files: set[tuple[str, str]] | None = None,
                test_double: bool = False) -> tuple[list[TaskRow], dict]:
    """The C rows the ledger supports, with its error text in their prompts: `rows` then the
    build's verify stage. Returns (rows, report: the tasks and verify figures together)."""
    from verusbench.build import verify_stage
    made, owners, rep = rows(stores, files)
    kept, _, stats = verify_stage(made, owners, ledger, {}, test_double)
    return kept, {**rep, **stats["repair_attempts"]}

