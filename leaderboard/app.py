"""Gradio app for the leaderboard's Hub Space: the same result files as the static site.

Run: `python leaderboard/app.py [RESULTS_DIR]` (default leaderboard/results); needs `gradio`
(the Space installs it; the project does not)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from verusbench import constants as C  # noqa: E402
from verusbench.leaderboard.results import load_results  # noqa: E402
from verusbench.leaderboard.site import TABLE_HEADERS, table_rows  # noqa: E402

RESULTS = os.environ.get("LEADERBOARD_RESULTS", str(Path(__file__).resolve().parent / "results"))


def build_app(results_dir: str = RESULTS):
    import gradio as gr   # only the Space has it

    results = load_results(results_dir)
    with gr.Blocks(title="verusbench leaderboard") as demo:
        gr.Markdown("# verusbench leaderboard\nEvery figure recomputed with the pinned Verus; "
                    "claimed figures are ignored; `pending` until the Verus results are in.")
        for task in C.TASKS:
            rows = table_rows(results, task)
            if rows:
                with gr.Tab(task):
                    gr.Dataframe(headers=TABLE_HEADERS, value=rows, interactive=False)
    return demo


if __name__ == "__main__":
    build_app(sys.argv[1] if len(sys.argv) > 1 else RESULTS).launch()
