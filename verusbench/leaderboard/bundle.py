"""Submission bundles: `submission.json` (schema `leaderboard/submission.schema.json`) plus one
predictions file per config in the `eval` format, validated against a build's rows; written
locally and uploaded to the Hub submissions repo in one commit."""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Mapping

from .. import __version__
from .. import constants as C
from ..jsonl import Lines
from ..records import TaskRow
from ..scoring.inputs import prediction_error

SUBMISSIONS_REPO = "verusft/leaderboard-submissions"
SCHEMA_PATH = Path(__file__).resolve().parents[2] / "leaderboard" / "submission.schema.json"
MANIFEST = "submission.json"
#: a predictions file larger than this is refused unread (the biggest honest one, k=10 over
#: every test row, is far smaller)
MAX_FILE_BYTES = 64 * 1024 * 1024


@dataclass
class Bundle:
    """A submission folder: its manifest, predictions per config and the problems found."""

    path: Path | None
    manifest: dict
    predictions: dict[str, list[tuple[str, list[str]]]] = field(default_factory=dict)
    problems: list[dict] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def submission_id(self) -> str:
        return submission_id(self.manifest)


def problem(where: str, error: str) -> dict:
    return {"where": where, "error": error}


def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def schema_problems(manifest: Any, where: str = MANIFEST) -> list[dict]:
    """Every schema violation of a manifest, each naming the field and the rule it breaks."""
    import jsonschema

    v = jsonschema.Draft202012Validator(schema())
    out = []
    for e in sorted(v.iter_errors(manifest), key=lambda e: list(map(str, e.absolute_path))):
        field_ = "/".join(map(str, e.absolute_path)) or "(top level)"
        out.append(problem(f"{where}: {field_}", f"{e.message}; fix this field "
                           f"(see leaderboard/submission.schema.json)"))
    return out


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "model"


def submission_id(manifest: Mapping) -> str:
    return f"{slug(str(manifest.get('model_name', '')))}-{str(manifest.get('predictions_sha256', ''))[:12]}"


def read_predictions(path: str | os.PathLike, where: str | None = None
                     ) -> tuple[list[tuple[str, list[str]]], list[dict]]:
    """(id, predictions) per line of a predictions JSONL (or .jsonl.gz) and one problem per
    bad line; a file over MAX_FILE_BYTES is refused unread."""
    p = Path(path)
    where = where or str(p)
    if not p.is_file():
        return [], [problem(where, "file not found; give an existing predictions JSONL")]
    if p.stat().st_size > MAX_FILE_BYTES:
        return [], [problem(where, f"file is {p.stat().st_size:,} bytes; the limit is "
                            f"{MAX_FILE_BYTES:,}: submit only the test rows, k samples each")]
    entries, probs = [], []
    lines = Lines(p, max_bytes=MAX_FILE_BYTES)
    try:
        got = list(lines)
    except OSError as e:
        return [], [problem(where, f"cannot read the file ({type(e).__name__}: {e})")]
    if lines.over:
        return [], [problem(where, f"file decompresses to more than {MAX_FILE_BYTES:,} bytes")]
    if lines.damage:
        probs.append(problem(f"{where}:{lines.damage.line}", "the gzip stream is damaged or cut off "
                             f"here ({lines.damage.reason}); the lines before it were read: "
                             "compress the file again"))
    for lineno, raw in got:
        at = f"{where}:{lineno}"
        try:
            obj = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as e:
            probs.append(problem(at, f"not UTF-8 ({e.reason} at byte {e.start}); write the file as UTF-8"))
            continue
        except json.JSONDecodeError as e:
            probs.append(problem(at, f"malformed JSON ({e.msg}); each line must be "
                                 "{\"id\": ..., \"predictions\": [...]}"))
            continue
        if (not isinstance(obj, dict) or not isinstance(obj.get("id"), str)
                or not isinstance(obj.get("predictions"), list)):
            probs.append(problem(at, "expected an object with \"id\" (string) and "
                                 "\"predictions\" (list of strings)"))
            continue
        entries.append((obj["id"], obj["predictions"]))
    return entries, probs


def check_predictions(entries: list[tuple[str, list]], rows: Mapping[str, TaskRow], k: int,
                      where: str, config: str) -> list[dict]:
    """Ids in this config's rows, each once, k usable UTF-8 strings each."""
    probs, seen = [], set()
    for rid, preds in entries:
        at = f"{where}: id {rid!r}"
        if rid not in rows:
            probs.append(problem(at, f"no such row in config {config} of this dataset version "
                                 "(wrong config or dataset version?); remove the line"))
            continue
        if rid in seen:
            probs.append(problem(at, "listed twice; keep one line per row"))
            continue
        seen.add(rid)
        if len(preds) != k:
            probs.append(problem(at, f"has {len(preds)} prediction(s); every row needs exactly "
                                 f"k={k} (decoding.k)"))
        for i, p in enumerate(preds):
            err = prediction_error(p)
            # an empty sample is a legitimate (failing) answer; unusable bytes are not
            if err and err != "prediction is empty":
                probs.append(problem(f"{at} sample {i}", err))
    # a subset of the rows is allowed (the baselines use fixed subsets): results name the rows
    return probs


def canonical_lines(entries: list[tuple[str, list[str]]]) -> bytes:
    """The predictions file as the bundle stores it: sorted by id, one compact JSON a line."""
    return b"".join(json.dumps({"id": rid, "predictions": preds}, ensure_ascii=False,
                               separators=(",", ":")).encode("utf-8") + b"\n"
                    for rid, preds in sorted(entries, key=lambda e: e[0]))


def predictions_hash(per_config: Mapping[str, bytes]) -> str:
    """sha256 over (config, canonical file) pairs: the duplicate key."""
    h = hashlib.sha256()
    for cfg in sorted(per_config):
        h.update(cfg.encode() + b"\0" + hashlib.sha256(per_config[cfg]).digest())
    return h.hexdigest()


def rows_by_config(rows: Mapping[str, TaskRow]) -> dict[str, dict[str, TaskRow]]:
    out: dict[str, dict[str, TaskRow]] = {}
    for rid, r in rows.items():
        out.setdefault(r.task, {})[rid] = r
    return out


def infer_config(entries: list[tuple[str, list]], by_cfg: Mapping[str, Mapping]) -> str | None:
    """The config whose rows hold most of these ids (None if none)."""
    counts = {c: sum(rid in rs for rid, _ in entries) for c, rs in by_cfg.items()}
    best = max(counts, key=counts.get, default=None)
    return best if best and counts[best] else None


def build_bundle(preds: Mapping[str | None, str | os.PathLike], meta: Mapping[str, Any],
                 rows: Mapping[str, TaskRow], *, dataset_version: str) -> Bundle:
    """Validate predictions files (config -> path; None: infer the config) and metadata into
    a Bundle in memory; `problems` lists everything to fix."""
    by_cfg = rows_by_config(rows)
    decoding = dict(meta.get("decoding") or {})
    k = decoding.get("k")
    probs: list[dict] = []
    files: dict[str, bytes] = {}
    parsed: dict[str, list] = {}
    for cfg, path in preds.items():
        entries, bad = read_predictions(path)
        probs += bad
        if cfg is None:
            cfg = infer_config(entries, by_cfg)
            if cfg is None:
                probs.append(problem(str(path), "no id of this file is a test row of this dataset "
                                     "version; pass CONFIG=PATH or check --data"))
                continue
        if cfg not in C.TASKS:
            probs.append(problem(str(path), f"unknown config {cfg!r}; one of {', '.join(C.TASKS)}"))
            continue
        if cfg in parsed:
            probs.append(problem(str(path), f"a second predictions file for config {cfg}; give one per config"))
            continue
        if cfg not in by_cfg:
            probs.append(problem(str(path), f"config {cfg} has no test rows in this dataset version"))
            continue
        if isinstance(k, int):
            probs += check_predictions(entries, by_cfg[cfg], k, str(path), cfg)
        parsed[cfg] = sorted(entries, key=lambda e: e[0])
        files[cfg] = canonical_lines(entries)
    manifest = {
        "schema_version": 1, **{key: meta.get(key) for key in
                                ("model_name", "base_model", "parameters", "weights_url")},
        "decoding": {key: v for key, v in decoding.items() if v is not None},
        "dataset_version": dataset_version, "split": "test",
        "predictions": {cfg: {"path": f"predictions/{cfg}.jsonl",
                              "sha256": hashlib.sha256(b).hexdigest(),
                              "rows": len(parsed[cfg]), "bytes": len(b)}
                        for cfg, b in sorted(files.items())},
        "predictions_sha256": predictions_hash(files),
        "submitted_at": meta.get("submitted_at") or datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "verusbench_version": __version__,
    }
    for key in ("claimed", "baseline"):
        if meta.get(key) is not None:
            manifest[key] = meta[key]
    probs = schema_problems(manifest) + probs
    return Bundle(None, manifest, parsed, probs)


def write_bundle(bundle: Bundle, out_dir: str | os.PathLike) -> Path:
    """Write submission.json and predictions/<config>.jsonl under out_dir/<submission id>/."""
    root = Path(out_dir) / bundle.submission_id
    (root / "predictions").mkdir(parents=True, exist_ok=True)
    for cfg, entries in bundle.predictions.items():
        (root / "predictions" / f"{cfg}.jsonl").write_bytes(canonical_lines(entries))
    (root / MANIFEST).write_text(json.dumps(bundle.manifest, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    bundle.path = root
    return root


def read_bundle(path: str | os.PathLike, rows: Mapping[str, TaskRow], dataset_version: str) -> Bundle:
    """Re-validate a bundle folder as received (schema, dataset version, files, hashes, rows)."""
    root = Path(path)
    mp = root / MANIFEST
    try:
        manifest = json.loads(mp.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Bundle(root, {}, problems=[problem(str(mp), "missing; a bundle needs submission.json "
                                                  "(write it with `verusbench submit`)")])
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        return Bundle(root, {}, problems=[problem(str(mp), f"not UTF-8 JSON ({e}); rewrite it "
                                                  "with `verusbench submit`")])
    probs = schema_problems(manifest, str(mp))
    if probs or not isinstance(manifest, dict):
        return Bundle(root, manifest if isinstance(manifest, dict) else {}, problems=probs)
    if manifest["dataset_version"] != dataset_version:
        probs.append(problem(f"{mp}: dataset_version", f"is {manifest['dataset_version']}; this "
                             f"leaderboard scores dataset version {dataset_version}: regenerate "
                             "on that version"))
    by_cfg = rows_by_config(rows)
    parsed, files = {}, {}
    for cfg, info in sorted(manifest["predictions"].items()):
        fp = root / info["path"]
        if fp.is_file() and fp.stat().st_size <= MAX_FILE_BYTES:
            data = fp.read_bytes()
            if hashlib.sha256(data).hexdigest() != info["sha256"]:
                probs.append(problem(str(fp), "sha256 differs from submission.json; re-create "
                                     "the bundle with `verusbench submit`"))
        entries, bad = read_predictions(fp)
        probs += bad
        if cfg not in by_cfg:
            probs.append(problem(str(fp), f"config {cfg} has no test rows in dataset version {dataset_version}"))
            continue
        probs += check_predictions(entries, by_cfg[cfg], manifest["decoding"]["k"], str(fp), cfg)
        parsed[cfg] = sorted(entries, key=lambda e: e[0])
        files[cfg] = canonical_lines(entries)
    if not probs and predictions_hash(files) != manifest["predictions_sha256"]:
        probs.append(problem(f"{mp}: predictions_sha256", "does not match the predictions files; "
                             "re-create the bundle with `verusbench submit`"))
    return Bundle(root, manifest, parsed, probs)


# --------------------------------------------------------------------------- upload

def upload_plan(root: Path, repo_id: str = SUBMISSIONS_REPO) -> dict:
    files = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    return {"repo_id": repo_id, "repo_type": "dataset", "create_pr": True,
            "commit_message": f"submission {root.name}",
            "files": [{"path_in_repo": f"submissions/{root.name}/{f}",
                       "bytes": (root / f).stat().st_size} for f in files]}


def render_plan(plan: dict, dry_run: bool) -> str:
    lines = [("DRY RUN: would open" if dry_run else "opened") +
             f" a pull request on dataset {plan['repo_id']}: {plan['commit_message']}"]
    lines += [f"  {f['path_in_repo']}  ({f['bytes']:,} bytes)" for f in plan["files"]]
    if plan.get("pr_url"):
        lines.append(f"pull request: {plan['pr_url']}")
    return "\n".join(lines)


def upload(root: str | os.PathLike, repo_id: str = SUBMISSIONS_REPO, *, dry_run: bool = True,
           token: str | None = None) -> dict:
    """One commit (a pull request: submitters have no write access) adding the bundle under
    submissions/<id>/ of the Hub dataset repo; dry run only plans."""
    root = Path(root)
    plan = upload_plan(root, repo_id)
    if dry_run:
        return plan
    from huggingface_hub import CommitOperationAdd, HfApi

    api = HfApi(token=token)
    ops = [CommitOperationAdd(path_in_repo=f["path_in_repo"],
                              path_or_fileobj=str(root / f["path_in_repo"].split("/", 2)[2]))
           for f in plan["files"]]
    info = api.create_commit(repo_id, operations=ops, commit_message=plan["commit_message"],
                             repo_type="dataset", create_pr=True, token=token)
    plan["pr_url"] = getattr(info, "pr_url", None) or getattr(info, "commit_url", "") or ""
    return plan


def fetch_pending(out_dir: str | os.PathLike, repo_id: str = SUBMISSIONS_REPO, *,
                  token: str | None = None) -> list[Path]:
    """Download the bundles of the submissions repo's open pull requests into out_dir/<id>/
    (one `snapshot_download` of `refs/pr/N` each); bundles already there are kept."""
    import shutil
    import tempfile

    from huggingface_hub import HfApi

    api = HfApi(token=token)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    got: list[Path] = []
    for d in api.get_repo_discussions(repo_id, discussion_type="pull_request",
                                      discussion_status="open", repo_type="dataset"):
        with tempfile.TemporaryDirectory() as tmp:
            api.snapshot_download(repo_id, repo_type="dataset", revision=f"refs/pr/{d.num}",
                                  allow_patterns=["submissions/**"], local_dir=tmp)
            subs = Path(tmp) / "submissions"
            for b in sorted(subs.iterdir()) if subs.is_dir() else []:
                dest = out / b.name
                if b.is_dir() and not dest.exists():
                    shutil.copytree(b, dest)
                    got.append(dest)
    return got
