"""The trust protocol (DESIGN.md): may a prediction be scored at all?

`check(row, prediction)` assembles the prediction into a candidate file and rejects it if a
locked part changed (compared token for token, whitespace and comments aside) or if it adds
a soundness escape hatch (verus-reference.md §4) that the task's context does not already
have. Everything works on tokens of `verusbench.syntax.tokenize` and on the syntax model of
`verusbench.syntax.parse`, never on regexes over raw text, so `assume (`, `verifier ::
external_body`, raw identifiers and macro bodies are all seen for what they are.
"""

from __future__ import annotations

import difflib
import functools
import math
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import asdict, dataclass, field
from itertools import accumulate, compress, repeat
from typing import Any, Iterable

from . import constants as C
from .records import TaskRow
from .syntax.lexer import _PUNCT_MULTI, lex

#: The benchmark's `--rlimit` (verus-reference.md §1 default); a per-fn
#: `#[verifier::rlimit(n)]` above it (or `infinity`) counts as an escape hatch.
DEFAULT_RLIMIT_CAP = 10.0

#: rule name -> what it forbids (the `rule` of a Violation is always one of these keys)
RULES: dict[str, str] = {
    "hole_escape": "a hole-fill must stay inside its hole (balanced, one body, no new item)",
    "locked_changed": "a locked part of the task changed",
    "item_removed": "an item of the context was removed",
    "outside_verus": "code outside `verus!` was added or changed",
    "assume": "`assume(..)` added",
    "assume_": "`assume_(..)` added",
    "pervasive_assume": "`vstd::pervasive::assume` added",
    "admit": "`admit()` added",
    "external_body": "`#[verifier::external_body]` added",
    "external": "`#[verifier::external]` added",
    "axiom": "`axiom fn` added",
    "uninterp": "`uninterp` added",
    "assume_specification": "`assume_specification` added",
    "external_fn_specification": "`#[verifier::external_fn_specification]` added",
    "external_type_specification": "`#[verifier::external_type_specification]` added",
    "external_trait_specification": "`#[verifier::external_trait_specification]` added",
    "external_trait_extension": "`#[verifier::external_trait_extension]` added",
    "exec_allows_no_decreases_clause": "`#[verifier::exec_allows_no_decreases_clause]` added",
    "assume_termination": "`#[verifier::assume_termination]` added",
    "assume_externals": "`#[verifier::assume(externals_available_without_declaration)]` added",
    "verus_internal": "`#[verus::internal(..)]` attribute added",
    "cfg": "`#[cfg(..)]` / `cfg_attr` / `cfg!` / `#[test]` added (can hide code from the verifier)",
    "crate_attribute": "crate-level attribute `#![..]` added",
    "rlimit": "`#[verifier::rlimit(..)]` raised above the benchmark's cap",
    "inline_air_stmt": "`inline_air_stmt` added",
    "include": "`include!` / `include_str!` / `include_bytes!` added",
    "env": "`env!` / `option_env!` added",
    "path_attribute": "`#[path = ..]` / `#[debugger_visualizer(..)]` added (names a file for "
                      "the compiler to read)",
    "macro_indirection": "a macro invoked by a name passed in (`$m!(..)`, `$($t)*!(..)`) added: "
                         "it can call `include!` / `env!` without naming them",
    "too_large": "the answer is longer than this row allows (verusbench.integrity.size_limit)",
    "attribute_indirection": "an attribute built from a macro's arguments (`#[$a ..]`, `# $h [..]`) "
                             "added: it can apply any attribute without naming it",
    "shadowing": "an item added (at module level or in an impl) whose name the locked specs use, "
                 "or a binding named after a verified macro (`macro_rules! verus`): it rebinds "
                 "what the locked code means",
    "library_copy": "the library's own copy of the target fn named (a path ending in its name, "
                    "the name in a use tree or a macro's arguments, a glob import, or, where a "
                    "library group lists the fn, a broadcast the reference lacks, added to a "
                    "client-crate row: verusbench.client)",
}

#: An answer may be this many times its row's context, and at least MIN_SIZE_LIMIT bytes:
#: nothing longer is an answer, and checking (and verifying) it would cost minutes.
SIZE_FACTOR = 4
MIN_SIZE_LIMIT = 256 << 10
#: longest Violation message (they quote tokens of the answer)
MAX_MESSAGE = 500

# verifier attribute name -> rule (all attribute syntaxes map their name here)
_ATTR_RULES = {
    "external_body": "external_body", "external": "external", "axiom": "axiom",
    "uninterp": "uninterp",
    "external_fn_specification": "external_fn_specification",
    "external_type_specification": "external_type_specification",
    "external_trait_specification": "external_trait_specification",
    "external_trait_extension": "external_trait_extension",
    "exec_allows_no_decreases_clause": "exec_allows_no_decreases_clause",
    "assume_termination": "assume_termination",
    "assume": "assume_externals",
    "inline_air_stmt": "inline_air_stmt",
    "assume_specification": "assume_specification",
}
# identifiers that are escape hatches wherever they occur (calls, paths, `use`, macro bodies)
_IDENT_RULES = {
    "assume": "assume", "assume_": "assume_", "admit": "admit", "axiom": "axiom",
    "uninterp": "uninterp", "assume_specification": "assume_specification",
    "inline_air_stmt": "inline_air_stmt",
    "include": "include", "include_str": "include", "include_bytes": "include",
    "env": "env", "option_env": "env",
}
# these are hatches only as macros (`x!`), as path segments, or when imported
_MACROISH = {"include", "env", "option_env"}

#: crate attributes that add no trust (lints; verus-reference.md §4 "harmless" list)
HARMLESS_CRATE_ATTRS = frozenset({"allow", "warn", "deny", "forbid", "expect",
                                  "verifier::loop_isolation", "verifier::spinoff_prover",
                                  "verifier::allow"})
_SPEC_KEYWORDS = {"requires", "recommends", "ensures", "default_ensures", "returns",
                  "decreases", "opens_invariants", "no_unwind"}
#: fn clauses locked for Task C ("every spec clause of every fn")
C_LOCKED_CLAUSES = frozenset({"requires", "recommends", "ensures", "default_ensures",
                              "returns", "decreases", "opens_invariants", "no_unwind"})
_OPEN = {"(": ")", "[": "]", "{": "}"}
_CLOSE = {")", "]", "}"}


_WS = re.compile(r"\s+")


class IntegrityInputError(ValueError):
    """The row itself is unusable (missing hole, unparsable reference, unknown task)."""


@dataclass
class Violation:
    rule: str
    message: str
    line: int = 0      # 1-based line in the assembled candidate file (0: not tied to a line)

    def __post_init__(self) -> None:
        # messages quote the answer's tokens; a hostile 1 MB identifier must not land in reports
        if len(self.message) > MAX_MESSAGE:
            self.message = self.message[:MAX_MESSAGE - 1] + "…"


@dataclass
class IntegrityResult:
    ok: bool
    violations: list[Violation] = field(default_factory=list)
    assembled: str | None = None     # the candidate file that would be verified
    mode: str = "hole"               # "hole" (hole-fill or the target fn alone) | "file"

    def to_dict(self, with_assembled: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {"ok": self.ok, "mode": self.mode,
                             "violations": [asdict(v) for v in self.violations]}
        if with_assembled:
            d["assembled"] = self.assembled
        return d


# --------------------------------------------------------------------------- tokens

@dataclass
class _Toks:
    """Significant tokens of a text, normalised for comparison: multi-char punctuation is
    split into characters (so `>>` and `> >` compare equal), raw identifiers lose `r#`."""
    text: bytes
    keys: list[str]
    kinds: list[str]
    starts: list[int]        # byte offsets
    problems: list | None = None   # the lexer's problems for text (None: not recorded)


def _bytes(text: str | bytes) -> bytes:
    return text if isinstance(text, bytes) else text.encode("utf-8", "surrogateescape")


_TRIGGER_ATTRS = {"trigger", "auto", "all_triggers"}


def _toks(text: str | bytes, drop_triggers: bool = False) -> _Toks:
    # one check tokenizes the same context/reference/candidate several times, and the
    # builder checks many rows cut from one (possibly 200 KB) file: cache by content.
    # A _Toks is only read, never changed, so sharing it is safe.
    return _toks_cached(_bytes(text), drop_triggers)


def _trigger_keep(texts: list[str]) -> list[int] | None:
    """Indices of the tokens left once trigger annotations (`#[trigger]`, `#![trigger e]`,
    `#![auto]`, `#![all_triggers]`) are dropped (None: all of them). Triggers guide
    quantifier instantiation and never change what a spec means, so adding one to a locked
    spec is not an edit."""
    if not _TRIGGER_ATTRS.intersection(texts):
        return None
    keep: list[int] = []
    i, n = 0, len(texts)
    while i < n:
        if texts[i] == "#":
            j = i + 1
            if j < n and texts[j] == "!":
                j += 1
            if j + 1 < n and texts[j] == "[" and texts[j + 1] in _TRIGGER_ATTRS:
                depth = 0
                while j < n:
                    if texts[j] in _OPEN:
                        depth += 1
                    elif texts[j] in _CLOSE:
                        depth -= 1
                        if depth == 0:
                            break
                    j += 1
                i = j + 1
                continue
        keep.append(i)
        i += 1
    return keep


#: significant tokens _toks changes: multi-char punctuation (split) and raw identifiers
_MULTI_PUNCT = frozenset(_PUNCT_MULTI)


@functools.lru_cache(maxsize=64)
def _toks_cached(src: bytes, drop_triggers: bool) -> _Toks:
    # straight from the lexer's parallel lists (no Token objects): the same tokens as
    # tokenize(), split and stripped as the class docstring says, in whole-list passes
    lr = lex(src)
    texts, kinds, starts = lr.texts, lr.kinds, lr.starts
    if drop_triggers:
        keep = _trigger_keep(texts)
        if keep is not None:
            texts = [texts[i] for i in keep]
            kinds = [kinds[i] for i in keep]
            starts = [starts[i] for i in keep]
    special = list(map(_MULTI_PUNCT.__contains__, texts))
    if b"r#" in src:
        special = [sp or t.startswith("r#") for sp, t in zip(special, texts)]
    if not any(special):
        return _Toks(src, texts, kinds, starts, lr.problems)
    keys: list[str] = []
    kinds_o: list[str] = []
    starts_o: list[int] = []
    prev = 0
    for i in compress(range(len(texts)), special):
        keys += texts[prev:i]
        kinds_o += kinds[prev:i]
        starts_o += starts[prev:i]
        prev = i + 1
        t, k, s = texts[i], kinds[i], starts[i]
        if k == "punct" and len(t) > 1:
            keys.extend(t)
            kinds_o.extend(["punct"] * len(t))
            starts_o.extend(range(s, s + len(t)))
            continue
        if k == "ident" and t.startswith("r#"):
            t = t[2:]
        keys.append(t)
        kinds_o.append(k)
        starts_o.append(s)
    keys += texts[prev:]
    kinds_o += kinds[prev:]
    starts_o += starts[prev:]
    return _Toks(src, keys, kinds_o, starts_o, lr.problems)


def _line(src: bytes, offset: int) -> int:
    return src.count(b"\n", 0, max(0, offset)) + 1


def _match(keys: list[str], i: int) -> int:
    """Index of the delimiter closing keys[i] (or len(keys) if unclosed)."""
    if 0 <= i < len(keys) and keys[i] in _OPEN:
        # the first token after i where the running depth falls back below keys[i]'s level
        d = _depths(keys)
        try:
            return d.index(d[i] - 1, i + 1)
        except ValueError:
            return len(keys)
    depth = 0
    for j in range(i, len(keys)):
        k = keys[j]
        if k in _OPEN:
            depth += 1
        elif k in _CLOSE:
            depth -= 1
            if depth == 0:
                return j
    return len(keys)


_DELTA = {**{k: 1 for k in _OPEN}, **{k: -1 for k in _CLOSE}}
_DEPTHS: dict[int, tuple[list[str], list[int]]] = {}


def _depths(keys: list[str]) -> list[int]:
    """Running delimiter depth after each token of keys (cached for the few lists in use;
    token lists are never changed once built)."""
    hit = _DEPTHS.get(id(keys))
    if hit is not None and hit[0] is keys:
        return hit[1]
    d = list(accumulate(map(_DELTA.get, keys, repeat(0))))
    if len(_DEPTHS) >= 8:
        _DEPTHS.pop(next(iter(_DEPTHS)))
    _DEPTHS[id(keys)] = (keys, d)
    return d


def _balanced(keys: list[str]) -> tuple[bool, int]:
    """(balanced?, index of the first offending token)."""
    stack: list[str] = []
    for i, k in enumerate(keys):
        if k in _OPEN:
            stack.append(_OPEN[k])
        elif k in _CLOSE:
            if not stack or stack.pop() != k:
                return False, i
    return (not stack), len(keys) - 1 if stack else -1


# ----------------------------------------------------------------- fences and modes

_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})[^\n]*\n(.*?)^[ \t]*\1[ \t]*$", re.S | re.M)


def strip_fences(prediction: str) -> str:
    """The code inside Markdown fences (the longest fenced block), else the text itself.
    Backticks inside comments or strings (doc examples) are not fences: a text whose tokens
    hold no backtick is returned unchanged."""
    # _toks keys start with a backtick exactly where tokenize()'s tokens do (no multi-char
    # punctuation or raw identifier starts with one), and the answer's tokens are cached
    if "`" not in prediction or not any(k.startswith("`") for k in _toks(prediction).keys):
        return prediction
    blocks = [m.group(2) for m in _FENCE.finditer(prediction)]
    if not blocks:
        # an opening fence with no closing one (truncated generation)
        m = re.match(r"^\s*(`{3,}|~{3,})[^\n]*\n(.*)$", prediction, re.S)
        return m.group(2) if m else prediction
    return max(blocks, key=len)


# ----------------------------------------------------------------- escape hatches

@dataclass
class Hatch:
    rule: str
    line: int
    detail: str = ""


def _path_at(keys: list[str], kinds: list[str], i: int, end: int) -> tuple[list[str], int]:
    """Path segments starting at i (leading `::` allowed) and the index after them."""
    segs: list[str] = []
    j = i
    if j + 1 < end and keys[j] == ":" and keys[j + 1] == ":":
        j += 2
    while j < end and kinds[j] == "ident":
        segs.append(keys[j])
        j += 1
        if j + 2 < end and keys[j] == ":" and keys[j + 1] == ":" and kinds[j + 2] == "ident":
            j += 2
        else:
            break
    return segs, j


def _split_commas(keys: list[str], i: int, end: int) -> list[tuple[int, int]]:
    """Top-level comma-separated ranges of keys[i:end]."""
    parts: list[tuple[int, int]] = []
    depth, s = 0, i
    for j in range(i, end):
        k = keys[j]
        if k in _OPEN:
            depth += 1
        elif k in _CLOSE:
            depth -= 1
        elif k == "," and depth == 0:
            parts.append((s, j))
            s = j + 1
    if s < end:
        parts.append((s, end))
    return parts


def _rlimit_value(keys: list[str], i: int, end: int) -> float | None:
    """Value of `rlimit(<v>)` args starting at keys[i] == '('."""
    if i >= end or keys[i] != "(":
        return None
    inner = [k for k in keys[i + 1:_match(keys, i)] if k not in "()"]
    if not inner:
        return None
    if inner[0] == "infinity":
        return math.inf
    try:
        return float("".join(inner).replace("_", ""))
    except ValueError:
        return math.inf   # an rlimit we cannot read is treated as raised


#: attributes of the test harness: the item exists only in a `--test` build (like cfg(test))
_TEST_ATTRS = frozenset({"test", "bench", "test_case"})


def _attr_hatches(t: _Toks, s: int, e: int, rlimit_cap: float, line: int,
                  out: list[Hatch]) -> bool:
    """Escape hatches inside one attribute body keys[s:e] (between `[` and `]`).
    Returns True if it is a verifier-family attribute (its tokens are fully handled)."""
    keys, kinds = t.keys, t.kinds
    segs, j = _path_at(keys, kinds, s, e)
    if not segs:
        return False
    names: list[tuple[str, int, str]] = []   # (name, index of its args, style)
    if segs[-1] == "verus_verify":
        if j < e and keys[j] == "(":
            for a, b in _split_commas(keys, j + 1, _match(keys, j)):
                sub, k = _path_at(keys, kinds, a, b)
                if sub:
                    names.append((sub[-1], k, "verus_verify"))
        family = True
    elif "verifier" in segs:
        idx = segs.index("verifier")
        family = True
        if idx + 1 < len(segs):
            names.append((segs[idx + 1], j, "verifier_path"))
        elif j < e and keys[j] == "(":
            for a, b in _split_commas(keys, j + 1, _match(keys, j)):
                sub, k = _path_at(keys, kinds, a, b)
                if sub:
                    names.append((sub[-1], k, "verifier_paren"))
    elif segs[-2:] == ["verus", "internal"] or segs == ["internal"]:
        family = True
        if j < e and keys[j] == "(":
            for a, b in _split_commas(keys, j + 1, _match(keys, j)):
                sub, k = _path_at(keys, kinds, a, b)
                if sub:
                    rule = _ATTR_RULES.get(sub[-1], "verus_internal")
                    out.append(Hatch(rule, line, f"#[verus::internal({sub[-1]})]"))
        else:
            out.append(Hatch("verus_internal", line, "#[verus::internal]"))
        return True
    elif segs[-1] in _TEST_ATTRS:
        # a test harness item: rustc keeps it only under `--test`, so Verus never sees it
        out.append(Hatch("cfg", line, f"#[{segs[-1]}] (compiled only for tests)"))
        return False
    elif segs[-1] in ("cfg", "cfg_attr"):
        out.append(Hatch("cfg", line, f"#[{segs[-1]}(..)]"))
        if segs[-1] == "cfg_attr" and j < e and keys[j] == "(":
            parts = _split_commas(keys, j + 1, _match(keys, j))
            for a, b in parts[1:]:   # the attributes cfg_attr would apply
                _attr_hatches(t, a, b, rlimit_cap, line, out)
        return False
    elif segs == ["path"] and j < e and keys[j] == "=":
        out.append(Hatch("path_attribute", line, "#[path = ..]"))
        return False
    elif segs == ["debugger_visualizer"]:
        out.append(Hatch("path_attribute", line, "#[debugger_visualizer(..)]"))
        return False
    else:
        return False
    for name, k, style in names:
        if name == "rlimit":
            v = _rlimit_value(keys, k, e)
            if v is None or v > rlimit_cap:
                out.append(Hatch("rlimit", line, f"rlimit({'infinity' if v == math.inf else v})"))
            continue
        rule = _ATTR_RULES.get(name)
        if rule:
            out.append(Hatch(rule, line, f"{name} ({style})"))
    return family


def scan_hatches(text: str | bytes, rlimit_cap: float = DEFAULT_RLIMIT_CAP) -> list[Hatch]:
    """Every escape-hatch occurrence in a text (verus-reference.md §4), in source order."""
    return list(_scan_hatches_cached(_bytes(text), rlimit_cap))


@functools.lru_cache(maxsize=64)
def _scan_hatches_cached(src: bytes, rlimit_cap: float) -> tuple[Hatch, ...]:
    return tuple(_scan_hatches(src, rlimit_cap))


def _scan_hatches(text: bytes, rlimit_cap: float) -> list[Hatch]:
    return _scan_hatches_toks(_toks(text), rlimit_cap)


#: attribute names that are hatches (or make one) even outside an attribute, where they
#: stand in a macro's arguments or a `macro_rules!` body: a macro can build the attribute
#: from them (`#[verifier::$k]`, `#[$m]`, `$h [verifier::external_body]`) -> rule
_MACRO_ATTR_NAMES = {**{k: v for k, v in _ATTR_RULES.items() if k not in _IDENT_RULES},
                     "rlimit": "rlimit", "internal": "verus_internal", "cfg": "cfg",
                     "cfg_attr": "cfg", "path": "path_attribute", "test": "cfg", "bench": "cfg",
                     "debugger_visualizer": "path_attribute",
                     "externals_available_without_declaration": "assume_externals"}

#: the only tokens _scan_hatches_toks acts on (every other token leaves its state as is)
_SCAN_TOKENS = frozenset({"#", "{", "}", ";", "!", "use", "cfg"} | set(_IDENT_RULES) | set(_MACRO_ATTR_NAMES))


def _could_name_attribute(keys: list[str], i: int) -> bool:
    """Can the _MACRO_ATTR_NAMES name at keys[i] stand for its attribute? `path`, `test` and
    `bench` are common names (`set![self.path]`): only `path = ..` and `[test]` can."""
    k, n = keys[i], len(keys)
    if k == "path":
        return i + 2 < n and keys[i + 1] == "=" and keys[i + 2] not in ("=", ">")
    if k in ("test", "bench"):
        return 0 < i < n - 1 and keys[i - 1] == "[" and keys[i + 1] == "]"
    return True


def _attribute_from_args(keys: list[str], i: int) -> bool:
    """Is the `#` at keys[i] an attribute a macro builds from its arguments: `# $h`, or
    `#[..]` / `#![..]` holding a metavariable (`#[$m]`, `#[verifier::$k]`)?"""
    j = i + 1
    if keys[j] == "$":
        return True
    if keys[j] == "!" and j + 1 < len(keys):
        j += 1
    return keys[j] == "[" and "$" in keys[j + 1:_match(keys, j)]


def _macro_regions(keys: list[str], kinds: list[str]) -> list[bool]:
    """Per token: inside a macro's arguments (`m!(..)`, any macro but the verified ones, whose
    bodies are ordinary code: VERIFIED_MACROS) or a `macro_rules!` body."""
    n = len(keys)
    inside = [False] * n
    stack: list[bool] = []
    depth = 0
    for i, k in enumerate(keys):
        if k in _OPEN:
            m = i >= 2 and (keys[i - 1] == "!" and kinds[i - 2] == "ident" and keys[i - 2] not in VERIFIED_MACROS
                            or kinds[i - 1] == "ident" and keys[i - 2] == "!" and i >= 3
                            and keys[i - 3] == "macro_rules")
            stack.append(m)
            depth += m
        elif k in _CLOSE and stack:
            depth -= stack.pop()
        inside[i] = depth > 0
    return inside


def _scan_hatches_toks(t: _Toks, rlimit_cap: float) -> list[Hatch]:
    keys, kinds, starts, src = t.keys, t.kinds, t.starts, t.text
    n = len(keys)
    out: list[Hatch] = []
    depth = 0
    in_use = False
    skip_until = -1          # tokens of verifier-family attributes are handled by _attr_hatches
    nxt = 0                  # an attribute's `#`, `!` and `[` are not visited again
    lpos, lno = 0, 1         # line numbers counted on from the last one (offsets only grow)
    attr_end = -1            # the last token of the attribute being read
    regions: list[bool] | None = None     # _macro_regions, computed when first needed

    def line_at(off: int) -> int:
        nonlocal lpos, lno
        if off < lpos:
            return _line(src, off)
        lno += src.count(b"\n", lpos, off)
        lpos = off
        return lno
    # visit only the tokens in _SCAN_TOKENS (found in one C-level pass), in order
    for i in compress(range(n), map(_SCAN_TOKENS.__contains__, keys)):
        if i < nxt:
            continue
        nxt = i + 1
        k = keys[i]
        if k == "#" and i + 1 < n and _attribute_from_args(keys, i):
            out.append(Hatch("attribute_indirection", line_at(starts[i]), "`#[..$a..]`"))
        if k == "#" and i + 1 < n and (keys[i + 1] == "[" or
                                       (keys[i + 1] == "!" and i + 2 < n and keys[i + 2] == "[")):
            inner = keys[i + 1] == "!"
            ob = i + 2 if inner else i + 1
            cb = _match(keys, ob)
            attr_end = max(attr_end, cb)
            line = line_at(starts[i])
            family = _attr_hatches(t, ob + 1, min(cb, n), rlimit_cap, line, out)
            if inner:
                segs, _ = _path_at(keys, kinds, ob + 1, min(cb, n))
                if depth == 0 and "::".join(segs) not in HARMLESS_CRATE_ATTRS:
                    out.append(Hatch("crate_attribute", line, "#![" + "::".join(segs) + "]"))
            if family:
                skip_until = cb
            nxt = ob + 1
            continue
        if k == "{":
            depth += 1
        elif k == "}":
            depth = max(0, depth - 1)
        if kinds[i] == "ident":
            if k == "use":
                in_use = True
            rule = _IDENT_RULES.get(k)
            if i <= skip_until:
                rule = None
            if rule:
                macro = i + 1 < n and keys[i + 1] == "!"
                as_path = i >= 2 and keys[i - 1] == ":" and keys[i - 2] == ":"
                if k in _MACROISH and not (macro or as_path or in_use):
                    rule = None
                if k == "assume" and i >= 3 and keys[i - 3] == "pervasive" and as_path:
                    rule = "pervasive_assume"
            if rule:
                out.append(Hatch(rule, line_at(starts[i]), k))
            if k == "cfg" and i + 1 < n and keys[i + 1] == "!" and i > skip_until:
                out.append(Hatch("cfg", line_at(starts[i]), "cfg!"))
            elif k in _MACRO_ATTR_NAMES and i > attr_end and _could_name_attribute(keys, i):
                if regions is None:
                    regions = _macro_regions(keys, kinds)
                if regions[i]:
                    out.append(Hatch(_MACRO_ATTR_NAMES[k], line_at(starts[i]), f"`{k}` in a macro"))
        elif k == ";":
            in_use = False
        elif k == "!" and i + 1 < n and keys[i + 1] in _OPEN and _macro_name_passed_in(keys, kinds, i):
            out.append(Hatch("macro_indirection", line_at(starts[i]), "`$m!(..)`"))
    return out


def _macro_name_passed_in(keys: list[str], kinds: list[str], bang: int) -> bool:
    """Is the `!` at keys[bang] invoking a macro whose name is a macro_rules metavariable
    (`$m!`) or repetition (`$($t)*!`, `$($t),*!`)? Such a call hides which macro it is."""
    if bang >= 2 and kinds[bang - 1] == "ident" and keys[bang - 2] == "$":
        return True
    j = bang - 1
    if j < 1 or keys[j] not in ("*", "+", "?"):
        return False
    j -= 1
    if keys[j] != ")" and j >= 1 and keys[j - 1] == ")":
        j -= 1              # a one-token separator: `$( .. ),*`
    if keys[j] != ")":
        return False
    depth = 0
    for k in range(j, -1, -1):     # back to the `(` that opens the group
        if keys[k] in _CLOSE:
            depth += 1
        elif keys[k] in _OPEN:
            depth -= 1
            if depth == 0:
                return k >= 1 and keys[k - 1] == "$"
    return False


def added_hatches(baseline: str | bytes, candidate: str | bytes,
                  rlimit_cap: float = DEFAULT_RLIMIT_CAP) -> list[Violation]:
    """Escape hatches the candidate has more of than the baseline, per construct."""
    base = Counter(h.rule for h in scan_hatches(baseline, rlimit_cap))
    seen: Counter[str] = Counter()
    out: list[Violation] = []
    for h in scan_hatches(candidate, rlimit_cap):
        seen[h.rule] += 1
        if seen[h.rule] > base[h.rule]:
            out.append(Violation(h.rule, f"{RULES[h.rule]}: {h.detail}", h.line))
    return out


# ----------------------------------------------------------------- verus! regions

#: macros whose body Verus verifies (verus! and the vstd macros that expand into it)
VERIFIED_MACROS = frozenset({"verus", "state_machine", "tokenized_state_machine",
                             "tokenized_state_machine_vstd", "struct_with_invariants",
                             "struct_with_invariants_vstd"})


def _outside_verus(t: _Toks) -> tuple[list[str], list[int], bool]:
    """Tokens outside every `verus! { .. }` (or other verified macro body) and whether the
    text has any such region."""
    keys = t.keys
    out: list[str] = []
    where: list[int] = []
    has = False
    i, n = 0, len(keys)
    while i < n:
        if (keys[i] in VERIFIED_MACROS and i + 2 < n and keys[i + 1] == "!"
                and keys[i + 2] in _OPEN and (i == 0 or keys[i - 1] != ":")):
            has = True
            i = _match(keys, i + 2) + 1
            continue
        if keys[i] == "#" and i + 2 < n and keys[i + 1] == "!" and keys[i + 2] == "[":
            # inner (crate) attributes are judged by the crate_attribute rule
            i = _match(keys, i + 2) + 1
            continue
        out.append(keys[i])
        where.append(t.starts[i])
        i += 1
    return out, where, has


def _in_verus_region(t: _Toks, offset: int) -> bool:
    keys = t.keys
    i, n = 0, len(keys)
    while i < n:
        if keys[i] == "verus" and i + 2 < n and keys[i + 1] == "!" and keys[i + 2] in _OPEN:
            j = _match(keys, i + 2)
            end = t.starts[j] if j < n else len(t.text)
            if t.starts[i + 2] < offset <= end:
                return True
            i = j + 1
            continue
        i += 1
    return False


# ----------------------------------------------------------------- syntax model helpers

@functools.lru_cache(maxsize=32)
def _parse_cached(text: bytes):
    from .syntax import parse   # lazy: the parser pulls in tree-sitter
    return parse(text.decode("utf-8", "surrogateescape"), "candidate.rs")


def _parse(text: bytes, path: str):
    # one check parses the same reference several times (mode detection, assembly, locked
    # parts) and k samples of a row share it: the parse is cached by content. The parsed
    # model is only read, never changed, so sharing it is safe.
    return _parse_cached(bytes(text))


def _fn_span(fn, src: bytes) -> tuple[int, int]:
    from .tasks.strip import fn_item_span
    return fn_item_span(fn, src)


def _strip(src: bytes, fn, what: str) -> str:
    from .tasks.strip import strip_fn
    return strip_fn(src, fn, what)


def _fn_key(fn) -> tuple[str, str]:
    return (fn.impl_of, fn.name)


def _nth_same(fns: list, fn) -> int:
    same = [f for f in fns if _fn_key(f) == _fn_key(fn)]
    return next(i for i, f in enumerate(same) if f is fn)


def _find_same(fns: list, key: tuple[str, str], nth: int):
    same = [f for f in fns if _fn_key(f) == key]
    return same[nth] if nth < len(same) else None


def _outside_verus_added(b_out: list, c_out: list, c_where: list, cand: str) -> list["Violation"]:
    """The `outside_verus` violation where the candidate adds code outside `verus!`, if any."""
    i = _first_addition(b_out, c_out)
    if i < 0:
        return []
    ln = _line(cand, c_where[i]) if i < len(c_where) else _line(cand, len(cand))
    return [Violation("outside_verus", RULES["outside_verus"] +
                      f" near `{' '.join(c_out[i:i + 5]) or '<end>'}`", ln)]


def _first_addition(a: list[str], b: list[str]) -> int:
    """Index in b of the first token that is not kept from a (insert/replace), or -1."""
    if a == b:
        return -1
    sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for op, _, _, j1, j2 in sm.get_opcodes():
        if op in ("insert", "replace") and j2 > j1:
            return j1
    return -1


def _first_diff(a: list[str], b: list[str]) -> int:
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i
    return min(len(a), len(b)) if len(a) != len(b) else -1


def _target_fn(ref: bytes, pref, tb: int, te: int):
    """Innermost fn item of the reference that contains bytes [tb, te)."""
    best = None
    for fn in pref.functions():
        s, e = fn.span
        fs, fe = _fn_span(fn, ref)
        if min(s, fs) <= tb and te <= max(e, fe):
            if best is None or (e - s) < (best.span[1] - best.span[0]):
                best = fn
    return best


def _diff_violation(rule: str, what: str, a: _Toks, b: _Toks, offs_b: list[int] | None = None,
                    src_b: bytes | None = None) -> Violation | None:
    i = _first_diff(a.keys, b.keys)
    if i < 0:
        return None
    starts = offs_b if offs_b is not None else b.starts
    src = src_b if src_b is not None else b.text
    line = _line(src, starts[i]) if i < len(starts) else _line(src, len(src))
    got = " ".join(b.keys[i:i + 6]) or "<end>"
    want = " ".join(a.keys[i:i + 6]) or "<end>"
    return Violation(rule, f"{what}: expected `{want}`, found `{got}`", line)


# ----------------------------------------------------------------- locked parts: A / B / P

def locate_target(row: TaskRow | dict):
    """(reference bytes, parsed reference, target fn item) of an A/B/P row."""
    row = _as_row(row)
    ref = _bytes(row.reference_file)
    ctx = row.context
    if ctx.count(C.HOLE) != 1:
        raise IntegrityInputError(f"row {row.id}: the context must hold exactly one {C.HOLE}")
    h = ctx.index(C.HOLE)
    tb = len(ctx[:h].encode("utf-8", "surrogateescape"))
    te = tb + len(_bytes(row.target))
    pref = _parse(ref, "reference.rs")
    rfn = _target_fn(ref, pref, tb, te)
    if rfn is None:
        raise IntegrityInputError(f"row {row.id}: no fn item holds the hole in reference_file")
    return ref, pref, rfn


def find_counterpart(parsed_ref, rfn, parsed_cand):
    """The candidate's fn matching the reference fn (same impl, name and occurrence)."""
    return _find_same(parsed_cand.functions(), _fn_key(rfn), _nth_same(parsed_ref.functions(), rfn))


def _locked_fn_task(row: TaskRow, cand: bytes) -> list[Violation]:
    ref, pref, rfn = locate_target(row)
    pc = _parse(cand, "candidate.rs")
    rfns = pref.functions()
    cfns = pc.functions()
    cfn = find_counterpart(pref, rfn, pc)
    name = rfn.name
    if cfn is None:
        return [Violation("locked_changed", f"the target fn `{name}` is missing from the candidate", 0)]
    rs, re_ = _fn_span(rfn, ref)
    cs, ce = _fn_span(cfn, cand)
    out: list[Violation] = []
    # everything outside the target fn is locked (P may add new lemmas: cut them out first)
    cuts: list[tuple[int, int]] = []
    if row.task == C.TASK_PROOF:
        ref_names = {f.name for f in rfns}
        for f in cfns:
            if (f is not cfn and f.mode == "proof" and f.name not in ref_names
                    and not (cs <= f.span[0] < ce)):
                cuts.append(f.span)
    cand_out = _cut(cand, [(cs, ce)] + cuts, marker=True)
    ref_out = _cut(ref, [(rs, re_)], marker=True)
    a, b = _toks(ref_out[0], True), _toks(cand_out[0], True)
    v = _diff_violation("locked_changed", f"code outside the target fn `{name}` changed",
                        a, b, [cand_out[1](o) for o in b.starts], cand)
    if v:
        out.append(v)
    # the target fn's own locked part
    if row.task == C.TASK_CODE:
        if cfn.body is None:
            out.append(Violation("locked_changed", f"fn `{name}` has no body", _line(cand, cs)))
            return out
        ra = _toks(ref[rs:rfn.body[0]] if rfn.body else ref[rs:re_], True)
        ca = _toks(cand[cs:cfn.body[0]], True)
        what = f"signature or spec of `{name}` changed"
    else:
        mode = ("ensures" if row.task == C.TASK_SPEC and row.metadata.variant == "ensures_only"
                else "specs_full" if row.task == C.TASK_SPEC else "proofs")
        ra = _toks(_strip(ref, rfn, mode), True)
        ca = _toks(_strip(cand, cfn, mode), True)
        what = (f"code of `{name}` changed (only its spec is open)" if row.task == C.TASK_SPEC
                else f"code or spec of `{name}` changed (only proofs are open)")
    i = _first_diff(ra.keys, ca.keys)
    if i >= 0:
        line = _line(cand, cs) + (ca.text.count(b"\n", 0, ca.starts[i]) if i < len(ca.starts) else 0)
        got = " ".join(ca.keys[i:i + 6]) or "<end>"
        want = " ".join(ra.keys[i:i + 6]) or "<end>"
        out.append(Violation("locked_changed", f"{what}: expected `{want}`, found `{got}`", line))
    return out


def _cut(src: bytes, spans: list[tuple[int, int]], marker: bool):
    """src without the spans (a placeholder token where the first one was), and a map from
    offsets in the result back to offsets in src."""
    spans = sorted(spans)
    pieces: list[bytes] = []
    origin: list[tuple[int, int]] = []   # (offset in result, offset in src)
    pos, outlen = 0, 0
    for k, (s, e) in enumerate(spans):
        if s < pos:
            continue
        pieces.append(src[pos:s])
        origin.append((outlen, pos))
        outlen += s - pos
        if marker:
            ph = b" __VB_TARGET_FN__ " if k == 0 else b" "
            pieces.append(ph)
            origin.append((outlen, s))
            outlen += len(ph)
        pos = e
    pieces.append(src[pos:])
    origin.append((outlen, pos))

    def back(o: int) -> int:
        best = (0, 0)
        for r, s0 in origin:
            if r <= o:
                best = (r, s0)
        return best[1] + (o - best[0])
    return b"".join(pieces), back


# ----------------------------------------------------------------- locked parts: C

def _spec_text(src: bytes, fn, kinds: frozenset[str] = C_LOCKED_CLAUSES) -> list[str]:
    """Locked tokens of one fn for Task C: signature, spec clauses, spec fn bodies."""
    keys: list[str] = []
    if fn.signature:
        keys += _toks(src[fn.signature[0]:fn.signature[1]], True).keys
    for c in fn.clauses:
        if c.kind in kinds:
            keys.append(f"<{c.kind}>")
            keys += _toks(src[c.span[0]:c.span[1]], True).keys
    if fn.mode.startswith("spec") and fn.body:
        keys.append("<body>")
        keys += _toks(src[fn.body[0]:fn.body[1]], True).keys
    return keys


def _locked_repair(row: TaskRow, cand: bytes) -> list[Violation]:
    ctx = _bytes(row.context)
    pctx = _parse(ctx, "context.rs")
    pc = _parse(cand, "candidate.rs")
    out: list[Violation] = []
    def ident(it) -> tuple[str, str, str]:
        return (it.kind, _WS.sub("", it.impl_of), _WS.sub("", it.name))
    citems = Counter(ident(it) for it in pc.walk())
    # verified items only: dropping a `use` or unverified code outside verus! hides nothing
    for (kind, impl_of, name), cnt in Counter(ident(it) for it in pctx.walk()
                                              if it.in_verus).items():
        if kind in ("other", "macro", "use") or not name and kind != "impl":
            continue
        if citems[(kind, impl_of, name)] < cnt:
            where = f" of `{impl_of}`" if impl_of else ""
            out.append(Violation("item_removed", f"{kind} `{name or '(anonymous)'}`{where} "
                                 "was removed", 0))
    m_ctx, m_cand = _module_items(pctx, ctx), _module_items(pc, cand)
    out += _locked_data(m_ctx, m_cand, ctx, cand, ident)
    cfns = pc.functions()
    ctx_fns = pctx.functions()
    for fn in ctx_fns:
        other = _find_same(cfns, _fn_key(fn), _nth_same(ctx_fns, fn))
        if other is None:
            continue   # reported as item_removed
        # a termination measure is checked by Verus, so one may be added where the failing
        # file had none; an existing one is locked like the rest of the spec
        kinds = C_LOCKED_CLAUSES if any(c.kind == "decreases" for c in fn.clauses) \
            else C_LOCKED_CLAUSES - {"decreases"}
        a, b = _spec_text(ctx, fn, kinds), _spec_text(cand, other, kinds)
        if a != b:
            i = _first_diff(a, b)
            out.append(Violation("locked_changed",
                                 f"spec of fn `{fn.name}` changed (signature, requires/ensures/"
                                 f"decreases.. and spec fn bodies are locked): expected "
                                 f"`{' '.join(a[i:i + 6]) or '<end>'}`, found "
                                 f"`{' '.join(b[i:i + 6]) or '<end>'}`",
                                 _line(cand, other.span[0])))
    out += _moved_hatches(ctx, cand, ctx_fns, cfns)
    out += _shadowing(m_ctx, m_cand, ctx, cand, ctx_fns)
    return out


#: item kinds whose text a Task C answer keeps: what the locked specs mean depends on them
_LOCKED_DATA = frozenset({"struct", "enum", "union", "type", "const", "static"})


def _is_data(it, src: bytes) -> bool:
    """A type, const or static, or a `macro_rules!` definition (not a macro invocation)."""
    if it.kind in _LOCKED_DATA:
        return True
    if it.kind != "macro":
        return False
    k = ident_texts(src[it.span[0]:it.span[1]])
    i = 0
    while i < len(k) and k[i] == "#":      # outer attributes
        i = _match(k, i + 1) + 1 if i + 1 < len(k) and k[i + 1] == "[" else i + 1
    return k[i:i + 2] == ["macro_rules", "!"]


def _locked_data(m_ctx: list, m_cand: list, ctx: bytes, cand: bytes, ident) -> list[Violation]:
    """The context's verified types, consts, statics and `macro_rules!` stay as they are
    (triggers aside): a field made `u8`, a field added, a const raised or a macro that
    expands to another bound changes what an untouched spec says."""
    ctx_data = [it for _, it in m_ctx if it.in_verus and _is_data(it, ctx)]
    if not ctx_data:
        return []
    by_key: dict = {}
    for _, it in m_cand:
        if _is_data(it, cand):
            by_key.setdefault(ident(it), []).append(it)
    seen: Counter = Counter()
    out: list[Violation] = []
    for it in ctx_data:
        key = ident(it)
        n, seen[key] = seen[key], seen[key] + 1
        twins = by_key.get(key, [])
        if n >= len(twins):
            continue                   # reported as item_removed
        other = twins[n]
        a = _toks(ctx[it.span[0]:it.span[1]], True).keys
        b = _toks(cand[other.span[0]:other.span[1]], True).keys
        if a != b:
            i = _first_diff(a, b)
            out.append(Violation("locked_changed",
                                 f"{it.kind} `{it.name}` changed (the context's types, consts, statics "
                                 f"and macro_rules are locked: the specs mean what they say of them): expected "
                                 f"`{' '.join(a[i:i + 6]) or '<end>'}`, found `{' '.join(b[i:i + 6]) or '<end>'}`",
                                 _line(cand, other.span[0])))
    return out


def _module_items(pf, src: bytes) -> list[tuple[tuple[str, ...], object]]:
    """(module path, item) for the items of a file (`src` its text) at module level: its own,
    those of its `mod`s, and those of its impls under the path extended by
    `impl [Trait for] Type` (not the items of fn bodies or traits)."""
    from .syntax.parser import impl_trait_name    # lazy, as _parse_cached's import
    out: list = []
    stack = [((), it) for it in reversed(pf.items)]
    while stack:
        mod, it = stack.pop()
        out.append((mod, it))
        if it.kind == "mod":
            stack.extend(((*mod, it.name), c) for c in reversed(it.children))
        elif it.kind == "impl":
            head = lex(src[it.span[0]:it.body[0] if it.body else it.span[1]])   # `impl<..> Tr for T`
            tr = impl_trait_name(head.texts, head.kinds)
            at = f"impl {tr} for {_WS.sub('', it.name)}" if tr else "impl " + _WS.sub("", it.name)
            stack.extend(((*mod, at), c) for c in reversed(it.children))
    return out


def _bound_names(it, src: bytes) -> list[str]:
    """The names a module-level item binds: a `use` its leaves and aliases, `macro_rules!`
    and other items their name."""
    if it.kind != "use":
        return [_WS.sub("", it.name)] if it.name else []
    k = ident_texts(src[it.span[0]:it.span[1]])
    return [k[i] for i in range(1, len(k)) if k[i] not in ("self", "*", "super", "crate") and k[i][:1].isidentifier()
            and (k[i - 1] == "as" or i + 1 < len(k) and k[i + 1] in (",", "}", ";") and k[i - 1] != "as")]


def _shadowing(m_ctx: list, m_cand: list, ctx: bytes, cand: bytes, ctx_fns: list) -> list[Violation]:
    """A module-level item the candidate adds that binds a name the context's locked parts use
    (a spec fn, type, const or macro they name; `use .. as name`) decides what those locked
    parts mean: a local definition shadows a glob import (`spec fn seq_sorted(..) { true }`,
    `macro_rules! seq`), and a `macro_rules! verus` erases every `verus!` after it."""
    def bound(items: list, src: bytes) -> Counter:
        # an impl's items too: a new inherent method takes precedence over a trait's of the name
        return Counter((mod, it.kind, n) for mod, it in items
                       if it.kind not in ("impl", "other") for n in _bound_names(it, src))
    in_ctx = bound(m_ctx, ctx)
    added = bound(m_cand, cand) - in_ctx
    if not added:
        return []
    # a second definition where the context has one is a duplicate (rustc rejects it), not a
    # shadow: only a name new to its module can rebind what an import gave
    ctx_names = {(mod, n) for mod, _, n in in_ctx}
    locked: set[str] = set()
    for fn in ctx_fns:
        locked.update(_spec_text(ctx, fn, C_LOCKED_CLAUSES))
    out = []
    for (mod, kind, name), _ in sorted(added.items()):
        if (mod, name) in ctx_names:
            continue
        if name in locked or name in VERIFIED_MACROS:     # `use x as verus;` rebinds it too
            what = "a `verus!`-like macro whose body Verus verifies" if name in VERIFIED_MACROS else \
                "a name the context's locked specs use"
            where = f" in `{mod[-1]}`" if mod and mod[-1].startswith("impl ") else " at module level"
            out.append(Violation("shadowing", f"{kind} `{name}` added{where}: it rebinds {what}, "
                                 "so it could change what the locked code means; give it another name", 0))
    return out


def _moved_hatches(ctx: bytes, cand: bytes, ctx_fns: list, cfns: list) -> list[Violation]:
    """An escape hatch of the context stays in its fn: each fn of the candidate holds, per
    construct, no more than its counterpart in the context (a new fn: none). The count over
    the file cannot see a hatch taken off one fn (a trusted dependency contract, say) and put
    on the fn under repair."""
    ctx_h = scan_hatches(ctx)
    cand_h = scan_hatches(cand) if ctx_h else ()
    if not cand_h:
        return []          # no hatch in the context: added_hatches refuses any in the candidate
    per_ctx, per_cand = _hatches_by_fn(ctx, ctx_fns, ctx_h), _hatches_by_fn(cand, cfns, cand_h)
    at = {id(f): j for j, f in enumerate(ctx_fns)}
    out: list[Violation] = []
    for i, (cnt, line) in sorted(per_cand.items()):
        cf = cfns[i]
        twin = _find_same(ctx_fns, _fn_key(cf), _nth_same(cfns, cf))
        base = per_ctx[at[id(twin)]][0] if twin is not None and at[id(twin)] in per_ctx else Counter()
        for rule, k in sorted(cnt.items()):
            if k > base[rule]:
                out.append(Violation(rule, f"{RULES[rule]} on fn `{cf.name}`: the context's escape hatches "
                                     "stay in the fns that have them", line))
    return out


def _hatches_by_fn(src: bytes, fns: list, hatches) -> dict[int, tuple[Counter, int]]:
    """Escape hatches per fn (index into `fns`: the innermost fn whose lines hold the hatch),
    per construct, with the line of the fn's first hatch."""
    nl = [m.start() for m in re.finditer(b"\n", src)]
    ranges = [(bisect_right(nl, f.span[0] - 1) + 1, bisect_right(nl, max(f.span[1] - 1, 0)) + 1, i)
              for i, f in enumerate(fns)]
    out: dict[int, tuple[Counter, int]] = {}
    for h in hatches:
        inner = [r for r in ranges if r[0] <= h.line <= r[1]]
        if inner:
            i = min(inner, key=lambda r: (r[1] - r[0], -r[0]))[2]
            cnt, line = out.setdefault(i, (Counter(), h.line))
            cnt[h.rule] += 1
    return out


# ----------------------------------------------------------------- assembly

def _as_row(row: TaskRow | dict) -> TaskRow:
    if isinstance(row, TaskRow):
        return row
    try:
        return TaskRow.from_dict(row)
    except (TypeError, KeyError) as e:
        raise IntegrityInputError(f"not a dataset row ({e}); expected the fields of "
                                  "verusbench.records.TaskRow") from e


def _contains_run(hay: list[str], needle: list[str]) -> bool:
    if not needle:
        return False
    m = len(needle)
    first = needle[0]
    last = len(hay) - m
    i = 0
    while i <= last:
        try:
            i = hay.index(first, i, last + 1)
        except ValueError:
            return False
        if hay[i:i + m] == needle:
            return True
        i += 1
    return False


def _has_verus_macro(keys: list[str]) -> bool:
    return any(keys[i] == "verus" and keys[i + 1] == "!" and keys[i + 2] in _OPEN
               for i in range(len(keys) - 2))


def detect_mode(row: TaskRow | dict, prediction: str) -> str:
    """"file" if the (fence-stripped) prediction is a whole file, else "hole"."""
    row = _as_row(row)
    if row.task not in (C.TASK_SPEC, C.TASK_CODE, C.TASK_PROOF):
        return "file"
    keys = _toks(prediction).keys
    if not keys:
        return "hole"
    if keys[0] in ("use", "mod", "extern") or keys[:2] == ["#", "!"] or _has_verus_macro(keys):
        return "file"
    # the locked text around the hole: the items before and after the target fn. A run of
    # their tokens is only evidence if the open part itself cannot contain it, so runs that
    # occur in the target fn are not used.
    if row.context.count(C.HOLE) == 1:
        ref, _, rfn = locate_target(row)
        outer_pre = _toks(ref[:rfn.span[0]]).keys
        outer_post = _toks(ref[rfn.span[1]:]).keys
        target = _toks(ref[rfn.span[0]:rfn.span[1]]).keys
        needles = [outer_pre[-m:] for m in (6, 12, 24) if len(outer_pre) >= m]
        needles += [outer_post[:m] for m in (6, 12, 24) if len(outer_post) >= m]
        for needle in needles:
            if not _contains_run(target, needle) and _contains_run(keys, needle):
                return "file"
    return "hole"


def _fn_only_prediction(row: TaskRow, pred: str) -> bool:
    """For B and A-ensures_only: did the model answer with the whole target fn?"""
    keys = _toks(pred).keys
    if not keys:
        return False
    if row.task == C.TASK_CODE and keys[0] == "{":
        return False
    if row.task == C.TASK_SPEC and keys[0] in _SPEC_KEYWORDS:
        return False
    depth = 0
    for k in keys:
        if k in _OPEN:
            if k == "{" and depth == 0:
                return False
            depth += 1
        elif k in _CLOSE:
            depth -= 1
        elif k == "fn" and depth == 0:
            return True
    return False


def _splice_fn(row: TaskRow, pred: str) -> tuple[str, list[Violation]]:
    """Put a whole predicted fn in place of the reference's target fn (attributes too)."""
    ref, pref, rfn = locate_target(row)
    wrapped = b"verus! {\n" + _bytes(pred) + b"\n}\n"
    pp = _parse(wrapped, "prediction.rs")
    fns = [it for it in pp.walk() if it.kind == "fn" and it.name == rfn.name]
    if not fns:
        return "", [Violation("hole_escape", f"the answer is a fn but not `{rfn.name}`", 1)]
    pf = fns[0]
    others = [it for it in pp.walk() if it is not pf and it.kind not in ("macro",)
              and not (pf.span[0] <= it.span[0] < pf.span[1])]
    viol = []
    if others:
        viol.append(Violation("hole_escape", f"only the fn `{rfn.name}` may be answered; "
                              f"found extra item `{others[0].name or others[0].kind}`", 1))
    if any(not a.inner for a in pf.attrs):
        # the answer brings its own attributes: they replace the reference's
        (ps, pe), (rs, re_) = pf.span, rfn.span
    else:
        # a bare fn keeps the reference's attributes (they are locked anyway)
        (ps, pe), (rs, re_) = _fn_span(pf, wrapped), _fn_span(rfn, ref)
    assembled = ref[:rs] + wrapped[ps:pe] + ref[re_:]
    return assembled.decode("utf-8", "surrogateescape"), viol


def _hole_shape(row: TaskRow, fill: str) -> list[Violation]:
    """A hole-fill must stay inside its hole."""
    t = _toks(fill)
    keys = t.keys
    line0 = row.context[:row.context.index(C.HOLE)].count("\n")
    from .syntax.lexer import lex
    for off, msg in (t.problems if t.problems is not None else lex(t.text).problems):
        if msg.startswith("unterminated"):
            # an open comment or string would swallow the locked text after the hole
            return [Violation("hole_escape", f"the hole-fill has an {msg}, which would reach "
                              "past its hole", line0 + _line(t.text, off))]
    ok, bad = _balanced(keys)
    if not ok:
        ln = line0 + (_line(t.text, t.starts[bad]) if 0 <= bad < len(t.starts) else 1)
        return [Violation("hole_escape", "the hole-fill has unbalanced delimiters, so it "
                          "would reach outside its hole", ln)]
    if row.task == C.TASK_CODE:
        if not keys:
            return [Violation("hole_escape", "empty answer: the fn body is missing", line0 + 1)]
        if keys[0] != "{" or _match(keys, 0) != len(keys) - 1:
            j = _match(keys, 0) + 1 if keys[0] == "{" else 0
            ln = line0 + (_line(t.text, t.starts[j]) if j < len(t.starts) else 1)
            return [Violation("hole_escape", "the answer must be exactly one `{ .. }` body; "
                              "it closes the fn and goes on", ln)]
    if row.task == C.TASK_SPEC and row.metadata.variant != "full":
        depth = 0
        for i, k in enumerate(keys):
            if k in _OPEN:
                depth += 1
            elif k in _CLOSE:
                depth -= 1
            elif depth == 0 and (k == ";" or k == "fn"):
                return [Violation("hole_escape", f"a spec clause cannot contain `{k}` at top "
                                  "level", line0 + _line(t.text, t.starts[i]))]
    return []


def assemble(row: TaskRow | dict, prediction: str) -> tuple[str, str, list[Violation]]:
    """(candidate file, mode, shape violations) for one prediction."""
    row = _as_row(row)
    pred = strip_fences(prediction)
    if row.task in (C.TASK_REPAIR, C.TASK_REPAIR_SYNTHETIC):
        return pred, "file", []
    if row.task not in (C.TASK_SPEC, C.TASK_CODE, C.TASK_PROOF):
        raise IntegrityInputError(f"row {row.id}: unknown task {row.task!r}; expected one of "
                                  f"{', '.join(C.TASKS)}")
    if row.context.count(C.HOLE) != 1:
        raise IntegrityInputError(f"row {row.id}: the context must hold exactly one {C.HOLE} "
                                  f"marker (found {row.context.count(C.HOLE)})")
    mode = detect_mode(row, pred)
    if mode == "file":
        return pred, "file", []
    full_fn_hole = row.task == C.TASK_PROOF or (row.task == C.TASK_SPEC
                                                and row.metadata.variant == "full")
    if not full_fn_hole and _fn_only_prediction(row, pred):
        assembled, viol = _splice_fn(row, pred)
        if assembled:
            return assembled, "hole", viol
        return row.context.replace(C.HOLE, pred, 1), "hole", viol
    fill = pred.strip("\n")
    return row.context.replace(C.HOLE, fill, 1), "hole", _hole_shape(row, fill)


# ----------------------------------------------------------------- the check

def check(row: TaskRow | dict, prediction: str, *,
          rlimit_cap: float = DEFAULT_RLIMIT_CAP) -> IntegrityResult:
    """Decide whether a prediction may be scored (DESIGN.md's trust protocol).

    Raises IntegrityInputError only when the row itself is unusable."""
    row = _as_row(row)
    size, limit = len(_bytes(prediction)), size_limit(row)
    if size > limit:
        # before any tokenizing: a 10 MB answer would take the checker minutes
        return IntegrityResult(ok=False, mode="file", violations=[Violation(
            "too_large", f"the answer is {size:,} bytes; this row allows at most {limit:,} "
            f"({SIZE_FACTOR}x its context, at least {MIN_SIZE_LIMIT:,}): shorten it", 0)])
    assembled, mode, violations = assemble(row, prediction)
    cand = _bytes(assembled)
    baseline = _bytes(row.context)
    # escape hatches: per construct, more than the context has. For A and P the target
    # fn's code is locked too (it comes back token for token), so what it holds was not
    # added by the model: count it in the baseline.
    hatch_base = baseline
    if row.task == C.TASK_PROOF or (row.task == C.TASK_SPEC and row.metadata.variant == "full"):
        ref, _, rfn = locate_target(row)
        what = "proofs" if row.task == C.TASK_PROOF else "specs_full"
        hatch_base = baseline + b"\n" + _bytes(_strip(ref, rfn, what))
    violations += added_hatches(hatch_base, cand, rlimit_cap)
    # nothing new or changed outside verus! (when the open part lives inside it)
    bt = _toks(baseline)
    b_out, _, b_has = _outside_verus(bt)
    if b_has:
        inside = True
        if C.HOLE in row.context:
            inside = _in_verus_region(bt, len(row.context[:row.context.index(C.HOLE)]
                                              .encode("utf-8", "surrogateescape")))
        if inside:
            ct = _toks(cand)
            c_out, c_where, _ = _outside_verus(ct)
            # deleting unverified code hides nothing; adding or changing it can
            violations.extend(_outside_verus_added(b_out, c_out, c_where, cand))
    if row.metadata.minimized == C.MINIMIZED_CLIENT:
        violations += _library_copy(row, hatch_base, cand)
    # locked parts
    if not any(v.rule == "hole_escape" for v in violations):
        if row.task in (C.TASK_REPAIR, C.TASK_REPAIR_SYNTHETIC):
            violations += _locked_repair(row, cand)
        else:
            violations += _locked_fn_task(row, cand)
    violations.sort(key=lambda v: (v.line or 10**9))
    return IntegrityResult(ok=not violations, violations=violations, assembled=assembled,
                           mode=mode)


def _library_copy(row: TaskRow, baseline: bytes, cand: bytes) -> list[Violation]:
    """A client-crate row (its context links the library whose fn it is) proves the fn
    locally; the library holds a verified copy of it under the same name. Reaching that copy
    (`vstd::m::f(..)`, `crate::vstd::m::f`, `use m::{f as g}`, a macro that pastes `f` behind
    a path, a glob import) would answer the task without doing it: more such reaches of the
    fn's name (library_reach), or glob imports, than the row's own text has are a violation.
    Where the fn is a method of the library's type written as a free fn (C.CLIENT_METHOD), so
    are method calls `.name(..)`: the library's method of that name is its copy."""
    name = (row.metadata.target_fn or "").rsplit("::", 1)[-1]
    bk, ck = ident_texts(baseline), ident_texts(cand)
    method = C.CLIENT_METHOD in row.metadata.slice_of
    (bq, bg), (cq, cg) = library_reach(bk, name, method), library_reach(ck, name, method)
    out = []
    if row.metadata.slice_of.endswith(C.CLIENT_LISTED_END):
        # a group of the library lists the fn: broadcasting one would bring its copy into
        # scope, so only what the row's own reference file broadcasts may be
        allowed = broadcast_names(ident_texts(_bytes(row.reference_file))) | broadcast_names(bk)
        new = sorted(broadcast_names(ck) - allowed)
        if new:
            out.append(Violation("library_copy", f"`broadcast use` of {', '.join(new[:5])} added: a "
                                 f"broadcast group of the library lists `{name}`, so in this row only "
                                 "what the reference broadcasts may be", 0))
    if name and cq > bq:
        what = (f"a path ending in `{name}`, a method call `.{name}(..)`" if method
                else f"a path ending in `{name}`") + ", or the name in a `use` item or a macro's arguments"
        out.append(Violation("library_copy", f"{what} added: in this client-crate "
                             f"row it can reach the library's own copy of `{name}`; call the local "
                             "fn by its bare name", 0))
    if cg > bg:
        out.append(Violation("library_copy", "a glob import (`::*`) added: in this client-crate row "
                             f"it can bring the library's own copy of `{name}` into scope", 0))
    return out


def ident_texts(src: bytes) -> list[str]:
    """The lexer's token texts with raw identifiers' `r#` dropped (`r#f` is the identifier
    `f`): what the name-based rules compare."""
    lr = lex(src)
    if b"r#" not in src:
        return lr.texts
    return [t[2:] if k == "ident" and t.startswith("r#") else t for t, k in zip(lr.texts, lr.kinds)]


#: macros whose arguments are code passed through as written: a name in them is as bare as
#: outside (verus!, the wrapper; vstd's calc!, whose steps are proof blocks)
PASS_THROUGH_MACROS = frozenset({"verus", "calc"})


def library_reach(k: list[str], name: str, method: bool = False) -> tuple[int, int]:
    """How often the token texts `k` (ident_texts) can reach a library's fn `name` other than
    by its bare name, which a client crate's own definition shadows; and how many glob
    imports they hold. A reach is the name after `::` (a path: `vstd::m::name`,
    `<T as Tr>::name`), after `.` where `method` (a call on the library's type), inside a
    `use` item other than as a whole bare entry of a `broadcast use` list (a use tree:
    `use vstd::m::{name as g}`), or among the arguments of a macro invocation
    (`m!(vstd::m, name)` may paste it behind a path) other than of the wrappers that pass code
    through as written (PASS_THROUGH_MACROS, and an alias `use verus as x;`), unless the
    tokens rebind that wrapper's name (`macro_rules! calc`, `as calc`)."""
    n = len(k)
    hit = [False] * n
    wrappers = set(PASS_THROUGH_MACROS)
    rebound: set[str] = set()
    for i in range(1, n - 1):
        if k[i] == "as":
            if i >= 2 and k[i - 1] == "verus" and k[i - 2] == "use":
                wrappers.add(k[i + 1])
            else:
                rebound.add(k[i + 1])
        elif k[i] == "!" and k[i - 1] == "macro_rules":
            rebound.add(k[i + 1])
    wrappers -= rebound
    for i in range(1, n):
        if k[i] == name and (k[i - 1] == "::" or method and k[i - 1] == "."):
            hit[i] = True
    stack: list[str] = []      # "m": an open macro invocation's delimiter, "" any other
    in_macro = 0
    use_start, use_broadcast, brace = -1, False, 0
    for i, t in enumerate(k):
        if t in _OPEN:
            m = i >= 2 and k[i - 1] == "!" and k[i - 2] not in wrappers and k[i - 2][:1].isidentifier()
            stack.append("m" if m else "")
            in_macro += m
            if use_start >= 0:
                brace += 1
        elif t in _CLOSE:
            if stack and stack.pop() == "m":
                in_macro -= 1
            if use_start >= 0:
                brace -= 1
        elif t == "use" and use_start < 0:
            use_start, use_broadcast, brace = i, i > 0 and k[i - 1] == "broadcast", 0
        elif t == ";" and use_start >= 0 and brace <= 0:
            use_start = -1
        elif t == name:
            if in_macro:
                hit[i] = True
            elif use_start >= 0:
                bare = (brace == 0 and k[i - 1] in ("use", ",")
                        and (i + 1 >= n or k[i + 1] != "::"))
                hit[i] = hit[i] or not (use_broadcast and bare)
    globs = sum(1 for i in range(1, n) if k[i] == "*" and k[i - 1] == "::")
    return sum(hit), globs


def broadcast_names(k: list[str]) -> set[str]:
    """The last path segments the `broadcast use` lists of a token list (ident_texts)
    name: what they bring into scope, before groups are followed (verusbench.client follows
    them for the library's groups)."""
    out: set[str] = set()
    i = 0
    while i < len(k) - 1:
        if k[i] == "broadcast" and k[i + 1] == "use":
            j = i + 2
            while j < len(k) and k[j] != ";":
                if k[j] not in ("::", ",", "{", "}") and (j + 1 >= len(k) or k[j + 1] != "::"):
                    out.add(k[j])
                j += 1
            i = j
        i += 1
    return out


def size_limit(row: TaskRow | dict) -> int:
    """The longest answer (bytes) a row accepts: SIZE_FACTOR x its context, at least
    MIN_SIZE_LIMIT."""
    row = _as_row(row)
    return max(MIN_SIZE_LIMIT, SIZE_FACTOR * len(_bytes(row.context)))


def rules_hit(results: Iterable[IntegrityResult]) -> Counter:
    """Count of violations per rule over many results (for reports)."""
    c: Counter[str] = Counter()
    for r in results:
        for v in r.violations:
            c[v.rule] += 1
    return c


# ----------------------------------------------------------------- the builder's fast path
# The builder checks every row's own reference answer, and rows cut from one 100-200 KB file
# would each re-tokenize and re-compare the whole file. For a reference answer the assembled
# file is the reference file itself, so the locked parts compare equal by construction and
# the tokens of the context / prefix / suffix are slices of the file's tokens (the lexer is a
# left-to-right regex: a cut at a raw-token boundary lexes the same). Anything outside that
# case takes check(); tests/test_build_integrity_fast.py holds the two equal on real rows.

@functools.lru_cache(maxsize=8)
def _file_lex(src: bytes) -> tuple[frozenset[int], dict[int, bytes], bool]:
    """(raw-token boundaries, raw token ending at each boundary, lexes without the slow path)."""
    from .syntax.lexer import raw_tokens
    toks, starts = raw_tokens(src)
    ends = {s + len(t): t for t, s in zip(toks, starts)}
    clean = not any(m.startswith("unterminated") for _, m in _toks(src).problems)
    return frozenset(starts) | {len(src)}, ends, clean


def _slice_toks(t: _Toks, a: int, b: int, shift: int = 0) -> tuple[list, list, list]:
    """keys/kinds/starts of the tokens of t starting in [a, b), offsets moved by shift."""
    import bisect
    i, j = bisect.bisect_left(t.starts, a), bisect.bisect_left(t.starts, b)
    st = t.starts[i:j]
    return t.keys[i:j], t.kinds[i:j], (list(map(shift.__add__, st)) if shift else st)


def _context_toks(ref: bytes, ft: _Toks, tb: int, te: int, ctx: bytes) -> _Toks | None:
    """_toks(ctx) for ctx == ref[:tb] + HOLE + ref[te:], built from the file's tokens; None
    when that is not certain (then the caller tokenizes)."""
    bounds, ends, clean = _file_lex(ref)
    hole = C.HOLE.encode()
    if not clean or tb not in bounds or te not in bounds or ctx != ref[:tb] + hole + ref[te:]:
        return None
    prev = ends.get(tb, b"")
    if tb and (not prev or prev[-1:] in (b"/", b"*") or prev.startswith(b"//")):
        return None      # the hole's comment would merge with the token before it
    if _toks(hole).keys:
        return None
    k1, n1, s1 = _slice_toks(ft, 0, tb)
    k2, n2, s2 = _slice_toks(ft, te, len(ref) + 1, len(hole) - (te - tb))
    return _Toks(ctx, k1 + k2, n1 + n2, s1 + s2)


def _append_toks(t: _Toks, tail: bytes) -> _Toks | None:
    """_toks(t.text + tail) for a tail that starts with a newline (None when not certain)."""
    from .syntax.lexer import lex
    if not tail.startswith(b"\n") or any(m.startswith("unterminated") for _, m in lex(tail).problems):
        return None
    tt = _toks_cached(tail, False)
    n = len(t.text)
    return _Toks(t.text + tail, t.keys + tt.keys, t.kinds + tt.kinds,
                 t.starts + [s + n for s in tt.starts])


def check_reference(row: TaskRow | dict, *, rlimit_cap: float = DEFAULT_RLIMIT_CAP) -> IntegrityResult:
    """check(row, row.target), computed with per-file work shared between the rows cut from
    one file (the builder's integrity stage); falls back to check() where unsure."""
    row = _as_row(row)
    fast = _check_reference_fast(row, rlimit_cap)
    return fast if fast is not None else check(row, row.target, rlimit_cap=rlimit_cap)


def _check_reference_fast(row: TaskRow, rlimit_cap: float) -> IntegrityResult | None:
    if row.task not in (C.TASK_SPEC, C.TASK_CODE, C.TASK_PROOF) or row.context.count(C.HOLE) != 1:
        return None
    pred = strip_fences(row.target)
    if len(_bytes(pred)) > size_limit(row) or len(_bytes(row.target)) > size_limit(row):
        return None
    ref = _bytes(row.reference_file)
    ctx = _bytes(row.context)
    h = row.context.index(C.HOLE)
    tb = len(row.context[:h].encode("utf-8", "surrogateescape"))
    te = tb + len(_bytes(row.target))
    pref = _parse(ref, "reference.rs")
    rfn = _target_fn(ref, pref, tb, te)
    if rfn is None:
        return None
    ft = _toks(ref)
    bounds, _, clean = _file_lex(ref)
    s0, s1 = rfn.span
    if not clean or s0 not in bounds or s1 not in bounds:
        return None
    # detect_mode, with the outer and target tokens sliced from the file's
    keys = _toks(pred).keys
    if not keys:
        return None
    if keys[0] in ("use", "mod", "extern") or keys[:2] == ["#", "!"] or _has_verus_macro(keys):
        return None
    outer_pre = _slice_toks(ft, 0, s0)[0]
    outer_post = _slice_toks(ft, s1, len(ref) + 1)[0]
    target = _slice_toks(ft, s0, s1)[0]
    needles = [outer_pre[-m:] for m in (6, 12, 24) if len(outer_pre) >= m]
    needles += [outer_post[:m] for m in (6, 12, 24) if len(outer_post) >= m]
    for needle in needles:
        if not _contains_run(target, needle) and _contains_run(keys, needle):
            return None          # "file" mode: not a reference answer's shape
    full_fn_hole = row.task == C.TASK_PROOF or (row.task == C.TASK_SPEC
                                                and row.metadata.variant == "full")
    if not full_fn_hole and _fn_only_prediction(row, pred):
        return None
    fill = pred.strip("\n")
    assembled = row.context.replace(C.HOLE, fill, 1)
    cand = _bytes(assembled)
    if cand != ref:
        return None
    violations = _hole_shape(row, fill)
    bt = _context_toks(ref, ft, tb, te, ctx)
    if bt is None:
        return None
    # escape hatches: the candidate is the reference file (its scan is cached per file)
    cand_h = scan_hatches(cand, rlimit_cap)
    if cand_h:
        base_t = bt
        if full_fn_hole:
            what = "proofs" if row.task == C.TASK_PROOF else "specs_full"
            base_t = _append_toks(bt, b"\n" + _bytes(_strip(ref, rfn, what)))
            if base_t is None:
                return None
        base = Counter(x.rule for x in _scan_hatches_toks(base_t, rlimit_cap))
        seen: Counter[str] = Counter()
        for x in cand_h:
            seen[x.rule] += 1
            if seen[x.rule] > base[x.rule]:
                violations.append(Violation(x.rule, f"{RULES[x.rule]}: {x.detail}", x.line))
    b_out, _, b_has = _outside_verus(bt)
    if b_has and _in_verus_region(bt, tb):
        c_out, c_where, _ = _outside_verus_cached(cand)
        violations.extend(_outside_verus_added(b_out, c_out, c_where, cand))
    # locked parts: the candidate is the reference byte for byte, so they are unchanged;
    # only B's "no body" case is reported from the reference alone
    if not any(v.rule == "hole_escape" for v in violations):
        if row.task == C.TASK_CODE and rfn.body is None:
            violations.append(Violation("locked_changed", f"fn `{rfn.name}` has no body",
                                        _line(cand, _fn_span(rfn, ref)[0])))
    violations.sort(key=lambda v: (v.line or 10**9))
    return IntegrityResult(ok=not violations, violations=violations, assembled=assembled,
                           mode="hole")


@functools.lru_cache(maxsize=8)
def _outside_verus_cached(src: bytes):
    return _outside_verus(_toks(src))
