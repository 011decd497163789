"""Function units: every exec/proof fn with a body, in a file that verifies upstream.

A unit is one fn plus the file it lives in (its context). Which records may hold units, and
which fns are kept, is decided here; the tasks (A, B, P, synthetic C) only cut holes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from verusbench import constants as C
from verusbench.syntax.model import Item, ParsedFile

#: roles whose files verify upstream (benchmark files are filtered further by source/path)
UNIT_ROLES = (C.ROLE_EXAMPLE, C.ROLE_LIBRARY, C.ROLE_PROJECT, C.ROLE_BENCHMARK,
              C.ROLE_LLM_SOLUTION, C.ROLE_DEMO)

#: Verus example modes (first line `// rust_verify/tests/example.rs <mode>`) that verify
EXAMPLE_OK_MODES = {"", "expect-success", "expect-warnings", "no-report-long-running"}

#: attributes that make a fn (or its impl/mod) trusted instead of verified
ESCAPE_ATTRS = {"external_body", "external", "external_fn_specification", "assume_termination",
                "exec_allows_no_decreases_clause", "external_type_specification",
                "external_trait_specification", "external_trait_extension"}
_ESCAPE_TOKENS = re.compile(r"\b(assume|assume_|admit|assume_specification|inline_air_stmt)\s*[(\[<]|"
                            r"#!?\[\s*verifier\s*(::|\()\s*(external_body|external|assume_termination|"
                            r"exec_allows_no_decreases_clause|external_fn_specification)\b|"
                            r"\bverus_keep_ghost\b|\bverus_only\b")
_STUB = re.compile(r"\bunreached\s*\(|\bTODO\b|\bunimplemented!|\btodo!")
_COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)
_EXAMPLE_MODE = re.compile(r"^\s*//\s*rust_verify/tests/example\.rs\s*([\w-]*)")

FEATURE_PATTERNS: dict[str, re.Pattern[str]] = {
    "quantifiers": re.compile(r"\b(forall|exists|choose)\s*\|"),
    "nonlinear": re.compile(r"nonlinear_arith|integer_ring|\b[a-z_]\w*\s*\*\s*[a-z_]\w*\s*[*/%]?"),
    "bit_vector": re.compile(r"bit_vector|\s(<<|>>)\s|\s[&|^]\s"),
    "ghost_state": re.compile(r"\b(Ghost|Tracked)\s*[(<]|\blet\s+(ghost|tracked)\b|\btracked\b"),
    "sequences": re.compile(r"\bSeq\s*[<:]|@\s*\.|\.subrange\("),
    "sets_maps": re.compile(r"\b(Set|Map|Multiset)\s*[<:]"),
    "triggers": re.compile(r"#\[trigger\]|#!\[trigger"),
}


@dataclass
class Unit:
    """One fn of one file, with what the row metadata needs."""
    source: str
    repo: str
    commit: str
    path: str
    license: str
    role: str
    verified: str
    verus_version: str
    text: str                   # the whole file (the context the unit keeps)
    fn: Item
    fn_name: str                # qualified: Type::name for fns of impls/traits
    mode: str
    features: list[str] = field(default_factory=list)
    code_lines: int = 0
    group: str = ""             # split group (see split.py)
    cluster_id: str = ""
    minimized: str = "none"     # none / sliced / reduced (see verusbench.minimize)
    context_tokens: int = 0     # code tokens of `text` (0: not counted)
    slice_of: str = ""          # sliced: the crate root or file the slice was cut from
    original_text: str = ""     # sliced: the unit's whole file
    slice_files: frozenset[str] = frozenset()   # sliced: paths of the files the slice was cut from

    @property
    def src(self) -> bytes:
        return self.text.encode("utf-8", "surrogateescape")

    def fn_text(self) -> str:
        s, e = self.fn.span
        return self.src[s:e].decode("utf-8", "surrogateescape")


@dataclass
class Skip:
    """A file (or record) left out, and why: goes to BUILD_REPORT.json."""
    source: str
    path: str
    reason: str
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "path": self.path, "reason": self.reason,
                "detail": self.detail}


def example_mode(text: str) -> str:
    """Mode named by a Verus example's first line ('' when it names none)."""
    first = text.split("\n", 1)[0]
    m = _EXAMPLE_MODE.match(first)
    return m.group(1) if m else ""


def file_is_unit_source(rec: Any) -> tuple[bool, str]:
    """(True, '') when the record's file verifies upstream and may hold units, else
    (False, reason)."""
    if rec.role not in UNIT_ROLES:
        return False, f"role {rec.role} holds no units"
    if not rec.path.endswith(".rs"):
        return False, "not a .rs file"
    if rec.role == C.ROLE_EXAMPLE and example_mode(rec.text) not in EXAMPLE_OK_MODES:
        return False, f"example mode {example_mode(rec.text)!r} does not verify"
    if rec.role == C.ROLE_BENCHMARK:
        if rec.source == "verus-bench" and "/verified/" not in f"/{rec.path}":
            return False, "Verus-Bench file outside verified/ (a task, not a solution)"
        if rec.source == "human-eval-verus":
            code = _COMMENT.sub("", rec.text)
            if re.search(r"assume\s*\(\s*false\s*\)|\bunreached\s*\(", code) or "TODO" in rec.text:
                return False, "unfinished human-eval-verus task (stub)"
    if "verus!" not in rec.text and "verus_verify" not in rec.text:
        return False, "no verus! block (plain Rust)"
    return True, ""


def verified_status(rec: Any) -> str:
    """Row `verified` value: unchanged upstream files are `upstream`; demo and LLM-written
    solutions are `unchecked` (nobody we know of ran Verus on them for this build)."""
    if rec.role in (C.ROLE_DEMO, C.ROLE_LLM_SOLUTION):
        return C.VERIFIED_UNCHECKED
    v = getattr(rec, "verified", "") or ""
    return v if v in (C.VERIFIED_UPSTREAM, C.VERIFIED_BUILDER, C.VERIFIED_UNCHECKED) else C.VERIFIED_UPSTREAM


def _fns_with_parents(items: Iterable[Item], parents: tuple[Item, ...] = ()):
    for it in items:
        if it.kind == "fn":
            yield it, parents
        if it.children:
            yield from _fns_with_parents(it.children, parents + (it,))


def _has_escape_attr(it: Item) -> bool:
    return any((a.name or a.path.split("::")[-1]) in ESCAPE_ATTRS for a in it.attrs)


def features_of(fn: Item, fn_text: str) -> list[str]:
    """Feature tags of a unit (loops, quantifiers, nonlinear, bit_vector, recursion, ...)."""
    code = _COMMENT.sub("", fn_text)
    feats = set()
    if fn.loops:
        feats.add("loops")
    if any(p.kind == "lemma_call" for p in fn.proofs):
        feats.add("lemma_calls")
    if any(p.kind in ("assert", "assert_by", "assert_forall") for p in fn.proofs):
        feats.add("asserts")
    if any(p.kind == "proof_block" for p in fn.proofs):
        feats.add("proof_blocks")
    if any(p.prover == "nonlinear_arith" for p in fn.proofs):
        feats.add("nonlinear")
    if any(p.prover == "bit_vector" for p in fn.proofs):
        feats.add("bit_vector")
    if fn.name and fn.body is not None:
        body = code[code.find("{"):] if "{" in code else ""
        if re.search(rf"\b{re.escape(fn.name)}\s*(::<[^>]*>)?\s*\(", body):
            feats.add("recursion")
    for name, pat in FEATURE_PATTERNS.items():
        if pat.search(code):
            feats.add(name)
    return sorted(feats)


def _has_spec_or_proof(fn: Item) -> bool:
    if any(c.kind in ("requires", "ensures", "decreases", "recommends", "returns", "default_ensures")
           for c in fn.clauses):
        return True
    if any(lp.clauses for lp in fn.loops):
        return True
    return bool(fn.proofs)


def extract_units(rec: Any, pf: ParsedFile) -> tuple[list[Unit], list[tuple[str, str]]]:
    """Units of one parsed unit-source file, and (fn name, reason) for each fn left out."""
    units: list[Unit] = []
    dropped: list[tuple[str, str]] = []
    src = pf.source
    verified = verified_status(rec)
    verus_version = rec.commit if rec.source == "verus" else ""
    for fn, parents in _fns_with_parents(pf.items):
        name = f"{fn.impl_of}::{fn.name}" if fn.impl_of else fn.name
        mode = fn.mode or "exec"
        if mode not in ("exec", "proof"):
            continue  # spec fns and axioms are definitions, not units
        if fn.body is None:
            continue
        if not fn.in_verus:
            dropped.append((name, "outside verus!"))
            continue
        if _has_escape_attr(fn) or any(_has_escape_attr(p) for p in parents):
            dropped.append((name, "escape hatch attribute"))
            continue
        text = src[fn.span[0]:fn.span[1]].decode("utf-8", "surrogateescape")
        code = _COMMENT.sub("", text)
        if _ESCAPE_TOKENS.search(code) or any(p.kind in ("assume", "admit") for p in fn.proofs):
            dropped.append((name, "escape hatch in body"))
            continue
        if _STUB.search(text):
            dropped.append((name, "stub body"))
            continue
        if not _has_spec_or_proof(fn):
            dropped.append((name, "trivial (no spec and no proof)"))
            continue
        units.append(Unit(
            source=rec.source, repo=rec.repo, commit=rec.commit, path=rec.path,
            license=rec.license, role=rec.role, verified=verified, verus_version=verus_version,
            text=rec.text, fn=fn, fn_name=name, mode=mode,
            features=features_of(fn, text), code_lines=sum(1 for ln in code.splitlines() if ln.strip())))
    return units, dropped
