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


# --- tightened closure rules: each with a written example ---------------------------------

def test_method_name_keeps_kept_types_method_only():
    src = ("verus! {\npub struct A { v: u8 }\npub struct B { w: u8 }\n"
           "impl A { pub fn len(&self) -> u8 { self.v } }\n"
           "impl B { pub fn len(&self) -> u8 { self.w } }\n"
           "fn t(a: A) -> u8 { a.len() }\n}\n")
    sl = slice_text(src, "t")
    assert "fn A::len" in sl.kept_items and "fn B::len" in sl.dropped_items
    assert "struct B" in sl.dropped_items
    assert parse(sl.text).diagnostics == []


def test_own_name_and_bare_names_are_no_method_calls():
    # `A::new`'s own name must not keep `B::new` of another kept type; a bare `get` (a free
    # fn, a variable) is no call of the method `get`
    src = ("verus! {\npub struct A { v: u8 }\npub struct B { w: u8 }\n"
           "impl A { pub fn new() -> A { A { v: 0 } } pub fn get(&self) -> u8 { self.v } }\n"
           "impl B { pub fn new() -> B { B { w: 0 } } }\n"
           "fn get(x: u8) -> u8 { x }\n"
           "fn t(b: B) -> A { let get = get(1); A::new() }\n}\n")
    sl = slice_text(src, "t")
    assert "fn A::new" in sl.kept_items and "fn B::new" in sl.dropped_items
    assert "fn A::get" in sl.dropped_items and "fn get" in sl.kept_items


def test_qualified_call_and_sugar():
    src = ("verus! {\npub struct A { v: u8 }\npub struct B { w: u8 }\n"
           "impl A { pub open spec fn view(&self) -> nat { self.v as nat } pub fn mk() -> A { A { v: 1 } } }\n"
           "impl B { pub open spec fn view(&self) -> nat { 0 } pub fn mk() -> B { B { w: 1 } }\n"
           "    pub open spec fn spec_index(&self, i: int) -> u8 { self.w } }\n"
           "fn t(b: B) -> (r: A) ensures r@ == 1, b[0] == 0 { A::mk() }\n}\n")
    sl = slice_text(src, "t")
    kept = set(sl.kept_items)
    assert {"fn A::mk", "fn A::view", "fn B::view", "fn B::spec_index"} <= kept   # `@`, `[]` sugar
    assert "fn B::mk" in sl.dropped_items                                        # `A::mk` names A's


def test_type_invariant_comes_with_its_type():
    src = ("verus! {\npub struct A { v: u8 }\n"
           "impl A {\n    #[verifier::type_invariant]\n    spec fn inv(&self) -> bool { self.v < 10 }\n"
           "    spec fn other(&self) -> bool { true }\n}\n"
           "fn t(a: A) -> u8 { a.v }\n}\n")
    sl = slice_text(src, "t")
    assert "fn A::inv" in sl.kept_items and "fn A::other" in sl.dropped_items


def test_trait_and_its_impls_keep_the_same_fns():
    src = ("verus! {\npub trait Tr {\n    type Out;\n    spec fn used(&self) -> bool;\n    spec fn unused(&self) -> bool;\n}\n"
           "pub struct A { v: u8 }\npub struct C { v: u8 }\n"
           "impl Tr for A { type Out = u8; open spec fn used(&self) -> bool { true }\n"
           "    open spec fn unused(&self) -> bool { false } }\n"
           "impl Tr for C { type Out = u8; open spec fn used(&self) -> bool { true }\n"
           "    open spec fn unused(&self) -> bool { false } }\n"
           "impl Clone for A { fn clone(&self) -> A { A { v: self.v } } }\n"
           "fn t(a: A) -> (r: u8) requires a.used() { a.v }\n}\n")
    sl = slice_text(src, "t")
    kept = set(sl.kept_items)
    assert {"fn Tr::used", "type Out", "fn A::used", "fn A::clone"} <= kept       # outside trait: whole
    assert "fn Tr::unused" in sl.dropped_items and "fn A::unused" in sl.dropped_items
    assert "impl Tr for C" not in sl.text                                        # its type is not kept
    assert parse(sl.text).diagnostics == []
    # a kept trait-impl fn keeps its trait's declaration of it
    sl2 = slice_text(src, "A::unused")
    assert "fn Tr::unused" in sl2.kept_items and "fn A::used" in sl2.dropped_items


def test_external_use_pulls_no_local_item_of_its_names():
    src = ("use state_machines_macros::state_machine;\nmacro_rules! state_machine { () => {} }\n"
           "fn t() -> u8 { 1 }\n")
    sl = slice_text(src, "t")
    assert "use state_machines_macros::state_machine;" in sl.text
    assert "macro_rules! state_machine" not in sl.text


def test_private_use_kept_only_for_mentions_in_its_module():
    src = ("mod a {\n    pub struct S;\n    pub struct U;\n}\nmod b {\n    use crate::a::S;\n    pub fn f() -> u8 { 1 }\n}\n"
           "mod c {\n    use crate::a::S;\n    pub fn g(s: S) -> u8 { 2 }\n}\n"
           "mod d {\n    use crate::a::*;\n    pub fn h() -> u8 { 3 }\n}\n"
           "fn t(s: a::S) -> u8 { b::f() + c::g(s) + d::h() }\n")
    sl = slice_text(src, "t")
    assert "mod c {\n    use crate::a::S;" in sl.text
    assert sl.text.count("use crate::a::S;") == 1            # c's (g mentions S), not b's
    assert "use crate::a::*;" in sl.text                     # a glob: its module is kept
    assert "pub struct U" not in sl.text


def test_use_matches_the_names_it_binds_not_its_path():
    src = ("mod m {\n    pub fn x() -> u8 { 1 }\n    pub fn y() -> u8 { 2 }\n}\n"
           "pub use crate::m::y;\nfn t() -> u8 { m::x() }\n")
    sl = slice_text(src, "t")
    assert "pub use crate::m::y;" not in sl.text and "fn y" not in sl.text


def test_macro_invocations_by_what_they_define():
    src = ("verus! {\nstruct_with_invariants! { pub struct S { v: u8 } spec fn wf(&self) -> bool { true } }\n"
           "struct_with_invariants! { pub struct Far { v: u8 } }\n"
           "}\nsome_setup!();\nfn t(s: S) -> u8 { 1 }\n")
    sl = slice_text(src, "t")
    assert "pub struct S" in sl.text and "pub struct Far" not in sl.text
    assert "some_setup!();" in sl.text                      # defines nothing seen: kept (unsure)


def test_state_machine_comes_whole():
    src = ("tokenized_state_machine! { Sm {\n    fields { pub x: u8 }\n"
           "    transition! { tr() { update x = 1; } }\n"
           "    #[inductive(tr)]\n    fn tr_inductive(pre: Self, post: Self) { }\n} }\n"
           "fn t(i: Sm::Instance) -> u8 { 1 }\n")
    sl = slice_text(src, "t")
    assert "fn tr_inductive" in sl.text and "transition!" in sl.text


def test_spec_code_calls_no_exec_fn_of_the_same_name():
    # spec code can only name spec fns (or exec fns with `when_used_as_spec`)
    src = ("verus! {\npub struct A { v: u8 }\npub struct B { v: u8 }\n"
           "impl A { pub open spec fn start(&self) -> u8 { self.v } }\n"
           "impl B { pub fn start(&self) -> u8 { self.v } pub open spec fn wf(&self) -> bool { true } }\n"
           "fn exec_start(x: u8) -> u8 { x }\n"
           "spec fn p(a: A, b: B) -> bool { a.start() == 0 && b.wf() }\n"
           "fn t(a: A, b: B) -> (r: u8) ensures p(a, b) { 1 }\n}\n")
    sl = slice_text(src, "t")
    assert "fn A::start" in sl.kept_items and "fn B::wf" in sl.kept_items
    assert "fn B::start" in sl.dropped_items


def test_field_and_parameter_names_are_no_mentions():
    src = ("verus! {\nfn main() {}\nfn len(x: u8) -> u8 { x }\n"
           "pub struct S { main: u8 }\nfn t(len: u8, s: S) -> u8 { s.main }\n}\n")
    sl = slice_text(src, "t")
    assert "struct S" in sl.kept_items
    assert "fn main" in sl.dropped_items and "fn len" in sl.dropped_items


def test_broadcast_use_serves_only_its_modules_proofs():
    # mod s holds only a spec fn the target needs: its `broadcast use` (and the lemmas of the
    # group it pulls) serve proofs, so they go; mod p's lemma has a proof, so p's stays
    src = ("verus! {\nmod lem {\n    pub broadcast proof fn lemma_x(i: int) ensures #[trigger] (i + 0) == i {}\n"
           "    pub broadcast group group_x { lemma_x }\n}\n"
           "mod s {\n    broadcast use crate::lem::group_x;\n    pub open spec fn f(i: int) -> int { i }\n}\n"
           "mod p {\n    broadcast use crate::lem::group_x;\n    pub proof fn g(i: int) ensures i + 0 == i {}\n}\n"
           "fn t() ensures s::f(1) == 1 {}\nproof fn t2() { p::g(1); }\n}\n")
    sl = slice_text(src, "t")
    assert "fn f" in sl.kept_items and "mod lem" not in sl.text and "broadcast use" not in sl.text
    assert parse(sl.text).diagnostics == []
    sl2 = slice_text(src, "t2")
    assert "broadcast use crate::lem::group_x;" in sl2.text and "fn lemma_x" in sl2.kept_items
    assert "mod s" not in sl2.text


def test_module_kept_as_a_path_keeps_its_reexports_not_its_imports():
    # `outer` is kept only because the target names `outer::Vec`: its re-export stays (the
    # path goes through it), its private import serves no kept code of its own and goes;
    # once a fn of `outer` is kept, its imports come too
    src = ("mod outer {\n    use std::collections::HashMap;\n    pub use std::vec::Vec;\n"
           "    pub fn g() -> usize { let m: HashMap<u8, u8> = HashMap::new(); m.len() }\n}\n"
           "fn t() -> outer::Vec<u8> { outer::Vec::new() }\n"
           "fn t2() -> usize { outer::g() }\n")
    sl = slice_text(src, "t")
    assert "pub use std::vec::Vec;" in sl.text and "HashMap" not in sl.text
    assert parse(sl.text).diagnostics == []
    assert "use std::collections::HashMap;" in slice_text(src, "t2").text


def test_trait_method_by_name_needs_its_trait_or_an_implementor():
    # `.inv()` on A is A's inherent method; trait Pred's `inv` comes only when Pred is named
    # (a bound) or a kept type implements it
    src = ("verus! {\npub trait Pred { spec fn inv(&self) -> bool; }\n"
           "pub struct A { v: u8 }\npub struct B { v: u8 }\n"
           "impl A { pub open spec fn inv(&self) -> bool { self.v > 0 } }\n"
           "impl Pred for B { open spec fn inv(&self) -> bool { true } }\n"
           "fn t(a: A) requires a.inv() {}\n"
           "fn tb(b: B) requires b.inv() {}\n"
           "fn tg<T: Pred>(x: T) requires x.inv() {}\n}\n")
    sl = slice_text(src, "t")
    assert "fn A::inv" in sl.kept_items and "trait Pred" not in sl.text
    assert parse(sl.text).diagnostics == []
    slb = slice_text(src, "tb")
    assert {"fn Pred::inv", "fn B::inv"} <= set(slb.kept_items)
    slg = slice_text(src, "tg")
    assert "fn Pred::inv" in slg.kept_items and "impl Pred for B" not in slg.text


def test_kept_use_keeps_only_the_leaves_it_must_bind():
    # `use crate::a::{X, Y, c::{P, Q}}` in f's module: f needs X only, so Y, P, Q (and the
    # items they name) go
    src = ("mod a {\n    pub struct X;\n    pub struct Y { big: u64 }\n    pub trait Tr { fn m(&self) -> u8 { 0 } }\n"
           "    pub mod c { pub struct P; pub struct Q; }\n}\n"
           "mod b {\n    use crate::a::{X, Y, c::{P, Q}};\n"
           "    pub fn f(x: X) -> u8 { 1 }\n    pub fn g(y: Y, p: P, q: Q) -> u8 { 2 }\n}\n"
           "fn t() -> u8 { b::f(crate::a::X) }\n")
    sl = slice_text(src, "t")
    assert "use crate::a::{X};" in sl.text
    assert "struct Y" not in sl.text and "mod c" not in sl.text and "fn g" not in sl.text
    assert parse(sl.text).diagnostics == []
    # the last leaf cut takes the comma before it; a group left empty goes whole
    sl2 = slice_text(src.replace("fn f(x: X)", "fn f(x: Q)").replace("b::f(crate::a::X)", "b::f(crate::a::c::Q)"), "t")
    assert "use crate::a::{c::{Q}};" in sl2.text and "struct X" not in sl2.text
    assert parse(sl2.text).diagnostics == []


def test_assume_specification_of_a_method_needs_its_type_named():
    src = ("use vstd::prelude::*;\nverus! {\n"
           "pub assume_specification<K> [ HashSet::<K>::new ] () -> (r: HashSet<K>);\n"
           "pub assume_specification<T> [ Vec::<T>::new ] () -> (r: Vec<T>);\n"
           "pub assume_specification<T> [ Vec::<T>::push ] (v: &mut Vec<T>, x: T);\n"
           "pub assume_specification [ core::mem::swap::<u8> ] (a: &mut u8, b: &mut u8);\n"
           "fn t() -> Vec<u8> { let mut v = Vec::new(); v.push(1); v }\n"
           "fn s(a: &mut u8, b: &mut u8) { swap(a, b) }\n}\n")
    sl = slice_text(src, "t")
    assert "Vec::<T>::new" in sl.text and "Vec::<T>::push" in sl.text    # `.push` is a method call
    assert "HashSet" not in sl.text and "swap" not in sl.text
    assert parse(sl.text).diagnostics == []
    assert "core::mem::swap::<u8>" in slice_text(src, "s").text             # a free fn: by its name


def test_broadcast_lists_keep_only_lemmas_that_can_fire():
    # group_all lists lemmas about f and about g; the target uses only f: the g lemma (and g)
    # go, cut from the list; a group left empty goes with its mentions; a group named in code
    # is pruned too, but never left empty (then it comes whole)
    src = ("verus! {\npub open spec fn f(i: int) -> int { i }\npub open spec fn g(i: int) -> int { i }\n"
           "pub broadcast proof fn lemma_f(i: int) ensures #[trigger] f(i) == i {}\n"
           "pub broadcast proof fn lemma_g(i: int) ensures #[trigger] g(i) == i {}\n"
           "pub broadcast group group_g { lemma_g }\n"
           "pub broadcast group group_all { lemma_f, group_g, lemma_g, }\n"
           "broadcast use group_all;\n"
           "proof fn t() ensures f(1) == 1 {}\n"
           "proof fn t2() ensures f(1) == 1 { broadcast use group_g; }\n}\n")
    sl = slice_text(src, "t")
    assert "pub broadcast group group_all { lemma_f, }" in sl.text
    assert "lemma_g" not in sl.text and "fn g" not in sl.text and "group_g" not in sl.text
    assert "broadcast use group_all;" in sl.text and parse(sl.text).diagnostics == []
    sl2 = slice_text(src, "t2")
    assert "pub broadcast group group_g { lemma_g }" in sl2.text and "fn lemma_g" in sl2.kept_items
    assert "group_all { lemma_f, group_g, lemma_g, }" in sl2.text
    sl3 = slice_text(src.replace("broadcast use group_g; }", "broadcast use group_all; }"), "t2")
    assert "pub broadcast group group_all { lemma_f, }" in sl3.text and "lemma_g" not in sl3.text


def test_self_method_call_is_the_impl_types_own_method():
    # `self.get()` in an impl of A with an inherent `get` is A's; B's `get` stays out. On any
    # other receiver (`x.get()`) every kept type's `get` may be meant (here B is kept and named)
    src = ("verus! {\npub struct A { v: u8 }\npub struct B { v: u8 }\n"
           "impl A {\n  pub open spec fn get(&self) -> u8 { self.v }\n"
           "  pub open spec fn twice(&self) -> int { self.get() + self.get() }\n}\n"
           "impl B { pub open spec fn get(&self) -> u8 { self.v }\n"
           "  pub open spec fn mk(&self) -> A { A { v: self.v } } }\n"
           "fn t(a: A, b: B) requires a.twice() > 0, b.v > 0 {}\n"
           "fn u(b: B) requires b.mk().get() > 0 {}\n"
           "spec fn pick(b: B) -> A { b.mk() }\n"
           "fn w(b: B) requires pick(b).get() > 0 {}\n}\n")
    sl = slice_text(src, "t")
    assert "fn A::get" in sl.kept_items and "fn B::get" not in sl.kept_items
    assert parse(sl.text).diagnostics == []
    slu = slice_text(src, "u")      # `b.mk()` is B's one `mk`, which returns an A
    assert "fn A::get" in slu.kept_items and "fn B::get" not in slu.kept_items
    slw = slice_text(src, "w")      # a free fn's result: any kept type's `get` may be meant
    assert {"fn A::get", "fn B::get"} <= set(slw.kept_items)


def test_a_modules_glob_of_its_parent_comes_with_its_kept_code():
    """`use super::*;` names no item, yet the module's code resolves A and f through it: it
    was dropped (no name of it was ever needed), and the slice did not compile."""
    src = ("verus! {\npub struct A { v: u8 }\nspec fn f(a: A) -> bool { a.v > 0 }\nspec fn g() -> bool { true }\n"
           "mod inner {\n    use super::*;\n    pub proof fn lemma_t(a: A) ensures f(a) == (a.v > 0) {}\n}\n"
           "mod other {\n    use super::*;\n    pub proof fn unused() ensures g() {}\n}\n}\n")
    sl = slice_text(src, "lemma_t")
    inner = sl.text[sl.text.index("mod inner {"):]
    assert inner.index("use super::*;") < inner.index("pub proof fn lemma_t")
    assert "mod other" not in sl.text and "spec fn g" not in sl.text      # a module with no kept code
    # behind a visibility or an attribute too (verus's examples/broadcast_proof.rs)
    for line in ("pub(crate) use super::*;", "#[allow(unused_imports)] use super::*;"):
        sl = slice_text(src.replace("mod inner {\n    use super::*;", "mod inner {\n    " + line), "lemma_t")
        assert line in sl.text, line
