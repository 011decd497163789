"""The Arena's web app (FastAPI + server-rendered Jinja2 templates with autoescape) and JSON API."""

from __future__ import annotations

import contextlib
import hmac
import json
import re
import secrets
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from fastapi import Depends, FastAPI, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .. import constants as C
from ..verifier import ResultCache, VerusBinary, describe_identity
from . import db as D
from .authoring import check_problem, parse_pairs
from .judge import Worker

TOKEN_COOKIE, CSRF_COOKIE = "arena_token", "arena_csrf"
_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,40}$")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")


@dataclass
class Settings:
    db_url: str = D.DEFAULT_URL
    verus: VerusBinary | None = None       # None: submissions queue up, nobody judges
    judge_threads: int = 1
    cache_path: str | None = None
    lease_s: float = 180.0
    job_timeout_s: float = 120.0
    max_code_bytes: int = 64_000
    max_body_bytes: int = 256_000
    rate_per_min: int = 10                  # submissions per token per minute
    poll_s: float = 0.2


def create_app(settings: Settings) -> FastAPI:
    engine = D.make_engine(settings.db_url)
    sm = D.sessions(engine)
    templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
    templates.env.autoescape = True  # diagnostics and user text are escaped everywhere
    worker = None
    if settings.verus is not None:
        cache = ResultCache(settings.cache_path) if settings.cache_path else None
        worker = Worker(sm, settings.verus, settings.judge_threads, cache, settings.lease_s,
                        settings.job_timeout_s, settings.poll_s)

    @contextlib.asynccontextmanager
    async def lifespan(app):  # noqa: ANN001
        if worker:
            worker.start()
        yield
        if worker:
            worker.stop()

    app = FastAPI(title="verusbench Arena", lifespan=lifespan)
    app.state.sessionmaker, app.state.worker, app.state.settings = sm, worker, settings

    @app.middleware("http")
    async def body_limit(request: Request, call_next):  # noqa: ANN001
        n = request.headers.get("content-length")
        if n and (not n.isdigit() or int(n) > settings.max_body_bytes):
            return JSONResponse({"detail": f"request body over {settings.max_body_bytes} bytes"},
                                status_code=413)
        return await call_next(request)

    def get_db():
        with sm() as s:
            yield s

    def verifier_line() -> str:
        return describe_identity(settings.verus.identity) if settings.verus else \
            "no verifier configured: submissions wait in the queue"

    def render(request: Request, name: str, ctx: dict, status: int = 200) -> HTMLResponse:
        csrf = request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(16)
        user = None
        with sm() as s:
            user = D.user_for_token(s, request.cookies.get(TOKEN_COOKIE))
        resp = templates.TemplateResponse(request, name, {
            **ctx, "csrf": csrf, "me": user, "verifier": verifier_line(),
            "test_double": bool(settings.verus and settings.verus.is_test_double)},
            status_code=status)
        resp.set_cookie(CSRF_COOKIE, csrf, httponly=True, samesite="strict")
        return resp

    def check_csrf(request: Request, token: str) -> None:
        cookie = request.cookies.get(CSRF_COOKIE) or ""
        if not cookie or not hmac.compare_digest(cookie, token or ""):
            raise HTTPException(403, "CSRF check failed: reload the form and submit again")

    def api_user(request: Request, s: Session) -> D.User:
        auth = request.headers.get("authorization", "")
        token = auth[7:] if auth.lower().startswith("bearer ") else None
        user = D.user_for_token(s, token)
        if user is None:
            raise HTTPException(401, "send `Authorization: Bearer TOKEN` (POST /api/register)")
        return user

    def problem_or_404(s: Session, slug: str) -> D.Problem:
        p = s.scalar(select(D.Problem).where(D.Problem.slug == slug, D.Problem.accepted)) \
            if _SLUG.match(slug) else None
        if p is None:
            raise HTTPException(404, f"no problem {slug!r}")
        return p

    def enqueue(s: Session, user: D.User, p: D.Problem, code: str) -> D.Submission:
        if len(code.encode("utf-8", "surrogatepass")) > settings.max_code_bytes:
            raise HTTPException(413, f"code over {settings.max_code_bytes} bytes")
        if not code.strip():
            raise HTTPException(422, "empty submission")
        recent = s.scalar(select(func.count(D.Submission.id)).where(
            D.Submission.user_id == user.id, D.Submission.created > time.time() - 60))
        if recent >= settings.rate_per_min:
            raise HTTPException(429, f"rate limit: {settings.rate_per_min} submissions per "
                                "minute per token")
        sub = D.Submission(problem_id=p.id, user_id=user.id, code=code)
        s.add(sub)
        s.commit()
        return sub

    def sub_json(s: Session, sub: D.Submission) -> dict:
        p = s.get(D.Problem, sub.problem_id)
        return {"id": sub.id, "problem": p.slug, "status": sub.status, "verdict": sub.verdict,
                "judge_count": sub.judge_count, "result": sub.result,
                "verifier": describe_identity(sub.verifier) if sub.verifier else None,
                "test_double": sub.test_double, "url": f"/submissions/{sub.id}"}

    def stats(s: Session, where) -> dict:
        rows = s.execute(select(D.Submission.verdict, D.Submission.status,
                                D.Submission.test_double, D.Submission.user_id)
                         .where(where)).all()
        verdicts = Counter(v or st for v, st, _, _ in rows)
        return {"submissions": len(rows), "submitters": len({u for *_, u in rows}),
                "verdicts": dict(verdicts), "by_test_double": any(td for _, _, td, _ in rows)}

    # ------------------------------------------------------------------ pages
    @app.get("/", response_class=HTMLResponse)
    def index(request: Request, s: Session = Depends(get_db)):
        probs = s.scalars(select(D.Problem).where(D.Problem.accepted).order_by(D.Problem.id)).all()
        return render(request, "index.html", {"problems": probs})

    @app.get("/problems/{slug}", response_class=HTMLResponse)
    def problem_page(slug: str, request: Request, s: Session = Depends(get_db)):
        p = problem_or_404(s, slug)
        return render(request, "problem.html", {
            "p": p, "stats": stats(s, D.Submission.problem_id == p.id),
            "context": p.context.replace(C.HOLE, "/* your answer: the body { .. } */")})

    @app.post("/problems/{slug}/submit")
    def submit_form(slug: str, request: Request, code: str = Form(...), csrf: str = Form(""),
                    s: Session = Depends(get_db)):
        check_csrf(request, csrf)
        user = D.user_for_token(s, request.cookies.get(TOKEN_COOKIE))
        if user is None:
            return RedirectResponse("/register", status_code=303)
        sub = enqueue(s, user, problem_or_404(s, slug), code)
        return RedirectResponse(f"/submissions/{sub.id}", status_code=303)

    @app.get("/submissions/{sub_id}", response_class=HTMLResponse)
    def submission_page(sub_id: int, request: Request, s: Session = Depends(get_db)):
        sub = s.get(D.Submission, sub_id)
        if sub is None:
            raise HTTPException(404, f"no submission {sub_id}")
        return render(request, "submission.html", {
            "sub": sub, "p": s.get(D.Problem, sub.problem_id), "user": s.get(D.User, sub.user_id),
            "judged_by": describe_identity(sub.verifier) if sub.verifier else ""})

    @app.get("/users/{name}", response_class=HTMLResponse)
    def user_page(name: str, request: Request, s: Session = Depends(get_db)):
        u = s.scalar(select(D.User).where(D.User.name == name)) if _NAME.match(name) else None
        if u is None:
            raise HTTPException(404, f"no user {name!r}")
        subs = s.scalars(select(D.Submission).where(D.Submission.user_id == u.id)
                         .order_by(D.Submission.id.desc()).limit(50)).all()
        slugs = {p.id: p.slug for p in s.scalars(select(D.Problem))}
        solved = sorted({slugs[x.problem_id] for x in subs if x.verdict == C.STATUS_VERIFIED})
        return render(request, "user.html", {"u": u, "subs": subs, "slugs": slugs,
                                             "solved": solved,
                                             "stats": stats(s, D.Submission.user_id == u.id)})

    @app.get("/register", response_class=HTMLResponse)
    def register_page(request: Request):
        return render(request, "register.html", {"token": None})

    @app.post("/register", response_class=HTMLResponse)
    def register_form(request: Request, name: str = Form(...), csrf: str = Form(""),
                      s: Session = Depends(get_db)):
        check_csrf(request, csrf)
        user, token = make_user(s, name)
        resp = render(request, "register.html", {"token": token, "name": user.name})
        resp.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="lax")
        return resp

    @app.get("/author", response_class=HTMLResponse)
    def author_page(request: Request):
        return render(request, "author.html", {"report": None})

    @app.post("/author", response_class=HTMLResponse)
    def author_form(request: Request, slug: str = Form(...), title: str = Form(...),
                    description: str = Form(""), context: str = Form(...),
                    reference: str = Form(...), negatives: str = Form(""),
                    license: str = Form(""), csrf: str = Form(""), s: Session = Depends(get_db)):
        check_csrf(request, csrf)
        user = D.user_for_token(s, request.cookies.get(TOKEN_COOKIE))
        if user is None:
            return RedirectResponse("/register", status_code=303)
        try:
            pairs = parse_pairs(negatives)
        except ValueError as e:
            raise HTTPException(422, str(e)) from None
        p, rep = add_problem(s, user, slug, title, description, context, reference, pairs,
                             license)
        return render(request, "author.html", {"report": rep, "p": p},
                      status=200 if rep["ok"] else 422)

    # ------------------------------------------------------------------ API
    def make_user(s: Session, name: str):
        if not _NAME.match(name or ""):
            raise HTTPException(422, "name: 1-40 letters, digits, `_`, `.` or `-`")
        try:
            return D.create_user(s, name)
        except IntegrityError:
            s.rollback()
            raise HTTPException(409, f"the name {name!r} is taken") from None

    def add_problem(s, user, slug, title, description, context, reference, pairs, license):
        if not _SLUG.match(slug or ""):
            raise HTTPException(422, "slug: lowercase letters, digits and `-` (at most 80)")
        for what, text in (("context", context), ("reference", reference)):
            if len(text.encode("utf-8", "surrogatepass")) > settings.max_code_bytes:
                raise HTTPException(413, f"{what} over {settings.max_code_bytes} bytes")
        if s.scalar(select(D.Problem.id).where(D.Problem.slug == slug)):
            raise HTTPException(409, f"the slug {slug!r} is taken")
        if settings.verus is None:
            raise HTTPException(503, "authoring needs a verifier (serve with --verus)")
        rep = check_problem(context, reference, pairs, settings.verus, settings.job_timeout_s)
        d = rep.to_dict()
        d["verifier"] = verifier_line()
        p = None
        if rep.ok:
            p = D.Problem(slug=slug, title=title[:200], description=description[:10_000],
                          context=context, reference=reference, target_fn=rep.target_fn,
                          signature=rep.signature, spec=rep.spec, negatives=pairs,
                          examples=pairs, license=license[:80], author_id=user.id,
                          accepted=True, checks=d, source="upload")
            s.add(p)
            s.commit()
        return p, d

    @app.post("/api/register")
    async def api_register(request: Request, s: Session = Depends(get_db)):
        body = await _json(request)
        user, token = make_user(s, str(body.get("name", "")))
        return {"name": user.name, "token": token}

    @app.get("/api/problems")
    def api_problems(s: Session = Depends(get_db)):
        return [{"slug": p.slug, "title": p.title, "signature": p.signature, "spec": p.spec}
                for p in s.scalars(select(D.Problem).where(D.Problem.accepted))]

    @app.get("/api/problems/{slug}")
    def api_problem(slug: str, s: Session = Depends(get_db)):
        p = problem_or_404(s, slug)
        return {"slug": p.slug, "title": p.title, "description": p.description,
                "context": p.context, "signature": p.signature, "spec": p.spec,
                "examples": p.examples, "stats": stats(s, D.Submission.problem_id == p.id)}

    @app.post("/api/problems", status_code=201)
    async def api_add_problem(request: Request, s: Session = Depends(get_db)):
        user = api_user(request, s)
        b = await _json(request)
        pairs = b.get("negatives", [])
        if isinstance(pairs, str):
            try:
                pairs = parse_pairs(pairs)
            except ValueError as e:
                raise HTTPException(422, str(e)) from None
        p, rep = add_problem(s, user, str(b.get("slug", "")), str(b.get("title", "")),
                             str(b.get("description", "")), str(b.get("context", "")),
                             str(b.get("reference", "")), pairs, str(b.get("license", "")))
        return JSONResponse({"accepted": p is not None, "report": rep},
                            status_code=201 if p else 422)

    @app.post("/api/submissions", status_code=202)
    async def api_submit(request: Request, s: Session = Depends(get_db)):
        user = api_user(request, s)
        b = await _json(request)
        sub = enqueue(s, user, problem_or_404(s, str(b.get("problem", ""))), str(b.get("code", "")))
        return JSONResponse(sub_json(s, sub), status_code=202)

    @app.get("/api/submissions/{sub_id}")
    def api_submission(sub_id: int, s: Session = Depends(get_db)):
        sub = s.get(D.Submission, sub_id)
        if sub is None:
            raise HTTPException(404, f"no submission {sub_id}")
        return sub_json(s, sub)

    @app.get("/api/queue")
    def api_queue(s: Session = Depends(get_db)):
        rows = s.execute(select(D.Submission.status, func.count()).group_by(D.Submission.status))
        return {st: n for st, n in rows}

    return app


async def _json(request: Request) -> dict:
    try:
        b = json.loads(await request.body())
    except ValueError:
        raise HTTPException(400, "the body must be a JSON object") from None
    if not isinstance(b, dict):
        raise HTTPException(400, "the body must be a JSON object")
    return b
