"""Cut specs or proofs out of one fn item, on the spans of the syntax model.

Shared by the task builders (the prompts of A-full and P show the stripped fn) and by the
integrity checker, which compares `strip_fn(prediction)` to `strip_fn(reference)` token for
token: both sides go through this one function, so what counts as "spec" or "proof" is
defined once.
"""

from __future__ import annotations

from verusbench.syntax.model import Item, Span

#: fn-level clauses that are specification (Task A's open part)
FN_SPEC_CLAUSES = frozenset({"requires", "recommends", "ensures", "default_ensures", "returns",
                             "decreases"})
#: ProofNode kinds removed for Task P (assume/admit are escape hatches, never in units)
PROOF_KINDS = frozenset({"proof_block", "assert", "assert_by", "assert_forall", "reveal",
                         "let_ghost", "let_tracked", "lemma_call", "calc", "assume", "admit"})
WHATS = ("specs_full", "ensures", "proofs")


def _as_bytes(source: bytes | str) -> bytes:
    return source if isinstance(source, bytes) else source.encode("utf-8", "surrogateescape")


def _skip_ws_and_comments(src: bytes, i: int, end: int) -> int:
    """First byte at or after i that is not whitespace or a comment."""
    while i < end:
        c = src[i:i + 1]
        if c.isspace():
            i += 1
        elif src.startswith(b"//", i):
            nl = src.find(b"\n", i, end)
            i = end if nl < 0 else nl + 1
        elif src.startswith(b"/*", i):
            close = src.find(b"*/", i + 2, end)
            i = end if close < 0 else close + 2
        else:
            break
    return i


def fn_item_span(fn: Item, source: bytes | str | None = None) -> tuple[int, int]:
    """Span of the fn item that A-full and P replace: after its outer attributes through the
    end of the body (or the item). Given the source, the whitespace and comments between the
    attributes and the fn are left out too (the builder always passes it)."""
    start, end = fn.span
    outer = [a for a in fn.attrs if not a.inner and start <= a.span[0] and a.span[1] <= end]
    if outer:
        start = max(a.span[1] for a in outer)
    if fn.body is not None:
        end = fn.body[1]
    if outer and source is not None:
        start = _skip_ws_and_comments(_as_bytes(source), start, end)
    return start, end


def _removal_spans(src: bytes, fn: Item, what: str) -> list[Span]:
    spans: list[Span] = []
    if what == "ensures":
        spans = [c.span for c in fn.clauses if c.kind == "ensures"]
    elif what == "specs_full":
        spans = [c.span for c in fn.clauses if c.kind in FN_SPEC_CLAUSES]
        spans += [c.span for lp in fn.loops for c in lp.clauses]
    elif what == "proofs":
        spans = [c.span for lp in fn.loops for c in lp.clauses]
        for p in fn.proofs:
            if p.kind in PROOF_KINDS:
                s, e = p.span
                # the statement's `;` goes with it
                j = _skip_ws_and_comments(src, e, len(src))
                if src[j:j + 1] == b";" and p.kind not in ("proof_block",):
                    e = j + 1
                spans.append((s, e))
    else:
        raise ValueError(f"strip_fn: unknown `what` {what!r}; expected one of {WHATS}")
    return spans


def _merge(spans: list[Span]) -> list[Span]:
    """Sorted, non-overlapping outermost spans (nested ones fold into their parent)."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def _widen_to_lines(src: bytes, s: int, e: int, lo: int, hi: int) -> tuple[int, int]:
    """If [s, e) is alone on its lines (only whitespace around it), take the whole lines so
    the stripped fn has no blank gaps."""
    ls = s
    while ls > lo and src[ls - 1:ls] in (b" ", b"\t"):
        ls -= 1
    if not (ls == lo or src[ls - 1:ls] == b"\n"):
        return s, e
    le = e
    while le < hi and src[le:le + 1] in (b" ", b"\t", b"\r"):
        le += 1
    if le < hi and src[le:le + 1] == b"\n":
        return ls, le + 1
    if le == hi:
        return ls, le
    return s, e


def strip_fn(source: bytes | str, fn: Item, what: str) -> str:
    """The fn item's text (fn_item_span) with `what` removed: "specs_full" (fn
    requires/recommends/ensures/returns/decreases and every loop clause), "ensures" (the fn's
    ensures clause) or "proofs" (loop clauses, asserts, proof blocks, ghost/tracked lets,
    reveals, lemma calls, each with its `;`)."""
    src = _as_bytes(source)
    lo, hi = fn_item_span(fn, src)
    spans = [(max(s, lo), min(e, hi)) for s, e in _removal_spans(src, fn, what)
             if e > lo and s < hi and e > s]
    out: list[bytes] = []
    pos = lo
    for s, e in _merge(spans):
        s, e = _widen_to_lines(src, s, e, lo, hi)
        if s < pos:
            s = pos
        out.append(src[pos:s])
        pos = max(pos, e)
    out.append(src[pos:hi])
    return b"".join(out).decode("utf-8", "surrogateescape")
