"""Database models of the Arena (SQLAlchemy; SQLite by default, any SQLAlchemy URL)."""

from __future__ import annotations

import hashlib
import secrets
import time

from sqlalchemy import (Boolean, Float, ForeignKey, Integer, String, Text, create_engine,
                        event, select)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker
from sqlalchemy.types import JSON

DEFAULT_URL = "sqlite:///arena.db"

# submission queue states
QUEUED, RUNNING, DONE = "queued", "running", "done"


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    # sha256 of the submitter token; the token itself is shown once and never stored
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    created: Mapped[float] = mapped_column(Float, default=time.time)


class Problem(Base):
    __tablename__ = "problems"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True, index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    task: Mapped[str] = mapped_column(String(40), default="code_from_spec")
    context: Mapped[str] = mapped_column(Text)           # the Verus file with its hole
    reference: Mapped[str] = mapped_column(Text)         # the reference hole-fill
    target_fn: Mapped[str] = mapped_column(String(200), default="")
    signature: Mapped[str] = mapped_column(Text, default="")
    spec: Mapped[str] = mapped_column(Text, default="")  # the locked requires/ensures
    examples: Mapped[list] = mapped_column(JSON, default=list)    # [{"input", "output"}]
    negatives: Mapped[list] = mapped_column(JSON, default=list)   # [{"input", "output"}]
    source: Mapped[str] = mapped_column(String(200), default="upload")
    license: Mapped[str] = mapped_column(String(80), default="")
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    accepted: Mapped[bool] = mapped_column(Boolean, default=False)
    checks: Mapped[dict] = mapped_column(JSON, default=dict)      # authoring check report
    created: Mapped[float] = mapped_column(Float, default=time.time)


class Submission(Base):
    __tablename__ = "submissions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    problem_id: Mapped[int] = mapped_column(ForeignKey("problems.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    code: Mapped[str] = mapped_column(Text)
    created: Mapped[float] = mapped_column(Float, default=time.time, index=True)
    # the queue: status + lease; a claim is one conditional UPDATE (queue.claim)
    status: Mapped[str] = mapped_column(String(16), default=QUEUED, index=True)
    claimed_by: Mapped[str | None] = mapped_column(String(120), nullable=True)
    lease_until: Mapped[float | None] = mapped_column(Float, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)     # claims taken
    judge_count: Mapped[int] = mapped_column(Integer, default=0)  # verdicts written (must be 1)
    verdict: Mapped[str | None] = mapped_column(String(32), nullable=True)
    result: Mapped[dict | None] = mapped_column(JSON, nullable=True)  # diagnostics, violations
    verifier: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    test_double: Mapped[bool] = mapped_column(Boolean, default=False)
    judged_at: Mapped[float | None] = mapped_column(Float, nullable=True)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def make_engine(url: str = DEFAULT_URL):
    """An engine with the schema created; SQLite gets WAL and a busy timeout (many writers)."""
    kw = {}
    if url.startswith("sqlite"):
        kw["connect_args"] = {"check_same_thread": False, "timeout": 30}
    engine = create_engine(url, **kw)
    if url.startswith("sqlite"):
        @event.listens_for(engine, "connect")
        def _pragmas(conn, _record):  # noqa: ANN001
            cur = conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()
    Base.metadata.create_all(engine)
    return engine


def sessions(engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def create_user(db: Session, name: str) -> tuple[User, str]:
    """A new submitter and their token (returned once; only its hash is stored)."""
    token = secrets.token_urlsafe(24)
    user = User(name=name, token_hash=hash_token(token))
    db.add(user)
    db.commit()
    return user, token


def user_for_token(db: Session, token: str | None) -> User | None:
    if not token:
        return None
    return db.scalar(select(User).where(User.token_hash == hash_token(token)))
