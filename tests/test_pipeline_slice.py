"""The build's inline and slice stages: which context a unit gets (slice, whole file, or
dropped) as the ledger says, the slices exported for Verus, and rows cut from the slices."""

from __future__ import annotations

import dataclasses

from test_minimize import _crate_files, _group

from verusbench import constants as C
from verusbench.build import BuildOptions, select_slices
from verusbench.pipeline import BuildContext, Units, inline, slice as slice_stage, tasks
from verusbench.slice import code_tokens


class _Ledger:
    """Statuses by exact text (the stage asks the ledger nothing else)."""

    def __init__(self, statuses: dict[str, str]):
        self.statuses = statuses

    def status_of(self, text: str):
        return self.statuses.get(text)


def _units(minimize: str = "slice", ledger=None):
    recs, by_path = _group(_crate_files())
    files = [by_path[p] for p in sorted(by_path) if by_path[p]]
    crate_records = {("src1", "o/r", "c1"): recs}
    opts = BuildOptions(corpus="x", out="y", progress=False, workers=1, minimize=minimize)
    ctx = BuildContext(opts=opts, ledger=ledger)
    inp = Units(files=files, repair_chains=[], llm_artifacts=[], benchmark_ngrams={}, upgrades={},
                crate_records=crate_records)
    return ctx, inp


def _run(ctx, inp):
    return slice_stage(ctx, inline(ctx, inp))


def _by_fn(out: Units) -> dict:
    return {u.fn_name: u for us in out.files for u in us}


def test_inline_stage_inlines_the_crate_once_per_repo():
    ctx, inp = _units()
    out = inline(ctx, inp)
    (g,) = out.inlined.values()
    assert g.crates == ["crate/src/lib.rs", "examples/alone.rs"]
    assert out.report["inline"]["crates"] == 2 and out.report["inline"]["groups"] == 1


def test_without_a_ledger_smaller_slices_become_the_context_unchecked():
    ctx, inp = _units()
    whole = {u.fn_name: u.text for us in inp.files for u in us}
    out = _run(ctx, inp)
    got = _by_fn(out)
    # inside the crate, each slice carries the root's `mod`/`use` frame: no smaller than the
    # unit's own small file here, so the file stays the context; in_foo's slice drops its
    # neighbours (spare, double) and the lib's other imports, so it is smaller
    for name in ("top", "far_away"):
        assert got[name].minimized == "none" and got[name].text == whole[name]
        assert got[name].context_tokens == code_tokens(whole[name])
    in_foo = got["in_foo"]
    assert in_foo.minimized == "sliced" and "fn spare" not in in_foo.text and "fn double" not in in_foo.text
    assert in_foo.context_tokens < code_tokens(whole["in_foo"]) and in_foo.slice_of == "crate/src/lib.rs"
    lone = got["lone"]
    assert lone.minimized == "sliced" and lone.context_tokens == code_tokens(lone.text) < code_tokens(whole["lone"])
    assert lone.original_text == whole["lone"] and lone.fn_text() in lone.text
    assert "cube" not in lone.text and "spec fn sq" in lone.text and lone.slice_of == "examples/alone.rs"
    st = out.report["minimize"]["by_source"]["src1"]
    assert (st["units"], st["sliced"], st["slice_not_smaller"], st["slice_unchecked"]) == (4, 4, 2, 2)
    # the used slices are exported for Verus, with where they came from
    assert [(m["target_fn"], m["crate_root"], m["file_status"]) for _, m in out.slices] == [
        ("in_foo", "crate/src/lib.rs", "not_in_ledger"), ("lone", "examples/alone.rs", "not_in_ledger")]


def test_ledger_decides_between_slice_and_file():
    ctx, inp = _units()
    first = _by_fn(_run(ctx, inp))
    slice_lone, file_lone = first["lone"].text, first["lone"].original_text
    # the file verifies and the slice is unknown: keep the file, still export the slice
    ctx, inp = _units(ledger=_Ledger({file_lone: C.STATUS_VERIFIED}))
    out = _run(ctx, inp)
    assert _by_fn(out)["lone"].minimized == "none" and _by_fn(out)["lone"].text == file_lone
    assert [(m["target_fn"], m["file_status"]) for _, m in out.slices if m["path"] == "examples/alone.rs"] == [
        ("lone", C.STATUS_VERIFIED)]
    assert out.report["minimize"]["by_source"]["src1"]["whole_file_kept"] == 1
    # slice and file both fail: the unit is dropped, with the reason; nothing to export
    ctx, inp = _units(ledger=_Ledger({slice_lone: C.STATUS_FAILED, file_lone: C.STATUS_COMPILE_ERROR}))
    out = _run(ctx, inp)
    assert "lone" not in _by_fn(out) and [m["target_fn"] for _, m in out.slices] == ["in_foo"]
    (sk,) = [s for s in out.report["skipped"] if s["reason"].startswith("unit dropped")]
    assert sk["path"] == "examples/alone.rs" and "slice failed, file compile_error" in sk["detail"]
    # a verified slice wins over a verified file
    ctx, inp = _units(ledger=_Ledger({file_lone: C.STATUS_VERIFIED, slice_lone: C.STATUS_VERIFIED}))
    out = _run(ctx, inp)
    assert _by_fn(out)["lone"].minimized == "sliced" and [m["target_fn"] for _, m in out.slices] == ["in_foo"]
    assert out.report["minimize"]["by_source"]["src1"]["slice_verified"] == 1


def test_minimize_none_keeps_whole_files_and_counts_tokens():
    ctx, inp = _units("none")
    whole = {u.fn_name: u.text for us in inp.files for u in us}
    out = _run(ctx, inp)
    for name, u in _by_fn(out).items():
        assert u.minimized == "none" and u.text == whole[name] and u.context_tokens == code_tokens(whole[name])
    assert out.slices == []


def test_rows_cut_from_slices_carry_the_slice_and_reassemble():
    ctx, inp = _units()
    ctx = dataclasses.replace(ctx, opts=dataclasses.replace(ctx.opts, configs=(C.TASK_SPEC, C.TASK_CODE)))
    rows = tasks(ctx, _run(ctx, inp)).rows
    sliced = [r for r in rows if r.metadata.minimized == "sliced"]
    assert sliced and all(r.metadata.slice_of for r in sliced)
    for r in sliced:
        assert r.context.replace(C.HOLE, r.target) == r.reference_file
        assert r.metadata.context_tokens == code_tokens(r.reference_file)


def test_select_slices_takes_used_ones_first_within_the_cap():
    big = "x" * 600_000
    items = [(big + "a", {"source": "s", "path": "a", "target_fn": "f", "file_status": C.STATUS_VERIFIED}),
             (big + "b", {"source": "s", "path": "b", "target_fn": "f", "file_status": "not_in_ledger"})]
    chosen, meta = select_slices(items, max_mb=1.0)
    assert [m["path"] for _, m in chosen] == ["b"] and meta["candidates"] == 2
    chosen, _ = select_slices(items, max_mb=2.0)
    assert [m["path"] for _, m in chosen] == ["b", "a"]
    # one text shared by two units is one file of the folder: it counts once against the cap
    shared = [(big, {"source": "s", "path": p, "target_fn": "f", "file_status": "not_in_ledger"}) for p in "cd"]
    chosen, meta = select_slices(shared, max_mb=1.0)
    assert [m["path"] for _, m in chosen] == ["c", "d"] and meta["bytes"] == len(big)


def test_worker_processes_give_the_same_contexts(monkeypatch):
    import verusbench.pipeline as P
    ctx, inp = _units()
    serial = {n: (u.text, u.minimized) for n, u in _by_fn(_run(ctx, inp)).items()}
    monkeypatch.setattr(P, "SLICE_CHUNK_FILES", 1)   # one job per file: several jobs, 2 processes
    ctx, inp = _units()
    ctx = dataclasses.replace(ctx, opts=dataclasses.replace(ctx.opts, workers=2))
    forked = {n: (u.text, u.minimized) for n, u in _by_fn(_run(ctx, inp)).items()}
    assert forked == serial and serial["lone"][1] == "sliced"


def test_a_verified_reduction_of_a_verified_slice_replaces_it(tmp_path):
    from verusbench.ledger import text_sha256
    from verusbench.reduce import Reduction, append_reduction
    ctx, inp = _units()
    slice_lone = _by_fn(_run(ctx, inp))["lone"].text
    reduced = slice_lone.replace("spec fn sq", "// reduced\nspec fn sq", 1)
    append_reduction(tmp_path, Reduction(input_sha256=text_sha256(slice_lone), target_fn="lone",
                                         status="reduced", output_sha256=text_sha256(reduced), text=reduced))
    opts = dataclasses.replace(ctx.opts, reductions=str(tmp_path))
    # the reduction counts only once its own text verified
    for red_status, want in ((None, "sliced"), (C.STATUS_FAILED, "sliced"), (C.STATUS_VERIFIED, "reduced")):
        led = _Ledger({slice_lone: C.STATUS_VERIFIED, **({reduced: red_status} if red_status else {})})
        ctx, inp = _units(ledger=led)
        lone = _by_fn(_run(dataclasses.replace(ctx, opts=opts), inp))["lone"]
        assert lone.minimized == want
    assert lone.text == reduced and lone.fn_text() in reduced and lone.context_tokens == code_tokens(reduced)


def test_select_slices_smallest_first_and_skips_pending_texts():
    used = {"source": "s", "target_fn": "f", "file_status": "not_in_ledger"}
    items = [("y" * 800_000, {**used, "path": "big"}), ("y" * 300_000, {**used, "path": "mid"}),
             ("y" * 200_000, {**used, "path": "small"})]
    chosen, meta = select_slices(items, max_mb=1.0)
    # smallest first: two units fit where the big one alone would take most of the cap
    assert [m["path"] for _, m in chosen] == ["small", "mid"] and meta["already_pending"] == 0
    from verusbench.ledger import text_sha256
    chosen, meta = select_slices(items, max_mb=1.0, skip=frozenset({text_sha256("y" * 200_000)}))
    assert [m["path"] for _, m in chosen] == ["mid"] and meta["already_pending"] == 1


def test_build_cli_rejects_a_missing_skip_folder_before_building(tmp_path, capsys):
    from verusbench.cli import main
    rc = main(["build", "--corpus", "demo", "--out", str(tmp_path / "b"), "--no-progress",
               "--export-slices", str(tmp_path / "x"), "--export-slices-skip", str(tmp_path / "nope")])
    assert rc == 2
    err = capsys.readouterr().err
    assert "nope" in err and "is not a pending folder" in err
    assert not (tmp_path / "b").exists()


def test_big_slices_serve_a_unit_whose_file_fails_alone_once_they_verify():
    ctx, inp = _units()
    file_top = next(u.text for us in inp.files for u in us if u.fn_name == "top")
    fails = {file_top: C.STATUS_COMPILE_ERROR}
    # without --big-slices the closure stops at the file's size: nothing to export for `top`
    ctx, inp = _units(ledger=_Ledger(fails))
    out = _run(ctx, inp)
    assert _by_fn(out)["top"].minimized == "none" and "top" not in [m["target_fn"] for _, m in out.slices]
    # with it, the bigger slice is made and exported (not used while unchecked)
    ctx, inp = _units(ledger=_Ledger(fails))
    ctx.opts.big_slices = True
    out = _run(ctx, inp)
    assert _by_fn(out)["top"].minimized == "none" and _by_fn(out)["top"].text == file_top
    (big,) = [(t, m) for t, m in out.slices if m["target_fn"] == "top"]
    assert big[1]["bigger_than_file"] is True and big[1]["context_tokens"] >= code_tokens(file_top)
    assert "fn top" in big[0] and "pub(crate) struct Pair" in big[0]
    # exported after the slices the build uses
    assert [m["target_fn"] for _, m in select_slices(out.slices, 1.0)[0]][-1] == "top"
    # once the ledger says it verifies, it is the unit's context
    ctx, inp = _units(ledger=_Ledger({**fails, big[0]: C.STATUS_VERIFIED}))
    ctx.opts.big_slices = True
    out = _run(ctx, inp)
    top = _by_fn(out)["top"]
    assert top.minimized == "sliced" and top.text == big[0] and top.original_text == file_top
    assert out.report["minimize"]["by_source"]["src1"]["big_slice_verified"] == 1
    # a file that verifies alone keeps the budget: no big slice
    ctx, inp = _units(ledger=_Ledger({file_top: C.STATUS_VERIFIED}))
    ctx.opts.big_slices = True
    assert "top" not in [m["target_fn"] for _, m in _run(ctx, inp).slices]


def test_a_verified_reduction_of_a_verified_big_slice_replaces_it(tmp_path):
    """reduce-big-slices: the reduction of a big slice (file fails alone) serves the unit."""
    from verusbench.ledger import text_sha256
    from verusbench.reduce import Reduction, append_reduction
    ctx, inp = _units()
    file_top = next(u.text for us in inp.files for u in us if u.fn_name == "top")
    fails = {file_top: C.STATUS_COMPILE_ERROR}
    ctx, inp = _units(ledger=_Ledger(fails))
    ctx.opts.big_slices = True
    (big,) = [t for t, m in _run(ctx, inp).slices if m["target_fn"] == "top"]
    reduced = big.replace("pub(crate) struct Pair", "// reduced\npub(crate) struct Pair", 1)
    assert reduced != big
    append_reduction(tmp_path, Reduction(input_sha256=text_sha256(big), target_fn="top", status="reduced",
                                         output_sha256=text_sha256(reduced), text=reduced))
    for red_status, want in ((None, "sliced"), (C.STATUS_FAILED, "sliced"), (C.STATUS_VERIFIED, "reduced")):
        led = _Ledger({**fails, big: C.STATUS_VERIFIED, **({reduced: red_status} if red_status else {})})
        ctx, inp = _units(ledger=led)
        ctx.opts.big_slices = True
        ctx = dataclasses.replace(ctx, opts=dataclasses.replace(ctx.opts, reductions=str(tmp_path)))
        out = _run(ctx, inp)
        top = _by_fn(out)["top"]
        assert top.minimized == want, red_status
    assert top.text == reduced and top.original_text == file_top and top.context_tokens == code_tokens(reduced)
    got = out.report["minimize"]["by_source"]["src1"]
    assert got["reduced_verified"] == 1 and got.get("big_slice_verified", 0) == 0


def test_reductions_from_several_reduce_folders(tmp_path):
    """--reductions takes one folder per reduced pending folder (slices-v2, slices-v3, ..)."""
    from verusbench.ledger import text_sha256
    from verusbench.reduce import Reduction, append_reduction
    ctx, inp = _units()
    got = _by_fn(_run(ctx, inp))
    done = {}
    for name in ("lone", "in_foo"):
        text = got[name].text
        red = text.replace(f"fn {name}", f"// reduced\nfn {name}", 1) if name == "lone" else text + "\n// reduced\n"
        append_reduction(tmp_path / name, Reduction(input_sha256=text_sha256(text), target_fn=name,
                                                    status="reduced", output_sha256=text_sha256(red), text=red))
        done[text], done[red] = C.STATUS_VERIFIED, C.STATUS_VERIFIED
    ctx, inp = _units(ledger=_Ledger(done))
    opts = dataclasses.replace(ctx.opts, reductions=[str(tmp_path / "lone"), str(tmp_path / "in_foo")])
    out = _by_fn(_run(dataclasses.replace(ctx, opts=opts), inp))
    assert out["lone"].minimized == "reduced" and out["in_foo"].minimized == "reduced"


def test_the_per_file_cap_takes_units_with_a_minimized_context_first():
    import dataclasses as dc
    from verusbench.corpus import CorpusRecord
    from verusbench.pipeline import _stable_take
    from verusbench.syntax import parse
    from verusbench.units import extract_units
    fns = "".join(f"proof fn lemma_{i}(x: int)\n    ensures x + {i} == {i} + x,\n{{\n}}\n\n" for i in range(8))
    text = "use vstd::prelude::*;\nverus! {\n" + fns + "}\n"
    rec = CorpusRecord("s", "r", "c", "f.rs", C.ROLE_PROJECT, "MIT", text)
    us = extract_units(rec, parse(text))[0]
    assert len(us) == 8
    small = {"lemma_1", "lemma_6", "lemma_7"}
    us = [dc.replace(u, minimized="sliced") if u.fn_name in small else u for u in us]
    took = _stable_take(us, 4)
    assert {u.fn_name for u in took[:3]} == small and took[3].minimized == "none"
    assert [u.fn_name for u in _stable_take(list(reversed(us)), 4)] == [u.fn_name for u in took]   # order-free
