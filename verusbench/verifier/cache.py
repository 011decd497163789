"""Content-addressed result cache: SQLite (WAL), keyed by sha256(file + flags + verifier).

Safe under concurrent writers (processes or threads): WAL mode, a busy timeout, one
connection per process and thread, and idempotent `INSERT OR REPLACE` of identical values.
Only deterministic outcomes are stored: a timeout or a crash depends on the machine's
load, so those are re-run rather than replayed.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
from pathlib import Path

from .. import constants as C
from .job import VDiagnostic, VerifyResult

CACHEABLE = frozenset({C.STATUS_VERIFIED, C.STATUS_FAILED, C.STATUS_COMPILE_ERROR})
_CHUNK = 500  # keys per SELECT ... IN (...), below SQLite's variable limit


def _fresh(o):
    """Copy of a JSON value (quicker than copy.deepcopy for small dicts)."""
    if isinstance(o, dict):
        return {k: _fresh(v) for k, v in o.items()}
    if isinstance(o, list):
        return [_fresh(v) for v in o]
    return o


class ResultCache:
    """SQLite-backed map cache_key -> VerifyResult; hits come back with cached=True."""

    def __init__(self, path: str | os.PathLike):
        self.path = str(path)
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._identities: dict[str, dict] = {}
        self._connect()  # create the schema now, so errors surface at construction

    def _connect(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is not None and getattr(self._local, "pid", None) == os.getpid():
            return conn
        # (re)open after a fork: a connection must not cross processes
        conn = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        conn.execute("PRAGMA busy_timeout=60000")
        for attempt in range(50):
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, "
                             "status TEXT NOT NULL, value TEXT NOT NULL, verifier TEXT NOT NULL, "
                             "created REAL NOT NULL)")
                # the verifier identity is the same for most rows: stored once
                conn.execute("CREATE TABLE IF NOT EXISTS verifiers (id TEXT PRIMARY KEY, identity TEXT NOT NULL)")
                break
            except sqlite3.OperationalError as e:  # locked while another process sets up
                if "locked" not in str(e) or attempt == 49:
                    raise
                time.sleep(0.05)
        self._local.conn, self._local.pid = conn, os.getpid()
        return conn

    def __getstate__(self) -> dict:  # picklable for process pools / Ray: reopen there
        return {"path": self.path}

    def __setstate__(self, state: dict) -> None:
        self.path = state["path"]
        self._local = threading.local()
        self._identities = {}

    def _identity(self, conn: sqlite3.Connection, ident_id: str) -> dict:
        ident = self._identities.get(ident_id)
        if ident is None:
            row = conn.execute("SELECT identity FROM verifiers WHERE id=?", (ident_id,)).fetchone()
            ident = json.loads(row[0]) if row else {}
            self._identities[ident_id] = ident
        return ident

    def _decode(self, conn: sqlite3.Connection, value: str, ident_id: str) -> VerifyResult:
        d = json.loads(value)
        # diagnostics are stored as rows (no repeated field names): smaller, faster to read
        d["diagnostics"] = [VDiagnostic(*row) for row in d["diagnostics"]]
        d["verifier"] = _fresh(self._identity(conn, ident_id))  # each result owns its copy
        d["cached"] = True
        return VerifyResult(**d)

    def get(self, key: str) -> VerifyResult | None:
        conn = self._connect()
        row = conn.execute("SELECT value, verifier FROM results WHERE key=?", (key,)).fetchone()
        return self._decode(conn, *row) if row else None

    def get_many(self, keys: list[str]) -> dict[str, VerifyResult]:
        """Batch lookup; absent keys are simply missing from the answer."""
        conn = self._connect()
        found: dict[str, VerifyResult] = {}
        uniq = list(dict.fromkeys(keys))
        for i in range(0, len(uniq), _CHUNK):
            chunk = uniq[i:i + _CHUNK]
            q = f"SELECT key, value, verifier FROM results WHERE key IN ({','.join('?' * len(chunk))})"
            for k, v, ident_id in conn.execute(q, chunk):
                found[k] = self._decode(conn, v, ident_id)
        return found

    def put(self, key: str, result: VerifyResult) -> None:
        self.put_many([(key, result)])

    def put_many(self, items: list[tuple[str, VerifyResult]]) -> int:
        """Store deterministic outcomes in one transaction; returns how many were stored."""
        rows = []
        idents: dict[str, str] = {}
        now = time.time()
        for key, r in items:
            if r.status not in CACHEABLE:
                continue
            ident = json.dumps(r.verifier, sort_keys=True)
            ident_id = hashlib.sha256(ident.encode()).hexdigest()[:32]
            idents[ident_id] = ident
            d = {k: getattr(r, k) for k in r.__dataclass_fields__ if k not in ("verifier", "cached", "diagnostics")}
            d["diagnostics"] = [[x.category, x.message, x.line, x.col, x.label, x.level, x.code]
                                for x in r.diagnostics]
            rows.append((key, r.status, json.dumps(d, ensure_ascii=False), ident_id, now))
        if not rows:
            return 0
        conn = self._connect()
        for attempt in range(20):
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    conn.executemany("INSERT OR IGNORE INTO verifiers VALUES (?,?)", list(idents.items()))
                    conn.executemany("INSERT OR REPLACE INTO results VALUES (?,?,?,?,?)", rows)
                    conn.execute("COMMIT")
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                return len(rows)
            except sqlite3.OperationalError as e:
                if "locked" not in str(e) or attempt == 19:
                    raise
                time.sleep(0.05 * (attempt + 1))
        return 0

    def __len__(self) -> int:
        return self._connect().execute("SELECT COUNT(*) FROM results").fetchone()[0]

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
