"""fetch_sources: pinned checkout, role rules, JSONL/MANIFEST/LICENSES writer (local git, no network)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from verusbench.corpus import (assign_role, iter_corpus, license_files, load_manifest,
                               repo_url)

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")


def git(cwd: Path, *args: str) -> str:
    env_args = ["-c", "user.name=t", "-c", "user.email=t@example.com",
                "-c", "commit.gpgsign=false"]
    return subprocess.run(["git", *env_args, *args], cwd=cwd, check=True,
                          capture_output=True, text=True).stdout.strip()


def make_repo(root: Path, files: dict[str, bytes]) -> Path:
    root.mkdir(parents=True)
    git(root, "init", "-q")
    git(root, "config", "uploadpack.allowAnySHA1InWant", "true")
    for rel, data in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "pinned")
    return root


def test_role_rules():
    assert assign_role("verus", "examples/guide/x.rs") == "example"
    assert assign_role("verus", "source/vstd/seq.rs") == "library"
    assert assign_role("verus", "source/rust_verify_test/tests/adts.rs") == "test_suite"
    assert assign_role("verus", "source/rust_verify/src/main.rs") is None
    assert assign_role("vericoding", "vericoded/verus/VA0002_vericoded.rs") == "llm_solution"
    assert assign_role("vericoding", "benchmarks/verus/apps/x.rs") == "benchmark_task"
    assert assign_role("vericoding", "verus/src/run/x.rs") == "llm_run_artifact"
    assert assign_role("autoverus-traces", "generated/autoverus/a/b.rs") == "repair_chain"
    assert assign_role("some-new-project", "src/lib.rs") == "project"
    assert repo_url("verus-lang/verus") == "https://github.com/verus-lang/verus.git"
    assert repo_url("file:///tmp/x") == "file:///tmp/x"


@pytest.fixture(autouse=True)
def _script_importable(monkeypatch):
    # dataset_scripts/ is not a package: expose fetch_sources.py under a module name.
    import importlib.util
    import sys

    path = Path(__file__).resolve().parents[1] / "dataset_scripts" / "fetch_sources.py"
    spec = importlib.util.spec_from_file_location("dataset_scripts_fetch", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    monkeypatch.setitem(sys.modules, "dataset_scripts_fetch", mod)


def test_fetch_end_to_end(tmp_path: Path):
    from dataset_scripts_fetch import main

    repo = make_repo(tmp_path / "verus-up", {
        "examples/a.rs": b"// rust_verify/tests/example.rs\nverus! {}\n",
        "examples/README.md": b"# not kept for this source\n",
        "source/vstd/seq.rs": b"verus! { pub spec fn f() -> int { 1 } }\n",
        "source/rust_verify_test/tests/t.rs": b"test_verify_one_file! {}\n",
        "source/rust_verify/src/main.rs": b"fn main() {}\n",
        "source/vstd/bad.rs": b"// \xff not utf-8\n",
        "LICENSE": b"MIT License\n\nCopyright (c) test\n",
    })
    pinned = git(repo, "rev-parse", "HEAD")
    # a later commit that must NOT be what gets fetched
    (repo / "examples" / "later.rs").write_text("// added after the pin\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "later")
    proj = make_repo(tmp_path / "proj-up", {
        "src/lib.rs": b"verus! { fn g() {} }\n", "Cargo.toml": b"[package]\n",
        "LICENSE-MIT": b"MIT License\n", "LICENSE-APACHE": b"Apache License\n",
        "docs/x.md": b"not kept\n"})
    manifest = tmp_path / "in" / "MANIFEST.json"
    manifest.parent.mkdir()
    manifest.write_text(json.dumps({"sources": [
        {"source": "verus", "repo": f"file://{repo}", "commit": pinned, "license": "MIT",
         "paths": ["examples", "source/vstd", "source/rust_verify_test/tests"]},
        {"source": "proj", "repo": f"file://{proj}", "commit": git(proj, "rev-parse", "HEAD"),
         "license": "MIT OR Apache-2.0", "paths": ["."]},
    ]}))
    out = tmp_path / "corpus"
    assert main(["--manifest", str(manifest), "--out", str(out),
                 "--work", str(tmp_path / "work")]) == 0
    recs = {(r.source, r.path): r for r in iter_corpus(out)}
    assert set(recs) == {("verus", "examples/a.rs"), ("verus", "source/vstd/seq.rs"),
                         ("verus", "source/rust_verify_test/tests/t.rs"),
                         ("proj", "src/lib.rs"), ("proj", "Cargo.toml")}
    assert recs["verus", "examples/a.rs"].role == "example"
    assert recs["verus", "source/vstd/seq.rs"].role == "library"
    assert recs["verus", "source/rust_verify_test/tests/t.rs"].role == "test_suite"
    assert recs["proj", "src/lib.rs"].license == "MIT OR Apache-2.0"
    assert recs["verus", "examples/a.rs"].commit == pinned
    infos = {i.source: i for i in load_manifest(out)}
    assert infos["verus"].roles == {"example": 1, "library": 1, "test_suite": 1}
    assert infos["verus"].files == 3 and len(infos["verus"].commit_date) == 10
    assert infos["proj"].roles == {"project": 2}
    lic = license_files(out)
    assert [p.name for p in lic["verus"]] == ["verus__LICENSE"]
    assert sorted(p.name for p in lic["proj"]) == ["proj__LICENSE-APACHE", "proj__LICENSE-MIT"]


def test_fetch_bad_commit_is_reported_not_fatal(tmp_path: Path):
    from dataset_scripts_fetch import main

    good = make_repo(tmp_path / "good", {"src/a.rs": b"fn a() {}\n"})
    manifest = tmp_path / "MANIFEST.json"
    manifest.write_text(json.dumps({"sources": [
        {"source": "broken", "repo": f"file://{good}", "commit": "0" * 40, "license": "MIT",
         "paths": ["."]},
        {"source": "good", "repo": f"file://{good}", "commit": git(good, "rev-parse", "HEAD"),
         "license": "MIT", "paths": ["."]}]}))
    out = tmp_path / "out"
    assert main(["--manifest", str(manifest), "--out", str(out),
                 "--work", str(tmp_path / "w")]) == 0
    assert [i.source for i in load_manifest(out)] == ["good"]
    assert [r.path for r in iter_corpus(out)] == ["src/a.rs"]
