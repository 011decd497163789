"""Golden and property tests of verusbench.syntax.tokenize (the integrity checker's token stream)."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from verusbench.syntax import tokenize
from verusbench.syntax.lexer import RAW_TOKEN_RE, raw_tokens


def pairs(text):
    return [(t.kind, t.text) for t in tokenize(text)]


def test_verus_operators_are_single_tokens():
    ops = ["&&&", "|||", "==>", "<==>", "<==", "===", "!==", "=~=", "!~=", "=~~=", "!~~=",
           "->", "::", "=>", "..=", "..", "&&", "||", "<=", ">="]
    for op in ops:
        assert pairs(f"a {op} b") == [("ident", "a"), ("punct", op), ("ident", "b")], op
    assert pairs("a<==>b") == [("ident", "a"), ("punct", "<==>"), ("ident", "b")]
    assert pairs("s=~=t") == [("ident", "s"), ("punct", "=~="), ("ident", "t")]


def test_comments_and_whitespace_are_dropped_spans_are_bytes():
    src = "é /* a /* nested */ still */ x // tail\n y"
    toks = tokenize(src)
    b = src.encode()
    assert [t.text for t in toks] == ["é", "x", "y"]
    for t in toks:
        assert b[t.span[0]:t.span[1]].decode() == t.text
    assert toks[1].span == (b.index(b" x ") + 1, b.index(b" x ") + 2)


def test_literals_lifetimes_chars():
    src = """fn f<'a>(x: &'a u8) { let c = 'z'; let e = '\\n'; 'outer: loop {} r#"q"x"# b"by" 0x1Fu8 1.5e3 7int 1..2 }"""
    got = pairs(src)
    assert ("lifetime", "'a") in got and ("lifetime", "'outer") in got
    for lit in ["'z'", "'\\n'", 'r#"q"x"#', 'b"by"', "0x1Fu8", "1.5e3", "7int"]:
        assert ("literal", lit) in got, lit
    i = got.index(("literal", "1"))
    assert got[i:i + 3] == [("literal", "1"), ("punct", ".."), ("literal", "2")]


def test_strings_hide_comment_markers_and_quotes():
    assert pairs('"a // not a comment \\" still" x') == [
        ("literal", '"a // not a comment \\" still"'), ("ident", "x")]


def test_token_stream_ignores_layout():
    a = "fn f(x: u8) -> u8\n  requires x > 0, // why\n{ x }"
    b = "fn f ( x : u8 )->u8 requires x>0,{x}"
    assert pairs(a) == pairs(b)


def test_unterminated_input_does_not_raise():
    for src in ['"open', "/* open", "'", "b'", "\x00\xff", b"\xff\xfe fn", ""]:
        toks = tokenize(src)
        assert isinstance(toks, list)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_raw_tokens_tile_any_bytes(data):
    toks, starts = raw_tokens(data)
    assert b"".join(toks) == data
    assert all(s == sum(map(len, toks[:i])) for i, s in enumerate(starts[:5]))
    for t in tokenize(data):
        assert t.span[0] < t.span[1] <= len(data)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="ab =<>!~&|-:.'\"/*\n{}()#", max_size=80))
def test_tokens_concatenate_to_text_without_trivia(text):
    toks = tokenize(text)
    b = text.encode()
    prev = 0
    for t in toks:
        assert t.span[0] >= prev
        assert b[t.span[0]:t.span[1]].decode("utf-8", "surrogateescape") == t.text
        prev = t.span[1]
