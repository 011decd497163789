"""Expert iteration through the ledger, offline: sample -> export to verification/pending/
-> (real Verus runs elsewhere, the ledger comes back) -> keep the verified samples -> an
SFT round on them -> sample the test subsets -> pass@1 before/after from the ledger.

Every figure here comes from a ledger of real Verus results (or is labelled as the test
double's); a sample the ledger has not answered is counted as pending, never as a failure.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

from .. import constants as C
from ..ledger import Ledger
from ..pending import PendingFolder, write_pending
from ..prompts import completion as fenced
from ..records import TaskRow
from ..scoring import mean_pass_at_k, read_predictions_jsonl
from ..verifier import describe_identity, is_test_double
from .transition import prepare


# --------------------------------------------------------------------------- stage 1: sample

def sample(model: str, data: str, config: str, out: str, *, adapter: str | None = None,
           split: str = "train", k: int = 8, limit: int | None = None, **kw):
    """k samples per row with `verusbench generate` (GPU); returns its summary."""
    from ..train.generate import GenerateArgs, generate_predictions
    return generate_predictions(GenerateArgs(model=model, data=data, config=config, out=out, adapter=adapter,
                                             split=split, k=k, limit=limit, **kw))


# --------------------------------------------------------------------------- stage 2: export

@dataclass
class Candidate:
    row_id: str
    index: int
    prediction: str
    status: str                       # "" (goes to Verus), integrity_rejected, input_error
    assembled: str | None = None
    rules: list[str] = field(default_factory=list)


def candidates(rows: Mapping[str, TaskRow], entries: Iterable[tuple[str, list[Any]]]) -> tuple[list[Candidate], list[dict]]:
    """Integrity-check every prediction; (candidates, errors for unknown rows)."""
    out, errors = [], []
    for rid, preds in entries:
        row = rows.get(rid)
        if row is None:
            errors.append({"id": rid, "error": f"unknown row id {rid!r}: not in the data; skipped"})
            continue
        for i, p in enumerate(preds if isinstance(preds, list) else [preds]):
            o = prepare(row, p)
            out.append(Candidate(rid, i, p if isinstance(p, str) else "", o.status, o.assembled,
                                 [v["rule"] for v in o.violations]))
    return out, errors


def export(rows: Mapping[str, TaskRow], entries: Iterable[tuple[str, list[Any]]], out_dir: str | Path, *,
           name: str | None = None, purpose: str = "expert iteration: samples awaiting Verus") -> tuple[PendingFolder, dict]:
    """Write the integrity-passing candidate files as a pending folder; returns it and counts."""
    cands, errors = candidates(rows, entries)
    items = [(c.assembled, {"row_id": c.row_id, "sample": c.index, "task": rows[c.row_id].task,
                            "kind": "expert_iteration"})
             for c in cands if c.status == "" and c.assembled is not None]
    folder = write_pending(out_dir, items, name=name, purpose=purpose, created_by="verusbench rl expert-iteration")
    counts = {"samples": len(cands), "exported": len(items), "distinct_files": folder.meta["files"],
              "integrity_rejected": sum(c.status == C.STATUS_INTEGRITY_REJECTED for c in cands),
              "input_errors": sum(c.status == "input_error" for c in cands),
              "rules": dict(Counter(r for c in cands for r in c.rules)), "errors": errors}
    return folder, counts


# --------------------------------------------------------------------------- stage 3: select

@dataclass
class Selection:
    chosen: list[tuple[TaskRow, str]]           # (row, prediction) pairs that Verus verified
    report: dict[str, Any]


def select_verified(rows: Mapping[str, TaskRow], entries: Iterable[tuple[str, list[Any]]], ledger: Ledger, *,
                    max_per_row: int = 2, allow_test_double: bool = False) -> Selection:
    """Keep predictions whose assembled file the ledger records as verified (and that pass
    the integrity check now); at most `max_per_row` distinct files per row, shortest first."""
    ident = ledger.identity or {}
    if ident and is_test_double(ident) and not allow_test_double:
        raise ValueError("the ledger's results come from the test double (tests/fake_verus), not Verus; "
                         "select from a real Verus ledger (pass allow_test_double only in tests)")
    cands, errors = candidates(rows, entries)
    by_status: Counter[str] = Counter()
    per_row: dict[str, list[Candidate]] = defaultdict(list)
    for c in cands:
        if c.status:
            by_status[c.status] += 1
            continue
        st = ledger.status_of(c.assembled)
        by_status[st or "pending"] += 1
        if st == C.STATUS_VERIFIED:
            per_row[c.row_id].append(c)
    chosen: list[tuple[TaskRow, str]] = []
    for rid in sorted(per_row):
        seen: set[str] = set()
        for c in sorted(per_row[rid], key=lambda c: (len(c.prediction), c.index)):
            if c.assembled in seen:
                continue
            seen.add(c.assembled)
            chosen.append((rows[rid], c.prediction))
            if len(seen) >= max_per_row:
                break
    report = {"samples": len(cands), "by_status": dict(by_status), "rows_with_verified": len(per_row),
              "rows": len({c.row_id for c in cands}), "chosen": len(chosen), "max_per_row": max_per_row,
              "verifier": describe_identity(ident) if ident else "empty ledger",
              "verifier_is_test_double": bool(ident) and is_test_double(ident),
              "ledger": ledger.sources, "ledger_ignored": ledger.report.to_dict(), "errors": errors}
    return Selection(chosen, report)


def round_rows(chosen: Iterable[tuple[TaskRow, str]]) -> list[dict]:
    """Training rows for the next SFT round: the row's prompt, the verified sample as the answer."""
    out = []
    for n, (row, pred) in enumerate(chosen):
        msgs = [m for m in row.messages if m["role"] != "assistant"] + [{"role": "assistant", "content": fenced(pred)}]
        d = row.to_dict()
        d.update(id=f"{row.id}-ei{n}", target=pred, completion=fenced(pred), messages=msgs)
        out.append(d)
    return out


def write_round_build(chosen: list[tuple[TaskRow, str]], out_dir: str | Path, report: dict) -> Path:
    """A build (Hub layout, train split per config) of the verified samples, with the report."""
    from ..train.data import write_build
    by_cfg: dict[str, list[dict]] = defaultdict(list)
    for d in round_rows(chosen):
        by_cfg[d["task"]].append(d)
    if not by_cfg:
        raise ValueError("no verified samples to train on: the ledger verified none of them "
                         f"(by status: {report.get('by_status')})")
    out = write_build({cfg: {"train": rs} for cfg, rs in by_cfg.items()}, out_dir,
                      note="expert-iteration round: samples verified by Verus (see SELECT_REPORT.json)")
    (Path(out_dir) / "SELECT_REPORT.json").write_text(json.dumps(report, indent=1))
    return out


# --------------------------------------------------------------------------- stage 4: SFT round

def sft_round(build_dir: str, config: str, out: str, **sft_kw):
    """One LoRA SFT round on the verified samples (GPU in practice); `sft_kw` are SFTArgs fields."""
    from ..train.sft import SFTArgs, train_sft
    return train_sft(SFTArgs(data=build_dir, config=config, out=out, eval_split="", **sft_kw))


# --------------------------------------------------------------------------- measuring

def ledger_pass_rate(rows: Mapping[str, TaskRow], entries: Iterable[tuple[str, list[Any]]], ledger: Ledger,
                     ks: tuple[int, ...] = (1,)) -> dict[str, Any]:
    """pass@k from the ledger over rows whose every sample is decided (integrity or ledger);
    rows with a pending sample are counted, not scored. Labelled when the ledger is the double's."""
    cands, errors = candidates(rows, entries)
    per_row: dict[str, list[bool | None]] = defaultdict(list)
    for c in cands:
        if c.status:
            per_row[c.row_id].append(False)
        else:
            st = ledger.status_of(c.assembled)
            per_row[c.row_id].append(None if st is None else st == C.STATUS_VERIFIED)
    decided = {r: v for r, v in per_row.items() if None not in v}
    ident = ledger.identity or {}
    td = bool(ident) and is_test_double(ident)
    return {"label": "TEST DOUBLE results: not Verus pass rates" if td else "Verus pass rates (from the ledger)",
            "verifier": describe_identity(ident) if ident else "empty ledger", "verifier_is_test_double": td,
            "rows": len(per_row), "rows_decided": len(decided), "rows_pending": len(per_row) - len(decided),
            **mean_pass_at_k([(len(v), sum(v)) for v in decided.values()], ks), "errors": errors}


def read_predictions(path: str | Path) -> list[tuple[str, list[Any]]]:
    entries, errors = read_predictions_jsonl(path)
    for e in errors:
        print(f"warning: {e['error']}")
    return entries

