"""Generation: well-formed predictions JSONL from a tiny model; fence extraction on any text."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, strategies as st

from train_fixtures import task_row, tiny_build, tiny_model_dir

from verusbench.cli import build_parser
from verusbench.train.generate import extract_prediction


def test_extract_first_rust_block():
    text = "Here:\n```python\nx=1\n```\nthen\n```rust\nfn f() {}\n```\nand ```rust\nfn g() {}\n```"
    assert extract_prediction(text) == "fn f() {}"
    assert extract_prediction("```\nfn h() {}\n```") == "fn h() {}"
    assert extract_prediction("  fn plain() {}\n") == "fn plain() {}"
    assert extract_prediction("sure\n```rust\nfn cut(") == "fn cut("  # ran out of tokens


@given(st.text(max_size=200), st.text(alphabet=st.characters(blacklist_characters="`"), max_size=80))
def test_extract_never_fails_and_finds_the_block(prefix, body):
    assert isinstance(extract_prediction(prefix), str)
    assert extract_prediction(f"ok\n```rust\n{body}\n```\n") == body


def test_generate_writes_k_predictions_per_row(tmp_path):
    model = tiny_model_dir(tmp_path)
    build = tiny_build(tmp_path, n_train=2, n_val=1, n_test=5)
    out = tmp_path / "preds.jsonl"
    ns = build_parser().parse_args([
        "generate", "--model", str(model), "--data", str(build), "--config", "code_from_spec",
        "--split", "test", "--k", "3", "--out", str(out), "--max-new-tokens", "8",
        "--batch-size", "2", "--temperature", "1.0"])
    assert ns.func(ns) == 0
    recs = [json.loads(line) for line in out.read_text().splitlines()]
    test_ids = [task_row(i)["id"] for i in range(3, 8)]  # tiny_build's test rows, in order
    assert [r["id"] for r in recs] == test_ids
    for r in recs:
        assert set(r) == {"id", "predictions", "model", "adapter"}
        assert len(r["predictions"]) == 3 and all(isinstance(p, str) for p in r["predictions"])
        assert r["model"] == str(model) and r["adapter"] == ""


def test_generate_unknown_backend_is_refused(tmp_path):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["generate", "--model", "m", "--data", "d", "--config", "c",
                                   "--out", "o", "--backend", "nope"])
