"""The `verusbench` command. Each subcommand lives in `verusbench/commands/<name>.py`
and exposes `register(subparsers)`; heavy imports happen only when a command runs."""

from __future__ import annotations

import argparse
import importlib
import sys

from . import __version__

# (module under verusbench.commands) in the order shown by --help
COMMAND_MODULES = [
    "parse",          # parse Verus files -> items/clauses/spans JSON
    "build",          # build the dataset (Hub layout) from a corpus
    "publish",        # upload a build to the Hub (--dry-run prints the plan)
    "verify",         # run Verus on files
    "verify_corpus",  # verify a pending/export folder into a ledger
    "pending",        # pending folders vs. their answer ledgers; retire answered ones
    "reduce",         # Verus-guided delta debugging of slices
    "check_integrity",  # trust-protocol check of one prediction
    "eval",           # score predictions against a build
    "train",          # LoRA SFT baselines
    "generate",       # sample predictions from a model
    "publish_adapter",  # upload a trained adapter
    "arena",          # the Arena web judge (serve) and its export
    "serve_verifier",   # Verus over HTTP for RL trainers
    "rl",               # expert iteration through the ledger
    "submit",         # validate and upload a leaderboard submission
    "leaderboard",    # re-verify submissions, write results and the site
    "agent",          # tool-using agent: episodes, traces config, offline-RL data
]

DESCRIPTION = """\
verusbench: data and a trusted, Verus-checked metric for language models that write Verus.

Typical flow:
  verusbench build --corpus demo --out build/        # dataset in the Hub layout
  verusbench generate --model M --data build/ --config code_from_spec --out preds.jsonl
  verusbench eval --predictions preds.jsonl --data build/ --config code_from_spec
Run `verusbench COMMAND --help` for each command's options.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="verusbench", description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"verusbench {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        mod = importlib.import_module(f"verusbench.commands.{name}")
        mod.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
