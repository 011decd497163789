"""The baseline adapters shipped in model_cards/ load onto the SmolLM2-135M architecture."""

from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
peft = pytest.importorskip("peft")

ROOT = Path(__file__).resolve().parents[1] / "model_cards" / "baselines"
TASKS = ["spec_from_code", "code_from_spec", "repair"]


def smollm2_135m_random():
    from transformers import LlamaConfig, LlamaForCausalLM

    # SmolLM2-135M's architecture (weights random: only shapes and module names matter here)
    cfg = LlamaConfig(vocab_size=49152, hidden_size=576, intermediate_size=1536, num_hidden_layers=30,
                      num_attention_heads=9, num_key_value_heads=3, tie_word_embeddings=True)
    torch.manual_seed(0)
    return LlamaForCausalLM(cfg).eval()


@pytest.mark.parametrize("task", TASKS)
def test_shipped_adapter_loads_and_changes_the_model(task):
    from peft import PeftModel

    adapter = ROOT / task / "adapter"
    assert (adapter / "adapter_model.safetensors").is_file(), f"missing adapter for {task}"
    model = smollm2_135m_random()
    ids = torch.tensor([[1, 200, 3000, 42, 7]])
    with torch.no_grad():
        before = model(ids).logits
    wrapped = PeftModel.from_pretrained(model, str(adapter)).eval()
    # every LoRA tensor of the file landed in the model (a name mismatch would leave B at zero)
    lora_b = [p for n, p in wrapped.named_parameters() if "lora_B" in n]
    assert len(lora_b) == 30 * 7 and all(p.abs().sum() > 0 for p in lora_b)
    with torch.no_grad():
        after = wrapped(ids).logits
    assert not torch.allclose(before, after)
