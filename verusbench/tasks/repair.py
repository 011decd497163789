"""Task C from real Verus failures: a failing file of a repair chain paired with a later
file of the same chain that passed.

- AutoVerus traces (`autoverus-traces`): each chain is a folder `intermediate-*/` holding
  generation samples (`N-M.rs`), merges, refinements, `before-repair.rs`,
  `repair/repair-K-J[-Kind].rs` and `final.rs`. Each file ends with the verifier's verdict
  in trailing `//` comments: the error lines Verus printed, then
  `// Compilation Error: B, Verified: N, Errors: M[, Verus Errors: K]` (or `// Score: (N, M)`)
  and `// Safe: B`. A file passed when it compiled and had 0 errors (and was Safe).
- vericoding (`llm_run_artifact`): runs `code_from_spec_on_*` keep `<stem>_iter_K_current.rs`
  per iteration and `<stem>_impl.rs`; the run's `summary.txt` marks with ✓ the tasks whose
  final implementation verified. Every earlier iteration that differs from it failed (the
  loop only continues on failure); its error text was not saved, so the row's error fields
  stay empty rather than invented.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Iterable

from verusbench import constants as C
from verusbench.errors import categorize, normalize_message
from verusbench.records import RowMetadata, TaskRow
from verusbench.tasks.common import make_row
from verusbench.units import FEATURE_PATTERNS, _COMMENT, _ESCAPE_TOKENS

_SCORE_LONG = re.compile(r"Compilation Error:\s*(True|False),\s*Verified:\s*(-?\d+),\s*Errors:\s*(-?\d+)")
_SCORE_SHORT = re.compile(r"Score:\s*\(\s*(-?\d+)\s*,\s*(-?\d+)\s*\)")
_SAFE = re.compile(r"Safe:\s*(True|False)")
#: harness noise in the traces, not a Verus verdict on the file
_NOISE = re.compile(r"multiple input filenames provided|^\s*is safe:\s*(True|False)\s*$|^\s*$")
#: labels Verus prints under an error (verus-reference.md §2-3), for traces that kept only
#: the labels: they classify the error; the message recorded is still the line as found
_LABELS = [
    (re.compile(r"failed this postcondition|at this exit|at the end of the function body"), C.CAT_POSTCONDITION),
    (re.compile(r"failed precondition"), C.CAT_PRECONDITION),
    (re.compile(r"failed this invariant|at this loop exit|at this continue"), C.CAT_INVARIANT_END),
    (re.compile(r"assertion failed"), C.CAT_ASSERTION),
    (re.compile(r"^\s*None:"), C.CAT_ARITHMETIC),
]
_LOOPS = re.compile(r"\b(while|loop)\b|\bfor\s+\w+\s+in\b")


@dataclass
class Verdict:
    compiled: bool
    verified: int
    errors: int
    safe: bool | None

    @property
    def failed(self) -> bool:
        """Verus rejected the file (a verified-but-unsafe file is not a Verus failure)."""
        return not self.compiled or self.errors > 0

    @property
    def passed(self) -> bool:
        return self.compiled and self.errors == 0 and self.verified >= 0 and self.safe is not False


@dataclass
class ChainFile:
    path: str
    code: str            # the file without its trailing verdict comments
    error_text: str      # the verifier lines found in the trailing comments ("" if none)
    verdict: Verdict | None
    rec: Any


@dataclass
class Pair:
    failing: ChainFile
    passing: ChainFile
    kind: str            # autoverus repair kind (AssertFail, ...) or "iteration"


def split_trailer(text: str) -> tuple[str, str, Verdict | None]:
    """(code, error text, verdict) of a trace file: the trailing block of `//` comment and
    blank lines holds the verifier's output and score."""
    lines = text.split("\n")
    i = len(lines)
    while i > 0 and (not lines[i - 1].strip() or lines[i - 1].lstrip().startswith("//")):
        i -= 1
    code = "\n".join(lines[:i]).rstrip() + "\n"
    trailer = [ln.lstrip()[2:] if ln.lstrip().startswith("//") else ln for ln in lines[i:]]
    verdict = None
    err: list[str] = []
    safe = None
    for ln in trailer:
        m = _SCORE_LONG.search(ln)
        s = _SCORE_SHORT.search(ln)
        f = _SAFE.search(ln)
        if m:
            verdict = Verdict(m.group(1) == "False", int(m.group(2)), int(m.group(3)), None)
        elif s:
            verdict = Verdict(int(s.group(1)) >= 0, int(s.group(1)), int(s.group(2)), None)
        elif f:
            safe = f.group(1) == "True"
        elif not _NOISE.search(ln):
            err.append(ln.rstrip())
    if verdict is not None:
        verdict.safe = safe
    # keep the error text's own indentation, drop the one-space comment gutter
    err_text = "\n".join(ln[1:] if ln.startswith(" ") else ln for ln in err).strip("\n")
    return code, err_text, verdict


_STAGES = [
    (re.compile(r"^(\d+)-(\d+)\.rs$"), 0),
    (re.compile(r"^merged-(\d+)\.rs$"), 1),
    (re.compile(r"^allmerged-(\d+)\.rs$"), 2),
    (re.compile(r"^refine-(\d+)\.rs$"), 3),
    (re.compile(r"^before-repair\.rs$"), 4),
    (re.compile(r"^repair-(\d+)-(\d+)(?:-\w+)?\.rs$"), 5),
    (re.compile(r"^final\.rs$"), 6),
    (re.compile(r"^final-hdn\.rs$"), 7),
]


def autoverus_order(name: str) -> tuple[int, ...] | None:
    """Position of a file in its chain (None for files that are not chain steps)."""
    for pat, stage in _STAGES:
        m = pat.match(name)
        if m:
            return (stage,) + tuple(int(g) for g in m.groups())
    return None


def _norm(code: str) -> str:
    return re.sub(r"\s+", " ", _COMMENT.sub("", code)).strip()


def _clean_target(code: str) -> bool:
    return "verus!" in code and not _ESCAPE_TOKENS.search(_COMMENT.sub("", code))


def autoverus_pairs(records: Iterable[Any]) -> list[Pair]:
    """Failing -> first later passing file, within each `intermediate-*` chain folder."""
    chains: dict[str, list[tuple[tuple[int, ...], ChainFile]]] = defaultdict(list)
    for rec in records:
        parts = rec.path.split("/")
        try:
            k = next(i for i, p in enumerate(parts) if p.startswith("intermediate-"))
        except StopIteration:
            continue  # top-level run outputs are not chain steps
        name = parts[-1]
        order = autoverus_order(name)
        if order is None:
            continue
        code, err, verdict = split_trailer(rec.text)
        if verdict is None:
            continue
        chains["/".join(parts[:k + 1])].append((order, ChainFile(rec.path, code, err, verdict, rec)))
    pairs: list[Pair] = []
    for _, files in sorted(chains.items()):
        files.sort(key=lambda t: t[0])
        for i, (_, f) in enumerate(files):
            if not f.verdict.failed:
                continue
            nxt = next((p for _, p in files[i + 1:] if p.verdict.passed and _clean_target(p.code)), None)
            if nxt is None or _norm(nxt.code) == _norm(f.code):
                continue
            m = re.match(r"^repair-\d+-\d+-(\w+)\.rs$", f.path.rsplit("/", 1)[-1])
            pairs.append(Pair(f, nxt, m.group(1) if m else ""))
    return pairs


_ITER = re.compile(r"^(.*)_iter_(\d+)_(current|generated)\.rs$")
_OK_LINE = re.compile(r"^✓\s+(.+?)\s+->\s+(\S+)\s*$")


def vericoding_pairs(records: Iterable[Any]) -> list[Pair]:
    """Earlier iterations -> the final `_impl.rs` of each ✓ task of a code_from_spec run."""
    by_path = {r.path: r for r in records}
    pairs: list[Pair] = []
    for path, rec in sorted(by_path.items()):
        if not path.endswith("/summary.txt"):
            continue
        root = path.rsplit("/", 1)[0]
        for line in rec.text.splitlines():
            m = _OK_LINE.match(line.strip())
            if not m:
                continue
            rel, impl = m.groups()
            folder = (root + "/" + rel).rsplit("/", 1)[0]
            impl_rec = by_path.get(folder + "/" + impl)
            if impl_rec is None or not _clean_target(impl_rec.text):
                continue
            stem = impl[:-len("_impl.rs")] if impl.endswith("_impl.rs") else impl[:-3]
            target = ChainFile(impl_rec.path, impl_rec.text, "", None, impl_rec)
            seen = {_norm(impl_rec.text)}
            iters = []
            for p, r in by_path.items():
                if p.startswith(folder + "/"):
                    mm = _ITER.match(p[len(folder) + 1:])
                    if mm and mm.group(1) == stem:
                        iters.append((int(mm.group(2)), mm.group(3) == "current", r))
            for _, _, r in sorted(iters, key=lambda t: (t[0], t[1])):
                n = _norm(r.text)
                if n in seen or "verus!" not in r.text:
                    continue
                seen.add(n)
                pairs.append(Pair(ChainFile(r.path, r.text, "", None, r), target, "iteration"))
    return pairs


def file_code_lines(code: str) -> int:
    """Non-blank lines of a whole file once comments are dropped (RowMetadata.code_lines)."""
    return sum(1 for ln in _COMMENT.sub("", code).splitlines() if ln.strip())


def file_features(code: str) -> list[str]:
    """Feature tags of a whole file (repair rows have no single target fn)."""
    code = _COMMENT.sub("", code)
    feats = {name for name, pat in FEATURE_PATTERNS.items() if pat.search(code)}
    if _LOOPS.search(code):
        feats.add("loops")
    if re.search(r"\bassert\s*\(", code):
        feats.add("asserts")
    if re.search(r"\bproof\s*\{", code):
        feats.add("proof_blocks")
    return sorted(feats)


def error_fields(error_text: str) -> tuple[str, str]:
    """(normalised message, category) of the first error line found, ("", "") if none.
    AutoVerus traces keep the failing source lines and Verus's message/label lines mixed:
    the first line Verus's catalogue (or its labels) recognises is taken."""
    if not error_text.strip():
        return "", ""
    lines = [ln for ln in error_text.splitlines() if ln.strip()]
    # message and label lines sit at the comment's margin; quoted source lines are indented
    # as in the file (and may mention `trigger`, `assert`, ...)
    margin = [ln for ln in lines if len(ln) - len(ln.lstrip()) <= 3] or lines
    lines = margin
    for ln in lines:
        cat = categorize(ln)
        if cat != C.CAT_OTHER:
            return normalize_message(ln), cat
    for ln in lines:
        for pat, cat in _LABELS:
            if pat.search(ln):
                return normalize_message(ln), cat
    return normalize_message(lines[-1]), C.CAT_OTHER


def row_of_pair(pair: Pair) -> TaskRow:
    f, p = pair.failing, pair.passing
    rec = f.rec
    msg, cat = error_fields(f.error_text)
    md = RowMetadata(source=rec.source, repo=rec.repo, commit=rec.commit, path=rec.path,
                     license=rec.license, role=rec.role, verus_version="",
                     verified=C.VERIFIED_UPSTREAM, features=file_features(p.code),
                     code_lines=file_code_lines(p.code),
                     target_fn="", variant=pair.kind, error_text=f.error_text,
                     error_message=msg, error_category=cat)
    return make_row(C.TASK_REPAIR, f.code, p.code, p.code, md)


def build(autoverus_records: Iterable[Any], vericoding_records: Iterable[Any]) -> tuple[list[TaskRow], dict[str, int]]:
    """Repair rows from both chain sources, and counts for the build report."""
    av = autoverus_pairs(autoverus_records)
    vc = vericoding_pairs(vericoding_records)
    rows = [row_of_pair(p) for p in av + vc]
    return rows, {"autoverus_pairs": len(av), "vericoding_pairs": len(vc)}


# --- Task C on errors of this Verus (the build's ledger) -------------------------------

#: categories of a `compile_error` that Verus itself raises (before SMT) and that a repair
#: may fix without touching a locked spec: a loop's missing `decreases`, a mode error, a
#: trigger Verus cannot infer. rustc errors (syntax_compile) and `other` (e.g. the
#: `old`/`final` rule, which only a locked ensures edit fixes) are not repair tasks.
VERUS_COMPILE_CATEGORIES = frozenset({C.CAT_DECREASES, C.CAT_MODE, C.CAT_TRIGGER})
#: drop reasons of C rows judged by the ledger (BUILD_REPORT.json `ledger.c_dropped`)
DROP_REF_FAILS = "fixed file does not verify under this Verus"
DROP_BROKEN_VERIFIES = "broken file verifies under this Verus"
DROP_BROKEN_INCONCLUSIVE = "broken file timed out or crashed"
DROP_BROKEN_NOT_VERUS = "broken file fails with a rustc/other error, not a Verus one"


def real_failure(result) -> bool:
    """The broken file fails with an error of this Verus: status failed, or compile_error
    whose first error is in VERUS_COMPILE_CATEGORIES."""
    first = result.first_error()
    if first is None:
        return False
    if result.status == C.STATUS_FAILED:
        return True
    return result.status == C.STATUS_COMPILE_ERROR and first.category in VERUS_COMPILE_CATEGORIES


def ledger_verdict(ref_status: str | None, broken) -> str:
    """'' to keep a C row, else its drop reason. `ref_status`: the fixed file's ledger
    status (None: not in the ledger); `broken`: the broken file's VerifyResult or None.
    Unknown files keep the row (it stays `unchecked`)."""
    if ref_status is not None and ref_status != C.STATUS_VERIFIED:
        return DROP_REF_FAILS
    if broken is None:
        return ""
    if broken.status == C.STATUS_VERIFIED:
        return DROP_BROKEN_VERIFIES
    if broken.status in (C.STATUS_TIMEOUT, C.STATUS_CRASHED):
        return DROP_BROKEN_INCONCLUSIVE
    return "" if real_failure(broken) else DROP_BROKEN_NOT_VERUS


# Model attempts as C rows (a baseline's failing candidate -> the answered row's verified
# reference) are built in tasks/repair_attempts.py and judged with `ledger_verdict` above.
