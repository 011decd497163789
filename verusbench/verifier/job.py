"""What to verify (`VerifyJob`) and what came back (`VerifyResult`), plus the pinned flags
and the content-addressed cache key (verus-reference.md §1)."""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import asdict, dataclass, field
from typing import Any

#: Flags every job gets, for a standalone file without `fn main` (reference §1-2):
#: JSON summary on stdout, one JSON diagnostic per stderr line, one SMT thread so that
#: results do not depend on the machine's core count. rlimit and seed are per job.
#: These are the flags of the real recordings and the shared ledger (`pinned.flags`,
#: checked in tests/test_verifier_recordings.py).
DEFAULT_FLAGS: tuple[str, ...] = (
    "--crate-type=lib", "--output-json", "--error-format=json", "--num-threads", "1")


def _fmt_rlimit(r: float) -> str:
    if isinstance(r, str):  # already "infinity" or a number as text
        return r
    if math.isinf(r):
        return "infinity"
    if r <= 0:
        raise ValueError(f"rlimit must be > 0 (Verus rejects 0), got {r}")
    return f"{r:g}"


@dataclass(frozen=True)
class VerifyJob:
    """One file to verify with pinned flags and limits."""

    text: str
    name: str = ""
    rlimit: float = 10.0
    seed: int = 0
    timeout_s: float = 120.0
    memory_mb: int = 8192
    extra_flags: tuple[str, ...] = ()

    def flags(self) -> list[str]:
        """The Verus arguments after the file name (everything that can change a result)."""
        return [*DEFAULT_FLAGS, "--rlimit", _fmt_rlimit(self.rlimit),
                "--smt-option", f"smt.random_seed={int(self.seed)}", *self.extra_flags]


@dataclass
class VDiagnostic:
    """One diagnostic from Verus's stderr (a rustc JSON diagnostic, condensed; rustc's
    trailers `aborting due to ...` and the `failure-note` are not kept)."""

    category: str
    message: str
    line: int | None
    col: int | None
    label: str = ""
    level: str = "error"
    code: str | None = None


@dataclass
class VerifyResult:
    """Outcome of one job; `verifier` is the `verus --version --output-json` object.

    `errors`: Verus's count of failed verification queries (not error lines), or for a
    compile error the number of error diagnostics (see output.decide)."""

    status: str
    verified: int
    errors: int
    diagnostics: list[VDiagnostic]
    wall_s: float
    verifier: dict
    flags: list[str]
    cache_key: str
    name: str = ""
    stderr_tail: str = ""
    cached: bool = False
    #: harness notes: sandbox in force, truncated output, why a run counts as crashed, ...
    notes: list[str] = field(default_factory=list)

    @property
    def error_diagnostics(self) -> list[VDiagnostic]:
        return [d for d in self.diagnostics if d.level == "error"]

    def first_error(self) -> VDiagnostic | None:
        errs = self.error_diagnostics
        return errs[0] if errs else None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "VerifyResult":
        d = dict(d)
        d["diagnostics"] = [x if isinstance(x, VDiagnostic) else VDiagnostic(**x)
                            for x in d.get("diagnostics", [])]
        d["flags"] = list(d.get("flags", []))
        d["notes"] = list(d.get("notes", []))
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in d.items() if k in known})


def cache_key(text: str, flags: list[str] | tuple[str, ...], identity: dict) -> str:
    """sha256 over file text, flags and verifier identity (each length-prefixed)."""
    h = hashlib.sha256()
    for part in (text, json.dumps(list(flags)), json.dumps(identity, sort_keys=True)):
        b = part.encode("utf-8", errors="surrogatepass")
        h.update(len(b).to_bytes(8, "little"))
        h.update(b)
    return h.hexdigest()
