"""Stores of model attempts: the candidate files of an `eval --export` folder, kept for good.

An export's pending folder (`verification/pending/<name>/`) is deleted once its ledger
(`<results>/ledgers/<name>.jsonl.gz`) arrives, so the texts that Task C needs live in
`verification/attempts/<name>.jsonl.gz` (gzip JSON Lines, one object per line):

    {"kind": "store", "name", "export", "created_by", "data", "predictions_file", "counts"}
    {"kind": "reference", "row_id", "config", "sha256", "text", "source", "repo", "commit",
     "path", "license", "role", "target_fn", "variant", "minimized"}      one per answered row
    {"kind": "attempt", "row_id", "config", "sample", "sha256", "text", "model", "adapter"}

`text` is a whole file (an attempt: the candidate as Verus sees it; a reference: the row's
`reference_file`, from the build the export was made of); `sha256` is its ledger key.
Only candidates that passed the integrity check are kept (the export already filtered them).
"""

from __future__ import annotations

import gzip
import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from .jsonl import Lines
from .ledger import text_sha256

#: the repo's stores (read by `verusbench build` unless `--no-attempts`)
STORE_DIR = Path(__file__).resolve().parent.parent / "verification" / "attempts"
#: manifest kinds of an export that are model attempts (spec-grading queries are not):
#: `eval --export` candidates (with their integrity verdict) and `rl expert-iteration`
#: samples (that export writes only integrity-passing ones, without the verdict)
ATTEMPT_KINDS = ("candidate", "expert_iteration")



@dataclass
class Reference:
    row_id: str
    config: str
    sha256: str
    text: str
    source: str
    repo: str
    commit: str
    path: str
    license: str
    role: str
    target_fn: str = ""
    variant: str = ""
    minimized: str = "none"


@dataclass
class Attempt:
    row_id: str
    config: str
    sample: int
    sha256: str
    text: str
    model: str
    adapter: str = ""


_REF_FIELDS = tuple(f.name for f in fields(Reference))   # a store line's keys, in order
_ATT_FIELDS = tuple(f.name for f in fields(Attempt))


@dataclass
class Store:
    path: Path
    meta: dict
    attempts: list[Attempt] = field(default_factory=list)
    references: dict[str, Reference] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)      # "file:line: what is wrong"

    @property
    def name(self) -> str:
        return self.meta.get("name") or self.path.name.split(".")[0]


def default_store_paths(folder: str | os.PathLike = STORE_DIR) -> list[Path]:
    """Every `*.jsonl.gz` store of the repo's `verification/attempts/` (none outside a checkout)."""
    d = Path(folder)
    return sorted(d.glob("*.jsonl.gz")) if d.is_dir() else []


def _parse(obj: dict) -> Attempt | Reference | dict:
    kind = obj.get("kind")
    if kind == "store":
        return obj
    cls, names = {"attempt": (Attempt, _ATT_FIELDS), "reference": (Reference, _REF_FIELDS)}.get(kind, (None, ()))
    if cls is None:
        raise ValueError(f"unknown kind {kind!r} (expected store, reference or attempt)")
    need = [k for k in names if k not in obj]
    if need:
        raise ValueError(f"{kind} line lacks {', '.join(need)}")
    if not isinstance(obj["text"], str) or text_sha256(obj["text"]) != obj["sha256"]:
        raise ValueError(f"{kind} text does not hash to its sha256 {str(obj['sha256'])[:12]}...")
    if kind == "attempt" and not isinstance(obj["sample"], int):
        raise ValueError("attempt sample is not an integer")
    return cls(**{k: obj[k] for k in names})


def read_store(path: str | os.PathLike) -> Store:
    """Read a store; a bad line is recorded in `.problems` (file:line and why) and skipped.
    A missing file raises FileNotFoundError naming it."""
    p = Path(path)
    if not p.is_file():
        raise FileNotFoundError(f"attempt store {p} does not exist (write one with "
                                "dataset_scripts/attempts_from_pending.py, or pass --no-attempts)")
    st = Store(p, {})
    lines = Lines(p)
    for i, raw in lines:
        try:
            obj = json.loads(raw.decode("utf-8", "replace"))
            if not isinstance(obj, dict):
                raise ValueError("not a JSON object")
            got = _parse(obj)
        except ValueError as e:   # JSONDecodeError is a ValueError
            why = "not JSON" if isinstance(e, json.JSONDecodeError) else str(e)
            st.problems.append(f"{p}:{i}: {why}; line skipped")
            continue
        if isinstance(got, Attempt):
            st.attempts.append(got)
        elif isinstance(got, Reference):
            st.references.setdefault(got.row_id, got)
        else:
            st.meta = got
    if lines.damage:
        st.problems.insert(0, f"{p}: gzip stream is damaged or truncated; lines before the damage kept")
    return st


def _predictions_meta(path: Path) -> dict[str, tuple[str, str]]:
    """row id -> (model, adapter) from a predictions JSONL (gzip or plain; a damaged gzip
    gives the lines before the damage)."""
    out = {}
    for _, line in Lines(path):
        try:
            obj = json.loads(line.decode("utf-8", "replace"))
        except ValueError:
            continue
        if isinstance(obj, dict) and isinstance(obj.get("id"), str):
            out[obj["id"]] = (str(obj.get("model") or ""), str(obj.get("adapter") or ""))
    return out


def find_predictions(folder: Path, meta: dict) -> Path | None:
    """The export's predictions file: as its manifest names it, else a file of that name (or
    its .gz) in the repo's `verification/predictions/` (exports made from a copy elsewhere)."""
    named = meta.get("predictions_file") or ""
    if not named:
        return None
    base = Path(named).name
    preds = folder.resolve().parent.parent / "predictions"
    for c in (Path(named), folder.resolve().parent.parent.parent / named, preds / base, preds / (base + ".gz")):
        if c.is_file():
            return c
    return None


def from_pending(folder: str | os.PathLike, data: str | os.PathLike, out: str | os.PathLike, *,
                 predictions: str | os.PathLike | None = None, split: str | None = None) -> dict:
    """Write the store of an `eval --export` folder: its candidates, and the reference file of
    each row they answer, read from the build `data` the export was made of. Returns counts."""
    from .pending import read_pending
    from .scoring.inputs import load_rows

    pf = read_pending(folder)
    pred_path = Path(predictions) if predictions else find_predictions(pf.path, pf.meta)
    if pred_path is None or not pred_path.is_file():
        raise FileNotFoundError(f"{pf.path}: its predictions file {pf.meta.get('predictions_file')!r} "
                                "was not found; pass predictions=PATH (--predictions) to name the model")
    who = _predictions_meta(pred_path)
    split = split or (pf.meta.get("data") or {}).get("split") or "test"
    rows_by_cfg: dict[str, dict] = {}
    refs: dict[str, dict] = {}
    atts: list[dict] = []
    problems: list[str] = []
    for i, e in enumerate(pf.entries, 1):
        if e.get("kind") not in ATTEMPT_KINDS:
            continue
        if not (e.get("integrity") or {}).get("ok", e.get("kind") == "expert_iteration"):
            problems.append(f"{pf.path}/manifest.jsonl:{i}: integrity not passed; left out")
            continue
        cfg, rid = e.get("config") or e.get("task"), e["row_id"]
        if cfg not in rows_by_cfg:
            rows_by_cfg[cfg] = load_rows(data, cfg, split)
        row = rows_by_cfg[cfg].get(rid)
        if row is None:
            problems.append(f"{pf.path}/manifest.jsonl:{i}: row {rid} is not in {data} ({cfg}/{split}); left out")
            continue
        if rid not in who:
            problems.append(f"{pf.path}/manifest.jsonl:{i}: row {rid} is not in {pred_path}; model unknown, left out")
            continue
        if rid not in refs:
            md = row.metadata
            refs[rid] = {"row_id": rid, "config": cfg,
                         "sha256": text_sha256(row.reference_file), "text": row.reference_file,
                         "source": md.source, "repo": md.repo, "commit": md.commit, "path": md.path,
                         "license": md.license, "role": md.role, "target_fn": md.target_fn,
                         "variant": md.variant, "minimized": md.minimized}
        model, adapter = who[rid]
        atts.append({"row_id": rid, "config": cfg, "sample": int(e["sample"]),
                     "sha256": e["sha256"], "text": pf.text(e["sha256"]), "model": model, "adapter": adapter})
    counts = {"attempts": len(atts), "distinct_attempt_texts": len({a["sha256"] for a in atts}),
              "references": len(refs), "left_out": len(problems)}
    head = {"name": pf.name, "export": pf.name, "created_by": "verusbench.attempts.from_pending",
            "data": {**(pf.meta.get("data") or {}), "split": split},
            "predictions_file": str(pf.meta.get("predictions_file") or ""), "counts": counts}
    outp = write_store(out, head, list(refs.values()), atts)
    return {**counts, "out": str(outp), "bytes": outp.stat().st_size, "problems": problems}


def write_store(out: str | os.PathLike, meta: dict, references: list, attempts: list) -> Path:
    """Write a store: `meta` (its header line), then references and attempts (dataclasses or
    dicts with their fields; `sha256` is recomputed from `text`)."""
    def line(kind: str, x, names) -> dict:
        d = asdict(x) if not isinstance(x, dict) else x
        return {"kind": kind, **{k: d[k] for k in names if k != "sha256"}, "sha256": text_sha256(d["text"])}
    objs = [{**meta, "kind": "store"}, *(line("reference", r, _REF_FIELDS) for r in references),
            *(line("attempt", a, _ATT_FIELDS) for a in attempts)]
    body = "".join(json.dumps(o, sort_keys=True) + "\n" for o in objs)   # ASCII: texts round-trip exactly
    outp = Path(out)
    outp.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same export gives the same bytes (the store is committed)
    outp.write_bytes(gzip.compress(body.encode("ascii"), compresslevel=9, mtime=0))
    return outp
