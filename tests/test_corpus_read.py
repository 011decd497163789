"""verusbench.corpus: reading the demo corpus, gzip JSONL folders and plain .rs folders."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verusbench.constants import ROLE_DEMO, ROLE_PROJECT, VERIFIED_UNCHECKED
from verusbench.corpus import (CorpusError, CorpusRecord, demo_corpus_dir, iter_corpus,
                               license_files, load_manifest, source_info_for,
                               write_manifest, write_source_jsonl)

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _rec(path: str, text: str = "fn f() {}\n", source: str = "s") -> dict:
    return {"source": source, "repo": "o/r", "commit": "c" * 40, "path": path,
            "role": "project", "license": "MIT", "text": text}


def _write_gz(path: Path, lines: list[bytes]) -> None:
    with gzip.open(path, "wb") as fh:
        for line in lines:
            fh.write(line + b"\n")


# --- demo corpus ---------------------------------------------------------------

def test_demo_corpus_records_match_manifest():
    errs: list[CorpusError] = []
    recs = list(iter_corpus("demo", errors=errs))
    assert errs == []
    [info] = load_manifest("demo")
    assert info.source == "verusbench-demo" and info.repo == "verusft/verusbench"
    assert info.commit == "demo-v2" and info.license == "MIT"
    assert info.verified == VERIFIED_UNCHECKED and info.roles == {ROLE_DEMO: len(recs)}
    assert 20 <= len(recs) <= 25
    assert info.files == len(recs)
    assert info.bytes == sum(len(r.text.encode()) for r in recs)
    for r in recs:
        assert (r.source, r.role, r.verified) == ("verusbench-demo", ROLE_DEMO, VERIFIED_UNCHECKED)
        assert r.path.endswith(".rs") and "/" not in r.path


def test_demo_programs_are_complete_verus_files():
    for p in sorted(demo_corpus_dir().glob("*.rs")):
        text = p.read_text()
        first = text.splitlines()[0]
        assert re.fullmatch(r"// verusbench demo: .+ \(verified: unchecked\)", first), p.name
        assert "use vstd::prelude::*;" in text and "verus! {" in text, p.name
        assert text.rstrip().endswith("fn main() {}"), p.name
        # no escape hatches in code we claim a Verus expert expects to verify
        for bad in ("assume(", "admit(", "external_body", "#[verifier::external]"):
            assert bad not in text, (p.name, bad)
        assert text.count("{") == text.count("}"), p.name
        assert text.count("(") == text.count(")"), p.name


def test_demo_corpus_covers_the_topics():
    texts = "\n".join(p.read_text() for p in demo_corpus_dir().glob("*.rs"))
    for needle in ("spec fn", "proof fn", "while ", "loop\n", "for ", "decreases", "invariant",
                   "#[trigger]", "forall|", "exists|", "let ghost", "Ghost<", "tracked ",
                   "Tracked<", "impl View for", "@", ") by {", "by (nonlinear_arith)",
                   "well_formed", "old(self)", "Vec<", "Seq<", "u64::MAX", "assert forall"):
        assert needle in texts, needle


def test_demo_license_text_is_shipped():
    lic = license_files("demo")
    assert list(lic) == ["verusbench-demo"]
    assert "MIT License" in lic["verusbench-demo"][0].read_text()


# --- gzip JSONL ------------------------------------------------------------------

def test_jsonl_dir_bad_lines_are_reported_and_skipped(tmp_path: Path):
    good = [json.dumps(_rec(f"a{i}.rs")).encode() for i in range(3)]
    missing = _rec("m.rs")
    del missing["license"]
    lines = [good[0], b"{not json", "\u00e9".encode("latin-1"),
             json.dumps(missing).encode(), b"[1, 2]", good[1], b"", good[2]]
    _write_gz(tmp_path / "s.jsonl.gz", lines)
    errs: list[CorpusError] = []
    recs = list(iter_corpus(tmp_path, errors=errs))
    assert [r.path for r in recs] == ["a0.rs", "a1.rs", "a2.rs"]
    assert [e.line for e in errs] == [2, 3, 4, 5]
    assert "not valid JSON" in errs[0].reason
    assert "not UTF-8" in errs[1].reason
    assert "missing license" in errs[2].reason and "'m.rs'" in errs[2].reason
    assert all(e.file.endswith("s.jsonl.gz") for e in errs)


def test_truncated_gzip_keeps_earlier_records_and_other_sources(tmp_path: Path):
    lines = [json.dumps(_rec(f"f{i}.rs", "x" * 2000)).encode() for i in range(50)]
    _write_gz(tmp_path / "a.jsonl.gz", lines)
    data = (tmp_path / "a.jsonl.gz").read_bytes()
    (tmp_path / "a.jsonl.gz").write_bytes(data[: len(data) // 2])
    _write_gz(tmp_path / "b.jsonl.gz", [json.dumps(_rec("ok.rs", source="b")).encode()])
    errs: list[CorpusError] = []
    recs = list(iter_corpus(tmp_path, errors=errs))
    assert len(errs) == 1 and "corrupt or truncated" in errs[0].reason
    assert recs[-1].path == "ok.rs"  # the next source is still read
    assert 0 < len(recs) - 1 < 50


def test_sources_filter_and_unknown_source(tmp_path: Path):
    for s in ("a", "b"):
        _write_gz(tmp_path / f"{s}.jsonl.gz", [json.dumps(_rec(f"{s}.rs", source=s)).encode()])
    errs: list[CorpusError] = []
    recs = list(iter_corpus(tmp_path, sources=["b", "zzz"], errors=errs))
    assert [r.source for r in recs] == ["b"]
    assert len(errs) == 1 and "'zzz'" in errs[0].reason


def test_writer_roundtrip_is_reproducible(tmp_path: Path):
    recs = [CorpusRecord("s", "o/r", "c1", p, "example", "MIT", f"// {p}\n")
            for p in ("z.rs", "a.rs", "m/b.rs")]
    p1 = write_source_jsonl(tmp_path / "one", "s", recs)
    p2 = write_source_jsonl(tmp_path / "two", "s", list(reversed(recs)))
    assert p1.read_bytes() == p2.read_bytes()
    info = source_info_for(recs, source="s", repo="o/r", commit="c1", commit_date="2026-01-01",
                           license="MIT", paths=["."])
    write_manifest(tmp_path / "one", [info])
    got = list(iter_corpus(tmp_path / "one"))
    assert [r.path for r in got] == ["a.rs", "m/b.rs", "z.rs"]
    assert got[0].text == "// a.rs\n"
    [back] = load_manifest(tmp_path / "one")
    assert back == info and back.roles == {"example": 3} and back.files == 3


def test_missing_corpus_has_actionable_error(tmp_path: Path):
    with pytest.raises(FileNotFoundError, match="pass 'demo'"):
        list(iter_corpus(tmp_path / "nope"))


# --- plain folder of .rs ----------------------------------------------------------

def test_rs_folder_walks_recursively_with_license(tmp_path: Path):
    root = tmp_path / "myproj"
    (root / "src" / "deep").mkdir(parents=True)
    (root / "src" / "lib.rs").write_text("verus! { fn a() {} }\n")
    (root / "src" / "deep" / "b.rs").write_text("fn b() {}\n")
    (root / "src" / "bad.rs").write_bytes(b"fn ok() {}\n// \xff\xfe\n")
    (root / "notes.txt").write_text("ignored")
    (root / "LICENSE").write_text("MIT License\n\nCopyright (c) someone\n")
    errs: list[CorpusError] = []
    recs = list(iter_corpus(root, errors=errs))
    assert [r.path for r in recs] == ["src/deep/b.rs", "src/lib.rs"]
    assert {(r.source, r.role, r.license, r.verified) for r in recs} == {
        ("myproj", ROLE_PROJECT, "MIT", VERIFIED_UNCHECKED)}
    assert len(errs) == 1 and errs[0].line == 2 and "not UTF-8" in errs[0].reason
    assert errs[0].file == "myproj/src/bad.rs"


def test_rs_folder_without_license_gives_empty_license(tmp_path: Path):
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "x.rs").write_text("fn x() {}\n")
    [r] = list(iter_corpus(tmp_path / "p"))
    assert r.license == ""


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.binary(max_size=200), max_size=8))
def test_random_jsonl_lines_never_raise(tmp_path: Path, lines: list[bytes]):
    lines = [l.replace(b"\n", b" ") for l in lines]
    good = json.dumps(_rec("good.rs")).encode()
    _write_gz(tmp_path / "r.jsonl.gz", lines + [good])
    errs: list[CorpusError] = []
    recs = list(iter_corpus(tmp_path, errors=errs))
    assert recs[-1].path == "good.rs"
    assert len(recs) + len(errs) == len([l for l in lines if l.strip()]) + 1


# --- the shared corpus (skipped when absent) -------------------------------------

@pytest.mark.skipif(not (SHARED / "MANIFEST.json").is_file(), reason="../shared/corpus absent")
def test_shared_manifest_and_licenses():
    infos = load_manifest(SHARED)
    names = {i.source for i in infos}
    assert {"verus", "human-eval-verus", "verus-bench"} <= names
    lic = license_files(SHARED)
    assert names <= set(lic), "every source ships its licence text"
    small = min(infos, key=lambda i: i.bytes)
    errs: list[CorpusError] = []
    recs = list(iter_corpus(SHARED, sources=[small.source], errors=errs))
    assert errs == [] and len(recs) == small.files


def test_demo_programs_parse_cleanly_and_have_specified_fns():
    """Each demo file parses with no diagnostics and offers 1+ exec/proof fns with a spec."""
    syntax = pytest.importorskip("verusbench.syntax")
    if not hasattr(syntax, "parse"):
        pytest.skip("syntax.parse not available yet")
    total = 0
    for r in iter_corpus("demo"):
        pf = syntax.parse(r.text, path=r.path)
        assert pf.diagnostics == [], (r.path, pf.diagnostics[:3])
        fns = [i for top in pf.items for i in top.walk() if i.kind == "fn"]
        specified = [f for f in fns if f.mode in ("exec", "proof") and f.body is not None
                     and any(c.kind in ("requires", "ensures") for c in f.clauses)]
        assert 1 <= len(specified) <= 4, (r.path, [f.name for f in specified])
        total += len(specified)
    assert total >= 60
