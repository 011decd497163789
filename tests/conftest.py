"""Session-wide test settings.

A fresh datasets cache per test session: datasets keys the cache of a local build folder on
the folder's name and the card's file patterns, not on its files, so a folder named like one
of an earlier run (on the same machine, e.g. CI's) would be answered from that run's cache.
"""

import os
import tempfile

os.environ["HF_DATASETS_CACHE"] = tempfile.mkdtemp(prefix="verusbench-hf-datasets-")
