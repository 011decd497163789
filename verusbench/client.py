"""The client-crate form of a library's own units (part of the slice stage).

A unit of vstd cannot be checked alone: vstd is verified as itself (its files define
`Seq`, `Map`, ... for the verifier), so a vstd file or slice fails as an ordinary crate.
But every Verus program links vstd, and most of what a vstd lemma needs is public there.
The client form of such a unit is an ordinary crate that keeps the unit's fn byte-exact
and the private items of its file that the fn needs, inside modules that mirror the unit's
module path (`pub mod arithmetic { pub mod power2 { .. } }`), each of which glob-imports
its counterpart in vstd: `super::power::pow`, `crate::seq::Seq` and the file's public items
all resolve to vstd's own, and the local fn shadows vstd's copy of itself.

A fn at the file's top level is kept as it is. A method of an inherent impl of vstd's types
(a client crate cannot add to those impls) is written as a free fn (verusbench.method_form:
`self` becomes a parameter `self_`, `Self` the impl's type, its self-calls free calls), set
after its impl in a copy of the file; methods of one name go to separate copies. A method
with no free form (it reads private fields, calls a private method, is in a trait impl, or
its module is private) whose type the file defines stays in its impl: the form copies the
type and every item of the file the fn needs (all of them the form's own, so none meets
vstd's copy of the type), and links vstd for the rest. A top-level fn that needs items of a
module vstd keeps private in another file gets the form cut from vstd's inlined crate
(`library_form`): every item a client cannot name is copied at its own module path. Not a lemma
that vstd's default broadcast groups bring into every client's scope,
nor one whose context broadcasts a group listing it (vstd's copy would answer the task).
Naming vstd's copy of the fn in an answer is an integrity violation (`integrity`'s rule
`library_copy`), and so, where some vstd group lists the fn (`slice_of` ends in
C.CLIENT_LISTED_END), is broadcasting anything the reference does not; for a method, so is
calling vstd's method of its name (`.name(..)`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Mapping

from . import constants as C
from .integrity import broadcast_names, ident_texts, library_reach
from .method_form import Refused, free_fn
from .minimize import Crate, SliceChoice, _slice_check
from .slice import _needed, code_tokens, slice_fn, type_head
from .syntax import parse
from .syntax.lexer import lex
from .syntax.model import Item, ParsedFile
from .syntax.parser import VERUS_MACROS, impl_trait_name, struct_fields
from .units import Unit

@dataclass(frozen=True)
class Library:
    """A library whose own files are in the corpus and which Verus programs link."""
    source: str       # corpus source holding the library's files
    prefix: str       # their folder in it
    crate: str        # the crate name clients use
    root: str         # the crate root, relative to `prefix`
    features: frozenset[str] = frozenset()   # cargo features of the linked build


LIBRARIES: tuple[Library, ...] = (
    Library("verus", "source/vstd/", "vstd", "vstd.rs", frozenset({"std", "alloc"})),
)

#: what a client crate of the library can take from it by a glob import
_EXTERNAL_KINDS = frozenset({"fn", "struct", "enum", "union", "trait", "type", "const", "static",
                             "broadcast_group"})
_MOD_DECL = re.compile(r"((?:^[ \t]*#\[[^\n]*\][ \t]*\n)*)^[ \t]*(pub(?:\([^)]*\))?[ \t]+)?mod[ \t]+(\w+)[ \t]*;",
                       re.M)
_REEXPORT = re.compile(r"^[ \t]*pub[ \t]+use[ \t]+(\w+)::(\w+)[ \t]*;", re.M)
_BY_DEFAULT = "broadcast_use_by_default_when_this_crate_is_imported"
_FEATURE = re.compile(r'feature\s*=\s*"([^"]+)"')
_FN_NAME = re.compile(r"\bfn\s+(\w+)")
_BLANK = re.compile(rb"(?m)^[ \t]+\n")
_BAD_ATTRS = ("rustc_", "verus::internal", "external_fn_specification", "external_type_specification")


def _groups(text: str) -> list[tuple[str, frozenset[str], bool]]:
    """The broadcast groups of a file's tokens (comments are no tokens): (name, the last
    segments of the paths it lists, whether its attributes broadcast it by default)."""
    T = lex(text.encode("utf-8", "surrogateescape")).texts
    out = []
    for i in range(len(T) - 3):
        if T[i] != "broadcast" or T[i + 1] != "group" or T[i + 3] != "{":
            continue
        j, names, depth = i + 4, set(), 0
        while j < len(T) and T[j] != "}":
            if T[j] == "[":             # `#[cfg(x)] d`: the attribute names nothing
                depth += 1
            elif T[j] == "]":
                depth -= 1
            elif not depth and T[j] not in ("::", ",", "#") and (j + 1 >= len(T) or T[j + 1] != "::"):
                names.add(T[j])
            j += 1
        k = i - 1                       # back over `pub`, `pub(..)` and the `#[..]` before it
        if k >= 0 and T[k] == ")":
            while k >= 0 and T[k] != "(":
                k -= 1
            k -= 1
        if k >= 0 and T[k] == "pub":
            k -= 1
        by_default = False
        while k >= 0 and T[k] == "]":
            d, m = 0, k
            while m >= 0:
                d += {"]": 1, "[": -1}.get(T[m], 0)
                if d == 0:
                    break
                m -= 1
            by_default = by_default or _BY_DEFAULT in T[m:k]
            k = m - 2 if m >= 1 and T[m - 1] == "#" else -1
        out.append((T[i + 2], frozenset(names), by_default))
    return out


def _verus_alias(src: bytes, it: Item) -> bool:
    """`use verus as verus_;` (vstd's files that write `verus_! {..}`): the line stays where
    it is in a client form, so the form's parse, like the file's, reads `verus_!` as verus!."""
    t = lex(src[it.span[0]:it.span[1]]).texts
    return t[:1] == ["use"] and t[-3:-1] == ["as", t[-2]] and len(t) == 5 and t[1] in VERUS_MACROS


def library_of(source: str, path: str) -> Library | None:
    for lib in LIBRARIES:
        if source == lib.source and path.startswith(lib.prefix) and path.endswith(".rs"):
            return lib
    return None


def module_path(lib: Library, path: str) -> tuple[str, ...]:
    """`source/vstd/arithmetic/power2.rs` -> ('arithmetic', 'power2'); `x/mod.rs` -> ('x',);
    the crate root -> ()."""
    rel = path[len(lib.prefix):]
    if rel == lib.root:
        return ()
    parts = rel[:-3].split("/")
    return tuple(parts[:-1] if parts[-1] == "mod" else parts)


@dataclass
class LibraryModules:
    """The module tree of one library's files: which module is public under which path, and
    which names its broadcast groups list."""
    lib: Library
    files: Mapping[str, str]                 # corpus path -> text
    _public: dict[tuple[str, ...], tuple[str, ...] | None] = field(default_factory=dict)
    _ext: tuple | None = None
    _crate_ext: tuple | None = None

    def _file(self, mod: tuple[str, ...]) -> str | None:
        if not mod:
            return self.files.get(self.lib.prefix + self.lib.root)
        base = self.lib.prefix + "/".join(mod)
        return self.files.get(base + ".rs") or self.files.get(base + "/mod.rs")

    def _decl(self, parent: tuple[str, ...], name: str) -> tuple[str, str] | None:
        """(visibility, attribute lines) of `mod name;` in the parent's file."""
        text = self._file(parent)
        for m in _MOD_DECL.finditer(text or ""):
            if m.group(3) == name:
                return (m.group(2) or "").strip(), m.group(1)
        return None

    def public(self, mod: tuple[str, ...]) -> tuple[str, ...] | None:
        """The path a client names module `mod` by, or None if it cannot (a private module,
        or one behind a feature the linked build lacks)."""
        if mod in self._public:
            return self._public[mod]
        self._public[mod] = None          # a cycle of declarations (none expected) is private
        got: tuple[str, ...] | None = None
        if not mod:
            got = ()
        else:
            parent, name = mod[:-1], mod[-1]
            decl = self._decl(parent, name)
            if decl is not None and not (set(_FEATURE.findall(decl[1])) - self.lib.features):
                up = self.public(parent)
                if decl[0] == "pub" and up is not None:
                    got = up + (name,)
                elif len(parent) >= 1:      # `mod a;` private, re-exported: `pub use a::name;`
                    grand = self.public(parent[:-1])
                    text = self._file(parent[:-1]) or ""
                    if grand is not None and any(m.group(1) == parent[-1] and m.group(2) == name
                                                 for m in _REEXPORT.finditer(text)):
                        got = grand + (name,)
        self._public[mod] = got
        return got

    def has_module(self, mod: tuple[str, ...]) -> bool:
        return self._file(mod) is not None

    def client_crate(self, path: str, text: str) -> "ClientFile":
        """The file as the client form slices it: its top-level `use` items blanked (same
        offsets; the form writes them again, as client paths); and those items' leaves."""
        src = bytearray(text.encode("utf-8", "surrogateescape"))
        pf = parse(bytes(src))
        uses = []
        for it in pf.items:
            if it.kind == "use" and not _verus_alias(bytes(src), it):
                uses.append(use_leaves(bytes(src), it))
                for k in range(it.span[0], it.span[1]):
                    if src[k] not in (0x0A,):
                        src[k] = 0x20
        return ClientFile(self, Crate(path, bytes(src).decode("utf-8", "surrogateescape")), uses)

    def external_of(self, pf):
        """What a client of the library takes from it, of parsed file `pf`: its public
        top-level items (the unit's module is public: `client_form` checks), and the public
        fns of its top-level inherent impls of types a client can name (public types of
        the file, or types it imports)."""
        if self._ext is None or self._ext[0] is not pf:
            tops = {id(it) for it in pf.items}
            private_types = {it.name for it in pf.items
                             if it.kind in ("struct", "enum", "union", "type") and it.visibility != "pub"}
            methods: set[int] = set()
            hidden: set[str] = set()
            for imp in pf.items:
                if imp.kind != "impl" or imp.body is None:
                    continue
                lr = lex(pf.source, imp.span[0], imp.body[0])
                if impl_trait_name(lr.texts, lr.kinds):
                    continue
                if type_head(imp.name) in private_types:
                    continue      # a private type of the file: kept with its impl when needed
                hidden.update(c.name for c in imp.children if c.kind == "fn" and c.visibility != "pub")
                methods.update(id(c) for c in imp.children if c.kind == "fn" and c.visibility == "pub")

            def external(it: Item) -> bool:
                return (id(it) in tops and it.visibility == "pub" and it.kind in _EXTERNAL_KINDS
                        or id(it) in methods)
            self._ext = (pf, external, frozenset(hidden))
        return self._ext[1]

    def crate_external(self, g):
        """What a client of the library takes from it, of `g`, the graph of its inlined
        crate (`library_form`): the items a client names (public items of public modules, and
        the public fns of their inherent impls of public types), pub traits with their items,
        impls of the library's own types (impls have no visibility: every client has them,
        but not those of the types a form copies), its `assume_specification`s and
        `global`s, and the macro items of its public modules. Built once per crate."""
        if self._crate_ext is not None and self._crate_ext[0] is g:
            return self._crate_ext[1]
        private_types: dict[tuple[str, ...], set[str]] = {}
        for d in g.by_id.values():
            if d.kind in ("struct", "enum", "union", "type") and d.visibility != "pub":
                private_types.setdefault(_module_of(g, d), set()).add(d.name)

        def named(x: Item) -> bool:
            if x.kind == "trait" and x.visibility == "pub":
                return True               # (a copy would be a trait the library's impls do not implement)
            up = g.parent.get(id(x))
            if up is not None and up.kind == "trait":
                return named(up)          # a trait's items come with it
            mp = _module_of(g, x)
            if x.visibility != "pub" or self.public(mp) is None:
                return False
            if up is None or up.kind == "mod":
                return x.kind in _EXTERNAL_KINDS
            if up.kind == "impl" and x.kind == "fn" and g.parent.get(id(up)) is not None \
                    and g.parent[id(up)].kind == "mod" and not g.trait_of(up):
                return type_head(up.name) not in private_types.get(mp, ())
            return False
        copied = {d.name for d in g.by_id.values() if d.kind in ("struct", "enum", "union", "type") and not named(d)}

        def external(x: Item) -> bool:
            if x.kind == "impl":
                return type_head(x.name) not in copied
            if x.kind == "macro" and self.public(_module_of(g, x)) is not None or x.kind in ("assume_specification", "global"):
                return True
            return named(x)
        self._crate_ext = (g, external)
        return external

    def hidden_methods(self, pf) -> frozenset[str]:
        """Names of the non-public fns of `pf`'s inherent impls: a client cannot call them
        (the slice does not keep what only a type it does not keep would bring)."""
        self.external_of(pf)
        return self._ext[2]

    @cached_property
    def fn_names(self) -> Counter:
        """How many times each fn name is declared in the library's files (comments too:
        over-counting only makes a name look less unique)."""
        return Counter(m.group(1) for text in self.files.values() for m in _FN_NAME.finditer(text))

    @cached_property
    def groups(self) -> dict[str, frozenset[str]]:
        """Broadcast group name -> the names it lists (last path segments; groups of the same
        name in two files are merged: the closure errs on the side of in scope)."""
        out: dict[str, set[str]] = {}
        for name, names, _ in self._all_groups:
            out.setdefault(name, set()).update(names)
        return {g: frozenset(ns) for g, ns in out.items()}

    @cached_property
    def _all_groups(self) -> list[tuple[str, frozenset[str], bool]]:
        return [g for text in self.files.values() for g in _groups(text)]

    @cached_property
    def group_members(self) -> frozenset[str]:
        """Every name some broadcast group of the library lists."""
        return frozenset().union(*self.groups.values()) if self.groups else frozenset()

    def closure(self, names) -> frozenset[str]:
        """The names `broadcast use` of `names` brings into scope: them, and through groups
        what those list, transitively."""
        seen: set[str] = set()
        todo = list(names)
        while todo:
            n = todo.pop()
            if n not in seen:
                seen.add(n)
                todo.extend(self.groups.get(n, ()))
        return frozenset(seen)

    @cached_property
    def default_scope(self) -> frozenset[str]:
        """What every client has in scope: the closure of the library's groups that are
        broadcast by default once the crate is imported."""
        return self.closure(name for name, _, by_default in self._all_groups if by_default)


@dataclass
class ClientFile:
    """One library file as client forms slice it: the Crate with its `use` items blanked,
    those items' leaves, and (built on a method unit's first need) copies of the Crate with
    the methods of its inherent impls also written as free fns after their impls."""
    mods: LibraryModules
    crate: Crate
    uses: list[list["UseLeaf"] | None]
    _methods: dict[tuple[int, int], "tuple[int, bytes, str] | str"] | None = None
    _layers: list[Crate] = field(default_factory=list)

    def method(self, fn: Item) -> "tuple[Crate, bytes, str] | str":
        """(copy of the Crate holding the free fn, its text, the impl's type) of method `fn`
        (an Item of `crate`'s parse), or why it has no free form."""
        if self._methods is None:
            self._build()
        got = self._methods.get(fn.span, "not a fn of a top-level inherent impl")
        if isinstance(got, str):
            return got
        layer, text, ty = got
        return self._layers[layer], text, ty

    def _build(self) -> None:
        pf: ParsedFile | None = self.crate.parsed()
        self._methods = {}
        if pf is None:
            return
        src = pf.source
        tops = {it.name for it in pf.items if it.kind != "impl" and it.name}
        sets = {it.name: _field_sets(src, it) for it in pf.items if it.kind == "struct"}
        inserts: list[dict[int, list[bytes]]] = []    # per layer: impl end -> free fns
        seen: Counter = Counter()
        for imp in pf.items:
            if imp.kind != "impl" or imp.body is None:
                continue
            for fn in imp.children:
                if fn.kind != "fn" or fn.body is None:
                    continue
                if fn.name in tops:
                    self._methods[fn.span] = "a top-level item of the file has the method's name"
                    continue
                every, public = sets.get(type_head(imp.name), (frozenset(), frozenset()))
                try:
                    text = free_fn(src, imp, fn, unique=self.mods.fn_names[fn.name] <= 1,
                                   fields=every, public=public)
                except Refused as e:
                    self._methods[fn.span] = str(e)
                    continue
                layer = seen[fn.name]
                seen[fn.name] += 1
                while len(inserts) <= layer:
                    inserts.append({})
                inserts[layer].setdefault(imp.span[1], []).append(text)
                self._methods[fn.span] = (layer, text, imp.name)
        for ins in inserts:
            parts, at = [], 0
            for end in sorted(ins):
                parts += [src[at:end]] + [b"\n\n" + t for t in ins[end]]
                at = end
            parts.append(src[at:])
            self._layers.append(Crate(self.crate.root, b"".join(parts).decode("utf-8", "surrogateescape")))


def _field_sets(src: bytes, st: Item) -> tuple[frozenset[str], frozenset[str]]:
    """(every field name of a struct item, `0`, `1`, .. for a tuple struct; those a client can
    read: plain `pub` fields of a plain-`pub` struct whose fields Verus shows, not external_body)."""
    lr = lex(src, st.span[0], st.span[1])
    fs = struct_fields(lr.texts, lr.kinds)
    shown = st.visibility == "pub" and not any(a.name in ("external_body", "external") for a in st.attrs)
    return frozenset(f[0] for f in fs), frozenset(f[0] for f in fs if f[3] and shown)


def _fields(src: bytes, st: Item, public: bool = False) -> frozenset[str]:
    """Field names of a struct item; `public`: only those a client can read (`_field_sets`)."""
    return _field_sets(src, st)[public]


def _glob_line(lib: Library, pub: tuple[str, ...], vis: str) -> str:
    """The glob import of the library's module `pub` (its client path) that a form's module
    ends with (`vis`: "pub " where other modules name things through it)."""
    return f"#[allow(unused_imports)]\n{vis}use {'::'.join((lib.crate,) + pub)}::*;\n"


def wrap(lib: Library, real: tuple[str, ...], public: Mapping[tuple[str, ...], tuple[str, ...] | None],
         body: str, imports: str = "", origin: str = "") -> tuple[str, int]:
    """The client crate around `body` (the module `real`'s text): (text, offset of body in
    its UTF-8 bytes). Every module of the path glob-imports its library counterpart, at its
    end (a file's inner attributes and docs must come first)."""
    def glob(mod: tuple[str, ...], vis: str) -> str:
        pub = public.get(mod)
        return "" if pub is None else _glob_line(lib, pub, vis)
    origin = origin or "/".join(real) + ".rs"
    head = (f"// client-crate form of {lib.crate}/{origin} (verusbench): the unit's fn and the\n"
            f"// private items of its file it needs; the rest is {lib.crate}'s own, through the glob imports\n")
    opens: list[str] = []
    closes: list[str] = []
    for i in range(len(real)):
        opens.append(f"pub mod {real[i]} {{\n")
        inner = real[:i + 1]
        last = i == len(real) - 1
        own = ("\n#[allow(unused_imports)]\n" + imports if imports else "\n") if last else ""
        closes.insert(0, own + glob(inner, "" if last else "pub ") + f"}} // mod {real[i]}\n")
    prefix = head + "".join(opens)
    text = prefix + body + "".join(closes) + glob((), "pub ")
    return text, len(prefix.encode("utf-8"))


#: crates a path may start from (anything else is the current module's child)
_CRATES = frozenset({"core", "std", "alloc", "verus_builtin", "verus_builtin_macros", "builtin",
                     "builtin_macros", "vstd"})


@dataclass
class UseLeaf:
    path: list[str]        # with `super`/`crate`/`self`, up to the bound item (or `*`)
    alias: str = ""        # `as x`
    attrs: str = ""        # the use item's attributes (cfg ...), as source

    @property
    def bound(self) -> str:
        return self.alias or (self.path[-2] if self.path[-1] == "self" and len(self.path) > 1 else self.path[-1])


def use_leaves(text: bytes, it: Item) -> list[UseLeaf] | None:
    """The leaves of a `use` item (None if its tree does not parse)."""
    attrs = "".join(text[a.span[0]:a.span[1]].decode("utf-8", "surrogateescape") + "\n"
                    for a in it.attrs if a.path != "allow")
    lr = lex(text[it.span[0]:it.span[1]])
    T = lr.texts
    try:
        i = T.index("use") + 1
    except ValueError:
        return None
    out: list[UseLeaf] = []

    def tree(i: int, path: list[str]) -> int:
        if i < len(T) and T[i] == "::":
            i += 1
        while i < len(T):
            t = T[i]
            if t == "{":
                i += 1
                while i < len(T) and T[i] != "}":
                    i = tree(i, list(path))
                    if i < len(T) and T[i] == ",":
                        i += 1
                return i + 1
            if t == "*":
                out.append(UseLeaf(path + ["*"], "", attrs))
                return i + 1
            path.append(t)
            i += 1
            if i < len(T) and T[i] == "::":
                i += 1
                continue
            alias = ""
            if i + 1 < len(T) and T[i] == "as":
                alias, i = T[i + 1], i + 2
            out.append(UseLeaf(list(path), alias, attrs))
            return i
        return i
    try:
        end = tree(i, [])
    except IndexError:
        return None
    return out if end >= len(T) - 1 else None


def resolve(mods: LibraryModules, real: tuple[str, ...], leaf: UseLeaf) -> str | None:
    """The leaf's path as a client names it (`vstd::arithmetic::power::pow`), or None when
    it goes through a module the library keeps private. Paths from other crates stay."""
    p = list(leaf.path)
    if len(p) > 1 and p[-1] == "self":      # `use a::{self}` imports `a` itself
        p = p[:-1]
    if p[0] in _CRATES and p[0] != mods.lib.crate:
        return "::".join(p)
    if p[0] == mods.lib.crate:
        return "::".join(p)
    cur = list(real)
    if p[0] == "crate":
        cur, p = [], p[1:]
    elif p[0] == "self":
        p = p[1:]
    while p and p[0] == "super":
        if not cur:
            return None
        cur.pop()
        p = p[1:]
    full = cur + p
    # the longest prefix that is a module (a file) of the library; the rest are items in it
    for k in range(len(full), -1, -1):
        mod = tuple(full[:k])
        if (k == 0 or mods.has_module(mod)) and (k < len(full) or full[-1] == "*"):
            pub = mods.public(mod)
            if pub is None:
                return None
            return "::".join((mods.lib.crate,) + pub + tuple(full[k:]))
    return None


def _own_type(pf: ParsedFile, fn: Item) -> str:
    """The type whose top-level impl (inherent or of a trait) holds method `fn`, if the file
    defines it at its top level: a form can copy it (`""` otherwise)."""
    imp = next((im for im in pf.items if im.kind == "impl" and any(c is fn for c in im.children)), None)
    if imp is None:
        return ""
    ty = type_head(imp.name)
    return ty if any(d.kind in ("struct", "enum", "union") and d.name == ty for d in pf.items) else ""


_NO_OWN_TYPE = "client form: the method's type is not defined at its file's top level"


def client_form(mods: LibraryModules, unit: Unit, crate: ClientFile | None = None,
                library: Crate | None = None) -> SliceChoice | str:
    """The client form of a library unit, or why it has none (`crate`: the unit's file as a
    ClientFile, shared by the file's units). A method gets the free-fn form where it can,
    else the form that copies its type with the impl. A fn that needs items of a module the
    library keeps private (in another file) gets the form cut from `library`, the library's
    inlined crate, where those are copied too (`library_form`)."""
    cf = crate or mods.client_crate(unit.path, unit.text)
    got = _client_form(mods, unit, cf)
    if isinstance(got, str) and unit.fn.impl_of:
        own = _client_form(mods, unit, cf, copy_type=True)
        if not isinstance(own, str) or own != _NO_OWN_TYPE:
            return own
    if isinstance(got, str) and library is not None and not unit.fn.impl_of:
        # a free fn that needs a private module of another file, or that sits in an inline
        # module of its file: the form cut from the library's crate
        alt = library_form(mods, unit, library)
        if not isinstance(alt, str) or got.endswith(_PRIVATE_END):
            return alt
    return got


_PRIVATE_END = ", private in the library"
#: items that make no module worth copying by themselves (`library_form`'s shells)
_SHELL_KINDS = frozenset({"mod", "use", "broadcast_use", "attr", "other", "macro", "global"})
_INNER_ATTR = re.compile(rb"(?m)^[ \t]*#!\[[^\n]*\][ \t]*(//[^\n]*)?\n")


def _module_of(g, it: Item) -> tuple[str, ...]:
    """The module path of an item of the library's inlined crate (its inline `mod`s)."""
    return tuple(g.by_id[m].name for m in reversed(g.modules_of(it)) if m is not None)


def _refused(mods: LibraryModules, it: Item, fn_bytes: bytes, method: bool = False) -> str:
    """Why the fn `it` (source `fn_bytes`) can have no client form whatever its context ('' if
    none): vstd's copy would be in every client's scope, or the fn reaches its own name by a
    path (a method call too, for a `method`), or it needs the library's own build."""
    if it.name in mods.default_scope:
        return "client form: every client has the library's copy of this lemma in scope (a default broadcast group)"
    if library_reach(ident_texts(fn_bytes), it.name, method) != (0, 0):
        # integrity's `library_copy` rule forbids these in answers: the reference too
        return "client form: the fn names itself other than bare (a path, a use tree, a macro's arguments), or glob-imports"
    for a in it.attrs:
        if any(b in a.path for b in _BAD_ATTRS) or set(_FEATURE.findall(a.args)) - mods.lib.features:
            return f"client form: attribute {a.path} needs the library's own build"
    return ""


def _own_build_only(text: bytes) -> bool:
    """Whether copied code holds what only the library's own build takes (_BAD_ATTRS: a
    `rustc_*` attribute, `verus::internal(..)`, `external_*_specification`), read from
    tokens (a comment that names one is no attribute)."""
    t = lex(text).texts
    return any(x.startswith("rustc_") or x in _BAD_ATTRS or x == "internal" and i and t[i - 1] == "::"
               and i > 1 and t[i - 2] == "verus" for i, x in enumerate(t))


def _foreign_impl(kept_items: list[str]) -> str:
    """Why a slice cannot be a client's ('' if it can): it keeps an impl of a type it does
    not keep (the library's type: a client cannot add to its impls)."""
    types = {k.split(" ", 1)[1] for k in kept_items if k.split(" ", 1)[0] in ("struct", "enum", "union", "type")}
    for k in sorted(kept_items):
        kind, _, name = k.partition(" ")
        if kind == "impl" and re.split(r"[<\s]", name.strip(), maxsplit=1)[0] not in types:
            return f"client form: needs `{k}` (an impl of the library's type)"
    return ""


def library_form(mods: LibraryModules, unit: Unit, library: Crate) -> SliceChoice | str:
    """The client form of a free fn of a library file (at its top level or in one of its inline
    modules), cut from the library's inlined
    crate: every item the fn needs that a client cannot name (private, or in a module the
    library keeps private, in any file) is copied at its own module path; what a client can
    name is the library's, through a glob import in each copied public module and at the
    root. The file's `use` lines stay as written: their paths resolve in the mirrored tree."""
    lib = mods.lib
    real = module_path(lib, unit.path)
    pf = library.parsed()
    if pf is None or not real:
        return "client form: " + (library.error or "the crate root's own fns are not sliced as a client")
    g = library.graph()
    fn_bytes = unit.src[unit.fn.span[0]:unit.fn.span[1]]
    it = library.locate(fn_bytes, unit.fn.impl_of)
    if it is None or (par := g.parent.get(id(it))) is None or par.kind != "mod" or _module_of(g, it)[:len(real)] != real:
        return "client form: not a top-level fn of a module of its file in the library's crate"
    why = _refused(mods, it, fn_bytes)
    if why:
        return why
    external = mods.crate_external(g)
    try:
        # a public module whose kept items are only `use` lines and the like is a shell: the
        # glob of its parent names the library's module; prune shells to a fixed point
        shells: set[int] = set()
        for _ in range(4):
            ext = (lambda x: id(x) in shells or external(x))
            live = frozenset(f.name for f in g.items if f.kind == "fn" and ext(f))
            ids = _needed(g, it, external=ext, external_fns=live)
            filled: set[int] = set()
            for i in ids:
                x = g.by_id[i]
                if x.kind not in _SHELL_KINDS:
                    p = g.parent.get(id(x))
                    while p is not None and id(p) not in filled:
                        filled.add(id(p))
                        p = g.parent.get(id(p))
            more = {i for i in ids if g.by_id[i].kind == "mod" and i not in filled
                    and mods.public(_module_of(g, g.by_id[i]) + (g.by_id[i].name,)) is not None}
            if not more - shells:
                break
            shells |= more
        sl = slice_fn(pf, it, g, external=lambda x: id(x) in shells or external(x))
    except Exception as e:   # noqa: BLE001 - one bad unit never kills the group
        return f"client form of {unit.fn_name} failed: {type(e).__name__}: {e}"
    why = _foreign_impl(sl.kept_items)
    if why:
        return why
    b = sl.text.encode("utf-8", "surrogateescape")
    t0, t1 = sl.target_span
    # the crate root's inner attributes (`#![feature(..)]`, `#![no_std]`) are the library's build
    ends = [x + 1 for x in (b.find(b"\nmod "), b.find(b"\npub mod ")) if x >= 0]
    cut = [(m.start(), m.end()) for m in _INNER_ATTR.finditer(b, 0, min(ends, default=0))]
    spf = parse(b)
    if spf.diagnostics:
        return "client form: the library slice does not parse"
    ins: list[tuple[int, bytes]] = []
    for m, mp in _mod_paths(spf.items, ()):
        pub = mods.public(mp)
        if m.body is not None and pub is not None:
            ins.append((m.body[1] - 1, _glob_line(lib, pub, "" if mp == real else "pub ").encode()))
    edits = sorted([(s, e, b"") for s, e in cut] + [(at, at, t) for at, t in ins])
    out, pos, shift = [], 0, 0
    for s, e, rep in edits:
        out += [b[pos:s], rep]
        if e <= t0:
            shift += len(rep) - (e - s)
        pos = e
    out.append(b[pos:])
    head = (f"// client-crate form of {lib.crate}/{unit.path[len(lib.prefix):]} (verusbench), cut from {lib.crate}'s "
            f"crate: the unit's fn and the items\n// it needs that a client cannot name, at their module paths; "
            f"the rest is {lib.crate}'s own, through the glob imports\n").encode()
    tail = _glob_line(lib, (), "pub ").encode()
    text_b = head + b"".join(out) + tail
    span = (len(head) + t0 + shift, len(head) + t1 + shift)
    return _finish(mods, unit, it, sl, text_b.decode("utf-8", "surrogateescape"), span, fn_bytes,
                   f" (client crate; {C.CLIENT_FROM_CRATE}", "client form: a copied item needs the library's own build")


def _mod_paths(items: list[Item], path: tuple[str, ...]):
    """(`mod` item, its module path) for every module among `items` and below, outermost first."""
    for x in items:
        here = path + (x.name,) if x.kind == "mod" else path
        if x.kind == "mod":
            yield x, here
        yield from _mod_paths(x.children, here)


def _client_form(mods: LibraryModules, unit: Unit, cf: ClientFile, copy_type: bool = False) -> SliceChoice | str:
    lib = mods.lib
    real = module_path(lib, unit.path)
    if not real:
        return "client form: the crate root's own fns are not sliced as a client"
    # a module the library keeps private: a client reaches none of its items, so the form
    # keeps every item of the file the fn needs (a method: in the form with its type copied)
    hidden = mods.public(real) is None
    crate, uses = cf.crate, cf.uses
    pf = crate.parsed()
    if pf is None:
        return crate.error
    fn_bytes = unit.src[unit.fn.span[0]:unit.fn.span[1]]
    it = crate.locate(fn_bytes, unit.fn.impl_of)
    method_of = own_type = ""
    if it is not None and all(it is not top for top in pf.items):
        if copy_type:
            # the method stays in its impl; the type, defined in the file, is the form's copy
            own_type = _own_type(pf, it)
            if not own_type:
                return _NO_OWN_TYPE
        else:
            got = "client form: a method of a type of a module the library keeps private" if hidden else cf.method(it)
            if isinstance(got, str):
                return got if hidden else "client form of a method: " + got
            crate, fn_bytes, method_of = got
            pf = crate.parsed()
            if pf is None:
                return crate.error
            it = crate.locate(fn_bytes)
    if it is None or not own_type and all(it is not top for top in pf.items):
        return "client form: not a fn of the file's top level (a client cannot add to the library's impls)"
    local = hidden or bool(own_type)      # every item of the file the fn needs is the form's copy
    why = _refused(mods, it, fn_bytes, method=bool(method_of))
    if why:
        return why
    try:
        sl = slice_fn(pf, it, crate.graph(), external=None if local else mods.external_of(pf))
    except Exception as e:   # noqa: BLE001 - one bad unit never kills the group
        return f"client form of {unit.fn_name} failed: {type(e).__name__}: {e}"
    why = _foreign_impl(sl.kept_items)
    if why:
        return why
    kept = set(sl.kept_items)
    own = {k.split(" ", 1)[1].rsplit("::", 1)[-1] for k in kept if k.startswith("fn ")}
    st = lex(sl.text.encode("utf-8", "surrogateescape")).texts
    calls = {st[i] for i in range(1, len(st)) if st[i - 1] in (".", "::")}
    private = [] if local else sorted((calls & mods.hidden_methods(pf)) - own)
    if private:
        return f"client form: calls `{private[0]}`, a private method of the library's type"
    bodiless = {m.name for m in pf.items if m.kind == "mod" and m.body is None}
    if any(k.startswith("mod ") and k[4:] in bodiless for k in kept):
        return "client form: needs a module declared in another file"
    # the file's imports, as client paths: globs of public modules, and the names kept code uses
    used = set(st)
    lines: list[str] = []
    for leaves in uses:
        if leaves is None:
            return "client form: a use line of the file does not parse"
        for leaf in leaves:
            glob = leaf.path[-1] == "*"
            if not glob and leaf.bound not in used:
                continue
            if set(_FEATURE.findall(leaf.attrs)) - lib.features:
                continue
            got = resolve(mods, real, leaf)
            if got is None:
                if glob:
                    continue      # a private module's glob: what kept code needs from it fails below
                return f"client form: needs `{'::'.join(leaf.path)}`, private in the library"
            line = f"{leaf.attrs}use {got}{' as ' + leaf.alias if leaf.alias else ''};\n"
            if line not in lines:
                lines.append(line)
    public = {real[:i]: mods.public(real[:i]) for i in range(len(real) + 1)}
    # the blanked use lines go (around the fn, which stays byte-exact)
    b = sl.text.encode("utf-8", "surrogateescape")
    t0, t1 = sl.target_span
    before, after = _BLANK.sub(b"", b[:t0]), _BLANK.sub(b"", b[t1:])
    body = (before + b[t0:t1] + after).decode("utf-8", "surrogateescape")
    text, off = wrap(lib, real, public, body, "".join(lines), unit.path[len(lib.prefix):])
    off += len(before)
    how = " (client crate" + (f"; the method `{method_of}::{it.name}` {C.CLIENT_METHOD}" if method_of else
                              f"; the type `{own_type}` {C.CLIENT_OWN_TYPE}" if own_type else "")
    return _finish(mods, unit, it, sl, text, (off, off + (t1 - t0)), fn_bytes, how,
                   "client form: a copied item of the file needs the library's own build" if own_type else "")


def _finish(mods: LibraryModules, unit: Unit, it: Item, sl, text: str, span: tuple[int, int],
            fn_bytes: bytes, how: str, build_why: str = "") -> SliceChoice | str:
    """The checks both form builders end with, then the form: the slice check, an item that
    only the library's own build takes (where `build_why` is the refusal), the fn's exact
    text at `span`, and a broadcast that would bring the library's copy of a lemma a group
    lists into scope. `how` is `slice_of`'s part after the crate, up to its `)`."""
    b = text.encode("utf-8", "surrogateescape")
    bad = _slice_check(text)
    if bad:
        return "client form: " + bad
    if build_why and _own_build_only(b):
        return build_why
    if b[span[0]:span[1]] != fn_bytes:
        return f"client form of {unit.fn_name} lost the fn's exact text"
    listed = it.name in mods.group_members
    if listed and it.name in mods.closure(broadcast_names(lex(b).texts)):
        return "client form: the context broadcasts a group that lists this lemma (its copy would be in scope)"
    return SliceChoice(text, span, code_tokens(text), code_tokens(unit.text),
                       mods.lib.crate + how + (C.CLIENT_LISTED_END if listed else ")"), sl.kept_items,
                       sl.dropped_items, [], sl.proof_fns, form=C.MINIMIZED_CLIENT)
