"""Offline RL data (paradigm 3) from traces and ledgered candidates: filtered and
reward-weighted SFT rows, and DPO pairs (verified vs failed attempts at the same row)."""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Iterable

from .. import constants as C
from .. import integrity
from ..ledger import Ledger, default_ledger_paths
from ..records import TaskRow
from ..scoring.inputs import as_text, read_predictions_jsonl
from ..train.data import load_split, row_to_conversation
from ..verifier import is_test_double
from .traces import CONFIG, DoubleTracesRefused

# harness failures say nothing about the attempt's quality: never used as "rejected"
NOT_EVIDENCE = {C.STATUS_CRASHED, C.STATUS_TIMEOUT, "unchecked", ""}


@dataclass
class Attempt:
    row_id: str
    completion: str        # the answer as the model would write it (fenced code)
    status: str
    reward: float
    source: str


def _fenced(text: str) -> str:
    return text if text.lstrip().startswith("```") else f"```rust\n{text.strip(chr(10))}\n```"


def attempts_from_traces(dirs: Iterable[str | Path], allow_test_double: bool = False) -> list[Attempt]:
    """The final candidate of each traced episode, with its status and return."""
    from datasets import load_dataset

    out = []
    for d in dirs:
        ds = load_dataset(str(d), CONFIG, split="train")
        for ep in ds:
            if ep["verifier_is_test_double"] and not allow_test_double:
                raise DoubleTracesRefused(f"{d}: episode {ep['episode_id']} used the test double; "
                                       "offline-RL data comes from real Verus traces only")
            out.append(Attempt(ep["row_id"], _fenced(ep["final_candidate"]), ep["final_status"],
                               float(ep["return"]), f"trace:{ep['run']}"))
    return out


def attempts_from_ledger(rows: dict[str, TaskRow], prediction_files: Iterable[str | Path],
                         ledger: Ledger, allow_test_double: bool = False) -> tuple[list[Attempt], dict]:
    """Predictions whose assembled file the ledger has a result for (the rest is pending)."""
    if ledger.identity and is_test_double(ledger.identity) and not allow_test_double:
        raise DoubleTracesRefused("the ledger holds test-double results; use a real Verus ledger")
    out, counts = [], {"pending": 0, "unknown_row": 0, "bad_line": 0}
    for path in prediction_files:
        entries, errors = read_predictions_jsonl(path)
        counts["bad_line"] += len(errors)
        for rid, preds in entries:
            row = rows.get(rid)
            if row is None:
                counts["unknown_row"] += 1
                continue
            for p in preds:
                text = as_text(p)
                if not isinstance(text, str):
                    counts["bad_line"] += 1
                    continue
                try:
                    res = integrity.check(row, text)
                except integrity.IntegrityInputError:
                    counts["unknown_row"] += 1
                    continue
                if not res.ok:
                    out.append(Attempt(rid, _fenced(integrity.strip_fences(text)),
                                       C.STATUS_INTEGRITY_REJECTED, 0.0, f"ledger:{Path(path).name}"))
                    continue
                status = ledger.status_of(res.assembled)
                if status is None:
                    counts["pending"] += 1
                    continue
                out.append(Attempt(rid, _fenced(integrity.strip_fences(text)), status,
                                   1.0 if status == C.STATUS_VERIFIED else 0.0, f"ledger:{Path(path).name}"))
    return out, counts


def sft_rows(rows: dict[str, TaskRow], attempts: list[Attempt], mode: str = "filtered",
             temperature: float = 1.0) -> list[dict[str, Any]]:
    """filtered: verified attempts, weight 1. weighted: every attempt with evidence,
    weight exp(reward / temperature) scaled so the best is 1."""
    if mode not in ("filtered", "weighted"):
        raise ValueError(f"mode {mode!r}: use filtered or weighted")
    picked = [a for a in attempts if a.row_id in rows and
              (a.status == C.STATUS_VERIFIED if mode == "filtered" else a.status not in NOT_EVIDENCE)]
    if not picked:
        return []
    top = max(a.reward for a in picked)
    out, seen = [], set()
    for a in picked:
        if (a.row_id, a.completion) in seen:
            continue
        seen.add((a.row_id, a.completion))
        conv = row_to_conversation(rows[a.row_id].to_dict())
        w = 1.0 if mode == "filtered" else math.exp((a.reward - top) / temperature)
        out.append({"id": a.row_id, "prompt": conv["prompt"],
                    "completion": [{"role": "assistant", "content": a.completion}],
                    "weight": round(w, 6), "status": a.status, "source": a.source})
    return out


def dpo_pairs(rows: dict[str, TaskRow], attempts: list[Attempt], max_per_row: int = 4) -> list[dict[str, Any]]:
    """Conversational preference rows (prompt, chosen, rejected) for TRL's DPOTrainer:
    a verified attempt over a failed one (compile error, failed, integrity rejected) at the same row."""
    by_row: dict[str, dict[str, list[Attempt]]] = {}
    for a in attempts:
        if a.row_id not in rows or a.status in NOT_EVIDENCE:
            continue
        side = "good" if a.status == C.STATUS_VERIFIED else "bad"
        lst = by_row.setdefault(a.row_id, {"good": [], "bad": []})[side]
        if all(x.completion != a.completion for x in lst):
            lst.append(a)
    out = []
    for rid, g in sorted(by_row.items()):
        conv = row_to_conversation(rows[rid].to_dict())
        n = 0
        for good in g["good"]:
            for bad in g["bad"]:
                if n >= max_per_row or good.completion == bad.completion:
                    continue
                out.append({"id": rid, "prompt": conv["prompt"],
                            "chosen": [{"role": "assistant", "content": good.completion}],
                            "rejected": [{"role": "assistant", "content": bad.completion}],
                            "rejected_status": bad.status, "sources": [good.source, bad.source]})
                n += 1
    return out


def _write_jsonl(path: Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def build_offline_data(data: str, config: str, out: str | Path, traces: Iterable[str] = (),
                       predictions: Iterable[str] = (), ledger_paths: list[str] | None = None,
                       allow_test_double: bool = False) -> dict[str, Any]:
    """Write sft_filtered.jsonl, sft_weighted.jsonl, dpo.jsonl and summary.json under `out`."""
    rows: dict[str, TaskRow] = {}
    for split in ("train", "validation", "test"):
        try:
            ds = load_split(data, config, split)
        except Exception:  # a build may lack a split
            continue
        for d in ds:
            rows[d["id"]] = TaskRow.from_dict(d)
    if not rows:
        raise ValueError(f"{data}: no rows in config {config!r}")
    attempts = attempts_from_traces(traces, allow_test_double)
    counts: dict[str, Any] = {}
    predictions = list(predictions)
    if predictions:
        paths = ledger_paths if ledger_paths else default_ledger_paths()
        if not paths:
            raise FileNotFoundError("no ledger: pass --ledger PATH (a real Verus ledger)")
        extra, counts = attempts_from_ledger(rows, predictions, Ledger.load(paths), allow_test_double)
        attempts += extra
    outp = Path(out)
    outp.mkdir(parents=True, exist_ok=True)
    filt, weighted = sft_rows(rows, attempts, "filtered"), sft_rows(rows, attempts, "weighted")
    pairs = dpo_pairs(rows, attempts)
    _write_jsonl(outp / "sft_filtered.jsonl", filt)
    _write_jsonl(outp / "sft_weighted.jsonl", weighted)
    _write_jsonl(outp / "dpo.jsonl", pairs)
    summary = {"attempts": len(attempts), "sft_filtered": len(filt), "sft_weighted": len(weighted),
               "dpo_pairs": len(pairs), "ledger": counts, "test_double": allow_test_double,
               "by_status": {s: sum(a.status == s for a in attempts) for s in sorted({a.status for a in attempts})}}
    (outp / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    return summary | {"out": str(outp)}
