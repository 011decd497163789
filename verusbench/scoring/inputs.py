"""Inputs of scoring: task rows (build dir, Hub id or rows), predictions JSONL, and the
checks that tell an unusable prediction (empty, binary, huge) from one worth checking."""

from __future__ import annotations

import glob
import json
import os
from typing import Any, Iterable, Mapping

from ..jsonl import Lines
from ..records import TaskRow

#: a prediction larger than this is refused before anything parses it
MAX_PREDICTION_BYTES = 1_000_000


def prediction_error(p: Any) -> str | None:
    """Why a prediction cannot be checked at all (None if it can)."""
    if isinstance(p, (bytes, bytearray)):
        try:
            p = bytes(p).decode("utf-8")
        except UnicodeDecodeError as e:
            return f"prediction is not UTF-8 text ({e.reason} at byte {e.start})"
    if not isinstance(p, str):
        return f"prediction must be a string, got {type(p).__name__}"
    try:
        size = len(p.encode("utf-8"))
    except UnicodeEncodeError:
        return "prediction is not valid UTF-8 text (it holds lone surrogates)"
    if size > MAX_PREDICTION_BYTES:
        return f"prediction is {size:,} bytes; the limit is {MAX_PREDICTION_BYTES:,}"
    if not p.strip():
        return "prediction is empty"
    if "\x00" in p:
        return "prediction looks binary (NUL bytes)"
    ctrl = sum(1 for ch in p if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if ctrl > max(8, len(p) // 20):
        return f"prediction looks binary ({ctrl} control characters)"
    return None


def as_text(p: Any) -> str:
    return bytes(p).decode("utf-8") if isinstance(p, (bytes, bytearray)) else p


def load_rows(data: str | os.PathLike | Iterable | Mapping, config: str | None = None,
              split: str = "test") -> dict[str, TaskRow]:
    """Rows by id from a build dir (Hub layout `data/<config>/<split>-*.parquet` or
    `.jsonl`), a Hub dataset id, or an iterable/mapping of rows."""
    if isinstance(data, Mapping):
        return {k: (v if isinstance(v, TaskRow) else TaskRow.from_dict(v)) for k, v in data.items()}
    if not isinstance(data, (str, os.PathLike)):
        rows = [r if isinstance(r, TaskRow) else TaskRow.from_dict(r) for r in data]
        return {r.id: r for r in rows}
    root = os.fspath(data)
    records: list[dict] = []
    if os.path.isdir(root):
        cfgs = [config] if config else sorted(
            os.path.basename(p) for p in glob.glob(os.path.join(root, "data", "*")))
        for cfg in cfgs:
            base = os.path.join(root, "data", cfg)
            pq = sorted(glob.glob(os.path.join(base, f"{split}-*.parquet")) +
                        glob.glob(os.path.join(base, f"{split}.parquet")))
            js = sorted(glob.glob(os.path.join(base, f"{split}*.jsonl")))
            if pq:
                import pyarrow.parquet as papq
                for f in pq:
                    records += papq.read_table(f).to_pylist()
            for f in js:
                with open(f, encoding="utf-8") as fh:
                    records += [json.loads(ln) for ln in fh if ln.strip()]
        if not records:
            raise FileNotFoundError(
                f"no rows for config {config!r}, split {split!r} under {root}/data/"
                f"{config or '*'}/ (expected {split}-*.parquet); is it a `verusbench build` dir?")
    elif os.path.isfile(root) and root.endswith((".jsonl", ".json")):
        with open(root, encoding="utf-8") as fh:
            records = [json.loads(ln) for ln in fh if ln.strip()]
    else:
        from datasets import load_dataset   # a Hub id; heavy import only here
        records = list(load_dataset(root, config, split=split))
    rows = [TaskRow.from_dict(r) for r in records]
    return {r.id: r for r in rows}


def read_predictions_jsonl(path: str | os.PathLike) -> tuple[list[tuple[str, list[Any]]], list[dict]]:
    """(id, predictions) per good line of a predictions JSONL (plain or gzip), and one error per
    bad line."""
    entries: list[tuple[str, list[Any]]] = []
    errors: list[dict] = []
    lines = Lines(path)
    for lineno, raw in lines:     # non-blank lines only
        where = f"{os.fspath(path)}:{lineno}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            errors.append({"id": None, "line": lineno, "error": f"{where}: not UTF-8 "
                           f"({e.reason} at byte {e.start}); the line was skipped"})
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append({"id": None, "line": lineno, "error": f"{where}: malformed JSON "
                           f"({e.msg}); expected {{\"id\": ..., \"predictions\": [...]}}"})
            continue
        if (not isinstance(obj, dict) or not isinstance(obj.get("id"), str)
                or not isinstance(obj.get("predictions"), list)):
            errors.append({"id": obj.get("id") if isinstance(obj, dict) else None,
                           "line": lineno, "error": f"{where}: expected an object with "
                           "\"id\" (string) and \"predictions\" (list of strings)"})
            continue
        entries.append((obj["id"], obj["predictions"]))
    if lines.damage:   # a gzip cut off or damaged: the lines before it were kept
        d = lines.damage
        errors.append({"id": None, "line": d.line, "error": f"{os.fspath(path)}: gzip stream is damaged "
                       f"or truncated at line {d.line} ({d.reason}); the lines before were kept: re-export it"})
    return entries, errors
