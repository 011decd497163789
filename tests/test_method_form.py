"""verusbench.method_form: a method of an inherent impl rewritten as a free fn, token by
token; what cannot be one is Refused with the reason."""

from __future__ import annotations

import pytest

from verusbench.method_form import Refused, free_fn
from verusbench.syntax import parse


def _free(impl_text: str, name: str, **kw) -> str:
    src = f"verus! {{\n{impl_text}\n}} // verus!\n"
    pf = parse(src)
    assert not pf.diagnostics, pf.diagnostics
    imp = next(it for it in pf.walk() if it.kind == "impl")
    fn = next(c for c in imp.children if c.name == name)
    return free_fn(pf.source, imp, fn, **kw).decode()


@pytest.mark.parametrize("recv, param", [
    ("self", "self_: Seq<A>"),
    ("&self", "self_: &Seq<A>"),
    ("tracked &mut self", "tracked self_: &mut Seq<A>"),
    ("tracked self", "tracked self_: Seq<A>"),
    ("&'a self", "self_: &'a Seq<A>"),
    ("tracked self: &Self", "tracked self_: & Seq<A>"),
])
def test_receivers_become_a_parameter_of_the_impls_type(recv, param):
    out = _free(f"impl<A> Seq<A> {{\n    pub proof fn f(ENDRECV, x: int) ensures x == x {{ }}\n}}"
                .replace("ENDRECV", recv), "f")
    assert out.startswith(f"pub proof fn f<A>({param}, x: int)"), out


def test_self_and_self_type_are_renamed_and_old_self_follows():
    out = _free("""impl<A> Seq<A> {
    pub proof fn g(tracked &mut self, other: Self)
        ensures self.len() == old(self).len(), Self::empty().len() == 0,
    {
        let s: Self = Self::empty();
    }
}""", "g")
    assert "other: Seq<A>" in out and "self_.len() == old(self_).len()" in out
    assert "Seq::<A>::empty().len()" in out and "let s: Seq<A> = Seq::<A>::empty();" in out
    assert "self" not in out.replace("self_", "")


def test_impl_generics_go_first_lifetimes_before_types():
    out = _free("impl<'a, K, V: Clone> M<'a, K, V> {\n    pub proof fn h<T>(self, t: T) { }\n}", "h")
    assert out.startswith("pub proof fn h<'a, K, V: Clone, T>(self_: M<'a, K, V>, t: T)")
    # a closing `>>` of nested generics is split right
    out = _free("impl<K, P: Protocol<K>> S<K, P> {\n    proof fn z() { }\n}", "z")
    assert out.startswith("proof fn z<K, P: Protocol<K>>()")
    with pytest.raises(Refused, match="lifetimes"):
        _free("impl<A> S<A> {\n    fn q<'b>(&'b self) { }\n}", "q")


def test_calls_of_the_fn_itself_stay_recursion():
    out = _free("""impl<A> Seq<A> {
    pub proof fn r(self, n: nat)
        decreases n,
    {
        if n > 0 {
            self.drop_last().r((n - 1) as nat);
            Self::r(self.drop_last(), (n - 1) as nat);
            self.r((n - 1) as nat);
        }
    }
}""", "r", unique=True)
    assert "r(self_.drop_last(), (n - 1) as nat);" in out
    assert out.count("r(self_.drop_last(), (n - 1) as nat);") == 2
    assert "r(self_, (n - 1) as nat);" in out
    assert ".r(" not in out and "::r(" not in out


def test_a_call_of_the_name_on_another_receiver_needs_the_name_to_be_unique():
    impl = """impl<A> Set<A> {
    pub proof fn lemma_u(self)
    {
        self.to_iset().lemma_u();
    }
}"""
    # an ISet method of the same name may be what it calls: not made a recursion
    with pytest.raises(Refused, match="another type"):
        _free(impl, "lemma_u")
    assert "lemma_u(self_.to_iset());" in _free(impl, "lemma_u", unique=True)


@pytest.mark.parametrize("body, why", [
    ("self.dummy == 0", "reads a field"),
    ("Self { dummy: 1 } == self", "from its fields"),
    ("Bag { dummy: 1 } == self", "from its fields"),
    ("Bag::<A> { dummy: 1 } == self", "from its fields"),
])
def test_what_a_client_cannot_write_is_refused(body, why):
    impl = f"impl<A> Bag<A> {{\n    pub proof fn k(self) {{\n        let b = {body};\n    }}\n}}"
    with pytest.raises(Refused, match=why):
        _free(impl, "k", fields=frozenset({"dummy"}))


def test_trait_impls_and_where_clauses_are_refused():
    with pytest.raises(Refused, match="trait impl"):
        _free("impl<A> View for Bag<A> {\n    proof fn w(self) { }\n}", "w")
    with pytest.raises(Refused, match="where clause"):
        _free("impl<A> Bag<A> where A: Copy {\n    proof fn w(self) { }\n}", "w")


def test_a_public_field_is_read_through_the_parameter():
    impl = "impl<A> Bag<A> {\n    pub proof fn k(self) {\n        let b = self.dummy == 0 && self.secret == 1;\n    }\n}"
    with pytest.raises(Refused, match="reads a field"):        # `secret` is private
        _free(impl, "k", fields=frozenset({"dummy", "secret"}), public=frozenset({"dummy"}))
    ok = impl.replace(" && self.secret == 1", "")
    out = _free(ok, "k", fields=frozenset({"dummy", "secret"}), public=frozenset({"dummy"}))
    assert "self_.dummy == 0" in out and "self." not in out


def test_public_fields_are_plain_pub_of_a_struct_verus_shows():
    from verusbench.client import _fields
    pf = parse(b"pub struct A { pub x: u8, pub(crate) y: u8, z: u8 }\n"
               b"#[verifier::external_body]\npub struct B { pub x: u8 }\n"
               b"pub(crate) struct D { pub x: u8 }\n")
    assert _fields(pf.source, pf.items[0], public=True) == frozenset({"x"})
    assert _fields(pf.source, pf.items[0]) == frozenset({"x", "y", "z"})
    assert _fields(pf.source, pf.items[1], public=True) == frozenset()
    assert _fields(pf.source, pf.items[2], public=True) == frozenset()     # the struct is not pub


def test_a_type_whose_fields_are_all_public_may_be_built():
    impl = "impl<A> Bag<A> {\n    pub proof fn k(self) {\n        let b = Self { dummy: 1 } == self;\n    }\n}"
    with pytest.raises(Refused, match="from its fields"):      # one field private
        _free(impl, "k", fields=frozenset({"dummy", "secret"}), public=frozenset({"dummy"}))
    out = _free(impl, "k", fields=frozenset({"dummy"}), public=frozenset({"dummy"}))
    assert "Bag::<A> { dummy: 1 } == self_" in out        # a struct expression takes the turbofish
