"""verusbench: dataset, trusted Verus-checked metric, and baselines for LLMs that write Verus."""

from __future__ import annotations

import os

__version__ = "0.1.0"

#: Version of the dataset schema/content produced by this package (semver).
DATASET_VERSION = "0.2.0"   # 0.2.0: minimized units (slices) and model-attempt C columns
#: Verus release the benchmark targets (the snapshot verus-reference.md was read from).
TARGET_VERUS_VERSION = "0.2026.08.22.eb66c53"


def metric_path() -> str:
    """Path of the `evaluate` module directory for `evaluate.load(verusbench.metric_path())`."""
    return os.path.join(os.path.dirname(__file__), "metrics", "verus_pass_rate")


def demo_corpus_path() -> str:
    """Folder of the small demo corpus of Verus programs shipped in the package."""
    return os.path.join(os.path.dirname(__file__), "demo_corpus")
