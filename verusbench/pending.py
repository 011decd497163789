"""Folders of files waiting for real Verus: `eval --export`, build exports and
`verification/pending/<name>/` in the repo.

Layout of a folder (what `verusbench verify-corpus DIR` reads):

    manifest.json      {"name", "purpose", "created_by", "flags", "files", "entries"}
    manifest.jsonl     one line per use of a file: {"sha256", "file", ...metadata}
    files/<sha256>.rs  each distinct file once, named by the sha256 of its UTF-8 text

Metadata is free-form per line (row id, sample index, integrity flags, kind, ...). The
answer to `verification/pending/<name>/` arrives as `<results>/ledgers/<name>.jsonl.gz`;
once it does, the folder is retired (deleted) and its figures are read from that ledger.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .ledger import PINNED_FLAGS, Ledger, results_dir, text_sha256

MANIFEST = "manifest.json"
ENTRIES = "manifest.jsonl"
FILES = "files"


@dataclass
class PendingFolder:
    path: Path
    meta: dict
    entries: list[dict] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.meta.get("name") or self.path.name

    def file_path(self, sha: str) -> Path:
        return self.path / FILES / f"{sha}.rs"

    def text(self, sha: str) -> str:
        return self.file_path(sha).read_text(encoding="utf-8", errors="surrogateescape")

    def shas(self) -> list[str]:
        seen: dict[str, None] = {}
        for e in self.entries:
            seen.setdefault(e["sha256"], None)
        return list(seen)


def write_pending(out_dir: str | os.PathLike, items: Iterable[tuple[str, dict]], *, name: str | None = None,
                  purpose: str = "", created_by: str = "verusbench", flags: Iterable[str] = PINNED_FLAGS,
                  extra_meta: dict | None = None, clean: bool = True) -> PendingFolder:
    """Write (text, metadata) pairs as a pending folder; each distinct text is stored once."""
    out = Path(out_dir)
    if clean and out.exists():
        shutil.rmtree(out)
    (out / FILES).mkdir(parents=True, exist_ok=True)
    entries: list[dict] = []
    written: set[str] = set()
    for text, meta in items:
        sha = text_sha256(text)
        if sha not in written:
            (out / FILES / f"{sha}.rs").write_bytes(text.encode("utf-8", "surrogatepass"))
            written.add(sha)
        entries.append({"sha256": sha, "file": f"{FILES}/{sha}.rs", **(meta or {})})
    meta = {"name": name or out.name, "purpose": purpose, "created_by": created_by,
            "flags": list(flags), "files": len(written), "entries": len(entries),
            **(extra_meta or {})}
    (out / MANIFEST).write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    with open(out / ENTRIES, "w", encoding="utf-8") as f:
        for e in entries:
            f.write(json.dumps(e, sort_keys=True) + "\n")
    return PendingFolder(out, meta, entries)


def read_pending(path: str | os.PathLike) -> PendingFolder:
    """Read a pending folder; a missing manifest or a line naming a missing file raises
    ValueError naming the folder and the line."""
    p = Path(path)
    if not (p / MANIFEST).is_file() or not (p / ENTRIES).is_file():
        raise ValueError(f"{p} is not a pending folder: it needs {MANIFEST} and {ENTRIES} "
                         "(write one with `verusbench eval --export DIR`)")
    meta = json.loads((p / MANIFEST).read_text())
    entries = []
    for i, line in enumerate((p / ENTRIES).read_text().splitlines(), 1):
        if not line.strip():
            continue
        try:
            e = json.loads(line)
            sha = e["sha256"]
        except (ValueError, KeyError, TypeError):
            raise ValueError(f"{p / ENTRIES}:{i}: not a manifest line with a sha256") from None
        if not (p / FILES / f"{sha}.rs").is_file():
            raise ValueError(f"{p / ENTRIES}:{i}: {FILES}/{sha}.rs is missing")
        entries.append(e)
    return PendingFolder(p, meta, entries)


def answer_path(name: str, start: str | os.PathLike | None = None) -> Path | None:
    """Where the ledger answering `verification/pending/<name>/` appears, if it exists."""
    d = results_dir(start)
    if d is None:
        return None
    p = d / "ledgers" / f"{name}.jsonl.gz"
    return p if p.is_file() else None


def coverage(folder: PendingFolder, ledger: Ledger) -> dict:
    """How many of the folder's distinct files the ledger answers, by status."""
    by: dict[str, int] = {}
    missing = 0
    for sha in folder.shas():
        e = ledger.get(sha)
        if e is None:
            missing += 1
        else:
            by[e.result.status] = by.get(e.result.status, 0) + 1
    return {"files": len(folder.shas()), "answered": len(folder.shas()) - missing,
            "pending": missing, "by_status": by}
