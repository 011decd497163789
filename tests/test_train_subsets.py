"""Fixed evaluation subsets: ledger status, context fit, stable hash order."""

from __future__ import annotations

import random

import pytest

from train_fixtures import task_row, tiny_tokenizer

from verusbench.ledger import PINNED_FLAGS, Ledger, append_entries, entry_for
from verusbench.train.subsets import answer_tokens, prompt_tokens, select_subset, stable_key
from verusbench.verifier.job import VerifyResult

IDENTITY = {"version": "0.2026.08.22.eb66c53", "test": "subsets"}


def _result(status: str) -> VerifyResult:
    return VerifyResult(status=status, verified=int(status == "verified"), errors=int(status != "verified"),
                        diagnostics=[], wall_s=0.1, verifier=IDENTITY, flags=list(PINNED_FLAGS), cache_key="")


def _rows(n: int, task: str = "code_from_spec") -> list[dict]:
    rows = []
    for i in range(n):
        r = task_row(i, task)
        r["reference_file"] = f"verus! {{ fn f{i}() {{}} }}\n"
        r["context"] = f"verus! {{ fn f{i}() {{ broken }} }}\n"
        rows.append(r)
    return rows


def _ledger(tmp_path, statuses: dict[str, str]) -> Ledger:
    """A ledger file on disk holding `text -> status`, read back as the shared one is."""
    path = tmp_path / "ledger.jsonl"
    append_entries(path, [entry_for(text, _result(s)) for text, s in statuses.items()])
    return Ledger.load([path])


def test_picks_verified_rows_in_hash_order_whatever_the_input_order(tmp_path):
    rows = _rows(40)
    # every third reference failed; rows 1 and 2 are not in the ledger at all
    led = _ledger(tmp_path, {r["reference_file"]: "failed" if i % 3 == 0 else "verified"
                             for i, r in enumerate(rows) if i not in (1, 2)})
    tok = tiny_tokenizer()
    a = select_subset(rows, led, tok, 10, context_length=4096, max_new_tokens=64)
    shuffled = rows[:]
    random.Random(7).shuffle(shuffled)
    b = select_subset(shuffled, led, tok, 10, context_length=4096, max_new_tokens=64)
    assert a.ids == b.ids and len(a.ids) == 10
    verified = [r["id"] for i, r in enumerate(rows) if i % 3 and i not in (1, 2)]
    assert a.ids == sorted(verified, key=stable_key)[:10]
    assert a.report["matched_ledger"] == 38 and a.report["reference_status"]["not_in_ledger"] == 2
    assert a.report["left_out"]["reference_failed"] == 14
    # another salt is another (equally stable) subset
    c = select_subset(rows, led, tok, 10, context_length=4096, max_new_tokens=64, salt="other")
    assert set(c.ids) <= set(verified) and c.ids != a.ids


def test_rows_that_do_not_fit_the_context_are_skipped_and_topped_up(tmp_path):
    rows = _rows(12)
    led = _ledger(tmp_path, {r["reference_file"]: "verified" for r in rows})
    tok = tiny_tokenizer()
    first = sorted(rows, key=lambda r: stable_key(r["id"]))[0]
    first["messages"][1]["content"] = "word " * 400
    s = select_subset(rows, led, tok, 5, context_length=300, max_new_tokens=100)
    assert first["id"] not in s.ids and len(s.ids) == 5
    assert s.report["left_out"]["prompt_too_long"] == 1
    assert all(s.prompt_tokens[i] + 100 <= 300 for i in s.ids)
    assert s.prompt_tokens[s.ids[0]] == prompt_tokens(tok, next(r for r in rows if r["id"] == s.ids[0]))
    # the reference answer must fit in max_new_tokens unless told otherwise
    need = max(answer_tokens(tok, r) for r in rows)
    assert select_subset(rows, led, tok, 5, context_length=4096, max_new_tokens=need - 1).report[
        "left_out"]["answer_over_max_new_tokens"] >= 1
    loose = select_subset(rows, led, tok, 20, context_length=4096, max_new_tokens=need - 1,
                          answer_must_fit=False)
    assert len(loose.ids) == 12  # fewer eligible rows than n: all of them


def test_repair_rows_need_a_broken_file_that_fails(tmp_path):
    rows = _rows(9, "repair_synthetic")
    statuses = {r["reference_file"]: "verified" for r in rows}
    broken = ["failed", "verified", "compile_error"]
    statuses.update({r["context"]: broken[i % 3] for i, r in enumerate(rows)})
    led = _ledger(tmp_path, statuses)
    s = select_subset(rows, led, tiny_tokenizer(), 9, context_length=4096, max_new_tokens=64,
                      broken_statuses={"failed"}, config="repair_synthetic")
    assert sorted(s.ids) == sorted(r["id"] for i, r in enumerate(rows) if i % 3 == 0)
    assert s.report["broken_status"] == {"failed": 3, "verified": 3, "compile_error": 3}


def test_bad_input_is_named(tmp_path):
    rows = _rows(3)
    led = _ledger(tmp_path, {r["reference_file"]: "verified" for r in rows})
    with pytest.raises(ValueError, match=rows[0]["id"]):
        select_subset(rows + [rows[0]], led, tiny_tokenizer(), 5, context_length=4096, max_new_tokens=8)
    with pytest.raises(ValueError, match="max_new_tokens"):
        select_subset(rows, led, tiny_tokenizer(), 5, context_length=4096, max_new_tokens=0)
