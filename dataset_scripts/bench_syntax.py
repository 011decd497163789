"""Benchmark the Verus syntax model over the shared corpus (issue 2, "What must be shown").

For every `.rs` file containing `verus!` (per source): share parsed with no diagnostics,
byte round-trip of `segments` (spans tile the file and reassemble it exactly), agreement of
`requires`/`ensures`/`invariant` clause counts with an independent regex count, and
throughput of `verusbench.syntax.parse` beside raw tree-sitter-rust on the same bytes.
Rows: each source, ALL (the headline), then "upstream sources" and "LLM-generated" (every
autoverus-traces file and vericoding's `llm_run_artifact` records: LLM output that is not
valid Verus, e.g. prose after the code or unbalanced delimiters, is expected to get
diagnostics, so its share is reported apart, never instead of the headline).

The independent clause count never calls the parser. It counts `requires`/`ensures`/
`invariant` as whole words and excludes only what is not clause position:
- comments (block comments nest, as in Rust) and string/char literals;
- `use` paths, and the word after `.`/`::` (methods/paths named `invariant`), after `[`
  (`#[invariant]`), after `fn `/`mod ` (a definition named `invariant`);
- `invariant on FIELD with|is|specifically ..`: a field invariant declared in
  `struct_with_invariants!`, not a fn/loop clause;
- `macro_rules!` bodies: templates with `$x` fragments, which the parser deliberately does not
  parse (their expansions are not in the file).

    python dataset_scripts/bench_syntax.py [--corpus ../shared/corpus] [--sources a,b]
                                           [--limit N] [--show K]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

from rich.console import Console
from rich.progress import track
from rich.table import Table

from verusbench.syntax import parse, segments

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

# Independent of the parser (it never calls it): blank comments and string/char literals with
# one regex, then count the clause keywords as whole words (they are reserved words in Verus).
_STRIP = re.compile(
    r'//[^\n]*|/\*|r#+".*?"#+|r"[^"]*"|"(?:[^"\\]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)'", re.S)
_COMMENT_EDGE = re.compile(r"/\*|\*/")
# not a keyword after `.`/`::` (a method/path named `invariant`), `[` (`#[invariant]`) or
# `fn `/`mod ` (its definition); not `invariant on FIELD with|is|specifically` (a field invariant
# declared in `struct_with_invariants!`, not a requires/ensures/loop-invariant clause)
_KW = re.compile(r"(?<![\w.:[])(?<!fn )(?<!mod )(requires|ensures|invariant)\b"
                 r"(?!\s+on\s+\w+\s+(?:with|is|specifically)\b)")
_USE = re.compile(r"\buse\s[^;]*;")
_MACRO_RULES = re.compile(r"\bmacro_rules!\s*\w+\s*[({\[]")
_PAIR = {"(": ")", "[": "]", "{": "}"}


def _blank(m: re.Match) -> str:
    return re.sub(r"[^\n]", " ", m.group())


def _drop_macro_rules(text: str) -> str:
    """Blank the bodies of `macro_rules!` definitions (brackets counted on text whose comments
    and literals are already blanked)."""
    out, pos = [], 0
    for m in _MACRO_RULES.finditer(text):
        if m.start() < pos:
            continue
        open_, close, depth, k = m.group()[-1], _PAIR[m.group()[-1]], 0, m.end() - 1
        while k < len(text):
            c = text[k]
            depth += (c == open_) - (c == close)
            k += 1
            if depth == 0:
                break
        out.append(text[pos:m.start()])
        out.append(re.sub(r"[^\n]", " ", text[m.start():k]))
        pos = k
    out.append(text[pos:])
    return "".join(out)


def _strip(text: str) -> str:
    """Blank comments (block comments nest, as in Rust) and string/char literals."""
    out, pos = [], 0
    while True:
        m = _STRIP.search(text, pos)
        if m is None:
            break
        out.append(text[pos:m.start()])
        end = m.end()
        if m.group() == "/*":
            depth = 1
            while depth:
                e = _COMMENT_EDGE.search(text, end)
                if e is None:
                    end = len(text)
                    break
                depth += 1 if e.group() == "/*" else -1
                end = e.end()
        out.append(re.sub(r"[^\n]", " ", text[m.start():end]))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def regex_clause_count(text: str) -> int:
    """Number of requires/ensures/invariant keywords at clause position: outside comments,
    literals, `use` paths and `macro_rules!` templates (the parser does not expand them)."""
    blank = _strip(text)
    blank = _USE.sub(_blank, blank)
    blank = _drop_macro_rules(blank)
    return len(_KW.findall(blank))


def parser_clause_count(pf) -> int:
    """requires/ensures/invariant clauses found by the parser (fn, loop and assert-by)."""
    kinds = ("requires", "ensures", "invariant")
    n = 0
    for it in pf.walk():
        n += sum(c.kind in kinds for c in it.clauses)
        for lp in it.loops:
            n += sum(c.kind in kinds for c in lp.clauses)
        for p in it.proofs:
            n += sum(c.kind in kinds for c in p.clauses)
    return n


def is_llm_output(source: str, role: str) -> bool:
    """LLM-generated files (invalid ones are expected to get diagnostics): every
    autoverus-traces file and vericoding's `llm_run_artifact` records."""
    return source == "autoverus-traces" or (source == "vericoding" and role == "llm_run_artifact")


def load(corpus: Path, sources: list[str] | None, limit: int | None):
    files = sorted(corpus.glob("*.jsonl.gz"))
    if not files:
        sys.exit(f"no *.jsonl.gz under {corpus}: pass --corpus PATH to the shared corpus")
    out: list[tuple[str, str, str, str]] = []
    for f in files:
        src = f.name.removesuffix(".jsonl.gz")
        if sources and src not in sources:
            continue
        n = 0
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                if not r["path"].endswith(".rs") or "verus!" not in r["text"]:
                    continue
                out.append((src, r["path"], r["text"], r.get("role", "")))
                n += 1
                if limit and n >= limit:
                    break
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--sources", default="", help="comma-separated source names (default: all)")
    ap.add_argument("--limit", type=int, default=0, help="at most N files per source")
    ap.add_argument("--show", type=int, default=5, help="print up to K failing files per check")
    args = ap.parse_args(argv)
    con = Console(width=160)
    records = load(args.corpus, [s for s in args.sources.split(",") if s] or None,
                   args.limit or None)
    import tree_sitter as ts
    import tree_sitter_rust as tsr
    raw = ts.Parser(ts.Language(tsr.language()))

    stats: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    fails: dict[str, list[str]] = defaultdict(list)
    groups: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for src_name, path, text, role in track(records, description="parsing", console=con):
        b = text.encode("utf-8")
        st = defaultdict(float)
        t0 = time.perf_counter()
        raw.parse(b)
        t1 = time.perf_counter()
        pf = parse(b, path)
        t2 = time.perf_counter()
        st["files"] += 1
        st["bytes"] += len(b)
        st["t_ts"] += t1 - t0
        st["t_ours"] += t2 - t1
        if pf.ok:
            st["ok"] += 1
        else:
            d = pf.diagnostics[0]
            fails["diagnostics"].append(f"{src_name}:{path}:{d.line}:{d.col}: {d.message}")
        segs = segments(pf)
        tiles = all(a[1][1] == b_[1][0] for a, b_ in zip(segs, segs[1:])) and (
            (not segs and not b) or (segs[0][1][0] == 0 and segs[-1][1][1] == len(b)))
        if tiles and b"".join(b[s:e] for _, (s, e) in segs) == b:
            st["roundtrip"] += 1
        else:
            fails["roundtrip"].append(f"{src_name}:{path}")
        want, got = regex_clause_count(text), parser_clause_count(pf)
        if want == got:
            st["clauses_eq"] += 1
        else:
            fails["clauses"].append(f"{src_name}:{path}: regex {want} parser {got}")
        st["kw"] += want
        st["found"] += got
        st["items"] += sum(1 for _ in pf.walk())
        group = "LLM-generated" if is_llm_output(src_name, role) else "upstream sources"
        for acc in (stats[src_name], groups[group]):
            for key, v in st.items():
                acc[key] += v

    table = Table(title="Verus syntax model over the shared corpus (files containing verus!)")
    for col in ("source", "files", "MB", "no diag", "round-trip", "clauses =", "items",
                "tree-sitter MB/s", "ours MB/s", "ratio"):
        table.add_column(col, justify="right" if col != "source" else "left")
    total: dict[str, float] = defaultdict(float)
    for name in sorted(stats):
        st = stats[name]
        for k, v in st.items():
            total[k] += v
    rows = sorted(stats.items()) + [("ALL", total)] + sorted(groups.items(), reverse=True)
    for name, st in rows:
        f = st["files"] or 1
        mb = st["bytes"] / 1e6
        ts_mbs = mb / st["t_ts"] if st["t_ts"] else 0.0
        our_mbs = mb / st["t_ours"] if st["t_ours"] else 0.0
        table.add_row(name, f"{int(st['files'])}", f"{mb:.2f}", f"{st['ok'] / f:.2%}",
                      f"{st['roundtrip'] / f:.2%}", f"{st['clauses_eq'] / f:.2%}",
                      f"{int(st['items'])}", f"{ts_mbs:.2f}", f"{our_mbs:.2f}",
                      f"{our_mbs / ts_mbs:.2f}" if ts_mbs else "-")
    con.print(table)
    f = total["files"] or 1
    con.print(f"keywords (regex) {int(total['kw'])}, clauses found {int(total['found'])}")
    for what, lst in fails.items():
        con.print(f"[bold]{what}[/bold] failures: {len(lst)}")
        for line in lst[:args.show]:
            con.print("  " + line, markup=False, highlight=False)
    def met(st) -> bool:
        n = st["files"] or 1
        return (st["ok"] / n >= 0.99 and st["roundtrip"] == st["files"]
                and st["clauses_eq"] / n >= 0.99)

    ok = met(total)
    up = groups.get("upstream sources")
    if up is not None:
        con.print(f"upstream sources: targets {'met' if met(up) else 'NOT met'}")
    con.print("all files (headline): targets met" if ok else
              "all files (headline): targets NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
