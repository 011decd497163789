"""verusbench.hub.write_build: the build folder loads with plain `datasets.load_dataset`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verusbench import DATASET_VERSION, TARGET_VERUS_VERSION
from verusbench import hub
from verusbench.corpus import SourceInfo, load_manifest
from verusbench.hub import CardInfo, read_card_yaml, validate_build, write_build
from verusbench.records import RowMetadata, TaskRow, hf_features, row_id

datasets = pytest.importorskip("datasets")


def make_row(task: str, i: int, source: str = "src-a", split_tag: str = "") -> dict:
    ctx = f"verus! {{ fn f{i}() /*__HOLE__*/ }} // {split_tag}"
    md = RowMetadata(source=source, repo="o/r", commit="c" * 40, path=f"src/f{i}.rs",
                     license="MIT", role="project", verus_version=TARGET_VERUS_VERSION,
                     verified="upstream", features=["loops", "quantifiers"][: i % 3],
                     code_lines=i, cluster_id=f"cl{i}", target_fn=f"f{i}",
                     variant="full" if task == "spec_from_code" else "")
    return TaskRow(id=row_id(task, ctx, str(i)), task=task, context=ctx, target=f"ensures r == {i}",
                   reference_file=ctx.replace("/*__HOLE__*/", f"ensures r == {i}"),
                   prompt=f"Fill the hole.\n{ctx}", completion=f"ensures r == {i}",
                   messages=[{"role": "user", "content": "Fill the hole."},
                             {"role": "assistant", "content": f"ensures r == {i}"}],
                   metadata=md).to_dict()


def sample_data() -> dict[str, dict[str, list[dict]]]:
    return {
        "spec_from_code": {"train": [make_row("spec_from_code", i, split_tag="train") for i in range(5)],
                           "validation": [make_row("spec_from_code", 10, split_tag="val")],
                           "test": [make_row("spec_from_code", 20 + i, "src-b", "test") for i in range(2)]},
        # an empty validation split: the other splits must still load
        "code_from_spec": {"train": [make_row("code_from_spec", i) for i in range(3)],
                           "validation": [],
                           "test": [make_row("code_from_spec", 7, "src-b")]},
        # all splits empty: no configs entry
        "repair": {"train": [], "validation": [], "test": []},
    }


def make_corpus(tmp: Path) -> Path:
    corpus = tmp / "corpus"
    (corpus / "LICENSES").mkdir(parents=True)
    (corpus / "LICENSES" / "src-a__LICENSE").write_text("MIT License\nsrc-a\n")
    (corpus / "LICENSES" / "src-b__LICENSE-MIT").write_text("MIT License\nsrc-b\n")
    (corpus / "LICENSES" / "unused__LICENSE").write_text("not in this build\n")
    return corpus


def make_card(corpus: Path) -> CardInfo:
    sources = [SourceInfo("src-a", "o/a", "a" * 40, "2026-01-01", "MIT", 3, 100, {"project": 3}, ["."]),
               SourceInfo("src-b", "o/b", "b" * 40, "2026-01-02", "MIT", 2, 50, {"benchmark": 2}, ["."])]
    return CardInfo(sources=sources, corpus_dir=str(corpus),
                    build_command="verusbench build --corpus demo --out build/",
                    corpus_description="two test sources", counts={"units": 12})


REPORT = {"skipped": [{"file": "src-a/bad.rs", "line": 3, "reason": "not UTF-8"}],
          "dedup": {"exact_duplicates": 2, "near_duplicate_clusters": 1},
          "decontamination": [{"benchmark": "human-eval-verus", "train_pairs_jaccard_ge_0.8": 0}]}


@pytest.fixture(scope="module")
def build(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("hub")
    out = tmp / "build"
    write_build(out, sample_data(), card=make_card(make_corpus(tmp)), report=REPORT)
    return out


def load(build: Path, config: str, split: str, cache: Path):
    return datasets.load_dataset(str(build), config, split=split, cache_dir=str(cache))


def test_every_config_and_split_loads_with_features(build: Path, tmp_path: Path):
    data = sample_data()
    features = hf_features()
    for config, splits in data.items():
        for split, rows in splits.items():
            if not rows:
                continue
            ds = load(build, config, split, tmp_path / "cache")
            assert ds.features == features, (config, split)
            assert ds.to_list() == rows, (config, split)


def test_empty_split_is_absent_and_others_load(build: Path, tmp_path: Path):
    dd = datasets.load_dataset(str(build), "code_from_spec", cache_dir=str(tmp_path / "c"))
    assert set(dd) == {"train", "test"}
    assert dd["train"].num_rows == 3 and dd["test"].num_rows == 1
    assert not list((build / "data" / "code_from_spec").glob("validation-*"))


def test_all_empty_config_has_no_entry_and_card_says_so(build: Path):
    header = read_card_yaml(build)
    assert [c["config_name"] for c in header["configs"]] == ["spec_from_code", "code_from_spec"]
    assert header["configs"][0]["default"] is True
    assert not (build / "data" / "repair").exists()
    body = (build / "README.md").read_text()
    assert "Configs with no rows in this build" in body and "`repair`" in body
    with pytest.raises(ValueError):
        datasets.load_dataset(str(build), "repair")


def test_card_header_and_body(build: Path):
    header = read_card_yaml(build)
    assert header["license"] == "mit"
    assert header["dataset_version"] == DATASET_VERSION
    assert header["verus_version"] == TARGET_VERUS_VERSION
    assert "text-generation" in header["task_categories"] and "verus" in header["tags"]
    info = {d["config_name"]: d for d in header["dataset_info"]}
    assert {s["name"]: s["num_examples"] for s in info["spec_from_code"]["splits"]} == {
        "train": 5, "validation": 1, "test": 2}
    assert datasets.Features._from_yaml_list(info["spec_from_code"]["features"]) == hf_features()
    files = {d["split"]: d["path"] for d in header["configs"][1]["data_files"]}
    assert files == {"train": "data/code_from_spec/train-*.parquet",
                     "test": "data/code_from_spec/test-*.parquet"}
    body = (build / "README.md").read_text()
    for needle in ("## How to load", "load_dataset(", "trust protocol", "## Fields",
                   "metadata.cluster_id", "| `spec_from_code` | 5 | 1 | 2 | 8 |",
                   "| src-a | o/a |", "LICENSES/src-b__LICENSE-MIT", "exact_duplicates",
                   "human-eval-verus", "skipped files: 1", "@software{verusbench",
                   DATASET_VERSION, TARGET_VERUS_VERSION, "verusbench build --corpus demo",
                   "Empty splits", "`code_from_spec/validation`", "units: 12",
                   "did not run Verus"):
        assert needle in body, needle


def test_licenses_and_report(build: Path):
    assert sorted(p.name for p in (build / "LICENSES").iterdir()) == [
        "src-a__LICENSE", "src-b__LICENSE-MIT"]
    assert json.loads((build / "BUILD_REPORT.json").read_text()) == REPORT
    validate_build(build)


def test_rebuild_removes_stale_shards_and_shards_large_splits(tmp_path: Path, monkeypatch):
    out = tmp_path / "b"
    card = make_card(make_corpus(tmp_path))
    monkeypatch.setattr(hub, "SHARD_BYTES", 2000)  # force several shards for 5 rows
    write_build(out, sample_data(), card=card, report={})
    shards = sorted(p.name for p in (out / "data" / "spec_from_code").glob("train-*.parquet"))
    assert len(shards) > 1 and all(s.endswith(f"-of-{len(shards):05d}.parquet") for s in shards)
    ds = datasets.load_dataset(str(out), "spec_from_code", split="train", cache_dir=str(tmp_path / "c1"))
    assert ds["id"] == [r["id"] for r in sample_data()["spec_from_code"]["train"]]
    monkeypatch.setattr(hub, "SHARD_BYTES", 100 * 1024 * 1024)
    smaller = {"spec_from_code": {"train": sample_data()["spec_from_code"]["train"][:2]}}
    write_build(out, smaller, card=card, report={})
    assert sorted(p.name for p in (out / "data").rglob("*.parquet")) == [
        "train-00000-of-00001.parquet"]
    ds = datasets.load_dataset(str(out), "spec_from_code", split="train", cache_dir=str(tmp_path / "c2"))
    assert ds.num_rows == 2


def test_bad_rows_name_config_split_and_row(tmp_path: Path):
    row = make_row("spec_from_code", 1)
    del row["target"]
    with pytest.raises(ValueError, match=r"'spec_from_code' split 'train'.*missing \['target'\]"):
        write_build(tmp_path / "x", {"spec_from_code": {"train": [row]}},
                    card=CardInfo(), report={})


def test_bad_version_rejected(tmp_path: Path):
    with pytest.raises(ValueError, match="semver"):
        write_build(tmp_path / "x", {}, card=CardInfo(dataset_version="v1"), report={})


def test_mixed_licences_give_other_with_link(tmp_path: Path):
    card = CardInfo(sources=[SourceInfo("a", "o/a", "c", "", "MIT", 1, 1),
                             SourceInfo("b", "o/b", "c", "", "MPL-2.0", 1, 1)])
    data = {"code_from_spec": {"test": [make_row("code_from_spec", 1, "a"),
                                        make_row("code_from_spec", 2, "b")]}}
    write_build(tmp_path / "m", data, card=card, report={})
    header = read_card_yaml(tmp_path / "m")
    assert header["license"] == "other" and header["license_link"] == "LICENSES/"


def test_demo_manifest_feeds_the_card(tmp_path: Path):
    card = CardInfo(sources=load_manifest("demo"), corpus_dir="demo")
    data = {"code_from_spec": {"train": [make_row("code_from_spec", 1, "verusbench-demo")]}}
    write_build(tmp_path / "d", data, card=card, report={})
    assert (tmp_path / "d" / "LICENSES" / "verusbench-demo__LICENSE").is_file()
    assert "| verusbench-demo | verusft/verusbench | `demo-v2` | MIT | unchecked |" in \
        (tmp_path / "d" / "README.md").read_text()


def test_citation_cff_matches_package_and_card():
    import yaml

    import verusbench

    cff = yaml.safe_load((Path(__file__).resolve().parents[1] / "CITATION.cff").read_text())
    for key in ("cff-version", "message", "title", "authors", "version"):
        assert key in cff, key
    assert str(cff["version"]) == verusbench.__version__
    assert cff["title"] in hub.CITATION_BIBTEX


def test_sources_default_to_corpus_manifest_and_verifier_from_report(tmp_path: Path):
    data = {"code_from_spec": {"train": [make_row("code_from_spec", 1, "verusbench-demo")]}}
    write_build(tmp_path / "d", data, card=CardInfo(corpus_dir="demo", verus_version=""),
                report={"verus": "/opt/verus/verus 0.2026.08.22"})
    assert read_card_yaml(tmp_path / "d")["verus_version"] == TARGET_VERUS_VERSION
    body = (tmp_path / "d" / "README.md").read_text()
    assert "| verusbench-demo | verusft/verusbench | `demo-v2` |" in body
    assert "Verus run by this build: /opt/verus/verus 0.2026.08.22." in body
