"""The agent's tools over one episode's state: run_verus (integrity check, then real Verus
through the pool), search_examples (BM25 over the train split), show_errors, edit, finish."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from .. import constants as C
from .. import integrity
from ..records import TaskRow
from ..verifier import ResultCache, VerifyJob, VerifyResult, verify_many
from ..verifier.binary import VerusBinary
from .retrieval import BM25Index

MAX_SHOWN_ERRORS = 5
SNIPPET_CHARS = 700


@dataclass
class Observation:
    text: str
    verus: dict[str, Any] | None = None   # compact result of a Verus run, when one happened
    done: bool = False
    error: bool = False                   # the tool call itself failed (bad edit, no match)


def compact_result(r: VerifyResult) -> dict[str, Any]:
    """The parts of a result a trace keeps: status, counts, diagnostics, verifier identity."""
    return {"status": r.status, "verified": r.verified, "errors": r.errors, "wall_s": r.wall_s,
            "cached": r.cached, "cache_key": r.cache_key, "verifier": r.verifier,
            "diagnostics": [{"category": d.category, "message": d.message, "line": d.line,
                             "label": d.label, "level": d.level} for d in r.diagnostics][:50],
            "stderr_tail": r.stderr_tail[-2000:], "notes": list(r.notes)}


def describe_diagnostics(verus: dict[str, Any], limit: int = MAX_SHOWN_ERRORS) -> str:
    errs = [d for d in verus["diagnostics"] if d["level"] == "error"]
    lines = [f"line {d['line']}: [{d['category']}] {d['message']}"
             + (f" ({d['label']})" if d.get("label") else "") for d in errs[:limit]]
    if len(errs) > limit:
        lines.append(f"... {len(errs) - limit} more (show_errors with a larger limit)")
    return "\n".join(lines)


def _summary(verus: dict[str, Any]) -> str:
    head = f"status: {verus['status']}, verified: {verus['verified']}, errors: {verus['errors']}"
    diags = describe_diagnostics(verus)
    if not diags and verus["status"] not in (C.STATUS_VERIFIED,) and verus.get("stderr_tail"):
        diags = verus["stderr_tail"][-600:]
    return head + ("\n" + diags if diags else "")


class ExampleIndex:
    """BM25 over a split's rows (context + target), for `search_examples`."""

    def __init__(self, rows: list[dict[str, Any]]):
        self.rows = rows
        self.index = BM25Index([f"{r.get('context', '')}\n{r.get('target', '')}" for r in rows])

    def search(self, query: str, k: int, exclude_cluster: str = "", exclude_id: str = ""):
        hits = self.index.search(query, k + 5)
        out = []
        for i, s in hits:
            r = self.rows[i]
            md = r.get("metadata") or {}
            if r.get("id") == exclude_id or (exclude_cluster and md.get("cluster_id") == exclude_cluster):
                continue   # never show the episode's own unit (or a near-duplicate) as an example
            out.append((r, s))
            if len(out) >= k:
                break
        return out


@dataclass
class EpisodeState:
    """What the tools act on: the row, the current candidate file and the last Verus result."""

    row: TaskRow
    verus: VerusBinary
    examples: ExampleIndex | None = None
    cache: ResultCache | None = None
    rlimit: float = 10.0
    timeout_s: float = 120.0
    candidate: str = ""
    last: dict[str, Any] | None = None     # compact result of the last run
    last_checked: str | None = None        # the candidate text `last` belongs to
    verus_calls: int = 0
    history: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self):
        if not self.candidate:
            self.candidate = self.row.context


def diff(before: str, after: str) -> str:
    return "".join(difflib.unified_diff(before.splitlines(True), after.splitlines(True),
                                        "before.rs", "after.rs", n=2))


def run_verus(st: EpisodeState, code: str | None = None) -> Observation:
    """Replace the candidate with `code` (a fill for the hole, the target fn, or a whole file)
    when given; check integrity; verify with Verus. Integrity failures never reach Verus."""
    if code is not None:
        try:
            st.candidate, _, _ = integrity.assemble(st.row, code)
        except integrity.IntegrityInputError as e:
            return Observation(f"error: {e}", error=True)
    if C.HOLE in st.candidate:
        return Observation(f"error: the file still holds the {C.HOLE} marker; pass the missing "
                           "part as run_verus code, or replace the marker with edit", error=True)
    res = integrity.check(st.row, st.candidate)
    if not res.ok:
        verus = {"status": C.STATUS_INTEGRITY_REJECTED, "verified": 0, "errors": len(res.violations),
                 "wall_s": 0.0, "cached": False, "cache_key": "", "verifier": st.verus.identity,
                 "diagnostics": [{"category": v.rule, "message": v.message, "line": v.line,
                                  "label": "", "level": "error"} for v in res.violations],
                 "stderr_tail": "", "notes": ["integrity check failed: not sent to Verus"]}
    else:
        job = VerifyJob(text=res.assembled, name=f"{st.row.id}.rs", rlimit=st.rlimit,
                        timeout_s=st.timeout_s)
        r = verify_many([job], st.verus, workers=1, cache=st.cache, progress=False)[0]
        verus = compact_result(r)
        st.verus_calls += 1
    st.last, st.last_checked = verus, st.candidate
    return Observation(_summary(verus), verus=verus)


def show_errors(st: EpisodeState, limit: int = 20) -> Observation:
    if st.last is None:
        return Observation("no Verus run yet: call run_verus first", error=True)
    stale = "" if st.last_checked == st.candidate else " (for an earlier candidate: edited since)"
    body = describe_diagnostics(st.last, max(1, min(limit, 50))) or "(no error diagnostics)"
    return Observation(f"last run{stale}: status {st.last['status']}\n{body}")


def _snippet(r: dict[str, Any]) -> str:
    # the unit's own fn in its verified file, not the file's header
    ref = r.get("reference_file") or r.get("target") or ""
    fn = (r.get("metadata") or {}).get("target_fn") or ""
    at = ref.find(f"fn {fn}") if fn else -1
    if at > 0:
        at = ref.rfind("\n", 0, at) + 1
    return ref[max(at, 0):max(at, 0) + SNIPPET_CHARS]


def search_examples(st: EpisodeState, query: str, k: int = 3) -> Observation:
    if st.examples is None:
        return Observation("error: no example index in this run", error=True)
    hits = st.examples.search(query, max(1, min(k, 5)), st.row.metadata.cluster_id, st.row.id)
    if not hits:
        return Observation(f"no examples match {query!r}")
    parts = []
    for r, s in hits:
        md = r.get("metadata") or {}
        parts.append(f"## {r['id']} (task {r.get('task')}, fn {md.get('target_fn', '')}, "
                     f"score {s:.2f})\n{_snippet(r)}")
    return Observation("\n\n".join(parts))


def edit(st: EpisodeState, search: str, replace: str) -> Observation:
    """Replace the one occurrence of `search` in the candidate; absent or ambiguous is an error."""
    if not search:
        return Observation("edit error: empty search text", error=True)
    n = st.candidate.count(search)
    if n == 0:
        near = difflib.get_close_matches(search.strip().splitlines()[0] if search.strip() else search,
                                         [ln.strip() for ln in st.candidate.splitlines()], n=1)
        hint = f"; closest line: {near[0]!r}" if near else ""
        return Observation(f"edit error: search text not found in the current file{hint}. "
                           "Copy it exactly, including whitespace.", error=True)
    if n > 1:
        return Observation(f"edit error: search text occurs {n} times; include more surrounding "
                           "lines so that it matches exactly once", error=True)
    before = st.candidate
    st.candidate = before.replace(search, replace, 1)
    return Observation("edit applied:\n" + diff(before, st.candidate)[:2000])


def finish(st: EpisodeState) -> Observation:
    """End the episode; the candidate is verified first if it changed since the last run."""
    if st.last_checked != st.candidate or st.last is None:
        obs = run_verus(st)
        return Observation("finished; final check: " + obs.text, verus=obs.verus, done=True)
    return Observation(f"finished; final status: {st.last['status']}", done=True)


def dispatch(st: EpisodeState, tool: str, args: dict[str, Any]) -> Observation:
    """Run one parsed action's tool."""
    if tool == "run_verus":
        return run_verus(st, args.get("code"))
    if tool == "show_errors":
        return show_errors(st, args.get("limit", 20))
    if tool == "search_examples":
        return search_examples(st, args["query"], args.get("k", 3))
    if tool == "edit":
        return edit(st, args["search"], args["replace"])
    if tool == "finish":
        return finish(st)
    raise KeyError(tool)  # unreachable: parse_action only accepts known tools
