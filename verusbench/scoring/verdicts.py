"""Where a candidate's Verus result comes from: a Verus run now (local pool or Ray), a
ledger of results recorded elsewhere, or a function (tests). A ledger answers None for a
file it lacks: that candidate is pending, neither a pass nor a failure."""

from __future__ import annotations

import os
from typing import Callable, Iterable, Sequence

from ..ledger import Ledger
from ..verifier.job import VerifyJob, VerifyResult


class TestDoubleRefused(RuntimeError):
    """The verifier is the test double and the caller did not pass allow_test_double=True."""

    __test__ = False   # not a pytest test class, despite the name


def refuse_test_double(identity: dict | None, what: str, allow: bool) -> None:
    from ..verifier import is_test_double
    if identity and is_test_double(identity) and not allow:
        raise TestDoubleRefused(
            f"{what} is the test double (tests/fake_verus), not Verus; its results are refused. "
            "Point --verus / VERUS_PATH at a real Verus (or use a ledger of real Verus "
            "results), or pass allow_test_double=True (--allow-test-double) to test the "
            "harness only.")


class Verdicts:
    """A source of Verus results for jobs, in the jobs' order (None: no result yet)."""

    identity: dict = {}

    def results(self, jobs: Sequence[VerifyJob]) -> list[VerifyResult | None]:
        raise NotImplementedError

    def describe(self) -> dict:
        return {"source": type(self).__name__}


class PoolVerdicts(Verdicts):
    """Run Verus now through `verify_many` (local process pool or Ray)."""

    def __init__(self, verus=None, *, workers: int | None = None, backend: str = "local",
                 address: str | None = None, cache=None, progress: bool = True,
                 allow_test_double: bool = False):
        from ..verifier import find_verus
        from ..verifier.binary import VerusBinary
        # VerusNotFound's message names VERUS_PATH, the install help and the ledger route
        self.verus = verus if isinstance(verus, VerusBinary) else find_verus(verus)
        refuse_test_double(self.verus.identity, self.verus.path, allow_test_double)
        self.identity = self.verus.identity
        self.kw = dict(workers=workers, backend=backend, address=address, cache=cache,
                       progress=progress)

    def results(self, jobs):
        from ..verifier import verify_many
        return verify_many(list(jobs), self.verus, **self.kw) if jobs else []

    def describe(self) -> dict:
        return {"source": "verus", "path": self.verus.path, "backend": self.kw["backend"]}


class FunctionVerdicts(Verdicts):
    """`verify_fn(jobs) -> results` in place of the pool (tests)."""

    def __init__(self, verify_fn: Callable[[list[VerifyJob]], list[VerifyResult]]):
        self.fn = verify_fn
        self.identity = {}

    def results(self, jobs):
        return self.fn(list(jobs)) if jobs else []

    def describe(self) -> dict:
        return {"source": "function"}


class LedgerVerdicts(Verdicts):
    """Results recorded in ledgers (`verusbench verify-corpus`, ../shared/verus-results),
    for the same text, flags and verifier identity; no Verus runs."""

    def __init__(self, ledger: Ledger | Iterable[str | os.PathLike], *, flags: Sequence[str],
                 identity: dict | None = None, allow_test_double: bool = False):
        self.ledger = ledger if isinstance(ledger, Ledger) else Ledger.load(
            [ledger] if isinstance(ledger, (str, os.PathLike)) else list(ledger),
            identity=identity, flags=flags)
        if list(self.ledger.flags) != list(flags):
            raise ValueError(f"the ledger holds flags {self.ledger.flags}, this evaluation "
                             f"needs {list(flags)} (another --rlimit or seed?)")
        refuse_test_double(self.ledger.identity, "the verifier of this ledger", allow_test_double)
        self.identity = self.ledger.identity or {}

    def results(self, jobs):
        return [self.ledger.lookup(j.text, j.name) for j in jobs]

    def describe(self) -> dict:
        return {"source": "ledger", "paths": list(self.ledger.sources),
                **self.ledger.report.to_dict()}
