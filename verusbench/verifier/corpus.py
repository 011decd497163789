"""Verify a folder of files into a ledger: a pending/export folder (manifest + files by
hash) or a plain folder of .rs files. Resumable: files the ledger already answers for this
verifier identity and flag set are skipped, and results are appended as they arrive."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .. import constants as C
from ..ledger import PINNED_FLAGS, Ledger, append_entries, entry_for, identity_key, iter_ledger, text_sha256
from ..pending import ENTRIES, MANIFEST, read_pending
from .binary import VerusBinary, describe_identity, is_test_double
from .job import DEFAULT_FLAGS, VerifyJob


class CorpusError(ValueError):
    """The folder, its flags or the output ledger cannot be used; the message says why."""


@dataclass
class CorpusFile:
    sha256: str
    text: str
    uses: list = field(default_factory=list)


@dataclass
class Corpus:
    name: str
    files: list[CorpusFile]
    flags: list[str]
    skipped: list[str] = field(default_factory=list)   # unreadable / mismatching files, why


def read_corpus(path: str | os.PathLike) -> Corpus:
    """A pending folder (its manifest's flags) or a plain folder of .rs files (pinned flags)."""
    p = Path(path)
    if not p.is_dir():
        raise CorpusError(f"{p} is not a folder (give an `eval --export` folder, a "
                          "verification/pending/<name>/ folder, or a folder of .rs files)")
    if (p / MANIFEST).is_file() or (p / ENTRIES).is_file():
        try:
            folder = read_pending(p)
        except (ValueError, OSError) as e:
            raise CorpusError(str(e)) from None
        flags = folder.meta.get("flags") or list(PINNED_FLAGS)
        uses: dict[str, list] = {}
        for e in folder.entries:
            use = [folder.name, e.get("kind", "file"), e.get("row_id"), e.get("sample")]
            uses.setdefault(e["sha256"], []).append(use)
        files, skipped = [], []
        for sha in folder.shas():
            text = folder.text(sha)
            if text_sha256(text) != sha:   # edited, or not UTF-8 text
                skipped.append(f"{folder.file_path(sha)}: its content does not hash to its name; skipped")
                continue
            files.append(CorpusFile(sha, text, uses[sha]))
        return Corpus(folder.name, files, list(flags), skipped)
    by_sha: dict[str, CorpusFile] = {}
    skipped = []
    for f in sorted(p.rglob("*.rs")):
        rel = str(f.relative_to(p))
        try:
            text = f.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            skipped.append(f"{f}: cannot be read as UTF-8 text ({e}); skipped")
            continue
        sha = text_sha256(text)
        by_sha.setdefault(sha, CorpusFile(sha, text)).uses.append([p.name, "file", rel])
    if not by_sha and not skipped:
        raise CorpusError(f"{p} holds no .rs files and no {MANIFEST}")
    return Corpus(p.name, list(by_sha.values()), list(PINNED_FLAGS), skipped)


def job_settings(flags: list[str]) -> tuple[float, int, tuple[str, ...]]:
    """(rlimit, seed, extra flags) that make `VerifyJob.flags()` equal `flags`."""
    fl = list(flags)
    try:
        base = len(DEFAULT_FLAGS)
        assert fl[:base] == list(DEFAULT_FLAGS) and fl[base] == "--rlimit" and fl[base + 2] == "--smt-option"
        rlimit = float(fl[base + 1])
        seed_opt = fl[base + 3]
        assert seed_opt.startswith("smt.random_seed=")
        seed = int(seed_opt.split("=", 1)[1])
        extra = tuple(fl[base + 4:])
    except (AssertionError, IndexError, ValueError):
        raise CorpusError(f"the folder's flags {fl} are not ones the harness produces "
                          f"({' '.join(DEFAULT_FLAGS)} --rlimit R --smt-option smt.random_seed=N ...)") from None
    if VerifyJob(text="", rlimit=rlimit, seed=seed, extra_flags=extra).flags() != fl:
        raise CorpusError(f"the folder's flags {fl} cannot be reproduced by the harness")
    return rlimit, seed, extra


def open_ledger(out: str | os.PathLike, identity: dict, flags: list[str]) -> Ledger:
    """The existing results in `out` for this identity and flags; refuses a ledger that
    holds another verifier's results (identities are never mixed in one file)."""
    out = Path(out)
    if not out.exists():
        return Ledger(identity, flags)
    try:
        led = Ledger.load([out], identity=identity, flags=flags)
    except OSError as e:
        raise CorpusError(f"cannot read the existing ledger {out} ({type(e).__name__}: {e})") from None
    if led.report.damaged:
        raise CorpusError(f"the existing ledger {out} is damaged ({'; '.join(led.report.damaged)}); a "
                          "run killed while writing a .gz ledger can leave it truncated: recover "
                          "the readable lines with `zcat` into a .jsonl and resume with that")
    if led.report.ignored.get("other verifier identity"):
        other = next((e.result.verifier for e in iter_ledger(out)
                      if identity_key(e.result.verifier) != identity_key(identity)), {})
        raise CorpusError(
            f"{out} holds {led.report.ignored['other verifier identity']} result(s) of another "
            f"verifier ({describe_identity(other)}); this run uses {describe_identity(identity)}. "
            "A ledger never mixes verifier identities: write to another --out.")
    return led


def _plain_newline(out: Path) -> None:
    """A killed run can leave a half-written last line: start the next one on its own line."""
    if out.suffix == ".gz" or not out.is_file() or out.stat().st_size == 0:
        return
    with open(out, "rb+") as f:
        f.seek(-1, os.SEEK_END)
        if f.read(1) != b"\n":
            f.write(b"\n")


def verify_corpus(path: str | os.PathLike, out: str | os.PathLike, verus: VerusBinary, *,
                  timeout_s: float = 120.0, workers: int | None = None, backend: str = "local",
                  address: str | None = None, cache=None, chunk: int | None = None,
                  progress: bool = True, allow_test_double: bool = False,
                  verify: Callable | None = None) -> dict:
    """Verify the folder's files the ledger `out` lacks, appending each chunk's results;
    returns counts. Crashes of the harness are not recorded (a later run retries them)."""
    from .pool import verify_many

    if is_test_double(verus.identity) and not allow_test_double:
        raise CorpusError(f"{verus.path} is the test double (tests/fake_verus), not Verus: a "
                          "ledger must hold real Verus results. Pass --allow-test-double to "
                          "write a ledger labelled with the double's identity (tests only).")
    corpus = read_corpus(path)
    rlimit, seed, extra = job_settings(corpus.flags)
    led = open_ledger(out, verus.identity, corpus.flags)
    todo = [f for f in corpus.files if f.sha256 not in led]
    workers = workers or os.cpu_count() or 1
    chunk = max(1, chunk or 4 * workers)
    verify = verify or (lambda jobs: verify_many(jobs, verus, workers=workers, backend=backend,
                                                 address=address, cache=cache, progress=progress))
    counts: dict[str, int] = {}
    written = crashed = 0
    _plain_newline(Path(out))
    ray_started = _maybe_start_ray(backend, address, workers) if todo else False
    try:
        for i in range(0, len(todo), chunk):
            part = todo[i:i + chunk]
            jobs = [VerifyJob(text=f.text, name=f"{f.sha256[:16]}.rs", rlimit=rlimit, seed=seed,
                              timeout_s=timeout_s, extra_flags=extra) for f in part]
            entries = []
            for f, r in zip(part, verify(jobs)):
                counts[r.status] = counts.get(r.status, 0) + 1
                if r.status == C.STATUS_CRASHED:
                    crashed += 1
                    continue
                entries.append(entry_for(f.text, r, f.uses))
            written += append_entries(out, entries)
    finally:
        if ray_started:
            import ray
            ray.shutdown()
    return {"folder": str(path), "name": corpus.name, "ledger": str(out), "files": len(corpus.files),
            "already_in_ledger": len(corpus.files) - len(todo), "verified_now": len(todo),
            "written": written, "crashed_not_recorded": crashed, "by_status": counts,
            "skipped": corpus.skipped, "existing_ledger": led.report.to_dict(),
            "verifier": verus.identity, "verifier_is_test_double": is_test_double(verus.identity),
            "flags": corpus.flags}


def _maybe_start_ray(backend: str, address: str | None, workers: int) -> bool:
    """Start Ray once for all chunks (verify_many would start and stop it per call)."""
    if backend != "ray":
        return False
    try:
        import ray
    except ImportError as e:
        raise CorpusError("--backend ray needs Ray: pip install 'verusbench[ray]'") from e
    if ray.is_initialized():
        return False
    kw = dict(include_dashboard=False, log_to_driver=False, logging_level="ERROR")
    ray.init(address=address, **kw) if address else ray.init(num_cpus=workers, **kw)
    return True
