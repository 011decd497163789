"""Run one `VerifyJob`: a private temp dir, a scrubbed environment, the sandbox, the parser."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
import uuid

from .. import constants as C
from .binary import VerusBinary, is_test_double
from .cache import CACHEABLE, ResultCache
from .job import VerifyJob, VerifyResult, cache_key
from .output import decide
from .sandbox import run_limited

#: The file name inside the job's temp dir; its stem is the crate name Verus reports.
FILE_NAME = "candidate.rs"

# Passed through the scrubbed environment when set: where Verus finds Z3 and its toolchain.
PASS_THROUGH = ("VERUS_Z3_PATH", "VERUS_CVC5_PATH", "VERUS_SINGULAR_PATH", "VERUS_USE_RUSTUP",
                "RUSTUP_HOME", "CARGO_HOME", "RUSTUP_TOOLCHAIN", "LC_ALL")


def job_env(tmpdir: str, verus: VerusBinary) -> dict[str, str]:
    """PATH, HOME=tmpdir, LANG and the Verus/rustup variables; nothing else."""
    env = {"PATH": os.environ.get("PATH", os.defpath), "HOME": tmpdir, "TMPDIR": tmpdir,
           "LANG": os.environ.get("LANG", "C.UTF-8")}
    for k in PASS_THROUGH:
        if os.environ.get(k):
            env[k] = os.environ[k]
    # HOME moves to the temp dir, so rustup must be told where its real home is.
    home = os.path.expanduser("~")
    for var, sub in (("RUSTUP_HOME", ".rustup"), ("CARGO_HOME", ".cargo")):
        if var not in env and os.path.isdir(os.path.join(home, sub)):
            env[var] = os.path.join(home, sub)
    if is_test_double(verus.identity):  # the double's own knobs (tests only)
        env.update({k: v for k, v in os.environ.items() if k.startswith("FAKE_VERUS_")})
    return env


def _encode(text: str) -> bytes:
    # Text that is not valid Unicode is written as the bytes it stands for; the verifier,
    # not the harness, then rejects the file (rustc needs UTF-8 source).
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        try:
            return text.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            return text.encode("utf-8", "surrogatepass")


def run_job(job: VerifyJob, verus: VerusBinary, cache: ResultCache | None = None,
            token: str | None = None, tmp_root: str | None = None) -> VerifyResult:
    """Verify one file under the pinned flags and limits; a cache hit is returned as is.

    The job's private directory is made under `tmp_root` (default: the system temp dir);
    pools pass a per-run directory so that a worker killed mid-job leaks nothing.
    """
    flags = job.flags()
    key = cache_key(job.text, flags, verus.identity)
    if cache is not None:
        hit = cache.get(key)
        if hit is not None:
            hit.name = job.name
            return hit
    t0 = time.perf_counter()
    tmpdir = tempfile.mkdtemp(prefix="verusbench-job-", dir=tmp_root)
    stderr_tail = ""
    try:
        path = os.path.join(tmpdir, FILE_NAME)
        with open(path, "wb") as f:
            f.write(_encode(job.text))
        try:
            ro = run_limited([verus.path, path, *flags], cwd=tmpdir, env=job_env(tmpdir, verus),
                             timeout_s=job.timeout_s, memory_mb=job.memory_mb,
                             token=token or uuid.uuid4().hex)
        except OSError as e:
            return VerifyResult(C.STATUS_CRASHED, 0, 0, [], time.perf_counter() - t0, verus.identity,
                                flags, key, job.name, notes=[f"could not start {verus.path}: {e}"])
        # The temp path would make results differ between runs: name it <tmp>.
        stdout = ro.stdout.decode("utf-8", "replace").replace(tmpdir, "<tmp>")
        stderr = ro.stderr.decode("utf-8", "replace").replace(tmpdir, "<tmp>")
        stderr_tail = ro.stderr_tail.decode("utf-8", "replace").replace(tmpdir, "<tmp>")
        outcome = decide(ro.returncode, stdout, stderr, timed_out=ro.timed_out,
                         file_name=FILE_NAME, stderr_tail=stderr_tail)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    notes = ro.notes + outcome.notes
    if outcome.status == C.STATUS_TIMEOUT:
        notes.append(f"timeout after {job.timeout_s:g} s")
    result = VerifyResult(outcome.status, outcome.verified, outcome.errors, outcome.diagnostics,
                          time.perf_counter() - t0, verus.identity, flags, key, job.name,
                          stderr_tail=stderr_tail[-4000:], notes=notes)
    if cache is not None and result.status in CACHEABLE:
        cache.put(key, result)
    return result
