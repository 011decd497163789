"""Hostile candidates (verusbench.hostile): each is rejected by a named integrity rule or
contained by the sandbox (time, memory, no network, private dir), with nothing left
running; the pending folder for real Verus is current, and its ledger is checked once it
exists."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from proc_fixtures import wait_dead
from verusbench import cheats, hostile, integrity
from verusbench import constants as C
from verusbench.integrity import RULES, check, size_limit
from verusbench.ledger import Ledger, shared_identity
from verusbench.pending import answer_path, read_pending
from verusbench.verifier import find_verus, sandbox

FAKE = Path(__file__).with_name("fake_verus")
FOLDER = Path(__file__).resolve().parent.parent / "verification" / "pending" / "hostile"
ROWS = cheats.rows()
TIMEOUT_S, MEMORY_MB = 2.0, 300


@pytest.fixture
def fake(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    monkeypatch.setenv("FAKE_VERUS_LOG", str(tmp_path / "fake.log"))
    return find_verus(str(FAKE))


def double_status(markers: tuple[str, ...]) -> str:
    """What the sandbox must report for the double told to behave so (first decisive marker)."""
    for m in markers:
        kind = m.split()[0]
        if kind == "hang":
            return C.STATUS_TIMEOUT
        if kind == "memory" and int(m.split()[1]) > MEMORY_MB:
            return C.STATUS_CRASHED
        if kind == "crash":
            return C.STATUS_CRASHED
        if kind == "compile_error":
            return C.STATUS_COMPILE_ERROR
    return C.STATUS_VERIFIED


def _children(pidfile: Path, case) -> list[int]:
    n = sum(m.startswith("spawn_child") for m in case.double)
    return [int(Path(f"{pidfile}.{i}").read_text()) for i in range(1, n + 1)]


def _assert_contained(rep, case, pidfile, tmp_path):
    assert rep.stopped_by == "sandbox", rep
    assert rep.status == double_status(case.double), (case.name, rep.status, rep.notes)
    assert rep.survivors == [], f"{case.name}: processes left running: {rep.survivors}"
    assert rep.leftover_files == [], f"{case.name}: the private dir was not removed"
    for pid in _children(pidfile, case):     # each child did start, and is gone now
        assert wait_dead(pid, b"fake-verus-grandchild"), (case.name, pid)
    iso = sandbox.isolation()
    assert iso.note in rep.notes
    calls = [json.loads(line) for line in (tmp_path / "fake.log").read_text().splitlines()]
    call = calls[-1]
    # the verifier ran in its private dir (HOME too), which is gone, and off the network
    assert call["home"] == call["cwd"] and "verusbench-job-" in call["cwd"]
    assert not os.path.exists(call["cwd"])
    if iso.prefix:
        assert call["netns"] != os.readlink("/proc/self/ns/net")


CASES = hostile.all_cases()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_case_is_rejected_by_a_rule_or_contained(fake, tmp_path, case):
    pidfile = tmp_path / "child"
    rep = hostile.contain(case, fake, timeout_s=TIMEOUT_S, memory_mb=MEMORY_MB, pidfile=str(pidfile))
    if case.rules:
        assert rep.stopped_by == "integrity" and set(case.rules) <= set(rep.rules), rep
        assert rep.status is None and set(rep.rules) <= set(RULES)
    else:
        assert rep.rules == [], rep
        _assert_contained(rep, case, pidfile, tmp_path)


BYPASS = [c for c in hostile.CASES if c.rules and c.double]


@pytest.mark.parametrize("case", BYPASS, ids=[c.name for c in BYPASS])
def test_sandbox_contains_rejected_cases_without_the_check(fake, tmp_path, case):
    """Defence in depth: what integrity rejects for time or stack is contained anyway."""
    pidfile = tmp_path / "child"
    rep = hostile.contain(case, fake, timeout_s=TIMEOUT_S, memory_mb=MEMORY_MB,
                          through_integrity=False, pidfile=str(pidfile))
    assert set(case.rules) <= set(rep.rules)
    _assert_contained(rep, case, pidfile, tmp_path)


def test_cases_cover_each_kind_of_attack():
    names = {c.name for c in hostile.all_cases()}
    kinds = {"const_loop", "const_fn_loop_crate_allow", "const_array_64g", "nested_parens_100k",
             "include_str_passwd", "include_bytes_passwd", "include_passwd", "env_home",
             "option_env_path", "path_mod_passwd", "doc_include_str", "file_10mb",
             "proc_macro_fn", "feature_gate", "inline_asm", "link_attribute", "fork_then_hang"}
    assert kinds <= names, kinds - names
    doubles = {m.split()[0] for c in hostile.all_cases() for m in c.double}
    assert {"hang", "memory", "spawn_child", "crash"} <= doubles


# --- the integrity rules added for hostile answers -------------------------------------------

def test_a_huge_answer_is_rejected_before_it_is_tokenized(monkeypatch):
    big = hostile.big_case(10)
    assert len(big.prediction) > 10 << 20

    def no_tokenizing(*a, **k):
        raise AssertionError("a too-large answer was tokenized")
    # the checker's tokens come from the lexer's lists (integrity.lex), not tokenize()
    monkeypatch.setattr(integrity, "lex", no_tokenizing)
    integrity._toks_cached.cache_clear()
    res = check(ROWS["C"], big.prediction)
    assert not res.ok and [v.rule for v in res.violations] == ["too_large"]
    assert f"{len(big.prediction.encode()):,} bytes" in res.violations[0].message
    assert "shorten it" in res.violations[0].message and res.assembled is None


def test_size_limit_scales_with_the_row_so_big_references_pass():
    assert size_limit(ROWS["B"]) == integrity.MIN_SIZE_LIMIT
    # a 300 KB reference: its own text as the C answer is well inside 4x its context
    big = cheats.BASE.replace("} // verus!\n", "// a long comment, as big files have\n" * 8000
                              + "} // verus!\n")
    assert len(big) > integrity.MIN_SIZE_LIMIT
    row = cheats._row(C.TASK_REPAIR, big.replace("        invariant\n            i <= v.len(),\n", ""), big)
    assert check(row, big).ok
    assert [v.rule for v in check(row, big * 5).violations] == ["too_large"]


@pytest.mark.parametrize("extra", [
    'macro_rules! call { ($m:ident) => { $m!("/etc/passwd") } }\ncall!(include);',
    'macro_rules! call { ($m:ident) => { $m ! ["HOME"] } }',
    'macro_rules! call { ($($t:tt)*) => { $($t)*!("HOME") } }',
    'macro_rules! call { ($($t:tt),*) => { $($t),+!{"HOME"} } }',
])
def test_a_macro_invoked_through_a_passed_in_name_is_rejected(extra):
    src = cheats.BASE.replace("} // verus!\n", extra + "\n} // verus!\n")
    assert "macro_indirection" in {v.rule for v in check(ROWS["C"], src).violations}


@pytest.mark.parametrize("extra", [
    "fn f(a: u64, b: u64) -> u64 { (a) * !(b) }",
    "fn g(a: bool) -> bool { a != !a }",
    "macro_rules! m { ($e:expr) => { assert!($e) }; ($($e:expr),*) => { vec![$($e),*] } }",
    "macro_rules! n { ($x:ident) => { $crate::m!($x) } }",
])
def test_ordinary_macros_and_operators_are_not_indirection(extra):
    src = cheats.BASE.replace("} // verus!\n", extra + "\n} // verus!\n")
    assert "macro_indirection" not in {v.rule for v in check(ROWS["C"], src).violations}


def test_debugger_visualizer_names_a_file():
    src = cheats.BASE.replace("} // verus!\n", '#[debugger_visualizer(natvis_file = "/etc/x")]\n'
                              "mod m {}\n} // verus!\n")
    assert "path_attribute" in {v.rule for v in check(ROWS["C"], src).violations}


# --- the pending folder for real Verus, and its ledger ---------------------------------------

def test_pending_folder_is_current():
    if not FOLDER.exists() and answer_path("hostile"):
        pytest.skip("the folder was retired: its ledger has arrived")
    folder = read_pending(FOLDER)
    items = hostile.pending_items()
    assert [e["sha256"] for e in folder.entries] == [integrity_sha(t) for t, _ in items], \
        "stale: run dataset_scripts/export_pending_cheats.py"
    assert all(e["expect"] and e["tries"] for e in folder.entries)
    assert "file_10mb" not in {e["case"] for e in folder.entries}
    assert "10 MB" in folder.meta["not_stored"]
    assert max(os.path.getsize(folder.path / e["file"]) for e in folder.entries) < 5 << 20
    rejected = [e for e in folder.entries if e["integrity_rules"]]
    assert rejected and len(rejected) < len(folder.entries)   # both kinds go to real Verus


def integrity_sha(text: str) -> str:
    from verusbench.ledger import text_sha256
    return text_sha256(text)


def _ledger_with(statuses: dict[str, str]) -> Ledger:
    """A ledger holding the given status for each named case (to test the check itself)."""
    from verusbench.ledger import LedgerEntry, text_sha256
    from verusbench.verifier.job import VerifyResult
    led = Ledger({"verus": {"version": "test"}})
    for text, meta in hostile.pending_items():
        if meta["case"] in statuses:
            r = VerifyResult(statuses[meta["case"]], 0, 0, [], 0.0, led.identity, list(led.flags), "")
            led.add(LedgerEntry(text_sha256(text), r))
    return led


def test_ledger_check_finds_missing_and_unexpected_statuses():
    names = [m["case"] for _, m in hostile.pending_items()]
    good = {m["case"]: m["expect"][0] for _, m in hostile.pending_items()}
    assert hostile.ledger_mismatches(_ledger_with(good)) == ([], [])
    bad = dict(good, const_loop_allowed="verified")
    del bad["include_passwd"]
    missing, wrong = hostile.ledger_mismatches(_ledger_with(bad))
    assert missing == ["include_passwd"] and [w[:2] for w in wrong] == [("const_loop_allowed", "verified")]
    assert len(names) == len(set(names))


def test_hostile_ledger_matches_the_expectations():
    path = answer_path("hostile")
    if path is None:
        pytest.skip("no ../shared/verus-results/ledgers/hostile.jsonl.gz yet: "
                    "verification/pending/hostile/ is waiting for real Verus")
    led = Ledger.load([path])
    assert not led.identity.get("verus", {}).get("test_double")
    if shared_identity() is not None:   # the verifier of every shared ledger
        assert led.identity == shared_identity()
    missing, wrong = hostile.ledger_mismatches(led)
    assert not missing, f"cases the ledger lacks: {missing}"
    assert not wrong, f"real Verus disagrees with the expectation: {wrong}"


def test_messages_quoting_a_huge_token_stay_short():
    # a 200 KB identifier outside verus!: the outside_verus message quotes it
    res = check(ROWS["C"], cheats.BASE + "\nconst " + "x" * 200_000 + ": u8 = 0;\n")
    assert "outside_verus" in {v.rule for v in res.violations}
    assert all(len(v.message) <= integrity.MAX_MESSAGE for v in res.violations)


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from(["$", "(", ")", "[", "]", "{", "}", "*", "+", "?", ",", "!", "m", "x",
                           "include", "env", "=", "!=", " ", "\n", "::", "#", "r#m"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_indirection_scan_never_crashes_and_needs_a_dollar(pieces):
    text = " ".join(pieces)
    rules = {h.rule for h in integrity.scan_hatches(text)}
    if "$" not in text:
        assert "macro_indirection" not in rules
