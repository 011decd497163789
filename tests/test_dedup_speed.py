"""dedup's faster shingling and shared-permutation sketches give the hashes and clusters the
plain per-window / per-sketch versions give."""

from __future__ import annotations

import zlib

import numpy as np
from datasketch import MinHash

from verusbench import dedup


def _shingles_reference(toks, n=dedup.SHINGLE):
    grams = ([" ".join(toks)] if toks else []) if len(toks) < n else \
        [" ".join(toks[i:i + n]) for i in range(len(toks) - n + 1)]
    return np.array(sorted({zlib.crc32(g.encode("utf-8", "surrogatepass")) for g in grams}),
                    dtype=np.uint64)


TEXTS = ["", "a", "fn f() { }", "x \udcff y é z w v u", "fn f(x: u8) -> u8 { x + 1 } // c\n" * 7]


def test_shingles_equal_the_per_window_version():
    for t in TEXTS:
        toks = dedup.tokens(t)
        assert dedup.shingle_hashes(toks).tolist() == _shingles_reference(toks).tolist()


def test_generator_sketches_equal_separately_built_ones():
    docs = [_shingles_reference(dedup.tokens(t)).tolist() for t in TEXTS]
    shared = list(MinHash.generator(docs, num_perm=dedup.NUM_PERM, hashfunc=int))
    for d, m in zip(docs, shared):
        alone = MinHash(num_perm=dedup.NUM_PERM, hashfunc=int)
        alone.update_batch(d)
        assert (alone.hashvalues == m.hashvalues).all()


def test_near_copies_still_cluster_and_strangers_do_not():
    body = " ".join(f"let v{i} = f(v{i - 1}, {i});" for i in range(1, 60))
    cl = dedup.Clusterer()
    cl.add("a", body)
    cl.add("b", body.replace("v30 ", "w30 ", 1))
    cl.add("c", " ".join(f"g{i}(q{i})" for i in range(80)))
    cid = cl.clusters()
    assert cid["a"] == cid["b"] != cid["c"]
