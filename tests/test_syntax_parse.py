"""Golden tests of verusbench.syntax.parse on snippets written for these tests: every span is
checked through the text it covers."""

from __future__ import annotations

from verusbench.syntax import find_fn, fn_at, parse, segments, to_json

SRC = '''use vstd::prelude::*;
verus! {
#[verifier::external_body]
pub open spec fn f<T: Copy>(x: int, tracked t: T) -> (r: int)
    requires x > 0, if x > 1 { x > 2 } else { true },
        forall|i: int| 0 <= i < x ==> #[trigger] g(i) > 0,
    ensures
        r == match x { 0 => 1, _ => 2 },
        r > 0,
    decreases x when x > 0 via f_dec
{
    x + 1
}

proof fn lemma_a(x: int) ensures x + 0 == x {}

pub closed spec(checked) fn sc(s: Seq<int>) -> bool recommends s.len() > 0 { s =~= s }

fn main(v: &mut Vec<u8>) -> (n: u64)
    ensures n == 0,
{
    let mut i = 0;
    'outer: while i < 10
        invariant i <= 10, v.len() > 0,
        decreases 10 - i,
    {
        for j in 0..3 invariant i <= 10 { i = i; }
        i += 1;
    }
    loop invariant_except_break i >= 0 ensures i >= 0 { break; }
    proof { lemma_a(3); }
    assert(1 + 1 == 2) by (nonlinear_arith) requires i >= 0 { }
    assert(true) by { lemma_a(1); }
    assert(i >= 0);
    assert forall|k: int| k > 0 implies k >= 1 by { lemma_a(k); }
    let ghost g = 5;
    let tracked t = Tracked(x);
    reveal_with_fuel(f, 3);
    reveal(sc);
    hide(sc);
    assume(false);
    admit();
    calc! { (==) 1; {} 1; }
    0
}

impl<T> View for Foo<T> {
    type V = int;
    closed spec fn view(&self) -> int { 0 }
}
broadcast group g_all { lemma_a }
broadcast use g_all;
pub uninterp spec fn u(x: int) -> int;
pub broadcast axiom fn ax(x: int) ensures #[trigger] u(x) == 0;
assume_specification<T> [ Vec::<T>::len ](v: &Vec<T>) -> (n: usize) ensures n == v@.len();
global size_of usize == 8;
#[verifier(external)]
#[verus::internal(external_fn_specification)]
#[verifier::rlimit(20)]
fn ext() {}
} // verus!

#![allow(unused)]
#[cfg(test)]
mod tests { fn outside() -> u8 { 1 } }
'''


def T(pf, span):
    return pf.text(span)


def test_regions_items_and_modes():
    pf = parse(SRC)
    assert pf.ok, pf.diagnostics
    kinds = [(it.kind, it.name) for it in pf.items]
    assert ("use", "vstd::prelude::*") == kinds[0]
    assert [r.kind for r in pf.regions] == ["rust", "verus", "rust"]
    v = pf.regions[1].span
    assert T(pf, v).startswith("\n#[verifier::external_body]") and T(pf, v).endswith("fn ext() {}\n")
    f = find_fn(pf, "f")
    assert (f.mode, f.visibility, f.modifiers, f.in_verus) == ("spec", "pub", ["open"], True)
    assert T(pf, f.span).startswith("#[verifier::external_body]\npub open spec fn f")
    assert T(pf, f.signature) == "open spec fn f<T: Copy>(x: int, tracked t: T) -> (r: int)"
    assert T(pf, f.generics) == "<T: Copy>"
    assert [(p.name, p.mode, T(pf, p.type_span)) for p in f.params] == [("x", "", "int"), ("t", "tracked", "T")]
    assert T(pf, f.ret) == "-> (r: int)" and f.ret_name == "r"
    assert T(pf, f.body) == "{\n    x + 1\n}"
    assert find_fn(pf, "sc").mode == "spec(checked)"
    assert find_fn(pf, "lemma_a").mode == "proof"
    assert find_fn(pf, "main").mode == "exec"
    u = find_fn(pf, "u")
    assert u.modifiers == ["uninterp"] and u.body is None and T(pf, u.span).endswith(";")
    ax = find_fn(pf, "ax")
    assert ax.mode == "axiom" and "broadcast" in ax.modifiers and ax.body is None
    outside = find_fn(pf, "outside")
    assert outside.in_verus is False and outside.mode == "exec"
    mods = [it for it in pf.items if it.kind == "mod"]
    assert mods[0].name == "tests" and mods[0].children[0].name == "outside"
    assert mods[0].attrs[0].path == "cfg" and mods[0].attrs[0].args == "test"


def test_other_item_kinds():
    pf = parse(SRC)
    by_kind = {}
    for it in pf.walk():
        by_kind.setdefault(it.kind, []).append(it)
    imp = by_kind["impl"][0]
    assert imp.name == "Foo<T>" and [c.kind for c in imp.children] == ["type", "fn"]
    assert imp.children[1].impl_of == "Foo<T>" and imp.children[1].modifiers == ["closed"]
    assert T(pf, by_kind["broadcast_group"][0].span) == "broadcast group g_all { lemma_a }"
    assert by_kind["broadcast_use"][0].name == "g_all"
    a = by_kind["assume_specification"][0]
    assert a.name == "Vec::<T>::len" and [c.kind for c in a.clauses] == ["ensures"]
    assert T(pf, a.clauses[0].exprs[0]) == "n == v@.len()"
    assert T(pf, by_kind["global"][0].span) == "global size_of usize == 8;"
    assert by_kind["attr"][0].attrs[0].inner and by_kind["attr"][0].attrs[0].path == "allow"


def test_clauses_with_if_match_closure_and_decreases_when_via():
    pf = parse(SRC)
    f = find_fn(pf, "f")
    assert [c.kind for c in f.clauses] == ["requires", "ensures", "decreases"]
    req, ens, dec = f.clauses
    assert [T(pf, e) for e in req.exprs] == [
        "x > 0", "if x > 1 { x > 2 } else { true }",
        "forall|i: int| 0 <= i < x ==> #[trigger] g(i) > 0"]
    assert T(pf, req.span).startswith("requires x > 0") and T(pf, req.span).endswith("g(i) > 0,")
    assert T(pf, req.keyword) == "requires"
    assert [T(pf, e) for e in ens.exprs] == ["r == match x { 0 => 1, _ => 2 }", "r > 0"]
    assert [T(pf, e) for e in dec.exprs] == ["x"]
    assert T(pf, dec.when) == "x > 0" and T(pf, dec.via) == "f_dec"
    sc = find_fn(pf, "sc")
    assert [(c.kind, [T(pf, e) for e in c.exprs]) for c in sc.clauses] == [("recommends", ["s.len() > 0"])]


def test_body_brace_is_never_taken_for_expression_braces():
    src = """verus! {
fn a(x: u8) -> (r: u8)
    requires {
        &&& x > 0
        &&& x < 10
    },
    ensures r matches Some { v } ==> v > 0, r == if x > 1 { 1 } else { 2 }
{ x }
spec fn b<T>() -> nat where T: Foo<u8> { 0 }
fn c() decreases 1 via c_dec::<u8> { }
fn d(v: Vec<u8>) ensures forall|i| v[i] > 0 ==> { v[i] > 1 } { }
}"""
    pf = parse(src)
    assert pf.ok, pf.diagnostics
    a = find_fn(pf, "a")
    assert T(pf, a.body) == "{ x }"
    assert [T(pf, e) for e in a.clauses[0].exprs] == ["{\n        &&& x > 0\n        &&& x < 10\n    }"]
    assert [T(pf, e) for e in a.clauses[1].exprs] == [
        "r matches Some { v } ==> v > 0", "r == if x > 1 { 1 } else { 2 }"]
    assert T(pf, find_fn(pf, "b").body) == "{ 0 }"
    c = find_fn(pf, "c")
    assert T(pf, c.body) == "{ }" and T(pf, c.clauses[0].via) == "c_dec::<u8>"
    d = find_fn(pf, "d")
    assert T(pf, d.body) == "{ }"


def test_loops_nested_with_clauses():
    pf = parse(SRC)
    m = find_fn(pf, "main")
    assert [lp.kind for lp in m.loops] == ["while", "for", "loop"]
    w, fo, lo = m.loops
    assert w.label == "'outer" and T(pf, w.header) == "i < 10"
    assert [(c.kind, [T(pf, e) for e in c.exprs]) for c in w.clauses] == [
        ("invariant", ["i <= 10", "v.len() > 0"]), ("decreases", ["10 - i"])]
    assert T(pf, w.span).startswith("while i < 10") and T(pf, w.span).endswith("i += 1;\n    }")
    assert T(pf, fo.header) == "j in 0..3" and T(pf, fo.body) == "{ i = i; }"
    assert T(pf, fo.span) == "for j in 0..3 invariant i <= 10 { i = i; }"
    assert [c.kind for c in lo.clauses] == ["invariant_except_break", "ensures"]
    assert T(pf, lo.body) == "{ break; }"


def test_proof_nodes():
    pf = parse(SRC)
    m = find_fn(pf, "main")
    got = [(p.kind, T(pf, p.span), p.name, p.prover) for p in m.proofs]
    want = [
        ("proof_block", "proof { lemma_a(3); }", "", ""),
        ("lemma_call", "lemma_a(3)", "lemma_a", ""),
        ("assert_by", "assert(1 + 1 == 2) by (nonlinear_arith) requires i >= 0 { }", "", "nonlinear_arith"),
        ("assert_by", "assert(true) by { lemma_a(1); }", "", ""),
        ("lemma_call", "lemma_a(1)", "lemma_a", ""),
        ("assert", "assert(i >= 0)", "", ""),
        ("assert_forall", "assert forall|k: int| k > 0 implies k >= 1 by { lemma_a(k); }", "", ""),
        ("lemma_call", "lemma_a(k)", "lemma_a", ""),
        ("let_ghost", "let ghost g = 5", "", ""),
        ("let_tracked", "let tracked t = Tracked(x)", "", ""),
        ("reveal", "reveal_with_fuel(f, 3)", "f", ""),
        ("reveal", "reveal(sc)", "sc", ""),
        ("reveal", "hide(sc)", "sc", ""),
        ("assume", "assume(false)", "", ""),
        ("admit", "admit()", "", ""),
        ("calc", "calc! { (==) 1; {} 1; }", "", ""),
    ]
    assert got == want
    ab = m.proofs[2]
    assert [c.kind for c in ab.clauses] == ["requires"] and T(pf, ab.body) == "{ }"


def test_attributes_every_form():
    src = """#![verifier::exec_allows_no_decreases_clause]
#[verus_verify(external_body)]
fn o() {}
verus! {
#[verifier::external_body]
#[verifier::rlimit(20)]
#[verifier(external)]
#[verus::internal(uninterp)]
#[cfg(not(verus_keep_ghost))]
#[allow(dead_code)]
fn x() {}
}
"""
    pf = parse(src)
    top = pf.items[0]
    assert top.kind == "attr" and top.attrs[0].inner and top.attrs[0].name == "exec_allows_no_decreases_clause"
    o = find_fn(pf, "o")
    assert (o.attrs[0].style, o.attrs[0].name, o.in_verus) == ("verus_verify", "external_body", False)
    x = find_fn(pf, "x")
    got = [(a.path, a.name, a.style, a.args) for a in x.attrs]
    assert got == [
        ("verifier::external_body", "external_body", "verifier_path", ""),
        ("verifier::rlimit", "rlimit", "verifier_path", "20"),
        ("verifier::external", "external", "verifier_paren", ""),
        ("verus::internal", "uninterp", "verus_internal", "uninterp"),
        ("cfg", "", "cfg", "not(verus_keep_ghost)"),
        ("allow", "", "other", "dead_code"),
    ]
    assert T(pf, x.attrs[1].span) == "#[verifier::rlimit(20)]"


def test_fn_at_segments_and_json():
    pf = parse(SRC)
    off = SRC.encode().index(b"lemma_a(3)")
    assert fn_at(pf, off).name == "main"
    view_off = SRC.encode().index(b"{ 0 }")
    assert fn_at(pf, view_off).name == "view"
    assert fn_at(pf, 0) is None
    segs = segments(pf)
    assert b"".join(pf.source[s:e] for _, (s, e) in segs) == pf.source
    assert all(a[1][1] == b[1][0] for a, b in zip(segs, segs[1:]))
    assert segs[0] == ("item:use", (0, 21))
    j = to_json(pf, "x.rs")
    assert j["path"] == "x.rs" and j["ok"] is True and j["diagnostics"] == []
    f = next(i for i in j["items"] if i["name"] == "f")
    assert set(f) >= {"kind", "name", "mode", "span", "body", "clauses", "loops", "attrs"}
    assert f["clauses"][0]["kind"] == "requires" and len(f["clauses"][0]["exprs"]) == 3
    mj = next(i for i in j["items"] if i["name"] == "main")
    assert mj["loops"][0]["kind"] == "while" and mj["loops"][0]["clauses"][0]["kind"] == "invariant"


def test_bad_input_gives_diagnostics_and_keeps_items():
    src = b"verus! {\nspec fn ok() -> int { 1 }\nfn broken(x: u8 { \n"
    pf = parse(src)
    assert not pf.ok
    assert find_fn(pf, "ok") is not None and T(pf, find_fn(pf, "ok").body) == "{ 1 }"
    assert any("unclosed" in d.message for d in pf.diagnostics)
    d = pf.diagnostics[0]
    assert d.line >= 1 and d.col >= 1
    for bad in [b"", b"\xff\xfe\x00garbage", b"fn", b"verus! {", b"}}}", b"\"open", b"/* open"]:
        pf = parse(bad)
        assert b"".join(pf.source[s:e] for _, (s, e) in segments(pf)) == bad
    assert parse(b"").ok and parse(b"").items == []
    pf = parse(b"fn f() {}\n\xff")
    assert any("UTF-8" in d.message for d in pf.diagnostics) and find_fn(pf, "f") is not None


def test_verus_spec_attribute_and_state_machine():
    src = """#[verus_spec(r =>
    requires x > 0,
    ensures r == x,
)]
fn id(x: u8) -> u8 { x }
verus! {
tokenized_state_machine!{ Counter {
    fields { #[sharding(variable)] pub n: nat }
    #[invariant]
    pub fn inv(&self) -> bool { self.n >= 0 }
    proof fn helper(x: nat) requires x > 0 ensures x >= 1 {}
}}
}
"""
    pf = parse(src)
    assert pf.ok, pf.diagnostics
    f = find_fn(pf, "id")
    assert [(c.kind, [T(pf, e) for e in c.exprs]) for c in f.clauses] == [
        ("requires", ["x > 0"]), ("ensures", ["r == x"])]
    h = find_fn(pf, "helper")
    assert h is not None and [c.kind for c in h.clauses] == ["requires", "ensures"]
