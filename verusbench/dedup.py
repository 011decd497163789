"""Exact and near-duplicate clusters (datasketch MinHash LSH over token shingles).

Documents are the texts a row exposes: a unit's fn and its context (its file, or its slice), a
repair row's failing and passing files. Two documents join one cluster when their normalised
token streams (comments and whitespace gone) are equal, or when MinHash estimates their
shingle Jaccard at or above the threshold; the LSH threshold sits below it so pairs truly at
>= 0.8 are not missed. Owners are also joined by hand (`link`: units sharing a file), or only
if an anchor's own document turns out to be a copy of someone else's (`link_if_copied`: a
sliced unit joins its file's cluster when the file is a copy of another one).
`cluster_id` is one id per connected component of owners (units / rows).
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

import numpy as np

SHINGLE = 5
NUM_PERM = 128
JACCARD = 0.8           # near-duplicate threshold (estimated)
LSH_THRESHOLD = 0.7     # candidate threshold: well below JACCARD to keep false negatives rare
MIN_TOKENS_FN = 30      # tiny fns (`{ a + b }`) are common idioms, not copies: no fn-level links

_COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)
_TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|\d[\w.]*|\"(?:\\.|[^\"\\])*\"|[^\s\w]")


def tokens(text: str) -> list[str]:
    """Tokens of code with comments and whitespace dropped."""
    return _TOKEN.findall(_COMMENT.sub(" ", text))


def normalized(text: str) -> str:
    return " ".join(tokens(text))


def shingle_hashes(toks: list[str], n: int = SHINGLE) -> np.ndarray:
    """crc32 of each n-token window (deterministic across processes, unlike hash())."""
    # tokens encoded once and windows joined as bytes: the same bytes as encoding each
    # joined window, without a per-window encode
    bt = [t.encode("utf-8", "surrogatepass") for t in toks]
    if len(bt) < n:
        grams = [b" ".join(bt)] if bt else []
    else:
        grams = [b" ".join(bt[i:i + n]) for i in range(len(bt) - n + 1)]
    return np.array(sorted(set(map(zlib.crc32, grams))), dtype=np.uint64)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        p = self.parent.setdefault(x, x)
        while p != self.parent[p]:
            self.parent[p] = self.parent[self.parent[p]]
            p = self.parent[p]
        self.parent[x] = p
        return p

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


@dataclass
class DedupStats:
    documents: int = 0
    exact_duplicate_docs: int = 0
    near_duplicate_links: int = 0
    clusters: int = 0
    owners_in_multi_clusters: int = 0
    largest_cluster: int = 0
    extra: dict = field(default_factory=dict)


class Clusterer:
    """Collect (owner, text) documents, then `clusters()` maps owner -> cluster id."""

    def __init__(self, jaccard: float = JACCARD, lsh_threshold: float = LSH_THRESHOLD,
                 num_perm: int = NUM_PERM) -> None:
        self.jaccard = jaccard
        self.lsh_threshold = lsh_threshold
        self.num_perm = num_perm
        self.uf = _UnionFind()
        self.doc_owners: dict[str, set[str]] = defaultdict(set)   # norm hash -> owners
        self.doc_text: dict[str, list[str]] = {}                   # norm hash -> tokens
        self.owners: set[str] = set()
        self.stats = DedupStats()
        #: anchor -> (owners to join it if copied, prefix of owners whose copies do not count)
        self.deferred: dict[str, tuple[list[str], str]] = {}
        self.anchors: set[str] = set()     # owners of no row: they neither name nor count clusters

    def add(self, owner: str, text: str, min_tokens: int = 0) -> None:
        """A document of `owner`; documents with fewer than min_tokens only anchor the owner."""
        self.owners.add(owner)
        self.uf.find(owner)
        toks = tokens(text)
        if len(toks) < max(min_tokens, 1):
            return
        self.stats.documents += 1
        key = hashlib.sha1(" ".join(toks).encode("utf-8", "surrogatepass")).hexdigest()
        if key in self.doc_owners:
            self.stats.exact_duplicate_docs += 1
        else:
            self.doc_text[key] = toks
        self.doc_owners[key].add(owner)

    def link(self, a: str, b: str) -> None:
        """Put two owners in one cluster whatever their texts (e.g. units of one file)."""
        self.owners.update((a, b))
        self.uf.union(a, b)

    def add_anchor(self, anchor: str, text: str) -> None:
        """A document owned by no row (a whole file some owners hang on): it links owners like
        any document, but names no cluster and is left out of the counts and of the result."""
        self.anchors.add(anchor)
        self.add(anchor, text)

    def link_if_copied(self, anchor: str, owner: str, ignore_prefix: str = "") -> None:
        """Put `owner` in `anchor`'s cluster only if one of the anchor's documents is an exact or
        near duplicate of a document of an owner whose key does not start with `ignore_prefix`
        (decided in `clusters()`). Without such a copy, `owner` clusters by its own documents."""
        self.owners.update((anchor, owner))
        self.uf.find(owner)
        self.deferred.setdefault(anchor, ([], ignore_prefix))[0].append(owner)

    def _copied(self, partners: dict[str, set[str]], a: set[str], b: set[str]) -> None:
        for o in a & self.deferred.keys():
            partners[o] |= b - {o}

    def clusters(self, progress: bool = False) -> dict[str, str]:
        from datasketch import MinHash, MinHashLSH

        partners: dict[str, set[str]] = defaultdict(set)   # anchor -> owners of its copies
        # exact duplicates: every owner of one normalised document joins one cluster
        doc_root: dict[str, str] = {}
        for key, owners in self.doc_owners.items():
            it = iter(sorted(owners))
            first = next(it)
            for o in it:
                self.uf.union(first, o)
            doc_root[key] = first
            if len(owners) > 1:
                self._copied(partners, owners, owners)
        lsh = MinHashLSH(threshold=self.lsh_threshold, num_perm=self.num_perm)
        sketches: dict[str, MinHash] = {}
        keys = sorted(self.doc_text)
        it: Iterable[str] = keys
        if progress:
            from tqdm import tqdm
            it = tqdm(keys, desc="minhash", unit="doc", leave=False)
        # MinHash.generator shares one set of permutations across the sketches
        docs = (shingle_hashes(self.doc_text[key]).tolist() for key in keys)
        for key, m in zip(it, MinHash.generator(docs, num_perm=self.num_perm, hashfunc=int)):
            sketches[key] = m
            lsh.insert(key, m)
        links = 0
        for key in keys:
            m = sketches[key]
            for other in lsh.query(m):
                if other <= key:
                    continue
                if m.jaccard(sketches[other]) >= self.lsh_threshold:
                    if self.uf.find(doc_root[key]) != self.uf.find(doc_root[other]):
                        links += 1
                    self.uf.union(doc_root[key], doc_root[other])
                    self._copied(partners, self.doc_owners[key], self.doc_owners[other])
                    self._copied(partners, self.doc_owners[other], self.doc_owners[key])
        self.stats.near_duplicate_links = links
        joined = 0
        for anchor, (owners, prefix) in sorted(self.deferred.items()):
            if any(p != anchor and not (prefix and p.startswith(prefix)) for p in partners[anchor]):
                joined += len(owners)
                for o in owners:
                    self.uf.union(anchor, o)
        self.stats.extra["deferred_links_joined"] = joined
        self.stats.extra["deferred_links_left"] = sum(len(o) for o, _ in self.deferred.values()) - joined
        # free the token lists: they are the big part
        self.doc_text.clear()
        comp: dict[str, list[str]] = defaultdict(list)
        for o in self.owners - self.anchors:
            comp[self.uf.find(o)].append(o)
        out: dict[str, str] = {}
        for members in comp.values():
            cid = "c" + hashlib.sha1(min(members).encode()).hexdigest()[:12]
            for o in members:
                out[o] = cid
        self.stats.clusters = len(comp)
        self.stats.owners_in_multi_clusters = sum(len(m) for m in comp.values() if len(m) > 1)
        self.stats.largest_cluster = max((len(m) for m in comp.values()), default=0)
        return out


def ngram_set(text: str, n: int = 13) -> set[int]:
    """crc32 hashes of the n-token windows of a text (decontamination n-grams)."""
    toks = tokens(text)
    return {zlib.crc32(" ".join(toks[i:i + n]).encode("utf-8", "surrogatepass"))
            for i in range(max(0, len(toks) - n + 1))}


def overlap_fraction(text: str, bench: set[int], n: int = 13) -> float:
    """Share of a text's n-grams found in a benchmark's n-gram set."""
    grams = ngram_set(text, n)
    if not grams:
        return 0.0
    return len(grams & bench) / len(grams)


def shown_texts(task: str, reference_file: str, context: str) -> list[str]:
    """The texts a row shows whole, for the held-out answer guard: its reference file, and
    for a C row its broken file too (A/B/P contexts are cut from the reference)."""
    from verusbench.constants import TASK_REPAIR, TASK_REPAIR_SYNTHETIC
    return [reference_file, context] if task in (TASK_REPAIR, TASK_REPAIR_SYNTHETIC) else [reference_file]


class AnswerGuard:
    """The answers of held-out rows (their targets, with their sources), as n-gram sets:
    `shown(texts, source)` is true when the texts hold at least `share` of the n-grams of an
    answer of another source, i.e. a row of `source` showing those texts would show a held-out
    answer re-solved or copied elsewhere (within a source, clusters already join copies).
    Answers under `min_tokens` tokens are left out (short clauses are idioms, not copies).
    The n-grams of each text are computed once."""

    def __init__(self, answers: Iterable[tuple], n: int = 13, share: float = 0.5,
                 min_tokens: int = MIN_TOKENS_FN, grams: dict[str, frozenset[int]] | None = None) -> None:
        """answers: (text, source) or (text, source, label); `labels[i]` is answer i's label
        (the first of equal answers of one source). `grams`: a text -> n-grams cache to share
        between guards over the same texts."""
        self.n, self.share = n, share
        self._texts = {} if grams is None else grams
        self.sizes: list[int] = []
        self.sources: list[str] = []
        self.labels: list = []
        self.index: dict[int, list[int]] = defaultdict(list)
        seen: set[tuple[frozenset[int], str]] = set()
        for text, source, *label in answers:
            if len(tokens(text)) < min_tokens:
                continue
            g = self._all(text)
            if not g or (g, source) in seen:
                continue
            seen.add((g, source))
            i = len(self.sizes)
            self.sizes.append(len(g))
            self.sources.append(source)
            self.labels.append(label[0] if label else None)
            for x in g:
                self.index[x].append(i)
        self._cache: dict[str, set[int]] = {}

    def __len__(self) -> int:
        return len(self.sizes)

    def _all(self, text: str) -> frozenset[int]:
        got = self._texts.get(text)
        if got is None:
            got = self._texts[text] = frozenset(ngram_set(text, self.n))
        return got

    def _grams(self, text: str) -> set[int]:
        got = self._cache.get(text)
        if got is None:
            got = self._cache[text] = {x for x in self._all(text) if x in self.index}
        return got

    def best(self, texts: Iterable[str], source: str) -> tuple[int, float]:
        """(answer index, share of its n-grams the texts hold) of the answer of another
        source the texts show most of; (-1, 0.0) when they show none."""
        grams: set[int] = set()
        for t in texts:
            grams |= self._grams(t)
        hits: dict[int, int] = defaultdict(int)
        for x in grams:
            for i in self.index[x]:
                hits[i] += 1
        return max(((i, h / self.sizes[i]) for i, h in hits.items() if self.sources[i] != source),
                   key=lambda t: (t[1], -t[0]), default=(-1, 0.0))

    def shown(self, texts: Iterable[str], source: str) -> bool:
        return self.best(texts, source)[1] >= self.share
