"""Names shared across modules: tasks, statuses, roles, error categories, markers."""

from __future__ import annotations

# --- tasks -----------------------------------------------------------------
TASK_SPEC = "spec_from_code"          # A
TASK_CODE = "code_from_spec"          # B
TASK_PROOF = "proof_completion"       # P
TASK_REPAIR = "repair"                # C (real Verus failures only)
TASK_REPAIR_SYNTHETIC = "repair_synthetic"
TASKS = (TASK_SPEC, TASK_CODE, TASK_PROOF, TASK_REPAIR, TASK_REPAIR_SYNTHETIC)
TASK_LETTER = {TASK_SPEC: "A", TASK_CODE: "B", TASK_PROOF: "P", TASK_REPAIR: "C",
               TASK_REPAIR_SYNTHETIC: "C"}

#: Marker that stands where the open part was cut out of a context file.
HOLE = "/*__HOLE__*/"

SPLITS = ("train", "validation", "test")

# --- verification statuses (a VerifyResult's `status`) ----------------------
STATUS_VERIFIED = "verified"
STATUS_FAILED = "failed"
STATUS_COMPILE_ERROR = "compile_error"
STATUS_TIMEOUT = "timeout"
STATUS_CRASHED = "crashed"
STATUS_INTEGRITY_REJECTED = "integrity_rejected"
STATUSES = (STATUS_VERIFIED, STATUS_FAILED, STATUS_COMPILE_ERROR, STATUS_TIMEOUT,
            STATUS_CRASHED, STATUS_INTEGRITY_REJECTED)

# --- `verified` field of a dataset row ---------------------------------------
VERIFIED_UPSTREAM = "upstream"    # unchanged upstream file, checked by that project's CI
VERIFIED_BUILDER = "builder"      # this build ran Verus on it (version recorded)
VERIFIED_UNCHECKED = "unchecked"  # nobody we know of checked it

# --- corpus roles -----------------------------------------------------------
ROLE_EXAMPLE = "example"
ROLE_LIBRARY = "library"
ROLE_PROJECT = "project"
ROLE_BENCHMARK = "benchmark"
ROLE_BENCHMARK_TASK = "benchmark_task"
ROLE_LLM_SOLUTION = "llm_solution"
ROLE_LLM_ARTIFACT = "llm_run_artifact"
ROLE_REPAIR_CHAIN = "repair_chain"
ROLE_TEST_SUITE = "test_suite"
ROLE_DEMO = "demo"

# --- error categories (verus-reference.md §3) -------------------------------
CAT_POSTCONDITION = "postcondition"
CAT_PRECONDITION = "precondition"
CAT_ASSERTION = "assertion"
CAT_INVARIANT_BEFORE = "invariant_before"
CAT_INVARIANT_END = "invariant_end"
CAT_DECREASES = "decreases"
CAT_ARITHMETIC = "arithmetic_overflow"
CAT_MODE = "mode"
CAT_SYNTAX = "syntax_compile"
CAT_TRIGGER = "trigger"
CAT_RLIMIT = "rlimit"
CAT_OTHER = "other"
CATEGORIES = (CAT_POSTCONDITION, CAT_PRECONDITION, CAT_ASSERTION, CAT_INVARIANT_BEFORE,
              CAT_INVARIANT_END, CAT_DECREASES, CAT_ARITHMETIC, CAT_MODE, CAT_SYNTAX,
              CAT_TRIGGER, CAT_RLIMIT, CAT_OTHER)

#: metadata.minimized of a row whose context is a library unit's client-crate form
#: (verusbench.client): the library's own copy of the target fn is reachable there
MINIMIZED_CLIENT = "client"
#: the end of metadata.slice_of of a client row whose fn a broadcast group of the library
#: lists: its answers may broadcast only what its reference file does (integrity `library_copy`)
CLIENT_LISTED_END = "; a broadcast group of the library lists its fn)"
CLIENT_LISTED = " (client crate" + CLIENT_LISTED_END
#: in metadata.slice_of of a client row whose fn is a method of the library's type written as
#: a free fn (verusbench.method_form): `.name(..)` can reach the library's copy there too
CLIENT_METHOD = "as a free fn"
#: a method kept in its impl, its type (defined in the unit's file) the form's own copy
CLIENT_OWN_TYPE = "copied with its impl"
#: a form cut from the library's inlined crate (items of its private modules copied too)
CLIENT_FROM_CRATE = "cut from the library's crate"
