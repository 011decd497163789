"""Write the static site from the result files: `python leaderboard/build_site.py
leaderboard/results --out leaderboard/site`; the same as `verusbench leaderboard site`."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from verusbench.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(["leaderboard", "site", *sys.argv[1:]]))
