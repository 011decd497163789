"""Scoring: predictions -> integrity -> candidate files -> Verus -> pass@k and breakdowns.

One sample passes when the integrity check accepts it and Verus verifies the assembled
candidate file. Task A's passing specs are further graded against the reference spec by
Verus-checked implications (`grade_spec`), reported as `spec_equivalent@k`. Task C reports
the token edit size of each passing repair. Results from the test double are refused unless
the caller allows them, and then the report says so.
"""

from __future__ import annotations

import difflib
import glob
import json
import os
import statistics
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Iterable, Mapping, Sequence

from tqdm import tqdm

from . import constants as C
from . import integrity
from .records import TaskRow
from .syntax import tokenize

#: a prediction larger than this is refused before anything parses it
MAX_PREDICTION_BYTES = 1_000_000
STATUS_INPUT_ERROR = "input_error"        # a sample we could not even check (empty, binary, ..)
GRADES = ("equivalent", "stronger", "weaker", "incomparable", "ungraded")
TEST_DOUBLE_LABEL = ("TEST DOUBLE results (tests/fake_verus): these numbers test the harness; "
                     "they are NOT Verus pass rates")


class TestDoubleRefused(RuntimeError):
    """The verifier is the test double and the caller did not pass allow_test_double=True."""

    __test__ = False   # not a pytest test class, despite the name


# --------------------------------------------------------------------------- pass@k

def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased pass@k estimator of Chen et al. (2021) for n samples of which c are correct:

        pass@k = 1 - C(n - c, k) / C(n, k) = 1 - prod_{i = n-c+1}^{n} (1 - k / i)

    The product form avoids huge binomials. Requires 1 <= k <= n."""
    if not 1 <= k <= n:
        raise ValueError(f"pass@k needs 1 <= k <= n, got k={k}, n={n}")
    if n - c < k:
        return 1.0
    prod = 1.0
    for i in range(n - c + 1, n + 1):
        prod *= 1.0 - k / i
    return 1.0 - prod


def mean_pass_at_k(counts: Iterable[tuple[int, int]], ks: Sequence[int]) -> dict[str, Any]:
    """Mean pass@k over rows given (n, c) per row; a k is averaged over rows with n >= k."""
    counts = list(counts)
    out: dict[str, Any] = {}
    for k in ks:
        vals = [pass_at_k(n, c, k) for n, c in counts if n >= k]
        if vals:
            out[f"pass@{k}"] = sum(vals) / len(vals)
    return out


# --------------------------------------------------------------------------- inputs

def prediction_error(p: Any) -> str | None:
    """Why a prediction cannot be checked at all (None if it can)."""
    if isinstance(p, (bytes, bytearray)):
        try:
            p = bytes(p).decode("utf-8")
        except UnicodeDecodeError as e:
            return f"prediction is not UTF-8 text ({e.reason} at byte {e.start})"
    if not isinstance(p, str):
        return f"prediction must be a string, got {type(p).__name__}"
    try:
        size = len(p.encode("utf-8"))
    except UnicodeEncodeError:
        return "prediction is not valid UTF-8 text (it holds lone surrogates)"
    if size > MAX_PREDICTION_BYTES:
        return f"prediction is {size:,} bytes; the limit is {MAX_PREDICTION_BYTES:,}"
    if not p.strip():
        return "prediction is empty"
    if "\x00" in p:
        return "prediction looks binary (NUL bytes)"
    ctrl = sum(1 for ch in p if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if ctrl > max(8, len(p) // 20):
        return f"prediction looks binary ({ctrl} control characters)"
    return None


def as_text(p: Any) -> str:
    return bytes(p).decode("utf-8") if isinstance(p, (bytes, bytearray)) else p


def load_rows(data: str | os.PathLike | Iterable | Mapping, config: str | None = None,
              split: str = "test") -> dict[str, TaskRow]:
    """Rows by id from a build dir (Hub layout `data/<config>/<split>-*.parquet` or
    `.jsonl`), a Hub dataset id, or an iterable/mapping of rows."""
    if isinstance(data, Mapping):
        return {k: (v if isinstance(v, TaskRow) else TaskRow.from_dict(v)) for k, v in data.items()}
    if not isinstance(data, (str, os.PathLike)):
        rows = [r if isinstance(r, TaskRow) else TaskRow.from_dict(r) for r in data]
        return {r.id: r for r in rows}
    root = os.fspath(data)
    records: list[dict] = []
    if os.path.isdir(root):
        cfgs = [config] if config else sorted(
            os.path.basename(p) for p in glob.glob(os.path.join(root, "data", "*")))
        for cfg in cfgs:
            base = os.path.join(root, "data", cfg)
            pq = sorted(glob.glob(os.path.join(base, f"{split}-*.parquet")) +
                        glob.glob(os.path.join(base, f"{split}.parquet")))
            js = sorted(glob.glob(os.path.join(base, f"{split}*.jsonl")))
            if pq:
                import pyarrow.parquet as papq
                for f in pq:
                    records += papq.read_table(f).to_pylist()
            for f in js:
                with open(f, encoding="utf-8") as fh:
                    records += [json.loads(ln) for ln in fh if ln.strip()]
        if not records:
            raise FileNotFoundError(
                f"no rows for config {config!r}, split {split!r} under {root}/data/"
                f"{config or '*'}/ (expected {split}-*.parquet); is it a `verusbench build` dir?")
    elif os.path.isfile(root) and root.endswith((".jsonl", ".json")):
        with open(root, encoding="utf-8") as fh:
            records = [json.loads(ln) for ln in fh if ln.strip()]
    else:
        from datasets import load_dataset   # a Hub id; heavy import only here
        records = list(load_dataset(root, config, split=split))
    rows = [TaskRow.from_dict(r) for r in records]
    return {r.id: r for r in rows}


def read_predictions_jsonl(path: str | os.PathLike) -> tuple[list[tuple[str, list[Any]]], list[dict]]:
    """(id, predictions) per good line of a predictions JSONL, and one error per bad line."""
    entries: list[tuple[str, list[Any]]] = []
    errors: list[dict] = []
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            where = f"{os.fspath(path)}:{lineno}"
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                errors.append({"id": None, "line": lineno, "error": f"{where}: not UTF-8 "
                               f"({e.reason} at byte {e.start}); the line was skipped"})
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append({"id": None, "line": lineno, "error": f"{where}: malformed JSON "
                               f"({e.msg}); expected {{\"id\": ..., \"predictions\": [...]}}"})
                continue
            if (not isinstance(obj, dict) or not isinstance(obj.get("id"), str)
                    or not isinstance(obj.get("predictions"), list)):
                errors.append({"id": obj.get("id") if isinstance(obj, dict) else None,
                               "line": lineno, "error": f"{where}: expected an object with "
                               "\"id\" (string) and \"predictions\" (list of strings)"})
                continue
            entries.append((obj["id"], obj["predictions"]))
    return entries, errors


# --------------------------------------------------------------------------- samples

@dataclass
class Sample:
    row_id: str
    index: int
    task: str
    source: str
    status: str                       # constants.STATUS_* or STATUS_INPUT_ERROR
    passed: bool = False
    category: str | None = None       # failures: category of the first error
    message: str = ""
    violations: list[dict] = field(default_factory=list)
    mode: str = ""
    spec_grade: str | None = None     # A only
    edit_size: int | None = None      # C only
    wall_s: float = 0.0
    cached: bool = False


def token_edit_size(before: str, after: str) -> int:
    """Tokens inserted, deleted or replaced going from `before` to `after` (difflib
    opcodes over significant tokens; an upper bound on the token Levenshtein distance)."""
    a = [t.text for t in tokenize(before)]
    b = [t.text for t in tokenize(after)]
    sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    return sum(max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in sm.get_opcodes() if op != "equal")


# --------------------------------------------------------------------------- Task A grading

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


# --------------------------------------------------------------------------- scoring

def _first_category(result) -> tuple[str, str]:
    if result.status == C.STATUS_TIMEOUT:
        return "timeout", "wall-clock timeout"
    if result.status == C.STATUS_CRASHED:
        return "crashed", (result.notes[0] if result.notes else "verifier crashed")
    d = result.first_error()
    if d is None:
        return C.CAT_OTHER, f"{result.status} with no error diagnostic"
    return d.category or C.CAT_OTHER, d.message


def _group_pass(samples: list[Sample], key: Callable[[Sample], str], ks: Sequence[int],
                ok: Callable[[Sample], bool]) -> dict[str, dict[str, Any]]:
    by_row: dict[tuple[str, str], list[Sample]] = defaultdict(list)
    for s in samples:
        by_row[(key(s), s.row_id)].append(s)
    groups: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for (g, _), ss in by_row.items():
        groups[g].append((len(ss), sum(ok(s) for s in ss)))
    return {g: {"rows": len(v), "samples": sum(n for n, _ in v), **mean_pass_at_k(v, ks)}
            for g, v in sorted(groups.items())}


def score(rows: Mapping[str, TaskRow | dict] | Iterable, predictions: Iterable[tuple[str, list[Any]]],
          *, k: Sequence[int] = (1,), verus=None, workers: int | None = None,
          backend: str = "local", address: str | None = None, timeout_s: float = 120.0,
          rlimit: float = 10.0, cache=None, allow_test_double: bool = False,
          progress: bool = True, input_errors: Sequence[dict] = (), seed: int = 0,
          verify_fn: Callable | None = None) -> dict[str, Any]:
    """Score (row id, [prediction, ...]) pairs against rows; returns the JSON report.

    `verus` is a path, a verifier.VerusBinary or None (--verus / $VERUS_PATH / PATH).
    `verify_fn(jobs) -> results` replaces the verifier pool (tests)."""
    from .verifier import VerifyJob, find_verus, is_test_double, verify_many
    from .verifier.binary import VerusBinary

    rowmap = load_rows(rows)
    ks = sorted({int(x) for x in k})
    if not ks or ks[0] < 1:
        raise ValueError(f"k must be positive integers, got {list(k)}")
    vb = None
    identity: dict = {}
    if verify_fn is None:
        vb = verus if isinstance(verus, VerusBinary) else find_verus(verus)
        identity = vb.identity
        if is_test_double(identity) and not allow_test_double:
            raise TestDoubleRefused(
                f"{vb.path} is the test double (tests/fake_verus), not Verus; its results are "
                "refused. Point --verus / VERUS_PATH at a real Verus, or pass "
                "allow_test_double=True (--allow-test-double) to test the harness only.")

        def verify_fn(jobs):   # noqa: F811 - the default pool
            return verify_many(jobs, vb, workers=workers, backend=backend, address=address,
                               cache=cache, progress=progress)

    errors: list[dict] = [dict(e) for e in input_errors]
    samples: list[Sample] = []
    jobs: list[VerifyJob] = []
    job_of: list[tuple[Sample, integrity.IntegrityResult]] = []
    entries = list(predictions)
    total = sum(len(p) if isinstance(p, list) else 1 for _, p in entries)
    bar = tqdm(total=total, desc="integrity", unit="sample", disable=not progress)
    for row_id, preds in entries:
        row = rowmap.get(row_id)
        if row is None:
            errors.append({"id": row_id, "error": f"unknown row id {row_id!r}: not in the data "
                           "(wrong --data/--config/--split?); its predictions were skipped"})
            bar.update(len(preds) if isinstance(preds, list) else 1)
            continue
        if not isinstance(preds, list):
            errors.append({"id": row_id, "error": "predictions must be a list of strings"})
            bar.update(1)
            continue
        src = row.metadata.source
        for i, p in enumerate(preds):
            bar.update(1)
            s = Sample(row_id, i, row.task, src, STATUS_INPUT_ERROR)
            samples.append(s)
            err = prediction_error(p)
            if err:
                s.category, s.message = STATUS_INPUT_ERROR, err
                errors.append({"id": row_id, "sample": i, "error": err})
                continue
            try:
                ir = integrity.check(row, as_text(p), rlimit_cap=rlimit)
            except integrity.IntegrityInputError as e:
                s.category, s.message = STATUS_INPUT_ERROR, str(e)
                errors.append({"id": row_id, "sample": i, "error": str(e)})
                continue
            except Exception as e:   # a checker bug must not kill the evaluation
                msg = f"integrity check failed on this sample ({type(e).__name__}: {e})"
                s.category, s.message = STATUS_INPUT_ERROR, msg
                errors.append({"id": row_id, "sample": i, "error": msg})
                continue
            s.mode = ir.mode
            if not ir.ok:
                s.status = C.STATUS_INTEGRITY_REJECTED
                s.category = "integrity"
                s.violations = [asdict(v) for v in ir.violations]
                s.message = ir.violations[0].message
                continue
            jobs.append(VerifyJob(text=ir.assembled, name=f"{row_id}-{i}.rs", rlimit=rlimit,
                                  seed=seed, timeout_s=timeout_s))
            job_of.append((s, ir))
    bar.close()

    results = verify_fn(jobs) if jobs else []
    flags: list[str] = []
    for (s, ir), r in zip(job_of, results):
        identity = identity or r.verifier
        flags = flags or list(r.flags)
        if is_test_double(r.verifier) and not allow_test_double:
            raise TestDoubleRefused("a result came from the test double (tests/fake_verus); "
                                    "pass allow_test_double=True to accept it in tests")
        s.status, s.wall_s, s.cached = r.status, r.wall_s, r.cached
        s.passed = r.status == C.STATUS_VERIFIED
        if not s.passed:
            s.category, s.message = _first_category(r)
        elif s.task in (C.TASK_REPAIR, C.TASK_REPAIR_SYNTHETIC):
            s.edit_size = token_edit_size(rowmap[s.row_id].context, ir.assembled)

    # Task A: grade passing specs against the reference spec
    grade_jobs, grade_of = [], []
    for s, ir in job_of:
        if s.passed and s.task == C.TASK_SPEC:
            try:
                h = spec_harness(rowmap[s.row_id], ir.assembled)
            except Exception as e:   # grading is best effort; the pass stands
                s.spec_grade = "ungraded"
                s.message = f"spec grading skipped: {type(e).__name__}: {e}"
                continue
            if not h.text:
                s.spec_grade, s.message = "ungraded", h.reason
                continue
            grade_jobs.append(VerifyJob(text=h.text, name=f"{s.row_id}-{s.index}-spec.rs",
                                        rlimit=rlimit, seed=seed, timeout_s=timeout_s))
            grade_of.append((s, h))
    for (s, h), r in zip(grade_of, verify_fn(grade_jobs) if grade_jobs else []):
        s.spec_grade = grade_from_result(h, r)

    return build_report(samples, rowmap, ks, errors, identity, flags,
                        settings={"rlimit": rlimit, "timeout_s": timeout_s, "seed": seed,
                                  "backend": backend, "workers": workers})


def build_report(samples: list[Sample], rowmap: Mapping[str, TaskRow], ks: Sequence[int],
                 errors: list[dict], identity: dict, flags: list[str],
                 settings: dict | None = None) -> dict[str, Any]:
    """The JSON report: pass@k overall / by task / by source / by error category, integrity
    rejections by rule, the verifier identity, and per-sample rows."""
    from .verifier import describe_identity, is_test_double

    td = bool(identity) and is_test_double(identity)
    passed = lambda s: s.passed                                   # noqa: E731
    equiv = lambda s: s.passed and s.spec_grade == "equivalent"   # noqa: E731
    overall = _group_pass(samples, lambda s: "all", ks, passed).get("all", {"rows": 0, "samples": 0})
    by_task = _group_pass(samples, lambda s: s.task, ks, passed)
    by_source = _group_pass(samples, lambda s: s.source or "unknown", ks, passed)

    def row_cat(s: Sample) -> str:
        r = rowmap.get(s.row_id)
        return (r.metadata.error_category if r else "") or "none"
    by_category = _group_pass([s for s in samples if s.task in (C.TASK_REPAIR, C.TASK_REPAIR_SYNTHETIC)],
                              row_cat, ks, passed)
    a_samples = [s for s in samples if s.task == C.TASK_SPEC]
    spec_eq = _group_pass(a_samples, lambda s: "A", ks, equiv).get("A", {})
    rules: Counter[str] = Counter()
    for s in samples:
        for v in s.violations:
            rules[v["rule"]] += 1
    edits = [s.edit_size for s in samples if s.edit_size is not None]
    report: dict[str, Any] = {
        "label": TEST_DOUBLE_LABEL if td else "Verus pass rates",
        "verifier_is_test_double": td,
        "verifier": identity,
        "verifier_description": describe_identity(identity) if identity else "no job was verified",
        "flags": flags,
        "settings": settings or {},
        "k": list(ks),
        "rows": overall.get("rows", 0),
        "samples": len(samples),
        "pass_at_k": {key: v for key, v in overall.items() if key.startswith("pass@")},
        "spec_equivalent_at_k": {key.replace("pass@", "spec_equivalent@"): v
                                 for key, v in spec_eq.items() if key.startswith("pass@")},
        "by_task": by_task,
        "by_source": by_source,
        "by_category": by_category,
        "statuses": dict(Counter(s.status for s in samples)),
        "failures_by_category": dict(Counter(s.category or C.CAT_OTHER for s in samples
                                             if not s.passed).most_common()),
        "integrity_rejections": dict(rules.most_common()),
        "spec_grades": dict(Counter(s.spec_grade for s in a_samples if s.spec_grade)),
        "edit_size": ({"mean": statistics.fmean(edits), "median": statistics.median(edits),
                       "max": max(edits), "count": len(edits)} if edits else {}),
        "errors": errors,
        "results": [asdict(s) for s in samples],
    }
    return report
