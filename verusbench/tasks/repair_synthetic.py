"""Config `repair_synthetic`: break a verified unit on purpose (drop an invariant, weaken a
bound, delete an assert or a lemma call, remove a decreases clause); context = the mutated
file, target = the original file.

Error fields stay EMPTY unless the build ran real Verus on the mutated file (`--verus`):
only then do we know the mutant fails and what Verus printed. A mutant Verus accepts is
dropped (it is no repair task); the original file is verified too, and `verified` becomes
`builder` only when it passed. Output of the test double tests/fake_verus (allowed only in
tests) is labelled: error fields start with TEST_DOUBLE_TAG, `verified` is `test-double`.
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


#: `verified` of a row whose original file only the test double tests/fake_verus accepted:
#: never `builder`, so it can never pass for a Verus result
VERIFIED_TEST_DOUBLE = "test-double"
#: prefix of every error field written from the test double's output
TEST_DOUBLE_TAG = "[TEST DOUBLE tests/fake_verus, NOT Verus output]"


def build(units: list[Unit], verus=None, *, workers: int | None = None,
          progress: bool = False) -> tuple[list[TaskRow], dict[str, int]]:
    """Synthetic repair rows. With `verus` (a VerusBinary or a path), mutants it accepts are
    dropped and the rest keep its first error; the original file's status is recorded."""
    ms = [m for u in units for m in mutants(u)]
    stats = {"mutants": len(ms)}
    verdicts: list[tuple[str, str, str] | None] = [None] * len(ms)
    originals: dict[str, bool] = {}
    vb = None
    if verus:
        from verusbench.verifier import find_verus
        vb = verus if hasattr(verus, "identity") else find_verus(str(verus))
        ms, verdicts, originals, vstats = _verify(ms, vb, workers=workers, progress=progress)
        stats.update(vstats)
    rows = []
    for m, v in zip(ms, verdicts):
        md = unit_metadata(m.unit, m.kind)
        if vb is not None:
            md.verus_version = verifier_version(vb)
            if originals.get(m.unit.text):
                md.verified = VERIFIED_TEST_DOUBLE if vb.is_test_double else C.VERIFIED_BUILDER
        if v is not None:
            md.error_text, md.error_message, md.error_category = v
        rows.append(make_row(C.TASK_REPAIR_SYNTHETIC, m.text, m.unit.text, m.unit.text, md))
    return rows, stats


def verifier_version(vb) -> str:
    """The `verus_version` a builder-verified row records: the verifier's own version."""
    v = vb.identity.get("verus", {}) if isinstance(vb.identity, dict) else {}
    ver = str(v.get("version", "?"))
    return f"{ver} (TEST DOUBLE tests/fake_verus, not Verus)" if vb.is_test_double else ver


def _as_printed(r, first) -> str:
    """The first error as the verifier printed it: its `rendered` text from the JSON
    diagnostics on stderr; else its message, location and label, which it also printed."""
    import json
    for line in (r.stderr_tail or "").splitlines():
        t = line.strip()
        if not t.startswith("{"):
            continue
        try:
            obj = json.loads(t)
        except ValueError:
            continue
        if (isinstance(obj, dict) and obj.get("level") == "error" and obj.get("message") == first.message
                and isinstance(obj.get("rendered"), str) and obj["rendered"].strip()):
            return obj["rendered"].rstrip("\n")
    text = f"error: {first.message}"
    if first.line is not None:
        text += f"\n  --> {first.line}:{first.col or 0}"
    if first.label:
        text += f"\n   | {first.label}"
    return text


def _verify(ms: list[Mutant], vb, *, workers: int | None = None, progress: bool = False):
    """Run the verifier on every mutant and on each original file: drop mutants it accepts
    (the mutation broke nothing) and inconclusive runs; keep the rest with its first error."""
    from verusbench.errors import normalize_message
    from verusbench.verifier import VerifyJob, verify_many

    orig_texts = sorted({m.unit.text for m in ms})
    jobs = [VerifyJob(text=t, name=f"original-{i}.rs") for i, t in enumerate(orig_texts)]
    jobs += [VerifyJob(text=m.text, name=f"mutant-{i}-{m.unit.fn_name}-{m.kind}.rs") for i, m in enumerate(ms)]
    results = verify_many(jobs, vb, workers=workers, progress=progress)
    originals = {t: r.status == C.STATUS_VERIFIED for t, r in zip(orig_texts, results)}
    kept, verdicts = [], []
    stats = {"originals_checked": len(orig_texts),
             "originals_verified": sum(originals.values()),
             "mutants_verified_dropped": 0, "mutants_rejected_kept": 0,
             "mutants_inconclusive_dropped": 0}
    tag = TEST_DOUBLE_TAG + " " if vb.is_test_double else ""
    for m, r in zip(ms, results[len(orig_texts):]):
        if r.status == C.STATUS_VERIFIED:
            stats["mutants_verified_dropped"] += 1
            continue
        first = r.first_error()
        if r.status not in (C.STATUS_FAILED, C.STATUS_COMPILE_ERROR) or first is None:
            stats["mutants_inconclusive_dropped"] += 1   # timeout / crash: says nothing
            continue
        stats["mutants_rejected_kept"] += 1
        kept.append(m)
        verdicts.append((tag + _as_printed(r, first), tag + normalize_message(first.message),
                         first.category))
    return kept, verdicts, originals, stats
