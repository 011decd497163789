"""The builder's stages (verusbench.pipeline.STAGES): their order, their types, each one run
alone on a small hand-made input, the timing `run` records per stage, errors naming the stage."""

from __future__ import annotations

import dataclasses

import pytest

from verusbench import constants as C
from verusbench.build import BuildOptions, build
from verusbench.corpus import CorpusRecord
from verusbench.dedup import ngram_set
from verusbench.pipeline import (STAGES, BuildContext, Clustered, Dataset, Loaded, Parsed, Rows,
                                 Stage, StageError, Units, decontaminate, dedup, parse, run,
                                 run_stages, split)
from verusbench.records import RowMetadata
from verusbench.tasks.common import make_row

NAMES = ("load", "parse", "units", "inline", "slice", "tasks", "verify", "integrity", "dedup", "split", "decontaminate")
OUTPUT = {"load": Loaded, "parse": Parsed, "units": Units, "inline": Units, "slice": Units, "tasks": Rows, "verify": Rows,
          "integrity": Rows, "dedup": Clustered, "split": Dataset, "decontaminate": Dataset}


def _opts(tmp_path, **kw) -> BuildOptions:
    return BuildOptions(corpus="demo", out=str(tmp_path / "out"), progress=False, workers=1, **kw)


def _ctx(tmp_path, **kw) -> BuildContext:
    return BuildContext.open(_opts(tmp_path, **kw))


def _row(source: str, n: int, task: str = C.TASK_REPAIR):
    """A repair row of `source` whose files are distinct program text number n."""
    body = "\n".join(f"    let v{n}_{k} = x / {n * 11 + k + 2};" for k in range(8))
    fixed = f"use vstd::prelude::*;\nverus! {{\nfn f{n}(x: u32)\n    requires x > {n},\n{{\n{body}\n}}\n}}\n"
    broken = fixed.replace("requires", "ensures", 1)
    md = RowMetadata(source=source, repo="r", commit="c", path=f"p{n}.rs", license="MIT",
                     role=C.ROLE_REPAIR_CHAIN, verus_version="", verified=C.VERIFIED_UNCHECKED)
    return make_row(task, broken, fixed, fixed, md)


def test_stages_are_the_data_flow_in_order():
    assert tuple(s.name for s in STAGES) == NAMES
    for s in STAGES:
        assert s.fn.__name__ == s.name and s.doc and "\n" not in s.doc


def test_each_stage_returns_its_output_type(tmp_path):
    ctx = _ctx(tmp_path)
    value = None
    for st in STAGES:
        value = st.fn(ctx, value)
        assert type(value) is OUTPUT[st.name], st.name
        assert isinstance(value.report, dict)
    assert set(value.data) == set(ctx.opts.configs)
    assert sum(len(r) for sp in value.data.values() for r in sp.values()) > 100


def test_parse_alone_keeps_the_tree_and_skips_what_it_cannot_parse(tmp_path):
    good = "use vstd::prelude::*;\nverus! {\nfn f(x: u32) -> (r: u32)\n    ensures r == x,\n{\n    x\n}\n}\n"
    recs = [CorpusRecord("s", "r", "c", p, C.ROLE_PROJECT, "MIT", t)
            for p, t in (("good.rs", good), ("bad.rs", "fn f( {{{ verus! { ]"))]
    out = parse(_ctx(tmp_path), Loaded(unit_records=recs, repair_chains=[], llm_artifacts=[],
                                       benchmark_ngrams={}, upgrades={}))
    assert [ps.record.path for ps in out.files] == ["good.rs"]
    tree = out.files[0].tree
    assert tree.source == good.encode() and [it.name for it in tree.walk() if it.kind == "fn"] == ["f"]
    assert [(s["path"], s["reason"]) for s in out.report["skipped"]] == [
        ("bad.rs", "parser could not handle the file")]


def test_dedup_alone_clusters_copies_together(tmp_path):
    a, b, other = _row("autoverus-traces", 1), _row("vericoding", 1), _row("autoverus-traces", 2)
    rows = [a, b, other]
    owners = ["r:a", "r:b", "r:other"]
    out = dedup(_ctx(tmp_path), Rows(rows=rows, owners=owners, units=[], benchmark_ngrams={},
                                     upgrades={}))
    cid = out.cluster_of
    assert cid["r:a"] == cid["r:b"] != cid["r:other"]
    assert out.report["dedup"]["clusters"] == 2
    assert out.rows == rows and out.owners == owners


def test_split_alone_keeps_whole_clusters_in_one_split(tmp_path):
    held = _row("human-eval-verus", 1, C.TASK_REPAIR)        # a test source
    mate = _row("autoverus-traces", 2, C.TASK_REPAIR)        # same cluster as `held`
    alone = [_row("autoverus-traces", n, C.TASK_REPAIR) for n in range(3, 8)]
    rows = [held, mate, *alone, alone[0]]                    # the last is a duplicate row id
    owners = ["r:h", "r:m", *(f"r:{n}" for n in range(3, 8)), "r:3"]
    cid = {"r:h": "c0", "r:m": "c0", **{f"r:{n}": f"c{n}" for n in range(3, 8)}}
    ctx = _ctx(tmp_path, configs=(C.TASK_REPAIR,))
    out = split(ctx, Clustered(rows=rows, owners=owners, units=[], cluster_of=cid, benchmark_ngrams={}))
    where = {r["id"]: s for s, rs in out.data[C.TASK_REPAIR].items() for r in rs}
    assert where[held.id] == where[mate.id] == "test"
    assert {where[r.id] for r in alone} <= {"train", "validation"}
    assert set(out.data[C.TASK_REPAIR]) == set(C.SPLITS)     # no ledger: no test_unverified
    assert out.report["duplicate_row_ids"] == 1
    assert sum(out.report["counts"][C.TASK_REPAIR].values()) == 7
    assert {r["metadata"]["cluster_id"] for r in out.data[C.TASK_REPAIR]["test"]} == {"c0"}


def test_decontaminate_alone_counts_train_rows_copying_a_benchmark(tmp_path):
    bench = _row("verus-bench", 1).reference_file
    copy, kin = _row("autoverus-traces", 1), _row("autoverus-traces", 2)   # kin: same prelude
    other = dict(kin.to_dict(), target=" ".join(f"let w{k} = {k};" for k in range(40)))
    data = {cfg: {s: [] for s in C.SPLITS} for cfg in (C.TASK_REPAIR,)}
    data[C.TASK_REPAIR]["train"] = [copy.to_dict(), kin.to_dict(), other]
    ctx = _ctx(tmp_path, configs=(C.TASK_REPAIR,))
    out = decontaminate(ctx, Dataset(data=data, benchmark_ngrams={"verus-bench": ngram_set(bench, 13)}))
    got = out.report["decontamination"]["verus-bench"]["configs"][C.TASK_REPAIR]
    assert got == {"train_rows": 3, "rows_with_any_13gram": 2, "rows_with_half_13grams": 1}
    assert out.data is data


def test_run_times_every_stage_and_an_added_stage_slots_in(tmp_path):
    base = run(_opts(tmp_path))
    for name in NAMES:
        assert name in base.timings and base.report["timings_s"][name] >= 0
    assert base.report["units"] > 0 and base.report["dedup"]["clusters"] > 0

    def count(ctx, inp: Units) -> Units:      # a stage that only reports
        return dataclasses.replace(inp, report={"counted_files": len(inp.files)})
    at = NAMES.index("units") + 1
    res = run(_opts(tmp_path), stages=(*STAGES[:at], Stage("count", count, "count unit files"), *STAGES[at:]))
    assert list(res.timings)[1:-1] == [*NAMES[:at], "count", *NAMES[at:]]
    assert res.report["counted_files"] == base.report["unit_files"]
    ids = lambda r: {c: {s: [x["id"] for x in v] for s, v in sp.items()} for c, sp in r.data.items()}
    assert ids(res) == ids(base)
    assert ids(build(_opts(tmp_path))) == ids(base)


def test_a_stage_error_names_the_stage(tmp_path):
    def boom(ctx, inp):
        raise ValueError("no good")
    ctx = _ctx(tmp_path)
    with pytest.raises(StageError, match="build stage 'boom'.*ValueError: no good") as ei:
        run_stages(ctx, (STAGES[0], Stage("boom", boom, "fails")))
    assert ei.value.stage == "boom" and isinstance(ei.value.__cause__, ValueError)


def test_a_missing_corpus_fails_in_load_and_the_cli_says_so(tmp_path, capsys):
    with pytest.raises(StageError, match="'load'") as ei:
        build(BuildOptions(corpus=str(tmp_path / "nope"), out=str(tmp_path / "o"), progress=False))
    assert isinstance(ei.value.__cause__, FileNotFoundError)
    from verusbench.cli import main
    assert main(["build", "--corpus", str(tmp_path / "nope"), "--out", str(tmp_path / "o"),
                 "--no-ledger", "--no-progress"]) == 2
    assert "build stage 'load'" in capsys.readouterr().err
