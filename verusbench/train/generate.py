"""Sample k predictions per row of a build split, written as the JSONL the metric reads.

One line per row: {"id", "predictions": [k strings], "model", "adapter"}. A prediction is the
first ```rust fenced block of the reply when there is one, else the whole reply.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .base_model import ModelRef, load_model, load_tokenizer
from .data import load_split, row_to_conversation

_RUST_TAGS = {"rust", "rs", "verus"}


def _fenced_blocks(text: str) -> list[tuple[str, str, bool]]:
    """(info tag, body, closed) of each ``` fenced block, scanning line by line as Markdown does."""
    blocks, tag, body, inside = [], "", [], False
    for line in text.split("\n"):  # not splitlines(): \r, \x0b... inside code are content
        stripped = line.strip()
        if not inside:
            i = line.find("```")
            if i >= 0:
                tag = line[i + 3:].strip().split()[0].lower() if line[i + 3:].strip() else ""
                if "`" in tag:  # inline code such as ```x``` on one line: not a fence
                    continue
                inside, body = True, []
        elif stripped.startswith("```"):
            blocks.append((tag, "\n".join(body), True))
            inside = False
        else:
            body.append(line)
    if inside:
        blocks.append((tag, "\n".join(body), False))
    return blocks


def extract_prediction(text: str) -> str:
    """The first ```rust block (else the first untagged fenced block, else the text itself).

    An unterminated block (the model ran out of tokens) counts, with what it holds so far.
    """
    blocks = _fenced_blocks(text)
    for tag, body, _ in blocks:
        if tag in _RUST_TAGS:
            return body
    for tag, body, _ in blocks:
        if not tag:
            return body
    return text.strip()


@dataclass
class GenerateArgs:
    model: str
    data: str
    config: str
    out: str
    adapter: str | None = None
    gguf_file: str | None = None
    split: str = "test"
    k: int = 1
    temperature: float = 0.8
    top_p: float = 0.95
    max_new_tokens: int = 1024
    batch_size: int = 8
    limit: int | None = None
    backend: str = "transformers"
    seed: int = 0


@dataclass
class GenerateSummary:
    rows: int
    written: int
    failed: int
    wall_s: float
    out: str


def _prompts(args: GenerateArgs) -> list[tuple[str, list[dict[str, str]]]]:
    ds = load_split(args.data, args.config, args.split)
    if args.limit:
        ds = ds.select(range(min(args.limit, len(ds))))
    out = []
    for row in ds:
        conv = row_to_conversation(row)
        out.append((conv["id"], conv["prompt"]))
    return out


def _record(args: GenerateArgs, rid: str, texts: list[str]) -> dict[str, Any]:
    return {"id": rid, "predictions": [extract_prediction(t) for t in texts],
            "model": args.model + (f"#{args.gguf_file}" if args.gguf_file else ""),
            "adapter": args.adapter or ""}


def _generate_transformers(args: GenerateArgs, items, write) -> int:
    import torch
    from tqdm import tqdm

    ref = ModelRef.parse(args.model, args.gguf_file)
    tok = load_tokenizer(ref)
    tok.padding_side = "left"  # decoder-only: generated tokens must follow each prompt directly
    cuda = torch.cuda.is_available()
    model = load_model(ref, dtype="bfloat16" if cuda else "float32")
    if args.adapter:
        from peft import PeftModel
        model = PeftModel.from_pretrained(model, args.adapter)
    if cuda:
        model = model.to("cuda")
    model.eval()
    torch.manual_seed(args.seed)
    failed = 0
    for i in tqdm(range(0, len(items), args.batch_size), desc="generate", unit="batch"):
        batch = items[i:i + args.batch_size]
        try:
            texts = [tok.apply_chat_template(p, tokenize=False, add_generation_prompt=True) for _, p in batch]
            # no token_type_ids: transformers 4.x generate() refuses kwargs the model does not take
            enc = tok(texts, return_tensors="pt", padding=True, add_special_tokens=False,
                      return_token_type_ids=False).to(model.device)
            sample = args.temperature > 0
            with torch.no_grad():
                gen = model.generate(
                    **enc, max_new_tokens=args.max_new_tokens, do_sample=sample,
                    temperature=args.temperature if sample else None,
                    top_p=args.top_p if sample else None,
                    num_return_sequences=args.k, pad_token_id=tok.pad_token_id)
            new = gen[:, enc["input_ids"].shape[1]:]
            decoded = tok.batch_decode(new, skip_special_tokens=True)
            for j, (rid, _) in enumerate(batch):
                write(_record(args, rid, decoded[j * args.k:(j + 1) * args.k]))
        except Exception as e:  # one bad batch never kills the run: report and go on
            failed += len(batch)
            print(f"error: rows {[r for r, _ in batch]}: {type(e).__name__}: {e}", file=sys.stderr)
    return failed


def _generate_vllm(args: GenerateArgs, items, write) -> int:
    from vllm import LLM, SamplingParams

    kwargs: dict[str, Any] = {"seed": args.seed}
    ref = ModelRef.parse(args.model, args.gguf_file)
    model = str(Path(ref.path) / ref.gguf_file) if ref.gguf_file else ref.path
    lora = None
    if args.adapter:
        from vllm.lora.request import LoRARequest
        kwargs.update(enable_lora=True)
        lora = LoRARequest("adapter", 1, args.adapter)
    llm = LLM(model=model, **kwargs)
    params = SamplingParams(n=args.k, temperature=args.temperature, top_p=args.top_p,
                            max_tokens=args.max_new_tokens, seed=args.seed)
    outs = llm.chat([p for _, p in items], params, lora_request=lora)
    for (rid, _), o in zip(items, outs):
        write(_record(args, rid, [c.text for c in o.outputs]))
    return 0


def generate_predictions(args: GenerateArgs) -> GenerateSummary:
    """Write args.out (JSONL, one line per row) and return counts."""
    if args.k < 1:
        raise ValueError("--k must be at least 1")
    if args.backend == "vllm" and importlib.util.find_spec("vllm") is None:
        raise RuntimeError("--backend vllm needs vLLM installed (`pip install vllm`); "
                           "or use --backend transformers")
    t0 = time.time()
    items = _prompts(args)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with out.open("w", encoding="utf-8") as f:
        def write(rec: dict[str, Any]) -> None:
            nonlocal written
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            f.flush()
            written += 1
        fn = _generate_vllm if args.backend == "vllm" else _generate_transformers
        failed = fn(args, items, write)
    return GenerateSummary(rows=len(items), written=written, failed=failed,
                           wall_s=round(time.time() - t0, 1), out=str(out))
