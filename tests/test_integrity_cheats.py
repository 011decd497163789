"""The trust protocol against cheating predictions: every escape hatch of
verus-reference.md §4 (in each attribute syntax), locked-part edits, and hole-fills that
break out of their hole are rejected with the rule that names them; honest answers pass."""

from __future__ import annotations

import dataclasses
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_integrity_rows import SRC, make_rows

from verusbench import constants as C
from verusbench import integrity
from verusbench.integrity import RULES, check, scan_hatches, strip_fences

ROWS = make_rows()
# a client-crate row (verusbench.client): the B row as if its context linked the library
ROWS["B_client"] = dataclasses.replace(ROWS["B"], metadata=dataclasses.replace(
    ROWS["B"].metadata, minimized=C.MINIMIZED_CLIENT))

TWICE = """fn twice(x: u32) -> (r: u32)
    requires
        x < 1000,
    ensures
        r == double(x as int),
{
    x * 2
}"""
TWICE_BODY = "{\n    x * 2\n}"
COUNT_UP = ROWS["P"].target
FILE_END = "} // verus!\n\nfn main() {}\n"


def attr_fn(attr: str) -> str:
    """The whole `twice` fn with an attribute in front (a B answer in fn form)."""
    return f"{attr}\n{TWICE}"


def body(stmt: str) -> str:
    return "{\n    " + stmt + "\n    x * 2\n}"


def file_with(extra: str, where: str = "before_end") -> str:
    """The reference file with `extra` added inside verus! (or at the top / after main)."""
    if where == "top":
        return extra + "\n" + SRC
    if where == "after_main":
        return SRC + "\n" + extra + "\n"
    return SRC.replace(FILE_END, extra + "\n\n" + FILE_END)


def c_fix(extra: str = "", where: str = "before_end") -> str:
    """An honest repair of the C row (SRC) with `extra` added."""
    return file_with(extra, where) if extra else SRC


# (row, prediction, expected rule)
CHEATS: list[tuple[str, str, str]] = [
    # --- Task B: body hole-fills -------------------------------------------------------
    ("B", body("assume(false);"), "assume"),
    ("B", body("assume (false) ;"), "assume"),
    ("B", body("r#assume(false);"), "assume"),
    ("B", body("proof { admit(); }"), "admit"),
    ("B", body("verus_builtin::assume_(false);"), "assume_"),
    ("B", body("vstd::pervasive::assume(false);"), "pervasive_assume"),
    ("B", body("vstd :: pervasive :: assume (false);"), "pervasive_assume"),
    ("B", body("let _ = include_str!(\"/etc/passwd\");"), "include"),
    ("B", body("include!(\"proof.rs\");"), "include"),
    ("B", body("let _ = include_bytes!(\"x\");"), "include"),
    ("B", body("let _ = env!(\"HOME\");"), "env"),
    ("B", body("let _ = option_env!(\"HOME\");"), "env"),
    ("B", body("inline_air_stmt(\"(assume false)\");"), "inline_air_stmt"),
    ("B", body("#[cfg(not(verus_keep_ghost))] { let y = 1; }"), "cfg"),
    ("B", body("if cfg!(verus_keep_ghost) { }"), "cfg"),
    ("B", body("macro_rules! m { () => { assume(false) } } m!();"), "assume"),
    ("B", "{\n    x * 2\n}\n}\nfn sneaky() {", "hole_escape"),
    ("B", "{\n    x * 2\n}\n\nproof fn sneaky() ensures false { admit() }", "hole_escape"),
    ("B", "x * 2", "hole_escape"),
    ("B", "{\n    x * 2\n}\n/* the rest of the file is a comment now", "hole_escape"),
    ("B", "{\n    x * 2\n}\nconst S: &str = r#\"", "hole_escape"),
    # --- Task B: the whole fn, with an attribute or a changed spec -----------------------
    ("B", attr_fn("#[verifier::external_body]"), "external_body"),
    ("B", attr_fn("#[verifier(external_body)]"), "external_body"),
    ("B", attr_fn("# [ verifier :: external_body ]"), "external_body"),
    ("B", attr_fn("#[verus::internal(external_body)]"), "external_body"),
    ("B", attr_fn("#[verifier::external]"), "external"),
    ("B", attr_fn("#[verifier(external)]"), "external"),
    ("B", attr_fn("#[verifier::rlimit(infinity)]"), "rlimit"),
    ("B", attr_fn("#[verifier(rlimit(1000))]"), "rlimit"),
    ("B", attr_fn("#[verifier::exec_allows_no_decreases_clause]"), "exec_allows_no_decreases_clause"),
    ("B", attr_fn("#[verifier(exec_allows_no_decreases_clause)]"), "exec_allows_no_decreases_clause"),
    ("B", attr_fn("#[verifier::assume_termination]"), "assume_termination"),
    ("B", attr_fn("#[verifier::assume(externals_available_without_declaration)]"), "assume_externals"),
    ("B", attr_fn("#[verus::internal(uninterp)]"), "uninterp"),
    ("B", attr_fn("#[verus::internal(proof)]"), "verus_internal"),
    ("B", attr_fn("#[cfg_attr(verus_keep_ghost, verifier::external_body)]"), "external_body"),
    ("B", TWICE.replace("r == double(x as int)", "true"), "locked_changed"),
    ("B", TWICE.replace("x < 1000", "x < 2000"), "locked_changed"),
    # --- Task B: whole files ------------------------------------------------------------
    ("B", file_with("#![verifier::exec_allows_no_decreases_clause]", "top"), "crate_attribute"),
    ("B", file_with("#![feature(rustc_attrs)]", "top"), "crate_attribute"),
    ("B", file_with("fn sneaky() {}", "after_main"), "outside_verus"),
    ("B", file_with("#[verus_verify(external_body)]\nfn sneaky() {}", "after_main"), "external_body"),
    ("B", file_with("#[path = \"other.rs\"]\nmod other;", "after_main"), "path_attribute"),
    ("B", file_with("#[debugger_visualizer(gdb_script_file = \"/etc/passwd\")]\nmod m {}"),
     "path_attribute"),
    ("B", file_with("macro_rules! call { ($m:ident) => { $m!(\"/etc/passwd\") } }\n"
                    "const S: &str = call!(include);"), "macro_indirection"),
    ("B", file_with("macro_rules! call { ($($t:tt)*) => { $($t)*!(\"HOME\") } }\n"
                    "const S: &str = call!(env);"), "macro_indirection"),
    ("B", "{\n    x * 2\n}\n" + "// padding\n" * 30000, "too_large"),
    ("B", file_with("axiom fn ax_false()\n    ensures\n        false;"), "axiom"),
    ("B", file_with("uninterp spec fn magic() -> int;"), "uninterp"),
    ("B", file_with("assume_specification[ core::cmp::max ](a: u32, b: u32) -> (r: u32)\n"
                    "    ensures r == 0;"), "assume_specification"),
    ("B", file_with("#[verifier::external_fn_specification]\npub fn ex_max(a: u32, b: u32) -> u32 "
                    "{ core::cmp::max(a, b) }"), "external_fn_specification"),
    ("B", file_with("#[verifier::external_type_specification]\npub struct ExS(Vec<u8>);"),
     "external_type_specification"),
    ("B", file_with("#[verifier::external_trait_specification]\npub trait ExT { type Ext; }"),
     "external_trait_specification"),
    ("B", file_with("#[verifier::external_trait_extension(TSpec via TSpecImpl)]\npub trait T2 {}"),
     "external_trait_extension"),
    ("B", SRC.replace("    2 * x\n", "    x + x\n"), "locked_changed"),
    ("B", SRC.replace("use vstd::prelude::*;\n", "use vstd::prelude::*;\nuse std::env;\n"),
     "outside_verus"),
    # --- Task A ---------------------------------------------------------------------------
    ("A_ens", "ensures\n        r == double(x as int),\n{ assume(false); x * 2 }\nfn spare(x: u32) -> u32",
     "hole_escape"),
    ("A_ens", "ensures r == double(x as int);", "hole_escape"),
    ("A_ens", "ensures r == double(x as int), { admit(); true }", "admit"),
    ("A_ens", TWICE.replace("x * 2", "x + x"), "locked_changed"),
    ("A_full", TWICE.replace("x * 2", "x + x"), "locked_changed"),
    ("A_full", TWICE.replace("fn twice(x: u32)", "fn twice(x: u16)"), "locked_changed"),
    ("A_full", TWICE.replace("{\n    x * 2", "{\n    assume(false);\n    x * 2"), "assume"),
    ("A_full", attr_fn("#[verifier::external_body]"), "external_body"),
    ("A_full", "```rust\n" + TWICE + "\nfn extra() {}\n```", "locked_changed"),
    ("A_full", file_with("spec fn double2(x: int) -> int { 2 * x }").replace(
        "    x * 2\n", "    x * 2 + 0\n"), "locked_changed"),
    # --- Task P ---------------------------------------------------------------------------
    ("P", COUNT_UP.replace("i += 1;", "assume(s == i as u64);\n        i += 1;"), "assume"),
    ("P", COUNT_UP.replace("s == n as u64,", "true,"), "locked_changed"),
    ("P", COUNT_UP.replace("s = s + 1;", "s = i as u64;"), "locked_changed"),
    ("P", COUNT_UP + "\n\n#[verifier::external_body]\nproof fn helper()\n    ensures\n        false,\n{\n}",
     "external_body"),
    ("P", COUNT_UP + "\n\naxiom fn helper()\n    ensures\n        false;", "axiom"),
    ("P", "#[verifier::exec_allows_no_decreases_clause]\n" + COUNT_UP.replace("        decreases n - i,\n", ""),
     "exec_allows_no_decreases_clause"),
    # --- Task C (whole files) ---------------------------------------------------------------
    ("C", SRC.replace("s == n as u64,", "s <= n as u64,"), "locked_changed"),
    ("C", SRC.replace("x < 1000,", "x < 10,"), "locked_changed"),
    ("C", SRC.replace("    2 * x\n", "    x + x\n"), "locked_changed"),
    ("C", SRC.replace("fn twice(x: u32) -> (r: u32)", "fn twice(x: u64) -> (r: u32)"), "locked_changed"),
    ("C", SRC.replace("proof fn lemma_double_grows(x: int)\n    requires\n        x > 0,\n    ensures\n"
                      "        double(x) > x,\n{\n    assert(2 * x > x);\n}\n", ""), "item_removed"),
    ("C", SRC.replace("        i += 1;", "        assume(s == i as u64);\n        i += 1;"), "assume"),
    ("C", SRC.replace("fn count_up", "#[verifier::external_body]\nfn count_up"), "external_body"),
    ("C", SRC.replace("fn count_up", "#[verifier(external_body)]\nfn count_up"), "external_body"),
    ("C", SRC.replace("fn count_up", "#[verifier::rlimit(50)]\nfn count_up"), "rlimit"),
    ("C", c_fix("fn helper() {}", "after_main"), "outside_verus"),
    ("C", c_fix("#![no_std]", "top"), "crate_attribute"),
    ("C", c_fix("#[cfg(verus_keep_ghost)]\nfn hidden() {}"), "cfg"),
    ("C", "```rust\n" + SRC.replace("i += 1;", "admit();\n        i += 1;") + "```", "admit"),
    # --- a macro builds the attribute: from a metavariable, or from a name passed in ------
    ("C", c_fix("macro_rules! trusted {\n    ($a:ident, $($i:tt)*) => { #[verifier::$a] $($i)* };\n}"),
     "attribute_indirection"),
    ("C", c_fix("macro_rules! trusted {\n    ($a:meta, $($i:tt)*) => { #[$a] $($i)* };\n}"),
     "attribute_indirection"),
    ("C", c_fix("macro_rules! trusted {\n    ($h:tt) => { $h [verifier::external_body] fn h() {} };\n}"),
     "external_body"),
    ("C", c_fix("macro_rules! trusted {\n    ($($i:tt)*) => { $($i)* };\n}\ntrusted!(external_body);"),
     "external_body"),
    ("C", c_fix("macro_rules! trusted {\n    ($($i:tt)*) => { $($i)* };\n}\ntrusted!(path = \"/dev/null\");"),
     "path_attribute"),
    ("C", SRC.replace("fn count_up", "#[test]\nfn count_up"), "cfg"),
    ("C", SRC.replace("fn count_up", "#[core::prelude::v1::bench]\nfn count_up"), "cfg"),
    ("C", c_fix("macro_rules! t {\n    ($h:tt, $($i:tt)*) => { $h [test] $($i)* };\n}"), "cfg"),
    # --- a new module-level binding of what the locked specs name changes what they mean ---
    ("C", c_fix("macro_rules! verus {\n    ($($t:tt)*) => {};\n}"), "shadowing"),
    ("C", c_fix("pub struct u64 {\n    x: u8,\n}"), "shadowing"),
    ("C", c_fix("use crate::erase as verus;"), "shadowing"),
    ("C", c_fix("use crate::narrow::Small as u32;"), "shadowing"),
    ("C", c_fix("mod inner {\n    pub open spec fn double(x: int) -> int {\n        0\n    }\n}"), "shadowing"),
    ("B", "{\n    macro_rules! t { ($k:ident, $($i:tt)*) => { #[verifier::$k] $($i)* } }\n"
          "    t!(external_body, fn h(x: u32) -> u32 { x });\n    h(x)\n}", "external_body"),
    # --- a client-crate row: the library's own copy of the fn is out of bounds -----------
    ("B_client", "{\n    crate::vstd::m::twice(x)\n}", "library_copy"),
    ("B_client", "{\n    use vstd::m::*;\n    twice(x)\n}", "library_copy"),
]


@pytest.mark.parametrize("key,prediction,rule", CHEATS,
                         ids=[f"{i:02d}-{k}-{r}" for i, (k, _, r) in enumerate(CHEATS)])
def test_cheat_is_rejected_with_its_rule(key, prediction, rule):
    res = check(ROWS[key], prediction)
    assert not res.ok
    rules = {v.rule for v in res.violations}
    assert rule in rules, (rule, [(v.rule, v.message) for v in res.violations])
    assert all(v.rule in RULES and v.message for v in res.violations)


def test_enough_distinct_cheats_cover_every_rule():
    assert len({(k, p) for k, p, _ in CHEATS}) >= 40
    covered = {r for _, _, r in CHEATS}
    assert covered == set(RULES), set(RULES) - covered


# --- honest answers --------------------------------------------------------------------

HONEST = [
    ("B", "{\n    let test = x < 1000;\n    assert!(test);\n    x * 2\n}"),
    # new helpers under new names bind nothing the locked specs use
    ("C", c_fix("proof fn lemma_triple(x: int)\n    ensures\n        3 * x == x + x + x,\n{\n}")),
    ("C", c_fix("macro_rules! my_helper {\n    () => {};\n}\n\nmod extra {\n    pub open spec fn triple(x: int) -> int {\n        3 * x\n    }\n}")),
    # names of attributes in macros, where no attribute can come of them
    ("C", c_fix("macro_rules! pick {\n    ($p:path, $x:expr) => { $x };\n}")),
    ("B", "{\n    let path = x;\n    assert!(path == x);\n    x * 2\n}"),
    ("B", TWICE_BODY),
    ("B", "{ x * 2 }"),
    ("B", "```rust\n{\n    // doubled\n    x * 2\n}\n```"),
    ("B", TWICE),
    ("B", SRC),
    ("A_ens", ROWS["A_ens"].target),
    ("A_ens", "ensures r == 2 * x,"),
    ("A_ens", "ensures match r { 0 => x == 0, _ => r > x }"),
    ("A_ens", TWICE.replace("r == double(x as int)", "r == x + x")),
    ("A_full", TWICE.replace("x < 1000", "x <= 999")),
    ("A_full", TWICE.replace("    requires\n        x < 1000,\n", "")),
    ("P", COUNT_UP),
    ("P", COUNT_UP.replace("s == i as u64,", "s == i as u64,\n            s <= n as u64,")),
    ("P", COUNT_UP + "\n\nproof fn helper(a: int)\n    ensures\n        a + 0 == a,\n{\n}"),
    ("P", SRC),
    ("C", SRC),
    ("C", SRC.replace("fn count_up", "#[verifier::rlimit(5)]\nfn count_up")),
    ("C", SRC.replace("        i += 1;", "        assert(s == i as u64);\n        i += 1;")),
    ("C", SRC + "\n// trailing comment\n"),
    ("C", "#![allow(unused)]\n#![verifier::loop_isolation(false)]\n" + SRC),
]


@pytest.mark.parametrize("key,prediction", HONEST, ids=[f"{i:02d}-{k}" for i, (k, _) in enumerate(HONEST)])
def test_honest_answer_is_accepted(key, prediction):
    res = check(ROWS[key], prediction)
    assert res.ok, [(v.rule, v.message, v.line) for v in res.violations]
    assert res.assembled is not None


def test_trigger_annotations_are_not_spec_edits():
    src = SRC.replace("        s == n as u64,\n{", "        s == n as u64,\n        forall|j: int| 0 <= j < 3 ==> double(j) >= j,\n{")
    rows = make_rows(src)
    with_trigger = src.replace("==> double(j) >= j", "==> #[trigger] double(j) >= j")
    assert check(rows["C"], with_trigger).ok
    auto = src.replace("forall|j: int| 0 <=", "forall|j: int| #![auto] 0 <=")
    assert check(rows["C"], auto).ok
    # ... but changing the quantified formula is
    assert not check(rows["C"], src.replace("double(j) >= j", "double(j) >= 0")).ok


def test_a_bare_fn_answer_keeps_the_reference_attributes():
    src = SRC.replace("fn twice", "#[verifier::loop_isolation(false)]\nfn twice")
    rows = make_rows(src)
    assert check(rows["B"], TWICE).ok
    assert check(rows["B"], "#[verifier::loop_isolation(false)]\n" + TWICE).ok
    res = check(rows["B"], "#[verifier::external_body]\n" + TWICE)
    assert "external_body" in {v.rule for v in res.violations}


def test_hatches_in_the_locked_code_of_the_target_are_not_added():
    """A and P give the target's code to the model: a cfg the reference code already has
    is locked content, not a hatch the model added (one more still is)."""
    src = SRC.replace("        i += 1;\n", "        #[cfg(feature = \"x\")]\n        i += 1;\n", 1)
    rows = make_rows(src)
    assert check(rows["P"], rows["P"].target).ok
    more = rows["P"].target.replace("s = s + 1;", "#[cfg(feature = \"y\")]\n        s = s + 1;")
    assert "cfg" in {v.rule for v in check(rows["P"], more).violations}


def test_modes_are_detected():
    assert check(ROWS["B"], TWICE_BODY).mode == "hole"
    assert check(ROWS["B"], TWICE).mode == "hole"          # the fn alone is spliced in
    assert check(ROWS["B"], SRC).mode == "file"
    assert check(ROWS["P"], COUNT_UP).mode == "hole"
    assert check(ROWS["A_full"], "```\n" + SRC + "```").mode == "file"
    assert check(ROWS["C"], SRC).mode == "file"


def test_hatches_already_in_the_context_are_not_counted():
    src = SRC.replace("fn twice", "#[verifier::external_body]\nfn twice").replace(
        "spec fn double", "#[verifier::rlimit(50)]\nspec fn double")
    rows = make_rows(src)
    body_ok = "{\n    x * 2\n}"
    assert check(rows["B"], body_ok).ok
    # ... but one more of the same construct is
    res = check(rows["P"], COUNT_UP.replace("fn count_up", "#[verifier::external_body]\nfn count_up"))
    assert {v.rule for v in res.violations} >= {"external_body"}


def test_a_hatch_of_the_context_cannot_move_to_the_fn_under_repair():
    """C: a context with a trusted contract (`external_body` on the lemma, as a contracts
    slice has): taking it off the lemma and putting it on the failing fn keeps the count
    of the file, and is refused; the honest fix, and the attribute left in place, pass."""
    src = SRC.replace("proof fn lemma_double_grows", "#[verifier::external_body]\nproof fn lemma_double_grows")
    row = make_rows(src)["C"]
    assert check(row, src).ok
    moved = src.replace("#[verifier::external_body]\nproof fn lemma_double_grows", "proof fn lemma_double_grows") \
        .replace("fn count_up", "#[verifier::external_body]\nfn count_up")
    res = check(row, moved)
    assert [(v.rule, "count_up" in v.message) for v in res.violations] == [("external_body", True)]
    lines = moved.splitlines()
    at = res.violations[0].line
    assert lines[at - 1] == "#[verifier::external_body]" and lines[at].startswith("fn count_up")
    # into a new fn: refused too
    new_fn = src.replace("#[verifier::external_body]\nproof fn lemma_double_grows", "proof fn lemma_double_grows") \
        .replace("} // verus!", "#[verifier::external_body]\nfn helper() {}\n} // verus!")
    assert {v.rule for v in check(row, new_fn).violations} == {"external_body"}


def test_rlimit_cap_is_the_benchmark_setting():
    pred = SRC.replace("fn count_up", "#[verifier::rlimit(20)]\nfn count_up")
    assert not check(ROWS["C"], pred).ok
    assert check(ROWS["C"], pred, rlimit_cap=30).ok


def test_violation_lines_point_at_the_cheat():
    pred = SRC.replace("        i += 1;", "        assume(false);\n        i += 1;")
    res = check(ROWS["C"], pred)
    line = next(v.line for v in res.violations if v.rule == "assume")
    assert "assume(false)" in pred.splitlines()[line - 1]


def test_strings_and_comments_are_not_hatches():
    assert scan_hatches('let s = "assume(false) #[verifier::external_body]";') == []
    assert scan_hatches("// admit();\n/* #[verifier::external] /* nested */ */ fn f() {}") == []
    assert [h.rule for h in scan_hatches("#[verifier::rlimit(5)] fn f() {}")] == []


def test_result_serialises_to_the_cli_contract():
    d = check(ROWS["B"], body("assume(false);")).to_dict()
    json.dumps(d)
    assert d["ok"] is False and {"rule", "message", "line"} <= set(d["violations"][0])


def test_strip_fences_takes_the_longest_block():
    assert strip_fences("text\n```rust\nfn a() {}\n```\nmore\n```\nx\n```") == "fn a() {}\n"
    assert strip_fences("```verus\nfn b() {}") == "fn b() {}"
    assert strip_fences("plain") == "plain"
    # fences inside a block comment or a doc comment are part of the file
    doc = "/*\n```\nexample\n```\n*/\nfn a() {}\n/// ```\n/// x\n/// ```\nfn b() {}\n"
    assert strip_fences(doc) == doc


def test_unusable_row_is_an_input_error():
    bad = make_rows()["B"]
    bad.context = bad.context.replace(integrity.C.HOLE, "")
    with pytest.raises(integrity.IntegrityInputError):
        check(bad, "{ 0 }")


# --- properties -------------------------------------------------------------------------

_TRIVIA = st.sampled_from([" ", "  ", "\n", "\t", " /* c */ ", " // c\n", "\n\n"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_reformatting_an_honest_answer_never_rejects_it(data):
    """Whitespace and comments between tokens are not edits."""
    from verusbench.syntax import tokenize
    key = data.draw(st.sampled_from(["B", "P", "C"]))
    text = ROWS[key].target
    toks = tokenize(text)
    b = text.encode()
    out, pos = [], 0
    for t in toks:
        out.append(b[pos:t.span[0]].decode())
        if out[-1] == "" or out[-1].isspace():
            out[-1] = data.draw(_TRIVIA) if out[-1] else data.draw(st.sampled_from(["", " "]))
        out.append(t.text)
        pos = t.span[1]
    out.append(b[pos:].decode())
    pred = "".join(out)
    res = check(ROWS[key], pred)
    assert res.ok, [(v.rule, v.message) for v in res.violations]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(key=st.sampled_from(sorted(ROWS)), junk=st.text(max_size=300))
def test_arbitrary_text_never_crashes_the_checker(key, junk):
    res = check(ROWS[key], junk)
    assert isinstance(res.ok, bool)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stmt=st.sampled_from(["assume(false);", "admit();", "assume_(false);",
                             "vstd::pervasive::assume(false);", "inline_air_stmt(\"x\");"]),
       ws=st.sampled_from(["", " ", "\n", " /* x */ "]))
def test_hatch_statements_are_found_however_spaced(stmt, ws):
    spaced = stmt.replace("(", ws + "(").replace("::", ws + "::" + ws)
    res = check(ROWS["B"], body(spaced))
    assert not res.ok
    assert res.violations[0].rule in {"assume", "admit", "assume_", "pervasive_assume",
                                      "inline_air_stmt"}


def test_a_second_definition_beside_the_contexts_is_a_duplicate_not_a_shadow():
    """rustc rejects two `double`s in one module, so that is no cheat; one in a new module
    (which glob-imports the parent) shadows the parent's for that module's code."""
    dup = c_fix("spec fn double(x: int) -> int {\n    0\n}")
    assert "shadowing" not in {v.rule for v in check(ROWS["C"], dup).violations}
    inner = c_fix("mod m2 {\n    use super::*;\n    pub open spec fn double(x: int) -> int {\n        0\n    }\n}")
    assert "shadowing" in {v.rule for v in check(ROWS["C"], inner).violations}


def c_row_with(data: str):
    """The C row with `data` (items) added to its context before `double`, and its honest
    repair with the same items."""
    row = ROWS["C"]
    at = row.context.index("spec fn double")
    return (dataclasses.replace(row, context=row.context[:at] + data + row.context[at:]),
            SRC.replace("spec fn double", data + "spec fn double", 1))


def test_a_repair_keeps_the_contexts_types_consts_and_statics():
    """The locked specs mean what they say of the context's data: a field made `u8`, a field
    added, a const or a `macro_rules!` changed alters that while every locked token stays."""
    data = ("pub struct Pair {\n    pub a: u64,\n    pub b: u64,\n}\n\npub const LIMIT: u32 = 1000;\n\n"
            "pub enum Tag {\n    One,\n    Two(u64),\n}\n\n"
            "macro_rules! bound {\n    () => {\n        1000\n    };\n}\n\n")
    ctx_row, fixed = c_row_with(data)
    assert "locked_changed" not in {v.rule for v in check(ctx_row, fixed).violations}
    for old, new in (("pub a: u64,", "pub a: u8,"), ("    pub b: u64,\n}", "    pub b: u64,\n    pub c: u64,\n}"),
                     ("LIMIT: u32 = 1000", "LIMIT: u32 = 10"), ("    Two(u64),\n", "    Two(u8),\n"),
                     ("        1000\n    };", "        10\n    };")):
        assert old in fixed
        res = check(ctx_row, fixed.replace(old, new, 1))
        assert "locked_changed" in {v.rule for v in res.violations}, new


def test_a_repair_may_not_shadow_a_trait_method_the_specs_call_nor_change_an_associated_type():
    """An inherent method takes precedence over a trait's of the same name, so a new
    `impl Buf { spec fn view .. }` would change what `b.view()` means in a locked ensures."""
    data = ("pub struct Buf {\n    pub v: Vec<u64>,\n}\n\nimpl View for Buf {\n    type V = Seq<u64>;\n\n"
            "    open spec fn view(&self) -> Seq<u64> {\n        self.v@\n    }\n}\n\n"
            "fn size(b: &Buf) -> (r: usize)\n    ensures\n        r == b.view().len(),\n{\n    b.v.len()\n}\n\n")
    ctx_row, fixed = c_row_with(data)
    assert check(ctx_row, fixed).ok
    helper = "impl Buf {\n    pub open spec fn count(&self) -> nat {\n        self.v@.len()\n    }\n}\n\n"
    assert check(ctx_row, fixed.replace("fn size(", helper + "fn size(", 1)).ok
    shadow = helper.replace("count(&self) -> nat", "view(&self) -> Seq<u64>").replace("self.v@.len()", "Seq::empty()")
    res = check(ctx_row, fixed.replace("fn size(", shadow + "fn size(", 1))
    assert "shadowing" in {v.rule for v in res.violations}
    res = check(ctx_row, fixed.replace("type V = Seq<u64>;", "type V = Seq<u8>;"))
    assert "locked_changed" in {v.rule for v in res.violations}
