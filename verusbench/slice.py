"""Dependency slicing: a target fn plus the transitive closure of the items it (and its
spec) mentions; everything else is cut out. Kept items keep their text byte-for-byte, but
for `use` lines and broadcast lists, which keep only the members the slice needs.

Resolution is by identifier and over-approximates: every item whose name occurs in a kept
item is kept (a name collision keeps both). Rules beyond that:
  * ambient items (`global` items, unrecognised items, `broadcast use`, `use` lines that
    import from outside the file, and `use super::*`-like globs of a module path alone) are
    kept at the file's top level always, but for a `global layout T is ..`, kept with its
    type T; in a module, its
    imports and unknown macro invocations once it holds kept code, its `broadcast use`s once
    it holds kept proofs, its re-exports (`pub use`) whenever it is kept;
  * a `use` importing local names is kept, in a kept module, when one of those names is
    kept or mentioned; only its leaves binding a needed name stay (it never pulls its
    module in);
  * broadcast groups and module-level `broadcast use`s keep a member lemma only once every
    local fn its signature mentions is in the slice; a group named in code is never emptied;
  * impls: an inherent impl is kept (with only its needed fns) when one of its fns is
    needed; a trait impl is kept whole when its self type is kept and its trait is kept or
    not defined in the file; a trait's method called by name comes when the trait is kept
    or a kept type implements it;
  * traits keep their types and consts and the fns mentioned; a `mod` is kept (with only
    its needed items) when anything in it is kept; a dropped item takes its doc comments
    with it. The tests (tests/test_slice.py) give one example per rule.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Callable

from .syntax import parse
from .syntax.lexer import lex, raw_tokens
from .syntax.model import Item, ParsedFile
from .syntax.parser import impl_trait_name, struct_fields

_DEFINING = {"fn", "struct", "enum", "trait", "const", "static", "type", "macro",
             "broadcast_group", "mod", "assume_specification"}
_PATH_ROOTS = {"crate", "self", "super", "Self"}
# Verus spec sugar that calls methods by an operator: `x@` is `x.view()`, `x[i]` in spec is
# `x.spec_index(i)`, `a < b` on a type with `spec_lt` is `a.spec_lt(b)`, ...
_OP_METHODS = {"@": ("view",), "[": ("spec_index", "index"), "+": ("spec_add",), "-": ("spec_sub", "spec_neg"),
               "*": ("spec_mul",), "/": ("spec_euclidean_div",), "%": ("spec_euclidean_mod",),
               "<": ("spec_lt",), "<=": ("spec_le",), ">": ("spec_gt",), ">=": ("spec_ge",),
               "&": ("spec_bitand",), "|": ("spec_bitor",), "^": ("spec_bitxor",), "<<": ("spec_shl",),
               ">>": ("spec_shr",), "!": ("spec_not",)}
_ITEM_KW = {"fn", "struct", "enum", "trait", "type", "const", "static", "mod", "union", "group"}
# contracts mode: a dependency fn keeps its signature and spec clauses; its body is trusted
STUB_ATTR = b"#[verifier::external_body]"
STUB_BODY = b"{\n    unimplemented!()\n}"
# attributes after which a fn is not made a contract (already trusted, or Verus reads its body)
_NO_STUB_ATTRS = {"external_body", "external", "external_fn_specification", "type_invariant"}


@dataclass
class Slice:
    text: str
    target_fn: str
    kept_items: list[str] = field(default_factory=list)      # "kind name" of kept items
    dropped_items: list[str] = field(default_factory=list)
    context_tokens: int = 0
    target_span: tuple[int, int] = (0, 0)    # the target fn in the slice's UTF-8 bytes
    cuts: list[tuple[int, int]] = field(default_factory=list)   # byte ranges of the source cut out (merged)
    #: contracts mode: (start, end, replacement) edits of the source that make the kept
    #: dependency fns trusted contracts (attribute inserted, body replaced), and their labels
    edits: list[tuple[int, int, bytes]] = field(default_factory=list)
    trusted_items: list[str] = field(default_factory=list)
    #: names of the proof fns (axioms) the slice keeps: what makes a call a lemma call
    proof_fns: frozenset[str] = frozenset()


def code_tokens(text: str | bytes) -> int:
    """Code tokens of a text: identifiers, literals and symbols (comments, whitespace not)."""
    src = text.encode("utf-8", "surrogateescape") if isinstance(text, str) else text
    return len(lex(src).texts)


_STUB_TOKENS = code_tokens(STUB_ATTR + b"\n" + STUB_BODY)


def _label(it: Item) -> str:
    return f"{it.kind} {it.impl_of + '::' if it.impl_of and it.kind == 'fn' else ''}{it.name}"


def qualified_name(it: Item) -> str:
    return f"{it.impl_of}::{it.name}" if it.impl_of else it.name


def spec_target(name: str) -> tuple[str, str]:
    """(qualifier, fn name) of an assume_specification's target: `HashSet::<K>::new` ->
    ('HashSet', 'new'), `core::mem::swap::<u8>` -> ('mem', 'swap'), `<[T]>::len` -> ('', 'len')."""
    out, depth = [], 0
    for ch in name:
        depth += ch == "<"
        if not depth:
            out.append(ch)
        depth -= ch == ">" and depth > 0
    segs = [x for x in "".join(out).replace(" ", "").split("::") if x]
    if not segs:
        return "", name
    return (segs[-2] if len(segs) > 1 else ""), segs[-1]


def _type_spec(d: Item) -> str:
    """The type an assume_specification of a method is for ('' for a free fn or an unnamed
    type): it matters only where that type is named."""
    if d.kind != "assume_specification":
        return ""
    q = spec_target(d.name)[0]
    return q if q[:1].isupper() else ""


NO_TYPE = "<no type>"   # a method mention that can name no inherent fn of the file (only trait fns)


def _path_head(tt: list[str]) -> str:
    """`a::b::Foo` or `a::Foo<..>` (tokens) -> `Foo`; '' for anything else (a tuple, a
    slice, `dyn`, `impl`, a fn pointer)."""
    k = 0
    while k + 1 < len(tt) and tt[k + 1] == "::" and tt[k].isidentifier():
        k += 2
    if k < len(tt) and tt[k].isidentifier() and tt[k] not in ("dyn", "impl", "fn") and (
            k + 1 == len(tt) or tt[k + 1] == "<"):
        return tt[k]
    return ""


def _local_bindings(fn: Item, texts: list[str]) -> dict[str, int]:
    """Names a fn binds as plain locals, with the token index (in `texts`, the fn's tokens)
    from which on they do: its parameters and named return (-1: everywhere), `let [mut]
    x`, `for x in`, a closure's or quantifier's `|x, y: T|`. Rust resolves such a name to the
    local, not to an item, wherever it is in scope; a use that is no call, macro or path
    (`x(..)`, `x!`, `x::`, `x {`) names no item of the file."""
    got: dict[str, int] = {p.name: -1 for p in fn.params if p.name and p.name != "self"}
    if fn.ret_name:
        got.setdefault(fn.ret_name, -1)
    n = len(texts)
    for i, t in enumerate(texts):
        if t == "let" or t == "for":
            k = i + 1
            while k < n and texts[k] in ("mut", "ghost", "tracked"):
                k += 1
            if k + 1 < n and texts[k].isidentifier() and texts[k + 1] in (("in",) if t == "for" else ("=", ":", ";")):
                got.setdefault(texts[k], k)
        elif t == "|" and i and (texts[i - 1] in _BINDERS or texts[i - 1] in ("(", ",", "=")):
            # `|x, y: T|` only: every parameter a name (optionally typed), else none is taken
            j, depth, names, ok = i + 1, 0, [], True
            expect = True      # a parameter's name comes next, then `,`, `:` or the closing bar
            while ok and j < n and j < i + 80 and not (depth == 0 and texts[j] == "|"):
                c = texts[j]
                depth += {"(": 1, "[": 1, "<": 1, ")": -1, "]": -1, ">": -1}.get(c, 0)
                if expect:
                    ok = c.isidentifier() and c not in ("mut", "ref", "_") and j + 1 < n and texts[j + 1] in (",", ":", "|")
                    names.append(j)
                    expect = False
                elif depth == 0 and c == ",":
                    expect = True
                j += 1
            if ok and names and j < n and texts[j] == "|":
                for k in names:
                    got.setdefault(texts[k], k)
    return got


def _variant_names(texts: list[str]) -> set[int]:
    """Token indexes of an enum's variant names (they define, not mention): the first
    identifier of each comma-separated part of its body, past the part's attributes."""
    try:
        i = texts.index("{")
    except ValueError:
        return set()
    got, depth, expect = set(), 0, True
    for j in range(i + 1, len(texts)):
        t = texts[j]
        if t in ("(", "[", "{", "<"):
            depth += 1
        elif t in (")", "]", "}", ">"):
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and t == ",":
            expect = True
        elif depth == 0 and expect and t != "#" and t.isidentifier():
            got.add(j)
            expect = False
    return got


def _strip_refs(tt: list[str]) -> list[str]:
    """A type's tokens without leading `&`, `&mut`, lifetimes: `&'a mut T` -> `T`."""
    k = 0
    while k < len(tt) and (tt[k] in ("&", "&&", "mut") or tt[k].startswith("'")):
        k += 1
    return tt[k:]


_BINDERS = {"forall", "exists", "choose", "move", "return", "in", "else"}
_WRAPPERS = ("Tracked", "Ghost")
# outside traits no code needs an impl of unless it names the trait or calls one of the impl's
# items: `Drop` (never a bound; Rust calls it implicitly, Verus checks no use of it), vstd's
# `View`/`DeepView` (through `x@`, `.view()`, `.deep_view()`, or a bound naming the trait)
_NAMED_ONLY = {"Drop", "View", "DeepView"}
_CODE_ATTRS = {"verus_spec", "trigger"}
_FN_NAMING = {"reveal", "reveal_with_fuel", "hide"}   # their argument names a fn, never a local
_SPEC_KW = {"requires", "ensures", "recommends", "returns", "decreases", "invariant",
            "opens_invariants", "no_unwind", "default_ensures"}


def _param_name(pt: list[str]) -> str:
    """The name a parameter's tokens bind: `x: T`, `tracked x: T`, `mut x`, `Tracked(x): ..`;
    '' for other patterns."""
    k = 0
    while k < len(pt) and pt[k] in ("tracked", "ghost", "mut"):
        k += 1
    if k + 3 < len(pt) and pt[k] in _WRAPPERS and pt[k + 1] == "(" and pt[k + 3] == ")":
        k += 2
    return pt[k] if k < len(pt) and pt[k].isidentifier() and pt[k] not in ("self", "_") else ""


def _spec_with_params(texts: list[str]) -> list[tuple[list[str], list[str]]]:
    """(pattern tokens, type tokens) of the `with` parameters of a `#[verus_spec(..)]`
    attribute's tokens, inputs and `-> x: T` outputs."""
    try:
        k = texts.index("with")
    except ValueError:
        return []
    out, depth, start = [], 0, k + 1
    for j in range(k + 1, len(texts) + 1):
        t = texts[j] if j < len(texts) else ")"
        if t in ("(", "[", "{", "<"):
            depth += 1
        elif t in (")", "]", "}", ">", ">>"):
            depth -= 2 if t == ">>" else 1
        if depth < 0 or (depth == 0 and (t == "," or t in _SPEC_KW or t == "=>")):
            part = texts[start:j]
            if part[:1] == ["->"]:
                part = part[1:]
            if ":" in part:
                c = part.index(":")
                out.append((part[:c] + [":"], part[c + 1:]))
            start = j + 1
            if depth < 0 or t in _SPEC_KW or t == "=>":
                break
    return out


def _bound_names(texts: list[str]) -> tuple[set[str], dict[str, list[str]], dict[str, list[str]]]:
    """Identifiers a body may bind by a pattern (over-approximated): after `let` up to its
    `=` or `;`, after `for` up to `in`, between a closure's bars, and before a match arm's
    `=>` back to the arm's start, a nested fn's signature; a parameter named here may be
    shadowed. Also the names bound exactly once, by `let [mut|ghost|tracked] x: T`, with
    their type's tokens, and by `let x = e;`, with e's tokens."""
    out: set[str] = set()
    lets: dict[str, list] = {}
    inits: dict[str, list] = {}
    n = len(texts)
    once: dict[str, int] = {}

    def grab(a: int, b: int) -> None:
        for t in texts[a:b]:
            if t.isidentifier():
                out.add(t)
                once[t] = once.get(t, 0) + 1

    for i, t in enumerate(texts):
        if t == "let":
            j = i + 1
            while j < n and texts[j] not in ("=", ";"):
                j += 1
            k = i + 1
            while k < j and texts[k] in ("mut", "ghost", "tracked"):
                k += 1
            if k + 2 < j and texts[k].isidentifier() and texts[k + 1] == ":":
                lets[texts[k]] = texts[k + 2:j]
                once[texts[k]] = once.get(texts[k], 0) + 1
                out.add(texts[k])
                continue
            if k + 1 == j and j < n and texts[j] == "=" and texts[k].isidentifier():
                e, depth = j + 1, 0     # `let x = e;`: e's tokens, for its type (`init_type`)
                while e < n and not (depth == 0 and texts[e] in (";", "else")):
                    depth += {"(": 1, "[": 1, "{": 1, ")": -1, "]": -1, "}": -1}.get(texts[e], 0)
                    if depth < 0:
                        break
                    e += 1
                inits[texts[k]] = texts[j + 1:e]
            grab(i + 1, j)
        elif t == "for":
            j = i + 1
            while j < n and texts[j] != "in":
                j += 1
            grab(i + 1, j)
        elif t == "fn":         # a nested fn's parameters
            j = i + 1
            while j < n and texts[j] not in ("{", ";"):
                j += 1
            grab(i + 1, j)
        elif t == "|" and (i == 0 or texts[i - 1] in _BINDERS or not (
                texts[i - 1].isidentifier() or texts[i - 1][:1].isdigit() or texts[i - 1] in (")", "]", "}"))):
            j = i + 1
            while j < n and texts[j] != "|":
                j += 1
            grab(i + 1, j)
        elif t == "=>":
            j, depth = i - 1, 0
            while j >= 0:
                c = texts[j]
                if c in (")", "]", "}"):
                    depth += 1
                elif c in ("(", "[", "{"):
                    if depth == 0:
                        break
                    depth -= 1
                elif depth == 0 and c in (",", ";", "=>"):
                    break
                j -= 1
            grab(j + 1, i)
    return out, {n: tt for n, tt in lets.items() if once.get(n) == 1}, \
        {n: e for n, e in inits.items() if once.get(n) == 1 and n not in lets}


def type_head(name: str) -> str:
    """`crate::m::Bar<T>` -> `Bar`: the name an impl's self type is known by."""
    return name.split("<", 1)[0].split("::")[-1].strip("&*[]() ").removeprefix("mut ").strip()


class CrateGraph:
    """Items of a parsed file with parents, own identifiers and name indexes (fns of impls
    are indexed apart: they are kept only together with their impl's type), built once per
    file and shared by all its targets."""

    def __init__(self, pf: ParsedFile):
        self.pf = pf
        self.src = pf.source
        lr = lex(self.src)
        self._texts, self._starts, self._kinds = lr.texts, lr.starts, lr.kinds
        self.parent: dict[int, Item | None] = {}
        self.items: list[Item] = []
        self.by_name: dict[str, list[Item]] = {}
        self.methods: dict[str, list[Item]] = {}     # inherent-impl fns by name
        self.trait_methods: dict[str, list[Item]] = {}   # fns of the file's traits by name
        self._idents: dict[int, set[str]] = {}
        self._traits: dict[int, str] = {}
        self._uses: dict[int, tuple[set[str], bool]] = {}
        self._docs: dict[int, int] = {}
        self._defines: dict[int, set[str]] = {}
        self._mentions: dict[int, set[tuple[str, str]]] = {}
        self._trees: dict[int, _UseNode | None] = {}
        self._sig: dict[int, frozenset[str]] = {}
        self._mods: dict[int, list] = {}
        self._labels: dict[int, list[str]] = {}
        self._own: dict[int, int] = {}
        self._head: dict[int, tuple[set[str], set[tuple[str, str]]]] = {}
        self.type_invariants: dict[str, list[Item]] = {}    # type head -> its #[verifier::type_invariant] fns
        # invocation id -> (trait, type head) of the one trait impl its macro_rules expands to
        self.gen_impls: dict[int, tuple[str, str]] = {}
        self._add(pf.items, None)
        self.impl_types = {type_head(p.name) for ms in self.methods.values() for m in ms
                           if (p := self.parent[id(m)]) is not None}
        self.local_names = set(self.by_name) | set(self.methods) | set(self.trait_methods)
        self.inherent: dict[str, set[str]] = {}      # type head -> names of its inherent-impl fns
        for ms in self.methods.values():
            for m in ms:
                self.inherent.setdefault(type_head(self.parent[id(m)].name), set()).add(m.name)
        self.local_traits: dict[str, list[Item]] = {}
        for its in self.by_name.values():
            for t in its:
                if t.kind == "trait":
                    self.local_traits.setdefault(t.name, []).append(t)
        # rule indexes, so a target's closure is one worklist pass (no rescans of all items)
        self.ambient_in: dict[int | None, list[Item]] = {}   # parent id -> ambient items
        self.uses_in: dict[int | None, list[Item]] = {}      # parent id -> local-name uses
        self.uses_naming: dict[str, list[Item]] = {}         # local name -> uses importing it
        self.scoped_naming: dict[tuple, list[Item]] = {}     # (module id, name) -> its private uses of it
        self.trait_impls_of: dict[str, list[Item]] = {}      # self type head -> trait impls
        self.trait_impls_for: dict[str, list[Item]] = {}     # trait name -> trait impls
        self.ambient_ids: set[int] = set()
        self.by_id = {id(it): it for it in self.items}
        self.local_uses = [it for it in self.items if it.kind == "use" and not self.use_names(it)[1]]
        self.fn_names = {n for n, its in self.by_name.items() if any(i.kind in ("fn", "assume_specification") for i in its)} \
            | set(self.methods) | set(self.trait_methods)
        self.group_names = {n for n, its in self.by_name.items() if any(i.kind == "broadcast_group" for i in its)}
        self.broadcast_lists = [it for it in self.items if it.kind == "broadcast_group" or (
            it.kind == "broadcast_use" and (self.parent[id(it)] is None or self.parent[id(it)].kind == "mod"))]
        self.layouts_for: dict[str, list[Item]] = {}       # type head -> its `global layout T is ..` items
        defs: dict[str, list[Item]] = {}
        for it in self.items:
            if it.kind == "macro" and it.name and not self.invocation(it):
                defs.setdefault(it.name, []).append(it)
        generates = {n: got for n, ds in defs.items() if len(ds) == 1 and (got := self._impl_only(ds[0]))}
        for it in self.items:
            pid = id(p) if (p := self.parent[id(it)]) is not None else None
            if it.kind == "macro" and generates and self.invocation(it) and (p is None or p.kind == "mod"):
                head = self.tokens(it.span[0], min(it.span[1], it.body[0] if it.body else it.span[1]))[0]
                if len(head) >= 2 and head[1] == "!" and head[0] in generates:
                    # `impl_x!(A, B)` expanding to `impl Tr<..> for T<..> {..}` only: an impl of
                    # Tr for T, kept as the trait-impl rules keep one, not with every slice
                    tr, ty = generates[head[0]]
                    self.gen_impls[id(it)] = (tr, ty)
                    self.trait_impls_of.setdefault(ty, []).append(it)
                    self.trait_impls_for.setdefault(tr, []).append(it)
                    continue
            if it.kind == "global":
                gt = self.tokens(*it.span)[0]
                if len(gt) > 2 and gt[gt.index("global") + 1:][:1] == ["layout"] and "is" in gt:
                    k = gt.index("layout")   # a type's layout matters only where the type is
                    self.layouts_for.setdefault(type_head(" ".join(gt[k + 1:gt.index("is")]).replace(" ", "")), []).append(it)
                    continue
            if it.kind in ("global", "other", "broadcast_use") or (it.kind == "use" and (
                    self.use_names(it)[1] or self.bare_glob(it))) \
                    or (it.kind == "macro" and self.invocation(it) and not self.macro_defines(it)):
                if p is None or p.kind == "mod":
                    self.ambient_in.setdefault(pid, []).append(it)
                    self.ambient_ids.add(id(it))
            if it.kind == "use" and self.scoped_use(it):
                for n in self.use_names(it)[0]:
                    self.scoped_naming.setdefault((pid, n), []).append(it)
            elif it.kind == "use":
                self.uses_in.setdefault(pid, []).append(it)
                for n in self.use_names(it)[0]:
                    self.uses_naming.setdefault(n, []).append(it)
            elif it.kind == "impl" and self.trait_of(it):
                self.trait_impls_of.setdefault(type_head(it.name), []).append(it)
                self.trait_impls_for.setdefault(self.trait_of(it), []).append(it)
        # a trait is "open" when one of its impls is for a type that is no struct/enum/alias
        # of the file (a blanket impl, a primitive): a call of its method may be on anything
        self.scoped_names = {n for _, n in self.scoped_naming}
        local_types = {n for n, its in self.by_name.items() if any(i.kind in ("struct", "enum", "type") for i in its)}
        self.open_traits = {tr for tr, ims in self.trait_impls_for.items()
                            if any(self.impl_type(im) not in local_types for im in ims)}
        # receiver typing (`_methods_in`): a type whose inherent methods are exactly the file's
        # ones for it: a struct/enum of the file only (no alias, macro or outside import of the
        # name) with no Deref impl, so `x.m(..)` on it calls no other type's inherent `m`
        deref = {self.impl_type(im) for tr in ("Deref", "DerefMut") for im in self.trait_impls_for.get(tr, ())}
        imported: set[str] = set()    # local names an outside `use` binds too
        self.use_aliases = set()      # names a `use .. as N` binds
        for u in self.items:
            if u.kind == "use":
                names, outside = self.use_names(u)
                if outside:
                    imported |= names
                ut = self.tokens(*u.span)[0]
                self.use_aliases.update(ut[k + 1] for k in range(len(ut) - 1) if ut[k] == "as")
        self.plain_types = {n for n, its in self.by_name.items()
                            if all(i.kind in ("struct", "enum") for i in its)
                            and n not in deref and n not in imported and n not in self.use_aliases}
        self._receivers: dict[int, dict[str, str]] = {}
        self._fields: dict[str, dict[str, str]] = {}
        self.slices: dict[tuple, tuple] = {}    # (kept ids, use cuts) -> slice parts (same closure, same text)

    def _add(self, items: list[Item], parent: Item | None) -> None:
        for it in items:
            self.parent[id(it)] = parent
            self.items.append(it)
            if it.kind == "macro" and self.invocation(it):
                defs = self.macro_defines(it)
                for n in defs:
                    self.by_name.setdefault(n, []).append(it)
                if not defs and not (parent is None or parent.kind == "mod"):
                    self.by_name.setdefault(it.name, []).append(it)   # unsure what it is: by its name
            elif it.kind in _DEFINING and it.name:
                if parent is not None and parent.kind == "impl":
                    if not self.trait_of(parent):   # trait-impl fns come with their impl
                        self.methods.setdefault(it.name, []).append(it)
                        if any(a.name == "type_invariant" or a.path.endswith("type_invariant") for a in it.attrs):
                            self.type_invariants.setdefault(type_head(parent.name), []).append(it)
                elif parent is not None and parent.kind == "trait" and it.kind == "fn":
                    self.trait_methods.setdefault(it.name, []).append(it)   # called as x.m(..) / Tr::m
                else:
                    key = spec_target(it.name)[1] if it.kind == "assume_specification" else it.name.split("::")[-1]
                    self.by_name.setdefault(key, []).append(it)
            if it.children:
                self._add(it.children, it)

    def tokens(self, s: int, e: int) -> tuple[list[str], list[str]]:
        i, j = bisect_left(self._starts, s), bisect_left(self._starts, e)
        return self._texts[i:j], self._kinds[i:j]

    def count_tokens(self, s: int, e: int) -> int:
        """Code tokens starting in bytes s..e (cut ranges never split a token)."""
        return bisect_left(self._starts, e) - bisect_left(self._starts, s)

    def own_tokens(self, it: Item) -> int:
        """Code tokens of an item outside its children (what keeping it alone adds)."""
        got = self._own.get(id(it))
        if got is None:
            got = self._own[id(it)] = self.count_tokens(*it.span) - sum(self.count_tokens(*c.span) for c in it.children)
        return got

    def doc_start(self, it: Item, floor: int) -> int:
        got = self._docs.get(id(it))
        if got is None:
            got = self._docs[id(it)] = _doc_start(self.src, it.span[0], floor)
        return got

    def idents(self, it: Item, whole: bool = False) -> set[str]:
        """Identifiers of an item; for mods and inherent impls without their children."""
        key = id(it) * 2 + whole
        got = self._idents.get(key)
        if got is None:
            s, e = it.span
            if not whole and it.children and it.kind in ("mod", "impl", "trait"):
                e = it.body[0] + 1 if it.body else e    # children are read when they are kept
            got = self._idents[key] = self._idents_in(it, s, e)
        return got

    def _idents_in(self, it: Item, s: int, e: int) -> set[str]:
        texts, kinds = self.tokens(s, e)
        skip = -1      # the item's own name where it is defined is no mention of anything
        if it.name and not (it.kind == "macro" and self.invocation(it)):
            skip = next((i for i in range(1, len(texts)) if texts[i] == it.name
                         and (texts[i - 1] in _ITEM_KW or texts[i - 1] == "!")), -1)
        n = len(texts)   # `name:` declares a field, parameter or binding, `.name` is a field
        # or a method (read by method_mentions): neither names a free item
        local = _local_bindings(it, texts) if it.kind == "fn" else {}
        variants = _variant_names(texts) if it.kind == "enum" else set()
        typed_path = it.kind != "use"    # `T::x` with T a type names T's variant or assoc item, no free item
        return {t for i, (t, k) in enumerate(zip(texts, kinds)) if k == "ident" and i != skip
                and i not in variants
                and not (typed_path and i > 1 and texts[i - 1] == "::" and self._type_like(texts[i - 2]))
                and not (i + 1 < n and texts[i + 1] == ":") and not (i and texts[i - 1] == ".")
                and not (t in local and local[t] <= i and not (i and texts[i - 1] in ("::", "use"))
                         and not (i + 1 < n and texts[i + 1] in ("(", "!", "::", "{"))
                         and not (i > 1 and texts[i - 1] == "(" and texts[i - 2] in _FN_NAMING))}

    def _type_like(self, q: str) -> bool:
        """Whether a path qualifier `q` (the token before `::`) is a type or trait, never a
        module: `Self`, generics' `>`, a local type or trait, an uppercase outside name."""
        if q in ("Self", ">", ">>"):
            return True
        its = self.by_name.get(q)
        if its:
            return all(i.kind in ("struct", "enum", "type", "trait") for i in its)
        return q[:1].isupper() and q not in self.use_aliases

    def method_mentions(self, it: Item) -> set[tuple[str, str]]:
        """(type or '', name) of the method names an item can call: `x.m` (any type),
        `T::m` (type T when T is a type with inherent impls, `Self` the enclosing impl's),
        operator sugar (`@` view, `[]` spec_index, ..), and bare names in attributes
        (`when_used_as_spec(spec_len)`); a bare `m(..)` is never a method."""
        key = id(it)
        got = self._mentions.get(key)
        if got is None:
            s, e = it.span
            if it.children and it.kind in ("mod", "impl", "trait"):
                e = it.body[0] + 1 if it.body else e
            got = self._mentions[key] = self._methods_in(it, s, e)
        return got

    def _methods_in(self, it: Item, s: int, e: int) -> set[tuple[str, str]]:
        texts, kinds = self.tokens(s, e)
        p = self.parent.get(id(it))        # the enclosing impl or trait (nothing nests in a trait)
        while p is not None and p.kind not in ("impl", "trait"):
            p = self.parent.get(id(p))
        impl = p if p is not None and p.kind == "impl" else None
        own = type_head(impl.name) if impl is not None else ""
        recv = self.receivers(it, impl)
        if p is not None and p.kind == "trait" and "Deref" not in self.tokens(
                p.span[0], p.body[0] if p.body else p.span[1])[0]:
            # in a trait, `self` and `Self` are any implementor: only trait fns apply to them
            own, recv = NO_TYPE, {**recv, "self": NO_TYPE}
        got = set()
        attr = 0          # bracket depth inside `#[..]`
        bare = True       # whether the attribute's bare names may name methods
        for i, (t, k) in enumerate(zip(texts, kinds)):
            if t in _OP_METHODS and k != "ident":
                # `x@` on a receiver of known type is that type's `view`
                q = self._receiver_type(texts, i - 1, recv, own) if t == "@" and i else ""
                q = NO_TYPE if q.startswith("@") else q      # `x@` of a Tracked/Ghost: its own view
                got.update((q, m) for m in _OP_METHODS[t])
            if t == "[" and i and texts[i - 1] == "#" or attr and t == "[":
                if not attr:   # `#[verus_spec(..)]`, `#[trigger ..]` hold code: no bare names
                    bare = i + 1 < len(texts) and texts[i + 1] not in _CODE_ATTRS
                attr += 1
            elif attr and t == "]":
                attr -= 1
            if k != "ident" or i == 0:
                continue
            prev = texts[i - 1]
            if prev == ".":
                if i + 1 < len(texts) and texts[i + 1] in ("(", "::"):   # not a field
                    # `self.m(..)` with an inherent `m` of the impl's type is that `m` (inherent
                    # methods come first; `self` cannot be rebound); a receiver of a plain type
                    # or a type parameter calls that type's inherent `m` or none; else any type's
                    r = texts[i - 2] if i > 1 and (i < 3 or texts[i - 3] not in (".", "::")) else ""
                    mine = own and r == "self" and t in self.inherent.get(own, ())
                    q = own if mine else self._receiver_type(texts, i - 2, recv, own)
                    got.add(("" if q.startswith("@") else q, t))
            elif prev == "::":
                got.add((self._qualifier(texts, i - 2, own, recv), t))
            elif attr and bare:      # `when_used_as_spec(spec_len)`: a fn of the same impl or trait
                got.add((own if own in self.plain_types or own == NO_TYPE else "", t))
        return got

    def _receiver_type(self, texts: list[str], j: int, recv: dict[str, str], own: str, depth: int = 0) -> str:
        """What the receiver ending at texts[j] may call (`classify`), read backwards: a name
        of `recv`, `old(x)`/`final(x)` of one, a field of a struct the file defines once, a
        view (`x@` of a `Tracked<T>` is a T), the result of a call of a plain type's one
        inherent fn of that name (`a.f()`, `T::f()`: its return type); '' when unknown."""
        if j < 0 or depth > 12:
            return ""
        t = texts[j]
        if t == "@":
            ty = self._receiver_type(texts, j - 1, recv, own, depth + 1)
            return ty[1:] if ty.startswith("@") else ""
        if t == ")":
            o, d = j, 0
            while o >= 0:
                d += {")": 1, "]": 1, "}": 1, "(": -1, "[": -1, "{": -1}.get(texts[o], 0)
                if d == 0:
                    break
                o -= 1
            if o < 1 or not texts[o - 1].isidentifier():
                return ""
            f, before = texts[o - 1], texts[o - 2] if o >= 2 else ""
            if f in ("old", "final") and before not in (".", "::"):
                return recv.get(texts[o + 1], "") if j - o == 2 else ""
            if before == ".":
                return self._returns(self._receiver_type(texts, o - 3, recv, own, depth + 1), f)
            if before == "::":
                return self._returns(self._qualifier(texts, o - 3, own, recv), f)
            return ""
        if not t.isidentifier():
            return ""
        if j and texts[j - 1] == ".":
            ty = self._receiver_type(texts, j - 2, recv, own, depth + 1)
            return self.field_types(ty).get(t, "") if ty in self.plain_types else ""
        return "" if j and texts[j - 1] == "::" else recv.get(t, "")

    def _returns(self, ty: str, f: str) -> str:
        """What the result of `ty`'s inherent fn `f` may call (`classify` of its return
        type, `Self` being ty), when ty is a plain type with one such fn."""
        if ty not in self.plain_types:
            return ""
        fs = [m for m in self.methods.get(f, ()) if type_head(self.parent[id(m)].name) == ty]
        if len(fs) != 1 or fs[0].ret is None:
            return ""
        rt = self.tokens(*fs[0].ret)[0][1:]          # after `->`
        if len(rt) > 3 and rt[0] == "(" and rt[2] == ":" and rt[-1] == ")":
            rt = rt[3:-1]                            # `-> (r: T)`
        return ty if rt == ["Self"] else self.classify(rt)

    def field_types(self, ty: str) -> dict[str, str]:
        """Field -> what it may call (`classify`) of the one struct the file defines as `ty`;
        fields of unknown type (a type parameter, which a use may instantiate) are left out."""
        got = self._fields.get(ty)
        if got is None:
            got = self._fields[ty] = {}
            its = self.by_name.get(ty, ())
            if len(its) == 1 and its[0].kind == "struct":
                texts, kinds = self.tokens(*its[0].span)
                for name, a, b, _ in struct_fields(texts, kinds):
                    if v := self.classify(texts[a:b]):
                        got[name] = v
        return got

    def _qualifier(self, texts: list[str], j: int, own: str, recv: dict[str, str]) -> str:
        """The type whose inherent fn `Q::m` (texts[j] is the last token of Q) may name: Q's
        own for a type with inherent impls, NO_TYPE where Q cannot have inherent fns of the
        file (a trait, `<X as Tr>`, a type parameter, a name the file neither defines nor
        imports), '' when unsure (an alias, a renamed import, a macro's type, a module)."""
        if j < 0:
            return ""
        q = texts[j]
        if q == ">":           # `Q::<T>::m` or `<X as Tr>::m`
            depth, k = 0, j
            while k >= 0:
                depth += {">": 1, ">>": 2, "<": -1, "<<": -2}.get(texts[k], 0)
                if depth <= 0:
                    break
                k -= 1
            if k < 0:
                return ""
            if k >= 2 and texts[k - 1] == "::":
                return self._qualifier(texts, k - 2, own, recv)
            return NO_TYPE if "as" in texts[k:j] else ""
        if q == "Self":
            return own if own in self.impl_types or own == NO_TYPE else ""
        if q in self.impl_types:
            return q
        if q in self.local_traits or q in self.plain_types:
            return NO_TYPE
        if q in self.local_names or q in self.use_aliases or q in _PATH_ROOTS:
            return ""
        return NO_TYPE

    def receivers(self, it: Item, impl: Item | None) -> dict[str, str]:
        """Names whose type fixes which inherent fns `x.m(..)` may call (`classify`): `self`
        in an impl of a plain type (`plain_types`), the fn's parameters, those of its
        `#[verus_spec(.. with ..)]`, and its `let x: T` bound once. A parameter rebound
        anywhere in the item (`let`, `for`, a closure, a match arm) is left out."""
        got = self._receivers.get(id(it))
        if got is not None:
            return got
        got = self._receivers[id(it)] = {}
        generic: set[str] = set()
        for holder in (it, impl):
            if holder is not None and holder.generics is not None:
                gt, gk = self.tokens(*holder.generics)
                header = self.tokens(holder.span[0], holder.body[0] if holder.body else holder.span[1])[0]
                if "Deref" not in header:     # `T: Deref<Target = A>` (a bound or a where clause)
                    generic |= {gt[k] for k in range(1, len(gt)) if gk[k] == "ident" and gt[k - 1] in ("<", ",")}
        if impl is not None and (own := type_head(impl.name)) in self.plain_types:
            got["self"] = own
        if it.kind != "fn":
            return got
        body = self.tokens(*it.body)[0] if it.body else []
        bound, typed, inits = _bound_names(body)
        params = [(self.tokens(*prm.span)[0], self.tokens(*prm.type_span)[0]) for prm in it.params
                  if prm.type_span is not None and prm.name and prm.name != "self"]
        for a in it.attrs:
            if a.path == "verus_spec":
                params += _spec_with_params(self.tokens(*a.span)[0])
        names = [_param_name(pt) for pt, _ in params]
        typed = {n: tt for n, tt in typed.items() if n not in names}
        for name, (pt, tt) in zip(names, params):
            if name and name not in bound and names.count(name) == 1:
                if len(pt) > 1 and pt[0] in _WRAPPERS and pt[1] == "(" and tt[:2] == [pt[0], "<"]:
                    tt = tt[2:-1]     # `Tracked(x): Tracked<&mut T>`: x is a `&mut T`
                typed[name] = tt
        for name, tt in typed.items():
            if ty := self.classify(tt, generic):
                got[name] = ty
        own = type_head(impl.name) if impl is not None else ""
        for name, e in inits.items():        # in order: an initializer may use earlier names
            if name not in names and (ty := self.init_type(e, got, own)):
                got[name] = ty
        return got

    def init_type(self, e: list[str], recv: dict[str, str], own: str) -> str:
        """What the value of expression tokens `e` may call: a receiver chain or call that
        `_receiver_type` reads, or a struct literal `T { .. }` of a plain type."""
        if not e:
            return ""
        if e[-1] == "}" and len(e) > 2 and e[1] == "{" and e[0] in self.plain_types:
            return e[0]
        k = 0
        while k < len(e) and e[k] in ("&", "&&", "mut", "*"):
            k += 1
        e = e[k:]
        depth = 0     # a path/call/field chain only: `a + b`, `c as T`, `x[i]` are not read
        for j, t in enumerate(e):
            if t in ("(", "<", "<<") and (t == "(" or (j and e[j - 1] == "::")) or depth and t in ("(", "[", "{", "<", "<<"):
                depth += 2 if t == "<<" else 1
            elif depth and t in (")", "]", "}", ">", ">>"):
                depth -= 2 if t == ">>" else 1
            elif not depth and not (t.isidentifier() and t != "as" or t in (".", "::", "@")):
                return ""
        return self._receiver_type(e, len(e) - 1, recv, own) if e and depth == 0 else ""

    def classify(self, tt: list[str], generic: set[str] | frozenset = frozenset()) -> str:
        """What a value of type `tt` (tokens, `&`/`&mut` ignored) may call: a plain type's
        head, NO_TYPE for a type parameter (no inherent fns), `@` + that for `Tracked<T>` /
        `Ghost<T>` (whose `x@` is a T), '' when unknown."""
        tt = _strip_refs(tt)
        if len(tt) > 3 and tt[0] in _WRAPPERS and tt[1] == "<" and tt[-1] == ">" and tt[0] not in self.by_name:
            inner = self.classify(tt[2:-1], generic)
            return "@" + inner if inner and not inner.startswith("@") else ""
        head = _path_head(tt)
        if head in generic and head not in self.by_name:
            return NO_TYPE
        return head if head in self.plain_types else ""

    def head(self, it: Item) -> tuple[set[str], set[tuple[str, str]]]:
        """Identifiers and method mentions of a fn's attributes, signature and spec clauses
        (its body left out): all that a caller sees of a trusted contract."""
        got = self._head.get(id(it))
        if got is None:
            e = it.body[0] if it.body else it.span[1]
            got = self._head[id(it)] = (self._idents_in(it, it.span[0], e), self._methods_in(it, it.span[0], e))
        return got

    def stubbable(self, it: Item, target: Item) -> bool:
        """Whether a kept dependency fn can become a trusted contract: an exec or proof fn
        with a body, free or of an impl (not a trait's default, not inside a macro such as a
        state machine), inside `verus!`, neither already trusted nor calling the target (a
        cycle through it keeps its termination proof), with no items inside."""
        if (it.kind != "fn" or it is target or it.body is None or not it.in_verus or it.children
                or it.mode.startswith("spec") or it.mode == "axiom" or "const" in it.modifiers
                or any(a.name in _NO_STUB_ATTRS for a in it.attrs)):
            return False
        p = self.parent.get(id(it))
        if p is not None and p.kind not in ("mod", "impl"):
            return False
        return target.name not in self.idents(it) and all(n != target.name for _, n in self.method_mentions(it))

    def contract_tokens(self, it: Item) -> int:
        """Code tokens of a fn made a contract: its head plus the stub attribute and body."""
        return self.count_tokens(it.span[0], it.body[0]) + _STUB_TOKENS

    def has_decreases(self, it: Item) -> bool:
        """A fn whose text has a `decreases` clause (its termination is proved)."""
        return "decreases" in self.tokens(*it.span)[0]

    def invocation(self, it: Item) -> bool:
        """A macro item that invokes a macro (`m! {..}`), not a `macro_rules!` definition."""
        texts, _ = self.tokens(it.span[0], min(it.span[1], it.body[0] if it.body else it.span[1]))
        for i, t in enumerate(texts):
            if t == "!" and not (i > 0 and texts[i - 1] == "[") and not (i > 0 and texts[i - 1] == "#"):
                return not (i > 0 and texts[i - 1] == "macro_rules")
        return True

    def macro_defines(self, it: Item) -> set[str]:
        """Names a macro invocation defines: a state machine's name, else the identifiers
        after item keywords (`fn f`, `struct S`, ..) in its token tree."""
        got = self._defines.get(id(it))
        if got is None:
            texts, kinds = self.tokens(*it.span)
            got = set()
            if it.children:
                got = {c.impl_of for c in it.children if c.impl_of}
            if not got:
                for i in range(1, len(texts)):
                    if kinds[i] == "ident" and texts[i - 1] in _ITEM_KW:
                        got.add(texts[i])
            self._defines[id(it)] = got
        return got

    def scoped_use(self, it: Item) -> bool:
        """A private, non-glob `use` of local names: it serves only its module's own items
        (and its submodules', through `use super::*`)."""
        if it.visibility or self.use_names(it)[1]:
            return False
        texts, _ = self.tokens(*it.span)
        return "*" not in texts

    def modules_of(self, it: Item) -> list[int | None]:
        """Ids of the modules enclosing an item, innermost first, None (the file) last."""
        out = self._mods.get(id(it))
        if out is None:
            out = []
            p = self.parent.get(id(it))
            while p is not None:
                if p.kind == "mod":
                    out.append(id(p))
                p = self.parent.get(id(p))
            out.append(None)
            self._mods[id(it)] = out
        return out

    def labels_under(self, it: Item) -> list[str]:
        """Labels of an item and everything inside it (what a cut of it drops)."""
        got = self._labels.get(id(it))
        if got is None:
            got = self._labels[id(it)] = [_label(c) for c in it.walk()]
        return got

    def _impl_only(self, d: Item) -> tuple[str, str] | None:
        """(trait, type head) when every arm of the `macro_rules!` definition `d` expands to
        trait impls of one literal trait for one literal type and to nothing else (no fn,
        struct, use, .. outside the impls' bodies); else None."""
        texts, kinds = self.tokens(*d.span)
        n = len(texts)
        try:
            i = texts.index(d.name) + 1     # after `macro_rules! name`
        except ValueError:
            return None
        found: set[tuple[str, str]] = set()
        while i < n:
            t = texts[i]
            if t == "impl":
                j = i + 1
                while j < n and texts[j] not in ("{", "where", ";"):
                    j += 1
                if j >= n or texts[j] != "{":
                    return None          # a where clause or no body: left ambient
                head = texts[i:j]
                tr = impl_trait_name(head, kinds[i:j])
                f = len(head) - 1 - head[::-1].index("for") if tr else -1
                k = max((x for x in range(f) if head[x] == tr), default=-1)   # the trait's own token
                ty = type_head("".join(head[f + 1:])) if tr else ""
                if not (tr.isidentifier() and ty.isidentifier()) or (k > 0 and head[k - 1] == "$"):
                    return None          # a trait or type the invocation supplies (`$tr`, `$t`)
                found.add((tr, ty))
                depth = 0                # skip the impl's body
                while j < n:
                    depth += {"{": 1, "}": -1}.get(texts[j], 0)
                    j += 1
                    if depth == 0:
                        break
                i = j
                continue
            if kinds[i] == "ident" and (t in _ITEM_KW or t in ("use", "macro_rules")) \
                    and not (i > 0 and texts[i - 1] == ":"):        # `$t:ty` is a fragment, not an item
                return None
            i += 1
        return next(iter(found)) if len(found) == 1 else None

    def impl_type(self, im: Item) -> str:
        """The self type head of a trait impl (or of an invocation expanding to one)."""
        got = self.gen_impls.get(id(im))
        return got[1] if got else type_head(im.name)

    def trait_of(self, it: Item) -> str:
        """Trait name of `impl<..> Trait<..> for Type` ('' for inherent impls); for an
        invocation of a macro expanding to one trait impl, its trait."""
        if (got := self.gen_impls.get(id(it))) is not None:
            return got[0]
        if it.kind != "impl":
            return ""
        got = self._traits.get(id(it))
        if got is None:
            texts, kinds = self.tokens(it.span[0], it.body[0] if it.body else it.span[1])
            got = self._traits[id(it)] = impl_trait_name(texts, kinds)
        return got

    def use_tree(self, it: Item) -> "_UseNode | None":
        """The use tree of a `use` item (absolute token indexes), None if it does not parse
        as one (it is then kept whole)."""
        got = self._trees.get(id(it))
        if got is None and id(it) not in self._trees:
            i0, i1 = bisect_left(self._starts, it.span[0]), bisect_left(self._starts, it.span[1])
            texts = self._texts
            k = next((j for j in range(i0, i1) if texts[j] == "use"), -1)
            end = i1 - 1 if i1 > i0 and texts[i1 - 1] == ";" else i1
            got = None
            if k >= 0:
                node, j = _parse_use(texts, self._kinds, k + 1, end)
                got = node if node is not None and j == end else None
            self._trees[id(it)] = got
        return got

    def members(self, it: Item) -> "_UseNode | None":
        """The member list of a broadcast group (`{ a, m::b }`) or a module-level `broadcast
        use` (`a, b;` / `{a, b};`) as a group node of path leaves; None if it does not parse."""
        if id(it) in self._trees:
            return self._trees[id(it)]
        i0, i1 = bisect_left(self._starts, it.span[0]), bisect_left(self._starts, it.span[1])
        texts = self._texts
        if it.kind == "broadcast_group":
            k = next((j for j in range(i0, i1) if texts[j] == "{"), -1)
            end = i1 - 1 if texts[i1 - 1] == "}" else -1
        else:
            k = next((j for j in range(i0, i1) if texts[j] == "use"), -1)
            end = i1 - 1 if texts[i1 - 1] == ";" else -1
            if k >= 0 and texts[k + 1] == "{" and texts[end - 1] == "}":
                k, end = k + 1, end - 1
        got = None
        if k >= 0 and end > k:
            kids, j = [], k + 1
            while j < end:
                kid, j = _parse_use(texts, self._kinds, j, end)
                if kid is None or kid.children is not None or not kid.bound:
                    kids = []
                    break
                kids.append(kid)
                if j < end and texts[j] == ",":
                    j += 1
            if kids:
                got = _UseNode(k, end, [], "", kids)
        self._trees[id(it)] = got
        return got

    def signature_needs(self, fn: Item) -> frozenset[str]:
        """Local fn names a broadcast lemma's signature mentions (calls or methods): it can
        fire only on terms built from them."""
        got = self._sig.get(id(fn))
        if got is None:
            e = fn.body[0] if fn.body else fn.span[1]
            texts, kinds = self.tokens(fn.span[0], e)
            fns = self.fn_names
            got = {t for i, (t, k) in enumerate(zip(texts, kinds)) if k == "ident" and t in fns and t != fn.name
                   and not (i + 1 < len(texts) and texts[i + 1] == ":")}
            got = self._sig[id(fn)] = frozenset(got)
        return got

    def bare_glob(self, it: Item) -> bool:
        """`use super::*;` (or `crate::*`, `super::super::*`): it names no item, yet brings every
        name of a module into this one; kept like an outside import, with the module's code."""
        texts = self.tokens(it.span[0], it.span[1])[0]
        texts = texts[texts.index("use"):] if "use" in texts else []     # past `pub(crate)`
        return len(texts) >= 4 and texts[-2:] == ["*", ";"] and all(
            t in ("super", "crate", "self", "::") for t in texts[1:-2])

    def use_names(self, it: Item) -> tuple[set[str], bool]:
        """Local names a `use` line imports, and whether it imports from outside the file."""
        got = self._uses.get(id(it))
        if got is None:
            texts, _ = self.tokens(it.span[0], it.span[1])
            ids = self.idents(it, whole=True) - {"use", "pub", "crate", "as", "self", "super", "in"}
            if "*" not in texts:     # the names it binds, not the modules of its paths
                ids = {t for i, t in enumerate(texts) if t in ids and (
                    (i + 1 < len(texts) and texts[i + 1] in (",", "}", ";", "as")) or texts[i - 1] == "as")}
                ids |= {texts[i - 2] for i, t in enumerate(texts) if t == "self" and i > 1 and texts[i - 1] == "{"}
            local = {i for i in ids if i in self.local_names}
            first = next((t for t in texts if t not in ("pub", "(", ")", "crate", "use", "::", "{", "in")), "")
            external = not ({"crate", "self", "super"} & set(texts)) and first not in self.local_names
            got = self._uses[id(it)] = (local, external)
        return got


@dataclass
class _UseNode:
    """A use tree: a leaf (`a::b::C`, `a::C as D`, `a::*`) binds `bound` ('' for a glob or
    `as _`: always needed) through the path `idents`; a group (`a::{..}`) has `children`.
    Tokens first..last (absolute indexes, inclusive)."""
    first: int
    last: int
    idents: list[str]
    bound: str = ""
    children: list["_UseNode"] | None = None

    def leaves(self):
        if self.children is None:
            yield self
        else:
            for c in self.children:
                yield from c.leaves()


def _parse_use(texts: list[str], kinds: list[str], i: int, end: int) -> tuple["_UseNode | None", int]:
    """One use tree from token i (before `end`); (None, i) when it is not one."""
    first, path = i, []

    def segs() -> list[str]:
        return [p for p in path if p not in _PATH_ROOTS]
    if i < end and texts[i] == "::":
        i += 1
    while i < end:
        t = texts[i]
        if t == "{":
            kids: list[_UseNode] = []
            i += 1
            while i < end and texts[i] != "}":
                kid, i = _parse_use(texts, kinds, i, end)
                if kid is None:
                    return None, i
                kids.append(kid)
                if i < end and texts[i] == ",":
                    i += 1
            if i >= end:
                return None, i
            return _UseNode(first, i, segs(), "", kids), i + 1
        if t == "*":
            return _UseNode(first, i, segs(), ""), i + 1
        if kinds[i] != "ident" and t not in _PATH_ROOTS:
            return None, i
        path.append(t)
        i += 1
        if i < end and texts[i] == "::":
            i += 1
            continue
        bound = path[-2] if t == "self" and len(path) > 1 else t
        if i + 1 < end and texts[i] == "as":
            bound = "" if texts[i + 1] == "_" else texts[i + 1]
            i += 2
        return _UseNode(first, i - 1, segs(), bound), i
    return None, i


def _use_cuts(g: "CrateGraph", node: _UseNode, needed) -> list[tuple[int, int]] | None:
    """Byte ranges cutting the leaves of a use tree whose names are not needed (with their
    commas); None when no leaf is needed."""
    if node.children is None:
        return [] if needed(node.bound) else None
    cuts: list[tuple[int, int]] = []
    got = [_use_cuts(g, c, needed) for c in node.children]
    if all(c is None for c in got):
        return None
    st, kids = g._starts, node.children
    last = max(k for k, sub in enumerate(got) if sub is not None)
    for k, (c, sub) in enumerate(zip(kids, got)):
        if sub is not None:
            cuts.extend(sub)
        elif k < last:        # up to the next leaf
            cuts.append((st[c.first], st[kids[k + 1].first]))
        else:                 # after the last needed one: from the comma that follows it
            cuts.append((st[kids[last].last + 1], st[c.last + 1]))
    return cuts


def _doc_start(src: bytes, start: int, floor: int) -> int:
    """Start of the doc comments (`///`, `/** */`) right above an item."""
    toks, starts = raw_tokens(src, floor, start)
    i = len(toks)
    new = start
    while i > 0:
        t = toks[i - 1]
        if t[:1].isspace():
            i -= 1
            continue
        if (t.startswith(b"///") and not t.startswith(b"////")) or (t.startswith(b"/**") and not t.startswith(b"/**/")):
            i -= 1
            new = starts[i]
            continue
        break
    return new


def _trailing_end(src: bytes, end: int) -> int:
    """Through the rest of the item's line, when only blanks follow it."""
    j = end
    while j < len(src) and src[j:j + 1] in (b" ", b"\t", b"\r"):
        j += 1
    return j + 1 if src[j:j + 1] == b"\n" else end


class _OverBudget(Exception):
    """The closure already holds `budget` code tokens (its slice would be no smaller)."""


_TRIMMED = ("use", "broadcast_group", "broadcast_use")   # kept items whose lists slice_fn may cut


def _needed(g: CrateGraph, target: Item, why: dict | None = None, names_out: set | None = None,
            budget: int | None = None, stubs_out: set | None = None,
            external: "Callable[[Item], bool] | None" = None,
            external_fns: frozenset[str] = frozenset()) -> set[int]:
    """Ids of the items the target needs; `why` (if given) gets item id -> reason, and
    `names_out` the names the kept items mention or define (what a kept `use` must bind).
    With a `budget`, _OverBudget once the kept items surely hold that many code tokens.
    With `stubs_out` (contracts mode), a dependency fn that can be a trusted contract
    (`CrateGraph.stubbable`) needs only what its head mentions; its id goes to `stubs_out`.
    `external(item)` true: the item comes from elsewhere (a library the slice links, see
    verusbench.client): it is neither kept nor followed; `external_fns`, the names of such
    fns, stay live in broadcast lists (they are not the file's to cut).

    A worklist pass (again only while a group named in code is left empty): every rule is
    monotone (kept sets only grow), so firing a rule when its trigger (a kept module, type or
    mentioned name) appears reaches the same least fixpoint as rescanning all ambient/use/impl
    items until nothing changes."""
    kept: set[int] = set()
    cause: list = ["target", None]     # (rule, id of the item whose processing fired it)
    work: list[Item] = []
    kept_types: set[str] = set()
    names: set[str] = set()            # mentioned (seen) or kept names: what a use may import
    seen: set[str] = set()
    done: dict[str, set[str]] = {c: set() for c in _CTXS}   # ctx -> names a mention of which is a no-op
    pending_by_type: dict[str, list[Item]] = {}   # inherent fns mentioned, waiting for their type
    trait_fns: dict[str, set[str]] = {}           # file trait -> names of its kept fns
    done_m: dict[str, set[tuple[str, str]]] = {c: set() for c in _CTXS}   # ctx -> method mentions handled
    nonuse: set[str] = set()                      # names mentioned by kept items other than `use`s
    active: set[str] = set()                      # kept types in `nonuse`
    mentioned_in: set[tuple] = set()              # (module id, name) mentioned by a kept item in it
    scoped_names = g.scoped_names
    content: set[int] = set()                     # modules holding a kept item that is no module/use/ambient
    proof_content: set[int] = set()               # modules holding kept code with proofs
    pending_trait: dict[str, list[Item]] = {}     # file trait -> its fns called by method name, waiting
    waiting_leaf: dict[str, list[tuple]] = {}     # name -> (use, leaf) of kept uses binding it, waiting
    pending_spec: dict[str, list[Item]] = {}      # type -> assume_specifications of its methods, waiting
    waiting_impl: dict[str, list[tuple[Item, str]]] = {}   # item name -> (_NAMED_ONLY impl, its type), waiting
    waiting_impl_trait: dict[str, list[Item]] = {}  # _NAMED_ONLY trait -> its impls waiting for its name
    called: dict[str, set[str]] = {}              # method name -> receiver types of its mentions ('' unknown)
    trait_named: set[str] = set()                 # _NAMED_ONLY traits named by kept items (not their impls)
    waiting_lemma: dict[str, list[list]] = {}     # name -> [lemma, missing names] of broadcast members
    lemmas_of: dict[str, list[list]] = {}         # group name -> its waiting member entries
    code_groups: set[str] = set()                 # groups named in code (`broadcast use g;` in a body)
    kept_fns: set[str] = set()
    leaf_work: list[tuple[Item, _UseNode]] = []   # leaves of kept uses whose names are needed
    parent = g.parent

    size = 0
    contracts = stubs_out is not None

    def stub(it: Item) -> bool:
        return contracts and g.stubbable(it, target)

    def keep(it: Item) -> None:
        nonlocal size
        if id(it) in kept or (external is not None and it is not target and external(it)):
            return
        kept.add(id(it))
        stubbed = stub(it)
        if stubbed:
            stubs_out.add(id(it))
        if budget is not None and it.kind not in _TRIMMED:
            # a lower bound of the slice's tokens: kept code stays
            size += g.contract_tokens(it) if stubbed else g.own_tokens(it)
            if size >= budget:
                raise _OverBudget
        if it.kind == "fn":
            kept_fns.add(it.name)
        if why is not None:
            why[id(it)] = tuple(cause)
        work.append(it)
        add_name(it.name)
        p = parent.get(id(it))
        if p is not None:
            saved = cause[:]
            cause[:] = ["parent", id(it)]
            keep(p)
            cause[:] = saved
        if it.kind in ("struct", "enum", "type", "trait"):
            type_kept(it.name, id(it))
        elif it.kind == "macro" and g.invocation(it):
            for d in sorted(g.macro_defines(it)):
                type_kept(d, id(it))
        saved = cause[:]
        cause[:] = ["member", id(it)]
        if it.kind == "macro" and it.children:     # a state machine comes whole (inductive proofs)
            for c in it.walk():
                if c is not it:
                    keep(c)
        elif it.kind == "trait":                   # its fns come when mentioned; types, consts always
            for c in it.children:
                if c.kind != "fn":
                    keep(c)
        elif it.kind == "impl" and (tr := g.trait_of(it)):
            local = g.local_traits.get(tr)
            for c in it.children:
                # an impl of a file's trait keeps the fns the kept trait keeps (so the pair
                # agrees); an impl of an outside trait comes whole (its required items unknown)
                if local is None or c.kind != "fn" or c.name in trait_fns.get(tr, ()):
                    keep(c)
        if it.kind == "fn" and (p := parent.get(id(it))) is not None:
            if p.kind == "trait":
                if it.name not in trait_fns.setdefault(p.name, set()):
                    trait_fns[p.name].add(it.name)
                    for im in g.trait_impls_for.get(p.name, ()):
                        if id(im) in kept:
                            for c in im.children:
                                if c.kind == "fn" and c.name == it.name:
                                    keep(c)
            elif p.kind == "impl" and (tr := g.trait_of(p)) in g.local_traits:
                for t in g.local_traits[tr]:      # the trait's declaration of a kept impl fn
                    for c in t.children:
                        if c.kind == "fn" and c.name == it.name:
                            keep(c)
        if it.kind == "mod":
            for a in g.ambient_in.get(id(it), ()):
                if _reexport(a):   # a re-export serves paths through the module
                    cause[:] = ["ambient_use", id(it)]
                    keep(a)
        if it.kind == "trait":
            cause[:] = ["method", id(it)]
            for m in pending_trait.pop(it.name, ()):
                keep(m)
        if it.kind not in ("mod", "use", "broadcast_group") and id(it) not in g.ambient_ids:
            # a module's ambient items serve its own kept code: its imports and unknown macro
            # invocations any kept item; its `broadcast use`s only code with proofs (exec and
            # proof fns, spec fns proving termination). A module kept only as a path, for a
            # `use` or a broadcast group, needs none of them.
            proves = it.kind == "fn" and not stubbed and (not it.mode.startswith("spec") or g.has_decreases(it))
            for mid in g.modules_of(it):
                if mid is None or (mid in content and (not proves or mid in proof_content)):
                    break
                for a in g.ambient_in.get(mid, ()):
                    bu = a.kind == "broadcast_use"
                    if (bu and proves and mid not in proof_content) or (
                            not bu and mid not in content and not _reexport(a)):
                        cause[:] = ["ambient_" + a.kind, id(it)]
                        keep(a)
                content.add(mid)
                if proves:
                    proof_content.add(mid)
        cause[:] = ["use", id(it)]
        for u in g.uses_in.get(id(it), ()):
            if g.use_names(u)[0] & names:
                keep(u)
        cause[:] = saved

    def type_kept(n: str, src: int) -> None:
        if n in kept_types:
            return
        kept_types.add(n)
        saved = cause[:]
        cause[:] = ["layout", src]
        for lay in g.layouts_for.get(n, ()):
            keep(lay)
        cause[:] = ["type_impl", src]
        for im in g.trait_impls_for.get(n, ()):     # active types' impls of this trait
            if g.impl_type(im) in active:
                keep(im)
        cause[:] = saved
        if n in nonuse:
            activate(n, src)

    def activate(n: str, src: int | None) -> None:
        """A kept type mentioned outside `use` lines (one only co-imported needs no more than
        its definition): its mentioned methods, type invariant and trait impls come."""
        if n in active:
            return
        active.add(n)
        saved = cause[:]
        cause[:] = ["method", src]
        for m in pending_by_type.pop(n, ()):
            keep(m)
        for m in g.type_invariants.get(n, ()):   # Verus checks it wherever the type is built
            keep(m)
        cause[:] = ["type_impl", src]
        for im in g.trait_impls_of.get(n, ()):
            tr = g.trait_of(im)
            if tr in pending_trait:               # methods of a trait this type implements
                cause[:] = ["method", src]
                for m in pending_trait.pop(tr):
                    keep(m)
                cause[:] = ["type_impl", src]
            if tr in kept_types or tr not in g.local_names:
                if tr in _NAMED_ONLY and tr not in g.local_names and not impl_used(im, n):
                    waiting_impl_trait.setdefault(tr, []).append(im)
                    for c in im.children:
                        if c.name:
                            waiting_impl.setdefault(c.name, []).append((im, n))
                else:
                    keep(im)
        cause[:] = saved

    def impl_used(im: Item, ty: str) -> bool:
        """Whether the slice names an impl of a _NAMED_ONLY trait for `ty`: its trait's name,
        or one of its items called on `ty` or on a receiver of unknown type."""
        if g.trait_of(im) in trait_named:
            return True
        return any(c.name and ("" in (qs := called.get(c.name, ())) or ty in qs) for c in im.children)

    def add_name(n: str) -> None:
        if n in names:
            return
        names.add(n)
        leaf_work.extend(waiting_leaf.pop(n, ()))
        saved = cause[:]
        for entry in waiting_lemma.pop(n, ()):
            entry[1].discard(n)
            if not entry[1]:
                cause[:] = ["broadcast_member", saved[1]]
                keep(entry[0])
        if n in pending_spec:
            cause[:] = ["name_assume_specification", saved[1]]
            for d in pending_spec.pop(n):
                keep(d)
        for u in g.uses_naming.get(n, ()):
            p = parent.get(id(u))
            if id(u) not in kept and (p is None or id(p) in kept):
                cause[:] = ["use", saved[1]]
                keep(u)
        cause[:] = saved

    keep(target)
    for a in g.ambient_in.get(None, ()):     # the file's top level is always kept
        cause[:] = ["ambient_" + a.kind, None]
        keep(a)
    cause[:] = ["use", None]
    for u in g.uses_in.get(None, ()):
        if g.use_names(u)[0] & names:
            keep(u)
    def force_group(name: str) -> None:
        """All members of group `name` and of the groups it lists (named in code: whole)."""
        todo = [name]
        while todo:
            n = todo.pop()
            nonuse.add(n)
            for entry in lemmas_of.pop(n, ()):
                keep(entry[0])
            for d in g.by_name.get(n, ()):
                if d.kind == "broadcast_group" and (tree := g.members(d)) is not None:
                    todo.extend(c.bound for c in tree.children if c.bound in g.group_names and c.bound not in nonuse)

    def spec_of(d: Item) -> None:
        """Keep d; the spec of a method of type T (`T::<..>::m`) only once T is named."""
        if (q := _type_spec(d)) and q not in names:
            pending_spec.setdefault(q, []).append(d)
        else:
            keep(d)

    def mention(name: str, it: Item, mods, ctx: str) -> None:
        if name not in nonuse and it.kind != "use":
                nonuse.add(name)
                if name in kept_types:
                    activate(name, id(it))
                if name in g.group_names:     # a group named in code must stay non-empty
                    code_groups.add(name)
        if name in scoped_names:
            for m in mods:             # a private use is kept for the mentions in its module
                if (m, name) in mentioned_in:
                    continue
                mentioned_in.add((m, name))
                cause[:] = ["use", id(it)]
                for u in g.scoped_naming.get((m, name), ()):
                    keep(u)
        if (name, ctx) in seen or (name, "any") in seen:
            return
        seen.add((name, ctx))
        if it.kind != "use" and name not in scoped_names:   # nothing more to do for this name
            for c in _COVERED[ctx]:
                done[c].add(name)
        cause[:] = ["name", id(it)]
        add_name(name)
        for d in g.by_name.get(name, ()):
            if d.kind == "fn" and not _callable(d, ctx):
                continue
            cause[:] = ["name_" + d.kind, id(it)]
            spec_of(d)

    while True:
        while work or leaf_work:
            if leaf_work:       # a kept use's leaf whose name is needed: its path must resolve
                u, leaf = leaf_work.pop()
                mods = g.modules_of(u) if g.scoped_naming else ()
                for name in leaf.idents:
                    mention(name, u, mods, "any")
                continue
            it = work.pop()
            if it.kind == "use" and g.use_names(it)[1]:
                continue       # names imported from outside the file are not the file's items
            mods = g.modules_of(it) if g.scoped_naming else ()
            ctx = _ctx(it)
            tree = g.members(it) if it.kind in ("broadcast_group", "broadcast_use") else None
            if tree is not None:
                # a broadcast list: its groups come; a member lemma only once every local fn its
                # signature mentions is in the slice (it cannot fire on terms the slice lacks);
                # slice_fn cuts the members that did not come
                for leaf in tree.leaves():
                    b = leaf.bound
                    if b in g.group_names:
                        add_name(b)
                        cause[:] = ["name_broadcast_group", id(it)]
                        for d in g.by_name[b]:
                            if d.kind == "broadcast_group":
                                keep(d)
                        continue
                    for d in g.by_name.get(b, ()):
                        if d.kind != "fn" or id(d) in kept:
                            continue
                        missing = set(g.signature_needs(d) - names)
                        if not missing:
                            cause[:] = ["broadcast_member", id(it)]
                            keep(d)
                            continue
                        entry = [d, missing]
                        for n in missing:
                            waiting_lemma.setdefault(n, []).append(entry)
                        if it.kind == "broadcast_group":
                            lemmas_of.setdefault(it.name, []).append(entry)
                continue
            tree = g.use_tree(it) if it.kind == "use" else None
            if tree is not None:
                # a kept use binds many names; only the leaves binding a needed name are kept
                # (slice_fn cuts the others), so only their paths are mentions
                for leaf in tree.leaves():
                    if not leaf.bound or leaf.bound in names:
                        leaf_work.append((it, leaf))
                    else:
                        waiting_leaf.setdefault(leaf.bound, []).append((it, leaf))
                continue
            if contracts and id(it) in stubs_out:
                ctx = "spec"        # a contract's head: its signature and spec clauses
                ids, mms = g.head(it)
            else:
                ids, mms = g.idents(it), g.method_mentions(it)
            for name in sorted((ids & _NAMED_ONLY) - trait_named):
                if not (it.kind == "impl" and g.trait_of(it) == name):   # an impl's own header needs none
                    trait_named.add(name)
                    cause[:] = ["type_impl", id(it)]
                    for im in waiting_impl_trait.pop(name, ()):
                        keep(im)
            for name in sorted(ids - done[ctx]):     # sorted: explain's causes do not vary
                mention(name, it, mods, ctx)
            for qn in sorted(mms - done_m[ctx]):
                for c in _COVERED[ctx]:
                    done_m[c].add(qn)
                q, name = qn
                called.setdefault(name, set()).add(q)
                cause[:] = ["type_impl", id(it)]
                for im, ty in waiting_impl.get(name, ()):
                    if q in ("", ty):
                        keep(im)
                cause[:] = ["method", id(it)]
                for d in g.by_name.get(name, ()):     # `v.push(..)` under `assume_specification[Vec::<T>::push]`
                    if d.kind == "assume_specification" and id(d) not in kept:
                        spec_of(d)
                for d in g.trait_methods.get(name, ()):
                    if not _callable(d, ctx) or id(d) in kept:
                        continue
                    tr = parent[id(d)]
                    # `x.m()` is the trait's `m` only if `x` can be of a type implementing it: the
                    # trait is kept (named in a bound, a `dyn`, a path), or a kept type implements it
                    if id(tr) in kept or tr.name in g.open_traits or any(
                            g.impl_type(im) in active for im in g.trait_impls_for.get(tr.name, ())):
                        keep(d)
                    else:
                        pending_trait.setdefault(tr.name, []).append(d)
                for m in g.methods.get(name, ()):
                    if id(m) in kept or not _callable(m, ctx):
                        continue
                    ty = type_head(parent[id(m)].name)
                    if q and ty != q:
                        continue
                    if ty in active:
                        keep(m)
                    else:
                        pending_by_type.setdefault(ty, []).append(m)
        # a group named in code that kept no member would be empty: it comes whole
        live = kept_fns | external_fns
        memo: dict[str, bool] = {}
        dead = sorted(n for n in code_groups if not _member_live(g, n, live, memo))
        if not dead:
            break
        cause[:] = ["broadcast_member", None]
        for n in dead:
            force_group(n)
        code_groups.difference_update(dead)
    if names_out is not None:
        names_out |= names
    return kept


_CTXS = ("any", "spec", "proof")
_COVERED = {"any": _CTXS, "spec": ("spec",), "proof": ("proof",)}   # what handling a name in ctx settles


def _reexport(it: Item) -> bool:
    """A `pub use` (any visibility): it serves paths through its module, not its module's code."""
    return it.kind == "use" and bool(it.visibility)


def _ctx(it: Item) -> str:
    """What a kept item's code may call: spec code only spec fns, proof code spec and proof
    fns, exec code (and every non-fn item) anything."""
    if it.kind != "fn":
        return "any"
    if it.mode.startswith("spec"):
        return "spec"
    return "proof" if it.mode in ("proof", "axiom") else "any"


def _callable(fn: Item, ctx: str) -> bool:
    """Whether code of mode `ctx` can name fn `fn` (an exec fn with `when_used_as_spec` can
    be called in spec code)."""
    if ctx == "any" or fn.mode.startswith("spec"):
        return True
    if ctx == "proof" and fn.mode in ("proof", "axiom"):
        return True
    return any(a.name == "when_used_as_spec" for a in fn.attrs)


_CACHE: list = []


def _graph(pf: ParsedFile) -> CrateGraph:
    """The graph of `pf`, reused while the same file is sliced for its next fn."""
    if _CACHE and _CACHE[0] is pf:
        return _CACHE[1]
    g = CrateGraph(pf)
    _CACHE[:] = [pf, g]
    return g


def _prune_broadcast_lists(g: CrateGraph, kept_ids: set[int], inner: list,
                           live: frozenset[str] = frozenset()) -> None:
    """Cut from kept broadcast groups and module-level `broadcast use`s the members the
    closure did not keep; a list left empty goes whole (and is cut from the lists naming it).
    (A group named in code is never left empty: the closure keeps all its members then.)"""
    lists = [it for it in g.broadcast_lists if id(it) in kept_ids]
    if not lists:
        return
    kept_fns = {it.name for i in kept_ids if (it := g.by_id[i]).kind == "fn"} | live
    memo: dict[str, bool] = {}
    for it in lists:
        tree = g.members(it)
        if tree is None:
            continue
        got = _use_cuts(g, tree, lambda b: _member_live(g, b, kept_fns, memo))
        if got is None:
            kept_ids.discard(id(it))
        else:
            inner.extend(got)


def _member_live(g: CrateGraph, b: str, kept_fns: set[str], memo: dict[str, bool] | None = None,
                 depth: int = 0) -> bool:
    """Whether a broadcast list's member `b` stays: a kept lemma, a name from outside the
    file (not ours to cut), or a group with such a member (an unparsed group always)."""
    if b not in g.group_names:
        return b in kept_fns or b not in g.fn_names
    if memo is not None:
        if b in memo:
            return memo[b]
        memo[b] = False      # in progress: a group reached again through its own members adds none
    got = depth < 32 and any(
        (tree := g.members(d)) is None or any(_member_live(g, c.bound, kept_fns, memo, depth + 1)
                                              for c in tree.children)
        for d in g.by_name.get(b, ()) if d.kind == "broadcast_group")
    if memo is not None:
        memo[b] = got
    return got


def slice_fn(pf: ParsedFile, target: Item, graph: CrateGraph | None = None,
             budget: int | None = None, contracts: bool = False,
             external: "Callable[[Item], bool] | None" = None) -> Slice | None:
    """The slice of parsed file `pf` for its fn item `target` (`graph`: pf's, built once);
    None when a `budget` is given and the slice would hold at least that many code tokens.
    `contracts`: kept dependency fns that can be (`CrateGraph.stubbable`) become trusted
    contracts, `#[verifier::external_body]` with their body replaced: Verus checks a fn
    against its callees' specs only, so the target's proof obligations do not change, and
    the closure follows their signatures and specs, not their proofs. `external`: items
    the slice gets from a library it links (kept out, and their members stay in broadcast
    lists)."""
    g = graph if graph is not None else _graph(pf)
    names: set[str] = set()
    stubs: set[int] | None = set() if contracts else None
    live = frozenset(it.name for it in g.items if it.kind == "fn" and external(it)) if external else frozenset()
    try:
        kept_ids = _needed(g, target, names_out=names, budget=budget, stubs_out=stubs, external=external,
                           external_fns=live)
    except _OverBudget:
        return None
    inner: list[tuple[int, int]] = []     # unneeded leaves of kept uses
    for it in g.local_uses:
        if id(it) in kept_ids and (tree := g.use_tree(it)) is not None:
            got = _use_cuts(g, tree, lambda b: not b or b in names)
            if got is None:
                kept_ids.discard(id(it))
            else:
                inner.extend(got)
    _prune_broadcast_lists(g, kept_ids, inner, live)
    kept = frozenset(kept_ids)
    stubbed = frozenset(stubs or ()) & kept
    src = pf.source
    key = (kept, tuple(inner), stubbed)
    parts = g.slices.get(key)
    if parts is None:
        cuts: list[tuple[int, int]] = list(inner)
        kept_l: list[str] = []
        dropped_l: list[str] = []

        def visit(items: list[Item], floor: int) -> None:
            for it in items:
                if id(it) in kept:
                    kept_l.append(_label(it))
                    if it.children and it.body:
                        visit(it.children, it.body[0] + 1)
                else:
                    dropped_l.extend(g.labels_under(it))
                    cuts.append((g.doc_start(it, floor), _trailing_end(src, it.span[1])))
                floor = it.span[1]

        visit(sorted(pf.items, key=lambda x: x.span), 0)
        merged: list[tuple[int, int]] = []
        for s, e in sorted(cuts):
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
        edits: list[tuple[int, int, bytes]] = []
        trusted: list[str] = []
        for i in sorted(stubbed, key=lambda i: g.by_id[i].span):
            it = g.by_id[i]
            line = src.rfind(b"\n", 0, it.span[0]) + 1
            pad = src[line:it.span[0]]
            pad = pad if not pad.strip() else b""
            edits.append((it.span[0], it.span[0], STUB_ATTR + b"\n" + pad))
            edits.append((it.body[0], it.body[1], STUB_BODY.replace(b"\n", b"\n" + pad)))
            trusted.append(_label(it))
        out: list[bytes] = []
        pos = 0
        for s, e, rep in sorted([(s, e, b"") for s, e in merged] + edits, key=lambda x: (x[0], x[1])):
            out.append(src[pos:s])
            out.append(rep)
            pos = e
        out.append(src[pos:])
        text = b"".join(out).decode("utf-8", "surrogateescape")
        ntok = len(g._starts) - sum(g.count_tokens(s, e) for s, e in merged) + sum(
            _STUB_TOKENS - g.count_tokens(*g.by_id[i].body) for i in stubbed)
        proof_fns = frozenset(it.name for i in kept if (it := g.by_id[i]).kind == "fn"
                              and it.mode in ("proof", "axiom") and it.name)
        parts = g.slices[key] = (text, kept_l, dropped_l, ntok, merged, edits, trusted, proof_fns)
    text, kept_l, dropped_l, ntok, merged, edits, trusted, proof_fns = parts
    shift = sum(e - s for s, e in merged if e <= target.span[0]) - sum(
        len(rep) - (e - s) for s, e, rep in edits if e <= target.span[0])
    span = (target.span[0] - shift, target.span[1] - shift)
    return Slice(text, qualified_name(target), list(kept_l), list(dropped_l), ntok, span, merged,
                 list(edits), list(trusted), proof_fns)


def slice_text(text: str, target: str) -> Slice:
    """Slice of `text` for the fn named `target` (`name` or `Type::name`); ValueError if absent."""
    pf = parse(text)
    for it in pf.walk():
        if it.kind == "fn" and (qualified_name(it) == target or it.name == target):
            return slice_fn(pf, it)
    raise ValueError(f"slice_text: no fn named {target!r} in the text")


def slice_in(text: str, fn_text: str, pf: ParsedFile | None = None) -> Slice | None:
    """Slice of `text` (e.g. an inlined crate) for the fn whose exact source is `fn_text`;
    None when that fn is not in the text."""
    src = text.encode("utf-8", "surrogateescape")
    at = src.find(fn_text.encode("utf-8", "surrogateescape"))
    if at < 0:
        return None
    pf = pf if pf is not None else parse(src)
    n = len(fn_text.encode("utf-8", "surrogateescape"))
    for it in pf.walk():
        if it.kind == "fn" and it.span == (at, at + n):
            return slice_fn(pf, it)
    return None


def explain(g: CrateGraph, target: Item) -> dict[str, list[int]]:
    """Why a slice is big: rule -> [items, own code tokens of the items it kept, tokens of
    everything reached through them (their keep subtrees, counted once per topmost item)]."""
    why: dict[int, tuple] = {}
    kept = _needed(g, target, why)
    own = {i: g.own_tokens(g.by_id[i]) for i in kept}
    kids: dict[int | None, list[int]] = {}
    for i, (_, src) in why.items():
        kids.setdefault(src, []).append(i)
    sub: dict[int, int] = {}

    def subtree(i: int) -> int:     # iterative post-order: keep trees can be deep
        stack = [(i, False)]
        while stack:
            j, done = stack.pop()
            if done:
                sub[j] = own[j] + sum(sub[k] for k in kids.get(j, ()) if k != j)
            elif j not in sub:
                stack.append((j, True))
                stack.extend((k, False) for k in kids.get(j, ()) if k not in sub and k != j)
        return sub[i]

    out: dict[str, list[int]] = {}
    for i, (rule, src) in why.items():
        row = out.setdefault(rule, [0, 0, 0])
        row[0] += 1
        row[1] += own[i]
        j, top = src, True
        while j is not None:      # topmost: no trigger ancestor kept by the same rule
            if why[j][0] == rule:
                top = False
                break
            j = why[j][1]
        if top:
            row[2] += subtree(i)
    return out
