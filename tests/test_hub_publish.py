"""verusbench.hub.publish and `verusbench publish`: dry run offline, one commit + tag online."""

from __future__ import annotations

import socket
from pathlib import Path
from types import SimpleNamespace

import huggingface_hub
import pytest

from verusbench.cli import main as cli_main
from verusbench.hub import BuildInvalid, CardInfo, publish, write_build

from test_hub_build import make_row  # noqa: E402  (tests/ is on sys.path under pytest)


@pytest.fixture
def build(tmp_path: Path) -> Path:
    out = tmp_path / "build"
    data = {"spec_from_code": {"train": [make_row("spec_from_code", i) for i in range(3)],
                               "test": [make_row("spec_from_code", 9)]},
            "code_from_spec": {"train": [make_row("code_from_spec", 1)], "validation": []}}
    write_build(out, data, card=CardInfo(dataset_version="1.2.3"), report={"skipped": []})
    return out


@pytest.fixture
def no_network(monkeypatch):
    class Boom:
        def __init__(self, *a, **k):
            raise AssertionError("dry run must not create an HfApi")

    def refuse(*a, **k):
        raise AssertionError("dry run must not open a socket")

    monkeypatch.setattr(huggingface_hub, "HfApi", Boom)
    monkeypatch.setattr(socket.socket, "connect", refuse)


EXPECTED = ["BUILD_REPORT.json", "README.md",
            "data/code_from_spec/train-00000-of-00001.parquet",
            "data/spec_from_code/test-00000-of-00001.parquet",
            "data/spec_from_code/train-00000-of-00001.parquet"]


def test_dry_run_prints_plan_and_touches_no_network(build: Path, no_network, capsys):
    plan = publish(build, "verusft/tasks", "1.2.3", dry_run=True)
    assert [f.path_in_repo for f in plan.files] == EXPECTED
    assert plan.tag == "v1.2.3" and plan.dry_run
    assert plan.total_bytes == sum((build / p).stat().st_size for p in EXPECTED)
    out = capsys.readouterr().out
    assert "DRY RUN" in out and "verusft/tasks" in out and "v1.2.3" in out
    for p in EXPECTED:
        assert p in out
    assert f"files:   {len(EXPECTED)}" in out


def test_cli_dry_run(build: Path, no_network, capsys):
    assert cli_main(["publish", str(build), "--repo", "me/x", "--version", "1.2.3",
                     "--dry-run"]) == 0
    assert "me/x" in capsys.readouterr().out


class FakeApi:
    calls: list = []

    def __init__(self, token=None, **kw):
        FakeApi.calls.append(("init", token))

    def create_repo(self, repo_id, **kw):
        FakeApi.calls.append(("create_repo", repo_id, kw))

    def list_repo_files(self, repo_id, **kw):
        return ["README.md", ".gitattributes", "data/spec_from_code/train-00000-of-00002.parquet",
                "data/spec_from_code/train-00001-of-00002.parquet", "LICENSES/gone__LICENSE",
                "notes/keep.md"]

    def create_commit(self, repo_id, operations, commit_message, **kw):
        FakeApi.calls.append(("create_commit", repo_id, list(operations), commit_message, kw))
        return SimpleNamespace(oid="f" * 40, commit_url="https://hub/commit/fff")

    def create_tag(self, repo_id, tag, revision=None, **kw):
        FakeApi.calls.append(("create_tag", repo_id, tag, revision, kw))


def test_publish_one_commit_then_tag(build: Path, monkeypatch):
    FakeApi.calls = []
    monkeypatch.setattr(huggingface_hub, "HfApi", FakeApi)
    plan = publish(build, "verusft/tasks", "1.2.3", dry_run=False, token="hf_x")
    names = [c[0] for c in FakeApi.calls]
    assert names == ["init", "create_repo", "create_commit", "create_tag"]
    assert FakeApi.calls[0] == ("init", "hf_x")
    _, repo, kw = FakeApi.calls[1]
    assert repo == "verusft/tasks" and kw["repo_type"] == "dataset" and kw["exist_ok"] is True
    _, repo, ops, msg, kw = FakeApi.calls[2]
    assert kw["repo_type"] == "dataset" and "v1.2.3" in msg
    adds = [op for op in ops if isinstance(op, huggingface_hub.CommitOperationAdd)]
    dels = [op for op in ops if isinstance(op, huggingface_hub.CommitOperationDelete)]
    assert sorted(op.path_in_repo for op in adds) == EXPECTED
    for op in adds:
        assert Path(op.path_or_fileobj) == build / op.path_in_repo
    # stale shards of an older build would be picked up by the split globs: deleted
    assert sorted(op.path_in_repo for op in dels) == [
        "LICENSES/gone__LICENSE", "data/spec_from_code/train-00000-of-00002.parquet",
        "data/spec_from_code/train-00001-of-00002.parquet"]
    _, repo, tag, revision, kw = FakeApi.calls[3]
    assert (repo, tag, revision, kw["repo_type"]) == ("verusft/tasks", "v1.2.3", "f" * 40, "dataset")
    assert plan.commit_oid == "f" * 40 and not plan.dry_run


def test_version_must_match_build(build: Path, no_network):
    with pytest.raises(BuildInvalid, match="--version 1.2.3"):
        publish(build, "verusft/tasks", "2.0.0")
    with pytest.raises(BuildInvalid, match="semver"):
        publish(build, "verusft/tasks", "latest")


def test_corrupt_parquet_is_refused(build: Path, no_network, capsys):
    p = build / "data" / "spec_from_code" / "test-00000-of-00001.parquet"
    p.write_bytes(p.read_bytes()[:100])
    with pytest.raises(BuildInvalid, match="test-00000-of-00001.parquet: not a readable parquet"):
        publish(build, "verusft/tasks", "1.2.3")
    assert cli_main(["publish", str(build), "--version", "1.2.3", "--dry-run"]) == 2
    assert "not a readable parquet" in capsys.readouterr().err


def test_broken_card_yaml_is_refused(build: Path, no_network):
    readme = build / "README.md"
    readme.write_text("---\nconfigs: [unclosed\n---\nbody\n")
    with pytest.raises(BuildInvalid, match="does not parse"):
        publish(build, "verusft/tasks", "1.2.3")
    readme.unlink()
    with pytest.raises(BuildInvalid, match="verusbench build"):
        publish(build, "verusft/tasks", "1.2.3")


def test_missing_data_files_are_refused(build: Path, no_network):
    for p in (build / "data" / "code_from_spec").glob("*.parquet"):
        p.unlink()
    with pytest.raises(BuildInvalid, match="'code_from_spec' split 'train'"):
        publish(build, "verusft/tasks", "1.2.3")
