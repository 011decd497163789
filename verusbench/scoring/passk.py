"""pass@k: the unbiased estimator of Chen et al. (2021) and its mean over rows.

For a row with n samples of which c pass, pass@k = 1 - C(n - c, k) / C(n, k): the chance
that at least one of k samples drawn without replacement passes.
"""

from __future__ import annotations

from typing import Any, Iterable, Sequence


def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased pass@k estimator of Chen et al. (2021) for n samples of which c are correct:

        pass@k = 1 - C(n - c, k) / C(n, k) = 1 - prod_{i = n-c+1}^{n} (1 - k / i)

    The product form avoids huge binomials. Requires 1 <= k <= n."""
    if not 1 <= k <= n:
        raise ValueError(f"pass@k needs 1 <= k <= n, got k={k}, n={n}")
    if n - c < k:
        return 1.0
    prod = 1.0
    for i in range(n - c + 1, n + 1):
        prod *= 1.0 - k / i
    return 1.0 - prod


def mean_pass_at_k(counts: Iterable[tuple[int, int]], ks: Sequence[int]) -> dict[str, Any]:
    """Mean pass@k over rows given (n, c) per row; a k is averaged over rows with n >= k."""
    counts = list(counts)
    out: dict[str, Any] = {}
    for k in ks:
        vals = [pass_at_k(n, c, k) for n, c in counts if n >= k]
        if vals:
            out[f"pass@{k}"] = sum(vals) / len(vals)
    return out

