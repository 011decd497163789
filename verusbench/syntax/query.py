"""Helpers over a ParsedFile: byte tiling, JSON form, fn lookup."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import asdict
from typing import Any

from .lexer import raw_tokens
from .model import Item, ParsedFile, Span


def segments(pf: ParsedFile) -> list[tuple[str, Span]]:
    """Spans that tile `pf.source` in order: top-level items ("item:<kind>") and the gaps
    between them ("trivia" when only whitespace/comments, else "other")."""
    src = pf.source
    out: list[tuple[str, Span]] = []
    pos = 0

    def gap(a: int, b: int) -> None:
        if b <= a:
            return
        toks, _ = raw_tokens(src, a, b)
        trivia = all(t[:1].isspace() or t[:2] in (b"//", b"/*") for t in toks)
        out.append(("trivia" if trivia else "other", (a, b)))

    for it in sorted(pf.items, key=lambda x: x.span):
        s, e = it.span
        e = min(e, len(src))
        if s < pos or e <= s:
            continue   # nested/overlapping: already covered
        gap(pos, s)
        out.append((f"item:{it.kind}", (s, e)))
        pos = e
    gap(pos, len(src))
    return out


def _clause_json(c) -> dict[str, Any]:
    d = {"kind": c.kind, "span": list(c.span), "exprs": [list(e) for e in c.exprs]}
    if c.when is not None:
        d["when"] = list(c.when)
    if c.via is not None:
        d["via"] = list(c.via)
    return d


def _opt(sp: Span | None):
    return list(sp) if sp is not None else None


def item_json(it: Item) -> dict[str, Any]:
    """The issue's per-item JSON (plus additive detail keys)."""
    return {
        "kind": it.kind, "name": it.name, "mode": it.mode,
        "span": list(it.span), "body": _opt(it.body),
        "clauses": [_clause_json(c) for c in it.clauses],
        "loops": [{"kind": lp.kind, "span": list(lp.span), "header": list(lp.header),
                   "body": _opt(lp.body), "label": lp.label,
                   "clauses": [_clause_json(c) for c in lp.clauses]} for lp in it.loops],
        "attrs": [{"path": a.path, "name": a.name, "style": a.style, "inner": a.inner,
                   "args": a.args, "span": list(a.span)} for a in it.attrs],
        "proofs": [{"kind": p.kind, "span": list(p.span), "name": p.name, "prover": p.prover,
                    "body": _opt(p.body)} for p in it.proofs],
        "visibility": it.visibility, "modifiers": list(it.modifiers),
        "signature": _opt(it.signature), "generics": _opt(it.generics), "ret": _opt(it.ret),
        "ret_name": it.ret_name,
        "params": [{"name": p.name, "mode": p.mode, "span": list(p.span),
                    "type": _opt(p.type_span)} for p in it.params],
        "in_verus": it.in_verus, "impl_of": it.impl_of,
    }


def to_json(pf: ParsedFile, path: str = "") -> dict[str, Any]:
    """JSON of `verusbench parse --json` for one file (items flattened in source order)."""
    return {
        "path": path,
        "ok": pf.ok,
        "items": [item_json(it) for it in pf.walk()],
        "regions": [{"kind": r.kind, "span": list(r.span)} for r in pf.regions],
        "diagnostics": [asdict(d) for d in pf.diagnostics],
    }


def find_fn(pf: ParsedFile, name: str) -> Item | None:
    """First fn named `name` (items in impls/traits/mods included)."""
    for it in pf.walk():
        if it.kind == "fn" and it.name == name:
            return it
    return None


def fn_at(pf: ParsedFile, byte_offset: int) -> Item | None:
    """Innermost fn whose span contains the byte offset."""
    best: Item | None = None
    for it in pf.walk():
        if it.kind == "fn" and it.span[0] <= byte_offset < it.span[1]:
            if best is None or it.span[1] - it.span[0] <= best.span[1] - best.span[0]:
                best = it
    return best
