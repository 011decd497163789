"""The OpenAI-compatible backend against a loopback stub of /v1/chat/completions."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from test_agent_tools import FAKE, act, demo_rows

from verusbench import constants as C
from verusbench.agent.loop import LoopConfig, run_episode
from verusbench.agent.policy import OpenAIPolicy, PolicyError, make_policy
from verusbench.agent.tools import EpisodeState
from verusbench.records import TaskRow
from verusbench.verifier import find_verus


@pytest.fixture()
def stub():
    """A chat-completions server replying from `replies` (status, body) and logging requests."""
    state = {"replies": [], "requests": []}

    class H(BaseHTTPRequestHandler):
        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            state["requests"].append({"path": self.path, "auth": self.headers.get("Authorization"),
                                      "body": body})
            code, payload = state["replies"].pop(0)
            data = json.dumps(payload).encode() if not isinstance(payload, bytes) else payload
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *a):
            pass

    srv = ThreadingHTTPServer(("127.0.0.1", 0), H)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    state["url"] = f"http://127.0.0.1:{srv.server_address[1]}"
    yield state
    srv.shutdown()
    srv.server_close()


def _chat(content: str) -> dict:
    return {"id": "x", "object": "chat.completion",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                         "finish_reason": "stop"}]}


def test_episode_through_the_http_backend(stub):
    row = TaskRow.from_dict(demo_rows()[0])
    stub["replies"] = [(200, _chat(act("run_verus", code=row.target))), (200, _chat(act("finish")))]
    pol = OpenAIPolicy(stub["url"], "my-model", api_key="sk-test", temperature=0.0)
    rec = run_episode(row, pol, EpisodeState(row=row, verus=find_verus(FAKE)), LoopConfig())
    assert rec["final_status"] == C.STATUS_VERIFIED and rec["model"] == "openai:my-model"
    first, second = stub["requests"]
    assert first["path"] == "/v1/chat/completions" and first["auth"] == "Bearer sk-test"
    assert first["body"]["model"] == "my-model" and first["body"]["temperature"] == 0.0
    assert [m["role"] for m in first["body"]["messages"]] == ["system", "user"]
    # the second request carries the first reply and the Verus observation
    assert second["body"]["messages"][-1]["content"].startswith("status: verified")


def test_http_errors_become_policy_errors_and_end_the_episode(stub):
    stub["replies"] = [(500, {"error": "overloaded"}), (200, {"no": "choices"})]
    pol = make_policy(f"openai:{stub['url']}/v1#m")
    with pytest.raises(PolicyError, match="HTTP 500.*overloaded"):
        pol.complete([{"role": "user", "content": "hi"}])
    with pytest.raises(PolicyError, match="without choices"):
        pol.complete([{"role": "user", "content": "hi"}])
    row = TaskRow.from_dict(demo_rows()[0])
    stub["replies"] = [(503, {"error": "down"})]
    rec = run_episode(row, pol, EpisodeState(row=row, verus=find_verus(FAKE)), LoopConfig())
    assert rec["stop_reason"] == "policy_error" and rec["final_status"] == "unchecked"


def test_make_policy_rejects_unknown_specs():
    with pytest.raises(ValueError, match="openai:URL#MODEL"):
        make_policy("gpt")
    with pytest.raises(ValueError, match="expected openai:URL#MODEL"):
        make_policy("openai:http://x")
