"""Policies map chat messages to the next reply (text): a scripted list (tests), any
OpenAI-compatible /v1/chat/completions endpoint, or a local transformers model (+ adapter)."""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from typing import Callable, Iterable


class PolicyError(RuntimeError):
    """The backend could not produce a reply (HTTP error, bad response)."""


class Policy:
    name = "policy"

    def complete(self, messages: list[dict[str, str]]) -> str:
        raise NotImplementedError

    def reflect(self, messages: list[dict[str, str]]) -> str:
        """The reply to the reflection prompt (a JSON list of lessons)."""
        return self.complete(messages)


class ScriptedPolicy(Policy):
    """Replies from a list (or a function of the messages); after the list, `finish`."""

    def __init__(self, replies: Iterable[str] | Callable[[list[dict]], str], name: str = "scripted",
                 lessons: Iterable[str] = ()):
        self.name = name
        self._lessons = list(lessons)   # replies to reflection prompts, kept apart from actions
        self._fn = replies if callable(replies) else None
        self._replies = [] if callable(replies) else list(replies)
        self.calls = 0

    def complete(self, messages):
        self.calls += 1
        if self._fn is not None:
            return self._fn(messages)
        if self._replies:
            return self._replies.pop(0)
        return json.dumps({"thought": "script done", "tool": "finish", "args": {}})

    def reflect(self, messages):
        return self._lessons.pop(0) if self._lessons else "[]"


class OpenAIPolicy(Policy):
    """POST to `{base_url}/chat/completions` (vLLM, TGI, llama.cpp server, ...)."""

    def __init__(self, base_url: str, model: str, api_key: str | None = None,
                 temperature: float = 0.2, max_tokens: int = 1024, timeout_s: float = 300.0):
        self.base_url = base_url.rstrip("/")
        if not self.base_url.endswith("/v1"):
            self.base_url += "/v1"
        self.model, self.name = model, f"openai:{model}"
        self.api_key = api_key if api_key is not None else os.environ.get("OPENAI_API_KEY", "")
        self.temperature, self.max_tokens, self.timeout_s = temperature, max_tokens, timeout_s

    def complete(self, messages):
        body = json.dumps({"model": self.model, "messages": messages,
                           "temperature": self.temperature, "max_tokens": self.max_tokens}).encode()
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        req = urllib.request.Request(f"{self.base_url}/chat/completions", data=body, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout_s) as resp:
                data = json.loads(resp.read().decode("utf-8"))
        except urllib.error.HTTPError as e:
            raise PolicyError(f"{self.base_url}/chat/completions: HTTP {e.code}: "
                              f"{e.read()[:300].decode('utf-8', 'replace')}") from e
        except (urllib.error.URLError, TimeoutError, json.JSONDecodeError) as e:
            raise PolicyError(f"{self.base_url}/chat/completions: {e}") from e
        try:
            return data["choices"][0]["message"]["content"] or ""
        except (KeyError, IndexError, TypeError) as e:
            raise PolicyError(f"{self.base_url}: response without choices[0].message.content: "
                              f"{str(data)[:300]}") from e


class TransformersPolicy(Policy):
    """A local causal LM (a folder, Hub id or GGUF via verusbench.train.base_model) + LoRA."""

    def __init__(self, model: str, adapter: str | None = None, gguf_file: str | None = None,
                 temperature: float = 0.2, max_new_tokens: int = 512, seed: int = 0):
        import torch

        from ..train.base_model import ModelRef, load_model, load_tokenizer
        ref = ModelRef.parse(model, gguf_file)
        self.tok = load_tokenizer(ref)
        cuda = torch.cuda.is_available()
        self.model = load_model(ref, dtype="bfloat16" if cuda else "float32")
        if adapter:
            from peft import PeftModel
            self.model = PeftModel.from_pretrained(self.model, adapter)
        if cuda:
            self.model = self.model.to("cuda")
        self.model.eval()
        self.name = model + (f"#{gguf_file}" if gguf_file else "") + (f"+{adapter}" if adapter else "")
        self.temperature, self.max_new_tokens = temperature, max_new_tokens
        torch.manual_seed(seed)

    def complete(self, messages):
        import torch

        text = self.tok.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        enc = self.tok(text, return_tensors="pt", add_special_tokens=False).to(self.model.device)
        sample = self.temperature > 0
        with torch.no_grad():
            out = self.model.generate(**enc, max_new_tokens=self.max_new_tokens, do_sample=sample,
                                      temperature=self.temperature if sample else None,
                                      top_p=0.95 if sample else None,
                                      pad_token_id=self.tok.pad_token_id or self.tok.eos_token_id)
        return self.tok.decode(out[0, enc["input_ids"].shape[1]:], skip_special_tokens=True)


def make_policy(spec: str, **kw) -> Policy:
    """`openai:URL#MODEL`, `hf:MODEL[#GGUF]` (adapter via kw), `smollm2` or `scripted:FILE.jsonl`."""
    if spec.startswith("openai:"):
        url, _, model = spec[len("openai:"):].partition("#")
        if not model:
            raise ValueError(f"--policy {spec!r}: expected openai:URL#MODEL")
        return OpenAIPolicy(url, model, temperature=kw.get("temperature", 0.2),
                            max_tokens=kw.get("max_new_tokens", 1024))
    if spec == "smollm2":
        from ..train.base_model import smollm2_gguf_path
        p = smollm2_gguf_path()
        return TransformersPolicy(str(p.parent), kw.get("adapter"), p.name,
                                  temperature=kw.get("temperature", 0.2),
                                  max_new_tokens=kw.get("max_new_tokens", 512))
    if spec.startswith("hf:"):
        model, _, gguf = spec[3:].partition("#")
        return TransformersPolicy(model, kw.get("adapter"), gguf or None,
                                  temperature=kw.get("temperature", 0.2),
                                  max_new_tokens=kw.get("max_new_tokens", 512))
    if spec.startswith("scripted:"):
        path = spec[len("scripted:"):]
        with open(path, encoding="utf-8") as f:
            replies = [json.loads(line)["reply"] for line in f if line.strip()]
        return ScriptedPolicy(replies, name=f"scripted:{os.path.basename(path)}")
    raise ValueError(f"--policy {spec!r}: use openai:URL#MODEL, hf:MODEL[#GGUF], smollm2 or "
                     "scripted:FILE.jsonl")
