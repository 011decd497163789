"""Row assembly shared by the task builders."""

from __future__ import annotations

from verusbench import constants as C
from verusbench import prompts
from verusbench.records import RowMetadata, TaskRow, row_id
from verusbench.units import Unit


def cut(src: bytes, span: tuple[int, int]) -> tuple[str, str]:
    """(context with HOLE at span, the text cut out)."""
    s, e = span
    dec = lambda b: b.decode("utf-8", "surrogateescape")  # noqa: E731
    return dec(src[:s]) + C.HOLE + dec(src[e:]), dec(src[s:e])


def unit_metadata(u: Unit, variant: str = "") -> RowMetadata:
    return RowMetadata(source=u.source, repo=u.repo, commit=u.commit, path=u.path,
                       license=u.license, role=u.role, verus_version=u.verus_version,
                       verified=u.verified, features=list(u.features), code_lines=u.code_lines,
                       cluster_id=u.cluster_id, target_fn=u.fn_name, variant=variant,
                       minimized=u.minimized, context_tokens=u.context_tokens, slice_of=u.slice_of)


def make_row(task: str, context: str, target: str, reference: str, md: RowMetadata,
             stripped: str = "") -> TaskRow:
    """A TaskRow with prompt, completion and messages filled from the task's template."""
    prompt = prompts.render(task, context, fn=md.target_fn, variant=md.variant,
                            stripped=stripped, error_text=md.error_text)
    return TaskRow(id=row_id(task, md.variant, reference, context, target), task=task,
                   context=context, target=target, reference_file=reference, prompt=prompt,
                   completion=prompts.completion(target),
                   messages=prompts.messages(prompt, target), metadata=md)
