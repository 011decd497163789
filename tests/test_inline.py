"""Crate inlining on small multi-file crates (mod decls, nested dirs, #[path], missing
files, cfg)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from verusbench.inline import crate_roots, inline_files, inline_records
from verusbench.syntax import parse


def _one(files, root=None):
    crates = inline_files(files, roots=[root] if root else None)
    assert len(crates) == 1
    c = crates[0]
    assert parse(c.text).diagnostics == []
    return c


def test_mod_decl_and_nested_dirs():
    files = {
        "src/lib.rs": "pub mod a;\nuse crate::a::b::B;\nfn top() {}\n",
        "src/a.rs": "pub(crate) mod b;\npub fn fa() {}\n",
        "src/a/b/mod.rs": "pub struct B;\nmod c;\n",
        "src/a/b/c.rs": "fn deep() {}\n",
    }
    c = _one(files)
    assert c.root_path == "src/lib.rs"
    assert c.members == ["src/lib.rs", "src/a.rs", "src/a/b/mod.rs", "src/a/b/c.rs"]
    assert c.problems == []
    assert "mod a;" not in c.text and "pub mod a {" in c.text
    assert "pub(crate) mod b {" in c.text and "mod c {\nfn deep() {}\n}" in c.text
    assert "use crate::a::b::B;" in c.text
    items = {it.name: it for it in parse(c.text).walk()}
    assert items["deep"].kind == "fn"
    # the module structure is preserved: deep sits in a::b::c
    top = {it.name: it for it in parse(c.text).items}
    b = next(x for x in top["a"].children if x.name == "b")
    assert any(x.name == "c" and any(y.name == "deep" for y in x.children) for x in b.children)


def test_path_attribute_and_inline_mod_nesting():
    files = {
        "src/main.rs": '#[path = "other/impl_x.rs"]\nmod x;\nmod outer {\n    mod inner;\n}\nfn main() {}\n',
        "src/other/impl_x.rs": "pub fn from_path() {}\nmod sib;\n",
        "src/other/sib.rs": "fn sib() {}\n",
        "src/outer/inner.rs": "fn in_outer() {}\n",
    }
    c = _one(files)
    assert "#[path" not in c.text
    assert "mod x {\npub fn from_path() {}" in c.text
    assert "fn sib() {}" in c.text           # a #[path] file's children live beside it
    assert "fn in_outer() {}" in c.text      # inline `mod outer { mod inner; }` -> outer/inner.rs
    assert c.problems == []


def test_missing_file_is_reported_and_the_rest_kept():
    files = {"src/lib.rs": "mod gone;\nmod here;\nfn keep_me() {}\n", "src/here.rs": "fn h() {}\n"}
    c = _one(files)
    assert [p.kind for p in c.problems] == ["missing_file"]
    p = c.problems[0]
    assert p.module == "gone" and "src/gone.rs" in p.detail and "src/gone/mod.rs" in p.detail
    assert "mod gone" not in c.text and "fn keep_me() {}" in c.text and "fn h() {}" in c.text


def test_cfg_rule():
    files = {"src/lib.rs": '#[cfg(test)]\nmod tests;\n#[cfg(feature = "x")]\nmod feat;\n',
             "src/tests.rs": "fn t() {}\n", "src/feat.rs": "fn f() {}\n"}
    c = _one(files)
    kinds = {p.module: p.kind for p in c.problems}
    assert kinds == {"tests": "cfg_dropped", "feat": "cfg_kept"}
    assert "fn t()" not in c.text
    assert '#[cfg(feature = "x")]\nmod feat {\nfn f() {}\n}' in c.text


def test_cycle_is_reported():
    files = {"src/lib.rs": '#[path = "lib.rs"]\nmod me;\nfn x() {}\n'}
    c = _one(files)
    assert [p.kind for p in c.problems] == ["cycle"]


def test_roots_are_lib_main_and_unreached_verus_files():
    files = {
        "a/src/lib.rs": "mod m;\n",
        "a/src/m.rs": "verus! { fn in_m() {} }\n",
        "ex/standalone.rs": "mod helper;\nverus! { fn s() {} }\n",
        "ex/helper.rs": "verus! { fn h() {} }\n",
        "plain.rs": "fn not_verus() {}\n",
    }
    assert crate_roots(files) == ["a/src/lib.rs", "ex/standalone.rs"]
    crates = inline_files(files)
    assert [c.root_path for c in crates] == ["a/src/lib.rs", "ex/standalone.rs"]
    assert crates[1].members == ["ex/standalone.rs", "ex/helper.rs"]


@dataclass
class _Rec:
    repo: str
    commit: str
    path: str
    text: str


def test_inline_records_groups_one_repo_commit():
    recs = [_Rec("o/r", "c1", "src/lib.rs", "mod a;\n"), _Rec("o/r", "c1", "src/a.rs", "fn a() {}\n")]
    (c,) = inline_records(recs)
    assert "mod a {\nfn a() {}\n}" in c.text
    with pytest.raises(ValueError, match="repo\\+commit"):
        inline_records(recs + [_Rec("o/r", "c2", "x.rs", "")])


def test_text_outside_mod_decls_is_byte_exact():
    root = "// header\n#![allow(unused)]\nuse vstd::prelude::*;\nmod a;\nverus! {\n  fn z()  {  }\n}\n"
    c = _one({"lib.rs": root, "a.rs": "fn a() {}"})
    assert c.text == root.replace("mod a;", "mod a {\nfn a() {}\n}")
