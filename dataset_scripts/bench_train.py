"""SFT throughput and model FLOPs utilisation (MFU) at sequence length 2048, packed, bf16.

    python dataset_scripts/bench_train.py [--model DIR] [--variants all] [--steps 20] [--out bench.json]

Without --model it builds SmolLM2-135M's architecture with random weights (MFU does not
depend on the weights). Each variant trains on packed rows of 2048 tokens (random document
lengths; `position_ids` restart at each document, so no document attends to another) and
reports tokens/s and MFU against the GPU's dense bf16 peak (H100 SXM: 989 TFLOP/s).

Model FLOPs per step (the PaLM convention, attention counted exactly for causal documents):
  matmuls: 6 * N_matmul * tokens   (N_matmul = all Linear weights incl. the LM head; the
           embedding lookup is not a matmul); LoRA runs count 4 * N_matmul (no weight grads
           for frozen weights) + 6 * N_lora
  attention: 3 (fwd+bwd) * 4 * n_layers * d_attn * sum over documents of s*(s+1)/2
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import asdict, dataclass

PEAK_BF16 = {"H100": 989e12, "H200": 989e12, "A100": 312e12}  # dense bf16, SXM parts

SMOLLM2_135M = dict(vocab_size=49152, hidden_size=576, intermediate_size=1536, num_hidden_layers=30,
                    num_attention_heads=9, num_key_value_heads=3, max_position_embeddings=8192,
                    rms_norm_eps=1e-5, tie_word_embeddings=True, rope_theta=100000.0)


@dataclass
class Variant:
    name: str
    attn: str = "sdpa"            # sdpa | flex_attention | flash_attention_2
    batch: int = 8                # rows of 2048 tokens per step
    compile: bool = False
    fused_adamw: bool = True
    lora: bool = False
    packed: bool = True           # False: one causal document per row (upper bound, no doc mask)
    grad_ckpt: bool = False
    compile_mode: str | None = None   # e.g. "max-autotune-no-cudagraphs" (autotuned GEMM tiles)


VARIANTS = [  # most telling first: a call that hits its time limit still returns the early rows
    Variant("sdpa-packed-b8", "sdpa", 8),
    Variant("lora-sdpa-packed-b8 (what train sft runs)", "sdpa", 8, lora=True),
    Variant("flex-packed-b16-compile", "flex_attention", 16, compile=True),
    Variant("lora-flex-packed-b16-compile", "flex_attention", 16, compile=True, lora=True),
    Variant("sdpa-packed-b16-compile", "sdpa", 16, compile=True),
    Variant("flex-packed-b32-compile", "flex_attention", 32, compile=True),
    Variant("sdpa-causal-b16-compile (no doc mask)", "sdpa", 16, compile=True, packed=False),
    Variant("flex-packed-b64-compile", "flex_attention", 64, compile=True),
    Variant("flex-packed-b32-autotune", "flex_attention", 32, compile=True,
            compile_mode="max-autotune-no-cudagraphs"),
]


@dataclass
class Row:
    variant: str
    tokens_per_s: float
    step_ms: float
    tflops: float
    mfu: float
    peak_mem_gib: float
    loss: float
    error: str = ""


def peak_flops(name: str) -> float:
    for k, v in PEAK_BF16.items():
        if k in name:
            return v
    return PEAK_BF16["H100"]


def doc_lengths(rng, seq: int, mean: int = 700) -> list[int]:
    """Random document lengths (exponential-ish, >= 32) that fill one packed row exactly."""
    out, left = [], seq
    while left > 0:
        n = max(32, min(left, int(rng.expovariate(1 / mean))))
        if left - n < 32:
            n = left
        out.append(n)
        left -= n
    return out


def run_variant(v: Variant, model_dir: str | None, seq: int, steps: int, warmup: int,
                dev: str = "cuda", config_over: dict | None = None, profile: bool = False) -> Row:
    import random

    import torch
    from transformers import AutoModelForCausalLM, LlamaConfig

    torch.manual_seed(0)
    rng = random.Random(0)
    cuda = dev == "cuda"
    if model_dir:
        model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.bfloat16, attn_implementation=v.attn)
    else:
        model = AutoModelForCausalLM.from_config(LlamaConfig(**{**SMOLLM2_135M, **(config_over or {})}), dtype=torch.bfloat16,
                                                 attn_implementation=v.attn)
    model.to(dev)
    cfg = model.config
    n_matmul = sum(m.weight.numel() for m in model.modules() if isinstance(m, torch.nn.Linear))
    if cfg.tie_word_embeddings:  # lm_head is a Linear sharing the embedding: counted once above
        pass
    n_lora = 0
    if v.lora:
        from peft import LoraConfig, get_peft_model
        model = get_peft_model(model, LoraConfig(r=16, lora_alpha=32, target_modules="all-linear",
                                                 task_type="CAUSAL_LM"))
        n_lora = sum(p.numel() for p in model.parameters() if p.requires_grad)
    if v.grad_ckpt:
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
    model.train()
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=1e-5, fused=v.fused_adamw)
    d_attn = cfg.num_attention_heads * getattr(cfg, "head_dim", cfg.hidden_size // cfg.num_attention_heads)

    def make_batch():
        ids = torch.randint(100, cfg.vocab_size, (v.batch, seq), device=dev)
        pos, pairs = [], 0
        for _ in range(v.batch):
            lens = doc_lengths(rng, seq) if v.packed else [seq]
            pairs += sum(s * (s + 1) // 2 for s in lens)
            pos.append(torch.cat([torch.arange(s) for s in lens]))
        return ids, torch.stack(pos).to(dev), pairs

    # Compile the model (forward; AOTAutograd compiles its backward too); the fused AdamW step
    # is already one kernel per parameter group.
    fmodel = torch.compile(model, mode=v.compile_mode) if v.compile else model

    def fwd(ids, pos):
        out = fmodel(input_ids=ids, position_ids=pos, labels=ids)
        out.loss.backward()
        opt.step()
        opt.zero_grad(set_to_none=True)
        return out.loss.detach()

    batches = [make_batch() for _ in range(4)]  # rotate a few so no step reuses the last one's masks
    for i in range(warmup):
        ids, pos, _ = batches[i % 4]
        fwd(ids, pos)
    sync = torch.cuda.synchronize if cuda else (lambda: None)
    sync()
    if cuda:
        torch.cuda.reset_peak_memory_stats()
    times, pairs_total, loss = [], 0, 0.0
    for i in range(steps):
        ids, pos, pairs = batches[i % 4]
        t = time.perf_counter()
        loss_t = fwd(ids, pos)
        sync()  # whole step, host included: launch overhead is part of what a trainer pays
        times.append(time.perf_counter() - t)
        pairs_total += pairs
        loss = float(loss_t)
    if profile and cuda:  # where the time goes: top kernels of two steps
        from torch.profiler import ProfilerActivity, profile as prof
        with prof(activities=[ProfilerActivity.CUDA]) as p:
            for i in range(2):
                fwd(*batches[i % 4][:2])
            sync()
        print(p.key_averages().table(sort_by="cuda_time_total", row_limit=18, max_name_column_width=70))
    step_s = statistics.median(times)
    tokens = v.batch * seq
    mm = (4 * n_matmul + 6 * n_lora) if v.lora else 6 * n_matmul
    flops = mm * tokens + 12 * cfg.num_hidden_layers * d_attn * (pairs_total / steps)
    peak = peak_flops(torch.cuda.get_device_name(0) if cuda else "cpu")
    mem = torch.cuda.max_memory_allocated() / 2**30 if cuda else 0.0
    return Row(v.name, tokens / step_s, step_s * 1e3, flops / step_s / 1e12, flops / step_s / peak, mem, loss)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", help="HF folder (default: SmolLM2-135M architecture, random weights)")
    ap.add_argument("--seq", type=int, default=2048)
    ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--warmup", type=int, default=5)
    ap.add_argument("--variants", default="all", help="comma list of variant names, or 'all'")
    ap.add_argument("--out", help="JSON file for the figures")
    ap.add_argument("--profile", action="store_true", help="print the top CUDA kernels of each variant")
    a = ap.parse_args(argv)
    import torch

    if not torch.cuda.is_available():
        print("bench_train needs a CUDA GPU", file=sys.stderr)
        return 2
    chosen = VARIANTS if a.variants == "all" else [v for v in VARIANTS if v.name in a.variants.split(",")]
    rows = []
    for v in chosen:
        t0 = time.time()
        try:
            r = run_variant(v, a.model, a.seq, a.steps, a.warmup, profile=a.profile)
        except Exception as e:  # one failing variant (OOM, compile error) must not hide the others
            r = Row(v.name, 0, 0, 0, 0, 0, float("nan"), error=f"{type(e).__name__}: {str(e)[:200]}")
        rows.append(r)
        if a.out:  # after every variant, so a killed run keeps what it measured
            with open(a.out, "w") as f:
                json.dump({"device": torch.cuda.get_device_name(0), "rows": [asdict(x) for x in rows]}, f, indent=1)
        print(f"{r.variant:40s} {r.tokens_per_s:>10,.0f} tok/s {r.step_ms:8.1f} ms/step "
              f"{r.tflops:6.1f} TFLOP/s MFU {r.mfu:6.1%} mem {r.peak_mem_gib:5.1f} GiB "
              f"({time.time() - t0:.0f} s){' ' + r.error if r.error else ''}", flush=True)
        import gc
        gc.collect()
        torch.cuda.empty_cache()
    dev = torch.cuda.get_device_name(0)
    meta = {"device": dev, "peak_bf16_flops": peak_flops(dev), "seq": a.seq, "steps": a.steps,
            "date": time.strftime("%Y-%m-%d", time.gmtime()), "torch": torch.__version__,
            "rows": [asdict(r) for r in rows]}
    if a.out:
        with open(a.out, "w") as f:
            json.dump(meta, f, indent=1)
    print(f"\n{dev}, seq {a.seq} packed, bf16, peak {peak_flops(dev) / 1e12:.0f} TFLOP/s")
    print(f"{'variant':40s} {'tokens/s':>12s} {'TFLOP/s':>8s} {'MFU':>7s}")
    for r in rows:
        print(f"{r.variant:40s} {r.tokens_per_s:>12,.0f} {r.tflops:>8.1f} {r.mfu:>7.1%}{'  ' + r.error if r.error else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
