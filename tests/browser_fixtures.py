"""Reusable fixtures for tests of the project's web sites: a live server process on
loopback (a free port) and a headless Chromium page through Playwright.

    from browser_fixtures import browser, page, live_server, free_port  # noqa: F401

`browser`/`page` skip with a clear reason when Playwright or Chromium is missing
($CHROMIUM_PATH, else /usr/bin/chromium)."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, within: float = 30.0, proc: subprocess.Popen | None = None) -> None:
    """Poll `url` until it answers (any HTTP status); fail early if `proc` died."""
    end = time.time() + within
    while time.time() < end:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode} before answering {url}")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"{url} did not answer within {within} s")


@contextlib.contextmanager
def live_server(argv: list[str], port: int, *, env: dict | None = None, cwd: str | None = None,
                path: str = "/", log: Path | None = None, within: float = 30.0):
    """Run `argv` (a server listening on 127.0.0.1:port) until the block ends; yields the
    Popen (its own process group, so `kill_server` takes its children too) and base URL."""
    out = open(log, "ab") if log else subprocess.DEVNULL
    proc = subprocess.Popen(argv, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                            start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_http(base + path, within, proc)
        yield proc, base
    finally:
        kill_server(proc, signal.SIGTERM)
        if log:
            out.close()


def kill_server(proc: subprocess.Popen, sig: int = signal.SIGKILL, within: float = 10.0) -> None:
    """Send `sig` to the server's process group and wait for it (SIGKILL after `within`)."""
    if proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, sig)
    try:
        proc.wait(within)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(within)


# Module scope: each test module that imports this fixture gets its own copy of it, and two
# session-scoped copies would start a second sync Playwright while the first one's event
# loop still runs ("using Playwright Sync API inside the asyncio loop").
@pytest.fixture(scope="module")
def browser():
    """A headless Chromium (Debian's /usr/bin/chromium) driven by Playwright's sync API."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed "
                                   "(pip install 'verusbench[test]')")
    if not os.path.isfile(CHROMIUM):
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)")
    pw = sync_api.sync_playwright().start()
    try:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
    except Exception as e:  # a broken browser install is an environment problem, said so
        pw.stop()
        pytest.skip(f"Chromium at {CHROMIUM} does not start under Playwright: {e}")
    yield b
    b.close()
    pw.stop()


@pytest.fixture
def page(browser):
    """A fresh browser context (own cookies) and page per test."""
    ctx = browser.new_context()
    pg = ctx.new_page()
    pg.set_default_timeout(20_000)
    yield pg
    ctx.close()
