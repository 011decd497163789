"""LoRA adapters: load onto a base model, plan and publish a folder to the Hub in one commit."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .base_model import ModelRef, load_model

#: Files a published adapter repo holds (others in the folder, e.g. checkpoints, stay local).
PUBLISH_PATTERNS = ("adapter_config.json", "adapter_model.safetensors", "README.md", "*.png",
                    "metrics.json", "loss_history.json", "sft_args.json", "tokenizer*",
                    "special_tokens_map.json", "chat_template.jinja", "vocab.json", "merges.txt")


def load_adapter(base_model: str, adapter_dir: str, gguf_file: str | None = None,
                 dtype: str = "float32"):
    """Base model + a local (or Hub) LoRA adapter, via `PeftModel.from_pretrained`."""
    from peft import PeftModel

    model = load_model(ModelRef.parse(base_model, gguf_file), dtype=dtype)
    return PeftModel.from_pretrained(model, adapter_dir)


@dataclass
class PublishPlan:
    repo_id: str
    folder: str
    files: list[tuple[str, int]]     # (path in repo, bytes)

    def describe(self) -> str:
        total = sum(n for _, n in self.files)
        lines = [f"publish {self.folder} -> https://huggingface.co/{self.repo_id} (model repo, one commit)"]
        lines += [f"  {p}  {n:,} B" for p, n in self.files]
        lines.append(f"  {len(self.files)} files, {total:,} B")
        return "\n".join(lines)


def plan_publish(folder: str | Path, repo_id: str) -> PublishPlan:
    """Which files of an adapter folder would be uploaded; checks it is an adapter at all."""
    import fnmatch

    d = Path(folder)
    if not (d / "adapter_config.json").is_file():
        raise FileNotFoundError(f"{d}: no adapter_config.json; give the adapter folder "
                                "(e.g. RUN/adapter written by `verusbench train sft`)")
    if "/" not in repo_id:
        raise ValueError(f"--repo {repo_id!r}: expected OWNER/NAME, e.g. verusft/smollm2-135m-spec-lora")
    files = []
    for p in sorted(d.rglob("*")):
        rel = p.relative_to(d).as_posix()
        if p.is_file() and "checkpoint" not in rel and any(fnmatch.fnmatch(p.name, pat) for pat in PUBLISH_PATTERNS):
            files.append((rel, p.stat().st_size))
    if not any(rel == "README.md" for rel, _ in files):
        print(f"warning: {d} has no README.md model card", flush=True)
    return PublishPlan(repo_id=repo_id, folder=str(d), files=files)


def publish_adapter(folder: str | Path, repo_id: str, dry_run: bool = False,
                    private: bool = False, token: str | None = None) -> PublishPlan:
    """Upload the planned files in one commit (create the repo if needed); dry run touches no network."""
    plan = plan_publish(folder, repo_id)
    if dry_run:
        return plan
    from huggingface_hub import CommitOperationAdd, HfApi

    api = HfApi(token=token)
    api.create_repo(repo_id, repo_type="model", private=private, exist_ok=True)
    ops = [CommitOperationAdd(path_in_repo=rel, path_or_fileobj=str(Path(folder) / rel)) for rel, _ in plan.files]
    api.create_commit(repo_id, operations=ops, commit_message="verusbench baseline adapter",
                      repo_type="model")
    return plan
