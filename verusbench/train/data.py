"""Dataset rows -> TRL's conversational prompt-completion format, length filters, small builds.

A build (Hub layout) is `data/<config>/<split>-*.parquet` plus a README whose YAML lists the
configs; `datasets.load_dataset(build_dir, config, split=...)` reads it with no code of ours.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

from ..constants import TASKS


class DataError(ValueError):
    """A build, config or row the trainer cannot use; the message says which and what to do."""


def load_split(build_dir: str | Path, config: str, split: str):
    """One split of one config of a build, as a `datasets.Dataset`."""
    from datasets import load_dataset

    build = Path(build_dir)
    if not build.exists():
        # Not a folder: let datasets resolve it as a Hub repo id.
        return load_dataset(str(build_dir), config, split=split)
    files = sorted((build / "data" / config).glob(f"{split}-*.parquet"))
    if (build / "README.md").is_file():
        try:
            return load_dataset(str(build), config, split=split)
        except (ValueError, KeyError) as e:  # config/split missing from the card
            if not files:
                raise DataError(f"{build}: no split {split!r} in config {config!r} ({e})") from e
    if not files:
        raise DataError(f"{build}: no parquet files for config {config!r} split {split!r} "
                        f"(expected data/{config}/{split}-*.parquet; build it with `verusbench build`)")
    return load_dataset("parquet", data_files={split: [str(f) for f in files]}, split=split)


def row_to_conversation(row: dict[str, Any]) -> dict[str, Any]:
    """A TaskRow dict -> {"id", "prompt": [messages before the answer], "completion": [answer]}."""
    msgs = [{"role": m["role"], "content": m["content"]} for m in (row.get("messages") or [])]
    if msgs and msgs[-1]["role"] == "assistant":
        prompt, completion = msgs[:-1], [msgs[-1]]
    else:  # rows without chat form: fall back to the plain prompt/completion strings
        if not row.get("prompt") or row.get("completion") is None:
            raise DataError(f"row {row.get('id', '?')}: neither messages ending in an assistant "
                            "turn nor prompt/completion strings")
        prompt = [{"role": "user", "content": row["prompt"]}]
        completion = [{"role": "assistant", "content": row["completion"]}]
    if not prompt:
        raise DataError(f"row {row.get('id', '?')}: empty prompt")
    return {"id": row["id"], "prompt": prompt, "completion": completion}


def to_trl(ds):
    """Map a TaskRow dataset to TRL's conversational prompt-completion columns (+ id)."""
    drop = [c for c in ds.column_names if c != "id"]
    return ds.map(row_to_conversation, remove_columns=drop, desc="to prompt/completion")


def conversation_length(tokenizer, ex: dict[str, Any]) -> int:
    """Token count of prompt + completion rendered through the chat template."""
    ids = tokenizer.apply_chat_template(ex["prompt"] + ex["completion"], tokenize=True)
    if isinstance(ids, dict) or hasattr(ids, "keys"):
        ids = ids["input_ids"]
    return len(ids)


def filter_by_length(ds, tokenizer, max_length: int | None):
    """Drop (not truncate) examples longer than max_length: a cut completion teaches nothing useful."""
    if not max_length:
        return ds
    ds = ds.map(lambda ex: {"n_tokens": conversation_length(tokenizer, ex)}, desc="length")
    ds = ds.filter(lambda ex: ex["n_tokens"] <= max_length, desc=f"<= {max_length} tokens")
    return ds.remove_columns("n_tokens")


# --- writing small builds (tests, compact GPU training sets) ------------------------------

def write_build(rows_by_config: dict[str, dict[str, Iterable[dict[str, Any]]]],
                out_dir: str | Path, note: str = "") -> Path:
    """Write rows as a Hub-layout build: data/<config>/<split>-00000-of-00001.parquet + README."""
    import datasets

    from ..records import hf_features

    out = Path(out_dir)
    configs_yaml = []
    for config, splits in rows_by_config.items():
        if config not in TASKS:
            raise DataError(f"unknown config {config!r}; expected one of {TASKS}")
        files = []
        for split, rows in splits.items():
            rows = list(rows)
            d = out / "data" / config
            d.mkdir(parents=True, exist_ok=True)
            ds = datasets.Dataset.from_list(rows, features=hf_features())
            ds.to_parquet(str(d / f"{split}-00000-of-00001.parquet"))
            files.append(f"  - split: {split}\n    path: data/{config}/{split}-*.parquet")
        configs_yaml.append(f"- config_name: {config}\n  data_files:\n" + "\n".join(files))
    readme = "---\nconfigs:\n" + "\n".join(configs_yaml) + "\n---\n\n" + (note or "verusbench build") + "\n"
    (out / "README.md").write_text(readme)
    return out


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]
