"""Export accepted problems and their verified solutions as a Hub-layout dataset:
data/problems/train-*.parquet, data/solutions/train-*.parquet and a README card."""

from __future__ import annotations

from pathlib import Path

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import constants as C
from .db import DONE, Problem, Submission, User


def export(db: Session, out_dir: str, license: str, include_test_double: bool = False) -> dict:
    """Write the dataset; solutions judged by the test double only with include_test_double."""
    from datasets import Dataset
    if not license:
        raise ValueError("choose the data licence of the export (e.g. --license cc-by-4.0)")
    out = Path(out_dir)
    probs = db.scalars(select(Problem).where(Problem.accepted).order_by(Problem.id)).all()
    users = {u.id: u.name for u in db.scalars(select(User))}
    slugs = {p.id: p.slug for p in probs}
    p_rows = [{"slug": p.slug, "title": p.title, "description": p.description, "task": p.task,
               "context": p.context, "reference": p.reference, "target_fn": p.target_fn,
               "signature": p.signature, "spec": p.spec, "source": p.source,
               "license": p.license} for p in probs]
    q = select(Submission).where(Submission.status == DONE,
                                 Submission.verdict == C.STATUS_VERIFIED).order_by(Submission.id)
    s_rows = []
    for s in db.scalars(q):
        if s.problem_id not in slugs or (s.test_double and not include_test_double):
            continue
        s_rows.append({"id": s.id, "problem": slugs[s.problem_id],
                       "submitter": users.get(s.user_id, ""), "code": s.code,
                       "verdict": s.verdict, "test_double": bool(s.test_double),
                       "verifier": _ident(s.verifier)})
    written = {}
    for name, rows in (("problems", p_rows), ("solutions", s_rows)):
        d = out / "data" / name
        d.mkdir(parents=True, exist_ok=True)
        for old in d.glob("*.parquet"):
            old.unlink()
        if rows:
            Dataset.from_list(rows).to_parquet(str(d / "train-00000-of-00001.parquet"))
        written[name] = len(rows)
    configs = [{"config_name": n, "data_files": [{"split": "train",
                                                  "path": f"data/{n}/train-*.parquet"}]}
               for n in ("problems", "solutions") if written[n]]
    if configs:
        configs[0]["default"] = True
    header = {"license": license, "pretty_name": "verusbench Arena", "tags": ["verus", "code"],
              "configs": configs}
    card = ("---\n" + yaml.safe_dump(header, sort_keys=False) + "---\n\n# verusbench Arena\n\n"
            f"Problems (a Verus file with a locked spec and one fn body to write) and the "
            f"solutions that the Arena's verifier accepted. Licence of this data: {license}.\n\n"
            f"- problems: {written['problems']}\n- solutions: {written['solutions']} "
            "(each with the verifier identity that judged it"
            + ("; rows with test_double=true were judged by a test double, not Verus"
               if include_test_double else "") + ")\n")
    (out / "README.md").write_text(card, encoding="utf-8")
    return written


def _ident(v: dict | None) -> str:
    from ..verifier import describe_identity
    return describe_identity(v or {})
