"""Receiver typing in dependency slicing (verusbench.slice): a method call on a receiver of
known type keeps only that type's inherent fn of the name; where the type is unsure every
kept type's fn of the name stays (the over-approximation the slicer falls back to)."""

from verusbench.slice import slice_text
from verusbench.syntax import parse

TYPES = ("verus! {\npub struct A { v: u8 }\npub struct B { w: u8 }\n"
         "pub struct Pair { a: A, t: Tracked<A> }\n"
         "impl A { pub open spec fn ok(&self) -> bool { self.v > 0 } pub fn mk() -> A { A { v: 1 } } }\n"
         "impl B { pub open spec fn ok(&self) -> bool { self.w > 0 } pub fn mk() -> B { B { w: 1 } } }\n")


def _kept(src: str, target: str) -> set[str]:
    sl = slice_text(src, target)
    assert parse(sl.text).diagnostics == [], sl.text
    return set(sl.kept_items)


def test_a_parameter_of_a_plain_type_calls_its_types_method():
    src = TYPES + "fn t(a: &A, b: B) requires a.ok(), b.w > 0 {}\n}\n"
    kept = _kept(src, "t")
    assert "fn A::ok" in kept and "fn B::ok" not in kept


def test_a_rebound_parameter_is_not_typed():
    # `let a = ..` may give `a` another type: every kept type's `ok` stays
    src = TYPES + "fn t(a: A, b: B) { let a = b; assert(a.ok()); }\n}\n"
    assert {"fn A::ok", "fn B::ok"} <= _kept(src, "t")


def test_typed_let_fields_old_and_tracked_views():
    src = TYPES + ("fn t(p: &mut Pair, b: B) requires old(p).a.ok(), p.t@.ok(), b.w > 0\n"
                   "{ let x: A = A::mk(); assert(x.ok()); }\n}\n")
    kept = _kept(src, "t")
    assert "fn A::ok" in kept and "fn B::ok" not in kept


def test_verus_spec_with_parameters_are_typed():
    src = TYPES + ("#[verus_spec(with Tracked(o): Tracked<&mut A>, ghost g: B requires o.ok(), g.w > 0)]\n"
                   "fn t() { proof { let x = o.ok(); } }\n}\n")
    kept = _kept(src, "t")
    assert "fn A::ok" in kept and "fn B::ok" not in kept


def test_paths_that_name_no_inherent_fn_of_the_file():
    # `Vec::new`, a trait's `Tr::mk`, a type parameter's `T::mk` name no inherent fn of A or B;
    # `A::<>::mk` (turbofish) names A's
    src = TYPES + ("pub trait Tr { fn mk() -> Self; }\n"
                   "fn t<T: Tr>(b: B) -> (r: u8) ensures b.w > 0 { let v: Vec<u8> = Vec::new(); let y = T::mk();"
                   " let z = <B as Tr>::mk(); 0 }\n"
                   "fn u(b: B) -> (r: A) ensures b.w > 0 { A::<>::mk() }\n}\n")
    kept = _kept(src, "t")
    assert "fn A::mk" not in kept and "fn B::mk" not in kept
    kept = _kept(src, "u")
    assert "fn A::mk" in kept and "fn B::mk" not in kept


def test_a_type_with_a_deref_impl_or_an_alias_is_not_typed():
    deref = TYPES + ("impl core::ops::Deref for A { type Target = B; fn deref(&self) -> &B { &B { w: 0 } } }\n"
                     "fn t(a: A, b: B) requires a.ok(), b.w > 0 {}\n}\n")
    assert {"fn A::ok", "fn B::ok"} <= _kept(deref, "t")
    alias = TYPES + "pub type C = B;\nfn t(a: A, c: C) requires c.ok(), a.v > 0 {}\n}\n"
    assert {"fn A::ok", "fn B::ok"} <= _kept(alias, "t")


VIEWS = ("verus! {\npub struct A { v: u8 }\npub struct B { w: u8 }\n"
         "impl View for A { type V = nat; open spec fn view(&self) -> nat { self.v as nat } }\n"
         "impl View for B { type V = nat; open spec fn view(&self) -> nat { self.w as nat } }\n"
         "impl Drop for A { fn drop(&mut self) {} }\n")


def test_view_and_drop_impls_come_only_when_used():
    # `a@` on an A keeps A's View impl only; nothing calls a Drop impl by name
    kept = _kept(VIEWS + "fn t(a: A, b: B) requires a@ > 0, b.w > 0 {}\n}\n", "t")
    assert "fn A::view" in kept and "fn B::view" not in kept and "fn A::drop" not in kept
    # no `@` at all: neither View impl
    kept = _kept(VIEWS + "fn t(a: A, b: B) requires a.v > 0, b.w > 0 {}\n}\n", "t")
    assert not {"fn A::view", "fn B::view"} & kept


def test_view_impls_come_for_unknown_receivers_and_named_traits():
    # the view of a call's result may be any kept type's; a bound naming View keeps them all
    kept = _kept(VIEWS + "spec fn pick(a: A, b: B) -> B { b }\n"
                         "fn t(a: A, b: B) requires pick(a, b)@ > 0, a.v > 0 {}\n}\n", "t")
    assert {"fn A::view", "fn B::view"} <= kept
    kept = _kept(VIEWS + "fn g<T: View>(x: T) {}\nfn t(a: A, b: B) requires a.v > 0, b.w > 0 { g(a); }\n}\n", "t")
    assert {"fn A::view", "fn B::view"} <= kept


def test_a_bound_after_a_kept_view_impl_still_keeps_the_others():
    # A's View impl comes first (its header names View); the bound naming View comes later
    kept = _kept(VIEWS + "fn g<T: View>(x: T) {}\n"
                         "fn t(a: A, b: B) requires a@ > 0, b.w > 0 { g(b); }\n}\n", "t")
    assert {"fn A::view", "fn B::view"} <= kept


def test_a_global_layout_comes_with_its_type_only():
    src = ("verus! {\nglobal size_of usize == 8;\nglobal layout Big is size == 8, align == 8;\n"
           "global layout Small is size == 1, align == 1;\n"
           "pub struct Big { a: u64 }\npub struct Small { b: u8 }\n"
           "fn t(s: Small) -> u8 { s.b }\n}\n")
    sl = slice_text(src, "t")
    assert "global layout Small" in sl.text and "global size_of usize" in sl.text
    assert "Big" not in sl.text


def test_a_let_bound_once_takes_its_initializers_type():
    src = TYPES + ("fn t(b: B) -> (r: u8) ensures b.w > 0 {\n"
                   "    let x = A::mk(); let y = A { v: 2 }; let z = x;\n"
                   "    proof { assert(x.ok() && y.ok() && z.ok()); } 0 }\n}\n")
    kept = _kept(src, "t")
    assert "fn A::ok" in kept and "fn B::ok" not in kept
    # bound twice: unknown
    src = TYPES + "fn t(b: B) { let x = A::mk(); let x = b; assert(x.ok()); }\n}\n"
    assert {"fn A::ok", "fn B::ok"} <= _kept(src, "t")


def test_an_initializer_that_is_no_chain_is_not_typed():
    # `a + b` is not b's type, `b as A` no struct's value, `v[0]` an element
    for init in ("a + b", "y as A", "v[0]"):
        src = TYPES + f"fn t(a: u8, b: A, y: u8, v: Vec<B>) {{ let x = {init}; assert(x.ok()); }}\n}}\n"
        assert {"fn A::ok", "fn B::ok"} <= _kept(src, "t"), init


def test_locals_named_like_free_fns_name_none_of_them():
    src = ("verus! {\npub open spec fn start() -> int { 1 }\npub open spec fn len() -> int { 2 }\n"
           "pub open spec fn size() -> int { 3 }\npub open spec fn idx() -> int { 4 }\n"
           "fn t(start: u8, v: Vec<u8>) -> (size: usize) ensures size == start as usize,\n"
           "    forall|idx: int| 0 <= idx < 3 ==> idx < 5\n"
           "{ let k = len(); let len = v.len(); let s = start as usize; s }\n}\n")
    kept = _kept(src, "t")
    assert "fn len" in kept                        # called before the local `len` is bound
    assert not {"fn start", "fn size", "fn idx"} & kept
    # a path names the item even where a local has its name
    src2 = src.replace("let s = start as usize;", "let s = crate::start() as usize;")
    assert "fn start" in _kept(src2, "t")


def test_self_in_a_trait_calls_only_trait_fns():
    src = TYPES + ("pub trait Range { spec fn start(&self) -> int;\n"
                   "    #[verifier::when_used_as_spec(start)] fn exec_start(&self) -> (r: usize) ensures r == self.start(); }\n"
                   "impl A { pub open spec fn start(&self) -> int { 0 } }\n"
                   "impl Range for B { open spec fn start(&self) -> int { 1 } fn exec_start(&self) -> usize { 1 } }\n"
                   "fn t(a: A, b: B) requires a.v > 0 { let x = b.exec_start(); }\n}\n")
    kept = _kept(src, "t")
    assert "fn Range::start" in kept and "fn A::start" not in kept


def test_a_revealed_fn_stays_though_a_local_has_its_name():
    src = ("verus! {\n#[verifier::opaque]\npub open spec fn f(x: int) -> int { x }\n"
           "proof fn t(f: int) ensures f == f { reveal(f); }\n}\n")
    assert "fn f" in _kept(src, "t")


def test_a_leading_match_bar_binds_nothing():
    src = ("verus! {\npub open spec fn a() -> int { 1 }\npub enum E { X, Y }\n"
           "fn t(e: E) -> (r: int) { match e { | E::X => 0, | E::Y => 1 }; let z = (0, a()); 0 }\n}\n")
    assert "fn a" in _kept(src, "t")


def test_an_enums_variant_names_name_no_fn():
    src = ("verus! {\npub open spec fn start() -> int { 1 }\npub open spec fn stop() -> int { 2 }\n"
           "#[allow(non_camel_case_types)]\npub enum Label { start, #[allow(dead_code)] stop(u8), other { x: u8 } }\n"
           "fn t(l: Label) -> (r: u8) ensures l != Label::start ==> r == 0 { 0 }\n}\n")
    kept = _kept(src, "t")
    assert "enum Label" in kept and not {"fn start", "fn stop"} & kept
