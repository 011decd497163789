"""LoRA SFT on one task config of a build, with TRL's SFTTrainer + PEFT.

Loss on the completion only (conversational prompt-completion rows), packing without
cross-example attention (BFD packing = padding-free + position_ids; transformers turns
position_ids into a block-diagonal mask under SDPA and into varlen calls under flash
attention), eval loss + token accuracy on validation, checkpoints, a loss history JSON and
a PNG of the curves. Runs unchanged under `accelerate launch` for several GPUs.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import time
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from .base_model import DEFAULT_BASE_MODEL, ModelRef, best_attn_implementation, load_model, load_tokenizer
from .data import filter_by_length, load_split, to_trl


@dataclass
class SFTArgs:
    """Every knob of a baseline run; the defaults run (given --data/--config/--out)."""
    data: str = field(default="", metadata={"help": "build folder (Hub layout) or Hub dataset id"})
    config: str = field(default="spec_from_code", metadata={"help": "task config"})
    out: str = field(default="runs/sft", metadata={"help": "output folder"})
    base_model: str = field(default=DEFAULT_BASE_MODEL, metadata={"help": "HF folder, Hub id or .gguf path"})
    gguf_file: str | None = field(default=None, metadata={"help": "GGUF file name inside --base-model"})
    train_split: str = "train"
    eval_split: str | None = field(default="validation", metadata={"help": "'' to skip evaluation"})
    max_train_rows: int | None = None
    max_eval_rows: int | None = None
    max_length: int = field(default=2048, metadata={"help": "longer examples are dropped, not cut"})
    packing: bool = True
    # LoRA
    lora_r: int = 16
    lora_alpha: int = 32
    lora_dropout: float = 0.05
    target_modules: str = field(default="all-linear", metadata={"help": "'all-linear' or comma list"})
    # optimisation
    learning_rate: float = 2e-4
    num_train_epochs: float = 1.0
    max_steps: int = -1
    per_device_train_batch_size: int = 4
    per_device_eval_batch_size: int = 4
    gradient_accumulation_steps: int = 1
    warmup_ratio: float = 0.03
    lr_scheduler_type: str = "cosine"
    weight_decay: float = 0.0
    optim: str = field(default="adamw_torch_fused", metadata={"help": "falls back to adamw_torch on CPU"})
    gradient_checkpointing: bool = False
    bf16: bool | None = field(default=None, metadata={"help": "default: on when CUDA supports it"})
    attn_implementation: str | None = field(default=None, metadata={"help": "default: flash if installed, else sdpa"})
    torch_compile: bool = False
    # bookkeeping
    logging_steps: float = 5
    eval_steps: float = field(default=0.1, metadata={"help": "steps, or a fraction (<1) of all steps"})
    save_steps: float = field(default=0.5, metadata={"help": "steps, or a fraction (<1) of all steps"})
    save_total_limit: int = 2
    seed: int = 42
    dataloader_num_workers: int = 0
    dataset_num_proc: int | None = None
    report_to: str = "none"


@dataclass
class SFTResult:
    out: str
    adapter_dir: str
    train_rows: int
    eval_rows: int
    dropped_train_rows: int
    dropped_eval_rows: int
    steps: int
    train_loss: float | None
    first_train_loss: float | None
    last_train_loss: float | None
    eval_loss: float | None
    first_eval_loss: float | None
    eval_token_accuracy: float | None
    first_eval_token_accuracy: float | None
    train_tokens: int | None
    wall_s: float
    device: str


# --- args: CLI + config file ----------------------------------------------------------------

def _field_type(f: dataclasses.Field) -> type:
    t = str(f.type)
    for name, typ in (("bool", bool), ("int", int), ("float", float)):
        if t.startswith(name):
            return typ
    return str


def _parse_bool(s: str) -> bool:
    if s.lower() in ("1", "true", "yes", "on"):
        return True
    if s.lower() in ("0", "false", "no", "off"):
        return False
    raise argparse.ArgumentTypeError(f"expected true/false, got {s!r}")


def add_sft_arguments(p: argparse.ArgumentParser) -> None:
    """One `--flag` per SFTArgs field (defaults None, so a config file can fill them)."""
    p.add_argument("--config-file", help="JSON or YAML file with SFTArgs fields; flags override it")
    for f in fields(SFTArgs):
        typ = _field_type(f)
        help_ = f.metadata.get("help", "") + f" (default: {f.default})"
        flag = "--" + f.name.replace("_", "-")
        if typ is bool:
            p.add_argument(flag, dest=f.name, type=_parse_bool, nargs="?", const=True, default=None, help=help_)
        else:
            p.add_argument(flag, dest=f.name, type=typ, default=None, help=help_)


def load_config_file(path: str | Path) -> dict[str, Any]:
    text = Path(path).read_text()
    if str(path).endswith((".yaml", ".yml")):
        import yaml
        data = yaml.safe_load(text) or {}
    else:
        data = json.loads(text)
    known = {f.name for f in fields(SFTArgs)}
    unknown = set(data) - known
    if unknown:
        raise ValueError(f"{path}: unknown SFT arguments {sorted(unknown)}; known: {sorted(known)}")
    return data


def args_from_namespace(ns: argparse.Namespace) -> SFTArgs:
    """Defaults < config file < command-line flags."""
    values: dict[str, Any] = {}
    if getattr(ns, "config_file", None):
        values.update(load_config_file(ns.config_file))
    for f in fields(SFTArgs):
        v = getattr(ns, f.name, None)
        if v is not None:
            values[f.name] = v
    return SFTArgs(**values)


# --- training ----------------------------------------------------------------------------

def data_fingerprint(build_dir: str, config: str) -> dict[str, Any]:
    """What identifies the data: build path, its declared version if any, hash of its parquet files."""
    build = Path(build_dir)
    info: dict[str, Any] = {"build": str(build_dir), "config": config}
    if not build.is_dir():
        return info
    for name in ("BUILD_REPORT.json", "build_info.json", "MANIFEST.json", "dataset_info.json"):
        p = build / name
        if p.is_file():
            try:
                meta = json.loads(p.read_text())
                for k in ("version", "dataset_version", "build_version", "created", "verus_version"):
                    if isinstance(meta, dict) and k in meta:
                        info[k] = meta[k]
            except (OSError, json.JSONDecodeError):
                pass
    h = hashlib.sha256()
    for f in sorted((build / "data" / config).glob("*.parquet")):
        h.update(f.name.encode())
        h.update(f.read_bytes())
    info["parquet_sha256"] = h.hexdigest()[:16]
    return info


def _device_name() -> str:
    import torch

    if torch.cuda.is_available():
        n = torch.cuda.device_count()
        return f"{n}x {torch.cuda.get_device_name(0)}"
    return "cpu"


def _resolve_steps(v: float) -> float | int:
    return v if 0 < v < 1 else int(v)


def _warmup(config_cls, ratio: float) -> dict[str, float]:
    """The warmup fraction under the name this transformers takes (5.x: a float warmup_steps)."""
    if any(f.name == "warmup_ratio" for f in dataclasses.fields(config_cls)):
        return {"warmup_ratio": ratio}   # 4.x: warmup_steps must be an int there
    return {"warmup_steps": ratio}


def _load_filtered(args: SFTArgs, split: str, cap: int | None, tokenizer):
    """One split in TRL format, capped, then length-filtered; with its size before filtering."""
    ds = load_split(args.data, args.config, split)
    if cap:
        ds = ds.select(range(min(cap, len(ds))))
    ds = to_trl(ds)
    return filter_by_length(ds, tokenizer, args.max_length), len(ds)


def prepare_datasets(args: SFTArgs, tokenizer):
    """Train/eval datasets in TRL format, capped and length-filtered; with counts of what was dropped."""
    train, n0 = _load_filtered(args, args.train_split, args.max_train_rows, tokenizer)
    if len(train) == 0:
        raise ValueError(f"{args.data} [{args.config}/{args.train_split}]: no training rows "
                         f"(of {n0}) fit in --max-length {args.max_length}")
    eval_ds, e0 = None, 0
    if args.eval_split:
        try:
            eval_ds, e0 = _load_filtered(args, args.eval_split, args.max_eval_rows, tokenizer)
        except Exception as e:  # a build without validation still trains
            print(f"warning: no eval split {args.eval_split!r}: {e}; training without evaluation")
        if eval_ds is not None and len(eval_ds) == 0:
            eval_ds = None
    return train, eval_ds, n0 - len(train), e0 - (len(eval_ds) if eval_ds is not None else 0)


def train_sft(args: SFTArgs) -> SFTResult:
    """Run one LoRA SFT; writes adapter/, loss_history.json, metrics.json, curves.png under args.out."""
    import torch
    from peft import LoraConfig
    from trl import SFTConfig, SFTTrainer

    from .cards import plot_curves, split_history

    if not args.data:
        raise ValueError("--data is required (a build folder)")
    t0 = time.time()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    cuda = torch.cuda.is_available()
    bf16 = args.bf16 if args.bf16 is not None else bool(cuda and torch.cuda.is_bf16_supported())
    attn = args.attn_implementation or best_attn_implementation()
    ref = ModelRef.parse(args.base_model, args.gguf_file)

    tokenizer = load_tokenizer(ref)
    train_ds, eval_ds, dropped_train, dropped_eval = prepare_datasets(args, tokenizer)
    model = load_model(ref, dtype="bfloat16" if bf16 else "float32", attn_implementation=attn)

    targets: str | list[str] = args.target_modules
    if targets != "all-linear":
        targets = [t.strip() for t in targets.split(",") if t.strip()]
    peft_config = LoraConfig(r=args.lora_r, lora_alpha=args.lora_alpha, lora_dropout=args.lora_dropout,
                             target_modules=targets, task_type="CAUSAL_LM")
    has_eval = eval_ds is not None
    optim = args.optim if (cuda or not args.optim.endswith("_fused")) else "adamw_torch"
    config = SFTConfig(
        output_dir=str(out / "checkpoints"),
        max_length=args.max_length,
        packing=args.packing,
        packing_strategy="bfd",          # padding-free: examples never attend across each other
        completion_only_loss=True,
        learning_rate=args.learning_rate,
        num_train_epochs=args.num_train_epochs,
        max_steps=args.max_steps,
        per_device_train_batch_size=args.per_device_train_batch_size,
        per_device_eval_batch_size=args.per_device_eval_batch_size,
        gradient_accumulation_steps=args.gradient_accumulation_steps,
        **_warmup(SFTConfig, args.warmup_ratio),
        lr_scheduler_type=args.lr_scheduler_type,
        weight_decay=args.weight_decay,
        optim=optim,
        gradient_checkpointing=args.gradient_checkpointing,
        gradient_checkpointing_kwargs={"use_reentrant": False} if args.gradient_checkpointing else None,
        bf16=bf16,
        torch_compile=args.torch_compile,
        logging_steps=_resolve_steps(args.logging_steps),
        logging_first_step=True,
        eval_strategy="steps" if has_eval else "no",
        eval_steps=_resolve_steps(args.eval_steps) if has_eval else None,
        save_strategy="steps",
        save_steps=_resolve_steps(args.save_steps),
        save_total_limit=args.save_total_limit,
        seed=args.seed,
        data_seed=args.seed,
        dataloader_num_workers=args.dataloader_num_workers,
        dataset_num_proc=args.dataset_num_proc,
        report_to=args.report_to,
        use_cpu=not cuda,
    )
    trainer = SFTTrainer(model=model, args=config, train_dataset=train_ds, eval_dataset=eval_ds,
                         processing_class=tokenizer, peft_config=peft_config)
    first_eval = trainer.evaluate() if has_eval else {}
    train_out = trainer.train()
    final_eval = trainer.evaluate() if has_eval else {}

    adapter_dir = out / "adapter"
    trainer.save_model(str(adapter_dir))   # collective under accelerate: every rank calls it
    if trainer.is_world_process_zero():
        tokenizer.save_pretrained(str(adapter_dir))
    wall = time.time() - t0

    if trainer.is_world_process_zero():
        # train() restarts the log, so the pre-training evaluation is put back as step 0
        history = ([{**first_eval, "step": 0, "epoch": 0.0}] if first_eval else []) + trainer.state.log_history
        train_h, eval_h = split_history(history)
        (out / "loss_history.json").write_text(json.dumps(
            {"train": train_h, "eval": eval_h, "raw": history}, indent=1))
        (out / "sft_args.json").write_text(json.dumps(dataclasses.asdict(args), indent=1))
        plot_curves(train_h, eval_h, out / "curves.png", title=f"{args.config} LoRA SFT")
    tokens = None
    for rec in reversed(trainer.state.log_history):
        if "num_tokens" in rec:
            tokens = int(rec["num_tokens"])
            break
    result = SFTResult(
        out=str(out), adapter_dir=str(adapter_dir),
        train_rows=len(train_ds), eval_rows=len(eval_ds) if has_eval else 0,
        dropped_train_rows=dropped_train, dropped_eval_rows=dropped_eval,
        steps=int(trainer.state.global_step), train_loss=float(train_out.training_loss),
        first_train_loss=next((r["loss"] for r in trainer.state.log_history if "loss" in r), None),
        last_train_loss=next((r["loss"] for r in reversed(trainer.state.log_history) if "loss" in r), None),
        eval_loss=final_eval.get("eval_loss"), first_eval_loss=first_eval.get("eval_loss"),
        eval_token_accuracy=final_eval.get("eval_mean_token_accuracy"),
        first_eval_token_accuracy=first_eval.get("eval_mean_token_accuracy"),
        train_tokens=tokens, wall_s=round(wall, 1), device=_device_name())
    if trainer.is_world_process_zero():
        import peft
        import transformers
        import trl

        meta = {"result": dataclasses.asdict(result), "args": dataclasses.asdict(args),
                "data": data_fingerprint(args.data, args.config),
                "base_model": {"path": ref.path, "gguf_file": ref.gguf_file},
                "attn_implementation": attn, "bf16": bf16,
                "versions": {"torch": torch.__version__, "transformers": transformers.__version__,
                             "trl": trl.__version__, "peft": peft.__version__},
                "first_eval": first_eval, "final_eval": final_eval,
                "date": time.strftime("%Y-%m-%d", time.gmtime())}
        (out / "metrics.json").write_text(json.dumps(meta, indent=1, default=str))
    return result
