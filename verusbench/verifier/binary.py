"""Locating the Verus binary and reading its identity once."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass, field

INSTALL_HELP = """\
To install Verus: download a release zip for your platform from
  https://github.com/verus-lang/verus/releases
unzip it, and install the Rust toolchain it names (e.g. `rustup install 1.xx.0-x86_64-unknown-linux-gnu`;
the release's `verus` prints the exact command if it is missing). Then point verusbench at it with
  --verus /path/to/verus-x86-linux/verus      or      export VERUS_PATH=/path/to/verus-x86-linux/verus
(or put the directory holding `verus` on PATH). Check it with `verus --version --output-json`.

Without Verus on this machine, verify elsewhere and score here from the ledger:
  verusbench eval --export DIR ...              (here: the candidate files and a manifest)
  verusbench verify-corpus DIR --out LEDGER     (on a machine with Verus)
  verusbench eval --ledger LEDGER ...           (here again: the report, no Verus needed)"""


class VerusNotFound(RuntimeError):
    """Verus is missing or does not answer `--version --output-json`; the message says
    what was tried, how to install Verus, and how to score without it (the ledger route)."""


@dataclass(frozen=True)
class VerusBinary:
    """A Verus executable and its `verus --version --output-json` object."""

    path: str
    identity: dict = field(hash=False, compare=False)

    @property
    def is_test_double(self) -> bool:
        return is_test_double(self.identity)

    def describe(self) -> str:
        return describe_identity(self.identity)


def _inner(identity: dict) -> dict:
    inner = identity.get("verus") if isinstance(identity, dict) else None
    return inner if isinstance(inner, dict) else (identity if isinstance(identity, dict) else {})


def is_test_double(identity: dict) -> bool:
    """True for tests/fake_verus (or any identity marking itself a test double)."""
    inner = _inner(identity)
    return bool(inner.get("test_double")) or inner.get("profile") == "test-double"


def describe_identity(identity: dict) -> str:
    """One line naming the verifier, e.g. `Verus 0.2026.08.22.eb66c53.dirty (release,
    linux_x86_64, toolchain 1.95.0-x86_64-unknown-linux-gnu)` for the shared identity.json."""
    v = _inner(identity)
    plat = v.get("platform") or {}
    what = "TEST DOUBLE (tests/fake_verus), not Verus" if is_test_double(identity) else "Verus"
    return (f"{what} {v.get('version', '?')} ({v.get('profile', '?')}, "
            f"{plat.get('os', '?')}_{plat.get('arch', '?')}, toolchain {v.get('toolchain', '?')})")


def _resolve(path: str) -> str:
    p = os.path.expanduser(path)
    if os.path.isdir(p):
        p = os.path.join(p, "verus")
    if os.sep not in p:
        found = shutil.which(p)
        if found:
            p = found
    return os.path.abspath(p)


_IDENTITY_CACHE: dict[str, dict] = {}


def read_identity(path: str, timeout_s: float = 120.0) -> dict:
    """Run `verus --version --output-json` and return the parsed object."""
    if path in _IDENTITY_CACHE:
        return _IDENTITY_CACHE[path]
    try:
        proc = subprocess.run([path, "--version", "--output-json"], capture_output=True,
                              timeout=timeout_s, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise VerusNotFound(f"`{path} --version --output-json` did not answer within "
                            f"{timeout_s:.0f} s.\n{INSTALL_HELP}") from None
    except OSError as e:
        raise VerusNotFound(f"cannot run Verus at {path}: {e.strerror or e}.\n{INSTALL_HELP}") from None
    out = proc.stdout.decode("utf-8", "replace")
    try:
        obj = json.loads(out)
    except ValueError:
        obj = None
    if proc.returncode != 0 or not isinstance(obj, dict) or not isinstance(obj.get("verus"), dict):
        err = proc.stderr.decode("utf-8", "replace").strip()[-800:]
        raise VerusNotFound(
            f"{path} is not a working Verus: `--version --output-json` exited {proc.returncode}"
            f" and printed {out.strip()[:200]!r}" + (f"; stderr: {err}" if err else "")
            + f".\n{INSTALL_HELP}")
    _IDENTITY_CACHE[path] = obj
    return obj


def find_verus(path: str | None = None) -> VerusBinary:
    """Find Verus from `path` (--verus), else $VERUS_PATH, else PATH, and read its identity."""
    source = "--verus"
    if not path:
        path, source = os.environ.get("VERUS_PATH") or None, "VERUS_PATH"
    if not path:
        found = shutil.which("verus")
        if not found:
            raise VerusNotFound("Verus not found: no --verus given, VERUS_PATH is not set and "
                                f"`verus` is not on PATH.\n{INSTALL_HELP}")
        path, source = found, "PATH"
    resolved = _resolve(path)
    if not os.path.isfile(resolved):
        raise VerusNotFound(f"Verus not found at {path!r} (from {source}): no such file.\n{INSTALL_HELP}")
    if not os.access(resolved, os.X_OK):
        raise VerusNotFound(f"{resolved} (from {source}) is not executable (chmod +x?).\n{INSTALL_HELP}")
    return VerusBinary(path=resolved, identity=read_identity(resolved))
