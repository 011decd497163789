"""Client of `verusbench serve-verifier`: the `--verifier-url` backend of the reward and the env.

Splits a batch to fit the server's queue, retries on 429/503 (honouring Retry-After) and on
refused connections (a server restarting) until `retry_s` runs out; a rejected token is an
error at once. Standard library only (urllib)."""

from __future__ import annotations

import json
import os
import time
import urllib.error
import urllib.request
from typing import Sequence

from ..verifier import VerifyJob, VerifyResult
from .server import TOKEN_ENV


class VerifierAuthError(RuntimeError):
    """The server refused the token."""


class VerifierUnavailable(RuntimeError):
    """The server did not answer in time (down, or its queue stayed full)."""


class VerifierClient:
    def __init__(self, url: str, token: str | None = None, *, retry_s: float = 120.0,
                 chunk: int | None = None):
        self.url = url.rstrip("/")
        self.token = token or os.environ.get(TOKEN_ENV, "")
        self.retry_s, self._chunk = retry_s, chunk
        self._identity: dict | None = None

    def _request(self, method: str, path: str, body: dict | None = None, timeout: float = 60.0) -> tuple[int, dict, dict]:
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.url + path, data=data, method=method,
                                     headers={"Authorization": f"Bearer {self.token}",
                                              "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                return resp.status, json.loads(resp.read() or b"{}"), dict(resp.headers)
        except urllib.error.HTTPError as e:
            try:
                obj = json.loads(e.read() or b"{}")
            except ValueError:
                obj = {}
            return e.code, obj, dict(e.headers or {})

    def _call(self, method: str, path: str, body: dict | None = None, timeout: float = 60.0) -> dict:
        deadline = time.monotonic() + self.retry_s
        delay = 0.2
        last = ""
        while True:
            try:
                code, obj, headers = self._request(method, path, body, timeout)
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as e:
                code, obj, headers, last = 0, {}, {}, f"{type(e).__name__}: {getattr(e, 'reason', e)}"
            if code == 200:
                return obj
            if code == 401:
                raise VerifierAuthError(f"{self.url}: token rejected ({obj.get('error', '401')}); "
                                        f"pass --verifier-token or set ${TOKEN_ENV}")
            if code not in (0, 429, 503):
                raise RuntimeError(f"{self.url}{path}: HTTP {code}: {obj.get('error', obj)}")
            last = last if code == 0 else f"HTTP {code}: {obj.get('error', '')}"
            if time.monotonic() + delay > deadline:
                raise VerifierUnavailable(f"{self.url}{path}: no answer within {self.retry_s:g} s ({last})")
            try:
                wait = float(headers.get("Retry-After", delay))
            except ValueError:
                wait = delay
            time.sleep(min(max(wait, 0.05), 5.0))
            delay = min(delay * 2, 5.0)

    def health(self) -> dict:
        return self._call("GET", "/health")

    @property
    def identity(self) -> dict:
        if self._identity is None:
            self._identity = self._call("GET", "/identity")
        return self._identity

    def verify(self, jobs: Sequence[VerifyJob]) -> list[VerifyResult]:
        if not jobs:
            return []
        chunk = self._chunk or max(1, int(self.health().get("max_queue", 64)))
        out: list[VerifyResult] = []
        for i in range(0, len(jobs), chunk):
            part = jobs[i:i + chunk]
            body = {"jobs": [{"text": j.text, "name": j.name, "rlimit": j.rlimit, "seed": j.seed,
                              "timeout_s": j.timeout_s, "memory_mb": j.memory_mb} for j in part]}
            # the server may run the chunk's jobs one after another behind other clients
            timeout = min(3600.0, sum(j.timeout_s for j in part) + 60.0)
            obj = self._call("POST", "/verify", body, timeout=timeout)
            res = [VerifyResult.from_dict(d) for d in obj.get("results", [])]
            if len(res) != len(part):
                raise RuntimeError(f"{self.url}: {len(res)} results for {len(part)} jobs")
            out += res
        return out

    def describe(self) -> str:
        return f"verifier server {self.url}"
