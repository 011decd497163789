"""Verus-guided reduction of a slice: delta debugging (ddmin) that removes items, then
statements of non-target proof code, while the file still verifies and its target fn stays
byte-identical. Every candidate passes cheap checks first (it parses, the target's text is
unchanged, no escape hatch was added), then the oracle; oracle answers are memoised by the
candidate's sha256. The result is deterministic given the oracle (and a budget not spent by
time); creduce is a second backend (`reduce_with_creduce`).
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from .integrity import added_hatches
from .ledger import text_sha256
from .slice import _doc_start, _label, _trailing_end, code_tokens, qualified_name
from .syntax import parse
from .syntax.lexer import lex
from .syntax.model import Item, ParsedFile

REDUCTIONS = "reductions.jsonl"
FILES = "files"
#: real results of every input and reduced output (ledger format): `build --ledger` reads it
LEDGER = "ledger.jsonl.gz"
#: proof nodes that may go from any non-target, non-spec fn (ghost code only)
REMOVABLE_NODES = frozenset({"proof_block", "assert", "assert_by", "assert_forall",
                             "lemma_call", "reveal", "calc"})
_SPEC_MODES = ("spec", "spec(checked)")
#: ddmin's candidate orders: `tree` first removes what the slicer kept for one reason
#: together (`dependency_groups`), then item by item; `flat` only item by item
STRATEGIES = ("tree", "flat")
#: items whose name a file uses only to mean them (no method, field or local shares the
#: kind): one removed while its name is still used cannot compile
_NAMED_KINDS = frozenset({"fn", "struct", "enum", "type", "const", "static", "trait", "union"})
# words after a block's `}` that continue the statement (`if {} else {}`, `assert(..) by {}`)
_CONTINUE_AFTER_BLOCK = frozenset({"else", "by", "as", "is", "isnt", "has", "matches",
                                   "implies", "with", "when", "via"})


@dataclass
class Reduction:
    """What reduction did to one input (one file and its target fn)."""

    input_sha256: str
    target_fn: str
    status: str                 # reduced | unchanged | input_not_verified | error
    output_sha256: str = ""
    tokens_before: int = 0
    tokens_after: int = 0
    removed_items: list[str] = field(default_factory=list)
    removed_statements: list[str] = field(default_factory=list)
    oracle_calls: int = 0
    cache_hits: int = 0
    prechecks_failed: int = 0   # candidates refused before the oracle (parse/target/escape)
    seconds: float = 0.0
    backend: str = "ddmin"
    strategy: str = ""          # ddmin's candidates: tree (the slicer's keep tree first) | flat
    verifier: dict = field(default_factory=dict)
    verifier_description: str = ""
    flags: list[str] = field(default_factory=list)   # the Verus flags the oracle used
    budget_exhausted: bool = False
    reason: str = ""
    meta: dict = field(default_factory=dict)   # the input's metadata (manifest line, file)
    text: str = field(default="", repr=False)  # the output text (not in to_json)

    def to_json(self) -> dict:
        d = asdict(self)
        d.pop("text")
        return d

    @classmethod
    def from_json(cls, d: dict, text: str = "") -> "Reduction":
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in d.items() if k in known and k != "text"}, text=text)


# ----------------------------------------------------------------- oracles

class CallableOracle:
    """A Python predicate as oracle (unit tests); its results are not Verus results."""

    backend = "python"

    def __init__(self, fn: Callable[[str], bool], identity: dict | None = None):
        self.fn = fn
        self.identity = identity or {"oracle": "python callable", "test_double": True}
        self.description = "Python oracle (not Verus)"

    def __call__(self, texts: Sequence[str]) -> list[bool]:
        return [bool(self.fn(t)) for t in texts]


class VerusOracle:
    """Verus (or its test double) under the pinned flags, one `verifier.run_job` per
    candidate (threads: the work is in Verus processes, so reductions may run side by
    side); a candidate is interesting iff its status is `verified`."""

    def __init__(self, verus, *, rlimit: float = 10.0, seed: int = 0, timeout_s: float = 120.0,
                 memory_mb: int = 8192, cache=None):
        from .verifier import describe_identity
        self.verus, self.cache = verus, cache
        self.job_args = dict(rlimit=rlimit, seed=seed, timeout_s=timeout_s, memory_mb=memory_mb)
        self.identity = verus.identity
        self.description = describe_identity(verus.identity)
        from .verifier import VerifyJob
        self.flags = VerifyJob(text="", **self.job_args).flags()

    def results(self, texts: Sequence[str]) -> list:
        from concurrent.futures import ThreadPoolExecutor

        from .verifier import VerifyJob, run_job
        jobs = [VerifyJob(text=t, name=f"{text_sha256(t)[:12]}.rs", **self.job_args) for t in texts]
        if len(jobs) <= 1:
            return [run_job(j, self.verus, self.cache) for j in jobs]
        with ThreadPoolExecutor(len(jobs)) as ex:
            return list(ex.map(lambda j: run_job(j, self.verus, self.cache), jobs))

    def __call__(self, texts: Sequence[str]) -> list[bool]:
        from . import constants as C
        return [r.status == C.STATUS_VERIFIED for r in self.results(texts)]


# ----------------------------------------------------------------- the syntax side

def find_target(pf: ParsedFile, target: str) -> Item:
    """The fn named `target` (`name` or `Type::name`); ValueError when absent or ambiguous."""
    hits = [it for it in pf.walk() if it.kind == "fn" and qualified_name(it) == target]
    if not hits:
        hits = [it for it in pf.walk() if it.kind == "fn" and it.name == target]
    if not hits:
        raise ValueError(f"no fn named {target!r} in the file")
    if len({pf.text(h.span) for h in hits}) > 1:
        raise ValueError(f"{len(hits)} fns are named {target!r}: name it as Type::name")
    return hits[0]


def _ancestors(pf: ParsedFile, target: Item) -> set[int]:
    """Ids of the target and the items that contain it."""
    def path(items: list[Item]) -> list[Item] | None:
        for it in items:
            if it is target:
                return [it]
            sub = path(it.children)
            if sub is not None:
                return [it, *sub]
        return None
    return {id(x) for x in path(pf.items) or [target]}


@dataclass(frozen=True)
class _Cand:
    label: str
    cut: tuple[int, int]      # bytes removed from the current text


def defined_names(pf: ParsedFile) -> set[str]:
    """Names of the file's free items (`_NAMED_KINDS` outside impls and traits)."""
    out: set[str] = set()

    def visit(items: list[Item]) -> None:
        for it in items:
            if it.kind in _NAMED_KINDS and it.name:
                out.add(it.name)
            if it.kind not in ("impl", "trait"):
                visit(it.children)

    visit(pf.items)
    return out


def still_named(pf: ParsedFile, names: set[str]) -> str:
    """The first of `names` the file still uses as a path or value (not after `.` or a
    type's `::`, not declared as `name:` of a field or parameter), else ''. A cheap precheck: a candidate
    that removes an item its rest still names fails to compile, so it never costs a Verus
    call (a local of the same name can refuse a removal Verus would accept)."""
    words = re.compile(rb"\b(?:" + b"|".join(re.escape(n.encode()) for n in sorted(names)) + rb")\b")
    if not words.search(pf.source):     # most candidates: no lexing needed
        return ""
    lr = lex(pf.source)
    T, K = lr.texts, lr.kinds
    for i, t in enumerate(T):
        if t in names and K[i] == "ident":
            if i > 0 and T[i - 1] == ".":
                continue
            if i > 1 and T[i - 1] == "::" and (T[i - 2] == "Self" or T[i - 2][:1].isupper()):
                continue    # a type's associated item
            if i + 1 < len(T) and T[i + 1] == ":":
                continue
            return t
    return ""


def _line_cut(src: bytes, s: int, e: int) -> tuple[int, int]:
    """The whole line(s) when the span is alone on them, else the span."""
    a = s
    while a > 0 and src[a - 1:a] in (b" ", b"\t"):
        a -= 1
    if a > 0 and src[a - 1:a] != b"\n":
        return s, e
    b = e
    while b < len(src) and src[b:b + 1] in (b" ", b"\t", b"\r"):
        b += 1
    if b < len(src) and src[b:b + 1] != b"\n":
        return s, e
    return a, min(b + 1, len(src))


def _tidy(src: bytes, s: int, e: int) -> tuple[int, int]:
    """Whole lines when the cut starts a line (its indentation too), and one blank line
    fewer when blank lines would meet."""
    a = s
    while a > 0 and src[a - 1:a] in (b" ", b"\t"):
        a -= 1
    if (a == 0 or src[a - 1:a] == b"\n") and (e == len(src) or src[e - 1:e] == b"\n"):
        s = a
        if a >= 2 and src[a - 2:a] == b"\n\n" and src[e:e + 1] in (b"\n", b""):
            s = a - 1
    return s, e


def _obligation(it: Item) -> bool:
    """A type invariant adds proof obligations to the code that builds or changes its
    type: removing it (or what holds it) would weaken what the target proves."""
    return any((a.name or a.path.split("::")[-1]) == "type_invariant" for x in it.walk() for a in x.attrs)


def _item_cuts(pf: ParsedFile, max_depth: int | None = None) -> dict[int, tuple[Item, int, tuple[int, int]]]:
    """id -> (item, depth, the bytes its removal cuts: with its doc comments and the rest
    of its line) for every item of the file (down to `max_depth` levels, 0: top level)."""
    src = pf.source
    out: dict[int, tuple[Item, int, tuple[int, int]]] = {}

    def visit(items: list[Item], d: int, floor: int) -> None:
        for it in sorted(items, key=lambda x: x.span):
            out[id(it)] = (it, d, _tidy(src, _doc_start(src, it.span[0], floor), _trailing_end(src, it.span[1])))
            if it.children and it.body and (max_depth is None or d < max_depth):
                visit(it.children, d + 1, it.body[0] + 1)
            floor = it.span[1]

    visit(pf.items, 0, 0)
    return out


def item_candidates(pf: ParsedFile, target: Item, depth: int) -> list[_Cand]:
    """Items `depth` levels down (0: top level) outside the target's ancestry, each with
    its doc comments, in source order (type invariants stay)."""
    keep = _ancestors(pf, target)
    return [_Cand(_label(it), cut) for it, d, cut in _item_cuts(pf, depth).values()
            if d == depth and id(it) not in keep and not _obligation(it)]


def dominator_tree(root: int, succ: dict[int, set[int]]) -> dict[int, int]:
    """Immediate dominators (node -> its idom; the root maps to itself) of the nodes
    reachable from `root` (Cooper, Harvey and Kennedy's iterative algorithm)."""
    order, seen, stack = [], {root}, [(root, iter(sorted(succ.get(root, ()))))]
    while stack:                   # postorder, iteratively
        n, it = stack[-1]
        nxt = next(it, None)
        if nxt is None:
            stack.pop()
            order.append(n)
        elif nxt not in seen:
            seen.add(nxt)
            stack.append((nxt, iter(sorted(succ.get(nxt, ())))))
    order.reverse()
    rank = {n: i for i, n in enumerate(order)}
    preds: dict[int, list[int]] = {}
    for n in order:
        for m in succ.get(n, ()):
            preds.setdefault(m, []).append(n)
    idom = {root: root}

    def meet(a: int, b: int) -> int:
        while a != b:
            while rank[a] > rank[b]:
                a = idom[a]
            while rank[b] > rank[a]:
                b = idom[b]
        return a

    changed = True
    while changed:
        changed = False
        for n in order[1:]:
            ps = [p for p in preds.get(n, ()) if p in idom]
            new = ps[0]
            for q in ps[1:]:
                new = meet(q, new)
            if idom.get(n) != new:
                idom[n] = new
                changed = True
    return idom


def dependency_groups(pf: ParsedFile, target: Item, depth: int) -> list[list[_Cand]]:
    """Removal groups from the slicer's closure (`verusbench.slice`, recomputed on the
    current text): hierarchical delta debugging over the dominator tree of what the target
    keeps. An item's edges go to what kept it, to every kept item whose name it holds as a
    token (a method of any type, an over-approximation on purpose) and to its container; an
    item's dominator subtree is what only it reaches, so removing the whole subtree leaves no
    name it removed in use but its root's, and the root is typically a method kept by name
    for another type or an impl kept with its type. At `depth` 1, first the items the
    closure does not reach at all, then each subtree under the target; at depth k, the
    subtrees k levels down. A container (module, impl) goes only with every kept item inside
    it; the target's ancestry and type invariants stay."""
    from .slice import CrateGraph, _needed
    g = CrateGraph(pf)
    why: dict[int, tuple] = {}
    kept = _needed(g, target, why)
    by_name: dict[str, set[int]] = {}
    for i in kept:
        if g.by_id[i].name:
            by_name.setdefault(g.by_id[i].name, set()).add(i)
    succ: dict[int, set[int]] = {i: set() for i in kept}
    for i, (_, src) in why.items():
        if src in succ and i != src:
            succ[src].add(i)
    for i in kept:
        it = g.by_id[i]
        s, e = it.span
        if it.children and it.body:
            e = it.body[0] + 1            # its children hold their own names
        texts, kinds = g.tokens(s, e)
        for t, k in zip(texts, kinds):
            if k == "ident" and t in by_name:
                succ[i] |= by_name[t] - {i}
        if (p := g.parent.get(i)) is not None and id(p) in kept:
            succ[i].add(id(p))
    idom = dominator_tree(id(target), succ)
    kids: dict[int, list[int]] = {}
    for n, d in idom.items():
        if n != d:
            kids.setdefault(d, []).append(n)
    cuts = _item_cuts(pf)
    stay = _ancestors(pf, target)
    inner = {i: {id(c) for c in it.walk() if c is not it and id(c) in kept} for i, (it, _, _) in cuts.items()
             if it.children}

    def group(ids: set[int]) -> list[_Cand]:
        out = []
        for i in ids:
            if i not in cuts or i in stay or _obligation(cuts[i][0]) or not inner.get(i, set()) <= ids:
                continue
            out.append(_Cand(_label(cuts[i][0]), cuts[i][2]))
        return _outermost(out)

    def subtree(i: int) -> set[int]:
        out, stack = set(), [i]
        while stack:
            j = stack.pop()
            if j not in out:
                out.add(j)
                stack.extend(kids.get(j, ()))
        return out

    groups: list[list[_Cand]] = []
    if depth == 1 and (grp := group({i for i in cuts if i not in kept})):
        groups.append(grp)      # an unreached item inside a kept container goes alone
    level = [id(target)]
    for _ in range(depth):
        level = [k for i in level for k in kids.get(i, ())]
    for grp in sorted((g_ for n in level if (g_ := group(subtree(n)))), key=lambda x: x[0].cut):
        groups.append(grp)
    return groups


def _statements(src: bytes, body: tuple[int, int]) -> list[tuple[int, int]] | None:
    """Top-level statements of a `{ .. }` body as byte spans (`;` included); None when the
    tokens do not split cleanly (then the body is left alone)."""
    lr = lex(src, body[0], body[1])
    T, S, E = lr.texts, lr.starts, lr.ends
    if len(T) < 2 or T[0] != "{" or T[-1] != "}":
        return None
    out: list[tuple[int, int]] = []
    depth, start = 0, None
    for i in range(1, len(T) - 1):
        t = T[i]
        if start is None:
            if t == ";":
                continue
            start = i
        if t in ("(", "[", "{"):
            depth += 1
        elif t in (")", "]", "}"):
            depth -= 1
            if depth < 0:
                return None
            nxt = T[i + 1]
            if depth == 0 and t == "}" and nxt != ";" and nxt not in _CONTINUE_AFTER_BLOCK \
                    and (lr.kinds[i + 1] == "ident" or nxt in ("}", "#")) and T[start] != "let":
                out.append((S[start], E[i]))
                start = None
        elif t == ";" and depth == 0:
            out.append((S[start], E[i]))
            start = None
    if depth != 0:
        return None
    if start is not None:   # the tail expression
        out.append((S[start], E[len(T) - 2]))
    return out


def _with_semi(src: bytes, e: int) -> int:
    j = e
    while j < len(src) and src[j:j + 1] in b" \t\r\n":
        j += 1
    return j + 1 if src[j:j + 1] == b";" else e


def statement_candidates(pf: ParsedFile, target: Item) -> list[_Cand]:
    """Statements of non-target proof fns (lemma bodies) and proof nodes (proof blocks,
    asserts, lemma calls, reveals) of every non-target, non-spec fn, in source order."""
    src = pf.source
    spans: dict[tuple[int, int], str] = {}
    t0, t1 = target.span
    for fn in pf.walk():
        if fn.kind != "fn" or fn is target or fn.body is None or fn.mode in _SPEC_MODES:
            continue
        if t0 <= fn.span[0] < t1:
            continue
        where = _label(fn)
        found: list[tuple[int, int]] = []
        if fn.mode == "proof":
            found.extend(_statements(src, fn.body) or [])
        found.extend((n.span[0], _with_semi(src, n.span[1])) for n in fn.proofs
                     if n.kind in REMOVABLE_NODES)
        for s, e in found:
            if s >= e or not (fn.body[0] < s and e < fn.body[1]):
                continue
            cut = _tidy(src, *_line_cut(src, s, e))
            first = src[s:e].decode("utf-8", "surrogateescape").strip().splitlines()[0]
            spans.setdefault(cut, f"{where}: {first[:60]}")
    return [_Cand(label, cut) for cut, label in sorted(spans.items())]


_PARSE_LOCK = threading.Lock()


def _parse(text: str | bytes) -> ParsedFile:
    # one tree-sitter parser serves the process: reductions in threads take turns
    with _PARSE_LOCK:
        return parse(text)


def _depth(items: list[Item]) -> int:
    return max((1 + _depth(it.children) for it in items if it.children), default=0)


def _render(src: bytes, cuts: Iterable[tuple[int, int]]) -> str:
    out, pos = [], 0
    for s, e in sorted(cuts):
        s = max(s, pos)
        out.append(src[pos:s])
        pos = max(pos, e)
    out.append(src[pos:])
    return b"".join(out).decode("utf-8", "surrogateescape")


def _outermost(cands: list[_Cand]) -> list[_Cand]:
    """Candidates not inside another one (labels of what was really removed)."""
    out: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (c.cut[0], -c.cut[1])):
        if out and out[-1].cut[0] <= c.cut[0] and c.cut[1] <= out[-1].cut[1]:
            continue
        out.append(c)
    return out


# ----------------------------------------------------------------- the reducer

class _Budget(Exception):
    pass


class Reducer:
    """One reduction: the input, its target, the oracle, budgets, memo and counters."""

    def __init__(self, text: str, target: str, oracle, *, max_calls: int = 200,
                 max_seconds: float = 600.0, batch: int = 1, strategy: str = "tree"):
        if strategy not in STRATEGIES:
            raise ValueError(f"unknown reduction strategy {strategy!r} (one of {', '.join(STRATEGIES)})")
        self.strategy = strategy
        self.original = text
        self.src0 = text.encode("utf-8", "surrogateescape")
        self.pf0 = _parse(self.src0)
        self.target_name = target
        t = find_target(self.pf0, target)
        self.target_text = self.pf0.text(t.span)
        self.diagnostics0 = len(self.pf0.diagnostics)
        self.names0 = defined_names(self.pf0)
        self.oracle = oracle
        self.max_calls, self.max_seconds, self.batch = max_calls, max_seconds, max(1, batch)
        self.memo: dict[str, bool] = {}
        self.calls = self.hits = self.prechecks_failed = 0
        self.exhausted = False
        self.t0 = time.monotonic()

    # -- checks
    def precheck(self, text: str) -> str:
        """'' when a candidate may go to the oracle, else why not."""
        pf = _parse(text)
        if len(pf.diagnostics) > self.diagnostics0:
            return "does not parse"
        try:
            t = find_target(pf, self.target_name)
        except ValueError as e:
            return str(e)
        if pf.text(t.span) != self.target_text:
            return "target fn changed"
        if (gone := self.names0 - defined_names(pf)) and (used := still_named(pf, gone)):
            return f"removes {used}, which it still names"
        if added_hatches(self.original, text):
            return "adds an escape hatch"
        return ""

    def first_passing(self, texts: list[str]) -> int | None:
        """Index of the first text that passes (prechecks, then the oracle in batches)."""
        pending: list[int] = []

        def flush() -> int | None:
            if not pending:
                return None
            left = self.max_calls - self.calls
            if left <= 0 or time.monotonic() - self.t0 >= self.max_seconds:
                self.exhausted = True
                raise _Budget()
            todo = pending[:left]
            answers = self.oracle([texts[i] for i in todo])
            self.calls += len(todo)
            for i, ok in zip(todo, answers):
                self.memo[text_sha256(texts[i])] = bool(ok)
            hit = next((i for i, ok in zip(todo, answers) if ok), None)
            if hit is None and len(todo) < len(pending):
                self.exhausted = True
                raise _Budget()
            pending.clear()
            return hit

        for i, t in enumerate(texts):
            known = self.memo.get(text_sha256(t))
            if known is not None:
                self.hits += 1
                if known:
                    try:
                        got = flush()
                    except _Budget:   # the earlier ones stay unknown; this one is known good
                        got = None
                    return got if got is not None else i
                continue
            why = self.precheck(t)
            if why:
                self.prechecks_failed += 1
                self.memo[text_sha256(t)] = False
                continue
            pending.append(i)
            if len(pending) >= self.batch:
                got = flush()
                if got is not None:
                    return got
        return flush()

    # -- ddmin over one list of candidates of the current text
    def ddmin(self, text: str, cands: list) -> tuple[str, list[_Cand]]:
        """Remove as many of `cands` as the oracle allows (complement-first ddmin, starting
        with all of them at once); a candidate is a `_Cand` or a group of them removed
        together. Returns the new text and the removed candidates."""
        src = text.encode("utf-8", "surrogateescape")
        keep = [c if isinstance(c, list) else [c] for c in cands]
        removed: list[_Cand] = []
        n = 1
        while keep:
            n = min(n, len(keep))
            size = -(-len(keep) // n)
            chunks = [keep[i:i + size] for i in range(0, len(keep), size)]
            texts = [_render(src, [c.cut for c in removed + [x for grp in ch for x in grp]]) for ch in chunks]
            try:
                hit = self.first_passing(texts)
            except _Budget:
                break
            if hit is not None:
                removed = removed + [x for grp in chunks[hit] for x in grp]
                del keep[hit * size:(hit + 1) * size]
                n = max(n - 1, 1)
                continue
            if n >= len(keep):
                break
            n = min(2 * n, len(keep))
        return _render(src, [c.cut for c in removed]), removed

    def run(self) -> Reduction:
        red = Reduction(input_sha256=text_sha256(self.original), target_fn=self.target_name,
                        status="unchanged", tokens_before=code_tokens(self.original), strategy=self.strategy,
                        verifier=getattr(self.oracle, "identity", {}),
                        verifier_description=getattr(self.oracle, "description", ""),
                        flags=list(getattr(self.oracle, "flags", [])))
        text = self.original
        try:
            ok = self.first_passing([text])
        except _Budget:
            ok = None
        if ok is None:
            red.status = "input_not_verified" if not self.exhausted else "unchanged"
            red.reason = ("the input does not verify with the oracle" if not self.exhausted
                          else "budget spent before the input was checked")
            return self._finish(red, text)
        if self.strategy == "tree":
            depth = 1
            while not self.exhausted:   # the slicer's reasons, one level of its keep tree at a time
                pf = _parse(text)
                try:
                    groups = dependency_groups(pf, find_target(pf, self.target_name), depth)
                except Exception as e:   # noqa: BLE001 - the item-by-item passes still run
                    red.reason = f"tree strategy stopped at depth {depth}: {type(e).__name__}: {e}"
                    break
                if not groups:
                    break
                text, gone = self.ddmin(text, groups)
                red.removed_items.extend(c.label for c in _outermost(gone))
                depth += 1
        changed = True
        while changed and not self.exhausted:
            changed = False
            depth = 0
            while not self.exhausted:   # whole items: top level, then inside mods/impls
                pf = _parse(text)
                if depth > _depth(pf.items):
                    break
                cands = item_candidates(pf, find_target(pf, self.target_name), depth)
                text, gone = self.ddmin(text, cands)
                red.removed_items.extend(c.label for c in _outermost(gone))
                changed |= bool(gone)
                depth += 1
            if self.exhausted:
                break
            pf = _parse(text)
            text, gone = self.ddmin(text, statement_candidates(pf, find_target(pf, self.target_name)))
            red.removed_statements.extend(c.label for c in _outermost(gone))
            changed |= bool(gone)
        red.status = "reduced" if text != self.original else "unchanged"
        return self._finish(red, text)

    def _finish(self, red: Reduction, text: str) -> Reduction:
        red.text = text
        red.output_sha256 = text_sha256(text)
        red.tokens_after = code_tokens(text)
        red.oracle_calls, red.cache_hits = self.calls, self.hits
        red.prechecks_failed = self.prechecks_failed
        red.budget_exhausted = self.exhausted
        red.seconds = round(time.monotonic() - self.t0, 3)
        return red


def reduce_text(text: str, target: str, oracle, *, max_calls: int = 200,
                max_seconds: float = 600.0, batch: int = 1, strategy: str = "tree") -> Reduction:
    """Reduce `text` around its fn `target` with ddmin; an oracle is a callable from a
    list of texts to a list of bools (`CallableOracle`, `VerusOracle`)."""
    return Reducer(text, target, oracle, max_calls=max_calls, max_seconds=max_seconds,
                   batch=batch, strategy=strategy).run()


# ----------------------------------------------------------------- creduce backend

def creduce_available() -> str | None:
    return shutil.which("creduce")


def precheck_file(original: str, target: str, candidate: str) -> int:
    """Exit status for creduce's interestingness test: 0 when `candidate` parses, keeps the
    target fn byte-identical and adds no escape hatch relative to `original`."""
    orig = Path(original).read_text(encoding="utf-8", errors="surrogateescape")
    try:
        cand = Path(candidate).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return 1
    return 1 if Reducer(orig, target, None).precheck(cand) else 0


def creduce_script(original: str, target: str, file_name: str, verus_path: str, *,
                   python: str = sys.executable, allow_test_double: bool = False,
                   rlimit: float = 10.0, seed: int = 0, timeout_s: float = 120.0,
                   cache: str | None = None, counter: str | None = None) -> str:
    """The interestingness test creduce runs in its scratch folder: the prechecks, then
    `verusbench verify` with the pinned flags (exit 0 iff verified)."""
    repo = str(Path(__file__).resolve().parent.parent)
    q = shlex.quote
    verify = [python, "-m", "verusbench", "verify", file_name, "--verus", verus_path, "--json",
              "--no-progress", "--workers", "1", "--rlimit", f"{rlimit:g}", "--seed", str(seed),
              "--timeout", f"{timeout_s:g}"]
    if cache:
        verify += ["--cache", cache]
    if allow_test_double:
        verify.append("--allow-test-double")
    check = (f"import sys; from verusbench.reduce import precheck_file; "
             f"sys.exit(precheck_file(sys.argv[1], sys.argv[2], sys.argv[3]))")
    count = f"echo >> {q(counter)}\n" if counter else ""
    return ("#!/bin/sh\n"
            f"export PYTHONPATH={q(repo)}${{PYTHONPATH:+:$PYTHONPATH}}\n"
            f"{q(python)} -c {q(check)} {q(original)} {q(target)} {q(file_name)} || exit 1\n"
            + count +
            f"exec {' '.join(q(a) for a in verify)} > /dev/null 2>&1\n")


def reduce_with_creduce(text: str, target: str, verus, *, max_seconds: float = 600.0,
                        allow_test_double: bool = False, rlimit: float = 10.0, seed: int = 0,
                        timeout_s: float = 120.0, cache: str | None = None) -> Reduction:
    """Reduce with creduce (C-Reduce's passes over the text) and the same checks; the
    output is re-checked here before it is accepted."""
    from .verifier import describe_identity
    exe = creduce_available()
    t0 = time.monotonic()
    from .verifier import VerifyJob
    red = Reduction(input_sha256=text_sha256(text), target_fn=target, status="unchanged",
                    tokens_before=code_tokens(text), backend="creduce", verifier=verus.identity,
                    verifier_description=describe_identity(verus.identity),
                    flags=VerifyJob(text="", rlimit=rlimit, seed=seed).flags())
    if exe is None:
        red.status, red.reason = "error", "creduce is not installed (apt-get install creduce)"
        return red
    find_target(_parse(text), target)
    with tempfile.TemporaryDirectory(prefix="verusbench-creduce-") as d:
        orig = os.path.join(d, "original.rs")
        Path(orig).write_bytes(text.encode("utf-8", "surrogateescape"))
        work = os.path.join(d, "work")
        os.mkdir(work)
        cand = os.path.join(work, "slice.rs")
        shutil.copy(orig, cand)
        script = os.path.join(work, "interesting.sh")
        Path(script).write_text(creduce_script(orig, target, "slice.rs", verus.path,
                                               allow_test_double=allow_test_double, rlimit=rlimit,
                                               seed=seed, timeout_s=timeout_s, cache=cache,
                                               counter=os.path.join(d, "calls")))
        os.chmod(script, 0o755)
        # its own session, so that a timeout ends creduce and every test it started
        proc = subprocess.Popen([exe, "--not-c", "--n", "1", script, "slice.rs"], cwd=work,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)
        try:
            out = proc.communicate(timeout=max_seconds)[0].decode("utf-8", "replace")
            if proc.returncode != 0:
                red.reason = f"creduce exited {proc.returncode}: {out.strip()[-300:]}"
        except subprocess.TimeoutExpired:
            red.budget_exhausted = True
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
        result = Path(cand).read_text(encoding="utf-8", errors="surrogateescape")
        # creduce leaves its best file in place; accept it only if it still passes the checks
        if result != text and subprocess.run(["sh", script], cwd=work).returncode != 0:
            result, red.reason = text, red.reason or "creduce's output failed the re-check"
        try:
            red.oracle_calls = len(Path(d, "calls").read_text().splitlines())
        except OSError:
            red.oracle_calls = 0
    red.text = result
    red.status = "reduced" if result != text else ("error" if red.reason and not red.budget_exhausted else "unchanged")
    red.output_sha256 = text_sha256(result)
    red.tokens_after = code_tokens(result)
    red.seconds = round(time.monotonic() - t0, 3)
    return red


# ----------------------------------------------------------------- output folder

def _key(d: dict) -> tuple[str, str]:
    return d.get("input_sha256", ""), d.get("target_fn", "")


def done_keys(out_dir: str | os.PathLike) -> set[tuple[str, str]]:
    """(input sha256, target fn) of every reduction already written (resuming)."""
    p = Path(out_dir) / REDUCTIONS
    if not p.is_file():
        return set()
    keys = set()
    for line in p.read_text(encoding="utf-8").splitlines():
        try:
            keys.add(_key(json.loads(line)))
        except ValueError:
            continue    # a line cut by an interrupted run: that input is redone
    return keys


def append_reduction(out_dir: str | os.PathLike, red: Reduction) -> None:
    """Write the output text under files/ and append the record to reductions.jsonl."""
    out = Path(out_dir)
    (out / FILES).mkdir(parents=True, exist_ok=True)
    if red.text and red.output_sha256:
        f = out / FILES / f"{red.output_sha256}.rs"
        if not f.exists():
            f.write_bytes(red.text.encode("utf-8", "surrogateescape"))
    with open(out / REDUCTIONS, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(red.to_json(), sort_keys=True) + "\n")


def load_reductions(out_dir: str | os.PathLike, *, include_unchanged: bool = False) -> dict[tuple[str, str], Reduction]:
    """Reductions of a `verusbench reduce` folder by (input sha256, target fn), with their
    output texts; only `reduced` ones unless include_unchanged. A text whose sha256 does
    not match its record raises ValueError naming the file."""
    out = Path(out_dir)
    p = out / REDUCTIONS
    if not p.is_file():
        raise ValueError(f"{out} has no {REDUCTIONS}: write one with `verusbench reduce ... --out {out}`")
    got: dict[tuple[str, str], Reduction] = {}
    for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except ValueError:
            continue
        if d.get("status") not in (("reduced", "unchanged") if include_unchanged else ("reduced",)):
            continue
        f = out / FILES / f"{d['output_sha256']}.rs"
        try:
            text = f.read_bytes().decode("utf-8", "surrogateescape")
        except OSError:
            raise ValueError(f"{p}:{i}: {f} is missing") from None
        if text_sha256(text) != d["output_sha256"]:
            raise ValueError(f"{p}:{i}: {f} does not have the sha256 its record names")
        got[_key(d)] = Reduction.from_json(d, text)
    return got
