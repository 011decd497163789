"""Dependency slicing: a target fn plus the transitive closure of the items it (and its
spec) mentions; everything else is cut out. Kept items keep their text byte-for-byte.

Resolution is by identifier and over-approximates: every item whose name occurs in a kept
item is kept (a name collision keeps both). Rules beyond that:
  * ambient items are kept in every kept module (the file's top level included): `global`
    items, unrecognised items (`other`: macro invocations may define anything),
    `broadcast use`, and `use` lines that import from outside the file;
  * a `use` importing local names is kept, in a kept module, when one of those names is
    kept or mentioned (it never pulls its module in);
  * impls: an inherent impl is kept (with only its needed fns) when one of its fns is
    needed; a trait impl is kept whole when its self type is kept and its trait is kept or
    not defined in the file;
  * traits are kept whole; a `mod` is kept (with only its needed items) when anything in
    it is kept; a dropped item takes its doc comments with it.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from .syntax import parse
from .syntax.lexer import lex, raw_tokens
from .syntax.model import Item, ParsedFile

_DEFINING = {"fn", "struct", "enum", "trait", "const", "static", "type", "macro",
             "broadcast_group", "mod", "assume_specification"}
_PATH_ROOTS = {"crate", "self", "super", "Self"}


@dataclass
class Slice:
    text: str
    target_fn: str
    kept_items: list[str] = field(default_factory=list)      # "kind name" of kept items
    dropped_items: list[str] = field(default_factory=list)
    context_tokens: int = 0


def code_tokens(text: str | bytes) -> int:
    """Code tokens of a text: identifiers, literals and symbols (comments, whitespace not)."""
    src = text.encode("utf-8", "surrogateescape") if isinstance(text, str) else text
    return len(lex(src).texts)


def _label(it: Item) -> str:
    return f"{it.kind} {it.impl_of + '::' if it.impl_of and it.kind == 'fn' else ''}{it.name}"


def qualified_name(it: Item) -> str:
    return f"{it.impl_of}::{it.name}" if it.impl_of else it.name


def type_head(name: str) -> str:
    """`crate::m::Bar<T>` -> `Bar`: the name an impl's self type is known by."""
    return name.split("<", 1)[0].split("::")[-1].strip("&*[]() ").removeprefix("mut ").strip()


class _Graph:
    """Items of a parsed file with parents, own identifiers and name indexes (fns of impls
    are indexed apart: they are kept only together with their impl's type)."""

    def __init__(self, pf: ParsedFile):
        self.pf = pf
        self.src = pf.source
        lr = lex(self.src)
        self._texts, self._starts, self._kinds = lr.texts, lr.starts, lr.kinds
        self.parent: dict[int, Item | None] = {}
        self.items: list[Item] = []
        self.by_name: dict[str, list[Item]] = {}
        self.methods: dict[str, list[Item]] = {}     # inherent-impl fns by name
        self._idents: dict[int, set[str]] = {}
        self._traits: dict[int, str] = {}
        self._uses: dict[int, tuple[set[str], bool]] = {}
        self._add(pf.items, None)
        self.local_names = set(self.by_name) | set(self.methods)

    def _add(self, items: list[Item], parent: Item | None) -> None:
        for it in items:
            self.parent[id(it)] = parent
            self.items.append(it)
            if it.kind in _DEFINING and it.name:
                if parent is not None and parent.kind == "impl":
                    if not self.trait_of(parent):   # trait-impl fns come with their impl
                        self.methods.setdefault(it.name, []).append(it)
                else:
                    self.by_name.setdefault(it.name.split("::")[-1], []).append(it)
            if it.children:
                self._add(it.children, it)

    def tokens(self, s: int, e: int) -> tuple[list[str], list[str]]:
        i, j = bisect_left(self._starts, s), bisect_left(self._starts, e)
        return self._texts[i:j], self._kinds[i:j]

    def idents(self, it: Item, whole: bool = False) -> set[str]:
        """Identifiers of an item; for mods and inherent impls without their children."""
        key = id(it) * 2 + whole
        got = self._idents.get(key)
        if got is None:
            s, e = it.span
            if not whole and it.children and it.kind in ("mod", "impl") and not self.trait_of(it):
                e = it.body[0] + 1 if it.body else e
            texts, kinds = self.tokens(s, e)
            got = {t for t, k in zip(texts, kinds) if k == "ident"}
            self._idents[key] = got
        return got

    def trait_of(self, it: Item) -> str:
        """Trait name of `impl<..> Trait<..> for Type` ('' for inherent impls)."""
        if it.kind != "impl":
            return ""
        got = self._traits.get(id(it))
        if got is not None:
            return got
        got = ""
        texts, _ = self.tokens(it.span[0], it.body[0] if it.body else it.span[1])
        if "impl" in texts:
            depth, last_ident = 0, ""
            for t in texts[texts.index("impl") + 1:]:
                if t == "<":
                    depth += 1
                elif t == ">":
                    depth -= 1
                elif t == ">>":
                    depth -= 2
                elif t == "for" and depth == 0:
                    got = last_ident
                    break
                elif depth == 0 and t.isidentifier():
                    last_ident = t
        self._traits[id(it)] = got
        return got

    def use_names(self, it: Item) -> tuple[set[str], bool]:
        """Local names a `use` line imports, and whether it imports from outside the file."""
        got = self._uses.get(id(it))
        if got is None:
            texts, _ = self.tokens(it.span[0], it.span[1])
            ids = self.idents(it, whole=True) - {"use", "pub", "crate", "as", "self", "super", "in"}
            local = {i for i in ids if i in self.local_names}
            first = next((t for t in texts if t not in ("pub", "(", ")", "crate", "use", "::", "{", "in")), "")
            external = not ({"crate", "self", "super"} & set(texts)) and first not in self.local_names
            got = self._uses[id(it)] = (local, external)
        return got


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


def _needed(g: _Graph, target: Item, why: dict | None = None) -> set[int]:
    """Ids of the items the target needs; `why` (if given) gets item id -> reason."""
    kept: set[int] = set()
    cause = ["target"]
    work: list[Item] = []
    kept_types: set[str] = set()
    kept_names: set[str] = set()

    def keep(it: Item) -> None:
        if id(it) in kept:
            return
        kept.add(id(it))
        if why is not None:
            why[id(it)] = cause[0]
        work.append(it)
        kept_names.add(it.name)
        if it.kind in ("struct", "enum", "type", "trait"):
            kept_types.add(it.name)
        p = g.parent.get(id(it))
        if p is not None:
            keep(p)
        if it.kind == "trait" or (it.kind == "impl" and g.trait_of(it)):
            for c in it.walk():
                if c is not it:
                    keep(c)

    keep(target)
    # ambient items: kept wherever their module is kept (the file's top level always is)
    ambient = [it for it in g.items if it.kind in ("global", "other", "broadcast_use")
               or (it.kind == "use" and g.use_names(it)[1])]
    uses = [it for it in g.items if it.kind == "use"]
    impls = [it for it in g.items if it.kind == "impl"]
    seen: set[str] = set()
    pending_methods: list[Item] = []
    while True:
        while work:
            it = work.pop()
            for name in g.idents(it) - seen:
                seen.add(name)
                cause[0] = f"{name!r} in {_label(it)}"
                for d in g.by_name.get(name, ()):
                    keep(d)
                pending_methods.extend(g.methods.get(name, ()))
        changed = False
        cause[0] = "ambient/use/impl rule"
        for a in ambient:
            p = g.parent.get(id(a))
            if id(a) not in kept and (p is None or (id(p) in kept and p.kind == "mod")):
                keep(a)
                changed = True
        for u in uses:
            # a local `use` never pulls its module in; in a kept module it stays when it
            # names something kept or mentioned (a glob of a kept module included)
            p = g.parent.get(id(u))
            if id(u) not in kept and (p is None or id(p) in kept) and g.use_names(u)[0] & (seen | kept_names):
                keep(u)
                changed = True
        for m in pending_methods:
            im = g.parent.get(id(m))
            if id(m) not in kept and im is not None and type_head(im.name) in kept_types:
                keep(m)
                changed = True
        for im in impls:
            tr = g.trait_of(im)
            if id(im) in kept or not tr:
                continue
            if type_head(im.name) in kept_types and (tr in kept_types or tr not in g.local_names):
                keep(im)
                changed = True
        if not changed and not work:
            return kept


_CACHE: list = []


def _graph(pf: ParsedFile) -> _Graph:
    """The graph of `pf`, reused while the same file is sliced for its next fn."""
    if _CACHE and _CACHE[0] is pf:
        return _CACHE[1]
    g = _Graph(pf)
    _CACHE[:] = [pf, g]
    return g


def slice_fn(pf: ParsedFile, target: Item) -> Slice:
    """The slice of parsed file `pf` for its fn item `target`."""
    g = _graph(pf)
    kept = _needed(g, target)
    src = pf.source
    cuts: list[tuple[int, int]] = []
    kept_l: list[str] = []
    dropped_l: list[str] = []

    def visit(items: list[Item], floor: int) -> None:
        for it in items:
            if id(it) in kept:
                kept_l.append(_label(it))
                if it.children and it.body:
                    visit(it.children, it.body[0] + 1)
            else:
                dropped_l.append(_label(it))
                dropped_l.extend(_label(c) for c in it.walk() if c is not it)
                cuts.append((_doc_start(src, it.span[0], floor), _trailing_end(src, it.span[1])))
            floor = it.span[1]

    visit(sorted(pf.items, key=lambda x: x.span), 0)
    out: list[bytes] = []
    pos = 0
    for s, e in sorted(cuts):
        s = max(s, pos)
        out.append(src[pos:s])
        pos = max(pos, e)
    out.append(src[pos:])
    text = b"".join(out).decode("utf-8", "surrogateescape")
    return Slice(text, qualified_name(target), kept_l, dropped_l, code_tokens(text))


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
