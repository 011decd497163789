"""`verusbench generate`: sample k predictions per row (JSONL the metric reads)."""

from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("generate", help="sample predictions from a model (+ LoRA adapter)")
    p.add_argument("--model", required=True, help="HF folder, Hub id, or .gguf path")
    p.add_argument("--adapter", help="LoRA adapter folder or Hub id")
    p.add_argument("--gguf-file", help="GGUF file name inside --model")
    p.add_argument("--data", required=True, help="build folder (Hub layout) or Hub dataset id")
    p.add_argument("--config", required=True, help="task config, e.g. code_from_spec")
    p.add_argument("--split", default="test")
    p.add_argument("--k", type=int, default=1, help="samples per row")
    p.add_argument("--out", required=True, help="predictions JSONL")
    p.add_argument("--temperature", type=float, default=0.8, help="0 = greedy")
    p.add_argument("--top-p", type=float, default=0.95)
    p.add_argument("--max-new-tokens", type=int, default=1024)
    p.add_argument("--batch-size", type=int, default=8)
    p.add_argument("--limit", type=int, help="first N rows only")
    p.add_argument("--backend", choices=("transformers", "vllm"), default="transformers")
    p.add_argument("--seed", type=int, default=0)
    p.set_defaults(func=run)


def run(args) -> int:
    from ..train.generate import GenerateArgs, generate_predictions

    ga = GenerateArgs(**{k: getattr(args, k) for k in GenerateArgs.__dataclass_fields__})
    try:
        s = generate_predictions(ga)
    except (ValueError, FileNotFoundError, RuntimeError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(f"{s.written}/{s.rows} rows written to {s.out} ({s.failed} failed) in {s.wall_s} s",
          file=sys.stderr)
    return 0 if s.failed == 0 else 1
