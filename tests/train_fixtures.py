"""Tiny random chat model + tokenizer + build, made in-process (no downloads), for the train tests."""

from __future__ import annotations

from pathlib import Path

CHATML = ("{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
          "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}")

SPECIALS = ["<pad>", "<|im_start|>", "<|im_end|>", "<unk>"]


def tiny_tokenizer():
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=400, special_tokens=SPECIALS,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    corpus = ["fn add(a: u32, b: u32) -> u32 requires a < 100 ensures r == a + b { a + b }",
              "system user assistant verus! { proof fn lemma() ensures true {} }", "```rust\n```"] * 5
    tok.train_from_iterator(corpus, trainer)
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, pad_token="<pad>", eos_token="<|im_end|>",
                                   bos_token="<|im_start|>", unk_token="<unk>")
    fast.chat_template = CHATML
    return fast


def tiny_model_dir(tmp: Path, seed: int = 0) -> Path:
    """Save a 2-layer, hidden-32 Llama with the tiny tokenizer into tmp/model; return the folder."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    tok = tiny_tokenizer()
    cfg = LlamaConfig(vocab_size=len(tok), hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                      num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=1024,
                      pad_token_id=tok.pad_token_id, eos_token_id=tok.eos_token_id,
                      bos_token_id=tok.bos_token_id, tie_word_embeddings=True,
                      initializer_range=0.3)  # wide enough logits that LoRA can move the loss
    torch.manual_seed(seed)
    model = LlamaForCausalLM(cfg)
    out = tmp / "model"
    model.save_pretrained(out)
    tok.save_pretrained(out)
    return out


def task_row(i: int, task: str = "code_from_spec") -> dict:
    """A TaskRow dict whose completion is a short, learnable function of its prompt."""
    a = i % 7
    prompt = f"Write the body of add{a} so that it verifies."
    completion = f"```rust\nfn add{a}(x: u32) -> u32 {{ x + {a} }}\n```"
    return {
        "id": f"{task}-{i:016x}", "task": task, "context": "verus! { /*__HOLE__*/ }",
        "target": completion, "reference_file": "", "prompt": prompt, "completion": completion,
        "messages": [{"role": "system", "content": "You write Verus."},
                     {"role": "user", "content": prompt},
                     {"role": "assistant", "content": completion}],
        "metadata": {"source": "test", "repo": "test/test", "commit": "0" * 40, "path": f"f{i}.rs",
                     "license": "MIT", "role": "example", "verus_version": "", "verified": "unchecked",
                     "features": [], "code_lines": 1, "cluster_id": f"c{i}", "target_fn": f"add{a}",
                     "variant": "", "error_text": "", "error_message": "", "error_category": ""},
    }


def tiny_build(tmp: Path, config: str = "code_from_spec", n_train: int = 48, n_val: int = 8,
               n_test: int = 5) -> Path:
    from verusbench.train.data import write_build

    rows = [task_row(i, config) for i in range(n_train + n_val + n_test)]
    return write_build({config: {"train": rows[:n_train], "validation": rows[n_train:n_train + n_val],
                                 "test": rows[n_train + n_val:]}}, tmp / "build")
