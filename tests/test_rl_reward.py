"""The shaped reward: config validation, the ordering property (hypothesis, over every
allowed config), and the TRL-signature reward function on bad input, hangs, leftovers,
a dead backend, and the failing-query baseline."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from proc_fixtures import alive, wait_dead
from test_rl_env import FAKE, demo_build_dir, first, with_failures

from verusbench import constants as C
from verusbench.rl import Outcome, RewardConfig, RewardConfigError, VerusReward, make_backend, shaped_reward
from verusbench.rl.reward import RANGES
from verusbench.rl.transition import STATUS_INPUT_ERROR

HONEST_FAIL = (C.STATUS_FAILED, C.STATUS_COMPILE_ERROR, C.STATUS_TIMEOUT, C.STATUS_CRASHED, STATUS_INPUT_ERROR)


def configs():
    return st.builds(RewardConfig, **{k: st.floats(lo, hi, allow_nan=False) for k, (lo, hi) in RANGES.items()})


def valid(cfg: RewardConfig) -> bool:
    try:
        cfg.validate()
        return True
    except RewardConfigError:
        return False


edits = st.integers(0, 10 ** 7)
counts = st.integers(0, 1000)
baselines = st.one_of(st.none(), st.integers(0, 1000))


@settings(max_examples=400, deadline=None)
@given(cfg=configs(), ev=edits, status=st.sampled_from(HONEST_FAIL + (C.STATUS_INTEGRITY_REJECTED,)),
       ef=edits, failing=counts, base=baselines)
def test_nothing_that_does_not_verify_outscores_a_verified_answer(cfg, ev, status, ef, failing, base):
    assume(valid(cfg))
    good = shaped_reward(Outcome(C.STATUS_VERIFIED, edit_tokens=ev), base, cfg)
    bad = shaped_reward(Outcome(status, failing_queries=failing, edit_tokens=ef), base, cfg)
    assert bad < good


@settings(max_examples=400, deadline=None)
@given(cfg=configs(), ec=edits, status=st.sampled_from(HONEST_FAIL), eh=edits, failing=counts, base=baselines)
def test_a_cheat_scores_below_every_honest_answer(cfg, ec, status, eh, failing, base):
    assume(valid(cfg))
    cheat = shaped_reward(Outcome(C.STATUS_INTEGRITY_REJECTED, edit_tokens=ec), base, cfg)
    honest = shaped_reward(Outcome(status, failing_queries=failing, edit_tokens=eh), base, cfg)
    assert cheat < honest


@settings(max_examples=300, deadline=None)
@given(cfg=configs())
def test_validation_rejects_exactly_the_configs_that_could_reorder(cfg):
    # worst cases, computed directly: the least verified reward vs the best failing one,
    # and the best cheat vs the worst honest answer
    worst_verified = 1 - cfg.edit_weight
    best_failing = cfg.partial_weight
    best_cheat = -cfg.integrity_penalty
    worst_honest = -max(cfg.compile_penalty, cfg.timeout_penalty, cfg.crash_penalty,
                        cfg.input_penalty) - cfg.edit_weight
    safe = worst_verified > best_failing and best_cheat < worst_honest
    assert valid(cfg) == safe


def test_out_of_range_and_unknown_fields_are_named():
    with pytest.raises(RewardConfigError, match="edit_weight=0.5 is outside"):
        RewardConfig(edit_weight=0.5).validate()
    with pytest.raises(RewardConfigError, match="could outscore a verifying one"):
        RewardConfig(partial_weight=0.9, edit_weight=0.1).validate()
    with pytest.raises(RewardConfigError, match="cheat could"):
        RewardConfig(integrity_penalty=0.5).validate()
    with pytest.raises(RewardConfigError, match="unknown fields"):
        RewardConfig.from_dict({"bonus": 1})
    assert RewardConfig.from_dict({"partial_weight": "0.25"}).partial_weight == 0.25


def test_partial_credit_is_the_share_of_baseline_failures_removed():
    cfg = RewardConfig(partial_weight=0.4, edit_weight=0.0)
    assert shaped_reward(Outcome(C.STATUS_FAILED, failing_queries=1), 4, cfg) == pytest.approx(0.3)
    assert shaped_reward(Outcome(C.STATUS_FAILED, failing_queries=9), 4, cfg) == 0.0   # worse: no credit
    assert shaped_reward(Outcome(C.STATUS_FAILED, failing_queries=1), None, cfg) == 0.0
    e = RewardConfig(edit_weight=0.1, edit_scale=100)
    assert shaped_reward(Outcome(C.STATUS_VERIFIED, edit_tokens=50), None, e) == pytest.approx(0.95)
    assert shaped_reward(Outcome(C.STATUS_VERIFIED, edit_tokens=10 ** 6), None, e) == pytest.approx(0.9)


# ------------------------------------------------------------------ the TRL reward function

@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return demo_build_dir(tmp_path_factory)


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    return make_backend(verus=FAKE, cache=str(tmp_path_factory.mktemp("rc") / "c.sqlite"), workers=2,
                        allow_test_double=True)


def conv(text: str) -> list[dict]:
    return [{"role": "assistant", "content": text}]


def test_reward_function_batches_and_never_raises_on_bad_completions(demo, backend, tmp_path):
    row = first(demo, C.TASK_CODE)
    fn = VerusReward({row.id: row}, backend, events_path=tmp_path / "ev.jsonl", timeout_s=5)
    comps = [conv(f"```rust\n{row.target}\n```"), conv(""), conv("\x00\x01\x02" * 50),
             conv("{ " + "x + " * 300_000 + "0 }"), conv("{ assume(false); loop {} }"), "\udcff", None]
    metrics = {}
    out = fn(prompts=[None] * len(comps), completions=comps, id=[row.id] * len(comps),
             log_metric=lambda k, v: metrics.setdefault(k, v))
    cfg = RewardConfig()
    assert len(out) == len(comps) and all(isinstance(x, float) for x in out)
    assert out[0] > 0.8
    assert out[1] == out[2] == out[3] == out[5] == out[6] == -cfg.input_penalty
    assert out[4] < -cfg.integrity_penalty + 1e-9
    assert fn.rules["assume"] == 1 and fn.totals["verified"] == 1
    assert metrics["verus/verified_frac"] == pytest.approx(1 / 7)
    ev = (tmp_path / "ev.jsonl").read_text().splitlines()
    assert len(ev) == 1 and '"verifier_is_test_double": true' in ev[0]


def test_unknown_row_and_missing_ids_are_penalties(demo, backend):
    row = first(demo, C.TASK_CODE)
    fn = VerusReward({row.id: row}, backend)
    assert fn(completions=[row.target, row.target], id=["nope"]) == [-0.5, -0.5]


def test_hanging_verus_and_leftover_children_become_penalties_and_leave_nothing(demo, backend, tmp_path, monkeypatch):
    monkeypatch.setenv("FAKE_VERUS_PIDFILE", str(tmp_path / "child.pid"))
    row = first(demo, C.TASK_CODE)
    hang = row.target.replace("{", "{\n    // fake-verus: hang\n", 1)
    spawn = row.target.replace("{", "{\n    // fake-verus: spawn_child\n", 1)
    fn = VerusReward({row.id: row}, backend, timeout_s=2)
    out = fn(completions=[hang, spawn, row.target], id=[row.id] * 3)
    assert out[0] == pytest.approx(-RewardConfig().timeout_penalty, abs=0.06)
    assert out[1] > 0.8 and out[2] > 0.8
    pid = int((tmp_path / "child.pid").read_text())
    assert wait_dead(pid, b"fake-verus-grandchild")
    fake_pid = int((tmp_path / "child.pid.fake").read_text())
    assert not alive(fake_pid, b"fake_verus")


class DeadBackend:
    identity: dict = {}

    def verify(self, jobs):
        raise ConnectionRefusedError("verifier server is down")


def test_a_dead_backend_is_a_crash_penalty_for_the_batch(demo):
    row = first(demo, C.TASK_CODE)
    cfg = RewardConfig(edit_weight=0.0)
    fn = VerusReward({row.id: row}, DeadBackend(), cfg)
    out = fn(completions=[row.target, ""], id=[row.id] * 2)
    assert out == [-cfg.crash_penalty, -cfg.input_penalty]


def test_baseline_is_verified_once_per_row_and_gives_partial_credit(demo, backend):
    row = with_failures(first(demo, C.TASK_REPAIR_SYNTHETIC), 2)
    marker = "// fake-verus: fail assertion failed\n"
    fixed_one = row.context.replace(marker * 2, marker, 1)
    cfg = RewardConfig(edit_weight=0.0)
    fn = VerusReward({row.id: row}, backend, cfg)
    assert fn(completions=[fixed_one], id=[row.id]) == [pytest.approx(cfg.partial_weight / 2)]
    assert fn._baselines[row.id] == 2
    # deterministic given the cache: the same batch gives the same rewards
    assert fn(completions=[fixed_one, row.context], id=[row.id] * 2) == [pytest.approx(cfg.partial_weight / 2), 0.0]
