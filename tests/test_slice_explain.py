"""explain's figures do not depend on PYTHONHASHSEED, and the slices are unchanged."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: three type/trait pairs: a target naming both a type and a trait its impl is of keeps the
#: impl by `type_impl` from whichever of the two it handled last (the order once followed a set)
CRATE = """use vstd::prelude::*;

verus! {

pub trait Shape {
    spec fn area(&self) -> nat;
}

pub struct Square {
    pub side: nat,
}

impl Shape for Square {
    spec fn area(&self) -> nat {
        self.side * self.side
    }
}

pub trait Named {
    spec fn label(&self) -> int;
}

pub struct Point {
    pub x: int,
    pub y: int,
}

impl Named for Point {
    spec fn label(&self) -> int {
        self.x + self.y
    }
}

pub trait Weighted {
    spec fn weight(&self) -> int;
}

pub struct Crate {
    pub mass: int,
}

impl Weighted for Crate {
    spec fn weight(&self) -> int {
        self.mass * 2
    }
}

pub open spec fn uses_square<T: Shape>(s: Square, t: T) -> bool {
    s.side > 0
}

pub open spec fn uses_point<U: Named>(p: Point, u: U) -> bool {
    p.x > p.y
}

pub open spec fn uses_crate<W: Weighted>(c: Crate, w: W) -> bool {
    c.mass > 1
}

pub open spec fn uses_all<T: Shape, U: Named, W: Weighted>(s: Square, p: Point, c: Crate) -> bool {
    s.side > 0 && p.x > 0 && c.mass > 0
}

} // verus!
"""

_RUN = """
import json, sys
from verusbench.slice import CrateGraph, explain, qualified_name, slice_fn
from verusbench.syntax import parse
pf = parse(open(sys.argv[1]).read())
assert not pf.diagnostics, pf.diagnostics
g = CrateGraph(pf)
print(json.dumps({qualified_name(it): [explain(g, it), slice_fn(pf, it).text]
                  for it in pf.walk() if it.kind == "fn"}, sort_keys=True))
"""

#: sha256 of the fixture's slice texts (json, sorted by fn) as the slicer wrote them before
#: explain's order was fixed (commit ee3ac26)
SLICES_SHA256 = "b149524bef6515d94694736366fbb448ffac06e0296278ebb5e49144f8f84b1a"


def _explain(path: Path, seed: str) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": seed,
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", _RUN, str(path)], env=env, capture_output=True,
                         text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout)


def test_explain_figures_do_not_depend_on_the_hash_seed(tmp_path):
    p = tmp_path / "shapes.rs"
    p.write_text(CRATE)
    runs = {seed: _explain(p, seed) for seed in ("0", "1", "3")}
    assert runs["0"] == runs["1"] == runs["3"]
    got = runs["0"]
    # names are handled in sorted order: Shape before Square and Named before Point (their impls
    # are reached through the struct, 6 tokens each), Crate before Weighted (through the trait)
    assert got["uses_all"][0] == {"ambient_use": [1, 7, 7], "name_struct": [3, 35, 35 + 12],
                                  "name_trait": [3, 15, 15 + 6], "target": [1, 52, 120],
                                  "type_impl": [3, 18, 18]}
    texts = {k: v[1] for k, v in got.items()}
    assert hashlib.sha256(json.dumps(texts, sort_keys=True).encode()).hexdigest() == SLICES_SHA256
    sq = texts["uses_square"]
    assert "impl Shape for Square" in sq and "pub struct Square" in sq
    assert "Point" not in sq and "Crate" not in sq and "self.side * self.side" not in sq
