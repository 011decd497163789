"""Golden tests for forms of upstream-valid Verus that once gave false diagnostics or missed
clauses (one snippet per parser fix; snippets written for these tests)."""

from __future__ import annotations

from verusbench.syntax import find_fn, parse


def _clean(src: str):
    pf = parse(src)
    assert pf.ok, [d.message for d in pf.diagnostics]
    return pf


def _txt(src: str, span) -> str:
    return src.encode()[span[0]:span[1]].decode()


def test_inner_trigger_attribute_before_block_operand():
    src = """verus! {
proof fn l()
    ensures
        forall|x: u64| #![trigger f(x)] {
            &&& f(x) > 0
            &&& g(x)
        } ==> h(x),
        forall|y: int| #![auto] y == y,
{
}
}"""
    f = find_fn(_clean(src), "l")
    (ens,) = f.clauses
    assert len(ens.exprs) == 2
    assert _txt(src, ens.exprs[0]).endswith("} ==> h(x)")
    assert _txt(src, f.body) == "{\n}"


def test_empty_and_argumentless_clauses_before_body():
    src = """verus! {
fn a() -> u8
    opens_invariants none
    no_unwind
{
    0
}
proof fn b()
    requires
{
}
fn c() {
    loop
        invariant
    {
    }
}
}"""
    pf = _clean(src)
    a = find_fn(pf, "a")
    assert [c.kind for c in a.clauses] == ["opens_invariants", "no_unwind"]
    assert a.clauses[1].exprs == []
    assert _txt(src, a.body).strip("{} \n") == "0"
    b = find_fn(pf, "b")
    assert [c.kind for c in b.clauses] == ["requires"] and b.body is not None
    c = find_fn(pf, "c")
    assert len(c.loops) == 1 and c.loops[0].body is not None


def test_block_expressions_as_clause_expressions():
    src = """verus! {
fn d(n: u8) -> (r: u8)
    ensures
        r <= n,
        {
            let m = n;
            r <= m
        },
        {
            let k = n;
            k >= r
        }
{
    n
}
fn e(x: u32) {
    let mut y = x;
    while 1 <= y
        invariant
            y <= x,
    {
        y = y - 1;
    }
    (y, x);
}
}"""
    pf = _clean(src)
    d = find_fn(pf, "d")
    assert len(d.clauses[0].exprs) == 3
    assert _txt(src, d.body).strip("{} \n") == "n"
    e = find_fn(pf, "e")
    assert _txt(src, e.loops[0].body).strip("{} \n") == "y = y - 1;"


def test_atomically_loop_with_closure_params():
    src = """verus! {
fn g(v: &Atom) {
    let prev = inc(v) atomically loop |update|
        invariant
            v.ok(),
    {
        update(v);
    };
}
}"""
    g = find_fn(_clean(src), "g")
    (lp,) = g.loops
    assert lp.kind == "loop" and [c.kind for c in lp.clauses] == ["invariant"]
    assert _txt(src, lp.body).strip("{}; \n") == "update(v)"


def test_path_macro_item_and_assume_specification_of_a_const():
    src = """verus! {
bitflags::bitflags! {
    pub struct Flags: u8 { const A = 1; }
}
assume_specification[EXTERNAL_C] -> u8
    returns
        7u8,
;
}"""
    pf = _clean(src)
    kinds = [(it.kind, it.name) for it in pf.items]
    assert ("macro", "bitflags") in kinds
    spec = [it for it in pf.items if it.kind == "assume_specification"][0]
    assert spec.name == "EXTERNAL_C" and [c.kind for c in spec.clauses] == ["returns"]


def test_outer_attribute_on_expression_outside_verus():
    src = """fn t(y: u32) {
    (#[verus_spec(with Tracked(&mut y))]
    g(0u32));
}
"""
    assert parse(src).ok
    assert not parse("fn t( {\n").ok   # real Rust errors outside verus! are still reported


def test_atomic_update_clauses_are_found():
    src = """verus! {
pub fn inc(v: &Atom) -> (out: u64)
    atomically (au) {
        type P,
        (p: Perm) -> (r: Result<Perm, Perm>),
        requires
            p.ok(),
        ensures match r { Ok(q) => q.ok(), Err(_) => true },
    },
    requires v.wf(),
{
    0
}
}"""
    f = find_fn(_clean(src), "inc")
    assert [c.kind for c in f.clauses] == ["requires"]
    (au,) = [p for p in f.proofs if p.kind == "atomic_update"]
    assert au.name == "au" and [c.kind for c in au.clauses] == ["requires", "ensures"]
    assert _txt(src, au.clauses[1].exprs[0]).startswith("match r {")
    assert _txt(src, f.body).strip("{} \n") == "0"


def test_verus_spec_attribute_on_loops_and_consts():
    src = """fn w(n: u32) {
    let mut i = 0;
    #[verus_spec(
        invariant i <= n,
        decreases n - i
    )]
    while i < n {
        i += 1;
    }
    #[verus_spec(it =>
        invariant i == n,
    )]
    for _ in 0..n {
    }
}
#[verus_spec(ensures true)]
const C: u8 = 1;
"""
    pf = _clean(src)
    w = find_fn(pf, "w")
    assert [[c.kind for c in lp.clauses] for lp in w.loops] == [
        ["invariant", "decreases"], ["invariant"]]
    c = [it for it in pf.items if it.kind == "const"][0]
    assert [cl.kind for cl in c.clauses] == ["ensures"]


def test_verus_macro_aliases_nested_and_harness_macros():
    src = """use verus as verus_;
verus_! {
proof fn a() ensures true {}
}
const S: &str = verus_code_str! {
    proof fn b() requires true {}
};
const T: &str = code_str! { let x = 1; assert(x == 1); };
test_macro! {
    #[test] t code! {
        #[verus_spec(requires true)]
        fn c() {}
    } => Ok(())
}
m! { ::verus_builtin_macros::verus! { spec fn d() -> int { 1 } } }
"""
    pf = _clean(src)
    fns = {it.name: it for it in pf.walk() if it.kind == "fn"}
    assert sorted(fns) == ["a", "b", "c", "d"]
    assert [c.kind for c in fns["c"].clauses] == ["requires"]
    assert fns["a"].in_verus and fns["b"].in_verus and not fns["c"].in_verus


def test_verus_spec_loop_ensures_is_counted_once():
    src = """fn u(n: u32) {
    let mut i = 0;
    #[verus_spec(
        invariant_except_break i <= n,
        ensures i == n,
        decreases n - i
    )]
    loop {
        if i == n { break; }
        i += 1;
    }
}
"""
    u = find_fn(_clean(src), "u")
    assert [c.kind for c in u.loops[0].clauses] == [
        "invariant_except_break", "ensures", "decreases"]
    assert not [p for p in u.proofs if p.clauses]   # no stray closure spec for the `ensures`


def test_atomic_block_clauses_and_stray_invariant_diagnostic():
    src = """verus! {
fn k(tok: Token) {
    f() atomically |update|
        invariant tok.ok(),
    {
        update(tok);
    }
}
}"""
    k = find_fn(_clean(src), "k")
    (blk,) = [p for p in k.proofs if p.kind == "atomic_block"]
    assert [c.kind for c in blk.clauses] == ["invariant"]
    assert _txt(src, blk.body).strip("{} \n") == "update(tok);"
    bad = parse("verus! {\nfn m(n: u64) {\n    let mut i = 0;\n    while i < n {\n"
                "        invariant i <= n,\n        i += 1;\n    }\n}\n}")
    assert [d.message for d in bad.diagnostics] == ["`invariant` outside a loop header"]
    assert bad.diagnostics[0].line == 5
    assert find_fn(bad, "m").loops   # the rest is still recognised


def test_verus_spec_under_cfg_attr():
    src = """#[cfg_attr(not(x), verus_spec(
    ensures C == 0
))]
const C: u64 = 0;
#[cfg_attr(verus_keep_ghost, verus_spec(r => requires n > 0))]
fn f(n: u64) -> u64 {
    #[cfg_attr(not(x), verus_spec(
        invariant n > 0,
    ))]
    for i in 0..n {
    }
    n
}
"""
    pf = _clean(src)
    c = [it for it in pf.items if it.kind == "const"][0]
    assert [cl.kind for cl in c.clauses] == ["ensures"]
    f = find_fn(pf, "f")
    assert [cl.kind for cl in f.clauses] == ["requires"] and f.ret_name == "r"
    assert [cl.kind for cl in f.loops[0].clauses] == ["invariant"]
