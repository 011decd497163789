"""Process checks shared by the verifier tests (nothing may outlive a job).

Tests wait for events (a pid file appears, a process exits), never for a fixed time: each
wait returns as soon as its event happens. SAFETY_S only bounds a wait that would otherwise
hang forever; it is generous so that a loaded machine (both cores busy) cannot trip it.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Callable

SAFETY_S = float(os.environ.get("VERUSBENCH_TEST_SAFETY_S", "300"))


def alive(pid: int, needle: bytes) -> bool:
    """True if pid is a live (non-zombie) process whose command line contains needle."""
    try:
        st = Path(f"/proc/{pid}/stat").read_text()
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return st.rsplit(")", 1)[1].split()[0] not in ("Z", "X") and needle in cmd


def wait_for(pred: Callable[[], bool], within: float = SAFETY_S) -> bool:
    """Poll pred until it holds (True) or the safety net runs out (False)."""
    end = time.monotonic() + within
    while True:
        if pred():
            return True
        if time.monotonic() >= end:
            return False
        time.sleep(0.02)


def wait_files(*paths: Path, within: float = SAFETY_S) -> None:
    """Wait until every path exists (pid files written with os.replace, so complete)."""
    if not wait_for(lambda: all(Path(p).exists() for p in paths), within):
        missing = [str(p) for p in paths if not Path(p).exists()]
        raise AssertionError(f"never appeared within {within:.0f}s: {missing}")


def wait_dead(pid: int, needle: bytes, within: float = SAFETY_S) -> bool:
    """Wait until pid is gone; True if it is (False only after the safety net)."""
    return wait_for(lambda: not alive(pid, needle), within)
