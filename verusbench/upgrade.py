"""The Verus-Bench upgrade pass: a mechanical rewrite for language drift, keeping meaning.

Verus-Bench was written for a Verus in which, in a postcondition, a `&mut` parameter `x`
named its final value and loops needed no `decreases`. This Verus rejects both
(`to dereference a mutable reference parameter in a postcondition, disambiguate ... old or
final` and `loop must have a decreases clause`). The pass restores the meaning the files
were written for:

- `final`: in every `ensures` clause of a fn, each use of a `&mut` parameter `x` outside
  `old(..)` / `final(..)` becomes `final(x)` (`*x` -> `*final(x)`, `x.len()` ->
  `final(x).len()`, `x@` -> `final(x)@`, `x[i]` -> `final(x)[i]`); a quantifier that rebinds
  `x` shadows it. Done on the syntax model's clause spans and tokens, not on raw text.
- `no_decreases_attr`: a file with an exec `while`/`loop` lacking `decreases` gets the crate
  attribute `#![verifier::exec_allows_no_decreases_clause]` as its first line, restoring the
  partial-correctness semantics of its time. It sits in the locked context, so the integrity
  check counts it in the baseline: a prediction that adds one more is still rejected.

Both rewrites are idempotent. `upgrade(text)` returns the new text and which rewrites applied.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from verusbench import constants as C
from verusbench.syntax import parse, tokenize

REWRITE_FINAL = "final"
REWRITE_NO_DECREASES = "no_decreases_attr"
#: `upgrade` metadata of a row when both rewrites applied
REWRITE_BOTH = "both"
NO_DECREASES_ATTR = "#![verifier::exec_allows_no_decreases_clause]"
#: the messages of this Verus that the pass answers (first words; verus-results ledger)
UPGRADE_MESSAGES = {
    REWRITE_FINAL: "to dereference a mutable reference parameter in a postcondition",
    REWRITE_NO_DECREASES: "loop must have a decreases clause",
}
#: sources and roles the pass applies to
UPGRADE_SOURCES = ("verus-bench",)
UPGRADE_ROLES = (C.ROLE_BENCHMARK, C.ROLE_BENCHMARK_TASK)
_QUANT = {"forall", "exists", "choose"}
_OPEN = {"(": ")", "[": "]", "{": "}"}


@dataclass
class Upgrade:
    text: str
    rewrites: list[str] = field(default_factory=list)   # REWRITE_* that changed the text
    final_sites: int = 0
    loops_without_decreases: int = 0

    @property
    def label(self) -> str:
        """Row metadata `upgrade`: "final", "no_decreases_attr", "both" or ""."""
        if len(self.rewrites) == 2:
            return REWRITE_BOTH
        return self.rewrites[0] if self.rewrites else ""


def answers(result) -> list[str]:
    """Rewrites named by a Verus result's errors (a VerifyResult), in REWRITE_* order."""
    if result is None or result.status != C.STATUS_COMPILE_ERROR:
        return []
    msgs = [d.message for d in result.error_diagnostics]
    return [k for k, m in UPGRADE_MESSAGES.items() if any(x.startswith(m) for x in msgs)]


def _is_mut_ref(toks: list) -> bool:
    """Tokens of a parameter type (or `&mut self`) start with `&`, a lifetime?, `mut`."""
    i = 0
    if i < len(toks) and toks[i].text == "&":
        i += 1
        if i < len(toks) and toks[i].kind == "lifetime":
            i += 1
        return i < len(toks) and toks[i].text == "mut"
    return False


def mut_params(fn, src: bytes) -> list[str]:
    """Names of the fn's `&mut` parameters (`self` for `&mut self`)."""
    out = []
    for p in fn.params:
        if not p.name:
            continue
        span = p.type_span if p.type_span is not None else p.span
        if _is_mut_ref(tokenize(src[span[0]:span[1]])):
            out.append(p.name)
    return out


def _match(toks: list, i: int) -> int:
    depth = 0
    for j in range(i, len(toks)):
        t = toks[j].text
        if t in _OPEN:
            depth += 1
        elif t in (")", "]", "}"):
            depth -= 1
            if depth == 0:
                return j
    return len(toks) - 1


def _scope_end(toks: list, i: int) -> int:
    """Last token index of the expression a quantifier at i opens: up to a `,` or closing
    delimiter at its own nesting level."""
    depth = 0
    for j in range(i, len(toks)):
        t = toks[j].text
        if t in _OPEN:
            depth += 1
        elif t in (")", "]", "}"):
            if depth == 0:
                return j - 1
            depth -= 1
        elif t == "," and depth == 0:
            return j - 1
    return len(toks) - 1


def final_sites(clause_src: bytes, names: set[str]) -> list[int]:
    """Byte offsets (in clause_src) of the tokens naming a `&mut` parameter that need
    `final(..)`: not inside `old(..)`/`final(..)`, not a field or path segment, not shadowed."""
    toks = tokenize(clause_src)
    skip_to = -1
    shadow: list[tuple[int, set[str]]] = []     # (last index, names rebound up to there)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        shadow = [s for s in shadow if s[0] >= i]
        if i <= skip_to:
            i += 1
            continue
        if t.kind == "ident" and t.text in ("old", "final") and i + 1 < len(toks) and toks[i + 1].text == "(":
            skip_to = _match(toks, i + 1)
            i += 1
            continue
        if t.kind == "ident" and t.text in _QUANT and i + 1 < len(toks) and toks[i + 1].text == "|":
            j = i + 2
            bound = set()
            while j < len(toks) and toks[j].text != "|":
                if toks[j].kind == "ident" and (j + 1 < len(toks) and toks[j + 1].text in (":", ",", "|")):
                    bound.add(toks[j].text)
                j += 1
            if bound & names:
                shadow.append((_scope_end(toks, i), bound))
            i = j + 1
            continue
        if (t.kind == "ident" and t.text in names
                and not any(t.text in b for _, b in shadow)
                and not (i > 0 and toks[i - 1].text in (".", "::"))
                and not (i + 1 < len(toks) and toks[i + 1].text == "::")):
            out.append(t.span[0])
        i += 1
    return out


def _has_no_decreases_attr(src: bytes) -> bool:
    toks = tokenize(src)
    for i in range(len(toks) - 5):
        if ([t.text for t in toks[i:i + 3]] == ["#", "!", "["] and toks[i + 3].text == "verifier"
                and toks[i + 4].text == "::" and toks[i + 5].text == "exec_allows_no_decreases_clause"):
            return True
    return False


def upgrade(text: str, path: str = "") -> Upgrade:
    """Apply both rewrites where they are needed; the text is unchanged when neither is."""
    src = text.encode("utf-8", "surrogateescape")
    pf = parse(src, path)
    edits: list[tuple[int, int, bytes]] = []      # (start, end, replacement)
    n_final = 0
    n_loops = 0
    for fn in pf.functions():
        if not fn.in_verus:
            continue
        names = set(mut_params(fn, src))
        if names:
            for c in fn.clauses:
                if c.kind != "ensures":
                    continue
                s, e = c.span
                for off in final_sites(src[s:e], names):
                    a = s + off
                    name_len = len(next(t for t in tokenize(src[a:e])).text.encode("utf-8", "surrogateescape"))
                    edits.append((a, a + name_len, b"final(" + src[a:a + name_len] + b")"))
                    n_final += 1
        if (fn.mode or "exec") == "exec":
            n_loops += sum(1 for lp in fn.loops if lp.kind in ("while", "loop")
                           and not any(cl.kind == "decreases" for cl in lp.clauses))
    rewrites = []
    if n_final:
        rewrites.append(REWRITE_FINAL)
    out = src
    for a, b, rep in sorted(edits, reverse=True):
        out = out[:a] + rep + out[b:]
    if n_loops and not _has_no_decreases_attr(src):
        out = NO_DECREASES_ATTR.encode() + b"\n" + out
        rewrites.append(REWRITE_NO_DECREASES)
    return Upgrade(out.decode("utf-8", "surrogateescape"), rewrites, n_final, n_loops)
