"""Raw Verus output -> summary, diagnostics and a status (verus-reference.md §1-2).

Exit 1 covers every kind of failure, so the status is read from the output: the JSON
summary on stdout (`verification-results`) and the JSON diagnostics on stderr.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from .. import constants as C
from ..errors import categorize
from .job import VDiagnostic

# Exit codes that mean the tool itself broke (reference §1): Rust's default panic exit,
# Z3 missing / install incomplete, bad Verus option.
CRASH_EXIT_CODES = {101: "panic (exit 101)", 128: "Z3 not executable or install incomplete (exit 128)",
                    255: "bad Verus option (exit 255)"}


def parse_summary(stdout: str) -> dict | None:
    """The JSON object Verus prints on stdout with --output-json, or None."""
    s = stdout.strip()
    if not s:
        return None
    try:
        obj = json.loads(s)
        return obj if isinstance(obj, dict) else None
    except ValueError:
        pass
    # Tolerate stray lines before the (pretty-printed) object.
    dec = json.JSONDecoder()
    pos = 0
    while True:
        i = s.find("{", pos)
        if i < 0:
            return None
        if i == 0 or s[i - 1] == "\n":
            try:
                obj, _ = dec.raw_decode(s, i)
                if isinstance(obj, dict):
                    return obj
            except ValueError:
                pass
        pos = i + 1


def _code(raw) -> str | None:
    if isinstance(raw, dict):
        raw = raw.get("code")
    return raw if isinstance(raw, str) and raw else None


def _as_int(x) -> int | None:
    return x if isinstance(x, int) and not isinstance(x, bool) else None


def diagnostic_from_json(obj: dict, file_name: str | None = None) -> VDiagnostic | None:
    """One rustc/Verus JSON diagnostic -> VDiagnostic; None for lines we skip."""
    message = obj.get("message")
    level = obj.get("level")
    if not isinstance(message, str) or not isinstance(level, str):
        return None
    if message.startswith("aborting due to"):
        return None
    spans = [s for s in obj.get("spans") or [] if isinstance(s, dict)]

    def rank(s: dict) -> tuple:
        # primary spans first, and among them spans in the verified file (not vstd)
        in_file = file_name is not None and str(s.get("file_name", "")).endswith(file_name)
        return (not s.get("is_primary"), not in_file)

    line = col = None
    label = ""
    if spans:
        best = min(spans, key=rank)
        line, col = _as_int(best.get("line_start")), _as_int(best.get("column_start"))
        label = best.get("label") or ""
        if not label:
            label = next((s.get("label") for s in spans if isinstance(s.get("label"), str) and s.get("label")), "")
    code = _code(obj.get("code"))
    return VDiagnostic(category=categorize(message, code), message=message, line=line, col=col,
                       label=str(label), level=level, code=code)


def parse_diagnostics(stderr: str, file_name: str | None = None) -> tuple[list[VDiagnostic], list[str]]:
    """stderr with --error-format=json -> (diagnostics, the non-JSON lines)."""
    diags: list[VDiagnostic] = []
    other: list[str] = []
    for line in stderr.splitlines():
        t = line.strip()
        if not t:
            continue
        if t.startswith("{"):
            try:
                obj = json.loads(t)
            except ValueError:
                obj = None
            if isinstance(obj, dict):
                d = diagnostic_from_json(obj, file_name)
                if d is not None:
                    diags.append(d)
                continue
        other.append(line)
    return diags, other


@dataclass
class Outcome:
    status: str
    verified: int
    errors: int
    diagnostics: list[VDiagnostic]
    notes: list[str] = field(default_factory=list)


def decide(returncode: int | None, stdout: str, stderr: str, *, timed_out: bool = False,
           file_name: str | None = None, stderr_tail: str = "") -> Outcome:
    """Status from the output; the exit code only confirms (see module docstring)."""
    diags, other = parse_diagnostics(stderr, file_name)
    obj = parse_summary(stdout)
    summary = obj.get("verification-results") if obj else None
    if not isinstance(summary, dict):
        summary = None
    n_verified = _as_int(summary.get("verified")) if summary else None
    n_errors = _as_int(summary.get("errors")) if summary else None
    error_diags = [d for d in diags if d.level == "error"]
    vir_error = bool(summary and summary.get("encountered-vir-error"))
    verified = n_verified or 0
    errors = n_errors if n_errors is not None else len(error_diags)
    notes: list[str] = []

    def out(status: str, why: str | None = None) -> Outcome:
        if why:
            notes.append(why)
        return Outcome(status, verified, errors, diags, notes)

    if timed_out:
        return out(C.STATUS_TIMEOUT, "killed by the harness's wall-clock limit")
    # "panicked at" is searched in non-JSON lines only: a diagnostic may quote user text.
    raw_text = "\n".join(other) + "\n" + stderr_tail
    if "panicked at" in raw_text:
        return out(C.STATUS_CRASHED, "verifier panicked")
    if returncode is None or returncode < 0:
        sig = -returncode if returncode is not None else "?"
        why = f"verifier killed by signal {sig}"
        if "memory allocation of" in raw_text:
            why += " after a failed memory allocation (memory limit?)"
        return out(C.STATUS_CRASHED, why)
    if returncode in CRASH_EXIT_CODES:
        return out(C.STATUS_CRASHED, CRASH_EXIT_CODES[returncode])
    if returncode not in (0, 1):
        return out(C.STATUS_CRASHED, f"unexpected exit code {returncode}")
    if obj is None and not error_diags:
        return out(C.STATUS_CRASHED, "no JSON summary on stdout and no diagnostics (unparseable output)")
    if returncode == 0 and summary is not None and n_errors == 0 and not error_diags and not vir_error:
        return out(C.STATUS_VERIFIED)
    if summary is not None and not vir_error and (n_errors or 0) > 0:
        return out(C.STATUS_FAILED)
    if error_diags or vir_error:
        # no summary (rustc/VIR error before SMT), a VIR error, or an error after SMT
        # (erasure/lifetime pass) with `0 errors` in the summary
        return out(C.STATUS_COMPILE_ERROR)
    if returncode == 0 and summary is None:
        return out(C.STATUS_CRASHED, "exit 0 without verification results")
    return out(C.STATUS_CRASHED, f"exit {returncode} without any error diagnostic")
