"""The static leaderboard site from the result files: index.html (a sortable table per task,
pass@1/pass@5 with CIs), one audit page per entry (verifier, dataset version, breakdowns,
inline SVG plots by category, integrity rejections by rule). Plain HTML and a little JS."""

from __future__ import annotations

import json
import os
from html import escape
from pathlib import Path
from typing import Iterable

from .. import constants as C
from . import results as R

PENDING = "pending"
TEST_DOUBLE = "TEST DOUBLE"

CSS = """
body{font-family:system-ui,sans-serif;margin:2em;max-width:75em;color:#222;background:#fff}
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #bbb;padding:.3em .6em;text-align:left}
th{background:#e8eef7;cursor:pointer}td.num{text-align:right;font-variant-numeric:tabular-nums}
.pending{color:#a60;font-style:italic}.double{color:#b00;font-weight:bold}.rejected{color:#b00}
.ci{color:#666;font-size:.85em}code{background:#f3f3f3;padding:0 .2em}
"""

SORT_JS = """
document.querySelectorAll('table.sortable th').forEach(function (th, col) {
  th.addEventListener('click', function () {
    var table = th.closest('table'), body = table.tBodies[0];
    var desc = th.getAttribute('aria-sort') !== 'descending';
    table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', desc ? 'descending' : 'ascending');
    var rows = Array.prototype.slice.call(body.rows);
    function key(r) {
      var c = r.cells[col], v = c.getAttribute('data-sort');
      return v === null ? c.textContent.trim().toLowerCase() : parseFloat(v);
    }
    rows.sort(function (a, b) {
      var x = key(a), y = key(b);
      if (typeof x === 'number' && typeof y === 'number') {
        if (isNaN(x)) return 1; if (isNaN(y)) return -1;   // pending rows stay last
        return desc ? y - x : x - y;
      }
      return desc ? (x < y ? 1 : x > y ? -1 : 0) : (x < y ? -1 : x > y ? 1 : 0);
    });
    rows.forEach(function (r) { body.appendChild(r); });
  });
});
"""


def _page(title: str, body: str, *, script: bool = False) -> str:
    js = f"<script>{SORT_JS}</script>" if script else ""
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{escape(title)}</title><style>{CSS}</style></head>\n<body>\n{body}\n{js}\n"
            "</body></html>\n")


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def figure_cell(task: dict | None, key: str) -> str:
    """A pass@k cell: value with its CI, 'pending' while Verus results are missing, '-' if none."""
    if task is None:
        return '<td class="num" data-sort="NaN">-</td>'
    if task.get("status") == R.STATUS_PENDING:
        return f'<td class="num pending" data-sort="NaN">{PENDING}</td>'
    f = (task.get("pass_at_k") or {}).get(key)
    if not f:
        return '<td class="num" data-sort="NaN">-</td>'
    return (f'<td class="num" data-sort="{f["value"]:.6f}">{_pct(f["value"])} '
            f'<span class="ci">[{_pct(f["ci_low"])}, {_pct(f["ci_high"])}]</span></td>')


def audit_href(r: dict) -> str:
    return f"entries/{escape(r['submission_id'])}.html"


def _verifier(r: dict) -> str:
    if r.get("verifier_is_test_double"):
        return f'<span class="double">{TEST_DOUBLE}</span>'
    return escape(r.get("verifier_description") or "no verifier yet")


def task_table(task: str, entries: list[dict], *, cls: str = "sortable", prefix: str = "table") -> str:
    head = ("<thead><tr><th>model</th><th>base model</th><th>params</th><th>k</th><th>rows</th>"
            "<th>pass@1 [95% CI]</th><th>pass@5 [95% CI]</th><th>verifier</th>"
            "<th>dataset</th><th>audit</th></tr></thead>")
    body = []
    for r in entries:
        t = r["tasks"].get(task)
        m = r["model"]
        rows = t.get("rows") if t else None
        params = m.get("parameters")
        body.append(
            f"<tr data-entry=\"{escape(r['submission_id'])}\"><td>{escape(str(m.get('model_name')))}"
            f"{' (baseline)' if r.get('baseline') else ''}</td>"
            f"<td>{escape(str(m.get('base_model') or ''))}</td>"
            f"<td class=\"num\" data-sort=\"{params if params else 'NaN'}\">{params or '?'}</td>"
            f"<td class=\"num\" data-sort=\"{(m.get('decoding') or {}).get('k', 'NaN')}\">"
            f"{(m.get('decoding') or {}).get('k', '?')}</td>"
            f"<td class=\"num\" data-sort=\"{rows if rows is not None else 'NaN'}\">"
            f"{rows if rows is not None else '-'}</td>"
            f"{figure_cell(t, 'pass@1')}{figure_cell(t, 'pass@5')}"
            f"<td>{_verifier(r)}</td><td>{escape(str(r.get('dataset_version')))}</td>"
            f"<td><a href=\"{audit_href(r)}\">audit</a></td></tr>")
    return (f"<table class=\"{cls}\" id=\"{prefix}-{escape(task)}\">{head}<tbody>"
            + "".join(body) + "</tbody></table>")


def bar_svg(data: dict[str, float], *, title: str, fmt=lambda v: f"{v:g}", vmax: float | None = None) -> str:
    """A horizontal bar chart as inline SVG (no plotting dependency in the browser)."""
    if not data:
        return f"<p>{escape(title)}: none</p>"
    vmax = vmax or max(data.values()) or 1
    h, w, lw = 22, 520, 200
    bars = []
    for i, (k, v) in enumerate(data.items()):
        y = 24 + i * h
        bw = max(1.0, (w - lw - 60) * v / vmax)
        bars.append(f'<text x="{lw - 6}" y="{y + 14}" text-anchor="end" font-size="12">{escape(k)}</text>'
                    f'<rect x="{lw}" y="{y + 2}" width="{bw:.1f}" height="{h - 6}" fill="#4a78b5"/>'
                    f'<text x="{lw + bw + 4:.1f}" y="{y + 14}" font-size="12">{escape(fmt(v))}</text>')
    return (f'<svg class="plot" role="img" aria-label="{escape(title)}" width="{w}" '
            f'height="{30 + len(data) * h}" xmlns="http://www.w3.org/2000/svg">'
            f'<text x="4" y="14" font-size="13" font-weight="bold">{escape(title)}</text>'
            + "".join(bars) + "</svg>")


def _kv_table(rows: Iterable[tuple[str, str]]) -> str:
    return "<table>" + "".join(f"<tr><th>{escape(k)}</th><td>{v}</td></tr>" for k, v in rows) + "</table>"


def audit_page(r: dict) -> str:
    m = r["model"]
    dec = m.get("decoding") or {}
    parts = [f"<p><a href=\"../index.html\">&larr; leaderboard</a></p>",
             f"<h1>{escape(str(m.get('model_name')))}</h1>"]
    if r.get("verifier_is_test_double"):
        parts.append(f'<p class="double" id="double-label">{TEST_DOUBLE} results (tests/fake_verus): '
                     "they test the harness and are NOT Verus pass rates</p>")
    parts.append(_kv_table([
        ("status", f'<span id="status" class="{escape(r["status"])}">{escape(r["status"])}</span>'),
        ("verifier", f'<span id="verifier">{_verifier(r)}</span>'),
        ("verifier identity", f"<code>{escape(json.dumps(r.get('verifier') or {}, sort_keys=True))}</code>"),
        ("flags", f"<code>{escape(' '.join(r.get('flags') or []))}</code>"),
        ("dataset version", f'<span id="dataset-version">{escape(str(r.get("dataset_version")))}</span>'),
        ("base model", escape(str(m.get("base_model") or ""))),
        ("parameters", escape(str(m.get("parameters") or "?"))),
        ("weights", (f'<a href="{escape(m["weights_url"])}">{escape(m["weights_url"])}</a>'
                     if m.get("weights_url") else "not released")),
        ("decoding", escape(", ".join(f"{k}={v}" for k, v in dec.items()))),
        ("predictions sha256", f"<code>{escape(str(r.get('predictions_sha256') or ''))}</code>"),
        ("claimed figures", "ignored: every figure here was recomputed" if r.get("claimed_ignored") else "none"),
    ]))
    if r.get("reason"):
        parts.append(f'<p class="pending">{escape(r["reason"])}</p>')
    if r.get("duplicate_of"):
        parts.append(f'<p id="duplicate">Duplicate: the same predictions (sha256) as '
                     f'<a href="{escape(r["duplicate_of"])}.html">{escape(r["duplicate_of"])}</a>; '
                     "not ranked twice.</p>")
    if r.get("problems"):
        parts.append('<h2>Rejected: what to fix</h2><ul id="problems">' + "".join(
            f"<li><code>{escape(p['where'])}</code>: {escape(p['error'])}</li>" for p in r["problems"])
            + "</ul>")
    for task, t in sorted(r.get("tasks", {}).items()):
        parts.append(f'<section id="task-{escape(task)}"><h2>{escape(task)} '
                     f"(task {escape(C.TASK_LETTER.get(task, task))})</h2>")
        if t["status"] == R.STATUS_PENDING:
            pend = t.get("pending") or {}
            parts.append(f'<p class="pending">{PENDING}: '
                         + escape(t.get("reason") or f"{pend.get('samples', 0)} sample(s) of "
                                  f"{pend.get('rows', 0)} row(s) have no Verus result yet")
                         + "; no figure until they do.</p>")
        else:
            label = " (TEST DOUBLE: not pass rates)" if r.get("verifier_is_test_double") else ""
            parts.append(f"<p>{t.get('rows', 0)} rows, {t.get('samples', 0)} samples{label}</p>")
            parts.append(_kv_table((k, f"{_pct(f['value'])} [{_pct(f['ci_low'])}, {_pct(f['ci_high'])}]")
                                   for k, f in t.get("pass_at_k", {}).items()))
            if t.get("spec_equivalent_at_k"):
                parts.append("<h3>Spec equivalent to the reference (Verus-checked)</h3>" + _kv_table(
                    (k, _pct(v)) for k, v in t["spec_equivalent_at_k"].items()))
            elif t.get("spec_equivalent_pending"):
                parts.append(f'<p class="pending">spec equivalence: {PENDING} (grading queries '
                             "have no Verus result yet)</p>")
            if t.get("by_source"):
                parts.append("<h3>By source</h3>" + _kv_table(
                    (s, escape(", ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}"
                                         for k, v in g.items())))
                    for s, g in t["by_source"].items()))
            cat = {c: g["pass@1"] for c, g in (t.get("by_category") or {}).items() if "pass@1" in g}
            if cat:
                parts.append(bar_svg(cat, title="pass@1 by error category of the broken file",
                                     fmt=lambda v: f"{100 * v:.0f}%", vmax=1.0))
            parts.append(bar_svg(t.get("failures_by_category") or {},
                                 title="failed samples by first error category"))
        rej = t.get("integrity_rejections") or {}
        parts.append('<h3>Integrity rejections by rule</h3>')
        if rej:
            parts.append('<table class="rejections"><tr><th>rule</th><th>count</th><th>samples</th></tr>'
                         + "".join(f'<tr data-rule="{escape(rule)}"><td>{escape(rule)}</td>'
                                   f'<td class="num">{e["count"]}</td><td>'
                                   + ", ".join(f"<code>{escape(s)}</code>" for s in e["samples"][:50])
                                   + (" ..." if len(e["samples"]) > 50 else "") + "</td></tr>"
                                   for rule, e in rej.items()) + "</table>")
        else:
            parts.append("<p>none</p>")
        parts.append("</section>")
    return _page(f"{m.get('model_name')} — verusbench audit", "\n".join(parts))


def build_site(results: list[dict], out_dir: str | os.PathLike, *, show_test_double: bool = False) -> Path:
    """Write index.html and entries/<id>.html. Results of the test double are left out of the
    default table (a separate, labelled table lists them)."""
    out = Path(out_dir)
    (out / "entries").mkdir(parents=True, exist_ok=True)
    ranked = [r for r in results if r["status"] in (R.STATUS_SCORED, R.STATUS_PENDING)]
    real = [r for r in ranked if not r.get("verifier_is_test_double")]
    double = [r for r in ranked if r.get("verifier_is_test_double")]
    others = [r for r in results if r not in ranked]
    tasks = sorted({t for r in ranked for t in r["tasks"]}, key=lambda t: C.TASKS.index(t) if t in C.TASKS else 99)

    def best(task):   # scored entries first, by pass@1
        def key(r):
            f = ((r["tasks"].get(task) or {}).get("pass_at_k") or {}).get("pass@1")
            return -(f["value"]) if f else 1.0
        return key
    body = ["<h1>verusbench leaderboard</h1>",
            "<p>Every figure is recomputed by the leaderboard with the pinned Verus (claimed "
            "figures are ignored); an entry whose Verus results are not in yet shows "
            f"<span class=\"pending\">{PENDING}</span>. Click a column header to sort; each "
            "entry's audit names its verifier, dataset version and integrity rejections.</p>"]
    for task in tasks:
        entries = sorted([r for r in real if task in r["tasks"]], key=best(task))
        body.append(f'<section id="section-{escape(task)}"><h2>{escape(task)} '
                    f"(task {escape(C.TASK_LETTER.get(task, task))})</h2>")
        body.append(task_table(task, entries) if entries else "<p>no entries yet</p>")
        body.append("</section>")
    if double:
        open_ = " open" if show_test_double else ""
        body.append(f'<details id="test-double"{open_}><summary class="double">{TEST_DOUBLE} results '
                    "(tests/fake_verus): harness tests, NOT Verus pass rates; not ranked</summary>")
        for task in tasks:
            ents = [r for r in double if task in r["tasks"]]
            if ents:
                body.append(f"<h3>{escape(task)} ({TEST_DOUBLE})</h3>" + task_table(task, ents, cls="sortable double-table", prefix="double-table"))
        body.append("</details>")
    if others:
        body.append('<h2>Not ranked</h2><table id="not-ranked"><tr><th>model</th><th>status</th>'
                    "<th>why</th><th>audit</th></tr>" + "".join(
                        f"<tr><td>{escape(str(r['model'].get('model_name')))}</td>"
                        f"<td class=\"rejected\">{escape(r['status'])}</td><td>"
                        + escape(f"same predictions as {r['duplicate_of']}" if r.get("duplicate_of")
                                 else f"{len(r.get('problems', []))} problem(s)")
                        + f"</td><td><a href=\"{audit_href(r)}\">audit</a></td></tr>" for r in others)
                    + "</table>")
    (out / "index.html").write_text(_page("verusbench leaderboard", "\n".join(body), script=True),
                                    encoding="utf-8")
    for r in results:
        (out / "entries" / f"{r['submission_id']}.html").write_text(audit_page(r), encoding="utf-8")
    (out / "results.json").write_text(json.dumps(results, indent=1, default=str) + "\n", encoding="utf-8")
    return out / "index.html"


def table_rows(results: list[dict], task: str) -> list[list[str]]:
    """The default table of one task as plain rows (the Gradio app): no test-double entries,
    'pending' for figures whose Verus results are not in."""
    out = []
    for r in results:
        if r["status"] not in (R.STATUS_SCORED, R.STATUS_PENDING) or r.get("verifier_is_test_double"):
            continue
        t = r["tasks"].get(task)
        if t is None:
            continue

        def cell(key):
            if t.get("status") == R.STATUS_PENDING:
                return PENDING
            f = (t.get("pass_at_k") or {}).get(key)
            return f"{_pct(f['value'])} [{_pct(f['ci_low'])}, {_pct(f['ci_high'])}]" if f else "-"
        m = r["model"]
        out.append([str(m.get("model_name")), str(m.get("base_model") or ""),
                    str(t.get("rows", "-")), cell("pass@1"), cell("pass@5"),
                    r.get("verifier_description") or "no verifier yet", str(r.get("dataset_version"))])
    return out


TABLE_HEADERS = ["model", "base model", "rows", "pass@1 [95% CI]", "pass@5 [95% CI]", "verifier", "dataset"]
