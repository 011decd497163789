"""`verusbench rl expert-iteration STAGE`: sample -> export -> select (from a ledger) -> sft -> score."""

from __future__ import annotations

import json
import sys


def register(sub) -> None:
    p = sub.add_parser("rl", help="RL loops over Verus (expert iteration through the ledger)")
    rsub = p.add_subparsers(dest="rl_command", metavar="LOOP")
    e = rsub.add_parser("expert-iteration", help="stages of expert iteration (offline, through the ledger)",
                        description="sample (GPU) -> export to verification/pending/ -> select the "
                                    "samples a real-Verus ledger verified -> SFT round (GPU) -> score.")
    es = e.add_subparsers(dest="stage", metavar="STAGE")

    def data_args(q):
        q.add_argument("--data", required=True, help="build folder (Hub layout) or Hub dataset id")
        q.add_argument("--config", required=True)
        q.add_argument("--split", default="train")
        q.add_argument("--predictions", required=True, help="predictions JSONL (`verusbench generate`)")

    s = es.add_parser("sample", help="k samples per row (GPU): `verusbench generate` with train defaults")
    s.add_argument("--model", required=True)
    s.add_argument("--adapter")
    s.add_argument("--data", required=True)
    s.add_argument("--config", required=True)
    s.add_argument("--split", default="train")
    s.add_argument("--k", type=int, default=8)
    s.add_argument("--limit", type=int)
    s.add_argument("--out", required=True)
    s.set_defaults(func=run_sample)

    x = es.add_parser("export", help="integrity-passing candidate files -> a pending folder")
    data_args(x)
    x.add_argument("--out", required=True, help="e.g. verification/pending/ei-round0")
    x.add_argument("--name")
    x.set_defaults(func=run_export)

    c = es.add_parser("select", help="keep the samples a ledger verified; write a round-1 build")
    data_args(c)
    c.add_argument("--ledger", action="append", help="ledger file(s) (default: the shared ones)")
    c.add_argument("--out", required=True, help="build folder for the SFT round")
    c.add_argument("--max-per-row", type=int, default=2)
    c.set_defaults(func=run_select)

    t = es.add_parser("sft", help="one LoRA SFT round on a selected build (GPU)")
    t.add_argument("--data", required=True)
    t.add_argument("--config", required=True)
    t.add_argument("--out", required=True)
    t.add_argument("--base-model")
    t.add_argument("--max-steps", type=int, default=-1)
    t.set_defaults(func=run_sft)

    m = es.add_parser("score", help="pass@1 of predictions from a ledger (pending rows counted apart)")
    data_args(m)
    m.add_argument("--ledger", action="append")
    m.set_defaults(func=run_score)
    e.set_defaults(func=lambda a: (e.print_help(), 2)[1])
    p.set_defaults(func=lambda a: (p.print_help(), 2)[1])


def _rows(args):
    from ..scoring import load_rows
    return load_rows(args.data, args.config, args.split)


def _ledger(paths):
    from ..ledger import Ledger, default_ledger_paths
    paths = paths or default_ledger_paths()
    if not paths:
        raise FileNotFoundError("no ledger: pass --ledger PATH (none found under ../shared/verus-results)")
    return Ledger.load(paths)


def _guard(fn):
    def run(args) -> int:
        try:
            return fn(args)
        except (ValueError, FileNotFoundError) as e:
            print(f"error: {e}", file=sys.stderr)
            return 2
    return run


@_guard
def run_sample(args) -> int:
    from ..rl.expert_iteration import sample
    s = sample(args.model, args.data, args.config, args.out, adapter=args.adapter, split=args.split,
               k=args.k, limit=args.limit)
    print(json.dumps(s.__dict__))
    return 0 if s.failed == 0 else 1


@_guard
def run_export(args) -> int:
    from ..rl.expert_iteration import export, read_predictions
    folder, counts = export(_rows(args), read_predictions(args.predictions), args.out, name=args.name)
    print(json.dumps({"folder": str(folder.path), **counts}))
    return 0


@_guard
def run_select(args) -> int:
    from ..rl.expert_iteration import read_predictions, select_verified, write_round_build
    sel = select_verified(_rows(args), read_predictions(args.predictions), _ledger(args.ledger),
                          max_per_row=args.max_per_row)
    write_round_build(sel.chosen, args.out, sel.report)
    print(json.dumps(sel.report))
    return 0


@_guard
def run_sft(args) -> int:
    from ..rl.expert_iteration import sft_round
    kw = {"max_steps": args.max_steps}
    if args.base_model:
        kw["base_model"] = args.base_model
    print(json.dumps(sft_round(args.data, args.config, args.out, **kw).__dict__))
    return 0


@_guard
def run_score(args) -> int:
    from ..rl.expert_iteration import ledger_pass_rate, read_predictions
    print(json.dumps(ledger_pass_rate(_rows(args), read_predictions(args.predictions), _ledger(args.ledger))))
    return 0
