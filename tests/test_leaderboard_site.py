"""The leaderboard site as a user sees it: headless Chromium (Debian's) driven by Playwright
loads the generated index, sorts a column, opens an entry's audit; the DOM and a non-blank
screenshot are checked. Figures come from a small ledger written here (under an identity
that names it so) and from the double, whose entries stay out of the default table."""

from __future__ import annotations

import io
import json
import py_compile
import sys
from pathlib import Path

import pytest
from browser_fixtures import browser, free_port, live_server, page  # noqa: F401
from leaderboard_fixtures import B, CHEAT, FAIL, FAKE, body, make_build, rescore, result, submit

from verusbench.cli import main
from verusbench.leaderboard.results import load_results
from verusbench.leaderboard.site import table_rows

#: the verifier identity of the ledger this test writes (not Verus, not the double)
LEDGER_IDENTITY = {"verus": {"profile": "release", "version": "0.0.0-ledger-written-by-test",
                             "platform": {"os": "linux", "arch": "x86_64"},
                             "toolchain": "test", "commit": "test"}}


def _k5(passing: int, tag: str) -> list[str]:
    return [body(f"{tag}{i}") for i in range(passing)] + [FAIL + f"\n// {tag}{i}" for i in range(5 - passing)]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("site")
    mp = pytest.MonkeyPatch()   # module scope: undone after the module's tests
    mp.setenv("FAKE_VERUS_LOG", str(tmp / "fake.log"))
    make_build(tmp)
    assert submit(tmp, "strong", {"code_from_spec": {B.id: _k5(4, "s")}}, 5) == 0
    assert submit(tmp, "weak", {"code_from_spec": {B.id: _k5(1, "w")}}, 5) == 0
    assert submit(tmp, "cheater", {"code_from_spec": {B.id: [CHEAT] + _k5(2, "c")[:4]}}, 5) == 0
    broken = tmp / "subs" / "broken"
    broken.mkdir()
    (broken / "submission.json").write_text("[]")
    # export -> the double verifies -> the ledger is re-labelled with this test's identity
    assert rescore(tmp, "--export", str(tmp / "export")) == 0
    lines = []
    for folder in sorted((tmp / "export").iterdir()):
        led = tmp / f"{folder.name}.jsonl"
        assert main(["verify-corpus", str(folder), "--out", str(led), "--verus", FAKE,
                     "--allow-test-double", "--no-progress", "--workers", "1"]) == 0
        for ln in led.read_text().splitlines():
            e = json.loads(ln)
            e["verifier"] = LEDGER_IDENTITY
            lines.append(json.dumps(e))
    (tmp / "ledger.jsonl").write_text("\n".join(lines) + "\n")
    assert rescore(tmp, "--ledger", str(tmp / "ledger.jsonl")) == 0
    # an entry scored by the double, and a baseline whose predictions are not there yet
    assert submit(tmp, "double-run", {"code_from_spec": {B.id: _k5(5, "d")}}, 5, out="subs2") == 0
    assert rescore(tmp, "--verus", FAKE, "--allow-test-double", subs="subs2") == 0
    (tmp / "leaderboard").mkdir()
    (tmp / "leaderboard" / "baselines.json").write_text(json.dumps({"baselines": [
        {"model_name": "oracle", "base_model": "none", "parameters": None, "weights_url": None,
         "predictions": {"code_from_spec": "verification/predictions/oracle__code_from_spec.jsonl.gz"}}]}))
    (tmp / "empty").mkdir()
    assert rescore(tmp, "--baselines", str(tmp / "leaderboard" / "baselines.json"), subs="empty") == 0
    assert main(["leaderboard", "site", str(tmp / "res"), "--out", str(tmp / "site")]) == 0
    yield tmp
    mp.undo()


def test_results_behind_the_site(site):
    assert result(site, "strong")["tasks"]["code_from_spec"]["pass_at_k"]["pass@1"]["value"] == 0.8
    assert result(site, "strong")["verifier"] == LEDGER_IDENTITY
    assert result(site, "double-run")["verifier_is_test_double"] is True
    rows = table_rows(load_results(site / "res"), "code_from_spec")
    names = [r[0] for r in rows]
    assert "double-run" not in names and {"strong", "weak", "cheater", "oracle"} <= set(names)
    assert next(r for r in rows if r[0] == "oracle")[3] == "pending"


def test_gradio_app_compiles_and_imports_gradio_lazily():
    app = Path(__file__).resolve().parent.parent / "leaderboard" / "app.py"
    py_compile.compile(str(app), doraise=True)
    assert "import gradio" not in app.read_text().split("def build_app")[0]


def _names(page, table: str) -> list[str]:
    return page.eval_on_selector_all(f"{table} tbody tr", "rs => rs.map(r => r.cells[0].textContent)")


def _non_blank(png: bytes) -> float:
    from PIL import Image, ImageStat
    im = Image.open(io.BytesIO(png)).convert("L")
    return ImageStat.Stat(im).var[0]


def test_site_in_a_browser_sorts_and_opens_the_audit(site, page):
    """Served on loopback by `python -m http.server`, as a static host would."""
    page.set_viewport_size({"width": 1200, "height": 900})
    port = free_port()
    with live_server([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                      "--directory", str(site / "site")], port) as (_, base):
        page.goto(f"{base}/index.html")
        _sort_and_open_audit(page)


def _sort_and_open_audit(page):
    assert page.title() == "verusbench leaderboard"
    table = "#table-code_from_spec"
    names = _names(page, table)
    assert set(names) == {"strong", "weak", "cheater", "oracle (baseline)"}
    assert "double-run" not in names                      # the double is not in the default table
    assert page.locator("#test-double summary").inner_text().startswith("TEST DOUBLE")
    oracle = page.locator(f"{table} tr", has_text="oracle")
    assert oracle.locator("td").nth(5).inner_text() == "pending"
    assert oracle.locator("td").nth(6).inner_text() == "pending"
    strong = page.locator(f"{table} tr", has_text="strong").locator("td").nth(5).inner_text()
    assert strong.startswith("80.0 [")

    header = page.locator(f"{table} th", has_text="pass@1")
    header.click()                                         # descending
    assert _names(page, table)[0] == "strong" and _names(page, table)[-1] == "oracle (baseline)"
    header.click()                                         # ascending; pending stays last
    order = _names(page, table)
    assert order[0] == "weak" and order[-1] == "oracle (baseline)"
    assert page.locator(f"{table} th[aria-sort=ascending]").inner_text().startswith("pass@1")
    page.locator(f"{table} th", has_text="model").first.click()
    assert _names(page, table) == sorted(_names(page, table), reverse=True)

    shot = page.screenshot(full_page=True)
    assert _non_blank(shot) > 100

    page.locator(f"{table} tr", has_text="cheater").get_by_role("link", name="audit").click()
    page.wait_for_load_state()
    assert page.url.endswith(".html") and "/entries/cheater-" in page.url
    assert page.title().startswith("cheater")
    assert "0.0.0-ledger-written-by-test" in page.locator("#verifier").inner_text()
    assert page.locator("#dataset-version").inner_text() == "1.2.3"
    rule = page.locator("table.rejections tr[data-rule=assume]")
    assert rule.locator("td").nth(1).inner_text() == "1"
    assert f"{B.id}#0" in rule.locator("td").nth(2).inner_text()
    assert page.locator("svg.plot").count() >= 1
    assert _non_blank(page.screenshot(full_page=True)) > 100


def test_audit_pages_of_double_pending_and_rejected_entries(site, page):
    """Opened from file://, as someone who downloaded the site would."""
    page.goto((site / "site" / "index.html").as_uri())
    page.locator("#test-double summary").click()
    page.locator("#test-double tr", has_text="double-run").get_by_role("link", name="audit").click()
    assert "TEST DOUBLE" in page.locator("#double-label").inner_text()
    assert "NOT Verus pass rates" in page.locator("#double-label").inner_text()
    page.go_back()
    page.locator("#not-ranked tr", has_text="rejected").get_by_role("link", name="audit").click()
    assert page.locator("#status").inner_text() == "rejected"
    assert "fix this field" in page.locator("#problems").inner_text()
    page.goto((site / "site" / "entries" / "baseline-oracle.html").as_uri())
    assert page.locator("#status").inner_text() == "pending"
    assert "pending" in page.locator("#task-code_from_spec").inner_text()
    assert "%" not in page.locator("#task-code_from_spec").inner_text()


def test_pages_escape_what_submitters_wrote(tmp_path):
    from verusbench.leaderboard.site import build_site
    r = {"schema": "verusbench-leaderboard-result/1", "submission_id": "x-1", "status": "scored",
         "model": {"model_name": "m", "base_model": "<img src=x onerror=alert(1)>",
                   "weights_url": "https://e/\"><script>", "decoding": {"k": 1}},
         "dataset_version": "1.2.3", "verifier": {}, "verifier_description": "Verus 1",
         "verifier_is_test_double": False, "flags": [], "problems": [],
         "tasks": {"code_from_spec": {"status": "scored", "rows": 1, "samples": 1,
                                      "pass_at_k": {"pass@1": {"value": 1.0, "ci_low": 1.0, "ci_high": 1.0}},
                                      "integrity_rejections": {"<b>rule": {"count": 1, "samples": ["<i>#0"]}}}}}
    build_site([r], tmp_path)
    for page, scripts in ((tmp_path / "index.html", 1), (tmp_path / "entries" / "x-1.html", 0)):
        html = page.read_text()
        assert "<img" not in html and html.count("<script>") == scripts   # only the sort script
        assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;b&gt;rule" in (tmp_path / "entries" / "x-1.html").read_text()


def test_gradio_app_shows_the_default_table_from_the_same_results(site, monkeypatch):
    """The Space's app with a stand-in `gradio` module: one tab per task, double left out."""
    import importlib.util
    import sys
    import types

    made = []

    class Ctx:
        def __init__(self, *a, **k):
            made.append((type(self).__name__, a, k))

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    gr = types.ModuleType("gradio")
    for name in ("Blocks", "Tab", "Markdown", "Dataframe"):
        setattr(gr, name, type(name, (Ctx,), {}))
    monkeypatch.setitem(sys.modules, "gradio", gr)
    path = Path(__file__).resolve().parent.parent / "leaderboard" / "app.py"
    spec = importlib.util.spec_from_file_location("leaderboard_app", path)
    app = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(app)
    app.build_app(str(site / "res"))
    tabs = [a[0] for n, a, _ in made if n == "Tab"]
    assert tabs == ["code_from_spec"]
    (frame,) = [k for n, _, k in made if n == "Dataframe"]
    names = [r[0] for r in frame["value"]]
    assert set(names) == {"strong", "weak", "cheater", "oracle"}
    assert next(r for r in frame["value"] if r[0] == "strong")[3].startswith("80.0 [")
