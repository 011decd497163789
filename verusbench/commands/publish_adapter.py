"""`verusbench publish-adapter`: upload a trained LoRA adapter folder to the Hub in one commit."""

from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("publish-adapter", help="upload a LoRA adapter folder (--dry-run prints the plan)")
    p.add_argument("folder", help="adapter folder (adapter_config.json + weights + README.md)")
    p.add_argument("--repo", required=True, help="model repo, e.g. verusft/smollm2-135m-spec-lora")
    p.add_argument("--dry-run", action="store_true", help="print the commit plan; no network")
    p.add_argument("--private", action="store_true")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..train.adapters import publish_adapter

    try:
        plan = publish_adapter(args.folder, args.repo, dry_run=args.dry_run, private=args.private)
    except (ValueError, FileNotFoundError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(("[dry run] " if args.dry_run else "") + plan.describe())
    return 0
