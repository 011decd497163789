"""The report of a scoring run: the JSON dict (pass@k overall / by task / source / error
category, integrity rejections, pending candidates, verifier identity), the summary table
and the PNG chart of failures."""

from __future__ import annotations

import json
import os
import statistics
from collections import Counter, defaultdict
from dataclasses import asdict
from typing import Any, Callable, Mapping, Sequence

from .. import constants as C
from ..records import TaskRow
from .assemble import STATUS_PENDING, Sample
from .grading import GRADE_PENDING
from .passk import mean_pass_at_k

TEST_DOUBLE_LABEL = ("TEST DOUBLE results (tests/fake_verus): these numbers test the harness; "
                     "they are NOT Verus pass rates")


def _group_pass(samples: list[Sample], key: Callable[[Sample], str], ks: Sequence[int],
                ok: Callable[[Sample], bool]) -> dict[str, dict[str, Any]]:
    by_row: dict[tuple[str, str], list[Sample]] = defaultdict(list)
    for s in samples:
        by_row[(key(s), s.row_id)].append(s)
    groups: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for (g, _), ss in by_row.items():
        groups[g].append((len(ss), sum(ok(s) for s in ss)))
    return {g: {"rows": len(v), "samples": sum(n for n, _ in v), **mean_pass_at_k(v, ks)}
            for g, v in sorted(groups.items())}


def pending_summary(samples: list[Sample]) -> dict[str, Any]:
    """Samples and rows still waiting for a Verus result (ledger scoring)."""
    waiting = [s for s in samples if s.status == STATUS_PENDING]
    grading = [s for s in samples if s.spec_grade == GRADE_PENDING]
    return {"rows": len({s.row_id for s in waiting}), "samples": len(waiting),
            "files": len({s.sha256 for s in waiting}),
            "ids": sorted({s.row_id for s in waiting}),
            "spec_grading": len(grading),
            "spec_grading_ids": sorted({s.row_id for s in grading})}


def build_report(samples: list[Sample], rowmap: Mapping[str, TaskRow], ks: Sequence[int],
                 errors: list[dict], identity: dict, flags: list[str],
                 settings: dict | None = None) -> dict[str, Any]:
    """The JSON report. Row figures (pass@k, rows, samples) count only rows whose samples
    all have a Verus result; pending samples are counted apart, never as passes or fails."""
    from ..verifier import describe_identity, is_test_double

    td = bool(identity) and is_test_double(identity)
    pend = pending_summary(samples)
    waiting_rows = set(pend["ids"])
    answered = [s for s in samples if s.row_id not in waiting_rows]
    passed = lambda s: s.passed                                   # noqa: E731
    equiv = lambda s: s.passed and s.spec_grade == "equivalent"   # noqa: E731
    overall = _group_pass(answered, lambda s: "all", ks, passed).get("all", {"rows": 0, "samples": 0})
    by_task = _group_pass(answered, lambda s: s.task, ks, passed)
    by_source = _group_pass(answered, lambda s: s.source or "unknown", ks, passed)

    def row_cat(s: Sample) -> str:
        r = rowmap.get(s.row_id)
        return (r.metadata.error_category if r else "") or "none"
    by_category = _group_pass([s for s in answered if s.task in (C.TASK_REPAIR, C.TASK_REPAIR_SYNTHETIC)],
                              row_cat, ks, passed)
    a_samples = [s for s in samples if s.task == C.TASK_SPEC]
    # No figure while a grade is missing: grading off (None), or a query pending; only passing
    # samples are graded, so leaving their rows out would bias the figure towards 0.
    graded = all(s.spec_grade and s.spec_grade != GRADE_PENDING for s in a_samples if s.passed)
    spec_eq = _group_pass([s for s in a_samples if s.row_id not in waiting_rows],
                          lambda s: "A", ks, equiv).get("A", {}) if graded else {}
    rules: Counter[str] = Counter()
    for s in samples:
        for v in s.violations:
            rules[v["rule"]] += 1
    edits = [s.edit_size for s in samples if s.edit_size is not None]
    report: dict[str, Any] = {
        "label": TEST_DOUBLE_LABEL if td else "Verus pass rates",
        "verifier_is_test_double": td,
        "verifier": identity,
        "verifier_description": describe_identity(identity) if identity else "no job was verified",
        "flags": flags,
        "settings": settings or {},
        "k": list(ks),
        "rows": overall.get("rows", 0),
        "samples": overall.get("samples", 0),
        "pending": pend,
        "pass_at_k": {key: v for key, v in overall.items() if key.startswith("pass@")},
        "spec_equivalent_at_k": {key.replace("pass@", "spec_equivalent@"): v
                                 for key, v in spec_eq.items() if key.startswith("pass@")},
        "by_task": by_task,
        "by_source": by_source,
        "by_category": by_category,
        "statuses": dict(Counter(s.status for s in samples)),
        "failures_by_category": dict(Counter(s.category or C.CAT_OTHER for s in samples
                                             if not s.passed and s.status != STATUS_PENDING
                                             ).most_common()),
        "integrity_rejections": dict(rules.most_common()),
        "spec_grades": dict(Counter(s.spec_grade for s in a_samples if s.spec_grade)),
        "edit_size": ({"mean": statistics.fmean(edits), "median": statistics.median(edits),
                       "max": max(edits), "count": len(edits)} if edits else {}),
        "errors": errors,
        "results": [asdict(s) for s in samples],
    }
    return report


# --------------------------------------------------------------------------- output

def summary_table(report: dict[str, Any]):
    """One rich table: pass@k (and spec_equivalent@k) overall and per task / source."""
    from rich.table import Table

    ks = report.get("k", [1])
    title = f"verusbench eval — {report.get('label', '')}"
    t = Table(title=title, caption=report.get("verifier_description", ""))
    t.add_column("group")
    t.add_column("rows", justify="right")
    t.add_column("samples", justify="right")
    for k in ks:
        t.add_column(f"pass@{k}", justify="right")

    def add(name: str, g: dict[str, Any]) -> None:
        t.add_row(name, str(g.get("rows", 0)), str(g.get("samples", 0)),
                  *[f"{g[f'pass@{k}']:.3f}" if f"pass@{k}" in g else "-" for k in ks])
    add("all", {"rows": report.get("rows", 0), "samples": report.get("samples", 0),
                **report.get("pass_at_k", {})})
    for name, g in report.get("by_task", {}).items():
        add(f"task {name}", g)
    for name, g in report.get("by_source", {}).items():
        add(f"source {name}", g)
    for name, g in report.get("by_category", {}).items():
        add(f"category {name}", g)
    if report.get("spec_equivalent_at_k"):
        t.add_row("spec_equivalent (A)", "", "",
                  *[f"{report['spec_equivalent_at_k'].get(f'spec_equivalent@{k}', float('nan')):.3f}"
                    for k in ks])
    return t


def print_summary(report: dict[str, Any], console=None) -> None:
    """Summary table plus failures, integrity rejections, pending candidates, input errors."""
    from rich.console import Console

    console = console or Console(stderr=False)
    console.print(summary_table(report))
    if report.get("failures_by_category"):
        console.print("failures by category: " + ", ".join(
            f"{k}={v}" for k, v in report["failures_by_category"].items()))
    if report.get("integrity_rejections"):
        console.print("integrity rejections by rule: " + ", ".join(
            f"{k}={v}" for k, v in report["integrity_rejections"].items()))
    if report.get("spec_grades"):
        console.print("Task A spec grades: " + ", ".join(
            f"{k}={v}" for k, v in report["spec_grades"].items()))
    pend = report.get("pending") or {}
    if pend.get("samples") or pend.get("spec_grading"):
        console.print(f"[yellow]pending[/yellow]: {pend['samples']} sample(s) of {pend['rows']} "
                      f"row(s) ({pend['files']} file(s)) and {pend['spec_grading']} spec grading "
                      "quer(ies) have no Verus result in the ledger; those rows are left out of "
                      "pass@k (ids in the JSON report's `pending`)")
    ign = (report.get("verdict_source") or {}).get("ignored")
    if ign:
        console.print("ledger lines ignored: " + ", ".join(f"{k}={v}" for k, v in ign.items()))
    if report.get("errors"):
        console.print(f"[yellow]{len(report['errors'])} input error(s)[/yellow] (see the JSON "
                      "report's `errors`); first: " + report["errors"][0]["error"])
    if report.get("verifier_is_test_double"):
        console.print(f"[bold red]{report['label']}[/bold red]")


def write_json(report: dict[str, Any], path: str | os.PathLike) -> None:
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(report, fh, indent=2, ensure_ascii=False, default=str)
        fh.write("\n")


def failure_chart(report: dict[str, Any], path: str | os.PathLike) -> None:
    """PNG bar chart of failed samples by category (first error of each failure)."""
    import matplotlib
    matplotlib.use("Agg")   # no display on evaluation machines
    import matplotlib.pyplot as plt

    data = report.get("failures_by_category", {})
    cats = list(data) or ["(no failures)"]
    vals = [data[c] for c in data] or [0]
    fig, ax = plt.subplots(figsize=(max(5.0, 0.7 * len(cats) + 2), 3.8), dpi=120)
    ax.bar(range(len(cats)), vals, color="#c0504d")
    ax.set_xticks(range(len(cats)))
    ax.set_xticklabels(cats, rotation=35, ha="right", fontsize=8)
    ax.set_ylabel("failed samples")
    title = "Failures by category"
    if report.get("verifier_is_test_double"):
        title += " (TEST DOUBLE, not Verus)"
    ax.set_title(title, fontsize=10)
    fig.tight_layout()
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    fig.savefig(path, format="png")
    plt.close(fig)
