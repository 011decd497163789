"""The integrity checker's faster token layer (lexer lists instead of Token objects, delimiter
matching on running depths, hatch scan over the tokens it acts on) must give what the plain
per-token versions give, and the builder's reference check must still drop what it drops."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from verusbench import build as B
from verusbench import constants as C
from verusbench import integrity
from verusbench.records import TaskRow
from verusbench.syntax import tokenize

TRICKY = [
    "fn f() -> (r: u8) ensures r >>= 1, x <==> y &&& z ==> w { r#match::r#fn(a::b) }",
    "forall|i: int| #[trigger] a[i] > 0 && #![trigger f(x)] g(x) #![auto] h #![all_triggers]",
    "#[trigger", "#![trigger a(b", "/* unterminated", "\"open string", "r#\"raw\"# b'x' 'a ..= ...",
    "x = y; // comment >>=\n /* block ::: */ z ::<T>",
    "",
]


def _without_triggers_reference(toks: list) -> list:
    """Tokens without trigger annotations (`#[trigger]`, `#![trigger e]`, `#![auto]`,
    `#![all_triggers]`): they guide quantifier instantiation and never change what a spec
    means, so adding one to a locked spec is not an edit."""
    out = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if t.text == "#":
            j = i + 1
            if j < n and toks[j].text == "!":
                j += 1
            if j + 1 < n and toks[j].text == "[" and toks[j + 1].text in integrity._TRIGGER_ATTRS:
                depth = 0
                while j < n:
                    if toks[j].text in integrity._OPEN:
                        depth += 1
                    elif toks[j].text in integrity._CLOSE:
                        depth -= 1
                        if depth == 0:
                            break
                    j += 1
                i = j + 1
                continue
        out.append(t)
        i += 1
    return out


def _toks_reference(src: bytes, drop_triggers: bool):
    """_toks as it was written over tokenize() (one Python step per token)."""
    toks = tokenize(src)
    if drop_triggers:
        toks = _without_triggers_reference(toks)
    keys, kinds, starts = [], [], []
    for t in toks:
        s = t.span[0]
        if t.kind == "punct" and len(t.text) > 1:
            for j, ch in enumerate(t.text):
                keys.append(ch)
                kinds.append("punct")
                starts.append(s + j)
            continue
        k = t.text[2:] if t.kind == "ident" and t.text.startswith("r#") else t.text
        keys.append(k)
        kinds.append(t.kind)
        starts.append(s)
    return keys, kinds, starts


def _match_reference(keys, i):
    depth = 0
    for j in range(i, len(keys)):
        if keys[j] in integrity._OPEN:
            depth += 1
        elif keys[j] in integrity._CLOSE:
            depth -= 1
            if depth == 0:
                return j
    return len(keys)


def test_toks_equal_the_per_token_version_on_tricky_text():
    for text in TRICKY:
        src = text.encode()
        for drop in (False, True):
            t = integrity._toks_cached.__wrapped__(src, drop)
            assert (t.keys, t.kinds, t.starts) == _toks_reference(src, drop), (text, drop)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["(", ")", "[", "]", "{", "}", "x", "::", ">>=", "#", "!",
                                 "trigger", "r#fn", " ", "\n", "//c\n", "'a"]), max_size=60))
def test_toks_and_match_equal_the_per_token_versions(parts):
    src = "".join(parts).encode()
    t = integrity._toks_cached.__wrapped__(src, True)
    assert (t.keys, t.kinds, t.starts) == _toks_reference(src, True)
    t = integrity._toks_cached.__wrapped__(src, False)
    assert (t.keys, t.kinds, t.starts) == _toks_reference(src, False)
    for i in range(len(t.keys)):
        assert integrity._match(t.keys, i) == _match_reference(t.keys, i)


HATCHY = """#![allow(unused)]
#![feature(x)]
use vstd::prelude::*;
use std::env;
verus! {
#[verifier::external_body]
fn a() {}
#[cfg_attr(x, verifier::external)]
fn b() { assume(false); vstd::pervasive::assume(true); include!("x"); }
mod m { #![verifier::rlimit(100)] fn c() { admit(); cfg!(y); } }
macro_rules! m2 { ($m:ident) => { $m!(1) } }
#[verifier::rlimit(5)]
fn d() { env!("X"); }
}
"""


def test_hatch_lines_and_rules_as_before():
    got = [(h.rule, h.line) for h in integrity.scan_hatches(HATCHY)]
    assert got == [("crate_attribute", 2), ("env", 4), ("external_body", 6), ("cfg", 8),
                   ("external", 8), ("assume", 9), ("pervasive_assume", 9), ("include", 9),
                   ("rlimit", 10), ("admit", 10), ("cfg", 10), ("macro_indirection", 11),
                   ("env", 13)]


def _row(task: str, ref: str, target: str, variant: str = "") -> TaskRow:
    return TaskRow.from_dict({
        "id": f"t-{task}", "task": task, "prompt": "", "completion": "", "messages": [],
        "context": ref.replace(target, C.HOLE, 1), "target": target, "reference_file": ref,
        "metadata": {"source": "s", "path": "p.rs", "target_fn": "f", "repo": "r", "commit": "0",
                     "license": "MIT", "role": "example", "verus_version": "", "verified": "",
                     "variant": variant}})


REF = ("use vstd::prelude::*;\nverus! {\n#[verifier::external_body]\nfn g() {}\n"
       "fn f(x: u8) -> (r: u8)\n    ensures r == x,\n{\n    #[cfg(test)]\n    let y = 1;\n"
       "    assume(r == x);\n    x\n}\n}\n")


def test_reference_with_its_own_hatch_is_still_dropped_by_the_builder():
    # the target fn's body holds a cfg attribute and an assume the context lacks: B's own
    # reference answer adds them, so the row is unsolvable honestly and must be dropped
    body = REF[REF.index("{\n    #[cfg"):REF.rindex("}\n}")+1]
    row = _row(C.TASK_CODE, REF, body)
    fast = integrity._check_reference_fast(row, integrity.DEFAULT_RLIMIT_CAP)
    assert fast is not None                     # the fast path itself decides this row
    full = integrity.check(row, row.target)
    assert not full.ok and fast.to_dict(True) == full.to_dict(True)
    assert {(v.rule, v.line) for v in full.violations} == {("cfg", 8), ("assume", 10)}
    keep, section = B._integrity_filter([row, row], 1, False)
    assert keep == [False, False] and section["by_rule"] == {"cfg": 2, "assume": 2}


def test_reference_whose_target_is_not_the_reference_text_falls_back_and_is_dropped():
    # a target that does not reassemble into the reference (a mismatch) is judged by check()
    body = REF[REF.index("{\n    #[cfg"):REF.rindex("}\n}")+1]
    row = _row(C.TASK_CODE, REF, body)
    bad = TaskRow.from_dict({**row.to_dict(), "target": "{\n    x }\n fn extra() {}"})
    assert integrity._check_reference_fast(bad, integrity.DEFAULT_RLIMIT_CAP) is None
    res = integrity.check_reference(bad)
    assert not res.ok and res.to_dict(True) == integrity.check(bad, bad.target).to_dict(True)
    keep, _ = B._integrity_filter([bad], 1, False)
    assert keep == [False]
