"""The leaderboard: submission bundles (bundle), re-verification of every submission with the
pinned verifier (rescore), the per-submission result files (results), the static site (site).

Claimed figures are never shown: every number is recomputed from real Verus results."""
