"""Reporting of a scoring run; lives in `verusbench.scoring.report` (kept here for imports)."""

from .scoring.report import (TEST_DOUBLE_LABEL, build_report, failure_chart,  # noqa: F401
                             print_summary, summary_table, write_json)
