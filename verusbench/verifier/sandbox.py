"""Running one verifier process under the limits Verus lacks.

A wall-clock limit that kills the whole process group, an address-space limit, output
caps, no network and a private pid namespace where `unshare` allows it, and a sweep that
kills anything the job left behind (found by a token in its environment) where it does not.
Nothing started for a job outlives it: not after success, a timeout, or Ctrl-C.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import os
import resource
import selectors
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass, field

#: Environment variable that carries a job's token into every process it starts.
TOKEN_VAR = "VERUSBENCH_JOB_TOKEN"
#: Set to 1 to skip the namespace sandbox (tests of the fallback path; odd kernels).
NO_UNSHARE_VAR = "VERUSBENCH_NO_UNSHARE"

STDOUT_CAP = 32 << 20   # the JSON summary (func-details can be large)
STDERR_CAP = 8 << 20    # diagnostics; beyond this only the tail is kept
TAIL_CAP = 64 << 10

_PR_SET_PDEATHSIG = 1
try:
    _LIBC = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
except OSError:  # not glibc/Linux: no parent-death signal
    _LIBC = None


@dataclass
class Isolation:
    prefix: tuple[str, ...]
    pid_namespace: bool
    note: str
    #: setpriv/prlimit paths when limits can be set by exec wrappers; else preexec_fn (slower:
    #: it forces a full fork of the calling process)
    setpriv: str | None = None
    prlimit: str | None = None


def _exec_limits() -> tuple[str | None, str | None]:
    setpriv, prlimit = shutil.which("setpriv"), shutil.which("prlimit")
    if not (setpriv and prlimit):
        return None, None
    try:
        r = subprocess.run([setpriv, "--pdeathsig", "KILL", "--", prlimit, "--as=1073741824",
                            "--core=0", "--", "true"], stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return None, None
    return (setpriv, prlimit) if r.returncode == 0 else (None, None)


@functools.lru_cache(maxsize=4)
def _probe(disabled: bool) -> Isolation:
    iso = _probe_namespaces(disabled)
    iso.setpriv, iso.prlimit = _exec_limits()
    return iso


def _probe_namespaces(disabled: bool) -> Isolation:
    if disabled:
        return Isolation((), False, f"no namespace sandbox ({NO_UNSHARE_VAR} set): no network "
                                    "isolation; leftovers are found by environment token")
    unshare = shutil.which("unshare")
    if unshare:
        # --kill-child: the namespace's init dies with unshare, taking every process in it.
        candidates = [
            ((unshare, "--net", "--pid", "--fork", "--kill-child"), True, "unshare --net --pid"),
            ((unshare, "--user", "--map-root-user", "--net", "--pid", "--fork", "--kill-child"),
             True, "unshare --user --net --pid"),
            ((unshare, "--net"), False, "unshare --net"),
            ((unshare, "--user", "--map-root-user", "--net"), False, "unshare --user --net"),
        ]
        for prefix, pidns, label in candidates:
            try:
                r = subprocess.run([*prefix, "true"], stdin=subprocess.DEVNULL,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                continue
            if r.returncode == 0:
                return Isolation(prefix, pidns, f"sandbox: no network, {label}" +
                                 ("" if pidns else "; leftovers are found by environment token"))
    return Isolation((), False, "no network isolation (unshare unavailable on this OS); "
                                "leftovers are found by environment token")


def isolation() -> Isolation:
    """The sandbox this OS allows, probed once per process."""
    return _probe(os.environ.get(NO_UNSHARE_VAR, "") not in ("", "0"))


def sweep(token_prefix: str) -> list[int]:
    """SIGKILL every process whose environment carries a job token starting with the prefix."""
    needle = f"{TOKEN_VAR}={token_prefix}".encode()
    killed = []
    me = os.getpid()
    try:
        pids = [int(p) for p in os.listdir("/proc") if p.isdigit()]
    except OSError:
        return killed
    for pid in pids:
        if pid == me:
            continue
        try:
            with open(f"/proc/{pid}/environ", "rb") as f:
                env = f.read()
        except OSError:
            continue
        # environ is NUL-separated; match the variable at the start of an entry
        if env.startswith(needle) or (b"\0" + needle) in env:
            try:
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
            except OSError:
                pass
    return killed


@dataclass
class RunOutput:
    returncode: int | None
    stdout: bytes
    stderr: bytes
    stderr_tail: bytes
    timed_out: bool
    wall_s: float
    notes: list[str] = field(default_factory=list)


class _Capture:
    """Keeps the first `cap` bytes of a stream and a rolling tail; drains the rest."""

    def __init__(self, cap: int):
        self.cap = cap
        self.head = bytearray()
        self.tail = b""
        self.total = 0

    def add(self, chunk: bytes) -> None:
        self.total += len(chunk)
        room = self.cap - len(self.head)
        if room > 0:
            self.head += chunk[:room]
        self.tail = (self.tail + chunk)[-TAIL_CAP:]

    @property
    def truncated(self) -> bool:
        return self.total > self.cap


def _preexec(memory_mb: int):
    limit = int(memory_mb) << 20

    def fn() -> None:  # runs in the child between fork and exec: keep it to syscalls
        if limit > 0:
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if _LIBC is not None:  # die with the worker that started us, even on SIGKILL
            _LIBC.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    return fn


def _command(iso: Isolation, argv: list[str], memory_mb: int):
    """(full argv, preexec_fn): limits by exec wrappers where possible, else in preexec_fn.

    Either way the first process gets a parent-death SIGKILL (so a worker that dies takes
    its job along), an address-space limit and no core dumps; all of it is inherited.
    """
    if iso.setpriv and iso.prlimit:
        limits = [iso.setpriv, "--pdeathsig", "KILL", "--", iso.prlimit, "--core=0"]
        if memory_mb > 0:
            limits.append(f"--as={int(memory_mb) << 20}")
        return [*limits, "--", *iso.prefix, *argv], None
    return [*iso.prefix, *argv], _preexec(memory_mb)


def _killpg(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def run_limited(argv: list[str], *, cwd: str, env: dict[str, str], timeout_s: float,
                memory_mb: int, token: str, stdout_cap: int = STDOUT_CAP,
                stderr_cap: int = STDERR_CAP) -> RunOutput:
    """Run argv in its own session under the limits; always leaves nothing running."""
    iso = isolation()
    env = {**env, TOKEN_VAR: token}
    notes = [iso.note]
    t0 = time.perf_counter()
    cmd, preexec = _command(iso, argv, memory_mb)
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True, preexec_fn=preexec, close_fds=True)
    pgid = proc.pid  # start_new_session: the child leads its own group
    out, err = _Capture(stdout_cap), _Capture(stderr_cap)
    timed_out = False
    sel = selectors.DefaultSelector()
    try:
        sel.register(proc.stdout, selectors.EVENT_READ, out)
        sel.register(proc.stderr, selectors.EVENT_READ, err)
        deadline = t0 + timeout_s
        exited_at = None
        while sel.get_map():
            now = time.perf_counter()
            if now >= deadline:
                timed_out = proc.poll() is None
                break
            for key, _ in sel.select(timeout=min(deadline - now, 0.1)):
                chunk = os.read(key.fd, 1 << 16)
                if chunk:
                    key.data.add(chunk)
                else:
                    sel.unregister(key.fileobj)
            if proc.poll() is not None:
                # a leftover may hold the pipes open: give it a moment, then stop reading
                exited_at = exited_at or time.perf_counter()
                if time.perf_counter() - exited_at > 0.5:
                    break
        if not timed_out:
            try:
                proc.wait(timeout=max(deadline - time.perf_counter(), 0))
            except subprocess.TimeoutExpired:
                timed_out = True
        wall = time.perf_counter() - t0
    finally:
        # Kill the group whatever happened (normal exit, timeout, Ctrl-C): grandchildren
        # that stayed in the group die here; ones that left it die with the pid namespace
        # or by the token sweep.
        _killpg(pgid)
        if proc.poll() is None:
            proc.kill()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
        if not iso.pid_namespace:
            sweep(token)
        sel.close()
        proc.stdout.close()
        proc.stderr.close()
    if out.truncated:
        notes.append(f"stdout exceeded {stdout_cap} bytes ({out.total}); kept the first part")
    if err.truncated:
        notes.append(f"stderr exceeded {stderr_cap} bytes ({err.total}); kept the first "
                     f"{stderr_cap} and the last {TAIL_CAP}")
    return RunOutput(None if timed_out else proc.returncode, bytes(out.head), bytes(err.head),
                     err.tail, timed_out, wall, notes)
