"""Adapters: save -> PeftModel.from_pretrained gives identical logits; publish dry run; model card."""

from __future__ import annotations

import json

import pytest
import torch

from train_fixtures import tiny_model_dir

from verusbench.cli import build_parser
from verusbench.train.adapters import load_adapter, plan_publish
from verusbench.train.cards import PASS_AT_K_NOT_MEASURED, render_card


@pytest.fixture
def saved_adapter(tmp_path):
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    base = tiny_model_dir(tmp_path)
    model = get_peft_model(AutoModelForCausalLM.from_pretrained(base),
                           LoraConfig(r=4, lora_alpha=8, target_modules="all-linear", init_lora_weights=False))
    model.eval()
    ids = torch.tensor([[1, 5, 9, 12, 40, 7]])
    with torch.no_grad():
        logits = model(input_ids=ids).logits
    model.save_pretrained(tmp_path / "adapter")
    return base, tmp_path / "adapter", ids, logits


def test_adapter_reloads_to_identical_logits(saved_adapter):
    base, adapter, ids, logits = saved_adapter
    reloaded = load_adapter(str(base), str(adapter))
    reloaded.eval()
    with torch.no_grad():
        again = reloaded(input_ids=ids).logits
    assert torch.equal(again, logits)
    # and the adapter really changes the model (so the check above means something)
    from transformers import AutoModelForCausalLM
    with torch.no_grad():
        plain = AutoModelForCausalLM.from_pretrained(base)(input_ids=ids).logits
    assert not torch.allclose(plain, logits)


def test_publish_dry_run_prints_plan(saved_adapter, capsys):
    _, adapter, _, _ = saved_adapter
    (adapter / "README.md").write_text("card")
    ns = build_parser().parse_args(["publish-adapter", str(adapter), "--repo", "verusft/x-lora", "--dry-run"])
    assert ns.func(ns) == 0
    out = capsys.readouterr().out
    assert "[dry run]" in out and "adapter_model.safetensors" in out and "README.md" in out
    plan = plan_publish(adapter, "verusft/x-lora")
    assert {p for p, _ in plan.files} >= {"adapter_config.json", "adapter_model.safetensors", "README.md"}


def test_publish_refuses_non_adapter_folder(tmp_path):
    ns = build_parser().parse_args(["publish-adapter", str(tmp_path), "--repo", "verusft/x", "--dry-run"])
    assert ns.func(ns) == 2


def _ctx(**over):
    ctx = {"repo_id": "verusft/t", "task": "spec_from_code", "task_letter": "A", "base_model": "b",
           "base_model_source": "", "data": {"build": "/b", "config": "spec_from_code", "parquet_sha256": "ab"},
           "hyper": {"lora_r": 16, "max_length": 2048}, "versions": {"trl": "1"}, "date": "2026-01-01",
           "curves_png": "curves.png",
           "result": {"train_rows": 10, "eval_rows": 2, "dropped_train_rows": 1, "dropped_eval_rows": 0,
                      "steps": 5, "train_tokens": 100, "wall_s": 1.0, "device": "cpu",
                      "first_train_loss": 2.0, "last_train_loss": 1.0, "first_eval_loss": 2.1,
                      "eval_loss": 1.1, "eval_token_accuracy": 0.5}}
    ctx["fmt"] = lambda x, nd=4: "n/a" if x is None else (f"{x:.{nd}f}" if isinstance(x, float) else str(x))
    ctx.update(over)
    return ctx


def test_card_says_pass_at_k_not_measured_without_verus():
    card = render_card(_ctx())
    assert card.startswith("---\n") and "base_model: b" in card
    assert PASS_AT_K_NOT_MEASURED in card and "pass@1" not in card
    assert "0.5000" in card and "curves.png" in card


def test_card_shows_pass_at_k_only_when_measured():
    card = render_card(_ctx(pass_at_k={1: 0.25}, verus_version="0.2025.1"))
    assert "pass@1 (real Verus 0.2025.1) | 0.25" in card and PASS_AT_K_NOT_MEASURED not in card
