"""One cheating candidate per integrity rule (verusbench.cheats): each is rejected by its rule,
starts from the honest program, and goes to `verification/pending/cheats/` so that real Verus
can show the rule is needed; the ledger is checked once it exists."""

from __future__ import annotations

from pathlib import Path

import pytest

from verusbench import cheats, hostile
from verusbench import constants as C
from verusbench.integrity import RULES, check
from verusbench.ledger import Ledger, shared_identity, LedgerEntry, text_sha256
from verusbench.pending import answer_path, read_pending
from verusbench.verifier.job import VerifyResult

FOLDER = Path(__file__).resolve().parent.parent / "verification" / "pending" / "cheats"
ROWS = cheats.rows()


def test_one_cheat_per_rule_and_the_rest_are_hostile_cases():
    rules = [c.rule for c in cheats.CHEATS]
    names = [c.case or c.rule for c in cheats.CHEATS]
    assert len(names) == len(set(names))
    assert set(rules) | cheats.HOSTILE_RULES == set(RULES), set(RULES) - set(rules) - cheats.HOSTILE_RULES
    for rule in cheats.HOSTILE_RULES:
        assert any(rule in c.rules for c in hostile.CASES if c.export), rule


@pytest.mark.parametrize("cheat", cheats.CHEATS, ids=[c.rule for c in cheats.CHEATS])
def test_cheat_is_rejected_by_its_rule(cheat):
    res = check(ROWS[cheat.row], cheat.prediction)
    assert not res.ok and cheat.rule in {v.rule for v in res.violations}, \
        [(v.rule, v.message) for v in res.violations]
    assert cheat.expect in (C.STATUS_VERIFIED, C.STATUS_COMPILE_ERROR, "unknown")
    assert cheat.expect != "unknown" or cheat.note   # say why it is unknown


@pytest.mark.parametrize("cheat", cheats.CHEATS, ids=[c.rule for c in cheats.CHEATS])
def test_candidate_is_a_whole_file_from_the_base(cheat):
    text = cheats.candidate(cheat)
    if cheat.row == "B_client":      # the client-crate base (verusbench.client)
        assert text.startswith("pub mod seq_lib {") and text != cheats.CLIENT
        assert "lemma_multiset_commutative" in text.split("fn lemma_multiset_commutative", 1)[1]
        return
    if cheat.row == "B_method":      # a method's free-fn form (verusbench.method_form)
        assert text.startswith("pub mod seq_lib {") and text != cheats.METHOD
        assert "self_.index_of_last_ensures(needle)" in text
        return
    assert text.startswith("use vstd::prelude::*;") or text.startswith("#!["), text[:40]
    assert "verus! {" in text and "fn max(" in text and text != cheats.BASE
    assert text != cheats.FAILING


def test_rows_and_controls_are_honest():
    for key, row in ROWS.items():
        assert check(row, row.target).ok, key
        if row.task != C.TASK_REPAIR:
            base = {"B_client": cheats.CLIENT, "B_method": cheats.METHOD}.get(key, cheats.BASE)
            assert row.context.replace(C.HOLE, row.target, 1) == base == row.reference_file, key
    assert ROWS["C"].context == cheats.FAILING != cheats.BASE
    assert [n for n, *_ in cheats.CONTROLS] == ["base", "failing", "client", "method"]
    assert ROWS["B_client"].metadata.minimized == C.MINIMIZED_CLIENT


def test_pending_folder_is_current():
    if not FOLDER.exists() and answer_path("cheats"):
        pytest.skip("the folder was retired: its ledger has arrived")
    folder = read_pending(FOLDER)
    items = cheats.pending_items()
    assert [e["sha256"] for e in folder.entries] == [text_sha256(t) for t, _ in items], \
        "stale: run dataset_scripts/export_pending_cheats.py"
    for e, (text, _) in zip(folder.entries, items):
        assert folder.text(e["sha256"]) == text
    got = {e.get("case") or e["rule"] for e in folder.entries if e["kind"] == "cheat"}
    assert got == {c.case or c.rule for c in cheats.CHEATS}
    assert all(e["task"] and e["cheats"] for e in folder.entries if e["kind"] == "cheat")


def _ledger_with(statuses: dict[str, str]) -> Ledger:
    led = Ledger({"verus": {"version": "test"}})
    for text, meta in cheats.pending_items():
        name = meta.get("case") or meta["rule"]
        if name in statuses:
            r = VerifyResult(statuses[name], 0, 0, [], 0.0, led.identity, list(led.flags), "")
            led.add(LedgerEntry(text_sha256(text), r))
    return led


def test_ledger_check_finds_missing_and_unexpected_statuses():
    want = {(m.get("case") or m["rule"]): (m["expect"] if m["expect"] != "unknown" else "failed")
            for _, m in cheats.pending_items()}
    assert cheats.ledger_mismatches(_ledger_with(want)) == ([], [])
    bad = dict(want, assume="failed")
    del bad["env"]
    missing, wrong = cheats.ledger_mismatches(_ledger_with(bad))
    assert missing == ["env"] and wrong == [("assume", "failed", "verified")]


def test_cheats_ledger_shows_each_rule_is_needed():
    path = answer_path("cheats")
    if path is None:
        pytest.skip("no ../shared/verus-results/ledgers/cheats.jsonl.gz yet: "
                    "verification/pending/cheats/ is waiting for real Verus")
    led = Ledger.load([path])
    assert not led.identity.get("verus", {}).get("test_double")
    if shared_identity() is not None:   # the verifier of every shared ledger
        assert led.identity == shared_identity()
    missing, wrong = cheats.ledger_mismatches(led)
    assert not missing, f"entries the ledger lacks: {missing}"
    assert not wrong, f"real Verus disagrees (a cheat that does not verify needs a better cheat, " \
                      f"or shows its rule is not needed): {wrong}"
