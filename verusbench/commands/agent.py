"""`verusbench agent run|traces|pairs`: the tool-using agent, its traces config, offline-RL data."""

from __future__ import annotations

import json
import sys


def register(sub) -> None:
    p = sub.add_parser("agent", help="tool-using Verus agent (episodes, traces, offline-RL data)")
    asub = p.add_subparsers(dest="agent_command", metavar="ACTION")
    r = asub.add_parser("run", help="run agent episodes on rows of a build (real Verus at each step)")
    r.add_argument("--data", required=True, help="build folder (Hub layout) or Hub id")
    r.add_argument("--config", required=True, help="task config, e.g. code_from_spec")
    r.add_argument("--split", default="validation")
    r.add_argument("--rows", type=int, default=None, help="first N rows (default all)")
    r.add_argument("--memory", action=argparse_bool(), default=True,
                   help="reflection memory on (--no-memory: off)")
    r.add_argument("--memory-path", default=None, help="lessons SQLite file (default OUT/memory.sqlite)")
    r.add_argument("--policy", required=True,
                   help="openai:URL#MODEL | hf:MODEL[#GGUF] | smollm2 | scripted:FILE.jsonl")
    r.add_argument("--adapter", default=None, help="LoRA adapter folder for hf:/smollm2 policies")
    r.add_argument("--temperature", type=float, default=0.2)
    r.add_argument("--max-new-tokens", type=int, default=512, help="per reply (hf:/smollm2/openai)")
    r.add_argument("--verus", default=None, help="Verus binary (default $VERUS_PATH / PATH)")
    r.add_argument("--out", required=True, help="run folder: episodes.jsonl, summary.json, memory.sqlite")
    r.add_argument("--name", default="", help="run name recorded in each episode (default: OUT's name)")
    r.add_argument("--max-steps", type=int, default=8)
    r.add_argument("--max-verus-calls", type=int, default=6)
    r.add_argument("--budget-s", type=float, default=600.0, help="wall-clock limit per episode")
    r.add_argument("--rlimit", type=float, default=10.0)
    r.add_argument("--cache", default=None, help="result cache (SQLite) shared across runs")
    r.set_defaults(func=run_cmd)

    t = asub.add_parser("traces", help="build the `traces` config (Hub layout) from run folders")
    t.add_argument("runs", nargs="+", help="run folders of `agent run` (episodes.jsonl inside)")
    t.add_argument("--out", required=True)
    for k, d in (("verified", 1.0), ("query-drop", 0.3), ("syntax-error", -0.2), ("integrity", -0.2),
                 ("invalid-action", 0.0)):
        t.add_argument(f"--reward-{k}", type=float, default=d)
    t.add_argument("--allow-test-double", action="store_true",
                   help="tests only: accept runs of tests/fake_verus (labelled as such)")
    t.set_defaults(func=traces_cmd)

    q = asub.add_parser("pairs", help="offline-RL data: filtered/weighted SFT rows and DPO pairs")
    q.add_argument("--data", required=True, help="the build the rows come from")
    q.add_argument("--config", required=True)
    q.add_argument("--traces", nargs="*", default=[], help="traces config folders (from `agent traces`)")
    q.add_argument("--predictions", nargs="*", default=[], help="predictions JSONL scored by --ledger")
    q.add_argument("--ledger", nargs="*", default=None, help="ledger files (default: the shared ledger)")
    q.add_argument("--out", required=True, help="folder: sft.jsonl, dpo.jsonl, summary.json")
    q.add_argument("--allow-test-double", action="store_true", help="tests only")
    q.set_defaults(func=pairs_cmd)
    p.set_defaults(func=lambda a: (p.print_help(), 2)[1])


def argparse_bool():
    import argparse
    return argparse.BooleanOptionalAction


def run_cmd(args) -> int:
    from ..agent.loop import LoopConfig
    from ..agent.policy import PolicyError, make_policy
    from ..agent.retrieval import RetrievalUnavailable
    from ..agent.runner import RunArgs, run_agent
    from ..train.data import DataError
    from ..verifier import VerusNotFound, find_verus

    try:
        verus = find_verus(args.verus)
        policy = make_policy(args.policy, adapter=args.adapter, temperature=args.temperature,
                             max_new_tokens=args.max_new_tokens)
        summary = run_agent(
            RunArgs(data=args.data, config=args.config, split=args.split, out=args.out, rows=args.rows,
                    memory=args.memory, memory_path=args.memory_path, rlimit=args.rlimit,
                    cache=args.cache, name=args.name),
            policy, verus, LoopConfig(max_steps=args.max_steps, budget_s=args.budget_s,
                                      max_verus_calls=args.max_verus_calls),
            log=lambda m: print(m, file=sys.stderr))
    except (VerusNotFound, ValueError, FileNotFoundError, DataError, RetrievalUnavailable, PolicyError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(f"{summary['episodes']} episodes, {summary['seconds_per_episode']} s per episode, "
          f"statuses {summary['statuses']} ({summary['verifier']})", file=sys.stderr)
    print(json.dumps(summary))
    return 0


def traces_cmd(args) -> int:
    from ..agent.traces import RewardWeights, build_traces

    w = RewardWeights(args.reward_verified, args.reward_query_drop, args.reward_syntax_error,
                      args.reward_integrity, args.reward_invalid_action)
    try:
        res = build_traces(args.runs, args.out, w, allow_test_double=args.allow_test_double)
    except (ValueError, FileNotFoundError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(json.dumps(res))
    return 0


def pairs_cmd(args) -> int:
    from ..agent.offline import build_offline_data

    try:
        res = build_offline_data(args.data, args.config, args.out, traces=args.traces,
                                 predictions=args.predictions, ledger_paths=args.ledger,
                                 allow_test_double=args.allow_test_double)
    except (ValueError, FileNotFoundError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(json.dumps(res))
    return 0
