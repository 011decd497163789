"""`verusbench publish`: upload a build folder to a Hub dataset repo in one tagged commit."""

from __future__ import annotations

import os
import sys


def register(sub) -> None:
    p = sub.add_parser(
        "publish", help="upload a build to the Hub in one commit, tagged v<version>",
        description="Validate a build folder (card YAML, every parquet file), then upload it "
                    "to a Hub dataset repo in one commit and tag that commit v<version>. "
                    "--dry-run prints the commit plan and touches no network.")
    p.add_argument("build_dir", metavar="BUILD_DIR", help="folder written by `verusbench build`")
    p.add_argument("--repo", default="verusft/tasks", help="Hub dataset repo id (default: %(default)s)")
    p.add_argument("--version", required=True, metavar="X.Y.Z",
                   help="dataset version; must match the build's dataset_version")
    p.add_argument("--dry-run", action="store_true", help="print the commit plan only")
    p.add_argument("--token", default=None,
                   help="Hub token (default: $HF_TOKEN or the token saved by `hf auth login`)")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..hub import BuildInvalid, publish

    if not os.path.isdir(args.build_dir):
        print(f"error: {args.build_dir} is not a folder; run `verusbench build --out "
              f"{args.build_dir}` first", file=sys.stderr)
        return 2
    try:
        publish(args.build_dir, args.repo, args.version, dry_run=args.dry_run, token=args.token)
    except BuildInvalid as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    return 0
