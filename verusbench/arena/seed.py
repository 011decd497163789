"""Seed problems from a build's test rows (code_from_spec: a fn body hole in a locked file)."""

from __future__ import annotations

import glob
import json
import os

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import constants as C
from ..integrity import IntegrityInputError, locate_target
from .db import Problem


def _reference_status(md: dict) -> str | None:
    return md.get("reference_status") if isinstance(md, dict) else None


def seed_rows(build_dir: str, config: str = C.TASK_CODE, split: str = "test") -> list[dict]:
    """Rows of `split` in `build_dir/data/<config>/`; with `reference_status` metadata, only
    rows whose reference verified."""
    import pyarrow.parquet as pq
    files = sorted(glob.glob(os.path.join(build_dir, "data", config, f"{split}-*.parquet")))
    if not files:
        raise FileNotFoundError(f"{build_dir}: no data/{config}/{split}-*.parquet; is it a "
                                "verusbench build (verusbench build --out DIR)?")
    rows = [r for f in files for r in pq.read_table(f).to_pylist()]
    out = []
    for r in rows:
        md = r.get("metadata") or {}
        if isinstance(md, str):
            md = json.loads(md)
        st = _reference_status(md)
        if st is not None and st != C.STATUS_VERIFIED:
            continue
        r["metadata"] = md
        out.append(r)
    return out


def seed(db: Session, build_dir: str, config: str = C.TASK_CODE, license: str = "",
         skipped: list[str] | None = None) -> list[str]:
    """Add one accepted problem per usable test row (skipping ones already there); slugs.
    Rows the trust protocol cannot use are named with the reason in `skipped`."""
    if config != C.TASK_CODE:
        raise ValueError(f"--config {config}: only {C.TASK_CODE} rows make Arena problems")
    added = []
    for r in seed_rows(build_dir, config):
        md = r["metadata"]
        slug = f"{md.get('target_fn') or 'fn'}-{r['id'][-8:]}".replace("_", "-")
        if db.scalar(select(Problem.id).where(Problem.slug == slug)):
            continue
        try:
            ref, pref, rfn = locate_target(r)
        except IntegrityInputError as e:  # no problem to judge; say which and why
            if skipped is not None:
                skipped.append(f"{build_dir}: row {r.get('id')}: {e}")
            continue
        db.add(Problem(
            slug=slug, title=f"{rfn.name} ({md.get('path', '')})", task=C.TASK_CODE,
            description=(f"Write the body of `{rfn.name}` so that Verus verifies it against "
                         f"its locked specification. From {md.get('source', '')} "
                         f"{md.get('path', '')} (licence {md.get('license', '')})."),
            context=r["context"], reference=r["target"], target_fn=rfn.name,
            signature=pref.text(rfn.signature) if rfn.signature else "",
            spec="\n".join(pref.text(c.span) for c in rfn.clauses),
            source=f"seed:{r['id']}", license=md.get("license", "") or license,
            accepted=True, checks={"seeded_from": r["id"],
                                   "reference_status": _reference_status(md)}))
        added.append(slug)
    db.commit()
    return added
