"""The client-crate form of a library's own units (verusbench.client): a vstd lemma becomes
an ordinary crate that links vstd, with the fn byte-exact, the file's private helpers it
needs, its imports as vstd paths, and nothing vstd already provides; what cannot be written
as a client gets a reason; a client row's answer may not reach the library's own copy."""

from __future__ import annotations

import dataclasses

from verusbench import constants as C
from verusbench.client import LIBRARIES, LibraryModules, client_form, module_path
from verusbench.corpus import CorpusRecord
from verusbench.integrity import check
from verusbench.minimize import SliceChoice, inline_group, slice_group
from verusbench.pipeline import BuildContext, Units, inline, slice as slice_stage, tasks
from verusbench.build import BuildOptions
from verusbench.syntax import parse
from verusbench.units import extract_units

ROOT = """#![cfg_attr(verus_keep_ghost, feature(core_intrinsics))]
pub mod prelude;
pub mod arith;
pub mod aliased;
mod hidden;
#[cfg(feature = "nonzero_internals")]
pub mod gated;

use prelude::*;

verus! {

#[cfg_attr(verus_keep_ghost, verifier::broadcast_use_by_default_when_this_crate_is_imported)]
pub broadcast group group_default {
    arith::lemma_default_listed,
}

} // verus!
"""
PRELUDE = "pub use verus_builtin::*;\npub use verus_builtin_macros::verus;\n"
HIDDEN = """use super::prelude::*;
verus! {
pub proof fn secret_lemma(x: int) ensures x + 0 == x {}

pub open spec fn twice(x: int) -> int {
    x + x
}

pub proof fn lemma_twice(x: int)
    ensures
        twice(x) == 2 * x,
{
}

pub struct Far {
    k: u64,
}
} // verus!
"""
ARITH = """//! Arithmetic lemmas.
#[allow(unused_imports)]
use super::prelude::*;
#[cfg(verus_keep_ghost)]
use super::hidden::secret_lemma;

verus! {

pub open spec fn double(x: int) -> int {
    2 * x
}

proof fn helper(x: int)
    ensures
        double(x) == x + x,
{
}

/// the unit: needs `helper` (private: copied) and `double` (public: vstd's own)
pub proof fn lemma_double_pos(x: int)
    requires
        x > 0,
    ensures
        double(x) > x,
{
    helper(x);
}

pub proof fn lemma_uses_secret(x: int)
    ensures
        x + 0 == x,
{
    secret_lemma(x);
}

mod inner_mod {
    use super::*;

    pub(super) proof fn lemma_in_inner(x: int)
        ensures
            double(x) == x + x,
    {
        helper(x);
    }
}

pub broadcast proof fn lemma_in_group(x: int)
    ensures
        #[trigger] double(x) == 2 * x,
{
}

pub broadcast proof fn lemma_default_listed(x: int)
    ensures
        #[trigger] double(x) == x + x,
{
}

pub broadcast group group_arith {
    lemma_in_group,
}

pub struct Counter {
    n: u64,
}

impl Counter {
    pub proof fn lemma_method(&self)
        ensures
            self.n >= 0,
    {
    }
}

pub struct Open {
    pub m: u64,
}

// an impl of another file's type: neither a free fn (it reads a private field) nor a copy
impl super::hidden::Far {
    pub proof fn lemma_far(&self)
        ensures
            self.k >= 0,
    {
    }
}

impl Open {
    pub proof fn lemma_public_field(&self)
        ensures
            self.m >= 0,
    {
    }
}

// a private type of the file: its private `size` is not Bag's (Bag's forms call Bag::size)
struct Hidden {
    v: u64,
}

impl Hidden {
    proof fn size(&self)
        ensures
            self.v >= 0,
    {
    }
}

#[verifier::external_body]
pub struct Bag<A> {
    dummy: A,
}

impl<A> Bag<A> {
    pub uninterp spec fn size(self) -> nat;

    pub open spec fn pick(self, n: nat) -> nat {
        n
    }

    pub proof fn lemma_pick_le(self, n: nat)
        requires
            n <= self.size(),
        ensures
            self.pick(n) <= self.size(),
        decreases n,
    {
        if n > 0 {
            self.lemma_pick_le((n - 1) as nat);
            Self::lemma_pick_le(self, (n - 1) as nat);
        }
    }

    proof fn private_helper(self)
        ensures
            self.pick(0) == 0,
    {
    }

    pub proof fn lemma_uses_private(self)
        ensures
            self.pick(0) == 0,
    {
        self.private_helper();
    }
}

} // verus!
"""
GATED = """use super::prelude::*;
verus! {
pub proof fn lemma_gated(x: int) ensures x == x { }
} // verus!
"""
ALIASED = """#[allow(unused_imports)]
use super::prelude::*;
use verus as verus_;

verus_! {

pub proof fn lemma_aliased(x: int)
    ensures
        x + 1 > x,
{
}

} // verus!
"""
FILES = {"source/vstd/aliased.rs": ALIASED, "source/vstd/vstd.rs": ROOT, "source/vstd/prelude.rs": PRELUDE, "source/vstd/hidden.rs": HIDDEN,
         "source/vstd/arith.rs": ARITH, "source/vstd/gated.rs": GATED}


def _rec(path: str, text: str) -> CorpusRecord:
    return CorpusRecord("verus", "verus-lang/verus", "c1", path, C.ROLE_LIBRARY, "MIT", text)


def _forms():
    recs = [_rec(p, t) for p, t in FILES.items()]
    units = {r.path: extract_units(r, parse(r.text))[0] for r in recs}
    g = inline_group(recs)
    res = slice_group(g, {p: us for p, us in units.items() if us})
    by_fn = {u.fn_name: ch for p, us in units.items() for u, ch in zip(us, res.by_path.get(p, []))}
    return by_fn, res, units


def test_module_paths_and_public_paths():
    lib = LIBRARIES[0]
    assert module_path(lib, "source/vstd/arithmetic/power2.rs") == ("arithmetic", "power2")
    assert module_path(lib, "source/vstd/arithmetic/mod.rs") == ("arithmetic",)
    assert module_path(lib, "source/vstd/vstd.rs") == ()
    mods = LibraryModules(lib, FILES)
    assert mods.public(("arith",)) == ("arith",)
    assert mods.public(("hidden",)) is None          # `mod hidden;`: private
    assert mods.public(("gated",)) is None           # behind a feature the linked vstd lacks


def test_use_leaves_resolve_to_client_paths():
    from verusbench.client import UseLeaf, resolve
    mods = LibraryModules(LIBRARIES[0], FILES)
    real = ("arith",)
    assert resolve(mods, real, UseLeaf(["super", "prelude", "*"])) == "vstd::prelude::*"
    assert resolve(mods, real, UseLeaf(["crate", "arith", "double"])) == "vstd::arith::double"
    assert resolve(mods, real, UseLeaf(["super", "arith", "self"])) == "vstd::arith"
    assert resolve(mods, real, UseLeaf(["core", "mem", "swap"])) == "core::mem::swap"
    assert resolve(mods, real, UseLeaf(["super", "hidden", "secret_lemma"])) is None   # private module
    assert resolve(mods, real, UseLeaf(["super", "super", "x"])) is None               # above the root


def test_client_form_keeps_the_fn_and_its_private_helpers_and_links_the_rest():
    by_fn, res, units = _forms()
    ch = by_fn["lemma_double_pos"]
    assert isinstance(ch, SliceChoice) and ch.form == C.MINIMIZED_CLIENT
    u = next(u for u in units["source/vstd/arith.rs"] if u.fn_name == "lemma_double_pos")
    text = ch.text
    assert text.encode()[ch.fn_span[0]:ch.fn_span[1]] == u.fn_text().encode()   # byte-exact
    assert "proof fn helper" in text                     # private: copied
    assert "spec fn double" not in text                  # public: vstd's own, through the glob
    assert "lemma_uses_secret" not in text and "struct Counter" not in text
    # the module path is mirrored; each level glob-imports its vstd counterpart, at its end
    assert text.index("pub mod arith {") < ch.fn_span[0]
    assert "use vstd::arith::*;" in text and text.rstrip().endswith("pub use vstd::*;")
    assert "use vstd::prelude::*;" in text               # the file's import, as a vstd path
    assert "super::" not in text[text.index("} // verus!"):]
    assert not parse(text).diagnostics
    assert ch.crate_root == "vstd (client crate)" and ch.context_tokens < ch.whole_tokens


def test_a_unit_of_a_private_module_keeps_what_it_needs_of_its_file():
    by_fn, res, units = _forms()
    ch = by_fn["lemma_twice"]
    assert isinstance(ch, SliceChoice) and ch.form == C.MINIMIZED_CLIENT
    u = next(u for u in units["source/vstd/hidden.rs"] if u.fn_name == "lemma_twice")
    assert ch.text.encode()[ch.fn_span[0]:ch.fn_span[1]] == u.fn_text().encode()
    # a client reaches nothing of `hidden`: its spec fn is copied, and no glob names the module
    assert "open spec fn twice" in ch.text and "vstd::hidden" not in ch.text
    assert "secret_lemma" not in ch.text
    assert ch.text.index("pub mod hidden {") < ch.fn_span[0] and ch.text.rstrip().endswith("pub use vstd::*;")
    assert not parse(ch.text).diagnostics


def test_what_a_client_cannot_write_gets_a_reason_and_the_crate_slice_instead():
    by_fn, res, _ = _forms()
    why = res.client_reasons
    # a method that reads a private field of a type of another file: the crate slice instead
    far = by_fn["super::hidden::Far::lemma_far"]
    assert not (isinstance(far, SliceChoice) and far.form)
    assert any("reads a field" in k for k in why)
    # a `pub` field a client can read: the form reads it through the parameter
    ch = by_fn["Open::lemma_public_field"]
    assert isinstance(ch, SliceChoice) and ch.form and "self_.m >= 0" in ch.text
    assert any("default broadcast group" in k for k in why)    # lemma_default_listed
    assert not (isinstance(by_fn["lemma_default_listed"], SliceChoice) and by_fn["lemma_default_listed"].form)


def _sliced():
    """The inline and slice stages over the library's files: (context, their output)."""
    recs = [_rec(p, t) for p, t in FILES.items()]
    files = [us for r in recs if (us := extract_units(r, parse(r.text))[0])]
    opts = BuildOptions(corpus="x", out="y", progress=False, workers=1)
    ctx = BuildContext(opts=opts, ledger=None)
    inp = Units(files=files, repair_chains=[], llm_artifacts=[], benchmark_ngrams={}, upgrades={},
                crate_records={("verus", "verus-lang/verus", "c1"): recs})
    return ctx, slice_stage(ctx, inline(ctx, inp))


def test_slice_stage_gives_library_units_client_contexts_and_exports_them():
    ctx, out = _sliced()
    got = {u.fn_name: u for us in out.files for u in us}
    u = got["lemma_double_pos"]
    assert u.minimized == C.MINIMIZED_CLIENT and u.slice_of == "vstd (client crate)"
    assert any(meta["target_fn"] == "lemma_double_pos" for _, meta in out.slices)   # for real Verus
    st = out.report["minimize"]["by_source"]["verus"]
    assert st["client_form"] >= 1
    assert out.report["minimize"]["no_client_form"]
    rows = tasks(ctx, out).rows
    client_rows = [r for r in rows if r.metadata.minimized == C.MINIMIZED_CLIENT]
    assert client_rows and all(r.metadata.slice_of.startswith("vstd (client crate") for r in client_rows)


def _client_row():
    ctx, out = _sliced()
    rows = tasks(ctx, out).rows
    return next(r for r in rows if r.task == C.TASK_CODE and r.metadata.target_fn == "lemma_double_pos"
                and r.metadata.minimized == C.MINIMIZED_CLIENT)


def test_a_client_row_answer_may_not_reach_the_librarys_own_copy():
    row = _client_row()
    assert check(row, row.target).ok                          # the reference body
    for cheat in ("{\n    vstd::arith::lemma_double_pos(x);\n}",
                  "{\n    crate::vstd::arith::lemma_double_pos(x);\n}",
                  "{\n    use vstd::arith::*;\n    lemma_double_pos(x);\n}"):
        res = check(row, cheat)
        assert not res.ok and "library_copy" in {v.rule for v in res.violations}, cheat
    # the same answer in an ordinary row is no violation of this rule
    plain = dataclasses.replace(row, metadata=dataclasses.replace(row.metadata, minimized="sliced"))
    res = check(plain, "{\n    vstd::arith::lemma_double_pos(x);\n}")
    assert "library_copy" not in {v.rule for v in res.violations}


def test_a_lemma_a_group_lists_gets_a_form_whose_answers_broadcast_only_what_its_reference_does():
    """lemma_in_group: group_arith (not broadcast by default) lists it, so broadcasting that
    group in an answer would bring vstd's copy into scope."""
    by_fn, _, _ = _forms()
    ch = by_fn["lemma_in_group"]
    assert isinstance(ch, SliceChoice) and ch.form == C.MINIMIZED_CLIENT
    assert ch.crate_root == "vstd" + C.CLIENT_LISTED
    ctx, out = _sliced()
    row = next(r for r in tasks(ctx, out).rows if r.task == C.TASK_CODE
               and r.metadata.target_fn == "lemma_in_group")
    assert row.metadata.slice_of.endswith(C.CLIENT_LISTED)
    assert check(row, row.target).ok
    for cheat in ("{\n    broadcast use group_arith;\n}", "{\n    broadcast use super::arith::group_arith;\n}"):
        res = check(row, cheat)
        assert "library_copy" in {v.rule for v in res.violations}, cheat
    # an unlisted lemma's row may broadcast what it likes (no group brings its copy)
    row2 = _client_row()
    assert not row2.metadata.slice_of.endswith(C.CLIENT_LISTED)
    assert "library_copy" not in {v.rule for v in check(row2, "{\n    broadcast use group_arith;\n    helper(x);\n}").violations}


def test_a_method_of_a_library_type_becomes_a_free_fn_that_recurses_on_itself():
    """Bag::lemma_pick_le: a client cannot add to vstd's impl of Bag, so its form states and
    proves it as a free fn; its self-calls stay recursion (not calls of vstd's method)."""
    by_fn, _, _ = _forms()
    ch = by_fn["Bag<A>::lemma_pick_le"]
    assert isinstance(ch, SliceChoice) and ch.form == C.MINIMIZED_CLIENT
    fn = ch.text.encode()[ch.fn_span[0]:ch.fn_span[1]].decode()
    assert fn.startswith("pub proof fn lemma_pick_le<A>(self_: Bag<A>, n: nat)")
    assert "n <= self_.size()" in fn and "decreases n," in fn
    assert fn.count("lemma_pick_le(self_, (n - 1) as nat);") == 2      # `self.m(..)`, `Self::m(..)`
    assert "self." not in fn and "Self" not in fn
    assert "struct Bag" not in ch.text and "impl<A> Bag<A>" not in ch.text   # vstd's own
    assert C.CLIENT_METHOD in ch.crate_root and "`Bag<A>::lemma_pick_le`" in ch.crate_root
    assert not parse(ch.text).diagnostics


def test_a_method_rows_answer_may_not_call_the_librarys_method():
    ctx, out = _sliced()
    row = next(r for r in tasks(ctx, out).rows if r.task == C.TASK_CODE
               and r.metadata.target_fn == "Bag<A>::lemma_pick_le")
    assert C.CLIENT_METHOD in row.metadata.slice_of
    assert check(row, row.target).ok
    for cheat in ("{\n    self_.lemma_pick_le(n);\n}", "{\n    Bag::<A>::lemma_pick_le(self_, n);\n}"):
        res = check(row, cheat)
        assert "library_copy" in {v.rule for v in res.violations}, cheat
    # the free fn's own recursion is what the answer may call
    ok = "{\n    if n > 0 {\n        lemma_pick_le(self_, (n - 1) as nat);\n    }\n}"
    assert "library_copy" not in {v.rule for v in check(row, ok).violations}


def test_struct_fields_are_read_past_attributes_generics_and_trailing_commas():
    from verusbench.client import _fields
    for text, want in [
            ("struct A { pub x: u8, #[verifier::spec] y: Vec<(u8, u16)>, pub(crate) z: Map<K, V>, }", {"x", "y", "z"}),
            ("struct B(u8, pub Vec<u8>,);", {"0", "1"}),     # a trailing comma is not a field
            ("struct C;", set())]:
        pf = parse(text.encode())
        assert _fields(pf.source, pf.items[0]) == frozenset(want), text


def test_struct_fields_skip_the_items_own_attributes_and_where_clause():
    from verusbench.client import _fields
    for text, want in [
            ("#[verifier::reject_recursive_types(T)]\nstruct D<T> { a: T, tracked b: Tracked<u8> }", {"a", "b"}),
            ("#[verifier::accept_recursive_types(T)]\nstruct E<T>(T, ghost u8);", {"0", "1"}),
            ("struct F<T> where T: Fn(u8) -> u8 { f: T }", {"f"})]:
        pf = parse(text.encode())
        assert _fields(pf.source, pf.items[0]) == frozenset(want), text


def test_broadcast_groups_are_read_from_tokens_not_comments():
    from verusbench.client import _groups
    text = ("// pub broadcast group old_group { lemma_gone }\n/* broadcast group other { x } */\n"
            "#[cfg_attr(verus_keep_ghost, verifier::broadcast_use_by_default_when_this_crate_is_imported)]\n"
            "pub broadcast group group_default { a::lemma_a, #[cfg(feature = \"alloc\")] lemma_b }\n"
            "pub(crate) broadcast group group_plain { lemma_c }\n")
    got = {name: (names, d) for name, names, d in _groups(text)}
    assert set(got) == {"group_default", "group_plain"}
    assert got["group_default"] == (frozenset({"lemma_a", "lemma_b"}), True)
    assert got["group_plain"] == (frozenset({"lemma_c"}), False)


def test_a_method_with_no_free_form_keeps_its_impl_and_its_files_type_is_copied():
    by_fn, res, units = _forms()
    # reads a private field of its type: the type and the impl are the form's own copies
    ch = by_fn["Counter::lemma_method"]
    assert isinstance(ch, SliceChoice) and ch.form == C.MINIMIZED_CLIENT
    assert ch.crate_root == f"vstd (client crate; the type `Counter` {C.CLIENT_OWN_TYPE})"
    u = next(u for u in units["source/vstd/arith.rs"] if u.fn_name == "Counter::lemma_method")
    assert ch.text.encode()[ch.fn_span[0]:ch.fn_span[1]] == u.fn_text().encode()
    assert "pub struct Counter {\n    n: u64,\n}" in ch.text
    assert ch.text.index("impl Counter {") < ch.fn_span[0] < ch.text.index("} // mod arith")
    assert "self_" not in ch.text and "struct Bag" not in ch.text
    assert not parse(ch.text).diagnostics
    # calls a private method of its type: the method comes along inside the copied impl
    ch = by_fn["Bag<A>::lemma_uses_private"]
    assert isinstance(ch, SliceChoice) and ch.form == C.MINIMIZED_CLIENT and C.CLIENT_OWN_TYPE in ch.crate_root
    impl = ch.text[ch.text.index("impl<A> Bag<A> {"):]
    assert impl.index("proof fn private_helper") < impl.index("pub proof fn lemma_uses_private")
    assert "#[verifier::external_body]\npub struct Bag<A>" in ch.text
    # the free-fn form stays the first choice where it exists
    assert C.CLIENT_METHOD in by_fn["Open::lemma_public_field"].crate_root


def test_a_copied_type_rows_answer_may_not_name_the_librarys_copy_by_path():
    ctx, out = _sliced()
    row = next(r for r in tasks(ctx, out).rows if r.task == C.TASK_CODE
               and r.metadata.target_fn == "Counter::lemma_method")
    assert row.metadata.minimized == C.MINIMIZED_CLIENT and C.CLIENT_OWN_TYPE in row.metadata.slice_of
    assert check(row, row.target).ok
    # a path to vstd's copy of the method is `library_copy`; a call on self is the local copy's
    res = check(row, "{\n    vstd::arith::Counter::lemma_method(self);\n}")
    assert "library_copy" in {v.rule for v in res.violations}
    assert "library_copy" not in {v.rule for v in check(row, "{\n    self.lemma_method();\n}").violations}


def test_a_file_that_writes_verus_under_an_alias_keeps_the_alias_line():
    """vstd's map.rs, pcell.rs, .. say `use verus as verus_;` and write `verus_! {..}`: the
    form keeps that line in place (blanked, `verus_!` would be an unknown macro to the parse
    and the fn not found)."""
    by_fn, _, units = _forms()
    ch = by_fn["lemma_aliased"]
    assert isinstance(ch, SliceChoice) and ch.form == C.MINIMIZED_CLIENT
    assert ch.text.index("use verus as verus_;") < ch.text.index("verus_! {") < ch.fn_span[0]
    assert ch.text.count("use verus as verus_;") == 1 and "use vstd::prelude::*;" in ch.text
    assert not parse(ch.text).diagnostics


def test_a_fn_needing_another_files_private_module_gets_a_form_cut_from_the_crate():
    """lemma_uses_secret calls `hidden::secret_lemma` (module `hidden` is private): the form is
    cut from the library's inlined crate, the private module copied at its path."""
    by_fn, res, units = _forms()
    u = next(u for u in units["source/vstd/arith.rs"] if u.fn_name == "lemma_uses_secret")
    mods = LibraryModules(LIBRARIES[0], FILES)
    alone = client_form(mods, u)          # without the crate: the reason
    assert isinstance(alone, str) and "hidden::secret_lemma" in alone and "private" in alone
    ch = by_fn["lemma_uses_secret"]
    assert isinstance(ch, SliceChoice) and ch.form == C.MINIMIZED_CLIENT
    assert ch.crate_root == f"vstd (client crate; {C.CLIENT_FROM_CRATE})"
    t = ch.text
    assert t.encode()[ch.fn_span[0]:ch.fn_span[1]] == u.fn_text().encode()
    hidden = t[t.index("mod hidden {"):]
    assert "pub proof fn secret_lemma" in hidden and "lemma_twice" not in t and "spec fn twice" not in t
    assert "vstd::hidden" not in t                        # a private module: copied, not globbed
    assert "use vstd::arith::*;" in t and "pub use vstd::arith::*;" not in t
    assert "#![" not in t                                 # the root's build attributes are vstd's
    assert "pub mod prelude" not in t                     # only `use` lines: vstd's own module
    assert "helper" not in t and "struct Counter" not in t
    assert t.rstrip().endswith("pub use vstd::*;") and not parse(t).diagnostics


def test_what_only_the_librarys_build_takes_is_read_from_tokens_not_comments():
    from verusbench.client import _own_build_only
    assert not _own_build_only(b"// the combination of external_type_specification & rustc_x\nfn f() {}\n")
    assert _own_build_only(b'#[cfg_attr(verus_keep_ghost, rustc_diagnostic_item = "x")]\npub struct A;\n')
    assert _own_build_only(b"#[verus::internal(spec)]\nfn f() {}\n")
    assert not _own_build_only(b"use a::internal;\nfn f() { internal::g() }\n")


def test_a_fn_of_an_inline_module_gets_the_form_cut_from_the_crate():
    """lemma_in_inner sits in `mod inner_mod` of arith.rs: its module and its `use super::*`
    come along, the file's private helper is copied, `double` is vstd's."""
    by_fn, _, units = _forms()
    ch = by_fn["lemma_in_inner"]
    assert isinstance(ch, SliceChoice) and ch.form == C.MINIMIZED_CLIENT and C.CLIENT_FROM_CRATE in ch.crate_root
    u = next(u for u in units["source/vstd/arith.rs"] if u.fn_name == "lemma_in_inner")
    assert ch.text.encode()[ch.fn_span[0]:ch.fn_span[1]] == u.fn_text().encode()
    inner = ch.text[ch.text.index("mod inner_mod {"):]
    assert inner.index("use super::*;") < inner.index("proof fn lemma_in_inner")
    assert "proof fn helper" in ch.text and "spec fn double" not in ch.text
    assert not parse(ch.text).diagnostics


def test_a_client_row_answer_may_not_reach_the_librarys_copy_by_a_use_tree_a_macro_or_r_hash():
    """Three ways to name vstd's copy without a path ending in the fn's name: a use tree
    (`{f as g}`), a macro that pastes the name behind a path, the raw identifier `r#f`."""
    row = _client_row()
    for cheat in ("{\n    use vstd::arith::{lemma_double_pos as h};\n    h(x);\n}",
                  "{\n    use vstd::arith::{self as a, lemma_double_pos};\n    lemma_double_pos(x);\n}",
                  "{\n    macro_rules! m { ($p:path, $n:ident) => { $p::$n(x) } }\n"
                  "    m!(vstd::arith, lemma_double_pos);\n}",
                  "{\n    vstd::arith::r#lemma_double_pos(x);\n}",
                  "{\n    broadcast use vstd::arith::{lemma_double_pos};\n}"):
        res = check(row, cheat)
        assert "library_copy" in {v.rule for v in res.violations}, cheat


def test_library_reach_counts_only_what_can_reach_another_copy():
    from verusbench.integrity import ident_texts, library_reach

    def reach(src: str, method: bool = False) -> tuple[int, int]:
        return library_reach(ident_texts(src.encode()), "f", method)
    # the bare name is the local fn (its definition shadows the glob import), verus! is the
    # wrapper, and a bare entry of a `broadcast use` list is the local lemma
    assert reach("verus! { proof fn f(x: int) decreases x { if x > 0 { f(x - 1); } } }") == (0, 0)
    assert reach("proof fn g() { broadcast use f, other::g; }") == (0, 0)
    assert reach("fn g() { m::f(); x.f(); }") == (1, 0)
    assert reach("fn g() { x.f(); }", method=True) == (1, 0)
    assert reach("use a::{b, f as h};") == (1, 0)
    assert reach("use a::*; broadcast use a::{f};") == (1, 1)
    assert reach("fn g() { call!(a, f); }") == (1, 0)
    assert reach("fn g() { r#f(); a::r#f(); }") == (1, 0)
    # vstd's calc! passes its steps through; so does verus! under its alias, unless rebound
    assert reach("proof fn g() { calc! { (==) 1; { f(1); } 1 } }") == (0, 0)
    assert reach("use verus as verus_; verus_! { proof fn g() { f(1); } }") == (0, 0)
    assert reach("macro_rules! calc { ($p:path, $n:ident) => { $p::$n() } } fn g() { calc!(a, f); }") == (1, 0)
    assert reach("macro_rules! verus { ($n:ident) => { a::$n() } } verus! { f }") == (1, 0)
    assert reach("use a::paste as calc; fn g() { calc!(f); }") == (1, 0)


def test_a_fn_that_passes_its_own_name_to_a_macro_has_no_client_form(monkeypatch):
    """The reference must pass the rule its answers meet: a lemma whose body hands its own
    name to a macro (which could paste it behind a path) is refused."""
    by_fn, _, _ = _forms()
    assert isinstance(by_fn["lemma_double_pos"], SliceChoice)
    body = "{\n    helper(x);\n}\n\npub proof fn lemma_uses_secret"
    assert body in ARITH
    files = dict(FILES, **{"source/vstd/arith.rs": ARITH.replace(
        body, body.replace("helper(x);", "helper(x);\n    noted!(lemma_double_pos);"), 1)})
    monkeypatch.setitem(globals(), "FILES", files)
    by_fn, res, _ = _forms()
    got = by_fn["lemma_double_pos"]
    assert isinstance(got, SliceChoice) and got.form != C.MINIMIZED_CLIENT   # a slice of vstd's crate
    assert any("a macro's arguments" in why for why in res.client_reasons), res.client_reasons
