"""BM25 retrieval (the `bm25s` library) over short texts: train-split examples and lessons."""

from __future__ import annotations

from typing import Sequence


class RetrievalUnavailable(RuntimeError):
    """bm25s is not installed."""


def _bm25s():
    try:
        import bm25s
    except ImportError as e:
        raise RetrievalUnavailable(
            "BM25 retrieval needs the `bm25s` package: pip install -e '.[agent]' "
            "(or `pip install 'bm25s>=0.2,<0.4'`)") from e
    return bm25s


class BM25Index:
    """An index over `texts`; `search` gives (index, score) pairs with score > 0, best first."""

    def __init__(self, texts: Sequence[str]):
        self.size = len(texts)
        self._retriever = None
        if self.size:
            bm25s = _bm25s()
            self._bm25s = bm25s
            self._retriever = bm25s.BM25()
            self._retriever.index(bm25s.tokenize(list(texts), stopwords=None, show_progress=False),
                                  show_progress=False)

    def search(self, query: str, k: int = 3) -> list[tuple[int, float]]:
        if not self._retriever or not query.strip():
            return []
        toks = self._bm25s.tokenize([query], stopwords=None, show_progress=False)
        if not toks.vocab:  # nothing indexable in the query (e.g. only punctuation)
            return []
        docs, scores = self._retriever.retrieve(toks, k=min(k, self.size), show_progress=False)
        return [(int(d), float(s)) for d, s in zip(docs[0], scores[0]) if s > 0]
