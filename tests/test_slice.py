"""Dependency slicing: exactly the needed items kept, byte-exact, parse-clean, idempotent."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from verusbench.inline import inline_files
from verusbench.slice import code_tokens, slice_in, slice_text
from verusbench.syntax import parse

FILE = """use vstd::prelude::*;

verus! {

pub open spec fn double(x: int) -> int { 2 * x }

pub open spec fn unused_spec(x: int) -> int { x }

proof fn lemma_double(x: int)
    ensures double(x) == x + x,
{}

/// An unrelated lemma; its doc comment goes with it.
proof fn lemma_unrelated() {}

pub struct Pair { pub a: u32, pub b: u32 }

pub struct Lonely { x: u8 }

pub trait HasSize { spec fn size(&self) -> nat; }

impl HasSize for Pair { open spec fn size(&self) -> nat { 2 } }

impl HasSize for Lonely { open spec fn size(&self) -> nat { 1 } }

impl Pair {
    pub fn sum(&self) -> u64 { self.a as u64 + self.b as u64 }
    pub fn other(&self) -> u32 { self.a }
}

pub const LIMIT: u32 = 100;
pub const UNUSED: u32 = 7;

pub broadcast proof fn lemma_b(x: int) ensures #[trigger] double(x) >= x || x < 0 {}
pub broadcast group group_b { lemma_b }
pub broadcast group group_unused { lemma_unrelated }

macro_rules! my_macro { ($e:expr) => { $e } }
macro_rules! other_macro { () => { 0 } }

type PairAlias = Pair;

fn target(p: Pair) -> (r: u64)
    requires p.a < LIMIT, p.size() == 2,
    ensures r as int == double(p.a as int) - p.a + p.b,
{
    proof { lemma_double(p.a as int); }
    broadcast use group_b;
    let s = my_macro!(p.sum());
    s
}

fn unrelated_exec() -> u32 { UNUSED }

} // verus!
"""


def _names(sl):
    return set(sl.kept_items), set(sl.dropped_items)


def test_keeps_exactly_what_the_target_needs():
    sl = slice_text(FILE, "target")
    kept, dropped = _names(sl)
    for k in ("fn double", "fn lemma_double", "struct Pair", "trait HasSize", "impl Pair",
              "fn Pair::sum", "const LIMIT", "broadcast_group group_b", "fn lemma_b",
              "macro my_macro", "use vstd::prelude::*", "fn target"):
        assert k in kept, k
    for d in ("fn unused_spec", "fn lemma_unrelated", "struct Lonely", "fn Pair::other",
              "const UNUSED", "broadcast_group group_unused", "macro other_macro",
              "type PairAlias", "fn unrelated_exec"):
        assert d in dropped, d
    assert parse(sl.text).diagnostics == []
    # trait impl for the kept type stays; the one for the dropped type goes
    assert "impl HasSize for Pair" in sl.text and "impl HasSize for Lonely" not in sl.text
    assert "An unrelated lemma" not in sl.text          # doc comment went with its item
    assert sl.context_tokens == code_tokens(sl.text) < code_tokens(FILE)


def test_kept_items_are_byte_exact():
    sl = slice_text(FILE, "target")
    pf = parse(FILE)
    for it in pf.items:
        label = f"{it.kind} {it.name}"
        if label in sl.kept_items and not it.children:
            assert pf.text(it.span) in sl.text, label


def test_type_in_signature_and_spec_fn_in_ensures():
    src = ("verus! {\nstruct T { v: u8 }\nstruct U { w: u8 }\nspec fn p(t: T) -> bool { t.v > 0 }\n"
           "fn f(t: T) -> (r: u8) ensures p(t) ==> r > 0 { t.v }\n}\n")
    sl = slice_text(src, "f")
    assert "struct T" in sl.text and "spec fn p" in sl.text and "struct U" not in sl.text
    assert parse(sl.text).diagnostics == []


def test_method_target_keeps_its_impl_and_type():
    sl = slice_text(FILE, "Pair::sum")
    assert "impl Pair {" in sl.text and "pub fn sum" in sl.text and "pub fn other" not in sl.text
    assert "pub struct Pair" in sl.text and "fn target" not in sl.text
    assert parse(sl.text).diagnostics == []


def test_modules_kept_only_for_needed_items_and_local_use():
    src = ("mod m {\n    pub fn needed() {}\n    pub fn not_needed() {}\n}\nmod gone {\n    pub fn g() {}\n}\n"
           "use crate::m::needed;\nuse crate::gone::g;\nfn t() { needed(); }\n")
    sl = slice_text(src, "t")
    assert "pub fn needed" in sl.text and "not_needed" not in sl.text
    assert "mod gone" not in sl.text and "use crate::gone::g;" not in sl.text
    assert "use crate::m::needed;" in sl.text
    assert parse(sl.text).diagnostics == []


def test_slice_of_an_inlined_crate():
    files = {"src/lib.rs": "pub mod a;\npub mod b;\nuse crate::a::helper;\nfn top() -> u8 { helper() }\n",
             "src/a.rs": "pub fn helper() -> u8 { 1 }\npub fn spare() {}\n",
             "src/b.rs": "pub fn unrelated() {}\n"}
    (c,) = inline_files(files)
    sl = slice_in(c.text, "fn top() -> u8 { helper() }")
    assert sl is not None and sl.target_fn == "top"
    assert "fn helper" in sl.text and "spare" not in sl.text and "mod b" not in sl.text
    assert slice_in(c.text, "fn absent() {}") is None


_POOL = [
    "spec fn s{i}(x: int) -> int {{ x + {i} }}",
    "proof fn l{i}() ensures s{j}(1) == 1 + {j} {{}}",
    "struct T{i} {{ f: u{bits} }}",
    "const C{i}: u8 = {i};",
    "fn e{i}(t: T{j}) -> u8 {{ C{j} }}",
]


@st.composite
def _files(draw):
    n = draw(st.integers(1, 8))
    parts = []
    for i in range(n):
        tpl = draw(st.sampled_from(_POOL))
        parts.append(tpl.format(i=i, j=draw(st.integers(0, n - 1)), bits=8))
    body = "\n".join(parts)
    target = "fn target(x: u8) -> (r: u8) ensures r == x {{ proof {{ l{k}(); }} x }}".format(
        k=draw(st.integers(0, n - 1)))
    return "verus! {\n" + body + "\n" + target + "\n}\n"


@settings(max_examples=60, deadline=None)
@given(_files())
def test_slicing_is_idempotent_and_keeps_target_byte_exact(src):
    tgt = next(it for it in parse(src).items if it.name == "target")
    tgt_text = parse(src).text(tgt.span)
    sl = slice_text(src, "target")
    assert tgt_text in sl.text
    assert parse(sl.text).diagnostics == []
    again = slice_text(sl.text, "target")
    assert again.text == sl.text
    assert again.dropped_items == []


def test_ambient_items_follow_their_module():
    src = ("verus! {\nmod keep {\n    use vstd::prelude::*;\n    broadcast use vstd::seq::group_seq_axioms;\n"
           "    pub fn k() {}\n}\nmod drop {\n    use vstd::prelude::*;\n    pub fn d() {}\n}\n"
           "fn t() { keep::k(); }\n}\n")
    sl = slice_text(src, "t")
    assert "mod keep {\n    use vstd::prelude::*;\n    broadcast use vstd::seq::group_seq_axioms;" in sl.text
    assert "mod drop" not in sl.text and "fn d" not in sl.text
    assert parse(sl.text).diagnostics == []
