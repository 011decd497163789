"""LoRA DPO (TRL's DPOTrainer) on preference pairs from `verusbench agent pairs`
(verified vs failed attempts at the same row)."""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from .base_model import ModelRef, load_model, load_tokenizer


@dataclass
class DPOArgs:
    base_model: str
    pairs: str                 # dpo.jsonl: id, prompt, chosen, rejected (conversational)
    out: str
    gguf_file: str | None = None
    adapter: str | None = None  # start from an SFT adapter (trained further)
    beta: float = 0.1
    learning_rate: float = 5e-6
    max_steps: int = -1
    num_train_epochs: float = 1.0
    per_device_train_batch_size: int = 2
    gradient_accumulation_steps: int = 1
    max_length: int = 2048
    lora_r: int = 16
    lora_alpha: int = 32
    logging_steps: int = 10
    gradient_checkpointing: bool = False
    seed: int = 0


def load_pairs(path: str | Path):
    """The pairs file as a datasets.Dataset with prompt/chosen/rejected; a clear error if empty."""
    from datasets import Dataset

    rows = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        d = json.loads(line)
        if not all(k in d for k in ("prompt", "chosen", "rejected")):
            raise ValueError(f"{path}:{n}: a DPO pair needs prompt, chosen and rejected")
        rows.append({k: d[k] for k in ("prompt", "chosen", "rejected")})
    if not rows:
        raise ValueError(f"{path}: no DPO pairs (build them with `verusbench agent pairs`; they need "
                         "a verified and a failed attempt at the same row)")
    return Dataset.from_list(rows)


def train_dpo(args: DPOArgs) -> dict:
    """Train; writes adapter/, loss_history.json and dpo_args.json under args.out."""
    import torch
    from peft import LoraConfig, PeftModel
    from trl import DPOConfig, DPOTrainer

    t0 = time.time()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    train_ds = load_pairs(args.pairs)
    ref = ModelRef.parse(args.base_model, args.gguf_file)
    tok = load_tokenizer(ref)
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    cuda = torch.cuda.is_available()
    model = load_model(ref, dtype="bfloat16" if cuda else "float32")
    peft_config = None
    if args.adapter:   # the reference is the SFT policy itself: adapter disabled gives the base
        model = PeftModel.from_pretrained(model, args.adapter, is_trainable=True)
    else:
        peft_config = LoraConfig(r=args.lora_r, lora_alpha=args.lora_alpha, target_modules="all-linear",
                                 task_type="CAUSAL_LM")
    config = DPOConfig(output_dir=str(out / "checkpoints"), beta=args.beta, learning_rate=args.learning_rate,
                       max_steps=args.max_steps, num_train_epochs=args.num_train_epochs,
                       per_device_train_batch_size=args.per_device_train_batch_size,
                       gradient_accumulation_steps=args.gradient_accumulation_steps,
                       max_length=args.max_length, logging_steps=args.logging_steps,
                       logging_first_step=True, save_strategy="no", report_to="none",
                       gradient_checkpointing=args.gradient_checkpointing,
                       seed=args.seed, use_cpu=not cuda, bf16=cuda)
    trainer = DPOTrainer(model=model, args=config, train_dataset=train_ds, processing_class=tok,
                         peft_config=peft_config)
    res = trainer.train()
    trainer.save_model(str(out / "adapter"))
    (out / "loss_history.json").write_text(json.dumps(trainer.state.log_history, indent=1))
    (out / "dpo_args.json").write_text(json.dumps(asdict(args), indent=1))
    return {"pairs": len(train_ds), "steps": int(res.global_step), "train_loss": float(res.training_loss),
            "adapter_dir": str(out / "adapter"), "wall_s": round(time.time() - t0, 2)}
