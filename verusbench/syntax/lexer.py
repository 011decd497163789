"""Token layer of the Verus syntax model: a regex lexer for Rust + Verus tokens.

tree-sitter-rust lexes the inside of `verus!{}` as a token tree, but it has no Verus
operators (`=~=` becomes an ERROR leaf, `==>` two tokens), so the leaf ranges are lexed
here directly with one compiled regex (about 10x faster than walking leaf nodes in Python).
Every byte of the input lands in exactly one raw token, so raw tokens tile the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate, compress
from operator import add

# Longest operators first: Verus's own (verus_syn token.rs) then Rust's.
_PUNCT_MULTI = [
    "<==>", "=~~=", "!~~=", "&&&", "|||", "===", "!==", "==>", "<==", "=~=", "!~=",
    "<<=", ">>=", "...", "..=", "::", "->", "=>", "==", "!=", "<=", ">=", "&&", "||",
    "+=", "-=", "*=", "/=", "%=", "^=", "&=", "|=", "<<", ">>", "..",
]

_RAW = rb"""
 (?:[ \t\r\n\f\v]+)                                   # whitespace
|(?://[^\n]*)                                          # line comment
|(?:/\*(?:[^*/]|\*(?!/)|/(?!\*))*\*/)                  # block comment (non-nested)
|(?:[bc]?r\#\#\#".*?"\#\#\#|[bc]?r\#\#".*?"\#\#|[bc]?r\#".*?"\#|[bc]?r"[^"]*")  # raw strings
|(?:[bc]?"(?:[^"\\]|\\.)*")                           # strings
|(?:b?'(?:[^'\\\n\x80-\xff]|[\xc0-\xff][\x80-\xbf]{1,3}|\\(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F_]{1,8}\}|[^\n]))')  # chars
|(?:'(?:r\#)?[A-Za-z_\x80-\xff][A-Za-z0-9_\x80-\xff]*)  # lifetimes / labels
|(?:r\#[A-Za-z_][A-Za-z0-9_]*)                        # raw identifiers
|(?:[A-Za-z_\x80-\xff][A-Za-z0-9_\x80-\xff]*)         # identifiers and keywords
|(?:0[xob][0-9a-fA-F_]*(?:[g-zG-Z_][A-Za-z0-9_]*)?)    # based integers
|(?:[0-9][0-9_]*(?:\.(?![.A-Za-z_])[0-9_]*)?(?:[eE][+-]?[0-9][0-9_]*)?(?:[A-Za-z_][A-Za-z0-9_]*)?)  # numbers
|""" + b"|".join(re.escape(p.encode()) for p in _PUNCT_MULTI) + rb"""
|(?:.)                                                 # any other single byte
"""
RAW_TOKEN_RE = re.compile(_RAW, re.S | re.X)

_ID_START = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_") | frozenset(range(0x80, 0x100))
_DIGITS = frozenset(b"0123456789")
_WS = frozenset(b" \t\r\n\f\v")
_PUNCT_CHARS = frozenset(b"!#$%&()*+,-./:;<=>?@[\\]^`{|}~")


def _classify(tok: bytes) -> str:
    """Kind of one raw token: ws, comment, ident, literal, lifetime, punct, error."""
    c = tok[0]
    if c in _WS:
        return "ws"
    if c == 0x2F and len(tok) > 1 and tok[1] in (0x2F, 0x2A):  # // or /*
        return "comment"
    if c in _ID_START:
        if c in b"bcr" and len(tok) > 1 and (tok[-1] in b"\"'#" and (b'"' in tok or b"'" in tok)):
            return "literal"
        if tok[:2] == b"r#":
            return "ident"
        return "ident"
    if c in _DIGITS or c == 0x22:
        return "literal" if (c in _DIGITS or (len(tok) > 1 and tok[-1] == 0x22)) else "error"
    if c == 0x27:
        if len(tok) > 2 and tok[-1] == 0x27:
            return "literal"
        if len(tok) > 1:
            return "lifetime"
        return "punct"
    if c in _PUNCT_CHARS:
        return "punct"
    return "error"


_KIND_CACHE: dict[bytes, str] = {}


def raw_tokens(src: bytes, start: int = 0, end: int | None = None) -> tuple[list[bytes], list[int]]:
    """All raw tokens (trivia included) of `src[start:end]` and their start offsets."""
    piece = src[start:end] if (start or end is not None) else src
    toks = RAW_TOKEN_RE.findall(piece)
    starts = list(accumulate(map(len, toks), initial=start))
    starts.pop()
    return toks, starts


@dataclass(slots=True)
class Token:
    kind: str               # ident | punct | literal | lifetime | error
    text: str
    span: tuple[int, int]   # byte offsets into the UTF-8 bytes


@dataclass
class LexResult:
    """Significant tokens of a range as parallel lists, plus lexical problems."""
    texts: list[str]
    starts: list[int]
    ends: list[int]
    kinds: list[str]
    problems: list[tuple[int, str]]   # (byte offset, message)


_STR_CACHE: dict[bytes, str] = {}
_SIGNIFICANT = frozenset({"ident", "punct", "literal", "lifetime", "error"})


def _lex_fast(src: bytes, start: int = 0, end: int | None = None) -> LexResult:
    """One regex pass; right up to its first `unterminated ..` problem (see _relex_slow)."""
    toks, starts = raw_tokens(src, start, end)
    kc = _KIND_CACHE
    sc = _STR_CACHE
    # whole-list passes (map/compress run in C): a per-token Python loop was the hot path
    kinds_all = list(map(kc.get, toks))
    if None in kinds_all:
        for i, k in enumerate(kinds_all):
            if k is None:
                tok = toks[i]
                k = kinds_all[i] = _classify(tok)
                if len(tok) < 64:
                    kc[tok] = k
    mask = list(map(_SIGNIFICANT.__contains__, kinds_all))
    sig = list(compress(toks, mask))
    ss = list(compress(starts, mask))
    kinds = list(compress(kinds_all, mask))
    es = list(map(add, ss, map(len, sig)))
    texts = list(map(sc.get, sig))
    if None in texts:
        for i, t in enumerate(texts):
            if t is None:
                tok = sig[i]
                t = texts[i] = tok.decode("utf-8", "surrogateescape")
                if len(tok) < 64:
                    sc[tok] = t
    problems: list[tuple[int, str]] = []
    if "error" in kinds:
        for i, k in enumerate(kinds):
            if k == "error":
                t = texts[i]
                problems.append((ss[i], "unterminated string literal" if t == '"'
                                 else f"unexpected character {t!r}"))
    if b"/*" in (src[start:end] if (start or end is not None) else src):
        for i, t in enumerate(texts):
            if t == "/" and src[ss[i] + 1:ss[i] + 2] == b"*":
                problems.append((ss[i], "unterminated or nested block comment"))
        problems.sort()
    if len(kc) > 200_000:
        kc.clear()
        sc.clear()
    return LexResult(texts, ss, es, kinds, problems)


def lex(src: bytes, start: int = 0, end: int | None = None) -> LexResult:
    """Lex `src[start:end]` into significant tokens (comments/whitespace dropped)."""
    lr = _lex_fast(src, start, end)
    if lr.problems and any(m.startswith("unterminated") for _, m in lr.problems):
        return _relex_slow(src, end, lr)
    return lr


def _relex_slow(src: bytes, end: int | None, lr: LexResult) -> LexResult:
    """Careful path for nested block comments and unterminated literals (rare): the fast
    lex holds up to its first such problem; from there one comment is scanned by depth (or
    the string runs to the end, like rustc), and the fast lex resumes after it."""
    end = len(src) if end is None else end
    texts: list[str] = []
    ss: list[int] = []
    es: list[int] = []
    kinds: list[str] = []
    probs: list[tuple[int, str]] = []
    while True:
        problems = lr.problems
        bad = next((p for p, m in problems if m.startswith("unterminated")), None)
        if bad is None:
            texts += lr.texts
            ss += lr.starts
            es += lr.ends
            kinds += lr.kinds
            probs += problems
            break
        n = bisect_left(lr.starts, bad)
        texts += lr.texts[:n]
        ss += lr.starts[:n]
        es += lr.ends[:n]
        kinds += lr.kinds[:n]
        probs += [pm for pm in problems if pm[0] < bad]
        if not src.startswith(b"/*", bad):
            # unterminated string: like rustc, it runs to the end of the range
            probs.append((bad, "unterminated string literal"))
            texts.append(src[bad:end].decode("utf-8", "surrogateescape"))
            ss.append(bad)
            es.append(end)
            kinds.append("literal")
            break
        depth, p = 1, bad + 2
        while p < end and depth:
            o, c = src.find(b"/*", p, end), src.find(b"*/", p, end)
            if c < 0:
                p = end
                break
            if 0 <= o < c:
                depth, p = depth + 1, o + 2
            else:
                depth, p = depth - 1, c + 2
        if depth:
            probs.append((bad, "unterminated block comment"))
        if p >= end:
            break
        lr = _lex_fast(src, p, end)
    return LexResult(texts, ss, es, kinds, probs)


def tokenize(text: str | bytes) -> list[Token]:
    """Significant tokens of a Rust/Verus text (no comments/whitespace), spans in bytes."""
    src = text.encode("utf-8", "surrogateescape") if isinstance(text, str) else bytes(text)
    lr = lex(src)
    return [Token(k, t, (s, e)) for t, s, e, k in zip(lr.texts, lr.starts, lr.ends, lr.kinds)]
