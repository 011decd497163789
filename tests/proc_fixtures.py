"""Process checks shared by the verifier tests (nothing may outlive a job)."""

from __future__ import annotations

import time
from pathlib import Path


def alive(pid: int, needle: bytes) -> bool:
    """True if pid is a live (non-zombie) process whose command line contains needle."""
    try:
        st = Path(f"/proc/{pid}/stat").read_text()
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return st.rsplit(")", 1)[1].split()[0] not in ("Z", "X") and needle in cmd


def wait_dead(pid: int, needle: bytes, within: float = 3.0) -> bool:
    """Wait up to `within` seconds for pid to be gone; True if it is."""
    end = time.time() + within
    while time.time() < end:
        if not alive(pid, needle):
            return True
        time.sleep(0.05)
    return False
