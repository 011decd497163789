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

from .ledger import PINNED_FLAGS, Ledger, read_identity, results_dir, text_sha256

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


#: what uses an answered folder, by the start of its manifest's `created_by`: the steps to
#: run (from the repo root) before the folder is retired, so its figures reach the cards,
#: reports and rows at once. `{...}` names manifest fields.
NEXT_STEPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("verusbench eval --export", (
        "verusbench eval --predictions {predictions_file} --data <the build it names: {data[path]}> "
        "--config {data[config]} --split {data[split]} --ledger",
        "put the pass@k (with the ledger's verifier) into the model's card and README/BENCHMARKS",
        "its attempts stay in verification/attempts/{name}.jsonl.gz: rebuild to get their C rows")),
    ("verusbench rl expert-iteration", (
        "follow verification/expert_iteration/round0/README.md (select -> round-1 SFT on the GPU -> "
        "sample the fixed test subset -> export)",)),
    ("verusbench build", (
        "rebuild (`verusbench build --corpus ../shared/corpus --minimize {minimize} --out build/full` "
        "reads every shared ledger) and update the card figures, README and BENCHMARKS (bench_slice.py "
        "for slices)",)),
    ("verusbench.cheats", ("python -m pytest tests/test_cheats_pending.py (each rule shown needed)",)),
    ("verusbench.hostile", ("python -m pytest tests/test_hostile.py (what Verus did with each case)",)),
)

#: states of a folder against its answer
WAITING, PARTLY, ANSWERED = "waiting", "partly answered", "answered"


def next_steps(meta: dict) -> list[str]:
    """The steps that use a folder's answer (NEXT_STEPS by `created_by`), fields filled in."""
    by = str(meta.get("created_by") or "")
    fields = {"name": meta.get("name", "?"), "predictions_file": meta.get("predictions_file", "?"),
              "minimize": meta.get("minimize", "slice"),
              "data": {"path": "?", "config": "?", "split": "test", **(meta.get("data") or {})}}
    for prefix, steps in NEXT_STEPS:
        if by.startswith(prefix):
            return [s.format(**fields) for s in steps]
    return [f"no known use for a folder made by {by!r}: read its manifest's purpose"]


@dataclass
class FolderState:
    """A pending folder against the ledger that answers it (`<results>/ledgers/<name>.jsonl.gz`)."""

    name: str
    path: str
    files: int
    answer: str | None            # the answer ledger, if it exists
    answered: int                 # distinct files that ledger answers
    by_status: dict
    problems: list[str]           # why the answer cannot be used (identity, test double)
    steps: list[str]

    @property
    def state(self) -> str:
        if self.answer is None or self.problems or not self.answered:
            return WAITING
        return ANSWERED if self.answered == self.files else PARTLY

    def to_dict(self) -> dict:
        return {**self.__dict__, "state": self.state}


def folder_state(path: str | os.PathLike, results: str | os.PathLike | None = None) -> FolderState:
    """Where one pending folder stands: is its answer there, of the shared verifier, complete?
    `results`: the verus-results folder (default: `results_dir()`)."""
    from .verifier.binary import is_test_double
    folder = read_pending(path)
    d = Path(results) if results is not None else results_dir()
    ans = d / "ledgers" / f"{folder.name}.jsonl.gz" if d is not None else None
    problems: list[str] = []
    answered, by = 0, {}
    if ans is not None and ans.is_file():
        led = Ledger.load([ans])
        ident = read_identity(d)
        if led.identity is None:
            problems.append(f"{ans} holds no well-formed line")
        elif is_test_double(led.identity):
            problems.append(f"{ans} was made by a test double, not Verus")
        elif ident is not None and led.identity != ident:
            problems.append(f"{ans} is of another verifier than {d / 'identity.json'}")
        if not problems:
            cov = coverage(folder, led)
            answered, by = cov["answered"], cov["by_status"]
    else:
        ans = None
    return FolderState(folder.name, str(folder.path), len(folder.shas()), str(ans) if ans else None,
                       answered, by, problems, next_steps(folder.meta))


def pending_folders(root: str | os.PathLike) -> list[Path]:
    """The pending folders under `root` (each a directory holding a manifest)."""
    r = Path(root)
    return sorted(p for p in r.iterdir() if (p / MANIFEST).is_file()) if r.is_dir() else []


def retire(path: str | os.PathLike, results: str | os.PathLike | None = None,
           allow_partial: bool = False) -> FolderState:
    """Delete a pending folder once its answer ledger answers every file (any answered file
    with `allow_partial`); otherwise raise ValueError saying what is missing."""
    st = folder_state(path, results)
    if st.answer is None:
        raise ValueError(f"{st.path}: no answer yet (ledgers/{st.name}.jsonl.gz in the results folder); "
                         "nothing retired")
    if st.problems:
        raise ValueError(f"{st.path}: its answer cannot be used: {'; '.join(st.problems)}")
    if st.state != ANSWERED and not (allow_partial and st.answered):
        raise ValueError(f"{st.path}: the answer covers {st.answered} of {st.files} files; "
                         "pass --allow-partial to retire it anyway (the rest is lost)")
    shutil.rmtree(st.path)
    return st
