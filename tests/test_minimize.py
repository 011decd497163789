"""minimize_group: units sliced within their inlined crate (or their own file), reasons for
what cannot be, determinism, and task rows cut from a sliced unit reassembling byte-exact."""

from __future__ import annotations

from verusbench import constants as C
from verusbench.corpus import CorpusRecord
from verusbench.minimize import SliceChoice, Crate, minimize_group, unit_from_slice
from verusbench.slice import slice_fn
from verusbench.syntax import parse
from verusbench.tasks import spec_from_code
from verusbench.units import extract_units

LIB = """use vstd::prelude::*;
pub mod foo;
mod unused;
verus! {
use crate::foo::{double, Pair};

pub fn top(p: Pair) -> (r: u64)
    requires p.a < 100,
    ensures r == double(p.a as int),
{
    (p.a as u64) * 2
}
} // verus!
"""
FOO = """use vstd::prelude::*;
verus! {
pub(crate) struct Pair { pub a: u32 }

pub open spec fn double(x: int) -> int { 2 * x }

pub open spec fn spare(x: int) -> int { x }

pub(crate) fn in_foo(p: Pair) -> (r: u32)
    requires p.a < 10,
    ensures r == p.a,
{
    p.a
}
} // verus!
"""
UNUSED = "verus! {\npub fn far_away() -> (r: u8) ensures r == 1 { 1 }\n}\n"
ALONE = """use vstd::prelude::*;
verus! {
spec fn sq(x: int) -> int { x * x }
spec fn cube(x: int) -> int { x * x * x }
fn lone(x: u8) -> (r: u8) requires x < 10 ensures r as int == sq(x as int) - sq(x as int) + x { x }
}
"""


def _rec(path: str, text: str) -> CorpusRecord:
    return CorpusRecord("src1", "o/r", "c1", path, C.ROLE_PROJECT, "MIT", text)


def _group(files: dict[str, str]):
    recs = [_rec(p, t) for p, t in files.items()]
    units = {r.path: extract_units(r, parse(r.text))[0] for r in recs}
    return recs, units


def _crate_files():
    return {"crate/src/lib.rs": LIB, "crate/src/foo.rs": FOO, "crate/src/unused.rs": UNUSED,
            "examples/alone.rs": ALONE}


def test_multi_file_crate_units_sliced_within_the_crate():
    recs, units = _group(_crate_files())
    res = minimize_group(recs, units)
    assert res.crates == ["crate/src/lib.rs", "examples/alone.rs"]
    assert res.inline_problems == {"crate/src/lib.rs": [], "examples/alone.rs": []}
    (top,) = res.by_path["crate/src/lib.rs"]
    assert isinstance(top, SliceChoice) and top.crate_root == "crate/src/lib.rs"
    # the fn's spec pulls double and Pair from foo.rs; spare, in_foo and mod unused go
    assert "pub open spec fn double" in top.text and "pub(crate) struct Pair" in top.text
    assert "spare" not in top.text and "in_foo" not in top.text and "far_away" not in top.text
    assert "use crate::foo::{double, Pair};" in top.text and "pub mod foo {" in top.text
    assert parse(top.text).diagnostics == []
    fn = units["crate/src/lib.rs"][0]
    assert top.text.encode()[top.fn_span[0]:top.fn_span[1]] == fn.fn_text().encode()
    assert top.whole_tokens > 0 and 0 < top.context_tokens
    assert "fn top" in top.kept_items and "mod unused" in top.dropped_items
    (in_foo,) = res.by_path["crate/src/foo.rs"]
    assert isinstance(in_foo, SliceChoice) and in_foo.crate_root == "crate/src/lib.rs"
    assert "pub(crate) fn in_foo" in in_foo.text and "fn top" not in in_foo.text
    # a file that is its own crate is sliced within itself
    (lone,) = res.by_path["examples/alone.rs"]
    assert isinstance(lone, SliceChoice) and lone.crate_root == "examples/alone.rs"
    assert "spec fn sq" in lone.text and "cube" not in lone.text


def test_deterministic_whatever_the_input_order():
    recs, units = _group(_crate_files())
    a = minimize_group(recs, units)
    b = minimize_group(list(reversed(recs)), dict(reversed(list(units.items()))))
    assert list(a.choices()) == list(b.choices())
    assert a.crates == b.crates


def test_file_that_fails_to_parse_gives_reasons_not_exceptions():
    files = _crate_files()
    files["crate/src/foo.rs"] = FOO + "\nfn broken( {\n"     # breaks the inlined crate
    recs = [_rec(p, t) for p, t in files.items()]
    units = {r.path: extract_units(r, parse(r.text))[0] for r in recs if r.path != "crate/src/foo.rs"}
    res = minimize_group(recs, units)
    kinds = [p.kind for p in res.inline_problems["crate/src/lib.rs"]]
    assert kinds == ["parse"]
    (top,) = res.by_path["crate/src/lib.rs"]
    assert isinstance(top, str) and "crate crate/src/lib.rs has" in top and "syntax diagnostics" in top
    # the other crate is unaffected
    assert isinstance(res.by_path["examples/alone.rs"][0], SliceChoice)


def test_inline_crash_falls_back_to_per_file(monkeypatch):
    import verusbench.minimize as M

    def boom(files):
        raise RuntimeError("inliner bug")
    monkeypatch.setattr(M, "inline_files", boom)
    recs, units = _group(_crate_files())
    res = minimize_group(recs, units)
    assert res.inline_error == "inlining failed: RuntimeError: inliner bug"
    (in_foo,) = res.by_path["crate/src/foo.rs"]
    assert isinstance(in_foo, SliceChoice) and in_foo.crate_root == "crate/src/foo.rs"


def test_fn_not_located_is_a_reason():
    recs, units = _group(_crate_files())
    u = units["examples/alone.rs"][0]
    # a unit whose fn text is not in its crate (e.g. the record changed after extraction)
    other = extract_units(_rec("x.rs", UNUSED), parse(UNUSED))[0][0]
    units["examples/alone.rs"] = [u, other]
    res = minimize_group(recs, units)
    assert isinstance(res.by_path["examples/alone.rs"][0], SliceChoice)
    assert res.by_path["examples/alone.rs"][1] == "fn far_away not located in crate examples/alone.rs"


def test_piecewise_parse_check_catches_a_bad_slice():
    text = "pub mod a {\n    pub fn f() {}\n}\npub mod b {\n    pub fn g() {}\n}\nfn t() { a::f(); }\n"
    cr = Crate("lib.rs", text)
    pf = cr.parsed()
    t = next(it for it in pf.walk() if it.name == "t")
    sl = slice_fn(pf, t, cr.graph())
    assert cr.check(sl) == ""
    # a cut that tears a module's braces apart must be reported
    s = text.index("pub fn f")
    sl.cuts = sorted(sl.cuts + [(s, s + len("pub fn f() {"))])
    sl.text = sl.text + " "
    assert cr.check(sl).startswith("slice does not parse")


def test_task_row_from_a_sliced_unit_reassembles_byte_exact():
    recs, units = _group(_crate_files())
    res = minimize_group(recs, units)
    for path in ("crate/src/lib.rs", "crate/src/foo.rs", "examples/alone.rs"):
        u = units[path][0]
        su = unit_from_slice(res.by_path[path][0], u)
        assert su.text == res.by_path[path][0].text and su.fn_text() == u.fn_text()
        assert su.fn.clauses and [c.kind for c in su.fn.clauses] == [c.kind for c in u.fn.clauses]
        rows = spec_from_code.build(su)
        assert rows
        for row in rows:
            assert row.context.replace(C.HOLE, row.target, 1) == su.text == row.reference_file


def test_only_smaller_stops_exactly_the_closures_not_smaller_than_their_file():
    """`only_smaller` gives NOT_SMALLER exactly where the full slice holds at least the
    file's tokens, and the very same slice everywhere else."""
    from verusbench.minimize import NOT_SMALLER, inline_group, slice_group
    files = _crate_files()
    # foo.rs's own fn needs nearly all of foo.rs: with the crate's `pub mod` wrapper its
    # slice is no smaller than the file; lib.rs's `top` drops most of the crate
    recs, units = _group(files)
    full = slice_group(inline_group(recs), units)
    fast = slice_group(inline_group(recs), units, only_smaller=True)
    seen = set()
    for (path, i, a), (_, _, b) in zip(full.choices(), fast.choices()):
        assert isinstance(a, SliceChoice)
        if a.context_tokens >= a.whole_tokens:
            assert b == NOT_SMALLER
        else:
            assert isinstance(b, SliceChoice) and b.text == a.text and b.context_tokens == a.context_tokens
        seen.add(b == NOT_SMALLER)
    assert seen == {True, False}      # the fixture has both kinds


def test_slice_budget_is_a_lower_bound_of_the_slice():
    recs, units = _group({"examples/alone.rs": ALONE})
    cr = Crate("examples/alone.rs", ALONE)
    pf = cr.parsed()
    t = next(it for it in pf.walk() if it.kind == "fn" and it.name == "lone")
    sl = slice_fn(pf, t, cr.graph())
    stopped = []
    for budget in range(1, sl.context_tokens + 2):
        got = slice_fn(pf, t, cr.graph(), budget=budget)
        if got is None:     # only ever when the slice really holds `budget` tokens
            assert sl.context_tokens >= budget
            stopped.append(budget)
        else:
            assert got.text == sl.text and got.context_tokens == sl.context_tokens
    assert stopped and stopped == list(range(1, stopped[-1] + 1))   # a bound: small budgets stop
    assert slice_fn(pf, t, cr.graph(), budget=sl.context_tokens + 1) is not None


# a lemma of another module: a call of it is a lemma call only where the file defines it
LEMMA_LIB = """use vstd::prelude::*;
pub mod lemmas;
verus! {
use crate::lemmas::lemma_pos;

pub fn user(x: u64) -> (r: u64)
    requires x < 100,
    ensures r > 0,
{
    proof { lemma_pos(x as int); }
    x + 1
}
} // verus!
"""
LEMMA_MOD = """use vstd::prelude::*;
verus! {
pub proof fn lemma_pos(x: int)
    requires x >= 0,
    ensures x + 1 > 0,
{
}
} // verus!
"""


def test_sliced_unit_has_the_fn_item_a_parse_of_its_slice_gives():
    """unit_from_slice moves the unit's fn into the slice without parsing it; its lemma calls
    are those of the slice (which keeps the other module's lemma), as a parse would find."""
    recs, units = _group({"crate/src/lib.rs": LEMMA_LIB, "crate/src/lemmas.rs": LEMMA_MOD})
    res = minimize_group(recs, units)
    u = units["crate/src/lib.rs"][0]
    assert not [p for p in u.fn.proofs if p.kind == "lemma_call"]   # its own file lacks the lemma
    ch = res.by_path["crate/src/lib.rs"][0]
    assert isinstance(ch, SliceChoice) and ch.proof_fns == frozenset({"lemma_pos"})
    su = unit_from_slice(ch, u)
    parsed = next(it for it in parse(ch.text).walk() if it.kind == "fn" and it.span == tuple(ch.fn_span))
    assert su.fn == parsed
    assert [p.name for p in su.fn.proofs if p.kind == "lemma_call"] == ["lemma_pos"]


TWINS = """use vstd::prelude::*;
verus! {
pub struct A { pub v: u8 }
pub struct B { pub v: u8 }

impl A {
    pub fn get(&self) -> (r: u8)
        ensures r == self.v,
    {
        self.v
    }
}

impl B {
    pub fn get(&self) -> (r: u8)
        ensures r == self.v,
    {
        self.v
    }
}
} // verus!
"""


def test_a_fn_whose_text_is_also_in_another_impl_is_sliced_in_its_own_impl():
    recs, units = _group({"twins.rs": TWINS})
    res = minimize_group(recs, units)
    got = {u.fn_name: ch for u, ch in zip(units["twins.rs"], res.by_path["twins.rs"])}
    assert set(got) == {"A::get", "B::get"}
    assert "impl B" in got["B::get"].text and "impl A" not in got["B::get"].text
    assert "impl A" in got["A::get"].text and "impl B" not in got["A::get"].text
