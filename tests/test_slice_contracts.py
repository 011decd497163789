"""Contracts mode of the slicer: dependency exec/proof fns become trusted contracts
(`#[verifier::external_body]`, body replaced), the closure follows only what their heads
mention, and the target, spec fns and everything Verus reads stay byte-exact."""

from __future__ import annotations

from verusbench.minimize import Crate, _slice_unit
from verusbench.slice import STUB_ATTR, code_tokens, slice_fn
from verusbench.syntax import parse

FILE = """use vstd::prelude::*;
verus! {

pub open spec fn double(x: int) -> int { x * 2 }

pub open spec fn only_in_a_proof(x: int) -> int { x }

/// A lemma the target calls; its proof uses another lemma.
pub proof fn lemma_double(x: int)
    requires x >= 0,
    ensures double(x) >= x,
{
    lemma_inner(x);
    assert(only_in_a_proof(x) == x);
}

proof fn lemma_inner(x: int)
    ensures x + 0 == x,
{
}

pub struct S { pub v: u64 }

pub struct OnlyInABody { pub w: u64 }

impl S {
    pub fn get(&self) -> (r: u64)
        ensures r == self.v,
    {
        let o = OnlyInABody { w: self.v };
        o.w
    }
}

impl Clone for S {
    fn clone(&self) -> (r: Self)
        ensures r == *self,
    {
        S { v: helper(self.v) }
    }
}

fn helper(a: u64) -> (r: u64) ensures r == a { a }

pub fn ping(n: u64) -> u64
    decreases n,
{
    if n == 0 { 0 } else { target(n - 1) }
}

pub fn target(n: u64) -> (r: u64)
    requires n < 100,
    ensures r == 0,
    decreases n,
{
    proof { lemma_double(n as int); }
    let s = S { v: 0 };
    let t = s.clone();
    let _ = t.get();
    if n == 0 { 0 } else { ping(n - 1) }
}

fn unrelated() {}
}
"""


def _slice(contracts: bool, name: str = "target", text: str = FILE):
    pf = parse(text)
    fn = next(it for it in pf.walk() if it.kind == "fn" and it.name == name)
    return slice_fn(pf, fn, contracts=contracts), fn, pf


def test_dependency_bodies_become_contracts_and_their_closure_goes():
    full, _, _ = _slice(False)
    sl, fn, pf = _slice(True)
    assert sorted(sl.trusted_items) == ["fn S::clone", "fn S::get", "fn lemma_double"]
    for gone in ("lemma_inner", "only_in_a_proof", "OnlyInABody", "fn helper", "unrelated"):
        assert gone not in sl.text, gone
    for gone in ("lemma_inner", "only_in_a_proof", "OnlyInABody", "fn helper"):
        assert gone in full.text, gone          # what the bodies mention: kept without contracts
    assert sl.text.count(STUB_ATTR.decode()) == 3 and "unimplemented!()" in sl.text
    # heads stay byte-exact: signature and spec clauses of each contract
    assert ("#[verifier::external_body]\npub proof fn lemma_double(x: int)\n    requires x >= 0,\n"
            "    ensures double(x) >= x,\n{\n    unimplemented!()\n}") in sl.text
    assert "    #[verifier::external_body]\n    pub fn get(&self) -> (r: u64)\n        ensures r == self.v,\n" in sl.text
    assert "pub open spec fn double(x: int) -> int { x * 2 }" in sl.text   # spec bodies are meaning
    assert sl.context_tokens == code_tokens(sl.text) < full.context_tokens
    got = sl.text.encode()[sl.target_span[0]:sl.target_span[1]]
    assert got == pf.source[fn.span[0]:fn.span[1]]
    assert not parse(sl.text).diagnostics


def test_a_fn_calling_the_target_keeps_its_body():
    """`ping` calls the target back: a contract would hide the cycle the target's
    termination proof is about, so it stays whole."""
    sl, _, _ = _slice(True)
    assert "fn ping" in sl.text and "ping" not in " ".join(sl.trusted_items)
    assert "if n == 0 { 0 } else { target(n - 1) }" in sl.text


def test_already_trusted_spec_and_macro_fns_are_not_stubbed():
    text = FILE.replace("fn helper(a: u64)", "#[verifier::external_body]\nfn helper(a: u64)").replace(
        "fn unrelated() {}", "fn user() { let x = helper(1); }")
    sl, _, _ = _slice(True, "user", text)
    assert sl.trusted_items == []                         # helper is already external_body
    assert sl.text.count("external_body") == 1


def test_slice_without_contracts_is_unchanged_by_the_mode_switch():
    """The default mode gives the same text as before contracts existed: no edits."""
    full, _, _ = _slice(False)
    assert full.edits == [] and full.trusted_items == [] and STUB_ATTR.decode() not in full.text


def test_crate_check_sees_the_edited_text():
    """minimize's per-module parse check applies the contracts' edits: the slice it accepts is
    the slice it checked, and the fn's exact text is found in it."""
    _, fn, pf = _slice(True)
    cr = Crate("src/lib.rs", FILE, pf)
    sl = slice_fn(pf, fn, cr.graph(), contracts=True)
    assert cr.check(sl) == ""
    assert cr.pieces and all(b"unimplemented!()" in p and b"lemma_inner" not in p for p in cr.pieces)

    class U:   # the fields _slice_unit reads of a units.Unit
        src = FILE.encode()
        fn_name = "target"
    U.fn = fn
    ch = _slice_unit(cr, U, code_tokens(FILE), contracts=True)
    assert ch.trusted_items == sorted(sl.trusted_items, key=sl.trusted_items.index)
    assert ch.text == sl.text and ch.context_tokens < code_tokens(FILE)
