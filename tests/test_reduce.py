"""Verus-guided reduction (verusbench.reduce): ddmin with a Python oracle, the prechecks,
budgets, memoisation, the CLI over tests/fake_verus, and the creduce backend."""

from __future__ import annotations

import gzip
import json
import re
import shutil
from pathlib import Path

import pytest

from verusbench import cli
from verusbench.ledger import text_sha256
from verusbench.pending import write_pending
from verusbench.reduce import (CallableOracle, Reducer, creduce_script, dependency_groups, dominator_tree,
                               find_target, load_reductions, reduce_text, statement_candidates, still_named)
from verusbench.slice import code_tokens
from verusbench.syntax import parse

FAKE = Path(__file__).with_name("fake_verus")

TARGET = """fn target(k: Keep) -> (r: u8)
    requires k.v < 100,
    ensures r == k.v,
{
    proof { lemma_a(1); }
    k.get()
}"""

FILE = f"""use vstd::prelude::*;

verus! {{

/// Needed lemma.
proof fn lemma_a(x: int)
    ensures x + 0 == x,
{{
    assert(x + 0 == x);
    let y = x + 1;
    assert(y == x + 1);
}}

/// Not needed.
proof fn lemma_unused(x: int)
    ensures x * 1 == x,
{{
    assert(x * 1 == x) by (nonlinear_arith);
}}

struct Keep {{ v: u8 }}

struct Drop {{ w: u8 }}

impl Keep {{
    fn get(&self) -> u8 {{ self.v }}
    fn other(&self) -> u8 {{ 0 }}
}}

mod inner {{
    pub open spec fn f(x: int) -> int {{ x }}
    pub open spec fn g(x: int) -> int {{ x }}
}}

fn helper(k: &Keep) -> (r: u8)
    ensures r == k.v,
{{
    proof {{
        lemma_unused(3);
        assert(true);
    }}
    k.v
}}

{TARGET}

}} // verus!
"""

NEEDED = [r"fn lemma_a\b", r"struct Keep\b", r"fn get\b", r"assert\(y == x \+ 1\);", r"let y = x \+ 1;",
          r"mod inner", r"fn g\b", r"use vstd"]


def needs(patterns):
    """Oracle: verified iff every pattern occurs (and the call is counted)."""
    seen = []

    def ok(text: str) -> bool:
        seen.append(text)
        return all(re.search(p, text) for p in patterns)
    ok.seen = seen
    return ok


def test_unneeded_items_and_statements_go_needed_ones_stay():
    fn = needs(NEEDED)
    red = reduce_text(FILE, "target", CallableOracle(fn))
    out = red.text
    for p in NEEDED:
        assert re.search(p, out), p
    for gone in ("lemma_unused", "struct Drop", "fn other", "fn f(", "fn helper", "assert(x + 0 == x)"):
        assert gone not in out, gone
    assert set(red.removed_items) == {"fn lemma_unused", "struct Drop", "fn helper", "fn Keep::other",
                                      "fn f"}
    assert red.removed_statements == ["fn lemma_a: assert(x + 0 == x);"]
    assert "Not needed." not in out            # the doc comment went with its item
    assert TARGET in out and out.count("fn target") == 1
    assert red.status == "reduced" and red.output_sha256 == text_sha256(out)
    assert red.input_sha256 == text_sha256(FILE)
    assert red.tokens_before == code_tokens(FILE) > red.tokens_after == code_tokens(out)
    assert parse(out).diagnostics == []
    assert red.oracle_calls == len(fn.seen) and not red.budget_exhausted
    assert red.verifier_description == "Python oracle (not Verus)"


def test_deterministic_and_independent_of_batch_size():
    a = reduce_text(FILE, "target", CallableOracle(needs(NEEDED)))
    b = reduce_text(FILE, "target", CallableOracle(needs(NEEDED)))
    c = reduce_text(FILE, "target", CallableOracle(needs(NEEDED)), batch=4)
    assert a.text == b.text == c.text and a.removed_items == c.removed_items
    assert a.oracle_calls == b.oracle_calls


def test_target_fn_never_changes_even_when_the_oracle_accepts_anything():
    fn = needs([])
    red = reduce_text(FILE, "target", CallableOracle(fn))
    assert TARGET in red.text
    # what is left is what the target sits in (the verus! macro) and the free items it names
    # (removing them cannot compile, so such candidates never reach the oracle)
    assert "fn lemma_a" in red.text and "struct Keep" in red.text
    assert "fn get" not in red.text and "lemma_unused" not in red.text and "fn helper" not in red.text
    for t in fn.seen:   # no candidate that reached the oracle lost the target
        assert TARGET in t


def test_a_candidate_that_changes_the_target_never_reaches_the_oracle():
    r = Reducer(FILE, "target", CallableOracle(needs([])))
    assert r.precheck(FILE.replace("k.get()", "k.v")) == "target fn changed"
    assert r.precheck(FILE.replace(TARGET, "")).startswith("no fn named")
    assert r.precheck(FILE.replace("let y = x + 1;", "let y = x + 1; assume(false);")) == "adds an escape hatch"
    assert r.precheck(FILE.replace("struct Drop { w: u8 }", "struct Drop { w: u8")) == "does not parse"
    assert r.precheck(FILE) == ""


def test_method_target_keeps_its_impl():
    red = reduce_text(FILE, "Keep::get", CallableOracle(needs([])))
    assert "impl Keep {\n    fn get(&self) -> u8 { self.v }\n}" in red.text
    assert "fn other" not in red.text and "fn target" not in red.text


def test_input_that_does_not_verify_is_left_alone():
    red = reduce_text(FILE, "target", CallableOracle(lambda t: False))
    assert red.status == "input_not_verified" and red.text == FILE and red.oracle_calls == 1
    assert not red.removed_items


def test_call_budget_stops_it():
    fn = needs(NEEDED)
    red = reduce_text(FILE, "target", CallableOracle(fn), max_calls=3)
    assert red.budget_exhausted and red.oracle_calls == 3 == len(fn.seen)
    full = reduce_text(FILE, "target", CallableOracle(needs(NEEDED)))
    assert code_tokens(red.text) > full.tokens_after
    for p in NEEDED:                # what it kept still passes the oracle
        assert re.search(p, red.text)


def test_time_budget_stops_it():
    red = reduce_text(FILE, "target", CallableOracle(needs(NEEDED)), max_seconds=0.0)
    assert red.budget_exhausted and red.oracle_calls == 0 and red.text == FILE


def test_memo_asks_the_oracle_once_per_distinct_text():
    fn = needs(NEEDED)
    red = reduce_text(FILE, "target", CallableOracle(fn))
    assert len(fn.seen) == len({text_sha256(t) for t in fn.seen})
    assert red.cache_hits > 0            # the fixed-point rounds re-propose known texts


# a method kept by its name for another type (`Other::get`: the slicer cannot tell `k.get()`
# apart) pulls in a chain of spec fns and lemmas, each named by the one before
_CHAIN = "".join(f"pub open spec fn h{i}(x: int) -> int {{ h{i + 1}(x) + {i} }}\n" for i in range(1, 8))
METHOD_BY_NAME = f"""use vstd::prelude::*;

verus! {{

pub struct Keep {{ pub v: u8 }}

impl Keep {{
    pub fn get(&self) -> (r: u8)
        ensures r == self.v,
    {{
        self.v
    }}
}}

pub struct Other {{ pub w: u8 }}

impl Other {{
    pub fn get(&self) -> (r: u8)
        ensures r as int == h1(self.w as int),
    {{
        proof {{ lemma_o(self.w as int); }}
        0
    }}
}}

{_CHAIN}pub open spec fn h8(x: int) -> int {{ x }}

pub proof fn lemma_o(x: int)
    ensures h1(x) == x + 28,
{{
    lemma_p(x);
}}

pub proof fn lemma_p(x: int) {{
}}

fn target(k: Keep) -> (r: u8)
    ensures r == k.v,
{{
    k.get()
}}

}} // verus!
"""
KEEP_ONLY = [r"struct Keep\b", r"fn get\(&self\) -> \(r: u8\)\n        ensures r == self.v", r"use vstd"]


def test_dominator_tree_of_a_diamond_and_a_tail():
    succ = {0: {1, 2}, 1: {3}, 2: {3}, 3: {4}, 4: {1}}
    assert dominator_tree(0, succ) == {0: 0, 1: 0, 2: 0, 3: 0, 4: 3}


def test_dependency_groups_put_a_method_kept_by_name_with_all_it_alone_reaches():
    pf = parse(METHOD_BY_NAME)
    groups = dependency_groups(pf, find_target(pf, "target"), 1)
    labels = [[c.label for c in g] for g in groups]
    assert ["struct Other", "impl Other", *(f"fn h{i}" for i in range(1, 9)), "fn lemma_o", "fn lemma_p"] in labels
    assert ["struct Keep"] in labels and ["fn Keep::get"] in labels
    assert dependency_groups(pf, find_target(pf, "target"), 2) == []


def test_tree_strategy_reaches_the_same_text_in_fewer_oracle_calls():
    tree = reduce_text(METHOD_BY_NAME, "target", CallableOracle(needs(KEEP_ONLY)), strategy="tree")
    flat = reduce_text(METHOD_BY_NAME, "target", CallableOracle(needs(KEEP_ONLY)), strategy="flat")
    assert tree.text == flat.text and "Other" not in tree.text and "fn h" not in tree.text
    assert tree.strategy == "tree" and flat.strategy == "flat"
    assert tree.oracle_calls * 4 < flat.oracle_calls
    # with flat's budget cut to tree's calls, flat stops short
    short = reduce_text(METHOD_BY_NAME, "target", CallableOracle(needs(KEEP_ONLY)), strategy="flat",
                        max_calls=tree.oracle_calls)
    assert short.budget_exhausted and short.tokens_after > tree.tokens_after
    with pytest.raises(ValueError, match="unknown reduction strategy"):
        reduce_text(METHOD_BY_NAME, "target", CallableOracle(needs([])), strategy="random")


def test_a_removal_that_leaves_its_name_in_use_never_reaches_the_oracle():
    fn = needs([])
    r = Reducer(FILE, "target", CallableOracle(fn))
    no_lemma = re.sub(r"/// Needed lemma\.\nproof fn lemma_a.*?\n}\n", "", FILE, flags=re.S)
    assert "fn lemma_a" not in no_lemma and "lemma_a(1)" in no_lemma
    assert r.precheck(no_lemma) == "removes lemma_a, which it still names"
    assert r.first_passing([no_lemma]) is None and fn.seen == [] and r.prechecks_failed == 1
    # a method call, a field or parameter declaration and a type's associated item are no uses
    assert still_named(parse("fn f(get: u8) { k.get(); S::get(); Self::get; }"), {"get"}) == ""
    assert still_named(parse("fn f() { m::get(); }"), {"get"}) == "get"


def test_statement_candidates_skip_spec_fns_and_the_target():
    pf = parse(FILE)
    labels = [c.label for c in statement_candidates(pf, find_target(pf, "target"))]
    assert "fn lemma_a: let y = x + 1;" in labels and "fn helper: proof {" in labels
    assert "fn helper: lemma_unused(3);" in labels
    assert not any(lb.startswith(("fn target", "fn f", "fn g")) for lb in labels)


def test_type_invariants_are_never_removed():
    src = ("verus! {\nstruct P { v: u8 }\nimpl P {\n    #[verifier::type_invariant]\n"
           "    spec fn inv(self) -> bool { self.v < 10 }\n    spec fn other(self) -> bool { true }\n}\n"
           "fn target() -> (p: P) { P { v: 1 } }\n}\n")
    red = reduce_text(src, "target", CallableOracle(lambda t: "struct P" in t))
    assert "spec fn inv" in red.text and "fn other" not in red.text


def test_ambiguous_target_is_an_error():
    src = "verus! {\nmod a { fn t() {} }\nmod b { fn t() { let x = 1; } }\n}\n"
    with pytest.raises(ValueError, match="named 't'"):
        reduce_text(src, "t", CallableOracle(needs([])))


# ----------------------------------------------------------------- CLI over fake_verus

def _cli_file() -> str:
    return FILE.replace("    proof { lemma_a(1); }", "    // fake-verus: needs lemma_a Keep get\n"
                        "    proof { lemma_a(1); }")


def test_cli_reduces_a_pending_folder_and_resumes(tmp_path, capsys):
    text = _cli_file()
    bad = "verus! {\nfn lonely() {}\n}\n"
    failing = "verus! {\nfn target() {}\n// fake-verus: fail nope\n}\n"
    pend = write_pending(tmp_path / "pending", [(text, {"target_fn": "target", "row": 1}),
                                                (bad, {"target_fn": "target", "row": 2}),
                                                (failing, {"target_fn": "target", "row": 3}),
                                                (text, {"target_fn": "target", "row": 4})],
                         name="slices-test")
    out = tmp_path / "out"
    args = ["reduce", str(pend.path), "--verus", str(FAKE), "--out", str(out), "--no-progress"]
    assert cli.main(args) == 2                    # the double only when asked
    assert not (out / "reductions.jsonl").exists()
    assert cli.main(args + ["--allow-test-double", "--workers", "4", "--jobs", "2"]) == 0
    recs = {r["meta"]["row"]: r for r in map(json.loads, (out / "reductions.jsonl").read_text().splitlines())}
    assert sorted(recs) == [1, 2, 3]                  # row 4 is row 1's text and target: once
    assert [recs[i]["status"] for i in (1, 2, 3)] == ["reduced", "error", "input_not_verified"]
    assert recs[1]["strategy"] == "tree" and recs[1]["backend"] == "ddmin"
    recs = [recs[1], recs[2], recs[3]]
    good = recs[0]
    assert good["meta"]["row"] == 1 and good["verifier"]["verus"]["test_double"] is True
    assert "TEST DOUBLE" in good["verifier_description"]
    assert good["flags"] == ["--crate-type=lib", "--output-json", "--error-format=json", "--num-threads", "1",
                             "--rlimit", "10", "--smt-option", "smt.random_seed=0"]
    assert "fn lemma_unused" in good["removed_items"] and "struct Drop" in good["removed_items"]
    assert "no fn named 'target'" in recs[1]["reason"]
    got = load_reductions(out)
    assert list(got) == [(text_sha256(text), "target")]
    red = got[(text_sha256(text), "target")]
    assert "fn lemma_a" in red.text and "struct Keep" in red.text and "fn get" in red.text
    assert "lemma_unused" not in red.text and "struct Drop" not in red.text
    assert TARGET.replace("    proof", "    // fake-verus: needs lemma_a Keep get\n    proof") in red.text
    # the reduced file verifies under the double; one without lemma_a does not
    f = out / "files" / f"{red.output_sha256}.rs"
    assert cli.main(["verify", str(f), "--verus", str(FAKE), "--allow-test-double", "--no-progress"]) == 0
    broken = tmp_path / "broken.rs"
    broken.write_text(red.text.replace("fn lemma_a", "fn lemma_b"))
    assert cli.main(["verify", str(broken), "--verus", str(FAKE), "--allow-test-double", "--no-progress"]) == 1
    # the input's and the output's results, as a ledger a build can read (the double's
    # identity: Ledger.load keeps it only under that identity)
    from verusbench.ledger import Ledger
    lines = [json.loads(x) for x in gzip.open(out / "ledger.jsonl.gz", "rt")]
    assert {(x["uses"][0][1], x["status"]) for x in lines} == {
        ("input", "verified"), ("reduced", "verified"), ("input", "failed")}
    led = Ledger.load([out / "ledger.jsonl.gz"], identity=lines[0]["verifier"])
    assert led.status_of(red.text) == "verified" and led.status_of(failing) == "failed"
    # resumable: a second run does nothing new
    capsys.readouterr()
    assert cli.main(args + ["--allow-test-double"]) == 0
    assert len((out / "reductions.jsonl").read_text().splitlines()) == 3
    assert "reduced 0 input(s)" in capsys.readouterr().out
    # the same reduction without threads: the same text (results do not depend on --jobs)
    out1 = tmp_path / "out1"
    assert cli.main(["reduce", str(pend.path), "--verus", str(FAKE), "--out", str(out1), "--no-progress",
                     "--allow-test-double"]) == 0
    assert load_reductions(out1)[(text_sha256(text), "target")].text == red.text


def test_cli_total_seconds_leaves_the_rest_for_a_resumed_run(tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(3):
        (d / f"s{i}.rs").write_text(f"verus! {{\nfn unused{i}() {{}}\nfn target() {{}}\n}}\n")
    out = tmp_path / "out"
    base = ["reduce", str(d), "--target", "target", "--verus", str(FAKE), "--out", str(out),
            "--no-progress", "--allow-test-double"]
    assert cli.main(base + ["--total-seconds", "0"]) == 0
    assert "3 left for a resumed run" in capsys.readouterr().out
    assert not (out / "reductions.jsonl").exists()
    assert cli.main(base + ["--limit", "1"]) == 0
    assert cli.main(base) == 0
    recs = [json.loads(x) for x in (out / "reductions.jsonl").read_text().splitlines()]
    assert sorted(Path(r["meta"]["file"]).name for r in recs) == ["s0.rs", "s1.rs", "s2.rs"]
    assert all(r["status"] == "reduced" and r["removed_items"] == [f"fn unused{i}"]
               for i, r in enumerate(sorted(recs, key=lambda r: r["meta"]["file"])))


def test_cli_directory_needs_a_target(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.rs").write_text(_cli_file())
    (d / "bin.rs").write_bytes(b"\xff\xfe not utf-8")
    out = tmp_path / "out"
    base = ["reduce", str(d), "--verus", str(FAKE), "--out", str(out), "--no-progress", "--allow-test-double"]
    assert cli.main(base) == 0
    recs = [json.loads(x) for x in (out / "reductions.jsonl").read_text().splitlines()]
    assert all(r["status"] == "error" for r in recs) and "needs --target" in recs[0]["reason"]
    out2 = tmp_path / "out2"
    assert cli.main(base[:5] + [str(out2)] + base[6:] + ["--target", "target", "--max-calls", "4"]) == 0
    recs = {Path(r["meta"]["file"]).name: r for r in
            map(json.loads, (out2 / "reductions.jsonl").read_text().splitlines())}
    assert recs["a.rs"]["budget_exhausted"] and recs["a.rs"]["oracle_calls"] == 4
    assert recs["bin.rs"]["status"] == "error" and "not UTF-8" in recs["bin.rs"]["reason"]


def test_load_reductions_rejects_a_tampered_file(tmp_path):
    out = tmp_path / "out"
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.rs").write_text(_cli_file())
    assert cli.main(["reduce", str(d), "--target", "target", "--verus", str(FAKE), "--out", str(out),
                     "--no-progress", "--allow-test-double"]) == 0
    (red,) = load_reductions(out).values()
    (out / "files" / f"{red.output_sha256}.rs").write_text("tampered")
    with pytest.raises(ValueError, match="sha256"):
        load_reductions(out)


# ----------------------------------------------------------------- creduce backend

def test_creduce_script_checks_the_target_then_verifies(tmp_path):
    orig = tmp_path / "orig.rs"
    orig.write_text(_cli_file())
    script = creduce_script(str(orig), "target", "slice.rs", str(FAKE), allow_test_double=True)
    (tmp_path / "t.sh").write_text(script)
    import subprocess
    work = tmp_path / "w"
    work.mkdir()
    (work / "slice.rs").write_text(_cli_file().replace("struct Drop { w: u8 }\n", ""))
    assert subprocess.run(["sh", str(tmp_path / "t.sh")], cwd=work).returncode == 0
    (work / "slice.rs").write_text(_cli_file().replace("k.get()", "k.v"))       # target changed
    assert subprocess.run(["sh", str(tmp_path / "t.sh")], cwd=work).returncode == 1
    (work / "slice.rs").write_text(_cli_file().replace("fn lemma_a", "fn lemma_z"))  # fails to verify
    assert subprocess.run(["sh", str(tmp_path / "t.sh")], cwd=work).returncode != 0


@pytest.mark.skipif(shutil.which("creduce") is None, reason="creduce is not installed (apt-get install creduce)")
def test_creduce_backend_end_to_end(tmp_path):
    small = ("verus! {\n\nproof fn lemma_a(x: int) ensures x + 0 == x { }\n\n"
             "proof fn lemma_unused(x: int) ensures x == x { }\n\n"
             "fn target() {\n    // fake-verus: needs lemma_a\n    proof { lemma_a(1); }\n}\n\n}\n")
    out = tmp_path / "out"
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.rs").write_text(small)
    assert cli.main(["reduce", str(d), "--target", "target", "--backend", "creduce", "--verus", str(FAKE),
                     "--out", str(out), "--no-progress", "--allow-test-double", "--max-seconds", "60"]) == 0
    (red,) = load_reductions(out).values()
    assert red.backend == "creduce" and "lemma_unused" not in red.text and "fn lemma_a" in red.text
    assert "fn target() {\n    // fake-verus: needs lemma_a\n    proof { lemma_a(1); }\n}" in red.text


def test_fake_verus_needs_marker():
    from verusbench.verifier import VerifyJob, find_verus, run_job
    verus = find_verus(str(FAKE))
    src = "verus! {\nfn t() {\n    // fake-verus: needs lemma_a Keep\n}\n%s}\n"
    ok = run_job(VerifyJob(text=src % "proof fn lemma_a() {}\nstruct Keep {}\n"), verus)
    bad = run_job(VerifyJob(text=src % "proof fn lemma_b() {}\nstruct Keep {}\n"), verus)
    assert ok.status == "verified"
    assert bad.status == "compile_error" and bad.first_error().code == "E0425"
    assert "lemma_a" in bad.first_error().message and bad.first_error().line == 3


def test_a_tree_strategy_failure_leaves_the_item_passes_to_do_the_work(monkeypatch):
    import verusbench.reduce as R

    def broken(*a, **k):
        raise KeyError("no such item")
    monkeypatch.setattr(R, "dependency_groups", broken)
    red = reduce_text(METHOD_BY_NAME, "target", CallableOracle(needs(KEEP_ONLY)))
    flat = reduce_text(METHOD_BY_NAME, "target", CallableOracle(needs(KEEP_ONLY)), strategy="flat")
    assert red.text == flat.text and red.status == "reduced"
    assert red.reason.startswith("tree strategy stopped at depth 1: KeyError")
