"""`verusbench submit`: a valid submission becomes a bundle that passes the schema and is
uploaded in one pull-request commit (fake HfApi); bad input is refused with what to fix."""

from __future__ import annotations

import gzip
import json
import socket
from pathlib import Path

import huggingface_hub
import jsonschema
import pytest
from leaderboard_fixtures import B, FAIL, P, body, make_build, submit, write_preds

from verusbench.cli import main
from verusbench.leaderboard import bundle as BD


@pytest.fixture()
def env(tmp_path):
    make_build(tmp_path)
    return tmp_path


@pytest.fixture()
def no_network(monkeypatch):
    class Boom:
        def __init__(self, *a, **k):
            raise AssertionError("dry run must not create an HfApi")

    monkeypatch.setattr(huggingface_hub, "HfApi", Boom)
    monkeypatch.setattr(socket.socket, "connect", lambda *a, **k: (_ for _ in ()).throw(
        AssertionError("dry run must not open a socket")))


def test_dry_run_writes_a_schema_valid_bundle_and_prints_the_plan(env, no_network, capsys):
    assert submit(env, "My Model", {"code_from_spec": {B.id: [body("a"), FAIL]}}, 2,
                  "--weights-url", "https://huggingface.co/me/adapter") == 0
    root = next((env / "subs").iterdir())
    m = json.loads((root / "submission.json").read_text())
    jsonschema.validate(m, BD.schema())
    assert m["model_name"] == "My Model" and m["decoding"] == {"k": 2, "temperature": 0.8}
    assert m["dataset_version"] == "1.2.3" and m["predictions"]["code_from_spec"]["rows"] == 1
    assert root.name == f"my-model-{m['predictions_sha256'][:12]}"
    out = capsys.readouterr().out
    assert "DRY RUN" in out and BD.SUBMISSIONS_REPO in out
    assert f"submissions/{root.name}/submission.json" in out
    assert f"submissions/{root.name}/predictions/code_from_spec.jsonl" in out


def test_config_is_inferred_and_gz_accepted(env, no_network):
    p = env / "p.jsonl.gz"
    with gzip.open(p, "wt") as f:
        f.write(json.dumps({"id": P.id, "predictions": [P.target]}) + "\n")
    assert main(["submit", str(p), "--model-name", "m", "--base-model", "b", "--k", "1",
                 "--data", str(env / "build"), "--out", str(env / "subs"), "--dry-run"]) == 0
    m = json.loads(next((env / "subs").glob("*/submission.json")).read_text())
    assert list(m["predictions"]) == ["proof_completion"]


def test_same_predictions_same_hash_whatever_the_line_order(env):
    a = write_preds(env / "a.jsonl", {B.id: [body("1")]})
    rows = __import__("verusbench.scoring", fromlist=["load_rows"]).load_rows(env / "build", None, "test")
    meta = {"model_name": "x", "base_model": "b", "decoding": {"k": 1}}
    h1 = BD.build_bundle({"code_from_spec": a}, meta, rows, dataset_version="1.2.3").manifest
    h2 = BD.build_bundle({None: a}, {**meta, "model_name": "y"}, rows, dataset_version="1.2.3").manifest
    assert h1["predictions_sha256"] == h2["predictions_sha256"]
    c = write_preds(env / "c.jsonl", {B.id: [body("2")]})
    h3 = BD.build_bundle({"code_from_spec": c}, meta, rows, dataset_version="1.2.3").manifest
    assert h3["predictions_sha256"] != h1["predictions_sha256"]


class FakeApi:
    calls: list = []

    def __init__(self, token=None, **kw):
        FakeApi.calls.append(("init", token))

    def create_commit(self, repo_id, operations, commit_message, **kw):
        FakeApi.calls.append(("create_commit", repo_id, list(operations), commit_message, kw))
        return type("Info", (), {"pr_url": "https://huggingface.co/datasets/x/discussions/1",
                                 "oid": "abc"})()


def test_upload_is_one_pull_request_commit(env, monkeypatch, capsys):
    FakeApi.calls = []
    monkeypatch.setattr(huggingface_hub, "HfApi", FakeApi)
    write_preds(env / "b.jsonl", {B.id: [body("up")]})
    assert main(["submit", f"code_from_spec={env / 'b.jsonl'}", "--model-name", "m",
                 "--base-model", "b", "--k", "1", "--data", str(env / "build"),
                 "--out", str(env / "subs"), "--token", "tok"]) == 0
    (_, tok), (_, repo, ops, msg, kw) = FakeApi.calls
    root = next((env / "subs").iterdir())
    assert tok == "tok" and repo == BD.SUBMISSIONS_REPO
    assert kw["repo_type"] == "dataset" and kw["create_pr"] is True
    assert sorted(o.path_in_repo for o in ops) == [
        f"submissions/{root.name}/predictions/code_from_spec.jsonl",
        f"submissions/{root.name}/submission.json"]
    for o in ops:   # each operation uploads the bundle's own file
        assert Path(o.path_or_fileobj).read_bytes() == (root / o.path_in_repo.split("/", 2)[2]).read_bytes()
    assert "discussions/1" in capsys.readouterr().out


def _refused(env, capsys, lines: bytes, *extra: str, k: int = 1) -> str:
    (env / "bad.jsonl").write_bytes(lines)
    rc = main(["submit", f"code_from_spec={env / 'bad.jsonl'}", "--model-name", "m",
               "--base-model", "b", "--k", str(k), "--data", str(env / "build"),
               "--out", str(env / "subs"), "--dry-run", *extra])
    assert rc == 1 and not (env / "subs").exists()      # nothing written, nothing uploaded
    err = capsys.readouterr().err
    assert "fix these" in err
    return err


def _line(i, preds) -> bytes:
    return (json.dumps({"id": i, "predictions": preds}) + "\n").encode()


def test_bad_input_is_refused_with_what_to_fix(env, capsys, no_network, monkeypatch):
    err = _refused(env, capsys, _line("nope", [body("a")]))
    assert "id 'nope'" in err and "no such row in config code_from_spec" in err
    err = _refused(env, capsys, _line(B.id, [body("a")]), k=3)
    assert "has 1 prediction(s); every row needs exactly k=3" in err
    err = _refused(env, capsys, b'{"id": "x", "predictions": ["\xff\xfe"]}\n')
    assert "bad.jsonl:1" in err and "not UTF-8" in err
    err = _refused(env, capsys, b"{broken\n" + _line(B.id, [body("a")]))
    assert "bad.jsonl:1" in err and "malformed JSON" in err
    err = _refused(env, capsys, _line(B.id, [body("a")]) * 2)
    assert "listed twice" in err
    err = _refused(env, capsys, _line(B.id, ["x" * 1_000_001]))
    assert "limit is 1,000,000" in err
    err = _refused(env, capsys, _line(B.id, [body("a")]), "--weights-url", "not a url")
    assert "weights_url" in err and "submission.schema.json" in err
    monkeypatch.setattr(BD, "MAX_FILE_BYTES", 100)
    err = _refused(env, capsys, _line(B.id, [body("a") * 10]))
    assert "the limit is 100" in err


def test_gzip_predictions_bomb_and_damage_are_named(tmp_path, monkeypatch):
    """read_predictions reads .jsonl.gz through verusbench.jsonl.Lines: a file that
    decompresses past the cap is refused unread; a cut-off stream names its line."""
    line = _line(B.id, [body("a")])
    bomb = tmp_path / "bomb.jsonl.gz"
    bomb.write_bytes(gzip.compress(line + b" " * 5000 + b"\n"))
    monkeypatch.setattr(BD, "MAX_FILE_BYTES", 1000)
    assert bomb.stat().st_size < 1000
    entries, probs = BD.read_predictions(bomb)
    assert entries == [] and "decompresses to more than 1,000 bytes" in probs[0]["error"]
    monkeypatch.setattr(BD, "MAX_FILE_BYTES", 1 << 20)
    cut = tmp_path / "cut.jsonl.gz"
    whole = gzip.compress(line * 3)
    cut.write_bytes(whole[:-12])            # the stream's end (and its CRC) cut off
    entries, probs = BD.read_predictions(cut)
    assert probs and "gzip stream is damaged or cut off" in probs[0]["error"]
    assert probs[0]["where"].startswith(str(cut) + ":")
    good = tmp_path / "good.jsonl.gz"
    good.write_bytes(whole)
    entries, probs = BD.read_predictions(good)
    assert probs == [] and [e[0] for e in entries] == [B.id] * 3


def test_a_build_without_a_card_needs_dataset_version(tmp_path, capsys):
    (tmp_path / "build" / "data" / "code_from_spec").mkdir(parents=True)
    (tmp_path / "build" / "data" / "code_from_spec" / "test.jsonl").write_text(json.dumps(B.to_dict()) + "\n")
    write_preds(tmp_path / "b.jsonl", {B.id: [body("a")]})
    assert main(["submit", str(tmp_path / "b.jsonl"), "--model-name", "m", "--base-model", "b",
                 "--k", "1", "--data", str(tmp_path / "build"), "--dry-run",
                 "--out", str(tmp_path / "subs")]) == 2
    assert "--dataset-version" in capsys.readouterr().err


def test_fetch_takes_open_pull_requests_bundles(env, monkeypatch, capsys):
    """`leaderboard fetch`: each open PR's submissions/<id>/ lands in the submissions folder."""
    assert submit(env, "pr-model", {"code_from_spec": {B.id: [body("pr")]}}, 1, out="local") == 0
    bundle = next((env / "local").iterdir())
    seen = []

    class Api:
        def __init__(self, token=None, **kw):
            pass

        def get_repo_discussions(self, repo_id, **kw):
            seen.append(("list", repo_id, kw))
            return iter([type("D", (), {"num": 7, "is_pull_request": True})()])

        def snapshot_download(self, repo_id, *, repo_type, revision, allow_patterns, local_dir):
            seen.append(("snap", revision, allow_patterns))
            import shutil
            shutil.copytree(bundle, Path(local_dir) / "submissions" / bundle.name)
            return local_dir

    monkeypatch.setattr(huggingface_hub, "HfApi", Api)
    assert main(["leaderboard", "fetch", "--out", str(env / "subs")]) == 0
    assert seen[0] == ("list", BD.SUBMISSIONS_REPO, {"discussion_type": "pull_request",
                                                      "discussion_status": "open", "repo_type": "dataset"})
    assert seen[1] == ("snap", "refs/pr/7", ["submissions/**"])
    got = env / "subs" / bundle.name
    assert (got / "submission.json").read_bytes() == (bundle / "submission.json").read_bytes()
    assert "1 new bundle(s)" in capsys.readouterr().out
    assert main(["leaderboard", "fetch", "--out", str(env / "subs")]) == 0   # kept, not re-fetched
    assert "0 new bundle(s)" in capsys.readouterr().out


def test_a_model_name_with_markup_is_refused(env, capsys, no_network):
    write_preds(env / "b.jsonl", {B.id: [body("a")]})
    assert main(["submit", str(env / "b.jsonl"), "--model-name", "<script>x</script>",
                 "--base-model", "b", "--k", "1", "--data", str(env / "build"), "--dry-run",
                 "--out", str(env / "subs")]) == 1
    assert "model_name" in capsys.readouterr().err
