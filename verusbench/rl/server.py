"""`verusbench serve-verifier`: Verus over HTTP for trainers on other machines.

Standard library only (`http.server.ThreadingHTTPServer`): the server needs three JSON
routes and nothing a framework adds, and it must start on a bare CPU node with the core
install. Loopback by default; every route but /health needs `Authorization: Bearer TOKEN`.

    GET  /health    {"ok", "pending", "max_queue", "workers", "cache_entries"}   (no auth)
    GET  /identity  the `verus --version --output-json` object
    POST /verify    {"jobs": [{"text", "name", "rlimit", "seed", "timeout_s", "memory_mb"}]}
                    -> {"results": [VerifyResult as a dict, ...]} in the jobs' order

Cache hits are answered at once; misses join one bounded queue that a dispatcher thread
drains in batches through `verify_many` (so a worker that dies costs only its own job). A
request whose misses do not fit is refused with 429 and Retry-After (413 if it never
could: split it); while the server shuts down it answers 503.
"""

from __future__ import annotations

import hmac
import json
import os
import secrets
import signal
import sys
import threading
from concurrent.futures import Future
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .. import constants as C
from ..verifier import ResultCache, VerifyJob, VerifyResult, cache_key, verify_many
from ..verifier.binary import VerusBinary

TOKEN_ENV = "VERUSBENCH_VERIFIER_TOKEN"
MAX_BODY = 64 << 20


class ServerState:
    """The queue, the dispatcher thread and the verifier shared by all request threads."""

    def __init__(self, verus: VerusBinary, cache: ResultCache | None, token: str, *, workers: int = 2,
                 max_queue: int = 64, batch_max: int | None = None, max_timeout_s: float = 600.0,
                 max_memory_mb: int = 16384):
        self.verus, self.cache, self.token = verus, cache, token
        self.workers, self.max_queue = max(1, workers), max(1, max_queue)
        self.batch_max = batch_max or max(self.workers * 4, 1)
        self.max_timeout_s, self.max_memory_mb = max_timeout_s, max_memory_mb
        self.cond = threading.Condition()
        self.queue: list[tuple[VerifyJob, Future]] = []
        self.pending = 0          # accepted misses not yet answered (queued or running)
        self.draining = False
        self.served = 0
        self.thread = threading.Thread(target=self._dispatch, name="verify-dispatcher", daemon=True)
        self.thread.start()

    # -- queue --------------------------------------------------------------------------
    def reserve(self, n: int) -> str | None:
        """Take n queue slots, or say why not ("full" / "draining" / "too_big")."""
        with self.cond:
            if self.draining:
                return "draining"
            if n > self.max_queue:
                return "too_big"
            if self.pending + n > self.max_queue:
                return "full"
            self.pending += n
            return None

    def submit(self, jobs: list[VerifyJob]) -> list[Future]:
        futs = [Future() for _ in jobs]
        with self.cond:
            self.queue.extend(zip(jobs, futs))
            self.cond.notify()
        return futs

    def _dispatch(self) -> None:
        while True:
            with self.cond:
                while not self.queue and not self.draining:
                    self.cond.wait()
                if not self.queue and self.draining:
                    return
                batch, self.queue = self.queue[:self.batch_max], self.queue[self.batch_max:]
            jobs = [j for j, _ in batch]
            try:
                results = verify_many(jobs, self.verus, workers=self.workers, cache=self.cache, progress=False)
            except Exception as e:   # the pool itself failed: every job of the batch is a crash
                results = [self._crashed(j, f"verifier pool failed: {type(e).__name__}: {e}") for j in jobs]
            for (_, fut), r in zip(batch, results):
                fut.set_result(r)
            with self.cond:
                self.pending -= len(batch)
                self.served += len(batch)

    def _crashed(self, job: VerifyJob, note: str) -> VerifyResult:
        flags = job.flags()
        return VerifyResult(C.STATUS_CRASHED, 0, 0, [], 0.0, self.verus.identity, flags,
                            cache_key(job.text, flags, self.verus.identity), job.name, notes=[note])

    def stop(self) -> None:
        with self.cond:
            self.draining = True
            self.cond.notify_all()

    # -- requests -----------------------------------------------------------------------
    def parse_jobs(self, body: dict) -> list[VerifyJob]:
        jobs = body.get("jobs") if isinstance(body, dict) else None
        if not isinstance(jobs, list) or not jobs:
            raise ValueError('expected {"jobs": [{"text": ..., ...}, ...]} with at least one job')
        out = []
        for i, j in enumerate(jobs):
            if not isinstance(j, dict) or not isinstance(j.get("text"), str):
                raise ValueError(f"job {i}: expected an object with a string \"text\"")
            if j.get("extra_flags"):
                raise ValueError(f"job {i}: extra_flags are not accepted (the server pins Verus's flags)")
            try:
                job = VerifyJob(text=j["text"], name=str(j.get("name", f"job{i}.rs"))[:200],
                                rlimit=float(j.get("rlimit", 10.0)), seed=int(j.get("seed", 0)),
                                timeout_s=min(float(j.get("timeout_s", 120.0)), self.max_timeout_s),
                                memory_mb=min(int(j.get("memory_mb", 8192)), self.max_memory_mb))
                job.flags()   # rejects rlimit <= 0
            except (TypeError, ValueError) as e:
                raise ValueError(f"job {i}: {e}") from None
            if job.timeout_s <= 0:
                raise ValueError(f"job {i}: timeout_s must be > 0")
            out.append(job)
        return out

    def verify(self, jobs: list[VerifyJob]) -> tuple[int, dict]:
        keys = [cache_key(j.text, j.flags(), self.verus.identity) for j in jobs]
        hits = self.cache.get_many(keys) if self.cache is not None else {}
        miss = [i for i, k in enumerate(keys) if k not in hits]
        why = self.reserve(len(miss)) if miss else None
        if why == "draining":
            return 503, {"error": "the server is shutting down; retry on its successor"}
        if why == "too_big":
            return 413, {"error": f"{len(miss)} uncached jobs exceed the queue ({self.max_queue}); "
                                  "split the request", "max_queue": self.max_queue}
        if why == "full":
            return 429, {"error": "queue full; retry later", "pending": self.pending,
                         "max_queue": self.max_queue}
        futs = dict(zip(miss, self.submit([jobs[i] for i in miss]))) if miss else {}
        results = []
        for i, k in enumerate(keys):
            if i in futs:
                r = futs[i].result()
            else:   # a fresh copy per job: one request may repeat a file under two names
                r = VerifyResult.from_dict(hits[k].to_dict())
                r.name = jobs[i].name
            results.append(r.to_dict())
        return 200, {"results": results}


def make_handler(state: ServerState):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "verusbench-verifier/1"

        def log_message(self, fmt, *args):   # one short line per request on stderr
            sys.stderr.write(f"serve-verifier: {self.address_string()} {fmt % args}\n")

        def _send(self, code: int, obj: dict, headers: dict | None = None) -> None:
            data = json.dumps(obj).encode()
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def _authorized(self) -> bool:
            got = self.headers.get("Authorization", "")
            want = f"Bearer {state.token}"
            if hmac.compare_digest(got.encode(), want.encode()):
                return True
            self._send(401, {"error": "missing or wrong token: send `Authorization: Bearer TOKEN` "
                                      f"(the server's --token / --token-file / ${TOKEN_ENV})"},
                       {"WWW-Authenticate": "Bearer"})
            return False

        def do_GET(self):
            if self.path == "/health":
                return self._send(200, {"ok": not state.draining, "pending": state.pending,
                                        "max_queue": state.max_queue, "workers": state.workers,
                                        "served": state.served,
                                        "cache_entries": len(state.cache) if state.cache is not None else 0})
            if not self._authorized():
                return
            if self.path == "/identity":
                return self._send(200, state.verus.identity)
            self._send(404, {"error": f"no route {self.path}; try /health, /identity, POST /verify"})

        def do_POST(self):
            if not self._authorized():
                return
            if self.path != "/verify":
                return self._send(404, {"error": f"no route {self.path}; POST /verify"})
            try:
                n = int(self.headers.get("Content-Length", "0"))
            except ValueError:
                n = -1
            if n <= 0 or n > MAX_BODY:
                self.close_connection = True
                return self._send(413 if n > MAX_BODY else 400,
                                  {"error": f"body must have a Content-Length in 1..{MAX_BODY}"})
            try:
                body = json.loads(self.rfile.read(n))
                jobs = state.parse_jobs(body)
            except (ValueError, UnicodeDecodeError) as e:
                return self._send(400, {"error": f"bad request: {e}"})
            code, obj = state.verify(jobs)
            self._send(code, obj, {"Retry-After": "1"} if code in (429, 503) else None)

    return Handler


def load_token(token: str | None, token_file: str | None) -> str:
    """--token, else $VERUSBENCH_VERIFIER_TOKEN, else the token file (made, mode 0600, if absent)."""
    token = token or os.environ.get(TOKEN_ENV)
    if token:
        return token
    if not token_file:
        raise ValueError(f"no token: pass --token, --token-file FILE or set ${TOKEN_ENV}")
    p = Path(token_file)
    if p.is_file():
        t = p.read_text().strip()
        if t:
            return t
    t = secrets.token_urlsafe(32)
    p.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(t + "\n")
    return t


def serve(verus: VerusBinary, *, token: str, host: str = "127.0.0.1", port: int = 8765,
          cache: ResultCache | None = None, workers: int = 2, max_queue: int = 64,
          ready_file: str | None = None, max_timeout_s: float = 600.0) -> int:
    """Serve until SIGTERM/SIGINT; pending requests are answered, then the process exits."""
    state = ServerState(verus, cache, token, workers=workers, max_queue=max_queue,
                        max_timeout_s=max_timeout_s)
    httpd = ThreadingHTTPServer((host, port), make_handler(state))
    httpd.daemon_threads = True
    url = f"http://{host}:{httpd.server_address[1]}"
    if ready_file:
        tmp = f"{ready_file}.tmp"
        Path(tmp).write_text(json.dumps({"url": url, "port": httpd.server_address[1], "pid": os.getpid()}))
        os.replace(tmp, ready_file)
    print(f"serve-verifier: {url} ({verus.describe()}; {workers} workers, queue {max_queue})",
          file=sys.stderr, flush=True)

    def stop(*_):
        state.stop()
        threading.Thread(target=httpd.shutdown, daemon=True).start()
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        httpd.serve_forever(poll_interval=0.2)
    finally:
        state.stop()
        state.thread.join(timeout=30)
        httpd.server_close()
    return 0
