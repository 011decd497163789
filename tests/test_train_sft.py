"""SFT on a tiny random model: the loss goes down, outputs are written, args/config files parse."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("trl")
pytest.importorskip("peft")

from train_fixtures import tiny_build, tiny_model_dir  # noqa: E402

from verusbench.cli import build_parser  # noqa: E402
from verusbench.train.sft import SFTArgs, args_from_namespace, train_sft  # noqa: E402


@pytest.fixture(scope="module")
def sft_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("sft")
    model = tiny_model_dir(tmp)
    build = tiny_build(tmp)
    args = SFTArgs(data=str(build), config="code_from_spec", out=str(tmp / "run"), base_model=str(model),
                   max_length=256, per_device_train_batch_size=2, learning_rate=2e-2, max_steps=30,
                   lora_r=8, lora_alpha=16, lora_dropout=0.0, logging_steps=2, eval_steps=10,
                   save_steps=15, warmup_ratio=0.0)
    return args, train_sft(args)


def test_sft_lowers_loss_and_writes_outputs(sft_run):
    args, r = sft_run
    assert r.steps == 30
    assert r.first_eval_loss is not None and r.eval_loss < r.first_eval_loss * 0.8
    assert r.eval_token_accuracy > r.first_eval_token_accuracy + 0.2
    assert r.last_train_loss < r.first_train_loss
    assert 0.0 <= r.eval_token_accuracy <= 1.0
    out = __import__("pathlib").Path(args.out)
    hist = json.loads((out / "loss_history.json").read_text())
    assert len(hist["train"]) >= 10 and len(hist["eval"]) >= 3
    assert all("eval_mean_token_accuracy" in e for e in hist["eval"])
    assert (out / "curves.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (out / "adapter" / "adapter_config.json").is_file()
    meta = json.loads((out / "metrics.json").read_text())
    assert meta["data"]["parquet_sha256"] and meta["result"]["train_rows"] == 48


def test_completion_only_labels(tmp_path):
    """The prompt is masked (-100) and the packed rows carry per-example position_ids."""
    from trl import SFTConfig, SFTTrainer

    from verusbench.train.data import load_split, to_trl
    from train_fixtures import tiny_tokenizer
    from transformers import AutoModelForCausalLM

    model_dir = tiny_model_dir(tmp_path)
    build = tiny_build(tmp_path, n_train=6, n_val=2, n_test=1)
    ds = to_trl(load_split(build, "code_from_spec", "train"))
    tok = tiny_tokenizer()
    cfg = SFTConfig(output_dir=str(tmp_path / "o"), max_length=256, packing=True, completion_only_loss=True,
                    per_device_train_batch_size=2, report_to="none", use_cpu=True)
    tr = SFTTrainer(model=AutoModelForCausalLM.from_pretrained(model_dir), args=cfg, train_dataset=ds,
                    processing_class=tok)
    batch = next(iter(tr.get_train_dataloader()))
    assert "attention_mask" not in batch  # padding-free: boundaries come from position_ids
    pos = batch["position_ids"][0]
    assert int((pos == 0).sum()) >= 2  # several examples packed in one row, each restarting at 0
    labels, ids = batch["labels"][0], batch["input_ids"][0]
    completion_tokens = tok.decode(ids[labels != -100])
    assert "fn add" in completion_tokens and "Write the body" not in completion_tokens


def test_cli_args_and_config_file(tmp_path):
    cfg = tmp_path / "a.yaml"
    cfg.write_text("learning_rate: 0.001\nlora_r: 4\npacking: false\n")
    ns = build_parser().parse_args(["train", "sft", "--data", "d", "--config-file", str(cfg), "--lora-r", "8"])
    a = args_from_namespace(ns)
    assert (a.learning_rate, a.lora_r, a.packing, a.data) == (0.001, 8, False, "d")
    bad = tmp_path / "b.json"
    bad.write_text(json.dumps({"learning_rat": 1}))
    with pytest.raises(ValueError, match="learning_rat"):
        args_from_namespace(build_parser().parse_args(["train", "sft", "--config-file", str(bad)]))


def test_missing_config_is_a_clear_error(tmp_path):
    build = tiny_build(tmp_path, n_train=2, n_val=1, n_test=1)
    model = tiny_model_dir(tmp_path)
    rc = build_parser().parse_args(["train", "sft", "--data", str(build), "--config", "repair",
                                    "--base-model", str(model), "--out", str(tmp_path / "r")])
    assert rc.func(rc) == 2
