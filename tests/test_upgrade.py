"""The Verus-Bench upgrade pass: token-level `final(x)` rewrite in ensures, the crate
attribute for loops without decreases, idempotence, `old(x)` left alone."""

from __future__ import annotations

from types import SimpleNamespace

from verusbench import constants as C
from verusbench.syntax import parse
from verusbench.upgrade import NO_DECREASES_ATTR, answers, final_sites, upgrade
from verusbench.verifier.job import VDiagnostic

HEAD = "use vstd::prelude::*;\nverus! {\n"
TAIL = "\n} // verus!\n"


def fn(sig: str, ens: str, body: str = "{ }", req: str = "") -> str:
    return HEAD + f"fn {sig}\n" + (f"    requires\n        {req},\n" if req else "") + \
        f"    ensures\n        {ens},\n{body}" + TAIL


def ensures_of(text: str) -> str:
    return text.split("ensures\n", 1)[1].split(",\n{", 1)[0].strip()


def test_each_use_form_becomes_final():
    cases = {
        "*x == 1": "*final(x) == 1",
        "x.len() == 3": "final(x).len() == 3",
        "x@ == old(x)@": "final(x)@ == old(x)@",
        "x[0] == 1": "final(x)[0] == 1",
        "x.f == old(x).f": "final(x).f == old(x).f",
        "pred(x)": "pred(final(x))",
    }
    for src, want in cases.items():
        u = upgrade(fn("f(x: &mut Vec<u8>, y: &Vec<u8>)", src))
        assert ensures_of(u.text) == want, src
        assert u.rewrites == ["final"]
        assert not parse(u.text).diagnostics


def test_old_final_fields_paths_shared_refs_and_shadowing_are_left_alone():
    keep = ["old(x).len() == 1", "final(x)@ == old(x)@", "y.len() == 1", "S::x == 1",
            "self.x == 1 && r.x == 2", "forall|x: int| 0 <= x < 3 ==> x > -1"]
    for src in keep:
        u = upgrade(fn("f(x: &mut Vec<u8>, y: &Vec<u8>, r: S)", src))
        assert ensures_of(u.text) == src, src
        assert "final" not in u.rewrites
    # shadowing ends with the quantifier's body
    u = upgrade(fn("f(x: &mut Vec<u8>)", "(forall|x: int| x > 0 ==> x > 0) && x.len() == 1"))
    assert ensures_of(u.text) == "(forall|x: int| x > 0 ==> x > 0) && final(x).len() == 1"


def test_requires_and_loop_invariants_are_not_postconditions():
    t = fn("f(x: &mut Vec<u8>)", "x.len() == 1", req="old(x).len() == 1",
           body="{\n    while x.len() < 1\n        invariant x.len() <= 1,\n        decreases 1 - x.len(),\n    { x.push(0); }\n}")
    u = upgrade(t)
    assert u.text.count("final(") == 1 and "invariant x.len() <= 1" in u.text
    assert u.rewrites == ["final"]          # the loop has its decreases: no attribute


def test_mut_self_and_lifetimes():
    t = HEAD + "impl S {\n  fn bump(&mut self)\n    ensures self.v == old(self).v + 1,\n  { }\n}" + TAIL
    assert "final(self).v == old(self).v + 1" in upgrade(t).text
    t2 = fn("g<'a>(x: &'a mut u8)", "*x == 0")
    assert ensures_of(upgrade(t2).text) == "*final(x) == 0"


def test_loops_without_decreases_get_the_crate_attribute_once():
    t = fn("f(n: u32)", "true", body="{\n    let mut i = 0;\n    while i < n\n        invariant i <= n,\n    { i = i + 1; }\n}")
    u = upgrade(t)
    assert u.text == NO_DECREASES_ATTR + "\n" + t
    assert u.rewrites == ["no_decreases_attr"] and u.loops_without_decreases == 1 and u.label == "no_decreases_attr"
    assert not parse(u.text).diagnostics
    # `for` loops get their decreases from the iterator: no attribute
    t3 = fn("h(n: u32)", "true", body="{\n    for i in 0..n { }\n}")
    assert upgrade(t3).rewrites == []


def test_idempotent_and_both():
    t = fn("f(x: &mut Vec<u8>)", "x.len() == old(x).len()",
           body="{\n    let mut i = 0;\n    while i < 3 { i = i + 1; }\n}")
    u = upgrade(t)
    assert u.label == "both"
    again = upgrade(u.text)
    assert again.text == u.text and again.rewrites == []


def test_final_sites_are_token_offsets():
    src = b"ensures *x == 1, x.len() == old(x).len(), xs == 1"
    offs = final_sites(src, {"x"})
    assert [src[o:o + 1] for o in offs] == [b"x", b"x"]
    assert offs == [9, 17]                   # `xs` and the `x` inside old(..) are not uses


def test_answers_reads_the_ledger_messages():
    def res(status, *msgs):
        return SimpleNamespace(status=status, error_diagnostics=[VDiagnostic("other", m, 1, 1) for m in msgs])
    of = "to dereference a mutable reference parameter in a postcondition, disambiguate by wrapping it"
    assert answers(res(C.STATUS_COMPILE_ERROR, of)) == ["final"]
    assert answers(res(C.STATUS_COMPILE_ERROR, "loop must have a decreases clause", of)) == \
        ["final", "no_decreases_attr"]
    assert answers(res(C.STATUS_FAILED, "postcondition not satisfied")) == []
    assert answers(res(C.STATUS_COMPILE_ERROR, "mismatched types")) == []
    assert answers(None) == []
