"""`verusbench check-integrity`: the trust-protocol check of one prediction against one row.

Prints {"ok": bool, "violations": [{"rule", "message", "line"}]}; exit 0 ok, 1 violations,
2 unusable input. This output is a stable contract (scripts and the leaderboard read it).
"""

from __future__ import annotations

import json
import sys


def register(sub) -> None:
    p = sub.add_parser("check-integrity", help="check one prediction against the trust protocol",
                       description="Check that a prediction leaves the task's locked parts "
                                   "unchanged and adds no soundness escape hatch.")
    p.add_argument("--task", required=True, metavar="ROW.json", help="one dataset row as JSON")
    p.add_argument("--prediction", required=True, metavar="FILE",
                   help="the model's answer: the hole-fill or a whole file (Markdown fences ok)")
    p.add_argument("--rlimit-cap", type=float, default=None,
                   help="the benchmark's --rlimit; a per-fn rlimit above it is a violation (default 10)")
    p.add_argument("--json", action="store_true", help="print only the JSON object")
    p.set_defaults(func=run)


def _fail(msg: str, as_json: bool) -> int:
    if as_json:
        print(json.dumps({"ok": False, "error": msg, "violations": []}))
    print(f"verusbench check-integrity: {msg}", file=sys.stderr)
    return 2


def run(args) -> int:
    from verusbench import integrity
    from verusbench.records import TaskRow

    try:
        with open(args.task, encoding="utf-8") as fh:
            row = TaskRow.from_dict(json.load(fh))
    except FileNotFoundError:
        return _fail(f"{args.task}: no such file", args.json)
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        return _fail(f"{args.task}: not a JSON row ({e})", args.json)
    except (TypeError, KeyError, AttributeError) as e:
        return _fail(f"{args.task}: not a dataset row ({e}); expected the fields of a "
                     "verusbench TaskRow (id, task, context, target, reference_file, metadata, ...)",
                     args.json)
    try:
        with open(args.prediction, "rb") as fh:
            raw = fh.read()
    except OSError as e:
        return _fail(f"{args.prediction}: {e.strerror}", args.json)
    from verusbench.scoring import prediction_error
    err = prediction_error(raw)
    if err:
        return _fail(f"{args.prediction}: {err}", args.json)
    kw = {} if args.rlimit_cap is None else {"rlimit_cap": args.rlimit_cap}
    try:
        res = integrity.check(row, raw.decode("utf-8"), **kw)
    except integrity.IntegrityInputError as e:
        return _fail(f"{args.task}: {e}", args.json)
    out = {"ok": res.ok, "violations": [{"rule": v.rule, "message": v.message, "line": v.line}
                                        for v in res.violations]}
    if args.json:
        print(json.dumps(out))
    else:
        print(json.dumps(out, indent=2))
        print(f"{'accepted' if res.ok else 'REJECTED'} ({res.mode} answer, "
              f"{len(res.violations)} violation(s))", file=sys.stderr)
    return 0 if res.ok else 1
