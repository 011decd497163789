"""Crate inlining: the files of one repo+commit become one file per crate root, each
`mod foo;` replaced by `mod foo { <foo.rs or foo/mod.rs> }` recursively (like `inline-crate`).

Roots are `lib.rs`/`main.rs` files, then every file holding `verus!` that no other root
reaches. Rules for what cannot be inlined as written (each one is a `Problem`):
  * `#[cfg(test)] mod m;` is dropped (Verus does not build tests); any other `cfg`-gated
    module is inlined with its `cfg` attribute kept, so it means what it meant before;
  * a module whose file is missing (or that would include itself) is removed from the
    output and reported with the paths tried; the rest of the crate is kept;
  * `#[cfg_attr(.., path = ..)]` is not evaluated: the default path is used and reported.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from typing import Iterable

from .syntax import parse, tokenize
from .syntax.model import Item

ROOT_NAMES = ("lib.rs", "main.rs")
MOD_RS_NAMES = ("lib.rs", "main.rs", "mod.rs")


@dataclass
class Problem:
    path: str          # the file holding the `mod` declaration
    module: str        # module path inside the crate, e.g. "foo::bar"
    kind: str          # missing_file | cycle | cfg_dropped | cfg_kept | cfg_attr_path | parse
    detail: str = ""

    def to_dict(self) -> dict:
        return {"path": self.path, "module": self.module, "kind": self.kind, "detail": self.detail}


@dataclass
class InlinedCrate:
    root_path: str
    text: str
    members: list[str] = field(default_factory=list)    # root first, then inlined files
    problems: list[Problem] = field(default_factory=list)


def _attr_text(src: bytes, it: Item, a) -> str:
    return src[a.span[0]:a.span[1]].decode("utf-8", "surrogateescape")


def _path_attr(src: bytes, it: Item) -> tuple[str | None, object | None]:
    """Value of `#[path = "..."]` on a mod item, and the attribute."""
    for a in it.attrs:
        if a.path == "path":
            toks = tokenize(_attr_text(src, it, a))
            for i, t in enumerate(toks):
                if t.text == "=" and i + 1 < len(toks) and toks[i + 1].kind == "literal":
                    lit = toks[i + 1].text
                    if lit.startswith('"') and lit.endswith('"'):
                        return lit[1:-1], a
    return None, None


def _cfg_args(it: Item) -> list[str]:
    return [a.args.strip() for a in it.attrs if a.path == "cfg"]


def _base_dir(path: str, is_root: bool, via_path_attr: bool) -> str:
    """Directory where the file's own `mod x;` children live."""
    d = posixpath.dirname(path)
    if is_root or via_path_attr or posixpath.basename(path) in MOD_RS_NAMES:
        return d
    return posixpath.join(d, posixpath.splitext(posixpath.basename(path))[0])


def _mod_decls(items: list[Item], inline: tuple[str, ...] = ()):
    """(`mod x;` item, names of the inline modules around it) at any depth of mod bodies."""
    for it in items:
        if it.kind != "mod":
            continue
        if it.body is None:
            yield it, inline
        else:
            yield from _mod_decls(it.children, inline + (it.name,))


def _norm(p: str) -> str:
    return posixpath.normpath(p) if p else p


class _Inliner:
    def __init__(self, files: dict[str, str]):
        self.files = files
        self._parsed: dict[str, object] = {}

    def expand(self, path: str, is_root: bool, via_path_attr: bool, modpath: tuple[str, ...],
               stack: tuple[str, ...], members: list[str], problems: list[Problem]) -> str:
        text = self.files[path]
        src = text.encode("utf-8", "surrogateescape")
        pf = self._parsed.get(path)
        if pf is None:
            pf = self._parsed[path] = parse(src, path=path)
        if pf.diagnostics:
            problems.append(Problem(path, "::".join(modpath), "parse",
                                    f"{len(pf.diagnostics)} syntax diagnostics; first: "
                                    f"{pf.diagnostics[0].message} (line {pf.diagnostics[0].line})"))
        base = _base_dir(path, is_root, via_path_attr)
        edits: list[tuple[int, int, str]] = []
        for it, inline in _mod_decls(pf.items):
            sub = modpath + inline + (it.name,)
            mname = "::".join(sub)
            cfgs = _cfg_args(it)
            if any(c == "test" for c in cfgs):
                problems.append(Problem(path, mname, "cfg_dropped", "#[cfg(test)]: tests are not verified"))
                edits.append((it.span[0], it.span[1], ""))
                continue
            if any(a.path == "cfg_attr" and "path" in a.args for a in it.attrs):
                problems.append(Problem(path, mname, "cfg_attr_path",
                                        "cfg_attr(.., path = ..) not evaluated; default path used"))
            pval, pattr = _path_attr(src, it)
            if pval is not None:
                d = posixpath.dirname(path) if not inline else posixpath.join(base, *inline)
                cands = [_norm(posixpath.join(d, pval))]
            else:
                d = posixpath.join(base, *inline)
                cands = [_norm(posixpath.join(d, it.name + ".rs")),
                         _norm(posixpath.join(d, it.name, "mod.rs"))]
            found = next((c for c in cands if c in self.files), None)
            if found is None:
                problems.append(Problem(path, mname, "missing_file",
                                        "no file for the module; tried " + ", ".join(cands)))
                edits.append((it.span[0], it.span[1], ""))
                continue
            if found in stack:
                problems.append(Problem(path, mname, "cycle", f"{found} would include itself"))
                edits.append((it.span[0], it.span[1], ""))
                continue
            if cfgs:
                problems.append(Problem(path, mname, "cfg_kept",
                                        "inlined with its attribute #[cfg(" + ", ".join(cfgs) + ")]"))
            members.append(found)
            body = self.expand(found, False, pval is not None, sub, stack + (found,), members, problems)
            # the declaration as written, minus #[path], with `;` turned into the body
            s, e = it.span
            head = src[s:e]
            if pattr is not None:
                a0, a1 = pattr.span[0] - s, pattr.span[1] - s
                head = head[:a0] + head[a1:]
            head = head.rstrip()
            if head.endswith(b";"):
                head = head[:-1].rstrip()
            repl = head.decode("utf-8", "surrogateescape") + " {\n" + body + ("" if body.endswith("\n") else "\n") + "}"
            edits.append((s, e, repl))
        if not edits:
            return text
        out: list[bytes] = []
        pos = 0
        for s, e, r in sorted(edits):
            out.append(src[pos:s])
            out.append(r.encode("utf-8", "surrogateescape"))
            pos = e
        out.append(src[pos:])
        return b"".join(out).decode("utf-8", "surrogateescape")


def crate_roots(files: dict[str, str], inliner: "_Inliner | None" = None) -> list[str]:
    """lib.rs/main.rs, then files with `verus!` reached from no other root (sorted)."""
    inl = inliner or _Inliner(files)
    named = sorted(p for p in files if posixpath.basename(p) in ROOT_NAMES)
    reached: set[str] = set()
    for r in named:
        m: list[str] = []
        inl.expand(r, True, False, (), (r,), m, [])
        reached.update(m)
    cands = sorted(p for p in files if p not in reached and p not in named and p.endswith(".rs")
                   and "verus!" in files[p])
    reach_of: dict[str, set[str]] = {}
    for c in cands:
        m = []
        inl.expand(c, True, False, (), (c,), m, [])
        reach_of[c] = set(m)
    roots = list(named)
    for c in cands:
        if not any(c in reach_of[o] and not (o in reach_of[c] and o > c) for o in cands if o != c):
            roots.append(c)
    return roots


def inline_files(files: dict[str, str], roots: Iterable[str] | None = None) -> list[InlinedCrate]:
    """One InlinedCrate per crate root of `files` (path -> text, paths relative to the repo)."""
    files = {_norm(p): t for p, t in files.items()}
    inl = _Inliner(files)
    out = []
    for r in (list(roots) if roots is not None else crate_roots(files, inl)):
        r = _norm(r)
        members = [r]
        problems: list[Problem] = []
        text = inl.expand(r, True, False, (), (r,), members, problems)
        out.append(InlinedCrate(r, text, members, problems))
    return out


def inline_records(records: Iterable) -> list[InlinedCrate]:
    """Inline the corpus records (`.path`, `.text`) of one repo+commit."""
    recs = list(records)
    keys = {(r.repo, r.commit) for r in recs}
    if len(keys) > 1:
        raise ValueError(f"inline_records: records span {len(keys)} repo+commit pairs "
                         f"({sorted(keys)[:3]}); group them by (repo, commit) first")
    return inline_files({r.path: r.text for r in recs if r.path.endswith(".rs")})
