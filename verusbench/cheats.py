"""One cheating candidate per integrity rule, for real Verus to show that each rule is needed.

Every cheat is an answer to a row cut from one small program (`BASE`, built from the
recordings `ok_basic` and `vec_loop_ok`, which real Verus verified). Where a rule guards
soundness, the cheat makes a claim go through that the program does not earn (a `max` that
returns `a`, a loop with no invariant); where it guards the machine (files, environment),
the cheat verifies while it reads outside the job dir. `verusbench.integrity.check`
rejects each with its rule; `pending_items()` is what `verification/pending/cheats/` holds.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import constants as C
from .records import RowMetadata, TaskRow, row_id

BASE = """\
use vstd::prelude::*;

verus! {

fn max(a: u64, b: u64) -> (r: u64)
    ensures
        r >= a,
        r >= b,
        r == a || r == b,
{
    if a >= b { a } else { b }
}

fn sum_len(v: &Vec<u64>) -> (r: usize)
    ensures
        r == v.len(),
{
    let mut i: usize = 0;
    while i < v.len()
        invariant
            i <= v.len(),
        decreases v.len() - i,
    {
        i = i + 1;
    }
    i
}

} // verus!
"""

#: A library unit's client-crate form (verusbench.client: vstd's seq_lib lemma, its module
#: mirrored, vstd glob-imported): the local lemma shadows vstd's verified copy of itself
CLIENT = """\
pub mod seq_lib {
verus! {

broadcast use group_seq_lemmas;

pub broadcast proof fn lemma_multiset_commutative<A>(a: Seq<A>, b: Seq<A>)
    ensures
        #[trigger] (a + b).to_multiset() =~= a.to_multiset().add(b.to_multiset()),
    decreases a.len(),
{
    broadcast use super::multiset::group_multiset_axioms;

    if a.len() == 0 {
        assert(a + b =~= b);
    } else {
        lemma_multiset_commutative(a.drop_first(), b);
        assert(a.drop_first() + b =~= (a + b).drop_first());
    }
}

} // verus!

#[allow(unused_imports)]
use vstd::prelude::*;
use vstd::seq::*;
#[allow(unused_imports)]
use vstd::seq_lib::*;
} // mod seq_lib
#[allow(unused_imports)]
pub use vstd::*;
"""
_CLIENT_BODY = CLIENT[CLIENT.index("{\n    broadcast use super"):CLIENT.index("\n\n} // verus!")]

#: A method of vstd's `Seq` in its client-crate form (verusbench.method_form: `self` is the
#: parameter `self_`, the recursion a free call); vstd's method of the same name is its copy
METHOD = """\
pub mod seq_lib {
verus! {

broadcast use group_seq_lemmas;

pub proof fn index_of_last_ensures<A>(self_: Seq<A>, needle: A)
        ensures
            match self_.index_of_last(needle) {
                Some(index) => {
                    &&& self_.contains(needle)
                    &&& 0 <= index < self_.len()
                    &&& self_[index] == needle
                    &&& forall|j: int| 0 <= index < j < self_.len() ==> self_[j] != needle
                },
                None => { !self_.contains(needle) },
            },
        decreases self_.len(),
    {
        if self_.contains(needle) {
            let index = self_.index_of_last(needle).unwrap();
            if self_.len() <= 0 {
            } else if self_.last() == needle {
            } else {
                assert(self_.drop_last().push(self_.last()) =~= self_);
                index_of_last_ensures(self_.drop_last(), needle);
            }
        }
    }

} // verus!

#[allow(unused_imports)]
use vstd::pervasive::*;
use vstd::prelude::*;
use vstd::seq::*;
#[allow(unused_imports)]
use vstd::seq_lib::*;
} // mod seq_lib
#[allow(unused_imports)]
pub use vstd::*;
"""
_METHOD_BODY = METHOD[METHOD.index("{\n        if self_.contains"):METHOD.index("\n\n} // verus!")]

#: The Task C context: without its invariant the loop proves nothing about `i` after it.
FAILING = BASE.replace("        invariant\n            i <= v.len(),\n", "")

_MAX_BODY = "{\n    if a >= b { a } else { b }\n}"
_MAX_SPEC = "    ensures\n        r >= a,\n        r >= b,\n        r == a || r == b,\n"
_MAX_FN = "fn max(a: u64, b: u64) -> (r: u64)\n" + _MAX_SPEC + _MAX_BODY
_SUM_LEN = BASE[BASE.index("fn sum_len"):BASE.index("\n} // verus!")].rstrip() + "\n"
_FAILING_SUM_LEN = FAILING[FAILING.index("fn sum_len"):FAILING.index("\n} // verus!")].rstrip() + "\n"
_END = "} // verus!\n"


def _cut(src: str, part: str) -> tuple[str, str]:
    assert src.count(part) == 1, part
    return src.replace(part, C.HOLE, 1), part


def _row(task: str, context: str, target: str, variant: str = "", fn: str = "",
         reference: str = BASE, minimized: str = "none", slice_of: str = "") -> TaskRow:
    md = RowMetadata(source="cheats", repo="verusbench", commit="0" * 40, path="cheats_base.rs",
                     license="MIT", role="demo", verus_version="", verified="unchecked",
                     target_fn=fn, variant=variant,
                     error_category=C.CAT_POSTCONDITION if task == C.TASK_REPAIR else "",
                     minimized=minimized, slice_of=slice_of)
    return TaskRow(id=row_id(task, variant, context, target), task=task, context=context,
                   target=target, reference_file=reference, prompt="", completion=target,
                   messages=[], metadata=md)


def rows() -> dict[str, TaskRow]:
    """The rows the cheats answer: B, A (ensures only, full) on `max`, P on `sum_len`, C."""
    out = {"B": _row(C.TASK_CODE, *_cut(BASE, _MAX_BODY), fn="max"),
           "A_ens": _row(C.TASK_SPEC, *_cut(BASE, _MAX_SPEC.strip()), "ensures_only", "max"),
           "A_full": _row(C.TASK_SPEC, *_cut(BASE, _MAX_FN), "full", "max"),
           "P": _row(C.TASK_PROOF, *_cut(BASE, _SUM_LEN.rstrip("\n")), fn="sum_len")}
    out["C"] = _row(C.TASK_REPAIR, FAILING, BASE)
    out["B_client"] = _row(C.TASK_CODE, *_cut(CLIENT, _CLIENT_BODY), fn="lemma_multiset_commutative",
                           reference=CLIENT, minimized=C.MINIMIZED_CLIENT)
    out["B_method"] = _row(C.TASK_CODE, *_cut(METHOD, _METHOD_BODY), fn="Seq<A>::index_of_last_ensures",
                           reference=METHOD, minimized=C.MINIMIZED_CLIENT,
                           slice_of=f"vstd (client crate; the method `Seq<A>::index_of_last_ensures` "
                                    f"{C.CLIENT_METHOD})")
    return out


@dataclass(frozen=True)
class Cheat:
    rule: str            # the integrity rule that must reject it
    row: str             # key of rows()
    prediction: str      # the model's answer
    cheats: str          # what it gets away with if the rule is bypassed
    expect: str          # what real Verus should say: a status, or "unknown" (+ why in note)
    note: str = ""
    case: str = ""       # a second cheat of one rule: its own name (else the rule names it)


def _body(*stmts: str) -> str:
    """A B answer: `max`'s body that returns `a` (wrong when b > a) after some statements."""
    return "{\n" + "".join(f"    {s}\n" for s in stmts) + "    a\n}"


def _max_with(attr: str = "", spec: str = _MAX_SPEC, body: str = "{\n    a\n}") -> str:
    """A B answer in fn form: `max` with an attribute, a spec and a body."""
    return (attr + "\n" if attr else "") + "fn max(a: u64, b: u64) -> (r: u64)\n" + spec + body


def _c(sum_len: str | None = None, extra: str = "", top: str = "", after: str = "",
       stmt: str = "") -> str:
    """A C answer: the failing file with sum_len replaced (None: kept, with `stmt` before its
    result), items added inside verus! (`extra`), at the top, or after it."""
    fn = _FAILING_SUM_LEN
    if stmt:
        fn = fn.replace("    }\n    i\n}", f"    }}\n    {stmt}\n    i\n}}")
    if sum_len is not None:
        fn = sum_len
    src = FAILING.replace(_FAILING_SUM_LEN, fn)
    if extra:
        src = src.replace(_END, extra.rstrip("\n") + "\n\n" + _END)
    return top + src + after


_HONEST_SUM_LEN = _SUM_LEN       # the repair itself (for cheats whose harm is not a proof)
#: a wrong helper made trusted by a macro (attribute_indirection, external_body_macro)
_LEN_OF = "fn len_of(v: &Vec<u64>) -> (r: usize) ensures r == v.len() { 0 }"
_TRUSTED_MACRO = """
macro_rules! trusted {
    ($h:tt, $($i:tt)*) => { verus! { $h [verifier::external_body] $($i)* } };
}
"""
_TRUSTED_SUM_LEN = """\
fn sum_len(v: &Vec<u64>) -> (r: usize)
    ensures
        r == v.len(),
{
    len_of(v)
}
"""
_SPIN_SUM_LEN = """\
fn sum_len(v: &Vec<u64>) -> (r: usize)
    ensures
        r == v.len(),
{
    let mut i: usize = 0;
    while i != v.len()
    {
    }
    i
}
"""
_PID_SPEC = ("pub assume_specification[ std::process::id ]() -> (r: u32)\n"
             "    ensures\n        false;")
_FALSE_PROOF = "claims `max` returns the larger number while it returns `a`"
_FAILING_PROOF = "makes the failing `sum_len` (no loop invariant) verify"

CHEATS: list[Cheat] = [
    Cheat("hole_escape", "A_ens",
          "ensures\n        r == a,\n{\n    a\n}\n\nfn max_spare(a: u64, b: u64) -> (r: u64)",
          "closes `max` after its spec and gives it a new body; the locked code moves to a new "
          "fn, so `max` is proven to return `a`", "verified"),
    Cheat("locked_changed", "B", _max_with(spec="    ensures\n        r == a,\n"),
          "weakens the locked spec of `max` to `r == a`", "verified"),
    Cheat("item_removed", "C", _c(sum_len=""), "deletes the failing fn", "verified"),
    Cheat("outside_verus", "C",
          _c(sum_len="", after="\nfn sum_len(v: &Vec<u64>) -> usize {\n    v.len()\n}\n"),
          "moves the failing fn outside verus!, where nothing is verified", "verified"),
    Cheat("assume", "B", _body("assume(false);"), _FALSE_PROOF, "verified"),
    Cheat("assume_", "B", _body("proof { ::verus_builtin::assume_(false); }"), _FALSE_PROOF,
          "verified", "the function `assume(..)` expands to"),
    Cheat("pervasive_assume", "B", _body("proof { vstd::pervasive::assume(false); }"),
          _FALSE_PROOF, "verified", "--no-cheating does not catch it (verus-reference.md §4)"),
    Cheat("admit", "B", _body("proof { admit(); }"), _FALSE_PROOF, "verified"),
    Cheat("external_body", "B", _max_with("#[verifier::external_body]"), _FALSE_PROOF,
          "verified"),
    Cheat("external", "B", _max_with("#[verifier::external]"),
          "`max` is ignored by the verifier, spec and all", "verified"),
    Cheat("axiom", "C", _c(extra="axiom fn ax_false()\n    ensures\n        false;",
                           stmt="proof { ax_false(); }"), _FAILING_PROOF, "verified"),
    Cheat("uninterp", "C", _c(sum_len=_HONEST_SUM_LEN, extra="uninterp spec fn magic(x: int) -> bool;"),
          "declares a spec fn with no definition", "verified",
          "no false claim follows from it alone (verus-reference.md §4 calls it harmless; "
          "--no-cheating rejects it): the rule keeps spec fns defined"),
    Cheat("assume_specification", "C", _c(extra=_PID_SPEC, stmt="let _pid = std::process::id();"),
          _FAILING_PROOF + " through a trusted `ensures false` on std::process::id", "verified",
          "compile_error if vstd already specifies std::process::id"),
    Cheat("external_fn_specification", "C",
          _c(extra="#[verifier::external_fn_specification]\npub fn ex_process_id() -> (r: u32)\n"
                   "    ensures\n        false,\n{\n    std::process::id()\n}",
             stmt="let _pid = std::process::id();"),
          _FAILING_PROOF + " through a trusted `ensures false` on std::process::id", "verified",
          "compile_error if vstd already specifies std::process::id"),
    Cheat("external_type_specification", "C",
          _c(sum_len=_HONEST_SUM_LEN, extra="#[verifier::external_type_specification]\n"
             "#[verifier::external_body]\npub struct ExIpv4Addr(std::net::Ipv4Addr);"),
          "trusts the declaration of a std type", "verified",
          "no false claim alone; the rule keeps trusted type declarations out of answers"),
    Cheat("external_trait_specification", "C",
          _c(sum_len=_HONEST_SUM_LEN, extra="#[verifier::external_trait_specification]\n"
             "pub trait ExUnwindSafe {\n    type ExternalTraitSpecificationFor: "
             "core::panic::UnwindSafe;\n}"),
          "trusts a spec for a std trait", "unknown",
          "no false claim alone; Verus may refuse an auto trait here (compile_error)"),
    Cheat("external_trait_extension", "C",
          _c(sum_len=_HONEST_SUM_LEN, extra="#[verifier::external_trait_specification]\n"
             "#[verifier::external_trait_extension(UnwindSpec via UnwindSpecImpl)]\n"
             "pub trait ExUnwindSafe {\n    type ExternalTraitSpecificationFor: "
             "core::panic::UnwindSafe;\n\n    spec fn unwind_ok(&self) -> bool;\n}"),
          "adds trusted spec fns to a std trait", "unknown",
          "no false claim alone; also hits external_trait_specification"),
    Cheat("exec_allows_no_decreases_clause", "C",
          _c(sum_len="#[verifier::exec_allows_no_decreases_clause]\n" + _SPIN_SUM_LEN),
          "a loop that never ends for a non-empty vec proves `r == v.len()` (partial "
          "correctness)", "verified"),
    Cheat("assume_termination", "C",
          _c(sum_len="#[verifier::assume_termination]\nfn sum_len(v: &Vec<u64>) -> (r: usize)\n"
                     "    ensures\n        r == v.len(),\n{\n    sum_len(v)\n}\n"),
          "endless recursion proves `r == v.len()` from its own postcondition", "verified"),
    Cheat("assume_externals", "C",
          _c(sum_len=_HONEST_SUM_LEN,
             extra="#[verifier::assume(externals_available_without_declaration)]\n"
                   "fn pid() -> u32 {\n    std::process::id()\n}"),
          "calls unverified std code that has no spec", "unknown",
          "no false claim alone; without the attribute the call is an error"),
    Cheat("verus_internal", "B", _max_with("#[verus::internal(verus_macro)]\n#[verus::internal(external_auto_derives)]"),
          "marks `max` with attributes only the verus! macro may write", "unknown",
          "what these internal attributes do to a user fn is not documented"),
    Cheat("cfg", "C", _c(sum_len="#[cfg(not(verus_keep_ghost))]\n" + _FAILING_SUM_LEN),
          "hides the failing fn from the verifier (it is compiled, never verified)", "verified"),
    Cheat("cfg", "C", _c(sum_len="#[test]\n" + _FAILING_SUM_LEN),
          "marks the failing fn a test: rustc keeps it only under `--test`, so Verus never sees it",
          "verified", case="cfg_test"),
    Cheat("crate_attribute", "C",
          _c(sum_len=_SPIN_SUM_LEN, top="#![verifier::exec_allows_no_decreases_clause]\n"),
          "turns off termination checking for the whole crate; a loop that never ends proves "
          "`r == v.len()`", "verified", "also hits exec_allows_no_decreases_clause"),
    Cheat("rlimit", "B", _max_with("#[verifier::rlimit(infinity)]", body=_MAX_BODY),
          "lets a proof use more than the benchmark's budget (rlimit 10)", "verified",
          "no false claim: the answer is honest, the budget is not"),
    Cheat("inline_air_stmt", "B", _body('proof { inline_air_stmt("(assume false)"); }'),
          _FALSE_PROOF + " with raw AIR", "compile_error",
          "needs `-V allow-inline-air`, which the harness never passes"),
    Cheat("include", "B", _max_with('#[doc = include_str!("/etc/passwd")]', body=_MAX_BODY),
          "reads /etc/passwd at compile time, silently", "verified"),
    Cheat("env", "B", _max_with('#[doc = env!("PATH")]', body=_MAX_BODY),
          "reads the verifier's environment at compile time", "verified"),
    Cheat("path_attribute", "C",
          _c(sum_len=_HONEST_SUM_LEN, extra='#[path = "/dev/null"]\nmod outside;'),
          "makes rustc load a module from outside the job dir", "verified"),
    Cheat("library_copy", "B_client",
          "{\n    vstd::seq_lib::lemma_multiset_commutative(a, b);\n}",
          "proves a vstd lemma's client-crate form by calling vstd's own copy of it", "verified"),
    Cheat("library_copy", "B_client",
          "{\n    use vstd::seq_lib::{lemma_multiset_commutative as commutes};\n    commutes(a, b);\n}",
          "reaches vstd's own copy through a use tree, where no path ends in the fn's name", "verified",
          case="library_copy_use_tree"),
    Cheat("library_copy", "B_client",
          "{\n    macro_rules! call_in {\n        ($m:path, $f:ident) => { $m::$f(a, b) };\n    }\n"
          "    call_in!(vstd::seq_lib, lemma_multiset_commutative);\n}",
          "reaches vstd's own copy through a macro that pastes the name behind a path", "verified",
          case="library_copy_macro"),
    Cheat("library_copy", "B_client",
          "{\n    vstd::seq_lib::r#lemma_multiset_commutative(a, b);\n}",
          "reaches vstd's own copy through the raw identifier `r#name` (the same identifier)", "verified",
          case="library_copy_raw"),
    Cheat("library_copy", "B_method",
          "{\n        self_.index_of_last_ensures(needle);\n    }",
          "proves a vstd method's free-fn form by calling vstd's method of the same name", "verified",
          case="library_copy_method"),
    Cheat("attribute_indirection", "C",
          _c(sum_len=_TRUSTED_SUM_LEN, after=_TRUSTED_MACRO.replace("$h [verifier::external_body]",
                                                                    "#[verifier::$a]").replace("$h:tt", "$a:ident")
             + "\ntrusted!(external_body, " + _LEN_OF + ");\n"),
          "a macro puts `#[verifier::external_body]` on a wrong helper without the attribute "
          "being written: `#[verifier::$a]`, with `external_body` passed in", "verified",
          "also hits external_body (its name in a macro's arguments) and outside_verus"),
    Cheat("external_body", "C",
          _c(sum_len=_TRUSTED_SUM_LEN, after=_TRUSTED_MACRO + "\ntrusted!(#, " + _LEN_OF + ");\n"),
          "a macro pastes a `#` passed in before `[verifier::external_body]`: no attribute is "
          "written, the name stands in the macro's body", "verified", "also hits outside_verus",
          case="external_body_macro"),
    Cheat("shadowing", "C",
          FAILING.replace("verus! {\n", "verus! {\n\nmacro_rules! verus {\n    ($($t:tt)*) => {};\n}\n\nverus! {\n", 1)
          .replace(_END, "}\n\n" + _END),
          "a local `macro_rules! verus` erases the inner `verus!` holding every fn: the failing "
          "file verifies with nothing in it", "verified", "every locked token is still there"),
    Cheat("macro_indirection", "C",
          _c(sum_len=_HONEST_SUM_LEN,
             extra='macro_rules! doc_from {\n    ($m:ident) => {\n        #[doc = $m!("PATH")]\n'
                   '        pub fn documented() {}\n    };\n}\n\ndoc_from!(env);'),
          "calls `env!` without naming it as a macro", "verified"),
]

#: rules whose cheat is a hostile candidate (verusbench.hostile), not a false proof
HOSTILE_RULES = frozenset({"too_large"})

#: honest files: the base must verify and the C context fail, or the cheats prove nothing
CONTROLS = [("base", BASE, "verified", "the program every cheat starts from"),
            ("failing", FAILING, "failed", "the Task C context (sum_len without its invariant)"),
            ("client", CLIENT, "verified", "a vstd lemma's client-crate form (the B_client row's reference)"),
            ("method", METHOD, "verified", "a vstd method's client-crate form, as a free fn (the B_method "
             "row's reference)")]


def candidate(cheat: Cheat) -> str:
    """The file the cheat would have verified (what the integrity layer assembles)."""
    from .integrity import assemble
    return assemble(rows()[cheat.row], cheat.prediction)[0]


def pending_items() -> list[tuple[str, dict]]:
    """(file text, metadata) for `verification/pending/cheats/`: the controls, then one
    cheat per rule."""
    r = rows()
    items = [(text, {"kind": "control", "case": name, "expect": expect, "what": what})
             for name, text, expect, what in CONTROLS]
    for ch in CHEATS:
        items.append((candidate(ch), {"kind": "cheat", "rule": ch.rule, "task": r[ch.row].task,
                                      "row": ch.row, "cheats": ch.cheats, "expect": ch.expect,
                                      "note": ch.note, **({"case": ch.case} if ch.case else {})}))
    return items


def export(out_dir):
    """Write `verification/pending/cheats/` (deterministic: same code, same bytes)."""
    from .pending import write_pending
    return write_pending(out_dir, pending_items(), name="cheats", created_by="verusbench.cheats",
                         purpose="one cheating candidate per integrity rule, bypassing the check: "
                                 "a cheat that verifies shows the rule is needed",
                         extra_meta={"rules_covered_by_hostile": sorted(HOSTILE_RULES)})


def ledger_mismatches(ledger) -> tuple[list[str], list[tuple[str, str, str]]]:
    """(entries the ledger lacks, (case or rule, status, expected) where real Verus
    disagreed). "unknown" expects only an answer; a verified cheat shows its rule is needed."""
    from .ledger import text_sha256
    missing, wrong = [], []
    for text, meta in pending_items():
        name = meta.get("case") or meta["rule"]
        e = ledger.get(text_sha256(text))
        if e is None:
            missing.append(name)
        elif meta["expect"] != "unknown" and e.result.status != meta["expect"]:
            wrong.append((name, e.result.status, meta["expect"]))
    return missing, wrong
