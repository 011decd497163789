"""Task A: the target fn's spec is cut out. Variant `ensures_only` cuts the ensures clause;
variant `full` cuts the whole fn and shows it with requires/ensures and loop
invariants/decreases stripped (the model writes the fn back with its specs)."""

from __future__ import annotations

from verusbench import constants as C
from verusbench.records import TaskRow
from verusbench.tasks.common import cut, make_row, unit_metadata
from verusbench.tasks.strip import fn_item_span, strip_fn
from verusbench.units import Unit

VARIANTS = ("ensures_only", "full")


def build(u: Unit, variants: tuple[str, ...] = VARIANTS) -> list[TaskRow]:
    if u.mode != "exec":
        return []  # a lemma's ensures is its statement: it cannot be read off the proof
    rows: list[TaskRow] = []
    src = u.src
    ens = [c for c in u.fn.clauses if c.kind == "ensures"]
    if "ensures_only" in variants and len(ens) == 1:
        context, target = cut(src, ens[0].span)
        rows.append(make_row(C.TASK_SPEC, context, target, u.text, unit_metadata(u, "ensures_only")))
    if "full" in variants and ens:
        span = fn_item_span(u.fn, src)
        context, target = cut(src, span)
        stripped = strip_fn(src, u.fn, "specs_full")
        if stripped != target:
            rows.append(make_row(C.TASK_SPEC, context, target, u.text, unit_metadata(u, "full"),
                                 stripped=stripped))
    return rows
