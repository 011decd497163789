"""Reflection memory: 1-3 lessons per episode in SQLite, the most relevant (BM25 over the
lesson text and its row features / error categories) retrieved into the next prompt."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path
from typing import Any

from .retrieval import BM25Index

MAX_LESSONS = 3
MAX_LESSON_CHARS = 400

SCHEMA = """CREATE TABLE IF NOT EXISTS lessons (
  id INTEGER PRIMARY KEY AUTOINCREMENT, created REAL NOT NULL, episode_id TEXT NOT NULL,
  row_id TEXT NOT NULL, task TEXT NOT NULL, keys TEXT NOT NULL, outcome TEXT NOT NULL,
  source TEXT NOT NULL, text TEXT NOT NULL)"""


def row_keys(row, categories: list[str] | None = None) -> list[str]:
    """What makes lessons relevant to a row: task, features, error categories, target fn."""
    md = row.metadata
    keys = [row.task, *md.features]
    if md.error_category:
        keys.append(md.error_category)
    keys += list(categories or [])
    return sorted({k for k in keys if k})


def parse_lessons(text: str) -> list[str]:
    """A reply holding a JSON list of strings (or {"lessons": [...]}) -> up to 3 lessons."""
    s = text.strip()
    if s.startswith("```"):
        s = s.strip("`").split("\n", 1)[-1]
    try:
        obj = json.loads(s[s.find("["):s.rfind("]") + 1] if "[" in s else s)
    except (json.JSONDecodeError, ValueError):
        return []
    if isinstance(obj, dict):
        obj = obj.get("lessons", [])
    if not isinstance(obj, list):
        return []
    out = [" ".join(x.split())[:MAX_LESSON_CHARS] for x in obj if isinstance(x, str) and x.strip()]
    return out[:MAX_LESSONS]


def heuristic_lessons(task: str, steps: list[dict[str, Any]], final_status: str) -> list[str]:
    """Lessons read off the trace when the policy's own reflection gave none."""
    cats: list[str] = []
    for s in steps:
        for d in (s.get("verus") or {}).get("diagnostics", []):
            if d["level"] == "error" and d["category"] not in cats:
                cats.append(d["category"])
    bad = sum(1 for s in steps if s.get("parse_error"))
    failed_edits = sum(1 for s in steps if s.get("tool") == "edit" and s.get("tool_error"))
    out = []
    if final_status == "verified":
        fixed = f" after fixing {', '.join(cats[:3])} errors" if cats else ""
        out.append(f"{task}: the candidate verified{fixed} in {len(steps)} steps; check with "
                   "run_verus before finish.")
    elif cats:
        out.append(f"{task}: episode ended {final_status}; unresolved error categories: "
                   f"{', '.join(cats[:4])}. Address the first error's line before others.")
    else:
        out.append(f"{task}: episode ended {final_status} without a Verus result; "
                   "call run_verus with a complete candidate early.")
    if bad:
        out.append(f"{bad} replies were not valid actions: reply with exactly one JSON object.")
    if failed_edits:
        out.append("edit search text must match the current file exactly once; copy it verbatim.")
    return out[:MAX_LESSONS]


class Memory:
    """Lessons in one SQLite file; `relevant` ranks them with BM25 against a row's keys."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(self.path)
        self.conn.execute(SCHEMA)
        self.conn.commit()

    def add(self, episode_id: str, row_id: str, task: str, keys: list[str], outcome: str,
            lessons: list[str], source: str) -> list[int]:
        ids = []
        for text in lessons[:MAX_LESSONS]:
            cur = self.conn.execute(
                "INSERT INTO lessons(created, episode_id, row_id, task, keys, outcome, source, text) "
                "VALUES (?,?,?,?,?,?,?,?)",
                (time.time(), episode_id, row_id, task, " ".join(keys), outcome, source, text))
            ids.append(int(cur.lastrowid))
        self.conn.commit()
        return ids

    def all(self) -> list[dict[str, Any]]:
        cur = self.conn.execute("SELECT id, episode_id, row_id, task, keys, outcome, source, text "
                                "FROM lessons ORDER BY id")
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]

    def relevant(self, row, k: int = 3) -> list[dict[str, Any]]:
        """Up to k lessons for `row`, best first; lessons about the same row are excluded
        (they would leak that row's answer into its own retry)."""
        lessons = [x for x in self.all() if x["row_id"] != row.id]
        if not lessons:
            return []
        index = BM25Index([f"{x['task']} {x['keys']} {x['text']}" for x in lessons])
        query = " ".join(row_keys(row)) + " " + (row.metadata.error_message or "")
        return [lessons[i] | {"score": s} for i, s in index.search(query, k)]

    def __len__(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM lessons").fetchone()[0])

    def close(self) -> None:
        self.conn.close()
