"""Invocations of a `macro_rules!` that expands to one trait impl (`impl_read_fallible!(A, B)`
in vostd) are slices' trait impls, kept as the trait-impl rules keep one (verusbench.slice),
no longer with every slice of their module; every other invocation stays ambient."""

from verusbench.slice import CrateGraph, slice_text
from verusbench.syntax import parse

GEN = """use vstd::prelude::*;

verus! {
pub trait Go<W> { fn go(&self) -> u8; }
pub struct R { v: u8 }
pub struct Other { w: u8 }
pub open spec fn helper_of_the_impl() -> bool { true }
}

macro_rules! impl_go {
    ($a:ty) => {
        ::vstd::prelude::verus! {
        impl Go<$a> for R {
            fn go(&self) -> u8 { proof { assert(helper_of_the_impl()); } 0 }
        }
        }
    };
}

macro_rules! make_fn { ($n:ident) => { verus! { fn $n() {} } }; }

macro_rules! impl_for { ($t:ty, $tr:ident) => { impl $tr for $t {} }; }

impl_go!(u8);
impl_go!(u16);
make_fn!(made);
impl_for!(Other, Copy);

verus! {
fn other_only(o: Other) -> (r: u8) ensures r == 0 { 0 }
fn uses_go(r: R) -> u8 { r.go() }
fn names_r(r: R) -> u8 { 0 }
}
"""


def _slice(target: str) -> str:
    sl = slice_text(GEN, target)
    assert parse(sl.text).diagnostics == [], sl.text
    return sl.text


def test_the_generator_and_its_trait_and_type_are_read_from_the_definition():
    g = CrateGraph(parse(GEN))
    gens = {g.tokens(*g.by_id[i].span)[0][3]: v for i, v in g.gen_impls.items()}
    assert gens == {"u8": ("Go", "R"), "u16": ("Go", "R")}
    # a fn-defining macro and an impl whose trait the invocation supplies stay ambient
    ambient = [" ".join(g.tokens(*a.span)[0][:3]) for a in g.ambient_in.get(None, ()) if a.kind == "macro"]
    assert ambient == ["make_fn ! (", "impl_for ! ("]


def test_a_slice_that_needs_no_impl_of_the_trait_drops_the_invocations():
    text = _slice("other_only")
    assert "impl_go!(u8)" not in text and "macro_rules! impl_go" not in text
    assert "helper_of_the_impl" not in text
    assert "make_fn!(made)" in text and "impl_for!(Other, Copy)" in text   # ambient as before
    # R is kept but its trait is not: no impl of Go is needed
    text = _slice("names_r")
    assert "struct R" in text and "impl_go!" not in text and "trait Go" not in text


def test_calling_the_traits_method_keeps_the_impls_their_macro_and_what_it_names():
    text = _slice("uses_go")
    assert "impl_go!(u8);" in text and "impl_go!(u16);" in text and "macro_rules! impl_go" in text
    assert "pub trait Go<W>" in text and "fn helper_of_the_impl" in text
