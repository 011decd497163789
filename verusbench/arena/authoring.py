"""Problem authoring checks: a problem is a Verus file with one hole (a fn body), a reference
solution and negative input/output pairs. It is accepted when the file parses, its locked
parts are well-formed, the reference verifies, and the spec rejects every negative pair.

A negative pair is checked with a generated query file: the reference file plus

    proof fn arena_negative_check() {
        assert((REQUIRES) && (ENSURES)) by (compute);
    }

where the target fn's requires/ensures have its parameters replaced by the pair's input
values and its return name by the pair's output. Verus evaluates the assertion on these
concrete values; it must FAIL to verify (the spec says the output is wrong). A query that
verifies means the spec accepts the pair: the problem is rejected. Values are Rust/Verus
expressions; for primitive integer types they are cast (`(v as u64)`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from .. import constants as C
from ..integrity import IntegrityInputError, check, locate_target, scan_hatches
from ..syntax import parse, tokenize
from ..verifier import VerifyJob, VerusBinary, verify_many

_INT_TYPES = {"u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128",
              "isize", "int", "nat"}


@dataclass
class CheckReport:
    ok: bool = True
    checks: list[dict] = field(default_factory=list)
    target_fn: str = ""
    signature: str = ""
    spec: str = ""
    queries: list[str] = field(default_factory=list)   # the generated negative-pair files

    def add(self, name: str, ok: bool, detail: str = "") -> bool:
        self.checks.append({"name": name, "ok": ok, "detail": "" if ok else detail})
        self.ok = self.ok and ok
        return ok

    def to_dict(self) -> dict:
        d = asdict(self)
        d.pop("queries")
        return d


def split_top(text: str, sep: str = ",") -> list[str]:
    """Split at `sep` tokens outside brackets (values may hold `seq![1, 2]`)."""
    src = text.encode("utf-8")
    parts, depth, start = [], 0, 0
    for t in tokenize(text):
        if t.text in "([{":
            depth += 1
        elif t.text in ")]}":
            depth -= 1
        elif t.text == sep and depth == 0:
            parts.append(src[start:t.span[0]].decode())
            start = t.span[1]
    parts.append(src[start:].decode())
    return [p.strip() for p in parts if p.strip()]


def parse_pairs(text: str) -> list[dict]:
    """`x = 3, y = 4 => 7` per line into [{"input": {"x": "3", "y": "4"}, "output": "7"}]."""
    pairs = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        if "=>" not in line:
            raise ValueError(f"negative pair line {n}: expected `name = value, ... => output`")
        lhs, out = line.rsplit("=>", 1)
        inp = {}
        for part in split_top(lhs):
            name, eq, val = part.partition("=")
            if not eq or not name.strip().isidentifier() or not val.strip():
                raise ValueError(f"negative pair line {n}: `{part}` is not `name = value`")
            inp[name.strip()] = val.strip()
        pairs.append({"input": inp, "output": out.strip()})
    return pairs


def _substitute(expr: str, values: dict[str, str]) -> str:
    """Replace identifier tokens named in `values` (not field/path parts) by the values."""
    src = expr.encode("utf-8")
    toks = tokenize(expr)
    out, pos = [], 0
    for i, t in enumerate(toks):
        prev = toks[i - 1].text if i else ""
        nxt = toks[i + 1].text if i + 1 < len(toks) else ""
        if t.kind == "ident" and t.text in values and prev not in (".", "::") and nxt != "::":
            out.append(src[pos:t.span[0]].decode())
            out.append(values[t.text])
            pos = t.span[1]
    out.append(src[pos:].decode())
    return "".join(out)


def negative_query(reference_file: str, pref, rfn, pair: dict) -> str:
    """The query file for one negative pair (see the module docstring)."""
    def typed(val: str, ty: str) -> str:
        return f"({val} as {ty})" if ty in _INT_TYPES else f"({val})"

    values = {}
    names = {p.name for p in rfn.params}
    missing = names - set(pair["input"])
    extra = set(pair["input"]) - names
    if missing or extra:
        raise ValueError(f"inputs must name exactly the parameters {sorted(names)}"
                         + (f"; missing {sorted(missing)}" if missing else "")
                         + (f"; unknown {sorted(extra)}" if extra else ""))
    for p in rfn.params:
        ty = pref.text(p.type_span).strip() if p.type_span else ""
        values[p.name] = typed(pair["input"][p.name], ty)
    if rfn.ret_name:
        rty = pref.text(rfn.ret).split(":", 1)[-1].strip().rstrip(")").strip() if rfn.ret else ""
        values[rfn.ret_name] = typed(pair["output"], rty)
    conj = []
    for cl in rfn.clauses:
        if cl.kind in ("requires", "ensures"):
            conj += [f"({_substitute(pref.text(e), values)})" for e in cl.exprs]
    expr = " && ".join(conj) or "true"
    query = ("\nproof fn arena_negative_check() {\n"
             f"    assert({expr}) by (compute);\n}}\n")
    src = reference_file.encode("utf-8")
    regions = [r for r in pref.regions if r.kind == "verus"]
    end = regions[-1].span[1]
    return (src[:end] + query.encode() + src[end:]).decode("utf-8")


def check_problem(context: str, reference: str, negatives: list[dict], verus: VerusBinary,
                  timeout_s: float = 120.0) -> CheckReport:
    """Run every authoring check; the report says which passed and why others did not."""
    rep = CheckReport()
    if not rep.add("one hole", context.count(C.HOLE) == 1,
                   f"the file must hold exactly one {C.HOLE} (found {context.count(C.HOLE)})"):
        return rep
    ref_file = context.replace(C.HOLE, reference, 1)
    pf = parse(ref_file, "problem.rs")
    diag = "; ".join(f"line {d.line}: {d.message}" for d in pf.diagnostics[:5])
    if not rep.add("parses", pf.ok and any(r.kind == "verus" for r in pf.regions),
                   diag or ("no verus! { .. } block" if pf.ok else "")):
        return rep
    row = {"id": "upload", "task": C.TASK_CODE, "context": context, "target": reference,
           "reference_file": ref_file, "prompt": "", "completion": "", "messages": [],
           "metadata": {"source": "arena", "repo": "", "commit": "", "path": "problem.rs",
                        "license": "", "role": "benchmark_task", "verus_version": "",
                        "verified": C.VERIFIED_UNCHECKED}}
    try:
        ref, pref, rfn = locate_target(row)
    except IntegrityInputError as e:
        rep.add("locked parts", False, str(e))
        return rep
    rep.target_fn = rfn.name
    rep.signature = pref.text(rfn.signature) if rfn.signature else ""
    rep.spec = "\n".join(pref.text(c.span) for c in rfn.clauses)
    body_ok = rfn.body is not None and pref.text(rfn.body).strip() == reference.strip()
    has_spec = any(c.kind == "ensures" for c in rfn.clauses)
    hatches = scan_hatches(context.replace(C.HOLE, "{}"))
    ok = rep.add("locked parts", body_ok and has_spec and not hatches,
                 "" if body_ok and has_spec and not hatches else
                 ("the hole must be the whole body `{ .. }` of one fn" if not body_ok else
                  f"`{rfn.name}` has no ensures clause (nothing to check against)" if not has_spec
                  else f"the locked file has an escape hatch at line {hatches[0].line}: "
                       f"{hatches[0].rule}"))
    ir = check(row, reference)
    ok = rep.add("reference keeps the trust protocol", ir.ok,
                 "; ".join(v.message for v in ir.violations)) and ok
    if not ok:
        return rep
    jobs = [VerifyJob(text=ref_file, name="reference.rs", timeout_s=timeout_s)]
    for k, pair in enumerate(negatives):
        try:
            q = negative_query(ref_file, pref, rfn, pair)
        except (ValueError, KeyError, TypeError) as e:
            rep.add(f"negative pair {k + 1}", False, f"malformed pair: {e}")
            return rep
        rep.queries.append(q)
        jobs.append(VerifyJob(text=q, name=f"negative_{k + 1}.rs", timeout_s=timeout_s))
    results = verify_many(jobs, verus, workers=2, progress=False)
    r0 = results[0]
    first = r0.first_error()
    rep.add("reference verifies", r0.status == C.STATUS_VERIFIED,
            f"{r0.status}" + (f": line {first.line}: {first.message}" if first else ""))
    for k, r in enumerate(results[1:], 1):
        if r.status == C.STATUS_FAILED:
            rep.add(f"negative pair {k} rejected by the spec", True)
        elif r.status == C.STATUS_VERIFIED:
            rep.add(f"negative pair {k} rejected by the spec", False,
                    "the spec ACCEPTS this input/output pair (its `by (compute)` query "
                    "verified): strengthen the spec or fix the pair")
        else:
            e = r.first_error()
            rep.add(f"negative pair {k} rejected by the spec", False,
                    f"the query did not run cleanly ({r.status}"
                    + (f": {e.message}" if e else "") + "); check the values' types")
    if not negatives:
        rep.add("negative pairs", False, "give at least one negative input/output pair")
    return rep
