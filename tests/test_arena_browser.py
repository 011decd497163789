"""The Arena as a user sees it, in headless Chromium: browse the problems, get a token,
submit a right and a wrong solution, see both verdicts (judged by the recordings-backed double)."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")

from arena_fixtures import (FAKE, INC_RIGHT, INC_WRONG, PY, REPO, add_recorded_problems,  # noqa: E402
                            cli_env, needs_recordings)
from browser_fixtures import browser, free_port, live_server, page  # noqa: E402,F401
from verusbench.arena import db as D  # noqa: E402


@needs_recordings
def test_browse_submit_right_and_wrong_and_see_verdicts(tmp_path, page):  # noqa: F811
    url = f"sqlite:///{tmp_path}/arena.db"
    add_recorded_problems(D.sessions(D.make_engine(url)))
    port = free_port()
    argv = [PY, "-m", "verusbench", "arena", "serve", "--db", url, "--port", str(port),
            "--verus", FAKE]
    with live_server(argv, port, env=cli_env(), cwd=str(REPO), log=tmp_path / "server.log") as (_, base):
        page.goto(base + "/")
        assert "TEST DOUBLE" in page.inner_text("body")
        page.click("text=inc")
        assert "ensures r == a + 2" in page.inner_text("#context")
        page.click("text=Get a submitter token")
        page.fill("#name", "carol")
        page.click("#register")
        token = page.inner_text("#token").strip()
        assert len(token) > 20
        verdicts = {}
        for code in (INC_RIGHT, INC_WRONG):
            page.goto(base + "/problems/inc")
            page.fill("#code", code)
            page.click("#submit")
            page.wait_for_selector("#verdict")   # the page refreshes until judged
            verdicts[code] = (page.inner_text("#verdict"), page.inner_text("body"))
        assert verdicts[INC_RIGHT][0] == "verified"
        assert verdicts[INC_WRONG][0] == "failed"
        assert "postcondition not satisfied" in verdicts[INC_WRONG][1]
        assert "TEST DOUBLE" in verdicts[INC_WRONG][1]
        page.click("text=carol")
        assert "verified: 1" in page.inner_text("#stats")
        assert "failed: 1" in page.inner_text("#stats")
