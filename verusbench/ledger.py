"""Verification ledgers: real Verus results kept as data, keyed by file content.

A ledger is gzip (or plain) JSON Lines, one object per distinct file, in the format of
`../shared/verus-results/ledger.jsonl.gz`:

    sha256, uses, status, verified, errors, diagnostics, wall_s, stderr_tail, notes,
    verifier, flags, cache_key

`sha256` is the hex sha256 of the file's UTF-8 text; `verifier` is the whole
`verus --version --output-json` object and `flags` the Verus arguments after the file
name. A result is reused only for the same text, the same flags and the same verifier
identity: lines from another identity or flag set are ignored and counted, never mixed.

    led = Ledger.load(["ledger.jsonl.gz"])          # identity fixed by the first good line
    r = led.lookup(text)                             # VerifyResult or None (pending)
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from . import constants as C
from .errors import categorize
from .jsonl import Lines
from .verifier.job import VerifyJob, VerifyResult, cache_key
from .verifier.output import is_trailer

#: The pinned flags of a default `VerifyJob` (rlimit 10, seed 0): what the ledgers hold.
PINNED_FLAGS: tuple[str, ...] = tuple(VerifyJob(text="").flags())

#: Where verification results reach this project (read-only); overridable for users.
RESULTS_ENV = "VERUSBENCH_RESULTS"

REQUIRED = ("sha256", "status", "verifier", "flags")


def text_sha256(text: str) -> str:
    """Hex sha256 of a file's UTF-8 text: the ledger key."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def results_dir(start: str | os.PathLike | None = None) -> Path | None:
    """The shared verus-results folder: $VERUSBENCH_RESULTS, else `../shared/verus-results`
    beside the repo (or beside `start`), else None."""
    env = os.environ.get(RESULTS_ENV)
    if env:
        p = Path(env)
        return p if p.is_dir() else None
    bases = [Path(start)] if start else []
    bases.append(Path(__file__).resolve().parent.parent)
    bases.append(Path.cwd())
    for b in bases:
        p = (b / ".." / "shared" / "verus-results").resolve()
        if p.is_dir():
            return p
    return None


def recordings_dir(start: str | os.PathLike | None = None) -> Path | None:
    """Real Verus outputs on the catalog programs: $FAKE_VERUS_RECORDINGS, else
    `<results>/recordings`, else None (what tests/fake_verus replays)."""
    env = os.environ.get("FAKE_VERUS_RECORDINGS")
    if env:
        return Path(env) if Path(env).is_dir() else None
    d = results_dir(start)
    return d / "recordings" if d is not None and (d / "recordings").is_dir() else None


def default_ledger_paths(start: str | os.PathLike | None = None) -> list[Path]:
    """The main ledger and every `ledgers/*.jsonl.gz` of the shared results folder."""
    d = results_dir(start)
    if d is None:
        return []
    out = [d / "ledger.jsonl.gz"] if (d / "ledger.jsonl.gz").is_file() else []
    out += sorted((d / "ledgers").glob("*.jsonl.gz")) if (d / "ledgers").is_dir() else []
    return out


def shared_identity(start: str | os.PathLike | None = None) -> dict | None:
    """`identity.json` of the shared results folder (the verifier of its ledgers), or None."""
    d = results_dir(start)
    return None if d is None else read_identity(d)


def read_identity(results: str | os.PathLike) -> dict | None:
    """`identity.json` of a verus-results folder, or None when it is missing or not an object."""
    p = Path(results) / "identity.json"
    if not p.is_file():
        return None
    try:
        obj = json.loads(p.read_text())
    except (OSError, ValueError):
        return None
    return obj if isinstance(obj, dict) else None


def identity_key(identity: dict) -> str:
    return json.dumps(identity, sort_keys=True)


@dataclass
class LedgerEntry:
    """One ledger line: a Verus result for the file whose text hashes to `sha256`."""

    sha256: str
    result: VerifyResult
    uses: list = field(default_factory=list)

    def to_json(self) -> dict:
        d = self.result.to_dict()
        d.pop("name", None)
        d.pop("cached", None)
        d["sha256"] = self.sha256
        d["uses"] = self.uses
        return d


@dataclass
class LoadReport:
    """What `Ledger.load` kept and what it ignored, by reason."""

    lines: int = 0
    kept: int = 0
    ignored: Counter = field(default_factory=Counter)
    examples: dict = field(default_factory=dict)  # reason -> "file:line"
    damaged: list[str] = field(default_factory=list)  # "file:line: what": lines from there on not read

    def ignore(self, reason: str, where: str) -> None:
        self.ignored[reason] += 1
        self.examples.setdefault(reason, where)

    def to_dict(self) -> dict:
        d = {"lines": self.lines, "kept": self.kept, "ignored": dict(self.ignored),
             "ignored_examples": dict(self.examples)}
        if self.damaged:
            d["damaged"] = list(self.damaged)
        return d


def rederive(diagnostics: list) -> list[dict]:
    """Diagnostics as today's parser would keep them: rustc trailers dropped and the
    category (ours, not Verus's) recomputed from Verus's own message and code, so that a
    ledger written by an older verusbench scores the same as a direct run."""
    out = []
    for d in diagnostics:
        if not isinstance(d, dict) or not isinstance(d.get("message"), str):
            raise ValueError("a diagnostic is not an object with a message")
        if is_trailer(d["message"], str(d.get("level", "error")), d.get("line") is not None):
            continue
        out.append({**d, "category": categorize(d["message"], d.get("code"))})
    return out


def parse_line(line: str) -> LedgerEntry:
    """One ledger line -> LedgerEntry; ValueError with the reason when malformed."""
    obj = json.loads(line)
    if not isinstance(obj, dict):
        raise ValueError("not a JSON object")
    missing = [k for k in REQUIRED if k not in obj]
    if missing:
        raise ValueError(f"missing field(s) {', '.join(missing)}")
    if not isinstance(obj["verifier"], dict) or not isinstance(obj["flags"], list):
        raise ValueError("verifier must be an object and flags a list")
    sha = obj["sha256"]
    if not (isinstance(sha, str) and len(sha) == 64 and all(c in "0123456789abcdef" for c in sha)):
        raise ValueError("sha256 is not 64 hex digits")
    diags = rederive(obj.get("diagnostics") or [])
    errors = int(obj.get("errors") or 0)
    if obj["status"] == C.STATUS_COMPILE_ERROR:
        # as output.decide counts them now: the error-level lines (older ledgers said 0)
        errors = sum(1 for d in diags if d.get("level", "error") == "error")
    res = VerifyResult.from_dict({
        "status": obj["status"], "verified": int(obj.get("verified") or 0),
        "errors": errors, "diagnostics": diags,
        "wall_s": float(obj.get("wall_s") or 0.0), "verifier": obj["verifier"],
        "flags": obj["flags"], "cache_key": obj.get("cache_key") or "",
        "stderr_tail": obj.get("stderr_tail") or "", "notes": obj.get("notes") or []})
    return LedgerEntry(sha, res, list(obj.get("uses") or []))


class Ledger:
    """Results of one verifier identity under one flag set, keyed by file sha256."""

    def __init__(self, identity: dict | None = None, flags: Iterable[str] = PINNED_FLAGS):
        self.identity = identity
        self.flags = list(flags)
        self.entries: dict[str, LedgerEntry] = {}
        self.report = LoadReport()
        self.sources: list[str] = []

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, sha: str) -> bool:
        return sha in self.entries

    @classmethod
    def load(cls, paths: Iterable[str | os.PathLike], identity: dict | None = None,
             flags: Iterable[str] = PINNED_FLAGS) -> "Ledger":
        """Read ledgers; with no `identity` the first well-formed line fixes it. A missing
        file raises FileNotFoundError naming it; bad lines are counted in `.report`, and a
        damaged gzip stream keeps the lines before the damage and names it in `.report.damaged`."""
        led = cls(identity, flags)
        for p in paths:
            led.add_file(p)
        return led

    def add_file(self, path: str | os.PathLike) -> None:
        path = Path(path)
        if not path.is_file():
            raise FileNotFoundError(f"ledger {path} does not exist (pass --ledger PATH to a "
                                    "ledger written by `verusbench verify-corpus`)")
        self.sources.append(str(path))
        lines = Lines(path)
        for i, raw in lines:
            self.add_line(raw.decode("utf-8", "replace"), f"{path}:{i}")
        if lines.damage:
            self.report.damaged.append(f"{lines.damage}; the lines before it kept")

    def add_line(self, line: str, where: str = "?") -> None:
        self.report.lines += 1
        try:
            e = parse_line(line)
        except (ValueError, TypeError) as ex:
            self.report.ignore(f"malformed ({str(ex)[:60]})" if not isinstance(ex, json.JSONDecodeError)
                               else "malformed (not JSON)", where)
            return
        self.add(e, where)

    def add(self, e: LedgerEntry, where: str = "?") -> bool:
        if self.identity is None:
            self.identity = e.result.verifier
        if identity_key(e.result.verifier) != identity_key(self.identity):
            self.report.ignore("other verifier identity", where)
            return False
        if list(e.result.flags) != self.flags:
            self.report.ignore("other flags", where)
            return False
        prev = self.entries.get(e.sha256)
        if prev is not None:
            if prev.result.status != e.result.status:
                self.report.ignore("conflicting duplicate (first kept)", where)
            else:
                prev.uses.extend(u for u in e.uses if u not in prev.uses)
            return False
        self.entries[e.sha256] = e
        self.report.kept += 1
        return True

    def get(self, sha: str) -> LedgerEntry | None:
        return self.entries.get(sha)

    def lookup(self, text: str, name: str = "") -> VerifyResult | None:
        """The recorded result for this exact text (a fresh copy), or None: pending."""
        e = self.entries.get(text_sha256(text))
        if e is None:
            return None
        r = VerifyResult.from_dict(e.result.to_dict())
        r.name = name
        r.cached = True
        if "from ledger" not in r.notes:
            r.notes = [*r.notes, "from ledger"]
        return r

    def status_of(self, text: str) -> str | None:
        e = self.entries.get(text_sha256(text))
        return e.result.status if e else None


def entry_for(text: str, result: VerifyResult, uses: list | None = None) -> LedgerEntry:
    """A ledger entry for a result just produced by Verus on `text`."""
    r = VerifyResult.from_dict(result.to_dict())
    if not r.cache_key:
        r.cache_key = cache_key(text, r.flags, r.verifier)
    return LedgerEntry(text_sha256(text), r, list(uses or []))


def iter_ledger(path: str | os.PathLike) -> Iterator[LedgerEntry]:
    """Every well-formed entry of one ledger file (no identity filtering), up to any damage."""
    for _, raw in Lines(path):
        try:
            yield parse_line(raw.decode("utf-8", "replace"))
        except (ValueError, TypeError):
            continue


def append_entries(path: str | os.PathLike, entries: Iterable[LedgerEntry]) -> int:
    """Append entries to a ledger (plain JSONL, or gzip members when it ends in .gz)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    opener = (lambda: gzip.open(path, "at", encoding="utf-8")) if path.suffix == ".gz" else \
        (lambda: open(path, "a", encoding="utf-8"))
    with opener() as f:
        for e in entries:
            f.write(json.dumps(e.to_json(), sort_keys=True) + "\n")
            n += 1
        f.flush()
    return n
