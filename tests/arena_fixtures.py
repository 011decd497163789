"""Shared pieces of the Arena tests: problems made from real Verus recordings, and a
`by (compute)` double over tests/fake_verus for the authoring checks."""

from __future__ import annotations

import os
import stat

import pytest
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAKE = str(HERE / "fake_verus")
REPO = HERE.parent
HOLE = "/*__HOLE__*/"


from verusbench.ledger import recordings_dir  # noqa: E402

RECORDINGS = recordings_dir()
if RECORDINGS is not None:
    # the judge scrubs the environment but passes FAKE_VERUS_* on to the double
    os.environ["FAKE_VERUS_RECORDINGS"] = str(RECORDINGS)

# The recording postcondition_fail/source.rs with the body of `inc` cut out: the wrong answer
# below assembles to exactly that file, so the double replays what real Verus printed.
needs_recordings = pytest.mark.skipif(
    RECORDINGS is None or not (RECORDINGS / "postcondition_fail" / "source.rs").is_file(),
    reason="no Verus recordings: set VERUSBENCH_RESULTS or FAKE_VERUS_RECORDINGS")

INC_CONTEXT = """use vstd::prelude::*;
verus! {
fn inc(a: u64) -> (r: u64)
    requires a < 100,
    ensures r == a + 2,
/*__HOLE__*/
}
"""
INC_RIGHT = "{\n    a + 2\n}"
INC_WRONG = "{\n    a + 1\n}"   # postcondition_fail's body (recorded: postcondition not satisfied)
MAX_CONTEXT = """use vstd::prelude::*;
verus! {
fn max(a: u64, b: u64) -> (r: u64)
    ensures r >= a, r >= b, r == a || r == b,
/*__HOLE__*/
}
"""
MAX_RIGHT = "{\n    if a >= b { a } else { b }\n}"

# A double that stands in for Verus's `by (compute)`: it evaluates the asserted expression
# of a generated negative-pair query (integers, arithmetic, comparisons, && and ||) and adds a
# fail marker when it is false; everything else goes to tests/fake_verus unchanged.
COMPUTE_DOUBLE = r'''#!/usr/bin/env python3
import ast, operator, os, re, sys
FAKE = %r
OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
       ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod, ast.Lt: operator.lt,
       ast.LtE: operator.le, ast.Gt: operator.gt, ast.GtE: operator.ge, ast.Eq: operator.eq,
       ast.NotEq: operator.ne}
def ev(n):
    if isinstance(n, ast.Expression): return ev(n.body)
    if isinstance(n, ast.Constant) and isinstance(n.value, int): return n.value
    if isinstance(n, ast.BinOp): return OPS[type(n.op)](ev(n.left), ev(n.right))
    if isinstance(n, ast.BoolOp):
        vals = [ev(v) for v in n.values]
        return all(vals) if isinstance(n.op, ast.And) else any(vals)
    if isinstance(n, ast.Compare):
        l = ev(n.left)
        for op, r in zip(n.ops, n.comparators):
            r = ev(r)
            if not OPS[type(op)](l, r): return False
            l = r
        return True
    raise ValueError(ast.dump(n))
args = sys.argv[1:]
path = next((a for a in args if a.endswith(".rs")), None)
if path:
    text = open(path, encoding="utf-8").read()
    m = re.search(r"assert\((.*)\) by \(compute\);", text)
    if m:
        e = re.sub(r"\bas \w+", "", m.group(1)).replace("&&", " and ").replace("||", " or ")
        e = e.replace("/", "//")
        if not ev(ast.parse(e, mode="eval")):
            with open(path, "a", encoding="utf-8") as f:
                f.write("// fake-verus: fail assertion failed\n")
os.execv(FAKE, [FAKE, *args])
'''


def compute_double(dirpath: Path) -> str:
    """Write the compute double into dirpath and return its path."""
    p = Path(dirpath) / "compute_verus"
    p.write_text(COMPUTE_DOUBLE % FAKE, encoding="utf-8")
    p.chmod(p.stat().st_mode | stat.S_IEXEC)
    return str(p)


def add_recorded_problems(sessionmaker) -> None:
    """The `inc` and `max` problems straight into the database (accepted)."""
    from verusbench.arena import db as D
    with sessionmaker() as s:
        for slug, ctx, ref, fn in (("inc", INC_CONTEXT, INC_RIGHT, "inc"),
                                   ("max", MAX_CONTEXT, MAX_RIGHT, "max")):
            s.add(D.Problem(slug=slug, title=f"{fn}", context=ctx, reference=ref,
                            target_fn=fn, signature=f"fn {fn}(..)", spec="", accepted=True,
                            license="MIT", description=f"Write `{fn}`."))
        s.commit()


def cli_env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


PY = sys.executable
