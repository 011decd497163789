"""Config `repair_synthetic`: break a verified unit on purpose (drop an invariant, weaken a
bound, delete an assert or a lemma call, remove a decreases clause); context = the mutated
file, target = the original file.

Error fields stay EMPTY unless the build ran real Verus on the mutated file (`--verus`):
only then do we know the mutant fails and what Verus printed. A mutant Verus accepts is
dropped (it is no repair task).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from verusbench import constants as C
from verusbench.records import TaskRow
from verusbench.tasks.common import make_row, unit_metadata
from verusbench.units import Unit

MUTATIONS = ("drop_invariant", "weaken_bound", "delete_assert", "delete_lemma_call",
             "remove_decreases")
#: whole-file targets: keep files small enough to be a useful training/eval example
MAX_FILE_BYTES = 32_000


@dataclass
class Mutant:
    unit: Unit
    kind: str
    text: str            # the mutated file


def _pick(items: list, *key: str):
    if not items:
        return None
    h = int(hashlib.sha256("\x00".join(key).encode()).hexdigest()[:8], 16)
    return items[h % len(items)]


def _delete(src: bytes, s: int, e: int, eat_semicolon: bool = False) -> bytes:
    if eat_semicolon:
        j = e
        while j < len(src) and src[j:j + 1] in b" \t\r\n":
            j += 1
        if src[j:j + 1] == b";":
            e = j + 1
    # take the whole line when the construct is alone on it
    ls = s
    while ls > 0 and src[ls - 1:ls] in b" \t":
        ls -= 1
    le = e
    while le < len(src) and src[le:le + 1] in b" \t\r":
        le += 1
    if (ls == 0 or src[ls - 1:ls] == b"\n") and src[le:le + 1] == b"\n":
        s, e = ls, le + 1
    return src[:s] + src[e:]


def _drop_invariant(u: Unit, src: bytes) -> bytes | None:
    sites = [(c, x) for lp in u.fn.loops for c in lp.clauses
             if c.kind in ("invariant", "invariant_except_break") for x in c.exprs]
    site = _pick(sites, u.path, u.fn_name, "drop_invariant")
    if site is None:
        return None
    clause, (s, e) = site
    if len(clause.exprs) == 1:
        return _delete(src, *clause.span)
    j = e
    while j < len(src) and src[j:j + 1] in b" \t":
        j += 1
    if src[j:j + 1] == b",":
        e = j + 1
    return _delete(src, s, e)


_STRICT = re.compile(rb"(?<=[\w)\]\s])<(?![=<])(?=\s)")


def _weaken_bound(u: Unit, src: bytes) -> bytes | None:
    """`a < b` -> `a <= b` in one loop invariant: a strict bound made non-strict."""
    sites = []
    for lp in u.fn.loops:
        for c in lp.clauses:
            if c.kind.startswith("invariant"):
                for s, e in c.exprs:
                    for m in _STRICT.finditer(src, s, e):
                        sites.append(m.start())
    pos = _pick(sites, u.path, u.fn_name, "weaken_bound")
    if pos is None:
        return None
    return src[:pos] + b"<=" + src[pos + 1:]


def _delete_proof(u: Unit, src: bytes, kinds: tuple[str, ...], tag: str) -> bytes | None:
    sites = [p for p in u.fn.proofs if p.kind in kinds]
    p = _pick(sites, u.path, u.fn_name, tag)
    if p is None:
        return None
    return _delete(src, *p.span, eat_semicolon=True)


def _remove_decreases(u: Unit, src: bytes) -> bytes | None:
    sites = [c for lp in u.fn.loops for c in lp.clauses if c.kind == "decreases"]
    sites += [c for c in u.fn.clauses if c.kind == "decreases"]
    c = _pick(sites, u.path, u.fn_name, "remove_decreases")
    return None if c is None else _delete(src, *c.span)


def mutants(u: Unit) -> list[Mutant]:
    """One mutant per applicable kind (site chosen by a stable hash)."""
    src = u.src
    if len(src) > MAX_FILE_BYTES:
        return []
    out: list[Mutant] = []
    for kind in MUTATIONS:
        if kind == "drop_invariant":
            m = _drop_invariant(u, src)
        elif kind == "weaken_bound":
            m = _weaken_bound(u, src)
        elif kind == "delete_assert":
            m = _delete_proof(u, src, ("assert", "assert_by", "assert_forall"), kind)
        elif kind == "delete_lemma_call":
            m = _delete_proof(u, src, ("lemma_call",), kind)
        else:
            m = _remove_decreases(u, src)
        if m is not None and m != src:
            out.append(Mutant(u, kind, m.decode("utf-8", "surrogateescape")))
    return out


def build(units: list[Unit], verus_path: str | None = None) -> tuple[list[TaskRow], dict[str, int]]:
    """Synthetic repair rows; with `verus_path`, only mutants Verus rejects, with its errors."""
    ms = [m for u in units for m in mutants(u)]
    stats = {"mutants": len(ms)}
    verdicts: list[tuple[str, str, str] | None] = [None] * len(ms)
    if verus_path:
        ms, verdicts, vstats = _verify(ms, verus_path)
        stats.update(vstats)
    rows = []
    for m, v in zip(ms, verdicts):
        md = unit_metadata(m.unit, m.kind)
        if v is not None:
            md.error_text, md.error_message, md.error_category = v
        rows.append(make_row(C.TASK_REPAIR_SYNTHETIC, m.text, m.unit.text, m.unit.text, md))
    return rows, stats


def _verify(ms: list[Mutant], verus_path: str):
    """Run real Verus on every mutant: keep those it rejects, with what it printed."""
    from verusbench.errors import normalize_message
    from verusbench.verifier import VerifyJob, find_verus, verify_many

    verus = find_verus(verus_path)
    jobs = [VerifyJob(text=m.text, name=f"{m.unit.fn_name}-{m.kind}.rs") for m in ms]
    results = verify_many(jobs, verus)
    kept, verdicts = [], []
    stats = {"verified_by_verus": 0, "rejected_by_verus": 0, "verus_inconclusive": 0}
    for m, r in zip(ms, results):
        if r.status == C.STATUS_VERIFIED:
            stats["verified_by_verus"] += 1
            continue
        first = r.first_error()
        if r.status not in (C.STATUS_FAILED, C.STATUS_COMPILE_ERROR) or first is None:
            stats["verus_inconclusive"] += 1
            continue
        stats["rejected_by_verus"] += 1
        text = "\n".join(d.message for d in r.error_diagnostics)
        kept.append(m)
        verdicts.append((text, normalize_message(first.message), first.category))
    return kept, verdicts, stats
