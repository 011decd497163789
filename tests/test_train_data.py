"""Rows -> TRL format, length filter, compact GPU subsets (cluster-disjoint carved validation)."""

from __future__ import annotations

import pytest

from train_fixtures import task_row, tiny_build, tiny_tokenizer

from verusbench.train.data import DataError, compact_build, load_split, row_to_conversation


def test_row_to_conversation_splits_off_the_answer():
    conv = row_to_conversation(task_row(3))
    assert [m["role"] for m in conv["prompt"]] == ["system", "user"]
    assert conv["completion"][0]["role"] == "assistant" and "fn add3" in conv["completion"][0]["content"]


def test_row_without_messages_falls_back_or_fails_clearly():
    r = {**task_row(1), "messages": []}
    assert row_to_conversation(r)["prompt"] == [{"role": "user", "content": r["prompt"]}]
    with pytest.raises(DataError, match=r["id"]):
        row_to_conversation({**r, "prompt": ""})


def test_missing_config_names_what_to_do(tmp_path):
    build = tiny_build(tmp_path, n_train=2, n_val=1, n_test=1)
    with pytest.raises(DataError, match="verusbench build"):
        load_split(build, "repair", "train")


def test_compact_build_filters_caps_and_carves_by_cluster(tmp_path):
    tok = tiny_tokenizer()
    rows = [task_row(i) for i in range(60)]
    for i, r in enumerate(rows):
        r["metadata"]["cluster_id"] = f"c{i % 12}"
    rows[0]["messages"][1]["content"] = "word " * 3000  # far over max_length: dropped
    from verusbench.train.data import write_build
    src = write_build({"code_from_spec": {"train": rows}}, tmp_path / "src")  # no validation split
    rep = compact_build(src, tmp_path / "out", tok, ["code_from_spec"], max_length=200, max_train=40,
                        max_val=20, min_val=10)
    info = rep["configs"]["code_from_spec"]
    assert info["validation_carved_from_train"]["rows"] >= 10
    train = list(load_split(tmp_path / "out", "code_from_spec", "train"))
    val = list(load_split(tmp_path / "out", "code_from_spec", "validation"))
    assert len(train) <= 40 and 10 <= len(val) <= 20
    assert rows[0]["id"] not in {r["id"] for r in train + val}
    assert not {r["metadata"]["cluster_id"] for r in train} & {r["metadata"]["cluster_id"] for r in val}
    assert all(r["context"] == "" and r["messages"][-1]["role"] == "assistant" for r in train)


def test_builds_with_one_name_never_share_rows(tmp_path):
    """Two builds called `build` (the SFT test's 48 rows once came back as another test's 2)."""
    from verusbench.train.data import write_build

    ids = {}
    for parent, n in (("a", 2), ("b", 5)):
        rows = [task_row(i) for i in range(n)]
        build = write_build({"code_from_spec": {"train": rows}}, tmp_path / parent / "build")
        ids[parent] = list(load_split(build, "code_from_spec", "train")["id"])
        assert ids[parent] == [r["id"] for r in rows]
    # rebuilt in place with other rows: the new rows, not a cached copy of the old ones
    rows = [task_row(i) for i in range(10, 13)]
    build = write_build({"code_from_spec": {"train": rows}}, tmp_path / "a" / "build")
    assert list(load_split(build, "code_from_spec", "train")["id"]) == [r["id"] for r in rows]
