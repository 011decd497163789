"""Fixed evaluation subsets: rows whose reference verified in a real-Verus ledger, that fit
the model's context, taken in the order of a stable hash of their id.

The same rows, ledger and salt always give the same subset, whatever order the rows come in,
so predictions made on one machine can be verified and scored elsewhere.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable

from .data import row_to_conversation

#: Changing the salt picks another subset; it is recorded with every subset.
DEFAULT_SALT = "verusbench-subset-v1"
#: Ledger status of a broken (repair) file that fails with a verification error this Verus printed.
FAILED = "failed"


def stable_key(row_id: str, salt: str = DEFAULT_SALT) -> str:
    """The sort key of a row: hex sha256 of salt NUL row id."""
    return hashlib.sha256(f"{salt}\x00{row_id}".encode("utf-8")).hexdigest()


def prompt_tokens(tokenizer, row: dict[str, Any]) -> int:
    """Tokens of the row's prompt as `generate` feeds it (chat template + generation prompt)."""
    text = tokenizer.apply_chat_template(row_to_conversation(row)["prompt"], tokenize=False,
                                         add_generation_prompt=True)
    return len(tokenizer(text, add_special_tokens=False)["input_ids"])


def answer_tokens(tokenizer, row: dict[str, Any]) -> int:
    """Tokens of the reference answer (the assistant turn) without special tokens."""
    return len(tokenizer(row_to_conversation(row)["completion"][0]["content"],
                         add_special_tokens=False)["input_ids"])


@dataclass
class Subset:
    """The chosen ids (in hash order), their prompt lengths, and why the other rows were left out."""
    config: str
    ids: list[str]
    prompt_tokens: dict[str, int]
    report: dict[str, Any] = field(default_factory=dict)


def select_subset(rows: Iterable[dict[str, Any]], ledger, tokenizer, n: int, *,
                  context_length: int, max_new_tokens: int, config: str = "",
                  broken_statuses: Iterable[str] | None = None, answer_must_fit: bool = True,
                  salt: str = DEFAULT_SALT) -> Subset:
    """Up to `n` rows, first by `stable_key`, among those whose `reference_file` the ledger
    says `verified`, whose broken file (`context`, repair configs: give `broken_statuses`)
    has one of `broken_statuses`, and whose prompt + `max_new_tokens` fits `context_length`
    (and, with `answer_must_fit`, whose reference answer fits in `max_new_tokens`)."""
    if n < 0 or context_length <= 0 or max_new_tokens <= 0:
        raise ValueError(f"select_subset: n={n}, context_length={context_length} and "
                         f"max_new_tokens={max_new_tokens} must be positive")
    broken = set(broken_statuses) if broken_statuses is not None else None
    ref_status: Counter = Counter()
    broken_status: Counter = Counter()
    left_out: Counter = Counter()
    eligible: list[tuple[str, str]] = []
    seen: set[str] = set()
    total = 0
    for row in rows:
        total += 1
        rid = row["id"]
        if rid in seen:
            raise ValueError(f"select_subset: row id {rid} occurs twice in config {config or '?'}; "
                             "ids must be unique (rebuild the data)")
        seen.add(rid)
        status = ledger.status_of(row["reference_file"])
        ref_status[status or "not_in_ledger"] += 1
        if status != "verified":
            left_out["reference_" + (status or "not_in_ledger")] += 1
            continue
        if broken is not None:
            b = ledger.status_of(row["context"])
            broken_status[b or "not_in_ledger"] += 1
            if b not in broken:
                left_out["broken_" + (b or "not_in_ledger")] += 1
                continue
        eligible.append((stable_key(rid, salt), rid, row))
    eligible.sort(key=lambda t: t[0])
    ids: list[str] = []
    lengths: dict[str, int] = {}
    examined = 0
    for _, rid, row in eligible:  # tokenize lazily, in hash order: only until n rows fit
        if len(ids) >= n:
            break
        examined += 1
        p = prompt_tokens(tokenizer, row)
        if p + max_new_tokens > context_length:
            left_out["prompt_too_long"] += 1
            continue
        if answer_must_fit and answer_tokens(tokenizer, row) > max_new_tokens:
            left_out["answer_over_max_new_tokens"] += 1
            continue
        ids.append(rid)
        lengths[rid] = p
    report = {"config": config, "rows": total, "matched_ledger": total - ref_status["not_in_ledger"],
              "reference_status": dict(ref_status), "eligible_by_status": len(eligible),
              "length_checked": examined, "left_out": dict(left_out), "chosen": len(ids), "n": n, "salt": salt,
              "context_length": context_length, "max_new_tokens": max_new_tokens,
              "answer_must_fit": answer_must_fit}
    if broken is not None:
        report["broken_status"] = dict(broken_status)
        report["broken_statuses_kept"] = sorted(broken)
    return Subset(config, ids, lengths, report)


def model_context_length(model: str, gguf_file: str | None = None) -> int:
    """`max_position_embeddings` of a model folder, Hub id or GGUF (what prompt + answer must fit)."""
    from transformers import AutoConfig

    from .base_model import ModelRef

    ref = ModelRef.parse(model, gguf_file)
    cfg = AutoConfig.from_pretrained(ref.path, **ref.kwargs())
    n = getattr(cfg, "max_position_embeddings", None)
    if not isinstance(n, int) or n <= 0:
        raise ValueError(f"model {model}: its config has no max_position_embeddings; "
                         "give the context length explicitly")
    return n
