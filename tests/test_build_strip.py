"""strip_fn / fn_item_span on hand-built syntax-model items (no parser needed), and on the
real parser when it is installed."""

from __future__ import annotations

import pytest

from verusbench.syntax.model import Attribute, Clause, Item, Loop, ProofNode
from verusbench.tasks.strip import fn_item_span, strip_fn

SRC = """verus! {
#[verifier::loop_isolation(false)]
// helper comment
pub fn sum(v: &Vec<u32>) -> (r: u64)
    requires
        v.len() < 100,
    ensures
        r <= 100 * u32::MAX,
{
    let mut i = 0;
    let mut r: u64 = 0;
    while i < v.len()
        invariant
            i <= v.len(),
        decreases v.len() - i,
    {
        assert(i < v.len());
        proof { lemma_foo(i); }
        let ghost g = i;
        r = r + v[i] as u64;
        i += 1;
    }
    r
}
}
"""


def span(sub: str, src: str = SRC, start: int = 0) -> tuple[int, int]:
    i = src.index(sub, start)
    return i, i + len(sub)


def make_fn() -> Item:
    b = SRC.encode()
    assert b == SRC.encode("ascii")  # byte offsets == str offsets in this fixture
    attr = Attribute(span=span("#[verifier::loop_isolation(false)]"), path="verifier::loop_isolation",
                     args="false", inner=False, style="verifier_path", name="loop_isolation")
    item_start = span("#[verifier")[0]
    body = (SRC.index("{\n    let mut i"), SRC.rindex("}\n}") + 1)
    req = Clause(kind="requires", span=span("requires\n        v.len() < 100,"), keyword=span("requires"))
    ens = Clause(kind="ensures", span=span("ensures\n        r <= 100 * u32::MAX,"), keyword=span("ensures"))
    inv = Clause(kind="invariant", span=span("invariant\n            i <= v.len(),"), keyword=span("invariant"))
    dec = Clause(kind="decreases", span=span("decreases v.len() - i,"), keyword=span("decreases v"))
    loop = Loop(kind="while", span=(span("while i")[0], span("i += 1;\n    }")[1]), header=span("i < v.len()\n"),
                clauses=[inv, dec], body=(span("{\n        assert")[0], span("i += 1;\n    }")[1]))
    proofs = [ProofNode(kind="assert", span=span("assert(i < v.len())")),
              ProofNode(kind="proof_block", span=span("proof { lemma_foo(i); }")),
              ProofNode(kind="lemma_call", span=span("lemma_foo(i)"), name="lemma_foo"),
              ProofNode(kind="let_ghost", span=span("let ghost g = i"))]
    return Item(kind="fn", span=(item_start, body[1]), name="sum", attrs=[attr], visibility="pub",
                mode="exec", signature=span("fn sum(v: &Vec<u32>) -> (r: u64)"),
                clauses=[req, ens], body=body, loops=[loop], proofs=proofs)


def test_fn_item_span_excludes_attributes_and_comments():
    fn = make_fn()
    s, e = fn_item_span(fn, SRC)
    assert SRC[s:e].startswith("pub fn sum")
    assert SRC[s:e].endswith("    r\n}")
    s2, _ = fn_item_span(fn)  # without the source: right after the attribute
    assert SRC[s2:].lstrip().startswith("// helper comment")


def test_strip_specs_full_removes_fn_and_loop_clauses_only():
    out = strip_fn(SRC, make_fn(), "specs_full")
    for gone in ("requires", "ensures", "invariant", "decreases"):
        assert gone not in out
    for kept in ("assert(i < v.len());", "proof { lemma_foo(i); }", "let ghost g = i;", "r = r + v[i] as u64;"):
        assert kept in out
    assert "\n\n" not in out  # removed clauses leave no blank lines


def test_strip_ensures_keeps_requires():
    out = strip_fn(SRC.encode(), make_fn(), "ensures")
    assert "ensures" not in out and "requires\n        v.len() < 100," in out
    assert "invariant" in out


def test_strip_proofs_keeps_exec_and_spec():
    out = strip_fn(SRC, make_fn(), "proofs")
    for gone in ("invariant", "decreases", "assert", "proof {", "lemma_foo", "let ghost", "g = i"):
        assert gone not in out, gone
    for kept in ("requires", "ensures", "let mut r: u64 = 0;", "i += 1;", "while i < v.len()"):
        assert kept in out
    # no orphan semicolons from removed statements
    assert ";;" not in out and "\n        ;" not in out


def test_unknown_what_is_an_error():
    with pytest.raises(ValueError, match="unknown"):
        strip_fn(SRC, make_fn(), "everything")


def test_strip_on_real_parser():
    syntax = pytest.importorskip("verusbench.syntax")
    if not hasattr(syntax, "parse"):
        pytest.skip("syntax.parse not landed")
    pf = syntax.parse(SRC, "t.rs")
    fn = next(f for f in pf.functions() if f.name == "sum")
    out = strip_fn(SRC, fn, "proofs")
    assert "assert" not in out and "invariant" not in out and "r = r + v[i] as u64;" in out
    assert "ensures" not in strip_fn(SRC, fn, "specs_full")
    s, e = fn_item_span(fn, SRC)
    assert SRC[s:e].startswith("pub fn sum") and SRC[s:e].endswith("}")
