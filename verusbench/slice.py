"""Dependency slicing: a target fn plus the transitive closure of the items it (and its
spec) mentions; everything else is cut out. Kept items keep their text byte-for-byte.

Resolution is by identifier and over-approximates: every item whose name occurs in a kept
item is kept (a name collision keeps both). Rules beyond that:
  * always kept: `global` items, unrecognised items (`other`: macro invocations may define
    anything), top-level `broadcast use` and `use` lines that import from outside the file;
  * a `use` importing local names is kept when one of those names is kept;
  * impls: an inherent impl is kept (with only its needed fns) when one of its fns is
    needed; a trait impl is kept whole when its self type is kept and its trait is kept or
    not defined in the file;
  * traits are kept whole; a `mod` is kept (with only its needed items) when anything in
    it is kept; a dropped item takes its doc comments with it.
"""

from __future__ import annotations

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


class _Graph:
    """Items of a parsed file with parents, own identifiers and a name index."""

    def __init__(self, pf: ParsedFile):
        self.pf = pf
        self.src = pf.source
        self.parent: dict[int, Item | None] = {}
        self.items: list[Item] = []
        self.by_name: dict[str, list[Item]] = {}
        self._idents: dict[int, set[str]] = {}
        self._add(pf.items, None)
        self.local_names = set(self.by_name)

    def _add(self, items: list[Item], parent: Item | None) -> None:
        for it in items:
            self.parent[id(it)] = parent
            self.items.append(it)
            # fns of trait impls come with their impl (see _needed), never by name alone
            in_trait_impl = parent is not None and parent.kind == "impl" and self.trait_of(parent)
            if it.kind in _DEFINING and it.name and not in_trait_impl:
                self.by_name.setdefault(it.name.split("::")[-1], []).append(it)
            if it.children:
                self._add(it.children, it)

    def idents(self, it: Item, whole: bool = False) -> set[str]:
        """Identifiers of an item; for mods and inherent impls without their children."""
        key = id(it) * 2 + whole
        got = self._idents.get(key)
        if got is None:
            s, e = it.span
            if not whole and it.children and it.kind in ("mod", "impl") and not self.trait_of(it):
                e = it.body[0] + 1 if it.body else e
            lr = lex(self.src, s, e)
            got = {t for t, k in zip(lr.texts, lr.kinds) if k == "ident"}
            self._idents[key] = got
        return got

    def trait_of(self, it: Item) -> str:
        """Trait name of `impl<..> Trait<..> for Type` ('' for inherent impls)."""
        if it.kind != "impl":
            return ""
        end = it.body[0] if it.body else it.span[1]
        lr = lex(self.src, it.span[0], end)
        texts = lr.texts
        try:
            k = texts.index("impl")
        except ValueError:
            return ""
        depth, last_ident = 0, ""
        for t in texts[k + 1:]:
            if t == "<":
                depth += 1
            elif t == ">":
                depth -= 1
            elif t == "for" and depth == 0:
                return last_ident
            elif depth == 0 and t.isidentifier():
                last_ident = t
        return ""


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


def _use_names(g: _Graph, it: Item) -> tuple[set[str], bool]:
    """Local names a `use` line imports, and whether it imports from outside the file."""
    ids = g.idents(it, whole=True) - {"use", "pub", "crate", "as", "self", "super"}
    local = {i for i in ids if i in g.local_names}
    lr = lex(g.src, it.span[0], it.span[1])
    first = next((t for t in lr.texts if t not in ("pub", "(", ")", "crate", "use", "::", "{", "in")), "")
    external = ("crate" not in lr.texts and "self" not in lr.texts and "super" not in lr.texts
                and first not in g.local_names)
    return local, external


def _needed(g: _Graph, target: Item) -> set[int]:
    kept: set[int] = set()
    work: list[Item] = []

    def keep(it: Item) -> None:
        if id(it) in kept:
            return
        kept.add(id(it))
        work.append(it)
        p = g.parent.get(id(it))
        if p is not None:
            keep(p)
        if it.kind == "trait" or (it.kind == "impl" and g.trait_of(it)):
            for c in it.walk():
                if c is not it:
                    keep(c)

    keep(target)
    for it in g.items:
        top = g.parent.get(id(it)) is None
        if it.kind in ("global", "other") or (it.kind == "broadcast_use" and top):
            keep(it)
        elif it.kind == "use" and top and _use_names(g, it)[1]:
            keep(it)
    uses = [it for it in g.items if it.kind == "use"]
    impls = [it for it in g.items if it.kind == "impl" and g.trait_of(it)]
    seen_names: set[str] = set()
    while True:
        while work:
            it = work.pop()
            for name in g.idents(it) - seen_names:
                seen_names.add(name)
                for d in g.by_name.get(name, ()):
                    keep(d)
        changed = False
        for u in uses:
            if id(u) not in kept and _use_names(g, u)[0] & seen_names:
                keep(u)
                changed = True
        kept_type_names = {it.name for it in g.items if id(it) in kept}
        for im in impls:
            if id(im) in kept:
                continue
            tr = g.trait_of(im)
            trait_ok = tr in kept_type_names or tr not in g.local_names
            if im.name.split("::")[-1] in kept_type_names and trait_ok:
                keep(im)
                changed = True
        if not changed and not work:
            return kept


def slice_fn(pf: ParsedFile, target: Item) -> Slice:
    """The slice of parsed file `pf` for its fn item `target`."""
    g = _Graph(pf)
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
