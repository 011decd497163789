"""Minimized units for one (source, repo, commit): crates inlined, each unit's fn sliced to
what it needs; a unit that cannot be minimized gets a reason instead. Build-agnostic and
deterministic: the same records and units give the same slices, in the same order.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Mapping, Sequence

from .inline import InlinedCrate, Problem, inline_files
from .slice import CrateGraph, code_tokens, slice_fn
from .syntax import parse
from .syntax.parser import relink_lemma_calls
from .syntax.model import Item, ParsedFile, shifted
from .units import Unit


@dataclass
class SliceChoice:
    """A unit's slice: a complete file holding the unit's fn byte-exact at `fn_span`."""
    text: str
    fn_span: tuple[int, int]      # the fn in the slice's UTF-8 bytes
    context_tokens: int           # code tokens of the slice
    whole_tokens: int             # code tokens of the unit's original file
    crate_root: str               # root of the crate the slice was cut from (the file itself if alone)
    kept_items: list[str] = field(default_factory=list)
    dropped_items: list[str] = field(default_factory=list)
    trusted_items: list[str] = field(default_factory=list)   # dependency fns made contracts
    proof_fns: frozenset[str] | None = None   # the slice's proof fns (None: unknown, parse it)
    form: str = ""                # "client": a library unit as a client crate (verusbench.client)


@dataclass
class GroupResult:
    """Per record path, one entry per unit (in `units_by_path` order): a SliceChoice or a
    reason string; plus the inline problems of each crate root."""
    by_path: dict[str, list["SliceChoice | str"]] = field(default_factory=dict)
    crates: list[str] = field(default_factory=list)              # crate roots, sorted
    inline_problems: dict[str, list[Problem]] = field(default_factory=dict)
    inline_error: str = ""        # the whole group failed to inline (units sliced per file)
    client_reasons: dict[str, int] = field(default_factory=dict)   # library units without a client form, by why

    def choices(self) -> Iterable[tuple[str, int, "SliceChoice | str"]]:
        for path in sorted(self.by_path):
            for i, c in enumerate(self.by_path[path]):
                yield path, i, c


class Crate:
    """An inlined crate (or a lone file), parsed once, with its fns by span."""

    def __init__(self, root: str, text: str, pf: ParsedFile | None = None):
        self.root = root
        self.text = text
        self.src = text.encode("utf-8", "surrogateescape")
        self._pf = pf
        self._fns: dict[tuple[int, int], Item] | None = None
        self._graph = None
        self.checked: dict[str, str] = {}    # slice text -> '' or why it does not parse
        self.pieces: dict[bytes, str] = {}   # module text (kept parts, kept submodules emptied) -> same
        self.error = ""

    def check(self, sl) -> str:
        """'' when the slice parses without diagnostics, else why. Modules outside `verus!`
        parse independently of their neighbours, so each kept module is checked alone (with
        its own kept modules emptied) and the results are shared by the crate's slices."""
        got = self.checked.get(sl.text)
        if got is None:
            pf = self.parsed()
            cuts = sorted(sl.cuts)      # merged: disjoint, so their ends are sorted too
            got = self.checked[sl.text] = self._check_level(
                self.src, (0, len(self.src)), pf.items, cuts, [c[0] for c in cuts], [c[1] for c in cuts],
                sorted(sl.edits))
        return got

    def _check_level(self, src: bytes, rng: tuple[int, int], items, cuts, starts, ends, edits=()) -> str:
        s0, e0 = rng
        inner = cuts[bisect_left(starts, s0):bisect_right(ends, e0)]

        def cut_out(x: int) -> bool:
            k = bisect_right(starts, x) - 1
            return k >= 0 and x < ends[k]

        mods = [it for it in items if it.kind == "mod" and it.body and not it.in_verus and it.children
                and not cut_out(it.span[0])]
        for m in mods:
            bad = self._check_level(src, m.span, m.children, cuts, starts, ends, edits)
            if bad:
                return bad
        # cut ranges and emptied submodules; contracts' edits (an edit inside an emptied
        # submodule starts before `pos` and is skipped: that module is checked alone)
        holes = sorted([(a, b, b"") for a, b in inner] + [(m.body[0] + 1, m.body[1] - 1, b"") for m in mods]
                       + [ed for ed in edits if s0 <= ed[0] and ed[1] <= e0], key=lambda h: (h[0], h[1]))
        out, pos = [], s0
        for a, b, rep in holes:
            if a < pos:
                continue
            out.append(src[pos:a])
            out.append(rep)
            pos = b
        out.append(src[pos:e0])
        piece = b"".join(out)
        got = self.pieces.get(piece)
        if got is None:
            got = self.pieces[piece] = _slice_check(piece)
        return got

    def graph(self):
        if self._graph is None:
            self._graph = CrateGraph(self.parsed())
        return self._graph

    def parsed(self) -> ParsedFile | None:
        if self._pf is None and not self.error:
            try:
                self._pf = parse(self.src, path=self.root)
            except Exception as e:   # noqa: BLE001 - a crate that breaks the parser is a reason
                self.error = f"crate {self.root} does not parse: {type(e).__name__}: {e}"
                return None
            if self._pf.diagnostics:
                d = self._pf.diagnostics[0]
                self.error = (f"crate {self.root} has {len(self._pf.diagnostics)} syntax diagnostics; "
                              f"first: {d.message} (line {d.line})")
        return None if self.error else self._pf

    def locate(self, fn_bytes: bytes, impl_of: str = "") -> Item | None:
        """The fn item whose exact source is `fn_bytes`: the first one, in source order, of
        the impl or trait `impl_of` (the same fn text can sit in the impls of two types),
        else the first one."""
        pf = self.parsed()
        if pf is None:
            return None
        if self._fns is None:
            self._fns = {it.span: it for it in pf.walk() if it.kind == "fn"}
        first = None
        at = self.src.find(fn_bytes)
        while at >= 0:
            it = self._fns.get((at, at + len(fn_bytes)))
            if it is not None:
                if it.impl_of == impl_of:
                    return it
                first = first or it
            at = self.src.find(fn_bytes, at + 1)
        return first


def _slice_check(text: "str | bytes") -> str:
    """'' when a slice text parses without diagnostics, else the reason."""
    try:
        pf = parse(text)
    except Exception as e:   # noqa: BLE001
        return f"slice does not parse: {type(e).__name__}: {e}"
    if pf.diagnostics:
        d = pf.diagnostics[0]
        return f"slice does not parse: {len(pf.diagnostics)} diagnostics; first: {d.message} (line {d.line})"
    return ""


NOT_SMALLER = "slice not smaller than its file"   # the choice when `only_smaller` stopped the closure


def _slice_unit(crate: Crate, unit: Unit, whole: int, only_smaller: bool = False,
                contracts: bool = False) -> "SliceChoice | str":
    fn_bytes = unit.src[unit.fn.span[0]:unit.fn.span[1]]
    it = crate.locate(fn_bytes, unit.fn.impl_of)
    if it is None:
        return crate.error or f"fn {unit.fn_name} not located in crate {crate.root}"
    try:
        sl = slice_fn(crate.parsed(), it, crate.graph(), budget=whole if only_smaller else None,
                      contracts=contracts)
    except Exception as e:   # noqa: BLE001 - one bad slice never kills the group
        return f"slicing {unit.fn_name} in {crate.root} failed: {type(e).__name__}: {e}"
    if sl is None:
        return NOT_SMALLER
    bad = crate.check(sl)
    if bad:
        return bad
    if sl.text.encode("utf-8", "surrogateescape")[sl.target_span[0]:sl.target_span[1]] != fn_bytes:
        return f"slice of {unit.fn_name} lost the fn's exact text"
    return SliceChoice(sl.text, sl.target_span, sl.context_tokens, whole, crate.root,
                       sl.kept_items, sl.dropped_items, sl.trusted_items, sl.proof_fns)


@dataclass
class InlinedGroup:
    """One (source, repo, commit) inlined: its crates (parsed lazily, shared by every slice)
    and the inline problems of each crate root."""
    crates: list[str] = field(default_factory=list)              # crate roots, sorted
    inline_problems: dict[str, list[Problem]] = field(default_factory=dict)
    inline_error: str = ""        # the whole group failed to inline (units sliced per file)
    owners: dict[str, list[Crate]] = field(default_factory=dict)   # member path -> its crates
    #: library files of the group (verusbench.client): their units get client forms
    library: "LibraryModules | None" = None


def inline_group(records: Sequence) -> InlinedGroup:
    """Inline the .rs records of one (source, repo, commit) into one file per crate root;
    a group that fails to inline gets a reason (its units are then sliced per file)."""
    recs = sorted((r for r in records if r.path.endswith(".rs")), key=lambda r: r.path)
    g = InlinedGroup()
    crates: list[InlinedCrate] = []
    try:
        crates = inline_files({r.path: r.text for r in recs})
    except Exception as e:   # noqa: BLE001 - fall back to per-file slices, with the reason kept
        g.inline_error = f"inlining failed: {type(e).__name__}: {e}"
    for c in crates:
        g.crates.append(c.root_path)
        g.inline_problems[c.root_path] = list(c.problems)
        cr = Crate(c.root_path, c.text)
        for m in c.members:
            g.owners.setdefault(m, []).append(cr)
    g.crates.sort()
    from .client import LibraryModules, library_of
    of = {r.path: lib for r in recs if (lib := library_of(r.source, r.path)) is not None}
    if len(set(of.values())) == 1:
        lib = next(iter(of.values()))
        g.library = LibraryModules(lib, {r.path: r.text for r in recs if r.path in of})
    return g


def slice_group(g: InlinedGroup, units_by_path: Mapping[str, list[Unit]],
                only_smaller: bool = False, full_paths: frozenset[str] = frozenset(),
                contracts: bool = False) -> GroupResult:
    """Slice every unit of `units_by_path` within its inlined crate of `g` when its file
    belongs to one, else within its own file. `only_smaller`: a closure that reaches the
    tokens of the unit's file stops, its choice is NOT_SMALLER (the build keeps the file);
    the units of `full_paths` are sliced whole all the same (their file needs its crate).
    `contracts`: dependency fns become trusted contracts (`slice.slice_fn`)."""
    res = GroupResult(crates=list(g.crates), inline_problems=dict(g.inline_problems),
                      inline_error=g.inline_error)
    for path in sorted(units_by_path):
        units = units_by_path[path]
        out: list[SliceChoice | str] = []
        if not units:
            res.by_path[path] = out
            continue
        whole = code_tokens(units[0].text)
        cands = g.owners.get(path) or [Crate(path, units[0].text)]
        lib = None
        if g.library is not None and path.startswith(g.library.lib.prefix):
            from .client import client_form
            lib = (g.library, g.library.client_crate(path, units[0].text))
        for u in units:
            got: SliceChoice | str = ""
            if lib is not None:
                # a library's own unit: its client form, else (the reason aside) its crate slice
                got = client_form(lib[0], u, lib[1], cands[0] if path in g.owners else None)
                if isinstance(got, SliceChoice):
                    out.append(got)
                    continue
                res.client_reasons[got] = res.client_reasons.get(got, 0) + 1
            for cr in cands:
                got = _slice_unit(cr, u, whole, only_smaller and path not in full_paths, contracts)
                if isinstance(got, SliceChoice) or got == NOT_SMALLER:
                    break
            out.append(got)
        res.by_path[path] = out
    return res


def minimize_group(records: Sequence, units_by_path: Mapping[str, list[Unit]]) -> GroupResult:
    """Slice every unit of one (source, repo, commit): `inline_group` then `slice_group`."""
    return slice_group(inline_group(records), units_by_path)


@lru_cache(maxsize=16)
def _parse_cached(text: str) -> ParsedFile:
    return parse(text)


def unit_from_slice(choice: SliceChoice, unit: Unit) -> Unit:
    """`unit` with the slice as its file: `text` is the slice and `fn` the fn Item of the
    parsed slice, so task builders cut rows from the slice unchanged. The slice holds the fn
    byte-exact, so when the slice's proof fns are known its Item is the unit's moved to
    `fn_span`, lemma calls redone for them (what a parse of the slice gives, without one)."""
    s, e = choice.fn_span
    src = choice.text.encode("utf-8", "surrogateescape")
    if choice.proof_fns is not None and src[s:e] == unit.src[unit.fn.span[0]:unit.fn.span[1]]:
        fn = shifted(unit.fn, s - unit.fn.span[0])
        relink_lemma_calls(fn, src, choice.proof_fns)
        return dataclasses.replace(unit, text=choice.text, fn=fn)
    pf = _parse_cached(choice.text)
    fn = next((it for it in pf.walk() if it.kind == "fn" and it.span == tuple(choice.fn_span)), None)
    if fn is None:
        raise ValueError(f"unit_from_slice: no fn at {choice.fn_span} in the slice of "
                         f"{unit.path}::{unit.fn_name} (crate {choice.crate_root})")
    return dataclasses.replace(unit, text=choice.text, fn=fn)
