"""Scoring, one module per step of the flow (as SWE-bench's harness splits its own):

    inputs    rows and predictions; unusable predictions
    assemble  prediction -> integrity check -> candidate file (a Sample)
    verdicts  where a candidate's Verus result comes from: Verus now, or a ledger
    grading   task A: spec-strength grading by Verus-checked implications
    passk     the unbiased pass@k estimator
    score     the orchestration: samples + verdicts -> report
    report    the report dict, summary table, failure chart
    export    `eval --export`: candidate files for real Verus elsewhere (pending folder)
"""

from .assemble import STATUS_INPUT_ERROR, STATUS_PENDING, Candidate, Sample, assemble
from .edits import token_edit_size
from .export import export
from .grading import (GRADE_PENDING, GRADES, SpecHarness, grade_from_failures,
                      grade_from_result, harness_for, spec_harness)
from .inputs import MAX_PREDICTION_BYTES, as_text, load_rows, prediction_error, read_predictions_jsonl
from .passk import mean_pass_at_k, pass_at_k
from .report import TEST_DOUBLE_LABEL, _group_pass, build_report
from .score import _first_category, score
from .verdicts import (FunctionVerdicts, LedgerVerdicts, PoolVerdicts,
                       TestDoubleRefused, Verdicts)

__all__ = ["score", "export", "assemble", "load_rows", "read_predictions_jsonl",
           "prediction_error", "as_text", "pass_at_k", "mean_pass_at_k", "grade_from_failures",
           "grade_from_result", "spec_harness", "harness_for", "SpecHarness", "Sample",
           "Candidate", "token_edit_size", "build_report", "TestDoubleRefused", "Verdicts",
           "PoolVerdicts", "LedgerVerdicts", "FunctionVerdicts", "GRADES",
           "GRADE_PENDING", "STATUS_INPUT_ERROR", "STATUS_PENDING", "MAX_PREDICTION_BYTES",
           "TEST_DOUBLE_LABEL"]
