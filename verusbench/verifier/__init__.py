"""Verus runner: jobs, results, limits, a result cache, and local/Ray pools.

    verus = find_verus()                    # --verus / $VERUS_PATH / PATH
    results = verify_many([VerifyJob(text=src, name="f.rs")], verus)

Every result carries the `verus --version --output-json` object of the verifier that
produced it; `is_test_double` tells results of tests/fake_verus apart from Verus's.
"""

from .binary import VerusBinary, VerusNotFound, describe_identity, find_verus, is_test_double
from .cache import ResultCache
from .job import DEFAULT_FLAGS, VDiagnostic, VerifyJob, VerifyResult, cache_key
from .pool import verify_many
from .runner import run_job

__all__ = ["VerifyJob", "VerifyResult", "VDiagnostic", "VerusBinary", "VerusNotFound",
           "find_verus", "run_job", "verify_many", "ResultCache", "DEFAULT_FLAGS",
           "is_test_double", "describe_identity", "cache_key"]
