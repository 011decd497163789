"""Reporting of a scoring run: summary table (rich), JSON report, PNG chart of failures."""

from __future__ import annotations

import json
import os
from typing import Any

from rich.console import Console
from rich.table import Table


def summary_table(report: dict[str, Any]) -> Table:
    """One table: pass@k (and spec_equivalent@k) overall and per task / source."""
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


def print_summary(report: dict[str, Any], console: Console | None = None) -> None:
    """Summary table plus failures, integrity rejections and input errors."""
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
