"""Property tests for code the parser has not seen: Verus's contextual keywords used as
ordinary identifiers in every position Rust allows one, generic arguments that begin with a
qualified path (`Map<<V as View>::V, ..>`, where `<<` opens two generics) nested to any
depth, and shift operators beside them. Each generated program must parse with no
diagnostics, reassemble byte for byte, and keep its real clauses (kinds and exact texts)."""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import HealthCheck, given, settings, strategies as st

from verusbench.syntax import parse, segments

# Every contextual keyword of Verus (verus_syn token.rs plus the later clause/modifier words);
# verus_syn accepts all of them as identifiers (ident.rs rejects only Rust's keywords).
KEYWORDS = sorted(set("""
requires ensures invariant invariant_except_break invariant_ensures decreases recommends
opens_invariants no_unwind returns default_ensures via when spec proof exec ghost tracked open
closed broadcast uninterp axiom group trigger atomic atomically is isnt has matches implies
forall exists choose assert assume admit reveal reveal_with_fuel hide by any none global
size_of layout calc auto with checked default union FnSpec spec_fn verus_spec
""".split()))
# verus_syn's `Specification` stops at these at the start of a clause expression, so there
# they are keywords even in Verus (`requires invariant > 0` is an error): names elsewhere
CLAUSE_START_STOPS = frozenset("""invariant_except_break invariant invariant_ensures ensures
default_ensures returns decreases via when no_unwind opens_invariants""".split())
# a quantifier word at an operand's start opens a quantifier in Verus
QUANTIFIERS = frozenset({"forall", "exists", "choose"})
BARE_START_OK = [k for k in KEYWORDS if k not in CLAUSE_START_STOPS and k not in QUANTIFIERS]

kw = st.sampled_from(KEYWORDS)
OPS = ["+", "-", "*", "==", "<", "<=", ">", "!=", "&&", "||", "==>", "<==>", "&", "|", "^",
       ">>", "<<", "%"]


def _operand(k: str, bare: bool) -> st.SearchStrategy[str]:
    forms = [f"s.{k}", f"s.{k}()", f"g({k})", f"g(1, {k})", f"S::{k}(x)", f"m::{k}::c",
             f"({k} + 1)", f"[{k}][0]", f"x.{k}@"]
    if bare and k not in QUANTIFIERS:
        forms += [k, f"{k}[0]", f"{k}.len()", f"{k} as int", f"{k}@", f"{k}!(x)"]
    return st.sampled_from(forms)


@st.composite
def clause_expr(draw, k: str) -> str:
    """An expression of a clause that uses k as a name; never k bare at its start where
    Verus itself would read k as the next clause (CLAUSE_START_STOPS)."""
    n = draw(st.integers(1, 3))
    out = [draw(_operand(k, bare=k in BARE_START_OK))]
    for i in range(n):
        # `proof` right before the body would be Verus's `proof { .. }` operator
        out += [draw(st.sampled_from(OPS)), draw(_operand(k, bare=k != "proof" or i < n - 1))]
    return " ".join(out)


@st.composite
def statement(draw, k: str) -> str:
    forms = [f"let {k} = 1;", f"let mut {k}: u64 = 0;", f"{k} = {k} + 1;", f"foo({k});",
             f"foo(1, {k}, 2);", f"s.{k} = 2;", f"s.{k}();", f"let t = S {{ {k}: 1, b: 2 }};",
             f"let t = S {{ {k}, b }};", f"let v = a[{k}];", f"{k}[0] = 1;",
             f"println!(\"{{}}\", {k});", f"let f = |{k}: u64| {k} + 1;",
             f"match e {{ E::{k} => {{}}, E::B({k}) => {{}} }}", f"if {k} > 0 {{ foo({k}); }}",
             f"{k}.push(1);", f"let ({k}, y) = (1, 2);", f"let z = {k} * 2;",
             f"x = {k} - 1;", f"let y = {k}(1);", f"let w = &mut {k};", f"m::{k}::c();",
             f"let u = {k} as u64;", f"foo(x.{k}, {k});", f"let q = Foo::<{k}>::new();"]
    return draw(st.sampled_from(forms))


@dataclass
class Fn:
    name: str
    params: list[str]
    clauses: list[tuple[str, list[str]]] = field(default_factory=list)
    loops: list[tuple[str, list[str]]] = field(default_factory=list)


@st.composite
def fn_item(draw, k: str) -> tuple[str, Fn]:
    name = draw(st.sampled_from([k, "f"]))
    params = draw(st.sampled_from([[k, "x"], ["x", k], ["x"]]))
    f = Fn(name, params)
    mode = draw(st.sampled_from(["", "proof ", "pub open spec ", "pub exec "]))
    ret = draw(st.sampled_from(["", " -> u64", f" -> ({k}: u64)", " -> (r: u64)"]))
    src = [f"{mode}fn {name}({', '.join(p + ': u64' for p in params)}){ret}"]
    for ck in draw(st.sampled_from([[], ["requires"], ["ensures"], ["requires", "ensures"],
                                    ["requires", "ensures", "decreases"], ["recommends"]])):
        exprs = draw(st.lists(clause_expr(k), min_size=1, max_size=3))
        f.clauses.append((ck, exprs))
        src.append(f"    {ck}\n        " + ",\n        ".join(exprs)
                   + ("," if draw(st.booleans()) else ""))
    body = [draw(statement(k)) for _ in range(draw(st.integers(0, 4)))]
    for _ in range(draw(st.integers(0, 2))):
        kind = draw(st.sampled_from(["while", "for", "loop"]))
        inv = draw(st.lists(clause_expr(k), min_size=1, max_size=2))
        head = {"while": f"while {k} < 10 && x.{k} > 0", "for": f"for {k} in 0..g({k})",
                "loop": "loop"}[kind]
        cls = ["invariant", "decreases"] if kind == "while" else ["invariant"]
        spec = f"\n        invariant {', '.join(inv)}"
        if kind == "while":
            spec += f"\n        decreases 10 - g({k})"
        inner = draw(statement(k))
        body.append(f"{head}{spec}\n    {{\n        {inner}\n        foo({k});\n    }}")
        f.loops.append((kind, cls))
    src.append("{\n    " + "\n    ".join(body) + "\n}")
    return "\n".join(src), f


@st.composite
def other_item(draw, k: str) -> tuple[str, str, str]:
    """(source, item kind, item name) of a non-fn item that uses k as a name."""
    forms = [(f"struct S {{ {k}: u64, pub {k}2: u64 }}", "struct", "S"),
             (f"pub struct {k} {{ pub {k}: u64 }}", "struct", k),
             (f"enum E {{ {k}, B({k}) }}", "enum", "E"),
             (f"const {k}: u64 = 1;", "const", k), (f"static {k}: u64 = 1;", "static", k),
             (f"type {k} = u64;", "type", k), (f"mod {k} {{ }}", "mod", k),
             (f"use a::{k}::b;", "use", f"a::{k}::b"),
             (f"trait {k} {{ fn {k}(&self) -> u64; }}", "trait", k),
             (f"impl S {{ fn {k}(&self) -> u64 {{ self.{k} }} }}", "impl", "S")]
    return draw(st.sampled_from(forms))


def _assert_clean(src: str):
    pf = parse(src)
    assert not pf.diagnostics, (pf.diagnostics, src)
    data = src.encode()
    segs = segments(pf)
    assert b"".join(data[s:e] for _, (s, e) in segs) == data
    return pf


def _check_fn(pf, it, want: Fn, src: str) -> None:
    assert it.kind == "fn" and it.name == want.name, src
    assert [p.name for p in it.params] == want.params, src
    got = [(c.kind, [pf.text(e) for e in c.exprs]) for c in it.clauses]
    assert got == want.clauses, src
    assert [(lp.kind, [c.kind for c in lp.clauses]) for lp in it.loops] == want.loops, src
    # names never become proof nodes (`let ghost = 1`, `foo(ensures)`)
    assert not [p for p in it.proofs if p.kind in ("closure_spec", "let_ghost",
                                                   "let_tracked", "proof_block")], src


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_contextual_keywords_as_identifiers(data):
    k = data.draw(kw)
    parts, want = [], []
    for _ in range(data.draw(st.integers(1, 3))):
        if data.draw(st.booleans()):
            s, f = data.draw(fn_item(k))
            parts.append(s)
            want.append(f)
        else:
            s, kind, name = data.draw(other_item(k))
            parts.append(s)
            want.append((kind, name))
    src = "verus! {\n\n" + "\n\n".join(parts) + "\n\n} // verus!\n"
    pf = _assert_clean(src)
    assert len(pf.items) == len(want), src
    for it, w in zip(pf.items, want):
        if isinstance(w, Fn):
            _check_fn(pf, it, w, src)
        else:
            assert (it.kind, it.name) == w, src


@settings(max_examples=150, deadline=None)
@given(kw, st.sampled_from(sorted(CLAUSE_START_STOPS - {"via", "when"})))
def test_keywords_in_clause_position_stay_clauses(k, stop):
    """A clause word after a complete expression, a `,` or an unfinished `&&` still starts
    the next clause, even when the expression before it uses keywords as names."""
    loop_kw = stop if stop.startswith("invariant") or stop in ("ensures", "decreases") \
        else "invariant"
    src = (f"verus! {{\nfn f(x: u64) -> (r: u64)\n    requires\n        g({k}) > 0,\n"
           f"        s.{k} &&\n    ensures\n        r == s.{k}\n{{\n"
           f"    while x < s.{k}\n        {loop_kw} x <= g({k}),\n"
           f"        invariant_ensures s.{k} > 0\n    {{ }}\n}}\n}}\n")
    pf = _assert_clean(src)
    f = pf.functions()[0]
    assert [c.kind for c in f.clauses] == ["requires", "ensures"]
    assert [pf.text(e) for e in f.clauses[0].exprs] == [f"g({k}) > 0", f"s.{k} &&"]
    assert [c.kind for c in f.loops[0].clauses] == [loop_kw, "invariant_ensures"]


def test_requires_named_variable_and_mid_expression_clause_words():
    """`requires`/`recommends` start no clause in verus_syn's stop list, so at an
    expression's start before an operator they are names; a clause word between operators is
    a name; the same word after the operand is the next clause."""
    src = """verus! {
fn f(requires: u64, invariant: u64) -> (r: u64)
    requires
        x + invariant > 0,
        requires + 1 > 0,
    ensures
        r == invariant + requires,
        r > ensures
    decreases x + invariant
{
    let decreases = invariant;
    while decreases < invariant invariant 0 + decreases <= invariant decreases x - decreases {
        decreases += 1;
    }
    ensures
}
}
"""
    pf = _assert_clean(src)
    f = pf.functions()[0]
    got = [(c.kind, [pf.text(e) for e in c.exprs]) for c in f.clauses]
    assert got == [("requires", ["x + invariant > 0", "requires + 1 > 0"]),
                   ("ensures", ["r == invariant + requires", "r > ensures"]),
                   ("decreases", ["x + invariant"])]
    lp = f.loops[0]
    assert pf.text(lp.header) == "decreases < invariant"
    assert [(c.kind, [pf.text(e) for e in c.exprs]) for c in lp.clauses] == [
        ("invariant", ["0 + decreases <= invariant"]), ("decreases", ["x - decreases"])]
    assert not f.proofs   # the tail `ensures` is a name, not a closure spec


def test_misplaced_invariant_is_still_diagnosed():
    """A loop invariant written inside the body (LLM output) is still reported."""
    for body in ("while i < n {\n invariant i <= n,\n i += 1; }",
                 "let mut i = 0;\ninvariant\n    0 <= i,\nwhile i < n { i += 1; }"):
        pf = parse("verus! { fn f(n: u64) { " + body + " } }")
        assert [d.message for d in pf.diagnostics] == ["`invariant` outside a loop header"]


# ---- generics: `<<` opening two generics, `>>`/`>>>` closing several --------------------

_leaf = st.sampled_from(["u8", "T", "V", "int", "Self::K"])


def _extend(inner):
    return st.one_of(
        st.builds(lambda a, b: f"Map<{a}, {b}>", inner, inner),
        st.builds(lambda a: f"Seq<{a}>", inner),
        st.builds(lambda a: f"Set<{a}>", inner),
        st.builds(lambda a, t: f"<{a} as {t}>::V", inner, st.sampled_from(["View", "Tr<u8>"])),
        st.builds(lambda a: f"&{a}", inner),
        st.builds(lambda a, b: f"({a}, {b})", inner, inner),
    )


types = st.recursive(_leaf, _extend, max_leaves=8)
# types whose text begins with `<`: they make the `<<` of `Foo<<T as Tr>::X>`
qualified = st.builds(lambda a, t: f"<{a} as {t}>::V", types, st.sampled_from(["View", "Tr"]))
any_type = st.one_of(types, qualified, st.builds(lambda q: f"Map<{q}, Set<{q}>>", qualified))


@settings(max_examples=250, deadline=None)
@given(any_type, any_type, any_type, st.sampled_from(["", ","]))
def test_qualified_path_generics_in_every_type_position(t1, t2, t3, comma):
    src = f"""verus! {{
pub struct S<V: View> {{ m: {t1}, n: Seq<{t2}> }}
pub struct P<V>({t1}, Map<{t2}, u8>);
type A<V> = Map<{t1}, {t2}>;
impl<V: View> Tr<{t1}> for S<{t2}> where V: Tr<{t3}> {{
    fn m(&self, a: {t1}, b: {t2}) -> {t3} {{ a }}
}}
fn f<V: View<V = {t1}>>(a: {t1}, b: Map<{t2}, {t3}>, c: u64) -> (r: Map<{t3}, {t1}>)
    where V: Foo<{t2}>, V: Bar<Set<{t3}>>
    requires
        Map::<{t1}, {t2}>::empty().len() == 0,
        c << 2 > 0{comma}
    ensures
        r == <Map<{t3}, {t1}> as View>::view(b),
        c as {t2} == c >> 1,
        (c >> 3) < c << 1{comma}
{{
    let m = Map::<{t1}, u8>::empty();
    let z: Seq<Seq<u8>>= x;
    let mut w = c;
    w >>= 1;
    w <<= 2;
    let q = (w << 3) >> 1 >> 1;
    assert(w >> 2 == 0) by (bit_vector);
    assert((1u64 << 63) >> 63 == 1u64) by (bit_vector) requires w > 0;
}}
}}
"""
    pf = _assert_clean(src)
    s, p, a, imp, f = pf.items
    assert [x.kind for x in pf.items] == ["struct", "struct", "type", "impl", "fn"]
    assert imp.name == f"S<{t2}>"
    m = imp.children[0]
    assert [(x.name, pf.text(x.type_span)) for x in m.params[1:]] == [("a", t1), ("b", t2)]
    assert pf.text(m.ret) == f"-> {t3}"
    assert [(x.name, pf.text(x.type_span)) for x in f.params] == [
        ("a", t1), ("b", f"Map<{t2}, {t3}>"), ("c", "u64")]
    assert pf.text(f.generics) == f"<V: View<V = {t1}>>"
    assert pf.text(f.ret) == f"-> (r: Map<{t3}, {t1}>)" and f.ret_name == "r"
    got = [(c.kind, [pf.text(e) for e in c.exprs]) for c in f.clauses]
    assert got == [("requires", [f"Map::<{t1}, {t2}>::empty().len() == 0", "c << 2 > 0"]),
                   ("ensures", [f"r == <Map<{t3}, {t1}> as View>::view(b)",
                                f"c as {t2} == c >> 1", "(c >> 3) < c << 1"])]
    assert [(x.kind, x.prover) for x in f.proofs] == [("assert_by", "bit_vector")] * 2
    assert [c.kind for c in f.proofs[1].clauses] == ["requires"]


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 12))
def test_deeply_nested_qualified_paths(depth):
    """`A<<<<T as X>::Y as X>::Y ..>` lexes as runs of `<<`; closings as `>>`/`>>>`."""
    q = "T"
    for _ in range(depth):
        q = f"<{q} as X>::Y"
    nested = "u8"
    for _ in range(depth):
        nested = f"Seq<{nested}>"
    src = (f"verus! {{ fn f(a: A<{q}>, b: {nested}, c: u8) -> B<{q}, {nested}>\n"
           f"    ensures g::<{q}, {nested}>(a) == b, true {{ }} }}")
    pf = _assert_clean(src)
    f = pf.functions()[0]
    assert [pf.text(x.type_span) for x in f.params] == [f"A<{q}>", nested, "u8"]
    assert [pf.text(e) for e in f.clauses[0].exprs] == [f"g::<{q}, {nested}>(a) == b", "true"]


# ---- real upstream code with its parameters renamed to contextual keywords ---------------

import gzip  # noqa: E402
import json  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from verusbench.syntax import tokenize  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
UPSTREAM = ("verus", "vostd", "verified-ironkv", "verified-storage", "verified-nrkernel",
            "verified-node-replication", "verified-memory-allocator", "human-eval-verus")
# renames that stay valid Verus anywhere a parameter's name can appear: no clause word that
# verus_syn stops at, no quantifier, no `proof` (`x < proof { body }` would be a proof block),
# no proof-statement words (`assert(..)` of a renamed closure would become an assertion)
RENAME_TO = sorted(set(BARE_START_OK) - {"proof", "assert", "assume", "admit", "reveal",
                                         "reveal_with_fuel", "hide", "calc"})


def _param_names(text: str) -> list[str]:
    return sorted({p.name for f in parse(text).functions() for p in f.params}
                  - {"self", "_", ""} - set(KEYWORDS))


def _upstream_files(per_source: int = 6, max_bytes: int = 30_000) -> list[str]:
    out: list[str] = []
    for name in UPSTREAM:
        f = CORPUS / f"{name}.jsonl.gz"
        if not f.is_file():
            continue
        n = 0
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                t = r["text"]
                if r["path"].endswith(".rs") and "verus!" in t and 2_000 < len(t) < max_bytes \
                        and parse(t).ok and _param_names(t):
                    out.append(t)
                    n += 1
                    if n >= per_source:
                        break
    return out


UP_FILES = _upstream_files() if CORPUS.is_dir() else []


def _shape(pf):
    """What renaming must not change: items, clauses (kinds, expression counts), loops."""
    return [(it.kind, [(c.kind, len(c.exprs)) for c in it.clauses],
             [(lp.kind, [(c.kind, len(c.exprs)) for c in lp.clauses]) for lp in it.loops],
             [p.mode for p in it.params]) for it in pf.walk()]


def _rename(text: str, old: str, new: str) -> str:
    """Replace every identifier token `old` (fields and paths too) by `new`."""
    b = text.encode()
    out, pos = [], 0
    for t in tokenize(b):
        if t.kind == "ident" and t.text == old:
            out += [b[pos:t.span[0]], new.encode()]
            pos = t.span[1]
    out.append(b[pos:])
    return b"".join(out).decode()


@pytest.mark.skipif(not UP_FILES, reason="shared corpus not found at ../shared/corpus")
def test_upstream_sample_is_real():
    assert len(UP_FILES) >= 20


@pytest.mark.skipif(not UP_FILES, reason="shared corpus not found at ../shared/corpus")
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_upstream_code_with_parameters_renamed_to_keywords(data):
    text = data.draw(st.sampled_from(UP_FILES))
    pf = parse(text)
    words = {t.text for t in tokenize(text) if t.kind == "ident"}
    names = _param_names(text)
    olds = data.draw(st.lists(st.sampled_from(names), min_size=1, max_size=3, unique=True))
    news = data.draw(st.lists(st.sampled_from([k for k in RENAME_TO if k not in words]),
                              min_size=len(olds), max_size=len(olds), unique=True))
    renamed = text
    for old, new in zip(olds, news):
        renamed = _rename(renamed, old, new)
    pr = _assert_clean(renamed)
    assert _shape(pr) == _shape(pf), list(zip(olds, news))


def test_bit_or_before_a_clause_word_is_no_closure():
    # found by the property test above: `s.requires | requires` in an invariant is a bit-or
    # of two names, not the `|..|` of a closure whose spec starts at `requires`
    src = ("verus! {\nfn f(s: S, requires: u64) {\n    while requires < 10 && s.requires > 0\n"
           "        invariant s.requires | requires\n        decreases 10 - g(requires)\n    {\n"
           "        let requires = 1;\n    }\n    let c = |x: u64| requires x > 0 { x };\n"
           "    let d = move || ensures true { 1 };\n}\n}\n")
    (fn,) = [it for it in parse(src).walk() if it.kind == "fn"]
    specs = [p for p in fn.proofs if p.kind == "closure_spec"]
    assert len(specs) == 2 and [lp.kind for lp in fn.loops] == ["while"]
    assert [c.kind for c in fn.loops[0].clauses] == ["invariant", "decreases"]


def test_lex_of_a_range_ends_a_comment_at_the_range_end():
    """A block comment whose `*/` straddles the range's end is unterminated in that range
    (the careful path once read past `end`)."""
    from verusbench.syntax.lexer import lex
    src = b"/* a /* b */ c */ x"
    assert lex(src).texts == ["x"] and lex(src).problems == []
    cut = lex(src, 0, len(src) - 3)           # ends inside the closing `*/`
    assert cut.texts == [] and cut.problems == [(0, "unterminated block comment")]
    cut2 = lex(b"/* a */", 0, 6)
    assert cut2.problems == [(0, "unterminated block comment")]
    s = lex(b'x /* c */ "open')
    assert s.texts == ["x", '"open'] and s.kinds[-1] == "literal"
    assert s.problems == [(10, "unterminated string literal")]


def test_a_hash_without_brackets_before_a_param_ends_instead_of_looping():
    # found by test_syntax_props' byte flips: `#[` flipped to `#x` in a parameter list of a
    # file that starts with `#`; the attribute skip stepped back to token 0 forever
    import multiprocessing as mp
    src = b"#![allow(x)]\nverus! {\nfn f(#x: u8) {}\n}\n"
    ctx = mp.get_context("fork")
    p = ctx.Process(target=parse, args=(src,))
    p.start()
    p.join(20)
    alive = p.is_alive()
    if alive:
        p.kill()
    assert not alive, "parse did not return"
    assert [it.kind for it in parse(src).walk() if it.kind == "fn"] == ["fn"]
