"""pass@k: the unbiased estimator against its binomial definition, and the aggregation."""

from __future__ import annotations

from math import comb

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verusbench.scoring import mean_pass_at_k, pass_at_k


@given(n=st.integers(1, 60), data=st.data())
def test_matches_the_binomial_definition(n, data):
    c = data.draw(st.integers(0, n))
    k = data.draw(st.integers(1, n))
    exact = 1 - comb(n - c, k) / comb(n, k)
    assert pass_at_k(n, c, k) == pytest.approx(exact, abs=1e-12)


def test_known_values():
    assert pass_at_k(1, 1, 1) == 1.0
    assert pass_at_k(1, 0, 1) == 0.0
    assert pass_at_k(2, 1, 1) == pytest.approx(0.5)
    assert pass_at_k(2, 1, 2) == 1.0
    assert pass_at_k(10, 3, 1) == pytest.approx(0.3)
    assert pass_at_k(10, 3, 5) == pytest.approx(1 - comb(7, 5) / comb(10, 5))


def test_large_n_is_stable():
    v = pass_at_k(1000, 1, 100)
    assert v == pytest.approx(0.1)
    assert 0.0 <= pass_at_k(2000, 7, 1500) <= 1.0


@pytest.mark.parametrize("n,c,k", [(3, 1, 4), (3, 1, 0), (0, 0, 1)])
def test_invalid_k(n, c, k):
    with pytest.raises(ValueError):
        pass_at_k(n, c, k)


def test_mean_skips_rows_with_too_few_samples():
    out = mean_pass_at_k([(2, 1), (5, 0), (1, 1)], [1, 2, 5])
    assert out["pass@1"] == pytest.approx((0.5 + 0.0 + 1.0) / 3)
    assert out["pass@2"] == pytest.approx((1.0 + 0.0) / 2)
    assert out["pass@5"] == 0.0
    assert "pass@6" not in mean_pass_at_k([(2, 1)], [6])
