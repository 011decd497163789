"""Task P (Verus-Bench's shape): the target fn is cut out and shown with its proof
annotations stripped; exec code and spec stay; the model writes the fn back with proofs."""

from __future__ import annotations

from verusbench import constants as C
from verusbench.records import TaskRow
from verusbench.tasks.common import cut, make_row, unit_metadata
from verusbench.tasks.strip import fn_item_span, strip_fn
from verusbench.units import Unit


def build(u: Unit) -> list[TaskRow]:
    if not (any(lp.clauses for lp in u.fn.loops) or u.fn.proofs):
        return []
    src = u.src
    span = fn_item_span(u.fn, src)
    context, target = cut(src, span)
    stripped = strip_fn(src, u.fn, "proofs")
    if stripped == target:
        return []
    return [make_row(C.TASK_PROOF, context, target, u.text, unit_metadata(u), stripped=stripped)]
