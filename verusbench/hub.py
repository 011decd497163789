"""The Hub layout of a build: parquet shards, the dataset card, and a versioned publish.

A build folder is exactly what the Hub dataset repo holds, so
``load_dataset(<build dir>, <config>)`` and ``load_dataset("verusft/tasks", <config>)``
read the same thing with no code of ours::

    README.md                       card: YAML `configs` + `dataset_info`, then the docs
    BUILD_REPORT.json               the builder's report (skipped files and why, dedup, ...)
    LICENSES/<source>__<NAME>       licence texts of every source in the build
    data/<config>/<split>-00000-of-0000N.parquet
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import DATASET_VERSION, TARGET_VERUS_VERSION, __version__
from .constants import SPLITS, TASK_LETTER, TASKS
from .corpus import SourceInfo, license_files, load_manifest

#: Target size of one parquet shard (uncompressed row bytes, a good proxy for file size).
SHARD_BYTES = 100 * 1024 * 1024
README = "README.md"
REPORT = "BUILD_REPORT.json"
DATA_DIR = "data"
LICENSES_DIR = "LICENSES"
SEMVER = re.compile(r"^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$")

TASK_ROWS = {
    "spec_from_code": ("A", "all executable code, signatures, other items",
                       "requires/ensures (+ loop invariants/decreases for variant `full`) "
                       "of the target fn"),
    "code_from_spec": ("B", "signature + spec of the target fn, every other item",
                       "body of the target fn (exec + ghost + proof)"),
    "proof_completion": ("P", "exec code and spec of the target fn",
                         "loop invariants, asserts, proof blocks, lemma calls"),
    "repair": ("C", "the spec of every fn",
               "anything else needed to make the failing file verify (real Verus errors)"),
    "repair_synthetic": ("C", "the spec of every fn",
                         "undo a mutation of a verified unit (error text only if the build "
                         "ran Verus)"),
}

FIELD_DOCS = [
    ("id", "stable content hash: same task and content give the same id in every build"),
    ("task", "`spec_from_code`, `code_from_spec`, `proof_completion`, `repair`, "
             "`repair_synthetic`"),
    ("context", "the file with the open part cut out at the `/*__HOLE__*/` marker "
                "(A, B, P), or the failing file (C)"),
    ("target", "what fills the hole (A, B, P) or the fixed file (C)"),
    ("reference_file", "the original full file"),
    ("prompt / completion", "prompt-completion form for TRL's SFTTrainer"),
    ("messages", "chat form (`role`, `content`) for TRL"),
    ("metadata.source, repo, commit, path", "where the file comes from (pinned commit)"),
    ("metadata.license", "SPDX licence of the source file"),
    ("metadata.role", "the file's role in its source (example, library, project, benchmark, ...)"),
    ("metadata.verus_version", "Verus version the row targets"),
    ("metadata.verified", "`upstream` (unchanged file checked by that project's CI), "
                          "`builder` (real Verus results this build consulted, its ledger or `--verus`, say "
                          "the reference verifies), `unchecked`"),
    ("metadata.features", "constructs in the unit: loops, quantifiers, nonlinear, bit_vector, "
                          "recursion, ghost state, ..."),
    ("metadata.code_lines", "lines of code in the target unit"),
    ("metadata.cluster_id", "near-duplicate cluster (MinHash LSH); no cluster crosses splits"),
    ("metadata.target_fn", "name of the fn the task is cut from (\"\" for whole-file tasks)"),
    ("metadata.variant", "task variant, e.g. `full` / `ensures_only` (A), mutation kind "
                         "(synthetic C)"),
    ("metadata.error_text / error_message / error_category",
     "C only: the broken file's first error as this build's Verus printed it (from the "
     "ledger), its normalised message, and its category"),
    ("metadata.reference_status", "real Verus result of `reference_file` in the build's ledger: "
                                  "`verified`, `failed`, `compile_error`, `timeout`, `crashed`, or "
                                  "`unchecked` (the ledger has no result for this exact text)"),
    ("metadata.reference_first_error", "`line N: message` of the reference's first error (\"\" if none)"),
    ("metadata.broken_status", "C only: the same for the broken file (`context`)"),
    ("metadata.verifier", "the Verus (identity) whose results these statuses are"),
    ("metadata.upgraded / upgrade", "reference rewritten by the Verus-Bench upgrade pass: "
                                    "`final`, `no_decreases_attr` or `both`"),
]

STATUS_COLUMNS = ("verified", "failed", "compile_error", "timeout", "crashed", "unchecked")


@dataclass
class CardInfo:
    """What the dataset card says beyond the rows themselves."""

    dataset_version: str = DATASET_VERSION
    verus_version: str = TARGET_VERUS_VERSION
    sources: list[SourceInfo] = field(default_factory=list)
    build_command: str = ""
    corpus_description: str = ""
    #: Corpus folder whose LICENSES/ are copied into the build (None: no licence texts).
    corpus_dir: str | None = None
    repo_id: str = "verusft/tasks"
    pretty_name: str = "verusbench tasks"
    #: Verus that checked rows in this build ("" when none ran: nothing is `builder` verified).
    verifier: str = ""
    #: Extra figures for the card, e.g. {"units": 123, "files parsed": 456}.
    counts: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


# --- writing -------------------------------------------------------------------------

def _ordered_configs(data: dict[str, dict[str, list[dict]]]) -> list[str]:
    known = [t for t in TASKS if t in data]
    return known + sorted(c for c in data if c not in TASKS)


def _ordered_splits(splits: dict[str, list[dict]]) -> list[str]:
    return [s for s in SPLITS if s in splits] + sorted(s for s in splits if s not in SPLITS)


def _row_bytes(row: dict) -> int:
    return sum(len(row.get(k) or "") for k in ("context", "target", "reference_file", "prompt",
                                                "completion")) + 512


def _jsonable(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return _jsonable(dataclasses.asdict(obj))
    if isinstance(obj, dict):
        return {str(k): _jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, set)):
        return [_jsonable(v) for v in obj]
    if isinstance(obj, Path):
        return str(obj)
    if isinstance(obj, (str, int, float, bool)) or obj is None:
        return obj
    return str(obj)


def _write_split(rows: list[dict], features, out_dir: Path, config: str,
                 split: str) -> tuple[list[Path], int]:
    from datasets import Dataset

    try:
        ds = Dataset.from_list(rows, features=features)
    except Exception as e:  # datasets raises many types for schema mismatches
        hint = ""
        for r in rows:
            missing, extra = set(features) - set(r), set(r) - set(features)
            if missing or extra:
                hint = (f" (row {r.get('id', '?')!r}: missing {sorted(missing)}, "
                        f"unexpected {sorted(extra)})")
                break
        raise ValueError(f"config {config!r} split {split!r}: rows do not match the TaskRow "
                         f"schema{hint}: {e}. Build rows with TaskRow(...).to_dict().") from e
    total = sum(_row_bytes(r) for r in rows)
    n = max(1, math.ceil(total / SHARD_BYTES))
    d = out_dir / DATA_DIR / config
    d.mkdir(parents=True, exist_ok=True)
    paths = []
    # One bar per shard is noise next to the builder's own progress.
    from datasets.utils import logging as ds_logging
    was_on = ds_logging.is_progress_bar_enabled()
    ds_logging.disable_progress_bar()
    try:
        for i in range(n):
            shard = ds.shard(num_shards=n, index=i, contiguous=True) if n > 1 else ds
            p = d / f"{split}-{i:05d}-of-{n:05d}.parquet"
            shard.to_parquet(str(p))
            paths.append(p)
    finally:
        if was_on:
            ds_logging.enable_progress_bar()
    return paths, int(ds.data.nbytes)


def _clear_old_outputs(out: Path) -> None:
    # A rebuild into the same folder must not leave shards of a previous build behind:
    # the `<split>-*.parquet` globs in the card would pick them up.
    data = out / DATA_DIR
    if data.is_dir():
        for p in data.rglob("*.parquet"):
            p.unlink()
    lic = out / LICENSES_DIR
    if lic.is_dir():
        shutil.rmtree(lic)


def copy_licenses(card: CardInfo, sources: list[str], out: Path) -> dict[str, list[str]]:
    """Copy the licence texts of `sources` from the corpus into `<out>/LICENSES/`."""
    copied: dict[str, list[str]] = {}
    if not card.corpus_dir:
        return copied
    available = license_files(card.corpus_dir)
    dst = out / LICENSES_DIR
    for src in sources:
        for p in available.get(src, []):
            dst.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(p, dst / p.name)
            copied.setdefault(src, []).append(f"{LICENSES_DIR}/{p.name}")
    return copied


def write_build(out_dir: str | os.PathLike, data: dict[str, dict[str, list[dict]]], *,
                card: CardInfo, report: dict) -> None:
    """Write parquet shards, README.md card, LICENSES/ and BUILD_REPORT.json into `out_dir`.

    `data[config][split]` is a list of `TaskRow.to_dict()` rows. Empty splits get no files;
    a config whose splits are all empty gets no `configs` entry (the card lists it).
    """
    from .records import hf_features

    if not SEMVER.match(card.dataset_version):
        raise ValueError(f"dataset_version {card.dataset_version!r} is not semver (X.Y.Z)")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    _clear_old_outputs(out)
    features = hf_features()
    written: dict[str, dict[str, list[str]]] = {}
    counts: dict[str, dict[str, int]] = {}
    nbytes: dict[str, dict[str, int]] = {}
    empty_configs: list[str] = []
    for config in _ordered_configs(data):
        splits = data[config]
        counts[config] = {s: len(splits[s]) for s in _ordered_splits(splits)}
        nonempty = [s for s in _ordered_splits(splits) if splits[s]]
        if not nonempty:
            empty_configs.append(config)
            continue
        written[config] = {}
        for split in nonempty:
            paths, nb = _write_split(splits[split], features, out, config, split)
            written[config][split] = [p.relative_to(out).as_posix() for p in paths]
            nbytes.setdefault(config, {})[split] = nb
    if not card.sources and card.corpus_dir:
        # The builder may leave sources empty: the corpus manifest has them.
        try:
            card = dataclasses.replace(card, sources=load_manifest(card.corpus_dir))
        except (OSError, ValueError):
            pass
    if not card.verus_version:
        card = dataclasses.replace(card, verus_version=TARGET_VERUS_VERSION)
    if not card.verifier and isinstance(report.get("verus"), str) and report["verus"]:
        card = dataclasses.replace(card, verifier=report["verus"])
    per_source = _per_source_counts(data)
    source_names = sorted({s.source for s in card.sources} | set(per_source))
    licenses = copy_licenses(card, source_names, out)
    text = render_card(card, features=features, written=written, counts=counts,
                       empty_configs=empty_configs, per_source=per_source, licenses=licenses,
                       report={**report, "_rows_status": per_source_status(data)}, nbytes=nbytes)
    (out / README).write_text(text, encoding="utf-8")
    (out / REPORT).write_text(json.dumps(_jsonable(report), indent=1, ensure_ascii=False) + "\n",
                              encoding="utf-8")


def per_source_status(data: dict[str, dict[str, list[dict]]]) -> dict[str, dict[str, dict[str, int]]]:
    """source -> config -> reference_status -> rows (all splits)."""
    out: dict[str, dict[str, dict[str, int]]] = {}
    for config, splits in data.items():
        for rows in splits.values():
            for r in rows:
                md = r.get("metadata") or {}
                st = md.get("reference_status") or "unchecked"
                d = out.setdefault(md.get("source", "?"), {}).setdefault(config, {})
                d[st] = d.get(st, 0) + 1
    return out


def _status_section(report: dict, by_source: dict[str, dict[str, dict[str, int]]]) -> list[str]:
    """Card lines: the ledger's verifier and reference_status per source and config."""
    lg = report.get("ledger") or {}
    if not lg.get("used"):
        return ["This build consulted no ledger of real Verus results: every row's "
                "`reference_status` is `unchecked` and `test` is not filtered.", ""]
    parts = [f"Reference statuses come from real Verus results (a ledger, "
             f"{lg.get('entries', 0)} files): **{lg.get('verifier', '?')}**, pinned flags "
             "`--rlimit 10 --smt-option smt.random_seed=0`. Ignored ledger lines: "
             f"{lg.get('load', {}).get('ignored') or 'none'}.", ""]
    if lg.get("test_double"):
        parts += ["**WARNING: this ledger was written by the TEST DOUBLE tests/fake_verus, not "
                  "Verus; no status here is a Verus result.**", ""]
    rows = []
    for src in sorted(by_source):
        for cfg in [c for c in TASKS if c in by_source[src]] + sorted(c for c in by_source[src] if c not in TASKS):
            c = by_source[src][cfg]
            rows.append([src, f"`{cfg}`", *[c.get(k, 0) for k in STATUS_COLUMNS], sum(c.values())])
    if rows:
        parts += ["Rows per source, config and `reference_status` (all splits):", "",
                  _table(["source", "config", *STATUS_COLUMNS, "total"], rows), ""]
    drops = lg.get("c_dropped") or {}
    if drops:
        parts += ["C rows left out because they rest on no error of this Verus:", "",
                  _table(["config", "reason", "rows"],
                         [[f"`{c}`", why, n] for c, d in drops.items() for why, n in d.items()]), ""]
    up = report.get("upgrade") or {}
    if up.get("files"):
        parts += [f"Verus-Bench upgrade pass (`verusbench.upgrade`): {up['files']} reference files "
                  f"rewritten ({', '.join(f'{k[9:]}: {v}' for k, v in up.items() if k.startswith('upgraded_'))}); "
                  "their rows say `upgraded: true` and stay `unchecked` (in `test_unverified`) until a "
                  "ledger covers the upgraded text.", ""]
    return parts


MINIMIZE_COLUMNS = ("units", "sliced", "client_form", "slice_not_smaller", "reduced_verified", "slice_verified", "big_slice_verified",
                    "slice_unchecked", "whole_file_kept",
                    "whole_file_unchecked", "not_sliced", "dropped_neither_verifies")


def _minimize_section(report: dict) -> list[str]:
    """Card lines: how project/library/example units were minimized, per source."""
    m = report.get("minimize") or {}
    if not m:
        return []
    if m.get("mode") == "none":
        return ["## Minimization", "", "This build kept whole files as contexts (`--minimize none`).", ""]
    inl = report.get("inline") or {}
    rows = [[src, *[c.get(k, 0) for k in MINIMIZE_COLUMNS], f"{c.get('median_tokens_whole', 0):.0f}",
             f"{c.get('median_tokens_context', 0):.0f}"] for src, c in sorted((m.get("by_source") or {}).items())]
    parts = ["## Minimization", "",
             "Units of project, library and example files are minimized (`verusbench.minimize`): "
             f"multi-file crates are inlined into one file per crate root ({inl.get('crates', 0)} crates "
             f"in {inl.get('groups', 0)} repositories; inline problems {inl.get('problems') or 'none'}), "
             "and each fn is sliced to the closure of what it and its spec mention (a method call "
             "keeps its receiver's type's fn where the syntax fixes that type, every kept type's "
             "fn of the name where it does not); a slice no smaller "
             "than the unit's own file is not used (with `--big-slices`, one whose file fails alone "
             "is used once the ledger says it verifies: `big_slice_verified`, or its verified "
             "reduction: `reduced_verified`). The ledger picks "
             "the context: a slice that verifies; else the whole file if it verifies; else the slice, "
             "`unchecked` until a ledger answers it; a unit whose slice and file both fail is dropped. "
             "`metadata.minimized` says which (`sliced` / `client` / `none`), `context_tokens` its size in code "
             "tokens.", ""]
    if any(c.get("client_form") for c in (m.get("by_source") or {}).values()):
        parts += ["vstd's own units cannot be checked inside vstd's files (vstd is verified as "
                  "itself), so a fn at the top level of a vstd module gets a **client-crate "
                  "form** (`verusbench.client`, `client_form` above): an ordinary crate that links "
                  "vstd, with the fn byte-exact and the private items of its file it needs, inside "
                  "modules mirroring its module path, each glob-importing its vstd counterpart, so "
                  "everything else is vstd's own (a module vstd keeps private is not glob-imported: "
                  "the items of its file the fn needs are copied, public or not). Such contexts say `minimized: client` and "
                  "`slice_of: vstd (client crate)`. vstd holds a verified copy of the fn under the "
                  "same name: a lemma in the closure of vstd's default broadcast groups gets no "
                  "client form (every client has its copy in scope), nor one whose context "
                  "broadcasts a group listing it; an answer that names the copy other than by its bare name "
                  "(a path, a use tree `{f as g}`, a macro's arguments, `r#f`) or adds a "
                  "glob import is refused (integrity rule `library_copy`), and where another vstd "
                  "group lists the fn (`slice_of` then says so) so is an answer that broadcasts "
                  "anything its reference does not. A method of an inherent impl of vstd's types "
                  "(a client cannot add to those impls) is stated and proved as a free fn "
                  "(`verusbench.method_form`: the impl's generics first, `self` the parameter "
                  "`self_`, `Self` the impl's type, its self-calls a free recursion; `slice_of` "
                  "then names the method); its answers may not call vstd's method of that name "
                  "(`.name(..)`) either. A method with no free form (it reads vstd's private fields "
                  "or builds its type from them, calls a private method, is in a trait impl, or its "
                  "module is private) whose type its file defines stays in its impl, and the form "
                  "copies the type with every item of the file the fn needs, so all of them are the "
                  "form's own (`slice_of` then says the type is copied with its impl). A top-level fn "
                  "that needs items of a module vstd keeps private in another file (`arithmetic::"
                  "internals`) gets a form cut from vstd's inlined crate: what a client cannot name "
                  "is copied at its module path, the rest is vstd's through a glob import in each "
                  "copied public module (`slice_of`: cut from the library's crate). Methods of "
                  "types of other files and fns inside inline modules stay as they were: " + "; ".join(
                      f"{k}: {v}" for k, v in list((m.get("no_client_form") or {}).items())[:4]) + ".", ""]
    if m.get("mode") == "contracts":
        parts += ["This build sliced with `--minimize contracts`: the exec and proof fns a slice keeps "
                  "for its target (free or of an impl, outside macros) are trusted contracts, "
                  "`#[verifier::external_body]` with their body replaced by `unimplemented!()`, and "
                  "the closure follows only their signatures and spec clauses. Verus checks a fn "
                  "against its callees' specs, so the target's proof obligations are those of the "
                  "upstream crate; the contracts themselves are not re-verified. Such contexts say "
                  "`minimized: contracts`; the trust protocol counts the contracts as part of the "
                  "locked context, so an answer adding another escape hatch is still refused.", ""]
    if rows:
        parts += [_table(["source", *MINIMIZE_COLUMNS, "median tokens (file)", "median tokens (context)"], rows), ""]
    parts += [f"Median context over these units: {m.get('median_tokens_whole', 0):.0f} code tokens as whole "
              f"files, {m.get('median_tokens_context', 0):.0f} as used; {m.get('slices_pending', 0)} slices "
              "wait for a ledger.", ""]
    if m.get("not_sliced_reasons"):
        parts += ["Units not sliced, by reason: " + "; ".join(f"{k}: {v}" for k, v in m["not_sliced_reasons"].items()), ""]
    return parts


def _per_source_counts(data: dict[str, dict[str, list[dict]]]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for config, splits in data.items():
        for rows in splits.values():
            for r in rows:
                src = (r.get("metadata") or {}).get("source", "?")
                out.setdefault(src, {}).setdefault(config, 0)
                out[src][config] += 1
    return out


# --- the card -----------------------------------------------------------------------

def _size_category(n: int) -> str:
    for limit, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
                        (1_000_000, "100K<n<1M")):
        if n < limit:
            return name
    return "1M<n<10M"


def _hub_license(sources: list[SourceInfo], per_source: dict[str, dict[str, int]]) -> str:
    lics = {s.license for s in sources if s.source in per_source or not per_source}
    if lics == {"MIT"}:
        return "mit"
    if lics == {"Apache-2.0"}:
        return "apache-2.0"
    return "other"


def card_yaml(card: CardInfo, *, features, written: dict[str, dict[str, list[str]]],
              counts: dict[str, dict[str, int]], per_source: dict[str, dict[str, int]],
              nbytes: dict[str, dict[str, int]] | None = None) -> dict:
    """The YAML header: configs (data_files per split), dataset_info, licence, tags."""
    total = sum(sum(v.values()) for v in counts.values())
    lic = _hub_license(card.sources, per_source)
    header: dict[str, Any] = {"pretty_name": card.pretty_name, "license": lic}
    if lic == "other":
        header["license_name"] = "per-source"
        header["license_link"] = f"{LICENSES_DIR}/"
    header.update({
        "language": ["en", "code"],
        "task_categories": ["text-generation"],
        "tags": ["verus", "rust", "formal-verification", "program-synthesis", "code",
                 "specification", "proof"],
        "size_categories": [_size_category(total)],
        "dataset_version": card.dataset_version,
        "verus_version": card.verus_version,
        "configs": [],
        "dataset_info": [],
    })
    feat_yaml = features._to_yaml_list()
    for i, (config, splits) in enumerate(written.items()):
        entry: dict[str, Any] = {"config_name": config,
                                 "data_files": [{"split": s, "path": f"{DATA_DIR}/{config}/{s}-*.parquet"}
                                                for s in splits]}
        if i == 0:
            entry["default"] = True
        header["configs"].append(entry)
        nb = (nbytes or {}).get(config, {})
        header["dataset_info"].append({
            "config_name": config, "features": feat_yaml,
            "splits": [{"name": s, "num_bytes": nb.get(s, 0), "num_examples": counts[config][s]}
                       for s in splits],
            "dataset_size": sum(nb.get(s, 0) for s in splits)})
    return header


def _table(headers: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(str(c).replace("|", "\\|").replace("\n", " ") for c in r) + " |"
              for r in rows]
    return "\n".join(lines)


def _render_mapping(obj: Any) -> str:
    """A report value as markdown: flat dicts and lists of dicts become tables."""
    if isinstance(obj, dict) and obj and all(not isinstance(v, (dict, list)) for v in obj.values()):
        return _table(["figure", "value"], [[k, v] for k, v in obj.items()])
    if isinstance(obj, dict) and obj and all(isinstance(v, dict) for v in obj.values()):
        cols = sorted({k for v in obj.values() for k in v})
        return _table(["", *cols], [[k, *[v.get(c, "") for c in cols]] for k, v in obj.items()])
    if isinstance(obj, list) and obj and all(isinstance(v, dict) for v in obj):
        cols = list(dict.fromkeys(k for v in obj for k in v))
        return _table(cols, [[v.get(c, "") for c in cols] for v in obj])
    if obj in (None, {}, []):
        return "_none recorded_"
    return "```json\n" + json.dumps(_jsonable(obj), indent=1) + "\n```"


CITATION_BIBTEX = """@software{verusbench2026,
  title   = {verusbench: a dataset and Verus-checked benchmark for language models that write verified Rust},
  author  = {{verusbench developers}},
  year    = {2026},
  version = {%s},
  url     = {https://huggingface.co/datasets/%s}
}"""


def render_card(card: CardInfo, *, features, written: dict[str, dict[str, list[str]]],
                counts: dict[str, dict[str, int]], empty_configs: list[str],
                per_source: dict[str, dict[str, int]], licenses: dict[str, list[str]],
                report: dict, nbytes: dict[str, dict[str, int]] | None = None) -> str:
    """README.md text: YAML header then summary, loading, tasks, fields, counts, sources..."""
    import yaml

    header = card_yaml(card, features=features, written=written, counts=counts,
                       per_source=per_source, nbytes=nbytes)
    parts = ["---", yaml.safe_dump(header, sort_keys=False, allow_unicode=True).rstrip(), "---", ""]
    repo = card.repo_id
    first = next(iter(written), "spec_from_code")
    parts += [
        f"# {card.pretty_name}",
        "",
        "Tasks for language models that write **Verus** (verified Rust): write the "
        "specification of given code (A), the code for a given specification (B), the proof "
        "annotations for given code and spec (P), and repair files that Verus rejects (C). "
        "Every row is cut from a real Verus file, so a prediction can be checked by running "
        "Verus on the reassembled file.",
        "",
        f"Dataset version **{card.dataset_version}**, targeting Verus **{card.verus_version}**; "
        f"built by verusbench {__version__}.",
        "",
    ]
    if card.corpus_description:
        parts += [f"Corpus: {card.corpus_description}", ""]
    parts += [
        "## How to load",
        "",
        "```python",
        "from datasets import load_dataset",
        f'ds = load_dataset("{repo}", "{first}")        # or a local build folder',
        f'ds = load_dataset("{repo}", "{first}", revision="v{card.dataset_version}")  # pinned',
        'row = ds["test"][0] if "test" in ds else next(iter(ds.values()))[0]',
        'print(row["prompt"]); print(row["target"])',
        "```",
        "",
        "Each config is one task; the splits are `train`, `validation` and `test`, plus "
        "`test_unverified` when the build consulted a ledger of real Verus results: `test` then "
        "holds only rows whose reference file verified under that Verus (for C, also a broken "
        "file that fails with one of its errors), and `test_unverified` the rest of the held-out "
        "rows (references that fail under this Verus, or that no ledger covers yet). The parquet "
        "files sit under `data/<config>/<split>-*.parquet` and need no loading script.",
        "",
        "## Tasks and the trust protocol",
        "",
        "A verifier proves only what the *specification* says, so every task fixes a **locked** "
        "part (what a human trusts) and an **open** part (what the model writes). A prediction "
        "passes only if the locked part comes back unchanged token for token (comments and "
        "whitespace aside), no soundness escape hatch was added (`assume`, `admit`, "
        "`external_body`, `axiom`, ...), and real Verus reports `0 errors`.",
        "",
        _table(["config", "task", "locked (must come back unchanged)", "open (model writes)"],
               [[f"`{c}`", TASK_ROWS.get(c, (TASK_LETTER.get(c, "?"), "", ""))[0],
                 TASK_ROWS.get(c, ("", "", ""))[1], TASK_ROWS.get(c, ("", "", ""))[2]]
                for c in list(written) + empty_configs]),
        "",
        "## Fields",
        "",
        _table(["field", "meaning"], [[f"`{k}`", v] for k, v in FIELD_DOCS]),
        "",
        "## Rows per config and split",
        "",
    ]
    split_names = list(dict.fromkeys(s for c in counts.values() for s in c)) or list(SPLITS)
    parts.append(_table(["config", *split_names, "total"],
                        [[f"`{c}`", *[counts[c].get(s, 0) for s in split_names],
                          sum(counts[c].values())] for c in counts]))
    parts.append("")
    empty_splits = [f"`{c}/{s}`" for c in written for s, n in counts[c].items() if n == 0]
    if empty_splits:
        parts += [f"Empty splits (no files, absent from `configs`): {', '.join(empty_splits)}.", ""]
    if empty_configs:
        parts += [f"Configs with no rows in this build (left out of `configs`, since "
                  f"`load_dataset` cannot read an empty config): "
                  f"{', '.join(f'`{c}`' for c in empty_configs)}.", ""]
    for k, v in card.counts.items():
        parts.append(f"- {k}: {v}")
    if card.counts:
        parts.append("")
    parts += ["## Sources and licences", "",
              "Every row keeps the licence of the file it was cut from (`metadata.license`). "
              "The licence texts are in `LICENSES/`.", ""]
    configs_seen = list(counts)
    info_by = {s.source: s for s in card.sources}
    rows = []
    for src in sorted(set(info_by) | set(per_source)):
        si = info_by.get(src)
        rows.append([src, si.repo if si else "", f"`{si.commit[:12]}`" if si else "",
                     si.license if si else "", si.verified if si else "",
                     si.files if si else "",
                     *[per_source.get(src, {}).get(c, 0) for c in configs_seen],
                     ", ".join(licenses.get(src, [])) or "_not found in corpus_"])
    parts.append(_table(["source", "repo", "commit", "licence", "verified", "files",
                         *[f"rows `{c}`" for c in configs_seen], "licence text"], rows))
    parts.append("")
    parts += ["## Verification status", "",
              "`metadata.verified` says who checked the reference file: `upstream` means the "
              "unchanged file is checked by its project's CI at the pinned commit; `builder` "
              "means real Verus results consulted by this build (its ledger, or `--verus`) say it "
              "verifies; `unchecked` means nobody we know of did.", ""]
    parts += _status_section(report, report.get("_rows_status") or {})
    if card.verifier:
        parts.append(f"Verus run by this build: {card.verifier}.")
    elif (report.get("ledger") or {}).get("used"):
        parts.append("No Verus ran during this build: every status and error text comes from "
                     "the ledger above.")
    else:
        parts.append("This build did not run Verus: no row is `builder`-verified, and "
                     "`repair_synthetic` rows carry no error text.")
    parts.append("")
    parts += _minimize_section(report)
    parts += ["## Deduplication", "", _render_mapping(report.get("dedup")), "",
              "## Decontamination", "", _render_mapping(report.get("decontamination")), ""]
    skipped = report.get("skipped") or []
    parts += ["## Build", "",
              f"- skipped files: {len(skipped)} (each with its reason in `{REPORT}`)"]
    if card.build_command:
        parts.append(f"- command: `{card.build_command}`")
    for n in card.notes:
        parts.append(f"- {n}")
    parts += ["", "## Citation", "", "```bibtex",
              CITATION_BIBTEX % (card.dataset_version, repo), "```", ""]
    return "\n".join(parts)


# --- validation and publishing -------------------------------------------------------

@dataclass
class PlanFile:
    path_in_repo: str
    size: int


@dataclass
class PublishPlan:
    """One Hub commit: the files it adds, the tag it creates, and (after upload) its id."""

    repo_id: str
    version: str
    tag: str
    commit_message: str
    files: list[PlanFile]
    repo_type: str = "dataset"
    deletes: list[str] = field(default_factory=list)
    dry_run: bool = True
    commit_oid: str = ""
    commit_url: str = ""

    @property
    def total_bytes(self) -> int:
        return sum(f.size for f in self.files)

    def render(self) -> str:
        lines = [f"{'DRY RUN: ' if self.dry_run else ''}commit to {self.repo_type} repo "
                 f"{self.repo_id}",
                 f"  message: {self.commit_message}",
                 f"  tag:     {self.tag}",
                 f"  files:   {len(self.files)}, {_human(self.total_bytes)} in total"]
        w = max((len(f.path_in_repo) for f in self.files), default=0)
        lines += [f"    {f.path_in_repo:<{w}}  {_human(f.size):>10}" for f in self.files]
        if self.deletes:
            lines.append(f"  deletes (stale files of an older build): {len(self.deletes)}")
            lines += [f"    {p}" for p in self.deletes]
        elif self.dry_run:
            lines.append("  (files under data/ and LICENSES/ that the Hub repo holds but this "
                         "build lacks are deleted in the same commit)")
        if self.commit_url:
            lines.append(f"  committed: {self.commit_url}")
        return "\n".join(lines)


def _human(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


class BuildInvalid(ValueError):
    """The build folder is not a publishable Hub layout; the message says what to fix."""


def read_card_yaml(build_dir: str | os.PathLike) -> dict:
    """Parse the YAML header of `<build_dir>/README.md`."""
    import yaml

    path = Path(build_dir) / README
    if not path.is_file():
        raise BuildInvalid(f"{path} missing: run `verusbench build --out {build_dir}` first")
    text = path.read_text(encoding="utf-8")
    m = re.match(r"^---\n(.*?)\n---\n", text, flags=re.S)
    if not m:
        raise BuildInvalid(f"{path}: no YAML header between '---' lines; rebuild the card")
    try:
        header = yaml.safe_load(m.group(1))
    except yaml.YAMLError as e:
        raise BuildInvalid(f"{path}: YAML header does not parse ({e}); rebuild the card") from e
    if not isinstance(header, dict):
        raise BuildInvalid(f"{path}: YAML header is not a mapping")
    return header


def validate_build(build_dir: str | os.PathLike) -> dict:
    """Check card YAML, configs' data files and every parquet file; return the YAML header."""
    import pyarrow.parquet as pq

    root = Path(build_dir)
    header = read_card_yaml(root)
    configs = header.get("configs") or []
    if not configs:
        raise BuildInvalid(f"{root / README}: no `configs` in the YAML header (every config "
                           "was empty?); nothing to publish")
    for c in configs:
        for df in c.get("data_files", []):
            matches = sorted(root.glob(df["path"]))
            if not matches:
                raise BuildInvalid(f"config {c.get('config_name')!r} split {df.get('split')!r}: "
                                   f"no file matches {df['path']!r}; rebuild")
    for p in sorted(root.rglob("*.parquet")):
        try:
            pq.read_metadata(p)
            pq.read_schema(p)
        except Exception as e:  # pyarrow raises ArrowInvalid/OSError for damaged files
            raise BuildInvalid(f"{p.relative_to(root)}: not a readable parquet file ({e}); "
                               "rebuild") from e
    rp = root / REPORT
    if rp.is_file():
        try:
            json.loads(rp.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            raise BuildInvalid(f"{rp}: not valid JSON ({e})") from e
    return header


def plan_publish(build_dir: str | os.PathLike, repo_id: str, version: str) -> PublishPlan:
    """Validate the build and list what one commit would upload (no network)."""
    if not SEMVER.match(version):
        raise BuildInvalid(f"version {version!r} is not semver X.Y.Z")
    root = Path(build_dir)
    header = validate_build(root)
    built = str(header.get("dataset_version", ""))
    if built and built != version:
        raise BuildInvalid(f"the build says dataset_version {built}, but --version is {version}: "
                           f"publish with --version {built} or rebuild with the new version")
    files = [PlanFile(p.relative_to(root).as_posix(), p.stat().st_size)
             for p in sorted(root.rglob("*"))
             if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)]
    return PublishPlan(repo_id=repo_id, version=version, tag=f"v{version}",
                       commit_message=f"verusbench dataset v{version} (Verus "
                                      f"{header.get('verus_version', '?')})",
                       files=files)


def publish(build_dir: str | os.PathLike, repo_id: str, version: str, dry_run: bool = True,
            token: str | None = None) -> PublishPlan:
    """Upload a build to the Hub in one commit and tag it `v<version>`; dry run prints the plan."""
    plan = plan_publish(build_dir, repo_id, version)
    plan.dry_run = dry_run
    if dry_run:
        print(plan.render())
        return plan
    from huggingface_hub import CommitOperationAdd, CommitOperationDelete, HfApi

    root = Path(build_dir)
    api = HfApi(token=token)
    api.create_repo(repo_id, repo_type=plan.repo_type, exist_ok=True, token=token)
    ours = {f.path_in_repo for f in plan.files}
    existing = api.list_repo_files(repo_id, repo_type=plan.repo_type, token=token)
    plan.deletes = sorted(p for p in existing if p not in ours
                          and p.startswith((f"{DATA_DIR}/", f"{LICENSES_DIR}/")))
    ops: list = [CommitOperationAdd(path_in_repo=f.path_in_repo,
                                    path_or_fileobj=str(root / f.path_in_repo))
                 for f in plan.files]
    ops += [CommitOperationDelete(path_in_repo=p) for p in plan.deletes]
    info = api.create_commit(repo_id, operations=ops, commit_message=plan.commit_message,
                             repo_type=plan.repo_type, token=token)
    plan.commit_oid = getattr(info, "oid", "") or ""
    plan.commit_url = getattr(info, "commit_url", "") or ""
    api.create_tag(repo_id, tag=plan.tag, revision=plan.commit_oid or None,
                   tag_message=plan.commit_message, repo_type=plan.repo_type, token=token)
    print(plan.render())
    return plan
