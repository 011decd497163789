"""`verusbench train sft|dpo`: LoRA SFT baseline (and DPO on agent pairs) on one task config of a build (TRL + PEFT)."""

from __future__ import annotations

import json
import os
import sys


def register(sub) -> None:
    p = sub.add_parser("train", help="train baselines (LoRA SFT, GRPO)")
    tsub = p.add_subparsers(dest="train_command", metavar="KIND")
    s = tsub.add_parser(
        "sft", help="LoRA SFT with TRL's SFTTrainer (multi-GPU: `accelerate launch -m verusbench train sft ...`)",
        description="LoRA SFT on one config of a build: completion-only loss, packed rows without "
                    "cross-example attention, eval loss + token accuracy on validation. "
                    "Values come from defaults < --config-file < flags.")
    from ..train.sft import add_sft_arguments
    add_sft_arguments(s)
    s.set_defaults(func=run_sft)
    g = tsub.add_parser(
        "grpo", help="GRPO with the Verus reward (TRL GRPOTrainer), from an SFT adapter",
        description="GRPO on a curriculum of short train rows (proof completion and code from spec "
                    "first); reward: integrity check + Verus (local pool + cache, or --verifier-url).")
    from ..rl.grpo import add_grpo_arguments
    add_grpo_arguments(g)
    g.set_defaults(func=run_grpo)
    d = tsub.add_parser("dpo", help="LoRA DPO (TRL DPOTrainer) on pairs from `verusbench agent pairs`")
    d.add_argument("--base-model", required=True)
    d.add_argument("--gguf-file", default=None)
    d.add_argument("--pairs", required=True, help="dpo.jsonl from `verusbench agent pairs`")
    d.add_argument("--adapter", default=None, help="SFT adapter to start from")
    d.add_argument("--out", required=True)
    for k, typ, dflt in (("beta", float, 0.1), ("learning-rate", float, 5e-6), ("max-steps", int, -1),
                         ("num-train-epochs", float, 1.0), ("per-device-train-batch-size", int, 2),
                         ("max-length", int, 2048), ("lora-r", int, 16), ("logging-steps", int, 10),
                         ("seed", int, 0)):
        d.add_argument(f"--{k}", type=typ, default=dflt)
    d.set_defaults(func=run_dpo)
    p.set_defaults(func=lambda a: (p.print_help(), 2)[1])


def run_dpo(args) -> int:
    from ..train.dpo import DPOArgs, train_dpo

    keys = DPOArgs.__dataclass_fields__
    try:
        res = train_dpo(DPOArgs(**{k: v for k, v in vars(args).items() if k in keys}))
    except (ValueError, FileNotFoundError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(json.dumps(res))
    return 0


def run_sft(args) -> int:
    from ..train.sft import args_from_namespace, train_sft

    try:
        sft_args = args_from_namespace(args)
        result = train_sft(sft_args)
    except (ValueError, FileNotFoundError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if os.environ.get("RANK", "0") != "0":   # `accelerate launch`: rank 0 reports
        return 0
    from rich.console import Console
    from rich.table import Table

    t = Table(title=f"SFT {sft_args.config} -> {result.adapter_dir}")
    t.add_column("what"), t.add_column("value", justify="right")
    for k, v in result.__dict__.items():
        t.add_row(k, f"{v:.4f}" if isinstance(v, float) else str(v))
    Console(stderr=True).print(t)
    print(json.dumps(result.__dict__))
    return 0


def run_grpo(args) -> int:
    from ..rl.backend import TestDoubleRefused
    from ..rl.grpo import args_from_namespace, train_grpo
    from ..rl.reward import RewardConfigError
    from ..verifier import VerusNotFound

    try:
        rep = train_grpo(args_from_namespace(args))
    except (ValueError, FileNotFoundError, VerusNotFound, TestDoubleRefused, RewardConfigError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if os.environ.get("RANK", "0") == "0":
        print(json.dumps({k: v for k, v in rep.items() if k not in ("log_history", "curve", "args")}))
    return 0
