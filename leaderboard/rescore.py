"""Re-verify pending submissions: `python leaderboard/rescore.py SUBMISSIONS --data BUILD
--results leaderboard/results (--verus PATH --cache DB | --ledger [PATHS])`; the same as
`verusbench leaderboard rescore`."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from verusbench.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(["leaderboard", "rescore", *sys.argv[1:]]))
