"""`verusbench submit PRED... --model-name M --data BUILD`: validate predictions against the
dataset version, write a submission bundle and open a pull request on the Hub submissions repo."""

from __future__ import annotations

import json


def register(sub) -> None:
    p = sub.add_parser("submit", help="validate and upload a leaderboard submission (--dry-run plans)",
                       description="Each PRED is CONFIG=PATH or PATH (config inferred from its ids): "
                                   "a predictions JSONL in the `eval` format with k samples per row. "
                                   "Every problem found is listed with what to fix; nothing is "
                                   "uploaded then. Claimed figures are ignored by the leaderboard.")
    p.add_argument("pred", nargs="+", metavar="PRED", help="CONFIG=PATH or PATH (.jsonl or .jsonl.gz)")
    p.add_argument("--model-name", required=True)
    p.add_argument("--base-model", required=True, help="Hub id of the base model")
    p.add_argument("--parameters", type=int, default=None, help="parameter count")
    p.add_argument("--weights-url", default=None, help="link to the adapter / weights")
    p.add_argument("--k", type=int, required=True, help="samples per row (decoding)")
    p.add_argument("--temperature", type=float, default=None)
    p.add_argument("--top-p", type=float, default=None)
    p.add_argument("--max-new-tokens", type=int, default=None)
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--data", required=True, help="build dir (or Hub id) of the dataset version predicted")
    p.add_argument("--dataset-version", default=None, help="default: the build's card")
    p.add_argument("--claimed", default=None, help="JSON of figures you measured (recomputed, never shown)")
    p.add_argument("--out", default="submissions", help="folder to write the bundle in")
    p.add_argument("--repo", default=None, help="Hub dataset repo (default verusft/leaderboard-submissions)")
    p.add_argument("--token", default=None, help="Hub token (default: huggingface_hub's login)")
    p.add_argument("--dry-run", action="store_true", help="validate and print the upload plan only")
    p.set_defaults(func=run)


def run(args) -> int:
    import sys

    from verusbench.hub import BuildInvalid, read_card_yaml
    from verusbench.leaderboard import bundle as B
    from verusbench.scoring import load_rows

    def fail(msg: str) -> int:
        print(f"verusbench submit: {msg}", file=sys.stderr)
        return 2
    try:
        rows = load_rows(args.data, None, "test")
    except (OSError, ValueError) as e:
        return fail(f"cannot read the test rows of {args.data}: {e}")
    version = args.dataset_version
    if version is None:
        try:
            version = str(read_card_yaml(args.data).get("dataset_version") or "")
        except BuildInvalid as e:
            return fail(f"{e}; or pass --dataset-version")
    preds = {}
    for spec in args.pred:
        cfg, _, path = spec.rpartition("=") if "=" in spec else (None, "", spec)
        preds[cfg] = path
    claimed = None
    if args.claimed:
        try:
            claimed = json.loads(args.claimed)
        except json.JSONDecodeError as e:
            return fail(f"--claimed is not JSON ({e})")
    meta = {"model_name": args.model_name, "base_model": args.base_model,
            "parameters": args.parameters, "weights_url": args.weights_url, "claimed": claimed,
            "decoding": {"k": args.k, "temperature": args.temperature, "top_p": args.top_p,
                         "max_new_tokens": args.max_new_tokens, "seed": args.seed}}
    b = B.build_bundle(preds, meta, rows, dataset_version=version)
    if not b.ok:
        print(f"verusbench submit: the submission is not valid ({len(b.problems)} problem(s)); "
              "fix these and run again:", file=sys.stderr)
        for pr in b.problems[:50]:
            print(f"  {pr['where']}: {pr['error']}", file=sys.stderr)
        if len(b.problems) > 50:
            print(f"  ... and {len(b.problems) - 50} more", file=sys.stderr)
        return 1
    root = B.write_bundle(b, args.out)
    counts = ", ".join(f"{c}: {i['rows']} rows" for c, i in b.manifest["predictions"].items())
    print(f"wrote bundle {root} ({counts}, "
          f"k={args.k}, predictions sha256 {b.manifest['predictions_sha256'][:12]})")
    plan = B.upload(root, args.repo or B.SUBMISSIONS_REPO, dry_run=args.dry_run, token=args.token)
    print(B.render_plan(plan, args.dry_run))
    return 0
