"""Verus structure on top of the token layer: items, clauses, loops and proof nodes.

tree-sitter-rust parses the file (it is the authority for plain Rust outside `verus!`, and
its syntax errors there become diagnostics); the token stream from `lexer.lex` is parsed
here by a small recursive-descent recogniser that knows Verus's item and spec syntax
(verus_syn `item.rs`/`verus.rs`). It never raises: problems become `Diagnostic`s and
parsing resumes at the next item.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import compress

from .lexer import LexResult, lex
from .model import (Attribute, Clause, Diagnostic, Item, Loop, Param, ParsedFile, ProofNode,
                    Region, Span)

FN_CLAUSES = frozenset({"requires", "recommends", "ensures", "default_ensures", "returns",
                        "decreases", "opens_invariants", "no_unwind"})
LOOP_CLAUSES = frozenset({"invariant", "invariant_except_break", "invariant_ensures",
                          "ensures", "decreases"})
CLAUSE_KW = FN_CLAUSES | LOOP_CLAUSES
MODES = frozenset({"spec", "proof", "exec", "axiom"})
MODIFIERS = frozenset({"open", "closed", "uninterp", "broadcast", "const", "async", "unsafe",
                       "extern", "default", "ghost", "tracked", "spec", "proof", "exec", "axiom",
                       "auto"})
VERUS_MACROS = frozenset({"verus", "verus_code", "verus_code_str"})
# Verus's test-harness macros whose body is plain Rust items (verus_spec attributes)
RUST_CODE_MACROS = frozenset({"code"})
# Verus state-machine macros: `name! { Name<..> { fields {..} transition!{..} fns.. } }`
SM_MACROS = frozenset({"state_machine", "tokenized_state_machine",
                       "tokenized_state_machine_vstd"})
OPENERS = {"(": ")", "[": "]", "{": "}"}
CLOSERS = {")": "(", "]": "[", "}": "{"}
#: what each token does to the depth of `<...>` generics (the lexer keeps `<<`, `>>`, `>=`,
#: `>>=` whole, so one of them may open or close two levels)
ANGLE_DEPTH = {"<": 1, "<<": 2, ">": -1, ">>": -2, ">=": -1, ">>=": -2}
_BRACKETS = frozenset("()[]{}")
# Rust keywords after which an expression is still to come (a `{` there opens a block
# expression); reserved, so never identifiers
_EXPR_START_KW = frozenset({"as", "in", "return", "let", "mut", "ref", "move", "box", "else",
                            "loop", "unsafe", "async", "if", "match", "while", "for", "dyn",
                            "impl", "break", "continue", "yield", "await", "const", "static",
                            "where"})
# Verus's infix/separator words are contextual (verus_syn accepts every Verus keyword as an
# identifier): a keyword only right after a complete operand (`x is V`), else a name
# (`foo(has)`, `let is = 1`)
_INFIX_KW = frozenset({"is", "isnt", "has", "matches", "implies", "when", "via", "by", "with"})
# words that continue an expression when they follow an operand (so the word before them was
# an operand, not a keyword)
_CONTINUING_WORDS = _INFIX_KW | {"as", "in", "else"}
_AMBIGUOUS_PREFIX = frozenset({"*", "-", "&", "&&", "|", "||", "<", "<<"})
# punctuation that may start an operand (prefix operators, groups) rather than continue one
_OPERAND_START_PUNCT = frozenset({"(", "[", "{", "!", "-", "*", "&", "&&", "|", "||", "#",
                                  "&&&", "|||", "<", "<<", "'"})
_POSTFIX = frozenset({"?", "@"})
# punctuation that cannot continue an expression after a block operand `{ .. }`
_NOT_BINARY = frozenset({"#", "}", ")", "]", ";", "(", "[", "-", "*", "&", "!", "|",
                         "..", "::", "'"})
# tokens that start a proof node or loop inside a body
INTERESTING = frozenset({"while", "loop", "for", "proof", "assert", "assume", "admit",
                         "reveal", "reveal_with_fuel", "hide", "let", "calc", "requires",
                         "ensures", "verus_spec", "invariant", "atomically"})
_ITEM_START = frozenset({"fn", "struct", "enum", "impl", "trait", "mod", "use", "pub"})


def _is_verus_spec(a: Attribute) -> bool:
    """`#[verus_spec(..)]`, also under `#[cfg_attr(cond, verus_spec(..))]`."""
    return a.path == "verus_spec" or (a.path == "cfg_attr" and "verus_spec" in a.args)


def _line_col(src: bytes, off: int) -> tuple[int, int]:
    line = src.count(b"\n", 0, off) + 1
    col = off - (src.rfind(b"\n", 0, off) + 1) + 1
    return line, col


class _Parser:
    """State of one file's parse: the tokens as parallel lists plus bracket matches."""

    def __init__(self, src: bytes, lr: LexResult):
        self.src = src
        self.T = lr.texts
        self.S = lr.starts
        self.E = lr.ends
        self.K = lr.kinds
        self.n = len(self.T)
        self.problems: list[tuple[int, str]] = list(lr.problems)
        self.verus_spans: list[Span] = []
        self.claimed: set[int] = set()   # clause keywords already inside some clause list
        self.sm = 0                       # > 0 inside a state-machine macro
        self.verus_aliases: set[str] = set()
        self.loop_specs: dict[int, list[Clause]] = {}   # loop token -> verus_spec clauses
        self.M = self._match_brackets()
        T = self.T
        self.interesting = list(compress(range(self.n), map(INTERESTING.__contains__, T)))

    # ---- brackets -------------------------------------------------------------------
    def _match_brackets(self) -> list[int]:
        """M[i] = index of the bracket matching bracket i (n if never closed)."""
        T, n = self.T, self.n
        M = [-1] * n
        stack: list[int] = []
        for i in compress(range(n), map(_BRACKETS.__contains__, T)):
            t = T[i]
            if t in OPENERS:
                stack.append(i)
                continue
            want = CLOSERS[t]
            if stack and T[stack[-1]] == want:
                M[stack.pop()] = i
                M[i] = i
                continue
            # mismatch: close through the nearest matching opener if there is one
            k = len(stack) - 1
            while k >= 0 and T[stack[k]] != want:
                k -= 1
            if k < 0:
                self.problems.append((self.S[i], f"unmatched closing `{t}`"))
                M[i] = i
                continue
            while len(stack) > k + 1:
                o = stack.pop()
                self.problems.append((self.S[o], f"unclosed `{T[o]}` (closed by `{t}`)"))
                M[o] = i - 1 if i - 1 > o else o
            M[stack.pop()] = i
            M[i] = i
        for o in stack:
            self.problems.append((self.S[o], f"unclosed `{T[o]}` at end of input"))
            M[o] = n
        return M

    def close(self, i: int) -> int:
        """Index of the closer of the group opened at i (clamped to the last token); i itself
        when no group opens there (bad input: `#x` where `#[` was expected), so a caller
        stepping past the closer always moves forward."""
        m = self.M[i]
        if m < 0:
            return i
        return m if m < self.n else self.n - 1

    def end_of(self, i: int) -> int:
        """Byte end of the group opened at i (end of input if unclosed)."""
        m = self.M[i]
        return self.E[m] if m < self.n else len(self.src)

    def span(self, i: int, j: int) -> Span:
        """Bytes of tokens i..j inclusive."""
        if j < i:
            return (self.S[i], self.S[i]) if i < self.n else (len(self.src), len(self.src))
        return (self.S[i], self.E[min(j, self.n - 1)])

    def text(self, i: int, j: int) -> str:
        """Token texts i..j inclusive, with single spaces where the source had layout."""
        out = []
        prev = -1
        for k in range(i, min(j, self.n - 1) + 1):
            if prev >= 0 and self.S[k] > prev:
                out.append(" ")
            out.append(self.T[k])
            prev = self.E[k]
        return "".join(out)

    def problem(self, i: int, msg: str) -> None:
        off = self.S[i] if i < self.n else len(self.src)
        self.problems.append((off, msg))

    # ---- generic scans ---------------------------------------------------------------
    def skip_angles(self, k: int, j: int) -> int:
        """k at `<`: index after the matching `>` (groups skipped)."""
        T, M = self.T, self.M
        depth = 0
        while k < j:
            t = T[k]
            if t in ANGLE_DEPTH:
                depth += ANGLE_DEPTH[t]
            elif t in OPENERS:
                k = M[k]
            elif t in CLOSERS or t == ";":
                return k
            k += 1
            if depth <= 0:
                return k
        return k

    def to_semi(self, k: int, j: int) -> int:
        """Index of the `;` ending a statement/item from k (groups skipped), or j."""
        T, M = self.T, self.M
        while k < j:
            t = T[k]
            if t == ";":
                return k
            if t in OPENERS:
                k = M[k]
            elif t in CLOSERS:
                return k
            k += 1
        return j

    def opens_operand(self, q: int, j: int) -> bool:
        """Does token q clearly start a new operand (a word, literal, `&&&` bullet,
        attribute)? After a contextual keyword that makes the keyword a keyword."""
        if q >= j:
            return False
        k = self.K[q]
        if k == "ident":   # (a clause keyword next: the word before ended the expression)
            return self.T[q] not in _CONTINUING_WORDS and self.T[q] not in CLAUSE_KW
        return k == "literal" or k == "lifetime" or self.T[q] in ("&&&", "|||", "#")

    def continues_operand(self, q: int, j: int) -> bool:
        """Does token q continue an expression after an operand (binary operator, `.`,
        `,`, closer, `=`...)? After a contextual keyword that makes the keyword a name."""
        if q >= j:
            return False
        if self.K[q] == "ident":
            return self.T[q] in _CONTINUING_WORDS
        return self.K[q] == "punct" and self.T[q] not in _OPERAND_START_PUNCT

    def names_before(self, k: int, j: int) -> bool:
        """Does what follows the word at k make it a name: an operator that continues an
        expression (`invariant * 2`, spaced like a binary operator, not `*x`), `.`, `,`,
        a closer, `invariant[0]`, or a macro call `requires!(..)`?"""
        q = k + 1
        if self.continues_operand(q, j):
            return True
        if q + 1 >= j:
            return False
        T, S, E = self.T, self.S, self.E
        t = T[q]
        if t in _AMBIGUOUS_PREFIX:
            return S[q + 1] > E[q]
        return S[q] == E[k] and (t == "[" or (t == "!" and T[q + 1] in OPENERS))

    def clause_kw_at(self, k: int, j: int, start: bool, complete: bool) -> bool:
        """Is the clause word at k a keyword that ends the expression being scanned? As in
        verus_syn: at an expression's start (after the clause keyword or a `,`) it is, except
        `requires`/`recommends` used as a name (`x, requires + 1`); after an operand it is;
        inside an expression (`a + invariant`) it is a name unless a new operand follows it
        (an unfinished `a &&` before the next clause)."""
        if self.T[k - 1] in (".", "::") or (k + 1 < j and self.T[k + 1] == "::"):
            return False   # a field, method or path segment
        if start:
            if self.T[k] not in ("requires", "recommends"):
                return True
            # verus_syn never stops at these two inside a clause (`ensures recommends(x)`
            # calls a parameter): a name unless a plain operand follows, as in the
            # misordered `ensures a, requires b` of LLM output
            return self.opens_operand(k + 1, j)
        return complete or self.opens_operand(k + 1, j)

    def clause_word_at(self, p: int, c: int) -> bool:
        """In a body, does the clause word at p start clauses (a closure's spec, a misplaced
        loop invariant) rather than name a variable, field or fn (`foo(invariant)`,
        `let ensures = ..`, `x + requires`, `{ invariant }`, `invariant[0]`)?"""
        prev = self.T[p - 1]
        if self.names_before(p, c + 1) or (
                p + 1 < c and (self.T[p + 1] in CLAUSE_KW or self.T[p + 1] == "{")
                and prev not in (";", "{", "}", ")", "|", "||")):
            return False   # (`.. > ensures decreases ..`, `.. > invariant { .. }`: names)
        pk = self.K[p - 1]
        if pk == "ident":
            return prev not in _EXPR_START_KW
        if pk == "punct":
            if prev == "(":
                return self.T[p - 2] == "verus_spec"   # `#[verus_spec(requires ..)]`
            if prev in ("|", "||"):     # a closure's `|x|`/`||`, not `a | requires` (bit or)
                return self.closure_pipe(p - 1)
            return prev in (";", "{", "}", ")", "]", ">", "=>", ",")
        return True

    def closure_pipe(self, q: int) -> bool:
        """Does the `|` or `||` at q end a closure's parameters (`move |x|`, `f(|| ..)`)
        rather than be a binary or? The closure's opening pipe follows an expression start."""
        T = self.T
        starts = ("(", ",", "=", "{", ";", "move", "=>", "[", "return")
        if T[q] == "||":
            return q > 0 and T[q - 1] in starts
        k = q - 1
        while k > 0 and T[k] not in ("|", ";", "{", "}"):
            k -= 1
        return k > 0 and T[k] == "|" and T[k - 1] in starts

    def cast_type(self, q: int, j: int) -> int:
        """Index after the type of `e as T` starting at q (paths with generics, `&`, `*const`,
        tuples/arrays), so that a `>` closing the type's generics completes the operand."""
        T, K = self.T, self.K
        while q < j and T[q] in ("&", "&&", "*", "mut", "const", "dyn"):
            q += 1
        if q < j and T[q] in ("(", "["):
            return self.M[q] + 1
        while q < j:
            t = T[q]
            if t == "<" or t == "<<":          # qualified path `<T as Tr>::X`
                q = self.skip_angles(q, j)
            elif K[q] == "ident" and t not in _CONTINUING_WORDS:
                q += 1
                # generics only on a capitalised type (`as Seq<u8>`): `i as u64 < n` is a
                # comparison in LLM output even though rustc rejects it
                if q < j and (T[q] == "<" or T[q] == "<<") and t[:1].isupper():
                    q = self.skip_angles(q, j)
            else:
                return q
            if q < j and T[q] == "::":
                q += 1
                continue
            return q
        return q

    def scan_expr(self, k: int, j: int, stops: frozenset = frozenset(),
                  clause_start: bool = True) -> tuple[int, list[int]]:
        """Scan a comma-separated expression list from k. Returns (stop index, comma indices).

        Stops at a clause keyword (see `clause_kw_at`), `;`, a token in `stops` (after an
        operand or at an expression's start), the end, or the `{` that opens a body: a `{`
        that follows a complete operand while no `if`/`match`/closure header is waiting for
        its block (verus_syn parses spec expressions without struct literals).
        `clause_start=False` for a loop header: its first token is not a clause position."""
        T, M, K = self.T, self.M, self.K
        commas: list[int] = []
        pending = 0
        complete = False
        matches_pat = False
        k0 = k
        while k < j:
            t = T[k]
            if t == ";":
                return k, commas
            if t in CLAUSE_KW or t in stops:
                start = (k == k0 and clause_start) or (T[k - 1] == "," and not pending)
                if t in stops:
                    if start or complete:
                        return k, commas
                elif self.clause_kw_at(k, j, start, complete):
                    return k, commas
            if t == "#" and k + 1 < j:
                # `#[trigger]` / `#![trigger ..]` / `#![auto]`: attributes leave the operand
                # state as it was (`forall|x| #![auto] { .. }` is still a block expression)
                a = k + 1 if T[k + 1] == "[" else (k + 2 if T[k + 1] == "!" and k + 2 < j
                                                   and T[k + 2] == "[" else -1)
                if a > 0:
                    k = M[a] + 1
                    continue
            if t == "{":
                if pending and complete:
                    pending -= 1
                    k = M[k] + 1
                    if k < j and T[k] == "else":
                        if k + 1 < j and T[k + 1] == "if":
                            pending += 1
                            k += 2
                            complete = False
                        elif k + 1 < j and T[k + 1] == "{":
                            k = M[k + 1] + 1
                            complete = True
                        else:
                            k += 1
                            complete = False
                        continue
                    complete = True
                    continue
                if matches_pat and complete:
                    k = M[k] + 1          # struct pattern after `matches` / `let`
                    matches_pat = False
                    continue
                if not complete:
                    if not (pending == 0 and (k == k0 or T[k - 1] == ",")) \
                            or self._block_operand(k, j):
                        k = M[k] + 1
                        complete = True
                        continue
                return k, commas
            if t == "(" or t == "[":
                k = M[k] + 1
                complete = True
                continue
            if t in CLOSERS:
                return k, commas   # stray closer: the enclosing group ends here
            kind = K[k]
            if kind == "ident":
                if t == "as" and complete:
                    k = self.cast_type(k + 1, j)
                    continue
                if t in _EXPR_START_KW or (t in _INFIX_KW and complete) or (
                        t == "proof" and not complete and k + 1 < j and T[k + 1] == "{"
                        and T[k - 1] != "." and T[k - 1] != "::"):
                    if t == "if" or t == "match" or t == "while" or t == "for":
                        pending += 1
                    elif t == "matches" or t == "let":
                        matches_pat = True
                    complete = False
                elif t == "fn" and (not complete or T[k - 1] in MODIFIERS or T[k - 1] == "pub"):
                    return k, commas   # an item keyword: this clause was never closed
                elif (t == "forall" or t == "exists" or t == "choose") and k + 1 < j \
                        and T[k + 1] in ("|", "||") and not complete \
                        and T[k - 1] != "." and T[k - 1] != "::":   # (`s.exists | b`: a field)
                    complete = False
                else:
                    complete = True
                k += 1
                continue
            if kind == "literal" or kind == "lifetime":
                complete = True
                k += 1
                continue
            # punctuation
            if t == "::":
                if k + 1 < j and (T[k + 1] == "<" or T[k + 1] == "<<"):   # turbofish
                    k = self.skip_angles(k + 1, j)
                    complete = True
                    continue
                complete = False
                k += 1
                continue
            if (t == "<" or t == "<<") and not complete:
                # no operand before it, so not a comparison/shift: a qualified path
                # `<T as Tr>::f(x)` (`<<` opens two: `<<T as A>::B as C>::f()`)
                q = self.skip_angles(k, j)
                if q < j and T[q] == "::":
                    k = q
                    continue
            matches_pat = False
            if t == ",":
                if not pending:
                    commas.append(k)
                complete = False
                k += 1
                continue
            if (t == "|" or t == "||") and not complete:
                # closure parameters
                if t == "|":
                    k += 1
                    while k < j and T[k] != "|":
                        if T[k] in OPENERS:
                            k = M[k]
                        elif T[k] in CLOSERS or T[k] == ";":
                            break
                        k += 1
                k += 1
                if k < j and T[k] == "->":
                    pending += 1
                complete = False
                continue
            complete = t in _POSTFIX
            k += 1
        return k, commas

    def _block_operand(self, k: int, j: int) -> bool:
        """k at a `{` where a clause expression may start (after the keyword or a `,`): is
        it a block expression (`ensures { &&& a &&& b }, ..`) rather than the fn body?
        Only an operand is followed by a binary operator, `,`, a clause keyword or the body
        (a prefix operator or `(` after it starts the body's next statement instead)."""
        q = self.M[k] + 1
        if q >= j:
            return False
        t = self.T[q]
        return t == "{" or t == "," or t in CLAUSE_KW or (
            self.K[q] == "punct" and t not in _NOT_BINARY)

    # ---- attributes --------------------------------------------------------------------
    def attribute(self, i: int, j: int) -> tuple[Attribute | None, int]:
        """i at `#`: parse `#[..]`/`#![..]`; returns (attr, index after it)."""
        T = self.T
        inner = i + 1 < j and T[i + 1] == "!"
        b = i + 2 if inner else i + 1
        if b >= j or T[b] != "[":
            return None, i
        e = self.close(b)
        k = b + 1
        path_parts: list[str] = []
        while k < e and self.K[k] == "ident":
            path_parts.append(T[k])
            if k + 1 < e and T[k + 1] == "::":
                k += 2
            else:
                k += 1
                break
        path = "::".join(path_parts)
        args = ""
        first_arg = ""
        if k < e and T[k] in ("(", "["):
            ce = self.close(k)
            args = self.src[self.E[k]:self.S[ce]].decode("utf-8", "surrogateescape") if ce > k else ""
            if k + 1 < ce and self.K[k + 1] == "ident":
                first_arg = T[k + 1]
                aend = k + 2
                if aend < ce and T[aend] == "(":
                    inner_close = self.close(aend)
                    sub_args = self.src[self.E[aend]:self.S[inner_close]].decode("utf-8", "surrogateescape")
                else:
                    sub_args = None
            else:
                sub_args = None
        else:
            sub_args = None
        style, name = "other", ""
        if path_parts[:1] == ["verifier"] and len(path_parts) >= 2:
            style, name = "verifier_path", path_parts[1]
        elif path == "verifier":
            style, name = "verifier_paren", first_arg
            path = f"verifier::{first_arg}" if first_arg else path
            args = sub_args or ""
        elif path == "verus::internal":
            style, name = "verus_internal", first_arg
        elif path == "verus_verify":
            style, name = "verus_verify", first_arg
        elif path == "cfg" or path == "cfg_attr":
            style = "cfg"
        end = e if e < self.n else self.n - 1
        return Attribute(span=(self.S[i], self.end_of(b)), path=path, args=args, inner=inner,
                         style=style, name=name), end + 1

    # ---- items -------------------------------------------------------------------------
    def items(self, i: int, j: int, in_verus: bool, impl_of: str = "") -> list[Item]:
        """Items in tokens [i, j)."""
        T, K = self.T, self.K
        out: list[Item] = []
        while i < j:
            t = T[i]
            if t == ";":
                i += 1
                continue
            start = i
            attrs: list[Attribute] = []
            while i < j and T[i] == "#":
                a, ni = self.attribute(i, j)
                if a is None:
                    break
                if a.inner:
                    out.append(Item(kind="attr", span=a.span, attrs=[a], in_verus=in_verus,
                                    name=a.path))
                    start = ni
                else:
                    attrs.append(a)
                i = ni
            if i >= j:
                if attrs:
                    self.problem(start, "attribute without an item after it")
                    out.append(Item(kind="attr", span=(self.S[start], self.E[j - 1]), attrs=attrs,
                                    in_verus=in_verus))
                break
            item, i = self.item(start, i, j, attrs, in_verus, impl_of)
            if item is not None:
                out.append(item)
        return out

    def item(self, start: int, i: int, j: int, attrs: list[Attribute], in_verus: bool,
             impl_of: str) -> tuple[Item | None, int]:
        """One item from token i (attributes already read from `start`)."""
        T, K, M = self.T, self.K, self.M
        it = Item(kind="other", span=(0, 0), attrs=attrs, in_verus=in_verus, impl_of=impl_of)
        k = i
        if T[k] == "pub":
            if k + 1 < j and T[k + 1] == "(":
                c = self.close(k + 1)
                it.visibility = self.text(k, c).replace(" ", "")
                k = c + 1
            else:
                it.visibility = "pub"
                k += 1
        elif T[k] == "crate" and k + 1 < j and T[k + 1] != "::":
            it.visibility = "crate"
            k += 1
        mod_start = k
        while k < j and T[k] in MODIFIERS:
            t = T[k]
            nxt = T[k + 1] if k + 1 < j else ""
            if t == "const" and (K[k + 1] == "ident" if k + 1 < j else False) and (nxt not in (
                    "fn", "unsafe", "async", "extern") and nxt not in MODES
                    or (k + 2 < j and T[k + 2] in (":", "=", ";"))):   # `const spec: u8`
                break
            if nxt == "!" and t not in ("const", "unsafe", "async", "extern"):
                break   # a macro named like a modifier: `open!(..)`
            if t in ("spec", "proof", "exec", "axiom"):
                if t == "spec" and nxt == "(" and k + 2 < j and T[k + 2] == "checked":
                    it.mode = "spec(checked)"
                    k = self.close(k + 1) + 1
                    continue
                if nxt in ("fn", "const", "unsafe", "async", "extern", "static") or nxt in MODES \
                        or nxt in ("struct", "enum", "open", "closed", "tracked", "ghost"):
                    it.mode = t
                    k += 1
                    continue
                break
            if t in ("open", "closed") and nxt == "(":
                it.modifiers.append(t)
                k = self.close(k + 1) + 1
                continue
            if t == "extern" and k + 1 < j and K[k + 1] == "literal":
                if k + 2 < j and T[k + 2] == "{":
                    break
                it.modifiers.append("extern")
                k += 2
                continue
            if t == "extern" and nxt in ("crate", "{"):
                break
            if t in ("auto", "default", "ghost", "tracked", "open", "closed", "uninterp") and (
                    K[k + 1] != "ident" if k + 1 < j else True):
                break
            if t == "broadcast" and nxt in ("use", "group"):
                k += 1
                it.kind = "broadcast_use" if nxt == "use" else "broadcast_group"
                break
            it.modifiers.append(t)
            k += 1
        if k >= j:
            self.problem(start, "item is cut off")
            return self.finish(it, start, j - 1), j
        kw = T[k]
        if it.kind == "broadcast_use":
            e = self.to_semi(k, j)
            it.name = self.text(k + 1, e - 1)
            return self.finish(it, start, e), e + 1
        if it.kind == "broadcast_group":
            it.name = T[k + 1] if k + 1 < j else ""
            b = k + 2
            if b < j and T[b] == "{":
                return self.finish(it, start, self.close(b)), self.close(b) + 1
            self.problem(k, "broadcast group without `{`")
            return self.finish(it, start, min(b, j - 1)), min(b, j - 1) + 1
        if kw == "fn":
            it.kind = "fn"
            if not it.mode:
                it.mode = "exec"
            if it.mode == "axiom":
                pass
            sig_start = mod_start if mod_start < k else k
            return self.fn_rest(it, start, sig_start, k + 1, j, named=True)
        if kw == "assume_specification":
            it.kind = "assume_specification"
            k += 1
            if k < j and T[k] == "<":
                k = self.skip_angles(k, j)
            if k < j and T[k] == "[":
                c = self.close(k)
                it.name = self.text(k + 1, c - 1)
                k = c + 1
            return self.fn_rest(it, start, mod_start, k, j, named=False)
        if kw in ("struct", "enum", "union") and k + 1 < j and K[k + 1] == "ident":
            it.kind = "struct" if kw == "union" else kw
            it.name = T[k + 1]
            k += 2
            while k < j:
                t = T[k]
                if t == "<":
                    k = self.skip_angles(k, j)
                    continue
                if t == "{":
                    c = self.close(k)
                    return self.finish(it, start, c), c + 1
                if t == ";":
                    return self.finish(it, start, k), k + 1
                if t in OPENERS:
                    k = M[k] + 1
                    continue
                if t in CLOSERS or T[k] in _ITEM_START:
                    break
                k += 1
            self.problem(start, f"`{kw} {it.name}` is cut off")
            return self.finish(it, start, k - 1), k
        if kw in ("impl", "trait"):
            return self.impl_or_trait(it, start, k, j, in_verus)
        if kw == "mod" and k + 1 < j:
            it.kind = "mod"
            it.name = T[k + 1]
            b = k + 2
            if b < j and T[b] == ";":
                return self.finish(it, start, b), b + 1
            if b < j and T[b] == "{":
                c = self.close(b)
                it.body = (self.S[b], self.end_of(b))
                it.children = self.items(b + 1, min(c, j), in_verus)
                return self.finish(it, start, c), c + 1
            self.problem(k, "`mod` without `;` or `{`")
            return self.finish(it, start, k + 1), k + 2
        if kw in ("const", "static") and self.spec_const(k, j):
            return self.const_with_specs(it, start, k, j)
        if kw in ("use", "type", "const", "static", "global") or (kw == "extern" and k + 1 < j
                                                                 and T[k + 1] == "crate"):
            it.kind = {"extern": "use"}.get(kw, kw)
            e = self.to_semi(k, j)
            if kw in ("type", "const", "static"):
                nm = k + 1
                if nm < j and T[nm] in ("mut",):
                    nm += 1
                it.name = T[nm] if nm < j else ""
            elif kw == "global":
                it.name = self.text(k + 1, min(e, k + 3) - 1)
            else:
                it.name = self.text(k + 1, e - 1)
                if kw == "use" and e - 3 > k and T[e - 2] == "as" and T[e - 3] in VERUS_MACROS:
                    self.verus_aliases.add(T[e - 1])   # `use verus as verus_;` (vstd)
            if e >= j:
                self.problem(k, f"`{kw}` item without `;`")
                return self.finish(it, start, j - 1), j
            if kw in ("const", "static"):
                for a in it.attrs:
                    if a.args and _is_verus_spec(a):
                        self.verus_spec_attr(it, a)
                found = self.nested_verus(k + 1, e)   # `const S: &str = verus_code_str!{..};`
                if found:
                    return _Many([self.finish(it, start, e)] + found), e + 1
            return self.finish(it, start, e), e + 1
        if kw == "extern" and k + 1 < j and T[k + 1] == "{" or (
                kw == "extern" and k + 2 < j and T[k + 2] == "{"):
            b = k + 1 if T[k + 1] == "{" else k + 2
            c = self.close(b)
            it.kind = "other"
            return self.finish(it, start, c), c + 1
        if K[k] == "ident" and k + 1 < j and T[k + 1] == "!":
            return self.macro(it, start, k, j, in_verus)
        if k + 1 < j and ((K[k] == "ident" and T[k + 1] == "::")
                          or (T[k] == "::" and K[k + 1] == "ident")):
            q = k if T[k] != "::" else k - 1   # path macro: `bitflags::bitflags! { .. }`
            while q + 2 < j and T[q + 1] == "::" and K[q + 2] == "ident":
                q += 2
            if q + 1 < j and T[q + 1] == "!":
                return self.macro(it, start, q, j, in_verus)
        if self.sm and K[k] == "ident" and k + 1 < j and T[k + 1] == "{":
            c = self.close(k + 1)     # `fields { .. }` of a state machine
            it.name = T[k]
            return self.finish(it, start, c), c + 1
        # not an item: report once and resync after the next `;` or `{...}` group
        self.problem(k, f"expected an item, found `{T[k]}`")
        e = k
        while e < j:
            t = T[e]
            if t == ";":
                break
            if t == "{":
                e = self.close(e)
                break
            if t in OPENERS:
                e = M[e]
            elif e > k and (t in _ITEM_START or t == "#"):
                e -= 1
                break
            e += 1
        e = min(e, j - 1)
        return self.finish(it, start, e), e + 1

    def spec_const(self, k: int, j: int) -> bool:
        """Does the const/static at k have spec clauses (`exec const X: T ensures .. {..}`)?"""
        T, M = self.T, self.M
        k += 2   # past the name (`const ensures: u8 = 1;` names a const `ensures`)
        while k < j:
            t = T[k]
            if t == ";" or t == "=" or t in CLOSERS:
                return False
            if (t in FN_CLAUSES and T[k - 1] != "::" and T[k + 1] != "::") or t == "{":
                return True
            k = M[k] + 1 if t in OPENERS else k + 1
        return False

    def const_with_specs(self, it: Item, start: int, k: int, j: int):
        T = self.T
        it.kind = T[k]
        it.name = T[k + 1] if k + 1 < j else ""
        q = k + 2
        while q < j and T[q] not in FN_CLAUSES and T[q] != "{":
            q += 1
        while q < j and T[q] in FN_CLAUSES:
            cl, q = self.clause(q, j)
            it.clauses.append(cl)
        if q < j and T[q] == "{":
            c = self.close(q)
            it.body = (self.S[q], self.end_of(q))
            self.body(it, q, min(c, self.n))
            end = c + 1 if c + 1 < j and T[c + 1] == ";" else c
            return self.finish(it, start, end), end + 1
        e = self.to_semi(q, j)
        return self.finish(it, start, min(e, j - 1)), e + 1

    def atomic_update(self, a0: int, b: int, c: int) -> ProofNode:
        """`atomically (au) { type P, (x: T) -> (y: U), requires .., ensures .. }` of a
        logically atomic fn: the atomic update's clauses (tokens a0..c, braces at b, c)."""
        T = self.T
        node = ProofNode("atomic_update", self.span(a0, c), name=self.text(a0 + 2, b - 2),
                         body=(self.S[b], self.end_of(b)))
        q = b + 1
        while q < c:
            if T[q] in FN_CLAUSES:
                cl, q = self.clause(q, c)
                node.clauses.append(cl)
                if q < c and T[q] == ",":
                    q += 1
                continue
            q = self.M[q] + 1 if T[q] in OPENERS else q + 1
        return node

    def verus_spec_attr(self, it: Item, a: Attribute) -> None:
        """Clauses written in `#[verus_spec(r => requires .., ensures ..)]` (attr_rewrite.rs)."""
        T = self.T
        i = bisect_left(self.S, a.span[0])
        b = i + 1
        if a.path == "cfg_attr":   # `#[cfg_attr(cond, verus_spec(..))]`
            if b >= self.n or T[b] != "[":
                return
            ce = self.close(b)
            b = next((q - 1 for q in range(b + 1, ce) if T[q] == "verus_spec"
                      and T[q - 1] == "," and T[q + 1] == "("), -1)
            if b < 0:
                return
        if b + 2 >= self.n or T[b + 1] != "verus_spec" or T[b + 2] != "(":
            return
        e = self.close(b + 2)
        k = b + 3
        if k + 1 < e and T[k + 1] == "=>" and self.K[k] == "ident":
            it.ret_name = it.ret_name or T[k]
        while k < e and T[k] not in FN_CLAUSES:
            k = self.M[k] + 1 if T[k] in OPENERS else k + 1
        while k < e and T[k] in FN_CLAUSES:
            cl, k = self.clause(k, e)
            it.clauses.append(cl)

    def finish(self, it: Item, start: int, last: int) -> Item:
        last = max(min(last, self.n - 1), start)
        end = self.E[last] if self.M[last] != self.n or self.T[last] not in OPENERS \
            else len(self.src)
        it.span = (self.S[start], end)
        return it

    def macro(self, it: Item, start: int, k: int, j: int, in_verus: bool):
        T = self.T
        name = T[k]
        b = k + 2
        if name == "macro_rules" and b < j and self.K[b] == "ident":
            it.kind, it.name = "macro", T[b]
            b += 1
            if b < j and T[b] in OPENERS:   # templates (`$x`) are not code: no descent
                c = self.close(b)
                end = c + 1 if (c + 1 < j and T[c + 1] == ";") else c
                return self.finish(it, start, end), end + 1
        else:
            it.kind, it.name = "macro", name
        if b >= j or T[b] not in OPENERS:
            self.problem(k, f"macro `{name}!` without a body")
            return self.finish(it, start, min(b, j - 1)), min(b, j - 1) + 1
        c = self.close(b)
        end = c + 1 if (c + 1 < j and T[c + 1] == ";") else c
        if name in SM_MACROS:
            q = b + 1
            while q < c and T[q] != "{":
                q = self.M[q] + 1 if T[q] in OPENERS else q + 1
            if q < c:
                self.sm += 1
                it.children = self.items(q + 1, self.close(q), True, impl_of=T[b + 1])
                self.sm -= 1
            return self.finish(it, start, end), end + 1
        if name in VERUS_MACROS or name in self.verus_aliases:
            inner = (self.E[b], self.S[c] if self.M[b] < self.n else len(self.src))
            self.verus_spans.append(inner)
            kids = self.items(b + 1, min(c, j), True)
            return _Many(kids), end + 1
        # other macros: look for verus!/verus_code! nested in their token tree
        found = self.nested_verus(b + 1, c)
        if found:
            return _Many(found), end + 1
        return self.finish(it, start, end), end + 1

    def nested_verus(self, q: int, c: int) -> list[Item]:
        """Items of `verus!{..}`/`verus_code!{..}` (and the harness's `code!{..}`) nested in
        the token range [q, c) of a macro call or a const initializer."""
        T = self.T
        found: list[Item] = []
        while q < c:
            t = T[q]
            if (t in VERUS_MACROS or t in RUST_CODE_MACROS) and q + 2 < c and T[q + 1] == "!" \
                    and T[q + 2] in OPENERS and T[q - 1] != ".":
                qc = self.close(q + 2)
                verus = t in VERUS_MACROS
                if verus:
                    self.verus_spans.append((self.E[q + 2], self.S[qc]))
                found.extend(self.items(q + 3, min(qc, c), verus))
                q = qc + 1
                continue
            q += 1
        return found

    def impl_or_trait(self, it: Item, start: int, k: int, j: int, in_verus: bool):
        T, M = self.T, self.M
        kw = T[k]
        it.kind = kw
        k += 1
        if k < j and T[k] == "<":
            g0 = k
            k = self.skip_angles(k, j)
            it.generics = self.span(g0, k - 1)
        head = k
        for_at = -1
        while k < j:
            t = T[k]
            if t == "{" or t == ";" or t == "where":
                break
            if t == "<" or t == "<<":
                k = self.skip_angles(k, j)
                continue
            if t in OPENERS:
                k = M[k] + 1
                continue
            if t == "for" and kw == "impl":
                for_at = k
            k += 1
        if kw == "trait":
            it.name = T[head] if head < j else ""
            child_of = it.name
        else:
            self_start = for_at + 1 if for_at >= 0 else head
            it.name = self.text(self_start, k - 1)
            child_of = it.name
        while k < j and T[k] not in ("{", ";"):
            if T[k] in OPENERS:
                k = M[k]
            k += 1
        if k >= j:
            self.problem(start, f"`{kw}` without a body")
            return self.finish(it, start, j - 1), j
        if T[k] == ";":
            return self.finish(it, start, k), k + 1
        c = self.close(k)
        it.body = (self.S[k], self.end_of(k))
        it.children = self.items(k + 1, min(c, j), in_verus, impl_of=child_of)
        return self.finish(it, start, c), c + 1

    # ---- fns ---------------------------------------------------------------------------
    def fn_rest(self, it: Item, start: int, sig_start: int, k: int, j: int, named: bool):
        """Rest of a fn (or assume_specification) from the token after `fn`."""
        T, K = self.T, self.K
        for a in it.attrs:
            if a.args and _is_verus_spec(a):
                self.verus_spec_attr(it, a)
        if named:
            if k < j and K[k] == "ident":
                it.name = T[k]
                k += 1
            else:
                self.problem(k, "fn without a name")
        if k < j and T[k] == "<":
            g0 = k
            k = self.skip_angles(k, j)
            it.generics = self.span(g0, k - 1)
        if k < j and T[k] == "(":
            c = self.close(k)
            it.params = self.params(k + 1, min(c, j))
            k = c + 1
        elif named:   # `assume_specification[CONST] -> T` has no parameter list
            self.problem(k, f"fn `{it.name}` without parameters")
        sig_end = k - 1
        if k < j and T[k] == "->":
            r0 = k
            k += 1
            if k < j and T[k] == "(":
                c = self.close(k)
                q = k + 1
                if q + 1 < c and T[q] == "tracked" and K[q + 1] == "ident":
                    q += 1
                if q + 1 < c and K[q] == "ident" and T[q + 1] == ":":
                    it.ret_name = T[q]
                    k = c + 1
                else:
                    k = self.scan_type(k, j)
            else:
                k = self.scan_type(k, j)
            it.ret = self.span(r0, k - 1)
            sig_end = k - 1
        it.signature = self.span(sig_start, sig_end)
        # spec clauses, then the body or `;`
        while k < j:
            t = T[k]
            if t in FN_CLAUSES:
                cl, k = self.clause(k, j)
                it.clauses.append(cl)
                continue
            if t == "where":
                k = self.scan_type(k + 1, j, where=True)
                continue
            if t == "with":
                k, _ = self.scan_expr(k + 1, j)
                continue
            if t == "atomically" and k + 1 < j and T[k + 1] == "(":
                a0 = k
                k = self.close(k + 1) + 1
                if k < j and T[k] == "{":
                    c = self.close(k)
                    it.proofs.append(self.atomic_update(a0, k, c))
                    k = c + 1
                if k < j and T[k] == ",":
                    k += 1
                continue
            if t == "by" and k + 1 < j and T[k + 1] == "(":
                k = self.close(k + 1) + 1
                continue
            if t == "{":
                c = self.close(k)
                it.body = (self.S[k], self.end_of(k))
                self.body(it, k, min(c, self.n))
                return self.finish(it, start, c), c + 1
            if t == ";":
                return self.finish(it, start, k), k + 1
            self.problem(k, f"fn `{it.name}`: expected a spec clause, `{{` or `;`, found `{t}`")
            return self.finish(it, start, k - 1), k
        self.problem(start if start < self.n else self.n - 1, f"fn `{it.name}` is cut off")
        return self.finish(it, start, j - 1), j

    def scan_type(self, k: int, j: int, where: bool = False) -> int:
        """Index after a type (or with `where`, a where-clause) starting at k: stops at `{`,
        `;`, clause keywords, where/by/with (and `,` for a type)."""
        T, M = self.T, self.M
        while k < j:
            t = T[k]
            if t == "{" or t == ";" or t == "where" or (t == "," and not where) or (
                    (t in CLAUSE_KW or t == "by" or t == "with")
                    and T[k - 1] != "::" and (k + 1 >= j or T[k + 1] != "::")):
                return k   # (a clause word inside a path, `requires::T`, is a name)
            if t == "<" or t == "<<":   # `<<` opens two: `Map<<V as View>::V, u8>`
                k = self.skip_angles(k, j)
                continue
            if t in OPENERS:
                k = M[k] + 1
                continue
            if t in CLOSERS:
                return k
            k += 1
        return k

    def params(self, i: int, j: int) -> list[Param]:
        T, K = self.T, self.K
        out: list[Param] = []
        k = i
        while k < j:
            p0 = k
            colon = -1
            depth = 0
            while k < j:
                t = T[k]
                if t == "," and depth <= 0:
                    break
                if t in ANGLE_DEPTH:   # `m: Map<<V as View>::V, u8>`: `<<` opens two
                    depth += ANGLE_DEPTH[t]
                elif t == ":" and depth <= 0 and colon < 0:
                    colon = k
                elif t in OPENERS:
                    k = self.M[k]
                k += 1
            p1 = min(k, j) - 1
            if p1 >= p0:
                mode = ""
                q = p0
                while q <= p1 and T[q] == "#":   # attributes on params
                    q = self.close(q + 1) + 1 if q + 1 <= p1 else q + 1
                if q <= p1 and T[q] in ("tracked", "ghost") and q + 1 <= p1 and K[q + 1] == "ident":
                    mode = T[q]
                    q += 1
                name = ""
                lim = colon if colon >= 0 else p1 + 1
                for r in range(q, lim):
                    if K[r] == "ident" and T[r] not in ("mut", "ref"):
                        name = T[r]
                        if T[r] == "self":
                            break
                out.append(Param(span=self.span(p0, p1), name=name, mode=mode,
                                 type_span=self.span(colon + 1, p1) if colon >= 0 else None))
            k += 1
        return out

    def spec_node(self, kind: str, p: int, q: int, c: int, kinds) -> ProofNode:
        """A proof node starting at token p whose clauses (of `kinds`) start at q, then an
        optional `{ .. }` body (closure specs, `atomically |u|` blocks)."""
        node = ProofNode(kind, (self.S[p], self.S[p]))
        node.span = self.span(p, self.clauses_then_body(node, q, c, kinds))
        return node

    def clauses_then_body(self, node: ProofNode, q: int, c: int, kinds) -> int:
        """Parse clauses of `kinds` from token q, then an optional `{ .. }` body, into node;
        return the index of the node's last token."""
        T = self.T
        while q < c and T[q] in kinds:
            cl, q = self.clause(q, c)
            node.clauses.append(cl)
        last = q - 1
        if q < c and T[q] == "{":
            last = self.close(q)
            node.body = (self.S[q], self.end_of(q))
        return last

    def clause(self, k: int, j: int) -> tuple[Clause, int]:
        """Clause at keyword k: its expressions up to the next clause keyword / body."""
        T = self.T
        kw = T[k]
        self.claimed.add(k)
        stops = frozenset({"when", "via"}) if kw in ("decreases", "recommends", "no_unwind") \
            else frozenset()
        e, commas = self.scan_expr(k + 1, j, stops)
        cl = Clause(kind=kw, span=(0, 0), keyword=(self.S[k], self.E[k]))
        cl.exprs = self._exprs(k + 1, e, commas)
        last = e - 1
        while e < j and T[e] in ("when", "via"):
            w = e
            e, _ = self.scan_expr(w + 1, j, stops)
            sp = self.span(w + 1, e - 1)
            if T[w] == "when":
                cl.when = sp
            else:
                cl.via = sp
            last = e - 1
        cl.span = self.span(k, last)
        return cl, e

    def _exprs(self, a: int, e: int, commas: list[int]) -> list[Span]:
        out: list[Span] = []
        s = a
        for c in commas:
            if c > s:
                out.append(self.span(s, c - 1))
            s = c + 1
        if e > s:
            out.append(self.span(s, e - 1))
        return out

    # ---- bodies ------------------------------------------------------------------------
    def body(self, it: Item, b: int, c: int) -> None:
        """Loops and proof nodes inside the body braces [b, c]."""
        T, K, M = self.T, self.K, self.M
        pos = self.interesting
        lo = bisect_right(pos, b)
        hi = bisect_left(pos, c)
        for p in pos[lo:hi]:
            t = T[p]
            nxt = T[p + 1] if p + 1 < c else ""
            prev = T[p - 1]
            if prev in (".", "::", "fn"):
                continue
            if t in ("while", "loop", "for"):
                if t == "for" and nxt == "<":
                    continue
                lp = self.loop(p, c)
                if lp is not None:
                    it.loops.append(lp)
            elif t == "proof":
                if nxt == "{":
                    q = self.close(p + 1)
                    it.proofs.append(ProofNode("proof_block", self.span(p, q),
                                               body=(self.S[p + 1], self.end_of(p + 1))))
            elif t == "assert":
                if nxt == "(":
                    self.assert_(it, p, c)
                elif nxt == "forall":
                    e, _ = self.scan_expr(p + 2, c, frozenset({"by"}))
                    node = ProofNode("assert_forall", self.span(p, e - 1))
                    if e < c and T[e] == "by" and e + 1 < c and T[e + 1] == "{":
                        q = self.close(e + 1)
                        node.body = (self.S[e + 1], self.end_of(e + 1))
                        node.span = self.span(p, q)
                    it.proofs.append(node)
            elif t == "assume" or t == "admit":
                if nxt == "(":
                    q = self.close(p + 1)
                    it.proofs.append(ProofNode(t, self.span(p, q)))
            elif t in ("reveal", "reveal_with_fuel", "hide"):
                if nxt == "(":
                    q = self.close(p + 1)
                    a, e = p + 2, p + 2
                    while e < q and T[e] != ",":
                        e += 1
                    it.proofs.append(ProofNode("reveal", self.span(p, q),
                                               name=self.text(a, e - 1)))
            elif t == "let":
                if nxt in ("ghost", "tracked") and p + 2 < c and T[p + 2] not in (
                        "=", ":", ";", "|", ","):   # not `let ghost = ..` (a name)
                    e = self.to_semi(p + 2, c)
                    it.proofs.append(ProofNode("let_" + nxt, self.span(p, e - 1)))
            elif t == "invariant":
                if p not in self.claimed and nxt not in ("on", "(", "!") \
                        and self.clause_word_at(p, c):
                    # loop clauses come right after the loop header (LLM output often puts
                    # them inside the body or before the loop): Verus rejects them there
                    self.problem(p, "`invariant` outside a loop header")
            elif t == "atomically":
                if nxt == "|":   # `f() atomically |update| invariant .. { .. }` (logatom)
                    q = p + 2
                    while q < c and T[q] != "|" and T[q] not in CLOSERS:
                        q = self.M[q] + 1 if T[q] in OPENERS else q + 1
                    it.proofs.append(self.spec_node("atomic_block", p, q + 1, c, LOOP_CLAUSES))
            elif t == "requires" or t == "ensures":
                if p in self.claimed or not self.clause_word_at(p, c):
                    continue
                # a closure's spec: `|x| -> (r: T) requires .. ensures .. { .. }`
                it.proofs.append(self.spec_node("closure_spec", p, p, c, FN_CLAUSES))
            elif t == "verus_spec":
                # `#[verus_spec(invariant ..)] 'label: while ..`: clauses for the loop after it
                # (also `#[cfg_attr(cond, verus_spec(..))]`)
                if nxt == "(" and ((prev == "[" and T[p - 2] == "#") or prev == ","):
                    a = self.close(p + 1) + 1
                    while a < c and T[a] == ")":
                        a += 1
                    if not (a < c and T[a] == "]"):
                        continue
                    a += 1
                    if a + 2 < c and self.K[a] == "lifetime" and T[a + 1] == ":":
                        a += 2
                    if a < c and T[a] in ("while", "loop", "for"):
                        r = p + 2
                        if r + 1 < c and T[r + 1] == "=>":   # `#[verus_spec(iter => ..)] for`
                            r += 2
                        e, cls = self.close(p + 1), []
                        while r < e and T[r] in LOOP_CLAUSES:   # claims the keywords now
                            cl, r = self.clause(r, e)
                            cls.append(cl)
                        self.loop_specs[a] = cls
            elif t == "calc":
                if nxt == "!" and p + 2 < c and T[p + 2] in OPENERS:
                    q = self.close(p + 2)
                    it.proofs.append(ProofNode("calc", self.span(p, q),
                                               body=(self.S[p + 2], self.end_of(p + 2))))

    def assert_(self, it: Item, p: int, c: int) -> None:
        T = self.T
        q = self.close(p + 1)
        node = ProofNode("assert", self.span(p, q))
        k = q + 1
        if k < c and T[k] == "by":
            node.kind = "assert_by"
            k += 1
            if k < c and T[k] == "(":
                pc = self.close(k)
                node.prover = self.text(k + 1, pc - 1)
                node.span = self.span(p, self.clauses_then_body(node, pc + 1, c, ("requires",)))
            elif k < c and T[k] == "{":
                last = self.close(k)
                node.body = (self.S[k], self.end_of(k))
                node.span = self.span(p, last)
        it.proofs.append(node)

    def loop(self, p: int, c: int) -> Loop | None:
        T = self.T
        kw = T[p]
        lp = Loop(kind=kw, span=(0, 0), header=(self.E[p], self.E[p]))
        if p >= 2 and self.K[p - 2] == "lifetime" and T[p - 1] == ":":
            lp.label = T[p - 2]
        k = p + 1
        # `#[verus_spec(invariant .., ensures ..)]` on the loop (parsed with the attribute)
        lp.clauses.extend(self.loop_specs.pop(p, ()))
        if kw == "loop" and k < c and T[k] == "|":
            # `f() atomically loop |update| invariant .. { .. }` (logically atomic calls)
            q = k + 1
            while q < c and T[q] != "|" and T[q] not in CLOSERS:
                q = self.M[q] + 1 if T[q] in OPENERS else q + 1
            k = q + 1
            if k < c and T[k] == "->":   # `|update| -> (au: AU)`
                k = self.scan_type(k + 1, c)
        if kw != "loop":
            e, _ = self.scan_expr(k, c, clause_start=False)
            if kw == "for" and "in" not in T[k:e]:
                return None   # `impl X for Y` of a nested item, not a loop
            lp.header = self.span(k, e - 1)
            k = e
        while k < c and T[k] in LOOP_CLAUSES:
            cl, k = self.clause(k, c)
            lp.clauses.append(cl)
        if k < c and T[k] == "{":
            q = self.close(k)
            lp.body = (self.S[k], self.end_of(k))
            lp.span = self.span(p, q)
            return lp
        if kw == "for" and not lp.clauses:
            return None   # not a loop (e.g. `impl X for Y` in a nested item)
        self.problem(k if k < self.n else self.n - 1, f"`{kw}` loop without a body")
        lp.span = self.span(p, k - 1)
        return lp


class _Many(list):
    """Several items produced by one construct (the contents of a `verus!` macro)."""


def _flatten(items: list) -> list[Item]:
    out: list[Item] = []
    for x in items:
        if isinstance(x, _Many):
            out.extend(_flatten(x))
        else:
            out.append(x)
            if x.children:
                x.children = _flatten(x.children)
    return out


_TS_PARSER = None


def _ts_parser():
    global _TS_PARSER
    if _TS_PARSER is None:
        import tree_sitter as ts
        import tree_sitter_rust as tsr
        _TS_PARSER = ts.Parser(ts.Language(tsr.language()))
    return _TS_PARSER


def _ts_diagnostics(src: bytes, verus_spans: list[Span]) -> list[tuple[int, str]]:
    """Syntax errors tree-sitter-rust finds in plain Rust (token trees of macros, where
    Verus syntax lives, are skipped: tree-sitter does not know Verus operators)."""
    orig = src
    starts_new: list[int] = [0]   # piece i of the reduced text starts at starts_new[i] ...
    starts_old: list[int] = [0]   # ... and came from starts_old[i] of the original
    if verus_spans:
        # tree-sitter only judges plain Rust: drop the verus! contents (`verus! {}` stays),
        # which keeps its cost proportional to the Rust outside the macro
        pieces, pos, new = [], 0, 0
        for a, b in verus_spans:
            if a < pos:
                continue
            pieces.append(src[pos:a])
            new += a - pos
            pos = b
            starts_new.append(new)
            starts_old.append(b)
        pieces.append(src[pos:])
        src = b"".join(pieces)
    tree = _ts_parser().parse(src)
    root = tree.root_node
    if not root.has_error:
        return []
    out: list[tuple[int, str]] = []
    for child in root.children:
        if not child.has_error:
            continue
        stack = [child]
        while stack:
            nd = stack.pop()
            if nd.type == "token_tree":
                continue
            if nd.is_error and src.startswith(b"#[", nd.start_byte):
                # an outer attribute on an expression (`(#[verus_spec(..)] f(x))`): rustc
                # accepts it (stmt_expr_attributes), tree-sitter-rust does not
                continue
            if nd.is_error or nd.is_missing:
                s = nd.start_byte
                q = bisect_right(starts_new, s) - 1
                s = s - starts_new[q] + starts_old[q]   # back to an offset of the original
                if s <= len(orig) and not any(a <= s < b for a, b in verus_spans):
                    what = f"missing `{nd.type}`" if nd.is_missing else "syntax error"
                    out.append((s, f"{what} in Rust code outside verus! (tree-sitter-rust)"))
                break
            stack.extend(reversed([ch for ch in nd.children if ch.has_error or ch.is_missing]))
        if len(out) >= 5:
            break
    return out


def _resolve_lemma_calls(p: _Parser, items: list[Item], names: "set[str] | frozenset[str] | None" = None,
                         base: int = 0) -> None:
    """Add a `lemma_call` proof node to each fn body call of a proof fn (axiom) of the file
    (of `names`, if given); `base`: where `p`'s text starts in the fns' spans."""
    fns = [f for top in items for f in top.walk() if f.kind == "fn"]
    if names is None:
        names = {f.name for f in fns if f.mode in ("proof", "axiom") and f.name}
    if not names:
        return
    T, M = p.T, p.M
    pos = [i for i, t in enumerate(T) if t in names]
    if not pos:
        return
    for f in fns:
        if f.body is None:
            continue
        b0 = bisect_left(p.S, f.body[0] - base)
        b1 = bisect_left(p.S, f.body[1] - base)
        added = False
        for q in pos[bisect_right(pos, b0):bisect_left(pos, b1)]:
            if T[q - 1] == "fn" or q + 1 >= p.n:
                continue
            a = q + 1
            if T[a] == "::" and a + 1 < p.n and T[a + 1] in ("<", "<<"):
                a = p.skip_angles(a + 1, p.n)
            if a < p.n and T[a] == "(":
                s = q
                while s >= 2 and T[s - 1] == "::" and p.K[s - 2] == "ident":
                    s -= 2
                s0, e0 = p.span(s, p.close(a))
                f.proofs.append(ProofNode("lemma_call", (s0 + base, e0 + base), name=T[q]))
                added = True
        if added:
            f.proofs.sort(key=lambda n: n.span)


def relink_lemma_calls(fn: Item, src: bytes, proof_fns: "set[str] | frozenset[str]") -> None:
    """Redo `fn`'s `lemma_call` nodes as a parse of the file `src` (which holds `fn` at its
    span) would make them when the file's proof fns are `proof_fns`: what a call is depends
    on the file around the fn, and a slice keeps other fns than the unit's own file."""
    if fn.body is None:
        return
    had = any(n.kind == "lemma_call" for n in fn.proofs)
    fn.proofs = [n for n in fn.proofs if n.kind != "lemma_call"]
    base = fn.span[0]
    part = src[base:fn.span[1]]
    _resolve_lemma_calls(_Parser(part, lex(part)), [fn], names=proof_fns, base=base)
    if had:
        fn.proofs.sort(key=lambda n: n.span)


def parse(text: str | bytes, path: str = "", use_tree_sitter: bool = True) -> ParsedFile:
    """Parse Rust/Verus source into a ParsedFile; never raises (problems -> diagnostics)."""
    if isinstance(text, str):
        src = text.encode("utf-8", "surrogateescape")
    else:
        src = bytes(text)
    pf = ParsedFile(source=src)
    try:
        _parse_into(pf, src, use_tree_sitter)
    except Exception as e:  # a bug of ours must not kill a build: report it as a diagnostic
        pf.diagnostics.append(Diagnostic(f"internal parser error: {type(e).__name__}: {e}",
                                         1, 1, 0))
    return pf


def _parse_into(pf: ParsedFile, src: bytes, use_tree_sitter: bool) -> None:
    problems: list[tuple[int, str]] = []
    try:
        src.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.append((e.start, "invalid UTF-8 byte"))
    lr = lex(src)
    p = _Parser(src, lr)
    if p.n:
        items = _flatten(p.items(0, p.n, False))
        _resolve_lemma_calls(p, items)
    else:
        items = []
    pf.items = items
    verus = sorted(p.verus_spans)
    regions: list[Region] = []
    pos = 0
    for a, b in verus:
        if a < pos:
            continue
        if a > pos:
            regions.append(Region("rust", (pos, a)))
        regions.append(Region("verus", (a, b)))
        pos = b
    if pos < len(src) or not regions:
        regions.append(Region("rust", (pos, len(src))))
    pf.regions = regions
    problems.extend(p.problems)
    # tree-sitter judges the Rust outside verus!; where our own pass already failed there
    # (typically LLM prose after the code) the file is flagged anyway, and tree-sitter's
    # error recovery on prose costs more than the rest of the parse, so it is skipped
    if use_tree_sitter and src and not any(
            not any(a <= off < b for a, b in verus) for off, _ in p.problems):
        problems.extend(_ts_diagnostics(src, verus))
    seen = set()
    for off, msg in sorted(problems):
        line, col = _line_col(src, off)
        if (line, msg) in seen:
            continue
        seen.add((line, msg))
        pf.diagnostics.append(Diagnostic(msg, line, col, off))


def impl_trait_name(texts: list[str], kinds: list[str]) -> str:
    """Trait of an impl header's tokens (`impl<..> a::Tr<..> for T`), '' for an inherent
    impl; angle groups are skipped with the parser's own rule (`<<`, `>=`, `>>=` included)."""
    if "impl" not in texts:
        return ""
    n = len(texts)
    z = [0] * n
    p = _Parser(b"", LexResult(texts, z, z, kinds, []))
    k = texts.index("impl") + 1
    if k < n and texts[k] in ("<", "<<"):
        k = p.skip_angles(k, n)
    last = ""
    while k < n:
        t = texts[k]
        if t in ("{", ";", "where"):
            return ""
        if t in ("<", "<<"):
            k = p.skip_angles(k, n)
            continue
        if t in ("(", "[", "{"):
            k = p.M[k] + 1
            continue
        if t == "for":
            return last
        if kinds[k] == "ident":
            last = t
        k += 1
    return ""


def struct_fields(texts: list[str], kinds: list[str]) -> list[tuple[str, int, int, bool]]:
    """Fields of a struct item's tokens: (name, start, end, public) with the span of each
    field's type tokens, a tuple struct's named `0`, `1`, ..; public: plain `pub` (not
    `pub(crate)` and the like); [] for a unit struct. Attributes (before the item or a
    field), visibility and `ghost`/`tracked` are skipped; angle groups by the parser's rule."""
    if "struct" not in texts:
        return []
    n = len(texts)
    z = [0] * n
    p = _Parser(b"", LexResult(texts, z, z, kinds, []))
    k = texts.index("struct") + 2         # past the name
    if k < n and texts[k] in ("<", "<<"):
        k = p.skip_angles(k, n)
    if k < n and texts[k] != "(":         # a named struct's `{`, after any where clause
        while k < n and texts[k] not in ("{", ";"):
            k = p.M[k] + 1 if texts[k] in OPENERS and p.M[k] > k else k + 1
    if k >= n or texts[k] not in ("(", "{") or p.M[k] <= k:
        return []
    end, tup = p.M[k], texts[k] == "("
    parts, start, depth, j = [], k + 1, 0, k + 1
    while j < end:
        t = texts[j]
        if t in OPENERS and p.M[j] > j:
            j = p.M[j]
        elif t in ANGLE_DEPTH:
            depth += ANGLE_DEPTH[t]
        elif t == "," and depth <= 0:
            parts.append((start, j))
            start = j + 1
        j += 1
    parts.append((start, end))
    out = []
    for a, b in parts:
        public = False
        while a < b and (texts[a] == "#" or texts[a] in ("pub", "ghost", "tracked")):
            if texts[a] == "#" and a + 1 < b and texts[a + 1] == "[":
                a = p.M[a + 1] + 1
            elif texts[a] == "pub" and a + 1 < b and texts[a + 1] == "(":
                a = p.M[a + 1] + 1
            else:
                public = public or texts[a] == "pub"
                a += 1
        if a >= b:
            continue
        if tup:
            out.append((str(len(out)), a, b, public))
        elif a + 1 < b and kinds[a] == "ident" and texts[a + 1] == ":":
            out.append((texts[a], a + 2, b, public))
    return out
