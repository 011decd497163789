"""Error messages -> categories, from the catalogue in verus-reference.md §3, checked
against what real Verus printed (`../shared/verus-results`: the recordings and the
ledger's diagnostics; tests/test_errors.py and tests/test_verifier_recordings.py).

Shared by the verifier (diagnostics of a run) and the dataset builder (error text
found in repair chains). Order matters: the first matching rule wins.
"""

from __future__ import annotations

import re

from . import constants as C

# (category, compiled pattern over the normalised message)
_RULES: list[tuple[str, re.Pattern[str]]] = [
    # ("<desc> has been running for N seconds" is a note about a slow query, not an rlimit
    # error: the ledger's timed-out rows carry it next to their real first error)
    (C.CAT_RLIMIT, re.compile(r"resource limit \(rlimit\) exceeded|rlimit exceeded")),
    (C.CAT_INVARIANT_BEFORE, re.compile(r"invariant not satisfied before loop")),
    (C.CAT_INVARIANT_END, re.compile(r"invariant not satisfied at end of loop body|loop invariant not satisfied|cannot show invariant holds at end of block")),
    (C.CAT_POSTCONDITION, re.compile(r"postcondition not satisfied|unable to prove post-condition")),
    # "precondition not met: index in bounds for this access": an exec index (ledger)
    (C.CAT_PRECONDITION, re.compile(r"precondition not satisfied|precondition not met|requires not satisfied|recommendation not met")),
    (C.CAT_DECREASES, re.compile(r"decreases not satisfied|could not prove termination|must have a decreases clause|unable to show termination")),
    (C.CAT_ARITHMETIC, re.compile(r"possible arithmetic underflow/overflow|possible division by zero|arithmetic (under|over)flow")),
    (C.CAT_ASSERTION, re.compile(r"assertion failed|bitvector assertion not satisfied|assertion not satisfied")),
    (C.CAT_TRIGGER, re.compile(r"trigger")),
    (C.CAT_MODE, re.compile(r"with mode (spec|proof|exec)|cannot call function .*with mode|expression has mode|"
                            r"cannot call spec function from exec mode|cannot mutate .*-mode place|"
                            r"in exec mode|in proof or spec mode|exec code cannot initialize non-exec|"
                            r"ghost\(\.\.\.\) or tracked\(\.\.\.\) can only be used|"
                            r"can only be used in ghost code|\bmode (spec|proof|exec)\b|\b(spec|proof|exec)[- ]mode\b")),
    # Compile-stage errors: rustc's, and Verus's rules of the language as this Verus has
    # them (the `old`/`final` rule for `&mut` parameters, a missing `use vstd::prelude::*`)
    (C.CAT_SYNTAX, re.compile(r"expected |unexpected |cannot find |mismatched types|unresolved |"
                              r"not supported|does not yet support|unrecognized verifier attribute|"
                              r"invalid verifier attribute|must have a body|must be marked open or closed|"
                              r"no method named|cannot borrow|borrow of|use of moved|lifetime|"
                              r"the trait bound|type annotations needed|unclosed delimiter|error\[e\d{4}\]|"
                              r"compilation error|parse error|syntax error|unknown start of token|"
                              r"mismatched closing delimiter|prefix `[^`]*` is unknown|couldn't read `|"
                              r"collides with a parameter name|"
                              r"mutable reference parameter in a postcondition|"
                              r"verus_builtin crate was not imported")),
]

_WS = re.compile(r"\s+")
_LOC = re.compile(r"(-->\s*)?\S+\.rs:\d+:\d+")


def normalize_message(message: str) -> str:
    """First line of an error, lower-cased, locations and whitespace folded."""
    first = ""
    for line in message.strip().splitlines():
        line = line.strip().lstrip("/").strip()
        if line:
            first = line
            break
    first = re.sub(r"^(error|warning|note)(\[E\d{4}\])?:\s*", "", first, flags=re.I)
    first = _LOC.sub("<loc>", first)
    return _WS.sub(" ", first).strip().lower()


def categorize(message: str, code: str | None = None) -> str:
    """Category of one diagnostic message (see constants.CATEGORIES)."""
    norm = normalize_message(message)
    for cat, pat in _RULES:
        if pat.search(norm):
            return cat
    if code and re.fullmatch(r"E\d{4}", code):
        return C.CAT_SYNTAX
    return C.CAT_OTHER
