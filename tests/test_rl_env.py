"""VerusEnv on the demo build with the verifier test double: candidates, patches, the
failing-query baseline, integrity violations, and the observation it returns."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from verusbench import constants as C
from verusbench.build import BuildOptions, build, write
from verusbench.rl import RewardConfig, VerusEnv, apply_patch, make_backend, start_code
from verusbench.rl.backend import TestDoubleRefused
from verusbench.rl.transition import PatchError
from verusbench.scoring import load_rows

FAKE = str(Path(__file__).parent / "fake_verus")


def demo_build_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("rl_demo")
    opts = BuildOptions(corpus="demo", out=str(out), progress=False)
    write(build(opts), opts)
    return out


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return demo_build_dir(tmp_path_factory)


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    cache = tmp_path_factory.mktemp("rl_cache") / "cache.sqlite"
    return make_backend(verus=FAKE, cache=str(cache), workers=2, allow_test_double=True)


def first(demo, cfg):
    return next(iter(load_rows(demo, cfg, "train").values()))


def with_failures(row, n: int):
    """The row with n fake-verus failure markers in its context (comments: integrity ignores them)."""
    marks = "".join(f"// fake-verus: fail assertion failed\n" for _ in range(n))
    return dataclasses.replace(row, context=row.context.replace("verus! {\n", "verus! {\n" + marks, 1))


def test_test_double_is_refused_unless_allowed():
    with pytest.raises(TestDoubleRefused, match="test double"):
        make_backend(verus=FAKE)


def test_reference_answers_verify_and_end_the_episode(demo, backend):
    for cfg in (C.TASK_PROOF, C.TASK_CODE, C.TASK_SPEC, C.TASK_REPAIR_SYNTHETIC):
        row = first(demo, cfg)
        env = VerusEnv(backend)
        obs = env.reset(row)
        assert obs.code == start_code(row) and obs.steps == 0
        obs, r, done, info = env.step(row.target)
        assert obs.status == C.STATUS_VERIFIED, (cfg, info)
        assert done and 0.8 < r <= 1.0
        assert obs.errors == 0 and obs.failing_queries == 0


def test_proof_start_is_the_stripped_fn_and_has_no_hole(demo):
    row = first(demo, C.TASK_PROOF)
    s = start_code(row)
    assert C.HOLE not in s and row.metadata.target_fn in s
    assert "invariant" in row.target and len(s) < len(row.context) + len(row.target)


def test_partial_credit_for_removed_failing_queries_via_patches(demo, backend):
    row = with_failures(first(demo, C.TASK_REPAIR_SYNTHETIC), 4)
    env = VerusEnv(backend, RewardConfig(partial_weight=0.5, edit_weight=0.0))
    obs = env.reset(row)
    assert env.baseline == 4 and obs.failing_queries == 4 and obs.status == "start:failed"
    assert len(obs.diagnostics) == 4 and "assertion" in obs.diagnostics[0]
    marker = "// fake-verus: fail assertion failed\n"
    # remove one failing query: a quarter of the baseline's failures are gone
    obs, r, done, info = env.step({"search": marker * 4, "replace": marker * 3})
    assert obs.status == C.STATUS_FAILED and obs.failing_queries == 3 and not done
    assert r == pytest.approx(0.5 * 1 / 4)
    # a patch applies to the current code (now 3 markers), in the SEARCH/REPLACE text form
    obs, r, done, info = env.step(f"<<<<<<< SEARCH\n{marker * 3}=======\n{marker}>>>>>>> REPLACE")
    assert obs.failing_queries == 1 and r == pytest.approx(0.5 * 3 / 4)
    obs, r, done, info = env.step({"search": marker, "replace": ""})
    assert obs.status == C.STATUS_VERIFIED and done and r == pytest.approx(1.0)


def test_patch_that_does_not_apply_is_a_clear_error_and_changes_nothing(demo, backend):
    row = first(demo, C.TASK_REPAIR_SYNTHETIC)
    env = VerusEnv(backend)
    obs = env.reset(row)
    before = obs.code
    obs, r, done, info = env.step({"search": "no such text anywhere", "replace": "x"})
    assert "not found" in info["error"] and obs.code == before
    assert r == pytest.approx(-RewardConfig().input_penalty) and not done
    with pytest.raises(PatchError, match="found 2 times"):
        apply_patch("ab ab", {"search": "ab", "replace": "c"})
    with pytest.raises(PatchError, match="no `<<<<<<< SEARCH`"):
        apply_patch("x", "<<<<<<< SEARC\n")
    with pytest.raises(PatchError, match="edit 1: expected"):
        apply_patch("x", ["not a dict"])


def test_cheat_and_compile_error_are_penalised_in_order(demo, backend):
    row = first(demo, C.TASK_CODE)
    cfg = RewardConfig()
    env = VerusEnv(backend, cfg)
    env.reset(row)
    obs, r_cheat, _, info = env.step("{ assume(false); loop {} }")
    assert obs.status == C.STATUS_INTEGRITY_REJECTED and "integrity/assume" in obs.diagnostics[0]
    assert info["outcome"]["violations"][0]["rule"] == "assume"
    env.reset(row)
    body = row.target.replace("{", "{\n    // fake-verus: compile_error mismatched types\n", 1)
    obs, r_compile, _, _ = env.step(body)
    assert obs.status == C.STATUS_COMPILE_ERROR and obs.errors == 1
    assert r_cheat < r_compile < 0


def test_episode_ends_after_max_steps(demo, backend):
    row = with_failures(first(demo, C.TASK_REPAIR_SYNTHETIC), 1)
    env = VerusEnv(backend, max_steps=2)
    env.reset(row)
    assert env.step(row.context)[2] is False
    assert env.step(row.context)[2] is True
