"""A method of an inherent impl, rewritten as a free fn (for verusbench.client).

A client crate cannot add to an impl of a library's type, but it can state and prove the
same fn as a free fn: `impl<A> Seq<A> { pub proof fn lemma_x(self, n: int) .. }` becomes
`pub proof fn lemma_x<A>(self_: Seq<A>, n: int) ..`. The rewrite is token-level and leaves
everything else byte-exact:
  * the impl's generics go first in the fn's (lifetimes before the rest);
  * the receiver becomes a parameter `self_` of the impl's type (`&self` -> `self_: &T`,
    `tracked &mut self` -> `tracked self_: &mut T`, `self: &T` -> `self_: &T`);
  * every other `self` becomes `self_`, every `Self` the impl's type (`Seq::<A>` before `::`);
  * calls of the fn itself (`r.lemma_x(a)`, `Self::lemma_x(a)`) become `lemma_x(r, a)`,
    `lemma_x(a)`: the recursion stays a recursion, never a call of the library's copy.
What cannot be rewritten this way gets a reason instead (`Refused`).
"""

from __future__ import annotations

from .syntax.lexer import lex
from .syntax.model import Item
from .syntax.parser import ANGLE_DEPTH, impl_trait_name

#: Rust keywords that can precede `(`: never the name of a called fn
_KEYWORDS = frozenset({"if", "while", "match", "return", "in", "for", "loop", "let", "else", "as",
                       "mut", "ref", "move", "break", "continue", "unsafe", "where", "impl", "dyn",
                       "fn", "forall", "exists", "choose", "assert", "assume", "by", "requires",
                       "ensures", "decreases", "invariant", "proof", "tracked", "ghost", "spec"})
_OPEN = {"(": ")", "[": "]", "{": "}"}
_CLOSE = {v: k for k, v in _OPEN.items()}
SELF_PARAM = "self_"
#: attributes whose arguments name the impl's other methods (`when_used_as_spec(spec_len)`)
_METHOD_ATTRS = ("when_used_as_spec", "type_invariant")


class Refused(Exception):
    """The method cannot be written as a free fn; the message says why."""


def bracket_matches(texts: list[str]) -> dict[int, int]:
    """Bracket matches (both directions) of a token list; unbalanced: Refused."""
    out: dict[int, int] = {}
    stack: list[int] = []
    for i, t in enumerate(texts):
        if t in _OPEN:
            stack.append(i)
        elif t in _CLOSE:
            if not stack or texts[stack[-1]] != _CLOSE[t]:
                raise Refused("unbalanced brackets")
            j = stack.pop()
            out[i], out[j] = j, i
    if stack:
        raise Refused("unbalanced brackets")
    return out


def _angles_end(texts: list[str], k: int) -> int:
    """k at `<`: the index of its matching `>` (a `>>` closing two counts as the last)."""
    depth = 0
    for i in range(k, len(texts)):
        t = texts[i]
        depth += ANGLE_DEPTH.get(t, 0)
        if t in ("{", ";") or depth < 0:
            break
        if depth == 0:
            return i
    raise Refused("unbalanced generics")


def split_top(texts: list[str], s: int, e: int) -> list[tuple[int, int]]:
    """Token ranges of the comma-separated parts of texts[s:e] (nesting respected)."""
    parts, depth, start = [], 0, s
    for i in range(s, e):
        t = texts[i]
        if t in ("(", "[", "{", "<"):
            depth += 1
        elif t in (")", "]", "}", ">"):
            depth -= 1
        elif t == ">>":
            depth -= 2
        elif t == "," and depth == 0:
            parts.append((start, i))
            start = i + 1
    if start < e:
        parts.append((start, e))
    return parts


class ImplHead:
    """`impl<G> T` of an inherent impl: generics text `G` (lifetimes and the rest apart) and
    the self type `T`, as source."""

    def __init__(self, src: bytes, imp: Item):
        if imp.body is None:
            raise Refused("the impl has no body")
        lr = lex(src, imp.span[0], imp.body[0])
        T, S, E = lr.texts, lr.starts, lr.ends
        if "impl" not in T:
            raise Refused("not an impl")
        k = T.index("impl") + 1
        self.lifetimes: list[str] = []
        self.params: list[str] = []
        if k < len(T) and T[k] == "<":
            end = _angles_end(T, k)
            # the text inside `<..>` (a closing `>>` is the inner generics' `>` and ours)
            inner = src[E[k]:E[end] - 1]
            il = lex(inner)
            for a, b in split_top(il.texts, 0, len(il.texts)):
                text = inner[il.starts[a]:il.ends[b - 1]].decode("utf-8", "surrogateescape")
                (self.lifetimes if il.kinds[a] == "lifetime" else self.params).append(text)
            k = end + 1
        if "where" in T[k:]:
            raise Refused("the impl has a where clause")
        if impl_trait_name(T, lr.kinds):
            raise Refused("a trait impl")
        if k >= len(T) or lr.kinds[k] != "ident":
            raise Refused("the impl's type is not a path")
        self.type = src[S[k]:E[-1]].decode("utf-8", "surrogateescape")
        lt = self.type.find("<")
        # before `::` a path's generics need the turbofish: `Seq::<A>::f`
        self.path = self.type if lt < 0 else self.type[:lt] + "::" + self.type[lt:]
        self.head = (self.type if lt < 0 else self.type[:lt]).rsplit("::", 1)[-1].strip()


def _receiver_start(T: list[str], K: list[str], M: dict[int, int], k: int) -> int:
    """Index of the first token of the receiver expression that ends at token k (before
    `.name(`): a postfix chain of names, calls, indexing, `@`, `.f` and `::` paths."""
    while True:
        t = T[k]
        if t == "@":
            k -= 1
            continue
        if t in (")", "]"):
            k = M[k]
            if k > 0 and K[k - 1] == "ident" and T[k - 1] not in _KEYWORDS:
                k -= 1
            elif T[k] == "[" and k > 0 and (K[k - 1] == "ident" or T[k - 1] in (")", "]")):
                k -= 1          # `a[i]` / `f(x)[i]`: the indexed expression
                continue
        elif K[k] in ("ident", "literal") and T[k] not in _KEYWORDS:
            pass
        else:
            raise Refused(f"the receiver of a call of the fn itself ends in `{t}`")
        if k > 1 and T[k - 1] == "." :
            k -= 2
            continue
        if k > 1 and T[k - 1] == "::":
            if K[k - 2] != "ident":
                raise Refused("a call of the fn itself through a generic path")
            k -= 2
            continue
        return k


def _edit(src: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    out, at = [], 0
    for s, e, r in sorted(edits):
        if s < at:
            raise Refused("overlapping rewrites")
        out += [src[at:s], r]
        at = e
    return b"".join(out) + src[at:]


def _recursion_once(text: bytes, name: str, unique: bool) -> bytes | None:
    """The first call of the fn itself rewritten as a free call, or None when none is left.
    `x.name(..)` is the fn itself when x is `self` or when no other fn has the name
    (`unique`); else x may be of another type with a method of that name: Refused."""
    lr = lex(text)
    T, S, E, K = lr.texts, lr.starts, lr.ends, lr.kinds
    M = bracket_matches(T)
    for i in range(1, len(T) - 1):
        if T[i] != name:
            continue
        if T[i - 1] == "::" and i > 1 and T[i - 2] == "Self":
            return _edit(text, [(S[i - 2], S[i], b"")])
        if T[i - 1] == "." and T[i + 1] == "(" and i > 1:
            r = _receiver_start(T, K, M, i - 2)
            if not unique and not (r == i - 2 and T[r] == "self"):
                raise Refused(f"`.{name}(..)` on a receiver that may be another type with a method "
                              "of that name")
            recv = text[S[r]:E[i - 2]]
            sep = b"" if T[i + 2] == ")" else b", "
            return _edit(text, [(S[r], E[i + 1], name.encode() + b"(" + recv + sep)])
    return None


def free_fn(src: bytes, imp: Item, fn: Item, unique: bool = False,
            fields: frozenset[str] = frozenset(), public: frozenset[str] = frozenset()) -> bytes:
    """The text of method `fn` (of the inherent impl `imp`, spans into `src`) as a free fn;
    Refused when it cannot be one. `unique`: no other fn of the library has its name;
    `fields`: the field names of the impl's type where the file defines it (`0`, `1`, .. for
    a tuple struct); `public`: those of them a client can read (`self.x` becomes `self_.x`)
    and, when they are all of them, write (`Self { .. }`); the others it cannot."""
    impl = ImplHead(src, imp)
    for a in fn.attrs:
        if any(m in a.path or m in a.name for m in _METHOD_ATTRS):
            raise Refused(f"attribute {a.path} names the impl's methods")
    text = src[fn.span[0]:fn.span[1]]
    lr = lex(text)
    T = lr.texts
    every_public = bool(fields) and fields <= public     # a client may build the type itself
    if SELF_PARAM in T:
        raise Refused(f"the fn already uses the name {SELF_PARAM}")
    for i in range(len(T) - 2):
        if T[i] == "self" and T[i + 1] == "." and T[i + 2] not in ("(",) and (
                i + 3 >= len(T) or T[i + 3] not in ("(", "::")) and T[i + 2] not in public:
            raise Refused("the fn reads a field of the library's type")
        if T[i] == "self" and T[i + 1] == "::":
            raise Refused("the fn names a `self::` path")
        if T[i] in ("Self", impl.head) and T[i + 1] in ("{", "(") and not every_public:
            raise Refused("the fn builds the library's type from its fields")
        if T[i] == impl.head and T[i + 1] == "::" and T[i + 2] == "<" and not every_public:
            e = _angles_end(T, i + 2)
            if e + 1 < len(T) and T[e + 1] in ("{", "("):
                raise Refused("the fn builds the library's type from its fields")
        if T[i] == "." and T[i + 1] in fields - public and T[i + 2] not in ("(", "::"):
            raise Refused("the fn reads a field of the library's type")
    for _ in range(200):
        got = _recursion_once(text, fn.name, unique)
        if got is None:
            break
        text = got
    else:
        raise Refused("too many calls of the fn itself")
    lr = lex(text)
    T, S, E, K = lr.texts, lr.starts, lr.ends, lr.kinds
    M = bracket_matches(T)
    if any(T[i] == fn.name and T[i - 1] in (".", "::") for i in range(1, len(T))):
        raise Refused("the fn names itself by a path or as a method of another receiver")
    # the signature: `fn name [<..>] ( params )`
    try:
        f = next(i for i in range(len(T) - 1) if T[i] == "fn" and T[i + 1] == fn.name)
    except StopIteration:
        raise Refused("the fn's name is not found after `fn`") from None
    n = f + 1
    edits: list[tuple[int, int, bytes]] = []
    p = n + 1
    if T[p] == "<":
        g_end = _angles_end(T, p)
        own = split_top(T, p + 1, g_end)
        own_lt = [x for x in own if K[x[0]] == "lifetime"]
        if impl.params and own_lt:
            raise Refused("lifetimes of the fn after the impl's type parameters")
        first = ", ".join(impl.lifetimes + impl.params)
        if first:
            edits.append((E[p], E[p], (first + (", " if own else "")).encode()))
        p = g_end + 1
    elif impl.lifetimes or impl.params:
        edits.append((E[n], E[n], ("<" + ", ".join(impl.lifetimes + impl.params) + ">").encode()))
    if T[p] != "(":
        raise Refused("no parameter list after the fn's name")
    close = M[p]
    params = split_top(T, p + 1, close)
    recv = None
    if params:
        a, b = params[0]
        toks = T[a:b]
        if "self" in toks:
            recv = (a, b)
            at = toks.index("self")
            pre, post = toks[:at], toks[at + 1:]
            mode = ""
            if pre and pre[0] in ("tracked", "ghost"):
                mode, pre = pre[0] + " ", pre[1:]
            if post:
                if post[0] != ":" or pre:
                    raise Refused("an unusual receiver")
                ty = " ".join(impl.type if x == "Self" else x for x in T[a + at + 2:b]) \
                    if "Self" in T[a + at + 2:b] else text[S[a + at + 2]:E[b - 1]].decode("utf-8", "surrogateescape")
                new = f"{mode}{SELF_PARAM}: {ty}"
            elif pre == []:
                new = f"{mode}{SELF_PARAM}: {impl.type}"
            elif pre == ["mut"]:
                new = f"{mode}mut {SELF_PARAM}: {impl.type}"
            elif pre[0] == "&" and len(pre) <= 3 and all(x == "mut" or x.startswith("'") for x in pre[1:]):
                new = f"{mode}{SELF_PARAM}: &{' '.join(pre[1:]) + ' ' if pre[1:] else ''}{impl.type}"
            else:
                raise Refused("an unusual receiver")
            edits.append((S[a], E[b - 1], new.encode()))
    for i, t in enumerate(T):
        if recv is not None and recv[0] <= i < recv[1]:
            continue          # rewritten whole above
        if t == "self" and K[i] == "ident":
            edits.append((S[i], E[i], SELF_PARAM.encode()))
        elif t == "Self" and K[i] == "ident":
            # a path (`Self::f`) and a struct expression (`Self { .. }`, `Self(..)`) need the turbofish
            ty = impl.path if i + 1 < len(T) and T[i + 1] in ("::", "{", "(") else impl.type
            edits.append((S[i], E[i], ty.encode()))
    return _edit(text, edits)
