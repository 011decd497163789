"""TRL wiring: a few GRPO steps on the CPU with a tiny random Llama, starting from a LoRA
adapter, rewarded by the test double through VerusReward; the curriculum's order; the report."""

from __future__ import annotations

import json

import pytest
from test_rl_env import FAKE, demo_build_dir
from train_fixtures import tiny_model_dir, tiny_tokenizer

from verusbench import constants as C
from verusbench.cli import main
from verusbench.rl.grpo import GRPOArgs, curriculum
from verusbench.scoring import load_rows
from verusbench.train.data import write_build

pytest.importorskip("trl")


@pytest.fixture(scope="module")
def short_build(tmp_path_factory):
    """Demo rows of P and B with short prompts (the tiny model has 1024 positions)."""
    demo = demo_build_dir(tmp_path_factory)
    out = tmp_path_factory.mktemp("grpo_build")
    by_cfg = {}
    for cfg in (C.TASK_PROOF, C.TASK_CODE, C.TASK_SPEC):
        rows = sorted(load_rows(demo, cfg, "train").values(), key=lambda r: r.id)[:4]
        ds = []
        for n, r in enumerate(rows):
            d = r.to_dict()
            d["messages"] = [{"role": "user", "content": f"Verus {cfg} fn {r.metadata.target_fn} " + "x " * n},
                             {"role": "assistant", "content": r.completion}]
            ds.append(d)
        by_cfg[cfg] = {"train": ds}
    return write_build(by_cfg, out / "build")


def test_curriculum_puts_short_proof_and_code_rows_first(short_build):
    args = GRPOArgs(data=str(short_build), configs=f"{C.TASK_SPEC},{C.TASK_CODE},{C.TASK_PROOF}",
                    max_prompt_tokens=10_000, max_rows=10)
    items, cur = curriculum(args, tiny_tokenizer())
    tasks = [r["task"] for r in items]
    assert set(tasks[:8]) == {C.TASK_PROOF, C.TASK_CODE} and tasks[8:] == [C.TASK_SPEC] * 2
    lens = [r["n_tokens"] for r in items[:8]]
    assert lens == sorted(lens) and cur["kept"] == 10 and cur["fit"] == 12
    few, _ = curriculum(GRPOArgs(data=str(short_build), max_prompt_tokens=min(lens)), tiny_tokenizer())
    assert all(r["n_tokens"] <= min(lens) for r in few) and few


def test_grpo_runs_a_few_steps_on_cpu_from_an_adapter(short_build, tmp_path):
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    model_dir = tiny_model_dir(tmp_path)
    sft = get_peft_model(AutoModelForCausalLM.from_pretrained(model_dir),
                         LoraConfig(r=4, lora_alpha=8, target_modules="all-linear", task_type="CAUSAL_LM"))
    sft.save_pretrained(tmp_path / "sft_adapter")
    out = tmp_path / "run"
    rc = main(["train", "grpo", "--data", str(short_build), "--out", str(out), "--base-model", str(model_dir),
               "--adapter", str(tmp_path / "sft_adapter"), "--verus", FAKE, "--allow-test-double",
               "--workers", "2", "--num-generations", "2", "--per-device-train-batch-size", "4",
               "--max-completion-length", "12", "--max-steps", "2", "--max-rows", "4",
               "--max-prompt-tokens", "1000", "--timeout-s", "20", "--save-steps", "100"])
    assert rc == 0
    rep = json.loads((out / "grpo_report.json").read_text())
    assert rep["steps"] == 2 and rep["verifier_is_test_double"] and "TEST DOUBLE" in rep["label"]
    assert rep["rollouts"] == 8 and rep["reward_batches"] == 2          # 2 steps x 4 completions
    assert sum(rep["statuses"].values()) == 8
    assert 0 <= rep["verus_wait_share"] <= 1 and rep["rollouts_per_s"] > 0
    by_task = rep["curriculum"]["by_task"]
    assert set(by_task) <= {C.TASK_PROOF, C.TASK_CODE} and sum(by_task.values()) == 4
    assert sum(rep["cheat_attempts_by_rule"].values()) >= rep["statuses"].get("integrity_rejected", 0)
    assert any("reward" in k for h in rep["log_history"] for k in h)
    assert (out / "adapter" / "adapter_config.json").is_file()
    assert (out / "reward.png").stat().st_size > 0 and (out / "pass_rate.png").is_file()
    ev = [json.loads(x) for x in (out / "events.jsonl").read_text().splitlines()]
    assert [e["step"] for e in ev] == [0, 1]


def test_grpo_refuses_the_test_double_and_a_bad_reward_config(short_build, tmp_path, capsys):
    base = ["train", "grpo", "--data", str(short_build), "--out", str(tmp_path / "r"), "--verus", FAKE]
    assert main(base) == 2 and "test double" in capsys.readouterr().err
    assert main(base + ["--allow-test-double", "--reward-config", '{"edit_weight": 0.9}']) == 2
    assert "edit_weight=0.9 is outside" in capsys.readouterr().err
