"""Task A spec grading: an implication harness per candidate spec, checked by Verus, and
the grade (equivalent / stronger / weaker / incomparable) read from its failing lemmas."""

from __future__ import annotations

from dataclasses import dataclass

from .. import constants as C
from .. import integrity
from ..records import TaskRow
from ..syntax import tokenize

GRADES = ("equivalent", "stronger", "weaker", "incomparable", "ungraded")
#: a grade whose harness has no Verus result yet (ledger scoring)
GRADE_PENDING = "pending"

@dataclass
class SpecHarness:
    text: str
    lemmas: dict[str, tuple[int, int]]   # lemma -> (first line, last line)
    reason: str = ""                      # why no harness could be built ("" if built)


_LEMMAS = ("pre_ref_implies_pred", "post_pred_implies_ref", "pre_pred_implies_ref",
           "post_ref_implies_pred")


def _exprs(src: bytes, fn, kind: str) -> list[str]:
    return [src[s:e].decode("utf-8", "surrogateescape").strip().rstrip(",")
            for c in fn.clauses if c.kind == kind for s, e in c.exprs]


def _rename_ident(text: str, old: str, new: str) -> str:
    if not old or old == new:
        return text
    b = text.encode("utf-8", "surrogateescape")
    out, pos = [], 0
    for t in tokenize(b):
        if t.kind == "ident" and t.text == old:
            out.append(b[pos:t.span[0]])
            out.append(new.encode())
            pos = t.span[1]
    out.append(b[pos:])
    return b"".join(out).decode("utf-8", "surrogateescape")


def _ret_type(src: bytes, fn) -> str | None:
    """The return type of `-> (r: T)` / `-> T` ('' for no return, None if unreadable)."""
    if fn.ret is None:
        return ""
    text = src[fn.ret[0]:fn.ret[1]].decode("utf-8", "surrogateescape").strip()
    if text.startswith("->"):
        text = text[2:].strip()
    if fn.ret_name and text.startswith("(") and text.endswith(")"):
        inner = text[1:-1].strip()
        for pre in ("tracked ", "ghost "):
            if inner.startswith(pre):
                inner = inner[len(pre):].strip()
        if inner.startswith(fn.ret_name):
            inner = inner[len(fn.ret_name):].strip()
            if inner.startswith(":"):
                return inner[1:].strip()
        return None
    return text


def spec_harness(row: TaskRow | dict, candidate: str) -> SpecHarness:
    """A file with four proof fns whose verification decides how the candidate's spec of
    the target fn relates to the reference spec (requires R, ensures E):

    pre_ref_implies_pred:  requires R_ref ensures R_pred
    post_pred_implies_ref: requires R_ref, E_pred ensures E_ref
    pre_pred_implies_ref:  requires R_pred ensures R_ref
    post_ref_implies_pred: requires R_pred, E_ref ensures E_pred
    """
    row = row if isinstance(row, TaskRow) else TaskRow.from_dict(row)
    ref, pref, rfn = integrity.locate_target(row)
    cand = candidate.encode("utf-8", "surrogateescape")
    pc = integrity._parse(cand, "candidate.rs")
    cfn = integrity.find_counterpart(pref, rfn, pc)
    if cfn is None:
        return SpecHarness("", {}, "the target fn is missing from the candidate")
    params = [ref[p.span[0]:p.span[1]].decode("utf-8", "surrogateescape") for p in rfn.params]
    if any("&mut" in p.replace(" ", "") for p in params):
        return SpecHarness("", {}, "fns with &mut parameters are not graded yet (old(..) state)")
    ret_t = _ret_type(ref, rfn)
    if ret_t is None:
        return SpecHarness("", {}, "return type could not be read")
    if rfn.ret_name and ret_t:
        params.append(f"{rfn.ret_name}: {ret_t}")
    r_ref, e_ref = _exprs(ref, rfn, "requires"), _exprs(ref, rfn, "ensures")
    r_pred, e_pred = _exprs(cand, cfn, "requires"), _exprs(cand, cfn, "ensures")
    if cfn.ret_name and rfn.ret_name and cfn.ret_name != rfn.ret_name:
        e_pred = [_rename_ident(e, cfn.ret_name, rfn.ret_name) for e in e_pred]
    gen = ref[rfn.generics[0]:rfn.generics[1]].decode("utf-8", "surrogateescape") if rfn.generics else ""
    sig = f"{gen}({', '.join(params)})"

    def lemma(name: str, req: list[str], ens: list[str]) -> str:
        lines = [f"proof fn __verusbench_{name}{sig}"]
        if req:
            lines.append("    requires")
            lines += [f"        ({e})," for e in req]
        if ens:
            lines.append("    ensures")
            lines += [f"        ({e})," for e in ens]
        lines.append("{\n}")
        return "\n".join(lines)

    bodies = {
        "pre_ref_implies_pred": lemma("pre_ref_implies_pred", r_ref, r_pred),
        "post_pred_implies_ref": lemma("post_pred_implies_ref", r_ref + e_pred, e_ref),
        "pre_pred_implies_ref": lemma("pre_pred_implies_ref", r_pred, r_ref),
        "post_ref_implies_pred": lemma("post_ref_implies_pred", r_pred + e_ref, e_pred),
    }
    end = rfn.span[1]
    head = ref[:end].decode("utf-8", "surrogateescape")
    tail = ref[end:].decode("utf-8", "surrogateescape")
    line = head.count("\n") + 1
    pieces, spans = [], {}
    for name in _LEMMAS:
        text = "\n\n" + bodies[name]
        first = line + 2
        line += text.count("\n")
        spans[name] = (first, line)
        pieces.append(text)
    return SpecHarness(head + "".join(pieces) + tail, spans)


def grade_from_failures(failed: set[str]) -> str:
    """Grade from the set of lemmas that did not verify."""
    stronger_eq = not ({"pre_ref_implies_pred", "post_pred_implies_ref"} & failed)
    weaker_eq = not ({"pre_pred_implies_ref", "post_ref_implies_pred"} & failed)
    if stronger_eq and weaker_eq:
        return "equivalent"
    if stronger_eq:
        return "stronger"
    if weaker_eq:
        return "weaker"
    return "incomparable"


def grade_from_result(h: SpecHarness, result) -> str:
    """Grade from the verification result of a harness file."""
    if result.status == C.STATUS_VERIFIED:
        return "equivalent"
    if result.status != C.STATUS_FAILED:
        return "ungraded"
    failed: set[str] = set()
    for d in result.error_diagnostics:
        hit = [n for n, (a, b) in h.lemmas.items() if d.line is not None and a <= d.line <= b]
        if not hit:
            return "ungraded"     # an error outside the lemmas: the harness itself is broken
        failed.update(hit)
    return grade_from_failures(failed) if failed else "ungraded"



def harness_for(row: TaskRow, candidate: str) -> SpecHarness:
    """`spec_harness`, with a failure to build one turned into its reason (grading is best
    effort: the candidate's pass stands either way)."""
    try:
        return spec_harness(row, candidate)
    except Exception as e:
        return SpecHarness("", {}, f"spec grading skipped: {type(e).__name__}: {e}")
