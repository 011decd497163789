"""Raw corpus records and the source manifest.

A corpus is one of:
  * ``"demo"``: the small set of Verus programs shipped in ``verusbench/demo_corpus``;
  * a folder of ``<source>.jsonl.gz`` files (one JSON record per line) plus ``MANIFEST.json``
    and ``LICENSES/<source>__<NAME>`` (the layout ``dataset_scripts/fetch_sources.py`` writes);
  * any folder of ``.rs`` files (walked recursively; one source named after the folder).

Bad input never stops iteration: each problem becomes a :class:`CorpusError` naming the
file, the line and what to do, and the rest of the corpus is still read.
"""

from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from .constants import ROLE_DEMO, ROLE_PROJECT, VERIFIED_UNCHECKED, VERIFIED_UPSTREAM
from .jsonl import Lines

#: Fields every JSONL record must carry.
RECORD_FIELDS = ("source", "repo", "commit", "path", "role", "license", "text")
MANIFEST_NAME = "MANIFEST.json"
LICENSES_DIR = "LICENSES"
#: File names recognised as a licence when reading a plain folder of `.rs` files.
LICENSE_NAMES = ("LICENSE", "LICENSE.txt", "LICENSE.md", "LICENSE-MIT", "LICENSE-APACHE",
                 "COPYING", "COPYRIGHT", "LICENCE")
#: Opening words of common licence texts -> SPDX id (enough for a folder's LICENSE file).
_LICENSE_SIGNATURES = (
    ("MIT License", "MIT"),
    ("Permission is hereby granted, free of charge", "MIT"),
    ("Apache License", "Apache-2.0"),
    ("Mozilla Public License Version 2.0", "MPL-2.0"),
    ("BSD 3-Clause", "BSD-3-Clause"),
    ("Redistribution and use in source and binary forms", "BSD-3-Clause"),
    ("GNU GENERAL PUBLIC LICENSE", "GPL"),
)


@dataclass
class CorpusRecord:
    """One file of a source: where it came from, under which licence, and its text."""

    source: str
    repo: str
    commit: str
    path: str
    role: str                       # constants.ROLE_*
    license: str                    # SPDX expression; "" when unknown (the builder rejects it)
    text: str
    verified: str = VERIFIED_UPSTREAM  # constants.VERIFIED_UPSTREAM | VERIFIED_UNCHECKED

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in (*RECORD_FIELDS, "verified")}


@dataclass
class SourceInfo:
    """One pinned upstream source as listed in MANIFEST.json."""

    source: str
    repo: str
    commit: str
    commit_date: str
    license: str
    files: int
    bytes: int
    roles: dict[str, int] = field(default_factory=dict)
    paths: list[str] = field(default_factory=list)
    verified: str = VERIFIED_UPSTREAM

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "SourceInfo":
        return cls(source=str(d["source"]), repo=str(d.get("repo", "")),
                   commit=str(d.get("commit", "")), commit_date=str(d.get("commit_date", "")),
                   license=str(d.get("license", "")), files=int(d.get("files", 0)),
                   bytes=int(d.get("bytes", 0)), roles=dict(d.get("roles", {})),
                   paths=list(d.get("paths", [])),
                   verified=str(d.get("verified", VERIFIED_UPSTREAM)))

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "repo": self.repo, "commit": self.commit,
                "commit_date": self.commit_date, "license": self.license, "files": self.files,
                "bytes": self.bytes, "roles": dict(self.roles), "paths": list(self.paths),
                "verified": self.verified}


@dataclass
class CorpusError:
    """A file or record that could not be read; `reason` says what was wrong and what to do."""

    file: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.reason}"


def demo_corpus_dir() -> Path:
    """Folder of the demo corpus shipped inside the package."""
    return Path(__file__).parent / "demo_corpus"


def resolve_corpus(spec: str | os.PathLike) -> Path:
    """`"demo"` -> the shipped folder; anything else -> that path (which must exist)."""
    if str(spec) == "demo":
        return demo_corpus_dir()
    p = Path(spec)
    if not p.exists():
        raise FileNotFoundError(
            f"corpus {str(spec)!r} not found: pass 'demo', a folder of <source>.jsonl.gz files "
            "with MANIFEST.json, or a folder of .rs files")
    return p


def load_manifest(corpus_dir: str | os.PathLike) -> list[SourceInfo]:
    """The sources listed in `<corpus_dir>/MANIFEST.json` (or that file itself); [] if none."""
    path = resolve_corpus(corpus_dir)
    if path.is_dir():
        path = path / MANIFEST_NAME
    if not path.is_file():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ValueError(f"{path}: not valid JSON ({e}); restore it from the corpus you fetched "
                         "or rerun dataset_scripts/fetch_sources.py") from e
    sources = data.get("sources", []) if isinstance(data, dict) else []
    out = []
    for i, s in enumerate(sources):
        try:
            out.append(SourceInfo.from_dict(s))
        except (KeyError, TypeError, ValueError) as e:
            raise ValueError(f"{path}: source entry #{i} is malformed ({e!r}); "
                             "each entry needs at least 'source'") from e
    return out


def license_files(corpus_dir: str | os.PathLike) -> dict[str, list[Path]]:
    """Licence texts per source, from `LICENSES/<source>__<NAME>` in the corpus folder."""
    d = resolve_corpus(corpus_dir) / LICENSES_DIR
    out: dict[str, list[Path]] = {}
    if not d.is_dir():
        return out
    for p in sorted(d.iterdir()):
        if p.is_file() and "__" in p.name:
            src = p.name.split("__", 1)[0]
            out.setdefault(src, []).append(p)
    return out


def corpus_kind(path: Path) -> str:
    """'jsonl' if the folder holds `*.jsonl.gz`, 'demo' for the shipped folder, else 'rs'."""
    if path.resolve() == demo_corpus_dir().resolve():
        return "demo"
    if path.is_dir() and any(path.glob("*.jsonl.gz")):
        return "jsonl"
    return "rs"


def iter_corpus(spec: str | os.PathLike, sources: list[str] | None = None,
                errors: list[CorpusError] | None = None) -> Iterator[CorpusRecord]:
    """Yield the records of a corpus (see module doc); problems go to `errors` and are skipped."""
    errs: list[CorpusError] = errors if errors is not None else []
    root = resolve_corpus(spec)
    kind = corpus_kind(root)
    wanted = set(sources) if sources else None
    if kind == "jsonl":
        yield from _iter_jsonl_dir(root, wanted, errs)
    elif kind == "demo":
        yield from _iter_demo(root, wanted, errs)
    else:
        yield from _iter_rs_dir(root, wanted, errs)


# --- gzip JSONL ---------------------------------------------------------------

def _iter_jsonl_dir(root: Path, wanted: set[str] | None,
                    errs: list[CorpusError]) -> Iterator[CorpusRecord]:
    files = sorted(root.glob("*.jsonl.gz"))
    if wanted is not None:
        known = {f.name[: -len(".jsonl.gz")] for f in files}
        for missing in sorted(wanted - known):
            errs.append(CorpusError(str(root), None,
                                    f"source {missing!r} has no {missing}.jsonl.gz here; "
                                    f"known sources: {', '.join(sorted(known)) or 'none'}"))
    for f in files:
        src = f.name[: -len(".jsonl.gz")]
        if wanted is not None and src not in wanted:
            continue
        yield from iter_jsonl_file(f, errs)


def iter_jsonl_file(path: Path, errs: list[CorpusError]) -> Iterator[CorpusRecord]:
    """Records of one `<source>.jsonl.gz`; a bad line is reported and skipped."""
    lines = Lines(path)
    try:
        for lineno, raw in lines:
            rec = _parse_line(path, lineno, raw, errs)
            if rec is not None:
                yield rec
    except OSError as e:
        errs.append(CorpusError(str(path), None, f"cannot read file ({e.strerror or e}); "
                                "re-fetch this source"))
    if lines.damage:
        d = lines.damage
        errs.append(CorpusError(str(path), d.line if d.line > 1 else None,
                                f"gzip stream is corrupt or truncated ({d.reason}); records after this "
                                "point were not read: re-fetch this source"))


def _parse_line(path: Path, lineno: int, raw: bytes,
                errs: list[CorpusError]) -> CorpusRecord | None:
    try:
        d = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        errs.append(CorpusError(str(path), lineno, f"line is not UTF-8 ({e.reason} at byte "
                                f"{e.start}); skipped: fix or drop this record"))
        return None
    except json.JSONDecodeError as e:
        errs.append(CorpusError(str(path), lineno, f"line is not valid JSON ({e.msg} at column "
                                f"{e.colno}); skipped: fix or drop this record"))
        return None
    if not isinstance(d, dict):
        errs.append(CorpusError(str(path), lineno, f"record is a JSON {type(d).__name__}, not an "
                                "object; skipped"))
        return None
    missing = [k for k in RECORD_FIELDS if k not in d]
    bad = [k for k in RECORD_FIELDS if k in d and not isinstance(d[k], str)]
    if missing or bad:
        what = []
        if missing:
            what.append("missing " + ", ".join(missing))
        if bad:
            what.append("not a string: " + ", ".join(bad))
        errs.append(CorpusError(str(path), lineno, f"record {d.get('path', '?')!r}: "
                                f"{'; '.join(what)}; skipped: every record needs "
                                f"{', '.join(RECORD_FIELDS)}"))
        return None
    verified = d.get("verified", VERIFIED_UPSTREAM)
    if not isinstance(verified, str):
        verified = VERIFIED_UPSTREAM
    return CorpusRecord(**{k: d[k] for k in RECORD_FIELDS}, verified=verified)


# --- folders of .rs files -------------------------------------------------------

def _read_text(path: Path, rel: str, errs: list[CorpusError]) -> str | None:
    try:
        data = path.read_bytes()
    except OSError as e:
        errs.append(CorpusError(rel, None, f"cannot read file ({e.strerror}); skipped"))
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        errs.append(CorpusError(rel, line, f"file is not UTF-8 (byte {e.start}); skipped: "
                                "re-encode it as UTF-8"))
        return None


def _iter_demo(root: Path, wanted: set[str] | None,
               errs: list[CorpusError]) -> Iterator[CorpusRecord]:
    info = load_manifest(root)
    if not info:
        raise FileNotFoundError(f"{root / MANIFEST_NAME} missing: the demo corpus is damaged, "
                                "reinstall verusbench")
    si = info[0]
    if wanted is not None and si.source not in wanted:
        return
    for p in sorted(root.glob("*.rs")):
        text = _read_text(p, f"{si.source}/{p.name}", errs)
        if text is None:
            continue
        yield CorpusRecord(source=si.source, repo=si.repo, commit=si.commit, path=p.name,
                           role=ROLE_DEMO, license=si.license, text=text,
                           verified=VERIFIED_UNCHECKED)


def detect_license(folder: Path) -> str:
    """SPDX id guessed from a LICENSE-like file in `folder` ("" if none or unrecognised)."""
    ids: list[str] = []
    for name in LICENSE_NAMES:
        p = folder / name
        if not p.is_file():
            continue
        try:
            head = p.read_text(encoding="utf-8", errors="replace")[:4000]
        except OSError:
            continue
        for sig, spdx in _LICENSE_SIGNATURES:
            if sig.lower() in head.lower():
                if spdx not in ids:
                    ids.append(spdx)
                break
    return " OR ".join(ids)


def _iter_rs_dir(root: Path, wanted: set[str] | None,
                 errs: list[CorpusError]) -> Iterator[CorpusRecord]:
    source = root.resolve().name
    if wanted is not None and source not in wanted:
        return
    lic = detect_license(root)
    files = [root] if root.is_file() else sorted(
        p for p in root.rglob("*.rs") if p.is_file() and ".git" not in p.parts)
    base = root.parent if root.is_file() else root
    for p in files:
        rel = p.relative_to(base).as_posix()
        text = _read_text(p, f"{source}/{rel}", errs)
        if text is None:
            continue
        yield CorpusRecord(source=source, repo="", commit="", path=rel, role=ROLE_PROJECT,
                           license=lic, text=text, verified=VERIFIED_UNCHECKED)


# --- writing (used by dataset_scripts/fetch_sources.py) ---------------------------

def write_source_jsonl(out_dir: str | os.PathLike, source: str,
                       records: list[CorpusRecord]) -> Path:
    """Write `<out_dir>/<source>.jsonl.gz` (one JSON object per line, sorted by path)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{source}.jsonl.gz"
    # mtime=0 so the same records give byte-identical files (reproducible corpora).
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
        for r in sorted(records, key=lambda r: r.path):
            d = {k: getattr(r, k) for k in RECORD_FIELDS}
            fh.write(json.dumps(d, ensure_ascii=False).encode("utf-8") + b"\n")
    return path


def write_manifest(out_dir: str | os.PathLike, sources: list[SourceInfo]) -> Path:
    """Write `<out_dir>/MANIFEST.json` in the shape `load_manifest` reads."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    data = {"format": "one gzip JSONL file per source; record = "
                      "{source, repo, commit, path, role, license, text}",
            "sources": [s.to_dict() for s in sources]}
    path = out / MANIFEST_NAME
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return path


def source_info_for(records: list[CorpusRecord], *, source: str, repo: str, commit: str,
                    commit_date: str, license: str, paths: list[str],
                    verified: str = VERIFIED_UPSTREAM) -> SourceInfo:
    """A manifest entry whose counts (files, bytes, roles) are computed from `records`."""
    roles: dict[str, int] = {}
    for r in records:
        roles[r.role] = roles.get(r.role, 0) + 1
    return SourceInfo(source=source, repo=repo, commit=commit, commit_date=commit_date,
                      license=license, files=len(records),
                      bytes=sum(len(r.text.encode("utf-8")) for r in records),
                      roles=roles, paths=list(paths), verified=verified)


# --- fetching pinned sources (dataset_scripts/fetch_sources.py) -------------------
#
# Role rules, first matching path prefix wins. They restate how the shipped corpus was
# cut: the Verus repo's examples are `example`, vstd is `library`, its test suite is
# `test_suite`; benchmark repos are `benchmark` (finished tasks and solutions) or
# `benchmark_task` (specs without bodies); LLM outputs are `llm_solution` (final,
# verified answers) or `llm_run_artifact` (intermediate run logs); AutoVerus traces are
# `repair_chain`; whole verified systems are `project`.
ROLE_RULES: dict[str, list[tuple[str, str]]] = {
    "verus": [("examples/", "example"), ("source/vstd/", "library"),
              ("source/rust_verify_test/tests/", "test_suite")],
    "human-eval-verus": [("tasks/", "benchmark")],
    "verus-bench": [("benchmarks/Verus-Bench/", "benchmark")],
    "autoverus-traces": [("generated/autoverus/", "repair_chain")],
    "vericoding": [("benchmarks/verus/", "benchmark_task"), ("vericoded/verus/", "llm_solution"),
                   ("verus/src/", "llm_run_artifact")],
}
#: File kinds kept per source (default: Rust sources plus crate manifests for projects).
FETCH_EXTENSIONS: dict[str, tuple[str, ...]] = {
    "verus": (".rs",),
    "human-eval-verus": (".rs",),
    "autoverus-traces": (".rs",),
    "verus-bench": (".rs", ".md", ".jsonl"),
    "vericoding": (".rs", ".md", ".yaml", ".yml", ".json", ".jsonl", ".csv", ".txt"),
}
DEFAULT_EXTENSIONS = (".rs", ".toml")


def assign_role(source: str, path: str) -> str | None:
    """Role of `path` in `source` by ROLE_RULES; None if a ruled source does not cover it."""
    rules = ROLE_RULES.get(source)
    if rules is None:
        return ROLE_PROJECT
    for prefix, role in rules:
        if path.startswith(prefix):
            return role
    return None


def repo_url(repo: str) -> str:
    """Clone URL: `owner/name` means GitHub; a URL or absolute path is used as given."""
    if "://" in repo or repo.startswith("/"):
        return repo
    return f"https://github.com/{repo}.git"


def _git(args: list[str], cwd: Path) -> str:
    import subprocess

    res = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)
    if res.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)} failed in {cwd}: {res.stderr.strip()}")
    return res.stdout.strip()


def checkout_pinned(info: SourceInfo, dest: Path, url: str | None = None) -> Path:
    """Shallow-fetch `info.repo` at exactly `info.commit` into `dest` (full clone as fallback)."""
    url = url or repo_url(info.repo)
    dest.mkdir(parents=True, exist_ok=True)
    if not (dest / ".git").exists():
        _git(["init", "-q"], dest)
        _git(["remote", "add", "origin", url], dest)
    try:
        _git(["fetch", "-q", "--depth", "1", "origin", info.commit], dest)
    except RuntimeError:
        # Servers that refuse fetch-by-SHA: fetch everything, then pick the commit.
        _git(["fetch", "-q", "origin"], dest)
    _git(["-c", "advice.detachedHead=false", "checkout", "-q", info.commit], dest)
    head = _git(["rev-parse", "HEAD"], dest)
    if head != info.commit:
        raise RuntimeError(f"{info.source}: checked out {head}, manifest pins {info.commit}")
    return dest


def collect_records(info: SourceInfo, checkout: Path,
                    errs: list[CorpusError] | None = None) -> list[CorpusRecord]:
    """Records of the files under `info.paths` in a checkout, with roles by ROLE_RULES."""
    errs = errs if errs is not None else []
    exts = FETCH_EXTENSIONS.get(info.source, DEFAULT_EXTENSIONS)
    seen: set[str] = set()
    out: list[CorpusRecord] = []
    for sub in info.paths or ["."]:
        base = (checkout / sub).resolve()
        if not base.exists():
            errs.append(CorpusError(f"{info.source}/{sub}", None,
                                    "listed path does not exist at the pinned commit; "
                                    "fix `paths` in MANIFEST.json"))
            continue
        files = [base] if base.is_file() else sorted(base.rglob("*"))
        for p in files:
            if not p.is_file() or ".git" in p.relative_to(checkout.resolve()).parts:
                continue
            rel = p.relative_to(checkout.resolve()).as_posix()
            if rel in seen or not rel.endswith(exts):
                continue
            seen.add(rel)
            role = assign_role(info.source, rel)
            if role is None:
                continue
            text = _read_text(p, f"{info.source}/{rel}", errs)
            if text is None:
                continue
            out.append(CorpusRecord(source=info.source, repo=info.repo, commit=info.commit,
                                    path=rel, role=role, license=info.license, text=text,
                                    verified=info.verified))
    return out


def copy_license_files(source: str, checkout: Path, out_dir: Path) -> list[Path]:
    """Copy the repo's top-level licence files to `<out_dir>/LICENSES/<source>__<NAME>`."""
    import shutil

    lic_dir = out_dir / LICENSES_DIR
    lic_dir.mkdir(parents=True, exist_ok=True)
    copied = []
    for p in sorted(checkout.iterdir()):
        up = p.name.upper()
        if p.is_file() and up.startswith(("LICENSE", "LICENCE", "COPYING", "COPYRIGHT")):
            dst = lic_dir / f"{source}__{p.name}"
            shutil.copyfile(p, dst)
            copied.append(dst)
    return copied


def fetch_sources(manifest: str | os.PathLike, out_dir: str | os.PathLike,
                  work_dir: str | os.PathLike, only: list[str] | None = None,
                  errors: list[CorpusError] | None = None,
                  progress: bool = True) -> list[SourceInfo]:
    """Clone every manifest source at its pinned commit and write the JSONL corpus layout."""
    errs = errors if errors is not None else []
    infos = load_manifest(manifest)
    if not infos:
        raise FileNotFoundError(f"{manifest}: no sources listed (expected MANIFEST.json)")
    if only:
        infos = [i for i in infos if i.source in set(only)]
    out, work = Path(out_dir), Path(work_dir)
    written: list[SourceInfo] = []
    clones: dict[tuple[str, str], Path] = {}
    it = infos
    if progress:
        from tqdm import tqdm
        it = tqdm(infos, desc="sources", unit="src")
    for info in it:
        key = (info.repo, info.commit)
        try:
            if key not in clones:  # two sources may come from one repo (verus-bench, autoverus)
                safe = info.repo.replace("/", "__").replace(":", "_")
                clones[key] = checkout_pinned(info, work / f"{safe}@{info.commit[:12]}")
            ck = clones[key]
        except RuntimeError as e:
            errs.append(CorpusError(info.source, None, f"{e}; source skipped"))
            continue
        recs = collect_records(info, ck, errs)
        write_source_jsonl(out, info.source, recs)
        copy_license_files(info.source, ck, out)
        date = _git(["show", "-s", "--format=%cs", "HEAD"], ck)
        written.append(source_info_for(recs, source=info.source, repo=info.repo,
                                       commit=info.commit, commit_date=date,
                                       license=info.license, paths=info.paths,
                                       verified=info.verified))
    write_manifest(out, written)
    return written
