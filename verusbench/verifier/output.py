"""Raw Verus output -> summary, diagnostics and a status.

Checked against real Verus (`../shared/verus-results/recordings`, golden tests in
tests/test_verifier_recordings.py). What the recordings show, under the pinned flags:
- exit 0 only when verified; exit 1 for every other outcome seen (verification failure,
  VIR/mode error, rustc parse/type/borrow error), so the status is read from the output;
- stdout is one pretty-printed JSON object (`func-details`, `verification-results`, `verus`)
  even on failure. A verification failure has `errors` >= 1 (failed SMT queries, not
  error lines: `multiple_errors` prints 3 errors and counts 2); a VIR/mode error has only
  `encountered-error`, `encountered-vir-error: true` and `success`; a rustc error has
  `verified: 0, errors: 0` with `encountered-vir-error: false`;
- stderr is one JSON diagnostic per line and nothing else, ending with
  `aborting due to N previous error(s)` (N = the error-level lines) and, for rustc errors
  with a code, a `failure-note` "For more information about this error, ...";
- without the JSON flags, stdout is `verification results:: N verified, M errors` (double
  colon) only when SMT ran, and stderr is exactly the diagnostics' `rendered` texts.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from .. import constants as C
from ..errors import categorize
from .job import VDiagnostic

# Exit codes that mean the tool itself broke. Documented (verus-reference.md §1), not
# recorded: Rust's default panic exit, Z3 missing / install incomplete, bad Verus option.
CRASH_EXIT_CODES = {101: "panic (exit 101)", 128: "Z3 not executable or install incomplete (exit 128)",
                    255: "bad Verus option (exit 255)"}

#: rustc's closing line, one per run with errors (recordings: "aborting due to 1 previous
#: error", "aborting due to 3 previous errors"); N counts the error-level diagnostics.
ABORTING = re.compile(r"aborting due to (?:(\d+) )?previous errors?")

#: The summary line of a plain-text run (recordings, `text` flag set).
TEXT_SUMMARY = re.compile(r"^verification results:: (\d+) verified, (\d+) errors", re.M)


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


def parse_text_summary(stdout: str) -> dict | None:
    """`verification results:: N verified, M errors` (a run without --output-json) as
    {"verified": N, "errors": M}, or None when the line is absent (nothing reached SMT)."""
    m = TEXT_SUMMARY.search(stdout)
    return {"verified": int(m.group(1)), "errors": int(m.group(2))} if m else None


def _code(raw) -> str | None:
    if isinstance(raw, dict):
        raw = raw.get("code")
    return raw if isinstance(raw, str) and raw else None


def _as_int(x) -> int | None:
    return x if isinstance(x, int) and not isinstance(x, bool) else None


def is_trailer(message: str, level: str, has_spans: bool) -> bool:
    """rustc's closing lines (`aborting due to ...`, the `rustc --explain` failure-note):
    they repeat what the diagnostics said, so they are not diagnostics of their own."""
    if has_spans:
        return False
    return bool(ABORTING.fullmatch(message.strip())) or level == "failure-note"


def diagnostic_from_json(obj: dict, file_name: str | None = None) -> VDiagnostic | None:
    """One rustc/Verus JSON diagnostic -> VDiagnostic; None for lines we skip."""
    message = obj.get("message")
    level = obj.get("level")
    if not isinstance(message, str) or not isinstance(level, str):
        return None
    spans = [s for s in obj.get("spans") or [] if isinstance(s, dict)]
    if is_trailer(message, level, bool(spans)):
        return None

    def rank(s: dict) -> tuple:
        # primary spans first, and among them spans in the verified file (a recommends
        # note also has a primary span in vstd/seq.rs: recording `recommends_note`)
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


_HEADER = re.compile(r"^(error|warning|note|help)(?:\[(E\d{4})\])?: (.*)$")
_NOTE_LABEL = re.compile(r"^\s*= note: (.*)$")
_ARROW = re.compile(r"^\s*--> (.+):(\d+):(\d+)\s*$")
_GUTTER = re.compile(r"^\s*(\d+\s*)?\|")
_PRIMARY_LABEL = re.compile(r"^\s*\|[\s|]*\^+ ?(.*)$")
_SECONDARY_LABEL = re.compile(r"^\s*\|[\s|]*-+ ?(.*)$")
#: Rust's panic line ("thread 'rustc' (4) panicked at ...", seen in the shared ledger).
PANIC = re.compile(r"(?m)^thread '[^']*'(?: \(\d+\))? panicked at")


def parse_text_diagnostics(stderr: str) -> list[VDiagnostic]:
    """stderr of a run without --error-format=json (rustc's human rendering) -> diagnostics.

    Reads the header (`error[E0308]: msg`, continuation lines until the location), the
    first `--> file:L:C`, and the first primary (`^^^`) label; trailers are skipped."""
    diags: list[VDiagnostic] = []
    cur: dict | None = None

    def close() -> None:
        if cur is not None and not is_trailer(cur["message"], cur["level"], cur["line"] is not None):
            msg = cur["message"]
            diags.append(VDiagnostic(category=categorize(msg, cur["code"]), message=msg,
                                     line=cur["line"], col=cur["col"], label=cur["label"] or cur["fallback"],
                                     level=cur["level"], code=cur["code"]))

    for raw in stderr.splitlines():
        m = _HEADER.match(raw)
        if m and m.group(1) == "help" and cur is not None:
            cur["child"] = True  # a child of the diagnostic above (JSON: `children`)
            continue
        if m:
            close()
            cur = {"level": m.group(1), "code": m.group(2), "message": m.group(3), "line": None,
                   "col": None, "label": "", "fallback": "", "in_header": True,
                   "child": False}
            continue
        if cur is None or cur["child"]:
            continue
        a = _ARROW.match(raw)
        if a:
            if cur["line"] is None:
                cur["line"], cur["col"] = int(a.group(2)), int(a.group(3))
            cur["in_header"] = False
            continue
        if not raw.strip():
            cur["in_header"] = False
            continue
        if cur["in_header"] and not _GUTTER.match(raw):
            cur["message"] += "\n" + raw.strip()  # a message of several lines
            continue
        cur["in_header"] = False
        lab = _PRIMARY_LABEL.match(raw)
        if lab and not cur["label"] and lab.group(1).strip():
            cur["label"] = lab.group(1).strip()
        sec = _SECONDARY_LABEL.match(raw) or _NOTE_LABEL.match(raw)
        if sec and not cur["fallback"] and sec.group(1).strip():
            cur["fallback"] = sec.group(1).strip()  # used when no primary label
    close()
    return diags


@dataclass
class Outcome:
    status: str
    verified: int
    errors: int
    diagnostics: list[VDiagnostic]
    notes: list[str] = field(default_factory=list)


def decide(returncode: int | None, stdout: str, stderr: str, *, timed_out: bool = False,
           file_name: str | None = None, stderr_tail: str = "", plain_text: bool = False) -> Outcome:
    """Status from the output; the exit code only confirms (see module docstring).

    `errors` is Verus's count of failed verification queries when it ran SMT; for a
    compile error (nothing reached SMT, or an error after it) it is the number of error
    diagnostics, which is the N of rustc's `aborting due to N previous errors`.
    `plain_text`: the run had no --output-json / --error-format=json, so the summary line
    and the rendered diagnostics are read instead (never guessed: under the JSON flags a
    plain `error: ...` line comes from a wrapper such as rustup, not from Verus)."""
    diags, other = parse_diagnostics(stderr, file_name)
    obj = parse_summary(stdout)
    summary = obj.get("verification-results") if obj else None
    if not isinstance(summary, dict):
        summary = None
    if plain_text:
        summary = parse_text_summary(stdout)
        diags, other = parse_text_diagnostics(stderr), stderr.splitlines()
        obj = summary if summary is not None else ({} if diags else None)
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
        n_err = len(error_diags) if status == C.STATUS_COMPILE_ERROR else errors
        return Outcome(status, verified, n_err, diags, notes)

    if timed_out:
        return out(C.STATUS_TIMEOUT, "killed by the harness's wall-clock limit")
    # The panic line is searched in non-JSON lines only: a diagnostic may quote user text.
    raw_text = "\n".join(other) + "\n" + stderr_tail
    if PANIC.search(raw_text):
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
    if (returncode == 0 and summary is not None and n_errors == 0 and not error_diags
            and not vir_error and summary.get("success") is not False):
        # every verified recording: exit 0, `success: true`, `errors: 0`, empty stderr
        return out(C.STATUS_VERIFIED)
    if summary is not None and not vir_error and (n_errors or 0) > 0:
        return out(C.STATUS_FAILED)
    if error_diags or vir_error:
        # a VIR/mode error (summary without counts), a rustc error (summary `0 verified,
        # 0 errors`), or an error after SMT with `0 errors` in the summary
        return out(C.STATUS_COMPILE_ERROR)
    if returncode == 0 and summary is None:
        return out(C.STATUS_CRASHED, "exit 0 without verification results")
    if returncode == 0:
        return out(C.STATUS_CRASHED, "exit 0 but the summary says `success: false`")
    return out(C.STATUS_CRASHED, f"exit {returncode} without any error diagnostic")
