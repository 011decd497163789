"""`verusbench build`: options, the stages' helpers, and the write to the Hub layout.

The stages, in data-flow order, are `verusbench.pipeline.STAGES`; each is timed, and every
file left out is recorded with its reason in BUILD_REPORT.json.
Bad input (corrupt lines, undecodable files, files the parser cannot handle, records with
no licence) is counted and skipped: it never stops the build.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import resource
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from verusbench import DATASET_VERSION
from verusbench import constants as C
from verusbench.records import RowMetadata, TaskRow

CONFIGS = (C.TASK_SPEC, C.TASK_CODE, C.TASK_PROOF, C.TASK_REPAIR, C.TASK_REPAIR_SYNTHETIC)
#: rows per task taken from one file (stable hash order): big project files hold hundreds of
#: fns, and every row carries the whole file, so uncapped they would dominate the dataset
MAX_UNITS_PER_FILE = 12
#: unit files above this size are skipped: their context is beyond any model's window
MAX_UNIT_FILE_BYTES = 200_000
BENCHMARK_ROLES = (C.ROLE_BENCHMARK, C.ROLE_BENCHMARK_TASK)
DECONTAM_N = 13


@dataclass
class BuildOptions:
    corpus: str
    out: str
    configs: tuple[str, ...] = CONFIGS
    sources: list[str] | None = None
    verus: str | None = None
    limit: int | None = None          # at most this many unit files per source (quick builds)
    workers: int = 2
    progress: bool = True
    strict_parse: bool = True         # skip files with parser diagnostics
    max_units_per_file: int = MAX_UNITS_PER_FILE
    #: tests only: let `verus` be the test double tests/fake_verus (its output is labelled)
    allow_test_double: bool = False
    #: real Verus results to consult (ledger files); None or [] = no ledger: every row is
    #: `unchecked` and the test split is not filtered (the CLI defaults to the shared ledger)
    ledger: list[str] | None = None
    #: Verus-Bench upgrade pass (verusbench.upgrade) on references the ledger says fail
    upgrade: bool = True
    #: write every distinct reference/broken file the ledger lacks here (a pending folder)
    export_pending: str | None = None
    #: write the upgraded Verus-Bench files (and rows' broken files cut from them) here
    export_upgraded: str | None = None
    #: which files the exports hold: "reference" (a row's reference_file), "broken" (C context)
    export_roles: tuple[str, ...] = ("reference", "broken")
    #: context minimization of project/library/example units: "slice" (verusbench.minimize),
    #: "contracts" (slices whose dependency exec/proof fns are trusted contracts) or "none"
    minimize: str = "slice"
    #: write the slices the ledger lacks (used as contexts or not) here, up to export_slices_mb
    export_slices: str | None = None
    export_slices_mb: float = 14.5
    #: a unit whose file fails alone keeps its whole closure, however big; if the ledger says
    #: that slice verifies it is the unit's context, else it is exported (slower build)
    big_slices: bool = False
    #: pending folders whose texts export_slices leaves out (they already wait for a ledger)
    export_slices_skip: tuple[str, ...] = ()
    #: `verusbench reduce` output folder(s): verified slices with a verified reduction use it
    #: (give each one's ledger.jsonl.gz among the ledgers)
    reductions: str | list[str] | None = None
    #: attempt stores (verusbench.attempts) whose failing attempts become C rows; None or []:
    #: none (the CLI defaults to the repo's verification/attempts/*.jsonl.gz)
    attempts: list[str] | None = None


@dataclass
class BuildResult:
    data: dict[str, dict[str, list[dict]]]
    report: dict[str, Any]
    timings: dict[str, float] = field(default_factory=dict)
    ledger: Any = None                 # the Ledger the build consulted (None: none)
    slices: list = field(default_factory=list)   # (text, meta) of slices the ledger lacks


def _rss_mb() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    c = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    k = 1 if sys.platform == "darwin" else 1024
    return max(r, c) * k / 1e6 if sys.platform != "darwin" else max(r, c) / 1e6


# --- parsing (worker side) ----------------------------------------------------------

def _parse_job(job: tuple[int, Any]) -> tuple[int, Any, str]:
    """Parse one record: (index, ParsedFile without its source bytes, "") or (index, None, why)."""
    idx, rec = job
    from verusbench.syntax import parse
    try:
        pf = parse(rec.text, rec.path)
    except Exception as e:  # the parser must not raise; if it does, the file is skipped
        return idx, None, f"parser raised {type(e).__name__}: {e}"
    if pf.diagnostics:
        d = pf.diagnostics[0]
        return idx, None, f"parser diagnostics ({len(pf.diagnostics)}): line {d.line}: {d.message}"
    pf.source = b""    # the parent holds the text: do not ship it back
    return idx, pf, ""


def _parse_all(recs: list[Any], workers: int, progress: bool):
    """_parse_job over every record, in worker processes when there are enough (any order)."""
    jobs = list(enumerate(recs))
    if workers > 1 and len(jobs) > 8:
        ctx = mp.get_context("fork" if sys.platform != "win32" else "spawn")
        with ctx.Pool(workers) as pool:
            it = pool.imap_unordered(_parse_job, jobs, chunksize=4)
            yield from _progress(it, len(jobs), "parse", progress)
    else:
        yield from _progress(map(_parse_job, jobs), len(jobs), "parse", progress)


def _progress(it, total: int | None, desc: str, on: bool, unit: str = "file"):
    if not on:
        return it
    from tqdm import tqdm
    return tqdm(it, total=total, desc=desc, unit=unit, file=sys.stderr)


# --- integrity of the reference answers (worker side) --------------------------------

#: example rows kept per config in the report's integrity section
INTEGRITY_EXAMPLES = 10
_CHECK_ROWS: list = []       # set by the parent before forking: workers read it copy-on-write


def _check_range(span: list[int]) -> list[tuple[int, list[str]]]:
    """integrity.check(row, row.target) for the rows at these indices; (index, rules) for each failure."""
    from verusbench import integrity
    bad = []
    for i in span:
        r = _CHECK_ROWS[i]
        try:
            res = integrity.check_reference(r)   # == check(r, r.target), per-file work shared
            if not res.ok:
                bad.append((i, sorted({v.rule for v in res.violations})))
        except Exception as e:  # noqa: BLE001 - an unusable row is dropped, not fatal
            bad.append((i, [f"row unusable ({type(e).__name__})"]))
    return bad


def _integrity_filter(rows: list[TaskRow], workers: int, progress: bool) -> tuple[list[bool], dict]:
    """Check every row's reference against the trust protocol; (keep mask, report section)."""
    global _CHECK_ROWS
    # chunks of rows with the same reference file side by side, so the checker's per-file
    # caches hit (a file's A/B/P rows, and with slices each unit's rows, share one reference)
    step = 64
    order = sorted(range(len(rows)), key=lambda i: (hash(rows[i].reference_file), i))
    spans = [order[a:a + step] for a in range(0, len(order), step)]
    _CHECK_ROWS = rows
    bad: list[tuple[int, list[str]]] = []
    try:
        if workers > 1 and len(spans) > 1:
            ctx = mp.get_context("fork" if sys.platform != "win32" else "spawn")
            with ctx.Pool(workers) as pool:
                for b in _progress(pool.imap_unordered(_check_range, spans), len(spans), "integrity", progress):
                    bad += b
        else:
            for b in _progress(map(_check_range, spans), len(spans), "integrity", progress):
                bad += b
    finally:
        _CHECK_ROWS = []
    keep = [True] * len(rows)
    by_config: Counter = Counter()
    by_rule: Counter = Counter()
    by_config_rule: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, list[dict]] = defaultdict(list)
    for i, rules in sorted(bad):
        keep[i] = False
        r = rows[i]
        by_config[r.task] += 1
        for rule in rules:
            by_rule[rule] += 1
            by_config_rule[r.task][rule] += 1
        if len(examples[r.task]) < INTEGRITY_EXAMPLES:
            examples[r.task].append({"id": r.id, "source": r.metadata.source, "path": r.metadata.path,
                                     "rules": rules})
    section = {"total": len(bad), "checked": len(rows), "by_config": dict(by_config),
               "by_rule": dict(by_rule), "by_config_rule": {k: dict(v) for k, v in by_config_rule.items()},
               "examples": dict(examples)}
    return keep, section


# --- verify: the ledger's real Verus results (no Verus runs here) -----------------------

UNCHECKED = "unchecked"


def load_ledger(opts: BuildOptions):
    """The Ledger of `opts.ledger` (None when no ledger is given). A ledger of the test
    double is refused unless `allow_test_double` (its results are never Verus results)."""
    if not opts.ledger:
        return None
    from verusbench.ledger import Ledger
    from verusbench.verifier.binary import describe_identity, is_test_double
    led = Ledger.load(opts.ledger)       # FileNotFoundError names a missing file
    if led.identity is not None and is_test_double(led.identity) and not opts.allow_test_double:
        raise ValueError(
            f"ledger {', '.join(map(str, opts.ledger))} holds results of a test double "
            f"({describe_identity(led.identity)}), not Verus; pass a ledger of real Verus "
            "(e.g. ../shared/verus-results/ledger.jsonl.gz); --allow-test-double is for the "
            "builder's own tests only")
    return led


def _first_error_line(result) -> str:
    first = result.first_error() if result is not None else None
    if first is None:
        return ""
    return (f"line {first.line}: " if first.line is not None else "") + first.message


def upgrade_record(rec, led, stats: Counter) -> dict | None:
    """Upgrade pass on one Verus-Bench record whose reference the ledger says fails with
    the `old`/`final` or missing-`decreases` error; returns the upgrade's metadata (and
    replaces rec.text) or None."""
    from verusbench.upgrade import UPGRADE_ROLES, UPGRADE_SOURCES, answers, upgrade
    if led is None or rec.source not in UPGRADE_SOURCES or rec.role not in UPGRADE_ROLES:
        return None
    wanted = answers(led.lookup(rec.text))
    if not wanted:
        return None
    up = upgrade(rec.text, rec.path)
    stats["references_needing_upgrade"] += 1
    if not up.rewrites:
        stats["upgrade_changed_nothing"] += 1
        return None
    from verusbench.ledger import text_sha256
    stats[f"upgraded_{up.label}"] += 1
    meta = {"source": rec.source, "path": rec.path, "rewrite": up.label,
            "rewrites": up.rewrites, "errors_answered": wanted,
            "original_sha256": text_sha256(rec.text), "final_sites": up.final_sites,
            "loops_without_decreases": up.loops_without_decreases}
    rec.text = up.text
    return meta


def verify_stage(rows: list[TaskRow], owners: list[str], led, upgrades: dict,
                 test_double: bool) -> tuple[list[TaskRow], list[str], dict]:
    """Give every row its reference's ledger status (and C rows their broken file's real
    error); drop C rows that rest on no error of this Verus (tasks.repair.ledger_verdict;
    model attempts: repair_attempts.attempt_verdict, which also drops what the ledger lacks)."""
    from verusbench.errors import normalize_message
    from verusbench.ledger import text_sha256
    from verusbench.tasks.common import make_row
    from verusbench.tasks.repair import ledger_verdict
    from verusbench.tasks.repair_attempts import PENDING, attempt_verdict, is_attempt
    from verusbench.tasks.repair_synthetic import TEST_DOUBLE_TAG, VERIFIED_TEST_DOUBLE, _as_printed
    from verusbench.verifier.binary import describe_identity

    who = describe_identity(led.identity) if led is not None and led.identity else ""
    tag = TEST_DOUBLE_TAG + " " if test_double else ""
    cache: dict[str, Any] = {}

    def look(text: str):
        sha = text_sha256(text)
        if sha not in cache:
            cache[sha] = led.lookup(text) if led is not None else None
        return cache[sha]

    kept_rows, kept_owners = [], []
    dropped: dict[str, Counter] = defaultdict(Counter)
    statuses: dict[str, Counter] = defaultdict(Counter)
    att = {"pending": 0, "rows": 0, "dropped": Counter()}   # model-attempt C rows, ledger or not
    for r, o in zip(rows, owners):
        md = r.metadata
        attempt = is_attempt(md)
        # an attempt's reference is the store's text, not this build's (possibly upgraded) file
        up = None if attempt else upgrades.get((md.source, md.path))
        if up:
            md.upgraded, md.upgrade = True, up["rewrite"]
        ref = look(r.reference_file)
        md.reference_status = ref.status if ref is not None else UNCHECKED
        md.reference_first_error = _first_error_line(ref)
        md.verifier = who if ref is not None else ""
        if ref is not None and ref.status == C.STATUS_VERIFIED:
            md.verified = VERIFIED_TEST_DOUBLE if test_double else C.VERIFIED_BUILDER
        if attempt or (r.task in (C.TASK_REPAIR, C.TASK_REPAIR_SYNTHETIC) and led is not None):
            broken = look(r.context)
            why = (attempt_verdict(ref, broken) if attempt else
                   ledger_verdict(ref.status if ref is not None else None, broken))
            if why == PENDING:
                att["pending"] += 1
            elif why:
                (att["dropped"] if attempt else dropped[r.task])[why] += 1
            if why:
                continue
            att["rows"] += attempt
            md.broken_status = broken.status if broken is not None else UNCHECKED
            if broken is not None:
                md.verifier = who
                first = broken.first_error()
                md.error_text = tag + _as_printed(broken, first)
                md.error_message = tag + normalize_message(first.message)
                md.error_category = first.category
            elif r.task == C.TASK_REPAIR:
                # a chain's recorded error is another (2024) Verus's: never shown as this one's
                md.error_text = md.error_message = md.error_category = ""
            r = make_row(r.task, r.context, r.target, r.reference_file, md)
        statuses[r.task][md.reference_status] += 1
        kept_rows.append(r)
        kept_owners.append(o)
    stats = {"rows_by_reference_status": {k: dict(v) for k, v in statuses.items()},
             "c_dropped": {k: dict(v) for k, v in dropped.items()},
             "distinct_files_looked_up": len(cache),
             "distinct_files_in_ledger": sum(1 for v in cache.values() if v is not None),
             "repair_attempts": {**att, "dropped": dict(att["dropped"])}}
    return kept_rows, kept_owners, stats


def headline_split(split: str, md: RowMetadata, ledger_used: bool) -> str:
    """`test` keeps only rows whose reference verified (and, for C, whose broken file fails
    with a known error); the rest of test goes to `test_unverified`."""
    from verusbench.split import TEST_UNVERIFIED
    if split != "test" or not ledger_used:
        return split
    ok = md.reference_status == C.STATUS_VERIFIED
    if ok and md.broken_status:
        ok = md.broken_status in (C.STATUS_FAILED, C.STATUS_COMPILE_ERROR)
    return split if ok else TEST_UNVERIFIED


def pending_items(data: dict[str, dict[str, list[dict]]], led, only_upgraded: bool = False,
                  roles: tuple[str, ...] = ("reference", "broken")) -> list[tuple[str, dict]]:
    """(text, metadata) of every reference / broken file of the build the ledger lacks, in
    the shape of the ledger's `uses` (config, split, role, source, path) plus the row id."""
    from verusbench.ledger import text_sha256
    out = []
    for cfg, splits in data.items():
        for split, rs in splits.items():
            for r in rs:
                md = r["metadata"]
                if only_upgraded and not md.get("upgraded"):
                    continue
                files = [("reference", r["reference_file"])]
                if cfg in (C.TASK_REPAIR, C.TASK_REPAIR_SYNTHETIC):
                    files.append(("broken", r["context"]))
                for role, text in files:
                    if role not in roles or led is not None and text_sha256(text) in led:
                        continue
                    out.append((text, {"config": cfg, "split": split, "role": role,
                                       "source": md["source"], "path": md["path"], "row_id": r["id"],
                                       "upgrade": md.get("upgrade", "")}))
    return out


# --- the build ------------------------------------------------------------------------

def resolve_verifier(opts: BuildOptions):
    """The VerusBinary for `--verus`, or None. Refuses the test double unless allowed."""
    if not opts.verus:
        return None
    from verusbench.verifier import find_verus
    vb = find_verus(opts.verus)          # VerusNotFound names the path and how to install
    if vb.is_test_double and not opts.allow_test_double:
        raise ValueError(
            f"--verus {opts.verus} is a test double ({vb.describe()}), not Verus: its output "
            "must never pass for Verus results in a dataset. Point --verus at a real Verus "
            "binary; --allow-test-double exists for the builder's own tests only.")
    return vb


def build(opts: BuildOptions) -> BuildResult:
    """Run the build's stages (verusbench.pipeline.STAGES) on `opts`; `write` writes the result."""
    from verusbench.pipeline import run
    return run(opts)


def _status_by_split(data: dict[str, dict[str, list[dict]]]) -> dict:
    """config -> split -> reference_status -> rows."""
    out: dict[str, dict[str, dict[str, int]]] = {}
    for cfg, splits in data.items():
        for split, rs in splits.items():
            c = Counter(r["metadata"]["reference_status"] for r in rs)
            if c:
                out.setdefault(cfg, {})[split] = dict(c)
    return out


def export_pending(res: BuildResult, opts: BuildOptions) -> dict:
    """Write the pending folders asked for (`--export-pending`, `--export-upgraded`)."""
    from verusbench.pending import write_pending
    led = res.ledger
    done = {}
    if opts.export_pending:
        items = pending_items(res.data, led, roles=opts.export_roles)
        pf = write_pending(opts.export_pending, items, purpose=(
            f"every distinct file ({'/'.join(opts.export_roles)}) of a verusbench build that its "
            "ledger lacks"),
            created_by=f"verusbench build --corpus {opts.corpus} --export-pending")
        done["export_pending"] = {"dir": str(opts.export_pending), "files": pf.meta["files"],
                                  "entries": pf.meta["entries"]}
    if opts.export_upgraded:
        items = [(u_text, u_meta) for u_text, u_meta in pending_items(res.data, led, only_upgraded=True,
                                                                    roles=opts.export_roles)]
        by_path = {(u["source"], u["path"]): u for u in res.report.get("upgrade", {}).get("upgraded", [])}
        for _, m in items:
            u = by_path.get((m["source"], m["path"]), {})
            m["rewrite"] = u.get("rewrite", m.get("upgrade", ""))
            m["original_sha256"] = u.get("original_sha256", "")
        pf = write_pending(opts.export_upgraded, items, name="verusbench-upgraded", purpose=(
            "Verus-Bench files rewritten by verusbench.upgrade (`final(x)` for `&mut` params in "
            "ensures; #![verifier::exec_allows_no_decreases_clause] for loops without decreases), "
            "and the broken files of repair rows cut from them: unchecked until verified"),
            created_by=f"verusbench build --corpus {opts.corpus} --export-upgraded")
        done["export_upgraded"] = {"dir": str(opts.export_upgraded), "files": pf.meta["files"],
                                   "entries": pf.meta["entries"]}
    if opts.export_slices:
        from verusbench.pending import read_pending
        skip = frozenset(e["sha256"] for d in opts.export_slices_skip for e in read_pending(d).entries)
        items, meta = select_slices(res.slices, opts.export_slices_mb, skip)
        meta["skipped_folders"] = [str(d) for d in opts.export_slices_skip]
        meta["minimize"] = opts.minimize
        how = (" with the dependency exec/proof fns as trusted contracts (`--minimize contracts`)"
               if opts.minimize == "contracts" else "")
        pf = write_pending(opts.export_slices, items, purpose=(
            "dependency slices of project/library/example units (issue 10: crates inlined, each fn "
            f"cut to what it mentions{how}) that the ledger lacks: unchecked until a ledger answers"),
            created_by=f"verusbench build --corpus {opts.corpus} --minimize {opts.minimize} --export-slices",
            extra_meta=meta)
        done["export_slices"] = {"dir": str(opts.export_slices), "files": pf.meta["files"],
                                 "entries": pf.meta["entries"], **meta}
    return done


def select_slices(slices: list[tuple[str, dict]], max_mb: float,
                  skip: frozenset[str] = frozenset()) -> tuple[list[tuple[str, dict]], dict]:
    """The slices to export within `max_mb`: first those the build uses as contexts (their
    file does not verify), then the rest; each group smallest first (most units per byte),
    ties in sha256(source, path, fn) order. A text shared by several units is one file of the
    folder: it counts once. Texts in `skip` (sha256; already waiting elsewhere) are left out."""
    import hashlib

    from verusbench.ledger import text_sha256

    def key(item):
        m = item[1]
        used = m.get("file_status") != C.STATUS_VERIFIED and not m.get("bigger_than_file")
        return (not used, len(item[0]),
                hashlib.sha256(f"{m['source']}\0{m['path']}\0{m['target_fn']}".encode()).hexdigest())
    cap = int(max_mb * 1024 * 1024)
    chosen, size, seen = [], 0, set()
    skipped = 0
    for text, m in sorted(slices, key=key):
        sha = text_sha256(text)
        if sha in skip:
            skipped += 1
            continue
        n = 0 if sha in seen else len(text.encode("utf-8", "surrogateescape"))
        if size + n > cap:
            continue
        seen.add(sha)
        size += n
        chosen.append((text, m))
    return chosen, {"candidates": len(slices), "bytes": size, "max_mb": max_mb,
                    "already_pending": skipped,
                    "selection": "slices used as contexts first, then the rest, each smallest first "
                                 "(ties by sha256(source, path, target_fn)), while the texts stay under "
                                 "max_mb; texts already in the skipped pending folders left out"}


def write(res: BuildResult, opts: BuildOptions) -> None:
    """Write parquet + card + report + licences through verusbench.hub."""
    from verusbench.hub import CardInfo, write_build

    import json
    from pathlib import Path

    from verusbench.hub import REPORT, _jsonable

    t = time.perf_counter()
    res.report["pending_exports"] = export_pending(res, opts)
    # the report must carry its figures when it is written: peak RSS so far and the stage
    # timings; after the write, the file is rewritten with the write time and final peak
    res.report["timings_s"] = {k: round(v, 2) for k, v in res.timings.items()}
    res.report["peak_rss_mb"] = round(_rss_mb(), 1)
    card = _card_info(res, opts, CardInfo)
    write_build(opts.out, res.data, card=card, report=res.report)
    res.timings["write"] = time.perf_counter() - t
    res.report["timings_s"]["write"] = round(res.timings["write"], 2)
    res.report["peak_rss_mb"] = round(_rss_mb(), 1)
    (Path(opts.out) / REPORT).write_text(
        json.dumps(_jsonable(res.report), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _card_info(res: BuildResult, opts: BuildOptions, CardInfo):
    """CardInfo for this build: sources actually used, licences' folder, figures, notes."""
    from verusbench import TARGET_VERUS_VERSION
    from verusbench.corpus import load_manifest, resolve_corpus
    from verusbench.split import REPAIR_VALIDATION_SHARE

    r = res.report
    used = set(r["sources"])
    try:
        cdir = resolve_corpus(opts.corpus)
        sources = [s for s in load_manifest(cdir) if s.source in used]
        corpus_dir = str(cdir)
    except Exception:  # noqa: BLE001 - a folder of .rs files has no manifest: the card says less
        sources, corpus_dir = [], None
    cmd = f"verusbench build --corpus {opts.corpus} --out {opts.out}"
    if opts.sources:
        cmd += " --sources " + " ".join(opts.sources)
    if tuple(opts.configs) != CONFIGS:
        cmd += " --configs " + " ".join(opts.configs)
    if opts.limit is not None:
        cmd += f" --limit {opts.limit}"
    d = r["dedup"]
    counts = {"units": r["units"], "unit files": r["unit_files"],
              "files skipped": len(r["skipped"]), "clusters": d["clusters"],
              "rows dropped to keep clusters out of train": sum(r["rows_dropped_for_leakage"].values()),
              "clusters held out: a train row showed half of a held-out answer of another source":
                  sum(r.get("clusters_held_out_for_held_out_answers", {}).values()),
              "rows dropped: reference fails the integrity check": r.get("rows_dropped_for_integrity", {}).get("total", 0),
              "repair pairs (AutoVerus / vericoding)": f"{r['repair'].get('autoverus_pairs', 0)} / "
                                                        f"{r['repair'].get('vericoding_pairs', 0)}"}
    notes = [
        "Splits: test = human-eval-verus (finished tasks), Verus-Bench (verified/) and the whole "
        "verified-ironkv project; validation = verified-node-replication and "
        "verified-memory-allocator; train = the rest minus every row whose near-duplicate "
        "cluster (MinHash LSH, Jaccard >= 0.8 over 5-token shingles) touches validation or test; "
        "a cluster with a train row whose reference (or broken) file holds half the 13-grams of "
        "a validation or test row's target of another source (a benchmark program re-solved "
        "elsewhere shows its spec) is held out in that split (its real repair rows follow). "
        "Without those sources (e.g. the demo corpus) clusters are bucketed by a stable hash.",
        f"repair validation: no repair source is held out, so a stable-hash share (about "
        f"{REPAIR_VALIDATION_SHARE:.0%} of clusters, decided per cluster id) of the train "
        f"clusters made solely of real repair rows moves whole into validation "
        f"({r.get('repair_clusters_moved_to_validation', 0)} clusters in this build); "
        "clusters that also hold units or synthetic rows never move, so no cluster spans splits.",
        f"At most {opts.max_units_per_file} rows per task come from one file "
        f"(units with a minimized context first, each group in stable hash order); files over "
        f"{MAX_UNIT_FILE_BYTES} bytes give no units.",
        "repair rows pair a failing file of an AutoVerus repair chain or a vericoding iteration "
        "chain with a later file of the same chain that passed. With a ledger, every C row "
        "(repair and repair_synthetic) is kept only where its fixed file verifies under the "
        "ledger's Verus and its broken file fails with an error of that Verus (status `failed`, "
        "or `compile_error` whose first error is a Verus one: missing decreases, mode, trigger; "
        "rustc errors and the `old`/`final` rule, which only a locked ensures edit fixes, are "
        "not repair tasks); error_text is then that Verus's first error, as printed. Files the "
        "ledger lacks keep the row, `unchecked`, with empty error fields (a chain's recorded "
        "2024 error is never shown as this Verus's). Without a ledger, error_text is what the "
        "trace recorded (vericoding saved none).",
        "repair_synthetic rows mutate units (drop an invariant, weaken a bound, delete an "
        "assert or lemma call, remove decreases); a mutant whose broken file verifies under "
        "real Verus is dropped (counted by reason in BUILD_REPORT.json `ledger.c_dropped`).",
        "`test_unverified`: held-out rows whose reference does not verify under the ledger's "
        "Verus or that the ledger lacks (`reference_status` says which); `test` holds only "
        "verified references. Verus-Bench references that fail for language drift are rewritten "
        "by the upgrade pass (`verusbench.upgrade`: `final(x)` for `&mut` parameters in ensures, "
        "`#![verifier::exec_allows_no_decreases_clause]` for loops without decreases) and stay in "
        "`test_unverified` until a ledger covers the upgraded files.",
        "`verified`: `upstream` = unchanged file from a source whose CI checks it; `unchecked` "
        "= demo programs and LLM-written solutions nobody re-ran here.",
    ]
    ra = r.get("repair_attempts")
    if ra:
        notes.append(
            f"repair rows from model attempts (`metadata.origin` = `model_attempt`; the model, sample "
            f"and answered row in `attempt_*`): a baseline's integrity-passing candidate file that fails "
            f"under the ledger's Verus, paired with the verified reference of the row it answered. "
            f"{ra.get('attempts_seen', 0)} attempts seen, {ra.get('rows', 0)} rows, "
            f"{ra.get('pending', 0)} pending (not in the ledger yet: never a row).")
    if r.get("verifier"):
        syn = r.get("repair_synthetic", {})
        notes.append(
            f"repair_synthetic was checked by {r['verifier']}: {syn.get('originals_verified', 0)} of "
            f"{syn.get('originals_checked', 0)} original files verified (`verified` is "
            f"`{'test-double' if r.get('verifier_is_test_double') else 'builder'}` only for those); "
            f"{syn.get('mutants_verified_dropped', 0)} mutants it accepted were dropped, "
            f"{syn.get('mutants_inconclusive_dropped', 0)} inconclusive runs dropped, "
            f"{syn.get('mutants_rejected_kept', 0)} rejected mutants kept with its first error.")
    if r.get("verifier_is_test_double"):
        notes.insert(0, "WARNING: this build ran the TEST DOUBLE tests/fake_verus, NOT Verus: its "
                        "repair_synthetic error fields and `verified` values come from a fake and "
                        "are labelled so; this build is for testing the builder only.")
    if opts.ledger:
        cmd += " --ledger " + " ".join(str(p) for p in opts.ledger)
    else:
        cmd += " --no-ledger"
    cmd += (" --attempts " + " ".join(str(p) for p in opts.attempts)) if opts.attempts else " --no-attempts"
    if opts.big_slices:
        cmd += " --big-slices"
    if opts.verus:
        cmd += f" --verus {opts.verus}"
    if opts.allow_test_double:
        cmd += " --allow-test-double"
    return CardInfo(dataset_version=DATASET_VERSION, verus_version=TARGET_VERUS_VERSION,
                    sources=sources, build_command=cmd, corpus_dir=corpus_dir,
                    corpus_description=f"corpus `{opts.corpus}`", verifier=r.get("verifier", ""),
                    counts=counts, notes=notes)


def summary_table(res: BuildResult) -> Any:
    """A rich table: samples per config and split, then units, dedup and skipped counts."""
    from rich.table import Table

    tab = Table(title="verusbench build")
    tab.add_column("config")
    names = list(dict.fromkeys(s for sp in res.report["counts"].values() for s in sp)) or list(C.SPLITS)
    for s in names:
        tab.add_column(s, justify="right")
    tab.add_column("total", justify="right")
    for cfg, splits in res.report["counts"].items():
        tab.add_row(cfg, *[str(splits.get(s, 0)) for s in names], str(sum(splits.values())))
    r = res.report
    tab.add_section()
    tab.add_row("units", str(r["units"]), f"files {r['unit_files']}", "", "")
    d = r["dedup"]
    tab.add_row("dedup", f"exact {d['exact_duplicate_docs']}", f"near {d['near_duplicate_links']}",
                f"clusters {d['clusters']}", f"largest {d['largest_cluster']}")
    tab.add_row("dropped (leakage)", str(sum(r["rows_dropped_for_leakage"].values())), "", "", "")
    tab.add_row("held out (answer shown)", str(sum(r.get("clusters_held_out_for_held_out_answers", {}).values())),
                "clusters", "", "")
    di = r.get("rows_dropped_for_integrity", {})
    tab.add_row("dropped (integrity)", str(di.get("total", 0)), "", "", "")
    for rule, n in sorted(di.get("by_rule", {}).items(), key=lambda t: -t[1]):
        tab.add_row(f"  {rule[:32]}", str(n), "", "", "")
    lg = r.get("ledger") or {}
    if lg.get("used"):
        st: Counter = Counter()
        for by in lg.get("rows_by_reference_status", {}).values():
            st.update(by)
        tab.add_row("reference_status", *[f"{k} {v}" for k, v in st.most_common(4)])
        for cfg, d in (lg.get("c_dropped") or {}).items():
            for why, n in d.items():
                tab.add_row(f"  C dropped: {why[:26]}", str(n), cfg, "", "")
    up = r.get("upgrade") or {}
    if up.get("files"):
        tab.add_row("upgraded (Verus-Bench)", str(up["files"]), "", "", "")
    tab.add_row("skipped files", str(len(r["skipped"])), "", "", "")
    for reason, n in sorted(r["skipped_counts"].items(), key=lambda t: -t[1]):
        tab.add_row(f"  {reason[:32]}", str(n), "", "", "")
    return tab
