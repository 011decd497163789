"""Property tests: truncations, byte flips and deletions of real corpus files never make
parse() raise, and segments() always reassemble the input byte for byte."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from verusbench.syntax import parse, segments, tokenize

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _sample_files(n_per_source: int = 4, max_bytes: int = 12_000) -> list[bytes]:
    out: list[bytes] = []
    for f in sorted(CORPUS.glob("*.jsonl.gz")):
        k = 0
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                t = r["text"]
                if r["path"].endswith(".rs") and "verus!" in t and len(t) < max_bytes:
                    out.append(t.encode())
                    k += 1
                    if k >= n_per_source:
                        break
    return out


FILES = _sample_files() if CORPUS.is_dir() else []
needs_corpus = pytest.mark.skipif(not FILES, reason="shared corpus not found at ../shared/corpus")


def _check(data: bytes) -> None:
    pf = parse(data)
    assert pf.source == data
    segs = segments(pf)
    assert b"".join(data[s:e] for _, (s, e) in segs) == data
    assert all(a[1][1] == b[1][0] for a, b in zip(segs, segs[1:]))
    for it in pf.walk():
        s, e = it.span
        assert 0 <= s <= e <= len(data)
        for c in it.clauses:
            for x, y in c.exprs:
                assert s <= x <= y <= len(data)
    for d in pf.diagnostics:
        assert d.line >= 1 and d.col >= 1 and 0 <= d.byte <= len(data)
    tokenize(data)


@needs_corpus
def test_corpus_sample_parses_clean():
    assert len(FILES) >= 20
    clean = sum(parse(b).ok for b in FILES)
    assert clean >= 0.9 * len(FILES)


@needs_corpus
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_truncation(data):
    src = data.draw(st.sampled_from(FILES))
    cut = data.draw(st.integers(0, len(src)))
    _check(src[:cut])


@needs_corpus
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_byte_flips(data):
    src = bytearray(data.draw(st.sampled_from(FILES)))
    for _ in range(data.draw(st.integers(1, 8))):
        i = data.draw(st.integers(0, len(src) - 1))
        src[i] = data.draw(st.integers(0, 255))
    _check(bytes(src))


@needs_corpus
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_deletions(data):
    src = data.draw(st.sampled_from(FILES))
    for _ in range(data.draw(st.integers(1, 4))):
        if not src:
            break
        i = data.draw(st.integers(0, len(src) - 1))
        n = data.draw(st.integers(1, 40))
        src = src[:i] + src[i + n:]
    _check(src)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes(data):
    _check(data)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="verus!{}()[]<>|&=~#;,: fnspecproofrequiresensures'\"/*\n", max_size=200))
def test_random_verusish_text(text):
    _check(text.encode())
