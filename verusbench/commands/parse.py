"""`verusbench parse FILE... [--json]` and `verusbench parse --demo`: the Verus syntax model
on files. JSON: one object per file per line (the contract in issue 2). Exit 0 when every
file parsed without diagnostics, 1 when any had diagnostics, 2 on unusable arguments."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser(
        "parse", help="parse Verus files into items, clauses, loops and proofs with byte spans",
        description="Parse Verus/Rust files with the verusbench syntax model. Prints a summary "
                    "table per file, or with --json one JSON object per file per line: "
                    '{"path","ok","items":[{"kind","name","mode","span","body","clauses",'
                    '"loops","attrs",..}],"diagnostics":[..]}. Exit 0 if all files parsed, '
                    "1 if any had diagnostics, 2 on unusable arguments.")
    p.add_argument("files", nargs="*", metavar="FILE", help=".rs files to parse")
    p.add_argument("--json", action="store_true", help="print JSON (one object per file per line)")
    p.add_argument("--demo", action="store_true",
                   help="parse the demo corpus shipped in the package (verusbench/demo_corpus)")
    p.set_defaults(func=run)


def _demo_files() -> list[Path]:
    from verusbench import demo_corpus_path
    root = Path(demo_corpus_path())
    return sorted(root.rglob("*.rs")) if root.is_dir() else []


def _summary_row(path: str, pf) -> list[str]:
    fns = pf.functions()
    modes = Counter(f.mode or "exec" for f in fns)
    n_clauses = sum(len(it.clauses) for it in pf.walk())
    n_loops = sum(len(it.loops) for it in pf.walk())
    n_proofs = sum(len(it.proofs) for it in pf.walk())
    mode_txt = " ".join(f"{m}:{n}" for m, n in sorted(modes.items())) or "-"
    diag = "-" if pf.ok else f"{len(pf.diagnostics)} (line {pf.diagnostics[0].line}: " \
        f"{pf.diagnostics[0].message})"
    return [path, str(sum(1 for _ in pf.walk())), mode_txt, str(n_clauses), str(n_loops),
            str(n_proofs), diag]


def run(args) -> int:
    from verusbench.syntax import parse, to_json

    files: list[str] = list(args.files)
    demo_set: set[str] = set()
    if args.demo:
        demo = _demo_files()
        demo_set = {str(p) for p in demo}
        if not demo:
            print("verusbench parse --demo: the demo corpus folder has no .rs files yet "
                  "(verusbench/demo_corpus); nothing to parse", file=sys.stderr)
        files += [str(p) for p in demo]
    if not files:
        if args.demo:
            return 0
        print("verusbench parse: give one or more .rs files (or --demo); see --help",
              file=sys.stderr)
        return 2
    missing = [f for f in files if not Path(f).is_file()]
    if missing:
        for f in missing:
            print(f"verusbench parse: {f}: no such file; pass paths of existing .rs files",
                  file=sys.stderr)
        return 2

    rows = []
    any_diag = False
    for f in files:
        try:
            data = Path(f).read_bytes()
        except OSError as e:
            print(f"verusbench parse: {f}: cannot read ({e.strerror}); skipped", file=sys.stderr)
            any_diag = True
            continue
        pf = parse(data, f)
        any_diag |= not pf.ok
        if args.json:
            sys.stdout.write(json.dumps(to_json(pf, f)) + "\n")
        else:
            shown = Path(f).name if f in demo_set else f
            rows.append(_summary_row(shown, pf))
    if not args.json:
        from rich.console import Console
        from rich.table import Table
        table = Table(title="verusbench parse")
        for col in ("file", "items", "fns by mode", "clauses", "loops", "proofs", "diagnostics"):
            table.add_column(col, overflow="fold")
        for r in rows:
            table.add_row(*r)
        import shutil
        Console(width=max(120, shutil.get_terminal_size().columns)).print(table)
    return 1 if any_diag else 0
