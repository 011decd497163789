"""Dataset rows -> TRL's conversational prompt-completion format, length filters, small builds.

A build (Hub layout) is `data/<config>/<split>-*.parquet` plus a README whose YAML lists the
configs; users read it with `datasets.load_dataset(build_dir, config, split=...)`, the trainer
reads the split's parquet files (see `load_split` for why).
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
        # Not a folder: let datasets resolve it as a Hub repo id (cached by commit).
        return load_dataset(str(build_dir), config, split=split)
    files = sorted((build / "data" / config).glob(f"{split}-*.parquet"))
    if not files:
        raise DataError(f"{build}: no parquet files for config {config!r} split {split!r} "
                        f"(expected data/{config}/{split}-*.parquet; build it with `verusbench build`)")
    # Not load_dataset(build_dir, config): datasets keys that cache on the folder's name and the
    # card's file patterns only, so two builds both called e.g. `build` (or one rebuilt in place)
    # share a cache and the second silently gets the first one's rows. The parquet loader keys
    # its cache on the resolved absolute paths and their mtimes.
    return load_dataset("parquet", data_files={split: [str(f.resolve()) for f in files]}, split=split)


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
            if not rows:  # an empty split is simply absent, as in a real build
                continue
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


def compact_build(src: str | Path, out_dir: str | Path, tokenizer, configs: list[str],
                  max_length: int = 2048, max_train: int = 3000, max_val: int = 200,
                  seed: int = 0, val_fraction: float = 0.08, min_val: int = 50) -> dict[str, Any]:
    """A small build for shipping to a GPU: rows that fit max_length, capped, heavy columns blanked.

    Keeps id/task/messages/metadata (what training reads); context/target/reference_file and
    the prompt/completion strings (copies of `messages`) are emptied. When fewer than `min_val`
    validation rows fit (no validation split, or its rows are longer than max_length), the
    validation set is carved from the fitting train rows by cluster (no cluster on both sides),
    and the report says so. Returns what was kept and dropped, per config.
    """
    import random

    report: dict[str, Any] = {"source": str(src), "max_length": max_length, "configs": {}}
    rows_by_config: dict[str, dict[str, list[dict[str, Any]]]] = {}

    def fitting(rows: list[dict[str, Any]], cap: int) -> tuple[list[dict[str, Any]], int]:
        rows = list(rows)
        random.Random(seed).shuffle(rows)
        out, too_long = [], 0
        for r in rows:
            if len(out) >= cap:
                break
            if conversation_length(tokenizer, row_to_conversation(r)) > max_length:
                too_long += 1
                continue
            out.append({**r, "context": "", "target": "", "reference_file": "", "prompt": "", "completion": ""})
        return out, too_long

    for config in configs:
        splits: dict[str, list[dict[str, Any]]] = {}
        for split in ("train", "validation"):
            try:
                splits[split] = list(load_split(src, config, split))
            except (DataError, ValueError, FileNotFoundError):
                splits[split] = []
        info: dict[str, Any] = {"rows_in": {k: len(v) for k, v in splits.items()}}
        val, val_long = fitting(splits["validation"], max_val)
        # all fitting train rows first (the carve-out must not see rows beyond the cap only)
        train, train_long = fitting(splits["train"], max_train + max_val)
        info["validation_official"] = {"kept": len(val), "too_long": val_long}
        if len(val) < min_val and train:
            clusters = sorted({r["metadata"]["cluster_id"] or r["id"] for r in train})
            random.Random(seed).shuffle(clusters)
            key = lambda r: r["metadata"]["cluster_id"] or r["id"]  # noqa: E731
            held: set[str] = set()
            for c in clusters:  # whole clusters until ~val_fraction of the rows (at least min_val)
                if len([r for r in train if key(r) in held]) >= max(min_val, int(len(train) * val_fraction)):
                    break
                held.add(c)
            val = [r for r in train if key(r) in held][:max_val]
            train = [r for r in train if key(r) not in held]
            info["validation_carved_from_train"] = {
                "why": f"only {info['validation_official']['kept']} official validation rows fit in {max_length} tokens",
                "clusters": len(held), "rows": len(val)}
        train = train[:max_train]
        info["train"] = {"kept": len(train), "too_long_seen": train_long}
        info["validation"] = {"kept": len(val)}
        rows_by_config[config] = {"train": train, "validation": val}
        report["configs"][config] = info
    write_build(rows_by_config, out_dir, note=f"compact training subset of {src}\n\n"
                + "```json\n" + json.dumps(report, indent=1) + "\n```")
    (Path(out_dir) / "COMPACT_REPORT.json").write_text(json.dumps(report, indent=1))
    return report
