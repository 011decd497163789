"""Loss histories -> curves (PNG) and adapter model cards rendered from `model_cards/` templates."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

TEMPLATE_DIR = Path(__file__).resolve().parents[2] / "model_cards" / "templates"
DEFAULT_TEMPLATE = "adapter_card.md.j2"

#: What the card says when no real Verus measured pass@k (the rule of DESIGN.md).
PASS_AT_K_NOT_MEASURED = (
    "pass@k was **not measured**: no Verus binary is available on the machines that trained "
    "this adapter (Verus needs the `rustc-dev` component of a pinned Rust toolchain, which no "
    "reachable registry serves). Run `verusbench generate` then `verusbench eval` with real "
    "Verus (`VERUS_PATH`) to measure it.")


def split_history(log_history: list[dict[str, Any]]) -> tuple[list[dict], list[dict]]:
    """Trainer.state.log_history -> (train points, eval points), each with step and epoch."""
    train, evals = [], []
    for rec in log_history:
        if "loss" in rec:
            train.append({k: rec[k] for k in ("step", "epoch", "loss", "mean_token_accuracy",
                                               "learning_rate", "grad_norm", "num_tokens") if k in rec})
        elif "eval_loss" in rec:
            evals.append({k: rec[k] for k in ("step", "epoch", "eval_loss",
                                               "eval_mean_token_accuracy") if k in rec})
    return train, evals


def plot_curves(train: list[dict], evals: list[dict], png: str | Path, title: str = "") -> Path:
    """Train/validation loss (left) and validation token accuracy (right) against the step."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (ax, ax2) = plt.subplots(1, 2, figsize=(10, 3.6))
    if train:
        ax.plot([r["step"] for r in train], [r["loss"] for r in train], label="train", lw=1)
    if evals:
        ax.plot([r["step"] for r in evals], [r["eval_loss"] for r in evals], "o-", label="validation")
        acc = [(r["step"], r["eval_mean_token_accuracy"]) for r in evals if "eval_mean_token_accuracy" in r]
        if acc:
            ax2.plot(*zip(*acc), "o-", color="tab:green", label="validation")
    tacc = [(r["step"], r["mean_token_accuracy"]) for r in train if "mean_token_accuracy" in r]
    if tacc:
        ax2.plot(*zip(*tacc), color="tab:blue", lw=1, alpha=0.6, label="train")
    ax.set_xlabel("step"), ax.set_ylabel("loss (completion tokens)"), ax.legend()
    ax2.set_xlabel("step"), ax2.set_ylabel("token accuracy"), ax2.legend()
    ax.grid(alpha=0.3), ax2.grid(alpha=0.3)
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    png = Path(png)
    png.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(png, dpi=110)
    plt.close(fig)
    return png


def render_card(context: dict[str, Any], template: str | Path | None = None) -> str:
    """Render a model card (Markdown with YAML header) from a Jinja2 template."""
    import jinja2

    path = Path(template) if template else TEMPLATE_DIR / DEFAULT_TEMPLATE
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(path.parent)),
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    ctx = {"pass_at_k": None, "pass_at_k_note": PASS_AT_K_NOT_MEASURED, **context}
    return env.get_template(path.name).render(**ctx)


def _fmt(x: Any, nd: int = 4) -> str:
    return "n/a" if x is None else (f"{x:.{nd}f}" if isinstance(x, float) else str(x))


def card_context_from_run(run_dir: str | Path, task_letter: str, repo_id: str = "",
                          curves_png: str = "curves.png", extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """Context for the card template from a training run's metrics.json."""
    m = json.loads((Path(run_dir) / "metrics.json").read_text())
    r, a = m["result"], m["args"]
    hyper = {k: a[k] for k in ("max_length", "packing", "lora_r", "lora_alpha", "lora_dropout",
                               "target_modules", "learning_rate", "num_train_epochs", "max_steps",
                               "per_device_train_batch_size", "gradient_accumulation_steps",
                               "warmup_ratio", "lr_scheduler_type", "optim", "seed") if k in a}
    hyper["bf16"] = m.get("bf16")
    hyper["attn_implementation"] = m.get("attn_implementation")
    ctx = {
        "repo_id": repo_id, "task": a["config"], "task_letter": task_letter,
        "base_model": (extra or {}).get("base_model_name") or m["base_model"]["path"],
        "base_model_source": (extra or {}).get("base_model_source", ""),
        "data": m["data"], "hyper": hyper, "result": r,
        "fmt": _fmt, "versions": m.get("versions", {}), "date": m.get("date", ""),
        "curves_png": curves_png, "pass_at_k": None,
    }
    ctx.update(extra or {})
    return ctx


def write_run_card(run_dir: str | Path, card_dir: str | Path, task_letter: str, repo_id: str = "",
                   extra: dict[str, Any] | None = None) -> Path:
    """Card folder for a run: README.md (rendered), curves.png, metrics.json, loss_history.json, sft_args.json."""
    import shutil

    run, card = Path(run_dir), Path(card_dir)
    card.mkdir(parents=True, exist_ok=True)
    hist = json.loads((run / "loss_history.json").read_text())
    first = json.loads((run / "metrics.json").read_text()).get("first_eval") or {}
    if first.get("eval_loss") is not None and not any(e.get("step") == 0 for e in hist["eval"]):
        hist["eval"].insert(0, {"step": 0, "epoch": 0.0, "eval_loss": first["eval_loss"],
                                **({"eval_mean_token_accuracy": first["eval_mean_token_accuracy"]}
                                   if "eval_mean_token_accuracy" in first else {})})
    plot_curves(hist["train"], hist["eval"], card / "curves.png",
                title=f"task {task_letter} LoRA SFT: loss and token accuracy")
    for name in ("metrics.json", "sft_args.json"):
        if (run / name).is_file():
            shutil.copy(run / name, card / name)
    (card / "loss_history.json").write_text(json.dumps({"train": hist["train"], "eval": hist["eval"]}, indent=1))
    text = render_card(card_context_from_run(run, task_letter, repo_id, "curves.png", extra))
    (card / "README.md").write_text(text)
    return card / "README.md"
