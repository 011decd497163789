"""`verusbench agent run` with a scripted policy on the demo build and fake_verus, the traces
config (refused for the double without the test flag, labelled, load_dataset round-trip), and
the post-hoc rewards."""

from __future__ import annotations

import json

from test_agent_tools import FAKE, act, demo_build, demo_rows

from verusbench import constants as C
from verusbench.agent.traces import RewardWeights, step_rewards
from verusbench.cli import main


def _v(status, errors=0):
    return {"verus": {"status": status, "errors": errors, "verified": 0, "diagnostics": []}}


def test_step_rewards_follow_the_weights():
    steps = [{"parse_error": "x"}, _v(C.STATUS_COMPILE_ERROR, 2), _v(C.STATUS_FAILED, 3),
             _v(C.STATUS_FAILED, 1), _v(C.STATUS_FAILED, 1), _v(C.STATUS_VERIFIED),
             _v(C.STATUS_VERIFIED), _v(C.STATUS_INTEGRITY_REJECTED), {}]
    assert step_rewards(steps, RewardWeights()) == [0, -0.2, 0, 0.3, 0, 1.0, 0, -0.2, 0]
    w = RewardWeights(verified=2.0, query_drop=0.5, syntax_error=-1.0, integrity=-3.0, invalid_action=-0.1)
    assert step_rewards(steps, w) == [-0.1, -1.0, 0, 0.5, 0, 2.0, 0, -3.0, 0]


def _script(tmp_path) -> str:
    rows = demo_rows()
    bad = rows[0]["target"].replace("{", "{\n    // fake-verus: fail assertion failed", 1)
    lines = [act("search_examples", query="loop invariant"), act("run_verus", code=bad),
             "oops", act("run_verus", code=rows[0]["target"]), act("finish"),
             act("run_verus", code=rows[1]["target"].replace("{", "{\n    // fake-verus: compile_error "
                                                             "expected `;`", 1)), act("finish")]
    p = tmp_path / "script.jsonl"
    p.write_text("".join(json.dumps({"reply": x}) + "\n" for x in lines))
    return str(p)


def test_agent_run_then_traces_round_trip(tmp_path, capsys):
    from datasets import load_dataset

    run = tmp_path / "runs" / "agent-demo-val"
    rc = main(["agent", "run", "--data", str(demo_build()), "--config", C.TASK_CODE, "--split",
               "validation", "--rows", "2", "--memory", "--policy", f"scripted:{_script(tmp_path)}",
               "--verus", FAKE, "--out", str(run)])
    assert rc == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["episodes"] == 2 and summary["seconds_per_episode"] > 0
    assert summary["statuses"] == {C.STATUS_VERIFIED: 1, C.STATUS_COMPILE_ERROR: 1}
    assert summary["verifier_is_test_double"] and "not a pass rate" in summary["note"]
    assert summary["lessons_stored"] >= 2 and (run / "memory.sqlite").is_file()
    eps = [json.loads(x) for x in (run / "episodes.jsonl").read_text().splitlines()]
    assert eps[0]["steps"][1]["verus"]["status"] == C.STATUS_FAILED and eps[1]["lessons_used"]

    out = tmp_path / "traces"
    assert main(["agent", "traces", str(run), "--out", str(out)]) == 2
    assert "test double" in capsys.readouterr().err and not (out / "README.md").exists()

    assert main(["agent", "traces", str(run), "--out", str(out), "--allow-test-double",
                 "--reward-verified", "5"]) == 0
    # own cache_dir: datasets keys a local folder's cache on its name ("traces") and the
    # card's file patterns, so an earlier run's "traces" folder would answer instead.
    ds = load_dataset(str(out), "traces", split="train", cache_dir=str(tmp_path / "hf"))
    assert ds.num_rows == 2 and all(ds["verifier_is_test_double"])
    e0 = ds[0]
    assert [s["tool"] for s in e0["steps"]] == ["search_examples", "run_verus", "", "run_verus", "finish"]
    assert e0["rewards"] == [0, 0, 0, 5.0, 0] and e0["return"] == 5.0 and e0["verified"]
    assert "assertion failed" in json.loads(e0["steps"][1]["verus_output"])["diagnostics"][0]["message"]
    assert e0["steps"][3]["diff"] and e0["row_id"] == demo_rows()[0]["id"]
    assert ds[1]["rewards"][0] == -0.2 and ds[1]["final_status"] == C.STATUS_COMPILE_ERROR
    card = (out / "README.md").read_text()
    assert "test double" in card and "config_name: traces" in card and "| `steps` |" in card


def test_agent_run_no_memory_and_bad_inputs(tmp_path, capsys):
    run = tmp_path / "nomem"
    assert main(["agent", "run", "--data", str(demo_build()), "--config", C.TASK_CODE, "--rows", "1",
                 "--no-memory", "--policy", f"scripted:{_script(tmp_path)}", "--verus", FAKE,
                 "--out", str(run)]) == 0
    assert json.loads(capsys.readouterr().out.strip())["lessons_stored"] == 0
    assert not (run / "memory.sqlite").exists()
    assert main(["agent", "run", "--data", str(tmp_path / "nope"), "--config", C.TASK_CODE,
                 "--policy", "scripted:" + _script(tmp_path), "--verus", FAKE, "--out", str(run)]) == 2
    assert main(["agent", "traces", str(tmp_path / "empty"), "--out", str(tmp_path / "t")]) == 2
    assert "no episodes.jsonl" in capsys.readouterr().err
