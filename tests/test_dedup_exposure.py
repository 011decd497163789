"""dedup clusters an owner with what its rows expose: units whose context is their whole file
share the file's cluster; a unit whose context is a slice joins only the units whose fn the
slice holds (and its file's cluster when the file is a copy of another one), and the whole-file
rows that show its fn are held out with it, not it with them. So a held-out
copy of one lemma no longer drops every sliced unit of the lemma's file, while no train row
keeps a held-out fn in its context; and a train row that shows half of a held-out answer of
another source (a re-solved benchmark program) is dropped."""

from __future__ import annotations

import dataclasses

from verusbench import constants as C
from verusbench.build import BuildOptions
from verusbench.corpus import CorpusRecord
from verusbench.dedup import Clusterer
from verusbench.pipeline import BuildContext, Rows, dedup, unit_key
from verusbench.syntax import parse
from verusbench.units import extract_units

PRELUDE = "use vstd::prelude::*;\nverus! {\n"


def _lemma(name: str, v: str, op: str) -> str:
    steps = "\n".join(f"    assert({v}{i} {op} {v} == {v} {op} {v}{i});" for i in range(6))
    return f"proof fn {name}({v}: int)\n    ensures {v} {op} 1 == 1 {op} {v},\n{{\n{steps}\n}}\n"


A, B, CC = _lemma("lemma_a", "x", "+"), _lemma("lemma_b", "yy", "*"), _lemma("lemma_c", "zed", "-")
FILE = PRELUDE + A + B + CC + "}\n"


def _units(source: str, path: str, text: str):
    rec = CorpusRecord(source, "r", "c", path, C.ROLE_PROJECT, "MIT", text)
    return {u.fn_name: u for u in extract_units(rec, parse(text))[0]}


def _sliced(name: str, slice_text: str, files=frozenset({"ex.rs"})):
    """The unit `name` of ex.rs with `slice_text` as its context (as the slice stage makes it)."""
    u = _units("verus", "ex.rs", slice_text)[name]
    return dataclasses.replace(u, original_text=FILE, minimized="sliced", slice_of="ex.rs",
                               slice_files=files)


def _clusters(tmp_path, units):
    ctx = BuildContext.open(BuildOptions(corpus="demo", out=str(tmp_path / "o"), progress=False, workers=1))
    out = dedup(ctx, Rows(rows=[], owners=[], units=units, benchmark_ngrams={}, upgrades={}))
    return {unit_key(u): out.cluster_of[unit_key(u)] for u in units}, out.report["dedup"]


def _held_out_copy_of_a(file_text: str | None = None):
    """A validation project's file holding lemma_a byte for byte (or `file_text` whole)."""
    return _units("verified-node-replication", "nr.rs", file_text or PRELUDE + A + "}\n")["lemma_a"]


def test_sliced_units_join_only_what_their_slice_holds(tmp_path):
    a = _sliced("lemma_a", PRELUDE + A + "}\n")
    b = _sliced("lemma_b", PRELUDE + A + B + "}\n")       # b's proof needs a: its slice holds a
    c = _sliced("lemma_c", PRELUDE + CC + "}\n")
    h = _held_out_copy_of_a()
    cid, rep = _clusters(tmp_path, [a, b, c, h])
    ka, kb, kc, kh = map(unit_key, (a, b, c, h))
    assert cid[ka] == cid[kh]                     # near copy
    assert cid[kb] == cid[ka]                     # b's rows show a's proof
    assert cid[kc] != cid[kh]                     # c's slice shows nothing of the copy
    assert rep["slice_holds_unit_links"] >= 1 and rep["sliced_units_on_their_own"] == 3
    assert not any(k.startswith("f:") for k in _clusters(tmp_path, [a, b, c, h])[0])


def test_whole_file_rows_show_the_files_sliced_units_in_one_direction(tmp_path):
    from verusbench.pipeline import _hold_out_showing
    from verusbench.split import SplitPlan
    a = _sliced("lemma_a", PRELUDE + A + "}\n")
    c = _sliced("lemma_c", PRELUDE + CC + "}\n")
    b_whole = _units("verus", "ex.rs", FILE)["lemma_b"]    # its rows show all of ex.rs
    h = _held_out_copy_of_a()
    ctx = BuildContext.open(BuildOptions(corpus="demo", out=str(tmp_path / "o"), progress=False, workers=1))
    out = dedup(ctx, Rows(rows=[], owners=[], units=[a, c, b_whole, h], benchmark_ngrams={}, upgrades={}))
    cid = out.cluster_of
    ka, kc, kb, kh = map(unit_key, (a, c, b_whole, h))
    assert cid[ka] == cid[kh] and len({cid[ka], cid[kc], cid[kb]}) == 3
    assert sorted(out.shows) == sorted([(kb, ka), (kb, kc)])
    # the held-out copy holds a's cluster out; b's rows show a's fn, so b's cluster follows;
    # c's rows show neither, so c stays in train
    sp = SplitPlan({cid[ka]: "validation", cid[kb]: "train", cid[kc]: "train"},
                   {"test": "sources", "validation": "sources"})
    assert _hold_out_showing(sp, cid, out.shows) == {cid[kb]: "validation"}
    assert sp.cluster_split[cid[kc]] == "train"


def test_a_sliced_unit_joins_its_file_when_the_file_is_a_copy(tmp_path):
    a = _sliced("lemma_a", PRELUDE + A + "}\n")
    c = _sliced("lemma_c", PRELUDE + CC + "}\n")
    h = _held_out_copy_of_a(FILE)                        # the whole file was copied
    cid, rep = _clusters(tmp_path, [a, c, h])
    assert cid[unit_key(c)] == cid[unit_key(h)]
    assert rep["sliced_units_in_their_file_cluster"] == 2


def test_a_slice_joins_units_of_its_crate_only(tmp_path):
    b = _sliced("lemma_b", PRELUDE + A + B + "}\n", files=frozenset({"ex.rs"}))
    elsewhere = _units("verus", "other.rs", PRELUDE + A + "}\n")["lemma_a"]   # same text, another crate
    short = [elsewhere]
    cid, rep = _clusters(tmp_path, [b, *short])
    # only a fn of a file of the slice's crate counts as held by the slice
    assert rep["slice_holds_unit_links"] == 0 and cid[unit_key(b)] != cid[unit_key(elsewhere)]
    b2 = dataclasses.replace(b, slice_files=frozenset({"ex.rs", "other.rs"}))
    cid2, rep2 = _clusters(tmp_path, [b2, *short])
    assert rep2["slice_holds_unit_links"] == 1 and cid2[unit_key(b2)] == cid2[unit_key(short[0])]


def test_link_if_copied_ignores_copies_by_the_anchors_own_family():
    text = " ".join(f"let v{i} = f(v{i - 1}, {i});" for i in range(1, 60))
    cl = Clusterer()
    cl.add_anchor("f:s:x.rs", text)
    cl.add("u:s:x.rs:g:0", text)                   # the file's own unit: not a copy elsewhere
    cl.add("u:s:x.rs:h:9", "fn h() { other(1, 2, 3) }")
    cl.link_if_copied("f:s:x.rs", "u:s:x.rs:h:9", ignore_prefix="u:s:x.rs:")
    cid = cl.clusters()
    assert cid["u:s:x.rs:g:0"] != cid["u:s:x.rs:h:9"] and "f:s:x.rs" not in cid
    cl2 = Clusterer()
    cl2.add_anchor("f:s:x.rs", text)
    cl2.add("u:t:y.rs:g:0", text)                  # another source's copy
    cl2.add("u:s:x.rs:h:9", "fn h() { other(1, 2, 3) }")
    cl2.link_if_copied("f:s:x.rs", "u:s:x.rs:h:9", ignore_prefix="u:s:x.rs:")
    cid2 = cl2.clusters()
    assert cid2["u:t:y.rs:g:0"] == cid2["u:s:x.rs:h:9"]
    assert cl2.stats.clusters == 1


SPEC = ("fn max_element(a: &Vec<i32>) -> (max: i32)\n    requires a.len() > 0,\n"
        "    ensures forall|i: int| 0 <= i < a.len() ==> a[i] <= max,\n"
        "        exists|i: int| 0 <= i < a.len() && a[i] == max,\n")


def _r(task: str, source: str, target: str, reference: str, context: str = "x"):
    from verusbench.records import RowMetadata
    from verusbench.tasks.common import make_row
    md = RowMetadata(source=source, repo="r", commit="c", path=f"{source}.rs", license="MIT",
                     role=C.ROLE_PROJECT, verus_version="", verified=C.VERIFIED_UNCHECKED)
    return make_row(task, context, target, reference, md)


def test_a_cluster_showing_a_held_out_answer_of_another_source_is_held_out():
    from verusbench.pipeline import _hold_out_clusters_showing_answers as hold
    from verusbench.split import SplitPlan, row_split
    resolved = PRELUDE + SPEC + "{\n    let mut m = a[0];\n    m\n}\n}\n"   # re-solves the test program
    fixed = PRELUDE + B + CC + "}\n"
    rows = {
        "held": _r(C.TASK_SPEC, "human-eval-verus", SPEC, PRELUDE + SPEC + "{ a[0] }\n}\n"),
        "code": _r(C.TASK_CODE, "vericoding", "{ a[0] }", resolved),          # shows the spec
        "mate": _r(C.TASK_SPEC, "vericoding", "y", PRELUDE + A + "}\n"),      # same cluster as code
        "repair": _r(C.TASK_REPAIR, "autoverus-traces", fixed, fixed, context=resolved),
        "later": _r(C.TASK_SPEC, "vericoding", "z", fixed),   # shows the repair row's fixed file
        "clean": _r(C.TASK_SPEC, "vericoding", "w", PRELUDE + A + "}\n"),
    }
    cid = {"held": "ct", "code": "c1", "mate": "c1", "repair": "c2", "later": "c3", "clean": "c4"}
    sp = SplitPlan({"ct": "test", "c1": "train", "c2": "train", "c3": "train", "c4": "train"},
                   {"test": "sources", "validation": "sources"})
    moved, showing, shown = hold(list(rows.values()), list(rows), sp, cid)
    assert shown == {}
    assert moved == {"c1": "test", "c2": "test", "c3": "test"}    # c3 only once the repair row is test
    assert showing == {C.TASK_CODE: 1, C.TASK_REPAIR: 1, C.TASK_SPEC: 1}
    where = {k: row_split(sp, cid[k], r.metadata.source, r.task) for k, r in rows.items()}
    assert where == {"held": "test", "code": None, "mate": None, "repair": "test", "later": None,
                     "clean": "train"}


def test_short_answers_are_idioms_and_guard_nothing():
    from verusbench.dedup import AnswerGuard
    g = AnswerGuard([("ensures r == x,", "verus-bench", "short"), (SPEC, "verus-bench", "spec")])
    assert len(g) == 1 and g.labels == ["spec"]
    assert g.best([PRELUDE + SPEC], "vericoding") == (0, 1.0)
    assert g.best([PRELUDE + SPEC], "verus-bench") == (-1, 0.0)
    assert g.shown([PRELUDE + SPEC], "vericoding") and not g.shown([PRELUDE + SPEC], "verus-bench")
    assert not g.shown(["fn f(x: u8) -> (r: u8) ensures r == x, { x }"], "vericoding")
