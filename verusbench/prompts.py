"""Prompt templates, one per task: what to fill, what is locked, the answer format.

Targets carry no chain-of-thought: the completion is one ```rust fenced block holding
exactly the text that fills the hole (A, B, P) or the whole fixed file (C).
"""

from __future__ import annotations

from verusbench import constants as C

SYSTEM = ("You are an expert in Verus, the verifier for Rust. You write specifications, code "
          "and proofs that Verus accepts. Never use assume, admit, external_body, external, "
          "assume_specification or other ways of skipping verification.")

ANSWER = ("Answer with a single ```rust fenced code block and nothing else.")

_SPEC_ENSURES = """\
In the Verus file below, the `ensures` clause of the function `{fn}` was cut out and replaced by the marker {hole}.
Write the ensures clause: it must state what `{fn}` guarantees about its result and arguments, strongly enough to be useful, and it must verify against the body as written.
Everything else in the file is locked and must stay exactly as it is.
The block must contain only the text that replaces the marker, starting with the keyword `ensures`.
{answer}

```rust
{context}
```"""

_SPEC_FULL = """\
In the Verus file below, the function `{fn}` was replaced by the marker {hole}. Here is the function without its specification (its requires/ensures and the invariants/decreases of its loops were removed):

```rust
{stripped}
```

Write the function again with its specification added: requires/ensures that state what it needs and guarantees, and the loop invariants and decreases clauses Verus needs to verify it.
The executable code, the signature and every other item of the file are locked: keep them exactly as they are.
The block must contain the whole function, from its signature to its closing brace.
{answer}

```rust
{context}
```"""

_CODE = """\
In the Verus file below, the body of the function `{fn}` was cut out and replaced by the marker {hole}.
Write the body so that Verus verifies the function against its specification. The signature, the requires/ensures and every other item of the file are locked and must stay exactly as they are; you may add loop invariants, decreases clauses, asserts and proof blocks inside the body.
The block must contain only the body, from its opening brace to its closing brace.
{answer}

```rust
{context}
```"""

_PROOF = """\
In the Verus file below, the function `{fn}` was replaced by the marker {hole}. Here is the function with its proof annotations removed (loop invariants and decreases, asserts, proof blocks, ghost/tracked lets, reveals and lemma calls):

```rust
{stripped}
```

Add the proof annotations Verus needs to verify the function. Its executable code and its specification (signature, requires, ensures) are locked and every other item of the file must stay exactly as it is; you may only add invariants, decreases clauses, asserts, proof blocks, ghost lets and lemma calls.
The block must contain the whole function, from its signature to its closing brace.
{answer}

```rust
{context}
```"""

_REPAIR = """\
The Verus file below does not verify. {errors}
Fix the file so that Verus verifies it. The specifications (requires/ensures) of every function are locked; change code, loop invariants, asserts and proofs as needed.
The block must contain the whole fixed file.
{answer}

```rust
{context}
```"""

_REPAIR_SYNTHETIC = """\
The Verus file below was changed after it last verified, and may no longer verify. {errors}
Fix the file so that Verus verifies it. The specifications (requires/ensures) of every function are locked; change code, loop invariants, asserts and proofs as needed.
The block must contain the whole fixed file.
{answer}

```rust
{context}
```"""


def _errors_section(error_text: str, synthetic: bool) -> str:
    if error_text.strip():
        return "Verus reported:\n\n```text\n" + error_text.strip() + "\n```\n"
    if synthetic:
        return "No verifier output was recorded for it."
    return "The verifier's error text was not recorded."


def render(task: str, context: str, *, fn: str = "", variant: str = "", stripped: str = "",
           error_text: str = "") -> str:
    """The user prompt of one row (also the `prompt` column)."""
    kw = dict(fn=fn, hole=C.HOLE, context=context, stripped=stripped, answer=ANSWER)
    if task == C.TASK_SPEC:
        return (_SPEC_FULL if variant == "full" else _SPEC_ENSURES).format(**kw)
    if task == C.TASK_CODE:
        return _CODE.format(**kw)
    if task == C.TASK_PROOF:
        return _PROOF.format(**kw)
    if task == C.TASK_REPAIR:
        return _REPAIR.format(errors=_errors_section(error_text, False), **kw)
    if task == C.TASK_REPAIR_SYNTHETIC:
        return _REPAIR_SYNTHETIC.format(errors=_errors_section(error_text, True), **kw)
    raise ValueError(f"no prompt template for task {task!r}; expected one of {C.TASKS}")


def completion(target: str) -> str:
    """The answer a model should give: the target in one rust fenced block."""
    return "```rust\n" + target + "\n```"


def messages(prompt: str, target: str) -> list[dict[str, str]]:
    """Chat form for TRL: system, user, assistant."""
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": prompt},
            {"role": "assistant", "content": completion(target)}]
