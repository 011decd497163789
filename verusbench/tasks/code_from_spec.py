"""Task B: the target fn's body (braces included) is cut out; the model writes it back."""

from __future__ import annotations

from verusbench import constants as C
from verusbench.records import TaskRow
from verusbench.tasks.common import cut, make_row, unit_metadata
from verusbench.units import Unit


def eligible(u: Unit) -> bool:
    """A body can be written from a spec only when there is a spec to write against."""
    return u.fn.body is not None and any(c.kind in ("requires", "ensures") for c in u.fn.clauses)


def build(u: Unit) -> list[TaskRow]:
    if not eligible(u):
        return []
    context, target = cut(u.src, u.fn.body)
    return [make_row(C.TASK_CODE, context, target, u.text, unit_metadata(u))]
