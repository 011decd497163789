"""The builder as a pipeline: `STAGES` lists the stages of `verusbench build` in data-flow order.

A stage is a function (BuildContext, input) -> output, its input the previous stage's output
dataclass; every output carries forward what later stages need, and `report`, the stage's
figures for BUILD_REPORT.json. `run` feeds each stage to the next once, timing each.
"""

from __future__ import annotations

import dataclasses
import hashlib
import multiprocessing as mp
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from verusbench import DATASET_VERSION
from verusbench import build as B
from verusbench import constants as C
from verusbench.records import TaskRow
from verusbench.syntax.model import ParsedFile
from verusbench.units import Unit


# --- what every stage may read -------------------------------------------------------

@dataclass
class BuildContext:
    """The options, the Verus binary (None: none) and the ledger (None: none) of one build."""
    opts: B.BuildOptions
    verifier: Any = None
    ledger: Any = None

    @classmethod
    def open(cls, opts: B.BuildOptions) -> "BuildContext":
        """Resolve `--verus` and load the ledgers (both refuse a test double unless allowed)."""
        return cls(opts=opts, verifier=B.resolve_verifier(opts), ledger=B.load_ledger(opts))

    @property
    def ledger_is_test_double(self) -> bool:
        from verusbench.verifier.binary import is_test_double
        led = self.ledger
        return bool(led is not None and led.identity and is_test_double(led.identity))


# --- the data between stages ----------------------------------------------------------

@dataclass
class Loaded:
    """load -> parse: the corpus records sorted by what they become."""
    unit_records: list[Any]                  # files that may hold units (corpus order, --limit applied)
    repair_chains: list[Any]                 # AutoVerus repair chains (role repair_chain)
    llm_artifacts: list[Any]                 # vericoding runs (role llm_artifact)
    benchmark_ngrams: dict[str, set[int]]    # benchmark source -> 13-gram hashes of its files
    upgrades: dict[tuple[str, str], dict]    # (source, path) -> upgrade metadata
    report: dict = field(default_factory=dict)
    #: (source, repo, commit) -> every .rs file of its project/library/example roles (inlining)
    crate_records: dict[tuple[str, str, str], list[Any]] = field(default_factory=dict)


@dataclass
class ParsedSource:
    """One unit file and its syntax tree."""
    record: Any
    tree: ParsedFile


@dataclass
class Parsed:
    """parse -> units: the unit files the parser handled, in corpus order."""
    files: list[ParsedSource]
    repair_chains: list[Any]
    llm_artifacts: list[Any]
    benchmark_ngrams: dict[str, set[int]]
    upgrades: dict[tuple[str, str], dict]
    report: dict = field(default_factory=dict)
    crate_records: dict[tuple[str, str, str], list[Any]] = field(default_factory=dict)


@dataclass
class Units:
    """units -> inline -> slice -> tasks: the units of each file (files without units left out),
    in corpus order; after `slice`, a unit's `text` is its minimized context."""
    files: list[list[Unit]]
    repair_chains: list[Any]
    llm_artifacts: list[Any]
    benchmark_ngrams: dict[str, set[int]]
    upgrades: dict[tuple[str, str], dict]
    report: dict = field(default_factory=dict)
    crate_records: dict[tuple[str, str, str], list[Any]] = field(default_factory=dict)
    inlined: dict[tuple[str, str, str], Any] = field(default_factory=dict)   # inline: group -> minimize.InlinedGroup
    slices: list[tuple[str, dict]] = field(default_factory=list)           # slice: slices the ledger lacks

    @property
    def all_units(self) -> list[Unit]:
        return [u for us in self.files for u in us]


@dataclass
class Rows:
    """tasks -> verify -> integrity -> dedup: task rows, each with its clustering owner key."""
    rows: list[TaskRow]
    owners: list[str]                        # a unit's key, `...:syn` / `...:att` for synthetic / model-attempt C, `r:<id>` for repair
    units: list[Unit]                        # every unit (dedup and split count them too)
    benchmark_ngrams: dict[str, set[int]]
    upgrades: dict[tuple[str, str], dict]
    report: dict = field(default_factory=dict)
    slices: list[tuple[str, dict]] = field(default_factory=list)


@dataclass
class Clustered:
    """dedup -> split: rows plus the near-duplicate cluster of every owner."""
    rows: list[TaskRow]
    owners: list[str]
    units: list[Unit]
    cluster_of: dict[str, str]               # owner key -> cluster id
    benchmark_ngrams: dict[str, set[int]]
    report: dict = field(default_factory=dict)
    slices: list[tuple[str, dict]] = field(default_factory=list)
    #: (a, b): a's rows show b's fn, b not in a's cluster (a whole-file unit and a sliced
    #: unit of its file): a's cluster may be no less held out than b's
    shows: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Dataset:
    """split -> decontaminate -> write: config -> split -> row dicts."""
    data: dict[str, dict[str, list[dict]]]
    benchmark_ngrams: dict[str, set[int]]
    report: dict = field(default_factory=dict)
    slices: list[tuple[str, dict]] = field(default_factory=list)


#: roles whose units are minimized: files cut from multi-file crates (benchmark programs,
#: LLM solutions and the demo are self-contained already)
SLICE_ROLES = (C.ROLE_PROJECT, C.ROLE_LIBRARY, C.ROLE_EXAMPLE)
MINIMIZE_MODES = ("slice", "none")


def unit_key(u: Unit) -> str:
    """A unit's owner key for clustering."""
    return f"u:{u.source}:{u.path}:{u.fn_name}:{u.fn.span[0]}"


def _attempts_on(opts: B.BuildOptions) -> bool:
    """The build makes C rows from model attempts (stores given, config repair built)."""
    return bool(opts.attempts) and C.TASK_REPAIR in opts.configs


def _stable_take(units: list[Unit], k: int) -> list[Unit]:
    """The first k units (the per-file cap): units with a minimized context (slice, client
    form, reduction) first, the dataset's self-contained kind, then those that keep their
    whole file; each group in a stable hash order."""
    return sorted(units, key=lambda u: (u.minimized == "none", hashlib.sha256(f"{u.path}\x00{u.fn_name}\x00{u.fn.span[0]}".encode()).hexdigest()))[:k]


# --- the stages ---------------------------------------------------------------------

def load(ctx: BuildContext, _: None = None) -> Loaded:
    """Read the corpus; skip records without a licence; upgrade Verus-Bench references the
    ledger says fail; collect benchmark 13-grams; sort records into unit files and repair traces."""
    from verusbench.corpus import CorpusError, iter_corpus
    from verusbench.dedup import ngram_set
    from verusbench.units import file_is_unit_source

    opts, led = ctx.opts, ctx.ledger
    upgrades: dict[tuple[str, str], dict] = {}
    upgrade_stats: Counter = Counter()
    skipped: list[dict] = []
    errors: list[CorpusError] = []
    not_units: Counter = Counter()
    unit_recs: list[Any] = []
    av_recs: list[Any] = []
    vc_recs: list[Any] = []
    bench_grams: dict[str, set[int]] = defaultdict(set)
    records_seen: Counter = Counter()
    per_source_limit: Counter = Counter()
    crate_recs: dict[tuple[str, str, str], list[Any]] = defaultdict(list)
    for rec in B._progress(iter_corpus(opts.corpus, sources=opts.sources, errors=errors), None,
                           "load", opts.progress, unit="rec"):
        records_seen[rec.source] += 1
        if not (rec.license or "").strip():
            skipped.append({"source": rec.source, "path": rec.path, "reason": "no license",
                            "detail": "record has an empty license: add its SPDX id to the source's manifest entry"})
            continue
        original_text = rec.text
        up = B.upgrade_record(rec, led, upgrade_stats) if opts.upgrade else None
        if up is not None:
            upgrades[(rec.source, rec.path)] = up
        if rec.role in B.BENCHMARK_ROLES and rec.path.endswith(".rs"):
            bench_grams[rec.source] |= ngram_set(rec.text, B.DECONTAM_N)
            if up is not None:   # copies of the pre-upgrade file count as contamination too
                bench_grams[rec.source] |= ngram_set(original_text, B.DECONTAM_N)
        if rec.role in SLICE_ROLES and rec.path.endswith(".rs"):
            crate_recs[(rec.source, rec.repo, rec.commit)].append(rec)   # every file: modules inline
        if rec.role == C.ROLE_REPAIR_CHAIN and C.TASK_REPAIR in opts.configs:
            av_recs.append(rec)
            continue
        if rec.role == C.ROLE_LLM_ARTIFACT and C.TASK_REPAIR in opts.configs:
            vc_recs.append(rec)
            continue
        ok, why = file_is_unit_source(rec)
        if not ok:
            if rec.role in (C.ROLE_EXAMPLE, C.ROLE_BENCHMARK, C.ROLE_LIBRARY, C.ROLE_PROJECT,
                            C.ROLE_LLM_SOLUTION, C.ROLE_DEMO) and rec.path.endswith(".rs"):
                skipped.append({"source": rec.source, "path": rec.path, "reason": why, "detail": ""})
            else:
                not_units[f"{rec.source}:{rec.role}"] += 1
            continue
        if len(rec.text.encode("utf-8", "surrogateescape")) > B.MAX_UNIT_FILE_BYTES:
            skipped.append({"source": rec.source, "path": rec.path, "reason": "file too large",
                            "detail": f"over {B.MAX_UNIT_FILE_BYTES} bytes"})
            continue
        if opts.limit is not None and per_source_limit[rec.source] >= opts.limit:
            continue
        per_source_limit[rec.source] += 1
        unit_recs.append(rec)
    for e in errors:
        skipped.append({"source": "", "path": e.file, "reason": "corpus read error", "detail": str(e)})
    report = {"sources": dict(records_seen), "not_unit_sources": dict(not_units), "skipped": skipped,
              "upgrade": {**dict(upgrade_stats), "files": len(upgrades),
                          "upgraded": [dict(u) for u in upgrades.values()]}}
    return Loaded(unit_records=unit_recs, crate_records=dict(crate_recs), repair_chains=av_recs, llm_artifacts=vc_recs,
                  benchmark_ngrams=bench_grams, upgrades=upgrades, report=report)


def parse(ctx: BuildContext, inp: Loaded) -> Parsed:
    """Parse every unit file (worker processes); a file the parser cannot handle is skipped."""
    recs = inp.unit_records
    trees: dict[int, ParsedFile] = {}
    skipped: list[dict] = []
    failed: dict[int, str] = {}
    for idx, pf, err in B._parse_all(recs, ctx.opts.workers, ctx.opts.progress):
        if err:
            failed[idx] = err
        else:
            pf.source = recs[idx].text.encode("utf-8", "surrogateescape")  # workers send no text back
            trees[idx] = pf
    for idx in sorted(failed):
        skipped.append({"source": recs[idx].source, "path": recs[idx].path,
                        "reason": "parser could not handle the file", "detail": failed[idx]})
    files = [ParsedSource(recs[i], trees[i]) for i in sorted(trees)]
    return Parsed(files=files, crate_records=inp.crate_records, repair_chains=inp.repair_chains, llm_artifacts=inp.llm_artifacts,
                  benchmark_ngrams=inp.benchmark_ngrams, upgrades=inp.upgrades,
                  report={"skipped": skipped})


def units(ctx: BuildContext, inp: Parsed) -> Units:
    """Cut each parsed file into units (exec/proof fns with a spec or proof and no escape hatch)."""
    from verusbench.units import extract_units
    files: list[list[Unit]] = []
    skipped: list[dict] = []
    dropped_fns: Counter = Counter()
    for ps in inp.files:
        us, dropped = extract_units(ps.record, ps.tree)
        for _, why in dropped:
            dropped_fns[why] += 1
        if not us:
            skipped.append({"source": ps.record.source, "path": ps.record.path, "reason": "no units",
                            "detail": "no exec/proof fn with a spec or proof and no escape hatch"})
            continue
        files.append(us)
    out = Units(files=files, repair_chains=inp.repair_chains, llm_artifacts=inp.llm_artifacts,
                benchmark_ngrams=inp.benchmark_ngrams, upgrades=inp.upgrades,
                crate_records=inp.crate_records)
    every = out.all_units
    out.report = {"units": len(every), "unit_files": len(files),
                  "units_by_source": dict(Counter(u.source for u in every)),
                  "fns_dropped": dict(dropped_fns), "skipped": skipped}
    return out


def inline(ctx: BuildContext, inp: Units) -> Units:
    """Inline every multi-file crate of the (source, repo, commit) groups that hold units of
    SLICE_ROLES into one file per crate root (`mod foo;` bodies in place); problems reported."""
    from verusbench.minimize import inline_group
    if ctx.opts.minimize == "none":
        return dataclasses.replace(inp, report={"inline": {"mode": "none"}})
    wanted = {(u.source, u.repo, u.commit) for us in inp.files for u in us[:1] if u.role in SLICE_ROLES}
    inlined: dict[tuple[str, str, str], Any] = {}
    problems: Counter = Counter()
    errors: list[dict] = []
    crates = 0
    for key in B._progress(sorted(wanted), len(wanted), "inline", ctx.opts.progress, unit="repo"):
        g = inline_group(inp.crate_records.get(key, []))
        inlined[key] = g
        crates += len(g.crates)
        for ps in g.inline_problems.values():
            for pr in ps:
                problems[pr.kind] += 1
        if g.inline_error:
            errors.append({"source": key[0], "path": key[1], "reason": "crate does not inline",
                           "detail": g.inline_error + "; its units are sliced within their own files"})
    report = {"inline": {"groups": len(inlined), "crates": crates, "problems": dict(problems),
                         "groups_not_inlined": len(errors)}, "skipped": errors}
    return dataclasses.replace(inp, inlined=inlined, report=report)


#: the slice stage's jobs, set before the worker processes fork (they inherit it: no pickling
#: of crates and units on the way in, only the slices come back)
_SLICE_JOBS: list[tuple[tuple[str, str, str], Any, dict[str, list[Unit]], frozenset[str], bool]] = []
SLICE_CHUNK_FILES = 24


def _slice_job(i: int):
    from verusbench.minimize import slice_group
    key, g, by_path, full, contracts = _SLICE_JOBS[i]
    # only_smaller: a slice no smaller than its file is not used (see slice()), so its
    # closure stops there; these are the largest closures, most of the stage's time
    # (`full`: files sliced whole all the same, with --big-slices)
    res = slice_group(g, by_path, only_smaller=True, full_paths=full, contracts=contracts)
    return {(key, path): got for path, got in res.by_path.items()}, res.client_reasons


def _slice_all(jobs: list, workers: int, progress: bool) -> tuple[dict[tuple, list], Counter]:
    """slice_group over every (group, files) job, in forked worker processes when workers > 1;
    chunks of one group share its crates (parsed once per worker). Also the reasons library
    units got no client form."""
    global _SLICE_JOBS
    out: dict[tuple, list] = {}
    why: Counter = Counter()
    _SLICE_JOBS = jobs
    try:
        if workers > 1 and len(jobs) > 1 and "fork" in mp.get_all_start_methods():
            with mp.get_context("fork").Pool(workers) as pool:
                it = pool.imap_unordered(_slice_job, range(len(jobs)))
                for by_path, reasons in B._progress(it, len(jobs), "slice", progress, unit="chunk"):
                    out.update(by_path)
                    why.update(reasons)
        else:
            for i in B._progress(range(len(jobs)), len(jobs), "slice", progress, unit="chunk"):
                by_path, reasons = _slice_job(i)
                out.update(by_path)
                why.update(reasons)
    finally:
        _SLICE_JOBS = []
    return out, why


def slice(ctx: BuildContext, inp: Units) -> Units:  # noqa: A001 - named after its stage; no builtin slice() here
    """Slice each SLICE_ROLES unit to its fn plus the closure of what it mentions; a slice no
    smaller than the unit's file is not used. The ledger decides the context: a verified slice;
    else the whole file if it verified; else the slice (unchecked until a ledger answers); a
    unit whose slice and file both fail is dropped."""
    from verusbench.ledger import text_sha256
    from verusbench.minimize import NOT_SMALLER, unit_from_slice
    from verusbench.slice import code_tokens
    led, mode = ctx.ledger, ctx.opts.minimize
    per_source: dict[str, Counter] = defaultdict(Counter)
    reasons: Counter = Counter()
    before: dict[str, list[int]] = defaultdict(list)
    after: dict[str, list[int]] = defaultdict(list)
    pending: list[tuple[str, dict]] = []
    pending_seen: set[str] = set()
    skipped: list[dict] = []
    status_cache: dict[int, str | None] = {}
    reductions: dict = {}
    if ctx.opts.reductions:
        from verusbench.reduce import load_reductions
        dirs = [ctx.opts.reductions] if isinstance(ctx.opts.reductions, str) else ctx.opts.reductions
        for d in dirs:       # one `verusbench reduce` folder per reduced pending folder
            reductions.update(load_reductions(d))

    def status(text: str) -> str | None:
        if led is None:
            return None
        k = id(text)
        if k not in status_cache:
            status_cache[k] = led.status_of(text)
        return status_cache[k]

    members: dict[tuple, frozenset[str]] = {}

    def crate_files(u: Unit, root: str) -> frozenset[str]:
        """The paths of the crate `root` of u's group (u's own file for a lone file or a
        client form): what a slice cut from it may hold."""
        key = (u.source, u.repo, u.commit, root)
        if key not in members:
            owners = inp.inlined[key[:3]].owners
            members[key] = frozenset(p for p, crs in owners.items() if any(c.root == root for c in crs)) | {u.path}
        return members[key]

    def as_context(ch, u: Unit, how: str) -> Unit:
        """`u` with the slice (or its reduction) `ch` as its file; `how`: metadata.minimized."""
        nu = unit_from_slice(ch, u)
        nu.minimized, nu.context_tokens, nu.slice_of, nu.original_text = how, ch.context_tokens, ch.crate_root, u.text
        nu.slice_files = crate_files(u, ch.crate_root)
        return nu

    def reduced(ch, u: Unit):
        """`ch` as its Verus-guided reduction (`--reductions`), when the reduction's own text
        verified too (its ledger) and still holds the unit's fn; else None."""
        red = reductions.get((text_sha256(ch.text), u.fn_name))
        if red is None or status(red.text) != C.STATUS_VERIFIED or u.fn_text() not in red.text:
            return None
        at = red.text.encode("utf-8", "surrogateescape").find(u.fn_text().encode("utf-8", "surrogateescape"))
        fn_len = u.fn.span[1] - u.fn.span[0]
        return dataclasses.replace(ch, text=red.text, fn_span=(at, at + fn_len),
                                   context_tokens=code_tokens(red.text), proof_fns=None)

    def export(ch, u: Unit, f_status: str | None, **extra) -> None:
        """A slice the ledger lacks goes to the pending list (once per text)."""
        sha = text_sha256(ch.text)
        if sha not in pending_seen:
            pending_seen.add(sha)
            pending.append((ch.text, {"source": u.source, "repo": u.repo, "commit": u.commit,
                                      "path": u.path, "target_fn": u.fn_name, "crate_root": ch.crate_root,
                                      "context_tokens": ch.context_tokens, "whole_tokens": ch.whole_tokens,
                                      "file_status": f_status or "not_in_ledger", **extra}))

    jobs_by_group: dict[tuple[str, str, str], list[list[Unit]]] = defaultdict(list)
    if mode != "none":
        for us in inp.files:
            u0 = us[0]
            if u0.role in SLICE_ROLES and (u0.source, u0.repo, u0.commit) in inp.inlined:
                jobs_by_group[(u0.source, u0.repo, u0.commit)].append(us)
    # --big-slices: a unit whose file fails alone (the ledger says so) keeps its whole closure,
    # however big: if that slice verifies, it is the unit's only standalone context
    fails_alone = (C.STATUS_COMPILE_ERROR, C.STATUS_FAILED)
    full = frozenset(us[0].path for fs in jobs_by_group.values() for us in fs
                     if ctx.opts.big_slices and status(us[0].text) in fails_alone)
    contracts = mode == "contracts"
    how_sliced = "contracts" if contracts else "sliced"     # metadata.minimized of a sliced context
    jobs = [(key, inp.inlined[key], {us[0].path: us for us in fs[i:i + SLICE_CHUNK_FILES]}, full, contracts)
            for key, fs in sorted(jobs_by_group.items()) for i in range(0, len(fs), SLICE_CHUNK_FILES)]
    # costliest first (units x bytes of their group), so no big chunk starts last and leaves
    # the other workers idle; the result does not depend on the order
    size = {key: sum(len(r.text) for r in inp.crate_records.get(key, ())) for key in jobs_by_group}
    jobs.sort(key=lambda j: -size[j[0]] * sum(len(us) for us in j[2].values()))
    sliced, no_client = _slice_all(jobs, ctx.opts.workers, ctx.opts.progress)
    files: list[list[Unit]] = []
    for us in inp.files:
        u0 = us[0]
        whole = code_tokens(u0.text)
        if mode == "none" or u0.role not in SLICE_ROLES:
            for u in us:
                u.context_tokens = whole
            files.append(us)
            continue
        choices = sliced.get(((u0.source, u0.repo, u0.commit), u0.path), [])
        f_status = status(u0.text)
        kept: list[Unit] = []

        def keep(unit: Unit, whole_tokens: int) -> None:
            # figures: the unit's whole file before, the context it got after
            kept.append(unit)
            before[unit.source].append(whole_tokens)
            after[unit.source].append(unit.context_tokens)
        for i, u in enumerate(us):
            st = per_source[u.source]
            st["units"] += 1
            ch = choices[i] if i < len(choices) else "not inlined"
            if isinstance(ch, str) and ch != NOT_SMALLER:
                st["not_sliced"] += 1
                reasons[ch.split(":")[0][:80]] += 1
                u.context_tokens = whole
                keep(u, whole)
                continue
            st["sliced"] += 1
            if ch != NOT_SMALLER and ch.form:
                st[ch.form + "_form"] += 1     # a library unit as a client crate: its file fails alone
            elif ch == NOT_SMALLER or ch.context_tokens >= whole:
                # the closure pulled in more than the unit's own file holds: no minimization,
                # unless (--big-slices) the file fails alone and this slice verifies
                big = ch != NOT_SMALLER and u0.path in full
                b_status = status(ch.text) if big else None
                if b_status == C.STATUS_VERIFIED:
                    rch = reduced(ch, u)     # reduce-big-slices: its verified reduction, if any
                    if rch is not None:
                        st["reduced_verified"] += 1
                        keep(as_context(rch, u, "reduced"), whole)
                    else:
                        st["big_slice_verified"] += 1
                        keep(as_context(ch, u, how_sliced), whole)
                    continue
                st["slice_not_smaller"] += 1
                if big and b_status is None:
                    export(ch, u, f_status, bigger_than_file=True)
                u.context_tokens = whole
                keep(u, whole)
                continue
            s_status = status(ch.text)
            if s_status is None:
                export(ch, u, f_status)
            rch = reduced(ch, u) if s_status == C.STATUS_VERIFIED else None
            if rch is not None:
                st["reduced_verified"] += 1
                keep(as_context(rch, u, "reduced"), whole)
            elif s_status == C.STATUS_VERIFIED or (f_status != C.STATUS_VERIFIED and s_status is None):
                st["slice_verified" if s_status == C.STATUS_VERIFIED else "slice_unchecked"] += 1
                keep(as_context(ch, u, ch.form or how_sliced), whole)
            elif f_status == C.STATUS_VERIFIED or f_status is None:
                st["whole_file_kept" if f_status else "whole_file_unchecked"] += 1
                u.context_tokens = whole
                keep(u, whole)
            else:
                st["dropped_neither_verifies"] += 1
                skipped.append({"source": u.source, "path": u.path, "reason": "unit dropped: neither its slice nor its file verifies",
                                "detail": f"{u.fn_name}: slice {s_status}, file {f_status} (ledger)"})
        if kept:
            files.append(kept)

    def med(xs: list[int]) -> float:
        return float(statistics.median(xs)) if xs else 0.0
    by_source = {src: {**dict(c), "median_tokens_whole": med(before[src]), "median_tokens_context": med(after[src])}
                 for src, c in sorted(per_source.items())}
    allb = [x for v in before.values() for x in v]
    alla = [x for v in after.values() for x in v]
    report = {"minimize": {"mode": mode, "by_source": by_source, "not_sliced_reasons": dict(reasons.most_common(20)),
                           "no_client_form": dict(no_client.most_common(20)),
                           "slices_pending": len(pending), "median_tokens_whole": med(allb),
                           "median_tokens_context": med(alla),
                           "units_minimized": sum(c["units"] for c in per_source.values())},
              "skipped": skipped}
    return dataclasses.replace(inp, files=files, slices=pending, report=report)


def tasks(ctx: BuildContext, inp: Units) -> Rows:
    """Cut task rows: A/B/P from units (at most max_units_per_file per task and file), synthetic
    C from mutated units (run through --verus when given), C from repair traces and from the
    model attempts of `opts.attempts` whose row or unit file is in this build (judged in `verify`)."""
    from verusbench.tasks import code_from_spec, proof_completion, repair, repair_synthetic, spec_from_code
    opts = ctx.opts
    rows: list[TaskRow] = []
    owners: list[str] = []
    capped = 0
    for us in inp.files:
        for task, fn in ((C.TASK_SPEC, spec_from_code.build), (C.TASK_CODE, code_from_spec.build),
                         (C.TASK_PROOF, proof_completion.build)):
            if task not in opts.configs:
                continue
            made = 0
            for u in _stable_take(us, len(us)):
                if made >= opts.max_units_per_file:
                    capped += 1
                    continue
                rs = fn(u)
                if rs:
                    made += 1
                for r in rs:
                    rows.append(r)
                    owners.append(unit_key(u))
    syn_stats: dict[str, int] = {}
    if C.TASK_REPAIR_SYNTHETIC in opts.configs:
        pool_units = [u for us in inp.files for u in _stable_take(us, opts.max_units_per_file)]
        srows, syn_stats = repair_synthetic.build(pool_units, ctx.verifier, workers=opts.workers,
                                                  progress=opts.progress)
        for r in srows:
            rows.append(r)
            owners.append(f"u:{r.metadata.source}:{r.metadata.path}:{r.metadata.target_fn}:syn")
    rep_stats: dict[str, int] = {}
    if C.TASK_REPAIR in opts.configs:
        crows, rep_stats = repair.build(inp.repair_chains, inp.llm_artifacts)
        for r in crows:
            rows.append(r)
            owners.append("r:" + r.id)
    att_stats: dict = {}
    if _attempts_on(opts):
        from verusbench.ledger import text_sha256
        from verusbench.tasks import repair_attempts
        files = {(u.source, u.path) for us in inp.files for u in us}
        c_rows = {(text_sha256(r.context), text_sha256(r.target)) for r in rows
                  if r.task in (C.TASK_REPAIR, C.TASK_REPAIR_SYNTHETIC)}
        row_owner = {r.id: o for r, o in zip(rows, owners)}
        arows, aowners, att_stats = repair_attempts.rows(repair_attempts.load(opts.attempts), files, c_rows, row_owner)
        rows += arows
        owners += aowners
    report = {"rows_capped_per_file": capped, "repair": rep_stats,
              "repair_synthetic": {**syn_stats, "verus": ctx.verifier is not None},
              **({"repair_attempts": att_stats} if att_stats else {})}
    return Rows(rows=rows, owners=owners, units=inp.all_units, benchmark_ngrams=inp.benchmark_ngrams,
                upgrades=inp.upgrades, report=report, slices=inp.slices)


def verify(ctx: BuildContext, inp: Rows) -> Rows:
    """Give rows their reference's ledger status and C rows their broken file's real error;
    drop C rows that rest on no error of this Verus, and model attempts the ledger lacks
    (counted `pending`; no Verus runs here)."""
    rows, owners, stats = B.verify_stage(inp.rows, inp.owners, ctx.ledger, inp.upgrades,
                                         ctx.ledger_is_test_double)
    att = stats.pop("repair_attempts")
    report = {"ledger": stats, **({"repair_attempts": att} if _attempts_on(ctx.opts) else {})}
    return Rows(rows=rows, owners=owners, units=inp.units, benchmark_ngrams=inp.benchmark_ngrams,
                upgrades=inp.upgrades, report=report, slices=inp.slices)


def integrity(ctx: BuildContext, inp: Rows) -> Rows:
    """Drop rows whose own reference answer fails the trust protocol: they can never be
    solved honestly (counted per config and rule)."""
    keep, section = B._integrity_filter(inp.rows, ctx.opts.workers, ctx.opts.progress)
    return Rows(rows=[r for r, k in zip(inp.rows, keep) if k],
                owners=[o for o, k in zip(inp.owners, keep) if k], units=inp.units,
                benchmark_ngrams=inp.benchmark_ngrams, upgrades=inp.upgrades,
                report={"rows_dropped_for_integrity": section}, slices=inp.slices)


def dedup(ctx: BuildContext, inp: Rows) -> Clustered:
    """Cluster units and rows by exact and near-duplicate text (MinHash LSH). An owner's
    documents are what its rows expose: a unit's fn and its context. Units whose context is
    their whole file share the file's cluster (with their synthetic and model-attempt rows). A
    unit whose context is a slice joins the units whose fn (or contract head) the slice holds,
    and its file's cluster only when the file is a copy of another one; that the file's
    whole-file rows show its fn too is kept as a direction (`shows`): split holds their cluster
    out wherever the sliced unit's cluster is held out, not the other way round."""
    from verusbench.dedup import MIN_TOKENS_FN, Clusterer
    cl = Clusterer()
    by_file: dict[tuple[str, str], list[Unit]] = defaultdict(list)
    named: dict[tuple[str, str, str], list[str]] = defaultdict(list)   # (source, path, fn) -> keys
    for u in inp.units:
        by_file[(u.source, u.path)].append(u)
        named[(u.source, u.path, u.fn_name)].append(unit_key(u))
    shows: list[tuple[str, str]] = []
    for (source, path), us in by_file.items():
        f = _file_owner(source, path)
        cl.add_anchor(f, us[0].original_text or us[0].text)   # the whole file
        whole = next((unit_key(u) for u in us if not u.original_text), None)   # rows showing the file
        for u in us:
            k = unit_key(u)
            cl.add(k, u.fn_text(), min_tokens=MIN_TOKENS_FN)
            if not u.original_text:
                cl.link(f, k)
            else:
                cl.add(k, u.text)                      # the slice it exposes
                cl.link_if_copied(f, k, ignore_prefix=f"u:{source}:{path}:")
                if whole is not None:
                    shows.append((whole, k))           # the file's whole-file rows show its fn
    held = _held_fn_links(inp.units)
    for a, b in held:
        cl.link(a, b)
    for r, o in zip(inp.rows, inp.owners):
        if o.startswith("u:") and o.endswith((":syn", ":att")):
            # a synthetic or model-attempt row belongs to its unit (every unit of that name)
            md = r.metadata
            for k in named.get((md.source, md.path, md.target_fn)) or [o]:
                cl.link(k, o)
        elif o.startswith("r:"):
            cl.add(o, r.context)
            cl.add(o, r.target)
    cid = cl.clusters(progress=ctx.opts.progress)
    s = cl.stats
    report = {"dedup": {"documents": s.documents, "exact_duplicate_docs": s.exact_duplicate_docs,
                        "near_duplicate_links": s.near_duplicate_links, "clusters": s.clusters,
                        "owners_in_shared_clusters": s.owners_in_multi_clusters,
                        "largest_cluster": s.largest_cluster, "jaccard": cl.jaccard,
                        "lsh_threshold": cl.lsh_threshold, "num_perm": cl.num_perm, "shingle": 5,
                        "sliced_units_in_their_file_cluster": s.extra["deferred_links_joined"],
                        "sliced_units_on_their_own": s.extra["deferred_links_left"],
                        "slice_holds_unit_links": len(held)}}
    return Clustered(rows=inp.rows, owners=inp.owners, units=inp.units, cluster_of=cid,
                     benchmark_ngrams=inp.benchmark_ngrams, report=report, slices=inp.slices,
                     shows=[(a, b) for a, b in shows if cid[a] != cid[b]])


def _file_owner(source: str, path: str) -> str:
    return f"f:{source}:{path}"


_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _held_fn_links(units: Sequence[Unit]) -> list[tuple[str, str]]:
    """(sliced unit, unit) pairs where the slice holds the other unit's fn head (signature and
    spec clauses, byte-exact: a whole copy or a trusted contract), the other unit being of a
    file of the slice's crate: the slice's rows expose it, so they cluster together."""
    heads: dict[tuple, dict[str, list[tuple[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for u in units:
        sig, body = u.fn.signature, u.fn.body
        head = (u.src[sig[0]:body[0]] if sig and body else u.src[u.fn.span[0]:u.fn.span[1]]).decode(
            "utf-8", "surrogateescape").strip()
        if head:
            heads[(u.source, u.repo, u.commit, u.path)][u.fn_name.rsplit("::", 1)[-1]].append((unit_key(u), head))
    out = []
    for u in units:
        if not u.original_text:      # a whole-file unit: its file's cluster holds the file's units
            continue
        k, names = unit_key(u), set(_IDENT.findall(u.text))
        for path in sorted(u.slice_files or {u.path}):
            by_name = heads.get((u.source, u.repo, u.commit, path), {})
            for name in sorted(names & by_name.keys()):
                out += [(k, k2) for k2, head in by_name[name] if k2 != k and head in u.text]
    return out


def split(ctx: BuildContext, inp: Clustered) -> Dataset:
    """Assign whole clusters to train/validation/test (held-out sources, benchmark-overlap
    guard, repair validation share); with a ledger, unverified test rows go to test_unverified."""
    from verusbench.dedup import ngram_set
    from verusbench.split import (REPAIR_VALIDATION_SHARE, TEST_SOURCES, TEST_UNVERIFIED, plan,
                                  repair_validation, row_split)
    from verusbench.tasks.repair_attempts import is_attempt
    opts, led, cid = ctx.opts, ctx.ledger, inp.cluster_of
    members = [(cid[o], r.metadata.source) for r, o in zip(inp.rows, inp.owners)]
    members += [(cid[unit_key(u)], u.source) for u in inp.units]
    sp = plan(members)
    # decontamination guard: a cluster whose train/validation rows share half their 13-grams
    # with a held-out benchmark (AutoVerus traces and vericoding runs re-solve Verus-Bench and
    # HumanEval programs without being near-copies of the reference files) is held out too
    test_bench = [g for b, g in inp.benchmark_ngrams.items() if b in TEST_SOURCES]
    contaminated: set[str] = set()
    if test_bench:
        for r, o in zip(inp.rows, inp.owners):
            c = cid[o]
            if c in contaminated or sp.cluster_split.get(c) == "test":
                continue
            grams = ngram_set(r.target, B.DECONTAM_N)
            if grams and any(len(grams & g) * 2 >= len(grams) for g in test_bench):
                contaminated.add(c)
        for c in contaminated:
            sp.cluster_split[c] = "test"
    # repair (C) validation: no repair source is held out, so move a stable-hash share of the
    # clusters made solely of real repair rows from train to validation (whole clusters)
    not_repair_only = {c for o, c in cid.items() if not o.startswith("r:")}
    repair_only = {c for o, c in cid.items() if o.startswith("r:")} - not_repair_only
    moved_to_validation = repair_validation(sp, repair_only)
    answer_clusters, showing, shown_clusters = _hold_out_clusters_showing_answers(
        inp.rows, inp.owners, sp, cid, inp.shows)
    names = (*C.SPLITS, *((TEST_UNVERIFIED,) if led is not None else ()))
    data: dict[str, dict[str, list[dict]]] = {c: {s: [] for s in names} for c in opts.configs}
    dropped_leak: Counter = Counter()
    attempt_rows: Counter = Counter()
    seen_ids: set[str] = set()
    dup_rows = 0
    for r, o in zip(inp.rows, inp.owners):
        r.metadata.cluster_id = cid[o]
        s = row_split(sp, cid[o], r.metadata.source, r.task)
        if s is None:
            dropped_leak[r.task] += 1
            continue
        if r.id in seen_ids:
            dup_rows += 1
            continue
        seen_ids.add(r.id)
        s = B.headline_split(s, r.metadata, led is not None)
        attempt_rows[s] += is_attempt(r.metadata)
        data[r.task][s].append(r.to_dict())
    report = {"counts": {cfg: {s: len(v) for s, v in splits.items()} for cfg, splits in data.items()},
              "rows_dropped_for_leakage": dict(dropped_leak), "duplicate_row_ids": dup_rows,
              "train_rows_showing_held_out_answers": dict(showing),
              "clusters_held_out_for_held_out_answers": dict(Counter(answer_clusters.values())),
              "clusters_held_out_for_showing_held_out_units": dict(Counter(shown_clusters.values())),
              "split_mode": sp.mode, "clusters_by_split": dict(Counter(sp.cluster_split.values())),
              "clusters_held_out_for_benchmark_overlap": len(contaminated),
              "repair_clusters_moved_to_validation": len(moved_to_validation),
              "repair_validation_share": REPAIR_VALIDATION_SHARE,
              "ledger": {"reference_status_by_split": B._status_by_split(data)},
              **({"repair_attempts": {"rows_by_split": {k: v for k, v in attempt_rows.items() if v}}}
                 if _attempts_on(opts) else {})}
    return Dataset(data=data, benchmark_ngrams=inp.benchmark_ngrams, report=report, slices=inp.slices)


def _hold_out_showing(sp, cid: dict[str, str], shows: Sequence[tuple[str, str]]) -> dict[str, str]:
    """For each (a, b) of `shows` (a's rows show b's fn), put a's cluster in b's cluster's split
    when that one is more held out, until nothing moves; returns the clusters moved."""
    from verusbench.split import _RANK
    moved: dict[str, str] = {}
    changed = True
    while changed:
        changed = False
        for a, b in shows:
            ca, cb = cid[a], cid[b]
            sa, sb = sp.cluster_split.get(ca, "train"), sp.cluster_split.get(cb, "train")
            if _RANK[sb] > _RANK[sa]:
                sp.cluster_split[ca] = moved[ca] = sb
                changed = True
    return moved


def _hold_out_clusters_showing_answers(rows: Sequence[TaskRow], owners: Sequence[str], sp, cid,
                                       shows: Sequence[tuple[str, str]] = ()) -> tuple[dict[str, str], Counter, dict[str, str]]:
    """Clusters catch near copies of whole fns and files, not a held-out answer sitting inside
    a bigger text: a train row of another source that re-solves a benchmark program shows its
    spec, the answer of a held-out spec_from_code row. A train row whose reference file (and,
    for C rows, broken file) holds half the 13-grams of the target of a validation or test row
    of another source puts its cluster in that split, as the benchmark-overlap guard does: its
    train-source rows are dropped, real repair rows follow. Repeated while rows that followed
    bring answers of their own. Before each round, a cluster whose rows show the fn of a unit
    of a held-out cluster (`shows`) is held out with it. Returns the clusters moved for answers,
    the rows that showed an answer, and the clusters moved for showing a held-out unit."""
    from verusbench.dedup import AnswerGuard, shown_texts
    from verusbench.split import _RANK, row_split
    moved: dict[str, str] = {}
    shown: dict[str, str] = {}
    showing: Counter = Counter()
    grams: dict[str, frozenset[int]] = {}    # each text's n-grams, once for every round
    for _ in range(8):
        shown.update(_hold_out_showing(sp, cid, shows))
        where = [row_split(sp, cid[o], r.metadata.source, r.task) for r, o in zip(rows, owners)]
        guard = AnswerGuard(((r.target, r.metadata.source, s) for r, s in zip(rows, where)
                             if s not in (None, "train")), n=B.DECONTAM_N, grams=grams)
        if not len(guard):
            break
        new: dict[str, str] = {}
        for r, o, s in zip(rows, owners, where):
            if s != "train":
                continue
            i, share = guard.best(shown_texts(r.task, r.reference_file, r.context), r.metadata.source)
            if share >= guard.share:
                showing[r.task] += 1
                to = guard.labels[i]
                if _RANK[to] > _RANK[new.get(cid[o], "train")]:
                    new[cid[o]] = to
        if not new:
            break
        for c, to in new.items():
            sp.cluster_split[c] = to
        moved.update(new)
    return moved, showing, shown


def decontaminate(ctx: BuildContext, inp: Dataset) -> Dataset:
    """Report, per benchmark and config, the train rows sharing any / half of their 13-grams
    with the benchmark's files (the rows are not changed)."""
    from verusbench.dedup import ngram_set
    bench_grams, data = inp.benchmark_ngrams, inp.data
    decontam: dict[str, dict[str, Any]] = {
        b: {"benchmark_ngrams": len(g), "n": B.DECONTAM_N, "configs": {}} for b, g in sorted(bench_grams.items())}
    for cfg in ctx.opts.configs:
        train = data[cfg]["train"]
        hits: Counter = Counter()
        halves: Counter = Counter()
        for d in train:
            grams = ngram_set(d["target"], B.DECONTAM_N)
            if not grams:
                continue
            for bsrc, bg in bench_grams.items():
                shared = len(grams & bg)
                if shared:
                    hits[bsrc] += 1
                    if shared * 2 >= len(grams):
                        halves[bsrc] += 1
        for bsrc in bench_grams:
            decontam[bsrc]["configs"][cfg] = {"train_rows": len(train),
                                              "rows_with_any_13gram": hits[bsrc],
                                              "rows_with_half_13grams": halves[bsrc]}
    return Dataset(data=data, benchmark_ngrams=bench_grams, report={"decontamination": decontam},
                   slices=inp.slices)


# --- the whole flow, in one place -------------------------------------------------------

@dataclass(frozen=True)
class Stage:
    """One stage of the build: its name (a BUILD_REPORT timing key), function, one-line doc."""
    name: str
    fn: Callable[[BuildContext, Any], Any]
    doc: str


STAGES: tuple[Stage, ...] = (
    Stage("load", load, "corpus records -> unit files, repair traces, benchmark 13-grams, upgrades"),
    Stage("parse", parse, "unit files -> syntax trees (files the parser cannot handle are skipped)"),
    Stage("units", units, "syntax trees -> units: exec/proof fns with a spec or proof"),
    Stage("inline", inline, "crates of project/library/example sources -> one file per crate root"),
    Stage("slice", slice, "units -> minimized contexts (fn + what it mentions), chosen by the ledger"),
    Stage("tasks", tasks, "units, repair traces and model attempts -> task rows A/B/P/C"),
    Stage("verify", verify, "rows -> ledger status of references and broken files (real Verus results)"),
    Stage("integrity", integrity, "rows -> rows whose reference answer passes the trust protocol"),
    Stage("dedup", dedup, "units and rows -> near-duplicate clusters"),
    Stage("split", split, "clusters -> leakage-free train/validation/test(_unverified) rows"),
    Stage("decontaminate", decontaminate, "splits -> benchmark 13-gram overlap of train rows"),
)


class StageError(RuntimeError):
    """A stage raised: names the stage; the original exception is `__cause__`."""

    def __init__(self, stage: Stage, cause: BaseException):
        super().__init__(f"build stage {stage.name!r} ({stage.doc}) failed: {type(cause).__name__}: {cause}")
        self.stage = stage.name


def _merge(report: dict, section: dict) -> None:
    """Add one stage's figures to the report: lists extend, dicts merge, a clash is a bug."""
    for k, v in section.items():
        if k not in report:
            report[k] = v
        elif isinstance(report[k], list) and isinstance(v, list):
            report[k] = report[k] + v
        elif isinstance(report[k], dict) and isinstance(v, dict) and not set(report[k]) & set(v):
            report[k] = {**report[k], **v}
        else:
            raise KeyError(f"two stages report {k!r}")


def header(ctx: BuildContext) -> dict:
    """The report's figures that no stage computes: versions, options, verifier, ledger."""
    from verusbench.verifier.binary import describe_identity
    opts, vb, led = ctx.opts, ctx.verifier, ctx.ledger
    return {
        "dataset_version": DATASET_VERSION,
        "corpus": str(opts.corpus),
        "max_units_per_file": opts.max_units_per_file,
        "verus": opts.verus or "",
        "verifier": vb.describe() if vb is not None else "",
        "verifier_identity": vb.identity if vb is not None else {},
        "verifier_is_test_double": bool(vb is not None and vb.is_test_double),
        "ledger": {
            "used": led is not None,
            "paths": [str(p) for p in (opts.ledger or [])],
            "identity": (led.identity or {}) if led is not None else {},
            "verifier": describe_identity(led.identity) if led is not None and led.identity else "",
            "test_double": ctx.ledger_is_test_double,
            "load": led.report.to_dict() if led is not None else {},
            "entries": len(led) if led is not None else 0,
        },
    }


def run_stages(ctx: BuildContext, stages: Sequence[Stage], value: Any = None,
               report: dict | None = None, timings: dict | None = None) -> Any:
    """Feed `value` through `stages` in order; each one's seconds go to `timings[name]`, its
    figures into `report`. Returns the last output."""
    report = {} if report is None else report
    timings = {} if timings is None else timings
    on = ctx.opts.progress and len(stages) > 1
    bar = None
    if on:
        from tqdm import tqdm
        bar = tqdm(total=len(stages), desc="build", unit="stage", file=sys.stderr)
    try:
        for st in stages:
            if bar is not None:
                bar.set_postfix_str(st.name)
            t = time.perf_counter()
            try:
                value = st.fn(ctx, value)
            except Exception as e:  # noqa: BLE001 - re-raised, naming the stage
                raise StageError(st, e) from e
            timings[st.name] = time.perf_counter() - t
            _merge(report, value.report)
            if bar is not None:
                bar.update()
    finally:
        if bar is not None:
            bar.close()
    return value


def run(opts: B.BuildOptions, stages: Sequence[Stage] = STAGES) -> B.BuildResult:
    """The build up to the write: open the context, run `stages`, assemble BUILD_REPORT."""
    t0 = time.perf_counter()
    ctx = BuildContext.open(opts)
    timings: dict[str, float] = {"context": time.perf_counter() - t0}
    report = header(ctx)
    out = run_stages(ctx, stages, None, report, timings)
    report["skipped"] = report.get("skipped", [])
    report["skipped_counts"] = dict(Counter(s["reason"] for s in report["skipped"]))
    timings["total_before_write"] = time.perf_counter() - t0
    report["timings_s"] = {k: round(v, 2) for k, v in timings.items()}
    return B.BuildResult(data=getattr(out, "data", {}), report=report, timings=timings, ledger=ctx.ledger,
                         slices=getattr(out, "slices", []))
