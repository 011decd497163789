# Copyright 2026 the verusbench developers. MIT License.
"""verus_pass_rate: pass@k of LLM-written Verus (verified Rust), checked by Verus itself
under the verusbench trust protocol (locked specs, no escape hatches)."""

import json
import os

import datasets
import evaluate

_CITATION = """\
@misc{verusbench2026,
  title  = {verusbench: a trusted, Verus-checked benchmark for language models that write verified Rust},
  author = {verusbench developers},
  year   = {2026},
  note   = {Dataset verusft/tasks, metric verusft/verus_pass_rate}
}
@misc{chen2021evaluating,
  title         = {Evaluating Large Language Models Trained on Code},
  author        = {Mark Chen and others},
  year          = {2021},
  eprint        = {2107.03374},
  archivePrefix = {arXiv}
}
"""

_DESCRIPTION = """\
pass@k for the verusbench tasks (spec_from_code, code_from_spec, proof_completion, repair).
Each prediction is first checked against the trust protocol: the task's locked parts must
come back unchanged token for token and no soundness escape hatch (assume, admit,
external_body, axiom, cfg-hidden code, raised rlimit, ...) may be added. Accepted predictions
are assembled into a file and verified by Verus with pinned flags; a sample passes only if
Verus reports 0 errors. For spec_from_code, passing specs are also graded against the
reference spec by Verus-checked implications (spec_equivalent@k).
"""

_KWARGS_DESCRIPTION = """
Args:
    predictions: list (one per task row) of lists of candidate strings (k samples each); a
        candidate is the hole-fill, the target fn, or the whole file (Markdown fences ok).
    references: list of row ids (looked up in `data`) or JSON-serialised dataset rows.
    k: list of k values for pass@k (default [1]); k larger than a row's sample count is skipped.
    data: a build dir (`verusbench build --out DIR`), a Hub dataset id, or a list/dict of rows;
        needed when references are row ids.
    config: task config of `data` (default: all configs); split: split of `data` (default "test").
    timeout: wall-clock seconds per Verus job (default 120). rlimit: Verus --rlimit (default 10).
    workers: parallel Verus jobs (default: cores). backend: "local" or "ray".
    verus_path: the Verus binary (default $VERUS_PATH, then PATH).
    allow_test_double: accept results from the test double (tests only; the output says so).
    ledger: ledger path(s) of real Verus results (`verusbench verify-corpus`): no Verus runs;
        candidates the ledgers lack are reported under `pending`, never as passes or fails.
Returns:
    dict with pass@k (overall), spec_equivalent@k, by_task, by_source, by_category,
    failures_by_category, integrity_rejections (by rule), errors (per-row input errors),
    verifier (the `verus --version --output-json` object), label, pending (rows and samples
    without a ledger result), verdict_source (Verus or ledger, with ignored-line counts), and
    per-sample results.
Examples:
    >>> import os, evaluate
    >>> os.environ["VERUSBENCH_ALLOW_EXECUTION"] = "1"
    >>> metric = evaluate.load("verusft/verus_pass_rate")
    >>> out = metric.compute(predictions=[["{ x * 2 }"]], references=[row_id], data="build/", k=[1])
    >>> out["pass@1"]
"""

_WARNING = """
################################################################################
                                  !!!WARNING!!!
################################################################################
The "verus_pass_rate" metric runs the Verus verifier on untrusted model output.
Verus compiles the code with rustc and runs procedural macros, so a prediction can
make the compiler do work you did not intend (the verusbench harness adds a
wall-clock timeout, a memory limit, a private temp dir, a scrubbed environment and
no network where the OS allows, but it is not a security sandbox).
Run it in a container or VM you are willing to lose.

Once you have read this and taken precautions, set VERUSBENCH_ALLOW_EXECUTION="1":

>>> import os
>>> os.environ["VERUSBENCH_ALLOW_EXECUTION"] = "1"
################################################################################
"""


def _as_rows(references, data, config, split):
    from verusbench.records import TaskRow
    from verusbench.scoring import load_rows

    inline = {}
    ids = []
    for i, ref in enumerate(references):
        text = ref.strip() if isinstance(ref, str) else ""
        if text.startswith("{"):
            try:
                row = TaskRow.from_dict(json.loads(text))
            except (ValueError, TypeError, KeyError) as e:
                raise ValueError(f"references[{i}] looks like a JSON row but is not one ({e})")
            inline[row.id] = row
            ids.append(row.id)
        else:
            ids.append(ref)
    rows = dict(inline)
    if len(inline) < len(ids):
        if data is None:
            raise ValueError("references are row ids: pass data=<build dir | Hub id | rows> "
                             "so the metric can look the rows up (or pass JSON rows)")
        rows.update(load_rows(data, config, split))
    return ids, rows


@evaluate.utils.file_utils.add_start_docstrings(_DESCRIPTION, _KWARGS_DESCRIPTION)
class VerusPassRate(evaluate.Metric):
    def _info(self):
        return evaluate.MetricInfo(
            description=_DESCRIPTION,
            citation=_CITATION,
            inputs_description=_KWARGS_DESCRIPTION,
            features=datasets.Features({
                "predictions": datasets.Sequence(datasets.Value("string")),
                "references": datasets.Value("string"),
            }),
            homepage="https://huggingface.co/spaces/verusft/verus_pass_rate",
            codebase_urls=["https://github.com/verus-lang/verus"],
            reference_urls=["https://huggingface.co/datasets/verusft/tasks"],
            license="MIT",
        )

    def _compute(self, predictions, references, k=[1], data=None, config=None, split="test",
                 timeout=120, rlimit=10, workers=None, backend="local", verus_path=None,
                 allow_test_double=False, ledger=None):
        """pass@k and breakdowns; refuses to run without VERUSBENCH_ALLOW_EXECUTION=1."""
        if ledger is None and os.getenv("VERUSBENCH_ALLOW_EXECUTION", "0") != "1":
            raise ValueError(_WARNING)   # reading a ledger runs nothing
        from verusbench.scoring import score

        ids, rows = _as_rows(references, data, config, split)
        entries = [(rid, list(preds)) for rid, preds in zip(ids, predictions)]
        report = score(rows, entries, k=k, verus=verus_path, workers=workers, backend=backend,
                       timeout_s=float(timeout), rlimit=float(rlimit),
                       allow_test_double=allow_test_double, progress=False,
                       ledger=[ledger] if isinstance(ledger, (str, os.PathLike)) else ledger)
        # the headline numbers at the top level, as code_eval returns them
        out = dict(report["pass_at_k"])
        out.update(report["spec_equivalent_at_k"])
        out.update({key: report[key] for key in (
            "label", "verifier_is_test_double", "verifier", "verifier_description", "flags",
            "by_task", "by_source", "by_category", "failures_by_category", "statuses",
            "integrity_rejections", "spec_grades", "edit_size", "errors", "rows", "samples",
            "pending", "verdict_source", "results")})
        return out
