"""Where verification happens for RL: a local pool with the result cache, or an HTTP
verifier (`verusbench serve-verifier`, see `client.py`). Both answer `verify(jobs)`."""

from __future__ import annotations

import os
from typing import Protocol, Sequence

from ..verifier import ResultCache, VerifyJob, VerifyResult, find_verus, is_test_double, verify_many
from ..verifier.binary import VerusBinary


class VerifierBackend(Protocol):
    identity: dict

    def verify(self, jobs: Sequence[VerifyJob]) -> list[VerifyResult]:
        """One result per job, in order."""


class TestDoubleRefused(RuntimeError):
    """The verifier is tests/fake_verus and the caller did not allow it."""

    __test__ = False


def refuse_test_double(identity: dict, allow: bool, where: str) -> None:
    if is_test_double(identity) and not allow:
        raise TestDoubleRefused(
            f"{where} is the test double (tests/fake_verus), not Verus: its results would train "
            "on fake rewards. Point --verus / VERUS_PATH at a real Verus (or --verifier-url at a "
            "server running one), or pass --allow-test-double to test the harness only.")


class LocalBackend:
    """Verus on this machine through `verify_many` (process pool or Ray) and a ResultCache."""

    def __init__(self, verus: str | VerusBinary | None = None, cache: str | os.PathLike | ResultCache | None = None,
                 workers: int | None = None, backend: str = "local", address: str | None = None):
        self.verus = verus if isinstance(verus, VerusBinary) else find_verus(verus)
        self.cache = cache if (cache is None or isinstance(cache, ResultCache)) else ResultCache(cache)
        self.workers = workers or max(1, (os.cpu_count() or 2) - 1)
        self.backend, self.address = backend, address

    @property
    def identity(self) -> dict:
        return self.verus.identity

    def verify(self, jobs: Sequence[VerifyJob]) -> list[VerifyResult]:
        if not jobs:
            return []
        return verify_many(list(jobs), self.verus, workers=self.workers, backend=self.backend,
                           address=self.address, cache=self.cache, progress=False)

    def describe(self) -> str:
        return f"local pool ({self.workers} workers) over {self.verus.describe()}"


def make_backend(verus: str | None = None, verifier_url: str | None = None, token: str | None = None,
                 cache: str | None = None, workers: int | None = None,
                 allow_test_double: bool = False) -> VerifierBackend:
    """A local backend, or an HTTP one when `verifier_url` is given (token: --verifier-token,
    else $VERUSBENCH_VERIFIER_TOKEN). Refuses the test double unless allowed."""
    if verifier_url:
        from .client import VerifierClient
        b: VerifierBackend = VerifierClient(verifier_url, token)
        refuse_test_double(b.identity, allow_test_double, f"the verifier at {verifier_url}")
        return b
    lb = LocalBackend(verus, cache, workers)
    refuse_test_double(lb.identity, allow_test_double, lb.verus.path)
    return lb
