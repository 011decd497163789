"""Types of the Verus syntax model. Spans are (start_byte, end_byte) into the UTF-8 bytes
of the parsed text: `source[start:end]` is exactly the node's source.

This module is the contract other modules (units, tasks, integrity, scoring) code against;
`verusbench.syntax.parse` fills it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, is_dataclass
from typing import Any, Iterator

Span = tuple[int, int]


@dataclass
class Diagnostic:
    message: str
    line: int          # 1-based
    col: int           # 1-based, in bytes
    byte: int


@dataclass
class Region:
    kind: str          # "verus" (inside verus!{...}, the braces' contents) or "rust"
    span: Span


@dataclass
class Attribute:
    span: Span         # whole `#[...]` / `#![...]`
    path: str          # normalised: "verifier::external_body", "verus::internal", "cfg", "allow", ...
    args: str          # text inside the outer parens of the attribute's argument, "" if none
    inner: bool        # `#![...]`
    style: str         # "verifier_path" (#[verifier::x]), "verifier_paren" (#[verifier(x)]),
                       # "verus_internal" (#[verus::internal(x)]), "verus_verify", "cfg", "other"
    name: str = ""     # the verifier attribute's name: "external_body" for all three verifier styles


@dataclass
class Clause:
    kind: str          # requires recommends ensures default_ensures returns decreases
                       # opens_invariants no_unwind invariant invariant_except_break
                       # invariant_ensures
    span: Span         # keyword through the last expression (and trailing comma)
    keyword: Span
    exprs: list[Span] = field(default_factory=list)   # each comma-separated expression
    when: Span | None = None   # decreases .. when c
    via: Span | None = None    # decreases .. via f / recommends via f


@dataclass
class Loop:
    kind: str          # while | loop | for
    span: Span         # keyword through closing brace of the body
    header: Span       # condition / `x in e` part (empty for `loop`)
    clauses: list[Clause] = field(default_factory=list)
    body: Span | None = None   # braces included
    label: str = ""


@dataclass
class ProofNode:
    """A proof-relevant construct inside a body."""
    kind: str          # proof_block assert assert_by assert_forall assume admit reveal
                       # let_ghost let_tracked lemma_call calc closure_spec
                       # atomic_update (`atomically (au) {..}` in a fn signature; name = au)
                       # atomic_block (`f() atomically |update| invariant .. {..}`)
    span: Span         # the whole construct, without the trailing `;`
    name: str = ""     # lemma name for lemma_call; revealed fn for reveal
    prover: str = ""   # assert .. by (nonlinear_arith|bit_vector|compute|..)
    body: Span | None = None
    clauses: list[Clause] = field(default_factory=list)   # `assert .. by (p) requires ..`


@dataclass
class Param:
    span: Span
    name: str
    mode: str = ""     # "", "tracked", "ghost"
    type_span: Span | None = None


@dataclass
class Item:
    kind: str          # fn struct enum impl trait mod use broadcast_use broadcast_group
                       # assume_specification global const static type macro other
    span: Span         # first attribute (or visibility) through the end of the item
    name: str = ""
    attrs: list[Attribute] = field(default_factory=list)
    visibility: str = ""        # "", "pub", "pub(crate)", ...
    modifiers: list[str] = field(default_factory=list)   # open closed uninterp broadcast const unsafe ...
    mode: str = ""              # fn: spec | spec(checked) | proof | exec | axiom
    generics: Span | None = None
    params: list[Param] = field(default_factory=list)
    ret: Span | None = None     # the `-> ...` part, named returns included
    ret_name: str = ""
    signature: Span | None = None   # fn keyword (with modifiers) through the end of the return type
    clauses: list[Clause] = field(default_factory=list)
    body: Span | None = None        # braces included; None for `;`-terminated fns
    loops: list[Loop] = field(default_factory=list)       # all loops in the body, nested too
    proofs: list[ProofNode] = field(default_factory=list)  # all proof nodes in the body
    children: list["Item"] = field(default_factory=list)   # items of impl/trait/mod bodies
    in_verus: bool = True
    impl_of: str = ""           # for fns inside impl/trait: the impl's self type / trait name

    def walk(self) -> Iterator["Item"]:
        yield self
        for c in self.children:
            yield from c.walk()

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        return d


@dataclass
class ParsedFile:
    source: bytes
    items: list[Item] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.diagnostics

    def text(self, span: Span) -> str:
        """Source of a span as text (undecodable bytes kept as surrogates)."""
        return self.source[span[0]:span[1]].decode("utf-8", "surrogateescape")

    def walk(self) -> Iterator[Item]:
        for it in self.items:
            yield from it.walk()

    def functions(self) -> list[Item]:
        return [it for it in self.walk() if it.kind == "fn"]


def shifted(node: Any, delta: int) -> Any:
    """A deep copy of a syntax node (Item, Clause, ...) with every span moved by `delta`
    bytes: the node as the parser gives it once its exact source sits `delta` bytes later in
    another text (a slice holds its unit's fn byte-exact). Spans are the model's only
    (int, int) tuples."""
    if is_dataclass(node):
        return type(node)(**{f.name: shifted(getattr(node, f.name), delta) for f in fields(node)})
    if isinstance(node, list):
        return [shifted(x, delta) for x in node]
    if isinstance(node, tuple) and len(node) == 2 and all(type(x) is int for x in node):
        return (node[0] + delta, node[1] + delta)
    return node
